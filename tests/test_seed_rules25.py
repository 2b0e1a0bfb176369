"""The rules added after the twenty-fifth seed probe (seed25), each on strings, with controls that must not
fire. The probe itself is ``tests/test_seed_probe25.py``. The new functions are imported inside the tests
that use them, so that a control runs (and passes) on a tree without them."""

from __future__ import annotations

import json
from pathlib import Path

from linkcheck.articles import extract_citations
from linkcheck.articles.plaintext import forwarded_date
from linkcheck.models import (
    Citation,
    Finding,
    FindingKind,
    PartialDate,
    Report,
    Result,
    Severity,
    Status,
    Verdict,
)
from linkcheck.report.github import render_github
from linkcheck.report.json import ResultWriter, result_to_dict
from linkcheck.report.junit import render_junit
from linkcheck.report.sarif import report_to_sarif
from linkcheck.wrappers import unwrap_redirect

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
MT = (
    "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
)


# --- click ids on a manifest's line -------------------------------------------------------------------------


def test_click_id_finding_names_the_clean_address() -> None:
    from linkcheck.wrappers import click_id_finding

    finding = click_id_finding(Citation(url=RIA + "?fbclid=IwAR2kq3x7Zb0cQm9"))
    assert finding is not None
    assert (finding.kind.value, finding.severity) == ("click_id", Severity.INFO)
    assert (finding.expected, finding.actual) == (RIA + "?fbclid=IwAR2kq3x7Zb0cQm9", RIA)


def test_click_id_finding_keeps_the_pages_own_pairs_and_its_fragment() -> None:
    from linkcheck.wrappers import click_id_finding

    finding = click_id_finding(Citation(url=TASS + "?page=2&GCLID=Cj0K&msclkid=9f&lang=ru#top"))
    assert finding is not None
    assert finding.actual == TASS + "?page=2&lang=ru#top"


def test_no_click_id_finding_for_campaign_tags_or_a_longer_key_ending_clid() -> None:
    # Controls: utm_* are no click's; ``articleclid`` is no click id (more than eight letters); no query.
    from linkcheck.wrappers import click_id_finding

    assert click_id_finding(Citation(url=RIA + "?utm_source=telegram&utm_medium=social")) is None
    assert click_id_finding(Citation(url=RIA + "?articleclid=5")) is None
    assert click_id_finding(Citation(url=RIA)) is None


def passing(findings: tuple[Finding, ...], url: str = RIA) -> Report:
    result = Result(
        citation=Citation(url=url, source="sources.txt", line=3),
        status=Status.OK,
        reason="200 OK",
        verdict=Verdict.PASS,
        http_status=200,
        findings=findings,
    )
    return Report(results=(result,))


def test_ci_formats_show_a_passing_citation_whose_line_carries_a_click_id() -> None:
    tagged = RIA + "?fbclid=IwAR2"
    finding = Finding(FindingKind("click_id"), Severity.INFO, "cite " + RIA, tagged, RIA)
    report = passing((finding,), tagged)
    github = render_github(report)
    assert github.startswith("::notice file=sources.txt,line=3,"), github
    assert "fbclid" in github, github
    assert f"{RIA}\n" in github.replace("%0A", "\n") + "\n", github
    sarif = report_to_sarif(report)["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in sarif] == [("click_id", "note")], sarif
    assert "<system-out>NOTE:" in render_junit(report)


def test_ci_formats_show_a_passing_citation_through_a_wrapper() -> None:
    wrapper = "https://www.google.com/url?q=" + RIA
    finding = Finding(FindingKind.WRAPPED, Severity.INFO, "cite " + RIA, wrapper, RIA)
    report = passing((finding,))
    assert render_github(report).startswith("::notice "), render_github(report)
    assert [r["level"] for r in report_to_sarif(report)["runs"][0]["results"]] == ["note"]


def test_ci_formats_say_nothing_of_a_clean_pass_or_an_edited_headline() -> None:
    # Controls: a pass with no finding, and a pass whose info finding asks no edit of the line.
    changed = Finding(FindingKind.TITLE_CHANGED, Severity.INFO, "headline edited", "Old", "New")
    for report in (passing(()), passing((changed,))):
        assert render_github(report) == ""
        assert report_to_sarif(report)["runs"][0]["results"] == []
        assert "system-out" not in render_junit(report)


# --- forwards -----------------------------------------------------------------------------------------------


def mail(subject: str, header: str) -> str:
    return (
        f"From: Desk <d@x.example>\nSubject: {subject}\nDate: Tue, 14 Jan 2020 10:20:00 +0300\n\n"
        f"Please check.\n\n{header}\nText of the story.\n{RIA}\n"
    )


OUTLOOK = (
    "-----Original Message-----\nFrom: Night Desk <n@x.example>\nSent: Thursday, January 9, 2020 3:14 PM\n"
    "To: Desk <d@x.example>\nSubject: Iraq\n"
)


def test_outlook_original_message_under_a_forward_subject_dates_the_article() -> None:
    for prefix in ("FW:", "Fwd:", "WG:", "TR:"):
        found = forwarded_date(mail(f"{prefix} Iraq", OUTLOOK))
        assert found is not None, prefix
        assert found[0] == PartialDate(2020, 1, 9), prefix
        assert found[1] == 9  # the Sent: line


def test_outlook_original_message_under_a_reply_is_no_forward() -> None:
    # Control: a reply quotes the mail it answers under the same header.
    assert forwarded_date(mail("RE: Iraq", OUTLOOK)) is None
    assert forwarded_date(mail("Iraq", OUTLOOK)) is None


def test_german_and_french_forward_headers_date_the_article() -> None:
    german = (
        "---------- Weitergeleitete Nachricht ---------\nVon: N <n@x.example>\n"
        "Datum: Do., 9. Jan. 2020 um 15:14 Uhr\nBetreff: Iraq\n"
    )
    french = "-------- Message transféré --------\nSujet : Iraq\nDate : jeu. 9 janv. 2020 à 15:14\nDe : N\n"
    for header in (german, french):
        found = forwarded_date(mail("Iraq", header))
        assert found is not None, header
        assert found[0] == PartialDate(2020, 1, 9), header


def test_a_date_line_without_a_forward_header_is_no_forwards() -> None:
    # Control: a ``Datum:`` line in the text, no header above it.
    assert forwarded_date(mail("Iraq", "Datum: Do., 9. Jan. 2020 um 15:14 Uhr\n")) is None


# --- Yandex Turbo -------------------------------------------------------------------------------------------


def test_yandex_turbo_addresses_unwrap_to_the_page_they_show() -> None:
    assert unwrap_redirect("https://yandex.ru/turbo/ria.ru/s/20200109/1563219328.html") == (RIA, "yandex.ru")
    assert unwrap_redirect("https://yandex.ru/turbo/s/ria.ru/20200109/1563219328.html") == (RIA, "yandex.ru")
    assert unwrap_redirect("https://yandex.ru/turbo?text=https%3A%2F%2Ftass.ru%2Fpolitika%2F7487995") == (
        TASS,
        "yandex.ru",
    )
    assert unwrap_redirect(
        "https://ria-ru.turbopages.org/ria.ru/s/20200109/1563219328.html?sign=9a1f&page=2"
    ) == (RIA + "?page=2", "ria-ru.turbopages.org")


def test_turbo_in_other_addresses_is_no_wrapper() -> None:
    # Controls: a site about cars, another site's /turbo/ path, Yandex's search for the word, its bare page.
    for url in (
        "https://www.turbo.fr/actualite/turbo-123",
        "https://example.com/turbo/engines/2020",
        "https://yandex.ru/search/?text=turbo",
        "https://yandex.ru/turbo",
    ):
        assert unwrap_redirect(url) is None, url


# --- JSON pointers ------------------------------------------------------------------------------------------


def test_compact_json_citations_carry_their_pointers() -> None:
    items = [
        {"id": "a", "type": "article-newspaper", "title": "RIA", "URL": RIA},
        {"id": "b", "type": "article-newspaper", "title": "TASS", "URL": TASS},
    ]
    cited = extract_citations(json.dumps(items, separators=(",", ":")), "text", "refs.json")
    assert {c.url: (c.line, getattr(c, "pointer", None)) for c in cited} == {
        RIA: (1, "/0/URL"),
        TASS: (1, "/1/URL"),
    }


def test_a_pointer_escapes_its_keys_and_finds_an_address_in_html_content() -> None:
    from linkcheck.articles._pointer import json_pointers

    document = {"a/b": {"~k": [f"see {RIA}"]}, "content": f'<a href="{TASS}?a=1&amp;b=2">x</a>'}
    found = json_pointers(json.dumps(document), [RIA, TASS + "?a=1&b=2", MT])
    assert found == {RIA: "/a~1b/~0k/0", TASS + "?a=1&b=2": "/content"}


def test_plain_text_and_markdown_citations_carry_no_pointer() -> None:
    # Controls: an article that is no JSON; a text opening with a bracket that is no JSON.
    for text, fmt in ((f"See {RIA}.\n", "text"), (f"[RIA]({RIA})\n", "markdown"), (f"[1] {RIA}\n", "text")):
        assert all(getattr(c, "pointer", None) is None for c in extract_citations(text, fmt, "a")), text


def test_the_json_reports_two_writers_agree_on_a_pointer() -> None:
    from linkcheck.models import replaced

    citation = replaced(Citation(url=RIA, source="refs.json", line=1), pointer="/0/URL")
    result = Result(citation=citation, status=Status.OK, reason="200 OK", verdict=Verdict.PASS)
    record = result_to_dict(result)
    assert record["pointer"] == "/0/URL"
    assert ResultWriter()(result) == json.JSONEncoder(ensure_ascii=False).encode(record)
    assert "pointer" not in result_to_dict(Result(Citation(url=RIA), Status.OK, "200 OK", Verdict.PASS))


# --- an unzipped Word document ------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
DOCUMENT = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
    '<w:p><w:r><w:t xml:space="preserve">Iraq resumed talks, </w:t></w:r>'
    '<w:hyperlink r:id="rId8" w:history="1"><w:r><w:t>RIA Novosti</w:t></w:r></w:hyperlink></w:p>'
    '<w:p><w:hyperlink w:anchor="_Toc1"><w:r><w:t>Contents</w:t></w:r></w:hyperlink></w:p>'
    f"<w:p><w:fldSimple w:instr=' HYPERLINK \"{TASS}\" '><w:r><w:t>TASS</w:t></w:r></w:fldSimple></w:p>"
    "</w:body></w:document>"
)
RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship TargetMode="External" Target="{RIA}" Type="{HL}" Id="rId8"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"'
    ' Target="styles.xml"/></Relationships>'
)


def test_a_word_documents_relationships_give_its_hyperlinks_addresses() -> None:
    from linkcheck.articles._xmldoc import docx_with_targets

    joined = docx_with_targets(DOCUMENT, RELS)
    assert joined.count("\n") == DOCUMENT.count("\n")
    assert sorted(c.url for c in extract_citations(joined, "auto", "document.xml")) == [RIA, TASS]


def test_a_word_document_alone_gives_its_field_links_only() -> None:
    # Control: without the relationships a ``r:id`` hyperlink is its words; the field's link is read.
    assert [c.url for c in extract_citations(DOCUMENT, "auto", "document.xml")] == [TASS]


def test_the_cli_reads_the_relationships_beside_an_unzipped_document(tmp_path: Path) -> None:
    from linkcheck.cli import main

    (tmp_path / "word" / "_rels").mkdir(parents=True)
    (tmp_path / "word" / "document.xml").write_text(DOCUMENT, encoding="utf-8")
    (tmp_path / "word" / "_rels" / "document.xml.rels").write_text(RELS, encoding="utf-8")
    out = tmp_path / "sources.txt"
    assert main(["extract", str(tmp_path / "word" / "document.xml"), "-o", str(out)]) == 0
    lines = [
        ln.split(" | ")[0] for ln in out.read_text(encoding="utf-8").splitlines() if ln.startswith("http")
    ]
    assert sorted(lines) == [RIA, TASS]


def test_a_forward_whose_forwarder_cites_above_it_is_the_forwarders_article() -> None:
    # A reading list forwarded with the sender's own links above the message below (Gmail's header, and
    # Outlook's under FW:): the sender's text cites, and the forwarded message's day is not the article's.
    gmail = (
        "---------- Forwarded message ---------\nFrom: N <n@x.example>\nDate: Thu, Jan 9, 2020 at 3:14 PM\n"
    )
    for subject, header in (("Fwd: Iraq", gmail), ("FW: Iraq", OUTLOOK)):
        text = mail(subject, header).replace("Please check.", f"Worth reading: {TASS}")
        assert forwarded_date(text) is None, subject
