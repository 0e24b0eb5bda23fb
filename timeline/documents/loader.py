"""Load articles from files, folders, JSON records and stdin into ``Document`` records.

The first stage of the pipeline and the only one that touches the file system: it walks the
paths, hands each file to the module of its format (``text``, ``html``, ``records``, ``pdf``,
``docx``, ``warc``), counts a folder's files that no module takes, then
makes ids unique and applies ``--published``. It must survive whatever a user points it at: a
bad file among good ones is skipped with one warning naming it; only when nothing at all can
be read does it raise ``InputError``. Every article gets the publication date it states about
itself (metadata, header line or dateline), never today's date, because that date anchors
every "Friday" and "last week" in its text.
"""

from __future__ import annotations

import io
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, BinaryIO, TextIO

from timeline.dates.lang import has_pack
from timeline.documents import compressed, decoding, docx, feeds, pdf, records, urls, warc
from timeline.documents import html as html_format
from timeline.documents import text as text_format
from timeline.documents.topmatter import Article, Warn, file_stem, merge_spans, parse_date
from timeline.errors import InputError, OptionError
from timeline.model import Document

# (stream, name, warn, the language --lang names or "") -> articles
Reader = Callable[[BinaryIO, str, Warn, str], list[Article]]

# The format of a file by its extension; a file named on the command line with another
# extension is read as text.
READERS: dict[str, Reader] = {
    **dict.fromkeys(text_format.EXTENSIONS, text_format.read_text),
    **dict.fromkeys(text_format.MARKDOWN_EXTENSIONS, text_format.read_markdown),
    **dict.fromkeys(html_format.EXTENSIONS, html_format.read_html),
    ".jsonl": records.read_jsonl,
    ".json": records.read_json,
    **dict.fromkeys(feeds.EXTENSIONS, feeds.read_feed),
    ".jsonl.gz": compressed.gunzipped(records.read_jsonl),
    ".json.gz": compressed.gunzipped(records.read_json),
    **dict.fromkeys(pdf.EXTENSIONS, pdf.read_pdf),
    **dict.fromkeys(docx.EXTENSIONS, docx.read_docx),
    **dict.fromkeys(warc.EXTENSIONS, warc.read_warc),
}
ARTICLE_EXTS = tuple(READERS)
_EXT_LIST = ", ".join(ARTICLE_EXTS)


def extension(path: str) -> str:
    """A file's format extension, lowercase, both parts of a compressed one (".jsonl.gz")."""
    stem, last = os.path.splitext(path.lower())
    if last in compressed.EXTENSIONS:
        return os.path.splitext(stem)[1] + last
    return last


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
    language: str = "",
) -> list[Document]:
    """Every article in the given files, folders and http(s) URLs ("-" is stdin), in the
    order given (URLs are fetched a few at a time first; see ``urls``).

    Each is read in ``language`` (an ISO 639 code, ``--lang``) if given, else in the language
    it declares (a record's field, a page's ``lang``, a front matter's), else in the one its
    text is detected to be in (``Document.read_in``).

    Bad files are skipped with one ``warn`` line each (default: stderr); if no article
    can be read at all, ``InputError`` says what was given and why nothing came of it.
    """
    log = _Log()
    loader = _Loader(log, stdin, language)
    given = [os.fsdecode(raw) for raw in paths]
    loader.web = urls.Fetched(given)
    for path in given:
        loader.load(path)
    sink = warn or _stderr_warn
    if not loader.items:
        raise InputError(_nothing_loaded(given, log.warnings, sink))
    documents = _finish(loader.items, log)
    _warn_unread_languages(documents, log)
    if published is not None:
        documents = _apply_overrides(documents, published, log)
    for message in log.warnings:
        sink(message)
    return documents


def _warn_unread_languages(documents: list[Document], log: _Log) -> None:
    """One warning for each file (and language) whose articles are in a language without a
    pack: only their numeric dates are read."""
    unread = Counter((d.path, d.read_in) for d in documents if not has_pack(d.read_in))
    for (path, code), count in unread.items():
        articles = f"{count} articles " if count > 1 else ""
        log(f"{'stdin' if path == '-' else path}: {articles}written in {code!r}, a language timeline has "
            "no pack for; only its numeric dates (2022-09-08, 08.09.2022) are read")


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


def _finish(items: list[Article], log: _Log) -> list[Document]:
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
            outlet, outlet_from = ("stdin" if item.path == "-" else file_stem(item.path)), "file"
        documents.append(
            Document(
                id=ident,
                path=item.path,
                url=item.url,
                title=item.title or top.title,
                text=item.text,
                published=top.published,
                published_from=top.published_from,
                published_hint=top.published_hint,
                metadata_spans=merge_spans(top.spans),
                outlet=outlet,
                outlet_from=outlet_from,
                language=item.language,
                read_in=item.read_in,
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
    """Walks the inputs and turns each readable file into articles, logging every skip."""

    def __init__(self, log: _Log, stdin: TextIO | BinaryIO | None, language: str = "") -> None:
        self.log = log
        self.stdin = stdin
        self.language = language
        self.items: list[Article] = []
        self.seen_files: dict[tuple[int, int], str] = {}
        self.seen_dirs: set[tuple[int, int]] = set()
        self.unsupported: Counter[str] = Counter()  # extensions of the files a folder walk skips
        self.stdin_read = False
        self.web: urls.Fetched | None = None

    def load(self, path: str) -> None:
        if self.web is not None and urls.is_url(path):
            self.items.extend(self.web.take(path, self.log))
            return
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
        self.unsupported.clear()
        stack: list[str] = [root]
        while stack:
            current = stack.pop()
            if os.path.isdir(current):
                stack.extend(reversed(self._entries(current)))
                continue
            found += 1
            self._file(current, rel=os.path.relpath(current, root))
        skipped = _skipped_types(self.unsupported)
        if not found:
            self.log(f"{root}: no article files ({_EXT_LIST}) in this folder"
                     + (f"; {skipped}" if skipped else ""))
        elif skipped:
            self.log(f"{root}: {skipped}")

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
            else:
                self.unsupported[extension(entry.name) or "(no extension)"] += 1
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
        ext = extension(path)
        try:
            with open(path, "rb") as stream:
                found = READERS.get(ext, text_format.read_text)(stream, path, self.log, self.language)
        except OSError as error:
            self.log(f"{path}: cannot read ({error.strerror or error})")
            return
        for item in found:  # an article file goes by its name, a record by the id it got
            if not item.base_id:
                item.base_id, item.long_id = file_stem(path), (rel or path).replace(os.sep, "/")
        self.items.extend(found)

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
        if first.startswith("{") and first.endswith("}") and records.is_object(first):
            self.items.extend(records.from_lines(records.any_lines(replay), "stdin", self.log, self.language))
            return
        # Read as much as a page may hold; a plain article is cut to MAX_TEXT below.
        limit = html_format.MAX_PAGE_BYTES
        data = replay.read(limit + 1)
        if isinstance(data, bytes) and feeds.is_feed(data):
            self.items.extend(feeds.from_feed(data, "stdin", self.log))
            return
        if isinstance(data, bytes):
            text = decoding.decode_article(data, "stdin", self.log, html=True, limit=limit)
        else:
            text = decoding.checked_text(data, "stdin", self.log, limit=limit)
        if text is None:
            return
        head = text.lstrip()[:1000].lower()
        if head.startswith(("[", "{")) and records.is_json(text):  # "[Updated] Headline" is text
            self.items.extend(records.from_json_text(text, "stdin", self.log, self.language))
            return
        if feeds.is_feed(text[:2048].encode()):
            content_type = "application/xml; charset=utf-8"
            self.items.extend(feeds.from_feed(text.encode(), "stdin", self.log, content_type=content_type))
            return
        if head.startswith(("<!doctype html", "<html")):
            item = html_format.from_html(text, "stdin", self.log, self.language)
        else:
            if len(text) > decoding.MAX_TEXT:
                mb = decoding.MAX_TEXT // (1024 * 1024)
                self.log(f"stdin: longer than {mb} MB; only the start was read")
                text = text[: decoding.MAX_TEXT]
            item = text_format.from_text(text, "stdin", self.log, self.language)
        if item is not None:
            item.base_id = "stdin"
            self.items.append(item)


def _skipped_types(counts: Counter[str]) -> str:
    """ "skipped 3 files of types .xlsx, .png (not article formats)": the files of a folder
    that no reader takes, counted once, so that nothing is left out without a word."""
    total = sum(counts.values())
    if not total:
        return ""
    kinds = sorted(counts, key=lambda kind: (-counts[kind], kind))
    shown = ", ".join(kinds[:8]) + (f" and {len(kinds) - 8} more" if len(kinds) > 8 else "")
    files = "1 file of type" if total == 1 else f"{total} files of type" + ("s" if len(kinds) > 1 else "")
    return f"skipped {files} {shown} (not article formats)"


class _Replay:
    """A stream whose first lines were read to sniff it, served again before the rest."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.kept: list[Any] = []

    def first_content_line(self) -> str:
        """The first non-blank line, decoded and stripped ("" if none in the first 1000)."""
        for _ in range(1000):
            line = self.stream.readline(decoding.MAX_TEXT + 1)
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


