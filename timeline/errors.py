"""Errors the user can act on. The CLI prints them as one line, never a traceback."""


class TimelineError(Exception):
    """Base class: something about the input or the options prevents a result."""


class InputError(TimelineError):
    """A file or record cannot be read; the message names it and the problem."""


class OptionError(TimelineError):
    """An option value is malformed (for example an unparseable --published date)."""


class OutputError(TimelineError):
    """The result cannot be written where the user asked; nothing partial is left behind."""
