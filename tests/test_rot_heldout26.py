"""Held-out probe of link rot, twenty-sixth batch: what the first twenty-five batches did not play.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 26`` plays
them all. Pages are in ``tests/fixtures/rot`` (see its README): HTML, a print issue's PDF and a static site's
Markdown source. The scenarios take the shapes of the seed article's sources (a news agency's
``/<date>/<id>.html``, an agency's ``/politika/<id>`` and its English site's ``/politics/<id>``, an
English-language outlet's ``/<yyyy>/<mm>/<dd>/<slug>-a<id>``), under invented names: Ангара-Информ (a regional
agency of Irkutsk; in some scenarios closed, its archive at a partner's, its domain lapsed or sent to an
encyclopedia), Сокол / Sokol News Agency (an agency and its English site) and The Okhotsk Mariner (an
English-language outlet of Magadan, renamed Okhotsk Today in one scenario). Hosts loopback cannot play (the
renamed outlet's, the partner's, the encyclopedia's) are played as paths of the one server
(``/okhotsk-today/...``, ``/baikal-wave/...``, ``/wiki/...``).

New ground: to pass, a long story split into pages after a redesign, its first page cited ('(стр. 1 из 3)' in
the ``<title>``, a pager); an address that gained a trailing slash by a 308 whose page's canonical is the
cited address; a renamed outlet whose old addresses 301 to the same story and whose new pages never name the
old name; a wire's 'UPDATE 2-' prefix added to an English headline; a redesign that shows only '4 года назад'
for a date, no date in the meta (the address keeps the day); a migration that double-escaped the headline's
quotes ('&amp;quot;'); a closed agency's story at the partner that took its archive ('Источник:
Ангара-Информ', a 301); a static site that serves a story's Markdown source (front matter) as ``text/plain``.
To flag: a 301 to the PDF of the whole print issue the story was in; WordPress's page for the story's photo
where the story was (a deleted post, its attachment kept); a correction that reversed the headline ('Ирак не
ведёт переговоров ...', the correction quoting the cited claim); 'Материалы ... до 1 января 2021 года ...
можно запросить в редакции' (a request form); a template engine's page served unrendered
('{{ article.title }}'); a lapsed domain selling diplomas ('Купить диплом'); 'Ваш IP-адрес заблокирован'
(data-centre addresses banned); and a closed agency's story 301 to the encyclopedia article about the agency.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.site_server import Page
from tests.test_rot_heldout import (
    BLOCKED,
    FAIL,
    FIXTURES,
    MISMATCH,
    NOT_FAIL,
    NOT_PASS,
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
    raw,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

ANGARA = "outlet: Ангара-Информ"
SOKOL = "outlet: Сокол"
SOKOL_EN = "outlet: Sokol News Agency"
OKHOTSK = "outlet: The Okhotsk Mariner"

SLASHED_AT = "/politika/7492010/"
RENAMED_AT = "/okhotsk-today/2020/01/14/magadan-port-icebreaking-tugs-a69400"
PARTNER_AT = "/baikal-wave/archive/angara/1563225030"
ISSUE_AT = "/print/2020/okhotsk-mariner-2020-01-16.pdf"
#: the encyclopedia's address of the article about the agency, percent-encoded as browsers send it
WIKI_AT = "/wiki/%D0%90%D0%BD%D0%B3%D0%B0%D1%80%D0%B0-%D0%98%D0%BD%D1%84%D0%BE%D1%80%D0%BC"

SHARED: dict[str, Page] = {
    "/": html("home.html"),
    SLASHED_AT: html("sokol-trailing-slash.html"),
    RENAMED_AT: html("okhotsk-today-renamed.html"),
    PARTNER_AT: html("angara-at-partner.html"),
    ISSUE_AT: raw((FIXTURES / "okhotsk-print-issue.pdf").read_bytes(), "application/pdf"),
    WIKI_AT: html("angara-wikipedia.html"),
}

SCENARIOS: list[Scenario] = [
    # --- controls: the story is there -----------------------------------------------------------------------
    Scenario(
        "control-story-split-into-pages-first-cited",
        "/20200114/1563225010.html",
        f'title: "Байкальская нерпа: учёные насчитали рекордную численность" | {ANGARA} | date: 2020-01-14',
        {"/20200114/1563225010.html": html("angara-split-page1.html")},
        OK,
        PASS,
        "a redesign split the long story into three pages; the cited address is page 1 ('(стр. 1 из 3)'"
        " after the headline in <title>, og:title and <h1> the headline alone, a pager 'Страница 1 из 3',"
        " rel=next): the story as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-trailing-slash-308-canonical-without",
        "/politika/7492010",
        f'title: "Лавров обсудил с главой МИД Ирака поставки российского вооружения" | {SOKOL}'
        " | date: 2020-01-15",
        {"/politika/7492010": redirect(308, SLASHED_AT)},
        OK,
        PASS,
        "the agency's server now adds a trailing slash (a 308) and the page's canonical is the cited address"
        " without it: the story as cited, the slash not worth a warning",
        must_not=MISMATCH,
        quiet_move=True,
    ),
    Scenario(
        "renamed-outlet-301-new-name-only",
        "/2020/01/14/magadan-port-icebreaking-tugs-a69400",
        f'title: "Magadan Port Orders Two New Icebreaking Tugs" | {OKHOTSK} | date: 2020-01-14',
        {"/2020/01/14/magadan-port-icebreaking-tugs-a69400": redirect(301, RENAMED_AT)},
        OK,
        NOT_FAIL,
        "the outlet renamed itself Okhotsk Today and its old addresses 301 to the same story on the new site"
        " (same path, headline, byline, date, text); the new pages never name the old name: the outlet's own"
        " redirect says it is the same outlet; moved, report where",
        must=("moved",),
        must_not=("title_mismatch", "date_mismatch", "url_date_mismatch"),
        says=(("{o}" + RENAMED_AT,),),
    ),
    Scenario(
        "control-wire-update-prefix-added",
        "/politics/1115010",
        f'title: "Iraq Says It Has Not Ruled Out Buying Russian S-400 Systems" | {SOKOL_EN}'
        " | date: 2020-01-15",
        {"/politics/1115010": html("sokol-en-update-prefix.html")},
        OK,
        PASS,
        "the wire's later version carries its update prefix 'UPDATE 2-' in <title>, og:title and <h1>"
        " ('(Adds comment ...)' under it); the headline is the cited one: as cited",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "control-redesign-relative-date-only",
        "/20200115/1563225020.html",
        f'title: "В Братске запустили новую котельную на 40 мегаватт" | {ANGARA} | date: 2020-01-15',
        {"/20200115/1563225020.html": html("angara-relative-date.html")},
        OK,
        PASS,
        "a redesign dropped the meta dates and shows only '4 года назад' over the story (and '2 часа назад'"
        " in the sidebar); the address keeps 20200115 and the dateline 'БРАТСК, 15 января': the date as"
        " cited, 'four years ago' is no date to compare",
        must_not=MISMATCH,
    ),
    Scenario(
        "control-migration-double-escaped-quotes",
        "/politika/7492020",
        f'title: "В МИД России назвали «провокацией» удар по базам в Ираке" | {SOKOL} | date: 2020-01-16',
        {"/politika/7492020": html("sokol-double-escaped.html")},
        OK,
        PASS,
        "a migration double-escaped the headline's quotes, so the browser shows '&quot;провокацией&quot;' in"
        " the tab, og:title and <h1>; the writer cited it with «»: the same headline",
        must_not=MISMATCH,
    ),
    Scenario(
        "closed-agency-archive-at-partner-credited",
        "/20200116/1563225030.html",
        f'title: "В Усть-Илимске возобновили работу лесопильного комбината" | {ANGARA} | date: 2020-01-16',
        {"/20200116/1563225030.html": redirect(301, PARTNER_AT)},
        OK,
        NOT_FAIL,
        "the agency closed and gave its archive to a partner outlet; its addresses 301 to the partner's copy:"
        " same headline, date and text, 'Источник: Ангара-Информ', the author meta and JSON-LD the agency, a"
        " note 'Его архив передан «Байкальской волне»': the cited agency's story, moved; report where",
        must=("moved",),
        must_not=MISMATCH,
        says=(("{o}" + PARTNER_AT,),),
    ),
    Scenario(
        "control-static-site-serves-markdown-source",
        "/2020/01/15/okhotsk-pollock-record-catch-a69410",
        f'title: "Okhotsk Fishermen Report Record Pollock Catch" | {OKHOTSK} | date: 2020-01-15',
        {
            "/2020/01/15/okhotsk-pollock-record-catch-a69410": raw(
                (FIXTURES / "okhotsk-source.md").read_bytes(), "text/plain; charset=utf-8"
            )
        },
        OK,
        NOT_FAIL,
        "after a static-site rebuild went wrong the story's address serves its Markdown source as text/plain:"
        " front matter with title and date as cited, then the text: ugly, but the cited story; not gone",
        must_not=(*MISMATCH, "moved"),
    ),
    # --- replaced, removed, walled --------------------------------------------------------------------------
    Scenario(
        "story-301-to-print-issue-pdf",
        "/2020/01/16/ola-river-bridge-closed-a69420",
        f'title: "Ola River Bridge Closed for Repairs Until Spring" | {OKHOTSK} | date: 2020-01-16',
        {"/2020/01/16/ola-river-bridge-closed-a69420": redirect(301, ISSUE_AT)},
        OK,
        WARN,
        "the story 301s to the PDF of that day's whole print issue ('The Okhotsk Mariner, No. 3 (2104),"
        " January 16, 2020', three pages); the story is on page 3 among others: findable, but the link is the"
        " issue, not the story; worth a warning, not a failure",
        must_not=("date_mismatch",),
    ),
    Scenario(
        "wordpress-attachment-page-took-the-address",
        "/2020/01/17/okhotsk-port-icebreaker-season-a69430",
        f'title: "Okhotsk Port Extends Icebreaker Escort Season" | {OKHOTSK} | date: 2020-01-17',
        {"/2020/01/17/okhotsk-port-icebreaker-season-a69430": html("okhotsk-attachment-page.html")},
        REPLACED,
        FAIL,
        "the post was deleted and WordPress answers its address with its photo's attachment page"
        " ('icebreaker-kapitan-khlebnikov-2020', an image, 'Published January 17, 2020 at 1200 × 800', body"
        " class 'attachment single-attachment'): the story is gone",
        must_not=("moved",),
    ),
    Scenario(
        "correction-reversed-the-headline",
        "/politika/7492030",
        f'title: "Ирак возобновил переговоры с Россией о покупке С-400" | {SOKOL} | date: 2020-01-17',
        {"/politika/7492030": html("sokol-reversed-correction.html")},
        OK,
        NOT_PASS,
        "the agency corrected the story into its opposite: 'Ирак не ведёт переговоров с Россией о покупке"
        " С-400', a note saying the first version wrongly said 'Ирак возобновил переговоры ...': the source"
        " no longer says what the citation says",
        must=("title_mismatch",),
        must_not=("moved",),
    ),
    Scenario(
        "archive-only-on-request-form",
        "/20200117/1563225040.html",
        f'title: "В Ангарске открыли центр ядерной медицины" | {ANGARA} | date: 2020-01-17',
        {"/20200117/1563225040.html": html("angara-archive-on-request.html")},
        s("blocked", "soft_404"),
        NOT_PASS,
        "'Материалы, опубликованные до 1 января 2021 года, больше не размещаются на сайте в открытом доступе."
        " Вы можете запросить текст материала в редакции' and a request form, under the bare site name: the"
        " story is not readable at the link",
        must_not=("moved", "title_mismatch"),
    ),
    Scenario(
        "template-served-unrendered",
        "/politika/7492040",
        f'title: "Песков прокомментировал сообщения о переговорах по С-300 с Ираком" | {SOKOL}'
        " | date: 2020-01-17",
        {"/politika/7492040": html("sokol-unrendered-template.html")},
        s("soft_404", "error"),
        NOT_PASS,
        "the server sends the story template unrendered: '{{ article.title }} — Сокол' as <title>,"
        " '{% block content %}', '{{ article.lead }}': a broken site, no story; not another story's title",
        must_not=("moved", "title_mismatch", "date_mismatch"),
    ),
    Scenario(
        "lapsed-domain-diploma-mill-russian",
        "/20200118/1563225050.html",
        f'title: "В Иркутске завершили ремонт Академического моста" | {ANGARA} | date: 2020-01-18',
        {"/20200118/1563225050.html": html("angara-diploma-spam.html")},
        REPLACED,
        FAIL,
        "the agency's lapsed domain now sells forged diplomas at every address ('Купить диплом в Иркутске',"
        " prices, 'Заказать диплом', no outlet): the story and the outlet are gone",
        must_not=("moved",),
    ),
    Scenario(
        "data-centre-ip-banned-russian-200",
        "/politika/7492050",
        f'title: "Ирак и Россия обсудили поставки зерна" | {SOKOL} | date: 2020-01-18',
        {"/politika/7492050": html("sokol-ip-banned.html")},
        BLOCKED,
        WARN,
        "'Ваш IP-адрес заблокирован. Доступ к сайту с адресов хостинг-провайдеров, дата-центров и"
        " анонимайзеров запрещён', a block code, served 200: the checker is refused, the story may be there;"
        " not verifiable, not gone",
        must_not=(*MISMATCH, "moved"),
    ),
    Scenario(
        "closed-agency-301-to-encyclopedia-article",
        "/20200119/1563225060.html",
        f'title: "Ангарск получил грант на реконструкцию набережной" | {ANGARA} | date: 2020-01-19',
        {"/20200119/1563225060.html": redirect(301, WIKI_AT)},
        REPLACED,
        FAIL,
        "the closed agency points its domain at the encyclopedia's article about it ('Ангара-Информ —"
        " Википедия', 'российское региональное информационное агентство, работавшее в Иркутске в 2008—2022"
        " годах'): the outlet is gone and the story with it; the article is not where the story moved",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot26_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot26"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot26_scenario(rot26_run: Run, scenario: Scenario) -> None:
    check_scenario(rot26_run, scenario)


def test_every_scenario_was_reported(rot26_run: Run) -> None:
    assert sorted(rot26_run.results) == sorted(IDS), rot26_run.stderr
