"""Held-out citations for art48: outlets named a line away from a bare address, hosts of initials and a word,
names with a country's code after them on the host, and Telegram channels spelled by their ``t.me`` path.

Written before reading the src that reads them (``articles/``, ``names.py``, ``romanise.py``). Each case gives
what a careful reader would take from the lines: the outlet (any of the forms listed), or none.

A line away: chats, Telegram posts, notes and plain-text digests put the address on a line of its own, with
the outlet on the line above (``«Коммерсантъ» писал, что ...:`` then the URL) or below (the URL, then ``(RFC
Editor, April 2024)``). The name is the link's outlet when it spells the link's host, as on the link's own
line; a line that names another outlet, or none, gives the link none.

Initials and a word: a host may spell the name's first words by their initials and its last word whole
(``bv-obozrevatel`` for ``Ближневосточный обозреватель``, Blizhne-Vostochny; ``ng-gazeta`` for ``Новая
городская газета``; ``nr-observer`` for ``Northern Rail Observer``).

A country's code: a host may add its country's two-letter code to the name (``gordonua.com`` for ``Гордон``,
``premiumtimesng.com`` for ``Premium Times``).

A Telegram channel: ``t.me/<channel>/<post>`` is spelled by the channel's name, as a site's host is.
"""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation


def _cited(text: str) -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, "text")}


KOMM = "https://www.kommersant.ru/doc/5855123"
REUTERS = "https://www.reuters.com/world/middle-east/iran-fires-missiles-at-us-bases-2020-01-08/"
RFC = "https://www.rfc-editor.org/rfc/rfc9557.html"
TATAR = "https://www.tatar-inform.ru/news/giyrak-hava-oboronasy-5712345"
KHOVAR = "https://khovar.tj/2020/01/iroq-ba-mudofiai-havoii-khud/"
GUARDIAN = "https://www.theguardian.com/uk-news/2024/may/13/bee-network-one-year-on"
MT = "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses"
BBC = "https://www.bbc.com/news/articles/c4nn1234567o"

# --- a name on the line above or below a bare address ------------------------------------------------------

LINE_AWAY = [
    (
        "«Коммерсантъ» ещё 2 марта писал, что сделка сорвалась:\n" + KOMM + "\n",
        KOMM,
        {"Коммерсантъ"},
    ),
    (
        "«Татар-информ» агентлыгы хәбәр итә:\n" + TATAR + "\n",
        TATAR,
        {"Татар-информ"},
    ),
    (
        "Хабаргузории миллии «Ховар» хабар медиҳад, ки Ироқ аз Русия кумак мехоҳад:\n" + KHOVAR + "\n",
        KHOVAR,
        {"Ховар"},
    ),
    (
        "Reuters агентлығы 8 ғинуарҙа хәбәр иткәнсә:\n" + REUTERS + "\n",
        REUTERS,
        {"Reuters"},
    ),
    (
        "The Guardian reported on Monday that the network had carried 40 million passengers:\n"
        + GUARDIAN
        + "\n",
        GUARDIAN,
        {"The Guardian", "Guardian"},
    ),
    (
        "Reuters 8 Jan\n" + REUTERS + "\n",
        REUTERS,
        {"Reuters"},
    ),
    (
        "The format is defined in the IETF's extension of RFC 3339:\n" + RFC + "\n(RFC Editor, April 2024)\n",
        RFC,
        {"RFC Editor"},
    ),
    (
        "Useful background on the air-defence talks:\n" + MT + "\nThe Moscow Times, 2 May 2024\n",
        MT,
        {"The Moscow Times", "Moscow Times"},
    ),
    (
        "Как пишет «Коммерсантъ»,\n" + KOMM + "\nсделка сорвалась в последний момент.\n",
        KOMM,
        {"Коммерсантъ"},
    ),
]

# the line above or below names another outlet, or none, or belongs to another link: no outlet
LINE_AWAY_NONE = [
    (
        "«Ведомости» писали об этом раньше.\n" + KOMM + "\n",
        KOMM,
    ),
    (
        "Министр заявил об этом в интервью во вторник:\n" + KOMM + "\n",
        KOMM,
    ),
    (
        "8 марта 2024\n" + KOMM + "\n",
        KOMM,
    ),
    (
        "Reuters reported the strike first: " + REUTERS + "\n" + BBC + "\n",
        BBC,
    ),
    (
        BBC + "\nThe Guardian had more detail the next day: " + GUARDIAN + "\n",
        BBC,
    ),
    (
        "The Guardian reported on Monday that the network had grown:\n" + BBC + "\n",
        BBC,
    ),
]


@pytest.mark.parametrize(("text", "url", "outlets"), LINE_AWAY)
def test_a_name_a_line_from_a_bare_address(text: str, url: str, outlets: set[str]) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet in outlets


@pytest.mark.parametrize(("text", "url"), LINE_AWAY_NONE)
def test_a_line_naming_something_else_gives_no_outlet(text: str, url: str) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet is None


# --- a host of initials and a word --------------------------------------------------------------------------

INITIALS = [
    (
        "Как сообщил портал «Ближневосточный обозреватель», Ирак ищет ПВО: "
        "https://bv-obozrevatel.example/analitika/2019/12/17/irak-ishchet-pvo",
        "https://bv-obozrevatel.example/analitika/2019/12/17/irak-ishchet-pvo",
        {"Ближневосточный обозреватель"},
    ),
    (
        "Как пишет «Новая городская газета», мост закроют на ремонт: https://ng-gazeta.example.ru/2024/03/12/most",
        "https://ng-gazeta.example.ru/2024/03/12/most",
        {"Новая городская газета"},
    ),
    (
        "The Northern Rail Observer reported that the timetable would change: "
        "https://nr-observer.example.co.uk/news/2024/05/timetable",
        "https://nr-observer.example.co.uk/news/2024/05/timetable",
        {"The Northern Rail Observer", "Northern Rail Observer"},
    ),
]

INITIALS_NONE = [
    (
        "Как сообщил «Большой вестник», Ирак ищет ПВО: https://bv-obozrevatel.example/analitika/2019/12/17/irak",
        "https://bv-obozrevatel.example/analitika/2019/12/17/irak",
    ),
    (
        "Как сообщил «Новый обозреватель», Ирак ищет ПВО: https://bv-obozrevatel.example/analitika/2019/12/17/irak",
        "https://bv-obozrevatel.example/analitika/2019/12/17/irak",
    ),
    (
        "Как сообщил «Ближневосточный обозреватель», Ирак ищет ПВО: https://bo-vestnik.example/2019/12/17/irak",
        "https://bo-vestnik.example/2019/12/17/irak",
    ),
    (
        "The Northern Rail Observer reported that the timetable would change: "
        "https://nr-gazette.example.co.uk/news/2024/05/timetable",
        "https://nr-gazette.example.co.uk/news/2024/05/timetable",
    ),
]


@pytest.mark.parametrize(("text", "url", "outlets"), INITIALS)
def test_a_host_of_initials_and_a_word(text: str, url: str, outlets: set[str]) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet in outlets


@pytest.mark.parametrize(("text", "url"), INITIALS_NONE)
def test_initials_of_other_words_name_no_outlet(text: str, url: str) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet is None


# --- a name with its country's code after it on the host ----------------------------------------------------

COUNTRY = [
    (
        "Як повідомляє «Гордон», міністр подав у відставку: https://gordonua.com/ukr/news/politics/ministr-1712345.html",
        "https://gordonua.com/ukr/news/politics/ministr-1712345.html",
        {"Гордон"},
    ),
    (
        "Premium Times reported that the bill had passed: "
        "https://www.premiumtimesng.com/news/headlines/712345-senate-passes-bill.html",
        "https://www.premiumtimesng.com/news/headlines/712345-senate-passes-bill.html",
        {"Premium Times"},
    ),
    (
        "According to The Punch, fuel queues returned to Lagos: https://punchng.com/fuel-queues-return-to-lagos/",
        "https://punchng.com/fuel-queues-return-to-lagos/",
        {"The Punch", "Punch"},
    ),
]

COUNTRY_NONE = [
    (
        "Як повідомляє «Гордон», міністр подав у відставку: https://gordonova.example/news/ministr-1712345.html",
        "https://gordonova.example/news/ministr-1712345.html",
    ),
    (
        "According to The Punch, fuel queues returned to Lagos: https://punchingbag.example/fuel-queues/",
        "https://punchingbag.example/fuel-queues/",
    ),
]


@pytest.mark.parametrize(("text", "url", "outlets"), COUNTRY)
def test_a_name_and_its_country_code(text: str, url: str, outlets: set[str]) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet in outlets


@pytest.mark.parametrize(("text", "url"), COUNTRY_NONE)
def test_a_name_and_other_letters_is_no_outlet(text: str, url: str) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet is None


# --- a Telegram channel spelled by its t.me path -----------------------------------------------------------

TELEGRAM = [
    (
        "Как сообщил телеграм-канал «Военный обозреватель», поставки начались: https://t.me/voenobozrevatel/4412",
        "https://t.me/voenobozrevatel/4412",
        {"Военный обозреватель"},
    ),
    (
        "Как пишет канал «Рыбарь», удар пришёлся по складу: https://t.me/rybar/51234",
        "https://t.me/rybar/51234",
        {"Рыбарь"},
    ),
    (
        "Как пишет канал «Рыбарь», удар пришёлся по складу: https://t.me/s/rybar/51234",
        "https://t.me/s/rybar/51234",
        {"Рыбарь"},
    ),
]

TELEGRAM_NONE = [
    (
        "Как сообщил телеграм-канал «Военный обозреватель», поставки начались: https://t.me/rybar/51234",
        "https://t.me/rybar/51234",
    ),
    (
        "Как пишет канал «Рыбарь», удар пришёлся по складу: https://t.me/durov/312",
        "https://t.me/durov/312",
    ),
]


@pytest.mark.parametrize(("text", "url", "outlets"), TELEGRAM)
def test_a_telegram_channel_spelled_by_its_path(text: str, url: str, outlets: set[str]) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet in outlets


@pytest.mark.parametrize(("text", "url"), TELEGRAM_NONE)
def test_a_channel_the_path_does_not_spell(text: str, url: str) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet is None
