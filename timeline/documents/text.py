"""Plain-text and Markdown articles: one file, one article.

Text is the common case (copied from a page, saved from a wire feed), so it gets nothing but
the shared top matter. Markdown adds a front matter (title, date, outlet) and markup that
carries no reporting (image and link syntax, heading marks), removed so that sentences read
as the article does.
"""

from __future__ import annotations

import re
from typing import BinaryIO

from timeline.documents import decoding
from timeline.documents.topmatter import (
    DATE_FIELDS,
    OUTLET_FIELDS,
    Article,
    Warn,
    language_code,
    read_article,
    web_address,
)

EXTENSIONS = (".txt",)
MARKDOWN_EXTENSIONS = (".md", ".markdown")


def read_text(stream: BinaryIO, name: str, warn: Warn, given: str = "") -> list[Article]:
    """The article in a text file (any extension that is not another format's); ``given``: the
    language ``--lang`` names."""
    text = decoding.read_article_text(stream, name, warn)
    article = None if text is None else from_text(text, name, warn, given)
    return [article] if article else []


def read_markdown(stream: BinaryIO, name: str, warn: Warn, given: str = "") -> list[Article]:
    """The article in a Markdown file, with its front matter."""
    text = decoding.read_article_text(stream, name, warn)
    article = None if text is None else from_markdown(text, name, warn, given)
    return [article] if article else []


def from_text(text: str, name: str, warn: Warn, given: str = "") -> Article | None:
    """An article from decoded text; None (after one warning) when it is blank."""
    if not text.strip():
        warn(f"{name}: empty file")
        return None
    return read_article(text, name, warn, given=given)


def from_markdown(text: str, name: str, warn: Warn, given: str = "") -> Article | None:
    """An article from decoded Markdown; None (after one warning) when it is blank."""
    text, fields, offset = _markdown(text)
    if not text.strip():
        warn(f"{name}: empty file")
        return None
    dates = [fields.get(k) for k in DATE_FIELDS if fields.get(k)]
    site = next((fields[k] for k in OUTLET_FIELDS if fields.get(k)), "")
    article = read_article(
        text, name, warn, title=fields.get("title", ""), dates=dates, site=site, offset=offset,
        language=language_code(fields.get("language") or fields.get("lang", "")), given=given,
    )
    article.url = web_address(fields.get("url", ""))
    return article


def _markdown(text: str) -> tuple[str, dict[str, str], int]:
    """Text with link syntax removed, the front matter's fields (lowercase keys, the title
    from the first heading when it has none) and its length."""
    fields: dict[str, str] = {}
    offset = 0
    match = re.match(r"---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|$)", text, re.DOTALL)
    if match and len(match[0]) < 65536:
        offset = match.end()
        for line in match[1].split("\n"):
            key, sep, value = line.partition(":")
            if sep and key.strip() and not key.startswith((" ", "\t")):
                fields.setdefault(key.strip().lower(), value.strip().strip("'\""))
    body = text[offset:]
    body = re.sub(r"!\[[^\]\n]*\]\([^)\n]*\)", "", body)  # images carry no reporting
    body = re.sub(r"\[([^\]\n]+)\]\([^)\n]*\)", r"\1", body)  # a link's words, not its URL
    body = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", body)  # left by removed images
    heading = re.search(r"^#[ \t]+(.+?)[ \t#]*$", body, re.MULTILINE)
    body = re.sub(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", r"\1", body, flags=re.MULTILINE)
    if not fields.get("title") and heading:
        fields["title"] = heading[1].strip()
    return text[:offset] + body, fields, offset
