"""The rules the seventeenth link-rot batch (tests/test_rot_heldout17.py) brought, each on strings, with what
each must leave alone: a title that says the site is down for now (a maintenance page, a browser's own
"This site can't be reached" saved in place of the page) is an ``error``, not a soft 404; Russian headings of
a withdrawn story ("Материал недоступен") and of a host's stub for a site switched off ("Сайт временно
отключён"); a merged outlet's notice that names itself ("The Neva Times archive is no longer available
online")."""

from __future__ import annotations

import pytest

from linkcheck import Config, check
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, FetchResult, PartialDate, Status
from linkcheck.pagebody import names_gone, notice_signal
from linkcheck.soft404 import is_error_title, soft_404_signal

SITE = "https://www.nevatimes.example"
STORY = f"{SITE}/2021/06/02/st-petersburg-forum-opens-without-western-guests-a74012"
AGENCY = "https://volga-inform.example/20210415/1728394056.html"


def _page(title: str, h1: str, body: str = "", lang: str = "en", site: str = "The Neva Times") -> bytes:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:site_name" content="{site}"></head>'
        f"<body><h1>{h1}</h1>{body}</body></html>"
    ).encode()


def _signal(url: str, page: bytes) -> tuple[Cause, str] | None:
    return soft_404_signal(url, url, extract_metadata(page, url), 0)


# --- down for now: a maintenance page, a browser's error page -----------------------------------------------


@pytest.mark.parametrize(
    ("url", "title", "h1", "lang"),
    [
        (STORY, "This page is being updated - The Neva Times", "This page is being updated", "en"),
        (STORY, "The Neva Times", "Site under maintenance", "en"),
        (STORY, "Maintenance mode | The Neva Times", "We'll be back soon!", "en"),
        (STORY, "nevatimes.example", "This site can’t be reached", "en"),
        (STORY, "Problem loading page", "Hmm. We’re having trouble finding that site.", "en"),
        (AGENCY, "Технические работы — Волга-Информ", "Страница обновляется", "ru"),
        (AGENCY, "volga-inform.example", "Не удается получить доступ к сайту", "ru"),
    ],
)
def test_a_title_that_says_the_site_is_down_is_a_server_error(
    url: str, title: str, h1: str, lang: str
) -> None:
    signal = _signal(url, _page(title, h1, lang=lang))
    assert signal is not None
    assert signal[0] is Cause.SERVER_ERROR
    assert "try again later" in signal[1]


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        # a not-found page stays a soft 404
        ("Page not found - The Neva Times", "Page not found"),
        # a down phrase beside a not-found one: the page says it is gone
        ("Under maintenance | The Neva Times", "Sorry, this page does not exist"),
    ],
)
def test_a_page_that_says_it_is_gone_stays_a_soft_404(title: str, h1: str) -> None:
    signal = _signal(STORY, _page(title, h1))
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


@pytest.mark.parametrize(
    "title",
    [
        "Under maintenance: the bridge that never closes",
        "Why this site can't be reached from Russia",
        "Unable to connect: rural towns still wait for broadband",
        "Технические работы на Крымском мосту завершены досрочно",
        "Страница обновляется каждый час: как работает наш live-блог",
    ],
)
def test_headlines_about_outages_are_no_error_title(title: str) -> None:
    assert not is_error_title(title)
    assert _signal(STORY, _page(f"{title} - The Neva Times", title)) is None


class _Answers:
    def __init__(self, url: str, body: bytes) -> None:
        self.url, self.body = url, body

    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
        headers = {"content-type": "text/html; charset=utf-8"}
        return FetchResult(url=url, final_url=url, status_code=200, headers=headers, body=self.body)


def test_the_checker_reports_a_maintenance_page_as_an_error_that_warns() -> None:
    page = _page("This page is being updated - The Neva Times", "This page is being updated")
    url = "https://www.nevatimes.co.uk/2021/06/02/st-petersburg-forum-opens-a74012"  # (.example is dead)
    citation = Citation(url, title="St. Petersburg Forum Opens", date=PartialDate.parse("2021-06-02"))
    result = check([citation], Config(), fetcher=_Answers(url, page)).results[0]
    assert (result.status, result.cause) == (Status.ERROR, Cause.SERVER_ERROR)
    assert result.verdict.value == "warn"
    assert not [f for f in result.findings if f.kind.value == "title_mismatch"]


# --- Russian headings: a withdrawn story, a site switched off -----------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Материал недоступен",
        "Материал временно недоступен",
        "Публикация недоступна",
        "Сайт временно отключён",
        "Работа сайта приостановлена",
    ],
)
def test_russian_withdrawn_and_switched_off_headings(title: str) -> None:
    assert is_error_title(title)
    signal = _signal(AGENCY, _page("Волга-Информ", title, lang="ru", site="Волга-Информ"))
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


@pytest.mark.parametrize(
    "title",
    [
        "Материал недоступен для читателей из Европы",
        "Сайт отключён: что случилось с порталом госуслуг",
        "Работа сайта приостановлена по решению суда, сообщил Роскомнадзор",
    ],
)
def test_russian_headlines_about_such_things_are_no_error_title(title: str) -> None:
    assert not is_error_title(title)


# --- a merged outlet's notice that names itself -------------------------------------------------------------

NAMES = ["The Neva Times"]


@pytest.mark.parametrize(
    "line",
    [
        "The Neva Times archive is no longer available online.",
        "The Neva Times archive is no longer available online. Thank you for reading us all these years.",
        "The Neva Times's archive is no longer available.",
    ],
)
def test_a_notice_naming_the_site_says_gone(line: str) -> None:
    assert names_gone(line, NAMES)


@pytest.mark.parametrize(
    "line",
    [
        # another archive, not the site's
        "The city film archive is no longer available online.",
        # the site's archive, but not gone
        "The Neva Times archive is growing every day.",
        # the notice's own words without the name: left to the other rules
        "Our archive is no longer available online.",
    ],
)
def test_other_lines_are_not_a_named_notice(line: str) -> None:
    assert not names_gone(line, NAMES)


def _merged(after: str = "") -> bytes:
    return _page(
        "The Neva Times is now part of The Baltic Herald",
        "The Neva Times is now part of The Baltic Herald",
        "<p>After 27 years, The Neva Times has joined The Baltic Herald.</p>"
        f"<p>The Neva Times archive is no longer available online.</p>{after}",
    )


def test_a_merged_outlets_notice_is_a_soft_404() -> None:
    page = _merged()
    signal = notice_signal(STORY, STORY, page, extract_metadata(page, STORY))
    assert signal is not None
    assert signal[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)


def test_a_story_that_goes_on_after_such_a_line_is_no_notice() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n}: the paper's editors explained how the merger would change the newsroom.</p>"
        for n in range(10)
    )
    page = _merged(paragraphs)
    assert notice_signal(STORY, STORY, page, extract_metadata(page, STORY)) is None
