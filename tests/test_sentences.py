import pytest

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
    # a page's headline, time stamp and first sentence on one line: the headline
    assert clean_title("Zoo pig placed in quarantine Wednesday 6 May 2009 15.16 BST It was lonely.") == (
        "Zoo pig placed in quarantine"
    )
    assert clean_title("Photograph: PA Two Britons have the virus.") == "Two Britons have the virus."
    assert clean_title("Photo: US troops patrol the town.") == "Photo: US troops patrol the town."
    # a wire dateline left at the head of a sentence
    assert clean_title("2009 05 3 08:53 JST MEXICO CITY (Reuters) - Flu cases fell.") == "Flu cases fell."
    assert clean_title("The WHO (in Geneva) - said so.") == "The WHO (in Geneva) - said so."


def test_hard_wrapped_wire_copy_is_joined_into_sentences():
    text = (
        "Showers continued throughout the week in\n"
        "the cocoa zone, alleviating the drought since early\n"
        "January and improving prospects for the coming crop,\n"
        "although normal humidity levels have not been restored,\n"
        "the trade house said in its weekly review.\n"
        "    The dry period means the crop will be late this year.\n"
        "    Arrivals for the week ended February 22 were 155,221 bags\n"
        "of 60 kilos, against 5.81 mln at the same stage last year.\n"
    )
    sentences = texts(text)
    assert len(sentences) == 3
    assert sentences[0].startswith("Showers") and sentences[0].endswith("weekly review.")
    assert sentences[2].endswith("last year.")


def test_short_lines_of_a_normal_article_stay_apart():
    text = "Flu outbreak closes schools\nHealth officials closed schools.\nThe minister spoke on Monday."
    assert texts(text) == [
        "Flu outbreak closes schools",
        "Health officials closed schools.",
        "The minister spoke on Monday.",
    ]


@pytest.mark.parametrize("sentence, title", [
    (r"Photograph: Miguel Tovar\/AP Health officials across the world scrambled.",
     "Health officials across the world scrambled."),
    ("Photograph: Ismael Francisco/AFP/Getty Images Raul Castro wants to end it.",
     "Raul Castro wants to end it."),
    ("Photographers gathered outside the hospital on Friday.",
     "Photographers gathered outside the hospital on Friday."),
    # all credit: the title keeps the words rather than nothing
    ("Photo: Reuters", "Photo: Reuters"),
])
def test_titles_lose_a_photo_credit_run_into_them(sentence, title):
    assert clean_title(sentence) == title


def test_an_endless_sentence_is_cut_into_pieces_at_spaces():
    from timeline.sentences import MAX_SENTENCE_CHARS

    text = "Results: " + "Aug. 31 Leeds 2 Hull 1 " * 300  # a table run into one line
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start:s.end] == s.text and s.text == s.text.strip() for s in sentences)
    # nothing is lost: the pieces cover every word, in order
    assert " ".join(s.text for s in sentences).split() == text.split()


def test_a_line_that_stops_mid_sentence_runs_on():
    text = ("Conditions will be set on March 11 and payment date is\nMarch 30.\n"
            "Storm hits coast\nThe storm made landfall on the\ncoast, officials\nsaid.\n")
    assert [s.text.replace("\n", " ") for s in split_sentences(text)] == [
        "Conditions will be set on March 11 and payment date is March 30.",
        "Storm hits coast",  # a headline: nothing runs on from it
        "The storm made landfall on the coast, officials said.",
    ]


def test_a_line_that_ends_a_sentence_is_a_unit_even_before_lower_case():
    # readers' comments often start a sentence in lower case: the line before had ended its own
    text = "I asked the clinic about it twice.\nthen they called me back on Monday.\n"
    assert [s.text for s in split_sentences(text)] == [
        "I asked the clinic about it twice.",
        "then they called me back on Monday.",
    ]
    # a line cut mid-sentence goes on in lower case on the next
    assert len(split_sentences("The jury was told on Monday\nthat the case would resume.\n")) == 1


@pytest.mark.parametrize(
    "sentence, title",
    [
        # a headline run into the sentence on one line, joined by a capitalized "The"
        ("US: one death, at least 91 confirmed cases The Mexican boy had arrived in Texas on 4 April "
         "and fell ill four days later, officials said.",
         "The Mexican boy had arrived in Texas on 4 April and fell ill four days later, officials said."),
        # a headline and a standfirst, each run into what follows
        ("Flu outbreak reaches Europe The UN has warned that the virus could become a pandemic The first "
         "cases of the flu have been confirmed in Spain.",
         "The first cases of the flu have been confirmed in Spain."),
        # a headline in capitals before the sentence
        ("FIRST CONFIRMED CASE IN SPAIN Spain confirmed its first case of the new flu on Monday, the "
         "health ministry said.",
         "Spain confirmed its first case of the new flu on Monday, the health ministry said."),
        # "The" after a word that names a newspaper is part of the sentence
        ("The affair was first reported by the newspaper The Times on Friday after a long inquiry.",
         "The affair was first reported by the newspaper The Times on Friday after a long inquiry."),
        ("Officials told The Associated Press on Friday that the talks had failed again.",
         "Officials told The Associated Press on Friday that the talks had failed again."),
    ],
)
def test_titles_lose_a_headline_run_into_them(sentence, title):
    assert clean_title(sentence) == title


def test_unwrapped_joins_the_lines_of_a_paragraph_and_keeps_offsets():
    from timeline.sentences import unwrapped

    text = "Storm hits coast\n\nThe offer will expire on\nFriday, the company said.\nA new line.\n"
    flat = unwrapped(text)
    assert len(flat) == len(text)
    assert "expire on Friday, the company said." in flat
    # the headline, the paragraph break and the line that ends its sentence stay
    assert flat.startswith("Storm hits coast\n\n") and "said.\nA new line." in flat
    assert unwrapped("One line.\nAnother line.\n") == "One line.\nAnother line.\n"


@pytest.mark.parametrize("line", [
    # notices about readers' comments
    "Comments are closed.",
    "Comments for this story are now closed.",
    "This entry is now closed for comments.",
    "Add your comment",
    "Your comments",
    "A selection of your comments will be printed in Saturday's paper.",
    "Please leave a comment below.",
    "Have your say on the new bus routes",
    "Send us your views using the form below.",
    "Sign in to comment",
    "14 comments",
    "Readers may contact the office of the ombudsman on weekdays.",
    # a programme page: when a recording can be heard and when it went out
    "Available until 11:59 PM Sun, 31 Dec 2051",
    "First broadcast BBC Radio 3, 10:00 PM Mon, 5 Sep 2022",
    "Broadcast on BBC Two, 9:00 PM Fri, 2 Sep 2022 Available until 9:00 PM Fri, 2 Sep 2099",
])
def test_comment_and_availability_notices_are_boilerplate(line):
    assert [s.boilerplate for s in split_sentences(line + "\nThe council met on Monday.")] == [True, False]


@pytest.mark.parametrize("line", [
    "Comments by the minister angered the unions on Friday.",
    "Your comments about the court were unwise, the judge said on Tuesday.",
    "Broadcast on Channel 4 last night, the film drew two million viewers.",
    "Tickets are available until Friday, the organisers said.",
    "Voters have their say on Sunday.",
    "At 9:05 pm on 3 Sep 2022, the minister wrote to the families.",
    "The video, posted by the ministry on 2 May 2012, showed the attack.",
])
def test_reporting_that_mentions_comments_or_broadcasts_is_not_boilerplate(line):
    assert [s.boilerplate for s in split_sentences(line)] == [False]


def test_a_comment_header_run_into_a_line_starts_furniture_there():
    text = ("A fair point, I think:) At 9:05 pm on 3 Sep 2022, RiverWatcher wrote: I disagree.\n"
            "At 9:12 pm on 3 Sep 2022, NoonDayBlues: Keep calm!\nwrote: Quite so.\n"
            "Lovely beaches Posted by sandytoes 4 Sep 2022 The ferry was late.\n"
            "The council met on Monday.")
    sentences = split_sentences(text)
    assert [(s.text, s.boilerplate) for s in sentences] == [
        ("A fair point, I think:)", False),
        ("At 9:05 pm on 3 Sep 2022, RiverWatcher wrote: I disagree.", True),
        # a motto after the user's name: "wrote:" goes to the next line
        ("At 9:12 pm on 3 Sep 2022, NoonDayBlues: Keep calm!", True),
        ("wrote: Quite so.", True),
        ("Lovely beaches", False),
        ("Posted by sandytoes 4 Sep 2022 The ferry was late.", True),
        ("The council met on Monday.", False),
    ]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == list(range(7))
