"""Held-out probe (seed18, fifty-seventh session): the seed article's three citations in shapes the first
seventeen probes did not play.

Written from README.md, docs/ (json-schema, sources-format, articles, ci), the seventeenth probe's subsection
in docs/benchmarks.md and the earlier probes (grepped for what they had played: a BOM and CRLF manifest and
the nightly baseline were played by seed12/seed14/seed15, the Telegram ``result.json`` by seed17; never an
e-mail message of the article, never a Word file, never a page dated by its year or quarter alone, never a
page's "Updated" month line, never a run cut by ``--max-time`` while one outlet is slow, never the outlets
cited by their Russian names against Latin site names, never TASS's own name as its ``author`` meta), before
any code under ``src/`` that these cases test was read, and committed before any change there. The cases:
- the seed article as an e-mail (``.eml``) whose one part is quoted-printable HTML: ``extract`` gives the
  three citations, the related one under its title; checked directly, RIA and TASS pass and the related
  article postdates the message (dated by ``--article-date`` and by its own ``Date:`` header);
- the article as a Google Docs export (``.docx``): either its three citations, or a usage error naming the
  file and saying it is a Word document, never a traceback;
- RIA's story dated by its year alone, TASS's by its quarter alone: the cited day in the period passes, a
  day outside it is a ``date_mismatch``;
- the Moscow Times page carrying an "Updated: June 2024" line: an update is not the publication; the cited
  2 May 2024 is not contradicted;
- the three checked with ``--max-time`` shorter than TASS's slow answer: TASS ``skipped`` (``deadline``),
  a warning, the other two pass, exit 0, and the text report says TASS was not checked in time;
- the citations' outlets in Russian ("РИА Новости", "ТАСС") against the pages' Latin site names: no
  ``outlet_mismatch``; "РИА Новости" cited for TASS's page still is one;
- TASS's page whose ``author`` meta is "ТАСС", its own name: passes, names no other author.
Expectations are what the docs promise or, where they are silent, what a fact-checker expects. Every case is
a CLI subprocess against a 127.0.0.1 server the tests start.
"""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from tests.seed_harness import (
    COMMON,
    LEAD,
    MT,
    MT_PATH,
    MT_TITLE,
    NOT_FOUND,
    QUOTE,
    REAL_MT,
    REAL_RIA,
    REAL_TASS,
    RIA,
    RIA_PATH,
    TASS,
    TASS_PATH,
    Sites,
    by_url,
    check_json,
    extracted_urls,
    kinds,
    manifest,
    mt_page,
    ria_page,
    route_forms,
    run,
    tass_page,
    three_lines,
)
from tests.site_server import Page, Request, serve

RIA_TEXT = (
    "<p>Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем С-300, сообщил председатель"
    " комитета по безопасности и обороне иракского парламента.</p>"
    "<p>Ранее переговоры были приостановлены из-за угроз санкций со стороны США.</p>"
)
TASS_TEXT = (
    "<p>Лидер ЛДПР Владимир Жириновский призвал Иран купить российские зенитные ракетные системы С-400 и"
    " С-500 и открыть у себя базы, как в Сирии.</p>"
)
MT_TEXT = (
    "<p>Strikes attributed to Israel have exposed gaps in Iraq's air defenses, and Baghdad is again asking"
    " what Moscow could sell it.</p>"
    "<p>Analysts ask whether Moscow could supply the S-300 or the Pantsir, and what Baghdad could pay for"
    " them while Washington threatens sanctions on any buyer of Russian arms.</p>"
)
#: how long TASS takes to answer in the slow cases (the server's handler thread sleeps; bounded)
SLOW = 8.0


class Site(Sites):
    """The harness's pages, and the pages answered only after ``SLOW`` seconds."""

    def __init__(self, server: Any) -> None:
        super().__init__(server)
        self.slow: set[tuple[str, str]] = set()


@pytest.fixture(scope="module", name="server")
def server_fixture() -> Iterator[Site]:
    holder: list[Site] = []

    def answer(request: Request) -> Page:
        site = holder[0]
        for form in route_forms(request.route):
            key = (request.host, form)
            page = site.pages.get(key)
            if page is not None:
                if key in site.slow:
                    time.sleep(SLOW)
                return page
        return NOT_FOUND

    with serve({}, answer=answer) as running:
        holder.append(Site(running))
        yield holder[0]


@pytest.fixture(name="sites")
def sites_fixture(server: Site) -> Site:
    server.pages.clear()
    server.slow.clear()
    return server


def ria_story(
    *, published: str | None = "2020-01-09T10:12:00+03:00", site_name: str = "РИА Новости", dateline: str = ""
) -> Page:
    return ria_page(RIA_TEXT, before=dateline, published=published, site_name=site_name)


def tass_story(
    *,
    published: str | None = "2020-01-09T11:40:00+03:00",
    site_name: str = "ТАСС",
    head: str = "",
    dateline: str = "",
) -> Page:
    return tass_page(TASS_TEXT, head=head, before=dateline, published=published, site_name=site_name)


def mt_story(
    sites: Sites, *, published: str | None = "2024-05-02T15:20:00+03:00", dateline: str = ""
) -> Page:
    return mt_page(MT_TEXT, canonical=sites.url(MT, MT_PATH), before=dateline, published=published)


def serve_all_three(sites: Sites) -> None:
    sites.pages[(RIA, RIA_PATH)] = ria_story()
    sites.pages[(TASS, TASS_PATH)] = tass_story()
    sites.pages[(MT, MT_PATH)] = mt_story(sites)


def check_three(sites: Site, tmp_path: Path, text: str, *extra: str) -> tuple[int, dict[str, dict[str, Any]]]:
    code, report = check_json(tmp_path, str(manifest(tmp_path, text)), *extra)
    return code, by_url(report)


# --- the seed article as an e-mail message ------------------------------------------------------------------


def article_html(ria: str, tass: str, mt: str) -> str:
    return (
        "<html><body><h1>Iraq Resumes Talks to Buy Russian S-300 Missile Systems</h1>"
        "<p>Earlier talks to purchase the S-300 systems from Russia were suspended over U.S. threats of"
        " sanctions.</p>"
        f'<p>{LEAD} (<a href="{ria}">RIA Novosti</a>)</p>'
        "<p>Meanwhile, firebrand lawmaker Vladimir Zhirinovsky urged Iran to buy Russia’s advanced S-400"
        " missile systems in the wake of a flare-up in tensions with Washington.</p>"
        f'<p>Related article: <a href="{mt}">{escape(MT_TITLE)}</a></p>'
        f'<p>{QUOTE} (<a href="{tass}">TASS</a>)</p>'
        "<p>“We expect pushback from the U.S. on this matter,” al-Haider told RIA.</p>"
        "<p>Reuters contributed reporting to this article.</p></body></html>"
    )


def eml(ria: str, tass: str, mt: str) -> bytes:
    message = EmailMessage()
    message["From"] = "The Moscow Times <newsletter@themoscowtimes.example>"
    message["To"] = "desk@factcheck.example"
    message["Subject"] = "Iraq Resumes Talks to Buy Russian S-300 Missile Systems"
    message["Date"] = "Thu, 09 Jan 2020 18:30:00 +0300"
    message.set_content(article_html(ria, tass, mt), subtype="html", cte="quoted-printable")
    return bytes(message)


def test_seed_article_as_an_eml_with_a_quoted_printable_html_part_extracts_its_three_citations(
    tmp_path: Path,
) -> None:
    path = tmp_path / "iraq-s300.eml"
    path.write_bytes(eml(REAL_RIA, REAL_TASS, REAL_MT))
    assert b"quoted-printable" in path.read_bytes()
    done = run("extract", str(path), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(extracted_urls(done.stdout)) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), done.stdout
    mt_line = next(line for line in done.stdout.splitlines() if line.startswith(REAL_MT))
    assert f"title: {MT_TITLE}" in mt_line, mt_line


def test_seed_article_as_an_eml_checked_with_its_date_passes_ria_and_tass_and_the_related_postdates(
    sites: Site, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)
    path = tmp_path / "iraq-s300.eml"
    path.write_bytes(eml(ria, tass, mt))
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, results
    assert results[ria]["verdict"] == "pass", results[ria]
    assert results[tass]["verdict"] == "pass", results[tass]
    assert "postdates_article" in kinds(results[mt]), results[mt]
    assert code == 1


def test_seed_article_as_an_eml_is_dated_by_its_date_header(sites: Site, tmp_path: Path) -> None:
    # No --article-date: the message's own "Date: Thu, 09 Jan 2020" is the article's date, so the related
    # article of May 2024 postdates it, as a dateline would.
    serve_all_three(sites)
    ria, tass, mt = sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)
    path = tmp_path / "iraq-s300.eml"
    path.write_bytes(eml(ria, tass, mt))
    code, report = check_json(tmp_path, str(path))
    results = by_url(report)
    assert "postdates_article" in kinds(results[mt]), results[mt]
    assert results[ria]["verdict"] == "pass", results[ria]
    assert code == 1


# --- the article as a Google Docs export (.docx) ------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def docx(ria: str, tass: str, mt: str) -> bytes:
    links = {"rId10": ria, "rId11": tass, "rId12": mt}

    def para(text: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    def linked(before: str, rid: str, words: str) -> str:
        return (
            f'<w:p><w:r><w:t xml:space="preserve">{escape(before)}</w:t></w:r>'
            f'<w:hyperlink r:id="{rid}"><w:r><w:rPr><w:color w:val="1155cc"/><w:u w:val="single"/></w:rPr>'
            f"<w:t>{escape(words)}</w:t></w:r></w:hyperlink></w:p>"
        )

    body = "".join(
        [
            para("Iraq Resumes Talks to Buy Russian S-300 Missile Systems"),
            linked(LEAD + " ", "rId10", "RIA Novosti"),
            linked("Related article: ", "rId12", MT_TITLE),
            linked(QUOTE + " ", "rId11", "TASS"),
            para("Reuters contributed reporting to this article."),
        ]
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )
    rels = "".join(
        f'<Relationship Id="{rid}" Type="{R}/hyperlink" Target="{escape(url)}" TargetMode="External"/>'
        for rid, url in links.items()
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
            '2006/content-types"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>",
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{R}/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", document)
        z.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships">{rels}</Relationships>',
        )
    return out.getvalue()


def _word_outcome(done: Any, path: Path) -> None:
    """Either the three citations, or a usage error naming the file and saying what it is."""
    assert "Traceback" not in done.stderr, done.stderr
    if done.returncode == 2:
        assert path.name in done.stderr, done.stderr
        told = done.stderr.replace(path.name, "").lower()  # the file's own name says ".docx" already
        assert "word" in told, done.stderr
        return
    assert done.returncode in (0, 1), done.stdout + done.stderr


def test_seed_article_as_a_google_docs_docx_extracts_its_citations_or_says_it_is_a_word_document(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Iraq S-300 draft.docx"
    path.write_bytes(docx(REAL_RIA, REAL_TASS, REAL_MT))
    done = run("extract", str(path), cwd=tmp_path)
    _word_outcome(done, path)
    if done.returncode == 0:
        assert sorted(extracted_urls(done.stdout)) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), done.stdout


def test_seed_article_as_a_docx_checked_directly_checks_its_links_or_says_it_is_a_word_document(
    sites: Site, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = sites.url(RIA, RIA_PATH), sites.url(TASS, TASS_PATH), sites.url(MT, MT_PATH)
    path = tmp_path / "Iraq S-300 draft.docx"
    path.write_bytes(docx(ria, tass, mt))
    done = run(str(path), "--format", "json", *COMMON, cwd=tmp_path)
    _word_outcome(done, path)
    if done.returncode != 2:
        urls = {r["url"] for r in json.loads(done.stdout)["results"]}
        assert urls == {ria, tass, mt}, urls


# --- pages dated by their year or quarter alone -------------------------------------------------------------


def test_ria_story_stating_only_its_year_passes_at_the_cited_day(sites: Site, tmp_path: Path) -> None:
    serve_all_three(sites)
    sites.pages[(RIA, RIA_PATH)] = ria_story(
        published=None, dateline='<p class="date">Опубликовано: 2020</p>'
    )
    code, results = check_three(sites, tmp_path, three_lines(sites))
    ria = results[sites.url(RIA, RIA_PATH)]
    # The address's day (20200109) is inside the stated year: either may be given (as seed17 found for a
    # month), what matters is that the cited day is not a mismatch.
    assert ria["published"] in ("2020", "2020-01-09"), ria
    assert "date_mismatch" not in kinds(ria), ria["findings"]
    assert ria["verdict"] == "pass", ria
    assert code == 0


def test_ria_story_stating_only_its_year_cited_a_year_later_is_a_date_mismatch(
    sites: Site, tmp_path: Path
) -> None:
    serve_all_three(sites)
    sites.pages[(RIA, RIA_PATH)] = ria_story(
        published=None, dateline='<p class="date">Опубликовано: 2020</p>'
    )
    code, results = check_three(sites, tmp_path, three_lines(sites, ria_date="2021-01-09"))
    ria = results[sites.url(RIA, RIA_PATH)]
    assert "date_mismatch" in kinds(ria), ria["findings"]
    assert ria["verdict"] == "fail", ria
    assert code == 1


def test_tass_story_stating_only_its_quarter_passes_at_the_cited_day(sites: Site, tmp_path: Path) -> None:
    serve_all_three(sites)
    sites.pages[(TASS, TASS_PATH)] = tass_story(
        published=None, dateline='<p class="issue">Issue: Q1 2020</p>'
    )
    code, results = check_three(sites, tmp_path, three_lines(sites))
    tass = results[sites.url(TASS, TASS_PATH)]
    assert tass["published"] == "2020-Q1", tass
    assert "date_mismatch" not in kinds(tass), tass["findings"]
    assert tass["verdict"] == "pass", tass
    assert code == 0


def test_tass_story_stating_only_its_quarter_cited_in_the_next_quarter_is_a_date_mismatch(
    sites: Site, tmp_path: Path
) -> None:
    serve_all_three(sites)
    sites.pages[(TASS, TASS_PATH)] = tass_story(
        published=None, dateline='<p class="issue">Issue: Q1 2020</p>'
    )
    code, results = check_three(sites, tmp_path, three_lines(sites, tass_date="2020-04-09"))
    tass = results[sites.url(TASS, TASS_PATH)]
    assert "date_mismatch" in kinds(tass), tass["findings"]
    assert code == 1


# --- the Moscow Times page's "Updated" month line -----------------------------------------------------------


def test_moscow_times_page_with_an_updated_month_line_keeps_its_publication_day_and_passes(
    sites: Site, tmp_path: Path
) -> None:
    serve_all_three(sites)
    sites.pages[(MT, MT_PATH)] = mt_story(sites, dateline='<p class="updated">Updated: June 2024</p>')
    code, results = check_three(sites, tmp_path, three_lines(sites, mt_extra=" | date: 2024-05-02"))
    mt = results[sites.url(MT, MT_PATH)]
    assert mt["published"] == "2024-05-02", mt
    assert not {"date_mismatch", "url_date_mismatch"} & set(kinds(mt)), mt["findings"]
    assert mt["verdict"] == "pass", mt
    assert code == 0


def test_moscow_times_page_dated_only_by_an_updated_month_line_is_not_published_that_month(
    sites: Site, tmp_path: Path
) -> None:
    # An update is not the publication: a page that says only "Updated: June 2024" does not contradict the
    # cited 2 May 2024 (the day in its address), and June is not given as the day it was published.
    serve_all_three(sites)
    sites.pages[(MT, MT_PATH)] = mt_story(
        sites, published=None, dateline='<p class="updated">Updated: June 2024</p>'
    )
    code, results = check_three(sites, tmp_path, three_lines(sites, mt_extra=" | date: 2024-05-02"))
    mt = results[sites.url(MT, MT_PATH)]
    assert mt["published"] not in ("2024-06", "2024-06-01"), mt
    assert "date_mismatch" not in kinds(mt), mt["findings"]
    assert mt["verdict"] == "pass", mt
    assert code == 0


# --- a run cut by --max-time while TASS is slow -------------------------------------------------------------

FAST = ["--allow-private", "--no-config", "--retries", "0", "--deadline", "15", "--max-time", "3", "-q"]


def test_max_time_shorter_than_tass_slow_answer_skips_tass_and_passes_the_rest(
    sites: Site, tmp_path: Path
) -> None:
    serve_all_three(sites)
    sites.slow.add((TASS, TASS_PATH))
    path = manifest(tmp_path, three_lines(sites))
    done = run(str(path), "--format", "json", *FAST, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    results = by_url(report)
    tass = results[sites.url(TASS, TASS_PATH)]
    assert tass["status"] == "skipped", tass
    assert tass["cause"] == "deadline", tass
    assert tass["verdict"] == "warn", tass
    for host, route in ((RIA, RIA_PATH), (MT, MT_PATH)):
        assert results[sites.url(host, route)]["verdict"] == "pass", results[sites.url(host, route)]
    assert report["summary"]["skipped"] == 1, report["summary"]
    assert report["summary"]["pass"] == 2, report["summary"]


def test_text_report_of_a_run_cut_by_max_time_says_tass_was_not_checked_in_time(
    sites: Site, tmp_path: Path
) -> None:
    serve_all_three(sites)
    sites.slow.add((TASS, TASS_PATH))
    path = manifest(tmp_path, three_lines(sites))
    done = run(str(path), "--color", "never", *FAST, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    tass_at = out.find(sites.url(TASS, TASS_PATH))
    assert tass_at >= 0, out
    block = out[tass_at : tass_at + 600].lower()
    assert "skipped" in block or "not checked" in block, out
    assert "time" in block or "deadline" in block, out


# --- outlets cited by their Russian names -------------------------------------------------------------------


def test_outlets_cited_by_russian_names_match_the_pages_latin_site_names(sites: Site, tmp_path: Path) -> None:
    serve_all_three(sites)
    sites.pages[(RIA, RIA_PATH)] = ria_story(site_name="RIA Novosti")
    sites.pages[(TASS, TASS_PATH)] = tass_story(site_name="TASS")
    code, results = check_three(
        sites, tmp_path, three_lines(sites, ria_outlet="РИА Новости", tass_outlet="ТАСС")
    )
    for host, route in ((RIA, RIA_PATH), (TASS, TASS_PATH)):
        result = results[sites.url(host, route)]
        assert "outlet_mismatch" not in kinds(result), result["findings"]
        assert result["verdict"] == "pass", result
    assert code == 0


def test_ria_novosti_cited_in_russian_for_tass_page_is_still_an_outlet_mismatch(
    sites: Site, tmp_path: Path
) -> None:
    serve_all_three(sites)
    sites.pages[(TASS, TASS_PATH)] = tass_story(site_name="TASS")
    _, results = check_three(sites, tmp_path, three_lines(sites, tass_outlet="РИА Новости"))
    tass = results[sites.url(TASS, TASS_PATH)]
    assert "outlet_mismatch" in kinds(tass), tass["findings"]


def test_ria_novosti_cited_in_latin_for_a_page_whose_site_name_is_cyrillic_matches(
    sites: Site, tmp_path: Path
) -> None:
    # The other way round: "RIA Novosti" cited, the page's og:site_name "РИА Новости"; and "TASS" cited,
    # "ТАСС" on the page (the pages as the outlets serve them).
    serve_all_three(sites)
    code, results = check_three(sites, tmp_path, three_lines(sites))
    for host, route in ((RIA, RIA_PATH), (TASS, TASS_PATH)):
        result = results[sites.url(host, route)]
        assert "outlet_mismatch" not in kinds(result), result["findings"]
    assert code == 0


# --- TASS as its own author meta ----------------------------------------------------------------------------


def test_tass_page_whose_author_meta_is_tass_itself_passes_and_names_no_other_author(
    sites: Site, tmp_path: Path
) -> None:
    serve_all_three(sites)
    sites.pages[(TASS, TASS_PATH)] = tass_story(site_name="TASS", head='<meta name="author" content="ТАСС">')
    code, results = check_three(sites, tmp_path, three_lines(sites))
    tass = results[sites.url(TASS, TASS_PATH)]
    assert "outlet_mismatch" not in kinds(tass), tass["findings"]
    assert tass["verdict"] == "pass", tass
    names = [a["name"] for a in tass.get("author") or []]
    assert set(names) <= {"ТАСС", "TASS"}, names
    assert code == 0


def test_ria_page_with_a_russian_rel_author_byline_names_its_reporter(sites: Site, tmp_path: Path) -> None:
    serve_all_three(sites)
    sites.pages[(RIA, RIA_PATH)] = ria_story(
        dateline='<p class="byline"><a rel="author" href="/author_ivanova/">Мария Иванова</a></p>'
    )
    code, results = check_three(sites, tmp_path, three_lines(sites))
    ria = results[sites.url(RIA, RIA_PATH)]
    names = [a["name"] for a in ria.get("author") or []]
    assert names == ["Мария Иванова"], ria
    assert ria["verdict"] == "pass", ria
    assert code == 0
