"""Web pages and glossary pages through `tutor import` and `tutor preview`.

Pages come from saved .html files and from a real HTTP server on 127.0.0.1; nothing
reaches the internet.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.support import DAY2, query
from tests.cli.web_site import LAYOUTS, serving


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serving() as address:
        yield address


def test_a_url_imports_its_main_content_and_again_changes_nothing(
    run, home: Path, site: str
) -> None:
    url = f"{site}/what-is-a-load-balancer"
    first = run("import", url, "--json")
    assert first.exit_code == 0, first.output
    changes = json.loads(first.stdout)["entries"]
    (change,) = [c for c in changes if c["title"] == "Load balancer"]
    assert change["new"] >= 3
    rows = query(home, "SELECT e.file, p.name FROM entry e JOIN path p ON p.id = e.path_id")
    assert (url, "Web pages") in rows  # beside the built-in path's entries
    prompts = [p for (p,) in query(home, "SELECT prompt FROM card")]
    assert "What is a load balancer?" in prompts
    assert not any("Sign in" in p or "Pricing" in p for p in prompts)

    again = run("import", url, "--json", now=DAY2)
    assert again.exit_code == 0, again.output
    for same in json.loads(again.stdout)["entries"]:
        assert same["new"] == same["changed"] == same["retired"] == 0


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/missing", "the server answered 404"),
        ("/paper.pdf", "is not a web page"),
        ("/menu-only", "not a concept page"),
    ],
)
def test_a_bad_url_is_one_line_and_imports_nothing(
    run, home: Path, site: str, path: str, words: str
) -> None:
    result = run("import", f"{site}{path}")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert any(f"{site}{path}" in line and words in line for line in lines), result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert not (home / "tutor.sqlite3").exists()  # nothing written: not even a new collection


def test_preview_of_a_url_saves_nothing(run, home: Path, site: str) -> None:
    result = run("preview", f"{site}/what-is-a-load-balancer", "--json")
    assert result.exit_code == 0, result.output
    (entry,) = json.loads(result.stdout)["entries"]
    assert entry["title"] == "Load balancer"
    assert not (home / "tutor.sqlite3").exists()


def test_a_folder_of_saved_pages_and_a_glossary_page(run, home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    shutil.copy(LAYOUTS / "web-page.html", folder / "load-balancer.html")
    (folder / "login-words.md").write_text(
        "# Login words\n\n"
        "## Authentication\n\nAuthentication is checking who someone is.\n\n"
        "## Authorization\n\nAuthorization is checking what someone may do.\n",
        encoding="utf-8",
    )
    result = run("import", str(folder), "--json")
    assert result.exit_code == 0, result.output
    titles = sorted(change["title"] for change in json.loads(result.stdout)["entries"])
    assert titles == ["Authentication", "Authorization", "Load balancer"]
    paths = dict(query(home, "SELECT e.title, p.name FROM entry e JOIN path p ON p.id = e.path_id"))
    assert paths["Authentication"] == paths["Authorization"] == "Login words"

    again = run("import", str(folder), "--json", now=DAY2)
    assert again.exit_code == 0, again.output
    assert all(
        c["new"] == c["changed"] == c["retired"] == 0 for c in json.loads(again.stdout)["entries"]
    )


@pytest.mark.terminal
def test_a_slow_page_is_shown_being_fetched_on_a_terminal(home: Path, site: str) -> None:
    # The /slow page answers after 3 s. The fetch is announced once, before it starts,
    # sooner than TUTOR_PROGRESS_AFTER (half a second): the line can only appear because
    # it is drawn while the fetch waits.
    import sys

    import pexpect

    from tests.cli.support import child_env

    child = pexpect.spawn(
        sys.executable,
        ["-m", "tutor", "import", f"{site}/slow"],
        env={**child_env(home, DAY2), "TUTOR_PROGRESS_AFTER": "0.5"},
        encoding="utf-8",
        timeout=60,
        dimensions=(30, 140),
    )
    child.expect(f"Fetching {site}/slow")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1  # the page has no text to learn from
    assert "no main text" in child.before


def test_a_page_imported_by_its_address_after_its_saved_copy_is_named_a_repeat(
    run, home: Path, site: str, tmp_path: Path
) -> None:
    # A new user imported her notes folder, which held pour-over.html, then the same
    # page from a local server: no word of it, and every question came twice in review.
    notes = tmp_path / "notes"
    notes.mkdir()
    shutil.copy(LAYOUTS / "web-page.html", notes / "load-balancer.html")
    assert run("import", str(notes)).exit_code == 0
    again = run("import", f"{site}/what-is-a-load-balancer")
    assert again.exit_code == 0, again.output
    said = " ".join(again.output.split())
    assert "is the same file as Load balancer on the path 'Notes'" in said, said
    assert "tutor path remove web-pages takes the copy out" in said
