"""A TIMEX3 value as a span of calendar days, and the words a reader knows it by.

``Period.from_value("2022-W37")`` covers Monday 2022-09-12 to Sunday 2022-09-18 and reads
"week of 12 Sep 2022". Merge and order work on these spans; renderers print ``start``/``end``
and ``label``.
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
    def label(self) -> str:
        """The period as a reader names it: "Thu 11 Jun 2009", "late May 2022", "the 1990s"."""
        return reader_label(self)

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


# Labels ------------------------------------------------------------------------------------
# Names are written out here, not taken from strftime (%a, %b follow the locale): a label must
# be the same bytes on every machine.
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
DAY_PART_NAMES = {
    "MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime",
}
# Where in a period: "early May 2022", "mid-May 2022", "late May 2022".
POSITION_WORDS = {"START": "early", "MID": "mid-", "END": "late"}
# The same for a span a word cannot stand before: "early in the week of 8 Jun 2009".
_POSITION_PHRASES = {"START": "early in the", "MID": "midway through the", "END": "late in the"}
_DAY_POSITION_PHRASES = {"START": "early on", "MID": "midday on", "END": "late on"}
# A point relative to the period. TIMEX3 meant the quantity modifiers for durations; on a
# date ("nearly a year ago") the value does not keep which way they point, so they read "about".
RELATION_WORDS = {
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "about",
    "MORE_THAN": "about",
    "EQUAL_OR_LESS": "about",
    "EQUAL_OR_MORE": "about",
}
# Spans named with an article after a word in front: "before the week of", "after the 19th century".
_TAKES_THE = ("week", "half", "century")
_CLOCK_PART = re.compile(r"^(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}(?::?\d{2})?)?$")


def _year(year: int) -> str:
    """ "2009"; "AD 5" before the year 1000, so that "June AD 5" cannot read as the 5th of June."""
    return str(year) if year >= 1000 else f"AD {year}"


def short_date(day: date) -> str:
    """ "11 Jun 2009"."""
    return f"{day.day} {MONTH_NAMES[day.month - 1][:3]} {_year(day.year)}"


def _day_span(first: date, last: date) -> str:
    """ "13-14 Jun 2009", "31 Oct-1 Nov 2009", "31 Dec 2011-1 Jan 2012"."""
    if first.year != last.year:
        return f"{short_date(first)}-{short_date(last)}"
    if first.month != last.month:
        return f"{first.day} {MONTH_NAMES[first.month - 1][:3]}-{short_date(last)}"
    return f"{first.day}-{short_date(last)}"


def _ordinal(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _with_word(word: str, text: str) -> str:
    """ "late" + "May 2022" = "late May 2022"; "mid-" joins without a space."""
    return f"{word}{text}" if word.endswith("-") else f"{word} {text}"


def _time_of_day(period: Period) -> str:
    """ "14:03", "14:03:05 +01:00", "evening": the part of a value after its day's "T"."""
    tail = period.value[11:]
    if tail in DAY_PART_NAMES:
        return DAY_PART_NAMES[tail]
    clock = _CLOCK_PART.match(tail)
    if clock is None:
        return tail  # a form this reader does not know: shown as it is
    text = f"{int(clock[1]):02d}:{clock[2] or '00'}" + (f":{clock[3]}" if clock[3] else "")
    if clock[4]:
        text += " UTC" if clock[4] == "Z" else f" {clock[4]}"
    return text


def _plain_label(period: Period) -> str:
    """The label without its modifier."""
    start, value, granularity = period.start, period.value, period.granularity
    if granularity == "day":
        return f"{WEEKDAY_NAMES[start.weekday()]} {short_date(start)}"
    if granularity == "week":
        if value.endswith("-WE"):
            return f"weekend of {_day_span(start, period.end)}"
        return f"week of {short_date(start)}"
    if granularity == "month":
        return f"{MONTH_NAMES[start.month - 1]} {_year(start.year)}"
    if granularity == "season":
        season = SEASON_NAMES[value[-2:]]
        if value.endswith("WI"):  # December to February: the winter of two years
            following = start.year + 1
            short = start.year >= 1000 and following // 100 == start.year // 100
            return f"winter {_year(start.year)}-{following % 100:02d}" if short else (
                f"winter {_year(start.year)}-{following}")
        return f"{season} {_year(start.year)}"
    if granularity == "quarter":
        return f"{value[-2:]} {_year(start.year)}"
    if granularity == "half":
        return f"{'first' if value.endswith('H1') else 'second'} half of {_year(start.year)}"
    if granularity == "year":
        return f"fiscal {_year(start.year)}" if value.startswith("FY") else _year(start.year)
    if granularity == "decade":
        if start.year < 1000:  # "the 10s" would read as the 1910s
            return f"AD {start.year}-{start.year + 9}"
        return f"the {start.year}s"
    if granularity == "century":  # TIMEX3 "18" is the 1800s, the 19th century
        return f"{_ordinal(start.year // 100 + 1)} century"
    return value


def reader_label(period: Period) -> str:
    """The words a chronology prints for a period, in English whatever the locale.

    The day is "Thu 11 Jun 2009"; a time "11 Jun 2009, 14:03" or "11 Jun 2009, evening"; a
    modifier reads as a journalist writes it ("late May 2022", "the mid-1990s", "11 Jun 2009,
    about 14:03"). JSON and CSV keep the TIMEX3 value beside it: a label is read, not parsed.
    """
    mod, granularity = period.mod, period.granularity
    if "T" in period.value:  # a clock time or a part of the day
        moment = _time_of_day(period)
        word = POSITION_WORDS.get(mod) or RELATION_WORDS.get(mod)
        if word:
            moment = _with_word(word, moment)
        elif mod:
            moment = f"{moment} ({mod})"
        return f"{short_date(period.start)}, {moment}"
    text = _plain_label(period)
    if mod in POSITION_WORDS:
        if granularity == "day":
            return f"{_DAY_POSITION_PHRASES[mod]} {text}"
        if granularity in ("week", "half"):
            return f"{_POSITION_PHRASES[mod]} {text}"
        if text.startswith("the "):  # "the early 1990s", "the mid-1990s"
            return "the " + _with_word(POSITION_WORDS[mod], text[4:])
        return _with_word(POSITION_WORDS[mod], text)
    if mod in RELATION_WORDS:
        if granularity in _TAKES_THE:
            text = f"the {text}"
        return f"{RELATION_WORDS[mod]} {text}"
    return f"{text} ({mod})" if mod else text
