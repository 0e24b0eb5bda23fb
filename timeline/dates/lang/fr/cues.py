"""French tense cues: what around a date named without its year ("jeudi", "le 31 août", "en
mai") says whether it lies ahead or gone by. The passé composé is an auxiliary and a
participle ("a annoncé", "s'est réuni"), the future a verb in "-ra"/"-ront" ("aura lieu") or
"va" with an infinitive."""

from __future__ import annotations

import re

from timeline.dates.lang.fr import vocabulary as lx
from timeline.dates.patterns import trie
from timeline.dates.tense import Cues

_I = re.IGNORECASE
_W = r"[^\W\d_]"

SENTENCE_END = re.compile(r"[.!?;](?=\s+[\"«(]?[^\W\d_a-zàâçéèêëîïôûùüÿœ]|\s*$)|\n")
ABBREVIATION_END = re.compile(r"\b(?:[A-Z]|M|Mme|Dr|St|Ste|janv|févr|avr|juil|sept|oct|nov|déc|etc|av|bd)$")
# the listed words, or a verb in the future ("aura", "reviendront", "signera")
FUTURE_CUE = re.compile(
    rf"(?<!{_W})(?:" + trie(lx.FUTURE_CUES) + rf"|(?-i:[a-zéèêà]{{3,}}(?:ra|ront|rons)))(?!{_W})", _I)
SCHEDULE_CUE = re.compile(rf"(?<!{_W})(?:" + trie(lx.SCHEDULE_CUES) + rf")(?!{_W})", _I)
DEADLINE_NOUN = re.compile(r"\s+(?:délai|échéance)\b", _I)
PAST_AUX = re.compile(r"\b(?:avait|avaient|était|étaient)\b", _I)
PLUPERFECT = re.compile(r"\b(?:avait|avaient|était|étaient)\s+(?:\w+\s+){0,2}$", _I)
REPORT_BEFORE = re.compile(r"\b(?:a|ont)\s+(?:déclaré|dit|annoncé|indiqué|affirmé|précisé|expliqué|"
                           r"confirmé)\s+$", _I)
REPORT_REACH = 40
SINCE_BEFORE = re.compile(r"\bdepuis\s+(?:le\s+)?$", _I)
BY_BEFORE = re.compile(r"\b(?:jusqu['’](?:à|au)|d['’]ici|avant)\s+(?:le\s+|la\s+|fin\s+)?$", _I)
FUTURE_AUX = re.compile(r"\b(?:va|vont|sera|seront|devrait|devraient|doit|doivent)\s+(?:\w+\s+){0,2}$", _I)
NEVER = re.compile(r"(?!)")
CLAUSE_OPENING = re.compile(r"[\s\"«(]*(?:(?:le|dès|depuis|et|mais|puis)\s+){0,2}", _I)
COORDINATION = re.compile(r"(?:,?\s+(?:et|mais)\s+(?:il|elle|ils|elles|on)?\s*|,\s+qui\s+)$", _I)
QUOTE = re.compile(r"[\"«»“”]")
REPORTED = re.compile(r",?\s+(?:que|qu['’])", _I)
PRESENT_PASSIVE = re.compile(r"\b(?:est|sont)\s+$", _I)
PLAN_AFTER = re.compile(r"\s+(?:prévu|prévue|programmé)\b", _I)
# past cues: the listed words, a reporting verb, a participle after an auxiliary ("a annoncé",
# "s'est réuni", "ont été")
PAST_CUE = re.compile(
    rf"(?<!{_W})(?:(?P<report>" + trie(lx.REPORT_CUES) + ")|" + trie(lx.PAST_CUES)
    + r"|(?-i:(?:a|ont|avait|avaient|est|sont|s['’]est|se\s+sont)\s+"
    + rf"[a-zàâçéèêëîïôûù]{{2,}}(?:é|ée|és|ées|i|is|u|us|ue|it|ert)))(?!{_W})", _I)


def ignore_future_cue(m: re.Match[str], text: str, lo: int) -> bool:
    """No French future cue is known to be none."""
    return False


CUES = Cues(
    sentence_end=SENTENCE_END,
    abbreviation_end=ABBREVIATION_END,
    report_before=REPORT_BEFORE,
    report_reach=REPORT_REACH,
    future_aux=FUTURE_AUX,
    past_aux=PAST_AUX,
    since_before=SINCE_BEFORE,
    subordinate_present=NEVER,
    clause_opening=CLAUSE_OPENING,
    by_before=BY_BEFORE,
    future_cue=FUTURE_CUE,
    schedule_cue=SCHEDULE_CUE,
    ignore_future_cue=ignore_future_cue,
    infinitive="à ",
    coordination=COORDINATION,
    deadline_noun=DEADLINE_NOUN,
    pluperfect=PLUPERFECT,
    past_cue=PAST_CUE,
    quote=QUOTE,
    reported=REPORTED,
    present_passive=PRESENT_PASSIVE,
    plan_words=frozenset({"était", "étaient"}),
    plan_after=PLAN_AFTER,
)
