"""Pages and feeds fetched from a real HTTP server that the tests start on 127.0.0.1 (never the
internet): a good page, a redirect, a 404, a PDF, bodies too large, a server that never
answers, feeds whose teasers have their pages fetched, and a URL list mixing good and bad.

What the server sends is in tests/web/ (feeds with ``{base}`` for the server's address); every
expected title, date and outlet below is read off those files by hand.
"""

from __future__ import annotations

import gzip
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from timeline import __version__
from timeline.cli import cli
from timeline.documents import feeds, load_documents, urls
from timeline.errors import InputError
from timeline.model import Document

WEB = Path(__file__).resolve().parent / "web"
# Short enough for a fast suite, long enough for a loaded machine's local server to answer.
TIMEOUT = "0.5"


class Server:
    """The test server: its address, what it was asked for, and how many slow answers at once."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.busy = 0
        self.most_busy = 0
        self.base = ""

    def file(self, name: str) -> bytes:
        return (WEB / name).read_text(encoding="utf-8").replace("{base}", self.base).encode("utf-8")


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    page = (WEB / "storm.html").read_bytes()
    bomb = gzip.compress(b"<html><body>" + b" " * (8 * 1024 * 1024), 9)  # made once: it takes a while

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet test output
            return None

        def send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
                 **headers: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: C901 - one branch a route reads best
            slow = self.path.startswith("/slow/")  # counted: the others may outlive their client
            with server.lock:
                server.requests.append((self.path, dict(self.headers)))
                server.busy += slow
                server.most_busy = max(server.most_busy, server.busy)
            try:
                self.route()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should on a body too large
            finally:
                with server.lock:
                    server.busy -= slow

        def route(self) -> None:
            path = urlsplit(self.path).path  # also when asked as a proxy: "GET http://host/path"
            if path == "/news/storm.html":
                self.send(200, page)
            elif path == "/news/bridge.html":
                self.send(200, (WEB / "bridge.html").read_bytes())
            elif path == "/old/storm":
                self.send(301, b"", Location="/news/storm.html")
            elif path == "/loop":
                self.send(302, b"", Location="/loop")
            elif path == "/feed.rss":
                self.send(200, server.file("feed.rss"), "application/rss+xml; charset=utf-8")
            elif path == "/feed.atom":
                self.send(200, server.file("feed.atom"), "application/atom+xml")
            elif path == "/report.pdf":
                self.send(200, b"%PDF-1.4\n%%EOF\n", "application/pdf")
            elif path == "/huge":  # says how big it is: refused before its body is read
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(urls.MAX_BYTES + 1))
                self.end_headers()
                self.wfile.write(b"<html><body>" + b"x" * 65536)
            elif path == "/endless":  # no length: read until the limit says stop
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html><body><p>")
                for _ in range(64):
                    self.wfile.write(b"word " * 13108)  # 64 KB a chunk, 4 MB in all
            elif path == "/bomb":  # 8 MB of spaces in 8 KB of gzip
                self.send(200, bomb, Content_Encoding="gzip")
            elif path == "/trickle":  # a byte at a time, each within the read timeout
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(40):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif path.startswith("/slow/"):  # /slow/SECONDS/anything: the page, late
                time.sleep(float(path.split("/")[2]))
                self.send(200, page.replace(b"2023-02-14", b"2023-02-1" + path[-1:].encode()))
            elif path == "/latin1":
                body = (WEB / "storm.html").read_text(encoding="utf-8").replace(
                    "harbour road was closed", "Hafenstraße was closed").encode("latin-1")
                self.send(200, body, "text/html; charset=ISO-8859-1")
            elif path == "/empty":
                self.send(200, b"")
            else:
                self.send(404, b"<html><body>Not here</body></html>")

    return Handler


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    state = Server()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def stalled() -> Iterator[str]:
    """A server that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/news"
    listener.close()
    for connection in held:
        connection.close()


@pytest.fixture
def refused() -> str:
    """An address where nothing listens."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}/news"


PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def short_timeout_and_no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(urls.TIMEOUT_VARIABLE, TIMEOUT)
    for name in PROXY_VARIABLES:  # a developer's proxy must not stand between the test and its server
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


def load(paths: list[str]) -> tuple[list[Document], list[str]]:
    warnings: list[str] = []
    return load_documents(paths, warn=warnings.append), warnings


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


# Pages ---------------------------------------------------------------------------------------
def test_a_page_by_its_url(server):
    """storm.html: og:title, og:site_name "Coast Courier", article:published_time 2023-02-14;
    it names no canonical URL, so the address it was fetched from is its URL."""
    url = f"{server.base}/news/storm.html"
    (document,), warnings = load([url])
    assert warnings == []
    assert document.title == "Storm closes harbour road"
    assert (document.published, document.published_from) == (date(2023, 2, 14), "metadata")
    assert (document.outlet, document.outlet_from) == ("Coast Courier", "metadata")
    assert document.url == url
    assert document.id == f"127.0.0.1:{server.base.rsplit(':', 1)[1]}/news/storm"
    assert document.path == url
    assert "waves broke over the sea wall" in document.text
    assert "All rights reserved" not in document.text  # the page's footer is no article


def test_a_redirect_is_followed_and_the_final_address_kept(server):
    given = f"{server.base}/old/storm"
    (document,), warnings = load([given])
    assert warnings == []
    assert document.url == f"{server.base}/news/storm.html"
    assert document.id.endswith("/old/storm")  # the id is the address given: it stays stable
    assert document.title == "Storm closes harbour road"


def test_the_server_is_told_who_fetches(server):
    load([f"{server.base}/news/storm.html?ua"])
    headers = next(h for path, h in server.requests if path == "/news/storm.html?ua")
    agent = headers["User-Agent"]
    assert agent.startswith(f"timeline/{__version__} (+http")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 (Not Found)"),
        ("/report.pdf", "not HTML (content type application/pdf)"),
        ("/huge", "too large (over 16 MB)"),
        ("/loop", "too many redirects (over 5)"),
        ("/empty", "empty file"),
    ],
)
def test_a_failed_url_is_one_warning_and_the_good_one_stays(server, path, reason):
    good, bad = f"{server.base}/news/storm.html", f"{server.base}{path}"
    documents, warnings = load([bad, good])
    assert [d.url for d in documents] == [good]
    assert warnings == [f"{bad}: {reason}"]


def test_the_proxy_the_environment_names_is_used(server, monkeypatch, refused):
    """The test server stands in for a proxy: asked "GET http://coast.example/news/storm.html",
    it serves the page. An address that no_proxy names is fetched directly."""
    monkeypatch.setenv("http_proxy", server.base)
    (document,), warnings = load(["http://coast.example/news/storm.html"])
    assert warnings == []
    assert (document.url, document.id) == ("http://coast.example/news/storm.html", "coast.example/news/storm")
    asked = [path for path, _ in server.requests if "coast.example" in path]
    assert asked == ["http://coast.example/news/storm.html"]

    monkeypatch.setenv("http_proxy", refused)
    url = f"{server.base}/news/storm.html?direct"
    with pytest.raises(InputError, match=re.escape(f"{url}: the proxy failed (connection refused)")):
        load([url])
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    assert load([url])[1] == []


def test_a_url_given_twice_is_read_once(server):
    url = f"{server.base}/news/storm.html?twice"
    documents, warnings = load([url, url])
    assert len(documents) == 1
    assert warnings == [f"{url}: given twice; read once"]
    assert [path for path, _ in server.requests].count("/news/storm.html?twice") == 1


def test_a_server_that_never_answers_times_out(server, stalled):
    start = time.monotonic()
    documents, warnings = load([stalled, f"{server.base}/news/storm.html"])
    assert time.monotonic() - start < 5
    assert len(documents) == 1
    assert warnings == [f"{stalled}: timed out (no answer within {TIMEOUT} s)"]


def test_a_refused_connection_and_a_bad_address(server, refused):
    bad = "http://exa mple.org/news"
    documents, warnings = load([refused, bad, f"{server.base}/news/storm.html"])
    assert len(documents) == 1
    assert warnings == [f"{refused}: connection refused", f"{bad}: bad URL"]


def test_a_body_without_a_length_is_refused_past_the_limit(server, monkeypatch):
    monkeypatch.setattr(urls, "MAX_BYTES", 256 * 1024)
    documents, warnings = load([f"{server.base}/endless", f"{server.base}/news/storm.html"])
    assert len(documents) == 1
    assert warnings == [f"{server.base}/endless: too large (over 262144 bytes)"]


def test_a_compressed_body_is_measured_unpacked(server, monkeypatch):
    """A gzip bomb: 8 KB on the wire, 8 MB unpacked; the limit counts what it unpacks to."""
    monkeypatch.setattr(urls, "MAX_BYTES", 1024 * 1024)
    documents, warnings = load([f"{server.base}/bomb", f"{server.base}/news/storm.html"])
    assert len(documents) == 1
    assert warnings == [f"{server.base}/bomb: too large (over 1 MB)"]


def test_a_body_that_trickles_in_meets_a_deadline(server, monkeypatch):
    """A byte every 0.1 s never trips the 0.5 s read timeout; the body's deadline stops it."""
    monkeypatch.setattr(urls, "DEADLINE_TIMEOUTS", 2)
    start = time.monotonic()
    documents, warnings = load([f"{server.base}/trickle", f"{server.base}/news/storm.html"])
    assert time.monotonic() - start < 3
    assert len(documents) == 1
    assert warnings == [f"{server.base}/trickle: timed out (the body took over 1 s)"]


def test_the_charset_the_server_declares_is_used(server):
    (document,), _ = load([f"{server.base}/latin1"])
    assert "Hafenstraße was closed" in document.text


def test_pages_come_in_the_order_given_not_the_order_they_arrive(server):
    """The first page answers last; a few are fetched at a time, never more than WORKERS."""
    server.most_busy = 0
    given = [f"{server.base}/slow/{seconds}/{day}" for seconds, day in
             (("0.4", 1), ("0.1", 2), ("0.3", 3), ("0", 4), ("0.2", 5), ("0", 6))]
    documents, warnings = load(given)
    assert warnings == []
    assert [d.url for d in documents] == given
    assert [d.published.day for d in documents] == [11, 12, 13, 14, 15, 16]
    assert 2 <= server.most_busy <= urls.WORKERS


# Feeds ---------------------------------------------------------------------------------------
def test_a_feed_file_full_items_read_teasers_fetched(server, tmp_path):
    """feed.rss: the ferry item carries its whole text (content:encoded), so its page is never
    asked for; the bridge item is a teaser whose page is fetched; the lifeboat item's page is a
    404, so its teaser is read, with one warning."""
    feed = tmp_path / "courier.rss"
    feed.write_bytes(server.file("feed.rss"))
    documents, warnings = load([str(feed)])
    ferry, bridge, lifeboat = documents
    assert all(path != "/news/ferry.html" for path, _ in server.requests)

    # pubDate "Mon, 13 Feb 2023 23:30:00 -0500": the 13th where it was written (UTC: the 14th).
    assert ferry.title == "Ferry timetable cut for the winter"
    assert (ferry.published, ferry.published_from) == (date(2023, 2, 13), "metadata")
    assert (ferry.outlet, ferry.url) == ("Coast Courier", f"{server.base}/news/ferry.html")
    assert ferry.text.startswith("Ferry timetable cut for the winter\n\nThe island ferry will run")
    assert ferry.path == str(feed)

    # The bridge page names no date and no site: the feed's date (15 Feb) and title stand in.
    assert bridge.title == "Bridge repairs to start in March"
    assert "footpath on its north side" in bridge.text  # from the page, not the teaser
    assert (bridge.published, bridge.published_from) == (date(2023, 2, 15), "metadata")
    assert (bridge.outlet, bridge.url) == ("Coast Courier", f"{server.base}/news/bridge.html")

    assert lifeboat.text.startswith("Lifeboat crew honoured for December rescue\n\nThe volunteer")
    assert lifeboat.published == date(2023, 2, 16)
    assert warnings == [
        f"{feed}: item 3 ({server.base}/news/lifeboat.html): HTTP 404 (Not Found); "
        "read from the feed's summary instead"
    ]
    assert [d.id for d in documents] == [urls.url_id(d.url) for d in documents]


def test_a_feed_by_url_on_the_command_line(server):
    """feed.atom: its first entry is a teaser linking to /old/storm (a redirect to storm.html,
    whose own markup dates it 14 Feb and names its site); the second has no link, and its
    update time 00:30 +01:00 on 18 Feb is the 18th where it was written."""
    result = run("build", f"{server.base}/feed.atom", "-f", "json")
    assert result.exit_code == 0, result.stderr
    documents = json.loads(result.stdout)["documents"]
    storm, market = documents
    assert (storm["title"], storm["published"], storm["outlet"]) == (
        "Storm closes harbour road", "2023-02-14", "Coast Courier")
    assert storm["url"] == f"{server.base}/news/storm.html"
    assert (market["title"], market["published"], market["outlet"]) == (
        "Fish market moves to the quay", "2023-02-18", "Harbour Watch")
    assert market["id"] == "feed:tag:harbour.example,2023:market"
    assert result.stderr == ""


def test_an_xml_file_that_is_no_feed_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "sitemap.xml").write_bytes((WEB / "sitemap.xml").read_bytes())
    (tmp_path / "story.txt").write_text("GENEVA, Sept 9 (Reuters) - The panel met on Friday.\n")
    documents, warnings = load([str(tmp_path)])
    assert [d.id for d in documents] == ["story"]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{tmp_path / 'sitemap.xml'}: skipped, not an RSS or Atom feed")


@pytest.mark.parametrize(
    ("feed", "warning"),
    [
        ("<rss version='2.0'><channel><title>T</title></channel></rss>", "no items in this feed"),
        ("<rss version='2.0'><channel><item><title>Bad</title>", "item 1: no title or text; skipped"),
        ("not a feed\n<rss", "skipped, not an RSS or Atom feed (line "),
    ],
)
def test_a_feed_that_gives_nothing_says_why(tmp_path, feed, warning):
    path = tmp_path / "news.rss"
    path.write_text(feed.replace("<title>Bad</title>", "<description> </description>"), encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(warning)):
        load([str(path)])


def test_a_feed_on_stdin():
    feed = (WEB / "feed.atom").read_text(encoding="utf-8").replace("{base}", "http://127.0.0.1:9")
    feed = feed.replace('<link href="http://127.0.0.1:9/old/storm"/>', "")  # nothing to fetch
    result = run("build", "-", "-f", "json", input=feed)
    assert result.exit_code == 0, result.stderr
    titles = [d["title"] for d in json.loads(result.stdout)["documents"]]
    assert titles == ["Storm closes harbour road", "Fish market moves to the quay"]


# The command line ------------------------------------------------------------------------------
def test_a_url_list_mixing_good_and_bad(server, tmp_path, refused):
    listing = tmp_path / "links.txt"
    listing.write_text(
        "# the story so far\n"
        f"{server.base}/news/bridge.html\n"
        "\n"
        f"{server.base}/missing\t# gone\n"
        "coast.example/news/storm.html\n"
        f"{refused}\n"
        f"{server.base}/news/storm.html\n",
        encoding="utf-8",
    )
    result = run("build", "--urls", str(listing), "-f", "json")
    assert result.exit_code == 0
    documents = json.loads(result.stdout)["documents"]
    assert [d["url"] for d in documents] == [
        f"{server.base}/news/bridge.html", f"{server.base}/news/storm.html"]
    assert [d["title"] for d in documents] == [
        "Bridge repairs to start in March", "Storm closes harbour road"]
    messages = result.stderr.splitlines()
    # bridge.html names no date: inferred from its text, which the chronology says
    assert [m for m in messages if "inferred" in m][0].startswith(
        f"timeline: warning: {server.base}/news/bridge.html: no publication date in the article")
    assert [m for m in messages if "inferred" not in m] == [
        f"timeline: warning: {listing}:5: 'coast.example/news/storm.html' is not an http(s) URL; "
        "line skipped",
        f"timeline: warning: {server.base}/missing: HTTP 404 (Not Found)",
        f"timeline: warning: {refused}: connection refused",
    ]


def test_a_url_list_on_stdin_after_the_paths(server):
    result = run("build", f"{server.base}/news/bridge.html", "--urls", "-", "-f", "json",
                 input=f"{server.base}/news/storm.html\n")
    assert result.exit_code == 0, result.stderr
    titles = [d["title"] for d in json.loads(result.stdout)["documents"]]
    assert titles == ["Bridge repairs to start in March", "Storm closes harbour road"]


def test_nothing_fetched_is_one_error_line(server):
    result = run("build", f"{server.base}/missing", "-o", "out.json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"timeline: error: no articles found in {server.base}/missing: HTTP 404 (Not Found)\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--urls", "nowhere.txt"], "--urls nowhere.txt: cannot read (No such file or directory)"),
        (["-", "--urls", "-"], "standard input can be read once"),
    ],
)
def test_url_list_problems_are_one_error_line(args, message, tmp_path):
    result = run("build", *args, input="")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"timeline: error: {message}")
    assert len(result.stderr.splitlines()) == 1


def test_a_url_list_without_urls_is_an_error(tmp_path):
    listing = tmp_path / "links.txt"
    listing.write_text("# nothing yet\n\n", encoding="utf-8")
    result = run("dates", "--urls", str(listing))
    assert result.exit_code == 1
    assert result.stderr == f"timeline: error: --urls {listing}: no http(s) URLs in it (one a line)\n"


def test_no_input_at_all_is_a_usage_error():
    result = run("build")
    assert result.exit_code == 2
    assert "--urls FILE" in result.stderr


def test_the_limits_in_the_help_are_the_code_s():
    text = " ".join(run("build", "--help").stdout.split())
    assert f"{urls.WORKERS} at a time" in text
    assert f"{urls.TIMEOUT:g} s connect and read timeout" in text
    assert f"at most {urls.MAX_REDIRECTS} redirects and {urls.MAX_BYTES // (1024 * 1024)} MB" in text
    assert feeds.FULL_TEXT_WORDS == 150  # the README says so


def test_help_imports_no_network_or_feed_library():
    import subprocess
    import sys

    code = "import sys, timeline.cli; print(sorted(m for m in ('urllib3', 'feedparser') if m in sys.modules))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_url_ids_are_readable_and_stable():
    given = "https://www.example.org/news/2023/storm-hits.html#top"
    assert urls.url_id(given) == "example.org/news/2023/storm-hits"
    assert urls.url_id("http://example.org/story?id=42") == "example.org/story?id=42"
    assert urls.url_id("https://example.org/") == "example.org"
    long = urls.url_id("https://example.org/" + "a" * 200)
    assert len(long) == 99 and long == urls.url_id("https://example.org/" + "a" * 200)
