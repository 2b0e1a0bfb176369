"""Rules added after the eleventh seed-article probe (tests/test_seed_probe11.py), on strings and values.

- ``articles._base.find_urls``: an em or en dash glued between an address ending on its number or a page's
  extension and the text's next word is the text's (the tenth probe's leftover);
- ``gates``: the Latvian, Lithuanian and Estonian providers' block titles ("Piekļuve ierobežota", "Prieiga
  apribota", "Juurdepääs piiratud"); a Russian age check's question ("Вам уже исполнилось 18 лет?");
- ``pagebody.credited_sources``: for the outlet a citation names, a closing credit line ("(With inputs from
  TASS)", "Based on TASS reporting.", "По материалам ТАСС.") and the JSON-LD publisher's ``alternateName``.

Each positive case fails without its rule; the left-alone cases pin what the rule must not take.
"""

from __future__ import annotations

import json

import pytest

from linkcheck.articles._base import find_urls
from linkcheck.gates import gate_title, legal_block
from linkcheck.names import fold
from linkcheck.pagebody import credited_sources

# --- a dash glued between an address and a word ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("told https://tass.ru/politika/7487995\u2014and to open", "https://tass.ru/politika/7487995"),
        ("https://tass.ru/politika/7487995\u2014заявил он", "https://tass.ru/politika/7487995"),
        (
            "see https://ria.ru/20200109/1563219328.html\u2013said the agency",
            "https://ria.ru/20200109/1563219328.html",
        ),
        ("https://example.org/news/item.php\u2014which", "https://example.org/news/item.php"),
        ("https://example.org/a/story.shtml\u2013and", "https://example.org/a/story.shtml"),
    ],
)
def test_a_dash_glued_between_an_address_and_a_word_is_the_texts(text: str, url: str) -> None:
    assert [found for _, _, found in find_urls(text)] == [url]


@pytest.mark.parametrize(
    "url",
    [
        "https://en.wikipedia.org/wiki/Russia\u2013Iraq_relations",  # a dash between a title's words
        "https://en.wikipedia.org/wiki/Russo-Ukrainian_war_(2022\u2013present)",  # a range in parentheses
        "https://example.org/wiki/1939\u20131945",  # years
        "https://example.org/wiki/Brest\u2014Litovsk",  # a letter before the dash: a title's
        "https://example.org/2020/story-12\u2013b_side",  # more than letters after the dash
    ],
)
def test_a_dash_inside_an_address_is_kept(url: str) -> None:
    assert [found for _, _, found in find_urls(f"see {url} here")] == [url]


def test_a_dash_glued_after_an_address_with_no_word_is_still_trimmed() -> None:
    found = find_urls("https://tass.ru/politika/7487995\u2014 and")
    assert [url for _, _, url in found] == ["https://tass.ru/politika/7487995"]


# --- the Baltic providers' block titles --------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Piekļuve ierobežota",
        "Piekļuve šai tīmekļa vietnei ir ierobežota",
        "Prieiga apribota",
        "Prieiga prie šios interneto svetainės apribota",
        "Juurdepääs piiratud",
        "Juurdepääs sellele veebilehele on piiratud",
    ],
)
def test_a_baltic_providers_block_title_is_a_legal_block(title: str) -> None:
    assert legal_block(fold(title))
    assert gate_title(title, [], [])


@pytest.mark.parametrize(
    "title",
    [
        "Piekļuve ierobežota Krievijas medijiem",  # "access restricted to Russian media": a headline
        "Prieiga prie svetainės apribota Rusijoje",  # "... restricted in Russia": a headline
        "Juurdepääs on piiratud kahe nädala pärast",
        "Ierobežota piekļuve",
    ],
)
def test_a_headline_about_a_block_is_no_block_title(title: str) -> None:
    assert not legal_block(fold(title))
    assert not gate_title(title, [], [])


# --- a Russian age check ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Вам уже исполнилось 18 лет?",
        "Вам есть 18 лет?",
        "Вам есть 18?",
        "Подтвердите, что вам исполнилось 18 лет",
    ],
)
def test_a_russian_age_checks_question_is_a_gate(title: str) -> None:
    assert gate_title(title, [], [])


@pytest.mark.parametrize(
    "title",
    ["Ей исполнилось 18 лет", "Вам уже исполнилось 18 лет: что изменится", "Мне исполнилось 18 лет"],
)
def test_a_headline_about_turning_eighteen_is_no_gate(title: str) -> None:
    assert not gate_title(title, [], [])


# --- the agency credited in a closing line or as the publisher's other name ---------------------------------


def page(body: str, head: str = "") -> bytes:
    return f"<html><head>{head}</head><body><article><h1>Headline</h1>{body}</article></body></html>".encode()


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("<p>Text.</p><p><em>(With inputs from TASS)</em></p>", "TASS"),
        ("<p>Text.</p><p>With input from TASS</p>", "TASS"),
        ("<p>Text.</p><p>Based on TASS reporting.</p>", "TASS"),
        ("<p>Текст.</p><p><i>По материалам ТАСС.</i></p>", "TASS"),
        ("<p>Текст.</p><p>По материалам агентства РИА Новости</p>", "RIA Novosti"),
    ],
)
def test_a_closing_credit_line_credits_the_cited_outlet(body: str, outlet: str) -> None:
    assert credited_sources(page(body), ("The Daily Courier",), (outlet,)) != ()


def test_the_publishers_alternate_name_credits_the_cited_outlet() -> None:
    data = {
        "@type": "NewsArticle",
        "publisher": {
            "@type": "Organization",
            "name": "Sputnik International",
            "alternateName": "RIA Novosti",
        },
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    assert credited_sources(page("<p>Text.</p>", head), ("Sputnik International",), ("RIA Novosti",)) == (
        "RIA Novosti",
    )


@pytest.mark.parametrize(
    ("body", "head", "outlets"),
    [
        ("<p>Text.</p><p>(With inputs from Reuters)</p>", "", ("TASS",)),  # another agency
        ("<p>Text.</p><p>(With inputs from TASS)</p>", "", ()),  # no citation names an outlet
        ("<p>Text.</p><p>Based on the report.</p>", "", ("TASS",)),
        (
            "<p>Text.</p>",
            '<script type="application/ld+json">{"publisher": {"name": "Sputnik",'
            ' "alternateName": "Sputnik News"}}</script>',
            ("RIA Novosti",),
        ),
    ],
)
def test_no_credit_for_another_name_or_without_a_cited_outlet(
    body: str, head: str, outlets: tuple[str, ...]
) -> None:
    assert credited_sources(page(body, head), ("The Daily Courier",), outlets) == ()
