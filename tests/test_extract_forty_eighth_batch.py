"""Rules added for the forty-eighth held-out batch (docs/benchmarks.md, "Forty-eighth batch"), each on small
strings, with what each must leave alone: Telugu dates (day or month first), Maltese dates with "ta'",
update labels in Maltese, Lao, Telugu and Chinese ("编辑于"), a footer's "Last edited <date>" opening an
element, a first link home whose text the host spells as the site's name, and an ``og:site_name`` with a
section's word run on after the site's name.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import tables as T
from linkcheck.extract.core import _PAGE_EDITED, _domain_label, _ends_with_part
from linkcheck.models import Metadata
from tests.extract_rules_harness import JAN_9, JAN_10, TODAY
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import days as _days
from tests.extract_rules_harness import page as _page


# --- Telugu -------------------------------------------------------------------------------------------------
def test_telugu_dates_month_first_and_day_first() -> None:
    assert _days("ప్రచురణ: జనవరి 09, 2020 14:05 IST") == [JAN_9]
    assert _days("09 జనవరి 2020") == [JAN_9]
    assert _days("శనివారం, నవంబర్ 30, 2024") == [TODAY]
    assert _days("30 నవంబరు 2024") == [TODAY]  # the spelling in "-రు"
    assert _days("౯ జనవరి ౨౦౨౦") == [JAN_9]  # Telugu digits


def test_telugu_month_without_a_day_or_a_year_is_left() -> None:
    assert _days("మార్చి 1 నుంచి") == []
    assert _days("జనవరి 2020") == []


# --- Maltese ------------------------------------------------------------------------------------------------
def test_maltese_date_with_ta() -> None:
    assert _days("Il-Ħamis, 9 ta' Jannar 2020 – 14:05") == [JAN_9]
    assert _days("Is-Sibt, 30 ta’ Novembru 2024") == [TODAY]  # a typographic apostrophe
    assert _days("10 Jannar 2020") == [JAN_10]
    assert _days("1 ta' Ġunju 2021") == [dt.date(2021, 6, 1)]


def test_maltese_day_without_year_and_ta_without_a_month_are_left() -> None:
    assert _days("sal-1 ta' Marzu") == []
    assert _days("9 ta' kull xahar 2020") == []  # "of every month": no month


# --- update labels ------------------------------------------------------------------------------------------
def test_update_labels_of_the_batch() -> None:
    for prefix in ("Aġġornat: ", "aġġornata ", "ປັບປຸງ: ", "ປັບປຸງລ່າສຸດ ", "చివరి నవీకరణ: ", "అప్\u200cడేట్: ",
                   "编辑于 ", "編輯於 "):  # fmt: skip
        assert T.modified_label(T.label_case(prefix)), prefix


def test_editor_and_other_words_are_no_update_labels() -> None:
    for prefix in ("责任编辑：", "编辑 ", "Il-Ħamis, ", "ປະກາດ: ", "ప్రచురణ: "):
        assert not T.modified_label(T.label_case(prefix)), prefix


def test_maltese_byline_with_its_update() -> None:
    body = (
        "<h1>Il-Kunsill jiftaħ ġnien ġdid</h1>"
        "<div class='meta'><span>Il-Ħamis, 9 ta' Jannar 2020 – 14:05</span> "
        "<span>Aġġornat: 10 ta' Jannar 2020 – 09:30</span></div><p>Test.</p>"
    )
    assert _dates(_page(body, title="Il-Kunsill jiftaħ ġnien ġdid – Sit", lang="mt")) == (JAN_9, JAN_10)


def test_chinese_edit_line_is_the_update() -> None:
    body = (
        "<h1>加装电梯的记录</h1><p>正文。</p>"
        '<div class="time"><span data-tooltip="发布于 2020-01-09 14:05">编辑于 2020-01-10 09:30</span></div>'
    )
    assert _dates(_page(body, title="加装电梯的记录 - 站点", lang="zh"))[1] == JAN_10


# --- a footer's "Last edited <date>" ------------------------------------------------------------------------
_WIKI_BODY = (
    '<div class="header"><span class="title">Installing on ARM boards</span></div>'
    "<div id='content'><p>Tarn Linux runs on most boards since 2018.</p></div>"
    '<div id="footer" class="pagefooter"><div class="pagedate">\nLast edited <span class="date">'
    'Fri 10 Jan 2020 09:30:44 AM CET</span>\n<!-- Created <span class="date">Thu 09 Jan 2020</span> -->'
    "</div></div>"
)


def test_footer_last_edited_opening_an_element_is_the_update() -> None:
    found = _page(_WIKI_BODY, title="Installing on ARM boards")
    assert _dates(found) == (None, JAN_10)


def test_last_edited_by_a_name_or_inside_prose_is_left() -> None:
    assert _PAGE_EDITED.search("<div>\nLast edited <span>") is not None
    assert _PAGE_EDITED.search("<div>Last edited on Friday, 10 January 2020") is not None
    assert _PAGE_EDITED.search("<div>Last edited by bramley on Fri Jan 10, 2020") is None
    assert _PAGE_EDITED.search("<p>The rules were last edited in 2020") is None


# --- the first link home as the site's name -----------------------------------------------------------------
_PARENTS = (
    '<span class="parentlinks"><a href="../../">{name}</a>/ <a href="../">install</a>/</span>'
    "<h2>Installing on ARM boards</h2><p>Text of the page, long enough to be read as one.</p>"
)
_WIKI_URL = "https://wiki.tarnlinux.org/install/arm/"


def test_first_link_home_that_the_host_spells_names_the_site() -> None:
    found = _page(_PARENTS.format(name="Tarn Linux wiki"), title="Installing on ARM boards", url=_WIKI_URL)
    assert found.site_name == "Tarn Linux wiki"


def test_first_link_home_the_host_does_not_spell_is_left() -> None:
    found = _page(_PARENTS.format(name="Home"), title="Installing on ARM boards", url=_WIKI_URL)
    assert found.site_name is None
    found = _page(_PARENTS.format(name="Northern Wiki"), title="Installing on ARM boards", url=_WIKI_URL)
    assert found.site_name is None
    # A section's name that only the subdomain spells: not the site's.
    url = "https://wiadomosci.gazeta.example/wiadomosci/7,114881,25585432,irak.html"
    assert _page(_PARENTS.format(name="Wiadomości"), title="Irak", url=url).site_name is None


def test_domain_label() -> None:
    assert _domain_label("https://wiki.tarnlinux.org/install/arm/") == "tarnlinux"
    assert _domain_label("https://www.bbc.co.uk/news") == "bbc"
    assert _domain_label("https://wiadomosci.gazeta.pl/") == "gazeta"
    assert _domain_label("https://localhost/") == ""


# --- og:site_name with a section's word run on --------------------------------------------------------------
_COLUMN_URL = "https://zhuanlan.zhihu.example/p/102345678"


def _column(og_site: str, logo: str, title: str = "加装电梯的记录 - 知乎") -> Metadata:
    head = (
        f'<meta property="og:site_name" content="{og_site}">'
        '<meta property="og:title" content="加装电梯的记录">'
    )
    body = (
        f'<header><a href="https://www.zhihu.example" aria-label="{logo}"><svg></svg></a></header>'
        "<h1>加装电梯的记录</h1><p>正文。</p>"
    )
    return _page(body, head=head, title=title, lang="zh", url=_COLUMN_URL)


def test_og_site_name_with_a_section_word_gives_the_name_title_and_logo_state() -> None:
    assert _column("知乎专栏", "知乎").site_name == "知乎"


def test_og_site_name_is_kept_unless_title_and_logo_both_state_the_shorter_name() -> None:
    assert _column("知乎专栏", "知乎专栏").site_name == "知乎专栏"  # the logo says the longer name
    assert _column("知乎专栏", "首页").site_name == "知乎专栏"  # the logo says something else
    assert _column("知乎专栏", "知乎", title="加装电梯的记录").site_name == "知乎专栏"  # no <title> suffix
    assert _column("知乎日报精选合集", "知乎").site_name == "知乎日报精选合集"  # more than a short word
    assert _column("知乎.cn", "知乎").site_name == "知乎.cn"  # a domain's ending, not a word


def test_ends_with_part_is_a_few_endswith_tests() -> None:
    assert _ends_with_part("Headline - 知乎", "知乎专栏")
    assert _ends_with_part("Headline | RTVE", "RTVE.es")
    assert not _ends_with_part("Headline | BBC", "BBC News")  # "BBC " is cut at most: a space stays
    assert not _ends_with_part("Headline | BBC News", "BBC News")  # the whole name: nothing cut
    assert not _ends_with_part("Headline", "BBC News")
