"""German tense cues: what around a date named without its year ("am Donnerstag", "am 31.
August", "im Mai") says whether it lies ahead or gone by.

German puts the finite verb second and the participle or infinitive last, so a clause's
tense is often read from both ends: "Die Minister haben sich am Donnerstag getroffen" (an
auxiliary before, a participle after: past), "Der Prozess soll am Montag beginnen" (a modal:
future), "Am Montag beginnt der Prozess" (a present of scheduling: ahead). A participle is
any lower-case word "ge...t" or "ge...en" ("gesagt", "getroffen"); the other cues are listed.
"""

from __future__ import annotations

import re

from timeline.dates.lang.de import vocabulary as lx
from timeline.dates.patterns import trie
from timeline.dates.tense import Cues

_I = re.IGNORECASE
_W = r"[^\W\d_]"  # a letter

# A stop ends a sentence, but not after an ordinal ("am 31. August") or an abbreviation.
SENTENCE_END = re.compile(r"(?<!\b\d)(?<!\b\d\d)[.!?;](?=\s+[\"„»(]?[^\W\d_a-zäöüß]|\s*$)|\n")
ABBREVIATION_END = re.compile(r"\b(?:\d{1,2}|[A-ZÄÖÜ]|Dr|Nr|Prof|St|Str|bzw|ca|usw|vgl|Jan|Febr?|Aug|"
                              r"Sept?|Okt|Nov|Dez|z\.B|u\.a|d\.h|v\.a|Mio|Mrd|Abs|Art)$")
FUTURE_CUE = re.compile(rf"(?<!{_W})(?:" + trie(lx.FUTURE_CUES) + rf")(?!{_W})", _I)
SCHEDULE_CUE = re.compile(rf"(?<!{_W})(?:" + trie(lx.SCHEDULE_CUES) + rf")(?!{_W})", _I)
# "der Termin am Freitag": the noun says nothing of when.
DEADLINE_NOUN = re.compile(r"\s+(?:Frist|Stichtag|Termin)\b", _I)
PAST_AUX = re.compile(r"\b(?:hatte|hatten|war|waren|wurde|wurden)\b", _I)
# "hätte am Montag beginnen sollen", "war für Freitag geplant gewesen": a plan gone by.
PLUPERFECT = re.compile(r"\b(?:hätte|hätten|war|waren|hatte|hatten)\s+(?:\w+\s+){0,3}$", _I)
# "teilte das Ministerium am Donnerstag mit", "sagte er am Freitag": the day of the report.
REPORT_BEFORE = re.compile(r"\b(?:sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|"
                           r"bestätigte|bestätigten|meldete|meldeten|kündigte|kündigten|betonte)"
                           r"(?:\s+(?:der|die|das|den|ein|eine|er|sie|es)?\s*[\w-]+){0,2}"
                           r"\s+(?:am\s+|an\s+)?$", _I)
REPORT_REACH = 60
# "seit Montag", "seit dem 3. Mai": a point gone by.
SINCE_BEFORE = re.compile(r"\bseit\s+(?:dem\s+|der\s+|den\s+)?$", _I)
# "bis Freitag", "bis zum 31. August", "bis Ende Mai": a deadline, ahead unless told in the past.
BY_BEFORE = re.compile(r"\b(?:bis|spätestens)\s+(?:zum\s+|zur\s+|(?:Anfang|Mitte|Ende)\s+)?$", _I)
# "wird ... gewesen sein", "soll ... worden sein": the auxiliary governs
FUTURE_AUX = re.compile(r"\b(?:wird|werden|soll|sollen|will|wollen)\s+(?:\w+\s+){0,3}$", _I)
SUBORDINATE_PRESENT = re.compile(r"(?!)")
CLAUSE_OPENING = re.compile(r"[\s\"„»(]*(?:(?:am|an|im|bereits|schon|noch|erst|und|aber|dann|bis)\s+){0,2}",
                            _I)
COORDINATION = re.compile(r"(?:,?\s+(?:und|aber|sowie)\s+(?:dann\s+|auch\s+)?(?:(?:er|sie|es|wir)\s+)?"
                          r"|,\s+(?:der|die|das|welche[rs]?)\s+)$", _I)
QUOTE = re.compile(r"[\"„“”»«]")
# "sagte, es ...": a reporting verb with its own object
REPORTED = re.compile(r",?\s+(?:dass|es|er|sie|man|wir)\b", _I)
PRESENT_PASSIVE = re.compile(r"\b(?:ist|sind)\s+$", _I)
PLAN_AFTER = re.compile(r"\s+(?:geplant|vorgesehen|angesetzt)\b", _I)
# Past cues: the listed words, a reporting verb, or a participle ("gesagt", "getroffen", not
# "gegen", "genau", "gestern" is listed as a day).
PAST_CUE = re.compile(
    rf"(?<!{_W})(?:(?P<report>" + trie(lx.REPORT_CUES) + ")|" + trie(lx.PAST_CUES)
    + r"|(?-i:ge(?!gen\b|nau\b|nug\b|rade\b|samt\w*|mein\w*|setz\w*|biet\w*|bäude\w*|fahr\w*|richt\w*"
    r"|schicht\w*|spräch\w*|meinde\w*|werkschaft\w*|schäft\w*|sellschaft\w*|ld\b|lder\b|biete\b)"
    rf"[a-zäöüß]{{2,}}(?:t|en)))(?!{_W})", _I)


def ignore_future_cue(m: re.Match[str], text: str, lo: int) -> bool:
    """A future cue that is none here: "ab" of a range gone by ("ab 17 Uhr" reads with the
    clause), "will" of an English quote."""
    return False


CUES = Cues(
    sentence_end=SENTENCE_END,
    abbreviation_end=ABBREVIATION_END,
    report_before=REPORT_BEFORE,
    report_reach=REPORT_REACH,
    future_aux=FUTURE_AUX,
    past_aux=PAST_AUX,
    since_before=SINCE_BEFORE,
    subordinate_present=SUBORDINATE_PRESENT,
    clause_opening=CLAUSE_OPENING,
    by_before=BY_BEFORE,
    future_cue=FUTURE_CUE,
    schedule_cue=SCHEDULE_CUE,
    ignore_future_cue=ignore_future_cue,
    infinitive="zu ",
    coordination=COORDINATION,
    deadline_noun=DEADLINE_NOUN,
    pluperfect=PLUPERFECT,
    past_cue=PAST_CUE,
    quote=QUOTE,
    reported=REPORTED,
    present_passive=PRESENT_PASSIVE,
    plan_words=frozenset({"war", "waren"}),
    plan_after=PLAN_AFTER,
)
