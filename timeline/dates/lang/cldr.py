"""Month and weekday names of a language as the Unicode CLDR spells them, read from the data
files dateparser ships (``dateparser/data/date_translation_data/<code>.py``) without importing
dateparser itself (its import costs a twentieth of a second and a dozen modules): a pack takes
its names from there rather than typing lists."""

from __future__ import annotations

import ast
import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@cache
def translation_data(code: str) -> dict[str, Any]:
    """The ``info`` dict of dateparser's data file for ``code`` (a literal: read, not run)."""
    spec = importlib.util.find_spec("dateparser")
    if spec is None or not spec.submodule_search_locations:
        raise LookupError("dateparser is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "date_translation_data" / f"{code}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "info" for t in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError(f"{path}: no 'info'")


def month_names(code: str, locales: tuple[str, ...] = ()) -> dict[str, int]:
    """Every spelling of each month (lower case) -> its number, the regional ones of
    ``locales`` ("de-AT": "Jänner") too."""
    data = translation_data(code)
    sources = [data] + [data.get("locale_specific", {}).get(loc, {}) for loc in locales]
    return {name.lower(): number for source in sources
            for number, key in enumerate(MONTH_KEYS, start=1) for name in source.get(key, ())}


def weekday_names(code: str) -> dict[str, int]:
    """Every spelling of each weekday (lower case) -> its ISO number (Monday = 1)."""
    data = translation_data(code)
    return {name.lower(): number for number, key in enumerate(WEEKDAY_KEYS, start=1)
            for name in data.get(key, ())}
