"""Outlets opening a line, Arabic initialisms, katakana names by sound, a byline (art41).

A Persian news line may open with the outlet and no cue before it (``بی‌بی‌سی فارسی روز دوشنبه ... نوشت``),
as a Russian one may open ``Би-би-си:`` and an English one ``BBC News —``. Arabic writes an agency's
initials letter by letter (``ق.ن.أ`` for the Qatar News Agency on qna.org.qa, ``و ا م`` on wam.ae): each
letter stands for the sound it writes, which a host's initials may spell. Japanese writes a foreign
outlet's name by its sound (``ロイター`` Reuters, ``ブルームバーグ`` Bloomberg, ``ガーディアン`` the
Guardian): read by a small table of the kana's sounds and compared loosely with the host.

Left alone: an ordinary first word of a line (a place, ``ایران`` by irna.ir, ``الجزائر`` by aljazeera.net;
an English verb, ``Wired into ...`` by wired.com), katakana loanwords that merely resemble a host
(``ホテル`` hotel by hotels.com, ``ガーデン`` garden by theguardian.com, ``ブルーベリー`` blueberry by
bloomberg.com, ``ニュース`` news by news.cn), an initialism that spells another host (``ق.ن.أ`` by
kuna.net.kw), initials of an Arabic name whose host is the initials of a translated one (``أ ش أ`` on
mena.org.eg, ``و.ا.ج`` on aps.dz), and a byline: ``By Jane Doe`` above a link to her own site names the
article's author, not the outlet of that link. Written before reading the src that attaches outlets.
"""

from __future__ import annotations

import pytest

from tests.articles_rules_harness import outlet_of as _outlet

BBC_FA = "https://www.bbc.com/persian/articles/c4nn1234567o"
BBC_RU = "https://www.bbc.com/russian/news-51032375"
BBC = "https://www.bbc.com/news/world-middle-east-51028954"
REUTERS = "https://www.reuters.com/article/us-iraq-security-idUSKBN1Z702F"
REUTERS_JP = "https://jp.reuters.com/markets/japan/funds/ABCDEF1234567890ABCDEF1234-2024-03-19/"
JAZEERA = "https://www.aljazeera.net/news/politics/2020/1/8/iran-missiles-ain-al-asad"
IRNA = "https://www.irna.ir/news/85528123/"
QNA = "https://www.qna.org.qa/ar-QA/News-Area/News/2024-03/12/0031-qatar-gas-output"
WAM = "https://www.wam.ae/ar/article/b1k2l3m-uae-rainfall-record"
KUNA = "https://www.kuna.net.kw/ArticleDetails.aspx?id=3145678"
MENA = "https://www.mena.org.eg/news/dbcall/table/webnews/id/9876543"
APS = "https://www.aps.dz/ar/economie/162345-gaz"
BLOOMBERG = "https://www.bloomberg.com/news/articles/2024-04-24/yen-slides-past-155"
GUARDIAN = "https://www.theguardian.com/world/2024/apr/24/japan-yen-intervention"
HOTELS = "https://www.hotels.com/de1634567/hotels-tokyo-japan/"
NEWS_CN = "http://www.news.cn/fortune/2024-04/16/c_1130123456.htm"
WIRED = "https://www.wired.com/story/grid-scale-batteries-texas/"
JANEDOE = "https://www.janedoe.com/2023/10/rate-cuts-and-rents/"


# --- a name opening a line, no cue before it


def test_a_persian_name_opening_a_line_with_no_cue_names_the_lines_link() -> None:
    # b8_fa_khabar's shape: the name, the day, "in a report ... wrote that ...", the link at the line's end
    text = (
        "بی‌بی‌سی فارسی روز دوشنبه در گزارشی به نقل از یک کارشناس نوشت که فرونشست زمین شتاب گرفته است: "
        f"{BBC_FA}\n"
    )
    # BBC Persian is read BBC, as art40 cuts it (the host spells the letters, not the service's language)
    assert _outlet(text, BBC_FA, "text") == "بی‌بی‌سی"


def test_a_persian_name_opening_a_paragraph_before_a_descriptive_link() -> None:
    html = f'<p>بی‌بی‌سی فارسی روز دوشنبه در <a href="{BBC_FA}">گزارشی</a> نوشت که فرونشست شتاب گرفته است.</p>'
    assert _outlet(html, BBC_FA) == "بی‌بی‌سی"


def test_an_arabic_name_opening_a_line_before_a_colon() -> None:
    text = f"رويترز: الهجوم وقع فجر الأربعاء على قاعدة عين الأسد {REUTERS}\n"
    assert _outlet(text, REUTERS, "text") == "رويترز"
    html = f'<p>الجزيرة نت — <a href="{JAZEERA}">إيران تطلق صواريخ على قاعدتين</a> في العراق.</p>'
    assert _outlet(html, JAZEERA) == "الجزيرة"


def test_a_letter_name_acronym_opening_a_russian_line() -> None:
    text = f"Би-би-си: Иран нанёс удар по двум базам в Ираке {BBC_RU}\n"
    assert _outlet(text, BBC_RU, "text") == "Би-би-си"


def test_an_acronym_opening_an_english_line() -> None:
    text = f"BBC News — Iran fires missiles at bases housing US troops: {BBC}\n"
    outlet = _outlet(text, BBC, "text")
    assert outlet is not None
    assert outlet.startswith("BBC")


def test_a_place_opening_a_line_is_not_the_outlet_of_a_host_it_resembles() -> None:
    text = f"ایران روز دوشنبه اعلام کرد که ذخایر سدها به کمترین میزان رسیده است: {IRNA}\n"
    assert _outlet(text, IRNA, "text") is None
    text = f"الجزائر تعلن عن اكتشاف حقل غاز جديد في الجنوب {JAZEERA}\n"
    assert _outlet(text, JAZEERA, "text") is None


def test_an_ordinary_english_word_opening_a_line_is_not_an_outlet() -> None:
    # "Wired" is the magazine's name and also a verb: here it is the verb, with no cue to say otherwise
    text = f"Wired into the state grid in 2019, the battery park now covers the evening peak: {WIRED}\n"
    assert _outlet(text, WIRED, "text") is None


# --- Arabic initialisms, written letter by letter


@pytest.mark.parametrize(
    ("words", "url"),
    [
        ("ق.ن.أ", QNA),
        ("ق ن أ", QNA),
        ("و.ا.م", WAM),
        ("و ا م", WAM),
    ],
)
def test_an_arabic_initialism_spells_its_hosts_initials(words: str, url: str) -> None:
    html = f'<p>أعلنت الحكومة أن الإنتاج ارتفع بنسبة ١٢٪ (<a href="{url}">{words}</a>).</p>'
    assert _outlet(html, url) == words


def test_an_arabic_initialism_after_a_cue_before_a_descriptive_link() -> None:
    html = f'<p>وذكرت وكالة الأنباء القطرية (ق.ن.أ) في <a href="{QNA}">بيان</a> أن الإنتاج ارتفع.</p>'
    assert _outlet(html, QNA) == "ق.ن.أ"


def test_an_arabic_initialism_that_spells_another_host_stays_unattached() -> None:
    html = f'<p>أعلنت الحكومة أن الإنتاج ارتفع (<a href="{KUNA}">ق.ن.أ</a>).</p>'
    assert _outlet(html, KUNA) is None
    html = f'<p>أعلنت الحكومة أن الأمطار غزيرة (<a href="{QNA}">و.ا.م</a>).</p>'
    assert _outlet(html, QNA) is None


def test_initials_of_an_arabic_name_do_not_spell_a_translated_names_initials() -> None:
    # أ ش أ is the Middle East News Agency's Arabic initials (a, sh, a), mena its English ones; و.ا.ج is
    # the Algerian agency's Arabic initials, aps its French ones: neither spells its host
    html = f'<p>ظلت أسعار الغاز دون تغيير (<a href="{MENA}">أ ش أ</a>).</p>'
    assert _outlet(html, MENA) is None
    html = f'<p>ارتفع إنتاج الغاز (<a href="{APS}">و.ا.ج</a>).</p>'
    assert _outlet(html, APS) is None


# --- katakana names read by their sound


@pytest.mark.parametrize(
    ("words", "url"),
    [
        ("ロイター", REUTERS),
        ("ブルームバーグ", BLOOMBERG),
        ("ガーディアン", GUARDIAN),
    ],
)
def test_a_katakana_name_read_by_its_sound_spells_its_host(words: str, url: str) -> None:
    html = f'<p>英<a href="{url}">{words}</a>によると、円相場は一時1ドル=155円台まで下落した。</p>'
    assert _outlet(html, url) == words


def test_a_katakana_name_in_prose_before_its_link() -> None:
    # b3_ja_news's shape: the agency named with 通信 ("news agency"), the link on the next line
    text = f"ロイター通信は、市場では追加利上げの時期に関心が移っていると伝えた。\n{REUTERS_JP}\n"
    assert _outlet(text, REUTERS_JP, "text") == "ロイター"
    html = f'<p>ブルームバーグによると、円は<a href="{BLOOMBERG}">一時155円台</a>まで下落した。</p>'
    assert _outlet(html, BLOOMBERG) == "ブルームバーグ"


@pytest.mark.parametrize(
    ("html", "url"),
    [
        # "hotel" and "news" are words, not names: loanwords beside a link to a site named by them
        (f'<p>ホテルの予約は<a href="{HOTELS}">こちら</a>から。</p>', HOTELS),
        (f'<p>新華社の<a href="{NEWS_CN}">ニュース</a>によると、輸出は増えた。</p>', NEWS_CN),
        # "garden" and "blueberry" merely resemble the hosts
        (f'<p>英国の<a href="{GUARDIAN}">ガーデン</a>特集が話題だ。</p>', GUARDIAN),
        (f'<p>今年の<a href="{BLOOMBERG}">ブルーベリー</a>は豊作だという。</p>', BLOOMBERG),
    ],
)
def test_katakana_loanwords_beside_a_link_are_not_its_outlet(html: str, url: str) -> None:
    assert _outlet(html, url) is None


# --- a byline


def test_a_byline_names_the_articles_author_not_a_links_outlet() -> None:
    text = (
        "Rents outpace wages again\n\nBy Jane Doe\n\n"
        f"As I argued last year, rate cuts feed through to rents slowly: {JANEDOE}\n"
    )
    assert _outlet(text, JANEDOE, "text") is None
    html = (
        '<article><p class="byline">By Jane Doe</p>'
        f'<p>As I argued <a href="{JANEDOE}">last year</a>, rate cuts feed through to rents slowly.</p>'
        "</article>"
    )
    assert _outlet(html, JANEDOE) is None


def test_an_ordinary_word_before_a_colon_at_a_lines_start_is_a_fields_label() -> None:
    # the line-opening rule reads acronyms written by their letters' names (``Би-би-си:``): an ordinary word
    # before a colon is as often a field's label, here the status page's own word
    status = "https://status.stripe.com/incidents/7kq2m9x4h1zt"
    text = f"Payment failures on 3 March\nStatus: resolved after 40 minutes, see {status}\n"
    assert _outlet(text, status, "text") is None
