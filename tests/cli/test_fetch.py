"""Fetching a page by URL, against a real HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.fetch import FetchError, fetch, is_url, page_key

PAGE = (Path(__file__).resolve().parents[1] / "fixtures" / "layouts" / "web-page.html").read_text(
    encoding="utf-8"
)


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            threading.Event().wait(3)
        routes = {
            "/what-is-a-load-balancer": (200, "text/html; charset=utf-8", PAGE.encode()),
            "/slow": (200, "text/html", b"<html></html>"),
            "/paper.pdf": (200, "application/pdf", b"%PDF-1.4"),
            "/huge": (200, "text/html", b"<p>" + b"x" * 2_000_000 + b"</p>"),
        }
        status, kind, body = routes.get(self.path, (404, "text/html", b"gone"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up on a page too big is what the test wants


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


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
