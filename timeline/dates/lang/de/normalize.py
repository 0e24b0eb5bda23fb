"""German words as the shared normalizations read them (``LEXICON``), the German text around
a match they look at (``CONTEXTS``), and ``NZ``, the shared ``Normalizations`` over both: no
normalization of its own is written for German."""

from __future__ import annotations

import re

from timeline.dates.lang.de import vocabulary as lx
from timeline.dates.lang.de.cues import CUES
from timeline.dates.lang.de.patterns import DATE, MON, YEAR4, YEAR_OFFSET
from timeline.dates.normalize import Normalizations
from timeline.dates.records import Contexts, Lexicon

_VAGUE = frozenset(lx.VAGUE_NUMBERS)
_DIGITS = re.compile(r"(\d+)(?:,(\d+))?")


def number(s: str) -> float | None:
    """The value of a number in digits ("3", "2,5") or words ("drei", "einundzwanzig",
    "anderthalb"); None for a vague one ("einige", "mehrere")."""
    s = " ".join(s.lower().split())
    if not s or s in _VAGUE:
        return None
    if s in lx.NUMBERS:
        return lx.NUMBERS[s]
    m = _DIGITS.fullmatch(s)
    if m:
        return float(f"{m[1]}.{m[2]}") if m[2] else float(m[1])
    return None


LEXICON = Lexicon(
    months=lx.MONTHS,
    weekdays=lx.WEEKDAYS,
    weekdays_before_date=lx.WEEKDAYS_BEFORE_DATE,
    units=lx.UNITS,
    periods=lx.PERIODS,
    relations=lx.RELATIONS,
    day_parts={**lx.DAY_PARTS, **lx.DAY_PART_ADVERBS},
    seasons=lx.SEASONS,
    positions=lx.POSITIONS,
    quantity_mods=lx.QUANTITY_MODS,
    ordinals=lx.ORDINALS,
    decade_words=lx.DECADE_WORDS,
    relative_days=lx.RELATIVE_DAYS,
    directions=lx.DIRECTIONS,
    year_offsets=lx.YEAR_OFFSETS,
    references=lx.REFERENCES,
    frequencies=lx.FREQUENCIES,
    clock_words=lx.CLOCK_WORDS,
    fixed_holidays=lx.FIXED_HOLIDAYS,
    floating_holidays=lx.FLOATING_HOLIDAYS,
    named_days=lx.NAMED_DAYS,
    number=number,
)

CONTEXTS = Contexts(
    # "am 3. März nächsten Jahres", "im Mai vergangenen Jahres"
    year_named_after=re.compile(rf"\s+({YEAR_OFFSET})(?![^\W_])", re.I),
    # "der Anschläge vom 11. September": those of 2001 (the noun comes before in German)
    sept_11_after=re.compile(r"(?!)"),
    will_before=re.compile(r"\b(?:wird|werden|soll|sollen)\b", re.I),
    # "von Januar bis April 2019": the first month takes the year of the second
    range_to_dated_month=re.compile(rf"\s*(?:bis|-|–)\s*(?P<mon>{MON})\s+(?P<y>{YEAR4})", re.I),
    month_after_month=re.compile(r"\s*(?:bis(?:\s+zum|\s+in\s+den)?|-|–|/)\s*", re.I),
    indefinite_before=re.compile(r"\b(?:ein|einem|einen)\s+$", re.I),
    head_noun_end=re.compile(r"\s*(?:[,.;:!?)]|$)"),
    time_after_day=re.compile(r",?\s*(?:um|ab|gegen|von|bis|\()?\s*", re.I),
    day_prefix=re.compile(r"^(?:am|an)\s+", re.I),
    day_patterns=(re.compile(DATE, re.I),),
)

NZ = Normalizations(LEXICON, CONTEXTS, CUES)
