"""Dates in text: a language-neutral engine (``engine``: candidate search over key tokens;
``tense``: the direction of a date named without its year; ``state``: what the text has
said so far; ``arithmetic``: the calendar) and a pack per language (``lang/<code>/``) that
holds every word. ``resolve(text, anchor)`` is the entry point; the rules are compiled on
first use, so importing this package costs nothing."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.model import TemporalExpression

__all__ = ["resolve"]


def resolve(text: str, anchor: _dt.date | None = None, language: str = "en") -> list[TemporalExpression]:
    """The temporal expressions of ``text`` with TIMEX3 values relative to ``anchor`` (the
    publication date), read with the pack of ``language``."""
    from timeline.dates.engine import resolve as run

    return run(text, anchor, language)
