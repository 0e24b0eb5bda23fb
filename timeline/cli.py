"""The ``timeline`` command: a thin shell over the library.

It turns options into library calls, prints warnings to stderr and data to stdout, and
turns every ``TimelineError`` into one line and a non-zero exit.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import io
import os
import shutil
import sys
from collections.abc import Callable, Iterator

import click

from timeline import __version__
from timeline.errors import OptionError, TimelineError
from timeline.render.text import clean

EXIT_ERROR = 1
DEBUG_VARIABLE = "TIMELINE_DEBUG"
# Allocations between the cyclic garbage collector's young collections (Python's default is
# 700). The pipeline's records hold no reference cycles (a Reuters build frees about 400
# objects that way, in 1,300 collections), yet each full collection rescans the whole corpus:
# a command runs once, and collecting rarely saves a tenth of its time.
GC_YOUNG_THRESHOLD = 100_000


def _one_line(message: str) -> str:
    """A message on one line without control characters: it may quote a hostile file name."""
    return " ".join(clean(message).split("\n")).replace("\t", " ")


def _warner(quiet: bool) -> Callable[[str], None]:
    def warn(message: str) -> None:
        if not quiet:
            click.echo(f"timeline: warning: {_one_line(message)}", err=True)

    return warn


@contextlib.contextmanager
def _rare_collections() -> Iterator[None]:
    """A command's own collector threshold (see GC_YOUNG_THRESHOLD), given back when it is done,
    so that a caller running the command in its process keeps its own."""
    thresholds = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _fail(message: str) -> None:
    click.echo(f"timeline: error: {_one_line(message)}", err=True)
    sys.exit(EXIT_ERROR)


def reports_errors(command: Callable) -> Callable:
    """One clear line on stderr and a non-zero exit instead of a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except TimelineError as error:
            _fail(str(error))
        except KeyboardInterrupt:
            _fail("interrupted; nothing was written")
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click prints these itself
        except Exception as error:  # a bug: still one line, the traceback only when asked
            if os.environ.get(DEBUG_VARIABLE):
                raise
            _fail(f"unexpected {type(error).__name__}: {error} (set {DEBUG_VARIABLE}=1 for the traceback)")

    return wrapper


def input_options(command: Callable) -> Callable:
    """Options shared by every command that reads articles."""
    command = click.option(
        "--published",
        "published",
        multiple=True,
        metavar="DATE|FILE=DATE",
        help="Publication date for all articles, or FILE=DATE for one (repeatable). "
        "Overrides what the articles say.",
    )(command)
    command = click.option(
        "--lang",
        "lang",
        metavar="CODE",
        help="Read every article in this language (an ISO 639 code: de, fr). Overrides what the "
        "articles declare and the language detected from their text.",
    )(command)
    command = click.option("-q", "--quiet", is_flag=True, help="No warnings or progress on stderr.")(command)
    command = click.option(
        "--urls",
        "url_lists",
        multiple=True,
        metavar="FILE",
        help="Read the http(s) URLs in FILE, one a line (# comments; - for stdin), after the PATHs.",
    )(command)
    return click.argument("paths", nargs=-1, metavar="PATH...")(command)


def _load(
    paths: tuple[str, ...], published: tuple[str, ...], quiet: bool, lang: str | None = None,
    url_lists: tuple[str, ...] = (),
):
    from timeline.documents import load_documents, parse_published_options
    from timeline.documents.topmatter import language_code

    overrides = parse_published_options(published)
    paths = paths + _listed_urls(url_lists, paths, _warner(quiet))
    language = ""
    if lang is not None:
        language = language_code(lang)
        if not language:
            raise OptionError(f"--lang {lang!r}: not a language code (use an ISO 639 code such as de or fr)")
    stdin = sys.stdin.buffer if "-" in paths else None
    return load_documents(paths, published=overrides, warn=_warner(quiet), stdin=stdin, language=language)


def _listed_urls(
    url_lists: tuple[str, ...], paths: tuple[str, ...], warn: Callable[[str], None]
) -> tuple[str, ...]:
    """The URLs of the ``--urls`` files, in order; a file that cannot be read, or holds no
    URL at all, is an error (the user named it to be read)."""
    if not paths and not url_lists:
        raise click.UsageError("name at least one PATH (a file, folder, URL or -) or --urls FILE")
    if not url_lists:
        return ()
    from timeline.documents.urls import read_url_list

    if url_lists.count("-") > 1 or ("-" in url_lists and "-" in paths):
        raise OptionError("standard input can be read once: give - as a PATH or as --urls, not both")
    found: list[str] = []
    for name in url_lists:
        shown = "stdin" if name == "-" else name
        try:
            if name == "-":
                listed = read_url_list(sys.stdin.buffer, shown, warn)
            else:
                with open(name, "rb") as stream:
                    listed = read_url_list(stream, shown, warn)
        except OSError as error:
            raise OptionError(f"--urls {shown}: cannot read ({error.strerror or error})") from None
        if not listed:
            raise OptionError(f"--urls {shown}: no http(s) URLs in it (one a line)")
        found.extend(listed)
    return tuple(found)


class _NoProgress:
    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc_info) -> None:
        return None

    def update(self, steps: int) -> None:
        return None


# Below this many articles a run is too short for a progress bar to help.
PROGRESS_MINIMUM = 50


def _progress(total: int, quiet: bool):
    """A progress bar on stderr, only when a person watches it there."""
    if quiet or total < PROGRESS_MINIMUM or not sys.stderr.isatty():
        return _NoProgress()
    return click.progressbar(length=total, label="Reading articles", file=sys.stderr)


def _emit(text: str, output: str | None) -> None:
    from timeline.output import write_atomically, write_stdout

    if output and output != "-":
        write_atomically(output, text)
    else:
        write_stdout(sys.stdout, text)


def _output_format(format_: str | None, output: str | None, default: str = "table") -> str:
    """The format asked for, else the one the -o file's extension names, else ``default`` (also
    for a name without one, such as /dev/stdout); an extension that names no format is an
    error rather than a table under a misleading name ("story.xlsx")."""
    from timeline.render import EXTENSIONS, format_for_path

    if format_:
        return format_
    if output and output != "-" and os.path.splitext(output)[1]:
        named = format_for_path(output)
        if named is None:
            known = ", ".join(sorted(EXTENSIONS))
            raise OptionError(f"-o {output}: no format goes by this file's extension ({known}); use --format")
        return named
    return default


def _input_name(paths: tuple[str, ...]) -> str | None:
    """A chronology's default title: the folder's or file's name when one was given."""
    if len(paths) != 1 or paths[0] == "-":
        return None
    path = paths[0].rstrip("/\\") or paths[0]
    name = os.path.basename(path)
    return os.path.splitext(name)[0] if os.path.isfile(path) else name


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
def cli() -> None:
    """Build one ordered chronology from news articles about one story.

    PATH is a file or folder of .txt/.md/.html articles, .json/.jsonl records or .rss/.atom/.xml
    feeds, or an http(s) URL of a page or feed (--urls FILE reads a list of them); - reads stdin.
    """


@cli.command()
@input_options
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(["table", "csv", "ics", "json", "html", "markdown", "timelinejs"]),
    help="Output format (default: from the -o extension, else table).",
)
@click.option(
    "--title",
    metavar="TEXT",
    help="The chronology's title (html, markdown, timelinejs, ics calendar name; default: the input's name).",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, writable=False), help="Write to FILE (atomically)."
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    metavar="N",
    help="Keep the N strongest events, on N different dates, in date order.",
)
@click.option(
    "--since",
    type=click.DateTime(["%Y-%m-%d"]),
    metavar="DATE",
    help="Keep events that start on or after DATE.",
)
@click.option(
    "--until",
    type=click.DateTime(["%Y-%m-%d"]),
    metavar="DATE",
    help="Keep events that end on or before DATE.",
)
@click.option(
    "--about",
    metavar="PHRASE",
    multiple=True,
    help="Keep events whose sources mention PHRASE (any case; repeat to require several).",
)
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Keep the background too: history years, decades, centuries, lone mentions far from the story.",
)
@click.option("--excel", is_flag=True, help="CSV: start with a UTF-8 BOM so Excel reads the accents.")
@click.option(
    "--width", type=click.IntRange(min=40), help="Table: wrap to this width (default: the terminal's)."
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Worker processes for the per-article work (0: one per core).",
)
@reports_errors
@_rare_collections()
def build(paths, published, quiet, lang, url_lists, format_, title, output, top, since, until, about,
          everything, excel, width, jobs) -> None:
    """Print the chronology of the articles at PATH...

    A PATH may be an http(s) URL of a page or an RSS/Atom feed. URLs are fetched 4 at a time,
    each with a 10 s connect and read timeout (TIMELINE_TIMEOUT sets another), at most 5
    redirects and 16 MB; a URL that fails is skipped with a warning saying why.
    """
    from timeline.chronology import BuildOptions
    from timeline.chronology import build as build_chronology
    from timeline.render import TITLED, render

    format_ = _output_format(format_, output)
    documents = _load(paths, published, quiet, lang, url_lists)
    options = BuildOptions(
        top=top,
        since=since.date() if since else None,
        until=until.date() if until else None,
        about=tuple(about),
        jobs=jobs,
        everything=everything,
    )
    with _progress(len(documents), quiet) as bar:
        chronology = build_chronology(documents, options, warn=_warner(quiet), progress=bar.update)
    if not chronology.events and not quiet:
        click.echo("timeline: warning: no dated events found", err=True)
    if chronology.background and top is None and not quiet:
        click.echo(
            f"timeline: left out {chronology.background} background event"
            f"{'s' if chronology.background > 1 else ''} (history, asides far from the story's dates); "
            "--all shows them",
            err=True,
        )
    buffer = io.StringIO(newline="")
    extra = {"excel": excel} if format_ == "csv" else {"width": width} if format_ == "table" else {}
    if format_ == "table" and width is None and not output and sys.stdout.isatty():
        extra["width"] = shutil.get_terminal_size().columns
    if format_ in TITLED:
        extra["title"] = title or _input_name(paths)
    render(chronology, buffer, format_, **extra)
    _emit(buffer.getvalue(), output)


@cli.command()
@input_options
@click.option(
    "-f", "--format", "format_", type=click.Choice(["table", "csv", "json"]),
    help="Output format (default: from the -o extension, else table); json is one object a line.",
)
@click.option("--json", "as_json", is_flag=True, help="JSON lines (the same as --format json).")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, writable=False), help="Write to FILE (atomically)."
)
@reports_errors
@_rare_collections()
def dates(paths, published, quiet, lang, url_lists, format_, as_json, output) -> None:
    """List every temporal expression with its value, the anchor it was resolved against and
    its sentence."""
    from timeline.chronology import complete_publication_dates
    from timeline.mentions import expressions_in_sentences
    from timeline.render.listing import LISTING_FORMATS, render_listing

    format_ = "json" if as_json else _output_format(format_, output)
    if format_ not in LISTING_FORMATS:
        raise OptionError(f"-o {output}: timeline dates writes {', '.join(LISTING_FORMATS)}; use --format")
    documents, _ = complete_publication_dates(_load(paths, published, quiet, lang, url_lists), _warner(quiet))
    rows = []
    for document in documents:
        anchor = document.published.isoformat() if document.published else ""
        for expression, sentence in expressions_in_sentences(document):
            rows.append(
                {
                    "document": document.id,
                    "anchor": anchor,
                    "anchor_from": document.published_from,
                    "expression": expression.text,
                    "type": expression.type,
                    "value": expression.value,
                    "mod": expression.mod,
                    "start": expression.start,
                    "end": expression.end,
                    "sentence": sentence,
                }
            )
    buffer = io.StringIO(newline="")
    render_listing(rows, buffer, format_)
    _emit(buffer.getvalue(), output)


def main() -> None:  # pragma: no cover - console entry point
    cli()
