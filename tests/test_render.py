import csv
import io
import json
from datetime import date, timedelta

import pytest

from tests.conftest import make_chronology
from timeline.render import format_for_path, render


@pytest.fixture
def chronology():
    return make_chronology(
        [
            ("2022-05", "Bachelet visits China and Xinjiang.", ["a", "b"]),
            ("2022-08-31", "The UN office releases its Xinjiang report.", ["a", "b", "c"]),
            ("2022-W37", "The Human Rights Council session opens.", ["c"]),
            ("2022-09-09", '=HYPERLINK("http://evil") Chen says China will not cooperate.', ["c"]),
        ],
        inferred=("c",),
    )


def rendered(chronology, format, **options):
    buffer = io.StringIO(newline="")
    render(chronology, buffer, format, **options)
    return buffer.getvalue()


def test_format_from_extension():
    assert format_for_path("out/chronology.ICS") == "ics"
    assert format_for_path("x.csv") == "csv"
    assert format_for_path("x.json") == "json"
    assert format_for_path("x.unknown") is None


def test_csv_parses_back_with_one_row_per_event_and_defused_formulas(chronology):
    rows = list(csv.DictReader(io.StringIO(rendered(chronology, "csv"), newline="")))
    assert [r["date"] for r in rows] == ["2022-05", "2022-08-31", "2022-W37", "2022-09-09"]
    week = rows[2]
    assert (week["start"], week["end"], week["granularity"]) == ("2022-09-12", "2022-09-18", "week")
    assert rows[1]["sources"] == "3" and rows[1]["documents"] == "a;b;c"
    assert rows[3]["title"].startswith("'=HYPERLINK")


def test_csv_excel_switch_adds_bom_only_when_asked(chronology):
    assert not rendered(chronology, "csv").startswith("\ufeff")
    assert rendered(chronology, "csv", excel=True).startswith("\ufeff")


def test_json_schema_and_values(chronology):
    data = json.loads(rendered(chronology, "json"))
    assert {d["id"]: d["published_from"] for d in data["documents"]} == {
        "a": "header",
        "b": "header",
        "c": "inferred",
    }
    month = data["events"][0]
    assert (month["date"], month["start"], month["end"], month["granularity"]) == (
        "2022-05",
        "2022-05-01",
        "2022-05-31",
        "month",
    )
    mention = month["mentions"][0]
    assert set(mention) >= {"document", "sentence", "expression", "value", "start", "end"}
    assert mention["sentence"][mention["start"] : mention["end"]] == mention["expression"]


def test_ics_all_day_events_with_exclusive_end_and_stable_output(chronology):
    from icalendar import Calendar

    text = rendered(chronology, "ics")
    assert text == rendered(chronology, "ics")  # byte-identical on a re-run
    assert all(line.endswith("\r") or not line for line in text.split("\n")[:-1])
    calendar = Calendar.from_ical(text)
    events = calendar.walk("VEVENT")
    assert len(events) == 4
    spans = {str(e["summary"]): (e.decoded("dtstart"), e.decoded("dtend")) for e in events}
    assert spans["Bachelet visits China and Xinjiang."] == (date(2022, 5, 1), date(2022, 6, 1))
    assert spans["The Human Rights Council session opens."] == (date(2022, 9, 12), date(2022, 9, 19))
    day = spans["The UN office releases its Xinjiang report."]
    assert day[1] - day[0] == timedelta(days=1)
    assert len({str(e["uid"]) for e in events}) == 4
    assert "c*" in str(events[1]["description"])


def test_ics_events_at_a_clock_time_start_then():
    from datetime import datetime

    from icalendar import Calendar

    timed = make_chronology([
        ("2022-09-07T15:45", "The storm hit the coast.", ["a"]),
        ("2022-09-09T24:00", "The ceasefire expired.", ["a"]),
    ])
    events = Calendar.from_ical(rendered(timed, "ics")).walk("VEVENT")
    starts = {str(e["summary"]): e.decoded("dtstart") for e in events}
    # floating local times (the articles give no zone), the end of a day as the next midnight
    assert starts == {"The storm hit the coast.": datetime(2022, 9, 7, 15, 45),
                      "The ceasefire expired.": datetime(2022, 9, 10, 0, 0)}
    assert all("dtend" not in e for e in events)


def test_ics_passes_a_strict_parser(chronology):
    from ical.calendar_stream import IcsCalendarStream

    parsed = IcsCalendarStream.calendar_from_ics(rendered(chronology, "ics"))
    assert len(parsed.events) == 4


def test_table_lists_date_event_sources_and_marks_inferred(chronology):
    text = rendered(chronology, "table")
    assert "2022-W37 (Sep 12-Sep 18)" in text
    assert "a, b, c*" in text
    assert text.rstrip().endswith("* publication date inferred")


def test_table_wraps_to_a_width(chronology):
    lines = rendered(chronology, "table", width=80).splitlines()
    assert max(len(line) for line in lines) <= 80
    assert len(lines) > 6  # long titles wrapped onto extra lines
