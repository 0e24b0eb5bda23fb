"""French words as the shared normalizations read them (``LEXICON``), the French text around a
match they look at (``CONTEXTS``), and ``NZ``, the shared ``Normalizations`` over both: no
normalization of its own is written for French."""

from __future__ import annotations

import re

from timeline.dates.lang.fr import vocabulary as lx
from timeline.dates.lang.fr.cues import CUES
from timeline.dates.lang.fr.patterns import DATE, MON, YEAR4
from timeline.dates.normalize import Normalizations
from timeline.dates.records import Contexts, Lexicon

_VAGUE = frozenset(lx.VAGUE_NUMBERS)
_DIGITS = re.compile(r"(\d+)(?:,(\d+))?")


def number(s: str) -> float | None:
    """The value of a number in digits ("3", "2,5") or words ("trois", "vingt-deux"); None for a
    vague one ("quelques", "plusieurs")."""
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
    day_parts=lx.DAY_PARTS,
    seasons=lx.SEASONS,
    positions=lx.POSITIONS,
    quantity_mods=lx.QUANTITY_MODS,
    ordinals=lx.ORDINALS,
    relative_days=lx.RELATIVE_DAYS,
    directions=lx.DIRECTIONS,
    year_offsets=lx.YEAR_OFFSETS,
    references=lx.REFERENCES,
    frequencies=lx.FREQUENCIES,
    clock_words=lx.CLOCK_WORDS,
    fixed_holidays=lx.FIXED_HOLIDAYS,
    named_days=lx.NAMED_DAYS,
    number=number,
)

CONTEXTS = Contexts(
    # "le 3 mars de l'année prochaine"
    year_named_after=re.compile(r"\s+(de\s+cette\s+année|de\s+l['’](?:année|an)\s+(?:dernière?|prochaine?))"
                                r"(?![^\W_])", re.I),
    will_before=re.compile(r"\b(?:sera|seront|aura|auront|va|vont)\b", re.I),
    range_to_dated_month=re.compile(rf"\s*(?:à|-|–|au)\s*(?P<mon>{MON})\s+(?P<y>{YEAR4})", re.I),
    month_after_month=re.compile(r"\s*(?:à|-|–|/|et)\s*", re.I),
    indefinite_before=re.compile(r"\bun\s+$", re.I),
    head_noun_end=re.compile(r"\s*(?:[,.;:!?)]|$)"),
    time_after_day=re.compile(r",?\s*(?:à|vers|dès|de|\()?\s*", re.I),
    day_prefix=re.compile(r"^le\s+", re.I),
    day_patterns=(re.compile(DATE, re.I),),
)

NZ = Normalizations(LEXICON, CONTEXTS, CUES)
