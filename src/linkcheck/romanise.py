"""Letter tables for reading names of other scripts in Latin letters, held once (tidy6).

Two callers read names with them, each its own way:

- :mod:`linkcheck.articles._prose` (``_token_key``) compares an outlet's name in an article with the
  outlet's Latin host. It reads Hangul *as spelt* (:data:`HANGUL_SPELT`: ``ㅡ`` silent, a last consonant as
  written), the scripts of India (:data:`INDIC_CONSONANTS`, :data:`INDIC_VOWELS`, :data:`VIRAMAS`) and the
  Armenian, Arabic and Hebrew scripts letter by letter (:data:`ARMENIAN_LETTERS`,
  :data:`ARABIC_SCRIPT_LETTERS`, :data:`HEBREW_LETTERS`).
- :mod:`linkcheck.match` compares a cited outlet in Latin letters with a site name in Hangul or Yiddish. It
  reads Hangul *as said* (:data:`HANGUL_SAID`: the Revised Romanization, ``ㅡ`` as ``eu`` and a last
  consonant as pronounced) and Yiddish by YIVO's rules (:data:`YIDDISH_LETTERS`: the Hebrew letters with
  Yiddish's own readings and its pointed letters and digraphs).

Only tables and the one Hangul decomposition live here; each caller keeps its own rules for what it does
with the letters.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import NamedTuple

from linkcheck.lazyre import lazy_re

__all__ = [
    "ARABIC_SCRIPT_LETTERS",
    "ARABIC_SCRIPT_LETTER_NAMES",
    "ARABIC_SCRIPT_NAME_LETTER_NAMES",
    "ARMENIAN_LETTERS",
    "BENGALI_LETTER_NAMES",
    "CYRILLIC_LETTER_NAMES",
    "DEVANAGARI_LETTER_NAMES",
    "ETHIOPIC_LETTER_NAMES",
    "GREEK_LETTER_NAMES",
    "HANGUL_FINALS",
    "HANGUL_FINALS_SAID",
    "HANGUL_INITIALS",
    "HANGUL_SAID",
    "HANGUL_SPELT",
    "HANGUL_SYLLABLES",
    "HANGUL_VOWELS",
    "HAN_NAME_SOUNDS",
    "HEBREW_LETTERS",
    "INDIC_CONSONANTS",
    "INDIC_VOWELS",
    "KATAKANA_LETTER_NAMES",
    "LETTER_NAMES",
    "TAMIL_LETTER_NAMES",
    "VIRAMAS",
    "YIDDISH_CLUSTERS",
    "YIDDISH_DIFFERENCES",
    "YIDDISH_LETTERS",
    "HangulReading",
    "hangul_syllable",
    "letters_named",
]

#: Hangul's first consonants in Unicode's order, by the Revised Romanization (``ㅇ`` first is silent).
HANGUL_INITIALS = (
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
)  # fmt: skip
#: Hangul's vowels in Unicode's order, by the Revised Romanization.
HANGUL_VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
    "yu", "eu", "ui", "i",
)  # fmt: skip
#: Hangul's last consonants in Unicode's order (index 0: none), letter by letter as written.
HANGUL_FINALS = (
    "", "g", "kk", "gs", "n", "nj", "nh", "d", "l", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs",
    "s", "ss", "ng", "j", "ch", "k", "t", "p", "h",
)  # fmt: skip
#: How a last consonant written so is said at the end of a syllable, where it differs from the spelling:
#: stops are unreleased and voiceless (``g``/``kk`` k, ``d`` t, ``b`` p) and ``s``, ``ss``, ``j``, ``ch``
#: and ``h`` are said ``t``.
HANGUL_FINALS_SAID = {
    "g": "k", "kk": "k", "gs": "ks", "d": "t", "lg": "lk", "lb": "lp", "b": "p", "bs": "ps", "s": "t",
    "ss": "t", "j": "t", "ch": "t", "h": "t",
}  # fmt: skip
#: The index of ``ㅡ`` in :data:`HANGUL_VOWELS`.
_EU = 18
#: The number of Hangul syllables (U+AC00 to U+D7A3) and of syllables sharing one first consonant.
HANGUL_SYLLABLES = 11172
_PER_INITIAL = 21 * 28


class HangulReading(NamedTuple):
    """One way of reading a Hangul syllable's vowel and last consonant in Latin letters."""

    vowels: tuple[str, ...]
    finals: tuple[str, ...]


#: Hangul as spelt (art39's reading, for names compared with a host): ``ㅡ`` is written as nothing (it is the
#: vowel Korean adds after a borrowed word's consonants, ``스`` for s) and a last consonant as written.
HANGUL_SPELT = HangulReading((*HANGUL_VOWELS[:_EU], "", *HANGUL_VOWELS[_EU + 1 :]), HANGUL_FINALS)
#: Hangul as said (match51's reading, the Revised Romanization of a name): ``ㅡ`` is ``eu`` and a last
#: consonant is written as pronounced (:data:`HANGUL_FINALS_SAID`).
HANGUL_SAID = HangulReading(HANGUL_VOWELS, tuple(HANGUL_FINALS_SAID.get(f, f) for f in HANGUL_FINALS))


def hangul_syllable(code: int, reading: HangulReading) -> str:
    """The syllable ``chr(0xAC00 + code)`` (``0 <= code < HANGUL_SYLLABLES``) in Latin letters: its first
    consonant, vowel and last consonant, the latter two read by ``reading``."""
    return (
        HANGUL_INITIALS[code // _PER_INITIAL]
        + reading.vowels[code % _PER_INITIAL // 28]
        + reading.finals[code % 28]
    )


#: The scripts of India written here (Devanagari, Bengali, Tamil): a consonant letter carries the vowel
#: ``a`` unless a vowel sign or the virama (Tamil's pulli) follows it.
INDIC_CONSONANTS = {
    # Devanagari
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh",
    "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh",
    "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v",
    "श": "sh", "ष": "sh", "स": "s", "ह": "h", "ळ": "l",
    # Bengali (য is j at a word's start, y after a consonant: both as y here, য় y)
    "ক": "k", "খ": "kh", "গ": "g", "ঘ": "gh", "ঙ": "n", "চ": "ch", "ছ": "chh", "জ": "j", "ঝ": "jh",
    "ঞ": "n", "ট": "t", "ঠ": "th", "ড": "d", "ঢ": "dh", "ণ": "n", "ত": "t", "থ": "th", "দ": "d", "ধ": "dh",
    "ন": "n", "প": "p", "ফ": "ph", "ব": "b", "ভ": "bh", "ম": "m", "য": "y", "র": "r", "ল": "l", "শ": "sh",
    "ষ": "sh", "স": "s", "হ": "h", "ড়": "r", "ঢ়": "rh", "য়": "y",
    # Tamil (one letter for a voiced and a voiceless sound: க k/g, ச ch/s/j, ட t/d, த t/d, ப p/b)
    "க": "k", "ங": "n", "ச": "ch", "ஞ": "n", "ட": "t", "ண": "n", "த": "t", "ந": "n", "ப": "p", "ம": "m",
    "ய": "y", "ர": "r", "ல": "l", "வ": "v", "ழ": "l", "ள": "l", "ற": "r", "ன": "n", "ஜ": "j", "ஷ": "sh",
    "ஸ": "s", "ஹ": "h",
}  # fmt: skip
#: Their vowels, as letters of their own (at a word's start) and as signs after a consonant.
INDIC_VOWELS = {
    # Devanagari
    "अ": "a", "आ": "aa", "इ": "i", "ई": "ii", "उ": "u", "ऊ": "uu", "ऋ": "ri", "ए": "e", "ऐ": "ai", "ऑ": "o",
    "ओ": "o", "औ": "au", "ा": "aa", "ि": "i", "ी": "ii", "ु": "u", "ू": "uu", "ृ": "ri", "ॅ": "e", "े": "e",
    "ै": "ai", "ॉ": "o", "ो": "o", "ौ": "au",
    # Bengali (its inherent vowel is o: written here as a, which the consonants' comparison drops)
    "অ": "o", "আ": "a", "ই": "i", "ঈ": "i", "উ": "u", "ঊ": "u", "ঋ": "ri", "এ": "e", "ঐ": "oi", "ও": "o",
    "ঔ": "ou", "া": "a", "ি": "i", "ী": "i", "ু": "u", "ূ": "u", "ৃ": "ri", "ে": "e", "ৈ": "oi", "ো": "o",
    "ৌ": "ou",
    # Tamil
    "அ": "a", "ஆ": "aa", "இ": "i", "ஈ": "ii", "உ": "u", "ஊ": "uu", "எ": "e", "ஏ": "ee", "ஐ": "ai",
    "ஒ": "o", "ஓ": "oo", "ஔ": "au", "ா": "aa", "ி": "i", "ீ": "ii", "ு": "u", "ூ": "uu", "ெ": "e", "ே": "ee",
    "ை": "ai", "ொ": "o", "ோ": "oo", "ௌ": "au",
}  # fmt: skip
#: The virama (Tamil's pulli): the consonant before it has no vowel.
VIRAMAS = frozenset("\u094d\u09cd\u0bcd")

#: Armenian's letters (``ու`` is ``u``: a caller reads the pair before the letters).
ARMENIAN_LETTERS = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y", "թ": "t", "ժ": "zh",
    "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh", "ճ": "ch",
    "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o", "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s",
    "վ": "v", "տ": "t", "ր": "r", "ց": "ts", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
}  # fmt: skip
#: The Arabic script's letters (Arabic, Persian, Urdu, Sorani, Uyghur).
ARABIC_SCRIPT_LETTERS = {
    "ا": "a", "آ": "a", "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h",
    "خ": "kh", "د": "d", "ڈ": "d", "ذ": "z", "ر": "r", "ڕ": "r", "ڑ": "r", "ز": "z", "ژ": "zh", "س": "s",
    "ش": "sh", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ڤ": "v", "ق": "q",
    "ک": "k", "ك": "k", "گ": "g", "ڭ": "ng", "ل": "l", "ڵ": "l", "م": "m", "ن": "n", "ں": "n", "ه": "h",
    "ھ": "h", "ہ": "h", "ة": "h", "ە": "e", "و": "u", "ۆ": "o", "ۇ": "u", "ۈ": "u", "ۋ": "v", "ی": "i",
    "ي": "i", "ى": "i", "ې": "e", "ێ": "e", "ے": "e", "ئ": "", "ء": "", "ـ": "",
}  # fmt: skip
#: The Hebrew script's letters (Yiddish's ligatures ``װ``, ``ױ``, ``ײ`` too), read without points.
HEBREW_LETTERS = {
    "א": "a", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ו": "u", "ז": "z", "ח": "kh", "ט": "t", "י": "i",
    "כ": "k", "ך": "k", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "e", "פ": "p",
    "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh", "ת": "t", "װ": "v", "ױ": "oi",
    "ײ": "ei",
}  # fmt: skip
#: Where YIVO's Yiddish reads a Hebrew letter otherwise: a bare alef is silent, ``כ``/``ך`` without a point
#: are ``kh``, ``ת`` without one is ``s`` (it is written only in words from Hebrew), ``ױ`` ``oy``, ``ײ``
#: ``ey``. (``י`` is read by the caller: ``y`` before a vowel letter, else ``i``.)
YIDDISH_DIFFERENCES = {"א": "", "כ": "kh", "ך": "kh", "ת": "s", "ױ": "oy", "ײ": "ey"}
#: Yiddish's pointed letters and digraphs (decomposed: a letter, then its point), longest first: ``װ``/``וו``
#: v, ``ױ``/``וי`` oy, ``ײַ`` ay, ``ײ``/``יי`` ey, ``אַ`` a, ``אָ`` o, ``פֿ`` f, ``כּ`` k, ``תּ`` t, ``שׂ`` s.
YIDDISH_CLUSTERS: tuple[tuple[str, str], ...] = (
    ("\u05d3\u05d6\u05e9", "dzh"), ("\u05d6\u05e9", "zh"), ("\u05d8\u05e9", "tsh"),
    ("\u05f2\u05b7", "ay"), ("\u05d9\u05d9\u05b7", "ay"), ("\u05d5\u05d5", "v"), ("\u05d5\u05d9", "oy"),
    ("\u05d9\u05d9", "ey"), ("\u05d0\u05b7", "a"), ("\u05d0\u05b8", "o"), ("\u05d5\u05bc", "u"),
    ("\u05d9\u05b4", "i"), ("\u05e4\u05bf", "f"), ("\u05e4\u05bc", "p"), ("\u05db\u05bc", "k"),
    ("\u05ea\u05bc", "t"), ("\u05e9\u05c2", "s"), ("\u05d1\u05bf", "v"),
)  # fmt: skip
#: Yiddish in the YIVO romanisation, longest first: its clusters, then every Hebrew letter but ``י`` as
#: Yiddish reads it.
YIDDISH_LETTERS: tuple[tuple[str, str], ...] = YIDDISH_CLUSTERS + tuple(
    (letter, YIDDISH_DIFFERENCES.get(letter, latin))
    for letter, latin in HEBREW_LETTERS.items()
    if letter != "י"
)

#: The names of the Latin alphabet's letters as each script writes them (added in art40): an acronym is
#: written so in Russian, Ukrainian and Bulgarian (``Би-би-си``, ``Бі-бі-сі``, ``Би Би Си``: BBC), Greek
#: (``Σι-Εν-Εν``), Hindi (``पीटीआई``: PTI), Bengali (``বিবিসি``), Tamil (``ஆர்ஐஏ``: RIA), Japanese
#: (``ビービーシー``) and in the Arabic script (``بي بي سي``, ``سی ان ان``). A table of letters, not of
#: outlets: each key is one letter's name (lower case, NFC; Greek without its accents; the Arabic script
#: with ``أ``, ``إ`` and ``ٱ`` as ``ا``, its yeh forms as ``ی`` and its kaf forms as ``ک``), its value the
#: letter. Names that stand for two letters in one script are left out: Tamil's ``பி`` (b and p) and ``டி``
#: (d and t), and Arabic's ``إل`` (l), which is written as the article ``ال``.
CYRILLIC_LETTER_NAMES = {
    # Russian
    "эй": "a", "би": "b", "си": "c", "ди": "d", "и": "e", "эф": "f", "джи": "g", "эйч": "h", "ай": "i",
    "джей": "j", "кей": "k", "эл": "l", "эль": "l", "эм": "m", "эн": "n", "оу": "o", "пи": "p", "кью": "q",
    "ар": "r", "эс": "s", "ти": "t", "ю": "u", "ви": "v", "экс": "x", "уай": "y", "зед": "z", "зи": "z",
    # Ukrainian and Bulgarian (е for э; Ukrainian і for и)
    "ей": "a", "бі": "b", "сі": "c", "ді": "d", "і": "e", "еф": "f", "джі": "g", "ейч": "h", "ел": "l",
    "ем": "m", "ен": "n", "пі": "p", "кю": "q", "ес": "s", "ті": "t", "ві": "v", "екс": "x", "зі": "z",
    # spellings the matcher read before tidy8
    "эр": "r", "зет": "z",
}  # fmt: skip
GREEK_LETTER_NAMES = {
    "ει": "a", "μπι": "b", "σι": "c", "ντι": "d", "ι": "e", "εφ": "f", "τζι": "g", "ειτς": "h",
    "αι": "i", "τζει": "j", "κει": "k", "ελ": "l", "εμ": "m", "εν": "n", "οου": "o", "πι": "p", "κιου": "q",
    "αρ": "r", "ες": "s", "τι": "t", "γιου": "u", "βι": "v", "εξ": "x", "ουαι": "y", "ζι": "z", "ζεντ": "z",
}  # fmt: skip
DEVANAGARI_LETTER_NAMES = {
    "ए": "a", "बी": "b", "सी": "c", "डी": "d", "ई": "e", "एफ": "f", "जी": "g", "एच": "h", "आई": "i",
    "जे": "j", "के": "k", "एल": "l", "एम": "m", "एन": "n", "ओ": "o", "पी": "p", "क्यू": "q", "आर": "r",
    "एस": "s", "टी": "t", "यू": "u", "वी": "v", "डब्ल्यू": "w", "एक्स": "x", "वाई": "y", "जेड": "z",
    "ज़ेड": "z",
}  # fmt: skip
BENGALI_LETTER_NAMES = {
    "এ": "a", "বি": "b", "সি": "c", "ডি": "d", "ই": "e", "এফ": "f", "জি": "g", "এইচ": "h", "আই": "i",
    "জে": "j", "কে": "k", "এল": "l", "এম": "m", "এন": "n", "ও": "o", "পি": "p", "কিউ": "q", "আর": "r",
    "এস": "s", "টি": "t", "ইউ": "u", "ভি": "v", "ডব্লিউ": "w", "এক্স": "x", "ওয়াই": "y", "জেড": "z",
}  # fmt: skip
TAMIL_LETTER_NAMES = {
    "ஏ": "a", "சி": "c", "இ": "e", "எஃப்": "f", "ஜி": "g", "எச்": "h", "ஐ": "i", "ஜே": "j", "கே": "k",
    "எல்": "l", "எம்": "m", "என்": "n", "ஓ": "o", "க்யூ": "q", "ஆர்": "r", "எஸ்": "s", "யு": "u",
    "வி": "v", "எக்ஸ்": "x", "வை": "y", "இசட்": "z",
}  # fmt: skip
KATAKANA_LETTER_NAMES = {
    "エー": "a", "エイ": "a", "ビー": "b", "シー": "c", "ディー": "d", "イー": "e", "エフ": "f", "ジー": "g",
    "エイチ": "h", "エッチ": "h", "アイ": "i", "ジェー": "j", "ジェイ": "j", "ケー": "k", "ケイ": "k",
    "エル": "l", "エム": "m", "エヌ": "n", "オー": "o", "ピー": "p", "キュー": "q", "アール": "r",
    "エス": "s", "ティー": "t", "ユー": "u", "ブイ": "v", "ヴィー": "v", "ダブリュー": "w",
    "エックス": "x", "ワイ": "y", "ゼット": "z", "ズィー": "z",
}  # fmt: skip
#: The Latin letters' names as Amharic writes them in the Ge'ez script, solid (``ቢቢሲ`` BBC, ``አይኤምኤፍ``
#: IMF, ``ሲኤንኤን`` CNN; added after the fifty-ninth held-out matching batch).
ETHIOPIC_LETTER_NAMES = {
    "ኤ": "a", "ቢ": "b", "ሲ": "c", "ዲ": "d", "ኢ": "e", "ኤፍ": "f", "ጂ": "g", "ኤች": "h", "አይ": "i",
    "ጄ": "j", "ኬ": "k", "ኤል": "l", "ኤም": "m", "ኤን": "n", "ኦ": "o", "ፒ": "p", "ኪው": "q", "አር": "r",
    "ኤስ": "s", "ቲ": "t", "ዩ": "u", "ቪ": "v", "ደብሊው": "w", "ኤክስ": "x", "ዋይ": "y", "ዜድ": "z",
}  # fmt: skip
ARABIC_SCRIPT_LETTER_NAMES = {
    # Arabic (its alefs, yehs and kafs written as one each; see above) and Persian and Urdu
    "ایه": "a", "ای": "e", "بی": "b", "سی": "c", "دی": "d", "اف": "f", "جی": "g", "اتش": "h", "اچ": "h",
    "ایچ": "h", "جیه": "j", "جے": "j", "کیه": "k", "کے": "k", "ام": "m", "ان": "n", "او": "o", "پی": "p",
    "کیو": "q", "ار": "r", "اس": "s", "تی": "t", "ٹی": "t", "یو": "u", "وی": "v", "اکس": "x", "ایکس": "x",
    "وای": "y", "زد": "z", "زی": "z", "آی": "i",
    # spellings the matcher read before tidy8
    "جای": "j", "کای": "k", "دبلیو": "w",
}  # fmt: skip
#: Letters' names read only in a name every word of which is a letter's name (``whole_name`` of
#: :func:`letters_named`, the matcher's :func:`~linkcheck.names.spelled_acronyms`), and there before the
#: entries above: names that are also common words (``ال`` the article, ``في`` "in", Persian ``کی`` "who"),
#: which prose is full of, and the bare ``ای``, which a name of letters reads as I (``آی``, its alef's madda
#: folded) where prose, keeping ``آی`` for I, reads it as E.
ARABIC_SCRIPT_NAME_LETTER_NAMES = {"ال": "l", "فی": "v", "کی": "k", "ای": "i"}
#: The letter-name tables by script, each with the way the script writes an acronym: ``True`` when it
#: writes the names solid (``पीटीआई``, ``ビービーシー``: a word is cut into names), ``False`` when it parts
#: them by hyphens or spaces (``Би-би-си``, ``بي بي سي``: each part is one name).
LETTER_NAMES: tuple[tuple[dict[str, str], bool], ...] = (
    (CYRILLIC_LETTER_NAMES, False),
    (GREEK_LETTER_NAMES, False),
    (DEVANAGARI_LETTER_NAMES, True),
    (BENGALI_LETTER_NAMES, True),
    (TAMIL_LETTER_NAMES, True),
    (KATAKANA_LETTER_NAMES, True),
    (ARABIC_SCRIPT_LETTER_NAMES, False),
    (ETHIOPIC_LETTER_NAMES, True),
)
#: The tables :func:`letters_named` reads with ``whole_name``: as :data:`LETTER_NAMES`, and the Arabic
#: script's with :data:`ARABIC_SCRIPT_NAME_LETTER_NAMES` over it.
_WHOLE_NAME_LETTER_NAMES: tuple[dict[str, str], ...] = tuple(
    {**names, **ARABIC_SCRIPT_NAME_LETTER_NAMES} if names is ARABIC_SCRIPT_LETTER_NAMES else names
    for names, _ in LETTER_NAMES
)
#: The script of a letter-name table (an index into :data:`LETTER_NAMES`), by a word's first letter.
_LETTER_NAME_SCRIPTS = (
    ((0x0400, 0x04FF), 0),
    ((0x0370, 0x03FF), 1),
    ((0x1F00, 0x1FFF), 1),
    ((0x0900, 0x097F), 2),
    ((0x0980, 0x09FF), 3),
    ((0x0B80, 0x0BFF), 4),
    ((0x30A0, 0x30FF), 5),
    ((0x0600, 0x06FF), 6),
    ((0x1200, 0x137F), 7),
)
_GREEK, _ARABIC_SCRIPT = 1, 6
#: What parts a word written by letters' names: hyphens, the zero-width non-joiner (``بی‌بی‌سی``), the
#: katakana middle dot.
_LETTER_NAME_PARTS = lazy_re("[-\u2010\u2011\u200c\u30fb]")
#: The Arabic script's letters written more than one way, as :data:`ARABIC_SCRIPT_LETTER_NAMES` holds them;
#: a whole name's reading also folds alef's madda (``آر`` R).
_ARABIC_LETTER_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "ٱ": "ا", "ي": "ی", "ى": "ی", "ك": "ک"})
_ARABIC_NAME_LETTER_FORMS = str.maketrans(
    {"أ": "ا", "إ": "ا", "ٱ": "ا", "آ": "ا", "ي": "ی", "ى": "ی", "ك": "ک"}
)


def letters_named(word: str, *, whole_name: bool = False) -> str:
    """The Latin letters (lower case) ``word`` writes by their names (:data:`LETTER_NAMES`): ``Би-би-си``
    bbc, ``Σι-Εν-Εν`` cnn, ``पीटीआई`` pti, ``ビービーシー`` bbc, ``بی‌بی‌سی`` bbc, a one-letter ``Си`` c; ``""``
    when a part of it is no letter's name (``кто-то``, ``Нью-Йорк``, ``बीच``) or its script has no table. A
    script that parts its names by hyphens, the zero-width non-joiner or the katakana dot has one name to a
    part; one that writes them solid is cut into names, whole or not at all. The script is the first
    letter's; the word is read case-folded and NFC, Greek without its accents, the Arabic script with its
    letters' forms folded (:data:`_ARABIC_LETTER_FORMS`). ``word`` is taken as given: the caller strips
    what punctuation it must.

    ``whole_name``: ``word`` is one word of a name that is read only if every word of it is letters' names
    (the matcher): the Arabic script then also reads :data:`ARABIC_SCRIPT_NAME_LETTER_NAMES` and folds
    alef's madda."""
    word = unicodedata.normalize("NFC", word.casefold())
    if not word:
        return ""
    first = ord(word[0])
    script = next((s for (low, high), s in _LETTER_NAME_SCRIPTS if low <= first <= high), -1)
    if script < 0:
        return ""
    names, solid = LETTER_NAMES[script]
    if whole_name:
        names = _WHOLE_NAME_LETTER_NAMES[script]
    if script == _GREEK:  # its names without accents
        word = unicodedata.normalize(
            "NFC", "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        )
    elif script == _ARABIC_SCRIPT:
        word = word.translate(_ARABIC_NAME_LETTER_FORMS if whole_name else _ARABIC_LETTER_FORMS)
    letters = []
    for part in _LETTER_NAME_PARTS.split(word):
        letter = _segmented(part, names) if solid else names.get(part, "")
        if not letter:
            return ""
        letters.append(letter)
    return "".join(letters)


def _segmented(word: str, names: dict[str, str]) -> str:
    """``word`` cut whole into letters' names (``पीटीआई``: पी, टी, आई), their letters, the longest name
    first at each place; ``""`` when it cannot be."""
    longest = max(map(len, names))

    @functools.cache
    def go(pos: int) -> str | None:
        if pos == len(word):
            return ""
        for size in range(min(longest, len(word) - pos), 0, -1):
            letter = names.get(word[pos : pos + size])
            if letter is not None and (rest := go(pos + size)) is not None:
                return letter + rest
        return None

    return go(0) or ""


# --- sounds of katakana and of Arabic letters standing for words (art41) ---------------------------------

#: The sound of each katakana letter, as ``(consonant, vowel)`` (added in art41): Japanese writes a foreign
#: name by its sound (``ロイター`` Reuters, ``ブルームバーグ`` Bloomberg), which the article reader compares
#: loosely with a Latin host. The consonant is a row's (``シ`` sh, ``チ`` ch, ``ツ`` ts, ``フ`` f, ``ジ`` j);
#: ``ン`` is a consonant without a vowel; a small ``ャ``, ``ュ``, ``ョ``, ``ァ``... (:data:`KATAKANA_SMALL`)
#: changes the vowel of the letter before it (``ディ`` di, ``ファ`` fa); ``ー`` lengthens a vowel and ``ッ``
#: doubles the next consonant (both read by the caller). A table of letters, no table of names.
KATAKANA_SOUNDS: dict[str, tuple[str, str]] = {
    **dict(zip("アイウエオ", [("", v) for v in "aiueo"], strict=True)),
    **dict(zip("カキクケコ", [("k", v) for v in "aiueo"], strict=True)),
    **dict(zip("ガギグゲゴ", [("g", v) for v in "aiueo"], strict=True)),
    **dict(zip("サシスセソ", [("s", "a"), ("sh", "i"), ("s", "u"), ("s", "e"), ("s", "o")], strict=True)),
    **dict(zip("ザジズゼゾ", [("z", "a"), ("j", "i"), ("z", "u"), ("z", "e"), ("z", "o")], strict=True)),
    **dict(zip("タチツテト", [("t", "a"), ("ch", "i"), ("ts", "u"), ("t", "e"), ("t", "o")], strict=True)),
    **dict(zip("ダヂヅデド", [("d", "a"), ("j", "i"), ("z", "u"), ("d", "e"), ("d", "o")], strict=True)),
    **dict(zip("ナニヌネノ", [("n", v) for v in "aiueo"], strict=True)),
    **dict(zip("ハヒフヘホ", [("h", "a"), ("h", "i"), ("f", "u"), ("h", "e"), ("h", "o")], strict=True)),
    **dict(zip("バビブベボ", [("b", v) for v in "aiueo"], strict=True)),
    **dict(zip("パピプペポ", [("p", v) for v in "aiueo"], strict=True)),
    **dict(zip("マミムメモ", [("m", v) for v in "aiueo"], strict=True)),
    **dict(zip("ヤユヨ", [("y", v) for v in "auo"], strict=True)),
    **dict(zip("ラリルレロ", [("r", v) for v in "aiueo"], strict=True)),
    "ワ": ("w", "a"), "ヰ": ("w", "i"), "ヱ": ("w", "e"), "ヲ": ("w", "o"), "ヴ": ("v", "u"), "ン": ("n", ""),
}  # fmt: skip
#: The small katakana letters and the vowel each gives the letter before it (``キャ`` kya, ``ディ`` di).
KATAKANA_SMALL: dict[str, str] = {
    "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ャ": "a", "ュ": "u", "ョ": "o",
}  # fmt: skip

#: The sound each Arabic-script letter writes at a word's start, as a Latin letter or two (added in art41):
#: an initialism written letter by letter (``ق.ن.أ``, ``و ا م``) stands for the words those letters begin,
#: whose first sounds a host's initials may spell (qna.org.qa, wam.ae). Alternatives are parted by ``|``;
#: alef and ain carry any vowel. A table of letters, no table of names.
ARABIC_LETTER_SOUNDS: dict[str, str] = {
    "ا": "a|e|i|o|u", "أ": "a|e|i|o|u", "إ": "i|e", "آ": "a", "ع": "a|e|i|o|u", "ب": "b", "پ": "p",
    "ت": "t", "ط": "t", "ث": "th|s|t", "ج": "j|g", "چ": "ch", "ح": "h", "خ": "kh|h", "د": "d", "ذ": "dh|z",
    "ر": "r", "ز": "z", "ژ": "zh|j", "س": "s", "ص": "s", "ش": "sh|s", "ض": "d|dh", "ظ": "z|dh", "غ": "gh|g",
    "ف": "f", "ق": "q|k|g", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "و": "w|o|u", "ي": "y|i", "ی": "y|i",
}  # fmt: skip

#: Tamil's letters' names that stand for two Latin letters each, which :data:`TAMIL_LETTER_NAMES` leaves out
#: (Tamil writes b and p, d and t, with one letter): ``பி`` b or p, ``டி`` d or t (added by match53).
TAMIL_TWO_LETTER_NAMES = {"பி": "bp", "டி": "dt"}


def tamil_letter_readings(word: str) -> tuple[str, ...]:
    """Every reading (lower case) of a Tamil ``word`` written wholly in letters' names, each of its
    :data:`TAMIL_TWO_LETTER_NAMES` read one way throughout the word (``பிபிசி``: bbc, ppc; ``பிடிஐ``: bdi,
    pdi, bti, pti), at most four, in that order; ``()`` when it is no such word or writes none of those
    names (then :func:`letters_named` reads it). Added after the fifty-third held-out matching batch
    (match53), for the matcher's outlets (``பிபிசி`` for the BBC)."""
    word = unicodedata.normalize("NFC", word)
    if not any(name in word for name in TAMIL_TWO_LETTER_NAMES):
        return ()
    readings: list[str] = []
    for choice in range(4):
        names = dict(TAMIL_LETTER_NAMES)
        for bit, (name, letters) in enumerate(TAMIL_TWO_LETTER_NAMES.items()):
            names[name] = letters[(choice >> bit) & 1]
        read = _segmented(word, names)
        if read and read not in readings:
            readings.append(read)
    return tuple(readings)


#: The Han characters Chinese writes foreign names with for their sound (the syllables of the Xinhua
#: transliteration tables: ``塔斯`` TASS, ``路透`` Reuters, ``华盛顿`` Washington), each with its pinyin (no
#: tone), for reading a foreign outlet's name in Chinese (added by art43). Characters the tables use but
#: that Chinese also writes foreign names with by their meaning are left out (``美`` America, ``英``
#: England, ``法`` France, ``俄`` Russia, ``德`` Germany, ``日`` Japan, ``新`` new, ``华`` China), so a
#: translated name (``美联社``, ``法新社``, ``俄新社``, ``新华社``) is not read by sound.
_HAN_NAME_PAIRS = """
    阿:a 埃:ai 艾:ai 安:an 昂:ang 奥:ao 厄:e 恩:en 伊:yi 因:yin 尤:you 乌:wu 温:wen 翁:weng 沃:wo 瓦:wa
    旺:wang 威:wei 韦:wei 维:wei 亚:ya 扬:yang 耶:ye 约:yue 尔:er
    巴:ba 拜:bai 班:ban 邦:bang 鲍:bao 贝:bei 本:ben 比:bi 宾:bin 波:bo 伯:bo 博:bo 布:bu 彼:bi 别:bie
    帕:pa 派:pai 潘:pan 庞:pang 佩:pei 彭:peng 皮:pi 珀:po 蒲:pu 普:pu
    马:ma 迈:mai 曼:man 芒:mang 毛:mao 梅:mei 门:men 蒙:meng 米:mi 敏:min 莫:mo 默:mo 穆:mu 姆:mu
    菲:fei 费:fei 芬:fen 弗:fu 夫:fu 福:fu
    达:da 戴:dai 丹:dan 道:dao 登:deng 迪:di 蒂:di 丁:ding 多:duo 杜:du 顿:dun 敦:dun
    塔:ta 泰:tai 坦:tan 汤:tang 陶:tao 特:te 滕:teng 提:ti 廷:ting 托:tuo 图:tu 透:tou
    纳:na 奈:nai 南:nan 瑙:nao 内:nei 嫩:nen 尼:ni 宁:ning 诺:nuo 努:nu 涅:nie
    拉:la 莱:lai 兰:lan 朗:lang 劳:lao 勒:le 雷:lei 伦:lun 利:li 里:li 琳:lin 洛:luo 罗:luo 卢:lu
    鲁:lu 路:lu 吕:lü 列:lie 柳:liu
    盖:gai 甘:gan 冈:gang 格:ge 根:gen 贡:gong 古:gu 圭:gui 郭:guo
    卡:ka 凯:kai 坎:kan 康:kang 考:kao 克:ke 肯:ken 科:ke 库:ku 昆:kun 基:ji
    哈:ha 海:hai 汉:han 豪:hao 赫:he 亨:heng 霍:huo 胡:hu
    贾:jia 杰:jie 吉:ji 琼:qiong 朱:zhu
    查:cha 柴:chai 乔:qiao 切:qie 奇:qi 丘:qiu 契:qi
    萨:sa 赛:sai 塞:sai 桑:sang 森:sen 斯:si 索:suo 苏:su 孙:sun 锡:xi 西:xi 希:xi 辛:xin 谢:xie
    沙:sha 莎:sha 舍:she 申:shen 施:shi 舒:shu 什:shi 肖:xiao 休:xiu
    扎:zha 泽:ze 曾:zeng 兹:zi 祖:zu 佐:zuo 茨:ci 采:cai 策:ce
"""
#: Each of those characters and its pinyin (:data:`_HAN_NAME_PAIRS`).
HAN_NAME_SOUNDS: dict[str, str] = {pair[0]: pair[2:] for pair in _HAN_NAME_PAIRS.split()}
