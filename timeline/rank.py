"""How strongly the collection supports an event.

Independent articles count most; copies of one wire story (the same sentence in several
articles) count a little; a headline or lead mention adds a little; a vague date (a year,
a season) weighs less than a day; a sentence that names none of the story's own words (a
market report or a sports sidebar on a page about a war) counts half.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from timeline.dates.lang import reading_pack
from timeline.merge import content_terms
from timeline.model import Document, Event, Mention

COPY_WEIGHT = 0.25  # what a second article carrying the very same sentence adds
HEADLINE_BONUS = 0.5  # mentioned in the first lines (headline, standfirst)
LEAD_BONUS = 0.25  # mentioned in the lead paragraphs
LEAD_POSITIONS = 6
# A date named further down an article than its lead is more often background to the news than
# the news itself: the article supports it three quarters.
DEEP_WEIGHT = 0.75
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
# A sentence that names none of the story's KEYWORDS (the terms the most articles share:
# its people, places and subject) is likely about something else on the page.
OFF_TOPIC_WEIGHT = 0.5
KEYWORDS = 5
# Fewer articles than this say too little about what the story is about.
KEYWORD_MINIMUM_ARTICLES = 5
# The keywords are read from at most this many articles, spread over the collection: a
# story's most widespread words show in any few hundred of its articles.
KEYWORD_SAMPLE = 400
# "until", "by", "since" before a date make it a bound: the words are a language pack's (the
# mention's article's; ``lang.reading_pack``).


def _normalized(sentence: str) -> str:
    return re.sub(r"\W+", " ", sentence.lower()).strip()


def _copy_groups(mentions: Iterable[Mention]) -> list[list[str]]:
    """Articles grouped as copies of one another: those that share a sentence verbatim."""
    parent: dict[str, str] = {}

    def root(article: str) -> str:
        while parent.setdefault(article, article) != article:
            article = parent[article]
        return article

    first_with: dict[str, str] = {}
    for mention in mentions:
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


def story_keywords(documents: Sequence[Document]) -> tuple[str, ...]:
    """The KEYWORDS content terms (as ``merge.content_terms`` writes them) that the most articles
    use, numbers and the names of the collection's outlets aside: what the story is about. None
    for a collection too small to tell."""
    if len(documents) < KEYWORD_MINIMUM_ARTICLES:
        return ()
    step = max(1, len(documents) // KEYWORD_SAMPLE)
    # "Reuters" in every dateline of a wire collection says nothing of what its story is about
    outlets = set().union(*(content_terms(outlet) for outlet in {d.outlet for d in documents}))
    spread: Counter[str] = Counter()
    for document in sorted(documents, key=lambda d: d.id)[::step]:
        terms = content_terms(document.text, language=document.read_in)
        spread.update(term for term in terms - outlets if not term[0].isdigit())
    ranked = sorted(spread.items(), key=lambda item: (-item[1], item[0]))
    return tuple(term for term, _ in ranked[:KEYWORDS])


@dataclass(frozen=True)
class Coverage:
    """What the whole collection tells about any one event: where the story so far ends (see
    ``horizon``) and the words it is about (see ``story_keywords``)."""

    upcoming_after: date | None = None
    keywords: tuple[str, ...] = ()

    @classmethod
    def of(cls, documents: Sequence[Document], events: Iterable[Event]) -> Coverage:
        return cls(horizon(events), story_keywords(documents))

    def on_topic(self, sentence: str) -> bool:
        """Whether the sentence names one of the story's keywords (any case; a keyword is a
        word's stem, so "virus" names "viru")."""
        if not self.keywords:
            return True
        return bool(_keyword_pattern(self.keywords).search(sentence))


@lru_cache(maxsize=8)
def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keywords)) + ")", re.IGNORECASE)


def mention_weight(mention: Mention, coverage: Coverage | None = None) -> float:
    """Full for a date reported as past or present and as the time of what it tells, in a
    sentence about the story; less for a date looked forward to, less again if it lies after
    the story so far (``coverage.upcoming_after``), less for a date named only as a bound, and
    less in a sentence that names none of the story's keywords."""
    coverage = coverage or Coverage()
    upcoming_after = coverage.upcoming_after
    weight = 1.0
    if mention.anchor is not None and mention.period.start > mention.anchor:
        weight *= PROSPECTIVE_WEIGHT
        if upcoming_after is not None and mention.period.start > upcoming_after:
            weight *= UPCOMING_WEIGHT
    offset = mention.expression.start - mention.sentence_start
    bound = reading_pack(mention.language).bound_before
    if bound.search(mention.sentence, max(0, offset - 16), max(0, offset)):
        weight *= BOUNDARY_WEIGHT
    if mention.position >= LEAD_POSITIONS:
        weight *= DEEP_WEIGHT
    if not coverage.on_topic(mention.sentence):
        weight *= OFF_TOPIC_WEIGHT
    return weight


def article_weights(mentions: Iterable[Mention], coverage: Coverage | None = None,
                    granularity: str = "day") -> dict[str, float]:
    """Each reporting article's weight: that of its strongest mention among ``mentions`` (see
    ``mention_weight``). A mention vaguer than ``granularity``, the precision of the event it
    joined ("in May" in a day's event), counts in proportion: it does not attest the day."""
    weights: dict[str, float] = {}
    target = _specificity(granularity)
    for mention in mentions:
        weight = mention_weight(mention, coverage)
        vaguer = _specificity(mention.period.granularity)
        if vaguer < target:
            weight *= vaguer / target
        weights[mention.document_id] = max(weight, weights.get(mention.document_id, 0.0))
    return weights


def independent_support(event: Event, coverage: Coverage | None = None) -> float:
    """Distinct articles, where wire copies (articles sharing a sentence verbatim) count as
    one plus a bit."""
    return _independent(event.mentions, article_weights(event.mentions, coverage, event.period.granularity))


def _independent(mentions: Sequence[Mention], weights: dict[str, float]) -> float:
    """The articles' ``weights`` summed with wire copies (see ``_copy_groups``) as one article
    and COPY_WEIGHT for each further copy."""
    if len(weights) == 1:  # one article: nothing to be a copy of
        return next(iter(weights.values()))
    support = 0.0
    for articles in _copy_groups(mentions):
        ordered = sorted((weights[article] for article in articles), reverse=True)
        support += ordered[0] + COPY_WEIGHT * sum(ordered[1:])
    return support


def _specificity(granularity: str) -> float:
    if granularity in SPECIFICITY_WEIGHT:
        return SPECIFICITY_WEIGHT[granularity]
    return SPECIFICITY_WEIGHT["year"] if granularity in ("decade", "century") else COARSE_WEIGHT


def score(event: Event, coverage: Coverage | None = None) -> float:
    best_position = min(m.position for m in event.mentions)
    prominence = (
        HEADLINE_BONUS if best_position <= 1 else LEAD_BONUS if best_position < LEAD_POSITIONS else 0.0
    )
    precision = _specificity(event.period.granularity)
    repeats = REPEAT_WEIGHT * (len(event.mentions) - len(event.documents))
    return round((independent_support(event, coverage) + prominence + repeats) * precision, 3)


def date_strength(events: Sequence[Event], coverage: Coverage | None = None) -> float:
    """How strongly the collection reports on one date: the articles behind all its events
    (an article counts once however many of the day's events it reports, weighted as in
    ``mention_weight``, and wire copies count as in an event's score), weighted like an
    event's score by how specific the date is, with the strongest event as a tie-breaker."""
    granularity = events[0].period.granularity
    mentions = [mention for event in events for mention in event.mentions]
    weights = article_weights(mentions, coverage, granularity)
    precision = _specificity(granularity)
    support = _independent(mentions, weights) if weights else 0.0
    return support * precision + max(event.score for event in events) / 1000


def rank(events: list[Event], coverage: Coverage | None = None) -> list[Event]:
    """The events with their scores filled in; ``coverage`` defaults to the events' ``horizon``
    with no keywords."""
    if coverage is None:
        coverage = Coverage(horizon(events))
    return [replace(event, score=score(event, coverage)) for event in events]
