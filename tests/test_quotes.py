"""Words a citation quotes, looked for in the page's text (``linkcheck.quotes``), and the check through the
fetcher, the manifest and wikitext."""

from __future__ import annotations

import pytest
import responses

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, FindingKind, Severity, Status, Verdict
from linkcheck.quotes import page_text, quote_finding
from linkcheck.sources import format_sources, parse_sources
from tests.test_check_http import run

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Iraq resumes S-300 talks - Example Times</title>
<script>var teaser = "Iraq has cancelled talks";</script><style>p { color: #333 }</style></head>
<body><nav>Home | World</nav><h1>Iraq resumes S-300 talks</h1>
<p>Iraq has &#8220;renewed&#8221; talks with Russia on buying S-300 systems, Badr al-Ziyadi, a member of
the parliament's defence committee, <a href="/people/ziyadi">told</a> RIA Novosti on Thursday.</p>
<p>He said: "The talks resumed after the strikes on our bases."</p>
<noscript>Please enable JavaScript</noscript></body></html>"""
TEXT = page_text(PAGE)


def test_the_page_s_text_is_what_a_reader_sees() -> None:
    assert TEXT is not None
    assert "told RIA Novosti on Thursday" in TEXT
    for hidden in ("teaser", "color", "enable JavaScript"):
        assert hidden not in TEXT
    assert "Example Times" not in TEXT  # the head's title is not the page's prose


@pytest.mark.parametrize(
    "quote",
    [
        'Iraq has "renewed" talks with Russia on buying S-300 systems',  # other quotation marks
        "IRAQ HAS RENEWED TALKS WITH RUSSIA ON BUYING S-300 SYSTEMS",
        "Iraq has renewed talks ... told RIA Novosti on Thursday",
        "Iraq has renewed talks […] told RIA Novosti on Thursday",
        "Iraq has renewed talks [with Moscow] on buying S-300 systems",  # an editor's insertion
        "the talks resumed after the strikes on our bases",
    ],
)
def test_a_quote_is_found_whatever_its_case_marks_and_elisions(quote: str) -> None:
    assert quote_finding(quote, TEXT) is None


def test_a_misquote_warns() -> None:
    finding = quote_finding("Iraq has cancelled talks with Russia on buying S-300 systems", TEXT)
    assert finding is not None
    assert (finding.kind, finding.severity) == (FindingKind.QUOTE_MISSING, Severity.WARN)
    assert "8 of 9" in finding.message


def test_parts_must_come_in_their_order() -> None:
    finding = quote_finding("told RIA Novosti on Thursday ... Iraq has renewed talks", TEXT)
    assert finding is not None
    assert "part 2 of 2" in finding.message


def test_a_quote_in_another_language_is_only_noted() -> None:
    finding = quote_finding("Ирак возобновил переговоры с Россией о покупке С-300", TEXT)
    assert finding is not None
    assert finding.severity is Severity.INFO
    assert "translation" in finding.message


def test_cjk_quotes_are_looked_for_without_spaces() -> None:
    text = page_text(
        "<html><body><p>伊拉克恢复与俄罗斯就购买S-300防空系统的谈判，议会国防委员会成员周四表示。</p></body></html>"
    )
    assert quote_finding("就购买S-300防空系统的谈判", text) is None
    found = quote_finding("伊拉克取消与俄罗斯的谈判", text)
    assert found is not None


def test_no_quote_no_finding_and_an_unread_text_is_said() -> None:
    assert quote_finding(None, TEXT) is None
    assert quote_finding("  ", TEXT) is None
    unread = quote_finding("Iraq has renewed talks", None)
    assert unread is not None
    assert (unread.severity, unread.message.endswith("the page's text was not read")) == (Severity.INFO, True)


@responses.activate
def test_a_quote_is_checked_on_the_fetched_page() -> None:
    url = "https://news.example.com/2020/01/09/iraq-s300"
    responses.get(url, body=PAGE, content_type="text/html; charset=utf-8")
    good, bad = run(
        Citation(url, quote="Iraq has renewed talks with Russia on buying S-300 systems"),
        Citation(url, quote="Iraq has halted talks with Russia on buying S-300 systems"),
    ).results
    assert (good.status, good.verdict, good.findings) == (Status.OK, Verdict.PASS, ())
    assert bad.verdict is Verdict.WARN  # not in the default --fail-on
    assert [f.kind for f in bad.findings] == [FindingKind.QUOTE_MISSING]
    assert len(responses.calls) == 1  # one fetch for both


def test_the_manifest_and_wikitext_carry_quotes() -> None:
    (citation,) = parse_sources(
        'https://news.example/a | quote: "Iraq has renewed talks" | outlet: Example\n'
    )
    assert citation.quote == "Iraq has renewed talks"
    assert parse_sources(format_sources([citation])) == [citation]  # written back as it was read
    (plain,) = parse_sources("https://news.example/a | quote: Iraq has renewed talks\n")
    assert plain.quote == "Iraq has renewed talks"
    wiki = (
        "Talks resumed.<ref>{{cite news |url=https://news.example/a |title=Iraq resumes talks"
        " |quote=Iraq has renewed talks with Russia}}</ref>\n"
    )
    (cited,) = extract_citations(wiki, "wikitext")
    assert cited.quote == "Iraq has renewed talks with Russia"


@responses.activate
def test_a_quote_of_a_file_no_text_is_read_from_is_said_not_checked() -> None:
    url = "https://media.example.org/briefing.mp4"
    responses.get(url, body=b"\x00\x00\x00\x18ftypmp42" + bytes(1000), content_type="video/mp4")
    result = run(Citation(url, quote="we will resume the talks")).results[0]
    assert (result.status, result.verdict) == (Status.OK, Verdict.PASS)
    assert [(f.kind, f.severity) for f in result.findings] == [(FindingKind.QUOTE_MISSING, Severity.INFO)]
    assert "not checked" in result.findings[0].message
