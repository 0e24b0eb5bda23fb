#!/usr/bin/env python3
"""What a resolver change does to unannotated news: every value that differs from a revision.

usage: python benchmarks/compare_resolver.py [--rev HEAD] [--corpus FILE.jsonl[.gz]]
                                             [--first 0] [--count 8000] [--show 40]

The annotated files say whether a rule fits their conventions; this says what else it
touches. It resolves the same articles, their wrapped lines joined as the product reads
them, with the working tree and with ``--rev`` (extracted with ``git archive`` into a
temporary folder), prints how many expressions changed and a sample of them with their
context, old value -> new value. Read the sample: a rule that generalizes changes few
values and mostly for the better.
"""

from __future__ import annotations

import argparse
import importlib
import random
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from bench_scale import DEFAULT_CORPUS, ROOT, read_corpus

Found = dict[tuple[int, int], tuple[str, str, str]]


def resolve_all(package_root: Path, articles: list[dict]) -> Found:
    """Every expression of every article, resolved by the ``timeline`` under package_root."""
    for name in [name for name in sys.modules if name == "timeline" or name.startswith("timeline.")]:
        del sys.modules[name]
    sys.path.insert(0, str(package_root))
    try:
        resolve = importlib.import_module("timeline.resolver").resolve
        found: Found = {}
        for index, article in enumerate(articles):
            text = article["text"]
            anchor = date.fromisoformat(article["published"][:10])
            for e in resolve(text, anchor=anchor):
                context = text[max(0, e.start - 90) : e.end + 40].replace("\n", " ")
                found[index, e.start] = (e.text.replace("\n", " "), e.value, context)
        return found
    finally:
        sys.path.remove(str(package_root))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="HEAD")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--count", type=int, default=8000)
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    articles = read_corpus(args.corpus)[args.first : args.first + args.count]
    # as the product reads them: a paragraph's line breaks as spaces (the working tree's
    # sentences.unwrapped for both sides, so that only the resolver differs)
    sys.path.insert(0, str(ROOT))
    from timeline.sentences import unwrapped

    sys.path.remove(str(ROOT))
    articles = [{**article, "text": unwrapped(article["text"])} for article in articles]
    with tempfile.TemporaryDirectory() as old_root:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.rev, "timeline"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", old_root], input=archive, check=True)
        old = resolve_all(Path(old_root), articles)
    new = resolve_all(ROOT, articles)
    changed = sorted(key for key in old.keys() | new.keys()
                     if (old.get(key) or ("", ""))[:2] != (new.get(key) or ("", ""))[:2])
    print(f"{len(changed)} of {len(new)} expressions changed against {args.rev} "
          f"in {len(articles)} articles")
    for key in random.Random(0).sample(changed, min(args.show, len(changed))):
        before, after = old.get(key), new.get(key)
        context = (after or before)[2]
        print(f"{before[:2] if before else None} -> {after[:2] if after else None} | {context}")


if __name__ == "__main__":
    main()
