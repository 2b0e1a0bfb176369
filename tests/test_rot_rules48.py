"""The rules the forty-eighth link-rot batch (tests/test_rot_heldout48.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: an article taken down for legal
reasons in Swedish and Greek; a web archive's 'not archived' answer; a paywall's or a consent manager's
heading on a page whose ``<title>`` is a name it does not declare as its site's; regional blocks in Korean
and Chinese; a gambling site's lander on a lapsed domain; and a shop's product page with no product markup,
known by a price stated with its tax beside a field whose only mark is its one."""

from __future__ import annotations

import pytest

from linkcheck import gates, pagebody
from linkcheck.extract import extract_metadata
from linkcheck.gates import geo_block, legal_block
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from linkcheck.soft404 import is_error_title, says_withdrawn
from tests.rot_harness import day as _day
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import headed_page
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead); none
#: spells its outlet's name, as many real ones do not
SOLVESBORG = "https://www.sodrabladet.se"
KERKYRA = "https://www.kerkyranews.gr"
JINDRICHUV = "https://www.jhzpravy.cz"
MIRANDELA = "https://www.noticiasdotua.pt"
NAMHAE = "https://www.nhnews.kr"
XIANGXI = "https://www.xxwb.cn"
ARCHIVE = "https://arquivo.pt"
AGENCY = "https://www.ria-vostok.ru"

_headed = headed_page("2020-12-04T06:00:00+01:00")


def _cited(url: str, title: str, outlet: str) -> Citation:
    return Citation(url=url, title=title, outlet=outlet or None, date=PartialDate.parse("2020-12-05"))


def _dated_only(url: str) -> Citation:
    return Citation(url=url, date=PartialDate.parse(_day(url)))


def _site_page(site: str, body: str) -> bytes:
    """An undated page titled only by its site's name (no ``og:site_name``), its header linking home."""
    chrome = f'<header><a href="/" class="logo">{site}</a><nav><a href="/a">A</a></nav></header>'
    return _headed(f"<title>{site}</title>", chrome + body)


# --- removed for legal reasons, in Swedish and Greek --------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Artikeln har avpublicerats",
        "Artikeln avpublicerad",
        "Το άρθρο αφαιρέθηκε",
        "Το άρθρο έχει διαγραφεί",
        "Το περιεχόμενο αφαιρέθηκε",
    ],
)
def test_article_removed_titles_in_swedish_and_greek_are_error_titles(title: str) -> None:
    assert is_error_title(title)
    assert is_error_title(f"{title} – Sölvesborgs Tidning", ["Sölvesborgs Tidning"])


@pytest.mark.parametrize(
    "title",
    [
        "Kommunens text om Ljungskär togs bort av juridiska skäl",
        "Artikeln som fick kommunen att ändra sig",
        "Το άρθρο του δημάρχου για το λιμάνι",
        "Αφαιρέθηκε η άδεια του καταστήματος",
    ],
)
def test_headlines_about_removed_things_are_not_error_titles(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    "line",
    [
        "Den här artikeln har tagits bort av juridiska skäl.",
        "Artikeln har avpublicerats på begäran av en person som nämns i den.",
        "Το περιεχόμενο αυτό αφαιρέθηκε για νομικούς λόγους.",
        "Το άρθρο αφαιρέθηκε μετά από δικαστική απόφαση.",
    ],
)
def test_withdrawal_notices_in_swedish_and_greek(line: str) -> None:
    assert says_withdrawn(line)


@pytest.mark.parametrize(
    "line",
    [
        # a part of it went, not the article
        "Namnen har tagits bort ur artikeln av juridiska skäl.",
        # removed, but no legal why
        "Den här artikeln har tagits bort.",
        # a story's sentence, not a notice about this article
        "Kommunens text togs bort av juridiska skäl, säger oppositionen.",
        "Ο δήμαρχος ζήτησε να αφαιρεθεί το άρθρο για νομικούς λόγους.",
    ],
)
def test_lines_that_are_no_withdrawal_notice(line: str) -> None:
    assert not says_withdrawn(line)


def test_greek_removal_notice_under_a_bare_site_name_is_gone() -> None:
    body = _site_page(
        "Η Φωνή της Κέρκυρας",
        "<main><h2>Ενημέρωση</h2><p>Το περιεχόμενο αυτό αφαιρέθηκε για νομικούς λόγους.</p></main>",
    )
    url = f"{KERKYRA}/topika/2020/12/05/neo-limani"
    status, cause, verdict, kinds = _one(_cited(url, "Νέο λιμάνι στην Κασσιόπη", "Η Φωνή της Κέρκυρας"), body)
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
    assert "title_mismatch" not in kinds


def test_swedish_story_headlined_with_the_removal_notice_stays_ok() -> None:
    url = f"{SOLVESBORG}/nyheter/2020/12/04/kommunens-text"
    status, _cause, verdict, kinds = _one(
        _cited(url, "Kommunens text om Ljungskär togs bort av juridiska skäl", "Sölvesborgs Tidning"),
        _fixture("r48-solvesborg-story-sv-removed-article.html"),
    )
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a web archive's 'not archived' ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Esta página não foi arquivada",
        "Página não arquivada",
        "This page was not archived",
        "Page not captured",
    ],
)
def test_not_archived_titles_are_error_titles(title: str) -> None:
    assert is_error_title(title)


def test_headline_about_an_archive_is_not_an_error_title() -> None:
    assert not is_error_title(
        "Arquivo municipal guarda página que não foi arquivada pela Biblioteca Nacional"
    )


def test_archive_not_archived_page_served_200_is_gone() -> None:
    url = f"{ARCHIVE}/wayback/20190514093000/https://www.vozdoalentejo.pt/regiao/2019/05/14/nova-ponte"
    status, cause, verdict, _kinds = _one(
        _cited(url, "Nova ponte sobre o Guadiana abre ao trânsito", "Voz do Alentejo"),
        _fixture("r48-arquivo-not-archived-pt.html"),
    )
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


# --- a wall's heading under a name the page does not declare as its site's ------------------------------


@pytest.mark.parametrize(
    ("line", "cause"),
    [
        ("Tento článek je dostupný pouze pro předplatitele", Cause.AUTH),
        ("Tento článok je dostupný len pre predplatiteľov", Cause.AUTH),
        ("Questo articolo è riservato agli abbonati", Cause.AUTH),
        ("This article is for subscribers only", Cause.AUTH),
        ("A sua privacidade é importante para nós", Cause.CONSENT),
        ("Vi värnar om din integritet", Cause.CONSENT),
    ],
)
def test_wall_lines(line: str, cause: Cause) -> None:
    assert gates.wall_line(fold(line)) is cause


@pytest.mark.parametrize(
    "line",
    [
        # a header's sign-in, over any page
        "Přihlásit",
        "Log in",
        "Abbonati",
        # a story's sentence about subscribers
        "Předplatitelé dostanou tištěné vydání i v pátek",
        "Tento článek vyšel v tištěném vydání",
    ],
)
def test_lines_that_are_no_wall(line: str) -> None:
    assert gates.wall_line(fold(line)) is None


def test_czech_paywall_under_an_undeclared_site_name_is_blocked() -> None:
    body = _site_page(
        "Jindřichohradecký zpravodaj",
        "<main><h2>Tento článek je dostupný pouze pro předplatitele</h2><p>Předplaťte si Zpravodaj a čtěte"
        " dál.</p></main>",
    )
    url = f"{JINDRICHUV}/zpravy/2020/12/06/novy-most"
    status, cause, verdict, kinds = _one(
        _cited(url, "Nový most přes Nežárku", "Jindřichohradecký zpravodaj"), body
    )
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.AUTH, "warn")
    assert "title_mismatch" not in kinds


def test_portuguese_consent_wall_under_an_undeclared_site_name_is_blocked() -> None:
    body = _site_page(
        "Diário de Mirandela",
        '<div role="dialog"><h2>A sua privacidade é importante para nós</h2><p>Nós e os nossos parceiros'
        " armazenamos informações no seu dispositivo.</p><button>Aceitar todos</button></div>",
    )
    url = f"{MIRANDELA}/regiao/2020/12/08/feira-adiada"
    status, cause, verdict, _kinds = _one(_cited(url, "Feira da Alheira adiada", "Diário de Mirandela"), body)
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.CONSENT, "warn")


def test_undated_page_with_a_sign_in_line_is_not_walled() -> None:
    """A page whose only headline is its ``<title>`` and whose header says 'Přihlásit' is no paywall."""
    body = _headed(
        "<title>Nový most přes Nežárku otevřou v létě</title>",
        "<header><span>Přihlásit</span></header>"
        "<main><p>Most bude hotový v červnu, řekl starosta.</p></main>",
    )
    url = f"{JINDRICHUV}/zpravy/2020/12/05/novy-most"
    status, cause, verdict, _kinds = _one(_cited(url, "Nový most přes Nežárku otevřou v létě", ""), body)
    assert (status, cause, verdict) == (Status.OK, None, "pass")


# --- regional blocks in Korean and Chinese --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "해당 국가에서는 서비스를 이용할 수 없습니다",
        "죄송합니다. 이 콘텐츠는 현재 접속하신 국가에서 이용하실 수 없습니다.",
        "抱歉，该内容在您所在的国家或地区不可用",
        "您所在的地區無法觀看此影片",
    ],
)
def test_korean_and_chinese_regional_blocks(line: str) -> None:
    assert legal_block(fold(line))
    assert geo_block(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        "해외에서 이용할 수 없는 서비스 늘어",
        "남해대교 보수공사 내년 봄 마무리",
        "多国地区暂停进口",
        "外国游客在吉首无法使用移动支付的问题得到解决",
    ],
)
def test_headlines_that_are_no_regional_block(line: str) -> None:
    assert not legal_block(fold(line))


@pytest.mark.parametrize(
    ("host", "heading", "outlet"),
    [
        (NAMHAE, "해당 국가에서는 서비스를 이용할 수 없습니다", "남해신문"),
        (XIANGXI, "抱歉，该内容在您所在的国家或地区不可用", "湘西晚报"),
    ],
)
def test_regional_block_under_an_undeclared_site_name_is_blocked(
    host: str, heading: str, outlet: str
) -> None:
    body = _site_page(outlet, f"<main><h1>{heading}</h1></main>")
    status, cause, verdict, kinds = _one(_cited(f"{host}/news/2020/12/09/story", "남해대교", outlet), body)
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.LEGAL, "warn")
    assert "title_mismatch" not in kinds


# --- a gambling site's lander ---------------------------------------------------------------------------

_LANDER = _fixture("r48-slot-gacor-id.html")


def test_gambling_lander_cited_by_date_is_gone() -> None:
    status, cause, verdict, _kinds = _one(_dated_only(f"{AGENCY}/20201205/9970001010.html"), _LANDER)
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_korean_casino_lander_is_a_gambling_lander() -> None:
    body = (
        "<html><head><meta charset='utf-8'><title>카지노사이트 추천 | 바카라 슬롯 토토</title></head><body>"
        "<h1>안전한 카지노사이트</h1><p>첫 입금 보너스 100%, 실시간 바카라와 슬롯.</p>"
        '<a href="/join">회원가입</a></body></html>'
    ).encode()
    assert _one(_dated_only(f"{AGENCY}/20200124/1570001030.html"), body)[:2] == (Status.SOFT_404, Cause.SPAM)


@pytest.mark.parametrize(
    "body",
    [
        # a story about slot sites (no link to sign up, undated)
        "<title>Polisi tutup 300 situs slot online</title><h1>Polisi tutup 300 situs slot online</h1>"
        "<p>Situs judi slot gacor dan togel itu meminta deposit lewat dompet digital, kata polisi.</p>",
        # a lottery's results: no deposit
        "<title>Hasil togel dan jackpot hari ini</title><h1>Hasil undian</h1><p>Jackpot, togel, roulette.</p>"
        '<a href="/daftar">Daftar</a>',
        # a casino's words, but a title about something else
        # a doorway: its sign-up links to a casino on another host (link spam, batch 1's title mismatch)
        "<title>SLOT GACOR hari ini</title><h1>Situs slot gacor</h1><p>Slot online, maxwin, togel, deposit"
        ' pulsa.</p><a href="https://daftar-maxwin.example/daftar">DAFTAR</a>',
        "<title>Hotel dan resor di Makau</title><h1>Hotel</h1>"
        "<p>Casino online, baccarat, roulette, deposit.</p>"
        '<a href="/register">Register now</a>',
    ],
)
def test_pages_that_are_no_gambling_lander(body: str) -> None:
    page = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()
    metadata = extract_metadata(page, f"{AGENCY}/20201205/1.html")
    assert not pagebody.gambling_lander(page, page.lower(), metadata)


# --- a shop's product page with no product markup -------------------------------------------------------


def test_shop_page_with_taxed_price_and_a_one_field_is_a_shop() -> None:
    page = _fixture("r48-lumen-shop-product-page-fr.html")
    assert pagebody.online_shop(page)
    status, cause, verdict, _kinds = _one(
        _dated_only("https://www.lecourrierdemorlaix.fr/20201201/9.html"), page
    )
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


@pytest.mark.parametrize(
    ("price", "field"),
    [
        ("34,95 € inkl. MwSt.", '<input class="menge" value="1">'),
        ("£12.00 inc. VAT", "<input value=1 size=2>"),
        ("299 Kč s DPH", "<input type='text' value='1'>"),
        ("19,90 € <small>IVA incluida</small>", '<input value="1" inputmode="numeric">'),
    ],
)
def test_taxed_prices_and_one_fields(price: str, field: str) -> None:
    page = f"<html><body><h1>Kissen</h1><p>{price}</p>{field}<button><svg></svg></button></body></html>"
    assert pagebody.online_shop(page.encode())


@pytest.mark.parametrize(
    "body",
    [
        # a story quoting a shop's taxed price, with a newsletter field
        '<p>La bougie coûte 24,90 € TTC.</p><input name="courriel" placeholder="Votre e-mail">',
        # a taxed price and a hidden one, a box to tick
        '<p>24,90 € TTC</p><input type="hidden" name="page" value="1"><input type="checkbox" value="1">',
        # a field of one, no taxed price
        '<p>Prix : 24,90 €</p><input value="1">',
        # a page number field and a price with no tax stated
        '<p>Page</p><input value="1"><p>Un abonnement à 9,90 € par mois</p>',
    ],
)
def test_pages_that_are_no_shop(body: str) -> None:
    assert not pagebody.online_shop(f"<html><body>{body}</body></html>".encode())


def test_story_quoting_taxed_prices_stays_ok() -> None:
    url = "https://www.lecourrierdemorlaix.fr/economie/2020/12/02/les-prix-de-l-hiver"
    status, _cause, verdict, kinds = _one(
        Citation(
            url=url,
            title="Bougies, plaids, tisanes : les prix de l'hiver s'envolent dans les boutiques du centre",
            outlet="Le Courrier de Morlaix",
            date=PartialDate.parse("2020-12-02"),
        ),
        _fixture("r48-morlaix-story-fr-winter-prices.html"),
    )
    assert (status, verdict) == (Status.OK, "pass"), kinds
