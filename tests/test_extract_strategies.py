"""One test per strategy of the extraction cascade, on small HTML strings written for the purpose."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import (
    date_from_url,
    decode_html,
    extract_metadata,
    find_text_dates,
    parse_date_string,
    strip_affixes,
)
from linkcheck.models import Metadata

TODAY = dt.date(2024, 11, 30)
URL = "https://news.example.com/world/story"


def meta(html: str, url: str = URL, **kwargs: object) -> object:
    return extract_metadata(html, url, today=TODAY, **kwargs)  # type: ignore[arg-type]


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )


# --- dates: the cascade ------------------------------------------------------------------------------------
def test_jsonld_beats_opengraph() -> None:
    html = page(
        '<meta property="article:published_time" content="2020-01-10T10:00:00Z">'
        '<script type="application/ld+json">'
        '{"@type":"NewsArticle","datePublished":"2020-01-09T10:00:00Z"}</script>'
    )
    m = extract_metadata(html, URL, today=TODAY)
    assert m.published is not None
    assert (m.published.value, m.published.source) == (dt.date(2020, 1, 9), "json-ld")


def test_jsonld_graph_prefers_article_over_webpage_and_ignores_people() -> None:
    html = page(
        '<script type="application/ld+json">{"@graph":['
        '{"@type":"Person","birthDate":"1970-01-01","datePublished":"2001-01-01"},'
        '{"@type":"WebPage","datePublished":"2020-02-02"},'
        '{"@type":["NewsArticle"],"datePublished":"2020-01-09","dateModified":"2020-01-11"}]}</script>'
    )
    m = extract_metadata(html, URL, today=TODAY)
    assert m.published is not None
    assert m.modified is not None
    assert m.published.value == dt.date(2020, 1, 9)
    assert m.modified.value == dt.date(2020, 1, 11)


def test_jsonld_node_matching_the_url_wins() -> None:
    html = page(
        '<script type="application/ld+json">[{"@type":"NewsArticle","url":"https://other.example/x",'
        '"datePublished":"2019-05-05"},{"@type":"NewsArticle","url":"'
        + URL
        + '","datePublished":"2020-01-09"}]'
        "</script>"
    )
    m = extract_metadata(html, URL, today=TODAY)
    assert m.published is not None
    assert m.published.value == dt.date(2020, 1, 9)


@pytest.mark.parametrize(
    "script",
    [
        '{"@type":"Article","datePublished":"2020-01-09",}',  # trailing comma
        '<!-- {"@type":"Article","datePublished":"2020-01-09"} -->',  # HTML comment wrapper
        '{"@type":"Article","description":"line\nbreak","datePublished":"2020-01-09"}',  # raw newline
        '{"@type":"Article","datePublished":"2020-01-09" "headline": "missing comma"}',  # regex fallback
        '{"@type":"Article","datePublished":"2020-01-09"}{"@type":"Organization"}',  # two objects
    ],
)
def test_malformed_jsonld_is_tolerated(script: str) -> None:
    m = extract_metadata(page(f'<script type="application/ld+json">{script}</script>'), URL, today=TODAY)
    assert m.published is not None
    assert m.published.value == dt.date(2020, 1, 9)


def test_opengraph_with_name_attribute() -> None:
    m = extract_metadata(page('<meta name="article:published_time" content="2020-01-09">'), URL, today=TODAY)
    assert m.published is not None
    assert m.published.source == "opengraph"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("DC.date.issued", "2020-01-09"),
        ("citation_publication_date", "2020/01/09"),
        ("parsely-pub-date", "2020-01-09T10:00:00Z"),
        ("sailthru.date", "2020-01-09 10:00:00"),
        ("pubdate", "20200109"),
        ("date", "Jan 09, 2020"),
    ],
)
def test_newsroom_meta_names(name: str, content: str) -> None:
    m = extract_metadata(page(f'<meta name="{name}" content="{content}">'), URL, today=TODAY)
    assert m.published is not None
    assert (m.published.value, m.published.source) == (dt.date(2020, 1, 9), "meta")


def test_updated_time_is_modified_not_published() -> None:
    m = extract_metadata(page('<meta property="og:updated_time" content="2021-03-03">'), URL, today=TODAY)
    assert m.published is None
    assert m.modified is not None
    assert m.modified.value == dt.date(2021, 3, 3)


def test_earliest_meta_date_is_the_original() -> None:
    html = page('<meta name="dc.date" content="2021-05-01"><meta name="citation_date" content="2020-01-09">')
    m = extract_metadata(html, URL, today=TODAY)
    assert m.published is not None
    assert m.published.value == dt.date(2020, 1, 9)


def test_body_microdata() -> None:
    body = (
        '<h1>Headline here</h1><span itemprop="datePublished" content="2020-01-09T10:00:00+03:00">'
        "today</span>"
    )
    m = extract_metadata(page(body=body), URL, today=TODAY)
    assert m.published is not None
    assert m.published.source == "microdata"


def test_time_element_with_class_hints() -> None:
    body = (
        "<article><h1>Headline here</h1>"
        '<time class="updated" datetime="2021-03-03">March 3, 2021</time>'
        '<time class="entry-date published" datetime="2020-01-09">January 9, 2020</time></article>'
    )
    m = extract_metadata(page(body=body), URL, today=TODAY)
    assert m.published is not None
    assert m.modified is not None
    assert (m.published.value, m.published.source) == (dt.date(2020, 1, 9), "time")
    assert m.modified.value == dt.date(2021, 3, 3)


def test_time_in_related_list_or_comments_is_ignored() -> None:
    body = (
        '<article><h1>Headline here</h1><p>Text.</p></article><div class="related-stories">'
        '<time datetime="2024-11-28">Nov 28</time></div><ol class="comment-list"><li>'
        '<time datetime="2024-11-27">x</time></li></ol>'
    )
    m = extract_metadata(page(body=body), URL, today=TODAY)
    assert m.published is None


def test_url_date_comes_before_text() -> None:
    body = "<h1>Headline here</h1><p>Posted on January 11, 2020</p>"
    m = extract_metadata(page(body=body), "https://blog.example/2020/01/09/post/", today=TODAY)
    assert m.published is not None
    assert (m.published.value, m.published.source) == (dt.date(2020, 1, 9), "url")
    assert m.url_date == dt.date(2020, 1, 9)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Posted on January 9, 2020"),
        ("fr", "Publié le 9 janvier 2020 à 15h12"),
        ("de", "Veröffentlicht am 9. Januar 2020, 14:03 Uhr"),
        ("es", "Publicado el 9 de enero de 2020"),
        ("it", "Pubblicato il 9 gennaio 2020"),
        ("pt", "Publicado em 9 de janeiro de 2020"),
        ("nl", "Gepubliceerd op 9 januari 2020"),
        ("pl", "Opublikowano 9 stycznia 2020"),
        ("ru", "Опубликовано: 9 января 2020 г."),
        ("ru", "09.01.2020 15:12"),
        ("bg", "Публикувано: 9 януари 2020, 14:32"),
        ("mk", "9 јануари 2020 година"),
        ("sr", "9. јануар 2020. у 14:32"),
        ("hu", "2020. január 9. 14:32"),
        ("hu", "2020. jan. 9., csütörtök"),
        ("hu", "2020. 01. 09. 14:32"),
        ("ko", "2020. 1. 9. 오후 2:32"),
    ],
)
def test_visible_text_dates_in_many_languages(lang: str, text: str) -> None:
    m = extract_metadata(
        page(body=f"<h1>Headline here</h1><p>{text}</p><p>Body.</p>", lang=lang), URL, today=TODAY
    )
    assert m.published is not None
    assert (m.published.value, m.published.source) == (dt.date(2020, 1, 9), "text")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh-CN", "发布时间：2020年01月09日 14:32"),
        ("ja", "2020年1月9日 14時32分"),
        ("ko", "기사입력 2020년 1월 9일 14:32"),
    ],
)
def test_cjk_year_month_day_dates(lang: str, text: str) -> None:
    m = extract_metadata(page(body=f"<h1>見出し</h1><p>{text}</p>", lang=lang), URL, today=TODAY)
    assert m.published is not None
    assert (m.published.value, m.published.source) == (dt.date(2020, 1, 9), "text")


@pytest.mark.parametrize(
    ("lang", "url"),
    [
        ("zh-Hant-TW", URL),
        ("zh-TW", URL),
        ("zh-Hant", URL),
        ("", "https://www.example.gov.tw/News_Content.aspx?n=1&s=2"),
    ],
)
def test_roc_calendar_dates_on_taiwanese_pages(lang: str, url: str) -> None:
    """Taiwan dates by the ROC calendar (year 109 = 2020): '發布日期：109-01-09', '更新日期：109-01-10'."""
    body = "<h2>新聞稿</h2><h1>院會通過草案</h1><ul><li>發布日期：109-01-09</li></ul><p>內文。</p>"
    body += "<div>更新日期：109-01-10</div>"
    html = page(body=body, lang=lang) if lang else page(body=body).replace(' lang="en"', "")
    m = extract_metadata(html, url, today=TODAY)
    assert m.published is not None
    assert m.modified is not None
    assert (m.published.value, m.modified.value) == (dt.date(2020, 1, 9), dt.date(2020, 1, 10))
    assert [d for d, _, _ in find_text_dates("民國109年1月9日", roc=True)] == [dt.date(2020, 1, 9)]


def test_roc_calendar_is_read_only_on_taiwanese_pages() -> None:
    body = "<h1>Headline here</h1><p>Ref. 109-01-09, item 98/1/9</p>"
    for lang in ("en", "zh-CN", "ja"):
        assert extract_metadata(page(body=body, lang=lang), URL, today=TODAY).published is None
    # Numbers glued to other numbers are not ROC dates even there ("02-2311-1234", "3.109-01-09").
    assert list(find_text_dates("電話 02-2311-1234 3.109-01-09 10:109-01-09", roc=True)) == []


def test_year_first_dates_need_the_dot_after_the_day() -> None:
    """``2020. január 9.`` is a date; a sentence ending in a year before one that starts with a month and a
    number is not."""
    assert [d for d, _, _ in find_text_dates("2020. január 9. 14:32")] == [dt.date(2020, 1, 9)]
    assert list(find_text_dates("The plant closed in 2019. March 12 was its last day.")) == []
    assert list(find_text_dates("Budget 2019. 3. 12b")) == []


def test_update_label_in_text_marks_modified() -> None:
    body = "<h1>Headline here</h1><p>Updated: March 3, 2021 | Published: January 9, 2020</p>"
    m = extract_metadata(page(body=body), URL, today=TODAY)
    assert m.published is not None
    assert m.modified is not None
    assert (m.published.value, m.modified.value) == (dt.date(2020, 1, 9), dt.date(2021, 3, 3))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "수정 2020.01.10 09:15 | 입력 2020.01.09 14:32"),
        ("zh-Hant", "更新日期：2020/01/10 發布日期：2020/01/09"),
        ("ja", "更新 2020/01/10 10:00 配信 2020/01/09 14:32"),
        ("hu", "Frissítve: 2020. január 10. 08:15 Közzétéve: 2020. január 9. 14:32"),
        ("ru", "Дата изменения: 10.01.2020 10:05 Дата публикации: 09.01.2020 14:32"),
        ("ru", "Последнее обновление: 10.01.2020 | 09.01.2020"),
        ("bg", "Обновено: 10 януари 2020 Публикувано: 9 януари 2020"),
        ("tr", "Güncelleme Tarihi: 10.01.2020 16:05 Oluşturulma Tarihi: 09.01.2020 14:32"),
    ],
)
def test_update_and_publication_labels_in_more_languages(lang: str, text: str) -> None:
    """The update comes first on the line: only its label keeps it from being taken for publication."""
    m = extract_metadata(page(body=f"<h1>Headline here</h1><p>{text}</p>", lang=lang), URL, today=TODAY)
    assert m.published is not None
    assert m.modified is not None
    assert (m.published.value, m.modified.value) == (dt.date(2020, 1, 9), dt.date(2020, 1, 10))


def test_future_dates_are_rejected() -> None:
    m = extract_metadata(
        page('<meta property="article:published_time" content="2031-05-21">'), URL, today=TODAY
    )
    assert m.published is None


def test_old_dates_need_two_statements() -> None:
    once = page('<meta property="article:published_time" content="1969-07-21">', "<h1>Moon</h1>")
    assert extract_metadata(once, URL, today=TODAY).published is None
    twice = page(
        '<meta property="article:published_time" content="1969-07-21">', "<h1>Moon</h1><p>July 21, 1969</p>"
    )
    m = extract_metadata(twice, URL, today=TODAY)
    assert m.published is not None
    assert m.published.value == dt.date(1969, 7, 21)


def test_copyright_year_is_not_a_date() -> None:
    m = extract_metadata(
        page(body="<h1>Product</h1><footer>© 2024 Company</footer><p>© 2023</p>"), URL, today=TODAY
    )
    assert m.published is None


def test_error_page_gets_no_weak_date() -> None:
    body = "<h1>Page not found</h1><ul><li><time datetime='2024-11-28'>Nov 28</time></li></ul>"
    m = extract_metadata(
        page("<title>Page not found</title>", body), "https://x.example/2019/06/12/a/", today=TODAY
    )
    assert m.published is None
    assert m.url_date == dt.date(2019, 6, 12)


def test_error_headline_gets_no_weak_date_when_the_title_tag_is_not_one() -> None:
    """The <title> ('页面不存在_新浪网') does not name the site in a way the page confirms, but the headline
    is an error message: no date from the URL or the hot list."""
    body = (
        "<h1>抱歉，您访问的页面不存在或已被删除！</h1><ul><li>今日要闻 <span>2024年11月30日</span></li></ul>"
    )
    m = extract_metadata(
        page("<title>页面不存在_新浪网</title>", body, lang="zh-CN"),
        "https://news.sina.com.cn/c/2020-01-09/doc-iihnzhha1234567.shtml",
        today=TODAY,
    )
    assert m.title == "抱歉，您访问的页面不存在或已被删除！"
    assert m.published is None
    assert m.url_date == dt.date(2020, 1, 9)


def test_front_page_gets_no_weak_date() -> None:
    body = "<h2>Top story</h2><time datetime='2024-11-28'>Nov 28</time>"
    m = extract_metadata(
        page('<link rel="canonical" href="/">', body), "https://x.example/news/old-story", today=TODAY
    )
    assert m.published is None


def test_timestamp_keeps_offset_and_date_is_local() -> None:
    m = extract_metadata(
        page('<meta property="article:published_time" content="2020-01-09T23:30:00-05:00">'), URL, today=TODAY
    )
    assert m.published is not None
    assert m.published.timestamp is not None
    assert m.published.value == dt.date(2020, 1, 9)
    assert m.published.timestamp.utcoffset() == dt.timedelta(hours=-5)


def test_utc_time_is_read_in_the_offset_the_page_states_for_the_same_instant() -> None:
    """JSON-LD in UTC (the 9th) and Open Graph with the page's own offset (the 10th, 00:45): the 10th."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Port strike",'
        ' "datePublished": "2020-01-09T22:45:00Z", "dateModified": "2020-01-10T07:10:00Z"}</script>'
        '<meta property="article:published_time" content="2020-01-10T00:45:00+0200">'
    )
    m = extract_metadata(page(head, "<h1>Port strike</h1>", lang="he"), URL, today=TODAY)
    assert m.published is not None
    assert m.published.value == dt.date(2020, 1, 10)
    assert m.modified is not None
    assert m.modified.value == dt.date(2020, 1, 10)
    # Another instant in another offset is another statement: the UTC date stands.
    other = head.replace("00:45:00+0200", "09:00:00+0200")
    m = extract_metadata(page(other, "<h1>Port strike</h1>", lang="he"), URL, today=TODAY)
    assert m.published is not None
    assert m.published.value == dt.date(2020, 1, 9)


def test_date_only_has_no_timestamp() -> None:
    m = extract_metadata(
        page('<meta property="article:published_time" content="2020-01-09">'), URL, today=TODAY
    )
    assert m.published is not None
    assert m.published.timestamp is None


# --- date strings and URLs ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-01-09T15:12:00+03:00", dt.date(2020, 1, 9)),
        ("2020-01-08T22:00:00.000Z", dt.date(2020, 1, 8)),
        ("20200109T1512", dt.date(2020, 1, 9)),
        ("20200109174119", dt.date(2020, 1, 9)),
        ("1578571920", dt.date(2020, 1, 9)),
        ("1578571920000", dt.date(2020, 1, 9)),
        ("Thu, 09 Jan 2020 19:20:55 GMT", dt.date(2020, 1, 9)),
        ("2020/01/09", dt.date(2020, 1, 9)),
        ("Jan. 9, 2020", dt.date(2020, 1, 9)),
        ("9.jan.2020 às 15h12", dt.date(2020, 1, 9)),
        ("not a date", None),
        ("2020-13-45", None),
        ("", None),
    ],
)
def test_parse_date_string(text: str, expected: dt.date | None) -> None:
    parsed = parse_date_string(text)
    assert (parsed.value if parsed else None) == expected


def test_numeric_order_follows_language() -> None:
    assert next(find_text_dates("01/09/2020", day_first=False))[0] == dt.date(2020, 1, 9)
    assert next(find_text_dates("09/01/2020", day_first=True))[0] == dt.date(2020, 1, 9)
    assert next(find_text_dates("09.01.2020", day_first=False))[0] == dt.date(2020, 1, 9)  # dots: day first
    assert next(find_text_dates("13/01/2020", day_first=False))[0] == dt.date(2020, 1, 13)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ria.ru/20200109/1563219328.html", dt.date(2020, 1, 9)),
        ("https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce", dt.date(2024, 5, 2)),
        ("https://vz.ru/news/2020/1/9/1017291.html", dt.date(2020, 1, 9)),
        ("https://x.example/2020-01-09-slug", dt.date(2020, 1, 9)),
        ("https://x.example/blog/2020/01/09", dt.date(2020, 1, 9)),
        ("https://x.example/item/12345678/", None),
        ("https://x.example/2020/01/slug", None),
        ("https://x.example/1985/01/09/old", None),
        ("https://x.example/2099/01/09/future", None),
        ("https://20200109.example/page", None),
        ("not a url", None),
    ],
)
def test_date_from_url(url: str, expected: dt.date | None) -> None:
    assert date_from_url(url, today=TODAY) == expected


# --- titles ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "sites", "url", "expected"),
    [
        ("Headline - The Moscow Times", [], "https://www.themoscowtimes.com/x", "Headline"),
        ("Ирак возобновил - РИА Новости, 09.01.2020", [], "https://ria.ru/x", "Ирак возобновил"),
        ("Жириновский посоветовал - ТАСС", [], "https://tass.ru/x", "Жириновский посоветовал"),
        ("Site Name | Headline text", ["Site Name"], "", "Headline text"),
        ("Headline text « Site Name", ["Site Name"], "", "Headline text"),
        ("Headline - Washington Post", ["The Washington Post"], "", "Headline"),
        ("BBC presenter quits - BBC News", [], "https://www.bbc.com/x", "BBC presenter quits"),
        ("Iran - US tensions rise", [], "https://example.org/x", "Iran - US tensions rise"),
        ("Site Name", ["Site Name"], "", "Site Name"),
    ],
)
def test_strip_affixes(title: str, sites: list[str], url: str, expected: str) -> None:
    assert strip_affixes(title, sites, url)[0] == expected


def test_strip_affixes_by_repetition() -> None:
    assert (
        strip_affixes("Взгляд / Headline here :: Политика", [], "", ["Headline here"])[0] == "Headline here"
    )
    assert strip_affixes("Blog Name: Post title here", [], "", ["Post title here"])[0] == "Post title here"


def test_title_vote_prefers_page_headline_over_social_title() -> None:
    html = page(
        '<title>Real headline of the story - Ledger</title><meta property="og:title" content="Clickbait!">'
        '<meta property="og:site_name" content="Ledger">',
        "<h1>Real headline of the story</h1>",
    )
    m = extract_metadata(html, URL, today=TODAY)
    assert m.title == "Real headline of the story"
    assert {c.source for c in m.title_candidates} == {"opengraph", "h1", "title-tag"}
    tag = next(c for c in m.title_candidates if c.source == "title-tag")
    assert tag.raw == "Real headline of the story - Ledger"


def test_logo_h1_is_not_the_title() -> None:
    html = page(
        "<title>Story headline | Estuary Watch</title>", '<h1><a href="/">Estuary Watch</a></h1><h2>x</h2>'
    )
    m = extract_metadata(html, "https://estuarywatch.org/a", today=TODAY)
    assert (m.title, m.site_name) == ("Story headline", "Estuary Watch")


# --- other fields ------------------------------------------------------------------------------------------
def test_canonical_is_absolute_and_language_read() -> None:
    html = page('<link rel="canonical" href="/a/b">', lang="ru_RU")
    m = extract_metadata(html, "https://example.org/x?y=1", today=TODAY)
    assert m.canonical_url == "https://example.org/a/b"
    assert m.language == "ru-RU"


def test_publisher_from_jsonld_reference() -> None:
    html = page(
        '<script type="application/ld+json">{"@graph":[{"@type":"Article","publisher":{"@id":"#org"}},'
        '{"@type":"Organization","@id":"#org","name":"Daily Example"}]}</script>'
    )
    assert extract_metadata(html, URL, today=TODAY).publisher == "Daily Example"


# --- decoding ----------------------------------------------------------------------------------------------
RUSSIAN = (
    "<html><head><title>Страница</title></head><body><p>Текст на русском языке о новостях дня.</p>"
    "</body></html>"
)


def test_decode_header_charset_wins_over_meta() -> None:
    body = ('<meta charset="windows-1252">' + "Grüße").encode("utf-8")
    assert decode_html(body, {"content-type": "text/html; charset=utf-8"}).endswith("Grüße")


def test_decode_meta_http_equiv() -> None:
    body = ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">' + RUSSIAN).encode(
        "cp1251"
    )
    assert "Страница" in decode_html(body)


def test_decode_detects_undeclared_windows_1251() -> None:
    assert "Страница" in decode_html(RUSSIAN.encode("cp1251"), {"Content-Type": "text/html"})


def test_decode_bom_wins() -> None:
    body = b"\xef\xbb\xbf" + '<meta charset="iso-8859-1">Grüße'.encode()
    assert decode_html(body).endswith("Grüße")


def test_decode_latin1_label_means_windows_1252() -> None:
    assert decode_html("€ 5".encode("cp1252"), {"Content-Type": "text/html; charset=ISO-8859-1"}) == "€ 5"


def test_decode_lying_declaration_falls_back_to_utf8() -> None:
    assert decode_html("Страница".encode(), {"Content-Type": "text/html; charset=ascii"}) == "Страница"


def test_decode_utf8_label_on_a_windows_1251_page_is_detected() -> None:
    body = RUSSIAN.encode("cp1251")
    assert "Страница" in decode_html(body, {"Content-Type": "text/html; charset=utf-8"})


def test_headline_in_h2_anchors_the_text_window() -> None:
    body = (
        '<h1 class="logo">Estuary Watch</h1><p>Since 2004. Today is 29 November 2024.</p>'
        "<div>" + "<p>Navigation filler text.</p>" * 30 + "</div>"
        "<h2>Volunteers clear litter</h2><p>14 September 2019</p>"
    )
    html = page("<title>Volunteers clear litter | Estuary Watch</title>", body)
    m = extract_metadata(html, "https://estuarywatch.org/news/litter", today=TODAY)
    assert m.title == "Volunteers clear litter"
    assert m.published is not None
    assert m.published.value == dt.date(2019, 9, 14)


def test_item_lists_in_jsonld_are_not_the_page() -> None:
    html = page(
        '<script type="application/ld+json">{"@type":"ItemList","itemListElement":['
        '{"@type":"ListItem","item":{"@type":"NewsArticle","datePublished":"2024-11-28"}}]}</script>'
    )
    assert extract_metadata(html, URL, today=TODAY).published is None


def test_story_dates_far_below_the_headline_are_not_the_page_date() -> None:
    story = "<p>" + "The council met again to discuss the plan in detail. " * 20 + "</p>"
    body = f"<h1>Headline here</h1>{story}<p>The vote is set for March 3, 2020.</p>"
    assert extract_metadata(page(body=body), URL, today=TODAY).published is None


def test_non_html_input_types_degrade_quietly() -> None:
    assert extract_metadata(None, URL).title is None  # type: ignore[arg-type]
    assert extract_metadata(b"%PDF-1.7 binary", "https://x.example/2020/01/09/a.pdf").url_date == dt.date(
        2020, 1, 9
    )


def test_article_without_dates_defers_to_its_webpage_node() -> None:
    html = page(
        '<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"H"},'
        '{"@type":"WebPage","datePublished":"2020-01-09","dateModified":"2020-02-01"}]}</script>'
    )
    m = extract_metadata(html, URL, today=TODAY)
    assert m.published is not None
    assert m.published.value == dt.date(2020, 1, 9)


def test_update_word_next_to_time_marks_modified() -> None:
    body = (
        '<h1>Headline here</h1><p class="meta">Updated <time datetime="2021-03-03">Mar 3</time></p>'
        '<p class="meta"><time datetime="2020-01-09">Jan 9, 2020</time></p>'
    )
    m = extract_metadata(page(body=body), URL, today=TODAY)
    assert m.published is not None
    assert m.modified is not None
    assert (m.published.value, m.modified.value) == (dt.date(2020, 1, 9), dt.date(2021, 3, 3))


def test_double_escaped_entities_in_titles() -> None:
    html = page('<meta property="og:title" content="Iraq&amp;#039;s air defenses">')
    assert extract_metadata(html, URL, today=TODAY).title == "Iraq's air defenses"


def test_us_english_meta_dates_are_month_first() -> None:
    html = page('<meta name="date" content="01/09/2020">', lang="en-US")
    m = extract_metadata(html, URL, today=TODAY)
    assert m.published is not None
    assert m.published.value == dt.date(2020, 1, 9)


def test_rdfa_property_in_body() -> None:
    body = (
        '<h1>Headline here</h1><span property="schema:dateCreated" content="2020-01-09T10:00:00+01:00">'
        "9 Jan</span>"
    )
    m = extract_metadata(page(body=body), URL, today=TODAY)
    assert m.published is not None
    assert (m.published.value, m.published.source) == (dt.date(2020, 1, 9), "microdata")


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Эхо Москвы :: Новости :: В Москве ожидается оттепель", "Эхо Москвы"),
        ("Harbor Gazette - В Москве ожидается оттепель", "Harbor Gazette"),
        ("Harbor Gazette | News | В Москве ожидается оттепель", "Harbor Gazette"),
        ("Analyse : В Москве ожидается оттепель", None),
        ("В Москве ожидается оттепель - Вечерний Город", "Вечерний Город"),
    ],
)
def test_site_name_from_a_title_prefix_when_the_page_declares_none(title: str, site: str | None) -> None:
    """No og:site_name, publisher or WebSite: the part of the <title> before the confirmed headline names the
    site, as the part after it does; a part set off by a single colon is a kicker."""
    html = page(f"<title>{title}</title>", "<h1>В Москве ожидается оттепель</h1><p>Текст.</p>", lang="ru")
    m = extract_metadata(html, "https://echo.example.ru/news/2567812.html", today=TODAY)
    assert m.title == "В Москве ожидается оттепель"
    assert m.site_name == site


def test_section_label_beside_the_site_name_is_stripped() -> None:
    title = "Iraq turns to Moscow for air defences | World news | The Guardian"
    assert strip_affixes(title, ["the Guardian"])[0] == "Iraq turns to Moscow for air defences"
    assert strip_affixes("Iraq | Syria | The Guardian", ["the Guardian"])[0] == "Iraq | Syria"


def test_decode_detects_undeclared_koi8_r() -> None:
    assert "Страница" in decode_html(RUSSIAN.encode("koi8-r"))


def test_large_page_with_many_dated_teasers() -> None:
    nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(300))
    cards = "".join(
        f'<div class="card"><h3><a href="/a{i}">Story {i}</a></h3>'
        f'<time datetime="2024-11-2{i % 9}">Nov</time></div>'
        for i in range(400)
    )
    body = "<p>" + "Paragraph text of the article. " * 30 + "</p>"
    html = page(
        "<title>Big story headline - Site</title>",
        f'<nav><ul>{nav}</ul></nav><article><h1>Big story headline</h1><p class="byline">By A. Writer</p>'
        f"<p>Published 9 January 2020</p>{body * 20}</article>"
        f'<section class="more-stories">{cards}</section>',
    )
    m = extract_metadata(html, "https://x.example/a", today=TODAY)
    assert m.title == "Big story headline"
    assert m.published is not None
    assert (m.published.value, m.published.source) == (dt.date(2020, 1, 9), "text")


def test_placeholder_dates_never_count_even_when_repeated() -> None:
    html = page(
        '<meta property="article:published_time" content="1970-01-01T00:00:00Z">'
        '<script type="application/ld+json">'
        '{"@type":"Article","datePublished":"1970-01-01T00:00:00Z"}</script>',
        "<h1>Headline here</h1><p>Published 9 January 2020</p>",
    )
    m = extract_metadata(html, URL, today=TODAY)
    assert m.published is not None
    assert m.published.value == dt.date(2020, 1, 9)


def test_decode_body_cut_mid_character_stays_utf8() -> None:
    body = ("<p>" + "Страница " * 50).encode()
    cut = body[:-1]  # a byte cap ends inside the last Cyrillic letter
    assert decode_html(cut).startswith("<p>Страница")
    assert decode_html(cut, {"content-type": "text/html; charset=utf-8"}).startswith("<p>Страница")


def test_visible_headline_beats_a_social_title_copied_to_twitter() -> None:
    html = page(
        "<title>Council approves the new budget | Ledger</title>"
        '<meta property="og:title" content="You pay less">'
        '<meta name="twitter:title" content="You pay less"><meta property="og:site_name" content="Ledger">',
        "<h1>Council approves the new budget</h1>",
    )
    assert extract_metadata(html, URL, today=TODAY).title == "Council approves the new budget"


# --- rules from the fourth held-out batch ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marţi, 5 octombrie 2021, 11:20", dt.date(2021, 10, 5)),
        ("12. března 2022 14:05", dt.date(2022, 3, 12)),
        ("7 augusti 2023", dt.date(2023, 8, 7)),
        ("1. desember 2021", dt.date(2021, 12, 1)),
        ("12. marts 2022", dt.date(2022, 3, 12)),
        ("12. maaliskuuta 2022", dt.date(2022, 3, 12)),
        ("17 Agustus 2021", dt.date(2021, 8, 17)),
        ("令和4年3月12日（土）", dt.date(2022, 3, 12)),
        ("平成31年4月30日", dt.date(2019, 4, 30)),
        ("令和元年5月1日", dt.date(2019, 5, 1)),
        ("12 มี.ค. 2565 14:05 น.", dt.date(2022, 3, 12)),
        ("วันที่ 5 มกราคม พ.ศ. 2564", dt.date(2021, 1, 5)),
        ("1 ม.ค. 2020", dt.date(2020, 1, 1)),
    ],
)
def test_more_calendars_and_month_names(text: str, expected: dt.date) -> None:
    """Romanian, Czech, Scandinavian, Finnish and Indonesian month names; Japanese era years (令和 from 2019,
    元年 its first); Thai months with Buddhist-era years (2565 = 2022) or common-era ones."""
    assert [d for d, _, _ in find_text_dates(text)] == [expected]


def test_era_and_buddhist_years_need_their_markers() -> None:
    assert list(find_text_dates("4年3月12日")) == []  # no era name: not a date
    assert list(find_text_dates("12 03 2565")) == []  # no Thai month: not a Buddhist-era date


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Actualizat: 10 ianuarie 2020 Publicat: 9 ianuarie 2020"),
        ("ro", "Ultima actualizare: Vineri, 10 ianuarie 2020 | Joi, 9 ianuarie 2020"),
        ("cs", "Aktualizováno 10. ledna 2020 Publikováno 9. ledna 2020"),
        ("sv", "Uppdaterad 10 januari 2020 kl. 09.10 Publicerad 9 januari 2020 kl. 07.00"),
        ("nb", "Oppdatert 10. januar 2020 Publisert 9. januar 2020"),
        ("da", "Opdateret 10. januar 2020 Publiceret 9. januar 2020"),
        ("fi", "Päivitetty 10. tammikuuta 2020 Julkaistu 9. tammikuuta 2020"),
        ("id", "Diperbarui 10 Januari 2020 Diterbitkan 9 Januari 2020"),
        ("en", "Updated: Friday, January 10, 2020 · Thursday, January 9, 2020"),
    ],
)
def test_update_labels_in_yet_more_languages_and_before_a_weekday(lang: str, text: str) -> None:
    """The update comes first: only its label (possibly followed by a weekday) keeps it from being taken
    for the publication."""
    m = extract_metadata(page(body=f"<h1>Headline here</h1><p>{text}</p>", lang=lang), URL, today=TODAY)
    assert m.published is not None
    assert m.modified is not None
    assert (m.published.value, m.modified.value) == (dt.date(2020, 1, 9), dt.date(2020, 1, 10))


def test_japanese_era_dates_on_a_page() -> None:
    body = "<p>令和2年1月9日</p><h1>基本方針を改定しました</h1><p>本文。</p><p>更新日：令和2年1月10日</p>"
    m = extract_metadata(page(body=body, lang="ja"), "https://www.example.go.jp/stf/a.html", today=TODAY)
    assert m.published is not None
    assert m.modified is not None
    assert (m.published.value, m.modified.value) == (dt.date(2020, 1, 9), dt.date(2020, 1, 10))


@pytest.mark.parametrize("newest_first", [True, False])
def test_live_blog_without_dates_uses_its_coverage_and_latest_update(newest_first: bool) -> None:
    updates = [
        '{"@type":"BlogPosting","datePublished":"2020-01-09T08:00:00+01:00"}',
        '{"@type":"BlogPosting","datePublished":"2020-01-09T23:40:00+01:00"}',
        '{"@type":"BlogPosting","datePublished":"2020-01-10T00:20:00+01:00"}',
    ]
    if newest_first:
        updates.reverse()
    script = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",'
        '"headline":"Storm: live","coverageStartTime":"2020-01-09T07:30:00+01:00",'
        f'"liveBlogUpdate":[{",".join(updates)}]}}</script>'
    )
    m = extract_metadata(page(script, "<h1>Storm: live</h1>"), URL, today=TODAY)
    assert m.published is not None
    assert m.modified is not None
    assert (m.published.value, m.modified.value) == (dt.date(2020, 1, 9), dt.date(2020, 1, 10))
    assert (m.published.source, m.modified.source) == ("json-ld", "json-ld")


def test_stated_dates_beat_live_blog_coverage_and_updates() -> None:
    script = (
        '<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Storm: live",'
        '"datePublished":"2020-01-08","dateModified":"2020-01-11","coverageStartTime":"2020-01-09",'
        '"liveBlogUpdate":[{"datePublished":"2020-01-10"}]}</script>'
    )
    m = extract_metadata(page(script), URL, today=TODAY)
    assert m.published is not None
    assert m.modified is not None
    assert (m.published.value, m.modified.value) == (dt.date(2020, 1, 8), dt.date(2020, 1, 11))


def _md(html: str, url: str = URL) -> Metadata:
    return extract_metadata(html, url, today=TODAY)


def _graph(website: str, publisher: str) -> str:
    return (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"NewsArticle","headline":"Story","datePublished":"2020-01-09",'
        '"publisher":{"@id":"#org"}},'
        f'{{"@type":"Organization","@id":"#org","name":"{publisher}"}},'
        f'{{"@type":"WebSite","name":"{website}"}}]}}</script>'
    )


def test_website_named_by_its_address_defers_to_the_publisher_the_host_spells() -> None:
    url = "https://www.lesoir.be/392211/article/2021-08-30/story"
    assert _md(page(_graph("lesoir.be", "Le Soir")), url).site_name == "Le Soir"
    # A publisher the host does not spell (a syndicated story) does not replace the site's own name.
    assert _md(page(_graph("lesoir.be", "Agence Belga")), url).site_name == "lesoir.be"
    # A WebSite with a proper name keeps it.
    assert _md(page(_graph("Le Soir Plus", "Le Soir")), url).site_name == "Le Soir Plus"


_GENERIC_HEAD = (
    "<title>The Harbor Gazette | News, Sports, Obituaries</title>"
    '<meta property="og:title" content="The Harbor Gazette | News, Sports, Obituaries">'
    '<meta property="og:site_name" content="The Harbor Gazette">'
    '<meta property="og:url" content="https://www.harborgazette.com/">'
)


def test_headline_spelling_the_url_slug_beats_a_generic_site_title() -> None:
    """An SEO plugin writes the site's generic title and home URL on every page: the h1 that spells the
    address's slug is the headline, and the page is that article (its byline date counts), not a home
    page."""
    body = "<h1>County board approves new ferry schedule</h1><p>By Dana | Published: Jan 23, 2024</p>"
    url = "https://www.harborgazette.com/news/county-board-approves-ferry-schedule/"
    m = _md(page(_GENERIC_HEAD, body), url)
    assert m.title == "County board approves new ferry schedule"
    assert m.published is not None
    assert m.published.value == dt.date(2024, 1, 23)


def test_a_headline_that_does_not_spell_the_slug_leaves_a_front_page_undated() -> None:
    body = "<h1>Holiday parade route announced</h1><p>Published: Nov 28, 2024</p>"
    url = "https://www.harborgazette.com/news/county-board-approves-ferry-schedule/"
    m = _md(page(_GENERIC_HEAD, body), url)
    assert m.published is None


def test_byline_update_is_read_when_the_head_states_only_the_publication() -> None:
    head = '<meta property="article:published_time" content="2023-06-21T14:05:00+09:00">'
    body = (
        '<h1 class="headline">Story</h1><div class="byline"><p>입력 2023.06.21 14:05</p>'
        "<p>업데이트 2023.06.22 09:10</p></div><p>Text.</p>"
    )
    m = _md(page(head, body, lang="ko"))
    assert m.published is not None
    assert m.modified is not None
    assert (m.published.value, m.modified.value) == (dt.date(2023, 6, 21), dt.date(2023, 6, 22))
    # An update stamp in an aside after the headline belongs to another page.
    aside = "<h1>Story</h1><p>Text.</p><aside><ul><li>Updated 29 November 2024</li></ul></aside>"
    assert _md(page(head, aside)).modified is None


def test_an_update_label_is_found_where_it_is_after_letters_that_lowering_lengthens() -> None:
    # "İ".lower() is two characters: positions found on a lower-cased copy fell short of the label's date.
    head = '<meta property="article:published_time" content="2023-03-12T10:00:00+03:00">'
    body = f"<h1>Story</h1><p>{'İSTANBUL İZMİR ' * 4}· Updated 13 March 2023 10:05</p>"
    m = _md(page(head, body, lang="tr"))
    assert m.modified is not None
    assert m.modified.value == dt.date(2023, 3, 13)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("cs", "12. března 2022 14:05, aktualizováno 13. 3. 9:10", dt.date(2022, 3, 13)),
        ("en", "December 30, 2021 · Updated 2 January", dt.date(2022, 1, 2)),
        ("fr", "Publié le 12 mars 2022 à 14h05, mis à jour le 13 mars à 9h10", dt.date(2022, 3, 13)),
        ("en", "March 12, 2022 · Updated to version 2.3.1", None),
        ("en", "October 5, 2024 · Updated 2 December", None),  # a day after "today": not this page's update
    ],
)
def test_update_without_a_year_takes_the_publication_year(
    lang: str, text: str, expected: dt.date | None
) -> None:
    m = extract_metadata(page(body=f"<h1>Headline here</h1><p>{text}</p>", lang=lang), URL, today=TODAY)
    assert m.published is not None
    assert (m.modified.value if m.modified else None) == expected


# --- rules from the fifth held-out batch -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 сакавіка 2022, 14:05", dt.date(2022, 3, 12)),  # Belarusian
        ("Objavljeno: subota, 12. ožujka 2022. - 14:05", dt.date(2022, 3, 12)),  # Croatian
        ("5. studenoga 2021.", dt.date(2021, 11, 5)),
        ("12 Наурыз, 2022 14:05", dt.date(2022, 3, 12)),  # Kazakh
        ("12 მარტი 2022 14:05", dt.date(2022, 3, 12)),  # Georgian
        ("3 სექტემბერს 2021", dt.date(2021, 9, 3)),
        ("السبت 11 رجب 1443 هـ - 12 فبراير 2022 01:15", dt.date(2022, 2, 12)),  # Hijri first, then Gregorian
        ("١٢ فبراير ٢٠٢٢", dt.date(2022, 2, 12)),  # Arabic-Indic digits
        ("12 شباط 2022 | 14:05", dt.date(2022, 2, 12)),  # Levantine
        ("30 تشرين الثاني 2024", dt.date(2024, 11, 30)),  # a two-word Levantine month
        ("9 آب 2021", dt.date(2021, 8, 9)),
        ("12 غشت 2021", dt.date(2021, 8, 12)),  # Maghrebi
        ("12 مارچ ، 2022", dt.date(2022, 3, 12)),  # Urdu, an Arabic comma before the year
        ("۱۲ مارس ۲۰۲۲", dt.date(2022, 3, 12)),  # Persian digits, Gregorian month
        ("প্রকাশ: ১২ মার্চ ২০২২, ০২:০৫ পিএম", dt.date(2022, 3, 12)),  # Bengali digits and month
        ("১২ ফেব্রুয়ারি ২০২২", dt.date(2022, 2, 12)),
        ("१२ मार्च २०२२", dt.date(2022, 3, 12)),  # Devanagari digits
        ("5 फ़रवरी 2021", dt.date(2021, 2, 5)),
    ],
)
def test_month_names_of_more_scripts_and_native_digits(text: str, expected: dt.date) -> None:
    """Belarusian, Croatian, Kazakh and Georgian months (word characters: the month table); Arabic-script
    months (Egyptian and Gulf, Levantine, Maghrebi, Urdu, Persian) and Indic ones (Hindi, Bengali), whose
    vowel signs are not word characters, by a pattern of their own; Arabic-Indic, Persian, Devanagari and
    Bengali digits read as ASCII digits."""
    assert [d for d, _, _ in find_text_dates(text)] == [expected]


def test_hijri_and_other_calendars_are_not_read_as_gregorian() -> None:
    assert list(find_text_dates("11 رجب 1443 هـ")) == []
    assert list(find_text_dates("২৮ ফাল্গুন ১৪২৮")) == []  # the Bengali calendar
    assert list(find_text_dates("مارسيليا 12 2022")) == []  # a month's letters inside another word


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("be", "Абноўлена 10 студзеня 2020, 09:10 · Апублікавана 9 студзеня 2020"),
        ("hr", "Ažurirano: 10. siječnja 2020. Objavljeno: 9. siječnja 2020."),
        ("ka", "განახლდა 10 იანვარი 2020 გამოქვეყნდა 9 იანვარი 2020"),
        ("ar", "آخر تحديث: 10 كانون الثاني 2020 | نشر في 9 كانون الثاني 2020"),
        ("ur", "اپ ڈیٹ 10 جنوری 2020 شائع 9 جنوری 2020"),
        ("bn", "আপডেট: ১০ জানুয়ারি ২০২০ প্রকাশ: ০৯ জানুয়ারি ২০২০"),
        ("hi", "अपडेट 10 जनवरी 2020 प्रकाशित 9 जनवरी 2020"),
    ],
)
def test_update_labels_of_the_fifth_batch_languages(lang: str, text: str) -> None:
    """The update comes first: only its label keeps it from being taken for the publication."""
    m = extract_metadata(page(body=f"<h1>Headline here</h1><p>{text}</p>", lang=lang), URL, today=TODAY)
    assert m.published is not None
    assert m.modified is not None
    assert (m.published.value, m.modified.value) == (dt.date(2020, 1, 9), dt.date(2020, 1, 10))


def test_drupal_promoted_node_is_the_article_not_a_promo_block() -> None:
    """Drupal 7 marks a node promoted to the front page "node-promoted": its RDFa date is the page's own; a
    "promo" block stays other content."""
    body = (
        '<h1 id="page-title">Council approves the budget</h1>'
        '<div class="node node-article node-promoted clearfix" typeof="sioc:Item foaf:Document">'
        '<span property="dc:date dc:created" content="2022-03-12T14:05:00+01:00">Sat, 03/12/2022</span>'
        "<p>Text.</p></div>"
        '<div class="promo-box"><time datetime="2024-11-30">30 Nov</time></div>'
    )
    m = meta(page(body=body))
    assert m.published is not None  # type: ignore[attr-defined]
    assert m.published.value == dt.date(2022, 3, 12)  # type: ignore[attr-defined]
    promo = '<div class="promo-box"><span property="dc:created" content="2024-11-30">x</span></div>'
    m = meta(page(body=f"<h1>Council approves the budget</h1><p>Text.</p>{promo}"), "https://a.example.org/x")
    assert m.published is None  # type: ignore[attr-defined]


def test_arc_story_object_gives_the_dates_when_the_byline_is_rendered_in_the_browser() -> None:
    story = (
        '{"type":"story","headlines":{"basic":"Bike path approved"},"created_date":"2022-03-11T21:48:10Z",'
        '"first_publish_date":"2022-03-12T19:05:00.441Z","display_date":"2022-03-12T19:05:00.441Z",'
        '"publish_date":"2022-03-13T14:10:22Z","last_updated_date":"2022-03-13T14:10:22.905Z",'
        '"related_content":{"basic":[{"display_date":"2021-11-02T15:00:00Z"}]}}'
    )
    body = (
        '<h1>Bike path approved</h1><div class="byline"></div><p>Text.</p>'
        f"<script>window.Fusion=window.Fusion||{{}};Fusion.globalContent = {story};"
        'Fusion.contentCache={"x":{"display_date":"2024-11-30T10:00:00Z"}};</script>'
    )
    m = meta(page(body=body))
    assert m.published is not None  # type: ignore[attr-defined]
    assert m.modified is not None  # type: ignore[attr-defined]
    assert (m.published.value, m.modified.value) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))  # type: ignore[attr-defined]
    assert m.published.source == "script"  # type: ignore[attr-defined]
    # Stated dates come first; a broken object is ignored.
    head = '<meta property="article:published_time" content="2022-03-10T08:00:00Z">'
    m = meta(page(head=head, body=body))
    assert m.published.value == dt.date(2022, 3, 10)  # type: ignore[attr-defined]
    m = meta(page(body='<h1>Bike path approved</h1><script>Fusion.globalContent={"first_publish_da</script>'))
    assert m.published is None  # type: ignore[attr-defined]


def test_h1_that_only_links_home_is_the_site_name_and_the_marked_entry_title_the_headline() -> None:
    """Blogger's classic template: the blog's name is the h1 (a link to the home page), the post's title an
    h3 marked ``entry-title`` inside a "widget"; the <title> is "Blog: Post"; the date heads the post."""
    body = (
        "<header><h1 class='title'><a href='https://valleynotes.example.org/'>Notes from the Valley</a></h1>"
        "</header><div class='widget Blog'><div class='date-outer'><h2 class='date-header'><span>Saturday, "
        "March 12, 2022</span></h2><div class='post hentry'><h3 class='post-title entry-title'>The old mill "
        "bridge reopens</h3><div class='post-body entry-content'>After eighteen months of repairs.</div>"
        "</div></div></div>"
    )
    html = page(head="<title>Notes from the Valley: The old mill bridge reopens</title>", body=body)
    m = meta(html, "https://valleynotes.example.org/2022/03/mill.html")
    assert m.title == "The old mill bridge reopens"  # type: ignore[attr-defined]
    assert m.site_name == "Notes from the Valley"  # type: ignore[attr-defined]
    assert m.published is not None  # type: ignore[attr-defined]
    assert m.published.value == dt.date(2022, 3, 12)  # type: ignore[attr-defined]


def test_an_h1_linking_elsewhere_or_holding_more_than_a_link_is_still_the_headline() -> None:
    for h1 in (
        '<h1><a href="/2022/03/12/bridge-reopens">The old mill bridge reopens</a></h1>',
        '<h1><a href="/news/">The old mill bridge reopens</a></h1>',
    ):
        m = meta(
            page(head="<title>Blog</title>", body=h1 + "<p>12 March 2022</p>"), "https://b.example.org/x"
        )
        assert m.title == "The old mill bridge reopens"  # type: ignore[attr-defined]


def test_marked_entry_title_in_another_entry_list_needs_the_title_to_name_it() -> None:
    body = (
        "<div class='widget related'><h3 class='entry-title'>Another post entirely</h3></div>"
        "<h2>Spring walks along the river</h2><p>Text.</p>"
    )
    m = meta(page(head="<title>Spring walks along the river | Blog</title>", body=body))
    assert m.title == "Spring walks along the river"  # type: ignore[attr-defined]


@pytest.mark.parametrize("label", ["OPINION", "Watch", "Live updates", "ANALYSIS"])
def test_rubric_label_before_the_headline_in_social_titles_is_not_the_headline(label: str) -> None:
    head = (
        f'<title>{label} | Water plan needs a rethink | News24</title><meta property="og:site_name" '
        f'content="News24"><meta property="og:title" content="{label} | Water plan needs a rethink">'
        f'<meta name="twitter:title" content="{label} | Water plan needs a rethink">'
    )
    body = f'<div class="label">{label}</div><h1>Water plan needs a rethink</h1><p>12 Mar 2022</p>'
    url = "https://www.news24.example.com/opinions/opinion-water-plan-needs-a-rethink-20220312"
    m = meta(page(head=head, body=body), url)
    assert m.title == "Water plan needs a rethink"  # type: ignore[attr-defined]


def test_a_colon_kicker_or_a_longer_prefix_is_not_a_rubric_label() -> None:
    for og, h1 in (
        ("Ukraine war: Kyiv metro reopens after repairs", "Kyiv metro reopens after repairs"),
        ("In 2022 and beyond | Kyiv metro reopens", "Kyiv metro reopens"),
    ):
        # og:title and the h1 weigh alike: a tie goes to og:title, unless the prefix were taken for a label.
        head = f'<meta property="og:title" content="{og}">'
        m = meta(page(head=head, body=f"<h1>{h1}</h1>"), "https://news.example.org/a/1")
        assert m.title == og  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        ("451: Unavailable for legal reasons", "Unfortunately, our website is currently unavailable in most "
         "European countries."),
        ("The Daily Courier", "This content is not available in your region"),
        ("Nicht verfügbar", "Dieser Inhalt ist in Ihrem Land nicht verfügbar"),
    ],
)  # fmt: skip
def test_page_refused_in_the_readers_region_gets_no_weak_date(title: str, h1: str) -> None:
    """A geo-block is not the article: the URL's date and the dates of its lists are not the page's; nor is it
    a soft 404 (the article exists)."""
    html = page(head=f"<title>{title}</title>", body=f"<h1>{h1}</h1><p>Updated 30 November 2024</p>")
    url = "https://www.courier.example.com/2022/03/12/city-approves-ferry-expansion/"
    m = meta(html, url)
    assert m.published is None  # type: ignore[attr-defined]
    assert m.modified is None  # type: ignore[attr-defined]
    from linkcheck.soft404 import soft_404_signal

    assert soft_404_signal(url, url, m, 0) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "headline",
    [
        "Streaming service blocks viewers abroad",
        "Fahrenheit 451 turns 70",
        "451 people evacuated after the flood",
        "Insulin unavailable in the region, doctors warn",
    ],
)
def test_a_story_about_a_geo_block_or_a_451_keeps_its_dates(headline: str) -> None:
    html = page(head=f"<title>{headline}</title>", body=f"<h1>{headline}</h1><p>12 March 2022</p>")
    m = meta(html, "https://news.example.org/2022/03/12/story/")
    assert m.published is not None  # type: ignore[attr-defined]
    assert m.published.value == dt.date(2022, 3, 12)  # type: ignore[attr-defined]


def test_h1_that_only_links_home_is_not_the_headline_when_the_head_answers() -> None:
    head = (
        '<meta property="article:published_time" content="2022-03-12T14:05:00Z">'
        '<meta property="og:title" content="The old mill bridge reopens">'
        "<title>Notes from the Valley: The old mill bridge reopens</title>"
    )
    body = (
        "<header><h1><a href='/'>Notes from the Valley</a></h1></header><h3>The old mill bridge reopens</h3>"
    )
    m = meta(page(head=head, body=body), "https://valleynotes.example.org/2022/03/mill.html")
    assert m.title == "The old mill bridge reopens"  # type: ignore[attr-defined]
    assert m.site_name == "Notes from the Valley"  # type: ignore[attr-defined]


# --- the sixth held-out batch's rules ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "byline", "published", "modified"),
    [
        # Malay: month first, '@' before the time; "Dikemaskini" = updated.
        ("ms", "Oleh Ali - Mac 12, 2022 @ 2:30pm <div>Dikemaskini: Mac 13, 2022 @ 9:10am</div>", "2022-03-12",
         "2022-03-13"),
        ("sw", "Jumamosi, Machi 12, 2022", "2022-03-12", None),  # Swahili
        # Catalan: "de" elided before a vowel, with a typographic or a plain apostrophe.
        ("ca", "Barcelona. 12 d’octubre de 2022 <div>Actualitzat el 13 d'octubre de 2022, 8:15 h</div>",
         "2022-10-12", "2022-10-13"),
        ("lv", "sestdiena, 2022. gada 12. martā, 14:30", "2022-03-12", None),  # Latvian, year first
        # Lithuanian: "2022 m. kovo 12 d.", labelled publication and update.
        ("lt", "Paskelbta 2022 m. kovo 12 d.<br>Atnaujinta 2022 m. kovo 14 d.", "2022-03-12", "2022-03-14"),
        ("et", "Avaldatud 12. märts 2022", "2022-03-12", None),  # Estonian
        ("tl", "Marso 12, 2022", "2022-03-12", None),  # Tagalog
        ("sr", "12. mart 2022. u 14:30", "2022-03-12", None),  # Serbian (Latin script)
    ],
)  # fmt: skip
def test_visible_dates_in_more_languages(
    lang: str, byline: str, published: str, modified: str | None
) -> None:
    body = f"<h1>Headline of the story</h1><div>{byline}</div><p>Text of the story.</p>"
    got = extract_metadata(page("<title>Headline of the story</title>", body, lang=lang), URL, today=TODAY)
    assert got.published is not None
    assert got.published.value.isoformat() == published
    assert (got.modified.value.isoformat() if got.modified else None) == modified


def test_baltic_year_first_dates_need_their_markers() -> None:
    assert [d for d, _, _ in find_text_dates("2022. gada 12. martā")] == [dt.date(2022, 3, 12)]
    assert [d for d, _, _ in find_text_dates("2022 m. kovo 12 d.")] == [dt.date(2022, 3, 12)]
    # Without "gada" / "m." ... "d." the same words are no date: a year, then a sentence.
    assert list(find_text_dates("in 2022 kovo 12 vyrų")) == []
    assert list(find_text_dates("2022 m. kovo 12 metų")) == []


@pytest.mark.parametrize(("klass", "lang"), [("najnovije", "sr"), ("block-terkini", "ms"), ("ultimas", "es")])
def test_latest_news_blocks_in_more_languages_hold_other_pages_dates(klass: str, lang: str) -> None:
    body = (
        "<h1>Headline of the story</h1><p>Text of the story without any date.</p>"
        f'<div class="{klass}"><a href="/other">Other story</a> <span>30.11.2024, 08:10</span>'
        '<time datetime="2024-11-30T08:10:00+01:00">30.11.2024</time></div>'
    )
    got = extract_metadata(page("<title>Headline of the story</title>", body, lang=lang), URL, today=TODAY)
    assert got.published is None


def test_a_time_then_an_arrow_then_a_date_is_the_update() -> None:
    body = (
        '<div class="storyTop">subota, 12. mar 2022, 14:30 -&gt; 13. mar 2022, 09:05</div>'
        "<h1>Headline of the story</h1><p>Text of the story.</p>"
    )
    got = extract_metadata(page("<title>Headline of the story</title>", body, lang="sr"), URL, today=TODAY)
    assert got.published is not None
    assert got.modified is not None
    assert (got.published.value, got.modified.value) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))
    # Without the time before it, an arrow is no label: the nearest date before the headline is read.
    body = body.replace("14:30 -&gt; ", "→ ")
    got = extract_metadata(page("<title>Headline of the story</title>", body, lang="sr"), URL, today=TODAY)
    assert got.published is not None
    assert got.published.value == dt.date(2022, 3, 13)
    assert got.modified is None


def test_a_utc_time_element_is_read_on_the_day_its_text_shows() -> None:
    """``<time datetime>`` in UTC whose own text prints the same instant in the page's zone (Israel, UTC+2):
    the page's date is the local one."""
    body = (
        "<h1>Headline of the story</h1>"
        '<span class="DateDisplay"><time datetime="2022-03-11T23:10:00.000Z">12.03.22 | 01:10</time></span>'
        "<p>Text of the story.</p>"
    )
    got = extract_metadata(page("<title>Headline of the story</title>", body, lang="he"), URL, today=TODAY)
    assert got.published is not None
    assert got.published.value == dt.date(2022, 3, 12)
    # Its text printing the UTC time itself (or no time) leaves the UTC date.
    for text in ("11.03.22 | 23:10", "11 March 2022"):
        html = page("<title>Headline of the story</title>", body.replace("12.03.22 | 01:10", text))
        got = extract_metadata(html, URL, today=TODAY)
        assert got.published is not None
        assert got.published.value == dt.date(2022, 3, 11)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("12/03/2022 22:10", dt.date(2022, 3, 12)),  # Mexico City, UTC-6: the evening before
        ("Published 12 March 2022, 10:10 pm", dt.date(2022, 3, 12)),
        ("13/03/2022 04:10", dt.date(2022, 3, 13)),  # the byline prints UTC: nothing to move
        ("12/03/2022 21:57", dt.date(2022, 3, 13)),  # not a zone's offset from 04:10: another time
        ("13/03/2022", dt.date(2022, 3, 13)),
    ],
)
def test_a_utc_jsonld_date_is_read_where_the_byline_prints_the_same_instant(
    byline: str, expected: dt.date
) -> None:
    head = (
        "<title>Headline of the story</title>"
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story",'
        '"datePublished":"2022-03-13T04:10:00.000Z"}</script>'
    )
    body = f'<h1>Headline of the story</h1><div class="byline">{byline}</div><p>Text of the story.</p>'
    got = extract_metadata(page(head, body, lang="es"), URL, today=TODAY)
    assert got.published is not None
    assert got.published.value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("மார்ச் 12, 2022", dt.date(2022, 3, 12)),  # Tamil, month first
        ("மார் 12, 2022 14:30", dt.date(2022, 3, 12)),  # and abbreviated
        ("12 மார்ச் 2022", dt.date(2022, 3, 12)),
        ("நவ 30, 2024", dt.date(2024, 11, 30)),
        ("12 मार्च 2022", dt.date(2022, 3, 12)),  # Hindi, day first, as before
    ],
)
def test_tamil_months_also_before_the_day(text: str, expected: dt.date) -> None:
    assert [d for d, _, _ in find_text_dates(text)] == [expected]


def test_a_script_month_inside_a_longer_word_is_no_date() -> None:
    # "மே" (May) ending a longer Tamil word, then a number and a year: not a date.
    assert list(find_text_dates("அம்மே 12, 2022")) == []


def test_tamil_byline_with_the_update_first() -> None:
    body = (
        "<h1>சென்னையில் புதிய மெட்ரோ</h1>"
        '<div class="newsdetdate">Updated : மார் 13, 2022 08:15 | Added : மார் 12, 2022 14:30</div>'
        "<p>செய்தி.</p>"
    )
    got = extract_metadata(page("<title>சென்னையில் புதிய மெட்ரோ</title>", body, lang="ta"), URL, today=TODAY)
    assert got.published is not None
    assert got.modified is not None
    assert (got.published.value, got.modified.value) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))


@pytest.mark.parametrize(
    ("lang", "line", "ruling"),
    [
        ("de", "Pressemitteilung Nr. 21/2022 vom 10. März 2022", "Beschluss vom 15. Februar 2022"),
        ("en", "Press Release No. 21/2022 of 10 March 2022", "Order of 15 February 2022"),
        ("fr", "Communiqué de presse n° 21/2022 du 10 mars 2022", "Décision du 15 février 2022"),
    ],
)
def test_a_numbered_press_release_is_dated_by_its_own_line_not_the_ruling(
    lang: str, line: str, ruling: str
) -> None:
    body = (
        f'<p class="pressemitteilung">{line}</p><h1>Complaints against the closing hour rejected</h1>'
        f"<p>{ruling} - 1 BvR 1180/21</p><p>The chamber did not admit the complaints.</p>"
    )
    title = "<title>Court - Press - Complaints against the closing hour rejected</title>"
    html = page(title, body, lang=lang)
    got = extract_metadata(html, URL, today=TODAY)
    assert got.published is not None
    assert got.published.value == dt.date(2022, 3, 10)


@pytest.mark.parametrize(
    ("logo", "expected"),
    [
        ('<a href="/"><img src="/logo.png" alt="Тамбовская жизнь" /></a>', "Тамбовская жизнь"),
        ('<a href="https://news.example.com/"><img src="/l.svg" alt="Harbor Gazette"></a>', "Harbor Gazette"),
        ('<a href="/"><img src="/logo.png" alt="Logo" /></a>', None),  # no name
        ('<a href="/"><img src="/logo.png" alt="Главная" /></a>', None),  # "home"
        ('<a href="/news/"><img src="/logo.png" alt="Harbor Gazette" /></a>', None),  # not the home page
        ('<a href="/"><img src="/a.png" alt="Harbor Gazette"> Home</a>', None),  # a link with text
        ('<a href="https://other.example.org/"><img alt="Partner"></a>', None),  # another site
    ],
)
def test_home_logo_alt_names_the_site_when_nothing_else_does(logo: str, expected: str | None) -> None:
    body = f'<div class="logo">{logo}</div><h1>Headline of the story</h1><p>Text, 12.03.2022.</p>'
    got = extract_metadata(page("<title>Headline of the story</title>", body), URL, today=TODAY)
    assert got.site_name == expected


def test_home_logo_alt_does_not_override_a_stated_site_name() -> None:
    head = '<title>Headline of the story</title><meta property="og:site_name" content="Gazette">'
    body = '<a href="/"><img alt="Harbor Gazette Online"></a><h1>Headline of the story</h1>'
    assert extract_metadata(page(head, body), URL, today=TODAY).site_name == "Gazette"


def test_a_utc_stamp_with_seconds_still_fits_the_printed_minutes() -> None:
    head = (
        "<title>Headline of the story</title>"
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story",'
        '"datePublished":"2022-03-13T04:10:45.123Z"}</script>'
    )
    body = '<h1>Headline of the story</h1><div class="byline">12/03/2022 22:10</div><p>Text.</p>'
    got = extract_metadata(page(head, body, lang="es"), URL, today=TODAY)
    assert got.published is not None
    assert got.published.value == dt.date(2022, 3, 12)
