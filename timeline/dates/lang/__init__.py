"""Language packs: one folder a language (``en/``), holding everything that is words.

A pack's ``rules`` module gives ``PACK``, its ``DatePack`` (date rules with their examples,
tense cues); its ``text`` module ``TEXT``, its ``TextPack`` (abbreviations, page furniture,
stop words, bound words); its ``vocabulary`` module the word tables they are built from. Adding a
language is adding a folder with those modules; nothing here names one.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.dates.records import DatePack, TextPack

DEFAULT = "en"


def available() -> tuple[str, ...]:
    """The codes of the packs present, sorted."""
    return tuple(sorted(info.name for info in pkgutil.iter_modules(__path__) if info.ispkg))


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
