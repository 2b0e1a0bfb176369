"""Held-out probe of link rot, fiftieth batch: where a story's address leads once the outlet moved on.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 50`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r50-*.html``, see its README). Outlets are invented: Gazeta
Kociewska (Polish), The Brennock Herald, the Harzer Landbote (German), the Kinross Courier (merged into The
Scottish Ledger), Kinross District Council, the Kestrel News Agency (agency-style ``/<date>/<id>.html``
addresses; its lapsed domain), La Voz de la Ribera (Spanish) and Вести Прииртышья (Russian).

New ground:

- a paper moved to a new CMS whose old article addresses all 301 to its site search for the old slug, in
  Polish ('Wyniki wyszukiwania dla: „remont dworca w tczewie”', three other stories of 2023-24);
- a story 301 to the live blog landing it was folded into, whose coverage has ended and which holds no
  entry of the cited story (a ``LiveBlogPosting`` titled for the storm, links to later stories);
- a story address 302 to the outlet's app-download page (German: 'Die Harzer Landbote App – jetzt kostenlos
  herunterladen', store badges): the story is gone, and not walled behind the app (no line says so);
- a regional paper merged into a national one, its old addresses 301 to the national paper's region section
  ('Perth and Kinross news', a ``CollectionPage``, 'The Kinross Courier is now part of The Scottish Ledger');
- a deleted post on X ('Hmm...this page doesn’t exist. Try searching for something else.' under the bare
  title 'X'), and a deleted Telegram post's embed ('Post not found' in the widget);
- a lapsed agency domain now a crypto token presale ('$KSTRL Presale is LIVE', 'Connect Wallet', 'Buy with
  ETH'), cited by date only;
- a Ukrainian registrar's expiry notice ('Термін реєстрації домену закінчився'), cited by date only;
- 'Сайт находится в разработке' (a Russian 'site under construction' holder), cited by date only;
- a Spanish story replaced by a correction and nothing else ('Rectificación': an earlier version said a
  thing that was not so; no word that the story was withdrawn);
- a council's page replaced by 'This information has moved' and a button to the national portal.

Controls that must stay ok and pass: a story kept under the outlet's own 'This article is more than 5 years
old and has been archived' banner (decision: the story is there and verifies; the banner is no rot), a
Russian story quoting a registrar's 'Срок регистрации домена истёк', a story headlined with X's 'This page
doesn't exist', a story headlined 'This information has moved', a Russian story headlined 'Сайт находится в
разработке'.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.test_rot_heldout import (
    FAIL,
    MISMATCH,
    NOT_PASS,
    OK,
    PASS,
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

KOCIEWSKA = "outlet: Gazeta Kociewska"
BRENNOCK = "outlet: The Brennock Herald"
HARZ = "outlet: Harzer Landbote"
KINROSS = "outlet: Kinross Courier"
COUNCIL = "outlet: Kinross District Council"
RIBERA = "outlet: La Voz de la Ribera"
IRTYSH = "outlet: Вести Прииртышья"

#: the story is gone and something else answers at its address
GONE_NOW = s("soft_404", "dead")

SEARCH_AT = "/szukaj"
LIVE_AT = "/live/storm-christoph-latest"
APP_AT = "/app/"
REGION_AT = "/regions/perth-and-kinross/"

SHARED = {
    "/": html("home.html"),
    SEARCH_AT: html("r50-kociewie-search-slug-pl.html"),
    LIVE_AT: html("r50-brennock-live-landing-ended.html"),
    APP_AT: html("r50-harz-app-download-de.html"),
    REGION_AT: html("r50-ledger-regions-section.html"),
}


def _control(sid: str, path: str, fields: str, page: str, why: str) -> Scenario:
    """A live story (as cited) whose words sound like rot: it must stay ok and pass."""
    return Scenario(sid, path, fields, {path: html(page)}, OK, PASS, why, must_not=(*MISMATCH, "moved"))


def _lapsed(sid: str, path: str, page: str, why: str) -> Scenario:
    """A lapsed agency domain's holder at the story's address, the story cited by its date only."""
    return Scenario(
        sid,
        path,
        f"date: {path[1:5]}-{path[5:7]}-{path[7:9]}",
        {path: html(page)},
        GONE_NOW,
        FAIL,
        why,
        must_not=("moved",),
    )


SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    _control(
        "control-story-under-own-archived-banner",
        "/news/2016/09/14/brennock-swimming-baths-to-close",
        f'title: "Brennock swimming baths to close after 110 years" | {BRENNOCK} | date: 2016-09-14',
        "r50-brennock-story-archived-banner.html",
        "the outlet's own banner 'This article is more than 5 years old and has been archived. It is no"
        " longer updated' over the whole story; headline, date and outlet as cited: the story is there and"
        " verifies (decision: the banner is no rot)",
    ),
    _control(
        "control-russian-story-quoting-registrar-expiry",
        "/news/2021/02/15/sajt-merii-tobolska",
        f'title: "Сайт мэрии Тобольска перестал открываться: истёк срок регистрации домена" | {IRTYSH}'
        " | date: 2021-02-15",
        "r50-irtysh-story-domain-lapsed-ru.html",
        "a Russian story whose headline says 'истёк срок регистрации домена' and whose text quotes the"
        " registrar's 'Срок регистрации домена истёк ... продлите его в личном кабинете'; as cited: the"
        " story",
    ),
    _control(
        "control-story-headlined-x-page-doesnt-exist",
        "/news/2023/03/02/council-deletes-posts-on-x",
        f'title: "\\"This page doesn\'t exist\\": council deletes years of posts on X" | {BRENNOCK}'
        " | date: 2023-03-02",
        "r50-brennock-story-deleted-posts.html",
        "a story headlined with X's 'This page doesn't exist' and quoting 'Hmm...this page doesn't exist. Try"
        " searching for something else.'; headline, date and outlet as cited: the story",
    ),
    _control(
        "control-story-headlined-information-has-moved",
        "/news/2022/05/10/council-pages-national-portal",
        f'title: "\\"This information has moved\\": council pages switch to national portal" | {BRENNOCK}'
        " | date: 2022-05-10",
        "r50-brennock-story-council-portal-move.html",
        "a story headlined with a council's 'This information has moved' notice, about pages sending readers"
        " to the national portal; headline, date and outlet as cited: the story",
    ),
    _control(
        "control-russian-story-headlined-under-construction",
        "/news/2021/06/22/sajt-aeroporta-v-razrabotke",
        f'title: "«Сайт находится в разработке»: портал нового аэропорта так и не заработал" | {IRTYSH}'
        " | date: 2021-06-22",
        "r50-irtysh-story-site-under-construction-ru.html",
        "a Russian story headlined with 'Сайт находится в разработке' and quoting the holder's 'Скоро здесь"
        " появится новый сайт'; as cited: the story",
    ),
    # --- a relaunch, a merger, a live page: the story's address leads elsewhere -----------------------------
    Scenario(
        "new-cms-301-to-search-for-old-slug-polish",
        "/artykul/2019/05/14/remont-dworca-w-tczewie",
        f'title: "Remont dworca w Tczewie ruszy latem" | {KOCIEWSKA} | date: 2019-05-14',
        {
            "/artykul/2019/05/14/remont-dworca-w-tczewie": redirect(
                301, f"{SEARCH_AT}?q=remont+dworca+w+tczewie"
            )
        },
        s("soft_404"),
        FAIL,
        "after a move to a new CMS every old address answers a 301 to the site search for its slug ('Wyniki"
        " wyszukiwania dla: „remont dworca w tczewie”', three other stories of 2023-24): the story is gone;"
        " a search answers for it, not a new address",
        must_not=("moved",),
    ),
    Scenario(
        "story-301-to-ended-live-blog-landing",
        "/news/2021/01/20/floodwater-reaches-homes-brennock",
        f'title: "Floodwater reaches homes in Brennock as river bursts its banks" | {BRENNOCK}'
        " | date: 2021-01-20",
        {"/news/2021/01/20/floodwater-reaches-homes-brennock": redirect(301, LIVE_AT)},
        s("soft_404", "ok"),
        FAIL,
        "the story 301s to the storm's live blog landing ('Storm Christoph: live updates as flood warnings"
        " issued', a LiveBlogPosting whose coverage ended, 'Our live coverage ... has now ended', links to"
        " later stories) which holds no entry of the cited story: not the cited story, and no new address",
        must_not=("moved",),
    ),
    Scenario(
        "story-302-to-app-download-page-german",
        "/lokales/2020/11/04/wernigerode-neues-parkhaus",
        f'title: "Wernigerode bekommt ein neues Parkhaus am Bahnhof" | {HARZ} | date: 2020-11-04',
        {"/lokales/2020/11/04/wernigerode-neues-parkhaus": redirect(302, APP_AT)},
        s("soft_404", "blocked"),
        NOT_PASS,
        "the story's address 302s to the outlet's app page ('Die Harzer Landbote App – jetzt kostenlos"
        " herunterladen', 'Alle Nachrichten aus dem Harz – in unserer App', store badges, no story): the"
        " story is not there; not another story, not a new address",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "regional-paper-merged-301-to-national-section",
        "/news/2019/03/07/kinross-high-extension-approved",
        f'title: "Kinross High extension approved by councillors" | {KINROSS} | date: 2019-03-07',
        {"/news/2019/03/07/kinross-high-extension-approved": redirect(301, REGION_AT)},
        s("soft_404"),
        FAIL,
        "the regional paper merged into a national one; every old address 301s to the national paper's"
        " region section ('Perth and Kinross news', a CollectionPage of 2024 teasers, 'The Kinross Courier is"
        " now part of The Scottish Ledger'): the story is gone, the section answers for it",
        must_not=("moved",),
    ),
    # --- platforms: a post deleted --------------------------------------------------------------------------
    Scenario(
        "deleted-post-on-x",
        "/kestrelnews/status/1351856730412275713",
        "date: 2021-01-20",
        {"/kestrelnews/status/1351856730412275713": html("r50-x-post-deleted.html")},
        GONE_NOW,
        FAIL,
        "the cited post answers 200 under the bare title 'X' with 'Hmm...this page doesn’t exist. Try"
        " searching for something else.': the post was deleted",
        must_not=("moved",),
    ),
    Scenario(
        "deleted-telegram-post-embed",
        "/kestrelnews/4512?embed=1",
        "date: 2021-01-21",
        {"/kestrelnews/4512": html("r50-telegram-embed-post-not-found.html")},
        GONE_NOW,
        FAIL,
        "the cited post's embed answers 200 'Telegram Widget' with 'Post not found' alone: the post was"
        " deleted",
        must_not=("moved",),
    ),
    # --- a lapsed domain's holder ---------------------------------------------------------------------------
    _lapsed(
        "lapsed-domain-token-presale-cited-by-date",
        "/20210125/9990001010.html",
        "r50-kestrel-token-presale.html",
        "the writer gave the date only; the lapsed agency domain answers with a token presale ('$KSTRL"
        " Presale is LIVE', 'Stage 3 of 10', 'Connect Wallet', 'Buy with ETH', staking 'APY'): the story is"
        " gone, the address taken over",
    ),
    _lapsed(
        "lapsed-domain-ukrainian-registrar-expiry-cited-by-date",
        "/20210126/9990002020.html",
        "r50-kestrel-registrar-expired-uk.html",
        "the writer gave the date only; the address answers a Ukrainian registrar's 'Термін реєстрації домену"
        " закінчився' (the domain's registration ran out; 'продовжіть його в особистому кабінеті'): the story"
        " and the outlet are gone",
    ),
    _lapsed(
        "lapsed-domain-under-construction-russian-cited-by-date",
        "/20210127/9990003030.html",
        "r50-kestrel-under-construction-ru.html",
        "the writer gave the date only; the address answers 'Сайт в разработке' / 'Сайт находится в"
        " разработке' / 'Скоро здесь появится новый сайт' (a site under construction): the story is gone",
    ),
    # --- the story replaced by a notice ---------------------------------------------------------------------
    Scenario(
        "story-replaced-by-correction-only-spanish",
        "/local/2021/02/08/puente-de-tudela-obras-adjudicadas",
        f'title: "Adjudicadas las obras del puente de Tudela por 3,4 millones" | {RIBERA} | date: 2021-02-08',
        {"/local/2021/02/08/puente-de-tudela-obras-adjudicadas": html("r50-ribera-correction-only-es.html")},
        s("soft_404"),
        FAIL,
        "the story's address now holds only 'Rectificación' ('En una versión anterior de esta información ..."
        " se afirmaba que ... no era correcta', an apology), dated three days later: the story itself is"
        " gone, a correction stands in its place",
        must_not=("moved",),
    ),
    Scenario(
        "council-page-replaced-by-moved-to-portal-notice",
        "/services/bins/garden-waste-permits",
        f'title: "Garden waste permits" | {COUNCIL}',
        {"/services/bins/garden-waste-permits": html("r50-kinross-council-moved-to-portal.html")},
        s("soft_404"),
        NOT_PASS,
        "the council's page answers 200 'This information has moved' with a button to the national portal"
        " and no permit information: the cited page's content is no longer there (the user must look at the"
        " portal), not a page to verify",
        must_not=MISMATCH,
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot50_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot50"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot50_scenario(rot50_run: Run, scenario: Scenario) -> None:
    check_scenario(rot50_run, scenario)


def test_every_scenario_was_reported(rot50_run: Run) -> None:
    assert sorted(rot50_run.results) == sorted(IDS), rot50_run.stderr
