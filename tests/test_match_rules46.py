"""Rules of the forty-sixth held-out matching batch (docs/benchmarks.md, "The forty-sixth held-out matching
batch"), each on small strings with what it must leave alone: a byline glued after a cited headline
(``... in Absentia By Anna Petrova``) is not part of it; a Chicago note's italic outlet right after the quoted
title, in another script than its host's, is read (a Rusyn paper's Cyrillic name on a Latin host); a page
naming itself another site in the cited outlet's own script, on the host the cited outlet spells, is a doubt
(a casino list on a lapsed Moksha paper's domain); an entry dated by a word counted from the article's day
(``yesterday``) is dated so."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.articles import extract_citations
from linkcheck.config import Config
from linkcheck.match import match_citation
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate

CONFIG = Config()
#: An address whose last segment is an identifier: a slug of no words.
PLAIN_URL = "https://www.example-gazeta.net/news/2024/03/05/51234"


def _findings(
    cited: str,
    page: str,
    url: str = PLAIN_URL,
    site: str | None = None,
    outlet: str | None = None,
) -> dict[str, str]:
    """The findings' kinds and severities of a citation of ``cited`` (from ``outlet``, dated the page's day)
    on a page titled ``page`` (its site's name ``site``) at ``url``."""
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 3, 5), "opengraph"),
        site_name=site,
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 3, 5), outlet=outlet)
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


# --- a byline glued after the headline ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    ["By Anna Petrova", "by Anna Petrova", "By Jean-Luc O'Neill", "By Reuters"],
)
def test_a_byline_glued_after_the_headline_is_not_the_headline(byline: str) -> None:
    page = "Kremlin Critic Sentenced to Eight Years in Absentia"
    assert _findings(f"{page} {byline}", page) == {}


def test_a_bylined_headline_with_another_figure_is_still_another_article() -> None:
    found = _findings(
        "Kremlin Critic Sentenced to Eighteen Years in Absentia By Anna Petrova",
        "Kremlin Critic Sentenced to Eight Years in Absentia",
    )
    assert "title_mismatch" in found


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        # the headline's own agent after a participle
        ("Harbour Trust Board Chair Replaced By Anna Petrova", "Harbour Trust Board Chair Replaced"),
        ("Historic Steelworks on the Tyne Bought By Elon Musk", "Historic Steelworks on the Tyne Bought"),
        # a headline too short to be a whole one before a byline
        ("Twitter Sold By Elon Musk", "Twitter Sold"),
        # words in lower case after "by": the headline's own words
        ("Harbour Bridge Reopens after Repairs by the council", "Harbour Bridge Reopens after Repairs"),
    ],
)
def test_an_agent_after_by_stays_part_of_the_headline(cited: str, page: str) -> None:
    assert "title_mismatch" in _findings(cited, page)


def test_a_page_headline_with_its_own_by_is_compared_whole() -> None:
    page = "Kremlin Critic Sentenced to Eight Years by Moscow Court"
    assert "title_mismatch" in _findings("Kremlin Critic Sentenced to Eight Years by Kazan Court", page)


# --- a Chicago note's italic outlet -------------------------------------------------------------------------


def _read(note: str) -> tuple[str | None, str | None]:
    (citation,) = extract_citations(f"## Notes\n\n{note}\n", "markdown", "notes")
    return citation.title, citation.outlet


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        (
            '- Reporter, Jane. "В Ужгороді отворили нову біблиотеку." *Подкарпатськый голос*, April 23,'
            " 2024. https://podkarpatskyj-holos.example/2024/04/23/uzhhorod-biblioteka",
            "Подкарпатськый голос",
        ),
        (
            '- Reporter, Jane. "Ο Πειραιάς ανοίγει νέο λιμάνι," *Η Φωνή της Αττικής*, March 5, 2024.'
            " https://www.harbour-news.net/news/51234",
            "Η Φωνή της Αττικής",
        ),
    ],
)
def test_an_italic_name_right_after_a_quoted_title_is_its_outlet(note: str, outlet: str) -> None:
    title, read = _read(note)
    assert title is not None
    assert read == outlet


@pytest.mark.parametrize(
    "note",
    [
        # a collection's title after "In": the book, not the outlet
        '- Smith, Tom. "The Canal Chapter." In *Canal Wars and Trade*, edited by Ann Lee, 12-30.'
        " https://www.example.org/book/1",
        # no comma after it: not the container of a note
        '- Smith, Tom. "The Canal Chapter." *Canal Wars and Trade*. London: Verso, 2019.'
        " https://www.example.org/book/1",
        # a lower-case phrase in italics is no name
        '- Smith, Tom. "The Canal Chapter," *ghost notes*, May 22, 2024. https://www.example.org/book/1',
    ],
)
def test_other_italics_after_a_title_are_no_outlet(note: str) -> None:
    assert _read(note)[1] is None


def test_a_latin_name_after_a_title_is_read_since_match56() -> None:
    # left unread here (a Latin name that does not spell its host) until the fifty-sixth held-out matching
    # batch, which reads any script's name in the container's place (test_match_rules56.py)
    note = (
        '- Reporter, Jane. "Gavumenti eggudde eddwaliro eppya e Masaka." *Olupapula*, May 22, 2024.'
        " https://www.bukedde.co.ug/news/123"
    )
    assert _read(note)[1] == "Olupapula"


# --- a site in the cited outlet's script on its host --------------------------------------------------------

MOKSHA_URL = "https://mokshen-pravda.example/2024/03/05/saransk-muzej"
MOKSHA_TITLE = "Саранскяйсь панжеви од музей"


def test_another_site_named_in_the_cited_outlets_script_on_its_host_is_a_doubt() -> None:
    found = _findings(MOKSHA_TITLE, MOKSHA_TITLE, MOKSHA_URL, site="Казино Рейтинг", outlet="Мокшень правда")
    assert found.get("outlet_mismatch") == "warn"


@pytest.mark.parametrize(
    ("site", "outlet"),
    [
        ("Мокшень правда", "Мокшень правда"),  # the site's own name
        ("Мокшень правда", "Mokshen Pravda"),  # romanised
        ("Мокшень правда газета", "Мокшень правда"),  # the name with more words
        ("ไทยรัฐ", "Мокшень правда"),  # a site name in a third script cannot be compared
    ],
)
def test_a_site_name_the_cited_outlet_or_the_host_carries_is_no_doubt(site: str, outlet: str) -> None:
    found = _findings(MOKSHA_TITLE, MOKSHA_TITLE, MOKSHA_URL, site=site, outlet=outlet)
    assert "outlet_mismatch" not in found


# --- an entry dated "yesterday" -----------------------------------------------------------------------------

NOTE = '- "Kremlin Critic Sentenced to Eight Years in Absentia." *The Moscow Times*, {when}. https://www.themoscowtimes.com/2024/08/27/kremlin-critic-a86123'


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("yesterday", "2024-08-27"),
        ("today", "2024-08-28"),
        ("2 days ago", "2024-08-26"),
        ("вчера", "2024-08-27"),
    ],
)
def test_an_entry_dated_by_a_word_is_counted_from_the_articles_day(when: str, day: str) -> None:
    text = f"## Sources\n\n{NOTE.format(when=when)}\n"
    (citation,) = extract_citations(text, "markdown", "notes", article_date=PartialDate(2024, 8, 28))
    assert str(citation.date) == day


def test_an_entry_dated_by_a_word_without_the_articles_day_is_undated() -> None:
    (citation,) = extract_citations(f"## Sources\n\n{NOTE.format(when='yesterday')}\n", "markdown", "notes")
    assert citation.date is None


def test_a_title_holding_yesterday_gives_no_date() -> None:
    note = (
        '- "What Yesterday\'s Vote Means for Kazan." *The Moscow Times*. https://www.themoscowtimes.com/a/1'
    )
    (citation,) = extract_citations(
        f"## Sources\n\n{note}\n", "markdown", "notes", article_date=PartialDate(2024, 8, 28)
    )
    assert citation.date is None
