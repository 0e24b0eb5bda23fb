"""The top matter every format shares: publication date, outlet, title and metadata spans.

A format module (text, html, records) hands its decoded text and what its metadata says
(dates, site name) to ``read_article``; the rules of which source wins live here, once.

A news article says when it was published, and often who published it, in a header line
("Reuters September 09, 2022", "Published: 12:20, September 13, 2022") or in its dateline
("GENEVA, Sept 9 (Reuters) -").
Those lines are metadata, not reporting, so their character ranges are returned too: the
chronology must not turn them into events. Dates are never filled in from today.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from timeline.dates.lang import DEFAULT, reading_language, reading_pack
from timeline.dates.records import HeaderForms

Warn = Callable[[str], None]

# Only the top of an article holds its header and dateline; looking further finds body text.
TOP_CHARS = 3000
TOP_LINES = 15

# The words of header lines and datelines (months, weekdays, labels) are a language pack's:
# each article's top is read with the patterns of the language it is read in.
_SP = r"[ \t]{1,2}"
_ISO = r"(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
_PLACE = r"[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,4}"
_CAPS_PLACE = r"[A-Z][A-Z.'’\\/-]*(?:[ ,]+[A-Z][A-Z.'’\\/-]*){0,4}"


class HeaderPatterns:
    """The patterns of header lines, datelines and bylines, built from one pack's words."""

    def __init__(self, words: HeaderForms) -> None:
        self.months = words.month_numbers
        names = sorted((m.title() for m in self.months), key=len, reverse=True)
        month = r"(?P<{g}>" + "|".join(names) + r")\.?"
        # Days up to 31 only: "Feb. 30" is an (impossible) date, "87 May 1160" in a table is none.
        day = r"(?P<{g}>0?[1-9]|[12]\d|3[01])(?:" + words.day_suffix + ")?"
        # Four or five digits, so that "Sept 9, 99999" is seen (and refused) as a date while
        # tables of two-digit numbers ("87   Jan 87") are not read as dates at all; but four
        # digits before a time zone or "a.m." are a clock time ("APRIL 07 0930 EST").
        year = (
            r"(?P<{g}>\d{{4,5}})(?!\d)"
            rf"(?![ \t]*(?:(?-i:[A-Z]{{{{2,4}}}}T|{words.zone})|{words.meridiem}|hrs)(?![A-Za-z]))"
        )
        mdy = month.format(g="m1") + _SP + day.format(g="d1") + r",?" + _SP + year.format(g="y1")
        dmy = day.format(g="d2") + _SP + month.format(g="m2") + r",?" + _SP + year.format(g="y2")
        self.full_date = re.compile(rf"\b(?:{mdy}|{dmy}|{_ISO})\b", re.IGNORECASE)
        self.time = re.compile(
            rf"\b\d{{1,2}}(?:[:.]\d{{2}}){{1,2}}(?:\s*{words.meridiem})?(?![\w.])"
            rf"|\b\d{{1,2}}\s*{words.meridiem}(?!\w)",
            re.IGNORECASE,
        )
        self.zone = re.compile(words.zone + r"|[+-]\d{2}:?\d{2}\b")
        self.weekday = re.compile(words.weekday, re.IGNORECASE)
        self.labels = words.labels  # words a header line may hold around its date
        self.header_label = words.label
        self.updated = words.updated
        self.byline = words.byline
        self.byline_joiners = words.byline_joiners
        weekday_prefix = "(?:" + words.weekday_prefixes + ")"
        self.dateline = re.compile(
            rf"^\s*(?P<place>{_PLACE}(?:,\s*{_PLACE})?)"
            rf"(?:,?\s+(?P<date>{month.format(g='m')}\s+{day.format(g='d')}"
            rf"|{day.format(g='d2')}\s+{month.format(g='m2')})(?:,?\s+{year.format(g='y')})?)?"
            r"(?:\s*\((?P<agency>[A-Za-z][\w .&'’-]{0,30})\))?"
            r"\s+(?:-{1,2}|–|—)\s*"
        )
        # The dateline of wire copy saved from news sites: "[By Jane Roe, Editor ]LONDON | Wed
        # Apr 29, 2009 11:17 am BST LONDON (Reuters) - ". Distinctive enough to be taken at any
        # line start.
        self.web_dateline = re.compile(
            rf"^\s*(?:{words.byline_word}\s[^|\n]{{1,100}}?\s)?"
            rf"(?:(?P<place>{_CAPS_PLACE})\s\|\s)?"
            rf"(?:{weekday_prefix}\w*\.?,?\s)?"
            rf"(?P<date>{month.format(g='m')}\s{day.format(g='d')},?\s{year.format(g='y')})"
            rf"(?:\s\d{{1,2}}:\d{{2}}\s?{words.meridiem})?(?:\s[A-Z]{{2,4}})?\s+"
            rf"(?:{_CAPS_PLACE}\s)?\((?P<agency>[A-Za-z][\w .&'’-]{{0,30}})\)\s+(?:-{{1,2}}|–|—)\s*"
        )
        # A byline or a clock time with the date, run into the first sentence as blogs and live
        # pages print them: "Jane Roe | 17:45 UK time, Wednesday, 29 April 2009 This week, ..."
        # or "Saturday 25 April 2009 23.24 BST Swine flu has ...".
        clock = (rf"\d{{1,2}}[:.]\d{{2}}(?:\s?{words.meridiem})?"
                 rf"(?:\s{words.local_time}|\s[A-Z]{{2,4}}\b)?")
        self.byline_stamp = re.compile(
            r"^\s*(?:(?P<byline>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})\s\|\s)?"
            rf"(?:(?P<clock>{clock}),?\s)?"
            rf"(?:{weekday_prefix}\w*\.?,?\s)?"
            rf"(?:{day.format(g='d')}\s{month.format(g='m')}|{month.format(g='m2')}\s{day.format(g='d2')},?)"
            rf"\s{year.format(g='y')}(?:,?\s(?P<clock_after>{clock}))?\s*"
        )
        # A headline, the time stamp and the first sentence printed on one line, as some saved
        # pages have them: "Zoo animal placed in quarantine Wednesday 6 May 2009 15.16 BST It
        # was lonely". Weekday, full date and clock together: running prose does not print a
        # date that way.
        self.headline_stamp = re.compile(
            r"^\s*(?P<headline>[^\n]{10,160}?)\s"
            rf"(?P<stamp>{weekday_prefix}\w*,?\s"
            rf"{day.format(g='d')}\s{month.format(g='m')},?\s{year.format(g='y')},?\s{clock})\s+(?=\S)"
        )

    def month_number(self, name: str) -> int:
        return self.months[name.lower()]


@cache
def patterns(language: str = DEFAULT) -> HeaderPatterns:
    """The header patterns of a language (the default's for one without a pack)."""
    return HeaderPatterns(reading_pack(language).headers)


_AGENCIES = {
    "reuters",
    "ap",
    "afp",
    "upi",
    "bloomberg",
    "xinhua",
    "dpa",
    "cnn",
    "pti",
    "ians",
    "ani",
    "kyodo",
    "yonhap",
    "tass",
    "efe",
    "ansa",
    "anadolu",
    "bernama",
    "cna",
    "bbc",
    "apa",
}
# Spellings of an outlet (lowercase: agency credits, names, web domains) -> the name a reader
# knows it by. An outlet not listed keeps the spelling it was given.
OUTLET_NAMES = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "reuters.com": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "apnews.com": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "afp.com": "AFP",
    "upi": "UPI",
    "united press international": "UPI",
    "upi.com": "UPI",
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg",
    "bloomberg.com": "Bloomberg",
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua",
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "cnn": "CNN",
    "cnn.com": "CNN",
    "edition.cnn.com": "CNN",
    "pti": "PTI",
    "press trust of india": "PTI",
    "ians": "IANS",
    "ani": "ANI",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "yonhap": "Yonhap",
    "yonhap news agency": "Yonhap",
    "tass": "TASS",
    "tass.com": "TASS",
    "efe": "EFE",
    "ansa": "ANSA",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "aa.com.tr": "Anadolu",
    "bernama": "Bernama",
    "cna": "CNA",
    "channelnewsasia.com": "CNA",
    "bbc": "BBC",
    "bbc news": "BBC",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "news.bbc.co.uk": "BBC",
    "apa": "APA",
}
# Longer names are no outlet's: a site name or record field that long is text, not a name.
MAX_OUTLET_CHARS = 80
_WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/:?#].*)?$")


# Record (and front matter) fields that hold the publication date, best first.
DATE_FIELDS = ("published", "date", "date_publish")
# Record (and front matter) fields that name the outlet, best first; news-please writes
# "source_domain", NewsAPI a "source" object with a "name", trafilatura "sitename" (in its JSON
# output "source-hostname") and the domain as "hostname".
OUTLET_FIELDS = ("outlet", "source", "sitename", "source-hostname", "source_domain", "hostname")


@dataclass
class TopMatter:
    """What the top of one article's text tells: its publication date, outlet and metadata lines."""

    published: date | None = None
    published_from: str = "none"
    published_hint: str = ""
    title: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)
    # The outlet the text credits, as a reader knows it ("Reuters"), and where that came from:
    # "dateline" ("GENEVA (AP) -") or "header" ("Reuters September 09, 2022").
    outlet: str = ""
    outlet_from: str = ""


def outlet_name(raw: str) -> str:
    """The display name of an outlet as spelled in an article or its metadata: "REUTERS",
    "The Associated Press", "https://www.bbc.co.uk/news" read "Reuters", "AP", "BBC"; an unknown
    outlet keeps its spelling, on one line ("" for nothing or text too long to be a name)."""
    name = " ".join(raw.split())
    if not name or len(name) > MAX_OUTLET_CHARS:
        return ""
    key = name.lower()
    if key in OUTLET_NAMES:
        return OUTLET_NAMES[key]
    address = _WEB_ADDRESS.match(key)
    if address:
        return OUTLET_NAMES.get(address[1], address[1])
    return name


def is_web_address(value: str) -> bool:
    """Whether an outlet field holds an address ("reuters.com", "https://example.org/news")
    rather than a name."""
    return bool(_WEB_ADDRESS.match(" ".join(value.split()).lower()))


def _credited_outlet(hp: HeaderPatterns, line: str) -> str:
    """The outlet a header line names beside its date and labels ("Reuters September 09, 2022",
    "By The Associated Press"), if it is a known one: other words may be a person's name."""
    rest = hp.full_date.sub(" ", line)
    rest = hp.zone.sub(" ", hp.weekday.sub(" ", hp.time.sub(" ", rest)))
    words = [w for w in re.findall(r"[^\W\d_][\w.'’&-]*", rest) if w.lower().rstrip(".") not in hp.labels]
    name = " ".join(words)
    found = OUTLET_NAMES.get(name.lower(), "")
    return found or OUTLET_NAMES.get(name.lower().removesuffix(" staff"), "")


def _credit_header(hp: HeaderPatterns, top: TopMatter, line: str) -> None:
    """The outlet of a header line, unless an earlier line or the dateline named one."""
    if not top.outlet:
        top.outlet = _credited_outlet(hp, line)
        top.outlet_from = "header" if top.outlet else ""


def make_date(year: int, month: int, day: int) -> date | None:
    """A real calendar date, or None for impossible ones (Feb. 30, year 0, year 99999)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_match(hp: HeaderPatterns, match: re.Match[str]) -> tuple[int, int, int]:
    groups = match.groupdict()
    if groups.get("y3"):
        return int(groups["y3"]), int(groups["m3"]), int(groups["d3"])
    if groups.get("m1"):
        return int(groups["y1"]), hp.month_number(groups["m1"]), int(groups["d1"])
    return int(groups["y2"]), hp.month_number(groups["m2"]), int(groups["d2"])


def parse_date(value: str, *, fallback: bool = True, language: str = DEFAULT) -> date | None:
    """Read one date string: ISO fast path, the month names of ``language``, then dateparser.

    dateparser is slow to import and fills missing parts from today, so it runs last, lazily,
    and only with settings that demand day, month and year and refuse relative dates.
    """
    iso = _ISO_PREFIX.match(value)
    if iso:
        return make_date(int(iso[1]), int(iso[2]), int(iso[3]))
    hp = patterns(language)
    match = hp.full_date.search(value)
    if match:
        return make_date(*_from_match(hp, match))
    if not fallback or not re.search(r"\d{4}", value):
        return None
    import dateparser  # lazy: costly import, needed only for unusual formats

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
        "PARSERS": ["custom-formats", "absolute-time"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(value, settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None


def _lines(text: str, limit: int = TOP_CHARS) -> list[tuple[int, int, str]]:
    """(start, end, line) for the first non-empty lines of the text, ends exclusive."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    top = text[:limit]
    for raw in top.split("\n"):
        start, pos = pos, pos + len(raw) + 1
        if raw.strip():
            out.append((start, start + len(raw), raw))
            if len(out) >= TOP_LINES:
                break
    return out


def header_dates(hp: HeaderPatterns, line: str) -> list[re.Match[str]] | None:
    """The date matches of a header line, or None when the line reads like a sentence."""
    if len(line) > 160 or line.rstrip().endswith("."):
        return None
    matches = list(hp.full_date.finditer(line))
    if not matches:
        return None
    rest = hp.full_date.sub(" ", line)
    rest = hp.zone.sub(" ", hp.weekday.sub(" ", hp.time.sub(" ", rest)))
    words = re.findall(r"[^\W\d_][\w.'’-]*", rest)
    words = [w for w in words if w.lower().rstrip(".") not in hp.labels]
    if len(words) > 6 or any(not w[0].isupper() for w in words):
        return None
    return matches


def is_byline(hp: HeaderPatterns, line: str) -> bool:
    """'By Zhao Jia in Beijing and Zhang Minlu': a short line of names, not a sentence."""
    if not hp.byline.match(line) or len(line) > 120 or line.rstrip().endswith("."):
        return False
    words = re.findall(r"[^\W\d_][\w.'’-]*", line)[1:]
    return all(w[0].isupper() or w.lower() in hp.byline_joiners for w in words)


def read_top(text: str, name: str, warn: Callable[[str], None], language: str = DEFAULT) -> TopMatter:
    """Publication date and outlet from header lines or dateline, the title line, metadata spans.

    Metadata lines stand alone: they open the text or a paragraph, or follow another
    metadata line or the headline. A date line inside a hard-wrapped paragraph or a table
    is reporting. ``name`` labels warnings (an impossible header date is reported and
    ignored). Among header dates the earliest wins: "Published ... | Updated ..." lists both.
    The words are those of ``language`` (a language without a pack: the default's).
    """
    hp = patterns(language)
    top = TopMatter()
    header: list[date] = []
    dateline_done = title_seen = False
    previous_end, previous_meta = -2, True
    for start, end, line in _lines(text):
        web = None if dateline_done else hp.web_dateline.match(line)
        if web and (web["agency"] or "").strip().lower() in _AGENCIES:
            dateline_done = title_seen = True
            top.spans.append((start + len(line) - len(line.lstrip()), start + web.end()))
            _apply_dateline(hp, top, web, name, warn)
            previous_end, previous_meta = end, False
            continue
        joined = None if header or title_seen else hp.headline_stamp.match(line)
        stamped = joined and make_date(int(joined["y"]), hp.month_number(joined["m"]), int(joined["d"]))
        if joined and stamped:
            top.spans.append((start + joined.start("stamp"), start + joined.end("stamp")))
            header.append(stamped)
            top.title, title_seen = joined["headline"].strip(), True
            previous_end, previous_meta = end, False
            continue
        stamp = None if header else hp.byline_stamp.match(line)
        if stamp and (stamp["byline"] or stamp["clock"] or stamp["clock_after"]):
            stamped = make_date(
                int(stamp["y"]), hp.month_number(stamp["m"] or stamp["m2"]), int(stamp["d"] or stamp["d2"])
            )
            if stamped:
                top.spans.append((start + len(line) - len(line.lstrip()), start + stamp.end()))
                header.append(stamped)
                _credit_header(hp, top, stamp["byline"] or "")  # "Reuters | Sept. 9, 2022 10:04 GMT"
                previous_end, previous_meta = end, False
                continue
        standalone = previous_meta or start - previous_end > 1  # a blank line before it
        previous_end, previous_meta = end, False
        lead = start + len(line) - len(line.lstrip())
        if not standalone and lead == start:
            continue
        # An indented line opens a paragraph too (wire copy), but only for a dateline.
        kind = _classify(hp, line, dateline_done)
        if kind and not standalone and kind != "dateline":
            continue
        if kind == "dateline":
            dateline = hp.dateline.match(line)
            assert dateline is not None
            dateline_done = title_seen = True
            top.spans.append((lead, start + dateline.end()))
            _apply_dateline(hp, top, dateline, name, warn)
            continue
        if kind:
            top.spans.append((lead, end))
            header.extend(_header_line_dates(hp, line, name, warn))
            _credit_header(hp, top, line)
            previous_meta = True
            continue
        if not title_seen:
            title_seen = True
            if _reads_like_headline(hp, text, end, line.strip()):
                top.title = line.strip()
                previous_meta = True
    if header:
        top.published, top.published_from, top.published_hint = min(header), "header", ""
    return top


def _classify(hp: HeaderPatterns, line: str, dateline_done: bool) -> str:
    """ "dateline", "header" (a metadata line: date, byline, Updated) or "" for other text."""
    if not dateline_done:
        dateline = hp.dateline.match(line)
        if dateline and _is_dateline(dateline):
            return "dateline"
    if header_dates(hp, line) is not None:
        return "header"
    if len(line) <= 160 and hp.header_label.match(line):
        return "header"
    if (hp.updated.match(line) and len(line) <= 120) or is_byline(hp, line):
        return "header"
    return ""


def _is_dateline(match: re.Match[str]) -> bool:
    """A place in capitals with a date or agency, or any place with a known agency."""
    agency = (match["agency"] or "").strip().lower()
    if agency in _AGENCIES:
        return True
    first = match["place"].split()[0].strip(",")
    return first.isupper() and len(first) > 1 and bool(match["date"] or agency)


def _header_line_dates(hp: HeaderPatterns, line: str, name: str, warn: Callable[[str], None]) -> list[date]:
    matches = header_dates(hp, line)
    if matches is None:
        label = hp.header_label.match(line)
        found = parse_date(line[label.end() :]) if label else None
        return [found] if found else []
    out = []
    for match in matches:
        found = make_date(*_from_match(hp, match))
        if found is None:
            warn(f"{name}: impossible date {match[0]!r} in header ignored")
        else:
            out.append(found)
    return out


def _apply_dateline(
    hp: HeaderPatterns, top: TopMatter, match: re.Match[str], name: str, warn: Callable[[str], None]
) -> None:
    agency = outlet_name(match["agency"] or "")
    if agency:  # the agency a wire dateline credits comes before any header line's
        top.outlet, top.outlet_from = agency, "dateline"
    if not match["date"]:
        return
    month = hp.month_number(match["m"] or match["m2"])
    day = int(match["d"] or match["d2"])
    if match["y"]:
        found = make_date(int(match["y"]), month, day)
        if found is None:
            warn(f"{name}: impossible date {match['date']!r} in dateline ignored")
            return
        top.published, top.published_from = found, "dateline"
        return
    if make_date(2000, month, day) is None:  # 2000 is a leap year: only Feb 29 may need one
        warn(f"{name}: impossible date {match['date']!r} in dateline ignored")
        return
    top.published_from, top.published_hint = "dateline", f"XXXX-{month:02d}-{day:02d}"


def _reads_like_headline(hp: HeaderPatterns, text: str, end: int, line: str) -> bool:
    """A headline is short, stands alone (blank line or metadata after it) and is no sentence."""
    if len(line) > 200 or len(line.split()) > 30 or line.endswith((".", ",", ";", ":")):
        return False
    following = text[end + 1 : end + 1 + 400].split("\n", 1)[0]
    return (
        not following.strip()
        or is_byline(hp, following)
        or header_dates(hp, following) is not None
        or bool(hp.header_label.match(following))
    )


def merge_spans(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted, non-overlapping spans: simpler for the stages that skip them."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


@dataclass
class Article:
    """One article a format module read, before the loader makes ids unique and applies
    ``--published``: the ``Document`` to be, with its top matter still open to change."""

    path: str
    title: str
    text: str
    top: TopMatter
    url: str = ""  # the canonical web address the article names, "" for none
    language: str = ""  # ISO 639 code the article declares ("en", "de"), "" for none
    # the language it is read in: ``--lang``, else the declared one, else the detected one
    read_in: str = DEFAULT
    base_id: str = ""
    # For article files: the path shown when two stems clash; "" for records.
    long_id: str = ""
    from_data: bool = False  # the id came from a record: a clash is the data's fault


def read_article(
    text: str,
    name: str,
    warn: Warn,
    *,
    title: str = "",
    dates: Sequence[Any] = (),
    site: str = "",
    offset: int = 0,
    language: str = "",
    given: str = "",
) -> Article:
    """An article from decoded text and what its metadata says (dates best first, site name,
    the language it declares), read in the language ``given`` (``--lang``), else the one it
    declares, else the one its text is detected to be in.

    ``offset`` is the length of front matter before the body: the top is read after it, and
    it is a metadata span itself.
    """
    read_in = reading_language(text[offset:], given or language)
    top = read_top(text[offset:], name, warn, read_in)
    top.spans = [(s + offset, e + offset) for s, e in top.spans]
    if offset:
        top.spans.append((0, offset))
    metadata_date(top, dates, name, warn)
    metadata_outlet(top, site)
    return Article(path=name, title=title, text=text, top=top, language=language, read_in=read_in)


def metadata_date(top: TopMatter, values: Sequence[Any], name: str, warn: Warn) -> None:
    """The first valid date from metadata (record field, front matter, the page's markup),
    weighed against the date the text states at its top (``combine_dates``)."""
    for value in values:
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            warn(f"{name}: publication date {value!r} is not a string; ignored")
            continue
        when = parse_date(value)
        if when is None:
            warn(f"{name}: publication date {value!r} is not a valid date; ignored")
            continue
        combine_dates(top, when)
        return


# A dateline without a year ("GENEVA, Sept 9 (Reuters)") is this page's report when its day
# lies this many days before the metadata's date or less: a wire story posted the next day.
DATELINE_LEAD_DAYS = 3


def combine_dates(top: TopMatter, metadata: date) -> None:
    """The publication date of an article whose metadata gives ``metadata``.

    The metadata's date, unless the text's own date at its top is earlier: a header line
    ("Published: 12:20, September 13, 2022"), a wire dateline with its year, or a dateline
    without one ("GENEVA, Sept 9 (Reuters)", placed in the year nearest the metadata's date)
    at most ``DATELINE_LEAD_DAYS`` before it. The earlier date is when the text was written
    (a wire story or a cable posted later, a page that shows only its "Updated" line is later
    still), and it is the date the text's "Friday" and "yesterday" count from. On the same
    day, the metadata is named as the source.
    """
    if top.published is not None and top.published < metadata:
        return  # the text's header line or dated dateline
    if top.published is None and top.published_hint and top.published_from == "dateline":
        day = _nearest(top.published_hint, metadata)
        if day is not None and 0 < (metadata - day).days <= DATELINE_LEAD_DAYS:
            top.published, top.published_hint = day, ""
            return
    top.published, top.published_from, top.published_hint = metadata, "metadata", ""


def fallback_date(top: TopMatter, when: date | None, source: str) -> None:
    """A date that only bounds the publication from above, used when the text's top gives
    none: a file's creation date (``metadata``), the day an archive captured a page
    (``archive``). A dateline without a year whose day lies at most ``DATELINE_LEAD_DAYS``
    before it is placed in its year; another yearless dateline keeps its day (the collection
    gives the year), since the file may have been made long after the article."""
    if when is None or top.published is not None:
        return
    if top.published_hint and top.published_from == "dateline":
        day = _nearest(top.published_hint, when)
        if day is not None and 0 <= (when - day).days <= DATELINE_LEAD_DAYS:
            top.published, top.published_hint = day, ""
        return
    top.published, top.published_from, top.published_hint = when, source, ""


def _nearest(hint: str, near: date) -> date | None:
    """The day of a "XXXX-MM-DD" hint in the year that puts it nearest ``near``."""
    month, day = int(hint[5:7]), int(hint[8:10])
    candidates = [make_date(near.year + shift, month, day) for shift in (-1, 0, 1)]
    found = [c for c in candidates if c is not None]
    return min(found, key=lambda c: (abs((c - near).days), c)) if found else None


def metadata_outlet(top: TopMatter, site: str) -> None:
    """The outlet a page or record names, unless the text credits one (an agency's copy on
    another site is the agency's report)."""
    if not top.outlet and outlet_name(site):
        top.outlet, top.outlet_from = outlet_name(site), "metadata"


# Titles that tools fill in by themselves, and file names: no article's title.
_DEFAULT_TITLES = {"untitled", "document", "word document", "microsoft word document", "pdf",
                   "title", "untitled document", "no title", "none", "unknown"}
_FILE_NAME = re.compile(r"\.(?:docx?|pdf|txt|rtf|odt|pages|html?|indd|qxd|xlsx?|pptx?)$", re.IGNORECASE)


def file_title(raw: str, text: str) -> str:
    """The title a document file stores (PDF information, Word properties), unless a tool
    made it up (a file name, "Untitled"): then "" and the text's headline stands. A site's name
    after it ("Headline | Reuters", from a browser's print) goes when the text's top has the
    headline alone."""
    title = " ".join(raw.split())
    if title.lower().startswith("microsoft word - "):
        title = title[len("microsoft word - "):]
    if not title or title.lower() in _DEFAULT_TITLES or _FILE_NAME.search(title) or title[:1] in "/\\":
        return ""
    top = {" ".join(line.split()) for line in text[:TOP_CHARS].split("\n")}
    for separator in (" | ", " - ", " – ", " — "):
        head = title.rsplit(separator, 1)[0]
        if head != title and head in top:
            return head
    return title


def file_stem(path: str) -> str:
    """A file's name without folder and extension (both of ``.jsonl.gz``): its id, and its
    outlet when none is named."""
    stem, extension = os.path.splitext(os.path.basename(path))
    if extension.lower() == ".gz":
        stem = os.path.splitext(stem)[0] or stem
    return stem


_LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.IGNORECASE)


def language_code(value: str) -> str:
    """The ISO 639 code of a language tag ("de-DE", "en_US", "EN" -> "de", "en"); "" for
    anything else (a language's name, "und", junk)."""
    match = _LANGUAGE_TAG.match(value.strip())
    code = match[1].lower() if match else ""
    return "" if code in ("und", "mul", "zxx") else code


def web_address(value: str) -> str:
    """An absolute http(s) address as given, "" for anything else (a relative or odd one)."""
    value = value.strip()
    return value if _URL.match(value) and not any(ord(ch) < 32 for ch in value) else ""
