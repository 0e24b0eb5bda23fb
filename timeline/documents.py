"""Load articles from files, folders, JSON records and stdin into ``Document`` records.

The first stage of the pipeline and the only one that touches the file system. It must
survive whatever a user points it at: a bad file among good ones is skipped with one warning
naming it; only when nothing at all can be read does it raise ``InputError``. Every article
gets the publication date it states about itself (metadata, header line or dateline), never
today's date, because that date anchors every "Friday" and "last week" in its text.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, BinaryIO, TextIO

from timeline.decoding import Undecodable, bom_encoding, decode, is_binary, normalize_newlines
from timeline.errors import InputError, OptionError
from timeline.html_text import extract
from timeline.model import Document
from timeline.published import TopMatter, merge_spans, outlet_name, parse_date, read_top

# Bounded reads: an article longer than this is truncated (with a warning), so a 100 MB
# file costs 1 MB of memory and seconds. A million characters is some 150,000 words, far
# beyond any news article (a collection belongs in .jsonl records, one article each).
# A JSON (not JSONL) file must be parsed whole.
MAX_TEXT = 1024 * 1024
MAX_JSON_BYTES = 64 * 1024 * 1024
# After this many bad lines in one JSONL file the rest are counted, not listed one by one.
MAX_LINE_WARNINGS = 20

HTML_EXTS = (".html", ".htm")
MARKDOWN_EXTS = (".md", ".markdown")
TEXT_EXTS = (".txt",)
RECORD_EXTS = (".jsonl", ".json")
ARTICLE_EXTS = TEXT_EXTS + MARKDOWN_EXTS + HTML_EXTS + RECORD_EXTS
_EXT_LIST = ", ".join(ARTICLE_EXTS)
_DATE_FIELDS = ("published", "date", "date_publish")
# Record (and front matter) fields that name the outlet, best first; news-please writes
# "source_domain", NewsAPI a "source" object with a "name".
_OUTLET_FIELDS = ("outlet", "source", "source_domain")


@dataclass(frozen=True)
class PublishedOverrides:
    """Publication dates the user gave with ``--published``: for all documents or by name."""

    everything: date | None = None
    by_name: tuple[tuple[str, date], ...] = ()

    def lookup(self, document: Document) -> tuple[date | None, str]:
        """The date for this document and the option key that gave it ("" for all)."""
        names = {document.id, document.path, os.path.normpath(document.path),
                 os.path.basename(document.path)}
        for key, value in self.by_name:
            if key in names or os.path.normpath(key) in names:
                return value, key
        return self.everything, ""


def parse_published_options(values: Sequence[str]) -> PublishedOverrides:
    """Read ``--published DATE`` (all documents) and ``--published FILE=DATE`` values.

    Ambiguity is an error rather than a silent choice: two different dates for all
    documents, or for the same file, raise ``OptionError``.
    """
    everything: date | None = None
    by_name: dict[str, date] = {}
    for raw in values:
        name, sep, text = raw.rpartition("=")
        name, text = name.strip(), text.strip()
        if sep and not name:
            raise OptionError(f"--published {raw!r}: no file name before '='")
        when = parse_date(text) if text else None
        if when is None:
            raise OptionError(
                f"--published {raw!r}: {text!r} is not a full date (use YYYY-MM-DD)"
            )
        if not sep:
            if everything not in (None, when):
                raise OptionError(f"--published {raw!r}: a different date for all was given")
            everything = when
        else:
            if by_name.get(name, when) != when:
                raise OptionError(f"--published {raw!r}: a different date for {name} was given")
            by_name[name] = when
    return PublishedOverrides(everything, tuple(by_name.items()))


@dataclass
class _Item:
    """A loaded article before ids are made unique and overrides applied."""

    base_id: str
    path: str
    title: str
    text: str
    top: TopMatter
    # For article files: the path shown when two stems clash; "" for records.
    long_id: str = ""
    from_data: bool = False  # the id came from a record: a clash is the data's fault


@dataclass
class _Log:
    """Warnings held back until the end, so a total failure becomes one clear error."""

    warnings: list[str] = field(default_factory=list)

    def __call__(self, message: str) -> None:
        self.warnings.append(message)


def _stderr_warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def load_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: PublishedOverrides | None = None,
    warn: Callable[[str], None] | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> list[Document]:
    """Every article in the given files and folders ("-" is stdin), in a stable order.

    Bad files are skipped with one ``warn`` line each (default: stderr); if no article
    can be read at all, ``InputError`` says what was given and why nothing came of it.
    """
    log = _Log()
    loader = _Loader(log, stdin)
    given: list[str] = []
    for raw in paths:
        path = os.fsdecode(raw)
        given.append(path)
        loader.load(path)
    sink = warn or _stderr_warn
    if not loader.items:
        raise InputError(_nothing_loaded(given, log.warnings, sink))
    documents = _finish(loader.items, log)
    if published is not None:
        documents = _apply_overrides(documents, published, log)
    for message in log.warnings:
        sink(message)
    return documents


def _nothing_loaded(given: list[str], warnings: list[str], sink: Callable[[str], None]) -> str:
    if not given:
        return "no input given: name article files, folders, or - for stdin"
    names = ["stdin" if path == "-" else path for path in given]
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    if len(warnings) == 1:
        reason = warnings[0]
        prefix = names[0] + ": "
        if len(given) == 1 and reason.startswith(prefix):
            reason = reason[len(prefix):]
        return f"no articles found in {shown}: {reason}"
    for message in warnings:
        sink(message)
    return f"no articles found in {shown}: {len(warnings)} problems, see the warnings above"


def _finish(items: list[_Item], log: _Log) -> list[Document]:
    """Unique ids: a file stem, or its path when two stems clash; records keep their id."""
    stems: dict[str, int] = {}
    for item in items:
        if item.long_id:
            stems[item.base_id] = stems.get(item.base_id, 0) + 1
    taken: set[str] = set()
    documents = []
    for item in items:
        ident = item.long_id if item.long_id and stems[item.base_id] > 1 else item.base_id
        if ident in taken:
            number = 2
            while f"{ident}#{number}" in taken:
                number += 1
            if item.from_data:
                log(f"{item.path}: duplicate id {ident!r} renamed {ident}#{number}")
            ident = f"{ident}#{number}"
        taken.add(ident)
        top = item.top
        outlet, outlet_from = top.outlet, top.outlet_from
        if not outlet:  # the file's name tells a reader where the article came from
            outlet, outlet_from = ("stdin" if item.path == "-" else _stem(item.path)), "file"
        documents.append(
            Document(
                id=ident,
                path=item.path,
                title=item.title or top.title,
                text=item.text,
                published=top.published,
                published_from=top.published_from,
                published_hint=top.published_hint,
                metadata_spans=merge_spans(top.spans),
                outlet=outlet,
                outlet_from=outlet_from,
            )
        )
    return documents


def _apply_overrides(
    documents: list[Document], overrides: PublishedOverrides, log: _Log
) -> list[Document]:
    used: set[str] = set()
    out = []
    for document in documents:
        when, key = overrides.lookup(document)
        if key:
            used.add(key)
        if when is not None:
            document = replace(
                document, published=when, published_from="option", published_hint=""
            )
        out.append(document)
    for key, when in overrides.by_name:
        if key not in used:
            log(f"--published {key}={when.isoformat()}: no document matches {key!r}")
    return out


class _Loader:
    """Walks the inputs and turns each readable file into items, logging every skip."""

    def __init__(self, log: _Log, stdin: TextIO | BinaryIO | None) -> None:
        self.log = log
        self.stdin = stdin
        self.items: list[_Item] = []
        self.seen_files: dict[tuple[int, int], str] = {}
        self.seen_dirs: set[tuple[int, int]] = set()
        self.stdin_read = False

    def load(self, path: str) -> None:
        if path == "-":
            self._stdin()
            return
        if not os.path.lexists(path):
            self.log(f"{path}: no such file or folder")
            return
        if os.path.isdir(path):
            self._folder(path)
            return
        self._file(path, rel="")

    # Folders --------------------------------------------------------------------------
    def _folder(self, root: str) -> None:
        """Depth-first in sorted name order, hidden entries skipped, each folder once."""
        found = 0
        stack: list[str] = [root]
        while stack:
            current = stack.pop()
            if os.path.isdir(current):
                stack.extend(reversed(self._entries(current)))
                continue
            found += 1
            self._file(current, rel=os.path.relpath(current, root))
        if not found:
            self.log(f"{root}: no article files ({_EXT_LIST}) in this folder")

    def _entries(self, folder: str) -> list[str]:
        try:
            info = os.stat(folder)
        except OSError as error:
            self.log(f"{folder}: cannot open folder ({error.strerror})")
            return []
        key = (info.st_dev, info.st_ino)
        if key in self.seen_dirs:
            self.log(f"{folder}: skipped, this folder was already read (symlink loop?)")
            return []
        self.seen_dirs.add(key)
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            self.log(f"{folder}: cannot list folder ({error.strerror})")
            return []
        out = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = os.path.join(folder, entry.name)
            try:
                is_dir = entry.is_dir()
                readable = entry.is_file() or entry.is_symlink()  # a broken link is reported
            except OSError:
                is_dir, readable = False, True
            if is_dir:
                out.append(path)
            elif entry.name.lower().endswith(ARTICLE_EXTS):
                if readable:
                    out.append(path)
                else:  # a FIFO or device would block or never end
                    self.log(f"{path}: skipped, not a regular file")
        return out

    # Files ----------------------------------------------------------------------------
    def _file(self, path: str, rel: str) -> None:
        try:
            info = os.stat(path)
        except OSError as error:
            broken = os.path.islink(path) and isinstance(error, FileNotFoundError)
            self.log(f"{path}: " + ("broken symbolic link" if broken else
                                    f"cannot read ({error.strerror})"))
            return
        key = (info.st_dev, info.st_ino)
        if key in self.seen_files:
            self.log(f"{path}: skipped, same file as {self.seen_files[key]}")
            return
        self.seen_files[key] = path
        ext = os.path.splitext(path)[1].lower()
        try:
            with open(path, "rb") as stream:
                if ext == ".jsonl":
                    self._jsonl(stream, path, _stem(path))
                elif ext == ".json":
                    self._json_file(stream, path)
                else:
                    self._article_file(stream, path, rel or path, ext)
        except OSError as error:
            self.log(f"{path}: cannot read ({error.strerror or error})")

    def _article_file(self, stream: BinaryIO, path: str, long_id: str, ext: str) -> None:
        data = stream.read(MAX_TEXT + 1)
        text = self._decode(data, path, ext in HTML_EXTS)
        if text is None:
            return
        kind = "html" if ext in HTML_EXTS else "markdown" if ext in MARKDOWN_EXTS else "text"
        item = self._article(text, path, kind)
        if item is not None:
            item.base_id, item.long_id = _stem(path), long_id.replace(os.sep, "/")
            self.items.append(item)

    def _decode(self, data: bytes, name: str, html: bool) -> str | None:
        truncated = len(data) > MAX_TEXT
        if truncated:
            data = data[:MAX_TEXT]
        if not data.strip():
            self.log(f"{name}: empty file")
            return None
        try:
            text, note = decode(data, truncated=truncated, html=html)
        except Undecodable as error:
            self.log(f"{name}: skipped, {error}")
            return None
        if note:
            self.log(f"{name}: {note}")
        if truncated:
            self.log(f"{name}: longer than {MAX_TEXT // (1024 * 1024)} MB; only the start was read")
        return normalize_newlines(text)

    def _article(self, text: str, name: str, kind: str) -> _Item | None:
        """One article from decoded text of the given kind: text, markdown or html."""
        title, dates, offset, site = "", [], 0, ""
        if kind == "html":
            page = extract(text)
            text, title, dates, site = page.text, page.title, page.dates, page.site
        elif kind == "markdown":
            text, title, dates, offset, site = _markdown(text)
        if not text.strip():
            self.log(f"{name}: empty file" if kind != "html" else f"{name}: no visible text")
            return None
        top = read_top(text[offset:], name, self.log)
        top.spans = [(s + offset, e + offset) for s, e in top.spans]
        if offset:
            top.spans.append((0, offset))
        self._metadata_date(top, dates, name)
        _metadata_outlet(top, site)
        return _Item(base_id="", path=name, title=title, text=text, top=top)

    def _metadata_date(self, top: TopMatter, values: list[Any], name: str) -> None:
        """A date from metadata beats header and dateline: the publisher stated it."""
        for value in values:
            if value is None or value == "":
                continue
            if not isinstance(value, str):
                self.log(f"{name}: publication date {value!r} is not a string; ignored")
                continue
            when = parse_date(value)
            if when is None:
                self.log(f"{name}: publication date {value!r} is not a valid date; ignored")
                continue
            top.published, top.published_from, top.published_hint = when, "metadata", ""
            return

    # Records --------------------------------------------------------------------------
    def _record(self, record: Any, name: str, where: str, fallback_id: str) -> None:
        """One ``{"id", "published"|"date"|"date_publish", "title", "text"}`` record."""
        if not isinstance(record, dict):
            self.log(f"{where}: skipped, a record must be a JSON object, not {_kind(record)}")
            return
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            problem = "has no 'text'" if text is None or text == "" else (
                "has an empty 'text'" if isinstance(text, str)
                else f"'text' is {_kind(text)}, not a string"
            )
            self.log(f"{where}: skipped, record {problem}")
            return
        ident = record.get("id")
        if isinstance(ident, (str, int)) and not isinstance(ident, bool) and str(ident).strip():
            base_id, from_data = str(ident).strip(), True
        else:
            if ident is not None:
                self.log(f"{where}: 'id' is {_kind(ident)}, not a string; using {fallback_id}")
            base_id, from_data = fallback_id, False
        title = record.get("title")
        if title is not None and not isinstance(title, str):
            self.log(f"{where}: 'title' is {_kind(title)}, not a string; ignored")
            title = None
        text = normalize_newlines(text.replace("\x00", ""))
        if len(text) > MAX_TEXT:
            self.log(f"{where}: text longer than {MAX_TEXT // (1024 * 1024)} MB; truncated")
            text = text[:MAX_TEXT]
        top = read_top(text, where, self.log)
        top.title = ""  # a record's title is its 'title' field; the text may be hard-wrapped
        self._metadata_date(top, [record.get(f) for f in _DATE_FIELDS], where)
        _metadata_outlet(top, self._record_outlet(record, where))
        self.items.append(
            _Item(base_id=base_id, path=name, title=" ".join((title or "").split()), text=text,
                  top=top, from_data=from_data)
        )

    def _record_outlet(self, record: dict[str, Any], where: str) -> str:
        """The first of the outlet fields that names one: a string or an object's "name"."""
        for key in _OUTLET_FIELDS:
            value = record.get(key)
            if isinstance(value, dict):
                value = value.get("name")
            if value is None or value == "":
                continue
            if isinstance(value, str):
                return value
            self.log(f"{where}: '{key}' is {_kind(value)}, not a name; ignored")
        return ""

    def _jsonl(self, stream: BinaryIO, name: str, stem: str) -> None:
        head = stream.read(8192)
        if is_binary(head) and not bom_encoding(head):
            self.log(f"{name}: skipped, binary content (NUL or control bytes), not JSON lines")
            return
        stream.seek(0)
        self._records_from_lines(_any_lines(stream), name, stem)

    def _records_from_lines(
        self, lines: Iterable[tuple[int, str | None]], name: str, stem: str
    ) -> None:
        before, bad, total = len(self.items), 0, 0
        for number, line in lines:
            total += 1
            where = f"{name}:{number}"
            problem = ""
            if line is None:
                problem = "line longer than the size limit or not decodable; skipped"
            elif not line.strip():
                problem = "blank line skipped"
            else:
                try:
                    record = json.loads(line)
                except ValueError as error:
                    problem = f"broken JSON ({_short(error)}); line skipped"
                else:
                    self._record(record, name, where, f"{stem}:{number}")
                    continue
            bad += 1
            if bad <= MAX_LINE_WARNINGS:
                self.log(f"{where}: {problem}")
        if bad > MAX_LINE_WARNINGS:
            self.log(f"{name}: {bad - MAX_LINE_WARNINGS} more bad lines skipped")
        if total == 0:
            self.log(f"{name}: empty file")
        elif len(self.items) == before and bad == total:
            self.log(f"{name}: no usable records in {total} lines")

    def _json_file(self, stream: BinaryIO, path: str) -> None:
        data = stream.read(MAX_JSON_BYTES + 1)
        if len(data) > MAX_JSON_BYTES:
            self.log(
                f"{path}: skipped, a .json file over {MAX_JSON_BYTES // (1024 * 1024)} MB "
                "must be read whole; use JSON lines (.jsonl) instead"
            )
            return
        if not data.strip():
            self.log(f"{path}: empty file")
            return
        try:
            text, _ = decode(data)
        except Undecodable as error:
            self.log(f"{path}: skipped, {error}")
            return
        self._json_text(text, path, _stem(path))

    def _json_text(self, text: str, name: str, stem: str) -> None:
        try:
            data = json.loads(text)
        except ValueError as error:
            self.log(f"{name}: skipped, broken JSON ({_short(error)})")
            return
        if isinstance(data, dict):
            self._record(data, name, name, stem)
        elif isinstance(data, list):
            if not data:
                self.log(f"{name}: no records (an empty list)")
            for index, record in enumerate(data, start=1):
                self._record(record, name, f"{name}: record {index}", f"{stem}:{index}")
        else:
            self.log(f"{name}: skipped, JSON {_kind(data)} is not a record or a list of records")

    # Stdin ----------------------------------------------------------------------------
    def _stdin(self) -> None:
        """Sniff the stream: JSON lines if its first line is a JSON object, else one article."""
        if self.stdin_read:
            self.log("stdin: given twice; read once")
            return
        self.stdin_read = True
        stream: Any = self.stdin if self.stdin is not None else sys.stdin
        if stream is None:
            self.log("stdin: there is no standard input to read")
            return
        if isinstance(stream, io.TextIOBase) and getattr(stream, "buffer", None) is not None:
            stream = stream.buffer  # decode the bytes ourselves, with the fallbacks
        before = len(self.items)
        self._sniff_stdin(stream)
        for item in self.items[before:]:
            item.path = "-"  # the path as given; messages say "stdin"

    def _sniff_stdin(self, stream: Any) -> None:
        replay = _Replay(stream)
        first = replay.first_content_line()
        if first.startswith("{") and first.endswith("}") and _is_object(first):
            self._records_from_lines(_any_lines(replay), "stdin", "stdin")
            return
        data = replay.read(MAX_TEXT + 1)
        if isinstance(data, bytes):
            text = self._decode(data, "stdin", html=True)
        else:
            text = self._decode_str(data, "stdin")
        if text is None:
            return
        head = text.lstrip()[:1000].lower()
        if head.startswith(("[", "{")) and _is_json(text):  # "[Updated] Headline" is text
            self._json_text(text, "stdin", "stdin")
            return
        kind = "html" if head.startswith(("<!doctype html", "<html")) else "text"
        item = self._article(text, "stdin", kind)
        if item is not None:
            item.base_id = "stdin"
            self.items.append(item)

    def _decode_str(self, data: str, name: str) -> str | None:
        """Checks for text that arrives already decoded (a text-mode stdin)."""
        if not data.strip():
            self.log(f"{name}: empty input")
            return None
        if "\x00" in data:
            self.log(f"{name}: skipped, binary content (NUL bytes), not text")
            return None
        if len(data) > MAX_TEXT:
            self.log(f"{name}: longer than {MAX_TEXT // (1024 * 1024)} MB; only the start was read")
            data = data[:MAX_TEXT]
        return normalize_newlines(data.lstrip("\ufeff"))


class _Replay:
    """A stream whose first lines were read to sniff it, served again before the rest."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.kept: list[Any] = []

    def first_content_line(self) -> str:
        """The first non-blank line, decoded and stripped ("" if none in the first 1000)."""
        for _ in range(1000):
            line = self.stream.readline(MAX_TEXT + 1)
            self.kept.append(line)
            if not line or line.strip():
                break
        last = self.kept[-1] if self.kept else ""
        if isinstance(last, bytes):
            last = last.decode("utf-8", errors="replace")
        return last.lstrip("\ufeff").strip()

    def readline(self, limit: int = -1) -> Any:
        if self.kept:
            return self.kept.pop(0)
        return self.stream.readline(limit)

    def read(self, size: int) -> Any:
        start = self.kept[0][:0] if self.kept else None
        head = start.join(self.kept) if start is not None else None
        self.kept = []
        rest = self.stream.read(max(0, size - len(head or "")))
        return rest if head is None else head + rest


def _metadata_outlet(top: TopMatter, site: str) -> None:
    """The outlet a page or record names, unless the text credits one (an agency's copy on
    another site is the agency's report)."""
    if not top.outlet and outlet_name(site):
        top.outlet, top.outlet_from = outlet_name(site), "metadata"


def _markdown(text: str) -> tuple[str, str, list[Any], int, str]:
    """Text with link syntax removed, title, front-matter dates, front-matter length and outlet."""
    title, dates, offset, site = "", [], 0, ""
    match = re.match(r"---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|$)", text, re.DOTALL)
    if match and len(match[0]) < 65536:
        offset = match.end()
        fields: dict[str, str] = {}
        for line in match[1].split("\n"):
            key, sep, value = line.partition(":")
            if sep and key.strip() and not key.startswith((" ", "\t")):
                fields.setdefault(key.strip().lower(), value.strip().strip("'\""))
        title = fields.get("title", "")
        dates = [fields.get(k) for k in _DATE_FIELDS if fields.get(k)]
        site = next((fields[k] for k in _OUTLET_FIELDS if fields.get(k)), "")
    body = text[offset:]
    body = re.sub(r"!\[[^\]\n]*\]\([^)\n]*\)", "", body)  # images carry no reporting
    body = re.sub(r"\[([^\]\n]+)\]\([^)\n]*\)", r"\1", body)  # a link's words, not its URL
    body = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", body)  # left by removed images
    heading = re.search(r"^#[ \t]+(.+?)[ \t#]*$", body, re.MULTILINE)
    body = re.sub(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", r"\1", body, flags=re.MULTILINE)
    if not title and heading:
        title = heading[1].strip()
    return text[:offset] + body, title, dates, offset, site


def _any_lines(stream: Any) -> Iterator[tuple[int, str | None]]:
    """Numbered, decoded lines of a text or byte stream, each read with a size bound."""
    first = stream.readline(MAX_TEXT + 1)
    if isinstance(first, bytes):
        encoding = bom_encoding(first[:4])
        if encoding and encoding != "utf-8-sig":
            yield from _wide_lines(first + stream.read(MAX_JSON_BYTES + 1))
            return
        if first.startswith(b"\xef\xbb\xbf"):
            first = first[3:]
    number, line = 0, first
    while line:
        number += 1
        too_long = len(line) > MAX_TEXT and not line.endswith(b"\n" if isinstance(
            line, bytes) else "\n")
        if too_long:
            while line and not line.endswith(b"\n" if isinstance(line, bytes) else "\n"):
                line = stream.readline(MAX_TEXT + 1)  # skip the rest of this line
            yield number, None
        elif isinstance(line, bytes):
            yield number, _decode_line(line)
        else:
            yield number, line.lstrip("\ufeff") if number == 1 else line
        line = stream.readline(MAX_TEXT + 1)


def _decode_line(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def _wide_lines(data: bytes) -> Iterator[tuple[int, str | None]]:
    """A UTF-16/32 JSONL stream: rare, so it is read whole (bounded) and split.

    Past the bound, one more "line" is reported as unreadable so nothing goes unmentioned.
    """
    truncated = len(data) > MAX_JSON_BYTES
    try:
        text, _ = decode(data[:MAX_JSON_BYTES], truncated=truncated)
    except Undecodable:
        yield 1, None
        return
    lines = normalize_newlines(text).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    yield from enumerate(lines, start=1)
    if truncated:
        yield len(lines) + 1, None


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _is_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _stem(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _short(error: ValueError) -> str:
    text = str(error)
    return text if len(text) <= 80 else text[:77] + "..."
