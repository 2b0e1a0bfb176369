"""Rules added for the twentieth held-out batch (docs/benchmarks.md, "Twentieth batch": wire agencies' own
pages, a JSON-LD graph of several articles, XHTML, a live blog entry's permalink, ...), each on small strings
or HTML, with what each must leave alone: an XML declaration's ``encoding``; a logo h1 before a headline set
in an h2 (the byline read after it); a live blog entry at its own permalink; a byline whose printed day sets
UTC times in a zone, read under the element holding og:title when the h1 heads something else; a "tags"
line without links; a date written across elements; an unlabelled date after two paragraphs of prose; an
outlet written as its address with its language's letters."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.extract.core import _join_split_dates
from linkcheck.extract.decode import decode_html, xml_charset
from linkcheck.match import match_citation
from linkcheck.models import Citation, FindingKind, Metadata
from tests.test_extract_calendars_zones import TODAY, _dates, _page

URL = "https://news.example.com/local/story-slug"


# --- an XML declaration's encoding --------------------------------------------------------------------------
_XHTML = (
    '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
    '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr"><head><title>Le plan vélo - Site</title></head>'
    "<body><h1>Le plan vélo</h1><p>Publié le 12 mars 2022, mis à jour le 14 mars 2022.</p></body></html>"
)


def test_an_xml_declaration_names_the_encoding() -> None:
    body = _XHTML.encode("iso-8859-1")
    assert xml_charset(body) == "cp1252"  # ISO-8859-1 read as browsers read it
    assert "plan vélo" in decode_html(body, {"Content-Type": "application/xhtml+xml"})
    meta = extract_metadata(body, URL, {"Content-Type": "application/xhtml+xml"}, today=TODAY)
    assert meta.title == "Le plan vélo"
    assert meta.modified is not None
    assert meta.modified.value == dt.date(2022, 3, 14)


def test_a_declared_charset_comes_before_the_xml_declaration() -> None:
    cyrillic = '<?xml version="1.0" encoding="ISO-8859-1"?><html><head><meta charset="windows-1251">'
    body = (cyrillic + "<title>Новости</title></head><body></body></html>").encode("windows-1251")
    assert "Новости" in decode_html(body)
    # The server's charset first too.
    assert "Новости" in decode_html(body, {"Content-Type": "text/html; charset=windows-1251"})


def test_utf8_bytes_under_a_latin1_xml_declaration_stay_utf8() -> None:
    assert "plan vélo" in decode_html(_XHTML.encode("utf-8"))


@pytest.mark.parametrize(
    "body",
    [
        b'<html><body><p>&lt;?xml version="1.0" encoding="ISO-8859-5"?&gt;</p></body></html>',
        b'<html><body><?xml version="1.0" encoding="ISO-8859-5"?></body></html>',  # not at the start
        b'<?xml version="1.0" encoding="x-no-such-codec"?><html></html>',
        b'<?xml version="1.0" encoding="utf-7"?><html></html>',  # no browser decodes it
        b'<?xml version="1.0"?><html></html>',
    ],
)
def test_no_xml_declaration_at_the_start_names_none(body: bytes) -> None:
    assert xml_charset(body) is None


# --- a logo h1, the headline an h2 --------------------------------------------------------------------------
def _yonhap_like(og_title: str) -> str:
    jsonld = json.dumps(
        {"@type": "NewsArticle", "headline": "Snow closes roads", "datePublished": "2022-03-12T15:40:00Z"}
    )
    return _page(
        f"<title>Snow closes roads | Agency</title><meta property='og:title' content='{og_title}'>"
        f"<script type='application/ld+json'>{jsonld}</script>",
        "<h1 class='logo'><a href='https://news.example.com/'><img src='/logo.png' alt='Agency'></a></h1>"
        "<div class='today'>2024-11-30</div>"
        "<h2 class='tit'>Snow closes roads</h2><p class='update-time'>Sent 2022-03-13 00:40</p>"
        "<p>Up to 25 cm of snow fell overnight.</p>",
    )


def test_after_a_logo_h1_the_byline_under_the_og_title_element_is_read() -> None:
    # The JSON-LD's UTC instant is 00:40 on the 13th where the byline prints it.
    assert _dates(_yonhap_like("Snow closes roads"))[0] == dt.date(2022, 3, 13)


def test_after_a_logo_h1_without_the_og_title_element_the_head_stands() -> None:
    # og:title names no element's whole text: no byline is known, the head's UTC day stands.
    assert _dates(_yonhap_like("Heavy snow: roads closed in the mountains"))[0] == dt.date(2022, 3, 12)


# --- a live blog entry at its own permalink -----------------------------------------------------------------
BLOG = "https://news.example.com/live/floods-live"
ENTRY = BLOG + "/rail-line-reopens"


def _live_blog(entry_url: str = ENTRY) -> str:
    jsonld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "url": BLOG,
        "headline": "Floods: live updates",
        "datePublished": "2022-03-12T06:00:00+00:00",
        "dateModified": "2022-03-14T18:40:00+00:00",
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": "Warnings lifted", "url": BLOG + "/warnings-lifted",
             "datePublished": "2022-03-14T18:40:00+00:00"},
            {"@type": "BlogPosting", "headline": "Rail line reopens", "url": entry_url,
             "datePublished": "2022-03-13T08:15:00+00:00"},
        ],
    }  # fmt: skip
    return _page(
        "<title>Floods: live updates</title>"
        f"<script type='application/ld+json'>{json.dumps(jsonld)}</script>",
        "<h1>Floods: live updates</h1><p>Rivers are rising.</p>",
    )


def test_a_live_blog_entry_at_its_permalink_is_dated_by_the_entry() -> None:
    assert _dates(_live_blog(), ENTRY) == (dt.date(2022, 3, 13), None)


def test_the_live_blog_itself_keeps_its_own_dates() -> None:
    assert _dates(_live_blog(), BLOG) == (dt.date(2022, 3, 12), dt.date(2022, 3, 14))


def test_an_entry_list_without_the_pages_url_dates_the_blog() -> None:
    # Another URL (a page of the blog that is no entry): the blog's node still answers.
    assert _dates(_live_blog(), BLOG + "/page/2") == (dt.date(2022, 3, 12), dt.date(2022, 3, 14))


# --- the byline under the og:title element when the h1 heads something else ---------------------------------
def _entry_page(og_title: str) -> str:
    return _page(
        f"<title>{og_title} - Paper</title><meta property='og:title' content='{og_title}'>"
        "<meta property='article:published_time' content='2022-03-13T08:15:00+00:00'>",
        "<h1>Floods across the north: live updates</h1><p>Updates from 12 March 2022</p>"
        "<h2>Rail line reopens</h2><p>Trains run again between York and Leeds after the flood.</p>",
    )


def test_an_h1_heading_something_else_does_not_lend_its_day_to_the_entry() -> None:
    # Read under the h1, "12 March 2022" would set 08:15Z on the 12th in a zone far west of UTC.
    assert _dates(_entry_page("Rail line reopens"))[0] == dt.date(2022, 3, 13)


def test_the_h1s_byline_day_still_places_a_utc_time_in_a_zone() -> None:
    # The h1 is the headline (og:title holds it): its byline's day is the page's, one off UTC's.
    page = _page(
        "<title>Floods across the north - Paper</title>"
        "<meta property='og:title' content='Floods across the north'>"
        "<meta property='article:published_time' content='2022-03-13T02:40:00Z'>",
        "<h1>Floods across the north</h1><p>12 March 2022</p><p>Rivers are rising across the region.</p>",
    )
    assert _dates(page)[0] == dt.date(2022, 3, 12)


# --- a "tags" line without links ----------------------------------------------------------------------------
def _tags_page(line: str) -> str:
    return _page(
        "<title>Brno opens a pool | News</title>",
        f"<h1>Brno opens a pool</h1>{line}<p>The hall has a 25-metre pool.</p>",
        lang="cs",
    )


def test_a_tags_line_without_links_is_the_articles_own() -> None:
    assert _dates(_tags_page('<p class="tags"><span>ČTK</span> | 12.03.2022 14:30</p>'))[0] == dt.date(
        2022, 3, 12
    )


@pytest.mark.parametrize(
    "line",
    [
        '<p class="tags"><a href="/tag/brno">Brno</a> 12.03.2022 14:30</p>',  # a tag list: it links
        '<p class="tags related">ČTK | 12.03.2022 14:30</p>',  # another fragment names it too
        '<p class="related tags">ČTK | 12.03.2022 14:30</p>',
    ],
)
def test_a_tag_list_or_another_excluded_class_stays_excluded(line: str) -> None:
    assert _dates(_tags_page(line))[0] is None


# --- a date written across elements -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("window", "joined"),
    [
        ("2022 | 03 | / | 12 | 14:30:15", "2022/03/12 | 14:30:15"),
        ("12 | . | 03 | . | 2022", "12.03.2022"),
        ("2022 | - | 03 | - | 12", "2022-03-12"),
        ("Pages | 10 | 2022 | 03 | / | 12", "Pages | 10 | 2022/03/12"),
        # Left alone: no separator of its own, a score before a year, no year, a clock time.
        ("2021 | 3 | 4", "2021 | 3 | 4"),
        ("Score | 3 | - | 1 | 2021", "Score | 3 | - | 1 | 2021"),
        ("Page | 1 | / | 5", "Page | 1 | / | 5"),
        ("12 | . | 03 | 2022", "12 | . | 03 | 2022"),
        ("14:30 | 03 | / | 12 | 2022", "14:30 | 03 | / | 12 | 2022"),
    ],
)
def test_split_dates_are_joined(window: str, joined: str) -> None:
    assert _join_split_dates(window) == joined


def test_a_date_in_spans_above_the_headline_dates_the_page() -> None:
    page = _page(
        "<title>Dredging starts - Agency</title>",
        '<div class="header-time"><span class="year"><em> 2022</em></span>'
        '<span class="day"><em> 03</em>/<em>12</em></span><span class="time"> 14:30:15</span></div>'
        "<h1>Dredging starts</h1><p>Work began on seven rivers.</p>",
        lang="zh",
    )
    assert _dates(page)[0] == dt.date(2022, 3, 12)


# --- an unlabelled date after two paragraphs of prose -------------------------------------------------------
def test_a_list_after_a_short_story_does_not_date_it_before_the_line_above_the_headline() -> None:
    page = _page(
        "<title>Dredging starts</title>",
        "<div>2022-03-12 14:30</div><h1>Dredging starts</h1>"
        "<p>Work began on seven rivers this week.</p><p>It will end in May, the office said.</p>"
        "<div>More news</div><ul><li>Flood stocks complete <span>2022-03-10</span></li></ul>",
    )
    assert _dates(page)[0] == dt.date(2022, 3, 12)


def test_a_byline_after_one_standfirst_is_still_the_byline() -> None:
    page = _page(
        "<title>Dredging starts</title>",
        "<div>2022-03-10 09:00</div><h1>Dredging starts</h1>"
        "<p>Work began on seven rivers this week, the office said.</p><p>By Wang Li, 2022-03-12</p>"
        "<p>It will end in May.</p>",
    )
    assert _dates(page)[0] == dt.date(2022, 3, 12)


def test_a_lone_date_after_the_story_still_dates_a_page_that_has_no_other() -> None:
    page = _page(
        "<title>Dredging starts</title>",
        "<h1>Dredging starts</h1><p>Work began on seven rivers this week.</p>"
        "<p>It will end in May, the office said.</p><p>2022-03-12</p>",
    )
    assert _dates(page)[0] == dt.date(2022, 3, 12)


# --- an outlet written as its address with its language's letters -------------------------------------------
def _outlet_kinds(cited: str, url: str, site_name: str) -> list[FindingKind]:
    meta = Metadata(title="A story", site_name=site_name)
    citation = Citation(url=url, outlet=cited)
    return [f.kind for f in match_citation(citation, meta, final_url=url, config=Config())]


def test_a_domain_written_with_diacritics_is_the_hosts() -> None:
    url = "https://www.ceskenoviny.cz/zpravy/story/2183456"
    assert FindingKind.OUTLET_MISMATCH not in _outlet_kinds("ČeskéNoviny.cz", url, "ČeskéNoviny.cz")
    url = "https://zpravy.aktualne.cz/domaci/story/r~abc/"
    assert FindingKind.OUTLET_MISMATCH not in _outlet_kinds("Aktuálně.cz", url, "Aktuálně.cz")


def test_a_domain_written_with_diacritics_on_another_host_is_still_another_site() -> None:
    url = "https://www.novinky.cz/clanek/story-40391234"
    assert FindingKind.OUTLET_MISMATCH in _outlet_kinds("ČeskéNoviny.cz", url, "Novinky.cz")
