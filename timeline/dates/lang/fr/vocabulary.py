"""French words of the date resolver and what they normalize to: data, not code.

Month and weekday names are CLDR's (``lang.cldr``, from dateparser's data); the other tables
are written here, each form of a word listed ("dernier", "dernière", "derniers"). French puts
the relation after its noun ("jeudi dernier", "la semaine prochaine", "l'an passé").
"""

from __future__ import annotations

from timeline.dates import arithmetic as ar
from timeline.dates.lang.cldr import month_names, weekday_names

_CLDR_MONTHS = month_names("fr")
# a month's longest CLDR name is its full name ("juillet"); its others abbreviations ("juil.")
FULL_MONTHS: dict[str, int] = {max((w for w, k in _CLDR_MONTHS.items() if k == n), key=len): n
                               for n in sorted(set(_CLDR_MONTHS.values()))}
FULL_MONTHS.update({"fevrier": 2, "aout": 8, "decembre": 12})  # written without accents
MONTH_ABBREVIATIONS: dict[str, int] = {
    name: n for name, n in _CLDR_MONTHS.items() if name not in FULL_MONTHS and len(name) >= 3}
MONTHS: dict[str, int] = {**FULL_MONTHS, **{name + ".": n for name, n in MONTH_ABBREVIATIONS.items()}}

WEEKDAYS: dict[str, int] = {name: n for name, n in weekday_names("fr").items() if len(name) > 3}
WEEKDAYS_BEFORE_DATE: dict[str, int] = {name: n for name, n in weekday_names("fr").items() if len(name) == 3}

DAY_PARTS: dict[str, str] = {
    "matin": "MO", "matinée": "MO", "midi": "MI", "après-midi": "AF", "soir": "EV", "soirée": "EV",
    "nuit": "NI",
}
SEASONS: dict[str, str] = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}

_UNIT_FORMS: dict[tuple[str, bool, int], tuple[str, ...]] = {
    ("S", True, 1): ("seconde", "secondes"),
    ("M", True, 1): ("minute", "minutes"),
    ("H", True, 1): ("heure", "heures"),
    ("D", False, 1): ("jour", "jours", "journée", "journées"),
    ("W", False, 1): ("semaine", "semaines"),
    ("WE", False, 1): ("week-end", "week-ends", "weekend", "weekends"),
    ("M", False, 1): ("mois",),
    ("Q", False, 1): ("trimestre", "trimestres"),
    ("Y", False, 1): ("an", "ans", "année", "années"),
    ("Y", False, 10): ("décennie", "décennies"),
    ("Y", False, 100): ("siècle", "siècles"),
}
UNITS: dict[str, tuple[str, bool, int]] = {
    form: unit for unit, forms in _UNIT_FORMS.items() for form in forms}
PERIODS: dict[str, str] = {
    "jour": ar.DAY, "semaine": ar.WEEK, "week-end": ar.WEEKEND, "weekend": ar.WEEKEND,
    "mois": ar.MONTH, "trimestre": ar.QUARTER, "semestre": ar.HALF, "an": ar.YEAR, "année": ar.YEAR,
    "décennie": ar.DECADE, "siècle": ar.CENTURY,
}


def _forms(stem: str) -> tuple[str, ...]:
    """An adjective's four forms: "prochain" -> prochain, prochaine, prochains, prochaines."""
    return (stem, stem + "e", stem + "s", stem + "es")


RELATIONS: dict[str, str] = {
    **dict.fromkeys(("dernier", "dernière", "derniers", "dernières"), ar.LAST),
    **dict.fromkeys(_forms("passé"), ar.LAST),
    **dict.fromkeys(_forms("prochain"), ar.NEXT),
    **dict.fromkeys(("ce", "cet", "cette", "ces"), ar.THIS),
    **dict.fromkeys(_forms("en cours"), ar.CURRENT),
    **dict.fromkeys(_forms("suivant"), ar.FOLLOWING),
    **dict.fromkeys(_forms("précédent"), ar.PREVIOUS),
    **dict.fromkeys(("même",), ar.SAME),
}
POSITIONS: dict[str, str] = {
    "début": "START", "au début de": "START", "mi": "MID", "mi-": "MID", "milieu": "MID",
    "fin": "END", "à la fin de": "END", "courant": "",
}
QUANTITY_MODS: dict[str, str] = {
    "environ": "APPROX", "près de": "APPROX", "quelque": "APPROX", "plus de": "MORE_THAN",
    "moins de": "LESS_THAN", "presque": "LESS_THAN", "au moins": "EQUAL_OR_MORE",
    "au plus": "EQUAL_OR_LESS", "jusqu'à": "EQUAL_OR_LESS",
}
_ONES = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9}
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
NUMBERS: dict[str, float] = {
    "un": 1, "une": 1, **{w: n for w, n in _ONES.items() if w != "un"}, "dix": 10, "onze": 11,
    "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17,
    "dix-huit": 18, "dix-neuf": 19, **_TENS,
    **{f"{ten}-{one}": t + n for ten, t in _TENS.items() for one, n in _ONES.items() if one != "un"},
    **{f"{ten} et un": t + 1 for ten, t in _TENS.items()}, "cent": 100, "mille": 1000,
    "soixante-dix": 70, "quatre-vingts": 80, "quatre-vingt-dix": 90, "deux cents": 200,
    "une dizaine de": 10, "une quinzaine de": 15, "une vingtaine de": 20, "une centaine de": 100,
}
VAGUE_NUMBERS = ("quelques", "plusieurs", "de nombreux", "de nombreuses", "nombreux", "nombreuses")
ORDINALS: dict[str, int] = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "deuxième": 2, "second": 2, "seconde": 2,
    "troisième": 3, "quatrième": 4, "cinquième": 5, "dernier": -1, "dernière": -1,
    # centuries in Roman numerals: "le XIXe siècle"
    "xve": 15, "xvie": 16, "xviie": 17, "xviiie": 18, "xixe": 19, "xxe": 20, "xxie": 21,
}
RELATIVE_DAYS: dict[str, int] = {
    "avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "après-demain": 2,
}
DIRECTIONS: dict[str, tuple[int, bool]] = {
    "il y a": (-1, False), "dans": (1, False), "d'ici": (1, False), "d’ici": (1, False),
    "lendemain": (1, True), "veille": (-1, True),
    "plus tard": (1, True), "après": (1, True), "auparavant": (-1, True), "plus tôt": (-1, True),
    "avant": (-1, True),
}
YEAR_OFFSETS: dict[str, int] = {
    "de cette année": 0, "de l'année dernière": -1, "de l'an dernier": -1, "de l'année prochaine": 1,
    "de l'an prochain": 1, "dernier": -1, "prochain": 1,
}
CLOCK_WORDS: dict[str, str] = {"midi": "T12:00", "minuit": "T24:00"}
REFERENCES: dict[str, str] = {
    "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "à présent": "PRESENT_REF",
    "aujourd'hui encore": "PRESENT_REF", "de nos jours": "PRESENT_REF",
    "récemment": "PAST_REF", "naguère": "PAST_REF", "autrefois": "PAST_REF", "jadis": "PAST_REF",
    "dernièrement": "PAST_REF", "bientôt": "FUTURE_REF", "prochainement": "FUTURE_REF",
    "à l'avenir": "FUTURE_REF", "désormais": "PRESENT_REF",
}
FREQUENCIES: dict[str, str] = {
    "quotidiennement": "P1D", "quotidien": "P1D", "quotidienne": "P1D", "hebdomadaire": "P1W",
    "mensuel": "P1M", "mensuelle": "P1M", "annuel": "P1Y", "annuelle": "P1Y", "chaque jour": "P1D",
    "chaque semaine": "P1W", "chaque mois": "P1M", "chaque année": "P1Y", "tous les jours": "P1D",
    "tous les ans": "P1Y", "tous les mois": "P1M", "toutes les semaines": "P1W", "par jour": "P1D",
    "par an": "P1Y", "par mois": "P1M", "par semaine": "P1W",
}
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "noël": (12, 25), "la toussaint": (11, 1), "toussaint": (11, 1), "jour de l'an": (1, 1),
    "nouvel an": (1, 1), "la saint-sylvestre": (12, 31), "saint-sylvestre": (12, 31),
    "la fête nationale": (7, 14), "fête du travail": (5, 1), "l'assomption": (8, 15),
    "la saint-valentin": (2, 14), "saint-valentin": (2, 14), "l'armistice": (11, 11),
}
NAMED_DAYS: dict[str, tuple[str, int]] = {
    "pâques": ("easter", 0), "lundi de pâques": ("easter", 1), "vendredi saint": ("easter", -2),
    "l'ascension": ("easter", 39), "ascension": ("easter", 39), "pentecôte": ("easter", 49),
    "lundi de pentecôte": ("easter", 50), "mardi gras": ("easter", -47),
}
FUTURE_CUES = (
    "va", "vont", "sera", "seront", "aura", "auront", "devrait", "devraient", "doit", "doivent",
    "prévu", "prévue", "prévus", "prévues", "prochain", "prochaine", "prochainement", "à partir",
    "compter", "envisage", "compte", "entrera", "aura lieu", "se tiendra", "devra",
)
SCHEDULE_CUES = (
    "commence", "débute", "ouvre", "s'ouvre", "se réunit", "rencontre", "reçoit", "arrive", "part",
    "se rend", "se tient", "a lieu", "joue", "affronte", "reprend",
)
REPORT_CUES = (
    "a déclaré", "a dit", "a annoncé", "a indiqué", "a affirmé", "a précisé", "a expliqué",
    "a confirmé", "selon", "d'après",
)
PAST_CUES = (
    "a", "ont", "avait", "avaient", "était", "étaient", "fut", "furent", "est", "sont", "eu", "été",
    "hier", "dernier", "dernière", "passé", "passée", "déjà", "il y a", "depuis",
    # participles of news verbs standing without their auxiliary ("les mesures annoncées mercredi")
    *(stem + end for stem in ("annoncé", "décidé", "signé", "adopté", "publié", "organisé", "lancé",
                              "voté", "présenté", "dévoilé", "arrêté", "interpellé", "inauguré",
                              "célébré", "enregistré", "retrouvé", "découvert", "tenu", "rendu")
      for end in ("", "e", "s", "es")),
)
