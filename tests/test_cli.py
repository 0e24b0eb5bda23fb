"""The command line end to end on the bundled articles, through click's CliRunner."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES
from timeline.cli import cli

FIXTURE = str(FIXTURES)


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, *args, input=None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def test_help_and_version(runner):
    assert "chronology" in run(runner, "--help").output
    assert run(runner, "--version").output.startswith("timeline, version")


def test_table_is_the_default_and_stdout_has_data_only(runner):
    result = run(runner, "build", FIXTURE)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split() == ["date", "event", "sources"]
    assert "Wed 31 Aug 2022" in result.stdout  # 2022-08-31, nine days before Friday 9 September
    assert "warning" not in result.stdout
    assert "inferred" in result.stderr


def test_table_names_sources_by_outlet(runner):
    """000 and 002 are Reuters ("Reuters September 09, 2022", "GENEVA, Sept 9 (Reuters)"), 001
    is AP ("GENEVA (AP)") with an inferred date; all three report Thursday 8 September."""
    lines = run(runner, "build", FIXTURE, "-q").stdout.splitlines()
    (row,) = [line for line in lines if line.startswith("Thu 8 Sep 2022 ")]
    assert row.split("  ")[-1].strip().startswith("Reuters (2), AP*")
    assert lines[-1] == "* publication date inferred"


def test_wrapped_table_never_breaks_a_file_name(runner):
    """003 and 004 name no outlet and go by their file names, which must stay whole."""
    lines = run(runner, "build", FIXTURE, "-q", "--width", "100").stdout.splitlines()
    column = lines[0].index("sources")
    words = [w.rstrip(",*") for line in lines[2:-1] for w in line[column:].split()]
    named = [w for w in words if "_" in w]
    assert named and set(named) <= {"003_41aef741745c9b4b", "004_e514db0db369c6a5"}


def test_json_and_csv_carry_outlets(runner):
    data = json.loads(run(runner, "build", FIXTURE, "-f", "json", "-q").stdout)
    outlets = {d["id"][:3]: (d["outlet"], d["outlet_from"]) for d in data["documents"]}
    assert outlets["000"] == ("Reuters", "header") and outlets["002"] == ("Reuters", "dateline")
    assert outlets["001"] == ("AP", "dateline") and outlets["003"][1] == "file"
    (thursday,) = [e for e in data["events"] if e["date"] == "2022-09-08"]
    assert thursday["label"] == "Thu 8 Sep 2022" and thursday["outlets"][:2] == ["Reuters", "AP"]
    rows = list(csv.DictReader(io.StringIO(run(runner, "build", FIXTURE, "-f", "csv", "-q").stdout)))
    assert [r["label"] for r in rows] == [e["label"] for e in data["events"]]
    assert [r["outlets"].split(";") for r in rows] == [e["outlets"] for e in data["events"]]


def test_quiet_silences_warnings(runner):
    result = run(runner, "build", FIXTURE, "--quiet")
    assert result.exit_code == 0 and result.stderr == ""


def test_formats_say_the_same(runner):
    from icalendar import Calendar

    data = json.loads(run(runner, "build", FIXTURE, "-f", "json", "-q").stdout)
    rows = list(csv.DictReader(io.StringIO(run(runner, "build", FIXTURE, "-f", "csv", "-q").stdout)))
    calendar = Calendar.from_ical(run(runner, "build", FIXTURE, "-f", "ics", "-q").stdout)
    vevents = calendar.walk("VEVENT")
    assert len(data["events"]) == len(rows) == len(vevents) > 0
    assert [e["date"] for e in data["events"]] == [r["date"] for r in rows]
    assert [e["title"].lstrip("'") for e in data["events"]] == [r["title"].lstrip("'") for r in rows]
    assert [e["start"] for e in data["events"]] == [v.decoded("dtstart").isoformat() for v in vevents]


def test_output_file_takes_format_from_extension(runner, tmp_path):
    target = tmp_path / "chronology.ics"
    result = run(runner, "build", FIXTURE, "-o", str(target), "-q")
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    first = target.read_bytes()
    run(runner, "build", FIXTURE, "-o", str(target), "-q")
    assert target.read_bytes() == first


def test_published_option_overrides_the_articles(runner):
    data = json.loads(run(runner, "build", FIXTURE, "-f", "json", "-q", "--published", "2022-09-10").stdout)
    assert {d["published"] for d in data["documents"]} == {"2022-09-10"}
    assert {d["published_from"] for d in data["documents"]} == {"option"}


def test_published_for_one_file(runner):
    args = ("build", FIXTURE, "-f", "json", "-q", "--published", "001_554890cfc37419d6.txt=2022-09-09")
    data = json.loads(run(runner, *args).stdout)
    by_id = {d["id"]: d for d in data["documents"]}
    assert by_id["001_554890cfc37419d6"]["published_from"] == "option"
    assert by_id["000_a753f78b4c00762f"]["published_from"] == "header"


def test_since_until_and_top(runner):
    args = ("build", FIXTURE, "-f", "json", "-q", "--since", "2022-09-01", "--until", "2022-09-09")
    events = json.loads(run(runner, *args).stdout)["events"]
    assert events and all(e["start"] >= "2022-09-01" and e["end"] <= "2022-09-09" for e in events)
    # "late May" (the month of May 2022) reaches past a range of its last days: left out
    wide = ("build", FIXTURE, "-f", "json", "-q", "--since", "2022-05-20", "--until", "2022-08-31")
    dates = [e["date"] for e in json.loads(run(runner, *wide).stdout)["events"]]
    assert dates == ["2022-08-25", "2022-08-31"]
    whole = ("build", FIXTURE, "-f", "json", "-q", "--since", "2022-05-01", "--until", "2022-08-31")
    assert [e["date"] for e in json.loads(run(runner, *whole).stdout)["events"]][0] == "2022-05"
    top = json.loads(run(runner, "build", FIXTURE, "-f", "json", "-q", "--top", "2").stdout)["events"]
    assert len(top) == 2


def test_about_keeps_events_whose_sources_mention_every_phrase(runner):
    def dates(*about):
        args = ("build", FIXTURE, "-f", "json", "-q", "--all",
                *[a for phrase in about for a in ("--about", phrase)])
        return [e["date"] for e in json.loads(run(runner, *args).stdout)["events"]]

    # only the General Assembly's choice names Türk (any case)
    assert dates("türk") == ["2022-09-08"]
    # Chen Xu speaks in Geneva in the 2020 caption and on Friday; "Chen" alone also on Monday
    assert dates("Chen Xu", "Geneva") == ["2020-02-26", "2022-09-09"]
    assert "2022-09-12" in dates("Chen") and "2022-09-12" not in dates("Chen", "Geneva")
    assert dates("Türkiye") == []  # whole words only


def test_dates_shows_values_and_anchors(runner):
    result = run(runner, "dates", f"{FIXTURE}/000_a753f78b4c00762f.txt", "--json")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    next_week = [r for r in rows if r["expression"].lower() == "next week"]
    assert next_week and all(r["value"] == "2022-W37" and r["anchor"] == "2022-09-09" for r in next_week)


def test_stdin_is_read_with_a_dash(runner):
    text = "GENEVA, Sept. 9, 2022 (Reuters) - The council met on Thursday in Geneva.\n"
    data = json.loads(run(runner, "build", "-", "-f", "json", "-q", input=text).stdout)
    assert [e["date"] for e in data["events"]] == ["2022-09-08"]


# Error paths: one line on stderr naming the problem, no traceback, exit status 1.


def one_line_error(result, *needles):
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline: error:")
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in result.output


def test_missing_path(runner):
    one_line_error(run(runner, "build", "no/such/folder"), "no/such/folder")


def test_empty_input(runner, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    one_line_error(run(runner, "build", str(tmp_path / "empty.txt")), "empty.txt")


def test_binary_file(runner, tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    one_line_error(run(runner, "build", str(tmp_path / "image.txt")), "image.txt")


def test_bad_published_value(runner):
    one_line_error(run(runner, "build", FIXTURE, "--published", "someday"), "someday")


def test_unwritable_output_leaves_nothing(runner, tmp_path):
    target = tmp_path / "missing" / "out.csv"
    one_line_error(run(runner, "build", FIXTURE, "-q", "-o", str(target)), "out.csv")
    assert not target.parent.exists()


def test_bad_file_among_good_ones_is_skipped_with_a_warning(runner, tmp_path):
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    result = run(runner, "build", FIXTURE, str(tmp_path / "broken.txt"), "-f", "json")
    assert result.exit_code == 0
    assert "broken.txt" in result.stderr and "warning" in result.stderr
    assert len(json.loads(result.stdout)["documents"]) == 5


def test_help_does_not_import_heavy_modules():
    import subprocess
    import sys

    heavy = ("('dateparser', 'tabulate', 'icalendar', 'timeline.resolver', 'timeline.dates.engine', "
             "'trafilatura', 'htmldate', 'lxml', 'pypdf', 'cryptography', 'docx', 'warcio')")
    code = f"import sys, timeline.cli, timeline; print(sorted(m for m in {heavy} if m in sys.modules))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_output_is_the_same_whatever_the_string_hash_seed(tmp_path):
    """Sets of words iterate in an order that changes with PYTHONHASHSEED; the chronology
    (and so the .ics a calendar re-imports) must not."""
    import os
    import subprocess
    import sys

    # Two copies of each article under other names: wire copies make ties between candidates.
    for path in FIXTURES.glob("*.txt"):
        for copy in ("a", "b"):
            (tmp_path / f"{copy}_{path.name}").write_bytes(path.read_bytes())
    outputs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        command = [sys.executable, "-m", "timeline", "build", str(tmp_path), "-f", "ics", "-q"]
        outputs.add(subprocess.run(command, capture_output=True, check=True, env=env).stdout)
    assert len(outputs) == 1


def test_default_view_leaves_out_background_and_says_so(runner):
    """Two photo captions of 2020 (Feb. 26 in Geneva, May 16 in Kashgar), each in one article of
    a collection published in September 2022, are asides: left out by default and counted on
    stderr; --all shows them."""
    result = run(runner, "build", FIXTURE, "-f", "json")
    shown = {e["date"] for e in json.loads(result.stdout)["events"]}
    assert not {"2020-02-26", "2020-05-16"} & shown
    assert "2022-09-09" in shown
    assert "background event" in result.stderr and "--all" in result.stderr
    with_all = run(runner, "build", FIXTURE, "-f", "json", "--all").stdout
    everything = {e["date"] for e in json.loads(with_all)["events"]}
    assert {"2020-02-26", "2020-05-16"} <= everything and shown < everything
    assert "background" not in run(runner, "build", FIXTURE, "-f", "json", "-q").stderr


def test_output_format_follows_the_extension_and_an_unknown_one_is_an_error(runner, tmp_path):
    page, notes, sheet = tmp_path / "story.html", tmp_path / "story.md", tmp_path / "story.xlsx"
    run(runner, "build", FIXTURE, "-q", "-o", str(page))
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    run(runner, "build", FIXTURE, "-q", "-o", str(notes))
    assert notes.read_text(encoding="utf-8").startswith("# fixtures\n")  # titled by the folder's name
    result = runner.invoke(cli, ["build", FIXTURE, "-q", "-o", str(sheet)])
    assert result.exit_code == 1 and not sheet.exists()
    assert result.stderr.count("\n") == 1 and "story.xlsx" in result.stderr and "--format" in result.stderr
    # --format decides whatever the name says
    run(runner, "build", FIXTURE, "-q", "-f", "timelinejs", "-o", str(sheet))
    assert "events" in json.loads(sheet.read_text(encoding="utf-8"))


def test_title_names_the_page_and_the_calendar(runner):
    ics = run(runner, "build", FIXTURE, "-q", "-f", "ics", "--title", "Xinjiang report").stdout
    assert "X-WR-CALNAME:Xinjiang report" in ics
    markdown = run(runner, "build", FIXTURE, "-q", "-f", "markdown", "--title", "Xinjiang report").stdout
    assert markdown.startswith("# Xinjiang report\n")


def test_dates_writes_csv_and_json_with_each_expression_s_sentence(runner, tmp_path):
    article = f"{FIXTURE}/000_a753f78b4c00762f.txt"
    listing = tmp_path / "dates.csv"
    run(runner, "dates", article, "-q", "-o", str(listing))
    rows = list(csv.DictReader(io.StringIO(listing.read_text(encoding="utf-8"))))
    assert rows and set(rows[0]) >= {"expression", "value", "anchor", "sentence"}
    # each expression stands in its sentence
    assert all(row["expression"].split()[0] in row["sentence"] for row in rows if row["expression"])
    lines = run(runner, "dates", article, "-q", "-f", "json").stdout.splitlines()
    assert [json.loads(line)["sentence"] for line in lines] == [row["sentence"] for row in rows]
    assert run(runner, "dates", article, "-q", "--json").stdout.splitlines() == lines
    wrong = runner.invoke(cli, ["dates", article, "-q", "-o", str(tmp_path / "dates.html")])
    assert wrong.exit_code == 1 and "dates.html" in wrong.stderr
