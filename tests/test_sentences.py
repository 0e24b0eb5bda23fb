from timeline.sentences import clean_title, split_sentences


def texts(text):
    return [s.text for s in split_sentences(text)]


def test_abbreviations_do_not_end_sentences():
    text = "The report was released on Aug. 31 by the U.N. office. Mr. Chen spoke Friday."
    assert texts(text) == [
        "The report was released on Aug. 31 by the U.N. office.",
        "Mr. Chen spoke Friday.",
    ]


def test_line_breaks_end_sentences_and_offsets_give_back_text():
    text = "Headline without a full stop\n\n  • A bullet point\nBody one. Body two."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Headline without a full stop",
        "A bullet point",
        "Body one.",
        "Body two.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == [0, 1, 2, 3]


def test_quotes_close_sentences():
    assert texts('"We will continue," he said. China agreed.') == [
        '"We will continue," he said.',
        "China agreed.",
    ]


def test_boilerplate_lines_are_marked():
    text = (
        "Read more: Earthquake kills 40\nReporting by Jane Roe; Editing by John Doe\n"
        "AP file photo\nComments are moderated.\nThe council met on Monday."
    )
    flags = [(s.text, s.boilerplate) for s in split_sentences(text)]
    assert [flag for _, flag in flags] == [True, True, True, True, False]


def test_clean_title_drops_credits_and_link_stubs():
    assert clean_title("Bachelet attends a news conference, August 25, 2022. PHOTO: REUTERS") == (
        "Bachelet attends a news conference, August 25, 2022."
    )
    assert clean_title("The report was found.  read more") == "The report was found."
