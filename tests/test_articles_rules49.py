"""art49's rules, each on strings: dates a line from their links (:mod:`linkcheck.articles._line_dates`),
hosts cutting a name's words and hosts of initials and a site's word (:mod:`linkcheck.articles._prose`), and
the report of a sentence naming several links. Each rule case fails on base64's src; each control must not
fire, with the rules or without them."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate


def _cited(text: str, fmt: str = "text") -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt)}


IETF = "https://www.rfc-editor.org/rfc/rfc9110.html"
DOCS = "https://docs.example.org/guide/timezones"
OTHER = "https://other.example.net/notes/summary"

# --- a trailer opening the line below a link that ends its line ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt", "date"),
    [
        (f"See the HTTP semantics,\n{IETF}\n(IETF, June 2022).\n", "text", PartialDate(2022, 6)),
        (f"/// Semantics: <{IETF}>\n/// (published 6 June 2022).\n", "text", PartialDate(2022, 6, 6)),
        (f"# HTTP semantics: {IETF}\n# (IETF, June 2022)\n", "text", PartialDate(2022, 6)),
        (f"-- HTTP semantics: {IETF}\n-- (6 June 2022)\n", "text", PartialDate(2022, 6, 6)),
        (
            f"The [HTTP semantics]({IETF})\n(IETF, June 2022) are the reference.\n",
            "markdown",
            PartialDate(2022, 6),
        ),
        (f"The [HTTP semantics]({IETF}),\n(updated 6 June 2022).\n", "markdown", PartialDate(2022, 6, 6)),
    ],
)
def test_a_trailer_on_the_next_line_dates_a_link_ending_its_line(
    text: str, fmt: str, date: PartialDate
) -> None:
    assert _cited(text, fmt)[IETF].date == date


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (f"See the HTTP semantics,\n{IETF}\n\n(IETF, June 2022).\n", "text"),  # a blank line between
        (f"See {IETF} for the semantics\n(IETF, June 2022).\n", "text"),  # the link's line goes on
        (f"See {IETF}\n- (June 2022) the draft was revised.\n", "text"),  # another item opens the line
        (f"See {IETF}\n(June 2022) and {OTHER}\n", "text"),  # the next line has an address of its own
        (f"See {IETF}\n(accessed 6 June 2022).\n", "text"),  # an access date is not the page's
        (f"See {IETF}\n(2022).\n", "text"),  # a year alone
        (f"The [HTTP semantics]({IETF})\n\n(IETF, June 2022).\n", "markdown"),
    ],
)
def test_a_trailer_with_something_between_gives_no_date(text: str, fmt: str) -> None:
    assert _cited(text, fmt)[IETF].date is None


# --- a full date before the colon ending the line above an address alone on its line ------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (f"The timezone guide, last revised 4 April 2021:\n{DOCS}\n", PartialDate(2021, 4, 4)),
        (f"The timezone guide (updated April 2021):\n  <{DOCS}>\n", PartialDate(2021, 4)),
        (f"// The guide, revised 4 April 2021:\n// {DOCS}\n", PartialDate(2021, 4, 4)),
        (f"> The guide as of 4 April 2021:\n> {DOCS}\n", PartialDate(2021, 4, 4)),
        # a parenthesised trailer ending the line above, with a comma or a full stop after it
        (
            f"// Kowal, Clock skew at scale (SREcon EMEA, 26 October 2023),\n// {DOCS}\n",
            PartialDate(2023, 10, 26),
        ),
        (f"The timezone guide (Docs team, published April 2021).\n{DOCS}\n", PartialDate(2021, 4)),
    ],
)
def test_a_date_before_the_colon_above_dates_the_address(text: str, date: PartialDate) -> None:
    assert _cited(text)[DOCS].date == date


@pytest.mark.parametrize(
    "text",
    [
        f"The timezone guide, last revised 4 April 2021:\n\n{DOCS}\n",  # a blank line between
        f"The guide ({OTHER}), revised 4 April 2021:\n{DOCS}\n",  # the line above holds an address
        f"The timezone guide, last revised 4 April 2021:\nsee {DOCS}\n",  # the address is not alone
        f"The guide of 4 April 2021 has a new chapter:\n{DOCS}\n",  # no date right before the colon
        f"The timezone guide, 2021:\n{DOCS}\n",  # a year alone
        f"The guide, accessed 4 April 2021:\n{DOCS}\n",  # an access date
        f"The guide was revised on 4 April 2021.\n{DOCS}\n",  # a sentence's date, no trailer's
        f"The guide (revised 4 April 2021) is long,\n{DOCS}\n",  # the parenthesis does not end the line
    ],
)
def test_no_date_right_before_the_colon_above_gives_none(text: str) -> None:
    assert _cited(text)[DOCS].date is None


# --- a host cutting the name's words to their first letters -------------------------------------------------

CUT = [
    ("Wood Mackenzie", "https://www.woodmac.com/news/lead-times/"),
    ("Statistics Iceland", "https://statice.is/publications/news-archive/"),
    ("Civic Federation", "https://www.civicfed.org/reports/budget-2024"),
    ("Natural Gas Intelligence", "https://www.naturalgasintel.com/news/permian/"),
    ("Northern Analyst", "https://northanalyst.example/2020/01/07/talks"),  # art47's control, now read
]


@pytest.mark.parametrize(("name", "url"), CUT)
def test_a_host_cutting_the_names_words_names_it_beside_a_cue(name: str, url: str) -> None:
    assert _cited(f"{name} reported the figures on Monday ({url}).")[url].outlet == name


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # no cue beside the name: a weak reading names nothing
        ("The Wood Mackenzie figures are in (https://www.woodmac.com/news/lead-times/).", CUT[0][1]),
        # a word the host does not cut to (Market is no ``mak``... ``mar``)
        ("Wood Market reported the figures (https://www.woodmac.com/news/lead-times/).", CUT[0][1]),
        # the words in another order
        ("Mackenzie Wood reported the figures (https://www.woodmac.com/news/lead-times/).", CUT[0][1]),
        # a stem of two letters is no word's cut (``Ci Federation``)
        (
            "Ci Federation reported the figures (https://www.cifed.org/reports/budget).",
            "https://www.cifed.org/reports/budget",
        ),
        # a capitalised word before the cut ones is the name's, which the host does not spell
        (
            "Dublin Commuter Coalition reported the survey (https://www.commutecoalition.ie/reports/s.pdf).",
            "https://www.commutecoalition.ie/reports/s.pdf",
        ),
    ],
)
def test_words_the_host_does_not_cut_name_nothing(text: str, url: str) -> None:
    assert _cited(text)[url].outlet is None


# --- a host of a name's initials and a word of the site's own -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("Library Staff Association", "https://lsa-northfield.example/news/statement/"),
        ("Institute of Ocean Sciences", "https://ios-archive.example/reports/pmsr-77-10.pdf"),
        ("Harbour Safety Board", "https://hsb-records.example.org/notices/2024/"),
    ],
)
def test_initials_and_a_site_word_name_the_host_beside_a_cue(name: str, url: str) -> None:
    assert _cited(f"The {name} said in a statement ({url}) that hours would be cut.")[url].outlet == name


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # two initials: as often another name's
        (
            "The Staff Association said ({0}) that hours would be cut.",
            "https://sa-northfield.example/news/s/",
        ),
        # other initials
        (
            "The Library Staff Union said ({0}) that hours would be cut.",
            "https://lsa-northfield.example/news/s/",
        ),
        # initials and too short a word after them
        (
            "The Library Staff Association said ({0}) that hours would be cut.",
            "https://lsaok.example/news/s/",
        ),
        # no cue beside the name
        (
            "The Library Staff Association's page ({0}) lists the hours.",
            "https://lsa-northfield.example/news/s/",
        ),
    ],
)
def test_other_initials_or_no_cue_name_nothing(text: str, url: str) -> None:
    assert _cited(text.format(url))[url].outlet is None


# --- several links named in one sentence: the one named in whole words is the report ------------------------

WBEZ = "https://www.wbez.org/politics/2024/05/13/abstain"
CIVIC = "https://www.civicfed.org/reports/amendment.pdf"


def test_of_two_named_links_the_one_named_by_an_acronym_takes_the_sentences_day() -> None:
    premium = "https://www.premiumtimesng.com/news/headlines/712345-budget.html"
    text = (
        f"WBEZ reported Monday that three members will abstain <{WBEZ}> and Premium Times reported the "
        f"same vote: <{premium}>\n"
    )
    found = {c.url: c for c in extract_citations(text, "text", article_date=PartialDate(2024, 5, 14))}
    assert found[WBEZ].date == PartialDate(2024, 5, 13)
    assert found[premium].date is None


def test_a_sentence_naming_two_links_dates_the_one_named_in_whole_words() -> None:
    """A guard (passes on base64, where the Civic Federation was named by nothing): the new reading of
    civicfed must not take WBEZ's day from it."""
    text = (
        f"WBEZ reported Monday that three members will abstain <{WBEZ}> and the Civic Federation analysis "
        f"is out: <{CIVIC}>\n"
    )
    found = {c.url: c for c in extract_citations(text, "text", article_date=PartialDate(2024, 5, 14))}
    assert found[WBEZ].date == PartialDate(2024, 5, 13)
    assert found[CIVIC].date is None


def test_two_links_named_in_whole_words_stay_undated() -> None:
    text = (
        f"WBEZ reported Monday that three members will abstain <{WBEZ}> and the Civic Federation analysis "
        f"is out: <https://www.civicfederation.org/reports/amendment.pdf>\n"
    )
    found = {c.url: c for c in extract_citations(text, "text", article_date=PartialDate(2024, 5, 14))}
    assert found[WBEZ].date is None


# --- an outlet two lines above its bare address -------------------------------------------------------------

MEDUZA = "https://meduza.io/en/news/2024/05/02/talks-put-off"


def test_an_outlet_two_lines_above_with_its_sentence_ending_between() -> None:
    text = f"Meduza's live page on the second of May, on talks that had\nbeen put off again:\n{MEDUZA}\n"
    assert _cited(text)[MEDUZA].outlet == "Meduza"


@pytest.mark.parametrize(
    "text",
    [
        # the line between does not end with the colon that introduces the address
        f"Meduza's live page on the second of May, on talks that had\nbeen put off again.\n{MEDUZA}\n",
        # a blank line between
        f"Meduza's live page on the second of May, on the\n\ntalks put off again:\n{MEDUZA}\n",
        # the line between holds an address of its own
        f"Meduza's live page on the second of May, and\n{OTHER} on talks:\n{MEDUZA}\n",
        # the line between opens another item
        f"- Meduza's live page on the second of May\n- talks put off again:\n{MEDUZA}\n",
    ],
)
def test_an_outlet_two_lines_above_with_something_else_between_names_nothing(text: str) -> None:
    assert _cited(text)[MEDUZA].outlet is None
