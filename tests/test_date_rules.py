"""Every rule of every language pack keeps its promises.

A rule has examples, written for it: each is found by that rule (not by another) with its
value; its non-examples are left alone by it.

The resolver tries each rule only at the tokens a match can begin with (the rule's
``starts``). That is a promise about every rule: this checks it, rule by rule, against a
plain scan of the same windows. A rule given a new leading word without its start token
fails here instead of silently missing dates.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import date

import pytest

from tests.conftest import FIXTURES
from timeline.dates import engine, lang

PACKS = {code: engine.index(code) for code in lang.available()}
RULES = [(code, i) for code, idx in PACKS.items() for i in range(len(idx.rules))]


def rule_id(case: tuple[str, int]) -> str:
    code, i = case
    return f"{code}-{PACKS[code].rules[i].name}"


# Tokens that try the rules at odd places: digits and punctuation, and for English the forms
# that once slipped past a start token.
NEUTRAL_WORDS = "- , . ' $ 5 12 1999 21st 5th 10.30 1430 0830 1730 10:30 3/4/99 12/31/2022 2001-05-06".split()
EXTRA_WORDS = {
    "en": (
        "noontime Mondays midmorning 1990s '80s 10:30 a.m. p.m. 1998-99 12/31/2022 2001-05-06 FY2020 "
        "year-ago Q3 - , . ' $ 5 12 1999 twenty-five and a half 21st 5th 10.30 1430 GMT noon Monday, "
        "'90s 1990's 3/4/99 at on March mid-1990s the year-end year's end 1st 3rd quarter day before "
        "since spring this morning of The LAST Sept. mid-June early- 31st ago later earlier every "
        "0830 1730 BST 0600BST UK time Monday to Friday daily MidnightStoker"
    ).split(),
}
SEPARATORS = (" ", " ", " ", "  ", "\n", "-", ", ", ". ")


def shuffled_texts(idx: engine.Index, count: int, seed: int = 7) -> list[str]:
    """Texts of a pack's key words and tricky tokens in random order: every rule gets tried
    at odd places."""
    vocabulary = sorted(idx.word_keys) + EXTRA_WORDS.get(idx.pack.code, NEUTRAL_WORDS)
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(5, 60))]
        texts.append("".join(word + rng.choice(SEPARATORS) for word in words))
    return texts


def paired_texts(idx: engine.Index) -> list[str]:
    """Every start word of a rule right before some of its key words, then digits: the
    leading words a rule allows ("last Sept. 5", "the week of") each get their chance."""
    texts = []
    for _name, _pattern, _veto, key_set, starts in idx.patterns:
        words = sorted(k for k in key_set if not k.startswith("#"))[:4] or ["year"]
        for start in sorted(k for k in starts or () if not k.startswith("#")):
            phrases = (f"He said {start} {word} 5, 1999 at 10:30 a.m. and {start} {word}." for word in words)
            texts.append(" ".join(phrases))
    return texts


def probe_texts(code: str) -> list[str]:
    idx = PACKS[code]
    examples = [e.text for rule in idx.rules for e in rule.examples]
    examples += [text for rule in idx.rules for text in rule.non_examples]
    # the bundled articles are English
    fixtures = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))]
    return (fixtures if code == "en" else []) + examples + shuffled_texts(idx, 400) + paired_texts(idx)


TEXTS = {code: probe_texts(code) for code in PACKS}


@pytest.mark.parametrize("case", RULES, ids=rule_id)
def test_matching_at_start_tokens_finds_what_a_scan_finds(case: tuple[str, int]) -> None:
    code, i = case
    idx = PACKS[code]
    name, pattern, _veto, key_set, starts = idx.patterns[i]
    if starts is None:
        pytest.skip(f"{name}: scanned, not anchored")
    for text in TEXTS[code]:
        keys = idx.token_keys(text)
        present = key_set.intersection(keys)
        if not present:
            continue
        windows = engine.windows(text, engine.positions(present, keys))
        at = sorted(p for key in starts.intersection(keys) for p in keys[key])
        anchored = [(m.span(), m.groups()) for m in engine.anchored(pattern, text, windows, at)]
        scanned = [(m.span(), m.groups()) for lo, hi in windows for m in pattern.finditer(text, lo, hi)]
        assert anchored == scanned, text[:200]


@pytest.mark.parametrize("code", sorted(PACKS))
def test_a_pack_is_its_folder(code: str) -> None:
    """A folder ``lang/<code>/`` gives the date rules and the words of running text of <code>."""
    assert PACKS[code].pack.code == code
    assert lang.text_pack(code).code == code


@pytest.mark.parametrize("case", RULES, ids=rule_id)
def test_every_rule_has_examples(case: tuple[str, int]) -> None:
    code, i = case
    assert PACKS[code].rules[i].examples, "a rule without an example is a rule nobody checked"


@pytest.mark.parametrize("case", RULES, ids=rule_id)
def test_examples_resolve_by_their_rule(case: tuple[str, int]) -> None:
    code, i = case
    idx = PACKS[code]
    rule = idx.rules[i]
    for example in rule.examples:
        trace: list[str] = []
        found = engine.run(idx, example.text, example.anchor, trace)
        by = [(e.text, e.value, name) for e, name in zip(found, trace, strict=True)]
        assert (example.span, example.value, rule.name) in by, (example.text, by)


@pytest.mark.parametrize("case", RULES, ids=rule_id)
def test_non_examples_find_nothing(case: tuple[str, int]) -> None:
    """The rule alone (no longer rule to hide behind) finds nothing in its non-examples."""
    code, i = case
    rule = PACKS[code].rules[i]
    alone = engine.Index(dataclasses.replace(PACKS[code].pack, rules=(rule,)))
    for text in rule.non_examples:
        assert engine.run(alone, text, None) == [] == engine.run(alone, text, date(2022, 9, 9)), text


def test_a_language_without_a_pack_is_named_in_the_error() -> None:
    with pytest.raises(LookupError, match="'xx'"):
        lang.date_pack("xx")
    with pytest.raises(LookupError, match="'xx'"):
        lang.text_pack("xx")


def test_the_package_entry_point_is_the_resolver() -> None:
    from timeline import dates, resolver

    text = "The two ministers met on Thursday."
    assert dates.resolve(text, date(2022, 9, 9)) == resolver.resolve(text, anchor=date(2022, 9, 9))
    assert [e.value for e in dates.resolve(text, date(2022, 9, 9), language="en")] == ["2022-09-08"]
