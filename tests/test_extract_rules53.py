"""Rules added for the fifty-third held-out batch (docs/benchmarks.md, "Fifty-third batch"), each on small
strings, with what each must leave alone: the Ethiopian calendar's short form with a slash (``ታህሳስ
30/2012``), a pager's label or a date a template adds after the headline in the head titles (Kompas's
``Halaman all``, the Hearst Shkulev network's ``Headline - 9 января 2020``), and a city before a colon
opening a headline on a site named after that city (``Dakar : ...`` on Dakarinfo).
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract.titles import strip_affixes
from tests.extract_rules_harness import JAN_9, TODAY
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import days as _days
from tests.extract_rules_harness import page as _page


# --- the Ethiopian calendar, written short ----------------------------------------------------------------
def test_ethiopian_date_with_a_slash() -> None:
    assert _days("ታህሳስ 30/2012") == [JAN_9]  # 30 Tahsas 2012 E.C.
    assert _days("ቅዳሜ ኅዳር 21/2017") == [TODAY]  # 21 Hidar 2017 E.C.
    assert _days("አዲስ አበባ፣ ታህሳስ 30 / 2012 –") == [JAN_9]


def test_ethiopian_slash_leaves_other_numbers() -> None:
    assert _days("ታህሳስ 30/12") == []  # a two-digit year is no year the pattern reads
    assert _days("ኅዳር 21, 2017") == [TODAY]  # the forms read before still read alike
    assert _days("መጋቢት 3 ቀን 2014 ዓ.ም.") == [dt.date(2022, 3, 12)]


def test_ethiopian_page_dated_by_its_short_byline() -> None:
    found = _page(
        '<div class="top">ቅዳሜ ኅዳር 21/2017</div><h1>የከተማው አስተዳደር አዲስ መስመሮችን ከፈተ</h1>'
        '<div class="entry-meta"><span class="posted-on">ታህሳስ 30/2012</span></div>'
        "<p>መስመሮቹ እስከ መጋቢት 2012 ድረስ ይሰራሉ።</p>",
        title="የከተማው አስተዳደር አዲስ መስመሮችን ከፈተ – ዜና",
        lang="am",
    )
    assert _dates(found)[0] == JAN_9


# --- a template's tail after the headline in the head titles ----------------------------------------------
_KOMPAS_H1 = "Banjir Rendam 12 Desa di Karawang, 3.000 Warga Mengungsi"


def test_pager_label_after_the_headline_is_not_the_title() -> None:
    found = _page(
        f"<h1>{_KOMPAS_H1}</h1><p>Banjir merendam 12 desa sejak Rabu malam.</p>",
        head=f'<meta property="og:title" content="{_KOMPAS_H1} Halaman all">',
        title=f"{_KOMPAS_H1} Halaman all - Kompas.com",
        lang="id",
    )
    assert found.title == _KOMPAS_H1
    found = _page(
        "<h1>How the river gauges were rebuilt</h1><p>Text.</p>",
        head='<meta property="og:title" content="How the river gauges were rebuilt - Page 2 of 3">',
        title="How the river gauges were rebuilt - Page 2 of 3 | River Notes",
    )
    assert found.title == "How the river gauges were rebuilt"


def test_date_after_the_headline_is_not_the_title() -> None:
    h1 = "В Новосибирске на Октябрьском мосту ограничат движение до марта"
    found = _page(
        f"<h1>{h1}</h1><p>Движение ограничат с 13 января.</p>",
        head=f'<meta property="og:title" content="{h1} - 9 января 2020">',
        title=f"{h1} - 9 января 2020 - НГС.ру",
        lang="ru",
    )
    assert found.title == h1


def test_words_after_the_headline_stay_a_headline() -> None:
    # A head title that adds words, or a year without a separator, is not a template's tail: the h1 is not
    # preferred for it (two head titles outvote an h1 as before).
    h1 = "Council approves the budget"
    found = _page(
        f"<h1>{h1}</h1><p>Text.</p>",
        head=f'<meta property="og:title" content="{h1} - page two of the deal">',
        title=f"{h1} - page two of the deal | Site",
    )
    assert found.title == f"{h1} - page two of the deal"
    found = _page(
        f"<h1>{h1}</h1><p>Text.</p>",
        head=f'<meta property="og:title" content="{h1} for 9 January 2020">',
        title=f"{h1} for 9 January 2020 | Site",
    )
    assert found.title == f"{h1} for 9 January 2020"


# --- a city before a colon on a site named after it -------------------------------------------------------
_DAKAR_URL = "https://www.dakarinfo.sn/Dakar-le-TER_a41822.html"


def test_city_before_a_colon_stays_in_the_headline() -> None:
    headline = "Dakar : le TER fera ses premiers essais avec passagers en mars"
    assert strip_affixes(headline, ["Dakarinfo"], _DAKAR_URL)[0] == headline
    assert strip_affixes(f"{headline} | Dakarinfo", ["Dakarinfo"], _DAKAR_URL)[0] == headline
    found = _page(
        f"<h1>{headline}</h1><p>Le train transportera ses premiers passagers en mars 2020.</p>",
        head=f'<meta property="og:title" content="{headline}">'
        '<meta property="og:site_name" content="Dakarinfo">',
        title=f"{headline} | Dakarinfo",
        lang="fr",
        url=_DAKAR_URL,
    )
    assert found.title == headline


def test_the_sites_own_name_before_a_colon_is_still_stripped() -> None:
    assert strip_affixes("Dakarinfo : le TER arrive en mars", ["Dakarinfo"], _DAKAR_URL)[0] == (
        "le TER arrive en mars"
    )
    assert strip_affixes("Dakarinfo | le TER arrive en mars", ["Dakarinfo"], _DAKAR_URL)[0] == (
        "le TER arrive en mars"
    )
