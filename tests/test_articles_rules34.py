"""Rules added after the thirty-fourth held-out batch (tests/fixtures/articles/heldout, ``b34_*``), each on a
small string of our own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str = "text", article_date: str | None = None) -> dict[str, Citation]:
    date = PartialDate.parse(article_date) if article_date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=date)}


# --- readers' comments written as <article>s are not the page's story


_POST = """<html><body><main>
<div class="post"><h1><a href="https://news.example.org/2023/12/speed-limit">Speed limit cut to 30</a></h1>
<div class="post-body"><p>The council voted last week. Its explainer is
<a href="https://city.example.gov/30-kmh">here</a>, with the map of the roads that stay at 50.</p></div></div>
<div class="comments">
<article class="comment"><p>Long comment one, with a great many words in it about speed limits and about
how the bus lanes are going to work in the new scheme, and more words still.
<a href="https://blog.example.net/a">a</a></p></article>
<article class="comment"><p>Long comment two, again with a great many words about the speed limits and the
roads and the buses and the bicycles, and more words still, and more.
<a href="https://blog.example.net/b">b</a></p></article>
</div></main></body></html>"""


def test_comments_written_as_articles_are_not_taken_for_the_story() -> None:
    cited = _read(_POST, "html")
    assert "https://news.example.org/2023/12/speed-limit" in cited
    assert "https://city.example.gov/30-kmh" in cited


_STORY = """<html><body>
<article class="story"><h1>Rates held</h1><p>The bank held its rate, as
<a href="https://wire.example.com/rates-held">the wire reported</a> on Thursday, and the statement said so
in as many words, with a long paragraph of explanation after it that goes on and on.</p></article>
<section id="comments"><article class="comment"><p>First! <a href="https://spam.example.net/x">x</a></p>
</article></section>
</body></html>"""


def test_a_story_article_beside_comment_articles_is_still_the_story() -> None:
    # Left alone: the <article> that is the story is the body, and the comment section is still no source.
    cited = _read(_STORY, "html")
    assert "https://wire.example.com/rates-held" in cited
    assert "https://spam.example.net/x" not in cited


# --- a feed entry's ISO time stamp on the next line is not the rest of a wrapped URL


def test_an_iso_time_stamp_opening_the_next_line_is_not_joined_to_a_url() -> None:
    text = (
        "2024-01-05T12:30:00Z\tPumps running, per the board's update https://board.example.gov.uk/news/pumps/\n"
        "2024-01-08T09:05:00Z\tAnother entry.\n"
    )
    assert list(_read(text)) == ["https://board.example.gov.uk/news/pumps/"]


def test_a_path_piece_on_the_next_line_is_still_joined() -> None:
    # Left alone: a URL wrapped after "/" whose next line goes on with a path piece is still one URL.
    text = "The report is at https://stats.example.org/releases/\n2024-01-08-flood-report.html for all.\n"
    assert list(_read(text)) == ["https://stats.example.org/releases/2024-01-08-flood-report.html"]


# --- Galician, Basque, Hausa and Maltese weekdays date a report


def test_a_galician_weekday_dates_the_agencys_report() -> None:
    text = (
        "Iraq retomou as conversas, segundo lle contou o xoves un deputado á axencia RIA Novosti "
        "https://ria.ru/20200109/1563219328.html polas ameazas de sancións.\n"
    )
    cited = _read(text, article_date="2020-01-10")
    assert str(cited["https://ria.ru/20200109/1563219328.html"].date) == "2020-01-09"


def test_a_basque_weekday_in_the_inessive_dates_the_report() -> None:
    text = (
        "Irakek negoziazioak berrabiarazi ditu eta TASS agentziak asteazkenean jaso zuenez "
        "https://tass.ru/politika/7487995 misilak erosiko ditu.\n"
    )
    cited = _read(text, article_date="2020-01-10")
    assert str(cited["https://tass.ru/politika/7487995"].date) == "2020-01-08"


def test_a_hausa_weekday_dates_the_report() -> None:
    text = (
        "Kamfanin dillancin labarai na RIA Novosti ya ruwaito ranar Alhamis cewa Iraq ta koma tattaunawa "
        "https://ria.ru/20200109/1563219328.html\n"
    )
    cited = _read(text, article_date="2020-01-10")
    assert str(cited["https://ria.ru/20200109/1563219328.html"].date) == "2020-01-09"


def test_a_maltese_weekday_dates_the_report_and_four_is_no_day() -> None:
    text = (
        "Il-membru tal-parlament qal lill-aġenzija RIA Novosti nhar il-Ħamis "
        "https://ria.ru/20200109/1563219328.html "
        "li t-taħdidiet ta' erbgħa snin reġgħu bdew.\n\n"
        "Skont l-aġenzija TASS, erbgħa minnhom https://tass.ru/politika/7487995 ma qablux.\n"
    )
    cited = _read(text, article_date="2020-01-10")
    assert str(cited["https://ria.ru/20200109/1563219328.html"].date) == "2020-01-09"
    # Left alone: "erbgħa" is "four" as well as Wednesday, and is not read as a day.
    assert cited["https://tass.ru/politika/7487995"].date is None


# --- a JSON data set's source records (a map's features) give their links their fields


_GEOJSON = """{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"place": "Nysa", "source_title": "Dam overtopped in Nysa",
   "source_outlet": "Polsat News", "reported": "2024-09-16",
   "source_url": "https://news.example.pl/2024-09-16/nysa-dam"},
   "geometry": {"type": "Point", "coordinates": [17.33, 50.47]}}
]}"""


def test_a_json_source_record_gives_its_link_title_outlet_and_date() -> None:
    cited = _read(_GEOJSON)["https://news.example.pl/2024-09-16/nysa-dam"]
    assert (cited.title, cited.outlet, str(cited.date)) == (
        "Dam overtopped in Nysa",
        "Polsat News",
        "2024-09-16",
    )


def test_a_link_annotation_with_a_bare_source_kind_is_no_record() -> None:
    # Left alone: a note app's annotation ({"source": "WEBLINK", "title", "url"}) names no outlet: a bare
    # "source" key is a kind there, and two fields are no record.
    text = (
        '{"title": "Notes", "textContent": "RIA told it https://ria.ru/20200109/1563219328.html",'
        ' "annotations": [{"description": "", "source": "WEBLINK", "title": "Fetched page title",'
        ' "url": "https://ria.ru/20200109/1563219328.html"}]}'
    )
    cited = _read(text)["https://ria.ru/20200109/1563219328.html"]
    assert cited.outlet != "WEBLINK"
    assert cited.title != "Fetched page title"


def test_a_sitelink_with_a_site_code_is_no_record() -> None:
    # Left alone: a Wikidata sitelink's "site" is a database code ("enwiki"), no outlet's name.
    text = (
        '{"sitelinks": {"enwiki": {"site": "enwiki", "title": "Marrowby Bridge",'
        ' "url": "https://en.wikipedia.org/wiki/Marrowby_Bridge"}}}'
    )
    cited = _read(text)["https://en.wikipedia.org/wiki/Marrowby_Bridge"]
    assert cited.outlet != "enwiki"


# --- an HTML link's words, its address without the scheme, in markup read as text


def test_a_links_words_that_are_its_address_are_no_second_citation() -> None:
    text = (
        "<description><![CDATA[<p>Reported on 21 January 2024:</p>\n"
        '<p><a href="https://www.paper.example.co.uk/news/heat-pumps-28512345">'
        "paper.example.co.uk/news/heat-pumps-28512345</a></p>]]></description>\n"
    )
    assert list(_read(text)) == ["https://www.paper.example.co.uk/news/heat-pumps-28512345"]


def test_a_shortened_link_in_a_posts_text_is_kept_where_it_stands() -> None:
    # Left alone: an address without its scheme in running text (a post's shown link, the full address only
    # in the post's data further on) is where the text cites the page; the sentence before it dates it.
    text = (
        '{"text": "TASS quoted him (Wed, Jan 8 2020): tass.ru/politika/7487995", '
        '"facets": [{"uri": "https://tass.ru/politika/7487995"}]}'
    )
    cited = _read(text, article_date="2024-05-03")
    assert "https://tass.ru/politika/7487995" in cited
    assert str(cited["https://tass.ru/politika/7487995"].date) == "2020-01-08"
