"""art43's rules for outlets named in other scripts, on strings.

- Chinese writes a foreign agency's name with characters read for their sound and ``社`` ("agency"):
  ``塔斯社`` TASS, ``路透社`` Reuters (``linkcheck.romanise.HAN_NAME_SOUNDS``, the transliteration tables'
  characters, and ``_prose._han_spells``); a translated name (``新华社``, ``法新社``, ``德新社``) is not
  read by sound.
- Arabic gives a name's abbreviation in parentheses after it, written solid: ``(قنا)`` qna.org.qa,
  ``(وام)`` wam.ae, ``(سانا)`` sana.sy, read by the sound each letter writes at a word's start; ``(واس)``
  spells no spa.gov.sa (the English initials).
- An Arabic name whose host adds "the": ``صحيفة موسكو تايمز`` on themoscowtimes.com.
- Japanese papers and agencies named in kanji before ``新聞``, ``通信``, ``新報`` or ``日報``, read by the
  Jōyō kanji's readings (``linkcheck.joyo``, from Unihan; ``_prose._kanji_spells``): ``朝日新聞`` asahi.com,
  ``共同通信`` kyodonews.net, ``北海道新聞`` (hok-kai: a doubled consonant), ``西日本新聞`` (ni-ppon: voiced).

Each positive test fails on base58's src; the controls pass on both.
"""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._prose import _han_regex, _kanji_spelled, find_mentions
from linkcheck.joyo import kanji_readings
from linkcheck.romanise import HAN_NAME_SOUNDS

TASS = "https://tass.ru/mezhdunarodnaya-panorama/7487995"
REUTERS = "https://www.reuters.com/world/europe/russia-iran-talks-2020-01-09/"
DPA = "https://www.dpa.com/de/unternehmen/2020/01/09/iran-s400"
XINHUA = "https://www.news.cn/world/2020-01/09/c_1125437101.htm"
QNA = "https://www.qna.org.qa/ar-QA/News-Area/News/2024-03/01/0032"
WAM = "https://www.wam.ae/ar/article/bz91k2-uae"
SANA = "https://sana.sy/?p=2045678"
SPA = "https://www.spa.gov.sa/w2045999"
MT = "https://www.themoscowtimes.com/2024/05/02/iraq-air-defence-a85012"
ASAHI = "https://www.asahi.com/articles/ASS4T3QW1S4TULFA00Z.html"
YOMIURI = "https://www.yomiuri.co.jp/national/20240420-OYT1T50077/"
KYODONEWS = "https://english.kyodonews.net/news/2024/04/5f1e2d3c4b5a-typhoon.html"
NISHINIPPON = "https://www.nishinippon.co.jp/item/n/1201234/"
NIKKEI = "https://www.nikkei.com/article/DGXZQOUA191230Z10C24A4000000/"
RYUKYU = "https://ryukyushimpo.jp/news/entry-2901234.html"


def _outlet(text: str, url: str) -> str | None:
    fmt = "html" if text.startswith("<") else "text"
    found = {c.url: c for c in extract_citations(text, fmt)}
    assert url in found
    return found[url].outlet


# --- Chinese: a foreign agency by sound before 社


def test_the_transliteration_table_leaves_out_characters_read_for_their_meaning() -> None:
    # 美 America, 英 England, 法 France, 俄 Russia, 德 Germany, 日 Japan, 新 new, 华 China
    assert not set("美英法俄德日新华") & set(HAN_NAME_SOUNDS)
    assert HAN_NAME_SOUNDS["塔"] == "ta"
    assert HAN_NAME_SOUNDS["斯"] == "si"


@pytest.mark.parametrize(
    ("run", "label", "spells"),
    [
        ("塔斯", "tas", True),  # loose spelling of tass: the double written once
        ("路透", "reuters", True),  # l for r, -ter as a vowel
        ("塔斯", "reuters", False),
        ("路透", "tas", False),
        ("彭博", "blomberg", False),  # two syllables do not spell four consonants
    ],
)
def test_a_run_of_transliteration_characters_spells_a_host_by_sound(
    run: str, label: str, spells: bool
) -> None:
    assert (_han_regex(run).fullmatch(label) is not None) is spells


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        (f'<p>据<a href="{TASS}">塔斯社</a>报道，谈判仍在进行。</p>', TASS, "塔斯社"),
        # the name of the agency's country before it: the run's end is read
        (f'<p>据<a href="{TASS}">俄罗斯塔斯社</a>报道，谈判仍在进行。</p>', TASS, "塔斯社"),
        # "news agency" written out
        (f'<p><a href="{TASS}">塔斯通讯社</a>周四报道，谈判仍在进行。</p>', TASS, "塔斯通讯社"),
        # a country's name by meaning before it (英国, Britain) is not part of the sound
        (f'<p>据英国路透社报道，<a href="{REUTERS}">伊朗</a>正在考虑购买防空系统。</p>', REUTERS, "路透社"),
    ],
)
def test_a_foreign_agency_by_sound_before_she_names_its_host(text: str, url: str, outlet: str) -> None:
    assert _outlet(text, url) == outlet


def test_an_agency_by_sound_in_a_text_article_names_the_address_below() -> None:
    text = f"路透社周四报道，伊朗正在考虑购买防空系统。\n{REUTERS}\n"
    assert _outlet(text, REUTERS) == "路透社"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # 德新社 (dpa, "German news agency") and 新华社 are translations
        (f'<p>据<a href="{DPA}">德新社</a>报道，谈判仍在进行。</p>', DPA),
        (f'<p>据<a href="{XINHUA}">新华社</a>报道，谈判仍在进行。</p>', XINHUA),
        # an agency by sound beside another agency's link
        (f'<p>据<a href="{REUTERS}">塔斯社</a>报道，谈判仍在进行。</p>', REUTERS),
        # the same characters with no agency word after them (塔斯曼, Tasman)
        (f'<p>船在<a href="{TASS}">塔斯曼海</a>航行。</p>', TASS),
    ],
)
def test_chinese_names_that_are_no_agency_by_sound_for_the_host(text: str, url: str) -> None:
    assert _outlet(text, url) is None


def test_find_mentions_reads_a_chinese_agency_only_before_she() -> None:
    assert [m.name for m in find_mentions("据塔斯社报道", ["tas"])] == ["塔斯社"]
    assert find_mentions("据塔斯报道", ["tas"]) == []


# --- Arabic: an abbreviation written solid in parentheses


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        (f'<p>ذكرت وكالة الأنباء القطرية (قنا) أن <a href="{QNA}">الوزير</a> وصل.</p>', QNA, "قنا"),
        (f'<p>أفادت وكالة أنباء الإمارات (وام) بأن <a href="{WAM}">الوفد</a> وصل.</p>', WAM, "وام"),
        (
            f'<p>نقلت الوكالة العربية السورية للأنباء (سانا) أن <a href="{SANA}">الوفد</a> وصل.</p>',
            SANA,
            "سانا",
        ),
    ],
)
def test_arabic_initials_written_solid_in_parentheses_name_their_host(
    text: str, url: str, outlet: str
) -> None:
    assert _outlet(text, url) == outlet


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # the Saudi agency's Arabic initials, w-a-s, on the English initials' host
        (f'<p>ذكرت وكالة الأنباء السعودية (واس) أن <a href="{SPA}">الوزير</a> وصل.</p>', SPA),
        # initials that spell another agency's host
        (f'<p>ذكرت وكالة الأنباء القطرية (قنا) أن <a href="{WAM}">الوزير</a> وصل.</p>', WAM),
        # a word of five letters in parentheses is no initialism (رويترز, Reuters, a credit)
        (f'<p>وصل الوزير إلى الدوحة (رويترز) <a href="{QNA}">الخبر</a>.</p>', QNA),
        # a parenthesis opening the text, after no name
        (f'<p>(قنا) <a href="{QNA}">الخبر</a> كاملا.</p>', QNA),
    ],
)
def test_arabic_words_in_parentheses_that_name_no_host_here(text: str, url: str) -> None:
    assert _outlet(text, url) is None


# --- Arabic: a host that adds "the"


def test_an_arabic_name_after_newspaper_spells_a_host_that_adds_the() -> None:
    html = f'<p>قالت صحيفة موسكو تايمز إن <a href="{MT}">العراق قد يشتري منظومات دفاع جوي</a>.</p>'
    assert _outlet(html, MT) == "موسكو تايمز"


def test_an_arabic_name_spelling_part_of_a_the_host_names_no_host() -> None:
    # "Times" alone, after "newspaper": the host is "the" and "moscow times"
    html = f'<p>قالت صحيفة تايمز إن <a href="{MT}">العراق قد يشتري منظومات دفاع جوي</a>.</p>'
    assert _outlet(html, MT) is None


# --- Japanese: kanji names by the Jōyō kanji's readings


def test_the_joyo_table_gives_on_and_kun_readings_and_a_verbs_stem() -> None:
    assert kanji_readings("朝") == ("chou", "asa", "ashita")
    assert "uri" in kanji_readings("売")  # uru, "sell", and uri, the form a name takes (読売, yomiuri)
    assert kanji_readings("琉") == ()  # no Jōyō kanji
    assert kanji_readings("a") == ()


@pytest.mark.parametrize(
    ("run", "label", "spells"),
    [
        ("朝日", "asahi", True),
        ("共同", "kiodo", True),  # kyou-dou as Hepburn without its long marks (loose: y as i)
        ("北海道", "hokaido", True),  # hoku-kai: the doubled k, written once in the loose spelling
        ("西日本", "nishinipon", True),  # nichi-hon: the doubled p, and h voiced as p inside the compound
        ("共同", "kiodonevs", True),  # a generic word after the name (kyodonews, loose)
        ("朝日", "iomiuri", False),
        ("日本経済", "nikei", False),  # nikkei abbreviates the name's words: not a reading
    ],
)
def test_a_run_of_kanji_spells_a_host_by_its_readings(run: str, label: str, spells: bool) -> None:
    assert _kanji_spelled(run, label) is spells


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        (f'<p>朝日新聞によると、<a href="{ASAHI}">政府</a>は補正予算を検討している。</p>', ASAHI, "朝日新聞"),
        (f'<p><a href="{YOMIURI}">読売新聞</a>が20日報じた。</p>', YOMIURI, "読売新聞"),
        (
            f'<p><a href="{KYODONEWS}">共同通信社</a>によると、台風は北上している。</p>',
            KYODONEWS,
            "共同通信社",
        ),
        # ni-ppon (nichi-hon, h voiced as p), a descriptive link after は
        (f'<p>西日本新聞は<a href="{NISHINIPPON}">こう伝えた</a>。</p>', NISHINIPPON, "西日本新聞"),
    ],
)
def test_a_kanji_name_before_a_word_of_paper_or_agency_names_its_host(
    text: str, url: str, outlet: str
) -> None:
    assert _outlet(text, url) == outlet


def test_a_kanji_name_in_a_text_article_names_the_address_below() -> None:
    text = f"読売新聞は20日、政府が補正予算の編成を検討していると報じた。\n{YOMIURI}\n"
    assert _outlet(text, YOMIURI) == "読売新聞"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # no word of paper or agency after the kanji
        (f'<p>朝日が昇るころ、<a href="{ASAHI}">現場</a>に着いた。</p>', ASAHI),
        (f'<p>日本政府によると、<a href="{NIKKEI}">賃上げ率</a>は5%を超えた。</p>', NIKKEI),
        # a kanji name beside another paper's link
        (f'<p>朝日新聞によると、<a href="{YOMIURI}">政府</a>は補正予算を検討している。</p>', YOMIURI),
        # (an abbreviation, Nikkei of 日本経済, was a case here: art44 reads each word's first kanji, and
        # tests it in tests/test_articles_rules44.py)
        # a character outside the Jōyō kanji (琉) is not read
        (f'<p>琉球新報によると、<a href="{RYUKYU}">基地</a>の移設が議論されている。</p>', RYUKYU),
        # "China Mobile Communications": ordinary words before 通信
        (f'<p>中国移動通信は<a href="{KYODONEWS}">新料金</a>を発表した。</p>', KYODONEWS),
    ],
)
def test_kanji_that_name_no_host_here(text: str, url: str) -> None:
    assert _outlet(text, url) is None
