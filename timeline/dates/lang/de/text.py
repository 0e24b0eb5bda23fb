"""German words of running text, read by the stages around the resolver: where a sentence does
not end (abbreviations, and the ordinal dot: "am 31. August"), page furniture ("Foto: dpa",
"Lesen Sie auch"), stop words, the words that make a date a bound ("bis", "seit"), and the
forms of header lines and datelines ("Veröffentlicht am 31.08.2022", "BERLIN (dpa) -").
"""

from __future__ import annotations

import re

from timeline.dates.lang.de.vocabulary import FULL_MONTHS, MONTH_ABBREVIATIONS
from timeline.dates.records import HeaderForms, TextPack

# Words that end with a period without ending the sentence (lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    """
    dr prof nr nrn st str abs art bzw ca usw vgl evtl ggf inkl zb z.b u.a d.h v.a o.ä u.ä s.o
    mio mrd tsd jh jhd jan febr feb mär apr jun jul aug sep sept okt nov dez mo di mi do fr sa so
    hr fr frl dipl ing mag bzgl lt gem sog verh geb gest tel
    """.split()
)

BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        lesen\ sie\ auch\b | mehr\ zum\ thema\b | mehr\ dazu\b | weitere\ informationen\b |
        anzeige$ | werbung$ | (?:foto|fotos|bild|grafik)\s*:\s* | ©|copyright\b |
        alle\ rechte\ vorbehalten | teilen\ sie\b | jetzt\ abonnieren | newsletter\b |
        kommentare?\b | \d+\ kommentare?$ | mitarbeit:\ |
        (?:mit\ )?material\ von\b | quelle:\s
    )""",
    re.IGNORECASE | re.VERBOSE,
)
COMMENT_HEADER = re.compile(r"(?!)")
TRAILING_FURNITURE = re.compile(r"(?:\s*\((?:Foto|Bild)\s*:[^)]*\)|\s+mehr\s*»?)\s*$", re.IGNORECASE)
LEADING_CREDIT = re.compile(
    r"^(?:Foto|Bild|Fotos)\s*:\s*[^.:]{1,60}?/\s*(?:dpa|AFP|Reuters|AP|APA|KNA|epd)\s+(?=\S)", re.IGNORECASE)
# A wire dateline left at the head of a sentence: "BERLIN (dpa) - Die Regierung ...".
LEADING_DATELINE = re.compile(
    r"^[^()]{0,120}?\((?:dpa|AFP|Reuters|AP|APA|KNA|epd|SDA|dpa-AFX|ANSA|sid)\)\s*(?:-{1,2}|–|—)\s*(?=\S)"
)
INNER_STAMP = re.compile(
    r"\s(?:Mon|Diens|Mitt|Donners|Frei|Sams|Sonn)(?:tag|woch),?\s\d{1,2}\.\s[A-ZÄÖÜ][a-zäöü]+\s\d{4},?\s"
    r"\d{1,2}[.:]\d{2}(?:\sUhr)?\s"
)
RUNS_ON = re.compile(
    r"(?:,|\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|und|oder|aber|von|vom|zu|zum|"
    r"zur|mit|in|im|an|am|auf|für|bei|nach|aus|über|unter|ist|sind|war|hat|haben|wird|werden|dass|als|"
    r"wie|sein|seine|ihre|ihr))[ \t]*$"
)
SENTENCE_OPENERS = "Der|Die|Das|Ein|Eine|Er|Sie|Es|Wir|Ich|Dies|Diese|Dieser|Doch|Aber|Nach|Als|Wenn|Im|Am"
NAMES_FOLLOW = frozenset(
    """
    sagte sagt schrieb schreibt in im am an auf von vom der die das den dem des ein eine zeitung blatt
    magazin film buch roman album lied titel namens genannt heißt
    """.split()
)
STOPWORDS = frozenset(
    """
    aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch
    auf aus bei bin bis bist da damit dann der den des dem die das dass daß derselbe dieselbe dasselbe
    dein deine dich dir doch dort du durch ein eine einem einen einer eines er es euer eure für gegen
    gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer
    im in indem ins ist jede jedem jeden jeder jedes jene jetzt kann kein keine können könnte machen man
    manche mein meine mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein
    seine seinem seinen seiner seit sich sie sind so solche soll sollte sondern sonst über um und uns
    unser unter viel vom von vor während war waren warum was weg weil weiter welche wenn werde werden
    wie wieder will wir wird wo wollen worden würde würden zu zum zur zwar zwischen sagte sagt sagten
    erklärte teilte mit laut zufolge heute gestern morgen jahr jahre jahren jahres monat monate woche
    wochen tag tage tagen montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar
    märz april mai juni juli august september oktober november dezember uhr bereits rund etwa mehr
    neue neuen ersten zwei drei vier fünf einem einer eines beim seien sei wurde wurden
    """.split()
)
STEM_SUFFIXES = ("ungen", "ern", "en", "er", "es", "e", "s")
BOUND_BEFORE = re.compile(
    r"\b(?:bis|seit|ab|vor|nach|spätestens|frühestens)\s+(?:zum\s+|zur\s+|dem\s+|den\s+)?$", re.IGNORECASE)

HEADER_LABELS = frozenset({
    "veröffentlicht", "aktualisiert", "erstellt", "geändert", "stand", "datum", "am", "um", "uhr", "von",
    "zuletzt", "erschienen",
})
HEADER_LABEL = re.compile(
    r"^\s*(?:Zuletzt\s+)?(?:Veröffentlicht|Aktualisiert|Erstellt|Geändert|Stand|Datum|Erschienen"
    r"|VERÖFFENTLICHT|AKTUALISIERT)\b\s*(?::|(?=\s*(?:am\s+)?\d))"
)
HEADERS = HeaderForms(
    month_numbers={**FULL_MONTHS, **MONTH_ABBREVIATIONS},
    weekday=r"\b(?:Mo|Di|Mi|Do|Fr|Sa|So)(?:ntag|enstag|ttwoch|nnerstag|eitag|mstag|nntag)?\b\.?",
    weekday_prefixes="Mo|Di|Mi|Do|Fr|Sa|So",
    day_suffix=r"\.",
    meridiem=r"Uhr",
    zone=r"\b(?:MEZ|MESZ|CET|CEST|UTC|GMT)\b",
    local_time=r"(?:MEZ|MESZ)",
    labels=HEADER_LABELS,
    label=HEADER_LABEL,
    updated=re.compile(r"^\s*(?:Zuletzt\s+)?(?:Aktualisiert|AKTUALISIERT)\b"),
    byline=re.compile(r"^\s*(?:Von|VON)\s+[A-ZÄÖÜ]"),
    byline_word="Von",
    byline_joiners=frozenset({"und", "in", "aus", "von", "der", "de", "van"}),
)

# See TextPack.function_words.
FUNCTION_WORDS = frozenset(
    "der die das und ist nicht mit den dem des von zu auf sich ein eine wird hat".split()
)

TEXT = TextPack(
    code="de",
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    boilerplate_line=BOILERPLATE_LINE,
    comment_header=COMMENT_HEADER,
    comment_hints=(),
    trailing_furniture=TRAILING_FURNITURE,
    trailing_hints=("foto", "bild", "mehr"),
    leading_credit=LEADING_CREDIT,
    credit_openings=("foto", "bild"),
    leading_dateline=LEADING_DATELINE,
    inner_stamp=INNER_STAMP,
    runs_on=RUNS_ON,
    sentence_openers=SENTENCE_OPENERS,
    names_follow=NAMES_FOLLOW,
    stop_words=STOPWORDS,
    stem_suffixes=STEM_SUFFIXES,
    bound_before=BOUND_BEFORE,
    headers=HEADERS,
    # initials ("H. Müller"), and the ordinal dot of a day or a count: "am 31. August", "der 2. Weltkrieg"
    continues_after=re.compile(r"(?:[a-zäöü]\.)*[a-zäöü]|\d{1,2}"),
)
