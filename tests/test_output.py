import os

import pytest

from timeline.errors import OutputError
from timeline.output import write_atomically


def test_writes_whole_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.csv"
    write_atomically(str(target), "a,b\r\n1,2\r\n")
    assert target.read_bytes() == b"a,b\r\n1,2\r\n"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_missing_folder_is_a_clear_error(tmp_path):
    target = tmp_path / "nowhere" / "out.ics"
    with pytest.raises(OutputError, match="does not exist"):
        write_atomically(str(target), "x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="cannot write"):
            write_atomically(str(folder / "out.json"), "{}")
    finally:
        folder.chmod(0o700)


def test_failure_midway_keeps_the_old_file_and_removes_the_temporary(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_text("old")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OutputError, match="No space left"):
        write_atomically(str(target), "new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.json"]


def test_interrupt_removes_the_temporary(tmp_path, monkeypatch):
    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(str(tmp_path / "out.ics"), "x")
    assert os.listdir(tmp_path) == []
