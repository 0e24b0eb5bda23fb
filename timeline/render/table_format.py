"""The terminal table: date, event, sources; wrapped to ``width`` columns when given.
Cells are cleaned of control characters: an escape sequence in an article must not reach the terminal."""

from __future__ import annotations

from typing import TextIO

from timeline.model import Chronology
from timeline.render.labels import event_outlets, source_items
from timeline.render.text import clean

DATE_WIDTH = 26
SOURCES_WIDTH = 24
COLUMN_GAPS = 4  # tabulate's two spaces between columns


def _wrap(items: list[str], width: int | None) -> str:
    """Items joined by spaces, broken into lines of at most ``width`` between items only
    (tabulate would break a file name at its hyphens)."""
    if not width:
        return " ".join(items)
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + 1 + len(item) <= width:
            lines[-1] += " " + item
        else:
            lines.append(item)
    return "\n".join(lines)


def render(chronology: Chronology, stream: TextIO, width: int | None = None) -> None:
    from tabulate import tabulate

    documents = {d.id: d for d in chronology.documents}
    rows = []
    inferred = False
    for event in chronology.events:
        outlets = event_outlets(event, documents)
        inferred = inferred or any(o.inferred for o in outlets)
        sources_width = SOURCES_WIDTH if width else None
        items = source_items(outlets, sources_width)
        rows.append((event.period.label, clean(event.title), _wrap(items, sources_width)))
    widths = None
    if width:
        # The title takes what the date and sources columns leave; those are as wide as their
        # longest line (the sources are wrapped above, by whole names).
        date_width = min(DATE_WIDTH, max((len(r[0]) for r in rows), default=0))
        sources_width = max((len(line) for r in rows for line in r[2].split("\n")), default=0)
        title_width = max(20, width - max(date_width, 4) - max(sources_width, 7) - COLUMN_GAPS)
        widths = [DATE_WIDTH, title_width, None]
    stream.write(tabulate(rows, headers=("date", "event", "sources"), maxcolwidths=widths))
    stream.write("\n")
    if inferred:
        stream.write("* publication date inferred\n")
