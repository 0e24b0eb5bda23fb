"""The HTML page in a real browser (Debian's chromium driven by Playwright), the Markdown through
a CommonMark parser, the TimelineJS JSON against the fields TimelineJS3 documents.

The page must work offline and let no article text run: a headline ``<script>`` and a
``javascript:`` address show as text, nothing raises a dialog or a console error, and the page
asks for nothing over the network.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

import pytest

from tests.conftest import FIXTURES, make_chronology
from timeline import build, load_documents
from timeline.model import Chronology
from timeline.render import render

CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_URL = "javascript:alert(2)"


def rendered(chronology: Chronology, format_: str, **options) -> str:
    buffer = io.StringIO(newline="")
    render(chronology, buffer, format_, **options)
    return buffer.getvalue()


def chromium_path() -> str:
    """Debian's chromium, which .ci/run installs; a machine without it fails here, by name."""
    path = os.environ.get("TIMELINE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "the page tests need chromium (apt-get install chromium, as .ci/run does)"
    return path


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser, tmp_path):
    """Writes a page, opens it, and records what it asks for and what it says."""
    pages = []

    def opener(html: str):
        path = tmp_path / "page.html"
        path.write_text(html, encoding="utf-8")
        page = browser.new_page()
        page.requests, page.dialogs, page.errors = [], [], []
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("console", lambda line: page.errors.append(line.text) if line.type == "error" else None)
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.goto(path.as_uri())
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.close()


@pytest.fixture(scope="module")
def fixture_chronology() -> Chronology:
    return build(load_documents([FIXTURES], warn=lambda _: None), warn=lambda _: None)


def hostile_chronology() -> Chronology:
    """Two events; the first article's headline is a script tag and its address javascript:."""
    chronology = make_chronology([
        ("2022-08-31", "The UN office releases its Xinjiang report.", ["a", "b"]),
        ("2022-09-09", f"Ambassador speaks in Geneva {HOSTILE_TITLE} on Friday.", ["a"]),
    ])
    documents = tuple(
        replace(d, title=HOSTILE_TITLE, url=HOSTILE_URL, outlet="<b>Evil</b>") if d.id == "a"
        else replace(d, url="https://example.org/b?x=1&y=2", outlet="Example News")
        for d in chronology.documents
    )
    return replace(chronology, documents=documents)


def test_the_page_shows_one_card_an_event_and_asks_for_nothing(open_page, fixture_chronology):
    page = open_page(rendered(fixture_chronology, "html", title="Xinjiang report"))
    assert page.locator("li.event").count() == len(fixture_chronology.events)
    assert page.title() == "Xinjiang report"
    # only the file itself was loaded: no CDN, font, image or script from anywhere
    assert len(page.requests) == 1 and page.requests[0].startswith("file://")
    assert page.errors == [] and page.dialogs == []
    # an event's sources open on a click, the expression marked in its sentence
    first = page.locator("li.event").first
    first.locator("summary").click()
    assert first.locator("details ol li").count() == len(fixture_chronology.events[0].mentions)
    expressions = {m.expression.text for m in fixture_chronology.events[0].mentions}
    assert first.locator("mark").first.inner_text() in expressions


def test_the_search_box_filters_the_events(open_page, fixture_chronology):
    page = open_page(rendered(fixture_chronology, "html"))
    # only the 8 Sep event tells of Türk (the General Assembly's choice of successor)
    page.fill("#search", "türk")
    visible = page.locator("li.event:not([hidden])")
    assert visible.count() == 1 and "Türk" in visible.first.inner_text()
    assert page.inner_text("#shown") == "1"
    page.fill("#search", "")
    assert page.locator("li.event:not([hidden])").count() == len(fixture_chronology.events)
    page.fill("#search", "no such words anywhere")
    assert page.locator("li.event:not([hidden])").count() == 0
    assert page.locator("section.period:not([hidden])").count() == 0


def test_article_text_never_runs_in_the_page(open_page):
    page = open_page(rendered(hostile_chronology(), "html", title=HOSTILE_TITLE))
    page.locator("summary").first.click()
    page.locator("summary").last.click()
    assert page.dialogs == [] and page.errors == []
    assert page.title() == HOSTILE_TITLE  # as text
    text = page.inner_text("main")
    assert HOSTILE_TITLE in text and "<b>Evil</b>" in text
    # the javascript: address is shown, never a link; the https one is a link
    hrefs = page.eval_on_selector_all("a", "links => links.map(a => a.getAttribute('href'))")
    assert hrefs == ["https://example.org/b?x=1&y=2"]
    assert HOSTILE_URL in text
    # the page's only script is its own
    assert page.locator("script").count() == 1


def test_the_page_carries_a_policy_that_runs_only_its_own_script():
    html = rendered(hostile_chronology(), "html")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)[1]
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", policy)
    assert HOSTILE_TITLE not in html  # escaped everywhere


# Markdown ----------------------------------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.links.append(dict(attrs)["href"])


def commonmark(markdown: str) -> tuple[str, _Links]:
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(markdown)
    parsed = _Links()
    parsed.feed(html)
    return html, parsed


def test_markdown_lists_the_events_in_order_under_month_headings(fixture_chronology):
    chronology = replace(fixture_chronology, documents=tuple(
        replace(d, url=f"https://news.example/{d.id}") for d in fixture_chronology.documents))
    html, parsed = commonmark(rendered(chronology, "markdown", title="Xinjiang report"))
    items = re.findall(r"<li><strong>([^<]+)</strong>", html)
    assert items == [e.period.label for e in chronology.events]
    headings = re.findall(r"<h2>([^<]+)</h2>", html)
    assert headings == ["May 2022", "August 2022", "September 2022"]
    # every source outlet links to one of its articles
    assert parsed.links and all(link.startswith("https://news.example/") for link in parsed.links)


def test_hostile_text_stays_text_in_markdown():
    html, parsed = commonmark(rendered(hostile_chronology(), "markdown", title=HOSTILE_TITLE))
    assert "script" not in parsed.tags and "b" not in parsed.tags
    assert parsed.links == ["https://example.org/b?x=1&y=2"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# TimelineJS --------------------------------------------------------------------------------


def check_timelinejs(data: dict) -> None:
    """The fields TimelineJS3's JSON format documents: ``events`` a list of slides, each with a
    ``start_date`` whose ``year`` is a number (month, day, hour, minute numbers in range),
    optional ``end_date`` (not before the start), ``text`` with ``headline``/``text`` strings,
    ``group`` and ``display_date`` strings, ``unique_id`` unique, ``autolink`` a boolean; an
    optional ``title`` slide needs no date."""
    ranges = {"month": (1, 12), "day": (1, 31), "hour": (0, 23), "minute": (0, 59)}

    def valid_date(value: dict) -> tuple:
        assert isinstance(value["year"], int)
        for field, (low, high) in ranges.items():
            if field in value:
                assert isinstance(value[field], int) and low <= value[field] <= high
        assert set(value) <= {"year", "month", "day", "hour", "minute", "second", "millisecond",
                              "display_date", "format"}
        if "day" in value:
            date(value["year"], value["month"], value["day"])  # a real day
        return tuple(value.get(f, 0) for f in ("year", "month", "day", "hour", "minute"))

    assert isinstance(data["events"], list)
    assert set(data) <= {"events", "title", "eras", "scale"}
    if "title" in data:
        assert isinstance(data["title"]["text"]["headline"], str)
    ids = [slide["unique_id"] for slide in data["events"]]
    assert len(ids) == len(set(ids))
    for slide in data["events"]:
        start = valid_date(slide["start_date"])
        if "end_date" in slide:
            assert valid_date(slide["end_date"]) >= start
        assert isinstance(slide["text"]["headline"], str) and isinstance(slide["text"]["text"], str)
        assert isinstance(slide["display_date"], str) and isinstance(slide["group"], str)
        assert slide["autolink"] is False
        assert set(slide) <= {"start_date", "end_date", "text", "media", "group", "display_date",
                              "background", "autolink", "unique_id"}


def test_timelinejs_output_has_the_fields_timelinejs_requires(fixture_chronology):
    data = json.loads(rendered(fixture_chronology, "timelinejs", title="Xinjiang report"))
    check_timelinejs(data)
    assert len(data["events"]) == len(fixture_chronology.events)
    assert data["title"]["text"]["headline"] == "Xinjiang report"
    # "late May" is a month: a year and a month, no day; Friday 9 Sep is a day
    may = data["events"][0]
    assert may["start_date"] == {"year": 2022, "month": 5} and may["display_date"] == "late May 2022"
    friday = next(s for s in data["events"] if s["display_date"] == "Fri 9 Sep 2022")
    assert friday["start_date"] == {"year": 2022, "month": 9, "day": 9} and "end_date" not in friday


def test_timelinejs_escapes_what_it_reads_as_html():
    data = json.loads(rendered(hostile_chronology(), "timelinejs"))
    check_timelinejs(data)
    text = json.dumps(data)
    assert "<script>" not in text and "javascript:" not in text.replace("javascript:alert(2)", "")
    headline = data["events"][1]["text"]["headline"]
    assert headline == "Ambassador speaks in Geneva &lt;script&gt;alert(1)&lt;/script&gt; on Friday."


def test_every_format_is_byte_identical_across_runs(fixture_chronology):
    for format_ in ("html", "markdown", "timelinejs"):
        assert rendered(fixture_chronology, format_) == rendered(fixture_chronology, format_)
