"""Which language an article is read in, and what follows from it: detected when nothing
declares it, overridden by a record's field, a page's ``lang`` or ``--lang``; a language
without a pack gets a warning and its numeric dates only; a collection may mix languages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import BuildOptions, build, load_documents, resolve
from timeline.cli import cli
from timeline.dates.lang import available, reading_language
from timeline.dates.lang.detect import detect

FRIDAY = date(2022, 9, 9)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The two ministers met on Thursday and agreed to meet again next week.", "en"),
        ("Die beiden Minister trafen sich am Donnerstag und wollen sich nächste Woche wieder treffen.", "de"),
        ("Les deux ministres se sont rencontrés jeudi et se reverront la semaine prochaine.", "fr"),
        ("Los dos ministros se reunieron el jueves y volverán a verse la próxima semana.", "es"),
        ("Os dois ministros reuniram-se na quinta-feira e voltam a encontrar-se na próxima semana.", "pt"),
        ("Два министра встретились в четверг и снова встретятся на следующей неделе.", "ru"),
    ],
)
def test_the_language_of_a_text_is_detected(text: str, code: str) -> None:
    assert detect(text) == code


@pytest.mark.parametrize("text", ["Shr 45 cts vs 58 cts Net 1.1 mln vs 829,000", "2022-09-08", "OK", ""])
def test_a_text_that_says_too_little_is_read_in_the_default_language(text: str) -> None:
    assert detect(text) == ""
    assert reading_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The minister said that the talks with the unions had failed and that the strike was to go on "
         "for the rest of the week, as it has been for two weeks.", "en"),
        ("Der Minister sagte, dass die Gespräche mit den Gewerkschaften gescheitert seien und der Streik "
         "von Montag an auf unbestimmte Zeit fortgesetzt wird, wie es die Gewerkschaft will.", "de"),
        ("Le ministre a dit que les négociations avec les syndicats ont échoué et que la grève est "
         "reconduite pour le reste de la semaine dans les transports et aux ports du pays.", "fr"),
    ],
)
def test_a_text_full_of_one_pack_s_function_words_is_told_without_the_model(text: str, code: str) -> None:
    from timeline.dates.lang.detect import clear_language

    assert clear_language(text) == code
    assert detect(text) == code


def test_a_text_without_clear_function_words_is_left_to_the_model() -> None:
    from timeline.dates.lang.detect import clear_language

    # a table of figures, and Spanish (no pack lists its function words here): no vote is clear
    assert clear_language("Shr 45 cts vs 58 cts Net 1.1 mln vs 829,000 Revs 12.5 mln vs 10.1 mln") == ""
    spanish = "El ministro dijo que las negociaciones con los sindicatos han fracasado."
    assert clear_language(spanish) in ("", "es")


def test_a_declared_language_is_not_second_guessed() -> None:
    assert reading_language("The council met on Thursday in Geneva.", "fi") == "fi"


def test_resolve_detects_the_language_when_none_is_given() -> None:
    text = "Совет собрался 08.09.2022 в Женеве, а не в пятницу 9 мая."
    # Russian has no pack: its numeric date only, whatever the anchor
    assert [(e.text, e.value) for e in resolve(text, anchor=FRIDAY)] == [("08.09.2022", "2022-09-08")]
    english = "The council met on Thursday in Geneva."
    assert [e.value for e in resolve(english, anchor=FRIDAY)] == ["2022-09-08"]


def test_a_language_without_a_pack_has_its_unambiguous_numeric_dates_read() -> None:
    text = "The council met on Friday, 2022-09-08T10:00Z, and on 07.09.2022, and 2022/09/06; not 09/05/2022."
    found = [(e.text, e.value) for e in resolve(text, anchor=FRIDAY, language="fi")]
    assert found == [("2022-09-08T10:00Z", "2022-09-08T10:00"), ("07.09.2022", "2022-09-07"),
                     ("2022/09/06", "2022-09-06")]
    assert "fi" not in available()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_each_article_is_read_in_its_own_language(tmp_path: Path) -> None:
    """Detected for text files, declared by records, and ``language=`` (--lang) over both."""
    write(tmp_path, "en.txt", "The council met on Thursday in Geneva to discuss the report.\n")
    write(tmp_path, "ru.txt", "Совет собрался в четверг в Женеве, чтобы обсудить доклад.\n")
    records = [{"id": "declared", "language": "fi", "text": "The council met on Thursday in Geneva."}]
    write(tmp_path, "feed.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    warnings: list[str] = []
    docs = load_documents([tmp_path], warn=warnings.append)
    assert {d.id: (d.language, d.read_in) for d in docs} == {
        "en": ("", "en"), "ru": ("", "ru"), "declared": ("fi", "fi")}
    # one warning a file and language without a pack, naming both
    unread = (("feed.jsonl", "fi"), ("ru.txt", "ru"))
    assert sorted(warnings) == sorted(
        f"{tmp_path / name}: written in {code!r}, a language timeline has no pack for; only its "
        "numeric dates (2022-09-08, 08.09.2022) are read" for name, code in unread)
    forced = load_documents([tmp_path], warn=warnings.append, language="en")
    assert {d.id: (d.language, d.read_in) for d in forced} == {
        "en": ("", "en"), "ru": ("", "en"), "declared": ("fi", "en")}


def test_a_collection_may_mix_languages_and_its_events_meet_on_names_and_numbers(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "GENEVA (Reuters) - Michelle Bachelet released the Xinjiang report on "
          "2022-08-31, with 46 pages of findings.\n")
    write(tmp_path, "b.txt", "ЖЕНЕВА - Мишель Бачелет опубликовала доклад о Синьцзяне 31.08.2022: "
          "46 страниц выводов, Bachelet, Xinjiang.\n")
    docs = load_documents([tmp_path], published=None, warn=lambda message: None)
    assert [d.read_in for d in docs] == ["en", "ru"]
    chronology = build(docs)
    days = [e for e in chronology.events if e.period.value == "2022-08-31"]
    assert len(days) == 1 and days[0].documents == ("a", "b")


def test_lang_option(tmp_path: Path) -> None:
    write(tmp_path, "ru.txt", "Совет собрался в четверг, 08.09.2022, в Женеве.\n")
    runner = CliRunner()
    result = runner.invoke(cli, ["dates", str(tmp_path), "--json", "--published", "2022-09-09"])
    assert [json.loads(line)["value"] for line in result.stdout.splitlines()] == ["2022-09-08"]
    assert "written in 'ru'" in result.stderr
    result = runner.invoke(cli, ["dates", str(tmp_path), "--json", "--lang", "FI-fi", "-q"])
    assert result.exit_code == 0 and result.stderr == ""
    bad = runner.invoke(cli, ["build", str(tmp_path), "--lang", "Finnish"])
    assert bad.exit_code == 1 and "--lang 'Finnish'" in bad.stderr


def test_key_tokens_are_words_of_any_script() -> None:
    """A pack's key and start tokens may be any lower-case letters: "märz" is tried near
    "MÄRZ" and "März", and not inside a longer word."""
    import dataclasses

    from timeline.dates import engine
    from timeline.dates.lang.numeric import PACK
    from timeline.dates.records import Example, Rule

    rule = Rule("month", r"(?P<m>märz)\s+(?P<y>\d{4})", {"märz"}, {"märz"},
                lambda m, st: ("DATE", f"{m['y']}-03", ""),
                examples=(Example("im März 2022", "März 2022", "2022-03"),))
    idx = engine.Index(dataclasses.replace(PACK, code="xx", rules=(rule,)))
    assert idx.token_keys("Im MÄRZ 2022 und im Märzen") == {"märz": [3], "#year": [8]}
    found = engine.run(idx, "Im MÄRZ 2022 war es kalt.", FRIDAY)
    assert [(e.text, e.value) for e in found] == [("MÄRZ 2022", "2022-03")]
    assert engine.WORD.fullmatch("sábado") and engine.WORD.fullmatch("août")


def test_merge_terms_are_words_of_any_script() -> None:
    from timeline.merge import content_terms

    assert {"türk", "bachelet"} <= content_terms("Volker Türk succeeds Bachelet.")
    assert "märz" in content_terms("Die Regierung tagte im März.", language="fi")


# German, end to end ---------------------------------------------------------------------

GERMAN = (
    "Regierung beschließt Klimapaket\n\n"
    "BERLIN (dpa) - Die Bundesregierung hat am Mittwoch das Klimapaket beschlossen. Es soll "
    "am 1. Januar in Kraft treten, sagte Dr. Müller am 31. August in Berlin. Die Minister "
    "hatten sich bereits vergangene Woche geeinigt. Am kommenden Montag berät der Bundestag.\n"
)


def german_dates(text: str, anchor: date = FRIDAY) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in resolve(text, anchor=anchor)]


def test_german_tense_cues_point_a_bare_date_back_or_ahead() -> None:
    """A past auxiliary with a participle ("hat ... beschlossen", "hatte ... gesagt") points
    back; "wird", "soll" and "am kommenden" point ahead."""
    past, ahead = [("Mittwoch", "2022-09-07")], [("Mittwoch", "2022-09-14")]
    assert german_dates("Die Regierung hat das Gesetz am Mittwoch beschlossen.") == past
    assert german_dates("Die Regierung wird das Gesetz am Mittwoch beschließen.") == ahead
    assert german_dates("Er hatte am 30. November gesagt, er komme.") == [("30. November", "2021-11-30")]
    assert german_dates("Die Wahl soll am 30. November stattfinden.") == [("30. November", "2022-11-30")]
    assert german_dates("Am kommenden Montag berät der Bundestag.") == [("kommenden Montag", "2022-09-12")]


def test_an_ordinal_dot_ends_no_german_sentence() -> None:
    from timeline.sentences import split_sentences

    text = "Dr. Müller sprach am 31. August in Berlin. Die Wahl ist am 9. Oktober. Das ist z. B. neu."
    assert [s.text for s in split_sentences(text, "de")] == [
        "Dr. Müller sprach am 31. August in Berlin.", "Die Wahl ist am 9. Oktober.", "Das ist z. B. neu."]
    # read as English, "31." ends a sentence: the split is the language's
    assert len(split_sentences(text, "en")) > 3


def test_a_german_article_is_read_in_german(tmp_path: Path) -> None:
    write(tmp_path, "klima.txt", GERMAN)
    docs = load_documents([tmp_path], published=None, warn=lambda message: None)
    (doc,) = docs
    assert (doc.read_in, doc.outlet, doc.outlet_from) == ("de", "dpa", "dateline")
    chronology = build(docs, BuildOptions(), warn=lambda message: None)
    assert chronology.events == ()  # no publication date: nothing to anchor "am Mittwoch" to
    dated = load_documents([tmp_path], published=_published("2022-09-09"), warn=lambda message: None)
    values = {e.period.value for e in build(dated).events}
    assert {"2022-09-07", "2023-01-01", "2022-08-31", "2022-W35", "2022-09-12"} <= values


def test_a_german_header_line_dates_the_article(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Stadtrat tagt\nVeröffentlicht am 31. August 2022, 14:03 Uhr\n\n"
          "Der Stadtrat hat am Dienstag über den Haushalt beraten und ihn beschlossen.\n")
    (doc,) = load_documents([tmp_path], warn=lambda message: None)
    assert (doc.read_in, doc.published, doc.published_from) == ("de", date(2022, 8, 31), "header")


def _published(value: str):
    from timeline.documents import parse_published_options

    return parse_published_options([value])


def test_french_relations_follow_their_noun() -> None:
    """French puts "dernier" and "prochain" after the noun, and dates "le 31 août" by its tense."""
    assert german_dates("Le conseil s'est réuni jeudi dernier.") == [("jeudi dernier", "2022-09-08")]
    assert german_dates("L'envoyé se rend à Pékin la semaine prochaine.") == [
        ("la semaine prochaine", "2022-W37")]
    assert german_dates("Le rapport a été publié le 31 août.") == [("le 31 août", "2022-08-31")]
    assert german_dates("La mine a fermé il y a trois ans.") == [("il y a trois ans", "2019")]
    assert german_dates("Les travaux reprendront en mai.") == [("mai", "2023-05")]
