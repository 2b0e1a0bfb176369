"""The rules the seed3 probe (``tests/test_seed_probe3.py``) led to, on small strings and values.

Each rule has its positive cases (which fail on the base's code, ``base42b``) and the cases it must leave
alone: a ``402`` that is a page asking its reader to pay is ``blocked`` (a hosting platform's plain-text 402
stays an ``error``); an article's address redirected to its outlet's archive index (``/archive/2020/``) is a
front page; a story stamped just after midnight in its zone, before the article's day ended in the last
zone, does not postdate the article at zero tolerance; ``told RIA Novosti in Moscow`` names ``RIA
Novosti``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck import Config, extract_citations, match_citation
from linkcheck.articles._prose import find_mentions
from linkcheck.classify import classify_fetch, payment_wall
from linkcheck.models import (
    Article,
    Cause,
    Citation,
    ExtractedDate,
    FetchResult,
    FindingKind,
    Metadata,
    PartialDate,
    Status,
)
from linkcheck.soft404 import soft_404_signal

# --- a 402 that is a paywall ---

PAYWALL = (
    b"<!DOCTYPE html><html><head><title>Subscribe to continue reading</title></head><body></body></html>"
)
HTML = {"content-type": "text/html; charset=utf-8"}


def _fetch(code: int, headers: dict[str, str], body: bytes) -> FetchResult:
    url = "https://news.example/2024/05/02/a-story"
    return FetchResult(url=url, final_url=url, status_code=code, headers=headers, body=body)


def test_a_402_html_page_is_a_paywall() -> None:
    reason = payment_wall(402, HTML, PAYWALL)
    assert reason is not None
    assert "402 Payment Required" in reason
    assert "paywall" in reason


def test_a_402_without_a_type_whose_body_is_markup_is_a_paywall() -> None:
    assert payment_wall(402, {}, b"  \n" + PAYWALL) is not None


def test_classify_a_402_paywall_as_blocked_auth() -> None:
    liveness = classify_fetch(_fetch(402, HTML, PAYWALL))
    assert liveness.status is Status.BLOCKED
    assert liveness.cause is Cause.AUTH


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({"content-type": "text/plain; charset=utf-8"}, b"402: PAYMENT_REQUIRED\nCode: ACCOUNT_SUSPENDED\n"),
        ({"content-type": "application/json"}, b'{"error": "payment required"}'),
        ({}, b""),
    ],
)
def test_a_402_that_is_no_page_for_a_reader_stays_an_error(headers: dict[str, str], body: bytes) -> None:
    # Left alone: a hosting platform's or an API's answer about the site's own account.
    assert payment_wall(402, headers, body) is None
    liveness = classify_fetch(_fetch(402, headers, body))
    assert liveness.status is Status.ERROR
    assert liveness.cause is Cause.HTTP_STATUS


@pytest.mark.parametrize("code", [200, 400, 401, 403, 404, 500])
def test_other_codes_are_no_payment_wall(code: int) -> None:
    assert payment_wall(code, HTML, PAYWALL) is None


# --- an archive's index after a redirect ---

STORY = "https://ria.example/20200109/1563219328.html"


def _index(title: str = "Архив новостей 2020") -> Metadata:
    return Metadata(title=title, site_name="РИА Новости")


@pytest.mark.parametrize(
    "final",
    [
        "https://ria.example/archive/2020/",
        "https://ria.example/archive/",
        "https://ria.example/arkhiv/2020/01/",
        "https://ria.example/en/archives/2020/01/09/",
        "https://archive.ria.example/archivio/2020",
    ],
)
def test_a_story_redirected_to_its_outlets_archive_index_is_a_front_page(final: str) -> None:
    signal = soft_404_signal(STORY, final, _index(), 1)
    assert signal is not None
    assert signal[0] is Cause.FRONT_PAGE


@pytest.mark.parametrize(
    "final",
    [
        # the story itself, kept under an archive's path
        "https://ria.example/archive/2020/01/09/irak-vozobnovil-peregovory-1563219328",
        # WordPress's numeric permalink: a post, not an archive
        "https://ria.example/archives/1563219",
        # a segment that only starts with the word
        "https://ria.example/archive-of-iraq-talks-2020/",
        # another site's archive: the existing same-site condition
        "https://other.example/archive/2020/",
    ],
)
def test_other_addresses_under_archive_words_are_left_alone(final: str) -> None:
    story = Metadata(title="Ирак возобновил переговоры с Россией о покупке С-300", site_name="РИА Новости")
    assert soft_404_signal(STORY, final, story, 1) is None


# --- postdating: a page stamped in its own zone ---

URL = "https://ria.example/20200109/1563219328.html"


def _stamped(when: str) -> Metadata:
    stamp = dt.datetime.fromisoformat(when)
    return Metadata(
        title="Ирак возобновил переговоры с Россией о покупке С-300",
        site_name="РИА Новости",
        published=ExtractedDate(stamp.date(), "json-ld", stamp),
    )


def _kinds(citation: Citation, metadata: Metadata, tolerance: int = 0) -> set[FindingKind]:
    config = Config(date_tolerance_days=tolerance)
    return {f.kind for f in match_citation(citation, metadata, final_url=citation.url, config=config)}


def test_a_moscow_story_after_midnight_does_not_postdate_an_article_of_the_utc_day() -> None:
    # 00:30 in Moscow on the 9th is 21:30 UTC on the 8th: before the 8th ended at UTC-12
    citation = Citation(url=URL, article=Article(date=PartialDate.parse("2020-01-08")))
    assert FindingKind.POSTDATES_ARTICLE not in _kinds(citation, _stamped("2020-01-09T00:30:00+03:00"))


def test_a_story_at_noon_utc_the_next_day_does_not_postdate_it_either() -> None:
    # 15:00 in Moscow on the 9th is 12:00 UTC: the moment the 8th ended at UTC-12, not after it
    citation = Citation(url=URL, article=Article(date=PartialDate.parse("2020-01-08")))
    assert FindingKind.POSTDATES_ARTICLE not in _kinds(citation, _stamped("2020-01-09T15:00:00+03:00"))


@pytest.mark.parametrize(
    "when",
    [
        "2020-01-09T15:30:00+03:00",  # 12:30 UTC on the 9th: the 8th had ended everywhere
        "2020-01-10T00:30:00+03:00",  # two days on
    ],
)
def test_a_story_after_the_articles_day_ended_everywhere_still_postdates_it(when: str) -> None:
    citation = Citation(url=URL, article=Article(date=PartialDate.parse("2020-01-08")))
    assert FindingKind.POSTDATES_ARTICLE in _kinds(citation, _stamped(when))


def test_a_story_dated_without_a_time_still_postdates_at_zero_tolerance() -> None:
    citation = Citation(url=URL, article=Article(date=PartialDate.parse("2020-01-08")))
    metadata = Metadata(title="x", published=ExtractedDate(dt.date(2020, 1, 9), "json-ld", None))
    assert FindingKind.POSTDATES_ARTICLE in _kinds(citation, metadata)


# --- "told RIA Novosti in Moscow" ---


@pytest.mark.parametrize(
    "prose",
    [
        "a senior Iraqi lawmaker told RIA Novosti in Moscow that talks had resumed.",
        "a senior Iraqi lawmaker told RIA Novosti in Baghdad.",
        "a senior Iraqi lawmaker told RIA Novosti in New York on Monday.",
        "a senior Iraqi lawmaker told RIA Novosti\nin Moscow.",
    ],
)
def test_a_name_before_in_and_a_place_is_named_whole(prose: str) -> None:
    assert [m.name for m in find_mentions(prose, ["ria"])] == ["RIA Novosti"]


def test_a_name_the_words_after_in_belong_to_is_left_alone() -> None:
    mentions = find_mentions("the editor told Business in Vancouver that rents rose.", ["biv"])
    assert [m.name for m in mentions] == ["Business in Vancouver"]


def test_a_name_given_whole_is_left_alone() -> None:
    assert [m.name for m in find_mentions("a lawmaker told RIA Novosti that", ["ria"])] == ["RIA Novosti"]


def test_the_seed_sentence_told_in_moscow_gives_the_outlet_and_the_day() -> None:
    text = (
        "Iraq has resumed talks, a senior Iraqi lawmaker told RIA Novosti in Moscow on Thursday.\n\n"
        "https://ria.ru/20200109/1563219328.html\n"
    )
    (citation,) = extract_citations(text, format="text", article_date=dt.date(2020, 1, 10))
    assert citation.outlet == "RIA Novosti"
    assert citation.date == PartialDate.parse("2020-01-09")
