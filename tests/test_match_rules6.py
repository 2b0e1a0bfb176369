"""The matching rules the sixth held-out batch (tests/test_match_heldout.py, ``b6-*``) led to, each on its
own, with what it must leave alone. docs/benchmarks.md, "Held-out matching check", says why each is
general."""

from __future__ import annotations

import pytest

from linkcheck import match
from linkcheck.articles._dates import FIELD_MONTHS, parse_date_field
from linkcheck.config import Config
from linkcheck.match import match_citation, title_score
from linkcheck.models import Citation, Metadata, PartialDate, Severity, TitleCandidate
from linkcheck.names import fold, same_outlet

CONFIG = Config()
THRESHOLD = CONFIG.title_threshold


def _findings(citation: Citation, meta: Metadata, final_url: str | None = None) -> dict[str, Severity]:
    found = match_citation(citation, meta, final_url=final_url or citation.url, config=CONFIG)
    return {f.kind.value: f.severity for f in found}


# --- a gate's title leaves the cited title unchecked -------------------------------------------------------

FT = "https://www.ft.com/content/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
HEADLINE = "ECB cuts rates for first time since 2019"


@pytest.mark.parametrize(
    ("title", "final_url"),
    [
        ("Subscribe to read | Financial Times", FT),  # a paywall's title
        ("Just a moment...", FT),  # a bot check's
        ("Before you continue", FT),  # a consent wall's
        ("Bevor Sie zu YouTube weitergehen", "https://consent.youtube.com/m?continue=x"),  # redirected to one
    ],
)
def test_a_gates_title_leaves_the_cited_title_unchecked(title: str, final_url: str) -> None:
    meta = Metadata(title=title, site_name="Financial Times")
    found = _findings(Citation(url=FT, title=HEADLINE), meta, final_url)
    assert found == {"title_unchecked": Severity.INFO}


@pytest.mark.parametrize(
    "title",
    [
        "Fed holds rates steady, signals three cuts this year",  # another article
        "Subscribe to read: why paywalls are spreading",  # a headline about paywalls is no paywall
    ],
)
def test_a_page_that_is_no_gate_still_fails(title: str) -> None:
    meta = Metadata(title=title, site_name="Financial Times")
    assert _findings(Citation(url=FT, title=HEADLINE), meta)["title_mismatch"] is Severity.FAIL


# --- template dates of more languages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024. 3. 5.", "2024-03-05"),  # Korean
        ("2024. március 5.", "2024-03-05"),  # Hungarian
        ("5 مارس 2024", "2024-03-05"),  # Arabic, Egypt and the Gulf
        ("٥ مارس ٢٠٢٤", "2024-03-05"),  # in Arabic-Indic digits
        ("5 آذار 2024", "2024-03-05"),  # the Levant
        ("15 Φεβρουαρίου 2024", "2024-02-15"),  # Greek genitive
        ("5 Maret 2024", "2024-03-05"),  # Indonesian
        ("5 aprilie 2024", "2024-04-05"),  # Romanian
        ("ngày 18 tháng 1 năm 2024", "2024-01-18"),  # Vietnamese
        ("12 mars 2022", "2022-03-12"),  # unchanged
    ],
)
def test_template_dates_of_more_languages(text: str, iso: str) -> None:
    assert parse_date_field(text) == PartialDate.parse(iso)


@pytest.mark.parametrize("text", ["2024. 13. 5.", "5 مارسوا 2024", "2024. Mittwoch 5."])
def test_what_is_no_date_stays_unread(text: str) -> None:
    assert parse_date_field(text) is None


def test_the_new_month_names_are_not_read_in_running_text() -> None:
    # ``مارس`` is also a verb ("practised"): the article readers' month table does not hold it.
    assert "مارس" not in FIELD_MONTHS
    assert "martie" not in FIELD_MONTHS


# --- numbers: a shortened year, a full-width decimal point ------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("日銀 マイナス金利解除を決定 7年ぶり利上げ", "日銀 マイナス金利解除を決定 17年ぶり利上げ"),
        ("Inflation at 7-year high as prices rise again", "Inflation at 17-year high as prices rise again"),
        ("2023年中国GDP同比增长5.5%，完成预期目标", "2023年中国GDP同比增长5.2%，完成预期目标"),
    ],
)
def test_a_number_that_ends_another_is_another_number(cited: str, page: str) -> None:
    assert title_score(cited, page) < THRESHOLD


def test_a_shortened_year_is_still_no_conflict() -> None:
    assert not match._numbers_conflict(fold("Budget for 2022-23"), fold("Budget for 2022-2023"))
    assert match._numbers_conflict(fold("a 7-year high"), fold("a 17-year high"))
    assert match._numbers_conflict(fold("in 1923"), fold("in 2023"))  # two years, not one shortened


def test_full_width_digits_and_point_are_the_same_number() -> None:
    cited, page = "2023年中国ＧＤＰ同比增长５．２％，完成预期目标", "2023年中国GDP同比增长5.2%，完成预期目标"
    assert title_score(cited, page) >= THRESHOLD


# --- words of opposite direction --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Iraq Halts Talks With Russia Over S-300 Air Defense Purchase",
         "Iraq Resumes Talks With Russia Over S-300 Air Defense Purchase"),
        ("البنك المركزي المصري يخفض أسعار الفائدة 600 نقطة أساس",
         "البنك المركزي المصري يرفع أسعار الفائدة 600 نقطة أساس"),
        ("Biden's claim that inflation was 9% when he took office is Half True",
         "Biden's claim that inflation was 9% when he took office is False"),
        ("Центробанк понизил ключевую ставку на заседании в пятницу вечером",
         "Центробанк повысил ключевую ставку на заседании в пятницу вечером"),
    ],
)  # fmt: skip
def test_one_word_of_opposite_direction_is_another_article(cited: str, page: str) -> None:
    assert title_score(cited, page) < THRESHOLD


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        # each says both directions
        ("Stocks rise as oil falls on supply news", "Oil falls as stocks rise on supply news"),
        ("Fed holds rates steady as inflation falls", "Fed holds rates steady as inflation falls further"),
    ],
)
def test_both_directions_or_one_alike_are_no_conflict(cited: str, page: str) -> None:
    assert title_score(cited, page) >= THRESHOLD


# --- outlets ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "name", "same"),
    [
        ("The Huffington Post", "HuffPost UK", True),  # a clipping with the edition's country
        ("HuffPost", "HuffPost UK", True),
        ("日経", "日本経済新聞", True),  # a CJK clipping
        ("中新网", "中国新闻网", True),
        ("毎日", "朝日新聞", False),
        ("日経", "朝日新聞デジタル", False),
        ("Insider", "Insider Monkey", False),  # a head word after the name: a thing named after it
        ("Insider", "Business Insider", True),  # a word before it: the site itself
        ("Reuters", "Thomson Reuters", True),
        ("Meta Newsroom", "Meta", True),  # a citer may name a section of the site after its name
        ("Politico", "Politico Europe", True),  # an edition's place
        ("Huff", "HuffPost UK", False),
    ],
)
def test_outlet_names(cited: str, name: str, same: bool) -> None:
    assert same_outlet(cited, name) is same


def _outlet(cited: str, site: str, url: str) -> Severity | None:
    meta = Metadata(title="Ottawa unveils housing plan", site_name=site)
    return _findings(Citation(url=url, outlet=cited), meta).get("outlet_mismatch")


def test_a_site_name_holding_the_cited_one_settles_the_host_only_doubt() -> None:
    star = "https://www.thestar.com/news/canada/ottawa-unveils-housing-plan/article_5a6b.html"
    assert _outlet("The Star", "Toronto Star", star) is None
    assert _outlet("The Kansas City Star", "Toronto Star", star) is Severity.FAIL
    # A domain now used by another site still warns.
    assert _outlet("The Star", "CasinoTop", star) is Severity.WARN


def test_the_title_candidates_are_unchanged_by_the_gate_rule() -> None:
    # A headline that matches is never asked whether the page is a gate.
    meta = Metadata(
        title=HEADLINE,
        title_candidates=(TitleCandidate(text="Subscribe to read", source="title-tag"),),
    )
    assert _findings(Citation(url=FT, title=HEADLINE), meta) == {}
