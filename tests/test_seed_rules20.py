"""Rules added after the seed20 probe (tests/test_seed_probe20.py): a manifest's redirect wrappers read as the
address they spell (linkcheck.wrappers, both readers' one module), a reference record's field no dateline,
an e-mail's alternatives sent in 8bit, a Markdown story's diff, a related-article box's title, and the sites
a text names by their host alone. Each rule's cases fail on base59's src; the controls must not fire."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html

from linkcheck.articles import extract_citations
from linkcheck.articles._base import unwrap_redirect
from linkcheck.articles.plaintext import dateline
from linkcheck.config import Config
from linkcheck.models import Citation, FindingKind, PartialDate, Severity
from linkcheck.sources import iter_source_urls, parse_sources

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
SAFELINK = (
    "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fria.ru%2F20200109%2F1563219328.html"
    "&data=05%7C02%7Cdesk%40example.org%7C0&sdata=q9Jx%2BkT0%3D&reserved=0"
)
GOOGLE = f"https://www.google.com/url?q={TASS}&sa=D&source=editors&ust=1578580000000000&usg=AOvVaw1x"
FACEBOOK = "https://l.facebook.com/l.php?u=https%3A%2F%2Ftass.ru%2Fpolitika%2F7487995&h=AT0xQ9"


# --- a manifest's redirect wrappers ------------------------------------------------------------------------


@pytest.mark.parametrize(("wrapped", "target"), [(SAFELINK, RIA), (GOOGLE, TASS), (FACEBOOK, TASS)])
def test_manifest_wrapper_is_checked_at_its_target_and_keeps_the_address_written(
    wrapped: str, target: str
) -> None:
    [citation] = parse_sources(f"{wrapped} | outlet: RIA Novosti | date: 2020-01-09\n")
    assert citation.url == target
    assert citation.wrapper == wrapped
    assert citation.outlet == "RIA Novosti"
    assert citation.date == PartialDate(2020, 1, 9)


def test_manifest_urls_pass_gives_the_wrappers_target() -> None:
    assert list(iter_source_urls([f"{GOOGLE}\n", f"{RIA} | outlet: RIA Novosti\n"])) == [TASS, RIA]


def test_web_archive_copy_of_a_wrapper_is_no_wrapper() -> None:
    capture = f"https://web.archive.org/web/20200110000000/{GOOGLE}"
    assert unwrap_redirect(capture) is None
    [citation] = parse_sources(capture + "\n")
    assert citation.url == capture
    assert citation.wrapper is None


def test_manifest_controls_plain_quoted_and_spelling_nothing_stay_as_written() -> None:
    tracker = "https://click.newsletter.example/ls/click?upn=u001.Xk9fQ2-2BqZ3"
    plain, quoted, blind, archived = parse_sources(
        f'{RIA}\n"{GOOGLE}"\n{tracker}\nhttps://web.archive.org/web/20200110000000/{RIA}\n'
    )
    assert (plain.url, plain.wrapper) == (RIA, None)
    assert (quoted.url, quoted.wrapper) == (GOOGLE, None)  # written in quotes: taken as written
    assert (blind.url, blind.wrapper) == (tracker, None)  # spells no target: the link the reader follows
    assert archived.wrapper is None


def test_wrapped_finding_is_info_naming_the_wrapper_and_the_target() -> None:
    from linkcheck.match import match_citation

    citation = Citation(url=RIA, wrapper=SAFELINK)
    findings = match_citation(citation, None, final_url=None, config=Config())
    [wrapped] = [f for f in findings if f.kind is FindingKind("wrapped")]
    assert wrapped.severity is Severity.INFO
    assert (wrapped.expected, wrapped.actual) == (SAFELINK, RIA)
    assert "safelinks.protection.outlook.com" in wrapped.message
    assert not match_citation(Citation(url=RIA), None, final_url=None, config=Config())


def test_a_wrapper_field_of_another_type_is_refused() -> None:
    with pytest.raises(TypeError, match="Citation wrapper must be a str"):
        Citation(url=RIA, wrapper=b"https://x.example/")  # type: ignore[arg-type]


# --- a reference record's field is no dateline -------------------------------------------------------------


def test_bibtex_and_ris_fields_near_the_top_date_no_article() -> None:
    bib = "@online{ria,\n  title = {Ирак},\n  date = {2020-01-09},\n  url = {" + RIA + "}\n}\n"
    quoted = '@online{ria,\n  date = "2020-01-09",\n}\n'
    ris = f"TY  - NEWS\nTI  - Ирак\nDA  - 2020/01/09/\nUR  - {RIA}\nER  - \n"
    for text in (bib, quoted, ris):
        assert dateline(text) == (None, None), text


def test_dateline_controls_front_matters_and_a_published_line_still_date() -> None:
    assert dateline('+++\ndate = "2020-01-09"\ntitle = "x"\n+++\n')[0] == PartialDate(2020, 1, 9)
    assert dateline("Iraq talks\n\nPublished: 9 January 2020\n\nText.")[0] == PartialDate(2020, 1, 9)
    assert dateline("---\ndate: 2020-01-09\n---\n")[0] == PartialDate(2020, 1, 9)


# --- an e-mail's alternatives sent in 8bit ------------------------------------------------------------------


def _mail(parts: str, kind: str = "alternative") -> str:
    return (
        "From: Chief <chief@desk.example>\nSubject: Re: story\nDate: Thu, 09 Jan 2020 19:40:12 +0300\n"
        f'MIME-Version: 1.0\nContent-Type: multipart/{kind}; boundary="b1"\n\n{parts}--b1--\n'
    )


def test_eight_bit_alternatives_are_read_once_from_the_text_part() -> None:
    parts = (
        '--b1\nContent-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n\n'
        f"Run it.\n\n-- \nChief\nhttps://www.desk-news.com/team/chief\n\n> Talks resumed: {RIA}\n\n"
        '--b1\nContent-Type: text/html; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n\n'
        '<div>Run it.<br>-- <br><a href="https://www.desk-news.com/team/chief">desk</a></div>'
        f'<blockquote><p>Talks resumed: <a href="{RIA}">RIA</a></p></blockquote>\n'
    )
    assert [c.url for c in extract_citations(_mail(parts), source="re.eml")] == [RIA]


def test_eight_bit_mail_control_an_html_only_alternative_keeps_its_links() -> None:
    parts = (
        '--b1\nContent-Type: text/html; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n\n'
        f'<p>Talks resumed: <a href="{RIA}">RIA</a>; <a href="{TASS}">TASS</a></p>\n'
    )
    assert [c.url for c in extract_citations(_mail(parts), source="re.eml")] == [RIA, TASS]


# --- a Markdown story's unified diff ------------------------------------------------------------------------


def test_markdown_diff_cites_the_story_as_it_now_reads() -> None:
    diff = (
        "diff --git a/story.md b/story.md\n--- a/story.md\n+++ b/story.md\n@@ -1,3 +1,3 @@ title: x\n"
        f" Talks resumed ([RIA]({RIA})).\n-Quoted by [TASS](https://tass.ru/politika/7487990).\n"
        f"+Quoted by [TASS]({TASS}).\n"
    )
    assert [c.url for c in extract_citations(diff, format="markdown")] == [RIA, TASS]


def test_markdown_control_a_list_of_links_without_a_hunk_is_kept() -> None:
    text = f"Sources:\n\n- [RIA]({RIA})\n+ [TASS]({TASS})\n"
    assert [c.url for c in extract_citations(text, format="markdown")] == [RIA, TASS]


# --- a related-article box: its label and its title in spans of one link ------------------------------------


def _anchor(markup: str) -> str:
    from linkcheck.articles.html import _anchor_text

    return _anchor_text(lxml_html.fragment_fromstring(markup))


def test_link_holding_a_label_and_a_title_span_reads_as_its_title() -> None:
    box = (
        '<a href="https://mt.example/2024/05/02/x">'
        '<span class="related-article__label">Related article</span>'
        '<span class="related-article__title">Will Russia Reinforce Iraq\'s Air Defenses?</span></a>'
    )
    assert _anchor(box) == "Will Russia Reinforce Iraq's Air Defenses?"
    card = (
        '<a href="/x"><span class="kicker">Opinion</span>'
        '<span class="card-headline">Iraq Buys S-300</span></a>'
    )
    assert _anchor(card) == "Iraq Buys S-300"


def test_link_control_a_small_titled_part_keeps_the_links_whole_text() -> None:
    assert _anchor('<a href="/x">Read all <span class="headline-count">3</span> stories</a>') == (
        "Read all 3 stories"
    )
    assert _anchor('<a href="/x">Iraq <em>resumes</em> talks</a>') == "Iraq resumes talks"


# --- sites named by their host alone ------------------------------------------------------------------------


def test_bare_hosts_names_the_sites_a_text_gives_without_pages() -> None:
    from linkcheck.articles.plaintext import bare_hosts

    assert bare_hosts("Sources: ria.ru, tass.ru and themoscowtimes.com; ria.ru again.") == [
        "ria.ru",
        "tass.ru",
        "themoscowtimes.com",
    ]


def test_bare_hosts_controls_addresses_mail_file_names_and_abbreviations_are_none() -> None:
    from linkcheck.articles.plaintext import bare_hosts

    text = f"See {RIA}, desk@tass.ru, notes.txt, ria.ru/20200109/x.html, U.S. and e.g. S-300."
    assert bare_hosts(text) == []


def _extract(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", "extract", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_no_citations_warning_names_the_bare_hosts(tmp_path: Path) -> None:
    done = _extract(tmp_path, "Iraq resumed talks, RIA said.\n\nSources: ria.ru, tass.ru\n")
    assert "no citations found" in done.stderr
    assert "ria.ru, tass.ru" in done.stderr
    assert "full address" in done.stderr


def test_no_citations_warning_control_names_nothing_without_hosts(tmp_path: Path) -> None:
    done = _extract(tmp_path, "Iraq resumed talks, RIA said on Jan. 9.\n")
    assert "no citations found" in done.stderr
    assert "names sites" not in done.stderr
