"""Rules added for the sixty-ninth held-out batch (docs/benchmarks.md, "Held-out extraction, sixty-ninth
batch (ext69)"), each on small strings, with what each must leave alone: a byline that prints its day in
another script's digits ("၂၁ နိုဝင်ဘာ ၂၀၂၄") sets a UTC stamp's day as a byline in ASCII digits does; a
byline set above the headline names the authors when none follows it; a headline classed ``topic`` on a
page without headings; a page without an h1 has its byline after the headline's text;
ext68's leftovers: an update's two-letter weekday in the page's language ("Bijgewerkt do 09.12") and the
capitalised units a clock's statement may hold ("15:20 Uur, 22 november 2024").
"""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import dates as dates_module
from linkcheck.extract.core import _date_follows_clock
from linkcheck.models import Metadata
from tests.extract_batch import names
from tests.extract_rules_harness import dates, page, story

NOV_20 = dt.date(2024, 11, 20)  # a Wednesday
NOV_21 = dt.date(2024, 11, 21)
NOV_24 = dt.date(2024, 11, 24)
_TEXT = "<p>The city council approved the budget after a long debate in the hall.</p>"


# --- a byline's day in another script's digits, under a UTC stamp ---
def _utc_story(byline: str, lang: str = "my") -> Metadata:
    head = (
        '<meta property="article:published_time" content="2024-11-20T18:15:00+00:00">'
        '<meta property="article:modified_time" content="2024-11-20T18:15:00+00:00">'
    )
    return story("ရခိုင်ပြည်နယ်တွင် ဆန်စျေး ထပ်မံမြင့်တက်", byline, "<p>ဒေသခံများက ပြောသည်။</p>" * 2, head=head, lang=lang)


@pytest.mark.parametrize(
    ("byline", "lang"),
    [
        ('<div class="entry-meta"><span class="posted-on">၂၁ နိုဝင်ဘာ ၂၀၂၄</span></div>', "my"),  # Burmese
        ('<div class="meta"><span>২১ নভেম্বর ২০২৪</span></div>', "bn"),  # Bengali
    ],
)
def test_a_bylines_day_in_native_digits_sets_a_utc_stamps_day(byline: str, lang: str) -> None:
    assert dates(_utc_story(byline, lang)) == (NOV_21, NOV_21)


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="entry-meta"><span class="posted-on">၂၀ နိုဝင်ဘာ ၂၀၂၄</span></div>',  # UTC's own day
        '<div class="entry-meta"><span class="posted-on">သတင်း</span></div>',  # no day at all
    ],
)
def test_guard_a_byline_in_native_digits_without_a_neighbour_day_keeps_utcs(byline: str) -> None:
    assert dates(_utc_story(byline)) == (NOV_20, NOV_20)


def test_ascii_digits() -> None:
    assert dates_module.ascii_digits("၂၁ နိုဝင်ဘာ ၂၀၂၄") == "21 နိုဝင်ဘာ 2024"
    assert dates_module.ascii_digits("٢١ نوفمبر") == "21 نوفمبر"
    assert dates_module.ascii_digits("21 November 2024") == "21 November 2024"
    assert dates_module.ascii_digits("Zürich, 21.") == "Zürich, 21."


# --- a byline above the headline ---
def _above(line: str, after: str = "") -> Metadata:
    body = (
        '<div id="menu"><a href="/category/1/Politics">Politics</a> | '
        '<a href="/category/2/Business">Business</a></div><div class="article">'
        f'<div class="cat">{line}</div><h1>Parliament fails to elect a speaker</h1>{after}{_TEXT}</div>'
    )
    return page(body, title="Parliament fails to elect a speaker | City News")


@pytest.mark.parametrize(
    "line",
    [
        'Politics | Author <a href="/author/71/Alexander+Markov">Alexander Markov</a> | 21 November 2024',
        "Politics | By Alexander Markov | Thursday, 21 November 2024",
        '<span class="author">Alexander Markov</span> · 21 November 2024',
    ],
)
def test_a_byline_above_the_headline_names_the_author(line: str) -> None:
    assert names(_above(line)) == ["alexander markov"]


def test_guard_a_byline_after_the_headline_wins_over_one_above() -> None:
    found = _above("By Alexander Markov", after="<p class='byline'>By Maria Petrova</p>")
    assert names(found) == ["maria petrova"]


@pytest.mark.parametrize(
    "line",
    [
        "Politics | Thursday, 21 November 2024",  # no credit
        '<ul class="list"><li>By Maria Petrova: another story</li></ul>',  # another story's list, closed
        "Politics | <a href='/category/3/Society'>Society</a>",  # a section's link
    ],
)
def test_guard_above_the_headline_without_a_credit_names_no_one(line: str) -> None:
    assert names(_above(line)) == []


# --- a headline classed "topic" on a page without headings ---
_TABLE = (
    "<table><tr><td class='menu'><a href='/'>Home</a> | <a href='/laos'>Laos</a></td></tr><tr><td>"
    "<p class='{klass}'><span>Laos-China railway carries record fruit exports</span></p>"
    "<p>The railway has transported a record 500,000 tonnes of fruit from Laos to China this year.</p>"
    "<p class='byline'>By Phetsamone Vongphachanh</p></td></tr></table>"
)


@pytest.mark.parametrize("klass", ["topic", "topic1", "news-topic"])
def test_a_topic_class_is_the_headline_under_a_site_only_title(klass: str) -> None:
    found = page(_TABLE.format(klass=klass), title="Vientiane Times")
    assert found.title == "Laos-China railway carries record fruit exports"


@pytest.mark.parametrize("klass", ["topics", "hot-topics", "lead", "headline"])  # X's error message: headline
def test_guard_other_classes_are_no_headline(klass: str) -> None:
    found = page(_TABLE.format(klass=klass), title="Vientiane Times")
    assert found.title != "Laos-China railway carries record fruit exports"


def test_without_an_h1_the_byline_follows_the_headlines_text() -> None:
    found = page(_TABLE.format(klass="topic"), title="Vientiane Times")
    assert names(found) == ["phetsamone vongphachanh"]


# --- ext68's leftover: an update's two-letter weekday ---
def _updated(line: str, lang: str, stamp: str = "2024-11-20T18:41:00+01:00") -> Metadata:
    byline = f"<div class='meta'><span class='author'>Lisa Peeters</span><span>{line}</span></div>"
    head = f'<meta property="article:published_time" content="{stamp}">'
    return story("Council approves the budget for next year", byline, _TEXT, head=head, lang=lang)


@pytest.mark.parametrize(
    ("line", "lang", "modified"),
    [
        ("Bijgewerkt do 09.12", "nl", NOV_21),  # VRT NWS's form, a dotted clock
        ("Bijgewerkt do. 09:12", "nl", NOV_21),
        ("Opdateret to. 08.10", "da", NOV_21),  # Danish "to." (torsdag), elsewhere "two"
        ("Aktualisiert Do, 15:20", "de-CH", NOV_21),
        ("Bijgewerkt zo 09.12", "nl", NOV_24),  # Sunday, four days on
        ("Actualizado do 09:12", "es", NOV_24),  # "do" is Sunday in Spanish
    ],
)
def test_an_updates_two_letter_weekday_in_the_pages_language(line: str, lang: str, modified: dt.date) -> None:
    assert dates(_updated(line, lang)) == (NOV_20, modified)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Updated do 09.12", "en"),  # no table for the page's language
        ("Bijgewerkt do 09.12", ""),  # no language
        ("Bijgewerkt om 09.12", "nl"),  # a preposition, no weekday
        ("Opdateret kl. 08.10", "da"),
    ],
)
def test_guard_a_two_letter_word_that_is_no_weekday_there_is_not_read(line: str, lang: str) -> None:
    assert dates(_updated(line, lang))[1] is None


def test_guard_a_two_letter_weekday_before_a_dotted_date_keeps_the_date() -> None:
    assert dates(_updated("Bijgewerkt vr 22.11.2024 09.12", "nl")) == (NOV_20, dt.date(2024, 11, 22))


@pytest.mark.parametrize(
    ("word", "lang", "number"),
    [
        ("do", "nl", 3),
        ("Do", "de", 3),
        ("do", "es", 6),
        ("to.", "da", 3),
        ("ma", "fr", 1),
        ("ma", "nl", 0),
        ("čt", "cs", 3),
        ("to", "en", None),
        ("om", "nl", None),
        ("do", None, None),
    ],
)
def test_short_weekday_number(word: str, lang: str | None, number: int | None) -> None:
    assert dates_module.short_weekday_number(word, lang) == number


# --- ext68's leftover: the capitalised units of a clock's statement ---
@pytest.mark.parametrize(
    "after",
    [
        "15:20 Hs, 22 de noviembre de 2024",
        "15.20 Uur, 22 november 2024",
        "15:20 Hod., 22. listopadu 2024",
        "15:20 Óra, 2024. november 22.",
        "15:20 Val., 2024 m. lapkričio 22 d.",
    ],
)
def test_a_capitalised_unit_keeps_the_date_in_the_clocks_statement(after: str) -> None:
    assert _date_follows_clock(after)


@pytest.mark.parametrize(
    "after",
    [
        "15:20 Hace 22 de noviembre de 2024 que no llueve",  # a sentence's first word
        "15:20 Het kabinet besloot op 22 november 2024",
        "15:20 Horas extra: el 22 de noviembre de 2024",  # a unit's word, more words after it
    ],
)
def test_guard_a_sentence_after_the_clock_is_not_its_statement(after: str) -> None:
    assert not _date_follows_clock(after)
