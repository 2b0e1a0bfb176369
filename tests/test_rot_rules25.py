"""The rules the twenty-fifth link-rot batch (tests/test_rot_heldout25.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: a site engine's stock notice
('данная страница для Вас не доступна, возможно был изменен ее адрес или она была удалена') and 'This story is
no longer on our website' as error sentences; an edition's 'has been discontinued' notice; a relaunch notice
('Мы обновили сайт') in place of a story; an ad-blocker wall; a story re-dated by a migration, its cited date
the one its address holds; an outlet's former name in a redirected page's footer; and a 'link in bio' page
named for what it is."""

from __future__ import annotations

import pytest

from linkcheck import Config, check
from linkcheck.extract import extract_metadata
from linkcheck.gates import client_check, gate_signal
from linkcheck.models import Cause, Citation, FetchResult, PartialDate, Redirect, Status
from linkcheck.pagebody import former_name, headless_signal, redated_day
from linkcheck.soft404 import (
    closure_title,
    is_error_title,
    links_page_title,
    relaunch_title,
    soft_404_signal,
)
from tests.rot_harness import FIXTURES
from tests.rot_harness import Answers as _Answers

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
AGENCY = "https://selenga-inform.com"
GAZETTE = "https://kolyma-gazette-news.com"
HTML = {"content-type": "text/html; charset=utf-8"}
DATED = '<meta property="article:published_time" content="2020-01-20T10:00:00+08:00">'


def _page(title: str, h1: str, head: str = "", text: str = "Some words of the page.") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><h1>{h1}</h1><p>{text}</p></body></html>"
    ).encode()


def _signal(body: bytes, url: str = f"{AGENCY}/20200113/1563224050.html") -> tuple[Cause, str] | None:
    return soft_404_signal(url, url, extract_metadata(body, url, HTML), 0)


def _fetched(url: str, body: bytes, final: str | None = None) -> FetchResult:
    final = final or url
    redirects = (Redirect(301, final),) if final != url else ()
    return FetchResult(
        url=url, final_url=final, status_code=200, headers=HTML, body=body, redirects=redirects
    )


# --- error sentences: a site engine's stock notice, "no longer on our website" ------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "К сожалению, данная страница для Вас не доступна, возможно был изменен ее адрес или она была"
        " удалена.",
        "Данная страница недоступна",
        "Страница недоступна, возможно, она была удалена или перемещена",
        "Возможно, был изменён её адрес",
        "This story is no longer on our website",
        "This article is no longer available on this site",
        "The page you were looking for is no longer on our site",
    ],
)
def test_error_sentences(line: str) -> None:
    assert is_error_title(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ипотека стала доступна для семей с одним ребёнком",
        "Возможно, Путин приедет в Улан-Удэ",
        "Возможно",  # a hedge alone names nothing
        "Страница истории: как строили мост",
        "This story is no longer on our website, says mayor",
        "Iraq is no longer on our radar",
        "The page is no longer on paper",
    ],
)
def test_headlines_like_error_sentences_are_left_alone(line: str) -> None:
    assert not is_error_title(line)


def test_the_site_engines_stock_notice_is_a_soft_404() -> None:
    url = f"{AGENCY}/20200112/1563224040.html"
    body = (FIXTURES / "selenga-dle-error.html").read_bytes()
    signal = headless_signal(url, url, body, extract_metadata(body, url, HTML))
    assert signal is not None
    assert signal[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)
    assert "данная страница для Вас не доступна" in signal[2]


# --- an edition's closure ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Our English service has been discontinued",
        "Our English service has been discontinued as of March 1, 2022",
        "The English edition was shut down in 2022",
        "This website has been discontinued",
        "We have discontinued our English-language service",
    ],
)
def test_an_editions_discontinuation_is_a_closure(title: str) -> None:
    assert closure_title([title]) == title


@pytest.mark.parametrize(
    "title",
    [
        "Bus service has been discontinued",  # news, not the outlet's own
        "The 42 bus service has been discontinued",
        "Ford discontinued the Fiesta",
        "Ferry service to Nome discontinued after storm",
    ],
)
def test_discontinued_things_in_the_news_are_left_alone(title: str) -> None:
    assert closure_title([title]) is None


def test_the_discontinued_editions_page_is_a_soft_404() -> None:
    url = f"{AGENCY}/politics/1114010"
    signal = _signal((FIXTURES / "krechet-en-discontinued.html").read_bytes(), url)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "discontinued" in signal[1]


# --- a relaunch notice in place of the story ---------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Мы обновили сайт",
        "Наш сайт обновлён",
        "Новая версия сайта",
        "Добро пожаловать на новый сайт",
        "We've rebuilt our website",
        "We have relaunched our site",
        "Our website has changed",
        "Welcome to our new website",
        "Welcome to the new Kolyma Gazette website",
    ],
)
def test_a_relaunch_notice_is_one(title: str) -> None:
    assert relaunch_title([title]) == title


@pytest.mark.parametrize(
    "title",
    [
        "Минздрав обновил сайт",  # news of another's site
        "Новый сайт мэрии заработал",
        "We have moved",
        "How we rebuilt our website in a weekend: a developer's diary with many lessons learned on the way",
        "Site of the new hospital chosen",
    ],
)
def test_headlines_about_new_sites_are_left_alone(title: str) -> None:
    assert relaunch_title([title]) is None


def test_the_relaunch_notice_page_is_a_soft_404_and_a_dated_announcement_is_not() -> None:
    signal = _signal((FIXTURES / "selenga-old-links-notice.html").read_bytes())
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "relaunched its website" in signal[1]
    assert _signal(_page("Мы обновили сайт | Селенга-Информ", "Мы обновили сайт", DATED)) is None


# --- an ad-blocker wall -------------------------------------------------------------------------------------


def test_an_ad_blocker_wall_is_a_client_check_that_says_so() -> None:
    url = f"{AGENCY}/politika/7491040"
    body = (FIXTURES / "krechet-adblock-wall.html").read_bytes()
    gate = gate_signal(url, url, extract_metadata(body, url, HTML), 0)
    assert gate is not None
    assert gate[0] is Cause.BOT_CHALLENGE
    assert "ad-blocker wall" in gate[1]
    for title in ("Ad blocker detected", "Please disable your ad blocker", "Adblocker erkannt"):
        assert "ad-blocker wall" in client_check(title)[1]


@pytest.mark.parametrize(
    ("title", "h1", "head"),
    [
        # a story under an ad-blocker notice: its own headline
        ("Отключите блокировщик рекламы | Кречет", "В Кремле оценили перспективы поставок", ""),
        # a dated story headlined like the wall
        ("Ad blocker detected: why publishers ask | The Kolyma Gazette", "Ad blocker detected", DATED),
    ],
)
def test_stories_with_ad_blocker_words_are_left_alone(title: str, h1: str, head: str) -> None:
    url = f"{GAZETTE}/2020/01/12/story-a69320"
    assert gate_signal(url, url, extract_metadata(_page(title, h1, head), url, HTML), 0) is None


# --- a story re-dated by a migration ------------------------------------------------------------------------

REDATED = (
    '<meta property="og:site_name" content="Селенга-Информ">'
    '<meta property="article:published_time" content="2023-03-15T03:00:00+08:00">'
)
HEADLINE = "В Бурятии запустили первую солнечную электростанцию"
DATELINE = "УЛАН-УДЭ, 9 января. /Селенга-Информ/. Первая в Бурятии солнечная электростанция введена в строй."


def _kinds(citation: Citation, body: bytes, url: str) -> tuple[str, set[str]]:
    result = check([citation], Config(), fetcher=_Answers({url: _fetched(url, body)})).results[0]
    return result.verdict.value, {f.kind.value for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        DATELINE,
        "MOSCOW, Jan. 9 (Reuters) - The plant opened on Thursday.",
        "Опубликовано 9 января 2020 года. Станция заработала в четверг.",
        "By Irina Tkach · January 9, 2020. The plant opened on Thursday.",
        "09.01.2020 14:20 · Экономика",
    ],
)
def test_a_story_redated_after_its_address_was_made_passes(text: str) -> None:
    url = f"{AGENCY}/20200109/1563224010.html"
    body = _page(f"{HEADLINE} | Селенга-Информ", HEADLINE, REDATED, text)
    citation = Citation(url, title=HEADLINE, date=PartialDate.parse("2020-01-09"))
    assert _kinds(citation, body, url) == ("pass", set())
    metadata = extract_metadata(body, url, HTML)
    day = redated_day(body, metadata)
    assert day is not None
    assert day.value.isoformat() == "2020-01-09"


@pytest.mark.parametrize(
    "text",
    [
        "The plant opened on Thursday.",  # no word of the address's day
        "The Moscow Metro turns 86 on Saturday. It opened on January 9, 1935.",  # the day in another year
        "Updated January 9, 2021: the plant reached full capacity.",
        "The plant, opened on 9 января, works.",  # the day with no year, not in a dateline
    ],
)
def test_a_later_date_stands_without_the_days_word_in_the_text(text: str) -> None:
    url = f"{AGENCY}/20200109/1563224010.html"
    body = _page(f"{HEADLINE} | Селенга-Информ", HEADLINE, REDATED, text)
    citation = Citation(url, title=HEADLINE, date=PartialDate.parse("2020-01-09"))
    verdict, kinds = _kinds(citation, body, url)
    assert verdict == "fail"
    assert {"date_mismatch", "url_date_mismatch"} <= kinds


def test_a_page_dated_its_addresss_day_is_left_as_it_is() -> None:
    url = f"{AGENCY}/20200109/1563224010.html"
    head = '<meta property="article:published_time" content="2020-01-10T01:00:00+08:00">'
    body = _page(HEADLINE, HEADLINE, head, DATELINE)
    assert redated_day(body, extract_metadata(body, url, HTML)) is None  # a day later: within a night's slack
    assert redated_day(body, extract_metadata(body, f"{AGENCY}/politika/1563224010", HTML)) is None


# --- an outlet's former name in a redirected page's footer --------------------------------------------------


@pytest.mark.parametrize(
    ("footer", "former"),
    [
        ("Сетевое издание «Бурятия.Медиа» (до 2023 года — «Селенга-Информ»).", "Селенга-Информ"),
        ("Бурятия.Медиа, ранее — «Вечерний Улан-Удэ»", "Вечерний Улан-Удэ"),
        ("Onega Today (formerly The Onega Herald)", "The Onega Herald"),
        ("previously known as “Kolyma Times”", "Kolyma Times"),
    ],
)
def test_a_former_name_is_read_from_the_footer(footer: str, former: str) -> None:
    assert former_name(f"<footer><p>{footer}</p></footer>".encode()) == former


@pytest.mark.parametrize(
    "footer",
    [
        "Road closed until 2024 for repairs",
        "He was formerly the mayor of Anadyr",
        "© Селенга-Информ, 2006–2024",
        "Материал был ранее опубликован в газете",
    ],
)
def test_footers_without_a_former_name_are_left_alone(footer: str) -> None:
    assert former_name(f"<footer><p>{footer}</p></footer>".encode()) is None


def test_a_renamed_outlets_page_matches_its_old_name() -> None:
    body = (FIXTURES / "buryatia-media-renamed.html").read_bytes()
    # the renamed outlet's host: its name no longer spells the cited one
    old = "https://buryatia-media.com/20200110/1563224020.html"
    new = "https://buryatia-media.com/news/20200110/1563224020.html"
    cited = {"title": "На Байкале открыли ледовую переправу на Ольхон", "outlet": "Селенга-Информ"}
    moved = check([Citation(old, **cited)], Config(), fetcher=_Answers({old: _fetched(old, body, new)}))
    assert "outlet_mismatch" not in {f.kind.value for f in moved.results[0].findings}
    assert "formerly Селенга-Информ" in (moved.results[0].metadata.site_name or "")
    # reached with no redirect (the twenty-seventh batch: an outlet renamed in place), the footer's former
    # name is read too, from the footer alone (tests/test_rot_rules27.py); a former name said anywhere else
    # on such a page is not
    here = check([Citation(new, **cited)], Config(), fetcher=_Answers({new: _fetched(new, body)}))
    assert "outlet_mismatch" not in {f.kind.value for f in here.results[0].findings}
    unfooted = body.replace(b"<footer", b"<div").replace(b"</footer>", b"</div>")
    assert unfooted != body
    here = check([Citation(new, **cited)], Config(), fetcher=_Answers({new: _fetched(new, unfooted)}))
    assert "outlet_mismatch" in {f.kind.value for f in here.results[0].findings}


# --- a "link in bio" page -----------------------------------------------------------------------------------


def test_a_link_in_bio_page_is_named_so() -> None:
    url = f"{AGENCY}/politika/7490090"
    links = f"{AGENCY}/links"
    body = (FIXTURES / "kedr-link-in-bio.html").read_bytes()
    citation = Citation(url, title="Посол Ирака в Москве заявил о расширении военного сотрудничества")
    result = check([citation], Config(), fetcher=_Answers({url: _fetched(url, body, links)})).results[0]
    assert result.status is Status.SOFT_404
    assert "page of links to its accounts elsewhere" in result.reason
    assert "section front page" not in result.reason


@pytest.mark.parametrize(
    ("title", "links"),
    [
        ("Кедр — все ссылки", True),
        ("Kolyma Gazette | Links", True),
        ("Мы в соцсетях", True),
        ("Политика", False),
        ("Links between Iraq and Russia grow | Kedr", False),
        ("Useful links for migrants", False),
    ],
)
def test_links_page_titles(title: str, links: bool) -> None:
    metadata = extract_metadata(_page(title, ""), f"{AGENCY}/links", HTML)
    assert (links_page_title(metadata) is not None) is links
