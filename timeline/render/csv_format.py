"""CSV (RFC 4180) with one event a row; cells a spreadsheet would run as a formula are defused."""

from __future__ import annotations

import csv
from typing import TextIO

from timeline.model import Chronology

HEADER = ("date", "start", "end", "granularity", "title", "sources", "documents", "score")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(cell: str) -> str:
    """Prefix a quote so Excel, LibreOffice and Sheets show the text instead of evaluating it."""
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def render(chronology: Chronology, stream: TextIO, excel: bool = False) -> None:
    if excel:
        stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(HEADER)
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
        )
        writer.writerow([neutralize(cell) for cell in row])
