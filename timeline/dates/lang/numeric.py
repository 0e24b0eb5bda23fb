"""The date rules of a language without a pack: its unambiguous numeric dates only (ISO
2022-09-08 with or without a time, 08.09.2022 day first, 2022/09/08). Words, even digits
next to words ("8. September"), are left alone: read with another language's words they
would be dated wrong, which is worse than not at all."""

from __future__ import annotations

import re

from timeline.dates import normalize as nz
from timeline.dates.records import DatePack, Example, Rule
from timeline.dates.tense import Cues

_NUMERIC_KEYS = {"#ndate", "#clock", "#year"}

RULES: tuple[Rule, ...] = (
    Rule(
        "iso_date",
        r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T\s](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
        r"(?:Z|[+-][01]\d:?[0-5]\d)?(?![\d:]))?(?![\dT])",
        _NUMERIC_KEYS, {"#year"},
        nz.numeric_date, flags=0,
        examples=(
            Example("Обновлено 2022-09-08T10:00:00Z.", "2022-09-08T10:00:00Z", "2022-09-08T10:00"),
            Example("Raportti 2021-03-05 julkaistiin.", "2021-03-05", "2021-03-05"),
        ),
        non_examples=("Lomake 2022-02-30.", "Puhelin 2022-1234."),
    ),
    Rule(
        "dotted_dmy",
        r"(?<![\d.vV])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4})(?![\d]|\.\d)",
        _NUMERIC_KEYS, {"#clock"},
        nz.numeric_date, flags=0,
        examples=(
            Example("Pismo z dnia 08.09.2022 w Warszawie.", "08.09.2022", "2022-09-08"),
        ),
        non_examples=("Wersja v1.2.2022.", "Kurs 1.2.20225."),
    ),
    Rule(
        "slash_ymd", r"\b(?P<y>\d{4})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])",
        _NUMERIC_KEYS, {"#year"},
        nz.numeric_date, flags=0,
        examples=(
            Example("公告 2021/03/05 发布。", "2021/03/05", "2021-03-05"),
        ),
        non_examples=("Lomake 2021/02/30.",),
    ),
)

_NEVER = re.compile(r"(?!)")

# No tense cues: a full numeric date needs none.
CUES = Cues(
    sentence_end=re.compile(r"[.!?;。](?=\s|$)|\n"),
    abbreviation_end=_NEVER,
    report_before=_NEVER,
    report_reach=0,
    future_aux=_NEVER,
    past_aux=_NEVER,
    since_before=_NEVER,
    subordinate_present=_NEVER,
    clause_opening=_NEVER,
    by_before=_NEVER,
    future_cue=_NEVER,
    schedule_cue=_NEVER,
    ignore_future_cue=lambda m, text, lo: False,
    infinitive="\0",
    coordination=_NEVER,
    deadline_noun=_NEVER,
    pluperfect=_NEVER,
    past_cue=re.compile(r"(?P<report>(?!))"),
    quote=_NEVER,
    reported=_NEVER,
    present_passive=_NEVER,
    plan_words=frozenset(),
    plan_after=_NEVER,
)

PACK = DatePack(
    code="numeric",
    rules=RULES,
    cues=CUES,
    clock_after_digits=_NEVER,
    decade_suffix="\0",
    quarter_kept_after=_NEVER,
)
