"""English words of running text, read by the stages around the resolver through this
pack: where a sentence does not end (abbreviations), page furniture (credits, "Read more",
readers' comments), the words a headline run into a sentence shows itself by, function
words (stop words, a line that runs on), and the words that make a date a bound ("until").
"""

from __future__ import annotations

import re

from timeline.dates.lang.en.vocabulary import MONTHS
from timeline.dates.records import HeaderForms, TextPack

# Words that end with a period without ending the sentence (lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st ft mt jr sr rev hon
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc bros no nos vol fig vs etc approx dept est univ ave blvd rd
    e.g i.e u.s u.k u.n u.s.a e.u a.m p.m
    """.split()
)

# Whole lines that are page furniture, not reporting: links, credits, notices.
BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        read\ more\b | see\ also\b | related\b: | click\ here | sign\ up | subscribe |
        follow\ us | share\ this | advertisement$ |
        (?:additional\ )?reporting\ by\b | (?:writing|editing|compiled)\ by\b |
        contact\ the\ writers?\b | our\ standards\b | comments\ are\ moderated |
        for\ more\ information,\ please\ see | replying\ to\b | all\ rights\ reserved |
        copyright\b | © | \(?(?:ap|afp|reuters|getty)?\ ?(?:file\ )?photos?\b[^.]{0,40}$ |
        photo:\ | image\ caption | image\ copyright | media\ caption |
        # readers' comments under web articles, and the notices around them
        at\ \d{1,2}[:.]\d{2}\b[^\n]{0,80}?\bwrote: | wrote: | this\ comment\ was\ removed |
        posted\ by\b | report\ (?:this\ )?comment | (?:\d+\ )?recommend(?:ed)?$ |
        comments?\ (?:for\ this\ (?:entry|post|story|article)\ )?(?:are|is|have\ been)\ (?:now\ )?
            (?:closed|disabled|switched\ off|suspended) |
        this\ (?:entry|post|story|article|discussion|debate)\ (?:is|has)\ (?:now\ )?(?:been\ )?closed |
        (?:a\ selection\ of\ )?your\ comments(?:\ (?:may|will|can|could|might)\b|\s*:?$) |
        (?:please\ )?(?:get\ involved\ and\ )?(?:add|post|leave|write)\ (?:a|your)\ comments?\b |
        comment\ on\ this\ (?:entry|post|story|article|blog)\b | have\ your\ say\b |
        (?:you\ can\ )?send\ (?:us\ )?your\ (?:comments|views|experiences|questions|stories
            |pictures|photos)\b |
        sign\ in\ to\ (?:comment|post|recommend|reply) | \d+\ comments?$ |
        readers\ may\ contact\b |
        # programme pages: when a recording may be heard, when it went out
        available\ (?:until|till)\b | first\ broadcast\b | broadcast\ on\ [^,\n]{1,40},\ \d{1,2}[:.]\d{2}
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# A reader's comment begins, perhaps in the middle of a line run on from the comment before:
# "At 4:28 pm on 26 Jun 2009, Mrsworrier wrote:", "Posted by madfortravel 22 Jan 2012" (a user
# name is one word, perhaps with a motto after a colon). The header and the comment after it are
# furniture, as a line opening with one is.
_HEADER_DAY = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?"
               r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}")
COMMENT_HEADER = re.compile(
    rf"\bAt\s+\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?\s?m\.?)?,?\s+(?:on\s+)?{_HEADER_DAY},"
    rf"\s+\S+(?::[^\n]{{1,40}}?)?\s+wrote:"
    rf"|\b(?:Re:\s+)?Posted\s+by\s+[\w.-]+(?:\s+[\w.-]+)?\s*(?:on\s+|at\s+|[-–—,]\s*)?{_HEADER_DAY}\b"
)

# Credits and link stubs trailing a real sentence: "... 2022. PHOTO: REUTERS", "... read more".
TRAILING_FURNITURE = re.compile(
    r"(?:\s*\(?\bPHOTO\s*[:/]\s*[A-Z][A-Z /]*\)?\.?|\s+read more|\s*\((?:AP|Reuters|AFP) Photo[^)]*\))\s*$",
    re.IGNORECASE,
)

# A photo credit run into the sentence after it: "Photograph: Miguel Tovar/AP Health officials ...".
_PHOTO_AGENCY = (r"(?:AP|Reuters|AFP|Getty\s+Images|Rex(?:\s+Features)?|Zuma|EPA|PA|Corbis|Bloomberg"
                 r"|Xinhua|Alamy|Shutterstock)")
LEADING_CREDIT = re.compile(
    r"^(?:Photograph|Photo|Picture|Image)s?\s*:\s*"
    # "Photograph: Miguel Tovar/AP", or an agency alone: "Photograph: PA"
    rf"(?:[^.:]{{1,80}}?(?:\\?/\s*(?:{_PHOTO_AGENCY}|[A-Z]{{2,6}}))+|{_PHOTO_AGENCY})\s+(?=\S)",
    re.IGNORECASE,
)

# A wire dateline left at the head of a sentence (the article's own is metadata already):
# "2009 05 3 08:53 JST MEXICO CITY (Reuters) - Mexico's flu outbreak ...".
LEADING_DATELINE = re.compile(
    r"^[^()]{0,120}?\((?:Reuters|AP|AFP|UPI|Bloomberg|Xinhua|dpa|PA|CNN|BBC)\)\s*(?:-{1,2}|–|—)\s*(?=\S)"
)

# A page's time stamp printed between its headline and first sentence: "Zoo animal placed in
# quarantine Wednesday 6 May 2009 15.16 BST It was lonely ...". The title is the headline.
INNER_STAMP = re.compile(
    r"\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s\d{1,2}\s[A-Z][a-z]+,?\s\d{4},?\s"
    r"\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?\s"
)

# A line that ends on a word no sentence or headline ends with runs on to the next line.
RUNS_ON = re.compile(
    r"(?:,|\b(?:a|an|the|of|to|in|on|at|for|with|from|by|and|or|but|is|are|was|were|be|been|has|"
    r"have|had|will|would|that|which|who|its|their|his|her|as|than))[ \t]*$"
)

# A headline or caption printed on the line of the sentence after it, with no stop between:
# "US: one death, at least 91 confirmed cases The Mexican boy had arrived ...". A word that
# only opens a sentence (a capitalized article, pronoun or conjunction) after a lower-case word
# marks the seam, unless the word before names a work or is said or read (NAMES_FOLLOW: "the
# newspaper The Times", "told The Associated Press").
SENTENCE_OPENERS = (
    "The|A|An|It|He|She|They|We|I|This|These|Those|There|His|Her|Its|Their|Our|But|After|When|While"
)
NAMES_FOLLOW = frozenset(
    """
    said says told tells wrote writes read reads in on at of for from to by with and or the a an
    newspaper paper magazine journal website site blog band group film movie show programme program
    series book novel album song single play musical called named titled dubbed
    """.split()
)

# Words that say nothing of what a sentence reports: function words, reporting verbs, and the
# words of dates (the date is compared apart). Merging compares sentences without them.
STOPWORDS = frozenset(
    """
    a about above after again against all also although am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how however i if in
    into is it its itself just me more most my myself no nor not now of off on once only or other
    our ours ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    said says say told according added would could may might must shall one two three new last
    next first week weeks month months year years day days today yesterday tomorrow monday tuesday
    wednesday thursday friday saturday sunday january february march april june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec earlier
    later ago time since still even well back many much made make like get got went going us mr
    mrs ms
    """.split()
)

# Suffixes cut from a word to compare its forms ("reported", "reports" -> "report"), longest
# first; a stem keeps at least four letters.
STEM_SUFFIXES = ("ing", "ed", "es", "s")

# A date right after these words is the bound of a state or a deadline ("until May 6").
BOUND_BEFORE = re.compile(r"\b(?:until|till|through|before|after|by|since|from)\s+(?:the\s+)?$",
                          re.IGNORECASE)

# ---- header lines and datelines
# Words a header line may hold around its date without being a sentence.
HEADER_LABELS = frozenset({
    "published", "updated", "posted", "modified", "last", "first", "date", "on", "at", "by", "time",
    "and", "of", "the", "issued", "filed", "created", "am", "pm",
})
# Labels are capitalized: "published today" in a sentence is reporting, "Published:" is not.
HEADER_LABEL = re.compile(
    r"^\s*(?:(?:Last|First|LAST|FIRST)\s+)?(?:Published|Updated|Posted|Modified"
    r"|Date|PUBLISHED|UPDATED|POSTED|MODIFIED|DATE)\b\s*(?::|(?=\s*(?:on\s+)?\d))"
)
HEADERS = HeaderForms(
    month_numbers={form.rstrip("."): month for form, month in MONTHS.items()},
    weekday=r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\b\.?",
    weekday_prefixes="Mon|Tue|Wed|Thu|Fri|Sat|Sun",
    day_suffix="st|nd|rd|th",
    meridiem=r"[ap]\.?m\.?",
    zone=r"\b(?:ET|EST|EDT|CT|PT|GMT|UTC|BST|CET|CEST|IST|HKT|SGT|JST|AEST|UK|local)\b",
    local_time=r"(?:UK|GMT|BST|local)\stime",
    labels=HEADER_LABELS,
    label=HEADER_LABEL,
    updated=re.compile(r"^\s*(?:Last\s+|LAST\s+)?(?:Updated|UPDATED)\b"),
    byline=re.compile(r"^\s*(?:By|BY)\s+[A-Z]"),
    byline_word="By",
    # Words that may stand lowercase between the names of a byline.
    byline_joiners=frozenset({"and", "in", "at", "the", "of", "for", "with", "from", "de", "van", "von"}),
)


# See TextPack.function_words: none is a common word of the other packs' languages.
FUNCTION_WORDS = frozenset("the of and to is that for with was were has have had said by from it at".split())

TEXT = TextPack(
    code="en",
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    boilerplate_line=BOILERPLATE_LINE,
    comment_header=COMMENT_HEADER,
    comment_hints=("wrote:", "osted"),
    trailing_furniture=TRAILING_FURNITURE,
    trailing_hints=("photo", "read more"),
    leading_credit=LEADING_CREDIT,
    credit_openings=("photo", "picture", "image"),
    leading_dateline=LEADING_DATELINE,
    inner_stamp=INNER_STAMP,
    runs_on=RUNS_ON,
    sentence_openers=SENTENCE_OPENERS,
    names_follow=NAMES_FOLLOW,
    stop_words=STOPWORDS,
    stem_suffixes=STEM_SUFFIXES,
    bound_before=BOUND_BEFORE,
    headers=HEADERS,
)
