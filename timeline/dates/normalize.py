"""Normalizations every pack shares: functions ``(match, state) -> (type, value, mod)`` over the
named groups of a rule's match, with the engine's calendar arithmetic. They read digits and
codes, never words: a pack maps its words to the codes (``records.Lexicon``)."""

from __future__ import annotations

import datetime as _dt
import re

from timeline.dates.arithmetic import day as _day
from timeline.dates.arithmetic import safe_date
from timeline.dates.records import Result
from timeline.dates.state import State

_SPACES = re.compile(r"\s+")


def group(m: re.Match[str], name: str) -> str:
    """A named group with its white space (line breaks too) folded to single spaces; "" when
    the pattern has no such group or it did not take part."""
    try:
        v = m.group(name)
    except IndexError:
        return ""
    return _SPACES.sub(" ", v) if v else ""


def two_digit_year(yy: int, anchor: _dt.date | None) -> int:
    """The year of "'98" or "3/4/99": in the anchor's century unless that puts it more than ten
    years after the anchor; without an anchor, 1931 to 2030."""
    if anchor is None:
        return 1900 + yy if yy > 30 else 2000 + yy
    y = anchor.year // 100 * 100 + yy
    return y - 100 if y > anchor.year + 10 else y


def numeric_date(m: re.Match[str], st: State) -> Result:
    """A date in digits: groups ``y`` (four or two digits), ``m``, ``d``, and a clock time
    ``hh``, ``mm`` for a timestamp. Month and day swap when only that order is possible."""
    y, mo, d = group(m, "y"), int(group(m, "m")), int(group(m, "d"))
    year = int(y) if len(y) == 4 else two_digit_year(int(y), st.anchor)
    if mo > 12 and d <= 12:
        mo, d = d, mo
    dd = safe_date(year, mo, d)
    if dd is None or not 1000 < year < 2200:
        return None
    st.ref_day = dd
    if group(m, "hh"):  # a timestamp
        return "TIME", f"{_day(dd)}T{group(m, 'hh')}:{group(m, 'mm')}", ""
    return "DATE", _day(dd), ""
