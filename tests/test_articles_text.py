"""Plain-text articles: bare URLs, trimming, wrapped links, related titles, outlets and report dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._base import find_urls, looks_like_title, slug_match, url_key
from linkcheck.models import Citation, PartialDate

NASTY = (Path(__file__).parent / "fixtures" / "articles" / "nasty.txt").read_text(encoding="utf-8")


def by_url(citations: list[Citation]) -> dict[str, Citation]:
    return {c.url: c for c in citations}


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("(see https://a.example/x).", "https://a.example/x"),
        ("https://en.wikipedia.org/wiki/Foo_(bar), then", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("[https://a.example/x]", "https://a.example/x"),
        ("«https://ria.ru/a.html»", "https://ria.ru/a.html"),
        ("“https://a.example/q?x=1&y=2”…", "https://a.example/q?x=1&y=2"),
        ("<https://a.example/auto>", "https://a.example/auto"),
        ("'https://a.example/it's'", "https://a.example/it's"),
        ("Go to www.example.org/page!", "https://www.example.org/page"),
        ("https://пример.рф/путь?q=%D0%B0;", "https://пример.рф/путь?q=%D0%B0"),
        ("https://a.example/#frag:", "https://a.example/#frag"),
    ],
)
def test_bare_urls_are_trimmed(text: str, url: str) -> None:
    assert [found for _, _, found in find_urls(text)] == [url]


def test_a_url_wrapped_after_a_hyphen_is_joined_but_not_a_following_word() -> None:
    text = "https://a.example/some-long-\nslug-here and\nhttps://b.example/\nfor more"
    assert [u for _, _, u in find_urls(text)] == [
        "https://a.example/some-long-slug-here",
        "https://b.example/",
    ]


def test_no_url_from_bare_host_names_or_emails() -> None:
    assert find_urls("mil.ru desk@example.com http:// https:// nothing") == []


def test_url_key_folds_spellings_of_one_url() -> None:
    assert url_key("HTTPS://Ria.RU:443/a%2Db") == url_key("https://ria.ru/a-b")
    assert url_key("https://пример.рф/") == url_key("https://xn--e1afmkfd.xn--p1ai")
    assert url_key("https://ru.wikipedia.org/wiki/%D0%A1") == url_key("https://ru.wikipedia.org/wiki/С")
    assert url_key("https://a.example/x#one") != url_key("https://a.example/x#two")
    assert url_key("http://a.example/") != url_key("https://a.example/")


def test_nasty_plain_text_article() -> None:
    citations = extract_citations(NASTY, "text", source="nasty.txt")
    urls = [c.url for c in citations]
    assert urls == [
        "https://www.kommersant.ru/doc/4215487?from=main_1",
        "https://en.wikipedia.org/wiki/S-300_missile_system_(NATO_name)",
        "https://meduza.io/feature/2020/01/08/iraq-s-300",
        "https://ru.wikipedia.org/wiki/С-300_(зенитная_ракетная_система)",
        "https://пример.рф/новости/2020/01/09",
        "https://www.themoscowtimes.com/2020/01/09/iraq-resumes-talks-with-russia-to-buy-s-300-air-defense-systems-a68829",
        "https://example.org/",
        "https://example.net/quoted",
        "https://example.net/bracketed",
    ]
    found = by_url(citations)
    kommersant = found[urls[0]]
    # The article dates itself ("Published: January 9, 2020"); "reported on Tuesday" is two days before.
    assert kommersant.article is not None
    assert kommersant.article.date == PartialDate(2020, 1, 9)
    assert kommersant.article.line == 1
    assert kommersant.date == PartialDate(2020, 1, 7)
    assert kommersant.outlet == "Kommersant"
    assert kommersant.line == 4  # the duplicate on line 22 is merged into the first
    assert found[urls[2]].outlet == "Meduza"
    # The wrapped link is joined and the "Read more:" title goes to it by its slug, not to Meduza's.
    assert found[urls[5]].title == "Iraq Resumes Talks With Russia to Buy S-300 Air Defense Systems"
    assert found[urls[5]].note == "Read more"
    assert found[urls[2]].title is None
    # The percent-encoded and punycode twins are the same URLs, merged.
    assert found[urls[3]].line == 9
    assert found[urls[4]].line == 13


def test_explicit_article_date_wins_over_the_dateline() -> None:
    (first, *_) = extract_citations(NASTY, "text", article_date=PartialDate(2020, 1, 10))
    assert first.article is not None
    assert first.article.date == PartialDate(2020, 1, 10)
    assert first.date == PartialDate(2020, 1, 7)


@pytest.mark.parametrize(
    "head",
    [
        "January 9, 2020",
        "Thursday, 9 January 2020 10:15",
        "2020-01-09",
        "Posted on: Jan. 9, 2020",
        "9 января 2020",
    ],
)
def test_datelines(head: str) -> None:
    (citation,) = extract_citations(f"Headline Here\n{head}\n\nBody https://a.example/x\n", "text")
    assert citation.article is not None
    assert citation.article.date == PartialDate(2020, 1, 9)


def test_a_date_in_a_sentence_is_not_a_dateline() -> None:
    text = "Talks began on January 3, 2020, officials said.\n\nhttps://a.example/x\n"
    assert extract_citations(text, "text")[0].article is None


def test_a_weekday_with_two_candidate_reports_dates_neither() -> None:
    text = "RIA and TASS both reported on Monday that talks resumed.\n\nhttps://ria.ru/a\nhttps://tass.ru/b\n"
    ria, tass = extract_citations(text, "text", article_date=PartialDate(2020, 1, 9))
    assert (ria.outlet, tass.outlet) == ("RIA", "TASS")
    assert (ria.date, tass.date) == (None, None)


def test_a_weekday_in_a_sentence_without_a_report_dates_nothing() -> None:
    text = "Iran fired missiles Wednesday at bases in Iraq.\n\nhttps://ria.ru/a\n"
    (ria,) = extract_citations(text, "text", article_date=PartialDate(2020, 1, 9))
    assert ria.date is None


def test_month_and_day_without_a_year_take_the_article_year_or_the_one_before() -> None:
    text = "TASS reported on Dec. 30 that talks would resume. TASS said so.\n\nhttps://tass.ru/b\n"
    (tass,) = extract_citations(text, "text", article_date=PartialDate(2020, 1, 9))
    assert tass.date == PartialDate(2019, 12, 30)


def test_an_ordinary_word_needs_an_outlet_cue_but_an_acronym_does_not() -> None:
    text = (
        "The meduza of myth looked on. The BBC was there.\n\n"
        "https://meduza.io/a\nhttps://www.bbc.co.uk/news/b\n"
    )
    meduza, bbc = extract_citations(text, "text")
    assert meduza.outlet is None
    assert bbc.outlet == "BBC"


def test_compound_names_match_squeezed_host_labels() -> None:
    text = (
        "The New York Times reported it first, and The Moscow Times followed.\n\n"
        "https://www.nytimes.com/2020/01/09/world/iraq.html\nhttps://www.themoscowtimes.com/x\n"
    )
    nyt, mt = extract_citations(text, "text")
    assert nyt.outlet == "New York Times"
    assert mt.outlet == "The Moscow Times"


def test_cyrillic_outlet_names_match_romanised_hosts() -> None:
    text = "Об этом сообщило агентство РИА Новости.\n\nhttps://ria.ru/20200109/1563219328.html\n"
    (ria,) = extract_citations(text, "text")
    assert ria.outlet == "РИА Новости"


def test_initials_that_happen_to_spell_a_host_need_a_cue() -> None:
    text = "Will Russia Reinforce Iraq's Air Defenses?\n\nhttps://ria.ru/x\n"
    assert extract_citations(text, "text")[0].outlet is None


def test_related_line_with_its_own_url_and_with_a_link_on_the_next_line() -> None:
    text = (
        "See also: https://a.example/123 A Report Without A Slug\n\n"
        "Related: Numbers Only Story Title\n"
        "https://b.example/news/98765\n"
    )
    first, second = extract_citations(text, "text")
    assert first.title == "A Report Without A Slug"
    assert first.note == "See also"
    assert second.title == "Numbers Only Story Title"
    assert second.note == "Related"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("here", None),
        ("click here", None),
        ("[3]", None),
        ("https://a.example/x", None),
        ("ria.ru", None),
        ("Reuters", None),
        ("told the state-run news agency", None),
        ("Iraq Resumes S-300 Talks With Russia", "Iraq Resumes S-300 Talks With Russia"),
        ("“Iraq resumes talks”", "Iraq resumes talks"),
    ],
)
def test_looks_like_title(text: str, expected: str | None) -> None:
    assert looks_like_title(text) == expected


def test_sentence_case_titles_need_the_slug_or_a_line_of_their_own() -> None:
    url = "https://a.example/2020/01/09/iraq-resumes-talks-with-russia"
    assert looks_like_title("Iraq resumes talks with Russia", url) == "Iraq resumes talks with Russia"
    assert looks_like_title("Iraq resumes talks with Russia") is None
    assert (
        looks_like_title("Iraq resumes talks with Russia", standalone=True)
        == "Iraq resumes talks with Russia"
    )


def test_slug_match_prefers_the_fuller_slug() -> None:
    title = "Iraq Resumes Talks With Russia to Buy S-300 Air Defense Systems"
    full = slug_match(
        title, "https://a.example/iraq-resumes-talks-with-russia-to-buy-s-300-air-defense-systems"
    )
    short = slug_match(title, "https://b.example/iraq-s-300")
    assert full > 0.9 > short
    assert slug_match(title, "https://tass.ru/politika/7487995") == 0.0


@pytest.mark.parametrize("marker", ["[4]", "4.", "(4)", "4)"])
def test_a_numbered_list_marker_is_not_the_rest_of_the_url_before_it(marker: str) -> None:
    text = f"[3] https://a.example/news/\n{marker} https://b.example/x\n"
    assert [u for _, _, u in find_urls(text)] == ["https://a.example/news/", "https://b.example/x"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Talks stalled, according to Meduza. https://meduza.io/a", "Meduza"),
        (
            "Sales rose, according to the European Heat Pump Association. https://www.ehpa.org/a",
            "European Heat Pump Association",
        ),
        ("That is what NACTO's design guide says. https://nacto.org/guide", "NACTO"),
        ("The best short read is Carbon Brief’s explainer. https://www.carbonbrief.org/x", "Carbon Brief"),
        ("The map by Back on Track shows it. https://back-on-track.eu/map", "Back on Track"),
        ("A long read (FreightWaves) disagrees. https://www.freightwaves.com/news/x", "FreightWaves"),
        # a letter doubled across the words is single in the host's loose spelling
        ("Consumer Reports found it. https://www.consumerreports.org/water/x", "Consumer Reports"),
        ("The Consumer Reports team found it. https://www.consumerreports.org/water/x", "Consumer Reports"),
    ],
)
def test_outlet_names_after_according_to_possessive_camel_case_and_with_on(text: str, outlet: str) -> None:
    (citation,) = extract_citations(text, "text")
    assert citation.outlet == outlet


def test_a_camel_case_word_that_is_not_the_hosts_name_is_no_outlet() -> None:
    (citation,) = extract_citations("The YouTube video shows it. https://www.freightwaves.com/news/x", "text")
    assert citation.outlet is None


@pytest.mark.parametrize(
    ("text", "outlet", "date"),
    [
        ("Laut Spiegel fehlen 60 Milliarden (https://www.spiegel.de/politik/a-1).", "Spiegel", None),
        (
            "Wie die Frankfurter Allgemeine Zeitung am Mittwoch berichtete, war das erwartet:\n"
            "https://www.faz.net/aktuell/urteil-1.html",
            "Frankfurter Allgemeine Zeitung",
            PartialDate(2023, 11, 15),
        ),
        (
            "Wie die „Süddeutsche Zeitung“ am Donnerstag berichtete, sind Flughäfen betroffen "
            "(https://www.sueddeutsche.de/wirtschaft/streik-1.5775123).",
            "Süddeutsche Zeitung",
            PartialDate(2023, 11, 16),
        ),
        (
            "Nach Angaben der FAZ vom 14. November rechnen Experten mit Staus. https://www.faz.net/a.html",
            "FAZ",
            PartialDate(2023, 11, 14),
        ),
        (
            "Как сообщил ТАСС 13 ноября, учения завершились.\nhttps://tass.ru/armiya/1",
            "ТАСС",
            PartialDate(2023, 11, 13),
        ),
        (
            "Ведомости во вторник сообщили, что расходы выросли: https://www.vedomosti.ru/politics/1",
            "Ведомости",
            PartialDate(2023, 11, 14),
        ),
        ("Ранее «Коммерсантъ» писал об этом (https://www.kommersant.ru/doc/1).", "Коммерсантъ", None),
        (  # a month with an umlaut after an ordinal day ends no sentence either
            "Nach Angaben der FAZ vom 22. März rechnen Experten mit Staus. Zum Artikel: https://www.faz.net/b.html",
            "FAZ",
            PartialDate(2023, 3, 22),
        ),
    ],
)
def test_german_and_russian_outlet_cues_reporting_verbs_weekdays_and_months(
    text: str, outlet: str, date: PartialDate | None
) -> None:
    (citation,) = extract_citations(text, "text", article_date=PartialDate(2023, 11, 16))  # a Thursday
    assert (citation.outlet, citation.date) == (outlet, date)


def test_german_related_lines() -> None:
    text = "Mehr zum Thema: Was die Schuldenbremse eigentlich regelt\nhttps://z.example/politik/1.90123\n"
    (citation,) = extract_citations(text, "text")
    assert (citation.title, citation.note) == ("Was die Schuldenbremse eigentlich regelt", "Mehr zum thema")


def test_a_name_inside_a_longer_outlet_name_names_no_other_host() -> None:
    text = (
        "Wie die Frankfurter Allgemeine Zeitung am Mittwoch berichtete, war das erwartet:\n"
        "https://www.faz.net/aktuell/urteil-1.html\n\nMore: https://www.zeitung.example.de/politik/x\n"
    )
    faz, other = extract_citations(text, "text", article_date=PartialDate(2023, 11, 16))
    assert (faz.outlet, faz.date) == ("Frankfurter Allgemeine Zeitung", PartialDate(2023, 11, 15))
    assert other.outlet is None


def test_a_url_cited_twice_is_one_candidate_for_the_report_a_sentence_dates() -> None:
    text = (
        "The Financial Times said on Tuesday that the plan was agreed, citing two officials:\n"
        "https://www.ft.com/content/4d7a1c2e\n\n"
        "Read more: Chile's Lithium Plan Explained\nhttps://www.ft.com/content/4d7a1c2e\n"
    )
    (ft,) = extract_citations(text, "text", article_date=PartialDate(2023, 3, 8))
    assert (ft.outlet, ft.date) == ("Financial Times", PartialDate(2023, 3, 7))
    assert ft.title == "Chile's Lithium Plan Explained"


def test_a_possessive_ends_the_name_of_an_outlet() -> None:
    text = "Rates are high: see Drewry’s World Container Index. https://www.drewry.co.uk/wci\n"
    (citation,) = extract_citations(text, "text")
    assert citation.outlet is None  # "Drewry" alone is an ordinary word without a cue
    text = "Rates are high, according to Drewry’s World Container Index. https://www.drewry.co.uk/wci\n"
    (citation,) = extract_citations(text, "text")
    assert citation.outlet == "Drewry"


def test_a_list_item_whose_url_is_on_its_continuation_line_is_one_entry() -> None:
    text = (
        "Further reading:\n"
        '* "Lithium Triangle Faces Water Questions", Mongabay, 2 March 2023\n'
        "  https://news.mongabay.com/2023/03/lithium-triangle/\n"
        '* The Bloomberg piece: "Chile Delays Lithium Plan", Bloomberg, 6 March 2023,\n'
        "  https://www.bloomberg.com/news/articles/2023-03-06/chile\n"
    )
    mongabay, bloomberg = extract_citations(text, "text")
    assert (mongabay.title, mongabay.outlet, mongabay.date) == (
        "Lithium Triangle Faces Water Questions",
        "Mongabay",
        PartialDate(2023, 3, 2),
    )
    assert (bloomberg.title, bloomberg.outlet, bloomberg.date) == (
        "Chile Delays Lithium Plan",
        "Bloomberg",
        PartialDate(2023, 3, 6),
    )


def test_a_prose_paragraph_ending_with_a_url_is_not_a_reference_entry() -> None:
    text = 'On 3 March 2020 the minister said "we will never agree to this". https://gov.example/speech\n'
    (citation,) = extract_citations(text, "text")
    # No entry's title; the date is the reporting sentence's day (as with an article's date before the
    # seed7 probe, without one since: the day is written with its year).
    assert (citation.title, citation.date) == (None, PartialDate(2020, 3, 3))


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_newsletter_and_promotion_lines_are_not_citations(fmt: str) -> None:
    text = (
        "View this email in your browser: https://news.example.com/issues/112\n\n"
        "The report is at https://cited.example.org/report.\n\n"
        "--\n"
        "Unsubscribe: https://news.example.com/unsubscribe?id=8c1f2e\n"
        "Update your preferences: https://news.example.com/preferences?id=8c1f2e\n"
        "Forward to a friend: https://news.example.com/forward?issue=112\n"
        "Подписывайтесь на наш канал в Telegram: https://t.me/examplenews_ru\n"
        "[Unsubscribe](https://news.example.com/u?id=1) | [Manage your subscription](https://news.example.com/m)\n"
    )
    assert [c.url for c in extract_citations(text, fmt)] == ["https://cited.example.org/report"]


def test_numbered_markers_point_at_the_numbered_link_list() -> None:
    text = (
        'The industry blamed the cap ("Auction Round 5 results: what went\nwrong" [4]).\n\n'
        "Reading list\n"
        '- "Why grid batteries are getting cheaper", Canary Media, 10 January 2023 [6]\n'
        "- The IEA's report [7]\n\n"
        "Links\n"
        "[4] https://www.renewableuk.com/news/auction-round-5\n"
        "[6] https://www.canarymedia.com/articles/grid-batteries\n"
        "[7] https://www.iea.org/reports/electricity-2023\n"
    )
    renewable, canary, iea = extract_citations(text, "text")
    assert renewable.title == "Auction Round 5 results: what went wrong"
    assert (canary.title, canary.outlet, canary.date) == (
        "Why grid batteries are getting cheaper",
        "Canary Media",
        PartialDate(2023, 1, 10),
    )
    assert (iea.title, iea.outlet) == (None, "IEA")


def test_a_name_followed_by_its_url_in_parentheses_is_the_outlet() -> None:
    text = (
        "Das Handelsblatt (https://www.handelsblatt.com/politik/haushalt-1.html) rechnet mit Kürzungen.\n"
        "Ordinary words stay words: the meduza of myth (https://example.org/myth).\n"
    )
    handelsblatt, other = extract_citations(text, "text")
    assert (handelsblatt.outlet, other.outlet) == ("Handelsblatt", None)


def test_a_month_and_day_in_an_entry_read_against_the_article_date() -> None:
    text = (
        "Published: January 12, 2023\n\nReading list\n"
        '- "Why grid batteries are getting cheaper", Canary Media, Jan. 10\n'
        "  https://www.canarymedia.com/articles/grid-batteries\n"
    )
    (citation,) = extract_citations(text, "text")
    assert citation.date == PartialDate(2023, 1, 10)
    assert citation.note == "“Jan. 10” read as 2023-01-10 (article date 2023-01-12)"


def test_a_link_looks_back_a_bounded_stretch_for_its_numbered_list_marker() -> None:
    """Each link looks back at most a marker's length for its "[n] " (not to the start of the text, which
    made a long article's links quadratic)."""
    import time

    from linkcheck.articles._base import Link
    from linkcheck.articles._entries import read_markers

    text = "x" * 50_000_000 + "".join(f" https://a.example/{i}" for i in range(1000))
    links = []
    at = text.find(" https://") + 1
    while at > 0:
        end = text.find(" ", at)
        end = len(text) if end < 0 else end
        links.append((at, end, Link(url=text[at:end], line=1)))
        at = text.find(" https://", end) + 1
    started = time.process_time()
    read_markers(text, links)
    assert time.process_time() - started < 1


def test_mail_gateway_and_amp_wrappers_are_read_as_the_links_they_hold() -> None:
    safelinks = (
        "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.example.org%2Fnews%2Fa-1"
        "&data=05%7C02%7Cx%40y.example%7C0%7C&sdata=AbC%3D&reserved=0"
    )
    proofpoint2 = (
        "https://urldefense.proofpoint.com/v2/url?u=https-3A__www.example.net_local-2Dnews_story-5F2_"
        "&d=DwMFaQ&c=abc&r=def&m=ghi&s=jkl&e="
    )
    proofpoint3 = "https://urldefense.com/v3/__https://www.example.com/guide__;!!Ab12!Cd34$"
    amp_viewer = "https://www.google.com/amp/s/amp.example.co.uk/uk-news/2024/mar/01/fare-cap"
    amp_cache = "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/bus-fares/amp/"
    text = "\n".join(["Reading:", safelinks, proofpoint2, proofpoint3, amp_viewer, amp_cache, "Thanks"])
    citations = extract_citations(text, "text")
    assert [c.url for c in citations] == [
        "https://www.example.org/news/a-1",
        "https://www.example.net/local-news/story_2/",
        "https://www.example.com/guide",
        "https://amp.example.co.uk/uk-news/2024/mar/01/fare-cap",
        "https://www.example.com/bus-fares/amp/",
    ]
    assert all(c.note and "unwrapped from a redirect via" in c.note for c in citations)
    # A lookalike path on another host, and a v3 link with a run of replaced characters, stay as they are.
    kept = "https://www.example.org/amp/s/www.example.net/x https://urldefense.com/v3/__https://a.example/**b__;AB!!x$"
    assert [c.url for c in extract_citations(kept, "text")] == [
        "https://www.example.org/amp/s/www.example.net/x",
        "https://urldefense.com/v3/__https://a.example/**b__;AB!!x$",
    ]


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        (
            "資料はhttps://www.example.go.jp/stf/page_1.html、https://www.example.jp/b/a.htm。",
            ["https://www.example.go.jp/stf/page_1.html", "https://www.example.jp/b/a.htm"],
        ),
        ("全文见https://www.example.cn/a/content_1.htm。下一段", ["https://www.example.cn/a/content_1.htm"]),
        ("数据（https://www.example.cn/sj/t.html）显示，增长", ["https://www.example.cn/sj/t.html"]),
        ("「https://www.example.jp/news/1.html」を参照", ["https://www.example.jp/news/1.html"]),
        ("انظر https://www.example.ae/ar/news/q3، وكذلك", ["https://www.example.ae/ar/news/q3"]),
        ("xhttp://a.example/b and foo.www.example.com and Ωhttp://a.example/c", []),
    ],
)
def test_full_width_and_arabic_punctuation_end_a_url(text: str, urls: list[str]) -> None:
    assert [c.url for c in extract_citations(text, "text")] == urls


def test_a_line_opening_with_markup_does_not_continue_a_url() -> None:
    text = "The notes: https://www.example.org/docs/release/16.0/\n[/quote]\n\nYes, it passes."
    assert [c.url for c in extract_citations(text, "text")] == ["https://www.example.org/docs/release/16.0/"]


def test_polish_and_portuguese_follow_lines_are_not_citations() -> None:
    text = (
        "Dane GUS: https://stat.example.gov.pl/a,7,31.html\n\n"
        "Obserwuj nas w Google News: https://news.example.com/publications/CAAqBwgK\n"
        "Receba no seu WhatsApp as principais notícias do dia: https://chat.example.com/channel/0029Va\n"
        "Siga-nos no Instagram: https://photos.example.com/jornal\n"
    )
    assert [c.url for c in extract_citations(text, "text")] == ["https://stat.example.gov.pl/a,7,31.html"]


@pytest.mark.parametrize(
    ("sentence", "url", "outlet", "date"),
    [
        (
            "Lo ha riferito lunedì l'ANSA, citando fonti di governo (https://www.ansa.example/2024/a.html).",
            "https://www.ansa.example/2024/a.html",
            "ANSA",
            "2024-03-18",
        ),
        (
            "Secondo quanto scrive il Corriere, il Tesoro stima risparmi (https://www.corriere.example/a.shtml).",
            "https://www.corriere.example/a.shtml",
            "Corriere",
            None,
        ),
        (
            "Segundo a Folha, a informalidade responde por 40% (https://www1.folha.example.br/mercado/a.shtml).",
            "https://www1.folha.example.br/mercado/a.shtml",
            "Folha",
            None,
        ),
        (
            "O Estadão revelou nesta segunda-feira (18) que o ministério prepara mudanças: "
            "https://www.estadao.example.br/economia/mudancas/",
            "https://www.estadao.example.br/economia/mudancas/",
            "Estadão",
            "2024-03-18",
        ),
        (
            "Jak poinformował we wtorek dziennik Rzeczpospolita, koszt wyniesie 15 mld zł "
            "(https://www.rzeczpospolita.example.pl/a/art1).",
            "https://www.rzeczpospolita.example.pl/a/art1",
            "Rzeczpospolita",
            "2024-03-19",
        ),
        (
            "Как писал во вторник «Интерфакс» со ссылкой на участников рынка, сделка выросла "
            "(https://www.interfax.example.ru/world/1).",
            "https://www.interfax.example.ru/world/1",
            "Интерфакс",
            "2024-03-19",
        ),
    ],
)
def test_italian_portuguese_and_polish_reports_name_their_outlet_and_day(
    sentence: str, url: str, outlet: str, date: str | None
) -> None:
    (citation,) = extract_citations(sentence, "text", article_date=PartialDate(2024, 3, 20))
    assert (citation.url, citation.outlet, str(citation.date) if citation.date else None) == (
        url,
        outlet,
        date,
    )


@pytest.mark.parametrize(
    ("text", "url", "date"),
    [
        (
            "I dati dell'Istat pubblicati il 15 marzo mostrano una crescita (https://www.istat.example/a/1).",
            "https://www.istat.example/a/1",
            "2024-03-15",
        ),
        (
            "Os dados divulgados pelo IBGE em 8 de\nmarço mostram queda (https://www.ibge.example.br/n/1).",
            "https://www.ibge.example.br/n/1",
            "2024-03-08",
        ),
        (
            "Z danych GUS z 12 kwietnia 2023 r. wynika, że działa 2,6 mln firm – https://stat.example.pl/a.",
            "https://stat.example.pl/a",
            "2023-04-12",
        ),
        # A capitalised "Mars" after a number is a name, not March.
        (
            "The probe reported 3 Mars landings (https://www.nasa.example/a).",
            "https://www.nasa.example/a",
            None,
        ),
    ],
)
def test_a_lower_case_month_of_another_language_dates_a_report(text: str, url: str, date: str | None) -> None:
    (citation,) = extract_citations(text, "text", article_date=PartialDate(2024, 3, 20))
    assert (citation.url, str(citation.date) if citation.date else None) == (url, date)


@pytest.mark.parametrize(
    ("head", "date"),
    [
        (
            "Desemprego cai para 7,4%\n\n12.mar.2024 às 14h30\nAtualizado: 12.mar.2024 às 18h02\n",
            "2024-03-12",
        ),
        ("日銀、マイナス金利解除を決定\n\n2024年3月19日 15時42分\n", "2024-03-19"),
    ],
)
def test_a_dotted_month_name_and_a_cjk_date_with_a_time_are_datelines(head: str, date: str) -> None:
    (citation,) = extract_citations(head + "\nText: https://a.example/x\n", "text")
    assert citation.article is not None
    assert str(citation.article.date) == date


def test_a_press_releases_superscript_notes_are_entries() -> None:
    text = (
        "PRESS RELEASE\nEmbargoed until 00:01 CET, Tuesday 9 January 2024\n\n"
        "BRUSSELS, 9 January 2024 – Sales grew, the annual report¹ says. Germany led, as figures\n"
        "published by the ZIV on 13 March 2023² show. A study by the European Cyclists' Federation³\n"
        "agrees; the Commission's declaration⁴ too.\n\n"
        "Notes to editors\n\n"
        '¹ Velo Alliance, "European E-Bike Market Report 2024", 9 January 2024,\n'
        "  https://www.velo.example.eu/publications/market-report-2024/\n"
        '² ZIV, "Marktdaten 2022", 13 March 2023,\n  https://www.ziv.example.de/marktdaten/\n'
        "³ European Cyclists' Federation (2018). The benefits of cycling. Retrieved 5 January 2024 from\n"
        "  https://ecf.example.com/benefits-of-cycling\n"
        "⁴ European Declaration on Cycling, COM(2023) 566 final, 4 October 2023:\n"
        "  https://transport.ec.europa.example.eu/declaration-cycling_en\n"
    )
    report, ziv, ecf, declaration = extract_citations(text, "text")
    assert report.article is not None
    assert report.article.date == PartialDate(2024, 1, 9)  # not "published by the ZIV on 13 March 2023"
    assert (report.title, report.date) == ("European E-Bike Market Report 2024", PartialDate(2024, 1, 9))
    assert (ziv.title, ziv.outlet, ziv.date) == ("Marktdaten 2022", "ZIV", PartialDate(2023, 3, 13))
    assert (ecf.outlet, ecf.date, ecf.access_date) == (
        "European Cyclists' Federation",
        PartialDate(2018),
        PartialDate(2024, 1, 5),
    )
    # A year in parentheses glued to a document number is no APA date; the entry's own date is read.
    assert (declaration.title, declaration.outlet, declaration.date) == (None, None, PartialDate(2023, 10, 4))


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("Secondo quanto scrive il Corriere della Sera, il Tesoro stima (https://www.corriere.example/a.shtml).",
         "Corriere della Sera"),
        ("Come aveva anticipato Il Sole 24 Ore, la stretta riguarda i crediti (https://www.ilsole24ore.example/a).",
         "Il Sole 24 Ore"),
        ("The figure comes from the Velo Industry Alliance report (https://www.velo-industry.example.eu/r/).",
         "Velo Industry Alliance"),
        ("Jak poinformował we wtorek portal Money.pl, koszt wzrośnie (https://www.money.example.pl/a.html).",
         "Money.pl"),
        ("長期金利について、NHKによると撤廃する。https://www3.nhk.example.jp/news/html/k1.html", "NHK"),
        # A number not followed by a capitalised word is not part of the name.
        ("The agency told Reuters 2024 figures were final (https://www.reuters.example.com/a).", "Reuters"),
    ],
)  # fmt: skip
def test_an_outlets_name_runs_over_joiners_numbers_and_an_organisations_word(
    sentence: str, outlet: str
) -> None:
    (citation,) = extract_citations(sentence, "text")
    assert citation.outlet == outlet


def test_related_labels_of_more_languages_a_title_on_the_next_line_and_a_slug_missing_words() -> None:
    text = (
        "Czytaj także: Przedsiębiorcy chcą powrotu ryczałtu\n"
        "https://www.bankier.example.pl/wiadomosc/przedsiebiorcy-ryczalt-8712345.html\n\n"
        "Leia também:\nSalário mínimo entra em vigor; veja o que muda\n"
        "https://www.jornal.example.com.br/economia/2024/01/salario-minimo-o-que-muda.html\n\n"
        "関連記事：植田総裁「賃金と物価の好循環を確認」　https://www.nippo.example.jp/articles/2024/03/15/ueda/\n\n"
        "Читайте также: Казахстан получил первую партию вертолетов Ми-35М\n\n"
        "«Мы рассчитываем подписать контракт», — приводит ТАСС слова замминистра.\n\n"
        "https://tass.example.ru/armiya-i-opk/20234567\n"
        "https://www.vestnik.example.ru/2024/02/27/kazakhstan-mi-35m-postavka/\n"
    )
    titles = {c.url: c.title for c in extract_citations(text, "text")}
    assert titles == {
        "https://www.bankier.example.pl/wiadomosc/przedsiebiorcy-ryczalt-8712345.html": (
            "Przedsiębiorcy chcą powrotu ryczałtu"
        ),
        "https://www.jornal.example.com.br/economia/2024/01/salario-minimo-o-que-muda.html": (
            "Salário mínimo entra em vigor; veja o que muda"
        ),
        "https://www.nippo.example.jp/articles/2024/03/15/ueda/": "植田総裁「賃金と物価の好循環を確認」",
        "https://tass.example.ru/armiya-i-opk/20234567": None,
        # Three of the slug's four words are the title's (romanised): the link the line announces.
        "https://www.vestnik.example.ru/2024/02/27/kazakhstan-mi-35m-postavka/": (
            "Казахстан получил первую партию вертолетов Ми-35М"
        ),
    }


def test_a_press_releases_about_block_is_its_own_boilerplate() -> None:
    text = (
        "BRUSSELS, 9 January 2024 – Sales grew, according to the report: https://www.via.example.eu/report/\n\n"
        "About the Velo Industry Alliance\n"
        "The Velo Industry Alliance represents 28 national associations. www.via.example.eu\n\n"
        "About this figure, see https://www.stats.example.org/table.\n"
    )
    assert [c.url for c in extract_citations(text, "text")] == [
        "https://www.via.example.eu/report/",
        "https://www.stats.example.org/table",
    ]
