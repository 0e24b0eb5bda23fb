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


# PDF -------------------------------------------------------------------------------------------


def make_pdf(
    pages: list[list[str]], info: dict[str, str] | None = None, *, lang: str = "", image_pages: int = 0
) -> bytes:
    """A PDF written by hand: each page shows its lines in Helvetica from the top, 14 points
    apart; "" leaves a paragraph's gap, a line starting "# " is a 16-point headline. Then
    ``image_pages`` pages that only draw an image (a scan without a text layer)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: bytes = b"") -> bytes:
        return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), extra, data)

    catalog = add(b"")  # filled in below, once the page tree's number is known
    tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    image = add(stream(b"\x00\xff\xff\x00", b" /Type /XObject /Subtype /Image /Width 2 /Height 2"
                                            b" /ColorSpace /DeviceGray /BitsPerComponent 8"))
    kids = []
    for lines in pages:
        y, ops = 760.0, []
        for line in lines:
            if not line:
                y -= 14
                continue
            size = 16 if line.startswith("# ") else 11
            text = line.removeprefix("# ").encode("cp1252")
            text = text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"BT /F1 %d Tf 1 0 0 1 72 %.1f Tm (%s) Tj ET" % (size, y, text))
            y -= 22 if size == 16 else 14
        content = add(stream(b"\n".join(ops)))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
                        b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (tree, content, font)))
    for _ in range(image_pages):
        content = add(stream(b"q 400 0 0 400 100 200 cm /Im1 Do Q"))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
                        b" /Resources << /XObject << /Im1 %d 0 R >> >> >>" % (tree, content, image)))
    language = b" /Lang (%s)" % lang.encode() if lang else b""
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R%s >>" % (tree, language)
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids), len(kids))
    info_ref = b""
    if info:
        fields = b" ".join(b"/%s (%s)" % (k.encode(), v.encode("cp1252")) for k, v in info.items())
        info_ref = b" /Info %d 0 R" % add(b"<< %s >>" % fields)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, info_ref, xref)
    return bytes(out)


PDF_PAGES = [
    [
        "# WHO panel to meet on vaccine supply",
        "",
        "GENEVA, Sept 9 (Reuters) - The World Health Organization said on Friday",
        "its vaccine panel will meet next week to review how doses are shared.",
        "",
        "The panel last met in June, a spokesperson told reporters.",
        "Page 1 of 2",
    ],
    [
        "Ministers from 14 countries wrote to the agency on Wednesday.",
        "Page 2 of 2",
    ],
]


def test_pdf_text_layer_page_by_page(tmp_path: Path) -> None:
    info = {"Title": "WHO panel to meet on vaccine supply | Wire", "CreationDate": "D:20220912080000Z",
            "Producer": "Report Writer 2.1"}
    path = write(tmp_path / "who.pdf", make_pdf(PDF_PAGES, info, lang="en-GB"))
    (doc,), warnings = load([path])
    assert warnings == []
    assert doc.text == (
        "WHO panel to meet on vaccine supply\n\n"
        "GENEVA, Sept 9 (Reuters) - The World Health Organization said on Friday\n"
        "its vaccine panel will meet next week to review how doses are shared.\n\n"
        "The panel last met in June, a spokesperson told reporters.\n\n"  # "Page 1 of 2" dropped
        "Ministers from 14 countries wrote to the agency on Wednesday."  # a page break: a paragraph
    )
    # The site after the headline goes: the text's top has the headline alone.
    assert doc.title == "WHO panel to meet on vaccine supply"
    # The dateline's Sept 9 comes first; the creation date three days later only gives its year.
    assert (doc.published.isoformat(), doc.published_from) == ("2022-09-09", "dateline")
    assert (doc.outlet, doc.language) == ("Reuters", "en")


def test_pdf_creation_date_is_only_a_fallback(tmp_path: Path) -> None:
    lines = [["# Port reopens after the storm", "", "The port reopened on Thursday, the harbour master said"]]
    info = {"CreationDate": "D:20230302101500+01'00'", "Title": "Microsoft Word - port.docx"}
    (doc,), warnings = load([write(tmp_path / "port.pdf", make_pdf(lines, info))])
    assert warnings == []
    assert (doc.published.isoformat(), doc.published_from) == ("2023-03-02", "metadata")
    assert doc.title == "Port reopens after the storm"  # a file name is no title: the headline
    # A header line in the text beats it, even when it is later.
    dated = [["# Port reopens after the storm", "Published: March 1, 2023", "", "The port reopened."]]
    (doc,), _ = load([write(tmp_path / "dated.pdf", make_pdf(dated, info))])
    assert (doc.published.isoformat(), doc.published_from) == ("2023-03-01", "header")


def test_pdf_printed_from_a_browser_does_not_take_the_printing_day(tmp_path: Path) -> None:
    lines = [["# Port reopens after the storm", "", "The port reopened on Thursday."]]
    info = {"CreationDate": "D:20261203202447+00'00'", "Producer": "Skia/PDF m150",
            "Creator": "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/150.0.0.0"}
    (doc,), _ = load([write(tmp_path / "printed.pdf", make_pdf(lines, info))])
    assert doc.published is None and doc.published_from == "none"


def test_scanned_pdf_without_a_text_layer_is_one_warning(tmp_path: Path) -> None:
    scan = write(tmp_path / "scan.pdf", make_pdf([], image_pages=2))
    blank = write(tmp_path / "blank.pdf", make_pdf([[]]))
    good = write(tmp_path / "good.txt", "Storm hits\n\nThe storm hit on Monday.\n")
    docs, warnings = load([scan, blank, good])
    assert [d.id for d in docs] == ["good"]
    assert warnings == [
        f"{scan}: skipped, no text layer: its pages are images (a scan? run OCR on it first, "
        "e.g. with ocrmypdf)",
        f"{blank}: skipped, no text in this PDF",
    ]


def test_encrypted_pdf(tmp_path: Path) -> None:
    import io

    import pypdf

    def encrypted(user_password: str, algorithm: str = "RC4-128") -> bytes:
        writer = pypdf.PdfWriter(clone_from=io.BytesIO(make_pdf([["# Locked", "", "Text on Friday."]])))
        writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    locked = write(tmp_path / "locked.pdf", encrypted("secret"))
    open_to_read = write(tmp_path / "readable.pdf", encrypted(""))  # locked for editing only
    aes = write(tmp_path / "aes.pdf", encrypted("", "AES-256"))
    docs, warnings = load([locked, open_to_read, aes])
    assert [d.id for d in docs] == ["readable", "aes"]
    assert {d.text for d in docs} == {"Locked\n\nText on Friday."}
    assert warnings == [f"{locked}: skipped, the PDF is encrypted (it needs a password to open)"]


@pytest.mark.parametrize("cut", [0.2, 0.5, 0.8, 0.97])
def test_truncated_pdf_is_one_line(tmp_path: Path, cut: float) -> None:
    data = make_pdf(PDF_PAGES)
    path = write(tmp_path / "cut.pdf", data[: int(len(data) * cut)])
    good = write(tmp_path / "good.txt", "Storm hits\n\nThe storm hit on Monday.\n")
    docs, warnings = load([path, good])
    assert docs[-1].id == "good"
    assert len(warnings) <= 1 and all("\n" not in w and w.startswith(f"{path}: ") for w in warnings)
    if len(docs) == 1:  # nothing of it was readable: said so, in one line
        assert warnings and "skipped" in warnings[0]


def test_not_a_pdf_at_all(tmp_path: Path) -> None:
    path = write(tmp_path / "fake.pdf", b"<html>not a pdf</html>")
    with pytest.raises(InputError, match=r"fake.pdf: skipped, not a PDF \(no %PDF- header\)$"):
        load([path])


# Word ------------------------------------------------------------------------------------------


def make_docx(
    paragraphs: list[str], *, title: str = "", created: str = "", language: str = "", table: bool = False
) -> bytes:
    """A Word file written with python-docx: "# " opens a heading, "\\n" is a line break."""
    import io
    from datetime import datetime

    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        if paragraph.startswith("# "):
            document.add_heading(paragraph[2:], level=1)
        else:
            document.add_paragraph(paragraph)
        document.add_paragraph("")  # empty paragraphs, as people type them, are left out
    if table:
        grid = document.add_table(rows=2, cols=3)
        grid.cell(0, 1).merge(grid.cell(0, 2))  # one cell over two columns
        for row, cells in zip(grid.rows, [("Day", "Ships", "Ships"), ("Friday", "12", "ferries")],
                              strict=True):
            for cell, value in zip(row.cells, cells, strict=True):
                cell.text = value
    properties = document.core_properties
    properties.title = title
    properties.language = language
    if created:
        properties.created = datetime.fromisoformat(created)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


PORT = [
    "# Port reopens after the storm",
    "By Max Mustermann",
    "The port reopened on Thursday, the harbour master said.\nFerries run again from Friday.",
    "The storm had closed it on Monday.",
]


def test_docx_paragraphs_headings_and_tables(tmp_path: Path) -> None:
    path = write(tmp_path / "port.docx", make_docx(PORT, created="2023-03-02T10:15:00", language="de-DE",
                                                   table=True))
    (doc,), warnings = load([path])
    assert warnings == []
    assert doc.text == (
        "Port reopens after the storm\n\n"
        "By Max Mustermann\n\n"
        "The port reopened on Thursday, the harbour master said.\nFerries run again from Friday.\n\n"
        "The storm had closed it on Monday.\n\n"
        "Day | Ships\n\n"  # a merged cell once
        "Friday | 12 | ferries"
    )
    assert doc.title == "Port reopens after the storm"  # no title in the properties: the heading
    assert (doc.published.isoformat(), doc.published_from) == ("2023-03-02", "metadata")
    assert (doc.language, doc.outlet, doc.outlet_from) == ("de", "port", "file")


def test_docx_properties_only_fill_what_the_text_lacks(tmp_path: Path) -> None:
    dated = ["# Port reopens", "Published: March 1, 2023", "The port reopened on Thursday."]
    data = make_docx(dated, title="Harbour news", created="2023-03-09T08:00:00")
    path = write(tmp_path / "dated.docx", data)
    (doc,), _ = load([path])
    assert (doc.published.isoformat(), doc.published_from) == ("2023-03-01", "header")
    assert doc.title == "Harbour news"  # the properties' own title
    # python-docx's template date (2013-12-23) is no article's; a file name is no title.
    plain = write(tmp_path / "plain.docx", make_docx(["The port reopened on Thursday."], title="port.docx"))
    (doc,), _ = load([plain])
    assert (doc.published, doc.title) == (None, "")


def test_corrupt_docx_is_one_warning_and_the_others_survive(tmp_path: Path) -> None:
    import zipfile

    good_bytes = make_docx(PORT)
    truncated = write(tmp_path / "a_truncated.docx", good_bytes[: len(good_bytes) // 2])
    not_zip = write(tmp_path / "b_not_zip.docx", b"This is plain text saved as .docx\n")
    old_doc = write(tmp_path / "c_old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    other_zip = tmp_path / "d_other.docx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("hello.txt", "hello")
    damaged = bytearray(good_bytes)
    start = damaged.find(b"word/document.xml") + 30  # inside the compressed document part
    damaged[start:start + 40] = b"\x00" * 40
    broken = write(tmp_path / "e_damaged.docx", bytes(damaged))
    write(tmp_path / "f_good.docx", good_bytes)
    docs, warnings = load([tmp_path])
    assert [d.id for d in docs] == ["f_good"]
    assert warnings[:4] == [
        f"{truncated}: skipped, a damaged or truncated .docx (BadZipFile: File is not a zip file)",
        f"{not_zip}: skipped, not a .docx (not a zip archive)",
        f"{old_doc}: skipped, an old Word .doc (or a password-protected .docx), not a .docx: save it "
        "as .docx",
        f"{other_zip}: skipped, not a Word document (a zip archive without word/document.xml)",
    ]
    assert len(warnings) == 5 and warnings[4].startswith(f"{broken}: skipped, a damaged or truncated .docx (")


def test_docx_zip_bomb_is_skipped_before_unpacking(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/padding.bin", "w") as part:
            block = b"\x00" * (1024 * 1024)
            for _ in range(300):
                part.write(block)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(InputError, match=r"bomb.docx: skipped, unpacks to over 256 MB \(300 MB\)$"):
        load([path])


# Web archives ----------------------------------------------------------------------------------

PAGES = Path(__file__).resolve().parent / "pages"
UNDATED_PAGE = (
    b"<!DOCTYPE html><html><head><title>Harbour plan agreed</title></head><body><article>"
    b"<h1>Harbour plan agreed</h1><p>The council agreed the harbour plan on Monday, ending a "
    b"dispute over the cost of the works that had lasted for more than two years.</p>"
    b"<p>Work on the new quay starts in the spring, the mayor said.</p></article></body></html>"
)


def capture(
    uri: str, body: bytes, *, status: str = "200 OK", content_type: str = "text/html; charset=utf-8",
    when: str = "2023-05-10T08:00:00Z", kind: str = "response",
) -> tuple[str, str, bytes, str, str, str]:
    return (uri, status, body, content_type, when, kind)


def make_warc(captures: list[tuple[str, str, bytes, str, str, str]], *, gzip: bool = True) -> bytes:
    """An archive written with warcio, its record ids fixed so that its offsets are too."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for index, (uri, status, body, content_type, when, kind) in enumerate(captures):
        headers = {"WARC-Date": when, "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{index:012d}>"}
        if kind == "revisit":
            record = writer.create_revisit_record(uri, "sha1:AAAA", uri, when, warc_headers_dict=headers)
        elif kind == "request":
            record = writer.create_warc_record(
                uri, "request", payload=io.BytesIO(b""), warc_headers_dict=headers,
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True),
            )
        else:
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, kind, payload=io.BytesIO(body), http_headers=http,
                                               warc_headers_dict=headers)
        writer.write_record(record)
    return out.getvalue()


def offsets(data: bytes) -> list[int]:
    import io

    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(io.BytesIO(data))
    found = []
    for _ in records:
        found.append(records.offset)
    return found


CRAWL = [
    capture("https://www.reuters.com/world/who-panel-2022-09-09/", (PAGES / "wire.html").read_bytes(),
            when="2022-09-10T06:00:00Z"),
    capture("https://www.reuters.com/world/who-panel-2022-09-09/", b"", kind="request"),
    capture("https://coast-news.example/harbour", UNDATED_PAGE),
    capture("https://coast-news.example/logo.jpg", b"\xff\xd8\xff\xe0", content_type="image/jpeg"),
    capture("https://coast-news.example/old", b"", status="301 Moved Permanently"),
    capture("https://coast-news.example/gone", b"<html>Not found</html>", status="404 Not Found"),
    capture("https://coast-news.example/harbour?ref=home", UNDATED_PAGE),  # the same page again
    capture("https://coast-news.example/harbour", b"", kind="revisit"),
    capture("https://notesfromashby.example/fete", (PAGES / "blog.html").read_bytes()),
]


@pytest.mark.parametrize("gzipped", [True, False])
def test_warc_html_responses_are_articles(tmp_path: Path, gzipped: bool) -> None:
    data = make_warc(CRAWL, gzip=gzipped)
    path = write(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), data)
    docs, warnings = load([path])
    at = offsets(data)
    assert [d.id for d in docs] == [f"crawl:{at[0]}", f"crawl:{at[2]}", f"crawl:{at[8]}"]
    assert warnings == [
        f"{path}: read 3 HTML pages; skipped 1 response not HTML (1 image/jpeg), 2 pages with a "
        "status other than 200 (1 301, 1 404), 1 revisit record(s) (a capture stored elsewhere), "
        "1 duplicate(s) of a page already read"
    ]
    wire, harbour, blog = docs
    assert all(d.path == str(path) for d in docs)
    # The page's own date comes first; the capture's day only stands in for the undated page.
    assert (wire.published.isoformat(), wire.published_from) == ("2022-09-09", "metadata")
    assert (harbour.published.isoformat(), harbour.published_from) == ("2023-05-10", "archive")
    assert (blog.published.isoformat(), blog.published_from) == ("2023-06-12", "metadata")
    # Its address is where the archive captured it; its outlet the page's, else that address's.
    assert wire.url == "https://www.reuters.com/world/who-panel-2022-09-09/" and wire.outlet == "Reuters"
    assert (harbour.url, harbour.outlet) == ("https://coast-news.example/harbour", "coast-news.example")
    assert (harbour.title, blog.outlet) == ("Harbour plan agreed", "Notes from Ashby")
    assert harbour.text.startswith("Harbour plan agreed\n\nThe council agreed the harbour plan on Monday")


def test_a_broken_record_is_one_warning_and_the_others_are_kept(tmp_path: Path) -> None:
    pages = [capture(f"https://coast-news.example/{n}", UNDATED_PAGE.replace(b"Monday", day))
             for n, day in enumerate([b"Monday", b"Tuesday", b"Friday"])]
    plain = make_warc(pages, gzip=False)
    at = offsets(plain)
    broken_plain = plain[: at[1]] + b"WARC/9.9 garbage\r\n" + plain[at[1] + 10:]
    packed = make_warc(pages)
    at_packed = offsets(packed)
    middle = (at_packed[1] + at_packed[2]) // 2
    broken_packed = packed[:middle] + b"\x00" * 64 + packed[middle + 64:]
    for name, data, offset in [("plain.warc", broken_plain, at[1]), ("packed.warc.gz", broken_packed,
                                                                     at_packed[1])]:
        path = write(tmp_path / name, data)
        docs, warnings = load([path])
        assert [d.text.split("on ")[1].split(",")[0] for d in docs] == ["Monday", "Friday"], name
        assert len(warnings) == 1 and warnings[0].startswith(f"{path}: broken record at offset {offset} (")
        assert warnings[0].endswith("); skipped") and "\n" not in warnings[0]


@pytest.mark.parametrize("cut", [40, 300, -150])
def test_a_truncated_archive_keeps_the_records_before_the_cut(tmp_path: Path, cut: int) -> None:
    pages = [capture(f"https://coast-news.example/{n}", UNDATED_PAGE.replace(b"Monday", day))
             for n, day in enumerate([b"Monday", b"Tuesday", b"Friday"])]
    for name, data in [("cut.warc.gz", make_warc(pages)), ("cut.warc", make_warc(pages, gzip=False))]:
        at = offsets(data)
        path = write(tmp_path / name, data[: at[2] + cut if cut > 0 else len(data) + cut])
        docs, warnings = load([path])
        assert [d.id for d in docs] == [f"cut:{at[0]}", f"cut:{at[1]}"], name
        assert len(warnings) == 1, warnings
        assert warnings[0].startswith(f"{path}: broken record at offset {at[2]} (")
        assert warnings[0].endswith("); skipped, and no record after it")
    # A record whose data ends early says so.
    assert "(cut short: the archive ends inside it)" in warnings[0] or cut == 40


def test_not_an_archive(tmp_path: Path) -> None:
    page = write(tmp_path / "page.warc", UNDATED_PAGE)
    packed_page = write(tmp_path / "page.warc.gz", gzip.compress(UNDATED_PAGE))
    junk = write(tmp_path / "junk.warc.gz", bytes(range(256)) * 20)
    empty = write(tmp_path / "empty.warc", b"")
    with pytest.raises(InputError) as error:
        load([page, packed_page, junk, empty])
    assert str(error.value).endswith("4 problems, see the warnings above")
    docs, warnings = load([page, packed_page, junk, empty, write(tmp_path / "good.txt", "The port closed.")])
    assert [d.id for d in docs] == ["good"]
    assert warnings == [
        *(f"{path}: skipped, not a WARC archive (no WARC record header there)"
          for path in (page, packed_page, junk)),
        f"{empty}: empty file",
    ]


def test_warc_bomb_is_cut(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compressed, "MIN_INFLATED", 1024 * 1024)
    pages = [capture("https://coast-news.example/1", UNDATED_PAGE),
             capture("https://coast-news.example/big", b" " * (8 * 1024 * 1024), content_type="text/plain"),
             capture("https://coast-news.example/2", UNDATED_PAGE.replace(b"Monday", b"Friday"))]
    data = make_warc(pages)
    path = write(tmp_path / "bomb.warc.gz", data)
    docs, warnings = load([path])
    at = offsets(data)
    assert [d.id for d in docs] == [f"bomb:{at[0]}"]
    assert warnings[0] == (
        f"{path}: inflates to over 1 MB (100 times its size or 1 MB, a decompression bomb?); "
        f"the records from offset {at[1]} on were not read"
    )


# Every hostile variant at once, through the command line --------------------------------------


def test_hostile_inputs_end_in_one_line_warnings_and_the_others_survive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from timeline.cli import cli

    monkeypatch.setattr(compressed, "MIN_INFLATED", 1024 * 1024)
    folder = tmp_path / "story"
    pdf_bytes = make_pdf(PDF_PAGES)
    write(folder / "cut.pdf", pdf_bytes[: len(pdf_bytes) // 2])
    write(folder / "scan.pdf", make_pdf([], image_pages=1))
    write(folder / "corrupt.docx", make_docx(PORT)[:700])
    pages = [capture("https://coast-news.example/1", UNDATED_PAGE),
             capture("https://coast-news.example/2", UNDATED_PAGE.replace(b"Monday", b"Friday"))]
    archive = make_warc(pages, gzip=False)
    write(folder / "broken.warc", archive.replace(b"WARC/1.", b"WARC/7.", 1))
    with gzip.open(folder / "bomb.jsonl.gz", "wb") as out:
        out.write(jsonl(RECORDS) + b" " * (8 * 1024 * 1024))
    write(folder / "notes.xlsx", b"PK")
    write(folder / "port.docx", make_docx(PORT, created="2023-03-02T10:00:00"))
    write(folder / "who.pdf", make_pdf(PDF_PAGES, {"CreationDate": "D:20220909"}))
    result = CliRunner().invoke(cli, ["build", str(folder), "-f", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    documents = json.loads(result.stdout)["documents"]
    # The archive's second record, the bomb's records before the cut, the good Word file and PDF.
    assert sorted(d["id"] for d in documents) == [f"broken:{offsets(archive)[1]}", "council", "port", "who",
                                                  "who#2"]
    warnings = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert "Traceback" not in result.stderr
    for name in ("cut.pdf", "scan.pdf", "corrupt.docx", "broken.warc", "bomb.jsonl.gz", " .xlsx "):
        assert any(name in line for line in warnings), name
