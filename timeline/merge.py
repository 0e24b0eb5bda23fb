"""Group mentions of the same happening into events.

Blocking keeps the cost linear: a day-level mention is only compared with clusters of
the same day; a week- or month-level mention only with clusters inside its period.
Within a block, mentions join the cluster whose content (names, key terms, numbers)
they share most, weighted by how rare each term is in the collection.
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from timeline.model import Event, Mention
from timeline.period import Period
from timeline.sentences import clean_title

# Share of a mention's weighted content that a cluster must hold for the mention to join it.
JOIN_SAME_DAY = 0.25
JOIN_WIDER_PERIOD = 0.40
# Only weeks and months are narrow enough to say which day-level event they describe.
WIDEST_TO_JOIN_DAYS = 31

STOPWORDS = frozenset(
    """
    a about above after again against all also although am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how however i if in
    into is it its itself just me more most my myself no nor not now of off on once only or other
    our ours ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    said says say told according added would could may might must shall one two three new last
    next first week weeks month months year years day days today yesterday tomorrow monday tuesday
    wednesday thursday friday saturday sunday january february march april june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec earlier
    later ago time since still even well back many much made make like get got went going us mr
    mrs ms
    """.split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d+(?:[.,]\d+)*")


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_terms(text: str, skip: tuple[int, int] | None = None) -> set[str]:
    """Names, key terms and numbers of a sentence (the date expression itself left out)."""
    terms = set()
    for match in _WORD.finditer(text):
        if skip and skip[0] <= match.start() < skip[1]:
            continue
        word = match.group(0).replace("’", "'").removesuffix("'s")
        lower = word.lower()
        if lower in STOPWORDS or len(lower) < 3 and not lower.isdigit():
            continue
        terms.add(_stem(lower))
    return terms


def mention_terms(mention: Mention) -> set[str]:
    expression = mention.expression
    offset = mention.sentence_start
    return content_terms(mention.sentence, (expression.start - offset, expression.end - offset))


@dataclass
class _Cluster:
    period: Period
    mentions: list[Mention] = field(default_factory=list)
    terms: Counter[str] = field(default_factory=Counter)

    def add(self, mention: Mention, terms: set[str]) -> None:
        self.mentions.append(mention)
        self.terms.update(terms)
        if mention.period.specificity < self.period.specificity:
            self.period = mention.period


class Weights:
    """Inverse document frequency of terms: rare names weigh more than common words."""

    def __init__(self, terms_by_document: dict[str, set[str]]):
        self.count = len(terms_by_document)
        self.frequency: Counter[str] = Counter()
        for terms in terms_by_document.values():
            self.frequency.update(terms)

    def __call__(self, term: str) -> float:
        return math.log(1 + self.count / (self.frequency.get(term, 0) or 1))

    def containment(self, terms: set[str], cluster: _Cluster) -> float:
        total = sum(self(term) for term in terms)
        if not total:
            return 0.0
        return sum(self(term) for term in terms if term in cluster.terms) / total


def _best(weights: Weights, terms: set[str], clusters: Iterable[_Cluster]) -> tuple[float, _Cluster | None]:
    best_score, best = 0.0, None
    for cluster in clusters:
        score = weights.containment(terms, cluster)
        if score > best_score:
            best_score, best = score, cluster
    return best_score, best


def cluster_mentions(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Mentions grouped by event: same-day mentions by shared content, then wider
    mentions (a week, a month) into the day-level cluster inside their period they describe."""
    terms_of = [mention_terms(m) for m in mentions]
    by_document: dict[str, set[str]] = defaultdict(set)
    for mention, terms in zip(mentions, terms_of, strict=True):
        by_document[mention.document_id] |= terms
    weights = Weights(by_document)

    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].period.days, mentions[i].period.start))
    single_days = [i for i in order if mentions[i].period.days == 1]
    wider = [i for i in order if mentions[i].period.days > 1]

    by_day: dict[date, list[_Cluster]] = defaultdict(list)
    for i in single_days:
        candidates = by_day[mentions[i].period.start]
        score, cluster = _best(weights, terms_of[i], candidates)
        if cluster is None or score < JOIN_SAME_DAY:
            cluster = _Cluster(mentions[i].period)
            candidates.append(cluster)
        cluster.add(mentions[i], terms_of[i])

    days = sorted(by_day)
    by_value: dict[str, list[_Cluster]] = defaultdict(list)
    for i in wider:
        period = mentions[i].period
        candidates = list(by_value[period.value])
        if period.days <= WIDEST_TO_JOIN_DAYS:
            inside = days[bisect_left(days, period.start) : bisect_right(days, period.end)]
            candidates += [c for day in inside for c in by_day[day]]
        score, cluster = _best(weights, terms_of[i], candidates)
        if cluster is None or score < JOIN_WIDER_PERIOD:
            cluster = _Cluster(period)
            by_value[period.value].append(cluster)
        cluster.add(mentions[i], terms_of[i])
    clusters = [c for group in by_day.values() for c in group]
    clusters += [c for group in by_value.values() for c in group]
    return [c.mentions for c in clusters]


def _title_rank(mention: Mention, event_period: Period) -> tuple:
    words = len(mention.sentence.split())
    quoted = mention.sentence.lstrip()[:1] in "\"'“‘"
    well_sized = 8 <= words <= 45
    return (mention.period != event_period, quoted, not well_sized, mention.position, words)


def choose_title(mentions: Sequence[Mention], period: Period) -> str:
    """A whole, clean sentence: unquoted, of readable length, early in its article."""
    best = min(mentions, key=lambda m: _title_rank(m, period))
    return clean_title(best.sentence)


def event_id(period: Period, title: str) -> str:
    """Stable across runs: a hash of the event's period and the content words of its title."""
    key = period.value + "|" + " ".join(sorted(content_terms(title)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def merge(mentions: Sequence[Mention]) -> list[Event]:
    """Events, unscored and unordered: one per cluster of mentions."""
    events, seen = [], Counter()
    for group in cluster_mentions(mentions):
        period = min((m.period for m in group), key=lambda p: (p.specificity, p.days))
        title = choose_title(group, period)
        identifier = event_id(period, title)
        seen[identifier] += 1
        if seen[identifier] > 1:
            identifier = f"{identifier}-{seen[identifier]}"
        group.sort(key=lambda m: (m.document_id, m.sentence_start, m.expression.start))
        events.append(Event(identifier, period, title, 0.0, tuple(group)))
    return events
