#!/usr/bin/env python3
"""What a reader meets in the default chronology of each story collection.

usage: python benchmarks/story_checks.py [STORIES_DIR ...]   (default ../shared/stories and
../shared/stories/entities)

For every collection (a folder with articles.jsonl), builds the default view as
``timeline build FILE`` does and counts what the default should never show: events a year or
wider backed by fewer than 3 articles, titles over 45 words, titles that span two lines of
their article (these collections hold one sentence a line), and events dated by a clock time
read as a date (an expression that is only a four-digit clock time such as "1700 BST", given
a value with no time of day, such as the year 1700). Also
prints the number of events, the share backed by one article and the background left out.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import build, load_documents  # noqa: E402

MAX_TITLE_WORDS = 45
WIDE = ("year", "decade", "century")
# "1700 BST", "0830 GMT": four digits and a time zone, which only a clock time is
_CLOCK = re.compile(r"^\d{4}\s*(?:[A-Z]{2,4}|UK time|local time)$")


def title_lines(title: str, texts: list[str]) -> bool:
    """Whether no article holds the title's words on one line (it spans two)."""
    words = title.removesuffix(" …").split()
    head, tail = " ".join(words[:4]), " ".join(words[-4:])
    for text in texts:
        for line in text.split("\n"):
            if head in " ".join(line.split()) and tail in " ".join(line.split()):
                return False
    return True


def check(folder: Path) -> dict[str, int]:
    documents = load_documents([folder / "articles.jsonl"], warn=lambda message: None)
    chronology = build(documents, warn=lambda message: None)
    text_of = {d.id: d.text for d in chronology.documents}
    counts = {"events": len(chronology.events), "background": chronology.background, "one_article": 0,
              "wide_under_3": 0, "long_titles": 0, "two_line_titles": 0, "clock_times": 0}
    for event in chronology.events:
        counts["one_article"] += len(event.documents) == 1
        counts["wide_under_3"] += event.period.granularity in WIDE and len(event.documents) < 3
        counts["long_titles"] += len(event.title.split()) > MAX_TITLE_WORDS
        counts["two_line_titles"] += title_lines(event.title, [text_of[d] for d in event.documents])
        counts["clock_times"] += any(_CLOCK.match(m.expression.text) and "T" not in m.expression.value
                                     for m in event.mentions)
    return counts


def main(argv: list[str]) -> None:
    groups = [Path(a) for a in argv] or [ROOT.parent / "shared" / "stories",
                                         ROOT.parent / "shared" / "stories" / "entities"]
    total: dict[str, int] = {}
    for group in groups:
        for folder in sorted(p for p in group.iterdir() if (p / "articles.jsonl").exists()):
            counts = check(folder)
            print(f"{folder.name:24s} " + " ".join(f"{k}={v}" for k, v in counts.items()))
            for key, value in counts.items():
                total[key] = total.get(key, 0) + value
    print("all                      " + " ".join(f"{k}={v}" for k, v in total.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
