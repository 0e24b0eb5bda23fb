"""Find temporal expressions in a text and normalize them to TIMEX3 values.

``resolve(text, anchor)`` runs the patterns of ``timeline.timex_rules`` over the text,
keeps the longest non-overlapping matches, then normalizes each one in text order
against the anchor (the publication date).  The direction of an expression that names
no year or week (a bare weekday, "Aug. 31", "in May") comes from the tense and cue words
of its clause: news reports the past unless the clause points forward.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re

from timeline import lexicon as lx
from timeline import timex_rules as rules
from timeline.model import TemporalExpression

__all__ = ["resolve", "TemporalExpression"]

_X = "X"


# --------------------------------------------------------------------------- dates


def _iso_week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _day(d: _dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + n
    return i // 12, i % 12 + 1


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


class _State:
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


# --------------------------------------------------------------------------- tense


# A present-tense scheduling verb dates a bare weekday only near it: "the talks open Monday".
SCHEDULE_REACH = 30


def tense(text: str, start: int, end: int, past_reach: int = 1000,
          schedule: bool = False, future_reach: int = 1000) -> str | None:
    """"future", "past" or None: the nearest tense cue in the clause around text[start:end].

    Past cues farther than ``past_reach`` characters are ignored (a distant "said" does
    not make "Dec. 15" last year's)."""
    lo, hi = rules.clause_bounds(text, start, end, 160, 120)
    report = rules.REPORT_BEFORE.search(text, max(lo, start - rules.REPORT_REACH), start)
    if report and not rules.FUTURE_AUX.search(text, max(lo, report.start() - 24), report.start()):
        return "past"  # "said on Thursday it would meet": the day of the report
    if rules.SINCE_BEFORE.search(text, max(lo, start - 30), start):
        return "past"  # "since Monday", "since reporting on Thursday": a point gone by
    if rules.SUBORDINATE_PRESENT.search(text, max(lo, start - 60), start):
        return "future"  # "before a helpline is opened in the autumn": a present after "before"
        # or "when" tells of what is to come
    # "On Friday, Washington announced ...", "By Wednesday, the dollar climbed": the verb of
    # the clause the expression opens decides
    opening = text.startswith(",", end) and rules.CLAUSE_OPENING.fullmatch(text, lo, start)
    if not opening and rules.BY_BEFORE.search(text, max(lo, start - 12), start):
        # "by August", "by Friday": a deadline ahead; "had filed by Friday", "until
        # Thursday, they had not": a deadline gone
        gone = rules.PAST_AUX.search(text, max(lo, start - 50), min(hi, end + 40))
        return "past" if gone else "future"
    best: tuple[int, str] | None = None
    cues = [rules.FUTURE_CUE, rules.SCHEDULE_CUE] if schedule else [rules.FUTURE_CUE]
    for cue in cues:
        for m in cue.finditer(text, lo, hi):
            if start <= m.start() < end:
                continue
            if m.group(0).lower() in ("due", "due to") and rules.DUE_TO_NOUN.match(
                    text, m.start() + 3):
                continue  # "closed on Friday due to flooding": a cause, not a schedule
            if m.group(0).lower() == "next" and _NEXT_TO.match(text, m.end()):
                continue  # "next to the U.S. embassy": a place, no time ahead
            if m.group(0).lower() == "beginning" and _NOUN_BEFORE.search(
                    text, max(lo, m.start() - 8), m.start()):
                continue  # "a good beginning": the noun, no schedule
            if m.group(0) == "May" or m.group(0).lower() in ("may", "might") and re.match(
                    r"\s+(?:not\s+)?have\b", text[m.end():m.end() + 12]):
                continue  # the month; "may have been": a guess about the past
            dist = start - m.end() if m.end() <= start else m.start() - end
            if cue is rules.SCHEDULE_CUE and (
                    dist > SCHEDULE_REACH or m.start() >= end and text[:m.start()].endswith("to ")):
                continue  # "holds a stake ... at the close of business Thursday": not its verb;
                # "the decision on Friday to open": an infinitive after it, no schedule
            if _coordinated(text, end, m.start()):
                continue
            if m.start() >= end and rules.DEADLINE_NOUN.match(text, end):
                continue  # "by the Tuesday deadline": the noun it names says nothing of when
            if dist <= future_reach and (best is None or dist < best[0]):
                gone = rules.PLUPERFECT.search(text, max(lo, m.start() - 30), m.start())
                best = (dist, "past" if gone else "future")
    for m in rules.PAST_CUE.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        report_reach = 40 if opening and m.start() >= end else 12
        if dist > past_reach or (m.group("report") and dist > report_reach):
            continue
        if m.group("report") and rules.QUOTE.search(
                text, min(end, m.end()), max(start, m.start())):
            continue  # '"... Thursday," Castro said': the report, not the quoted event
        if m.group("report") and not opening and "," in text[end:m.start()] and not rules.REPORTED.match(
                text, m.end()):
            continue  # "... may rise on Monday, they said": the attribution of the sentence
        if not m.group("report") and rules.PRESENT_PASSIVE.search(text, max(lo, m.start() - 16), m.start()):
            continue  # "when the case is heard in May": a present passive, no past
        if m.group(0).lower() in ("was", "were") and rules.PLAN_AFTER.match(text, m.end()):
            continue  # "were planning to drive on Monday": a plan, told in the past
        if best is None or dist < best[0] - 2:
            # "will be held", "is expected to have signed": the auxiliary governs; but "was
            # confirmed to have contracted" is a past told in the past
            aux = rules.FUTURE_AUX.search(text, max(lo, m.start() - 24), m.start())
            if aux and not (aux.group(0).lower().startswith("to ") and rules.PAST_AUX.search(
                    text, max(lo, aux.start() - 30), aux.start())):
                best = (dist, "future")
            else:
                best = (dist, "past")
    return best[1] if best else None


_NEXT_TO = re.compile(r"\s+(?:to|door)\b", re.I)
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|good|new|strong|its|his|her|their)\s+$", re.I)


def _coordinated(text: str, end: int, cue: int) -> bool:
    """Whether a future cue after the expression opens a coordinated predicate: "arrived on
    Saturday and will hold talks" (it belongs to the second verb, not to the date). Past cues
    are not skipped: "the quarter and full year ended Jan. 3" joins nouns, not verbs."""
    return cue >= end and cue - end <= 40 and bool(rules.COORDINATION.search(text, end, cue))


def _weekday_date(anchor: _dt.date, wd: int, direction: str | None, rel: str = "") -> _dt.date:
    aw = anchor.isoweekday()
    if rel in ("last", "past", "this past"):
        return anchor - _dt.timedelta(days=(aw - wd) % 7 or 7)
    if rel in ("next", "coming", "this coming"):
        return anchor + _dt.timedelta(days=(wd - aw) % 7 or 7)
    if direction == "future" or (rel == "this" and direction != "past"):
        return anchor + _dt.timedelta(days=(wd - aw) % 7)
    return anchor - _dt.timedelta(days=(aw - wd) % 7)


# A day named with a future cue but up to this many days gone is this year's: "shipments
# received after April 21 will be banned" (said May 5), "the April 30 deadline will be extended"
# (a week only when "will" governs it: "will be held on Aug. 30", said Sept. 9, is next year's).
FUTURE_GRACE_DAYS = 31


def _pick_year(anchor: _dt.date, month: int, day: int | None, direction: str | None,
               grace: int = FUTURE_GRACE_DAYS) -> int:
    """The year for a month (and day) named without one."""
    y = anchor.year
    key = (month, day or 1)
    akey = (anchor.month, anchor.day)
    if direction == "future":
        if day is None:
            return y if month >= anchor.month else y + 1
        # a date a few weeks gone ("to return the boy by Jan. 14") is still this year's
        d = _safe_date(y, month, day)
        return y if key >= akey or (d is not None and (anchor - d).days <= grace) else y + 1
    if direction == "past":
        # a date (or a month's first day) up to two months ahead is still this year's
        d = _safe_date(y, month, day or 1) or _dt.date(y, month, 28)
        return y if (d - anchor).days <= 60 else y - 1
    # No cue: nearest occurrence, the past weighted as closer (news reports the past).
    best, best_cost = y, None
    for cand in (y - 1, y, y + 1):
        d = _safe_date(cand, month, min(day or 15, 28 if month == 2 else 30))
        if d is None:
            continue
        delta = (d - anchor).days
        if day is None and cand == y and month == anchor.month:
            delta = 0
        cost = delta * (2.5 if day else 2.0) if delta > 0 else -delta
        if best_cost is None or cost < best_cost:
            best, best_cost = cand, cost
    return best


# --------------------------------------------------------------------------- numbers


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


def _num_str(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


# A fraction of a unit goes to the next smaller unit: P2.5Y -> P2Y6M, PT1.5M -> PT1M30S.
_SMALLER = {("Y", False): ("M", False, 12), ("M", False): ("D", False, 30),
            ("W", False): ("D", False, 7), ("D", False): ("H", True, 24),
            ("H", True): ("M", True, 60), ("M", True): ("S", True, 60)}


def duration_value(num: float | None, unit: str) -> str:
    letter, is_time, mult = lx.UNITS[unit.lower()]
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


# --------------------------------------------------------------------------- shifting


def _shift(anchor: _dt.date, n: int, unit: str) -> str:
    """anchor moved by n units (negative = back), at the granularity of the unit."""
    letter, is_time, mult = lx.UNITS[unit.lower()]
    if is_time:
        return _day(anchor)
    n *= mult
    if letter == "D":
        return _day(anchor + _dt.timedelta(days=n))
    if letter in ("W", "WE"):
        return _iso_week(anchor + _dt.timedelta(weeks=n))
    if letter == "M":
        y, m = _add_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{m:02d}"
    if letter == "Q":
        y, m = _add_months(anchor.year, anchor.month, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    return f"{anchor.year + n:04d}"


def _shift_ref(state: _State, n: int, unit: str) -> str:
    """A reference-relative shift ("a year earlier"): keeps a quarter when the text is
    about quarters, else the granularity of the unit."""
    letter, _is_time, mult = lx.UNITS[unit.lower()]
    if letter == "Y" and mult == 1 and state.ref_quarter and state.last_kind == "quarter":
        y, q = state.ref_quarter
        return f"{y + n:04d}-Q{q}"
    base = state.ref_day or state.anchor
    if base is None:
        return "XXXX"
    return _shift(base, n, unit)


# --------------------------------------------------------------------------- handlers
# Each handler takes (match, state) and returns (type, value, mod) or None.


_SPACES = re.compile(r"\s+")


def _g(m: re.Match, name: str) -> str:
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


def h_date(m: re.Match, st: _State):
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


def h_day_of_month(m: re.Match, st: _State):
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


def h_date_next(m: re.Match, st: _State):
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


def h_numeric_date(m: re.Match, st: _State):
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


def h_month_year(m: re.Match, st: _State):
    mon = _month_of(_g(m, "mon"))
    year = _year_of(_g(m, "year"), st.anchor)
    mod = _pos_mod(_g(m, "pos"))
    if year is None:
        return "DATE", f"XXXX-{mon:02d}", mod
    st.ref_year = year
    st.ref_day = None  # "later that year" after "in June 1998" is 1998
    return "DATE", f"{year:04d}-{mon:02d}", mod


def h_month(m: re.Match, st: _State):
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
    rf"{_MONTH_RANGE_LINK}(?P<mon>{rules.MON}),?\s+(?P<y>{rules.YEAR4})\b", re.I)
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


def _clock(m: re.Match) -> str | None:
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


def _day_expr(raw: str, at: int, st: _State, start: int, end: int) -> str | None:
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
    m = rules.DATE_MDY_FULL.fullmatch(st.text, pos, pos + len(s)) or rules.DATE_DMY_FULL.fullmatch(
        st.text, pos, pos + len(s))
    if m:
        r = h_date(m, st)
        return r[1] if r else None
    return None


def h_time(m: re.Match, st: _State):
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


def _opening_hours(m: re.Match, text: str) -> bool:
    """Whether a clock time is one of opening hours, which recur: next to a range of weekdays
    or "daily" ("from 0830 to 1730 Monday to Friday", "Mon-Fri 9am-5pm", "10am daily")."""
    day = _g(m, "dayexpr")
    if day and lx.WEEKDAYS.get(day.lower().removeprefix("on ")):
        end = m.end("dayexpr")
        start = end - len(day.removeprefix("on ").removeprefix("On "))
        return rules.opening_hours_day(text, start, end)
    return bool(rules.HOURS_AFTER.match(text, m.end())
                or rules.HOURS_BEFORE.search(text, max(0, m.start() - 60), m.start()))


def h_weekday(m: re.Match, st: _State):
    wd = lx.WEEKDAYS[_g(m, "wd").lower()]
    part = _g(m, "part").lower()
    pos = _g(m, "pos").lower()
    rel = _g(m, "rel").lower()
    shared = rules.SHARED_PLURAL_PART.match(st.text, m.end()) if not part else None
    if shared:
        part = shared.group("part").lower()
    if _g(m, "pl") or _g(m, "partpl") or shared:
        # "Mondays", "Tuesday nights", "Monday and Tuesday nights": every such day
        return "SET", f"XXXX-WXX-{wd}" + (f"T{lx.DAY_PARTS[part]}" if part else ""), ""
    if not (rel or pos or part) and rules.opening_hours_day(st.text, m.start(), m.end()):
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


def h_relday(m: re.Match, st: _State):
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


def h_day_rel(m: re.Match, st: _State):
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


def h_daypart(m: re.Match, st: _State):
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


def _weekend(a: _dt.date, direction: str | None, rel: str) -> str:
    aw = a.isoweekday()
    if rel == "next":
        return _iso_week(a + _dt.timedelta(weeks=1)) + "-WE"  # as "next week" is next ISO week
    if rel in ("coming", "this coming", "following"):
        return _iso_week(a + _dt.timedelta(days=(6 - aw) % 7 or 7)) + "-WE"
    if rel in ("last", "past", "this past", "previous"):
        back = aw + 1 if aw >= 6 else aw  # to the Saturday/Sunday before this weekend
        return _iso_week(a - _dt.timedelta(days=back)) + "-WE"
    if aw >= 6:
        return _iso_week(a) + "-WE"
    if direction == "future" or (rel == "this" and direction != "past"):
        return _iso_week(a) + "-WE"
    return _iso_week(a - _dt.timedelta(days=7)) + "-WE"


def h_relperiod(m: re.Match, st: _State):
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


def _anaphoric(unit: str, step: int, st: _State, mod: str = ""):
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


def h_anaphor(m: re.Match, st: _State):
    unit = (_g(m, "unit") or _g(m, "unit2") or "day").lower()
    rel = _g(m, "rel").lower()
    step = {"before": -1, "after": 1, "next": 1, "following": 1, "previous": -1,
            "preceding": -1, "prior": -1}.get(rel, 0)
    return _anaphoric(unit, step, st, _pos_mod(_g(m, "pos")))


def h_ago(m: re.Match, st: _State):
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


def h_duration(m: re.Match, st: _State):
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


def h_vague_span(m: re.Match, st: _State):
    return "DURATION", duration_value(None, _g(m, "unit")), ""


_NEAR_REFERENCE = 150  # characters: about a sentence


def h_the_unit(m: re.Match, st: _State):
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


def h_year_end(m: re.Match, st: _State):
    """"by year-end": this year, at its end; "since year-end": the end of last year."""
    if st.anchor is None:
        return "DATE", "XXXX", "END"
    return "DATE", f"{st.anchor.year - bool(_g(m, 'since')):04d}", "END"


def h_bare_units(m: re.Match, st: _State):
    one = _g(m, "one")
    return "DURATION", duration_value(1 if one else None, one or _g(m, "unit")), ""


def h_year(m: re.Match, st: _State):
    y = _year_of(_g(m, "yy"), st.anchor) if _g(m, "yy") else int(_g(m, "y"))
    if y is None:
        return None
    mod = _pos_mod(_g(m, "pos"))
    st.ref_year = y
    st.ref_day = None
    return "DATE", f"{y:04d}", mod


def h_spoken_year(m: re.Match, st: _State):
    y = rules.spoken_year(_g(m, "sy"))
    if y is None:
        return None
    mon = _g(m, "mon")
    st.ref_year = y
    if _g(m, "s"):  # "the winter of nineteen ninety-four"
        return "DATE", f"{y:04d}-{lx.SEASONS[_g(m, 's').lower()]}", ""
    if mon:
        return "DATE", f"{y:04d}-{_month_of(mon):02d}", ""
    return "DATE", f"{y:04d}", ""


def h_decade(m: re.Match, st: _State):
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


def h_century(m: re.Match, st: _State):
    n = _g(m, "n")
    num = int(n) if n else lx.ORDINALS.get(_g(m, "w").lower())
    if not num or num < 1:
        return None
    return "DATE", f"{num - 1:02d}", _pos_mod(_g(m, "pos"))


def _quarter_year(q: int, st: _State, start: int, end: int, per: int = 3) -> int | None:
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


def h_quarter(m: re.Match, st: _State):
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
_AFTER_ENDED = re.compile(r"\b(?:ended|ending|through)\s+$")


def _last_completed_quarter(a: _dt.date) -> tuple[int, int]:
    y, mo = _add_months(a.year, a.month, -3)
    return y, (mo - 1) // 3 + 1


def h_quarter_ref(m: re.Match, st: _State):
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
        em = rules.DATE_MDY_FULL.match(ended.group("date"))
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


def h_half(m: re.Match, st: _State):
    code = _g(m, "hc") or _g(m, "hc2")
    h = int(code) if code else 1 if _g(m, "hn").lower() == "first" else 2
    ytok = _g(m, "y") or _g(m, "ry")
    year = _year_of(ytok, st.anchor) if ytok else _quarter_year(h, st, m.start(), m.end(), 6)
    if year is None:
        return "DATE", f"XXXX-H{h}", ""
    return "DATE", f"{year:04d}-H{h}", ""


def h_season(m: re.Match, st: _State):
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


def h_reference(m: re.Match, st: _State):
    word = re.sub(r"\s+", " ", m.group(0).lower())
    return "DATE", lx.REFERENCES[word], ""


def h_set(m: re.Match, st: _State):
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


def _possessive_direction(text: str, m: re.Match) -> str | None:
    """"Wednesday's ruling" names a past event, "ahead of Thursday's meeting" one to come;
    None when the expression is not a possessive."""
    if not text.startswith("'s", m.end()):
        return None
    return "future" if rules.AHEAD_OF.search(text, max(0, m.start() - 30), m.start()) else "past"


def h_holiday(m: re.Match, st: _State):
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
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d(?:-|$)")
_DAY_REACH = 300  # characters: this sentence or the one before
_AFTER_CONVERSION = re.compile(r"\s*\([^()]{1,30}\),?\s*(?:on\s+)?")
_TIME_AFTER_DAY = re.compile(r"\s*(?:,|at|from|to|until|till|and|-|–|\()?\s*", re.I)


def _holiday_day(m: re.Match, st: _State):
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


def _easter(year: int) -> _dt.date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return _dt.date(year, month, day)


def _nth_weekday(year: int, month: int, wd: int, n: int) -> _dt.date:
    if n > 0:
        first = _dt.date(year, month, 1)
        return first + _dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - _dt.timedelta(days=1)
    return last - _dt.timedelta(days=(last.isoweekday() - wd) % 7)


HANDLERS = {
    "date": h_date,
    "date_next": h_date_next,
    "numeric_date": h_numeric_date,
    "month_year": h_month_year,
    "month": h_month,
    "time": h_time,
    "weekday": h_weekday,
    "relday": h_relday,
    "daypart": h_daypart,
    "day_rel": h_day_rel,
    "relperiod": h_relperiod,
    "anaphor": h_anaphor,
    "ago": h_ago,
    "duration": h_duration,
    "bare_units": h_bare_units,
    "vague_span": h_vague_span,
    "the_unit": h_the_unit,
    "year_end": h_year_end,
    "year": h_year,
    "spoken_year": h_spoken_year,
    "decade": h_decade,
    "century": h_century,
    "quarter": h_quarter,
    "quarter_ref": h_quarter_ref,
    "half": h_half,
    "day_of_month": h_day_of_month,
    "season": h_season,
    "reference": h_reference,
    "set": h_set,
    "holiday": h_holiday,
}


# --------------------------------------------------------------------------- driver


_BACK, _AHEAD = 64, 48
_PART_OF_NUMBER = re.compile(r"\d[.,]$")
_RAISE = False


def _positions(tokens: frozenset, keys: dict[str, list[int]]) -> list[int]:
    """The sorted positions of those ``tokens`` present in ``keys``."""
    if len(tokens) == 1:
        (k,) = tokens
        return keys[k]  # already ascending
    return sorted([p for k in tokens for p in keys[k]])


def _windows(text: str, at: list[int]) -> list[tuple[int, int]]:
    """The spans around the key tokens at ``at`` (sorted) where a pattern is tried, merged
    when they overlap; a window never ends inside a word."""
    n = len(text)
    windows = []
    lo, hi = max(0, at[0] - _BACK), min(n, at[0] + _AHEAD)
    for p in at:
        if p - _BACK <= hi:  # max(0, p - _BACK) <= hi, as hi >= 0
            hi = min(n, p + _AHEAD)
        else:
            windows.append((lo, hi))
            lo, hi = p - _BACK, min(n, p + _AHEAD)
    windows.append((lo, hi))
    out = []
    for lo, hi in windows:
        while hi < n and (text[hi].isalnum() or text[hi] in ".'"):
            hi += 1
        out.append((lo, hi))
    return out


def _candidates(text: str) -> list[tuple[int, int, int, str, re.Match]]:
    # Where the key tokens are: each pattern is run only in windows around its keys.
    keys = rules.token_keys(text)
    present_keys = frozenset(keys)  # "set & set" walks the smaller; .intersection(dict) the dict
    # start tokens are ASCII words: a text with a letter that folds to one is scanned
    anchored = rules.NON_ASCII_FOLDS.search(text) is None
    found = []
    seen = set()
    # the same key (start) tokens present give the same windows (start positions)
    windows_of: dict[frozenset, list[tuple[int, int]]] = {}
    starts_of: dict[frozenset, list[int]] = {}
    for prio, (name, pattern, check, keyset, starts) in enumerate(rules.PATTERNS):
        if starts is not None and anchored:
            present = starts & present_keys
            if not present:
                continue  # no match can start anywhere
            at = starts_of.get(present)
            if at is None:
                at = starts_of[present] = _positions(present, keys)
        present = keyset & present_keys
        if not present:
            continue
        windows = windows_of.get(present)
        if windows is None:
            windows = windows_of[present] = _windows(text, _positions(present, keys))
        if starts is not None and anchored:
            matches = _anchored(pattern, text, windows, at)
        else:
            matches = (m for lo, hi in windows for m in pattern.finditer(text, lo, hi))
        has_span = "span" in pattern.groupindex
        for m in matches:
            s, e = m.span("span") if has_span else m.span()
            if e <= s or (s, e, prio) in seen:
                continue
            if text[s:s + 1].isdigit() and _PART_OF_NUMBER.search(text, max(0, s - 2), s):
                continue  # "000 years ago" inside "125,000 years ago"
            if check is not None and not check(m, text):
                continue
            seen.add((s, e, prio))
            found.append((s, e, prio, name, m))
    return found


def _anchored(pattern: re.Pattern, text: str, windows: list[tuple[int, int]],
              at: list[int]) -> list[re.Match]:
    """What ``pattern.finditer`` finds in each window, trying only the start positions
    ``at`` (sorted): a match can begin nowhere else, and the next one is looked for from
    the end of the last, as finditer does."""
    out = []
    match = pattern.match
    n_at = len(at)
    for lo, hi in windows:
        i = bisect.bisect_left(at, lo)
        last = lo
        while i < n_at:
            p = at[i]
            if p >= hi:
                break
            i += 1
            if p < last:
                continue
            m = match(text, p, hi)
            if m is not None:
                out.append(m)
                last = m.end()
    return out


def _select(found):
    found.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    # The taken spans never overlap, so sorted by start they are sorted by end too: only the
    # last one starting before ``e`` can overlap (s, e). Linear scans made long texts quadratic.
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for c in found:
        s, e = c[0], c[1]
        i = bisect.bisect_left(starts, e)
        if i and ends[i - 1] > s:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def resolve(text: str, anchor: _dt.date | None = None) -> list[TemporalExpression]:
    """The temporal expressions of ``text`` with TIMEX3 values relative to ``anchor``."""
    if not isinstance(text, str) or not text:
        return []
    if isinstance(anchor, _dt.datetime):
        anchor = anchor.date()
    elif not isinstance(anchor, _dt.date):
        anchor = None
    state = _State(text, anchor)
    out: list[TemporalExpression] = []
    try:
        chosen = _select(_candidates(text))
    except Exception:  # pragma: no cover - a pattern must never take the resolver down
        return []
    for s, e, _prio, name, m in chosen:
        try:
            r = HANDLERS[name](m, state)
        except Exception:
            if _RAISE:  # tests turn this on so a broken handler cannot hide
                raise
            r = None
        if r is None:
            continue
        typ, value, mod = r
        if not rules.VALID_VALUE.match(value):
            continue  # e.g. a year before 1 or after 9999 from an extreme anchor
        if not (state.last_kind == "quarter" and _AFTER_ENDED.search(text, max(0, s - 12), s)):
            state.last_kind = "quarter" if "-Q" in value else typ
        if typ == "DATE" and value[:4].isdigit():
            state.year_end = e
        if _DAY_VALUE.match(value):
            state.day_at = (e, value[:10])
        elif typ == "DATE":
            state.vague_at = e
        if _MONTH_VALUE.match(value):
            state.ref_month = (int(value[:4]), int(value[5:7]))
            if len(value) == 7:
                state.month_at = (e, state.ref_month)
        out.append(TemporalExpression(s, e, text[s:e], typ, value, mod))
    return out
