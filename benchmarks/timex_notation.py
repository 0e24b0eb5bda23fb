#!/usr/bin/env python3
"""How much of the value F1 gap on the TempEval-3 dev sets is notation, not meaning.

usage (from the project root):
    PYTHONPATH=. python benchmarks/timex_notation.py [GOLD.jsonl ...]

The two dev files write the same value in different ways: aquaint gives a decade as
"199X" where timebank gives "199", a year as "1968-XX" where timebank gives "1968", a
week as "2000-W7" (ISO 8601 and timebank: "2000-W07"), and marks a part of the day
("1998-08-07TMO") on some weekday mentions and not on others. A resolver can follow one
file or the other, not both. For each file this prints the value F1 as the official
scorer gives it and again with gold and system values rewritten through the notation
rules below (the same scorer, ../shared/tools/timex_score.py, on rewritten copies), and
how many value errors each rule accounts for. A rule only maps spellings of one value onto
one spelling; it never makes two different dates equal.
"""

from __future__ import annotations

import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from bench_resolver import DEFAULT_FILES, SCORER, load, run_resolver  # noqa: E402

# (name, pattern, replacement): each maps another spelling onto the one timeline writes
NOTATION_RULES = [
    ("part of day (TMO/TAF/TEV/TNI) on a day", re.compile(r"^(\d{4}-\d\d-\d\d)T(?:MO|AF|EV|NI)$"), r"\1"),
    ("week number without its leading zero", re.compile(r"^(\d{4})-W(\d)$"), r"\1-W0\2"),
    ("unknown month or day as -XX", re.compile(r"^(\d{4}(?:-\d\d)?)(?:-XX)+$"), r"\1"),
    ("decade as 199X", re.compile(r"^(\d{3})X$"), r"\1"),
    ("century as 19XX", re.compile(r"^(\d{2})XX$"), r"\1"),
]
SUMMARY = re.compile(r"value_f1=(\S+)")
VALUE_ERROR = re.compile(r"\tgold '.*'=(\S+)\tsys '.*'=(\S+)$")


def canonical(value: str) -> str:
    for _name, pattern, replacement in NOTATION_RULES:
        value = pattern.sub(replacement, value)
    return value


def score(gold_path: str, system: list[dict], *extra: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        out.writelines(json.dumps(line) + "\n" for line in system)
    try:
        done = subprocess.run([sys.executable, SCORER, gold_path, out.name, *extra],
                              capture_output=True, text=True, check=True)
    finally:
        os.unlink(out.name)
    return done.stdout


def rewritten(rows: list[dict]) -> list[dict]:
    return [{**row, "timexes": [{**t, "value": canonical(t["value"])} for t in row["timexes"]]}
            for row in rows]


def main(paths: list[str]) -> None:
    for path in paths or DEFAULT_FILES:
        gold = load(path)
        system, _seconds = run_resolver(gold)
        as_scored = score(path, system, "--verbose")
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as copy:
            copy.writelines(json.dumps(row) + "\n" for row in rewritten(gold))
        try:
            equivalent = score(copy.name, rewritten(system))
        finally:
            os.unlink(copy.name)
        explained: collections.Counter[str] = collections.Counter()
        for line in as_scored.splitlines():
            error = VALUE_ERROR.search(line)
            if not error:
                continue
            gold_value, system_value = error.groups()
            if gold_value == system_value:
                continue  # a span error only
            for name, pattern, replacement in NOTATION_RULES:
                if pattern.sub(replacement, gold_value) == pattern.sub(replacement, system_value):
                    explained[name] += 1
        print(f"{os.path.basename(path)}: value_f1={SUMMARY.search(as_scored).group(1)} as scored, "
              f"{SUMMARY.search(equivalent).group(1)} with one spelling per value")
        for name, count in explained.most_common():
            print(f"  {count:3d} value errors: {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
