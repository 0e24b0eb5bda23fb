"""Which language a text is written in, when nothing declares it: py3langid's naive Bayes
model (a fork of langid.py, numpy only), restricted to languages with a press of their own,
read on the start of the text only (a few hundred characters tell a language; reading a
whole article would cost more than resolving its dates).

The answer is "" when the model is unsure: a table of figures ("Shr 45 cts vs 58 cts"), a
line of digits, a text too short to tell. A reader then takes the default language, as the
tool always did. The model is loaded on first use (about a second, once a process).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

# Languages with newspapers and news sites of their own (ISO 639-1, as py3langid names them).
# Left out are the model's classes that match nothing a news reader is given but that pull
# tables of figures and abbreviations towards them: Nigerian Pidgin, Volapük, Esperanto, Latin,
# "no linguistic content" and regional varieties.
NEWS_LANGUAGES = tuple(
    """
    af ar az be bg bn bs ca cs cy da de el en es et eu fa fi fr ga gl gu he hi hr hu hy id is it ja
    ka kk km kn ko lb lt lv mk ml mn mr ms mt my ne nl no pa pl ps pt ro ru si sk sl so sq sr sv sw
    ta te th tl tr uk ur uz vi zh
    """.split()
)
# How much of a text is read: on the annotated news of five languages (761 articles) and the
# 19,778 Reuters articles, 400 characters tell the language as well as 2,000 do (every
# annotated article right; two Reuters tables of figures taken for Portuguese and Tagalog), in
# a fifth of the time (0.1 ms an article).
SAMPLE_CHARS = 400
# Below this probability the model is guessing: the articles of the annotated news of five
# languages score 0.91 and more for their language; the Reuters articles it takes for another
# language than English (tables of figures, a price list in capitals) 0.6 and less.
MIN_PROBABILITY = 0.8
# Fewer letters than this say too little ("OK", "2022-09-08"); only a short text can have so
# few that the model is sure of it.
MIN_LETTERS = 12
_LETTER = re.compile(r"[^\W\d_]")

_IDENTIFIER: Any = None


def _identifier() -> Any:
    global _IDENTIFIER
    if _IDENTIFIER is None:
        import numpy
        from py3langid.langid import MODEL_FILE, LanguageIdentifier  # lazy: loading takes a second

        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(NEWS_LANGUAGES))
        # its features' rows gathered from a contiguous table: a fifth faster
        identifier.nb_ptc = numpy.ascontiguousarray(identifier.nb_ptc)
        _IDENTIFIER = identifier
    return _IDENTIFIER


# A sample holding at least CLEAR_VOTES of one pack's function words, and CLEAR_MARGIN times
# as many as of any other pack's, is in that pack's language: counting words costs a few
# microseconds, the model a tenth of a millisecond an article and a second to load.
CLEAR_VOTES = 6
CLEAR_MARGIN = 3
_WORD = re.compile(r"[^\W\d_]+")


def clear_language(sample: str) -> str:
    """The pack whose function words ``sample`` is plainly written in, "" when none is."""
    from timeline.dates.lang import function_words

    index = function_words()
    tally = Counter(code for word in _WORD.findall(sample.lower()) for code in index.get(word, ()))
    ranked = sorted(tally.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] < CLEAR_VOTES:
        return ""
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= CLEAR_MARGIN * runner_up else ""


def detect(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, "" when unsure."""
    sample = text.lstrip()[:SAMPLE_CHARS]
    if len(sample) < 4 * MIN_LETTERS and len(_LETTER.findall(sample)) < MIN_LETTERS:
        return ""
    plain = clear_language(sample)
    if plain:
        return plain
    code, probability = _identifier().classify(sample)
    return code if probability >= MIN_PROBABILITY else ""
