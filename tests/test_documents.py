"""Loading articles: publication dates, titles, metadata spans, and every way input goes bad.

Expected values are read off the article texts by hand, not copied from program output.
"""

from __future__ import annotations

import io
import json
import os
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.documents import decoding, load_documents, parse_published_options, records
from timeline.errors import InputError, OptionError
from timeline.model import Document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
NASTY = Path(__file__).resolve().parent / "nasty"


def load(paths: list[str | Path], **kwargs: object) -> tuple[list[Document], list[str]]:
    warnings: list[str] = []
    docs = load_documents([str(p) for p in paths], warn=warnings.append, **kwargs)  # type: ignore[arg-type]
    return docs, warnings


def by_id(docs: list[Document]) -> dict[str, Document]:
    return {d.id: d for d in docs}


def span_texts(doc: Document) -> list[str]:
    return [doc.text[s:e] for s, e in doc.metadata_spans]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# The five fixtures -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def fixtures() -> dict[str, Document]:
    docs, warnings = load([FIXTURES])
    assert warnings == []
    return by_id(docs)


@pytest.mark.parametrize(
    ("stem", "published", "source", "hint"),
    [
        # "Reuters September 09, 2022" under the headline and standfirst.
        ("000_a753f78b4c00762f", date(2022, 9, 9), "header", ""),
        # "GENEVA (AP) —": a dateline without a date; nothing else in the text.
        ("001_554890cfc37419d6", None, "none", ""),
        # "GENEVA, Sept 9 (Reuters) -": day and month, no year.
        ("002_bb81dd3f25be6cd9", None, "dateline", "XXXX-09-09"),
        ("003_41aef741745c9b4b", None, "none", ""),
        # "Published: 12:20, September 13, 2022 | Updated: 12:24, September 13, 2022".
        ("004_e514db0db369c6a5", date(2022, 9, 13), "header", ""),
    ],
)
def test_fixture_publication_dates(
    fixtures: dict[str, Document], stem: str, published: date | None, source: str, hint: str
) -> None:
    doc = fixtures[stem]
    assert (doc.published, doc.published_from, doc.published_hint) == (published, source, hint)


def test_fixtures_in_sorted_order_with_stem_ids_and_paths(fixtures: dict[str, Document]) -> None:
    assert list(fixtures) == sorted(p.stem for p in FIXTURES.glob("*.txt"))
    doc = fixtures["000_a753f78b4c00762f"]
    assert doc.path == str(FIXTURES / "000_a753f78b4c00762f.txt")
    # The whole text, headline included, exactly as in the file.
    assert doc.text == (FIXTURES / "000_a753f78b4c00762f.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("stem", "title"),
    [
        ("000_a753f78b4c00762f", "China ambassador: UN report on Xinjiang has 'closed door of cooperation'"),
        ("001_554890cfc37419d6", "China shuns cooperation with U.N. rights office over report"),
        (
            "002_bb81dd3f25be6cd9",
            "China ambassador: U.N. report on Xinjiang has 'closed door of cooperation'",
        ),
        (
            "003_41aef741745c9b4b",
            "China says UN has \u2018closed the door\u2019 on cooperation over human rights with "
            "Xinjiang report",
        ),
        # The header date line comes first; the headline is the next line.
        ("004_e514db0db369c6a5", "UN report on Xinjiang slammed"),
    ],
)
def test_fixture_titles(fixtures: dict[str, Document], stem: str, title: str) -> None:
    assert fixtures[stem].title == title


def test_fixture_metadata_spans(fixtures: dict[str, Document]) -> None:
    assert span_texts(fixtures["000_a753f78b4c00762f"]) == ["Reuters September 09, 2022"]
    assert span_texts(fixtures["004_e514db0db369c6a5"]) == [
        "Published: 12:20, September 13, 2022 | Updated: 12:24, September 13, 2022",
        "By Zhao Jia in Beijing and Zhang Minlu at the United Nations",
    ]
    assert span_texts(fixtures["002_bb81dd3f25be6cd9"]) == ["GENEVA, Sept 9 (Reuters) - "]
    assert span_texts(fixtures["001_554890cfc37419d6"]) == ["GENEVA (AP) \u2014 "]
    assert fixtures["003_41aef741745c9b4b"].metadata_spans == ()


def test_spans_never_cover_the_headline_or_body(fixtures: dict[str, Document]) -> None:
    for doc in fixtures.values():
        for start, end in doc.metadata_spans:
            assert doc.title not in doc.text[start:end]
            assert "\n\n" not in doc.text[start:end]


# Header lines, datelines, impossible dates -------------------------------------------------


@pytest.mark.parametrize(
    ("top", "published", "source", "hint"),
    [
        ("Updated 3:04 PM ET, Fri September 9, 2022", date(2022, 9, 9), "header", ""),
        ("By Jane Doe | Sept. 9, 2022", date(2022, 9, 9), "header", ""),
        ("2022-09-09", date(2022, 9, 9), "header", ""),
        ("Published: 9/9/2022", date(2022, 9, 9), "header", ""),  # dateparser's share
        ("Posted on 25 April 2009", date(2009, 4, 25), "header", ""),
        ("WASHINGTON, Sept. 9, 2022 (Reuters) - Officials met.", date(2022, 9, 9), "dateline", ""),
        ("LONDON, 9 September (Reuters) - Officials met.", None, "dateline", "XXXX-09-09"),
        ("BEIJING, Feb 29 (Xinhua) -- Officials met.", None, "dateline", "XXXX-02-29"),
        ("Published: yesterday", None, "none", ""),  # never relative to today
        ("Officials met on Sept. 9, 2022, in Geneva and said they would talk again.", None, "none", ""),
    ],
)
def test_header_and_dateline_forms(
    tmp_path: Path, top: str, published: date | None, source: str, hint: str
) -> None:
    path = write(tmp_path / "a.txt", f"Headline of the story\n\n{top}\n\nThe body said things.\n")
    (doc,), _ = load([path])
    assert (doc.published, doc.published_from, doc.published_hint) == (published, source, hint)


def test_headline_stamp_and_first_sentence_on_one_line(tmp_path: Path) -> None:
    """Some saved pages print headline, time stamp and first sentence as one line."""
    text = ("Zoo pig placed in quarantine over flu fears Wednesday 6 May 2009 15.16 BST "
            "It was lonely enough anyway.\nAnd that was before the flu.\n")
    (doc,), _ = load([write(tmp_path / "a.txt", text)])
    assert (doc.published, doc.published_from) == (date(2009, 5, 6), "header")
    assert doc.title == "Zoo pig placed in quarantine over flu fears"
    assert span_texts(doc) == ["Wednesday 6 May 2009 15.16 BST"]


def test_header_dates_earliest_wins_over_update(tmp_path: Path) -> None:
    text = "Updated: Sept. 12, 2022 | Published: Sept. 10, 2022\n\nBody.\n"
    path = write(tmp_path / "a.txt", text)
    (doc,), _ = load([path])
    assert doc.published == date(2022, 9, 10)


def test_dated_line_inside_a_paragraph_is_reporting(tmp_path: Path) -> None:
    text = "The board met on Monday and decided,\nRecord March 31, 1987\nPay April 15, 1987\n"
    (doc,), _ = load([write(tmp_path / "a.txt", text)])
    assert doc.published is None
    assert doc.metadata_spans == ()


@pytest.mark.parametrize("line", ["Published: Feb. 30, 2022", "Reuters Sept 9, 99999", "Reuters 0000-01-01"])
def test_impossible_header_date_is_warned_and_ignored(tmp_path: Path, line: str) -> None:
    path = write(tmp_path / "a.txt", f"Headline\n\n{line}\n\nBody text here.\n")
    (doc,), warnings = load([path])
    assert doc.published is None and doc.published_from == "none"
    assert len(warnings) == 1 and "a.txt" in warnings[0] and "date" in warnings[0]


def test_impossible_dateline_gives_no_hint(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "GENEVA, Feb 30 (Reuters) - Something happened.\n")
    (doc,), warnings = load([path])
    assert (doc.published, doc.published_hint) == (None, "")
    assert any("Feb 30" in w for w in warnings)
    assert span_texts(doc) == ["GENEVA, Feb 30 (Reuters) - "]


def test_headline_rules(tmp_path: Path) -> None:
    wrapped = write(tmp_path / "w.txt", "Showers continued throughout the week in\nthe zone.\n")
    sentence = write(tmp_path / "sentence.txt", "This first line is a sentence.\n\nMore.\n")
    docs, _ = load([wrapped, sentence])
    assert [d.title for d in docs] == ["", ""]


# Folders --------------------------------------------------------------------------------


def test_nasty_folder_keeps_good_files_and_warns_once_per_bad_one() -> None:
    docs, warnings = load([NASTY])
    ids = [d.id for d in docs]
    assert ids == [
        "bom_utf8",
        "cp1252",
        "front_matter",
        "mixed_endings",
        "page",
        "good-1",
        "records:7",
        "7",
        "utf16",
    ]
    assert "notes" not in ids  # unknown extension inside a folder: skipped, and counted
    binary = [w for w in warnings if "binary.txt" in w]
    empty = [w for w in warnings if "empty.txt" in w]
    assert len(binary) == 1 and "binary" in binary[0]
    assert len(empty) == 1 and "empty" in empty[0]
    assert f"{NASTY}: skipped 1 file of type .log (not article formats)" in warnings


def test_explicit_unknown_extension_is_read_as_text() -> None:
    (doc,), warnings = load([NASTY / "notes.log"])
    assert doc.id == "notes" and doc.text.startswith("Ignored inside a folder")
    assert warnings == []


def test_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B story\n\nText b.\n")
    write(tmp_path / "a" / "z.md", "Z story\n\nText z.\n")
    write(tmp_path / "a" / "y.htm", "<p>Y story text.</p>")
    write(tmp_path / ".hidden.txt", "Hidden\n")
    write(tmp_path / ".git" / "c.txt", "Hidden folder\n")
    write(tmp_path / "c.TXT", "Upper-case extension\n")
    docs, warnings = load([tmp_path])
    assert [d.id for d in docs] == ["y", "z", "b", "c"]
    assert docs[0].path == str(tmp_path / "a" / "y.htm")
    assert warnings == []


def test_clashing_stems_get_relative_paths(tmp_path: Path) -> None:
    write(tmp_path / "one" / "story.txt", "One\n\nText.\n")
    write(tmp_path / "two" / "story.txt", "Two\n\nText.\n")
    write(tmp_path / "single.txt", "Single\n\nText.\n")
    docs, _ = load([tmp_path])
    assert [d.id for d in docs] == ["one/story.txt", "single", "two/story.txt"]


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "A\n\nText.\n")
    docs, warnings = load([path, tmp_path])
    assert len(docs) == 1
    assert len(warnings) == 1 and "same file" in warnings[0]


def test_thousands_of_files(tmp_path: Path) -> None:
    for i in range(3000):
        write(tmp_path / f"d{i % 7}" / f"{i:05d}.txt", f"Story {i}\n\nText {i}.\n")
    started = time.perf_counter()
    docs, warnings = load([tmp_path])
    assert time.perf_counter() - started < 30
    assert len(docs) == 3000 and warnings == []
    assert [d.id for d in docs[:2]] == ["00000", "00007"]  # d0 first, sorted inside


def test_symlink_loop_is_guarded(tmp_path: Path) -> None:
    write(tmp_path / "a" / "story.txt", "Story\n\nText.\n")
    os.symlink(tmp_path / "a", tmp_path / "a" / "loop")
    docs, warnings = load([tmp_path])
    assert [d.id for d in docs] == ["story"]
    assert len(warnings) == 1 and "loop" in warnings[0]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read mode 000")
def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "Good\n\nText.\n")
    bad = write(tmp_path / "bad.txt", "Bad\n\nText.\n")
    bad.chmod(0)
    try:
        docs, warnings = load([tmp_path])
    finally:
        bad.chmod(0o644)
    assert [d.id for d in docs] == ["good"]
    assert len(warnings) == 1 and "bad.txt" in warnings[0] and "ermission" in warnings[0]


def test_missing_path_among_good_ones(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    docs, warnings = load([FIXTURES / "000_a753f78b4c00762f.txt", missing])
    assert len(docs) == 1
    assert warnings == [f"{missing}: no such file or folder"]


# Nothing loaded: one clear InputError ------------------------------------------------------


def test_empty_folder_raises(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match=r"^no articles found in .*empty: no article files"):
        load([empty])


def test_only_bad_file_raises_naming_it(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.txt", "  \n\n")
    with pytest.raises(InputError) as error:
        load([path])
    assert str(error.value) == f"no articles found in {path}: empty file"


def test_only_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no articles found in .*nope.txt: no such file"):
        load([tmp_path / "nope.txt"])


def test_nothing_given_raises() -> None:
    with pytest.raises(InputError, match="no input given"):
        load([])


def test_several_bad_files_flush_warnings_then_raise(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "")
    write(tmp_path / "b.txt", b"\x00\x01\x02")
    warnings: list[str] = []
    with pytest.raises(InputError, match="2 problems"):
        load_documents([str(tmp_path)], warn=warnings.append)
    assert any("a.txt" in w for w in warnings) and any("b.txt" in w for w in warnings)


# Decoding --------------------------------------------------------------------------------


def test_encodings_and_line_endings() -> None:
    docs = by_id(load([NASTY])[0])
    assert docs["bom_utf8"].text == "World leaders meet in Geneva\n\nLeaders met on Monday.\n"
    assert docs["utf16"].title == "Caf\u00e9 owners protest in Z\u00fcrich"
    assert docs["cp1252"].text.startswith("Minister\u2019s \u201cfinal\u201d visit\n")
    assert "\u2013 as planned" in docs["cp1252"].text
    assert docs["mixed_endings"].text == (
        "Mixed endings headline\n\nFirst paragraph ends here.\nSecond paragraph, old Mac.\n"
        "Third paragraph, Unix.\n"
    )
    assert all("\r" not in d.text and "\ufeff" not in d.text for d in docs.values())


def test_utf16_without_bom_and_broken_utf16(tmp_path: Path) -> None:
    good = write(tmp_path / "le.txt", "Plain story\n\nText.\n".encode("utf-16-le"))
    bad = write(tmp_path / "bad.txt", b"\xff\xfe" + b"\x00\xd8\x41")  # lone surrogate
    docs, warnings = load([good, bad])
    assert [d.title for d in docs] == ["Plain story"]
    assert len(warnings) == 1 and "bad.txt" in warnings[0] and "UTF-16" in warnings[0]


def test_mostly_utf8_with_a_bad_byte(tmp_path: Path) -> None:
    data = "Z\u00fcrich \u2014 caf\u00e9 \u201cquotes\u201d\n\nMore.\n".encode() + b"\xff end\n"
    (doc,), warnings = load([write(tmp_path / "a.txt", data)])
    assert doc.text.startswith("Z\u00fcrich \u2014 caf\u00e9")
    assert len(warnings) == 1 and "replaced" in warnings[0]


def test_huge_file_is_truncated_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    chunk = ("Headline of a huge file\n\n" + "word " * 200_000 + "\n").encode()
    with open(path, "wb") as out:
        for _ in range(100):
            out.write(chunk)
    assert path.stat().st_size >= 100_000_000
    started = time.perf_counter()
    (doc,), warnings = load([path])
    assert time.perf_counter() - started < 10
    assert len(doc.text) <= decoding.MAX_TEXT
    assert len(warnings) == 1 and "huge.txt" in warnings[0] and "MB" in warnings[0]


def test_truncation_never_splits_a_character(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_TEXT", 100)
    (doc,), warnings = load([write(tmp_path / "a.txt", "\u00e9" * 300)])
    assert doc.text == "\u00e9" * 50
    assert len(warnings) == 1


# JSON records ----------------------------------------------------------------------------


def test_jsonl_records_and_line_warnings() -> None:
    docs, warnings = load([NASTY / "records.jsonl"])
    name = str(NASTY / "records.jsonl")
    assert [d.id for d in docs] == ["good-1", "records:7", "7"]
    good = docs[0]
    assert (good.title, good.published, good.published_from) == (
        "China rejects report",
        date(2022, 9, 1),
        "metadata",
    )
    assert docs[1].published == date(2022, 9, 2)  # "Sept. 2, 2022" in the "date" field
    assert docs[2].published is None  # "2022-02-30" is no date
    assert all(d.path == name for d in docs)
    lines = sorted(int(w.split(":")[1]) for w in warnings if w.startswith(name + ":"))
    assert lines == [2, 3, 4, 5, 6, 8]
    expected = ["blank", "broken JSON", "no 'text'", "not a string", "JSON object", "2022-02-30"]
    assert all(word in warning for word, warning in zip(expected, warnings, strict=True))


def test_json_file_single_record_and_list(tmp_path: Path) -> None:
    record = {"title": "T", "date": "2009-04-25", "text": "X."}
    one = write(tmp_path / "one.json", json.dumps(record))
    many = write(tmp_path / "many.json", json.dumps([{"text": "A."}, {"id": "b", "text": "B."}, 3]))
    docs, warnings = load([one, many])
    assert [(d.id, d.published) for d in docs] == [("one", date(2009, 4, 25)), ("many:1", None), ("b", None)]
    assert len(warnings) == 1 and "record 3" in warnings[0]


def test_broken_json_file_is_skipped(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.json", '{"text": "unterminated')
    docs, warnings = load([bad, FIXTURES / "003_41aef741745c9b4b.txt"])
    assert len(docs) == 1 and len(warnings) == 1 and "bad.json" in warnings[0]


def test_duplicate_record_ids_are_renamed(tmp_path: Path) -> None:
    path = write(tmp_path / "r.jsonl", '{"id": "x", "text": "A."}\n{"id": "x", "text": "B."}\n')
    docs, warnings = load([path])
    assert [d.id for d in docs] == ["x", "x#2"]
    assert len(warnings) == 1 and "duplicate id" in warnings[0]


def test_record_header_date_when_no_field(tmp_path: Path) -> None:
    text = "Susan Watts | 18:00 UK time, Saturday, 25 April 2009\n\nExperts are concerned.\n"
    path = write(tmp_path / "r.jsonl", json.dumps({"text": text}) + "\n")
    (doc,), _ = load([path])
    assert (doc.published, doc.published_from) == (date(2009, 4, 25), "header")
    assert span_texts(doc) == ["Susan Watts | 18:00 UK time, Saturday, 25 April 2009"]


@pytest.mark.parametrize("header", ["U.S. SPOT PRODUCTS--OUTLOOK--APRIL 07 0930 EST",
                                    "U.S. SPOT PRODUCTS--FINAL--APRIL 7 1745 GMT",
                                    "MARKETS CLOSE--APRIL 7 0400 a.m."])
def test_a_clock_time_after_a_header_s_day_is_not_its_year(tmp_path: Path, header: str) -> None:
    # wire market reports head their copy with the day and the time: April 7, 9:30 EST is no
    # year 930, and the record's own date stands
    text = f"{header}\n    Spot oil product markets are expected to open higher, traders said.\n"
    path = write(tmp_path / "r.jsonl", json.dumps({"published": "1987-04-07", "text": text}) + "\n")
    (doc,), _ = load([path])
    assert (doc.published, doc.published_from) == (date(1987, 4, 7), "metadata")


def test_over_long_jsonl_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_TEXT", 200)
    path = write(
        tmp_path / "r.jsonl",
        json.dumps({"text": "x" * 1000}) + "\n" + json.dumps({"id": "ok", "text": "Fine."}) + "\n",
    )
    docs, warnings = load([path])
    assert [d.id for d in docs] == ["ok"]
    assert warnings == [f"{path}:1: line longer than the size limit or not decodable; skipped"]


def test_binary_jsonl_is_one_warning(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.jsonl", bytes(range(256)) * 40)
    docs, warnings = load([bad, FIXTURES / "003_41aef741745c9b4b.txt"])
    assert len(docs) == 1 and len(warnings) == 1 and "binary" in warnings[0]


def test_many_bad_lines_are_summarised(tmp_path: Path) -> None:
    path = write(tmp_path / "r.jsonl", "nope\n" * 50 + '{"text": "Fine."}\n')
    docs, warnings = load([path])
    assert len(docs) == 1
    assert len(warnings) == records.MAX_LINE_WARNINGS + 1
    assert warnings[-1].endswith("30 more bad lines skipped")


# HTML and Markdown -----------------------------------------------------------------------


def test_html_visible_article_text_only() -> None:
    (doc,), warnings = load([NASTY / "page.html"])
    assert warnings == []
    assert doc.title == "UN rights chief ends Xinjiang visit"
    assert (doc.published, doc.published_from) == (date(2022, 5, 28), "metadata")
    # The page holds under 250 characters of article text, so trafilatura takes its <article>
    # whole, on one line (the form's "Sign up" prompt with it); the headline opens it.
    assert doc.text.startswith("UN rights chief ends Xinjiang visit")
    assert "Bachelet ended her visit to China on Saturday & said it was not an investigation." in (doc.text)
    assert "The trip began on May 23 in Guangzhou." in doc.text
    for junk in (
        "Subscribe",
        "Business",
        "tracking",
        "Buy now",
        "Related",
        "Share this",
        "Most read",
        "rights reserved",
        "JavaScript",
        "Hidden template",
        "font-family",
        "schema.org",
    ):
        assert junk not in doc.text
    # The site is named only by the WebSite node of the page's JSON-LD graph.
    assert (doc.outlet, doc.outlet_from) == ("World News Site", "metadata")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<script type="application/ld+json">{"datePublished": "2021-03-04T10:00:00Z"}</script>',
            date(2021, 3, 4),
        ),
        ('<meta name="date" content="2021-03-05">', date(2021, 3, 5)),
        ("", date(2021, 3, 6)),  # only the <time datetime> in the body
    ],
)
def test_html_metadata_sources(tmp_path: Path, head: str, expected: date) -> None:
    html = (
        f"<html><head>{head}<title>Page title</title></head><body>"
        '<p><time datetime="2021-03-06T08:00">Saturday</time></p>'
        "<p>Story text.</p></body></html>"
    )
    (doc,), _ = load([write(tmp_path / "p.html", html)])
    assert (doc.published, doc.published_from) == (expected, "metadata")
    assert doc.title == "Page title"


def test_html_without_visible_text_is_skipped(tmp_path: Path) -> None:
    bad = write(tmp_path / "p.html", "<html><script>var a = 1;</script><nav>Menu</nav></html>")
    docs, warnings = load([bad, FIXTURES / "003_41aef741745c9b4b.txt"])
    assert len(docs) == 1 and warnings == [f"{bad}: no visible text"]


def test_markdown_front_matter() -> None:
    (doc,), _ = load([NASTY / "front_matter.md"])
    assert doc.title == "Bachelet leaves office"
    assert (doc.published, doc.published_from) == (date(2022, 8, 31), "metadata")
    assert span_texts(doc)[0].startswith("---\ntitle:") and span_texts(doc)[0].endswith("---\n")
    assert "term as High Commissioner ended on Aug. 31." in doc.text
    assert "https://" not in doc.text and "bachelet.jpg" not in doc.text
    assert doc.text.endswith("ended on Aug. 31.\n\nShe had served four years.\n")


def test_markdown_heading_title(tmp_path: Path) -> None:
    (doc,), _ = load([write(tmp_path / "a.md", "# Storm hits coast\n\nIt hit on Monday.\n")])
    assert doc.title == "Storm hits coast"
    assert doc.text == "Storm hits coast\n\nIt hit on Monday.\n"


# Stdin -----------------------------------------------------------------------------------


def test_stdin_text_stream() -> None:
    stream = io.StringIO("Headline from a pipe\n\nReuters September 09, 2022\n\nBody.\n")
    (doc,), _ = load(["-"], stdin=stream)
    assert (doc.id, doc.path, doc.title, doc.published) == (
        "stdin",
        "-",
        "Headline from a pipe",
        date(2022, 9, 9),
    )


def test_stdin_jsonl_bytes() -> None:
    data = b'\n{"id": "a", "text": "One."}\n{"text": "Two."}\nbroken\n'
    docs, warnings = load(["-"], stdin=io.BytesIO(data))
    assert [d.id for d in docs] == ["a", "stdin:3"]
    assert warnings[0].startswith("stdin:1: blank") and warnings[1].startswith("stdin:4: broken")
    assert {d.path for d in docs} == {"-"}


def test_stdin_binary_and_empty() -> None:
    with pytest.raises(InputError, match="^no articles found in stdin: skipped, binary"):
        load(["-"], stdin=io.BytesIO(b"\x00\x01\x02\x03" * 100))
    with pytest.raises(InputError, match="^no articles found in stdin: empty"):
        load(["-"], stdin=io.StringIO(""))


def test_stdin_cp1252_bytes() -> None:
    (doc,), _ = load(["-"], stdin=io.BytesIO(b"The minister\x92s visit\n"))
    assert doc.text == "The minister\u2019s visit\n"


# --published ---------------------------------------------------------------------------


def test_published_options_apply_by_file_name_path_and_id() -> None:
    options = parse_published_options(
        [
            "2022-09-12",
            "001_554890cfc37419d6.txt=2022-09-10",
            f"{FIXTURES / '003_41aef741745c9b4b.txt'}=Sept. 11, 2022",
            "002_bb81dd3f25be6cd9=2022-09-09",
        ]
    )
    docs = by_id(load([FIXTURES], published=options)[0])
    assert docs["001_554890cfc37419d6"].published == date(2022, 9, 10)
    assert docs["002_bb81dd3f25be6cd9"].published == date(2022, 9, 9)
    assert docs["002_bb81dd3f25be6cd9"].published_hint == ""
    assert docs["003_41aef741745c9b4b"].published == date(2022, 9, 11)
    assert docs["000_a753f78b4c00762f"].published == date(2022, 9, 12)  # the date for all
    assert {d.published_from for d in docs.values()} == {"option"}


def test_published_option_for_unknown_file_warns() -> None:
    options = parse_published_options(["nothing.txt=2022-09-10"])
    docs, warnings = load([FIXTURES / "003_41aef741745c9b4b.txt"], published=options)
    assert docs[0].published_from == "none"
    assert len(warnings) == 1 and "nothing.txt" in warnings[0]


@pytest.mark.parametrize(
    "value", ["soon", "a.txt=", "=2022-09-09", "a.txt=Sept 9", "2022-02-30", "a.txt=yesterday"]
)
def test_malformed_published_option(value: str) -> None:
    with pytest.raises(OptionError, match="--published"):
        parse_published_options([value])


def test_conflicting_published_options() -> None:
    with pytest.raises(OptionError, match="different date"):
        parse_published_options(["2022-09-09", "2022-09-10"])
    with pytest.raises(OptionError, match="different date"):
        parse_published_options(["a.txt=2022-09-09", "a.txt=2022-09-10"])


# Whatever the bytes, the loader answers with documents or one InputError ---------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), ext=st.sampled_from(["txt", "md", "html", "jsonl", "json"]))
def test_any_bytes_never_crash(tmp_path: Path, data: bytes, ext: str) -> None:
    path = write(tmp_path / f"x.{ext}", data)
    try:
        docs, warnings = load([path])
    except InputError as error:
        assert str(path) in str(error) and "\n" not in str(error)
        return
    for doc in docs:
        assert doc.text.strip() and "\r" not in doc.text
        assert all(0 <= s < e <= len(doc.text) for s, e in doc.metadata_spans)
    assert all("\n" not in w for w in warnings)


def test_permission_denied_is_skipped_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = write(tmp_path / "good.txt", "Good\n\nText.\n")
    bad = write(tmp_path / "bad.txt", "Bad\n\nText.\n")
    real_open = open

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(bad):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", guarded_open)
    docs, warnings = load([good, bad])
    assert [d.id for d in docs] == ["good"]
    assert warnings == [f"{bad}: cannot read (Permission denied)"]


def test_default_warnings_go_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    docs = load_documents([FIXTURES / "003_41aef741745c9b4b.txt", FIXTURES / "missing.txt"])
    assert len(docs) == 1
    missing = FIXTURES / "missing.txt"
    assert capsys.readouterr().err == f"warning: {missing}: no such file or folder\n"


def test_html_unclosed_tags_and_stray_end_tags(tmp_path: Path) -> None:
    html = "<body><div><h1>Storm hits coast</div></span><p>It hit on Monday.<p>Then it left.</body>"
    (doc,), _ = load([write(tmp_path / "p.html", html)])
    assert doc.title == "Storm hits coast"
    assert doc.text == "Storm hits coast\n\nIt hit on Monday.\n\nThen it left."


def test_broken_link_and_fifo_in_a_folder(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "Good\n\nText.\n")
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    docs, warnings = load([tmp_path])
    assert [d.id for d in docs] == ["good"]
    assert sorted(warnings) == [
        f"{tmp_path / 'link.txt'}: broken symbolic link",
        f"{tmp_path / 'pipe.txt'}: skipped, not a regular file",
    ]


def test_utf16_jsonl(tmp_path: Path) -> None:
    lines = '{"id": "z", "text": "Z\u00fcrich vote."}\n{"text": "Second."}\n'
    docs, warnings = load([write(tmp_path / "r.jsonl", lines.encode("utf-16"))])
    assert [(d.id, d.text) for d in docs] == [("z", "Z\u00fcrich vote."), ("r:2", "Second.")]
    assert warnings == []


def test_stdin_json_list_and_bracketed_text() -> None:
    docs, _ = load(["-"], stdin=io.StringIO('[{"text": "One."},\n {"text": "Two."}]'))
    assert [d.id for d in docs] == ["stdin:1", "stdin:2"]
    (doc,), warnings = load(["-"], stdin=io.StringIO("[Updated] Storm hits coast\n\nBody.\n"))
    assert doc.title == "[Updated] Storm hits coast" and warnings == []


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("LONDON | Wed Apr 29, 2009 11:17 am BST LONDON (Reuters) - ", date(2009, 4, 29)),
        (
            "By Jane Roe, Health Editor WASHINGTON | Mon Mar 2, 2009 4:23 pm EST WASHINGTON (Reuters) - ",
            date(2009, 3, 2),
        ),
        ("Tue Apr 28, 2009 9:03 pm BST (Reuters) - ", date(2009, 4, 28)),
    ],
)
def test_web_wire_dateline_is_metadata_even_after_a_caption(
    tmp_path: Path, line: str, published: date
) -> None:
    caption = "A nurse wears a mask in Mexico City April 24, 2009.\n"
    body = "Health officials said on Monday that schools would close."
    path = tmp_path / "wire.txt"
    path.write_text(caption + line + body, encoding="utf-8")
    (document,) = load_documents([path])
    start = len(caption)
    assert (start, start + len(line)) in document.metadata_spans
    assert document.text[document.metadata_spans[-1][1] :] == body
    assert (document.published, document.published_from) == (published, "dateline")


def test_byline_stamp_run_into_the_first_sentence_is_metadata(tmp_path: Path) -> None:
    stamp = "Jane Roe | 17:45 UK time, Wednesday, 29 April 2009 "
    body = "This week, one story has dominated the news."
    path = write(tmp_path / "blog.jsonl", json.dumps({"text": stamp + body}) + "\n")
    (doc,), _ = load([path])
    assert (doc.published, doc.published_from) == (date(2009, 4, 29), "header")
    assert doc.metadata_spans == ((0, len(stamp)),)


@pytest.mark.parametrize(
    "stamp",
    ["Saturday 25 April 2009 23.24 BST ", "April 25, 2009 7:32 pm EDT ", "18:00, 25 April 2009 "],
)
def test_clock_stamp_run_into_the_first_sentence_is_metadata(tmp_path: Path, stamp: str) -> None:
    body = "Swine flu has similar symptoms to the common flu."
    path = write(tmp_path / "live.jsonl", json.dumps({"text": stamp + body}) + "\n")
    (doc,), _ = load([path])
    assert (doc.published, doc.published_from) == (date(2009, 4, 25), "header")
    assert doc.metadata_spans == ((0, len(stamp)),)


def test_a_sentence_that_opens_with_a_date_is_reporting(tmp_path: Path) -> None:
    text = "25 April 2009 was the day the outbreak was declared.\n"
    path = write(tmp_path / "plain.jsonl", json.dumps({"text": text}) + "\n")
    (doc,), _ = load([path])
    assert doc.metadata_spans == ()


# Outlets ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "outlet", "source"),
    [
        ("000_a753f78b4c00762f", "Reuters", "header"),  # "Reuters September 09, 2022"
        ("001_554890cfc37419d6", "AP", "dateline"),  # "GENEVA (AP) —"
        ("002_bb81dd3f25be6cd9", "Reuters", "dateline"),  # "GENEVA, Sept 9 (Reuters) -"
        # No agency credit, site name or outlet line: the article goes by its file's name.
        # 004's "(PHOTO / XINHUA)" credits a photo, not the article.
        ("003_41aef741745c9b4b", "003_41aef741745c9b4b", "file"),
        ("004_e514db0db369c6a5", "004_e514db0db369c6a5", "file"),
    ],
)
def test_fixture_outlets(fixtures: dict[str, Document], stem: str, outlet: str, source: str) -> None:
    assert (fixtures[stem].outlet, fixtures[stem].outlet_from) == (outlet, source)


@pytest.mark.parametrize(
    ("top", "outlet", "source"),
    [
        ("WASHINGTON, Sept. 9, 2022 (Reuters) - Officials met.", "Reuters", "dateline"),
        ("BEIJING, Feb 29 (Xinhua) -- Officials met.", "Xinhua", "dateline"),
        ("PARIS (AFP) - Officials met.", "AFP", "dateline"),
        ("LONDON (REUTERS) - Officials met.", "Reuters", "dateline"),
        # an agency this code has no name for keeps the spelling of the credit
        ("LONDON, Sept 9 (Daily Planet) - Officials met.", "Daily Planet", "dateline"),
        ("Tue Apr 28, 2009 9:03 pm BST (Reuters) - Officials met.", "Reuters", "dateline"),
        ("AP September 9, 2022", "AP", "header"),
        ("By The Associated Press", "AP", "header"),
        ("Reuters | Sept. 9, 2022 10:04 AM GMT", "Reuters", "header"),
        # a person in a byline is no outlet
        ("By Jane Doe | Sept. 9, 2022", "a", "file"),
        ("Jane Doe September 9, 2022", "a", "file"),
        # an agency named in the reporting is no credit
        ("Reuters reported on Sept. 9, 2022 that officials met.", "a", "file"),
    ],
)
def test_outlet_from_datelines_and_header_lines(tmp_path: Path, top: str, outlet: str, source: str) -> None:
    path = write(tmp_path / "a.txt", f"Headline of the story\n\n{top}\n\nThe body said things.\n")
    (doc,), _ = load([path])
    assert (doc.outlet, doc.outlet_from) == (outlet, source)


def test_dateline_agency_comes_before_the_header_line(tmp_path: Path) -> None:
    """Wire copy printed under another name's header is the agency's report."""
    text = "Headline\n\nBBC September 9, 2022\n\nGENEVA (Reuters) - Officials met.\n"
    (doc,), _ = load([write(tmp_path / "a.txt", text)])
    assert (doc.outlet, doc.outlet_from) == ("Reuters", "dateline")


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ('<meta property="og:site_name" content="The Daily Planet">', "The Daily Planet"),
        ('<meta name="application-name" content="BBC News">', "BBC"),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Example Times"}}'
            "</script>",
            "Example Times",
        ),
        # og:site_name is the page's own statement: it comes before the others
        (
            '<meta name="application-name" content="App"><meta property="og:site_name" content="Site">',
            "Site",
        ),
    ],
)
def test_html_site_name(tmp_path: Path, head: str, outlet: str) -> None:
    html = f"<html><head>{head}<title>Page</title></head><body><p>Story text.</p></body></html>"
    (doc,), _ = load([write(tmp_path / "p.html", html)])
    assert (doc.outlet, doc.outlet_from) == (outlet, "metadata")


def test_html_dateline_agency_beats_the_site_name(tmp_path: Path) -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Yahoo News"></head><body>'
        "<p>GENEVA (AFP) - Officials met on Friday.</p></body></html>"
    )
    (doc,), _ = load([write(tmp_path / "p.html", html)])
    assert (doc.outlet, doc.outlet_from) == ("AFP", "dateline")


def test_html_without_a_site_name_goes_by_its_file_name(tmp_path: Path) -> None:
    html = "<html><head><title>Storm hits coast</title></head><body><p>Story text.</p></body></html>"
    (doc,), _ = load([write(tmp_path / "page.html", html)])
    assert (doc.outlet, doc.outlet_from) == ("page", "file")


def test_record_outlet_fields(tmp_path: Path) -> None:
    records = [
        {"id": "a", "text": "Officials met.", "outlet": "The Daily Planet", "source": "ignored"},
        {"id": "b", "text": "Officials met.", "source": "REUTERS"},
        {"id": "c", "text": "Officials met.", "source_domain": "www.bbc.co.uk"},
        {"id": "d", "text": "Officials met.", "source_domain": "https://example.org/news/1"},
        {"id": "e", "text": "Officials met.", "source": {"id": "ap", "name": "Associated Press"}},
        {"id": "f", "text": "GENEVA (AFP) - Officials met.", "source": "Yahoo News"},
        {"id": "g", "text": "Officials met.", "source": 7},
        {"id": "h", "text": "Officials met.", "source": "   "},
    ]
    path = write(tmp_path / "wire-feed.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    docs, warnings = load([path])
    outlets = {d.id: (d.outlet, d.outlet_from) for d in docs}
    assert outlets == {
        "a": ("The Daily Planet", "metadata"),
        "b": ("Reuters", "metadata"),
        "c": ("BBC", "metadata"),
        "d": ("example.org", "metadata"),
        "e": ("AP", "metadata"),
        "f": ("AFP", "dateline"),
        # without a usable field, a record goes by the name of the file that holds it
        "g": ("wire-feed", "file"),
        "h": ("wire-feed", "file"),
    }
    assert warnings == [f"{path}:7: 'source' is a number, not a name; ignored"]


def test_markdown_front_matter_outlet(tmp_path: Path) -> None:
    text = "---\ntitle: Council meets\nsource: Reuters\n---\n\nThe council met on Friday.\n"
    (doc,), _ = load([write(tmp_path / "a.md", text)])
    assert (doc.outlet, doc.outlet_from) == ("Reuters", "metadata")


def test_stdin_article_goes_by_stdin() -> None:
    (doc,), _ = load(["-"], stdin=io.StringIO("Headline\n\nThe council met on Friday.\n"))
    assert (doc.outlet, doc.outlet_from) == ("stdin", "file")


@pytest.mark.parametrize(
    ("site", "outlet"),
    [
        ("  The \n Daily\tPlanet ", "The Daily Planet"),  # one line, as a table cell needs
        ("x" * 200, "page"),  # text that long is no name: the file's name instead
        ("\u202e\x1b[31mEvil", "\u202e\x1b[31mEvil"),  # kept here; renderers clean it
    ],
)
def test_hostile_site_names(tmp_path: Path, site: str, outlet: str) -> None:
    html = (
        f'<html><head><meta property="og:site_name" content="{site}"></head>'
        "<body><p>Story text.</p></body></html>"
    )
    (doc,), _ = load([write(tmp_path / "page.html", html)])
    # trafilatura may drop invisible characters (renderers clean what is left) and capitalizes
    # a site name that does not start with a capital letter
    def visible(name: str) -> str:
        return "".join(ch for ch in name if ch.isprintable()).casefold()

    assert visible(doc.outlet) == visible(outlet)
