"""English normalizations: the TIMEX3 value of each rule's match, read from its words
against the anchor and the discourse state, with the calendar arithmetic and the tense
algorithm of the engine (``timeline.dates.arithmetic``, ``timeline.dates.tense``).

Each normalization takes (match, state) and returns (type, value, mod) or None.
"""

from __future__ import annotations

import datetime as _dt
import re

from timeline.dates import arithmetic
from timeline.dates.arithmetic import DAY_VALUE as _DAY_VALUE
from timeline.dates.arithmetic import FUTURE_GRACE_DAYS
from timeline.dates.arithmetic import add_months as _add_months
from timeline.dates.arithmetic import day as _day
from timeline.dates.arithmetic import easter as _easter
from timeline.dates.arithmetic import iso_week as _iso_week
from timeline.dates.arithmetic import last_completed_quarter as _last_completed_quarter
from timeline.dates.arithmetic import nth_weekday as _nth_weekday
from timeline.dates.arithmetic import pick_year as _pick_year
from timeline.dates.arithmetic import safe_date as _safe_date
from timeline.dates.lang.en import vocabulary as lx
from timeline.dates.lang.en.cues import CUES
from timeline.dates.lang.en.patterns import (
    AHEAD_OF,
    DATE_DMY_FULL,
    DATE_MDY_FULL,
    HOURS_AFTER,
    HOURS_BEFORE,
    MON,
    SHARED_PLURAL_PART,
    YEAR4,
    opening_hours_day,
)
from timeline.dates.records import Result
from timeline.dates.state import State
from timeline.dates.tense import tense as _tense

# The relation words of a weekday or weekend: which one near the anchor they name.
RELATIONS = {
    "last": arithmetic.LAST, "past": arithmetic.LAST, "this past": arithmetic.LAST,
    "previous": arithmetic.LAST, "next": arithmetic.NEXT, "coming": arithmetic.COMING,
    "this coming": arithmetic.COMING, "following": arithmetic.COMING, "this": arithmetic.THIS,
}


def tense(text: str, start: int, end: int, past_reach: int = 1000,
          schedule: bool = False, future_reach: int = 1000) -> str | None:
    """The engine's tense (``timeline.dates.tense.tense``) with the English cues."""
    return _tense(CUES, text, start, end, past_reach, schedule, future_reach)


def _weekday_date(anchor: _dt.date, wd: int, direction: str | None, rel: str = "") -> _dt.date:
    return arithmetic.weekday_date(anchor, wd, direction, RELATIONS.get(rel))


def _weekend(a: _dt.date, direction: str | None, rel: str) -> str:
    return arithmetic.weekend(a, direction, RELATIONS.get(rel))


def duration_value(num: float | None, unit: str) -> str:
    return arithmetic.duration(num, lx.UNITS[unit.lower()])


def _shift(anchor: _dt.date, n: int, unit: str) -> str:
    """anchor moved by n units (negative = back), at the granularity of the unit."""
    return arithmetic.shift(anchor, n, lx.UNITS[unit.lower()])


def _shift_ref(state: State, n: int, unit: str) -> str:
    """A reference-relative shift ("a year earlier"): see ``State.shift_reference``."""
    return state.shift_reference(n, lx.UNITS[unit.lower()])


def spoken_year(s: str) -> int | None:
    """"nineteen ninety-seven" -> 1997, "two thousand and one" -> 2001."""
    words = re.split(r"[\s-]+", s.lower().strip())
    words = [w for w in words if w != "and"]
    if not words:
        return None
    if words[:2] == ["two", "thousand"]:
        rest = words[2:]
        n = sum(lx.NUMBERS.get(w, 0) for w in rest)
        return 2000 + n
    if words[0] in ("nineteen", "eighteen", "twenty"):
        hi = lx.NUMBERS[words[0]]
        rest = words[1:]
        if rest and rest[0] == "hundred":
            rest = rest[1:]
        if rest and rest[0] == "oh":
            rest = rest[1:]
        n = 0
        for w in rest:
            if w not in lx.NUMBERS:
                return None
            n += lx.NUMBERS[w]
        if n >= 100:
            return None
        return hi * 100 + n
    return None


def number(s: str) -> float | None:
    """The value of a number written in digits or words; None for vague quantities."""
    s = s.strip().lower().replace(",", "")
    if not s:
        return None
    if s in lx.NUMBERS:
        return lx.NUMBERS[s]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s*(?:and\s+)?(1/2|a half|½))?", s)
    if m:
        return float(m[1]) + (0.5 if m[2] else 0)
    half = re.fullmatch(r"(.+?)\s+and\s+a\s+half", s)
    if half:
        base = number(half[1])
        return None if base is None else base + 0.5
    parts = re.split(r"[\s-]+", s)
    if parts and parts[0] == "half":
        return 0.5
    total = 0.0
    for p in parts:
        if p == "and":
            continue
        if p in ("hundred",):
            total = (total or 1) * 100
        elif p in lx.NUMBERS:
            total += lx.NUMBERS[p]
        else:
            return None
    return total or None


# --------------------------------------------------------------------------- handlers
# Each handler takes (match, state) and returns (type, value, mod) or None.


_SPACES = re.compile(r"\s+")


def _g(m: re.Match[str], name: str) -> str:
    """A named group with its white space (line breaks too) folded to single spaces."""
    try:
        v = m.group(name)
    except IndexError:
        return ""
    return _SPACES.sub(" ", v) if v else ""


def _pos_mod(pos: str) -> str:
    pos = pos.lower().strip().rstrip("-").strip()
    return lx.POSITION_MODS.get(pos, "")


def _month_of(tok: str) -> int:
    low = tok.lower()
    return lx.MONTHS.get(low) or lx.MONTHS.get(low.rstrip(".")) or lx.MONTHS[low + "."]


def _year_of(tok: str, anchor: _dt.date | None) -> int | None:
    tok = tok.strip().lower()
    if not tok:
        return None
    if tok.startswith("'"):
        yy = int(tok[1:])
        if anchor is None:
            return 1900 + yy if yy > 30 else 2000 + yy
        century = anchor.year // 100 * 100
        y = century + yy
        return y - 100 if y > anchor.year + 10 else y
    if tok.isdigit():
        return int(tok)
    if anchor is None:
        return None
    if tok in ("this year", "the year", "this"):
        return anchor.year
    if tok in ("last year", "last"):
        return anchor.year - 1
    if tok in ("next year", "next"):
        return anchor.year + 1
    return None


def h_date(m: re.Match[str], st: State) -> Result:
    mon = _month_of(_g(m, "mon"))
    day = int(re.match(r"\d+", _g(m, "first") or _g(m, "day"))[0])
    ytok = _g(m, "year")
    year = _year_of(ytok, st.anchor) if ytok else None
    if day > 31:
        return None
    if year is None:
        if ytok or st.anchor is None:
            return "DATE", f"XXXX-{mon:02d}-{day:02d}", ""
        if (mon, day) == (9, 11) and st.anchor.year > 2001 and _SEPT_11_ATTACKS.match(st.text, m.end()):
            return "DATE", "2001-09-11", ""  # "the Sept. 11 attacks": those of 2001
        named = _YEAR_NAMED_AFTER.match(st.text, m.end())
        if named:  # "March 5 next year": the year named right after it
            year = st.anchor.year + {"last": -1, "this": 0, "next": 1}[named.group(1).lower()]
        wd = _g(m, "wd")
        if wd and st.anchor is not None:
            # A weekday fixes the year: pick the candidate year where it matches.
            wd = wd.lower().rstrip(",").strip()
            wdn = lx.WEEKDAYS.get(wd) or lx.WEEKDAYS_BEFORE_DATE.get(wd)
            for cand in (st.anchor.year, st.anchor.year - 1, st.anchor.year + 1):
                d = _safe_date(cand, mon, day)
                if d and wdn and d.isoweekday() == wdn:
                    year = cand
                    break
        if year is None:
            rel = _g(m, "rel").lower()
            a = st.anchor
            this = _safe_date(a.year, mon, day)
            if rel in ("last", "this past"):
                year = a.year if this is not None and this < a else a.year - 1
            elif rel in ("next", "this coming"):
                year = a.year if this is not None and this > a else a.year + 1
            else:
                direction = tense(st.text, m.start(), m.end(), 40, future_reach=80)
                # "will be held on Aug. 30", said on Sept. 9: next year's, no grace
                will = _WILL_BEFORE.search(st.text, max(0, m.start() - 25), m.start())
                year = _pick_year(a, mon, day, direction, 7 if will else FUTURE_GRACE_DAYS)
    d = _safe_date(year, mon, day)
    if d is None:
        return None
    st.ref_day = d
    if _g(m, "weekof"):
        return "DATE", _iso_week(d), ""
    return "DATE", _day(d), ""


def h_day_of_month(m: re.Match[str], st: State) -> Result:
    """"on the 8th": that day of the anchor's month, or of the month before or after it
    when the tense says the day is past or ahead."""
    day = int(_g(m, "day"))
    a = st.anchor
    if a is None:
        return "DATE", f"XXXX-XX-{day:02d}", ""
    direction = tense(st.text, m.start(), m.end(), 40, future_reach=80)
    step = 0
    if direction == "past" and day > a.day:
        step = -1
    elif direction == "future" and day < a.day:
        step = 1
    y, mo = _add_months(a.year, a.month, step)
    d = _safe_date(y, mo, day)
    if d is None:
        return None
    st.ref_day = d
    return "DATE", _day(d), ""


def h_date_next(m: re.Match[str], st: State) -> Result:
    """"25" in "April 24 and 25": the month and year of the day before it."""
    mon = _month_of(_g(m, "mon"))
    day = int(re.match(r"\d+", _g(m, "day"))[0])
    ref = st.ref_day
    if ref is not None and ref.month == mon:
        d = _safe_date(ref.year, mon, day)
    elif st.anchor is not None:
        d = _safe_date(_pick_year(st.anchor, mon, day, None), mon, day)
    else:
        return "DATE", f"XXXX-{mon:02d}-{day:02d}", ""
    if d is None:
        return None
    st.ref_day = d
    return "DATE", _day(d), ""


def h_numeric_date(m: re.Match[str], st: State) -> Result:
    y, mo, d = _g(m, "y"), int(_g(m, "m")), int(_g(m, "d"))
    year = int(y) if len(y) == 4 else (_year_of("'" + y, st.anchor) or 0)
    if mo > 12 and d <= 12:
        mo, d = d, mo
    dd = _safe_date(year, mo, d)
    if dd is None or not 1000 < year < 2200:
        return None
    st.ref_day = dd
    if _g(m, "hh"):  # a timestamp
        return "TIME", f"{_day(dd)}T{_g(m, 'hh')}:{_g(m, 'mm')}", ""
    return "DATE", _day(dd), ""


def h_month_year(m: re.Match[str], st: State) -> Result:
    mon = _month_of(_g(m, "mon"))
    year = _year_of(_g(m, "year"), st.anchor)
    mod = _pos_mod(_g(m, "pos"))
    if year is None:
        return "DATE", f"XXXX-{mon:02d}", mod
    st.ref_year = year
    st.ref_day = None  # "later that year" after "in June 1998" is 1998
    return "DATE", f"{year:04d}-{mon:02d}", mod


def h_month(m: re.Match[str], st: State) -> Result:
    mon = _month_of(_g(m, "mon"))
    mod = _pos_mod(_g(m, "pos"))
    rel = _g(m, "rel").lower()
    a = st.anchor
    if a is None:
        return "DATE", f"XXXX-{mon:02d}", mod
    if rel in ("last", "past", "this past"):
        year = a.year if mon < a.month else a.year - 1
        if rel == "last" and (a.month - mon) % 12 == 1:
            year -= 1  # the month just past is "last month"; "last August" is a year back
    elif rel in ("next", "coming", "this coming"):
        year = a.year if mon > a.month else a.year + 1
    elif rel == "this":
        year = a.year
    elif range_end := _RANGE_TO_DATED_MONTH.match(st.text, m.end()):
        # "January to April 1919": the first month takes the year of the second
        year = int(range_end.group("y")) - (mon > _month_of(range_end.group("mon")))
    elif (st.month_at[0] >= 0 and not mod
          and _MONTH_AFTER_MONTH.fullmatch(st.text, st.month_at[0], m.start())):
        # "from July to December", "September-January": the second month follows the first
        first_year, first_month = st.month_at[1]
        year = first_year if mon >= first_month else first_year + 1
    elif _CONTRACT_MONTH.match(st.text, m.end()):
        # "September yen futures", "December delivery": a contract month is ahead
        year = _pick_year(a, mon, None, "future")
    elif _possessive_direction(st.text, m) == "past":
        # "January's record", "from February's level": a month gone by, as a weekday's is
        year = _pick_year(a, mon, None, "past")
    elif _DATA_MONTH.match(st.text, m.end()):
        # "February orders", "January retail sales": figures for a month gone by
        year = _pick_year(a, mon, None, "past")
    else:
        year = _pick_year(a, mon, None, tense(st.text, m.start(), m.end(), 40, future_reach=80))
    return "DATE", f"{year:04d}-{mon:02d}", mod


_MONTH_RANGE_LINK = r"\s*(?:to|through|until|till|-|–|/)\s*"  # "July to December", "Sept-Jan"
_RANGE_TO_DATED_MONTH = re.compile(
    rf"{_MONTH_RANGE_LINK}(?P<mon>{MON}),?\s+(?P<y>{YEAR4})\b", re.I)
_MONTH_AFTER_MONTH = re.compile(_MONTH_RANGE_LINK, re.I)
# "February orders", "the January trade data": a month's figures (words between it and the
# noun describe the figures; no article or preposition: "from July with production" is no)
_DATA_MONTH = re.compile(
    r"(?:'s)?\s+(?:(?!(?:with|a|an|the|at|by|for|in|of|on|to|and|as)\s)[a-z]+\s+){0,2}?"
    r"(?:orders|sales|figures|data|statistics|exports|imports|output|production|inflation|"
    r"unemployment|jobless|payrolls|deficit|surplus|index|indices|results|earnings|shipments|"
    r"deliveries|reserves|prices|rate|rates)\b", re.I)
_CONTRACT_MONTH = re.compile(r"(?:/[A-Z][a-z]+)?\s+(?!(?:a|an|the)\s)(?:[a-z]+\s+){0,2}?"
                             r"(?:futures|contracts|delivery|deliveries|options|shipment|loading)\b", re.I)


_HOURS = ("h", "h2", "h3", "h4", "h5", "h6", "h7")
_MINUTES = ("mi", "mi2", "mi3", "mi4", "mi5", "mi6", "mi7")


def _clock(m: re.Match[str]) -> str | None:
    noon = _g(m, "noon").lower()
    if noon:
        return {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}[noon]
    h = next((_g(m, g) for g in _HOURS if _g(m, g)), "")
    mi = next((_g(m, g) for g in _MINUTES if _g(m, g)), "00")
    if not h:
        return None
    hour, minute = int(h), int(mi)
    if _g(m, "h5"):  # "4 in the morning", "3 in the afternoon", "10 at night"
        part = _g(m, "inpart").lower()
        if part in ("afternoon", "evening") or _g(m, "atnight") and hour >= 6:
            hour = hour % 12 + 12
        elif hour == 12:
            hour = 0
    ap = _g(m, "ap").lower().replace(".", "").replace(" ", "")
    if ap:
        if not 1 <= hour <= 12:
            return None
        if ap.startswith("p") and hour != 12:
            hour += 12
        elif ap.startswith("a") and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"T{hour:02d}:{minute:02d}"


def _day_expr(raw: str, at: int, st: State, start: int, end: int) -> str | None:
    """The day value of a short day expression inside a time expression: ``raw``, found at
    offset ``at`` of the text (a date in it is read where it stands, with its own tense)."""
    s = re.sub(r"^on\s+", "", raw.strip().rstrip(",").strip(), flags=re.I)
    low = _SPACES.sub(" ", s).lower()
    a = st.anchor
    if low in ("today", "this", "tonight"):
        return _day(a) if a else "XXXX-XX-XX"
    if low == "yesterday":
        return _day(a - _dt.timedelta(days=1)) if a else "XXXX-XX-XX"
    if low == "tomorrow":
        return _day(a + _dt.timedelta(days=1)) if a else "XXXX-XX-XX"
    wd = lx.WEEKDAYS.get(low)
    if wd:
        if a is None:
            return f"XXXX-WXX-{wd}"
        return _day(_weekday_date(a, wd, tense(st.text, start, end, schedule=True)))
    pos = at + raw.find(s)
    m = DATE_MDY_FULL.fullmatch(st.text, pos, pos + len(s)) or DATE_DMY_FULL.fullmatch(
        st.text, pos, pos + len(s))
    if m:
        r = h_date(m, st)
        return r[1] if r else None
    return None


def h_time(m: re.Match[str], st: State) -> Result:
    clock = _clock(m)
    if clock is None:
        return None
    mod = "APPROX" if _g(m, "approx").lower() in ("about", "around", "approximately") else ""
    if _opening_hours(m, st.text):
        return "TIME", "XXXX-XX-XX" + clock, mod  # "answered from 0830 to 1730 Monday to Friday"
    # "at 4 in the morning (4 a.m. EDT Thursday)": the day may come in the parentheses
    group = next((name for name in ("dayexpr", "pday", "pday2") if _g(m, name)), "")
    if group:
        day = _day_expr(m.group(group), m.start(group), st, m.start(), m.end())
        if day is None:
            return None
    elif st.day_at[0] >= 0 and _TIME_AFTER_DAY.fullmatch(st.text, st.day_at[0], m.start()):
        day = st.day_at[1]  # "Christmas Eve 8pm to 9pm": the day just named
    else:
        day = _day(st.anchor) if st.anchor else "XXXX-XX-XX"
        if clock == "T24:00" and tense(st.text, m.start(), m.end(), schedule=True) == "past":
            clock = "T00:00"  # "the fire started after midnight": the night just gone
    return "TIME", day + clock, mod


def _opening_hours(m: re.Match[str], text: str) -> bool:
    """Whether a clock time is one of opening hours, which recur: next to a range of weekdays
    or "daily" ("from 0830 to 1730 Monday to Friday", "Mon-Fri 9am-5pm", "10am daily")."""
    day = _g(m, "dayexpr")
    if day and lx.WEEKDAYS.get(day.lower().removeprefix("on ")):
        end = m.end("dayexpr")
        start = end - len(day.removeprefix("on ").removeprefix("On "))
        return opening_hours_day(text, start, end)
    return bool(HOURS_AFTER.match(text, m.end())
                or HOURS_BEFORE.search(text, max(0, m.start() - 60), m.start()))


def h_weekday(m: re.Match[str], st: State) -> Result:
    wd = lx.WEEKDAYS[_g(m, "wd").lower()]
    part = _g(m, "part").lower()
    pos = _g(m, "pos").lower()
    rel = _g(m, "rel").lower()
    shared = SHARED_PLURAL_PART.match(st.text, m.end()) if not part else None
    if shared:
        part = shared.group("part").lower()
    if _g(m, "pl") or _g(m, "partpl") or shared:
        # "Mondays", "Tuesday nights", "Monday and Tuesday nights": every such day
        return "SET", f"XXXX-WXX-{wd}" + (f"T{lx.DAY_PARTS[part]}" if part else ""), ""
    if not (rel or pos or part) and opening_hours_day(st.text, m.start(), m.end()):
        return "SET", f"XXXX-WXX-{wd}", ""  # "open 0900-1700 Monday to Friday": every such day
    mod = _pos_mod(pos)
    if st.anchor is None or (_INDEFINITE.search(st.text, max(0, m.start() - 4), m.start())
                             and _HEAD_NOUN_END.match(st.text, m.end())):
        # "It was a Wednesday": some Wednesday, not this week's ("a Sunday memorial" is one)
        value = f"XXXX-WXX-{wd}"
    else:
        direction = (None if rel else _possessive_direction(st.text, m)) or tense(
            st.text, m.start(), m.end(), schedule=True)
        rel = re.sub(r"\s+", " ", rel)
        after_time = st.day_at[0] >= 0 and _AFTER_CONVERSION.fullmatch(st.text, st.day_at[0], m.start())
        if after_time and not rel and _dt.date.fromisoformat(st.day_at[1]).isoweekday() == wd:
            # "8 a.m. (1 p.m. GMT) Sunday": the day the time before it was given
            st.ref_day = _dt.date.fromisoformat(st.day_at[1])
            return "DATE", st.day_at[1], mod
        if rel in ("the previous", "the preceding", "the following"):
            # relative to the day the text last talked about
            base = st.ref_day or st.anchor
            bw = base.isoweekday()
            if rel == "the following":
                d = base + _dt.timedelta(days=(wd - bw) % 7 or 7)
            else:
                d = base - _dt.timedelta(days=(bw - wd) % 7 or 7)
        elif _g(m, "wkrel"):
            # "Thursday last week": that weekday of the week named
            step = {"last": -1, "next": 1}.get(_g(m, "wkrel").lower(), 0)
            monday = st.anchor - _dt.timedelta(days=st.anchor.isoweekday() - 1)
            d = monday + _dt.timedelta(weeks=step, days=wd - 1)
        else:
            d = _weekday_date(st.anchor, wd, direction, rel)
        st.ref_day = d
        value = _day(d)
    # "Friday night": the annotated news corpora mostly give the day itself
    return "DATE", value, mod


def h_relday(m: re.Match[str], st: State) -> Result:
    rd = _g(m, "rd").lower()
    part = (_g(m, "part") or _g(m, "part2")).lower()  # "mid-afternoon yesterday"
    mod = _pos_mod(_g(m, "pos") or _g(m, "pos2"))
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0,
              "the day before yesterday": -2, "the day after tomorrow": 2}[rd]
    if rd == "tonight":
        part = "night"
    nowadays = _NOWADAYS_AFTER.match(st.text, m.end()) or (
        _NOWADAYS_BEFORE.search(st.text, max(0, m.start() - 16), m.start())
        and not st.text.startswith("'s", m.end()))
    if rd in ("today", "tomorrow") and nowadays:
        # "today's world", "as it is today": the present (and "tomorrow's generation" the future)
        return "DATE", "PRESENT_REF" if rd == "today" else "FUTURE_REF", ""
    a = st.anchor
    value = _day(a + _dt.timedelta(days=offset)) if a else "XXXX-XX-XX"
    if part:
        return "TIME", value + "T" + lx.DAY_PARTS[part], mod
    return "DATE", value, mod


_NOWADAYS_AFTER = re.compile(r"'s\s+(?:world|society|generation|youth|young|children|kids|economy|culture|"
                             r"standards|technology|era|age|market\s+place|globali[sz]ed)\b", re.I)
_NOWADAYS_BEFORE = re.compile(r"\bas\s+it\s+is\s+$", re.I)


def h_day_rel(m: re.Match[str], st: State) -> Result:
    """"the day before last Tuesday", "the day after Sept. 5": one day from that day."""
    step = -1 if _g(m, "dir").lower() == "before" else 1
    expr, rel = _g(m, "dayexpr"), _g(m, "rel").lower()
    wd = lx.WEEKDAYS.get(expr.lower())
    a = st.anchor
    if wd and a is not None:
        d = _weekday_date(a, wd, tense(st.text, m.start(), m.end(), schedule=True), rel)
    else:
        value = _day_expr(expr, m.start("dayexpr"), st, m.start(), m.end())
        if value is None or "X" in value or "W" in value:
            return None
        d = _dt.date.fromisoformat(value)
    d += _dt.timedelta(days=step)
    st.ref_day = d
    return "DATE", _day(d), ""


def h_daypart(m: re.Match[str], st: State) -> Result:
    rel = _g(m, "rel").lower()
    part = _g(m, "part").lower()
    mod = _pos_mod(_g(m, "pos"))
    a = st.anchor
    if not rel:
        # "in the morning": of the day just named ("dashed Friday. Dealers bought in the
        # morning"); else, told in the past with no vaguer date just before ("Last week there
        # was a rainbow in the evening"), of the publication day; else of no day we know
        # ("I wake up in the morning")
        if st.day_at[0] >= 0 and m.start() - st.day_at[0] <= _DAY_REACH:
            day = st.day_at[1]
        elif a and not 0 <= m.start() - st.vague_at <= _DAY_REACH and tense(
                st.text, m.start(), m.end()) == "past":
            day = _day(a)
        else:
            day = "XXXX-XX-XX"
        return "TIME", day + "T" + lx.DAY_PARTS[part], mod
    offset = -1 if rel in ("last", "yesterday") else 1 if rel == "tomorrow" else 0
    value = _day(a + _dt.timedelta(days=offset)) if a else "XXXX-XX-XX"
    return "TIME", value + "T" + lx.DAY_PARTS[part], mod


def h_relperiod(m: re.Match[str], st: State) -> Result:
    rel = _g(m, "rel").lower()
    unit = _g(m, "unit").lower()
    mod = _pos_mod(_g(m, "pos"))
    a = st.anchor
    if rel in ("that", "the same", "same"):
        return _anaphoric(unit, 0, st, mod)
    if rel in ("following", "the following"):
        return _anaphoric(unit, 1, st, mod)
    if rel in ("previous", "preceding", "prior") and _g(m, "the"):
        return _anaphoric(unit, -1, st, mod)
    step = {"last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1,
            "this coming": 1, "upcoming": 1, "this": 0, "current": 0, "preceding": -1,
            "prior": -1}.get(rel, 0)
    if unit in lx.SEASONS:
        code = lx.SEASONS[unit]
        if a is None:
            return "DATE", f"XXXX-{code}", mod
        year = a.year + step
        return "DATE", f"{year:04d}-{code}", mod
    if a is None:
        if unit == "weekend":
            return "DATE", "XXXX-WXX-WE", mod
        xs = {"week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX"}
        if step == 0:
            return "DATE", "PRESENT_REF", mod
        return "DATE", xs.get(unit, "PAST_REF" if step < 0 else "FUTURE_REF"), mod
    if unit == "weekend":
        return "DATE", _weekend(a, tense(st.text, m.start(), m.end()), rel), mod
    if unit == "week":
        return "DATE", _iso_week(a + _dt.timedelta(weeks=step)), mod
    if unit == "month":
        y, mo = _add_months(a.year, a.month, step)
        return "DATE", f"{y:04d}-{mo:02d}", mod
    if unit == "quarter":
        if rel == "this" and not mod and st.ref_quarter and tense(st.text, m.start(), m.end()) == "past":
            # "This quarter's loss includes ..." in a report on the quarter just ended
            y, q = st.ref_quarter
            return "DATE", f"{y:04d}-Q{q}", mod
        y, mo = _add_months(a.year, a.month, 3 * step)
        q = (mo - 1) // 3 + 1
        st.ref_quarter = (y, q)
        return "DATE", f"{y:04d}-Q{q}", mod
    if unit == "half":
        y, mo = _add_months(a.year, a.month, 6 * step)
        return "DATE", f"{y:04d}-H{1 if mo <= 6 else 2}", mod
    if unit in _YEARS_IN and not 1 <= a.year + _YEARS_IN[unit] * step <= 9999:
        return None  # beyond what a TIMEX3 year (four digits) can say
    if rel == "past" and unit in ("decade", "century"):
        # "the past decade": the ten years up to now, as "the past ten years" is
        return "DURATION", "P10Y" if unit == "decade" else "P100Y", mod
    if unit == "decade":
        return "DATE", f"{(a.year + 10 * step) // 10:03d}", mod
    if unit == "century":
        return "DATE", f"{(a.year + 100 * step) // 100:02d}", mod
    if unit in ("year", "fiscal year"):
        if (step == -1 and rel == "last" and not mod and st.last_kind == "quarter"
                and st.ref_quarter and _COMPARED.search(st.text, max(0, m.start() - 40),
                                                        m.start())):
            # "net rose in the quarter, compared with a loss last year": that quarter
            y, q = st.ref_quarter
            return "DATE", f"{y - 1:04d}-Q{q}", mod
        st.ref_year = a.year + step
        return "DATE", f"{a.year + step:04d}", mod
    return None


_YEARS_IN = {"year": 1, "fiscal year": 1, "decade": 10, "century": 100}
_COMPARED = re.compile(r"\b(?:compared\s+with|from|than|versus|against|over)\b[^.;]*$", re.I)


def _anaphoric(unit: str, step: int, st: State, mod: str = "") -> Result:
    unit = unit.lower()
    base = st.ref_day or st.anchor
    if unit in ("morning", "afternoon", "evening", "night"):
        if base is None:
            return "TIME", "XXXX-XX-XXT" + lx.DAY_PARTS[unit], mod
        return "TIME", _day(base + _dt.timedelta(days=step)) + "T" + lx.DAY_PARTS[unit], mod
    if unit in ("year", "fiscal year") and st.ref_year is not None and st.ref_day is None:
        return "DATE", f"{st.ref_year + step:04d}", mod
    if unit == "month" and st.ref_month is not None:
        y, mo = _add_months(*st.ref_month, step)
        return "DATE", f"{y:04d}-{mo:02d}", mod
    if unit == "quarter" and st.ref_quarter is not None and st.last_kind == "quarter":
        y, q = st.ref_quarter  # "the second quarter ... Results for that quarter"
        y, q = y + (q - 1 + step) // 4, (q - 1 + step) % 4 + 1
        return "DATE", f"{y:04d}-Q{q}", mod
    if unit not in lx.UNITS or base is None:
        return "DATE", "XXXX-XX-XX" if unit == "day" else "XXXX", mod
    return "DATE", _shift(base, step, unit), mod


def h_anaphor(m: re.Match[str], st: State) -> Result:
    unit = (_g(m, "unit") or _g(m, "unit2") or "day").lower()
    rel = _g(m, "rel").lower()
    step = {"before": -1, "after": 1, "next": 1, "following": 1, "previous": -1,
            "preceding": -1, "prior": -1}.get(rel, 0)
    return _anaphoric(unit, step, st, _pos_mod(_g(m, "pos")))


def h_ago(m: re.Match[str], st: State) -> Result:
    num = number(_g(m, "num"))
    unit = _g(m, "unit").lower()
    direction = _g(m, "dir").lower()
    q = lx.QUANT_MODS.get(_g(m, "q").lower(), "")
    mod = "APPROX" if q else ""
    if num is None:
        return "DATE", "PAST_REF" if direction in ("ago", "earlier", "before") else "FUTURE_REF", ""
    n = int(num) if num == int(num) else None
    if n is None:
        return "DATE", "PAST_REF" if direction in ("ago", "earlier") else "FUTURE_REF", mod
    sign = -1 if direction in ("ago", "earlier", "before", "back", "previously") else 1
    if direction in ("earlier", "later", "before", "after"):
        return "DATE", _shift_ref(st, sign * n, unit), mod
    a = st.anchor
    if a is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod
    letter = lx.UNITS[unit][0]
    if (letter == "Y" and lx.UNITS[unit][2] == 1 and n == 1 and st.ref_quarter
            and st.last_kind == "quarter"):
        return "DATE", _shift_ref(st, -1, unit), mod
    return "DATE", _shift(a, sign * n, unit), mod


def h_duration(m: re.Match[str], st: State) -> Result:
    unit = _g(m, "unit").lower()
    numtok = _g(m, "num").lower()
    if unit in ("second",) and numtok in ("a", "an"):
        return None
    num = number(numtok)
    if num is not None and _g(m, "half"):
        num += 0.5  # "a minute and a half"
    q = _g(m, "q").lower()
    mod = lx.QUANT_MODS.get(q, "")
    if numtok == "one" and unit == "day" and m.group(0).lower() == "one day" and (
            _CLAUSE_START.search(st.text, max(0, m.start() - 12), m.start())
            and _SUBJECT_NEXT.match(st.text, m.end())
            or _MODAL_BEFORE.search(st.text, max(0, m.start() - 8), m.start())
            and _VERB_NEXT.match(st.text, m.end())):
        # "One day I was walking", "Islam will one day be": some day, not a day-long span
        return "DATE", "PAST_REF" if tense(st.text, m.start(), m.end()) == "past" else "FUTURE_REF", ""
    return "DURATION", duration_value(num, unit), mod


_CLAUSE_START = re.compile(r"(?:^|[.!?;:]\s+|,\s+|\band\s+|\bbut\s+|\n)[\"'“‘]?"
                           r"(?:(?:perhaps|maybe|hopefully|and|but)\s+)?$", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|to|he|she|they|we|I|who)\s+$")
_VERB_NEXT = re.compile(r"\s+(?!later\b|earlier\b|after\b|before\b|ago\b|of\b|in\b|and\b)[a-z]+\b")
_SUBJECT_NEXT = re.compile(r",|\s+(?:I|we|you|he|she|it|they|the|a|his|her|their|our|[A-Z][a-z]+)\b")


def h_vague_span(m: re.Match[str], st: State) -> Result:
    return "DURATION", duration_value(None, _g(m, "unit")), ""


_NEAR_REFERENCE = 150  # characters: about a sentence


def h_the_unit(m: re.Match[str], st: State) -> Result:
    unit = re.sub(r"\s+", " ", _g(m, "unit").lower())
    a = st.anchor
    if unit == "weekend":
        if a is None:
            return "DATE", "XXXX-WXX-WE", ""
        return "DATE", _weekend(a, tense(st.text, m.start(), m.end()), ""), ""
    pos = _g(m, "pos")
    if pos or _g(m, "w"):
        # "the end of the year", "earlier in the month": the current one, with a position
        mod = _pos_mod(pos)
        if a is None:
            return "DATE", {"month": "XXXX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX"), mod
        if unit == "month":
            return "DATE", f"{a.year:04d}-{a.month:02d}", mod
        if unit == "week":
            return "DATE", _iso_week(a), mod
        # "In 1985 ... at the end of the year": that year, if it was named just before
        near = m.start() - st.year_end <= _NEAR_REFERENCE
        year = st.ref_year if st.ref_year and st.last_kind == "DATE" and pos and near else a.year
        return "DATE", f"{year:04d}", mod
    if a is None or _AFTER_UNIT_ENDED.match(st.text, m.end()):
        return "DURATION", "P1Y", ""  # "the year ended Sept. 30": a year-long period
    return "DATE", f"{a.year:04d}", ""  # "for the year, volume was flat": this year


def h_year_end(m: re.Match[str], st: State) -> Result:
    """"by year-end": this year, at its end; "since year-end": the end of last year."""
    if st.anchor is None:
        return "DATE", "XXXX", "END"
    return "DATE", f"{st.anchor.year - bool(_g(m, 'since')):04d}", "END"


def h_bare_units(m: re.Match[str], st: State) -> Result:
    one = _g(m, "one")
    return "DURATION", duration_value(1 if one else None, one or _g(m, "unit")), ""


def h_year(m: re.Match[str], st: State) -> Result:
    y = _year_of(_g(m, "yy"), st.anchor) if _g(m, "yy") else int(_g(m, "y"))
    if y is None:
        return None
    mod = _pos_mod(_g(m, "pos"))
    st.ref_year = y
    st.ref_day = None
    return "DATE", f"{y:04d}", mod


def h_spoken_year(m: re.Match[str], st: State) -> Result:
    y = spoken_year(_g(m, "sy"))
    if y is None:
        return None
    mon = _g(m, "mon")
    st.ref_year = y
    if _g(m, "s"):  # "the winter of nineteen ninety-four"
        return "DATE", f"{y:04d}-{lx.SEASONS[_g(m, 's').lower()]}", ""
    if mon:
        return "DATE", f"{y:04d}-{_month_of(mon):02d}", ""
    return "DATE", f"{y:04d}", ""


def h_decade(m: re.Match[str], st: State) -> Result:
    mod = _pos_mod(re.sub(r"\s+", " ", _g(m, "half")) or _g(m, "pos"))
    if _g(m, "d4"):
        return "DATE", _g(m, "d4")[:3], mod
    d2 = _g(m, "d2")
    if d2:
        dec = int(d2[0])
        century = 19
        if st.anchor is not None and st.anchor.year >= 2000 and dec <= (st.anchor.year % 100) // 10:
            century = 20
        if dec == 0 and d2.startswith("0"):
            century = 20
        return "DATE", f"{century}{dec}", mod
    dw = _g(m, "dw").lower()
    if dw:
        return "DATE", f"19{lx.DECADE_WORDS[dw]}", mod
    return None


def h_century(m: re.Match[str], st: State) -> Result:
    n = _g(m, "n")
    num = int(n) if n else lx.ORDINALS.get(_g(m, "w").lower())
    if not num or num < 1:
        return None
    return "DATE", f"{num - 1:02d}", _pos_mod(_g(m, "pos"))


def _quarter_year(q: int, st: State, start: int, end: int, per: int = 3) -> int | None:
    a = st.anchor
    if a is None:
        return None
    aq = (a.month - 1) // per + 1
    if q < aq:
        return a.year
    direction = tense(st.text, start, end)
    if q == aq:
        return a.year
    return a.year if direction == "future" else a.year - 1


def h_quarter(m: re.Match[str], st: State) -> Result:
    qn = _g(m, "qn").lower()
    digits = re.search(r"\d", qn)
    q = int(digits[0]) if digits else lx.ORDINALS.get(qn)
    if q == -1:
        if (qn == "last" and not _g(m, "the") and not _g(m, "pre").strip()
                and not (_g(m, "y") or _g(m, "y2") or _g(m, "ry")) and st.anchor is not None):
            # "profit fell last quarter": the quarter before this one, not the fourth
            y, q = _last_completed_quarter(st.anchor)
            st.set_quarter(y, q)
            return "DATE", f"{y:04d}-Q{q}", ""
        q = 4
    if q is None or not 1 <= q <= 4:
        return None
    pre = _g(m, "pre").lower()
    ytok = _g(m, "y") or _g(m, "y2") or _g(m, "ry")
    year = None
    if ytok:
        year = _year_of(ytok, st.anchor)
    elif re.search(r"\d{4}", pre):
        year = int(re.search(r"\d{4}", pre)[0])
    elif st.anchor is not None and "last year" in pre:
        year = st.anchor.year - 1
    elif st.anchor is not None and "next year" in pre:
        year = st.anchor.year + 1
    elif st.anchor is not None and "this year" in pre:
        year = st.anchor.year
    if year is None:
        if re.search(r"year[\s-](?:ago|earlier|before)", pre) and st.ref_quarter:
            year = st.ref_quarter[0] - 1
        else:
            year = _quarter_year(q, st, m.start(), m.end())
    elif re.search(r"year[\s-](?:ago|earlier|before)", pre):
        year -= 1
    if year is None:
        return "DATE", f"XXXX-Q{q}", ""
    a = st.anchor
    if (_INDEFINITE.search(st.text, max(0, m.start() - 4), m.start())
            and not re.search(r"-quarter", m.group(0), re.I)):
        pass  # "after a flat second quarter": an aside, not the quarter reported on
    elif (a is not None and (year, q) == (a.year, (a.month - 1) // 3 + 1)
          and tense(st.text, m.start(), m.end()) == "future"):
        pass  # "to continue into the fourth quarter": the quarter still running
    else:
        st.set_quarter(year, q)
    return "DATE", f"{year:04d}-Q{q}", ""


_INDEFINITE = re.compile(r"\ban?\s+$", re.I)
# What can follow a weekday that heads its own phrase ("a Wednesday, and"), not a modifier.
_HEAD_NOUN_END = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:in|of|when|that|and|or|at|like|before|after)\b")


_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|through)\s+"
                    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2})\b")


_AFTER_UNIT_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|to|through)\b")
# After these words the text is still about the quarter it named: "the quarter ended Sept. 30".
QUARTER_KEPT_AFTER = re.compile(r"\b(?:ended|ending|through)\s+$")


def h_quarter_ref(m: re.Match[str], st: State) -> Result:
    low = m.group(0).lower()
    y4 = re.search(r"\d{4}", low)
    if y4:
        q = st.ref_quarter[1] if st.ref_quarter else None
        if q is None and st.anchor is not None and "quarter" in low:
            q = _last_completed_quarter(st.anchor)[1]
        # "the same period of 1985" after "the first two months of 1986": no quarter was
        # named, so the year
        return "DATE", f"{y4[0]}-Q{q}" if q else y4[0], ""
    back = bool(re.search(r"year[\s-](?:ago|earlier|before)|last year",
                          low))
    if back and not re.search(r"quarter|period", low) and st.last_kind != "quarter":
        # "year-earlier results" after a year or nine months: the year before
        if st.anchor is None:
            return "DATE", "XXXX", ""
        return "DATE", f"{st.anchor.year - 1:04d}", ""
    if st.anchor is None:
        return "DATE", "XXXX-QX", ""
    ended = _ENDED.match(st.text, m.end())
    y = q = None
    if ended and not (st.ref_quarter and st.last_kind == "quarter"):
        # (after "the fiscal first quarter", "the quarter ended Sept. 29" is that one)
        # "the quarter ended Sept. 30": the quarter holding that day
        em = DATE_MDY_FULL.match(ended.group("date"))
        if em and em.group("mon")[:1].isupper():
            mon = _month_of(em.group("mon"))
            day = int(re.match(r"\d+", em.group("day"))[0])
            y = _pick_year(st.anchor, mon, day, "past")
            q = (mon - 1) // 3 + 1
            st.set_quarter(y, q)
    if q is None:
        if st.ref_quarter is None or ("latest" in low and st.last_kind != "quarter"):
            # "the latest period" right after a (fiscal) quarter is that quarter
            y, q = _last_completed_quarter(st.anchor)
            st.set_quarter(y, q)
        else:
            y, q = st.ref_quarter
    return "DATE", f"{y - 1 if back else y:04d}-Q{q}", ""


def h_half(m: re.Match[str], st: State) -> Result:
    code = _g(m, "hc") or _g(m, "hc2")
    h = int(code) if code else 1 if _g(m, "hn").lower() == "first" else 2
    ytok = _g(m, "y") or _g(m, "ry")
    year = _year_of(ytok, st.anchor) if ytok else _quarter_year(h, st, m.start(), m.end(), 6)
    if year is None:
        return "DATE", f"XXXX-H{h}", ""
    return "DATE", f"{year:04d}-H{h}", ""


def h_season(m: re.Match[str], st: State) -> Result:
    code = lx.SEASONS[_g(m, "s").lower()]
    mod = _pos_mod(_g(m, "pos"))
    rel = _g(m, "rel").lower()
    ytok = _g(m, "y")
    a = st.anchor
    if ytok:
        year = int(ytok)
    elif a is None:
        return "DATE", f"XXXX-{code}", mod
    else:
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        if rel == "this past":
            year = a.year if first + 2 < a.month else a.year - 1
        elif rel in ("last", "past"):
            year = a.year - 1
        elif rel in ("next", "coming", "this coming"):
            year = a.year if first > a.month else a.year + 1
        elif rel == "this":
            year = a.year
        else:
            # "the museum reopens in spring": a present schedule points forward, as with a weekday
            direction = tense(st.text, m.start(), m.end(), schedule=True)
            if direction == "future":
                year = a.year if first + 2 >= a.month else a.year + 1
            elif direction == "past":
                year = a.year if first <= a.month else a.year - 1
            else:
                year = a.year
    return "DATE", f"{year:04d}-{code}", mod


def h_reference(m: re.Match[str], st: State) -> Result:
    word = re.sub(r"\s+", " ", m.group(0).lower())
    return "DATE", lx.REFERENCES[word], ""


def h_set(m: re.Match[str], st: State) -> Result:
    word = re.sub(r"\s+", " ", _g(m, "f").lower())
    if word in lx.FREQUENCIES:
        return "SET", lx.FREQUENCIES[word], ""
    unit = _g(m, "unit").lower()
    if unit:
        wd = lx.WEEKDAYS.get(unit.rstrip("s"))
        if wd:
            return "SET", f"XXXX-WXX-{wd}", ""
        if unit.rstrip("s") in ("morning", "night", "evening", "afternoon"):
            return "SET", "P1D", ""
        if unit.lower() in lx.MONTHS:
            return "SET", f"XXXX-{lx.MONTHS[unit.lower()]:02d}", ""
        if unit.lower() in lx.SEASONS:
            return "SET", f"XXXX-{lx.SEASONS[unit.lower()]}", ""
        if unit.lower() in lx.UNITS:
            n = number(_g(m, "num")) if _g(m, "num") else 1
            if _g(m, "other"):
                n = 2
            return "SET", duration_value(n, unit), ""
    return None


def _possessive_direction(text: str, m: re.Match[str]) -> str | None:
    """"Wednesday's ruling" names a past event, "ahead of Thursday's meeting" one to come;
    None when the expression is not a possessive."""
    if not text.startswith("'s", m.end()):
        return None
    return "future" if AHEAD_OF.search(text, max(0, m.start() - 30), m.start()) else "past"


def h_holiday(m: re.Match[str], st: State) -> Result:
    """A holiday's day; "Easter week" the week holding it, "Thanksgiving weekend" the weekend
    nearest to it."""
    r = _holiday_day(m, st)
    if r is None or not _DAY_VALUE.fullmatch(r[1]):
        return r
    d = st.ref_day = _dt.date.fromisoformat(r[1])  # "Christmas ... four months later"
    per = _g(m, "per").lower()
    if not per:
        return r
    if per == "week":
        return "DATE", _iso_week(d), ""
    saturday = d + _dt.timedelta(days=(5 - d.weekday() + 3) % 7 - 3)
    return "DATE", _iso_week(saturday) + "-WE", ""


_WILL_BEFORE = re.compile(r"\b(?:will|shall)\b|\w'll\b", re.I)
_YEAR_NAMED_AFTER = re.compile(r",?\s+(last|this|next)\s+year\b", re.I)
_SEPT_11_ATTACKS = re.compile(r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack)", re.I)
_DAY_REACH = 300  # characters: this sentence or the one before
_AFTER_CONVERSION = re.compile(r"\s*\([^()]{1,30}\),?\s*(?:on\s+)?")
_TIME_AFTER_DAY = re.compile(r"\s*(?:,|at|from|to|until|till|and|-|–|\()?\s*", re.I)


def _holiday_day(m: re.Match[str], st: State) -> Result:
    name = re.sub(r"\s+", " ", _g(m, "hol").lower())
    ytok = _g(m, "y")
    a = st.anchor
    if name in lx.FIXED_HOLIDAYS:
        mo, d = lx.FIXED_HOLIDAYS[name]
        if ytok:
            year = int(ytok)
        elif a is None:
            return "DATE", f"XXXX-{mo:02d}-{d:02d}", ""
        else:
            year = _pick_year(a, mo, d, tense(st.text, m.start(), m.end()))
        return "DATE", f"{year:04d}-{mo:02d}-{d:02d}", ""
    if name in lx.NAMED_DAYS or name == "easter":
        if not ytok and a is None:
            return "DATE", "XXXX-XX-XX", ""
        if ytok:
            year = int(ytok)
        else:  # the one the tense points to, as for a date without a year
            this = _named_day(name, a.year)
            year = _pick_year(a, this.month, this.day, tense(st.text, m.start(), m.end()))
        return "DATE", _day(_named_day(name, year)), ""
    if name in lx.FLOATING_HOLIDAYS:
        mo, wd, n = lx.FLOATING_HOLIDAYS[name]
        if ytok:
            year = int(ytok)
        elif a is None:
            return "DATE", "XXXX-XX-XX", ""
        else:
            year = _pick_year(a, mo, 15, tense(st.text, m.start(), m.end()))
        return "DATE", _day(_nth_weekday(year, mo, wd, n)), ""
    return None


def _named_day(name: str, year: int) -> _dt.date:
    """Easter, "Good Friday", "Black Friday" of ``year``: days from the feast they are named
    after (Easter is its own feast)."""
    feast, offset = lx.NAMED_DAYS.get(name, (name, 0))
    if feast == "easter":
        day = _easter(year)
    else:
        month, weekday, n = lx.FLOATING_HOLIDAYS[feast]
        day = _nth_weekday(year, month, weekday, n)
    return day + _dt.timedelta(days=offset)
