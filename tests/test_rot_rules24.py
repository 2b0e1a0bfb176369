"""The rules the twenty-fourth link-rot batch (tests/test_rot_heldout24.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: a wire's notice withdrawing a
story ('KILL: <headline>', '<Agency> отзывает сообщение «...»'); an outlet's 'Our archive is moving'; a
site dark for a day on purpose ('<Outlet> is dark today'); a story's comment thread in place of the story;
a registrar's auction of a lapsed name; and a Ukrainian provider's block page ('Доступ обмежено')."""

from __future__ import annotations

import pytest

from linkcheck import Config, check
from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal, legal_block
from linkcheck.models import Cause, Citation, FetchResult, Redirect, Status
from linkcheck.names import fold
from linkcheck.pagebody import body_signal
from linkcheck.soft404 import closure_title, comments_title, dark_title, soft_404_signal, withdrawal_title
from tests.rot_harness import FIXTURES
from tests.rot_harness import Answers as _Answers

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
STANDARD = "https://chukotka-standard-news.com"
AGENCY = "https://kedr-inform.com"
HTML = {"content-type": "text/html; charset=utf-8"}
DATED = '<meta property="article:published_time" content="2020-01-20T10:00:00+03:00">'


def _page(title: str, h1: str, head: str = "", text: str = "Some words of the page.") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><h1>{h1}</h1><p>{text}</p></body></html>"
    ).encode()


def _signal(body: bytes, url: str = f"{STANDARD}/2020/01/28/story-a69200") -> tuple[Cause, str] | None:
    return soft_404_signal(url, url, extract_metadata(body, url, HTML), 0)


# --- a wire's notice withdrawing a story --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("KILL: Russia Ready to Supply S-400 to Iraq, Senator Says", ""),
        ("MANDATORY KILL - Quake Hits Kamchatka Coast", ""),
        ("WITHDRAWN: Iraq Resumes S-300 Talks", ""),
        ("ELIMINATION: Port Reopens After Storm", ""),
        ("ТАСС отзывает сообщение «В Туве ввели режим ЧС»", "ТАСС"),
        ("Саяны-Информ отзывает сообщение «В Туве ввели режим ЧС»", "Саяны-Информ"),
        ("Информационное агентство «Кедр» аннулирует новость «Глава района ушёл в отставку»", ""),
        ('Kedr News Agency withdraws story "Iraq Confirms Interest in S-400"', ""),
        ("Kedr has withdrawn the story headlined “Minister Resigns”", "Kedr"),
        ("Редакция отзывает материал «Мост закрыт на ремонт»", ""),
    ],
)
def test_a_wires_withdrawal_notice_is_one(title: str, site: str) -> None:
    assert withdrawal_title([title], (site,)) == title


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Kill: A Review of the Season's Darkest Thriller", ""),  # title case: a headline
        ("Killing Time in Anadyr: Winter Diaries", ""),
        ("Withdrawn Troops Return Home", ""),
        ("Ministry withdraws report on pensions", ""),  # withdraws a report, names no story's headline
        ("Минфин отзывает законопроект «О бюджете»", ""),  # a bill, not a story
        ("Суд отзывает лицензию «Радио Север»", ""),
        ("Iraq resumes S-300 talks with Russia", ""),
        # news of another outlet's or a journal's retraction, on a page that is not theirs
        ('Science journal retracts article "Vaccines and Memory"', "The Chukotka Standard"),
        ("BBC withdraws story “Minister Resigns” after complaint", "Kedr News Agency"),
        ("ТАСС отзывает сообщение «В Туве ввели режим ЧС»", "Саяны-Информ"),
    ],
)
def test_headlines_about_withdrawals_are_left_alone(title: str, site: str) -> None:
    assert withdrawal_title([title], (site,)) is None


@pytest.mark.parametrize("fixture", ["sayany-kill-notice.html", "kedr-en-kill-notice.html"])
def test_a_withdrawal_notice_page_is_a_soft_404_that_says_withdrawn(fixture: str) -> None:
    """The notices declare their own date and quote the cited headline: withdrawn all the same."""
    signal = _signal((FIXTURES / fixture).read_bytes(), f"{AGENCY}/politics/1113400")
    assert signal is not None
    cause, reason = signal
    assert cause is Cause.ERROR_PAGE
    assert "withdrawing the story" in reason


def test_a_withdrawal_notice_fails_the_citation_it_quotes() -> None:
    url = f"{AGENCY}/politics/1113400"
    body = (FIXTURES / "kedr-en-kill-notice.html").read_bytes()
    fetched = FetchResult(url=url, final_url=url, status_code=200, headers=HTML, body=body)
    citation = Citation(url, title="Russia Ready to Supply S-400 to Iraq, Senator Says")
    result = check([citation], Config(), fetcher=_Answers({url: fetched})).results[0]
    assert (result.status, result.verdict.value) == (Status.SOFT_404, "fail")
    assert "KILL:" in result.reason


# --- an archive on the move, a site dark for a day ----------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Our archive is moving", "The archive is being migrated", "Архив переезжает", "Our Archive Is Moving!"],
)
def test_an_archive_on_the_move_is_a_notice(title: str) -> None:
    assert closure_title([title]) == title


@pytest.mark.parametrize(
    "title",
    [
        "The Archive Is Moving to Kew",
        "National archive is moving",
        "Архив переезжает в новое здание на Садовой",
    ],
)
def test_headlines_about_archives_moving_are_left_alone(title: str) -> None:
    assert closure_title([title]) is None


def test_the_archive_notice_page_is_a_soft_404_and_a_dated_story_is_not() -> None:
    signal = _signal((FIXTURES / "chukotka-archive-moving.html").read_bytes())
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert _signal(_page("Our archive is moving", "Our archive is moving", DATED)) is None


@pytest.mark.parametrize(
    "title",
    [
        "The Chukotka Standard is dark today",
        "This site has gone dark for 24 hours",
        "Our website is offline today in protest against the media law",
        "Сайт не работает в знак протеста",
    ],
)
def test_a_site_dark_on_purpose_is_down_for_now(title: str) -> None:
    assert dark_title([title]) == title
    signal = _signal(_page(title, title))
    assert signal is not None
    assert signal[0] is Cause.SERVER_ERROR
    assert "try again later" in signal[1]


@pytest.mark.parametrize(
    ("title", "head"),
    [
        ("Why the Northern Lights Go Dark in Winter", ""),
        ("City Goes Dark as Storm Cuts Power", ""),
        ("Reddit Is Going Dark Today in Protest", DATED),  # a dated story about a blackout
    ],
)
def test_stories_about_going_dark_are_left_alone(title: str, head: str) -> None:
    assert _signal(_page(title, title, head)) is None


def test_the_blackout_page_is_an_error_not_a_title_mismatch() -> None:
    url = f"{STANDARD}/2020/01/31/anadyr-heating-tariffs-frozen-a69230"
    body = (FIXTURES / "chukotka-blackout.html").read_bytes()
    fetched = FetchResult(url=url, final_url=url, status_code=200, headers=HTML, body=body)
    citation = Citation(url, title="Anadyr Freezes Heating Tariffs for 2020")
    result = check([citation], Config(), fetcher=_Answers({url: fetched})).results[0]
    assert (result.status, result.verdict.value) == (Status.ERROR, "warn")
    assert not result.findings


# --- a story's comment thread -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Комментарии (3)", "Comments (12)", "Reader comments", "Kommentare (5)", "Обсуждение", "Comments"],
)
def test_a_comment_threads_heading_is_one(title: str) -> None:
    assert comments_title([title]) == title


@pytest.mark.parametrize(
    "title",
    ["Comments on the Budget Draw Fire", "Комментарии экспертов к бюджету", "No comment", "3 comments"],
)
def test_headlines_with_comments_are_left_alone(title: str) -> None:
    assert comments_title([title]) is None


def test_a_301_to_a_comment_thread_is_no_move() -> None:
    url = f"{AGENCY}/20200127/1563223100.html"
    thread = f"{AGENCY}/comments/1563223100"
    body = (FIXTURES / "sayany-comments-only.html").read_bytes()
    fetched = FetchResult(
        url=url,
        final_url=thread,
        status_code=200,
        headers=HTML,
        body=body,
        redirects=(Redirect(301, thread),),
    )
    citation = Citation(url, title="Глава Тувы отправлен в отставку")
    result = check([citation], Config(), fetcher=_Answers({url: fetched})).results[0]
    assert result.status is Status.SOFT_404
    assert "comment thread" in result.reason
    assert not [f for f in result.findings if f.kind.value == "moved"]


def test_a_dated_story_headed_comments_is_left_alone() -> None:
    assert _signal(_page("Comments (4) | The Chukotka Standard", "Comments (4)", DATED)) is None


# --- a registrar's auction of a lapsed name -----------------------------------------------------------------


def test_a_registrars_auction_of_the_lapsed_name_is_parked() -> None:
    url = f"{STANDARD}/2020/01/29/chukotka-reindeer-herders-subsidy-a69210"
    body = (FIXTURES / "chukotka-domain-auction.html").read_bytes()
    signal = body_signal(url, url, body, extract_metadata(body, url, HTML))
    assert signal is not None
    assert signal[0] is Cause.PARKED


@pytest.mark.parametrize(
    "body",
    [
        # a story about an auction: no domain for a title
        _page("Дом Шаляпина выставлен на аукцион", "Дом Шаляпина выставлен на аукцион"),
        # a dated story about a domain auction
        _page("chukotka.ru: домен выставлен на аукцион", "Домен выставлен на аукцион", DATED),
    ],
)
def test_stories_about_auctions_are_not_parked(body: bytes) -> None:
    url = f"{STANDARD}/2020/01/29/story-a69210"
    signal = body_signal(url, url, body, extract_metadata(body, url, HTML))
    assert signal is None or signal[0] is not Cause.PARKED


# --- a Ukrainian provider's block page ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Доступ обмежено", "Доступ до ресурсу обмежено", "Ресурс заблоковано", "Доступ до сайту заблоковано"],
)
def test_a_ukrainian_providers_block_page_is_blocked(title: str) -> None:
    url = f"{AGENCY}/politika/7490060"
    gate = gate_signal(url, url, extract_metadata(_page(title, title), url, HTML), 0)
    assert gate is not None
    assert gate[0] is Cause.LEGAL
    assert legal_block(fold(title))


@pytest.mark.parametrize(
    "title",
    [
        "Доступ до Криму обмежено",
        "Доступ обмежено: як уряд закрив кордон для вантажівок",
        "Сайт заблоковано в Росії",
    ],
)
def test_ukrainian_headlines_about_blocks_are_left_alone(title: str) -> None:
    url = f"{AGENCY}/politika/7490061"
    assert gate_signal(url, url, extract_metadata(_page(title, title, DATED), url, HTML), 0) is None
    assert not legal_block(fold(title))


# --- the one test of most pages' titles ---------------------------------------------------------------------


def test_the_titles_pre_test_lets_every_notice_word_through() -> None:
    """``_may_be_notice`` is written out as ``in`` tests: it must hold every word the three readers need."""
    from linkcheck import soft404

    words = (*soft404._WITHDRAWS_WORDS, *soft404._GONE_DARK_WORDS, *soft404._COMMENTS_WORDS)
    for word in words:
        assert soft404._may_be_notice([f"Some title with {word} in it"]), word
        assert soft404._may_be_notice(["A headline", f"{word.upper()} said the page"]), word
    for label in ("KILL: A", "WITHDRAWN: A", "ELIMINATION: A"):
        assert soft404._may_be_notice([label])
    assert not soft404._may_be_notice(["Iraq resumes S-300 talks with Russia", "РИА Новости"])
