"""Shared helpers: build mentions and chronologies by hand, find fixtures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.model import Chronology, Document, Event, Mention, TemporalExpression
from timeline.period import Period

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def make_mention(document_id: str, sentence: str, expression: str, value: str, position: int = 5) -> Mention:
    """A mention whose expression is the first occurrence of ``expression`` in ``sentence``."""
    offset = sentence.index(expression)
    period = Period.from_value(value)
    assert period is not None, value
    timex = TemporalExpression(offset, offset + len(expression), expression, "DATE", value)
    return Mention(document_id, sentence, 0, timex, period, position)


def make_chronology(
    events: list[tuple[str, str, list[str]]],
    inferred: tuple[str, ...] = (),
    outlets: dict[str, str] | None = None,
    urls: dict[str, str] | None = None,
) -> Chronology:
    """A chronology of (value, title, document ids) events, for renderer tests; ``outlets``
    gives documents the outlet their text would name (the others go by their file's name),
    ``urls`` their web addresses."""
    outlets = outlets or {}
    urls = urls or {}
    documents = {}
    built = []
    for index, (value, title, doc_ids) in enumerate(events):
        mentions = []
        for doc_id in doc_ids:
            documents.setdefault(
                doc_id,
                Document(
                    doc_id,
                    f"{doc_id}.txt",
                    f"Title {doc_id}",
                    title,
                    None if doc_id in inferred else date(2022, 9, 9),
                    "inferred" if doc_id in inferred else "header",
                    outlet=outlets.get(doc_id, doc_id),
                    outlet_from="dateline" if doc_id in outlets else "file",
                    url=urls.get(doc_id, ""),
                ),
            )
            mentions.append(make_mention(doc_id, title, title.split()[0], value))
        period = Period.from_value(value)
        built.append(Event(f"event{index}", period, title, float(len(doc_ids)), tuple(mentions)))
    return Chronology(tuple(documents.values()), tuple(built))


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
