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
from dataclasses import dataclass, field
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


_NEVER = re.compile(r"(?!)")


def _never(*_args: object) -> bool:
    return False


@dataclass(frozen=True)
class Lexicon:
    """A language's words as the shared normalizations (``timeline.dates.normalize``) read
    them: each table maps a surface form (lower case, single spaces) to a number or a code
    (``arithmetic``: relations LAST, NEXT, THIS ...; periods WEEK, MONTH ...; TIMEX3 parts of
    the day "MO", seasons "SU", modifiers "START"). A rule's named groups hold the words; the
    normalization looks them up here, so it never compares a word of any language.

    ``relations``: "last", "this past", "the following" -> a relation; ``periods``: "week",
    "fiscal year" -> a period; ``units``: a duration's unit -> ``arithmetic.Unit``;
    ``relative_days``: "yesterday" -> -1; ``night_words``: a day word that is its night
    ("tonight"); ``directions``: "ago" -> (-1, False), "later" -> (1, True) (True: counted from
    the text's last date, not the anchor); ``year_offsets``: "last year" -> -1 (a year after a
    date or month); ``clock_words``: "noon" -> "T12:00"; ``number``: the value of a number in
    digits or words (None: vague, "several").
    """

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    units: Mapping[str, tuple[str, bool, int]]
    periods: Mapping[str, str]
    relations: Mapping[str, str]
    day_parts: Mapping[str, str]
    seasons: Mapping[str, str]
    positions: Mapping[str, str]
    quantity_mods: Mapping[str, str]
    ordinals: Mapping[str, int]
    relative_days: Mapping[str, int]
    directions: Mapping[str, tuple[int, bool]]
    year_offsets: Mapping[str, int]
    references: Mapping[str, str]
    frequencies: Mapping[str, str]
    number: Callable[[str], float | None]
    weekdays_before_date: Mapping[str, int] = field(default_factory=dict)
    decade_words: Mapping[str, int] = field(default_factory=dict)
    night_words: frozenset[str] = frozenset()
    clock_words: Mapping[str, str] = field(default_factory=dict)
    fixed_holidays: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    floating_holidays: Mapping[str, tuple[int, int, int]] = field(default_factory=dict)
    named_days: Mapping[str, tuple[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Contexts:
    """What a language's text around a match says, as the shared normalizations read it: each
    pattern is matched right after the match (``*_after``, with ``match(text, end)``) or
    searched in the text before it (``*_before``, ending with ``$``); a language that has no
    such usage leaves the default, which never matches.
    """

    # "March 5 next year": a year-offset word (group 1, ``Lexicon.year_offsets``) right after
    year_named_after: re.Pattern[str] = _NEVER
    # "the Sept. 11 attacks": those of 2001, after the date
    sept_11_after: re.Pattern[str] = _NEVER
    # "will", "shall" right before a date: a strong future, no grace for a day just gone
    will_before: re.Pattern[str] = _NEVER
    # "January to April 1919": groups ``mon`` and ``y`` of the range's dated end, after a month
    range_to_dated_month: re.Pattern[str] = _NEVER
    # what stands between the two months of a range ("July to December"), whole
    month_after_month: re.Pattern[str] = _NEVER
    contract_month: re.Pattern[str] = _NEVER  # "December delivery": a month ahead
    data_month: re.Pattern[str] = _NEVER  # "February orders": a month gone by
    possessive: re.Pattern[str] = _NEVER  # "'s" after a date: an event of that day
    ahead_of_before: re.Pattern[str] = _NEVER  # "ahead of Thursday's meeting": one to come
    indefinite_before: re.Pattern[str] = _NEVER  # "a Wednesday": some Wednesday
    head_noun_end: re.Pattern[str] = _NEVER  # what follows a weekday heading its phrase
    shared_plural_part: re.Pattern[str] = _NEVER  # "Monday and Tuesday nights": group ``part``
    opening_hours_day: Callable[[str, int, int], bool] = _never  # "Monday to Friday 9am-5pm"
    hours_after: re.Pattern[str] = _NEVER  # a clock time of opening hours ("10am daily")
    hours_before: re.Pattern[str] = _NEVER
    after_conversion: re.Pattern[str] = _NEVER  # "8 a.m. (1 p.m. GMT) Sunday", between
    time_after_day: re.Pattern[str] = _NEVER  # "Christmas Eve 8pm": between day and time
    nowadays_after: re.Pattern[str] = _NEVER  # "today's world": the present
    nowadays_before: re.Pattern[str] = _NEVER
    compared_before: re.Pattern[str] = _NEVER  # "compared with a loss last year": a quarter
    after_unit_ended: re.Pattern[str] = _NEVER  # "the year ended Sept. 30": a span
    day_prefix: re.Pattern[str] = _NEVER  # "on" before a day inside a time expression
    # a day inside a time expression, read again as a date ("Aug. 31 at 3:15 p.m.")
    day_patterns: tuple[re.Pattern[str], ...] = ()


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
    # the language's commonest short words (articles, prepositions, conjunctions, auxiliaries)
    # that few other languages share: a text full of them is in this language, told without
    # the detection model (see ``lang.detect``)
    function_words: frozenset[str] = frozenset()
