"""Rules added after the fourth held-out batch of articles (tests/fixtures/articles/heldout/b4_*): each a
general rule, tested here on a string of its own."""

from __future__ import annotations

import base64
from urllib.parse import quote

from linkcheck.articles import extract_citations
from linkcheck.articles._base import is_own_navigation, looks_like_title, unwrap_redirect
from linkcheck.articles._dates import find_dmy
from linkcheck.articles.plaintext import blank_line_numbers, code_blocks, dateline
from linkcheck.models import Citation, PartialDate


def _urls(text: str, fmt: str, **kwargs: object) -> list[str]:
    return [c.url for c in extract_citations(text, fmt, **kwargs)]  # type: ignore[arg-type]


def _one(text: str, fmt: str, **kwargs: object) -> Citation:
    citations = extract_citations(text, fmt, **kwargs)  # type: ignore[arg-type]
    assert len(citations) == 1, [c.url for c in citations]
    return citations[0]


# --- URLs in right-to-left text ---------------------------------------------------------------------------


def test_bidi_controls_end_a_url() -> None:
    text = (
        "المصدر: https://www.agri.example.eg/news/1\u200f\n"
        "\u2066https://www.reuters.com/world/a-1/\u2069\n"
        "(\u202bhttps://gate.ahram.org.eg/News/2.aspx\u202c).\n"
        "\u200ehttps://www.capmas.example.eg/Pages/P.aspx?page_id=5\u200e\n"
    )
    assert _urls(text, "text") == [
        "https://www.agri.example.eg/news/1",
        "https://www.reuters.com/world/a-1/",
        "https://gate.ahram.org.eg/News/2.aspx",
        "https://www.capmas.example.eg/Pages/P.aspx?page_id=5",
    ]


# --- click trackers whose target is a path segment ----------------------------------------------------------


def test_click_tracker_with_percent_encoded_target_segment_is_unwrapped() -> None:
    target = "https://www.canarymedia.com/articles/air-travel/saf"
    url = f"https://a1.r.us-east-1.awstrack.me/L0/{quote(target, safe='')}/1/0100018e-abc-000000/Yz1A=350"
    assert unwrap_redirect(url) == (target, "a1.r.us-east-1.awstrack.me")
    # the colon left raw, as some trackers write it
    assert unwrap_redirect(url.replace("%3A", ":")) == (target, "a1.r.us-east-1.awstrack.me")


def test_click_tracker_with_base64_target_segment_is_unwrapped() -> None:
    target = "https://www.hellenicshippingnews.com/container-fleet-growth-2024/"
    token = base64.urlsafe_b64encode(target.encode()).decode()
    assert unwrap_redirect(f"https://click.mail.example.com/v8u2q9kx/n2hohv/{token}") == (
        target,
        "click.mail.example.com",
    )
    assert unwrap_redirect(f"https://click.mail.example.com/v8u2q9kx/n2hohv/{token.rstrip('=')}")


def test_path_segments_that_are_not_encoded_urls_are_left() -> None:
    assert unwrap_redirect("https://example.org/docs/aHR0cHM6Ly/x") is None  # no URL in it
    assert unwrap_redirect("https://web.archive.org/web/2020/https://example.org/a") is None
    assert unwrap_redirect("https://example.org/search?q=https%3A%2F%2Fexample.com") is None


# --- newsletters' and channels' machinery ---------------------------------------------------------------


def test_belarusian_hebrew_and_arabic_follow_lines_are_not_citations() -> None:
    text = (
        "Падпісвайцеся на наш канал у Telegram: https://t.me/naviny_example\n"
        "تابعونا على تيليجرام: https://t.me/agri_example\n"
        "עקבו אחרינו: https://t.me/news_example\n"
        "Крыніца: https://www.svaboda.org/a/32870012.html\n"
    )
    assert _urls(text, "text") == ["https://www.svaboda.org/a/32870012.html"]


# --- line-numbered text (pleading paper) ----------------------------------------------------------------


def _pleading(lines: list[str]) -> str:
    return "\n".join(f"{n:2d}   {line}" if line else f"{n:2d}" for n, line in enumerate(lines, start=1))


def test_line_numbers_of_pleading_paper_are_blanked_and_wrapped_urls_joined() -> None:
    lines = [f"Line {i} of the argument." for i in range(1, 9)]
    lines[3] = "See Skyline Aero, Milestone (Jan. 9, 2024), https://www.skyline-aero.example.com/"
    lines[4] = "news/hx4-certification-milestone. The register listed no certificate."
    lines[6] = "Trade press, THE VERGE (Feb. 2, 2024), https://www.theverge.com/2024/2/2/skyline-hx4-"
    lines[7] = "drone-certification; another report."
    lines += ["", "More text.", ""]
    text = "     Case 3:24-cv-00871 Document 27 Page 7 of 19\n\n" + _pleading(lines)
    blanked = blank_line_numbers(text)
    assert len(blanked) == len(text)
    assert "\n     news/hx4" in blanked
    assert _urls(text, "text") == [
        "https://www.skyline-aero.example.com/news/hx4-certification-milestone",
        "https://www.theverge.com/2024/2/2/skyline-hx4-drone-certification",
    ]


def test_a_few_numbered_lines_are_left_alone() -> None:
    text = "1  Apples\n2  Pears\n3  Plums\n"
    assert blank_line_numbers(text) == text
    text = "\n".join(f"{n}   item" for n in (1, 2, 3, 7, 8, 9, 4, 5, 6, 10, 11))  # not in order
    assert blank_line_numbers(text) == text


# --- code in plain-text markup --------------------------------------------------------------------------


def test_urls_in_rst_code_blocks_and_literal_blocks_are_not_citations() -> None:
    text = (
        "Design\n======\n\nWe follow https://sre.google/sre-book/x/ closely.\n\n"
        ".. code-block:: python\n\n   budget = 1\n   # see https://github.com/example-org/fetcher/issues/412\n\n"
        "Run it like this::\n\n   curl https://api.example.org/v1/readings\n\n"
        ".. note::\n\n   The RFC is https://www.rfc-editor.org/rfc/rfc9110 .\n"
    )
    assert _urls(text, "text") == ["https://sre.google/sre-book/x/", "https://www.rfc-editor.org/rfc/rfc9110"]


def test_urls_in_asciidoc_listing_blocks_are_not_citations() -> None:
    text = (
        "== Setup\n\nSee https://prometheus.io/docs/ first.\n\n[source,bash]\n----\n"
        "docker run x  # https://hub.docker.com/r/victoriametrics/victoria-metrics\n----\n\n"
        "Then read https://docs.example.org/after .\n"
    )
    assert _urls(text, "text") == ["https://prometheus.io/docs/", "https://docs.example.org/after"]


def test_double_colons_inside_a_line_open_no_code_block() -> None:
    text = "Use std::vector here.\n    See https://en.cppreference.com/w/cpp/container/vector for it.\n"
    assert code_blocks(text) == []
    assert len(_urls(text, "text")) == 1


def test_a_section_underline_does_not_open_a_code_block() -> None:
    text = "Title\n-----\n\nSee https://example.org/a .\n\nOther\n-----\n\nSee https://example.org/b .\n"
    assert code_blocks(text) == []
    assert len(_urls(text, "text")) == 2


# --- Markdown: Hugo --------------------------------------------------------------------------------------


def test_hugo_tweet_shortcode_cites_the_post() -> None:
    text = 'Before.\n\n{{< tweet user="heatpumpnerd" id="1744012345678901234" >}}\n\nAfter.\n'
    c = _one(text, "markdown")
    assert c.url == "https://twitter.com/heatpumpnerd/status/1744012345678901234"
    assert _urls('{{< tweet id="123" >}}\n', "markdown") == []  # no user: no address to give


def test_hugo_canonical_url_in_params_table_is_the_articles_address() -> None:
    text = (
        '+++\ntitle = "T"\ndate = 2024-01-09\n[params]\n  canonicalURL = "https://notes.example.no/posts/a/"\n'
        "+++\n\nSee [the report](https://example.org/r).\n"
    )
    c = _one(text, "markdown")
    assert c.article is not None
    assert c.article.url == "https://notes.example.no/posts/a/"


# --- HTML: notes outside the body, the site's own pages -----------------------------------------------


def test_word_footnotes_outside_the_body_are_read() -> None:
    text = (
        "<html><body><div class=WordSection1>"
        + "<p class=MsoNormal>A long paragraph of the briefing about school meals and their costs.</p>" * 3
        + '<p class=MsoNormal>The rate is underfunded.<a href="#_ftn1" name="_ftnref1">'
        "<span class=MsoFootnoteReference>[1]</span></a></p></div>"
        "<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1>"
        '<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">[1]</a> Education Policy Institute, '
        "“The cost of a school meal”, 24 June 2024, "
        '<a href="https://epi.org.uk/publications/the-cost-of-a-school-meal/">'
        "https://epi.org.uk/publications/the-cost-of-a-school-meal/</a></p></div></div>"
        '<div id="top"><p><a href="https://elsewhere.example.com/menu">Menu</a></p></div>'
        "</body></html>"
    )
    c = _one(text, "html")
    assert c.url == "https://epi.org.uk/publications/the-cost-of-a-school-meal/"
    assert (c.title, str(c.date)) == ("The cost of a school meal", "2024-06-24")


def test_staff_and_series_pages_of_the_own_site_are_navigation() -> None:
    own = "https://www.observer.example.com/news/2024/08/07/water/"
    assert is_own_navigation("https://www.observer.example.com/staff/oliver-grant/", own)
    assert is_own_navigation("https://www.observer.example.com/series/paying-for-pipes/", own)
    assert not is_own_navigation("https://other.example.com/staff/oliver-grant/", own)
    assert not is_own_navigation("https://www.observer.example.com/news/2024/05/14/lead-pipes/", own)


# --- Belarusian ------------------------------------------------------------------------------------------


def test_belarusian_dateline_agency_and_weekday() -> None:
    text = (
        "Мінск, 22 сакавіка 2024, 14:05\n\nЧыгунка павялічыць колькасць электрычак, паведаміла ў пятніцу "
        "агенцтва БелТА.\nhttps://www.belta.by/society/view/chygunka-623456-2024/\n"
    )
    c = _one(text, "text")
    assert c.article is not None
    assert str(c.article.date) == "2024-03-22"
    assert (c.outlet, str(c.date)) == ("БелТА", "2024-03-22")


def test_belarusian_related_label() -> None:
    text = (
        "Тэкст.\n\nЧытайце таксама:\nНовыя цягнікі Штадлер выйдуць на маршрут улетку\n"
        "https://www.rw.by/news/2024/03/shtadler/\n"
    )
    assert _one(text, "text").title == "Новыя цягнікі Штадлер выйдуць на маршрут улетку"


# --- datelines -------------------------------------------------------------------------------------------


def test_place_comma_date_dash_opens_a_paragraph_as_a_dateline() -> None:
    story = " Кабінет міністрів ухвалив програму відновлення 46 мостів у Харківській області на три роки."
    text = f"Уряд затвердив програму\n\nКиїв, 9 травня 2024, 12:30 —{story}\n\n³ Правда, 28 березня 2024,\n"
    assert dateline(text) == (PartialDate(2024, 5, 9), 3)
    assert dateline(f"Title\n\nKyiv, 9 May 2024 —{story}")[0] == PartialDate(2024, 5, 9)
    assert dateline(f"Title\n\nPeople, however, said so —{story}") == (None, None)


# --- Chinese and Japanese entries ------------------------------------------------------------------------


def test_cjk_quoted_title_and_date_in_a_list_entry() -> None:
    text = (
        "参考リンク\n"
        "・東北観光推進機構「東北の観光動向レポート」 https://www.tohokukanko.jp/report/2024/\n"
        "・Bloomberg「Japan's Tourist Boom Spreads Beyond Tokyo」（2024年4月22日） "
        "https://www.bloomberg.com/news/articles/2024-04-22/japan-s-tourist-boom\n"
    )
    first, second = extract_citations(text, "text")
    assert first.title == "東北の観光動向レポート"
    assert (second.title, second.outlet, str(second.date)) == (
        "Japan's Tourist Boom Spreads Beyond Tokyo",
        "Bloomberg",
        "2024-04-22",
    )


def test_source_line_is_the_entry_of_its_link() -> None:
    text = (
        "日本政府観光局の推計では、4月の訪日客数は304万人だった。\n"
        "出典：JNTO「訪日外客数（2024年4月推計値）」2024年5月15日\n"
        "https://www.jnto.go.jp/statistics/data/20240515.pdf\n"
    )
    c = _one(text, "text")
    assert (c.title, str(c.date)) == ("訪日外客数（2024年4月推計値）", "2024-05-15")


def test_cjk_title_and_date_helpers() -> None:
    assert looks_like_title("“東北の観光動向レポート”") == "東北の観光動向レポート"
    assert looks_like_title("“東北”") is None  # too short to be a title
    assert find_dmy("Bloomberg（2024年4月22日）") == PartialDate(2024, 4, 22)
    assert find_dmy("2024年4月") is None  # a month is not a whole date


# --- names and legal citations ---------------------------------------------------------------------------


def test_organisation_word_after_more_words_of_the_name() -> None:
    text = (
        "A path opened in 2013.\n\n"
        "- [Keswick railway path](http://www.lakedistrict.gov.uk/cycling/keswick-path), "
        "Lake District National Park Authority.\n"
    )
    assert _one(text, "markdown").outlet == "Lake District National Park Authority"
    text = "The London Assembly said on Monday: https://www.london.gov.uk/questions/night-buses-2\n"
    assert _one(text, "text").outlet == "London Assembly"


def test_date_in_parentheses_right_before_a_link_is_its_date() -> None:
    text = (
        "Trade press repeated it. Jane Roe, Drone Is Certified, THE VERGE (Feb. 2, 2024), "
        "https://www.theverge.com/2024/2/2/drone; John Doe, FAA Says No, REUTERS (Feb. 5, 2024, 4:12 PM),\n"
        "https://www.reuters.com/business/faa-says-no-2024-02-05/. See FAA, Data Sheets (last\n"
        "visited May 10, 2024), https://drs.faa.gov/browse/TCDS.\n"
    )
    verge, reuters, faa = extract_citations(text, "text")
    assert (str(verge.date), str(reuters.date)) == ("2024-02-02", "2024-02-05")
    assert str(faa.access_date) == "2024-05-10"
    assert (
        _one("Read it (Jan. 9, 2024) later, https://example.org/a\n", "text").date is None
    )  # not just before


def test_google_docs_title_paragraph_is_the_articles_title() -> None:
    text = (
        '<html><body><p class="c1 title"><span>Draft: Night buses</span></p>'
        "<p>Ridership fell by a fifth, according to <a href='https://tfl.gov.uk/bus-data'>TfL data</a>.</p>"
        "</body></html>"
    )
    c = _one(text, "html")
    assert c.article is not None
    assert c.article.title == "Draft: Night buses"


# --- sentences, cues and quoted titles -------------------------------------------------------------------


def test_a_footnote_marker_after_a_full_stop_ends_the_sentence() -> None:
    text = (
        "<p>The Evening Standard <a href='https://www.standard.co.uk/news/night-bus-cuts'>reported on "
        "Friday</a> that two routes are under review.<sup><a href='#c1'>[a]</a></sup> "
        "London TravelWatch’s response is "
        "<a href='https://www.londontravelwatch.org.uk/news/night-bus-response/'>here</a>.</p>"
    )
    standard, _ = extract_citations(text, "html", article_date=PartialDate(2023, 12, 4))
    assert str(standard.date) == "2023-12-01"


def test_covered_is_a_reporting_verb() -> None:
    text = "Yle [covered the Finnish trial on Monday][yle].\n\n[yle]: https://yle.fi/a/74-20067543\n"
    c = _one(text, "markdown", article_date=PartialDate(2024, 1, 9))
    assert (c.outlet, str(c.date)) == ("Yle", "2024-01-08")


def test_a_quoted_title_wrapped_over_lines_in_an_entry() -> None:
    text = (
        'References\n\n[2] S. M. Jones and H. Shankar, "Scholarly context adrift: Three out of four URI\n'
        '    references lead to changed content," PLoS ONE, vol. 11, 2016. [Online]. Available:\n'
        "    https://doi.org/10.1371/journal.pone.0167475\n"
    )
    c = _one(text, "text")
    assert c.title == "Scholarly context adrift: Three out of four URI references lead to changed content"
