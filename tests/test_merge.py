from dataclasses import replace
from datetime import date

import pytest

from tests.conftest import make_mention
from timeline.merge import event_id, merge
from timeline.period import Period
from timeline.rank import article_weights, independent_support, rank


def events_by_value(events):
    return {e.period.value: e for e in events}


def test_same_day_same_content_from_several_articles_is_one_event():
    mentions = [
        make_mention(
            "a", "The UN rights office released its Xinjiang report on Aug. 31.", "Aug. 31", "2022-08-31"
        ),
        make_mention(
            "b", "On Aug. 31 the rights office issued the Xinjiang report.", "Aug. 31", "2022-08-31"
        ),
        make_mention(
            "c", "The long-awaited Xinjiang report was published on 31 August.", "31 August", "2022-08-31"
        ),
    ]
    events = merge(mentions)
    assert len(events) == 1
    assert events[0].documents == ("a", "b", "c")


def test_two_different_things_on_one_day_stay_two_events():
    mentions = [
        make_mention("a", "Bachelet's term ended on Aug. 31 in Geneva.", "Aug. 31", "2022-08-31"),
        make_mention(
            "b", "Floods hit Pakistan's Sindh province on Aug. 31, killing dozens.", "Aug. 31", "2022-08-31"
        ),
    ]
    assert len(merge(mentions)) == 2


def test_week_mention_joins_the_day_event_it_describes_and_the_day_wins():
    mentions = [
        make_mention(
            "a", "The Human Rights Council session opens next week in Geneva.", "next week", "2022-W37"
        ),
        make_mention(
            "b", "The Human Rights Council begins its session starting Monday.", "Monday", "2022-09-12"
        ),
    ]
    events = merge(mentions)
    assert len(events) == 1
    assert events[0].period.value == "2022-09-12"
    assert set(events[0].documents) == {"a", "b"}


def test_week_mention_about_something_else_stays_apart():
    mentions = [
        make_mention("a", "Wildfires forced evacuations in California last week.", "last week", "2022-W35"),
        make_mention("b", "The UN report on Xinjiang was released on Aug. 31.", "Aug. 31", "2022-08-31"),
    ]
    assert len(merge(mentions)) == 2


def test_dates_outside_the_wider_period_never_merge():
    mentions = [
        make_mention("a", "The Human Rights Council session opens next week.", "next week", "2022-W37"),
        make_mention("b", "The Human Rights Council session opened on Sept. 5.", "Sept. 5", "2022-09-05"),
    ]
    assert len(merge(mentions)) == 2


def reported(document: str, sentence: str, expression: str, value: str, published: str | None):
    """A mention of an article published on ``published`` (ISO date; None: undated)."""
    anchor = date.fromisoformat(published) if published else None
    return replace(make_mention(document, sentence, expression, value), anchor=anchor)


def test_event_id_stays_when_a_later_article_joins_and_retitles_the_event():
    quoted = reported(
        "a", "“We cannot cooperate,” China's ambassador said of the Xinjiang report on Friday.",
        "on Friday", "2022-09-09", "2022-09-09",
    )  # fmt: skip
    plain = reported(
        "b", "China's ambassador said on Friday that Beijing would not cooperate over the Xinjiang report.",
        "on Friday", "2022-09-09", "2022-09-10",
    )  # fmt: skip
    first, grown = merge([quoted]), merge([quoted, plain])
    assert len(first) == len(grown) == 1
    # the later article's unquoted sentence now titles the event: its id stays
    assert grown[0].title != first[0].title
    assert grown[0].id == first[0].id


def test_event_id_hangs_on_the_earliest_published_of_the_most_specific_mentions():
    sentence = "The council met in Geneva on Sept. 12."
    day_a = reported("a", sentence, "on Sept. 12", "2022-09-12", "2022-09-12")
    day_b = reported("b", sentence, "on Sept. 12", "2022-09-12", "2022-09-11")
    week = reported("c", "The council meets in Geneva next week.", "next week", "2022-W37", "2022-09-02")
    undated = reported("0", sentence, "on Sept. 12", "2022-09-12", None)
    # "b" was published before "a"; the week mention of "c", earlier still, only joined the day
    assert event_id([day_a, day_b, week, undated]) == event_id([day_b])
    assert event_id([undated, day_a]) == event_id([day_a])  # an undated article comes last
    same_day = replace(day_b, anchor=day_a.anchor)
    assert event_id([same_day, day_a]) == event_id([day_a])  # then by document id
    assert len({event_id([week]), event_id([day_a]), event_id([day_b])}) == 3


def test_event_id_ignores_order_and_date_but_not_where_the_event_was_reported():
    first = reported("a", "The council opens in Geneva on Monday.", "on Monday", "2022-09-12", "2022-09-09")
    later = reported(
        "b", "The council session opened in Geneva on Monday.", "on Monday", "2022-09-12", "2022-09-13"
    )
    assert event_id([first, later]) == event_id([later, first]) == event_id([first])
    # the articles come to date it otherwise (re-anchored): same place, same id, so it moves
    other_day = "2022-09-05"
    redated = replace(
        first, period=Period.from_value(other_day), expression=replace(first.expression, value=other_day)
    )
    assert event_id([redated]) == event_id([first])
    shifted = replace(first, expression=replace(first.expression, start=first.expression.start + 1))
    assert event_id([shifted]) != event_id([first])
    assert event_id([replace(first, document_id="a2")]) != event_id([first])


def test_ids_are_unique_and_do_not_depend_on_mention_order():
    mentions = [
        reported("a", "Bachelet's term ended on Aug. 31 in Geneva.", "Aug. 31", "2022-08-31", "2022-09-01"),
        reported(
            "b", "Floods hit Pakistan's Sindh province on Aug. 31, killing dozens.",
            "Aug. 31", "2022-08-31", "2022-09-01",
        ),
        reported(
            "c", "Floods in Sindh province killed dozens on Aug. 31.", "Aug. 31", "2022-08-31", "2022-09-02"
        ),
    ]  # fmt: skip
    forward = {e.id: e.documents for e in merge(mentions)}
    backward = {e.id: e.documents for e in merge(mentions[::-1])}
    assert forward == backward and sorted(forward.values()) == [("a",), ("b", "c")]


def test_wire_copies_count_less_than_independent_articles():
    copied = "Chen said on Friday that Beijing would not cooperate."
    copies = merge([make_mention(d, copied, "Friday", "2022-09-09") for d in ("a", "b")])
    independent = merge(
        [
            make_mention("a", copied, "Friday", "2022-09-09"),
            make_mention(
                "c", "Beijing will not cooperate, Chen told reporters on Friday.", "Friday", "2022-09-09"
            ),
        ]
    )
    assert len(copies) == len(independent) == 1
    assert independent_support(copies[0]) < independent_support(independent[0])
    assert rank(copies)[0].score < rank(independent)[0].score


def test_a_vaguer_mention_counts_in_proportion_in_a_days_event():
    day = make_mention("a", "Chen resigned on Friday, officials said.", "Friday", "2022-09-09")
    month = make_mention("b", "Chen resigned in September.", "September", "2022-09")
    weights = article_weights([day, month], granularity="day")
    # a month weighs 0.5 of a day (SPECIFICITY_WEIGHT): "in September" does not attest Friday
    assert weights == {"a": 1.0, "b": 0.5}
    # in a month's event both attest the month fully
    assert article_weights([day, month], granularity="month") == {"a": 1.0, "b": 1.0}


def test_an_announced_date_counts_less_than_a_reported_one():
    from dataclasses import replace

    published = date(2022, 9, 9)
    sentence = "The council session opens on Monday, Sept. 12, diplomats said."
    announced = make_mention("a", sentence, "Monday, Sept. 12", "2022-09-12")
    announced = replace(announced, anchor=published)
    reported = replace(announced, anchor=date(2022, 9, 13))
    (plan,) = rank(merge([announced]))
    (fact,) = rank(merge([reported]))
    assert plan.score < fact.score
    # An article that reports the date as past counts fully, even if it also announced it.
    (both,) = rank(merge([announced, replace(reported, document_id="a", sentence_start=80)]))
    assert both.score >= fact.score


def test_a_date_after_the_whole_collection_counts_less_than_one_announced_within_it():
    from dataclasses import replace

    # Two articles, of Sept. 9 and Sept. 13. Both announce a date ahead of them: Sept. 12 lies
    # inside the collection (the later article could have reported it), Sept. 16 after it.
    inside = replace(make_mention("a", "The council meets on Sept. 12.", "Sept. 12", "2022-09-12"),
                     anchor=date(2022, 9, 9))
    after = replace(make_mention("b", "The council votes on Sept. 16.", "Sept. 16", "2022-09-16"),
                    anchor=date(2022, 9, 13))
    scores = {e.period.value: e.score for e in rank(merge([inside, after]))}
    assert scores["2022-09-16"] < scores["2022-09-12"]


def test_a_year_weighs_less_than_a_month_or_a_day():
    sentence = "The outbreak recalls the flu pandemic of 1968 and that of June 2009 on June 11, 2009."
    year, month, day = (
        rank(merge([make_mention(d, sentence, text, value) for d in "ab"]))[0]
        for text, value in (("1968", "1968"), ("June 2009", "2009-06"), ("June 11, 2009", "2009-06-11"))
    )
    assert year.score < month.score < day.score


def test_title_comes_from_what_the_sources_share_not_an_off_topic_headline():
    from dataclasses import replace

    # One article's page holds an unrelated headline first (position 0); it joins the day's
    # event through that article, but three sentences agree on the pandemic alert.
    crash = "Helicopter crashes into crane on London tower, kills two."
    headline = replace(make_mention("a", crash, "two", "2009-04-29"), position=0)
    alert = [
        make_mention(doc, f"The World Health Organization raised its pandemic alert to phase five{tail}",
                     "phase", "2009-04-29", position=3)
        for doc, tail in (("a", " on Wednesday."), ("b", " late on Wednesday."), ("c", ", officials said."))
    ]
    (event,) = merge([headline, *alert])
    assert event.title.startswith("The World Health Organization raised its pandemic alert")


def test_title_is_a_whole_unquoted_sentence():
    mentions = [
        make_mention(
            "a",
            '"It is illegal," Chen said of the Xinjiang report released Aug. 31.',
            "Aug. 31",
            "2022-08-31",
        ),
        make_mention(
            "b", "The UN rights office released its report on Xinjiang on Aug. 31.", "Aug. 31", "2022-08-31"
        ),
    ]
    (event,) = merge(mentions)
    assert event.title == "The UN rights office released its report on Xinjiang on Aug. 31."


def test_title_is_a_complete_sentence_not_a_quote_cut_in_two():
    from dataclasses import replace

    # The splitter cut a quote in two: its first half opens a quote it never closes, its second
    # half starts in lower case. Both come earlier in their articles than the complete sentence.
    mentions = [
        replace(make_mention("a", '"We will close every school on Monday, the minister', "Monday",
                             "2009-04-27"), position=1),
        replace(make_mention("b", "said on Monday that every school in the capital would close.", "Monday",
                             "2009-04-27"), position=1),
        make_mention("c", "Mexico closed every school in the capital on Monday to slow the flu.", "Monday",
                     "2009-04-27", position=4),
    ]
    (event,) = merge(mentions)
    assert event.title == "Mexico closed every school in the capital on Monday to slow the flu."


def test_a_long_sentence_titles_an_event_in_at_most_45_words():
    clauses = ", ".join(f"then the {place} office closed" for place in ("north", "south", "east", "west") * 3)
    sentence = f"On Monday the ministry said that {clauses}, and the capital waited."
    (event,) = merge([make_mention("a", sentence, "Monday", "2009-04-27")])
    assert len(sentence.split()) > 45
    assert len(event.title.split()) <= 45 and event.title.endswith(" …")
    # cut after a clause, not inside one
    assert event.title.removesuffix(" …").endswith("office closed")


def test_average_linkage_keeps_a_busy_day_apart():
    # Two clear events on one day, plus one sentence sharing a little with each: single
    # linkage would chain all three into one event.
    mentions = [
        make_mention("a", "Mexico closed all schools in the capital on Monday.", "Monday", "2009-04-27"),
        make_mention("b", "On Monday Mexico closed schools in the capital city.", "Monday", "2009-04-27"),
        make_mention("c", "Egypt began slaughtering pigs on Monday.", "Monday", "2009-04-27"),
        make_mention(
            "d", "Egypt ordered pigs slaughtered on Monday as a precaution.", "Monday", "2009-04-27"
        ),
        make_mention("e", "Schools and pig farms were inspected on Monday.", "Monday", "2009-04-27"),
    ]
    groups = sorted(sorted(e.documents) for e in merge(mentions))
    assert ["a", "b"] in [g[:2] for g in groups]
    assert not any({"a", "c"} <= set(g) for g in groups)


def test_a_modified_month_says_more_than_the_bare_month():
    from dataclasses import replace

    from timeline.merge import event_period

    visit = "Bachelet paid a six-day visit to China and Xinjiang in late May."
    late = make_mention("a", visit, "late May", "2022-05")
    late = replace(late, period=Period.from_value("2022-05", "END"))
    bare = make_mention("b", "The report followed her visit to Xinjiang in May.", "May", "2022-05")
    assert event_period([bare, late]).mod == "END"
    assert event_period([late, bare]).mod == "END"


def test_a_date_named_as_a_bound_counts_less_than_one_that_dates_an_event():
    closed = "Mexico closed its schools until May 6 to slow the outbreak."
    reopened = "Mexico reopened its schools on May 6 after the outbreak slowed."
    (bound,) = rank(merge([make_mention(d, closed, "May 6", "2009-05-06") for d in "ab"]))
    (event,) = rank(merge([make_mention(d, reopened, "May 6", "2009-05-06") for d in "ab"]))
    assert bound.score < event.score


def test_a_dates_strength_counts_wire_copies_as_one_article_and_a_bit():
    from timeline.rank import COPY_WEIGHT, date_strength

    wire = "Mexico closed all schools in the capital on Monday, officials said."
    # three papers print the same wire sentence; two others write their own
    copies = [make_mention(doc, wire, "Monday", "2009-04-27", position=2) for doc in "abc"]
    own = [
        make_mention(doc, sentence, "Monday", "2009-04-27", position=2)
        for doc, sentence in (("d", "On Monday Mexico shut every school in its capital."),
                              ("e", "Schools in Mexico City were closed on Monday."))
    ]
    events = rank(merge(copies + own))
    assert [len(e.documents) for e in events] == [5]
    # one article for the copies and a quarter for each further copy, one each for the others
    assert date_strength(events) == pytest.approx(1 + 2 * COPY_WEIGHT + 2 + events[0].score / 1000)


def test_story_keywords_are_what_the_articles_share_not_their_outlet():
    from timeline.model import Document
    from timeline.rank import Coverage, story_keywords

    texts = [
        "MEXICO CITY (Reuters) - Mexico closed its schools as the swine flu spread on {}.",
        "GENEVA (Reuters) - The WHO said swine flu cases rose in Mexico on {}.",
        "LONDON (Reuters) - Britain confirmed two swine flu cases after a trip to Mexico on {}.",
        "MADRID (Reuters) - Spain found swine flu in a student back from Mexico on {}.",
        "WASHINGTON (Reuters) - The CDC tested more swine flu samples from Mexico on {}.",
    ]
    documents = [
        Document(f"d{index}", f"d{index}.txt", "", text.format("Monday"), date(2009, 4, 27), "header",
                 outlet="Reuters")
        for index, text in enumerate(texts)
    ]
    keywords = story_keywords(documents)
    # every article names "Reuters", "swine", "flu" and "Mexico"; the agency is not the story
    assert {"swine", "flu", "mexico"} <= set(keywords) and "reuter" not in keywords
    coverage = Coverage(keywords=keywords)
    assert coverage.on_topic("Swine flu reached Asia on Tuesday.")
    assert not coverage.on_topic("Malaysia's benchmark stock index fell on Monday, Reuters said.")
    # too few articles to tell what a story is about: every sentence counts as on topic
    assert story_keywords(documents[:4]) == ()


def test_title_names_the_story_where_a_source_does():
    from dataclasses import replace

    from timeline.rank import Coverage

    # Both report Monday's market closure in Mexico City; the earlier sentence (a market
    # report's lead) names none of the story's keywords, the later one names the flu.
    early = "Mexico City traders closed the bourse early on Monday after a quiet session."
    later = "Fears of swine flu closed the Mexico City bourse early on Monday, traders said."
    market = replace(make_mention("a", early, "Monday", "2009-04-27"), position=1)
    story = make_mention("b", later, "Monday", "2009-04-27", position=3)
    (plain,) = merge([market, story])
    assert plain.title == market.sentence  # earliest in its article
    on_topic = Coverage(keywords=("swine", "flu")).on_topic
    (told,) = merge([market, story], on_topic=on_topic)
    assert told.title == story.sentence
