"""Rules added for the sixty-fifth held-out batch (docs/benchmarks.md, "Held-out extraction, sixty-fifth
batch (ext65)"), each on small strings, with what each must leave alone: a date inside a paragraph of the
story's prose is not the byline's; Bulgarian "Последна промяна в 17:40" is an update of the publication's
day; a Greek name matches the slug that spells its vowel pairs as Greeks do ("ου" ou); an author-classed
element holding one link names its writer, whatever the address; a Korean "김민지 기자" and a Chinese
"記者林宗翰／" byline name their reporters.
"""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract.authors import _slug_names
from linkcheck.models import Metadata
from tests.extract_batch import norm
from tests.extract_rules_harness import dates, page, story

MAY_14 = dt.date(2024, 5, 14)
NOV_5 = dt.date(2024, 11, 5)


def _names(found: Metadata) -> list[str | None]:
    return [norm(a.name) for a in found.author]


# --- a date inside a paragraph of the story's prose is the story's, not the byline's ---
_LEAD = (
    "<p>The second line of the city's metro opened on Tuesday with ten stations along twelve kilometres.</p>"
)


def _stamped(text: str, lang: str = "en") -> Metadata:
    headline = "Second metro line opens in Tabriz"
    stamp = "<div class='item-date'><span>14 May 2024, 14:35</span></div>"
    body = f"<article>{stamp}<h1>{headline}</h1>{text}</article>"
    return page(body, title=headline, lang=lang)


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "<p>According to the ministry, works on the line began on 5 June 2017 and cost more.</p>",
        _LEAD + "<p>The ministry said on Tuesday that the works had started on 05.06.2017, years late.</p>",
    ],
)
def test_a_date_inside_the_storys_sentence_is_not_the_bylines(text: str) -> None:
    assert dates(_stamped(text))[0] == MAY_14


def test_a_persian_date_inside_the_storys_sentence_is_not_the_bylines() -> None:
    headline = "افتتاح خط دوم قطار شهری تبریز"
    body = (
        f"<article><div class='item-date'><span>۲۵ اردیبهشت ۱۴۰۳، ۱۴:۳۵</span></div><h1>{headline}</h1>"
        "<p>خط دوم قطار شهری تبریز با حضور وزیر کشور به بهره‌برداری رسید.</p>"
        "<p>به گزارش ایرنا، عملیات اجرایی این خط از ۱۵ خرداد ۱۳۹۶ آغاز شده بود.</p></article>"
    )
    assert dates(page(body, title=headline, lang="fa"))[0] == MAY_14


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline opening the lead: the byline's date, as before
        ("<p>TABRIZ, 5 June 2017 — The second line of the city's metro opened with ten stations.</p>", 2017),
        # a byline's own short text after the headline
        ("<p>By Jane Doe | 5 June 2017</p>" + _LEAD, 2017),
    ],
)
def test_a_date_opening_the_lead_or_in_a_byline_stays_the_bylines(text: str, expected: int) -> None:
    published = dates(_stamped(text))[0]
    assert published is not None
    assert published.year == expected


# --- Bulgarian "Последна промяна в 17:40": an update on the publication's day ---
_BG_HEADLINE = "Парламентът избра председател след пет неуспешни опита"


def _bg(
    meta: str, text: str = "<p>Народното събрание избра председател на шестото си заседание.</p>"
) -> Metadata:
    return story(_BG_HEADLINE, f"<div class='article-meta'>{meta}</div>", text, lang="bg")


def test_a_bulgarian_last_change_at_a_clock_is_an_update_that_day() -> None:
    found = _bg("<div>5 ное 2024, 16:12</div><div>Последна промяна в 17:40</div>")
    assert dates(found) == (NOV_5, NOV_5)


def test_a_bulgarian_last_change_with_its_date_is_read() -> None:
    found = _bg("<div>5 ное 2024, 16:12</div><div>Последна промяна: 6 ное 2024, 09:10</div>")
    assert dates(found) == (NOV_5, dt.date(2024, 11, 6))


@pytest.mark.parametrize(
    "meta",
    [
        # before the publication's clock: another day's
        "<div>5 ное 2024, 16:12</div><div>Последна промяна в 09:10</div>",
        "<div>5 ное 2024, 16:12</div><div>Промяна в 17:40</div>",  # "change" alone is no label
    ],
)
def test_what_is_no_bulgarian_update_that_day(meta: str) -> None:
    assert dates(_bg(meta)) == (NOV_5, None)


def test_a_change_the_story_speaks_of_is_no_update() -> None:
    text = "<p>Промяна от 1 януари 2025 ще засегне всички граждани на страната, каза министърът.</p>"
    assert dates(_bg("<div>5 ное 2024, 16:12</div>", text))[1] is None


# --- a Greek name's vowel pairs as its slug spells them ---
@pytest.mark.parametrize(
    ("slug", "name"),
    [
        ("maria-papadopoulou", "Μαρία Παπαδοπούλου"),
        ("efstathios-georgiou", "Ευστάθιος Γεωργίου"),
        ("evangelos-pappas", "Ευάγγελος Παππάς"),
        ("nikos-avgerinos", "Νίκος Αυγερινός"),
    ],
)
def test_a_greek_name_matches_its_slug(slug: str, name: str) -> None:
    assert _slug_names(slug, name, ids=False)


@pytest.mark.parametrize(
    ("slug", "name"),
    [
        ("eleni-kostopoulou", "Μαρία Παπαδοπούλου"),  # another writer's page
        ("troy-boyd", "Troy Boyd"),  # a Latin "oy" stays as it is
    ],
)
def test_the_greek_digraphs_leave_others_alone(slug: str, name: str) -> None:
    assert _slug_names(slug, name, ids=False) is (slug == "troy-boyd")


def test_a_greek_byline_linking_its_slug_names_its_writer() -> None:
    byline = '<div class="authorName"><a href="/author/maria-papadopoulou/">Μαρία Παπαδοπούλου</a></div>'
    found = story("Σεισμός 4,5 Ρίχτερ στην Κρήτη", byline, "<p>Σεισμική δόνηση σημειώθηκε.</p>", lang="el")
    assert _names(found) == [norm("Μαρία Παπαδοπούλου")]


# --- an author-classed element holding one link names its writer, whatever the address ---
_TEXT = "<p>The council approved the plan on Tuesday after a long debate.</p>"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            '<div class="author-name"><a href="/profil/ayse-yildirim-1234">Ayşe Yıldırım</a></div>',
            "Ayşe Yıldırım",
        ),
        ('<span class="author"><a href="/writer/noa-cohen">נועה כהן</a></span>', "נועה כהן"),
        ('<div class="author"><a href="/person/%D9%81%D9%87%D8%AF">فهد العتيبي</a></div>', "فهد العتيبي"),
        ('<p class="article__authorName"> <a href="/people/jane-doe">Jane Doe</a> </p>', "Jane Doe"),
    ],
)
def test_an_author_classed_link_names_its_writer(byline: str, expected: str) -> None:
    assert _names(story("Council approves the plan", byline, _TEXT)) == [norm(expected)]


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="author"><a href="/kategori/ekonomi">Ekonomi</a></div>',  # one word: a section
        '<div class="author-name"><a href="/yazarlar">Tüm yazıları</a></div>',  # no name
        '<div class="author-name">নিজস্ব প্রতিবেদক</div>',  # a staff credit, no link
        '<div class="author">Yazan: <a href="/profil/ayse">Ayşe Yıldırım</a> ve ekibi</div>',  # text beside
        '<div class="share"><a href="/profil/ayse-yildirim">Ayşe Yıldırım</a></div>',  # no author class
    ],
)
def test_what_an_author_classed_link_does_not_name(byline: str) -> None:
    assert _names(story("Council approves the plan", byline, _TEXT)) == []


# --- Korean "NAME 기자" and Chinese "記者NAME／" bylines ---
_KO_TEXT = "<p>기상청은 22일 오전 서울 등 수도권 전역에 폭염경보를 발령했다.</p>"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ('<div class="byline"><a href="/reporter/1234">김민지 기자</a></div>', ["김민지"]),
        ("<p class='writer'>김민지·이준호 기자 minji@example.kr</p>", ["김민지", "이준호"]),
        ("<span>박서준 특파원</span>", ["박서준"]),
    ],
)
def test_a_korean_reporter_byline_names_its_reporters(byline: str, expected: list[str]) -> None:
    assert _names(story("폭염 특보 전국 확대", byline, _KO_TEXT, lang="ko")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "<p>대통령은 기자회견에서 추가 대책을 발표했다.</p>",  # "press conference"
        "<p>사진기자들이 현장에 모였다.</p>",  # a word, not a byline
    ],
)
def test_what_names_no_korean_reporter(text: str) -> None:
    assert _names(story("폭염 특보 전국 확대", "", text, lang="ko")) == []


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            '<span class="article-content__author"><a href="/cate">聯合報</a>／ 記者'
            '<a href="/news/reporter/TXl">林宗翰</a>／高雄即時報導</span>',
            ["林宗翰"],
        ),
        ("<p>记者 王小明、李华／北京报道</p>", ["王小明", "李华"]),
    ],
)
def test_a_chinese_reporter_byline_names_its_reporters(byline: str, expected: list[str]) -> None:
    found = story(
        "山陀兒颱風逼近 高雄明天停班停課", byline, "<p>高雄市政府今晚宣布停班停課。</p>", lang="zh-TW"
    )
    assert _names(found) == expected


@pytest.mark.parametrize(
    "text",
    [
        "<p>（中央社記者陳怡君台北22日電）行政院會今天通過總預算案。</p>",  # the name runs into the place
        "<p>行政院長在記者會上表示，預算將如期送出。</p>",  # "press conference"
    ],
)
def test_what_names_no_chinese_reporter(text: str) -> None:
    assert _names(story("行政院會通過明年度總預算案", "", text, lang="zh-TW")) == []
