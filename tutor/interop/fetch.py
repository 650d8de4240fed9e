"""Web pages by URL: fetched with a timeout and a size cap, refused with one clear line.

`tutor import URL` and `tutor preview URL` read a concept page straight from the web.
The page's main content is found later, by the `cards` package (`cards.html`); this
module only fetches: http and https, at most `cards.MAX_BYTES`, HTML or plain text,
within `TIMEOUT` seconds. Every failure is a `FetchError` naming the URL and what went
wrong, in words a learner can act on (offline, not found, not a web page, too big).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

TIMEOUT = 15.0
_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
_CHARSET = re.compile(r"charset=[\"']?([\w.:-]{1,40})", re.I)


class FetchError(Exception):
    """A URL that could not be read as a page, with the reason."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.message = message


def is_url(text: str) -> bool:
    """Whether a command-line argument names a web page rather than a file."""
    return text.lower().startswith(("http://", "https://"))


def page_key(url: str) -> str:
    """The part of a URL that names the page: host and path, no query or fragment.

    A page fetched again under the same address is the same entry, whatever its title.
    """
    parts = urlsplit(url)
    return f"{parts.hostname or ''}{parts.path.rstrip('/')}"


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int | None = None) -> str:
    """The text of the page at `url`.

    Raises:
        FetchError: not http(s), unreachable, an error status, not HTML or text, over
            the size cap, or no answer within `timeout` seconds.
    """
    import urllib.error
    import urllib.request

    from cards.parsing import MAX_BYTES

    cap = MAX_BYTES if max_bytes is None else max_bytes
    if urlsplit(url).scheme.lower() not in ("http", "https") or not urlsplit(url).hostname:
        raise FetchError(url, "only http:// and https:// addresses can be imported")
    request = urllib.request.Request(url, headers={"User-Agent": "tutor (concept pages)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in _TYPES:
                raise FetchError(url, f"is not a web page (its content type is {kind})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > cap:
                raise FetchError(url, f"is {int(length):,} bytes; pages are limited to {cap:,}")
            data = response.read(cap + 1)
            charset = _CHARSET.search(response.headers.get("Content-Type", ""))
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        raise FetchError(url, f"the server answered {error.code} {error.reason}") from None
    except TimeoutError:
        raise FetchError(url, f"no answer within {timeout:g} s") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise FetchError(url, f"no answer within {timeout:g} s") from None
        text = getattr(reason, "strerror", None) or str(reason)
        raise FetchError(url, f"cannot be reached ({text}); are you online?") from None
    except (OSError, ValueError) as error:
        raise FetchError(url, f"cannot be read ({error})") from None
    if len(data) > cap:
        raise FetchError(url, f"is larger than {cap:,} bytes, the limit for a page")
    encoding = charset.group(1) if charset else "utf-8"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")
