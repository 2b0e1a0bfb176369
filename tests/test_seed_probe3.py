"""Held-out probe (seed3, forty-second session): the seed article's three citations over years.

Written from README.md, docs/ (api, ci, sources-format, articles, json-schema, security), ``linkcheck
--help``, ``linkcheck extract --help`` and the earlier probes' docstrings, before any code under ``src/`` was
read, and committed before any change there. The first probe (``tests/test_seed_probe.py``) played the seed
article's pages in the states a cited page goes through (edited, moved once, 404, a soft 404, a wall); the
second (``tests/test_seed_probe2.py``) the article as a newsroom keeps it. This one plays what happens to the
three citations of ``/work/shared/seed/article.txt`` over the years after: RIA Novosti's page moved to a new
URL scheme by a chain of redirects (ending on the story, on the outlet's archive host, on the archive's index,
on a 404); TASS's English page replaced by another story under the same address (cited with a title and a
date, and cited as the seed cites TASS, by its outlet alone); The Moscow Times' related article behind a
consent wall, then a paywall (a ``402``, a redirect to ``/subscribe``), then ``410``, over nights of a kept
``--state``; RIA's owner renaming the outlet in the page's site name (at the cited address, and after a
redirect to the new brand's domain); the cited date given as the UTC day of a story stamped in Moscow time,
at zero tolerance; and the seed2 probe's leftover, ``told RIA Novosti in Moscow``, through ``linkcheck
extract`` and a direct check.

Hosts are mapped to loopback as docs/security.md says: a name under ``localhost`` is this machine's loopback
without a lookup, let through with ``--allow-private``. One server on 127.0.0.1 answers every name by its
``Host`` header. Expectations are what the docs promise or, where they are silent, what a fact-checker using a
mature tool expects: each result at its file and line, the status and findings the docs define, exit codes
as documented (0, 1, 2). Every wait is bounded; nothing is timed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.site_server import Page, SiteServer, serve

SRC = Path(__file__).resolve().parents[1] / "src"

RIA_PATH = "/20200109/1563219328.html"
TASS_EN_PATH = "/politics/1106023"
MT_PATH = "/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
MT_TITLE = "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"
RIA_TITLE = "Ирак возобновил переговоры с Россией о покупке С-300"


# --- the server ---


#: What a (host, path) with no page gets.
NOT_HERE = Page(404, b"<html><head><title>404</title></head><body>Not here</body></html>")


class Sites:
    """One loopback server (``tests.site_server``) playing every outlet's host (``ria.localhost``,
    ``tass.localhost``...): its pages by (host name, path)."""

    def __init__(self, server: SiteServer, routes: dict[tuple[str, str], Page]) -> None:
        self.server = server
        self.routes = routes
        self.port = server.port

    def url(self, host: str, path: str) -> str:
        return self.server.url(path, host)

    def page(self, host: str, path: str, body: str, status: int = 200) -> None:
        self.routes[(host, path)] = Page(status, body.encode("utf-8"))

    def redirect(self, host: str, path: str, location: str, status: int = 301) -> None:
        self.routes[(host, path)] = Page(
            status, b"", {"Location": location, "Content-Type": "text/html; charset=utf-8"}
        )


@pytest.fixture(scope="module")
def _server() -> Iterator[tuple[SiteServer, dict[tuple[str, str], Page]]]:
    routes: dict[tuple[str, str], Page] = {}
    with serve(answer=lambda request: routes.get((request.host, request.route), NOT_HERE)) as server:
        yield server, routes


@pytest.fixture
def sites(_server: tuple[SiteServer, dict[tuple[str, str], Page]]) -> Sites:
    server, routes = _server
    routes.clear()
    with server.lock:
        server.hits.clear()
        server.requests.clear()
    return Sites(server, routes)


# --- pages in the outlets' shapes ---


def _paragraphs(lang: str) -> str:
    if lang == "ru":
        words = (
            "Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем С-300, сообщил "
            "председатель комитета иракского парламента по безопасности и обороне. По его словам, "
            "переговоры были приостановлены после угроз санкциями со стороны США."
        )
    else:
        words = (
            "The talks had been suspended over threats of sanctions, the chairman of the parliament's "
            "defence committee said, adding that the leadership had authorised the purchase in principle "
            "and that pushback was expected from Washington on the matter."
        )
    return "\n".join(f"<p>{words} ({n})</p>" for n in range(1, 7))


def news_page(
    *,
    title: str,
    published: str,
    site_name: str,
    canonical: str,
    lang: str = "ru",
    modified: str | None = None,
    footer: str = "",
    shown_date: str = "",
) -> str:
    """A story page as RIA Novosti, TASS and The Moscow Times print one: OG, JSON-LD, a byline, a footer."""
    ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": published,
        "mainEntityOfPage": canonical,
        "publisher": {"@type": "Organization", "name": site_name},
    }
    if modified:
        ld["dateModified"] = modified
    modified_meta = f'<meta property="article:modified_time" content="{modified}">' if modified else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>
<meta charset="utf-8">
<title>{title} - {site_name}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site_name}">
<meta property="og:url" content="{canonical}">
<meta property="article:published_time" content="{published}">
{modified_meta}
<link rel="canonical" href="{canonical}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<header><a href="/">{site_name}</a></header>
<main><article>
<h1>{title}</h1>
<div class="article__info"><time datetime="{published}">{shown_date or published[:10]}</time></div>
{_paragraphs(lang)}
</article></main>
<footer>{footer}<p>© {site_name}</p></footer>
</body></html>
"""


def ria_story(sites: Sites, host: str, path: str, **kwargs: Any) -> None:
    kwargs.setdefault("title", RIA_TITLE)
    kwargs.setdefault("published", "2020-01-09T10:42:00+03:00")
    kwargs.setdefault("site_name", "РИА Новости")
    kwargs.setdefault("shown_date", "10:42 09.01.2020")
    sites.page(host, path, news_page(canonical=sites.url(host, path), **kwargs))


# --- running the command ---


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    cwd: Path

    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.stdout)
        return data

    def results(self) -> list[dict[str, Any]]:
        results: list[dict[str, Any]] = self.json()["results"]
        return results

    def read(self, name: str) -> str:
        return (self.cwd / name).read_text(encoding="utf-8")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "LINKCHECK"))}
    env["PYTHONPATH"] = str(SRC)
    env["NO_COLOR"] = "1"
    return env


def linkcheck(cwd: Path, *args: str) -> Run:
    """``linkcheck ARGS`` as a fact-checker runs it, against the loopback outlets, bounded in time."""
    command = [
        sys.executable, "-m", "linkcheck", *args,
        "--allow-private", "--no-config", "--retries", "0", "--timeout", "5", "--deadline", "15",
        "--max-time", "40", "--progress", "never",
    ]  # fmt: skip
    done = subprocess.run(command, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=90)
    return Run(done.returncode, done.stdout, done.stderr, cwd)


def extract(cwd: Path, *args: str) -> Run:
    command = [sys.executable, "-m", "linkcheck", "extract", *args]
    done = subprocess.run(command, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=90)
    return Run(done.returncode, done.stdout, done.stderr, cwd)


def manifest(tmp_path: Path, text: str, name: str = "sources.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def kinds(result: Mapping[str, Any]) -> dict[str, str]:
    return {f["kind"]: f["severity"] for f in result["findings"]}


def only(run: Run) -> dict[str, Any]:
    results = run.results()
    assert len(results) == 1, run.stdout
    return results[0]


# --- RIA Novosti: a new URL scheme, then an archive ---

RIA = "ria.localhost"
RIA_NEW_PATH = "/news/2020/01/09/irak-vozobnovil-peregovory-s-rossiej-o-pokupke-s-300-1563219328/"


def _ria_manifest(tmp_path: Path, sites: Sites) -> Path:
    return manifest(
        tmp_path,
        "# the seed article's RIA citation, years later\n"
        "@article | date: 2020-01-09\n"
        f"{sites.url(RIA, RIA_PATH)} | outlet: RIA Novosti | date: 2020-01-09\n",
    )


def test_ria_chain_of_permanent_redirects_to_a_new_scheme_is_moved_to_its_end(
    tmp_path: Path, sites: Sites
) -> None:
    # 2020's address -> an interim scheme (relative Location) -> the new slugged scheme, both permanent.
    sites.redirect(RIA, RIA_PATH, "/news/20200109/1563219328.html", 301)
    sites.redirect(RIA, "/news/20200109/1563219328.html", sites.url(RIA, RIA_NEW_PATH), 308)
    ria_story(sites, RIA, RIA_NEW_PATH)
    path = _ria_manifest(tmp_path, sites)
    run = linkcheck(
        tmp_path, str(path), "--format", "json", "-o", "text=report.txt", "-o", "markdown=report.md"
    )
    assert run.code == 0, run.stdout + run.stderr
    result = only(run)
    assert result["status"] == "ok"
    assert result["verdict"] == "warn"
    assert result["line"] == 3
    assert result["final_url"] == sites.url(RIA, RIA_NEW_PATH)
    assert [hop["status"] for hop in result["redirects"]] == [301, 308]
    moved = [f for f in result["findings"] if f["kind"] == "moved"]
    assert len(moved) == 1
    assert moved[0]["severity"] == "warn"
    assert moved[0]["actual"] == sites.url(RIA, RIA_NEW_PATH)
    assert set(kinds(result)) == {"moved"}
    text = run.read("report.txt")
    assert "sources.txt:3" in text
    assert sites.url(RIA, RIA_NEW_PATH) in text
    assert sites.url(RIA, RIA_NEW_PATH) in run.read("report.md")


def test_ria_moved_to_the_outlets_archive_host_is_moved_there_and_still_its_outlet(
    tmp_path: Path, sites: Sites
) -> None:
    archive = "arkhiv.ria.localhost"
    sites.redirect(RIA, RIA_PATH, sites.url(RIA, RIA_NEW_PATH), 301)
    sites.redirect(RIA, RIA_NEW_PATH, sites.url(archive, RIA_PATH), 301)
    ria_story(sites, archive, RIA_PATH, site_name="РИА Новости. Архив")
    run = linkcheck(tmp_path, str(_ria_manifest(tmp_path, sites)), "--format", "json")
    assert run.code == 0, run.stdout + run.stderr
    result = only(run)
    assert result["status"] == "ok"
    assert result["verdict"] == "warn"
    assert result["final_url"] == sites.url(archive, RIA_PATH)
    found = kinds(result)
    assert found.get("moved") == "warn"
    assert "outlet_mismatch" not in found
    assert "date_mismatch" not in found


def test_ria_redirected_to_the_archives_index_is_not_the_story(tmp_path: Path, sites: Sites) -> None:
    sites.redirect(RIA, RIA_PATH, sites.url(RIA, "/archive/2020/"), 301)
    index = f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>Архив новостей 2020 - РИА Новости</title>
<meta property="og:title" content="Архив новостей 2020">
<meta property="og:site_name" content="РИА Новости">
</head><body><header><a href="/">РИА Новости</a></header>
<main><h1>Архив 2020</h1>
<ul>{"".join(f'<li><a href="/archive/2020/{m:02d}/">Месяц {m}</a></li>' for m in range(1, 13))}</ul>
</main><footer>© РИА Новости</footer></body></html>"""
    sites.page(RIA, "/archive/2020/", index)
    run = linkcheck(tmp_path, str(_ria_manifest(tmp_path, sites)), "--format", "json")
    assert run.code == 1, run.stdout + run.stderr
    result = only(run)
    assert result["status"] == "soft_404"
    assert result["verdict"] == "fail"
    assert "moved" not in kinds(result)


def test_ria_chain_that_ends_in_a_404_is_dead_and_suggests_no_new_address(
    tmp_path: Path, sites: Sites
) -> None:
    sites.redirect(RIA, RIA_PATH, sites.url(RIA, RIA_NEW_PATH), 301)
    # nothing at RIA_NEW_PATH: the server's 404
    run = linkcheck(
        tmp_path, str(_ria_manifest(tmp_path, sites)), "--format", "json", "-o", "text=report.txt"
    )
    assert run.code == 1, run.stdout + run.stderr
    result = only(run)
    assert result["status"] == "dead"
    assert result["cause"] == "not_found"
    assert result["verdict"] == "fail"
    assert result["http_status"] == 404
    assert result["final_url"] == sites.url(RIA, RIA_NEW_PATH)
    assert "moved" not in kinds(result)
    assert "sources.txt:3" in run.read("report.txt")


# --- TASS: another story under the same address ---

TASS = "tass.localhost"


def _tass_other_story(sites: Sites) -> None:
    sites.page(
        TASS,
        TASS_EN_PATH,
        news_page(
            title="Russian Railways launches new high-speed service between Moscow and Kazan",
            published="2023-05-14T12:05:00+03:00",
            site_name="TASS",
            canonical=sites.url(TASS, TASS_EN_PATH),
            lang="en",
        ),
    )


def test_tass_english_page_replaced_by_another_story_fails_on_title_and_date(
    tmp_path: Path, sites: Sites
) -> None:
    _tass_other_story(sites)
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(TASS, TASS_EN_PATH)} | title: Zhirinovsky urges Iran to buy Russia's S-400 systems"
        " | outlet: TASS | date: 2020-01-08\n",
    )
    run = linkcheck(tmp_path, str(path), "--format", "json")
    assert run.code == 1, run.stdout + run.stderr
    result = only(run)
    assert result["status"] == "ok"
    assert result["verdict"] == "fail"
    found = kinds(result)
    assert found.get("title_mismatch") == "fail"
    assert found.get("date_mismatch") == "fail"
    assert "outlet_mismatch" not in found
    assert "title_changed" not in found


def test_tass_replaced_story_cited_by_its_outlet_alone_postdates_the_article(
    tmp_path: Path, sites: Sites
) -> None:
    # As the seed cites TASS: no title, no date, only "the state-run TASS news agency quoted".
    _tass_other_story(sites)
    path = manifest(
        tmp_path, f"@article | date: 2020-01-09\n{sites.url(TASS, TASS_EN_PATH)} | outlet: TASS\n"
    )
    run = linkcheck(tmp_path, str(path), "--format", "json", "-o", "text=report.txt")
    assert run.code == 1, run.stdout + run.stderr
    result = only(run)
    assert result["verdict"] == "fail"
    assert kinds(result).get("postdates_article") == "fail"
    assert result["published"] == "2023-05-14"
    assert "sources.txt:2" in run.read("report.txt")


def test_tass_story_updated_years_later_is_still_the_cited_one(tmp_path: Path, sites: Sites) -> None:
    # Left alone: the same story, published on the 8th, updated in 2023: a later update is no replacement.
    sites.page(
        TASS,
        TASS_EN_PATH,
        news_page(
            title="Zhirinovsky urges Iran to buy Russia's S-400 systems",
            published="2020-01-08T14:10:00+03:00",
            modified="2023-05-14T12:05:00+03:00",
            site_name="TASS",
            canonical=sites.url(TASS, TASS_EN_PATH),
            lang="en",
        ),
    )
    path = manifest(
        tmp_path,
        "@article | date: 2020-01-09\n"
        f"{sites.url(TASS, TASS_EN_PATH)} | title: Zhirinovsky urges Iran to buy Russia's S-400 systems"
        " | outlet: TASS | date: 2020-01-08\n",
    )
    run = linkcheck(tmp_path, str(path), "--format", "json")
    assert run.code == 0, run.stdout + run.stderr
    result = only(run)
    assert result["verdict"] == "pass", result["findings"]


# --- The Moscow Times: consent wall, paywall, 410 ---

MT = "www.themoscowtimes.localhost"


def _mt_manifest(tmp_path: Path, sites: Sites) -> Path:
    # No @article date: the related article was added to the story later; its status is what is asked.
    return manifest(
        tmp_path,
        "# The Moscow Times' related article\n"
        f"{sites.url(MT, MT_PATH)} | title: {MT_TITLE} | outlet: The Moscow Times | note: Related article\n",
    )


def _mt_consent(sites: Sites) -> None:
    consent = "consent.themoscowtimes.localhost"
    sites.redirect(MT, MT_PATH, sites.url(consent, "/?continue=" + MT_PATH), 302)
    sites.page(
        consent,
        "/",
        """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Before you continue</title></head><body><h1>Before you continue</h1>
<p>We use cookies and data to deliver and maintain our services.</p>
<form method="post"><button name="set" value="reject">Reject all</button>
<button name="set" value="accept">Accept all</button></form></body></html>""",
    )


def _mt_paywall_402(sites: Sites) -> None:
    sites.page(
        MT,
        MT_PATH,
        """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Subscribe to continue reading | The Moscow Times</title></head>
<body><h1>Subscribe to continue reading</h1><p>Support independent journalism from just $5 a month.</p>
<a href="/subscribe">Subscribe</a></body></html>""",
        status=402,
    )


def _mt_gone(sites: Sites) -> None:
    sites.page(
        MT,
        MT_PATH,
        "<!DOCTYPE html><html><head><title>410 Gone</title></head><body><h1>Gone</h1></body></html>",
        status=410,
    )


def test_mt_behind_a_consent_wall_is_blocked_not_dead(tmp_path: Path, sites: Sites) -> None:
    _mt_consent(sites)
    path = _mt_manifest(tmp_path, sites)
    run = linkcheck(tmp_path, str(path), "--format", "json")
    assert run.code == 0, run.stdout + run.stderr
    result = only(run)
    assert result["status"] == "blocked"
    assert result["cause"] == "consent"
    assert result["verdict"] == "warn"
    assert "title_mismatch" not in kinds(result)
    stricter = linkcheck(tmp_path, str(path), "--format", "json", "--fail-on", "+blocked")
    assert stricter.code == 1, stricter.stdout + stricter.stderr


def test_mt_paywall_answered_402_is_blocked_not_dead(tmp_path: Path, sites: Sites) -> None:
    # 402 Payment Required: the page is there, behind payment; like a 401 or 403, reachable, not verifiable.
    _mt_paywall_402(sites)
    run = linkcheck(tmp_path, str(_mt_manifest(tmp_path, sites)), "--format", "json")
    assert run.code == 0, run.stdout + run.stderr
    result = only(run)
    assert result["status"] == "blocked"
    assert result["verdict"] == "warn"
    assert result["http_status"] == 402
    assert "title_mismatch" not in kinds(result)


def test_mt_paywall_by_redirect_to_subscribe_is_blocked(tmp_path: Path, sites: Sites) -> None:
    sites.redirect(MT, MT_PATH, sites.url(MT, "/subscribe?returnUrl=" + MT_PATH), 302)
    sites.page(
        MT,
        "/subscribe",
        """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Subscribe | The Moscow Times</title></head>
<body><h1>Choose your plan</h1><p>Monthly or yearly.</p></body></html>""",
    )
    run = linkcheck(tmp_path, str(_mt_manifest(tmp_path, sites)), "--format", "json")
    assert run.code == 0, run.stdout + run.stderr
    result = only(run)
    assert result["status"] == "blocked"
    assert result["cause"] == "auth"
    assert result["verdict"] == "warn"


def test_mt_gone_410_is_dead_at_its_line(tmp_path: Path, sites: Sites) -> None:
    _mt_gone(sites)
    run = linkcheck(tmp_path, str(_mt_manifest(tmp_path, sites)), "--format", "json", "-o", "text=report.txt")
    assert run.code == 1, run.stdout + run.stderr
    result = only(run)
    assert result["status"] == "dead"
    assert result["cause"] == "gone"
    assert result["verdict"] == "fail"
    assert result["line"] == 2
    text = run.read("report.txt")
    assert "sources.txt:2" in text
    assert "410" in text


def test_mt_over_four_nights_consent_paywall_then_gone_is_graced_then_fails(
    tmp_path: Path, sites: Sites
) -> None:
    # docs/ci.md: blocked leaves the counters alone; a dead link warns until it has failed --fail-after runs.
    path = _mt_manifest(tmp_path, sites)
    state = ["--state", "state.json", "--fail-after", "2", "--format", "json"]
    nights: list[Run] = []
    for setup in (_mt_consent, _mt_paywall_402, _mt_gone, _mt_gone):
        sites.routes.clear()
        setup(sites)
        nights.append(linkcheck(tmp_path, str(path), *state))
    assert [night.code for night in nights] == [0, 0, 0, 1], [n.stdout + n.stderr for n in nights]
    assert [only(night)["status"] for night in nights] == ["blocked", "blocked", "dead", "dead"]
    assert [only(night)["verdict"] for night in nights] == ["warn", "warn", "warn", "fail"]
    third, fourth = nights[2].json()["history"], nights[3].json()["history"]
    url = sites.url(MT, MT_PATH)
    assert url in third["newly_broken"]
    assert url in third["graced"]
    assert url in fourth["still_broken"]
    assert url not in fourth["graced"]
    assert fourth["runs"] == 4


# --- RIA's owner renames the outlet ---

NEW_BRAND = "rossiya-segodnya.localhost"


def test_renamed_site_name_with_its_former_name_in_the_footer_is_still_the_cited_outlet(
    tmp_path: Path, sites: Sites
) -> None:
    ria_story(
        sites,
        RIA,
        RIA_PATH,
        site_name="Россия сегодня",
        footer="<p>Сетевое издание «Россия сегодня» (до 2025 года — «РИА Новости»)</p>",
    )
    run = linkcheck(tmp_path, str(_ria_manifest(tmp_path, sites)), "--format", "json")
    assert run.code == 0, run.stdout + run.stderr
    result = only(run)
    assert result["verdict"] == "pass", result["findings"]
    assert "Россия сегодня" in (result["site_name"] or "")


def test_renamed_site_name_at_the_outlets_own_host_is_no_outlet_failure(tmp_path: Path, sites: Sites) -> None:
    # The page is where RIA Novosti published it (its host still spells "ria"); only the brand changed.
    # The citation was right when written: a fact-checker expects no failure for it.
    ria_story(sites, RIA, RIA_PATH, site_name="Россия сегодня")
    run = linkcheck(tmp_path, str(_ria_manifest(tmp_path, sites)), "--format", "json")
    assert run.code == 0, run.stdout + run.stderr
    result = only(run)
    assert result["verdict"] != "fail", result["findings"]
    assert kinds(result).get("outlet_mismatch") != "fail"


def test_renamed_outlet_on_its_new_domain_after_a_redirect_is_moved_not_another_outlet(
    tmp_path: Path, sites: Sites
) -> None:
    sites.redirect(RIA, RIA_PATH, sites.url(NEW_BRAND, RIA_NEW_PATH), 301)
    ria_story(
        sites,
        NEW_BRAND,
        RIA_NEW_PATH,
        site_name="Россия сегодня",
        footer="<p>Сетевое издание «Россия сегодня» (до 2025 года — «РИА Новости»)</p>",
    )
    run = linkcheck(tmp_path, str(_ria_manifest(tmp_path, sites)), "--format", "json")
    assert run.code == 0, run.stdout + run.stderr
    result = only(run)
    found = kinds(result)
    assert "outlet_mismatch" not in found
    assert found.get("moved") == "warn"
    assert "РИА Новости" in (result["site_name"] or "")


def test_redirect_to_another_outlets_domain_naming_no_former_name_is_an_outlet_mismatch(
    tmp_path: Path, sites: Sites
) -> None:
    # Left alone: a redirect to another brand that never says it was RIA Novosti is another outlet.
    sites.redirect(RIA, RIA_PATH, sites.url(NEW_BRAND, RIA_NEW_PATH), 301)
    ria_story(sites, NEW_BRAND, RIA_NEW_PATH, site_name="Россия сегодня")
    run = linkcheck(tmp_path, str(_ria_manifest(tmp_path, sites)), "--format", "json")
    assert run.code == 1, run.stdout + run.stderr
    result = only(run)
    assert kinds(result).get("outlet_mismatch") == "fail"
    assert "moved" not in kinds(result)


# --- the cited day: Moscow's or UTC's ---


# The lead's decision on seed3's two strict xfails: at --date-tolerance 0 a page's day is the day its own
# zone prints (json-schema's `published`), as the seed1 probe pins (test_moscow_day_after_is_a_mismatch_at_
# zero_tolerance); a desk citing the UTC day of a story stamped after midnight in Moscow is one day off
# there, and the default tolerance (one day) is the setting that forgives it. Both are pinned here.


def test_cited_utc_day_of_a_story_stamped_after_midnight_moscow_time_passes_at_the_default_tolerance_only(
    tmp_path: Path, sites: Sites
) -> None:
    # 01:30 in Moscow on the 9th is 22:30 UTC on the 8th: an English desk working in UTC cites the 8th.
    ria_story(sites, RIA, RIA_PATH, published="2020-01-09T01:30:00+03:00", shown_date="01:30 09.01.2020")
    path = manifest(
        tmp_path,
        f"@article | date: 2020-01-09\n{sites.url(RIA, RIA_PATH)} | outlet: RIA Novosti | date: 2020-01-08\n",
    )
    run = linkcheck(tmp_path, str(path), "--format", "json")
    assert run.code == 0, run.stdout + run.stderr
    result = only(run)
    found = kinds(result)
    assert "date_mismatch" not in found
    assert "url_date_mismatch" not in found
    assert result["verdict"] == "pass", result["findings"]
    strict = linkcheck(tmp_path, str(path), "--format", "json", "--date-tolerance", "0")
    assert kinds(only(strict)).get("date_mismatch") == "fail", strict.stdout + strict.stderr


def test_cited_day_two_days_off_moscow_time_is_still_a_date_mismatch(tmp_path: Path, sites: Sites) -> None:
    # Left alone: no zone puts 01:30 on the 9th in Moscow on the 7th.
    ria_story(sites, RIA, RIA_PATH, published="2020-01-09T01:30:00+03:00", shown_date="01:30 09.01.2020")
    path = manifest(
        tmp_path,
        f"@article | date: 2020-01-09\n{sites.url(RIA, RIA_PATH)} | outlet: RIA Novosti | date: 2020-01-07\n",
    )
    run = linkcheck(tmp_path, str(path), "--format", "json", "--date-tolerance", "0")
    assert run.code == 1, run.stdout + run.stderr
    assert kinds(only(run)).get("date_mismatch") == "fail"


def test_article_of_the_utc_day_citing_a_moscow_story_after_midnight_passes_at_the_default_tolerance(
    tmp_path: Path, sites: Sites
) -> None:
    # A Washington desk's story of Wednesday 8 January: "told RIA Novosti on Wednesday"; RIA stamped it
    # 00:30 on Thursday in Moscow (21:30 UTC on Wednesday).
    ria_story(sites, RIA, RIA_PATH, published="2020-01-09T00:30:00+03:00", shown_date="00:30 09.01.2020")
    article = tmp_path / "article.txt"
    article.write_text(
        "Iraq has resumed talks with Russia to buy its S-300 surface-to-air missile systems, a senior\n"
        "Iraqi lawmaker told the state-run RIA Novosti news agency on Wednesday.\n\n"
        f"{sites.url(RIA, RIA_PATH)}\n",
        encoding="utf-8",
    )
    run = linkcheck(tmp_path, "article.txt", "--article-date", "2020-01-08", "--format", "json")
    assert run.code == 0, run.stdout + run.stderr
    result = only(run)
    assert result["cited"]["date"] == "2020-01-08"
    assert result["cited"]["outlet"] == "RIA Novosti"
    assert result["verdict"] == "pass", result["findings"]
    strict = linkcheck(tmp_path, "article.txt", "--article-date", "2020-01-08", "--format", "json",
                       "--date-tolerance", "0")  # fmt: skip
    assert kinds(only(strict)).get("date_mismatch") == "fail", strict.stdout + strict.stderr


# --- "told RIA Novosti in Moscow" (the seed2 probe's leftover) ---

IN_PLACE = [
    ("a senior Iraqi lawmaker told RIA Novosti in Moscow on Thursday.", "2020-01-09"),
    ("a senior Iraqi lawmaker told RIA Novosti in Baghdad.", None),
    ("al-Haider told RIA Novosti in Moscow that talks had resumed.", None),
]


@pytest.mark.parametrize(("sentence", "day"), IN_PLACE)
def test_extract_names_ria_novosti_told_in_a_city(tmp_path: Path, sentence: str, day: str | None) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "Iraq has resumed talks with Russia to buy its S-300 systems, "
        f"{sentence}\n\nhttps://ria.ru/20200109/1563219328.html\n",
        encoding="utf-8",
    )
    run = extract(tmp_path, "article.txt", "--article-date", "2020-01-10")
    assert run.code == 0, run.stderr
    line = next(x for x in run.stdout.splitlines() if x.startswith("https://ria.ru/"))
    assert "| outlet: RIA Novosti" in line, run.stdout
    if day:
        assert f"| date: {day}" in line, run.stdout


def test_told_ria_novosti_in_moscow_checked_directly_has_no_outlet_finding(
    tmp_path: Path, sites: Sites
) -> None:
    ria_story(sites, RIA, RIA_PATH)
    article = tmp_path / "article.txt"
    article.write_text(
        "Iraq has resumed talks with Russia to buy its S-300 systems, a senior Iraqi lawmaker told\n"
        "RIA Novosti in Moscow on Thursday.\n\n"
        f"{sites.url(RIA, RIA_PATH)}\n",
        encoding="utf-8",
    )
    run = linkcheck(tmp_path, "article.txt", "--article-date", "2020-01-10", "--format", "json")
    assert run.code == 0, run.stdout + run.stderr
    result = only(run)
    assert result["cited"]["outlet"] == "RIA Novosti"
    assert result["cited"]["date"] == "2020-01-09"
    assert "outlet_mismatch" not in kinds(result)
    assert result["verdict"] == "pass", result["findings"]
    assert result["line"] == 4
