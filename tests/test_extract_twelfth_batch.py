"""Rules added for the twelfth held-out batch (docs/benchmarks.md, "Twelfth batch"), each on small strings
or HTML, with what each must leave alone: Kinyarwanda, Somali, Greenlandic and Tajik months; Greenlandic,
Tajik and Malayalam update labels; Malayalam months (chillu letters atomic or joined); Lao months; Thai and
Lao digits; Serbian (Cyrillic) and Azerbaijani error titles; a CMS template's own name in the head; the
``<title>`` part a body element repeats, for a page with no other headline."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.dates import find_text_dates
from linkcheck.soft404 import has_error_phrase, is_error_title
from tests.test_extract_calendars_zones import TODAY, URL, _dates, _page


def _first(text: str) -> dt.date | None:
    return next((value for value, _start, _end in find_text_dates(text)), None)


# --- months of four more languages --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kuya 12 Werurwe 2022 saa 14:30", dt.date(2022, 3, 12)),  # Kinyarwanda
        ("30 Ugushyingo 2024", dt.date(2024, 11, 30)),
        ("Sabti, 12 Maarso 2022 (HOL)", dt.date(2022, 3, 12)),  # Somali
        ("5 Luuliyo 2021", dt.date(2021, 7, 5)),
        ("12. marsi 2022 nal. 14.30", dt.date(2022, 3, 12)),  # Greenlandic
        ("30. novembari 2024", dt.date(2024, 11, 30)),
        ("12 марти 2022, 14:30", dt.date(2022, 3, 12)),  # Tajik, with the izafet
        ("5 сентябр 2021", dt.date(2021, 9, 5)),
    ],
)
def test_months_of_four_more_languages(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12 Werurwe",  # no year
        "12 mata 2022",  # Kinyarwanda "mata" (April) is left: a common word elsewhere
        "12 марти",  # no year
        "marsi 2022",  # no day
    ],
)
def test_what_the_new_months_leave_alone(text: str) -> None:
    assert _first(text) is None


def test_march_stays_march() -> None:
    # Russian "марта" and the Tajik "марти" are the same month; nothing Russian changed.
    assert _first("12 марта 2022") == dt.date(2022, 3, 12)


# --- update labels ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("published", "modified", "head", "lang"),
    [
        ("12. marsi 2022", "Nutarterneqarpoq 13. marsi 2022", "Umiarsualivik nutaaq ammarneqarpoq", "kl"),
        ("12 марти 2022, 14:30", "Навсозӣ: 13 марти 2022, 10:05", "Дар шаҳр мактаби нав сохта мешавад", "tg"),
        (
            "പ്രസിദ്ധീകരിച്ചത്: 12 മാർച്ച് 2022, 02:30 PM",
            "അപ്ഡേറ്റ് ചെയ്തത്: 13 മാർച്ച് 2022, 09:10 AM",
            "കൊച്ചിയിൽ പുതിയ പാലം തുറന്നു",
            "ml",
        ),
    ],
)
def test_update_labels_of_three_more_languages(published: str, modified: str, head: str, lang: str) -> None:
    body = f"<h1>{head}</h1><div class='meta'><p>{published}</p><p>{modified}</p></div><p>Text.</p>"
    assert _dates(_page(f"<title>{head}</title>", body, lang)) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))


def test_a_second_date_without_a_label_is_no_update() -> None:
    body = "<h1>Umiarsualivik nutaaq ammarneqarpoq</h1><p>12. marsi 2022</p><p>13. marsi 2022</p>"
    assert _dates(_page("<title>Umiarsualivik nutaaq ammarneqarpoq</title>", body, "kl"))[1] is None


# --- Malayalam months ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 മാർച്ച് 2022", dt.date(2022, 3, 12)),  # the chillu "ർ" atomic (U+0D7C)
        ("12 മാര\u0d4d\u200dച്ച് 2022", dt.date(2022, 3, 12)),  # ... and joined, as older text writes it
        ("30 നവംബർ 2024", dt.date(2024, 11, 30)),
        ("5 മെയ് 2021", dt.date(2021, 5, 5)),
    ],
)
def test_malayalam_months(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize("text", ["12 മാർച്ചിൽ", "മാർച്ച് 2022", "12 മാസം 2022"])
def test_malayalam_without_a_full_date(text: str) -> None:
    # no year; no day; a word that is no month ("month")
    assert _first(text) is None


# --- Lao months, Thai and Lao digits ------------------------------------------------------------------------
def test_lao_months() -> None:
    assert _first("ວັນທີ 12 ມີນາ 2022") == dt.date(2022, 3, 12)
    assert _first("ວັນທີ 5 ທັນວາ 2565") == dt.date(2022, 12, 5)  # a Buddhist-era year


def test_thai_and_lao_digits() -> None:
    assert _first("วันเสาร์ที่ ๑๒ มีนาคม ๒๕๖๕ เวลา ๑๔.๓๐ น.") == dt.date(2022, 3, 12)
    assert _first("ວັນທີ ໑໒ ມີນາ ໒໐໒໒") == dt.date(2022, 3, 12)
    assert _first("๑๒/๐๓/๒๐๒๒") == dt.date(2022, 3, 12)


@pytest.mark.parametrize("text", ["ວັນທີ 12 ມີນາ", "๑๒ มีนาคม", "ລາຄາ ໑໒ ກີບ 2022"])
def test_lao_and_thai_without_a_full_date(text: str) -> None:
    # no year; no year; a number, a word that is no month, a year
    assert _first(text) is None


# --- error titles -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title", ["Страница није пронађена", "Тражена страница не постоји", "Səhifə tapılmadı", "Xəbər tapılmadı"]
)
def test_serbian_and_azerbaijani_error_titles(title: str) -> None:
    assert is_error_title(title)
    assert has_error_phrase(f"{title} | Site")


@pytest.mark.parametrize("title", ["Страница", "Нова страница закона", "Səhifə", "Bakıda yeni səhifə açıldı"])
def test_serbian_and_azerbaijani_titles_that_are_no_error(title: str) -> None:
    assert not is_error_title(title)


def test_an_error_h2_under_the_front_pages_head_is_the_title() -> None:
    head = (
        "<title>Səhifə tapılmadı | Xəbər.az</title><meta property='og:title' content='Xəbər Agentliyi'>"
        "<meta property='og:site_name' content='Xəbər.az'>"
    )
    body = "<div>404</div><h2>Səhifə tapılmadı</h2><p>Axtardığınız səhifə mövcud deyil.</p>"
    meta = extract_metadata(_page(head, body, "az"), URL, today=TODAY)
    assert meta.title == "Səhifə tapılmadı"


# --- a CMS template's name in the head ----------------------------------------------------------------------
def _title(head: str, body: str, url: str = URL) -> str | None:
    return extract_metadata(_page(head, body), url, today=TODAY).title


def test_a_template_name_in_the_head_gives_way_to_the_h1() -> None:
    head = (
        "<title>Blog Posts Template | Northwind</title>"
        "<meta property='og:title' content='Blog Posts Template | Northwind'>"
    )
    body = "<h1>Why we moved our builds to ARM</h1><div class='post-date'>March 12, 2022</div><p>Text.</p>"
    assert _title(head, body) == "Why we moved our builds to ARM"


def test_a_headline_about_templates_is_a_headline() -> None:
    # Longer than a template's name: a headline, and the head's title stays the vote's.
    head = (
        "<title>A free budget template for small teams | Northwind</title>"
        "<meta property='og:title' content='A free budget template for small teams'>"
    )
    body = "<h1>Budgets</h1><p>Text.</p>"
    assert _title(head, body) == "A free budget template for small teams"


def test_a_template_name_alone_stays_the_title_without_a_heading() -> None:
    # Nothing else names the page: its <title> is still what it says it is.
    title = _title("<title>Post Template | Northwind</title>", "<p>Text.</p>")
    assert (title or "").startswith("Post Template")


# --- the <title>'s part a body element repeats --------------------------------------------------------------
_OLD_TEMPLATE = (
    "<table><tr><td class='banner'><img src='/b.jpg' alt='Provincial Office'></td></tr>"
    "<tr><td><p class='topic'><b>{line}</b></p><p>12 March 2022</p><p>The market opens on Saturdays.</p>"
    "</td></tr></table>"
)


def test_the_title_part_the_body_repeats_is_the_headline() -> None:
    head = "<title>Public Relations Department Nan : New farmers' market opens in Pua</title>"
    body = _OLD_TEMPLATE.format(line="New farmers' market opens in Pua")
    assert _title(head, body) == "New farmers' market opens in Pua"


def test_a_title_part_the_body_does_not_repeat_leaves_the_title() -> None:
    head = "<title>Public Relations Department Nan : New farmers' market opens in Pua</title>"
    body = _OLD_TEMPLATE.format(line="Market news")
    assert _title(head, body) == "Public Relations Department Nan : New farmers' market opens in Pua"


def test_a_title_part_repeated_only_in_a_link_or_a_menu_is_not_the_headline() -> None:
    head = "<title>Public Relations Department Nan : Provincial news archive</title>"
    body = (
        "<div class='menu'><span>Provincial news archive</span></div>"
        "<p><a href='/archive'>Provincial news archive</a></p><p>Some text of the page.</p>"
    )
    assert _title(head, body) == "Public Relations Department Nan : Provincial news archive"


def test_a_page_with_a_heading_is_not_read_for_a_title_part() -> None:
    head = "<title>Department Nan : New farmers' market opens in Pua</title>"
    body = "<h2>Department Nan</h2><p><b>New farmers' market opens in Pua</b></p>"
    assert _title(head, body) != "New farmers' market opens in Pua"
