"""Rules added for the thirty-fifth held-out batch (docs/benchmarks.md, "Thirty-fifth batch"), each on small
strings, with what each must leave alone: Georgian months abbreviated as CLDR writes them ("09 იან. 2020");
PHP's rendering of MySQL's empty date ("30 ноября -0001") is no yearless update; a bare "Created" field
label dates a publication; "Last updated on ..." opening a sentence of the page's footer is its update; a
byline above a hero image set in ``<div>``s whose class names an image; and a heading's screen-reader-only
label is no part of its title.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import extract_metadata
from linkcheck.extract import tables as T
from linkcheck.extract.dates import find_text_dates, yearless_dates

TODAY = dt.date(2024, 11, 30)
URL = "https://news.example.org/news/18420"


def _dates(text: str) -> list[dt.date]:
    return [value for value, _start, _end in find_text_dates(text)]


def _day(value: object) -> dt.date | None:
    return getattr(value, "value", None)


# --- Georgian abbreviated months --------------------------------------------------------------------------
def test_georgian_abbreviated_months() -> None:
    assert _dates("09 იან. 2020, 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("30 ნოე. 2024") == [dt.date(2024, 11, 30)]
    assert _dates("3 აგვ 2021") == [dt.date(2021, 8, 3)]


def test_georgian_full_months_and_other_words_as_they_were() -> None:
    """The full names still read; a Georgian word that is no month ("წლის", of the year) does not."""
    assert _dates("9 იანვარი 2020") == [dt.date(2020, 1, 9)]
    assert _dates("9 წლის 2020") == []


# --- PHP's empty date -------------------------------------------------------------------------------------
def test_a_day_and_month_before_the_year_minus_one_is_no_yearless_date() -> None:
    assert list(yearless_dates("Обновлено: 30 ноября -0001")) == []
    assert list(yearless_dates("Updated Nov 30, -0001")) == []


def test_a_yearless_day_and_month_is_still_read() -> None:
    assert [month_day for month_day, _m in yearless_dates("Обновлено: 30 ноября")] == [(11, 30)]
    assert [month_day for month_day, _m in yearless_dates("30 ноября - 12:10")] == [(11, 30)]


def _joomla(modified_time: str, modified_text: str) -> str:
    return (
        '<html lang="ru"><head><title>В Оше начали строить новый рынок - Ош Таймс</title></head><body>'
        '<div itemscope itemtype="https://schema.org/Article"><h2 itemprop="headline">В Оше начали строить'
        ' новый рынок</h2><dl><dd><time datetime="2020-01-09T14:05:00+06:00" itemprop="datePublished">'
        "Опубликовано: 09 января 2020</time></dd>"
        f'<dd><time datetime="{modified_time}" itemprop="dateModified">{modified_text}</time></dd></dl>'
        "<p>В южной части Оша началось строительство нового рынка.</p></div></body></html>"
    )


def test_joomlas_never_modified_article_is_not_modified() -> None:
    meta = extract_metadata(
        _joomla("-0001-11-30T00:00:00+00:00", "Обновлено: 30 ноября -0001"), URL, today=TODAY
    )
    assert _day(meta.published) == dt.date(2020, 1, 9)
    assert meta.modified is None


def test_joomlas_real_update_is_read() -> None:
    meta = extract_metadata(
        _joomla("2020-01-10T09:30:00+06:00", "Обновлено: 10 января 2020"), URL, today=TODAY
    )
    assert _day(meta.modified) == dt.date(2020, 1, 10)


# --- a bare "Created" label -------------------------------------------------------------------------------
def test_a_bare_created_label_is_a_publication_label() -> None:
    assert T.TEXT_PUBLISHED_PREFIX_RE.search(T.label_case("(UTC) | Created | "))
    assert T.TEXT_PUBLISHED_PREFIX_RE.search(T.label_case("Version | 1.2 | Date created: "))


def test_created_in_a_sentence_is_no_label() -> None:
    assert not T.TEXT_PUBLISHED_PREFIX_RE.search(T.label_case("The fund was created on "))
    assert not T.TEXT_PUBLISHED_PREFIX_RE.search(T.label_case("| The fund was created "))


def test_a_data_portals_created_row_dates_the_dataset() -> None:
    html = (
        "<html><head><title>Air quality, 2019 - Dataset - City Data</title></head><body>"
        "<h1>Air quality, 2019</h1><p>Hourly readings, 1 January to 31 December 2019.</p>"
        "<table><tr><th>Last Updated</th><td>November 28, 2024, 06:12 (UTC)</td></tr>"
        "<tr><th>Created</th><td>January 9, 2020, 14:05 (UTC)</td></tr></table></body></html>"
    )
    meta = extract_metadata(html, "https://data.example.org/dataset/air-quality-2019", today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)
    assert _day(meta.modified) == dt.date(2024, 11, 28)


# --- "Last updated on" in a footer ------------------------------------------------------------------------
def _docs(footer: str, permalink: str = '<a class="headerlink" href="#c">¶</a>') -> str:
    return (
        "<html><head><title>Configuring the exporter &#8212; Borealis 2.4 documentation</title></head><body>"
        f"<h1>Configuring the exporter{permalink}</h1>"
        "<p>The exporter reads its settings from borealis.toml.</p>"
        f'<div class="footer">&#169;2018-2020, Borealis contributors.\n{footer}\n| Powered by Sphinx</div>'
        "</body></html>"
    )


def test_a_footers_last_updated_sentence_is_the_pages_update() -> None:
    meta = extract_metadata(_docs("Last updated on Jan 09, 2020."), URL, today=TODAY)
    assert meta.title == "Configuring the exporter"
    assert meta.published is None
    assert _day(meta.modified) == dt.date(2020, 1, 9)


def test_a_sites_last_update_is_not_the_pages() -> None:
    meta = extract_metadata(_docs("Site last updated on Jan 09, 2020."), URL, today=TODAY)
    assert meta.modified is None
    # Without a documentation generator's permalinks, a footer's "Last Updated On" is the site's.
    footer = "Site is hosted and maintained by the Bureau. Last Updated On: 30 NOV 2024"
    assert extract_metadata(_docs(footer, permalink=""), URL, today=TODAY).modified is None


# --- a byline above a hero image in <div>s ----------------------------------------------------------------
def _hero(block: str) -> str:
    return (
        '<html lang="ru"><head><title>В Гродно откроют второй мост | Курьер</title>'
        '<meta property="article:published_time" content="2020-01-09T14:05:00+03:00"></head><body>'
        '<div class="post__info"><span>09.01.2020, 14:05</span> | <span>Обновлено: 10.01.2020, 09:30</span>'
        f"</div>{block}\n<h1>В Гродно откроют второй мост</h1><p>Горисполком утвердил проект моста.</p>"
        "</body></html>"
    )


_CAPTION = "Неман в черте Гродно: единственный мост в центре города принимает весь транзитный поток. " * 5


def test_a_byline_above_a_hero_image_div_is_read() -> None:
    block = (
        '<div class="post__cover"><div class="post__cover-img"><img src="/m.jpg" alt="Неман"></div>'
        f'<div class="post__cover-caption">{_CAPTION}</div></div>'
    )
    meta = extract_metadata(_hero(block), URL, today=TODAY)
    assert _day(meta.published) == dt.date(2020, 1, 9)
    assert _day(meta.modified) == dt.date(2020, 1, 10)


def test_a_block_that_names_no_image_still_ends_the_reach() -> None:
    """Between the byline and the headline, a block whose class names no image (other stories, a lead of
    the same length) is a block of its own: the byline beyond it is not read."""
    block = f'<div class="related"><div class="related__item"><img src="/t.jpg" alt="">{_CAPTION}</div></div>'
    meta = extract_metadata(_hero(block), URL, today=TODAY)
    assert meta.modified is None
    no_picture = f'<div class="post__cover"><div class="post__cover-caption">{_CAPTION}</div></div>'
    assert extract_metadata(_hero(no_picture), URL, today=TODAY).modified is None


# --- a heading's screen-reader label ----------------------------------------------------------------------
def _headed(h1: str) -> str:
    return (
        '<html lang="ru"><head><title>Таллин продлил льготу | Телеграф</title></head><body>'
        f'<h1>{h1}</h1><time datetime="2020-01-09T14:05:00+02:00">9 января 2020</time>'
        "<p>Городское собрание продлило льготу.</p></body></html>"
    )


def test_a_screen_reader_label_is_no_part_of_the_title() -> None:
    meta = extract_metadata(
        _headed('<span class="sr-only">Новость: </span>Таллин продлил льготу'), URL, today=TODAY
    )
    assert meta.title == "Таллин продлил льготу"
    hidden = '<span class="visually-hidden">Статья:</span> Таллин <em>продлил</em> льготу'
    assert extract_metadata(_headed(hidden), URL, today=TODAY).title == "Таллин продлил льготу"


def test_a_visible_span_in_the_heading_stays() -> None:
    meta = extract_metadata(_headed('Таллин <span class="accent">продлил</span> льготу'), URL, today=TODAY)
    assert meta.title == "Таллин продлил льготу"
