"""Words a citation quotes, looked for in the page's text (``linkcheck.quotes``), and the check through the
fetcher, the manifest and wikitext."""

from __future__ import annotations

import pytest
import responses

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, FindingKind, Severity, Status, Verdict
from linkcheck.quotes import highlighted_passages, page_text, quote_finding, quote_findings
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


@pytest.mark.parametrize(
    ("fragment", "passages"),
    [
        ("#:~:text=Iraq%20has%20renewed%20talks", ("Iraq has renewed talks",)),
        # prefix-, start, end, -suffix: the context words belong to the passage; start to end is elided
        (
            "#:~:text=Iraq%20has-,renewed%20talks,S%2D300,-systems",
            ("Iraq has renewed talks ... S-300 systems",),
        ),
        ("#intro:~:text=told%20RIA&text=the%20talks%20resumed", ("told RIA", "the talks resumed")),
        ("#:~:text=%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D1%8B", ("переговоры",)),
        # not text directives, or not well formed (browsers skip them too): nothing to look for
        ("#section-2", ()),
        ("#:~:text=", ()),
        ("#:~:text=a,b,c", ()),
        ("#:~:text=-,talks", ()),
        ("#:~:text=talks,", ()),
        ("#:~:note=talks", ()),
    ],
)
def test_a_link_s_text_fragment_names_the_passages_it_highlights(
    fragment: str, passages: tuple[str, ...]
) -> None:
    assert highlighted_passages(f"https://news.example.com/a{fragment}") == passages


def test_a_query_that_looks_like_a_directive_is_not_one() -> None:
    assert highlighted_passages("https://news.example.com/a?q=:~:text=talks") == ()


def test_a_highlighted_passage_is_looked_for_as_a_quote_is() -> None:
    url = "https://news.example.com/a#:~:text=Iraq%20has%20renewed%20talks,buying%20S%2D300%20systems"
    assert quote_findings(Citation(url), TEXT) == []
    edited = "https://news.example.com/a#:~:text=Iraq%20has%20halted%20talks%20with%20Russia"
    (finding,) = quote_findings(Citation(edited), TEXT)
    assert (finding.kind, finding.severity) == (FindingKind.QUOTE_MISSING, Severity.WARN)
    assert finding.expected == "Iraq has halted talks with Russia"
    assert "the link highlights" in finding.message
    assert "edited" in finding.message
    gone = "https://news.example.com/a#:~:text=sunny%20weekend%20forecast%20for%20the%20coast"
    (other,) = quote_findings(Citation(gone), TEXT)
    assert other.severity is Severity.INFO
    assert "replaced" in other.message
    # an explicit quote and the highlighted passage are each looked for
    both = quote_findings(Citation(edited, quote="Iraq has renewed talks"), TEXT)
    assert [f.expected for f in both] == ["Iraq has halted talks with Russia"]


@responses.activate
def test_a_highlighting_link_s_page_text_is_read_and_fetched_without_its_fragment() -> None:
    page = "https://news.example.com/2020/01/09/iraq-s300"
    responses.get(page, body=PAGE, content_type="text/html; charset=utf-8")
    kept, edited = run(
        Citation(f"{page}#:~:text=renewed%E2%80%9D%20talks%20with%20Russia"),
        Citation(f"{page}#:~:text=Iraq%20has%20cancelled%20talks%20with%20Russia"),
    ).results
    assert (kept.status, kept.verdict, kept.findings) == (Status.OK, Verdict.PASS, ())
    assert edited.verdict is Verdict.WARN
    assert [(f.kind, f.severity) for f in edited.findings] == [(FindingKind.QUOTE_MISSING, Severity.WARN)]
    assert [c.request.url for c in responses.calls] == [page]  # once, and the fragment is never sent
