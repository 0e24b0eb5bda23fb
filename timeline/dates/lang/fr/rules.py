"""The French date rules: one record each, in priority order (an earlier rule wins a tie
between spans of the same length), with the key tokens that trigger it, the tokens a match
can begin with, its veto, its normalization (the shared ones, ``normalize.NZ``) and its
examples and non-examples, written for the rule.

French names the day before the month ("le 31 août", "le 1er mai"), puts a relation after its
noun ("jeudi dernier", "la semaine prochaine", "l'an passé") and writes clock times with "h"
("à 10 h 30", "22 heures").
"""

from __future__ import annotations

import re

from timeline.dates.lang import numeric
from timeline.dates.lang.fr import vetoes
from timeline.dates.lang.fr import vocabulary as lx
from timeline.dates.lang.fr.cues import CUES
from timeline.dates.lang.fr.normalize import NZ
from timeline.dates.lang.fr.patterns import (
    CLOCK,
    DATE,
    DAYEXPR,
    MON,
    NUM,
    NW,
    PART,
    QMOD,
    REL_AFTER,
    SEASON,
    UNIT,
    WD,
    YEAR4,
)
from timeline.dates.patterns import alt, trie
from timeline.dates.records import DatePack, Example, Rule

_DIGIT = {"#year", "#clock", "#ndate", "#dec", "#num"}
_MONTH_KEYS = {w.rstrip(".") for w in lx.MONTHS}
_WD_KEYS = set(lx.WEEKDAYS)
_UNIT_KEYS = {w for u in lx.UNITS for w in re.split(r"[\s-]", u)}
_SEASON_KEYS = set(lx.SEASONS)
_DAY_WORDS = {"avant", "hier", "aujourd", "après", "demain"}
_POS_M = r"(?:début|mi-?|fin|courant)"
_POS_M_STARTS = {"début", "mi", "fin", "courant"}
_QMOD_STARTS = {re.split(r"[\s']", w)[0] for w in lx.QUANTITY_MODS}
_NUM_STARTS = ({w.split()[0].split("-")[0] for w in lx.NUMBERS} | {w.split()[0] for w in lx.VAGUE_NUMBERS}
               | _DIGIT)
_HOLIDAYS = list(lx.FIXED_HOLIDAYS) + list(lx.NAMED_DAYS)
_HOLIDAY_KEYS = {re.split(r"[\s'-]", h)[0] for h in _HOLIDAYS}
_PERIOD = r"(?:semaine|mois|année|an|week-end|trimestre|semestre|décennie|siècle)"
_PERIOD_KEYS = {"semaine", "mois", "année", "an", "week", "trimestre", "semestre", "décennie", "siècle"}
_FREQ_KEYS = {w.split()[0] for w in lx.FREQUENCIES} | {w.split()[-1] for w in lx.FREQUENCIES}
_REF_KEYS = ({re.split(r"[\s'’]", w)[0] for w in lx.REFERENCES}
             | {re.split(r"[\s'’]", w)[-1] for w in lx.REFERENCES})

RULES: tuple[Rule, ...] = (
    # ---- clock times
    Rule(
        "day_time",
        rf"(?P<dayexpr>{DAYEXPR}),?\s+(?:à\s+|vers\s+|dès\s+)?{CLOCK}",
        {"h", "heure", "heures"}, {"le", "#num"} | _DAY_WORDS | _WD_KEYS,
        NZ.time,
        examples=(
            Example("La séance s'ouvre lundi à 10 h à Paris.", "lundi à 10 h", "2022-09-12T10:00"),
            Example("L'accident a eu lieu hier vers 14 h 30.", "hier vers 14 h 30", "2022-09-08T14:30"),
        ),
        non_examples=("Lundi, le cours a gagné 10 points.",),
    ),
    Rule(
        "time",
        rf"(?:(?P<approx>vers|environ)\s+)?(?:{CLOCK}|(?<!après-)(?P<noon>midi|minuit){NW})",
        {"h", "heure", "heures", "midi", "minuit"}, {"vers", "environ", "midi", "minuit"} | _DIGIT,
        NZ.time, vetoes.not_a_clock,
        examples=(
            Example("Les pompiers sont intervenus à 22 h.", "22 h", "2022-09-09T22:00"),
            Example("Le train part à 21 h 45.", "21 h 45", "2022-09-09T21:45"),
            Example("Rendez-vous à 16 heures devant la mairie.", "16 heures", "2022-09-09T16:00"),
        ),
        non_examples=("La course a duré 3 heures.",),
    ),
    # ---- explicit dates
    Rule(
        "date", DATE, _MONTH_KEYS, {"le", "du", "au", "#num"} | _WD_KEYS | {"1er"},
        NZ.date,
        examples=(
            Example("Le rapport a été publié le 31 août.", "le 31 août", "2022-08-31"),
            Example("Le vote aura lieu le 9 octobre 2022.", "le 9 octobre 2022", "2022-10-09"),
            Example("La fête a lieu samedi 1er octobre.", "samedi 1er octobre", "2022-10-01"),
            Example("Il est parti le 6 mai dernier.", "le 6 mai dernier", "2022-05-06"),
        ),
        non_examples=("Il a marqué 31 buts.",),
    ),
    *numeric.RULES,
    # ---- months and years
    Rule(
        "month_year",
        rf"(?:(?P<pos>{_POS_M})\s*)?(?P<mon>{MON})\s+(?P<year>{YEAR4}|'?\d\d(?!\d))",
        _MONTH_KEYS, _POS_M_STARTS | _MONTH_KEYS,
        NZ.month_year,
        examples=(
            Example("La production a chuté en juin 2021.", "juin 2021", "2021-06"),
            Example("Il est arrivé fin mars 2020.", "fin mars 2020", "2020-03"),
        ),
        non_examples=("Il a payé 2021 euros.",),
    ),
    Rule(
        "month",
        rf"(?:(?P<pos>{_POS_M})\s*)?(?P<mon>{MON})(?:\s+(?P<rel>{REL_AFTER}){NW})?",
        _MONTH_KEYS, _POS_M_STARTS | _MONTH_KEYS,
        NZ.month, vetoes.month_alone,
        examples=(
            Example("La loi entrera en vigueur en janvier.", "janvier", "2023-01"),
            Example("L'usine a fermé en mars.", "mars", "2022-03"),
            Example("Les travaux commenceront début mai.", "début mai", "2023-05"),
            Example("Il est parti en juin dernier.", "juin dernier", "2022-06"),
        ),
        non_examples=("La sonde se posera sur Mars.",),
    ),
    Rule(
        "holiday",
        rf"(?P<hol>{trie(_HOLIDAYS)}){NW}(?:\s+(?P<y>{YEAR4}))?",
        _HOLIDAY_KEYS, _HOLIDAY_KEYS,
        NZ.holiday,
        examples=(
            Example("Les magasins étaient pleins avant Noël.", "Noël", "2021-12-25"),
            Example("Le week-end de la Pentecôte fut calme.", "Pentecôte", "2022-06-05"),
            Example("Ils se sont mariés à Pâques 2020.", "Pâques 2020", "2020-04-12"),
        ),
        non_examples=("Le père Noëlle est venu.",),
    ),
    # ---- seasons, decades, centuries, years
    Rule(
        "season",
        rf"(?:(?P<the>l['’]|le)\s*)?(?:(?P<pos>début|fin)\s+(?:de\s+l['’]|du\s+)?)?(?P<s>{SEASON}){NW}"
        rf"(?:\s+(?P<rel>{REL_AFTER}){NW}|\s+(?P<y>{YEAR4}))?",
        _SEASON_KEYS, {"l", "le", "début", "fin"} | _SEASON_KEYS,
        NZ.season, vetoes.season_alone,
        examples=(
            Example("Le musée rouvrira au printemps.", "printemps", "2023-SP"),
            Example("L'hiver dernier a été doux.", "L'hiver dernier", "2021-WI"),
            Example("Les travaux ont commencé à l'automne 2011.", "l'automne 2011", "2011-FA"),
        ),
        non_examples=("Il porte une robe d'été.",),
    ),
    Rule(
        "decade",
        rf"(?:(?P<pos>début|milieu|fin)\s+des\s+)?années\s+(?:(?P<d4>1[5-9]\d0|20[0-9]0)|(?P<d2>[1-9]0)){NW}",
        {"années"}, {"début", "milieu", "fin", "années"},
        NZ.decade,
        examples=(
            Example("La ville a prospéré dans les années 1990.", "années 1990", "199"),
            Example("C'était à la fin des années 70.", "fin des années 70", "197"),
        ),
        non_examples=("Les années passent.",),
    ),
    Rule(
        "century",
        rf"(?P<w>{trie(r.lower() for r in ('xve', 'xvie', 'xviie', 'xviiie', 'xixe', 'xxe', 'xxie'))})"
        rf"\s+siècle{NW}",
        {"siècle"}, {"xve", "xvie", "xviie", "xviiie", "xixe", "xxe", "xxie"},
        NZ.century,
        examples=(
            Example("Le chemin de fer est arrivé au XIXe siècle.", "XIXe siècle", "18"),
        ),
        non_examples=("Un siècle a passé.",),
    ),
    Rule(
        "year",
        rf"(?<![\w.,/])(?:(?:l['’]année|l['’]an)\s+)?(?P<y>\d{{4}})(?![\d.,]\d){NW}",
        {"#year"}, {"l", "#year"},
        NZ.year, vetoes.not_a_year,
        examples=(
            Example("Le barrage a été construit en 1998.", "1998", "1998"),
            Example("Rendez-vous en l'an 2001.", "l'an 2001", "2001"),
        ),
        non_examples=("Le tableau a coûté 1995 euros.", "Quelque 1500 personnes sont venues."),
    ),
    # ---- days named from the anchor
    Rule(
        "relday",
        rf"(?P<rd>avant-hier|hier|aujourd['’]hui|après-demain|demain){NW}(?:\s+(?P<part>{PART}){NW})?",
        _DAY_WORDS, _DAY_WORDS,
        NZ.relday,
        examples=(
            Example("Le ministre est arrivé hier.", "hier", "2022-09-08"),
            Example("Les négociations reprennent demain matin.", "demain matin", "2022-09-10TMO"),
            Example("Il est revenu hier soir.", "hier soir", "2022-09-08TEV"),
        ),
        non_examples=("La France d'hierarchie.",),
    ),
    Rule(
        "daypart_this",
        rf"(?P<rel>ce|cet|cette)\s+(?P<part>matin|après-midi|soir|nuit|matinée|soirée){NW}",
        {"matin", "après", "midi", "soir", "nuit", "matinée", "soirée"}, {"ce", "cet", "cette"},
        NZ.daypart,
        examples=(
            Example("Les cours ont baissé ce matin.", "ce matin", "2022-09-09TMO"),
            Example("Le concert a lieu ce soir.", "ce soir", "2022-09-09TEV"),
        ),
        non_examples=("Ce matinal est venu.",),
    ),
    Rule(
        "weekday_time",
        rf"(?P<wd>{WD}){NW}\s+(?P<part>matin|après-midi|soir|nuit){NW}",
        {"matin", "après", "midi", "soir", "nuit"}, _WD_KEYS,
        NZ.weekday_time,
        examples=(
            Example("L'incendie s'est déclaré mardi soir.", "mardi soir", "2022-09-06TEV"),
        ),
        non_examples=("Le mardi gras est fini.",),
    ),
    Rule(
        "weekday",
        rf"(?:(?P<pl>chaque)\s+)?(?:les\s+)?(?P<wd>{WD})(?P<partpl>s)?{NW}(?:\s+(?P<rel>{REL_AFTER}){NW})?",
        _WD_KEYS | {w + "s" for w in _WD_KEYS}, _WD_KEYS | {w + "s" for w in _WD_KEYS} | {"les", "chaque"},
        NZ.weekday, vetoes.named_weekday,
        examples=(
            Example("Les deux ministres se sont rencontrés jeudi.", "jeudi", "2022-09-08"),
            Example("Le Parlement votera le texte lundi.", "lundi", "2022-09-12"),
            Example("Le conseil s'est réuni jeudi dernier.", "jeudi dernier", "2022-09-08"),
            Example("Le musée est fermé les lundis.", "les lundis", "XXXX-WXX-1"),
            Example("Le marché a lieu chaque mardi.", "chaque mardi", "XXXX-WXX-2"),
        ),
        non_examples=("Il lit Le Journal du Dimanche.",),
    ),
    # ---- periods named from the anchor or from the text's last date
    Rule(
        "relperiod",
        rf"(?:(?P<the>la|le|l['’]|les)\s*)?(?P<unit>{_PERIOD}|{SEASON}){NW}\s+(?P<rel>{REL_AFTER}){NW}",
        _PERIOD_KEYS | _SEASON_KEYS, {"la", "le", "l", "les"} | _PERIOD_KEYS | _SEASON_KEYS,
        NZ.relperiod,
        examples=(
            Example("L'envoyé se rend à Pékin la semaine prochaine.", "la semaine prochaine", "2022-W37"),
            Example("Les exportations ont baissé l'an dernier.", "l'an dernier", "2021"),
            Example("Le mois passé fut chaud.", "Le mois passé", "2022-08"),
            Example("Le lendemain et la semaine suivante, il plut.", "la semaine suivante", "2022-W37"),
        ),
        non_examples=("La semaine de quatre jours.",),
    ),
    Rule(
        "relperiod_this",
        rf"(?P<rel>ce|cet|cette)\s+(?P<unit>semaine|mois|année|week-end|trimestre|{SEASON}){NW}(?:-ci)?",
        _PERIOD_KEYS | _SEASON_KEYS, {"ce", "cet", "cette"},
        NZ.relperiod,
        examples=(
            Example("Les ventes ont progressé cette année.", "cette année", "2022"),
            Example("Le sommet se tient ce mois-ci.", "ce mois-ci", "2022-09"),
        ),
        non_examples=("Cette annonce a surpris.",),
    ),
    # "dans la soirée", "en fin d'après-midi", "le matin même": of the day just named
    Rule(
        "daypart",
        rf"(?:(?P<pos>début|fin|milieu)\s+(?:de\s+(?:la\s+)?|d['’]))?(?:(?:la|le|l['’])\s*)?"
        rf"(?P<part>matinée|matin|après-midi|soirée|soir|nuit){NW}(?:\s+même)?",
        {"matinée", "matin", "après", "midi", "soirée", "soir", "nuit"},
        {"début", "fin", "milieu", "la", "le", "l", "matinée", "matin", "après", "soirée", "soir", "nuit"},
        NZ.daypart, vetoes.daypart_alone,
        examples=(
            Example("Le 24 mars, les cours ont chuté. Dans la soirée, ils ont rebondi.", "la soirée",
                    "2022-03-24TEV"),
            Example("Le 24 mars, il a plu en fin d'après-midi.", "fin d'après-midi", "2022-03-24TAF"),
        ),
        non_examples=("Bonne nuit à tous.",),
    ),
    # "le lendemain", "la veille", "le même jour"
    Rule(
        "anaphor_day",
        r"(?:(?P<the>le|la)\s+)?(?P<rel>lendemain|veille)(?:\s+(?P<unit>matin|soir))?" + NW,
        {"lendemain", "veille"}, {"le", "la", "lendemain", "veille"},
        NZ.anaphor, vetoes.not_the_eve,
        examples=(
            Example("Il est arrivé lundi et reparti le lendemain.", "le lendemain", "2022-09-06"),
            Example("Le 3 mars, il a voté; la veille, il priait.", "la veille", "2022-03-02"),
        ),
        non_examples=("Il veille sur eux.",),
    ),
    Rule(
        "anaphor",
        rf"(?:(?P<the>le|la)\s+)?(?P<rel>même)\s+(?P<unit>jour|matin|soir|semaine|mois|année){NW}",
        {"jour", "matin", "soir", "semaine", "mois", "année"}, {"le", "la", "même"},
        NZ.anaphor,
        examples=(
            Example("Le vote a eu lieu le 3 mars; le même jour, il a démissionné.", "le même jour",
                    "2022-03-03"),
        ),
        non_examples=("Le même homme est venu.",),
    ),
    Rule(
        "ago",
        rf"(?P<dir>il\s+y\s+a|dans|d['’]ici)\s+(?:(?P<q>{QMOD})\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT}){NW}",
        {"y", "dans", "ici"}, {"il", "dans", "d"},
        NZ.ago, vetoes.not_from_now,
        examples=(
            Example("La mine a fermé il y a trois ans.", "il y a trois ans", "2019"),
            Example("La décision tombera dans deux semaines.", "dans deux semaines", "2022-W38"),
        ),
        non_examples=("Il y a trois maisons.", "Dans plusieurs années de travail, rien."),
    ),
    Rule(
        "ago_after",
        rf"(?:(?P<q>{QMOD})\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?P<dir>plus\s+tard|plus\s+tôt|auparavant)"
        rf"{NW}",
        {"tard", "tôt", "auparavant"}, _QMOD_STARTS | _NUM_STARTS,
        NZ.ago,
        examples=(
            Example("Il est arrivé le 3 mai et reparti deux jours plus tard.", "deux jours plus tard",
                    "2022-05-05"),
        ),
        non_examples=("Il est venu plus tard.",),
    ),
    # ---- durations
    Rule(
        "duration",
        rf"(?:(?P<q>{QMOD})\s+)?(?:(?:les|ces)\s+(?:(?:derniers|dernières|prochains|prochaines)\s+)?)?"
        rf"(?P<num>{NUM})\s+(?P<unit>{UNIT}){NW}",
        _UNIT_KEYS, _QMOD_STARTS | _NUM_STARTS | {"les", "ces"},
        NZ.duration, vetoes.not_a_duration,
        examples=(
            Example("Il vit là depuis trois ans.", "trois ans", "P3Y"),
            Example("La grève a duré quelques jours.", "quelques jours", "PXD"),
            Example("Il a couru 30,4 secondes.", "30,4 secondes", "PT30.4S"),
        ),
        non_examples=("Un garçon de 12 ans.",),
    ),
    # ---- references and recurrences
    Rule(
        "reference", rf"(?:{alt(lx.REFERENCES)}){NW}",
        _REF_KEYS, {re.split(r"[\s'’]", w)[0] for w in lx.REFERENCES},
        NZ.reference,
        examples=(
            Example("Il est maintenant président.", "maintenant", "PRESENT_REF"),
            Example("Les prix ont augmenté récemment.", "récemment", "PAST_REF"),
        ),
        non_examples=("Le maintenancier est venu.",),
    ),
    Rule(
        "frequency",
        rf"(?P<f>{trie(lx.FREQUENCIES)}){NW}",
        _FREQ_KEYS, {re.split(r"\s", w)[0] for w in lx.FREQUENCIES},
        NZ.set,
        examples=(
            Example("Le journal paraît chaque jour.", "chaque jour", "P1D"),
        ),
        non_examples=("Le quotidienneté pèse.",),
    ),
)

PACK = DatePack(
    code="fr",
    rules=RULES,
    cues=CUES,
    clock_after_digits=re.compile(r"\s?(?:h|heures?)(?![^\W_])", re.IGNORECASE),
    decade_suffix="\0",
    quarter_kept_after=re.compile(r"(?!)"),
)

