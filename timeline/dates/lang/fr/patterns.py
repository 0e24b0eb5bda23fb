"""Building blocks of the French date rules: month, weekday, day, year, number, unit and clock
forms over the vocabulary."""

from __future__ import annotations

from timeline.dates.lang.fr import vocabulary as lx
from timeline.dates.patterns import alt, trie

NW = r"(?![^\W_])"  # no letter or digit after: a whole word
MON = (r"(?:" + trie(lx.FULL_MONTHS) + "|" + trie(lx.MONTH_ABBREVIATIONS) + r"\.)" + NW)
WD = trie(lx.WEEKDAYS)
DAY = r"(?:1er|3[01]|[12]\d|0?[1-9])"
YEAR4 = r"(?:1\d{3}|20\d{2})(?!\d)"
REL_AFTER = trie(k for k in lx.RELATIONS if k not in ("ce", "cet", "cette", "ces", "même"))
THIS = r"(?:ce|cet|cette)"
UNIT = trie(lx.UNITS)
SEASON = trie(lx.SEASONS)
PART = trie(lx.DAY_PARTS)
NUM = r"(?:\d+(?:,\d+)?|" + trie(lx.NUMBERS) + "|" + trie(lx.VAGUE_NUMBERS) + ")"
QMOD = alt(lx.QUANTITY_MODS)
# "10 h", "10 h 30", "10h30", "22 heures", "à 8 h du matin"
CLOCK = (r"(?P<h>[01]?\d|2[0-4])\s*(?:h|heures?)" + NW + r"(?:\s*(?P<mi>[0-5]\d)" + NW + ")?")
DATE = (rf"(?:(?:le|du|au)\s+)?(?:(?P<wd>{WD}){NW}\s+)?(?P<day>{DAY})\s+(?P<mon>{MON})"
        rf"(?:\s+(?P<year>{YEAR4})|\s+(?P<rel>dernier|prochain){NW})?")
DAYEXPR = (rf"(?:(?:le\s+)?(?:{WD}{NW}\s+)?{DAY}\s+{MON}(?:\s+{YEAR4})?"
           rf"|(?:avant-hier|hier|aujourd['’]hui|après-demain|demain|{WD}){NW})")
