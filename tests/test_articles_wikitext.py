"""Wikitext articles: citation templates with every listed parameter, nesting, comments, bare links."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles.wikitext import defuse, is_citation_template
from linkcheck.models import Citation, PartialDate

NASTY = (Path(__file__).parent / "fixtures" / "articles" / "nasty.wiki").read_text(encoding="utf-8")
MT = (
    "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
)


def by_url(citations: list[Citation]) -> dict[str, Citation]:
    return {c.url: c for c in citations}


def test_nasty_wikitext_article() -> None:
    citations = extract_citations(NASTY, "auto", source="nasty.wiki")
    found = by_url(citations)
    assert list(found) == [
        "https://ria.ru/20200109/1563219328.html",
        "https://tass.ru/politika/7487995",
        "https://nested.example.org/a",
        "http://old.example.com/story",
        MT,
        "https://bare.example.org/page",
    ]
    ria = found["https://ria.ru/20200109/1563219328.html"]
    assert ria.line == 3  # the second citation of the same URL (line 13) is merged into it
    assert ria.title == "Ирак возобновил переговоры с Россией о покупке С-300"
    assert ria.note == "translated title: Iraq resumed talks with Russia on buying S-300"
    assert ria.date == PartialDate(2020, 1, 9)
    assert ria.access_date == PartialDate(2020, 1, 10)
    assert ria.outlet == "РИА Новости"
    tass = found["https://tass.ru/politika/7487995"]
    assert tass.line == 5  # its template opens on line 4; the link is on its ` | url = ` line (ux4)
    assert (tass.title, tass.outlet, tass.date) == (
        "Жириновский призвал Иран купить С-400",
        "TASS",
        PartialDate(2020, 1, 9),
    )
    assert tass.archive_url == "https://web.archive.org/web/20200110000000/https://tass.ru/politika/7487995"
    assert tass.note == "archived 2020-01-10; url-status: live"
    nested = found["https://nested.example.org/a"]
    assert (nested.title, nested.outlet, nested.date) == (
        "Nested | Pipe Title",
        "Nested Press",
        PartialDate(2019),
    )
    old = found["http://old.example.com/story"]
    assert (old.date, old.note) == (PartialDate(2015, 3), "url-status: dead")
    assert old.archive_url == "https://web.archive.org/web/2016/http://old.example.com/story"
    mt = found[MT]
    assert (mt.title, mt.outlet, mt.line) == (
        "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?",
        "The Moscow Times",
        23,
    )
    assert all(c.article is None for c in citations)


def test_nothing_from_comments_nowiki_or_code() -> None:
    urls = " ".join(c.url for c in extract_citations(NASTY, "wikitext"))
    assert "commented" not in urls
    assert "nowiki" not in urls
    assert "code.example" not in urls


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("cite web", True),
        ("Cite_news", True),
        ("citation", True),
        ("cite journal", True),
        ("vcite book", True),
        ("Cite press release", True),
        ("reflist", False),
        ("lang", False),
        ("citation needed", False),
    ],
)
def test_is_citation_template(name: str, expected: bool) -> None:
    assert is_citation_template(name) is expected


def test_outlet_parameter_priority_and_old_parameter_spellings() -> None:
    text = (
        "{{cite news |url=https://a.example/x |title=T |publisher=Publisher Co |work=''The Work'' "
        "|accessdate=2020-02-01 |archiveurl=https://archive.example/x |archivedate=2020-02-02 |deadurl=yes}}"
    )
    (citation,) = extract_citations(text, "wikitext")
    assert citation.outlet == "The Work"
    assert citation.access_date == PartialDate(2020, 2, 1)
    assert citation.archive_url == "https://archive.example/x"
    assert citation.note == "archived 2020-02-02; url-status: dead"


def test_script_title_when_there_is_no_title_and_templates_in_urls() -> None:
    text = "{{cite web |url=https://a.example/<!-- c -->path |script-title=ru:Заголовок}}"
    (citation,) = extract_citations(text, "wikitext")
    assert (citation.url, citation.title) == ("https://a.example/path", "Заголовок")


def test_cite_without_scheme_is_reported() -> None:
    (citation,) = extract_citations("{{cite web |url=www.example.com/x |title=T}}", "wikitext")
    assert citation.error is not None
    assert "not an absolute" in citation.error


def test_cite_without_url_is_not_a_link() -> None:
    assert extract_citations("{{cite book |title=A Book |isbn=978-0-00-000000-0}}", "wikitext") == []


def test_bracketed_link_labels_and_deeply_nested_templates() -> None:
    deep = "{{a|" * 30 + "[https://deep.example/x Deep Link Label Title]" + "}}" * 30
    (citation,) = extract_citations(deep, "wikitext")
    assert citation.url == "https://deep.example/x"
    assert citation.title == "Deep Link Label Title"  # Title Case of three or more words reads as a title
    (plain,) = extract_citations("[https://deep.example/y the label]", "wikitext")
    assert plain.title is None


def test_defuse_leaves_ordinary_wikitext_alone() -> None:
    assert defuse(NASTY) == NASTY


def test_defuse_turns_many_unclosed_constructs_into_text_of_the_same_length() -> None:
    text = "{{" * 40 + "[[" * 40 + "<ref>" * 40 + "[https://a.example " * 40 + "\n{|\n" * 40
    defused = defuse(text)
    assert len(defused) == len(text)
    assert "{{" not in defused
    assert "[[" not in defused
    assert "<ref>" not in defused
    assert "[https" not in defused
    assert "{|" not in defused


def test_a_real_citation_after_thousands_of_unclosed_openers_is_still_found() -> None:
    text = (
        "{{cite web|url=" * 2000 + "\n\n{{cite web |url=https://real.example/x |title=Real}}\n" + "<!-- a -->"
    )
    urls = [c.url for c in extract_citations(text, "wikitext")]
    assert "https://real.example/x" in urls


def test_an_unclosed_comment_hides_the_rest_of_the_page() -> None:
    text = "[https://seen.example/ Seen] <!-- closed --> <!-- unclosed [https://hidden.example/ Hidden]\n"
    assert [c.url for c in extract_citations(text, "wikitext")] == ["https://seen.example/"]


def test_a_ref_holding_one_external_link_is_its_entry() -> None:
    text = (
        "Tolls ended.<ref>[https://www.bbc.co.uk/news/uk-1 \"Bridge tolls to be scrapped\"], ''BBC News'', "
        "3 March 2020.</ref> Line-up.<ref>[https://www.thelist.example.co.uk/article/lineup Lakeside line-up "
        "announced] – ''The List'', 3 February 2022</ref> Китай.<ref>[https://www.kommersant.ru/doc/4497300 "
        "Китайские военные прибыли на «Кавказ»] // [[Коммерсантъ]], 19 сентября 2020</ref> Gone.<ref>"
        "http://old.example.org/history.html {{dead link|date=May 2022}}</ref>"
    )
    bbc, the_list, kommersant, old = extract_citations(text, "wikitext")
    assert (bbc.title, bbc.outlet, bbc.date) == (
        "Bridge tolls to be scrapped",
        "BBC News",
        PartialDate(2020, 3, 3),
    )
    assert (the_list.title, the_list.outlet, the_list.date) == (
        "Lakeside line-up announced",
        "The List",
        PartialDate(2022, 2, 3),
    )
    assert (kommersant.outlet, kommersant.date) == ("Коммерсантъ", PartialDate(2020, 9, 19))
    assert (old.title, old.outlet, old.date) == (None, None, None)


def test_cite_tweet_builds_its_url_from_user_and_number() -> None:
    text = (
        "<ref>{{cite tweet |user=LakesideFolk |number=1245678901234567890 |title=We are heartbroken "
        "|date=2 April 2020}}</ref>"
    )
    (citation,) = extract_citations(text, "wikitext")
    assert citation.url == "https://twitter.com/LakesideFolk/status/1245678901234567890"
    assert (citation.title, citation.date) == ("We are heartbroken", PartialDate(2020, 4, 2))


def test_russian_wikipedia_citation_templates_and_parameters() -> None:
    text = (
        "<ref>{{Статья|автор=|заглавие=Иностранные военные прибыли на учения|ссылка=https://tass.ru/armiya/9471234"
        "|издание=[[ТАСС]]|год=2020|месяц=9|день=18}}</ref>"
        "<ref>{{Публикация|заглавие=Учения завершились|ссылка=https://ria.ru/20200926/1.html"
        "|издание=РИА Новости|дата=26 сентября 2020|дата обращения=28 сентября 2020}}</ref>"
    )
    tass, ria = extract_citations(text, "wikitext")
    assert (tass.url, tass.title, tass.outlet, tass.date) == (
        "https://tass.ru/armiya/9471234",
        "Иностранные военные прибыли на учения",
        "ТАСС",
        PartialDate(2020, 9, 18),
    )
    assert (ria.outlet, ria.date, ria.access_date) == (
        "РИА Новости",
        PartialDate(2020, 9, 26),
        PartialDate(2020, 9, 28),
    )


def test_polish_wikipedia_cytuj_templates_and_parameters() -> None:
    page_url = "https://www.example.gov.pl/web/wody/zbiornik"
    archive = f"https://web.archive.org/web/20210118093000/{page_url}"
    fields = [
        f"url = {page_url}",
        "tytuł = Zbiornik – charakterystyka",
        "opublikowany = Wody Polskie",
        "data = 2019-06-14",
        "data dostępu = 2023-08-02",
        f"archiwum = {archive}",
        "zarchiwizowano = 2021-01-18",
    ]
    text = (
        "<ref>{{Cytuj stronę | " + " | ".join(fields) + "}}</ref>"
        "<ref>{{Cytuj | autor = Anna Nowak | tytuł = Zakwitły sinice | czasopismo = Gazeta Wyborcza"
        " | data = 2022-07-21 | url = https://warszawa.example.pl/7,1,2,sinice.html}}</ref>"
    )
    page, paper = extract_citations(text, "wikitext")
    assert (page.title, page.outlet, page.date, page.access_date, page.archive_url) == (
        "Zbiornik – charakterystyka",
        "Wody Polskie",
        PartialDate(2019, 6, 14),
        PartialDate(2023, 8, 2),
        archive,
    )
    assert (paper.title, paper.outlet, paper.date) == (
        "Zakwitły sinice",
        "Gazeta Wyborcza",
        PartialDate(2022, 7, 21),
    )
