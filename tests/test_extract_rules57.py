"""Rules added for the fifty-seventh held-out batch (docs/benchmarks.md, "Fifty-seventh batch"), each on small
strings, with what each must leave alone: Meadow Mari's months are read beside a day and a year; a dated
correction note standing above the byline dates a change, not the publication; a head's datePublished that a
site's move stamped gives way to the byline's earlier day when the text says the story was carried over.
"""

from __future__ import annotations

import datetime as dt

from tests.extract_rules_harness import JAN_9, JAN_10
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import days as _days
from tests.extract_rules_harness import page as _page


# --- Meadow Mari's months -------------------------------------------------------------------------------
def test_meadow_mari_months_are_read_beside_a_day_and_a_year() -> None:
    assert _days("Изарня, 17 шыжа 2019, 10:30") == [dt.date(2019, 10, 17)]
    assert _days("9 шорыкйол 2020") == [JAN_9]
    assert _days("3 ӱярня 2021") == [dt.date(2021, 3, 3)]
    assert _days("24 теле 2022") == [dt.date(2022, 12, 24)]
    # May's "ага" is Russian's "uh-huh": left out; a season's word without a day is no date
    assert _days("5 ага 2021") == []
    assert _days("шыжа 2019") == []


def test_a_meadow_mari_page_is_dated_by_its_byline_not_the_header() -> None:
    found = _page(
        '<header><div class="today">Шуматкече, 30 кылме 2024</div></header>'
        '<h1>Йошкар-Олаште у школым почмо</h1><div class="meta">Изарня, 9 шорыкйол 2020, 10:30</div>'
        "<p>Школым 2017 ийыште чоҥаш тӱҥалыныт.</p>",
        lang="mhr",
        title="Йошкар-Олаште у школым почмо - Марий увер",
    )
    assert _dates(found) == (JAN_9, None)


# --- a correction note above the byline -----------------------------------------------------------------
_CORRECTED_ABOVE = (
    "<h1>Library branch to close for renovations</h1>"
    '<div class="correction-notice"><strong>Correction, Jan. 10, 2020:</strong> An earlier version of this '
    "story misstated the year the branch opened.</div>"
    '<div class="entry-meta">By Dana Whitfield | January 9, 2020</div>'
    "<p>The branch will close on Feb. 6 for a renovation.</p>"
)


def test_a_correction_note_above_the_byline_dates_the_change_not_the_publication() -> None:
    assert _dates(_page(_CORRECTED_ABOVE)) == (JAN_9, JAN_10)


def test_a_correction_note_with_a_weekday_dates_the_change_too() -> None:
    body = _CORRECTED_ABOVE.replace("Correction, Jan. 10", "Correction: Friday, Jan. 10")
    assert _dates(_page(body)) == (JAN_9, JAN_10)


def test_a_russian_correction_note_above_the_byline() -> None:
    found = _page(
        "<h1>Библиотеку закроют на ремонт</h1><p class='note'>Исправлено 10 января 2020 года: в первой "
        "версии был неверно указан год открытия.</p><div class='date'>9 января 2020, 14:05</div>"
        "<p>Текст.</p>",
        lang="ru",
        title="Библиотеку закроют на ремонт - Вести",
    )
    assert _dates(found) == (JAN_9, JAN_10)


def test_a_story_about_a_correction_is_dated_by_its_byline_as_before() -> None:
    # "correction" as a word of the text, not a note's label before a date
    found = _page(
        "<h1>Markets see a correction</h1><div class='byline'>January 9, 2020</div>"
        "<p>The correction of January 10, 2020 was the largest this year.</p>"
    )
    assert _dates(found) == (JAN_9, None)


# --- a head stamped by a site's move ---------------------------------------------------------------------
_MOVED_HEAD = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
    '"headline":"Ferry timetable confirmed","datePublished":"2021-03-02T10:41:17+00:00"}</script>'
)
_MOVED_BODY = (
    "<article><h1>Ferry timetable confirmed</h1><p class='byline'>By Tom Pascoe · Thursday 9 January 2020</p>"
    "<p>Sailings will be cut to two a week from 1 November.</p>"
    "<p><em>This article was moved from our previous website. Some images may be missing.</em></p></article>"
)


def test_a_head_stamped_by_a_sites_move_gives_way_to_the_byline() -> None:
    found = _page(_MOVED_BODY, head=_MOVED_HEAD, title="Ferry timetable confirmed | Chronicle")
    assert _dates(found) == (JAN_9, None)


def test_a_russian_move_note_too() -> None:
    head = _MOVED_HEAD.replace("Ferry timetable confirmed", "Паром меняет расписание")
    body = (
        "<article><h1>Паром меняет расписание</h1><div class='date'>9 января 2020</div><p>Текст.</p>"
        "<p>Материал перенесён со старой версии сайта.</p></article>"
    )
    found = _page(body, head=head, title="Паром меняет расписание - Вестник", lang="ru")
    assert _dates(found) == (JAN_9, None)


def test_without_the_note_the_head_stands() -> None:
    # an earlier day in the byline alone is not enough: an evergreen page republished, a dated event
    body = _MOVED_BODY.replace("This article was moved from our previous website. ", "")
    found = _page(body, head=_MOVED_HEAD, title="Ferry timetable confirmed | Chronicle")
    assert _dates(found) == (dt.date(2021, 3, 2), None)


def test_with_the_note_a_byline_of_the_heads_day_stands() -> None:
    body = _MOVED_BODY.replace("Thursday 9 January 2020", "Tuesday 2 March 2021")
    found = _page(body, head=_MOVED_HEAD, title="Ferry timetable confirmed | Chronicle")
    assert _dates(found) == (dt.date(2021, 3, 2), None)


def test_a_correction_inside_a_sentence_is_no_note() -> None:
    # the label's words, but inside a sentence: "... issued a correction, Jan. 10, 2020, ..."
    found = _page(
        "<h1>Library branch to close</h1><div class='byline'>January 9, 2020</div>"
        "<p>The council issued a correction, Jan. 10, 2020, to the figures it gave.</p>"
    )
    assert _dates(found) == (JAN_9, None)
