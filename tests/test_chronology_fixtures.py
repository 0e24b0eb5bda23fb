"""The chronology a reader of the five bundled articles writes down (issue 2), computed
from the articles themselves. Expected dates were worked out by reading the texts:
000/002 were published Friday 2022-09-09, 004 on 2022-09-13."""

from datetime import date

import pytest

from timeline.chronology import build
from timeline.documents import load_documents

A, B, C, D, E = (
    "000_a753f78b4c00762f",
    "001_554890cfc37419d6",
    "002_bb81dd3f25be6cd9",
    "003_41aef741745c9b4b",
    "004_e514db0db369c6a5",
)


@pytest.fixture(scope="module")
def chronology(request):
    from tests.conftest import FIXTURES

    warnings: list[str] = []
    result = build(load_documents([FIXTURES]), warn=warnings.append)
    return result, warnings


def test_publication_dates_read_and_inferred(chronology):
    result, warnings = chronology
    documents = {d.id: d for d in result.documents}
    assert (documents[A].published, documents[A].published_from) == (date(2022, 9, 9), "header")
    assert (documents[C].published, documents[C].published_from) == (date(2022, 9, 9), "dateline")
    assert (documents[E].published, documents[E].published_from) == (date(2022, 9, 13), "header")
    # 001 says Chen spoke "Friday" and the council chose Türk "On Thursday": Friday 9 September.
    assert (documents[B].published, documents[B].published_from) == (date(2022, 9, 9), "inferred")
    # 003: "said in Geneva on Friday", the report came "earlier this month": 9 or 10 September.
    assert documents[D].published in (date(2022, 9, 9), date(2022, 9, 10))
    assert documents[D].published_from == "inferred"
    assert sum("inferred" in w for w in warnings) == 2


@pytest.mark.parametrize(
    ("value", "sources"),
    [
        ("2022-05", {A, C, E}),  # Bachelet's visit "in May" / "in late May"
        ("2022-08-31", {A, B, C, D, E}),  # the report, released on her last day
        ("2022-09-01", {E}),  # China's foreign ministry and UN mission denounce it
        ("2022-09-08", {A, B, C}),  # the General Assembly approves Volker Türk, "on Thursday"
        ("2022-09-09", {A, B, C, D}),  # Chen Xu: no cooperation, "on Friday"
        ("2022-09-12", {A, B, C, D}),  # the Human Rights Council opens, "next week" / "starting Monday"
    ],
)
def test_each_event_once_with_its_sources(chronology, value, sources):
    result, _ = chronology
    matching = [e for e in result.events if e.period.value == value]
    assert len(matching) == 1, [(e.title, e.documents) for e in matching]
    assert sources <= set(matching[0].documents)


def test_events_are_in_date_order_with_clean_titles(chronology):
    result, _ = chronology
    starts = [e.period.start for e in result.events]
    assert starts == sorted(starts)
    for event in result.events:
        assert event.title[0].isupper() or event.title[0] in "\"'“‘", event.title
        assert not event.title.lower().startswith(("read more", "reporting by", "photo"))


def test_no_event_from_boilerplate_or_header_lines(chronology):
    result, _ = chronology
    sentences = [m.sentence for e in result.events for m in e.mentions]
    assert not any(s.startswith(("Published:", "Reuters September", "Read more")) for s in sentences)
    assert not any("Comments are moderated" in s for s in sentences)


def test_week_mention_merges_into_the_monday(chronology):
    result, _ = chronology
    monday = next(e for e in result.events if e.period.value == "2022-09-12")
    expressions = {m.expression.text.lower() for m in monday.mentions}
    assert "next week" in expressions and any("monday" in x for x in expressions)
    assert not [e for e in result.events if e.period.value == "2022-W37"]


def test_top_keeps_the_strongest_in_date_order():
    from tests.conftest import FIXTURES
    from timeline.chronology import BuildOptions

    top = build(load_documents([FIXTURES]), BuildOptions(top=3), warn=lambda _: None).events
    assert len(top) == 3
    assert [e.period.start for e in top] == sorted(e.period.start for e in top)
    assert "2022-08-31" in {e.period.value for e in top}
