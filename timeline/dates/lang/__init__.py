"""Language packs: one folder a language (``en/``), holding everything that is words.

A pack's ``rules`` module gives ``PACK``, its ``DatePack`` (date rules with their examples,
tense cues); its ``text`` module ``TEXT``, its ``TextPack`` (abbreviations, page furniture,
stop words, bound words); its ``vocabulary`` module the word tables they are built from. Adding a
language is adding a folder with those modules; nothing here names one.

A language without a folder is read with ``numeric`` (its unambiguous numeric dates only) and,
by the stages around the resolver, with the default pack's words of running text.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.dates.records import DatePack, TextPack

DEFAULT = "en"


@lru_cache(maxsize=1)
def available() -> tuple[str, ...]:
    """The codes of the packs present, sorted."""
    return tuple(sorted(info.name for info in pkgutil.iter_modules(__path__) if info.ispkg))


def has_pack(code: str) -> bool:
    """Whether ``code`` has a pack of its own."""
    return code in available()


def date_pack(code: str = DEFAULT) -> DatePack:
    """The date rules of a language (imported on first use: compiling them costs time)."""
    if code not in available():
        raise LookupError(f"no language pack {code!r} (available: {', '.join(available())})")
    return importlib.import_module(f"{__name__}.{code}.rules").PACK


def text_pack(code: str = DEFAULT) -> TextPack:
    """The words of running text of a language (light: no date rule is compiled)."""
    if code not in available():
        raise LookupError(f"no language pack {code!r} (available: {', '.join(available())})")
    return importlib.import_module(f"{__name__}.{code}.text").TEXT


@cache
def reading_pack(code: str) -> TextPack:
    """The words of running text an article in ``code`` is read with: its own pack's, else the
    default's (its abbreviations and furniture do little harm to a text in another language,
    and its stop words and bound words simply match nothing there)."""
    return text_pack(code if has_pack(code) else DEFAULT)


@cache
def function_words() -> dict[str, tuple[str, ...]]:
    """Each function word of the packs (see ``TextPack.function_words``) and the packs that
    list it."""
    index: dict[str, tuple[str, ...]] = {}
    for code in available():
        for word in sorted(text_pack(code).function_words):
            index[word] = (*index.get(word, ()), code)
    return index


def reading_language(text: str, declared: str = "") -> str:
    """The language an article is read in: the one it declares (or the user gave), else the
    one its text is detected to be in, else the default."""
    if declared:
        return declared
    from timeline.dates.lang.detect import detect

    return detect(text) or DEFAULT
