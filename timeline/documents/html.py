"""Web pages: the article's main text and what the page says about it, read with the field's
libraries rather than by hand.

trafilatura finds the main text (menus, teasers, share buttons, cookie banners and readers'
comments left out), the title, the site name and the canonical URL; htmldate, which it runs,
finds the publication date in the markup (meta tags, JSON-LD, ``<time>``, the URL), the
original date rather than the last change. The text is then read like any other article's
(``topmatter``): a header line or wire dateline at its top still counts, and decides where it
is the stronger witness (see ``topmatter.combine_dates``).

Both libraries are imported inside the functions that use them: ``timeline --help`` and text
articles never pay for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, BinaryIO

from timeline.documents import decoding
from timeline.documents.topmatter import Article, Warn, language_code, read_article, web_address

EXTENSIONS = (".html", ".htm")
# Pages carry scripts, styles and inline data many times the size of their article: the
# markup is read to this bound, the text extracted from it to ``decoding.MAX_TEXT``.
MAX_PAGE_BYTES = 16 * 1024 * 1024
# htmldate's search window. Fixed bounds, not today's date: the same page gives the same date
# whenever it is read. 1995 is htmldate's own lower bound (no news pages before).
DATE_RANGE = ("1995-01-01", "2099-12-31")
_DATE_PARAMS = {
    "original_date": True,  # when it was first published, not last changed
    # No free search of the visible text for any date: the top of the text is read by
    # ``topmatter`` (header lines, datelines), and a date found anywhere in the body is more
    # often a date the article reports than the day it was published.
    "extensive_search": False,
    "min_date": DATE_RANGE[0],
    "max_date": DATE_RANGE[1],
}
# Where a page declares its language, best first (the <html lang> attribute comes before).
_LANGUAGE_XPATHS = (
    '//meta[translate(@http-equiv, "CONTELAGU", "contelagu")="content-language"]/@content',
    '//meta[@property="og:locale"]/@content',
    '//meta[translate(@name, "DCLANGUE", "dclangue")="dc.language"]/@content',
)


@dataclass(frozen=True)
class Page:
    """What one page yields: its main text (blocks separated by a blank line, the headline
    first) and what the page says about it ("" where it says nothing)."""

    text: str
    title: str = ""
    site: str = ""
    url: str = ""
    author: str = ""
    language: str = ""
    date: str = ""  # htmldate's YYYY-MM-DD


def read_html(stream: BinaryIO, name: str, warn: Warn, given: str = "") -> list[Article]:
    """The article of one saved page (its declared charset is a decoding fallback)."""
    markup = decoding.decode_article(
        stream.read(MAX_PAGE_BYTES + 1), name, warn, html=True, limit=MAX_PAGE_BYTES
    )
    article = None if markup is None else from_html(markup, name, warn, given)
    return [article] if article else []


def from_html(markup: str, name: str, warn: Warn, given: str = "") -> Article | None:
    """An article from a decoded page; None (after one warning) when nothing is visible."""
    try:
        page = read_page(markup)
    except Exception as error:  # a parser's failure on hostile markup skips one file, never the run
        warn(f"{name}: skipped, the page could not be read ({type(error).__name__})")
        return None
    if not page.text.strip():
        warn(f"{name}: no visible text")
        return None
    text = page.text
    if len(text) > decoding.MAX_TEXT:
        warn(f"{name}: text longer than {decoding.MAX_TEXT // (1024 * 1024)} MB; truncated")
        text = text[: decoding.MAX_TEXT]
    article = read_article(
        text, name, warn, title=page.title, dates=[page.date] if page.date else [], site=page.site,
        language=page.language, given=given,
    )
    article.url = page.url
    return article


def read_page(markup: str) -> Page:
    """Main text and metadata of one page by trafilatura, its date by htmldate (through
    trafilatura, on the same parsed tree)."""
    import trafilatura
    from trafilatura.xml import xmltotxt

    tree = trafilatura.load_html(markup)
    if tree is None:  # a fragment ("<p>Storm hits.</p>") or text: give it a body to be in
        tree = trafilatura.load_html(f"<html><body>{markup}</body></html>")
    if tree is None:
        return Page(text="")
    language = _declared_language(tree)
    found = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,  # readers' comments are not the article
        include_tables=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    if found is None or found.body is None:
        return Page(text="")
    blocks = [xmltotxt(block, False).strip() for block in found.body]
    text = "\n\n".join(block for block in blocks if block)
    title = _one_line(found.title)
    # The headline is reporting too: keep it at the top when the extracted text lacks it.
    if title and text and title not in text[: len(title) + 500]:
        text = f"{title}\n\n{text}"
    return Page(
        text=text,
        title=title,
        site=_one_line(found.sitename),
        url=web_address(found.url or ""),
        author=_one_line(found.author),
        language=language,
        date=found.date or "",
    )


def _declared_language(tree: Any) -> str:
    """The language the page declares (``<html lang>``, Content-Language, og:locale,
    dc.language) as an ISO 639 code, "" when it declares none."""
    values = [tree.get("lang") or tree.get("xml:lang") or ""]
    for xpath in _LANGUAGE_XPATHS:
        values.extend(str(value) for value in tree.xpath(xpath))
    return next((code for code in map(language_code, values) if code), "")


def _one_line(value: str | None) -> str:
    return re.sub(r"\s+", " ", value or "").strip()
