"""Held-out citations for art47: outlets named in Cyrillic on hosts that spell them transliterated (whole,
or each word cut to its stem), and partial names that stand for a fuller one the article gave before.

Written before reading the src that reads them (``articles/_prose.py``, ``names.py``, ``romanise.py``). Each
case gives what a careful reader would take from the lines: the outlet (any of the forms listed), or none.

A Cyrillic name and its Latin host: a Russian, Ukrainian, Belarusian, Bulgarian or Serbian outlet's host is
its name written in Latin letters, by the transliteration its owners chose (``Коммерсантъ`` kommersant.ru,
``Главком`` glavcom.ua, ``Гордон`` gordonua.com: a Ukrainian ``г`` is an h in the state's system and a g in
many hosts), sometimes with each word cut to its stem (``Военный обозреватель`` voenobozrevatel, ``Северный
аналитик`` severanalitik, ``Дніпровський оглядач`` dnipro-ohliadach). A host whose words are stems of other
words (``Северный поток`` on severanalitik) names no such outlet.

A partial name: a paper named in full once (``The Washington Post``) is then ``the Post``; the short name
stands for the full one when the article named that outlet, on that host, before. ``the Post`` after ``The
Jerusalem Post`` (another host) is no Washington Post.
"""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation


def _cited(text: str) -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, "text")}


# --- Cyrillic names their Latin hosts spell transliterated ------------------------------------------------

WHOLE = [
    (
        "«Коммерсантъ» во вторник написал, что сделка сорвалась: https://www.kommersant.ru/doc/5855123",
        "https://www.kommersant.ru/doc/5855123",
        {"Коммерсантъ"},
    ),
    (
        "Как сообщили «Ведомости», бюджет пересмотрят (https://www.vedomosti.ru/economics/articles/2024/03/12/1025432).",
        "https://www.vedomosti.ru/economics/articles/2024/03/12/1025432",
        {"Ведомости"},
    ),
    (
        "Як повідомляє «Економічна правда», ціни зросли: https://www.epravda.com.ua/news/2024/02/15/710123/",
        "https://www.epravda.com.ua/news/2024/02/15/710123/",
        {"Економічна правда"},
    ),
    (
        "Як піша «Наша Ніва», мост адрамантуюць: https://nashaniva.com/ru/334455",
        "https://nashaniva.com/ru/334455",
        {"Наша Ніва"},
    ),
    (
        "Според «Дневник» бюджетът ще бъде преразгледан: https://www.dnevnik.bg/bulgaria/2024/05/14/4612345",
        "https://www.dnevnik.bg/bulgaria/2024/05/14/4612345",
        {"Дневник"},
    ),
    (
        "Како пише «Политика», мост ће бити затворен: https://www.politika.rs/scc/clanak/445123/most",
        "https://www.politika.rs/scc/clanak/445123/most",
        {"Политика"},
    ),
    (
        "Како пише «Блиц», радови касне: https://www.blic.rs/vesti/beograd/radovi-kasne/x7k2m9",
        "https://www.blic.rs/vesti/beograd/radovi-kasne/x7k2m9",
        {"Блиц"},
    ),
    (
        "Как сообщил «Царьград», переговоры продолжатся: https://tsargrad.tv/news/peregovory-prodolzhatsja_912345",
        "https://tsargrad.tv/news/peregovory-prodolzhatsja_912345",
        {"Царьград"},
    ),
    (
        "Як повідомляє «Укрінформ», міст відкрили: https://www.ukrinform.ua/rubric-regions/3851234-mist.html",
        "https://www.ukrinform.ua/rubric-regions/3851234-mist.html",
        {"Укрінформ"},
    ),
    (
        "Як повідомляє «Главком», засідання перенесли: https://glavcom.ua/kyiv/news/zasidannja-1012345.html",
        "https://glavcom.ua/kyiv/news/zasidannja-1012345.html",
        {"Главком"},
    ),
    (  # a strict xfail until art48 read a country's code after a name on the host
        "Як повідомляє «Гордон», міністр подав у відставку: https://gordonua.com/ukr/news/politics/ministr-1712345.html",
        "https://gordonua.com/ukr/news/politics/ministr-1712345.html",
        {"Гордон"},
    ),
    (
        "Как сообщило «Эхо Москвы», эфир отменили: https://echo.msk.ru/news/2612345-echo.html",
        "https://echo.msk.ru/news/2612345-echo.html",
        {"Эхо Москвы", "Эхо"},
    ),
    (
        "Как сообщил портал «НСК Ньюс», смету пересмотрели: https://nsknews.example.ru/news/2024/10/01/most-smeta/",
        "https://nsknews.example.ru/news/2024/10/01/most-smeta/",
        {"НСК Ньюс"},
    ),
    (
        "Яшчэ 8 студзеня выданне «Заходні кур’ер» пісала пра гэта: https://zakhodni-kurier.example.by/svet/2020/01/08/bagdad",
        "https://zakhodni-kurier.example.by/svet/2020/01/08/bagdad",
        {"Заходні кур’ер"},
    ),
    (
        "Как сообщила «Фонтанка», движение по мосту закроют: https://www.fontanka.ru/2024/03/12/73312345/",
        "https://www.fontanka.ru/2024/03/12/73312345/",
        {"Фонтанка"},
    ),
    (
        "Как пишет «Российская газета», закон вступит в силу: https://rg.ru/2024/03/12/zakon-vstupit.html",
        "https://rg.ru/2024/03/12/zakon-vstupit.html",
        {"Российская газета"},
    ),
]

STEMS = [
    (
        "Как сообщил телеграм-канал «Военный обозреватель», поставки начались: "
        "https://voenobozrevatel.example.ru/2020/01/07/postavki",
        "https://voenobozrevatel.example.ru/2020/01/07/postavki",
        {"Военный обозреватель"},
    ),
    (
        "Как пишет «Северный аналитик», Багдад выбирает ПВО: https://severanalitik.example/2020/01/07/bagdad-i-pvo",
        "https://severanalitik.example/2020/01/07/bagdad-i-pvo",
        {"Северный аналитик"},
    ),
    (
        "Як повідомляє «Дніпровський оглядач», Ірак шукає альтернативу: "
        "https://dnipro-ohliadach.example/svit/2020/01/09/irak-shukaie",
        "https://dnipro-ohliadach.example/svit/2020/01/09/irak-shukaie",
        {"Дніпровський оглядач"},
    ),
    (
        "Как сообщил «Ближневосточный вестник», удар пришёлся по базам: "
        "https://blizhvestnik.example.ru/news/2020/01/08/udar-po-bazam",
        "https://blizhvestnik.example.ru/news/2020/01/08/udar-po-bazam",
        {"Ближневосточный вестник"},
    ),
]

# a name whose words are no stems of the host's pieces, or not all of them: no outlet
NOT_NAMED = [
    (
        "Как пишет «Северный поток», работы остановлены: https://severanalitik.example/2020/01/07/raboty",
        "https://severanalitik.example/2020/01/07/raboty",
    ),
    (
        "Как сообщил «Военный обозреватель», поставки начались: https://voenmeh.example.ru/2020/01/07/postavki",
        "https://voenmeh.example.ru/2020/01/07/postavki",
    ),
    (
        "Как сообщил «Новый вестник», удар пришёлся по базам: https://blizhvestnik.example.ru/news/2020/01/08/udar",
        "https://blizhvestnik.example.ru/news/2020/01/08/udar",
    ),
    (
        "Как пишет «Северная аналитика», всё спокойно: https://sever.example/2020/01/07/spokoino",
        "https://sever.example/2020/01/07/spokoino",
    ),
]


@pytest.mark.parametrize(("text", "url", "outlets"), WHOLE + STEMS)
def test_a_cyrillic_name_its_latin_host_spells(text: str, url: str, outlets: set[str]) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet in outlets


@pytest.mark.parametrize(("text", "url"), NOT_NAMED)
def test_a_name_the_host_does_not_spell_is_not_its_outlet(text: str, url: str) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet is None


# --- partial names standing for a fuller one named before --------------------------------------------------

WAPO_1 = "https://www.washingtonpost.com/politics/2024/05/14/budget-vote/"
WAPO_2 = "https://www.washingtonpost.com/politics/2024/05/15/budget-talks/"
NYT_1 = "https://www.nytimes.com/2024/05/14/us/politics/budget.html"
NYT_2 = "https://www.nytimes.com/2024/05/15/us/politics/budget-talks.html"
WSJ_1 = "https://www.wsj.com/politics/policy/budget-vote-2024-1a2b3c4d"
WSJ_2 = "https://www.wsj.com/politics/policy/budget-talks-2024-5e6f7a8b"

PARTIAL = [
    (
        f"The Washington Post reported on Tuesday that the vote was delayed ({WAPO_1}).\n\n"
        f"On Wednesday the Post reported that talks had resumed ({WAPO_2}).\n",
        WAPO_2,
        {"The Washington Post", "Washington Post", "the Post", "Post"},
    ),
    (
        f"The New York Times reported that the vote was delayed: {NYT_1}\n\n"
        f"Later the Times said the talks had resumed: {NYT_2}\n",
        NYT_2,
        {"The New York Times", "New York Times", "the Times", "Times"},
    ),
    (
        f"According to The Wall Street Journal, the vote was delayed ({WSJ_1}).\n\n"
        f"The talks resumed a day later, according to the Journal ({WSJ_2}).\n",
        WSJ_2,
        {"The Wall Street Journal", "Wall Street Journal", "the Journal", "Journal"},
    ),
    (
        "According to Kommersant's sources, the deal fell through: https://www.kommersant.ru/doc/5855123\n",
        "https://www.kommersant.ru/doc/5855123",
        {"Kommersant"},
    ),
]

# the fuller name was another host's: the short name takes none of it
PARTIAL_CONTROLS = [
    (
        f"The Jerusalem Post reported on Tuesday that the vote was delayed (https://www.jpost.com/israel-news/article-801234).\n\n"
        f"On Wednesday the Post reported that talks had resumed ({WAPO_2}).\n",
        WAPO_2,
        "The Jerusalem Post",
    ),
    (
        f"The Financial Times reported that the vote was delayed: https://www.ft.com/content/1a2b3c4d-5e6f\n\n"
        f"Later the Times said the talks had resumed: {NYT_2}\n",
        NYT_2,
        "The Financial Times",
    ),
]


@pytest.mark.parametrize(("text", "url", "outlets"), PARTIAL)
def test_a_partial_name_stands_for_the_fuller_one(text: str, url: str, outlets: set[str]) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet in outlets


@pytest.mark.parametrize(("text", "url", "wrong"), PARTIAL_CONTROLS)
def test_a_partial_name_takes_no_other_hosts_name(text: str, url: str, wrong: str) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet != wrong


def test_a_post_office_is_no_paper() -> None:
    text = (
        f"The Washington Post reported on Tuesday that the vote was delayed ({WAPO_1}).\n\n"
        "The Post Office said deliveries would resume on Friday: https://www.royalmail.com/service-update\n"
    )
    found = _cited(text)
    assert found["https://www.royalmail.com/service-update"].outlet is None
