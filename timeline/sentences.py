"""Sentence boundaries that survive news abbreviations, and boilerplate detection.

A period after "Aug.", "U.N.", "Mr." or an initial does not end a sentence; a line break
always does (headlines, bullets and captions stand on lines of their own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that end with a period without ending the sentence (lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st ft mt jr sr rev hon
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc bros no nos vol fig vs etc approx dept est univ ave blvd rd
    e.g i.e u.s u.k u.n u.s.a e.u a.m p.m
    """.split()
)

# Whole lines that are page furniture, not reporting: links, credits, notices.
BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        read\ more\b | see\ also\b | related\b: | click\ here | sign\ up | subscribe |
        follow\ us | share\ this | advertisement$ |
        (?:additional\ )?reporting\ by\b | (?:writing|editing|compiled)\ by\b |
        contact\ the\ writers?\b | our\ standards\b | comments\ are\ moderated |
        for\ more\ information,\ please\ see | replying\ to\b | all\ rights\ reserved |
        copyright\b | © | \(?(?:ap|afp|reuters|getty)?\ ?(?:file\ )?photos?\b[^.]{0,40}$ |
        photo:\ | image\ caption | image\ copyright | media\ caption |
        # readers' comments under web articles
        at\ \d{1,2}[:.]\d{2}\b[^\n]{0,80}?\bwrote: | this\ comment\ was\ removed |
        posted\ by\b | report\ (?:this\ )?comment | (?:\d+\ )?recommend(?:ed)?$
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Credits and link stubs trailing a real sentence: "... 2022. PHOTO: REUTERS", "... read more".
TRAILING_FURNITURE = re.compile(
    r"(?:\s*\(?\bPHOTO\s*[:/]\s*[A-Z][A-Z /]*\)?\.?|\s+read more|\s*\((?:AP|Reuters|AFP) Photo[^)]*\))\s*$",
    re.IGNORECASE,
)

_BOUNDARY = re.compile(r"""[.!?]+['"’”)\]]*(?=\s+['"‘“(\[]?[A-Z0-9])""")
_LAST_WORD = re.compile(r"(\S+?)\.*$")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: offsets into the document text and its position in it."""

    start: int
    end: int
    text: str
    index: int
    boilerplate: bool = False


def _ends_with_abbreviation(chunk: str) -> bool:
    match = _LAST_WORD.search(chunk.rstrip(".!?'\"’”)]"))
    if not match:
        return False
    word = match.group(1).lower().lstrip("(\"'“‘")
    if word in ABBREVIATIONS:
        return True
    # Initials such as "J." or "U.N." style sequences of single letters.
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", word))


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for match in _BOUNDARY.finditer(line):
        if _ends_with_abbreviation(line[begin : match.start() + 1]):
            continue
        spans.append((offset + begin, offset + match.end()))
        begin = match.end()
        while begin < len(line) and line[begin].isspace():
            begin += 1
    if begin < len(line):
        spans.append((offset + begin, offset + len(line)))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each with offsets such that text[start:end] == text."""
    sentences: list[Sentence] = []
    position = 0
    for line_match in re.finditer(r"[^\n]+", text):
        line = line_match.group(0)
        stripped = line.strip(" \t•·*-–—")
        if not stripped:
            continue
        lead = line.index(stripped[0])
        boilerplate_line = bool(BOILERPLATE_LINE.match(stripped))
        for start, end in _split_line(stripped, line_match.start() + lead):
            while end > start and text[end - 1].isspace():
                end -= 1
            sentence = text[start:end]
            boilerplate = boilerplate_line or bool(BOILERPLATE_LINE.match(sentence))
            sentences.append(Sentence(start, end, sentence, position, boilerplate))
            position += 1
    return sentences


def clean_title(sentence: str) -> str:
    """A sentence as an event title: one line, credits and link stubs removed."""
    title = TRAILING_FURNITURE.sub("", " ".join(sentence.split()))
    return title.strip()
