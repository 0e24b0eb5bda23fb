"""Sanity checks on a finished chronology that deserve a warning, not a failure."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from timeline.model import Chronology, Mention

# An article reports what has happened: full dates more than a year after its publication
# date, or only dates over a century before it, suggest the publication date is wrong.
MAX_YEARS_AFTER = 1
MAX_YEARS_BEFORE = 100


def _full_date(mention: Mention) -> date | None:
    """The start of a mention that spells out its year ("Aug. 31, 2022"), so the anchor played
    no part in it."""
    period = mention.period
    if mention.implicit or f"{period.start.year:04d}" not in mention.expression.text:
        return None
    return period.start


def distant_publication_dates(chronology: Chronology) -> list[str]:
    """A warning for each article whose publication date lies far from every full date in it:
    its relative dates ("last week") were resolved against a date that is probably wrong."""
    days: dict[str, list[date]] = defaultdict(list)
    for event in chronology.events:
        for mention in event.mentions:
            day = _full_date(mention)
            if day:
                days[mention.document_id].append(day)
    warnings = []
    for document in chronology.documents:
        named, published = days.get(document.id), document.published
        if not named or published is None:
            continue
        after = all(day.year - published.year > MAX_YEARS_AFTER for day in named)
        before = all(published.year - day.year > MAX_YEARS_BEFORE for day in named)
        if after or before:
            warnings.append(
                f"{document.path}: publication date {published.isoformat()} is far from every full "
                f"date in the text ({min(named).isoformat()} to {max(named).isoformat()}); its relative "
                "dates may be wrong (use --published to set it)"
            )
    return warnings
