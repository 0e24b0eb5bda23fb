"""How an event's sources read, shared by the formats: the outlets of its articles, their
web addresses.

A period's label is the period's own (``Period.label``): it is about a value, not a format.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from timeline.model import Chronology, Document, Event
from timeline.period import Period, short_date
from timeline.render.text import clean

# The table names this many outlets, then counts the other articles ("Reuters, AP +3");
# one more outlet is named rather than counted, "+1" says less than its name.
NAMED_OUTLETS = 2
ELLIPSIS = "…"


@dataclass(frozen=True)
class Outlet:
    """One outlet of an event: how many of its articles report it, and whether any of those
    has an inferred publication date (the table's ``*``)."""

    name: str
    articles: int
    inferred: bool
    # False when the name is only a file's (no outlet read from the article): named last.
    read: bool


def inferred_documents(chronology: Chronology) -> set[str]:
    return {d.id for d in chronology.documents if d.published_from == "inferred"}


def outlet_of(document: Document | None, document_id: str) -> str:
    """The document's outlet; a document made without one (by a library user) goes by its id."""
    return document.outlet if document is not None and document.outlet else document_id


def event_outlets(event: Event, documents: Mapping[str, Document]) -> list[Outlet]:
    """The distinct outlets of an event's articles, most articles first, then outlets read from
    the articles before file names, then by name: the same order in every run."""
    counts: dict[str, list[int]] = {}  # name -> [articles, inferred, read]
    for document_id in event.documents:
        document = documents.get(document_id)
        entry = counts.setdefault(outlet_of(document, document_id), [0, 0, 0])
        entry[0] += 1
        if document is not None:
            entry[1] |= document.published_from == "inferred"
            entry[2] |= document.outlet_from not in ("file", "none")
    outlets = [Outlet(name, n, bool(inferred), bool(read)) for name, (n, inferred, read) in counts.items()]
    return sorted(outlets, key=lambda o: (-o.articles, not o.read, o.name.casefold(), o.name))


def event_urls(event: Event, documents: Mapping[str, Document]) -> list[str]:
    """The distinct web addresses of an event's articles, in the order they report it."""
    urls = (documents[d].url for d in event.documents if d in documents and documents[d].url)
    return list(dict.fromkeys(urls))


def _fit(name: str, width: int | None) -> str:
    """A name cut to ``width`` characters, its end marked, so that it fits a table's column."""
    if width is None or len(name) <= width:
        return name
    return name[: max(1, width - 1)] + ELLIPSIS


def source_items(outlets: list[Outlet], width: int | None = None) -> list[str]:
    """The table's words for an event's sources: "Reuters (2),", "AP*", "+3*".

    An outlet with several articles shows how many; ``*`` marks an outlet (or the counted rest)
    with an inferred publication date. Each item is one whole name, on one line and cleaned,
    cut to ``width``: a table wraps between items, never inside a name or an id.
    """
    named = outlets if len(outlets) <= NAMED_OUTLETS + 1 else outlets[:NAMED_OUTLETS]
    items = []
    for index, outlet in enumerate(named):
        suffix = "*" if outlet.inferred else ""
        if outlet.articles > 1:
            suffix += f" ({outlet.articles})"
        if index < len(named) - 1:
            suffix += ","
        name = " ".join(clean(outlet.name).split())
        items.append(_fit(name, width and width - len(suffix)) + suffix)
    rest = outlets[len(named) :]
    if rest:
        star = "*" if any(o.inferred for o in rest) else ""
        items.append(f"+{sum(o.articles for o in rest)}{star}")
    return items


# Up to this many months a chronology is headed by month, beyond it by year.
MONTH_HEADINGS_UP_TO = 24


def sections(events: Sequence[Event]) -> list[tuple[str, list[Event]]]:
    """The events under headings a reader scans: "April 2009" for a chronology of up to
    MONTH_HEADINGS_UP_TO months, "2009" for a longer one; an event goes under the heading of
    its first day, in the events' order."""
    if not events:
        return []
    first, last = min(e.period.start for e in events), max(e.period.start for e in events)
    by_month = (last.year - first.year) * 12 + last.month - first.month < MONTH_HEADINGS_UP_TO
    grouped: dict[str, list[Event]] = {}
    for event in events:
        start = event.period.start
        heading = Period(start.replace(day=1), start, "month", f"{start:%Y-%m}").label if by_month else (
            Period(start, start, "year", str(start.year)).label)
        grouped.setdefault(heading, []).append(event)
    return list(grouped.items())


def summary(chronology: Chronology) -> str:
    """ "12 events from 26 articles published 2 Apr 2009 to 29 Apr 2009"."""
    published = sorted(d.published for d in chronology.documents if d.published)
    events, articles = len(chronology.events), len(chronology.documents)
    line = f"{events} event{'s' * (events != 1)} from {articles} article{'s' * (articles != 1)}"
    if published:
        first, last = short_date(published[0]), short_date(published[-1])
        line += f" published {first}" if first == last else f" published {first} to {last}"
    return line
