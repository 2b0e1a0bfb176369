"""The rules the twenty-ninth link-rot batch (tests/test_rot_heldout29.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: Bashkir and Turkmen not-found
messages; a copyright holder's complaint (a DMCA takedown) as a withdrawal's why, and a withdrawal notice
heading an undated page; a demand for the reader's phone number as a check of the client (also under a bare
site name); a sinkhole's page and a link seller's page on a lapsed domain, read for what they are (the rot28
leftover: both were flagged only by a title mismatch, which a citation without a title does not give)."""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.pagebody import body_signal
from linkcheck.soft404 import is_error_title, says_withdrawn, soft_404_signal
from tests.rot_harness import FIXTURES, headed_page
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
ISHIM = "https://ishim-inform.com"
STRIZH = "https://strizh-news.com"
ALTAI = "https://altaiobserver.com"
URL = "https://ishim-inform.com/20200207/1590001030.html"


_page = headed_page("2020-02-07T10:00:00+05:00")


# --- Bashkir and Turkmen ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Бит табылманы",
        "Һеҙ эҙләгән бит юҡ",
        "Мәҡәлә табылманы — Ағиҙел-Хәбәр",
        "Sahypa tapylmady — Garagum Habarlary",
        "Gözleýän sahypaňyz ýok",
        "Habar tapylmady",
    ],
)
def test_bashkir_and_turkmen_not_found_titles(title: str) -> None:
    assert is_error_title(title, ["Ағиҙел-Хәбәр", "Garagum Habarlary"])


@pytest.mark.parametrize(
    "title",
    [
        "Бит табылманы: ни өсөн сайттар юғала",  # a headline that starts with the words
        "Өфөлә яңы бит асылды",
        "Sahypa tapylmady: saýtlar näme üçin ýitýär",
        "Aşgabatda täze sahypa açyldy",
    ],
)
def test_bashkir_and_turkmen_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title, ["Ағиҙел-Хәбәр", "Garagum Habarlary"])


# --- a copyright complaint as a withdrawal's why -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "This article has been removed following a copyright complaint.",
        "This story was taken down after a DMCA takedown notice.",
        "Este artículo ha sido retirado por una reclamación de derechos de autor.",
        "Dieser Artikel wurde wegen einer Urheberrechtsbeschwerde entfernt.",
        "Cet article a été supprimé à la suite d'une plainte pour droits d'auteur.",
    ],
)
def test_copyright_removal_is_a_withdrawal(line: str) -> None:
    assert says_withdrawn(line)


@pytest.mark.parametrize(
    "line",
    [
        "The photo has been removed following a copyright complaint.",  # a part of the article
        "This article explains what the new copyright law means for bloggers.",  # no removal
        "This article has been removed from the front page.",  # no why of the law's
    ],
)
def test_copyright_lines_left_alone(line: str) -> None:
    assert not says_withdrawn(line)


_DMCA_H1 = "<h1>This article has been removed following a copyright complaint</h1>"
_DMCA_HEAD = "<title>Content removed | The Altai Observer</title>"


def test_withdrawal_notice_heading_an_undated_page() -> None:
    url = ALTAI + "/2020/02/10/chuya-highway-landslide-a90140"
    metadata = extract_metadata(_page(_DMCA_HEAD, _DMCA_H1 + "<p>We received a notice.</p>"), url)
    signal = soft_404_signal(url, url, metadata, 0)
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE
    assert "withdrawn" in signal[1]


def test_withdrawal_headline_of_a_dated_story_left_alone() -> None:
    url = ALTAI + "/2020/02/10/chuya-highway-landslide-a90140"
    body = _page(_DMCA_HEAD, _DMCA_H1 + "<p>" + "The paper says. " * 40 + "</p>", dated=True)
    assert soft_404_signal(url, url, extract_metadata(body, url), 0) is None


# --- a demand for the reader's phone number ----------------------------------------------------------------

_PHONE_H2 = "<h2>Подтвердите номер телефона, чтобы продолжить чтение</h2><form><input type='tel'></form>"


@pytest.mark.parametrize(
    "head",
    [
        "<title>Ишим-Информ</title>",  # the bare name, no og:site_name
        "<title>Ишим-Информ</title><meta property='og:site_name' content='Ишим-Информ'>",
    ],
)
def test_phone_number_demand_is_a_client_check(head: str) -> None:
    metadata = extract_metadata(_page(head, _PHONE_H2), URL)
    signal = gate_signal(URL, URL, metadata, 0)
    assert signal is not None
    assert signal[0] is Cause.BOT_CHALLENGE
    assert "phone number" in signal[1]


@pytest.mark.parametrize(
    "title", ["Verify your phone number to continue reading", "Укажите номер телефона", "Confirm your phone"]
)
def test_phone_number_demand_as_the_whole_title(title: str) -> None:
    metadata = extract_metadata(_page(f"<title>{title}</title>", "<p>SMS</p>"), URL)
    signal = gate_signal(URL, URL, metadata, 0)
    assert signal is not None
    assert signal[0] is Cause.BOT_CHALLENGE


@pytest.mark.parametrize(
    ("head", "body", "dated"),
    [
        # a dated story headlined so
        ("<title>Банки попросили клиентов подтвердить номер телефона</title>", _PHONE_H2, True),
        # a headline of its own beside the demand
        ("<title>Ишим-Информ</title>", "<h1>В Ишиме открыли ледовый городок</h1>" + _PHONE_H2, False),
        # a phone number's mention that is no demand
        ("<title>Enter your phone number to win a prize</title>", "<p>Win</p>", False),
    ],
)
def test_phone_number_pages_left_alone(head: str, body: str, dated: bool) -> None:
    metadata = extract_metadata(_page(head, body, dated=dated), URL)
    assert gate_signal(URL, URL, metadata, 0) is None


# --- a sinkhole's and a link seller's page -----------------------------------------------------------------

_SINKHOLE = (
    "<title>Sinkhole</title>",
    "<h2>Sinkholed domain</h2><p>This domain name has been redirected to a sinkhole server operated by a"
    " CERT.</p>",
)
_SINKHOLE_RESEARCH = (
    "<title>Domain sinkholed</title>",
    "<h1>This domain has been sinkholed</h1><p>It is under the control of a security research group.</p>",
)


@pytest.mark.parametrize("page", [_SINKHOLE, _SINKHOLE_RESEARCH])
def test_sinkhole_page_is_a_lapsed_domain(page: tuple[str, str]) -> None:
    body = _page(*page)
    signal = body_signal(URL, URL, body, extract_metadata(body, URL))
    assert signal is not None
    assert signal[0] is Cause.PARKED
    assert "sinkhole" in signal[1]


@pytest.mark.parametrize(
    ("head", "body", "dated"),
    [
        # a story about a hole in a road, undated
        ("<title>Sinkhole on Lenin Avenue</title>", "<p>The sinkhole server room flooded.</p>", False),
        # a dated story about a botnet's domain sinkholed by the police
        (
            "<title>Police take over botnet</title>",
            "<h1>Police take over botnet</h1><p>The domain has been sinkholed, officers said.</p>",
            True,
        ),
    ],
)
def test_sinkhole_words_left_alone(head: str, body: str, dated: bool) -> None:
    page = _page(head, body, dated=dated)
    assert body_signal(URL, URL, page, extract_metadata(page, URL)) is None


_SELLER_RU = (
    "<title>Размещение статей и ссылок — Ишим-Информ</title>",
    "<h1>Размещение статей на сайте</h1><p>Статья с одной вечной dofollow-ссылкой — 1 500 ₽</p>",
)
_SELLER_EN = (
    "<title>Write for Us – Submit a Guest Post | Sakhalin Courier</title>",
    "<h1>Write for Us</h1><ul><li>Up to two do-follow links per post.</li></ul>",
)


@pytest.mark.parametrize("page", [_SELLER_RU, _SELLER_EN])
def test_link_seller_page_is_spam(page: tuple[str, str]) -> None:
    body = _page(*page)
    signal = body_signal(URL, URL, body, extract_metadata(body, URL))
    assert signal is not None
    assert signal[0] is Cause.SPAM
    assert "guest posts and links" in signal[1]


@pytest.mark.parametrize(
    ("head", "body", "dated"),
    [
        # an outlet's own "Write for us" page: no links on sale
        ("<title>Write for us | The Altai Observer</title>", "<h1>Write for us</h1><p>Pitch us.</p>", False),
        # a story whose footer links "Write for us" and whose text says "dofollow"
        (
            "<title>SEO firms sell dofollow links</title>",
            "<h1>SEO firms sell dofollow links</h1><footer><a href='/w'>Write for us</a></footer>",
            True,
        ),
        # an undated page that names dofollow links under a headline of its own
        ("<title>What is a dofollow link?</title>", "<h1>What is a dofollow link?</h1>", False),
    ],
)
def test_link_sale_words_left_alone(head: str, body: str, dated: bool) -> None:
    page = _page(head, body, dated=dated)
    assert body_signal(URL, URL, page, extract_metadata(page, URL)) is None


# --- through check(), cited without a title ---------------------------------------------------------------


def test_sinkhole_cited_by_date_alone_fails() -> None:
    citation = Citation(url=STRIZH + "/politics/1140020", date=PartialDate.parse("2020-02-07"))
    status, cause, verdict, _ = _one(citation, (FIXTURES / "strizh-en-sinkhole-cert.html").read_bytes())
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.PARKED, "fail")


def test_link_seller_cited_by_outlet_alone_fails() -> None:
    citation = Citation(url=ISHIM + "/20200208/1590001040.html", outlet="Ишим-Информ")
    status, cause, verdict, _ = _one(citation, (FIXTURES / "ishim-guest-post-price.html").read_bytes())
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_footer_with_write_for_us_passes() -> None:
    citation = Citation(
        url=ISHIM + "/20200203/1590001010.html",
        title="В Тюмени открыли новый корпус областной больницы",
        outlet="Ишим-Информ",
        date=PartialDate.parse("2020-02-03"),
    )
    status, _, verdict, kinds = _one(citation, (FIXTURES / "ishim-footer-author-links.html").read_bytes())
    assert (status, verdict) == (Status.OK, "pass")
    assert not kinds
