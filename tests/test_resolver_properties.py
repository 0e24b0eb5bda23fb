"""Properties of the resolver on random input: it never raises, offsets give back the text,
every value is a well-formed TIMEX3 value, spans never overlap."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.resolver import resolve

# A TIMEX3 value: a (partial) calendar point, a duration, a reference, or a SET anchor.
_D = r"(?:\d{4}|X{4}|\d{3}X?|\d{2}(?:XX)?|FY\d{4})"
_POINT = (
    rf"{_D}"
    r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?"
    r"|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?"
    r"|-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
    r"(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|MI|DT))?"
)
_DUR = (
    r"P(?:(?:[\dX]+(?:\.\d+)?[YMWDQ])+(?:T(?:[\dX]+(?:\.\d+)?[HMS])+)?"
    r"|T(?:[\dX]+(?:\.\d+)?[HMS])+)"
)
TIMEX3_VALUE = re.compile(rf"^(?:{_POINT}|{_DUR}|PRESENT_REF|PAST_REF|FUTURE_REF)$")
TYPES = {"DATE", "TIME", "DURATION", "SET"}

# Words that steer the random text into the patterns.
_WORDS = [
    "Friday",
    "Aug.",
    "31",
    "2022",
    "Sept",
    "May",
    "may",
    "last",
    "next",
    "week",
    "year",
    "years",
    "ago",
    "later",
    "earlier",
    "the",
    "past",
    "five",
    "four-year",
    "early",
    "mid-",
    "late",
    "1990s",
    "'80s",
    "quarter",
    "third",
    "first",
    "half",
    "of",
    "p.m.",
    "12:20",
    ",",
    ".",
    "now",
    "Now",
    "today",
    "tonight",
    "morning",
    "every",
    "daily",
    "summer",
    "fiscal",
    "century",
    "20th",
    "a",
    "dozen",
    "twenty-four",
    "hours",
    "$1,987",
    "3-1",
    "on",
    "in",
    "said",
    "will",
    "Monday",
    "this",
    "month",
    "weekend",
    "Christmas",
    "Q3",
    "7/4/2021",
    "2021-03-04",
    "nineteen",
    "ninety-seven",
    "\n",
    "  ",
    "Tuesday,",
    "August",
    "25,",
]
random_news = st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join)
anchors = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def _check(text: str, anchor) -> None:
    exprs = resolve(text, anchor)
    last_end = -1
    for e in exprs:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
        assert e.type in TYPES
        assert TIMEX3_VALUE.match(e.value), e.value
        assert e.start >= last_end, "overlapping or unsorted spans"
        last_end = e.end


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), anchors)
def test_any_text_any_anchor(text, anchor):
    _check(text, anchor)


@settings(max_examples=500, deadline=None)
@given(random_news, anchors)
def test_newsy_text_any_anchor(text, anchor):
    _check(text, anchor)


def test_validator_accepts_and_rejects():
    for good in [
        "2022-09-09",
        "2022-W37",
        "2022-W35-WE",
        "XXXX-08-31",
        "XXXX-WXX-5",
        "199",
        "19",
        "2022-SU",
        "2022-Q3",
        "2022-H1",
        "2022-09-09T12:20",
        "2022-09-09TNI",
        "P4Y",
        "PT24H",
        "PXD",
        "P2.5Y",
        "PRESENT_REF",
        "FY2022",
    ]:
        assert TIMEX3_VALUE.match(good), good
    for bad in ["", "Friday", "2022-9-9", "P", "2022-W37-8", "NOW"]:
        assert not TIMEX3_VALUE.match(bad), bad
