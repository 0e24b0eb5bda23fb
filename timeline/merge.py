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
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from multiprocessing import get_all_start_methods, get_context

from timeline.dates.lang import DEFAULT, reading_pack
from timeline.model import Event, Mention
from timeline.period import Period
from timeline.sentences import MAX_TITLE_WORDS, clean_title

# Share of a mention's weighted content that a cluster must hold for the mention to join it.
# Articles word one event differently, so the bar for the same day is low: any shared
# rare name or term; sharing nothing but common words keeps two events apart.
JOIN_SAME_DAY = 0.08
JOIN_WIDER_PERIOD = 0.15
# Only weeks and months are narrow enough to say which day-level event they describe.
WIDEST_TO_JOIN_DAYS = 31
# How many of the likeliest day mentions a week or month is compared with in full.
SHORTLIST = 8
# A term shared by more sentences than this is too common to suggest a pair worth comparing.
MAX_POSTING = 100
# Mentions of a quarter, a year or wider that join no day: the date says little (a year of
# financial news holds thousands of "1986"s), so content must say more, and only terms rarer
# within the block suggest a pair. This also keeps such blocks cheap at corpus scale.
JOIN_WIDE_PERIOD = 0.15
WIDE_MAX_POSTING = 20

# Stop words and the suffixes a word's forms differ by are a language pack's: a mention's are
# those of the language its article is read in. Names and numbers are the same in every
# language, so mentions in different languages still meet on them.
# a word of letters in any script ("Türk", "März"), with inner apostrophes and hyphens; a number
_WORD = re.compile(r"[^\W\d_]+(?:['’\-]+[^\W\d_]+)*|\d+(?:[.,]\d+)*")


def _stem(word: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1 << 17)
def _term(word: str, language: str = DEFAULT) -> str | None:
    """The comparable form of one word of ``language``, or None for a stopword; cached, since
    news repeats its words and this runs for every word of every dated sentence."""
    pack = reading_pack(language)
    lower = word.replace("’", "'").removesuffix("'s").lower()
    if lower in pack.stop_words or len(lower) < 3 and not lower.isdigit():
        return None
    return _stem(lower, pack.stem_suffixes)


def content_terms(text: str, skip: tuple[int, int] | None = None, language: str = DEFAULT) -> set[str]:
    """Names, key terms and numbers of a sentence in ``language`` (the date expression itself
    left out)."""
    if skip is None:
        words = _WORD.findall(text)
    elif _clean_cut(text, *skip):  # the usual case, without a Python step per word
        words = _WORD.findall(text, 0, skip[0]) + _WORD.findall(text, skip[1])
    else:
        words = [m.group(0) for m in _WORD.finditer(text) if not skip[0] <= m.start() < skip[1]]
    if language == DEFAULT:
        return set(filter(None, map(_term, words)))
    return {term for word in words if (term := _term(word, language))}


_OPENING, _CLOSING = frozenset(" \t\n(\"“‘["), frozenset(" \t\n;:!?)\"”’]")


def _clean_cut(text: str, start: int, end: int) -> bool:
    """Whether no word runs across ``start`` or ``end``, so the text can be cut there."""
    before_ok = start == 0 or text[start - 1] in _OPENING
    after = text[end : end + 2]
    after_ok = not after or after[0] in _CLOSING or after[0] in ".," and not after[1:].isalnum()
    return before_ok and after_ok


def mention_terms(mention: Mention) -> set[str]:
    expression = mention.expression
    offset = mention.sentence_start
    return content_terms(mention.sentence, (expression.start - offset, expression.end - offset),
                         mention.language)


class Weights:
    """Inverse sentence frequency of terms among the dated sentences: in a collection about
    one story every article says "report", few say "Türk"."""

    def __init__(self, sentences: Sequence[set[str]]):
        frequency: Counter[str] = Counter()
        for terms in sentences:
            frequency.update(terms)
        count = len(sentences)
        self.weight = {term: math.log(1 + count / seen) for term, seen in frequency.items()}
        self.sentences = sentences
        self.totals = [self.total(terms) for terms in sentences]

    def total(self, terms: set[str]) -> float:
        """Exactly rounded (``fsum``), so the result does not depend on the set's iteration
        order, which changes with Python's string hashing from run to run: ties between
        candidate events must break the same way every time."""
        return math.fsum(map(self.weight.__getitem__, terms))

    def overlap(self, first: int, second: int) -> float:
        """Weighted share of the smaller sentence's content that the other one also has."""
        smaller = min(self.totals[first], self.totals[second])
        if not smaller:
            return 0.0
        return self.total(self.sentences[first] & self.sentences[second]) / smaller


class _Components:
    """Union-find over mention indices."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: int, second: int) -> None:
        self.parent[self.find(first)] = self.find(second)

    def groups(self) -> list[list[int]]:
        grouped: dict[int, list[int]] = defaultdict(list)
        for item in self.parent:
            grouped[self.find(item)].append(item)
        return list(grouped.values())


def _common_masks(terms: Sequence[set[str]], max_posting: int) -> tuple[list[str], list[int]]:
    """The block's terms too common to suggest a pair (in sorted order), and each mention's
    share of them as a bit mask, so two mentions' common terms meet in one integer ``&``."""
    frequency: Counter[str] = Counter()
    for own in terms:
        frequency.update(own)
    common = sorted(term for term, seen in frequency.items() if seen > max_posting)
    bit = {term: 1 << position for position, term in enumerate(common)}
    return common, [sum(map(bit.__getitem__, bit.keys() & own)) for own in terms]


def _bits(mask: int, terms: Sequence[str]) -> list[str]:
    """The terms whose bits are set in ``mask``."""
    chosen = []
    while mask:
        lowest = mask & -mask
        chosen.append(terms[lowest.bit_length() - 1])
        mask ^= lowest
    return chosen


def _episodes(episode: Sequence[int]) -> list[list[int]]:
    """Mentions by episode, each list in mention order, episodes in order of their first mention."""
    grouped: dict[int, list[int]] = defaultdict(list)
    for local, label in enumerate(episode):
        grouped[label].append(local)
    return list(grouped.values())


def _shared_weights(
    rare: Sequence[str], weight: dict[str, float], postings: dict[str, list[int]]
) -> dict[int, float]:
    """The weight of the ``rare`` terms (sorted) that each mention in ``postings`` shares, summed
    term by term in that order: the same floats in every run, whichever of a pair comes first."""
    shared: dict[int, float] = defaultdict(float)
    for term in rare:
        term_weight = weight[term]
        for other in postings.get(term, ()):
            shared[other] += term_weight
    return shared


def _similar_pairs(
    terms: Sequence[set[str]],
    totals: Sequence[float],
    weight: dict[str, float],
    episode: Sequence[int],
    threshold: float,
    max_posting: int,
) -> dict[int, float]:
    """Similarity of the pairs of mentions from different episodes that share a term and
    reach ``threshold``, keyed ``first * len(terms) + second`` (block positions, ``first <
    second``): an int key keeps hundreds of thousands of pairs out of the garbage collector's
    way. Found through an inverted index, one mention at a time against the earlier episodes',
    so a busy day costs far less than all pairs; a term in more than ``max_posting`` sentences
    of the block is too common to suggest a pair. Pairs within an episode are left out: the
    episode is one group from the start, and linkage only sums pairs across groups. Pairs
    below the threshold count as unrelated (memory stays linear)."""
    common, masks = _common_masks(terms, max_posting)
    common_set = frozenset(common)
    common_weight: dict[int, float] = {}
    postings: dict[str, list[int]] = defaultdict(list)
    similarity: dict[int, float] = {}
    size = len(terms)
    for members in _episodes(episode):
        rare_of = [sorted(terms[index] - common_set) for index in members]
        for index, rare in zip(members, rare_of, strict=True):
            own_mask, own_total = masks[index], totals[index]
            for other, value in _shared_weights(rare, weight, postings).items():
                both = own_mask & masks[other]
                if both:  # terms too common to suggest a pair still count for pairs that share them
                    extra = common_weight.get(both)
                    if extra is None:
                        extra = common_weight[both] = math.fsum(weight[term] for term in _bits(both, common))
                    value += extra
                other_total = totals[other]
                value /= own_total if own_total < other_total else other_total
                if value >= threshold:
                    similarity[other * size + index if other < index else index * size + other] = value
        for index, rare in zip(members, rare_of, strict=True):
            for term in rare:
                postings[term].append(index)
    return similarity


def _link_similar(similarity: dict[int, float], episode: Sequence[int], threshold: float) -> list[list[int]]:
    """Average linkage: two groups join when their members are, on average, similar enough,
    so one loose pair cannot chain unrelated statements of a busy day into one event.
    Pairs are taken from the most similar down; pairs never compared count as unrelated.
    Groups start as the episodes; returned as lists of block positions."""
    size = len(episode)
    # The most similar pairs first; equal ones in pair order (a stable sort of sorted pairs).
    strongest_first = sorted(similarity)
    strongest_first.sort(key=similarity.__getitem__, reverse=True)
    group = list(episode)
    members_of = {members[0]: members for members in _episodes(episode)}
    linked: dict[int, dict[int, float]] = defaultdict(dict)  # group -> group -> summed similarity
    for pair in strongest_first:  # the same additions either way: symmetric to the last bit
        first, second = divmod(pair, size)
        a, b = group[first], group[second]
        linked[a][b] = linked[b][a] = linked[a].get(b, 0.0) + similarity[pair]
    for pair in strongest_first:
        first, second = divmod(pair, size)
        gone, kept = group[first], group[second]
        if gone == kept:
            continue
        if linked[gone].get(kept, 0.0) < threshold * len(members_of[gone]) * len(members_of[kept]):
            continue
        # Which name the union keeps is free (each merged sum adds the same two floats either
        # way): the smaller group is renamed.
        if len(members_of[gone]) > len(members_of[kept]):
            gone, kept = kept, gone
        moved = members_of.pop(gone)
        for local in moved:
            group[local] = kept
        members_of[kept] += moved
        kept_links = linked[kept]
        kept_links.pop(gone, None)
        for other, total in linked.pop(gone).items():
            if other != kept:
                links = linked[other]
                del links[gone]
                links[kept] = kept_links[other] = links.get(kept, 0.0) + total
    return list(members_of.values())


# A block of mentions to link: its members (mention indices), whether they are one day (an
# article's mentions of one day are one episode), the similarity bar and the posting cap.
Block = tuple[list[int], bool, float, int]

# What block linking reads, set before worker processes fork so that a block travels as a
# list of indices rather than with the collection's terms: document ids, terms, weights.
_CONTEXT: tuple[Sequence[str], Sequence[set[str]], Weights] | None = None

# Below this many mentions, forking workers for the blocks costs more than it saves.
PARALLEL_MERGE_MINIMUM = 20_000


def _block_groups(block: Block) -> list[list[int]]:
    """The groups of two or more mentions that a block's linkage makes."""
    assert _CONTEXT is not None
    document_ids, terms_of, weights = _CONTEXT
    members, one_day, threshold, max_posting = block
    members = sorted(members)
    if one_day:  # an article's statements about one day are one episode of the story
        first_of: dict[str, int] = {}
        episode = [first_of.setdefault(document_ids[index], local) for local, index in enumerate(members)]
    else:
        episode = list(range(len(members)))
    terms = [terms_of[index] for index in members]
    totals = [weights.totals[index] for index in members]
    similarity = _similar_pairs(terms, totals, weights.weight, episode, threshold, max_posting)
    groups = _link_similar(similarity, episode, threshold)
    return [[members[local] for local in group] for group in groups if len(group) > 1]


def _link_blocks(
    blocks: list[Block],
    document_ids: Sequence[str],
    terms_of: Sequence[set[str]],
    weights: Weights,
    components: _Components,
    jobs: int,
) -> None:
    """Link each block, in worker processes when there are many mentions and the platform
    can fork; blocks are independent, so the result is the same either way. The blocks'
    context is module state: one merge at a time per process (threads must not share it)."""
    global _CONTEXT
    _CONTEXT = (document_ids, terms_of, weights)
    try:
        if jobs > 1 and len(terms_of) >= PARALLEL_MERGE_MINIMUM and "fork" in get_all_start_methods():
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(jobs, mp_context=get_context("fork")) as pool:
                results = list(pool.map(_block_groups, blocks, chunksize=16))
        else:
            results = [_block_groups(block) for block in blocks]
    finally:
        _CONTEXT = None
    for groups in results:
        for group in groups:
            for index in group[1:]:
                components.union(index, group[0])


class _DayPostings:
    """Day-level mentions by term, in date order, so a week or month finds those inside it
    by bisection instead of scanning every day of the collection. Only the terms that will
    be looked up are indexed."""

    def __init__(self, by_day: dict[date, list[int]], terms_of: Sequence[set[str]], wanted: set[str]):
        self.days: dict[str, list[date]] = defaultdict(list)
        self.mentions: dict[str, list[int]] = defaultdict(list)
        for day in sorted(by_day):
            for index in by_day[day]:
                for term in terms_of[index] & wanted:
                    self.days[term].append(day)
                    self.mentions[term].append(index)

    def within(self, term: str, period: Period, most: int) -> list[int]:
        """The day-level mentions of ``term`` inside ``period``, in date order; none when there
        are more than ``most`` (a term that common suggests nothing)."""
        days = self.days.get(term)
        if days is None:
            return []
        low, high = bisect_left(days, period.start), bisect_right(days, period.end)
        return self.mentions[term][low:high] if high - low <= most else []


def _likely_days(
    index: int, period: Period, terms_of: Sequence[set[str]], weights: Weights, day_postings: _DayPostings
) -> list[int]:
    """The day-level mentions inside ``period`` that share the most weighted content with
    mention ``index``, best first: a shortlist, scored through the postings of its rarer terms,
    so a month does not compare itself with every day of a busy corpus."""
    shared: dict[int, float] = defaultdict(float)
    for term in sorted(terms_of[index]):  # a fixed order: the same sums in every run
        weight = weights.weight[term]
        for other in day_postings.within(term, period, MAX_POSTING):
            shared[other] += weight
    if not shared:
        return []
    totals, own = weights.totals, weights.totals[index]
    scores = [weight / (own if own < totals[other] else totals[other]) for other, weight in shared.items()]
    # Only the candidates that can make the shortlist become (score, -other) pairs to sort.
    cutoff = sorted(scores)[-SHORTLIST:][0]
    best = [(score, -other) for other, score in zip(shared, scores, strict=True) if score >= cutoff]
    best.sort(reverse=True)
    return [-negated for _, negated in best[:SHORTLIST]]


def cluster_mentions(
    mentions: Sequence[Mention], terms_of: Sequence[set[str]], jobs: int = 1
) -> list[list[int]]:
    """Mentions grouped by event, as sorted indices: same-day mentions by shared content
    (``terms_of``: each mention's ``mention_terms``), then each wider mention (a week, a
    month) into the day-level event inside its period that it describes."""
    weights = Weights(terms_of)
    document_ids = [m.document_id for m in mentions]
    components = _Components()
    for index in range(len(mentions)):  # every mention is a group, listed in mention order
        components.find(index)

    by_day: dict[date, list[int]] = defaultdict(list)
    wider: list[int] = []
    for index, mention in enumerate(mentions):
        if mention.period.days == 1:
            by_day[mention.period.start].append(index)
        else:
            wider.append(index)
    day_blocks = [(members, True, JOIN_SAME_DAY, MAX_POSTING) for members in by_day.values()]
    _link_blocks(day_blocks, document_ids, terms_of, weights, components, jobs)

    joining = [index for index in wider if mentions[index].period.days <= WIDEST_TO_JOIN_DAYS]
    wanted = set().union(*(terms_of[index] for index in joining))
    day_postings = _DayPostings(by_day, terms_of, wanted)
    unattached: dict[str, list[int]] = defaultdict(list)
    for index in wider:
        period = mentions[index].period
        best_score, best = 0.0, None
        if period.days <= WIDEST_TO_JOIN_DAYS:
            for other in _likely_days(index, period, terms_of, weights, day_postings):
                score = weights.overlap(index, other)
                if score > best_score:
                    best_score, best = score, other
        if best is not None and best_score >= JOIN_WIDER_PERIOD:
            components.union(index, best)
        else:
            unattached[period.value].append(index)
    wide_blocks = [
        (members, False, JOIN_SAME_DAY, MAX_POSTING)
        if mentions[members[0]].period.days <= WIDEST_TO_JOIN_DAYS
        else (members, False, JOIN_WIDE_PERIOD, WIDE_MAX_POSTING)
        for members in unattached.values()
    ]
    _link_blocks(wide_blocks, document_ids, terms_of, weights, components, jobs)
    return [sorted(group) for group in components.groups()]


_CAPTION_END = re.compile(r"\b\d{4}\W{0,3}$")


def _reads_like_caption(mention: Mention) -> bool:
    """Photo captions end with their place and full date: "... in Mexico City April 24, 2009."."""
    return mention.expression.text[-4:].isdigit() and bool(_CAPTION_END.search(mention.sentence))


_OPENING_QUOTES, _CLOSING_QUOTES = "\"'“‘", "\"'”’"
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*$")


def _fragment(sentence: str) -> bool:
    """Not one complete sentence: it opens in lower case or on a quote, does not end as a
    sentence ends, or leaves a quote open or closes one it never opened (a quote cut in two by
    the sentence splitter, "It looks pretty ominous, one has to say.)."""
    text = sentence.strip()
    if not text or text[0] in _OPENING_QUOTES or not (text[0].isupper() or text[0].isdigit()):
        return True
    if not _ENDS_SENTENCE.search(text):
        return True
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def _title_rank(
    mention: Mention, event_period: Period, on_topic: Callable[[str], bool] | None = None
) -> tuple:
    """Best first: a mention of the event's own date, a complete sentence, about the story
    (``on_topic``), not a photo caption, of readable length, on one line of its article, early
    in it (a lead sums up its news)."""
    sentence = mention.sentence
    words = len(sentence.split())
    return (
        mention.period != event_period and not mention.implicit,
        _fragment(sentence),
        on_topic is not None and not on_topic(sentence),
        _reads_like_caption(mention),
        not MIN_TITLE_WORDS <= words <= MAX_TITLE_WORDS,
        "\n" in sentence,
        mention.position,
        words,
    )


# A title is long enough to say what happened (and at most sentences.MAX_TITLE_WORDS).
MIN_TITLE_WORDS = 8

# Of an event's sentences, only those holding at least this share of the best one's common
# content may be its title: an off-topic headline on the same page says nothing of the event.
TITLE_CENTRALITY = 0.25


def _central(mentions: Sequence[Mention], terms: Sequence[set[str]]) -> list[Mention]:
    """The mentions that share the most content (``terms``, one set per mention) with the rest
    of the event (see TITLE_CENTRALITY); all of them when there are too few to tell."""
    if len(mentions) < 3:
        return list(mentions)
    seen = Counter(term for own in terms for term in own)
    shared = [sum(seen[term] - 1 for term in own) / (len(own) or 1) for own in terms]
    bar = TITLE_CENTRALITY * max(shared)
    return [m for m, value in zip(mentions, shared, strict=True) if value >= bar]


def choose_title(
    mentions: Sequence[Mention], period: Period, terms: Sequence[set[str]],
    on_topic: Callable[[str], bool] | None = None,
) -> str:
    """A whole, clean sentence about what the event's sources share: unquoted, of readable
    length, about the story, early in its article (see ``_title_rank``). ``terms``: each
    mention's ``mention_terms``."""
    if len(mentions) == 1:
        return clean_title(mentions[0].sentence, mentions[0].language)
    best = min(_central(mentions, terms), key=lambda m: _title_rank(m, period, on_topic))
    return clean_title(best.sentence, best.language)


def _first_reported(mention: Mention) -> tuple:
    """Earliest publication first (an undated article last), then a total order by place."""
    return (
        mention.anchor or date.max,
        mention.document_id,
        mention.sentence_start,
        mention.expression.start,
        mention.expression.end,
        mention.implicit,
    )


def canonical_mention(mentions: Sequence[Mention]) -> Mention:
    """The mention an event's id hangs on: of its most specific mentions, the one in the
    earliest-published article (then by document id and offset). A story grows by later
    articles, so new sources and a new title leave it in place; a vaguer mention ("that
    week") that joins a day's event never displaces the day's own mention."""
    narrowest = min(m.period.days for m in mentions)
    return min((m for m in mentions if m.period.days == narrowest), key=_first_reported)


def event_id(mentions: Sequence[Mention]) -> str:
    """Stable across runs and as the collection grows: a hash of where the event was first
    reported (``canonical_mention``: document id and expression offsets). Its date is left
    out, so an event whose articles come to date it otherwise keeps its id and moves."""
    first = canonical_mention(mentions)
    key = f"{first.document_id}|{first.expression.start}|{first.expression.end}"
    # A record's id may hold a lone surrogate (a JSON escape): hash it too, not fail.
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def event_period(mentions: Sequence[Mention]) -> Period:
    """The most specific period the mentions agree on: a time when every timed mention gives
    the same time, else the day; for mentions of wider periods only, the narrowest."""
    if len(mentions) == 1:
        return mentions[0].period
    narrowest = min(m.period.days for m in mentions)
    finest = {m.period for m in mentions if m.period.days == narrowest}
    if len(finest) == 1:
        return min(finest, key=lambda p: p.specificity)
    if narrowest == 1:
        days = {p.start for p in finest}
        if len(days) == 1:
            day = days.pop()
            return Period(day, day, "day", day.isoformat())
    return min(finest, key=lambda p: (p.start, p.value, not p.mod, p.mod))  # "late May" says more


def merge(
    mentions: Sequence[Mention], jobs: int = 1, on_topic: Callable[[str], bool] | None = None
) -> list[Event]:
    """Events, unscored and unordered: one per cluster of mentions (``jobs`` worker processes
    link the blocks of a large collection). ``on_topic`` tells a sentence about the story (see
    ``rank.Coverage``): a title is one where the event has one."""
    events, seen = [], Counter()
    terms_of = [mention_terms(m) for m in mentions]
    for indices in cluster_mentions(mentions, terms_of, jobs):
        group = [mentions[i] for i in indices]
        period = event_period(group)
        title = choose_title(group, period, [terms_of[i] for i in indices], on_topic)
        identifier = event_id(group)
        seen[identifier] += 1
        if seen[identifier] > 1:
            identifier = f"{identifier}-{seen[identifier]}"
        group.sort(key=lambda m: (m.document_id, m.sentence_start, m.expression.start))
        events.append(Event(identifier, period, title, 0.0, tuple(group)))
    return events
