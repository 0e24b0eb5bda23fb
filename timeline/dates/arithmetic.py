"""Calendar arithmetic of the date resolver, written once for every language: TIMEX3 day,
week and duration values, months and quarters counted from an anchor, the year of a date
named without one, weekdays and weekends near an anchor, and movable feasts."""

from __future__ import annotations

import datetime as _dt
import re

# A day value, and a month value (a day's too): what the discourse state keeps.
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
MONTH_VALUE = re.compile(r"\d{4}-\d\d(?:-|$)")


def iso_week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def day(d: _dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + n
    return i // 12, i % 12 + 1


def safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def last_completed_quarter(a: _dt.date) -> tuple[int, int]:
    y, mo = add_months(a.year, a.month, -3)
    return y, (mo - 1) // 3 + 1


# Relations a pack's words map to (English "last", "next", "this", "coming"): which weekday or
# weekend near the anchor an expression names.
LAST, THIS, NEXT, COMING = "last", "this", "next", "coming"
# The finer relations a pack's words map to, each as its language uses it:
PAST = "past"  # "the past week": the one before this; "the past decade": the ten years to now
JUST_PAST = "just past"  # "this past August": the latest one gone
PREVIOUS = "previous"  # "the previous week": the one before the text's last date
JUST_COMING = "just coming"  # "this coming August": the next one ahead
FOLLOWING = "following"  # "the following week": the one after the text's last date
CURRENT = "current"  # "the current quarter": the one running
SAME = "same"  # "that week", "the same month": the one the text last named
# Which weekday or weekend each of them names (``weekday_date``, ``weekend``).
NEAR_ANCHOR = {LAST: LAST, PAST: LAST, JUST_PAST: LAST, PREVIOUS: LAST, NEXT: NEXT,
               COMING: COMING, JUST_COMING: COMING, FOLLOWING: COMING, THIS: THIS}

# The periods a pack's words map to ("week", "Woche", "semaine"), and the unit of each.
DAY, WEEK, WEEKEND, MONTH, QUARTER, HALF, YEAR, FISCAL_YEAR, DECADE, CENTURY = (
    "day", "week", "weekend", "month", "quarter", "half", "year", "fiscal year", "decade", "century")


def weekday_date(anchor: _dt.date, wd: int, direction: str | None, relation: str | None = None) -> _dt.date:
    """The weekday ``wd`` (ISO, Monday = 1) nearest the anchor in the ``direction`` the tense
    gives; ``relation`` LAST or NEXT (COMING) is the one strictly before or after the anchor,
    THIS the one ahead unless the tense is past."""
    aw = anchor.isoweekday()
    if relation == LAST:
        return anchor - _dt.timedelta(days=(aw - wd) % 7 or 7)
    if relation in (NEXT, COMING):
        return anchor + _dt.timedelta(days=(wd - aw) % 7 or 7)
    if direction == "future" or (relation == THIS and direction != "past"):
        return anchor + _dt.timedelta(days=(wd - aw) % 7)
    return anchor - _dt.timedelta(days=(aw - wd) % 7)


def weekend(a: _dt.date, direction: str | None, relation: str | None) -> str:
    """The weekend (TIMEX3 "-WE") a relation or tense points to: NEXT is next ISO week's (as
    "next week" is next ISO week), COMING the first one ahead, LAST the one before this."""
    aw = a.isoweekday()
    if relation == NEXT:
        return iso_week(a + _dt.timedelta(weeks=1)) + "-WE"
    if relation == COMING:
        return iso_week(a + _dt.timedelta(days=(6 - aw) % 7 or 7)) + "-WE"
    if relation == LAST:
        back = aw + 1 if aw >= 6 else aw  # to the Saturday/Sunday before this weekend
        return iso_week(a - _dt.timedelta(days=back)) + "-WE"
    if aw >= 6:
        return iso_week(a) + "-WE"
    if direction == "future" or (relation == THIS and direction != "past"):
        return iso_week(a) + "-WE"
    return iso_week(a - _dt.timedelta(days=7)) + "-WE"


# A day named with a future cue but up to this many days gone is this year's: "shipments
# received after April 21 will be banned" (said May 5), "the April 30 deadline will be extended"
# (a week only when "will" governs it: "will be held on Aug. 30", said Sept. 9, is next year's).
FUTURE_GRACE_DAYS = 31


def pick_year(anchor: _dt.date, month: int, day: int | None, direction: str | None,
              grace: int = FUTURE_GRACE_DAYS) -> int:
    """The year for a month (and day) named without one."""
    y = anchor.year
    key = (month, day or 1)
    akey = (anchor.month, anchor.day)
    if direction == "future":
        if day is None:
            return y if month >= anchor.month else y + 1
        # a date a few weeks gone ("to return the boy by Jan. 14") is still this year's
        d = safe_date(y, month, day)
        return y if key >= akey or (d is not None and (anchor - d).days <= grace) else y + 1
    if direction == "past":
        # a date (or a month's first day) up to two months ahead is still this year's
        d = safe_date(y, month, day or 1) or _dt.date(y, month, 28)
        return y if (d - anchor).days <= 60 else y - 1
    # No cue: nearest occurrence, the past weighted as closer (news reports the past).
    best, best_cost = y, None
    for cand in (y - 1, y, y + 1):
        d = safe_date(cand, month, min(day or 15, 28 if month == 2 else 30))
        if d is None:
            continue
        delta = (d - anchor).days
        if day is None and cand == y and month == anchor.month:
            delta = 0
        cost = delta * (2.5 if day else 2.0) if delta > 0 else -delta
        if best_cost is None or cost < best_cost:
            best, best_cost = cand, cost
    return best


def _num_str(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


# A fraction of a unit goes to the next smaller unit: P2.5Y -> P2Y6M, PT1.5M -> PT1M30S.
_SMALLER = {("Y", False): ("M", False, 12), ("M", False): ("D", False, 30),
            ("W", False): ("D", False, 7), ("D", False): ("H", True, 24),
            ("H", True): ("M", True, 60), ("M", True): ("S", True, 60)}

# A unit as a pack's vocabulary gives it: (TIMEX3 letter, is a time unit (PT...), multiplier).
Unit = tuple[str, bool, int]
# The unit of each period that has one.
PERIOD_UNITS: dict[str, Unit] = {
    DAY: ("D", False, 1), WEEK: ("W", False, 1), WEEKEND: ("WE", False, 1), MONTH: ("M", False, 1),
    QUARTER: ("Q", False, 1), YEAR: ("Y", False, 1), DECADE: ("Y", False, 10), CENTURY: ("Y", False, 100),
}


def duration(num: float | None, unit: Unit) -> str:
    """The TIMEX3 duration of ``num`` units (None: an unknown number, "X")."""
    letter, is_time, mult = unit
    if letter == "WE":
        letter, mult = "D", 2
    if letter == "Q":
        letter, mult = "M", 3 * mult
    if num is None:
        return f"PTX{letter}" if is_time else f"PX{letter}"
    total = num * mult
    whole, frac = int(total), total - int(total)
    small = _SMALLER.get((letter, is_time))
    if frac and small and float(frac * small[2]).is_integer():
        parts = [(whole, letter, is_time), (int(frac * small[2]), small[0], small[1])]
    else:
        parts = [(total, letter, is_time)]
    date_part = "".join(f"{_num_str(n)}{u}" for n, u, t in parts if not t and n)
    time_part = "".join(f"{_num_str(n)}{u}" for n, u, t in parts if t and n)
    return "P" + date_part + ("T" + time_part if time_part else "") if (date_part or time_part) \
        else ("PT0" + letter if is_time else "P0" + letter)


def shift(anchor: _dt.date, n: int, unit: Unit) -> str:
    """anchor moved by n units (negative = back), at the granularity of the unit."""
    letter, is_time, mult = unit
    if is_time:
        return day(anchor)
    n *= mult
    if letter == "D":
        return day(anchor + _dt.timedelta(days=n))
    if letter in ("W", "WE"):
        return iso_week(anchor + _dt.timedelta(weeks=n))
    if letter == "M":
        y, m = add_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{m:02d}"
    if letter == "Q":
        y, m = add_months(anchor.year, anchor.month, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    return f"{anchor.year + n:04d}"


def easter(year: int) -> _dt.date:
    """Easter Sunday of ``year`` (Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day_ = (h + l_ - 7 * m + 114) % 31 + 1
    return _dt.date(year, month, day_)


def nth_weekday(year: int, month: int, wd: int, n: int) -> _dt.date:
    """The n-th ISO weekday ``wd`` of a month; n = -1: the last one."""
    if n > 0:
        first = _dt.date(year, month, 1)
        return first + _dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - _dt.timedelta(days=1)
    return last - _dt.timedelta(days=(last.isoweekday() - wd) % 7)
