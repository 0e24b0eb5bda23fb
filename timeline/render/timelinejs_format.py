"""The JSON that TimelineJS3 loads (its "JSON format": ``events`` of slides, an optional
``title`` slide), so a newsroom can drop the chronology into its page.

TimelineJS reads a slide's ``headline`` and ``text`` as HTML: article text is escaped, only
http(s) addresses become links, and ``autolink`` is off so no text turns into one by itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from html import escape
from typing import TextIO

from timeline.model import Chronology, Document, Event
from timeline.period import Period
from timeline.render.labels import event_outlets, outlet_of, summary
from timeline.render.text import clean, web_address, without_surrogates

_CLOCK = re.compile(r"T(\d\d):(\d\d)")
# An event lists at most this many of its sources; the JSON output lists them all.
LISTED_SOURCES = 10


def _text(value: str) -> str:
    return escape(" ".join(clean(value).split()))


def _date(period: Period, last: bool = False) -> dict:
    """A TimelineJS date object: year, month and day as far as the period names them."""
    day = period.end if last else period.start
    fields: dict = {"year": day.year}
    if period.granularity in ("year", "decade", "century"):
        return fields
    fields["month"] = day.month
    if period.granularity == "month":
        return fields
    fields["day"] = day.day
    clock = _CLOCK.search(period.value) if period.granularity == "time" and not last else None
    if clock and int(clock[1]) < 24:
        fields["hour"], fields["minute"] = int(clock[1]), int(clock[2])
    return fields


def _sources(event: Event, documents: Mapping[str, Document]) -> str:
    items = []
    for mention in event.mentions[:LISTED_SOURCES]:
        document = documents.get(mention.document_id)
        name = _text(outlet_of(document, mention.document_id))
        address = web_address(document.url) if document is not None else None
        if address:
            name = f'<a href="{escape(address)}" rel="noreferrer noopener">{name}</a>'
        items.append(f"<li>{name}: {_text(mention.sentence)}</li>")
    more = len(event.mentions) - LISTED_SOURCES
    tail = f"<p>and {more} more</p>" if more > 0 else ""
    return f"<ul>{''.join(items)}</ul>{tail}"


def _slide(event: Event, documents: Mapping[str, Document]) -> dict:
    outlets = event_outlets(event, documents)
    slide = {
        "unique_id": f"e{event.id}",
        "start_date": _date(event.period),
        "display_date": event.period.label,
        "text": {"headline": _text(event.title), "text": _sources(event, documents)},
        "group": " ".join(clean(outlets[0].name).split()) if outlets else "",
        "autolink": False,
    }
    if event.period.days > 1:
        slide["end_date"] = _date(event.period, last=True)
    return slide


def render(chronology: Chronology, stream: TextIO, title: str | None = None) -> None:
    documents = {d.id: d for d in chronology.documents}
    data = {
        "title": {"text": {"headline": _text(title or "Timeline"), "text": _text(summary(chronology))}},
        "events": [_slide(event, documents) for event in chronology.events],
    }
    stream.write(without_surrogates(json.dumps(data, ensure_ascii=False, indent=1)) + "\n")
