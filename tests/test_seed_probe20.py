"""Held-out probe (seed20, fifty-ninth session): the seed article and its citations as users hand them over,
in shapes the first nineteen probes did not play, and wrapped links in a manifest.

Written from README.md, docs/ (articles, json-schema, sources-format), seed19's subsection and "Left" in
docs/benchmarks.md and the earlier probes (grepped for their names and fixtures: an ``.eml`` without a
reply, a ``.docx``, an RSS item and an Atom entry, Google Docs, RTF, ODT, Slack, Telegram, newsletters,
CMS pages and footnoted HTML were played; never an e-mail's HTML part with its quoted reply and a signature,
a revision's unified diff, Word's filtered HTML with ``_ftn`` footnotes, a Medium or a Substack export, a
BibTeX, CSL JSON or RIS file checked directly, a "Sources:" list with a mail client's wrapped URL, an
RFC 3986 angle-bracketed URL wrapped over lines, bare domains, schemeless story addresses, The Moscow
Times' related-article box, Org-mode, LaTeX, a Ghost JSON export or a Notion Markdown export), before any
code under ``src/`` that these cases test was read, and committed before any change there. Expectations
are what the docs promise or, where they are silent, what a fact-checker expects. Every check is a CLI
subprocess against the harness's 127.0.0.1 server.

Wrapped links in a manifest (seed19's "Left"): a manifest line holding a click-tracking or safety wrapper
whose own address spells its target (Outlook SafeLinks, Google's ``/url?q=``, Facebook's ``l.php?u=``) is
expected to be checked at the target it spells, without a request to the wrapper (which counts the click,
may carry the reader's address, may expire, and may answer a robot with an interstitial), and the report
is expected to say so and name the target, so the user can fix the source. The wrapper hosts here are the
real ones: none of them answers in the tests' loopback-only namespace, so a request to one is an error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from tests.seed_harness import (
    COMMON,
    LEAD,
    MT,
    MT_PATH,
    MT_TITLE,
    QUOTE,
    REAL_MT,
    REAL_RIA,
    REAL_TASS,
    RIA,
    RIA_PATH,
    RIA_TITLE,
    TAIL,
    TASS,
    TASS_PATH,
    TASS_TITLE,
    Sites,
    assert_the_three,
    by_url,
    check_json,
    fixtures,
    line_of,
    local_three,
    manifest,
    run,
    serve_all_three,
)

server, sites = fixtures()

HEADLINE = "Iraq Resumes Talks to Buy Russian S-300 Missile Systems"


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def extract(tmp_path: Path, name: str, content: str) -> tuple[list[str], str]:
    done = run("extract", str(write(tmp_path, name, content)), cwd=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    urls = [
        line.split(" | ", 1)[0].strip()
        for line in done.stdout.splitlines()
        if line.strip() and not line.startswith(("#", "@"))
    ]
    return urls, done.stdout + done.stderr


def check_file(tmp_path: Path, name: str, content: str, *args: str) -> tuple[int, dict[str, dict[str, Any]]]:
    code, report = check_json(tmp_path, str(write(tmp_path, name, content)), *args)
    return code, by_url(report)


def assert_all_pass(code: int, results: dict[str, dict[str, Any]], s: Sites) -> None:
    assert set(results) == set(local_three(s)), sorted(results)
    for url, result in results.items():
        assert result["status"] == "ok", result
        assert result["verdict"] == "pass", (url, result["findings"])
    assert code == 0


# --- wrapped links in a manifest (seed19's "Left") ---------------------------------------------------------


def safelink(url: str) -> str:
    return (
        "https://eur01.safelinks.protection.outlook.com/?url="
        + quote(url, safe="")
        + "&data=05%7C02%7Cdesk%40factcheck.example%7C3f1c%7C0&sdata=q9Jx%2BkT0%3D&reserved=0"
    )


def google_url(url: str) -> str:
    return "https://www.google.com/url?q=" + url + "&sa=D&source=editors&ust=1578580000000000&usg=AOvVaw1x"


def facebook_l(url: str) -> str:
    return "https://l.facebook.com/l.php?u=" + quote(url, safe="") + "&h=AT0xQ9kLmN3pR7sT"


def names_target(result: dict[str, Any], target: str) -> bool:
    return any(target in (f.get("actual") or "") or target in f["message"] for f in result["findings"])


def test_safelinks_address_in_a_manifest_is_checked_at_the_story_it_wraps_and_says_so(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria = sites.url(RIA, RIA_PATH)
    path = manifest(
        tmp_path, f"{safelink(ria)} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n"
    )
    code, report = check_json(tmp_path, str(path))
    [result] = report["results"]
    assert result["status"] == "ok", result
    assert ria in (result["url"], result["final_url"]), result
    assert result["verdict"] == "pass", result
    assert names_target(result, ria), result["findings"]
    assert code == 0


def test_google_url_redirect_in_a_manifest_is_checked_at_the_story_it_wraps_and_says_so(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    tass = sites.url(TASS, TASS_PATH)
    path = manifest(tmp_path, f"{google_url(tass)} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    [result] = report["results"]
    assert result["status"] == "ok", result
    assert tass in (result["url"], result["final_url"]), result
    assert result["verdict"] == "pass", result
    assert names_target(result, tass), result["findings"]
    assert code == 0


def test_text_report_of_a_facebook_wrapped_manifest_line_names_the_address_to_cite(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    mt = sites.url(MT, MT_PATH)
    path = manifest(tmp_path, f"{facebook_l(mt)} | title: {MT_TITLE} | outlet: The Moscow Times\n")
    done = run(str(path), *COMMON, "--format", "text", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert mt in done.stdout, done.stdout
    assert "l.facebook.com" in done.stdout, done.stdout
    assert "wrap" in done.stdout.lower(), done.stdout


# --- an e-mail's HTML part with the reply quoting the article -----------------------------------------------


def test_reply_quoting_the_article_in_its_html_part_gives_the_three_not_the_signature(tmp_path: Path) -> None:
    quoted = (
        f'<p>{escape(LEAD)} (<a href="{REAL_RIA}">RIA Novosti</a>)</p>'
        f'<p>Related article: <a href="{REAL_MT}">{escape(MT_TITLE)}</a></p>'
        f'<p>{escape(QUOTE)} (<a href="{REAL_TASS}">TASS</a>)</p><p>{TAIL}</p>'
    )
    plain_quoted = (
        f"> {LEAD}\n> {REAL_RIA}\n>\n> Related article: {MT_TITLE}\n> {REAL_MT}\n>\n"
        f"> {QUOTE}\n> {REAL_TASS}\n"
    )
    eml = (
        "From: Copy Chief <chief@nightdesk-news.com>\n"
        "To: Night Desk <desk@nightdesk-news.com>\n"
        "Subject: Re: Iraq S-300 story for review\n"
        "Date: Thu, 09 Jan 2020 19:40:12 +0300\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="000000000000b1c2d3"\n\n'
        "--000000000000b1c2d3\n"
        'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n\n'
        "Fine by me, run it. One question on the TASS quote: is it from the same day?\n\n"
        "-- \nCopy Chief, Night Desk\nhttps://www.nightdesk-news.com/team/copy-chief\n\n"
        "On Thu, Jan 9, 2020 at 19:02 Night Desk <desk@nightdesk-news.com> wrote:\n\n" + plain_quoted + "\n"
        "--000000000000b1c2d3\n"
        'Content-Type: text/html; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n\n'
        '<div dir="ltr">Fine by me, run it. One question on the TASS quote: is it from the same day?<br>'
        '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">'
        'Copy Chief, Night Desk<br><a href="https://www.nightdesk-news.com/team/copy-chief">'
        "nightdesk-news.com/team/copy-chief</a></div></div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Jan 9, 2020 at 19:02 Night Desk'
        ' &lt;<a href="mailto:desk@nightdesk-news.com">desk@nightdesk-news.com</a>&gt; wrote:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid'
        f' rgb(204,204,204);padding-left:1ex">{quoted}</blockquote></div>\n'
        "--000000000000b1c2d3--\n"
    )
    urls, out = extract(tmp_path, "Re_ Iraq S-300 story for review.eml", eml)
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT)


# --- a revision's unified diff ------------------------------------------------------------------------------


def test_revision_diff_gives_the_articles_links_as_it_now_reads_not_the_removed_ones(tmp_path: Path) -> None:
    old_tass = "https://tass.ru/politika/7487990"
    old_mt = "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses"
    diff = (
        "commit 9b8e0d4c1a2f3e4d5c6b7a8998877665544332211\n"
        "Author: Night Desk <desk@nightdesk-news.com>\n"
        "Date:   Thu Jan 9 20:15:03 2020 +0300\n\n"
        "    Fix the TASS link and the related article's address\n\n"
        "diff --git a/content/iraq-s300.md b/content/iraq-s300.md\n"
        "index 3f1c2a7..9b8e0d4 100644\n"
        "--- a/content/iraq-s300.md\n"
        "+++ b/content/iraq-s300.md\n"
        "@@ -4,9 +4,9 @@ date: 2020-01-09\n"
        " \n"
        f" {LEAD} ([RIA Novosti]({REAL_RIA}))\n"
        " \n"
        f"-Related article: [Will Russia Reinforce Iraq's Air Defenses?]({old_mt})\n"
        f"+Related article: [{MT_TITLE}]({REAL_MT})\n"
        " \n"
        f"-{QUOTE} ([TASS]({old_tass}))\n"
        f"+{QUOTE} ([TASS]({REAL_TASS}))\n"
        " \n"
        f" {TAIL}\n"
    )
    urls, out = extract(tmp_path, "fix-links.diff", diff)
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT)


# --- Word's "Web Page, Filtered" with footnotes -------------------------------------------------------------


def test_word_filtered_html_with_footnoted_sources_gives_the_three_dated(tmp_path: Path) -> None:
    def ref(n: int) -> str:
        return (
            f'<a href="#_ftn{n}" name="_ftnref{n}" title=""><span class=MsoFootnoteReference>'
            f"<span class=MsoFootnoteReference><span style='font-size:11.0pt;line-height:107%'>[{n}]</span>"
            "</span></span></a>"
        )

    def note(n: int, words: str, url: str) -> str:
        return (
            f'<div id=ftn{n}><p class=MsoFootnoteText><a href="#_ftnref{n}" name="_ftn{n}" title="">'
            f"<span class=MsoFootnoteReference><span class=MsoFootnoteReference>"
            f"<span style='font-size:10.0pt;line-height:107%'>[{n}]</span></span></span></a> {words} "
            f'<a href="{url}">{url}</a></p></div>'
        )

    doc = (
        '<html>\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n'
        '<meta name=Generator content="Microsoft Word 15 (filtered)">\n'
        '<style>\n<!--\n p.MsoNormal {margin-top:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        "span.MsoFootnoteReference {vertical-align:super;}\n-->\n</style>\n</head>\n"
        '<body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\n'
        "<div class=WordSection1>\n"
        f"<p class=MsoTitle>{HEADLINE}</p>\n"
        f"<p class=MsoNormal>{escape(LEAD)}{ref(1)}</p>\n"
        f"<p class=MsoNormal>Related article: {escape(MT_TITLE)}{ref(2)}</p>\n"
        f"<p class=MsoNormal>{escape(QUOTE)}{ref(3)}</p>\n"
        f"<p class=MsoNormal>{TAIL}</p>\n</div>\n"
        '<div><br clear=all>\n<hr align=left size=1 width="33%">\n'
        + note(1, "RIA Novosti, 9 January 2020,", REAL_RIA)
        + note(2, "The Moscow Times, 2 May 2024,", REAL_MT)
        + note(3, "TASS, 9 January 2020,", REAL_TASS)
        + "</div>\n</body>\n</html>\n"
    )
    urls, out = extract(tmp_path, "Iraq S-300.htm", doc)
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT, titled=False)
    assert "2020-01-09" in line_of(out, REAL_RIA), out
    assert "2020-01-09" in line_of(out, REAL_TASS), out


# --- Medium's and Substack's exports ------------------------------------------------------------------------


def test_medium_export_gives_the_three_and_none_of_mediums_own_links(tmp_path: Path) -> None:
    def a(url: str, words: str) -> str:
        return (
            f'<a href="{url}" data-href="{url}" class="markup--anchor markup--p-anchor" rel="noopener"'
            f' target="_blank">{escape(words)}</a>'
        )

    doc = (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{HEADLINE}</title><style>* {{font-family:Georgia, Cambria, serif;}}</style></head><body>"
        '<article class="h-entry"><header><h1 class="p-name">' + HEADLINE + "</h1></header>"
        '<section data-field="subtitle" class="p-summary">Earlier talks were suspended over U.S. threats of'
        " sanctions.</section>"
        '<section data-field="body" class="e-content"><section name="b7c1" class="section section--body'
        ' section--first section--last"><div class="section-divider"><hr class="section-divider"></div>'
        '<div class="section-content"><div class="section-inner sectionLayout--insetColumn">'
        f'<h3 name="0a1b" id="0a1b" class="graf graf--h3 graf--leading graf--title">{HEADLINE}</h3>'
        f'<p name="1c2d" id="1c2d" class="graf graf--p graf-after--h3">{escape(LEAD)}'
        f" ({a(REAL_RIA, 'RIA Novosti')})</p>"
        '<p name="2e3f" id="2e3f" class="graf graf--p graf-after--p">'
        f"Related article: {a(REAL_MT, MT_TITLE)}</p>"
        f'<blockquote name="3a4b" id="3a4b" class="graf graf--blockquote graf-after--p">{escape(QUOTE)}'
        f" ({a(REAL_TASS, 'TASS')})</blockquote>"
        f'<p name="4c5d" id="4c5d" class="graf graf--p graf-after--blockquote graf--trailing">{TAIL}</p>'
        "</div></div></section></section>"
        '<footer><p>By <a href="https://medium.com/@nightdesk" class="p-author h-card">Night Desk</a> on'
        ' <a href="https://medium.com/p/3f1c2a7b9e8d"><time class="dt-published"'
        ' datetime="2020-01-09T16:02:11.123Z">January 9, 2020</time></a>.</p>'
        '<p><a href="https://medium.com/@nightdesk/iraq-resumes-talks-to-buy-russian-s-300-3f1c2a7b9e8d"'
        ' class="p-canonical">Canonical link</a></p>'
        '<p>Exported from <a href="https://medium.com">Medium</a> on December 1, 2026.</p></footer>'
        "</article></body></html>"
    )
    urls, out = extract(tmp_path, "2020-01-09_Iraq-Resumes-Talks-to-Buy-Russian-S-300-3f1c2a7b9e8d.html", doc)
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT)


def test_substack_export_gives_the_three_and_not_its_subscribe_or_share_buttons(tmp_path: Path) -> None:
    share = (
        "https://nightdesk.substack.com/p/iraq-s300?utm_source=substack&amp;utm_medium=email"
        "&amp;utm_content=share&amp;action=share"
    )
    doc = (
        f'<p>{escape(LEAD)} (<a href="{REAL_RIA}" rel="">RIA Novosti</a>)</p>'
        f'<p>Related article: <a href="{REAL_MT}" rel="">{escape(MT_TITLE)}</a></p>'
        '<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;'
        'https://nightdesk.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;}"'
        ' data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe">'
        '<div class="preamble"><p class="cta-caption">Thanks for reading Night Desk! Subscribe for free to'
        ' receive new posts and support my work.</p></div><form class="subscription-widget-subscribe">'
        '<input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">'
        '<input type="submit" class="button primary" value="Subscribe"></form></div></div>'
        f'<blockquote><p>{escape(QUOTE)} (<a href="{REAL_TASS}" rel="">TASS</a>)</p></blockquote>'
        f"<p>{TAIL}</p>"
        f'<p class="button-wrapper" data-attrs="{{&quot;url&quot;:&quot;{share}&quot;,&quot;text&quot;:'
        '&quot;Share&quot;}" data-component-name="ButtonCreateButton"><a class="button primary"'
        f' href="{share}"><span>Share</span></a></p>'
    )
    urls, out = extract(tmp_path, "123456789.iraq-s300.html", doc)
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT)


# --- a reference manager's exports, checked directly -------------------------------------------------------


def test_bibtex_export_checked_directly_passes_the_three(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    bib = (
        "% Exported from Zotero\n\n"
        "@online{ria_irak_2020,\n"
        f"  title = {{{RIA_TITLE}}},\n  organization = {{РИА Новости}},\n"
        f"  date = {{2020-01-09}},\n  url = {{{ria}}},\n  urldate = {{2020-01-10}},\n"
        "  langid = {russian}\n}\n\n"
        "@online{tass_zhirinovsky_2020,\n"
        f"  title = {{{TASS_TITLE}}},\n  organization = {{ТАСС}},\n"
        f"  date = {{2020-01-09}},\n  url = {{{tass}}},\n  urldate = {{2020-01-10}},\n"
        "  langid = {russian}\n}\n\n"
        "@online{mt_air_defenses_2024,\n"
        "  title = {Will {Russia} Reinforce {Iraq}'s Air Defenses After {Israeli} Strikes?},\n"
        "  organization = {The Moscow Times},\n"
        f"  date = {{2024-05-02}},\n  url = {{{mt}}},\n  urldate = {{2024-05-03}}\n}}\n"
    )
    code, results = check_file(tmp_path, "iraq-s300.bib", bib)
    assert_all_pass(code, results, sites)


def test_csl_json_export_checked_directly_passes_the_three(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)

    def item(key: str, title: str, outlet: str, url: str, day: list[int], lang: str) -> dict[str, Any]:
        return {
            "id": key,
            "type": "article-newspaper",
            "title": title,
            "container-title": outlet,
            "URL": url,
            "language": lang,
            "issued": {"date-parts": [day]},
            "accessed": {"date-parts": [[2024, 5, 3]]},
        }

    items = [
        item("ria2020", RIA_TITLE, "РИА Новости", ria, [2020, 1, 9], "ru"),
        item("tass2020", TASS_TITLE, "ТАСС", tass, [2020, 1, 9], "ru"),
        item("mt2024", MT_TITLE, "The Moscow Times", mt, [2024, 5, 2], "en"),
    ]
    code, results = check_file(tmp_path, "iraq-s300.json", json.dumps(items, ensure_ascii=False, indent=2))
    assert_all_pass(code, results, sites)


def test_ris_export_checked_directly_passes_the_three(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)

    def record(title: str, outlet: str, day: str, url: str) -> str:
        return (
            f"TY  - NEWS\nTI  - {title}\nT2  - {outlet}\nDA  - {day}\nPY  - {day[:4]}\nUR  - {url}\n"
            "Y2  - 2024/05/03/\nER  - \n\n"
        )

    ris = (
        record(RIA_TITLE, "RIA Novosti", "2020/01/09/", ria)
        + record(TASS_TITLE, "TASS", "2020/01/09/", tass)
        + record(MT_TITLE, "The Moscow Times", "2024/05/02/", mt)
    )
    code, results = check_file(tmp_path, "iraq-s300.ris", ris)
    assert_all_pass(code, results, sites)


# --- addresses broken over lines ----------------------------------------------------------------------------


def test_sources_list_with_a_mail_clients_wrapped_url_gives_it_whole(tmp_path: Path) -> None:
    head, rest = REAL_MT.split("iraqs-air-", 1)
    text = (
        f"{HEADLINE}\n\n{LEAD}\n\nRelated article: {MT_TITLE}\n\n{QUOTE}\n\n{TAIL}\n\n"
        "Sources:\n"
        f"- RIA Novosti, 9 January 2020: {REAL_RIA}\n"
        f"- TASS, 9 January 2020: {REAL_TASS}\n"
        f"- The Moscow Times, related article:\n  {head}iraqs-air-\n  {rest}\n"
    )
    urls, out = extract(tmp_path, "iraq-s300.txt", text)
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT, titled=False)


def test_angle_bracketed_url_wrapped_over_lines_is_read_whole(tmp_path: Path) -> None:
    text = (
        f"{LEAD} <{REAL_RIA}>\n\n"
        f"Related article: {MT_TITLE}\n<https://www.themoscowtimes.com/2024/05/02/\n"
        "    will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes>\n\n"
        f"{QUOTE} <{REAL_TASS}>\n\n{TAIL}\n"
    )
    urls, out = extract(tmp_path, "iraq-s300.txt", text)
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT)


# --- outlets named by their domains, stories without a scheme -----------------------------------------------


def test_sources_named_as_bare_domains_beside_the_links_are_no_citations(tmp_path: Path) -> None:
    text = (
        f"{LEAD}\n{REAL_RIA}\n\nRelated article: {MT_TITLE}\n{REAL_MT}\n\n{QUOTE}\n{REAL_TASS}\n\n"
        f"{TAIL}\nSources: ria.ru, tass.ru, themoscowtimes.com\n"
    )
    urls, out = extract(tmp_path, "iraq-s300.txt", text)
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT)


def test_article_citing_only_bare_domains_is_told_they_are_no_addresses(tmp_path: Path) -> None:
    text = f"{HEADLINE}\n\n{LEAD}\n\n{QUOTE}\n\n{TAIL}\nSources: ria.ru, tass.ru\n"
    done = run("extract", str(write(tmp_path, "iraq-s300.txt", text)), cwd=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    cited = [line for line in done.stdout.splitlines() if line.startswith("http")]
    assert cited == [], done.stdout
    said = done.stdout + done.stderr
    assert "ria.ru" in said, said
    assert "tass.ru" in said, said


def test_story_addresses_written_without_a_scheme_are_the_stories(tmp_path: Path) -> None:
    bare = [u.removeprefix("https://") for u in (REAL_RIA, REAL_TASS, REAL_MT)]
    text = (
        f"{LEAD} (source: {bare[0]})\n\nRelated article: {MT_TITLE} ({bare[2]})\n\n"
        f"{QUOTE} (source: {bare[1]})\n\n{TAIL}\n"
    )
    urls, out = extract(tmp_path, "iraq-s300.txt", text)
    assert sorted(u.split("://", 1)[-1] for u in urls) == sorted(bare), out
    assert all(u.startswith(("https://", "http://")) for u in urls), out


# --- the related-article box as the outlet's page renders it ------------------------------------------------


def test_related_article_box_with_its_label_inside_the_link_gives_the_bare_title(tmp_path: Path) -> None:
    doc = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Iraq Resumes Talks</title></head>'
        f'<body><article class="article"><h1>{HEADLINE}</h1><div class="article__content">'
        f'<p>{escape(LEAD)} (<a href="{REAL_RIA}">RIA Novosti</a>)</p>'
        f'<div class="related-article"><a href="{REAL_MT}" class="related-article__link">'
        '<span class="related-article__label">Related article</span>'
        f'<span class="related-article__title">{escape(MT_TITLE)}</span></a></div>'
        f'<p>{escape(QUOTE)} (<a href="{REAL_TASS}">TASS</a>)</p><p>{TAIL}</p>'
        "</div></article></body></html>"
    )
    urls, out = extract(tmp_path, "iraq-s300.html", doc)
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT)
    assert "title: Related article" not in out, out


# --- markup languages and CMS exports -----------------------------------------------------------------------


def test_org_mode_article_gives_the_three_the_related_titled_and_its_date(tmp_path: Path) -> None:
    text = (
        f"#+TITLE: {HEADLINE}\n#+DATE: <2020-01-09 Thu>\n#+AUTHOR: Night Desk\n\n"
        f"{LEAD} ([[{REAL_RIA}][RIA Novosti]])\n\n"
        f"Related article: [[{REAL_MT}][{MT_TITLE}]]\n\n"
        f"#+BEGIN_QUOTE\n{QUOTE} ([[{REAL_TASS}][TASS]])\n#+END_QUOTE\n\n{TAIL}\n"
    )
    urls, out = extract(tmp_path, "iraq-s300.org", text)
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT)
    assert "@article | date: 2020-01-09" in out, out


def test_latex_article_with_href_and_a_footnoted_url_gives_the_three(tmp_path: Path) -> None:
    lead = LEAD.replace("’", "'")
    quote_ = QUOTE.replace("“", "``").replace("”", "''").replace("’", "'")
    tex = (
        "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage{hyperref}\n"
        f"\\title{{{HEADLINE}}}\n\\date{{9 January 2020}}\n\\begin{{document}}\n\\maketitle\n\n"
        f"{lead}~(\\href{{{REAL_RIA}}}{{RIA Novosti}}).\n\n"
        f"Related article: \\href{{{REAL_MT}}}{{Will Russia Reinforce Iraq's Air Defenses After Israeli"
        " Strikes?}\n\n"
        f"{quote_}\\footnote{{TASS, \\url{{{REAL_TASS}}}.}}\n\n{TAIL}\n\\end{{document}}\n"
    )
    urls, out = extract(tmp_path, "iraq-s300.tex", tex)
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT)


def test_ghost_json_export_gives_the_three_the_related_titled(tmp_path: Path) -> None:
    body = (
        f'<p>{escape(LEAD)} (<a href="{REAL_RIA}">RIA Novosti</a>)</p>'
        f'<p>Related article: <a href="{REAL_MT}">{escape(MT_TITLE)}</a></p>'
        f'<blockquote>{escape(QUOTE)} (<a href="{REAL_TASS}">TASS</a>)</blockquote><p>{TAIL}</p>'
    )
    export = {
        "db": [
            {
                "meta": {"exported_on": 1578590000000, "version": "3.2.0"},
                "data": {
                    "posts": [
                        {
                            "id": "5e173a2b9f1c0a0001a2b3c4",
                            "uuid": "3f1c2a7b-9e8d-4c6a-b5d4-e3f2a1b0c9d8",
                            "title": HEADLINE,
                            "slug": "iraq-resumes-talks-to-buy-russian-s-300",
                            "html": body,
                            "status": "published",
                            "published_at": "2020-01-09T16:00:00.000Z",
                            "canonical_url": None,
                        }
                    ],
                    "tags": [{"id": "1", "name": "Iraq", "slug": "iraq"}],
                },
            }
        ]
    }
    urls, out = extract(tmp_path, "night-desk.ghost.2020-01-09.json", json.dumps(export, ensure_ascii=False))
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT)


def test_notion_markdown_export_gives_the_three_and_not_its_sibling_pages(tmp_path: Path) -> None:
    text = (
        f"# {HEADLINE}\n\n"
        "Status: Published\nPublished: January 9, 2020\nEditor: Night Desk\n"
        "Related: [Moscow Times desk notes]"
        "(Moscow%20Times%20desk%20notes%20a1b2c3d4e5f60718293a4b5c6d7e8f90.md)\n\n"
        f"{LEAD} ([RIA Novosti]({REAL_RIA}))\n\n"
        f"Related article: [{MT_TITLE}]({REAL_MT})\n\n"
        f"> {QUOTE} ([TASS]({REAL_TASS}))\n\n{TAIL}\n"
    )
    urls, out = extract(tmp_path, "Iraq S-300 3f1c2a7b9e8d4c6ab5d4e3f2a1b0c9d8.md", text)
    assert_the_three(urls, out, REAL_RIA, REAL_TASS, REAL_MT)
