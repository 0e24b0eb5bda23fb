#!/usr/bin/env python3
"""Size and load time of the HTML page, in a real browser, for the biggest story collections.

usage: python benchmarks/bench_page.py [STORIES_DIR ...]   (default ../shared/stories and
../shared/stories/entities)

Builds the default view of every collection (a folder with articles.jsonl), renders the
biggest ones (by events) as `--format html`, opens each in Debian's chromium (Playwright by
executable path) and prints its size, the browser's load time (navigation start to the load
event) and how long a search takes to filter the events; beside it, the Markdown's size.
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import build, load_documents  # noqa: E402
from timeline.render import render  # noqa: E402

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
BIGGEST = 3


def rendered(chronology, format_: str) -> str:
    buffer = io.StringIO(newline="")
    render(chronology, buffer, format_, title="bench")
    return buffer.getvalue()


def main(argv: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    shared = ROOT.parent / "shared" / "stories"
    groups = [Path(a) for a in argv] or [shared, shared / "entities"]
    built = []
    for group in groups:
        for folder in sorted(p for p in group.iterdir() if (p / "articles.jsonl").exists()):
            documents = load_documents([folder / "articles.jsonl"], warn=lambda message: None)
            built.append((folder.name, build(documents, warn=lambda message: None)))
    built.sort(key=lambda item: -len(item[1].events))
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as folder:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS)
        for name, chronology in built[:BIGGEST]:
            html = rendered(chronology, "html")
            path = Path(folder) / f"{name}.html"
            path.write_text(html, encoding="utf-8")
            page = browser.new_page()
            page.goto(path.as_uri(), wait_until="load")
            load_ms = page.evaluate("performance.timing.loadEventEnd - performance.timing.navigationStart")
            started = time.perf_counter()
            page.fill("#search", "the")
            search_ms = (time.perf_counter() - started) * 1000
            page.close()
            markdown_mb = len(rendered(chronology, "markdown").encode()) / 1e6
            print(f"{name:24s} events={len(chronology.events):5d} html={len(html.encode()) / 1e6:.2f} MB "
                  f"load={load_ms} ms search={search_ms:.0f} ms markdown={markdown_mb:.2f} MB")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1:])
