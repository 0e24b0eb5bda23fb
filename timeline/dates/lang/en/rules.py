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

from timeline.dates.lang.en import normalize as nz
from timeline.dates.lang.en import vetoes as veto
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
from timeline.dates.records import DatePack, Rule

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
        nz.h_time,
    ),
    Rule(
        "time", TIME, _TIME_KEYS,
        {"about", "around", "approximately", "noon*", "midday*", "midnight*"} | _DIGIT,
        nz.h_time, veto.not_a_time,
    ),
    # ---- explicit dates
    Rule(
        "date_mdy", DATE_MDY, _MONTH_KEYS,
        {"the", "last", "this", "next"} | _WD_KEYS | _MON_STARTS,
        nz.h_date, veto.not_a_date,
    ),
    Rule(
        "date_dmy", DATE_DMY, _MONTH_KEYS,
        _WD_KEYS | {"the", "#ndate"} | _DAYNUM_STARTS,
        nz.h_date, veto.not_a_date,
    ),
    # "on the 8th": a day of the month the article is in, when nothing follows that it numbers
    Rule(
        "day_of_month",
        r"(?<=\bon\s)the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
        r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|at|in|when|after|before|but|to|as|until)\b)",
        {"st", "nd", "rd", "th"}, {"the"},
        nz.h_day_of_month,
    ),
    # the second day of "April 24 and 25": a day of the same month
    Rule(
        "date_next",
        rf"\b(?P<mon>{MON})\s+{DAYNUM}\s+(?:and|or)\s+(?P<span>(?P<day>{DAYNUM}))(?![\w%])"
        r"(?!,?\s*'?\d)(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|and|to|for|with|when|of|as)\b)",
        _MONTH_KEYS, _MON_STARTS,  # a month first
        nz.h_date_next, veto.lowercase_month,
    ),
    # ISO 8601, with the time of a timestamp: "2022-09-08T10:00:00Z", "2022-09-08 10:00"
    Rule(
        "iso_date",
        r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T\s](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
        rf"(?:Z|[+-][01]\d:?[0-5]\d|\s+(?:{TZ}|(?i:local\s+time)))?(?![\d:]))?(?![\dT])",
        _NUMERIC_KEYS, {"#year"},
        nz.h_numeric_date, flags=0,
    ),
    Rule(
        "slash_ymd", r"\b(?P<y>\d{4})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])",
        _NUMERIC_KEYS, {"#year"},
        nz.h_numeric_date, flags=0,
    ),
    # a timestamp with spaces, as some sites print it: "2009 04 25 08:50 JST"
    Rule(
        "spaced_timestamp",
        r"\b(?P<y>\d{4}) (?P<m>[01]?\d) (?P<d>[0-3]?\d) (?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)"
        rf"(?![\d:])(?:\s+{TZ})?",
        _NUMERIC_KEYS, {"#year"},
        nz.h_numeric_date, flags=0,
    ),
    Rule(
        "slash_mdy", r"(?<![\d/])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])",
        _NUMERIC_KEYS, {"#ndate"},
        nz.h_numeric_date, flags=0,
    ),
    # "08.09.2022": with dots, day first (European usage)
    Rule(
        "dotted_dmy",
        r"(?<![\d.vV])(?<![Vv]ersion\s)(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4})(?![\d]|\.\d)",
        _NUMERIC_KEYS, {"#clock"},
        nz.h_numeric_date, flags=0,
    ),
    # ---- months and years
    Rule(
        "month_year",
        rf"(?:(?P<pos>{POS})[-\s]+)?(?P<mon>{MON}),?\s+(?:of\s+)?"
        rf"(?P<year>{YEAR4}(?!\d)|'\d\d\b|this\s+year|last\s+year|next\s+year)",
        _MONTH_KEYS, _POS_STARTS | _MON_STARTS,
        nz.h_month_year, veto.lowercase_month,
    ),
    Rule(
        "spoken_year",
        r"\b(?:the\s+year\s+|the\s+(?P<s>spring|summer|fall|autumn|winter)\s+of\s+"
        rf"|(?P<mon>{MON})\s+)?(?P<sy>{SPOKEN})\b",
        {"nineteen", "eighteen", "thousand"}, None,
        nz.h_spoken_year,
    ),
    Rule(
        "month",
        rf"(?:(?P<pos>{POS})[-\s]+)?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|"
        rf"past)\s+)?(?P<mon>{MON})",
        _MONTH_KEYS, _POS_STARTS | {"this", "last", "next", "coming", "past"} | _MON_STARTS,
        nz.h_month, veto.not_a_month,
    ),
    Rule(
        "holiday",
        rf"\b(?P<hol>{trie(_HOLIDAYS)})(?:\s+(?P<per>week|weekend)(?!s))?(?:\s+(?P<y>{YEAR4}))?\b",
        _HOLIDAY_KEYS, _HOLIDAY_KEYS,
        nz.h_holiday, veto.lowercase_named_day,
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
        nz.h_quarter, veto.part_of_game,
    ),
    Rule(
        "quarter_code", rf"\b(?P<qn>Q[1-4])(?:\s+(?P<y>{YEAR4}))?\b",
        {"quarter", "q"}, {"q"},
        nz.h_quarter, flags=0,
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
    ),
    Rule(
        "half",
        r"\b(?:the\s+)?(?P<hn>first|second|last|latter)\s+(?:half|two\s+quarters(?=\s+of\s))"
        rf"(?:\s+of\s+(?:(?P<y>{YEAR4}|'\d\d\b)|"
        r"(?P<ry>this\s+year|last\s+year|next\s+year|the\s+year)))?\b",
        {"half", "quarters", "h"}, {"the", "first", "second", "last", "latter"},
        nz.h_half, veto.part_of_game,
    ),
    Rule(
        "half_code", rf"\b(?:H(?P<hc>[12])|(?P<hc2>[12])H)\s+(?P<y>{YEAR4})\b",
        {"half", "quarters", "h"}, {"h", "#num"},
        nz.h_half, flags=0,
    ),
    # ---- seasons, decades, centuries, years
    Rule(
        "season",
        rf"\b(?:(?P<the>the)\s+)?(?:(?P<pos>early|mid|late)[-\s]+)?(?:(?P<rel>this\s+past|"
        r"this\s+coming|this|last|next|past|coming)\s+)?(?P<s>spring|summer|fall|autumn|winter)"
        rf"(?:\s+(?:of\s+)?(?P<y>{YEAR4}))?\b",
        _SEASON_KEYS,
        {"the", "early", "mid", "late", "this", "last", "next", "past", "coming"} | _SEASON_KEYS,
        nz.h_season, veto.not_a_season,
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
        nz.h_decade, veto.year_possessive,
    ),
    Rule(
        "century",
        r"\b(?:the\s+)?(?:(?P<pos>early|mid|late)[-\s]+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)"
        rf"|(?P<w>{trie(k for k in lx.ORDINALS if lx.ORDINALS[k] > 0)}))[\s-]+century\b",
        {"century"}, None,
        nz.h_century,
    ),
    Rule(
        "year",
        rf"(?<![\w$.,/-])(?:(?P<pos>{POS})[-\s]+)?(?:(?:fiscal(?:\s+year)?|calendar(?:\s+year)?|"
        rf"FY|the\s+year|in\s+the\s+year)\s*)?(?P<y>\d{{4}})\b(?!'(?!s\b))",
        {"#year", "'#"}, _POS_STARTS | {"fiscal", "calendar", "fy", "the", "in", "#year"},
        nz.h_year, veto.not_a_year,
    ),
    Rule(
        "year_range_end", r"(?<=\d{4}[-–])(?P<y>\d{4})\b",
        {"#year", "'#"}, {"#year"},
        nz.h_year, veto.not_a_year_range, flags=0,
    ),
    Rule(
        "short_year", r"(?P<yy>'\d\d)\b(?!'|s\b)",
        {"#year", "'#"}, {"'#"},
        nz.h_year, veto.short_year_alone, flags=0,
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
        nz.h_relday, veto.media_title,
    ),
    Rule(
        "day_rel",
        r"\b(?:the\s+)?day\s+(?P<dir>before|after)\s+(?!yesterday|tomorrow)"
        rf"(?:(?P<rel>last|next|this)\s+)?(?P<dayexpr>(?:{WD_ABBR},?\s+)?{MON}\s+{DAYNUM}(?:,?\s+{YEAR4})?"
        rf"|{DAYNUM}\s+{MON}(?:,?\s+{YEAR4})?|{WD})\b",
        {"day"}, {"the", "day"},
        nz.h_day_rel,
    ),
    Rule(
        "daypart_rel",
        r"\b(?:(?P<pos>early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday)\s+"
        r"(?P<part>morning|afternoon|evening|night)\b",
        _PART_KEYS, {"early", "late", "earlier", "later", "this", "last", "tomorrow", "yesterday"},
        nz.h_daypart,
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
        nz.h_daypart,
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
        nz.h_weekday, veto.named_weekday,
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
        nz.h_relperiod, veto.not_a_period,
    ),
    Rule(
        "anaphor",
        r"\b(?:(?P<pos>earlier|later|early|late)\s+)?(?:(?:that(?:\s+same)?|the\s+same)\s+(?P<unit>day|"
        r"morning|night|evening|afternoon|week|month|year)"
        r"|the\s+(?P<rel>next|following|previous|preceding|prior)\s+(?P<unit2>day|morning|night|"
        r"evening|afternoon))\b",
        _PART_KEYS | {"day", "week", "month", "year"},
        {"earlier", "later", "early", "late", "that", "the"},
        nz.h_anaphor,
    ),
    Rule(
        "ago",
        rf"\b(?:(?P<q>{QMOD})\s+)?(?P<num>{NUM})[\s-]+(?:more\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?"
        r"\s+(?P<dir>ago|earlier|later|from\s+now|hence|back)\b",
        {"ago", "earlier", "later", "now", "hence", "back"}, _QMOD_STARTS | _NUM_STARTS,
        nz.h_ago,
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
        nz.h_duration, veto.not_a_duration,
    ),
    Rule(
        "vague_span",
        r"\b(?!recent\s+years)(?P<w>recent|coming|the\s+coming)\s+(?P<unit>years|months|weeks|days|"
        r"decades|quarters|hours)\b",
        _UNIT_KEYS, {"recent", "coming", "the"},
        nz.h_vague_span,
    ),
    Rule(
        "year_end",
        r"\b(?:(?P<since>since)\s+)?(?:the\s+)?(?P<span>year[-\s]end|year's\s+end)\b",
        {"end"}, {"since", "the", "year"},
        nz.h_year_end,
    ),
    Rule(
        "the_unit",
        rf"(?:\b(?P<pos>{POS})[-\s]+(?:in\s+)?)?\bthe\s+(?P<w>full\s+|entire\s+|whole\s+)?"
        r"(?P<unit>year|weekend|fiscal\s+year|month|week)\b(?![-'])",
        {"year", "weekend", "month", "week"}, _POS_STARTS | {"the"},
        nz.h_the_unit, veto.unit_alone,
    ),
    Rule(
        "bare_units",
        r"\b(?:for|within|after|over|about)\s+(?P<span>(?P<unit>years|months|weeks|days|decades|"
        r"hours|centuries))\b",
        _UNIT_KEYS, {"for", "within", "after", "over", "about"},
        nz.h_bare_units,
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
        nz.h_bare_units,
    ),
    # ---- references and recurrences
    Rule(
        "reference", r"\b(?:" + alt(lx.REFERENCES) + r")\b",
        _REF_KEYS, {w.split()[0] for w in lx.REFERENCES},
        nz.h_reference, veto.not_a_reference,
    ),
    Rule(
        "frequency", rf"\b(?P<f>{trie(lx.FREQUENCIES)})\b",
        _FREQ_KEYS | _UNIT_KEYS | _WD_KEYS, {w.split()[0] for w in lx.FREQUENCIES},
        nz.h_set, veto.not_a_recurrence,
    ),
    Rule(
        "every",
        r"\b(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>\d+|two|three|four|five|six|"
        r"few)\s+)?(?P<unit>" + WD + r"|day|week|month|year|quarter|hour|minute|morning|night|"
        r"evening|afternoon|weekend|summer|winter|spring|autumn|"
        r"January|February|March|April|May|June|July|August|September|October|November|"
        r"December)s?\b",
        _FREQ_KEYS | _UNIT_KEYS | _WD_KEYS, {"every", "each"},
        nz.h_set,
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
