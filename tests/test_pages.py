"""Web pages (trafilatura for the text and metadata, htmldate for the date) and which
publication date wins when the page's metadata and the text's own top disagree.

The pages in tests/pages/ were written for these tests; every expected value below is read
off their markup by hand (see the comments), not copied from program output.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline.chronology import build
from timeline.documents import html as html_module
from timeline.documents import load_documents
from timeline.model import Document

PAGES = Path(__file__).resolve().parent / "pages"


def load(paths: list[Path]) -> tuple[list[Document], list[str]]:
    warnings: list[str] = []
    docs = load_documents([str(p) for p in paths], warn=warnings.append)
    return docs, warnings


@pytest.fixture(scope="module")
def pages() -> dict[str, Document]:
    docs, warnings = load([PAGES])
    assert warnings == []
    return {d.id: d for d in docs}


@pytest.mark.parametrize(
    ("page", "title", "published", "source", "outlet", "outlet_from", "url", "language"),
    [
        # og:title; article:published_time 2022-09-09 (modified_time 2022-09-12 and the script's
        # "2022-09-12" are later changes); the dateline "GENEVA, Sept 9 (Reuters)" says the same
        # day, so the metadata is named; the agency's credit beats og:site_name.
        ("wire", "WHO panel to meet on vaccine supply next week", date(2022, 9, 9), "metadata",
         "Reuters", "dateline", "https://www.reuters.com/world/who-panel-vaccine-supply-2022-09-09/", "en"),
        # The entry's <time class="published"> 12 June 2023, not "updated" (14 June) nor the
        # comments' dates; the site's og:site_name; <html lang="en-GB">.
        ("blog", "The village fete is back after four years", date(2023, 6, 12), "metadata",
         "Notes from Ashby", "metadata", "https://notesfromashby.example/2023/06/the-village-fete-is-back/",
         "en"),
        # JSON-LD only: its headline (not the <title>), datePublished 2021-11-03 (not
        # dateModified), its publisher. trafilatura reads no URL from JSON-LD, and the language
        # is declared only there ("inLanguage"), so both are unknown.
        ("jsonld", "Ferry crews walk out over new rotas", date(2021, 11, 3), "metadata",
         "The Harbour Gazette", "metadata", "", ""),
        # No date in the markup: the byline "By Tom Reed | March 14, 2023" under the headline.
        # The site is named only after the dash of its <title>, which is not read as a site
        # name: the page goes by its file's name.
        ("byline", "Council approves new cycle lanes", date(2023, 3, 14), "header",
         "byline", "file", "", "en"),
        # A portal's copy of a wire story, posted at 01:40 UTC the next day: the dateline's
        # "Sept 9" is the day the text was written and its "on Friday" counts from.
        ("repost", "Lebanon central bank extends cash withdrawal limits", date(2022, 9, 9), "dateline",
         "Reuters", "dateline", "https://dailyportal.example/news/lebanon-central-bank-extends-limits-123456.html",
         "en"),
        # <meta name="date">, og:url, <html lang="de-DE">; "Berlin (dpa) -" credits the agency.
        ("german", "Bahn streicht Nachtzüge nach Wien", date(2023, 3, 14), "metadata",
         "dpa", "dateline", "https://rheinische-rundschau.example/wirtschaft/bahn-nachtzuege-wien-100.html",
         "de"),
    ],
)
def test_page_metadata(
    pages: dict[str, Document], page: str, title: str, published: date, source: str,
    outlet: str, outlet_from: str, url: str, language: str,
) -> None:
    doc = pages[page]
    assert (doc.title, doc.published, doc.published_from) == (title, published, source)
    assert (doc.outlet, doc.outlet_from, doc.url, doc.language) == (outlet, outlet_from, url, language)
    # the headline opens the text, a paragraph of its own
    assert doc.text.startswith(title + "\n\n")


@pytest.mark.parametrize(
    ("page", "kept", "left_out"),
    [
        ("wire",
         ["GENEVA, Sept 9 (Reuters) - An expert panel of the World Health Organization will meet on "
          "Tuesday to review how vaccine doses are shared among poorer countries, the agency said on Friday.",
          "Health ministers from 14 African countries wrote to the agency on Wednesday"],
         ["cookies", "Markets slip", "Swiss franc", "All quotes delayed", "Privacy", "dataLayer", "Sports"]),
        ("blog",
         ["After four summers without one, the Ashby village fete returns on Saturday 24 June,",
          "If it rains, everything moves into the village hall"],
         ["dog show", "Leave a Reply", "Recent Posts", "Proudly powered", "Bluebells", "Village life",
          "Life in a small Leicestershire village"]),
        ("jsonld",
         ["Crews on the island ferries stopped work at dawn on Wednesday,",
          "The strike is the first on the route since the spring of 2019,"],
         ["Subscribe", "Log in", "More stories", "School roof", "Quay Street"]),
        ("byline",
         ["The city council voted 9 to 4 on Monday night",
          "Councillor Ines Varga said the survey would be published on April 3"],
         ["Most read", "Bakery wins", "All rights reserved", "What's on"]),
        ("repost",
         ["BEIRUT, Sept 9 (Reuters) - Lebanon's central bank said on Friday",
          "which the International Monetary Fund has said must be passed"],
         ["Trending now", "Celebrity", "Stocks close higher", "Privacy Policy", "Weather"]),
        ("german",
         ["Berlin (dpa) - Die Bahn will ihre Nachtzüge von Köln nach Wien",
          "Gerade im Sommer seien die Züge oft ausgebucht, sagte eine Sprecherin."],
         ["Startseite", "Mehr zum Thema", "Streik bei der Bahn", "Impressum"]),
    ],
)
def test_page_main_text(pages: dict[str, Document], page: str, kept: list[str], left_out: list[str]) -> None:
    text = pages[page].text
    for passage in kept:
        assert passage in text
    for junk in left_out:
        assert junk not in text
    # paragraphs stay paragraphs: one blank line between them, none inside
    assert "\n\n\n" not in text and all(block.strip() for block in text.split("\n\n"))


def test_page_header_lines_are_metadata(pages: dict[str, Document]) -> None:
    spans = {name: [doc.text[s:e] for s, e in doc.metadata_spans] for name, doc in pages.items()}
    assert spans["byline"] == ["By Tom Reed | March 14, 2023"]
    assert spans["wire"] == ["GENEVA, Sept 9 (Reuters) - "]
    assert spans["german"] == ["Berlin (dpa) - "]


def test_mention_offsets_point_into_the_page_text(pages: dict[str, Document]) -> None:
    chronology = build(list(pages.values()))
    texts = {doc.id: doc.text for doc in pages.values()}
    mentions = [m for event in chronology.events for m in event.mentions if not m.implicit]
    assert mentions
    for mention in mentions:
        text = texts[mention.document_id]
        assert text[mention.expression.start : mention.expression.end] == mention.expression.text
        assert text[mention.sentence_start :].startswith(mention.sentence)


# Which date wins -------------------------------------------------------------------------


def _page(tmp_path: Path, name: str, head: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(f"<html><head>{head}</head><body><article>{body}</article></body></html>", "utf-8")
    return path


def _published_time(value: str) -> str:
    return f'<meta property="article:published_time" content="{value}">'


@pytest.mark.parametrize(
    ("metadata", "dateline", "expected", "source"),
    [
        # a wire story posted the day after its dateline: the text was written on the 9th
        ("2022-09-10T03:00:00Z", "GENEVA, Sept 9 (Reuters) -", date(2022, 9, 9), "dateline"),
        # the same day: the metadata is named
        ("2022-09-09T14:00:00Z", "GENEVA, Sept 9 (Reuters) -", date(2022, 9, 9), "metadata"),
        # eleven days apart: the dateline is not this page's report
        ("2022-09-20T03:00:00Z", "GENEVA, Sept 9 (Reuters) -", date(2022, 9, 20), "metadata"),
        # a dateline after the metadata's date does not move it
        ("2022-09-08T23:00:00Z", "GENEVA, Sept 9 (Reuters) -", date(2022, 9, 8), "metadata"),
        # the dateline's year is the one nearest the metadata's date
        ("2023-01-02", "LONDON, Dec 31 (Reuters) -", date(2022, 12, 31), "dateline"),
    ],
)
def test_dateline_against_page_metadata(
    tmp_path: Path, metadata: str, dateline: str, expected: date, source: str
) -> None:
    body = f"<h1>Panel to meet</h1><p>{dateline} The panel will meet on Tuesday, the agency said.</p>"
    (doc,), _ = load([_page(tmp_path, "p.html", _published_time(metadata), body)])
    assert (doc.published, doc.published_from, doc.published_hint) == (expected, source, "")


@pytest.mark.parametrize(
    ("record", "expected", "source"),
    [
        # A cable released years after it was written: its header line is the text's date.
        ({"date": "2010-12-01", "text": "Thursday, 10 July 2008, 16:38\n\nThe envoy met him on Tuesday."},
         date(2008, 7, 10), "header"),
        ({"date": "2022-09-13", "text": "Council meets\n\nPublished: September 12, 2022\n\nIt met Monday."},
         date(2022, 9, 12), "header"),
        # an "Updated" line is later than the first publication the record gives
        ({"date": "2022-09-13", "text": "Council meets\n\nUpdated: September 14, 2022\n\nIt met on Monday."},
         date(2022, 9, 13), "metadata"),
        ({"date": "2022-09-09", "text": "GENEVA, Sept 9 (Reuters) - The panel met on Friday."},
         date(2022, 9, 9), "metadata"),
        ({"date": "2022-09-10", "text": "GENEVA, Sept 9 (Reuters) - The panel met on Friday."},
         date(2022, 9, 9), "dateline"),
    ],
)
def test_text_top_against_record_date(
    tmp_path: Path, record: dict[str, str], expected: date, source: str
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    (doc,), _ = load([path])
    assert (doc.published, doc.published_from) == (expected, source)


def test_a_date_in_the_body_is_not_the_publication_date(tmp_path: Path) -> None:
    """htmldate's free search of the text is off: a date the article reports is no anchor."""
    body = "<h1>Visit ends</h1><p>The trip began on May 23, 2022 in Guangzhou and ended on Saturday.</p>"
    (doc,), _ = load([_page(tmp_path, "p.html", "", body)])
    assert (doc.published, doc.published_from) == (None, "none")


def test_page_over_the_text_bound_is_cut_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline.documents import decoding

    monkeypatch.setattr(decoding, "MAX_TEXT", 300)
    paragraphs = "".join(f"<p>Paragraph {n} says the council met on Monday.</p>" for n in range(40))
    path = _page(tmp_path, "long.html", "", f"<h1>Council</h1>{paragraphs}")
    (doc,), warnings = load([path])
    assert len(doc.text) == 300 and doc.text.startswith("Council\n\nParagraph 0 says")
    assert len(warnings) == 1 and warnings[0].startswith(f"{path}: text longer than")


def test_a_page_the_libraries_cannot_read_is_skipped_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(markup: str) -> html_module.Page:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(html_module, "read_page", broken)
    good = tmp_path / "good.txt"
    good.write_text("Council meets\n\nThe council met on Monday.\n", "utf-8")
    bad = _page(tmp_path, "bad.html", "", "<p>Deeply nested.</p>")
    docs, warnings = load([bad, good])
    assert [d.id for d in docs] == ["good"]
    assert warnings == [f"{bad}: skipped, the page could not be read (RecursionError)"]


def test_a_fragment_is_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "snippet.html"
    path.write_text("<p>Storm hits the coast on Monday.</p>", "utf-8")
    (doc,), warnings = load([path])
    assert doc.text == "Storm hits the coast on Monday." and warnings == []


# Records and front matter: url and language ---------------------------------------------


def test_record_url_and_language(tmp_path: Path) -> None:
    records = [
        {"id": "a", "text": "Officials met.", "url": "https://example.org/a", "language": "en-US"},
        {"id": "b", "text": "Officials met.", "url": "/relative/path", "language": "English"},
        {"id": "c", "text": "Officials met.", "url": 7, "language": "FI"},
        {"id": "d", "text": "Officials met."},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    docs, warnings = load([path])
    assert {d.id: (d.url, d.language) for d in docs} == {
        "a": ("https://example.org/a", "en"),
        "b": ("", ""),
        "c": ("", "fi"),
        "d": ("", ""),
    }
    # read in the language declared, else (too short to tell) the default
    assert [d.read_in for d in docs] == ["en", "en", "fi", "en"]
    assert warnings == [
        f"{path}:2: 'url' '/relative/path' is not a web address; ignored",
        f"{path}:2: 'language' 'English' is not a language code; ignored",
        f"{path}:3: 'url' a number is not a web address; ignored",
        f"{path}: written in 'fi', a language timeline has no pack for; only its numeric dates "
        "(2022-09-08, 08.09.2022) are read",
    ]


def test_markdown_front_matter_url_and_language(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    front = "---\ntitle: Rat tagt\nurl: https://example.org/rat\nlang: de\n---\n"
    path.write_text(front + "\nDer Rat tagte.\n", "utf-8")
    (doc,), _ = load([path])
    assert (doc.url, doc.language) == ("https://example.org/rat", "de")
