"""Held-out probe (seed14, fifty-third session): the seed article's three citations in shapes the first
thirteen probes did not play.

Written from README.md, docs/ (json-schema, sources-format, articles, ci), the thirteenth probe's subsection
in docs/benchmarks.md and the earlier probes' test names (grepped for what they had played: the seed article
as HTML with anchors and footnotes, as Markdown with inline links, with a BOM and CRLF for ``extract``; a
dateline on a Thursday dating "on Thursday"; a manifest with a BOM and CRLF read once; a history over four
nights; SARIF of the seed article checked directly; the mobile hosts; Windows-1251 declared or unlabelled),
before any code under ``src/`` that these cases test was read, and committed before any change there. The
cases:
- the seed article as a newsroom exports it: Markdown with reference-style links listed at its foot, HTML
  whose sources are bare addresses in a paragraph broken by ``<br>``, plain text whose addresses are written
  in angle brackets (``<https://...>``, as e-mail and RFC 3986's appendix C write them);
- weekdays against the article's dateline: a Monday dateline and "told RIA on Thursday" (the Thursday of
  the week before), and a Thursday dateline with "told RIA on Monday" (three days before RIA's story);
  a manifest dated ``date: Thursday`` under an ``@article`` line of a Monday;
- charsets after a redirect: RIA's desktop address sending the reader for now to its mobile host, which
  answers in Windows-1251 declared in its header only (the redirect's own header saying UTF-8); the mobile
  page declaring Windows-1251 in its markup while its header wrongly says UTF-8;
- TASS's English edition (tass.com) cited for the story first published on tass.ru: with the Russian
  original's day when the English copy ran the next morning, and when it ran two days later;
- the related article moved to a new slug (301) one night, and a year later the new slug answering 404
  while the old address still sends there: moved, then newly broken and graced, then failing;
- anti-bot checks titled "One second, please..." in five languages, and a dated story headlined "One second";
- the nightly baseline: a link already dead last night is still broken, one that died tonight is newly
  broken, also when the manifest was re-saved with a byte-order mark and CRLF line ends between the nights;
  the Markdown report lists only tonight's under "Newly broken:";
- reports naming the manifest line: SARIF and JUnit from a manifest with a BOM, CRLF ends and a comment
  line; one address cited on two lines, both dead, two SARIF results with their own lines and fingerprints;
  a blocked citation in JUnit only in ``<system-out>``.
Expectations are what the docs promise or, where they are silent, what a fact-checker using a mature tool
expects. Every case is a CLI subprocess against one 127.0.0.1 server (``tests/seed_harness.py``).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from tests.seed_harness import (
    COMMON,
    DATELINED_RIA_TEXT,
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
    by_url,
    check_json,
    datelined_ria,
    datelined_tass,
    fixtures,
    html,
    kinds,
    long_mt,
    manifest,
    noted_lines,
    redirect,
    run,
    serve_datelined_three,
    story,
)
from tests.site_server import Page

server, sites = fixtures()

M_RIA = "m." + RIA
TASS_EN = "tass.com.localhost"
TASS_EN_PATH = "/world/1106735"
TASS_EN_TITLE = "Zhirinovsky urges Iran to buy Russian S-400 air defense systems"
MT_NEW_PATH = "/2024/05/02/can-russia-shore-up-iraqs-air-defenses-a84123"

TASS_EN_TEXT = (
    "<p>MOSCOW, January 9. /TASS/. Liberal Democratic Party leader Vladimir Zhirinovsky has called on Iran to"
    " buy Russian S-400 and S-500 air defense systems.</p><p>He also suggested that Iran host Russian air,"
    " naval and ground bases, as Syria does.</p>"
)


def only(report: dict[str, Any]) -> dict[str, Any]:
    assert len(report["results"]) == 1, report["results"]
    result: dict[str, Any] = report["results"][0]
    return result


def tass_en_story(published: str) -> Page:
    alternate = f'<link rel="alternate" hreflang="ru" href="https://tass.ru{TASS_PATH}">'
    return story(
        TASS_EN_TITLE, TASS_EN_TEXT, site_name="TASS", published=published, lang="en", head=alternate
    )


def ria_1251(declared_in_header: bool) -> Page:
    """RIA's story in Windows-1251: declared in the header, or only in the markup (header: UTF-8)."""
    meta = (
        ""
        if declared_in_header
        else '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    )
    body = (
        f'<!doctype html><html lang="ru"><head>{meta}<title>{RIA_TITLE}</title>'
        f'<meta property="og:title" content="{RIA_TITLE}">'
        '<meta property="og:site_name" content="РИА Новости">'
        '<meta property="article:published_time" content="2020-01-09T10:12:00+03:00"></head>'
        f"<body><article><h1>{RIA_TITLE}</h1>{DATELINED_RIA_TEXT}</article></body></html>"
    ).encode("cp1251")
    charset = "windows-1251" if declared_in_header else "utf-8"
    return Page(200, body, {"Content-Type": f"text/html; charset={charset}"})


def extracted(done: Any) -> dict[str, str]:
    """``linkcheck extract``'s manifest lines keyed by their address."""
    return {line.split(" | ", 1)[0]: line for line in done.stdout.splitlines() if line.startswith("http")}


def write_bom_crlf(path: Path, lines: list[str]) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    return path


# --- the seed article as a newsroom exports it -------------------------------------------------------------


def test_markdown_export_with_reference_style_links_gives_the_three_citations_with_their_outlets(
    sites: Sites, tmp_path: Path
) -> None:
    # A CMS's Markdown export writes each link as a reference, its address listed at the article's foot.
    # extract finds the three at their definitions (docs/articles.md: "A reference link's line is the
    # definition's"), in that order, each named by the prose around its link,
    # RIA's dated by "told RIA on Thursday", the related article titled by its link text.
    ria, tass, mt = sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)
    text = (
        "# Iraq Resumes Talks With Russia on S-300 Purchase\n\n"
        "Iraq has resumed talks with Russia to buy its S-300 surface-to-air missile systems, a senior\n"
        "Iraqi lawmaker told the state-run [RIA Novosti news agency][1] following the U.S. killing of a\n"
        "top Iranian "
        "commander and Iran's retaliatory missile strikes there.\n\n"
        "**Related article:** [Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?][3]\n\n"
        "\u201cI told Iran's leadership to buy our more powerful S-400 and S-500 missile defense"
        " systems,\u201d the state-run\n[TASS news agency][2] quoted Zhirinovsky as saying.\n\n"
        "Iraq has several months ago \u201crenewed negotiations on an S-300 contract\u201d with Russia,"
        " Mohammad Reza\nal-Haider, the chairman of the Iraqi parliament's defense committee, told RIA"
        " on Thursday.\n\n"
        f"[1]: {ria}\n[2]: {tass}\n[3]: {mt}\n"
    )
    article = tmp_path / "article.md"
    article.write_text(text, encoding="utf-8")
    done = run("extract", str(article), "--article-date", "2020-01-09", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    got = extracted(done)
    assert list(got) == [ria, tass, mt], done.stdout
    lines = [line for line in done.stdout.splitlines() if line.startswith("# ")]
    assert [line.rsplit(":", 1)[1] for line in lines] == ["15", "16", "17"], lines
    assert "outlet: RIA Novosti" in got[ria], got[ria]
    assert "date: 2020-01-09" in got[ria], got[ria]
    assert "outlet: TASS" in got[tass], got[tass]
    assert f"title: {MT_TITLE}" in got[mt], got[mt]


def test_html_export_whose_sources_are_bare_addresses_broken_by_br_gives_three_citations(
    sites: Sites, tmp_path: Path
) -> None:
    # A newsroom's HTML export keeps the seed's "sources" block as it was typed: three bare addresses in
    # one paragraph, separated by <br>, no anchors. Each is one citation, whole, with its outlet from the
    # prose.
    ria, tass, mt = sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Iraq Resumes S-300 Talks</title>'
        "</head><body><article><h1>Iraq Resumes Talks With Russia on S-300 Purchase</h1>"
        "<p>Iraq has resumed talks with Russia to buy its S-300 surface-to-air missile systems, a senior"
        " Iraqi lawmaker told the state-run RIA Novosti news agency following the U.S. killing of a top"
        " Iranian commander.</p>"
        "<p>Related article: Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?</p>"
        "<p>\u201cI told Iran's leadership to buy our more powerful S-400 and S-500 missile defense"
        " systems,\u201d the state-run TASS news agency quoted Zhirinovsky as saying.</p>"
        f"<p>{ria}<br>{tass}<br>{mt}</p>"
        "<p>Al-Haider told RIA on Thursday that Baghdad's leadership has authorized the purchase.</p>"
        "</article></body></html>"
    )
    article = tmp_path / "article.html"
    article.write_text(page, encoding="utf-8")
    done = run("extract", str(article), "--article-date", "2020-01-09", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    got = extracted(done)
    assert list(got) == [ria, tass, mt], done.stdout
    assert "outlet: RIA Novosti" in got[ria], got[ria]
    assert "outlet: TASS" in got[tass], got[tass]


def test_plain_text_export_with_addresses_in_angle_brackets_checks_the_three_stories(
    sites: Sites, tmp_path: Path
) -> None:
    # A wire desk's plain-text export writes addresses as e-mail does, in angle brackets. The brackets are
    # not part of the address: the three stories are checked and the run fails on the related article
    # only (published after the article).
    serve_datelined_three(sites)
    text = sites.article(SEED.read_text(encoding="utf-8"))
    ria, tass, mt = sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)
    assert f"{ria}\n{tass}\n{mt}\n" in text, "the fixture's replacement must reach the seed's links"
    text = text.replace(f"{ria}\n{tass}\n{mt}\n", f"<{ria}>\n<{tass}>\n<{mt}>\n")
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    code, report = check_json(tmp_path, str(article), "--article-date", "2020-01-09")
    got = by_url(report)
    assert list(got) == [ria, tass, mt], list(got)
    assert [got[u]["status"] for u in (ria, tass, mt)] == ["ok", "ok", "ok"], got
    assert [got[u]["verdict"] for u in (ria, tass, mt)] == ["pass", "pass", "fail"], got
    assert "postdates_article" in kinds(got[mt])
    assert code == 1


# --- weekdays against the article's dateline ---------------------------------------------------------------


def test_monday_dateline_dates_on_thursday_as_the_week_before(sites: Sites, tmp_path: Path) -> None:
    # The article ran on Monday 13 January 2020 (its dateline, AP style); "told RIA on Thursday" is the
    # Thursday before, the 9th: RIA's story of the 9th passes and the article's date is the 13th.
    serve_datelined_three(sites)
    text = "MOSCOW, Monday, Jan. 13, 2020\n\n" + sites.article(SEED.read_text(encoding="utf-8"))
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    _code, report = check_json(tmp_path, str(article))
    got = by_url(report)
    ria = got[sites.url(RIA, RIA_PATH)]
    assert ria["article"]["date"] == "2020-01-13", ria
    assert ria["cited"]["date"] == "2020-01-09", ria
    assert ria["verdict"] == "pass", ria["findings"]


def test_thursday_dateline_and_told_ria_on_monday_is_a_date_mismatch(sites: Sites, tmp_path: Path) -> None:
    # The text says RIA was told "on Monday" in an article of Thursday the 9th: the Monday is the 6th, three
    # days before RIA's story. The fact-checker is told the dates differ (the cited day and the page's).
    serve_datelined_three(sites)
    text = sites.article(SEED.read_text(encoding="utf-8")).replace(
        "told\nRIA on Thursday", "told\nRIA on Monday"
    )
    assert "RIA on Monday" in text, "the fixture's replacement must reach the seed's weekday"
    text = "MOSCOW, Thursday, Jan. 9, 2020\n\n" + text
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    code, report = check_json(tmp_path, str(article))
    ria = by_url(report)[sites.url(RIA, RIA_PATH)]
    assert ria["cited"]["date"] == "2020-01-06", ria
    assert "date_mismatch" in kinds(ria), ria["findings"]
    assert ria["verdict"] == "fail", ria
    assert code == 1


def test_manifest_weekday_date_under_a_monday_article_line_is_the_thursday_before(
    sites: Sites, tmp_path: Path
) -> None:
    # README: a weekday in `date:` is counted from the @article line's day. Under a Monday (13 January 2020)
    # `date: Thursday` is the 9th: RIA's story of the 9th passes.
    sites.pages[(RIA, RIA_PATH)] = datelined_ria()
    text = (
        "@article | date: 2020-01-13\n"
        f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: Thursday\n"
    )
    code, report = check_json(tmp_path, str(manifest(tmp_path, text)))
    result = only(report)
    assert result["cited"]["date"] == "2020-01-09", result
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0


# --- charsets after a redirect -----------------------------------------------------------------------------


def test_ria_sent_for_now_to_its_mobile_host_answering_in_windows_1251_reads_the_headline(
    sites: Sites, tmp_path: Path
) -> None:
    # The desktop address answers 302 (with a UTF-8 Content-Type of its own) to m.ria, which serves the story
    # in Windows-1251 declared in its header. The headline is read in Cyrillic and the citation passes.
    sites.pages[(RIA, RIA_PATH)] = redirect(
        302, sites.url(M_RIA, RIA_PATH), {"Content-Type": "text/html; charset=utf-8"}
    )
    sites.pages[(M_RIA, RIA_PATH)] = ria_1251(declared_in_header=True)
    line = f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n"
    code, report = check_json(tmp_path, str(manifest(tmp_path, line)))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["title"] == RIA_TITLE, result["title"]
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0


def test_mobile_page_in_windows_1251_under_a_wrong_utf8_header_is_read_by_its_markup(
    sites: Sites, tmp_path: Path
) -> None:
    # The mobile stack's header says UTF-8, but the bytes are Windows-1251 (they do not decode as UTF-8) and
    # the page's own http-equiv says so. A reader shown mojibake learns nothing: the headline is read in
    # Cyrillic, as the page declares, and the citation passes.
    sites.pages[(RIA, RIA_PATH)] = redirect(302, sites.url(M_RIA, RIA_PATH))
    sites.pages[(M_RIA, RIA_PATH)] = ria_1251(declared_in_header=False)
    line = f"{sites.url(RIA, RIA_PATH)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n"
    code, report = check_json(tmp_path, str(manifest(tmp_path, line)))
    result = only(report)
    assert result["title"] == RIA_TITLE, result["title"]
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0


# --- TASS's English edition for a story first published in Russian ---------------------------------------


def test_tass_english_copy_of_the_next_morning_cited_with_the_russian_originals_day_passes(
    sites: Sites, tmp_path: Path
) -> None:
    # The writer cites tass.com's English copy (run at 01:15 Moscow time on the 10th) with the day the
    # Russian original appeared on tass.ru, the 9th: within a day, so no date finding; English title, TASS.
    sites.pages[(TASS_EN, TASS_EN_PATH)] = tass_en_story("2020-01-10T01:15:00+03:00")
    line = f"{sites.url(TASS_EN, TASS_EN_PATH)} | title: {TASS_EN_TITLE} | outlet: TASS | date: 2020-01-09\n"
    code, report = check_json(tmp_path, str(manifest(tmp_path, line)))
    result = only(report)
    assert result["verdict"] == "pass", result["findings"]
    assert "date_mismatch" not in kinds(result)
    assert "outlet_mismatch" not in kinds(result)
    assert code == 0


def test_tass_english_copy_two_days_later_cited_with_the_russian_day_tells_the_english_pages_day(
    sites: Sites, tmp_path: Path
) -> None:
    # The English copy ran on the 11th; cited with the 9th, the Russian original's day. The page cited says
    # the 11th: the fact-checker is told the date differs and which day the cited page states.
    sites.pages[(TASS_EN, TASS_EN_PATH)] = tass_en_story("2020-01-11T09:30:00+03:00")
    line = f"{sites.url(TASS_EN, TASS_EN_PATH)} | title: {TASS_EN_TITLE} | outlet: TASS | date: 2020-01-09\n"
    code, report = check_json(tmp_path, str(manifest(tmp_path, line)))
    result = only(report)
    assert result["published"] == "2020-01-11", result
    found = [f for f in result["findings"] if f["kind"] == "date_mismatch"]
    assert found, result["findings"]
    assert "2020-01-11" in (found[0]["actual"] or "") + found[0]["message"], found[0]
    assert code == 1


# --- the related article moved, then gone ---------------------------------------------------------------


def test_related_article_moved_to_a_new_slug_then_the_new_slug_gone_a_year_later(
    sites: Sites, tmp_path: Path
) -> None:
    # Night 1: the related article's address answers 301 to a new slug, the story there: `moved`, suggesting
    # the new address. A year later the old address still sends there but the new slug answers 404: the
    # citation is dead, newly broken, graced under --fail-after 2 (a warning), and no longer suggests the
    # dead new address; the night after it is still broken and fails.
    old, new = sites.url(MT, MT_PATH), sites.url(MT, MT_NEW_PATH)
    line = f"{old} | title: {MT_TITLE} | outlet: The Moscow Times | date: 2024-05-02\n"
    path = manifest(tmp_path, line)
    reports: list[dict[str, Any]] = []
    codes: list[int] = []
    for night in range(3):
        sites.pages.clear()
        sites.pages[(MT, MT_PATH)] = redirect(301, new)
        if night == 0:
            sites.pages[(MT, MT_NEW_PATH)] = long_mt(MT_NEW_PATH)
        code, report = check_json(tmp_path, str(path), "--state", "state.json", "--fail-after", "2")
        codes.append(code)
        reports.append(report)
    first, second, third = (only(r) for r in reports)
    assert first["status"] == "ok", first
    moved = [f for f in first["findings"] if f["kind"] == "moved"]
    assert moved, first["findings"]
    assert moved[0]["actual"] == new, first["findings"]
    assert second["status"] == "dead", second
    assert second["verdict"] == "warn", second
    assert "moved" not in kinds(second), second["findings"]
    assert reports[1]["history"]["newly_broken"] == [old], reports[1]["history"]
    assert third["verdict"] == "fail", third
    assert reports[2]["history"]["still_broken"] == [old], reports[2]["history"]
    assert codes == [0, 0, 1]


# --- "One second, please..." checks --------------------------------------------------------------------


def wait_page(title: str, lang: str, line: str) -> Page:
    body = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta name="robots" content="noindex, nofollow"></head><body>'
        f'<div class="wrap"><h1>{title}</h1><p>{line}</p>'
        '<form id="challenge" action="/__check" method="POST"><input type="hidden" name="t" value="8f2c1e">'
        '</form></div><script src="/__check/v1/check.js"></script></body></html>'
    )
    return Page(200, body.encode())


WAITS = [
    ("One second, please\u2026", "en", "We are checking your browser before you reach the site."),
    ("Одну секунду\u2026", "ru", "Мы проверяем ваш браузер, прежде чем открыть сайт."),
    ("Eine Sekunde, bitte\u2026", "de", "Wir prüfen Ihren Browser, bevor Sie die Seite erreichen."),
    ("Un segundo, por favor\u2026", "es", "Estamos comprobando su navegador antes de acceder al sitio."),
    (
        "Une seconde, s\u2019il vous plaît\u2026",
        "fr",
        "Nous vérifions votre navigateur avant d\u2019accéder au site.",
    ),
]


@pytest.mark.parametrize(("title", "lang", "line"), WAITS, ids=["en", "ru", "de", "es", "fr"])
def test_one_second_check_in_place_of_the_story_is_a_bot_challenge(
    sites: Sites, tmp_path: Path, title: str, lang: str, line: str
) -> None:
    # The anti-bot service stands at TASS's address, titled only by its wait, while its script runs: the
    # story could not be read (blocked, bot_challenge), not a title mismatch nor a dead link.
    sites.pages[(TASS, TASS_PATH)] = wait_page(title, lang, line)
    text = f"{sites.url(TASS, TASS_PATH)} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n"
    code, report = check_json(tmp_path, str(manifest(tmp_path, text)))
    result = only(report)
    assert result["status"] == "blocked", result
    assert result["cause"] == "bot_challenge", result
    assert "title_mismatch" not in kinds(result)
    assert code == 0


def test_dated_story_headlined_one_second_is_the_story(sites: Sites, tmp_path: Path) -> None:
    # A dated column headlined "One second" (about reaction times in air defence) is a story, not a check.
    body = (
        "<p>An incoming missile gives a battery about one second to decide. Analysts explain what the S-300"
        " and S-400 radars can do in that time, and what they cannot.</p>" * 4
    )
    sites.pages[(MT, "/2020/01/09/one-second")] = html(
        "One second",
        lang="en",
        site_name="The Moscow Times",
        published="2020-01-09T12:00:00+03:00",
        body=f"<article><h1>One second</h1>{body}</article>",
    )
    text = f"{sites.url(MT, '/2020/01/09/one-second')} | title: One second | date: 2020-01-09\n"
    code, report = check_json(tmp_path, str(manifest(tmp_path, text)))
    result = only(report)
    assert result["status"] == "ok", result
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0


# --- the nightly baseline -------------------------------------------------------------------------------


def test_dead_last_night_is_still_broken_and_dead_tonight_is_newly_broken_across_a_bom_crlf_resave(
    sites: Sites, tmp_path: Path
) -> None:
    # Last night RIA's story was already gone (404); tonight TASS's is gone too, and an editor re-saved the
    # manifest in between (a byte-order mark, CRLF line ends). RIA, the first line, is the same entry:
    # still broken, not news; TASS is newly broken. The Markdown report lists only TASS under "Newly broken:".
    ria, tass, mt = sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)
    lines = noted_lines(sites)
    path = tmp_path / "sources.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sites.pages[(TASS, TASS_PATH)] = datelined_tass()
    sites.pages[(MT, MT_PATH)] = long_mt()
    _code, first = check_json(tmp_path, str(path), "--state", "state.json")
    assert by_url(first)[ria]["status"] == "dead", first
    write_bom_crlf(path, lines)
    sites.pages.pop((TASS, TASS_PATH))
    done = run(
        str(path),
        "--state",
        "state.json",
        "--format",
        "json",
        "--output",
        "markdown=summary.md",
        *COMMON,
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    history = json.loads(done.stdout)["history"]
    assert history["newly_broken"] == [tass], history
    assert history["still_broken"] == [ria], history
    assert mt not in history["newly_broken"] + history["still_broken"]
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8").splitlines()
    heads = [i for i, s in enumerate(summary) if s.strip().rstrip(":").lower().endswith("newly broken")]
    assert heads, summary
    listed = []
    for s in summary[heads[0] + 1 :]:
        if not s.strip().startswith("-"):
            break
        listed.append(s)
    assert any(tass in s for s in listed), listed
    assert not any(ria in s for s in listed), listed


def test_a_bom_on_the_first_line_does_not_make_a_dead_link_newly_broken_again(
    sites: Sites, tmp_path: Path
) -> None:
    # Two nights, nothing changed on the sites: RIA's story is gone both nights. The manifest was re-saved
    # with a BOM and CRLF between them. The second night's history has RIA still broken and no newly broken.
    ria = sites.url(RIA, RIA_PATH)
    lines = noted_lines(sites)[:1]
    path = tmp_path / "sources.txt"
    path.write_text(lines[0] + "\n", encoding="utf-8")
    check_json(tmp_path, str(path), "--state", "state.json")
    write_bom_crlf(path, lines)
    _code, report = check_json(tmp_path, str(path), "--state", "state.json")
    assert report["history"]["newly_broken"] == [], report["history"]
    assert report["history"]["still_broken"] == [ria], report["history"]
    assert only(report)["url"] == ria


# --- reports naming the manifest line ----------------------------------------------------------------------


def test_sarif_and_junit_from_a_bom_crlf_manifest_name_the_dead_citations_line(
    sites: Sites, tmp_path: Path
) -> None:
    # The manifest (BOM, CRLF, a comment on line 1) cites TASS on line 3; TASS's story is gone. SARIF's result
    # and JUnit's failing test case name line 3 and the file, with no BOM or carriage return in either.
    serve_datelined_three(sites)
    sites.pages.pop((TASS, TASS_PATH))
    tass = sites.url(TASS, TASS_PATH)
    path = write_bom_crlf(tmp_path / "sources.txt", ["# seed article, 2020-01-09", *noted_lines(sites)])
    done = run(
        str(path),
        "--format",
        "sarif",
        "--output",
        "junit=report.xml",
        *COMMON,
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    sarif = json.loads(done.stdout)
    results = sarif["runs"][0]["results"]
    assert len(results) == 1, results
    location = results[0]["locations"][0]["physicalLocation"]
    assert location["region"]["startLine"] == 3, location
    uri = location["artifactLocation"]["uri"]
    assert uri.endswith("sources.txt"), uri
    assert "\ufeff" not in uri, uri
    tree = ET.parse(tmp_path / "report.xml")
    failing = [case for case in tree.iter("testcase") if case.find("failure") is not None]
    assert [case.get("name") for case in failing] == [f"line 3: {tass}"], [c.get("name") for c in failing]
    names = [case.get("name") or "" for case in tree.iter("testcase")]
    assert len(names) == 3, names
    assert not any("\r" in n or "\ufeff" in n for n in names), names


def test_one_address_cited_on_two_lines_both_dead_gives_two_sarif_results(
    sites: Sites, tmp_path: Path
) -> None:
    # docs/ci.md: two places citing one URL are two alerts. RIA's gone story cited on lines 1 and 3 (once for
    # its headline, once for the quote): two results, lines 1 and 3, distinct fingerprints.
    sites.pages[(TASS, TASS_PATH)] = datelined_tass()
    ria = sites.url(RIA, RIA_PATH)
    text = (
        f"{ria} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n"
        f"{sites.url(TASS, TASS_PATH)} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n"
        f"{ria} | outlet: RIA Novosti | quote: renewed negotiations on an S-300 contract\n"
    )
    done = run(str(manifest(tmp_path, text)), "--format", "sarif", *COMMON, cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    results = json.loads(done.stdout)["runs"][0]["results"]
    lines = sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results)
    assert lines == [1, 3], results
    prints = {json.dumps(r["partialFingerprints"], sort_keys=True) for r in results}
    assert len(prints) == 2, results


def test_blocked_citation_in_junit_is_no_failure_and_says_why_in_system_out(
    sites: Sites, tmp_path: Path
) -> None:
    # TASS's address answers a plain 403 refusal: `blocked` only warns by default, so JUnit has no <failure>
    # for it; its test case, named by its line, carries the reason in <system-out> (docs/ci.md).
    serve_datelined_three(sites)
    sites.pages[(TASS, TASS_PATH)] = Page(
        403, b"<html><head><title>403 Forbidden</title></head><body>Forbidden</body></html>"
    )
    path = write_bom_crlf(tmp_path / "sources.txt", noted_lines(sites)[:2])
    done = run(str(path), "--format", "junit", *COMMON, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    tree = ET.fromstring(done.stdout)
    cases = {case.get("name"): case for case in tree.iter("testcase")}
    tass_case = cases.get(f"line 2: {sites.url(TASS, TASS_PATH)}")
    assert tass_case is not None, list(cases)
    assert tass_case.find("failure") is None
    out = tass_case.find("system-out")
    assert out is not None, ET.tostring(tass_case, encoding="unicode")
    assert "403" in (out.text or ""), out.text


# --- the seed article checked directly ----------------------------------------------------------------------


def test_seed_article_with_ria_on_its_1251_mobile_host_and_the_related_article_moved(
    sites: Sites, tmp_path: Path
) -> None:
    # The seed article checked directly: RIA's address sends the reader for now to m.ria in Windows-1251,
    # TASS as cited, the related article moved for good to a new slug. RIA and TASS pass; the related
    # article is moved there and fails only on postdating the article.
    sites.pages[(RIA, RIA_PATH)] = redirect(302, sites.url(M_RIA, RIA_PATH))
    sites.pages[(M_RIA, RIA_PATH)] = ria_1251(declared_in_header=True)
    sites.pages[(TASS, TASS_PATH)] = datelined_tass()
    sites.pages[(MT, MT_PATH)] = redirect(301, sites.url(MT, MT_NEW_PATH))
    sites.pages[(MT, MT_NEW_PATH)] = long_mt(MT_NEW_PATH)
    article = tmp_path / "article.txt"
    article.write_text(sites.article(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    code, report = check_json(tmp_path, str(article), "--article-date", "2020-01-09")
    got = by_url(report)
    ria, tass, mt = (
        got[sites.url(RIA, RIA_PATH)],
        got[sites.url(TASS, TASS_PATH)],
        got[sites.url(MT, MT_PATH)],
    )
    assert ria["title"] == RIA_TITLE, ria
    assert ria["verdict"] == "pass", ria["findings"]
    assert tass["verdict"] == "pass", tass
    assert "moved" in kinds(mt), mt["findings"]
    assert "postdates_article" in kinds(mt), mt["findings"]
    assert "title_mismatch" not in kinds(mt)
    assert [r["line"] for r in report["results"]] == [17, 18, 19]
    assert code == 1


def test_seed_article_checked_directly_with_tass_behind_a_one_second_check(
    sites: Sites, tmp_path: Path
) -> None:
    # The seed article checked directly while TASS's address shows the English "One second, please…" check:
    # TASS is blocked (a bot challenge, a warning), RIA passes, and the run fails only on the related article
    # postdating the article, at its line.
    serve_datelined_three(sites)
    sites.pages[(TASS, TASS_PATH)] = wait_page(*WAITS[0])
    article = tmp_path / "article.txt"
    article.write_text(sites.article(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    code, report = check_json(tmp_path, str(article), "--article-date", "2020-01-09")
    assert [(r["line"], r["status"], r["verdict"]) for r in report["results"]] == [
        (17, "ok", "pass"),
        (18, "blocked", "warn"),
        (19, "ok", "fail"),
    ], report["results"]
    assert report["results"][1]["cause"] == "bot_challenge", report["results"][1]
    assert code == 1
