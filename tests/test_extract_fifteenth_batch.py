"""Rules added for the fifteenth held-out batch (docs/benchmarks.md, "Fifteenth batch"), each on small
strings or HTML, with what each must leave alone: Shona, Northern Sami, Latin Kazakh, Tifinagh, Marathi and
Dhivehi months; Eritrea's Gregorian dates with Ge'ez month names; Georgian and Uyghur year-first dates;
Sami, Kazakh and Marathi update labels; "p. m." clock times; "today" and "next review" labels; a reviewed
page's ``lastReviewed``; forum replies' microdata; an index page routed by its query; Estonian and Uzbek
error titles."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.core import _today_label
from linkcheck.extract.dates import clock_times, find_text_dates
from linkcheck.extract.tables import label_case, modified_label
from linkcheck.soft404 import has_error_phrase, is_error_title
from tests.test_extract_calendars_zones import TODAY, _dates, _page


def _first(text: str) -> dt.date | None:
    return next((value for value, _start, _end in find_text_dates(text)), None)


# --- months of six more languages ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Kurume 2022", dt.date(2022, 3, 12)),  # Shona
        ("Mugovera, 30 Mbudzi 2024", dt.date(2024, 11, 30)),
        ("Almmuhuvvon 12. njukčamánnu 2022 dii. 14.30", dt.date(2022, 3, 12)),  # Northern Sami
        ("3. ođđajagemánnu 2021", dt.date(2021, 1, 3)),  # thirteen letters
        ("12 naýryz 2022, 14:30", dt.date(2022, 3, 12)),  # Kazakh, Latin alphabet
        ("5 qyrkúıek 2023", dt.date(2023, 9, 5)),
        ("12 ⵎⴰⵕⵚ 2022", dt.date(2022, 3, 12)),  # Tamazight in Tifinagh
        ("30 ⵏⵓⵡⴰⵏⴱⵉⵔ 2024", dt.date(2024, 11, 30)),
        ("प्रकाशित: १२ ऑगस्ट २०२२ ०२:३० PM", dt.date(2022, 8, 12)),  # Marathi, Devanagari digits
        ("३ नोव्हेंबर २०२१", dt.date(2021, 11, 3)),
        ("12 މާރިޗު 2022 - 14:30", dt.date(2022, 3, 12)),  # Dhivehi (Thaana)
        ("30 ނޮވެމްބަރު 2024", dt.date(2024, 11, 30)),
    ],
)
def test_months_of_six_more_languages(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Qazan 2022",  # Kazakh October, also the city: no day before it
        "the Kurume 2022 festival",  # no day
        "Mbudzi 30 mbudzi",  # no year
        "12 ⵎⴰⵕⵚ",  # no year
    ],
)
def test_what_the_new_months_leave_alone(text: str) -> None:
    assert _first(text) is None


# --- Eritrea's Gregorian dates in Ge'ez script --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 መጋቢት 2022", dt.date(2022, 3, 12)),  # day first: Eritrea's Gregorian March
        ("30 ሕዳር 2024", dt.date(2024, 11, 30)),
        ("5 ጥሪ 2023", dt.date(2023, 1, 5)),  # Tigrinya's January (Amharic writes ጥር)
        ("መጋቢት 3 ቀን 2014 ዓ.ም.", dt.date(2022, 3, 12)),  # month first: the Ethiopian calendar, as before
    ],
)
def test_geez_month_names_by_their_order(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


def test_a_day_first_ethiopian_era_date_is_not_read_as_gregorian() -> None:
    # "3 Megabit 2014 of the era of mercy": the era's mark says the Ethiopian calendar
    assert _first("3 መጋቢት 2014 ዓ.ም.") != dt.date(2014, 3, 3)


# --- Georgian and Uyghur, year first ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022 წლის 12 მარტი", dt.date(2022, 3, 12)),
        ("გამოქვეყნდა: 2021 წლის 3 ნოემბერს", dt.date(2021, 11, 3)),
        ("2022-يىلى 12-مارت", dt.date(2022, 3, 12)),
        ("2024-يىلى 30-نويابىر", dt.date(2024, 11, 30)),
    ],
)
def test_year_first_georgian_and_uyghur(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2025 წლამდე 120 სკოლა",  # "until 2025": no day, no month
        "2023 წლის სექტემბერში",  # a month without a day
        "2019-يىلى باشلانغان",  # a year alone
    ],
)
def test_what_the_year_first_patterns_leave_alone(text: str) -> None:
    assert _first(text) is None


# --- update labels ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "prefix",
    ["Ođasmahttojuvvon ", "Jańartylǵan: ", "अपडेटेड: ", "Page last reviewed: "],
)
def test_update_labels(prefix: str) -> None:
    assert modified_label(label_case(prefix))


@pytest.mark.parametrize("prefix", ["Almmuhuvvon ", "Jarııalandy: ", "प्रकाशित: ", "Reviewed by Dr Lee, "])
def test_what_the_update_labels_leave_alone(prefix: str) -> None:
    assert not modified_label(label_case(prefix))


def test_labelled_updates_in_a_byline() -> None:
    body = (
        "<h1>Ođđa skuvla rahppojuvvui</h1><p>Almmuhuvvon 12. njukčamánnu 2022 dii. 14.30 "
        "Ođasmahttojuvvon 13. njukčamánnu 2022 dii. 09.10</p><p>Teaksta.</p>"
    )
    assert _dates(_page("<title>Ođđa skuvla rahppojuvvui</title>", body, "se")) == (
        dt.date(2022, 3, 12),
        dt.date(2022, 3, 13),
    )


# --- "p. m." ------------------------------------------------------------------------------------------------
def test_spanish_spaced_pm_is_an_afternoon_time() -> None:
    assert [minutes for _at, minutes in clock_times("sáb., 12 mar. 2022 · 10:30 p. m.")] == [22 * 60 + 30]
    assert [minutes for _at, minutes in clock_times("9:10 a. m.")] == [9 * 60 + 10]
    assert clock_times("10:30 a mi casa") == clock_times("10:30")  # "a" then a word: no meridiem


def test_utc_jsonld_is_read_on_the_bylines_spanish_pm_day() -> None:
    head = (
        "<title>Inauguran acueducto</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Inauguran acueducto",'
        ' "datePublished": "2022-03-13T02:30:00Z"}</script>'
    )
    body = "<h1>Inauguran acueducto</h1><p>sáb., 12 mar. 2022 · 10:30 p. m.</p><p>Texto.</p>"
    assert _dates(_page(head, body, "es"))[0] == dt.date(2022, 3, 12)


# --- "today" and "next review" labels -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "prefix",
    ["Сегодня: ", "DOF de hoy: ", "heute ist samstag, ", "today: ", "| next review due: ", "Bugün "],
)
def test_today_labels(prefix: str) -> None:
    assert _today_label(label_case(prefix))


@pytest.mark.parametrize(
    "prefix",
    ["Published: ", "Todays paper ", "Hoyos, ", "Page last reviewed: ", "Reviewed on "],
)
def test_what_the_today_labels_leave_alone(prefix: str) -> None:
    assert not _today_label(label_case(prefix))


def test_a_masthead_today_line_does_not_date_an_undated_headline() -> None:
    body = (
        '<table><tr><td><font class="small">Сегодня: 30 ноября 2024 г.</font></td></tr></table>'
        '<font class="date">17.02.2009</font><br><font class="zag">В городе открылся бассейн</font>'
        "<p>Текст новости о бассейне.</p>"
    )
    html = _page("<title>Газета :: В городе открылся бассейн</title>", body, "ru")
    assert _dates(html) == (dt.date(2009, 2, 17), None)


def test_a_reviewed_page_is_dated_by_its_review() -> None:
    head = (
        "<title>Chilblains - NHS</title>"
        '<script type="application/ld+json">{"@type": "MedicalWebPage", "name": "Chilblains",'
        ' "dateModified": "2024-11-28T16:40:12+00:00",'
        ' "lastReviewed": ["2022-03-12T00:00:00+00:00", "2025-03-12T00:00:00+00:00"]}</script>'
    )
    body = (
        "<h1>Chilblains</h1><p>Small itchy swellings.</p>"
        "<p>Page last reviewed: 12 March 2022<br>Next review due: 12 March 2025</p>"
    )
    assert _dates(_page(head, body)) == (None, dt.date(2022, 3, 12))
    # Without the JSON-LD: the visible review, never the next one (a past day once the review is late).
    html = _page("<title>Chilblains - NHS</title>", body)
    late = extract_metadata(html, "https://x.example/c/", today=dt.date(2026, 1, 1))
    assert (late.published, late.modified and late.modified.value) == (None, dt.date(2022, 3, 12))


def test_a_modified_date_without_a_review_is_still_read() -> None:
    head = (
        "<title>A - Site</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A",'
        ' "datePublished": "2022-03-12T10:00:00+00:00", "dateModified": "2022-03-14T10:00:00+00:00"}</script>'
    )
    assert _dates(_page(head, "<h1>A</h1><p>Text.</p>")) == (dt.date(2022, 3, 12), dt.date(2022, 3, 14))


# --- forum replies' microdata -------------------------------------------------------------------------------
_TOPIC = (
    '<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><h1>Migrating layouts</h1>'
    '<time itemprop="datePublished" datetime="2022-03-12T14:30:00Z">March 12, 2022</time>'
    '<meta itemprop="dateModified" content="2022-03-14T09:10:00Z"><p itemprop="articleBody">Text.</p></div>'
    '<div itemprop="comment" itemscope itemtype="http://schema.org/Comment"><span>'
    '<time itemprop="datePublished" datetime="2024-11-29T10:00:00Z">November 29, 2024</time>'
    '<meta itemprop="dateModified" content="2024-11-29T10:00:00Z"></span><p>Closed.</p></div>'
)


def test_a_replys_dates_are_not_the_topics() -> None:
    assert _dates(_page("<title>Migrating layouts - Forum</title>", _TOPIC)) == (
        dt.date(2022, 3, 12),
        dt.date(2022, 3, 14),
    )


def test_an_items_own_dates_are_read_when_no_comment_holds_them() -> None:
    body = _TOPIC.replace('itemprop="comment" ', "").replace("schema.org/Comment", "schema.org/CreativeWork")
    assert _dates(_page("<title>Migrating layouts - Forum</title>", body))[1] == dt.date(2024, 11, 29)


# --- an index page routed by its query ----------------------------------------------------------------------
_GOV = (
    '<div><a href="/index.php?lang_id=GEO"><img src="/logo.png" alt="საქართველოს მთავრობა"></a></div>'
    "<h1>მთავრობამ პროგრამა დაამტკიცა</h1><div>2022 წლის 12 მარტი</div><p>ტექსტი.</p>"
)


def test_a_page_routed_through_index_php_is_not_the_front_page() -> None:
    meta = extract_metadata(
        _page("<title>საქართველოს მთავრობა</title>", _GOV, "ka"),
        "https://www.gov.ge/index.php?lang_id=GEO&sec_id=288&info_id=81234",
        today=TODAY,
    )
    assert meta.published is not None
    assert meta.published.value == dt.date(2022, 3, 12)
    assert meta.site_name == "საქართველოს მთავრობა"  # the logo links home: a language query alone


def test_the_front_page_with_a_language_query_is_still_the_front_page() -> None:
    meta = extract_metadata(
        _page("<title>საქართველოს მთავრობა</title>", _GOV, "ka"),
        "https://www.gov.ge/index.php?lang_id=GEO",
        today=TODAY,
    )
    assert meta.published is None  # a front page's dates are its stories'


# --- Estonian, Uzbek and Kazakh error titles ----------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Vabandame, otsitud lehekülge ei leitud",
        "Саҳифа топилмади — Daryo",
        "Sahifa topilmadi",
        "Сиз қидираётган саҳифа топилмади",
        "Бет табылмады",  # Kazakh
    ],
)
def test_estonian_and_uzbek_error_titles(title: str) -> None:
    assert is_error_title(title) or has_error_phrase(title)


@pytest.mark.parametrize("title", ["Otsitud lahendus leiti", "Саҳифа янгиланди", "Sahifa dizayni yangilandi"])
def test_what_the_new_error_phrases_leave_alone(title: str) -> None:
    assert not is_error_title(title)
    assert not has_error_phrase(title)


# --- a bold paragraph under a <title> that names only the site ----------------------------------------------
_GAZETTE = (
    "<table><tr><td>"
    '<span class="txt_azul"><b>DOF: 12/03/2022</b></span><br>'
    "<p><b>ACUERDO por el que se dan a conocer los Lineamientos del Programa de Becas.</b></p>"
    "<p>Al margen un sello con el Escudo Nacional.</p></td></tr></table>"
)
_GAZETTE_URL = "https://www.dof.gob.mx/nota_detalle.php?codigo=5645123&fecha=12/03/2022"


def test_a_bold_paragraph_is_the_headline_when_the_title_names_only_the_site() -> None:
    html = _page("<title>DOF - Diario Oficial de la Federación</title>", _GAZETTE, "es")
    meta = extract_metadata(html, _GAZETTE_URL, today=TODAY)
    assert meta.title == "ACUERDO por el que se dan a conocer los Lineamientos del Programa de Becas"


def test_a_bold_paragraph_does_not_replace_a_title_that_is_a_headline() -> None:
    html = _page("<title>Becas rurales: nuevos lineamientos - DOF</title>", _GAZETTE, "es")
    meta = extract_metadata(html, _GAZETTE_URL, today=TODAY)
    assert meta.title == "Becas rurales: nuevos lineamientos"


def test_a_short_bold_line_is_not_a_headline() -> None:
    body = "<p><b>DOF: 12/03/2022</b></p><p><b>Rúbrica.</b></p><p>Texto del acuerdo.</p>"
    html = _page("<title>DOF - Diario Oficial de la Federación</title>", body, "es")
    meta = extract_metadata(html, _GAZETTE_URL, today=TODAY)
    assert meta.title != "DOF: 12/03/2022"
    assert meta.title != "Rúbrica"


def test_an_update_labelled_today_is_still_an_update() -> None:
    body = "<h1>Budget approved</h1><p>Published 10 March 2022. Updated today, 12 March 2022</p><p>Text.</p>"
    assert _dates(_page("<title>Budget approved</title>", body)) == (
        dt.date(2022, 3, 10),
        dt.date(2022, 3, 12),
    )
