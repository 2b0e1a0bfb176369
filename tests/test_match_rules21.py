"""Rules of the twenty-first held-out matching batch (docs/benchmarks.md, "Twenty-first batch"), each on
small strings with what it must leave alone: the Russian Wikipedia's ``{{статья}}`` day (``число=``) and
``{{cite web}}`` outlet (``издатель=``, ``работа=``); a page's relative stamp copied as a manifest date
(``2 days ago``, ``вчера``); an AMA reference with only its access date; dates written in both calendars
(``1 (14) марта 1917``, ``[O.S. ...]``, ``(O.S.)``); an announcement and the report of its event (``to
meet``/``met``, ``встретится``/``встретился``); a series' part numbered after a comma (``..., III``)
beside a title naming none."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._dates import parse_date_field
from linkcheck.articles._entries import _ama_web
from linkcheck.calendars import julian_to_gregorian
from linkcheck.config import Config
from linkcheck.errors import ManifestError
from linkcheck.match import _numerals, _series_part, _tense_conflict, title_score
from linkcheck.models import Citation
from linkcheck.names import fold
from linkcheck.sources import format_sources, parse_sources

URL = "https://ria.ru/20200109/1563231457.html"
THRESHOLD = Config().title_threshold
_KREML = "Кремль прокомментировал желание Ирака закупить российские зенитные комплексы"


def _wiki(template: str) -> Citation:
    (found,) = [
        c for c in extract_citations(f"Text.<ref>{template}</ref>\n", "wikitext", "t") if c.url == URL
    ]
    return found


def _entry(text: str) -> Citation:
    (found,) = [c for c in extract_citations(f"## References\n\n{text}\n", "markdown", "t") if c.url == URL]
    return found


# --- the Russian Wikipedia's {{статья}} day and {{cite web}} outlet -----------------------------------------


def test_statya_day_in_chislo() -> None:
    citation = _wiki(
        f"{{{{статья |заглавие={_KREML} |ссылка={URL} |издание=РИА Новости |год=2020 |месяц=1 |число=9}}}}"
    )
    assert (citation.title, citation.outlet, str(citation.date)) == (_KREML, "РИА Новости", "2020-01-09")


def test_statya_day_without_a_month_left_alone() -> None:
    # A day without its month is no day: the year only, as before.
    citation = _wiki(f"{{{{статья |заглавие={_KREML} |ссылка={URL} |год=2020 |число=9}}}}")
    assert str(citation.date) == "2020"


@pytest.mark.parametrize(("param", "outlet"), [("издатель", "РИА Новости"), ("работа", "РИА Новости")])
def test_russian_cite_web_outlet(param: str, outlet: str) -> None:
    citation = _wiki(f"{{{{cite web |url={URL} |заглавие={_KREML} |дата=09.01.2020 |{param}={outlet}}}}}")
    assert (citation.title, citation.outlet, str(citation.date)) == (_KREML, outlet, "2020-01-09")


def test_english_cite_web_publisher_unchanged() -> None:
    citation = _wiki(f"{{{{cite web |url={URL} |title={_KREML} |publisher=RIA Novosti}}}}")
    assert citation.outlet == "RIA Novosti"


# --- a page's relative stamp copied as a manifest date ------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2 days ago", "2020-01-09"),
        ("2  Days Ago", "2020-01-09"),  # any case, any spaces
        ("a day ago", "2020-01-10"),
        ("10 days ago", "2020-01-01"),
        ("вчера", "2020-01-10"),
        ("Позавчера", "2020-01-09"),
        ("3 дня назад", "2020-01-08"),
        ("5 дней назад", "2020-01-06"),
        ("вчора", "2020-01-10"),
        ("3 дні тому", "2020-01-08"),
        ("сегодня", "2020-01-11"),
    ],
)
def test_relative_stamp_as_a_date(written: str, day: str) -> None:
    (citation,) = parse_sources(f'@article | date: 2020-01-11\n{URL} | date: "{written}"\n', "s.txt")
    assert str(citation.date) == day
    assert f"date: {day}" in format_sources([citation])  # written back as the day it means


@pytest.mark.parametrize("written", ["2 weeks ago", "in 2 days", "2 days later", "100 days ago", "days ago"])
def test_other_relative_stamps_stay_errors(written: str) -> None:
    with pytest.raises(ManifestError, match="bad date"):
        parse_sources(f'@article | date: 2020-01-11\n{URL} | date: "{written}"\n', "s.txt")


def test_days_ago_needs_an_article_day() -> None:
    with pytest.raises(ManifestError, match="counted from the article's day"):
        parse_sources(f'{URL} | date: "2 days ago"\n', "s.txt")


# --- AMA with only an access date ---------------------------------------------------------------------------

_TASS = "Lavrov to meet Iraqi top diplomat in Moscow"


@pytest.mark.parametrize(
    "entry",
    [
        f"1. {_TASS}. TASS. Accessed February 1, 2021. {URL}",
        f"2. Reporter J. {_TASS}. TASS. Accessed February 1, 2021. {URL}",
        f"3. Reporter J, Roe R. {_TASS}. TASS. Accessed February 1, 2021. {URL}",
    ],
)
def test_ama_with_only_an_access_date(entry: str) -> None:
    citation = _entry(entry)
    assert (citation.title, citation.outlet, citation.date) == (_TASS, "TASS", None)
    assert str(citation.access_date) == "2021-02-01"


@pytest.mark.parametrize(
    "text",
    [
        "Reporter J. Russia ready to help Iraq. TASS. 2020. Accessed February 1, 2021.",  # a year, not a site
        "Reporter J. Russia ready to help Iraq. TASS 2020. Accessed February 1, 2021.",
        "Russia ready to help Iraq. Accessed February 1, 2021.",  # no site's sentence
    ],
)
def test_ama_accessed_left_alone(text: str) -> None:
    assert _ama_web(text) is None


def test_quoted_title_with_an_access_date_still_read_by_its_quotes() -> None:
    citation = _entry(f'Reporter, Jane. "{_TASS}." *TASS*, 17 Jan. 2020, {URL}. Accessed 1 Feb. 2021.')
    assert (citation.title, str(citation.date)) == (_TASS, "2020-01-17")


# --- dates in both calendars --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("julian", "gregorian"),
    [
        ((1917, 3, 1), dt.date(1917, 3, 14)),
        ((1917, 12, 31), dt.date(1918, 1, 13)),  # across the new year
        ((1861, 2, 19), dt.date(1861, 3, 3)),  # twelve days in the 19th century
        ((1582, 10, 5), dt.date(1582, 10, 15)),  # the first Gregorian day
        ((1900, 2, 29), dt.date(1900, 3, 13)),  # a Julian leap day the Gregorian calendar lacks
    ],
)
def test_julian_to_gregorian(julian: tuple[int, int, int], gregorian: dt.date) -> None:
    assert julian_to_gregorian(*julian) == gregorian


@pytest.mark.parametrize("julian", [(1917, 2, 30), (1917, 13, 1), (1901, 2, 29)])
def test_julian_days_that_are_none(julian: tuple[int, int, int]) -> None:
    with pytest.raises(ValueError, match="no Julian date"):
        julian_to_gregorian(*julian)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1 (14) марта 1917", "1917-03-14"),
        ("8 (21) марта 1917", "1917-03-21"),
        ("19 февраля (3 марта) 1861", "1861-03-03"),
        ("31 декабря 1917 (13 января 1918)", "1918-01-13"),
        ("14 (1) March 1917", "1917-03-14"),  # the New Style first, the Old in brackets
        ("14 March [O.S. 1 March] 1917", "1917-03-14"),
        ("1 March 1917 (O.S.)", "1917-03-14"),
        ("1 марта 1917 (по ст. ст.)", "1917-03-14"),
        ("1 марта 1917 (по старому стилю)", "1917-03-14"),
        ("14 March 1917 (N.S.)", "1917-03-14"),
        ("14 марта 1917 (н. ст.)", "1917-03-14"),
    ],
)
def test_dates_in_both_calendars(text: str, day: str) -> None:
    assert str(parse_date_field(text)) == day


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("9 January 2020 (updated 10 January 2020)", "2020-01-09"),  # an update, not a calendar
        ("12 March 2020 (Thursday)", "2020-03-12"),
        ("1 (2) марта 1917", "1917-03"),  # one day apart: no calendar's gap, read as before
        ("March 1917 (O.S.)", "None"),  # an Old Style month spans two New Style months: no day to convert
    ],
)
def test_bracketed_dates_left_alone(text: str, read: str) -> None:
    assert str(parse_date_field(text)) == read


# --- an announcement and the report of its event ------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Lavrov meets Iraqi top diplomat in Moscow", "Lavrov to meet Iraqi top diplomat in Moscow"),
        ("Lavrov met Iraqi top diplomat in Moscow", "Lavrov to meet Iraqi top diplomat in Moscow"),
        ("Putin attended the G20 summit in Rio", "Putin will attend the G20 summit in Rio"),
        ("Lavrov went to Baghdad for talks on S-400", "Lavrov to go to Baghdad for talks on S-400"),
        ("Macron pushes ahead with pension reform", "Macron to push ahead with pension reform"),
        (
            "Iraq to buy Russian S-400 systems, lawmaker says",
            "Iraq buys Russian S-400 systems, lawmaker says",
        ),
        ("Лавров встретился с главой МИД Ирака в Москве", "Лавров встретится с главой МИД Ирака в Москве"),
        ("Путин посетил Казань на следующей неделе", "Путин посетит Казань на следующей неделе"),
        ("Лидеры встретились в Анкаре для переговоров", "Лидеры встретятся в Анкаре для переговоров"),
    ],
)
def test_announcement_and_report_are_two_stories(cited: str, page: str) -> None:
    assert title_score(cited, page) < THRESHOLD
    assert title_score(page, cited) < THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lavrov to meet Iraqi top diplomat in Moscow", "Lavrov to meet Iraqi diplomat in Moscow on Tuesday"),
        ("Back to school: pupils return", "Back to school: pupils returned"),  # "to" before a noun
        ("Iraq wants to buy Russian S-400", "Iraq wants to buy S-400 from Russia"),
        ("Лавров встретился с главой МИД Ирака", "Лавров встретился с министром обороны Ирака"),
        ("Путин посетит Казань", "Путин посетит Казань и Уфу"),
        ("Iran vows to retaliate", "Iran vows revenge"),  # "retaliate"'s forms are not in the other
        ("Ready to go: the god of small things", "The god of small things"),  # "go" + "d" is no form of it
        ("Ready to be sold out", "Sold out: a bed for every guest"),  # nor "be" + "d"
    ],
)
def test_no_tense_conflict(a: str, b: str) -> None:
    assert not _tense_conflict(fold(a), fold(b))


def test_announcement_cited_as_itself_matches() -> None:
    page = "Lavrov to meet Iraqi top diplomat in Moscow"
    assert title_score(f"{page} | TASS", page, names=["TASS"]) == 1.0
    assert (
        title_score(
            "Лавров встретится с главой МИД Ирака в Москве | ТАСС",
            "Лавров встретится с главой МИД Ирака в Москве",
            names=["ТАСС"],
        )
        == 1.0
    )


# --- a series' part after a comma ---------------------------------------------------------------------------

_SERIES = "Russia's Return to the Middle East"


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        (f"{_SERIES}, III", _SERIES),  # part III for a page naming no part (0.92 before)
        (_SERIES, f"{_SERIES}, II"),  # no part for part II (0.92 before)
        (f"{_SERIES}, III", f"{_SERIES}, II"),
        ("Fire at a Moscow warehouse", "Fire at a Moscow warehouse, III"),
        ("Fire at a Moscow warehouse", "Fire at a Moscow warehouse, part 3"),
    ],
)
def test_part_named_on_one_side_only(cited: str, page: str) -> None:
    assert title_score(cited, page) < THRESHOLD


@pytest.mark.parametrize(
    ("cited", "page", "score"),
    [
        (f"{_SERIES}, 2", f"{_SERIES}, II", 1.0),  # the part in Arabic figures
        (f"{_SERIES}, II", f"{_SERIES}, II", 1.0),
        ("Fire at a Moscow warehouse", "Fire at a Moscow warehouse, 5 killed", 1.0),  # a count, not a part
        ("Israel, Hamas agree ceasefire", "Israel, Hamas agree ceasefire", 1.0),
    ],
)
def test_part_rule_leaves_alone(cited: str, page: str, score: float) -> None:
    assert title_score(cited, page) == score


def test_part_rule_leaves_a_year_clause_to_the_words() -> None:
    # ``..., 2019`` is no part: scored by words as before (0.91), not capped.
    assert title_score("Fire at a Moscow warehouse", "Fire at a Moscow warehouse, 2019") > THRESHOLD


@pytest.mark.parametrize(
    ("clause", "part"),
    [
        ("III", "3"),
        ("2", "2"),
        ("part 3", "3"),
        ("часть 2", "2"),
        ("5 killed", ""),
        ("10 years on", ""),
        ("2019", ""),
        ("part 3 of 6", ""),
    ],
)
def test_series_part(clause: str, part: str) -> None:
    assert _series_part(_numerals(fold(clause)).split()) == part
