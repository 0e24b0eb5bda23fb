"""How an event's sources read, shared by the formats: the outlets of its articles, their
web addresses.

A period's label is the period's own (``Period.label``): it is about a value, not a format.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from timeline.model import Chronology, Document, Event
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
