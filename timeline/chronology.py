"""The whole pipeline: documents -> mentions -> events -> one ordered chronology.

Also where a document without a publication date gets one: completed from a partial
dateline, or inferred from what its own text and the rest of the collection say.
"""

from __future__ import annotations

import calendar
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from timeline.checks import distant_publication_dates
from timeline.mentions import extract_mentions
from timeline.merge import merge
from timeline.model import Chronology, Document, Event, Mention
from timeline.period import Period
from timeline.rank import Coverage, date_strength, horizon, rank, story_keywords
from timeline.resolver import resolve

# Candidate publication dates around each date the collection or the text offers.
ANCHOR_BEFORE = 2
ANCHOR_AFTER = 7
# Each candidate publication date costs one more resolution of the article.
MAX_COLLECTION_ANCHORS = 40


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked of the chronology; the defaults keep every event."""

    top: int | None = None
    since: date | None = None
    until: date | None = None
    # Phrases an event's sources must all mention (any of its sentences, any case).
    about: tuple[str, ...] = ()
    # Worker processes for the per-article stages; 0 means one per core.
    jobs: int = 1
    # Keep the background too (history years, centuries, lone mentions far from the story).
    everything: bool = False


# Below this many articles, starting worker processes costs more than it saves.
PARALLEL_MINIMUM = 200
CHUNK = 32


def _collect(
    documents: Sequence[Document],
    results: Iterable[list[Mention]],
    progress: Callable[[int], None] | None,
) -> dict[str, list[Mention]]:
    collected = {}
    for document, mentions in zip(documents, results, strict=True):
        collected[document.id] = mentions
        if progress:
            progress(1)
    return collected


def worker_count(jobs: int) -> int:
    """The processes ``--jobs`` asks for: 0 means one per core."""
    return jobs or os.cpu_count() or 1


def map_mentions(
    documents: Sequence[Document], jobs: int = 1, progress: Callable[[int], None] | None = None
) -> dict[str, list[Mention]]:
    """Each document's mentions: a pure map, spread over ``jobs`` processes for large inputs."""
    jobs = worker_count(jobs)
    if jobs == 1 or len(documents) < PARALLEL_MINIMUM:
        return _collect(documents, map(extract_mentions, documents), progress)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return _collect(documents, pool.map(extract_mentions, documents, chunksize=CHUNK), progress)


def _explicit_days(text: str, language: str) -> list[date]:
    """Calendar days the text names in full (with a year), whatever the anchor."""
    days = []
    for expression in resolve(text, anchor=None, language=language):
        period = Period.from_value(expression.value)
        if period and period.days == 1 and expression.type in ("DATE", "TIME"):
            days.append(period.start)
    return days


def _complete_dateline(document: Document, collection: Sequence[date]) -> Document:
    """A dateline "Sept 9" without a year takes the year that puts it nearest the collection."""
    month, day = (int(part) for part in document.published_hint.split("-")[1:3])
    references = list(collection) or _explicit_days(document.text, document.read_in)
    if not references:
        return document
    middle = sorted(references)[len(references) // 2]
    best = None
    for year in (middle.year - 1, middle.year, middle.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs(candidate - middle) < abs(best - middle):
            best = candidate
    return replace(document, published=best, published_from="dateline") if best else document


def _agreement(document: Document, anchor: date, reported: set[date], explicit: Sequence[date]) -> float:
    """How well an anchor makes the article agree with the collection and with itself."""
    agreement = 0.0
    for mention in extract_mentions(document, anchor):
        period = mention.period
        if period.days == 1:
            agreement += period.start in reported
        elif period.days <= 31 and any(period.start <= day <= period.end for day in reported):
            agreement += 0.5
    # An article reports what has happened: few of its full dates lie after it was written.
    agreement -= 0.5 * sum(day > anchor for day in explicit)
    return agreement


def _plausible(collection: Sequence[date], explicit: Sequence[date]) -> list[date]:
    """The collection's publication dates worth trying for this article: not before the latest
    full date it names (it reports what has happened), at most MAX_COLLECTION_ANCHORS of them,
    the nearest to that date first, or the most common when it names none."""
    if explicit:
        latest = max(explicit)
        earliest = date.fromordinal(max(1, latest.toordinal() - ANCHOR_BEFORE))  # not before 0001-01-01
        eligible = {day for day in collection if day >= earliest}
        return sorted(eligible, key=lambda day: (day - latest, day))[:MAX_COLLECTION_ANCHORS]
    return [day for day, _ in Counter(collection).most_common(MAX_COLLECTION_ANCHORS)]


def _infer_published(document: Document, collection: Sequence[date], reported: set[date]) -> Document:
    explicit = _explicit_days(document.text, document.read_in)
    candidates = set()
    for day in _plausible(collection, explicit) + explicit:
        first, last = day.toordinal() - ANCHOR_BEFORE, day.toordinal() + ANCHOR_AFTER
        # Clipped to the calendar: date cannot hold the days around 0001-01-01 or 9999-12-31.
        candidates.update(map(date.fromordinal, range(max(first, 1), min(last, date.max.toordinal()) + 1)))
    if not candidates:
        return document
    best = max(sorted(candidates), key=lambda day: _agreement(document, day, reported, explicit))
    return replace(document, published=best, published_from="inferred")


def complete_publication_dates(
    documents: Sequence[Document],
    warn: Callable[[str], None],
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[Document], dict[str, list[Mention]]]:
    """Documents with every publication date the evidence allows, and the mentions of the
    documents whose date did not have to be inferred (reused by the caller)."""
    collection = [d.published for d in documents if d.published]
    completed = [
        _complete_dateline(d, collection) if not d.published and d.published_hint else d for d in documents
    ]
    mentions_of = map_mentions([d for d in completed if d.published], jobs, progress)
    reported = {m.period.start for ms in mentions_of.values() for m in ms if m.period.days == 1}
    collection = [d.published for d in completed if d.published]
    result = []
    for document in completed:
        if not document.published:
            document = _infer_published(document, collection, reported)
            if document.published:
                warn(
                    f"{document.path}: no publication date in the article; inferred "
                    f"{document.published.isoformat()} from its dates and the collection "
                    "(use --published to set it)"
                )
            elif document.published_hint:
                month, day = (int(part) for part in document.published_hint.split("-")[1:3])
                warn(
                    f"{document.path}: the dateline gives {calendar.month_abbr[month]} {day} without a "
                    "year and nothing else gives one; its relative dates are left out "
                    "(use --published to set it)"
                )
                document = replace(document, published_from="none")
            else:
                warn(
                    f"{document.path}: no publication date and nothing to infer it from; "
                    "its relative dates are left out (use --published to set it)"
                )
        elif document.published_from == "dateline" and document.published_hint:
            warn(f"{document.path}: dateline without a year; took {document.published.year}")
        result.append(document)
    return result, mentions_of


def order(events: Sequence[Event]) -> list[Event]:
    """Date order; a week or month sorts by its first day, after the days that start with it."""
    return sorted(events, key=lambda e: (e.period.start, e.period.days, -e.score, e.title))


# A year named by fewer articles than this is an aside, not a moment of the story.
YEAR_MINIMUM_ARTICLES = 3
# Granularities too wide to be a moment of a story told day by day: always background.
HISTORY = frozenset({"decade", "century"})
# An event this close to the articles' own dates belongs to the story whatever its support.
NEAR_DAYS = 31
# Fewer articles than this tell no story from its asides: nothing of theirs is background.
STORY_MINIMUM_ARTICLES = 3


@dataclass(frozen=True)
class Story:
    """What the default view judges events by: the days the collection was published over
    (its own period) and how many articles it has."""

    first: date | None
    last: date | None
    articles: int

    @classmethod
    def of(cls, documents: Sequence[Document]) -> Story:
        published = [d.published for d in documents if d.published]
        return cls(min(published, default=None), max(published, default=None), len(documents))


def is_background(event: Event, story: Story) -> bool:
    """History and asides rather than the story: a decade or century; a year outside the
    story's period or named by fewer than YEAR_MINIMUM_ARTICLES articles; a date far outside
    the period (more than NEAR_DAYS from it) that only one article names. The lead-up that
    several articles name, and anything inside the period, belongs to the story. A collection
    of fewer than STORY_MINIMUM_ARTICLES articles has no background."""
    period, articles = event.period, len(event.documents)
    if story.articles < STORY_MINIMUM_ARTICLES:
        return False
    if period.granularity in HISTORY:
        return True
    if story.first is None or story.last is None:
        return period.granularity == "year" and articles < YEAR_MINIMUM_ARTICLES
    first, last = story.first, story.last
    inside = period.start <= last and first <= period.end
    if period.granularity == "year":
        return not inside or articles < YEAR_MINIMUM_ARTICLES
    if inside or articles > 1:
        return False
    gap = (first - period.end).days if period.end < first else (period.start - last).days
    return gap > NEAR_DAYS


def select(
    events: Sequence[Event], options: BuildOptions, coverage: Coverage | None = None,
    story: Story | None = None,
) -> tuple[list[Event], int]:
    """The events to show, in order, and how many background events were left out. Kept:
    events within --since/--until (that lie within the range: "2009" or "last week" is not
    news of the days asked for) whose sentences mention every --about phrase; of those, without
    ``options.everything``, the foreground of ``story`` (see ``is_background``); of those, with
    --top, the strongest (see ``strongest``, ranked as ``rank.rank`` did with ``coverage``)."""
    phrases = [re.compile(rf"(?<!\w){re.escape(p.strip())}(?!\w)", re.IGNORECASE)
               for p in options.about if p.strip()]
    kept = [
        e
        for e in events
        if (options.since is None or e.period.start >= options.since)
        and (options.until is None or e.period.end <= options.until)
        and all(any(p.search(m.sentence) for m in e.mentions) for p in phrases)
    ]
    background = 0
    if not options.everything and story is not None:
        foreground = [e for e in kept if not is_background(e, story)]
        background, kept = len(kept) - len(foreground), foreground
    if options.top is not None:
        kept = strongest(kept, options.top, coverage)
    return order(kept), background


def strongest(events: Sequence[Event], count: int, coverage: Coverage | None = None) -> list[Event]:
    """The strongest events on ``count`` different dates: the days most articles report on
    (see ``rank.date_strength``), each with its strongest event; then, while fewer than
    ``count`` days are chosen, the strongest weeks, months and wider periods in which no day
    is chosen. A short chronology should cover as many moments of the story as it can, and
    say each on the most precise date it can."""
    by_date: dict[tuple[date, date], list[Event]] = defaultdict(list)
    for event in sorted(events, key=lambda e: (-e.score, e.period.days, e.period.start, e.id)):
        by_date[_day_or_period(event.period)].append(event)
    strength = {key: date_strength(group, coverage) for key, group in by_date.items()}
    dates = sorted(by_date, key=lambda key: (key[0] != key[1], -strength[key], key))
    chosen: list[tuple[date, date]] = []
    for key in dates:
        if len(chosen) == count:
            break
        if key[0] == key[1] or not any(key[0] <= day <= key[1] for day, last in chosen if day == last):
            chosen.append(key)
    return [by_date[key][0] for key in chosen]


def _day_or_period(period: Period) -> tuple[date, date]:
    return (period.start, period.end)


def build(
    documents: Sequence[Document],
    options: BuildOptions | None = None,
    warn: Callable[[str], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Chronology:
    """One chronology from the documents: their mentions merged into ranked, ordered events."""
    options = options or BuildOptions()
    notes: list[str] = []
    warn = warn or notes.append
    documents, mentions_of = complete_publication_dates(documents, warn, options.jobs, progress)
    mentions = []
    for document in documents:
        if document.id not in mentions_of:  # dated by inference, or not at all
            mentions_of[document.id] = extract_mentions(document)
            if progress:
                progress(1)
        mentions.extend(mentions_of[document.id])
    keywords = story_keywords(documents)
    events = merge(mentions, worker_count(options.jobs), Coverage(keywords=keywords).on_topic)
    coverage = Coverage(horizon(events), keywords)  # once, for scores and --top
    events = rank(events, coverage)
    for message in distant_publication_dates(Chronology(tuple(documents), tuple(events))):
        warn(message)
    shown, background = select(events, options, coverage, Story.of(documents))
    return Chronology(tuple(documents), tuple(shown), tuple(notes), background)
