"""Sentence boundaries that survive news abbreviations, and boilerplate detection.

A period after "Aug.", "U.N.", "Mr." or an initial does not end a sentence; a line break
does (headlines, bullets and captions stand on lines of their own), unless the text is
hard-wrapped or the line stops mid-sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from timeline.dates.lang import DEFAULT, reading_pack
from timeline.dates.records import TextPack

# The words of running text (abbreviations, page furniture, sentence openers) are a language
# pack's: each function reads those of the language its text is read in (``language``, an ISO
# 639 code; a language without a pack is read with the default's).

# Typewriter-width lines (wire copy) are joined back into paragraphs.
HARD_WRAP_MIN_LINES = 5
HARD_WRAP_WIDTHS = (50, 90)
HARD_WRAP_TOLERANCE = 12

# A "sentence" longer than this (a table, a list run together) is cut at spaces into pieces
# of at most this length: every mention carries its sentence, so one endless sentence with
# many dates would make the output grow with the square of its length.
MAX_SENTENCE_CHARS = 1000

# A stop, then a capital or digit opens the next sentence (checked in ``_split_line``, since a
# pattern cannot say "upper case" beyond ASCII: "Über", "Él").
_BOUNDARY = re.compile(r"""[.!?]+['"’”)\]]*(?=\s+['"‘“(\[¿¡«]?(?P<first>[^\W_]))""")
_LAST_WORD = re.compile(r"(\S+?)\.*$")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: offsets into the document text and its position in it."""

    start: int
    end: int
    text: str
    index: int
    boilerplate: bool = False


def _ends_with_abbreviation(pack: TextPack, chunk: str) -> bool:
    match = _LAST_WORD.search(chunk.rstrip(".!?'\"’”)]"))
    if not match:
        return False
    word = match.group(1).lower().lstrip("(\"'“‘")
    if word in pack.abbreviations:
        return True
    # Initials ("J.", "U.N."), and what else the language writes with a dot inside a sentence
    # (German ordinals: "am 31. August")
    return bool(pack.continues_after.fullmatch(word))


def _split_line(pack: TextPack, line: str, offset: int) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for match in _BOUNDARY.finditer(line):
        first = match.group("first")
        if not (first.isupper() or first.isdigit()):
            continue
        if _ends_with_abbreviation(pack, line[begin : match.start() + 1]):
            continue
        spans.append((offset + begin, offset + match.end()))
        begin = match.end()
        while begin < len(line) and line[begin].isspace():
            begin += 1
    if begin < len(line):
        spans.append((offset + begin, offset + len(line)))
    return spans


def _is_hard_wrapped(lengths: Sequence[int]) -> bool:
    """Wire copy wrapped at a fixed width: most lines of one typewriter-like length."""
    if len(lengths) < HARD_WRAP_MIN_LINES:
        return False
    typical = sorted(lengths)[len(lengths) // 2]
    near = sum(1 for length in lengths if abs(length - typical) <= HARD_WRAP_TOLERANCE)
    return HARD_WRAP_WIDTHS[0] <= typical <= HARD_WRAP_WIDTHS[1] and near >= 0.6 * len(lengths)


# A line that ends as a sentence ends: what follows starts a new one, even in lower case.
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*[ \t]*$")


def _joined_run_ons(pack: TextPack, text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines joined where one ends mid-sentence ("payment date is\nMarch 30.") or the next
    goes on in lower case after a line that did not end a sentence, on the very next line and
    not indented. A line without end punctuation followed by a capitalized line (a headline, a
    caption) is a unit of its own."""
    blocks: list[tuple[int, int]] = []
    for start, end in lines:
        if blocks:
            previous_start, previous_end = blocks[-1]
            # the last line's last word is all ``runs_on`` looks at: its tail is enough to search
            tail = max(text.rfind("\n", previous_start, previous_end) + 1, previous_end - 24)
            runs_on = pack.runs_on.search(text, tail, previous_end) or (
                text[start].islower() and not _ENDS_SENTENCE.search(text, tail, previous_end))
            if (runs_on and text[start - 1] == "\n" and text.count("\n", previous_end, start) == 1
                    and not text[start].isspace()):
                blocks[-1] = (previous_start, end)
                continue
        blocks.append((start, end))
    return blocks


def _blocks(pack: TextPack, text: str) -> list[tuple[int, int]]:
    """Paragraph-like blocks: every line, except that hard-wrapped lines of one paragraph are
    joined (a paragraph ends at a blank line, an indented line or a short closed line), and
    so is a line that stops mid-sentence with the line after it."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    if not _is_hard_wrapped([end - start for start, end in lines]):
        return _joined_run_ons(pack, text, lines)
    typical = sorted(end - start for start, end in lines)[len(lines) // 2]
    blocks: list[tuple[int, int]] = []
    for start, end in lines:
        if blocks:
            previous_start, previous_end = blocks[-1]
            last_line = max(text.rfind("\n", previous_start, previous_end) + 1, previous_start)
            short_and_closed = (
                previous_end - last_line < 0.8 * typical and text[previous_end - 1] in ".!?:\"'”’)"
            )
            continues = (
                text.count("\n", previous_end, start) == 1
                and not text[start].isspace()
                and not short_and_closed
            )
            if continues:
                blocks[-1] = (previous_start, end)
                continue
        blocks.append((start, end))
    return blocks


def unwrapped(text: str, language: str = DEFAULT) -> str:
    """``text`` with the line breaks inside its paragraphs (hard-wrapped wire copy, a line that
    runs on) made spaces: the same length and offsets, so that a sentence is read whole, tense
    and all, across its lines ("will expire at\nmidnight")."""
    pieces, done = [], 0
    for start, end in _blocks(reading_pack(language), text):
        block = text[start:end]
        if "\n" in block:
            pieces += [text[done:start], block.replace("\r", " ").replace("\n", " ")]
            done = end
    return "".join(pieces) + text[done:] if pieces else text


def split_sentences(text: str, language: str = DEFAULT) -> list[Sentence]:
    """Sentences of ``text`` in order, each with offsets such that text[start:end] == text."""
    pack = reading_pack(language)
    sentences: list[Sentence] = []
    position = 0
    for block_start, block_end in _blocks(pack, text):
        block = text[block_start:block_end]
        stripped = block.strip(" \t•·*-–—")
        if not stripped:
            continue
        lead = block.index(stripped[0])
        boilerplate_block = bool(pack.boilerplate_line.match(stripped))
        # from a reader's comment on, the block is furniture: a sentence is cut where it begins
        # (its "wrote:" may stand on the next line, after a motto: "Stoker: Carry on!\nwrote:")
        window_end = min(len(text), block_end + 16)
        header = None
        # only where one can be: a header holds one of the hints ("wrote:", "Posted")
        window = text[block_start:window_end]
        for hint in pack.comment_hints:
            if hint in window:
                header = pack.comment_header.search(text, block_start + lead, window_end)
                break
        furniture = header.start() if header and header.start() < block_end else block_end
        for start, end in _with_cut(_split_line(pack, stripped, block_start + lead), furniture):
            while end > start and text[end - 1].isspace():
                end -= 1
            for piece_start, piece_end in _pieces(text, start, end):
                sentence = text[piece_start:piece_end]
                boilerplate = (boilerplate_block or piece_start >= furniture
                               or bool(pack.boilerplate_line.match(sentence)))
                sentences.append(Sentence(piece_start, piece_end, sentence, position, boilerplate))
                position += 1
    return sentences


def _with_cut(spans: list[tuple[int, int]], cut: int) -> list[tuple[int, int]]:
    """``spans`` with the one that holds ``cut`` cut in two there."""
    out = []
    for start, end in spans:
        if start < cut < end:
            out += [(start, cut), (cut, end)]
        else:
            out.append((start, end))
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut at spaces into pieces of at most MAX_SENTENCE_CHARS."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut < 0:
            cut = start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces



@cache
def _run_in_headline(openers: str) -> re.Pattern[str]:
    """A headline or caption printed on the line of the sentence after it, with no stop
    between: "US: one death, at least 91 confirmed cases The Mexican boy had arrived ...": a
    word that only opens a sentence (one of ``openers``) after a lower-case word marks the
    seam (see ``TextPack``)."""
    return re.compile(rf"(?<=[^\W\d_A-Z]|[0-9)’'])\s+(?=(?:{openers})\s)")

# A headline in capitals before the sentence: "EDGAR HERNANDEZ - FIRST CONFIRMED CASE Edgar ...".
_CAPITALS_HEADLINE = re.compile(r"^(?:[A-Z0-9][A-Z0-9'’&.-]*[\s:,-]+){3,}(?=[A-Z][a-z])")
# A title is at most this many words: a longer sentence is cut at a clause and marked "…".
MAX_TITLE_WORDS = 45


def _without_run_in_headline(pack: TextPack, title: str) -> str:
    """The sentence of ``title`` without a headline or caption run into its start (see
    _run_in_headline): cut only where what is left reads as a whole sentence of its own."""
    title = _CAPITALS_HEADLINE.sub("", title) or title
    seams = _run_in_headline(pack.sentence_openers)
    cut = True
    while cut:  # a headline, then a standfirst, then the sentence
        cut = False
        for seam in seams.finditer(title, 0, 200):
            before, after = title[: seam.start()], title[seam.end() :]
            words = before.split()
            if (len(words) >= 3 and not re.search(r"[.!?]", before)
                    and words[-1].lower() not in pack.names_follow
                    and len(after.split()) >= 8 and re.search(r"[.!?][\"'”’)]*$", after)):
                title, cut = after, True
                break
    return title


def _shortened(title: str) -> str:
    """``title`` in at most MAX_TITLE_WORDS words, "…" included: cut after the last clause (a
    comma, semicolon or dash) that keeps at least half of them, else after the last word that
    fits."""
    words = title.split()
    if len(words) <= MAX_TITLE_WORDS:
        return title
    kept = words[:MAX_TITLE_WORDS - 1]
    for end in range(len(kept) - 1, MAX_TITLE_WORDS // 2, -1):
        if kept[end][-1:] in ",;:" or kept[end] in ("-", "–", "—"):
            kept = kept[:end + 1]
            break
    return " ".join(kept).rstrip(",;:-–— ") + " …"


def clean_title(sentence: str, language: str = DEFAULT) -> str:
    """A sentence as an event title: one line, credits, link stubs and a headline run into it
    removed, at most MAX_TITLE_WORDS words."""
    return _shortened(_cleaned(reading_pack(language), sentence))


def _cleaned(pack: TextPack, sentence: str) -> str:
    whole = title = " ".join(sentence.split())
    lowered = title.lower()
    if any(hint in lowered for hint in pack.trailing_hints):  # in every match: most titles skip the scan
        title = pack.trailing_furniture.sub("", title)
    if lowered.startswith(pack.credit_openings):
        title = pack.leading_credit.sub("", title)
    if ") " in title[:140]:
        title = pack.leading_dateline.sub("", title)
    stamp = pack.inner_stamp.search(title, 0, 200)
    if stamp:
        before, after = title[: stamp.start()].strip(), title[stamp.end() :].strip()
        title = before if len(before.split()) >= 4 else after
    title = _without_run_in_headline(pack, title.strip())
    return title.strip() or whole  # a sentence that is all credit keeps its words
