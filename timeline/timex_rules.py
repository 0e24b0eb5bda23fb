"""The patterns of the date resolver, built once at import from ``timeline.lexicon``.

``PATTERNS`` is a list of (name, compiled regex, check); ``name`` selects the
normalizing handler in ``timeline.resolver``; ``check(match, text)`` may veto a match
from its context (the verb "may", "March" as a verb, a year inside a sum of money).
Earlier entries win ties between spans of the same length.
"""

from __future__ import annotations

import re

from timeline import lexicon as lx


def _alt(words, escape: bool = True) -> str:
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") if escape else w for w in items)


def _trie(words) -> str:
    """An alternation of ``words`` as a trie (a space matches any white space): the regex
    engine drops a branch on its first letter where a flat alternation tries every word.
    Longer words are tried first, as in ``_alt``: where two words match at one place, the
    one is the other and more, and the longer comes first in both."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        subs = [(r"\s+" if ch == " " else re.escape(ch)) + build(child)
                for ch, child in sorted(node.items()) if ch]
        if not subs:
            return ""
        alt = subs[0] if len(subs) == 1 else "(?:" + "|".join(subs) + ")"
        return "(?:" + alt + ")?" if "" in node else alt

    return build(tree)


_I = re.IGNORECASE

# Month tokens: full names and abbreviations; an abbreviation's dot is optional.
_month_forms = set()
for _w in lx.MONTHS:
    _month_forms.add(_w.rstrip("."))
_FULL_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"}
MON = r"(?:" + "|".join(
    (re.escape(w) + (r"\.?" if w not in _FULL_MONTHS else ""))
    for w in sorted(_month_forms, key=len, reverse=True)
) + r")(?![a-z])"
WD = _trie([w for w in lx.WEEKDAYS if not w.endswith(".")])
WD_ABBR = _trie(lx.WEEKDAYS)
# the weekday in front of a date, where a short form without a dot is safe
_WD_SHORT = "|".join(sorted(lx.WEEKDAYS_BEFORE_DATE, key=len, reverse=True))
WD_DATE = rf"(?:{WD_ABBR}|(?-i:{_WD_SHORT.title()}|{_WD_SHORT.upper()})(?![A-Za-z.]))"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1\d{3}|20\d{2})"
YEARTOK = rf"(?:{YEAR4}(?![\d])|'\d\d\b)"
UNIT = _trie(lx.UNITS)
_num_words = [w for w in lx.NUMBERS if w not in ("both",)]
_units_words = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMWORD = (
    r"(?:(?:" + "|".join(lx.TENS) + r")(?:[\s-](?:" + "|".join(_units_words) + r"))?"
    r"|" + _trie(_num_words) + r")"
)
NUM = (
    r"(?:\d+(?:\.\d+)?(?:\s+(?:and\s+)?(?:1/2|a\s+half))?"
    rf"|(?:{NUMWORD})(?:\s+(?:and\s+)?a\s+half)?"
    r"|" + _trie(lx.VAGUE_NUMBERS) + r")"
)
QMOD = _trie([k for k in lx.QUANT_MODS if k])
POS = (r"(?:the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+end\s+of|"
       r"the\s+close\s+of|the\s+first\s+part\s+of|the\s+latter\s+part\s+of|the\s+last\s+part\s+of"
       r"|beginning\s+of|end\s+of|early|mid|middle|late|earlier|later)")
TZ = _trie(lx.TIME_ZONES) + r"(?![A-Za-z])"
# The zones that make four digits a clock time: "1700 BST", "0600GMT", "1430 local time".
# Abbreviations count in capitals only ("1990 est." is no zone), and "Eastern" alone is a word.
CLOCK_ZONE = (r"(?:(?-i:" + _trie([z for z in lx.TIME_ZONES if z.isupper()]) + r")|GMT|UTC|"
              + _trie([z for z in lx.TIME_ZONES if z.lower().endswith(" time")]) + r")(?![A-Za-z])")

SENTENCE_END = re.compile(r"[.!?;](?=\s+[\"'A-Z(]|\s*$)|\n")
# The cue patterns are searched through whole clauses: a look-ahead on the first letter
# (every alternative starts with one) spares the alternatives at the end of each word.
FUTURE_CUE = re.compile(r"(?=[a-z'])(?:(?<=\w)'ll\b|\b" + _trie([c for c in lx.FUTURE_CUES
                                                                  if c != "'ll"]) + r"\b)", _I)
SCHEDULE_CUE = re.compile(r"\b(?=[a-z])" + _trie(lx.SCHEDULE_CUES) + r"\b", _I)
# The noun a date modifies: "the Friday deadline", "the May 5 expiration date".
DEADLINE_NOUN = re.compile(r"\s+(?:deadline|expiration|due\s+date)\b", _I)
PAST_AUX = re.compile(r"\b(?:had|was|were|did)(?:n't|n’t)?\b", _I)
# A future cue in the past perfect is a plan gone by: "had been due to expire Friday",
# "began as previously planned Saturday night", "had been due to re-open on Sunday".
PLUPERFECT = re.compile(r"\b(?:had\s+(?:\w+ly\s+)?(?:been\s+)?"
                        r"(?:(?:due|scheduled|set|expected|supposed|planned)\s+to\s+(?:re-)?)?"
                        r"|previously\s+)(?:\w+ly\s+)?$", _I)
# A reporting verb in the past right before the expression governs it: "said on Thursday
# it would meet" is the day of the saying, whatever the reported clause says.
REPORT_BEFORE = re.compile(r"\b(?:said|announced|reported|stated|confirmed|declared|added|"
                           r"told(?:\s+[a-z]+){0,2})"
                           # "said at a news conference on Thursday", "said in a statement Monday"
                           r"(?:\s+(?:in|at|during|after|on)\s+(?:a|an|the|his|her|its|their)"
                           r"(?:\s+[\w'-]+){1,3}?)?\s+(?:on\s+|late\s+|early\s+)?$", _I)
REPORT_REACH = 60
# "due to" is a schedule before a verb ("due to resume"), a cause before a noun ("due to rain").
DUE_TO_NOUN = re.compile(r"\s+to\s+(?!(?:be|take|start|begin|open|meet|arrive|end|hold|vote|return|resume|"
                         r"report|release|sign|visit|close|expire|come|go|make|announce|decide|rule|"
                         r"appear|testify|face|leave|travel|give|deliver|publish|present|complete|"
                         r"launch|mature|pay|hear|fly|speak|address|attend|issue|submit|finish|"
                         r"conclude|run|host|play|receive|undergo|step|retire|become|enter|land|"
                         r"reopen|debate|consider|discuss|announce|unveil|sentence|stand)\b)", _I)
# "were planning to drive on Monday": a plan told in the past, no past day.
PLAN_AFTER = re.compile(r"\s+(?:planning|expected\s+to|scheduled)\b", _I)
# "when the case is heard in May": a present passive, no past tense.
PRESENT_PASSIVE = re.compile(r"\b(?:is|are|being)\s+(?:\w+ly\s+)?$", _I)
# "arrived on Saturday and will hold talks": a future cue of a second, coordinated predicate.
COORDINATION = re.compile(r"(?:,?\s+(?:and|but)\s+(?:then\s+|also\s+)?(?:(?:we|he|she|they|it|I|you)\s+)?"
                          r"|,\s+(?:which|who)\s+)$", _I)
# A reporting verb with its own object ("..., said it will"), not a closing attribution.
REPORTED = re.compile(r"\s+(?:it|that|he|she|they|we|its|their|his|her)\b", _I)
# A weekday that opens its clause ("On Friday, Washington announced ...") is the time of
# the clause's own verb, a reporting verb included.
CLAUSE_OPENING = re.compile(r"[\s\"'“‘(]*(?:(?:on|late|early|by|and|but|then|in|at|during|from)\s+){0,2}", _I)
# Newspapers, shows and such named after a weekday: "the Sunday Times", "a Sunday paper".
WEEKDAY_NAME = re.compile(
    # "the Sunday New York Times": up to two capitalized words before the paper's name
    r"\s+(?:(?-i:(?:[A-Z][a-z]+\s+){0,2}(?:Times|Telegraph|Mirror|Express|Herald|Post|Independent|Tribune|Age|Star|Mail|"
    r"People|Sport|Observer|Standard|Nation|Business|Review|Magazine|World|Sun|Night\s+Live|"
    r"Morning\s+Post|Evening\s+Post))|(?:news)?papers?|editions?|supplements?|schools?)\b", _I)
# "on Monday and Tuesday nights": the first weekday shares the plural part of the day.
SHARED_PLURAL_PART = re.compile(
    rf"\s+(?:and|or)\s+(?:{WD})\s+(?P<part>morning|afternoon|evening|night)s\b", _I)
# A weekday's event looked forward to: "ahead of Thursday's meeting".
# ("well ahead of Friday's close" compares with a level gone by)
AHEAD_OF = re.compile(r"(?<!well\s)(?<!far\s)(?<!just\s)(?<!slightly\s)"
                      r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|"
                      r"prepar(?:e|es|ing|ations)\s+for)\s+$", _I)
SUBORDINATE_PRESENT = re.compile(
    r"\b(?:when|before|until|till|once|as\s+soon\s+as|by\s+the\s+time)\s+(?:(?!was|were|had)\w+\s+){0,4}?"
    r"(?:is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+(?:\w+\s+){0,2}?(?:in|on|at|by)?\s*$", _I)
SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:\w+ing|late|early|mid)\s+)?(?:on\s+|the\s+)?$", _I)
BY_BEFORE = re.compile(r"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$",
                       _I)
FUTURE_AUX = re.compile(r"(?:(?:\bwill|'ll|\bshall|\bwould|\bto|\bgoing to)\s+(?:not\s+)?"
                        r"(?:(?:still|also|now|then|probably|likely|\w+ly)\s+)?"
                        r"(?:be|have|been|get)"
                        # "should be administered in December": a modal passive, no past ("could be
                        # located Wednesday" is the past of "can")
                        r"|\b(?:should|must|might|can|may)\s+(?:not\s+)?(?:\w+ly\s+)?"
                        r"(?:be|get))\s+(?:\w+ly\s+)?$", _I)
QUOTE = re.compile(r"[\"“”]|''|``")
# "-ed" words that are no verbs; "-ed" right after "a/the/still" is an adjective ("a still
# unspecified date", "the expected rise") and no past cue either.
_NOT_VERBS_ED = ("hundred|indeed|need|speed|seed|feed|breed|proceed|succeed|exceed|shed|"
                 "bed|red|wed")
PAST_CUE = re.compile(r"\b(?=[a-z])(?:" + _trie(lx.PAST_CUES) + r"|(?P<report>" + _trie(lx.REPORT_CUES)
                      + rf")|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bstill\s)(?<!\bas\s)"
                      rf"(?!(?:{_NOT_VERBS_ED})\b)(?-i:[a-z]{{3,}}ed))\b", _I)

# ---- explicit dates
_DATE_MDY = (r"(?:(?P<weekof>the\s+week\s+of)\s+)?"
             r"(?:(?P<rel>last|this\s+past|this\s+coming|next)\s+)?"
             rf"(?:(?P<wd>{WD_DATE}),?\s+)?(?P<mon>{MON})\s+"
             rf"(?P<day>{DAYNUM})(?!\d|:\d)"
             rf"(?:,?\s+(?P<year>{YEARTOK}))?(?![\d%])(?!,\d)")
_DATE_DMY = (rf"(?:(?P<wd>{WD_DATE}),?\s+)?(?:the\s+)?"
             # "6-8 September": a range, dated by its first day
             r"(?:(?P<first>3[01]|[12]\d|0?[1-9])\s*[-–]\s*)?"
             rf"(?P<day>{DAYNUM})\s+(?:of\s+)?"
             rf"(?P<mon>{MON})(?:,?\s+(?P<year>{YEARTOK}))?(?![\d%])")
DATE_MDY_FULL = re.compile(_DATE_MDY, _I)
DATE_DMY_FULL = re.compile(_DATE_DMY, _I)

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
_RANGE_LINK = r"(?:-|–|to|until|till|and)"
_TOD_ALONE = "(?:" + "|".join(_TOD_FORMS + [
    rf"(?P<h6>0\d)(?P<mi6>[0-5]\d)(?=\s*{_RANGE_LINK}\s*(?:[01]\d|2[0-3])[0-5]\d(?!\d))",
    r"(?P<h7>[01]\d|2[0-3])(?P<mi7>[0-5]\d)(?![\d.,:/]?\d)",
]) + ")"
_CLOCK4_NEXT = re.compile(CLOCK4_NEXT, _I)
# what ends before a range's second clock time: its first one and the link
CLOCK_RANGE_BEFORE = re.compile(
    rf"(?<![\d.,:])\b(?:(?P<bare>0\d[0-5]\d)|(?:[01]\d|2[0-3])[0-5]\d\s*{CLOCK_ZONE}"
    rf"|(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*{CLOCK_ZONE})?"
    rf"|\d{{1,2}}(?:[:.][0-5]\d)?\s*[ap]\.?\s?m\.?(?:\s*{CLOCK_ZONE})?)\s*{_RANGE_LINK}\s*$", _I)
# Opening hours: clock times with a range of weekdays, or "daily", recur ("answered from 0830
# to 1730 Monday to Friday", "Mon-Fri, 9am-5pm"); they name no calendar day.
_CLOCK_WORD = (r"(?:\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?\s?m\b\.?|(?:[01]?\d|2[0-3])[:.][0-5]\d"
               rf"|[01]\d[0-5]\d|noon|midday|midnight)(?:\s*{TZ})?")
_WD_TO = r"\s*(?:-|–|to|through|until|till)\s*"
_WD_RANGE = rf"{WD_DATE}(?![a-z]){_WD_TO}{WD_DATE}(?![a-z])"
_EVERY_DAY = r"(?:weekdays|daily|every\s+day|each\s+day|seven\s+days\s+a\s+week)\b"
HOURS_AFTER = re.compile(rf"(?:\s*{_RANGE_LINK}\s*{_CLOCK_WORD})?,?\s+(?:on\s+)?(?:{_WD_RANGE}|{_EVERY_DAY})",
                         _I)
HOURS_BEFORE = re.compile(rf"(?:{_WD_RANGE}|{_EVERY_DAY}),?\s+(?:(?:from|between)\s+)?"
                          rf"(?:{_CLOCK_WORD}\s*{_RANGE_LINK}\s*)?$", _I)
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
_TIME = (rf"(?P<span>(?:(?P<approx>about|around|approximately)\s+)?{_TOD_ALONE}(?:(?:\s+|(?<=\d)){TZ})?"
         rf"{_PAREN_DAY}?"
         rf"(?:,?\s+(?P<dayexpr>{_DAYEXPR}))?)"
         rf"(?:{_PAREN_TIME}(?:,?\s+(?P<pday2>{_DAYEXPR}))?)?")
_DAY_TIME = rf"(?P<dayexpr>{_DAYEXPR}),?\s+(?:at\s+)?{_TOD}(?:\s+{TZ})?"


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


_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_SPOKEN = (r"(?:(?:nineteen|eighteen)[\s-](?:hundred[\s-](?:and[\s-])?)?(?:oh[\s-])?"
           rf"(?:(?:{'|'.join(lx.TENS)})(?:[\s-](?:{'|'.join(_units_words)}))?|{_TEENS}"
           rf"|{'|'.join(_units_words)})"
           rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_TEENS}|{'|'.join(_units_words)}))?)")


# A well-formed TIMEX3 value; the resolver drops anything else (extreme anchors).
_D = r"(?:\d{4}|X{4}|\d{3}X?|\d{2}(?:XX)?|FY\d{4})"
_POINT = (rf"{_D}(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?|-W(?:\d{{2}}|XX)(?:-(?:[1-7]|WE))?"
          r"|-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI))?(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|MI))?")
_DUR = (r"P(?:(?:[\dX]+(?:\.\d+)?[YMWDQ])+(?:T(?:[\dX]+(?:\.\d+)?[HMS])+)?"
        r"|T(?:[\dX]+(?:\.\d+)?[HMS])+)")
VALID_VALUE = re.compile(rf"(?:{_POINT}|{_DUR}|PRESENT_REF|PAST_REF|FUTURE_REF)\Z")

# ---- checks --------------------------------------------------------------------------

_MONTH_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|for|until|till|through|from|to|during|last|next|this|early|late|mid|"
    r"of|before|after|on|between|and|or|each|every|until|throughout|end|beginning|start|"
    r"middle|later|earlier|as of|around|about|since|past|coming|that|until|except)|-)\s*$",
    _I)


def _cap(tok: str) -> bool:
    return tok[:1].isupper()


# A year the calendar cannot hold right after a month and day ("Dec. 31, 99999"): the text
# names a date, but not one of ours, and the anchor's year must not stand in for it.
_IMPOSSIBLE_YEAR = re.compile(r",?\s+\d{5,}")


def _check_date(m: re.Match, text: str) -> bool:
    mon = m.group("mon")
    if not _cap(mon):
        return False
    if not m.group("year") and _IMPOSSIBLE_YEAR.match(text, m.end()):
        return False
    day = m.group("day")
    if re.search(r"\sof\s", m.group(0)[m.end("day") - m.start():]) and day.isdigit() and not re.search(
            r"\bthe\s+$", text[max(0, m.start("day") - 5):m.start("day")], _I):
        return False  # "the 1st of April", "the 1 of April"; "Freights 1 of April 8" is no date
    # "May 5" must not be "may 5"; "March 3" after a noun such as "troops" is fine.
    return not (mon.lower() == "may" and not m.group("year") and m.start("mon") > 0
                and re.search(r"\b(?:it|he|she|they|we|you|i|which|who|that)\s+$",
                              text[max(0, m.start("mon") - 12):m.start("mon")], _I))


def _check_month_year(m: re.Match, text: str) -> bool:
    return _cap(m.group("mon"))


def _check_month(m: re.Match, text: str) -> bool:
    mon = m.group("mon")
    if not _cap(mon) or _IMPOSSIBLE_YEAR.match(text, m.end()):
        return False
    if m.group("rel") or m.group("pos"):
        return True
    low = mon.lower().rstrip(".")
    if low not in _FULL_MONTHS and not mon.endswith("."):
        return False  # "Jan" alone is a name more often than a month
    before = text[max(0, m.start() - 20):m.start()]
    if _MONTH_CUE_BEFORE.search(before):
        return True  # "in May", "since March", "by April"
    if low in ("may", "march") or len(low) <= 4:
        # the modal verb, the verb "march", abbreviations: only after a cue; "the March
        # accession" is a date, "the May company" is not decidable and is left alone
        return low == "march" and bool(re.search(r"\bthe\s+$", before, _I))
    # a full month name alone, unless it starts a name ("June Carter")
    after = text[m.end():m.end() + 2]
    return not (after[:1] == " " and after[1:2].isupper())


_MONEY_BEFORE = re.compile(r"(?:[$£€¥#]|US\$|\d[,.]?|No\.\s?)\s*$")
_YEAR_AFTER_BAD = re.compile(
    r"(?:[.,]\d|\d|-\d|\s*%|\s*(?:percent|per cent|people|persons|men|women|troops|"
    r"soldiers|feet|foot|meters|metres|miles|kilometers|km|tons|tonnes|yards|points|"
    r"shares|dollars|euros|pounds|yen|cars|votes|delegates|acres|barrels|pages|words|"
    r"employees|workers|jobs|units|homes|students|cases|deaths|members|calories|kg|lb|"
    r"gmt|utc|hrs|hours\s+gmt|local\s+time)\b)",  # "(1900 gmt)": a clock time
    _I)


_YEAR_LIST_BEFORE = re.compile(r"(?<![\d,.$])(?:1[6-9]\d\d|20\d\d),\s+$")
_YEAR_RANGE = re.compile(r"[-–](\d{4}|\d{2})\b(?![-.,]\d)")


_SHORT_YEAR_PREP = re.compile(r"\b(?:in|of|since|from|by|until|till|during|through|before|after|"
                              r"the\s+class\s+of)\s+$", _I)


def _check_short_year(m: re.Match, text: str) -> bool:
    """"in '98": an abbreviated year only after a preposition (a quote can open with '98)."""
    return bool(_SHORT_YEAR_PREP.search(text, max(0, m.start() - 8), m.start()))


def _check_year_end(m: re.Match, text: str) -> bool:
    """The second year of "2015-2020"."""
    first = int(text[m.start() - 5:m.start() - 1])
    y = int(m.group("y"))
    return 1600 <= first < y <= first + 100 and not _YEAR_AFTER_BAD.match(text, m.end("y"))


def _check_year(m: re.Match, text: str) -> bool:
    s = m.start("y")
    if _MONEY_BEFORE.search(text[max(0, s - 5):s]) and not _YEAR_LIST_BEFORE.search(
            text, max(0, s - 7), s):
        return False  # "$1995", "1,995"; but "in 1994, 1995 and 1997" is a list of years
    if _CLOCK4_NEXT.match(text, m.end("y")) or CLOCK_RANGE_BEFORE.search(text, max(0, s - 40), s):
        return False  # "1430 GMT", "from 0830 to 1730": clock times
    y = int(m.group("y"))
    if not 1600 <= y <= 2100:
        return False
    rng = _YEAR_RANGE.match(text, m.end("y"))
    if rng:  # "2015-2020", "1998-99": a range of years, the first one is a year
        end = int(rng[1]) if len(rng[1]) == 4 else y // 100 * 100 + int(rng[1])
        if not y < end <= y + 100:
            return False
    elif _YEAR_AFTER_BAD.match(text, m.end("y")):
        return False
    before = text[max(0, s - 12):s].lower()
    return not re.search(r"(?:number|no\.|room|flight|route|page|chapter|article|"
                         r"resolution|section|model|\bat)\s*$", before)


_SEASON_PREP = re.compile(r"\b(?:in|by|until|till|since|during|through|throughout|over|before|"
                          r"after|for|into|this|last|next|early|late|each|every)\s+$", _I)


def _check_season(m: re.Match, text: str) -> bool:
    if m.group("rel") or m.group("y") or m.group("pos"):
        return True
    after = text[m.end():m.end() + 8]
    if re.match(r"\s*(?:-|wheat|crops?|grains?|plantings?|sowings?|barley|rapeseed|meeting|"
                r"session|games|olympics|collection|school|months)\b", after, _I):
        return False  # "winter wheat", "summer session": a modifier, not a time
    if m.group("the") and re.match(r"\s+(?:in|of|to|from|and)\s+(?!\d)", after):
        return False  # "the fall in prices", "the fall of the Berlin Wall"
    # a season alone is a time after a preposition: "in winter", "in the spring"
    start = m.start("the") if m.group("the") else m.start()
    return bool(_SEASON_PREP.search(text, max(0, start - 12), start))


_DECADE_PREP = re.compile(r"\b(?:in|during|since|by|through|throughout|from|until|till|of|to|into|"
                          r"over|before|after)\s+$", _I)


def _check_decade(m: re.Match, text: str) -> bool:
    """"the 1990's" is a decade, "2020's best player" a year's possessive: written with an
    apostrophe, a decade needs "the", a modifier or a preposition before it."""
    if not m.group("d4") or "'" not in m.group(0) or m.group("the") or m.group("pos"):
        return True
    return bool(_DECADE_PREP.search(text, max(0, m.start() - 12), m.start()))


_FRACTION_OF = re.compile(r"\s+of\s+(?!(?:(?:a|an|the|this|that|last|next|each|every|its|their|fiscal)\s+)*"
                          r"(?:\d|century|decade|year|fiscal|calendar|hour|day|week|month)|\w+'s\s+"
                          r"(?:fiscal|year))", _I)


def _check_duration(m: re.Match, text: str) -> bool:
    num = (m.group("num") or "").lower()
    unit = m.group("unit").lower()
    after = text[m.end():m.end() + 12]
    if num in ("a", "an") and (unit == "second" or unit.endswith("s")):
        return False  # "a second" is an ordinal; "a years-long" no count of units
    if num in ("a", "an", "one") and unit == "quarter" and not re.match(r"\s*(?:of\s+a|-|\s)",
                                                                        after):
        return False
    if (unit.startswith("quarter") and num in ("a", "an", "one", "two", "three")
            and _FRACTION_OF.match(text, m.end())):
        return False  # "three-quarters of its food": a fraction; "a quarter of a century" is time
    u = m.group("unit")
    if u[:1].isupper() and not u.isupper() and num[:1].isdigit():
        return False  # "60 Minutes": a title, not a duration
    if re.match(r"-old\b|\s+old\b", after) or m.group(0).endswith("-old"):
        return False  # ages: "a 6-year-old"
    if re.fullmatch(r"\d{4}", num) and not unit.endswith("s"):
        return False  # "the 1988 quarter"
    before = text[max(0, m.start() - 3):m.start()]
    return not re.search(r"[$£€]\s*$", before)


def _check_ref(m: re.Match, text: str) -> bool:
    w = m.group(0).lower()
    after = text[m.end():m.end() + 10]
    if w == "now" and re.match(r"\s+that\b", after):
        return True
    if w == "current" and re.match(r"\s+(?:account|affairs|events|spread|flow|flows|"
                                    r"members?|owners?|law|rules|system|level|levels|"
                                    r"\w+s)\b", after):
        return re.match(r"\s+(?:year|quarter|month|week|period|fiscal|session|term)\b",
                        after) is not None
    if w == "future" and re.match(r"\s*-", after):
        return False
    if w == "soon" and (re.match(r"\s+(?:as|after|afterwards?|thereafter)\b", after)
                        or re.search(r"\bas\s+$", text[max(0, m.start() - 4):m.start()])):
        return False  # "as soon as", "soon after the vote": a relation, not a time
    if w == "soon":
        # "was soon released", "soon became a flood": soon after a past event, not the future
        nxt = re.match(r"\s+", text[m.end():m.end() + 2])
        if re.search(r"\b(?:was|were|had)\s+$", text[max(0, m.start() - 6):m.start()], _I) or (
                nxt and PAST_CUE.match(text, m.end() + nxt.end())):
            return False
    return not (w == "once" and not re.match(r"\s*,", after))


_NAMED_PERIOD_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _check_the_unit(m: re.Match, text: str) -> bool:
    # "the month"/"the week" alone are dates only with a position ("the end of the month")
    if m.group("pos"):
        return True
    unit = m.group("unit")
    if unit.istitle() and (text.endswith("of ", 0, m.start()) or _NAMED_PERIOD_AFTER.match(text, m.end())):
        return False  # "Player of the Year", "the Year of Disruption": a title, a name
    return unit.lower() not in ("month", "week")


def _check_time(m: re.Match, text: str) -> bool:
    if m.group("h6") or m.group("h7"):
        # four digits without a zone: clock times only as the ends of a range, the first of
        # which is one, and the range runs forward ("0430-0010" is a telephone number)
        if m.group("h6"):
            first, last = m.group("h6") + m.group("mi6"), _NEXT_FOUR.match(text, m.end("mi6"))[1]
        else:
            before = CLOCK_RANGE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before is None:
                return False
            first, last = before.group("bare"), m.group("h7") + m.group("mi7")
        if first and first >= last:
            return False
    # "4 in the morning" is a time after a preposition ("at 4 in the morning"), not in
    # "won 3 in the morning session"
    if m.group("h5") and not (m.group("approx") or _CLOCK_PREPOSITION.search(
            text, max(0, m.start() - 8), m.start())):
        return False
    # "High Noon", "high noon comes today": the idiom, not twelve o'clock
    return not (m.group("noon") and re.search(r"\bhigh\s+$", text[max(0, m.start() - 6):m.start()],
                                             _I))


_NEXT_FOUR = re.compile(rf"\s*{_RANGE_LINK}\s*(\d{{4}})", _I)
_CLOCK_PREPOSITION = re.compile(r"\b(?:at|by|until|till|before|after|from|since|to)\s+$", _I)


# A show or newspaper named "Today" or "Tonight": "USA Today", "the Today programme",
# "NBC's Today show".
MEDIA_TITLE_BEFORE = re.compile(r"(?:\bUSA|\bthe|'s|’s)\s+$")
MEDIA_TITLE_AFTER = re.compile(r"\s+(?:show|programme|program|newspaper|broadcast)\b", _I)


def _check_relday(m: re.Match, text: str) -> bool:
    word = m.group("rd")
    if not (word[:1].isupper() and word[1:].islower()) or m.start("rd") != m.start():
        return True
    return not (MEDIA_TITLE_BEFORE.search(text, max(0, m.start() - 5), m.start())
                or MEDIA_TITLE_AFTER.match(text, m.end()))


def _check_weekday(m: re.Match, text: str) -> bool:
    # "the Sunday Times"; "Super Tuesday", "Bloody Sunday", "Man Friday": a name, not a day
    # ("Black Monday" of a crash is the Monday just gone, as a bare weekday is)
    return not (WEEKDAY_NAME.match(text, m.end())
                or NAMED_WEEKDAY_BEFORE.search(text, max(0, m.start() - 8), m.start()))


NAMED_WEEKDAY_BEFORE = re.compile(
    r"\b(?-i:Super|Bloody|Man|Fat|Giving|Cyber|Good|Ash|Palm|Maundy|Holy|Shrove|Easter|Whit)\s+$")


def _check_holiday(m: re.Match, text: str) -> bool:
    # "Good Friday", "the Fourth of July"; not "a good Friday for stocks", "fourth of July's"
    name = m.group("hol").lower()
    return not (name in lx.NAMED_DAYS or name.startswith("fourth")) or m.group("hol")[0].isupper()


def _check_relperiod(m: re.Match, text: str) -> bool:
    # '"This Week With David Brinkley"': a title in quotes, not a week
    unit = m.group("unit")
    if unit.lower() == "fall" and _FALL_VERB_AFTER.match(text, m.end()):
        return False  # "buildings that fall down", "prices that fall sharply": the verb
    return not (unit[:1].isupper() and not unit.isupper()
                and QUOTE.search(text[max(0, m.start() - 2):m.start()]))


_FALL_VERB_AFTER = re.compile(r"\s+(?:down|apart|short|back|behind|into|off|out|over|under|through|"
                              r"below|by|to|sharply|further|again|victim|prey|\w+ly)\b", _I)


# Sports report halves, quarters and periods of a game: "scored in the second half".
_GAME_PART_OF = re.compile(r"\s+of\s+(?:the|a|that|this|their|his|her)\s+(?:game|match|race|contest|"
                           r"fight|bout|final|semifinal|derby|season)\b", _I)
_GAME_WORDS = re.compile(
    r"\b(?:goals?|goalkeeper|touchdowns?|half-?time|innings?|quarterback|striker|penalty\s+kick|"
    r"free\s+throws?|field\s+goals?|kick-?off|rebounds|scored|equali[sz]ed|\d+-\d+\s+(?:lead|win|victory|"
    r"defeat|loss|draw)|(?:led|trailed|won|lost|beat)\s+\d+-\d+)\b", _I)


# A period that ends an abbreviation, not a sentence: "at 10 a.m. on Sept. 12", "the U.S. embassy".
_ABBREVIATION_END = re.compile(r"\b(?:[ap]\.m|[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|St|Jan|Feb|Aug|Sept?|Oct|Nov|"
                               r"Dec|No|Gen|Gov|Sen|Rep|Jr|Inc|Corp|Co|Ltd)$")


def clause_bounds(text: str, start: int, end: int, back: int, ahead: int) -> tuple[int, int]:
    """The clause around text[start:end], looked for at most ``back`` characters before it
    and ``ahead`` after it: from the last sentence or clause break before to the first after."""
    lo = max(0, start - back)
    left = text[lo:start]
    period = left.rfind(". ")
    while period > 0 and _ABBREVIATION_END.search(left, 0, period):
        period = left.rfind(". ", 0, period)  # "at 10 a.m. on Sept. 12": no sentence ends there
    cut = max(period, left.rfind("\n"), left.rfind("? "), left.rfind("! "), left.rfind("; "))
    if cut >= 0:
        lo += cut + 1
    hi = min(len(text), end + ahead)
    m = SENTENCE_END.search(text, end, hi)
    return lo, m.start() if m else hi


def _in_game(m: re.Match, text: str) -> bool:
    """Whether a half or quarter without a year is part of a game, not of a year."""
    if _GAME_PART_OF.match(text, m.end()):
        return True
    return bool(_GAME_WORDS.search(text, *clause_bounds(text, m.start(), m.end(), 200, 200)))


def _check_game_part(m: re.Match, text: str) -> bool:
    groups = m.groupdict()
    return bool(groups.get("y") or groups.get("y2") or groups.get("ry")) or not _in_game(m, text)


def _check_set(m: re.Match, text: str) -> bool:
    f = (m.group("f") or "").lower()
    if f == "daily" and re.search(r"\baverage\s+$", text[max(0, m.start() - 8):m.start()], _I):
        return False  # "average daily volume": a rate, not a recurrence
    if f == "quarterly" and re.match(r"\s+(?!(?:in|on|and|or|to|by|from|at|since|through|"
                                     r"until|for|with|as|but)\b)[a-z]", text[m.end():m.end() + 12]):
        return False  # "a quarterly dividend": a kind of payment; "paid quarterly" is a SET
    if re.match(r"(?:a|an|per)\s", f):
        before = text[max(0, m.start() - 25):m.start()].lower()
        after = text[m.end():m.end() + 10].lower()
        if re.match(r"\s*(?:ago|earlier|later|before|after|or|and|from|to)\b", after):
            return False
        if f.startswith("per"):
            return True
        return bool(re.search(r"(?:\d|million|billion|thousand|hundred|percent|dollars|"
                              r"times|twice|once|cents|pounds|euros)\s*$", before))
    return True


# ---- patterns ------------------------------------------------------------------------

_HOLIDAYS = list(lx.FIXED_HOLIDAYS) + list(lx.FLOATING_HOLIDAYS) + list(lx.NAMED_DAYS) + ["easter"]

_P = [
    ("time", _DAY_TIME, None, _I),
    ("time", _TIME, _check_time, _I),
    ("date", _DATE_MDY, _check_date, _I),
    ("date", _DATE_DMY, _check_date, _I),
    # "on the 8th": a day of the month the article is in, when nothing follows that it numbers
    ("day_of_month", r"(?<=\bon\s)the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
     r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|at|in|when|after|before|but|to|as|until)\b)", None, _I),
    # the second day of "April 24 and 25": a day of the same month
    ("date_next",
     rf"\b(?P<mon>{MON})\s+{DAYNUM}\s+(?:and|or)\s+(?P<span>(?P<day>{DAYNUM}))(?![\w%])"
     r"(?!,?\s*'?\d)(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|and|to|for|with|when|of|as)\b)",
     lambda m, text: _cap(m.group("mon")), _I),
    # ISO 8601, with the time of a timestamp: "2022-09-08T10:00:00Z", "2022-09-08 10:00"
    ("numeric_date", r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
     r"(?:[T\s](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
     rf"(?:Z|[+-][01]\d:?[0-5]\d|\s+(?:{TZ}|(?i:local\s+time)))?(?![\d:]))?(?![\dT])", None, 0),
    ("numeric_date", r"\b(?P<y>\d{4})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])", None, 0),
    # a timestamp with spaces, as some sites print it: "2009 04 25 08:50 JST"
    ("numeric_date", r"\b(?P<y>\d{4}) (?P<m>[01]?\d) (?P<d>[0-3]?\d) (?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)"
     rf"(?![\d:])(?:\s+{TZ})?", None, 0),
    ("numeric_date", r"(?<![\d/])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])",
     None, 0),
    # "08.09.2022": with dots, day first (European usage)
    ("numeric_date", r"(?<![\d.vV])(?<![Vv]ersion\s)(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4})"
     r"(?![\d]|\.\d)", None, 0),
    ("month_year",
     rf"(?:(?P<pos>{POS})[-\s]+)?(?P<mon>{MON}),?\s+(?:of\s+)?"
     rf"(?P<year>{YEAR4}(?!\d)|'\d\d\b|this\s+year|last\s+year|next\s+year)",
     _check_month_year, _I),
    ("spoken_year",
     r"\b(?:the\s+year\s+|the\s+(?P<s>spring|summer|fall|autumn|winter)\s+of\s+"
     rf"|(?P<mon>{MON})\s+)?(?P<sy>{_SPOKEN})\b", None, _I),
    ("month",
     rf"(?:(?P<pos>{POS})[-\s]+)?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|"
     rf"past)\s+)?(?P<mon>{MON})", _check_month, _I),
    ("holiday", rf"\b(?P<hol>{_trie(_HOLIDAYS)})(?:\s+(?P<per>week|weekend)(?!s))?(?:\s+(?P<y>{YEAR4}))?\b",
     _check_holiday, _I),
    ("quarter",
     rf"\b(?:(?P<the>the)\s+(?!(?:first|second|third|fourth)-quarter))?(?P<pre>(?:(?:{YEAR4}|this\s+year's|last\s+year's|next\s+year's|"
     r"year[\s-]ago|year[\s-]earlier|year[\s-]before|comparable|fiscal|latest|current|same|recent|"
     r"calendar|flat|weak|strong)[\s-]+)*)"
     r"(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal[\s-]+)?"
     rf"quarter(?!s)(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y2>{YEAR4}|'\d\d\b)|(?P<ry>this\s+year|"
     rf"last\s+year|next\s+year)))?(?:\s+(?P<y>{YEAR4}))?\b", _check_game_part, _I),
    ("quarter", rf"\b(?P<qn>Q[1-4])(?:\s+(?P<y>{YEAR4}))?\b", None, 0),
    ("quarter_ref",
     # "the same period of 1986": that year's, the period of the text's own quarter
     rf"\b(?:the\s+)?(?:corresponding|same|comparable)\s+(?:quarter|period)\s+(?:of|in)\s+{YEAR4}\b"
     r"|\b(?:the\s+)?(?:corresponding|same|comparable)\s+(?:quarter|period)\s+(?:of\s+)?last\s+year\b"
     r"|\b(?:the\s+)?(?:(?:latest|comparable|same|year[\s-]ago|year[\s-]earlier|year[\s-]before)[\s-]+)+"
     r"(?:quarter|period)\b(?:\s+a\s+year\s+(?:ago|earlier))?"
     r"|\blast\s+year's\s+(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)\b"
     r"|\bthe\s+quarter\b(?!-)(?:\s+a\s+year\s+(?:ago|earlier))?"
     r"|\b(?:year-ago|year-earlier)\b"
     rf"|\bthe\s+{YEAR4}\s+(?:quarter|period)\b", None, _I),
    ("half",
     r"\b(?:the\s+)?(?P<hn>first|second|last|latter)\s+(?:half|two\s+quarters(?=\s+of\s))"
     rf"(?:\s+of\s+(?:(?P<y>{YEAR4}|'\d\d\b)|"
     r"(?P<ry>this\s+year|last\s+year|next\s+year|the\s+year)))?\b", _check_game_part, _I),
    ("half", rf"\b(?:H(?P<hc>[12])|(?P<hc2>[12])H)\s+(?P<y>{YEAR4})\b", None, 0),
    ("season",
     rf"\b(?:(?P<the>the)\s+)?(?:(?P<pos>early|mid|late)[-\s]+)?(?:(?P<rel>this\s+past|"
     r"this\s+coming|this|last|next|past|coming)\s+)?(?P<s>spring|summer|fall|autumn|winter)"
     rf"(?:\s+(?:of\s+)?(?P<y>{YEAR4}))?\b", _check_season, _I),
    ("decade",
     # "the last half of the '80s": a part of the decade, not of this year
     r"(?:\b(?P<half>the\s+(?:first|second|last|latter)\s+half\s+of)\s+(?=the\s))?"
     rf"(?:\b(?P<the>the)\s+)?(?:(?P<pos>early|mid|late)[-\s]+)?"
     r"(?:\b(?P<d4>1[5-9]\d0|20[0-9]0)'?s\b|'(?P<d2>\d0)s\b"
     rf"|(?<=the\s)(?P<dw>{'|'.join(lx.DECADE_WORDS)})\b"
     r"|(?<=the\s)(?P<d2b>[2-9]0)s\b)", _check_decade, _I),
    ("century",
     r"\b(?:the\s+)?(?:(?P<pos>early|mid|late)[-\s]+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)"
     rf"|(?P<w>{_trie(k for k in lx.ORDINALS if lx.ORDINALS[k] > 0)}))[\s-]+century\b",
     None, _I),
    ("year",
     rf"(?<![\w$.,/-])(?:(?P<pos>{POS})[-\s]+)?(?:(?:fiscal(?:\s+year)?|calendar(?:\s+year)?|"
     rf"FY|the\s+year|in\s+the\s+year)\s*)?(?P<y>\d{{4}})\b(?!'(?!s\b))", _check_year, _I),
    ("year", r"(?<=\d{4}[-–])(?P<y>\d{4})\b", _check_year_end, 0),
    ("year", r"(?P<yy>'\d\d)\b(?!'|s\b)", _check_short_year, 0),
    ("relday",
     r"\b(?:(?P<pos>early|late|earlier|later)\s+)?"
     r"(?:(?P<pos2>early|late|mid)[-\s]?(?P<part2>morning|afternoon|evening)\s+)?"
     r"(?P<rd>the\s+day\s+before\s+yesterday|"
     r"the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)"
     r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b", _check_relday, _I),
    ("day_rel",
     r"\b(?:the\s+)?day\s+(?P<dir>before|after)\s+(?!yesterday|tomorrow)"
     rf"(?:(?P<rel>last|next|this)\s+)?(?P<dayexpr>(?:{WD_ABBR},?\s+)?{MON}\s+{DAYNUM}(?:,?\s+{YEAR4})?"
     rf"|{DAYNUM}\s+{MON}(?:,?\s+{YEAR4})?|{WD})\b", None, _I),
    ("daypart",
     r"\b(?:(?P<pos>early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday)\s+"
     r"(?P<part>morning|afternoon|evening|night)\b", None, _I),
    # "in the morning", "by mid afternoon": a part of the day the text is about
    ("daypart",
     r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s)|(?<=\buntil\s))(?:the\s+)?"
     r"(?:(?P<pos>early|late|mid)[-\s]?)?(?P<part>(?-i:morning|afternoon|evening|MORNING|AFTERNOON|"
     r"EVENING))\b"
     r"(?!\s+(?:paper|papers|newspapers?|show|edition|news|session|trading|rush)\b)", None, _I),
    ("weekday",
     r"\b(?:(?P<pos>early|late|earlier|later|mid)[-\s]+)?(?:(?P<rel>this\s+past|this\s+coming|"
     r"the\s+previous|the\s+following|the\s+preceding|"
     rf"last|next|this|coming|past)\s+)?(?P<wd>{WD})(?P<pl>s)?"
     r"(?:\s+(?P<part>morning|afternoon|evening|night|overnight)(?P<partpl>s)?)?\b"
     r"(?:\s+(?:of\s+)?(?P<wkrel>last|next|this)\s+week\b(?!'))?", _check_weekday, _I),
    ("relperiod",
     rf"(?:\b(?P<pos>{POS})[-\s]+(?:in\s+)?)?\b(?:(?P<the>the)\s+)?(?P<rel>this\s+past|"
     r"this\s+coming|last|this|next|past|previous|coming|current|following|upcoming|same|"
     r"that|preceding|prior)\s+(?P<unit>week|weekend|month|year|quarter|decade|century|"
     r"fiscal\s+year|half|spring|summer|fall|autumn|winter)\b(?!-)", _check_relperiod, _I),
    ("anaphor",
     r"\b(?:(?P<pos>earlier|later|early|late)\s+)?(?:(?:that(?:\s+same)?|the\s+same)\s+(?P<unit>day|"
     r"morning|night|evening|afternoon|week|month|year)"
     r"|the\s+(?P<rel>next|following|previous|preceding|prior)\s+(?P<unit2>day|morning|night|"
     r"evening|afternoon))\b", None, _I),
    ("ago",
     rf"\b(?:(?P<q>{QMOD})\s+)?(?P<num>{NUM})[\s-]+(?:more\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?"
     r"\s+(?P<dir>ago|earlier|later|from\s+now|hence|back)\b", None, _I),
    ("duration",
     rf"\b(?:(?P<q>{QMOD})\s+(?!the\b|past\b|last\b|next\b))?"
     rf"(?:the\s+(?![\w.]+-{UNIT}\b))?(?:(?:past|last|next|first|final|coming|"
     r"previous|following|remaining|initial|latest|ensuing|preceding|other|same|entire|"
     r"full|whole|year-earlier|year-ago)\s+)?"
     rf"(?:(?P<q2>{QMOD})\s+)?(?P<num>{NUM})(?:\s+(?:more|additional|straight|consecutive|"
     rf"full|long|extra|successive))?[\s-]+(?P<unit>{UNIT})(?:-long)?\b(?!-)"
     r"(?P<half>\s+and\s+a\s+half\b)?",
     _check_duration, _I),
    ("vague_span",
     r"\b(?!recent\s+years)(?P<w>recent|coming|the\s+coming)\s+(?P<unit>years|months|weeks|days|"
     r"decades|quarters|hours)\b", None, _I),
    ("year_end",
     r"\b(?:(?P<since>since)\s+)?(?:the\s+)?(?P<span>year[-\s]end|year's\s+end)\b", None, _I),
    ("the_unit",
     rf"(?:\b(?P<pos>{POS})[-\s]+(?:in\s+)?)?\bthe\s+(?P<w>full\s+|entire\s+|whole\s+)?"
     r"(?P<unit>year|weekend|fiscal\s+year|month|week)\b(?![-'])", _check_the_unit, _I),
    ("bare_units",
     r"\b(?:for|within|after|over|about)\s+(?P<span>(?P<unit>years|months|weeks|days|decades|"
     r"hours|centuries))\b", None, _I),
    # "a decades-long feud", "a years-old slump": an unstated number of units; "their third
    # day-long meeting": one unit
    ("bare_units", r"\b(?P<unit>years|months|weeks|days|decades|hours|centuries)-(?:long|old)\b"
     r"|(?<![\w-])(?P<one>year|month|week|day|hour|decade|century)-long\b", None, _I),
    ("reference", _alt(lx.REFERENCES), _check_ref, _I),
    ("set",
     rf"\b(?P<f>{_trie(lx.FREQUENCIES)})\b", _check_set, _I),
    ("set",
     r"\b(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>\d+|two|three|four|five|six|"
     r"few)\s+)?(?P<unit>" + WD + r"|day|week|month|year|quarter|hour|minute|morning|night|"
     r"evening|afternoon|weekend|summer|winter|spring|autumn|"
     r"January|February|March|April|May|June|July|August|September|October|November|"
     r"December)s?\b", None, _I),
]

# ---- keys: a pattern is tried only near one of its key tokens ------------------------
# Tokens are runs of letters or digits, lower-cased; digit runs become classes:
# "#year" (four digits), "#clock" (a clock time), "#ndate" (12/31/2022), "#dec" ('80s).

_UNIT_KEYS = set(lx.UNITS)
_MONTH_KEYS = {w.rstrip(".") for w in lx.MONTHS}
_WD_KEYS = {w.rstrip(".") for w in lx.WEEKDAYS}
_SEASON_KEYS = set(lx.SEASONS)
_PART_KEYS = {"morning", "afternoon", "evening", "night", "overnight"}
_REF_KEYS = {w.split()[0].split("'")[0] for w in lx.REFERENCES} | {
    w.split()[-1] for w in lx.REFERENCES}
_FREQ_KEYS = {w.split()[-1] for w in lx.FREQUENCIES} | {"every", "each"}
_HOLIDAY_KEYS = {re.split(r"[\s']", w)[0] for w in _HOLIDAYS}

KEYS: dict[str, set[str]] = {
    "time": {"#clock", "#year", "noon", "midday", "midnight", "morning", "afternoon", "evening",
             "night"},
    "date": _MONTH_KEYS,
    "date_next": _MONTH_KEYS,
    "numeric_date": {"#ndate", "#clock", "#year"},
    "month_year": _MONTH_KEYS,
    "spoken_year": {"nineteen", "eighteen", "thousand"},
    "month": _MONTH_KEYS,
    "holiday": _HOLIDAY_KEYS,
    "quarter": {"quarter", "q"},
    "quarter_ref": {"quarter", "period", "ago", "earlier"},
    "half": {"half", "quarters", "h"},
    "season": _SEASON_KEYS,
    "decade": {"#year", "#dec", "s"} | set(lx.DECADE_WORDS),
    "century": {"century"},
    "year": {"#year", "'#"},
    "relday": {"yesterday", "today", "tomorrow", "tonight"},
    "daypart": _PART_KEYS,
    "day_rel": {"day"},
    "day_of_month": {"st", "nd", "rd", "th"},
    "weekday": _WD_KEYS,
    "relperiod": _UNIT_KEYS | _SEASON_KEYS | {"half"},
    "anaphor": _PART_KEYS | {"day", "week", "month", "year"},
    "ago": {"ago", "earlier", "later", "now", "hence", "back"},
    "duration": _UNIT_KEYS,
    "bare_units": _UNIT_KEYS,
    "vague_span": _UNIT_KEYS,
    "the_unit": {"year", "weekend", "month", "week"},
    "year_end": {"end"},
    "reference": _REF_KEYS,
    "set": _FREQ_KEYS | _UNIT_KEYS | _WD_KEYS,
}

# ---- starts: the tokens a match can begin with ---------------------------------------
# A pattern with starts is tried only at those tokens inside its windows (``match`` there,
# as ``finditer`` would) instead of scanning every position of the windows: most of the
# time went into failed attempts at every word of every window. A start word must be a
# whole token: the pattern needs a non-letter right after it. "noon*" stands for any token
# beginning with "noon" (_TIME needs nothing after "noon": "noontime" starts a match).
# _DIGIT: any digit run; "'#": an apostrophe before a digit run ('80s). One entry per
# pattern of the name, in the order of ``_P``; None: scan the windows.

_DIGIT = {"#year", "#clock", "#ndate", "#dec", "#num"}  # every class of ``token_class``
# a day number (DAYNUM) is one or two digits and a suffix or a space: no year, no 12/31
_DAYNUM_STARTS = {"#num", "#dec", "#clock"}
_POS_STARTS = {"the", "beginning", "end", "early", "mid", "middle", "late", "earlier", "later"}
_QMOD_STARTS = {w.split()[0] for w in lx.QUANT_MODS if w}
_NUM_STARTS = {w.split()[0] for w in _num_words} | {w.split()[0] for w in lx.VAGUE_NUMBERS} \
    | set(lx.TENS) | _DIGIT
_DAY_STARTS = {"today", "tonight", "yesterday", "tomorrow"}
_MON_STARTS = _MONTH_KEYS  # a month form needs a non-letter after it: (?![a-z])
_WD_FULL = {w for w in lx.WEEKDAYS if not w.endswith(".")}  # WD: "Mondays" is one token

STARTS: dict[str, tuple[set[str] | None, ...]] = {
    "time": ({"on"} | _WD_KEYS | _MONTH_KEYS | _DAY_STARTS | _DAYNUM_STARTS,
             {"about", "around", "approximately", "noon*", "midday*", "midnight*"} | _DIGIT),
    "date": ({"the", "last", "this", "next"} | _WD_KEYS | _MON_STARTS,
             _WD_KEYS | {"the", "#ndate"} | _DAYNUM_STARTS),
    "numeric_date": ({"#year"}, {"#year"}, {"#year"}, {"#ndate"}, {"#clock"}),
    "month_year": (_POS_STARTS | _MON_STARTS,),
    "month": (_POS_STARTS | {"this", "last", "next", "coming", "past"} | _MON_STARTS,),
    "holiday": (_HOLIDAY_KEYS,),
    "quarter": ({"the", "this", "last", "next", "year", "comparable", "fiscal", "latest",
                 "current", "same", "recent", "calendar", "flat", "weak", "strong", "first",
                 "second", "third", "fourth", "final", "#year", "#num"}, {"q"}),
    "half": ({"the", "first", "second", "last", "latter"}, {"h", "#num"}),
    "season": ({"the", "early", "mid", "late", "this", "last", "next", "past", "coming"}
               | _SEASON_KEYS,),
    "day_rel": ({"the", "day"},),
    "day_of_month": ({"the"},),
    "daypart": ({"early", "late", "earlier", "later", "this", "last", "tomorrow", "yesterday"},
                {"the", "early", "late", "mid", "morning", "afternoon", "evening"}
                | {"mid" + part for part in ("morning", "afternoon", "evening")}),
    "weekday": ({"early", "late", "earlier", "later", "mid", "this", "the", "last", "next",
                 "coming", "past"} | _WD_FULL | {w + "s" for w in _WD_FULL},),
    "year_end": ({"since", "the", "year"},),
    "decade": ({"the", "early", "mid", "late", "'#", "#year", "#dec"} | set(lx.DECADE_WORDS),),
    "quarter_ref": ({"the", "corresponding", "same", "comparable", "latest", "year", "last"},),
    "year": (_POS_STARTS | {"fiscal", "calendar", "fy", "the", "in", "#year"}, {"#year"}, {"'#"}),
    "relday": ({"early", "late", "earlier", "later", "mid", "the"} | _DAY_STARTS
               | {p + part for p in ("early", "late", "mid")
                  for part in ("morning", "afternoon", "evening")},),
    "relperiod": (_POS_STARTS | {"the", "this", "last", "next", "past", "previous", "coming",
                                 "current", "following", "upcoming", "same", "that",
                                 "preceding", "prior"},),
    "anaphor": ({"earlier", "later", "early", "late", "that", "the"},),
    "ago": (_QMOD_STARTS | _NUM_STARTS,),
    "duration": (_QMOD_STARTS | _NUM_STARTS | {
        "the", "past", "last", "next", "first", "final", "coming", "previous", "following",
        "remaining", "initial", "latest", "ensuing", "preceding", "other", "same", "entire",
        "full", "whole", "year"},),
    "vague_span": ({"recent", "coming", "the"},),
    "the_unit": (_POS_STARTS | {"the"},),
    # the second entry: main's "decades-long", "day-long" (a unit and a hyphen)
    "bare_units": ({"for", "within", "after", "over", "about"},
                   {"years", "months", "weeks", "days", "decades", "hours", "centuries",
                    "year", "month", "week", "day", "hour", "decade", "century"}),
    "date_next": (_MON_STARTS,),  # main's "April 24 and 25": a month first
    "reference": ({w.split()[0] for w in lx.REFERENCES},),
    "set": ({w.split()[0] for w in lx.FREQUENCIES}, {"every", "each"}),
}

# Characters other than ASCII letters that match one under IGNORECASE ("ſ" matches "s"):
# a text holding one has words the ASCII tokens miss, and its windows are scanned.
NON_ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")

# name, compiled pattern, check, key tokens, start tokens (None: scan)
PATTERNS: list[tuple[str, re.Pattern, object, frozenset, frozenset | None]] = []
_seen_names: dict[str, int] = {}
for _name, _rx, _check, _flags in _P:
    if _name == "reference":
        _rx = r"\b(?:" + _rx + r")\b"
    elif not _rx.startswith(("\\b", "(?<")):
        _rx = r"(?<![\w'])(?=[\w'])" + _rx  # start only at a word: much faster scans
    _i = _seen_names[_name] = _seen_names.get(_name, -1) + 1
    _starts = STARTS.get(_name, ())
    _st = _starts[_i] if _i < len(_starts) else None
    PATTERNS.append((_name, re.compile(_rx, _flags), _check, frozenset(KEYS[_name]),
                     None if _st is None else frozenset(_st)))

WORD_KEYS = frozenset(k for *_, keys, starts in PATTERNS for k in keys | (starts or set())
                      if k[0].isalpha() and k[-1] != "*")
PREFIX_KEYS = frozenset(k[:-1] for *_, starts in PATTERNS for k in starts or () if k[-1] == "*")
assert all(re.fullmatch("[a-z]+", k) for k in WORD_KEYS | PREFIX_KEYS)  # tokens: letter runs
assert not any(a != b and a.startswith(b) for a in PREFIX_KEYS for b in PREFIX_KEYS)


WORD = re.compile(r"[A-Za-z]+")
# a whole word of WORD_KEYS in a lower-cased text
KEY_WORD = re.compile(r"(?<![a-z])" + _trie(WORD_KEYS) + r"(?![a-z])")
# the digit runs, scanned from the start: each match is a whole run (no look-behind needed)
DIGITS = re.compile(r"\d+")
_AM_PM = re.compile(r"\s?[ap]\.?m", _I)


def token_keys(text: str) -> dict[str, list[int]]:
    """Where each key token of the patterns occurs: word keys by their lower-case form,
    digit runs by their class (see ``token_class``), "noon*" for a word beginning with
    "noon" (PREFIX_KEYS), "'#" for an apostrophe before digits. Positions ascend."""
    keys: dict[str, list[int]] = {}
    low = text.lower()
    if len(low) == len(text) and NON_ASCII_FOLDS.search(text) is None:
        # lower() kept every position and made no ASCII letter of another character
        for m in KEY_WORD.finditer(low):
            keys.setdefault(m.group(), []).append(m.start())
        for w in PREFIX_KEYS:  # rare words: str.find beats a scan at every position
            i = low.find(w)
            while i >= 0:
                if not (i and "a" <= low[i - 1] <= "z"):
                    keys.setdefault(w + "*", []).append(i)
                i = low.find(w, i + len(w))
    else:
        for m in WORD.finditer(text):
            word = m.group(0).lower()
            if word in WORD_KEYS:  # (no PREFIX_KEYS: such a text is scanned, not anchored)
                keys.setdefault(word, []).append(m.start())
    for m in DIGITS.finditer(text):
        s = m.start()
        keys.setdefault(_digit_class(text, m.group(), m.end()), []).append(s)
        if text[s - 1:s] == "'":
            keys.setdefault("'#", []).append(s - 1)
    return keys


def token_class(text: str, m: re.Match) -> str:
    """The key of a token: its lower-case form, or a class for digit runs."""
    tok = m.group(0)
    if not tok[0].isdigit():
        return tok.lower()
    return _digit_class(text, tok, m.end())


def _digit_class(text: str, tok: str, e: int) -> str:
    """"#year" (four digits), "#clock" (10:30, 10.30, 10 a.m.), "#ndate" (12/31/2022),
    "#dec" ('80s), else "#num"."""
    if len(tok) == 4:
        return "#year"
    nxt = text[e:e + 5]
    if nxt[:1] == ":" or nxt[:1] == "." and nxt[1:2].isdigit() or _AM_PM.match(nxt):
        return "#clock"
    if nxt[:1] in "/-" and nxt[1:2].isdigit():
        return "#ndate"
    if len(tok) == 2 and nxt[:1] == "s":
        return "#dec"
    return "#num"
