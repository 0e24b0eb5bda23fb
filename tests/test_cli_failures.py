"""When writing fails or something unexpected happens: one line on stderr, a non-zero exit, no
traceback, and no partial or temporary file; a reader that goes away early ends the run quietly."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES
from timeline.cli import cli

FIXTURE = str(FIXTURES)
COMMAND = [sys.executable, "-m", "timeline"]
CAPTURE: dict = {"capture_output": True, "text": True}


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


def one_line_error(result, *needles: str) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline: error:"), result.stderr
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in lines[0]
    return lines[0]


def test_unexpected_exception_is_one_line_with_a_debug_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr("timeline.chronology.build", broken)
    line = one_line_error(run("build", FIXTURE, "-q"), "RuntimeError", "boom second line", "TIMELINE_DEBUG=1")
    assert result_has_no_traceback(line)
    debug = run("build", FIXTURE, "-q", env={"TIMELINE_DEBUG": "1"})
    assert isinstance(debug.exception, RuntimeError)


def result_has_no_traceback(line: str) -> bool:
    return "Traceback" not in line and "File " not in line


def test_full_disk_during_the_write_leaves_the_old_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc_info):
            self.stream.close()

        def write(self, text):
            self.stream.write(text[: len(text) // 2])
            self.stream.flush()
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    one_line_error(run("build", FIXTURE, "-q", "-o", str(target)), "out.csv", "No space left")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_interrupt_mid_write_leaves_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    one_line_error(run("build", FIXTURE, "-q", "-o", str(tmp_path / "out.ics")), "interrupted")
    assert os.listdir(tmp_path) == []


def test_read_only_folder_even_as_root(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    one_line_error(run("build", FIXTURE, "-q", "-o", str(tmp_path / "out.json")), "Permission denied")
    assert os.listdir(tmp_path) == []


def test_hostile_file_name_in_a_warning_stays_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "bad\nname\x1b[2J.txt").write_bytes(b"\x00\x01binary\x00")
    result = run("build", FIXTURE, str(tmp_path), "-f", "json")
    assert result.exit_code == 0
    bad = [line for line in result.stderr.splitlines() if "bad" in line]
    assert len(bad) == 1 and "name" in bad[0] and "\x1b" not in result.stderr


# Real processes: what only a real file descriptor shows.

needs_dev_full = pytest.mark.skipif(
    not os.path.exists("/dev/full") or not stat.S_ISCHR(os.stat("/dev/full").st_mode), reason="no /dev/full"
)


@needs_dev_full
def test_full_stdout_is_one_line_error() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([*COMMAND, "build", FIXTURE, "-q"], stdout=full, stderr=subprocess.PIPE)
    stderr = result.stderr.decode()
    assert result.returncode == 1
    expected = "timeline: error: cannot write to standard output: No space left on device"
    assert stderr.strip().splitlines() == [expected]


@needs_dev_full
def test_output_to_a_device_writes_to_it_and_never_replaces_it() -> None:
    result = subprocess.run([*COMMAND, "build", FIXTURE, "-q", "-o", "/dev/full"], **CAPTURE)
    assert result.returncode == 1 and "No space left" in result.stderr and "Traceback" not in result.stderr
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    result = subprocess.run([*COMMAND, "build", FIXTURE, "-q", "-o", os.devnull], **CAPTURE)
    assert result.returncode == 0 and result.stderr == ""
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_reader_closing_the_pipe_early_ends_quietly(tmp_path: Path) -> None:
    sentences = " ".join(
        f"The committee met on Aug. {i % 28 + 1}, {1900 + i % 120} about point {i}." for i in range(3000)
    )
    article = tmp_path / "busy.txt"
    article.write_text("Published: Sept. 9, 2022\n\nA busy committee\n\n" + sentences + "\n")
    process = subprocess.Popen(
        [*COMMAND, "build", str(article), "-f", "csv", "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith(b"date,")
    process.stdout.close()  # like `| head -1`
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert stderr == ""
