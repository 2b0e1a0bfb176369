"""Rules added for the fifty-sixth held-out batch (docs/benchmarks.md, "Fifty-sixth batch"), each on small
strings, with what each must leave alone: Inuktitut's months in syllabics are read beside a day and a year;
a Unix time in a ``data-ts`` attribute in the headline's block above the h1 dates a page nothing else dates;
a Next.js page's ``__NEXT_DATA__`` states its story's dates; a repository item's ``DC.publisher`` (the
work's) is not the repository's name; a list's count before the h1's words in the head titles, and a
series' name before an episode's title, do not make another title than the h1.
"""

from __future__ import annotations

import datetime as dt

from tests.extract_rules_harness import JAN_9, JAN_10
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import days as _days
from tests.extract_rules_harness import page as _page

#: 9 January 2020, 11:25 UTC, as a Unix time.
_EPOCH_JAN_9 = "1578569100"


# --- Inuktitut's months in syllabics --------------------------------------------------------------------
def test_inuktitut_months_are_read_beside_a_day_and_a_year() -> None:
    assert _days("ᐅᑐᐱᕆ 17, 2019 - 10:30") == [dt.date(2019, 10, 17)]
    assert _days("ᔮᓐᓄᐊᕆ 9, 2020") == [JAN_9]
    assert _days("ᔪᓚᐃ 3, 2021") == [dt.date(2021, 7, 3)]
    assert _days("ᑎᓯᐱᕆ 24, 2022") == [dt.date(2022, 12, 24)]
    # a month with a case ending glued on ("in December") is another word, and no date without its day
    assert _days("ᑎᓯᐱᕆᒥ 2022") == []


def test_an_inuktitut_page_is_dated_by_its_byline() -> None:
    found = _page(
        '<header><span class="today">ᓄᕕᐱᕆ 30, 2024</span></header>'
        '<h1>ᐃᖃᓗᖕᓂ ᓄᑖᖅ ᐃᓪᓗ</h1><div class="byline">ᐊᓪᓚᒃᑐᖅ ᓵᓚ · ᔮᓐᓄᐊᕆ 9, 2020 - 10:30</div><p>ᑎᓯᐱᕆᒥ.</p>',
        lang="iu",
        title="ᐃᖃᓗᖕᓂ ᓄᑖᖅ ᐃᓪᓗ | ᐅᖃᓕᒫᒐᖅ",
    )
    assert _dates(found) == (JAN_9, None)


# --- a Unix time in data-ts, above the headline ----------------------------------------------------------
def test_a_data_ts_above_the_headline_dates_the_page() -> None:
    found = _page(
        '<header><nav><a href="/world">World</a></nav></header><main><div class="news-header">'
        f'<div class="date"><span data-ts="{_EPOCH_JAN_9}">2 hours ago</span></div>'
        "<h1>Headline of the story</h1><p>Text of the story.</p></div></main>"
    )
    assert _dates(found) == (JAN_9, None)


def test_a_data_ts_after_the_headline_dates_the_page_too() -> None:
    found = _page(
        f'<h1>Headline of the story</h1><div class="byline"><span data-ts="{_EPOCH_JAN_9}"></span></div>'
    )
    assert _dates(found) == (JAN_9, None)


def test_another_storys_time_in_a_list_above_the_headline_does_not() -> None:
    found = _page(
        f'<ul class="feed"><li><span data-ts="{_EPOCH_JAN_9}">3 hours ago</span> '
        '<a href="/2">Other</a></li></ul>'
        "<h1>Headline of the story</h1><p>Text of the story.</p>"
    )
    assert _dates(found) == (None, None)


# --- __NEXT_DATA__ ------------------------------------------------------------------------------------------
def _next_data(related_first: bool = False) -> str:
    own = (
        '{"title":"Riga opens its first night bus line","publishedAt":"2020-01-09T06:30:00.000Z",'
        '"updatedAt":"2020-01-10T09:12:40.000Z"}'
    )
    other = '{"title":"Tallinn extends free transport","publishedAt":"2019-12-02T08:00:00.000Z"}'
    items = f"[{other},{own}]" if related_first else f"[{own},{other}]"
    return (
        '<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">'
        f'{{"props":{{"pageProps":{{"items":{items}}}}},"page":"/[slug]"}}</script>'
    )


def test_a_next_data_page_is_dated_by_its_storys_keys() -> None:
    title = "Riga opens its first night bus line — Baltic Ledger"
    assert _dates(_page(_next_data(), title=title)) == (JAN_9, JAN_10)
    # the keys nearest the page's title, not the first of the script
    assert _dates(_page(_next_data(related_first=True), title=title)) == (JAN_9, JAN_10)


def test_a_next_data_with_other_stories_dates_only_says_nothing_of_this_one() -> None:
    script = (
        '<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":'
        '{"list":[{"title":"One","publishedAt":"2020-01-09T06:30:00Z"},'
        '{"title":"Two","publishedAt":"2019-12-02T08:00:00Z"}]}}}</script>'
    )
    assert _dates(_page(script, title="A page about something else entirely | Site")) == (None, None)


# --- a repository item's publisher ----------------------------------------------------------------------
_DSPACE_HEAD = (
    '<meta name="DCTERMS.dateAccepted" content="2020-01-10T09:12:44Z" scheme="DCTERMS.W3CDTF">'
    '<meta name="DCTERMS.issued" content="2020-01-09" scheme="DCTERMS.W3CDTF">'
    '<meta name="DC.publisher" content="Northbridge University, Department of Geography">'
    '<meta name="DC.title" content="Housing tenure and commuting">'
)
_DSPACE_BODY = (
    '<div id="header"><a href="/"><span>Northbridge Research Repository</span></a></div>'
    "<h2>Housing tenure and commuting</h2><div>Date 2020-01-09</div>"
)
_DSPACE_URL = "https://repository.northbridge.ac.uk/handle/10871/39512"


def test_a_repository_items_dc_publisher_is_the_works_not_the_sites() -> None:
    found = _page(_DSPACE_BODY, head=_DSPACE_HEAD, title="Housing tenure and commuting", url=_DSPACE_URL)
    assert found.site_name == "Northbridge Research Repository"
    assert _dates(found) == (JAN_9, None)


def test_a_dc_publisher_without_a_deposit_record_still_names_the_site() -> None:
    head = _DSPACE_HEAD.replace("DCTERMS.dateAccepted", "DCTERMS.created")
    found = _page(_DSPACE_BODY, head=head, title="Housing tenure and commuting", url=_DSPACE_URL)
    assert found.site_name == "Northbridge University, Department of Geography"


# --- a list's count and a series' name in the head titles ----------------------------------------------
def test_a_lists_count_before_the_h1s_words_titles_the_page_by_its_h1() -> None:
    head = '<meta property="og:title" content="17 Day Hikes Around Lake Bled">'
    found = _page(
        "<h1>Day Hikes Around Lake Bled</h1>", head=head, title="17 Day Hikes Around Lake Bled | Site"
    )
    assert found.title == "Day Hikes Around Lake Bled"


def test_a_year_or_words_before_the_h1s_words_are_not_a_count() -> None:
    head = '<meta property="og:title" content="2019 Day Hikes Around Lake Bled">'
    found = _page(
        "<h1>Day Hikes Around Lake Bled</h1>", head=head, title="2019 Day Hikes Around Lake Bled | Site"
    )
    assert found.title == "2019 Day Hikes Around Lake Bled"


_EPISODE_LD = (
    '<script type="application/ld+json">{"@context":"http://schema.org","@type":"RadioEpisode",'
    '"name":"Newlyn\'s last pilchard fleet",'
    '"partOfSeries":{"@type":"RadioSeries","name":"The Harbour Masters"}}'
    "</script>"
)


_STATION_HEAD = (
    '<meta property="og:site_name" content="Radio Kernow">'
    '<meta property="og:title" content="The Harbour Masters - Newlyn\'s last pilchard fleet">'
)
_STATION_TITLE = "Radio Kernow - The Harbour Masters, Newlyn's last pilchard fleet"
_EPISODE_BODY = '<div class="brand">The Harbour Masters</div><h1>Newlyn\'s last pilchard fleet</h1>'


def test_a_series_name_before_an_episodes_title_is_not_the_title() -> None:
    found = _page(_EPISODE_BODY, head=_STATION_HEAD + _EPISODE_LD, title=_STATION_TITLE)
    assert found.title == "Newlyn's last pilchard fleet"


def test_without_a_series_stated_the_social_title_stays_whole() -> None:
    episode = _EPISODE_LD.replace('"partOfSeries"', '"about"')
    found = _page(_EPISODE_BODY, head=_STATION_HEAD + episode, title=_STATION_TITLE)
    assert found.title == "The Harbour Masters - Newlyn's last pilchard fleet"
