"""The letter tables of :mod:`linkcheck.romanise`, held once for both callers (tidy6).

Every expected value here was read from base55e's own functions before the tables were moved (art39's
``_syllabic_key`` and art38's ``_romanised_key`` in ``linkcheck.articles._prose``, match51's
``_hangul_romanised``, ``_korean_key`` and ``_yiddish_romanised`` in ``linkcheck.match``), so each caller
reads every name exactly as it did.
"""

from __future__ import annotations

import pytest

from linkcheck.articles._prose import _romanised_key, _syllabic_key, _token_key
from linkcheck.match import _hangul_romanised, _korean_key, _yiddish_romanised
from linkcheck.romanise import HANGUL_SAID, HANGUL_SPELT, HangulReading, hangul_syllable

#: A Hangul name: as art39 reads it (spelt, then loose), as match51 reads it (said), and match51's key.
HANGUL = [
    ("한겨레", "hangieore", "hangyeore", "hankyole"),
    ("조선일보", "ioseonilbo", "joseonilbo", "cosonilpo"),
    ("연합뉴스", "ieonhabnius", "yeonhapnyuseu", "yonhapnyusu"),
    ("블룸버그", "blumbeog", "beulrumbeogeu", "pullumpoku"),
    ("스포츠", "spoh", "seupocheu", "supocu"),
    ("닭", "dalg", "dalk", "talk"),
    ("값", "gabs", "gaps", "kaps"),
    ("앉다", "anida", "anjda", "ancta"),
    ("있다", "isda", "itda", "itta"),
    ("꽃", "koh", "kkot", "kkot"),
    ("옷", "os", "ot", "ot"),
]


@pytest.mark.parametrize(("name", "spelt", "said", "key"), HANGUL)
def test_hangul_is_read_as_each_caller_read_it(name: str, spelt: str, said: str, key: str) -> None:
    assert _syllabic_key(name) == spelt
    assert _hangul_romanised(name) == said
    assert _korean_key(_hangul_romanised(name)) == key


def test_hangul_readings_differ_in_eu_and_last_consonants_only() -> None:
    def read(name: str, reading: HangulReading) -> list[str]:
        return [hangul_syllable(ord(ch) - 0xAC00, reading) for ch in name]

    assert read("스포츠", HANGUL_SAID) == ["seu", "po", "cheu"]
    assert read("스포츠", HANGUL_SPELT) == ["s", "po", "ch"]
    assert read("닭값꽃옷", HANGUL_SAID) == ["dalk", "gaps", "kkot", "ot"]
    assert read("닭값꽃옷", HANGUL_SPELT) == ["dalg", "gabs", "kkoch", "os"]
    assert read("한겨레", HANGUL_SAID) == read("한겨레", HANGUL_SPELT) == ["han", "gyeo", "re"]


def test_hangul_name_among_other_characters_keeps_them() -> None:
    assert _hangul_romanised("KBS 뉴스") == "KBS nyuseu"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("भास्कर", "bhaskar"),
        ("दैनिक जागरण", "dainikaiagaran"),
        ("नवभारत", "navabharat"),
        ("আনন্দবাজার", "anandabaiar"),
        ("প্রথম", "pratham"),
        ("তাস", "tas"),
        ("டாஸ்", "tas"),
        ("ராய்ட்டர்ஸ்", "raitars"),
        ("தினத்தந்தி", "tinatanti"),
    ],
)
def test_indic_names_are_read_as_art39_read_them(name: str, key: str) -> None:
    assert _syllabic_key(name) == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("ամբեբի", "ambebi"),
        ("رویترز", "ruitrz"),
        ("الجزيرة", "alizirh"),
        ("הארץ", "harts"),
        ("ידיעות", "idieut"),
        ("רויטערס", "ruiters"),
        ("ױש", "oish"),
        ("ישראל", "ishral"),
    ],
)
def test_armenian_arabic_and_hebrew_letters_are_read_as_art38_read_them(name: str, key: str) -> None:
    assert _romanised_key(name) == key


def test_armenian_name_with_u_digraph_keys_as_before() -> None:
    assert _token_key("Ազատություն") == "azatutiun"
    assert _romanised_key("Ազատություն") == "Ազատություն"  # the pair ու is read by _token_key's fold


@pytest.mark.parametrize(
    ("name", "romanised"),
    [
        ("פֿאָרווערטס", "forverts"),
        ("טאָג", "tog"),
        ("װײַס", "vays"),
        ("ױש", "oysh"),
        ("בֿ", "v"),
        ("דזשאַז", "dzhaz"),
        ("זשורנאַל", "zhurnal"),
        ("טשאַ", "tsha"),
        # Unpointed Hebrew is not Yiddish: no romanisation, though the same letters key as art38 reads them.
        ("הארץ", ""),
        ("ישראל", ""),
    ],
)
def test_yiddish_is_read_as_match51_read_it(name: str, romanised: str) -> None:
    assert _yiddish_romanised(name) == romanised


def test_yiddish_and_hebrew_readings_of_one_letter_differ_where_yivo_does() -> None:
    # ת is s in Yiddish (a Hebrew word's letter), t in a Hebrew name; ױ oy and oi; a bare alef is silent.
    assert _yiddish_romanised("װאָך תּת") == "vokh ts"
    assert _romanised_key("ת") == "t"
    assert _romanised_key("ױ") == "oi"
    assert _yiddish_romanised("ױאַ") == "oya"
