"""English normalizations: the shared ones (``timeline.dates.normalize``) over the English
words (``LEXICON``) and the English text around a match (``CONTEXTS``), and the few that only
English news needs: quarters of financial reporting ("the year-ago quarter", "the latest
period"), spoken years ("nineteen ninety-seven"), and two idioms of durations ("a second" is
an ordinal, "One day I was walking" no day-long span).

Each normalization takes (match, state) and returns (type, value, mod) or None.
"""

from __future__ import annotations

import re

from timeline.dates.arithmetic import last_completed_quarter as _last_completed_quarter
from timeline.dates.arithmetic import pick_year as _pick_year
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
from timeline.dates.normalize import Normalizations, group
from timeline.dates.records import Contexts, Lexicon, Result
from timeline.dates.state import State


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


LEXICON = Lexicon(
    months=lx.MONTHS,
    weekdays=lx.WEEKDAYS,
    weekdays_before_date=lx.WEEKDAYS_BEFORE_DATE,
    units=lx.UNITS,
    periods=lx.PERIODS,
    relations=lx.RELATIONS,
    day_parts=lx.DAY_PARTS,
    seasons=lx.SEASONS,
    positions=lx.POSITION_MODS,
    quantity_mods=lx.QUANT_MODS,
    ordinals=lx.ORDINALS,
    decade_words=lx.DECADE_WORDS,
    relative_days=lx.RELATIVE_DAYS,
    night_words=frozenset({"tonight"}),
    directions=lx.DIRECTIONS,
    year_offsets=lx.YEAR_OFFSETS,
    references=lx.REFERENCES,
    frequencies=lx.FREQUENCIES,
    clock_words=lx.CLOCK_WORDS,
    fixed_holidays=lx.FIXED_HOLIDAYS,
    floating_holidays=lx.FLOATING_HOLIDAYS,
    named_days={**lx.NAMED_DAYS, "easter": ("easter", 0)},
    number=number,
)

_MONTH_RANGE_LINK = r"\s*(?:to|through|until|till|-|–|/)\s*"  # "July to December", "Sept-Jan"

CONTEXTS = Contexts(
    year_named_after=re.compile(r",?\s+(last|this|next)\s+year\b", re.I),
    sept_11_after=re.compile(r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack)", re.I),
    will_before=re.compile(r"\b(?:will|shall)\b|\w'll\b", re.I),
    range_to_dated_month=re.compile(rf"{_MONTH_RANGE_LINK}(?P<mon>{MON}),?\s+(?P<y>{YEAR4})\b", re.I),
    month_after_month=re.compile(_MONTH_RANGE_LINK, re.I),
    # "February orders", "the January trade data": a month's figures (words between it and the
    # noun describe the figures; no article or preposition: "from July with production" is no)
    data_month=re.compile(
        r"(?:'s)?\s+(?:(?!(?:with|a|an|the|at|by|for|in|of|on|to|and|as)\s)[a-z]+\s+){0,2}?"
        r"(?:orders|sales|figures|data|statistics|exports|imports|output|production|inflation|"
        r"unemployment|jobless|payrolls|deficit|surplus|index|indices|results|earnings|shipments|"
        r"deliveries|reserves|prices|rate|rates)\b", re.I),
    contract_month=re.compile(r"(?:/[A-Z][a-z]+)?\s+(?!(?:a|an|the)\s)(?:[a-z]+\s+){0,2}?"
                              r"(?:futures|contracts|delivery|deliveries|options|shipment|loading)\b", re.I),
    possessive=re.compile("'s"),
    ahead_of_before=AHEAD_OF,
    indefinite_before=re.compile(r"\ban?\s+$", re.I),
    # What can follow a weekday that heads its own phrase ("a Wednesday, and"), not a modifier.
    head_noun_end=re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:in|of|when|that|and|or|at|like|before|after)\b"),
    shared_plural_part=SHARED_PLURAL_PART,
    opening_hours_day=opening_hours_day,
    hours_after=HOURS_AFTER,
    hours_before=HOURS_BEFORE,
    after_conversion=re.compile(r"\s*\([^()]{1,30}\),?\s*(?:on\s+)?"),
    time_after_day=re.compile(r"\s*(?:,|at|from|to|until|till|and|-|–|\()?\s*", re.I),
    nowadays_after=re.compile(r"'s\s+(?:world|society|generation|youth|young|children|kids|economy|culture|"
                              r"standards|technology|era|age|market\s+place|globali[sz]ed)\b", re.I),
    nowadays_before=re.compile(r"\bas\s+it\s+is\s+$", re.I),
    compared_before=re.compile(r"\b(?:compared\s+with|from|than|versus|against|over)\b[^.;]*$", re.I),
    after_unit_ended=re.compile(r"\s+(?:ended|ending|that\s+ended|to|through)\b"),
    day_prefix=re.compile(r"^on\s+", re.I),
    day_patterns=(DATE_MDY_FULL, DATE_DMY_FULL),
)

NZ = Normalizations(LEXICON, CONTEXTS, CUES)
tense = NZ.tense


# --------------------------------------------------------------------------- English only


def h_duration(m: re.Match[str], st: State) -> Result:
    """A duration, but "a second" is an ordinal, and "One day I was walking", "Islam will one
    day be" some day, not a day-long span."""
    unit = group(m, "unit").lower()
    numtok = group(m, "num").lower()
    if unit in ("second",) and numtok in ("a", "an"):
        return None
    if numtok == "one" and unit == "day" and m.group(0).lower() == "one day" and (
            _CLAUSE_START.search(st.text, max(0, m.start() - 12), m.start())
            and _SUBJECT_NEXT.match(st.text, m.end())
            or _MODAL_BEFORE.search(st.text, max(0, m.start() - 8), m.start())
            and _VERB_NEXT.match(st.text, m.end())):
        return "DATE", "PAST_REF" if tense(st.text, m.start(), m.end()) == "past" else "FUTURE_REF", ""
    return NZ.duration(m, st)


_CLAUSE_START = re.compile(r"(?:^|[.!?;:]\s+|,\s+|\band\s+|\bbut\s+|\n)[\"'“‘]?"
                           r"(?:(?:perhaps|maybe|hopefully|and|but)\s+)?$", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|to|he|she|they|we|I|who)\s+$")
_VERB_NEXT = re.compile(r"\s+(?!later\b|earlier\b|after\b|before\b|ago\b|of\b|in\b|and\b)[a-z]+\b")
_SUBJECT_NEXT = re.compile(r",|\s+(?:I|we|you|he|she|it|they|the|a|his|her|their|our|[A-Z][a-z]+)\b")


def h_spoken_year(m: re.Match[str], st: State) -> Result:
    y = spoken_year(group(m, "sy"))
    if y is None:
        return None
    mon = group(m, "mon")
    st.ref_year = y
    if group(m, "s"):  # "the winter of nineteen ninety-four"
        return "DATE", f"{y:04d}-{lx.SEASONS[group(m, 's').lower()]}", ""
    if mon:
        return "DATE", f"{y:04d}-{NZ.month_of(mon):02d}", ""
    return "DATE", f"{y:04d}", ""


def h_quarter(m: re.Match[str], st: State) -> Result:
    """A quarter of financial reporting: "the second quarter", "last quarter", "the year-ago
    fourth quarter", "the first quarter of 2021", "Q3 2021"."""
    qn = group(m, "qn").lower()
    digits = re.search(r"\d", qn)
    q = int(digits[0]) if digits else lx.ORDINALS.get(qn)
    if q == -1:
        if (qn == "last" and not group(m, "the") and not group(m, "pre").strip()
                and not (group(m, "y") or group(m, "y2") or group(m, "ry")) and st.anchor is not None):
            # "profit fell last quarter": the quarter before this one, not the fourth
            y, q = _last_completed_quarter(st.anchor)
            st.set_quarter(y, q)
            return "DATE", f"{y:04d}-Q{q}", ""
        q = 4
    if q is None or not 1 <= q <= 4:
        return None
    pre = group(m, "pre").lower()
    ytok = group(m, "y") or group(m, "y2") or group(m, "ry")
    year = None
    if ytok:
        year = NZ.year_of(ytok, st.anchor)
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
            year = NZ.quarter_year(q, st, m.start(), m.end())
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
_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|through)\s+"
                    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2})\b")
# After these words the text is still about the quarter it named: "the quarter ended Sept. 30".
QUARTER_KEPT_AFTER = re.compile(r"\b(?:ended|ending|through)\s+$")


def h_quarter_ref(m: re.Match[str], st: State) -> Result:
    """A quarter named from the text's last one: "the year-ago quarter", "the same period of
    1986", "the latest period", "the quarter ended Sept. 30"."""
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
            mon = NZ.month_of(em.group("mon"))
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
