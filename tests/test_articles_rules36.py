"""Rules added after the thirty-sixth held-out batch (tests/fixtures/articles/heldout, ``b36_*``): a story as
a headless CMS's API hands it over as JSON (docs/articles.md, "added after the thirty-sixth"). Each test
with a positive assertion fails on base54's src; the guards pin what is left alone."""

from __future__ import annotations

import json

from linkcheck.articles import extract_citations
from linkcheck.models import Citation


def _read(document: object, **dumps: object) -> dict[str, Citation]:
    text = json.dumps(document, indent=2, **dumps)  # type: ignore[arg-type]
    return {c.url: c for c in extract_citations(text, "text")}


def _para(*nodes: object) -> dict[str, object]:
    return {"type": "paragraph", "content": list(nodes)}


def _text(words: str, href: str | None = None, *marks: str) -> dict[str, object]:
    node: dict[str, object] = {"type": "text", "text": words}
    kinds: list[dict[str, object]] = [{"type": m} for m in marks]
    if href:
        kinds.append({"type": "link", "attrs": {"href": href, "target": "_blank"}})
    if kinds:
        node["marks"] = kinds
    return node


# --- The record's own title, day and address ----------------------------------------------------------------


def test_a_record_is_dated_by_its_publication_not_its_creation() -> None:
    record = {
        "data": {
            "id": 7,
            "title": "Bus routes change on Sunday",
            "createdAt": "2024-06-11T15:48:22.107Z",
            "updatedAt": "2024-06-13T10:14:03.559Z",
            "publishedAt": "2024-06-12T05:30:00.000Z",
            "body": "The [authority's notice](https://www.nta.example.ie/news/routes) is out.",
        }
    }
    (citation,) = _read(record).values()
    assert citation.article is not None
    assert str(citation.article.date) == "2024-06-12"
    assert citation.article.title == "Bus routes change on Sunday"


def test_ans_first_publication_over_its_republish_and_headlines_basic_as_title() -> None:
    story = {
        "type": "story",
        "headlines": {"basic": "Iraq resumes talks", "web": ""},
        "created_date": "2020-01-09T21:40:52.118Z",
        "publish_date": "2020-01-11T06:02:11.204Z",
        "first_publish_date": "2020-01-10T08:15:00.000Z",
        "content_elements": [
            {"type": "text", "content": 'Said <a href="https://ria.ru/20200109/1.html">RIA</a>.'}
        ],
    }
    (citation,) = _read(story).values()
    assert citation.article is not None
    assert str(citation.article.date) == "2020-01-10"
    assert citation.article.title == "Iraq resumes talks"


def test_the_object_with_a_title_and_a_day_field_is_the_record() -> None:
    # Prismic: the document's timestamps (UTC, the evening before in New Zealand) beside ``data`` holding the
    # title and the day the site shows.
    document = {
        "results": [
            {
                "id": "Zs1",
                "first_publication_date": "2024-08-21T19:00:12+0000",
                "data": {
                    "title": [{"type": "heading1", "text": "Main repair to take three weeks", "spans": []}],
                    "published_date": "2024-08-22",
                    "body": [
                        {
                            "type": "paragraph",
                            "text": "See https://www.rnz.co.nz/news/national/1",
                            "spans": [],
                        }
                    ],
                },
            }
        ]
    }
    (citation,) = _read(document).values()
    assert citation.article is not None
    assert str(citation.article.date) == "2024-08-22"
    assert citation.article.title == "Main repair to take three weeks"


def test_the_records_own_pages_are_no_citations() -> None:
    post = {
        "posts": [
            {
                "title": "Peat payments slip",
                "published_at": "2024-09-04T06:00:00.000Z",
                "url": "https://fen.example/peat-payments-slip/",
                "tags": [{"name": "Farming", "url": "https://fen.example/tag/farming/"}],
                "authors": [{"name": "H", "url": "https://fen.example/author/h/"}],
                "html": '<p>See <a href="https://www.gov.uk/government/news/elm-update">the update</a>.</p>',
            }
        ]
    }
    assert list(_read(post)) == ["https://www.gov.uk/government/news/elm-update"]


# --- Pictures -----------------------------------------------------------------------------------------------


def test_a_pictures_address_in_a_cms_record_is_no_citation() -> None:
    record = {
        "title": "Floods",
        "published_on": "2024-05-02 08:30:00",
        "hero": {"file": {"url": "https://cdn.news.example/uploads/floods.jpg"}},
        "thumbnail": "https://cdn.news.example/t/floods",
        "icon": "https://www.other.example/favicon.ico",
        "text": 'The <a href="https://meteo.go.ke/forecasts/may-2024">forecast</a> says so.',
    }
    assert list(_read(record)) == ["https://meteo.go.ke/forecasts/may-2024"]


def test_guard_a_url_key_holding_a_page_is_a_citation() -> None:
    record = {"items": [{"url": "https://www.example.org/reports/2024/annual", "note": "see"}]}
    assert list(_read(record)) == ["https://www.example.org/reports/2024/annual"]


# --- Link previews ------------------------------------------------------------------------------------------


def test_an_editorjs_link_tools_meta_gives_title_and_outlet() -> None:
    record = {
        "headline": "Schools stay shut",
        "published_on": "2024-05-02 08:30:00",
        "body": {
            "blocks": [
                {
                    "type": "linkTool",
                    "data": {
                        "link": "https://nation.africa/kenya/news/floods-toll-188",
                        "meta": {"title": "Floods death toll rises to 188", "site_name": "Nation"},
                    },
                }
            ]
        },
    }
    citation = _read(record)["https://nation.africa/kenya/news/floods-toll-188"]
    assert (citation.title, citation.outlet) == ("Floods death toll rises to 188", "Nation")


def test_a_preview_entry_gives_title_outlet_and_day() -> None:
    included = {
        "sys": {"id": "p1", "contentType": {"sys": {"id": "linkPreview"}}},
        "fields": {
            "url": "https://www.bbc.co.uk/news/uk-scotland-1",
            "title": "Village water unsafe to drink",
            "siteName": "BBC News",
            "publishedDate": "2024-04-16",
        },
    }
    citation = _read({"includes": {"Entry": [included]}})["https://www.bbc.co.uk/news/uk-scotland-1"]
    assert (citation.title, citation.outlet, str(citation.date)) == (
        "Village water unsafe to drink",
        "BBC News",
        "2024-04-16",
    )


def test_a_bookmark_card_in_a_json_string_gives_its_metadata() -> None:
    lexical = {
        "root": {
            "type": "root",
            "children": [
                {
                    "type": "bookmark",
                    "url": "https://www.fwi.co.uk/business/peat-payments-delayed",
                    "metadata": {"title": "Peat payments delayed until 2025", "publisher": "Farmers Weekly"},
                }
            ],
        }
    }
    post = {"posts": [{"title": "Issue 12", "lexical": json.dumps(lexical)}]}
    citation = _read(post)["https://www.fwi.co.uk/business/peat-payments-delayed"]
    assert (citation.title, citation.outlet) == ("Peat payments delayed until 2025", "Farmers Weekly")


def test_guard_a_code_in_a_source_key_is_no_outlet() -> None:
    note = {
        "url": "https://www.example.org/a-page",
        "title": "A page",
        "source": "WEBLINK",
        "date": "2024-01-02",
    }
    citation = _read({"annotations": [note]})["https://www.example.org/a-page"]
    assert citation.outlet is None


def test_an_ans_interstitial_link_gives_its_headline() -> None:
    story = {
        "type": "story",
        "content_elements": [
            {"type": "text", "content": "<b>Related:</b>"},
            {
                "type": "interstitial_link",
                "url": "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce",
                "content": "Will Russia Reinforce Iraq's Air Defenses?",
            },
        ],
    }
    citation = _read(story)["https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce"]
    assert citation.title == "Will Russia Reinforce Iraq's Air Defenses?"


# --- A rich-text body read as the page it renders -----------------------------------------------------------


def test_a_prosemirror_bodys_words_around_a_link_are_read() -> None:
    post = {
        "data": {
            "post": {
                "title": "Bird flu on the mainland",
                "publishedAt": "2024-02-28T10:00:00+00:00",
                "content": {
                    "type": "doc",
                    "content": [
                        _para(
                            _text("The survey's "),
                            _text("statement", "https://www.bas.ac.uk/media-post/h5n1/"),
                            _text(" on Monday said seals were affected."),
                        ),
                        _para(
                            _text("Reuters had it first ("),
                            _text(
                                "Bird flu reaches ",
                                "https://www.reuters.com/business/bird-flu-reaches-antarctic-mainland-2024-02-24/",
                                "italic",
                            ),
                            _text(
                                "Antarctic mainland",
                                "https://www.reuters.com/business/bird-flu-reaches-antarctic-mainland-2024-02-24/",
                            ),
                            _text(")."),
                        ),
                    ],
                },
            }
        }
    }
    cited = _read(post)
    assert str(cited["https://www.bas.ac.uk/media-post/h5n1/"].date) == "2024-02-26"
    assert (
        cited["https://www.reuters.com/business/bird-flu-reaches-antarctic-mainland-2024-02-24/"].title
        == "Bird flu reaches Antarctic mainland"
    )


def test_a_contentful_bodys_hyperlink_with_a_weekday_after_it() -> None:
    def t(words: str) -> dict[str, object]:
        return {"nodeType": "text", "value": words, "marks": [], "data": {}}

    entry = {
        "fields": {
            "headline": "Garve told to keep boiling water",
            "publishDate": "2024-04-18T07:00+01:00",
            "body": {
                "nodeType": "document",
                "data": {},
                "content": [
                    {
                        "nodeType": "paragraph",
                        "data": {},
                        "content": [
                            t("Highland Council said in a "),
                            {
                                "nodeType": "hyperlink",
                                "data": {"uri": "https://www.highland.gov.uk/news/article/15871/water"},
                                "content": [t("statement on Wednesday")],
                            },
                            t(" that two more stations would open."),
                        ],
                    }
                ],
            },
        }
    }
    (citation,) = _read(entry).values()
    assert str(citation.date) == "2024-04-17"
    assert citation.article is not None
    assert citation.article.title == "Garve told to keep boiling water"


def test_a_lexical_body_in_a_json_string_is_read_as_its_page() -> None:
    def words(text: str) -> dict[str, object]:
        return {"type": "extended-text", "text": text, "format": 0, "version": 1}

    lexical = {
        "root": {
            "type": "root",
            "children": [
                {
                    "type": "paragraph",
                    "children": [
                        words("Defra's "),
                        {
                            "type": "link",
                            "url": "https://www.gov.uk/government/news/elm",
                            "children": [words("update")],
                        },
                        words(" on Monday said so."),
                    ],
                }
            ],
        }
    }
    post = {
        "posts": [
            {
                "title": "Issue 12",
                "lexical": json.dumps(lexical),
                "created_at": "2024-08-30T19:11:40.000Z",
                "updated_at": "2024-09-04T06:02:19.000Z",
                "published_at": "2024-09-04T06:00:00.000Z",
            }
        ]
    }
    (citation,) = _read(post).values()
    assert str(citation.date) == "2024-09-02"


def test_a_labelled_source_link_beside_the_body() -> None:
    story = {
        "story": {
            "name": "Glaciers lose mass",
            "first_published_at": "2024-03-12T05:00:00.000Z",
            "content": {
                "body": {"type": "doc", "content": [_para(_text("Text."))]},
                "sources": [
                    {
                        "component": "source_link",
                        "label": "«Die Gletscher schmelzen schneller», SRF, 10. März 2024",
                        "link": {
                            "url": "https://www.srf.ch/news/schweiz/die-gletscher-schmelzen-schneller",
                            "linktype": "url",
                        },
                    }
                ],
            },
        }
    }
    citation = _read(story)["https://www.srf.ch/news/schweiz/die-gletscher-schmelzen-schneller"]
    assert (citation.title, citation.outlet, str(citation.date)) == (
        "Die Gletscher schmelzen schneller",
        "SRF",
        "2024-03-10",
    )


def test_a_quoted_title_in_link_words_before_the_outlet_and_a_day() -> None:
    html = (
        '<p><a href="https://www.srf.ch/news/schweiz/die-gletscher-schmelzen-schneller">'
        "«Die Gletscher schmelzen schneller», SRF, 10. März 2024</a></p>"
    )
    (citation,) = extract_citations(html, "html")
    assert citation.title == "Die Gletscher schmelzen schneller"


def test_guard_a_json_text_without_a_record_reads_as_before() -> None:
    text = '{"links": ["https://www.example.org/a", "https://www.example.org/b.png"]}'
    assert [c.url for c in extract_citations(text, "text")] == [
        "https://www.example.org/a",
        "https://www.example.org/b.png",
    ]


def test_a_portable_text_link_card_gives_its_outlet_and_day() -> None:
    block = {
        "_type": "block",
        "_key": "a1",
        "style": "normal",
        "markDefs": [],
        "children": [{"_type": "span", "_key": "s1", "text": "Delays again.", "marks": []}],
    }
    card = {
        "_type": "linkCard",
        "_key": "a2",
        "url": "https://www.wort.lu/luxemburg/tram-baustelle-neue-verzoegerung/12045678.html",
        "title": "Tram-Baustelle: Neue Verzögerung",
        "siteName": "Luxemburger Wort",
        "publishedAt": "2024-10-08",
    }
    result = {"result": {"title": "Tram", "publishedAt": "2024-10-09T06:30:00.000Z", "body": [block, card]}}
    (citation,) = _read(result).values()
    assert (citation.outlet, str(citation.date)) == ("Luxemburger Wort", "2024-10-08")
