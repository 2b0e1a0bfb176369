"""art44's rules on strings: inflected outlet names (``_prose._inflected``, ``_uninflected``), an acronym's
hyphenated case ending (``_ACRONYM_CASE``), hosts adding a generic word (``_HOST_SUFFIXES``), a kanji
name abbreviated by each word's first kanji (``_kanji_spells``), Roman-numeral quarters
(``_dates._SPELLED_QUARTER``) and Estonian/Finnish day ordinals (``_dates._FINNISH_DM``,
``_prose._ORDINAL_CASE_DAY``). Each positive case fails on base59's src (26 of 45); the 19 controls pass on
both."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._dates import published_quarter, spelled_quarter
from linkcheck.articles._prose import find_mentions, host_labels, stated_report_day
from linkcheck.models import PartialDate


def _names(prose: str, url: str) -> list[str]:
    return [m.name for m in find_mentions(prose, host_labels(url)[:2])]


def _outlet(text: str, url: str) -> str | None:
    fmt = "html" if text.startswith("<") else "text"
    found = {c.url: c for c in extract_citations(text, fmt)}
    return found[url].outlet


def _date(text: str, url: str, article_date: str | None = None) -> str | None:
    date = PartialDate.parse(article_date) if article_date else None
    found = {c.url: c for c in extract_citations(text, "text", article_date=date)}
    value = found[url].date
    return None if value is None else str(value)


# --- a name in a case: the host's stem and a case ending ------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "url", "name"),
    [
        ("По данным «Ведомостей», тарифы вырастут", "https://www.vedomosti.ru/a", "Ведомостей"),
        ("Паводле даных Белстата, у 2023 годзе", "https://www.belstat.gov.by/a", "Белстат"),
        ("Как следует из сообщения Интерфакса, сделка закрыта", "https://www.interfax.ru/a", "Интерфакс"),
        ("Podle Reflexu ceny energií porostou", "https://www.reflex.cz/a", "Reflex"),
        ("cytowanej we wtorek przez Reutersa, rząd", "https://www.reuters.com/a", "Reuters"),
        ("Według „Gazety Wyborczej” rząd przyjął", "https://wyborcza.pl/a", "Gazety Wyborczej"),
        ("Ministeri kertoi Kauppalehdelle, että korot", "https://www.kauppalehti.fi/a", "Kauppalehdelle"),
        ("Iltalehden mukaan hallitus leikkaa", "https://www.iltalehti.fi/a", "Iltalehden"),
        ("Pääjohtaja sanoi Ylelle, että inflaatio", "https://yle.fi/a", "Yle"),
        ("a Portfoliónak nyilatkozott az inflációról", "https://www.portfolio.hu/a", "Portfolio"),
        ("Postimehe andmetel tõusevad hinnad", "https://majandus.postimees.ee/a", "Postimehe"),
    ],
)
def test_an_inflected_name_beside_a_cue_is_found(prose: str, url: str, name: str) -> None:
    assert _names(prose, url) == [name]


@pytest.mark.parametrize(
    ("prose", "url"),
    [
        # an ordinary word that shares only the first letters: ведомство ("the agency")
        ("Как сообщили в ведомстве, тарифы вырастут", "https://www.vedomosti.ru/a"),
        # Finnish "usually": yle and an ending no case writes
        ("Yleensä inflaatio hidastuu syksyllä, kertoi pankki", "https://yle.fi/a"),
        # a genitive complementing another capitalised word: the city's hall, not the city's site
        ("Мэрия Новосибирска в среду сообщила на своем сайте", "https://novo-sibirsk.ru/a"),
        # a genitive before a lower-case noun with no cue: "the city of Tampere"
        ("Tampereen kaupunki. Viitattu 7.1.2024.", "https://www.tampere.fi/a"),
        # a stem shorter than the host's less two letters
        ("Według Gazety rząd przyjął", "https://wyborcza.pl/a"),
        # an English name and a word that is no case ending after it
        ("Vicente said on Monday", "https://www.vice.com/a"),
    ],
)
def test_words_that_are_no_inflected_name_of_the_host(prose: str, url: str) -> None:
    assert _names(prose, url) == []


# --- an acronym's case ending after a hyphen -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        (
            "A miniszter a HVG-nek azt mondta, hogy az árak csökkennek: https://hvg.hu/a\n",
            "https://hvg.hu/a",
            "HVG-nek",
        ),
        ("ERR-i teatel inflatsioon aeglustus (https://news.err.ee/a).\n", "https://news.err.ee/a", "ERR-i"),
    ],
)
def test_an_acronym_with_a_hyphenated_case_ending(text: str, url: str, outlet: str) -> None:
    assert _outlet(text, url) == outlet


def test_a_hyphenated_name_in_lower_case_after_capitals_is_no_case_ending() -> None:
    # "Tages-Anzeiger"-like: a capitalised part after the hyphen is the name's own
    assert _names("wie der ERR-Bericht zeigt", "https://news.err.ee/a") == []


# --- hosts adding a generic word -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "url", "name"),
    [
        ("The Hokkaido Shimbun reported on Tuesday", "https://www.hokkaido-np.co.jp/a", "Hokkaido"),
        ("Wie die Rheinische Post berichtet, sinkt", "https://rp-online.de/a", "Rheinische Post"),
        ("Wie die MZ berichtet, sinkt", "https://www.mz-web.de/a", "MZ"),
    ],
)
def test_a_host_adding_a_generic_word(prose: str, url: str, name: str) -> None:
    assert _names(prose, url) == [name]


def test_the_generic_word_alone_names_no_host() -> None:
    assert _names("Online berichtet die Zeitung", "https://rp-online.de/a") == []


# --- a kanji name abbreviated by each word's first kanji ------------------------------------------------


NIKKEI = "https://www.nikkei.com/article/DGXZQOUA031230T01C23A0000000/"


def test_nihon_keizai_shimbun_on_nikkei() -> None:
    text = f'<p>日本経済新聞によると、<a href="{NIKKEI}">賃上げ率</a>は5%を超えた。</p>'
    assert _outlet(text, NIKKEI) == "日本経済新聞"


@pytest.mark.parametrize(
    "text",
    [
        # a name of one two-kanji word: no abbreviation
        f'<p>東京新聞によると、<a href="{NIKKEI}">賃上げ率</a>は5%を超えた。</p>',
        # four kanji whose first of each pair do not spell the host
        f'<p>中国移動通信は<a href="{NIKKEI}">新料金</a>を発表した。</p>',
        # no word of paper or agency
        f'<p>日本経済によると、<a href="{NIKKEI}">賃上げ率</a>は5%を超えた。</p>',
    ],
)
def test_kanji_that_abbreviate_to_no_host(text: str) -> None:
    assert _outlet(text, NIKKEI) is None


# --- quarters in Roman numerals --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "опубликованном во II квартале 2023 года",
        "opublikowanego w III kwartale 2023 r.",
        "опубликованого у IV кварталі 2023 року",
    ],
)
def test_a_published_roman_quarter_gives_its_year(text: str) -> None:
    assert published_quarter(text) == PartialDate(2023)


def test_a_roman_quarter_as_a_date_field() -> None:
    assert spelled_quarter("II квартал 2023") == PartialDate(2023)


@pytest.mark.parametrize(
    "text",
    [
        "выручка во II квартале 2023 года выросла",  # the news's own period: no publishing verb
        "опубликованном во V квартале 2023 года",  # no such quarter
        "opublikowanego w iii kwartale 2023 r.",  # Roman numerals are capitals
        "опубликованном на II съезде 2023 года",  # a numeral of something else
    ],
)
def test_no_year_from_what_is_no_published_roman_quarter(text: str) -> None:
    assert published_quarter(text) is None


# --- Estonian and Finnish day ordinals -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Postimees teatas 3. oktoobril 2023, et hinnad tõusid", PartialDate(2023, 10, 3)),
        ("Yle kertoi 28. helmikuuta 2024, että", PartialDate(2024, 2, 28)),
    ],
)
def test_a_case_month_after_a_day_dot_is_the_reports_on(sentence: str, day: PartialDate) -> None:
    found = stated_report_day(sentence)
    assert found is not None
    assert found[0] == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Postimees teatas 3. oktoobril, et hinnad tõusid",  # no year: nothing to read without an article date
        "Eesti tõusis 3. kohal 2023",  # a rank's case, no month
        "Hinnat nousivat 3. kuukautena 2023",  # "kuukausi" (month) is no month's name
    ],
)
def test_no_stated_day_without_a_case_month_and_year(sentence: str) -> None:
    assert stated_report_day(sentence) is None


@pytest.mark.parametrize(
    ("text", "article_date", "date"),
    [
        (
            "Tilastokeskus kertoi 3. lokakuuta 2023, että hinnat nousivat: https://www.stat.fi/a\n",
            None,
            "2023-10-03",
        ),
        ("Yle kertoi 3. lokakuuta, että korot nousevat: https://www.stat.fi/a\n", "2023-10-10", "2023-10-03"),
        (
            "Statistikaamet teatas 3. oktoobril 2023, et hinnad tõusid: https://www.stat.fi/a\n",
            None,
            "2023-10-03",
        ),
    ],
)
def test_a_finnic_day_dates_a_short_texts_report(text: str, article_date: str | None, date: str) -> None:
    assert _date(text, "https://www.stat.fi/a", article_date) == date


def test_a_finnic_day_without_a_reporting_word_dates_nothing() -> None:
    text = "Hinnat nousivat 3. lokakuuta 2023 jyrkästi: https://www.stat.fi/a\n"
    assert _date(text, "https://www.stat.fi/a") is None
