"""Find temporal expressions in a text and normalize them to TIMEX3 values, for any pack.

``resolve(text, anchor, language)`` runs the rules of the language's pack over the text,
each only in windows around its key tokens and only at the tokens a match can begin with,
keeps the longest non-overlapping matches (the earlier rule on ties), then normalizes each
one in text order against the anchor (the publication date), keeping the discourse state
("that month", "a year earlier") as it goes. No word of any language is written here.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Sequence

from timeline.dates import lang
from timeline.dates.arithmetic import DAY_VALUE, MONTH_VALUE
from timeline.dates.patterns import trie
from timeline.dates.records import DatePack, Normalizer, Rule, Veto
from timeline.dates.state import State
from timeline.model import TemporalExpression

__all__ = ["resolve", "TemporalExpression"]

# A well-formed TIMEX3 value; the resolver drops anything else (extreme anchors).
_D = r"(?:\d{4}|X{4}|\d{3}X?|\d{2}(?:XX)?|FY\d{4})"
_POINT = (rf"{_D}(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?|-W(?:\d{{2}}|XX)(?:-(?:[1-7]|WE))?"
          r"|-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI))?(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|MI))?")
_DUR = (r"P(?:(?:[\dX]+(?:\.\d+)?[YMWDQ])+(?:T(?:[\dX]+(?:\.\d+)?[HMS])+)?"
        r"|T(?:[\dX]+(?:\.\d+)?[HMS])+)")
VALID_VALUE = re.compile(rf"(?:{_POINT}|{_DUR}|PRESENT_REF|PAST_REF|FUTURE_REF)\Z")

# Characters that match another letter under IGNORECASE though lower() does not make them
# that letter ("ſ" matches "s", "K" (Kelvin) "k"): a text holding one has words the tokens
# miss, and its windows are scanned.
NON_ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
# A word: a run of letters, in any script ("März", "août", "sábado").
WORD = re.compile(r"[^\W\d_]+")
_LETTER = r"[^\W\d_]"
# the digit runs, scanned from the start: each match is a whole run (no look-behind needed)
DIGITS = re.compile(r"\d+")

# One compiled rule: name, pattern, veto, key tokens, start tokens (None: scan).
Compiled = tuple[str, re.Pattern[str], Veto | None, frozenset[str], frozenset[str] | None]


def compile_rule(rule: Rule) -> re.Pattern[str]:
    """A rule's pattern, made to start only at a word unless it says where it starts (a
    word boundary or a look-behind): much faster scans."""
    rx = rule.pattern
    if not rx.startswith(("\\b", "(?<")):
        rx = r"(?<![\w'])(?=[\w'])" + rx
    return re.compile(rx, rule.flags)


class Index:
    """A pack's rules compiled, with the key tokens that trigger them: built once a pack.

    Tokens are runs of letters or digits, lower-cased; digit runs become classes (see
    ``digit_class``). A start token "noon*" stands for any token beginning with "noon".
    """

    def __init__(self, pack: DatePack) -> None:
        self.pack = pack
        self.rules: tuple[Rule, ...] = pack.rules
        self.patterns: list[Compiled] = [
            (rule.name, compile_rule(rule), rule.veto, frozenset(rule.keys),
             None if rule.starts is None else frozenset(rule.starts))
            for rule in pack.rules]
        self.normalizers: list[Normalizer] = [rule.normalize for rule in pack.rules]
        names = [rule.name for rule in pack.rules]
        if len(set(names)) != len(names):
            raise ValueError(f"{pack.code}: two rules share a name")
        self.word_keys = frozenset(k for *_, keys, starts in self.patterns for k in keys | (starts or set())
                                   if k[0].isalpha() and k[-1] != "*")
        self.prefix_keys = frozenset(k[:-1] for *_, starts in self.patterns for k in starts or ()
                                     if k[-1] == "*")
        if not all(WORD.fullmatch(k) and k == k.lower() for k in self.word_keys | self.prefix_keys):
            raise ValueError(f"{pack.code}: a key token is not a run of lower-case letters")
        if any(a != b and a.startswith(b) for a in self.prefix_keys for b in self.prefix_keys):
            raise ValueError(f"{pack.code}: a prefix key begins another")
        # a whole word of word_keys in a lower-cased text (ASCII keys are bounded by ASCII
        # letters, as fast as can be; a pack with other letters by letters of any script)
        letter = "[a-z]" if all(k.isascii() for k in self.word_keys) else _LETTER
        self.key_word = (re.compile(rf"(?<!{letter})" + trie(self.word_keys) + rf"(?!{letter})")
                         if self.word_keys else None)
        self.letter = re.compile(letter)
        self.clock_after_digits = pack.clock_after_digits
        self.decade_suffix = pack.decade_suffix
        self.quarter_kept_after = pack.quarter_kept_after

    def token_keys(self, text: str) -> dict[str, list[int]]:
        """Where each key token of the rules occurs: word keys by their lower-case form,
        digit runs by their class (see ``digit_class``), "noon*" for a word beginning with
        "noon" (prefix keys), "'#" for an apostrophe before digits. Positions ascend."""
        keys: dict[str, list[int]] = {}
        low = text.lower()
        if len(low) == len(text) and NON_ASCII_FOLDS.search(text) is None:
            # lower() kept every position and made no ASCII letter of another character
            for m in self.key_word.finditer(low) if self.key_word else ():
                keys.setdefault(m.group(), []).append(m.start())
            for w in self.prefix_keys:  # rare words: str.find beats a scan at every position
                i = low.find(w)
                while i >= 0:
                    if not (i and self.letter.match(low, i - 1)):
                        keys.setdefault(w + "*", []).append(i)
                    i = low.find(w, i + len(w))
        else:
            word_keys = self.word_keys
            for m in WORD.finditer(text):
                word = m.group(0).lower()
                if word in word_keys:  # (no prefix keys: such a text is scanned, not anchored)
                    keys.setdefault(word, []).append(m.start())
        for m in DIGITS.finditer(text):
            s = m.start()
            keys.setdefault(self.digit_class(text, m.group(), m.end()), []).append(s)
            if text[s - 1:s] == "'":
                keys.setdefault("'#", []).append(s - 1)
        return keys

    def digit_class(self, text: str, tok: str, e: int) -> str:
        """"#year" (four digits), "#clock" (10:30, 10.30, 10 a.m.), "#ndate" (12/31/2022),
        "#dec" ('80s), else "#num"."""
        if len(tok) == 4:
            return "#year"
        nxt = text[e:e + 5]
        if nxt[:1] == ":" or nxt[:1] == "." and nxt[1:2].isdigit() or self.clock_after_digits.match(nxt):
            return "#clock"
        if nxt[:1] in "/-" and nxt[1:2].isdigit():
            return "#ndate"
        if len(tok) == 2 and nxt[:1] == self.decade_suffix:
            return "#dec"
        return "#num"


_INDEXES: dict[str, Index] = {}


def index(language: str = "en") -> Index:
    """The compiled rules of a language's pack (built on first use); a language without a
    pack gets the numeric rules (``lang.numeric``)."""
    found = _INDEXES.get(language)
    if found is None:
        if lang.has_pack(language):
            found = Index(lang.date_pack(language))
        else:
            from timeline.dates.lang import numeric

            found = _INDEXES.get(numeric.PACK.code) or Index(numeric.PACK)
            _INDEXES[numeric.PACK.code] = found
        _INDEXES[language] = found
    return found


# The default language's rules are compiled on import, as the resolver's always were: the
# first resolve() costs no more than the others.
index(lang.DEFAULT)


# --------------------------------------------------------------------------- search


_BACK, _AHEAD = 64, 48
_PART_OF_NUMBER = re.compile(r"\d[.,]$")
RAISE_ERRORS = False  # tests turn this on so a broken normalization cannot hide

Candidate = tuple[int, int, int, str, re.Match[str]]


def positions(tokens: frozenset[str], keys: dict[str, list[int]]) -> list[int]:
    """The sorted positions of those ``tokens`` present in ``keys``."""
    if len(tokens) == 1:
        (k,) = tokens
        return keys[k]  # already ascending
    return sorted([p for k in tokens for p in keys[k]])


def windows(text: str, at: list[int]) -> list[tuple[int, int]]:
    """The spans around the key tokens at ``at`` (sorted) where a rule is tried, merged
    when they overlap; a window never ends inside a word."""
    n = len(text)
    found = []
    lo, hi = max(0, at[0] - _BACK), min(n, at[0] + _AHEAD)
    for p in at:
        if p - _BACK <= hi:  # max(0, p - _BACK) <= hi, as hi >= 0
            hi = min(n, p + _AHEAD)
        else:
            found.append((lo, hi))
            lo, hi = p - _BACK, min(n, p + _AHEAD)
    found.append((lo, hi))
    out = []
    for lo, hi in found:
        while hi < n and (text[hi].isalnum() or text[hi] in ".'"):
            hi += 1
        out.append((lo, hi))
    return out


def candidates(idx: Index, text: str) -> list[Candidate]:
    """Every match of every rule that its veto lets stand: (start, end, priority, name, match)."""
    # Where the key tokens are: each rule is run only in windows around its keys.
    keys = idx.token_keys(text)
    present_keys = frozenset(keys)  # "set & set" walks the smaller; .intersection(dict) the dict
    # start tokens are ASCII words: a text with a letter that folds to one is scanned
    anchored_ok = NON_ASCII_FOLDS.search(text) is None
    found = []
    seen = set()
    # the same key (start) tokens present give the same windows (start positions)
    windows_of: dict[frozenset, list[tuple[int, int]]] = {}
    starts_of: dict[frozenset, list[int]] = {}
    for prio, (name, pattern, veto, keyset, starts) in enumerate(idx.patterns):
        if starts is not None and anchored_ok:
            present = starts & present_keys
            if not present:
                continue  # no match can start anywhere
            at = starts_of.get(present)
            if at is None:
                at = starts_of[present] = positions(present, keys)
        present = keyset & present_keys
        if not present:
            continue
        spans = windows_of.get(present)
        if spans is None:
            spans = windows_of[present] = windows(text, positions(present, keys))
        if starts is not None and anchored_ok:
            matches = anchored(pattern, text, spans, at)
        else:
            matches = (m for lo, hi in spans for m in pattern.finditer(text, lo, hi))
        has_span = "span" in pattern.groupindex
        for m in matches:
            s, e = m.span("span") if has_span else m.span()
            if e <= s or (s, e, prio) in seen:
                continue
            if text[s:s + 1].isdigit() and _PART_OF_NUMBER.search(text, max(0, s - 2), s):
                continue  # "000 years ago" inside "125,000 years ago"
            if veto is not None and veto(m, text):
                continue
            seen.add((s, e, prio))
            found.append((s, e, prio, name, m))
    return found


def anchored(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]],
             at: list[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer`` finds in each window, trying only the start positions
    ``at`` (sorted): a match can begin nowhere else, and the next one is looked for from
    the end of the last, as finditer does."""
    out = []
    match = pattern.match
    n_at = len(at)
    for lo, hi in spans:
        i = bisect.bisect_left(at, lo)
        last = lo
        while i < n_at:
            p = at[i]
            if p >= hi:
                break
            i += 1
            if p < last:
                continue
            m = match(text, p, hi)
            if m is not None:
                out.append(m)
                last = m.end()
    return out


def select(found: list[Candidate]) -> list[Candidate]:
    """The longest candidates that do not overlap (the earlier rule on ties), in text order."""
    found.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    # The taken spans never overlap, so sorted by start they are sorted by end too: only the
    # last one starting before ``e`` can overlap (s, e). Linear scans made long texts quadratic.
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for c in found:
        s, e = c[0], c[1]
        i = bisect.bisect_left(starts, e)
        if i and ends[i - 1] > s:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


# --------------------------------------------------------------------------- driver


def resolve(text: str, anchor: _dt.date | None = None, language: str | None = None
            ) -> list[TemporalExpression]:
    """The temporal expressions of ``text`` with TIMEX3 values relative to ``anchor``, read
    with the pack of ``language`` (None: the language the text is detected to be in, else the
    default; a language without a pack: its numeric dates only)."""
    if language is None:
        if not isinstance(text, str) or not text:
            return []
        language = lang.reading_language(text)
    return run(index(language), text, anchor)


def run(idx: Index, text: str, anchor: _dt.date | None, trace: list[str] | None = None
        ) -> list[TemporalExpression]:
    """``resolve`` with a compiled pack; ``trace``, if given, gets the name of the rule that
    found each expression returned (the rule-example test reads it)."""
    if not isinstance(text, str) or not text:
        return []
    if isinstance(anchor, _dt.datetime):
        anchor = anchor.date()
    elif not isinstance(anchor, _dt.date):
        anchor = None
    state = State(text, anchor)
    out: list[TemporalExpression] = []
    try:
        chosen = select(candidates(idx, text))
    except Exception:  # pragma: no cover - a pattern must never take the resolver down
        return []
    normalizers: Sequence[Normalizer] = idx.normalizers
    quarter_kept_after = idx.quarter_kept_after
    for s, e, prio, name, m in chosen:
        try:
            r = normalizers[prio](m, state)
        except Exception:
            if RAISE_ERRORS:
                raise
            r = None
        if r is None:
            continue
        typ, value, mod = r
        if not VALID_VALUE.match(value):
            continue  # e.g. a year before 1 or after 9999 from an extreme anchor
        if not (state.last_kind == "quarter" and quarter_kept_after.search(text, max(0, s - 12), s)):
            state.last_kind = "quarter" if "-Q" in value else typ
        if typ == "DATE" and value[:4].isdigit():
            state.year_end = e
        if DAY_VALUE.match(value):
            state.day_at = (e, value[:10])
        elif typ == "DATE":
            state.vague_at = e
        if MONTH_VALUE.match(value):
            state.ref_month = (int(value[:4]), int(value[5:7]))
            if len(value) == 7:
                state.month_at = (e, state.ref_month)
        out.append(TemporalExpression(s, e, text[s:e], typ, value, mod))
        if trace is not None:
            trace.append(name)
    return out
