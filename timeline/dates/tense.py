"""Which way an expression points when it names no year or week (a bare weekday, "Aug. 31",
"in May"): the nearest tense cue of its clause decides, news reporting the past unless the
clause points forward. The algorithm is the same in every language; the cues are a pack's
(``Cues``), as are its exceptions ("due to" a cause, "next to" a place)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# A present-tense scheduling verb dates a bare weekday only near it: "the talks open Monday".
SCHEDULE_REACH = 30


@dataclass(frozen=True)
class Cues:
    """A language's tense cues: patterns searched around an expression (``before``: matched
    against the text ending where the expression starts, with ``$``).

    ``past_cue`` has a group ``report`` for reporting verbs ("said"), which date the report
    and count only right next to the expression. ``ignore_future_cue(cue, text, lo)``: a
    future cue that is none here ("due to rain", "next to the embassy", the month "May").
    ``infinitive``: the marker of an infinitive ("to "): a scheduling verb after the
    expression in the infinitive ("the decision on Friday to open") is no schedule.
    """

    sentence_end: re.Pattern[str]
    abbreviation_end: re.Pattern[str]  # a period after this ends no sentence ("a.m.", "Sept.")
    report_before: re.Pattern[str]  # "said on" right before: the day of the report
    report_reach: int
    future_aux: re.Pattern[str]  # "will be", "is to be", before a cue: the future governs
    past_aux: re.Pattern[str]  # "had", "was": a deadline gone by
    since_before: re.Pattern[str]
    subordinate_present: re.Pattern[str]  # "before a helpline is opened in": what is to come
    clause_opening: re.Pattern[str]  # what may stand before an expression opening its clause
    by_before: re.Pattern[str]  # "by", "until": a deadline
    future_cue: re.Pattern[str]
    schedule_cue: re.Pattern[str]  # present tense of scheduling verbs ("opens", "meets")
    ignore_future_cue: Callable[[re.Match[str], str, int], bool]
    infinitive: str
    coordination: re.Pattern[str]  # "and will": a cue of a second, coordinated predicate
    deadline_noun: re.Pattern[str]  # "the Friday deadline": the noun says nothing of when
    pluperfect: re.Pattern[str]  # "had been due to": a plan gone by
    past_cue: re.Pattern[str]
    quote: re.Pattern[str]
    reported: re.Pattern[str]  # "said it": a reporting verb with its own object
    present_passive: re.Pattern[str]  # "is heard": no past
    plan_words: frozenset[str]  # "was", "were" before ``plan_after``: a plan told in the past
    plan_after: re.Pattern[str]


def clause_bounds(cues: Cues, text: str, start: int, end: int, back: int, ahead: int) -> tuple[int, int]:
    """The clause around text[start:end], looked for at most ``back`` characters before it
    and ``ahead`` after it: from the last sentence or clause break before to the first after."""
    lo = max(0, start - back)
    left = text[lo:start]
    period = left.rfind(". ")
    while period > 0 and cues.abbreviation_end.search(left, 0, period):
        period = left.rfind(". ", 0, period)  # "at 10 a.m. on Sept. 12": no sentence ends there
    cut = max(period, left.rfind("\n"), left.rfind("? "), left.rfind("! "), left.rfind("; "))
    if cut >= 0:
        lo += cut + 1
    hi = min(len(text), end + ahead)
    m = cues.sentence_end.search(text, end, hi)
    return lo, m.start() if m else hi


def tense(cues: Cues, text: str, start: int, end: int, past_reach: int = 1000,
          schedule: bool = False, future_reach: int = 1000) -> str | None:
    """"future", "past" or None: the nearest tense cue in the clause around text[start:end].

    Past cues farther than ``past_reach`` characters are ignored (a distant "said" does
    not make "Dec. 15" last year's)."""
    lo, hi = clause_bounds(cues, text, start, end, 160, 120)
    report = cues.report_before.search(text, max(lo, start - cues.report_reach), start)
    if report and not cues.future_aux.search(text, max(lo, report.start() - 24), report.start()):
        return "past"  # "said on Thursday it would meet": the day of the report
    if cues.since_before.search(text, max(lo, start - 30), start):
        return "past"  # "since Monday", "since reporting on Thursday": a point gone by
    if cues.subordinate_present.search(text, max(lo, start - 60), start):
        return "future"  # "before a helpline is opened in the autumn": a present after "before"
        # or "when" tells of what is to come
    # "On Friday, Washington announced ...", "By Wednesday, the dollar climbed": the verb of
    # the clause the expression opens decides
    opening = text.startswith(",", end) and cues.clause_opening.fullmatch(text, lo, start)
    if not opening and cues.by_before.search(text, max(lo, start - 12), start):
        # "by August", "by Friday": a deadline ahead; "had filed by Friday", "until
        # Thursday, they had not": a deadline gone
        gone = cues.past_aux.search(text, max(lo, start - 50), min(hi, end + 40))
        return "past" if gone else "future"
    best: tuple[int, str] | None = None
    schedule_cue = cues.schedule_cue
    for cue in [cues.future_cue, schedule_cue] if schedule else [cues.future_cue]:
        for m in cue.finditer(text, lo, hi):
            if start <= m.start() < end:
                continue
            if cues.ignore_future_cue(m, text, lo):
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if cue is schedule_cue and (dist > SCHEDULE_REACH or m.start() >= end
                                        and text.endswith(cues.infinitive, 0, m.start())):
                continue  # "holds a stake ... at the close of business Thursday": not its verb;
                # "the decision on Friday to open": an infinitive after it, no schedule
            if _coordinated(cues, text, end, m.start()):
                continue
            if m.start() >= end and cues.deadline_noun.match(text, end):
                continue  # "by the Tuesday deadline": the noun it names says nothing of when
            if dist <= future_reach and (best is None or dist < best[0]):
                gone = cues.pluperfect.search(text, max(lo, m.start() - 30), m.start())
                best = (dist, "past" if gone else "future")
    for m in cues.past_cue.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        report_reach = 40 if opening and m.start() >= end else 12
        if dist > past_reach or (m.group("report") and dist > report_reach):
            continue
        if m.group("report") and cues.quote.search(
                text, min(end, m.end()), max(start, m.start())):
            continue  # '"... Thursday," Castro said': the report, not the quoted event
        if m.group("report") and not opening and "," in text[end:m.start()] and not cues.reported.match(
                text, m.end()):
            continue  # "... may rise on Monday, they said": the attribution of the sentence
        if not m.group("report") and cues.present_passive.search(text, max(lo, m.start() - 16), m.start()):
            continue  # "when the case is heard in May": a present passive, no past
        if m.group(0).lower() in cues.plan_words and cues.plan_after.match(text, m.end()):
            continue  # "were planning to drive on Monday": a plan, told in the past
        if best is None or dist < best[0] - 2:
            # "will be held", "is expected to have signed": the auxiliary governs; but "was
            # confirmed to have contracted" is a past told in the past
            aux = cues.future_aux.search(text, max(lo, m.start() - 24), m.start())
            if aux and not (aux.group(0).lower().startswith(cues.infinitive) and cues.past_aux.search(
                    text, max(lo, aux.start() - 30), aux.start())):
                best = (dist, "future")
            else:
                best = (dist, "past")
    return best[1] if best else None


def _coordinated(cues: Cues, text: str, end: int, cue: int) -> bool:
    """Whether a future cue after the expression opens a coordinated predicate: "arrived on
    Saturday and will hold talks" (it belongs to the second verb, not to the date). Past cues
    are not skipped: "the quarter and full year ended Jan. 3" joins nouns, not verbs."""
    return cue >= end and cue - end <= 40 and bool(cues.coordination.search(text, end, cue))
