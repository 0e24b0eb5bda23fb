"""Bytes to text for articles of unknown origin: BOMs, UTF-8, UTF-16, cp1252, binary junk.

Scraped articles arrive in every encoding; a wrong guess garbles quotes and names, a binary
file read as text yields nonsense events. So decoding either succeeds with a known codec or
reports why the file was skipped.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from typing import BinaryIO

Warn = Callable[[str], None]

# Bounded reads: an article longer than this is truncated (with a warning), so a 100 MB
# file costs 1 MB of memory and seconds. A million characters is some 150,000 words, far
# beyond any news article (a collection belongs in .jsonl records, one article each).
# Read as ``decoding.MAX_TEXT`` at call time, so a test can lower it in one place.
MAX_TEXT = 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class Undecodable(Exception):
    """The bytes are not text (binary) or not in any encoding we can read."""


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """Plain-ASCII text in UTF-16 has a NUL in every other byte."""
    sample = head[:4096]
    if len(sample) < 4:
        return None
    odd, even = sample[1::2], sample[0::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _trim_partial(data: bytes, encoding: str) -> bytes:
    """Drop a character cut in half by a bounded read."""
    if encoding.startswith("utf-16"):
        return data[: len(data) - len(data) % 2]
    if encoding.startswith("utf-32"):
        return data[: len(data) - len(data) % 4]
    for back in range(1, 4):
        if len(data) >= back and data[-back] & 0xC0 == 0xC0:  # a lead byte near the end
            needed = 2 if data[-back] < 0xE0 else 3 if data[-back] < 0xF0 else 4
            return data[:-back] if needed > back else data
        if len(data) >= back and data[-back] & 0xC0 != 0x80:
            return data
    return data


def is_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not an article."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head)) > max(8, len(head) // 20)


def decode(data: bytes, *, truncated: bool = False, html: bool = False) -> tuple[str, str]:
    """Text and a note ("" or what was done, e.g. bytes replaced) for one file's bytes.

    Order: BOM (UTF-8/16/32), UTF-16 without BOM, UTF-8, the charset an HTML page declares,
    UTF-8 with a few bad bytes replaced, then cp1252 and latin-1 (which never fail).
    Raises Undecodable for binary content and for text that contradicts its own BOM.
    """
    encoding = bom_encoding(data) or (_utf16_without_bom(data) if b"\x00" in data[:4096] else None)
    if encoding:
        if truncated:
            data = _trim_partial(data, encoding)
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise Undecodable(f"not valid {encoding.upper()} ({error.reason})") from None
        if "\x00" in text:
            raise Undecodable("binary content (NUL bytes)")
        return text.lstrip("\ufeff"), ""
    if is_binary(data):
        raise Undecodable("binary content (NUL or control bytes), not text")
    if truncated:
        data = _trim_partial(data, "utf-8")
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    if html:
        declared = _CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared[1].decode("ascii")), ""
            except (LookupError, UnicodeDecodeError):
                pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = sum(1 for ch in replaced if ord(ch) > 127) - bad
    if good > 4 * bad:
        return replaced, f"{bad} invalid UTF-8 byte sequence(s) replaced"
    try:
        return data.decode("cp1252"), ""
    except UnicodeDecodeError:
        return data.decode("latin-1"), ""


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR (old Mac) become LF, so offsets and line logic agree everywhere."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_article_text(stream: BinaryIO, name: str, warn: Warn) -> str | None:
    """The decoded text of one article file, read to ``MAX_TEXT``; None (after one warning)
    for an empty, binary or undecodable file."""
    return decode_article(stream.read(MAX_TEXT + 1), name, warn)


def decode_article(
    data: bytes, name: str, warn: Warn, *, html: bool = False, limit: int | None = None
) -> str | None:
    """Bytes of one article, read to at most ``limit + 1`` (default ``MAX_TEXT + 1``), as text
    with LF line ends; past the limit only the start is kept, with a warning."""
    limit = MAX_TEXT if limit is None else limit
    truncated = len(data) > limit
    if truncated:
        data = data[:limit]
    if not data.strip():
        warn(f"{name}: empty file")
        return None
    try:
        text, note = decode(data, truncated=truncated, html=html)
    except Undecodable as error:
        warn(f"{name}: skipped, {error}")
        return None
    if note:
        warn(f"{name}: {note}")
    if truncated:
        warn(f"{name}: longer than {limit // (1024 * 1024)} MB; only the start was read")
    return normalize_newlines(text)


def checked_text(data: str, name: str, warn: Warn, *, limit: int | None = None) -> str | None:
    """The same checks for text that arrives already decoded (a text-mode stdin)."""
    limit = MAX_TEXT if limit is None else limit
    if not data.strip():
        warn(f"{name}: empty input")
        return None
    if "\x00" in data:
        warn(f"{name}: skipped, binary content (NUL bytes), not text")
        return None
    if len(data) > limit:
        warn(f"{name}: longer than {limit // (1024 * 1024)} MB; only the start was read")
        data = data[:limit]
    return normalize_newlines(data.lstrip("\ufeff"))
