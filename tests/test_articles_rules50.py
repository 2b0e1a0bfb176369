"""art50's rules, each on strings: a name, a comma and a year in a parenthesis after a link
(:func:`linkcheck.articles._entries.dated_after`), the markup that closes a reStructuredText or AsciiDoc link
before that parenthesis, an owner in the possessive right before a link's own words
(:func:`linkcheck.articles._prose._owner_before`), and a line ending with a colon over one blank line and a
bare address (:func:`linkcheck.articles._prose._after_blank_line`). Each rule case fails on base65's src;
each control must not fire, with the rules or without them."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._entries import dated_after
from linkcheck.models import Citation, PartialDate


def _cited(text: str, fmt: str = "text") -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt)}


PAPER = "https://papers.example.org/2015/backoff-and-jitter"
NOAA = "https://tidesandcurrents.noaa.gov/publications/glossary-of-datums.pdf"
BOE = "https://www.bankofengland.co.uk/working-paper/2021/cash-demand"
REUTERS = "https://www.reuters.com/markets/europe/gas-storage-record-2024-03-04/"
ECONOMIST = "https://www.economist.com/leaders/2024/03/04/gas-storage-and-the-winter"
NOTES = "https://notes.example.net/2024/gas-storage"

# --- a name, a comma and a year in a parenthesis after a link -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt", "date"),
    [
        (
            f"The reference is [the jitter paper]({PAPER}) (Marc Brooker, 2015).\n",
            "markdown",
            PartialDate(2015),
        ),
        (f"Read [the tail paper]({PAPER}) (Dean and Barroso, 2013) first.\n", "markdown", PartialDate(2013)),
        (f"Read [the survey]({PAPER}) (Smith et al., 2019) first.\n", "markdown", PartialDate(2019)),
        (f"Cash demand is modelled in {BOE} (Bank of England, 2021).\n", "text", PartialDate(2021)),
        (
            f'<html><body><p>See <a href="{NOAA}">the glossary</a> (NOAA, 2000).</p></body></html>',
            "html",
            PartialDate(2000),
        ),
    ],
)
def test_a_name_comma_and_year_after_a_link_dates_it_to_the_year(
    text: str, fmt: str, date: PartialDate
) -> None:
    assert _cited(text, fmt)[next(url for url in (PAPER, BOE, NOAA) if url in text)].date == date


@pytest.mark.parametrize(
    "inside",
    [
        "(2015)",  # a year alone: the data's as often
        "(NeurIPS 2015)",  # a venue's year, no comma (the fifth batch's rule)
        "(Windows 2000)",  # a product's name
        "(2015-2019)",  # a span
        "(2015 figures are in the appendix)",
        "(in 2015 terms, a rise of 4%)",
        "(table 3, 2015)",  # no capitalised name before the comma
        "(Smith, 2015, p. 4)",  # more after the year
        "(NeurIPS, 2015)",  # a conference's name in capitals, not the host's: its year (the eighth rules')
        "(USENIX ATC, 2019)",  # the same, two words
    ],
)
def test_other_years_in_a_parenthesis_after_a_link_date_nothing(inside: str) -> None:
    text = f"See [the series]({PAPER}) {inside} for more.\n"
    assert _cited(text, "markdown")[PAPER].date is None
    assert dated_after(text, text.index(")") + 1) is None


# --- the markup that closes a reStructuredText or AsciiDoc link ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            f"Backoff is covered in `the jitter paper <{PAPER}>`_ (17 September 2015).\n",
            PartialDate(2015, 9, 17),
        ),
        (f"Backoff is covered in `the jitter paper <{PAPER}>`__ (Marc Brooker, 2015).\n", PartialDate(2015)),
        (
            f"Backoff is covered in {PAPER}[the jitter paper] (September 2015) in full.\n",
            PartialDate(2015, 9),
        ),
    ],
)
def test_a_parenthesis_after_a_links_closing_markup_dates_it(text: str, date: PartialDate) -> None:
    assert _cited(text)[PAPER].date == date


@pytest.mark.parametrize(
    "text",
    [
        f"Backoff is covered in `the jitter paper <{PAPER}>`_, which is good (17 September 2015).\n",
        f"Backoff is covered in {PAPER}[the jitter paper], a classic (September 2015).\n",
        f"Backoff is covered in `the jitter paper <{PAPER}>`_ (see the appendix).\n",
    ],
)
def test_a_parenthesis_away_from_a_links_closing_markup_dates_nothing(text: str) -> None:
    assert _cited(text)[PAPER].date is None


# --- an owner in the possessive right before a link's own words ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt", "outlet"),
    [
        (f"Reuters' [storage figures]({REUTERS}) were revised.\n", "markdown", {"Reuters"}),
        (f"Reuters's [storage figures]({REUTERS}) were revised.\n", "markdown", {"Reuters"}),
        (
            f'<html><body><p>Reuters’s <a href="{REUTERS}">storage figures</a> were revised.</p></body>'
            "</html>",
            "html",
            {"Reuters"},
        ),
        (f"Reuters's `storage figures <{REUTERS}>`_ were revised.\n", "text", {"Reuters"}),
        (
            f"As ever, The Economist's [leader]({ECONOMIST}) was cautious.\n",
            "markdown",
            {"The Economist", "Economist"},
        ),
    ],
)
def test_an_owners_possessive_right_before_a_links_words_names_its_outlet(
    text: str, fmt: str, outlet: set[str]
) -> None:
    url = REUTERS if REUTERS in text else ECONOMIST
    assert _cited(text, fmt)[url].outlet in outlet


@pytest.mark.parametrize(
    ("text", "fmt", "url"),
    [
        (f"Reuters's survey of traders, [published today]({REUTERS}), was revised.\n", "markdown", REUTERS),
        (f"London's [gas storage notes]({NOTES}) were revised.\n", "markdown", NOTES),  # not the host's
        (f"Here's [the storage figures]({REUTERS}) again.\n", "markdown", REUTERS),  # a contraction
        (f"Marc Brooker's [post]({PAPER}) is the one.\n", "markdown", PAPER),  # a person's two words
        (f"The traders' [storage figures]({REUTERS}) were revised.\n", "markdown", REUTERS),  # lower case
        (f"Reuters's [storage figures]({NOTES}) were revised.\n", "markdown", NOTES),  # another host
    ],
)
def test_other_possessives_before_a_link_name_no_outlet(text: str, fmt: str, url: str) -> None:
    assert _cited(text, fmt)[url].outlet is None


# --- a line ending with a colon, one blank line, a bare address ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (f"Reuters had the storage figures on Monday:\n\n{REUTERS}\n", "text"),
        (f"Reuters had the storage figures on Monday:\n\n  <{REUTERS}>\n", "text"),
        (
            f"<html><body><p>Reuters had the storage figures on Monday:<br>\n"
            f'<a href="{REUTERS}">{REUTERS}</a>'
            "</p></body></html>",
            "html",
        ),
    ],
)
def test_a_name_on_a_colons_line_names_the_address_after_a_blank_line(text: str, fmt: str) -> None:
    assert _cited(text, fmt)[REUTERS].outlet == "Reuters"


@pytest.mark.parametrize(
    "text",
    [
        f"Reuters had the storage figures on Monday.\n\n{REUTERS}\n",  # a full stop ends the sentence
        f"Reuters had the storage figures on Monday:\n\n\n{REUTERS}\n",  # two blank lines
        f"Reuters had the storage figures on Monday:\n\nThe traders did not.\n{REUTERS}\n",  # a line between
        f"Reuters had the storage figures on Monday:\n\n{NOTES} and {REUTERS}\n",  # no bare address's line
    ],
)
def test_a_colons_line_further_from_the_address_names_nothing(text: str) -> None:
    assert _cited(text)[REUTERS].outlet is None
