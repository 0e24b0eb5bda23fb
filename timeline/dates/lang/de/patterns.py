"""Building blocks of the German date rules: month, weekday, day, year, number, unit, relation
and clock forms over the vocabulary."""

from __future__ import annotations

from timeline.dates.lang.de import vocabulary as lx
from timeline.dates.patterns import alt, trie

NW = r"(?![^\W_])"  # no letter or digit after: a whole word
YEAR_OFFSET = trie(lx.YEAR_OFFSETS)
MON = (r"(?:" + trie(lx.FULL_MONTHS) + "|" + trie(lx.MONTH_ABBREVIATIONS) + r"\.)" + NW)
WD = trie(lx.WEEKDAYS)
WD_SHORT = trie(lx.WEEKDAYS_BEFORE_DATE)
# a weekday before a date: in full, or its two letters with a dot or comma ("Mo., 31. August")
WD_DATE = rf"(?:{WD}{NW}|(?-i:{WD_SHORT.title()}|{WD_SHORT.upper()})(?=\.|,))"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
YEAR4 = r"(?:1\d{3}|20\d{2})(?!\d)"
REL = trie(lx.RELATIONS)
POS = (r"(?:(?:zu\s+|zum\s+)?Beginn|Anfang|Mitte|(?:zum\s+|gegen\s+)?Ende|im\s+Laufe"
       r"|(?:der\s+|die\s+)?(?:ersten|erste|zweiten|zweite)\s+Hälfte)")
UNIT = trie(lx.UNITS)
PERIOD = trie(lx.PERIODS)
SEASON = trie(lx.SEASONS)
PART = trie(lx.DAY_PARTS)
NUM = (r"(?:\d+(?:,\d+)?|" + trie(lx.NUMBERS) + "|" + trie(lx.VAGUE_NUMBERS) + ")")
QMOD = alt(lx.QUANTITY_MODS)
ORD = trie(lx.ORDINALS)
# A clock time: "20 Uhr", "20.30 Uhr", "8:30 Uhr", "14:30" (a colon needs no "Uhr").
CLOCK = (r"(?:(?P<h>[01]?\d|2[0-4])(?:[.:](?P<mi>[0-5]\d))?\s*Uhr" + NW
         + r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d.:,]\d))")
# After "um", "ab", "bis", "von", "gegen" a time needs no "Uhr" ("Beginn um 14.30"), and the
# first time of a range takes the "Uhr" of the second ("von 14 bis 18 Uhr", "14.30-18 Uhr").
CLOCK_BARE = (r"(?:(?<=\bum\s)|(?<=\bab\s)|(?<=\bbis\s)|(?<=\bvon\s)|(?<=\bgegen\s))"
              r"(?P<h3>[01]?\d|2[0-3])\.(?P<mi3>[0-5]\d)(?![\d.,]\d|\s*(?:%|Prozent|Euro|Meter|Punkte))"
              r"|(?P<h4>[01]?\d|2[0-3])(?:[.:](?P<mi4>[0-5]\d))?(?=\s*(?:-|–|bis)\s*(?:[01]?\d|2[0-4])"
              r"(?:[.:][0-5]\d)?\s*Uhr(?![^\W_]))")
# "um 8 Uhr abends", "3 Uhr nachts": the part of the day sets the half of the clock.
CLOCK_PART = (r"(?P<h5>1[0-2]|0?[1-9])(?:[.:](?P<mi5>[0-5]\d))?\s*Uhr\s+"
              r"(?:(?P<inpart>morgens|früh|vormittags|mittags|nachmittags|abends)|(?P<atnight>nachts))" + NW)
# a day inside a time expression: "am Montag um 10 Uhr", "gestern gegen 14 Uhr"
DAYEXPR = (rf"(?:(?:am|an)\s+)?(?:{WD_DATE},?\s+(?:(?:den|dem)\s+)?{DAY}\.\s*{MON}(?:\s+{YEAR4})?"
           rf"|{DAY}\.\s*{MON}(?:\s+{YEAR4})?|(?:vorgestern|gestern|heute|übermorgen"
           rf"|(?<!gestern\s)(?<!heute\s)(?-i:morgen)"
           rf"|{WD}){NW})")
DATE = (rf"(?:(?P<wd>{WD_DATE}),?\s+(?:(?:den|dem)\s+)?)?(?:(?P<first>{DAY})\.?\s*(?:-|–)\s*)?"
        rf"(?P<day>{DAY})\.\s*(?P<mon>{MON})(?:\s+(?P<year>{YEAR4}|{YEAR_OFFSET}{NW}))?")
