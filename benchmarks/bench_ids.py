#!/usr/bin/env python3
"""Do event ids (the ICS UIDs) survive a growing story? The new scheme against the old one.

usage: python benchmarks/bench_ids.py [STORIES_DIR]   (default ../shared/stories)

For every collection (a folder holding ``articles.jsonl``, searched two levels deep: the
H1N1 stories and ``entities/*``) the chronology is built on 90% of the articles, then on all
of them, for two ways of taking the 90%: the first 90% by publication date (a story that
grows by later articles: the realistic case) and a random 90% (seeded). An event of the first
run "still exists" when an event of the second run has the same date (TIMEX3 value) and
shares a mention with it (same document id and expression offsets); it kept its id when one
such event has its id. Events are those a user exports (the default view, which leaves out
the background: history, asides) and all of them (``--all``). Printed per collection and
overall, for the ids the library gives now (``event.id``) and, computed here in the same
process on the same events, for the old scheme (a hash of the period and the title's content
words). Also printed:

- ``moved``: events of the first run whose mentions all went to events of another date (the
  articles now date them otherwise): how many kept their id, so that a re-imported calendar
  moves them instead of keeping the old entry beside a new one;
- ``best``: the most events any id could keep, ids being unique within a run: a maximum
  matching between still-existing events and their successors (when two events merge, only
  one of them can keep its id).
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import BuildOptions, build, load_documents  # noqa: E402
from timeline.merge import content_terms  # noqa: E402
from timeline.model import Document, Event, Mention  # noqa: E402

SHARE = 0.9
SEED = 20261123


def old_id(event: Event) -> str:
    """The id before this scheme: the period and the content words of the title, hashed."""
    key = event.period.value + "|" + " ".join(sorted(content_terms(event.title)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def numbered(ids: Sequence[str]) -> list[str]:
    """Repeats numbered as the library numbers them (here in chronology order)."""
    seen: Counter[str] = Counter()
    result = []
    for identifier in ids:
        seen[identifier] += 1
        result.append(identifier if seen[identifier] == 1 else f"{identifier}-{seen[identifier]}")
    return result


def mention_key(mention: Mention) -> tuple[str, int, int]:
    return (mention.document_id, mention.expression.start, mention.expression.end)


@dataclass
class Tally:
    """Counts for one scheme over one or more pairs of runs."""

    still: int = 0
    kept: int = 0
    moved: int = 0
    moved_kept: int = 0
    best: int = 0

    def add(self, other: Tally) -> None:
        for name in ("still", "kept", "moved", "moved_kept", "best"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        kept = f"{self.kept}/{self.still} = {self.kept / self.still:.2%}" if self.still else "-"
        return f"kept {kept:>20}  moved kept {self.moved_kept}/{self.moved}"


def _successors(first: Sequence[Event], second: Sequence[Event]) -> tuple[list[list[int]], list[list[int]]]:
    """For each event of the first run, the second run's events of the same date that share a
    mention with it, and those of any date that do."""
    where = {mention_key(m): index for index, event in enumerate(second) for m in event.mentions}
    same_date, any_date = [], []
    for event in first:
        found = sorted({where[key] for key in map(mention_key, event.mentions) if key in where})
        any_date.append(found)
        same_date.append([j for j in found if second[j].period.value == event.period.value])
    return same_date, any_date


def best_possible(same_date: Sequence[Sequence[int]]) -> int:
    """Size of a maximum matching of still-existing events to their successors (Kuhn's)."""
    owner: dict[int, int] = {}

    def augment(index: int, visited: set[int]) -> bool:
        for successor in same_date[index]:
            if successor in visited:
                continue
            visited.add(successor)
            if successor not in owner or augment(owner[successor], visited):
                owner[successor] = index
                return True
        return False

    return sum(augment(index, set()) for index, successors in enumerate(same_date) if successors)


def compare(
    first: Sequence[Event], second: Sequence[Event], ids: Callable[[Sequence[Event]], list[str]]
) -> Tally:
    same_date, any_date = _successors(first, second)
    before, after = ids(first), ids(second)
    tally = Tally(best=best_possible(same_date))
    for index, (same, anywhere) in enumerate(zip(same_date, any_date, strict=True)):
        if same:
            tally.still += 1
            tally.kept += any(after[j] == before[index] for j in same)
        elif anywhere:
            tally.moved += 1
            tally.moved_kept += any(after[j] == before[index] for j in anywhere)
    return tally


SCHEMES: dict[str, Callable[[Sequence[Event]], list[str]]] = {
    "old": lambda events: numbered([old_id(e) for e in events]),
    "new": lambda events: [e.id for e in events],
}


def subsets(documents: Sequence[Document]) -> dict[str, list[Document]]:
    """The two 90% samples, each in the collection's own order. Articles of one publication
    day are taken in a seeded random order, not by id: ids break ties in the event id, and
    an article that arrives later the same day may have any id."""
    keep = int(len(documents) * SHARE)
    shuffled = random.Random(SEED).sample(range(len(documents)), len(documents))
    by_date = sorted(shuffled, key=lambda i: documents[i].published or date.max)
    sampled = random.Random(SEED + 1).sample(range(len(documents)), keep)
    return {
        "by date": [documents[i] for i in sorted(by_date[:keep])],
        "random": [documents[i] for i in sorted(sampled)],
    }


def quiet(message: str) -> None:
    pass


# What a user exports (the default view leaves out the background), and every event (--all).
VIEWS = {"default": BuildOptions(), "--all": BuildOptions(everything=True)}


def main(argv: list[str]) -> None:
    stories = Path(argv[0]) if argv else ROOT.parent / "shared" / "stories"
    folders = sorted(
        {path.parent for path in stories.glob("*/articles.jsonl")}
        | {path.parent for path in stories.glob("*/*/articles.jsonl")}
    )
    totals = {
        (view, split, scheme): Tally()
        for view in VIEWS
        for split in ("by date", "random")
        for scheme in SCHEMES
    }
    for folder in folders:
        documents = load_documents([folder / "articles.jsonl"], warn=quiet)
        whole = {view: build(documents, options, warn=quiet).events for view, options in VIEWS.items()}
        name = folder.relative_to(stories)
        for split, part in subsets(documents).items():
            line = f"{str(name):32} {split:7} {len(part):3}/{len(documents):3} articles"
            for view, options in VIEWS.items():
                first = build(part, options, warn=quiet).events
                line += f"  {view}:"
                for scheme, ids in SCHEMES.items():
                    tally = compare(first, whole[view], ids)
                    totals[view, split, scheme].add(tally)
                    line += f" {scheme} {tally.kept / tally.still:.2%}"
                line += f" (best {tally.best / tally.still:.2%} of {tally.still})"
            print(line, flush=True)
    print()
    for (view, split, scheme), tally in totals.items():
        best = f"best {tally.best}/{tally.still} = {tally.best / tally.still:.2%}"
        print(f"overall {view:7} {split:7} {scheme}: {tally.line()}  ({best})")


if __name__ == "__main__":
    main(sys.argv[1:])
