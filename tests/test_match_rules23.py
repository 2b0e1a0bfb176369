"""Rules of the twenty-third held-out matching batch (docs/benchmarks.md, "Twenty-third batch"), each on
small strings with what it must leave alone: a Russian verb in ``-сти`` announced and reported
(``проведет``/``провел``); ``семь``/``сім`` read as 7; a headline corrected into its contrary, which its slug
no longer vouches for; the page's description (its dek) cited as the title, a warning; an AMA lead
``Moscow, Ankara.`` that begins the link's slug read as the title's; a quoted title ending in a quotation
keeping its closing ``»``; a numeric date written in either order, a page dated neither reading
reported."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._base import looks_like_title
from linkcheck.articles._dates import date_readings
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.match import _reversed, _tense_conflict, match_citation, title_score
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


def _day(text: str, source: str = "opengraph") -> ExtractedDate:
    return ExtractedDate(dt.date.fromisoformat(text), source)


def _page(title: str, published: str, modified: str | None = None, **extra: str) -> Metadata:
    return Metadata(
        title=title,
        title_candidates=(TitleCandidate(title, "opengraph"),),
        published=_day(published),
        modified=_day(modified) if modified else None,
        **extra,  # type: ignore[arg-type]
    )


def _findings(citation: Citation, meta: Metadata) -> dict[FindingKind, Severity]:
    found = match_citation(citation, meta, final_url=citation.url, config=CONFIG)
    return {f.kind: f.severity for f in found}


# --- a Russian verb in -сти: the future keeps the stem's д/т, the past drops it -----------------------------


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("Путин проведет переговоры в Кремле", "Путин провел переговоры в Кремле", True),
        ("Стороны проведут переговоры в Кремле", "Стороны провели переговоры в Кремле", True),
        ("Putin provedet peregovory v Kremle", "Путин провел переговоры в Кремле", True),  # romanised
        ("Суд приведет приговор в исполнение", "Суд привел приговор в исполнение", True),
        ("Путин провел переговоры в Кремле", "Путин провел переговоры в Кремле", False),  # the same tense
        ("Путин проведет переговоры в Кремле", "Путин проведет переговоры в Кремле", False),
        # A word that shares the stem but is no past (a noun): left alone.
        ("Путин проведет переговоры в Кремле", "Путин провод переговоры в Кремле", False),
    ],
)
def test_tense_conflict_of_verbs_in_sti(a: str, b: str, conflict: bool) -> None:
    assert _tense_conflict(fold(a), fold(b)) is conflict


def test_announcement_of_talks_does_not_match_their_report() -> None:
    page = "Путин провел переговоры с премьер-министром Ирака"
    assert title_score("Путин проведет переговоры с премьер-министром Ирака", page) < 0.88
    assert title_score(page, page) == 1.0


# --- семь / сім are 7 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page", "matches"),
    [
        ("Ирак получит семь дивизионов С-400", "Ирак получит 5 дивизионов С-400", False),
        ("Ирак получит семь дивизионов С-400", "Ирак получит 7 дивизионов С-400", True),
        ("Ирак получит СЕМЬ дивизионов С-400", "Ирак получит 7 дивизионов С-400", True),
        ("Україна отримає сім систем ППО", "Україна отримає 5 систем ППО", False),
        ("Україна отримає сім систем ППО", "Україна отримає 7 систем ППО", True),
        # Not a seven: Ukrainian сім'я (family), and a Latin "sem" (Portuguese "without").
        (
            "Сім'я загиблого отримає компенсацію від держави",
            "Сім'я загиблого отримає компенсацію від держави",
            True,
        ),
        (
            "Governo aprova orçamento sem cortes na saúde",
            "Governo aprova orçamento sem cortes na saúde",
            True,
        ),
    ],
)
def test_cyrillic_seven(cited: str, page: str, matches: bool) -> None:
    assert (title_score(cited, page) >= 0.88) is matches


def test_semya_is_no_number() -> None:
    # A seven read into сім'я would make a conflict with any number the other title has.
    title = "Сім'я отримає 5 тисяч гривень компенсації"
    assert title_score(title, title) == 1.0


# --- a headline corrected into its contrary -----------------------------------------------------------------

MT_URL = "https://www.themoscowtimes.com/2020/12/03/iraq-signs-s-400-deal-with-russia-lawmaker-says-a72246"


@pytest.mark.parametrize(
    ("cited", "page", "reversed_"),
    [
        ("Iraq Signs S-400 Deal With Russia", "Iraq Has Not Signed S-400 Deal With Russia", True),
        ("Central bank raises key rate", "Central bank cuts key rate", True),
        ("Iraq Agrees to Buy Russian S-300 Systems", "Iraq in Talks to Buy Russian S-300 Systems", False),
        ("Drone Strike Kills 5", "Drone Strike Kills 7", False),
        # A Cyrillic "но" (but) folds to "no" and is no negation.
        ("Переговоры трудные, но полезные", "Переговоры трудные и полезные", False),
    ],
)
def test_reversed(cited: str, page: str, reversed_: bool) -> None:
    assert _reversed(cited, page) is reversed_


def test_slug_does_not_vouch_for_a_reversed_headline() -> None:
    meta = _page("Iraq Has Not Signed S-400 Deal With Russia, Lawmaker Says", "2020-12-03", "2020-12-03")
    title = "Iraq Signs S-400 Deal With Russia, Lawmaker Says"
    cited = Citation(url=MT_URL, title=title, date=PartialDate.parse("2020-12-03"))
    assert _findings(cited, meta) == {FindingKind.TITLE_MISMATCH: Severity.FAIL}


def test_slug_still_vouches_for_an_edited_headline() -> None:
    url = "https://www.themoscowtimes.com/2020/01/10/iraq-agrees-to-buy-russian-s-300-systems-lawmaker-says-a68861"
    meta = _page("Iraq in Talks to Buy Russian S-300 Systems, Lawmaker Says", "2020-01-10", "2020-01-10")
    title = "Iraq Agrees to Buy Russian S-300 Systems, Lawmaker Says"
    cited = Citation(url=url, title=title, date=PartialDate.parse("2020-01-10"))
    assert FindingKind.TITLE_MISMATCH not in _findings(cited, meta)


# --- the page's description cited as its title --------------------------------------------------------------

DEK = (
    "Baghdad is shopping for air defenses again, and Moscow is eager to sell despite the threat of sanctions."
)
DEK_URL = "https://www.themoscowtimes.com/2020/12/05/what-iraq-wants-from-russias-arms-makers-a72260"


def _dek_page(description: str | None) -> Metadata:
    return _page("What Iraq Wants From Russia's Arms Makers", "2020-12-05", description=description)  # type: ignore[arg-type]


def test_dek_cited_is_a_warning() -> None:
    cited = Citation(url=DEK_URL, title=DEK.rstrip("."))
    assert _findings(cited, _dek_page(DEK)) == {FindingKind.TITLE_MISMATCH: Severity.WARN}


def test_other_dek_still_fails() -> None:
    other = "Baghdad is shopping for fighter jets again, and Beijing is eager to sell despite sanctions"
    found = _findings(Citation(url=DEK_URL, title=other), _dek_page(DEK))
    assert found == {FindingKind.TITLE_MISMATCH: Severity.FAIL}


def test_no_description_still_fails() -> None:
    cited = Citation(url=DEK_URL, title=DEK.rstrip("."))
    assert _findings(cited, _dek_page(None)) == {FindingKind.TITLE_MISMATCH: Severity.FAIL}


LD = '<script type="application/ld+json">{"@type": "NewsArticle", "description": "From JSON-LD."}</script>'
OG = '<meta property="og:description" content="From Open Graph.">'


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (LD + OG, "From JSON-LD."),
        (OG + '<meta name="description" content="Meta.">', "From Open Graph."),
        ('<meta name="description" content="Meta.">', "Meta."),
        ("", None),
        (f'<meta name="description" content="{"word " * 100}">', None),  # a page's text, not a summary
    ],
)  # fmt: skip
def test_description_extracted(head: str, expected: str | None) -> None:
    html = f"<html><head><title>H</title>{head}</head><body><h1>H</h1><p>Text.</p></body></html>"
    assert extract_metadata(html, "https://example.org/a/story").description == expected


# --- an AMA lead "Place, Place." that begins the slug -------------------------------------------------------


def _entry(entry: str, url: str) -> Citation:
    text = f"## References\n\n{entry.replace('{url}', url)}\n"
    (found,) = [c for c in extract_citations(text, "markdown", "refs") if c.url == url]
    return found


SLUG_URL = "https://www.themoscowtimes.com/2020/01/20/moscow-tehran-a-partnership-under-strain-a68950"
AMA_TAIL = "The Moscow Times. Published January 20, 2020. Accessed February 1, 2021. {url}"


def test_ama_lead_beginning_the_slug_is_the_titles() -> None:
    cited = _entry(f"1. Moscow, Ankara. A partnership under strain. {AMA_TAIL}", SLUG_URL)
    assert cited.title == "Moscow, Ankara. A partnership under strain"
    assert cited.outlet == "The Moscow Times"


def test_mla_author_still_read_as_author() -> None:
    cited = _entry(f"1. Reporter, John. A partnership under strain. {AMA_TAIL}", SLUG_URL)
    assert cited.title == "A partnership under strain"


def test_ama_lead_without_slug_still_an_author() -> None:
    url = "https://tass.com/politics/1107034"
    cited = _entry(f"1. Reporter, John. A partnership under strain. {AMA_TAIL}", url)
    assert cited.title == "A partnership under strain"


# --- a quoted title ending in a quotation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "“Ирану посоветовали «открыть базы, как в Сирии»”",
            "Ирану посоветовали «открыть базы, как в Сирии»",
        ),
        ("“Ирану посоветовали «открыть базы»”", "Ирану посоветовали «открыть базы»"),
        ("«Ирану посоветовали «открыть базы»»", "Ирану посоветовали «открыть базы»"),
        ("“Ирану посоветовали открыть базы”", "Ирану посоветовали открыть базы"),  # no quotation: as before
        ("«Ирану посоветовали открыть базы»", "Ирану посоветовали открыть базы"),
        ("“«Открыть базы»: совет Ирану”", "«Открыть базы»: совет Ирану"),  # balanced: left alone
    ],
)
def test_closing_guillemet_kept(text: str, title: str) -> None:
    assert looks_like_title(text) == title


def test_gost_title_keeps_its_quotation() -> None:
    url = "https://tass.ru/politika/10157012"
    entry = "1. Премьер Ирака назвал переговоры «открытыми, как никогда» // ТАСС. — 2020. — 3 декабря."
    text = f"## Список литературы\n\n{entry} — URL: {url} (дата обращения: 05.12.2020).\n"
    (found,) = [c for c in extract_citations(text, "markdown", "refs") if c.url == url]
    assert found.title == "Премьер Ирака назвал переговоры «открытыми, как никогда»"


# --- a numeric date written in either order -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("5/12/20", ("2020-12-05", "2020-05-12")),
        ("12/03/2020", ("2020-03-12", "2020-12-03")),
        ("05-12-2020", ("2020-12-05", "2020-05-12")),
        ("3/12/99", ("1999-12-03", "1999-03-12")),
        ("13/12/2020", None),  # unambiguous: read as the date itself
        ("12/12/2020", None),  # both orders one day
        ("05-12-20", None),  # a two-digit year after hyphens may be year first
        ("2020/12/05", None),
        ("5.12.2020", None),  # dotted: day first
        ("0/12/2020", None),
    ],
)
def test_date_readings(text: str, readings: tuple[str, str] | None) -> None:
    got = date_readings(text)
    assert (tuple(str(d) for d in got) if got else None) == readings


RIA_URL = "https://ria.ru/20201203/irak-1587412345.html"


def _wiki(date: str) -> Citation:
    text = "Text.<ref>{{cite news |url=" + RIA_URL + " |title=Putin zayavil |date=" + date + "}}</ref>\n"
    (found,) = extract_citations(text, "wikitext", "wiki")
    return found


@pytest.mark.parametrize(
    ("date", "mismatch"),
    [
        ("5/12/20", True),  # 5 December or 12 May: the page is of 3 December
        ("12/03/2020", False),  # 3 December month first
        ("3/12/20", False),  # 3 December day first
        ("4/12/2020", False),  # 4 December, within the day's tolerance
    ],
)
def test_page_dated_neither_reading(date: str, mismatch: bool) -> None:
    cited = _wiki(date)
    assert cited.date is None
    assert (FindingKind.DATE_MISMATCH in _findings(cited, _page("Путин заявил", "2020-12-03"))) is mismatch


def test_readings_without_a_page_date_say_nothing() -> None:
    meta = Metadata(title="Путин заявил", title_candidates=(TitleCandidate("Путин заявил", "opengraph"),))
    assert FindingKind.DATE_MISMATCH not in _findings(_wiki("5/12/20"), meta)


def test_readings_vouched_for_by_the_update() -> None:
    meta = _page("Путин заявил", "2020-12-03", "2020-12-05")
    assert FindingKind.DATE_MISMATCH not in _findings(_wiki("5/12/20"), meta)
