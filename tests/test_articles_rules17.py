"""Rules added after the seventeenth held-out batch (tests/fixtures/articles/heldout, ``b17_*``), each on a
small string, with a case each rule must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import find_urls, trim_url
from linkcheck.articles._bibtex import looks_like_bibtex
from linkcheck.articles.wikitext import is_citation_template
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str, date: str | None = None, base: str | None = None) -> dict[str, Citation]:
    day = PartialDate.parse(date) if date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=day, base_url=base)}


# --- BibTeX and BibLaTeX entries read as text ---------------------------------------------------------------


_BIB = """% refs.bib

@online{ons_2023,
  author       = {{Office for National Statistics}},
  title        = {Heat-related deaths in {England} and {Wales}: 2022},
  date         = {2023-08-31},
  url          = {https://stats.example.gov/heat/2022},
  urldate      = {2024-02-12},
  organization = {Office for National Statistics},
}

@misc{met_2022,
  title        = {Record high temperatures {\\&} what they mean},
  howpublished = {\\url{https://weather.example.org/news/record-highs}},
  year         = {2022},
  month        = jul,
  note         = {Press release, accessed 11 February 2024},
}

@article{paper_2021,
  title        = "Burden of heat",
  journaltitle = {Planetary Health Letters},
  date         = {2021-07},
  url          = {https://doi.org/10.1016/S2542-5196(21)00081-4},
}
"""


def test_a_bibtex_entry_gives_its_link_title_outlet_dates() -> None:
    got = _read(_BIB, "text")
    ons = got["https://stats.example.gov/heat/2022"]
    assert (ons.title, ons.outlet) == (
        "Heat-related deaths in England and Wales: 2022",
        "Office for National Statistics",
    )
    assert (str(ons.date), str(ons.access_date)) == ("2023-08-31", "2024-02-12")
    met = got["https://weather.example.org/news/record-highs"]
    assert met.title == "Record high temperatures & what they mean"
    assert (str(met.date), str(met.access_date)) == ("2022-07", "2024-02-11")
    paper = got["https://doi.org/10.1016/S2542-5196(21)00081-4"]
    assert (paper.title, paper.outlet, str(paper.date)) == (
        "Burden of heat",
        "Planetary Health Letters",
        "2021-07",
    )


def test_a_link_outside_a_bibtex_entry_or_in_another_field_is_left_alone() -> None:
    text = (
        "@online{a, title = {Entry title}, url = {https://one.example.org/a},\n"
        "  addendum = {Mirror at \\url{https://two.example.org/b}}}\n\n"
        "Written by @someone{not an entry} see https://three.example.org/c today.\n"
    )
    got = _read(text, "text")
    assert got["https://one.example.org/a"].title == "Entry title"
    assert got["https://two.example.org/b"].title is None
    assert got["https://three.example.org/c"].title is None
    assert not looks_like_bibtex("Mail @team{x} about https://four.example.org/d\n")


# --- JSON Feed read as text, and JSON-escaped quotes --------------------------------------------------------


_FEED = """{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Notes",
  "home_page_url": "https://notes.example/",
  "feed_url": "https://notes.example/feed.json",
  "authors": [{"name": "A", "url": "https://notes.example/about/"}],
  "items": [
    {
      "id": "https://notes.example/2024/04/post/",
      "url": "https://notes.example/2024/04/post/",
      "external_url": "https://agency.example.gov/news/reefs",
      "content_html": "NOAA Fisheries <a href=\\"https://www.fisheries.noaa.gov/s1\\">said on\\nTuesday</a>.",
      "date_published": "2024-04-18T08:30:00-04:00"
    }
  ]
}
"""


def test_a_json_feed_read_as_text_cites_its_items_links_only() -> None:
    cited = extract_citations(_FEED, "text")
    assert [c.url for c in cited] == [
        "https://agency.example.gov/news/reefs",
        "https://www.fisheries.noaa.gov/s1",
    ]
    story = cited[1]
    assert str(story.date) == "2024-04-16"  # Tuesday before the item's date_published
    assert cited[0].article is not None
    assert str(cited[0].article.date) == "2024-04-18"
    assert story.line == 12  # the file's own line: escaped line breaks are not counted as lines


def test_json_that_is_no_json_feed_keeps_its_whole_value_urls() -> None:
    text = '{\n  "title": "Notes",\n  "url": "https://notes.example/page",\n  "links": ["https://a.example.org/x"]\n}\n'
    assert set(_read(text, "text")) == {"https://notes.example/page", "https://a.example.org/x"}


def test_a_url_does_not_end_on_a_backslash() -> None:
    text = 'x = "<a href=\\"https://host.example.org/page\\">here</a>"'
    assert [url for _, _, url in find_urls(text)] == ["https://host.example.org/page"]
    assert trim_url("https://host.example.org/a\\") == "https://host.example.org/a"
    assert trim_url("https://host.example.org/a_b") == "https://host.example.org/a_b"


# --- old Reddit's text in a form ----------------------------------------------------------------------------


def test_a_form_that_only_shows_text_is_read() -> None:
    page = (
        "<html><body><div class=content>"
        '<form class="usertext"><input type="hidden" name="thing_id" value="t3_1">'
        '<div class="md"><p>The city <a href="https://city.example.gov/figures">published figures</a>.</p>'
        "</div></form>"
        '<form action="/search"><p>Search the site</p><input type="text" name="q">'
        '<a href="https://site.example.com/help">help</a></form>'
        '<form action="/subscribe"><p>Get news</p><button>Go</button>'
        '<a href="https://site.example.com/terms">terms</a></form>'
        "</div></body></html>"
    )
    assert set(_read(page, "html")) == {"https://city.example.gov/figures"}


# --- Korean Wikipedia's citation templates ------------------------------------------------------------------


def test_korean_citation_templates_are_read() -> None:
    text = (
        "본문.<ref>{{뉴스 인용 |제목=리버버스 운항 |url=https://www.yna.co.kr/view/AKR1 |뉴스=[[연합뉴스]]"
        " |날짜=2023년 3월 2일 |확인날짜=2024-11-02 |보존url=https://web.archive.org/web/2024/https://www.yna.co.kr/view/AKR1}}"
        "</ref>\n"
    )
    got = _read(text, "wikitext")["https://www.yna.co.kr/view/AKR1"]
    assert (got.title, got.outlet) == ("리버버스 운항", "연합뉴스")
    assert (str(got.date), str(got.access_date)) == ("2023-03-02", "2024-11-02")
    assert got.archive_url == "https://web.archive.org/web/2024/https://www.yna.co.kr/view/AKR1"
    assert is_citation_template("웹 인용")
    assert is_citation_template("웹_인용")
    assert not is_citation_template("인용문")
    assert not is_citation_template("각주")


# --- press review lines -------------------------------------------------------------------------------------


def test_an_outlet_title_date_line_gives_the_link_under_it() -> None:
    text = (
        "Presseschau\n\n"
        "Handelsblatt: KfW-Anträge brechen ein (3. März 2024)\n"
        "https://www.handelsblatt.com/politik/kfw-antraege-brechen-ein/100019876.html\n\n"
        "Süddeutsche Zeitung: Ein Streik, der niemandem nützt – https://www.sueddeutsche.de/meinung/1.6412345"
        " (5.3.2024)\n"
    )
    got = _read(text, "text")
    hb = got["https://www.handelsblatt.com/politik/kfw-antraege-brechen-ein/100019876.html"]
    assert (hb.outlet, hb.title, str(hb.date)) == ("Handelsblatt", "KfW-Anträge brechen ein", "2024-03-03")
    sz = got["https://www.sueddeutsche.de/meinung/1.6412345"]
    assert (sz.outlet, sz.title, str(sz.date)) == (
        "Süddeutsche Zeitung",
        "Ein Streik, der niemandem nützt",
        "2024-03-05",
    )


def test_a_label_line_that_names_no_host_is_left_alone() -> None:
    text = "Note: Ein Streik, der niemandem nützt (5.3.2024)\nhttps://www.sueddeutsche.de/meinung/1.6412345\n"
    got = _read(text, "text")["https://www.sueddeutsche.de/meinung/1.6412345"]
    assert got.title is None
    assert got.outlet is None


# --- Org-mode footnotes -------------------------------------------------------------------------------------


def test_an_org_footnote_is_an_entry() -> None:
    text = (
        "Zhirinovsky said so.[fn:2]\n\n* Footnotes\n\n"
        '[fn:2] TASS, "Жириновский посоветовал Ирану купить С-400", 8 January 2020,\n'
        "https://tass.ru/politika/7487995\n"
    )
    got = _read(text, "text")["https://tass.ru/politika/7487995"]
    assert (got.title, str(got.date)) == ("Жириновский посоветовал Ирану купить С-400", "2020-01-08")


def test_an_org_link_in_brackets_is_no_footnote() -> None:
    text = 'See [fn] TASS, "Title of it", 8 January 2020,\nhttps://tass.ru/politika/7487995\n'
    assert _read(text, "text")["https://tass.ru/politika/7487995"].title is None


# --- a copyright notice's link ------------------------------------------------------------------------------


def test_a_copyright_notice_link_is_no_citation() -> None:
    page = (
        "<html><body><article><p>The canal closed for six days, "
        '<a href="https://news.example.com/canal">the agency said</a>.</p>'
        '<figure><img src="map.png"><figcaption>Map data: <a href="https://maps.example.org/copyright">'
        '© MapOrg contributors</a>. Source: <a href="https://data.example.org/ships">ship counts</a>'
        "</figcaption></figure></article></body></html>"
    )
    assert set(_read(page, "html")) == {"https://news.example.com/canal", "https://data.example.org/ships"}
