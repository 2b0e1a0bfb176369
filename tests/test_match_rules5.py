"""The matching rules the fifth held-out batch (tests/test_match_heldout.py, ``b5-*``) led to, each on its
own, with what it must leave alone. docs/benchmarks.md, "Held-out matching check", says why each is
general."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck import match
from linkcheck.articles._dates import parse_date_field
from linkcheck.config import Config
from linkcheck.match import match_citation, title_score
from linkcheck.models import (
    Citation,
    ExtractedDate,
    FindingKind,
    Metadata,
    PartialDate,
    Severity,
    TitleCandidate,
)
from linkcheck.names import fold, same_outlet

CONFIG = Config()
THRESHOLD = CONFIG.title_threshold


def _title_severity(citation: Citation, meta: Metadata, final_url: str | None = None) -> Severity | None:
    found = match_citation(citation, meta, final_url=final_url or citation.url, config=CONFIG)
    severities = [f.severity for f in found if f.kind is FindingKind.TITLE_MISMATCH]
    return severities[0] if severities else None


# --- amounts written differently ---------------------------------------------------------------------------


SAME_AMOUNTS = [
    ("Over 3000 flights cancelled as storm hits", "Over 3,000 flights cancelled as storm hits"),
    ("Over three thousand flights cancelled as storm hits", "Over 3,000 flights cancelled as storm hits"),
    ("Plus de 3000 vols annulés en France", "Plus de 3\u00a0000 vols annulés en France"),
    ("Streik: Mehr als 3000 Flüge gestrichen", "Streik: Mehr als 3.000 Flüge gestrichen"),
    ("Более 3000 человек эвакуировали из-за паводка", "Более 3 тыс. человек эвакуировали из-за паводка"),
    ("Более трех тысяч человек эвакуировали", "Более 3 тыс. человек эвакуировали"),
    ("Ukraine receives $1.5bn from World Bank", "Ukraine receives $1.5 billion from World Bank"),
    ("Coronavirus live: Brazil cases pass 2m", "Coronavirus live: Brazil cases pass 2 million"),
    ("Правительство выделило 3 миллиарда рублей", "Правительство выделило 3 млрд рублей"),
    ("UK inflation falls to 4.6%", "UK inflation falls to 4.6 per cent"),
    ("Инфляция замедлилась до 7,4%", "Инфляция замедлилась до 7,4 процента"),
]
OTHER_AMOUNTS = [
    ("Over 300 flights cancelled as storm hits", "Over 3,000 flights cancelled as storm hits"),
    ("Over three hundred flights cancelled as storm hits", "Over 3,000 flights cancelled as storm hits"),
    ("Более 30 тыс. человек эвакуировали из-за паводка", "Более 3 тыс. человек эвакуировали из-за паводка"),
    ("Ukraine receives $1.5 million from World Bank", "Ukraine receives $1.5 billion from World Bank"),
    (
        "Правительство выделило 3 млн рублей на ремонт школ",
        "Правительство выделило 3 млрд рублей на ремонт школ",
    ),
    (
        "UK inflation falls to 6.4% in October, lowest in years",
        "UK inflation falls to 4.6% in October, lowest in years",
    ),
]


@pytest.mark.parametrize(("cited", "page"), SAME_AMOUNTS)
def test_one_amount_written_two_ways_is_one_number(cited: str, page: str) -> None:
    assert title_score(cited, page) == 1.0


@pytest.mark.parametrize(("cited", "page"), OTHER_AMOUNTS)
def test_another_amount_is_another_article(cited: str, page: str) -> None:
    assert title_score(cited, page) <= 0.75


@pytest.mark.parametrize(
    ("folded", "read"),
    [
        ("brazil cases pass 2m", "brazil cases pass 2000000"),  # a headline's millions
        ("runner wins 4x100 relay", "runner wins 4x100 relay"),
        ("3d printing 5g", "3d printing 5g"),
        ("season 2022 23 review", "season 2022 23 review"),  # a shortened year is no thousands group
        ("s 300 systems", "s 300 systems"),
        ("3rd day", "3 day"),
        ("over 3 000 flights", "over 3000 flights"),
        ("1d5bn for pensions", "1500000000 for pensions"),
        ("2d75 million", "2750000"),
    ],
)
def test_amounts_leave_other_numbers_alone(folded: str, read: str) -> None:
    assert match._numerals(folded) == read


def test_a_decimal_stays_one_number_and_a_slug_may_spell_it() -> None:
    assert fold(match._decimals("inflation at 4.6% and 12,5 процента, 1.080 euros")) == (
        "inflation at 4d6 and 12d5 protsenta 1 080 euros"
    )
    assert "4d6" in match._slug_numbers("https://example.com/business/uk-inflation-falls-4-6")
    assert "6d4" not in match._slug_numbers("https://example.com/business/uk-inflation-falls-4-6")


# --- a rewritten headline at the cited address, dated the cited day -----------------------------------------

AB_URL = "https://www.nytimes.com/2023/06/14/business/fed-pause-interest-rates.html"
AB_CITED = "Fed Pauses Rate Increases for First Time in 15 Months"
AB_PAGE = "Fed Holds Rates Steady but Signals More Increases Are Coming"


EVENING_NEW_YORK = dt.datetime(2023, 6, 14, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))


def _published(day: dt.date, source: str = "opengraph", stamp: dt.datetime | None = None) -> ExtractedDate:
    return ExtractedDate(day, source, stamp)


@pytest.mark.parametrize(
    ("cited_date", "published", "final_url", "severity"),
    [
        ("2023-06-14", _published(dt.date(2023, 6, 14)), None, Severity.WARN),
        # No cited day, or only a month: nothing ties the page to the citation but its address.
        (None, _published(dt.date(2023, 6, 14)), None, Severity.FAIL),
        ("2023-06", _published(dt.date(2023, 6, 14)), None, Severity.FAIL),
        # Another day: a reused address or another day's page.
        ("2023-06-14", _published(dt.date(2023, 6, 16)), None, Severity.FAIL),
        # The cited day read from the URL is no evidence: a taken-over domain keeps its paths.
        ("2023-06-14", _published(dt.date(2023, 6, 14), "url"), None, Severity.FAIL),
        # Redirected to another article of the same day (not a live page).
        ("2023-06-14", _published(dt.date(2023, 6, 14)), AB_URL.replace("fed-pause", "other"), Severity.FAIL),
        # 23:30 in New York is the next day in UTC: either day is the page's.
        ("2023-06-15", _published(dt.date(2023, 6, 14), stamp=EVENING_NEW_YORK), None, Severity.WARN),
    ],
)  # fmt: skip
def test_a_rewritten_headline_at_the_cited_address_of_the_cited_day_is_a_doubt(
    cited_date: str | None, published: ExtractedDate, final_url: str | None, severity: Severity
) -> None:
    url = AB_URL if cited_date != "2023-06-15" else AB_URL.replace("/06/14/", "/06/15/")
    citation = Citation(url=url, title=AB_CITED, date=PartialDate.parse(cited_date) if cited_date else None)
    meta = Metadata(title=AB_PAGE, published=published)
    assert _title_severity(citation, meta, final_url) is severity


def test_a_rewritten_headline_needs_the_urls_date_to_agree() -> None:
    url = "https://www.theguardian.com/world/live/2023/dec/13/russia-ukraine-war-live-kyiv-drones"
    citation = Citation(url=url, title=AB_CITED, date=PartialDate.parse("2023-12-12"))
    meta = Metadata(title=AB_PAGE, published=_published(dt.date(2023, 12, 12)))
    assert _title_severity(citation, meta) is Severity.FAIL
    assert match._named_month_url_day(url) == dt.date(2023, 12, 13)
    assert match._named_month_url_day("https://example.com/2023/foo/13/x") is None


def test_a_page_whose_title_is_too_short_to_be_a_headline_is_no_rewrite() -> None:
    citation = Citation(url=AB_URL, title=AB_CITED, date=PartialDate.parse("2023-06-14"))
    meta = Metadata(title="Business", published=_published(dt.date(2023, 6, 14)))
    assert _title_severity(citation, meta) is Severity.FAIL


@pytest.mark.parametrize(
    ("page_title", "severity"),
    [
        ("Israel-Hamas war live: Israel orders ‘complete siege’ of Gaza", Severity.WARN),
        ("Israel-Hamas war live: Biden says US stands with Israel", Severity.FAIL),  # another story
        ("Israel orders ‘complete siege’ of Gaza as power is cut", Severity.FAIL),  # no live page
    ],
)
def test_an_article_folded_into_the_days_live_page_is_a_doubt(
    page_title: str, severity: Severity | None
) -> None:
    url = "https://www.theguardian.com/world/2023/oct/09/israel-complete-siege-gaza-power-food"
    final = "https://www.theguardian.com/world/live/2023/oct/09/israel-hamas-war-live-updates-gaza"
    cited = "Israel orders ‘complete siege’ of Gaza, cutting power and food supplies"
    citation = Citation(url=url, title=cited, date=PartialDate.parse("2023-10-09"))
    meta = Metadata(title=page_title, published=_published(dt.date(2023, 10, 9)))
    assert _title_severity(citation, meta, final) is severity


def test_a_translation_needs_a_date_of_the_page_not_of_its_url() -> None:
    url = "https://www.example-minpo.jp/news/20230110/12345.html"
    citation = Citation(
        url=url, title="Seifu, denki ryōkin no hojo o enchō e", date=PartialDate.parse("2023-01-10")
    )
    from_url = Metadata(
        title="オンラインカジノおすすめランキング", published=_published(dt.date(2023, 1, 10), "url")
    )
    own = Metadata(title="政府、電気料金の補助を延長へ", published=_published(dt.date(2023, 1, 10)))
    assert _title_severity(citation, from_url) is Severity.FAIL
    assert _title_severity(citation, own) is Severity.WARN


# --- template dates in the ISO week calendar, the Buddhist Era and Solar Hijri -----------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2021-W09-5", "2021-03-05"),
        ("2021W095", "2021-03-05"),
        ("2020-W53-7", "2021-01-03"),  # a 53-week year
        ("2021-W09", None),  # a week is no day, and no month either
        ("2021-W54-1", None),
        ("5 มี.ค. 2564", "2021-03-05"),
        ("5 มีนาคม 2564", "2021-03-05"),
        ("5 มีนาคม พ.ศ. 2564", "2021-03-05"),
        ("5 มีนาคม 2021", "2021-03-05"),  # a Gregorian year in Thai
        ("5 March B.E. 2564", "2021-03-05"),
        ("5 March 2564 BE", "2021-03-05"),
        ("1399/12/14", "2021-03-04"),
        ("۱۳۹۹/۱۲/۱۴", "2021-03-04"),
        ("14 Esfand 1399", "2021-03-04"),
        ("۱۴ اسفند ۱۳۹۹", "2021-03-04"),
        ("1 Farvardin 1400", "2021-03-21"),
        ("1403/01/01", "2024-03-20"),
        ("1399/13/01", None),
        ("1399/07/31", None),  # the second half's months have 30 days
        ("2021/03/05", "2021-03-05"),  # a Gregorian year is read as before
    ],
)
def test_template_dates_in_other_calendars(text: str, iso: str | None) -> None:
    value = parse_date_field(text)
    assert (str(value) if value is not None else None) == iso


def test_a_manifest_reads_an_iso_week_date() -> None:
    assert PartialDate.parse("2021-W09-5") == PartialDate(2021, 3, 5)
    with pytest.raises(ValueError, match="expected a date"):
        PartialDate.parse("2021-W09")
    with pytest.raises(ValueError, match="not a calendar date"):
        PartialDate.parse("2021-W60-1")


# --- outlets: clipped compounds, a kind word dropped for another name, weekend editions ------------------


@pytest.mark.parametrize(
    ("cited", "name", "same"),
    [
        ("WaPo", "Washington Post", True),
        ("WaPo", "The Washington Post", True),
        ("HuffPo", "The Huffington Post", True),
        ("NatGeo", "National Geographic", True),
        ("WaPo", "The Washington Times", False),  # ``Po`` begins no word of it
        ("WaPo", "Washington", False),  # every word once, no more, no less
        ("Wapo", "Washington Post", False),  # no camel case: a word of its own
    ],
)
def test_a_camel_case_clipping_of_the_names_words_is_the_name(cited: str, name: str, same: bool) -> None:
    assert same_outlet(cited, name) is same


@pytest.mark.parametrize(
    ("cited", "name", "same"),
    [
        ("RIA Novosti", "РИА ФАН", False),  # RIA plus another word, without ``Novosti``
        ("Example Herald", "Bet Example", False),
        ("Thomson Reuters", "Reuters", True),  # one added word, nothing dropped
        ("Interfax Ltd.", "ИА Интерфакс", True),  # a legal form dropped
        ("Anadolu Agency", "Anadolu Ajansı", True),  # ``agency`` in Turkish is no identifying word
        ("Agence France-Presse", "AFP", True),
        ("RIA Novosti", "РИА Новости", True),
    ],
)
def test_a_name_that_drops_its_kind_word_for_another_is_another_outlet(
    cited: str, name: str, same: bool
) -> None:
    assert same_outlet(cited, name) is same


def _outlet_severity(cited: str, site: str, title: str, url: str) -> Severity | None:
    meta = Metadata(
        title="NHS waiting lists hit record high",
        site_name=site,
        title_candidates=(
            TitleCandidate(text="NHS waiting lists hit record high", source="title-tag", raw=title),
        ),
    )
    found = match_citation(Citation(url=url, outlet=cited), meta, final_url=url, config=CONFIG)
    severities = [f.severity for f in found if f.kind is FindingKind.OUTLET_MISMATCH]
    return severities[0] if severities else None


TIMES_URL = "https://www.thetimes.co.uk/article/nhs-waiting-lists-record-high-2b7c9d0fj"
MAIL_URL = "https://www.dailymail.co.uk/news/article-12345678/Minister-quits.html"


@pytest.mark.parametrize(
    ("cited", "site", "title", "url", "severity"),
    [
        ("The Sunday Times", "The Times", "NHS waiting lists | The Sunday Times", TIMES_URL, None),
        ("The Sunday Times", "The Times", "NHS waiting lists | The Times", TIMES_URL, Severity.WARN),
        ("The Times", "The Sunday Times", "NHS waiting lists", TIMES_URL, Severity.WARN),
        ("The Mail on Sunday", "Mail Online", "Minister quits | Daily Mail Online", MAIL_URL, Severity.WARN),
        # Another paper of the group, or another city's Sunday paper, is no weekend edition of this one.
        ("The Sun", "The Times", "NHS waiting lists | The Times", TIMES_URL, Severity.FAIL),
        ("Sunday Mirror", "Mail Online", "Minister quits | Daily Mail Online", MAIL_URL, Severity.FAIL),
        ("The Sunday Times", "The New York Times", "NHS | The New York Times", TIMES_URL, Severity.FAIL),
    ],
)
def test_a_weekend_paper_on_its_dailys_site_is_a_doubt_unless_the_title_names_it(
    cited: str, site: str, title: str, url: str, severity: Severity | None
) -> None:
    assert _outlet_severity(cited, site, title, url) is severity
