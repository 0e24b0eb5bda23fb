"""Text cleaning shared by the renderers: article text is hostile input.

Control characters are no part of what an article says, but they end an ICS line, smuggle
terminal escape sequences into the table, and hide formula triggers in a CSV cell.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, and lone surrogates (which no
# encoder accepts); vertical tab and form feed are white space, so they become spaces.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"[\x0b\x0c]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` with line ends as ``\\n`` and without control characters (tab and newline stay)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACE.sub(" ", text)
    text = _CONTROL.sub("", text)
    return without_surrogates(text)


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates (from a JSON escape such as ``\\ud800``) replaced one for one,
    so it can be encoded and its offsets still hold."""
    if text.isascii():  # a flag of the string, read at no cost: most text skips the scan
        return text
    return _SURROGATE.sub("\ufffd", text)


def web_address(url: str) -> str | None:
    """``url`` when it is an http(s) address a reader can follow, else None: a link in an
    output never runs code (``javascript:``, ``data:``) nor points at the reader's own files."""
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or len(url) > MAX_URL:
        return None
    if any(char.isspace() or char in '<>"\\`' for char in url) or _CONTROL.search(url):
        return None
    return url


# Longer addresses are not links any browser keeps; they are most likely junk.
MAX_URL = 2048
