"""Rules added for the thirteenth held-out batch (docs/benchmarks.md, "Thirteenth batch"), each on small
strings or HTML, with what each must leave alone: isiZulu, Malagasy, Tetum, Papiamentu and Tatar months;
Kannada and Odia months and the digits of more Indic scripts; Yoruba months written with combining marks;
months in Roman numerals; Faroese, Malagasy, Kannada, Polish and DataLife Engine update labels; Armenian and
Lithuanian error titles; a heading's permalink mark; an h1 that is only the page's host; a bot challenge's
address date; MkDocs' revision dates; a ``<title>`` with two suffixes and a long one that opens with the
logo's name."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.dates import find_text_dates
from linkcheck.soft404 import has_error_phrase, is_error_title
from tests.test_extract_calendars_zones import TODAY, URL, _dates, _page


def _first(text: str) -> dt.date | None:
    return next((value for value, _start, _end in find_text_dates(text)), None)


# --- months of five more languages --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ULwesithathu, 15 Nhlangulana 2022 | 14:30", dt.date(2022, 6, 15)),  # isiZulu
        ("30 Lwezi 2024", dt.date(2024, 11, 30)),
        ("Alakamisy 7 Jolay 2022 - 10:45", dt.date(2022, 7, 7)),  # Malagasy
        ("5 Aogositra 2021", dt.date(2021, 8, 5)),
        ("Kinta, 17 Fevereiru 2022 14:15", dt.date(2022, 2, 17)),  # Tetum
        ("Publiká: djaweps, 6 di òktober 2022", dt.date(2022, 10, 6)),  # Papiamentu, with "di"
        ("30 di novèmber 2024", dt.date(2024, 11, 30)),
        ("12 гыйнвар 2022, 14:30", dt.date(2022, 1, 12)),  # Tatar
    ],
)
def test_months_of_five_more_languages(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "15 Nhlangulana",  # no year
        "12 mey 2022",  # Malagasy "mey" (May) is left out
        "6 di 2022",  # "di" with no month after it
        "гыйнвар 2022",  # no day
    ],
)
def test_what_the_new_months_leave_alone(text: str) -> None:
    assert _first(text) is None


# --- Kannada and Odia months, the digits of more Indic scripts ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ಪ್ರಕಟವಾದ ದಿನಾಂಕ: 9 ಆಗಸ್ಟ್ 2022, 14:30 IST", dt.date(2022, 8, 9)),
        ("30 ನವೆಂಬರ್ 2024", dt.date(2024, 11, 30)),
        ("୧୪ ସେପ୍ଟେମ୍ବର ୨୦୨୨, ୧୨:୪୫", dt.date(2022, 9, 14)),  # Odia digits
        ("14 ସେପ୍ଟେମ୍ବର 2022", dt.date(2022, 9, 14)),
        ("೯ ಆಗಸ್ಟ್ ೨೦೨೨", dt.date(2022, 8, 9)),  # Kannada digits
        ("੧੨/੦੩/੨੦੨੨", dt.date(2022, 3, 12)),  # Gurmukhi digits
        ("౧౨.౦౩.౨౦౨౨", dt.date(2022, 3, 12)),  # Telugu digits
    ],
)
def test_kannada_and_odia_months_and_indic_digits(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize("text", ["9 ಆಗಸ್ಟ್", "ସେପ୍ଟେମ୍ବର ୨୦୨୨", "9 ಆಗಸ್ಟ್ನಲ್ಲಿ 2022"])
def test_kannada_and_odia_without_a_full_date(text: str) -> None:
    # no year; no day; the month inside a longer word
    assert _first(text) is None


# --- Yoruba months, with combining marks --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (unicodedata.normalize("NFD", "Ọjọ́bọ̀, 20 Ọ̀wàrà 2022"), dt.date(2022, 10, 20)),  # decomposed
        (unicodedata.normalize("NFC", "Ọjọ́bọ̀, 20 Ọ̀wàrà 2022"), dt.date(2022, 10, 20)),  # precomposed
        (unicodedata.normalize("NFD", "30 Bélú 2024"), dt.date(2024, 11, 30)),
        (unicodedata.normalize("NFD", "12 Ẹrẹ̀nà 2022"), dt.date(2022, 3, 12)),
    ],
)
def test_yoruba_months_with_their_marks(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "20 ogun 2022",  # no mark: the bare word ("war") is no month
        "20 Owara 2022",
        unicodedata.normalize("NFD", "20 Ọ̀jà 2022"),  # a marked word that is no month ("market")
    ],
)
def test_what_the_yoruba_months_leave_alone(text: str) -> None:
    assert _first(text) is None


# --- months in Roman numerals -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Közzétéve: 2022. XI. 3. 14:20", dt.date(2022, 11, 3)),  # year first
        ("2022.IV.15.", dt.date(2022, 4, 15)),
        ("3. XI. 2022", dt.date(2022, 11, 3)),  # day first
        ("12.III.2022", dt.date(2022, 3, 12)),
        ("30. IX. 2021", dt.date(2021, 9, 30)),
    ],
)
def test_roman_numeral_months(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2022. XIII. 3.",  # no thirteenth month
        "3. xi. 2022",  # lower case
        "Part II. 3 items in 2022",  # a numbered part, not a date
        "31. II. 2022",  # no such day
        "in 2019. I. e. the year",
    ],
)
def test_what_the_roman_months_leave_alone(text: str) -> None:
    assert _first(text) is None


# --- update labels ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("published", "modified", "head", "lang"),
    [
        ("Útgivið 05.07.2022 kl. 14:30", "Dagført 06.07.2022 kl. 09:10", "Nýggjur vegur um fjallið", "fo"),
        ("Alakamisy 5 Jolay 2022", "Nohavaozina: Zoma 6 Jolay 2022", "Lalana vaovao any Antsirabe", "mg"),
        ("5 ಜುಲೈ 2022, 14:30 IST", "ಅಪ್‌ಡೇಟ್: 6 ಜುಲೈ 2022, 09:05 IST", "ಹೊಸ ರಸ್ತೆ ಉದ್ಘಾಟನೆ", "kn"),
        ("5 ಜುಲೈ 2022, 14:30 IST", "ಅಪ್ಡೇಟ್: 6 ಜುಲೈ 2022, 09:05 IST", "ಹೊಸ ರಸ್ತೆ ಉದ್ಘಾಟನೆ", "kn"),  # no ZWNJ
        ("05-07-2022, 14:30", "Изменил: Иван Петров - 06-07-2022, 09:12", "Новая дорога открыта", "ru"),
        ("05-07-2022, 14:30", "Өзгөртүлдү: Жумабек уулу Азамат - 06-07-2022, 09:12", "Жаңы жол ачылды", "ky"),
    ],
)
def test_update_labels_of_more_languages(published: str, modified: str, head: str, lang: str) -> None:
    body = f"<h1>{head}</h1><div class='meta'><p>{published}</p><p>{modified}</p></div><p>Text.</p>"
    assert _dates(_page(f"<title>{head}</title>", body, lang)) == (dt.date(2022, 7, 5), dt.date(2022, 7, 6))


def test_polish_bulletin_labels_in_a_table() -> None:
    body = (
        "<h1>Ogłoszenie o przetargu</h1><p>Przetarg odbędzie się 10 maja 2022 r.</p><table>"
        "<tr><th>Data wytworzenia:</th><td>2022-04-06</td></tr>"
        "<tr><th>Data publikacji:</th><td>2022-04-08 14:30</td></tr>"
        "<tr><th>Data modyfikacji:</th><td>2022-04-11 09:15</td></tr></table>"
    )
    html = _page("<title>Ogłoszenie o przetargu</title>", body, "pl")
    assert _dates(html) == (dt.date(2022, 4, 8), dt.date(2022, 4, 11))


@pytest.mark.parametrize(
    "line",
    [
        "Путин изменил закон - 06-07-2022",  # the verb in a sentence, no colon: no label
        "Изменил: 06-07-2022 и 07-07-2022 дважды",  # no name and dash: the plain label form is not DLE's
    ],
)
def test_what_the_edit_note_leaves_alone(line: str) -> None:
    body = f"<h1>Новая дорога открыта</h1><p>05-07-2022, 14:30</p><p>{line}</p>"
    assert _dates(_page("<title>Новая дорога открыта</title>", body, "ru"))[1] is None


# --- error titles -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    ["Էջը չի գտնվել", "Էջը գոյություն չունի - NEWS.am", "Atsiprašome, toks puslapis nerastas"],
)
def test_armenian_and_lithuanian_error_titles(title: str) -> None:
    assert is_error_title(title, ["NEWS.am"])
    assert has_error_phrase(title)


@pytest.mark.parametrize(
    "title", ["Էջը", "Երևանում նոր էջ բացվեց", "Toks puslapis", "Naujas tiltas Vilniuje"]
)
def test_armenian_and_lithuanian_titles_that_are_no_error(title: str) -> None:
    assert not is_error_title(title)


# --- a heading's permalink mark -----------------------------------------------------------------------------
def _title(head: str, body: str, url: str = URL) -> str | None:
    return extract_metadata(_page(head, body), url, today=TODAY).title


def test_a_headings_permalink_mark_is_no_part_of_the_title() -> None:
    body = '<h1 id="keys">Rotating signing keys<a class="headerlink" href="#keys">&para;</a></h1><p>Text.</p>'
    assert _title("<title>Rotating signing keys - Docs</title>", body) == "Rotating signing keys"


def test_a_mark_inside_a_heading_stays() -> None:
    body = "<h1>Why § 12 of the act matters</h1><p>Text.</p>"
    assert _title("<title>Why § 12 of the act matters - Docs</title>", body) == "Why § 12 of the act matters"


# --- an h1 that is only the page's host ---------------------------------------------------------------------
def test_an_h1_that_is_the_pages_host_gives_way_to_the_title() -> None:
    body = "<h1>www.example-news.com.ar</h1><h2>Checking the connection</h2>"
    url = "https://www.example-news.com.ar/noticias/story"
    assert _title("<title>Just a moment...</title>", body, url) == "Just a moment..."


@pytest.mark.parametrize(
    "h1", ["Example-news.com.ar buys a rival", "othersite.org", "example-news.com"]
)  # a headline naming the host; another host; another domain
def test_an_h1_that_is_not_the_pages_host_stays(h1: str) -> None:
    url = "https://www.example-news.com.ar/noticias/story"
    assert _title("<title>Something else entirely</title>", f"<h1>{h1}</h1><p>Text.</p>", url) == h1


# --- a bot challenge's address date -------------------------------------------------------------------------
def test_a_bot_challenge_takes_no_date_from_its_address() -> None:
    url = "https://www.example-news.com.ar/noticias/2022/05/18/nuevo-hospital"
    body = "<h1>www.example-news.com.ar</h1><h2>Checking if the site connection is secure</h2>"
    assert _dates(_page("<title>Just a moment...</title>", body), url) == (None, None)


@pytest.mark.parametrize("title", ["Just a moment of silence", "Nuevo hospital"])
def test_another_page_keeps_its_address_date(title: str) -> None:
    url = "https://www.example-news.com.ar/noticias/2022/05/18/nuevo-hospital"
    body = f"<h1>{title}</h1><p>Text.</p>"
    assert _dates(_page(f"<title>{title}</title>", body), url)[0] == dt.date(2022, 5, 18)


# --- MkDocs' revision dates ---------------------------------------------------------------------------------
_REV = "git-revision-date-localized-plugin git-revision-date-localized-plugin-date"
_MKDOCS = '<meta name="generator" content="mkdocs-1.4.2, mkdocs-material-9.0.6"><title>Keys - Docs</title>'


def test_mkdocs_material_revision_dates_labelled_by_their_icons() -> None:
    body = (
        "<article><h1>Keys</h1><p>Text.</p><aside class='md-source-file'>"
        f"<span><span class='md-icon' title='Last update'><svg></svg></span><span class='{_REV}'>"
        "January 17, 2023</span></span>"
        f"<span><span class='md-icon' title='Created'><svg></svg></span><span class='{_REV}'>"
        "November 8, 2022</span></span></aside></article>"
    )
    assert _dates(_page(_MKDOCS, body)) == (dt.date(2022, 11, 8), dt.date(2023, 1, 17))


def test_mkdocs_revision_date_labelled_in_text() -> None:
    body = (
        f"<article><h1>Keys</h1><p>Text.</p><small>Last update: <span class='{_REV}'>March 3, 2023</span>"
        "</small></article>"
    )
    assert _dates(_page(_MKDOCS, body))[1] == dt.date(2023, 3, 3)


def test_revision_spans_elsewhere_or_unlabelled_are_left() -> None:
    spans = (
        f"<span><span class='md-icon'><svg></svg></span><span class='{_REV}'>January 17, 2023</span></span>"
    )
    body = f"<article><h1>Keys</h1><p>Text.</p><aside>{spans}</aside></article>"
    assert _dates(_page(_MKDOCS, body)) == (None, None)  # no label: not said which date it is
    labelled = body.replace("class='md-icon'", "class='md-icon' title='Created'")
    assert _dates(_page("<title>Keys - Docs</title>", labelled)) == (None, None)  # not generated by MkDocs


# --- the site's name among a <title>'s suffixes -------------------------------------------------------------
def _site(head: str, body: str, url: str) -> str | None:
    return extract_metadata(_page(head, body), url, today=TODAY).site_name


_GOV_URL = "https://ministry.example.gov/hi/notices/new-rules"
_GOV_HEAD = "<title>New rules notified | Ministry of Roads | Government of Example</title>"


def test_the_suffix_the_header_link_home_shows_is_the_site() -> None:
    body = (
        "<div><a href='https://portal.example.gov'>Government of Example</a> <a href='/en/'>English</a></div>"
        "<header><a href='/hi/'><img alt='Emblem'> <span>Ministry of Roads</span></a></header>"
        "<h1>New rules notified</h1><p>Text.</p>"
    )
    assert _site(_GOV_HEAD, body, _GOV_URL) == "Ministry of Roads"


def test_without_such_a_link_the_last_suffix_stays() -> None:
    body = "<div><a href='/en/'>English</a></div><h1>New rules notified</h1><p>Text.</p>"
    assert _site(_GOV_HEAD, body, _GOV_URL) == "Government of Example"


_BIP_HEAD = (
    "<title>Ogłoszenie o przetargu - Biuletyn Informacji Publicznej Urzędu Miasta i Gminy Wieliczka</title>"
)
_BIP_URL = "https://bip.wieliczka.example/ogloszenia/8841/ogloszenie-o-przetargu"


def test_a_long_suffix_that_opens_with_the_logos_name_is_the_site() -> None:
    body = (
        "<a href='https://www.bip.gov.pl/'><img src='/bip.png' alt='Biuletyn Informacji Publicznej'></a>"
        "<h1>Ogłoszenie o przetargu</h1><p>Text.</p>"
    )
    assert (
        _site(_BIP_HEAD, body, _BIP_URL) == "Biuletyn Informacji Publicznej Urzędu Miasta i Gminy Wieliczka"
    )


@pytest.mark.parametrize(
    "alt", ["", "Herb gminy", "Biuletyn Informacji Publicznej Urzędu Miasta i Gminy Wieliczka"]
)
def test_a_long_suffix_without_the_logos_name_before_more_is_no_site(alt: str) -> None:
    # no logo; a logo naming something else; a logo that is the whole part (nothing after it)
    body = (
        f"<a href='https://www.bip.gov.pl/'><img src='/l.png' alt='{alt}'></a><h1>Ogłoszenie o przetargu</h1>"
    )
    assert _site(_BIP_HEAD, body, _BIP_URL) is None


@pytest.mark.parametrize(
    ("label", "lang"),
    [
        ("Dagført 13.07.2022 kl. 09:10", "fo"),
        ("Nohavaozina: 13 Jolay 2022", "mg"),
        ("Data modyfikacji: 2022-07-13 09:15", "pl"),
        ("ಅಪ್‌ಡೇಟ್: 13 ಜುಲೈ 2022, 09:05 IST", "kn"),
        ("Өзгөртүлдү: Азамат Жумабеков - 13-07-2022, 09:12", "ky"),
    ],
)
def test_the_byline_under_a_head_that_dates_the_page_reads_the_new_labels(label: str, lang: str) -> None:
    # the head states the publication: the body is not parsed, the markup after the h1 is read for an update
    head = (
        '<title>Headline here</title><meta property="article:published_time" content="2022-07-12T10:00:00Z">'
    )
    body = f"<h1>Headline here</h1><div class='byline'>{label}</div><p>Text.</p>"
    assert _dates(_page(head, body, lang)) == (dt.date(2022, 7, 12), dt.date(2022, 7, 13))
