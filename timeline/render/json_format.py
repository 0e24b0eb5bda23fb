"""JSON: the documents and the events with every mention's provenance (schema in README).

Titles are cleaned as in every format; mention sentences and expressions stay verbatim (JSON
escapes any character) so their offsets match the article text, but for lone surrogates, which
no encoder accepts: each becomes U+FFFD."""

from __future__ import annotations

import json
from typing import TextIO

from timeline.model import Chronology, Document, Event
from timeline.render.labels import event_outlets
from timeline.render.text import clean, without_surrogates


def _event(event: Event, documents: dict[str, Document]) -> dict:
    return {
        "id": event.id,
        "date": event.period.value,
        "label": event.period.label,
        "start": event.period.start.isoformat(),
        "end": event.period.end.isoformat(),
        "granularity": event.period.granularity,
        "mod": event.period.mod,
        "title": clean(event.title),
        "score": event.score,
        "documents": list(event.documents),
        "outlets": [clean(o.name) for o in event_outlets(event, documents)],
        "mentions": [
            {
                "document": m.document_id,
                "sentence": m.sentence,
                "expression": m.expression.text,
                "value": m.expression.value,
                "start": m.expression.start,
                "end": m.expression.end,
                "anchor": m.anchor.isoformat() if m.anchor else None,
                "implicit": m.implicit,
            }
            for m in event.mentions
        ],
    }


def as_dict(chronology: Chronology) -> dict:
    documents = {d.id: d for d in chronology.documents}
    return {
        "documents": [
            {
                "id": d.id,
                "path": d.path,
                "url": d.url,
                "title": clean(d.title),
                "published": d.published.isoformat() if d.published else None,
                "published_from": d.published_from,
                "outlet": clean(d.outlet),
                "outlet_from": d.outlet_from,
                "language": d.language,
            }
            for d in chronology.documents
        ],
        "events": [_event(e, documents) for e in chronology.events],
    }


def render(chronology: Chronology, stream: TextIO) -> None:
    """One document or event a line: readable, diffable, and fast to write (the C encoder
    serializes each line; a fully indented dump is several times slower on big runs)."""
    data = as_dict(chronology)
    stream.write("{\n")
    for key in ("documents", "events"):
        items = data[key]
        stream.write(f'"{key}": [')
        for index, item in enumerate(items):
            stream.write("\n  " if index == 0 else ",\n  ")
            stream.write(without_surrogates(json.dumps(item, ensure_ascii=False)))
        stream.write("\n]" if items else "]")
        stream.write(",\n" if key == "documents" else "\n")
    stream.write("}\n")
