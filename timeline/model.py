"""Typed records passed between the pipeline stages.

load documents -> resolve dates -> extract mentions -> merge events -> order -> render.
Every record is frozen so a stage can never change what an earlier stage produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from timeline.period import Period

# Where a document's publication date came from; "inferred" dates are estimates.
PUBLISHED_SOURCES = ("header", "dateline", "metadata", "option", "inferred", "none")
# Where a document's outlet came from; "file" is the file's name, for want of a better one.
OUTLET_SOURCES = ("dateline", "header", "metadata", "file", "none")


@dataclass(frozen=True)
class Document:
    """One article: its text and the publication date its relative dates hang on."""

    id: str
    path: str
    title: str
    text: str
    published: date | None = None
    published_from: str = "none"
    # A publication date known only in part, as a TIMEX3 value such as "XXXX-09-09"
    # (a dateline "GENEVA, Sept 9 (Reuters)"); the collection supplies the year.
    published_hint: str = ""
    # Character ranges of ``text`` that are metadata (header date lines, bylines,
    # front matter), not reporting: no event is taken from them.
    metadata_spans: tuple[tuple[int, int], ...] = ()
    # Who published it, as a reader knows the name ("Reuters", "AP", "BBC"): read from the
    # dateline, a header line, the page's or record's metadata, else the file's name.
    outlet: str = ""
    outlet_from: str = "none"
    # The article's canonical web address (a page's <link rel="canonical"> or og:url, a
    # record's "url"), "" when it names none. Outputs link to it only when it is http(s).
    url: str = ""
    # The ISO 639 code of the language the article declares ("en", "de"), "" when unknown.
    language: str = ""
    # The language its text is read in (``--lang``, else the declared one, else the one its
    # text is detected to be in, else English): the pack its dates, sentences and words are
    # read with; a language without a pack has its numeric dates read only.
    read_in: str = "en"


@dataclass(frozen=True)
class TemporalExpression:
    """A temporal expression found in a text, normalized to a TIMEX3 value.

    ``start``/``end`` are character offsets into the text given to ``resolve``;
    ``type`` is DATE, TIME, DURATION or SET; ``mod`` is a TIMEX3 modifier
    (START, MID, END, APPROX, BEFORE, AFTER, ...) or "".
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""


@dataclass(frozen=True)
class Mention:
    """A sentence of one document that places something at a time."""

    document_id: str
    sentence: str
    sentence_start: int
    expression: TemporalExpression
    period: Period
    # 0 for the headline, 1 for the lead sentence, and so on: prominence for ranking.
    position: int = 0
    # The publication date the expression was resolved against (None: not anchored).
    anchor: date | None = None
    # True for an article's undated lead sentence, dated by the article's publication date
    # (news reports the day's events first); ``expression`` is then empty.
    implicit: bool = False
    # The language its article is read in (``Document.read_in``): the words of the sentence
    # that merging compares and the bound words ranking reads are that language's.
    language: str = "en"


@dataclass(frozen=True)
class Event:
    """Mentions from one or more documents that report the same happening."""

    id: str
    period: Period
    title: str
    score: float
    mentions: tuple[Mention, ...]
    # Other dates that some sources gave for this event, kept visible, never averaged.
    conflicts: tuple[Period, ...] = ()

    @property
    def documents(self) -> tuple[str, ...]:
        """Distinct source documents, in first-mention order."""
        return tuple(dict.fromkeys(m.document_id for m in self.mentions))


@dataclass(frozen=True)
class Chronology:
    """The one thing every renderer takes: the documents and their ordered events."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    warnings: tuple[str, ...] = field(default=())
    # Background events left out of ``events`` (history, asides far from the story): the
    # CLI says how many, and ``--all`` keeps them.
    background: int = 0
