"""A calendar that follows a growing story, the way a user meets it: export the chronology of
three articles as .ics, import it into a CalDAV server, add two articles, export and import
again. The second import must update the events that kept their UID, not add duplicates.

The server is a real Radicale, started here on 127.0.0.1 with its storage in a temporary
folder and no authentication, and stopped after the test. The import is a calendar client's:
each VEVENT becomes one calendar object resource named after its UID and is PUT (a second
PUT to the same name replaces it; RFC 4791 forbids two resources with one UID).
"""

from __future__ import annotations

import base64
import http.client
import json
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from tests.conftest import FIXTURES
from timeline.cli import cli

USER = "reader"
CALENDAR = f"/{USER}/story/"
# Radicale's auth type "none" takes any name and password; the name owns the calendars.
AUTHORIZATION = "Basic " + base64.b64encode(f"{USER}:".encode()).decode()
FIRST = ["000_a753f78b4c00762f.txt", "001_554890cfc37419d6.txt", "002_bb81dd3f25be6cd9.txt"]
ADDED = ["003_41aef741745c9b4b.txt", "004_e514db0db369c6a5.txt"]
REUTERS, ARTICLE_003, ARTICLE_004 = "000_a753f78b4c00762f", "003_41aef741745c9b4b", "004_e514db0db369c6a5"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening(port: int, process: subprocess.Popen, seconds: float) -> bool:
    """Whether the server accepts connections before it exits or ``seconds`` pass."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


@pytest.fixture
def caldav_port(tmp_path: Path) -> Iterator[int]:
    """A Radicale server of this test's own; a few tries, since another program may take the
    free port between the probe and the server's bind."""
    log = tmp_path / "radicale.log"
    for _ in range(3):
        port = _free_port()
        command = [
            sys.executable, "-m", "radicale",
            "--config", "",  # no configuration file of the machine or the user
            "--server-hosts", f"127.0.0.1:{port}",
            "--storage-filesystem-folder", str(tmp_path / "storage"),
            "--auth-type", "none",
            "--logging-level", "warning",
        ]  # fmt: skip
        with log.open("ab") as stream:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=stream, stderr=stream)
        if _listening(port, process, seconds=20):
            break
        process.kill()
        process.wait()
    else:
        raise RuntimeError(f"Radicale did not start:\n{log.read_text(errors='replace')}")
    try:
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class CalDAV:
    """Just enough of a calendar client: make a calendar, import a file, list what is stored."""

    def __init__(self, port: int):
        self.port = port

    def request(
        self, method: str, path: str, body: str = "", headers: dict[str, str] | None = None
    ) -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(
                method, path, body.encode("utf-8"), {"Authorization": AUTHORIZATION, **(headers or {})}
            )
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8")
        finally:
            connection.close()

    def make_calendar(self, path: str) -> None:
        status, text = self.request("MKCALENDAR", path)
        assert status == 201, text

    def import_file(self, path: str, ics: str) -> None:
        """Each VEVENT as its own resource named after its UID, as clients store them."""
        for event in Calendar.from_ical(ics).walk("VEVENT"):
            single = Calendar()
            single.add("prodid", "-//timeline tests//import//EN")
            single.add("version", "2.0")
            single.add_component(event)
            name = quote(str(event["UID"]), safe="") + ".ics"
            status, text = self.request(
                "PUT", path + name, single.to_ical().decode("utf-8"), {"Content-Type": "text/calendar"}
            )
            assert status in (201, 204), text  # created, or an existing resource replaced

    def events(self, path: str) -> list[CalendarEvent]:
        """Every VEVENT the server holds in the calendar (a CalDAV calendar-query)."""
        query = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
            "<D:prop><C:calendar-data/></D:prop>"
            '<C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/>'
            "</C:comp-filter></C:filter></C:calendar-query>"
        )
        headers = {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"}
        status, text = self.request("REPORT", path, query, headers)
        assert status == 207, text
        found = ElementTree.fromstring(text).iter("{urn:ietf:params:xml:ns:caldav}calendar-data")
        return [event for data in found for event in Calendar.from_ical(data.text).walk("VEVENT")]


@dataclass(frozen=True)
class Export:
    """One run of ``timeline build`` on some articles: the .ics file, and the same events as
    JSON to see which mentions each UID stands for."""

    ics: str
    events: list[dict]

    @property
    def uids(self) -> list[str]:
        return [str(event["UID"]) for event in Calendar.from_ical(self.ics).walk("VEVENT")]

    def mentions(self, event: dict) -> set[tuple[str, int, int]]:
        return {(m["document"], m["start"], m["end"]) for m in event["mentions"]}

    def continued_by(self, new: dict, later: Export) -> list[dict]:
        """This export's events that ``new``, an event of a later export, continues: the
        same date and a mention in common."""
        return [
            old
            for old in self.events
            if old["date"] == new["date"] and self.mentions(old) & later.mentions(new)
        ]

    def event_on(self, day: str, document: str) -> dict:
        """The one event of ``day`` that ``document`` reports."""
        (found,) = [
            e
            for e in self.events
            if e["date"] == day and any(m["document"] == document for m in e["mentions"])
        ]
        return found


def export(tmp_path: Path, names: list[str]) -> Export:
    paths = [str(FIXTURES / name) for name in names]
    runner = CliRunner()
    outputs = {}
    for format_ in ("ics", "json"):
        target = tmp_path / f"{len(names)}-articles.{format_}"
        result = runner.invoke(cli, ["build", *paths, "-q", "-o", str(target)])
        assert result.exit_code == 0, result.output
        outputs[format_] = target.read_text(encoding="utf-8")
    return Export(outputs["ics"], json.loads(outputs["json"])["events"])


def uid(event: dict) -> str:
    return f"{event['id']}@timeline.invalid"


def test_reimporting_a_grown_story_updates_the_calendar_instead_of_duplicating(tmp_path, caldav_port):
    before = export(tmp_path, FIRST)
    after = export(tmp_path, FIRST + ADDED)
    # Every event has its own UID, and the UID is the event's id (see the README).
    assert before.uids == [uid(e) for e in before.events] and len(set(before.uids)) == len(before.uids)
    assert after.uids == [uid(e) for e in after.events] and len(set(after.uids)) == len(after.uids)

    server = CalDAV(caldav_port)
    server.make_calendar(CALENDAR)
    server.import_file(CALENDAR, before.ics)
    assert sorted(str(e["UID"]) for e in server.events(CALENDAR)) == sorted(before.uids)
    server.import_file(CALENDAR, after.ics)
    stored = server.events(CALENDAR)

    # One entry per distinct UID of the two files: what kept its UID was updated, not added.
    assert len(stored) == len(set(before.uids) | set(after.uids))
    assert sorted(str(e["UID"]) for e in stored) == sorted(set(before.uids) | set(after.uids))
    newest = {str(e["UID"]): e for e in Calendar.from_ical(after.ics).walk("VEVENT")}
    for entry in stored:  # and it now says what the second file says
        if str(entry["UID"]) in newest:
            for field in ("SUMMARY", "DESCRIPTION", "DTSTART"):
                assert entry.get(field).to_ical() == newest[str(entry["UID"])].get(field).to_ical()

    # An event of the first file that still exists (same date, a mention in common) kept its
    # UID; when two of them merged into one, that one has the UID of one of them.
    for new in after.events:
        continued = before.continued_by(new, after)
        if continued:
            assert new["id"] in {old["id"] for old in continued}
    for old in before.events:
        successors = [new for new in after.events if old in before.continued_by(new, after)]
        if successors and all(len(before.continued_by(new, after)) == 1 for new in successors):
            assert old["id"] in {new["id"] for new in successors}

    # From the text: article 003 too reports Chen Xu's statement "in Geneva on Friday" (Sept.
    # 9), and 003 ("published on 31 August") and 004 ("on Aug 31 issued") the report's release.
    # Those events gained sources and kept their UID, and the server's copy lists the new ones.
    stored_by_uid = {str(e["UID"]): e for e in stored}
    for day, added in (("2022-09-09", {ARTICLE_003}), ("2022-08-31", {ARTICLE_003, ARTICLE_004})):
        first, grown = before.event_on(day, REUTERS), after.event_on(day, REUTERS)
        assert not added & set(first["documents"]) and added <= set(grown["documents"])
        assert grown["id"] == first["id"]
        description = str(stored_by_uid[uid(grown)]["DESCRIPTION"])
        assert all(document in description for document in added)
    # Article 004 alone dates China's response ("China hit back on Sept 1"): a new entry.
    response = after.event_on("2022-09-01", ARTICLE_004)
    assert response["id"] not in {e["id"] for e in before.events} and uid(response) in stored_by_uid
