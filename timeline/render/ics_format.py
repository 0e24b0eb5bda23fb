"""iCalendar: all-day events with exclusive DTEND (an event at a clock time starts then, in
floating local time: the articles rarely give the zone), stable UIDs and DTSTAMPs.

The same input gives byte-identical output, so a re-import updates events instead of
duplicating them. Escaping and line folding are icalendar's; control characters, which no
escape can carry, are removed first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone
from typing import TextIO

from timeline.model import Chronology, Document, Event
from timeline.render.labels import inferred_documents, outlet_of
from timeline.render.text import clean, web_address

PRODID = "-//timeline//news chronology//EN"
UID_DOMAIN = "timeline.invalid"


def _stamp(chronology: Chronology) -> datetime:
    """A DTSTAMP that depends only on the input: the latest publication date, else the epoch."""
    published = [d.published for d in chronology.documents if d.published]
    day = max(published) if published else datetime(1970, 1, 1).date()
    return datetime.combine(day, time(0, 0), tzinfo=timezone.utc)


_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT(\d\d):(\d\d)")


def _clock_start(event: Event) -> datetime | None:
    """The start of an event the articles time to the minute ("2022-09-07T15:45")."""
    found = _CLOCK.match(event.period.value) if event.period.granularity == "time" else None
    if found is None:
        return None
    hour, minute = int(found[1]), int(found[2])
    day = event.period.start
    if hour == 24:  # the end of the day is the next day's midnight
        if day == date.max:
            return None
        day, hour = day + timedelta(days=1), 0
    return datetime.combine(day, time(hour, minute))


def _source(document_id: str, documents: dict[str, Document], inferred: set[str]) -> str:
    """ "Reuters (000_a753f78b4c00762f)": the outlet, and the id that finds the article; the id
    starred when its publication date was inferred, and said once when it is the outlet too."""
    outlet = " ".join(outlet_of(documents.get(document_id), document_id).split())
    marked = document_id + ("*" if document_id in inferred else "")
    return marked if outlet == document_id else f"{outlet} ({marked})"


def _description(event: Event, documents: dict[str, Document], inferred: set[str]) -> str:
    """The date in words, every source sentence under its outlet, then every article by its
    outlet and title with its web address, to read the whole article (and a note when a
    publication date was inferred)."""
    lines = [f"Date: {event.period.label}", "Sources:"]
    for mention in event.mentions:
        source = _source(mention.document_id, documents, inferred)
        lines.append(f'- {source}: "{mention.expression.text}" in: {mention.sentence}')
    articles = []
    for document_id in event.documents:
        document = documents.get(document_id)
        if document is None or not (document.title or document.url):
            continue
        title = " ".join(document.title.split())
        address = web_address(document.url)
        named = " ".join(part for part in (title, f"<{address}>" if address else "") if part)
        articles.append(f"- {_source(document_id, documents, inferred)}: {named}")
    if articles:
        lines += ["Articles:", *articles]
    if any(m.document_id in inferred for m in event.mentions):
        lines.append("* publication date inferred")
    return clean("\n".join(lines))


def _first_address(event: Event, documents: dict[str, Document]) -> str | None:
    """The address of the event's first source that has one: where a calendar links to."""
    for document_id in event.documents:
        document = documents.get(document_id)
        address = web_address(document.url) if document is not None else None
        if address:
            return address
    return None


def unique_uids(events: Sequence[Event]) -> list[str]:
    """One UID an event, never twice in a calendar (a repeat would overwrite an event on import):
    an id seen before gets the first free suffix, deterministically in event order."""
    taken: set[str] = set()
    uids = []
    for event in events:
        uid, suffix = f"{event.id}@{UID_DOMAIN}", 1
        while uid in taken:
            suffix += 1
            uid = f"{event.id}-{suffix}@{UID_DOMAIN}"
        taken.add(uid)
        uids.append(uid)
    return uids


def _add_span(entry, event: Event) -> None:
    clock = _clock_start(event)
    if clock is not None:  # a moment: no DTEND, it ends when it starts (RFC 5545 3.6.1)
        entry.add("dtstart", clock)
        return
    entry.add("dtstart", event.period.start)
    if event.period.end < date.max:
        entry.add("dtend", event.period.end + timedelta(days=1))
    else:  # no day after 9999-12-31 to end on
        entry.add("duration", timedelta(days=event.period.days))


def render(chronology: Chronology, stream: TextIO, title: str | None = None) -> None:
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", " ".join(clean(title or "Timeline").split()))
    stamp = _stamp(chronology)
    inferred = inferred_documents(chronology)
    documents = {d.id: d for d in chronology.documents}
    for event, uid in zip(chronology.events, unique_uids(chronology.events), strict=True):
        entry = CalendarEvent()
        entry.add("uid", uid)
        entry.add("dtstamp", stamp)
        _add_span(entry, event)
        entry.add("summary", clean(event.title))
        entry.add("description", _description(event, documents, inferred))
        address = _first_address(event, documents)
        if address:
            entry.add("url", address)
        calendar.add_component(entry)
    stream.write(calendar.to_ical().decode("utf-8"))
