"""Rules added for the forty-seventh held-out batch (docs/benchmarks.md, "Forty-seventh batch"), each on small
strings, with what each must leave alone: Burmese dates in the formal style, Malayalam dates written year
first, a side bar spelt with a hyphen, a forum thread's type link in its h1, Chinese "发表于" and a forum's
"最后由 ... 于" edit line, a forum's later post in a tooltip, a site's name in quotes after its kind, and an
open archive's deposit record.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract.core import _last_edited_by, _posted_at, _quoted_name, _side_bar
from tests.extract_rules_harness import JAN_9, JAN_10
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import days as _days
from tests.extract_rules_harness import page as _page
from tests.extract_rules_harness import value as _value

JAN_11 = dt.date(2020, 1, 11)


# --- Burmese in the formal style ----------------------------------------------------------------------------
def test_burmese_formal_date_year_month_suffix_day() -> None:
    assert _days("၂၀၂၀ ပြည့်နှစ်၊ ဇန်နဝါရီလ ၉ ရက်") == [JAN_9]
    assert _days("၂၀၂၄ ခုနှစ်၊ နိုဝင်ဘာလ ၃၀ ရက်") == [dt.date(2024, 11, 30)]
    assert _days("၂၀၂၁ ခုနှစ် ဇူလိုင်လ ၃၁ ရက်နေ့") == [dt.date(2021, 7, 31)]  # "လ" inside the month's name


def test_burmese_era_date_and_yearless_day_are_left() -> None:
    assert _days("မြန်မာသက္ကရာဇ် ၁၃၈၁ ခုနှစ်၊ ပြာသိုလပြည့်ကျော် ၁၄ ရက်") == []  # a lunar month of the Myanmar era
    assert _days("မတ်လ ၁ ရက်") == []


# --- Malayalam year first -----------------------------------------------------------------------------------
def test_malayalam_date_written_year_first() -> None:
    assert _days("പ്രസിദ്ധീകരിച്ചത്: 2020 ജനുവരി 9, 02:05 PM IST") == [JAN_9]
    assert _days("9 ജനുവരി 2020") == [JAN_9]  # the day-first form, as before


def test_malayalam_month_without_a_day_or_year_is_left() -> None:
    assert _days("2020 ജനുവരി") == []
    assert _days("ജനുവരി 9") == []


# --- a side bar spelt with a hyphen -------------------------------------------------------------------------
_RECENT = (
    '<div id="side-bar"><ul><li><a href="/log-88">Session log 88</a> <span>29 Nov 2024</span></li></ul></div>'
)
_WIKI = (
    '<div id="main-content"><h1>Rules of the Campaign</h1><p>House rules agreed at the table and revised.</p>'
    '<div id="page-info">page revision: 14, last edited: <span>10 Jan 2020 09:30</span></div></div>'
)


def test_side_bar_with_a_hyphen_holds_other_pages_dates() -> None:
    assert _dates(_page(_RECENT + _WIKI, title="Rules of the Campaign - Wiki")) == (None, JAN_10)


def test_side_bar_names() -> None:
    assert _side_bar("side-bar")
    assert _side_bar("left side_bar")
    assert _side_bar("col side-bar-left")
    assert not _side_bar("inside-bar")
    assert not _side_bar("sidebar")  # one word: the pinned table's, not this function's
    assert not _side_bar("article-body")


# --- a forum thread's type link in its h1 -------------------------------------------------------------------
_SUBJECT = "江城二桥今天正式通车，大家走过了吗"


def test_h1_opening_type_link_is_no_part_of_the_title() -> None:
    link = '<a href="forum.php?fid=12">[交通]</a>'
    body = f'<h1 class="ts">{link} <span id="thread_subject">{_SUBJECT}</span></h1>'
    found = _page(
        body + "<p>正文</p>", title=f"{_SUBJECT} - 本地生活 - 江城论坛 - Powered by Discuz!", lang="zh"
    )
    assert found.title == _SUBJECT


def test_h1_bracket_without_a_link_or_a_link_home_is_kept() -> None:
    found = _page("<h1>[Updated] Bridge opens to traffic</h1><p>Text.</p>", title="Site")
    assert found.title == "[Updated] Bridge opens to traffic"
    found = _page('<h1><a href="/f/3">Transport</a> Bridge opens to traffic</h1><p>Text.</p>', title="Site")
    assert found.title == "Transport Bridge opens to traffic"
    found = _page('<h1>Bridge <a href="/t/1">[photos]</a> opens</h1><p>Text.</p>', title="Site")
    assert found.title == "Bridge [photos] opens"


# --- Chinese 发表于 and a forum's edit line -----------------------------------------------------------------
def test_chinese_posted_at_and_last_edited_by_labels() -> None:
    assert _posted_at("发表于 ")
    assert _posted_at("發表於 ")
    assert _posted_at("发布于")
    assert _last_edited_by("本帖最后由 江边看船 于 ")
    assert _last_edited_by("此帖最後由 老张 於 ")
    assert not _posted_at("位于 ")
    assert not _last_edited_by("由 张三 于 ")


def _thread(tail: str) -> str:
    return (
        f'<h1><span id="thread_subject">{_SUBJECT}</span></h1>'
        '<div class="authi"><em>发表于 2020-1-9 14:05:33</em></div>'
        '<div class="t_f"><i class="pstatus"> 本帖最后由 江边看船 于 2020-1-11 10:20 编辑 </i><br>'
        "今天上午十点二桥正式通车了，从南岸到北岸只要八分钟。</div>" + tail
    )


def test_forum_thread_opening_post_and_its_edit() -> None:
    found = _page(_thread(""), title=f"{_SUBJECT} - 江城论坛", lang="zh")
    assert _dates(found) == (JAN_9, JAN_11)


# --- a forum's later post in a tooltip ----------------------------------------------------------------------
_AGO = '<div class="authi"><em>发表于 <span title="2024-11-27 22:41:09">3&nbsp;天前</span></em></div>'
_REPLY = _AGO + "<div>还是堵。</div>"


def test_tooltip_of_a_later_post_ranks_after_the_labelled_opening_post() -> None:
    found = _page(_thread(_REPLY), title=f"{_SUBJECT} - 江城论坛", lang="zh")
    assert _value(found.published) == JAN_9


def test_tooltip_alone_still_dates_the_page() -> None:
    body = f"<h1>{_SUBJECT}</h1>{_AGO}"
    found = _page(body + "<div>正文</div>", title=f"{_SUBJECT} - 江城论坛", lang="zh")
    assert _value(found.published) == dt.date(2024, 11, 27)


# --- a site's name in quotes after its kind -----------------------------------------------------------------
_STORY = (
    "<h1>Морозы ожидаются в Москве</h1><div>14:05 09/01/2011</div><p>Текст новости о погоде в столице.</p>"
)
_LOGO = '<div id="header"><a href="/" id="logo"><img src="/i/logo.gif" alt="РИА Новости"></a></div>'
_RIA_TITLE = "Морозы ожидаются в Москве | Общество | Лента новостей &quot;РИА Новости&quot;"


def test_quoted_name_after_its_kind_is_the_logos() -> None:
    found = _page(_LOGO + _STORY, title=_RIA_TITLE, lang="ru")
    assert found.site_name == "РИА Новости"
    assert _quoted_name("Газета «Труд»") == "Труд"


def test_quoted_name_without_the_logo_stating_it_is_left() -> None:
    assert _page(_STORY, title=_RIA_TITLE, lang="ru").site_name == 'Лента новостей "РИА Новости"'
    other_logo = _LOGO.replace('alt="РИА Новости"', 'alt="Новости"')
    assert _page(other_logo + _STORY, title=_RIA_TITLE, lang="ru").site_name == 'Лента новостей "РИА Новости"'
    assert _quoted_name("РИА Новости") is None
    assert _quoted_name('"РИА Новости"') is None


# --- an open archive's deposit record -----------------------------------------------------------------------
_PREPRINT = "<h1>Modélisation des crues éclair</h1><div>Claire Roussel, Mathieu Fabre</div>"
_RECORD = (
    '<div class="widget"><h4>Document</h4><p>Déposé le : jeudi 9 janvier 2020-14:05:12</p>'
    "<p>Dernière modification le : mardi 14 janvier 2020-09:30:44</p>"
    "<p>Archivage à long terme le : vendredi 10 avril 2020-15:42:01</p></div>"
)


def test_deposit_record_dates_an_otherwise_undated_page() -> None:
    found = _page(_PREPRINT + _RECORD, title="Modélisation des crues éclair - Archive ouverte HAL", lang="fr")
    assert _dates(found) == (JAN_9, dt.date(2020, 1, 14))
    eprints = '<table class="widget"><tr><th>Date Deposited:</th><td>09 Jan 2020 14:05</td></tr></table>'
    assert _dates(_page("<h1>Flash floods</h1>" + eprints, title="Flash floods - Repository")) == (
        JAN_9,
        None,
    )


def test_deposit_record_does_not_outrank_the_page_s_own_date() -> None:
    body = _PREPRINT.replace("</div>", " · 10 janvier 2020</div>") + _RECORD
    found = _page(body, title="Modélisation des crues éclair - Archive ouverte HAL", lang="fr")
    assert _value(found.published) == JAN_10
