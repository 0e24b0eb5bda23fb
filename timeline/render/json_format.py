"""JSON: the documents and the events with every mention's provenance (schema in README)."""

from __future__ import annotations

import json
from typing import TextIO

from timeline.model import Chronology, Event


def _event(event: Event) -> dict:
    return {
        "id": event.id,
        "date": event.period.value,
        "start": event.period.start.isoformat(),
        "end": event.period.end.isoformat(),
        "granularity": event.period.granularity,
        "mod": event.period.mod,
        "title": event.title,
        "score": event.score,
        "documents": list(event.documents),
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
    return {
        "documents": [
            {
                "id": d.id,
                "path": d.path,
                "title": d.title,
                "published": d.published.isoformat() if d.published else None,
                "published_from": d.published_from,
            }
            for d in chronology.documents
        ],
        "events": [_event(e) for e in chronology.events],
    }


def render(chronology: Chronology, stream: TextIO) -> None:
    json.dump(as_dict(chronology), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
