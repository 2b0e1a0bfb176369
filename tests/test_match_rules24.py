"""Rules of the twenty-fourth held-out matching batch (docs/benchmarks.md, "Twenty-fourth batch"), each on
small strings with what it must leave alone: French ``reprend``/``reprise`` facing ``suspend``/``suspension``;
a denial only one title makes, read as a negation (``Iraq Denies Plans to Buy S-300``/``Iraq to Buy
S-300``); a notice about an article (``Correction to: ...``) cited by the article's title; a news headline
cited for the opinion column whose headline begins with it (:attr:`Metadata.opinion`)."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.match import (
    _column_lead,
    _is_notice,
    _negated,
    _opposites_conflict,
    _reversed,
    match_citation,
    title_score,
)
from linkcheck.models import (
    Citation,
    ExtractedDate,
    FindingKind,
    Metadata,
    PartialDate,
    Severity,
    TitleCandidate,
)
from linkcheck.names import fold

CONFIG = Config()
THRESHOLD = CONFIG.title_threshold


def _page(title: str, published: str, modified: str | None = None, **extra: object) -> Metadata:
    day = ExtractedDate(dt.date.fromisoformat(published), "opengraph")
    return Metadata(
        title=title,
        title_candidates=(TitleCandidate(title, "opengraph"),),
        published=day,
        modified=ExtractedDate(dt.date.fromisoformat(modified), "opengraph") if modified else None,
        **extra,  # type: ignore[arg-type]
    )


def _findings(citation: Citation, meta: Metadata) -> dict[FindingKind, Severity]:
    found = match_citation(citation, meta, final_url=citation.url, config=CONFIG)
    return {f.kind: f.severity for f in found}


# --- French "reprend"/"reprise" and "suspend"/"suspension" --------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("L'Irak reprend les négociations avec Moscou", "L'Irak suspend les négociations avec Moscou", True),
        ("Reprise des négociations avec Moscou", "Suspension des négociations avec Moscou", True),
        ("Iraq resumes talks with Russia", "Iraq halts talks with Russia", True),  # as before
        # Both titles resume: no conflict, whatever else "reprend" may mean.
        ("L'Irak reprend les négociations", "L'Irak reprend les négociations avec Moscou", False),
        # One title holding both directions conflicts with neither.
        ("L'Irak reprend les négociations et suspend les livraisons", "L'Irak suspend les livraisons", False),
        # "reprend" (takes over) beside a title that suspends nothing.
        ("Le groupe reprend l'usine de Lyon", "Le groupe rachète l'usine de Lyon", False),
    ],
)  # fmt: skip
def test_french_resume_and_suspend(a: str, b: str, conflict: bool) -> None:
    assert _opposites_conflict(fold(a), fold(b)) is conflict


def test_french_suspend_for_resume_does_not_match() -> None:
    page = "L’Irak reprend les négociations avec la Russie sur l’achat de S-300"
    assert (
        title_score("L’Irak suspend les négociations avec la Russie sur l’achat de S-300", page) < THRESHOLD
    )
    assert (
        title_score("L'Irak reprend les negociations avec la Russie sur l'achat de S-300", page) >= THRESHOLD
    )


# --- a denial only one title makes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "denies"),
    [
        ("Iraq Denies Plans to Buy S-300 From Russia", True),
        ("Kremlin denied reports of a deal", True),
        ("В Ираке опровергли сообщения о закупке С-300", True),
        ("Bagdad dementiert Kauf von S-300", True),
        ("Iraq to Buy S-300 From Russia, Lawmaker Says", False),
        ("Iraq Rejects U.S. Warning Over S-300", False),  # the approve/reject pair's, not a denial
    ],
)
def test_denial_is_a_negation(title: str, denies: bool) -> None:
    assert _negated(fold(title)) is denies


@pytest.mark.parametrize(
    ("cited", "page", "reversed_"),
    [
        ("Iraq to Buy S-300 From Russia, Lawmaker Says", "Iraq Denies Plans to Buy S-300 From Russia", True),
        ("Ирак закупит С-300 у России", "Ирак опроверг планы закупить С-300 у России", True),
        # Both deny, in two forms of the verb: no reversal.
        ("Iraq Denies Plans to Buy S-300 From Russia", "Iraq Denied Plans to Buy S-300 From Russia", False),
        ("Iraq in Talks to Buy S-300 From Russia", "Iraq Agrees to Buy S-300 From Russia", False),
        # A negation and a denial agree.
        ("Iraq Has Not Signed S-400 Deal With Russia", "Iraq Denies Signing S-400 Deal With Russia", False),
    ],
)
def test_denial_is_a_reversal(cited: str, page: str, reversed_: bool) -> None:
    assert _reversed(cited, page) is reversed_


DENIAL_URL = "https://www.themoscowtimes.com/2024/01/18/iraq-to-buy-s-300-from-russia-lawmaker-says-a83740"


def test_slug_does_not_vouch_for_a_headline_rewritten_into_a_denial() -> None:
    meta = _page("Iraq Denies Plans to Buy S-300 From Russia", "2024-01-18", "2024-01-18")
    cited = Citation(
        url=DENIAL_URL,
        title="Iraq to Buy S-300 From Russia, Lawmaker Says",
        date=PartialDate.parse("2024-01-18"),
    )
    assert _findings(cited, meta) == {FindingKind.TITLE_MISMATCH: Severity.FAIL}


def test_denial_cited_matches() -> None:
    meta = _page("Iraq Denies Plans to Buy S-300 From Russia", "2024-01-18", "2024-01-18")
    cited = Citation(url=DENIAL_URL, title="Iraq denies plans to buy S-300 from Russia")
    assert _findings(cited, meta) == {}


def test_denial_caps_a_long_shared_title() -> None:
    page = "Kremlin denies Putin will attend the G20 summit in Bali next month"
    assert title_score("Putin will attend the G20 summit in Bali next month", page) < THRESHOLD


# --- a notice about an article ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "notice"),
    [
        ("Correction to: Iraq resumes S-300 talks with Russia, lawmaker says", True),
        ("Erratum: Air defence procurement in Iraq, 2003-2023", True),
        ("Retraction Note: A study of S-300 exports", True),
        ("Publisher Correction: Iraq's air defences", True),
        ("Expression of Concern: A study of S-300 exports", True),
        ("Опровержение: о закупке С-300 Ираком", True),
        # The wire's label of the corrected story itself, and a market's correction: no notices.
        ("CORRECTED-Iraq resumes talks to buy Russian S-300 missiles, lawmaker says", False),
        ("Correction: Nasdaq slides into a correction as chip stocks fall", False),
        ("Iraq resumes S-300 talks with Russia, lawmaker says", False),
        ("Corrections officers strike in New York", False),
    ],
)
def test_is_notice(title: str, notice: bool) -> None:
    assert _is_notice(title) is notice


NOTICE_URL = "https://www.gulfdispatch.com/2024/01/18/correction-iraq-resumes-s-300-talks-with-russia"
NOTICE = "Correction to: Iraq resumes S-300 talks with Russia, lawmaker says"


def test_notice_cited_by_the_articles_title_fails() -> None:
    cited = Citation(url=NOTICE_URL, title="Iraq resumes S-300 talks with Russia, lawmaker says")
    found = match_citation(cited, _page(NOTICE, "2024-01-18"), final_url=NOTICE_URL, config=CONFIG)
    assert [(f.kind, f.severity) for f in found] == [(FindingKind.TITLE_MISMATCH, Severity.FAIL)]
    assert "notice" in found[0].message
    assert NOTICE in found[0].message


def test_notice_cited_by_its_own_title_matches() -> None:
    cited = Citation(url=NOTICE_URL, title=NOTICE)
    assert _findings(cited, _page(NOTICE, "2024-01-18")) == {}


def test_wire_corrected_story_still_matches() -> None:
    title = "CORRECTED-Iraq resumes talks to buy Russian S-300 missiles, lawmaker says"
    cited = Citation(
        url="https://wire.example/iraq-s300", title="Iraq resumes talks to buy Russian S-300 missiles"
    )
    assert _findings(cited, _page(title, "2020-01-09")) == {}


# --- a news headline cited for the opinion column that begins with it ---------------------------------------

COLUMN = "Iraq Resumes S-300 Talks With Russia. Washington Should Take Note."
COLUMN_URL = "https://www.themoscowtimes.com/2024/01/17/iraqs-s-300-talks-washington-should-take-note-a83725"


@pytest.mark.parametrize(
    ("cited", "page", "lead"),
    [
        ("Iraq Resumes S-300 Talks With Russia", COLUMN, True),
        ("Iraq resumes S-300 talks with Russia", COLUMN + " - The Moscow Times", True),
        (COLUMN, COLUMN, False),  # the whole headline
        ("Opinion: " + COLUMN, COLUMN, False),
        # A subtitle after a colon, which a citer of a column may drop: no sentence break.
        ("Putin's Gamble in Iraq", "Putin's Gamble in Iraq: Why Washington Should Take Note", False),
        ("Washington Should Take Note", COLUMN, False),  # the verdict, not the news
    ],
)
def test_column_lead(cited: str, page: str, lead: bool) -> None:
    assert _column_lead(cited, page, ("The Moscow Times",), (), THRESHOLD) is lead


def test_news_headline_cited_for_a_column_warns() -> None:
    cited = Citation(
        url=COLUMN_URL, title="Iraq Resumes S-300 Talks With Russia", date=PartialDate.parse("2024-01-16")
    )
    found = match_citation(
        cited, _page(COLUMN, "2024-01-17", opinion=True), final_url=COLUMN_URL, config=CONFIG
    )
    assert [(f.kind, f.severity) for f in found] == [(FindingKind.TITLE_MISMATCH, Severity.WARN)]
    assert "opinion" in found[0].message


def test_news_page_of_two_sentences_cited_by_the_first_matches() -> None:
    news = "Iraq Resumes S-300 Talks With Russia. U.S. Threatens Sanctions."
    cited = Citation(
        url=COLUMN_URL, title="Iraq Resumes S-300 Talks With Russia", date=PartialDate.parse("2024-01-17")
    )
    assert _findings(cited, _page(news, "2024-01-17")) == {}


def test_column_cited_by_its_whole_title_matches() -> None:
    cited = Citation(url=COLUMN_URL, title=COLUMN, date=PartialDate.parse("2024-01-17"))
    assert _findings(cited, _page(COLUMN, "2024-01-17", opinion=True)) == {}


def _html(head: str) -> str:
    return f"<html><head><title>H</title>{head}</head><body><h1>H</h1><p>Text.</p></body></html>"


def _ld(node: str) -> str:
    return f'<script type="application/ld+json">{node}</script>'


@pytest.mark.parametrize(
    ("head", "opinion"),
    [
        (_ld('{"@type": "OpinionNewsArticle", "headline": "H"}'), True),
        (_ld('{"@type": ["OpinionNewsArticle", "NewsArticle"], "headline": "H"}'), True),
        (_ld('{"@type": "NewsArticle", "headline": "H", "articleSection": "Opinion"}'), True),
        (_ld('{"@type": "NewsArticle", "headline": "H", "articleSection": ["World", "Op-Ed"]}'), True),
        ('<meta property="article:section" content="Мнения">', True),
        ('<meta property="article:section" content="OPINION">', True),
        # The node names its section: the meta is not asked.
        (
            _ld('{"@type": "NewsArticle", "headline": "H", "articleSection": "World"}')
            + '<meta property="article:section" content="World">',
            False,
        ),
        (_ld('{"@type": "NewsArticle", "headline": "H", "articleSection": "News"}'), False),
        ('<meta property="article:section" content="Analysis">', False),  # news analysis reports
        ("", False),
    ],
)
def test_opinion_extracted(head: str, opinion: bool) -> None:
    assert extract_metadata(_html(head), "https://example.org/a/story").opinion is opinion
