#!/usr/bin/env python3
"""Speed and memory of `timeline build` at corpus scale, against a search_dates baseline.

usage: python benchmarks/bench_scale.py [--corpus ../shared/corpus/reuters21578.jsonl.gz]
                                        [--baseline-sample 300] [--jobs 1,0]

Runs `timeline build` (one process each, JSON to /dev/null) on 1/4, 1/2 and all of the
corpus, for each --jobs value, and prints wall seconds, articles per second and the peak
resident memory of the main process; then times `dateparser.search.search_dates` on a
sample of the same articles and prints the per-article ratio. Linear cost shows as a
steady articles-per-second across the three sizes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl.gz"


def read_corpus(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def run_build(records: list[dict], jobs: int) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB of the build process, and its exit status."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record) + "\n")
        name = stream.name
    command = [sys.executable, "-m", "timeline", "build", name, "--format", "json", "-q", "--jobs", str(jobs)]
    try:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    finally:
        os.unlink(name)
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def baseline_seconds_per_article(records: list[dict]) -> float:
    from dateparser.search import search_dates

    started = time.perf_counter()
    for record in records:
        base = datetime.fromisoformat(record["published"][:19])
        search_dates(record["text"], settings={"RELATIVE_BASE": base})
    return (time.perf_counter() - started) / len(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--baseline-sample", type=int, default=300)
    parser.add_argument("--jobs", default="1,0", help="comma-separated --jobs values (0: all cores)")
    args = parser.parse_args()

    records = [r for r in read_corpus(args.corpus) if r.get("text", "").strip()]
    total = len(records)
    print(f"corpus: {args.corpus.name}, {total} articles with text, {os.cpu_count()} cores")
    print(f"{'articles':>9} {'jobs':>4} {'seconds':>8} {'articles/s':>11} {'peak MB':>8}")
    full_speed = {}
    for jobs in (int(j) for j in args.jobs.split(",")):
        for share in (4, 2, 1):
            subset = records[: total // share]
            seconds, peak, status = run_build(subset, jobs)
            if status:
                sys.exit(f"timeline build failed with exit status {status}")
            print(f"{len(subset):>9} {jobs:>4} {seconds:>8.2f} {len(subset) / seconds:>11.0f} {peak:>8.0f}")
            if share == 1:
                full_speed[jobs] = seconds
    if len(full_speed) > 1:
        one = full_speed.get(1)
        for jobs, seconds in full_speed.items():
            if one and jobs != 1:
                print(f"speed-up of --jobs {jobs} over --jobs 1: {one / seconds:.2f}x")

    sample = records[: args.baseline_sample]
    per_article = baseline_seconds_per_article(sample)
    ours = min(full_speed.values()) / total
    print(
        f"baseline search_dates: {per_article * 1000:.1f} ms/article on {len(sample)} articles "
        f"(whole corpus ~{per_article * total:.0f} s); timeline build: {ours * 1000:.2f} ms/article; "
        f"ratio {per_article / ours:.0f}x"
    )


if __name__ == "__main__":
    main()
