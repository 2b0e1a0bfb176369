"""Held-out citations for art44: outlets named in an inflected form, hosts that abbreviate a name's words or
add a generic suffix to it, Roman-numeral quarters and Estonian/Finnish day-ordinal dates.

Written before reading the src that attaches outlets and dates (``articles/_prose.py``, ``_dates.py``,
``names.py``, ``romanise.py``). Each case gives what a careful reader would attach to the link: an outlet
(any of the forms listed: the name as written or its dictionary form), a date, or None where the words
cannot name the link's host or date the link.

Russian, Polish, Czech, Finnish, Hungarian and Estonian put a name in a case after a preposition or before a
postposition: ``по данным «Ведомостей»`` (vedomosti.ru), ``Kauppalehdelle`` (kauppalehti.fi), ``Postimehe
andmetel`` (postimees.ee). The stem the host spells stands before a short ending. A name's initials do not
change with its case (``Helsingin Sanomien`` is hs.fi as ``Helsingin Sanomat`` is). Some hosts add a generic
word to the name: ``-np`` (newspaper: ``hokkaido-np.co.jp``), ``-online`` (``rp-online.de`` for the
Rheinische Post). Japanese abbreviates a name of two-kanji words by each word's first kanji (日本経済 -> 日経,
Nikkei).

Quarters in Roman numerals date a work as the spelled-out quarters do (artdates9: the year, only where a
publishing verb puts the work in the quarter). Estonian and Finnish write a day as an ordinal with a dot
before the month's case form: ``3. oktoobril 2023`` (adessive), ``3. lokakuuta 2023`` (partitive).
"""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate

VEDOMOSTI = "https://www.vedomosti.ru/economics/articles/2023/10/03/998877-tarify-zhkh"
KOMMERSANT = "https://www.kommersant.ru/doc/6271234"
INTERFAX = "https://www.interfax.ru/business/923456"
WYBORCZA = "https://wyborcza.pl/7,75398,30212345,rzad-przyjal-projekt-budzetu.html"
PB = "https://www.pb.pl/inflacja-w-pazdzierniku-spadla-1198765"
REUTERS = "https://www.reuters.com/world/europe/poland-budget-2024-2023-09-28/"
HN = "https://hn.cz/c1-67234560-inflace-v-zari-zpomalila"
REFLEX = "https://www.reflex.cz/clanek/zpravy/123456/ceny-energii.html"
HS = "https://www.hs.fi/talous/art-2000009876543.html"
YLE = "https://yle.fi/a/74-20051234"
KAUPPALEHTI = "https://www.kauppalehti.fi/uutiset/korot-nousivat-taas/1a2b3c4d"
ILTALEHTI = "https://www.iltalehti.fi/kotimaa/a/2a3b4c5d"
PORTFOLIO = "https://www.portfolio.hu/gazdasag/20231003/inflacio-szeptember-645123"
HVG = "https://hvg.hu/gazdasag/20231003_infl_szeptember"
POSTIMEES = "https://majandus.postimees.ee/7856432/hinnad-tousevad"
ERR = "https://news.err.ee/1609123456/inflation-slows-in-september"
HOKKAIDO = "https://www.hokkaido-np.co.jp/article/923456/"
KOBE = "https://www.kobe-np.co.jp/news/keizai/202310/0016912345.shtml"
RP_ONLINE = "https://rp-online.de/wirtschaft/inflation-sinkt-im-september_aid-98765432"
NIKKEI = "https://www.nikkei.com/article/DGXZQOUA031230T01C23A0000000/"
ASAHI = "https://www.asahi.com/articles/ASRB3123ARB3ULFA00X.html"
ROSSTAT = "https://rosstat.gov.ru/storage/mediabank/doklad_2kv_2023.pdf"
NBP = "https://nbp.pl/wp-content/uploads/2023/11/raport-o-inflacji-iii-kw-2023.pdf"
STAT_EE = "https://www.stat.ee/et/uudised/tarbijahinnaindeks-september-2023"
TILASTO = "https://www.stat.fi/julkaisu/cl8abc123"


def _cited(text: str, article_date: str | None = None) -> dict[str, Citation]:
    fmt = "html" if text.startswith("<") else "text"
    date = PartialDate.parse(article_date) if article_date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=date)}


def _outlet(text: str, url: str) -> str | None:
    found = _cited(text)
    assert url in found
    return found[url].outlet


def _date(text: str, url: str, article_date: str | None = None) -> str | None:
    found = _cited(text, article_date)
    assert url in found
    value = found[url].date
    return None if value is None else str(value)


# --- an outlet named in a case form: its stem spells the host ------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "outlets"),
    [
        # Russian genitive after по данным, guillemets
        (
            f"По данным «Ведомостей», тарифы вырастут на 9,8% с июля: {VEDOMOSTI}\n",
            VEDOMOSTI,
            {"Ведомостей", "Ведомости"},
        ),
        # Russian dative: an interview given to the paper, the link on its words
        (
            f'<p>Министр рассказал в интервью <a href="{KOMMERSANT}">«Коммерсанту»</a>, что бюджет '
            "будет исполнен.</p>",
            KOMMERSANT,
            {"Коммерсанту", "Коммерсант", "Коммерсантъ"},
        ),
        # Russian genitive of an agency without guillemets, before the address in parentheses
        (
            f"Как следует из сообщения Интерфакса ({INTERFAX}), сделка закрыта в сентябре.\n",
            INTERFAX,
            {"Интерфакса", "Интерфакс"},
        ),
        # Polish genitive after według, the host spells the second word's stem
        (
            f"Według „Gazety Wyborczej” rząd przyjął projekt budżetu: {WYBORCZA}\n",
            WYBORCZA,
            {"Gazety Wyborczej", "Gazeta Wyborcza", "Wyborczej", "Wyborcza"},
        ),
        # Polish genitive of a foreign name: przez Reutersa
        (
            f"Informację jako pierwsza podała agencja Reutersa w czwartek: {REUTERS}\n",
            REUTERS,
            {"Reutersa", "Reuters"},
        ),
        # Czech genitive of a one-word weekly, after podle
        (
            f"Podle Reflexu ceny energií v zimě dále porostou ({REFLEX}).\n",
            REFLEX,
            {"Reflexu", "Reflex"},
        ),
        # Finnish allative after kertoi: kauppalehti -> Kauppalehdelle (ti -> de before the ending)
        (
            f"Ministeri kertoi Kauppalehdelle, että korot nousevat vielä: {KAUPPALEHTI}\n",
            KAUPPALEHTI,
            {"Kauppalehdelle", "Kauppalehti"},
        ),
        # Finnish genitive before mukaan
        (
            f"Iltalehden mukaan hallitus leikkaa tukia ({ILTALEHTI}).\n",
            ILTALEHTI,
            {"Iltalehden", "Iltalehti"},
        ),
        # Finnish allative of a short name
        (
            f"Pääjohtaja sanoi Ylelle, että inflaatio hidastuu: {YLE}\n",
            YLE,
            {"Ylelle", "Yle"},
        ),
        # Hungarian dative with an accented linking vowel
        (
            f"A jegybankelnök a Portfoliónak nyilatkozott az inflációról: {PORTFOLIO}\n",
            PORTFOLIO,
            {"Portfoliónak", "Portfolio"},
        ),
        # Hungarian: a case ending after a hyphen on an acronym
        (
            f"A miniszter a HVG-nek azt mondta, hogy az árak csökkennek: {HVG}\n",
            HVG,
            {"HVG-nek", "HVG"},
        ),
        # Estonian genitive before andmetel
        (
            f"Postimehe andmetel tõusevad hinnad ka oktoobris: {POSTIMEES}\n",
            POSTIMEES,
            {"Postimehe", "Postimees"},
        ),
        # Estonian: a case ending after a hyphen on an acronym
        (
            f"ERR-i teatel inflatsioon aeglustus septembris ({ERR}).\n",
            ERR,
            {"ERR-i", "ERR"},
        ),
    ],
)
def test_an_inflected_name_names_its_host(text: str, url: str, outlets: set[str]) -> None:
    assert _outlet(text, url) in outlets


# --- initials do not change with the case --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "outlets"),
    [
        (
            f"Helsingin Sanomien mukaan pankki nostaa korkoa: {HS}\n",
            HS,
            {"Helsingin Sanomien", "Helsingin Sanomat"},
        ),
        # (a strict xfail until art45 read a Czech name's lower-case second word by its initials)
        (
            f"Podle Hospodářských novin inflace v září zpomalila ({HN}).\n",
            HN,
            {"Hospodářských novin", "Hospodářské noviny"},
        ),
        (
            f"Według „Pulsu Biznesu” inflacja w październiku spadła: {PB}\n",
            PB,
            {"Pulsu Biznesu", "Puls Biznesu"},
        ),
    ],
)
def test_initials_of_an_inflected_name_name_its_host(text: str, url: str, outlets: set[str]) -> None:
    assert _outlet(text, url) in outlets


# --- hosts that add a generic word to the name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "outlets"),
    [
        (
            f"The Hokkaido Shimbun reported on Tuesday that the line will close: {HOKKAIDO}\n",
            HOKKAIDO,
            {"Hokkaido Shimbun", "Hokkaido"},
        ),
        (
            f'<p>According to the <a href="{KOBE}">Kobe Shimbun</a>, the port reopened.</p>',
            KOBE,
            {"Kobe Shimbun", "Kobe"},
        ),
        (
            f"Wie die Rheinische Post berichtet, sinkt die Inflation weiter: {RP_ONLINE}\n",
            RP_ONLINE,
            {"Rheinische Post"},
        ),
    ],
)
def test_a_host_with_a_generic_suffix_names_the_outlet(text: str, url: str, outlets: set[str]) -> None:
    assert _outlet(text, url) in outlets


# --- a kanji name abbreviated by each word's first kanji -----------------------------------------------


def test_nihon_keizai_on_nikkei() -> None:
    text = f'<p>日本経済新聞によると、<a href="{NIKKEI}">日銀は政策修正を検討している</a>。</p>'
    assert _outlet(text, NIKKEI) == "日本経済新聞"


# --- controls: names that must not be attached ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # another paper's name in the genitive beside an Interfax link
        (f"По данным «Ведомостей», сделка закрыта ({INTERFAX}).\n", INTERFAX),
        # an ordinary word that starts like the host: ведомство ("agency") on vedomosti.ru
        (f"Как сообщили в ведомстве, тарифы вырастут: {VEDOMOSTI}\n", VEDOMOSTI),
        # Finnish: a word whose stem only starts like the host (Yleisradio's yle in yleensä, "usually")
        (f"Yleensä inflaatio hidastuu syksyllä, kertoi pankki: {YLE}\n", YLE),
        # Polish: an ordinary genitive near a link whose host it does not spell
        (f"Według ministerstwa budżet jest gotowy: {WYBORCZA}\n", WYBORCZA),
        # Hungarian: a different paper in the dative
        (f"A miniszter a Népszavának azt mondta: {PORTFOLIO}\n", PORTFOLIO),
        # a kanji run before 新聞 whose first-kanji abbreviation does not spell the host
        (f'<p>東京新聞によると、<a href="{NIKKEI}">日銀は政策修正を検討している</a>。</p>', NIKKEI),
        # a name that is the host's suffix only, without the name: "Online" alone
        (f"Online berichtet die Zeitung über die Inflation: {RP_ONLINE}\n", RP_ONLINE),
    ],
)
def test_names_that_do_not_spell_the_host_stay_unattached(text: str, url: str) -> None:
    assert _outlet(text, url) is None


# --- quarters in Roman numerals ------------------------------------------------------------------------


def test_a_russian_roman_quarter_after_a_publishing_participle() -> None:
    text = f"Об этом говорится в докладе Росстата, опубликованном во II квартале 2023 года: {ROSSTAT}\n"
    assert _date(text, ROSSTAT) == "2023"


def test_a_polish_roman_quarter_after_a_publishing_participle() -> None:
    text = f"Tak wynika z raportu NBP opublikowanego w III kwartale 2023 r.: {NBP}\n"
    assert _date(text, NBP) == "2023"


def test_a_roman_quarter_in_a_date_field() -> None:
    text = f"{{{{cite web |url={ROSSTAT} |title=Доклад |date=II квартал 2023 |publisher=Росстат}}}}"
    found = {c.url: c for c in extract_citations(f"Текст.<ref>{text}</ref>\n", "wikitext")}
    value = found[ROSSTAT].date
    assert value is not None
    assert str(value) == "2023"


def test_a_roman_quarter_the_news_is_about_does_not_date_the_link() -> None:
    text = f"Выручка компании во II квартале 2023 года выросла на 12%: {INTERFAX}\n"
    assert _date(text, INTERFAX) is None


def test_a_roman_numeral_that_is_no_quarter_dates_nothing() -> None:
    text = f"Доклад о II съезде опубликован в 2023 году в журнале: {ROSSTAT}\n"
    assert _date(text, ROSSTAT) in {None, "2023"}
    text = f"Raport z III Kongresu opublikowano w kwartalniku: {NBP}\n"
    assert _date(text, NBP) is None


# --- Estonian and Finnish day ordinals -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "article_date", "date"),
    [
        (
            f"Statistikaamet teatas 3. oktoobril 2023, et hinnad tõusid: {STAT_EE}\n",
            STAT_EE,
            None,
            "2023-10-03",
        ),
        (f"Postimees kirjutas 12. septembril 2023: {POSTIMEES}\n", POSTIMEES, None, "2023-09-12"),
        # without a year: the article's year
        (
            f"Statistikaamet teatas 3. oktoobril, et hinnad tõusid: {STAT_EE}\n",
            STAT_EE,
            "2023-10-05",
            "2023-10-03",
        ),
        (
            f"Tilastokeskus kertoi 3. lokakuuta 2023, että hinnat nousivat: {TILASTO}\n",
            TILASTO,
            None,
            "2023-10-03",
        ),
        (f"Helsingin Sanomat uutisoi 28. helmikuuta 2024: {HS}\n", HS, None, "2024-02-28"),
        (f"Yle kertoi 3. lokakuuta, että korot nousevat: {YLE}\n", YLE, "2023-10-10", "2023-10-03"),
    ],
)
def test_a_day_ordinal_date_dates_the_report(
    text: str, url: str, article_date: str | None, date: str
) -> None:
    assert _date(text, url, article_date) == date


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # a rank, not a day: "3. kohal" (third place)
        (f"Eesti tõusis edetabelis 3. kohale: {STAT_EE}\n", STAT_EE),
        # a list's number before a month word used as a noun ("lokakuussa" is "in October", no day)
        (f"Hinnat nousivat lokakuussa 2,3 prosenttia: {TILASTO}\n", TILASTO),
    ],
)
def test_ordinals_that_are_no_day_date_nothing(text: str, url: str) -> None:
    assert _date(text, url) is None
