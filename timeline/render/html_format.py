"""One self-contained HTML page: a vertical timeline a reader can search, expand and print.

The page works offline (no CDN, no font, no request of any kind) and article text is hostile
input: every piece of it is escaped into text nodes and attributes, never into a script or a
style, and a Content-Security-Policy lets only this module's own script and style run (by
hash). Links go only to http(s) addresses; anything else (``javascript:``) shows as text.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from html import escape
from typing import TextIO

from timeline.model import Chronology, Document, Event, Mention
from timeline.period import short_date
from timeline.render.labels import event_outlets, outlet_of, sections, summary
from timeline.render.text import clean, web_address

STYLE = """
:root { color-scheme: light dark; --line: #8a8a8a; --mark: #ffe08a; --muted: #666; }
body { font: 16px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 52rem; padding: 1rem; }
header h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
.muted, .sources { color: var(--muted); font-size: .9rem; }
#coverage { width: 100%; height: 4rem; margin: .5rem 0; }
#coverage rect { fill: #4a78b5; }
label { display: block; margin: .75rem 0; }
#search { width: 100%; font-size: 1rem; padding: .4rem; box-sizing: border-box; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
ol.events { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 3px solid var(--line); }
li.event { margin: 0 0 1rem; padding-left: .75rem; position: relative; }
li.event::before { content: ""; position: absolute; left: -1.45rem; top: .45rem; width: .7rem;
  height: .7rem; border-radius: 50%; background: var(--line); }
time { font-weight: 600; font-size: .9rem; }
h3 { font-size: 1rem; font-weight: 500; margin: .1rem 0; }
details ol { padding-left: 1.2rem; font-size: .9rem; }
mark { background: var(--mark); color: inherit; }
@media (prefers-color-scheme: dark) { :root { --mark: #7a5d00; --muted: #aaa; } }
@media (max-width: 30rem) { body { padding: .5rem; } ol.events { padding-left: .6rem; } }
@media print { #search, label, summary { display: none; } body { max-width: none; }
  li.event { break-inside: avoid; } }
"""

# Filters the events by every word typed (any case, anywhere in an event's text) and opens
# every event before printing. It reads the page's own text only.
SCRIPT = """
(function () {
  var box = document.getElementById("search");
  var shown = document.getElementById("shown");
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("section.period"));
  function filter() {
    var words = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var count = 0;
    events.forEach(function (event) {
      var text = event.textContent.toLowerCase();
      var hit = words.every(function (word) { return text.indexOf(word) >= 0; });
      event.hidden = !hit;
      if (hit) { count += 1; }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector("li.event:not([hidden])");
    });
    shown.textContent = String(count);
  }
  box.addEventListener("input", filter);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
})();
"""

_SPACES = re.compile(r"\s+")
# The coverage chart has at most about this many bars: days, else weeks, else months.
CHART_BARS = 120


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


POLICY = (
    f"default-src 'none'; script-src {_hash(SCRIPT)}; style-src {_hash(STYLE)}; img-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)


def _segment(value: str) -> str:
    """Article text as HTML text: control characters dropped, each run of white space one space."""
    return escape(_SPACES.sub(" ", clean(value)))


def _text(value: str) -> str:
    return _segment(value).strip()


def _sentence(mention: Mention) -> str:
    """The mention's sentence with its date expression marked, all of it escaped."""
    sentence = mention.sentence
    start = mention.expression.start - mention.sentence_start
    end = mention.expression.end - mention.sentence_start
    if mention.implicit or not 0 <= start < end <= len(sentence):
        return _text(sentence)
    before, marked, after = sentence[:start], sentence[start:end], sentence[end:]
    return f"{_segment(before)}<mark>{_segment(marked)}</mark>{_segment(after)}".strip()


def _source(mention: Mention, documents: Mapping[str, Document]) -> str:
    document = documents.get(mention.document_id)
    outlet = _text(outlet_of(document, mention.document_id))
    headline = _text(document.title) if document is not None and document.title else ""
    name = f"{outlet}: {headline}" if headline else outlet
    address = web_address(document.url) if document is not None else None
    if address:
        name = f'<a href="{escape(address)}" rel="noreferrer noopener">{name}</a>'
    elif document is not None and document.url:
        name += f" <span class=\"muted\">({_text(document.url)})</span>"
    return f"<li>{name}<br>{_sentence(mention)}</li>"


def _event(event: Event, documents: Mapping[str, Document]) -> str:
    outlets = event_outlets(event, documents)
    named = ", ".join(_text(o.name) + (f" ({o.articles})" if o.articles > 1 else "") for o in outlets[:3])
    rest = sum(o.articles for o in outlets[3:])
    articles = len(event.documents)
    sources = named + (f" +{rest}" if rest else "") + f" · {articles} source{'s' * (articles != 1)}"
    listed = "".join(_source(m, documents) for m in event.mentions)
    return (
        f'<li class="event" id="e{escape(event.id)}">'
        f'<time datetime="{event.period.start.isoformat()}">{escape(event.period.label)}</time>'
        f"<h3>{_text(event.title)}</h3>"
        f'<p class="sources">{sources}</p>'
        f"<details><summary>What the sources say</summary><ol>{listed}</ol></details></li>"
    )


def _bucket_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(day.weekday()) if day.toordinal() > 7 else date.min
    return day.replace(day=1) if unit == "month" else day


def _bucket_after(start: date, unit: str) -> date | None:
    """The first day of the bucket after the one starting at ``start`` (None past 9999)."""
    try:
        if unit == "month":
            return (start.replace(day=28) + timedelta(4)).replace(day=1)
        return start + timedelta(7 if unit == "week" else 1)
    except OverflowError:
        return None


def _bars(published: Sequence[date]) -> tuple[list[tuple[date, date, int]], str]:
    """Articles per day, or per week or month when the story is too long for a bar a day:
    (first day, last day, articles) for every bucket from the first article to the last."""
    first, last = min(published), max(published)
    span = (last - first).days + 1
    unit = "day" if span <= CHART_BARS else "week" if span <= CHART_BARS * 7 else "month"
    counts = Counter(_bucket_start(day, unit) for day in published)
    bars: list[tuple[date, date, int]] = []
    start: date | None = _bucket_start(first, unit)
    while start is not None and start <= last:
        following = _bucket_after(start, unit)
        bars.append((start, following - timedelta(1) if following else date.max, counts[start]))
        start = following
    return bars, unit


def _coverage(documents: Sequence[Document]) -> str:
    """An inline chart of how many articles were published each day (or week, or month)."""
    published = [d.published for d in documents if d.published]
    if not published:
        return ""
    bars, unit = _bars(published)
    tallest = max(n for _, _, n in bars) or 1
    parts = []
    for index, (start, end, count) in enumerate(bars):
        height = round(40 * count / tallest, 2)
        when = short_date(start) if start == end else f"{short_date(start)} to {short_date(end)}"
        parts.append(
            f'<rect x="{index}" y="{40 - height}" width="0.8" height="{height}">'
            f"<title>{escape(when)}: {count} article{'s' * (count != 1)}</title></rect>"
        )
    return (
        f'<svg id="coverage" viewBox="0 0 {len(bars)} 40" preserveAspectRatio="none" role="img" '
        f'aria-label="articles published per {unit}">{"".join(parts)}</svg>'
        f'<p class="muted">Articles published per {unit}</p>'
    )


def render(chronology: Chronology, stream: TextIO, title: str | None = None) -> None:
    documents = {d.id: d for d in chronology.documents}
    heading = _text(title or "Timeline")
    body = "".join(
        f'<section class="period"><h2>{escape(name)}</h2><ol class="events">'
        + "".join(_event(event, documents) for event in events)
        + "</ol></section>"
        for name, events in sections(chronology.events)
    )
    total = len(chronology.events)
    stream.write(
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="timeline"><title>{heading}</title>'
        f"<style>{STYLE}</style></head>\n<body><header><h1>{heading}</h1>"
        f'<p class="muted">{escape(summary(chronology))}</p>{_coverage(chronology.documents)}</header>\n'
        '<label>Search the events <input id="search" type="search" autocomplete="off"></label>'
        f'<p class="muted"><span id="shown">{total}</span> of {total} events shown</p>\n'
        f"<main>{body}</main>\n<script>{SCRIPT}</script></body></html>\n"
    )
