"""Rules added after the twenty-first held-out batch (tests/fixtures/articles/heldout, ``b21_*``), each on a
small string, with a case each rule must leave alone."""

from __future__ import annotations

import json

from lxml import html as lxml_html

from linkcheck.article_formats import detect_format
from linkcheck.articles import extract_citations
from linkcheck.articles._applenews import apple_news_page
from linkcheck.articles._base import find_urls, glued_note_number, is_share
from linkcheck.articles._lynx import dump_page, link_text_end, looks_like_dump
from linkcheck.articles._source_lines import source_line_dates
from linkcheck.articles._twitter import looks_like_twitter_archive, twitter_archive_text
from linkcheck.articles.html import credit_line, show_days
from linkcheck.articles.plaintext import bluebook_cite, framing_label
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str, date: str | None = None) -> dict[str, Citation]:
    day = PartialDate.parse(date) if date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=day)}


def _day(value: PartialDate | None) -> str:
    return str(value) if value is not None else "-"


# --- a footnote's number glued to a URL's full stop


def test_a_footnote_number_glued_after_a_urls_full_stop_is_no_part_of_it() -> None:
    assert glued_note_number("https://urbanstreets.example/publications/curbside-strategies.3") == 2
    text = "Urban Streets Council, Strategies (2017),\nhttps://streets.example/publications/strategies.3 Even"
    assert [url for _, _, url in find_urls(text)] == ["https://streets.example/publications/strategies"]


def test_extensions_versions_and_queries_keep_their_digits() -> None:
    for url in (
        "https://host.example/reports/annual.pdf",
        "https://host.example/downloads/python-3.12",
        "https://host.example/docs/v2.1",
        "https://host.example/list?page=news.2",
        "https://host.example/guide#step.2",
    ):
        assert glued_note_number(url) == 0, url


# --- Confluence's empty <time datetime>


def test_an_empty_time_elements_day_is_its_text() -> None:
    page = (
        "<ul><li><p><a href='https://fintechledger.example/news/2024/03/15/outage'>CardGate outage hits UK"
        ' merchants</a> — Fintech Ledger, <time datetime="2024-03-15" /></p></li>'
        "<li><p><a href='https://other.example/b'>Another story</a> — Other Paper</p></li></ul>"
    )
    got = _read(page, "html")
    assert _day(got["https://fintechledger.example/news/2024/03/15/outage"].date) == "2024-03-15"


def test_a_time_with_text_or_a_timestamp_is_left_as_it_is() -> None:
    body = lxml_html.fragment_fromstring(
        '<div><time datetime="2024-01-02">2 Jan</time><time datetime="2024-03-15T10:00:00Z"/>'
        '<time datetime="2024-03" /></div>'
    )
    show_days(body.iter("time"))
    assert [element.text for element in body.iter("time")] == ["2 Jan", None, "2024-03"]


# --- a Twitter archive's tweets.js

_TWEETS = "window.YTD.tweets.part0 = " + json.dumps(
    [
        {
            "tweet": {
                "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
                "entities": {
                    "urls": [{"url": "https://t.co/Rr7bN2dWqe", "expanded_url": "https://ibr.example/loss"}],
                    "media": [
                        {"url": "https://t.co/9yTqPz1MvA", "media_url_https": "https://pbs.example/x.jpg"}
                    ],
                },
                "created_at": "Mon Oct 02 09:16:11 +0000 2023",
                "full_text": '2/ Losses: "Ferry operator posts £4m loss" (Island Business Review, Sept 29) '
                "https://t.co/Rr7bN2dWqe https://t.co/9yTqPz1MvA",
            }
        }
    ],
    indent=2,
)


def test_a_twitter_archives_posts_cite_their_expanded_links_not_short_links_or_photos() -> None:
    assert looks_like_twitter_archive(_TWEETS)
    got = _read(_TWEETS, "text")
    assert list(got) == ["https://ibr.example/loss"]
    assert got["https://ibr.example/loss"].title == "Ferry operator posts £4m loss"
    assert got["https://ibr.example/loss"].outlet == "Island Business Review"
    text = twitter_archive_text(_TWEETS)
    assert text is not None
    assert text.count("\n") == _TWEETS.count("\n")  # each post on its own line


def test_other_javascript_is_no_twitter_archive() -> None:
    assert not looks_like_twitter_archive("window.dataLayer = [];\nhttps://example.org/a")
    assert twitter_archive_text("window.YTD.tweets.part0 = [ not json") is None


# --- a quoted title and a note before a URL


def test_a_quoted_title_and_a_parenthesis_before_a_url_give_its_title_outlet_and_date() -> None:
    text = 'Users feel it: Island Ferry Users Group, "Ferry Users\' Survey 2023" (PDF, September 2023) https://ifug.example/s.pdf'
    got = _read(text, "text")["https://ifug.example/s.pdf"]
    assert got.title == "Ferry Users' Survey 2023"
    assert _day(got.date) == "2023-09"


def test_a_quoted_statement_before_a_url_is_no_title() -> None:
    text = 'He said "we will not pay for this at all, not a penny" (in March) https://news.example/a'
    assert _read(text, "text")["https://news.example/a"].title is None


# --- a text-mode browser's dump

_DUMP = """   [1]Harbour Post
     * [2]Home
     * [3]News

Council shuts the old bridge

   The council closed the bridge, [4]Dunmere Advertiser reported, after a
   diver found scour ([5]"Old Mill Bridge closed to all traffic").

   Photo: [6]harbour-photos.example

References

   1. https://harbourpost.example/
   2. https://harbourpost.example/
   3. https://harbourpost.example/news/
   4. https://dunmereadvertiser.example/
   5. https://dunmereadvertiser.example/news/2024/02/09/old-mill-bridge-closed
   6. https://harbour-photos.example/
"""


def test_a_lynx_dump_reads_its_numbered_link_texts_and_leaves_its_header_and_credits() -> None:
    assert looks_like_dump(_DUMP)
    got = _read(_DUMP, "text")
    story = "https://dunmereadvertiser.example/news/2024/02/09/old-mill-bridge-closed"
    assert story in got
    assert "https://harbourpost.example/news/" not in got
    assert "https://harbour-photos.example/" not in got  # a photo credit
    assert got[story].title == "Old Mill Bridge closed to all traffic"
    page = dump_page(_DUMP)
    assert page is not None
    assert page.count("\n") == _DUMP[: _DUMP.index("References")].count("\n")


def test_a_dumps_link_text_ends_where_a_name_or_a_quotation_ends() -> None:
    text = "[10]РИА Новости председатель комитета"
    assert text[4 : link_text_end(text, 4)] == "РИА Новости"
    text = "[14]Will Russia Reinforce Iraq's Air Defenses After\n   Israeli Strikes? (The Moscow Times)"
    assert (
        text[4 : link_text_end(text, 4)]
        == "Will Russia Reinforce Iraq's Air Defenses After\n   Israeli Strikes?"
    )
    text = "[5]read the report, which says"
    assert text[3 : link_text_end(text, 3)] == "read the report"


def test_a_papers_references_list_is_no_dump() -> None:
    assert not looks_like_dump("Body.\n\nReferences\n\nSmith, J. (2020). A study. https://doi.org/10.1/x\n")
    paper = (
        "As shown [1], rents rose.\n\nReferences\n\n1. https://stats.example/rents\n2. Smith J. A study.\n"
    )
    assert not looks_like_dump(paper)  # its numbers stand after words, not glued to a link's text
    paper = "Rents rose [1].\n\nReferences\n\n1. Smith J. A study of rents. https://doi.org/10.1/x\n"
    assert not looks_like_dump(paper)


# --- HTML: credit and copyright lines, a site builder's badge, br-separated lists


def test_a_photo_credit_or_copyright_lines_links_are_no_citations_in_html() -> None:
    assert credit_line("Фото: ")
    assert credit_line("© 2020 Site. ")
    assert credit_line("Photo: ")
    assert not credit_line("Photographers told the paper ")
    page = (
        "<article><p>The minister <a href='https://agency.example/story/1'>told the agency</a> so.</p>"
        "<p>Фото: <a href='https://mil.example/'>mil.example</a></p>"
        "<p>© 2020 Site. <a href='https://site.example/rules/'>Rules</a></p>"
        "<p><a href='https://tilda.example/?upm=1'>Made on Tilda</a></p></article>"
    )
    assert list(_read(page, "html")) == ["https://agency.example/story/1"]


def test_a_br_separated_list_of_sources_is_read_line_by_line() -> None:
    page = (
        "<div>Джерела:<br />1. ТАСС, 8 січня 2020 — <a href='https://tass.example/politika/7487995'>"
        "https://tass.example/politika/7487995</a><br />2. <a href='https://dnipro.example/svit/irak'>"
        "Ірак шукає"
        " альтернативу</a> — Дніпро, 9 січня 2020</div>"
    )
    got = _read(page, "html")
    assert _day(got["https://tass.example/politika/7487995"].date) == "2020-01-08"
    assert _day(got["https://dnipro.example/svit/irak"].date) == "2020-01-09"


def test_a_contact_block_with_line_breaks_stays_whole() -> None:
    page = (
        "<article><p>Story text that runs on with a <a href='https://cited.example/a'>cited page</a>"
        "."
        "</p><p><b>Contacts</b><br>Media: Kari, <a href='mailto:press@co.example'>press@co.example</a><br>"
        "Investors: <a href='https://co.example/investors/'>investor relations</a></p></article>"
    )
    got = _read(page, "html")
    assert "https://cited.example/a" in got


def test_odnoklassniki_offer_is_a_share_link() -> None:
    assert is_share("https://connect.ok.ru/offer?url=https%3A%2F%2Fsite.example%2Fa")
    assert not is_share("https://shop.example/offer")


# --- bracket-framed labels in plain text


def test_tiddlywiki_and_scrapbox_bracket_links_give_their_labels() -> None:
    text = (
        "* [ext[Old Mill Bridge closed to all traffic|https://adv.example/news/2024/02/09/closed]]\n"
        " [https://harbour.example/2024/04/02/cranes Automated cranes arrive at Kelso terminal]\n"
        "\tKelso Harbour News, 2 April 2024\n"
        " [Union says automation threatens 300 jobs https://voice.example/news/union-300-jobs]\n"
        "[img width=480 [Bridge|https://photos.example/bridge.jpg]]\n"
    )
    got = _read(text, "text")
    assert got["https://adv.example/news/2024/02/09/closed"].title == "Old Mill Bridge closed to all traffic"
    assert (
        got["https://harbour.example/2024/04/02/cranes"].title == "Automated cranes arrive at Kelso terminal"
    )
    assert _day(got["https://harbour.example/2024/04/02/cranes"].date) == "2024-04-02"
    assert (
        got["https://voice.example/news/union-300-jobs"].title == "Union says automation threatens 300 jobs"
    )
    assert "https://photos.example/bridge.jpg" not in got


def test_a_bracketed_reference_entry_is_no_scrapbox_label() -> None:
    text = '[RIA Novosti, 09.01.2020, "Iraq resumes talks" — https://ria.example/1.html]'
    assert framing_label(text, text[: text.index("https")], text.index(".html]") + 5) is None
    assert framing_label("[1] https://a.example/x", "[1] ", 23) is None


def test_an_html_anchor_written_in_plain_text_gives_its_text() -> None:
    text = '* <a href="https://trust.example/towpath">Towpath diversion at Old Mill</a> (Trust, 13 Feb 2024)'
    got = _read(text, "text")["https://trust.example/towpath"]
    assert got.title == "Towpath diversion at Old Mill"


# --- Apple News Format


_ANF = json.dumps(
    {
        "version": "1.19",
        "title": "Why water bills are rising",
        "metadata": {
            "canonicalURL": "https://post.example/news/2024/05/06/water",
            "datePublished": "2024-05-06T07:00:00-05:00",
            "links": [{"URL": "https://post.example/news/2024/03/01/vote", "relationship": "related"}],
        },
        "components": [
            {"role": "title", "text": "Why water bills are rising"},
            {"role": "photo", "URL": "bundle://a.jpg", "caption": "Photo: https://photos.example/x"},
            {
                "role": "body",
                "format": "markdown",
                "text": "The commission [approved it](https://puc.example/d/1).",
            },
            {
                "role": "body",
                "text": "Related: Council delays vote on water rates",
                "additions": [
                    {
                        "type": "link",
                        "URL": "https://post.example/news/2024/03/01/vote",
                        "rangeStart": 9,
                        "rangeLength": 34,
                    }
                ],
            },
        ],
    }
)


def test_an_apple_news_articles_components_are_its_text() -> None:
    got = _read(_ANF, "text")
    assert sorted(got) == ["https://post.example/news/2024/03/01/vote", "https://puc.example/d/1"]
    assert got["https://post.example/news/2024/03/01/vote"].title == "Council delays vote on water rates"
    article = got["https://puc.example/d/1"].article
    assert article is not None
    assert article.title == "Why water bills are rising"
    assert _day(article.date) == "2024-05-06"


def test_other_json_is_no_apple_news_article() -> None:
    assert apple_news_page('{"components": "none", "role": "x"}') is None
    assert apple_news_page('{"title": "A", "url": "https://a.example/"}') is None


# --- Joplin, pipe tables


def test_a_joplin_notes_internal_links_are_none_and_its_source_url_takes_the_notes_title() -> None:
    text = (
        "Heat pumps and terraces\n\n# Heat pumps and terraces\n\n"
        "See [grants](:/2b7d4e9f0a1c4b3d8e6f5a4b3c2d1e0f)"
        " and [the survey](https://energy.example/survey).\n\nid: 9f4c2a1be3d54c8f8a6b2d1e0c9f8a7b\n"
        "source_url: https://weekly.example/2024/03/04/heat-pumps\ntype_: 1\n"
    )
    got = _read(text, "markdown")
    assert sorted(got) == ["https://energy.example/survey", "https://weekly.example/2024/03/04/heat-pumps"]
    assert got["https://weekly.example/2024/03/04/heat-pumps"].title == "Heat pumps and terraces"
    assert got["https://energy.example/survey"].title != "Heat pumps and terraces"


def test_a_pipe_table_of_sources_gives_each_rows_link_its_cells() -> None:
    text = (
        "| # | Outlet | Headline / document | Published | Link | Used for |\n"
        "|---|--------|---------------------|-----------|------|----------|\n"
        "| 1 | Vale Star | Three libraries to close | 18 Jan 2024 | [link](https://valestar.example/news/close)"
        " |"
        " dates |\n"
        "| 2 | ~~Vale Star~~ | ~~Libraries safe~~ | ~~2 Mar 2023~~ | ~~[link](https://valestar.example/news/safe)~~"
        " | ~~old~~ |\n"
    )
    got = _read(text, "markdown")
    assert list(got) == ["https://valestar.example/news/close"]
    row = got["https://valestar.example/news/close"]
    assert (row.title, row.outlet, _day(row.date)) == ("Three libraries to close", "Vale Star", "2024-01-18")


def test_a_table_without_a_header_of_sources_is_left_to_the_prose() -> None:
    text = "| Name | Role |\n|---|---|\n| Ann | [site](https://ann.example/cv) |\n"
    assert _read(text, "markdown")["https://ann.example/cv"].title is None


# --- Bluebook citations, a sources line's dates


def test_bluebook_citations_before_a_url_give_title_outlet_and_date() -> None:
    text = (
        "Drivers bore the cost. Maria Lopez, Delivery Drivers Say Curb Rules Cost Them Hours, HARBOR\n"
        "CITY LEDGER (Apr. 4, 2023), https://ledger.example/2023/04/04/curb-rules. The city did not deny it."
    )
    cited = bluebook_cite(text, text.index("https"))
    assert cited is not None
    assert cited[:2] == ("Delivery Drivers Say Curb Rules Cost Them Hours", "HARBOR CITY LEDGER")
    assert _day(cited[2]) == "2023-04-04"
    text = "See also Eric Thornton, Apps Decide Everything, Star Tribune (June 4, 2023),\nhttps://www.startribune.com/apps/1/."
    got = _read(text, "text")["https://www.startribune.com/apps/1/"]
    assert (got.title, got.outlet) == ("Apps Decide Everything", "Star Tribune")


def test_a_filing_or_a_visit_date_is_no_bluebook_date() -> None:
    text = "Petition of the Couriers' Alliance, Council File No. 23-0412 (filed May 1, 2023), https://clerk.example/p.pdf"
    assert bluebook_cite(text, text.index("https")) is None


def test_a_sources_line_dates_the_links_of_the_outlets_it_names() -> None:
    prose = (
        "Источники: РИА Новости (9 января 2020), ТАСС (8 января 2020).\nSources\nLevant Monitor, Jan. 7, 2020"
    )
    dates = source_line_dates(prose)
    assert {key: _day(value[1]) for key, value in dates.items() if value} == {
        "риа новости": "2020-01-09",
        "тасс": "2020-01-08",
        "levant monitor": "2020-01-07",
    }
    page = (
        "<article><p>He spoke, <a href='https://tass.example/politika/7487995'>передаёт ТАСС</a>.</p>"
        "<p>Источники: ТАСС (8 января 2020).</p></article>"
    )
    assert _day(_read(page, "html")["https://tass.example/politika/7487995"].date) == "2020-01-08"


def test_a_line_of_names_without_a_sources_label_dates_nothing() -> None:
    assert source_line_dates("Staff: Ann Lee (9 January 2020), Bo Chan (8 January 2020)") == {}
    dates = source_line_dates("Источник: РИА Новости / Подробнее: The Moscow Times, 29 августа 2019")
    assert list(dates) == ["the moscow times"]  # not "РИА Новости / Подробнее: ...", a name with that date


# --- the files as users name them


def test_a_tiddler_and_a_twitter_archive_are_read_as_text() -> None:
    assert detect_format("bridge.tid", "title: Bridge\n\n[[Notice|https://council.example/n]]") == "text"
    assert detect_format("tweets.js", _TWEETS) == "text"
    assert (
        detect_format("app.js", '<p>window.YTD is not first</p><a href="https://a.example/">a</a></p>')
        == "html"
    )


def test_linked_html_writes_spans_as_links_and_escapes_the_rest() -> None:
    from linkcheck.articles._pages import linked_html

    text = "See [1]Port <news> & [2]no address; [3]inside"
    first, second = text.index("[1]"), text.index("[2]")
    spans = [
        (first, first + 14, "Port <news>", "https://a.example/?x=1&y=2"),
        (second, second + 13, "no address", None),
        (first + 5, len(text), "x", "u"),  # starts inside the first: passed over
    ]
    assert linked_html(text, spans) == (
        'See <a href="https://a.example/?x=1&amp;y=2">Port &lt;news&gt;</a> &amp; no address; [3]inside'
    )
    assert linked_html("a < b", []) == "a &lt; b"


def test_a_csv_header_and_a_pipe_tables_header_are_read_by_one_rule() -> None:
    from linkcheck.articles._records import _csv_header, column_role, header_roles

    assert header_roles(["url", None, "title", "url", "date"]) == {"url": 0, "title": 2, "date": 4}
    assert header_roles(["url", "title"]) is None  # a link column and one more: not a table of sources
    assert header_roles(["title", "date", "outlet"]) is None  # no link column
    assert _csv_header("Outlet,Headline,Published on,Source_URL") == {
        "outlet": 0,
        "title": 1,
        "date": 2,
        "url": 3,
    }
    assert column_role("**Headline / document**") == "title"
    assert column_role("Notes") is None
