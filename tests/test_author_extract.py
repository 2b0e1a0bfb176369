"""A page's author(s) (``Metadata.author``, meta1): who the page says wrote it, a person or an organisation
(a wire named as the author of a story another site republishes), read from its main JSON-LD node, its
``author`` and ``article:author`` metas, and a byline or a wire's credit line right after its headline."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from linkcheck.extract import extract_metadata

TODAY = dt.date(2024, 11, 30)
URL = "https://news.example.com/2024/10/15/story-one"
FILLER = "<p>Text of the article that follows, long enough to be read as the story's own words.</p>" * 3


def _page(head: str = "", body: str = "", *, ld: Any = None, site: str = "Example News") -> str:
    parts = [
        '<meta charset="utf-8">',
        "<title>The central bank raises its key rate - Example News</title>",
        '<meta property="og:title" content="The central bank raises its key rate">',
        f'<meta property="og:site_name" content="{site}">',
        '<meta property="article:published_time" content="2024-10-15T10:40:00Z">',
        head,
    ]
    if ld is not None:
        parts.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    return (
        f"<!doctype html><html lang=en><head>{''.join(parts)}</head><body>"
        f"<h1>The central bank raises its key rate</h1>{body}{FILLER}</body></html>"
    )


def _authors(html: str, url: str = URL) -> list[tuple[str, str | None]]:
    meta = extract_metadata(html, url, today=TODAY)
    return [(a.name, a.kind) for a in meta.author]


def _article(**fields: Any) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "The central bank raises its key rate",
        "datePublished": "2024-10-15T10:40:00Z",
        **fields,
    }


# --- JSON-LD ---------------------------------------------------------------------------------------------


def test_jsonld_person_author() -> None:
    ld = _article(author={"@type": "Person", "name": "Jane Reporter"})
    assert _authors(_page(ld=ld)) == [("Jane Reporter", "person")]


def test_jsonld_organization_author_is_a_wire() -> None:
    ld = _article(author={"@type": "Organization", "name": "Reuters"})
    assert _authors(_page(ld=ld)) == [("Reuters", "organization")]


def test_jsonld_news_media_organization_is_an_organization() -> None:
    ld = _article(author={"@type": "NewsMediaOrganization", "name": "ТАСС"})
    assert _authors(_page(ld=ld)) == [("ТАСС", "organization")]


def test_jsonld_author_whose_type_is_a_list_is_read() -> None:
    # JSON-LD allows "@type" as an array; such an author was lost (with the metas' one) before the fix
    ld = _article(
        author=[
            {"@type": ["Person"], "name": "Jane Reporter"},
            {"@type": ["NewsMediaOrganization"], "name": "ТАСС"},
        ]
    )
    assert _authors(_page(ld=ld)) == [("Jane Reporter", "person"), ("ТАСС", "organization")]


def test_jsonld_author_whose_type_is_an_object_keeps_the_name() -> None:
    ld = _article(author={"@type": {"@id": "Person"}, "name": "Jane Reporter"})
    assert [name for name, _ in _authors(_page(ld=ld))] == ["Jane Reporter"]


def test_jsonld_list_of_authors_in_order() -> None:
    ld = _article(
        author=[
            {"@type": "Person", "name": "Jane Reporter"},
            {"@type": "Person", "name": "John Writer"},
            {"@type": "Organization", "name": "Reuters"},
        ]
    )
    assert _authors(_page(ld=ld)) == [
        ("Jane Reporter", "person"),
        ("John Writer", "person"),
        ("Reuters", "organization"),
    ]


def test_jsonld_author_by_id_into_graph() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "https://news.example.com/#website", "name": "Example News"},
            {
                "@type": "NewsArticle",
                "@id": URL + "#article",
                "headline": "The central bank raises its key rate",
                "datePublished": "2024-10-15T10:40:00Z",
                "author": {"@id": "https://news.example.com/#/schema/person/42"},
            },
            {
                "@type": "Person",
                "@id": "https://news.example.com/#/schema/person/42",
                "name": "Jane Reporter",
            },
        ],
    }
    assert _authors(_page(ld=ld)) == [("Jane Reporter", "person")]


def test_jsonld_author_as_plain_string() -> None:
    ld = _article(author="Иван Петров")
    assert _authors(_page(ld=ld)) == [("Иван Петров", None)]


def test_jsonld_author_list_of_strings_and_nodes() -> None:
    ld = _article(author=["Jane Reporter", {"@type": "Organization", "name": "AP"}])
    assert _authors(_page(ld=ld)) == [("Jane Reporter", None), ("AP", "organization")]


def test_jsonld_author_without_a_name_is_skipped() -> None:
    ld = _article(author={"@type": "Person", "url": "https://news.example.com/authors/jane"})
    assert _authors(_page(ld=ld)) == []


def test_jsonld_same_author_twice_is_one() -> None:
    ld = _article(
        author=[{"@type": "Person", "name": "Jane Reporter"}, {"@type": "Person", "name": "Jane Reporter"}]
    )
    assert _authors(_page(ld=ld)) == [("Jane Reporter", "person")]


def test_jsonld_author_comes_before_the_meta() -> None:
    ld = _article(author={"@type": "Organization", "name": "Reuters"})
    html = _page('<meta name="author" content="Web Desk">', ld=ld)
    assert _authors(html) == [("Reuters", "organization")]


# --- metas -----------------------------------------------------------------------------------------------


def test_meta_author_name() -> None:
    assert _authors(_page('<meta name="author" content="Jane Reporter">')) == [("Jane Reporter", None)]


def test_meta_author_in_russian() -> None:
    assert _authors(_page('<meta name="author" content="ТАСС">')) == [("ТАСС", None)]


def test_article_author_meta_as_a_name() -> None:
    html = _page('<meta property="article:author" content="Jane Reporter">')
    assert _authors(html) == [("Jane Reporter", None)]


def test_article_author_meta_as_a_profile_url_is_no_name() -> None:
    html = _page('<meta property="article:author" content="https://www.facebook.com/jane.reporter">')
    assert _authors(html) == []


def test_article_author_url_then_author_meta_name() -> None:
    html = _page(
        '<meta property="article:author" content="https://www.facebook.com/jane.reporter">'
        '<meta name="author" content="Jane Reporter">'
    )
    assert _authors(html) == [("Jane Reporter", None)]


# --- the byline ------------------------------------------------------------------------------------------


def test_rel_author_byline() -> None:
    body = '<div class="byline"><a rel="author" href="/authors/jane-reporter">Jane Reporter</a></div>'
    assert _authors(_page(body=body)) == [("Jane Reporter", None)]


def test_by_x_and_y_byline() -> None:
    body = '<p class="byline">By Jane Reporter and John Writer</p>'
    assert _authors(_page(body=body)) == [("Jane Reporter", None), ("John Writer", None)]


def test_by_x_with_tags_inside() -> None:
    body = (
        '<div class="meta">By <a href="/people/jane">Jane Reporter</a>, '
        '<a href="/people/john">John Writer</a></div>'
    )
    assert _authors(_page(body=body)) == [("Jane Reporter", None), ("John Writer", None)]


def test_russian_avtor_byline() -> None:
    body = '<div class="article-meta">Автор: Иван Петров</div>'
    html = _page(body=body).replace("<html lang=en>", "<html lang=ru>")
    assert _authors(html) == [("Иван Петров", None)]


def test_wire_credit_dateline_in_parentheses() -> None:
    body = "<p>MOSCOW (Reuters) - Russia's central bank raised its key interest rate to 21% on Friday.</p>"
    assert _authors(_page(body=body)) == [("Reuters", "organization")]


def test_wire_credit_after_dash_in_russian_dateline() -> None:
    body = "<p>МОСКВА, 15 октября — ТАСС. Пресс-секретарь президента назвал сроки подготовки к саммиту.</p>"
    html = _page(body=body).replace("<html lang=en>", "<html lang=ru>")
    assert _authors(html) == [("ТАСС", "organization")]


# --- controls --------------------------------------------------------------------------------------------


def test_author_meta_that_is_the_sites_own_name_is_no_author() -> None:
    html = _page('<meta name="author" content="Example News">')
    assert _authors(html) == []


def test_comment_author_in_jsonld_is_not_the_pages() -> None:
    ld = _article(
        comment=[{"@type": "Comment", "text": "Nonsense.", "author": {"@type": "Person", "name": "Troll"}}]
    )
    assert _authors(_page(ld=ld)) == []


def test_comment_author_in_microdata_is_not_the_pages() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/Comment">'
        '<meta itemprop="author" content="Troll"><p>Nonsense.</p></div>'
    )
    assert _authors(_page(body=body)) == []


def test_website_nodes_author_is_not_the_articles() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebSite",
                "@id": "https://news.example.com/#website",
                "name": "Example News",
                "author": {"@type": "Person", "name": "Site Owner"},
            },
            {
                "@type": "NewsArticle",
                "headline": "The central bank raises its key rate",
                "datePublished": "2024-10-15T10:40:00Z",
            },
        ],
    }
    assert _authors(_page(ld=ld)) == []


def test_by_in_prose_is_no_byline() -> None:
    body = "<p>By the end of the year the rate had risen twice.</p>"
    assert _authors(_page(body=body)) == []


def test_dateline_without_a_credit_is_no_author() -> None:
    body = "<p>WASHINGTON — The Senate voted on Friday to raise the limit.</p>"
    assert _authors(_page(body=body)) == []


def test_page_naming_no_author() -> None:
    assert _authors(_page()) == []


def _undated(html: str) -> str:
    """The page without its head's date: the body is read whole (its metas too)."""
    return html.replace('<meta property="article:published_time" content="2024-10-15T10:40:00Z">', "")


def test_comment_author_in_microdata_of_a_page_read_whole() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/Comment">'
        '<meta itemprop="author" content="Troll"><p>Nonsense.</p></div>'
    )
    html = _undated(_page(body=body))
    assert "article:published_time" not in html
    assert _authors(html) == []


def test_article_microdata_author_of_a_page_read_whole() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        '<meta itemprop="author" content="Jane Reporter"><p>Story.</p></div>'
    )
    assert _authors(_undated(_page(body=body))) == [("Jane Reporter", None)]


def test_byline_of_a_page_read_whole() -> None:
    body = '<p class="byline">By Jane Reporter</p>'
    assert _authors(_undated(_page(body=body))) == [("Jane Reporter", None)]
