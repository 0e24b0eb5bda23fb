"""Event mentions: each dated sentence of a document, with its provenance.

A sentence that places something on the calendar (a DATE or TIME expression with a
calendar span) becomes one ``Mention`` per such expression. Metadata lines (header
dates, bylines, datelines) and page furniture (credits, "Read more:" links) never do.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from timeline.dates.lang import DEFAULT
from timeline.model import Document, Mention, TemporalExpression
from timeline.period import Period
from timeline.resolver import resolve
from timeline.sentences import Sentence, split_sentences, unwrapped

EVENT_TYPES = frozenset({"DATE", "TIME"})
# Where the lead sentence may stand: after the headline, standfirst and metadata lines.
LEAD_SEARCH = 6
LEAD_MIN_WORDS = 8


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(lo <= start and end <= hi for lo, hi in spans)


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < hi and lo < end for lo, hi in spans)


def _sentence_at(sentences: Sequence[Sentence], starts: Sequence[int], offset: int) -> Sentence | None:
    index = bisect_right(starts, offset) - 1
    if index >= 0 and offset < sentences[index].end:
        return sentences[index]
    return None


def _without_metadata(document: Document, sentence: Sentence) -> tuple[int, str]:
    """Drop a metadata prefix (a dateline such as "GENEVA, Sept 9 (Reuters) - ")."""
    for lo, hi in document.metadata_spans:
        if lo <= sentence.start < hi < sentence.end:
            start = hi
            while start < sentence.end and document.text[start].isspace():
                start += 1
            return start, document.text[start : sentence.end]
    return sentence.start, sentence.text


def resolve_unwrapped(text: str, anchor: date | None, language: str = DEFAULT) -> list[TemporalExpression]:
    """The expressions of ``text`` (in ``language``) read with its sentences whole across the
    lines they were wrapped on (the tense of "will expire at\nmidnight"); offsets and texts are
    the text's own."""
    flat = unwrapped(text, language)
    expressions = resolve(flat, anchor=anchor, language=language)
    if flat is text:
        return expressions
    return [e if "\n" not in text[e.start : e.end] else replace(e, text=text[e.start : e.end])
            for e in expressions]


def extract_mentions(document: Document, anchor: date | None = None) -> list[Mention]:
    """The dated sentences of ``document``, anchored at ``anchor`` (default: its published date)."""
    anchor = anchor or document.published
    expressions = resolve_unwrapped(document.text, anchor, document.read_in)
    sentences = split_sentences(document.text, document.read_in)
    mentions = mentions_from(document, expressions, sentences, anchor)
    if anchor and document.published_from != "inferred":
        lead = lead_mention(document, sentences, mentions, anchor)
        if lead:
            mentions.insert(0, lead)
    return mentions


def _lead_sentence(document: Document, sentences: Sequence[Sentence]) -> Sentence | None:
    """The first real sentence of the body: not the headline, furniture or metadata."""
    for sentence in sentences[:LEAD_SEARCH]:
        if sentence.boilerplate or _inside(document.metadata_spans, sentence.start, sentence.end):
            continue
        if sentence.text.strip() == document.title.strip():
            continue
        if len(sentence.text.split()) >= LEAD_MIN_WORDS and sentence.text.rstrip()[-1:] in ".!?\"'”’":
            # an article that opens with a question (a forum, an explainer) reports no news
            return None if sentence.text.rstrip().endswith("?") else sentence
    return None


def lead_mention(
    document: Document, sentences: Sequence[Sentence], mentions: Sequence[Mention], published: date
) -> Mention | None:
    """An undated lead sentence reports the news of the day the article was published: it is
    dated by the publication date, marked implicit (there is no expression to point at)."""
    lead = _lead_sentence(document, sentences)
    if lead is None or any(lead.start <= m.expression.start < lead.end for m in mentions):
        return None
    start, text = _without_metadata(document, lead)
    day = Period(published, published, "day", published.isoformat())
    expression = TemporalExpression(start, start, "", "DATE", day.value)
    return Mention(document.id, text, start, expression, day, lead.index, published, implicit=True,
                   language=document.read_in)


def mentions_from(
    document: Document,
    expressions: Sequence[TemporalExpression],
    sentences: Sequence[Sentence],
    anchor: date | None = None,
) -> list[Mention]:
    """Pair resolved expressions with the sentences they stand in."""
    mentions = []
    starts = [sentence.start for sentence in sentences]
    for expression in expressions:
        if expression.type not in EVENT_TYPES:
            continue
        if _overlaps(document.metadata_spans, expression.start, expression.end):
            continue  # the dateline or timestamp, even read a little further than it was found
        period = Period.from_value(expression.value, expression.mod)
        if period is None:
            continue
        sentence = _sentence_at(sentences, starts, expression.start)
        if sentence is None or sentence.boilerplate:
            continue
        sentence_start, sentence_text = _without_metadata(document, sentence)
        if expression.end > sentence_start + len(sentence_text):
            # Read across a line the splitter broke ("Friday\nAug. 31"): the sentence runs on
            # to the end of the one the expression ends in, so the mention holds it whole.
            last = _sentence_at(sentences, starts, expression.end - 1)
            end = max(expression.end, last.end if last else 0)
            sentence_text = document.text[sentence_start:end]
        mentions.append(
            Mention(
                document_id=document.id,
                sentence=sentence_text,
                sentence_start=sentence_start,
                expression=expression,
                period=period,
                position=sentence.index,
                anchor=anchor,
                language=document.read_in,
            )
        )
    return mentions


def expressions_in_sentences(document: Document) -> list[tuple[TemporalExpression, str]]:
    """Every temporal expression of ``document`` (resolved against its publication date) with
    the sentence it stands in: what ``timeline dates`` lists, to check the resolver by."""
    sentences = split_sentences(document.text, document.read_in)
    starts = [sentence.start for sentence in sentences]
    listed = []
    for expression in resolve_unwrapped(document.text, document.published, document.read_in):
        sentence = _sentence_at(sentences, starts, expression.start)
        listed.append((expression, sentence.text if sentence else ""))
    return listed
