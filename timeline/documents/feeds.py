"""RSS and Atom feeds: each item an article, read with feedparser.

A feed is how many outlets publish a story as it unfolds, and it says plainly what a page
leaves to guessing: each item's title, address and publication date. An item that carries
its whole text (``content:encoded``, Atom ``content``, or a long ``description``) is read
from the feed; one that carries only a teaser has its page fetched (``urls``) when it links
to one, and keeps its teaser, with a warning, when that fails. The feed's title names the
outlet where the page names none.

feedparser is imported only when a feed is read. It is always handed a stream: given a
string (or bytes) it would first try it as an address or a file name, and read that.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from timeline.documents import urls
from timeline.documents.topmatter import (
    Article,
    Warn,
    file_stem,
    metadata_date,
    read_article,
    web_address,
)

EXTENSIONS = (".rss", ".atom", ".xml")
# An item whose text has fewer words than this is a teaser, not the article: its page is
# fetched. News articles run to hundreds of words; teasers to one or two sentences.
FULL_TEXT_WORDS = 150


def read_feed(stream: BinaryIO, name: str, warn: Warn, given: str = "") -> list[Article]:
    """The items of a feed file (``.rss``, ``.atom``, or ``.xml`` that holds a feed)."""
    data = stream.read(urls.MAX_BYTES + 1)
    if len(data) > urls.MAX_BYTES:
        warn(f"{name}: skipped, a feed over {urls.MAX_BYTES // (1024 * 1024)} MB")
        return []
    return from_feed(data, name, warn)


def is_feed(head: bytes) -> bool:
    """Whether the start of a stream looks like an RSS or Atom feed."""
    head = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return True
    return head.startswith(b"<?xml") and re.search(rb"<(?:rss|feed|rdf:rdf)\b", head) is not None


def from_feed(
    data: bytes, name: str, warn: Warn, *, content_type: str = "", location: str = ""
) -> list[Article]:
    """The items of a feed's bytes as articles; ``location`` resolves relative links."""
    import feedparser

    if not data.strip():
        warn(f"{name}: empty file")
        return []
    headers = {"content-location": location} if location else {}
    if content_type:
        headers["content-type"] = content_type
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=True)
    except Exception as error:  # noqa: BLE001 - hostile XML skips one feed, never the run
        warn(f"{name}: skipped, the feed could not be read ({type(error).__name__})")
        return []
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f" ({_short(str(problem))})" if problem else ""
        warn(f"{name}: skipped, not an RSS or Atom feed{detail}")
        return []
    if not parsed.entries:
        warn(f"{name}: no items in this feed")
        return []
    outlet = _one_line(parsed.feed.get("title", ""))
    stem = file_stem(urlsplit(name).path) if urls.is_url(name) else file_stem(name)
    items = [_Item.read(entry, number, name, stem) for number, entry in enumerate(parsed.entries, 1)]
    teasers = [item for item in items if item.link and not item.full]
    links = list(dict.fromkeys(t.link for t in teasers))
    pages = dict(zip(links, urls.fetch_articles(links, warn, outlet), strict=True))
    out = []
    for item in items:
        page = pages.get(item.link) if item.link and not item.full else None
        if isinstance(page, Article):
            if page.top.published_from != "metadata":  # the page's own markup first
                metadata_date(page.top, [item.published], item.where, warn)
            page.path, page.title = name, page.title or item.title
            out.append(page)
            continue
        if page is not None:
            warn(f"{item.where} ({item.link}): {page}; read from the feed's summary instead")
        article = item.article(name, outlet, warn)
        if article is not None:
            out.append(article)
    return out


class _Item:
    """One feed item: what the feed says of it, its text as plain text."""

    def __init__(self) -> None:
        self.title = self.link = self.text = self.published = self.ident = self.where = ""
        self.full = False

    @classmethod
    def read(cls, entry: Any, number: int, name: str, stem: str) -> _Item:
        item = cls()
        item.where = f"{name}: item {number}"
        detail = entry.get("title_detail") or {}
        title = entry.get("title", "")
        item.title = _one_line(_text(title) if "html" in detail.get("type", "") else title)
        item.link = web_address(entry.get("link", ""))
        texts = [_text(part.get("value", "")) for part in entry.get("content", [])]
        texts.append(_text(entry.get("summary", "")))
        item.text = max(texts, key=len).strip()
        item.full = len(item.text.split()) >= FULL_TEXT_WORDS
        item.published = _item_date(entry, "published") or _item_date(entry, "updated")
        guid = _one_line(str(entry.get("id", "")))
        if item.link:
            item.ident = urls.url_id(item.link)
        elif guid:
            item.ident = urls.url_id(guid) if urls.is_url(guid) else f"{stem}:{guid[:80]}"
        else:
            item.ident = f"{stem}:{number}"
        return item

    def article(self, name: str, outlet: str, warn: Warn) -> Article | None:
        """The item read from the feed itself: its title, then its text."""
        if not self.text and not self.title:
            warn(f"{self.where}: no title or text; skipped")
            return None
        text = self.text
        if self.title and not text.startswith(self.title):
            text = f"{self.title}\n\n{text}" if text else self.title
        article = read_article(
            text, self.where, warn, title=self.title, dates=[self.published], site=outlet
        )
        article.path, article.url, article.base_id = name, self.link, self.ident
        return article


def _item_date(entry: Any, key: str) -> str:
    """The item's date as YYYY-MM-DD, on the day the feed wrote (its own time zone, not UTC as
    feedparser's parsed form has it: an item of 23:30 New York time is that day's news)."""
    raw = str(entry.get(key, "") or "").strip()
    when: date | None = None
    if raw:
        try:
            when = parsedate_to_datetime(raw).date()  # RSS: RFC 822
        except (TypeError, ValueError, IndexError, AttributeError):
            try:
                when = datetime.fromisoformat(raw.replace("Z", "+00:00")).date()  # Atom: RFC 3339
            except ValueError:
                when = None
    parsed = entry.get(f"{key}_parsed")
    if when is None and parsed:
        when = date(*parsed[:3])
    return when.isoformat() if when else raw


class _TextParser(HTMLParser):
    """Text of an HTML fragment, a blank line between blocks, scripts and styles left out."""

    BLOCKS = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr section article header "
        "footer figure figcaption hr dd dt".split()
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _text(fragment: str) -> str:
    """Plain text of an item's HTML (or text) content: paragraphs kept, spaces tidied."""
    if "<" not in fragment and "&" not in fragment:
        blocks = re.split(r"\n\s*\n", fragment)
    else:
        parser = _TextParser()
        parser.feed(fragment)
        parser.close()
        blocks = re.split(r"\n\s*\n", "".join(parser.parts))
    return "\n\n".join(line for line in (" ".join(block.split()) for block in blocks) if line)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _short(text: str) -> str:
    text = re.sub(r"^<unknown>:(\d+):\d+: ", r"line \1: ", " ".join(text.split()))
    return text if len(text) <= 80 else text[:77] + "..."
