"""Building blocks of the English date rules: month, weekday, day, year, number, unit and
clock forms over the vocabulary, the context patterns the vetoes and normalizations read,
and ``opening_hours_day``."""

from __future__ import annotations

import re

from timeline.dates.lang.en import vocabulary as lx
from timeline.dates.patterns import trie

_I = re.IGNORECASE

# Month tokens: full names and abbreviations; an abbreviation's dot is optional.
_month_forms = set()
for _w in lx.MONTHS:
    _month_forms.add(_w.rstrip("."))
FULL_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"}
MON = r"(?:" + "|".join(
    (re.escape(w) + (r"\.?" if w not in FULL_MONTHS else ""))
    for w in sorted(_month_forms, key=len, reverse=True)
) + r")(?![a-z])"
WD = trie([w for w in lx.WEEKDAYS if not w.endswith(".")])
WD_ABBR = trie(lx.WEEKDAYS)
# the weekday in front of a date, where a short form without a dot is safe
_WD_SHORT = "|".join(sorted(lx.WEEKDAYS_BEFORE_DATE, key=len, reverse=True))
WD_DATE = rf"(?:{WD_ABBR}|(?-i:{_WD_SHORT.title()}|{_WD_SHORT.upper()})(?![A-Za-z.]))"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1\d{3}|20\d{2})"
YEARTOK = rf"(?:{YEAR4}(?![\d])|'\d\d\b)"
UNIT = trie(lx.UNITS)
NUM_WORDS = [w for w in lx.NUMBERS if w not in ("both",)]
DIGIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMWORD = (
    r"(?:(?:" + "|".join(lx.TENS) + r")(?:[\s-](?:" + "|".join(DIGIT_WORDS) + r"))?"
    r"|" + trie(NUM_WORDS) + r")"
)
NUM = (
    r"(?:\d+(?:\.\d+)?(?:\s+(?:and\s+)?(?:1/2|a\s+half))?"
    rf"|(?:{NUMWORD})(?:\s+(?:and\s+)?a\s+half)?"
    r"|" + trie(lx.VAGUE_NUMBERS) + r")"
)
QMOD = trie([k for k in lx.QUANT_MODS if k])
POS = (r"(?:the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+end\s+of|"
       r"the\s+close\s+of|the\s+first\s+part\s+of|the\s+latter\s+part\s+of|the\s+last\s+part\s+of"
       r"|beginning\s+of|end\s+of|early|mid|middle|late|earlier|later)")
TZ = trie(lx.TIME_ZONES) + r"(?![A-Za-z])"
# The zones that make four digits a clock time: "1700 BST", "0600GMT", "1430 local time".
# Abbreviations count in capitals only ("1990 est." is no zone), and "Eastern" alone is a word.
CLOCK_ZONE = (r"(?:(?-i:" + trie([z for z in lx.TIME_ZONES if z.isupper()]) + r")|GMT|UTC|"
              + trie([z for z in lx.TIME_ZONES if z.lower().endswith(" time")]) + r")(?![A-Za-z])")

# "on Monday and Tuesday nights": the first weekday shares the plural part of the day.
SHARED_PLURAL_PART = re.compile(
    rf"\s+(?:and|or)\s+(?:{WD})\s+(?P<part>morning|afternoon|evening|night)s\b", _I)
# A weekday's event looked forward to: "ahead of Thursday's meeting".
# ("well ahead of Friday's close" compares with a level gone by)
AHEAD_OF = re.compile(r"(?<!well\s)(?<!far\s)(?<!just\s)(?<!slightly\s)"
                      r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|"
                      r"prepar(?:e|es|ing|ations)\s+for)\s+$", _I)

# ---- explicit dates
DATE_MDY = (r"(?:(?P<weekof>the\s+week\s+of)\s+)?"
             r"(?:(?P<rel>last|this\s+past|this\s+coming|next)\s+)?"
             rf"(?:(?P<wd>{WD_DATE}),?\s+)?(?P<mon>{MON})\s+"
             rf"(?P<day>{DAYNUM})(?!\d|:\d)"
             rf"(?:,?\s+(?P<year>{YEARTOK}))?(?![\d%])(?!,\d)")
DATE_DMY = (rf"(?:(?P<wd>{WD_DATE}),?\s+)?(?:the\s+)?"
             # "6-8 September": a range, dated by its first day
             r"(?:(?P<first>3[01]|[12]\d|0?[1-9])\s*[-–]\s*)?"
             rf"(?P<day>{DAYNUM})\s+(?:of\s+)?"
             rf"(?P<mon>{MON})(?:,?\s+(?P<year>{YEARTOK}))?(?![\d%])")
DATE_MDY_FULL = re.compile(DATE_MDY, _I)
DATE_DMY_FULL = re.compile(DATE_DMY, _I)

_DAYEXPR = (rf"(?:on\s+)?(?:(?:{WD_DATE},?\s+)?{MON}\s+{DAYNUM}(?:,?\s+{YEAR4})?"
            rf"|(?:{WD_DATE},?\s+)?{DAYNUM}\s+{MON}(?:,?\s+{YEAR4})?"
            rf"|(?:today|tonight|yesterday|tomorrow|{WD})(?![a-z]))")
# Four digits are a clock time, never a year, before a zone ("As of 1700 BST"), before a
# range's end that has one ("from 1700 to 1900 GMT") and before a day that has its own
# year ("repeated 1700, Sunday 14 June 2009").
_CLOCK4_RANGE_END = rf"\s*(?:-|–|to|until|till|and)\s*(?:[01]\d|2[0-3])[0-5]\d\s*{CLOCK_ZONE}"
_CLOCK4_DAY = (rf",?\s+(?:on\s+)?{WD_DATE},?\s+(?:{DAYNUM}\s+(?:of\s+)?{MON}|{MON}\s+{DAYNUM}),?\s+"
               rf"{YEAR4}(?!\d)")
CLOCK4_NEXT = (rf"(?:\s*{CLOCK_ZONE}|\s+(?:hrs|hours\s+(?:GMT|local))\b|{_CLOCK4_RANGE_END}"
               rf"|{_CLOCK4_DAY})")
_TOD_FORMS = [
    r"(?P<h>\d{1,2})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]\.?m\b\.?)",
    r"(?P<h2>[01]?\d|2[0-4]):(?P<mi2>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?![\d.:,]\d)",
    # "10.30 GMT": a dot between hours and minutes only with a zone after it
    rf"(?P<h4>[01]?\d|2[0-3])\.(?P<mi4>[0-5]\d)(?=\s+{CLOCK_ZONE})",
    rf"(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?={CLOCK4_NEXT})",
    # "at 4 in the morning", "until 10 at night"
    r"(?P<h5>1[0-2]|0?[1-9])(?::(?P<mi5>[0-5]\d))?\s+(?:in\s+the\s+(?P<inpart>morning|afternoon|"
    r"evening)|at\s+(?P<atnight>night))\b",
    # "noontime" is noon; "MidnightStoker", a user's name, is no time
    r"(?P<noon>noon|midday|midnight)(?!(?!time\b)[a-z])",
]
_TOD = "(?:" + "|".join(_TOD_FORMS) + ")"
# A time standing alone may also be one end of a range of four-digit clock times: "from
# 0830 to 1730" (a leading zero makes the first a clock; the second is one after it, which
# _check_time sees).
RANGE_LINK = r"(?:-|–|to|until|till|and)"
_TOD_ALONE = "(?:" + "|".join(_TOD_FORMS + [
    rf"(?P<h6>0\d)(?P<mi6>[0-5]\d)(?=\s*{RANGE_LINK}\s*(?:[01]\d|2[0-3])[0-5]\d(?!\d))",
    r"(?P<h7>[01]\d|2[0-3])(?P<mi7>[0-5]\d)(?![\d.,:/]?\d)",
]) + ")"
CLOCK4_AFTER = re.compile(CLOCK4_NEXT, _I)
# what ends before a range's second clock time: its first one and the link
CLOCK_RANGE_BEFORE = re.compile(
    rf"(?<![\d.,:])\b(?:(?P<bare>0\d[0-5]\d)|(?:[01]\d|2[0-3])[0-5]\d\s*{CLOCK_ZONE}"
    rf"|(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*{CLOCK_ZONE})?"
    rf"|\d{{1,2}}(?:[:.][0-5]\d)?\s*[ap]\.?\s?m\.?(?:\s*{CLOCK_ZONE})?)\s*{RANGE_LINK}\s*$", _I)
# Opening hours: clock times with a range of weekdays, or "daily", recur ("answered from 0830
# to 1730 Monday to Friday", "Mon-Fri, 9am-5pm"); they name no calendar day.
_CLOCK_WORD = (r"(?:\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?\s?m\b\.?|(?:[01]?\d|2[0-3])[:.][0-5]\d"
               rf"|[01]\d[0-5]\d|noon|midday|midnight)(?:\s*{TZ})?")
_WD_TO = r"\s*(?:-|–|to|through|until|till)\s*"
_WD_RANGE = rf"{WD_DATE}(?![a-z]){_WD_TO}{WD_DATE}(?![a-z])"
_EVERY_DAY = r"(?:weekdays|daily|every\s+day|each\s+day|seven\s+days\s+a\s+week)\b"
HOURS_AFTER = re.compile(rf"(?:\s*{RANGE_LINK}\s*{_CLOCK_WORD})?,?\s+(?:on\s+)?(?:{_WD_RANGE}|{_EVERY_DAY})",
                         _I)
HOURS_BEFORE = re.compile(rf"(?:{_WD_RANGE}|{_EVERY_DAY}),?\s+(?:(?:from|between)\s+)?"
                          rf"(?:{_CLOCK_WORD}\s*{RANGE_LINK}\s*)?$", _I)
# a weekday as one end of a range of weekdays, and a clock time next to the range
WD_RANGE_REST = re.compile(rf"{_WD_TO}{WD_DATE}(?![a-z])", _I)
WD_RANGE_HEAD = re.compile(rf"{WD_DATE}{_WD_TO}$", _I)
CLOCK_BEFORE = re.compile(rf"{_CLOCK_WORD},?\s+(?:on\s+)?$", _I)
CLOCK_AFTER = re.compile(rf",?\s+(?:(?:from|between)\s+)?{_CLOCK_WORD}", _I)


def opening_hours_day(text: str, start: int, end: int) -> bool:
    """Whether the weekday text[start:end] is one end of a range of weekdays that clock times
    stand next to: "from 0830 to 1730 Monday to Friday", "Mon-Fri 9am-5pm"."""
    head = WD_RANGE_HEAD.search(text, max(0, start - 16), start)
    if head:  # the range's last day
        return bool(CLOCK_BEFORE.search(text, max(0, head.start() - 30), head.start())
                    or CLOCK_AFTER.match(text, end))
    rest = WD_RANGE_REST.match(text, end)
    return bool(rest and (CLOCK_BEFORE.search(text, max(0, start - 30), start)
                          or CLOCK_AFTER.match(text, rest.end())))


# the same time in another zone, in parentheses: "10:35 a.m. (0735 GMT) Friday"
_PAREN_CLOCK = rf"\s+\((?:\d{{4}}\s*{CLOCK_ZONE}|\d{{1,2}}(?::\d\d)?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{{2,4}})?)"
_PAREN_TIME = rf"(?:{_PAREN_CLOCK}\))"
# "at 4 in the morning (4 a.m. EDT Thursday)": the day comes in the parentheses
_PAREN_DAY = rf"(?:{_PAREN_CLOCK},?\s+(?P<pday>{WD})\))"
# The time in another zone in parentheses, and a day after them, are read but left out of
# the span: "10:35 a.m. (0735 GMT) Friday" is a time and a day, as the corpora mark it
# (a day inside the parentheses stays in: it is the only one).
TIME = (rf"(?P<span>(?:(?P<approx>about|around|approximately)\s+)?{_TOD_ALONE}(?:(?:\s+|(?<=\d)){TZ})?"
         rf"{_PAREN_DAY}?"
         rf"(?:,?\s+(?P<dayexpr>{_DAYEXPR}))?)"
         rf"(?:{_PAREN_TIME}(?:,?\s+(?P<pday2>{_DAYEXPR}))?)?")
DAY_TIME = rf"(?P<dayexpr>{_DAYEXPR}),?\s+(?:at\s+)?{_TOD}(?:\s+{TZ})?"

_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
SPOKEN = (r"(?:(?:nineteen|eighteen)[\s-](?:hundred[\s-](?:and[\s-])?)?(?:oh[\s-])?"
           rf"(?:(?:{'|'.join(lx.TENS)})(?:[\s-](?:{'|'.join(DIGIT_WORDS)}))?|{_TEENS}"
           rf"|{'|'.join(DIGIT_WORDS)})"
           rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_TEENS}|{'|'.join(DIGIT_WORDS)}))?)")

