"""Held-out probe (seed6, forty-fifth session): the seed article's three citations as the outlets build them.

Written from README.md, docs/ (api, ci, sources-format, articles, json-schema), ``linkcheck --help``,
``linkcheck extract --help``, tests/site_server.py's docstring, the fifth probe's leftovers in
docs/benchmarks.md and the earlier probes' docstrings and test names, before any code under ``src/`` was read,
and committed before any change there. The first five probes played the cited pages in the states a page goes
through (edited, moved, dead, walled, rebranded, translated, mirrored, archived) and the article as a newsroom
keeps it (a CMS page, Markdown, feeds, wikitext). This one plays what they did not: the pages as the outlets
really build them (TASS's story dated only by its Russian date line, "9 января 2020, 11:40" or RIA's
"11:40 09.01.2020", under a site header stating today's date; a headline in guillemets, or with the outlet's
name and the day after it in the tab's title; a social card's ``og:title`` that is not the ``<h1>``; RIA's
desktop address sending the reader to its mobile edition); the article's citations pasted in other shapes a
newsroom uses (the story exported from its CMS as a WordPress REST API post; the links with campaign
parameters and a browser's "copy link to highlight" text fragment in Russian; The Moscow Times' link as a
shortener's, percent-encoded, and wrapped by a social network's outgoing redirect); a library user's script
reading each result's fields as docs/api.md gives them; the English title an English-language article gives
RIA's Russian story; and what the text, JSON and SARIF reports say of each, with the exit code.

Hosts are mapped to loopback as docs/security.md says: a name under ``localhost`` is this machine's loopback
without a lookup, let through with ``--allow-private``. One ``tests/site_server.py`` server on 127.0.0.1
answers every name by its ``Host`` header (its path percent-decoded, as a web server reads it). No name is
ever sent to a resolver (the outlets' real addresses appear only in ``linkcheck extract``, which fetches
nothing). Expectations are what the docs promise or, where they are silent, what a fact-checker using a
mature tool expects. Every case but the library's is a CLI subprocess.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.seed_harness import (
    COMMON,
    MT,
    MT_PATH,
    MT_TITLE,
    REAL_MT,
    REAL_RIA,
    REAL_TASS,
    RIA,
    RIA_PATH,
    RIA_TITLE,
    SEED,
    TASS,
    TASS_PATH,
    TASS_TITLE,
    Sites,
    check_json,
    decoded_route,
    fixtures,
    html,
    manifest,
    run,
)
from tests.site_server import Page

RIA_M = "m.ria.localhost"
SHORT = "t.co.localhost"


TASS_QUOTE_TITLE = "Жириновский: «Ирану надо купить российские С-400 и С-500»"
TASS_SOCIAL = "Жириновский — Ирану: покупайте С-400"


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


server, sites = fixtures(decoded_route)


def ria_story() -> Page:
    return html(
        RIA_TITLE,
        site_name="РИА Новости",
        published="2020-01-09T10:12:00+03:00",
        body=f"<article><h1>{RIA_TITLE}</h1>{RIA_TEXT}</article>",
    )


def tass_story() -> Page:
    return html(
        TASS_TITLE,
        site_name="ТАСС",
        published="2020-01-09T11:40:00+03:00",
        body=f"<article><h1>{TASS_TITLE}</h1>{TASS_TEXT}</article>",
    )


def mt_story() -> Page:
    return html(
        MT_TITLE,
        site_name="The Moscow Times",
        published="2024-05-02T15:20:00+03:00",
        lang="en",
        body=f"<article><h1>{MT_TITLE}</h1>{MT_TEXT}</article>",
    )


def serve_all_three(sites: Sites) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    sites.pages[(MT, MT_PATH)] = mt_story()


def by_url(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["url"]: r for r in report["results"]}


def only(report: dict[str, Any]) -> dict[str, Any]:
    assert len(report["results"]) == 1, report["results"]
    result: dict[str, Any] = report["results"][0]
    return result


def kinds(result: dict[str, Any]) -> dict[str, str]:
    return {f["kind"]: f["severity"] for f in result["findings"]}


def extracted(done: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """``linkcheck extract``'s citation lines, keyed by their URL."""
    lines = [line for line in done.stdout.splitlines() if line.startswith("http")]
    return {line.split(" | ", 1)[0]: line for line in lines}


# --- the pages as the outlets build them ---------------------------------------------------------------

SITE_HEADER = (
    "<header class='header'><a href='/'>ТАСС</a><div class='header__date'>Суббота, 5 декабря 2026</div>"
    "<div class='header__rates'>USD 76,40 EUR 89,10</div></header>"
)


@pytest.mark.parametrize(
    ("date_line", "header"),
    [
        ("9 января 2020, 11:40", ""),
        ("11:40 09.01.2020", ""),
        ("09.01.2020, 11:40", ""),
        ("9 января 2020, 11:40", SITE_HEADER),
    ],
    ids=["tass-words", "ria-time-first", "dotted-then-time", "under-todays-header"],
)
def test_story_dated_only_by_its_russian_date_line(
    sites: Sites, tmp_path: Path, date_line: str, header: str
) -> None:
    # No date in the head, none in the address (TASS's is numeric): the story's visible date line is its
    # publication. A site header stating today's date is the site's, not the story's.
    sites.pages[(TASS, TASS_PATH)] = html(
        TASS_TITLE,
        site_name="ТАСС",
        body=(
            f"{header}<main><article><h1>{TASS_TITLE}</h1>"
            f"<div class='news-header__date'><span>{date_line}</span></div>{TASS_TEXT}</article></main>"
        ),
    )
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(TASS, TASS_PATH)} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["published"] == "2020-01-09", result
    assert kinds(result) == {}, result["findings"]
    assert result["verdict"] == "pass"
    assert code == 0


@pytest.mark.parametrize(
    ("host", "path", "page", "cited", "outlet"),
    [
        (
            RIA,
            RIA_PATH,
            html(
                f"{RIA_TITLE} - РИА Новости, 09.01.2020",
                site_name="РИА Новости",
                published="2020-01-09T10:12:00+03:00",
                body=f"<div class='article'><div class='article__title'>{RIA_TITLE}</div>{RIA_TEXT}</div>",
            ),
            RIA_TITLE,
            "RIA Novosti",
        ),
        (
            TASS,
            TASS_PATH,
            html(
                f"{TASS_QUOTE_TITLE} - ТАСС",
                og_title=TASS_QUOTE_TITLE,
                site_name="ТАСС",
                published="2020-01-09T11:40:00+03:00",
                body=f"<article><h1>{TASS_QUOTE_TITLE}</h1>{TASS_TEXT}</article>",
            ),
            'Жириновский: "Ирану надо купить российские С-400 и С-500"',
            "TASS",
        ),
        (
            TASS,
            TASS_PATH,
            html(
                f"{TASS_QUOTE_TITLE} - ТАСС",
                site_name="ТАСС",
                published="2020-01-09T11:40:00+03:00",
                body=f"<article><h1>{TASS_QUOTE_TITLE}</h1>{TASS_TEXT}</article>",
            ),
            "Жириновский: Ирану надо купить российские С-400 и С-500",
            "ТАСС",
        ),
    ],
    ids=[
        "ria-tab-title-with-outlet-and-day",
        "tass-guillemets-cited-in-straight-quotes",
        "tass-quotes-dropped",
    ],
)
def test_headline_with_the_outlets_suffix_or_guillemets_is_the_cited_title(
    sites: Sites, tmp_path: Path, host: str, path: str, page: Page, cited: str, outlet: str
) -> None:
    sites.pages[(host, path)] = page
    sources = manifest(
        tmp_path, f"{sites.url(host, path)} | title: {cited} | outlet: {outlet} | date: 2020-01-09\n"
    )
    code, report = check_json(tmp_path, str(sources))
    result = only(report)
    assert result["status"] == "ok", result
    assert kinds(result) == {}, result["findings"]
    assert result["verdict"] == "pass"
    assert code == 0


@pytest.mark.parametrize("cited", [TASS_TITLE, TASS_SOCIAL], ids=["h1-headline", "social-card-headline"])
def test_social_card_title_differing_from_the_h1_either_is_the_page(
    sites: Sites, tmp_path: Path, cited: str
) -> None:
    # The tab and the <h1> give the story's headline; the og:title (the social card) a shorter one the
    # desk wrote for sharing. Both are the page's own titles: a citation of either is of this page.
    sites.pages[(TASS, TASS_PATH)] = html(
        TASS_TITLE,
        og_title=TASS_SOCIAL,
        site_name="ТАСС",
        published="2020-01-09T11:40:00+03:00",
        body=f"<article><h1>{TASS_TITLE}</h1>{TASS_TEXT}</article>",
    )
    path = manifest(
        tmp_path, f"{sites.url(TASS, TASS_PATH)} | title: {cited} | outlet: TASS | date: 2020-01-09\n"
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0


def test_ria_desktop_address_sending_the_reader_to_its_mobile_edition_is_the_story(
    sites: Sites, tmp_path: Path
) -> None:
    # A 301 from the desktop address to the m. edition, whose canonical is the desktop address and which names
    # no site (its tab's title ends with the outlet): the story as cited, no new address to cite.
    cited = sites.url(RIA, RIA_PATH)
    sites.pages[(RIA, RIA_PATH)] = Page(301, b"", {"Location": sites.url(RIA_M, RIA_PATH)})
    sites.pages[(RIA_M, RIA_PATH)] = html(
        f"{RIA_TITLE} - РИА Новости",
        published="2020-01-09T10:12:00+03:00",
        head=f'<link rel="canonical" href="{cited}"><meta name="viewport" content="width=device-width">',
        body=f"<div class='m-article'><h1>{RIA_TITLE}</h1>{RIA_TEXT}</div>",
    )
    path = manifest(tmp_path, f"{cited} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["final_url"] == sites.url(RIA_M, RIA_PATH), result
    assert kinds(result) == {}, result["findings"]
    assert result["verdict"] == "pass"
    assert code == 0


# --- the citations pasted in other shapes ------------------------------------------------------------


def _wp_post(sites: Sites) -> str:
    body = (
        "<p>Iraq has resumed talks with Russia to buy its S-300 surface-to-air missile systems, a senior"
        f' Iraqi lawmaker told the state-run <a href="{sites.url(RIA, RIA_PATH)}">RIA Novosti</a> news agency'
        " following the U.S. killing of a top Iranian commander and Iran\u2019s retaliatory missile strikes"
        " there.</p>\n"
        "<p>Meanwhile, firebrand lawmaker Vladimir Zhirinovsky urged Iran to buy Russia\u2019s advanced S-400"
        " missile systems in the wake of a flare-up in tensions with Washington.</p>\n"
        f'<p>Related article: <a href="{sites.url(MT, MT_PATH)}">{MT_TITLE}</a></p>\n'
        "<p>\u201cI told Iran\u2019s leadership to buy our more powerful S-400 and S-500 missile defense"
        " systems and to open air, naval and land bases like in Syria,\u201d the state-run"
        f' <a href="{sites.url(TASS, TASS_PATH)}">TASS</a> news agency quoted Zhirinovsky as saying.</p>\n'
        "<p>Iraq has several months ago \u201crenewed negotiations on an S-300 contract\u201d with Russia,"
        " Mohammad Reza al-Haider, the chairman of the Iraqi parliament\u2019s defense committee, told RIA on"
        " Thursday.</p>\n<p>Reuters contributed reporting to this article.</p>\n"
    )
    post = {
        "id": 61342,
        "date": "2020-01-09T18:05:00",
        "date_gmt": "2020-01-09T15:05:00",
        "guid": {"rendered": "https://news.example.org/?p=61342"},
        "modified": "2020-01-10T09:00:00",
        "slug": "iraq-resumes-s-300-talks-with-russia",
        "status": "publish",
        "type": "post",
        "link": "https://news.example.org/2020/01/09/iraq-resumes-s-300-talks-with-russia/",
        "title": {"rendered": "Iraq Resumes S-300 Talks With Russia"},
        "content": {"rendered": body, "protected": False},
        "excerpt": {"rendered": "<p>Iraq has resumed talks &hellip;</p>", "protected": False},
        "author": 12,
        "_links": {"self": [{"href": "https://news.example.org/wp-json/wp/v2/posts/61342"}]},
    }
    return json.dumps(post, indent=2)


def test_cms_export_of_the_story_gives_the_three_citations_and_checks_them(
    sites: Sites, tmp_path: Path
) -> None:
    # The newsroom's CMS export of the same story (a WordPress REST API post, docs/articles.md): the same
    # three citations as the text, dated by the post, each with what the prose says; checked directly.
    serve_all_three(sites)
    post = tmp_path / "story.json"
    post.write_text(_wp_post(sites), encoding="utf-8")
    done = run("extract", str(post), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "@article | date: 2020-01-09" in done.stdout, done.stdout
    lines = extracted(done)
    assert set(lines) == {sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)}, lines
    assert "outlet: RIA Novosti" in lines[sites.url(RIA, RIA_PATH)]
    assert "date: 2020-01-09" in lines[sites.url(RIA, RIA_PATH)]
    assert "outlet: TASS" in lines[sites.url(TASS, TASS_PATH)]
    assert f"title: {MT_TITLE}" in lines[sites.url(MT, MT_PATH)]

    code, report = check_json(tmp_path, str(post))
    results = by_url(report)
    assert results[sites.url(RIA, RIA_PATH)]["verdict"] == "pass", results[sites.url(RIA, RIA_PATH)]
    assert results[sites.url(TASS, TASS_PATH)]["verdict"] == "pass", results[sites.url(TASS, TASS_PATH)]
    mt = results[sites.url(MT, MT_PATH)]
    assert kinds(mt).get("postdates_article") == "fail", mt["findings"]
    assert code == 1


TASS_FRAGMENT_RU = "#:~:text=" + quote("Жириновский призвал Иран купить российские зенитные ракетные системы")
TASS_FRAGMENT_EN = "#:~:text=" + quote("I told Iran's leadership to buy our more powerful S-400")


def test_tracked_and_highlighted_links_in_a_manifest_are_the_cited_pages(
    sites: Sites, tmp_path: Path
) -> None:
    # RIA's link as a news aggregator hands it on (campaign parameters); TASS's as a browser's "copy link to
    # highlight" writes it for a Russian passage (percent-encoded Cyrillic): both the cited pages, the passage
    # on the page. Each result keeps the URL as cited.
    serve_all_three(sites)
    ria = (
        sites.url(RIA, RIA_PATH) + "?utm_source=yxnews&utm_medium=desktop&utm_referrer=https%3A%2F%2Fdzen.ru"
    )
    tass = sites.url(TASS, TASS_PATH) + TASS_FRAGMENT_RU
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{ria} | outlet: RIA Novosti | date: 2020-01-09\n"
        f"{tass} | outlet: TASS | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    results = by_url(report)
    assert set(results) == {ria, tass}, list(results)
    for result in results.values():
        assert result["status"] == "ok", result
        assert kinds(result) == {}, result["findings"]
        assert result["verdict"] == "pass"
    assert code == 0


def test_english_passage_highlighted_on_tass_russian_page_is_only_a_note(
    sites: Sites, tmp_path: Path
) -> None:
    # An English-language article links the Russian page with its own English words highlighted (a
    # translation): docs/json-schema.md, few of its words on the page is `info`, the citation passes.
    serve_all_three(sites)
    tass = sites.url(TASS, TASS_PATH) + TASS_FRAGMENT_EN
    path = manifest(tmp_path, f"{tass} | outlet: TASS | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert kinds(result).get("quote_missing") == "info", result["findings"]
    assert result["verdict"] == "pass"
    assert code == 0


def test_article_with_tracked_links_extracts_them_with_their_outlets(tmp_path: Path) -> None:
    # The seed article as pasted from a newsletter: RIA's link with campaign parameters, TASS's with a text
    # fragment. linkcheck extract fetches nothing; what the prose says still goes to each link.
    ria = REAL_RIA + "?utm_source=newsletter&utm_medium=email&utm_campaign=iraq"
    tass = REAL_TASS + TASS_FRAGMENT_RU
    text = SEED.read_text(encoding="utf-8").replace(REAL_RIA, ria).replace(REAL_TASS, tass)
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    done = run("extract", str(article), "--article-date", "2020-01-09", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = extracted(done)
    assert len(lines) == 3, done.stdout
    (ria_line,) = [line for url, line in lines.items() if url.startswith(REAL_RIA)]
    (tass_line,) = [line for url, line in lines.items() if url.startswith(REAL_TASS)]
    assert "outlet: RIA Novosti" in ria_line, ria_line
    assert "date: 2020-01-09" in ria_line, ria_line
    assert "outlet: TASS" in tass_line, tass_line


def test_mt_short_link_redirecting_to_the_related_article_still_postdates_the_article(
    sites: Sites, tmp_path: Path
) -> None:
    # The related article cited by a shortener's address (no date in it): the page it leads to is dated
    # 2024-05-02, after the article's 2020-01-09, whatever form the link took.
    sites.pages[(MT, MT_PATH)] = mt_story()
    sites.pages[(SHORT, "/x7Qm2aB")] = Page(301, b"", {"Location": sites.url(MT, MT_PATH)})
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(SHORT, '/x7Qm2aB')} | title: {MT_TITLE} | outlet: The Moscow Times\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["final_url"] == sites.url(MT, MT_PATH), result
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert "outlet_mismatch" not in kinds(result), result["findings"]
    assert kinds(result).get("postdates_article") == "fail", result["findings"]
    assert result["verdict"] == "fail"
    assert code == 1


MT_PATH_ENCODED = "/2024/05/02/" + "will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes".replace(
    "-", "%2d"
)


def test_mt_percent_encoded_address_is_the_same_related_article(sites: Sites, tmp_path: Path) -> None:
    # The related article's address with its hyphens percent-encoded (as an over-eager encoder writes it,
    # RFC 3986: the same URL): the same page, the same title and the same finding as the plain address.
    sites.pages[(MT, MT_PATH)] = mt_story()
    cited = sites.url(MT, MT_PATH_ENCODED)
    path = manifest(
        tmp_path,
        f"@article | date: 2020-01-09\n{cited} | title: {MT_TITLE} | outlet: The Moscow Times\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["url"] == cited
    assert result["status"] == "ok", result
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert kinds(result).get("postdates_article") == "fail", result["findings"]
    assert code == 1


def test_article_with_the_related_link_percent_encoded_keeps_its_title(tmp_path: Path) -> None:
    # The "Related article:" line titles the link whose slug spells it, encoded or not.
    encoded = "https://www.themoscowtimes.com" + MT_PATH_ENCODED
    text = SEED.read_text(encoding="utf-8").replace(REAL_MT, encoded)
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    done = run("extract", str(article), "--article-date", "2020-01-09", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = extracted(done)
    assert len(lines) == 3, done.stdout
    (mt_line,) = [line for url, line in lines.items() if "themoscowtimes" in url]
    assert f"title: {MT_TITLE}" in mt_line, mt_line


def test_article_with_the_related_link_wrapped_by_a_social_redirect_keeps_its_title(tmp_path: Path) -> None:
    # Pasted from a social network's post: the outgoing redirect wrapping the related article's address,
    # percent-encoded with the network's click id. docs/articles.md: unwrapped; the title still its.
    wrapped = (
        "https://l.facebook.com/l.php?u="
        + quote(REAL_MT + "?fbclid=IwAR0x7Qm2aBcD", safe="")
        + "&h=AT0abcDEF"
    )
    text = SEED.read_text(encoding="utf-8").replace(REAL_MT, wrapped)
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    done = run("extract", str(article), "--article-date", "2020-01-09", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = extracted(done)
    assert len(lines) == 3, done.stdout
    (mt_url,) = [url for url in lines if "themoscowtimes" in url]
    assert mt_url.startswith(REAL_MT), mt_url
    assert f"title: {MT_TITLE}" in lines[mt_url], lines[mt_url]
    assert "l.facebook.com" in lines[mt_url], lines[mt_url]  # the note says where it was unwrapped from


# --- a library user's script ---------------------------------------------------------------------------


def test_library_script_reads_each_results_fields_as_the_api_page_gives_them(sites: Sites) -> None:
    import datetime

    import linkcheck

    serve_all_three(sites)
    text = sites.article(SEED.read_text(encoding="utf-8"))
    citations = linkcheck.extract_citations(
        text, format="text", source="article.txt", article_date=datetime.date(2020, 1, 9)
    )
    assert [c.where for c in citations] == ["article.txt:17", "article.txt:18", "article.txt:19"]
    config = linkcheck.Config(allow_private=True, retries=0, deadline=15, max_time=40)
    report = linkcheck.check(citations, config)
    assert [r.url for r in report.results] == [c.url for c in citations]  # in input order
    ria, tass, mt = report.results
    for result in (ria, tass):
        assert result.status.value == "ok", result
        assert result.verdict.value == "pass", result.findings
        assert list(result.findings) == []
    assert mt.status.value == "ok"
    assert mt.verdict.value == "fail"
    (finding,) = [f for f in mt.findings if f.kind.value == "postdates_article"]
    assert finding.severity.value == "fail"
    assert "2024-05-02" in str(finding.actual), finding
    assert "2020-01-09" in str(finding.expected), finding
    assert report.exit_code == 1
    rendered = json.loads(report.render("json"))
    assert rendered["summary"]["total"] == 3
    assert (rendered["summary"]["pass"], rendered["summary"]["fail"]) == (2, 1)
    assert [(r["url"], r["status"], r["verdict"]) for r in rendered["results"]] == [
        (r.url, r.status.value, r.verdict.value) for r in report.results
    ]


# --- what the reports say -----------------------------------------------------------------------------


def test_seed_article_checked_directly_each_report_names_the_related_article_at_its_line(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    article = tmp_path / "article.txt"
    article.write_text(sites.article(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    done = run(
        str(article),
        "--article-date",
        "2020-01-09",
        "--format",
        "text",
        "--output",
        "sarif=report.sarif",
        "--output",
        "json=report.json",
        "--color",
        "never",
        *COMMON,
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    text = done.stdout
    assert "article.txt:19" in text, text
    assert "postdates_article" in text, text
    assert "2024-05-02" in text, text
    assert "3 citations: 2 pass, 0 warn, 1 fail" in text, text
    for line in text.splitlines():
        if "FAIL" in line:
            assert "article.txt:19" in line, line

    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [(r["line"], r["verdict"]) for r in report["results"]] == [
        (17, "pass"),
        (18, "pass"),
        (19, "fail"),
    ]

    sarif = json.loads((tmp_path / "report.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    (result,) = sarif["runs"][0]["results"]
    assert result["ruleId"] == "postdates_article", result
    assert result["level"] == "error", result
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("article.txt"), location
    assert location["region"]["startLine"] == 19, location
    message = result["message"]["text"]
    assert "2024-05-02" in message, message
    assert "2020-01-09" in message, message


def test_english_title_cited_for_rias_russian_page_every_report_shows_the_russian_headline(
    sites: Sites, tmp_path: Path
) -> None:
    # An English-language article gives RIA's Russian story an English title (its address has no slug to
    # vouch for a translation): a title mismatch, and each report shows the page's own headline beside the
    # cited one so the fact-checker can compare them.
    serve_all_three(sites)
    english = "Iraq resumes talks with Russia on S-300 purchase"
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(RIA, RIA_PATH)} | title: {english} | outlet: RIA Novosti | date: 2020-01-09\n"
        f"{sites.url(TASS, TASS_PATH)} | outlet: TASS\n",
    )
    done = run(
        str(path),
        "--format",
        "text",
        "--output",
        "sarif=report.sarif",
        "--output",
        "json=report.json",
        "--color",
        "never",
        *COMMON,
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "sources.txt:2" in done.stdout, done.stdout
    assert RIA_TITLE in done.stdout, done.stdout
    assert english in done.stdout, done.stdout

    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    ria, tass = report["results"]
    (finding,) = [f for f in ria["findings"] if f["kind"] == "title_mismatch"]
    # docs/json-schema.md: another headline at the cited address of a page stating the cited day warns
    # ("headline rewritten (an A/B test, an update)?")
    assert finding["severity"] == "warn"
    assert finding["expected"] == english
    assert finding["actual"] == RIA_TITLE
    assert tass["verdict"] == "pass"

    sarif = json.loads((tmp_path / "report.sarif").read_text(encoding="utf-8"))
    (result,) = sarif["runs"][0]["results"]
    assert result["ruleId"] == "title_mismatch"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert RIA_TITLE in result["message"]["text"], result["message"]
    assert english in result["message"]["text"], result["message"]


# --- second round (written after the first run, still before reading src/) ------------------------------


def _tass_page(date_markup: str, *, head: str = "", header: str = "") -> Page:
    return html(
        TASS_TITLE,
        site_name="ТАСС",
        head=head,
        body=(
            f"{header}<main><article><h1>{TASS_TITLE}</h1>{date_markup}{TASS_TEXT}</article></main>"
            "<aside><h3>Читайте также</h3><ul><li><a href='/politika/25831907'>Путин провел совещание с"
            " членами Совбеза</a> <span>12:05</span></li></ul></aside>"
        ),
    )


def _tass_manifest(sites: Sites, tmp_path: Path) -> Path:
    return manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(TASS, TASS_PATH)} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n",
    )


@pytest.mark.parametrize(
    "date_line",
    [
        "9 ЯНВ 2020, 11:40",
        "09 янв. 2020, 11:40",
        "11:40 09.01.2020 (обновлено: 12:00 14.03.2023)",
        "9 января 2020 г., 11:40 мск",
    ],
    ids=["capital-short-month", "abbreviated-month", "time-first-with-update", "year-abbreviated-msk"],
)
def test_story_dated_by_other_russian_date_lines(sites: Sites, tmp_path: Path, date_line: str) -> None:
    sites.pages[(TASS, TASS_PATH)] = _tass_page(
        f"<div class='news-header__date'><span>{date_line}</span></div>"
    )
    code, report = check_json(tmp_path, str(_tass_manifest(sites, tmp_path)))
    result = only(report)
    assert result["published"] == "2020-01-09", result
    assert kinds(result) == {}, result["findings"]
    assert code == 0


def test_site_headers_time_element_of_today_does_not_date_the_story(sites: Sites, tmp_path: Path) -> None:
    # The site's header carries today's date in a <time> element; the story's own line is plain text.
    header = (
        "<header class='header'><a href='/'>ТАСС</a><time class='header__date' datetime='2026-12-05T09:00'>"
        "5 декабря, суббота</time></header>"
    )
    sites.pages[(TASS, TASS_PATH)] = _tass_page(
        "<div class='news-header__date'><span>9 января 2020, 11:40</span></div>", header=header
    )
    code, report = check_json(tmp_path, str(_tass_manifest(sites, tmp_path)))
    result = only(report)
    assert result["published"] == "2020-01-09", result
    assert "postdates_article" not in kinds(result), result["findings"]
    assert kinds(result) == {}, result["findings"]
    assert code == 0


def test_date_line_without_a_year_never_dates_the_story_in_another_year(sites: Sites, tmp_path: Path) -> None:
    # An outlet writes this year's stories without the year ("9 января, 11:40"); the page states no other
    # date. Which year is not said: no day of another year may be read into it, least of all this one's,
    # which would make a 2020 story postdate its 2020 article.
    sites.pages[(TASS, TASS_PATH)] = _tass_page(
        "<div class='news-header__date'><span>9 января, 11:40</span></div>"
    )
    code, report = check_json(tmp_path, str(_tass_manifest(sites, tmp_path)))
    result = only(report)
    assert result["published"] in (None, "2020-01-09"), result
    assert "postdates_article" not in kinds(result), result["findings"]
    assert "date_mismatch" not in kinds(result), result["findings"]
    assert code == 0


@pytest.mark.parametrize(
    ("host", "path"), [(TASS, TASS_PATH), (RIA, RIA_PATH)], ids=["tass-numeric-address", "ria-dated-address"]
)
def test_publication_time_in_isos_basic_format_dates_the_story(
    sites: Sites, tmp_path: Path, host: str, path: str
) -> None:
    # RIA's pages write article:published_time in ISO 8601's basic format ("20200109T1012", no separators).
    sites.pages[(host, path)] = html(
        TASS_TITLE,
        site_name="ТАСС",
        head=(
            '<meta property="article:published_time" content="20200109T1140">'
            '<meta property="article:modified_time" content="20200109T1215">'
        ),
        body=f"<article><h1>{TASS_TITLE}</h1>{TASS_TEXT}</article>",
    )
    path_file = manifest(
        tmp_path,
        f"@article | date: 2020-01-09\n{sites.url(host, path)} | title: {TASS_TITLE} | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path_file))
    result = only(report)
    assert result["published"] == "2020-01-09", result
    assert kinds(result) == {}, result["findings"]
    assert code == 0


def test_title_copied_from_the_browser_tab_with_the_outlet_and_day_is_the_headline(
    sites: Sites, tmp_path: Path
) -> None:
    # The writer copied RIA's tab title ("<headline> - РИА Новости, 09.01.2020"); the page served now gives
    # the headline alone in every title: the outlet's name and the day are no part of the headline.
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    path = manifest(
        tmp_path,
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} - РИА Новости, 09.01.2020 | outlet: RIA Novosti"
        " | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0


def test_ria_temporary_redirect_to_its_mobile_edition_is_shown_hop_by_hop(
    sites: Sites, tmp_path: Path
) -> None:
    # A 302 (the desktop site sending a reader it takes for a phone): no new address to cite; the JSON's
    # redirects say where it went (docs/json-schema.md).
    cited = sites.url(RIA, RIA_PATH)
    mobile = sites.url(RIA_M, RIA_PATH)
    sites.pages[(RIA, RIA_PATH)] = Page(302, b"", {"Location": mobile})
    sites.pages[(RIA_M, RIA_PATH)] = html(
        RIA_TITLE,
        published="2020-01-09T10:12:00+03:00",
        head=f'<link rel="canonical" href="{cited}">',
        body=f"<div class='m-article'><h1>{RIA_TITLE}</h1>{RIA_TEXT}</div>",
    )
    path = manifest(tmp_path, f"{cited} | title: {RIA_TITLE} | outlet: РИА Новости | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["redirects"] == [{"status": 302, "url": mobile}], result["redirects"]
    assert result["final_url"] == mobile
    assert kinds(result) == {}, result["findings"]
    assert code == 0


def test_text_report_of_the_short_link_says_where_it_led(sites: Sites, tmp_path: Path) -> None:
    # The fact-checker reading the text report must see which page the shortener's link was judged by.
    sites.pages[(MT, MT_PATH)] = mt_story()
    sites.pages[(SHORT, "/x7Qm2aB")] = Page(301, b"", {"Location": sites.url(MT, MT_PATH)})
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(SHORT, '/x7Qm2aB')} | title: {MT_TITLE} | outlet: The Moscow Times\n",
    )
    done = run(str(path), "--color", "never", *COMMON, cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert sites.url(MT, MT_PATH) in done.stdout, done.stdout
    assert "postdates_article" in done.stdout, done.stdout
