"""Rules of the nineteenth held-out matching batch (docs/benchmarks.md, "Held-out matching check"), each on
small strings with what it must leave alone: a GOST reference whose title quotes some of its words in
«ёлочки», names its medium (``[Электронный ресурс]``) or runs on into GOST R 7.0.100's ``. — Текст :
электронный``; an AMA reference to a web page (``Title. Site. Published Month D, YYYY.``), with its authors
or without them; a manifest date given relative to the ``@article`` line's day (``today``, ``yesterday``,
a weekday); Spanish, Portuguese and Italian abbreviated month names (``16 abr. 2024``); the clause before a
title's first comma as a reading of it."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._dates import find_dmy, parse_date_field
from linkcheck.articles._entries import _ama_web, _quoted_whole
from linkcheck.errors import ManifestError
from linkcheck.match import title_score
from linkcheck.models import Citation
from linkcheck.sources import format_sources, parse_sources

URL = "https://ria.ru/20200110/1563251842.html"


def _entry(text: str, heading: str = "References") -> Citation:
    (found,) = [c for c in extract_citations(f"## {heading}\n\n{text}\n", "markdown", "t") if c.url == URL]
    return found


# --- GOST: a title quoting some of its words; the medium; GOST R 7.0.100's area -----------------------------

_RIA = "В Госдуме ответили на слова Помпео о «российских С-300» в Ираке"


@pytest.mark.parametrize(
    "entry",
    [
        f"1. {_RIA} // РИА Новости. — 2020. — 10 января. — URL: {URL} (дата обращения: 01.02.2021).",
        f"1. Иванов И. И. {_RIA} // РИА Новости. — 2020. — 10 янв. — URL: {URL}",
        f"2. {_RIA} [Электронный ресурс] // РИА Новости. — 10.01.2020. — Режим доступа: {URL}",
        f"3. {_RIA}. — Текст : электронный // РИА Новости : [сайт]. — 2020. — 10 янв. — URL: {URL}",
    ],
)
def test_gost_title_with_inner_quotes_is_read_whole(entry: str) -> None:
    citation = _entry(entry, "Список литературы")
    assert citation.title == _RIA
    assert citation.outlet == "РИА Новости"
    assert str(citation.date) == "2020-01-10"


def test_gost_without_a_date_reads_no_access_date_as_one() -> None:
    citation = _entry(f"3. {_RIA} // РИА Новости. — URL: {URL} (дата обращения: 01.02.2021).", "Литература")
    assert citation.title == _RIA
    assert citation.date is None


@pytest.mark.parametrize(
    ("head", "whole"),
    [
        ("Иванов И. «Ирак возобновил переговоры»", True),  # the quotes hold the title: they tell it
        ("1. «Ирак возобновил переговоры».", True),
        ("«Ирак возобновил переговоры»", True),
        ("Ответ на слова Помпео о «российских С-300» в Ираке", False),  # words quoted inside
        ("Путин назвал слова Помпео «ложью»", False),  # the quote ends the title, but does not open it
        ("Ирак возобновил переговоры", False),
    ],
)
def test_quoted_whole(head: str, whole: bool) -> None:
    assert _quoted_whole(head) is whole


def test_gost_quoted_title_still_read_by_its_quotes() -> None:
    citation = _entry(f"1. Иванов И. «Ирак возобновил переговоры» // РИА Новости. — 2020. — URL: {URL}")
    assert citation.title == "Ирак возобновил переговоры"


# --- AMA: a web page's reference, with or without its authors -----------------------------------------------

_TASS = "Russia ready to help Iraq strengthen its air defense — Lavrov"


@pytest.mark.parametrize(
    "entry",
    [
        f"1. Reporter J. {_TASS}. TASS. Published January 10, 2020. Accessed February 1, 2021. {URL}",
        f"2. {_TASS}. TASS. Published January 10, 2020. Accessed February 1, 2021. {URL}",  # no author
        f"3. Reporter J, Roe R. {_TASS}. TASS. Published January 10, 2020. Updated January 11, 2020. {URL}",
    ],
)
def test_ama_web_reference(entry: str) -> None:
    citation = _entry(entry)
    assert citation.title == _TASS
    assert citation.outlet == "TASS"
    assert str(citation.date) == "2020-01-10"  # Published, not Updated or Accessed


def test_ama_title_with_a_colon_and_a_question() -> None:
    citation = _entry(f"Will Russia help? Iraq asks. Example News. Published May 2, 2024. {URL}")
    assert citation.title == "Will Russia help? Iraq asks"
    assert citation.outlet == "Example News"


@pytest.mark.parametrize(
    "text",
    [
        "Reporter J. Russia ready to help Iraq. TASS. 2020. Accessed February 1, 2021.",  # no Published label
        "Russia ready to help Iraq. TASS published the report on January 10.",  # a sentence, not a label
        "A short one.",
    ],
)
def test_ama_left_alone(text: str) -> None:
    assert _ama_web(text) is None


def test_ama_organisation_author_still_read_as_the_author() -> None:
    # AMA with the site's organisation as author (the older rule): the title is the second sentence.
    url = "https://www.who.int/news-room/fact-sheets/detail/healthy-diet"
    entry = f"1. World Health Organization. Healthy diet. Fact sheet. Published April 29, 2020. {url}"
    text = f"## References\n\n{entry}\n"
    (citation,) = [c for c in extract_citations(text, "markdown", "t") if c.url == url]
    assert citation.title == "Healthy diet"


# --- a manifest date relative to the @article line's day ----------------------------------------------------


@pytest.mark.parametrize(
    ("written", "article", "day"),
    [
        ("today", "2020-01-10", "2020-01-10"),
        ("yesterday", "2020-01-11", "2020-01-10"),
        ("Thursday", "2020-01-10", "2020-01-09"),  # Friday's article: the day before
        ("friday", "2020-01-10", "2020-01-10"),  # the article's own weekday: that day
        ("Saturday", "2020-01-10", "2020-01-04"),  # the most recent Saturday before
        ("  Monday ", "2020-01-10", "2020-01-06"),
    ],
)
def test_relative_manifest_date(written: str, article: str, day: str) -> None:
    (citation,) = parse_sources(f'@article | date: {article}\n{URL} | date: "{written}"\n', "s.txt")
    assert str(citation.date) == day
    assert f"date: {day}" in format_sources([citation])  # written back as the day it means


def test_relative_accessed_date() -> None:
    (citation,) = parse_sources(f"@article | date: 2020-01-10\n{URL} | accessed: yesterday\n", "s.txt")
    assert str(citation.access_date) == "2020-01-09"


@pytest.mark.parametrize(
    "text",
    [
        f"{URL} | date: yesterday\n",  # no @article line
        f"@article | date: 2020-01\n{URL} | date: Thursday\n",  # the article's month only
        f"@article | date: 2020-01-10\n@article\n{URL} | date: today\n",  # the group ended
    ],
)
def test_relative_date_needs_an_article_day(text: str) -> None:
    with pytest.raises(ManifestError, match="counted from the article's day"):
        parse_sources(text, "s.txt")


@pytest.mark.parametrize("written", ["today", "Yesterday", "thursday"])
def test_an_article_line_gives_its_own_day_as_a_date(written: str) -> None:
    """The day relative dates are counted from cannot itself be relative: the error says what it is for."""
    with pytest.raises(ManifestError, match=r"s\.txt:1: .*an @article line gives the article's own day"):
        parse_sources(f"@article | date: {written}\n{URL}\n", "s.txt")


# "2 days ago" left this list in the twenty-first batch (match21): a page's stamp copied as a date, counted
# from the article's day as "yesterday" is (tests/test_match_rules21.py); "2 weeks ago" stays an error.
@pytest.mark.parametrize("written", ["Thursday last", "on Thursday", "tomorrow", "2 weeks ago", "Donnerstag"])
def test_other_relative_words_stay_errors(written: str) -> None:
    with pytest.raises(ManifestError, match="bad date"):
        parse_sources(f'@article | date: 2020-01-10\n{URL} | date: "{written}"\n', "s.txt")


# --- Spanish, Portuguese and Italian abbreviated months -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("16 abr. 2024", "2024-04-16"),
        ("16 de abr. de 2024", "2024-04-16"),
        ("3 ago. 2024", "2024-08-03"),
        ("3 set. 2024", "2024-09-03"),
        ("3 sett. 2024", "2024-09-03"),
        ("3 ott. 2024", "2024-10-03"),
        ("3 magg. 2024", "2024-05-03"),
        ("17 dic. 2024", "2024-12-17"),
    ],
)
def test_abbreviated_months(text: str, day: str) -> None:
    assert str(parse_date_field(text)) == day
    assert str(find_dmy(f"*El País*, {text}, ")) == day


@pytest.mark.parametrize("text", ["3 out. 2024", "2 days ago 2024", "a set 2024 of rules"])
def test_abbreviations_left_alone(text: str) -> None:
    # ``out`` is Portuguese's October and Haitian Creole's August: left unread, as before.
    assert find_dmy(text) is None


def test_spanish_mla_entry_date() -> None:
    citation = _entry(f'Reporter, J. "El Banco de España sube su previsión." *El País*, 16 abr. 2024, {URL}')
    assert str(citation.date) == "2024-04-16"


# --- the clause before a title's first comma ----------------------------------------------------------------

_PAGE = "Syrie : la chute de Bachar Al-Assad, après cinquante ans de règne familial"


@pytest.mark.parametrize(
    "cited",
    [
        "Syrie : la chute de Bachar Al-Assad",
        "Iraq resumes talks with Russia",
    ],
)
def test_clause_before_first_comma_is_a_reading(cited: str) -> None:
    page = _PAGE if cited.startswith("Syrie") else "Iraq resumes talks with Russia, lawmaker says"
    assert title_score(cited, page) == 1.0


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Israel", "Israel, Hamas agree ceasefire"),  # fewer than three words: no reading
        ("Kyiv hit by drone attack kills five", "Kyiv hit by drone attack, officials say"),
        ("après cinquante ans de règne familial", _PAGE),  # after the comma: no reading of its own
        ("Inside the war economy", "Inside the war economy, part III"),  # which of a series
    ],
)
def test_comma_clause_left_alone(cited: str, page: str) -> None:
    assert title_score(cited, page) < 0.88
