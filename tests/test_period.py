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
