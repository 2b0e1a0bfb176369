"""General rules behind the fiftieth link-rot batch (:mod:`tests.test_rot_heldout50`), on strings and pages.

- A page's lines are read from the first character that is not a space: an element holding only the
  indentation before its child (``<div class="wrap">\\n  <div class="error">Post not found</div>``) is no
  line, and its match no longer swallows the child's ``<``, so the child's line is read. A page with no
  headline whose notice sits one element inside another (a deleted post, a widget's error) says what it is.
- 'Site under construction' in languages written in Cyrillic ('Сайт находится в разработке', Ukrainian
  'Сайт у розробці', Bulgarian 'Сайтът е в процес на изграждане', Serbian 'Сајт је у изградњи') is an error
  title and a whole-site placeholder, as English 'Under Construction' is. A story headlined with it is left
  alone.
- A registrar's page for a lapsed name that offers its owner to renew it in Ukrainian or Russian
  ('Продовжити домен', 'Продлить домен') has the second sign a parked page needs beside 'Термін реєстрації
  домену закінчився'. A story quoting both states its date and is left alone.
- 'This information has moved' (a public body's page whose content went to a national portal) is a moved
  notice, as 'This page has moved' is. A headline quoting it is left alone.
- A page every title of which is a correction's bare heading ('Rectificación', 'Correction', 'Sprostowanie'),
  beside at most the site's name, is a correction standing where the story was, dated or not. A story
  headlined 'Correction: ...', a story with a 'Correction' box under its headline, a 'Corrections' column
  are left alone.
"""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.pagebody import body_signal, headless_signal
from linkcheck.soft404 import (
    _names_a_placeholder,
    _piece_kinds,
    is_error_title,
    is_moved_title,
)
from tests.rot_harness import dated_only, one, soft_signal

POST = "https://widgets.kestrelnews.com/kestrelnews/4512"
AGENCY = "https://www.kestrel-news.ru/20210127/9990003030.html"
STORY = "https://www.lavozdelaribera.es/local/2021/02/08/puente-de-tudela-obras-adjudicadas"
COUNCIL = "https://www.kinrossdistrict.co.uk/services/bins/garden-waste-permits"


def _doc(head: str, body: str, lang: str = "en") -> bytes:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


def _headless(url: str, page: bytes) -> tuple[Status, Cause, str] | None:
    return headless_signal(url, url, page, extract_metadata(page, url))


def _body(url: str, page: bytes) -> tuple[Cause, str] | None:
    return body_signal(url, url, page, extract_metadata(page, url))


# --- a line one element inside another ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "inner"),
    [
        (
            "Telegram Widget",
            '<div class="wrap">\n  <div class="tgme_widget_message_error">Post not found</div>\n</div>',
        ),
        (
            "X",
            '<div class="empty">\n      <span>Hmm...this page doesn’t exist. Try again.</span>\n    </div>',
        ),
        ("Notices", "<section>\n\t<div>\n\t\t<p>This page does not exist.</p>\n\t</div>\n</section>"),
    ],
)
def test_a_nested_notice_on_a_page_with_no_headline_is_read(title: str, inner: str) -> None:
    page = _doc(f"<title>{title}</title>", inner)
    signal = _headless(POST, page)
    assert signal is not None
    assert signal[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)


def test_a_nested_notice_makes_the_citation_a_soft_404() -> None:
    page = _doc(
        "<title>Telegram Widget</title>",
        '<div class="wrap">\n  <div class="tgme_widget_message_error">Post not found</div>\n</div>',
    )
    status, _cause, verdict, _kinds = one(dated_only(POST, "2021-01-21"), page)
    assert (status, verdict) == (Status.SOFT_404, "fail")


def test_nested_lines_that_say_nothing_of_an_error_are_left_alone() -> None:
    page = _doc(
        "<title>Harbour cafe</title>",
        '<div class="wrap">\n  <div class="hours">Open every day from nine till five</div>\n'
        "  <div>\n    <p>Fresh bread and coffee by the quay.</p>\n  </div>\n</div>",
    )
    assert _headless(POST, page) is None


# --- a site under construction, in Cyrillic -----------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Сайт находится в разработке",
        "Сайт в разработке",
        "Сайт в стадии разработки",
        "Сайт у розробці",
        "Сайт знаходиться в розробці",
        "Сайтът е в процес на изграждане",
        "Сајт је у изградњи",
    ],
)
def test_cyrillic_under_construction_is_an_error_title(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    ("title", "lang"),
    [("Сайт в разработке", "ru"), ("Сайт у розробці", "uk"), ("Сайтът е в процес на изграждане", "bg")],
)
def test_a_cyrillic_under_construction_holder_is_a_soft_404(title: str, lang: str) -> None:
    page = _doc(f"<title>{title}</title>", f"<h1>{title}</h1><p>info@example.ru</p>", lang)
    signal = soft_signal(AGENCY, page)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


@pytest.mark.parametrize("title", ["Вести Севера – Сайт в разработке", "Вісті Півночі | Сайт у розробці"])
def test_a_site_name_beside_a_cyrillic_placeholder_names_a_placeholder(title: str) -> None:
    """As "<site> – Coming Soon" does: the whole site is a placeholder, whatever a page's heading says."""
    assert _names_a_placeholder(_piece_kinds(title))


@pytest.mark.parametrize(
    "title",
    [
        "«Сайт находится в разработке»: портал нового аэропорта так и не заработал",
        "Сайт мэрии в разработке уже третий год",
        "Разработке сайта выделили 2 млн рублей",
    ],
)
def test_headlines_about_a_site_under_construction_are_left_alone(title: str) -> None:
    assert not is_error_title(title)


def test_a_story_headlined_under_construction_stays_ok() -> None:
    headline = "«Сайт находится в разработке»: портал нового аэропорта так и не заработал"
    page = _doc(
        f"<title>{headline}</title>"
        "<meta property='article:published_time' content='2021-06-22T14:40:00+05:00'>",
        f"<h1>{headline}</h1><p>Аэропорт принимает рейсы, но его сайт показывает одну строку.</p>",
        "ru",
    )
    url = "https://www.vesti-priirtyshya.ru/news/2021/06/22/sajt-aeroporta"
    citation = Citation(url=url, title=headline, date=PartialDate.parse("2021-06-22"))
    status, _cause, verdict, _kinds = one(citation, page)
    assert (status, verdict) == (Status.OK, "pass")


# --- a lapsed name to renew, in Ukrainian or Russian --------------------------------------------------------


@pytest.mark.parametrize(
    ("notice", "renew", "lang"),
    [
        ("Термін реєстрації домену закінчився", "Продовжити домен", "uk"),
        ("Термін реєстрації домену закінчився", "Будь ласка, продовжіть домен в особистому кабінеті", "uk"),
        ("Регистрация домена истекла", "Продлить домен", "ru"),
        ("Регистрация домена истекла", "Чтобы сайт снова заработал, продлите домен", "ru"),
    ],
)
def test_a_lapsed_name_offered_for_renewal_is_parked(notice: str, renew: str, lang: str) -> None:
    page = _doc(f"<title>{notice}</title>", f"<h1>{notice}</h1><p>{renew}</p>", lang)
    signal = _body(AGENCY, page)
    assert signal is not None
    assert signal[0] is Cause.PARKED


def test_a_story_quoting_a_lapsed_name_and_its_renewal_is_left_alone() -> None:
    page = _doc(
        "<title>Сайт мэрии перестал открываться</title>"
        "<meta property='article:published_time' content='2021-02-15T10:20:00+05:00'>",
        "<h1>Сайт мэрии перестал открываться</h1><p>Регистратор показывает: «Регистрация домена истекла."
        " Продлить домен»</p>",
        "ru",
    )
    assert _body("https://www.vesti-priirtyshya.ru/news/2021/02/15/sajt-merii", page) is None


def test_a_renewal_offer_alone_is_not_parked() -> None:
    page = _doc("<title>Мой кабинет</title>", "<h1>Мой кабинет</h1><p>Продлить домен</p>", "ru")
    assert _body(AGENCY, page) is None


# --- information moved to a portal --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "This information has moved",
        "This information has moved - Kinross District Council",
        "This guidance has moved",
    ],
)
def test_information_has_moved_is_a_moved_notice(title: str) -> None:
    assert is_moved_title(title, ["Kinross District Council"])


def test_a_council_page_saying_its_information_moved_is_a_soft_404_naming_the_portal() -> None:
    page = _doc(
        "<title>This information has moved - Kinross District Council</title>",
        "<h1>This information has moved</h1><p>Garden waste permits are now on the national portal.</p>"
        "<p><a href='https://portal.example/garden-waste'>Go to garden waste on the portal</a></p>",
    )
    signal = _body(COUNCIL, page)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "https://portal.example/garden-waste" in signal[1]


@pytest.mark.parametrize(
    "title",
    [
        '"This information has moved": council pages switch to national portal',
        "Where the information has moved to: a guide to the new portal",
    ],
)
def test_headlines_quoting_information_has_moved_are_left_alone(title: str) -> None:
    assert not is_moved_title(title)


# --- a correction alone where the story was -----------------------------------------------------------------


def _correction_page(title: str, heading: str, text: str, lang: str = "es") -> bytes:
    return _doc(
        f"<title>{title}</title><meta property='og:site_name' content='La Voz de la Ribera'>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2021-02-11T09:15:00+01:00'>",
        f"<h1>{heading}</h1><p>{text}</p>",
        lang,
    )


@pytest.mark.parametrize(
    ("title", "heading", "lang"),
    [
        ("Rectificación | La Voz de la Ribera", "Rectificación", "es"),
        ("Fe de errores - La Voz de la Ribera", "Fe de errores", "es"),
        ("Correction | La Voz de la Ribera", "Correction", "en"),
        ("Sprostowanie", "Sprostowanie", "pl"),
        ("Berichtigung", "Berichtigung", "de"),
    ],
)
def test_a_dated_correction_alone_is_a_soft_404(title: str, heading: str, lang: str) -> None:
    page = _correction_page(
        title, heading, "En una versión anterior se afirmaba algo que no era correcto.", lang
    )
    signal = soft_signal(STORY, page)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


def test_a_correction_alone_fails_its_citation_as_gone() -> None:
    page = _correction_page(
        "Rectificación | La Voz de la Ribera", "Rectificación", "Esa afirmación no era correcta."
    )
    citation = Citation(
        url=STORY, title="Adjudicadas las obras del puente", date=PartialDate.parse("2021-02-08")
    )
    status, _cause, verdict, _kinds = one(citation, page)
    assert (status, verdict) == (Status.SOFT_404, "fail")


@pytest.mark.parametrize(
    "titles",
    [
        ["Correction: the mayor did not resign | The Herald", "Correction: the mayor did not resign"],
        ["Bridge contract awarded for €3.4m | The Herald", "Correction"],
        ["Corrections and clarifications | The Herald", "Corrections and clarifications"],
        ["Corrections | The Herald", "Corrections"],
        ["Spelling correction tools tested in schools", "Spelling correction tools tested in schools"],
    ],
)
def test_titles_that_are_not_a_correction_alone_are_left_alone(titles: list[str]) -> None:
    from linkcheck.soft404 import correction_title  # the rule's own function, new with it

    assert correction_title(titles, ["The Herald"], ["herald.example"]) is None


def test_a_story_with_a_correction_box_under_its_headline_stays_ok() -> None:
    headline = "Adjudicadas las obras del puente de Tudela por 3,4 millones"
    page = _doc(
        f"<title>{headline} | La Voz de la Ribera</title>"
        "<meta property='og:site_name' content='La Voz de la Ribera'>"
        "<meta property='article:published_time' content='2021-02-08T09:15:00+01:00'>",
        f"<h1>{headline}</h1><p>El Gobierno foral adjudicó ayer las obras del puente, que durarán un año y"
        " medio, a una unión temporal de empresas de la comarca.</p><p>Los trabajos empezarán en abril y"
        " obligarán a cortar un carril durante los meses de verano, según el departamento.</p>"
        "<h2>Rectificación</h2><p>Una versión anterior atribuía una sanción a la empresa adjudicataria.</p>",
        "es",
    )
    citation = Citation(url=STORY, title=headline, date=PartialDate.parse("2021-02-08"))
    status, _cause, verdict, _kinds = one(citation, page)
    assert (status, verdict) == (Status.OK, "pass")
