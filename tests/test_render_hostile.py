"""Hostile text in the output formats: no formula runs in a spreadsheet, no control character
reaches a file or a terminal, and the ICS stays valid for a strict parser, line by line."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import pytest

from tests.conftest import make_chronology
from timeline.chronology import build
from timeline.model import Chronology, Document
from timeline.render import render
from timeline.render.csv_format import neutralize
from timeline.render.text import clean


def rendered(chronology: Chronology, format_: str, **options) -> str:
    buffer = io.StringIO(newline="")
    render(chronology, buffer, format_, **options)
    return buffer.getvalue()


# CSV ---------------------------------------------------------------------------------------

FORMULAS = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "  \n=cmd|' /C calc'!A0",
    "\n=cmd",
    "\x00=1+1",
    "\x1b=1+1",
    "\u200b=1+1",
    "\ufeff=1+1",
    "\u00a0@SUM(A1)",
    "\uff1d1+1",
    "\uff0b1",
    "\uff0d1",
    "\uff20SUM(A1)",
]


@pytest.mark.parametrize("cell", FORMULAS)
def test_formula_triggers_are_defused_even_after_white_space(cell: str) -> None:
    safe = neutralize(cell)
    assert safe.startswith("'")
    assert safe[1:] == clean(cell)


@pytest.mark.parametrize("cell", ["Council met", "2022-09-09", "1.25", "a=b", "", "café — ok"])
def test_ordinary_cells_are_left_alone(cell: str) -> None:
    assert neutralize(cell) == cell


def test_control_characters_are_removed_tab_and_newline_kept() -> None:
    assert clean("a\x00b\x1b[31mc\x7fd\x85e") == "ab[31mcde"
    assert clean("one\r\ntwo\rthree\x0bfour\tfive") == "one\ntwo\nthree four\tfive"
    assert clean("lone \ud800 surrogate") == "lone \ufffd surrogate"


def test_csv_of_hostile_titles_parses_back_and_every_cell_is_safe() -> None:
    titles = [f"{payload} the council met." for payload in FORMULAS] + ['He said "yes", then\r\nno.']
    chronology = make_chronology([("2022-09-09", title, ["a"]) for title in titles])
    text = rendered(chronology, "csv")
    assert text.count("\r\n") >= len(titles) + 1 and "\x00" not in text and "\x1b" not in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == len(titles) + 1
    for row in rows[1:]:
        for cell in row:
            first = cell.lstrip(" \n\t\u00a0\u200b\ufeff")[:1]
            assert cell.startswith("'") or not first or first not in "=+-@\uff1d\uff0b\uff0d\uff20"
    assert rows[-1][4] == 'He said "yes", then\nno.'


def test_titles_built_from_article_text_are_safe() -> None:
    """The title comes from the article's own sentence; the documents cell from a file name."""
    text = "=HYPERLINK(\"http://evil\",\"x\")\x07 the council met on Friday, Sept. 9, 2022, in Geneva."
    document = Document("=cmd", "=cmd.txt", "", text, date(2022, 9, 9), "header")
    chronology = build([document])
    rows = list(csv.DictReader(io.StringIO(rendered(chronology, "csv"), newline="")))
    assert rows and all(r["title"].startswith("'=HYPERLINK") and "\x07" not in r["title"] for r in rows)
    assert all(r["documents"] == "'=cmd" for r in rows)


def test_excel_bom_only_when_asked() -> None:
    chronology = make_chronology([("2022-09-09", "Council met.", ["a"])])
    assert rendered(chronology, "csv").startswith("date,")
    assert rendered(chronology, "csv", excel=True).startswith("\ufeffdate,")


# ICS ---------------------------------------------------------------------------------------

HOSTILE_TITLES = [
    "Line one\nline two\r\nline three",
    "Commas, semicolons; colons: and a backslash \\ here \\n (not a newline)",
    "Emoji 😀🇺🇳 and combining e\u0301 and RTL \u202eevil",
    "北京宣布" * 60,
    "Control \x00\x07\x1b[2J characters",
    "x" * 500,
]


@pytest.fixture
def hostile() -> Chronology:
    return make_chronology([("2022-09-09", title, ["a", "b"]) for title in HOSTILE_TITLES])


def test_ics_lines_end_with_crlf_and_fit_75_octets(hostile: Chronology) -> None:
    data = rendered(hostile, "ics").encode("utf-8")
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\r" not in line and b"\n" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # folding never splits a character


def test_ics_text_round_trips_through_two_parsers(hostile: Chronology) -> None:
    from ical.calendar_stream import IcsCalendarStream
    from icalendar import Calendar

    text = rendered(hostile, "ics")
    strict = IcsCalendarStream.calendar_from_ics(text).events
    loose = Calendar.from_ical(text).walk("VEVENT")
    expected = [clean(title) for title in HOSTILE_TITLES]
    assert [e.summary for e in strict] == expected
    assert [str(e["summary"]) for e in loose] == expected
    for event, title in zip(strict, HOSTILE_TITLES, strict=True):
        assert event.description is not None and clean(title) in event.description
    assert [str(e["description"]) for e in loose] == [e.description for e in strict]


def test_ics_uids_unique_even_for_identical_events() -> None:
    from ical.calendar_stream import IcsCalendarStream

    chronology = make_chronology([("2022-09-09", "Council met.", ["a"])] * 3)
    same = tuple(replace(e, id="same") for e in chronology.events)
    same += (replace(chronology.events[0], id="same-2"),)
    chronology = replace(chronology, events=same)
    text = rendered(chronology, "ics")
    uids = [e.uid for e in IcsCalendarStream.calendar_from_ics(text).events]
    assert len(uids) == len(set(uids)) == 4
    assert text == rendered(chronology, "ics")  # deterministic


def test_merge_gives_distinct_ids_to_same_day_same_title_events() -> None:
    """Two articles report two different things on one day in one identical sentence frame."""
    texts = ["The council met on Friday, Sept. 9, 2022.", "The council met on Friday, Sept. 9, 2022."]
    documents = [
        Document(f"d{i}", f"d{i}.txt", "", t, date(2022, 9, 9), "header") for i, t in enumerate(texts)
    ]
    events = build(documents).events
    assert len({e.id for e in events}) == len(events)


def test_json_and_table_carry_no_control_characters(hostile: Chronology) -> None:
    table = rendered(hostile, "table", width=80)
    assert "\x1b" not in table and "\x00" not in table and "\x07" not in table
    data = json.loads(rendered(hostile, "json"))
    assert [e["title"] for e in data["events"]] == [clean(t) for t in HOSTILE_TITLES]


@pytest.mark.parametrize("format_", ["table", "csv", "ics", "json"])
def test_lone_surrogates_from_json_escapes_are_written(tmp_path, format_: str) -> None:
    from click.testing import CliRunner

    from timeline.cli import cli

    record = {
        "id": "s\ud800",
        "title": "T \udfff",
        "published": "2022-09-09",
        "text": "The council met on Friday in Geneva \ud800 and voted, it said on Aug. 31, 2022.",
    }
    source = tmp_path / "records.jsonl"
    source.write_text(json.dumps(record) + "\n")
    target = tmp_path / f"out.{format_}"
    result = CliRunner().invoke(cli, ["build", str(source), "-f", format_, "-q", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "\ufffd" in target.read_text(encoding="utf-8")


# Outlets: read from article text and metadata, so as hostile as titles ----------------------

HOSTILE_OUTLET = '=HYPERLINK("http://evil")\x1b[2J\x07 News'


@pytest.fixture
def hostile_outlets() -> Chronology:
    return make_chronology(
        [("2022-09-09", "Council met.", ["a", "b"])], outlets={"a": HOSTILE_OUTLET, "b": "+cmd"}
    )


def test_csv_outlets_cell_is_defused_and_clean(hostile_outlets: Chronology) -> None:
    rows = list(csv.DictReader(io.StringIO(rendered(hostile_outlets, "csv"), newline="")))
    (row,) = rows
    assert row["outlets"] == "'+cmd;" + clean(HOSTILE_OUTLET)  # "+cmd" sorts first
    assert "\x1b" not in row["outlets"] and "\x07" not in row["outlets"]


def test_outlets_reach_no_format_with_control_characters(hostile_outlets: Chronology) -> None:
    from ical.calendar_stream import IcsCalendarStream

    for format_ in ("table", "csv", "ics", "json"):
        text = rendered(hostile_outlets, format_)
        assert "\x1b" not in text and "\x07" not in text, format_
    data = json.loads(rendered(hostile_outlets, "json"))
    assert data["documents"][0]["outlet"] == clean(HOSTILE_OUTLET)
    assert data["events"][0]["outlets"] == ["+cmd", clean(HOSTILE_OUTLET)]
    (event,) = IcsCalendarStream.calendar_from_ics(rendered(hostile_outlets, "ics")).events
    assert f"- {clean(HOSTILE_OUTLET)} (a): " in (event.description or "")


def test_an_outlet_on_several_lines_is_one_line_in_the_table() -> None:
    chronology = make_chronology([("2022-09-09", "Council met.", ["a"])], outlets={"a": "Daily\nPlanet"})
    lines = rendered(chronology, "table").splitlines()
    assert len(lines) == 3 and lines[2].endswith("Daily Planet")
