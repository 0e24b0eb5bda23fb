"""German words of the date resolver and what they normalize to: data, not code.

Month and weekday names are CLDR's (``lang.cldr``, from dateparser's data), the Austrian and
South Tyrolean "Jänner" and "Feber" with them; the other tables are written here, each
inflected form of a word listed (German declines its adjectives: "letzten Donnerstag",
"letzte Woche", "im letzten Jahr", "letztes Jahr").
"""

from __future__ import annotations

from timeline.dates import arithmetic as ar
from timeline.dates.lang.cldr import month_names, weekday_names

# Month names -> month number: full names and abbreviations (those written with a dot in
# running text, "Jan.", "Okt."), "Jänner" and "Feber" of Austria and South Tyrol.
_CLDR_MONTHS = month_names("de", ("de-AT", "de-IT"))
FULL_MONTHS: dict[str, int] = {name: n for name, n in _CLDR_MONTHS.items()
                               if len(name) >= 4 and name not in ("sept", "mrz") or name == "mai"}
MONTH_ABBREVIATIONS: dict[str, int] = {
    **{name: n for name, n in _CLDR_MONTHS.items() if name not in FULL_MONTHS and name != "mrz"},
    "febr": 2,
}
MONTHS: dict[str, int] = {**FULL_MONTHS, **{name + ".": n for name, n in MONTH_ABBREVIATIONS.items()}}

# Weekdays -> ISO weekday: CLDR's full names, and "Sonnabend" (Saturday in the north). The
# two-letter forms ("Mo", "Di") are words of their own ("so", "die"): only before a date.
WEEKDAYS: dict[str, int] = {
    **{name: n for name, n in weekday_names("de").items() if len(name) > 3},
    "sonnabend": 6,
}
WEEKDAYS_BEFORE_DATE: dict[str, int] = {
    name: n for name, n in weekday_names("de").items() if len(name) == 2
}
# "montags", "sonntags": every Monday, every Sunday.
WEEKDAY_ADVERBS: dict[str, int] = {name + "s": n for name, n in WEEKDAYS.items()}

# Parts of the day -> TIMEX3 code. A weekday or "gestern" joins them in one word
# ("Dienstagabend", "gesternabend" is rare: "gestern Abend").
DAY_PARTS: dict[str, str] = {
    "morgen": "MO", "früh": "MO", "frühe": "MO", "vormittag": "MO", "mittag": "MI",
    "nachmittag": "AF", "abend": "EV", "nacht": "NI", "morgenstunden": "MO",
    "abendstunden": "EV", "nachtstunden": "NI", "mittagszeit": "MI",
}
# adverbs of a part of the day ("um 8 Uhr abends"): which half of the clock
DAY_PART_ADVERBS: dict[str, str] = {
    "morgens": "MO", "vormittags": "MO", "mittags": "MI", "nachmittags": "AF", "abends": "EV",
    "nachts": "NI",
}

SEASONS: dict[str, str] = {
    "frühling": "SP", "frühjahr": "SP", "frühlings": "SP", "frühjahrs": "SP", "sommer": "SU",
    "sommers": "SU", "herbst": "FA", "herbstes": "FA", "herbsts": "FA", "winter": "WI", "winters": "WI",
}

# Units of a duration -> (TIMEX3 letter, is a time unit, multiplier), every case and number.
_UNIT_FORMS: dict[tuple[str, bool, int], tuple[str, ...]] = {
    ("S", True, 1): ("sekunde", "sekunden"),
    ("M", True, 1): ("minute", "minuten"),
    ("H", True, 1): ("stunde", "stunden"),
    ("D", False, 1): ("tag", "tage", "tagen", "tages", "tags"),
    ("W", False, 1): ("woche", "wochen"),
    ("WE", False, 1): ("wochenende", "wochenenden", "wochenendes"),
    ("M", False, 1): ("monat", "monate", "monaten", "monats"),
    ("Q", False, 1): ("quartal", "quartale", "quartalen", "quartals"),
    ("Y", False, 1): ("jahr", "jahre", "jahren", "jahres", "jahrs"),
    ("Y", False, 10): ("jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrzehnts", "jahrzehntes"),
    ("Y", False, 100): ("jahrhundert", "jahrhunderte", "jahrhunderten", "jahrhunderts"),
}
UNITS: dict[str, tuple[str, bool, int]] = {
    form: unit for unit, forms in _UNIT_FORMS.items() for form in forms}
# the singular forms, as a period is named ("letzte Woche", "im vergangenen Jahr")
PERIODS: dict[str, str] = {
    **dict.fromkeys(("tag", "tages"), ar.DAY),
    **dict.fromkeys(("woche",), ar.WEEK),
    **dict.fromkeys(("wochenende", "wochenendes"), ar.WEEKEND),
    **dict.fromkeys(("monat", "monats"), ar.MONTH),
    **dict.fromkeys(("quartal", "quartals"), ar.QUARTER),
    **dict.fromkeys(("halbjahr", "halbjahres", "halbjahrs"), ar.HALF),
    **dict.fromkeys(("jahr", "jahres", "jahrs"), ar.YEAR),
    **dict.fromkeys(("geschäftsjahr", "geschäftsjahres", "geschäftsjahrs"), ar.FISCAL_YEAR),
    **dict.fromkeys(("jahrzehnt", "jahrzehnts", "jahrzehntes"), ar.DECADE),
    **dict.fromkeys(("jahrhundert", "jahrhunderts"), ar.CENTURY),
}


def _declined(stem: str) -> tuple[str, ...]:
    """An adjective's forms: "letzt" -> letzte, letzten, letzter, letztes, letztem."""
    return tuple(stem + ending for ending in ("e", "en", "er", "es", "em"))


# Relation words -> relation. "vorig" and "vergangen" name the one before the anchor, as
# "letzt" does; "folgend" and "darauffolgend" the one after the text's last date.
RELATIONS: dict[str, str] = {
    **dict.fromkeys(_declined("letzt"), ar.LAST),
    **dict.fromkeys(_declined("vergangen"), ar.LAST),
    **dict.fromkeys(_declined("vorig"), ar.LAST),
    **dict.fromkeys(_declined("nächst"), ar.NEXT),
    **dict.fromkeys(_declined("kommend"), ar.COMING),
    **dict.fromkeys(_declined("bevorstehend"), ar.COMING),
    **dict.fromkeys(_declined("dies"), ar.THIS),
    **dict.fromkeys(_declined("laufend"), ar.CURRENT),
    **dict.fromkeys(_declined("aktuell"), ar.CURRENT),
    **dict.fromkeys(_declined("folgend"), ar.FOLLOWING),
    **dict.fromkeys(_declined("darauffolgend"), ar.FOLLOWING),
    **dict.fromkeys(_declined("selb"), ar.SAME),
    **dict.fromkeys(_declined("gleich"), ar.SAME),
    **dict.fromkeys(_declined("vorangegangen"), ar.PREVIOUS),
    **dict.fromkeys(_declined("vorhergehend"), ar.PREVIOUS),
}

# Position words before a period -> TIMEX3 mod ("Anfang Mai", "Mitte des Jahres", "Ende 2021").
POSITIONS: dict[str, str] = {
    "anfang": "START", "beginn": "START", "zu beginn": "START", "zum beginn": "START",
    "früh": "START", "frühen": "START", "mitte": "MID", "ende": "END", "zum ende": "END",
    "gegen ende": "END", "spät": "END", "späten": "END", "im laufe": "", "erste hälfte": "START",
    "ersten hälfte": "START", "zweite hälfte": "END", "zweiten hälfte": "END",
}

# Quantity modifiers before a duration -> TIMEX3 mod.
QUANTITY_MODS: dict[str, str] = {
    "etwa": "APPROX", "rund": "APPROX", "ungefähr": "APPROX", "circa": "APPROX", "ca.": "APPROX",
    "gut": "APPROX", "knapp": "LESS_THAN", "fast": "LESS_THAN", "beinahe": "LESS_THAN",
    "weniger als": "LESS_THAN", "mehr als": "MORE_THAN", "über": "MORE_THAN",
    "mindestens": "EQUAL_OR_MORE", "wenigstens": "EQUAL_OR_MORE", "höchstens": "EQUAL_OR_LESS",
    "bis zu": "EQUAL_OR_LESS",
}

# Cardinal number words (every form of "ein"), 1 to 99 with their compounds ("einundzwanzig").
_ONES = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
         "achtzig": 80, "neunzig": 90}
NUMBERS: dict[str, int] = {
    "eins": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
    **{w: n for w, n in _ONES.items() if w != "ein"},
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, **_TENS,
    **{one + "und" + ten: n + t for one, n in _ONES.items() for ten, t in _TENS.items()},
    "hundert": 100, "einhundert": 100, "tausend": 1000, "eintausend": 1000,
    "beide": 2, "beiden": 2, "zwei dutzend": 24, "dutzend": 12, "halbe": 0.5, "halben": 0.5,
    "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,
}
# The number is unknown (X in TIMEX3): "einige Tage", "mehrere Wochen", "viele Jahre".
VAGUE_NUMBERS = ("einige", "einigen", "mehrere", "mehreren", "wenige", "wenigen", "viele", "vielen",
                 "ein paar", "etliche", "etlichen", "zahlreiche", "zahlreichen", "lange", "langen")

# Ordinals -> number, every inflected form ("im dritten Quartal", "die ersten drei Monate").
_ORDINAL_STEMS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
                  "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12, "zwanzigst": 20,
                  "einundzwanzigst": 21}
ORDINALS: dict[str, int] = {
    **{form: n for stem, n in _ORDINAL_STEMS.items() for form in _declined(stem)},
    **dict.fromkeys(_declined("letzt"), -1),
}

# Days named from the anchor -> days from it.
RELATIVE_DAYS: dict[str, int] = {
    "vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2,
    # their adjectives: "am gestrigen Montag", "der heutige Tag", "am morgigen Sonntag"
    **dict.fromkeys(_declined("vorgestrig"), -2), **dict.fromkeys(_declined("gestrig"), -1),
    **dict.fromkeys(_declined("heutig"), 0), **dict.fromkeys(_declined("morgig"), 1),
}

# Direction words -> (sign, counted from the text's last date): "vor drei Jahren" (ago), "in
# zwei Wochen" (from now), "drei Tage später", "zwei Jahre zuvor".
DIRECTIONS: dict[str, tuple[int, bool]] = {
    "vor": (-1, False), "in": (1, False), "binnen": (1, False),
    "später": (1, True), "danach": (1, True), "darauf": (1, True), "nach": (1, True),
    "zuvor": (-1, True), "davor": (-1, True), "früher": (-1, True), "vorher": (-1, True),
}

# A year named by its distance from the anchor's, after a month or date ("im Mai nächsten
# Jahres", "Juli dieses Jahres", "am 3. März vergangenen Jahres").
YEAR_OFFSETS: dict[str, int] = {
    "heuer": 0,  # Austria and South Tyrol: this year
    **dict.fromkeys(("dieses jahres", "diesen jahres", "laufenden jahres", "des laufenden jahres"), 0),
    **dict.fromkeys(("letzten jahres", "vergangenen jahres", "vorigen jahres", "des vorjahres",
                     "vorjahres"), -1),
    **dict.fromkeys(("nächsten jahres", "kommenden jahres", "des kommenden jahres",
                     "des nächsten jahres"), 1),
}

CLOCK_WORDS: dict[str, str] = {"mitternacht": "T24:00", "mittag": "T12:00"}

# Reference words -> TIMEX3 value.
REFERENCES: dict[str, str] = {
    "jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF",
    "zur zeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF", "momentan": "PRESENT_REF",
    "heutzutage": "PRESENT_REF",
    "damals": "PAST_REF", "kürzlich": "PAST_REF", "vor kurzem": "PAST_REF", "unlängst": "PAST_REF",
    "jüngst": "PAST_REF", "neulich": "PAST_REF",
    "in der vergangenheit": "PAST_REF", "einst": "PAST_REF",
    "bald": "FUTURE_REF", "demnächst": "FUTURE_REF", "künftig": "FUTURE_REF", "zukünftig": "FUTURE_REF",
    "in zukunft": "FUTURE_REF", "in kürze": "FUTURE_REF", "in naher zukunft": "FUTURE_REF",
}

# Recurrences -> TIMEX3 SET value.
FREQUENCIES: dict[str, str] = {
    "täglich": "P1D", "tägliche": "P1D", "täglichen": "P1D", "wöchentlich": "P1W",
    "wöchentliche": "P1W", "wöchentlichen": "P1W", "monatlich": "P1M", "monatliche": "P1M",
    "monatlichen": "P1M", "jährlich": "P1Y", "jährliche": "P1Y", "jährlichen": "P1Y",
    "stündlich": "PT1H", "alljährlich": "P1Y", "vierteljährlich": "P3M", "halbjährlich": "P6M",
    "jeden tag": "P1D", "jede woche": "P1W", "jeden monat": "P1M", "jedes jahr": "P1Y",
    "pro tag": "P1D", "pro woche": "P1W", "pro monat": "P1M", "pro jahr": "P1Y",
}

# Holidays with a fixed date -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "neujahr": (1, 1), "neujahrstag": (1, 1), "dreikönigstag": (1, 6), "heilige drei könige": (1, 6),
    "valentinstag": (2, 14), "tag der arbeit": (5, 1), "mariä himmelfahrt": (8, 15),
    "maria himmelfahrt": (8, 15), "tag der deutschen einheit": (10, 3), "reformationstag": (10, 31),
    "allerheiligen": (11, 1), "allerseelen": (11, 2), "nikolaus": (12, 6), "nikolaustag": (12, 6),
    "heiligabend": (12, 24), "heiliger abend": (12, 24), "heiligen abend": (12, 24),
    "weihnachten": (12, 25), "weihnachtstag": (12, 25), "erster weihnachtstag": (12, 25),
    "ersten weihnachtstag": (12, 25), "zweiter weihnachtstag": (12, 26),
    "zweiten weihnachtstag": (12, 26), "stefanitag": (12, 26), "stephanstag": (12, 26),
    "silvester": (12, 31), "nationalfeiertag": (10, 26),
}
# Holidays on the n-th weekday of a month -> (month, ISO weekday, n).
FLOATING_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "muttertag": (5, 7, 2), "vatertag": (6, 7, 3),
}
# Days named after Easter -> (feast, days after it).
NAMED_DAYS: dict[str, tuple[str, int]] = {
    "ostern": ("easter", 0), "ostersonntag": ("easter", 0), "ostermontag": ("easter", 1),
    "karfreitag": ("easter", -2), "karsamstag": ("easter", -1), "gründonnerstag": ("easter", -3),
    "palmsonntag": ("easter", -7), "aschermittwoch": ("easter", -46), "rosenmontag": ("easter", -48),
    "faschingsdienstag": ("easter", -47), "christi himmelfahrt": ("easter", 39),
    "pfingsten": ("easter", 49), "pfingstsonntag": ("easter", 49), "pfingstmontag": ("easter", 50),
    "fronleichnam": ("easter", 60),
}

# Decades in words: "die achtziger Jahre", "in den Neunzigern".
DECADE_WORDS: dict[str, int] = {
    "zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6, "siebziger": 7,
    "achtziger": 8, "neunziger": 9,
}

# Tense cues: words that make a date named without its year point forward or back.
FUTURE_CUES = (
    "wird", "werden", "wirst", "werde", "soll", "sollen", "sollte", "sollten", "will", "wollen",
    "plant", "planen", "geplant", "vorgesehen", "voraussichtlich", "demnächst", "künftig",
    "erwartet", "angesetzt", "anberaumt", "bevorstehend", "bevorstehenden", "kommenden", "kommende",
    "nächsten", "nächste", "nächster", "nächstes", "ab", "frühestens", "spätestens",
    # a law or rule coming into force: present tense, future meaning ("tritt im Januar in Kraft")
    "tritt", "treten", "gilt", "gelten",
)
# Present tense of scheduling verbs: with a bare weekday they point forward ("Am Montag
# beginnt der Prozess").
SCHEDULE_CUES = (
    "beginnt", "beginnen", "startet", "starten", "findet", "finden", "trifft", "treffen", "tagt",
    "tagen", "öffnet", "schließt", "endet", "enden", "läuft", "eröffnet", "reist", "besucht",
    "spielt", "spielen", "kommt", "kommen", "stimmt", "entscheidet", "verhandelt", "berät",
    "steht",
)
# Reporting verbs date the report: they count only right next to the expression.
REPORT_CUES = (
    "sagte", "sagten", "erklärte", "erklärten", "teilte", "teilten", "berichtete", "berichteten",
    "bestätigte", "bestätigten", "meldete", "meldeten", "kündigte", "kündigten", "betonte",
    "gab", "hieß", "laut", "zufolge", "mitgeteilt", "bekanntgegeben", "gesagt", "erklärt",
)
PAST_CUES = (
    "war", "waren", "hatte", "hatten", "wurde", "wurden", "hat", "haben", "ist", "sind",
    "gestern", "vorgestern", "vergangenen", "vergangene", "letzten", "letzte", "zuvor", "bereits",
    "schon", "damals", "seit", "kam", "kamen", "ging", "gingen", "fand", "fanden", "traf", "trafen",
    "starb", "starben", "begann", "begannen", "stand", "standen", "lag", "lagen", "fiel", "fielen",
    "stieg", "stiegen", "gewann", "verlor", "nahm", "nahmen", "brachte", "brachten", "wurde",
    "ereignete", "passierte", "geschah", "kehrte", "reiste", "besuchte", "eröffnete", "endete",
    "verstarb", "beschloss", "beschlossen", "entschied", "verhaftet", "festgenommen",
)
