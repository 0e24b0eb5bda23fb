"""The visible article text of an HTML page, its title and its publication metadata.

Pages wrap an article in menus, scripts, share buttons and teasers; only the article is
reporting. The stdlib parser is enough: keep ``<article>`` (else ``<main>``, else ``<body>``),
drop the chrome, turn block elements into line breaks.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, BinaryIO

from timeline.documents import decoding
from timeline.documents.topmatter import Article, Warn, read_article

EXTENSIONS = (".html", ".htm")

# Never visible or never the article. A <header> inside an <article> is kept: it holds the
# headline and the date line, which the header detection then marks as metadata.
_DROP = {
    "script", "style", "nav", "footer", "aside", "form", "noscript", "template", "svg",
    "iframe", "button", "select", "textarea", "canvas", "object", "embed", "dialog",
}
_BLOCK = {
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure",
    "figcaption", "hr", "br", "address", "body", "td", "th", "caption", "details", "summary",
}
_VOID = {
    "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source",
    "track", "wbr", "param",
}
# <meta> names that carry the publication date, best first.
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publication_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published",
)


@dataclass
class HtmlArticle:
    """What a page yields: visible text, a title, and dates from its metadata (best first)."""

    text: str
    title: str
    dates: list[str] = field(default_factory=list)
    # The site that published the page ("Reuters", "BBC News"): og:site_name, else the
    # publisher named in JSON-LD, else application-name; "" when the page names none.
    site: str = ""


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, whether it hides its content)
        self.drop_depth = 0
        self.body: list[str] = []
        self.main: list[str] = []
        self.articles: list[list[str]] = []
        self.article_depth = 0
        self.main_depth = 0
        self.meta: dict[str, str] = {}
        self.time_values: list[str] = []
        self.ld_dates: list[str] = []
        self.ld_title = ""
        self.ld_publisher = ""
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.h1_done = False
        self.capture: str = ""  # "title", "h1" or "ld" while inside one of those
        self.ld_parts: list[str] = []

    # Element bookkeeping ------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "")
            if key and values.get("content"):
                self.meta.setdefault(key.strip().lower(), values["content"].strip())
            return
        if tag == "time" and values.get("datetime"):
            self.time_values.append(values["datetime"])
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self.capture, self.ld_parts = "ld", []
        if tag in _VOID:
            if tag in _BLOCK:
                self._emit("\n")
            return
        if tag == "title" and not self.title_parts:
            self.capture = "title"
        if tag == "h1" and not self.h1_done and not self.drop_depth:
            self.capture = "h1"
        drops = tag in _DROP or (
            tag == "header" and not self.article_depth and not self.main_depth
        )
        self.stack.append((tag, drops))
        self.drop_depth += drops
        if tag == "article":
            if not self.article_depth:
                self.articles.append([])
            self.article_depth += 1
        if tag == "main":
            self.main_depth += 1
        if tag in _BLOCK:
            self._emit("\n\n" if tag not in ("br", "li", "tr", "td", "th", "dt", "dd") else "\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.capture == "ld":
            self._read_ld("".join(self.ld_parts))
            self.capture = ""
        if tag == "title" and self.capture == "title":
            self.capture = ""
        if tag == "h1" and self.capture == "h1":
            self.capture, self.h1_done = "", True
        if all(open_tag != tag for open_tag, _ in self.stack):
            return  # a stray end tag: ignore rather than unbalance the stack
        while self.stack:
            open_tag, drops = self.stack.pop()
            self.drop_depth -= drops
            self._close(open_tag)
            if open_tag == tag:
                break

    def _close(self, tag: str) -> None:
        if tag == "h1" and self.capture == "h1":  # closed implicitly by an outer end tag
            self.capture, self.h1_done = "", True
        if tag == "article":
            self.article_depth = max(0, self.article_depth - 1)
        if tag == "main":
            self.main_depth = max(0, self.main_depth - 1)
        if tag in _BLOCK:
            self._emit("\n\n")

    # Text ------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.capture == "ld":
            self.ld_parts.append(data)
            return
        if self.capture == "title":
            self.title_parts.append(data)
            if sum(map(len, self.title_parts)) > 1000:  # an unclosed <title>: stop there
                self.capture = ""
            return
        if self.drop_depth:
            return
        if self.capture == "h1":
            self.h1_parts.append(data)
        if any(open_tag == "pre" for open_tag, _ in self.stack):
            self._emit(data)
        else:
            self._emit(re.sub(r"\s+", " ", data))

    def _emit(self, chunk: str) -> None:
        self.body.append(chunk)
        if self.main_depth:
            self.main.append(chunk)
        if self.article_depth and self.articles:
            self.articles[-1].append(chunk)

    def _read_ld(self, raw: str) -> None:
        try:
            data = json.loads(raw)
        except ValueError:
            return
        for node in _walk(data):
            published = node.get("datePublished") or node.get("dateCreated")
            if isinstance(published, str):
                self.ld_dates.append(published)
            headline = node.get("headline")
            if isinstance(headline, str) and not self.ld_title:
                self.ld_title = headline
            if not self.ld_publisher:
                self.ld_publisher = _name_of(node.get("publisher"))


def _walk(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Every JSON object in a JSON-LD block (they nest in @graph and lists)."""
    if depth > 20:
        return []
    if isinstance(data, list):
        return [n for item in data for n in _walk(item, depth + 1)]
    if isinstance(data, dict):
        return [data] + [n for v in data.values() for n in _walk(v, depth + 1)]
    return []


def _name_of(publisher: Any) -> str:
    """A JSON-LD publisher's name: a string, an Organization's "name", or the first of a list."""
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if isinstance(publisher, dict):
        publisher = publisher.get("name")
    return publisher if isinstance(publisher, str) else ""


def _tidy(chunks: list[str]) -> str:
    """Join text chunks into lines: spaces trimmed, at most one blank line between blocks."""
    lines = [line.strip() for line in "".join(chunks).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def extract(html: str) -> HtmlArticle:
    """Visible article text, title and publication-date strings of one HTML page."""
    parser = _Extractor()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # very broken markup: keep what was read
        pass
    articles = [_tidy(a) for a in parser.articles]
    text = max(articles, key=len, default="")
    if not text:
        text = _tidy(parser.main) or _tidy(parser.body)
    h1 = " ".join("".join(parser.h1_parts).split())
    page_title = " ".join("".join(parser.title_parts).split())
    meta = parser.meta
    title = meta.get("og:title") or parser.ld_title or h1 or page_title
    title = " ".join(title.split())
    # The headline is reporting too: keep it at the top when the article body lacks it.
    if h1 and text and h1 not in text[: len(h1) + 500]:
        text = f"{h1}\n\n{text}"
    dates = [meta[k] for k in _DATE_META[:2] if k in meta]
    dates += parser.ld_dates
    dates += [meta[k] for k in _DATE_META[2:] if k in meta]
    dates += parser.time_values
    site = meta.get("og:site_name") or parser.ld_publisher or meta.get("application-name", "")
    return HtmlArticle(text=text, title=title, dates=dates, site=" ".join(site.split()))


def read_html(stream: BinaryIO, name: str, warn: Warn) -> list[Article]:
    """The article of one saved page (its declared charset is a decoding fallback)."""
    text = decoding.read_article_text(stream, name, warn, html=True)
    article = None if text is None else from_html(text, name, warn)
    return [article] if article else []


def from_html(markup: str, name: str, warn: Warn) -> Article | None:
    """An article from a decoded page; None (after one warning) when nothing is visible."""
    page = extract(markup)
    if not page.text.strip():
        warn(f"{name}: no visible text")
        return None
    return read_article(page.text, name, warn, title=page.title, dates=page.dates, site=page.site)
