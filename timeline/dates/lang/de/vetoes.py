"""German vetoes: a match that its context shows is no date ("der Morgen" is the morning, not
tomorrow; "Welt am Sonntag" a newspaper; "2000 Euro" a sum; "Juli" alone a name)."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# What may stand before a month named alone: a preposition, a position, a relation.
_MONTH_CUE_BEFORE = re.compile(
    r"(?:\b(?:im|in|seit|bis|ab|vom|von|zum|nach|vor|Anfang|Mitte|Ende|Beginn|Monat|Monats|"
    r"für|während|zwischen|und|oder|jeden|jedes|letzten|vergangenen|nächsten|kommenden|diesen|"
    r"dieses|des|den|der|Ende)|[-–/])\s*$", _I)


def month_alone(m: re.Match[str], text: str) -> bool:
    """A month named alone is one after a preposition or position ("im Mai", "seit März",
    "Anfang Juni"); "August Bebel" is a name, and a month opens no sentence by itself."""
    if m.group("rel") or m.group("pos"):
        return False
    return not _MONTH_CUE_BEFORE.search(text, max(0, m.start() - 16), m.start())


_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|[\"„»(]\s*|\n\s*)$")


def morning_not_tomorrow(m: re.Match[str], text: str) -> bool:
    """"Morgen" written with a capital inside a sentence is the morning ("am Morgen", "jeden
    Morgen"); tomorrow is "morgen" (or "Morgen" opening a sentence)."""
    rd = m.group("rd")
    if rd.lower() != "morgen" or rd.islower():
        return False
    return not _SENTENCE_START.search(text, max(0, m.start() - 3), m.start())


# Newspapers named after a weekday: "Welt am Sonntag", "Bild am Sonntag".
_NEWSPAPER_BEFORE = re.compile(r"\b(?:Welt|Bild|FAZ|Frankfurter\s+Allgemeine)\s+am\s+$")


def named_weekday(m: re.Match[str], text: str) -> bool:
    """"Welt am Sonntag": a newspaper, not the day."""
    return bool(_NEWSPAPER_BEFORE.search(text, max(0, m.start() - 30), m.start()))


_MONEY_BEFORE = re.compile(r"(?:[$£€¥]|EUR|Euro|Nr\.|Nummer|Tel\.?|§)\s*$", _I)
_COUNT_AFTER = re.compile(
    r"\s*(?:%|Prozent|Euro|EUR|Dollar|Franken|Pfund|Mio|Mrd|Millionen|Milliarden|Menschen|Personen|"
    r"Leute|Einwohner|Mitglieder|Besucher|Teilnehmer|Mitarbeiter|Beschäftigte|Soldaten|Polizisten|"
    r"Flüchtlinge|Schüler|Kinder|Stimmen|Meter|Kilometer|km|Tonnen|Stück|Hektar|Quadratmeter|"
    r"Euro|Arbeitsplätze|Stellen|Fälle|Opfer|Tote|Häuser|Wohnungen|Seiten|Punkte|Uhr)(?![^\W_])", _I)


# "2000 im Jahr 2011", "1700 im vergangenen Jahr": a count per year, not a year.
_PER_YEAR_AFTER = re.compile(r"\s+(?:im|pro|je)\s+(?:Jahr|vergangenen|letzten|laufenden|ersten)\b", _I)


def not_a_year(m: re.Match[str], text: str) -> bool:
    """Four digits that are no year: a sum ("2000 Euro", "€ 1500"), a count ("1500 Menschen",
    "2000 im Jahr 2011"), a number ("Nr. 1234"), or out of 1600-2100."""
    y = int(m.group("y"))
    if not 1600 <= y <= 2100:
        return True
    s, e = m.start("y"), m.end("y")
    return bool(_MONEY_BEFORE.search(text, max(0, s - 8), s) or _COUNT_AFTER.match(text, e)
                or _PER_YEAR_AFTER.match(text, e))


_VAGUE_IN = re.compile(r"(?:einige|einigen|mehrere|mehreren|wenige|wenigen|viele|vielen|etliche|"
                       r"etlichen|zahlreiche|zahlreichen|lange|langen)$", _I)


def not_from_now(m: re.Match[str], text: str) -> bool:
    """"in vielen Jahren" is no point from now (years of something): "in" with a number only."""
    return m.group("dir").lower() in ("in", "binnen") and bool(_VAGUE_IN.match(m.group("num")))


# An age: "ab 16 Jahren", "Kinder unter 14 Jahren", "im Alter von 54 Jahren", "mit 20 Jahren".
_AGE_BEFORE = re.compile(r"\b(?:ab|unter|Alter\s+von|mit)\s+$", _I)


def not_a_duration(m: re.Match[str], text: str) -> bool:
    """"eines Tages" is some day, not a day's length; "ab 16 Jahren" an age; "300 Euro" no
    unit of time at all."""
    num = m.group("num").lower()
    unit = m.group("unit").lower()
    if num == "eines" and unit == "tages":
        return True
    if unit.startswith("jahr") and _AGE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return True
    return bool(m.group(0)[:1].isdigit() and _MONEY_BEFORE.search(text, max(0, m.start() - 8), m.start()))


def not_a_reference(m: re.Match[str], text: str) -> bool:
    """"Jetzt" as a name ("Jetzt.de"), "bald" inside "baldigen" is no word: only whole
    words count (the pattern sees to that); "einst" of "einstimmig" neither."""
    return text[m.end():m.end() + 1] == "."  and text[m.end() + 1:m.end() + 2].isalpha()


_SEASON_CUE_BEFORE = re.compile(r"\b(?:im|in|seit|bis|ab|vom|zum|nach|vor|für|während|diesen|dieses|"
                                r"jeden|des|den|der|Anfang|Mitte|Ende)\s+$", _I)


def season_alone(m: re.Match[str], text: str) -> bool:
    """A season is a time after a preposition or with a year ("im Sommer", "Herbst 2011"),
    not a name ("Winter ist ein Familienname") nor the first part of a compound."""
    if m.group("rel") or m.group("pos") or m.group("y"):
        return False
    if text[m.end():m.end() + 1] == "-":
        return True  # "Sommer-Schlussverkauf"
    return not _SEASON_CUE_BEFORE.search(text, max(0, m.start() - 12), m.start())


_NUMBERED_BEFORE = re.compile(r"(?:Abschnitt|Kapitel|Punkt|Absatz|Abs\.|Art\.|§|Nr\.|Version|Ziffer)\s*$", _I)


def not_a_numbered_day(m: re.Match[str], text: str) -> bool:
    """"Abschnitt 3.1.": a numbered section, not the 3rd of January."""
    return bool(_NUMBERED_BEFORE.search(text, max(0, m.start() - 12), m.start()))
