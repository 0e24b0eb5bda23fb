"""English vetoes: a match of a rule that its context shows is no date ("may" the verb,
"March" the verb, a year inside a sum of money, "the Sunday Times", "winter wheat").

Each veto takes the match and the whole text and returns True to rule the match out.
"""

from __future__ import annotations

import re

from timeline.dates.lang.en import vocabulary as lx
from timeline.dates.lang.en.cues import CUES, PAST_CUE, QUOTE
from timeline.dates.lang.en.patterns import CLOCK4_AFTER, CLOCK_RANGE_BEFORE, FULL_MONTHS, RANGE_LINK
from timeline.dates.tense import clause_bounds

_I = re.IGNORECASE

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


def lowercase_month(m: re.Match[str], text: str) -> bool:
    """"april 24 and 25" in lower case: a month is written capitalized."""
    return not _cap(m.group("mon"))


def not_a_date(m: re.Match[str], text: str) -> bool:
    """A month and day that are none: lower case, a year the calendar cannot hold, "Freights 1
    of April 8", "it may 5"."""
    mon = m.group("mon")
    if not _cap(mon):
        return True
    if not m.group("year") and _IMPOSSIBLE_YEAR.match(text, m.end()):
        return True
    day = m.group("day")
    if re.search(r"\sof\s", m.group(0)[m.end("day") - m.start():]) and day.isdigit() and not re.search(
            r"\bthe\s+$", text[max(0, m.start("day") - 5):m.start("day")], _I):
        return True  # "the 1st of April", "the 1 of April"; "Freights 1 of April 8" is no date
    # "May 5" must not be "may 5"; "March 3" after a noun such as "troops" is fine.
    return (mon.lower() == "may" and not m.group("year") and m.start("mon") > 0
            and re.search(r"\b(?:it|he|she|they|we|you|i|which|who|that)\s+$",
                          text[max(0, m.start("mon") - 12):m.start("mon")], _I) is not None)


def not_a_month(m: re.Match[str], text: str) -> bool:
    """A month alone that is none: the modal "may", the verb "march", "Jan" the name, "June
    Carter"; after a cue ("in May", "since March") it is one."""
    mon = m.group("mon")
    if not _cap(mon) or _IMPOSSIBLE_YEAR.match(text, m.end()):
        return True
    if m.group("rel") or m.group("pos"):
        return False
    low = mon.lower().rstrip(".")
    if low not in FULL_MONTHS and not mon.endswith("."):
        return True  # "Jan" alone is a name more often than a month
    before = text[max(0, m.start() - 20):m.start()]
    if _MONTH_CUE_BEFORE.search(before):
        return False  # "in May", "since March", "by April"
    if low in ("may", "march") or len(low) <= 4:
        # the modal verb, the verb "march", abbreviations: only after a cue; "the March
        # accession" is a date, "the May company" is not decidable and is left alone
        return not (low == "march" and re.search(r"\bthe\s+$", before, _I))
    # a full month name alone, unless it starts a name ("June Carter")
    after = text[m.end():m.end() + 2]
    return after[:1] == " " and after[1:2].isupper()


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


def short_year_alone(m: re.Match[str], text: str) -> bool:
    """"in '98": an abbreviated year only after a preposition (a quote can open with '98)."""
    return not _SHORT_YEAR_PREP.search(text, max(0, m.start() - 8), m.start())


def not_a_year_range(m: re.Match[str], text: str) -> bool:
    """The second year of "2015-2020" is one only after a year before it, within a century."""
    first = int(text[m.start() - 5:m.start() - 1])
    y = int(m.group("y"))
    return not (1600 <= first < y <= first + 100 and not _YEAR_AFTER_BAD.match(text, m.end("y")))


def not_a_year(m: re.Match[str], text: str) -> bool:
    """Four digits that are no year: money, a clock time, a count ("1500 troops"), a number
    ("flight 1234"), or out of 1600-2100."""
    s = m.start("y")
    if _MONEY_BEFORE.search(text[max(0, s - 5):s]) and not _YEAR_LIST_BEFORE.search(
            text, max(0, s - 7), s):
        return True  # "$1995", "1,995"; but "in 1994, 1995 and 1997" is a list of years
    if CLOCK4_AFTER.match(text, m.end("y")) or CLOCK_RANGE_BEFORE.search(text, max(0, s - 40), s):
        return True  # "1430 GMT", "from 0830 to 1730": clock times
    y = int(m.group("y"))
    if not 1600 <= y <= 2100:
        return True
    rng = _YEAR_RANGE.match(text, m.end("y"))
    if rng:  # "2015-2020", "1998-99": a range of years, the first one is a year
        end = int(rng[1]) if len(rng[1]) == 4 else y // 100 * 100 + int(rng[1])
        if not y < end <= y + 100:
            return True
    elif _YEAR_AFTER_BAD.match(text, m.end("y")):
        return True
    before = text[max(0, s - 12):s].lower()
    return re.search(r"(?:number|no\.|room|flight|route|page|chapter|article|"
                     r"resolution|section|model|\bat)\s*$", before) is not None


_SEASON_PREP = re.compile(r"\b(?:in|by|until|till|since|during|through|throughout|over|before|"
                          r"after|for|into|this|last|next|early|late|each|every)\s+$", _I)


def not_a_season(m: re.Match[str], text: str) -> bool:
    """"winter wheat", "the fall in prices": a season alone is a time only after a
    preposition ("in winter", "in the spring")."""
    if m.group("rel") or m.group("y") or m.group("pos"):
        return False
    after = text[m.end():m.end() + 8]
    if re.match(r"\s*(?:-|wheat|crops?|grains?|plantings?|sowings?|barley|rapeseed|meeting|"
                r"session|games|olympics|collection|school|months)\b", after, _I):
        return True  # "winter wheat", "summer session": a modifier, not a time
    if m.group("the") and re.match(r"\s+(?:in|of|to|from|and)\s+(?!\d)", after):
        return True  # "the fall in prices", "the fall of the Berlin Wall"
    # a season alone is a time after a preposition: "in winter", "in the spring"
    start = m.start("the") if m.group("the") else m.start()
    return not _SEASON_PREP.search(text, max(0, start - 12), start)


_DECADE_PREP = re.compile(r"\b(?:in|during|since|by|through|throughout|from|until|till|of|to|into|"
                          r"over|before|after)\s+$", _I)


def year_possessive(m: re.Match[str], text: str) -> bool:
    """"the 1990's" is a decade, "2020's best player" a year's possessive: written with an
    apostrophe, a decade needs "the", a modifier or a preposition before it."""
    if not m.group("d4") or "'" not in m.group(0) or m.group("the") or m.group("pos"):
        return False
    return not _DECADE_PREP.search(text, max(0, m.start() - 12), m.start())


_FRACTION_OF = re.compile(r"\s+of\s+(?!(?:(?:a|an|the|this|that|last|next|each|every|its|their|fiscal)\s+)*"
                          r"(?:\d|century|decade|year|fiscal|calendar|hour|day|week|month)|\w+'s\s+"
                          r"(?:fiscal|year))", _I)


def not_a_duration(m: re.Match[str], text: str) -> bool:
    """"a second" (an ordinal), "three-quarters of its food", "60 Minutes", "a 6-year-old",
    "the 1988 quarter", "$5 million": no count of time units."""
    num = (m.group("num") or "").lower()
    unit = m.group("unit").lower()
    after = text[m.end():m.end() + 12]
    if num in ("a", "an") and (unit == "second" or unit.endswith("s")):
        return True  # "a second" is an ordinal; "a years-long" no count of units
    if num in ("a", "an", "one") and unit == "quarter" and not re.match(r"\s*(?:of\s+a|-|\s)",
                                                                        after):
        return True
    if (unit.startswith("quarter") and num in ("a", "an", "one", "two", "three")
            and _FRACTION_OF.match(text, m.end())):
        return True  # "three-quarters of its food": a fraction; "a quarter of a century" is time
    u = m.group("unit")
    if u[:1].isupper() and not u.isupper() and num[:1].isdigit():
        return True  # "60 Minutes": a title, not a duration
    if re.match(r"-old\b|\s+old\b", after) or m.group(0).endswith("-old"):
        return True  # ages: "a 6-year-old"
    if re.fullmatch(r"\d{4}", num) and not unit.endswith("s"):
        return True  # "the 1988 quarter"
    before = text[max(0, m.start() - 3):m.start()]
    return re.search(r"[$£€]\s*$", before) is not None


def not_a_reference(m: re.Match[str], text: str) -> bool:
    """"current account", "as soon as", "soon after the vote", "was soon released": the words
    of a reference that name no time."""
    w = m.group(0).lower()
    after = text[m.end():m.end() + 10]
    if w == "now" and re.match(r"\s+that\b", after):
        return False
    if w == "current" and re.match(r"\s+(?:account|affairs|events|spread|flow|flows|"
                                    r"members?|owners?|law|rules|system|level|levels|"
                                    r"\w+s)\b", after):
        return re.match(r"\s+(?:year|quarter|month|week|period|fiscal|session|term)\b",
                        after) is None
    if w == "future" and re.match(r"\s*-", after):
        return True
    if w == "soon" and (re.match(r"\s+(?:as|after|afterwards?|thereafter)\b", after)
                        or re.search(r"\bas\s+$", text[max(0, m.start() - 4):m.start()])):
        return True  # "as soon as", "soon after the vote": a relation, not a time
    if w == "soon":
        # "was soon released", "soon became a flood": soon after a past event, not the future
        nxt = re.match(r"\s+", text[m.end():m.end() + 2])
        if re.search(r"\b(?:was|were|had)\s+$", text[max(0, m.start() - 6):m.start()], _I) or (
                nxt and PAST_CUE.match(text, m.end() + nxt.end())):
            return True
    return w == "once" and not re.match(r"\s*,", after)


_NAMED_PERIOD_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def unit_alone(m: re.Match[str], text: str) -> bool:
    """"the month"/"the week" alone are dates only with a position ("the end of the
    month"); "Player of the Year" is a title."""
    if m.group("pos"):
        return False
    unit = m.group("unit")
    if unit.istitle() and (text.endswith("of ", 0, m.start()) or _NAMED_PERIOD_AFTER.match(text, m.end())):
        return True  # "Player of the Year", "the Year of Disruption": a title, a name
    return unit.lower() in ("month", "week")


def not_a_time(m: re.Match[str], text: str) -> bool:
    """Four digits without a zone out of a forward range of clock times ("0430-0010" is a
    telephone number), "won 3 in the morning session", "high noon"."""
    if m.group("h6") or m.group("h7"):
        # four digits without a zone: clock times only as the ends of a range, the first of
        # which is one, and the range runs forward ("0430-0010" is a telephone number)
        if m.group("h6"):
            first, last = m.group("h6") + m.group("mi6"), _NEXT_FOUR.match(text, m.end("mi6"))[1]
        else:
            before = CLOCK_RANGE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before is None:
                return True
            first, last = before.group("bare"), m.group("h7") + m.group("mi7")
        if first and first >= last:
            return True
    # "4 in the morning" is a time after a preposition ("at 4 in the morning"), not in
    # "won 3 in the morning session"
    if m.group("h5") and not (m.group("approx") or _CLOCK_PREPOSITION.search(
            text, max(0, m.start() - 8), m.start())):
        return True
    # "High Noon", "high noon comes today": the idiom, not twelve o'clock
    return bool(m.group("noon") and re.search(r"\bhigh\s+$", text[max(0, m.start() - 6):m.start()], _I))


_NEXT_FOUR = re.compile(rf"\s*{RANGE_LINK}\s*(\d{{4}})", _I)
_CLOCK_PREPOSITION = re.compile(r"\b(?:at|by|until|till|before|after|from|since|to)\s+$", _I)


# A show or newspaper named "Today" or "Tonight": "USA Today", "the Today programme",
# "NBC's Today show".
MEDIA_TITLE_BEFORE = re.compile(r"(?:\bUSA|\bthe|'s|’s)\s+$")
MEDIA_TITLE_AFTER = re.compile(r"\s+(?:show|programme|program|newspaper|broadcast)\b", _I)


def media_title(m: re.Match[str], text: str) -> bool:
    """"USA Today", "the Today programme": a title, not the day."""
    word = m.group("rd")
    if not (word[:1].isupper() and word[1:].islower()) or m.start("rd") != m.start():
        return False
    return bool(MEDIA_TITLE_BEFORE.search(text, max(0, m.start() - 5), m.start())
                or MEDIA_TITLE_AFTER.match(text, m.end()))


NAMED_WEEKDAY_BEFORE = re.compile(
    r"\b(?-i:Super|Bloody|Man|Fat|Giving|Cyber|Good|Ash|Palm|Maundy|Holy|Shrove|Easter|Whit)\s+$")
# Newspapers, shows and such named after a weekday: "the Sunday Times", "a Sunday paper".
WEEKDAY_NAME = re.compile(
    # "the Sunday New York Times": up to two capitalized words before the paper's name
    r"\s+(?:(?-i:(?:[A-Z][a-z]+\s+){0,2}(?:Times|Telegraph|Mirror|Express|Herald|Post|Independent|Tribune|Age|Star|Mail|"
    r"People|Sport|Observer|Standard|Nation|Business|Review|Magazine|World|Sun|Night\s+Live|"
    r"Morning\s+Post|Evening\s+Post))|(?:news)?papers?|editions?|supplements?|schools?)\b", _I)


def named_weekday(m: re.Match[str], text: str) -> bool:
    """"the Sunday Times"; "Super Tuesday", "Bloody Sunday", "Man Friday": a name, not a day
    ("Black Monday" of a crash is the Monday just gone, as a bare weekday is)."""
    return bool(WEEKDAY_NAME.match(text, m.end())
                or NAMED_WEEKDAY_BEFORE.search(text, max(0, m.start() - 8), m.start()))


def lowercase_named_day(m: re.Match[str], text: str) -> bool:
    """"a good Friday for stocks", "fourth of July's": a day named after a feast, and "the
    Fourth of July", count capitalized only."""
    name = m.group("hol").lower()
    return (name in lx.NAMED_DAYS or name.startswith("fourth")) and not m.group("hol")[0].isupper()


_FALL_VERB_AFTER = re.compile(r"\s+(?:down|apart|short|back|behind|into|off|out|over|under|through|"
                              r"below|by|to|sharply|further|again|victim|prey|\w+ly)\b", _I)


def not_a_period(m: re.Match[str], text: str) -> bool:
    """'"This Week With David Brinkley"': a title in quotes; "prices that fall sharply": the
    verb."""
    unit = m.group("unit")
    if unit.lower() == "fall" and _FALL_VERB_AFTER.match(text, m.end()):
        return True  # "buildings that fall down", "prices that fall sharply": the verb
    return bool(unit[:1].isupper() and not unit.isupper()
                and QUOTE.search(text[max(0, m.start() - 2):m.start()]))


# Sports report halves, quarters and periods of a game: "scored in the second half".
_GAME_PART_OF = re.compile(r"\s+of\s+(?:the|a|that|this|their|his|her)\s+(?:game|match|race|contest|"
                           r"fight|bout|final|semifinal|derby|season)\b", _I)
_GAME_WORDS = re.compile(
    r"\b(?:goals?|goalkeeper|touchdowns?|half-?time|innings?|quarterback|striker|penalty\s+kick|"
    r"free\s+throws?|field\s+goals?|kick-?off|rebounds|scored|equali[sz]ed|\d+-\d+\s+(?:lead|win|victory|"
    r"defeat|loss|draw)|(?:led|trailed|won|lost|beat)\s+\d+-\d+)\b", _I)


def _in_game(m: re.Match[str], text: str) -> bool:
    """Whether a half or quarter without a year is part of a game, not of a year."""
    if _GAME_PART_OF.match(text, m.end()):
        return True
    return bool(_GAME_WORDS.search(text, *clause_bounds(CUES, text, m.start(), m.end(), 200, 200)))


def part_of_game(m: re.Match[str], text: str) -> bool:
    """"scored in the second half": a half or quarter of a game, unless a year is named."""
    groups = m.groupdict()
    return not (groups.get("y") or groups.get("y2") or groups.get("ry")) and _in_game(m, text)


def not_a_recurrence(m: re.Match[str], text: str) -> bool:
    """"average daily volume", "a quarterly dividend", "a week ago": a rate, a kind of
    payment or a point, not a recurrence."""
    f = (m.group("f") or "").lower()
    if f == "daily" and re.search(r"\baverage\s+$", text[max(0, m.start() - 8):m.start()], _I):
        return True  # "average daily volume": a rate, not a recurrence
    if f == "quarterly" and re.match(r"\s+(?!(?:in|on|and|or|to|by|from|at|since|through|"
                                     r"until|for|with|as|but)\b)[a-z]", text[m.end():m.end() + 12]):
        return True  # "a quarterly dividend": a kind of payment; "paid quarterly" is a SET
    if re.match(r"(?:a|an|per)\s", f):
        before = text[max(0, m.start() - 25):m.start()].lower()
        after = text[m.end():m.end() + 10].lower()
        if re.match(r"\s*(?:ago|earlier|later|before|after|or|and|from|to)\b", after):
            return True
        if f.startswith("per"):
            return False
        return not re.search(r"(?:\d|million|billion|thousand|hundred|percent|dollars|"
                             r"times|twice|once|cents|pounds|euros)\s*$", before)
    return False
