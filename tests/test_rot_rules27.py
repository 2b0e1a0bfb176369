"""The rules the twenty-seventh link-rot batch (tests/test_rot_heldout27.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: Tatar 'page not found'
messages; a page that says a whole site's domain is not found (an internet provider's page for a name that
no longer resolves); an outlet's former name read from the footer of a page at the cited address itself
(renamed in place, no redirect), and a former name in a story's text left alone; a move not reported when
the page it leads to is another outlet's (a news aggregator's cluster) or a whole print issue; and the note
for a whole issue's PDF served at a story's address warning, as the rot26 leftover asked, in one message."""

from __future__ import annotations

import pytest

from linkcheck import Config, check
from linkcheck.classify import move_stands
from linkcheck.match import names_a_pdf
from linkcheck.models import (
    Citation,
    FetchResult,
    Finding,
    FindingKind,
    PartialDate,
    Redirect,
    Severity,
    Status,
)
from linkcheck.pagebody import former_name
from linkcheck.soft404 import is_error_title
from tests.rot_harness import FIXTURES
from tests.rot_harness import Answers as _Answers

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
TAIGA = "https://taiga-inform.com"
BERKUT = "https://berkut-news.com"
MARINER = "https://okhotsk-mariner.com"
HTML = {"content-type": "text/html; charset=utf-8"}
PDF = {"content-type": "application/pdf"}


def _fetched(
    url: str, body: bytes, final: str | None = None, headers: dict[str, str] | None = None
) -> FetchResult:
    final = final or url
    redirects = (Redirect(301, final),) if final != url else ()
    return FetchResult(
        url=url, final_url=final, status_code=200, headers=headers or HTML, body=body, redirects=redirects
    )


def _check(citation: Citation, fetched: FetchResult) -> tuple[str, str, list[tuple[str, str]], str]:
    result = check([citation], Config(), fetcher=_Answers({citation.url: fetched})).results[0]
    findings = [(f.kind.value, f.severity.value) for f in result.findings]
    return result.status.value, result.verdict.value, findings, " ".join(f.message for f in result.findings)


# --- Tatar 'page not found'; a domain not found -------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Бит табылмады",
        "Сез эзләгән бит табылмады",
        "Ой! Бит табылмады.",
        "Сайт taiga-inform.ru не найден",
        "Сайт example.com не существует",
        "Домен old-news.рф не найден",
        "Website kamchatka-herald.com not found",
        "Domain example.org does not exist",
    ],
)
def test_error_titles(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Татарстанда яңа бит ачылды",  # "a new page opened in Tatarstan": a headline
        "Бит табылмады: ни өчен?",  # a question about it, not the message
        "Сайт мэрии Красноярска не найден в поисковиках",  # a headline about a site, no domain named
        "Сайт мэрии не найден",
        "Website of the year not found guilty",
        "В Казани открыли новый мост",
    ],
)
def test_titles_like_them_are_left_alone(title: str) -> None:
    assert not is_error_title(title)


# --- a former name read at the cited address ----------------------------------------------------------------

RENAMED = (FIXTURES / "taiga-renamed-in-place.html").read_bytes()


def test_a_former_name_is_read_from_the_footer_at_the_cited_address() -> None:
    assert former_name(RENAMED, footer_only=True) == "Тайга-Информ"
    english = (FIXTURES / "kamchatka-renamed-in-place.html").read_bytes()
    assert former_name(english, footer_only=True) == "The Kamchatka Herald"


@pytest.mark.parametrize(
    ("footer", "former"),
    [
        ("«Енисей.Медиа» (до 2023 года — информационное агентство «Тайга-Информ»)", "Тайга-Информ"),
        ("«Север.Инфо» (ранее — газета «Северный край»)", "Северный край"),
        ("«Бурятия.Медиа» (до 2023 года — «Селенга-Информ»)", "Селенга-Информ"),  # the twenty-fifth's form
    ],
)
def test_a_former_name_with_what_the_outlet_was(footer: str, former: str) -> None:
    assert former_name(f"<footer><p>{footer}</p></footer>".encode(), footer_only=True) == former


def test_a_former_name_in_a_storys_text_is_left_alone_at_the_cited_address() -> None:
    story = (
        b"<html><body><article><h1>Pop star quits X</h1>"
        b"<p>The singer left X (formerly Twitter) on Monday.</p>"
        b"</article><footer>(c) 2024 Kamchatka Today</footer></body></html>"
    )
    assert former_name(story, footer_only=True) is None
    no_footer = b"<html><body><p>The singer left X (formerly Twitter) on Monday.</p></body></html>"
    assert former_name(no_footer, footer_only=True) is None
    assert former_name(no_footer) == "Twitter"  # after a redirect, the whole tail is read, as before


def _renamed(outlet: str, body: bytes = RENAMED) -> tuple[str, str, list[tuple[str, str]], str]:
    url = f"{TAIGA}/20200120/1570001010.html"
    citation = Citation(
        url,
        title="В Красноярске открыли новый пешеходный мост через Енисей",
        outlet=outlet,
        date=PartialDate.parse("2020-01-20"),
    )
    return _check(citation, _fetched(url, body))


def test_an_outlet_renamed_in_place_is_matched_by_its_former_name() -> None:
    assert _renamed("Тайга-Информ")[1:3] == ("pass", [])


def test_another_outlet_still_fails_at_a_renamed_outlets_page() -> None:
    _, verdict, findings, _ = _renamed("Ангара-Информ")
    assert (verdict, findings) == ("fail", [("outlet_mismatch", "fail")])
    # and a former name said only in the story's text is not the outlet's
    storyish = RENAMED.replace("до 2023 года — информационное агентство".encode(), b"").replace(
        "В Красноярске в понедельник".encode(), "Как и «Тайга-Информ» (ранее — «Ангара-Информ»),".encode()
    )
    assert _renamed("Ангара-Информ", storyish)[1] == "fail"


# --- a move that leads to another outlet's page, or to a whole issue ----------------------------------------


def _finding(kind: FindingKind, severity: Severity) -> Finding:
    return Finding(kind=kind, severity=severity, message="m")


@pytest.mark.parametrize(
    ("finding", "stands"),
    [
        (_finding(FindingKind.OUTLET_MISMATCH, Severity.FAIL), False),
        (_finding(FindingKind.OUTLET_MISMATCH, Severity.WARN), True),
        (_finding(FindingKind.TITLE_UNCHECKED, Severity.WARN), False),
        (_finding(FindingKind.TITLE_UNCHECKED, Severity.INFO), True),
        (_finding(FindingKind.DATE_MISMATCH, Severity.WARN), True),
        (_finding(FindingKind.TITLE_MISMATCH, Severity.WARN), False),
    ],
)
def test_move_stands(finding: Finding, stands: bool) -> None:
    assert move_stands(Status.OK, [finding]) is stands


def test_a_301_to_an_aggregators_cluster_is_no_move() -> None:
    url = f"{BERKUT}/politika/8120040"
    cluster = "https://lenta-svodka.com/story/1"
    body = (FIXTURES / "aggregator-cluster.html").read_bytes()
    citation = Citation(
        url,
        title="Россия и Ирак договорились о поставках зерна",
        outlet="Беркут",
        date=PartialDate.parse("2020-01-24"),
    )
    _, verdict, findings, _ = _check(citation, _fetched(url, body, cluster))
    assert verdict == "fail"
    assert ("outlet_mismatch", "fail") in findings
    assert "moved" not in {k for k, _ in findings}


def test_a_301_to_the_same_outlets_new_address_is_still_a_move() -> None:
    url = f"{BERKUT}/politika/8120010"
    new = f"{BERKUT}/archive/politika/2020/01/21/8120010-shoygu"
    body = (FIXTURES / "berkut-moved-archive.html").read_bytes()
    citation = Citation(
        url,
        title="Шойгу провёл переговоры с министром обороны Ирака",
        outlet="Беркут",
        date=PartialDate.parse("2020-01-21"),
    )
    _, verdict, findings, messages = _check(citation, _fetched(url, body, new))
    assert (verdict, findings) == ("warn", [("moved", "warn")])
    assert new in messages


ISSUE = (FIXTURES / "okhotsk-print-issue.pdf").read_bytes()


@pytest.mark.parametrize(
    ("url", "pdf"),
    [
        (f"{MARINER}/2020/01/16/school-canteens-new-menus-a69425", None),  # the story's address serves it
        (f"{MARINER}/2020/01/16/school-canteens-new-menus-a69425", f"{MARINER}/print/2020/issue-16.pdf"),
    ],
)
def test_a_whole_issue_at_a_storys_address_warns_in_one_message(url: str, pdf: str | None) -> None:
    citation = Citation(
        url,
        title="School Canteens to Get New Menus",
        outlet="The Okhotsk Mariner",
        date=PartialDate.parse("2020-01-16"),
    )
    _, verdict, findings, messages = _check(citation, _fetched(url, ISSUE, pdf, PDF))
    assert (verdict, findings) == ("warn", [("title_unchecked", "warn")])
    assert "cite the story's own page" in messages
    assert "update the citation" not in messages


@pytest.mark.parametrize(
    ("url", "pdf"),
    [
        ("https://x.com/print/2020/okhotsk-mariner-2020-01-16.pdf", True),
        ("https://x.com/print/ISSUE-16.PDF?download=1", True),
        ("https://x.com/2020/01/16/school-canteens-new-menus-a69425", False),
        ("https://x.com/pdf/viewer?id=3", False),
        ("https://x.com/news/pdf-reader-review", False),
    ],
)
def test_names_a_pdf(url: str, pdf: bool) -> None:
    assert names_a_pdf(url) is pdf


@pytest.mark.parametrize(
    ("outlets", "site_name", "another"),
    [
        (("Тайга-Информ",), "Енисей.Медиа", True),  # the old name: the footer is read
        (("Енисей.Медиа", "Тайга-Информ"), "Енисей.Медиа", True),
        (("Енисей.Медиа",), "Енисей.Медиа", False),  # the site as it names itself: left alone
        (("Kamchatka Today",), "Kamchatka Today - News from Kamchatka", False),
        ((), "Енисей.Медиа", False),  # no outlet cited
    ],
)
def test_names_another(outlets: tuple[str, ...], site_name: str, another: bool) -> None:
    from linkcheck.checker import _names_another

    assert _names_another(outlets, site_name) is another
