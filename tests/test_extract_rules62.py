"""Rules added for the sixty-second held-out batch (docs/benchmarks.md, "Sixty-second batch"), each on small
strings, with what each must leave alone: a schema.org RDFa ``<meta property="schema:datePublished">``
in the body dates the page as ``<meta itemprop="datePublished">`` does; a Taiwanese byline's update in
the ROC calendar ("更新日期：110-03-17") is read under a head that dates the publication; an update
written as a slashed month and day after a Japanese, Chinese or Korean label ("最終更新 3/17 09:05") is
read in the publication's year; a Next.js page rendered in the browser, whose ``<title>`` is only the
site's name, is titled and dated by the story record of its ``__NEXT_DATA__``; a Nuxt 2 state's dates
given as the arguments of its serialised function are read.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import page as _page
from tests.extract_rules_harness import story

MAR_16 = dt.date(2021, 3, 16)
MAR_17 = dt.date(2021, 3, 17)
_STORY = "<p>The story's first paragraph, long enough to be read as the page's text by any reader.</p>"
_LATEST = (
    "<aside><ul><li><a href='/x'>Another story of today</a> <span>30 November 2024</span></li></ul></aside>"
)


# --- RDFa: <meta property="schema:datePublished"> in the body --------------------------------------------
def _rdfa(metas: str, prefix: str = "schema") -> tuple[object, object]:
    return _dates(
        _page(
            f'<article prefix="{prefix}: https://schema.org/" typeof="{prefix}:NewsArticle">{metas}'
            f'<h1 property="{prefix}:headline">A court frees the opposition leader on bail</h1>'
            f"{_STORY}</article>"
            f"{_LATEST}",
            title="A court frees the opposition leader on bail",
        )
    )


def test_an_rdfa_schema_date_meta_in_the_body_dates_the_page() -> None:
    metas = (
        '<meta property="schema:datePublished" content="2021-03-16T14:35:00+04:00">'
        '<meta property="schema:dateModified" content="2021-03-17T10:05:00+04:00">'
    )
    assert _rdfa(metas) == (MAR_16, MAR_17)


def test_an_rdfa_schema_date_created_is_the_publication() -> None:
    assert _rdfa('<meta property="schema:dateCreated" content="2021-03-16">')[0] == MAR_16


def test_another_prefix_is_not_schema_org() -> None:
    # 'ex:datePublished' under another vocabulary's prefix names no schema.org date: the page's only visible
    # date (the list's, of today) is what is left, not 16 March.
    assert _rdfa('<meta property="ex:datePublished" content="2021-03-16">', prefix="ex")[0] != MAR_16


# --- an update in the ROC calendar under a head that dates the publication -------------------------------
def _roc(line: str, *, lang: str = "zh-Hant-TW", url: str = "https://www.example.gov.tw/News/8b2e") -> object:
    return _dates(
        _page(
            "<main><h1>院會通過離岸風電產業發展條例草案，函請立法院審議</h1>"
            f"<ul><li>發布日期：110-03-16</li><li>{line}</li></ul>"
            "<p>行政院會今日通過經濟部擬具之條例草案，將函請立法院審議，草案共計二十條。</p></main>",
            head='<meta name="DC.date.issued" content="2021-03-16">',
            lang=lang,
            url=url,
            title="院會通過離岸風電產業發展條例草案，函請立法院審議",
        )
    )[1]


@pytest.mark.parametrize("line", ["更新日期：110-03-17", "更新日期：110/03/17", "更新時間：110.03.17 09:05"])
def test_a_taiwanese_bylines_roc_update_is_the_modification(line: str) -> None:
    assert _roc(line) == MAR_17


def test_a_roc_update_on_a_tw_host_in_unmarked_chinese() -> None:
    assert _roc("更新日期：110-03-17", lang="zh", url="https://www.example.gov.tw/News/8b2e") == MAR_17


def test_a_three_digit_year_off_a_taiwanese_page_is_no_date() -> None:
    assert _roc("更新日期：110-03-17", lang="zh-CN", url="https://news.example.cn/a/8b2e") is None


# --- a slashed month and day after an East Asian update label --------------------------------------------
def _mainichi(line: str, *, lang: str = "ja") -> tuple[object, object]:
    return _dates(
        _page(
            f"<article><h1>桜の開花、福岡で全国最早　平年より十二日早く</h1><p class='date'>{line}</p>"
            "<p>福岡管区気象台は十六日、福岡市で桜が開花したと発表した。平年より十二日早い開花となった。</p></article>"
            "<aside><ol><li><a href='/a'>衆院予算委、来月二日に審議入り</a>"
            " <span>11/30 10:12</span></li></ol></aside>",
            lang=lang,
            title="桜の開花、福岡で全国最早　平年より十二日早く | 毎日新聞",
        )
    )


@pytest.mark.parametrize(
    "line",
    [
        "2021/3/16 14:35（最終更新 3/17 09:05）",
        "2021年3月16日 14時35分（最終更新 3/17 09:05）",
        "2021/3/16 14:35 更新 3/17",
    ],
)
def test_a_japanese_update_without_its_year(line: str) -> None:
    assert _mainichi(line) == (MAR_16, MAR_17)


def test_a_korean_update_without_its_year() -> None:
    assert _mainichi("입력 2021.03.16 14:35 | 수정 3/17 09:05", lang="ko") == (MAR_16, MAR_17)


def test_a_slashed_day_after_another_languages_label_is_not_read_month_first() -> None:
    # "Updated 3/4" is day first in most languages: not read by this rule (4 March is before the
    # publication, 3 April not stated as month first).
    assert _mainichi("16/03/2021 14:35 (Updated 3/4 09:05)", lang="en-GB")[1] is None


def test_a_slashed_month_day_inside_a_full_date_is_not_the_update() -> None:
    assert _mainichi("2021/3/16 14:35（最終更新 2021/3/16 14:35）")[1] in (None, MAR_16)


# --- a Next.js page rendered in the browser: its story in __NEXT_DATA__ ---------------------------------
def _next_page(page_props: dict[str, object], *, site: str = "Stuff") -> tuple[object, object, object]:
    state = json.dumps({"props": {"pageProps": page_props}, "page": "/[...slug]", "buildId": "b1"})
    found = _page(
        "<div id='__next'><header><a href='/'>Home</a></header>"
        "<main><div class='skeleton'></div></main></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{state}</script>',
        head=f'<meta property="og:site_name" content="{site}">',
        title=site,
    )
    return found.title, *_dates(found)


_ARTICLE = {
    "headline": "Wellington water meters to be trialled in three suburbs",
    "publishedDate": "2021-03-16T14:35:00+13:00",
    "updatedDate": "2021-03-17T09:10:00+13:00",
}
_RELATED = [
    {
        "headline": "Record crowds expected at the Christmas parade",
        "publishedDate": "2024-11-30T08:05:00+13:00",
    },
    {
        "headline": "Ferry sailings cancelled as a southerly hits",
        "publishedDate": "2024-11-29T06:40:00+13:00",
    },
]


def test_the_story_record_titles_and_dates_a_skeleton_page() -> None:
    assert _next_page({"article": _ARTICLE, "related": _RELATED}) == (_ARTICLE["headline"], MAR_16, MAR_17)


def test_the_page_record_before_a_list_it_holds_whatever_the_keys_order() -> None:
    assert _next_page({"related": _RELATED, "article": _ARTICLE}) == (_ARTICLE["headline"], MAR_16, MAR_17)


def test_a_title_key_and_publish_date_key() -> None:
    story = {"title": "Council votes to keep the library open", "publishDate": "2021-03-16"}
    assert _next_page({"data": {"story": story}}) == (story["title"], MAR_16, None)


def test_a_state_whose_records_have_no_publication_leaves_the_site_name() -> None:
    assert _next_page({"menu": [{"title": "National"}, {"title": "World"}]})[0] == "Stuff"


# --- a Nuxt 2 state: dates as arguments of its serialised function ----------------------------------------
def _nuxt(body: str, args: str) -> tuple[object, object]:
    return _dates(
        _page(
            "<div id='__nuxt'><article><h1>Kererū numbers up a third in the Great Kererū Count</h1>"
            f"<div class='byline'>By Laura Tupou <span class='date'></span></div>{_STORY}</article></div>"
            f"<script>window.__NUXT__=(function(a,b,c,d,e){{return {body}}}({args}));</script>",
            head='<meta property="og:title" content="Kererū numbers up a third in the Great Kererū Count">',
            title="Kererū numbers up a third in the Great Kererū Count | 1News",
            url="https://www.example.co.nz/nz/kereru-numbers",
        )
    )


_NUXT_BODY = (
    '{layout:"default",data:[{story:{headline:"Kererū numbers up a third in the Great Kererū Count",'
    'publishedAt:c,updatedAt:d,latest:[{headline:"Another story",publishedAt:e}]}}],serverRendered:b,error:a}'
)


def test_nuxt2_dates_given_as_the_functions_arguments() -> None:
    args = 'null,true,"2021-03-16T01:35:00.000Z","2021-03-17T03:20:00.000Z","2024-11-29T22:15:00.000Z"'
    assert _nuxt(_NUXT_BODY, args) == (MAR_16, MAR_17)


def test_nuxt2_a_date_written_in_the_state_itself() -> None:
    body = _NUXT_BODY.replace("publishedAt:c", 'publishedAt:"2021-03-16T01:35:00.000Z"')
    args = 'null,true,"unused","2021-03-17T03:20:00.000Z","2024-11-29T22:15:00.000Z"'
    assert _nuxt(body, args) == (MAR_16, MAR_17)


def test_nuxt2_arguments_that_are_not_json_are_left() -> None:
    args = 'null,true,new Date(1615858500000),"2021-03-17T03:20:00.000Z",void 0'
    assert _nuxt(_NUXT_BODY, args) == (None, None)


# --- authors: a schema.org author item, an author page's link, a bracketed Japanese credit ---------------
def _author(byline: str, *, lang: str = "en") -> list[tuple[str, object]]:
    found = story("Parliament restores the asset declarations of officials", byline, _STORY, lang=lang)
    return [(a.name, a.kind) for a in found.author]


def test_a_microdata_person_author_in_the_byline() -> None:
    byline = (
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Марія Кравченко</span></div>'
    )
    assert _author(byline, lang="uk") == [("Марія Кравченко", "person")]


def test_an_rdfa_person_author_in_the_byline() -> None:
    byline = (
        '<div property="schema:author" typeof="schema:Person"><span property="schema:name">'
        "Mariam Nikuradze</span></div>"
    )
    assert _author(byline) == [("Mariam Nikuradze", "person")]


def test_a_microdata_author_whose_text_is_its_name() -> None:
    assert _author('<span itemprop="author">Jane Doe</span>') == [("Jane Doe", None)]


def test_a_microdata_author_item_that_holds_no_name_names_no_one() -> None:
    assert _author('<div itemprop="author" itemscope><span itemprop="name">staff 24/7</span></div>') == []


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ('<div class="byline"><a href="/author/wynn-chau">Wynn Chau</a></div>', "Wynn Chau"),
        (
            '<span><a href="/news/canada/manitoba/author/ian-froese-1.4226110">Ian Froese</a>'
            " · CBC News</span>",
            "Ian Froese",
        ),
        (
            '<span class="e_terms_author"><a href="/autor/monika-todova/">Monika Tódová</a></span>',
            "Monika Tódová",
        ),
    ],
)
def test_a_link_to_the_authors_page_whose_slug_is_the_name(byline: str, name: str) -> None:
    assert _author(byline) == [(name, None)]


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="byline"><a href="/authors/">All authors</a></div>',
        '<div class="byline"><a href="/author/jane-doe">Photo: Getty Images</a></div>',
        '<div class="byline"><a href="/author/desk-7">Newsroom</a></div>',
    ],
)
def test_an_author_page_link_whose_text_is_not_its_slug_names_no_one(byline: str) -> None:
    assert _author(byline) == []


def test_a_bracketed_credit_closing_the_lead() -> None:
    byline = "<p>福岡管区気象台は16日、福岡市で桜が開花したと発表した。【佐藤悠希】</p>"
    assert _author(byline, lang="ja") == [("佐藤悠希", "person")]


def test_a_bracketed_credit_after_the_place() -> None:
    assert _author("<p>米政府は16日、新たな制裁を発表した。【ワシントン＝山田太郎】</p>", lang="ja") == [
        ("山田太郎", "person")
    ]


def test_a_bracketed_kicker_opening_a_paragraph_names_no_one() -> None:
    assert _author("<p>【速報】福岡市で桜が開花したと気象台が発表した。</p>", lang="ja") == []


def test_a_front_pages_list_of_stories_does_not_title_it() -> None:
    # A front page titled by the site's name: its stories are in lists, none of them the page's own record.
    assert _next_page({"sections": [{"stories": _RELATED}], "top": _RELATED}) == ("Stuff", None, None)
