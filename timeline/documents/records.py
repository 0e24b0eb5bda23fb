"""Article records in JSON and JSON lines: ``{"id"?, "published"?, "title"?, "outlet"?, "url"?,
"language"?, "text"}``, and the records the field's tools write.

Scrapers and news APIs write collections this way, one record an article: news-please
(``maintext``, ``description``, ``date_publish``, ``source_domain``), trafilatura's JSON output
(``text``, ``date``, ``sitename`` or ``source-hostname``, ``hostname``, its URL as ``url`` or
``source``), NewsAPI (a ``source`` object with a ``name``). A bad record or line is skipped
with a warning naming the file, the line and the field; the good ones around it are kept. A
JSON lines file is read line by line with a bound on each line, so its size is not limited; a
``.json`` file must be parsed whole and is bounded instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, BinaryIO

from timeline.dates.lang import reading_language
from timeline.documents import decoding
from timeline.documents.decoding import Undecodable, bom_encoding, decode, is_binary, normalize_newlines
from timeline.documents.topmatter import (
    DATE_FIELDS,
    OUTLET_FIELDS,
    Article,
    Warn,
    combine_dates,
    file_stem,
    is_web_address,
    language_code,
    metadata_outlet,
    outlet_name,
    parse_date,
    read_top,
    web_address,
)

EXTENSIONS = (".jsonl", ".json")
# Where a record keeps its article's text, best first: trafilatura and most tools write
# "text", news-please "maintext" (its lead, when it has one, in "description").
TEXT_FIELDS = ("text", "maintext")
# Where a record names its web address: trafilatura's JSON calls the canonical URL "source".
URL_FIELDS = ("url", "source")
# A JSON (not JSONL) file must be parsed whole.
MAX_JSON_BYTES = 64 * 1024 * 1024
# After this many bad lines in one JSONL file the rest are counted, not listed one by one.
MAX_LINE_WARNINGS = 20


def read_jsonl(stream: BinaryIO, name: str, warn: Warn, given: str = "") -> list[Article]:
    """Every good record of a JSON lines file; records without an id are ``stem:line``."""
    head = stream.read(8192)
    if is_binary(head) and not bom_encoding(head):
        warn(f"{name}: skipped, binary content (NUL or control bytes), not JSON lines")
        return []
    stream.seek(0)
    return from_lines(any_lines(stream), name, warn, given)


def read_json(stream: BinaryIO, name: str, warn: Warn, given: str = "") -> list[Article]:
    """The record, or every good record of the list, in a ``.json`` file."""
    data = stream.read(MAX_JSON_BYTES + 1)
    if len(data) > MAX_JSON_BYTES:
        warn(
            f"{name}: skipped, a .json file over {MAX_JSON_BYTES // (1024 * 1024)} MB "
            "must be read whole; use JSON lines (.jsonl) instead"
        )
        return []
    if not data.strip():
        warn(f"{name}: empty file")
        return []
    try:
        text, _ = decode(data)
    except Undecodable as error:
        warn(f"{name}: skipped, {error}")
        return []
    return from_json_text(text, name, warn, given)


def from_json_text(text: str, name: str, warn: Warn, given: str = "") -> list[Article]:
    """Records from decoded JSON: one object or a list of them."""
    stem = file_stem(name)
    try:
        data = json.loads(text)
    except ValueError as error:
        warn(f"{name}: skipped, broken JSON ({_short(error)})")
        return []
    if isinstance(data, dict):
        found = from_record(data, name, name, stem, warn, given)
        return [found] if found else []
    if not isinstance(data, list):
        warn(f"{name}: skipped, JSON {_kind(data)} is not a record or a list of records")
        return []
    if not data:
        warn(f"{name}: no records (an empty list)")
    out = []
    for index, record in enumerate(data, start=1):
        found = from_record(record, name, f"{name}: record {index}", f"{stem}:{index}", warn, given)
        if found:
            out.append(found)
    return out


def from_lines(
    lines: Iterable[tuple[int, str | None]], name: str, warn: Warn, given: str = ""
) -> list[Article]:
    """Records from numbered lines (None: a line too long or undecodable)."""
    stem = file_stem(name)
    out: list[Article] = []
    bad, total = 0, 0
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
                found = from_record(record, name, where, f"{stem}:{number}", warn, given)
                if found:
                    out.append(found)
                continue
        bad += 1
        if bad <= MAX_LINE_WARNINGS:
            warn(f"{where}: {problem}")
    if bad > MAX_LINE_WARNINGS:
        warn(f"{name}: {bad - MAX_LINE_WARNINGS} more bad lines skipped")
    if total == 0:
        warn(f"{name}: empty file")
    elif not out and bad == total:
        warn(f"{name}: no usable records in {total} lines")
    return out


def from_record(
    record: Any, name: str, where: str, fallback_id: str, warn: Warn, given: str = ""
) -> Article | None:
    """One record: ``{"id", "published"|"date"|"date_publish", "title", "language",
    "text"|"maintext"}`` and the optional fields, read in the language ``given`` (``--lang``),
    else its own, else the one detected; a field of the wrong kind is named in a warning and
    ignored."""
    if not isinstance(record, dict):
        warn(f"{where}: skipped, a record must be a JSON object, not {_kind(record)}")
        return None
    text = _record_text(record, where, warn)
    if text is None:
        return None
    ident = record.get("id")
    if isinstance(ident, (str, int)) and not isinstance(ident, bool) and str(ident).strip():
        base_id, from_data = str(ident).strip(), True
    else:
        if ident is not None:
            warn(f"{where}: 'id' is {_kind(ident)}, not a string; using {fallback_id}")
        base_id, from_data = fallback_id, False
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        warn(f"{where}: 'title' is {_kind(title)}, not a string; ignored")
        title = None
    text = normalize_newlines(text.replace("\x00", ""))
    if len(text) > decoding.MAX_TEXT:
        warn(f"{where}: text longer than {decoding.MAX_TEXT // (1024 * 1024)} MB; truncated")
        text = text[: decoding.MAX_TEXT]
    language = _checked(record, "language", language_code, "", where, lambda message: None)
    read_in = reading_language(text, given or language)
    top = read_top(text, where, warn, read_in)
    top.title = ""  # a record's title is its 'title' field; the text may be hard-wrapped
    published = _record_date(record, where, warn)
    if published is not None:
        combine_dates(top, published)
    metadata_outlet(top, _record_outlet(record, where, warn))
    url = ""
    for key in URL_FIELDS:
        url = url or _checked(record, key, web_address, "a web address", where, warn,
                              quiet=key != "url")  # "source" is more often a name
    return Article(
        base_id=base_id, path=name, title=" ".join((title or "").split()), text=text,
        top=top, from_data=from_data, url=url,
        language=_checked(record, "language", language_code, "a language code", where, warn),
        read_in=read_in,
    )


def _record_text(record: dict[str, Any], where: str, warn: Warn) -> str | None:
    """The article's text: the first text field that holds some, after the record's lead
    ("description") when the text does not open with it; None after one warning."""
    found = None
    for key in TEXT_FIELDS:
        value = record.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            warn(f"{where}: skipped, '{key}' is {_kind(value)}, not a string")
            return None
        if value.strip():
            found = value
            break
    lead = record.get("description")
    lead = lead.strip() if isinstance(lead, str) else ""
    if found is None:
        if lead:  # a record with only its lead still reports something
            return lead
        present = [key for key in TEXT_FIELDS if key in record]
        problem = f"has an empty '{present[0]}'" if present else "has no 'text' (or 'maintext')"
        warn(f"{where}: skipped, record {problem}")
        return None
    if lead and " ".join(lead.split()) not in " ".join(found[: len(lead) + 200].split()):
        return f"{lead}\n\n{found}"
    return found


def _record_date(record: dict[str, Any], where: str, warn: Warn) -> date | None:
    """The first date field that holds a date; each one that holds something else is named."""
    for key in DATE_FIELDS:
        value = record.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            warn(f"{where}: '{key}' is {_kind(value)}, not a date; ignored")
            continue
        when = parse_date(value)
        if when is None:
            shown = repr(value) if len(value) <= 60 else repr(value[:57] + "...")
            warn(f"{where}: '{key}' {shown} is not a date; ignored")
            continue
        return when
    return None


def _checked(
    record: dict[str, Any], key: str, read: Callable[[str], str], what: str, where: str, warn: Warn,
    *, quiet: bool = False,
) -> str:
    """A record's optional string field read by ``read``; anything else is warned about
    (unless ``quiet``: a field that may hold something else by another tool's convention)."""
    value = record.get(key)
    if value is None or value == "":
        return ""
    found = read(value) if isinstance(value, str) else ""
    if not found and not quiet:
        shown = repr(value) if isinstance(value, str) and len(value) <= 60 else _kind(value)
        warn(f"{where}: '{key}' {shown} is not {what}; ignored")
    return found


def _record_outlet(record: dict[str, Any], where: str, warn: Warn) -> str:
    """The outlet the record names: the first outlet field that holds a name (a string or an
    object's "name"), else the first that holds a web address (read as its domain), since
    tools write both ("sitename": "The Guardian", "hostname": "theguardian.com")."""
    found: list[str] = []
    for key in OUTLET_FIELDS:
        value = record.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if value is None or value == "":
            continue
        if isinstance(value, str):
            found.append(value)
        else:
            warn(f"{where}: '{key}' is {_kind(value)}, not a name; ignored")
    names = [value for value in found if outlet_name(value) and not is_web_address(value)]
    return (names or found or [""])[0]


def any_lines(stream: Any) -> Iterator[tuple[int, str | None]]:
    """Numbered, decoded lines of a text or byte stream, each read with a size bound."""
    limit = decoding.MAX_TEXT
    first = stream.readline(limit + 1)
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
        too_long = len(line) > limit and not line.endswith(b"\n" if isinstance(
            line, bytes) else "\n")
        if too_long:
            while line and not line.endswith(b"\n" if isinstance(line, bytes) else "\n"):
                line = stream.readline(limit + 1)  # skip the rest of this line
            yield number, None
        elif isinstance(line, bytes):
            yield number, _decode_line(line)
        else:
            yield number, line.lstrip("\ufeff") if number == 1 else line
        line = stream.readline(limit + 1)


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


def is_json(text: str) -> bool:
    """Whether the text parses as JSON at all."""
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def is_object(line: str) -> bool:
    """Whether one line is a JSON object: the sign of a JSON lines stream."""
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _short(error: ValueError) -> str:
    text = str(error)
    return text if len(text) <= 80 else text[:77] + "..."
