"""Input formats beyond text, pages and plain records: compressed records, what a folder holds
that no reader takes, and their hostile variants.

Every fixture is made here from text written for the test, so the expected titles, dates and
text are read off what was written.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from timeline.documents import compressed, load_documents
from timeline.errors import InputError
from timeline.model import Document


def load(paths: list[str | Path]) -> tuple[list[Document], list[str]]:
    warnings: list[str] = []
    docs = load_documents([str(p) for p in paths], warn=warnings.append)
    return docs, warnings


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


WIRE = (
    "GENEVA, Sept 9 (Reuters) - The World Health Organization said on Friday its vaccine "
    "panel will meet next week."
)
RECORDS = [
    {"id": "who", "date": "2022-09-09", "title": "WHO panel to meet", "text": WIRE},
    {"id": "council", "date": "2022-09-12", "text": "The council voted on Monday to close the port."},
]


def jsonl(records: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


# What a folder holds that no reader takes ---------------------------------------------------


def test_unsupported_files_in_a_folder_are_one_warning(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", "Storm hits the coast\n\nThe storm hit on Monday.\n")
    write(tmp_path / "sheet.xlsx", b"PK\x03\x04")
    write(tmp_path / "deep" / "more.xlsx", b"PK\x03\x04")
    write(tmp_path / "photo.PNG", b"\x89PNG")
    write(tmp_path / "README", "notes")
    write(tmp_path / "backup.tar.gz", b"\x1f\x8b")
    write(tmp_path / ".DS_Store", b"\x00")  # hidden files are never articles: not counted
    docs, warnings = load([tmp_path])
    assert [d.id for d in docs] == ["story"]
    assert warnings == [
        f"{tmp_path}: skipped 5 files of types .xlsx, (no extension), .png, .tar.gz "
        "(not article formats)"
    ]


def test_a_folder_of_only_unsupported_files_says_what_it_skipped(tmp_path: Path) -> None:
    write(tmp_path / "a.xlsx", b"PK")
    with pytest.raises(InputError) as error:
        load([tmp_path])
    message = str(error.value)
    assert message.startswith(f"no articles found in {tmp_path}: no article files (.txt, ")
    assert message.endswith("; skipped 1 file of type .xlsx (not article formats)")


# Compressed records ---------------------------------------------------------------------------


def test_jsonl_gz_and_json_gz_read_like_their_plain_forms(tmp_path: Path) -> None:
    write(tmp_path / "feed.jsonl.gz", gzip.compress(jsonl(RECORDS)))
    one = json.dumps({"text": "The port closed on Friday."}).encode()
    write(tmp_path / "one.json.gz", gzip.compress(one))
    docs, warnings = load([tmp_path])
    assert warnings == []
    assert [d.id for d in docs] == ["who", "council", "one"]
    assert docs[0].published.isoformat() == "2022-09-09" and docs[0].title == "WHO panel to meet"
    assert docs[0].outlet == "Reuters"  # the dateline's agency
    # Without an outlet, a record goes by its file's name, both extensions off.
    assert docs[1].outlet == "feed" and docs[2].outlet == "one"
    assert docs[2].text == "The port closed on Friday."


def test_records_without_ids_are_numbered_by_the_stem_of_the_compressed_file(tmp_path: Path) -> None:
    lines = [{"text": "The port closed on Friday."}, {"text": "It opened on Monday."}]
    docs, _ = load([write(tmp_path / "feed.jsonl.gz", gzip.compress(jsonl(lines)))])
    assert [d.id for d in docs] == ["feed:1", "feed:2"]


def test_truncated_gzip_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    many = [{"id": f"r{i}", "text": f"Record {i} says the port closed on Friday."} for i in range(400)]
    data = gzip.compress(jsonl(many))
    path = write(tmp_path / "cut.jsonl.gz", data[: len(data) * 2 // 3])
    docs, warnings = load([path])
    assert 0 < len(docs) < 400 and docs[0].id == "r0"
    assert warnings[-1] == (
        f"{path}: the compressed data ends early (a truncated file); "
        f"the {len(docs)} article(s) before it were kept"
    )
    # The line cut in the middle is reported by its number, like any broken line.
    assert all(w.startswith(f"{path}:") for w in warnings) and len(warnings) <= 2


def test_a_file_that_is_not_gzip_is_one_warning(tmp_path: Path) -> None:
    bad = write(tmp_path / "plain.jsonl.gz", jsonl(RECORDS))
    good = write(tmp_path / "good.txt", "Storm hits\n\nThe storm hit on Monday.\n")
    docs, warnings = load([bad, good])
    assert [d.id for d in docs] == ["good"]
    assert warnings == [f"{bad}: not gzip-compressed data; nothing was read"]


def test_corrupt_gzip_is_one_warning(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(jsonl([{"text": "The port closed on Friday."}] * 50)))
    data[-8] ^= 0xFF  # the CRC: inflates fine, fails its checksum at the end
    path = write(tmp_path / "crc.jsonl.gz", bytes(data))
    _, warnings = load([path])
    assert warnings == [f"{path}: the compressed data is corrupt (checksum mismatch); "
                        "the 50 article(s) before it were kept"]


def test_gzip_bomb_is_cut_at_the_inflation_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A few records, then 64 MB of blanks in 64 KB on disk: read to the limit, never whole."""
    monkeypatch.setattr(compressed, "MIN_INFLATED", 4 * 1024 * 1024)
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=9) as out:
        out.write(jsonl(RECORDS))
        block = b" " * (1024 * 1024)
        for _ in range(64):
            out.write(block)
    assert path.stat().st_size < 200_000
    good = write(tmp_path / "good.txt", "Storm hits\n\nThe storm hit on Monday.\n")
    docs, warnings = load([path, good])
    assert [d.id for d in docs] == ["who", "council", "good"]
    limit = compressed.inflation_limit(path.stat().st_size)  # 100 times 64 KB: 6 MB
    assert warnings[-1] == (
        f"{path}: inflates to over {limit // 2**20} MB (100 times its size or 4 MB, a decompression "
        "bomb?); only that much was read"
    )


def test_the_inflation_limit_grows_with_the_file() -> None:
    assert compressed.inflation_limit(0) == compressed.MIN_INFLATED == 256 * 1024 * 1024
    assert compressed.inflation_limit(10 * 1024 * 1024 * 1024) == 100 * 10 * 1024 * 1024 * 1024


# Records the field's tools write ------------------------------------------------------------

NEWS_PLEASE = {
    "authors": ["Jane Roe"],
    "date_download": "2023-06-20 08:00:00",
    "date_modify": None,
    "date_publish": "2023-06-12 09:30:00",
    "description": "The Ashby village fete returns on Saturday 24 June after four summers.",
    "filename": "https%3A%2F%2Fashby.example%2Ffete.json",
    "image_url": "https://ashby.example/fete.jpg",
    "language": "en",
    "localpath": None,
    "maintext": "The parish council agreed the date at its meeting last Tuesday.\n"
    "Stalls can be booked at the post office until 17 June.",
    "source_domain": "www.ashby-gazette.example",
    "title": "Village fete is back",
    "title_page": None,
    "title_rss": None,
    "url": "https://www.ashby-gazette.example/2023/06/fete",
}
# trafilatura's JSON output: the canonical URL as "source", the site's name as "source-hostname";
# "filedate" is the day of the extraction, never the article's.
TRAFILATURA = {
    "title": "Port reopens after the storm",
    "author": "Max Mustermann",
    "hostname": "hafen-kurier.example",
    "date": "2023-03-02",
    "fingerprint": "4d3c2b1a",
    "id": None,
    "license": None,
    "comments": "",
    "raw_text": "The port reopened on Thursday. Ferries run again from Friday.",
    "text": "The port reopened on Thursday.\nFerries run again from Friday.",
    "language": "de",
    "image": None,
    "pagetype": "article",
    "filedate": "2026-01-15",
    "source": "https://hafen-kurier.example/2023/03/port-reopens",
    "source-hostname": "Hafen-Kurier",
    "excerpt": None,
    "categories": "",
    "tags": "",
}


def test_news_please_record(tmp_path: Path) -> None:
    (doc,), warnings = load([write(tmp_path / "fete.json", json.dumps(NEWS_PLEASE))])
    assert warnings == []
    assert (doc.id, doc.title, doc.url, doc.language) == (
        "fete", "Village fete is back", "https://www.ashby-gazette.example/2023/06/fete", "en"
    )
    assert (doc.published.isoformat(), doc.published_from) == ("2023-06-12", "metadata")
    assert (doc.outlet, doc.outlet_from) == ("ashby-gazette.example", "metadata")
    # The lead news-please keeps apart opens the text, a paragraph of its own.
    assert doc.text == (
        "The Ashby village fete returns on Saturday 24 June after four summers.\n\n"
        "The parish council agreed the date at its meeting last Tuesday.\n"
        "Stalls can be booked at the post office until 17 June."
    )


def test_news_please_lead_already_in_the_text_is_not_repeated(tmp_path: Path) -> None:
    record = dict(NEWS_PLEASE, maintext=NEWS_PLEASE["description"] + "\n" + NEWS_PLEASE["maintext"])
    (doc,), _ = load([write(tmp_path / "fete.json", json.dumps(record))])
    assert doc.text == record["maintext"]


def test_news_please_record_with_only_a_lead(tmp_path: Path) -> None:
    record = dict(NEWS_PLEASE, maintext=None)
    (doc,), warnings = load([write(tmp_path / "fete.json", json.dumps(record))])
    assert warnings == [] and doc.text == NEWS_PLEASE["description"]


def test_trafilatura_record(tmp_path: Path) -> None:
    (doc,), warnings = load([write(tmp_path / "port.json", json.dumps(TRAFILATURA))])
    assert warnings == []
    assert (doc.title, doc.url, doc.language) == (
        "Port reopens after the storm", "https://hafen-kurier.example/2023/03/port-reopens", "de"
    )
    assert (doc.published.isoformat(), doc.published_from) == ("2023-03-02", "metadata")
    # The site's name before the address that "source" and "hostname" hold.
    assert doc.outlet == "Hafen-Kurier"
    assert doc.text == TRAFILATURA["text"]


def test_trafilatura_extract_output_reads_as_a_record(tmp_path: Path) -> None:
    """What trafilatura itself writes today, from a saved blog post: the same fields."""
    import trafilatura

    page = (Path(__file__).parent / "pages" / "blog.html").read_text(encoding="utf-8")
    output = trafilatura.extract(page, output_format="json", with_metadata=True)
    (doc,), warnings = load([write(tmp_path / "fete.json", output)])
    assert warnings == []
    assert doc.title == "The village fete is back after four years"
    assert doc.published.isoformat() == "2023-06-12"  # the post's date, not the extraction's
    assert doc.outlet == "Notes from Ashby"
    assert doc.url == "https://notesfromashby.example/2023/06/the-village-fete-is-back/"
    assert doc.text.startswith("After four summers without one, the Ashby village fete returns")


def test_bad_fields_are_named_with_their_line(tmp_path: Path) -> None:
    lines = [
        dict(NEWS_PLEASE, date_publish="2023-13-45"),
        dict(NEWS_PLEASE, date_publish=20230612),
        dict(NEWS_PLEASE, maintext=["a", "list"]),
        {"maintext": "", "title": "Nothing"},
        {"title": "No text at all"},
        dict(TRAFILATURA, language="Deutsch"),
    ]
    path = write(tmp_path / "records.jsonl", jsonl(lines))
    docs, warnings = load([path])
    assert [d.id for d in docs] == ["records:1", "records:2", "records:6"]
    assert [d.published for d in docs[:2]] == [None, None]
    assert warnings == [
        f"{path}:1: 'date_publish' '2023-13-45' is not a date; ignored",
        f"{path}:2: 'date_publish' is a number, not a date; ignored",
        f"{path}:3: skipped, 'maintext' is a list, not a string",
        f"{path}:4: skipped, record has an empty 'maintext'",
        f"{path}:5: skipped, record has no 'text' (or 'maintext')",
        f"{path}:6: 'language' 'Deutsch' is not a language code; ignored",
    ]
