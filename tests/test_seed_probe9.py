"""Held-out probe (seed9, forty-eighth session): the seed article's three citations in the outlets' page
shapes the first eight probes did not play.

Written from README.md, docs/ (sources-format, json-schema), ``linkcheck --help`` and ``linkcheck
extract --help``, tests/site_server.py's docstring, the eighth probe's subsection in docs/benchmarks.md
and the earlier probes' test names (grepped for what they had played: meta refresh, 308, 451, archive
flags, Turbo, away pages, sanctions, maintenance, the agency's owner), before any code under ``src/`` was
read, and committed
before any change there. The cases:

- addresses across domains: the former domain's page sending the reader on by ``<meta http-equiv=refresh>``,
  a cross-domain 301 whose ``Location`` is protocol-relative (``//host/path``), a relative ``Location`` to the
  story's percent-encoded Cyrillic slug, TASS's mobile host cited and sent to the desktop story, the link as a
  social network's "away" page wrapping it;
- a server in maintenance: TASS answering ``503`` with ``Retry-After`` and "Ведутся технические работы";
- blocks: an EU provider's sanctions block page (RIA is under EU sanctions since 2024) reached by a redirect,
  the same block served at the cited address (a resolver's sinkhole, in German), The Moscow Times answered
  ``451`` in Russia;
- archived copies named in the manifest: Wayback captures with the ``id_`` and ``if_`` flags, a capture
  named by its day alone, a capture whose address spells the Cyrillic slug percent-encoded where the
  citation writes it raw;
- page kinds: TASS's live blog cited as a whole by its own headline and a day within its coverage;
- outlets: RIA cited as "RIA" (as the article does) and by its owner's name "Rossiya Segodnya" (its page's
  publisher "МИА «Россия сегодня»"), TASS cited by its English self-description; TASS's wire story carried by
  a regional paper that credits it by the wire's dateline and by JSON-LD ``isBasedOn``;
- the cited title: RIA's headline in guillemets with an English translation in brackets;
- ``linkcheck extract`` on Cyrillic addresses written in parentheses and in guillemets;
- what the text and JSON reports say of the seed article checked directly behind the sanctions block, the
  maintenance page and the 451.

Hosts are mapped to loopback as docs/security.md says: a name under ``localhost`` is this machine's loopback
without a lookup, let through with ``--allow-private``. One ``tests/site_server.py`` server on 127.0.0.1
answers every name by its ``Host`` header, its path read as a web server reads it. No name is ever sent to a
resolver; archived copies are judged by their URLs, never requested. Expectations are what the docs promise
or, where they are silent, what a fact-checker using a mature tool expects. Every case is a CLI subprocess.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pytest

from tests.seed_harness import (
    COMMON,
    MT,
    MT_PATH,
    MT_TITLE,
    RIA,
    RIA_PATH,
    RIA_TITLE,
    SEED,
    TASS,
    TASS_PATH,
    TASS_TITLE,
    Sites,
    check_json,
    fixtures,
    html,
    manifest,
    redirect,
    run,
)
from tests.site_server import Page

#: RIA's story under an address scheme with a Cyrillic slug (as many Russian outlets' CMSs write them)
CYR_PATH = "/20200109/ирак-возобновил-переговоры-о-с-300-1563219328.html"


RIA_TEXT = (
    "<p>МОСКВА, 9 янв — РИА Новости. Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем"
    " С-300, сообщил РИА Новости председатель комитета по безопасности и обороне иракского парламента"
    " Мохаммед Реза аль-Хайдер.</p><p>«Мы ожидаем противодействия со стороны США», — сказал он.</p>"
)
TASS_TEXT = (
    "<p>МОСКВА, 9 января. /ТАСС/. Лидер ЛДПР Владимир Жириновский призвал Иран купить российские"
    " зенитные ракетные системы С-400 и С-500.</p><p>«Я сказал руководству Ирана: покупайте наши более"
    " мощные системы С-400 и С-500 и открывайте воздушные, морские и сухопутные базы, как в Сирии», —"
    " заявил он.</p>"
)
MT_TEXT = (
    "<p>Iraq's air defenses have been tested by strikes attributed to Israel. Analysts weigh whether Moscow"
    " could supply systems such as the S-300 or the Pantsir.</p>" * 5
)


server, sites = fixtures()


def ria_story(canonical: str | None = None, site_name: str = "РИА Новости") -> Page:
    head = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return html(
        RIA_TITLE,
        site_name=site_name,
        published="2020-01-09T10:12:00+03:00",
        head=head,
        body=f"<article><h1>{RIA_TITLE}</h1>{RIA_TEXT}</article>",
    )


def tass_story() -> Page:
    return html(
        TASS_TITLE,
        site_name="ТАСС",
        published="2020-01-09T11:40:00+03:00",
        body=f"<article><h1>{TASS_TITLE}</h1>{TASS_TEXT}</article>",
    )


def only(report: dict[str, Any]) -> dict[str, Any]:
    assert len(report["results"]) == 1, report["results"]
    result: dict[str, Any] = report["results"][0]
    return result


def kinds(result: dict[str, Any]) -> dict[str, str]:
    return {f["kind"]: f["severity"] for f in result["findings"]}


def finding(result: dict[str, Any], kind: str) -> dict[str, Any]:
    found = [f for f in result["findings"] if f["kind"] == kind]
    assert found, result["findings"]
    first: dict[str, Any] = found[0]
    return first


# --- addresses across domains ----------------------------------------------------------------------------


def test_former_domain_page_sending_the_reader_on_by_meta_refresh_reaches_the_story(
    sites: Sites, tmp_path: Path
) -> None:
    # The former domain keeps a small page per old address that refreshes at once to the story on ria.ru (no
    # HTTP redirect: a static host's way). The refresh is a hop; the story is the cited one, RIA's: passing.
    old = "/politics/20200109/1563219328.html"
    story = sites.url(RIA, RIA_PATH)
    sites.pages[("rian.localhost", old)] = Page(
        body=(
            '<!doctype html><html><head><meta charset="utf-8">'
            f'<meta http-equiv="refresh" content="0; url={story}"><title>Переадресация</title></head>'
            f'<body><p>Материал переехал: <a href="{story}">{story}</a></p></body></html>'
        ).encode()
    )
    sites.pages[(RIA, RIA_PATH)] = ria_story(canonical=story)
    path = manifest(
        tmp_path,
        f"{sites.url('rian.localhost', old)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["final_url"] == story, result
    assert result["title"] == RIA_TITLE, result
    got = kinds(result)
    assert "outlet_mismatch" not in got, result["findings"]
    assert "title_mismatch" not in got, result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


def test_cross_domain_redirect_with_a_protocol_relative_location_is_moved_to_the_story(
    sites: Sites, tmp_path: Path
) -> None:
    # The former domain's server writes its Location without a scheme ("//ria.ru/..."), as some CDN rules do:
    # the scheme is the request's. Followed to the story: ok, moved there.
    old = "/politics/20200109/1563219328.html"
    story = sites.url(RIA, RIA_PATH)
    sites.pages[("rian.localhost", old)] = redirect(301, story.removeprefix("http:"))
    sites.pages[(RIA, RIA_PATH)] = ria_story(canonical=story)
    path = manifest(
        tmp_path,
        f"{sites.url('rian.localhost', old)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["final_url"] == story, result
    assert finding(result, "moved")["actual"] == story
    assert "outlet_mismatch" not in kinds(result), result["findings"]
    assert code == 0


def test_relative_location_to_the_percent_encoded_cyrillic_slug_is_moved_there(
    sites: Sites, tmp_path: Path
) -> None:
    # The numeric address 301s to the slug's, the Location relative to the host and percent-encoded as
    # UTF-8: the story, moved to the slug's address.
    sites.pages[(RIA, RIA_PATH)] = redirect(301, quote(CYR_PATH))
    sites.pages[(RIA, CYR_PATH)] = ria_story()
    path = manifest(
        tmp_path,
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["title"] == RIA_TITLE, result
    assert unquote(finding(result, "moved")["actual"]) == sites.url(RIA, CYR_PATH)
    assert result["verdict"] != "fail", result
    assert code == 0


def test_mobile_host_cited_and_sent_for_good_to_the_desktop_story_is_moved_and_still_tass(
    sites: Sites, tmp_path: Path
) -> None:
    # The editor pasted TASS's mobile address (m.tass.ru); TASS folded its mobile host into the desktop one
    # and sends it there (301). TASS's story: moved to the desktop address, no outlet doubt, not failing.
    sites.pages[("m.tass.localhost", TASS_PATH)] = redirect(301, sites.url(TASS, TASS_PATH))
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    path = manifest(
        tmp_path,
        f"{sites.url('m.tass.localhost', TASS_PATH)} | title: {TASS_TITLE} | outlet: TASS"
        " | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert finding(result, "moved")["actual"] == sites.url(TASS, TASS_PATH)
    assert "outlet_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] != "fail", result
    assert code == 0


def test_link_wrapped_by_a_social_networks_away_page_reaches_the_story(sites: Sites, tmp_path: Path) -> None:
    # The link copied from a social network's post: its "away" page (away.php?to=<the story, encoded>)
    # sends the reader on by a 302. The story is the cited one, RIA's: passing.
    story = sites.url(RIA, RIA_PATH)
    sites.pages[("vk.localhost", "/away.php")] = redirect(302, story)
    sites.pages[(RIA, RIA_PATH)] = ria_story(canonical=story)
    away = sites.url("vk.localhost", "/away.php?to=" + quote(story, safe="") + "&cc_key=")
    path = manifest(tmp_path, f"{away} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["final_url"] == story, result
    got = kinds(result)
    assert "outlet_mismatch" not in got, result["findings"]
    assert "title_mismatch" not in got, result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


# --- a server in maintenance -------------------------------------------------------------------------------

MAINTENANCE = Page(
    503,
    (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>ТАСС</title></head><body>'
        "<h1>Ведутся технические работы</h1><p>Сайт временно недоступен. Приносим извинения за неудобства."
        "</p></body></html>"
    ).encode(),
    {"Content-Type": "text/html; charset=utf-8", "Retry-After": "3600"},
)


def test_tass_in_maintenance_answering_503_is_an_error_that_warns_not_dead(
    sites: Sites, tmp_path: Path
) -> None:
    # TASS's site in scheduled maintenance: 503, Retry-After an hour, "Ведутся технические работы". Nothing
    # says the story is gone: error, a warning, the run passes.
    sites.pages[(TASS, TASS_PATH)] = MAINTENANCE
    path = manifest(tmp_path, f"{sites.url(TASS, TASS_PATH)} | title: {TASS_TITLE} | outlet: TASS\n")
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "error", result
    assert result["verdict"] == "warn", result
    assert code == 0


# --- blocks ------------------------------------------------------------------------------------------------

EU_BLOCK = html(
    "Website blocked",
    lang="en",
    body=(
        "<div class='notice'><h1>Website blocked</h1><p>Access to this website has been blocked in accordance"
        " with Council Regulation (EU) 2024/1428 concerning restrictive measures in view of Russia's actions"
        " destabilising the situation in Ukraine.</p><p>Your internet service provider is legally required"
        " to prevent access to this content.</p></div>"
    ),
)

EU_BLOCK_DE = html(
    "Zugriff gesperrt",
    lang="de",
    body=(
        "<div class='hinweis'><h1>Zugriff gesperrt</h1><p>Der Zugriff auf diese Website ist aufgrund der"
        " Verordnung (EU) 2024/1428 des Rates über restriktive Maßnahmen angesichts der Handlungen Russlands"
        " gesperrt.</p><p>Ihr Internetanbieter ist gesetzlich verpflichtet, den Zugang zu sperren.</p></div>"
    ),
)


def test_ria_sent_by_an_eu_providers_filter_to_its_sanctions_block_page_is_blocked_legal(
    sites: Sites, tmp_path: Path
) -> None:
    # RIA is under EU sanctions since 2024: a checker run in the EU is sent (302) by its provider to the
    # provider's sanctions notice. Blocked by law, not dead; RIA's story otherwise unjudged: a warning.
    sites.pages[(RIA, RIA_PATH)] = redirect(302, sites.url("filter.isp-eu.localhost", "/sanctions.html"))
    sites.pages[("filter.isp-eu.localhost", "/sanctions.html")] = EU_BLOCK
    path = manifest(
        tmp_path,
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "blocked", result
    assert result["cause"] == "legal", result
    assert result["verdict"] == "warn", result
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert code == 0


def test_sanctions_block_served_at_the_cited_address_in_german_is_blocked_legal(
    sites: Sites, tmp_path: Path
) -> None:
    # A resolver's sinkhole: the cited address itself answers 200 with the provider's notice, in German
    # ("Zugriff gesperrt", the EU regulation named). Blocked by law, not a title mismatch: a warning.
    sites.pages[(RIA, RIA_PATH)] = EU_BLOCK_DE
    path = manifest(
        tmp_path,
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "blocked", result
    assert result["cause"] == "legal", result
    got = kinds(result)
    assert "title_mismatch" not in got, result["findings"]
    assert "outlet_mismatch" not in got, result["findings"]
    assert result["verdict"] == "warn", result
    assert code == 0


MT_451 = Page(
    451,
    (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>451 Unavailable For Legal Reasons'
        "</title></head><body><h1>Доступ ограничен</h1><p>Доступ к ресурсу ограничен по требованию"
        " Роскомнадзора.</p></body></html>"
    ).encode(),
)


def test_related_article_answered_451_in_russia_is_blocked_legal_and_still_postdates(
    sites: Sites, tmp_path: Path
) -> None:
    # The Moscow Times' CDN answers readers in Russia 451 with the regulator's notice. Blocked by law, not
    # dead; the related article still postdates the 2020 article by its address's date, which fails it.
    sites.pages[(MT, MT_PATH)] = MT_451
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(MT, MT_PATH)} | title: {MT_TITLE} | outlet: The Moscow Times | note: Related article\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "blocked", result
    assert result["cause"] == "legal", result
    assert kinds(result).get("postdates_article") == "fail", result["findings"]
    assert result["verdict"] == "fail", result
    assert code == 1


# --- archived copies named in the manifest ------------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp", ["20200109183012id_", "20200109183012if_", "20200110"], ids=["id-flag", "if-flag", "day-only"]
)
def test_wayback_copy_of_the_cited_address_in_its_other_url_forms_is_no_archive_mismatch(
    sites: Sites, tmp_path: Path, stamp: str
) -> None:
    # The Wayback Machine's capture of the cited address, named with a flag after its timestamp (``id_``: the
    # original bytes; ``if_``: the framed copy) or by a day alone (the capture nearest it): a capture of the
    # cited address, on or after the cited day. No archive finding; the story passes.
    story = sites.url(RIA, RIA_PATH)
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    copy = f"https://web.archive.org/web/{stamp}/{story}"
    path = manifest(
        tmp_path,
        f"{story} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09 | archive: {copy}\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert "archive_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


def test_wayback_copy_spelling_the_cyrillic_slug_percent_encoded_is_of_the_raw_cited_address(
    sites: Sites, tmp_path: Path
) -> None:
    # The citation writes the address as the browser shows it (Cyrillic); the Wayback address names the
    # same one percent-encoded (as the Wayback writes it). The same address: no archive finding.
    sites.pages[(RIA, CYR_PATH)] = ria_story()
    cited = sites.url(RIA, CYR_PATH)
    copy = "https://web.archive.org/web/20200109183012/" + sites.url(RIA, quote(CYR_PATH))
    path = manifest(
        tmp_path,
        f"{cited} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09 | archive: {copy}\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert "archive_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


# --- a live blog cited as a whole ---------------------------------------------------------------------------

LIVE_PATH = "/mezhdunarodnaya-panorama/7460000"
LIVE_TITLE = "Обострение между США и Ираном. Онлайн-трансляция"


def test_live_blog_cited_as_a_whole_on_a_day_within_its_coverage_is_no_date_mismatch(
    sites: Sites, tmp_path: Path
) -> None:
    # TASS's live blog of the crisis (opened 3 January, closed the 10th, JSON-LD ``LiveBlogPosting`` with
    # its coverage) cited by its own headline and the day the writer read it, the 9th (its entry of that day
    # is the one the article uses). A live page is dated by every day it covers: no date failure.
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": LIVE_TITLE,
        "datePublished": "2020-01-03T09:00:00+03:00",
        "dateModified": "2020-01-10T00:05:00+03:00",
        "coverageStartTime": "2020-01-03T09:00:00+03:00",
        "coverageEndTime": "2020-01-10T00:00:00+03:00",
        "publisher": {"@type": "Organization", "name": "ТАСС"},
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": TASS_TITLE, "datePublished": "2020-01-09T11:40:00+03:00"},
            {
                "@type": "BlogPosting",
                "headline": "В Багдаде убит командующий силами «Кудс» Касем Сулеймани",
                "datePublished": "2020-01-03T09:00:00+03:00",
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    sites.pages[(TASS, LIVE_PATH)] = html(
        LIVE_TITLE,
        site_name="ТАСС",
        published="2020-01-03T09:00:00+03:00",
        head=head,
        body=(
            f"<main><h1>{LIVE_TITLE}</h1><article id='post-118'><time datetime='2020-01-09T11:40:00+03:00'>"
            f"9 января, 11:40</time><h2>{TASS_TITLE}</h2>{TASS_TEXT}</article>"
            "<article id='post-101'><time datetime='2020-01-03T09:00:00+03:00'>3 января, 09:00</time>"
            "<h2>В Багдаде убит командующий силами «Кудс» Касем Сулеймани</h2>"
            "<p>Удар нанесен американским беспилотником у аэропорта Багдада.</p></article></main>"
        ),
    )
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(TASS, LIVE_PATH)} | title: {LIVE_TITLE} | outlet: TASS | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    got = kinds(result)
    assert "date_mismatch" not in got, result["findings"]
    assert "title_mismatch" not in got, result["findings"]
    assert "postdates_article" not in got, result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


# --- outlets ------------------------------------------------------------------------------------------------


def ria_owned_story() -> Page:
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": RIA_TITLE,
            "datePublished": "2020-01-09T10:12:00+03:00",
            "publisher": {"@type": "Organization", "name": "МИА «Россия сегодня»"},
        },
        ensure_ascii=False,
    )
    return html(
        RIA_TITLE,
        site_name="РИА Новости",
        published="2020-01-09T10:12:00+03:00",
        head=f'<script type="application/ld+json">{jsonld}</script>',
        body=f"<article><h1>{RIA_TITLE}</h1>{RIA_TEXT}</article>",
    )


@pytest.mark.parametrize(
    ("host", "route", "outlet"),
    [
        (RIA, RIA_PATH, "RIA"),
        (RIA, RIA_PATH, "Rossiya Segodnya"),
        (TASS, TASS_PATH, "TASS Russian News Agency"),
    ],
    ids=["ria-short", "ria-owner", "tass-english-self-name"],
)
def test_agency_cited_by_its_short_name_its_owner_or_its_english_self_name_is_its_outlet(
    sites: Sites, tmp_path: Path, host: str, route: str, outlet: str
) -> None:
    # The article says "told RIA"; others cite RIA by its owner (МИА «Россия сегодня», the page's JSON-LD
    # publisher) or TASS as it calls itself in English ("TASS Russian News Agency"). Each names the site
    # the page is on: no outlet finding.
    sites.pages[(RIA, RIA_PATH)] = ria_owned_story()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    title = RIA_TITLE if host == RIA else TASS_TITLE
    path = manifest(
        tmp_path, f"{sites.url(host, route)} | title: {title} | outlet: {outlet} | date: 2020-01-09\n"
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert "outlet_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


def test_tass_wire_story_carried_by_a_regional_paper_credited_by_its_dateline_is_tasss(
    sites: Sites, tmp_path: Path
) -> None:
    # A regional paper runs TASS's story word for word: its own site name, TASS credited by the wire's
    # dateline ("МОСКВА, 9 января. /ТАСС/.") and by JSON-LD ``isBasedOn`` (TASS's address). Cited as TASS,
    # the page is TASS's story carried: no outlet failure.
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": TASS_TITLE,
            "datePublished": "2020-01-09T12:05:00+07:00",
            "isBasedOn": "https://tass.ru/politika/7487995",
            "publisher": {"@type": "Organization", "name": "Вечерний Новосибирск"},
        },
        ensure_ascii=False,
    )
    route = "/news/politics/2020/01/09/318842"
    sites.pages[("vn.localhost", route)] = html(
        TASS_TITLE,
        site_name="Вечерний Новосибирск",
        published="2020-01-09T12:05:00+07:00",
        head=f'<script type="application/ld+json">{jsonld}</script>',
        body=f"<article><h1>{TASS_TITLE}</h1>{TASS_TEXT}</article>",
    )
    path = manifest(
        tmp_path,
        f"{sites.url('vn.localhost', route)} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert "outlet_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


# --- the cited title ---------------------------------------------------------------------------------------


def test_headline_in_guillemets_with_a_bracketed_english_translation_is_the_headline(
    sites: Sites, tmp_path: Path
) -> None:
    # A bibliography cites RIA's story by its headline in guillemets followed by an English translation in
    # brackets: the page's headline, no title failure.
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    title = f"«{RIA_TITLE}» [Iraq resumed talks with Russia on buying the S-300]"
    path = manifest(
        tmp_path, f"{sites.url(RIA, RIA_PATH)} | title: {title} | outlet: RIA Novosti | date: 2020-01-09\n"
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


# --- extract ------------------------------------------------------------------------------------------------


def test_extract_stops_cyrillic_addresses_at_closing_parentheses_and_guillemets(tmp_path: Path) -> None:
    # The seed article with RIA's link written as a Cyrillic address in parentheses closing a sentence and
    # TASS's inside guillemets: extract gives each whole, without the ")." or "»" after it.
    ria = "https://ria.ru" + CYR_PATH
    tass = "https://tass.ru/politika/7487995"
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("https://ria.ru/20200109/1563219328.html\n", "").replace(
        "https://tass.ru/politika/7487995\n", ""
    )
    text = text.replace("\nRIA on Thursday.", f"\nRIA on Thursday ({ria}).", 1).replace(
        "as saying.", f"as saying («{tass}»).", 1
    )
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    done = run("extract", str(article), "--article-date", "2020-01-09", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"({ria})." in text, "the fixture's replacement must reach the seed's sentence"
    urls = [line.split(" | ", 1)[0] for line in done.stdout.splitlines() if line.startswith("http")]
    assert ria in urls, done.stdout
    assert tass in urls, done.stdout
    assert not [url for url in urls if url.endswith((")", ").", "»", "».", "."))], done.stdout


# --- what the reports say -----------------------------------------------------------------------------------


def test_seed_article_checked_directly_behind_the_sanctions_block_maintenance_and_the_451(
    sites: Sites, tmp_path: Path
) -> None:
    # The seed article checked directly: RIA sent to the EU provider's sanctions notice, TASS in maintenance
    # (503), The Moscow Times answered 451. The summary: none pass, RIA and TASS warn, the related article
    # fails (blocked, postdating); the JSON's lines and statuses say which.
    sites.pages[(RIA, RIA_PATH)] = redirect(302, sites.url("filter.isp-eu.localhost", "/sanctions.html"))
    sites.pages[("filter.isp-eu.localhost", "/sanctions.html")] = EU_BLOCK
    sites.pages[(TASS, TASS_PATH)] = MAINTENANCE
    sites.pages[(MT, MT_PATH)] = MT_451
    article = tmp_path / "article.txt"
    article.write_text(sites.article(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    done = run(
        str(article),
        "--article-date",
        "2020-01-09",
        "--format",
        "text",
        "--output",
        "json=report.json",
        "--color",
        "never",
        *COMMON,
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "3 citations: 0 pass, 2 warn, 1 fail" in done.stdout, done.stdout
    fails = [line for line in done.stdout.splitlines() if "FAIL" in line]
    assert len(fails) == 1, done.stdout
    assert "article.txt:19" in fails[0], done.stdout
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [(r["line"], r["status"], r["cause"], r["verdict"]) for r in report["results"]] == [
        (17, "blocked", "legal", "warn"),
        (18, "error", report["results"][1]["cause"], "warn"),
        (19, "blocked", "legal", "fail"),
    ], report["results"]
