"""The English date rules: one record each, in priority order (an earlier rule wins a tie
between spans of the same length), with the key tokens that trigger it, the tokens a
match can begin with, its veto, its normalization, and its examples and non-examples.

Key and start tokens are lower-case words, or classes of digit runs: "#year" (four
digits), "#clock" (10:30, 10 a.m.), "#ndate" (12/31/2022), "#dec" (80s), "#num" (any
other); "'#" is an apostrophe before digits ('80s), "noon*" any word beginning with
"noon". A start word must be a whole token: the pattern needs a non-letter right after it.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.dates.lang.en import normalize as nz
from timeline.dates.lang.en import vetoes
from timeline.dates.lang.en import vocabulary as lx
from timeline.dates.lang.en.cues import CUES
from timeline.dates.lang.en.patterns import (
    DATE_DMY,
    DATE_MDY,
    DAY_TIME,
    DAYNUM,
    MON,
    NUM,
    NUM_WORDS,
    POS,
    QMOD,
    SPOKEN,
    TIME,
    TZ,
    UNIT,
    WD,
    WD_ABBR,
    YEAR4,
)
from timeline.dates.patterns import alt, trie
from timeline.dates.records import DatePack, Example, Rule

_I = re.IGNORECASE

_HOLIDAYS = list(lx.FIXED_HOLIDAYS) + list(lx.FLOATING_HOLIDAYS) + list(lx.NAMED_DAYS) + ["easter"]

# ---- key tokens
_UNIT_KEYS = set(lx.UNITS)
_MONTH_KEYS = {w.rstrip(".") for w in lx.MONTHS}
_WD_KEYS = {w.rstrip(".") for w in lx.WEEKDAYS}
_SEASON_KEYS = set(lx.SEASONS)
_PART_KEYS = {"morning", "afternoon", "evening", "night", "overnight"}
_REF_KEYS = {w.split()[0].split("'")[0] for w in lx.REFERENCES} | {
    w.split()[-1] for w in lx.REFERENCES}
_FREQ_KEYS = {w.split()[-1] for w in lx.FREQUENCIES} | {"every", "each"}
_HOLIDAY_KEYS = {re.split(r"[\s']", w)[0] for w in _HOLIDAYS}
_TIME_KEYS = {"#clock", "#year", "noon", "midday", "midnight", "morning", "afternoon", "evening", "night"}
_NUMERIC_KEYS = {"#ndate", "#clock", "#year"}

# ---- start tokens
_DIGIT = {"#year", "#clock", "#ndate", "#dec", "#num"}  # every class of a digit run
# a day number (DAYNUM) is one or two digits and a suffix or a space: no year, no 12/31
_DAYNUM_STARTS = {"#num", "#dec", "#clock"}
_POS_STARTS = {"the", "beginning", "end", "early", "mid", "middle", "late", "earlier", "later"}
_QMOD_STARTS = {w.split()[0] for w in lx.QUANT_MODS if w}
_NUM_STARTS = {w.split()[0] for w in NUM_WORDS} | {w.split()[0] for w in lx.VAGUE_NUMBERS} \
    | set(lx.TENS) | _DIGIT
_DAY_STARTS = {"today", "tonight", "yesterday", "tomorrow"}
_MON_STARTS = _MONTH_KEYS  # a month form needs a non-letter after it: (?![a-z])
_WD_FULL = {w for w in lx.WEEKDAYS if not w.endswith(".")}  # WD: "Mondays" is one token


RULES: tuple[Rule, ...] = (
    # ---- clock times
    Rule(
        "day_time", DAY_TIME, _TIME_KEYS,
        {"on"} | _WD_KEYS | _MONTH_KEYS | _DAY_STARTS | _DAYNUM_STARTS,
        nz.NZ.time,
        examples=(
            Example(
                "The talks open on Monday at 10 a.m. in Geneva.",
                "on Monday at 10 a.m.",
                "2022-09-12T10:00",
            ),
            Example(
                "Police were called on Aug. 31 at 3:15 p.m. to the scene.",
                "on Aug. 31 at 3:15 p.m.",
                "2022-08-31T15:15",
            ),
        ),
        non_examples=("Shares rose on Monday, 12 points up.",),
    ),
    Rule(
        "time", TIME, _TIME_KEYS,
        {"about", "around", "approximately", "noon*", "midday*", "midnight*"} | _DIGIT,
        nz.NZ.time, vetoes.not_a_time,
        examples=(
            Example(
                "The blast happened at 10:35 a.m. (0735 GMT) near the port.",
                "10:35 a.m.",
                "2022-09-09T10:35",
            ),
            Example("Trading stopped at 1430 GMT.", "1430 GMT", "2022-09-09T14:30"),
        ),
        non_examples=(
            "Call 0430-0010 for help.",
            "He won 3 in the morning session.",
            "It was high noon for the sheriff.",
        ),
    ),
    # ---- explicit dates
    Rule(
        "date_mdy", DATE_MDY, _MONTH_KEYS,
        {"the", "last", "this", "next"} | _WD_KEYS | _MON_STARTS,
        nz.NZ.date, vetoes.not_a_date,
        examples=(
            Example("The ministers met on Aug. 31.", "Aug. 31", "2022-08-31"),
            Example("The vote will be held on Oct. 5, 2023.", "Oct. 5, 2023", "2023-10-05"),
            Example(
                "Shares closed higher on Friday, April 24.",
                "Friday, April 24",
                "2009-04-24",
                date(2009, 4, 27),
            ),
        ),
        non_examples=("Exports rose in march 3 percent.", "He said it may 5 times."),
    ),
    Rule(
        "date_dmy", DATE_DMY, _MONTH_KEYS,
        _WD_KEYS | {"the", "#ndate"} | _DAYNUM_STARTS,
        nz.NZ.date, vetoes.not_a_date,
        examples=(
            Example("The summit opened on 6 September 2022.", "6 September 2022", "2022-09-06"),
            Example("The law was passed on the 1st of April, 2021.", "the 1st of April, 2021", "2021-04-01"),
        ),
        non_examples=("Freights 1 of April 8 were shipped.",),
    ),
    # "on the 8th": a day of the month the article is in, when nothing follows that it numbers
    Rule(
        "day_of_month",
        r"(?<=\bon\s)the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
        r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|at|in|when|after|before|but|to|as|until)\b)",
        {"st", "nd", "rd", "th"}, {"the"},
        nz.NZ.day_of_month,
        examples=(
            Example("The ceasefire took effect on the 8th, officials said.", "the 8th", "2022-09-08"),
            Example("The envoy arrives on the 14th and meets the president.", "the 14th", "2022-09-14"),
        ),
        non_examples=("The building has a gym on the 8th floor.",),
    ),
    # the second day of "April 24 and 25": a day of the same month
    Rule(
        "date_next",
        rf"\b(?P<mon>{MON})\s+{DAYNUM}\s+(?:and|or)\s+(?P<span>(?P<day>{DAYNUM}))(?![\w%])"
        r"(?!,?\s*'?\d)(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|and|to|for|with|when|of|as)\b)",
        _MONTH_KEYS, _MON_STARTS,  # a month first
        nz.NZ.date_next, vetoes.lowercase_month,
        examples=(
            Example("Rioting broke out on May 14 and 15.", "15", "2022-05-15"),
        ),
        non_examples=("Rioting broke out on may 14 and 15.",),
    ),
    # ISO 8601, with the time of a timestamp: "2022-09-08T10:00:00Z", "2022-09-08 10:00"
    Rule(
        "iso_date",
        r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T\s](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
        rf"(?:Z|[+-][01]\d:?[0-5]\d|\s+(?:{TZ}|(?i:local\s+time)))?(?![\d:]))?(?![\dT])",
        _NUMERIC_KEYS, {"#year"},
        nz.NZ.numeric_date, flags=0,
        examples=(
            Example("The file was updated 2022-09-08T10:00:00Z.", "2022-09-08T10:00:00Z", "2022-09-08T10:00"),
            Example("The report is dated 2021-03-05.", "2021-03-05", "2021-03-05"),
        ),
        non_examples=("The form was dated 2022-02-30.",),
    ),
    Rule(
        "slash_ymd", r"\b(?P<y>\d{4})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])",
        _NUMERIC_KEYS, {"#year"},
        nz.NZ.numeric_date, flags=0,
        examples=(
            Example("The order was filed 2021/03/05 in Delhi.", "2021/03/05", "2021-03-05"),
        ),
        non_examples=("The form was dated 2021/02/30.",),
    ),
    # a timestamp with spaces, as some sites print it: "2009 04 25 08:50 JST"
    Rule(
        "spaced_timestamp",
        r"\b(?P<y>\d{4}) (?P<m>[01]?\d) (?P<d>[0-3]?\d) (?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)"
        rf"(?![\d:])(?:\s+{TZ})?",
        _NUMERIC_KEYS, {"#year"},
        nz.NZ.numeric_date, flags=0,
        examples=(
            Example(
                "2009 04 25 08:50 JST Mexico City (Reuters) - The outbreak spread.",
                "2009 04 25 08:50 JST",
                "2009-04-25T08:50",
            ),
        ),
        non_examples=("The counts were 2009 04 25 and 31.",),
    ),
    Rule(
        "slash_mdy", r"(?<![\d/])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])",
        _NUMERIC_KEYS, {"#ndate"},
        nz.NZ.numeric_date, flags=0,
        examples=(
            Example("The deal was signed 3/4/99.", "3/4/99", "1999-03-04"),
        ),
        non_examples=("The form read 2/30/2021.",),
    ),
    # "08.09.2022": with dots, day first (European usage)
    Rule(
        "dotted_dmy",
        r"(?<![\d.vV])(?<![Vv]ersion\s)(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4})(?![\d]|\.\d)",
        _NUMERIC_KEYS, {"#clock"},
        nz.NZ.numeric_date, flags=0,
        examples=(
            Example("The letter is dated 08.09.2022 in Geneva.", "08.09.2022", "2022-09-08"),
        ),
        non_examples=("Version 1.2.2022 fixes the bug.",),
    ),
    # ---- months and years
    Rule(
        "month_year",
        rf"(?:(?P<pos>{POS})[-\s]+)?(?P<mon>{MON}),?\s+(?:of\s+)?"
        rf"(?P<year>{YEAR4}(?!\d)|'\d\d\b|this\s+year|last\s+year|next\s+year)",
        _MONTH_KEYS, _POS_STARTS | _MON_STARTS,
        nz.NZ.month_year, vetoes.lowercase_month,
        examples=(
            Example("Production fell in June 2021.", "June 2021", "2021-06"),
            Example("Sales peaked in late March 1998.", "late March 1998", "1998-03"),
        ),
        non_examples=("Buyers shunned a june 2021 issue.",),
    ),
    Rule(
        "spoken_year",
        r"\b(?:the\s+year\s+|the\s+(?P<s>spring|summer|fall|autumn|winter)\s+of\s+"
        rf"|(?P<mon>{MON})\s+)?(?P<sy>{SPOKEN})\b",
        {"nineteen", "eighteen", "thousand"}, None,
        nz.h_spoken_year,
        examples=(
            Example("It happened in nineteen ninety-seven.", "nineteen ninety-seven", "1997"),
        ),
        non_examples=("Nineteen people died.",),
    ),
    Rule(
        "month",
        rf"(?:(?P<pos>{POS})[-\s]+)?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|"
        rf"past)\s+)?(?P<mon>{MON})",
        _MONTH_KEYS, _POS_STARTS | {"this", "last", "next", "coming", "past"} | _MON_STARTS,
        nz.NZ.month, vetoes.not_a_month,
        examples=(
            Example("The law takes effect in January.", "January", "2023-01"),
            Example("The plant closed in March.", "March", "2022-03"),
        ),
        non_examples=("Prices may rise.", "Thousands march on the capital.", "June Carter sang."),
    ),
    Rule(
        "holiday",
        rf"\b(?P<hol>{trie(_HOLIDAYS)})(?:\s+(?P<per>week|weekend)(?!s))?(?:\s+(?P<y>{YEAR4}))?\b",
        _HOLIDAY_KEYS, _HOLIDAY_KEYS,
        nz.NZ.holiday, vetoes.lowercase_named_day,
        examples=(
            Example("Shops were busy before Christmas.", "Christmas", "2021-12-25"),
            Example("Sales fell after Thanksgiving 2020.", "Thanksgiving 2020", "2020-11-26"),
            Example("Stocks fell on Good Friday.", "Good Friday", "2022-04-15"),
        ),
        non_examples=("It was a good Friday for stocks.",),
    ),
    # ---- quarters and halves
    Rule(
        "quarter",
        r"\b(?:(?P<the>the)\s+(?!(?:first|second|third|fourth)-quarter))?"
        rf"(?P<pre>(?:(?:{YEAR4}|this\s+year's|last\s+year's|next\s+year's|"
        r"year[\s-]ago|year[\s-]earlier|year[\s-]before|comparable|fiscal|latest|current|same|recent|"
        r"calendar|flat|weak|strong)[\s-]+)*)"
        r"(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal[\s-]+)?"
        rf"quarter(?!s)(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y2>{YEAR4}|'\d\d\b)|(?P<ry>this\s+year|"
        rf"last\s+year|next\s+year)))?(?:\s+(?P<y>{YEAR4}))?\b",
        {"quarter", "q"},
        {"the", "this", "last", "next", "year", "comparable", "fiscal", "latest", "current", "same",
         "recent", "calendar", "flat", "weak", "strong", "first", "second", "third", "fourth", "final",
         "#year", "#num"},
        nz.h_quarter, vetoes.part_of_game,
        examples=(
            Example("Profit rose in the second quarter.", "the second quarter", "2022-Q2"),
            Example("Profit fell in the fourth quarter of 2021.", "the fourth quarter of 2021", "2021-Q4"),
        ),
        non_examples=("He scored in the second quarter of the game.",),
    ),
    Rule(
        "quarter_code", rf"\b(?P<qn>Q[1-4])(?:\s+(?P<y>{YEAR4}))?\b",
        {"quarter", "q"}, {"q"},
        nz.h_quarter, flags=0,
        examples=(
            Example("Sales rose 5 percent in Q3 2021.", "Q3 2021", "2021-Q3"),
        ),
        non_examples=("The Audi Q7 was recalled.",),
    ),
    Rule(
        "quarter_ref",
        # "the same period of 1986": that year's, the period of the text's own quarter
        rf"\b(?:the\s+)?(?:corresponding|same|comparable)\s+(?:quarter|period)\s+(?:of|in)\s+{YEAR4}\b"
        r"|\b(?:the\s+)?(?:corresponding|same|comparable)\s+(?:quarter|period)\s+(?:of\s+)?last\s+year\b"
        r"|\b(?:the\s+)?(?:(?:latest|comparable|same|year[\s-]ago|year[\s-]earlier|year[\s-]before)[\s-]+)+"
        r"(?:quarter|period)\b(?:\s+a\s+year\s+(?:ago|earlier))?"
        r"|\blast\s+year's\s+(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)\b"
        r"|\bthe\s+quarter\b(?!-)(?:\s+a\s+year\s+(?:ago|earlier))?"
        r"|\b(?:year-ago|year-earlier)\b"
        rf"|\bthe\s+{YEAR4}\s+(?:quarter|period)\b",
        {"quarter", "period", "ago", "earlier"},
        {"the", "corresponding", "same", "comparable", "latest", "year", "last"},
        nz.h_quarter_ref,
        examples=(
            Example(
                "Profit rose in the second quarter from the year-ago quarter.",
                "the year-ago quarter",
                "2021-Q2",
            ),
        ),
        non_examples=("He reached the quarter-finals.",),
    ),
    Rule(
        "half",
        r"\b(?:the\s+)?(?P<hn>first|second|last|latter)\s+(?:half|two\s+quarters(?=\s+of\s))"
        rf"(?:\s+of\s+(?:(?P<y>{YEAR4}|'\d\d\b)|"
        r"(?P<ry>this\s+year|last\s+year|next\s+year|the\s+year)))?\b",
        {"half", "quarters", "h"}, {"the", "first", "second", "last", "latter"},
        nz.NZ.half, vetoes.part_of_game,
        examples=(
            Example("Sales rose in the first half of 2021.", "the first half of 2021", "2021-H1"),
        ),
        non_examples=("They led at the end of the first half of the match.",),
    ),
    Rule(
        "half_code", rf"\b(?:H(?P<hc>[12])|(?P<hc2>[12])H)\s+(?P<y>{YEAR4})\b",
        {"half", "quarters", "h"}, {"h", "#num"},
        nz.NZ.half, flags=0,
        examples=(
            Example("The bank posted H1 2022 results.", "H1 2022", "2022-H1"),
        ),
        non_examples=("The H1N1 2009 pandemic spread fast.",),
    ),
    # ---- seasons, decades, centuries, years
    Rule(
        "season",
        rf"\b(?:(?P<the>the)\s+)?(?:(?P<pos>early|mid|late)[-\s]+)?(?:(?P<rel>this\s+past|"
        r"this\s+coming|this|last|next|past|coming)\s+)?(?P<s>spring|summer|fall|autumn|winter)"
        rf"(?:\s+(?:of\s+)?(?P<y>{YEAR4}))?\b",
        _SEASON_KEYS,
        {"the", "early", "mid", "late", "this", "last", "next", "past", "coming"} | _SEASON_KEYS,
        nz.NZ.season, vetoes.not_a_season,
        examples=(
            Example("The museum reopens in spring.", "spring", "2023-SP"),
            Example("Last winter was mild.", "Last winter", "2021-WI"),
        ),
        non_examples=("Winter wheat prices rose.", "The fall in prices hurt farmers."),
    ),
    Rule(
        "decade",
        # "the last half of the '80s": a part of the decade, not of this year
        r"(?:\b(?P<half>the\s+(?:first|second|last|latter)\s+half\s+of)\s+(?=the\s))?"
        rf"(?:\b(?P<the>the)\s+)?(?:(?P<pos>early|mid|late)[-\s]+)?"
        r"(?:\b(?P<d4>1[5-9]\d0|20[0-9]0)'?s\b|'(?P<d2>\d0)s\b"
        rf"|(?<=the\s)(?P<dw>{'|'.join(lx.DECADE_WORDS)})\b"
        r"|(?<=the\s)(?P<d2b>[2-9]0)s\b)",
        {"#year", "#dec", "s"} | set(lx.DECADE_WORDS),
        {"the", "early", "mid", "late", "'#", "#year", "#dec"} | set(lx.DECADE_WORDS),
        nz.NZ.decade, vetoes.year_possessive,
        examples=(
            Example("Rents soared in the 1990s.", "the 1990s", "199"),
            Example("Music of the '80s is back.", "the '80s", "198"),
        ),
        non_examples=("He was 2020's best player.",),
    ),
    Rule(
        "century",
        r"\b(?:the\s+)?(?:(?P<pos>early|mid|late)[-\s]+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)"
        rf"|(?P<w>{trie(k for k in lx.ORDINALS if lx.ORDINALS[k] > 0)}))[\s-]+century\b",
        {"century"}, None,
        nz.NZ.century,
        examples=(
            Example("Rail came in the 19th century.", "the 19th century", "18"),
            Example("The twentieth century saw two wars.", "The twentieth century", "19"),
        ),
        non_examples=("The century-old bridge fell.",),
    ),
    Rule(
        "year",
        rf"(?<![\w$.,/-])(?:(?P<pos>{POS})[-\s]+)?(?:(?:fiscal(?:\s+year)?|calendar(?:\s+year)?|"
        rf"FY|the\s+year|in\s+the\s+year)\s*)?(?P<y>\d{{4}})\b(?!'(?!s\b))",
        {"#year", "'#"}, _POS_STARTS | {"fiscal", "calendar", "fy", "the", "in", "#year"},
        nz.NZ.year, vetoes.not_a_year,
        examples=(
            Example("The dam was built in 1998.", "1998", "1998"),
            Example("Revenue rose in fiscal 2021.", "fiscal 2021", "2021"),
        ),
        non_examples=(
            "The painting sold for $1995 to a dealer.",
            "Some 1500 troops arrived.",
            "He took flight 1234 to Rome.",
        ),
    ),
    Rule(
        "year_range_end", r"(?<=\d{4}[-–])(?P<y>\d{4})\b",
        {"#year", "'#"}, {"#year"},
        nz.NZ.year, vetoes.not_a_year_range, flags=0,
        examples=(
            Example("The plan runs from 2015-2020 under the treaty.", "2020", "2020"),
        ),
        non_examples=("Call 1800-2345 for details.",),
    ),
    Rule(
        "short_year", r"(?P<yy>'\d\d)\b(?!'|s\b)",
        {"#year", "'#"}, {"'#"},
        nz.NZ.year, vetoes.short_year_alone, flags=0,
        examples=(
            Example("Prices have doubled since '98.", "'98", "1998"),
        ),
        non_examples=("'98 was a good vintage.",),
    ),
    # ---- days named from the anchor
    Rule(
        "relday",
        r"\b(?:(?P<pos>early|late|earlier|later)\s+)?"
        r"(?:(?P<pos2>early|late|mid)[-\s]?(?P<part2>morning|afternoon|evening)\s+)?"
        r"(?P<rd>the\s+day\s+before\s+yesterday|"
        r"the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
        {"yesterday", "today", "tomorrow", "tonight"},
        {"early", "late", "earlier", "later", "mid", "the"} | _DAY_STARTS
        | {p + part for p in ("early", "late", "mid") for part in ("morning", "afternoon", "evening")},
        nz.NZ.relday, vetoes.media_title,
        examples=(
            Example("The minister arrived yesterday.", "yesterday", "2022-09-08"),
            Example("The talks resume tomorrow morning.", "tomorrow morning", "2022-09-10TMO"),
        ),
        non_examples=("He spoke to USA Today.",),
    ),
    Rule(
        "day_rel",
        r"\b(?:the\s+)?day\s+(?P<dir>before|after)\s+(?!yesterday|tomorrow)"
        rf"(?:(?P<rel>last|next|this)\s+)?(?P<dayexpr>(?:{WD_ABBR},?\s+)?{MON}\s+{DAYNUM}(?:,?\s+{YEAR4})?"
        rf"|{DAYNUM}\s+{MON}(?:,?\s+{YEAR4})?|{WD})\b",
        {"day"}, {"the", "day"},
        nz.NZ.day_rel,
        examples=(
            Example("He left the day after Sept. 5.", "the day after Sept. 5", "2022-09-06"),
            Example("He left the day before last Tuesday.", "the day before last Tuesday", "2022-09-05"),
        ),
        non_examples=("He left the day before yesterday.",),
    ),
    Rule(
        "daypart_rel",
        r"\b(?:(?P<pos>early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday)\s+"
        r"(?P<part>morning|afternoon|evening|night)\b",
        _PART_KEYS, {"early", "late", "earlier", "later", "this", "last", "tomorrow", "yesterday"},
        nz.NZ.daypart,
        examples=(
            Example("Prices fell this morning.", "this morning", "2022-09-09TMO"),
            Example("Fighting resumed last night.", "last night", "2022-09-08TNI"),
        ),
        non_examples=("She runs a last nightclub.",),
    ),
    # "in the morning", "by mid afternoon": a part of the day the text is about
    Rule(
        "daypart",
        r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s)|(?<=\buntil\s))(?:the\s+)?"
        r"(?:(?P<pos>early|late|mid)[-\s]?)?(?P<part>(?-i:morning|afternoon|evening|MORNING|AFTERNOON|"
        r"EVENING))\b"
        r"(?!\s+(?:paper|papers|newspapers?|show|edition|news|session|trading|rush)\b)",
        _PART_KEYS,
        {"the", "early", "late", "mid", "morning", "afternoon", "evening"}
        | {"mid" + part for part in ("morning", "afternoon", "evening")},
        nz.NZ.daypart,
        examples=(
            Example("Shares fell in the morning.", "the morning", "2022-09-09TMO"),
        ),
        non_examples=("He read it in the morning paper.",),
    ),
    Rule(
        "weekday",
        r"\b(?:(?P<pos>early|late|earlier|later|mid)[-\s]+)?(?:(?P<rel>this\s+past|this\s+coming|"
        r"the\s+previous|the\s+following|the\s+preceding|"
        rf"last|next|this|coming|past)\s+)?(?P<wd>{WD})(?P<pl>s)?"
        r"(?:\s+(?P<part>morning|afternoon|evening|night|overnight)(?P<partpl>s)?)?\b"
        r"(?:\s+(?:of\s+)?(?P<wkrel>last|next|this)\s+week\b(?!'))?",
        _WD_KEYS,
        {"early", "late", "earlier", "later", "mid", "this", "the", "last", "next", "coming", "past"}
        | _WD_FULL | {w + "s" for w in _WD_FULL},
        nz.NZ.weekday, vetoes.named_weekday,
        examples=(
            Example("The two ministers met on Thursday.", "Thursday", "2022-09-08"),
            Example("The parliament will debate the bill Monday.", "Monday", "2022-09-12"),
        ),
        non_examples=("He writes for the Sunday Times.", "Voters went to the polls on Super Tuesday."),
    ),
    # ---- periods named from the anchor or from the text's last date
    Rule(
        "relperiod",
        rf"(?:\b(?P<pos>{POS})[-\s]+(?:in\s+)?)?\b(?:(?P<the>the)\s+)?(?P<rel>this\s+past|"
        r"this\s+coming|last|this|next|past|previous|coming|current|following|upcoming|same|"
        r"that|preceding|prior)\s+(?P<unit>week|weekend|month|year|quarter|decade|century|"
        r"fiscal\s+year|half|spring|summer|fall|autumn|winter)\b(?!-)",
        _UNIT_KEYS | _SEASON_KEYS | {"half"},
        _POS_STARTS | {"the", "this", "last", "next", "past", "previous", "coming", "current",
                       "following", "upcoming", "same", "that", "preceding", "prior"},
        nz.NZ.relperiod, vetoes.not_a_period,
        examples=(
            Example("The envoy travels to Beijing next week.", "next week", "2022-W37"),
            Example("Exports fell last year.", "last year", "2021"),
        ),
        non_examples=("He hosted \"This Week With David Brinkley\".",),
    ),
    Rule(
        "anaphor",
        r"\b(?:(?P<pos>earlier|later|early|late)\s+)?(?:(?:that(?:\s+same)?|the\s+same)\s+(?P<unit>day|"
        r"morning|night|evening|afternoon|week|month|year)"
        r"|the\s+(?P<rel>next|following|previous|preceding|prior)\s+(?P<unit2>day|morning|night|"
        r"evening|afternoon))\b",
        _PART_KEYS | {"day", "week", "month", "year"},
        {"earlier", "later", "early", "late", "that", "the"},
        nz.NZ.anaphor,
        examples=(
            Example("The envoy arrived on Monday and left the next day.", "the next day", "2022-09-06"),
        ),
        non_examples=("He stayed for the next days.",),
    ),
    Rule(
        "ago",
        rf"\b(?:(?P<q>{QMOD})\s+)?(?P<num>{NUM})[\s-]+(?:more\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?"
        r"\s+(?P<dir>ago|earlier|later|from\s+now|hence|back)\b",
        {"ago", "earlier", "later", "now", "hence", "back"}, _QMOD_STARTS | _NUM_STARTS,
        nz.NZ.ago,
        examples=(
            Example("The ceasefire began three days ago.", "three days ago", "2022-09-06"),
            Example("The mine closed a decade ago.", "a decade ago", "2012"),
        ),
        non_examples=("Humans lived there 125,000 years ago.",),
    ),
    # ---- durations
    Rule(
        "duration",
        rf"\b(?:(?P<q>{QMOD})\s+(?!the\b|past\b|last\b|next\b))?"
        rf"(?:the\s+(?![\w.]+-{UNIT}\b))?(?:(?:past|last|next|first|final|coming|"
        r"previous|following|remaining|initial|latest|ensuing|preceding|other|same|entire|"
        r"full|whole|year-earlier|year-ago)\s+)?"
        rf"(?:(?P<q2>{QMOD})\s+)?(?P<num>{NUM})(?:\s+(?:more|additional|straight|consecutive|"
        rf"full|long|extra|successive))?[\s-]+(?P<unit>{UNIT})(?:-long)?\b(?!-)"
        r"(?P<half>\s+and\s+a\s+half\b)?",
        _UNIT_KEYS,
        _QMOD_STARTS | _NUM_STARTS | {
            "the", "past", "last", "next", "first", "final", "coming", "previous", "following",
            "remaining", "initial", "latest", "ensuing", "preceding", "other", "same", "entire",
            "full", "whole", "year"},
        nz.h_duration, vetoes.not_a_duration,
        examples=(
            Example("He has lived there for three years.", "three years", "P3Y"),
            Example("The race lasted a minute and a half.", "a minute and a half", "PT1M30S"),
        ),
        non_examples=("A 6-year-old girl was rescued.", "He watched 60 Minutes."),
    ),
    Rule(
        "vague_span",
        r"\b(?!recent\s+years)(?P<w>recent|coming|the\s+coming)\s+(?P<unit>years|months|weeks|days|"
        r"decades|quarters|hours)\b",
        _UNIT_KEYS, {"recent", "coming", "the"},
        nz.NZ.vague_span,
        examples=(
            Example("Prices rose in recent months.", "recent months", "PXM"),
            Example("The board meets in the coming weeks.", "the coming weeks", "PXW"),
        ),
        non_examples=("Prices rose in recent years.",),
    ),
    Rule(
        "year_end",
        r"\b(?:(?P<since>since)\s+)?(?:the\s+)?(?P<span>year[-\s]end|year's\s+end)\b",
        {"end"}, {"since", "the", "year"},
        nz.NZ.year_end,
        examples=(
            Example("The bank expects profit to rise by year-end.", "year-end", "2022"),
            Example("Shares have risen since year-end.", "year-end", "2021"),
        ),
        non_examples=("Shares fell at the year-ending auction.",),
    ),
    Rule(
        "the_unit",
        rf"(?:\b(?P<pos>{POS})[-\s]+(?:in\s+)?)?\bthe\s+(?P<w>full\s+|entire\s+|whole\s+)?"
        r"(?P<unit>year|weekend|fiscal\s+year|month|week)\b(?![-'])",
        {"year", "weekend", "month", "week"}, _POS_STARTS | {"the"},
        nz.NZ.the_unit, vetoes.unit_alone,
        examples=(
            Example("Growth slowed toward the end of the year.", "the end of the year", "2022"),
            Example("Volume was flat for the year.", "the year", "2022"),
        ),
        non_examples=("He was named Player of the Year.", "Rents rose during the month."),
    ),
    Rule(
        "bare_units",
        r"\b(?:for|within|after|over|about)\s+(?P<span>(?P<unit>years|months|weeks|days|decades|"
        r"hours|centuries))\b",
        _UNIT_KEYS, {"for", "within", "after", "over", "about"},
        nz.NZ.bare_units,
        examples=(
            Example("He waited for hours.", "hours", "PTXH"),
        ),
        non_examples=("The resort is open for year-round use.",),
    ),
    # "a decades-long feud", "a years-old slump": an unstated number of units; "their third
    # day-long meeting": one unit (a unit and a hyphen first)
    Rule(
        "units_long",
        r"\b(?P<unit>years|months|weeks|days|decades|hours|centuries)-(?:long|old)\b"
        r"|(?<![\w-])(?P<one>year|month|week|day|hour|decade|century)-long\b",
        _UNIT_KEYS,
        {"years", "months", "weeks", "days", "decades", "hours", "centuries",
         "year", "month", "week", "day", "hour", "decade", "century"},
        nz.NZ.bare_units,
        examples=(
            Example("The decades-long feud ended.", "decades-long", "PXY"),
            Example("Their third day-long meeting began.", "day-long", "P1D"),
        ),
        non_examples=("He said a long day was over.",),
    ),
    # ---- references and recurrences
    Rule(
        "reference", r"\b(?:" + alt(lx.REFERENCES) + r")\b",
        _REF_KEYS, {w.split()[0] for w in lx.REFERENCES},
        nz.NZ.reference, vetoes.not_a_reference,
        examples=(
            Example("He is now the leader.", "now", "PRESENT_REF"),
            Example("Prices have risen recently.", "recently", "PAST_REF"),
        ),
        non_examples=("The current account deficit widened.", "Soon after the vote, he resigned."),
    ),
    Rule(
        "frequency", rf"\b(?P<f>{trie(lx.FREQUENCIES)})\b",
        _FREQ_KEYS | _UNIT_KEYS | _WD_KEYS, {w.split()[0] for w in lx.FREQUENCIES},
        nz.NZ.set, vetoes.not_a_recurrence,
        examples=(
            Example("The paper is published daily.", "daily", "P1D"),
        ),
        non_examples=("The average daily volume rose.", "The firm pays a quarterly dividend."),
    ),
    Rule(
        "every",
        r"\b(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>\d+|two|three|four|five|six|"
        r"few)\s+)?(?P<unit>" + WD + r"|day|week|month|year|quarter|hour|minute|morning|night|"
        r"evening|afternoon|weekend|summer|winter|spring|autumn|"
        r"January|February|March|April|May|June|July|August|September|October|November|"
        r"December)s?\b",
        _FREQ_KEYS | _UNIT_KEYS | _WD_KEYS, {"every", "each"},
        nz.NZ.set,
        examples=(
            Example("The market is closed every Monday.", "every Monday", "XXXX-WXX-1"),
            Example("Checks are made every two weeks.", "every two weeks", "P2W"),
        ),
        non_examples=("Every one of them voted.",),
    ),
)

PACK = DatePack(
    code="en",
    rules=RULES,
    cues=CUES,
    clock_after_digits=re.compile(r"\s?[ap]\.?m", _I),
    decade_suffix="s",
    quarter_kept_after=nz.QUARTER_KEPT_AFTER,
)
