"""art48's rules for outlets in articles: a name a line from a bare address of its host, a host of initials
and a word, a name with its country's code after it on the host, and a Telegram channel spelled by its
``t.me`` path (``articles/_prose.py``). Each rule's cases fail without it; the controls must not fire."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._prose import _named, _outlet_labels, host_labels


def _outlet(text: str, url: str) -> str | None:
    found = {c.url: c for c in extract_citations(text, "text")}
    assert url in found
    return found[url].outlet


KOMM = "https://www.kommersant.ru/doc/5855123"
REUTERS = "https://www.reuters.com/world/middle-east/iran-fires-missiles-2020-01-08/"

# --- a name a line from a bare address -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        ("Reuters 8 Jan\n" + REUTERS + "\n", REUTERS, "Reuters"),
        ("«Коммерсантъ» ещё 2 марта писал, что сделка сорвалась:\n" + KOMM + "\n", KOMM, "Коммерсантъ"),
        ("«Коммерсантъ» ещё 2 марта писал об этом:\n> " + KOMM + "\n", KOMM, "Коммерсантъ"),
        ("«Коммерсантъ» ещё 2 марта писал об этом:\r\n" + KOMM + "\r\n", KOMM, "Коммерсантъ"),
        ("Подробности:\n" + KOMM + "\n«Коммерсантъ» ещё 2 марта писал об этом.\n", KOMM, "Коммерсантъ"),
        ("Reuters агентлығы 8 ғинуарҙа хәбәр иткәнсә:\n(" + REUTERS + ")\n", REUTERS, "Reuters"),
    ],
)
def test_a_name_a_line_from_a_bare_address_of_its_host(text: str, url: str, outlet: str) -> None:
    assert _outlet(text, url) == outlet


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # a blank line between: the name is another paragraph's
        ("«Коммерсантъ» ещё 2 марта писал об этом.\n\n" + KOMM + "\n", KOMM),
        # two lines away
        ("«Коммерсантъ» ещё 2 марта писал об этом.\nПодробности ниже.\n" + KOMM + "\n", KOMM),
        # the address's line says more: no bare address
        ("«Коммерсантъ» ещё 2 марта писал об этом.\n" + KOMM + " и ещё раз в апреле\n", KOMM),
        # the line names another outlet
        ("«Ведомости» ещё 2 марта писали об этом:\n" + KOMM + "\n", KOMM),
    ],
)
def test_no_name_a_line_away_but_a_bare_address_of_its_host(text: str, url: str) -> None:
    assert _outlet(text, url) is None


# --- a Telegram channel's path ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://t.me/rybar/51234", "https://rybar.com/"),
        ("https://t.me/s/rybar/51234", "https://rybar.com/"),
        ("https://t.me/rybar", "https://rybar.com/"),
        ("https://telegram.me/voenobozrevatel/4412?single", "https://voenobozrevatel.com/"),
        ("https://t.me/rian_ru/250123", "https://rianru.com/"),
    ],
)
def test_a_telegram_address_is_named_by_its_channel(url: str, site: str) -> None:
    assert _outlet_labels(url) == host_labels(site)  # the channel, as a host's label is spelled


@pytest.mark.parametrize(
    "url",
    [
        "https://t.me/joinchat/AAAAAEkQ8vLr2b",
        "https://t.me/share/url?url=https%3A%2F%2Fexample.org%2Fstory",
        "https://t.me/iv?url=https%3A%2F%2Fexample.org%2Fstory&rhash=ab12cd",
        "https://t.me/addstickers/HotCherry",
        "https://t.me/+AbCdEf123456",
    ],
)
def test_telegram_machinery_names_no_channel(url: str) -> None:
    assert _outlet_labels(url) == []


def test_a_channel_in_guillemets_on_its_post() -> None:
    url = "https://t.me/rybar/51234"
    assert _outlet("Как пишет канал «Рыбарь», удар пришёлся по складу: " + url, url) == "Рыбарь"


def test_a_channel_its_path_does_not_spell() -> None:
    url = "https://t.me/durov/312"
    assert _outlet("Как пишет канал «Рыбарь», удар пришёлся по складу: " + url, url) is None


# --- a name and its country's code ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        ("Як повідомляє «Гордон», міністр подав у відставку: https://gordonua.com/ukr/news/1712345.html",
         "https://gordonua.com/ukr/news/1712345.html", "Гордон"),
        ("Premium Times reported that the bill had passed: https://www.premiumtimesng.com/news/712345.html",
         "https://www.premiumtimesng.com/news/712345.html", "Premium Times"),
        ("Как сообщает «РИА Новости», переговоры продолжатся: https://t.me/rian_ru/250123",
         "https://t.me/rian_ru/250123", "РИА Новости"),
    ],
)  # fmt: skip
def test_a_name_and_its_country_code(text: str, url: str, outlet: str) -> None:
    assert _outlet(text, url) == outlet


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # two letters that are no country's code
        ("Як повідомляє «Гордон», міністр подав у відставку: https://gordonxq.example/news/1712345.html",
         "https://gordonxq.example/news/1712345.html"),
        # three letters after the name
        ("Як повідомляє «Гордон», міністр подав у відставку: https://gordonova.example/news/1712345.html",
         "https://gordonova.example/news/1712345.html"),
        # no reporting cue: the name and a code is weaker evidence than the name alone
        ("Readers of Premium Times disagree https://www.premiumtimesng.com/news/712345.html",
         "https://www.premiumtimesng.com/news/712345.html"),
    ],
)  # fmt: skip
def test_a_name_and_other_letters(text: str, url: str) -> None:
    assert _outlet(text, url) is None


def test_a_short_name_and_a_code_is_no_reading() -> None:
    assert _named("Bus", "bushy") is None


# --- initials and a word ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "label", "name"),
    [
        ("Ближневосточный обозреватель", "bvobozrevatel", "Ближневосточный обозреватель"),
        ("Новая городская газета", "ngazeta", "Новая городская газета"),
        ("Северо-западный курьер", "szkurer", "Северо-западный курьер"),
    ],
)
def test_initials_and_a_word(phrase: str, label: str, name: str) -> None:
    named = _named(phrase, label)
    assert named is not None
    assert named.name == name
    assert named.quality == 1  # named only beside a cue


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("Большой вестник", "bvobozrevatel"),  # initials, but not the last word
        ("Новый обозреватель", "bvobozrevatel"),  # the word, but not the initials
        ("Ближневосточный обозреватель", "bzobozrevatel"),  # z starts no part of the compound
        ("Nordwest Zeitung", "nwzeitung"),  # a Latin word is not cut at a linking vowel
        ("That TASS", "tass"),  # one initial and a word
    ],
)
def test_no_initials_and_a_word(phrase: str, label: str) -> None:
    named = _named(phrase, label)
    assert named is None or named.name == "TASS"


def test_initials_and_a_word_in_an_article() -> None:
    url = "https://bv-obozrevatel.example/analitika/2019/12/17/irak-ishchet-pvo"
    text = "Как сообщил портал «Ближневосточный обозреватель», Ирак ищет ПВО: " + url
    assert _outlet(text, url) == "Ближневосточный обозреватель"
    assert _outlet("В «Ближневосточный обозреватель» пришло письмо " + url, url) is None
