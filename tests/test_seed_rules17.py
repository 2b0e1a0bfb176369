"""Rules added after the seventeenth seed probe (``tests/test_seed_probe17.py``), each on small inputs with
what it must leave alone.

1. Whose story answers: the text, Markdown and SARIF reports name the page's authors (the JSON report's
   ``author``) for a page whose title or outlet is not the cited one. The related article's address serving
   another reporter's story was reported by its headline alone, and the reporter's name, which tells the
   editor at once that it is another story, was in the JSON report only. A page that matches is left as it
   was (its author is no news), as is a page that names no one.
2. A comment written after a citation's title (``title: Headline  # as read on 9 January``) is part of the
   value (docs/sources-format.md); when the words before the ``#`` are the page's title, the mismatch is a
   warning that says so and that a ``#`` comment goes on its own line. It was failed as a "headline
   rewritten" beside an identical headline. (An outlet so written was matched already, by the name it opens
   with: pinned here, unchanged.)
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from linkcheck import Citation, Config, extract_metadata, match_citation
from linkcheck.models import (
    Author,
    ExtractedDate,
    Finding,
    FindingKind,
    Metadata,
    PartialDate,
    Report,
    Result,
    Severity,
    Status,
    Verdict,
)
from linkcheck.report import render

MT_URL = "https://mt.example/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
MT_TITLE = "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"
OTHER = "Kremlin Says Arms Exports to the Middle East Hit a Record"
TASS_URL = "https://tass.example/politika/7487995"
TASS_TITLE = "Жириновский призвал Иран купить российские С-400"


def _result(kind: FindingKind | None, authors: tuple[Author, ...], status: Status = Status.OK) -> Result:
    metadata = Metadata(
        title=OTHER if kind is not None else MT_TITLE,
        published=ExtractedDate(dt.date(2024, 6, 14), "opengraph"),
        site_name="The Moscow Times",
        author=authors,
    )
    findings: tuple[Finding, ...] = ()
    if kind is not None:
        findings = (
            Finding(kind, Severity.FAIL, "the cited one is not the page's", expected=MT_TITLE, actual=OTHER),
        )
    verdict = Verdict.FAIL if findings else Verdict.PASS
    return Result(
        Citation(MT_URL, title=MT_TITLE, outlet="The Moscow Times", source="sources.txt", line=3),
        status,
        "200 OK" if status is Status.OK else "404 Not Found",
        verdict,
        http_status=200 if status is Status.OK else 404,
        final_url=MT_URL,
        metadata=metadata if status is Status.OK else None,
        findings=findings,
    )


REPORTER = (Author("Jake Cordell", "person"),)
TWO = (Author("Jake Cordell", "person"), Author("Reuters", "organization"))


@pytest.mark.parametrize("kind", [FindingKind.TITLE_MISMATCH, FindingKind.OUTLET_MISMATCH])
def test_text_report_names_the_pages_author_where_the_page_is_not_the_cited_one(kind: FindingKind) -> None:
    text = render(Report((_result(kind, REPORTER),)), "text")
    said = next(line for line in text.splitlines() if "page says" in line)
    assert "by: Jake Cordell" in said, text


def test_text_report_names_every_author_in_the_pages_order() -> None:
    text = render(Report((_result(FindingKind.TITLE_MISMATCH, TWO),)), "text")
    assert "by: Jake Cordell, Reuters" in text, text


def test_markdown_report_names_the_pages_author_where_its_title_is_not_the_cited_one() -> None:
    md = render(Report((_result(FindingKind.TITLE_MISMATCH, REPORTER),)), "markdown")
    row = next(line for line in md.splitlines() if MT_URL in line and line.startswith("|"))
    assert "the page's story is by Jake Cordell" in row, md


def test_sarif_message_names_the_pages_author_where_its_title_is_not_the_cited_one() -> None:
    sarif = json.loads(render(Report((_result(FindingKind.TITLE_MISMATCH, REPORTER),)), "sarif"))
    (result,) = sarif["runs"][0]["results"]
    assert "The page's story is by Jake Cordell" in result["message"]["text"], result["message"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "sarif"])
def test_a_page_that_matches_or_names_no_one_is_reported_as_before(fmt: str) -> None:
    # Left alone: a matching page's author (no news to the editor), and a mismatch on a page naming no one.
    matching = render(Report((_result(None, REPORTER),)), fmt)
    assert "Jake Cordell" not in matching, matching
    anonymous = render(Report((_result(FindingKind.TITLE_MISMATCH, ()),)), fmt)
    assert "by: " not in anonymous
    assert "story is by" not in anonymous


def test_a_date_mismatch_alone_does_not_name_the_author() -> None:
    # Another date is the same story misdated, not another story: whose it is stays unsaid.
    text = render(Report((_result(FindingKind.DATE_MISMATCH, REPORTER),)), "text")
    assert "Jake Cordell" not in text, text


def _page(title: str, site: str = "ТАСС") -> str:
    return (
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">'
        '<meta property="article:published_time" content="2020-01-09T11:40:00+03:00"></head>'
        f"<body><article><h1>{title}</h1><p>Лидер ЛДПР призвал Иран купить системы.</p></article>"
        "</body></html>"
    )


def _findings(cited_title: str | None, outlet: str | None = None) -> dict[str, Finding]:
    metadata = extract_metadata(_page(TASS_TITLE), TASS_URL)
    citation = Citation(TASS_URL, title=cited_title, outlet=outlet, date=PartialDate.parse("2020-01-09"))
    return {f.kind.value: f for f in match_citation(citation, metadata, final_url=TASS_URL, config=Config())}


@pytest.mark.parametrize(
    "comment",
    ["  # headline as read on 9 January", " # from the wire", "\t# проверено редактором"],
)
def test_a_title_with_a_comment_after_it_warns_and_says_a_comment_goes_on_its_own_line(comment: str) -> None:
    found = _findings(TASS_TITLE + comment)
    mismatch = found["title_mismatch"]
    assert mismatch.severity is Severity.WARN, mismatch
    assert "own line" in mismatch.message, mismatch.message
    assert mismatch.actual == TASS_TITLE


def test_a_title_whose_words_before_the_comment_are_another_headline_still_fails_as_before() -> None:
    # Left alone: the words before the comment are another headline; the finding is what it was.
    found = _findings("Жириновский предложил Ирану открыть российские базы  # as read")
    mismatch = found["title_mismatch"]
    assert "own line" not in mismatch.message, mismatch.message
    assert "before its '#'" not in mismatch.message, mismatch.message


@pytest.mark.parametrize("title", [TASS_TITLE + " #1", "C# 12 вышел", "Топ-10 #С400"])
def test_a_hash_inside_a_title_is_no_comment(title: str) -> None:
    # `#1`, `C#` and a hashtag glued to its word are a title's own text: nothing said of comments.
    found = _findings(title)
    if "title_mismatch" in found:
        assert "own line" not in found["title_mismatch"].message


def test_an_outlet_with_a_comment_after_it_is_still_the_pages_outlet() -> None:
    # Unchanged (passes on base56 too): the outlet is matched by the name it opens with.
    assert "outlet_mismatch" not in _findings(TASS_TITLE, outlet="ТАСС  # via the wire desk")
    assert "outlet_mismatch" in _findings(TASS_TITLE, outlet="Интерфакс  # via the wire desk")


def test_the_site_itself_as_its_storys_author_is_not_named() -> None:
    # Left alone: an agency's page naming the agency (TASS's dateline) says nothing of whose story answers.
    result = _result(FindingKind.TITLE_MISMATCH, (Author("The Moscow Times", "organization"),))
    for fmt in ("text", "markdown", "sarif"):
        out = render(Report((result,)), fmt)
        assert "by: " not in out
        assert "story is by" not in out
