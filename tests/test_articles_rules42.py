"""The seed article's outlets named in other scripts (art42).

The seed cites RIA Novosti (ria.ru), TASS (tass.ru, tass.com), and The Moscow Times (themoscowtimes.com);
Interfax (interfax.ru) and Kommersant (kommersant.ru) are the outlets printed beside them. The press of
other languages writes these names by their sound: Japanese in katakana, short names before a cue word
(``タス通信``: two kana and "news agency") and compound names parted by the middle dot (``リア・ノーボスチ``,
``モスクワ・タイムズ``); Korean in Hangul (``타스 통신``, ``리아 노보스티``, ``인테르팍스``); Arabic
and Persian (``تاس``, ``ريا نوفوستي``, ``انترفاكس``); Hindi (``तास``, ``रिया नोवोस्ती``); Greek (``ΤΑΣΣ``,
``Ρία Νόβοστι``).
Each is read beside a link to the outlet's own host.

Left alone: a short katakana loanword beside a link (``タスク`` "task" by tass.ru, ``リアル`` "real" by
ria.ru), a Hangul name that spells another host than the link's, a name beside a link to another outlet.
Chinese ``塔斯社`` writes TASS by two characters chosen for their sound plus 社 "agency"; ``俄新社`` (RIA
Novosti) and ``国际文传电讯社`` (Interfax) are translations, which no letter or sound table can read.
Written before reading the src that attaches outlets.
"""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
TASS_COM = "https://tass.com/world/1105345"
INTERFAX = "https://www.interfax.ru/world/690123"
MT = (
    "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
)
KOMMERSANT = "https://www.kommersant.ru/doc/4214567"


def _read(text: str, fmt: str = "html") -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt)}


def _outlet(page: str, url: str, fmt: str = "html") -> str | None:
    found = _read(page, fmt)
    assert url in found
    return found[url].outlet


# --- Japanese: katakana parted by the middle dot, short names before a cue word


def test_a_katakana_name_parted_by_the_middle_dot_as_a_links_words() -> None:
    html = f'<p>イラク議会の国防委員長は<a href="{RIA}">リア・ノーボスチ通信</a>に語った。</p>'
    assert _outlet(html, RIA) == "リア・ノーボスチ"
    html = f'<p>英字紙<a href="{MT}">モスクワ・タイムズ</a>が報じた。</p>'
    assert _outlet(html, MT) == "モスクワ・タイムズ"


def test_the_seed_in_japanese_names_ria_and_tass_in_prose_before_their_links() -> None:
    text = (
        "イラクの議員は国営リア・ノーボスチ通信に対し、ロシアとS300の購入交渉を再開したと語った。\n"
        "国営タス通信によると、ジリノフスキー氏はイランにS400の購入を促した。\n\n"
        f"{RIA}\n{TASS}\n"
    )
    found = _read(text, "text")
    assert found[RIA].outlet == "リア・ノーボスチ"
    assert found[TASS].outlet == "タス"


def test_a_short_katakana_name_before_a_cue_word_beside_its_link() -> None:
    html = f'<p><a href="{TASS_COM}">タス通信</a>によると、交渉は続いている。</p>'
    assert _outlet(html, TASS_COM) == "タス"
    html = f'<p>インタファクス通信は<a href="{INTERFAX}">こう伝えた</a>。</p>'
    assert _outlet(html, INTERFAX) == "インタファクス"
    html = f'<p>コメルサント紙によると、<a href="{KOMMERSANT}">契約</a>は近く結ばれる。</p>'
    assert _outlet(html, KOMMERSANT) == "コメルサント"


@pytest.mark.parametrize(
    ("html", "url"),
    [
        # "task" and "real" are loanwords, not names: short kana words with no cue after them
        (f'<p>新しい<a href="{TASS}">タスク</a>が割り当てられた。</p>', TASS),
        (f'<p><a href="{RIA}">リアル</a>タイムの情報。</p>', RIA),
        # a short kana word that is no name, before a link on the next line
        (f"タスクは終わった。\n{TASS}\n", TASS),
    ],
)
def test_short_katakana_loanwords_beside_a_link_are_not_its_outlet(html: str, url: str) -> None:
    fmt = "html" if html.startswith("<") else "text"
    assert _outlet(html, url, fmt) is None


def test_a_katakana_name_beside_another_outlets_link_stays_unattached() -> None:
    html = f'<p><a href="{INTERFAX}">タス通信</a>によると、交渉は続いている。</p>'
    assert _outlet(html, INTERFAX) is None


# --- Korean: Hangul read by its sounds


def test_hangul_names_spell_their_hosts() -> None:
    html = f'<p><a href="{RIA}">리아 노보스티</a>에 따르면 협상이 재개됐다.</p>'
    assert _outlet(html, RIA) == "리아 노보스티"
    html = f'<p>러시아 <a href="{INTERFAX}">인테르팍스</a> 통신이 전했다.</p>'
    assert _outlet(html, INTERFAX) == "인테르팍스"


def test_a_hangul_name_before_a_cue_word_names_a_descriptive_link() -> None:
    html = f'<p>타스 통신에 따르면 지리놉스키는 <a href="{TASS}">이란에 S-400 구매를 촉구했다</a>.</p>'
    assert _outlet(html, TASS) == "타스"


def test_a_hangul_name_spelling_another_host_stays_unattached() -> None:
    html = f'<p><a href="{TASS}">리아 노보스티</a>에 따르면 협상이 재개됐다.</p>'
    assert _outlet(html, TASS) is None
    html = f'<p><a href="{RIA}">타스 통신</a>이 전했다.</p>'
    assert _outlet(html, RIA) is None


# --- Chinese: a transliteration inside a translation


def test_chinese_tass_written_by_sound() -> None:
    # a strict xfail until art43 read the transliteration tables' characters (HAN_NAME_SOUNDS)
    html = f'<p>据<a href="{TASS}">塔斯社</a>报道，谈判仍在进行。</p>'
    assert _outlet(html, TASS) == "塔斯社"


def test_chinese_translated_names_are_not_read() -> None:
    # 俄新社 ("Russian news agency") and 国际文传电讯社 ("international ... agency") translate the names
    html = f'<p>据<a href="{RIA}">俄新社</a>报道，谈判仍在进行。</p>'
    assert _outlet(html, RIA) is None
    html = f'<p>据<a href="{INTERFAX}">国际文传电讯社</a>报道，谈判仍在进行。</p>'
    assert _outlet(html, INTERFAX) is None


# --- Arabic and Persian


@pytest.mark.parametrize(
    ("words", "url"),
    [
        ("تاس", TASS),
        ("ريا نوفوستي", RIA),
        ("انترفاكس", INTERFAX),
    ],
)
def test_arabic_names_as_a_links_words_spell_their_hosts(words: str, url: str) -> None:
    html = f'<p>ذكرت وكالة <a href="{url}">{words}</a> الروسية أن المحادثات استؤنفت.</p>'
    assert _outlet(html, url) == words


def test_a_persian_name_after_a_cue_before_a_descriptive_link() -> None:
    html = f'<p>به گزارش خبرگزاری تاس، ژیرینوفسکی <a href="{TASS}">از ایران خواست</a> اس-۴۰۰ بخرد.</p>'
    assert _outlet(html, TASS) == "تاس"


def test_an_arabic_name_beside_another_outlets_link_stays_unattached() -> None:
    html = f'<p>ذكرت وكالة <a href="{RIA}">تاس</a> الروسية أن المحادثات استؤنفت.</p>'
    assert _outlet(html, RIA) is None


# --- Hindi and Greek


@pytest.mark.parametrize(
    ("words", "url"),
    [
        ("तास", TASS),
        ("रिया नोवोस्ती", RIA),
    ],
)
def test_devanagari_names_as_a_links_words_spell_their_hosts(words: str, url: str) -> None:
    html = f'<p>रूसी समाचार एजेंसी <a href="{url}">{words}</a> के अनुसार बातचीत फिर शुरू हुई।</p>'
    assert _outlet(html, url) == words


@pytest.mark.parametrize(
    ("words", "url"),
    [
        ("ΤΑΣΣ", TASS),
        ("Ρία Νόβοστι", RIA),
    ],
)
def test_greek_names_as_a_links_words_spell_their_hosts(words: str, url: str) -> None:
    html = f'<p>Σύμφωνα με το πρακτορείο <a href="{url}">{words}</a>, οι συνομιλίες συνεχίζονται.</p>'
    assert _outlet(html, url) == words


def test_a_devanagari_name_beside_another_outlets_link_stays_unattached() -> None:
    html = f'<p>रूसी समाचार एजेंसी <a href="{RIA}">तास</a> के अनुसार बातचीत फिर शुरू हुई।</p>'
    assert _outlet(html, RIA) is None


def test_a_dotted_katakana_name_before_a_later_verb_of_reporting() -> None:
    # b33_seed_line_chat's shape: the name, "on Thursday ... as a member's words, reported (article)", the
    # address on the next line; the dot parts a foreign name, whose first word spells the host
    text = f"リア・ノーボスチが木曜日に議会の国防委員の話として報じた記事\n{RIA}\n"
    assert _outlet(text, RIA, "text") == "リア・ノーボスチ"
    # a dotted name whose first word spells no host of the article is nobody's outlet
    text = f"ジョン・スミスが木曜日に報じた記事\n{TASS}\n"
    assert _outlet(text, TASS, "text") is None
