"""Fetching a page by URL, against a real HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.cli.web_site import serving
from tutor.interop.fetch import FetchError, fetch, is_url, page_key


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serving() as address:
        yield address


def test_a_page_is_fetched_as_its_text(site: str) -> None:
    text = fetch(f"{site}/what-is-a-load-balancer")
    assert "<h1>What is a load balancer?</h1>" in text


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/missing", "the server answered 404"),
        ("/paper.pdf", "is not a web page (its content type is application/pdf)"),
        ("/huge", "pages are limited to 1,000,000"),
    ],
)
def test_bad_pages_give_one_clear_reason(site: str, path: str, words: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(f"{site}{path}")
    assert words in caught.value.message
    assert str(caught.value).startswith(f"{site}{path}: ")


def test_a_server_that_does_not_answer_in_time(site: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(f"{site}/slow", timeout=0.5)
    assert "no answer within 0.5 s" in caught.value.message


def test_an_unreachable_host_says_so() -> None:
    # Port 9 on loopback: nothing listens there, the connection is refused at once.
    with pytest.raises(FetchError) as caught:
        fetch("http://127.0.0.1:9/page")
    assert "cannot be reached" in caught.value.message


def test_only_web_addresses() -> None:
    assert is_url("https://example.org/a") and not is_url("notes/cache.md")
    with pytest.raises(FetchError):
        fetch("file:///etc/passwd")
    assert page_key("https://Example.org/learn/cdn/?utm=1#top") == "example.org/learn/cdn"
