"""Readable labels shared by the formats: how a period and an event's sources read."""

from __future__ import annotations

from timeline.model import Chronology, Event
from timeline.period import Period

MOD_WORDS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about"}


def period_label(period: Period) -> str:
    """ "2022-09-08 Thu", "2022-W37 (Sep 12-18)", "2022-05 (late)": the value a reader can check."""
    label = period.value
    if period.granularity == "day":
        label = f"{period.value} {period.start:%a}"
    elif period.granularity == "week":
        label = f"{period.value} ({period.start:%b} {period.start.day}-{period.end:%b} {period.end.day})"
    if period.mod in MOD_WORDS:
        label = f"{label} ({MOD_WORDS[period.mod]})"
    return label


def inferred_documents(chronology: Chronology) -> set[str]:
    return {d.id for d in chronology.documents if d.published_from == "inferred"}


def source_labels(event: Event, inferred: set[str]) -> list[str]:
    """Document ids, starred where the article's publication date was inferred."""
    return [f"{doc}*" if doc in inferred else doc for doc in event.documents]
