"""The German date rules: one record each, in priority order (an earlier rule wins a tie
between spans of the same length), with the key tokens that trigger it, the tokens a match
can begin with, its veto, its normalization (the shared ones, ``normalize.NZ``) and its
examples and non-examples, written for the rule.

A German day number carries its ordinal dot ("am 31. August"); a clock time its "Uhr"
("um 20.30 Uhr"); adjectives are declined ("letzten Donnerstag", "letzte Woche", "im letzten
Jahr"), and a weekday takes its part of the day into one word ("Dienstagabend").
"""

from __future__ import annotations

import re
from datetime import date

from timeline.dates.lang import numeric
from timeline.dates.lang.de import vetoes
from timeline.dates.lang.de import vocabulary as lx
from timeline.dates.lang.de.cues import CUES
from timeline.dates.lang.de.normalize import NZ
from timeline.dates.lang.de.patterns import (
    CLOCK,
    CLOCK_BARE,
    CLOCK_PART,
    DATE,
    DAY,
    DAYEXPR,
    MON,
    NUM,
    NW,
    PART,
    QMOD,
    REL,
    SEASON,
    UNIT,
    WD,
    YEAR4,
    YEAR_OFFSET,
)
from timeline.dates.patterns import alt, trie
from timeline.dates.records import DatePack, Example, Rule

# ---- key and start tokens
_DIGIT = {"#year", "#clock", "#ndate", "#dec", "#num"}
_MONTH_KEYS = {w.rstrip(".") for w in lx.MONTHS}
_WD_KEYS = set(lx.WEEKDAYS)
_WD_SHORT = set(lx.WEEKDAYS_BEFORE_DATE)
_REL_KEYS = set(lx.RELATIONS)
_UNIT_KEYS = set(lx.UNITS)
_PERIOD_KEYS = set(lx.PERIODS)
_SEASON_KEYS = set(lx.SEASONS)
_PART_KEYS = set(lx.DAY_PARTS)
_POS_M = r"(?:zu\s+Beginn|Beginn|Anfang|Mitte|gegen\s+Ende|Ende)"
_POS_M_STARTS = {"zu", "beginn", "anfang", "mitte", "gegen", "ende"}
_POS = rf"(?:{_POS_M}|im\s+Laufe|zum\s+Ende)"
_POS_STARTS = _POS_M_STARTS | {"im", "zum"}
_ARTICLES = {"der", "die", "das", "den", "dem", "des"}
_QMOD_STARTS = {w.split()[0].rstrip(".") for w in lx.QUANTITY_MODS}
_NUM_STARTS = {w.split()[0] for w in lx.NUMBERS} | {w.split()[0] for w in lx.VAGUE_NUMBERS} | _DIGIT
_DAY_WORDS = {"vorgestern", "gestern", "heute", "morgen", "übermorgen"}
_TIME_KEYS = {"uhr", "#clock", "mitternacht"}
# a weekday and its part of the day in one word: "dienstagabend", "sonntagmorgen"
_COMPOUND_PARTS = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh")
_WD_PREFIXES = {wd + "*" for wd in lx.WEEKDAYS}
_HOLIDAYS = list(lx.FIXED_HOLIDAYS) + list(lx.FLOATING_HOLIDAYS) + list(lx.NAMED_DAYS)
_HOLIDAY_KEYS = {h.split()[0] for h in _HOLIDAYS}
_ANAPHOR_BEFORE = {"vortag", "vortages", "vorabend", "vorabends", "vorwoche", "vormonat", "vormonats",
                   "vorjahr", "vorjahres", "vorjahrs"}
_DECADE_COMPOUNDS = {w + tail for w in lx.DECADE_WORDS for tail in ("jahre", "jahren", "jahrzehnt", "n")}
_LONG = {u + "lang" + e for u in ("jahre", "jahrzehnte", "monate", "wochen", "tage", "stunden", "minuten")
         for e in ("", "e", "en", "er", "es", "em")}
_FREQ_KEYS = {w.split()[-1] for w in lx.FREQUENCIES} | {w.split()[0] for w in lx.FREQUENCIES}
_REF_KEYS = {w.split()[0] for w in lx.REFERENCES} | {w.split()[-1] for w in lx.REFERENCES}

_WD_COMPOUND = rf"(?P<wd>{WD})\s?(?P<part>{trie(_COMPOUND_PARTS)}){NW}"
# relations that count from the text's last date or name the one after it
_ANAPHORIC = {k for k, v in lx.RELATIONS.items() if v in ("next", "following", "same", "previous")}

RULES: tuple[Rule, ...] = (
    # ---- clock times
    Rule(
        "day_time",
        rf"(?P<dayexpr>{DAYEXPR}),?\s+(?:um\s+|ab\s+|gegen\s+|bis\s+)?(?:{CLOCK_PART}|{CLOCK})",
        _TIME_KEYS, {"am", "an", "#num"} | _DAY_WORDS | _WD_KEYS | _WD_SHORT,
        NZ.time,
        examples=(
            Example("Die Sitzung beginnt am Montag um 10 Uhr im Rathaus.", "am Montag um 10 Uhr",
                    "2022-09-12T10:00"),
            Example("Der Unfall geschah gestern gegen 14.30 Uhr.", "gestern gegen 14.30 Uhr",
                    "2022-09-08T14:30"),
            Example("Das Konzert am 24. September um 20 Uhr ist ausverkauft.", "am 24. September um 20 Uhr",
                    "2022-09-24T20:00"),
        ),
        non_examples=("Am Montag stieg der Kurs um 10 Prozent.",),
    ),
    Rule(
        "time",
        rf"(?:(?P<approx>gegen|etwa|ungefähr|circa)\s+)?(?:{CLOCK_PART}|{CLOCK}|(?P<noon>Mitternacht){NW})"
        rf"|{CLOCK_BARE}",
        _TIME_KEYS, {"gegen", "etwa", "ungefähr", "circa", "mitternacht", "#clock", "#num"},
        NZ.time,
        examples=(
            Example("Die Feuerwehr rückte um 20.30 Uhr aus.", "20.30 Uhr", "2022-09-09T20:30"),
            Example("Der Zug fährt um 8 Uhr abends ab.", "8 Uhr abends", "2022-09-09T20:00"),
            Example("Ab 14:30 ist die Straße gesperrt.", "14:30", "2022-09-09T14:30"),
            Example("Der Einlass beginnt um 19.30 im Saal.", "19.30", "2022-09-09T19:30"),
            Example("Geöffnet ist von 14 bis 18 Uhr.", "14", "2022-09-09T14:00"),
        ),
        non_examples=("Er lief die Strecke in 20.30 Minuten.", "Der Preis stieg um 20 Prozent.",
                      "Der Kurs stieg um 2.50 Prozent."),
    ),
    # ---- explicit dates
    Rule(
        "date", DATE, _MONTH_KEYS, _WD_KEYS | _WD_SHORT | {"#num"},
        NZ.date, vetoes.not_a_numbered_day,
        examples=(
            Example("Der Bericht wurde am 31. August veröffentlicht.", "31. August", "2022-08-31"),
            Example("Die Wahl findet am 9. Oktober 2022 statt.", "9. Oktober 2022", "2022-10-09"),
            Example("Die Messe öffnet am Donnerstag, 15. September.", "Donnerstag, 15. September",
                    "2022-09-15"),
            Example("Das Treffen ist am 3. März nächsten Jahres.", "3. März nächsten Jahres", "2023-03-03"),
        ),
        non_examples=("Er wurde 31 August genannt.", "Kapitel 3. Mai und Juni"),
    ),
    # "vom 5. bis 22. November": the first day takes the month of the second
    Rule(
        "date_before_range",
        rf"(?P<day>{DAY})\.(?=\s*(?:-|–|bis(?:\s+zum)?|und)\s*{DAY}\.\s*(?P<mon>{MON})(?:\s+(?P<year>{YEAR4}))?)",
        _MONTH_KEYS, {"#num"},
        NZ.date,
        examples=(
            Example("Die Ausstellung läuft vom 5. bis 22. November.", "5.", "2022-11-05"),
        ),
        non_examples=("Sie wurde 5. bis 6. in der Wertung.",),
    ),
    # "am 31.8.", "bis zum 15.10.": day and month in digits, the year from the tense
    Rule(
        "date_numeric_short",
        rf"(?<![\d.])(?P<day>{DAY})\.(?P<mon>0?[1-9]|1[0-2])\.(?![\d.]|\s*\d)",
        {"#clock"}, {"#clock"},
        NZ.date, vetoes.not_a_numbered_day,
        examples=(
            Example("Die Frist endete am 31.8. um Mitternacht.", "31.8.", "2022-08-31"),
        ),
        non_examples=("Siehe Abschnitt 3.1. der Richtlinie.",),
    ),
    Rule(
        "dotted_dmy_short",
        r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d\d)(?![\d.]\d|\d)",
        {"#clock"}, {"#clock"},
        NZ.numeric_date, vetoes.not_a_numbered_day, flags=0,
        examples=(
            Example("Der Vertrag ist vom 08.09.22 datiert.", "08.09.22", "2022-09-08"),
        ),
        non_examples=("Die Version 1.2.33 ist neu.",),
    ),
    *numeric.RULES,
    # ---- months and years
    Rule(
        "month_year",
        rf"(?:(?P<pos>{_POS_M})\s+)?(?P<mon>{MON})\s+(?P<year>{YEAR4}|{YEAR_OFFSET}{NW})",
        _MONTH_KEYS, _POS_M_STARTS | _MONTH_KEYS,
        NZ.month_year,
        examples=(
            Example("Die Produktion sank im Juni 2021.", "Juni 2021", "2021-06"),
            Example("Der Umzug ist für Juli dieses Jahres geplant.", "Juli dieses Jahres", "2022-07"),
            Example("Ende März 2020 schloss die Fabrik.", "Ende März 2020", "2020-03"),
        ),
        non_examples=("Er zahlte 2021 Euro.",),
    ),
    Rule(
        "month",
        rf"(?:(?P<pos>{_POS_M})\s+)?(?:(?P<rel>{REL})\s+)?(?P<mon>{MON})",
        _MONTH_KEYS, _POS_M_STARTS | _REL_KEYS | _MONTH_KEYS,
        NZ.month, vetoes.month_alone,
        examples=(
            Example("Das Gesetz tritt im Januar in Kraft.", "Januar", "2023-01"),
            Example("Die Fabrik schloss im März.", "März", "2022-03"),
            Example("Anfang Mai begannen die Arbeiten.", "Anfang Mai", "2022-05"),
            Example("Im vergangenen Dezember fiel viel Schnee.", "vergangenen Dezember", "2021-12"),
        ),
        non_examples=("August Bebel gründete die Partei.", "Juli sang ein Lied."),
    ),
    Rule(
        "holiday",
        rf"(?P<hol>{trie(_HOLIDAYS)}){NW}(?:\s+(?P<y>{YEAR4}))?",
        _HOLIDAY_KEYS, _HOLIDAY_KEYS,
        NZ.holiday,
        examples=(
            Example("Die Geschäfte waren vor Weihnachten voll.", "Weihnachten", "2021-12-25"),
            Example("Zu Ostern 2020 blieben die Kirchen leer.", "Ostern 2020", "2020-04-12"),
            Example("Am Tag der Deutschen Einheit wird gefeiert.", "Tag der Deutschen Einheit", "2022-10-03"),
            Example("Zu Silvester gab es ein Feuerwerk.", "Silvester", "2021-12-31"),
            Example("Pfingsten fiel diesmal in den Juni.", "Pfingsten", "2022-06-05"),
        ),
        non_examples=("Der Weihnachtsmarkt öffnet.",),
    ),
    # ---- quarters and halves
    Rule(
        "quarter",
        rf"(?:(?P<the>der|das|dem|des)\s+)?(?P<qn>ersten|erste|zweiten|zweite|dritten|dritte|vierten|vierte)"
        rf"\s+Quartal(?:s|es)?(?:\s+(?P<y>{YEAR4}))?{NW}",
        {"quartal", "quartals", "quartales"}, {"der", "das", "dem", "des", "ersten", "erste", "zweiten",
                                               "zweite", "dritten", "dritte", "vierten", "vierte"},
        NZ.quarter,
        examples=(
            Example("Der Umsatz stieg im zweiten Quartal.", "zweiten Quartal", "2022-Q2"),
            Example("Im dritten Quartal 2021 sank der Gewinn.", "dritten Quartal 2021", "2021-Q3"),
        ),
        non_examples=("Das Quartal war schwach.",),
    ),
    Rule(
        "half",
        rf"(?:(?P<the>der|das|dem|des)\s+)?(?P<hn>ersten|erste|zweiten|zweite)\s+"
        rf"(?:Halbjahr(?:es|s)?|Jahreshälfte)(?:\s+(?P<y>{YEAR4}))?{NW}",
        {"halbjahr", "halbjahres", "halbjahrs", "jahreshälfte"},
        {"der", "das", "dem", "des", "ersten", "erste", "zweiten", "zweite"},
        NZ.half,
        examples=(
            Example("Im ersten Halbjahr 2021 stieg der Absatz.", "ersten Halbjahr 2021", "2021-H1"),
        ),
        non_examples=("Das Halbjahr war gut.",),
    ),
    # ---- seasons, decades, centuries, years
    Rule(
        "season",
        rf"(?:(?P<pos>{_POS_M})\s+)?(?:(?P<rel>{REL})\s+)?(?P<s>{SEASON}){NW}(?:\s+(?P<y>{YEAR4}))?",
        _SEASON_KEYS, _POS_M_STARTS | _REL_KEYS | _SEASON_KEYS,
        NZ.season, vetoes.season_alone,
        examples=(
            Example("Das Museum öffnet im Frühjahr wieder.", "Frühjahr", "2023-SP"),
            Example("Im vergangenen Winter war es mild.", "vergangenen Winter", "2021-WI"),
            Example("Im Herbst 2011 begann der Bau.", "Herbst 2011", "2011-FA"),
        ),
        non_examples=("Der Sommer-Schlussverkauf lief gut.", "Winter ist ein Familienname."),
    ),
    Rule(
        "decade",
        rf"(?:(?P<pos>{_POS_M})\s+(?:der\s+)?)?(?:(?P<d4>1[5-9]\d0|20[0-9]0)er|(?P<d2>[1-9]0)er"
        rf"|(?P<dw>{trie(lx.DECADE_WORDS)}))(?:\s*-?\s*[Jj]ahren?|n)?{NW}",
        {"#year", "#dec"} | set(lx.DECADE_WORDS) | _DECADE_COMPOUNDS,
        _POS_M_STARTS | {"#year", "#dec"} | set(lx.DECADE_WORDS) | _DECADE_COMPOUNDS,
        NZ.decade,
        examples=(
            Example("In den 1990er Jahren boomte die Stadt.", "1990er Jahren", "199"),
            Example("Die Band war in den Achtzigerjahren bekannt.", "Achtzigerjahren", "198"),
            Example("Mitte der 70er Jahre kam die Krise.", "Mitte der 70er Jahre", "197"),
        ),
        non_examples=("Er fuhr mit 90 Sachen.",),
    ),
    Rule(
        "century",
        rf"(?:(?P<pos>{_POS_M})\s+des\s+)?(?P<n>\d{{1,2}})\.\s*Jahrhunderts?{NW}",
        {"jahrhundert", "jahrhunderts"}, _POS_M_STARTS | {"#num"},
        NZ.century,
        examples=(
            Example("Die Bahn kam im 19. Jahrhundert.", "19. Jahrhundert", "18"),
            Example("Ende des 20. Jahrhunderts wuchs die Stadt.", "Ende des 20. Jahrhunderts", "19"),
        ),
        non_examples=("Das Jahrhundert war lang.",),
    ),
    Rule(
        "year",
        rf"(?<![\w.,/])(?:(?P<pos>{_POS_M})\s+)?(?:Jahre?s?\s+)?(?P<y>\d{{4}})(?![\d.,]\d)(?!-?\s*jährig){NW}",
        {"#year"}, _POS_M_STARTS | {"jahr", "jahre", "jahres", "jahrs", "#year"},
        NZ.year, vetoes.not_a_year,
        examples=(
            Example("Der Damm wurde 1998 gebaut.", "1998", "1998"),
            Example("Im Jahr 2011 kam die Wende.", "Jahr 2011", "2011"),
            Example("Ende 2021 war das Werk fertig.", "Ende 2021", "2021"),
        ),
        non_examples=("Das Bild kostete 1995 Euro.", "Rund 1500 Menschen kamen.", "Er fuhr die Nr. 1234.",
                      "Davon starben 2000 im Jahr zuvor."),
    ),
    Rule(
        "named_year", rf"(?P<year>heuer){NW}",
        {"heuer"}, {"heuer"},
        NZ.named_year,
        examples=(
            Example("Heuer findet das Fest zum zehnten Mal statt.", "Heuer", "2022"),
        ),
        non_examples=("Die Heuernte war gut.",),
    ),
    # ---- days named from the anchor
    Rule(
        "relday_adjective",
        rf"(?P<rd>{trie(w for w in lx.RELATIVE_DAYS if w.endswith(('e', 'en', 'er', 'es', 'em')))})\s+"
        rf"(?:Tag|{WD}){NW}",
        {w for w in lx.RELATIVE_DAYS if w.endswith(("e", "en", "er", "es", "em"))},
        {w for w in lx.RELATIVE_DAYS if w.endswith(("e", "en", "er", "es", "em"))},
        NZ.relday,
        examples=(
            Example("Am gestrigen Donnerstag tagte der Rat.", "gestrigen Donnerstag", "2022-09-08"),
            Example("Am morgigen Samstag ist Markt.", "morgigen Samstag", "2022-09-10"),
        ),
        non_examples=("Die heutige Jugend liest wenig.",),
    ),
    Rule(
        "relday",
        rf"(?P<rd>vorgestern|gestern|heute|übermorgen|morgen){NW}(?:\s+(?P<part>früh|{PART}){NW})?",
        _DAY_WORDS, _DAY_WORDS,
        NZ.relday, vetoes.morning_not_tomorrow,
        examples=(
            Example("Der Minister traf gestern ein.", "gestern", "2022-09-08"),
            Example("Die Gespräche gehen morgen früh weiter.", "morgen früh", "2022-09-10TMO"),
            Example("Heute Abend spielt das Orchester.", "Heute Abend", "2022-09-09TEV"),
        ),
        non_examples=("Am Morgen war es kalt.", "Jeden Morgen läuft er."),
    ),
    Rule(
        "weekday_time",
        rf"(?:(?P<rel>{REL})\s+)?{_WD_COMPOUND}",
        _WD_PREFIXES | _WD_KEYS, _REL_KEYS | _WD_PREFIXES | _WD_KEYS,
        NZ.weekday_time, vetoes.named_weekday,
        examples=(
            Example("Der Brand brach am Dienstagabend aus.", "Dienstagabend", "2022-09-06TEV"),
            Example("Die Polizei kam am Montag früh.", "Montag früh", "2022-09-05TMO"),
        ),
        non_examples=("Die Montagsdemo zog durch die Stadt.",),
    ),
    Rule(
        "weekday",
        rf"(?:(?P<rel>{REL})\s+)?(?P<wd>{WD})(?P<pl>s)?{NW}"
        rf"(?:\s+(?P<wkrel>vergangener|letzter|voriger|nächster|kommender|dieser)\s+Woche{NW})?",
        _WD_KEYS | {w + "s" for w in _WD_KEYS},
        _REL_KEYS | _WD_KEYS | {w + "s" for w in _WD_KEYS},
        NZ.weekday, vetoes.named_weekday,
        examples=(
            Example("Die beiden Minister trafen sich am Donnerstag.", "Donnerstag", "2022-09-08"),
            Example("Das Parlament wird am Montag abstimmen.", "Montag", "2022-09-12"),
            Example("Letzten Donnerstag kam der Brief.", "Letzten Donnerstag", "2022-09-08",
                    date(2022, 9, 12)),
            Example("Am kommenden Montag beginnt der Prozess.", "kommenden Montag", "2022-09-12"),
            Example("Das Museum ist montags geschlossen.", "montags", "XXXX-WXX-1"),
        ),
        non_examples=("Er liest die Welt am Sonntag.", "Die Sonntagsruhe gilt."),
    ),
    # ---- periods named from the anchor or from the text's last date
    Rule(
        "relperiod",
        rf"(?:(?P<pos>{_POS})\s+)?(?:(?P<the>der|die|das|den|dem|des)\s+)?(?P<rel>{REL})\s+"
        rf"(?P<unit>{trie(k for k in lx.PERIODS if lx.PERIODS[k] != 'day')}|{SEASON}){NW}",
        _PERIOD_KEYS | _SEASON_KEYS, _POS_STARTS | _ARTICLES | _REL_KEYS,
        NZ.relperiod,
        examples=(
            Example("Der Gesandte reist nächste Woche nach Peking.", "nächste Woche", "2022-W37"),
            Example("Die Exporte sanken im vergangenen Jahr.", "vergangenen Jahr", "2021"),
            Example("Vergangene Woche tagte der Rat.", "Vergangene Woche", "2022-W35"),
            Example("Das Werk soll Ende des kommenden Jahres fertig sein.", "Ende des kommenden Jahres",
                    "2023"),
            Example("In der kommenden Woche wird gewählt.", "der kommenden Woche", "2022-W37"),
        ),
        non_examples=("Die nächste Wochenzeitung erscheint.",),
    ),
    # "am nächsten Tag", "am selben Abend", "der Woche darauf", "am Vortag"
    Rule(
        "anaphor",
        rf"(?:(?P<the>der|dem|den)\s+)?(?P<rel>{trie(_ANAPHORIC)})"
        rf"\s+(?P<unit>Tag|Morgen|Vormittag|Nachmittag|Abend|Nacht|Woche|Monat|Jahr){NW}",
        {"tag", "morgen", "vormittag", "nachmittag", "abend", "nacht", "woche", "monat", "jahr"},
        {"der", "dem", "den"} | _ANAPHORIC,
        NZ.anaphor,
        examples=(
            Example("Er kam am Montag an und reiste am nächsten Tag ab.", "nächsten Tag", "2022-09-06"),
            Example("Am 3. März wurde gewählt, am selben Abend stand das Ergebnis fest.", "selben Abend",
                    "2022-03-03TEV"),
        ),
        non_examples=("Der nächste Tagesordnungspunkt folgt.",),
    ),
    Rule(
        "anaphor_after",
        rf"(?P<unit>Tag|Woche|Monat|Jahr)(?:es|s)?\s+(?P<rel>darauf|danach|zuvor|davor){NW}",
        {"darauf", "danach", "zuvor", "davor"}, {"tag", "tags", "tages", "woche", "monat", "monats", "jahr",
                                                 "jahres", "jahrs"},
        NZ.anaphor,
        examples=(
            Example("Am 1. Juli begann der Kurs, in der Woche darauf die Prüfung.", "Woche darauf",
                    "2022-W27"),
            Example("Am 2. Mai stürzte er, tags darauf starb er.", "tags darauf", "2022-05-03"),
        ),
        non_examples=("Der Tag ist lang.",),
    ),
    Rule(
        "anaphor_before",
        rf"(?P<rel>Vor)(?P<unit>tag|abend|woche|monat|jahr)(?:es|s)?{NW}",
        _ANAPHOR_BEFORE, _ANAPHOR_BEFORE,
        NZ.anaphor,
        examples=(
            Example("Am 3. März wurde gewählt; am Vortag war Ruhe.", "Vortag", "2022-03-02"),
            Example("Der Umsatz stieg gegenüber dem Vorjahr.", "Vorjahr", "2021"),
        ),
        non_examples=("Der Vortrag war lang.",),
    ),
    Rule(
        "ago",
        rf"(?P<dir>vor|in|binnen)\s+(?:(?P<q>{QMOD})\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT}){NW}",
        {"vor", "in", "binnen"}, {"vor", "in", "binnen"},
        NZ.ago, vetoes.not_from_now,
        examples=(
            Example("Die Mine schloss vor drei Jahren.", "vor drei Jahren", "2019"),
            Example("Der Waffenstillstand begann vor drei Tagen.", "vor drei Tagen", "2022-09-06"),
            Example("Die Entscheidung fällt in zwei Wochen.", "in zwei Wochen", "2022-W38"),
            Example("Das geschah vor etwa zehn Jahren.", "vor etwa zehn Jahren", "2012"),
        ),
        non_examples=("Er stand vor dem Haus.", "In vielen Jahren Arbeit lernte er das."),
    ),
    Rule(
        "ago_after",
        rf"(?:(?P<q>{QMOD})\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+"
        rf"(?P<dir>später|danach|darauf|zuvor|davor|vorher){NW}",
        {"später", "danach", "darauf", "zuvor", "davor", "vorher"}, _QMOD_STARTS | _NUM_STARTS,
        NZ.ago,
        examples=(
            Example("Er kam am 3. Mai an und reiste zwei Tage später ab.", "zwei Tage später", "2022-05-05"),
        ),
        non_examples=("Er kam später.",),
    ),
    # ---- durations
    Rule(
        "duration",
        rf"(?:(?P<q>{QMOD})\s+)?(?:(?:die|den|der)\s+(?:(?:vergangenen|letzten|nächsten|kommenden|ersten|"
        rf"folgenden|knapp|gut)\s+)?)?(?P<num>{NUM})(?:\s+|\s*-\s*)(?P<unit>{UNIT}){NW}",
        _UNIT_KEYS, _QMOD_STARTS | _NUM_STARTS | {"die", "den", "der"},
        NZ.duration, vetoes.not_a_duration,
        examples=(
            Example("Er lebt seit drei Jahren dort.", "drei Jahren", "P3Y"),
            Example("Die Sperre dauert sechs Monate.", "sechs Monate", "P6M"),
            Example("Das Rennen dauerte anderthalb Stunden.", "anderthalb Stunden", "PT1H30M"),
            Example("Der Streik dauerte einige Tage.", "einige Tage", "PXD"),
        ),
        non_examples=("Eines Tages wird er kommen.", "Sie zahlte 300 Euro.", "Wählen darf man ab 16 Jahren."),
    ),
    # "in den vergangenen Jahren", "in den kommenden Wochen": an unstated number of units
    Rule(
        "vague_span",
        r"(?:(?:den|die)\s+)?(?P<w>vergangenen|letzten|kommenden|nächsten|jüngsten)\s+"
        r"(?P<unit>Jahren|Jahre|Monaten|Monate|Wochen|Tagen|Tage|Jahrzehnten|Jahrzehnte|Stunden)" + NW,
        {"jahren", "jahre", "monaten", "monate", "wochen", "tagen", "tage", "jahrzehnten", "jahrzehnte",
         "stunden"},
        {"den", "die", "vergangenen", "letzten", "kommenden", "nächsten", "jüngsten"},
        NZ.vague_span,
        examples=(
            Example("In den vergangenen Jahren stiegen die Mieten.", "den vergangenen Jahren", "PXY"),
            Example("Die Entscheidung fällt in den kommenden Wochen.", "den kommenden Wochen", "PXW"),
        ),
        non_examples=("Die vergangenen Jahrestage wurden gefeiert.",),
    ),
    Rule(
        "units_long",
        r"(?P<unit>jahre|jahrzehnte|monate|wochen|tage|stunden|minuten)lang(?:e|en|er|es|em)?" + NW,
        _LONG, _LONG,
        NZ.bare_units,
        examples=(
            Example("Nach jahrelangem Streit kam die Einigung.", "jahrelangem", "PXY"),
            Example("Sie warteten stundenlang.", "stundenlang", "PTXH"),
        ),
        non_examples=("Die Tage waren lang.",),
    ),
    Rule(
        "bare_units",
        rf"(?<=\bseit\s)(?P<unit>Jahren|Jahrzehnten|Monaten|Wochen|Tagen|Stunden){NW}",
        {"jahren", "jahrzehnten", "monaten", "wochen", "tagen", "stunden"},
        {"jahren", "jahrzehnten", "monaten", "wochen", "tagen", "stunden"},
        NZ.bare_units,
        examples=(
            Example("Er arbeitet seit Jahren hier.", "Jahren", "PXY"),
        ),
        non_examples=("Nach Jahren kam er zurück.",),
    ),
    Rule(
        "the_unit",
        rf"(?P<pos>{_POS})\s+(?:des|der)\s+(?P<unit>Jahres|Jahrs|Monats|Woche){NW}",
        {"jahres", "jahrs", "monats", "woche"}, _POS_STARTS,
        NZ.the_unit,
        examples=(
            Example("Das Wachstum ließ gegen Ende des Jahres nach.", "gegen Ende des Jahres", "2022"),
            Example("Mitte des Monats steigen die Preise.", "Mitte des Monats", "2022-09"),
        ),
        non_examples=("Das Ende des Jahrmarkts naht.",),
    ),
    Rule(
        "weekend",
        rf"(?:(?<=\bam\s)|(?<=\bübers\s)|(?<=\bdas\s)|(?<=\bdiesem\s))(?P<unit>Wochenende){NW}",
        {"wochenende"}, {"wochenende"},
        NZ.the_unit,
        examples=(
            Example("Am Wochenende wird es regnen.", "Wochenende", "2022-W36-WE"),
        ),
        non_examples=("Ein Wochenende kostet viel.",),
    ),
    # "am Abend", "in der Nacht", "in den frühen Morgenstunden": of the day just named
    Rule(
        "daypart",
        rf"(?:(?<=\bam\s)|(?<=\bder\s)|(?<=\bden\s)|(?<=\bgegen\s))(?:(?P<pos>frühen|späten)\s+)?"
        rf"(?P<part>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Morgenstunden|Abendstunden){NW}",
        _PART_KEYS, _PART_KEYS | {"frühen", "späten"},
        NZ.daypart,
        examples=(
            Example("Am Freitag fielen die Kurse. Am Nachmittag erholten sie sich.", "Nachmittag",
                    "2022-09-09TAF"),
        ),
        non_examples=("Der Abendkurs fällt aus.",),
    ),
    # ---- references and recurrences
    Rule(
        "reference", rf"(?:{alt(lx.REFERENCES)}){NW}",
        _REF_KEYS, {w.split()[0] for w in lx.REFERENCES},
        NZ.reference,
        examples=(
            Example("Er ist jetzt der Vorsitzende.", "jetzt", "PRESENT_REF"),
            Example("Damals war alles anders.", "Damals", "PAST_REF"),
            Example("Die Regeln ändern sich bald.", "bald", "FUTURE_REF"),
        ),
        non_examples=("Die baldige Rückkehr freut ihn.",),
    ),
    Rule(
        "frequency",
        rf"(?P<f>{trie(lx.FREQUENCIES)}){NW}",
        _FREQ_KEYS, {w.split()[0] for w in lx.FREQUENCIES},
        NZ.set,
        examples=(
            Example("Die Zeitung erscheint täglich.", "täglich", "P1D"),
            Example("Er trainiert jeden Tag.", "jeden Tag", "P1D"),
        ),
        non_examples=("Der Alltag ist grau.",),
    ),
    Rule(
        "every",
        rf"(?:jeden|jede|jedes|alle)\s+(?:(?P<num>\d+|zwei|drei|vier|fünf|sechs|zehn)\s+)?"
        rf"(?P<unit>{WD}|Morgen|Abend|Nacht|Woche|Wochen|Monat|Monate|Jahr|Jahre|Stunde|Stunden|Tage|"
        rf"Wochenende|{MON}|{SEASON}){NW}",
        {"jeden", "jede", "jedes", "alle"}, {"jeden", "jede", "jedes", "alle"},
        NZ.set,
        examples=(
            Example("Der Markt ist jeden Montag geschlossen.", "jeden Montag", "XXXX-WXX-1"),
            Example("Die Prüfung findet alle zwei Jahre statt.", "alle zwei Jahre", "P2Y"),
        ),
        non_examples=("Alle kamen.",),
    ),
)

PACK = DatePack(
    code="de",
    rules=RULES,
    cues=CUES,
    clock_after_digits=re.compile(r"\s*Uhr", re.IGNORECASE),
    decade_suffix="e",
    quarter_kept_after=re.compile(r"(?!)"),
)
