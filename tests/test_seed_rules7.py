"""Rules added after the seed7 probe (tests/test_seed_probe7.py), each on small strings or pages, with what
each must leave alone.

1. ``soft404._is_bare_section`` and the front-page signal: a story's address answered (200, no redirect) by
   its section's front, whose canonical names the section and which dates nothing but by its URL, is a
   soft 404 (``front_page``).
2. ``extract.core._relative_clock_published``: a fresh story's date line counted from the fetch day
   ("вчера, 18:05", "Сегодня в 09:15", "Yesterday at 6:40") dates it.
3. ``articles._prose.dotted_report_day`` and ``attach_report_dates``: a reporting sentence's day written with
   its year ("on 9 January 2020", "on 09.01.2020") dates its citation without an article date; a dotted day
   dates it with one too.
4. ``extract.core._template_head_title``: a story whose head is the site's template (a ``<title>`` of the
   site's name and tagline, no head date) is titled by its ``<h1>``.
"""

from __future__ import annotations

import datetime as dt

import pytest

import linkcheck.articles._prose as prose
import linkcheck.extract.core as core
import linkcheck.soft404 as soft404
from linkcheck import extract_citations, extract_metadata
from linkcheck.models import Cause, ExtractedDate, Metadata, PartialDate
from linkcheck.soft404 import soft_404_signal

STORY = "https://ria.example/20200109/1563219328.html"
TODAY = dt.date(2026, 12, 5)


# --- 1. a section's front at a story's address ------------------------------------------------------------


@pytest.mark.parametrize("url", ["https://ria.example/politics/", "https://ria.example/ru/economy"])
def test_bare_section_addresses(url: str) -> None:
    assert soft404._is_bare_section(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://ria.example/",
        "https://ria.example/politics/2020/",
        "https://ria.example/20200109/1563219328.html",
        "https://ria.example/politics/iraq-resumes-s300-talks",
        "https://ria.example/news?id=1234",
        "https://ria.example/a/b/c",
        # an unfilled template's canonical resolved as an address: no section's words (rot26's page)
        "https://sokol.example/politika/%7B%7B%20article.url%20%7D%7D",
    ],
)
def test_not_bare_section_addresses(url: str) -> None:
    assert not soft404._is_bare_section(url)


def section_page(canonical: str, published: ExtractedDate | None) -> Metadata:
    return Metadata(title="Политика", canonical_url=canonical, published=published)


def test_section_front_served_at_a_story_address_is_a_front_page() -> None:
    meta = section_page("https://ria.example/politics/", ExtractedDate(dt.date(2020, 1, 9), "url"))
    signal = soft_404_signal(STORY, STORY, meta, 0)
    assert signal is not None
    assert signal[0] is Cause.FRONT_PAGE
    assert "section front page" in signal[1]
    assert "https://ria.example/politics/" in signal[1]


def test_section_front_with_no_date_at_all_is_a_front_page() -> None:
    signal = soft_404_signal(STORY, STORY, section_page("https://ria.example/politics/", None), 0)
    assert signal is not None
    assert signal[0] is Cause.FRONT_PAGE


@pytest.mark.parametrize(
    ("requested", "canonical", "published"),
    [
        # a dated story whose template names its section as canonical: the story is there
        (STORY, "https://ria.example/politics/", ExtractedDate(dt.date(2020, 1, 9), "opengraph")),
        # the story's own canonical
        (STORY, STORY, None),
        # another site's section
        (STORY, "https://other.example/politics/", None),
        # the section itself, cited as a section
        ("https://ria.example/politics/", "https://ria.example/politics/", None),
    ],
    ids=["dated-story", "own-canonical", "other-site", "section-cited"],
)
def test_section_canonical_left_alone(
    requested: str, canonical: str, published: ExtractedDate | None
) -> None:
    assert soft_404_signal(requested, requested, section_page(canonical, published), 0) is None


# --- 2. a date line counted from the fetch day --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("вчера, 18:05 | МОСКВА, 4 декабря. /ТАСС/.", 1),
        ("Сегодня в 09:15", 0),
        ("Позавчера, 23:40 | Текст", 2),
        ("Yesterday at 6:40 | The story", 1),
        ("вчора о 18:05", 1),
    ],
)
def test_relative_date_line_dates_the_story(text: str, back: int) -> None:
    (cand,) = core._relative_clock_published(text, TODAY)
    assert cand.value == TODAY - dt.timedelta(days=back)
    assert not cand.modified


@pytest.mark.parametrize(
    "text",
    [
        "Today at 10:00 the council meets to vote on the budget.",  # a sentence, not a date line
        "Обновлено: вчера, 18:05",  # an update's label
        "вчера | 18:05",  # no time beside the word
        "сегодня, 25:70",  # no time
        "x" * 250 + " | вчера, 18:05",  # past a byline's reach
    ],
)
def test_relative_date_line_left_alone(text: str) -> None:
    assert core._relative_clock_published(text, TODAY) == []


def story_page(date_line: str, head: str = "") -> bytes:
    headline = "Жириновский призвал Иран купить С-400"
    return (
        "<!doctype html><html lang='ru'><head><meta charset='utf-8'>"
        f"<title>{headline}</title>{head}</head><body><main><article><h1>{headline}</h1>"
        f"<div class='date'>{date_line}</div><p>МОСКВА. /ТАСС/. Лидер ЛДПР призвал Иран купить С-400.</p>"
        "</article></main></body></html>"
    ).encode()


def test_relative_date_line_dates_a_page() -> None:
    meta = extract_metadata(story_page("вчера, 18:05"), "https://tass.example/politika/7487995", today=TODAY)
    assert meta.published is not None
    assert meta.published.value == dt.date(2026, 12, 4)


def test_head_date_wins_over_a_relative_line() -> None:
    head = '<meta property="article:published_time" content="2020-01-09T11:40:00+03:00">'
    meta = extract_metadata(
        story_page("вчера, 18:05", head), "https://tass.example/politika/7487995", today=TODAY
    )
    assert meta.published is not None
    assert meta.published.value == dt.date(2020, 1, 9)


# --- 3. a reporting sentence's day written with its year ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [("told RIA on 09.01.2020.", dt.date(2020, 1, 9)), ("сообщил 9.1.2020 ТАСС", dt.date(2020, 1, 9))],
)
def test_dotted_report_day(sentence: str, day: dt.date) -> None:
    found = prose.dotted_report_day(sentence)
    assert found is not None
    assert found[0] == PartialDate.from_date(day)


@pytest.mark.parametrize(
    "sentence", ["told RIA on 31.02.2020", "told RIA on 09.01.20", "version 2.1.20200", "no day"]
)
def test_dotted_report_day_left_alone(sentence: str) -> None:
    assert prose.dotted_report_day(sentence) is None


def article(sentence: str) -> str:
    return f"{sentence}\n\nhttps://ria.example/20200109/1563219328.html\n"


def ria_date(text: str, article_date: PartialDate | None = None) -> PartialDate | None:
    (citation,) = extract_citations(text, format="text", article_date=article_date)
    return citation.date


@pytest.mark.parametrize("written", ["9 January 2020", "January 9, 2020", "09.01.2020"])
def test_reporting_sentence_with_a_full_date_dates_its_citation_without_an_article_date(written: str) -> None:
    text = article(
        f"A senior Iraqi lawmaker told the state-run RIA Novosti news agency on {written} that talks resumed."
    )
    assert ria_date(text) == PartialDate.parse("2020-01-09")


def test_dotted_day_dates_a_report_with_an_article_date_too() -> None:
    text = article(
        "A senior Iraqi lawmaker told the state-run RIA Novosti news agency on 09.01.2020 that talks resumed."
    )
    assert ria_date(text, PartialDate.parse("2020-01-16")) == PartialDate.parse("2020-01-09")


@pytest.mark.parametrize(
    "sentence",
    [
        # a day without its year, with nothing to read it against
        "A senior Iraqi lawmaker told the state-run RIA Novosti news agency on 9 January that talks resumed.",
        # no reporting verb: an event's day
        "Soleimani was killed in a drone strike in Baghdad on 03.01.2020 by the United States military.",
        # the news's own day before a closing attribution
        "Soleimani was killed in Baghdad on 3 January 2020, the state-run RIA Novosti news agency reported.",
    ],
    ids=["no-year", "no-reporting-verb", "content-before-attribution"],
)
def test_full_dates_left_alone(sentence: str) -> None:
    assert ria_date(article(sentence)) is None


# --- 4. a head that is the site's template ----------------------------------------------------------------

H1 = "Ирак возобновил переговоры с Россией о покупке С-300"


def template_page(title: str, h1: str = H1, head: str = "", og_title: str | None = None) -> bytes:
    card = title if og_title is None else og_title
    return (
        f"<!doctype html><html lang='ru'><head><meta charset='utf-8'><title>{title}</title>"
        f'<meta property="og:title" content="{card}"><meta property="og:site_name" content="РИА Новости">'
        f"{head}</head><body><main><div class='article'><h1>{h1}</h1><p>МОСКВА, 9 янв — РИА Новости. Ирак"
        " возобновил переговоры о покупке систем С-300.</p></div></main></body></html>"
    ).encode()


TAGLINE = "РИА Новости - события в Москве, России и мире сегодня"


def test_template_head_yields_to_the_stories_h1() -> None:
    meta = extract_metadata(template_page(TAGLINE), STORY, today=TODAY)
    assert meta.title == H1
    assert meta.title_source == "h1"


@pytest.mark.parametrize(
    ("title", "url", "head", "h1"),
    [
        # a head speaking of the story (a social card's wording)
        ("РИА Новости - Ирак и Россия снова обсуждают С-300", STORY, "", H1),
        # a dated head: the template kept the story's metas
        (TAGLINE, STORY, '<meta property="article:published_time" content="2020-01-09T10:12:00+03:00">', H1),
        # a section's address
        (TAGLINE, "https://ria.example/politics/", "", H1),
        # a short h1: a section's name
        (TAGLINE, STORY, "", "Политика"),
        # a <title> that does not name the site
        ("События в Москве, России и мире сегодня", STORY, "", H1),
    ],
    ids=["head-speaks-of-the-story", "dated-head", "section-address", "short-h1", "title-without-the-site"],
)
def test_template_head_left_alone(title: str, url: str, head: str, h1: str) -> None:
    meta = extract_metadata(template_page(title, h1, head), url, today=TODAY)
    assert meta.title_source != "h1", meta


def test_story_card_without_the_site_name_keeps_the_head_title() -> None:
    # A register's entry: its card titles the entry alone ("Указ № 15"), its <title> adds the site's name,
    # the h1 is another heading: the head's title stays (the forty-second extraction batch's case).
    page = template_page("Указ № 15 — РИА Новости", "Другой заголовок страницы", og_title="Указ № 15")
    meta = extract_metadata(page, STORY, today=TODAY)
    assert meta.title_source != "h1", meta


def test_a_second_h1_keeps_the_head_title() -> None:
    # A portal's dataset page: its first <h1> heads the publisher's box, the next the dataset the head names
    # (the thirty-fifth extraction batch's CKAN page): which h1 is the page's own is not known.
    page = template_page(TAGLINE, "Городской отдел по экологии", head="").replace(
        b"</main>", "<h1>Качество воздуха, 2019</h1></main>".encode()
    )
    meta = extract_metadata(page, STORY, today=TODAY)
    assert meta.title_source != "h1", meta
