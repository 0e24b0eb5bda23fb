"""What a language pack hands the engine (its date rules, one record each, in a
``DatePack``) and the stages around it (its words of running text, a ``TextPack``).

A rule is one record: the pattern over the pack's vocabulary, the key tokens near which it
is tried, the tokens a match can begin with, a veto that rules a match out from its
context, the normalization that turns a match into a TIMEX3 value, and examples and
non-examples beside it (``tests/test_date_rules.py`` runs them all, for every pack), as
Duckling pairs ``Rules.hs`` with ``Corpus.hs``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.dates.state import State
    from timeline.dates.tense import Cues

# (type, value, mod) of one expression, or None to drop the match.
Result = tuple[str, str, str] | None
Normalizer = Callable[[re.Match[str], "State"], Result]
# True rules the match out ("may" the verb, "March" the verb, "the Sunday Times").
Veto = Callable[[re.Match[str], str], bool]

# The anchor of an example that names none: a Friday, ISO week 2022-W36.
EXAMPLE_ANCHOR = date(2022, 9, 9)


@dataclass(frozen=True)
class Example:
    """``span`` (as it stands in ``text``) is found by its rule and resolves to ``value``
    against ``anchor``, the publication date."""

    text: str
    span: str
    value: str
    anchor: date = EXAMPLE_ANCHOR


@dataclass(frozen=True)
class Rule:
    """One date rule of a pack.

    ``keys``: the tokens (lower-case words, or the digit classes of ``engine.token_keys``) near
    which the pattern is tried; ``starts``: the tokens a match can begin with (the pattern is
    then tried only there, which ``tests/test_date_rules.py`` checks), None to scan. Earlier
    rules win ties between spans of the same length. ``non_examples``: texts in which this rule
    alone finds nothing.
    """

    name: str
    pattern: str
    keys: AbstractSet[str]
    starts: AbstractSet[str] | None
    normalize: Normalizer
    veto: Veto | None = None
    flags: int = re.IGNORECASE
    examples: tuple[Example, ...] = ()
    non_examples: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "keys", frozenset(self.keys))
        if self.starts is not None:
            object.__setattr__(self, "starts", frozenset(self.starts))


@dataclass(frozen=True)
class DatePack:
    """A language's date rules and the words the engine reads through it.

    ``cues``: the tense cues of ``tense.tense``. ``clock_after_digits``: what makes digits a
    clock time ("10 a.m."); ``decade_suffix``: what makes two digits a decade ("80s").
    ``quarter_kept_after``: words before an expression after which the text is still about
    the quarter it named ("the quarter ended Sept. 30").
    """

    code: str
    rules: tuple[Rule, ...]
    cues: Cues
    clock_after_digits: re.Pattern[str]
    decade_suffix: str
    quarter_kept_after: re.Pattern[str]


@dataclass(frozen=True)
class HeaderForms:
    """The words of an article's header lines and datelines ("Published: 12:20, September 13,
    2022", "GENEVA, Sept 9 (Reuters) -", "By Jane Roe"), as regular-expression pieces that
    ``timeline.published`` fits into its patterns.

    ``month_numbers``: month forms (lower case, no dot) -> month; ``weekday``: a weekday,
    whole or short; ``weekday_prefixes``: the alternation of short weekdays that a longer
    form may extend ("Wed", "Wednesday"); ``day_suffix``: an ordinal's ending after a day
    number ("9th"); ``meridiem``: "a.m."/"pm"; ``zone``: a time zone; ``local_time``: a
    zone in words ("UK time"). ``labels``: words a header line may hold around its date.
    """

    month_numbers: Mapping[str, int]
    weekday: str
    weekday_prefixes: str
    day_suffix: str
    meridiem: str
    zone: str
    local_time: str
    labels: frozenset[str]
    label: re.Pattern[str]  # "Published:", "Updated", capitalized, opening a line
    updated: re.Pattern[str]  # "Updated" opening a line
    byline: re.Pattern[str]  # "By" opening a line, a capital after it
    byline_word: str  # "By", before the names of a web dateline's byline
    byline_joiners: frozenset[str]  # lower-case words between the names of a byline


@dataclass(frozen=True)
class TextPack:
    """A language's words of running text, for the stages around the resolver: sentence
    boundaries and page furniture (``sentences``), content words (``merge``), bounds
    (``rank``), header lines and datelines (``published``, ``headers``).

    ``comment_hints``: strings one of which a reader's comment header holds (a cheap test
    before ``comment_header`` is searched); ``trailing_hints``, ``credit_openings`` the same
    for trailing furniture and leading credits (in lower case). ``sentence_openers``: an
    alternation of words that only open a sentence; ``names_follow``: words after which such
    a word may be a name ("the newspaper The Times").
    """

    code: str
    abbreviations: frozenset[str]  # words that end with a period without ending the sentence
    boilerplate_line: re.Pattern[str]  # a whole line of page furniture
    comment_header: re.Pattern[str]  # a reader's comment begins ("... wrote:")
    comment_hints: tuple[str, ...]
    trailing_furniture: re.Pattern[str]  # a credit or link stub ending a sentence
    trailing_hints: tuple[str, ...]
    leading_credit: re.Pattern[str]  # "Photograph: ... /AP" before a sentence
    credit_openings: tuple[str, ...]
    leading_dateline: re.Pattern[str]  # a wire dateline left at the head of a sentence
    inner_stamp: re.Pattern[str]  # a page's time stamp between headline and sentence
    runs_on: re.Pattern[str]  # a line ending on a word no sentence ends with
    sentence_openers: str
    names_follow: frozenset[str]
    stop_words: frozenset[str]
    stem_suffixes: tuple[str, ...]  # longest first
    bound_before: re.Pattern[str]  # a date after these words is a bound ("until May 6")
    headers: HeaderForms
    # a last word (lower case) after which a period ends no sentence, beyond the abbreviations:
    # initials ("J.", "U.N."), and in German ordinals ("am 31. August")
    continues_after: re.Pattern[str] = re.compile(r"(?:[a-z]\.)*[a-z]")
