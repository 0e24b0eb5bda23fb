"""Web archives (WARC, WARC.gz), read with warcio: every HTML page the archive captured is an
article.

Crawls keep what they fetched as WARC (Common Crawl News is WARC): each HTML response (status
200, ``text/html`` or XHTML; a ``resource`` record of HTML too) is read by the page reader
(``html``), exactly as a saved page. Its address is the record's target URI (where the page
was captured); its outlet, when the page names none, that address's domain; and its
publication date is the page's own (markup, header line, dateline) first. The day the archive
captured it (WARC-Date) only stands in when the page gives none, marked ``archive``: a page is
published before it is captured, and news crawls capture within hours, but an archive made
later would date its pages late.

Nothing is dropped without a word: other responses (not HTML, not 200, revisits, duplicates of
a page already read) are counted in one line; a broken record is one warning naming the
archive and the record's offset (what ``warcio extract`` and CDX indexes use), and reading
goes on at the next record. A compressed archive is inflated to at most 100 times its size
(``compressed.inflation_limit``), so a decompression bomb is cut, with a warning.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, BinaryIO

from timeline.documents import compressed, decoding
from timeline.documents import html as html_format
from timeline.documents.topmatter import (
    Article,
    Warn,
    fallback_date,
    file_stem,
    language_code,
    metadata_outlet,
    parse_date,
    web_address,
)

EXTENSIONS = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# After this many broken records in one archive the rest are counted, not listed one by one.
MAX_BROKEN_WARNINGS = 20
# Where a damaged archive is searched for the next record, this much at a time.
_SCAN_BLOCK = 1024 * 1024
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_START = re.compile(rb"\nWARC/1\.[01]\r?\n")
_BAD_LENGTH = re.compile(r"Record not followed by newline.*?Offset: (\d+)", re.DOTALL)


class _TooLarge(Exception):
    """The archive inflated past its limit."""


class _Damaged(Exception):
    """A record warcio read without complaint is not whole (the message says how)."""


_CUT_SHORT = "cut short: the archive ends inside it"


@dataclass
class _Archive:
    """What reading one archive found: its articles and everything it skipped."""

    name: str
    warn: Warn
    articles: list[Article] = field(default_factory=list)
    not_html: Counter[str] = field(default_factory=Counter)
    not_ok: Counter[str] = field(default_factory=Counter)
    revisits: int = 0
    duplicates: int = 0
    broken: int = 0
    digests: set[str] = field(default_factory=set)
    added_at: int = -1  # the offset of the record the last article came from


def read_warc(stream: BinaryIO, name: str, warn: Warn, given: str = "") -> list[Article]:
    """Every HTML page a WARC (or WARC.gz) archive holds, as articles."""
    archive = _Archive(name, warn)
    size = compressed.file_size(stream)
    if not size and not stream.read(1):
        warn(f"{name}: empty file")
        return []
    stream.seek(0)
    limit = compressed.inflation_limit(size)
    noise = io.StringIO()
    position: int | None = 0
    with contextlib.redirect_stderr(noise):  # warcio prints its complaints: ours are the warnings
        while position is not None:
            position = _read_from(stream, position, archive, limit)
    bad_lengths = sorted({int(offset) for offset in _BAD_LENGTH.findall(noise.getvalue())})
    if bad_lengths:
        shown = ", ".join(map(str, bad_lengths[:5])) + (" ..." if len(bad_lengths) > 5 else "")
        warn(f"{name}: {len(bad_lengths)} record(s) whose Content-Length does not match the data "
             f"(before offset {shown}); read as far as they go")
    if archive.broken > MAX_BROKEN_WARNINGS:
        warn(f"{name}: {archive.broken - MAX_BROKEN_WARNINGS} more broken records skipped")
    _summary(archive)
    return archive.articles


def _read_from(stream: BinaryIO, position: int, archive: _Archive, limit: int) -> int | None:
    """Read records from ``position`` on; where the archive breaks, the offset to go on from
    (None at its end)."""
    from warcio.archiveiterator import WARCIterator

    stream.seek(position)
    records = WARCIterator(stream)  # WARC only: an ARC reader takes any line of words for a header
    records.reader = _bounded_reader(stream, limit)
    try:
        for record in records:
            _record(record, records.offset, archive)
        if records.offset < compressed.file_size(stream):  # a gzip member too short to yield one
            raise _Damaged(_CUT_SHORT)
    except _TooLarge:
        archive.warn(
            f"{archive.name}: inflates to over {compressed.megabytes(limit)} ({compressed.MAX_INFLATION}"
            f" times its size or {compressed.megabytes(compressed.MIN_INFLATED)}, a decompression "
            f"bomb?); the records from offset {records.offset} on were not read"
        )
        return None
    except Exception as error:  # a damaged record: warcio, zlib and parsers raise many kinds
        offset = records.offset
        if archive.added_at == offset:  # its page was read, but its data then proved damaged
            archive.articles.pop()
            archive.added_at = -1
        following = _next_record(stream, offset + 1)
        if offset == 0 and following is None and not archive.articles:
            archive.warn(f"{archive.name}: skipped, not a WARC archive ({_reason(error)})")
            return None
        archive.broken += 1
        if archive.broken <= MAX_BROKEN_WARNINGS:
            rest = "" if following is not None else ", and no record after it"
            archive.warn(
                f"{archive.name}: broken record at offset {offset} ({_reason(error)}); skipped{rest}"
            )
        return following
    return None


def _record(record: Any, offset: int, archive: _Archive) -> None:
    """One record: an article if it is an HTML page, else counted as what it is. A damaged
    record (no Content-Length, less data than it declares) raises ``_Damaged`` and counts as
    nothing else."""
    if record.rec_headers.get_header("Content-Length") is None:
        raise _Damaged("its header has no Content-Length (damaged, or the archive ends inside it)")
    kind, key, headers = _classify(record)
    data = b""
    if kind == "page":
        data = record.content_stream().read(html_format.MAX_PAGE_BYTES + 1)
        if not key and not data.lstrip()[:100].lower().startswith((b"<!doctype html", b"<html")):
            kind, key = "not_html", "no type"
    _drain(record)  # a record cut short is counted as nothing
    digest = record.rec_headers.get_header("WARC-Payload-Digest") or ""
    if kind == "page" and digest and digest in archive.digests:
        kind = "duplicate"
    if kind != "page":
        _count_skipped(archive, kind, key)
        return
    where = f"{archive.name}, record at offset {offset}"
    markup = _markup(data, headers.get_header("Content-Type") or "", where, archive.warn)
    article = None if markup is None else html_format.from_html(markup, where, archive.warn)
    if article is None:
        return
    if digest:
        archive.digests.add(digest)
    uri = web_address(record.rec_headers.get_header("WARC-Target-URI") or "")
    article.path = archive.name
    article.base_id = f"{file_stem(archive.name)}:{offset}"
    article.url = uri or article.url
    metadata_outlet(article.top, uri)  # the page's own site name comes first
    fallback_date(article.top, _captured(record), "archive")
    article.language = article.language or language_code(headers.get_header("Content-Language") or "")
    archive.articles.append(article)
    archive.added_at = offset


def _classify(record: Any) -> tuple[str, str, Any]:
    """What a record is: ("page", its HTML type or "" when it names none, its headers), or
    what it is counted as ("not_html" and its type, "not_ok" and its status, "revisit"), or
    "none" for records that are no capture of a page (request, metadata, warcinfo)."""
    kind = record.rec_type
    if kind == "revisit":
        return "revisit", "", None
    if kind == "resource":
        status, headers = "200", record.rec_headers
    elif kind == "response" and record.http_headers is not None:
        status, headers = record.http_headers.get_statuscode() or "?", record.http_headers
    elif kind == "response":  # a DNS or other non-HTTP capture
        return "not_html", record.rec_headers.get_header("Content-Type") or "no type", None
    else:
        return "none", "", None
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type and content_type not in HTML_TYPES:
        return "not_html", content_type, headers
    if status != "200":
        return "not_ok", status, headers
    return "page", content_type, headers


def _count_skipped(archive: _Archive, kind: str, key: str) -> None:
    if kind == "not_html":
        archive.not_html[key] += 1
    elif kind == "not_ok":
        archive.not_ok[key] += 1
    elif kind == "revisit":
        archive.revisits += 1
    elif kind == "duplicate":
        archive.duplicates += 1


def _drain(record: Any) -> None:
    """Read the rest of the record (warcio would, to reach the next one) and check that it
    held all its Content-Length promised."""
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    if getattr(stream, "limit", 0) > 0:
        raise _Damaged(_CUT_SHORT)


def _markup(data: bytes, content_type: str, where: str, warn: Warn) -> str | None:
    """The page's text: UTF-8, else the charset its HTTP header declares, else the usual
    fallbacks (its own meta charset, cp1252)."""
    charset = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    if charset and len(data) <= html_format.MAX_PAGE_BYTES:
        try:
            codec = codecs.lookup(charset[1]).name
            data.decode("utf-8")
        except LookupError:
            pass
        except UnicodeDecodeError:
            with contextlib.suppress(UnicodeDecodeError):
                text = data.decode(codec)
                if text.strip() and "\x00" not in text:
                    return decoding.normalize_newlines(text)
    return decoding.decode_article(data, where, warn, html=True, limit=html_format.MAX_PAGE_BYTES)


def _captured(record: Any) -> date | None:
    """The day the archive captured the record (WARC-Date)."""
    return parse_date(record.rec_headers.get_header("WARC-Date") or "", fallback=False)


def _summary(archive: _Archive) -> None:
    """One line for all that was not read as a page."""
    parts = []
    if archive.not_html:
        parts.append(f"{_count(archive.not_html, 'response')} not HTML ({_top(archive.not_html)})")
    if archive.not_ok:
        parts.append(
            f"{_count(archive.not_ok, 'page')} with a status other than 200 ({_top(archive.not_ok)})"
        )
    if archive.revisits:
        parts.append(f"{archive.revisits} revisit record(s) (a capture stored elsewhere)")
    if archive.duplicates:
        parts.append(f"{archive.duplicates} duplicate(s) of a page already read")
    if parts:
        pages = len(archive.articles)
        archive.warn(f"{archive.name}: read {pages} HTML page{'s' if pages != 1 else ''}; skipped "
                     + ", ".join(parts))


def _count(counts: Counter[str], noun: str) -> str:
    total = sum(counts.values())
    return f"{total} {noun}{'s' if total != 1 else ''}"


def _top(counts: Counter[str]) -> str:
    kinds = sorted(counts, key=lambda kind: (-counts[kind], kind))
    shown = ", ".join(f"{counts[kind]} {kind}" for kind in kinds[:4])
    return shown + (f" and {len(kinds) - 4} more kinds" if len(kinds) > 4 else "")


def _next_record(stream: BinaryIO, start: int) -> int | None:
    """Where the next record after a damaged one begins: the next gzip member in a compressed
    archive, the next "WARC/1.x" line in a plain one; None when there is none."""
    stream.seek(0)
    gzipped = stream.read(2) == _GZIP_MEMBER[:2]
    position = start
    for block in _blocks(stream, start):
        if gzipped:
            found = block.find(_GZIP_MEMBER)
        else:
            match = _WARC_START.search(block)
            found = -1 if match is None else match.start() + 1  # after the line break
        if found >= 0:
            return position + found
        position += len(block) - 16  # the blocks overlap, so a marker across two is found
    return None


def _blocks(stream: BinaryIO, start: int) -> Iterator[bytes]:
    position = start
    while True:
        stream.seek(position)
        block = stream.read(_SCAN_BLOCK)
        if len(block) <= 16:
            return
        yield block
        position += len(block) - 16


def _bounded_reader(stream: BinaryIO, limit: int) -> Any:
    """warcio's reader of the archive's bytes, inflating gzip members, that stops the
    archive when it has inflated ``limit`` bytes."""
    from warcio.bufferedreaders import DecompressingBufferedReader

    class Bounded(DecompressingBufferedReader):  # type: ignore[misc]
        def _process_read(self, data: bytes) -> None:
            super()._process_read(data)
            if self.num_read > limit:
                raise _TooLarge

    return Bounded(stream)


def _reason(error: Exception) -> str:
    if isinstance(error, _Damaged):
        return str(error)
    text = " ".join(str(error).split())
    if "first line:" in text:  # warcio quotes the bytes it found: binary junk in a message
        return "no WARC record header there"
    text = text if len(text) <= 80 else text[:77] + "..."
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
