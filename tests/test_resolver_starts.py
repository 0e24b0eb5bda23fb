"""The resolver tries each pattern only at the tokens a match can begin with (``STARTS`` in
timex_rules). That is a promise about every pattern: this checks it, pattern by pattern,
against a plain scan of the same windows. A pattern given a new leading word without its
start token fails here instead of silently missing dates."""

from __future__ import annotations

import random

import pytest

from tests.conftest import FIXTURES
from timeline import resolver
from timeline import timex_rules as rules

EXTRA_WORDS = (
    "noontime Mondays midmorning 1990s '80s 10:30 a.m. p.m. 1998-99 12/31/2022 2001-05-06 FY2020 "
    "year-ago Q3 - , . ' $ 5 12 1999 twenty-five and a half 21st 5th 10.30 1430 GMT noon Monday, "
    "'90s 1990's 3/4/99 at on March mid-1990s the year-end year's end 1st 3rd quarter day before "
    "since spring this morning of The LAST Sept. mid-June early- 31st ago later earlier every "
    "0830 1730 BST 0600BST UK time Monday to Friday daily MidnightStoker"
).split()
SEPARATORS = (" ", " ", " ", "  ", "\n", "-", ", ", ". ")


def shuffled_texts(count: int, seed: int = 7) -> list[str]:
    """Texts of pattern key words and tricky tokens in random order: every pattern gets tried
    at odd places."""
    vocabulary = sorted(rules.WORD_KEYS) + EXTRA_WORDS
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(5, 60))]
        texts.append("".join(word + rng.choice(SEPARATORS) for word in words))
    return texts


def paired_texts() -> list[str]:
    """Every start word of a pattern right before some of its key words, then digits: the
    leading words a pattern allows ("last Sept. 5", "the week of") each get their chance."""
    texts = []
    for _name, _pattern, _check, key_set, starts in rules.PATTERNS:
        words = sorted(k for k in key_set if not k.startswith("#"))[:4] or ["year"]
        for start in sorted(k for k in starts or () if not k.startswith("#")):
            phrases = (f"He said {start} {word} 5, 1999 at 10:30 a.m. and {start} {word}." for word in words)
            texts.append(" ".join(phrases))
    return texts


TEXTS = (
    [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))]
    + shuffled_texts(400)
    + paired_texts()
)


@pytest.mark.parametrize("priority", range(len(rules.PATTERNS)), ids=lambda p: rules.PATTERNS[p][0])
def test_matching_at_start_tokens_finds_what_a_scan_finds(priority: int) -> None:
    name, pattern, _check, key_set, starts = rules.PATTERNS[priority]
    if starts is None:
        pytest.skip(f"{name}: scanned, not anchored")
    for text in TEXTS:
        keys = rules.token_keys(text)
        present = key_set.intersection(keys)
        if not present:
            continue
        windows = resolver._windows(text, resolver._positions(present, keys))
        at = sorted(p for key in starts.intersection(keys) for p in keys[key])
        anchored = [(m.span(), m.groups()) for m in resolver._anchored(pattern, text, windows, at)]
        scanned = [(m.span(), m.groups()) for lo, hi in windows for m in pattern.finditer(text, lo, hi)]
        assert anchored == scanned, text[:200]
