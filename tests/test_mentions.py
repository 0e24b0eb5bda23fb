from datetime import date

from timeline.mentions import extract_mentions
from timeline.model import Document

BODY = (
    "Flu outbreak closes schools\n\n"
    "Health officials closed every school in the capital to slow the outbreak of the new flu.\n"
    "The minister said on Monday that the measure would last a week.\n"
)


def document(text=BODY, published=date(2009, 4, 29), published_from="metadata"):
    return Document("a", "a.txt", "Flu outbreak closes schools", text, published, published_from)


def test_undated_lead_is_dated_by_publication():
    mentions = extract_mentions(document())
    lead = [m for m in mentions if m.implicit]
    assert len(lead) == 1
    assert lead[0].period.value == "2009-04-29" and lead[0].expression.text == ""
    assert lead[0].sentence.startswith("Health officials closed every school")
    # "on Monday", said in an article of Wednesday 29 April 2009: Monday 27 April.
    assert [m.period.value for m in mentions if not m.implicit] == ["2009-04-27"]


def test_dated_lead_gets_no_implicit_mention():
    text = BODY.replace("closed every school", "on Tuesday closed every school")
    assert not [m for m in extract_mentions(document(text)) if m.implicit]


def test_an_article_that_opens_with_a_question_has_no_implicit_lead():
    lead = "Health officials closed every school in the capital to slow the outbreak of the new flu."
    text = BODY.replace(lead, "How can we stop the outbreak of the new flu in the schools of the capital?")
    assert not [m for m in extract_mentions(document(text)) if m.implicit]


def test_inferred_publication_date_is_not_evidence():
    assert not [m for m in extract_mentions(document(published_from="inferred")) if m.implicit]


def test_offsets_point_into_the_document():
    doc = document()
    for mention in extract_mentions(doc):
        expression = mention.expression
        assert doc.text[expression.start : expression.end] == expression.text
        assert doc.text[mention.sentence_start :].startswith(mention.sentence)


def test_a_timestamp_read_past_its_metadata_span_is_still_metadata(tmp_path):
    """The header parser may stop at "12:00" where the resolver reads "12:00:00 GMT": the
    expression overlaps the metadata span and is no mention (it once crashed the build)."""
    from timeline import build, load_documents

    path = tmp_path / "b.txt"
    path.write_text("Storm aftermath\nThu, 08 Sep 2022 12:00:00 GMT\n\n"
                    "Crews began repairs on Thursday. The storm hit on Wednesday.\n")
    (doc,) = load_documents([str(path)], warn=lambda message: None)
    assert doc.published == date(2022, 9, 8)
    mentions = extract_mentions(doc)
    assert [m.expression.text for m in mentions if not m.implicit] == ["Thursday", "Wednesday"]
    events = build([doc], warn=lambda message: None).events
    assert sorted(e.period.value for e in events) == ["2022-09-07", "2022-09-08"]


def test_a_sentence_wrapped_over_two_lines_keeps_its_tense():
    """"will expire on\nFriday": the future of the first line dates the Friday of the second."""
    text = "Offer extended\n\nThe offer will expire on\nFriday, the company said.\n"
    doc = Document("a", "a.txt", "Offer extended", text, date(2022, 9, 7), "metadata")
    (friday,) = [m for m in extract_mentions(doc) if not m.implicit]
    assert friday.period.value == "2022-09-09"  # the Friday after Wednesday Sept. 7
    # the sentence is the article's own text, line break and all
    assert friday.sentence == "The offer will expire on\nFriday, the company said."
