"""Normalizations every pack shares: each turns a rule's match into (type, value, mod) against
the anchor and the discourse state, with the engine's calendar arithmetic and tense.

They read digits and codes, never words: a rule's named groups hold the words (``mon``,
``day``, ``year``, ``wd``, ``rel``, ``pos``, ``unit``, ``num``, ``dir``, ``part`` ...), and
``Normalizations`` looks them up in its pack's ``Lexicon`` (a word -> a month, a relation, a
unit ...), reading the text around a match through its ``Contexts``. A pack makes one
``Normalizations(lexicon, contexts, cues)`` and names its methods in its rule records.
"""

from __future__ import annotations

import datetime as _dt
import re

from timeline.dates import arithmetic as ar
from timeline.dates.arithmetic import DAY_VALUE, FUTURE_GRACE_DAYS, add_months, iso_week, pick_year, safe_date
from timeline.dates.arithmetic import day as _day
from timeline.dates.records import Contexts, Lexicon, Result
from timeline.dates.state import State
from timeline.dates.tense import Cues
from timeline.dates.tense import tense as _tense

_SPACES = re.compile(r"\s+")


def group(m: re.Match[str], name: str) -> str:
    """A named group with its white space (line breaks too) folded to single spaces; "" when
    the pattern has no such group or it did not take part."""
    try:
        v = m.group(name)
    except IndexError:
        return ""
    return _SPACES.sub(" ", v) if v else ""


def word(m: re.Match[str], name: str) -> str:
    """A named group as a table key: lower case, white space folded."""
    return group(m, name).lower()


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


_FIRST_DIGITS = re.compile(r"\d+")
_YEARS_IN = {ar.YEAR: 1, ar.FISCAL_YEAR: 1, ar.DECADE: 10, ar.CENTURY: 100}
_DAY_PART_PERIODS = frozenset({"MO", "AF", "EV", "NI"})
_HOURS = ("h", "h2", "h3", "h4", "h5", "h6", "h7")
_MINUTES = ("mi", "mi2", "mi3", "mi4", "mi5", "mi6", "mi7")
_DAY_REACH = 300  # characters: this sentence or the one before
_NEAR_REFERENCE = 150  # characters: about a sentence
_LAST_FAMILY = frozenset({ar.LAST, ar.PAST, ar.JUST_PAST, ar.PREVIOUS})
_NEXT_FAMILY = frozenset({ar.NEXT, ar.COMING, ar.JUST_COMING})
# The step of a period named from the anchor by a relation ("last week": -1).
_STEPS = {ar.LAST: -1, ar.PAST: -1, ar.PREVIOUS: -1, ar.JUST_PAST: -1, ar.NEXT: 1, ar.COMING: 1,
          ar.JUST_COMING: 1, ar.THIS: 0, ar.CURRENT: 0}


class Normalizations:
    """The normalizations of one pack: its words (``lexicon``), the text around a match as its
    language writes it (``contexts``) and its tense cues."""

    def __init__(self, lexicon: Lexicon, contexts: Contexts, cues: Cues) -> None:
        self.lx = lexicon
        self.cx = contexts
        self.cues = cues

    # ------------------------------------------------------------------ helpers

    def tense(self, text: str, start: int, end: int, past_reach: int = 1000,
              schedule: bool = False, future_reach: int = 1000) -> str | None:
        """The engine's tense (``timeline.dates.tense.tense``) with this pack's cues."""
        return _tense(self.cues, text, start, end, past_reach, schedule, future_reach)

    def relation(self, m: re.Match[str], name: str = "rel") -> str | None:
        return self.lx.relations.get(word(m, name))

    def mod(self, m: re.Match[str], name: str = "pos") -> str:
        """The TIMEX3 modifier of the position word in group ``name`` ("early" -> START)."""
        return self.position(group(m, name))

    def position(self, raw: str) -> str:
        """The TIMEX3 modifier of a position word ("early", "mid-", "the end of")."""
        return self.lx.positions.get(raw.lower().strip().rstrip("-").strip(), "")

    def month_of(self, tok: str) -> int:
        """The number of a month named by a word or written in digits ("08" in "31.08.")."""
        if tok.isdigit():
            return int(tok)
        low = tok.lower()
        months = self.lx.months
        return months.get(low) or months.get(low.rstrip(".")) or months[low + "."]

    def year_of(self, tok: str, anchor: _dt.date | None) -> int | None:
        """A year written in digits ("1998", "'98") or as an offset ("last year")."""
        tok = tok.strip().lower()
        if not tok:
            return None
        if tok.startswith("'"):
            return two_digit_year(int(tok[1:]), anchor)
        if tok.isdigit():
            return int(tok) if len(tok) != 2 else two_digit_year(int(tok), anchor)  # "octobre 98"
        if anchor is None:
            return None
        offset = self.lx.year_offsets.get(_SPACES.sub(" ", tok))
        return None if offset is None else anchor.year + offset

    def weekday_date(self, anchor: _dt.date, wd: int, direction: str | None,
                     rel: str | None = None) -> _dt.date:
        return ar.weekday_date(anchor, wd, direction, ar.NEAR_ANCHOR.get(rel or ""))

    def weekend(self, a: _dt.date, direction: str | None, rel: str | None) -> str:
        return ar.weekend(a, direction, ar.NEAR_ANCHOR.get(rel or ""))

    def unit(self, tok: str) -> ar.Unit:
        return self.lx.units[tok.lower()]

    def duration_value(self, num: float | None, unit: str) -> str:
        return ar.duration(num, self.unit(unit))

    def possessive_direction(self, text: str, m: re.Match[str]) -> str | None:
        """"Wednesday's ruling" names a past event, "ahead of Thursday's meeting" one to come;
        None when the expression is not a possessive."""
        if not self.cx.possessive.match(text, m.end()):
            return None
        return "future" if self.cx.ahead_of_before.search(text, max(0, m.start() - 30), m.start()) else "past"

    # ------------------------------------------------------------------ days and months

    def date(self, m: re.Match[str], st: State) -> Result:
        """A day of a month: groups ``mon``, ``day`` (or ``first`` of a range), ``year``, a
        weekday ``wd`` that fixes the year, a relation ``rel``; ``weekof``: its week."""
        mon = self.month_of(group(m, "mon"))
        day = int(_FIRST_DIGITS.match(group(m, "first") or group(m, "day"))[0])
        ytok = group(m, "year")
        year = self.year_of(ytok, st.anchor) if ytok else None
        if day > 31:
            return None
        if year is None:
            if ytok or st.anchor is None:
                return "DATE", f"XXXX-{mon:02d}-{day:02d}", ""
            if ((mon, day) == (9, 11) and st.anchor.year > 2001
                    and self.cx.sept_11_after.match(st.text, m.end())):
                return "DATE", "2001-09-11", ""  # "the Sept. 11 attacks": those of 2001
            named = self.cx.year_named_after.match(st.text, m.end())
            if named:  # "March 5 next year": the year named right after it
                year = st.anchor.year + self.lx.year_offsets[_SPACES.sub(" ", named.group(1).lower())]
            wd = group(m, "wd")
            if wd and st.anchor is not None:
                # A weekday fixes the year: pick the candidate year where it matches.
                wd = wd.lower().rstrip(",").strip()
                wdn = self.lx.weekdays.get(wd) or self.lx.weekdays_before_date.get(wd)
                for cand in (st.anchor.year, st.anchor.year - 1, st.anchor.year + 1):
                    d = safe_date(cand, mon, day)
                    if d and wdn and d.isoweekday() == wdn:
                        year = cand
                        break
            if year is None:
                rel = self.relation(m)
                a = st.anchor
                this = safe_date(a.year, mon, day)
                if rel in (ar.LAST, ar.JUST_PAST):
                    year = a.year if this is not None and this < a else a.year - 1
                elif rel in (ar.NEXT, ar.JUST_COMING):
                    year = a.year if this is not None and this > a else a.year + 1
                else:
                    direction = self.tense(st.text, m.start(), m.end(), 40, future_reach=80)
                    # "will be held on Aug. 30", said on Sept. 9: next year's, no grace
                    will = self.cx.will_before.search(st.text, max(0, m.start() - 25), m.start())
                    year = pick_year(a, mon, day, direction, 7 if will else FUTURE_GRACE_DAYS)
        d = safe_date(year, mon, day)
        if d is None:
            return None
        st.ref_day = d
        if group(m, "weekof"):
            return "DATE", iso_week(d), ""
        return "DATE", _day(d), ""

    def day_of_month(self, m: re.Match[str], st: State) -> Result:
        """"on the 8th": that day of the anchor's month, or of the month before or after it
        when the tense says the day is past or ahead."""
        day = int(group(m, "day"))
        a = st.anchor
        if a is None:
            return "DATE", f"XXXX-XX-{day:02d}", ""
        direction = self.tense(st.text, m.start(), m.end(), 40, future_reach=80)
        step = 0
        if direction == "past" and day > a.day:
            step = -1
        elif direction == "future" and day < a.day:
            step = 1
        y, mo = add_months(a.year, a.month, step)
        d = safe_date(y, mo, day)
        if d is None:
            return None
        st.ref_day = d
        return "DATE", _day(d), ""

    def date_next(self, m: re.Match[str], st: State) -> Result:
        """"25" in "April 24 and 25": the month and year of the day before it."""
        mon = self.month_of(group(m, "mon"))
        day = int(_FIRST_DIGITS.match(group(m, "day"))[0])
        ref = st.ref_day
        if ref is not None and ref.month == mon:
            d = safe_date(ref.year, mon, day)
        elif st.anchor is not None:
            d = safe_date(pick_year(st.anchor, mon, day, None), mon, day)
        else:
            return "DATE", f"XXXX-{mon:02d}-{day:02d}", ""
        if d is None:
            return None
        st.ref_day = d
        return "DATE", _day(d), ""

    numeric_date = staticmethod(numeric_date)

    def month_year(self, m: re.Match[str], st: State) -> Result:
        mon = self.month_of(group(m, "mon"))
        year = self.year_of(group(m, "year"), st.anchor)
        mod = self.mod(m)
        if year is None:
            return "DATE", f"XXXX-{mon:02d}", mod
        st.ref_year = year
        st.ref_day = None  # "later that year" after "in June 1998" is 1998
        return "DATE", f"{year:04d}-{mon:02d}", mod

    def month(self, m: re.Match[str], st: State) -> Result:
        """A month without its year: a relation, a range, a contract or data month, or the
        tense of its clause picks the year."""
        mon = self.month_of(group(m, "mon"))
        mod = self.mod(m)
        rel = self.relation(m)
        a = st.anchor
        cx = self.cx
        if a is None:
            return "DATE", f"XXXX-{mon:02d}", mod
        if rel in (ar.LAST, ar.PAST, ar.JUST_PAST):
            year = a.year if mon < a.month else a.year - 1
            if rel == ar.LAST and (a.month - mon) % 12 == 1:
                year -= 1  # the month just past is "last month"; "last August" is a year back
        elif rel in _NEXT_FAMILY:
            year = a.year if mon > a.month else a.year + 1
        elif rel == ar.THIS:
            year = a.year
        elif range_end := cx.range_to_dated_month.match(st.text, m.end()):
            # "January to April 1919": the first month takes the year of the second
            year = int(range_end.group("y")) - (mon > self.month_of(range_end.group("mon")))
        elif (st.month_at[0] >= 0 and not mod
              and cx.month_after_month.fullmatch(st.text, st.month_at[0], m.start())):
            # "from July to December", "September-January": the second month follows the first
            first_year, first_month = st.month_at[1]
            year = first_year if mon >= first_month else first_year + 1
        elif cx.contract_month.match(st.text, m.end()):
            # "September yen futures", "December delivery": a contract month is ahead
            year = pick_year(a, mon, None, "future")
        elif self.possessive_direction(st.text, m) == "past":
            # "January's record", "from February's level": a month gone by, as a weekday's is
            year = pick_year(a, mon, None, "past")
        elif cx.data_month.match(st.text, m.end()):
            # "February orders", "January retail sales": figures for a month gone by
            year = pick_year(a, mon, None, "past")
        else:
            year = pick_year(a, mon, None, self.tense(st.text, m.start(), m.end(), 40, future_reach=80))
        return "DATE", f"{year:04d}-{mon:02d}", mod

    # ------------------------------------------------------------------ clock times

    def clock(self, m: re.Match[str]) -> str | None:
        """"T10:30" from groups ``h``/``mi`` (or their numbered variants), ``noon`` (a clock
        word), ``ap`` (a.m./p.m.), ``inpart`` (a part of the day: "4 in the afternoon") and
        ``atnight``."""
        noon = word(m, "noon")
        if noon:
            return self.lx.clock_words[noon]
        h = next((group(m, g) for g in _HOURS if group(m, g)), "")
        mi = next((group(m, g) for g in _MINUTES if group(m, g)), "00")
        if not h:
            return None
        hour, minute = int(h), int(mi)
        if group(m, "h5"):  # "4 in the morning", "3 in the afternoon", "10 at night"
            part = self.lx.day_parts.get(word(m, "inpart"))
            if part in ("AF", "EV") or group(m, "atnight") and hour >= 6:
                hour = hour % 12 + 12
            elif hour == 12:
                hour = 0
        ap = word(m, "ap").replace(".", "").replace(" ", "")
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

    def day_expr(self, raw: str, at: int, st: State, start: int, end: int) -> str | None:
        """The day value of a short day expression inside a time expression: ``raw``, found at
        offset ``at`` of the text (a date in it is read where it stands, with its own tense)."""
        s = self.cx.day_prefix.sub("", raw.strip().rstrip(",").strip())
        low = _SPACES.sub(" ", s).lower()
        a = st.anchor
        offset = self.lx.relative_days.get(low)
        if offset is not None:
            return _day(a + _dt.timedelta(days=offset)) if a else "XXXX-XX-XX"
        wd = self.lx.weekdays.get(low)
        if wd:
            if a is None:
                return f"XXXX-WXX-{wd}"
            return _day(self.weekday_date(a, wd, self.tense(st.text, start, end, schedule=True)))
        pos = at + raw.find(s)
        for pattern in self.cx.day_patterns:
            found = pattern.fullmatch(st.text, pos, pos + len(s))
            if found:
                r = self.date(found, st)
                return r[1] if r else None
        return None

    def time(self, m: re.Match[str], st: State) -> Result:
        """A clock time, on the day it names (``dayexpr``, ``pday``, ``pday2``), else on the
        day just named, else on the anchor's day; ``approx``: about."""
        clock = self.clock(m)
        if clock is None:
            return None
        mod = "APPROX" if group(m, "approx") else ""
        if self.opening_hours(m, st.text):
            return "TIME", "XXXX-XX-XX" + clock, mod  # "answered from 0830 to 1730 Monday to Friday"
        # "at 4 in the morning (4 a.m. EDT Thursday)": the day may come in the parentheses
        name = next((g for g in ("dayexpr", "pday", "pday2") if group(m, g)), "")
        if name:
            day = self.day_expr(m.group(name), m.start(name), st, m.start(), m.end())
            if day is None:
                return None
        elif st.day_at[0] >= 0 and self.cx.time_after_day.fullmatch(st.text, st.day_at[0], m.start()):
            day = st.day_at[1]  # "Christmas Eve 8pm to 9pm": the day just named
        else:
            day = _day(st.anchor) if st.anchor else "XXXX-XX-XX"
            if clock == "T24:00" and self.tense(st.text, m.start(), m.end(), schedule=True) == "past":
                clock = "T00:00"  # "the fire started after midnight": the night just gone
        return "TIME", day + clock, mod

    def opening_hours(self, m: re.Match[str], text: str) -> bool:
        """Whether a clock time is one of opening hours, which recur: next to a range of weekdays
        or "daily" ("from 0830 to 1730 Monday to Friday", "Mon-Fri 9am-5pm", "10am daily")."""
        day = group(m, "dayexpr")
        if day:
            bare = self.cx.day_prefix.sub("", day)
            if self.lx.weekdays.get(bare.lower()):
                end = m.end("dayexpr")
                return self.cx.opening_hours_day(text, end - len(bare), end)
        return bool(self.cx.hours_after.match(text, m.end())
                    or self.cx.hours_before.search(text, max(0, m.start() - 60), m.start()))

    # ------------------------------------------------------------------ days named from the anchor

    def weekday(self, m: re.Match[str], st: State) -> Result:
        """A weekday: groups ``wd``, ``rel``, ``pos``, ``part``, plurals ``pl``/``partpl`` (every
        such day), ``wkrel`` ("Thursday last week")."""
        wd = self.lx.weekdays[word(m, "wd")]
        part = word(m, "part")
        rel = self.relation(m)
        cx = self.cx
        shared = cx.shared_plural_part.match(st.text, m.end()) if not part else None
        if shared:
            part = shared.group("part").lower()
        if group(m, "pl") or group(m, "partpl") or shared:
            # "Mondays", "Tuesday nights", "Monday and Tuesday nights": every such day
            return "SET", f"XXXX-WXX-{wd}" + (f"T{self.lx.day_parts[part]}" if part else ""), ""
        if (not (group(m, "rel") or group(m, "pos") or part)
                and cx.opening_hours_day(st.text, m.start(), m.end())):
            return "SET", f"XXXX-WXX-{wd}", ""  # "open 0900-1700 Monday to Friday": every such day
        mod = self.mod(m)
        if st.anchor is None or (cx.indefinite_before.search(st.text, max(0, m.start() - 4), m.start())
                                 and cx.head_noun_end.match(st.text, m.end())):
            # "It was a Wednesday": some Wednesday, not this week's ("a Sunday memorial" is one)
            value = f"XXXX-WXX-{wd}"
        else:
            direction = (None if group(m, "rel") else self.possessive_direction(st.text, m)) or self.tense(
                st.text, m.start(), m.end(), schedule=True)
            after_time = st.day_at[0] >= 0 and cx.after_conversion.fullmatch(st.text, st.day_at[0], m.start())
            if after_time and not group(m, "rel") and _dt.date.fromisoformat(st.day_at[1]).isoweekday() == wd:
                # "8 a.m. (1 p.m. GMT) Sunday": the day the time before it was given
                st.ref_day = _dt.date.fromisoformat(st.day_at[1])
                return "DATE", st.day_at[1], mod
            if rel in (ar.PREVIOUS, ar.FOLLOWING):
                # relative to the day the text last talked about
                base = st.ref_day or st.anchor
                bw = base.isoweekday()
                if rel == ar.FOLLOWING:
                    d = base + _dt.timedelta(days=(wd - bw) % 7 or 7)
                else:
                    d = base - _dt.timedelta(days=(bw - wd) % 7 or 7)
            elif group(m, "wkrel"):
                # "Thursday last week": that weekday of the week named
                step = {ar.LAST: -1, ar.NEXT: 1, ar.COMING: 1}.get(self.relation(m, "wkrel") or "", 0)
                monday = st.anchor - _dt.timedelta(days=st.anchor.isoweekday() - 1)
                d = monday + _dt.timedelta(weeks=step, days=wd - 1)
            else:
                d = self.weekday_date(st.anchor, wd, direction, rel)
            st.ref_day = d
            value = _day(d)
        # "Friday night": the annotated news corpora mostly give the day itself
        return "DATE", value, mod

    def relday(self, m: re.Match[str], st: State) -> Result:
        """"yesterday", "tomorrow morning": group ``rd`` (``Lexicon.relative_days``), a part of
        the day ``part`` (or ``part2`` before it), a position ``pos``/``pos2``."""
        rd = word(m, "rd")
        part = word(m, "part") or word(m, "part2")
        mod = self.position(group(m, "pos") or group(m, "pos2"))
        offset = self.lx.relative_days[rd]
        code = "NI" if rd in self.lx.night_words else self.lx.day_parts.get(part)
        nowadays = self.cx.nowadays_after.match(st.text, m.end()) or (
            self.cx.nowadays_before.search(st.text, max(0, m.start() - 16), m.start())
            and not self.cx.possessive.match(st.text, m.end()))
        if offset in (0, 1) and rd not in self.lx.night_words and nowadays:
            # "today's world", "as it is today": the present (and "tomorrow's generation" the future)
            return "DATE", "PRESENT_REF" if offset == 0 else "FUTURE_REF", ""
        a = st.anchor
        value = _day(a + _dt.timedelta(days=offset)) if a else "XXXX-XX-XX"
        if code:
            return "TIME", value + "T" + code, mod
        return "DATE", value, mod

    def day_rel(self, m: re.Match[str], st: State) -> Result:
        """"the day before last Tuesday", "the day after Sept. 5": one day from that day
        (``dir``: a direction word, ``dayexpr``: the day)."""
        step = self.lx.directions[word(m, "dir")][0]
        expr = group(m, "dayexpr")
        wd = self.lx.weekdays.get(expr.lower())
        a = st.anchor
        if wd and a is not None:
            direction = self.tense(st.text, m.start(), m.end(), schedule=True)
            d = self.weekday_date(a, wd, direction, self.relation(m))
        else:
            value = self.day_expr(expr, m.start("dayexpr"), st, m.start(), m.end())
            if value is None or "X" in value or "W" in value:
                return None
            d = _dt.date.fromisoformat(value)
        d += _dt.timedelta(days=step)
        st.ref_day = d
        return "DATE", _day(d), ""

    def daypart(self, m: re.Match[str], st: State) -> Result:
        """A part of the day: of a day named by ``rel`` (a relation or a day word: "this
        morning", "last night", "yesterday evening"), else of the day just named."""
        rel = word(m, "rel")
        code = self.lx.day_parts[word(m, "part")]
        mod = self.mod(m)
        a = st.anchor
        if not rel:
            # "in the morning": of the day just named ("dashed Friday. Dealers bought in the
            # morning"); else, told in the past with no vaguer date just before ("Last week there
            # was a rainbow in the evening"), of the publication day; else of no day we know
            # ("I wake up in the morning")
            if st.day_at[0] >= 0 and m.start() - st.day_at[0] <= _DAY_REACH:
                day = st.day_at[1]
            elif a and not 0 <= m.start() - st.vague_at <= _DAY_REACH and self.tense(
                    st.text, m.start(), m.end()) == "past":
                day = _day(a)
            else:
                day = "XXXX-XX-XX"
            return "TIME", day + "T" + code, mod
        offset = self.lx.relative_days.get(rel)
        if offset is None:
            offset = -1 if self.lx.relations.get(rel) in _LAST_FAMILY else 0
        value = _day(a + _dt.timedelta(days=offset)) if a else "XXXX-XX-XX"
        return "TIME", value + "T" + code, mod

    # ------------------------------------------------------------------ periods

    def relperiod(self, m: re.Match[str], st: State) -> Result:
        """A period named by a relation: "last week", "next month", "the following year",
        "this spring" (groups ``rel``, ``the``, ``unit``: a period or a season, ``pos``)."""
        rel = self.relation(m)
        unit_word = word(m, "unit")
        mod = self.mod(m)
        a = st.anchor
        if rel == ar.SAME:
            return self.anaphoric(self.period_of(unit_word), 0, st, mod)
        if rel == ar.FOLLOWING:
            return self.anaphoric(self.period_of(unit_word), 1, st, mod)
        if rel == ar.PREVIOUS and group(m, "the"):
            return self.anaphoric(self.period_of(unit_word), -1, st, mod)
        step = _STEPS.get(rel or "", 0)
        season = self.lx.seasons.get(unit_word)
        if season:
            if a is None:
                return "DATE", f"XXXX-{season}", mod
            return "DATE", f"{a.year + step:04d}-{season}", mod
        unit = self.lx.periods.get(unit_word)
        if a is None:
            if unit == ar.WEEKEND:
                return "DATE", "XXXX-WXX-WE", mod
            xs = {ar.WEEK: "XXXX-WXX", ar.MONTH: "XXXX-XX", ar.QUARTER: "XXXX-QX", ar.HALF: "XXXX-HX"}
            if step == 0:
                return "DATE", "PRESENT_REF", mod
            return "DATE", xs.get(unit or "", "PAST_REF" if step < 0 else "FUTURE_REF"), mod
        if unit == ar.WEEKEND:
            return "DATE", self.weekend(a, self.tense(st.text, m.start(), m.end()), rel), mod
        if unit == ar.WEEK:
            return "DATE", iso_week(a + _dt.timedelta(weeks=step)), mod
        if unit == ar.MONTH:
            y, mo = add_months(a.year, a.month, step)
            return "DATE", f"{y:04d}-{mo:02d}", mod
        if unit == ar.QUARTER:
            if (rel == ar.THIS and not mod and st.ref_quarter
                    and self.tense(st.text, m.start(), m.end()) == "past"):
                # "This quarter's loss includes ..." in a report on the quarter just ended
                y, q = st.ref_quarter
                return "DATE", f"{y:04d}-Q{q}", mod
            y, mo = add_months(a.year, a.month, 3 * step)
            q = (mo - 1) // 3 + 1
            st.ref_quarter = (y, q)
            return "DATE", f"{y:04d}-Q{q}", mod
        if unit == ar.HALF:
            y, mo = add_months(a.year, a.month, 6 * step)
            return "DATE", f"{y:04d}-H{1 if mo <= 6 else 2}", mod
        if unit in _YEARS_IN and not 1 <= a.year + _YEARS_IN[unit] * step <= 9999:
            return None  # beyond what a TIMEX3 year (four digits) can say
        if rel == ar.PAST and unit in (ar.DECADE, ar.CENTURY):
            # "the past decade": the ten years up to now, as "the past ten years" is
            return "DURATION", "P10Y" if unit == ar.DECADE else "P100Y", mod
        if unit == ar.DECADE:
            return "DATE", f"{(a.year + 10 * step) // 10:03d}", mod
        if unit == ar.CENTURY:
            return "DATE", f"{(a.year + 100 * step) // 100:02d}", mod
        if unit in (ar.YEAR, ar.FISCAL_YEAR):
            if (step == -1 and rel == ar.LAST and not mod and st.last_kind == "quarter"
                    and st.ref_quarter and self.cx.compared_before.search(st.text, max(0, m.start() - 40),
                                                                          m.start())):
                # "net rose in the quarter, compared with a loss last year": that quarter
                y, q = st.ref_quarter
                return "DATE", f"{y - 1:04d}-Q{q}", mod
            st.ref_year = a.year + step
            return "DATE", f"{a.year + step:04d}", mod
        return None

    def period_of(self, unit_word: str) -> str:
        """The period (or TIMEX3 part of the day) a word names; "" for none."""
        part = self.lx.day_parts.get(unit_word)
        if part in _DAY_PART_PERIODS:
            return part
        return self.lx.periods.get(unit_word, "")

    def anaphoric(self, unit: str, step: int, st: State, mod: str = "") -> Result:
        """A period (``period_of``) counted from the text's last date ("that day", "the
        following month")."""
        base = st.ref_day or st.anchor
        if unit in _DAY_PART_PERIODS:
            if base is None:
                return "TIME", "XXXX-XX-XXT" + unit, mod
            return "TIME", _day(base + _dt.timedelta(days=step)) + "T" + unit, mod
        if unit in (ar.YEAR, ar.FISCAL_YEAR) and st.ref_year is not None and st.ref_day is None:
            return "DATE", f"{st.ref_year + step:04d}", mod
        if unit == ar.MONTH and st.ref_month is not None:
            y, mo = add_months(*st.ref_month, step)
            return "DATE", f"{y:04d}-{mo:02d}", mod
        if unit == ar.QUARTER and st.ref_quarter is not None and st.last_kind == "quarter":
            y, q = st.ref_quarter  # "the second quarter ... Results for that quarter"
            y, q = y + (q - 1 + step) // 4, (q - 1 + step) % 4 + 1
            return "DATE", f"{y:04d}-Q{q}", mod
        if unit not in ar.PERIOD_UNITS or base is None:
            return "DATE", "XXXX-XX-XX" if unit == ar.DAY else "XXXX", mod
        return "DATE", ar.shift(base, step, ar.PERIOD_UNITS[unit]), mod

    def anaphor(self, m: re.Match[str], st: State) -> Result:
        """"that day", "the next morning", "later that week" (groups ``unit``/``unit2``,
        ``rel``: a relation or a direction, ``pos``)."""
        unit_word = word(m, "unit") or word(m, "unit2")
        rel = word(m, "rel")
        code = self.lx.relations.get(rel)
        step = {ar.FOLLOWING: 1, ar.NEXT: 1, ar.PREVIOUS: -1}.get(code or "")
        if step is None:
            step = self.lx.directions.get(rel, (0, True))[0] if rel else 0
        return self.anaphoric(self.period_of(unit_word) if unit_word else ar.DAY, step, st, self.mod(m))

    def ago(self, m: re.Match[str], st: State) -> Result:
        """"three days ago", "two weeks later", "in two weeks" (groups ``num``, ``unit``,
        ``dir``: a direction, ``q``: a quantity modifier)."""
        num = self.lx.number(group(m, "num"))
        unit = word(m, "unit")
        sign, from_reference = self.lx.directions[word(m, "dir")]
        mod = "APPROX" if self.lx.quantity_mods.get(word(m, "q"), "") else ""
        if num is None:
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", ""
        n = int(num) if num == int(num) else None
        if n is None:
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod
        if from_reference:
            return "DATE", st.shift_reference(sign * n, self.unit(unit)), mod
        a = st.anchor
        if a is None:
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod
        letter, _is_time, mult = self.unit(unit)
        if letter == "Y" and mult == 1 and n == 1 and st.ref_quarter and st.last_kind == "quarter":
            return "DATE", st.shift_reference(-1, self.unit(unit)), mod
        return "DATE", ar.shift(a, sign * n, self.unit(unit)), mod

    def duration(self, m: re.Match[str], st: State) -> Result:
        """A count of units: groups ``num``, ``unit``, ``q``/``q2`` (a quantity modifier),
        ``half`` ("a minute and a half")."""
        unit = word(m, "unit")
        num = self.lx.number(group(m, "num"))
        if num is not None and group(m, "half"):
            num += 0.5
        mod = self.lx.quantity_mods.get(word(m, "q"), "")
        return "DURATION", self.duration_value(num, unit), mod

    def vague_span(self, m: re.Match[str], st: State) -> Result:
        """"recent months", "the coming weeks": an unknown number of units."""
        return "DURATION", self.duration_value(None, word(m, "unit")), ""

    def bare_units(self, m: re.Match[str], st: State) -> Result:
        """"for hours" (an unknown number), "a day-long meeting" (group ``one``: one unit)."""
        one = group(m, "one")
        return "DURATION", self.duration_value(1 if one else None, one or group(m, "unit")), ""

    def the_unit(self, m: re.Match[str], st: State) -> Result:
        """"the year", "the end of the month", "the weekend": the anchor's (or the year just
        named); "the year ended Sept. 30" a year-long span."""
        unit = self.lx.periods.get(word(m, "unit"))
        a = st.anchor
        if unit == ar.WEEKEND:
            if a is None:
                return "DATE", "XXXX-WXX-WE", ""
            return "DATE", self.weekend(a, self.tense(st.text, m.start(), m.end()), None), ""
        pos = group(m, "pos")
        if pos or group(m, "w"):
            # "the end of the year", "earlier in the month": the current one, with a position
            mod = self.mod(m)
            if a is None:
                return "DATE", {ar.MONTH: "XXXX-XX", ar.WEEK: "XXXX-WXX"}.get(unit or "", "XXXX"), mod
            if unit == ar.MONTH:
                return "DATE", f"{a.year:04d}-{a.month:02d}", mod
            if unit == ar.WEEK:
                return "DATE", iso_week(a), mod
            # "In 1985 ... at the end of the year": that year, if it was named just before
            near = m.start() - st.year_end <= _NEAR_REFERENCE
            year = st.ref_year if st.ref_year and st.last_kind == "DATE" and pos and near else a.year
            return "DATE", f"{year:04d}", mod
        if a is None or self.cx.after_unit_ended.match(st.text, m.end()):
            return "DURATION", "P1Y", ""  # "the year ended Sept. 30": a year-long period
        return "DATE", f"{a.year:04d}", ""  # "for the year, volume was flat": this year

    def year_end(self, m: re.Match[str], st: State) -> Result:
        """"by year-end": this year, at its end; "since year-end" (group ``since``): the end of
        last year."""
        if st.anchor is None:
            return "DATE", "XXXX", "END"
        return "DATE", f"{st.anchor.year - bool(group(m, 'since')):04d}", "END"

    # ------------------------------------------------------------------ years and wider

    def named_year(self, m: re.Match[str], st: State) -> Result:
        """A year named by its distance from the anchor's (``year``: "heuer", "im Vorjahr"),
        with a position ``pos``."""
        y = self.year_of(group(m, "year"), st.anchor)
        if y is None:
            return "DATE", "XXXX", self.mod(m)
        st.ref_year = y
        st.ref_day = None
        return "DATE", f"{y:04d}", self.mod(m)

    def weekday_time(self, m: re.Match[str], st: State) -> Result:
        """A weekday and a part of it as one expression ("Dienstagabend", "Montag früh"): the
        day ``weekday`` gives, at the part of the day ``part``."""
        r = self.weekday(m, st)
        if r is None or r[0] != "DATE":
            return r
        return "TIME", r[1] + "T" + self.lx.day_parts[word(m, "part")], r[2]

    def year(self, m: re.Match[str], st: State) -> Result:
        """A year: ``y`` (four digits) or ``yy`` ("'98"), with a position ``pos``."""
        y = self.year_of(group(m, "yy"), st.anchor) if group(m, "yy") else int(group(m, "y"))
        if y is None:
            return None
        mod = self.mod(m)
        st.ref_year = y
        st.ref_day = None
        return "DATE", f"{y:04d}", mod

    def decade(self, m: re.Match[str], st: State) -> Result:
        """A decade: ``d4`` ("1990s"), ``d2``/``d2b`` ("'80s", "the 80s"), ``dw`` (a decade
        word), with a position ``pos`` or ``half`` ("the last half of")."""
        mod = self.position(group(m, "half") or group(m, "pos"))
        if group(m, "d4"):
            return "DATE", group(m, "d4")[:3], mod
        d2 = group(m, "d2")
        if d2:
            dec = int(d2[0])
            century = 19
            if st.anchor is not None and st.anchor.year >= 2000 and dec <= (st.anchor.year % 100) // 10:
                century = 20
            if dec == 0 and d2.startswith("0"):
                century = 20
            return "DATE", f"{century}{dec}", mod
        dw = word(m, "dw")
        if dw:
            return "DATE", f"19{self.lx.decade_words[dw]}", mod
        return None

    def century(self, m: re.Match[str], st: State) -> Result:
        """A century: ``n`` (digits) or ``w`` (an ordinal word), with a position ``pos``."""
        n = group(m, "n")
        num = int(n) if n else self.lx.ordinals.get(word(m, "w"))
        if not num or num < 1:
            return None
        return "DATE", f"{num - 1:02d}", self.mod(m)

    def quarter_year(self, q: int, st: State, start: int, end: int, per: int = 3) -> int | None:
        """The year of a quarter (or half, ``per`` 6) named without one: this year's unless it
        is still ahead and the tense is not future."""
        a = st.anchor
        if a is None:
            return None
        aq = (a.month - 1) // per + 1
        if q < aq:
            return a.year
        direction = self.tense(st.text, start, end)
        if q == aq:
            return a.year
        return a.year if direction == "future" else a.year - 1

    def quarter(self, m: re.Match[str], st: State) -> Result:
        """A quarter: ``qn`` (an ordinal word, or digits in it), a year ``y``."""
        qn = word(m, "qn")
        digits = re.search(r"\d", qn)
        q = int(digits[0]) if digits else self.lx.ordinals.get(qn)
        if q is None or not 1 <= q <= 4:
            return None
        ytok = group(m, "y")
        year = self.year_of(ytok, st.anchor) if ytok else self.quarter_year(q, st, m.start(), m.end())
        if year is None:
            return "DATE", f"XXXX-Q{q}", ""
        st.set_quarter(year, q)
        return "DATE", f"{year:04d}-Q{q}", ""

    def half(self, m: re.Match[str], st: State) -> Result:
        """A half year: ``hc``/``hc2`` (digits) or ``hn`` (an ordinal word), a year ``y``/``ry``."""
        code = group(m, "hc") or group(m, "hc2")
        h = int(code) if code else 1 if self.lx.ordinals.get(word(m, "hn")) == 1 else 2
        ytok = group(m, "y") or group(m, "ry")
        year = self.year_of(ytok, st.anchor) if ytok else self.quarter_year(h, st, m.start(), m.end(), 6)
        if year is None:
            return "DATE", f"XXXX-H{h}", ""
        return "DATE", f"{year:04d}-H{h}", ""

    def season(self, m: re.Match[str], st: State) -> Result:
        """A season: ``s``, a relation ``rel``, a year ``y``, a position ``pos``."""
        code = self.lx.seasons[word(m, "s")]
        mod = self.mod(m)
        rel = self.relation(m)
        ytok = group(m, "y")
        a = st.anchor
        if ytok:
            year = int(ytok)
        elif a is None:
            return "DATE", f"XXXX-{code}", mod
        else:
            first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
            if rel == ar.JUST_PAST:
                year = a.year if first + 2 < a.month else a.year - 1
            elif rel in (ar.LAST, ar.PAST):
                year = a.year - 1
            elif rel in _NEXT_FAMILY:
                year = a.year if first > a.month else a.year + 1
            elif rel == ar.THIS:
                year = a.year
            else:
                # "the museum reopens in spring": a present schedule points forward, as with a weekday
                direction = self.tense(st.text, m.start(), m.end(), schedule=True)
                if direction == "future":
                    year = a.year if first + 2 >= a.month else a.year + 1
                elif direction == "past":
                    year = a.year if first <= a.month else a.year - 1
                else:
                    year = a.year
        return "DATE", f"{year:04d}-{code}", mod

    # ------------------------------------------------------------------ references, sets, feasts

    def reference(self, m: re.Match[str], st: State) -> Result:
        return "DATE", self.lx.references[_SPACES.sub(" ", m.group(0).lower())], ""

    def set(self, m: re.Match[str], st: State) -> Result:
        """A recurrence: a frequency word ``f``, or "every" + ``unit`` (a weekday, a part of the
        day, a month, a season, a unit; ``num``, ``other``: every other)."""
        f = word(m, "f")
        if f in self.lx.frequencies:
            return "SET", self.lx.frequencies[f], ""
        unit = word(m, "unit")
        if unit:
            single = unit.rstrip("s")
            wd = self.lx.weekdays.get(single) or self.lx.weekdays.get(unit)
            if wd:
                return "SET", f"XXXX-WXX-{wd}", ""
            if self.lx.day_parts.get(single) in _DAY_PART_PERIODS:
                return "SET", "P1D", ""
            if unit in self.lx.months:
                return "SET", f"XXXX-{self.lx.months[unit]:02d}", ""
            if unit in self.lx.seasons:
                return "SET", f"XXXX-{self.lx.seasons[unit]}", ""
            if unit in self.lx.units:
                n = self.lx.number(group(m, "num")) if group(m, "num") else 1
                if group(m, "other"):
                    n = 2
                return "SET", self.duration_value(n, unit), ""
        return None

    def holiday(self, m: re.Match[str], st: State) -> Result:
        """A holiday's day (group ``hol``, a year ``y``); "Easter week" (``per``: a week) the
        week holding it, "Thanksgiving weekend" (a weekend) the weekend nearest to it."""
        r = self.holiday_day(m, st)
        if r is None or not DAY_VALUE.fullmatch(r[1]):
            return r
        d = st.ref_day = _dt.date.fromisoformat(r[1])  # "Christmas ... four months later"
        per = self.lx.periods.get(word(m, "per"))
        if not per:
            return r
        if per == ar.WEEK:
            return "DATE", iso_week(d), ""
        saturday = d + _dt.timedelta(days=(5 - d.weekday() + 3) % 7 - 3)
        return "DATE", iso_week(saturday) + "-WE", ""

    def holiday_day(self, m: re.Match[str], st: State) -> Result:
        name = word(m, "hol")
        ytok = group(m, "y")
        a = st.anchor
        lx = self.lx
        if name in lx.fixed_holidays:
            mo, d = lx.fixed_holidays[name]
            if ytok:
                year = int(ytok)
            elif a is None:
                return "DATE", f"XXXX-{mo:02d}-{d:02d}", ""
            else:
                year = pick_year(a, mo, d, self.tense(st.text, m.start(), m.end()))
            return "DATE", f"{year:04d}-{mo:02d}-{d:02d}", ""
        if name in lx.named_days:
            if not ytok and a is None:
                return "DATE", "XXXX-XX-XX", ""
            if ytok:
                year = int(ytok)
            else:  # the one the tense points to, as for a date without a year
                this = self.named_day(name, a.year)
                year = pick_year(a, this.month, this.day, self.tense(st.text, m.start(), m.end()))
            return "DATE", _day(self.named_day(name, year)), ""
        if name in lx.floating_holidays:
            mo, wd, n = lx.floating_holidays[name]
            if ytok:
                year = int(ytok)
            elif a is None:
                return "DATE", "XXXX-XX-XX", ""
            else:
                year = pick_year(a, mo, 15, self.tense(st.text, m.start(), m.end()))
            return "DATE", _day(ar.nth_weekday(year, mo, wd, n)), ""
        return None

    def named_day(self, name: str, year: int) -> _dt.date:
        """A day named after a feast ("Good Friday", "Black Friday", Easter itself) of ``year``:
        days from the feast (Easter, or a floating holiday)."""
        feast, offset = self.lx.named_days[name]
        if feast == "easter":
            day = ar.easter(year)
        else:
            month, weekday, n = self.lx.floating_holidays[feast]
            day = ar.nth_weekday(year, month, weekday, n)
        return day + _dt.timedelta(days=offset)
