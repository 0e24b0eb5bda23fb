import csv
import io
import json
from datetime import date, timedelta

import pytest

from tests.conftest import make_chronology
from timeline.render import format_for_path, render
from timeline.render.labels import event_outlets, source_items


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
        outlets={"a": "Reuters", "b": "BBC"},
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


def test_csv_keeps_its_columns_and_adds_label_outlets_and_urls(chronology):
    text = rendered(chronology, "csv")
    header = "date,start,end,granularity,title,sources,documents,score,label,outlets,urls"
    assert text.split("\r\n", 1)[0] == header
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    # 2022-08-31 is a Wednesday (9 Sep 2022, a Friday, less 9 days); ISO week 37 of 2022 starts
    # Monday 12 September.
    labels = ["May 2022", "Wed 31 Aug 2022", "week of 12 Sep 2022", "Fri 9 Sep 2022"]
    assert [r["label"] for r in rows] == labels
    # one article each: outlets read from the articles by name, then the file-named one
    assert rows[1]["outlets"] == "BBC;Reuters;c"
    assert rows[2]["outlets"] == "c"


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


def test_json_documents_have_outlets_and_events_their_outlets_and_label(chronology):
    data = json.loads(rendered(chronology, "json"))
    assert {d["id"]: (d["outlet"], d["outlet_from"]) for d in data["documents"]} == {
        "a": ("Reuters", "dateline"),
        "b": ("BBC", "dateline"),
        "c": ("c", "file"),
    }
    report = data["events"][1]
    assert (report["date"], report["label"]) == ("2022-08-31", "Wed 31 Aug 2022")
    assert report["documents"] == ["a", "b", "c"]
    assert report["outlets"] == ["BBC", "Reuters", "c"]
    assert data["events"][0]["label"] == "May 2022"


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
    description = str(events[1]["description"])
    assert description.startswith("Date: Wed 31 Aug 2022\nSources:\n")
    assert "- Reuters (a): " in description and "- BBC (b): " in description
    # a file-named outlet is said once; its inferred date starred and explained
    assert "- c*: " in description and description.endswith("* publication date inferred")
    assert "publication date inferred" not in str(events[0]["description"])


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
    lines = rendered(chronology, "table").splitlines()
    assert lines[0].split() == ["date", "event", "sources"]
    assert lines[2].startswith("May 2022 ") and lines[2].endswith("  BBC, Reuters")
    assert lines[3].startswith("Wed 31 Aug 2022 ") and lines[3].endswith("  BBC, Reuters, c*")
    assert lines[4].startswith("week of 12 Sep 2022 ") and lines[4].endswith("  c*")
    assert lines[-1] == "* publication date inferred"


def test_table_says_nothing_of_inference_when_no_source_shows_it():
    chronology = make_chronology([("2022-09-09", "Council met.", ["a"])], outlets={"a": "AP"})
    assert "inferred" not in rendered(chronology, "table")


def outlets_of(docs: dict[str, str], inferred: tuple[str, ...] = ()) -> list[str]:
    """The table's source words for one event reported by ``docs`` (id -> outlet, "" for none)."""
    chronology = make_chronology(
        [("2022-09-09", "Council met.", list(docs))],
        inferred=inferred,
        outlets={doc: outlet for doc, outlet in docs.items() if outlet},
    )
    documents = {d.id: d for d in chronology.documents}
    return source_items(event_outlets(chronology.events[0], documents))


def test_sources_name_the_busiest_outlets_and_count_the_rest():
    docs = {"r1": "Reuters", "r2": "Reuters", "r3": "Reuters", "b1": "BBC", "p1": "AP", "f1": ""}
    # Reuters has three articles; AP and BBC one each (by name); the file-named one comes last.
    assert " ".join(outlets_of(docs)) == "Reuters (3), AP +2"
    assert " ".join(outlets_of({"r1": "Reuters", "b1": "BBC", "x": ""})) == "BBC, Reuters, x"
    assert " ".join(outlets_of({"r1": "Reuters", "r2": "Reuters"})) == "Reuters (2)"


def test_sources_star_the_outlets_with_an_inferred_date():
    docs = {"r1": "Reuters", "r2": "Reuters", "b1": "BBC", "p1": "AP", "f1": ""}
    assert " ".join(outlets_of(docs, inferred=("r2",))) == "Reuters* (2), AP +2"
    assert " ".join(outlets_of(docs, inferred=("f1",))) == "Reuters (2), AP +2*"


def test_table_wraps_sources_between_names_never_inside_one():
    names = ["council-minutes-2022-09-09", "ministry-statement-final", "x" * 40]
    chronology = make_chronology([("2022-09-09", "Council met on the ninth. " * 8, names)])
    lines = rendered(chronology, "table", width=90).splitlines()
    assert max(len(line) for line in lines) <= 90
    column = lines[0].index("sources")
    cells = [line[column:].strip() for line in lines[2:] if line[column:].strip()]
    # The column is 24 wide: a name and its comma that do not fit are cut, their end marked;
    # tabulate, left to wrap, would have broken them at a hyphen.
    assert cells == ["council-minutes-2022-0…,", "ministry-statement-fin…,", "x" * 23 + "…"]


def test_table_wraps_to_a_width(chronology):
    lines = rendered(chronology, "table", width=80).splitlines()
    assert max(len(line) for line in lines) <= 80
    assert len(lines) > 6  # long titles wrapped onto extra lines


LINKED = {"a": "https://example.org/a?x=1&y=2", "c": "https://news.example/c"}


def linked_chronology():
    return make_chronology(
        [
            ("2022-08-31", "The UN office releases its Xinjiang report.", ["c", "b", "a"]),
            ("2022-09-09", "Chen says China will not cooperate.", ["b"]),
        ],
        outlets={"a": "Reuters", "b": "BBC"},
        urls=LINKED,
    )


def test_csv_urls_are_the_sources_addresses_in_report_order():
    rows = list(csv.DictReader(io.StringIO(rendered(linked_chronology(), "csv"), newline="")))
    # c reports it first, b has no address, a last; one space between addresses
    assert rows[0]["urls"] == "https://news.example/c https://example.org/a?x=1&y=2"
    assert rows[1]["urls"] == ""


def test_json_documents_have_url_and_language():
    data = json.loads(rendered(linked_chronology(), "json"))
    assert {d["id"]: d["url"] for d in data["documents"]} == {"c": LINKED["c"], "b": "", "a": LINKED["a"]}
    assert [d["language"] for d in data["documents"]] == ["", "", ""]
    assert list(data["documents"][0])[:3] == ["id", "path", "url"]


def test_ics_description_links_the_sources_with_an_address():
    from icalendar import Calendar

    events = Calendar.from_ical(rendered(linked_chronology(), "ics")).walk("VEVENT")
    description = str(events[0]["description"])
    articles = description.split("Articles:\n", 1)[1].split("\n")
    # outlet (id), the article's title, its address where it has one (b has none)
    assert articles == [
        "- c: Title c <https://news.example/c>",
        "- BBC (b): Title b",
        "- Reuters (a): Title a <https://example.org/a?x=1&y=2>",
    ]
    # the event links to its first source with an address
    assert str(events[0]["url"]) == "https://news.example/c"
    assert "url" not in events[1] and "<https://" not in str(events[1]["description"])
