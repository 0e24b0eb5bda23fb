"""Publication dates completed from a dateline or inferred from the text and the collection."""

from datetime import date

from timeline.chronology import build, complete_publication_dates
from timeline.model import Document


def doc(doc_id, text, published=None, published_from="none", hint=""):
    return Document(doc_id, f"{doc_id}.txt", doc_id, text, published, published_from, hint)


DATED = doc(
    "dated",
    "Chen said on Friday that China would not cooperate with the office.\n"
    "The General Assembly approved Volker Türk on Thursday.",
    date(2022, 9, 9),
    "header",
)


def complete(*documents):
    warnings = []
    completed, _ = complete_publication_dates(list(documents), warnings.append)
    return {d.id: d for d in completed}, warnings


def test_dateline_without_year_takes_the_collection_year():
    later = doc("later", "China hit back on Sept. 1 at the report.", date(2022, 9, 13), "header")
    partial = doc("partial", "Chen said on Friday that China would not cooperate.", hint="XXXX-09-09")
    documents, _ = complete(later, partial)
    assert (documents["partial"].published, documents["partial"].published_from) == (
        date(2022, 9, 9),
        "dateline",
    )


def test_dateline_without_year_alone_takes_the_year_of_its_own_dates():
    partial = doc(
        "partial", "The report was released on Aug. 31, 2021, after a long delay.", hint="XXXX-09-09"
    )
    documents, _ = complete(partial)
    assert documents["partial"].published == date(2021, 9, 9)


def test_dateline_without_year_and_nothing_to_give_one_says_so():
    partial = doc("partial", "The minister said on Thursday that the talks had failed.",
                  published_from="dateline", hint="XXXX-09-08")
    documents, warnings = complete(partial)
    assert (documents["partial"].published, documents["partial"].published_from) == (None, "none")
    assert warnings == [
        "partial.txt: the dateline gives Sep 8 without a year and nothing else gives one; "
        "its relative dates are left out (use --published to set it)"
    ]


def test_undated_article_gets_the_anchor_that_agrees_with_the_collection():
    undated = doc(
        "undated",
        "A top Chinese diplomat said Friday that China cannot cooperate with the office.\n"
        "On Thursday, the General Assembly chose Volker Türk as the successor.",
    )
    documents, warnings = complete(DATED, undated)
    # Friday 9 September makes "Friday" 2022-09-09 and "Thursday" 2022-09-08, both reported
    # by the dated article; Thursday the 8th would put "Friday" on the 2nd.
    assert (documents["undated"].published, documents["undated"].published_from) == (
        date(2022, 9, 9),
        "inferred",
    )
    assert any("undated.txt" in w and "inferred 2022-09-09" in w for w in warnings)


def test_article_with_nothing_to_go_on_keeps_no_date_and_says_so():
    lonely = doc("lonely", "Officials met on Friday in Geneva and will meet again next week.")
    warnings = []
    chronology = build([lonely], warn=warnings.append)
    (document,) = chronology.documents
    assert document.published is None and document.published_from == "none"
    assert chronology.events == ()  # relative dates without an anchor are not guessed
    assert any("lonely.txt" in w and "--published" in w for w in warnings)


def test_single_article_with_explicit_dates_is_anchored_after_them():
    lonely = doc(
        "lonely", "The treaty was signed on May 16, 2020. Officials met again on Friday to review it."
    )
    documents, warnings = complete(lonely)
    assert documents["lonely"].published_from == "inferred"
    assert documents["lonely"].published >= date(2020, 5, 16)
    assert warnings


def test_top_covers_distinct_dates_first():
    from timeline.chronology import strongest
    from timeline.model import Event
    from timeline.period import Period

    def event(value, score, docs):
        return Event(f"{value}-{score}", Period.from_value(value), "t", score, (), ()), docs

    # Two events on the busiest day, one on a quieter day: --top 2 gives both days.
    made = [event("2009-04-27", 5.0, 5), event("2009-04-27", 4.0, 4), event("2009-04-28", 2.0, 2)]
    events = [e for e, _ in made]
    chosen = strongest(events, 2)
    assert sorted(e.period.value for e in chosen) == ["2009-04-27", "2009-04-28"]
    # N events on N different dates: the busiest day's second event is never a third pick
    assert [e.score for e in strongest(events, 3)] == [5.0, 2.0]


def test_top_takes_days_first_then_periods_with_no_chosen_day():
    from timeline.chronology import strongest
    from timeline.model import Event
    from timeline.period import Period

    def event(value, score):
        return Event(f"{value}-{score}", Period.from_value(value), "t", score, (), ())

    # May is reported far more than either day, but a day says more: days come first; then
    # only a period none of whose days is chosen (June, not May) fills a slot.
    may, june = event("2009-05", 9.0), event("2009-06", 8.0)
    days = [event("2009-05-02", 2.0), event("2009-05-04", 1.0)]
    assert [e.period.value for e in strongest([may, june, *days], 2)] == ["2009-05-02", "2009-05-04"]
    chosen = strongest([may, june, *days], 4)
    assert [e.period.value for e in chosen] == ["2009-05-02", "2009-05-04", "2009-06"]
