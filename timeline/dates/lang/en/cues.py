"""English tense cues: the words and phrases around an expression that say whether it lies
ahead or gone by (``timeline.dates.tense`` weighs them), and the exceptions to them."""

from __future__ import annotations

import re

from timeline.dates.lang.en import vocabulary as lx
from timeline.dates.patterns import trie
from timeline.dates.tense import Cues

_I = re.IGNORECASE

SENTENCE_END = re.compile(r"[.!?;](?=\s+[\"'A-Z(]|\s*$)|\n")
# A period that ends an abbreviation, not a sentence: "at 10 a.m. on Sept. 12", "the U.S. embassy".
ABBREVIATION_END = re.compile(r"\b(?:[ap]\.m|[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|St|Jan|Feb|Aug|Sept?|Oct|Nov|"
                              r"Dec|No|Gen|Gov|Sen|Rep|Jr|Inc|Corp|Co|Ltd)$")
# The cue patterns are searched through whole clauses: a look-ahead on the first letter
# (every alternative starts with one) spares the alternatives at the end of each word.
FUTURE_CUE = re.compile(r"(?=[a-z'])(?:(?<=\w)'ll\b|\b" + trie([c for c in lx.FUTURE_CUES
                                                                if c != "'ll"]) + r"\b)", _I)
SCHEDULE_CUE = re.compile(r"\b(?=[a-z])" + trie(lx.SCHEDULE_CUES) + r"\b", _I)
# The noun a date modifies: "the Friday deadline", "the May 5 expiration date".
DEADLINE_NOUN = re.compile(r"\s+(?:deadline|expiration|due\s+date)\b", _I)
PAST_AUX = re.compile(r"\b(?:had|was|were|did)(?:n't|n’t)?\b", _I)
# A future cue in the past perfect is a plan gone by: "had been due to expire Friday",
# "began as previously planned Saturday night", "had been due to re-open on Sunday".
PLUPERFECT = re.compile(r"\b(?:had\s+(?:\w+ly\s+)?(?:been\s+)?"
                        r"(?:(?:due|scheduled|set|expected|supposed|planned)\s+to\s+(?:re-)?)?"
                        r"|previously\s+)(?:\w+ly\s+)?$", _I)
# A reporting verb in the past right before the expression governs it: "said on Thursday
# it would meet" is the day of the saying, whatever the reported clause says.
REPORT_BEFORE = re.compile(r"\b(?:said|announced|reported|stated|confirmed|declared|added|"
                           r"told(?:\s+[a-z]+){0,2})"
                           # "said at a news conference on Thursday", "said in a statement Monday"
                           r"(?:\s+(?:in|at|during|after|on)\s+(?:a|an|the|his|her|its|their)"
                           r"(?:\s+[\w'-]+){1,3}?)?\s+(?:on\s+|late\s+|early\s+)?$", _I)
REPORT_REACH = 60
# "due to" is a schedule before a verb ("due to resume"), a cause before a noun ("due to rain").
DUE_TO_NOUN = re.compile(r"\s+to\s+(?!(?:be|take|start|begin|open|meet|arrive|end|hold|vote|return|resume|"
                         r"report|release|sign|visit|close|expire|come|go|make|announce|decide|rule|"
                         r"appear|testify|face|leave|travel|give|deliver|publish|present|complete|"
                         r"launch|mature|pay|hear|fly|speak|address|attend|issue|submit|finish|"
                         r"conclude|run|host|play|receive|undergo|step|retire|become|enter|land|"
                         r"reopen|debate|consider|discuss|announce|unveil|sentence|stand)\b)", _I)
# "were planning to drive on Monday": a plan told in the past, no past day.
PLAN_AFTER = re.compile(r"\s+(?:planning|expected\s+to|scheduled)\b", _I)
# "when the case is heard in May": a present passive, no past tense.
PRESENT_PASSIVE = re.compile(r"\b(?:is|are|being)\s+(?:\w+ly\s+)?$", _I)
# "arrived on Saturday and will hold talks": a future cue of a second, coordinated predicate.
COORDINATION = re.compile(r"(?:,?\s+(?:and|but)\s+(?:then\s+|also\s+)?(?:(?:we|he|she|they|it|I|you)\s+)?"
                          r"|,\s+(?:which|who)\s+)$", _I)
# A reporting verb with its own object ("..., said it will"), not a closing attribution.
REPORTED = re.compile(r"\s+(?:it|that|he|she|they|we|its|their|his|her)\b", _I)
# A weekday that opens its clause ("On Friday, Washington announced ...") is the time of
# the clause's own verb, a reporting verb included.
CLAUSE_OPENING = re.compile(r"[\s\"'“‘(]*(?:(?:on|late|early|by|and|but|then|in|at|during|from)\s+){0,2}", _I)
SUBORDINATE_PRESENT = re.compile(
    r"\b(?:when|before|until|till|once|as\s+soon\s+as|by\s+the\s+time)\s+(?:(?!was|were|had)\w+\s+){0,4}?"
    r"(?:is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+(?:\w+\s+){0,2}?(?:in|on|at|by)?\s*$", _I)
SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:\w+ing|late|early|mid)\s+)?(?:on\s+|the\s+)?$", _I)
BY_BEFORE = re.compile(r"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$",
                       _I)
FUTURE_AUX = re.compile(r"(?:(?:\bwill|'ll|\bshall|\bwould|\bto|\bgoing to)\s+(?:not\s+)?"
                        r"(?:(?:still|also|now|then|probably|likely|\w+ly)\s+)?"
                        r"(?:be|have|been|get)"
                        # "should be administered in December": a modal passive, no past ("could be
                        # located Wednesday" is the past of "can")
                        r"|\b(?:should|must|might|can|may)\s+(?:not\s+)?(?:\w+ly\s+)?"
                        r"(?:be|get))\s+(?:\w+ly\s+)?$", _I)
QUOTE = re.compile(r"[\"“”]|''|``")
# "-ed" words that are no verbs; "-ed" right after "a/the/still" is an adjective ("a still
# unspecified date", "the expected rise") and no past cue either.
_NOT_VERBS_ED = ("hundred|indeed|need|speed|seed|feed|breed|proceed|succeed|exceed|shed|"
                 "bed|red|wed")
PAST_CUE = re.compile(r"\b(?=[a-z])(?:" + trie(lx.PAST_CUES) + r"|(?P<report>" + trie(lx.REPORT_CUES)
                      + rf")|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bstill\s)(?<!\bas\s)"
                      rf"(?!(?:{_NOT_VERBS_ED})\b)(?-i:[a-z]{{3,}}ed))\b", _I)

_NEXT_TO = re.compile(r"\s+(?:to|door)\b", re.I)
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|good|new|strong|its|his|her|their)\s+$", re.I)


def ignore_future_cue(m: re.Match[str], text: str, lo: int) -> bool:
    """A future cue word that is none here: "due to" a cause, "next to" a place, "a good
    beginning", the month "May", "may have been" (a guess about the past)."""
    if m.group(0).lower() in ("due", "due to") and DUE_TO_NOUN.match(text, m.start() + 3):
        return True  # "closed on Friday due to flooding": a cause, not a schedule
    if m.group(0).lower() == "next" and _NEXT_TO.match(text, m.end()):
        return True  # "next to the U.S. embassy": a place, no time ahead
    if m.group(0).lower() == "beginning" and _NOUN_BEFORE.search(text, max(lo, m.start() - 8), m.start()):
        return True  # "a good beginning": the noun, no schedule
    if m.group(0) == "May":
        return True  # the month
    # "may have been": a guess about the past
    return m.group(0).lower() in ("may", "might") and re.match(
        r"\s+(?:not\s+)?have\b", text[m.end():m.end() + 12]) is not None


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
    infinitive="to ",
    coordination=COORDINATION,
    deadline_noun=DEADLINE_NOUN,
    pluperfect=PLUPERFECT,
    past_cue=PAST_CUE,
    quote=QUOTE,
    reported=REPORTED,
    present_passive=PRESENT_PASSIVE,
    plan_words=frozenset({"was", "were"}),
    plan_after=PLAN_AFTER,
)
