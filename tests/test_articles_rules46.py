"""art46's rules on strings: a caption's credit by its link's address, a name with the neighbour words its
host spells, a source line's month and day before its link's colon, a labelled headline over an address
alone on its line. Every case but the controls fails on base61's src; the controls must not fire."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles.html import _home_or_picture
from linkcheck.models import Citation, PartialDate

AGENCY = "https://ria.ru/20200109/1563219328.html"


def _cited(text: str, article_date: PartialDate | None = None) -> dict[str, Citation]:
    fmt = "html" if text.startswith("<") else "text"
    return {c.url: c for c in extract_citations(text, fmt, article_date=article_date)}


def _figure(caption: str, body: str = "") -> str:
    return (
        "<html><body><article><h1>Bridge reopens after repairs</h1>"
        f'<figure><img src="/img/bridge.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
        f'<p>The bridge reopened on Monday, <a href="{AGENCY}">RIA Novosti</a> reported.</p>{body}'
        "</article></body></html>"
    )


# --- a caption's credit by its address ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "credit"),
    [
        ("https://mil.ru/", True),
        ("https://www.mors.si", True),
        ("https://commons.wikimedia.org/wiki/File:Bridge_2020.JPG", True),
        ("https://cdn.example.org/photos/2020/bridge-large.webp", True),
        # controls: a page of a site, a home page with a query (a search, a page id)
        ("https://mil.ru/files/morf/2020/statement.htm", False),
        ("https://mil.ru/?id=12290", False),
        ("https://www.example.org/photos/bridge", False),
    ],
)
def test_home_or_picture(url: str, credit: bool) -> None:
    assert _home_or_picture(url) is credit


@pytest.mark.parametrize(
    "caption",
    [
        'Сүрөт: <a href="https://mil.ru/">mil.ru</a>',
        'Nuotr. <a href="https://mil.ru/">mil.ru</a>',
        'Լուսանկարը՝ <a href="https://mil.ru">Պաշտպանության նախարարություն</a>',
        'Ảnh: <a href="https://static.example.vn/2020/01/bridge.png">Bộ Giao thông</a>',
    ],
)
def test_a_captions_link_to_a_home_page_or_a_picture_is_a_credit(caption: str) -> None:
    found = _cited(_figure(caption))
    assert AGENCY in found
    assert len(found) == 1


@pytest.mark.parametrize(
    ("caption", "url"),
    [
        # a known source label keeps even a home page cited
        ('Source: <a href="https://www.ons.gov.uk/">ONS</a>', "https://www.ons.gov.uk/"),
        # a page of a site under an unknown label
        (
            'Булак: <a href="https://www.stat.kg/ru/news/inflyaciya/">Улуттук статистика комитети</a>',
            "https://www.stat.kg/ru/news/inflyaciya/",
        ),
    ],
)
def test_a_captions_source_stays_cited(caption: str, url: str) -> None:
    assert url in _cited(_figure(caption))


def test_a_home_page_outside_a_caption_stays_cited() -> None:
    body = '<p>Сүрөт: <a href="https://mil.ru/">mil.ru</a></p>'
    assert "https://mil.ru/" in _cited(_figure("The bridge at dawn.", body))


# --- a name with the neighbour words its host spells -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        # after it, another host label
        (
            "NOAA Fisheries said the closure would stand: https://www.fisheries.noaa.gov/bulletin/closure-2015\n",
            "https://www.fisheries.noaa.gov/bulletin/closure-2015",
            "NOAA Fisheries",
        ),
        # after it, two words spelling one label
        (
            "The ranges are listed by CSIS Missile Threat (https://missilethreat.csis.org/defsys/s-300/).\n",
            "https://missilethreat.csis.org/defsys/s-300/",
            "CSIS Missile Threat",
        ),
        # after it, the top-level label in capitals
        (
            "FEWS NET expects crisis outcomes (https://fews.net/east-africa/kenya/food-security-outlook/june-2023).\n",
            "https://fews.net/east-africa/kenya/food-security-outlook/june-2023",
            "FEWS NET",
        ),
        (
            "Water UK said the plan would cost £96bn (https://www.water.org.uk/news/storm-overflows-plan).\n",
            "https://www.water.org.uk/news/storm-overflows-plan",
            "Water UK",
        ),
    ],
)
def test_a_name_takes_its_hosts_neighbour_words(text: str, url: str, outlet: str) -> None:
    found = _cited(text)
    assert found[url].outlet == outlet


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        # a top-level label before the name is a place, not the name's
        (
            "In the UK Ofgem said the cap would fall: https://www.ofgem.gov.uk/press-release/cap-will-fall\n",
            "https://www.ofgem.gov.uk/press-release/cap-will-fall",
            "Ofgem",
        ),
        # a country code the host does not end with
        (
            "Reuters UK reported the deal: https://www.reuters.com/markets/deals/deal-agreed-2024-05-14/\n",
            "https://www.reuters.com/markets/deals/deal-agreed-2024-05-14/",
            "Reuters",
        ),
        # a longer capitalised run goes on: another name's words
        (
            "The parser follows the WHATWG URL Standard's host parsing (https://url.spec.whatwg.org/#host-parsing).\n",
            "https://url.spec.whatwg.org/#host-parsing",
            "WHATWG",
        ),
    ],
)
def test_a_neighbour_word_that_is_no_part_of_the_name_is_left(text: str, url: str, outlet: str) -> None:
    found = _cited(text)
    assert found[url].outlet == outlet


def test_the_links_own_words_are_no_part_of_the_name() -> None:
    html = (
        "<html><body><article><h1>Bank retreat</h1><p>We compared Landsat scenes using the USGS "
        '<a href="https://earthexplorer.usgs.gov/">EarthExplorer</a> archive, as the USGS said.</p>'
        "</article></body></html>"
    )
    assert _cited(html)["https://earthexplorer.usgs.gov/"].outlet in ("USGS", None)


# --- a source line's month and day before its link's colon -------------------------------------------------

_BOX = (
    "Iraq has resumed talks with Russia on buying S-300 systems, a lawmaker said.\n\n"
    "Online:\n"
    "RIA Novosti interview (in Russian), Jan. 9: https://ria.ru/20200109/1563219328.html\n"
    "TASS report (in Russian), Jan. 8: https://tass.ru/politika/7487995\n"
    "Kommersant report, 27 December: https://www.kommersant.ru/doc/4215503\n"
)


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://ria.ru/20200109/1563219328.html", PartialDate(2020, 1, 9)),
        ("https://tass.ru/politika/7487995", PartialDate(2020, 1, 8)),
        ("https://www.kommersant.ru/doc/4215503", PartialDate(2019, 12, 27)),
    ],
)
def test_an_online_box_dates_each_line(url: str, date: PartialDate) -> None:
    found = _cited(_BOX, PartialDate(2020, 1, 10))
    assert found[url].date == date


def test_without_the_articles_date_a_month_and_day_dates_nothing() -> None:
    found = _cited(_BOX)
    assert found["https://tass.ru/politika/7487995"].date is None


@pytest.mark.parametrize(
    "line",
    [
        "RIA Novosti, page 2: https://ria.ru/20200109/1563219328.html",
        "RIA Novosti (Jan. 9) mirror: https://ria.ru/20200109/1563219328.html",
    ],
)
def test_no_month_and_day_before_the_colon_dates_nothing(line: str) -> None:
    found = _cited(f"Iraq has resumed talks.\n\nOnline:\n{line}\n", PartialDate(2020, 1, 10))
    assert found[AGENCY].date is None


# --- a labelled headline over an address --------------------------------------------------------------------

_OWN = "https://habarlar.example/tk/dunya/2020/01/08/eyran-raketa-zarbalary-41"
_LEAD = (
    "Yrak Russiya bilen S-300 barada gepleşiklere başlady.\n\n"
    f"Bu barada RIA Novosti habar berdi: {AGENCY}\n\n"
)


@pytest.mark.parametrize(
    "label", ["Şeýle hem okaň", "Ҫавӑн пекех вулӑр", "Dig", "Прочитајте уште (на англиски)"]
)
def test_a_labelled_headline_over_an_address_is_its_title(label: str) -> None:
    text = f"{_LEAD}{label}: Eýran Yrakdaky ABŞ bazalaryna raketa zarbalaryny urdy\n{_OWN}\n"
    assert _cited(text)[_OWN].title == "Eýran Yrakdaky ABŞ bazalaryna raketa zarbalaryny urdy"


@pytest.mark.parametrize(
    "line",
    [
        # a source's name: no word of the slug
        "Çeşme: Russiýanyň Goranmak ministrligi",
        # a sentence ending with a full stop
        "Bellik: Eýran Yrakdaky ABŞ bazalaryna raketa zarbalaryny urdy.",
        # two words: no headline
        "Çeşme: Eýran raketa",
    ],
)
def test_a_labelled_line_that_is_no_headline_gives_no_title(line: str) -> None:
    text = f"{_LEAD}{line}\n{_OWN}\n"
    assert _cited(text)[_OWN].title in (None, "")


# --- a short label before the article's own story's link ---

_SITE = "https://vesti.example.mk"
_HEADLINE = "Иран нападна две бази со американски војници во Ирак"


def _own_page(block: str) -> str:
    return (
        f'<html><head><link rel="canonical" href="{_SITE}/svet/2020/01/10/irak-s300-5"></head><body><article>'
        "<h1>Ирак ги обнови преговорите со Русија</h1>"
        f'<p>Ирак ги обнови преговорите, јави <a href="{AGENCY}">РИА Новости</a>.</p>{block}'
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("block", "url"),
    [
        (
            f'<p><em>Прочитајте уште:</em> <a href="/svet/2020/01/08/41802">{_HEADLINE}</a></p>',
            f"{_SITE}/svet/2020/01/08/41802",
        ),
        (
            f'<p><strong>Мөн уншина уу:</strong> <a href="{_SITE}/n/98377">{_HEADLINE}</a></p>',
            f"{_SITE}/n/98377",
        ),
        (
            f'<div class="also">Şeýle hem okaň: <a href="https://m.vesti.example.mk/n/7">{_HEADLINE}</a>.</div>',
            "https://m.vesti.example.mk/n/7",
        ),
    ],
)
def test_a_labelled_link_to_the_sites_own_story_gives_its_title(block: str, url: str) -> None:
    assert _cited(_own_page(block))[url].title == _HEADLINE


@pytest.mark.parametrize(
    ("block", "url"),
    [
        # another site's page after a label: a source's name, not a headline
        (
            f'<p>Извор: <a href="https://mil.ru/files/morf/2020/01/09/st.htm">{_HEADLINE}</a></p>',
            "https://mil.ru/files/morf/2020/01/09/st.htm",
        ),
        # more words after the link: a sentence
        (f'<p>Види: <a href="/n/41803">{_HEADLINE}</a>, како што пишавме вчера</p>', f"{_SITE}/n/41803"),
        # five words before the link: a sentence, no label
        (f'<p>За ова пишувавме и порано: <a href="/n/41804">{_HEADLINE}</a></p>', f"{_SITE}/n/41804"),
    ],
)
def test_a_labelled_link_that_is_no_read_also_line_gives_no_title(block: str, url: str) -> None:
    assert _cited(_own_page(block))[url].title is None
