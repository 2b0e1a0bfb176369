"""Held-out probe of link rot, forty-eighth batch: what rot47 left, and rot no batch played in these forms.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 48`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r48-*.html``, see its README). The scenarios take the shape
of the seed article's news-agency sources (``/<date>/<id>.html``) or of papers' dated slugs, under invented
names: Le Courrier de Morlaix and Maison Lumen (French), Sölvesborgs Tidning (Swedish), Η Φωνή της Κέρκυρας
(Greek), Jindřichohradecký zpravodaj (Czech), Diário de Mirandela, Voz do Alentejo and the Arquivo da Web
Portuguesa (Portuguese), 남해신문 (Korean), 湘西晚报 (Chinese), Hunsrücker Bote and Westerwälder Anzeiger
(German), 四万十新聞 (Japanese), La Voz del Matarraña and El Eco del Jiloca (Spanish), and an Indonesian
gambling site on a lapsed domain.

What rot47 left: a shop's product page whose only marks are a price written out in its text ('24,90 € TTC',
'En stock', 'Livraison offerte dès 49 €') and a bare ``<input>`` with no number type and no quantity name,
no product or offer markup, a wordless basket icon. A writer who cited a news story by its date must be told
the address now sells something: the story is gone.

New ground: an article removed 'for legal reasons' in Swedish ('Den här artikeln har tagits bort av juridiska
skäl') and Greek ('Το περιεχόμενο αυτό αφαιρέθηκε για νομικούς λόγους'); a Czech paywall ('Tento článek je
dostupný pouze pro předplatitele') over a story that was free when cited (not rot: the user must be told the
page is walled, not that the story is gone or different); an Indonesian 'SLOT GACOR' gambling page on a
lapsed agency domain; a Portuguese cookie wall with nothing behind it; 'not available in your country' in
Korean and Simplified Chinese; a web archive's 200 'Esta página não foi arquivada' at a cited snapshot's
address; a page whose only text is a JavaScript-required notice (German, Japanese); WordPress's first post,
'Hallo Welt!' (German) and '¡Hola, mundo!' (Spanish), on lapsed domains. Controls that must stay ok: a French
story quoting shop prices 'TTC' with a newsletter field; a Swedish story headlined that a text was removed
'av juridiska skäl'; a Spanish story headlined '«¡Hola, mundo!»'.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.test_rot_heldout import (
    BLOCKED,
    FAIL,
    MISMATCH,
    OK,
    PASS,
    REPLACED,
    WARN,
    Run,
    Scenario,
    _param,
    check_scenario,
    html,
    play,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

MORLAIX = "outlet: Le Courrier de Morlaix"
SOLVESBORG = "outlet: Sölvesborgs Tidning"
KERKYRA = "outlet: Η Φωνή της Κέρκυρας"
JINDRICHUV = "outlet: Jindřichohradecký zpravodaj"
MIRANDELA = "outlet: Diário de Mirandela"
NAMHAE = "outlet: 남해신문"
XIANGXI = "outlet: 湘西晚报"
ALENTEJO = "outlet: Voz do Alentejo"
HUNSRUECK = "outlet: Hunsrücker Bote"
SHIMANTO = "outlet: 四万十新聞"
WESTERWALD = "outlet: Westerwälder Anzeiger"
MATARRANA = "outlet: La Voz del Matarraña"
JILOCA = "outlet: El Eco del Jiloca"

#: an article taken down (or withheld) for legal reasons: not there, and not another article
REMOVED = s("soft_404", "blocked")
#: the page cannot be read without running its scripts: not verified, not gone, not another page
SCRIPT_ONLY = s("ok", "blocked")

SHARED = {"/": html("home.html")}

ARCHIVED = (
    "/wayback/20190514093000/https://www.vozdoalentejo.pt/regiao/2019/05/14/nova-ponte-sobre-o-guadiana"
)


def _walled(sid: str, path: str, fields: str, page: str, cause: str, why: str) -> Scenario:
    """A wall served 200 at the story's address (paywall, consent, region): blocked, with its cause."""
    return Scenario(
        sid, path, fields, {path: html(page)}, BLOCKED, WARN, why, cause=s(cause), must_not=MISMATCH
    )


def _removed(sid: str, path: str, fields: str, page: str, why: str) -> Scenario:
    """A notice served 200 at the story's address that it was removed for legal reasons."""
    return Scenario(sid, path, fields, {path: html(page)}, REMOVED, s("fail", "warn"), why, must_not=MISMATCH)


def _script_only(sid: str, path: str, fields: str, page: str, why: str) -> Scenario:
    """A page whose only text asks for JavaScript: the report must say so, and not call it another page."""
    return Scenario(
        sid,
        path,
        fields,
        {path: html(page)},
        SCRIPT_ONLY,
        WARN,
        why,
        must_not=MISMATCH,
        says=(("javascript",),),
    )


SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    Scenario(
        "control-french-story-quoting-shop-prices",
        "/economie/2020/12/02/les-prix-de-l-hiver-s-envolent",
        f"title: \"Bougies, plaids, tisanes : les prix de l'hiver s'envolent dans les boutiques du centre\""
        f" | {MORLAIX} | date: 2020-12-02",
        {
            "/economie/2020/12/02/les-prix-de-l-hiver-s-envolent": html(
                "r48-morlaix-story-fr-winter-prices.html"
            )
        },
        OK,
        PASS,
        "a French consumer story quoting shop prices ('24,90 € TTC', 'livraison offerte dès 49 €', 'En"
        " stock') with a newsletter e-mail field; headline, date and outlet as cited: the story, not a shop",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-swedish-story-headlined-removed-for-legal-reasons",
        "/nyheter/2020/12/04/kommunens-text-om-ljungskar-togs-bort",
        f'title: "Kommunens text om Ljungskär togs bort av juridiska skäl – nu kräver oppositionen svar"'
        f" | {SOLVESBORG} | date: 2020-12-04",
        {
            "/nyheter/2020/12/04/kommunens-text-om-ljungskar-togs-bort": html(
                "r48-solvesborg-story-sv-removed-article.html"
            )
        },
        OK,
        PASS,
        "a Swedish story headlined that the council's text was removed 'av juridiska skäl', quoting the"
        " notice 'Artikeln har tagits bort av juridiska skäl'; headline, date and outlet as cited: the story",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-spanish-story-headlined-hola-mundo",
        "/sociedad/2020/12/07/la-primera-web-de-calamocha-cumple-25-anos",
        f'title: "«¡Hola, mundo!»: la primera web de Calamocha cumple 25 años" | {JILOCA} | date: 2020-12-07',
        {
            "/sociedad/2020/12/07/la-primera-web-de-calamocha-cumple-25-anos": html(
                "r48-jiloca-story-es-hola-mundo.html"
            )
        },
        OK,
        PASS,
        "a Spanish story headlined '«¡Hola, mundo!»' (a town's first web page, 25 years on); headline, date"
        " and outlet as cited: the story, not a fresh blog's first post",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- the domain sold: a shop (rot47's leftover) ---------------------------------------------------------
    Scenario(
        "domain-sold-shop-price-in-text-bare-quantity-input",
        "/20201201/9960001010.html",
        "date: 2020-12-01",
        {"/20201201/9960001010.html": html("r48-lumen-shop-product-page-fr.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the sold domain answers the story's address with a French shop's"
        " product page ('Bougie parfumée Figuier, 250 g – Maison Lumen', '24,90 € TTC', 'En stock – expédiée"
        " sous 48 h', 'Quantité' beside a bare <input value=1>, a wordless basket icon, 'Conditions générales"
        " de vente'; no product markup): the address now sells something; the story is gone",
        must_not=("moved",),
    ),
    # --- removed for legal reasons --------------------------------------------------------------------------
    _removed(
        "removed-for-legal-reasons-swedish",
        "/nyheter/2020/12/03/markagare-stamplas-i-reservatstrid",
        f'title: "Markägare stämplas i striden om Ljungskär" | {SOLVESBORG} | date: 2020-12-03',
        "r48-solvesborg-removed-legal-sv.html",
        "'Artikeln har avpublicerats – Sölvesborgs Tidning' / 'Den här artikeln har tagits bort av juridiska"
        " skäl', served 200: the article is not there (removed for legal reasons), not another article",
    ),
    _removed(
        "removed-for-legal-reasons-greek",
        "/topika/2020/12/05/neo-limani-stin-kassiopi",
        f'title: "Νέο λιμάνι στην Κασσιόπη: ξεκινούν τα έργα" | {KERKYRA} | date: 2020-12-05',
        "r48-kerkyra-removed-legal-el.html",
        "the bare site name over 'Το άρθρο αφαιρέθηκε' (<h2>) / 'Το περιεχόμενο αυτό αφαιρέθηκε για νομικούς"
        " λόγους', served 200: the article is not there (removed for legal reasons), not another article",
    ),
    # --- walls: the story may be there, the checker cannot see it -------------------------------------------
    _walled(
        "paywall-added-czech-no-headline",
        "/zpravy/2020/12/06/novy-most-pres-nezarku",
        f'title: "Nový most přes Nežárku otevřou v létě" | {JINDRICHUV} | date: 2020-12-06',
        "r48-jindrichuv-paywall-cs.html",
        "auth",
        "the story was free when cited; now 'Tento článek je dostupný pouze pro předplatitele' (<h2>) /"
        " 'Předplaťte si Zpravodaj a čtěte dál' / 'Už máte předplatné? Přihlaste se' under the bare site"
        " name, served 200: a paywall added since; the user must be told it is walled, not gone",
    ),
    _walled(
        "cookie-wall-only-portuguese",
        "/regiao/2020/12/08/feira-da-alheira-adiada",
        f'title: "Feira da Alheira adiada para a primavera" | {MIRANDELA} | date: 2020-12-08',
        "r48-mirandela-cookie-wall-pt.html",
        "consent",
        "only a consent dialog ('A sua privacidade é importante para nós' in an <h2>, 'Aceitar todos',"
        " 'Rejeitar todos', 'Gerir preferências') under the bare site name, served 200: a consent wall in"
        " front of the story; not gone",
    ),
    _walled(
        "geoblock-200-korean",
        "/news/articleView.html?idxno=20201209",
        f'title: "남해대교 보수공사 내년 봄 마무리" | {NAMHAE} | date: 2020-12-09',
        "r48-namhae-geoblock-ko.html",
        "legal",
        "'해당 국가에서는 서비스를 이용할 수 없습니다' (not available in your country, <h1>) /"
        " '이 콘텐츠는 현재 접속하신 국가에서 이용하실 수 없습니다', the <title> the site's name, served 200:"
        " a regional block; not gone",
    ),
    _walled(
        "geoblock-200-simplified-chinese",
        "/xxwb/html/2020-12/10/content_88231.htm",
        f'title: "吉首新建三座人行天桥月底通行" | {XIANGXI} | date: 2020-12-10',
        "r48-xiangxi-geoblock-zh.html",
        "legal",
        "'抱歉，该内容在您所在的国家或地区不可用' (not available in your country or region, <h1>) /"
        " '本网站部分内容仅限中国大陆地区访问', the <title> the site's name, served 200: a regional block;"
        " not gone",
    ),
    # --- an archive's snapshot that does not exist ----------------------------------------------------------
    Scenario(
        "cited-archive-snapshot-not-archived-200-portuguese",
        ARCHIVED,
        f'title: "Nova ponte sobre o Guadiana abre ao trânsito em junho" | {ALENTEJO} | date: 2019-05-14',
        {ARCHIVED: html("r48-arquivo-not-archived-pt.html")},
        s("soft_404", "dead"),
        FAIL,
        "the writer cited a web archive's snapshot; the archive answers 200 'Esta página não foi arquivada'"
        " ('… não foi arquivado na data pedida nem em nenhuma outra data'): the cited copy does not exist",
        must_not=MISMATCH,
    ),
    # --- nothing but a request for JavaScript ---------------------------------------------------------------
    _script_only(
        "javascript-required-only-german",
        "/lokales/2020/12/11/neue-hunsrueckbahn-haltestelle",
        f'title: "Hunsrückbahn bekommt neuen Haltepunkt in Emmelshausen" | {HUNSRUECK} | date: 2020-12-11',
        "r48-hunsrueck-js-required-de.html",
        "a script app's shell: the <title> only the site's name, an empty #app, and 'Bitte aktivieren Sie"
        " JavaScript, um diese Seite anzuzeigen.' in <noscript>, served 200: the checker cannot see the"
        " story; the report must say JavaScript is needed, not that the page is another one",
    ),
    _script_only(
        "javascript-required-only-japanese",
        "/news/20201212/shimanto-chinkabashi",
        f'title: "四万十川の沈下橋、補修工事が完了" | {SHIMANTO} | date: 2020-12-12',
        "r48-shimanto-js-required-ja.html",
        "a script app's shell: the <title> only the site's name, an empty #root, and"
        " 'このサイトを表示するにはJavaScriptを有効にしてください。' in <noscript>, served 200: the checker"
        " cannot see the story; the report must say JavaScript is needed",
    ),
    # --- lapsed domains: something else entirely ------------------------------------------------------------
    Scenario(
        "lapsed-domain-indonesian-slot-gambling-cited-by-date",
        "/20201205/9970001010.html",
        "date: 2020-12-05",
        {"/20201205/9970001010.html": html("r48-slot-gacor-id.html")},
        REPLACED,
        FAIL,
        "the writer gave the date only; the lapsed agency domain answers with an Indonesian gambling page"
        " ('SLOT GACOR HARI INI', 'Situs Slot Online Gampang Maxwin', 'DAFTAR SEKARANG', deposits via DANA"
        " and OVO): the story and the outlet are gone",
        must_not=("moved",),
    ),
    Scenario(
        "expired-domain-wordpress-hallo-welt-german",
        "/lokales/2017/09/14/neue-ortsumgehung-freigegeben",
        f'title: "Neue Ortsumgehung Montabaur freigegeben" | {WESTERWALD} | date: 2017-09-14',
        {
            "/lokales/2017/09/14/neue-ortsumgehung-freigegeben": redirect(302, "/blog/"),
            "/blog/": html("r48-wp-hallo-welt-de.html"),
        },
        REPLACED,
        FAIL,
        "the lapsed domain's new owner installed WordPress in German and left it as installed: old addresses"
        " go to its front page, whose only post is 'Hallo Welt!' ('Willkommen bei WordPress. Dies ist dein"
        " erster Beitrag.', 2024, site 'Meine WordPress-Website'): the article is gone",
        must_not=("moved",),
    ),
    Scenario(
        "expired-domain-wordpress-hola-mundo-spanish",
        "/comarca/2018/04/23/nuevo-puente-sobre-el-matarrana",
        f'title: "Abre el nuevo puente sobre el Matarraña en Valderrobres" | {MATARRANA} | date: 2018-04-23',
        {
            "/comarca/2018/04/23/nuevo-puente-sobre-el-matarrana": redirect(301, "/2024/03/11/hola-mundo/"),
            "/2024/03/11/hola-mundo/": html("r48-wp-hola-mundo-es.html"),
        },
        REPLACED,
        FAIL,
        "the lapsed domain's new owner installed WordPress in Spanish and left it: old addresses 301 to its"
        " only post, '¡Hola, mundo!' ('Bienvenido a WordPress. Esta es tu primera entrada.', 2024, site 'Mi"
        " blog', 'Un comentarista de WordPress'): the article is gone",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot48_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot48"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot48_scenario(rot48_run: Run, scenario: Scenario) -> None:
    check_scenario(rot48_run, scenario)


def test_every_scenario_was_reported(rot48_run: Run) -> None:
    assert sorted(rot48_run.results) == sorted(IDS), rot48_run.stderr
