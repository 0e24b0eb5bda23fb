"""How strongly the collection supports an event.

Independent articles count most; copies of one wire story (the same sentence in several
articles) count a little; a headline or lead mention adds a little; a vague date (a year,
a season) weighs less than a day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from timeline.model import Event, Mention

COPY_WEIGHT = 0.25  # what a second article carrying the very same sentence adds
HEADLINE_BONUS = 0.5  # mentioned in the first lines (headline, standfirst)
LEAD_BONUS = 0.25  # mentioned in the lead paragraphs
LEAD_POSITIONS = 6
REPEAT_WEIGHT = 0.05  # each further mention of the event, in any article: a tie-breaker
# A vague date says less: "this year" gathers mentions of everything that happened in it.
SPECIFICITY_WEIGHT = {"time": 1.0, "day": 1.0, "week": 0.6, "month": 0.5, "year": 0.15}
COARSE_WEIGHT = 0.3  # seasons, quarters, halves; decades and wider count as years
# An article that only announces a date (after its own publication date) reports a plan:
# plans slip, and what the story records is what happened.
PROSPECTIVE_WEIGHT = 0.5
# A date named as the bound of a state or a deadline ("schools stay closed until May 6",
# "by Friday", "since April 24") is not when something happened: it counts half again.
BOUNDARY_WEIGHT = 0.5
# A date after the collection's last publication date is still to come for the whole story:
# no article in it could report what happened then, so it counts half again.
UPCOMING_WEIGHT = 0.5
_BOUNDARY = re.compile(r"\b(?:until|till|through|before|after|by|since|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _normalized(sentence: str) -> str:
    return re.sub(r"\W+", " ", sentence.lower()).strip()


def _copy_groups(event: Event) -> list[list[str]]:
    """Articles grouped as copies of one another: those that share a sentence verbatim."""
    parent: dict[str, str] = {}

    def root(article: str) -> str:
        while parent.setdefault(article, article) != article:
            article = parent[article]
        return article

    first_with: dict[str, str] = {}
    for mention in event.mentions:
        article = root(mention.document_id)
        other = root(first_with.setdefault(_normalized(mention.sentence), article))
        if other != article:
            parent[article] = other
    groups: dict[str, list[str]] = defaultdict(list)
    for article in parent:
        groups[root(article)].append(article)
    return list(groups.values())


def horizon(events: Iterable[Event]) -> date | None:
    """The latest publication date behind the events: where the story so far ends."""
    return max((m.anchor for e in events for m in e.mentions if m.anchor is not None), default=None)


def mention_weight(mention: Mention, upcoming_after: date | None = None) -> float:
    """Full for a date reported as past or present and as the time of what it tells; less for
    a date looked forward to, less again if it lies after ``upcoming_after`` (see
    ``horizon``), and less for a date named only as a bound."""
    weight = 1.0
    if mention.anchor is not None and mention.period.start > mention.anchor:
        weight *= PROSPECTIVE_WEIGHT
        if upcoming_after is not None and mention.period.start > upcoming_after:
            weight *= UPCOMING_WEIGHT
    offset = mention.expression.start - mention.sentence_start
    if _BOUNDARY.search(mention.sentence, max(0, offset - 16), max(0, offset)):
        weight *= BOUNDARY_WEIGHT
    return weight


def article_weights(mentions: Iterable[Mention], upcoming_after: date | None = None,
                    granularity: str = "day") -> dict[str, float]:
    """Each reporting article's weight: that of its strongest mention among ``mentions`` (see
    ``mention_weight``). A mention vaguer than ``granularity``, the precision of the event it
    joined ("in May" in a day's event), counts in proportion: it does not attest the day."""
    weights: dict[str, float] = {}
    target = _specificity(granularity)
    for mention in mentions:
        weight = mention_weight(mention, upcoming_after)
        vaguer = _specificity(mention.period.granularity)
        if vaguer < target:
            weight *= vaguer / target
        weights[mention.document_id] = max(weight, weights.get(mention.document_id, 0.0))
    return weights


def independent_support(event: Event, upcoming_after: date | None = None) -> float:
    """Distinct articles, where wire copies (articles sharing a sentence verbatim) count as
    one plus a bit."""
    weights = article_weights(event.mentions, upcoming_after, event.period.granularity)
    if len(weights) == 1:  # one article: nothing to be a copy of
        return next(iter(weights.values()))
    support = 0.0
    for articles in _copy_groups(event):
        ordered = sorted((weights[article] for article in articles), reverse=True)
        support += ordered[0] + COPY_WEIGHT * sum(ordered[1:])
    return support


def _specificity(granularity: str) -> float:
    if granularity in SPECIFICITY_WEIGHT:
        return SPECIFICITY_WEIGHT[granularity]
    return SPECIFICITY_WEIGHT["year"] if granularity in ("decade", "century") else COARSE_WEIGHT


def score(event: Event, upcoming_after: date | None = None) -> float:
    best_position = min(m.position for m in event.mentions)
    prominence = (
        HEADLINE_BONUS if best_position <= 1 else LEAD_BONUS if best_position < LEAD_POSITIONS else 0.0
    )
    precision = _specificity(event.period.granularity)
    repeats = REPEAT_WEIGHT * (len(event.mentions) - len(event.documents))
    return round((independent_support(event, upcoming_after) + prominence + repeats) * precision, 3)


def date_strength(events: Sequence[Event], upcoming_after: date | None = None) -> float:
    """How strongly the collection reports on one date: the articles behind all its events
    (an article counts once however many of the day's events it reports, and half if it only
    looks forward to the date), weighted like an event's score by how specific the date is,
    with the strongest event as a tie-breaker."""
    granularity = events[0].period.granularity
    weights = article_weights((mention for event in events for mention in event.mentions), upcoming_after,
                              granularity)
    precision = _specificity(granularity)
    return sum(weights.values()) * precision + max(event.score for event in events) / 1000


def rank(events: list[Event], upcoming_after: date | None = None) -> list[Event]:
    """The events with their scores filled in; ``upcoming_after`` defaults to their ``horizon``."""
    if upcoming_after is None:
        upcoming_after = horizon(events)
    return [replace(event, score=score(event, upcoming_after)) for event in events]
