"""Held-out citations for art46: photo credits in languages no label list holds, names read shorter than
written, dates in an ``Online:`` box's lines, and read-also labels whose title is in a link or on the line.

Written before reading the src that reads them (``articles/html.py``, ``_prose.py``, ``plaintext.py``,
``names.py``, ``_dates.py``). Each case gives what a careful reader would take from the lines: an outlet (any
of the forms listed), a title, a date, or nothing (a link that is a credit, not a source).

A photo credit is a figure's caption ending in a short label and a link to a site's home page or to the
picture's own file page (``Сүрөт: <a href="https://mil.ru/">mil.ru</a>``): whatever the label's language,
the link credits the picture; a caption's link to a page deeper than the home page (a chart's data, a
statistics release) is the figure's source and stays cited.

A name is often read shorter than written when the host spells more of it than the word read: ``Cash Access
UK`` on cashaccess.co.uk, ``NOAA Fisheries`` on fisheries.noaa.gov, ``FEWS NET`` on fews.net. A neighbour
word that spells another label of the same host belongs to the name; one that spells none does not
(``On Monday Reuters``).
"""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate


def _cited(text: str) -> dict[str, Citation]:
    fmt = "html" if text.startswith("<") else "text"
    return {c.url: c for c in extract_citations(text, fmt)}


RIA = "https://ria.ru/20200109/1563219328.html"
MIL = "https://mil.ru/"


def _figure_page(caption: str) -> str:
    return (
        "<html><head><title>С-300 сүйлөшүүлөрү</title></head><body><article>"
        "<h1>Ирак Россия менен С-300 боюнча сүйлөшүүлөрдү кайра баштады</h1>"
        '<figure><img src="/uploads/2020/01/s300.jpg" alt="S-300">'
        f"<figcaption>{caption}</figcaption></figure>"
        "<p>Ирак Россия менен С-300 зениттик-ракеталык комплекстерин сатып алуу боюнча сүйлөшүүлөрдү кайра "
        f'баштады, деп билдирди <a href="{RIA}">РИА Новости</a> агенттиги.</p>'
        "</article></body></html>"
    )


# --- photo credits in other languages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "credited"),
    [
        # Kyrgyz 'photo:' after the caption's sentence
        (
            'С-300 зениттик-ракеталык комплекси. Сүрөт: <a href="https://mil.ru/" rel="nofollow">mil.ru</a>',
            MIL,
        ),
        # Turkmen 'picture:'
        ('Surat: <a href="https://mil.ru/">mil.ru</a>', MIL),
        # Lithuanian abbreviation with a full stop, no colon
        ('Nuotr. <a href="https://mil.ru/">mil.ru</a>', MIL),
        # Urdu 'file photo. picture:'
        ('فائل فوٹو۔ تصویر: <a href="https://mil.ru/">mil.ru</a>', MIL),
        # Armenian 'photo' with the Armenian colon-like mark
        ('Լուսանկարը՝ <a href="https://mil.ru/">mil.ru</a>', MIL),
        # Mongolian two-word label
        ('Гэрэл зураг: <a href="https://mil.ru/">mil.ru</a>', MIL),
        # Tamil 'file picture:' and the picture's own file page on a media archive, its words in Tamil
        (
            'கோப்புப் படம்: <a href="https://commons.wikimedia.org/wiki/File:S-300_missile_system.jpg">'
            "விக்கிமீடியா</a>",
            "https://commons.wikimedia.org/wiki/File:S-300_missile_system.jpg",
        ),
        # Slovenian, the site's root without its slash
        ('Foto: arhiv, vir: <a href="https://www.mors.si">mors.si</a>', "https://www.mors.si"),
        # a picture file itself linked from the caption
        (
            'Ảnh: <a href="https://static.example-photos.vn/2020/01/s300-large.jpg">Bộ Quốc phòng Nga</a>',
            "https://static.example-photos.vn/2020/01/s300-large.jpg",
        ),
    ],
)
def test_a_captions_credit_to_a_home_page_or_a_picture_is_no_citation(caption: str, credited: str) -> None:
    found = _cited(_figure_page(caption))
    assert RIA in found
    assert credited not in found


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        # a chart's data: a release page, deeper than the home page
        (
            'Инфляция, 2019. Булак: <a href="https://www.stat.kg/ru/news/inflyaciya-v-kyrgyzskoj-respublike/">'
            "Улуттук статистика комитети</a>",
            "https://www.stat.kg/ru/news/inflyaciya-v-kyrgyzskoj-respublike/",
        ),
        # English source label and a report page
        (
            'Storm overflow spills by company. Source: <a href="https://environment.data.gov.uk/'
            'dataset/21e15f12-0df8-4bfc-b763-45226c16a8ac">Environment Agency event duration monitoring</a>',
            "https://environment.data.gov.uk/dataset/21e15f12-0df8-4bfc-b763-45226c16a8ac",
        ),
        # a named article in the caption
        (
            'Ракета С-300 на учениях, о которых писал <a href="https://tass.ru/armiya-i-opk/7487995">ТАСС</a>',
            "https://tass.ru/armiya-i-opk/7487995",
        ),
    ],
)
def test_a_captions_source_page_stays_cited(caption: str, source: str) -> None:
    found = _cited(_figure_page(caption))
    assert source in found


def test_a_home_page_named_in_the_body_stays_cited() -> None:
    html = _figure_page("С-300 зениттик-ракеталык комплекси.").replace(
        "агенттиги.</p>",
        'агенттиги. Маалыматты <a href="https://mil.ru/">Россиянын Коргоо министрлиги</a> да тастыктады.</p>',
    )
    found = _cited(html)
    assert MIL in found


# --- names read shorter than written ---


@pytest.mark.parametrize(
    ("text", "url", "outlets"),
    [
        (
            "Cash Access UK recommended a banking hub for the town in its assessment: "
            "https://www.cashaccess.co.uk/assessments/kettleford-2024\n",
            "https://www.cashaccess.co.uk/assessments/kettleford-2024",
            {"Cash Access UK"},
        ),
        (
            "Water UK said the plan would cost £96bn by 2050 "
            "(https://www.water.org.uk/news-views-publications/news/national-storm-overflows-plan).\n",
            "https://www.water.org.uk/news-views-publications/news/national-storm-overflows-plan",
            {"Water UK"},
        ),
        (
            "FEWS NET expects crisis outcomes to persist through September "
            "(https://fews.net/east-africa/kenya/food-security-outlook/june-2023).\n",
            "https://fews.net/east-africa/kenya/food-security-outlook/june-2023",
            {"FEWS NET"},
        ),
        (
            "NOAA Fisheries closed the Pacific sardine fishery in April 2015: "
            "https://www.fisheries.noaa.gov/bulletin/pacific-sardine-fishery-closure-2015\n",
            "https://www.fisheries.noaa.gov/bulletin/pacific-sardine-fishery-closure-2015",
            {"NOAA Fisheries"},
        ),
        (
            "As Streetsblog USA reported, bus lanes only work if someone enforces them: "
            "https://usa.streetsblog.org/2024/05/09/bus-lanes-only-work-if-someone-enforces-them\n",
            "https://usa.streetsblog.org/2024/05/09/bus-lanes-only-work-if-someone-enforces-them",
            {"Streetsblog USA"},
        ),
        (
            "The S-300's ranges are listed by CSIS Missile Threat (https://missilethreat.csis.org/defsys/s-300/).\n",
            "https://missilethreat.csis.org/defsys/s-300/",
            {"CSIS Missile Threat"},
        ),
    ],
)
def test_a_name_takes_the_neighbour_words_its_host_spells(text: str, url: str, outlets: set[str]) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet in outlets


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        # a weekday before the name spells no label
        (
            "On Monday Reuters reported that the talks had resumed: "
            "https://www.reuters.com/world/middle-east/iraq-russia-s300-talks-2020-01-09/\n",
            "https://www.reuters.com/world/middle-east/iraq-russia-s300-talks-2020-01-09/",
            "Reuters",
        ),
        # a country before the name is no part of it, though the host ends in its code
        (
            "In the UK Ofgem said the cap would fall in July: "
            "https://www.ofgem.gov.uk/press-release/energy-price-cap-will-fall-july\n",
            "https://www.ofgem.gov.uk/press-release/energy-price-cap-will-fall-july",
            "Ofgem",
        ),
        # a word after the name that spells no label of the host
        (
            "Bloomberg Tuesday reported the deal: https://www.bloomberg.com/news/articles/2024-05-14/deal-agreed\n",
            "https://www.bloomberg.com/news/articles/2024-05-14/deal-agreed",
            "Bloomberg",
        ),
    ],
)
def test_a_neighbour_word_that_spells_no_label_is_not_taken(text: str, url: str, outlet: str) -> None:
    found = _cited(text)
    assert url in found
    assert found[url].outlet == outlet


# --- an 'Online:' box's month and day before the colon ------------------------------------------------------


def _dated_page(body: str) -> str:
    return (
        '<html><head><meta property="article:published_time" content="2020-01-10T09:15:00Z">'
        "<title>Iraq resumes S-300 talks</title></head><body><article>"
        "<h1>Iraq resumes S-300 talks with Russia</h1>"
        "<p>Iraq has resumed talks with Russia on buying S-300 air defence systems, a lawmaker said.</p>"
        f"{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "url", "date"),
    [
        (
            f"RIA Novosti report (in Russian), Jan. 9: {RIA}",
            RIA,
            PartialDate(2020, 1, 9),
        ),
        (
            "Pentagon statement, Jan. 2: https://www.defense.gov/Newsroom/Releases/Release/Article/2049534/",
            "https://www.defense.gov/Newsroom/Releases/Release/Article/2049534/",
            PartialDate(2020, 1, 2),
        ),
        (
            "Kommersant report, Dec. 27: https://www.kommersant.ru/doc/4215503",
            "https://www.kommersant.ru/doc/4215503",
            PartialDate(2019, 12, 27),
        ),
    ],
)
def test_an_online_box_line_dates_its_link(line: str, url: str, date: PartialDate) -> None:
    found = _cited(_dated_page(f"<p>Online:</p><p>{line}</p>"))
    assert url in found
    assert found[url].date == date


def test_a_number_that_is_no_day_before_the_colon_gives_no_date() -> None:
    found = _cited(_dated_page(f"<p>Online:</p><p>RIA Novosti, page 2: {RIA}</p>"))
    assert RIA in found
    assert found[RIA].date is None


# --- read-also labels whose title is in the link or after the label ---

OWN = "https://vesti.example.mk/svet/2020/01/08/iran-napad-baza-ain-al-asad-4"
OWN_TITLE = "Иран изведе ракетен напад врз базата Аин ал-Асад"


@pytest.mark.parametrize(
    "label", ["<em>Прочитајте уште:</em>", "<strong>Şeýle hem okaň:</strong>", "Мөн уншина уу:"]
)
def test_a_read_also_labels_link_gives_its_title(label: str) -> None:
    html = (
        '<html><head><link rel="canonical" href="https://vesti.example.mk/svet/2020/01/10/irak-s300-5">'
        "<title>Ирак ги обнови преговорите</title></head><body><article>"
        "<h1>Ирак ги обнови преговорите со Русија за С-300</h1>"
        f'<p>Ирак ги обнови преговорите, јави <a href="{RIA}">РИА Новости</a>.</p>'
        f'<p>{label} <a href="{OWN}">{OWN_TITLE}</a></p>'
        "</article></body></html>"
    )
    found = _cited(html)
    assert OWN in found
    assert found[OWN].title == OWN_TITLE


def test_a_read_also_line_with_the_address_on_the_next_line() -> None:
    own = "https://khypar.example/tenchere/2020/01/08/iran-raketa-18842"
    text = (
        "Ирак Раҫҫейпе С-300 туянасси ҫинчен калаҫма пуҫланӑ\n\n"
        f"Ирак парламенчӗ ҫакӑн ҫинчен пӗлтернӗ, ҫырать РИА Новости: {RIA}\n\n"
        "Ҫавӑн пекех вулӑр: Иран Иракри америка базисене ракетӑсемпе персе аркатнӑ\n"
        f"{own}\n"
    )
    found = _cited(text)
    assert own in found
    assert found[own].title == "Иран Иракри америка базисене ракетӑсемпе персе аркатнӑ"


def test_a_source_labels_link_naming_the_outlet_gives_no_title() -> None:
    html = (
        "<html><head><title>Ирак ги обнови преговорите</title></head><body><article>"
        "<h1>Ирак ги обнови преговорите со Русија за С-300</h1>"
        "<p>Ирак ги обнови преговорите со Русија за набавка на системите С-300.</p>"
        f'<p><em>Извор:</em> <a href="{RIA}">РИА Новости</a></p>'
        "</article></body></html>"
    )
    found = _cited(html)
    assert RIA in found
    assert found[RIA].title != "РИА Новости"
