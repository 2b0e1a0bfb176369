"""Held-out probe (seed1, fortieth session): the seed article's own path, end to end, as a fact-checker.

Written from README.md (its quick start, ``linkcheck sources.txt`` and ``linkcheck extract article.txt``
blocks), docs/api.md, docs/ci.md, docs/sources-format.md, docs/articles.md, docs/json-schema.md,
docs/security.md, ``linkcheck --help``, ``linkcheck extract --help`` and the earlier probes' docstrings,
before any code under ``src/`` was read, and committed before any change there.

The seed article (``/work/shared/seed/article.txt``) cites a RIA Novosti report, a TASS report and a Moscow
Times "related article". The pages here are written by this test in the shapes those outlets use (their
URL shapes as the article cites them, head metadata, JSON-LD, bylines, Moscow time) and played in the states
a cited page goes through over years: as cited; its headline edited; moved by a 301; the English edition
instead of the Russian; deleted (404, a soft 404 in Russian); replaced by another story; a wall.

Mapping the outlets' hosts to loopback. The docs offer no way to point ``ria.ru`` at 127.0.0.1 (no
``--resolve``; the session ignores ``HTTP(S)_PROXY``; only the system's ``/etc/hosts``, which a test must not
edit). They do say (docs/security.md) that a name under ``localhost`` is this machine's loopback "without a
lookup". So the probe keeps each outlet's own name label and path and moves it under ``localhost``:
``https://ria.ru/20200109/1563219328.html`` is played as ``http://ria.localhost:PORT/20200109/1563219328.html``
(``--allow-private`` lets linkcheck fetch it). No name is ever sent to a resolver: nothing here touches the
internet. ``linkcheck extract`` on the original article needs no network and is run on it as it is.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from linkcheck import (
    Config,
    PartialDate,
    Result,
    Severity,
    Status,
    Verdict,
    check,
    extract_citations,
    iter_check,
    parse_sources,
)
from tests.site_server import Page, SiteServer, serve

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
SEED = Path("/work/shared/seed/article.txt")
HTML = {"Content-Type": "text/html; charset=utf-8"}

RIA_PATH = "/20200109/1563219328.html"
TASS_PATH = "/politika/7487995"
MT_SLUG = "will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
MT_PATH = f"/2024/05/02/{MT_SLUG}"
MT_NEW_PATH = f"/2024/05/02/{MT_SLUG}-a85112"
TASS_EN_PATH = "/politics/1106217"

RIA_TITLE = "Ирак возобновил переговоры с Россией о покупке С-300"
RIA_EDITED = "В Ираке заявили о возобновлении переговоров с Россией по С-300"
TASS_TITLE = "Жириновский посоветовал Ирану купить российские С-400 и С-500"
TASS_EN_TITLE = "Zhirinovsky advises Iran to buy Russian S-400 and S-500 systems"
MT_TITLE = "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"
MT_EDITED = "Iraq Eyes Russian Air Defense Systems as Regional Tensions Mount"

RU_PROSE = (
    "Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем С-300, сообщил РИА Новости "
    "председатель комитета по безопасности и обороне иракского парламента. По его словам, руководство "
    "страны одобрило закупку, однако на какой стадии находятся переговоры, ему неизвестно. "
)


def ria_page(title: str = RIA_TITLE, published: str = "2020-01-09T11:09:00+03:00") -> Page:
    """A RIA Novosti story as its CMS emits it: title with the site and the day, OG, JSON-LD, Moscow time."""
    day = published[8:10] + "." + published[5:7] + "." + published[:4]
    hhmm = published[11:16]
    body = f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{title} - РИА Новости, {day}</title>
<meta name="description" content="{title}. Читайте далее на сайте РИА Новости">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="РИА Новости">
<meta property="og:url" content="https://ria.ru{RIA_PATH}">
<meta property="article:published_time" content="{published}">
<link rel="canonical" href="https://ria.ru{RIA_PATH}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{title}","datePublished":"{published}","dateModified":"{published}",
"author":{{"@type":"Organization","name":"РИА Новости"}},
"publisher":{{"@type":"Organization","name":"РИА Новости"}}}}</script>
</head><body><div class="layout-article"><div class="article__header">
<div class="article__info"><div class="article__info-date">
<a href="/{published[:4]}{published[5:7]}{published[8:10]}/">{hhmm} {day}</a></div></div>
<h1 class="article__title">{title}</h1></div>
<div class="article__body"><div class="article__text">
<strong>МОСКВА, 9 янв — РИА Новости.</strong> {RU_PROSE * 3}</div></div>
</div></body></html>"""
    return Page(200, body.encode(), HTML)


def tass_page(title: str = TASS_TITLE, published: str = "2020-01-08T19:41:00+03:00") -> Page:
    """A TASS story: OG, JSON-LD NewsArticle, the ``/TASS/`` dateline, site name ``ТАСС``."""
    body = f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{title} - ТАСС</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="ТАСС">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"{title}","datePublished":"{published}",
"publisher":{{"@type":"Organization","name":"ТАСС","url":"https://tass.ru"}}}}</script>
</head><body><main><article>
<h1 class="news-header__title">{title}</h1>
<div class="text-content"><p>МОСКВА, 8 января. /ТАСС/. Лидер ЛДПР Владимир Жириновский посоветовал
руководству Ирана купить российские системы С-400 и С-500 и открыть воздушные, морские и сухопутные базы,
как в Сирии. {RU_PROSE}</p></div></article></main></body></html>"""
    return Page(200, body.encode(), HTML)


def tass_en_page() -> Page:
    """TASS's English edition of the same story (the site name ``TASS``, English, the same Moscow day)."""
    body = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{TASS_EN_TITLE} - Politics &amp; Diplomacy - TASS</title>
<meta property="og:title" content="{TASS_EN_TITLE}">
<meta property="og:site_name" content="TASS">
<meta property="article:published_time" content="2020-01-08T20:15:00+03:00">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"{TASS_EN_TITLE}","datePublished":"2020-01-08T20:15:00+03:00"}}</script>
</head><body><article><h1>{TASS_EN_TITLE}</h1>
<p>MOSCOW, January 8. /TASS/. Leader of the Liberal Democratic Party of Russia Vladimir Zhirinovsky has
advised Iran's leadership to buy Russia's S-400 and S-500 systems and to open air, naval and land bases
like in Syria, he told reporters on Wednesday.</p></article></body></html>"""
    return Page(200, body.encode(), HTML)


def mt_page(title: str = MT_TITLE, path: str = MT_PATH) -> Page:
    """A Moscow Times story: OG, JSON-LD with a byline, Moscow time."""
    body = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} - The Moscow Times</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Moscow Times">
<meta property="og:url" content="https://www.themoscowtimes.com{path}">
<meta property="article:published_time" content="2024-05-02T13:05:00+03:00">
<meta name="author" content="Pjotr Sauer">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{title}","datePublished":"2024-05-02T13:05:00+03:00",
"author":[{{"@type":"Person","name":"Pjotr Sauer"}}],
"publisher":{{"@type":"Organization","name":"The Moscow Times"}}}}</script>
</head><body><article class="article">
<header><h1>{title}</h1><div class="byline">By Pjotr Sauer · May 2, 2024</div></header>
<div class="article__content"><p>Baghdad has long sought to diversify its air defenses, and analysts say the
strikes have renewed interest in Russian systems despite the threat of U.S. sanctions.</p>
<p>Iraq bought Russian helicopters and tanks over the past decade, officials said.</p></div>
</article></body></html>"""
    return Page(200, body.encode(), HTML)


RU_SOFT_404 = Page(
    200,
    """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Страница не найдена - ТАСС</title>
<meta property="og:site_name" content="ТАСС"></head><body><main><h1>Страница не найдена</h1>
<p>Такой страницы нет. Возможно, она была удалена или вы ошиблись при вводе адреса.</p>
<p><a href="/">Перейти на главную</a></p></main></body></html>""".encode(),
    HTML,
)

CAPTCHA = Page(
    200,
    """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Ой!</title></head><body>
<h1>Подтвердите, что запросы отправляли вы, а не робот</h1>
<form action="/checkcaptcha"><p>Нам очень жаль, но запросы с вашего устройства похожи на автоматические.</p>
<input name="rep"></form></body></html>""".encode(),
    HTML,
)


def replaced_ria() -> Page:
    """The RIA address now serving another story (a CMS that reused the id): 2023, about the ruble."""
    return ria_page("Курс доллара опустился ниже 80 рублей впервые с июля", "2023-06-15T10:02:00+03:00")


def routes(**over: Page) -> dict[str, Page]:
    base = {RIA_PATH: ria_page(), TASS_PATH: tass_page(), MT_PATH: mt_page()}
    for key, page in over.items():
        base[{"ria": RIA_PATH, "tass": TASS_PATH, "mt": MT_PATH}.get(key, key)] = page
    return base


def hosts(server: SiteServer) -> dict[str, str]:
    port = server.server_address[1]
    return {
        "ria": f"http://ria.localhost:{port}",
        "tass": f"http://tass.localhost:{port}",
        "mt": f"http://www.themoscowtimes.localhost:{port}",
        "tass_en": f"http://tass.com.localhost:{port}",
    }


def local_article(server: SiteServer) -> str:
    """The seed article, its three links moved under ``localhost`` (same labels, same paths)."""
    h = hosts(server)
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("https://ria.ru", h["ria"]).replace("https://tass.ru", h["tass"])
    return text.replace("https://www.themoscowtimes.com", h["mt"])


def manifest(server: SiteServer, *, ria_title: str | None = None) -> str:
    """The repository's sources.txt, its links moved under ``localhost`` (comments and lines kept)."""
    h = hosts(server)
    text = (ROOT / "sources.txt").read_text(encoding="utf-8")
    text = text.replace("https://ria.ru", h["ria"]).replace("https://tass.ru", h["tass"])
    text = text.replace("https://www.themoscowtimes.com", h["mt"])
    if ria_title is not None:
        text = text.replace("| outlet: RIA Novosti |", f"| title: {ria_title} | outlet: RIA Novosti |")
    return text


def run(
    *args: str | Path, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
        input=stdin,
    )


def check_json(path: Path, *extra: str, cwd: Path | None = None) -> tuple[int, dict[str, Any]]:
    done = run(path, "--allow-private", "--format", "json", "--retries", "0", *extra, cwd=cwd)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, json.loads(done.stdout)


def by_path(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for result in report["results"]:
        path = re.sub(r"^https?://[^/]+", "", result["url"])
        out[path] = result
    return out


def kinds(result: dict[str, Any]) -> dict[str, str]:
    return {f["kind"]: f["severity"] for f in result["findings"]}


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with serve(routes()) as server:
        yield server


# --- the article as it is: linkcheck extract, no network ----------------------------------------------------


def test_extract_the_seed_article_as_the_readme_shows() -> None:
    """README's block: outlets from the prose, the RIA date from "on Thursday", the MT title from the
    "Related article:" line, each under its article line."""
    done = run("extract", "article.txt", "--article-date", "2020-01-09", cwd=SEED.parent)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert lines[0].startswith("@article")
    assert "date: 2020-01-09" in lines[0]
    out = done.stdout
    assert (
        "# article.txt:17\nhttps://ria.ru/20200109/1563219328.html | date: 2020-01-09 | outlet: RIA Novosti"
        in out
    )
    assert "# article.txt:18\nhttps://tass.ru/politika/7487995 | outlet: TASS" in out
    assert f"# article.txt:19\nhttps://www.themoscowtimes.com{MT_PATH} | title: {MT_TITLE}" in out
    assert "note: Related article" in out


def test_extract_reads_back_as_a_manifest_with_the_same_citations(tmp_path: Path) -> None:
    """What ``extract`` writes is a sources.txt: parse_sources reads it back to the citations it came from."""
    out = tmp_path / "sources.txt"
    done = run("extract", SEED, "--article-date", "2020-01-09", "-o", out)
    assert done.returncode == 0, done.stderr
    read = parse_sources(out.read_text(encoding="utf-8"), source="sources.txt")
    direct = extract_citations(SEED.read_text(encoding="utf-8"), article_date=PartialDate.parse("2020-01-09"))
    assert [(c.url, c.title, c.date, c.outlet) for c in read] == [
        (c.url, c.title, c.date, c.outlet) for c in direct
    ]
    assert [c.outlet for c in direct] == ["RIA Novosti", "TASS", None]


def test_extract_without_the_article_date_dates_nothing_by_weekday() -> None:
    """The article states no date: "on Thursday" cannot date the RIA report, and nothing is invented."""
    citations = extract_citations(SEED.read_text(encoding="utf-8"))
    assert [c.date for c in citations] == [None, None, None]
    assert all(c.article is None or c.article.date is None for c in citations)


# --- the article checked directly (outlets under localhost) -------------------------------------------------


def test_article_checked_directly_as_cited(site: SiteServer, tmp_path: Path) -> None:
    """RIA and TASS pass (РИА Новости = RIA Novosti, ТАСС = TASS); the MT related article postdates the
    article by four years and fails the run; each result names article.txt and its line."""
    art = tmp_path / "article.txt"
    art.write_text(local_article(site), encoding="utf-8")
    code, report = check_json(art, "--article-date", "2020-01-09")
    assert code == 1
    got = by_path(report)
    ria, tass, mt = got[RIA_PATH], got[TASS_PATH], got[MT_PATH]
    assert (ria["source"], ria["line"]) == ("article.txt", 17) or ria["source"].endswith("article.txt")
    assert [ria["line"], tass["line"], mt["line"]] == [17, 18, 19]
    assert ria["cited"]["outlet"] == "RIA Novosti"
    assert ria["site_name"] == "РИА Новости"
    assert ria["findings"] == [], ria
    assert ria["verdict"] == "pass"
    assert tass["cited"]["outlet"] == "TASS"
    assert tass["verdict"] == "pass", tass
    assert mt["cited"]["title"] == MT_TITLE
    assert kinds(mt).get("postdates_article") == "fail"
    assert mt["verdict"] == "fail"
    assert report["summary"]["fail"] == 1
    assert report["summary"]["pass"] == 2


def test_article_text_report_names_each_citation(site: SiteServer, tmp_path: Path) -> None:
    """The text report a fact-checker reads: FAIL article.txt:19, the URL, the finding, both dates."""
    art = tmp_path / "article.txt"
    art.write_text(local_article(site), encoding="utf-8")
    done = run(art, "--allow-private", "--article-date", "2020-01-09", "--retries", "0")
    assert done.returncode == 1, done.stderr
    fail = [line for line in done.stdout.splitlines() if "FAIL" in line]
    assert any("article.txt:19" in line and MT_PATH in line for line in fail), done.stdout
    assert "postdates_article" in done.stdout
    assert "2024-05-02" in done.stdout
    assert "2020-01-09" in done.stdout
    assert "3 citations: 2 pass, 0 warn, 1 fail" in done.stdout


def test_article_markdown_report(site: SiteServer, tmp_path: Path) -> None:
    art = tmp_path / "article.txt"
    art.write_text(local_article(site), encoding="utf-8")
    md = tmp_path / "summary.md"
    done = run(
        art, "--allow-private", "--article-date", "2020-01-09", "--retries", "0", "--output", f"markdown={md}"
    )
    assert done.returncode == 1, done.stderr
    text = md.read_text(encoding="utf-8")
    assert MT_PATH in text
    assert "postdates_article" in text
    assert "|" in text  # a table


def test_article_without_its_date_does_not_fail_the_related_article(site: SiteServer, tmp_path: Path) -> None:
    """Without --article-date (the article states none) nothing says the MT story postdates it."""
    art = tmp_path / "article.txt"
    art.write_text(local_article(site), encoding="utf-8")
    code, report = check_json(art)
    got = by_path(report)
    assert "postdates_article" not in kinds(got[MT_PATH])
    assert code == 0
    assert report["summary"]["fail"] == 0


def test_article_on_stdin_with_its_date(site: SiteServer) -> None:
    done = run(
        "-",
        "--allow-private",
        "--article-date",
        "2020-01-09",
        "--input-format",
        "text",
        "--format",
        "json",
        "--retries",
        "0",
        stdin=local_article(site),
    )
    assert done.returncode == 1, done.stderr
    got = by_path(json.loads(done.stdout))
    assert kinds(got[MT_PATH]).get("postdates_article") == "fail"
    assert got[RIA_PATH]["verdict"] == "pass"


# --- the manifest over the years ----------------------------------------------------------------------------


def write_manifest(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_manifest_as_cited(site: SiteServer, tmp_path: Path) -> None:
    code, report = check_json(write_manifest(tmp_path, manifest(site)))
    got = by_path(report)
    assert code == 1
    assert [got[RIA_PATH]["line"], got[TASS_PATH]["line"], got[MT_PATH]["line"]] == [11, 15, 19]
    assert got[RIA_PATH]["verdict"] == "pass"
    assert got[RIA_PATH]["published"] == "2020-01-09"
    assert got[TASS_PATH]["verdict"] == "pass"
    assert got[TASS_PATH]["site_name"] == "ТАСС"
    assert got[MT_PATH]["verdict"] == "fail"
    assert set(kinds(got[MT_PATH])) == {"postdates_article"}
    assert report["schema"] == "linkcheck/1"


@pytest.mark.xfail(
    strict=True,
    reason="by design since an earlier batch: a different headline at the cited address dated the cited day "
    "is 'headline rewritten (an A/B test, an update)?', a title_mismatch that warns; the probe (from the "
    "docs, which did not say so) asked a failure. docs/json-schema.md now says it; left as found",
)
def test_ria_headline_edited_by_the_outlet(tmp_path: Path) -> None:
    """The cited headline is not the page's any more, and the numeric RIA address spells neither: a
    title_mismatch that fails, its message quoting both headlines."""
    with serve(routes(ria=ria_page(RIA_EDITED))) as server:
        code, report = check_json(write_manifest(tmp_path, manifest(server, ria_title=RIA_TITLE)))
    ria = by_path(report)[RIA_PATH]
    assert code == 1
    assert kinds(ria).get("title_mismatch") == "fail", ria["findings"]
    finding = next(f for f in ria["findings"] if f["kind"] == "title_mismatch")
    assert finding["expected"] == RIA_TITLE
    assert finding["actual"] == RIA_EDITED


def test_mt_headline_edited_but_the_slug_spells_the_cited_one(tmp_path: Path) -> None:
    """The Moscow Times edited its headline; the address's slug still spells the cited one: title_changed
    (info), never a title_mismatch."""
    with serve(routes(mt=mt_page(MT_EDITED))) as server:
        _code, report = check_json(write_manifest(tmp_path, manifest(server)), "--article-date", "2024-05-10")
    mt = by_path(report)[MT_PATH]
    assert "title_mismatch" not in kinds(mt), mt["findings"]
    assert kinds(mt).get("title_changed") == "info"
    assert mt["title"] == MT_EDITED


def test_mt_moved_by_301(tmp_path: Path) -> None:
    """The Moscow Times moved the story to an address with an id suffix: moved (warn), suggesting it;
    the related article still postdates the citing one."""
    with serve(routes()) as server:
        h = hosts(server)
        server.routes[MT_PATH] = Page(301, b"", {"Location": f"{h['mt']}{MT_NEW_PATH}"})
        server.routes[MT_NEW_PATH] = mt_page(path=MT_NEW_PATH)
        code, report = check_json(write_manifest(tmp_path, manifest(server)))
    mt = by_path(report)[MT_PATH]
    assert code == 1
    assert kinds(mt).get("moved") == "warn"
    moved = next(f for f in mt["findings"] if f["kind"] == "moved")
    assert MT_NEW_PATH in (moved["actual"] or "")
    assert MT_NEW_PATH in moved["message"]
    assert kinds(mt).get("postdates_article") == "fail"


def test_tass_sends_the_english_edition_instead_of_the_russian(tmp_path: Path) -> None:
    """The cited Russian report now redirects to TASS's English edition: same outlet (TASS), same Moscow day;
    reachable and never an outlet or date mismatch."""
    with serve(routes()) as server:
        h = hosts(server)
        server.routes[TASS_PATH] = Page(301, b"", {"Location": f"{h['tass_en']}{TASS_EN_PATH}"})
        server.routes[TASS_EN_PATH] = tass_en_page()
        text = manifest(server).replace("| outlet: TASS |", "| outlet: TASS | date: 2020-01-08 |")
        _code, report = check_json(write_manifest(tmp_path, text))
    tass = by_path(report)[TASS_PATH]
    assert tass["status"] == "ok", tass
    assert "outlet_mismatch" not in kinds(tass), tass["findings"]
    assert "date_mismatch" not in kinds(tass), tass["findings"]
    assert tass["verdict"] != "fail"


def test_ria_deleted_404_and_tass_soft_404_in_russian(tmp_path: Path) -> None:
    with serve(routes(ria=Page(404, b"<html><title>404</title></html>", HTML), tass=RU_SOFT_404)) as server:
        code, report = check_json(write_manifest(tmp_path, manifest(server)), "--exclude", "themoscowtimes")
    got = by_path(report)
    assert code == 1
    assert (got[RIA_PATH]["status"], got[RIA_PATH]["verdict"]) == ("dead", "fail")
    assert (got[TASS_PATH]["status"], got[TASS_PATH]["verdict"]) == ("soft_404", "fail"), got[TASS_PATH]


def test_ria_replaced_by_another_story(tmp_path: Path) -> None:
    """The RIA address serves a 2023 story about the ruble: the cited day 2020-01-09 is not its date."""
    with serve(routes(ria=replaced_ria())) as server:
        code, report = check_json(write_manifest(tmp_path, manifest(server)))
    ria = by_path(report)[RIA_PATH]
    assert code == 1
    assert ria["verdict"] == "fail"
    assert kinds(ria).get("date_mismatch") == "fail", ria["findings"]
    finding = next(f for f in ria["findings"] if f["kind"] == "date_mismatch")
    assert "2020-01-09" in finding["message"]
    assert "2023-06-15" in finding["message"]


def test_tass_behind_a_captcha_wall_warns_and_passes_the_run(tmp_path: Path) -> None:
    """A redirect to a captcha (``/showcaptcha?retpath=...``): blocked, warn; the run still exits 0."""
    with serve(routes()) as server:
        h = hosts(server)
        server.routes[TASS_PATH] = Page(
            302, b"", {"Location": f"{h['tass']}/showcaptcha?retpath={h['tass']}{TASS_PATH}"}
        )
        server.routes["/showcaptcha"] = CAPTCHA
        code, report = check_json(write_manifest(tmp_path, manifest(server)), "--exclude", "themoscowtimes")
    tass = by_path(report)[TASS_PATH]
    assert (tass["status"], tass["verdict"]) == ("blocked", "warn"), tass
    assert code == 0


def test_cited_outlet_wrong(tmp_path: Path) -> None:
    """Left alone: a citation naming another agency (Interfax) for the RIA page is an outlet_mismatch."""
    with serve(routes()) as server:
        text = manifest(server).replace("outlet: RIA Novosti", "outlet: Interfax")
        code, report = check_json(write_manifest(tmp_path, text), "--exclude", "themoscowtimes")
    ria = by_path(report)[RIA_PATH]
    assert kinds(ria).get("outlet_mismatch") == "fail", ria["findings"]
    assert code == 1


# --- dates in Moscow time -----------------------------------------------------------------------------------


def test_moscow_small_hours_are_the_moscow_day(tmp_path: Path) -> None:
    """Published 00:40 Moscow time on 9 January (21:40 UTC on the 8th): the outlet's day is the 9th, which the
    article cites; with no tolerance it must still pass."""
    with serve(routes(ria=ria_page(published="2020-01-09T00:40:00+03:00"))) as server:
        code, report = check_json(
            write_manifest(tmp_path, manifest(server)), "--date-tolerance", "0", "--exclude", "themoscowtimes"
        )
    ria = by_path(report)[RIA_PATH]
    assert ria["published"] == "2020-01-09"
    assert "date_mismatch" not in kinds(ria), ria["findings"]
    assert code == 0


def test_moscow_day_after_is_a_mismatch_at_zero_tolerance(tmp_path: Path) -> None:
    """Left alone: 00:40 Moscow time on 10 January is the 10th (21:40 UTC on the 9th): not the cited day."""
    with serve(routes(ria=ria_page(published="2020-01-10T00:40:00+03:00"))) as server:
        code, report = check_json(
            write_manifest(tmp_path, manifest(server)), "--date-tolerance", "0", "--exclude", "themoscowtimes"
        )
    ria = by_path(report)[RIA_PATH]
    assert ria["published"] == "2020-01-10"
    assert kinds(ria).get("date_mismatch") == "fail"
    assert code == 1


# --- the library --------------------------------------------------------------------------------------------


def test_library_check_and_iter_check_agree(site: SiteServer) -> None:
    citations = parse_sources(manifest(site), source="sources.txt")
    config = Config(allow_private=True, retries=0)
    report = check(citations, config)
    assert [r.citation.line for r in report.results] == [11, 15, 19]
    assert report.exit_code == 1
    verdicts = {r.citation.url: r.verdict for r in report.results}
    streamed: dict[str, Result] = {r.citation.url: r for r in iter_check(citations, config)}
    assert {u: r.verdict for u, r in streamed.items()} == verdicts
    mt = next(r for r in report.results if r.citation.url.endswith(MT_PATH))
    assert mt.verdict is Verdict.FAIL
    assert mt.status is Status.OK
    assert [(f.kind.value, f.severity) for f in mt.findings] == [("postdates_article", Severity.FAIL)]


def test_library_extract_then_check(site: SiteServer) -> None:
    citations = extract_citations(
        local_article(site), source="article.txt", article_date=PartialDate.parse("2020-01-09")
    )
    assert [c.outlet for c in citations] == ["RIA Novosti", "TASS", None]
    report = check(citations, Config(allow_private=True, retries=0))
    assert [r.verdict for r in report.results] == [Verdict.PASS, Verdict.PASS, Verdict.FAIL]
    assert "postdates_article" in report.render("markdown")
    assert json.loads(report.render("json"))["summary"]["fail"] == 1
