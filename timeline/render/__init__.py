"""Output formats: one module a format, each with ``render(chronology, stream)``.

Renderers know nothing of parsing: they read a ``Chronology`` and write text.
"""

from __future__ import annotations

from importlib import import_module
from typing import TextIO

from timeline.model import Chronology

FORMATS = ("table", "csv", "ics", "json", "html", "markdown", "timelinejs")
EXTENSIONS = {
    ".txt": "table", ".csv": "csv", ".ics": "ics", ".ical": "ics", ".json": "json",
    ".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown",
}
# The formats that take a title for the whole chronology (a page, a calendar's name).
TITLED = frozenset({"ics", "html", "markdown", "timelinejs"})


def format_for_path(path: str) -> str | None:
    """The format a file name asks for by its extension, if any."""
    lowered = path.lower()
    for extension, name in EXTENSIONS.items():
        if lowered.endswith(extension):
            return name
    return None


def render(chronology: Chronology, stream: TextIO, format: str = "table", **options) -> None:
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    import_module(f"timeline.render.{format}_format").render(chronology, stream, **options)
