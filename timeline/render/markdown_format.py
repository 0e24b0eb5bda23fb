"""Markdown for GitHub and note tools: a heading per month (or year), a line per event.

Article text is escaped so that it stays text: no Markdown or HTML it holds becomes a link,
an image, emphasis or a tag. Sources link to their articles where an http(s) address is known.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TextIO

from timeline.model import Chronology, Document, Event
from timeline.render.labels import event_outlets, outlet_of, sections, summary
from timeline.render.text import clean, web_address

# Every ASCII punctuation mark may be backslash-escaped in CommonMark; these are the ones that
# can start emphasis, code, links, images, raw HTML, entities, tables or strikethrough.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#!|~&])")
# Outlets named on an event's line before the others are counted.
NAMED_OUTLETS = 3


def escape_markdown(text: str) -> str:
    """``text`` on one line with every character Markdown or HTML would read escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(clean(text).split()))


def _link(text: str, url: str) -> str:
    """A link whose address cannot break out of its angle brackets."""
    return f"[{text}](<{url}>)"


def _first_address(outlet: str, event: Event, documents: Mapping[str, Document]) -> str | None:
    for document_id in event.documents:
        document = documents.get(document_id)
        if document is not None and outlet_of(document, document_id) == outlet:
            address = web_address(document.url)
            if address:
                return address
    return None


def _sources(event: Event, documents: Mapping[str, Document]) -> str:
    outlets = event_outlets(event, documents)
    named = []
    for outlet in outlets[:NAMED_OUTLETS]:
        name = escape_markdown(outlet.name) + (f" ({outlet.articles})" if outlet.articles > 1 else "")
        address = _first_address(outlet.name, event, documents)
        named.append(_link(name, address) if address else name)
    rest = sum(o.articles for o in outlets[NAMED_OUTLETS:])
    return ", ".join(named) + (f" +{rest}" if rest else "")


def render(chronology: Chronology, stream: TextIO, title: str | None = None) -> None:
    documents = {d.id: d for d in chronology.documents}
    stream.write(f"# {escape_markdown(title or 'Timeline')}\n\n{escape_markdown(summary(chronology))}\n")
    for heading, events in sections(chronology.events):
        stream.write(f"\n## {heading}\n\n")
        for event in events:
            stream.write(
                f"- **{escape_markdown(event.period.label)}**: {escape_markdown(event.title)}"
                f" ({_sources(event, documents)})\n"
            )
