from datetime import date

import pytest

from timeline.period import Period


@pytest.mark.parametrize(
    ("value", "start", "end", "granularity"),
    [
        ("2022-09-08", date(2022, 9, 8), date(2022, 9, 8), "day"),
        ("2022-09-13T12:20", date(2022, 9, 13), date(2022, 9, 13), "time"),
        ("2022-09-09TMO", date(2022, 9, 9), date(2022, 9, 9), "day"),
        # ISO week 37 of 2022 runs Monday 12 to Sunday 18 September.
        ("2022-W37", date(2022, 9, 12), date(2022, 9, 18), "week"),
        ("2022-W35", date(2022, 8, 29), date(2022, 9, 4), "week"),
        ("2022-W37-WE", date(2022, 9, 17), date(2022, 9, 18), "week"),
        ("2022-05", date(2022, 5, 1), date(2022, 5, 31), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2022-Q3", date(2022, 7, 1), date(2022, 9, 30), "quarter"),
        ("2022-H1", date(2022, 1, 1), date(2022, 6, 30), "half"),
        ("2022-SU", date(2022, 6, 1), date(2022, 8, 31), "season"),
        ("2022-WI", date(2022, 12, 1), date(2023, 2, 28), "season"),
        ("2022", date(2022, 1, 1), date(2022, 12, 31), "year"),
        ("199", date(1990, 1, 1), date(1999, 12, 31), "decade"),
        ("19", date(1900, 1, 1), date(1999, 12, 31), "century"),
    ],
)
def test_values_cover_their_days(value, start, end, granularity):
    period = Period.from_value(value)
    assert (period.start, period.end, period.granularity) == (start, end, granularity)


@pytest.mark.parametrize(
    "value", ["P4Y", "PRESENT_REF", "XXXX-09", "XXXX-WXX-5", "2022-02-30", "0000", "", "junk"]
)
def test_values_without_a_calendar_span(value):
    assert Period.from_value(value) is None


def test_containment_and_specificity():
    week = Period.from_value("2022-W37")
    monday = Period.from_value("2022-09-12")
    assert week.contains(monday) and week.overlaps(monday) and not monday.contains(week)
    assert monday.specificity < week.specificity


# Labels: each expected value worked out from the calendar, not from the program.
@pytest.mark.parametrize(
    ("value", "mod", "label"),
    [
        # 1 Jan 2009 was a Thursday, so 11 June (day 162, 161 days = 23 weeks later) is one too.
        ("2009-06-11", "", "Thu 11 Jun 2009"),
        ("2009-06-11T14:03", "", "11 Jun 2009, 14:03"),
        ("2009-06-11T14:03:05Z", "", "11 Jun 2009, 14:03:05 UTC"),
        ("2009-06-11T0930+0100", "", "11 Jun 2009, 09:30 +0100"),
        ("2009-06-11TMO", "", "11 Jun 2009, morning"),
        ("2009-06-11TAF", "", "11 Jun 2009, afternoon"),
        ("2009-06-11TEV", "", "11 Jun 2009, evening"),
        ("2009-06-11TNI", "", "11 Jun 2009, night"),
        ("2009-06-11TNI", "END", "11 Jun 2009, late night"),
        ("2009-06-11T14:03", "APPROX", "11 Jun 2009, about 14:03"),
        # ISO week 1 of 2009 holds Thursday 1 January, so it starts Monday 29 December 2008;
        # week 24 starts 23 weeks (161 days) later: Monday 8 June.
        ("2009-W24", "", "week of 8 Jun 2009"),
        ("2009-W01", "", "week of 29 Dec 2008"),
        ("2009-W24-WE", "", "weekend of 13-14 Jun 2009"),
        # Week 44 starts Monday 26 October 2009: its weekend straddles the month.
        ("2009-W44-WE", "", "weekend of 31 Oct-1 Nov 2009"),
        # 1 Jan 2012 was a Sunday, the end of ISO week 52 of 2011.
        ("2011-W52-WE", "", "weekend of 31 Dec 2011-1 Jan 2012"),
        ("2009-06", "", "June 2009"),
        ("2022-05", "START", "early May 2022"),
        ("2022-05", "MID", "mid-May 2022"),
        ("2022-05", "END", "late May 2022"),
        ("2009-SP", "", "spring 2009"),
        ("2009-SU", "", "summer 2009"),
        ("2009-FA", "", "autumn 2009"),
        ("2009-WI", "", "winter 2009-10"),
        ("1999-WI", "", "winter 1999-2000"),
        ("2009-SU", "END", "late summer 2009"),
        ("2022-Q3", "", "Q3 2022"),
        ("2022-H1", "", "first half of 2022"),
        ("2022-H2", "", "second half of 2022"),
        ("2022", "", "2022"),
        ("2022", "MID", "mid-2022"),
        ("FY2022", "", "fiscal 2022"),
        ("199", "", "the 1990s"),
        ("199", "START", "the early 1990s"),
        ("199", "MID", "the mid-1990s"),
        ("18", "", "19th century"),  # TIMEX3 "18" is 1800-1899
        ("20", "", "21st century"),
        ("21", "", "22nd century"),
        ("22", "", "23rd century"),
        ("10", "", "11th century"),
        ("11", "", "12th century"),
        ("18", "END", "late 19th century"),
    ],
)
def test_labels_a_reader_knows(value, mod, label):
    period = Period.from_value(value, mod)
    assert period is not None and period.label == label


@pytest.mark.parametrize(
    ("value", "mod", "label"),
    [
        ("2022-W37", "START", "early in the week of 12 Sep 2022"),
        ("2022-W37", "MID", "midway through the week of 12 Sep 2022"),
        ("2022-H1", "END", "late in the first half of 2022"),
        ("2022-09-09", "START", "early on Fri 9 Sep 2022"),
        ("2022-09-09", "END", "late on Fri 9 Sep 2022"),
        ("2022-09-09", "APPROX", "about Fri 9 Sep 2022"),
        ("2022-05", "BEFORE", "before May 2022"),
        ("2022-05", "AFTER", "after May 2022"),
        ("2022-05", "ON_OR_BEFORE", "on or before May 2022"),
        ("2022-05", "ON_OR_AFTER", "on or after May 2022"),
        ("2022-W37", "BEFORE", "before the week of 12 Sep 2022"),
        ("18", "AFTER", "after the 19th century"),
        ("199", "APPROX", "about the 1990s"),
        # the quantity modifiers keep no direction on a date: "nearly a year ago"
        ("2021-09", "LESS_THAN", "about September 2021"),
    ],
)
def test_modifiers_read_as_words(value, mod, label):
    assert Period.from_value(value, mod).label == label


@pytest.mark.parametrize(
    ("value", "label"),
    [
        # The proleptic Gregorian calendar starts on a Monday, 1 January of year 1.
        ("0001-01-01", "Mon 1 Jan AD 1"),
        ("0999-06", "June AD 999"),  # not "June 999", nor "June 5" for year 5
        ("0005-06", "June AD 5"),
        ("0999", "AD 999"),
        ("0999-WI", "winter AD 999-1000"),
        ("001", "AD 10-19"),  # "the 10s" would read as the 1910s
        ("01", "2nd century"),
        ("99", "100th century"),
        # 31 Dec 9999: 1 Jan 2000 was a Saturday, and 8000 years are 20 Gregorian cycles of
        # 400 years, each a whole 20,871 weeks, so 1 Jan 10000 would be a Saturday again and
        # 31 Dec 9999 is a Friday.
        ("9999-12-31", "Fri 31 Dec 9999"),
        ("9999-W52", "week of 27 Dec 9999"),
        ("9999-Q4", "Q4 9999"),
        ("999", "the 9990s"),
    ],
)
def test_labels_at_the_ends_of_the_calendar(value, label):
    period = Period.from_value(value)
    assert period is not None and period.label == label


def test_labels_do_not_follow_the_locale():
    """Month and weekday names are the code's, not strftime's: another locale changes nothing."""
    import locale

    period = Period.from_value("2009-06-11")
    before = period.label
    saved = locale.setlocale(locale.LC_TIME)
    for name in ("de_DE.UTF-8", "fr_FR.UTF-8", "C.UTF-8"):
        try:
            locale.setlocale(locale.LC_TIME, name)
        except locale.Error:
            continue
        try:
            assert period.label == before == "Thu 11 Jun 2009"
        finally:
            locale.setlocale(locale.LC_TIME, saved)


def test_an_unknown_modifier_stays_visible():
    assert Period.from_value("2022", "SOMETIME").label == "2022 (SOMETIME)"
