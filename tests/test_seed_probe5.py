"""Held-out probe (seed5, forty-fourth session): the seed article's three citations as the years change them.

Written from README.md, docs/ (api, ci, sources-format, articles, json-schema), ``linkcheck --help``,
``linkcheck extract --help``, the fourth probe's leftovers in docs/benchmarks.md and the earlier probes'
docstrings, before any code under ``src/`` was read, and committed before any change there. The first four
probes played the cited pages in the states a page goes through, the article as a newsroom keeps it, redirect
chains, replaced stories, walls, a renamed outlet with its former name in the footer, translations, mirrors
and AMP copies. This one plays what they did not: RIA Novosti's story edited after publication (its dates
given only in the visible "(обновлено: ...)" line, its headline rewritten while its social card keeps the old
one), the agency rebranded in its site name with the former brand kept only as the publisher's
``alternateName``, The Moscow Times' related article removed from the site while a web archive's copy the
citation names keeps it (in a manifest and as the article's own "(archived copy: ...)"), TASS served behind a
Russian cookie consent wall (in place of the story, and as an overlay over it) and a Russian region block at
the cited address, TASS's Russian and English editions cross-linked and cited side by side, the article's own
HTML updated years later (its publication date still the one the citations are compared with), the citations
given in the article's own wording (typographic apostrophe, its capitals, the tab's outlet suffix), and a
nightly ``--state`` job over the three through months of such changes.

Hosts are mapped to loopback as docs/security.md says: a name under ``localhost`` is this machine's loopback
without a lookup, let through with ``--allow-private``. One ``tests/site_server.py`` server on 127.0.0.1
answers every name by its ``Host`` header. No name is ever sent to a resolver (the one ``web.archive.org``
address appears only in ``linkcheck extract``, which fetches nothing). Expectations are what the docs promise
or, where they are silent, what a fact-checker using a mature tool expects. Every case is a CLI subprocess.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from tests import seed_harness
from tests.seed_harness import (
    MT,
    MT_PATH,
    MT_TITLE,
    NOT_FOUND,
    RIA,
    RIA_PATH,
    RIA_TITLE,
    SEED,
    TASS,
    TASS_PATH,
    TASS_TITLE,
    Sites,
    check_json,
    exact_route,
    fixtures,
    manifest,
    run,
)
from tests.site_server import Page

TASS_EN = "tass.com.localhost"
ARCHIVE = "web.archive.localhost"

TASS_EN_PATH = "/world/1106420"

RIA_TITLE_NEW = "Багдад вернулся к закупке зенитных комплексов у Москвы, заявил депутат"
TASS_TITLE_EN = "Zhirinovsky urges Iran to buy Russia's S-400 air defense systems"


RIA_TEXT = (
    "<p>МОСКВА, 9 янв — РИА Новости. Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем"
    " С-300, сообщил РИА Новости председатель комитета по безопасности и обороне иракского парламента"
    " Мохаммед Реза аль-Хайдер.</p><p>«Мы ожидаем противодействия со стороны США», — сказал он.</p>"
)
TASS_TEXT = (
    "<p>МОСКВА, 9 января. /ТАСС/. Лидер ЛДПР Владимир Жириновский призвал Иран купить российские"
    " зенитные ракетные системы С-400 и С-500.</p><p>«Я сказал руководству Ирана: покупайте наши более"
    " мощные системы», — заявил он.</p>"
)
TASS_TEXT_EN = (
    "<p>MOSCOW, January 9. /TASS/. Liberal Democratic Party leader Vladimir Zhirinovsky has urged Iran to buy"
    " Russia's S-400 and S-500 air defense systems.</p><p>\u201cI told Iran's leadership to buy our more"
    " powerful systems,\u201d he said.</p>"
)
MT_TEXT = (
    "<p>Iraq's air defenses have been tested by strikes attributed to Israel. Analysts weigh whether Moscow"
    " could supply systems such as the S-300 or the Pantsir.</p>" * 5
)


server, sites = fixtures(exact_route)

#: the fifth probe's pages always carry a ``<footer>`` element
html = functools.partial(seed_harness.html, footer="")


def ria_story(*, site_name: str = "РИА Новости", head: str = "") -> Page:
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


def mt_story() -> Page:
    return html(
        MT_TITLE,
        site_name="The Moscow Times",
        published="2024-05-02T15:20:00+03:00",
        lang="en",
        body=f"<article><h1>{MT_TITLE}</h1>{MT_TEXT}</article>",
    )


def by_url(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["url"]: r for r in report["results"]}


def only(report: dict[str, Any]) -> dict[str, Any]:
    assert len(report["results"]) == 1, report["results"]
    result: dict[str, Any] = report["results"][0]
    return result


def kinds(result: dict[str, Any]) -> dict[str, str]:
    return {f["kind"]: f["severity"] for f in result["findings"]}


# --- RIA Novosti's story edited after publication ---------------------------------------------------


def test_ria_story_dated_only_by_its_visible_update_line_keeps_its_publication_day(
    sites: Sites, tmp_path: Path
) -> None:
    # RIA's story shows "09.01.2020 10:12 (обновлено: 14.03.2023 12:00)" under its headline and no date meta.
    # The story was published on the 9th; 2023 is its update, neither its publication nor a replacement.
    sites.pages[(RIA, RIA_PATH)] = html(
        RIA_TITLE,
        site_name="РИА Новости",
        body=(
            f"<article><h1>{RIA_TITLE}</h1><div class='article__info'>"
            "<span class='article__info-date'>09.01.2020 10:12 (обновлено: 14.03.2023 12:00)</span></div>"
            f"{RIA_TEXT}</article>"
        ),
    )
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(RIA, RIA_PATH)} | outlet: RIA Novosti | date: 2020-01-09 | accessed: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["published"] == "2020-01-09", result
    assert result["modified"] in (None, "2023-03-14"), result
    assert kinds(result) == {}, result["findings"]
    assert result["verdict"] == "pass"
    assert code == 0


def test_ria_headline_rewritten_while_its_social_card_keeps_the_cited_one_passes(
    sites: Sites, tmp_path: Path
) -> None:
    # The page's <title> and <h1> carry the rewritten headline; its og:title (the social card, never
    # regenerated) still carries the one the article cites: one of the page's own titles is the cited one.
    sites.pages[(RIA, RIA_PATH)] = html(
        RIA_TITLE_NEW,
        og_title=RIA_TITLE,
        site_name="РИА Новости",
        published="2020-01-09T10:12:00+03:00",
        head='<meta property="article:modified_time" content="2023-03-14T12:00:00+03:00">',
        body=f"<article><h1>{RIA_TITLE_NEW}</h1>{RIA_TEXT}</article>",
    )
    path = manifest(
        tmp_path,
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: РИА Новости | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0


# --- the outlet rebranded ----------------------------------------------------------------------------


def _rebranded(publisher: str, alternate: str | None) -> Page:
    org: dict[str, Any] = {"@type": "NewsMediaOrganization", "name": publisher}
    if alternate:
        org["alternateName"] = alternate
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": RIA_TITLE,
        "datePublished": "2020-01-09T10:12:00+03:00",
        "publisher": org,
    }
    return ria_story(
        site_name=publisher,
        head=f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
    )


def test_rebranded_agency_declaring_its_former_name_as_the_publishers_alternate_name_is_the_cited_outlet(
    sites: Sites, tmp_path: Path
) -> None:
    # The agency's site now calls itself "Россия сегодня"; its publisher markup keeps "РИА Новости" as the
    # organisation's other name. The article (2020) names RIA Novosti: the same outlet, no mismatch.
    sites.pages[(RIA, RIA_PATH)] = _rebranded("Россия сегодня", "РИА Новости")
    path = manifest(tmp_path, f"{sites.url(RIA, RIA_PATH)} | outlet: RIA Novosti | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert "outlet_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass"
    assert code == 0


def test_page_of_another_publisher_naming_no_former_name_is_still_an_outlet_mismatch(
    sites: Sites, tmp_path: Path
) -> None:
    # Left alone: the same story under a publisher that declares no link to RIA Novosti.
    sites.pages[(RIA, RIA_PATH)] = _rebranded("Лента.ру", None)
    path = manifest(tmp_path, f"{sites.url(RIA, RIA_PATH)} | outlet: RIA Novosti | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert kinds(result).get("outlet_mismatch") == "fail", result["findings"]
    assert code == 1


# --- The Moscow Times' related article removed, kept by a web archive ------------------------------


def test_related_article_removed_with_a_web_archive_copy_named_fails_and_points_to_the_copy(
    sites: Sites, tmp_path: Path
) -> None:
    cited = sites.url(MT, MT_PATH)
    archive = sites.url(ARCHIVE, f"/web/20240503081500/{cited}")
    sites.pages[(MT, MT_PATH)] = NOT_FOUND
    path = manifest(
        tmp_path,
        f"{cited} | title: {MT_TITLE} | outlet: The Moscow Times | date: 2024-05-02 | archive: {archive}\n",
    )
    code, report = check_json(tmp_path, str(path), "-o", "text=report.txt")
    result = only(report)
    assert result["status"] == "dead"
    assert result["verdict"] == "fail"
    assert result["cited"]["archive_url"] == archive
    # the copy names the cited address and was captured the day after publication: nothing to say of it
    assert "archive_mismatch" not in kinds(result), result["findings"]
    assert code == 1
    text = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert "sources.txt:1" in text
    assert archive in text, text  # the fact-checker is told where the page is kept


def test_article_naming_the_archived_copy_of_its_related_article_gives_it_to_that_citation(
    tmp_path: Path,
) -> None:
    # docs/articles.md: a web archive's copy of a page the article cites, right after it with a copy's label,
    # is that citation's archived copy, not a citation of its own. linkcheck extract fetches nothing.
    mt = "https://www.themoscowtimes.com" + MT_PATH
    archive = "https://web.archive.org/web/20240503081500/" + mt
    text = SEED.read_text(encoding="utf-8").replace(mt, f"{mt} (archived copy: {archive})")
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    done = run("extract", str(article), "--article-date", "2020-01-09", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("http")]
    assert len(lines) == 3, done.stdout
    assert not any(line.startswith("https://web.archive.org") for line in lines), done.stdout
    (mt_line,) = [line for line in lines if line.startswith(mt + " ")]
    assert f"archive: {archive}" in mt_line, mt_line
    assert f"title: {MT_TITLE}" in mt_line, mt_line


# --- walls in the outlet's language --------------------------------------------------------------------


def test_russian_cookie_consent_wall_in_place_of_the_story_is_blocked_not_a_mismatch(
    sites: Sites, tmp_path: Path
) -> None:
    sites.pages[(TASS, TASS_PATH)] = html(
        "Мы используем файлы cookie",
        site_name="ТАСС",
        body=(
            "<div class='consent'><h1>Мы используем файлы cookie</h1><p>Продолжая пользоваться сайтом, вы"
            " соглашаетесь на обработку файлов cookie и персональных данных.</p>"
            "<form action='/consent' method='post'><button>Принять все</button>"
            "<button>Настроить</button></form></div>"
        ),
    )
    path = manifest(
        tmp_path, f"{sites.url(TASS, TASS_PATH)} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n"
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "blocked", result
    assert result["cause"] == "consent", result
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "warn"
    assert code == 0


def test_russian_cookie_banner_over_the_full_story_is_the_story(sites: Sites, tmp_path: Path) -> None:
    # Left alone: the banner is an overlay; the story is on the page under it, and is verified.
    sites.pages[(TASS, TASS_PATH)] = html(
        TASS_TITLE,
        site_name="ТАСС",
        published="2020-01-09T11:40:00+03:00",
        body=(
            f"<article><h1>{TASS_TITLE}</h1>{TASS_TEXT}</article>"
            "<div class='cookie-banner'><p>Мы используем файлы cookie. Продолжая пользоваться сайтом, вы"
            " соглашаетесь на обработку файлов cookie.</p><button>Принять</button></div>"
        ),
    )
    path = manifest(
        tmp_path, f"{sites.url(TASS, TASS_PATH)} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n"
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0


def test_russian_region_block_served_at_the_cited_address_is_blocked_not_dead(
    sites: Sites, tmp_path: Path
) -> None:
    # Seed4 played the block behind a 302; here the outlet answers 200 at the story's own address.
    sites.pages[(TASS, TASS_PATH)] = html(
        "Материал недоступен в вашем регионе",
        site_name="ТАСС",
        body=(
            "<main><h1>Материал недоступен в вашем регионе</h1><p>К сожалению, этот материал недоступен для"
            " читателей из вашей страны.</p></main>"
        ),
    )
    path = manifest(
        tmp_path, f"{sites.url(TASS, TASS_PATH)} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n"
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert result["status"] == "blocked", result
    assert result["cause"] == "legal", result
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert code == 0


# --- TASS's two editions cross-linked --------------------------------------------------------------------


def test_tass_russian_and_english_editions_cross_linked_both_pass_and_neither_moves(
    sites: Sites, tmp_path: Path
) -> None:
    ru, en = sites.url(TASS, TASS_PATH), sites.url(TASS_EN, TASS_EN_PATH)
    sites.pages[(TASS, TASS_PATH)] = html(
        TASS_TITLE,
        site_name="ТАСС",
        published="2020-01-09T11:40:00+03:00",
        head=f'<link rel="canonical" href="{ru}"><link rel="alternate" hreflang="en" href="{en}">',
        body=(
            f"<article><h1>{TASS_TITLE}</h1>{TASS_TEXT}"
            f"<p>Read in English: <a href='{en}'>{TASS_TITLE_EN}</a></p></article>"
        ),
    )
    sites.pages[(TASS_EN, TASS_EN_PATH)] = html(
        TASS_TITLE_EN,
        lang="en",
        site_name="TASS",
        published="2020-01-09T12:05:00+03:00",
        head=f'<link rel="canonical" href="{en}"><link rel="alternate" hreflang="ru" href="{ru}">',
        body=(
            f"<article><h1>{TASS_TITLE_EN}</h1>{TASS_TEXT_EN}"
            f"<p>Читать на русском: <a href='{ru}'>{TASS_TITLE}</a></p></article>"
        ),
    )
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{ru} | title: {TASS_TITLE} | outlet: ТАСС | date: 2020-01-09\n"
        f"{en} | title: {TASS_TITLE_EN} | outlet: TASS | date: 2020-01-09\n",
    )
    code, report = check_json(tmp_path, str(path))
    results = by_url(report)
    assert results[ru]["title"] == TASS_TITLE
    assert results[en]["title"] == TASS_TITLE_EN
    for url in (ru, en):
        assert kinds(results[url]) == {}, (url, results[url]["findings"])
        assert results[url]["verdict"] == "pass"
    assert code == 0


# --- the article's own date against its citations' ------------------------------------------------------


def test_article_updated_years_later_is_still_dated_by_its_publication(sites: Sites, tmp_path: Path) -> None:
    # The article's HTML was updated in 2024 (its dateModified) when the related article was added: the
    # article still dates from 2020-01-09, and the related story of 2024-05-02 postdates it.
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    sites.pages[(MT, MT_PATH)] = mt_story()
    ria, tass, mt = sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Iraq Resumes Talks to Buy Russian S-300 Missile Systems",
        "datePublished": "2020-01-09T18:05:00+03:00",
        "dateModified": "2024-06-01T09:00:00+03:00",
    }
    article = tmp_path / "article.html"
    article.write_text(
        f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Iraq Resumes Talks to Buy Russian S-300 Missile Systems</title>
<meta property="article:published_time" content="2020-01-09T18:05:00+03:00">
<meta property="article:modified_time" content="2024-06-01T09:00:00+03:00">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body><article><h1>Iraq Resumes Talks to Buy Russian S-300 Missile Systems</h1>
<p>Iraq has resumed talks with Russia to buy its S-300 surface-to-air missile systems, a senior Iraqi lawmaker
told the state-run <a href="{ria}">RIA Novosti</a> news agency.</p>
<p>Related article: <a href="{mt}">{MT_TITLE}</a></p>
<p>“I told Iran’s leadership to buy our more powerful S-400 and S-500 missile defense systems,” the state-run
<a href="{tass}">TASS</a> news agency quoted Zhirinovsky as saying.</p>
</article></body></html>
""",
        encoding="utf-8",
    )
    code, report = check_json(tmp_path, str(article))
    results = by_url(report)
    assert set(results) == {ria, tass, mt}
    for url in (ria, tass, mt):
        assert results[url]["article"]["date"] == "2020-01-09", results[url]["article"]
    assert kinds(results[mt]).get("postdates_article") == "fail", results[mt]["findings"]
    assert results[ria]["verdict"] == "pass", results[ria]["findings"]
    assert results[tass]["verdict"] == "pass", results[tass]["findings"]
    assert code == 1


# --- the citations in the article's own wording ------------------------------------------------------------


def test_related_article_cited_in_the_articles_wording_matches_the_pages_headline(
    sites: Sites, tmp_path: Path
) -> None:
    # The page writes its headline in sentence case with a typographic apostrophe and titles its tab with the
    # outlet; the citation copies the article's line as written ("Iraq's", title case) and the tab's suffix.
    headline = "Will Russia reinforce Iraq\u2019s air defenses after Israeli strikes?"
    sites.pages[(MT, MT_PATH)] = html(
        f"{headline} - The Moscow Times",
        og_title=headline,
        lang="en",
        site_name="The Moscow Times",
        published="2024-05-02T15:20:00+03:00",
        body=f"<article><h1>{headline}</h1>{MT_TEXT}</article>",
    )
    path = manifest(
        tmp_path,
        f"{sites.url(MT, MT_PATH)} | title: {MT_TITLE} - The Moscow Times | outlet: The Moscow Times"
        " | date: 2024-05-02\n",
    )
    code, report = check_json(tmp_path, str(path))
    result = only(report)
    assert "title_mismatch" not in kinds(result), result["findings"]
    assert "title_changed" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass"
    assert code == 0


# --- the nightly job over months -------------------------------------------------------------------------


def test_nightly_state_over_months_of_edits_walls_removal_and_restoration(
    sites: Sites, tmp_path: Path
) -> None:
    # docs/ci.md: an edit is no failure; a wall (blocked) leaves the counters alone; a removed page warns
    # until it has failed --fail-after runs, then fails; a page put back is recovered.
    ria, tass, mt = sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)
    path = manifest(
        tmp_path,
        f"{ria} | outlet: RIA Novosti | date: 2020-01-09\n"
        f"{tass} | outlet: TASS\n"
        f"{mt} | title: {MT_TITLE} | outlet: The Moscow Times | date: 2024-05-02\n",
    )
    edited = html(
        RIA_TITLE,
        site_name="РИА Новости",
        published="2020-01-09T10:12:00+03:00",
        head='<meta property="article:modified_time" content="2024-09-30T08:00:00+03:00">',
        body=f"<article><h1>{RIA_TITLE}</h1><p>(Обновлено 30.09.2024)</p>{RIA_TEXT}</article>",
    )
    consent = html(
        "Мы используем файлы cookie",
        site_name="ТАСС",
        body="<h1>Мы используем файлы cookie</h1><form action='/consent'><button>Принять все</button></form>",
    )
    nights = [
        {RIA: ria_story(), TASS: tass_story(), MT: mt_story()},  # June: as cited
        {RIA: edited, TASS: consent, MT: NOT_FOUND},  # September: edited, walled, removed
        {RIA: edited, TASS: tass_story(), MT: NOT_FOUND},  # October: the wall gone, still removed
        {RIA: edited, TASS: tass_story(), MT: mt_story()},  # December: the story put back
    ]
    paths = {RIA: RIA_PATH, TASS: TASS_PATH, MT: MT_PATH}
    codes: list[int] = []
    reports: list[dict[str, Any]] = []
    for night in nights:
        sites.pages.clear()
        for host, page in night.items():
            sites.pages[(host, paths[host])] = page
        code, report = check_json(tmp_path, str(path), "--state", "state.json", "--fail-after", "2")
        codes.append(code)
        reports.append(report)
    statuses = [{url: r["status"] for url, r in by_url(report).items()} for report in reports]
    assert statuses == [
        {ria: "ok", tass: "ok", mt: "ok"},
        {ria: "ok", tass: "blocked", mt: "dead"},
        {ria: "ok", tass: "ok", mt: "dead"},
        {ria: "ok", tass: "ok", mt: "ok"},
    ]
    assert codes == [0, 0, 1, 0], [r["history"] for r in reports]
    assert [by_url(r)[ria]["verdict"] for r in reports] == ["pass"] * 4
    assert [by_url(r)[mt]["verdict"] for r in reports] == ["pass", "warn", "fail", "pass"]
    second, third, fourth = (r["history"] for r in reports[1:])
    assert second["newly_broken"] == [mt], second
    assert second["graced"] == [mt], second
    assert tass not in second["newly_broken"] + second["still_broken"]
    assert third["still_broken"] == [mt], third
    assert third["graced"] == [], third
    assert tass not in third["recovered"], third  # a wall was never a failure
    assert fourth["recovered"] == [mt], fourth
    assert fourth["newly_broken"] == [], fourth
    assert fourth["still_broken"] == [], fourth
    assert fourth["runs"] == 4
