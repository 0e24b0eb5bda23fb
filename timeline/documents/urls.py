"""Articles from the web: http(s) URLs given as paths or in a list file, fetched politely.

A user names the pages of a story by their addresses; the pages go through the same reader
as saved ones (``html``), a feed's through ``feeds``. Fetching is bounded in every way a
remote server could hold the run: a connect and a read timeout, a deadline for the whole
body, a size limit (a larger body is refused, not cut: a news page is far smaller, so it is
something else), a few redirects. A few pages are fetched at a time, yet every result is
used in the order the URLs were given, never in the order they arrived, so the output stays
the same from run to run. A failed URL is one warning naming it and why; the others are kept.

urllib3 (already under trafilatura and htmldate) is imported only when a URL is fetched, so
``timeline --help`` and local files never pay for it.
"""

from __future__ import annotations

import hashlib
import http
import os
import re
import threading
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, BinaryIO
from urllib.parse import urljoin, urlsplit

from timeline import __version__
from timeline.documents import decoding
from timeline.documents.topmatter import Article, Warn, metadata_outlet, web_address

# Seconds to wait for a connection and for each read; TIMELINE_TIMEOUT overrides both (read
# at call time, so a test or a slow network can set it without an option).
TIMEOUT = 10.0
TIMEOUT_VARIABLE = "TIMELINE_TIMEOUT"
# The whole body must arrive within this many timeouts: a server that sends a byte just
# before every read timeout would otherwise hold the run for ever.
DEADLINE_TIMEOUTS = 6
# A body larger than this is refused (read at call time, so a test can lower it). Saved pages
# are read to the same bound (``html.MAX_PAGE_BYTES``).
MAX_BYTES = 16 * 1024 * 1024
MAX_REDIRECTS = 5
# Pages fetched at a time: enough to hide the network's latency, few enough to be polite.
WORKERS = 4
CHUNK = 64 * 1024
# A placeholder until the project has a public home: servers' logs should say who fetched.
PROJECT_URL = "https://timeline.invalid/"
USER_AGENT = f"timeline/{__version__} (+{PROJECT_URL})"
ACCEPT = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
)
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/x-rss+xml",
    "application/xml", "text/xml",
)
# Types that say nothing about the body: it is sniffed instead.
VAGUE_TYPES = ("", "application/octet-stream", "binary/octet-stream")
_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(text: str) -> bool:
    """Whether a path argument is a web address (http or https) rather than a file."""
    return bool(_URL.match(text))


def timeout() -> float:
    """The connect and read timeout in seconds: ``TIMELINE_TIMEOUT`` if set and valid."""
    raw = os.environ.get(TIMEOUT_VARIABLE, "").strip()
    try:
        value = float(raw) if raw else TIMEOUT
    except ValueError:
        return TIMEOUT
    return value if 0 < value < 3600 else TIMEOUT


def url_id(url: str) -> str:
    """A document id a reader can place: the address without scheme, ``www.``, fragment and
    a trailing slash or ``.html`` (``example.org/news/storm-hits``), cut with a short hash
    when long. Derived from the address alone, so a page keeps its id (and its events their
    calendar UIDs) from run to run."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port:
        host = f"{host}:{parts.port}"
    path = re.sub(r"\.s?html?$|/+$", "", parts.path)
    ident = host + path + (f"?{parts.query}" if parts.query else "")
    ident = "".join(ch for ch in ident if ch.isprintable() and not ch.isspace()) or "url"
    if len(ident) > 100:
        ident = ident[:90] + "~" + hashlib.sha1(url.encode("utf-8", "replace")).hexdigest()[:8]
    return ident


def read_url_list(stream: BinaryIO, name: str, warn: Warn) -> list[str]:
    """The URLs of a list file: one a line, blank lines and ``#`` comments skipped; a line
    that is not an http(s) URL is warned about (file and line) and skipped."""
    data = stream.read(decoding.MAX_TEXT + 1)
    truncated = len(data) > decoding.MAX_TEXT
    if truncated:
        warn(f"{name}: longer than {decoding.MAX_TEXT // (1024 * 1024)} MB; only the start was read")
        data = data[: decoding.MAX_TEXT]
    try:
        text, _ = decoding.decode(data, truncated=truncated)
    except decoding.Undecodable as error:
        warn(f"{name}: skipped, {error}")
        return []
    found = []
    for number, line in enumerate(decoding.normalize_newlines(text).split("\n"), start=1):
        line = re.split(r"\s#", line, maxsplit=1)[0].strip()  # "URL  # a comment"
        if not line or line.startswith("#"):
            continue
        if is_url(line) and not any(ch.isspace() for ch in line):
            found.append(line)
        else:
            shown = line if len(line) <= 60 else line[:57] + "..."
            warn(f"{name}:{number}: {shown!r} is not an http(s) URL; line skipped")
    return found


class FetchError(Exception):
    """Why one URL gave nothing: the reason a warning shows after the URL."""


@dataclass(frozen=True)
class Response:
    """A fetched body and what the server said about it."""

    url: str  # as given
    final_url: str  # after redirects
    content_type: str  # lowercase media type, "" when not sent
    charset: str
    body: bytes


@dataclass
class _Result:
    """What one URL gave, with its warnings held so they can be said in the order given."""

    articles: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def fetch_all(urls: Sequence[str]) -> list[Response | FetchError]:
    """Each URL's response or the reason it failed, in the order given (a few at a time)."""
    if not urls:
        return []
    managers = _Managers()
    stop = threading.Event()
    settings = (timeout(), MAX_BYTES, stop)
    pool = ThreadPoolExecutor(max_workers=min(WORKERS, len(urls)))
    try:
        return list(pool.map(lambda url: _fetch_one(managers.get(url), url, *settings), urls))
    except BaseException:  # an interrupt: the fetches under way stop at their next read
        stop.set()
        raise
    finally:
        pool.shutdown(wait=not stop.is_set(), cancel_futures=True)
        managers.clear()


class _Managers:
    """urllib3's connection pools: a direct one, and one a proxy that the environment names
    (``http_proxy``, ``https_proxy``, ``no_proxy``, as curl and pip read them)."""

    def __init__(self) -> None:
        import urllib.request

        self.proxies = urllib.request.getproxies()
        self.bypass = urllib.request.proxy_bypass
        self.made: dict[str, Any] = {}
        self.lock = threading.Lock()

    def get(self, url: str) -> Any:
        import urllib3

        parts = urlsplit(url)
        proxy = self.proxies.get(parts.scheme.lower(), "")
        if proxy and parts.hostname and self.bypass(parts.hostname):
            proxy = ""
        headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
        with self.lock:
            if proxy not in self.made:
                self.made[proxy] = (
                    urllib3.ProxyManager(proxy, num_pools=16, maxsize=WORKERS, headers=headers)
                    if proxy else urllib3.PoolManager(num_pools=16, maxsize=WORKERS, headers=headers)
                )
            return self.made[proxy]

    def clear(self) -> None:
        for manager in self.made.values():
            manager.clear()


def _fetch_one(
    manager: Any, url: str, seconds: float, limit: int, stop: threading.Event
) -> Response | FetchError:
    try:
        return _fetch(manager, url, seconds, limit, stop)
    except FetchError as error:
        return error
    except Exception as error:  # noqa: BLE001 - any failure of one URL must leave the others
        return FetchError(_reason(error, seconds))


def _fetch(manager: Any, url: str, seconds: float, limit: int, stop: threading.Event) -> Response:
    import urllib3

    parts = urlsplit(url)
    if not parts.hostname or any(ch.isspace() or not ch.isprintable() for ch in url):
        raise FetchError("bad URL")
    retries = urllib3.Retry(
        total=None, connect=0, read=0, status=0, other=0, redirect=MAX_REDIRECTS,
        raise_on_redirect=True, raise_on_status=False,
    )
    response = manager.request(
        "GET", url, preload_content=False, redirect=True, retries=retries,
        timeout=urllib3.Timeout(connect=seconds, read=seconds),
    )
    try:  # a failure closes the connection: what is left of the body is never read
        final = _final_url(url, response)
        if not 200 <= response.status < 300:
            raise FetchError(f"HTTP {response.status}{_phrase(response.status)}")
        media, charset = _content_type(response.headers.get("Content-Type", ""))
        if media not in HTML_TYPES + FEED_TYPES + VAGUE_TYPES:
            raise FetchError(f"not HTML (content type {media})")
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:  # packed or not, it unpacks larger
            raise FetchError(_too_large(limit))
        body = _read_body(response, seconds, limit, stop)
    except BaseException:
        response.close()
        raise
    response.release_conn()
    return Response(url=url, final_url=final, content_type=media, charset=charset, body=body)


def _final_url(url: str, response: Any) -> str:
    """The address the body came from: urllib3 gives only its path, the redirects their
    (possibly relative) locations."""
    for step in response.retries.history if response.retries else ():
        if step.redirect_location:
            url = urljoin(url, step.redirect_location)
    return url


def _read_body(response: Any, seconds: float, limit: int, stop: threading.Event) -> bytes:
    """The (decompressed) body, refused past ``limit`` bytes or the deadline."""
    deadline = time.monotonic() + DEADLINE_TIMEOUTS * seconds
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read1(CHUNK, decode_content=True)  # what has come, not a full CHUNK
        if not chunk:
            break
        size += len(chunk)
        if size > limit:
            raise FetchError(_too_large(limit))
        if stop.is_set():
            raise FetchError("interrupted")
        if time.monotonic() > deadline:
            raise FetchError(f"timed out (the body took over {DEADLINE_TIMEOUTS * seconds:g} s)")
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> str:
    size = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit} bytes"
    return f"too large (over {size})"


def _phrase(status: int) -> str:
    try:
        return f" ({http.HTTPStatus(status).phrase})"
    except ValueError:
        return ""


def _content_type(header: str) -> tuple[str, str]:
    """Media type and charset of a Content-Type header, lowercase."""
    media, _, params = header.partition(";")
    charset = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.IGNORECASE)
    return media.strip().lower(), (charset[1].lower() if charset else "")


def _reason(error: BaseException, seconds: float) -> str:
    """A failure in words: timed out, connection refused, host not found, bad URL..."""
    import urllib3.exceptions as ex

    if isinstance(error, ex.ProxySchemeUnknown):
        return f"the proxy's scheme is not supported ({error.scheme})"
    if isinstance(error, ex.MaxRetryError) and isinstance(error.reason, ex.ProxyError):
        return "the proxy failed (" + _reason(error.reason.original_error, seconds) + ")"
    if isinstance(error, ex.MaxRetryError) and error.reason is not None:
        if isinstance(error.reason, ex.ResponseError):  # urllib3's "too many redirects"
            return f"too many redirects (over {MAX_REDIRECTS})"
        error = error.reason
    if isinstance(error, ex.NameResolutionError):
        return "host not found"
    cause: BaseException | None = error
    for _ in range(10):  # the OS's error, under urllib3's own
        if cause is None:
            break
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, (ConnectionResetError, BrokenPipeError)):
            return "connection reset by the server"
        cause = cause.__cause__ or cause.__context__
    if isinstance(error, ex.NewConnectionError):  # a subclass of ConnectTimeoutError
        return "cannot connect"
    if isinstance(error, ex.ConnectTimeoutError):
        return f"timed out connecting (after {seconds:g} s)"
    if isinstance(error, (ex.ReadTimeoutError, TimeoutError)):
        return f"timed out (no answer within {seconds:g} s)"
    if isinstance(error, ex.SSLError):
        return "TLS error (certificate or handshake)"
    if isinstance(error, (ex.LocationValueError, ex.LocationParseError, ValueError)):
        return "bad URL"
    if isinstance(error, ex.DecodeError):
        return "the compressed body could not be decoded"
    if isinstance(error, ex.ProtocolError):
        return "connection broken"
    return f"cannot fetch ({type(error).__name__})"


# Reading what was fetched --------------------------------------------------------------------
def kind(response: Response) -> str:
    """"html", "feed" or "" (neither) by the content type, the body's start when it is vague
    (or an XML feed served as HTML)."""
    from timeline.documents.feeds import is_feed

    if response.content_type in FEED_TYPES or is_feed(response.body):
        return "feed"
    if response.content_type in HTML_TYPES:
        return "html"
    head = response.body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) else ""


def page_article(response: Response, warn: Warn, outlet: str = "") -> Article | None:
    """The article of a fetched page: the HTML reader's, with the address it was fetched from
    as its URL when the page names none, and ``outlet`` (a feed's title), else the domain, as
    its outlet when neither the text nor the page names one."""
    from timeline.documents import html as html_format

    markup = _decode(response, warn)
    article = None if markup is None else html_format.from_html(markup, response.url, warn)
    if article is None:
        return None
    article.url = article.url or web_address(response.final_url)
    metadata_outlet(article.top, outlet)
    metadata_outlet(article.top, article.url)
    article.base_id = url_id(response.url)
    return article


def _decode(response: Response, warn: Warn) -> str | None:
    """The page's text: the charset the server declares when the body reads in it, else the
    usual fallbacks (BOM, UTF-8, the page's own meta charset, cp1252)."""
    if response.charset and not decoding.bom_encoding(response.body) and response.body.strip():
        try:
            text = response.body.decode(response.charset)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if "\x00" not in text:
                return decoding.normalize_newlines(text)
    return decoding.decode_article(response.body, response.url, warn, html=True, limit=MAX_BYTES)


def read_response(response: Response, warn: Warn) -> list[Article]:
    """The articles of one fetched URL: a page's one, or a feed's items."""
    found = kind(response)
    if found == "feed":
        from timeline.documents import feeds

        return feeds.from_feed(response.body, response.url, warn, content_type=response.content_type,
                               location=response.final_url)
    if found == "html":
        article = page_article(response, warn)
        return [article] if article else []
    shown = response.content_type or "none given, and the body is not HTML"
    warn(f"{response.url}: not HTML (content type {shown})")
    return []


class Fetched:
    """The articles of the URLs among the inputs, fetched together before the files are read
    and handed out in the order given, each URL's warnings with them."""

    def __init__(self, inputs: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(path for path in inputs if is_url(path)))
        self.results: dict[str, _Result] = {}
        for url, outcome in zip(wanted, fetch_all(wanted), strict=True):
            result = _Result()
            if isinstance(outcome, FetchError):
                result.warnings.append(f"{url}: {outcome}")
            else:
                result.articles = read_response(outcome, result.warnings.append)
            self.results[url] = result

    def take(self, url: str, warn: Warn) -> list[Article]:
        """The articles of ``url`` (once: a URL given twice is read once)."""
        result = self.results.pop(url, None)
        if result is None:
            warn(f"{url}: given twice; read once")
            return []
        for message in result.warnings:
            warn(message)
        return result.articles


def fetch_articles(urls: Sequence[str], warn: Warn, outlet: str = "") -> list[Article | FetchError]:
    """For each URL, its page's article, or the reason it gave none (the fetch failed, or the
    page had no visible text), with the page reader's warnings through ``warn``; for feed
    items, whose summary stands in when their page fails."""
    out: list[Article | FetchError] = []
    for url, outcome in zip(urls, fetch_all(urls), strict=True):
        if isinstance(outcome, FetchError):
            out.append(outcome)
        elif kind(outcome) != "html":
            out.append(FetchError(f"not HTML (content type {outcome.content_type or 'none'})"))
        else:
            held: list[str] = []
            article = page_article(outcome, held.append, outlet)
            if article is None:
                reason = held[-1].removeprefix(f"{url}: ") if held else "no article in the page"
                out.append(FetchError(reason))
            else:
                for message in held:
                    warn(message)
                out.append(article)
    return out

