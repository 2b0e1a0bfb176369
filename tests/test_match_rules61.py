"""Rules added after the sixty-first held-out matching batch (docs/benchmarks.md, "The sixty-first held-out
matching batch (match61)"): in the matcher, a subtitle cited alone where the title holds a decimal, a series'
part named by a title's last segment, a number after a name dropped (a sequel), a legislature's chamber added,
a deck added after a colon that the page's own deck contradicts, three media groups' sites; in the date field
reader, Japanese era dates in Kanji numerals and by the era's initial."""

from __future__ import annotations

from typing import Any

import pytest

from linkcheck.articles._dates import parse_date_field
from linkcheck.match import _deck_contradicted, _last_segment_part, _owner_of_host, title_score
from linkcheck.models import PartialDate
from tests.test_match_heldout import evaluate

THRESHOLD = 0.88
PLANNING = "Britain's planning shake-up: How Labour hopes to get 1.5m homes built"
FUSION = "Inside Britain's race to build a fusion power plant – part two"
SEQUEL = "Moana 2 review – Disney's ocean adventure sails into familiar waters"
BAN = "Australia passes world-first law banning under-16s from social media"
SLOWDOWN = ["The Great Housing Slowdown", "Why America stopped building starter homes"]


def test_a_subtitle_holding_a_decimal_cited_alone_matches() -> None:
    assert title_score("How Labour hopes to get 1.5m homes built", PLANNING) == 1.0


def test_a_subtitle_cited_alone_with_another_figure_does_not() -> None:
    assert title_score("How Labour hopes to get 2.5m homes built", PLANNING) < THRESHOLD


def test_another_part_named_after_a_separator_is_another_page() -> None:
    assert title_score(FUSION.replace("part two", "part one"), FUSION) < THRESHOLD


@pytest.mark.parametrize("cited", [FUSION, FUSION.replace("part two", "part 2")])
def test_the_same_part_however_written_matches(cited: str) -> None:
    assert title_score(cited, FUSION) >= THRESHOLD


@pytest.mark.parametrize(
    ("segment", "part"), [("part two", "2"), ("Teil 3", "3"), ("Energy", ""), ("part of the plan", "")]
)
def test_a_last_segment_names_a_part_only_as_a_series_word_and_a_number(segment: str, part: str) -> None:
    assert _last_segment_part(segment) == part


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        (SEQUEL.replace(" 2", ""), SEQUEL),
        (
            "Gladiator review: Russell Crowe returns to the arena",
            "Gladiator II review: Russell Crowe returns to the arena",
        ),
    ],
)
def test_a_sequels_number_dropped_is_another_work(cited: str, page: str) -> None:
    assert title_score(cited, page) < THRESHOLD


def test_a_name_s_hyphened_digits_dropped_still_match() -> None:
    assert title_score("Covid cases rise again in Wales", "Covid-19 cases rise again in Wales") >= THRESHOLD


def test_a_chamber_added_is_a_bill_s_step_not_the_law() -> None:
    cited = "Australia's lower house passes world-first law banning under-16s from social media"
    assert title_score(cited, BAN) < THRESHOLD


def test_a_chamber_both_titles_name_is_left_to_the_score() -> None:
    page = "Senate passes bill to avert government shutdown"
    assert title_score("US Senate passes bill to avert government shutdown", page) >= THRESHOLD


def test_a_deck_added_that_the_page_s_deck_contradicts() -> None:
    cited = "The Great Housing Slowdown: Why Canada Stopped Building Starter Homes"
    assert _deck_contradicted(cited, SLOWDOWN[0], SLOWDOWN, (), (), THRESHOLD)


@pytest.mark.parametrize(
    ("cited", "titles"),
    [
        ("The Great Housing Slowdown: Why America Stopped Building Starter Homes", SLOWDOWN),
        ("The Great Housing Slowdown: An Essay on Zoning", SLOWDOWN),
        ("The Great Housing Slowdown: Why Canada Stopped Building Starter Homes", SLOWDOWN[:1]),
    ],
)
def test_a_deck_the_page_gives_or_the_writer_s_own_is_not_contradicted(cited: str, titles: list[str]) -> None:
    assert not _deck_contradicted(cited, SLOWDOWN[0], titles, (), (), THRESHOLD)


def test_a_contradicted_deck_is_reported_through_the_citation() -> None:
    page: dict[str, Any] = {
        "url": "https://www.theatlantic.com/ideas/archive/2024/11/housing-slowdown/680001/",
        "title": "The Great Housing Slowdown - The Atlantic",
        "og_title": "The Great Housing Slowdown",
        "site_name": "The Atlantic",
        "published": "2024-11-18T11:00:00Z",
        "jsonld": {"@type": "NewsArticle", "alternativeHeadline": SLOWDOWN[1]},
    }
    cite = {"form": "manifest", "title": "", "date": "2024-11-18", "outlet": "The Atlantic"}
    base = {"id": "rules61-deck", "lang": "en", "kind": "subtitle", "page": page}
    wrong = {
        **base,
        "cite": {**cite, "title": "The Great Housing Slowdown: Why Canada Stopped Building Starter Homes"},
    }
    right = {
        **base,
        "cite": {**cite, "title": "The Great Housing Slowdown: Why America Stopped Building Starter Homes"},
    }
    assert evaluate({**wrong, "expect": ["title_mismatch"]}).ok
    assert evaluate({**right, "expect": [], "doubt_ok": ["title_mismatch"]}).ok


@pytest.mark.parametrize(
    ("cited", "host"),
    [
        ("Axel Springer", "www.bild.de"),
        ("DMGT", "www.dailymail.co.uk"),
        ("Yedioth Ahronoth", "www.ynet.co.il"),
    ],
)
def test_a_media_group_owns_its_outlets_sites(cited: str, host: str) -> None:
    assert _owner_of_host(cited, (host,))


@pytest.mark.parametrize(
    ("cited", "host"), [("Axel Springer", "www.spiegel.de"), ("DMGT", "www.thesun.co.uk")]
)
def test_a_media_group_does_not_own_another_s_site(cited: str, host: str) -> None:
    assert not _owner_of_host(cited, (host,))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("令和六年十一月二十八日", "2024-11-28"),
        ("二〇二四年十一月二十八日", "2024-11-28"),
        ("令和元年五月一日", "2019-05-01"),
        ("R6.11.28", "2024-11-28"),
        ("H31.4.30", "2019-04-30"),
        ("S64.1.7", "1989-01-07"),
    ],
)
def test_japanese_era_dates_in_kanji_numerals_and_by_initial(text: str, iso: str) -> None:
    assert parse_date_field(text) == PartialDate.parse(iso)


@pytest.mark.parametrize("text", ["十一月", "Rx6.1.1", "R6.13.1", "Route 6.11.28"])
def test_no_era_date_is_read_from_other_text(text: str) -> None:
    assert parse_date_field(text) is None
