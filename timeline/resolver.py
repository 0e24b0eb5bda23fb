"""``resolve(text, anchor)``: the date resolver, kept here for the modules and users that
import it from ``timeline.resolver``. It lives in ``timeline.dates`` (the engine) and
``timeline.dates.lang`` (a pack per language)."""

from __future__ import annotations

from timeline.dates.engine import resolve
from timeline.model import TemporalExpression

__all__ = ["resolve", "TemporalExpression"]
