"""Impossible and extreme dates, from files in tests/nasty_dates/ and from the library: each case
has a stated behaviour, and none raises, hangs or renders an invalid file."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.chronology import build
from timeline.cli import cli
from timeline.model import Document
from timeline.period import Period

NASTY_DATES = Path(__file__).resolve().parent / "nasty_dates"
FORMATS = ("table", "csv", "ics", "json")


def run_cli(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def events_of(name: str) -> list[dict]:
    result = run_cli("build", str(NASTY_DATES / name), "-f", "json", "-q")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["events"]


@pytest.mark.parametrize("name", sorted(p.name for p in NASTY_DATES.iterdir()))
@pytest.mark.parametrize("format_", FORMATS)
def test_every_nasty_date_file_renders_in_every_format(name: str, format_: str) -> None:
    result = run_cli("build", str(NASTY_DATES / name), "-f", format_)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "error" not in result.stderr
    if format_ == "ics":
        from ical.calendar_stream import IcsCalendarStream

        IcsCalendarStream.calendar_from_ics(result.stdout)


def test_impossible_days_are_ignored_and_the_rest_kept() -> None:
    """'Feb. 30, 2022' and 'September 31' name no day: no event, the valid dates stay."""
    dates = {e["date"] for e in events_of("impossible_days.txt")}
    assert "2022-08-31" in dates
    assert not any(d.startswith("2022-02") or d.endswith("-09-31") for d in dates)


def test_years_outside_the_calendar_give_no_event() -> None:
    """Year 0, 10000 BC and 99999 cannot be placed on the calendar; the real date stays."""
    events = events_of("far_years.txt")
    assert "2022-09-07" in {e["date"] for e in events}
    assert all(1 <= int(e["start"][:4]) <= 9999 for e in events)
    assert not any(e["start"].startswith("0000") for e in events)


def test_a_date_in_year_99999_is_not_moved_into_the_anchor_year() -> None:
    titles = {e["title"] for e in events_of("far_years.txt") if e["date"] == "2021-12-31"}
    assert not titles


def test_anchor_on_the_last_day_of_the_calendar() -> None:
    """Relative dates from 9999-12-31 stay in year 9999 or are dropped; nothing overflows."""
    dates = {e["date"] for e in events_of("anchor_9999.txt")}
    assert {"9999-12-27", "9999-12-30", "9999-W51", "9999-Q4"} <= dates


def test_anchor_9999_next_decade_is_not_in_the_past() -> None:
    assert all(e["start"] >= "9999" for e in events_of("anchor_9999.txt"))


def test_anchor_on_the_first_day_of_the_calendar() -> None:
    events = events_of("anchor_0001.txt")
    assert "0001-01-01" in {e["date"] for e in events}
    assert all(e["start"] >= "0001-01-01" for e in events)


def test_publication_date_far_from_the_text() -> None:
    """A 1900 anchor for a 2022 story: the full dates stay, relative ones follow the anchor,
    and the user is told the publication date looks wrong."""
    result = CliRunner().invoke(cli, ["build", str(NASTY_DATES / "anchor_1900.txt"), "-f", "json"])
    assert result.exit_code == 0
    dates = {e["date"] for e in json.loads(result.stdout)["events"]}
    assert {"2022-08-31", "2022-09-12", "1900-W02"} <= dates
    assert "anchor_1900.txt" in result.stderr and "1900-01-01" in result.stderr


@pytest.mark.parametrize(
    "value",
    ["9999-W52", "9999-W52-WE", "9999-WI", "9999-12", "9999-Q4", "999", "99", "0001-W01", "0000", "0000-12"],
)
def test_periods_at_the_ends_of_the_calendar_never_raise(value: str) -> None:
    period = Period.from_value(value)
    assert period is None or period.start <= period.end


def test_last_iso_week_of_9999_ends_with_the_calendar() -> None:
    period = Period.from_value("9999-W52")
    assert period is not None and period.start == date(9999, 12, 27) and period.end == date.max


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(9999, 12, 28), date(1, 1, 1), date(1, 1, 2)])
def test_inference_next_to_the_ends_of_the_calendar(day: date) -> None:
    """An undated article in a collection dated at the very first or last day of the calendar."""
    text = "Officials said on Friday that the vault opened on Dec. 28 and will close next week."
    documents = [
        Document("undated", "undated.txt", "Vault", text),
        Document("dated", "dated.txt", "Vault", text, day, "header"),
    ]
    chronology = build(documents)
    assert all(e.period.start <= e.period.end for e in chronology.events)


def test_thousands_of_dates_in_one_article_finish_in_seconds() -> None:
    months = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
    sentences = [
        f"The committee met on {months[i % 12]} {i % 28 + 1}, {1990 + i % 33} about point {i}."
        for i in range(5000)
    ]
    text = "Published: Sept. 9, 2022\n\nA busy committee\n\n" + " ".join(sentences) + "\n"
    document = Document("busy", "busy.txt", "A busy committee", text, date(2022, 9, 9), "header")
    started = time.perf_counter()
    chronology = build([document])
    assert time.perf_counter() - started < 15
    assert sum(len(e.mentions) for e in chronology.events) >= 5000


def test_history_in_a_recent_article_is_not_a_distant_publication_date() -> None:
    from timeline.checks import distant_publication_dates

    text = "Looking back\n\nThe accord was signed on March 3, 1995 in Geneva, the archive shows.\n"
    document = Document("history", "history.txt", "Looking back", text, date(2022, 9, 9), "header")
    chronology = build([document])
    assert chronology.events and distant_publication_dates(chronology) == []
    future = replace_published(document, date(1900, 1, 1))
    assert len(distant_publication_dates(build([future]))) == 1


def replace_published(document: Document, day: date) -> Document:
    from dataclasses import replace

    return replace(document, published=day)



def test_choosing_among_many_expressions_is_not_quadratic() -> None:
    """The resolver keeps the longest of overlapping candidates; a 5 MB article has ~150,000.
    Comparing each with every span taken so far took minutes; this takes milliseconds."""
    from timeline.dates.engine import select

    candidates = [(10 * i, 10 * i + 6, 0, "date", None) for i in range(30_000)]
    candidates += [(10 * i + 2, 10 * i + 4, 1, "date", None) for i in range(30_000)]  # inside others
    started = time.perf_counter()
    chosen = select(candidates)
    assert time.perf_counter() - started < 2
    assert [c[0] for c in chosen] == [10 * i for i in range(30_000)]
