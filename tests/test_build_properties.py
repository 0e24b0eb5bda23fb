"""Properties of the WHOLE build on random collections: random text mixed with news date phrases,
random publication dates (none, ordinary, the ends of the calendar). The build and every
renderer never raise; events are well formed; every offset gives back its text; every output
parses back."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.chronology import BuildOptions, build
from timeline.model import Chronology, Document
from timeline.render import render

PHRASES = [
    "Friday",
    "on Monday,",
    "Aug. 31, 2022",
    "Sept. 9",
    "September 31",
    "Feb. 30, 2022",
    "last week",
    "next week",
    "next year",
    "the next decade",
    "next century",
    "two years ago",
    "in the fourth quarter",
    "this winter",
    "in early May",
    "on 9999-12-31",
    "Dec. 31, 9999",
    "Jan. 1, 0001",
    "year 0",
    "10000 BC",
    "99999",
    "the 1990s",
    "at 3 p.m.",
    "yesterday",
    "said",
    "the council",
    "met",
    "will vote",
    "in Geneva",
    ".",
    ",",
    "\n",
    "\n\n",
    "\r\n",
    '"',
    "=HYPERLINK(1)",
    "+1",
    "@SUM",
    "\t",
    "\x00",
    "\x1b[31m",
    "；\\, ; :",
    "😀",
    "北京宣布",
]
words = st.one_of(st.sampled_from(PHRASES), st.text(max_size=8))
texts = st.lists(words, min_size=1, max_size=30).map(" ".join)
published = st.one_of(
    st.none(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from([date(1, 1, 1), date(1900, 1, 1), date(2022, 9, 9), date(9999, 12, 31)]),
)

bounds = st.one_of(st.none(), st.dates(min_value=date(2021, 1, 1), max_value=date(2023, 12, 31)), published)


@st.composite
def collections(draw) -> list[Document]:
    count = draw(st.integers(min_value=1, max_value=3))
    documents = []
    for index in range(count):
        text = draw(texts)
        day = draw(published)
        title = draw(st.sampled_from(["", "=cmd|' /C calc'!A0", "Council vote", text[:40]]))
        source = "header" if day else "none"
        documents.append(Document(f"d{index}", f"d{index}.txt", title, text, day, source))
    return documents


def check_model(chronology: Chronology) -> None:
    texts = {d.id: d.text for d in chronology.documents}
    for event in chronology.events:
        assert event.period.start <= event.period.end
        assert event.mentions
        for mention in event.mentions:
            expression = mention.expression
            sentence_end = mention.sentence_start + len(mention.sentence)
            assert texts[mention.document_id][mention.sentence_start : sentence_end] == mention.sentence
            if mention.implicit:
                assert expression.text == "" and expression.start == expression.end
                continue
            assert texts[mention.document_id][expression.start : expression.end] == expression.text
            # The expression lies whole inside its sentence, even when the resolver reads across
            # a line break that the sentence splitter ends a line at.
            offset = mention.sentence_start
            assert mention.sentence[expression.start - offset : expression.end - offset] == expression.text


def rendered(chronology: Chronology, format_: str, **options) -> str:
    buffer = io.StringIO(newline="")
    render(chronology, buffer, format_, **options)
    return buffer.getvalue()


def check_outputs(chronology: Chronology) -> None:
    from ical.calendar_stream import IcsCalendarStream

    count = len(chronology.events)
    rows = list(csv.reader(io.StringIO(rendered(chronology, "csv", excel=True), newline="")))
    assert len(rows) == count + 1
    assert all(len(row) == len(rows[0]) for row in rows)
    data = json.loads(rendered(chronology, "json"))
    assert len(data["events"]) == count
    ics = rendered(chronology, "ics")
    assert len(IcsCalendarStream.calendar_from_ics(ics).events) == count
    rendered(chronology, "table")
    rendered(chronology, "table", width=40)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(collections())
def test_any_collection_builds_and_renders(documents: list[Document]) -> None:
    chronology = build(documents, BuildOptions(jobs=1))
    check_model(chronology)
    check_outputs(chronology)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(collections(), st.integers(min_value=1, max_value=3), bounds, bounds)
def test_any_selection_builds_and_renders(documents: list[Document], top: int, since, until) -> None:
    chronology = build(documents, BuildOptions(top=top, since=since, until=until, jobs=1))
    assert len(chronology.events) <= top
    check_model(chronology)
    check_outputs(chronology)


def test_expression_across_a_headline_break() -> None:
    """The resolver reads 'Friday \\n Aug. 31, 2022' as one expression; the sentence splitter
    ends the headline 'Friday' at the line break: the mention's sentence takes in both."""
    document = Document("d0", "d0.txt", "", "Friday \n Aug. 31, 2022", None, "none")
    events = build([document]).events
    assert events
    for event in events:
        for mention in event.mentions:
            offset = mention.sentence_start
            expression = mention.expression
            assert mention.sentence[expression.start - offset : expression.end - offset] == expression.text
