"""What ``timeline dates`` prints: one row per temporal expression, as a table, CSV or JSON
lines. Rows are plain dicts of the FIELDS; article text in them is cleaned as everywhere."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import TextIO

from timeline.render.csv_format import neutralize
from timeline.render.text import clean, without_surrogates

FIELDS = (
    "document", "anchor", "anchor_from", "expression", "type", "value", "mod", "start", "end", "sentence",
)
LISTING_FORMATS = ("table", "csv", "json")
# The table shows this much of a sentence; CSV and JSON carry it whole.
TABLE_SENTENCE = 80


def _short(sentence: str) -> str:
    flat = " ".join(clean(sentence).split())
    return flat if len(flat) <= TABLE_SENTENCE else flat[: TABLE_SENTENCE - 1] + "…"


def render_listing(rows: Sequence[dict], stream: TextIO, format: str = "table") -> None:
    if format == "json":
        for row in rows:
            stream.write(without_surrogates(json.dumps(row, ensure_ascii=False)) + "\n")
    elif format == "csv":
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(FIELDS)
        for row in rows:
            writer.writerow([neutralize(str(row[field])) for field in FIELDS])
    else:
        from tabulate import tabulate

        table = [
            [_short(str(row[field])) if field == "sentence" else clean(str(row[field])) for field in FIELDS]
            for row in rows
        ]
        stream.write(tabulate(table, headers=FIELDS if rows else ()) + "\n")
