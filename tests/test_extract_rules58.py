"""Rules added for the fifty-eighth held-out batch (docs/benchmarks.md, "Fifty-eighth batch": publishing
platforms' own templates), each on small strings, with what each must leave alone: Japanese dates tied to
"に公開" and "に更新" (published on, updated on); Kakao's ``og:regDate``; a hosting platform's "powered by"
credit is not the site's name; a blog's masthead h1 linking to the blog's folder names the site, and
"Blog: Post" in the ``<title>`` loses the blog's name; a masthead's tagline in a ``<strong>`` is not part of
the name; a ``__NEXT_DATA__`` record's ``bodyUpdatedAt``; a lone hAtom ``abbr.updated`` is the posting.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import tables as T
from tests.extract_rules_harness import JAN_9, JAN_10, value
from tests.extract_rules_harness import page as _page

_OCT_15 = dt.date(2023, 10, 15)
_NOV_2 = dt.date(2023, 11, 2)


# --- "に公開" and "に更新" ----------------------------------------------------------------------------------
def test_a_date_tied_to_its_label_by_ni_is_labelled_by_it() -> None:
    assert T.suffix_label(" | に公開 | 2023/11/02 | に更新") is False
    assert T.suffix_label("に更新 | 本文") is True
    assert T.suffix_label("に公開") is False
    # without the particle, a label followed by a number is still the next date's
    assert T.suffix_label(" 更新 2020/01/10 10:00 配信 2020/01/09") is None


def test_published_on_and_updated_on_in_japanese() -> None:
    body = (
        "<h1>記事の題名</h1><div><span>2023/10/15</span>に公開</div><div><span>2023/11/02</span>に更新</div>"
        "<p>本文です。本文です。本文です。</p>"
    )
    meta = _page(body, title="記事の題名", lang="ja")
    assert (value(meta.published), value(meta.modified)) == (_OCT_15, _NOV_2)
    # one date published on: no update
    meta = _page(
        "<h1>記事の題名</h1><div>2023/10/15に公開</div><p>本文です。</p>", title="記事の題名", lang="ja"
    )
    assert (value(meta.published), value(meta.modified)) == (_OCT_15, None)


# --- og:regDate ---------------------------------------------------------------------------------------
def test_kakao_og_regdate_is_the_publication() -> None:
    head = '<meta property="og:regDate" content="20200109143000">'
    meta = _page("<h1>글 제목</h1><p>본문입니다.</p>", head=head, title="글 제목", lang="ko")
    assert value(meta.published) == JAN_9
    assert meta.modified is None


# --- a platform's credit is not the site's name -------------------------------------------------------
def test_a_powered_by_credit_linking_to_the_platform_is_not_the_site_name() -> None:
    body = (
        "<h2>Seed swap</h2><p>Text of the post, long enough to be a post.</p>"
        '<div class="module"><a href="https://www.typepad.com/">Blog powered by Typepad</a></div>'
    )
    meta = _page(body, title="Seed swap", url="https://gardeners.typepad.com/blog/2009/04/seed-swap.html")
    assert meta.site_name is None


# --- a blog's masthead at its folder ------------------------------------------------------------------
_TYPEPAD = "https://gardeners.typepad.com/blog/2009/04/seed-swap.html"


def test_a_masthead_h1_linking_to_the_blogs_folder_names_the_site() -> None:
    body = (
        '<h1 id="banner-header"><a href="https://gardeners.typepad.com/blog/">Linden Gardeners</a></h1>'
        '<h2 class="date-header">Thursday, January 9, 2020</h2>'
        '<h3 class="entry-header">Seed swap draws a crowd</h3>'
        "<p>Over three hundred people came to the seed swap.</p>"
    )
    meta = _page(body, title="Linden Gardeners: Seed swap draws a crowd", url=_TYPEPAD)
    assert (meta.title, meta.site_name) == ("Seed swap draws a crowd", "Linden Gardeners")
    assert value(meta.published) == JAN_9


def test_a_section_h1_or_a_colon_headline_is_left_alone() -> None:
    # an h1 linking to a folder that the <title> does not name the page by: a headline, not a masthead
    body = '<h1><a href="/blog/">Brexit: what next</a></h1><p>Text of the story.</p>'
    meta = _page(body, title="Brexit: what next", url=_TYPEPAD)
    assert meta.title == "Brexit: what next"
    assert meta.site_name != "Brexit: what next"
    # a colon in a title whose first part no masthead names stays
    body = "<h1>Brexit: what next</h1><p>Text of the story.</p>"
    assert _page(body, title="Brexit: what next | Site").title == "Brexit: what next"


# --- a masthead's tagline ------------------------------------------------------------------------------
def test_a_masthead_tagline_in_strong_is_not_part_of_the_name() -> None:
    body = (
        '<header id="banner"><h1><a href="/">Les carnets <strong>Atelier vélo de Vincennes</strong></a></h1>'
        '</header><article><h1 class="entry-title">Régler son dérailleur</h1>'
        "<p>Un dérailleur qui saute se règle en dix minutes.</p></article>"
    )
    meta = _page(body, title="Régler son dérailleur", lang="fr", url="https://carnets.example.fr/regler.html")
    assert meta.site_name == "Les carnets"
    # a name that is all emphasis stays whole
    body = (
        '<header><h1><a href="/"><strong>Les carnets</strong></a></h1></header><article>'
        '<h1 class="entry-title">Régler son dérailleur</h1><p>Un dérailleur qui saute.</p></article>'
    )
    meta = _page(body, title="Régler son dérailleur", lang="fr", url="https://carnets.example.fr/regler.html")
    assert meta.site_name == "Les carnets"


# --- __NEXT_DATA__'s bodyUpdatedAt ---------------------------------------------------------------------
def test_next_data_body_updated_at_is_the_modification() -> None:
    data = (
        '{"props":{"pageProps":{"article":{"title":"Headline","publishedAt":"2020-01-09T18:20:37.120+09:00",'
        '"bodyUpdatedAt":"2020-01-10T21:04:11.532+09:00"}}},"page":"/[user]/articles/[slug]"}'
    )
    body = f'<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{data}</script>'
    meta = _page(body, title="Headline")
    assert (value(meta.published), value(meta.modified)) == (JAN_9, JAN_10)


# --- a lone hAtom abbr.updated -------------------------------------------------------------------------
def test_a_lone_hatom_updated_abbr_is_the_posting() -> None:
    body = (
        '<h1 class="blog-title"><a href="/">Blog</a></h1><article><p class="article-date">'
        '<abbr class="updated" title="2020-01-09T12:41:09+09:00">2020年01月09日</abbr></p>'
        '<h1 class="article-title entry-title">記事</h1><p>本文です。</p></article>'
    )
    meta = _page(body, title="記事 : Blog", lang="ja")
    assert (value(meta.published), value(meta.modified)) == (JAN_9, None)
    # beside an abbr.published, abbr.updated is the update
    body = (
        '<article><h1 class="entry-title">Post</h1><abbr class="published" title="2020-01-09T09:20:00+02:00">'
        'Thu 09 January 2020</abbr> <abbr class="modified updated" title="2020-01-10T18:00:00+01:00">'
        "Fri 10 January 2020</abbr><p>Text of the post.</p></article>"
    )
    meta = _page(body, title="Post")
    assert (value(meta.published), value(meta.modified)) == (JAN_9, JAN_10)
