"""Word articles (.docx), read with python-docx.

Press releases, drafts and articles pasted from a newspaper's site are passed around as Word
files. Each paragraph (headings too) is a line of the article, with a blank line between
paragraphs, as a page's blocks are; a table's rows are lines of their cells. Headers, footers
and comments are no part of the article.

Top matter: the text's own top first (headline, header line, dateline), as for any article;
the document's properties only fill what it lacks: their title unless a tool made it up, their
creation date as a last resort (a file is created when its article is written, or later when
it is pasted into one), never python-docx's own template date.

A .docx is a zip archive, so a small file can unpack to gigabytes: one whose parts declare more
than ``MAX_DOCX_INFLATED`` is skipped before anything is unpacked (zipfile then holds each part
to its declared size).
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from typing import Any, BinaryIO

from timeline.documents import decoding
from timeline.documents.compressed import megabytes
from timeline.documents.topmatter import (
    Article,
    Warn,
    fallback_date,
    file_title,
    language_code,
    read_article,
)

EXTENSIONS = (".docx",)
MAX_DOCX_INFLATED = 256 * 1024 * 1024
# The parts of a zip archive and of an old binary Word file (or a password-protected .docx,
# which Word stores the same way).
_ZIP_MAGIC = b"PK"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# python-docx's own template was created then: a file it wrote without setting the date.
_TEMPLATE_CREATED = datetime(2013, 12, 23, 23, 15)


class _Skip(Exception):
    """The file yields no article, for the reason given (already a warning's words)."""


def read_docx(stream: BinaryIO, name: str, warn: Warn, given: str = "") -> list[Article]:
    """The article in a Word file; none, after one warning, for a damaged or foreign file."""
    try:
        _check_archive(stream)
        stream.seek(0)
        article = _read(stream, name, warn, given)
    except _Skip as reason:
        warn(f"{name}: skipped, {reason}")
        return []
    except Exception as error:  # a damaged part fails deep in zipfile or lxml: one file, never the run
        warn(f"{name}: skipped, a damaged or truncated .docx ({_reason(error)})")
        return []
    return [article]


def _check_archive(stream: BinaryIO) -> None:
    """A zip archive holding a Word document of a bounded size, or ``_Skip`` saying why not."""
    head = stream.read(8)
    if head.startswith(_OLE_MAGIC):
        raise _Skip("an old Word .doc (or a password-protected .docx), not a .docx: save it as .docx")
    if not head.startswith(_ZIP_MAGIC):
        raise _Skip("not a .docx (not a zip archive)")
    stream.seek(0)
    try:
        with zipfile.ZipFile(stream) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise _Skip(f"a damaged or truncated .docx ({_reason(error)})") from None
    if not any(part.filename == "word/document.xml" for part in parts):
        raise _Skip("not a Word document (a zip archive without word/document.xml)")
    inflated = sum(part.file_size for part in parts)
    if inflated > MAX_DOCX_INFLATED:
        raise _Skip(f"unpacks to over {megabytes(MAX_DOCX_INFLATED)} ({megabytes(inflated)})")


def _read(stream: BinaryIO, name: str, warn: Warn, given: str = "") -> Article:
    import docx

    document = docx.Document(stream)
    text = "\n\n".join(_blocks(document))
    if not text.strip():
        raise _Skip("no text in this document")
    if len(text) > decoding.MAX_TEXT:
        warn(f"{name}: text longer than {megabytes(decoding.MAX_TEXT)}; truncated")
        text = text[: decoding.MAX_TEXT]
    properties = document.core_properties
    article = read_article(text, name, warn, title=file_title(properties.title or "", text), given=given)
    created = properties.created
    if isinstance(created, datetime) and created.replace(tzinfo=None) != _TEMPLATE_CREATED:
        fallback_date(article.top, created.date(), "metadata")
    article.language = language_code(properties.language or "")
    return article


def _blocks(document: Any) -> list[str]:
    """The body's paragraphs and table rows in document order, each on one line (a line
    break inside a paragraph stays one), empty ones left out."""
    from docx.table import Table

    out = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:  # a merged cell is listed once for each column it spans
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):
                        cells.append(value)
                if cells:
                    out.append(" | ".join(cells))
            continue
        lines = [" ".join(line.split()) for line in block.text.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            out.append(paragraph)
    return out


def _reason(error: Exception) -> str:
    text = " ".join(str(error).split())
    text = text if len(text) <= 80 else text[:77] + "..."
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
