"""Held-out probe (seed26, sixty-fifth session): the seed article and its citations in shapes the first
twenty-five probes did not play.

Written from README.md, docs/ (articles, json-schema, sources-format), ``linkcheck --help``, seed25's
subsection and its "Left" in docs/benchmarks.md and the earlier probes (grepped for their names and
docstrings: a ``.docx`` refused by its suffix (probe 18), an unzipped ``document.xml`` beside its
relationships (probe 25), Outlook's ``FW:`` and Gmail's forward headers in six languages (probes 24, 25), RSS
items in CDATA and in ``description`` and an Atom entry (probes 2, 22), a CSV sheet with an English header
row and one with semicolons (probe 21), an ``.eml`` with a quoted-printable HTML part (probes 18, 22), the
report formats on a click id (probe 25) had been played; never a whole ``.docx`` read, a broken, encrypted,
oversized or crowded one, a ``.docx`` citing in footnotes or by ``HYPERLINK`` fields, Outlook's or Gmail's
Italian forward, a browser's Markdown copy of the article with the site's "Related articles" block, an RSS
item whose ``content:encoded`` is entity-escaped, a CSV sheet with a Russian header row, Excel's UTF-16
"Unicode Text", a quoted-printable Cyrillic plain-text mail whose soft line breaks cut the addresses, or
every report format on a run where one source is dead and another moved), before any code under ``src/``
that these cases test was read, and committed before any change there. Expectations are what the docs
promise or, where they are silent, what a fact-checker expects.

Decisions (the brief's leftovers from seed25):

- (a) A whole ``.docx`` is read: its ``word/document.xml`` with its relationships (and its footnotes with
  theirs), from the ZIP archive, bounded in the size each member declares and in the number of members. A
  broken archive, an encrypted document (Office writes those as an OLE compound file, not a ZIP) or one over
  the bounds is a usage error (exit 2) that names the file, never a traceback.
- (b) Outlook's Italian forward (``I:`` as the subject's prefix, ``-----Messaggio originale-----`` with
  ``Inviato:``) is read as the English one; Outlook's Italian reply (``R:``) is the mail's own (a control),
  and a subject that merely opens with the letter I (``Iraq: ...``) is no forward (a control).
"""

from __future__ import annotations

import html as htmlmod
import io
import json
import quopri
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from tests.seed_harness import (
    COMMON,
    LEAD,
    MT,
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
    by_url,
    check_json,
    fixtures,
    kinds,
    line_of,
    local_three,
    redirect,
    run,
    serve_all_three,
    tass_page,
)

server, sites = fixtures()

HEADLINE = "Iraq Resumes Talks to Buy Russian S-300 Missile Systems"
FORMATS = ("text", "json", "jsonl", "junit", "markdown", "github", "sarif")


def put(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def extract_three(tmp_path: Path, name: str, content: str | bytes) -> tuple[list[str], str]:
    done = run("extract", str(put(tmp_path, name, content)), cwd=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    urls = [
        line.split(" | ", 1)[0].strip()
        for line in done.stdout.splitlines()
        if line.strip() and not line.startswith(("#", "@"))
    ]
    return urls, done.stdout + done.stderr


def field_of(line: str, name: str) -> str | None:
    for part in line.split(" | ")[1:]:
        key, _, value = part.partition(": ")
        if key.strip() == name:
            return value.strip()
    return None


def assert_real_three(urls: list[str], output: str, *, titled: bool = True) -> None:
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), output
    if titled:
        assert field_of(line_of(output, REAL_MT), "title") == MT_TITLE, output


def assert_judged(
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


def refused_naming(done: Any, path: Path, *words: str) -> None:
    """A usage error (exit 2) that names the file (and, when given, says one of ``words``), no traceback."""
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert path.name in done.stderr, done.stderr
    if words:
        told = done.stderr.replace(str(path), "").lower()
        assert any(word in told for word in words), done.stderr


# --- (a) a whole .docx --------------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
HL = R + "/hyperlink"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG}">'
    f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>'
)


def w_para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def w_link(rid: str, words: str, before: str = "") -> str:
    lead = f'<w:r><w:t xml:space="preserve">{escape(before)}</w:t></w:r>' if before else ""
    return (
        f'<w:p>{lead}<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
        f"</w:rPr><w:t>{escape(words)}</w:t></w:r></w:hyperlink></w:p>"
    )


def w_document(body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )


def w_rels(*targets: tuple[str, str]) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG}">'
        + "".join(
            f'<Relationship Id="{rid}" Type="{HL}" Target="{escape(url)}" TargetMode="External"/>'
            for rid, url in targets
        )
        + f'<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/></Relationships>'
    )


def docx(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def draft_docx(ria: str, tass: str, mt: str) -> bytes:
    body = (
        w_para(HEADLINE)
        + w_para(LEAD)
        + w_link("rId8", "RIA Novosti", "Source: ")
        + w_link("rId10", MT_TITLE, "Related article: ")
        + w_para(QUOTE)
        + w_link("rId9", "TASS", "Source: ")
        + '<w:p><w:hyperlink w:anchor="_Toc1"><w:r><w:t>Back to top</w:t></w:r></w:hyperlink></w:p>'
        + w_link("rId11", "desk@newsdesk.example", "Questions: ")
        + w_para(TAIL)
    )
    rels = w_rels(("rId8", ria), ("rId9", tass), ("rId10", mt), ("rId11", "mailto:desk@newsdesk.example"))
    return docx({"word/document.xml": w_document(body), "word/_rels/document.xml.rels": rels})


def test_whole_docx_gives_the_three_the_related_titled_not_its_anchor_or_mail_link(tmp_path: Path) -> None:
    urls, out = extract_three(tmp_path, "Iraq S-300 draft.docx", draft_docx(REAL_RIA, REAL_TASS, REAL_MT))
    assert_real_three(urls, out)


def test_whole_docx_checked_directly_judges_the_three(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    path = put(tmp_path, "draft.docx", draft_docx(*local_three(sites)))
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    results = assert_judged(report, sites)
    assert results[local_three(sites)[2]]["cited"]["title"] == MT_TITLE
    assert code == 1


def test_docx_citing_in_footnotes_gives_the_footnotes_links(tmp_path: Path) -> None:
    # Google Docs' and Word's footnotes: word/footnotes.xml with its own relationships.
    def note(number: int, rid: str, words: str) -> str:
        return (
            f'<w:footnote w:id="{number}"><w:p><w:r><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(words)}, </w:t></w:r>'
            f'<w:hyperlink r:id="{rid}"><w:r><w:t>{escape(words)}</w:t></w:r></w:hyperlink></w:p>'
            "</w:footnote>"
        )

    def ref(number: int) -> str:
        return (
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r>'
        )

    body = (
        f'<w:p><w:r><w:t xml:space="preserve">{escape(LEAD)}</w:t></w:r>{ref(1)}</w:p>'
        + w_link("rId20", MT_TITLE, "Related article: ")
        + f'<w:p><w:r><w:t xml:space="preserve">{escape(QUOTE)}</w:t></w:r>{ref(2)}</w:p>'
        + w_para(TAIL)
    )
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}" xmlns:r="{R}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f"{note(1, 'rId1', 'RIA Novosti')}{note(2, 'rId2', 'TASS')}</w:footnotes>"
    )
    data = docx(
        {
            "word/document.xml": w_document(body),
            "word/_rels/document.xml.rels": w_rels(("rId20", REAL_MT)),
            "word/footnotes.xml": footnotes,
            "word/_rels/footnotes.xml.rels": w_rels(("rId1", REAL_RIA), ("rId2", REAL_TASS)).replace(
                f'<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/>', ""
            ),
        }
    )
    urls, out = extract_three(tmp_path, "footnoted.docx", data)
    assert_real_three(urls, out)


def test_docx_linking_by_hyperlink_fields_gives_the_three(tmp_path: Path) -> None:
    # Word's field codes: a simple field and a complex one (begin, instruction, separate, result, end).
    def complex_field(url: str, words: str) -> str:
        return (
            '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "{escape(url)}" \\t "_blank" '
            "</w:instrText></w:r>"
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{escape(words)}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        )

    body = (
        w_para(LEAD)
        + f'<w:p><w:fldSimple w:instr=" HYPERLINK &quot;{REAL_RIA}&quot; "><w:r><w:t>RIA Novosti</w:t></w:r>'
        "</w:fldSimple></w:p>"
        + w_para("Related article:")
        + complex_field(REAL_MT, MT_TITLE)
        + w_para(QUOTE)
        + complex_field(REAL_TASS, "TASS")
        + w_para(TAIL)
    )
    data = docx({"word/document.xml": w_document(body), "word/_rels/document.xml.rels": w_rels()})
    urls, out = extract_three(tmp_path, "fields.docx", data)
    assert_real_three(urls, out, titled=False)


def test_truncated_docx_is_a_usage_error_naming_the_file(tmp_path: Path) -> None:
    whole = draft_docx(REAL_RIA, REAL_TASS, REAL_MT)
    path = put(tmp_path, "cut short.docx", whole[: len(whole) // 2])
    refused_naming(run("extract", str(path), cwd=tmp_path), path)


def test_encrypted_docx_is_a_usage_error_naming_the_file_and_saying_so(tmp_path: Path) -> None:
    # Word saves a password-protected document as an OLE compound file holding EncryptionInfo and
    # EncryptedPackage streams; its suffix stays .docx.
    header = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + bytes.fromhex("3e000300feff0900")
    names = "EncryptionInfo".encode("utf-16-le") + bytes(8) + "EncryptedPackage".encode("utf-16-le")
    path = put(tmp_path, "locked.docx", header + bytes(488) + names + bytes(4096))
    refused_naming(run("extract", str(path), cwd=tmp_path), path, "encrypt", "password")


def test_docx_whose_document_declares_a_huge_size_is_refused_naming_the_file(tmp_path: Path) -> None:
    # A hostile archive: its document.xml declares 2 GB once inflated (local and central headers).
    data = bytearray(draft_docx(REAL_RIA, REAL_TASS, REAL_MT))
    name = b"word/document.xml"
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[start + offset : start + offset + 4] = (0x7FFF_FFF0).to_bytes(4, "little")
            start += 4
    path = put(tmp_path, "bomb.docx", bytes(data))
    refused_naming(run("extract", str(path), cwd=tmp_path), path)


def test_docx_of_thousands_of_members_is_refused_naming_the_file(tmp_path: Path) -> None:
    members = {"word/document.xml": w_document(w_para(LEAD) + w_para(REAL_RIA))}
    members.update({f"word/media/image{n}.png": "x" for n in range(6000)})
    path = put(tmp_path, "crowded.docx", docx(members))
    refused_naming(run("extract", str(path), cwd=tmp_path), path)


# --- (b) Italian forwards -----------------------------------------------------------------------------------


def mail(subject: str, body: str) -> bytes:
    return (
        "From: Redazione <redazione@newsdesk.example>\n"
        "To: Fact Check <factcheck@newsdesk.example>\n"
        f"Subject: {subject}\n"
        "Date: Tue, 14 Jan 2020 10:20:00 +0100\n"
        "Message-ID: <m-26@newsdesk.example>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="UTF-8"\n'
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{body}\n"
    ).encode()


def article_lines() -> str:
    return "\n".join(
        [LEAD, "", "Related article: " + MT_TITLE, "", QUOTE, "", REAL_RIA, REAL_TASS, REAL_MT, "", TAIL]
    )


OUTLOOK_ITALIAN = (
    "-----Messaggio originale-----\n"
    "Da: Desk notturno <notte@newsdesk.example>\n"
    "Inviato: giovedì 9 gennaio 2020 15:14\n"
    "A: Redazione <redazione@newsdesk.example>\n"
    f"Oggetto: {HEADLINE}\n"
)


def test_outlook_italian_forward_is_dated_by_its_inviato_line(tmp_path: Path) -> None:
    body = f"Da verificare prima della ripubblicazione.\n\n{OUTLOOK_ITALIAN}\n{article_lines()}"
    urls, out = extract_three(tmp_path, "inoltro.eml", mail(f"I: {HEADLINE}", body))
    assert_real_three(urls, out, titled=False)
    assert "@article | date: 2020-01-09" in out, out
    assert "2020-01-14" not in out, out


def test_outlook_italian_reply_is_dated_by_the_reply(tmp_path: Path) -> None:
    # Control: under R: the header opens the mail answered; the article above it is the reply's own.
    body = f"{article_lines()}\n\n{OUTLOOK_ITALIAN}\nPuoi rifarlo per martedì?"
    urls, out = extract_three(tmp_path, "risposta.eml", mail(f"R: {HEADLINE}", body))
    assert_real_three(urls, out, titled=False)
    assert "@article | date: 2020-01-14" in out, out
    assert "2020-01-09" not in out, out


def test_subject_opening_with_the_letter_i_is_no_forward(tmp_path: Path) -> None:
    # Control: "Iraq:" is no "I:"; the header below the writer's own article is the mail it answers.
    body = f"{article_lines()}\n\n{OUTLOOK_ITALIAN}\nPuoi rifarlo per martedì?"
    urls, out = extract_three(tmp_path, "iraq.eml", mail("Iraq: S-300 talks resume", body))
    assert_real_three(urls, out, titled=False)
    assert "@article | date: 2020-01-14" in out, out


def test_gmail_italian_forward_is_dated_by_the_forwarded_message(tmp_path: Path) -> None:
    header = (
        "---------- Messaggio inoltrato ---------\n"
        "Da: Desk notturno <notte@newsdesk.example>\n"
        "Date: gio 9 gen 2020 alle ore 15:14\n"
        f"Subject: {HEADLINE}\n"
        "To: Redazione <redazione@newsdesk.example>\n"
    )
    body = f"Da verificare, grazie.\n\n{header}\n{article_lines()}"
    urls, out = extract_three(tmp_path, "gmail.eml", mail(f"I: {HEADLINE}", body))
    assert_real_three(urls, out, titled=False)
    assert "@article | date: 2020-01-09" in out, out
    assert "2020-01-14" not in out, out


# --- the article copied from a browser as Markdown, with the site's "Related articles" block ----------------

READ_MORE = (
    (
        "/2020/01/08/russia-says-arms-sales-to-baghdad-will-continue-a68820",
        "Russia Says Arms Sales to Baghdad Will Continue",
    ),
    ("/2020/01/07/moscow-condemns-soleimani-killing-a68811", "Moscow Condemns Soleimani Killing"),
    ("/2019/12/30/iraq-buys-more-t-90-tanks-a68760", "Iraq Buys More T-90 Tanks"),
)


def browser_markdown(ria: str, tass: str, mt: str, site: str) -> str:
    block = "\n".join(f"- [{words}]({site}{path})" for path, words in READ_MORE)
    return (
        f"# {HEADLINE}\n\n"
        "Earlier talks to purchase the S-300 systems from Russia were suspended over U.S. threats of"
        " sanctions.\n\n"
        f"![mil.ru]({site}/image/article_1360/s300.jpg)\n\nmil.ru\n\n"
        f"{LEAD} ([RIA Novosti]({ria}))\n\n"
        f"Related article: [{MT_TITLE}]({mt})\n\n"
        f"{QUOTE} ([TASS]({tass}))\n\n"
        f"{TAIL}\n\n"
        f"## Related articles\n\n{block}\n"
    )


BROWSER_BLOCK = pytest.mark.xfail(
    strict=True,
    reason=(
        "a browser's Markdown copy keeps no markup telling the site's 'Related articles' widget from a"
        " writer's own reading list under the same heading (both a heading over a list of links); dropping"
        " such a list would lose a writer's citations: left (seed26)"
    ),
)


@BROWSER_BLOCK
def test_browser_copy_gives_the_three_and_not_the_sites_related_articles_block(tmp_path: Path) -> None:
    text = browser_markdown(REAL_RIA, REAL_TASS, REAL_MT, "https://www.themoscowtimes.com")
    urls, out = extract_three(tmp_path, "clip.md", text)
    assert_real_three(urls, out)


@BROWSER_BLOCK
def test_browser_copy_checked_directly_checks_only_the_three(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    path = put(tmp_path, "clip.md", browser_markdown(ria, tass, mt, sites.url(MT, "")))
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    assert_judged(report, sites)
    assert code == 1


# --- an RSS item whose content:encoded is entity-escaped ----------------------------------------------------


def feed(ria: str, tass: str, mt: str, site: str) -> str:
    story = (
        f'<p>{htmlmod.escape(LEAD)} (<a href="{ria}">RIA Novosti</a>)</p>'
        f'<p>Related article: <a href="{mt}">{htmlmod.escape(MT_TITLE)}</a></p>'
        f'<p>{htmlmod.escape(QUOTE)} (<a href="{tass}">TASS</a>)</p>'
        f"<p>{TAIL}</p>"
    )
    own = f"{site}/2020/01/09/iraq-resumes-talks-to-buy-russian-s-300-a68842"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        f"<channel><title>News</title><link>{site}/</link>"
        f'<atom:link href="{site}/rss/news" rel="self" type="application/rss+xml"/>'
        "<description>Independent news from Russia</description><language>en</language>\n"
        f'<item><title>{HEADLINE}</title><link>{own}</link><guid isPermaLink="true">{own}</guid>'
        "<pubDate>Thu, 09 Jan 2020 14:05:00 +0300</pubDate><dc:creator>Reuters</dc:creator>"
        f'<category>Iraq</category><enclosure url="{site}/image/og/s300.jpg" type="image/jpeg" length="0"/>'
        "<description>Earlier talks were suspended over U.S. threats of sanctions.</description>"
        f"<content:encoded>{escape(story)}</content:encoded></item>\n</channel></rss>\n"
    )


def test_rss_item_with_escaped_content_encoded_gives_the_three_and_its_day(tmp_path: Path) -> None:
    urls, out = extract_three(
        tmp_path, "news.xml", feed(REAL_RIA, REAL_TASS, REAL_MT, "https://www.themoscowtimes.com")
    )
    assert_real_three(urls, out)
    assert "@article | date: 2020-01-09" in out, out


def test_rss_item_with_escaped_content_encoded_checked_directly_is_dated_by_its_pubdate(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    path = put(tmp_path, "news.xml", feed(ria, tass, mt, sites.url(MT, "")))
    code, report = check_json(tmp_path, str(path))
    assert_judged(report, sites)
    assert code == 1


# --- spreadsheets -------------------------------------------------------------------------------------------


def test_csv_with_a_russian_header_row_reads_title_outlet_and_day_first_date(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    sheet = (
        "\ufeff№,Заголовок,Издание,Дата,Ссылка\r\n"
        f'1,"{RIA_TITLE}",РИА Новости,09.01.2020,{ria}\r\n'
        f'2,"{TASS_TITLE}",ТАСС,09.01.2020,{tass}\r\n'
        f'3,"{MT_TITLE}",The Moscow Times,02.05.2024,{mt}\r\n'
    )
    code, report = check_json(tmp_path, str(put(tmp_path, "источники.csv", sheet)))
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    for url, result in results.items():
        assert result["verdict"] == "pass", (url, result["findings"])
    assert results[ria]["cited"]["title"] == RIA_TITLE, results[ria]["cited"]
    assert results[tass]["cited"]["outlet"] == "ТАСС", results[tass]["cited"]
    assert results[mt]["cited"]["date"] == "2024-05-02", results[mt]["cited"]
    assert code == 0


@pytest.mark.xfail(
    strict=True,
    reason=(
        "the project refuses UTF-16 by design, naming it and asking for UTF-8 (docs/sources-format.md;"
        " tests/test_cli_ux_probe.py, test_cli_ux_probe2.py): reading it would reverse that policy, the"
        " lead's call (seed26)"
    ),
)
def test_excel_unicode_text_in_utf16_with_tabs_checks_the_three(sites: Sites, tmp_path: Path) -> None:
    # Excel's "Unicode Text": UTF-16 LE with a BOM, tab-separated, CRLF, saved as .txt.
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    sheet = (
        "Название\tСМИ\tДата\tURL\r\n"
        f"{RIA_TITLE}\tРИА Новости\t09.01.2020\t{ria}\r\n"
        f"{TASS_TITLE}\tТАСС\t09.01.2020\t{tass}\r\n"
        f'"{MT_TITLE}"\tThe Moscow Times\t02.05.2024\t{mt}\r\n'
    )
    path = put(tmp_path, "ссылки.txt", b"\xff\xfe" + sheet.encode("utf-16-le"))
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    assert_judged(report, sites)
    assert code == 1


# --- a mail with a quoted-printable Cyrillic plain-text part ------------------------------------------------


def qp_mail(ria: str, tass: str, mt: str) -> bytes:
    text = (
        "Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем С-300, сообщил РИА Новости"
        f" высокопоставленный иракский депутат.\n{ria}\n\n"
        f"Читайте также: {MT_TITLE}\n{mt}\n\n"
        "«Я сказал руководству Ирана, чтобы покупали наши более мощные С-400 и С-500», — цитирует ТАСС"
        f" Жириновского.\n{tass}\n\n"
        "При подготовке материала использованы данные Reuters.\n"
    )
    encoded = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (
        "From: =?UTF-8?B?0KDQtdC00LDQutGG0LjRjw==?= <desk@newsdesk.example>\n"
        "To: factcheck@newsdesk.example\n"
        "Subject: =?UTF-8?Q?=D0=98=D1=80=D0=B0=D0=BA_=D0=B8_=D0=A1-300?=\n"
        "Date: Thu, 09 Jan 2020 18:30:00 +0300\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{encoded}"
    ).encode("ascii")


def test_quoted_printable_cyrillic_mail_gives_the_three_whole_the_related_titled(tmp_path: Path) -> None:
    data = qp_mail(REAL_RIA, REAL_TASS, REAL_MT)
    assert b"=\n" in data  # the encoder's soft line breaks cut the long lines
    urls, out = extract_three(tmp_path, "ирак.eml", data)
    assert_real_three(urls, out)
    assert "@article | date: 2020-01-09" in out, out


def test_quoted_printable_cyrillic_mail_checked_directly_judges_the_three(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    path = put(tmp_path, "ирак.eml", qp_mail(*local_three(sites)))
    code, report = check_json(tmp_path, str(path))
    assert_judged(report, sites)
    assert code == 1


# --- every report format on a run with a dead source and a moved one ----------------------------------------

TASS_NEW = "/politics/7487995"


def dead_and_moved(sites: Sites) -> tuple[str, str, str, str]:
    """RIA's story gone (404), TASS's moved for good (301) to a new path, the related article in place."""
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    moved_to = sites.url(TASS, TASS_NEW)
    del sites.pages[(RIA, RIA_PATH)]
    sites.pages[(TASS, TASS_PATH)] = redirect(301, moved_to)
    sites.pages[(TASS, TASS_NEW)] = tass_page()
    return ria, tass, mt, moved_to


def names_place(output: str, place: str) -> bool:
    """``place`` (a line's number, or a JSON Pointer) stands in ``output`` as a position."""
    if place.startswith("/"):
        return place in output
    pattern = (
        rf"(:{place}\b(?!\.\d)|\bline[ =:]+{place}\b|\"line\": ?{place}\b|\"startLine\": ?{place}\b|"
        rf"\bL{place}\b)"
    )
    return re.search(pattern, output, re.IGNORECASE) is not None


def assert_every_format_names(
    tmp_path: Path, path: Path, args: tuple[str, ...], wanted: dict[str, str]
) -> None:
    missing = []
    for form in FORMATS:
        done = run(str(path), *args, "--format", form, *COMMON, cwd=tmp_path)
        assert "Traceback" not in done.stderr, (form, done.stderr)
        assert done.returncode == 1, (form, done.returncode, done.stdout + done.stderr)
        for text, place in wanted.items():
            if text not in done.stdout or not names_place(done.stdout, place):
                missing.append((form, text, place))
    assert missing == [], missing


def test_every_format_names_the_dead_and_the_moved_manifest_lines(sites: Sites, tmp_path: Path) -> None:
    ria, tass, mt, moved_to = dead_and_moved(sites)
    text = (
        "# the seed's three\n"
        f"{ria} | outlet: RIA Novosti | date: 2020-01-09\n"
        f"{tass} | outlet: TASS\n"
        f"{mt} | title: {MT_TITLE} | outlet: The Moscow Times\n"
    )
    path = put(tmp_path, "sources.txt", text)
    _, report = check_json(tmp_path, str(path))
    results = by_url(report)
    assert results[ria]["status"] == "dead", results[ria]
    assert "moved" in kinds(results[tass]), results[tass]["findings"]
    assert results[mt]["verdict"] == "pass", results[mt]["findings"]
    assert_every_format_names(tmp_path, path, (), {ria: "2", moved_to: "3"})


def test_every_format_names_the_pointers_of_the_dead_and_the_moved_json_records(
    sites: Sites, tmp_path: Path
) -> None:
    ria, tass, mt, moved_to = dead_and_moved(sites)
    items = [
        {
            "id": "ria",
            "type": "article-newspaper",
            "title": RIA_TITLE,
            "container-title": "РИА Новости",
            "URL": ria,
        },
        {
            "id": "tass",
            "type": "article-newspaper",
            "title": TASS_TITLE,
            "container-title": "ТАСС",
            "URL": tass,
        },
        {
            "id": "mt",
            "type": "article-newspaper",
            "title": MT_TITLE,
            "container-title": "The Moscow Times",
            "URL": mt,
        },
    ]
    path = put(tmp_path, "refs.json", json.dumps(items, ensure_ascii=False, separators=(",", ":")))
    assert_every_format_names(tmp_path, path, (), {ria: "/0/URL", moved_to: "/1/URL"})
