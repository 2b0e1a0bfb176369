"""The rules the twenty-sixth link-rot batch (tests/test_rot_heldout26.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: an outlet's notice that its
older stories are no longer on its site (given on request) under a heading of its own; a page whose headline
is a template's placeholder ('{{ article.title }}'); the outlet a republisher credits ('Источник: ...',
JSON-LD's ``sourceOrganization``) on a page a story's address redirects to; a PDF that is the cited outlet's
whole issue of the cited day; a newsletter sign-up page named for what it is (the twenty-fifth batch's
leftover); and a site's ban of the checker's IP address told from a filter's block page."""

from __future__ import annotations

import pytest

from linkcheck import Config, check
from linkcheck.extract import extract_metadata
from linkcheck.gates import ip_ban
from linkcheck.models import Cause, Citation, FetchResult, PartialDate, Redirect, Status
from linkcheck.names import fold
from linkcheck.pagebody import credited_sources, offline_notice, unrendered_template
from linkcheck.soft404 import closure_title, signup_page_title
from tests.rot_harness import FIXTURES
from tests.rot_harness import Answers as _Answers

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
AGENCY = "https://angara-inform.com"
SOKOL = "https://sokol-news.com"
MARINER = "https://okhotsk-mariner.com"
HTML = {"content-type": "text/html; charset=utf-8"}
PDF = {"content-type": "application/pdf"}
DATED = '<meta property="article:published_time" content="2020-01-17T10:00:00+08:00">'


def _fetched(
    url: str, body: bytes, final: str | None = None, headers: dict[str, str] | None = None
) -> FetchResult:
    final = final or url
    redirects = (Redirect(301, final),) if final != url else ()
    return FetchResult(
        url=url, final_url=final, status_code=200, headers=headers or HTML, body=body, redirects=redirects
    )


def _one(citation: Citation, fetched: FetchResult) -> tuple[Status, Cause | None, str, str, set[str]]:
    result = check([citation], Config(), fetcher=_Answers({citation.url: fetched})).results[0]
    kinds = {f.kind.value for f in result.findings}
    return result.status, result.cause, result.verdict.value, result.reason, kinds


def _page(
    title: str, h1: str, head: str = "", text: str = "Some words of the page.", lang: str = "ru"
) -> bytes:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><h1>{h1}</h1><p>{text}</p></body></html>"
    ).encode()


# --- older stories offline, given on request ----------------------------------------------------------------

OFFLINE = (
    "Материалы, опубликованные до 1 января 2021 года, больше не размещаются на сайте в открытом доступе."
)


@pytest.mark.parametrize(
    "line",
    [
        OFFLINE,
        "Новости, опубликованные до 2020 года, не размещаются на сайте",
        "Материалы, опубликованные до 2020 года, больше недоступны",
        "Stories published before January 1, 2021 are no longer publicly available",
        "Articles published before 2019 are no longer online",
    ],
)
def test_older_stories_offline_notices(line: str) -> None:
    assert closure_title([line]) == line


@pytest.mark.parametrize(
    "line",
    [
        "Материалы больше не размещаются на сайте",  # no cut-off: not an archive's policy
        "Минцифры: материалы, опубликованные до 2020 года, больше не размещаются на сайте ведомства",
        "Фото, опубликованные до 2020 года, не размещаются на сайте",
        "Stories published before 2021 are still online, the editor says",
    ],
)
def test_lines_like_offline_notices_are_left_alone(line: str) -> None:
    assert closure_title([line]) is None


def test_the_archive_request_page_is_a_soft_404() -> None:
    url = f"{AGENCY}/20200117/1563225040.html"
    body = (FIXTURES / "angara-archive-on-request.html").read_bytes()
    status, cause, verdict, reason, kinds = _one(
        Citation(url, title="В Ангарске открыли центр ядерной медицины"), _fetched(url, body)
    )
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
    assert "older stories are no longer on its site" in reason
    assert "title_mismatch" not in kinds


def test_a_dated_story_about_an_archive_policy_is_left_alone() -> None:
    url = f"{AGENCY}/20200117/1563225041.html"
    headline = "Ангара-Информ закрывает доступ к старому архиву"
    body = _page(headline, headline, DATED, f"{OFFLINE} Об этом сообщила редакция агентства в пятницу.")
    metadata = extract_metadata(body, url, HTML)
    assert not offline_notice(OFFLINE, metadata)
    status, _, verdict, _, kinds = _one(Citation(url, title=headline), _fetched(url, body))
    assert (status, verdict, kinds) == (Status.OK, "pass", set())


# --- a template sent unrendered -----------------------------------------------------------------------------


def test_an_unrendered_template_is_a_server_error() -> None:
    url = f"{SOKOL}/politika/7492040"
    body = (FIXTURES / "sokol-unrendered-template.html").read_bytes()
    said = unrendered_template(body, extract_metadata(body, url, HTML))
    assert said is not None
    assert said[:2] == (Status.ERROR, Cause.SERVER_ERROR)
    status, _, verdict, reason, kinds = _one(
        Citation(url, title="Песков прокомментировал сообщения о переговорах по С-300 с Ираком"),
        _fetched(url, body),
    )
    assert (status, verdict) == (Status.ERROR, "warn")
    assert "template sent unrendered" in reason
    assert "title_mismatch" not in kinds


def test_a_script_rendered_template_is_a_javascript_page() -> None:
    url = f"{SOKOL}/politika/7492041"
    body = (
        b'<html ng-app="news"><head><title>{{ story.title }}</title></head>'
        b'<body ng-controller="Story"><h1>{{ story.title }}</h1><p>{{ story.lead }}</p></body></html>'
    )
    said = unrendered_template(body, extract_metadata(body, url, HTML))
    assert said is not None
    assert said[:2] == (Status.BLOCKED, Cause.JAVASCRIPT)


@pytest.mark.parametrize(
    "headline",
    [
        "Hackers used {{7*7}} to probe the ministry's template engine",
        "Бюджет {2024}: что изменится",
        "Ирак возобновил переговоры с Россией о покупке С-400",
        "Prices rise 5% <% of income %> survey",
    ],
)
def test_headlines_with_braces_are_left_alone(headline: str) -> None:
    body = _page(headline, headline, DATED)
    assert unrendered_template(body, extract_metadata(body, f"{SOKOL}/politika/1", HTML)) is None


# --- the outlet a republisher credits -----------------------------------------------------------------------


def test_the_credited_outlet_is_read() -> None:
    body = (FIXTURES / "angara-at-partner.html").read_bytes()
    assert credited_sources(body, ("Байкальская волна",)) == ("Ангара-Информ",)


@pytest.mark.parametrize(
    "body",
    [
        # the page credits itself
        b'<script type="application/ld+json">{"sourceOrganization":{"@type":"Organization","name":"Kolyma"}}'
        b"</script>",
        # a photo's source, not the story's
        "<p>Источник фото: пресс-служба МЧС</p>".encode(),
        # a script's key, not a label
        b'<script>var player = {source: "stream-1"};</script>',
        b"<p>The company did not disclose its source of funding.</p>",
    ],
)
def test_credits_that_are_none_are_left_alone(body: bytes) -> None:
    assert credited_sources(b"<html><body>" + body + b"</body></html>", ("Kolyma",)) == ()


def test_a_credited_outlets_story_matches_after_a_redirect_and_at_the_cited_address() -> None:
    body = (FIXTURES / "angara-at-partner.html").read_bytes()
    old = f"{AGENCY}/20200116/1563225030.html"
    new = "https://baikal-wave.com/archive/angara/1563225030"
    title, day = "В Усть-Илимске возобновили работу лесопильного комбината", PartialDate.parse("2020-01-16")
    moved = Citation(old, title=title, outlet="Ангара-Информ", date=day)
    status, _, verdict, _, kinds = _one(moved, _fetched(old, body, new))
    assert (status, verdict, kinds) == (Status.OK, "warn", {"moved"})
    # the partner's page cited at its own address under the closed agency's name: the page credits it, so
    # the citation names the story's outlet (rot28: a credited source is read at the cited address too)
    here = Citation(new, title=title, outlet="Ангара-Информ", date=day)
    _, _, verdict, _, kinds = _one(here, _fetched(new, body))
    assert (verdict, kinds) == ("pass", set())
    # under a third outlet's name, which the page neither is nor credits: still another outlet's page
    other = Citation(new, title=title, outlet="Тайга-Информ", date=day)
    _, _, verdict, _, kinds = _one(other, _fetched(new, body))
    assert "outlet_mismatch" in kinds


# --- a whole issue's PDF ------------------------------------------------------------------------------------

ISSUE = (FIXTURES / "okhotsk-print-issue.pdf").read_bytes()
ISSUE_TITLE = b"The Okhotsk Mariner, No. 3 \\(2104\\), January 16, 2020"


def _issue(cited_date: str, outlet: str, body: bytes = ISSUE) -> tuple[str, set[str], str]:
    url = f"{MARINER}/2020/01/16/ola-river-bridge-closed-a69420"
    pdf = f"{MARINER}/print/2020/okhotsk-mariner-2020-01-16.pdf"
    citation = Citation(
        url,
        title="Ola River Bridge Closed for Repairs Until Spring",
        outlet=outlet,
        date=PartialDate.parse(cited_date),
    )
    result = check([citation], Config(), fetcher=_Answers({url: _fetched(url, body, pdf, PDF)})).results[0]
    messages = " ".join(f.message for f in result.findings)
    return result.verdict.value, {f.kind.value for f in result.findings}, messages


def test_the_cited_outlets_issue_of_the_cited_day_warns() -> None:
    assert ISSUE_TITLE in ISSUE
    verdict, kinds, messages = _issue("2020-01-16", "The Okhotsk Mariner")
    # one message (the twenty-seventh batch): the note says to cite the story's own page, and no move says
    # to cite the issue
    assert (verdict, kinds) == ("warn", {"title_unchecked"})
    assert "a PDF of a whole issue" in messages
    assert "update the citation" not in messages


def test_the_issue_cited_at_its_own_address_passes_with_a_note() -> None:
    pdf = f"{MARINER}/print/2020/okhotsk-mariner-2020-01-16.pdf"
    citation = Citation(
        pdf,
        title="Ola River Bridge Closed for Repairs Until Spring",
        outlet="The Okhotsk Mariner",
        date=PartialDate.parse("2020-01-16"),
    )
    result = check([citation], Config(), fetcher=_Answers({pdf: _fetched(pdf, ISSUE, headers=PDF)})).results[
        0
    ]
    assert result.verdict.value == "pass"
    assert [(f.kind.value, f.severity.value) for f in result.findings] == [("title_unchecked", "info")]


@pytest.mark.parametrize(
    ("cited_date", "outlet", "body"),
    [
        ("2020-01-17", "The Okhotsk Mariner", ISSUE),  # another day's story
        ("2020-01-16", "The Magadan Courier", ISSUE),  # another outlet's story
        (
            "2020-01-16",
            "The Okhotsk Mariner",
            ISSUE.replace(b"The Okhotsk Mariner, No.", b"Annual Budget Rpt, No."),
        ),
    ],
)
def test_other_pdfs_still_fail_the_title(cited_date: str, outlet: str, body: bytes) -> None:
    verdict, kinds, _ = _issue(cited_date, outlet, body)
    assert verdict == "fail"
    assert "title_mismatch" in kinds


# --- a newsletter sign-up page, named so --------------------------------------------------------------------


def test_a_newsletter_signup_page_is_named_so() -> None:
    url = f"{MARINER}/2020/01/13/susuman-power-plant-upgrade-a69330"
    signup = f"{MARINER}/newsletter"
    body = (FIXTURES / "kolyma-newsletter-signup.html").read_bytes()
    status, cause, _, reason, _ = _one(
        Citation(url, title="Susuman Power Plant to Get New Turbines"), _fetched(url, body, signup)
    )
    assert (status, cause) == (Status.SOFT_404, Cause.FRONT_PAGE)
    assert "newsletter sign-up page" in reason
    assert "section front page" not in reason


@pytest.mark.parametrize(
    ("title", "signup"),
    [
        ("Newsletters | The Kolyma Gazette", True),
        ("Sign up for our newsletters", True),
        ("Subscribe to our free daily newsletter", True),
        ("Подпишитесь на нашу рассылку", True),
        ("Рассылки — Кречет", True),
        ("Newsletter sent to 40,000 readers by mistake", False),
        ("Рассылка спама: в Иркутске задержан хакер", False),
        ("Политика", False),
    ],
)
def test_signup_page_titles(title: str, signup: bool) -> None:
    metadata = extract_metadata(_page(title, ""), f"{MARINER}/newsletter", HTML)
    assert (signup_page_title(metadata) is not None) is signup


# --- a site's ban of the checker's address ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "banned"),
    [
        ("Ваш IP-адрес заблокирован", True),
        ("Доступ с вашего IP-адреса запрещён", True),
        ("Your IP address has been banned", True),
        ("Your IP has been temporarily blocked", True),
        ("Доступ к ресурсу ограничен", False),
        ("Роскомнадзор заблокировал IP-адреса Telegram", False),
        ("IP address blocking explained", False),
    ],
)
def test_ip_ban_titles(title: str, banned: bool) -> None:
    assert ip_ban(fold(title).rstrip(".!")) is banned


def test_a_sites_ip_ban_is_told_from_a_filters_block() -> None:
    url = f"{SOKOL}/politika/7492050"
    body = (FIXTURES / "sokol-ip-banned.html").read_bytes()
    status, cause, verdict, reason, _ = _one(
        Citation(url, title="Ирак и Россия обсудили поставки зерна"), _fetched(url, body)
    )
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.BOT_CHALLENGE, "warn")
    assert "refuses the address linkcheck runs from" in reason
    # a filter's page on the way: still the filter's
    filtered = body.replace("Ваш IP-адрес заблокирован".encode(), "Доступ к ресурсу ограничен".encode())
    status, cause, _, reason, _ = _one(
        Citation(url, title="Ирак и Россия обсудили поставки зерна"), _fetched(url, filtered)
    )
    assert (status, cause) == (Status.BLOCKED, Cause.LEGAL)
    assert "filter between" in reason
