"""Gzip-compressed inputs (``.json.gz``, ``.jsonl.gz``): records read as they inflate, within a
bound.

Collections of records are shipped compressed (news-please and Common Crawl dumps are), so they
are read without unpacking them first: the format's own reader gets a stream that inflates on
demand. A small file can inflate to gigabytes (a decompression bomb), so the stream stops at
``inflation_limit`` and says so; a truncated or corrupt file keeps what came before the damage,
with one warning, never a traceback.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Callable
from typing import BinaryIO

from timeline.documents.topmatter import Article, Warn

Reader = Callable[[BinaryIO, str, Warn], list[Article]]

EXTENSIONS = (".gz",)
GZIP_MAGIC = b"\x1f\x8b"
# Real text and JSON compress some 3 to 10 times, a decompression bomb some 1,000 times: a file
# is inflated to at most this many times its size on disk, and at least MIN_INFLATED. Read at
# call time (``compressed.MIN_INFLATED``), so a test can lower them.
MAX_INFLATION = 100
MIN_INFLATED = 256 * 1024 * 1024


def inflation_limit(compressed_size: int) -> int:
    """How many bytes a compressed file of this size may inflate to before it is cut."""
    return max(MIN_INFLATED, MAX_INFLATION * compressed_size)


def megabytes(size: int) -> str:
    """A size for a message: "256 MB"."""
    return f"{size // (1024 * 1024):,} MB"


def file_size(stream: BinaryIO) -> int:
    """The size on disk of an open file, 0 when it is no file (a pipe, bytes in memory)."""
    try:
        return os.fstat(stream.fileno()).st_size
    except (OSError, AttributeError, ValueError):
        return 0


class Inflated:
    """A gzip stream's inflated bytes, read on demand up to ``limit``: ``read``, ``readline``
    and ``seek(0)``, which is all the record readers use. Damage and the cut are recorded in
    ``problem`` and ``cut`` instead of raised, so the reader keeps what it got."""

    def __init__(self, raw: BinaryIO, limit: int) -> None:
        self._raw = raw
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")
        self.limit = limit
        self.total = 0
        self.cut = False
        self.problem = ""

    def _take(self, read: Callable[[int], bytes], size: int) -> bytes:
        if self.cut or self.problem:
            return b""
        room = self.limit - self.total
        wanted = room + 1 if size is None or size < 0 else min(size, room + 1)
        try:
            data = read(wanted)
        except EOFError:
            self.problem = "the compressed data ends early (a truncated file)"
            return b""
        except (OSError, zlib.error) as error:  # gzip.BadGzipFile is an OSError
            self.problem = _gzip_problem(error)
            return b""
        if len(data) > room:
            data, self.cut = data[:room], True
        self.total += len(data)
        return data

    def read(self, size: int = -1) -> bytes:
        return self._take(self._gzip.read, size)

    def readline(self, size: int = -1) -> bytes:
        return self._take(self._gzip.readline, size)

    def seek(self, offset: int, whence: int = 0) -> int:
        """Back to the start only (a reader that sniffed the head reads again from 0)."""
        if offset != 0 or whence != 0:
            raise OSError("an inflated stream can only seek back to its start")
        self._raw.seek(0)
        self._gzip = gzip.GzipFile(fileobj=self._raw, mode="rb")
        self.total, self.cut, self.problem = 0, False, ""
        return 0


def _gzip_problem(error: Exception) -> str:
    text = str(error)
    if text.startswith("Not a gzipped file"):
        return "not gzip-compressed data"
    if "CRC check failed" in text or "Incorrect length" in text:
        return "the compressed data is corrupt (checksum mismatch)"
    return f"the compressed data is corrupt ({text[:60]})"


def gunzipped(reader: Reader) -> Reader:
    """``reader`` for the gzip-compressed form of its format, bounded by ``inflation_limit``."""

    def read(stream: BinaryIO, name: str, warn: Warn, given: str = "") -> list[Article]:
        if stream.read(2) != GZIP_MAGIC:
            warn(f"{name}: not gzip-compressed data; nothing was read")
            return []
        stream.seek(0)
        limit = inflation_limit(file_size(stream))
        inflated = Inflated(stream, limit)
        said: list[str] = []
        found = reader(inflated, name, said.append, given)  # type: ignore[arg-type]
        if inflated.problem and not found:  # the damage explains it: one warning, not two
            said = [message for message in said if message != f"{name}: empty file"]
        for message in said:
            warn(message)
        if inflated.problem:
            kept = f"the {len(found)} article(s) before it were kept" if found else "nothing was read"
            warn(f"{name}: {inflated.problem}; {kept}")
        if inflated.cut:
            warn(
                f"{name}: inflates to over {megabytes(limit)} ({MAX_INFLATION} times its size or "
                f"{megabytes(MIN_INFLATED)}, a decompression bomb?); only that much was read"
            )
        return found

    read.__doc__ = f"{reader.__doc__} (gzip-compressed)"
    return read
