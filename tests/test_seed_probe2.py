"""Held-out probe (seed2, forty-first session): the seed article's path as a newsroom keeps and edits it.

Written from README.md, docs/ (api, ci, sources-format, articles, json-schema, security), ``linkcheck
--help``, ``linkcheck extract --help`` and the earlier probes' docstrings, before any code under ``src/`` was
read, and committed before any change there. The first probe (``tests/test_seed_probe.py``) played the seed
article as a text file and the repository's manifest against pages in the states a cited page goes through;
this one plays what it did not: the article as a newsroom keeps it (its CMS's own HTML page with the links in
the body, a Markdown post with front matter, an RSS item, an Atom entry, wikitext with ``{{cite news}}``),
told by a Russian writer (``РИА Новости``, ``ТАСС``, an outlet in guillemets), an AMP and a mobile copy, an
archived copy beside a dead page, the English and Russian editions of one story, a date that is an event's and
not the report's, Moscow time across midnight UTC, and a ``sources.txt`` edited by hand with mistakes (a wrong
separator, a field without its colon, a Russian date, a URL missing, a duplicate line with another claim).

Hosts are mapped to loopback as docs/security.md says: a name under ``localhost`` is this machine's loopback
without a lookup, let through with ``--allow-private`` (``https://ria.ru/20200109/1563219328.html`` is played
as ``http://ria.localhost:PORT/20200109/1563219328.html``). No name is ever sent to a resolver and nothing
here touches the internet. Every page is written here, in the shapes the three outlets use.
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

from linkcheck import Citation, Config, PartialDate, Result, check, extract_citations, parse_sources
from tests.site_server import Page, SiteServer, serve

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
HTML = {"Content-Type": "text/html; charset=utf-8"}

RIA = "/20200109/1563219328.html"
RIA_AMP = "/amp/20200109/1563219328.html"
TASS = "/politika/7487995"
TASS_EN = "/politics/1106217"
MT_SLUG = "will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
MT = f"/2024/05/02/{MT_SLUG}"
MT_RU = "/2024/05/02/usilit-li-rossiya-pvo-iraka-posle-izrailskih-udarov-a12345"
MK = "/politics/2020/01/09/irak-vozobnovil-peregovory-o-s300.html"
OWN = "/2020/01/09/iraq-resumes-talks-to-buy-russian-s-300-missile-systems-a68843"

RIA_T = "Ирак возобновил переговоры о закупке российских С-300"
TASS_T = "Жириновский призвал Иран купить у России системы С-400 и С-500"
TASS_EN_T = "Zhirinovsky urges Iran to buy Russian S-400, S-500 missile systems"
MT_T = "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"
MT_RU_T = "Усилит ли Россия ПВО Ирака после израильских ударов?"
MK_T = "Ирак снова заговорил о российских С-300"

RU_TEXT = (
    "Багдад рассчитывает на сопротивление Вашингтона, но руководство страны уже разрешило закупку зенитных "
    "систем. На какой стадии находятся переговоры, депутат уточнять не стал. В последние годы Ирак расширил "
    "военное сотрудничество с Москвой, закупая вертолеты и танки. "
)
EN_TEXT = (
    "The lawmaker said the talks had resumed several months ago and that the country's leadership had "
    "approved the purchase, while expecting objections from Washington. Iraq has bought Russian helicopters "
    "and tanks in recent years. "
)


def story(
    *,
    title: str,
    site: str | None,
    published: str | None,
    lang: str = "ru",
    canonical: str | None = None,
    amp: bool = False,
    text: str = RU_TEXT,
    shown: str = "",
    ld: bool = True,
) -> Page:
    """One outlet's story page: head metadata as news CMSs write it (OG, article:published_time, JSON-LD)."""
    head = [f'<meta charset="utf-8"><title>{title}{" - " + site if site else ""}</title>']
    head.append(f'<meta property="og:title" content="{title}"><meta property="og:type" content="article">')
    if site:
        head.append(f'<meta property="og:site_name" content="{site}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if ld:
        pub = f',"datePublished":"{published}"' if published else ""
        org = f',"publisher":{{"@type":"Organization","name":"{site}"}}' if site else ""
        head.append(
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
            f'"headline":"{title}"{pub}{org}}}</script>'
        )
    html_attr = f'lang="{lang}"' + (" amp" if amp else "")
    body = (
        f"<!DOCTYPE html><html {html_attr}><head>{''.join(head)}</head><body><article>"
        f'<h1 class="article__title">{title}</h1><div class="article__date">{shown}</div>'
        f'<div class="article__text"><p>{text * 3}</p></div></article></body></html>'
    )
    return Page(200, body.encode(), HTML)


def ria_page(published: str = "2020-01-09T11:32:00+03:00", shown: str = "11:32 09.01.2020") -> Page:
    return story(title=RIA_T, site="РИА Новости", published=published, shown=shown)


def tass_page() -> Page:
    return story(title=TASS_T, site="ТАСС", published="2020-01-08T18:55:00+03:00", shown="8 января, 18:55")


def tass_en_page() -> Page:
    return story(title=TASS_EN_T, site="TASS", published="2020-01-08T20:40:00+03:00", lang="en", text=EN_TEXT)


def mt_page() -> Page:
    return story(
        title=MT_T, site="The Moscow Times", published="2024-05-02T14:10:00+03:00", lang="en", text=EN_TEXT
    )


def mt_ru_page() -> Page:
    return story(title=MT_RU_T, site="The Moscow Times", published="2024-05-02T16:20:00+03:00")


def mk_page() -> Page:
    return story(title=MK_T, site="Московский комсомолец", published="2020-01-09T15:02:00+03:00")


def ria_amp_page(port: int) -> Page:
    """RIA's AMP copy: ``<html amp>``, canonical to the story, a leaner head (no OG site name)."""
    return story(
        title=RIA_T,
        site=None,
        published="2020-01-09T11:32:00+03:00",
        amp=True,
        canonical=f"http://ria.localhost:{port}{RIA}",
        shown="11:32 09.01.2020",
    )


def default_routes() -> dict[str, Page]:
    return {
        RIA: ria_page(),
        TASS: tass_page(),
        MT: mt_page(),
        TASS_EN: tass_en_page(),
        MT_RU: mt_ru_page(),
        MK: mk_page(),
    }


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with serve(default_routes()) as server:
        yield server


def port(server: SiteServer) -> int:
    return int(server.server_address[1])


def url(server: SiteServer, host: str, path: str) -> str:
    """``host`` as the outlet spells it (``ria``, ``www.themoscowtimes``), under ``localhost`` on the port."""
    return f"http://{host}.localhost:{port(server)}{path}"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


def check_json(*args: str | Path, cwd: Path | None = None) -> tuple[int, dict[str, Any], str]:
    done = run(*args, "--allow-private", "--format", "json", "--retries", "0", "--no-config", cwd=cwd)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stdout, done.stderr
    return done.returncode, json.loads(done.stdout), done.stderr


def kinds(result: dict[str, Any]) -> dict[str, str]:
    return {f["kind"]: f["severity"] for f in result["findings"]}


def by_host(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for result in report["results"]:
        host = re.sub(r"^https?://([^/:]+).*$", r"\1", result["url"])
        out[host] = result
    return out


CONFIG = Config(allow_private=True, retries=0, workers=4)


def check_one(citation: Citation, config: Config = CONFIG) -> Result:
    report = check([citation], config)
    assert len(report.results) == 1
    return report.results[0]


def finding_kinds(result: Result) -> dict[str, str]:
    return {f.kind.value: f.severity.value for f in result.findings}


# --------------------------------------------------------------------------------------------------------
# The article as a newsroom keeps it


def cms_page(server: SiteServer) -> str:
    """The seed story on its own publisher's CMS page: nav, the body with the links, a related box, footer."""
    ria = url(server, "ria", RIA)
    tass = url(server, "tass", TASS)
    mt_related = url(server, "www.themoscowtimes", MT)
    own = url(server, "www.themoscowtimes", "")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Iraq Resumes Talks to Buy Russian S-300 Missile Systems - The Moscow Times</title>
<meta property="og:title" content="Iraq Resumes Talks to Buy Russian S-300 Missile Systems">
<meta property="og:site_name" content="The Moscow Times">
<meta property="og:url" content="{own}{OWN}">
<meta property="article:published_time" content="2020-01-09T17:42:00+03:00">
</head><body>
<header><nav><a href="{own}/">Home</a> <a href="{own}/news">News</a> <a href="{own}/opinion">Opinion</a>
<a href="{own}/tag/iraq">Iraq</a></nav></header>
<main><article class="article">
<h1>Iraq Resumes Talks to Buy Russian S-300 Missile Systems</h1>
<div class="byline"><a href="{own}/author/staff">The Moscow Times</a>
<time datetime="2020-01-09T17:42:00+03:00">Jan. 9, 2020</time></div>
<div class="article__content">
<p>Earlier talks to purchase the S-300 systems from Russia were suspended over U.S. threats of sanctions.</p>
<p>Iraq has resumed talks with Russia to buy its S-300 surface-to-air missile systems, a senior Iraqi
lawmaker told the state-run <a href="{ria}">RIA Novosti</a> news agency following the U.S. killing of a top
Iranian commander.</p>
<p>“I told Iran’s leadership to buy our more powerful S-400 and S-500 missile defense systems,” the
state-run <a href="{tass}">TASS</a> news agency quoted Zhirinovsky as saying.</p>
<aside class="related"><span>Related article:</span>
<a href="{mt_related}">Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?</a></aside>
<p>“We expect pushback from the U.S. on this matter,” al-Haider told RIA on Thursday.</p>
<p>Reuters contributed reporting to this article.</p>
</div></article></main>
<footer><a href="{own}/about">About us</a> <a href="{own}/news">News</a>
<p>Follow us on Telegram: <a href="https://t.localhost:{port(server)}/moscowtimes">t.me/moscowtimes</a></p>
</footer></body></html>"""


def test_cms_page_extracts_the_three_citations_and_none_of_the_sites_own_links(site: SiteServer) -> None:
    """The publisher's page: nav, section, tag, author, about and social links are no citations; the
    related article on the same host is (it is another story), with its title; the article's date is the
    page's own (no --article-date needed)."""
    cites = extract_citations(cms_page(site), format="html", source="story.html")
    urls = [c.url for c in cites]
    assert urls == [
        url(site, "ria", RIA),
        url(site, "tass", TASS),
        url(site, "www.themoscowtimes", MT),
    ], urls
    ria, tass, mt = cites
    assert ria.outlet == "RIA Novosti"
    assert tass.outlet == "TASS"
    assert mt.title == MT_T
    assert ria.article is not None
    assert ria.article.date == PartialDate(2020, 1, 9)
    assert ria.date == PartialDate(2020, 1, 9)


def test_cms_page_checked_directly_through_the_cli(site: SiteServer, tmp_path: Path) -> None:
    """``linkcheck story.html``: RIA and TASS pass, the related article postdates the story (exit 1), and each
    result names the HTML file and the line its link is on."""
    page = tmp_path / "story.html"
    page.write_text(cms_page(site), encoding="utf-8")
    code, report, _ = check_json(page)
    assert code == 1
    results = by_host(report)
    assert results["ria.localhost"]["verdict"] == "pass", results["ria.localhost"]
    assert results["tass.localhost"]["verdict"] == "pass", results["tass.localhost"]
    mt = results["www.themoscowtimes.localhost"]
    assert kinds(mt).get("postdates_article") == "fail"
    lines = cms_page(site).splitlines()
    for result in report["results"]:
        assert result["source"].endswith("story.html")
        assert result["url"] in lines[result["line"] - 1], result


def markdown_post(server: SiteServer) -> str:
    return f"""---
title: "Iraq Resumes Talks to Buy Russian S-300 Missile Systems"
date: 2020-01-09T17:42:00+03:00
tags: [iraq, russia, s-300]
---

Iraq has resumed talks with Russia to buy its S-300 surface-to-air missile systems, a senior Iraqi lawmaker
told the state-run [RIA Novosti]({url(server, "ria", RIA)}) news agency.

“I told Iran’s leadership to buy our more powerful S-400 and S-500 missile defense systems,” the state-run
[TASS]({url(server, "tass", TASS)}) news agency quoted Zhirinovsky as saying.

**Related article:** [{MT_T}]({url(server, "www.themoscowtimes", MT)})

“We expect pushback from the U.S. on this matter,” al-Haider told RIA on Thursday.
"""


def test_markdown_post_with_front_matter(site: SiteServer, tmp_path: Path) -> None:
    """A Hugo-style post: the front matter's date is the article's (Moscow time, the 9th); the link texts
    name the outlets; the bold related label gives the MT title; checked straight from the .md file."""
    post = tmp_path / "iraq-s300.md"
    post.write_text(markdown_post(site), encoding="utf-8")
    cites = extract_citations(post.read_text(encoding="utf-8"), source=str(post))
    assert [c.outlet for c in cites[:2]] == ["RIA Novosti", "TASS"]
    assert cites[2].title == MT_T
    assert cites[0].article is not None
    assert cites[0].article.date == PartialDate(2020, 1, 9)
    code, report, _ = check_json(post)
    assert code == 1
    results = by_host(report)
    assert results["ria.localhost"]["verdict"] == "pass"
    assert results["tass.localhost"]["verdict"] == "pass"
    assert "postdates_article" in kinds(results["www.themoscowtimes.localhost"])


def rss_item(server: SiteServer) -> str:
    body = cms_page(server).split('<div class="article__content">', 1)[1].split("</article>", 1)[0]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>The Moscow Times - News</title>
<link>{url(server, "www.themoscowtimes", "/")}</link>
<description>Independent news from Russia</description>
<item>
<title>Iraq Resumes Talks to Buy Russian S-300 Missile Systems</title>
<link>{url(server, "www.themoscowtimes", OWN)}</link>
<guid>{url(server, "www.themoscowtimes", OWN)}</guid>
<pubDate>Thu, 09 Jan 2020 14:42:00 +0000</pubDate>
<content:encoded><![CDATA[<div>{body}]]></content:encoded>
</item>
</channel>
</rss>
"""


def test_rss_item_read_as_its_article(site: SiteServer) -> None:
    """A feed of one item (docs/articles.md, "A feed of one entry"): its content's links, its pubDate the
    article's day; the channel's and item's own addresses are no citations."""
    cites = extract_citations(rss_item(site), format="html", source="item.xml")
    assert [c.url for c in cites] == [
        url(site, "ria", RIA),
        url(site, "tass", TASS),
        url(site, "www.themoscowtimes", MT),
    ]
    assert cites[0].article is not None
    assert cites[0].article.date == PartialDate(2020, 1, 9)
    assert cites[2].title == MT_T


def test_rss_item_saved_as_dot_rss_is_read_as_a_feed(site: SiteServer, tmp_path: Path) -> None:
    """A newsroom saves the item as ``item.rss``; ``linkcheck extract`` must not read it as a manifest or as
    plain text and lose what the feed says (the MT title, the article's day)."""
    item = tmp_path / "item.rss"
    item.write_text(rss_item(site), encoding="utf-8")
    done = run("extract", item)
    assert done.returncode == 0, done.stderr
    assert "@article | date: 2020-01-09" in done.stdout
    assert f"title: {MT_T}" in done.stdout
    # the item's own address is the article's (``@article | ... url:``), never a citation line of its own
    cited = [line for line in done.stdout.splitlines() if line.startswith("http")]
    assert not [line for line in cited if "/2020/01/09/" in line], cited


def test_atom_entry_read_as_its_article(site: SiteServer) -> None:
    """An Atom entry whose content is escaped HTML: the links inside, the entry's published day."""
    body = cms_page(site).split('<div class="article__content">', 1)[1].split("</article>", 1)[0]
    escaped = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    own = url(site, "www.themoscowtimes", "/2020/01/09/iraq-resumes-talks-a68843")
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Moscow Times</title><id>{own}</id>
<updated>2020-01-09T15:00:00Z</updated>
<entry><title>Iraq Resumes Talks to Buy Russian S-300 Missile Systems</title>
<link rel="alternate" href="{own}"/><id>{own}</id>
<published>2020-01-09T14:42:00Z</published><updated>2020-01-10T08:00:00Z</updated>
<content type="html">{escaped}</content></entry></feed>
"""
    cites = extract_citations(atom, format="html", source="entry.atom")
    assert [c.url for c in cites] == [
        url(site, "ria", RIA),
        url(site, "tass", TASS),
        url(site, "www.themoscowtimes", MT),
    ]
    assert cites[0].article is not None
    assert cites[0].article.date == PartialDate(2020, 1, 9)


def wikitext(server: SiteServer) -> str:
    ria = url(server, "ria", RIA)
    arch = f"http://web.archive.localhost:{port(server)}/web/20200110083000/{ria}"
    return f"""'''Iraq–Russia S-300 talks''' resumed in January 2020.<ref>{{{{cite news |url={ria}
 |title={RIA_T} |trans-title=Iraq resumed talks on buying Russian S-300s |work=[[RIA Novosti]]
 |date=9 January 2020 |language=ru |archive-url={arch} |archive-date=10 January 2020 |url-status=dead
 |access-date=9 January 2020}}}}</ref>
Zhirinovsky urged Iran to buy S-400s.<ref>{{{{Статья |ссылка={url(server, "tass", TASS)} |заглавие={TASS_T}
 |издание=[[ТАСС]] |дата=8 января 2020}}}}</ref>
A later analysis.<ref>{{{{cite web |url=www.themoscowtimes.com{MT} |title={MT_T}
 |website=The Moscow Times |date=2 May 2024}}}}</ref>

== References ==
{{{{reflist}}}}
"""


def test_wikitext_cite_templates(site: SiteServer) -> None:
    """``{{cite news}}`` with a wikilinked ``work``, an archive copy and ``url-status=dead``; the Russian
    ``{{Статья}}``; a ``{{cite web}}`` whose URL lost its scheme is an error citation naming its line."""
    text = wikitext(site)
    cites = extract_citations(text, format="wikitext", source="Iraq.wiki")
    ria = next(c for c in cites if c.url == url(site, "ria", RIA))
    assert ria.title == RIA_T
    assert ria.outlet == "RIA Novosti"
    assert ria.date == PartialDate(2020, 1, 9)
    assert ria.access_date == PartialDate(2020, 1, 9)
    assert ria.archive_url is not None
    assert ria.archive_url.startswith(f"http://web.archive.localhost:{port(site)}")
    tass = next(c for c in cites if c.url == url(site, "tass", TASS))
    assert (tass.title, tass.outlet, tass.date) == (TASS_T, "ТАСС", PartialDate(2020, 1, 8))
    bad = [c for c in cites if c.error]
    assert len(bad) == 1
    assert (
        bad[0].line
        == text.splitlines().index(
            next(line for line in text.splitlines() if "www.themoscowtimes.com" in line)
        )
        + 1
    )


def test_wikitext_dead_page_with_its_archive_through_the_cli(site: SiteServer, tmp_path: Path) -> None:
    """The RIA page is gone (404) and the template gives a copy made the day after: the link is ``dead``
    (the archive does not stand in for it: docs say the copy is judged by its URL only), the copy is no
    ``archive_mismatch``, and the JSON keeps the copy's address for the editor."""
    site.routes[RIA] = Page(404, b"<html><title>404</title></html>", HTML)
    article = tmp_path / "Iraq.wiki"
    article.write_text(wikitext(site), encoding="utf-8")
    code, report, _ = check_json(article, "--exclude", "themoscowtimes")
    ria = by_host(report)["ria.localhost"]
    assert ria["status"] == "dead"
    assert ria["verdict"] == "fail"
    assert "archive_mismatch" not in kinds(ria)
    assert ria["cited"]["archive_url"].startswith("http://web.archive.localhost:")
    assert code == 1


def test_archive_captured_before_the_cited_day_is_flagged(site: SiteServer) -> None:
    """Beside it, a copy made before the cited day (2019-12-31 for a story of 2020-01-09) cannot be of the
    cited story: ``archive_mismatch`` (warn), the dead link still ``dead``."""
    site.routes[RIA] = Page(404, b"<html><title>404</title></html>", HTML)
    ria = url(site, "ria", RIA)
    copy = f"http://web.archive.localhost:{port(site)}/web/20191231120000/{ria}"
    text = f"{ria} | outlet: RIA Novosti | date: 2020-01-09 | archive: {copy}\n"
    result = check(parse_sources(text, "sources.txt"), CONFIG).results[0]
    assert result.status.value == "dead"
    assert finding_kinds(result).get("archive_mismatch") == "warn", result.findings


# --------------------------------------------------------------------------------------------------------
# The outlets as a Russian writer names them


def russian_article(server: SiteServer) -> str:
    return f"""Ирак возобновил переговоры с Россией о покупке С-300

Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем С-300, сообщил РИА Новости
председатель комитета по безопасности и обороне иракского парламента Мохаммед Реза аль-Хайдар.
{url(server, "ria", RIA)}

Лидер ЛДПР Владимир Жириновский посоветовал Ирану купить российские С-400 и С-500, передает ТАСС.
{url(server, "tass", TASS)}

Об этом же в четверг написал «Московский комсомолец».
{url(server, "www.mk", MK)}
"""


def test_russian_writer_names_the_outlets(site: SiteServer) -> None:
    """``сообщил РИА Новости``, ``передает ТАСС``, ``написал «Московский комсомолец»`` (guillemets, one word
    lower-case; ``mk`` its initials): each link gets the name as the writer gives it."""
    cites = extract_citations(
        russian_article(site), format="text", source="statya.txt", article_date=PartialDate(2020, 1, 9)
    )
    outlets = {c.url: c.outlet for c in cites}
    assert outlets == {
        url(site, "ria", RIA): "РИА Новости",
        url(site, "tass", TASS): "ТАСС",
        url(site, "www.mk", MK): "Московский комсомолец",
    }


def test_russian_article_checked_through_the_cli(site: SiteServer, tmp_path: Path) -> None:
    """Checked directly: the Cyrillic outlet names match the pages' site names; nothing fails (exit 0)."""
    article = tmp_path / "statya.txt"
    article.write_text(russian_article(site), encoding="utf-8")
    code, report, _ = check_json(article, "--article-date", "2020-01-09")
    assert code == 0, report
    assert all(r["verdict"] == "pass" for r in report["results"]), report["results"]
    assert len(report["results"]) == 3


def test_outlet_in_guillemets_and_across_scripts_in_a_manifest(site: SiteServer) -> None:
    """A hand-written manifest gives ``«РИА Новости»`` with its quotes, ``ТАСС`` for TASS's English edition
    (site name ``TASS``) and ``RIA Novosti`` for a page naming itself ``РИА Новости``: none is a mismatch;
    ``«Коммерсантъ»`` for the RIA page still is."""
    text = "\n".join(
        [
            "@article | date: 2020-01-09",
            f"{url(site, 'ria', RIA)} | outlet: «РИА Новости» | date: 2020-01-09",
            f"{url(site, 'tass', TASS_EN)} | outlet: ТАСС | date: 2020-01-08",
            f"{url(site, 'ria', RIA)}#x | outlet: RIA Novosti",
            f"{url(site, 'ria', RIA)}#y | outlet: «Коммерсантъ»",
        ]
    )
    report = check(parse_sources(text, "sources.txt"), CONFIG)
    got = [finding_kinds(r).get("outlet_mismatch") for r in report.results]
    assert got == [None, None, None, "fail"], [(r.url, r.findings) for r in report.results]


# --------------------------------------------------------------------------------------------------------
# Copies: AMP, mobile, the AMP cache, the other edition


def test_amp_copy_cited_passes(site: SiteServer) -> None:
    """The writer cited RIA's AMP copy (``/amp/...``, ``<html amp>``, no og:site_name): it is the story,
    with its title, day and outlet (the host's name), no mismatch and no empty-shell verdict."""
    site.routes[RIA_AMP] = ria_amp_page(port(site))
    cite = Citation(
        url(site, "ria", RIA_AMP), title=RIA_T, date=PartialDate(2020, 1, 9), outlet="RIA Novosti"
    )
    result = check_one(cite)
    assert result.status.value == "ok", result.reason
    assert result.verdict.value == "pass", result.findings


def test_mobile_copy_without_site_name_matches_the_outlet(site: SiteServer) -> None:
    """``m.`` copy of the TASS story with a minimal head (title, date, no site name, no JSON-LD): the cited
    outlet ``TASS`` is the host's (``m`` is no name label), so no ``outlet_mismatch``."""
    site.routes[TASS] = story(title=TASS_T, site=None, published="2020-01-08T18:55:00+03:00", ld=False)
    cite = Citation(url(site, "m.tass", TASS), outlet="TASS", date=PartialDate(2020, 1, 8))
    result = check_one(cite)
    assert "outlet_mismatch" not in finding_kinds(result), result.findings
    assert result.verdict.value == "pass"


def test_amp_cache_link_in_an_article_is_the_publishers_amp_page() -> None:
    """A link copied from Google's AMP cache is the outlet's AMP address (docs: unwrapped), still named."""
    text = (
        "Iraq has resumed talks, a lawmaker told the state-run RIA Novosti news agency "
        "(https://ria-ru.cdn.ampproject.org/c/s/ria.ru/amp/20200109/1563219328.html).\n"
    )
    cites = extract_citations(text, format="text", source="a.txt", article_date=PartialDate(2020, 1, 9))
    assert [c.url for c in cites] == ["https://ria.ru/amp/20200109/1563219328.html"]
    assert cites[0].outlet == "RIA Novosti"


def test_english_and_russian_editions_in_one_manifest(site: SiteServer) -> None:
    """The same TASS story in Russian and in English, and The Moscow Times' Russian edition of the related
    article: each edition's own title, day and outlet pass; the English title given for the Russian page
    does not pass silently."""
    text = "\n".join(
        [
            f"{url(site, 'tass', TASS)} | title: {TASS_T} | outlet: TASS | date: 2020-01-08",
            f"{url(site, 'tass', TASS_EN)} | title: {TASS_EN_T} | outlet: TASS | date: 2020-01-08",
            f"{url(site, 'www.moscowtimes', MT_RU)} | title: {MT_RU_T} | outlet: The Moscow Times"
            " | date: 2024-05-02",
            f"{url(site, 'tass', TASS)}#en | title: {TASS_EN_T} | outlet: TASS",
        ]
    )
    results = check(parse_sources(text, "sources.txt"), CONFIG).results
    assert [r.verdict.value for r in results[:3]] == ["pass", "pass", "pass"], [r.findings for r in results]
    assert results[3].verdict.value != "pass"


# --------------------------------------------------------------------------------------------------------
# Dates: the event's day, Moscow time across midnight UTC


def test_event_date_in_the_sentence_does_not_date_the_report(site: SiteServer) -> None:
    """ "... killed in a U.S. drone strike in Baghdad on Jan. 3, TASS reported": Jan. 3 is the killing's day,
    not the report's (published the 8th); the citation must not be dated the 3rd, nor fail for it."""
    text = (
        "Iranian commander Qassem Soleimani was killed in a U.S. drone strike in Baghdad on Jan. 3, "
        f"the state-run TASS news agency reported. {url(site, 'tass', TASS)}\n"
    )
    cites = extract_citations(text, format="text", source="a.txt", article_date=PartialDate(2020, 1, 9))
    assert len(cites) == 1
    assert cites[0].date != PartialDate(2020, 1, 3)
    result = check_one(cites[0])
    assert "date_mismatch" not in finding_kinds(result), result.findings


def test_utc_stamp_after_midnight_moscow_is_the_moscow_day(site: SiteServer) -> None:
    """A RIA page stamped only in UTC (``2020-01-08T22:30:00Z``, 01:30 on the 9th in Moscow), its address
    and its shown date saying the 9th: no ``url_date_mismatch``, and a citation of the 9th passes at zero
    tolerance."""
    site.routes[RIA] = ria_page(published="2020-01-08T22:30:00Z", shown="01:30 09.01.2020")
    cite = Citation(url(site, "ria", RIA), date=PartialDate(2020, 1, 9), outlet="RIA Novosti")
    result = check_one(cite, CONFIG.evolve(date_tolerance_days=0))
    assert finding_kinds(result) == {}, result.findings


def test_article_of_the_8th_in_new_york_citing_a_moscow_story_of_the_9th(site: SiteServer) -> None:
    """An article dated the 8th (New York) cites a RIA story of 00:20 on the 9th in Moscow (21:20 UTC on the
    8th): a day apart by time zones only, it does not provably postdate the article: no failure."""
    site.routes[RIA] = ria_page(published="2020-01-09T00:20:00+03:00", shown="00:20 09.01.2020")
    text = f"@article | date: 2020-01-08\n{url(site, 'ria', RIA)} | outlet: RIA Novosti\n"
    result = check(parse_sources(text, "sources.txt"), CONFIG).results[0]
    assert finding_kinds(result).get("postdates_article") != "fail", result.findings
    assert result.verdict.value != "fail"


def test_a_story_two_days_after_the_article_still_postdates_it(site: SiteServer) -> None:
    """Left alone: a page of the 11th cited by an article of the 9th postdates it."""
    later = "/20200111/1563411122.html"  # a RIA story of the 11th has the 11th in its address
    site.routes[later] = ria_page(published="2020-01-11T10:00:00+03:00", shown="10:00 11.01.2020")
    text = f"@article | date: 2020-01-09\n{url(site, 'ria', later)} | outlet: RIA Novosti\n"
    result = check(parse_sources(text, "sources.txt"), CONFIG).results[0]
    assert finding_kinds(result).get("postdates_article") == "fail", result.findings


# --------------------------------------------------------------------------------------------------------
# sources.txt edited by hand


def hand_manifest(server: SiteServer, bad: str) -> str:
    return "\n".join(
        [
            "# Sources of the S-300 story, typed in by the desk",
            "@article | date: 2020-01-09",
            "",
            f"{url(server, 'tass', TASS)} | outlet: TASS | date: 2020-01-08",
            bad,
            f"{url(server, 'www.themoscowtimes', MT)} | title: {MT_T}",
            "",
        ]
    )


BAD_LINES = {
    "semicolons": "{ria} ; outlet: RIA Novosti ; date: 2020-01-09",
    "comma": "{ria}, outlet: RIA Novosti",
    "no_colon": "{ria} | outlet RIA Novosti | date: 2020-01-09",
    "russian_date": "{ria} | outlet: RIA Novosti | date: 09.01.2020",
    "no_url": "| outlet: RIA Novosti | date: 2020-01-09",
    "empty_value": "{ria} | outlet: | date: 2020-01-09",
}


@pytest.mark.parametrize("name", sorted(BAD_LINES))
def test_hand_edited_manifest_mistake_names_its_line(site: SiteServer, tmp_path: Path, name: str) -> None:
    """Each mistake stops the run (exit 2) before any request, the message naming ``sources.txt:5``."""
    bad = BAD_LINES[name].format(ria=url(site, "ria", RIA))
    (tmp_path / "sources.txt").write_text(hand_manifest(site, bad), encoding="utf-8")
    done = run("sources.txt", "--allow-private", "--no-config", cwd=tmp_path)
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert "sources.txt:5:" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert sum(site.hits.values()) == 0


def test_wrong_separator_message_says_to_use_the_pipe(site: SiteServer, tmp_path: Path) -> None:
    """A line separated by semicolons: the message says what to write instead (fields after ``|``)."""
    bad = BAD_LINES["semicolons"].format(ria=url(site, "ria", RIA))
    (tmp_path / "sources.txt").write_text(hand_manifest(site, bad), encoding="utf-8")
    done = run("sources.txt", "--allow-private", "--no-config", cwd=tmp_path)
    assert done.returncode == 2
    message = next(line for line in done.stderr.splitlines() if "sources.txt:5:" in line)
    assert "|" in message, message


def test_keep_going_checks_the_rest_and_reports_the_bad_line(site: SiteServer, tmp_path: Path) -> None:
    """``--keep-going``: the bad line is an ``invalid_citation`` naming line 5; TASS and MT are checked."""
    bad = BAD_LINES["no_colon"].format(ria=url(site, "ria", RIA))
    (tmp_path / "sources.txt").write_text(hand_manifest(site, bad), encoding="utf-8")
    code, report, _ = check_json("sources.txt", "--keep-going", cwd=tmp_path)
    assert code == 1
    lines = {r["line"]: r for r in report["results"]}
    assert sorted(lines) == [4, 5, 6]
    assert lines[5]["cause"] == "invalid_citation"
    assert lines[5]["verdict"] == "fail"
    assert lines[4]["verdict"] == "pass"
    assert kinds(lines[6]).get("postdates_article") == "fail"
    assert site.hits[RIA] == 0


def test_duplicate_line_with_another_claim_is_judged_on_its_own(site: SiteServer, tmp_path: Path) -> None:
    """The desk pasted the TASS line twice and changed the date in the copy: one fetch, two results, each at
    its line, the copy's wrong day a ``date_mismatch``; nothing merged away."""
    dup = f"{url(site, 'tass', TASS)} | outlet: TASS | date: 2020-01-03"
    (tmp_path / "sources.txt").write_text(hand_manifest(site, dup), encoding="utf-8")
    code, report, _ = check_json("sources.txt", cwd=tmp_path)
    lines = {r["line"]: r for r in report["results"]}
    assert lines[4]["verdict"] == "pass"
    assert kinds(lines[5]).get("date_mismatch") == "fail"
    assert site.hits[TASS] == 1
    assert code == 1


def test_title_typed_with_typographic_quotes_matches(site: SiteServer) -> None:
    """A title copied with the quotes around it (``«...»``, ``“...”``) is the title inside them."""
    text = "\n".join(
        [
            f"{url(site, 'www.themoscowtimes', MT)} | title: «{MT_T}» | date: 2024-05-02",
            f"{url(site, 'www.themoscowtimes', MT)}#a | title: “{MT_T}” | date: 2024-05-02",
            f"{url(site, 'ria', RIA)} | title: «{RIA_T}» | date: 2020-01-09",
        ]
    )
    results = check(parse_sources(text, "sources.txt"), CONFIG).results
    assert [r.verdict.value for r in results] == ["pass", "pass", "pass"], [r.findings for r in results]


def test_fields_first_line_read_with_input_format_sources_names_it(site: SiteServer, tmp_path: Path) -> None:
    """``outlet: TASS | URL`` (fields before the URL) with ``--input-format sources``: exit 2, line named."""
    bad = f"outlet: RIA Novosti | {url(site, 'ria', RIA)}"
    (tmp_path / "sources.txt").write_text(hand_manifest(site, bad), encoding="utf-8")
    done = run("sources.txt", "--allow-private", "--no-config", "--input-format", "sources", cwd=tmp_path)
    assert done.returncode == 2
    assert "sources.txt:5:" in done.stderr, done.stderr


# --------------------------------------------------------------------------------------------------------
# Second batch (written after the first run, still before any code under src/ was read)


def test_russian_weekday_dates_the_report(site: SiteServer) -> None:
    """``Об этом в среду сообщил ТАСС`` in an article of Thursday 2020-01-09 dates the TASS report the 8th
    (docs/articles.md: a weekday in a reporting sentence; Russian reporting verbs are read)."""
    text = f"Об этом в среду сообщил ТАСС.\n{url(site, 'tass', TASS)}\n"
    cites = extract_citations(text, format="text", source="a.txt", article_date=PartialDate(2020, 1, 9))
    assert len(cites) == 1
    assert cites[0].outlet == "ТАСС"
    assert cites[0].date == PartialDate(2020, 1, 8)
    assert check_one(cites[0]).verdict.value == "pass"


def test_google_amp_viewer_link_is_the_outlets_amp_page() -> None:
    """``www.google.com/amp/s/ria.ru/amp/...`` in a Markdown post is RIA's AMP address (docs: unwrapped)."""
    text = (
        "---\ndate: 2020-01-09\n---\n\nA lawmaker told [RIA Novosti]"
        "(https://www.google.com/amp/s/ria.ru/amp/20200109/1563219328.html) on Thursday.\n"
    )
    cites = extract_citations(text, format="markdown", source="post.md")
    assert [c.url for c in cites] == ["https://ria.ru/amp/20200109/1563219328.html"]
    assert cites[0].outlet == "RIA Novosti"


def test_cms_page_tracked_copy_of_a_link_is_one_citation(site: SiteServer) -> None:
    """The CMS's "read more" box links the TASS story again with ``utm_*`` parameters: one citation, at the
    untracked address (docs/articles.md, "One citation per distinct URL")."""
    tass = url(site, "tass", TASS)
    page = cms_page(site).replace(
        "</aside>",
        f'</aside><div class="read-more"><a href="{tass}?utm_source=themoscowtimes&amp;utm_medium=referral">'
        "Zhirinovsky urges Iran to buy S-400s</a></div>",
    )
    cites = extract_citations(page, format="html", source="story.html")
    assert [c.url for c in cites].count(tass) == 1
    assert not [c.url for c in cites if "utm_source" in c.url]


def test_manifest_typed_in_a_word_processor_non_breaking_spaces(site: SiteServer) -> None:
    """A manifest pasted from a word processor has non-breaking spaces around ``|`` and after ``:``: the
    fields read as typed, the citation passes."""
    text = f"{url(site, 'tass', TASS)}\u00a0|\u00a0outlet:\u00a0TASS\u00a0|\u00a0date:\u00a02020-01-08\n"
    cites = parse_sources(text, "sources.txt")
    assert cites[0].outlet == "TASS"
    assert cites[0].date == PartialDate(2020, 1, 8)
    assert check_one(cites[0]).verdict.value == "pass"


def test_relative_date_without_an_article_day_names_its_line(site: SiteServer, tmp_path: Path) -> None:
    """``date: yesterday`` copied from a page's stamp, in a manifest whose ``@article`` line lost its date:
    exit 2, the message naming the line and saying that the article's day is missing."""
    text = hand_manifest(site, f"{url(site, 'ria', RIA)} | outlet: RIA Novosti | date: вчера").replace(
        "@article | date: 2020-01-09", "@article | title: Iraq resumes S-300 talks"
    )
    (tmp_path / "sources.txt").write_text(text, encoding="utf-8")
    done = run("sources.txt", "--allow-private", "--no-config", cwd=tmp_path)
    assert done.returncode == 2
    message = next(line for line in done.stderr.splitlines() if "sources.txt:5:" in line)
    assert "@article" in message, message


def test_keep_going_text_report_names_the_bad_line(site: SiteServer, tmp_path: Path) -> None:
    """A ``--keep-going`` run's text report shows the bad line as ``sources.txt:5`` with what is wrong."""
    bad = BAD_LINES["russian_date"].format(ria=url(site, "ria", RIA))
    (tmp_path / "sources.txt").write_text(hand_manifest(site, bad), encoding="utf-8")
    done = run(
        "sources.txt", "--allow-private", "--no-config", "--keep-going", "--retries", "0", cwd=tmp_path
    )
    assert done.returncode == 1
    assert "sources.txt:5" in done.stdout, done.stdout
    assert "09.01.2020" in done.stdout, done.stdout


def test_wikitext_russian_cite_web_day_first_date(site: SiteServer) -> None:
    """The Russian Wikipedia's ``{{cite web}}`` with Russian parameter names and a day-first date."""
    text = (
        f"Ирак возобновил переговоры.<ref>{{{{cite web|ссылка={url(site, 'ria', RIA)}|заглавие={RIA_T}"
        "|издание=РИА Новости|дата=09.01.2020|дата обращения=10.01.2020}}</ref>\n"
    )
    cites = extract_citations(text, format="wikitext", source="Ирак.wiki")
    assert len(cites) == 1
    ria = cites[0]
    assert (ria.title, ria.outlet, ria.date) == (RIA_T, "РИА Новости", PartialDate(2020, 1, 9))
    assert ria.access_date == PartialDate(2020, 1, 10)
    assert check_one(ria).verdict.value == "pass"
