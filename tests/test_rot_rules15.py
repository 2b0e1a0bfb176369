"""The rules the fifteenth link-rot batch (tests/test_rot_heldout15.py) brought, each on strings, with what
each must leave alone: a headline rewritten from top to bottom at the cited address, vouched for by the slug
and the page's own date; parking landers in French and Chinese (a domain at the start of the raw ``<title>``);
a Persian national filter's block page, as a title, a line, and a 403's page; removal notices in Hungarian;
a JavaScript check whose heading asks for JavaScript, in Russian and other languages."""

from __future__ import annotations

import pytest

from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal, geo_block, legal_block
from linkcheck.match import match_citation
from linkcheck.models import Cause, Citation, FindingKind, PartialDate
from linkcheck.names import fold
from linkcheck.pagebody import body_signal, forbidden_gone, forbidden_legal, script_shell
from linkcheck.soft404 import is_error_title

SITE = "https://www.volgatimes.example"
SLUG_URL = f"{SITE}/2020/01/09/iraq-resumes-talks-to-buy-russian-s-300-systems-a68812"
CITED = "Iraq Resumes Talks to Buy Russian S-300 Systems"
REWRITTEN = "Iraqi Lawmaker Says Baghdad Has Approved S-300 Purchase From Moscow"


def _article(headline: str, published: str | None) -> bytes:
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f"<html><head><title>{headline} - The Volga Times</title>"
        f'<meta property="og:title" content="{headline}">{date}</head>'
        f"<body><h1>{headline}</h1><p>Iraq has returned to talks with Russia on air defense systems.</p>"
        "</body></html>"
    ).encode()


def _title_findings(url: str, body: bytes, final_url: str | None = None, cited: str = CITED) -> list[str]:
    final = final_url or url
    metadata = extract_metadata(body, final)
    citation = Citation(url=url, title=cited, date=PartialDate(2020, 1, 9))
    findings = match_citation(citation, metadata, final_url=final, config=Config())
    return [f.kind.value for f in findings if f.kind is FindingKind.TITLE_MISMATCH]


# --- a headline rewritten at the cited address ------------------------------------------------------------


def test_a_headline_rewritten_in_place_is_vouched_for_by_slug_and_date() -> None:
    assert _title_findings(SLUG_URL, _article(REWRITTEN, "2020-01-09T13:25:00+03:00")) == []


@pytest.mark.parametrize(
    ("url", "published", "final"),
    [
        # an address without a slug: nothing says the page once had the cited words
        (f"{SITE}/articles/68812", "2020-01-09T13:25:00+03:00", None),
        # the page states another day: a later story at a reused address
        (SLUG_URL, "2023-02-21T09:00:00+00:00", None),
        # the page states no date of its own
        (SLUG_URL, None, None),
        # the address redirected to another path: another page's slug is not the cited one
        (
            SLUG_URL,
            "2020-01-09T13:25:00+03:00",
            f"{SITE}/2020/01/09/iraqi-lawmaker-says-baghdad-approved-a68813",
        ),
    ],
)
def test_a_rewritten_headline_without_both_vouchers_still_fails(
    url: str, published: str | None, final: str | None
) -> None:
    assert _title_findings(url, _article(REWRITTEN, published), final) == ["title_mismatch"]


def test_a_slug_that_does_not_spell_the_cited_title_vouches_for_nothing() -> None:
    url = f"{SITE}/2020/01/09/zhirinovsky-urges-iran-to-buy-s-400-a68815"
    body = _article(
        "Zhirinovsky Urges Iran to Buy Russia's S-400 and Open Bases", "2020-01-09T16:40:00+03:00"
    )
    assert _title_findings(url, body) == ["title_mismatch"]


# --- parking landers in French and Chinese ----------------------------------------------------------------


def _lander(title: str, body: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


@pytest.mark.parametrize(
    "page",
    [
        _lander("journal.example", "<h1>journal.example</h1><h2>Ce nom de domaine est à vendre !</h2>"),
        _lander("journal.example", "<h1>Bienvenue</h1><p>Domaine parqué gratuitement.</p><p>domaine</p>"),
        # the extractor cuts a leading "<domain> - " off as a site's name: the raw title still names it
        _lander("wanbao.example - 该域名正在出售", "<h1>该域名正在出售</h1><p>立即购买</p>"),
        _lander("该域名可以转让", "<h1>该域名正在出售</h1><p>本域名由域名停放服务托管。</p>"),
    ],
)
def test_landers_in_french_and_chinese(page: bytes) -> None:
    url = "http://journal.example/actualites/2016/07/22/fete-du-village"
    signal = body_signal(url, url, page, extract_metadata(page, url))
    assert signal is not None
    assert signal[0] is Cause.PARKED


@pytest.mark.parametrize(
    "page",
    [
        # one sign alone: a sale phrase under a headline that is no domain
        _lander("Immobilier : ce nom de domaine est à vendre", "<h1>Un nom à vendre</h1><p>domaine</p>"),
        # a dated story quoting a parked phrase
        (
            b'<html><head><title>La fin du journal</title><meta property="article:published_time"'
            b' content="2021-05-02T10:00:00+02:00"></head><body><h1>La fin du journal</h1><p>Le site'
            b" affiche d\xc3\xa9sormais : \xc2\xab Ce nom de domaine est \xc3\xa0 vendre \xc2\xbb, domaine"
            b" parqu\xc3\xa9.</p></body></html>"
        ),
    ],
)
def test_one_parking_sign_or_a_dated_story_is_no_lander(page: bytes) -> None:
    url = "http://journal.example/actualites/2021/05/02/la-fin-du-journal"
    signal = body_signal(url, url, page, extract_metadata(page, url))
    assert signal is None or signal[0] is not Cause.PARKED


# --- a Persian national filter's block page ---------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "دسترسی به این تارنما امکان‌پذیر نیست",
        "دسترسی به این وب‌سایت مسدود شده است",
        "کاربر گرامی دسترسی به این پایگاه اینترنتی امکان‌پذیر نیست",
    ],
)
def test_persian_block_titles(title: str) -> None:
    page = f'<html lang="fa"><head><title>{title}</title></head><body><p>.</p></body></html>'.encode()
    url = "http://news.example/fa/news/28431/pol-jadid"
    signal = gate_signal(url, url, extract_metadata(page, url), 0)
    assert signal is not None
    assert signal[0] is Cause.LEGAL


def test_a_persian_headline_about_a_block_is_no_gate() -> None:
    headline = "دسترسی به این وب‌سایت مسدود شد؛ کاربران به دادگاه شکایت کردند"
    page = (
        f'<html lang="fa"><head><title>{headline}</title><meta property="article:published_time"'
        f' content="2022-03-06T10:00:00+03:30"></head><body><h1>{headline}</h1><p>.</p></body></html>'
    ).encode()
    url = "http://news.example/fa/news/28432/shekayat"
    assert gate_signal(url, url, extract_metadata(page, url), 0) is None


def test_persian_block_line() -> None:
    assert geo_block(fold("بر اساس قوانین کشور، دسترسی به این پایگاه اینترنتی مسدود شده است."))


@pytest.mark.parametrize(
    "line",
    [
        # an outage, inside a line: not possible, not blocked
        "به دلیل به‌روزرسانی، دسترسی به این سایت تا ساعت ۱۸ امکان‌پذیر نیست",
        # access to a service, not to the site
        "دسترسی به اینترنت در استان قطع شد",
    ],
)
def test_persian_lines_that_are_no_block(line: str) -> None:
    assert not geo_block(fold(line))
    assert not legal_block(fold(line))


def _refusal(lines: str) -> bytes:
    return f"<html><head><title>403</title></head><body>{lines}</body></html>".encode()


@pytest.mark.parametrize(
    "page",
    [
        _refusal(
            "<h2>کاربر گرامی</h2><p>بر اساس قوانین کشور، دسترسی به این پایگاه اینترنتی مسدود شده است.</p>"
        ),
        _refusal("<h1>This website is not available in your country</h1>"),
        _refusal("<h1>Доступ к ресурсу ограничен</h1>"),
    ],
)
def test_a_refusal_that_says_it_is_a_legal_block(page: bytes) -> None:
    assert forbidden_legal(page) is not None
    assert forbidden_gone(page) is None


@pytest.mark.parametrize(
    "page",
    [
        _refusal("<h1>Access Denied</h1><p>You don't have permission to access this server.</p>"),
        _refusal("<h1>Sorry, you have been blocked</h1><p>This website is using a security service.</p>"),
        _refusal("<p>دسترسی غیرمجاز</p>"),
        # a large page is a site's page sent with 403, read elsewhere
        _refusal("<h1>This website is not available in your country</h1>" + "<p>x</p>" * 3000),
    ],
)
def test_other_refusals_are_no_legal_block(page: bytes) -> None:
    assert forbidden_legal(page) is None


# --- removal notices in Hungarian -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Ezt a cikket eltávolítottuk", "A cikk törlésre került", "Ez a cikk már nem érhető el"]
)
def test_hungarian_removal_notices(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Eltávolították a szobrot a főtérről",  # "the statue was removed from the main square"
        "Már nem érhető el a régi buszjárat",  # "the old bus line is no longer available"
    ],
)
def test_hungarian_headlines_are_no_removal_notice(title: str) -> None:
    assert not is_error_title(title)


# --- a JavaScript check whose heading asks for JavaScript -------------------------------------------------

_RELOAD = "<script>document.cookie='c=1;path=/';location.reload();</script>"


@pytest.mark.parametrize(
    ("title", "heading", "line"),
    [
        ("Проверка браузера", "Для работы сайта необходим JavaScript", "Включите JavaScript и cookies."),
        ("Browserprüfung", "JavaScript erforderlich", "Bitte aktivieren Sie JavaScript."),
        ("Vérification", "JavaScript est requis", "Veuillez activer JavaScript pour continuer."),
    ],
)
def test_a_check_whose_heading_asks_for_javascript(title: str, heading: str, line: str) -> None:
    head = f"<html><head><title>{title}</title>{_RELOAD}</head>"
    body = f"{head}<body><h1>{heading}</h1><p>{line}</p></body></html>".encode()
    assert script_shell(body, extract_metadata(body, "http://news.example/a"))


@pytest.mark.parametrize(
    "heading",
    [
        # a headline about JavaScript over an article's text
        "Почему сайты перестали работать без JavaScript",
        # a headline that does not ask for JavaScript
        "В городе открылся новый парк",
    ],
)
def test_pages_with_a_headline_and_text_are_no_shell(heading: str) -> None:
    text = "<p>Городские власти рассказали, что работы шли два года и обошлись в сорок миллионов.</p>" * 4
    page = (
        f"<html><head><title>{heading}</title>{_RELOAD}</head><body><h1>{heading}</h1>"
        f"<p>Включите JavaScript, чтобы смотреть видео.</p>{text}</body></html>"
    )
    body = page.encode()
    assert not script_shell(body, extract_metadata(body, "http://news.example/a"))
