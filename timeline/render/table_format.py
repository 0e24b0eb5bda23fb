"""The terminal table: date, event, sources; wrapped to ``width`` columns when given.
Cells are cleaned of control characters: an escape sequence in an article must not reach the terminal."""

from __future__ import annotations

from typing import TextIO

from timeline.model import Chronology
from timeline.render.labels import inferred_documents, period_label, source_labels
from timeline.render.text import clean

DATE_WIDTH = 26
SOURCES_WIDTH = 24
COLUMN_GAPS = 4  # tabulate's two spaces between columns


def render(chronology: Chronology, stream: TextIO, width: int | None = None) -> None:
    from tabulate import tabulate

    inferred = inferred_documents(chronology)
    rows = [
        (period_label(e.period), clean(e.title), clean(", ".join(source_labels(e, inferred))))
        for e in chronology.events
    ]
    widths = None
    if width:
        # The title takes what the date and sources columns leave.
        title_width = max(20, width - DATE_WIDTH - SOURCES_WIDTH - COLUMN_GAPS)
        widths = [DATE_WIDTH, title_width, SOURCES_WIDTH]
    stream.write(tabulate(rows, headers=("date", "event", "sources"), maxcolwidths=widths))
    stream.write("\n")
    if inferred:
        stream.write("* publication date inferred\n")
