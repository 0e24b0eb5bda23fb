"""How strongly the collection supports an event.

Independent articles count most; copies of one wire story (the same sentence in several
articles) count a little; a headline or lead mention and a precise date add a little.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from timeline.model import Event

COPY_WEIGHT = 0.25  # what a second article carrying the very same sentence adds
HEADLINE_BONUS = 0.5  # mentioned in the first lines (headline, standfirst)
LEAD_BONUS = 0.25  # mentioned in the lead paragraphs
LEAD_POSITIONS = 6
SPECIFICITY_BONUS = {"time": 0.3, "day": 0.3, "week": 0.1, "month": 0.0}
COARSE_PENALTY = -0.3  # seasons, quarters, years and wider


def _normalized(sentence: str) -> str:
    return re.sub(r"\W+", " ", sentence.lower()).strip()


def independent_support(event: Event) -> float:
    """Distinct articles, where articles sharing one sentence verbatim count as one plus a bit."""
    sentences_of: dict[str, set[str]] = defaultdict(set)
    for mention in event.mentions:
        sentences_of[mention.document_id].add(_normalized(mention.sentence))
    groups: list[tuple[set[str], int]] = []
    for sentences in sentences_of.values():
        for group in groups:
            if group[0] & sentences:
                group[0].update(sentences)
                groups[groups.index(group)] = (group[0], group[1] + 1)
                break
        else:
            groups.append((set(sentences), 1))
    return sum(1 + COPY_WEIGHT * (size - 1) for _, size in groups)


def score(event: Event) -> float:
    best_position = min(m.position for m in event.mentions)
    prominence = (
        HEADLINE_BONUS if best_position <= 1 else LEAD_BONUS if best_position < LEAD_POSITIONS else 0.0
    )
    precision = SPECIFICITY_BONUS.get(event.period.granularity, COARSE_PENALTY)
    return round(independent_support(event) + prominence + precision, 3)


def rank(events: list[Event]) -> list[Event]:
    """The events with their scores filled in."""
    return [replace(event, score=score(event)) for event in events]
