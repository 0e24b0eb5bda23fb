"""Writing a finished result: whole or not at all."""

from __future__ import annotations

import os
import stat
import tempfile
from typing import TextIO

from timeline.errors import OutputError


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def write_atomically(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename, so a
    reader never sees half a file, even on a full disk or an interrupt. A device or a pipe
    (``-o /dev/null``) is written directly: a rename would replace it with a file."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = 0
    if mode and not stat.S_ISREG(mode):
        _write_special(path, text)
        return
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OutputError(f"{path}: cannot write, folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".timeline-", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {_reason(error)}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        if os.path.exists(temporary):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise OutputError(f"{path}: cannot write: {_reason(error)}") from None
        raise


def _write_special(path: str, text: str) -> None:
    try:
        with open(path, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {_reason(error)}") from None


def _silence(stream: TextIO) -> None:
    """Point the stream's file at /dev/null so the interpreter's final flush of what is still
    buffered cannot fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file behind the stream (a test's StringIO)
        pass


def write_stdout(stream: TextIO, text: str) -> None:
    """Write to stdout; a reader that went away (``| head``) ends the run quietly, any other
    failure (a full disk) is one clear error."""
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        _silence(stream)
        raise SystemExit(0) from None
    except OSError as error:
        _silence(stream)
        raise OutputError(f"cannot write to standard output: {_reason(error)}") from None
