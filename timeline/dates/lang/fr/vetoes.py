"""French vetoes: a match that its context shows is no date ("mars" the planet after "sur",
"2000 euros", "le 1er mai" stays a date)."""

from __future__ import annotations

import re

_I = re.IGNORECASE

_MONTH_CUE_BEFORE = re.compile(r"(?:\b(?:en|depuis|dès|jusqu['’]en|avant|après|début|mi|fin|courant|"
                               r"mois\s+de|d['’]|de|à|et|ou|au|entre)|-)\s*$", _I)


def month_alone(m: re.Match[str], text: str) -> bool:
    """A month named alone is one after a preposition or position ("en mai", "début juin",
    "depuis mars"); "Mars" alone may be the planet."""
    if m.group("rel") or m.group("pos"):
        return False
    return not _MONTH_CUE_BEFORE.search(text, max(0, m.start() - 14), m.start())


_MONEY_BEFORE = re.compile(r"(?:[$£€¥]|n°|no\.?)\s*$", _I)
_COUNT_AFTER = re.compile(
    r"\s*(?:%|pour\s+cent|euros?|dollars?|francs?|personnes|habitants|morts|victimes|soldats|emplois|"
    r"mètres|kilomètres|km|tonnes|voix|salariés|logements|élèves|h\b|heures)(?![^\W_])", _I)


def not_a_year(m: re.Match[str], text: str) -> bool:
    """Four digits that are no year: a sum ("2000 euros"), a count ("1500 personnes"), a
    number ("n° 1234"), or out of 1600-2100."""
    y = int(m.group("y"))
    if not 1600 <= y <= 2100:
        return True
    s = m.start("y")
    return bool(_MONEY_BEFORE.search(text, max(0, s - 6), s) or _COUNT_AFTER.match(text, m.end("y")))


_AGE_BEFORE = re.compile(r"\b(?:âgée?s?\s+de|de\s+moins\s+de|de\s+plus\s+de)\s+$", _I)


def not_a_duration(m: re.Match[str], text: str) -> bool:
    """"âgé de 54 ans", "un enfant de 3 ans": an age; "30 euros": no unit of time."""
    if not m.group("unit").lower().startswith("an"):
        return False
    before, after = text[max(0, m.start() - 14):m.start()], text[m.end():m.end() + 4]
    return bool(_AGE_BEFORE.search(before)
                # "un homme de 20 ans", "les 6-16 ans"
                or re.search(r"(?:\b(?:de|d['’]|à)|\d\s*-)\s*$", before)
                or re.search(r"[,(]\s*$", before) and re.match(r"\s*[,)]", after))  # "Elvis Weiss, 20 ans,"


def not_a_clock(m: re.Match[str], text: str) -> bool:
    """"a duré 3 heures": a count of hours, not a clock time; a clock time in words needs "à",
    "vers", "dès" or "de" before it, or a day."""
    if not m.group("h") or m.group(0).lower().rstrip().endswith("h") or re.search(
            r"\bh\s*\d", m.group(0), _I):
        return False
    before = text[max(0, m.start() - 10):m.start()]
    return not re.search(r"\b(?:à|vers|dès|de|jusqu['’]à|avant|après)\s+$", before, _I)


_SEASON_CUE_BEFORE = re.compile(
    r"(?:\b(?:en|au|à|depuis|dès|l['’]|le|cet|cette|ce|chaque|de\s+l['’]|du))\s*$", _I)


def season_alone(m: re.Match[str], text: str) -> bool:
    """A season is a time after a preposition or article ("en été", "au printemps",
    "l'automne dernier"), not "une robe d'été"."""
    if m.group("rel") or m.group("y") or m.group("pos") or m.group("the"):
        return False
    return not _SEASON_CUE_BEFORE.search(text, max(0, m.start() - 10), m.start()) or bool(
        re.search(r"\bd['’]\s*$", text[max(0, m.start() - 3):m.start()]))


def named_weekday(m: re.Match[str], text: str) -> bool:
    """"Le Journal du Dimanche", "mardi gras": a name, not the day."""
    if re.match(r"\s+gras\b", text[m.end():m.end() + 6], _I):
        return True
    return bool(re.search(r"\bJournal\s+du\s+$", text[max(0, m.start() - 12):m.start()]))


def not_from_now(m: re.Match[str], text: str) -> bool:
    """"dans plusieurs années de travail": "dans" with a number only."""
    return m.group("dir").lower() == "dans" and m.group("num").lower() in (
        "quelques", "plusieurs", "de nombreux", "de nombreuses", "nombreux", "nombreuses", "des")


def not_the_eve(m: re.Match[str], text: str) -> bool:
    """"il veille sur eux": the verb, not the eve (the noun takes "la")."""
    return m.group("rel").lower() == "veille" and not m.group("the")


def daypart_alone(m: re.Match[str], text: str) -> bool:
    """A part of the day is a time with its article or position ("la soirée", "en fin
    d'après-midi"), not in "bonne nuit" or "une nuit blanche"."""
    return not (m.group("pos") or re.match(r"(?:la|le|l['’])", m.group(0), _I))
