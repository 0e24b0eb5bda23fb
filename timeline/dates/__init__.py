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


def resolve(text: str, anchor: _dt.date | None = None, language: str | None = None
            ) -> list[TemporalExpression]:
    """The temporal expressions of ``text`` with TIMEX3 values relative to ``anchor`` (the
    publication date), read with the pack of ``language``: an ISO 639 code, or None to detect
    it from the text (``lang.detect``; the default when unsure). A language without a pack
    gets its unambiguous numeric dates only."""
    from timeline.dates.engine import resolve as run

    return run(text, anchor, language)
