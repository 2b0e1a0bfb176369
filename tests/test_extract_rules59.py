"""Rules added for the fifty-ninth held-out batch (docs/benchmarks.md, "Fifty-ninth batch"), each on small
strings, with what each must leave alone: an agency's yearless dateline opening a story that nothing else
dates is read in the year the address files it under; a publication written in UTC is read in the offset the
head writes the same instant with as the modification (ext58's Hatena leftover).
"""

from __future__ import annotations

import datetime as dt

from tests.extract_rules_harness import JAN_9, JAN_10
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import page as _page

_ARCHIVED = "https://severpravda.example/news/2020/tass/48213/"


def _wire(dateline: str, *, url: str = _ARCHIVED, lang: str = "ru") -> tuple[object, object]:
    return _dates(
        _page(
            f"<h1>Правительство упростит выплаты пособий</h1><div class='text'><p>{dateline} Правительство "
            "утвердило изменения в порядок назначения пособий.</p><p>Выплаты продлевать не потребуется.</p>"
            "</div><footer>© 1917-2024 Северная правда</footer>",
            lang=lang,
            title="Правительство упростит выплаты пособий - Северная правда",
            url=url,
        )
    )


# --- a yearless dateline, the year in the address ---------------------------------------------------------
def test_a_yearless_agency_dateline_is_read_in_the_addresss_year() -> None:
    assert _wire("<strong>МОСКВА, 9 января. /ТАСС/.</strong>") == (JAN_9, None)


def test_other_datelines_of_one_to_three_words() -> None:
    assert _wire("Нижний Новгород, 10 января. /ТАСС/.") == (JAN_10, None)
    assert _wire("YEREVAN, JANUARY 9, ARMENPRESS.", lang="en") == (JAN_9, None)


def test_a_yearless_day_inside_the_story_is_not_dated_by_the_address() -> None:
    # not a dateline: the day stands in a sentence, and the archive's year would be a guess
    assert _wire("Министерство сообщило 9 января, что") == (None, None)


def test_no_year_segment_or_two_years_in_the_address_leave_the_dateline_undated() -> None:
    assert _wire("МОСКВА, 9 января. /ТАСС/.", url="https://severpravda.example/news/tass/48213/") == (
        None,
        None,
    )
    two = "https://severpravda.example/archive/2019/news/2020/48213/"
    assert _wire("МОСКВА, 9 января. /ТАСС/.", url=two) == (None, None)
    # a year glued to other characters is no segment of its own
    glued = "https://severpravda.example/news/story-2020/48213/"
    assert _wire("МОСКВА, 9 января. /ТАСС/.", url=glued) == (None, None)


def test_a_dateline_after_the_fetch_day_is_not_read() -> None:
    late = "https://severpravda.example/news/2024/tass/48213/"
    assert _wire("МОСКВА, 19 декабря. /ТАСС/.", url=late) == (None, None)


# --- a UTC publication, its modification the same instant in the page's offset ----------------------------
def _head(published: str, modified: str) -> str:
    return (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
        f'"headline":"An early walk","datePublished":"{published}","dateModified":"{modified}"}}</script>'
    )


def test_a_utc_publication_is_read_in_the_offset_of_its_modifications_same_instant() -> None:
    found = _page(
        "<h1>An early walk</h1><p>We set off at dawn.</p>",
        head=_head("2020-01-08T23:05:00Z", "2020-01-09T08:05:00+09:00"),
        title="An early walk - A walking diary",
    )
    assert _dates(found) == (JAN_9, JAN_9)


def test_a_modification_at_another_instant_leaves_the_utc_publication() -> None:
    found = _page(
        "<h1>An early walk</h1><p>We set off at dawn.</p>",
        head=_head("2020-01-08T23:05:00Z", "2020-01-10T08:05:00+09:00"),
        title="An early walk - A walking diary",
    )
    assert _dates(found) == (dt.date(2020, 1, 8), JAN_10)


def test_a_utc_modification_is_read_in_the_offset_of_its_publications_same_instant() -> None:
    found = _page(
        "<h1>An early walk</h1><p>We set off at dawn.</p>",
        head=_head("2020-01-09T08:05:00+09:00", "2020-01-08T23:05:00Z"),
        title="An early walk - A walking diary",
    )
    assert _dates(found) == (JAN_9, JAN_9)
