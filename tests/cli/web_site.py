"""A real HTTP server on 127.0.0.1 that serves a few pages, for the URL tests."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LAYOUTS = Path(__file__).resolve().parents[1] / "fixtures" / "layouts"
PAGE = (LAYOUTS / "web-page.html").read_text(encoding="utf-8")
GLOSSARY = (LAYOUTS / "glossary-page.html").read_text(encoding="utf-8")


def routes() -> dict[str, tuple[int, str, bytes]]:
    """Path -> (status, content type, body)."""
    return {
        "/what-is-a-load-balancer": (200, "text/html; charset=utf-8", PAGE.encode()),
        "/network-words": (200, "text/html; charset=utf-8", GLOSSARY.encode()),
        "/slow": (200, "text/html", b"<html></html>"),
        "/paper.pdf": (200, "application/pdf", b"%PDF-1.4"),
        "/huge": (200, "text/html", b"<p>" + b"x" * 2_000_000 + b"</p>"),
        "/menu-only": (
            200,
            "text/html",
            b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
        ),
    }


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            threading.Event().wait(3)
        status, kind, body = routes().get(self.path, (404, "text/html", b"gone"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up on a page too big is what a test wants


@contextmanager
def serving() -> Iterator[str]:
    """The address of a server running until the block ends."""
    server = _Server(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
