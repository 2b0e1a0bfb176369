"""Held-out probe (seed25, sixty-fourth session): the seed article and its citations in shapes the first
twenty-four probes did not play.

Written from README.md, docs/ (articles, json-schema, sources-format), ``linkcheck --help``, seed24's
subsection and its "Left" in docs/benchmarks.md and the earlier probes (grepped for their names and
docstrings: a ``gclid`` on a manifest's line checked as written, compact JSON checked directly, Gmail's
forward header in English and Russian, a Google Docs HTML export with footnotes, a ``.docx`` refused by its
suffix, a BOM and CRLF manifest and an extracted article with them, Org-mode and DokuWiki ``[[...]]`` links
had been played; never an info finding for a manifest's click id, a position inside a one-line file, Outlook's
``-----Original Message-----`` forward, a German or French forward header, an Obsidian note, a Google Docs
page published to the web with its targets percent-encoded, an unzipped ``document.xml`` or a Word file under
a text suffix, the addresses closed by a guillemet, an ellipsis or a closing quotation mark, Yandex Turbo's
three spellings, or a tab before a manifest's address), before any code under ``src/`` that these cases test
was read, and committed before any change there. Expectations are what the docs promise or, where they are
silent, what a fact-checker expects. Extraction cases run ``linkcheck extract`` on the real outlets'
addresses; checking cases run the CLI against the harness's one 127.0.0.1 server.

Decisions (the brief's leftovers from seed24):

- (a) A manifest's line carrying a click id (``fbclid``, ``gclid``, ``msclkid``) is still fetched as written
  (the user's own line), and an ``info`` finding names the clean address (``actual``) to cite: the click id
  is one reader's click, and a fact-checker wants the citation an editor can keep. Every report format shows
  it. Campaign tags (``utm_*``) are no click's: nothing is said of them (a control).
- (b) A citation read from a JSON file carries ``pointer``, the RFC 6901 JSON Pointer of the string that
  holds its address: in a one-line file every citation stands at line 1, and the pointer is the place a user
  can go to (``jq``, an editor's JSON path). A manifest's citation carries none.
- (c) Outlook's ``-----Original Message-----`` under a ``Subject: FW:`` heads a forward: its ``Sent:`` line
  dates the article, as Gmail's forward header's ``Date:`` does; under a ``Subject: RE:`` it heads the mail
  replied to, and the reply (the mail's own ``Date:``) is the article (a control). Gmail's German
  (``Weitergeleitete Nachricht``, ``Datum:``) and French (``Message transféré``, ``Date :``) headers are read
  as the English one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from tests.seed_harness import (
    COMMON,
    LEAD,
    MT_TITLE,
    QUOTE,
    REAL_MT,
    REAL_RIA,
    REAL_TASS,
    RIA_TITLE,
    TAIL,
    TASS_TITLE,
    Sites,
    by_url,
    check_json,
    fixtures,
    kinds,
    line_of,
    local_three,
    run,
    serve_all_three,
)
from tests.test_seed_probe22 import mt_card, status, status_content

server, sites = fixtures()

HEADLINE = "Iraq Resumes Talks to Buy Russian S-300 Missile Systems"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def extract(tmp_path: Path, name: str, content: str | bytes, *args: str) -> tuple[list[str], str]:
    done = run("extract", str(write(tmp_path, name, content)), *args, cwd=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    urls = [
        line.split(" | ", 1)[0].strip()
        for line in done.stdout.splitlines()
        if line.strip() and not line.startswith(("#", "@"))
    ]
    return urls, done.stdout + done.stderr


def field(line: str, name: str) -> str | None:
    for part in line.split(" | ")[1:]:
        key, _, value = part.partition(": ")
        if key.strip() == name:
            return value.strip()
    return None


def assert_the_three(urls: list[str], output: str, *, titled: bool = True) -> None:
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), output
    if titled:
        assert field(line_of(output, REAL_MT), "title") == MT_TITLE, output


def compact(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def assert_checked(
    report: dict[str, Any], sites: Sites, *, mt: str = "postdates"
) -> dict[str, dict[str, Any]]:
    ria, tass, related = local_three(sites)
    results = by_url(report)
    assert set(results) == {ria, tass, related}, sorted(results)
    for url in (ria, tass):
        assert results[url]["verdict"] == "pass", (url, results[url]["findings"])
    if mt == "pass":
        assert results[related]["verdict"] == "pass", results[related]["findings"]
    else:
        assert "postdates_article" in kinds(results[related]), results[related]["findings"]
    return results


def clean_named(output: str, clean: str) -> bool:
    """``clean`` stands in ``output`` on its own, not as the start of the address with its click id."""
    return re.search(re.escape(clean) + r"(?![?\w/&=])", output) is not None


# --- (a) a click id on a manifest's line --------------------------------------------------------------------


def info_naming(result: dict[str, Any], clean: str) -> list[dict[str, Any]]:
    return [f for f in result["findings"] if f["severity"] == "info" and f.get("actual") == clean]


def test_manifest_line_with_fbclid_is_fetched_as_written_and_names_the_clean_address(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, _ = local_three(sites)
    tagged = ria + "?fbclid=IwAR2kq3x7Zb0cQm9YpLr4TgVhNw1sDfE6uJaKo8"
    path = write(tmp_path, "sources.txt", f"{tagged} | outlet: RIA Novosti | date: 2020-01-09\n{tass}\n")
    code, report = check_json(tmp_path, str(path))
    results = by_url(report)
    assert set(results) == {tagged, tass}, sorted(results)
    result = results[tagged]
    assert result["verdict"] == "pass", result["findings"]
    assert info_naming(result, ria), result["findings"]
    assert code == 0


def test_manifest_line_with_gclid_among_the_pages_own_pairs_names_them_kept(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    _, tass, _ = local_three(sites)
    tagged = tass + "?page=2&gclid=Cj0KCQiA4NWrBhD-ARIsAFCKwWt&lang=ru"
    path = write(tmp_path, "sources.txt", f"{tagged} | outlet: TASS\n")
    code, report = check_json(tmp_path, str(path))
    result = by_url(report)[tagged]
    assert result["verdict"] == "pass", result["findings"]
    assert info_naming(result, tass + "?page=2&lang=ru"), result["findings"]
    assert code == 0


def test_manifest_line_with_only_campaign_tags_says_nothing_of_them(sites: Sites, tmp_path: Path) -> None:
    # Control: utm_* are no click's, and the line is the user's own: nothing said.
    serve_all_three(sites)
    ria, _, _ = local_three(sites)
    tagged = ria + "?utm_source=telegram&utm_medium=social"
    path = write(tmp_path, "sources.txt", f"{tagged} | outlet: RIA Novosti | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    result = by_url(report)[tagged]
    assert result["verdict"] == "pass", result["findings"]
    assert result["findings"] == [], result["findings"]
    assert code == 0


def test_every_report_format_names_the_clean_address_of_a_click_id(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    ria, _, _ = local_three(sites)
    tagged = ria + "?fbclid=IwAR2kq3x7Zb0cQm9YpLr4TgVhNw1sDfE6uJaKo8"
    path = write(tmp_path, "sources.txt", f"{tagged} | outlet: RIA Novosti | date: 2020-01-09\n")
    missing = []
    for form in ("text", "json", "jsonl", "junit", "markdown", "github", "sarif"):
        done = run(str(path), "--format", form, *COMMON, cwd=tmp_path)
        assert done.returncode == 0, (form, done.stdout + done.stderr)
        if not clean_named(done.stdout, ria):
            missing.append(form)
    assert missing == [], missing


# --- (b) a position inside a one-line file ------------------------------------------------------------------


def resolve(document: Any, pointer: str) -> Any:
    """RFC 6901: the value ``pointer`` names in ``document``."""
    assert pointer.startswith("/"), pointer
    node = document
    for token in pointer[1:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def csl_items(ria: str, tass: str, mt: str) -> list[dict[str, Any]]:
    def item(key: str, title: str, outlet: str, url: str, day: list[int]) -> dict[str, Any]:
        return {
            "id": key,
            "type": "article-newspaper",
            "title": title,
            "container-title": outlet,
            "URL": url,
            "issued": {"date-parts": [day]},
        }

    return [
        item("ria2020", RIA_TITLE, "РИА Новости", ria, [2020, 1, 9]),
        item("tass2020", TASS_TITLE, "ТАСС", tass, [2020, 1, 9]),
        item("mt2024", MT_TITLE, "The Moscow Times", mt, [2024, 5, 2]),
    ]


def test_compact_csl_json_gives_each_citation_the_pointer_of_its_record(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    items = csl_items(ria, tass, mt)
    path = write(tmp_path, "refs.json", compact(items))
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    results = assert_checked(report, sites)
    assert [results[url].get("pointer") for url in (ria, tass, mt)] == ["/0/URL", "/1/URL", "/2/URL"]
    text = run(str(path), "--article-date", "2020-01-09", *COMMON, cwd=tmp_path)
    assert "/2/URL" in text.stdout, text.stdout
    assert code == 1


def test_compact_mastodon_status_gives_pointers_that_hold_each_address(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    document = status(status_content(ria, tass, mt), mt_card(mt))
    path = write(tmp_path, "status.json", compact(document))
    _, report = check_json(tmp_path, str(path))
    results = assert_checked(report, sites, mt="pass")
    for url, result in results.items():
        pointer = result.get("pointer")
        assert isinstance(pointer, str), (url, result)
        assert url in resolve(document, pointer), (url, pointer)


def test_a_manifests_citations_carry_no_pointer(sites: Sites, tmp_path: Path) -> None:
    # Control: a manifest's line is its position.
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    path = write(tmp_path, "sources.txt", f"# the seed's three\n{ria}\n{tass}\n{mt}\n")
    _, report = check_json(tmp_path, str(path))
    results = by_url(report)
    assert [results[u]["line"] for u in (ria, tass, mt)] == [2, 3, 4]
    assert all(r.get("pointer") is None for r in results.values()), results


# --- (c) forwards and replies -------------------------------------------------------------------------------


def article_lines(ria: str, tass: str, mt: str) -> str:
    return "\n".join([LEAD, "", "Related article: " + MT_TITLE, "", QUOTE, "", ria, tass, mt, "", TAIL])


def mail(subject: str, cover: str, header: str) -> bytes:
    text = (
        "From: Desk Editor <editor@newsdesk.example>\n"
        "To: Fact Check <factcheck@newsdesk.example>\n"
        f"Subject: {subject}\n"
        "Date: Tue, 14 Jan 2020 10:20:00 +0300\n"
        "Message-ID: <m-55@newsdesk.example>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="UTF-8"\n'
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{cover}\n\n{header}\n{article_lines(REAL_RIA, REAL_TASS, REAL_MT)}\n"
    )
    return text.encode("utf-8")


OUTLOOK_HEADER = (
    "-----Original Message-----\n"
    "From: Night Desk <night@newsdesk.example>\n"
    "Sent: Thursday, January 9, 2020 3:14 PM\n"
    "To: Desk Editor <editor@newsdesk.example>\n"
    f"Subject: {HEADLINE}\n"
)


def test_outlook_forward_is_dated_by_the_original_messages_sent_line(tmp_path: Path) -> None:
    body = mail(f"FW: {HEADLINE}", "Please check these before we rerun it.", OUTLOOK_HEADER)
    urls, out = extract(tmp_path, "fw.eml", body)
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), out
    assert "@article | date: 2020-01-09" in out, out
    assert "2020-01-14" not in out, out


def test_outlook_reply_is_dated_by_the_reply_not_the_message_it_answers(tmp_path: Path) -> None:
    # Control: a reply's own text (here the article, rewritten above the mail it answers) is the mail's.
    quoted = "\n".join(
        [
            "-----Original Message-----",
            "From: Night Desk <night@newsdesk.example>",
            "Sent: Thursday, January 9, 2020 3:14 PM",
            f"Subject: {HEADLINE}",
            "",
            "Can you redo this one for Tuesday?",
        ]
    )
    text = (
        "From: Desk Editor <editor@newsdesk.example>\n"
        "To: Night Desk <night@newsdesk.example>\n"
        f"Subject: RE: {HEADLINE}\n"
        "Date: Tue, 14 Jan 2020 10:20:00 +0300\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="UTF-8"\n\n'
        f"{article_lines(REAL_RIA, REAL_TASS, REAL_MT)}\n\n{quoted}\n"
    )
    urls, out = extract(tmp_path, "re.eml", text.encode("utf-8"))
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), out
    assert "@article | date: 2020-01-14" in out, out
    assert "2020-01-09" not in out, out


def test_gmail_forward_in_german_is_dated_by_the_forwarded_message(tmp_path: Path) -> None:
    header = (
        "---------- Weitergeleitete Nachricht ---------\n"
        "Von: Night Desk <night@newsdesk.example>\n"
        "Datum: Do., 9. Jan. 2020 um 15:14 Uhr\n"
        f"Betreff: {HEADLINE}\n"
        "An: Desk Editor <editor@newsdesk.example>\n"
    )
    urls, out = extract(tmp_path, "wg.eml", mail(f"WG: {HEADLINE}", "Bitte prüfen.", header))
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), out
    assert "@article | date: 2020-01-09" in out, out
    assert "2020-01-14" not in out, out


def test_gmail_forward_in_french_is_dated_by_the_forwarded_message(tmp_path: Path) -> None:
    header = (
        "---------- Message transféré ---------\n"
        "De : Night Desk <night@newsdesk.example>\n"
        "Date : jeu. 9 janv. 2020 à 15:14\n"
        f"Objet : {HEADLINE}\n"
        "À : Desk Editor <editor@newsdesk.example>\n"
    )
    urls, out = extract(tmp_path, "tr.eml", mail(f"TR: {HEADLINE}", "À vérifier, merci.", header))
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), out
    assert "@article | date: 2020-01-09" in out, out
    assert "2020-01-14" not in out, out


# --- an Obsidian note ---------------------------------------------------------------------------------------


def obsidian(ria: str, tass: str, mt: str) -> str:
    return (
        "---\n"
        "tags: [iraq, air-defense]\n"
        "aliases: [Iraq S-300]\n"
        "created: 2020-01-09\n"
        "---\n\n"
        f"# {HEADLINE}\n\n"
        "Up: [[Russia arms exports MOC]] · see also [[Soleimani strike|the Baghdad strike]]\n\n"
        f"{LEAD} Source: {ria}\n\n"
        f"> [!quote] Zhirinovsky, per [[TASS]]\n> {QUOTE}\n> {tass}\n\n"
        f"Related article: [{MT_TITLE}]({mt})\n\n"
        "![[s300-map.png|400]]\n\n"
        "- [ ] check al-Haider's title #todo\n"
        "- [[2020-01-09]] daily note ^block-1\n\n"
        f"{TAIL}\n"
    )


def test_obsidian_note_gives_the_three_and_no_wikilink(tmp_path: Path) -> None:
    urls, out = extract(tmp_path, "Iraq S-300 talks.md", obsidian(REAL_RIA, REAL_TASS, REAL_MT))
    assert_the_three(urls, out)


def test_obsidian_note_checked_directly_checks_the_three(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    path = write(tmp_path, "Iraq S-300 talks.md", obsidian(*local_three(sites)))
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    results = assert_checked(report, sites)
    assert results[local_three(sites)[2]]["cited"]["title"] == MT_TITLE
    assert code == 1


# --- a Google Docs page published to the web, its targets percent-encoded -----------------------------------


def gwrap_encoded(url: str) -> str:
    return (
        "https://www.google.com/url?q=" + quote(url, safe="") + "&amp;sa=D&amp;source=editors"
        "&amp;ust=1578580000000000&amp;usg=AOvVaw3Yh2Jx8QeWmR0tKcPq5LnB"
    )


def published_gdoc(ria: str, tass: str, mt: str) -> str:
    def a(url: str, words: str) -> str:
        return f'<span class="c4"><a class="c6" href="{gwrap_encoded(url)}">{escape(words)}</a></span>'

    return (
        '<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        f"<title>{HEADLINE}</title><style>.c4{{color:#1155cc}}</style></head><body>"
        '<div id="banners"><div id="publish-banner">Published using Google Docs</div></div>'
        f'<div id="contents"><p class="c1"><span class="c2">{escape(LEAD)} (</span>{a(ria, "RIA Novosti")}'
        '<span class="c2">)</span></p>'
        f'<p class="c1"><span class="c2">Related article: </span>{a(mt, MT_TITLE)}</p>'
        f'<p class="c1"><span class="c2">{escape(QUOTE)} (</span>{a(tass, "TASS")}'
        '<span class="c2">)</span></p>'
        '<table class="c9"><tr><td><p class="c1"><span class="c2">Fact-checked</span></p></td></tr></table>'
        f'<p class="c1"><span class="c2">{TAIL}</span></p></div>'
        '<div id="footer"><a href="https://docs.google.com/abuse?id=1AbC">Report abuse</a></div>'
        "</body></html>"
    )


def test_published_google_doc_with_encoded_targets_gives_the_three(tmp_path: Path) -> None:
    urls, out = extract(tmp_path, "pub.html", published_gdoc(REAL_RIA, REAL_TASS, REAL_MT))
    assert_the_three(urls, out)


def test_published_google_doc_checked_directly_checks_the_unwrapped_stories(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    path = write(tmp_path, "pub.html", published_gdoc(*local_three(sites)))
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    assert_checked(report, sites)
    assert code == 1


# --- Word ---------------------------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def document_xml() -> str:
    def para(text: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    def link(rid: str, words: str) -> str:
        return (
            f'<w:p><w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
            f"<w:t>{escape(words)}</w:t></w:r></w:hyperlink></w:p>"
        )

    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}">'
        f"<w:body>{para(LEAD)}{link('rId8', 'RIA Novosti')}{para('Related article: ')}"
        f"{link('rId10', MT_TITLE)}"
        f"{para(QUOTE)}{link('rId9', 'TASS')}{para(TAIL)}</w:body></w:document>"
    )


def rels() -> str:
    targets = (("rId8", REAL_RIA), ("rId9", REAL_TASS), ("rId10", REAL_MT))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="{rid}" Type="{HL}" Target="{url}" TargetMode="External"/>'
            for rid, url in targets
        )
        + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'styles" Target="styles.xml"/></Relationships>'
    )


def word_outcome(done: Any, path: Path) -> bool:
    """The three citations (True), or a usage error naming the file and saying it is Word's (False)."""
    assert "Traceback" not in done.stderr, done.stderr
    if done.returncode == 2:
        assert path.name in done.stderr, done.stderr
        told = done.stderr.replace(str(path), "").replace(path.name, "").lower()
        assert "word" in told, done.stderr
        return False
    assert done.returncode == 0, done.stdout + done.stderr
    return True


def test_unzipped_docx_document_xml_gives_the_three_or_says_it_is_words(tmp_path: Path) -> None:
    # The draft unzipped: ``word/document.xml`` beside ``word/_rels/document.xml.rels``.
    path = write(tmp_path, "draft/word/document.xml", document_xml())
    write(tmp_path, "draft/word/_rels/document.xml.rels", rels())
    done = run("extract", str(path), cwd=tmp_path)
    if word_outcome(done, path):
        urls = [ln.split(" | ", 1)[0] for ln in done.stdout.splitlines() if ln.startswith("http")]
        assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), done.stdout


# --- trailing punctuation inside the citation ---------------------------------------------------------------


def test_addresses_closed_by_a_guillemet_a_parenthesis_and_an_ellipsis_are_clean(tmp_path: Path) -> None:
    text = (
        f"{LEAD}\n\nИсточник: «{REAL_RIA}», 9 января.\n\n"
        f"{QUOTE} (TASS: {REAL_TASS}).\n\n"
        f"Related article: {MT_TITLE} — {REAL_MT}…\n\n{TAIL}\n"
    )
    urls, out = extract(tmp_path, "article.txt", text)
    assert_the_three(urls, out, titled=False)


def test_tass_link_closed_by_a_quotation_mark_and_a_stop_is_checked_at_the_story(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    text = (
        f"{LEAD} {ria}\n\nRelated article: {MT_TITLE}\n{mt}\n\n"
        f"“I told Iran’s leadership to buy our S-400,” Zhirinovsky said, TASS reported"
        f" (“{tass}”).\n\n{TAIL}\n"
    )
    path = write(tmp_path, "article.txt", text)
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    assert_checked(report, sites)
    assert code == 1


# --- Yandex Turbo -------------------------------------------------------------------------------------------


def test_ria_link_through_yandex_turbo_paths_is_the_outlets_address(tmp_path: Path) -> None:
    text = (
        f"{LEAD}\nhttps://yandex.ru/turbo/ria.ru/s/20200109/1563219328.html\n\n"
        f"{QUOTE}\nhttps://yandex.ru/turbo?text={quote(REAL_TASS, safe='')}\n\n"
        f"Related article: {MT_TITLE}\n{REAL_MT}\n\n{TAIL}\n"
    )
    urls, out = extract(tmp_path, "article.txt", text)
    assert_the_three(urls, out, titled=False)
    assert "yandex" not in " ".join(urls), out


def test_ria_link_through_a_turbopages_host_is_the_outlets_address(tmp_path: Path) -> None:
    text = (
        f"{LEAD} ([RIA Novosti](https://ria-ru.turbopages.org/ria.ru/s/20200109/1563219328.html))\n\n"
        f"{QUOTE} ([TASS]({REAL_TASS}))\n\nRelated article: [{MT_TITLE}]({REAL_MT})\n\n{TAIL}\n"
    )
    urls, out = extract(tmp_path, "article.md", text)
    assert_the_three(urls, out)
    assert "turbopages" not in " ".join(urls), out


# --- a manifest with a BOM, CRLF line ends and tabs ---------------------------------------------------------


def test_manifest_with_a_bom_crlf_and_a_tab_before_each_address_reads_each_citation(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    text = (
        "\ufeff# Sources for the S-300 story\r\n"
        f"\t{ria} | outlet: RIA Novosti | date: 2020-01-09\r\n"
        f" \t{tass} | outlet: TASS\r\n"
        f"\t{mt} | title: {MT_TITLE} | outlet: The Moscow Times\r\n"
    )
    path = write(tmp_path, "sources.txt", text.encode("utf-8"))
    _, report = check_json(tmp_path, str(path))
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    assert [results[u]["line"] for u in (ria, tass, mt)] == [2, 3, 4]
    assert all(r["verdict"] == "pass" for r in results.values()), results
    assert results[mt]["cited"]["title"] == MT_TITLE


def test_manifest_with_tabs_around_its_separators_reads_clean_fields(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    text = (
        "\ufeff@article\t| date: 2020-01-09\r\n"
        f"{ria}\t|\toutlet: RIA Novosti\t|\tdate: 2020-01-09\r\n"
        f"\t{tass}\t| outlet:\tTASS\r\n"
        f"{mt}\t| title: {MT_TITLE}\t| outlet: The Moscow Times\t\r\n"
    )
    path = write(tmp_path, "sources.txt", text.encode("utf-8"))
    code, report = check_json(tmp_path, str(path))
    results = assert_checked(report, sites)
    assert results[ria]["cited"]["outlet"] == "RIA Novosti"
    assert results[tass]["cited"]["outlet"] == "TASS"
    assert results[mt]["cited"]["title"] == MT_TITLE
    assert code == 1
