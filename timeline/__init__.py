"""timeline: one ordered chronology from many news articles about one story.

Library API (the CLI is a thin shell over these)::

    from timeline import resolve, build, load_documents
    resolve("He said on Friday ...", anchor=date(2022, 9, 9))  # -> [TemporalExpression]
    chronology = build(load_documents(["fixtures/"]))           # -> Chronology

Heavy modules are imported on first use so that ``timeline --help`` starts instantly.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "resolve": "timeline.resolver",
    "load_documents": "timeline.documents",
    "build": "timeline.chronology",
    "BuildOptions": "timeline.chronology",
    "Document": "timeline.model",
    "TemporalExpression": "timeline.model",
    "Mention": "timeline.model",
    "Event": "timeline.model",
    "Chronology": "timeline.model",
    "Period": "timeline.period",
    "TimelineError": "timeline.errors",
    "InputError": "timeline.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        module = import_module(_EXPORTS[name])
        return getattr(module, name)
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")
