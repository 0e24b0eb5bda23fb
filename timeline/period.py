"""A TIMEX3 value as a span of calendar days.

``Period.from_value("2022-W37")`` covers Monday 2022-09-12 to Sunday 2022-09-18.
Merge and order work on these spans; renderers print ``start``/``end``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

# Ordered from most to least specific.
GRANULARITIES = (
    "time",
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)

# Meteorological seasons (northern hemisphere), as TIMEX3 codes; winter runs into the next year.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(?:FY)?(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _days_after(day: date, count: int) -> date:
    """``day`` plus ``count`` days, stopped at the end of the calendar: ISO week 52 of 9999
    runs into year 10000, which ``date`` cannot hold."""
    try:
        return day + timedelta(days=count)
    except OverflowError:
        return date.max


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


@dataclass(frozen=True, order=True)
class Period:
    """The days a TIMEX3 value covers, both ends inclusive."""

    start: date
    end: date
    granularity: str
    value: str
    mod: str = ""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def specificity(self) -> int:
        """Lower is more specific: the index of the granularity."""
        return GRANULARITIES.index(self.granularity)

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    @classmethod
    def from_value(cls, value: str, mod: str = "") -> Period | None:
        """The period a TIMEX3 DATE/TIME value covers, or None when it names no calendar span
        (durations, PRESENT_REF, values with unknown digits such as ``XXXX-09``)."""
        try:
            return cls._parse(value, mod)
        except (ValueError, OverflowError):  # out-of-range digits such as 2022-02-30 or 0000
            return None

    @classmethod
    def _parse(cls, value: str, mod: str) -> Period | None:
        if m := _DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            granularity = "time" if m[4] and re.match(r"T\d", m[4]) else "day"
            return cls(day, day, granularity, value, mod)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return cls(monday + timedelta(days=5), monday + timedelta(days=6), "week", value, mod)
            return cls(monday, _days_after(monday, 6), "week", value, mod)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return cls(date(year, month, 1), _month_end(year, month), "month", value, mod)
        if m := _PART.match(value):
            return cls._year_part(int(m[1]), m[2], value, mod)
        if m := _YEAR.match(value):
            year = int(m[1])
            return cls(date(year, 1, 1), date(year, 12, 31), "year", value, mod)
        if (m := _DECADE.match(value)) and int(m[1]) > 0:
            first = int(m[1]) * 10
            return cls(date(first, 1, 1), date(first + 9, 12, 31), "decade", value, mod)
        if (m := _CENTURY.match(value)) and int(m[1]) > 0:
            first = int(m[1]) * 100
            return cls(date(first, 1, 1), date(first + 99, 12, 31), "century", value, mod)
        return None

    @classmethod
    def _year_part(cls, year: int, part: str, value: str, mod: str) -> Period:
        if part[0] == "Q":
            first_month, months, granularity = (int(part[1]) - 1) * 3 + 1, 3, "quarter"
        elif part[0] == "H":
            first_month, months, granularity = (int(part[1]) - 1) * 6 + 1, 6, "half"
        else:
            first, last = SEASON_MONTHS[part]
            first_month, months, granularity = first, last - first + 1, "season"
        end_year, end_month = _add_months(year, first_month, months - 1)
        return cls(date(year, first_month, 1), _month_end(end_year, end_month), granularity, value, mod)
