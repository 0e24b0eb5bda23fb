"""PDF articles: the text layer, page by page, read with pypdf.

Articles reach a story as PDFs printed from a browser, press releases and reports. Only the
text layer is read: a scan without one is reported (run OCR on it first), never guessed at. A
page break is a paragraph break; within a page a wider vertical gap, a jump back up (a new
column or box) or a change of type size starts a paragraph, so a headline, a byline or a
dateline stands alone as in any other article. Lines repeated at the top or bottom of most
pages (running heads, page numbers, a browser's print header and footer) are dropped.

Top matter: the title from the document information unless it is a file name or a tool's
default, else the text's headline. The publication date comes from the text's own top (a
header line, a dateline) first; the document's creation date is only a fallback, since a PDF
is made when its article is published or later (a report exported on the day, an article
saved months after): it is never used for a page printed from a browser, whose creation date
is the day of the printing.

pypdf is imported inside the functions: ``timeline --help`` and other formats never pay for it.
"""

from __future__ import annotations

import contextlib
import logging
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any, BinaryIO

from timeline.documents import decoding
from timeline.documents.compressed import file_size, megabytes
from timeline.documents.topmatter import (
    Article,
    Warn,
    fallback_date,
    file_title,
    language_code,
    make_date,
    read_article,
)

EXTENSIONS = (".pdf",)
# pypdf reads a PDF from its end (the cross-reference table) and rebuilds a damaged one by
# reading it whole: bigger files are skipped, so one file never costs more than this.
MAX_PDF_BYTES = 256 * 1024 * 1024
# A book-length PDF is read to this page (and, like every article, to ``decoding.MAX_TEXT``).
MAX_PAGES = 2000
# A line spacing this much wider than the page's usual one starts a paragraph; so does a line
# whose type is this much larger or smaller than the line before it (a headline).
PARAGRAPH_GAP = 1.4
SIZE_CHANGE = 1.15
# Running heads and footers are looked for among a page's first and last lines.
EDGE_LINES = 3
# Producers and creators of PDFs printed from a web browser: their creation date is the day
# of the printing, not of the article.
_BROWSER_PRINT = ("skia/pdf", "chrome", "chromium", "mozilla", "firefox", "cairo", "webkit",
                  "wkhtmltopdf", "print to pdf")
_PDF_DATE = re.compile(r"^\s*(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "ft",
                            "ﬆ": "st", "\xad": None})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# What a browser prints around a page: the time of printing (and the page's title) at the top,
# its address and the page number at the bottom.
_PRINT_FURNITURE = re.compile(
    r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s|$)"
    r"|^(?:https?|file)://\S+ \d+/\d+$"
)


class _Skip(Exception):
    """The PDF yields no article, for the reason given (already a warning's words)."""


@dataclass(frozen=True)
class _Line:
    """One line of a page in reading order, with its baseline and type size where known."""

    text: str
    y: float | None = None
    size: float = 0.0


def read_pdf(stream: BinaryIO, name: str, warn: Warn, given: str = "") -> list[Article]:
    """The article in a PDF's text layer; none, after one warning, for a scan, an encrypted
    or a damaged file."""
    size = file_size(stream)
    if size > MAX_PDF_BYTES:
        warn(f"{name}: skipped, a PDF over {megabytes(MAX_PDF_BYTES)}")
        return []
    try:
        with _quiet():
            article = _read(stream, name, warn, given)
    except _Skip as reason:
        warn(f"{name}: skipped, {reason}")
        return []
    except Exception as error:  # pypdf raises many kinds on damaged files: one file, never the run
        warn(f"{name}: skipped, a damaged or truncated PDF ({_reason(error)})")
        return []
    return [article]


def _read(stream: BinaryIO, name: str, warn: Warn, given: str = "") -> Article:
    import pypdf
    from pypdf.errors import DependencyError

    if b"%PDF-" not in stream.read(1024):
        raise _Skip("not a PDF (no %PDF- header)")
    stream.seek(0)
    reader = pypdf.PdfReader(stream, strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")  # many PDFs are locked for editing, not for reading
        except DependencyError:
            raise _Skip("encrypted with AES, which needs the 'cryptography' package") from None
        if not opened:
            raise _Skip("the PDF is encrypted (it needs a password to open)")
    total = len(reader.pages)
    if not total:
        raise _Skip("no pages (a damaged or truncated PDF?)")
    pages, failed, images, length = [], 0, 0, 0
    for number, page in enumerate(reader.pages, start=1):
        if number > MAX_PAGES or length > decoding.MAX_TEXT:
            limit = f"{MAX_PAGES} pages" if number > MAX_PAGES else megabytes(decoding.MAX_TEXT)
            warn(f"{name}: longer than {limit}; read to page {number - 1} of {total}")
            break
        try:
            lines = _page_lines(page)
        except Exception:  # one damaged page: the others are still read
            failed += 1
            lines = []
        if not any(line.text for line in lines):
            images += _has_image(page)
        pages.append(lines)
        length += sum(len(line.text) + 1 for line in lines)
    if failed:
        warn(f"{name}: {failed} of {total} pages could not be read; the others were")
    info = _info(reader)
    text = _text(pages, printed=_printed_from_browser(info))
    if not text.strip():
        if images:
            raise _Skip(f"no text layer: its {'page is an image' if total == 1 else 'pages are images'}"
                        " (a scan? run OCR on it first, e.g. with ocrmypdf)")
        raise _Skip("no text in this PDF")
    if len(text) > decoding.MAX_TEXT:
        text = text[: decoding.MAX_TEXT]
    article = read_article(text, name, warn, title=file_title(info.get("/Title", ""), text), given=given)
    if not _printed_from_browser(info):
        fallback_date(article.top, _pdf_date(info.get("/CreationDate", "")), "metadata")
    article.language = _language(reader)
    return article


def _page_lines(page: Any) -> list[_Line]:
    """The page's lines in pypdf's reading order, each with its baseline and type size.

    pypdf hands every piece of text it writes to a visitor, with the text and transformation
    matrices in force; when the pieces add up to its text, they tell where each line sits.
    """
    pieces: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text:
            # The text matrix in page space: its vertical scale and its baseline.
            scale = abs(tm[2] * cm[1] + tm[3] * cm[3]) or 1.0
            baseline = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append((text, baseline, (size or 0.0) * scale))

    plain = page.extract_text(visitor_text=visit)
    if "".join(piece[0] for piece in pieces) != plain:
        return [_Line(_clean(line)) for line in plain.split("\n")]
    lines: list[_Line] = []
    parts: list[str] = []
    baseline: float | None = None
    size = 0.0
    for text, at, height in pieces:
        for index, part in enumerate(text.split("\n")):
            if index:
                lines.append(_Line(_clean("".join(parts)), baseline, size))
                parts, baseline, size = [], None, 0.0
            if part:
                parts.append(part)
                if part.strip():
                    baseline = at if baseline is None else baseline
                    size = max(size, height)
    lines.append(_Line(_clean("".join(parts)), baseline, size))
    return [line for line in lines if line.text]


def _clean(line: str) -> str:
    return " ".join(_CONTROL.sub("", line.translate(_LIGATURES)).split())


def _text(pages: list[list[_Line]], printed: bool = False) -> str:
    """The pages' text: running heads and footers (and a browser's print stamp and address
    line) dropped, paragraphs separated by a blank line, and each page break one too unless
    a sentence runs on over it (no full stop before it, lower case after)."""
    repeated = _running_lines(pages)
    usual = _usual_spacing(pages)
    text = ""
    for lines in pages:
        kept = [line for number, line in enumerate(lines)
                if not (_key(line.text) in repeated and _at_edge(number, len(lines)))
                and not (printed and _at_edge(number, len(lines)) and _PRINT_FURNITURE.match(line.text))]
        if not kept:
            continue
        page = _paragraphs(kept, usual)
        if text:
            runs_on = not text.endswith((".", "!", "?", '"', "”", ":")) and page[:1].islower()
            text += "\n" if runs_on else "\n\n"
        text += page
    return text


def _key(line: str) -> str:
    """A line with its numbers blanked: "Page 3 of 7" and "Page 4 of 7" are one running line."""
    return re.sub(r"\d+", "#", line.lower())


def _at_edge(number: int, count: int) -> bool:
    return number < EDGE_LINES or number >= count - EDGE_LINES


def _running_lines(pages: list[list[_Line]]) -> set[str]:
    """Lines at the top or bottom of at least two pages and of half of them: page furniture."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({_key(line.text) for number, line in enumerate(lines) if _at_edge(number, len(lines))})
    return {key for key, count in seen.items() if count >= max(2, len(pages) / 2)}


def _paragraphs(lines: list[_Line], usual: float | None) -> str:
    """One page's lines, a blank line where a paragraph starts."""
    out = [lines[0].text]
    for above, below in pairwise(lines):
        out.append("\n\n" if _starts_paragraph(above, below, usual) else "\n")
        out.append(below.text)
    return "".join(out)


def _spacing(above: _Line, below: _Line) -> float | None:
    """The step down from one baseline to the next in units of the type size (about 1.2
    inside a paragraph), None when unknown or not a step down to a line of the same size."""
    if above.y is None or below.y is None or not above.size or not below.size:
        return None
    step = above.y - below.y
    if step <= 0 or max(above.size, below.size) / min(above.size, below.size) > SIZE_CHANGE:
        return None
    return step / max(above.size, below.size)


def _usual_spacing(pages: list[list[_Line]]) -> float | None:
    """The document's line spacing: the smallest that recurs (rounded to 0.05), since most
    lines follow a line of their own paragraph and a paragraph's gap only adds to it; None
    when no spacing recurs."""
    found = [_spacing(above, below) for lines in pages for above, below in pairwise(lines)]
    counts = Counter(round(value * 20) / 20 for value in found if value is not None)
    recurring = [value for value, count in counts.items() if count >= 2]
    return min(recurring) if recurring else None


def _starts_paragraph(above: _Line, below: _Line, usual: float | None) -> bool:
    if above.y is None or below.y is None:
        return False
    if above.y - below.y < -max(below.size, 1.0):  # back up the page: another column or box
        return True
    small, large = sorted((above.size, below.size))
    if small > 0 and large / small > SIZE_CHANGE:  # a headline, a caption
        return True
    spacing = _spacing(above, below)
    return usual is not None and spacing is not None and spacing > PARAGRAPH_GAP * usual


def _has_image(page: Any) -> bool:
    """Whether the page draws an image: a page without text that does is a scan."""
    try:
        resources = page.get("/Resources")
        objects = resources.get_object().get("/XObject") if resources is not None else None
        if objects is None:
            return False
        objects = objects.get_object()
        return any(objects[key].get_object().get("/Subtype") == "/Image" for key in objects)
    except Exception:
        return False


def _info(reader: Any) -> dict[str, str]:
    """The document information as strings ({} when it is missing or damaged)."""
    try:
        info = reader.metadata or {}
        return {str(key): str(value) for key, value in info.items()}
    except Exception:
        return {}


def _pdf_date(raw: str) -> date | None:
    """The day of a PDF date string ("D:20220909140500+02'00'")."""
    match = _PDF_DATE.match(raw)
    if not match or not match[2] or not match[3]:
        return None
    return make_date(int(match[1]), int(match[2]), int(match[3]))


def _printed_from_browser(info: dict[str, str]) -> bool:
    made_by = f"{info.get('/Producer', '')} {info.get('/Creator', '')}".lower()
    return any(marker in made_by for marker in _BROWSER_PRINT)


def _language(reader: Any) -> str:
    """The language the document declares in its catalog (/Lang), as an ISO 639 code."""
    try:
        return language_code(str(reader.trailer["/Root"].get("/Lang") or ""))
    except Exception:
        return ""


def _reason(error: Exception) -> str:
    text = " ".join(str(error).split())
    text = text if len(text) <= 80 else text[:77] + "..."
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """pypdf logs and warns about each repair it makes to a damaged file: the one warning
    about the file is ours. A handler on its logger keeps Python from printing its records
    (they still reach any handler the application set up)."""
    logger = logging.getLogger("pypdf")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield
