"""Rules of the forty-seventh held-out matching batch (docs/benchmarks.md, "The forty-seventh held-out
matching batch"), each on small strings with what it must leave alone: an entry dated by a German, Spanish,
Italian, Portuguese or Polish word for "yesterday" is counted from the article's day; Altai ``ҥ`` typed
as ``н`` is the same letter; a site name in Cyrillic whose romanisation is nothing like the cited Latin
outlet or the host is a doubt (a window fitter on the Moscow Times' address); a Chinese name and its
short form are a doubt, not another outlet; a headline romanised whole with another city in it is
another story, not a rewrite; two Tibetan-script headlines whose first phrases are two places before one
case particle are two stories; a host label that is the cited outlet's name with the page's language code
after a hyphen is the outlet's."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.articles import extract_citations
from linkcheck.config import Config
from linkcheck.match import match_citation
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()
#: An address whose last segment is an identifier: a slug of no words.
PLAIN_URL = "https://www.example-gazeta.net/news/2024/03/05/51234"


def _findings(
    cited: str,
    page: str,
    url: str = PLAIN_URL,
    site: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
) -> dict[str, str]:
    """The findings' kinds and severities of a citation of ``cited`` (from ``outlet``, dated the page's day)
    on a page titled ``page`` (its site's name ``site``, its language ``language``) at ``url``."""
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 3, 5), "opengraph"),
        site_name=site,
        language=language,
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 3, 5), outlet=outlet)
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


# --- an entry dated "gestern" -----------------------------------------------------------------

NOTE = (
    "- „Blaues Wunder nach Sanierung wieder offen“. *DW*, {when}."
    " https://www.dw.com/de/blaues-wunder/a-70412345"
)


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("gestern", "2024-10-14"),
        ("vorgestern", "2024-10-13"),
        ("ayer", "2024-10-14"),
        ("wczoraj", "2024-10-14"),
    ],
)
def test_an_entry_dated_by_another_languages_yesterday_is_counted_from_the_articles_day(
    when: str, day: str
) -> None:
    text = f"## Quellen\n\n{NOTE.format(when=when)}\n"
    (citation,) = extract_citations(text, "markdown", "notes", article_date=PartialDate(2024, 10, 15))
    assert str(citation.date) == day


def test_a_title_holding_gestern_gives_no_date() -> None:
    note = "- „Was gestern im Landtag geschah“. *DW*. https://www.dw.com/de/landtag/a-70412346"
    (citation,) = extract_citations(
        f"## Quellen\n\n{note}\n", "markdown", "notes", article_date=PartialDate(2024, 10, 15)
    )
    assert citation.date is None


# --- Altai ҥ; Latin j and i in a Cyrillic word (folded alike already: guards) -----------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Улалуда jaны музей ачылды", "Улалуда јаны музей ачылды"),  # Altai ј typed as a Latin j (and a)
        ("Kиїв вiдкрив новий мiст через Днiпро", "Київ відкрив новий міст через Дніпро"),  # Ukrainian і
    ],
)
def test_latin_j_and_i_in_a_cyrillic_word_are_its_letters(cited: str, page: str) -> None:
    assert _findings(cited, page) == {}


def test_altai_eng_is_the_en_a_russian_keyboard_types() -> None:
    assert fold("Алтайдыҥ Чолмоны") == fold("Алтайдын Чолмоны")


def test_a_latin_word_with_one_cyrillic_twin_is_still_compared_as_written() -> None:
    # "jazz" holds no Cyrillic letter: nothing to unmix, another headline stays another.
    assert "title_mismatch" in _findings("Джаз фестиваль открылся в Казани", "Jazz фестиваль закрылся в Уфе")


# --- another site's name in Cyrillic on the cited outlet's host -------------------------------

MT_URL = "https://www.themoscowtimes.com/2024/10/03/metro-opens-a86543"


def test_a_cyrillic_site_name_unlike_the_cited_outlet_on_its_host_is_a_doubt() -> None:
    found = _findings(
        "St. Petersburg Metro Opens Three New Stations",
        "Пластиковые окна в Москве недорого",
        url=MT_URL,
        site="ОкнаПро",
        outlet="The Moscow Times",
    )
    assert found.get("outlet_mismatch") == "warn"


@pytest.mark.parametrize(
    ("site", "outlet", "url"),
    [
        (
            "РБК",
            "RBC",
            "https://www.rbc.ru/politics/05/03/2024/65e6f1a29a79",
        ),  # the site's own name romanised
        ("Коммерсантъ", "Kommersant", "https://www.kommersant.ru/doc/6552345"),
        ("ไทยรัฐ", "Thairath", "https://www.thairath.co.th/news/local/2817345"),  # a script fold leaves
    ],
)
def test_a_site_name_romanising_to_the_cited_outlet_or_host_is_no_doubt(
    site: str, outlet: str, url: str
) -> None:
    found = _findings("A headline of the page", "A headline of the page", url=url, site=site, outlet=outlet)
    assert "outlet_mismatch" not in found


def test_a_rebrand_on_the_outlets_host_cited_with_its_own_headline_is_no_doubt() -> None:
    # RIA Novosti's page naming itself by the group's name, cited with its Russian headline (the seed probes')
    headline = "Ирак возобновил переговоры с Россией о покупке С-300"
    url = "https://ria.ru/20200109/1563219328.html"
    found = _findings(headline, headline, url=url, site="Россия сегодня", outlet="RIA Novosti")
    assert "outlet_mismatch" not in found


# --- a Chinese name and its short form --------------------------------------------------------

CNA_URL = "https://www.cna.com.tw/news/aloc/202410050123.aspx"


def test_a_chinese_outlet_by_its_full_name_for_its_short_form_is_a_doubt() -> None:
    found = _findings(
        "台南新建美術館今開幕", "台南新建美術館今開幕", url=CNA_URL, site="中央社 CNA", outlet="中央通訊社"
    )
    assert found == {"outlet_mismatch": "warn"}


def test_two_chinese_papers_alike_but_in_one_character_are_still_two() -> None:
    found = _findings(
        "台南新建美術館今開幕", "台南新建美術館今開幕", url=CNA_URL, site="中國時報", outlet="中國日報"
    )
    assert found.get("outlet_mismatch") == "fail"


# --- a headline romanised whole, another city in it -------------------------------------------

RIA_PAGE = "В Самаре после реконструкции открыли речной вокзал"


def test_a_romanised_headline_naming_another_city_is_another_story() -> None:
    found = _findings("V Saratove posle rekonstruktsii otkryli rechnoy vokzal", RIA_PAGE)
    assert found == {"title_mismatch": "fail"}


@pytest.mark.parametrize(
    "cited",
    [
        "V Samare posle rekonstruktsii otkryli rechnoy vokzal",
        "V Samare posle rekonstrukcii otkryli rechnoj vokzal",  # another romanisation system
    ],
)
def test_the_same_headline_romanised_matches(cited: str) -> None:
    assert _findings(cited, RIA_PAGE) == {}


def test_a_romanised_name_in_another_system_is_no_other_person() -> None:
    # German-style romanisation of Шольцем: one word in two systems, not a swap.
    found = _findings(
        "Putin prowel peregowory s Scholzem po telefonu", "Путин провел переговоры с Шольцем по телефону"
    )
    assert found.get("title_mismatch") != "fail"


# --- Tibetan-script first phrases -------------------------------------------------------------

DZ_PAGE = "ཐིམ་ཕུག་ལུ་ སློབ་གྲྭ་གསརཔ་ཅིག་ ཁ་ཕྱེ་ཡི།"


def test_two_places_before_one_case_particle_in_tibetan_script_are_two_stories() -> None:
    found = _findings("ཕུན་ཚོགས་གླིང་ལུ་ སློབ་གྲྭ་གསརཔ་ཅིག་ ཁ་ཕྱེ་ཡི།", DZ_PAGE)
    assert found == {"title_mismatch": "fail"}


@pytest.mark.parametrize(
    "cited",
    [
        "ཐིམ་ཕུག་ན་ སློབ་གྲྭ་གསརཔ་ཅིག་ ཁ་ཕྱེ་ཡི།",  # another particle: no two places in one role
        "ཐིམ་ཕུག་གཞུང་ལུ་ སློབ་གྲྭ་གསརཔ་ཅིག་ ཁ་ཕྱེ་ཡི།",  # sharing a syllable with the page's phrase
    ],
)
def test_other_tibetan_first_phrases_are_left_to_the_score(cited: str) -> None:
    assert _findings(cited, DZ_PAGE).get("title_mismatch") != "fail"


# --- a host label with the page's language code -----------------------------------------------

DZ_URL = "https://kuensel-dz.example/news/thimphu-lobdra"


def test_a_host_label_of_the_outlet_and_the_pages_language_is_the_outlet() -> None:
    assert _findings(DZ_PAGE, DZ_PAGE, url=DZ_URL, site="ཀུན་གསལ།", outlet="Kuensel", language="dz") == {}


@pytest.mark.parametrize("language", ["en", None])
def test_a_hyphened_label_without_the_pages_language_names_no_outlet(language: str | None) -> None:
    found = _findings(DZ_PAGE, DZ_PAGE, url=DZ_URL, site="ཀུན་གསལ།", outlet="Kuensel", language=language)
    assert "outlet_mismatch" in found
