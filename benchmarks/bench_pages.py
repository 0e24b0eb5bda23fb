#!/usr/bin/env python3
"""The project's reading of web pages next to plain htmldate and trafilatura.

usage (from the project root, inside .venv):
    python benchmarks/bench_pages.py [FOLDER] [--gold FILE] [--pages]

FOLDER (default tests/pages) holds .html pages; FILE (default benchmarks/pages_gold.jsonl
for the default folder) holds JSON lines ``{"file", "date", "text"}``: a page's name in
FOLDER, its publication date (YYYY-MM-DD) and its main text. Without gold, only coverage and
speed are printed. ``--pages`` adds every page's dates and text F1 by system, after the table.

Systems, each on every page, timed after a warm-up (imports not counted):
- ``timeline``: ``load_documents([page])``, the publication date it settles on (metadata,
  header or dateline; an article without one has no date here, the chronology would infer
  one) and ``Document.text`` (the headline first);
- ``htmldate``: ``find_date(html)``, its defaults (free search of the text on, the latest
  date of a page that was changed);
- ``htmldate original``: ``find_date(html, original_date=True)``;
- ``trafilatura``: ``extract(html)``, its defaults (text only; readers' comments included).

Figures: date accuracy (pages whose date equals the gold date, of the pages with a gold
date), coverage (pages given a date, of all pages), ms per page; with gold text, main-text
precision, recall and F1 as in trafilatura's and the article-extraction benchmarks'
convention: the bag of word tokens (``\\w+``, case-folded) of the extracted text against
that of the gold text, counts clipped (a token twice in the gold text is found at most twice),
averaged over pages (a page with no text counts as precision 0, recall 0).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_FOLDER = os.path.join(ROOT, "tests", "pages")
DEFAULT_GOLD = os.path.join(HERE, "pages_gold.jsonl")


@dataclass
class Result:
    """One system's answers: page name -> (date or None, text or None), and time spent."""

    answers: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    seconds: float = 0.0


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def text_scores(extracted: str | None, gold: str) -> tuple[float, float]:
    """Token precision and recall of one page's text."""
    found, wanted = tokens(extracted or ""), tokens(gold)
    shared = sum((found & wanted).values())
    precision = shared / sum(found.values()) if found else 0.0
    recall = shared / sum(wanted.values()) if wanted else 0.0
    return precision, recall


def run(pages: dict[str, str], read: Callable[[str, str], tuple[str | None, str | None]]) -> Result:
    """``read(path, html)`` on every page, timed page by page."""
    first = next(iter(pages))
    read(first, pages[first])  # warm-up: imports and caches
    result = Result()
    for name, html in pages.items():
        started = time.perf_counter()
        result.answers[name] = read(name, html)
        result.seconds += time.perf_counter() - started
    return result


def read_timeline(folder: str) -> Callable[[str, str], tuple[str | None, str | None]]:
    from timeline.documents import load_documents
    from timeline.errors import InputError

    def read(name: str, html: str) -> tuple[str | None, str | None]:
        try:
            docs = load_documents([os.path.join(folder, name)], warn=lambda message: None)
        except InputError:  # a page with no text to read: no date, no text
            return None, None
        doc = docs[0]
        return (doc.published.isoformat() if doc.published else None), doc.text

    return read


def read_htmldate(original: bool) -> Callable[[str, str], tuple[str | None, str | None]]:
    from htmldate import find_date

    def read(name: str, html: str) -> tuple[str | None, str | None]:
        return find_date(html, original_date=original), None

    return read


def read_trafilatura(name: str, html: str) -> tuple[str | None, str | None]:
    import trafilatura

    return None, trafilatura.extract(html)


def report(name: str, result: Result, gold: dict[str, dict], with_text: bool) -> str:
    answers = result.answers
    dated = sum(1 for date, _ in answers.values() if date)
    line = f"{name:<20}"
    gold_dates = {page: g["date"] for page, g in gold.items() if g.get("date") and page in answers}
    if any(date for date, _ in answers.values()) or not with_text:
        correct = sum(1 for page, date in gold_dates.items() if answers[page][0] == date)
        accuracy = f"{correct / len(gold_dates):.3f}" if gold_dates else "-"
        line += f" {accuracy:>9} {dated / len(answers):>9.3f}"
    else:
        line += f" {'-':>9} {'-':>9}"
    line += f" {1000 * result.seconds / len(answers):>9.1f}"
    gold_texts = {page: g["text"] for page, g in gold.items() if g.get("text") and page in answers}
    if with_text and gold_texts and any(text is not None for _, text in answers.values()):
        scores = [text_scores(answers[page][1], text) for page, text in gold_texts.items()]
        precision = sum(p for p, _ in scores) / len(scores)
        recall = sum(r for _, r in scores) / len(scores)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        line += f" {precision:>9.3f} {recall:>9.3f} {f1:>9.3f}"
    elif with_text:
        line += f" {'-':>9} {'-':>9} {'-':>9}"
    return line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=DEFAULT_FOLDER)
    parser.add_argument("--gold", help="JSON lines {file, date, text}")
    parser.add_argument("--pages", action="store_true", help="print each page's answers too")
    args = parser.parse_args()
    gold_path = args.gold or (DEFAULT_GOLD if os.path.abspath(args.folder) == DEFAULT_FOLDER else None)
    names = sorted(n for n in os.listdir(args.folder) if n.lower().endswith((".html", ".htm")))
    if not names:
        print(f"{args.folder}: no .html pages", file=sys.stderr)
        return 1
    pages = {}
    for name in names:
        with open(os.path.join(args.folder, name), encoding="utf-8", errors="replace") as stream:
            pages[name] = stream.read()
    gold: dict[str, dict] = {}
    if gold_path:
        with open(gold_path, encoding="utf-8") as stream:
            gold = {g["file"]: g for g in map(json.loads, filter(str.strip, stream))}
    with_text = any(g.get("text") for g in gold.values())
    systems = [
        ("timeline", run(pages, read_timeline(args.folder))),
        ("htmldate", run(pages, read_htmldate(original=False))),
        ("htmldate original", run(pages, read_htmldate(original=True))),
        ("trafilatura", run(pages, read_trafilatura)),
    ]
    print(f"{len(pages)} pages in {args.folder}" + (f", gold: {gold_path}" if gold_path else ""))
    header = f"{'system':<20} {'date acc':>9} {'coverage':>9} {'ms/page':>9}"
    if with_text:
        header += f" {'text P':>9} {'text R':>9} {'text F1':>9}"
    print(header)
    for name, result in systems:
        print(report(name, result, gold, with_text))
    if args.pages:
        for page in pages:
            wanted = gold.get(page, {})
            print(f"\n{page}: gold {wanted.get('date') or '-'}")
            for name, result in systems:
                date, text = result.answers[page]
                line = f"  {name:<20} {date or '-':<10}"
                if text is not None and wanted.get("text"):
                    precision, recall = text_scores(text, wanted["text"])
                    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
                    line += f"  text P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
