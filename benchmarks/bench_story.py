#!/usr/bin/env python3
"""Date selection on Timeline17-style stories: timeline's --top against a date-count baseline.

usage: python benchmarks/bench_story.py [STORIES_DIR]   (default ../shared/stories)

For every gold timeline, the articles published between its first and last date (the
news-tls protocol, as ../shared/tools/story_eval.py runs it) are built into a chronology
with ``--top L`` (L = number of gold dates); its day-level events, strongest first, give
the predicted dates. The baseline, in the same process on the same resolved dates, ranks
the days by how many articles name them (the usual count baseline of the literature).
Prints precision, recall and Date-F1 (the F1 of the averaged precision and recall) of both,
and how many gold dates any article of the window names at all (the recall within reach).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_scale import read_corpus  # noqa: E402

from timeline import BuildOptions, build, load_documents  # noqa: E402


def timeline_days(events, limit: int) -> list[str]:
    """The predicted dates: day-level events, strongest first, each date once."""
    days = [e for e in events if e.period.days == 1]
    days.sort(key=lambda e: -e.score)
    return list(dict.fromkeys(e.period.start.isoformat() for e in days))[:limit]


def count_days(events, limit: int) -> list[str]:
    """The baseline: days ranked by the number of articles whose text names them."""
    articles: dict[str, set[str]] = defaultdict(set)
    for event in events:
        for mention in event.mentions:
            if mention.period.days == 1 and not mention.implicit:
                articles[mention.period.start.isoformat()].add(mention.document_id)
    return sorted(articles, key=lambda day: (-len(articles[day]), day))[:limit]


def f1(precisions: list[float], recalls: list[float]) -> tuple[float, float, float]:
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def main(argv: list[str]) -> None:
    stories = Path(argv[0]) if argv else ROOT.parent / "shared" / "stories"
    scores: dict[str, tuple[list[float], list[float]]] = {"timeline": ([], []), "count": ([], [])}
    for folder in sorted(p for p in stories.iterdir() if (p / "articles.jsonl").exists()):
        articles = read_corpus(folder / "articles.jsonl")
        for gold_timeline in read_corpus(folder / "timelines.jsonl"):
            gold = {entry["date"] for entry in gold_timeline["entries"]}
            chosen = [a for a in articles if min(gold) <= a["published"] <= max(gold)]
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as stream:
                stream.writelines(json.dumps(a) + "\n" for a in chosen)
                stream.flush()
                documents = load_documents([stream.name], warn=lambda message: None)
            everything = build(documents, warn=lambda message: None).events
            top = build(documents, BuildOptions(top=len(gold)), warn=lambda message: None).events
            named = {m.period.start.isoformat() for e in everything for m in e.mentions
                     if m.period.days == 1}
            reachable = len(gold & named)
            line = (f"{folder.name}/{gold_timeline['name']}: {len(chosen)} articles, {len(gold)} gold dates"
                    f" ({reachable} named by any article: recall at most {reachable / len(gold):.3f})")
            limit = len(gold)
            predictions = {"timeline": timeline_days(top, limit), "count": count_days(everything, limit)}
            for name, predicted in predictions.items():
                hits = len(set(predicted) & gold)
                scores[name][0].append(hits / len(predicted) if predicted else 0.0)
                scores[name][1].append(hits / len(gold))
                line += f"  {name} P={scores[name][0][-1]:.3f} R={scores[name][1][-1]:.3f}"
            print(line)
    ours, baseline = f1(*scores["timeline"]), f1(*scores["count"])
    print(f"timeline  Date-F1={ours[0]:.3f} P={ours[1]:.3f} R={ours[2]:.3f}")
    print(f"count     Date-F1={baseline[0]:.3f} P={baseline[1]:.3f} R={baseline[2]:.3f}")
    print(f"ratio timeline/count: {ours[0] / baseline[0]:.2f}" if baseline[0] else "ratio: n/a")


if __name__ == "__main__":
    main(sys.argv[1:])
