"""Held-out probe (seed8, forty-seventh session): the seed article's three citations as the outlets'
addresses, hosts and page kinds change around them.

Written from README.md, docs/ (sources-format, json-schema, articles' contents), ``linkcheck --help``,
tests/site_server.py's docstring, the seventh probe's subsection in docs/benchmarks.md and the earlier probes'
docstrings and test names, before any code under ``src/`` was read, and committed before any change there.
The first seven played the pages' states (edited, moved, dead, walled, rebranded, translated, mirrored,
archived, legacy encodings, bare templates, a section front), an AMP copy cited, a desktop address sent to
its mobile edition, region blocks and the article in many shapes. This one plays what they did not:

- addresses across domains: RIA's former domain (``rian.ru``) redirecting through two hops to the story,
  ITAR-TASS's former domain (``itar-tass.com``) redirecting to TASS with the citation naming the agency by
  its former name, RIA's discontinued AMP address redirecting to the desktop story, a mobile host and the
  desktop one redirecting to each other for ever, an anti-DDoS cookie check that redirects to the same
  address once with a cookie set, and a regional edition of the agency (``РИА Новости Крым``);
- Cyrillic in addresses: an address with a Cyrillic slug cited raw (an IRI, as a browser's address bar shows
  it), percent-encoded in upper and lower case hex, a legacy address percent-encoded in windows-1251, a
  redirect whose ``Location`` carries the Cyrillic slug as raw UTF-8 bytes, and ``linkcheck extract`` keeping
  such links whole and as written;
- page kinds: TASS's live blog of the crisis (started days before, the cited report one of its entries, in
  JSON-LD ``liveBlogUpdate`` and as an anchored entry in the markup), RIA's story republished by a CMS
  migration (every head date the migration's, the story's own "first published" line giving the day), the
  story's address sent to RIA's archive of that day (a list of the day's headlines, the cited one among them);
- a geo-block: The Moscow Times (blocked in Russia) sent by the checking network's provider to its block page;
- the cited title transliterated (Library of Congress romanisation of RIA's Cyrillic headline) and with an
  English translation in brackets after it, as academic styles cite Russian sources;
- what the text and JSON reports say of the seed article checked directly in such states.

Hosts are mapped to loopback as docs/security.md says: a name under ``localhost`` is this machine's loopback
without a lookup, let through with ``--allow-private``. One ``tests/site_server.py`` server on 127.0.0.1
answers every name by its ``Host`` header, its path read as a web server reads it (percent-decoded as UTF-8,
or the raw bytes a legacy server matches). No name is ever sent to a resolver. Expectations are what the docs
promise or, where they are silent, what a fact-checker using a mature tool expects. Every case is a CLI
subprocess.
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


def test_ria_former_domain_redirecting_through_two_hops_is_moved_to_the_story(
    sites: Sites, tmp_path: Path
) -> None:
    # RIA's links of the rian.ru years: the former domain sends its old section path to ria.ru's, which
    # sends it on to the story's address now. The story is the cited one, RIA's own: ok, moved (its current
    # address suggested), no outlet doubt, the run passes.
    old = "/politics/20200109/1563219328.html"
    sites.pages[("rian.localhost", old)] = redirect(301, sites.url(RIA, old))
    sites.pages[(RIA, old)] = redirect(301, sites.url(RIA, RIA_PATH))
    sites.pages[(RIA, RIA_PATH)] = ria_story(canonical=sites.url(RIA, RIA_PATH))
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url('rian.localhost', old)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert len(result["redirects"]) == 2, result["redirects"]
    assert result["final_url"] == sites.url(RIA, RIA_PATH), result
    assert finding(result, "moved")["actual"] == sites.url(RIA, RIA_PATH)
    assert "outlet_mismatch" not in kinds(result), result["findings"]
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert code == 0


def test_itar_tass_domain_redirected_to_tass_answers_to_the_agencys_former_name(
    sites: Sites, tmp_path: Path
) -> None:
    # Until 2014 the agency was ITAR-TASS at itar-tass.com; an older citation names it so. The former domain
    # redirects to tass.ru's story, whose site name is ТАСС: the agency the citation names, no outlet failure.
    sites.pages[("itar-tass.localhost", TASS_PATH)] = redirect(301, sites.url(TASS, TASS_PATH))
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    path = manifest(
        tmp_path,
        f"{sites.url('itar-tass.localhost', TASS_PATH)} | title: {TASS_TITLE} | outlet: ITAR-TASS"
        " | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert "outlet_mismatch" not in kinds(result), result["findings"]
    assert finding(result, "moved")["actual"] == sites.url(TASS, TASS_PATH)
    assert code == 0


def test_ria_amp_address_discontinued_and_redirected_to_the_desktop_story_is_moved_there(
    sites: Sites, tmp_path: Path
) -> None:
    # The article's editor had pasted RIA's AMP address; RIA dropped AMP and sends it to the desktop story
    # (301). The story is the cited one: ok, moved, the desktop address suggested.
    amp = "/amp" + RIA_PATH
    sites.pages[(RIA, amp)] = redirect(301, sites.url(RIA, RIA_PATH))
    sites.pages[(RIA, RIA_PATH)] = ria_story(canonical=sites.url(RIA, RIA_PATH))
    path = manifest(
        tmp_path, f"{sites.url(RIA, amp)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n"
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert finding(result, "moved")["actual"] == sites.url(RIA, RIA_PATH)
    assert result["verdict"] != "fail", result
    assert code == 0


def test_mobile_and_desktop_hosts_redirecting_to_each_other_is_a_redirect_loop_not_dead(
    sites: Sites, tmp_path: Path
) -> None:
    # TASS's desktop host sends the client to its mobile host, which sends it back (a device check that
    # loops for a client it cannot classify). Nothing says the story is gone: error (redirect_loop), a
    # warning.
    sites.pages[(TASS, TASS_PATH)] = redirect(302, sites.url("m.tass.localhost", TASS_PATH))
    sites.pages[("m.tass.localhost", TASS_PATH)] = redirect(302, sites.url(TASS, TASS_PATH))
    path = manifest(tmp_path, f"{sites.url(TASS, TASS_PATH)} | outlet: TASS\n")
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "error", result
    assert result["cause"] == "redirect_loop", result
    assert result["verdict"] == "warn", result
    assert code == 0


def test_anti_ddos_cookie_check_redirecting_once_to_the_same_address_is_the_story(
    sites: Sites, tmp_path: Path
) -> None:
    # A Russian anti-DDoS front answers a first visit with a 302 to the same address and a cookie; the
    # visit back with the cookie gets the story. A browser never notices: the cited story, passing.
    cookie = "qrator_jsid=1578555555.123.AbCdEfGh"
    sites.pages[(TASS, TASS_PATH)] = Page(
        body=tass_story().body,
        requires_cookie=cookie,
        otherwise=redirect(302, sites.url(TASS, TASS_PATH), {"Set-Cookie": f"{cookie}; path=/"}),
    )
    path = manifest(
        tmp_path, f"{sites.url(TASS, TASS_PATH)} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n"
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["title"] == TASS_TITLE, result
    assert result["verdict"] == "pass", result
    assert code == 0


def test_regional_edition_of_the_agency_is_the_cited_outlet(sites: Sites, tmp_path: Path) -> None:
    # The story carried by RIA's Crimean edition (its own host, site name "РИА Новости Крым"): cited as
    # RIA Novosti, it is the agency's page, no outlet failure.
    path_ = "/20200109/1118012345.html"
    sites.pages[("crimea.ria.localhost", path_)] = ria_story(site_name="РИА Новости Крым")
    path = manifest(
        tmp_path,
        f"{sites.url('crimea.ria.localhost', path_)} | title: {RIA_TITLE} | outlet: RIA Novosti"
        " | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert "outlet_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


# --- Cyrillic in addresses -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [CYR_PATH, quote(CYR_PATH), quote(CYR_PATH).lower()],
    ids=["raw-iri", "percent-upper", "percent-lower"],
)
def test_address_with_a_cyrillic_slug_is_the_story_however_it_is_written(
    sites: Sites, tmp_path: Path, written: str
) -> None:
    # The same address as a browser's bar shows it (Cyrillic), as it copies it (percent-encoded UTF-8), and
    # as another tool wrote it (lower-case hex). Each reaches the story; the result names the URL as cited
    # and reports no move.
    sites.pages[(RIA, CYR_PATH)] = ria_story()
    url = sites.url(RIA, written)
    path = manifest(tmp_path, f"{url} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["url"] == url, result
    assert result["status"] == "ok", result
    assert result["title"] == RIA_TITLE, result
    assert kinds(result) == {}, result["findings"]
    assert code == 0


def test_legacy_address_percent_encoded_in_windows_1251_is_requested_as_written(
    sites: Sites, tmp_path: Path
) -> None:
    # An address from RIA's windows-1251 years, its Cyrillic percent-encoded as windows-1251 bytes (not
    # UTF-8). The server matches those bytes; the link must be requested exactly as written and pass.
    legacy = "/politics/" + quote("ирак-с-300".encode("cp1251")) + "/1563219328.html"
    sites.pages[(RIA, legacy)] = ria_story()
    url = sites.url(RIA, legacy)
    path = manifest(tmp_path, f"{url} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["title"] == RIA_TITLE, result
    assert result["verdict"] == "pass", result
    assert code == 0


def test_redirect_whose_location_holds_raw_utf8_cyrillic_reaches_the_story(
    sites: Sites, tmp_path: Path
) -> None:
    # RIA's new scheme: the numeric address 301s to the Cyrillic slug, the server writing the Location
    # header's Cyrillic as raw UTF-8 bytes (not percent-encoded), as many do. A browser follows it to the
    # story; so must the checker (not a mojibake address and a 404): ok, moved to the slug's address.
    raw_location = sites.url(RIA, CYR_PATH).encode("utf-8").decode("latin-1")
    sites.pages[(RIA, RIA_PATH)] = redirect(301, raw_location)
    sites.pages[(RIA, CYR_PATH)] = ria_story()
    path = manifest(
        tmp_path,
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["title"] == RIA_TITLE, result
    assert unquote(result["final_url"]) == sites.url(RIA, CYR_PATH), result
    assert unquote(finding(result, "moved")["actual"]) == sites.url(RIA, CYR_PATH)
    assert code == 0


def test_extract_keeps_cyrillic_links_whole_and_as_written(tmp_path: Path) -> None:
    # The seed article with RIA's link as a Cyrillic slug, once percent-encoded and once raw (an IRI in the
    # text): extract gives both whole, exactly as written, with RIA's outlet from the prose.
    encoded = "https://ria.ru" + quote(CYR_PATH)
    raw = "https://ria.ru" + CYR_PATH
    text = SEED.read_text(encoding="utf-8")
    for link, name in ((encoded, "encoded.txt"), (raw, "raw.txt")):
        article = tmp_path / name
        article.write_text(text.replace("https://ria.ru/20200109/1563219328.html", link), encoding="utf-8")
        done = run("extract", str(article), "--article-date", "2020-01-09", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        lines = [line for line in done.stdout.splitlines() if line.startswith("http")]
        ria = [line for line in lines if line.startswith("https://ria.ru")]
        assert len(ria) == 1, done.stdout
        assert ria[0].split(" | ", 1)[0] == link, ria
        assert "outlet: RIA Novosti" in ria[0], ria


# --- page kinds: a live blog, a republished story, the day's archive ---------------------------------------

LIVE_PATH = "/mezhdunarodnaya-panorama/7460000"
LIVE_TITLE = "Обострение между США и Ираном. Онлайн-трансляция"


def live_blog_jsonld() -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": LIVE_TITLE,
        "datePublished": "2020-01-03T09:00:00+03:00",
        "dateModified": "2020-01-09T18:20:00+03:00",
        "coverageStartTime": "2020-01-03T09:00:00+03:00",
        "coverageEndTime": "2020-01-10T00:00:00+03:00",
        "publisher": {"@type": "Organization", "name": "ТАСС"},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": TASS_TITLE,
                "datePublished": "2020-01-09T11:40:00+03:00",
                "articleBody": (
                    "Лидер ЛДПР Владимир Жириновский призвал Иран купить российские С-400 и С-500."
                ),
            },
            {
                "@type": "BlogPosting",
                "headline": "Иран нанес ракетные удары по базам США в Ираке",
                "datePublished": "2020-01-08T02:30:00+03:00",
            },
            {
                "@type": "BlogPosting",
                "headline": "В Багдаде убит командующий силами «Кудс» Касем Сулеймани",
                "datePublished": "2020-01-03T09:00:00+03:00",
            },
        ],
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def live_blog_body() -> str:
    entries = [
        ("post-118", "2020-01-09T11:40:00+03:00", "9 января, 11:40", TASS_TITLE, TASS_TEXT),
        (
            "post-117",
            "2020-01-08T02:30:00+03:00",
            "8 января, 02:30",
            "Иран нанес ракетные удары по базам США в Ираке",
            "<p>Корпус стражей исламской революции заявил об ударах по базам Айн-эль-Асад и Эрбиль.</p>",
        ),
        (
            "post-101",
            "2020-01-03T09:00:00+03:00",
            "3 января, 09:00",
            "В Багдаде убит командующий силами «Кудс» Касем Сулеймани",
            "<p>Удар нанесен американским беспилотником у аэропорта Багдада.</p>",
        ),
    ]
    posts = "".join(
        f"<article class='live-post' id='{ident}'><time datetime='{stamp}'>{shown}</time>"
        f"<h2>{headline}</h2>{text}</article>"
        for ident, stamp, shown, headline, text in entries
    )
    return f"<main><h1>{LIVE_TITLE}</h1><div class='live-feed'>{posts}</div></main>"


@pytest.mark.parametrize("marked", ["json-ld", "markup-anchor"])
def test_report_cited_as_an_entry_of_tasss_live_blog_is_that_entry(
    sites: Sites, tmp_path: Path, marked: str
) -> None:
    # TASS covered the crisis in a live blog opened on 3 January; the cited report is its entry of the 9th,
    # 11:40. Cited by the entry's headline and day (the live page's address; or the entry's anchor, as the
    # blog's "share this entry" link gives it, the entries in the markup only): the entry is the cited
    # report. No title or date failure, no postdating.
    head = live_blog_jsonld() if marked == "json-ld" else ""
    sites.pages[(TASS, LIVE_PATH)] = html(
        LIVE_TITLE,
        site_name="ТАСС",
        published="2020-01-03T09:00:00+03:00",
        head=head + '<meta property="article:modified_time" content="2020-01-09T18:20:00+03:00">',
        body=live_blog_body(),
    )
    url = sites.url(TASS, LIVE_PATH) + ("#post-118" if marked == "markup-anchor" else "")
    path = manifest(
        tmp_path,
        f"@article | date: 2020-01-09\n{url} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    got = kinds(result)
    assert "title_mismatch" not in got, result["findings"]
    assert "date_mismatch" not in got, result["findings"]
    assert "postdates_article" not in got, result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


def test_story_republished_by_a_cms_migration_is_dated_by_its_first_publication(
    sites: Sites, tmp_path: Path
) -> None:
    # RIA's CMS migration of 2022 re-stamped every story: the head's publication date (meta and JSON-LD) is
    # the migration's, while the story keeps its line "Материал впервые опубликован 9 января 2020 года" and
    # its address's /20200109/. The story was published the cited day: no date or URL-date failure.
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": RIA_TITLE,
            "datePublished": "2022-03-01T04:00:00+03:00",
            "dateModified": "2022-03-01T04:00:00+03:00",
            "publisher": {"@type": "Organization", "name": "РИА Новости"},
        },
        ensure_ascii=False,
    )
    sites.pages[(RIA, RIA_PATH)] = html(
        RIA_TITLE,
        site_name="РИА Новости",
        published="2022-03-01T04:00:00+03:00",
        head=f'<script type="application/ld+json">{jsonld}</script>',
        body=(
            f"<article><h1>{RIA_TITLE}</h1>{RIA_TEXT}"
            "<p class='article__note'><i>Материал впервые опубликован 9 января 2020 года.</i></p></article>"
        ),
    )
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["published"] == "2020-01-09", result
    got = kinds(result)
    assert "date_mismatch" not in got, result["findings"]
    assert "url_date_mismatch" not in got, result["findings"]
    assert "postdates_article" not in got, result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


def day_archive(sites: Sites) -> Page:
    others = [
        ("/20200109/1563217001.html", "Путин провел телефонный разговор с Эрдоганом", "09:05"),
        ("/20200109/1563218450.html", "В Тегеране разбился украинский Boeing 737", "10:30"),
        (RIA_PATH, RIA_TITLE, "11:40"),
        ("/20200109/1563221002.html", "Курс доллара на открытии торгов снизился", "12:15"),
        ("/20200109/1563222390.html", "В Москве ожидается оттепель до плюс трех градусов", "13:50"),
    ]
    items = "".join(
        f"<li class='list-item'><a href='{sites.url(RIA, path)}'>{headline}</a>"
        f"<span class='list-item__date'>{clock}</span></li>"
        for path, headline, clock in others
    )
    return html(
        "Архив новостей за 9 января 2020 - РИА Новости",
        site_name="РИА Новости",
        body=f"<main><h1>Новости 9 января 2020</h1><ul class='list'>{items}</ul></main>",
    )


def test_story_address_sent_to_the_days_archive_is_not_the_story_though_the_list_names_it(
    sites: Sites, tmp_path: Path
) -> None:
    # Years later the story's address redirects to RIA's archive of its day (/20200109/), a list of the
    # day's headlines, the cited one among them: the list is no story. A soft 404 (front_page), failing.
    sites.pages[(RIA, RIA_PATH)] = redirect(302, sites.url(RIA, "/20200109/"))
    sites.pages[(RIA, "/20200109/")] = day_archive(sites)
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "soft_404", result
    assert result["cause"] == "front_page", result
    assert result["verdict"] == "fail", result
    assert code == 1


# --- a geo-block -------------------------------------------------------------------------------------------

ISP_BLOCK = html(
    "Доступ к ресурсу ограничен",
    body=(
        "<div class='stub'><h1>Доступ к ресурсу ограничен</h1><p>Доступ к запрашиваемому ресурсу ограничен"
        " на основании требования Генеральной прокуратуры Российской Федерации в соответствии с"
        " Федеральным законом от 27.07.2006 № 149-ФЗ «Об информации, информационных технологиях и о защите"
        " информации».</p><p>Ваш провайдер: ООО «Телеком-Сеть».</p></div>"
    ),
)


def test_related_article_sent_by_the_providers_filter_to_its_block_page_is_blocked_and_still_postdates(
    sites: Sites, tmp_path: Path
) -> None:
    # The Moscow Times is blocked in Russia: a checker run there is sent (302) by its provider to the
    # provider's block page on another host. The link is blocked (legal), not dead; the related article
    # still postdates the 2020 article by the date its address carries, which fails it.
    sites.pages[(MT, MT_PATH)] = redirect(
        302, sites.url("blocked.provider.localhost", "/?url=" + quote(sites.url(MT, MT_PATH), safe=""))
    )
    sites.pages[("blocked.provider.localhost", "/")] = ISP_BLOCK
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
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert code == 1


# --- the cited title transliterated ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Irak vozobnovil peregovory s Rossiei o pokupke S-300",
        "Irak vozobnovil peregovory s Rossiei o pokupke S-300"
        " [Iraq resumed talks with Russia on buying S-300]",
    ],
    ids=["lc-romanised", "romanised-with-bracketed-translation"],
)
def test_title_cited_romanised_as_academic_styles_cite_russian_sources_is_the_headline(
    sites: Sites, tmp_path: Path, title: str
) -> None:
    # A bibliography cites RIA's story by its headline romanised (Library of Congress: й as i), alone or
    # followed by an English translation in brackets (APA's way): the same headline, no title failure.
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    path = manifest(
        tmp_path,
        f"{sites.url(RIA, RIA_PATH)} | title: {title} | outlet: RIA Novosti | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result
    assert code == 0


# --- what the reports say -----------------------------------------------------------------------------------


def test_seed_article_checked_directly_with_the_cookie_check_the_live_blog_and_the_block_page(
    sites: Sites, tmp_path: Path
) -> None:
    # The seed article checked directly: RIA behind the anti-DDoS cookie check, TASS's address now its live
    # blog (the report an entry of it), The Moscow Times behind the provider's block page. The text report's
    # summary and the JSON's lines: RIA and TASS pass, the related article fails (blocked, postdating).
    cookie = "ddg1=Xy12Ab34"
    sites.pages[(RIA, RIA_PATH)] = Page(
        body=ria_story().body,
        requires_cookie=cookie,
        otherwise=redirect(302, sites.url(RIA, RIA_PATH), {"Set-Cookie": f"{cookie}; path=/"}),
    )
    sites.pages[(TASS, TASS_PATH)] = html(
        LIVE_TITLE,
        site_name="ТАСС",
        published="2020-01-03T09:00:00+03:00",
        head=live_blog_jsonld(),
        body=live_blog_body(),
    )
    sites.pages[(MT, MT_PATH)] = redirect(302, sites.url("blocked.provider.localhost", "/"))
    sites.pages[("blocked.provider.localhost", "/")] = ISP_BLOCK
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
    assert "3 citations: 2 pass, 0 warn, 1 fail" in done.stdout, done.stdout
    fails = [line for line in done.stdout.splitlines() if "FAIL" in line]
    assert len(fails) == 1, done.stdout
    assert "article.txt:19" in fails[0], done.stdout
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [(r["line"], r["status"], r["verdict"]) for r in report["results"]] == [
        (17, "ok", "pass"),
        (18, "ok", "pass"),
        (19, "blocked", "fail"),
    ], report["results"]
    assert report["results"][2]["cause"] == "legal", report["results"][2]
    assert report["results"][0]["title"] == RIA_TITLE, report["results"][0]
