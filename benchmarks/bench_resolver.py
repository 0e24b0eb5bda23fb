#!/usr/bin/env python3
"""timeline.resolve against a plain dateparser baseline on the TempEval-3 dev sets.

usage (from the project root):
    PYTHONPATH=. python benchmarks/bench_resolver.py [GOLD.jsonl ...] [--baseline-docs N]

For each gold file (default: the English TimeBank and AQUAINT files, then the German,
French, Spanish and Portuguese ones of ../shared/timex-dev/) it prints, side by side,
strict and relaxed span F1, value accuracy, value F1 and milliseconds per document of
``timeline.resolve`` and of the baseline
``dateparser.search.search_dates(text, settings={"RELATIVE_BASE": dct})`` (values as days
YYYY-MM-DD, offsets found by locating each matched string after the previous one),
and the speed ratio. Scoring is done by ../shared/tools/timex_score.py (run as a
subprocess, not copied). ``--baseline-docs N`` runs the slow baseline on the first N
documents only (its figures are then over those documents); by default it runs on all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
SCORER = os.path.join(SHARED, "tools", "timex_score.py")
# English first, then a file for each other language (the language of each document is
# detected, as timeline.resolve does when given none)
DEFAULT_FILES = [os.path.join(SHARED, "timex-dev", f) for f in (
    "timebank.jsonl", "aquaint.jsonl", "de-krauts-dev.jsonl", "fr-ftib-dev.jsonl",
    "es-timebank-train.jsonl", "pt-timebankpt-train.jsonl")]


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def anchor_of(doc: dict) -> dt.date:
    return dt.date.fromisoformat(doc["dct"][:10])


def run_resolver(docs: list[dict]) -> tuple[list[dict], float]:
    from timeline import resolve
    from timeline.dates import engine, lang

    # once a process: the language model loads, each pack's rules compile
    resolve("warm up on Friday", anchor=dt.date(2000, 1, 1))
    for code in lang.available():
        engine.index(code)
    out, spent = [], 0.0
    for d in docs:
        t0 = time.perf_counter()
        found = resolve(d["text"], anchor=anchor_of(d))
        spent += time.perf_counter() - t0
        out.append({"doc": d["doc"], "timexes": [
            {"start": e.start, "end": e.end, "value": e.value, "type": e.type} for e in found]})
    return out, spent


def run_baseline(docs: list[dict]) -> tuple[list[dict], float]:
    from dateparser.search import search_dates

    search_dates("warm up on Friday", settings={"RELATIVE_BASE": dt.datetime(2000, 1, 1)})
    out, spent = [], 0.0
    for d in docs:
        a = anchor_of(d)
        base = dt.datetime(a.year, a.month, a.day)
        text = d["text"]
        t0 = time.perf_counter()
        try:
            hits = search_dates(text, settings={"RELATIVE_BASE": base}) or []
        except Exception:  # the baseline is scored as it is, crashes count as "nothing found"
            hits = []
        spent += time.perf_counter() - t0
        timexes, cursor = [], 0
        for matched, when in hits:
            at = text.find(matched, cursor)
            if at < 0:
                at = text.find(matched)
            if at < 0:
                continue
            cursor = at + len(matched)
            timexes.append({"start": at, "end": at + len(matched),
                            "value": when.strftime("%Y-%m-%d"), "type": "DATE"})
        out.append({"doc": d["doc"], "timexes": timexes})
    return out, spent


def score(gold_docs: list[dict], system: list[dict]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        gold_path = os.path.join(tmp, "gold.jsonl")
        sys_path = os.path.join(tmp, "system.jsonl")
        with open(gold_path, "w", encoding="utf-8") as f:
            for d in gold_docs:
                f.write(json.dumps(d) + "\n")
        with open(sys_path, "w", encoding="utf-8") as f:
            for d in system:
                f.write(json.dumps(d) + "\n")
        res = subprocess.run([sys.executable, SCORER, gold_path, sys_path],
                             capture_output=True, text=True, check=True)
    last = res.stdout.strip().split("\n")[-1]
    return {k: float(v) for k, v in (item.split("=") for item in last.split())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*", default=DEFAULT_FILES)
    ap.add_argument("--baseline-docs", type=int, default=0,
                    help="run the baseline on the first N documents only (0 = all)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the baseline")
    args = ap.parse_args(argv)

    rows = []
    for path in args.files:
        docs = load(path)
        name = os.path.basename(path)
        system, spent = run_resolver(docs)
        ours = score(docs, system)
        ours["ms_per_doc"] = 1000 * spent / len(docs)
        base = None
        if not args.no_baseline:
            subset = docs[:args.baseline_docs] if args.baseline_docs > 0 else docs
            b_system, b_spent = run_baseline(subset)
            base = score(subset, b_system)
            base["ms_per_doc"] = 1000 * b_spent / len(subset)
            base["docs"] = len(subset)
        rows.append((name, len(docs), ours, base))

    cols = ("strict_f1", "relaxed_f1", "value_acc", "value_f1", "ms_per_doc")
    width = max([16] + [len(name) + 2 for name, *_ in rows])
    header = f"{'file':<{width}}{'system':<22}{'docs':>5}" + "".join(f"{c:>12}" for c in cols)
    print(header)
    print("-" * len(header))
    for name, n, ours, base in rows:
        print(f"{name:<{width}}{'timeline.resolve':<22}{n:>5}"
              + "".join(f"{ours[c]:>12.3f}" for c in cols))
        if base is not None:
            print(f"{'':<{width}}{'search_dates':<22}{int(base['docs']):>5}"
                  + "".join(f"{base[c]:>12.3f}" for c in cols))
            ratio = base["ms_per_doc"] / ours["ms_per_doc"] if ours["ms_per_doc"] else 0.0
            print(f"{'':<{width}}{'speed ratio':<22}{'':>5}{'':>48}{ratio:>11.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
