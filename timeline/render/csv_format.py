"""CSV (RFC 4180) with one event a row; cells a spreadsheet would run as a formula are defused."""

from __future__ import annotations

import csv
import unicodedata
from typing import TextIO

from timeline.model import Chronology
from timeline.render.labels import event_outlets, event_urls
from timeline.render.text import clean

# New columns go at the end, so that a reader of the older columns by position still works.
HEADER = (
    "date", "start", "end", "granularity", "title", "sources", "documents", "score", "label", "outlets",
    "urls",
)
# Characters that make a spreadsheet read a cell as a formula, with their full-width forms,
# which some spreadsheets fold to ASCII.
FORMULA_TRIGGERS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")


def _first_visible(cell: str) -> str:
    """The first character that is neither white space nor invisible (zero-width, BOM)."""
    for char in cell:
        if not char.isspace() and unicodedata.category(char) != "Cf":
            return char
    return ""


def neutralize(cell: str) -> str:
    """The cell cleaned of control characters, with a quote in front when a spreadsheet would
    run it as a formula (also after leading white space), so it shows the text instead."""
    cell = clean(cell)
    if cell.startswith("\t") or _first_visible(cell) in FORMULA_TRIGGERS:
        return "'" + cell
    return cell


def render(chronology: Chronology, stream: TextIO, excel: bool = False) -> None:
    if excel:
        stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(HEADER)
    documents = {d.id: d for d in chronology.documents}
    for event in chronology.events:
        row = (
            event.period.value,
            event.period.start.isoformat(),
            event.period.end.isoformat(),
            event.period.granularity,
            event.title,
            str(len(event.documents)),
            ";".join(event.documents),
            f"{event.score:g}",
            event.period.label,
            ";".join(o.name for o in event_outlets(event, documents)),
            " ".join(event_urls(event, documents)),  # a web address holds no space
        )
        writer.writerow([neutralize(cell) for cell in row])
