"""English words of the date resolver and their normalizations: data, not code.

Organized the way HeidelTime organizes its resources: each table maps surface forms
(lower case) to a normalized TIMEX3 fragment; the patterns of this pack (``patterns``,
``rules``) are built from the keys of these tables, the normalizations read the values.
"""

from __future__ import annotations

from timeline.dates import arithmetic as ar

# Month names -> month number. Full names, abbreviations with and without a dot.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "jan.": 1,
    "february": 2, "feb": 2, "feb.": 2,
    "march": 3, "mar.": 3,
    "april": 4, "apr": 4, "apr.": 4,
    "may": 5,
    "june": 6, "jun": 6, "jun.": 6,
    "july": 7, "jul": 7, "jul.": 7,
    "august": 8, "aug": 8, "aug.": 8,
    "september": 9, "sept": 9, "sept.": 9, "sep": 9, "sep.": 9,
    "october": 10, "oct": 10, "oct.": 10,
    "november": 11, "nov": 11, "nov.": 11,
    "december": 12, "dec": 12, "dec.": 12,
}

# Month names that are also common English words: alone (no day, no year) they are
# dates only after a cue such as "in", "since", "last", "early".
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar.", "jan", "jun", "jul", "aug", "oct", "dec",
                              "sep", "apr", "feb", "nov"})

# Weekdays -> ISO weekday number (Monday = 1).
WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon.": 1,
    "tuesday": 2, "tues.": 2, "tue.": 2,
    "wednesday": 3, "wed.": 3,
    "thursday": 4, "thurs.": 4, "thu.": 4,
    "friday": 5, "fri.": 5,
    "saturday": 6, "sat.": 6,
    "sunday": 7, "sun.": 7,
}
# Weekday abbreviations without a dot: only in front of a date ("Thu, 08 Sep 2022"), where
# "Sun" and "Wed" cannot be the newspaper or the verb.
WEEKDAYS_BEFORE_DATE: dict[str, int] = {
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5,
    "sat": 6, "sun": 7,
}

# Seasons -> TIMEX3 season code.
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

# Parts of the day -> TIMEX3 part-of-day code.
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "midday": "MI",
}

# Units -> (TIMEX3 duration letter, is a time unit (PT...), multiplier).
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "seconds": ("S", True, 1), "sec": ("S", True, 1),
    "minute": ("M", True, 1), "minutes": ("M", True, 1), "min": ("M", True, 1),
    "hour": ("H", True, 1), "hours": ("H", True, 1), "hr": ("H", True, 1),
    "day": ("D", False, 1), "days": ("D", False, 1),
    "week": ("W", False, 1), "weeks": ("W", False, 1),
    "weekend": ("WE", False, 1), "weekends": ("WE", False, 1),
    "fortnight": ("W", False, 2), "fortnights": ("W", False, 2),
    "month": ("M", False, 1), "months": ("M", False, 1),
    "quarter": ("Q", False, 1), "quarters": ("Q", False, 1),
    "year": ("Y", False, 1), "years": ("Y", False, 1),
    "decade": ("Y", False, 10), "decades": ("Y", False, 10),
    "century": ("Y", False, 100), "centuries": ("Y", False, 100),
    "millennium": ("Y", False, 1000), "millennia": ("Y", False, 1000),
}

# Relation words -> the relation they name (``timeline.dates.arithmetic``).
RELATIONS: dict[str, str] = {
    "last": ar.LAST, "past": ar.PAST, "this past": ar.JUST_PAST, "previous": ar.PREVIOUS,
    "preceding": ar.PREVIOUS, "prior": ar.PREVIOUS, "the previous": ar.PREVIOUS,
    "the preceding": ar.PREVIOUS, "next": ar.NEXT, "coming": ar.COMING, "upcoming": ar.COMING,
    "this coming": ar.JUST_COMING, "following": ar.FOLLOWING, "the following": ar.FOLLOWING,
    "this": ar.THIS, "current": ar.CURRENT, "same": ar.SAME, "that": ar.SAME,
}

# Period words -> the period they name.
PERIODS: dict[str, str] = {
    "day": ar.DAY, "week": ar.WEEK, "weekend": ar.WEEKEND, "month": ar.MONTH, "quarter": ar.QUARTER,
    "half": ar.HALF, "year": ar.YEAR, "fiscal year": ar.FISCAL_YEAR, "decade": ar.DECADE,
    "century": ar.CENTURY,
}

# Days named from the anchor -> days from it.
RELATIVE_DAYS: dict[str, int] = {
    "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}

# Direction words -> (sign, counted from the text's last date rather than the anchor).
DIRECTIONS: dict[str, tuple[int, bool]] = {
    "ago": (-1, False), "back": (-1, False), "from now": (1, False), "hence": (1, False),
    "earlier": (-1, True), "later": (1, True), "before": (-1, True), "after": (1, True),
}

# A year named by its distance from the anchor's ("March 5 next year", "June this year").
YEAR_OFFSETS: dict[str, int] = {
    "this year": 0, "the year": 0, "this": 0, "last year": -1, "last": -1, "next year": 1, "next": 1,
}

# Clock words -> their TIMEX3 time.
CLOCK_WORDS: dict[str, str] = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}

# Cardinal number words.
NUMBERS: dict[str, int] = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "one hundred": 100, "a thousand": 1000, "thousand": 1000,
    "a dozen": 12, "dozen": 12, "half a dozen": 6, "a couple of": 2, "a couple": 2,
    "couple of": 2, "a pair of": 2, "both": 2,
}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

# Vague quantities: the number is unknown (X in TIMEX3).
VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "a number of", "numerous",
                 "a couple of", "the next few", "a handful of")

# Ordinals -> number.
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31, "last": -1, "final": -1,
}

# Decade words: "the nineties", "the eighties".
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}

# Position modifiers in front of a period -> TIMEX3 mod.
POSITION_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "beginning of": "START", "start of": "START", "the first part of": "START",
    "mid": "MID", "mid-": "MID", "middle": "MID", "the middle of": "MID", "the mid": "MID",
    "late": "END", "later": "END", "the end of": "END", "end of": "END", "the close of": "END",
    "the last part of": "END", "the latter part of": "END", "the second half of": "END",
    "the first half of": "START", "the last half of": "END", "the latter half of": "END",
}

# Quantity modifiers in front of a duration or point -> TIMEX3 mod.
QUANT_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "just under": "LESS_THAN",
    "more than": "MORE_THAN", "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "as many as": "EQUAL_OR_LESS", "as much as": "EQUAL_OR_LESS",
    # "only", "just", "barely", "over" (also a preposition) stay outside the span
}

# Holidays with a fixed date: name -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
    "christmas eve": (12, 24), "christmas": (12, 25), "valentine's day": (2, 14),
    "independence day": (7, 4), "halloween": (10, 31), "veterans day": (11, 11),
    "bastille day": (7, 14), "boxing day": (12, 26), "fourth of july": (7, 4), "july fourth": (7, 4),
}
# Holidays on the n-th weekday of a month: name -> (month, iso weekday, n; -1 = last).
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4),
    "labor day": (9, 1, 1), "memorial day": (5, 1, -1), "mother's day": (5, 7, 2),
    "father's day": (6, 7, 3), "martin luther king day": (1, 1, 3),
    "election day": (11, 2, 1),
}

# Days named after a movable feast: name -> (feast, days after it). Written capitalized only:
# "a good Friday for stocks" is no Good Friday.
NAMED_DAYS: dict[str, tuple[str, int]] = {
    "good friday": ("easter", -2), "holy saturday": ("easter", -1), "palm sunday": ("easter", -7),
    "maundy thursday": ("easter", -3), "ash wednesday": ("easter", -46),
    "shrove tuesday": ("easter", -47), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "black friday": ("thanksgiving", 1), "cyber monday": ("thanksgiving", 4),
}

# Reference words -> TIMEX3 value.
REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "at this time": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "formerly": "PAST_REF", "lately": "PAST_REF",
    "past years": "PAST_REF", "years ago": "PAST_REF", "recent years": "PAST_REF",
    "the future": "FUTURE_REF",
    "soon": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "the near future": "FUTURE_REF", "a later date": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
}
# Words in front of a plural unit that make a vague duration ("recent months" = PXM).
VAGUE_SPAN_WORDS = ("recent", "coming", "the coming", "past", "the past few", "the last few",
                    "the next few", "in recent")

# Frequency words -> (TIMEX3 SET value).
FREQUENCIES: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
    "quarterly": "P3M", "biannually": "P6M", "semiannually": "P6M", "every day": "P1D", "every week": "P1W",
    "every month": "P1M", "every year": "P1Y", "each day": "P1D", "each week": "P1W",
    "each month": "P1M", "each year": "P1Y", "every night": "P1D", "every morning": "P1D",
    "every hour": "PT1H", "every quarter": "P3M", "every decade": "P10Y",
    "a day": "P1D", "a week": "P1W", "a month": "P1M", "a year": "P1Y", "per day": "P1D",
    "per week": "P1W", "per month": "P1M", "per year": "P1Y", "per annum": "P1Y",
    "a quarter": "P3M", "an hour": "PT1H", "per hour": "PT1H",
}

# Time zones that may follow a clock time (kept in the span, ignored in the value).
TIME_ZONES = ("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST",
              "CET", "CEST", "ET", "PT", "local time", "Eastern time", "Eastern",
              "Pacific time", "Washington time", "New York time", "UK time", "London time", "JST",
              "IST", "HKT", "SGT", "AEST", "AEDT", "CT", "MT", "SAST", "CAT", "EAT", "WAT", "MSK",
              "EET", "PKT", "KST")

# Tense cues: words that make a bare weekday, month or date point forward or backward.
FUTURE_CUES = (
    "will", "'ll", "won't", "shall", "is expected to", "are expected to", "expected to",
    "is scheduled", "are scheduled", "scheduled", "is due", "are due", "due to", "plans to",
    "plan to", "planned", "planning", "is to", "are to", "going to", "next", "upcoming",
    "coming", "starting", "intends to", "would", "set to", "is set", "are set", "aims to",
    "hopes to", "expects", "expect", "to be held", "to take effect", "effective", "deadline",
    "as soon as", "as early as", "until", "planned to", "planning to", "will be", "could come",
    "expected", "payable", "slated", "due", "scheduled for", "planned", "plans", "planning",
    "in time for", "no later than", "may", "might", "expiring", "maturing",
    # a rule or law starting: present tense, future meaning ("the law takes effect in January")
    "takes effect", "take effect", "comes into force", "come into force", "enters into force",
    "goes into effect", "beginning", "yet to",
    "is forecast to", "are forecast to", "is projected to",
    "are projected to", "is poised to", "are poised to",

)
# Present tense of scheduling verbs: with a bare weekday they point forward
# ("the talks open Monday"); not used for months, where "the year ends Aug. 26" is past.
SCHEDULE_CUES = (
    "opens", "open", "begins", "begin", "starts", "meets", "meet", "holds", "visits", "arrives",
    "arrive", "leaves", "ends", "resumes", "resume", "returns", "travels", "heads", "expires",
    "takes effect", "goes", "faces", "face", "runs", "run", "lasts", "continues", "takes place",
    "plays", "play", "kicks off", "go", "reopens", "reopen", "closes", "approaches",
    # (not "is"/"are": "the conference, which began Monday, is seen as ..." reads as past)
)
# Reporting verbs date the report, not the event: they count only right next to the
# expression ("said Friday", "announced on Tuesday").
REPORT_CUES = ("said", "says", "told", "announced", "reported", "added", "stated", "confirmed",
               "declared", "according to")
PAST_CUES = (
    "was", "were", "had", "did", "ago",
    "last", "earlier", "previous", "former", "has been", "have been", "signed", "died",
    "killed", "began", "came", "went", "took", "made", "met", "rose", "fell", "closed",
    "won", "lost", "held", "left", "gave", "got", "found", "saw", "became", "since",
    # irregular past forms (regular ones are caught as lower-case "-ed" words)
    "brought", "bought", "sold", "paid", "spent", "led", "fled", "struck", "sought", "thought",
    "caught", "built", "sent", "spoke", "wrote", "broke", "chose", "drove", "fought", "flew",
    "grew", "knew", "threw", "ran", "stood", "heard", "felt", "kept", "meant", "dealt", "laid",
    "shot", "stuck", "swung", "withdrew", "arose", "bore", "drank", "forgot", "rode", "sang",
    "sank", "shook", "stole", "swore", "tore", "wore", "woke", "froze", "hid", "slid", "fell",
    "overcame", "undertook", "overtook", "sat", "taught", "oversaw", "underwent",
)
