"""Discourse state: what a text has said so far, the reference of "that day", "the following
month", "a year earlier". The engine updates it from each value it keeps, in text order; a
pack's normalizations read it and set the day, year or quarter they name."""

from __future__ import annotations

import datetime as _dt

from timeline.dates.arithmetic import Unit, shift


class State:
    """What the text has said so far: the reference for "a year earlier", "that day"."""

    __slots__ = ("anchor", "text", "ref_day", "ref_month", "ref_quarter", "ref_year", "last_kind",
                 "year_end", "day_at", "vague_at", "month_at")

    def __init__(self, text: str, anchor: _dt.date | None) -> None:
        self.text = text
        self.anchor = anchor
        self.ref_day: _dt.date | None = None
        # the month of the last month- or day-level date: "In March ... The following month"
        self.ref_month: tuple[int, int] | None = None
        self.ref_quarter: tuple[int, int] | None = None
        self.ref_year: int | None = None
        # "quarter" when the last expression was a quarter: "a year earlier" is then the
        # same quarter of the year before (financial reporting)
        self.last_kind = ""
        self.year_end = 0  # where the last expression of a calendar year ended
        self.day_at: tuple[int, str] = (-1, "")  # where the last day (or time) ended, its day
        self.vague_at = -1 << 30  # where the last date vaguer than a day ended ("last week")
        self.month_at: tuple[int, tuple[int, int]] = (-1, (0, 0))  # the last month: its end, itself

    def set_quarter(self, year: int, q: int) -> None:
        """Remember a quarter the text reports on (not one still ahead)."""
        a = self.anchor
        if a is None or (year, q) <= (a.year, (a.month - 1) // 3 + 1):
            self.ref_quarter = (year, q)

    def shift_reference(self, n: int, unit: Unit) -> str:
        """A reference-relative shift ("a year earlier"): keeps a quarter when the text is
        about quarters, else the granularity of the unit."""
        letter, _is_time, mult = unit
        if letter == "Y" and mult == 1 and self.ref_quarter and self.last_kind == "quarter":
            y, q = self.ref_quarter
            return f"{y + n:04d}-Q{q}"
        base = self.ref_day or self.anchor
        if base is None:
            return "XXXX"
        return shift(base, n, unit)
