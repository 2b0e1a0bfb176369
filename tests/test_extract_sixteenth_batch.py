"""Rules added for the sixteenth held-out batch (docs/benchmarks.md, "Sixteenth batch"), each on small
strings or HTML, with what each must leave alone: Scottish Gaelic months with their article, Kurmanji and
Guarani months, Punjabi months in Gurmukhi; Kurmanji, Guarani and Punjabi update labels; Norwegian and Slovak
error titles; SharePoint's page library before the headline in ``<title>``."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.dates import find_text_dates
from linkcheck.extract.tables import label_case, modified_label
from linkcheck.soft404 import has_error_phrase, is_error_title
from tests.test_extract_calendars_zones import TODAY, _dates, _page


def _first(text: str) -> dt.date | None:
    return next((value for value, _start, _end in find_text_dates(text)), None)


# --- months of four more languages --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Am Màrt 2022", dt.date(2022, 3, 12)),  # Scottish Gaelic, the month with its article
        ("3 An Gearran 2021", dt.date(2021, 2, 3)),
        ("21 An t-Ògmhios 2023", dt.date(2023, 6, 21)),  # "an t-" before a vowel
        ("5 an Dùbhlachd 2020", dt.date(2020, 12, 5)),
        ("12 Adar 2022 - 14:30", dt.date(2022, 3, 12)),  # Kurmanji
        ("Nûkirin: 3 Cotmeh 2021", dt.date(2021, 10, 3)),
        ("Arapoteĩ, 12 Jasyapy 2022 14:30", dt.date(2022, 3, 12)),  # Guarani
        ("30 jasypateĩ 2024", dt.date(2024, 11, 30)),
        ("ਪ੍ਰਕਾਸ਼ਿਤ: ੧੨ ਮਾਰਚ ੨੦੨੨ ੦੨:੩੦ PM", dt.date(2022, 3, 12)),  # Punjabi, Gurmukhi digits
        ("5 ਫ਼ਰਵਰੀ, 2021", dt.date(2021, 2, 5)),  # precomposed "ਫ਼"
        ("5 ਫ\u0a3cਰਵਰੀ 2021", dt.date(2021, 2, 5)),  # the letter and a nukta
    ],
)
def test_months_of_four_more_languages(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "at 12 am March 5",  # an English clock time before a month: no year after the month
        "12 am Montag 2022",  # not a month after the article
        "Adar 2022",  # no day
        "12 Jasyapy",  # no year
        "ਮਾਰਚ 2022",  # no day
        "the 12 an t-shirts of 2022",  # not a month
    ],
)
def test_what_the_new_months_leave_alone(text: str) -> None:
    assert _first(text) is None


def test_an_english_am_time_still_reads_the_date_after_it() -> None:
    assert _first("Posted at 12 am, 5 March 2022") == dt.date(2022, 3, 5)


# --- update labels ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "prefix",
    [
        "Nûkirin: ",
        "Hate nûkirin ",
        "Oñemoambue: ",
        "Oñemoambue ipahaitépe: Arapokõi, ",
        "ਅਪਡੇਟ: ",
        "ਅੱਪਡੇਟ ਕੀਤਾ: ",
    ],
)
def test_update_labels(prefix: str) -> None:
    assert modified_label(label_case(prefix))


@pytest.mark.parametrize(
    "prefix", ["Weşandin: ", "Oñemoherakuã: Arapoteĩ, ", "ਪ੍ਰਕਾਸ਼ਿਤ: ", "Nûçe: ", "Oñemoambue pyahu mba'e: x, "]
)
def test_what_the_update_labels_leave_alone(prefix: str) -> None:
    assert not modified_label(label_case(prefix))


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("ku", "<h1>Pira nû hat vekirin</h1><p>12 Adar 2022 - 14:30 Nûkirin: 13 Adar 2022 - 09:10</p>"),
        (
            "gn",
            "<h1>Mbo'esyry pyahu</h1><dl><dd>Oñemoherakuã: Arapoteĩ, 12 Jasyapy 2022 14:30</dd>"
            "<dd>Oñemoambue ipahaitépe: Arapokõi, 13 Jasyapy 2022 09:10</dd></dl>",
        ),
        (
            "pa",
            "<h1>ਨਵਾਂ ਬੱਸ ਅੱਡਾ ਖੋਲ੍ਹਿਆ</h1><div><span>ਪ੍ਰਕਾਸ਼ਿਤ: ੧੨ ਮਾਰਚ ੨੦੨੨ ੦੨:੩੦ PM</span> "
            "<span>ਅਪਡੇਟ: ੧੩ ਮਾਰਚ ੨੦੨੨ ੦੯:੧੦ AM</span></div>",
        ),
    ],
)
def test_labelled_updates_in_a_byline(lang: str, body: str) -> None:
    html = _page("<title>Headline</title>", body + "<p>Text of the story, long enough.</p>", lang)
    assert _dates(html) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))


# --- error titles -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Beklager, vi finner ikke siden du leter etter",
        "Vi finner ikke siden - VG",
        "Siden du leter etter finnes ikke",
        "Ups! Stránka, ktorú hľadáte, neexistuje",
        "Stránku, ktorú hľadáte, sa nepodarilo nájsť",
    ],
)
def test_norwegian_and_slovak_error_titles(title: str) -> None:
    assert is_error_title(title) or has_error_phrase(title)


@pytest.mark.parametrize(
    "title",
    [
        "Vi finner ikke siden vår i kommunens nye plan",  # a headline that merely opens with the words
        "Stránka, ktorú hľadáte, je nová",  # "the page you are looking for is new"
        "Bratislava otvorila novú plaváreň, ktorú hľadali roky",
    ],
)
def test_what_the_new_error_phrases_leave_alone(title: str) -> None:
    assert not is_error_title(title)
    assert not has_error_phrase(title)


# --- SharePoint's page library --------------------------------------------------------------------------
_SHAREPOINT = '<meta name="GENERATOR" content="Microsoft SharePoint">'
_RELEASE_BODY = (
    '<form id="aspnetForm"><div id="pageTitle"><span>State Opens New Rest Areas</span></div>'
    "<table><tr><td>Article Date:</td><td>3/12/2022</td></tr></table><p>Text of the release.</p></form>"
)
_RELEASE_URL = "https://www.dot.example.gov/news/Pages/State-Opens-New-Rest-Areas.aspx"


@pytest.mark.parametrize("library", ["Pages", "Site Pages", "Seiten"])
def test_sharepoints_library_is_not_part_of_the_title(library: str) -> None:
    html = _page(f"{_SHAREPOINT}<title>\n\t{library} - State Opens New Rest Areas\n</title>", _RELEASE_BODY)
    assert extract_metadata(html, _RELEASE_URL, today=TODAY).title == "State Opens New Rest Areas"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # not SharePoint: "Pages" may be a headline's first word or a product's name
        ("<title>Pages - Apple Support</title>", "Pages - Apple Support"),
        # SharePoint, a first part that is no library's name
        (
            f"{_SHAREPOINT}<title>Roads - State Opens New Rest Areas</title>",
            "Roads - State Opens New Rest Areas",
        ),
        # SharePoint, "Pages" with no dash after it
        (f"{_SHAREPOINT}<title>Pages of History Reopen</title>", "Pages of History Reopen"),
    ],
)
def test_what_the_library_rule_leaves_alone(head: str, expected: str) -> None:
    body = "<p>Text of the page, long enough to be read.</p>"
    assert extract_metadata(_page(head, body), _RELEASE_URL, today=TODAY).title == expected
