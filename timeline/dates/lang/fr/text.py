"""French words of running text, read by the stages around the resolver: where a sentence does
not end (abbreviations: "M.", "janv."), page furniture ("Photo : AFP", "Lire aussi"), stop
words, the words that make a date a bound ("jusqu'au", "depuis"), and the forms of header
lines and datelines ("Publié le 31 août 2022", "PARIS (AFP) -")."""

from __future__ import annotations

import re

from timeline.dates.lang.fr.vocabulary import FULL_MONTHS, MONTH_ABBREVIATIONS
from timeline.dates.records import HeaderForms, TextPack

ABBREVIATIONS = frozenset(
    """
    m mm mme mmes mlle dr me st ste av bd etc cf p ex env janv févr avr juil sept oct nov déc
    lun mar mer jeu ven sam dim no n° tél
    """.split()
)
BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        lire\ aussi\b | à\ lire\ aussi\b | voir\ aussi\b | publicité$ | (?:photo|crédit)\s*:\s* |
        ©|copyright\b | tous\ droits\ réservés | abonnez-vous\b | partager\b | \d+\ commentaires?$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
TRAILING_FURNITURE = re.compile(r"(?:\s*\((?:Photo|Crédit)\s*:[^)]*\))\s*$", re.IGNORECASE)
LEADING_CREDIT = re.compile(r"^(?:Photo|Crédit)\s*:\s*[^.:]{1,60}?/\s*(?:AFP|Reuters|AP)\s+(?=\S)",
                            re.IGNORECASE)
LEADING_DATELINE = re.compile(
    r"^[^()]{0,120}?\((?:AFP|Reuters|AP|Belga|ATS)\)\s*(?:-{1,2}|–|—)\s*(?=\S)"
)
RUNS_ON = re.compile(
    r"(?:,|\b(?:le|la|les|l|un|une|des|du|de|d|et|ou|mais|à|au|aux|en|dans|par|pour|sur|avec|que|qui|"
    r"est|sont|a|ont|était|sera|son|sa|ses|leur|leurs))[ \t]*$"
)
SENTENCE_OPENERS = "Le|La|Les|Un|Une|Il|Elle|Ils|Elles|On|Nous|Ce|Cette|Mais|Après|Selon|Depuis"
NAMES_FOLLOW = frozenset(
    "dit a déclaré selon le la les du de des journal quotidien magazine film livre".split())
STOPWORDS = frozenset(
    """
    au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me même mes
    moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un
    une vos votre vous c d j l à m n s t y été étée étées étés étant suis es est sommes êtes sont
    serai sera seront serait seraient étais était étaient fus fut furent ai as avons avez ont aurai
    aura auront aurait auraient avais avait avaient eut eurent eu eue eus ceci cela celà cet cette
    ici ils les leurs quel quels quelle quelles sans soi a dit déclaré selon aussi plus très tout
    tous toute toutes après avant depuis hier aujourd hui demain jour jours semaine semaines mois an
    ans année années lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril
    mai juin juillet août septembre octobre novembre décembre dernier dernière prochain prochaine
    """.split()
)
STEM_SUFFIXES = ("ements", "ement", "ations", "ation", "es", "s", "e")
BOUND_BEFORE = re.compile(
    r"\b(?:jusqu['’](?:à|au)|depuis|dès|avant|après|d['’]ici)\s+(?:le\s+|la\s+)?$", re.IGNORECASE)
HEADER_LABELS = frozenset({"publié", "mis", "à", "jour", "le", "modifié", "mise", "par", "h"})
HEADER_LABEL = re.compile(r"^\s*(?:Publié|Mis\s+à\s+jour|Modifié|PUBLIÉ)\b\s*(?::|(?=\s*(?:le\s+)?\d))")
HEADERS = HeaderForms(
    month_numbers={**FULL_MONTHS, **MONTH_ABBREVIATIONS},
    weekday=r"\b(?:lun|mar|mer|jeu|ven|sam|dim)(?:di|credi|edi|anche)?\b\.?",
    weekday_prefixes="Lun|Mar|Mer|Jeu|Ven|Sam|Dim",
    day_suffix=r"er",
    meridiem=r"h",
    zone=r"\b(?:CET|CEST|UTC|GMT|HNEC)\b",
    local_time=r"(?:heure\s+de\s+Paris)",
    labels=HEADER_LABELS,
    label=HEADER_LABEL,
    updated=re.compile(r"^\s*(?:Mis\s+à\s+jour|Modifié)\b"),
    byline=re.compile(r"^\s*(?:Par|PAR)\s+[A-ZÉ]"),
    byline_word="Par",
    byline_joiners=frozenset({"et", "de", "du", "à", "avec", "le", "la"}),
)

# See TextPack.function_words.
FUNCTION_WORDS = frozenset("le les des et est une dans pour qui sur au aux du pas ont été".split())

TEXT = TextPack(
    code="fr",
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    boilerplate_line=BOILERPLATE_LINE,
    comment_header=re.compile(r"(?!)"),
    comment_hints=(),
    trailing_furniture=TRAILING_FURNITURE,
    trailing_hints=("photo", "crédit"),
    leading_credit=LEADING_CREDIT,
    credit_openings=("photo", "crédit"),
    leading_dateline=LEADING_DATELINE,
    inner_stamp=re.compile(r"(?!)"),
    runs_on=RUNS_ON,
    sentence_openers=SENTENCE_OPENERS,
    names_follow=NAMES_FOLLOW,
    stop_words=STOPWORDS,
    stem_suffixes=STEM_SUFFIXES,
    bound_before=BOUND_BEFORE,
    headers=HEADERS,
)
