"""Read an article's prose for what it says about its links: outlets it names, related-article titles, and
the days ("on Thursday") its reports came out.

General rules, not lists of outlets:

- **Outlets.** A capitalised name in the prose (``RIA Novosti``, ``TASS``, ``The Moscow Times``, ``РИА
  Новости``) belongs to a link whose host spells it: a label equal to one of its identifying words
  (``ria.ru`` for RIA Novosti), or the name squeezed into one label from whole words and initials
  (``themoscowtimes.com``, ``nytimes.com``, ``bbc.co.uk`` for British Broadcasting Corporation).
  Cyrillic is romanised first. An acronym or a compound name is enough on its own; a single ordinary
  word (``Reuters``) must stand where outlets stand: after "told", "according to", "the state-run", before
  "reported", "quoted", "news agency"...
- **Related titles.** A ``Related article:`` / ``Read more:`` / ``See also:`` line gives a title to the link
  whose slug it matches, or to the link on that line, or to a link standing alone on the next line.
- **Days.** A weekday ("on Thursday") or a month and day ("on Jan. 9") in a sentence that reports what a
  cited source said (a reporting verb plus the link or its outlet) dates that report, resolved against the
  article's date.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import itertools
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from linkcheck.articles._base import (
    FOLLOW_PLATFORMS,
    PLATFORM_HOSTS,
    Link,
    archived_original,
    clean_text,
    fold,
    loose,
    slug_keys,
    slug_score_set,
    split_url,
    title_keys,
    url_key,
)
from linkcheck.articles._dates import (
    MONTHS,
    MORE_WEEKDAYS,
    WEEKDAYS,
    find_dmy,
    find_month_day,
    month_day_matches,
    parse_date,
    published_quarter,
    resolve_month_day,
    resolve_weekday,
    to_partial,
)
from linkcheck.joyo import kanji_readings
from linkcheck.lazyre import lazy_re
from linkcheck.models import PartialDate
from linkcheck.months import PROSE_OPT_IN_CAPITALISED
from linkcheck.names import transliterate
from linkcheck.romanise import (
    ARABIC_LETTER_SOUNDS,
    ARABIC_SCRIPT_LETTERS,
    ARMENIAN_LETTERS,
    HAN_NAME_SOUNDS,
    HANGUL_SPELT,
    HANGUL_SYLLABLES,
    HEBREW_LETTERS,
    INDIC_CONSONANTS,
    INDIC_VOWELS,
    KATAKANA_SMALL,
    KATAKANA_SOUNDS,
    VIRAMAS,
    hangul_syllable,
    letters_named,
)

__all__ = [
    "RELATED_LABEL",
    "attach_outlets",
    "attach_related_titles",
    "attach_report_dates",
    "follow_call",
    "host_labels",
    "month_day_in",
    "names_a_source",
    "organisation_author",
]

# --- hosts ----------------------------------------------------------------------------------------------

_SECOND_LEVEL = frozenset(
    ["co", "com", "net", "org", "gov", "ac", "edu", "go", "or", "ne", "ltd", "plc", "info"]
)
_GENERIC_LABELS = frozenset(
    [
        "www",
        "www1",
        "www2",
        "m",
        "mobile",
        "amp",
        "news",
        "edition",
        "beta",
        "web",
        "home",
        "static",
        "cdn",
        "en",
        "eng",
        "english",
        "ru",
        "rus",
        "de",
        "fr",
        "es",
        "it",
        "uk",
        "ua",
        "ar",
        "cn",
        "tr",
        "us",
        "world",
        "global",
        "online",
        "live",
        "media",
        "ftp",
    ]
)


def host_labels(url: str) -> list[str]:
    """:func:`host_labels_uncached`, cached per URL."""
    return list(_host_labels(url))


@functools.lru_cache(maxsize=8192)
def _host_labels(url: str) -> tuple[str, ...]:
    return tuple(host_labels_uncached(url))


_NUMERIC_HOST = lazy_re(r"[\d.]+")


def host_labels_uncached(url: str) -> list[str]:
    """The host labels of ``url`` that can carry an outlet's name, registrable label first, romanised:
    ``https://www.themoscowtimes.com/...`` -> ``["themoscowtimes"]``; ``news.bbc.co.uk`` -> ``["bbc"]``."""
    try:
        host = (split_url(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return []
    if "xn--" in host:
        with contextlib.suppress(UnicodeError):
            host = host.encode("ascii").decode("idna")
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2 or _NUMERIC_HOST.fullmatch(host):
        return []
    tld = labels.pop()
    if len(labels) >= 2 and len(tld) == 2 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    registrable = labels[-1]
    rest = [label for label in reversed(labels[:-1]) if label not in _GENERIC_LABELS]
    result = []
    for label in [registrable, *rest]:
        key = loose(fold(label).replace(" ", ""))
        if len(key) >= 2 and key not in result:
            result.append(key)
    return result


# --- outlet names in the prose --------------------------------------------------------------------------

#: Words that appear in many outlets' names and identify none on their own: a name may end with them
#: (``RIA Novosti``, ``TASS News Agency``) without losing its match with the host.
_GENERIC_WORDS = frozenset(
    loose(w)
    for w in [
        "news",
        "daily",
        "times",
        "post",
        "herald",
        "tribune",
        "journal",
        "gazette",
        "press",
        "media",
        "online",
        "network",
        "agency",
        "channel",
        "tv",
        "radio",
        "magazine",
        "weekly",
        "today",
        "world",
        "international",
        "global",
        "report",
        "review",
        "observer",
        "telegraph",
        "express",
        "service",
        "wire",
        "newspaper",
        "novosti",
        "naviny",
        "novyny",
        "vesti",
        "izvestia",
        "gazeta",
        "zeitung",
        "nachrichten",
        "presse",
        "diario",
        "noticias",
        "dainik",  # Hindi, Bengali: daily (``दैनिक भास्कर``, art39)
        "quotidien",
        "info",
    ]
)
_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "for",
        "de",
        "del",
        "la",
        "le",
        "el",
        "der",
        "die",
        "das",
        "di",
        "da",
        "du",
        "des",
        "della",
        "dello",
        "delle",
        "degli",
        "dei",
        "do",
        "dos",
        "&",
        "on",
        "in",
    ]
)
#: ``_UPPER`` (below) for Unicode 14.0.0, the version of Python 3.11: what its expression finds, as ranges.
_UPPER_14 = (
    "A-Z\xc0-\xd6\xd8-\xde\u0100\u0102\u0104\u0106\u0108\u010a\u010c\u010e\u0110\u0112\u0114\u0116\u0118"
    "\u011a\u011c\u011e\u0120\u0122\u0124\u0126\u0128\u012a\u012c\u012e\u0130\u0132\u0134\u0136\u0139"
    "\u013b\u013d\u013f\u0141\u0143\u0145\u0147\u014a\u014c\u014e\u0150\u0152\u0154\u0156\u0158\u015a"
    "\u015c\u015e\u0160\u0162\u0164\u0166\u0168\u016a\u016c\u016e\u0170\u0172\u0174\u0176\u0178\u0179"
    "\u017b\u017d\u0181\u0182\u0184\u0186\u0187\u0189-\u018b\u018e-\u0191\u0193\u0194\u0196-\u0198"
    "\u019c\u019d\u019f\u01a0\u01a2\u01a4\u01a6\u01a7\u01a9\u01ac\u01ae\u01af\u01b1-\u01b3\u01b5"
    "\u01b7\u01b8\u01bc\u01c4\u01c7\u01ca\u01cd\u01cf\u01d1\u01d3\u01d5\u01d7\u01d9\u01db\u01de\u01e0"
    "\u01e2\u01e4\u01e6\u01e8\u01ea\u01ec\u01ee\u01f1\u01f4\u01f6-\u01f8\u01fa\u01fc\u01fe\u0200\u0202"
    "\u0204\u0206\u0208\u020a\u020c\u020e\u0210\u0212\u0214\u0216\u0218\u021a\u021c\u021e\u0220\u0222"
    "\u0224\u0226\u0228\u022a\u022c\u022e\u0230\u0232\u023a\u023b\u023d\u023e\u0241\u0243-\u0246\u0248"
    "\u024a\u024c\u024e\u0370\u0372\u0376\u037f\u0386\u0388-\u038a\u038c\u038e\u038f\u0391-\u03a1"
    "\u03a3-\u03ab\u03cf\u03d2-\u03d4\u03d8\u03da\u03dc\u03de\u03e0\u03e2\u03e4\u03e6\u03e8\u03ea\u03ec"
    "\u03ee\u03f4\u03f7\u03f9\u03fa\u03fd-\u042f\u0460\u0462\u0464\u0466\u0468\u046a\u046c\u046e\u0470"
    "\u0472\u0474\u0476\u0478\u047a\u047c\u047e\u0480\u048a\u048c\u048e\u0490\u0492\u0494\u0496\u0498"
    "\u049a\u049c\u049e\u04a0\u04a2\u04a4\u04a6\u04a8\u04aa\u04ac\u04ae\u04b0\u04b2\u04b4\u04b6\u04b8"
    "\u04ba\u04bc\u04be\u04c0\u04c1\u04c3\u04c5\u04c7\u04c9\u04cb\u04cd\u04d0\u04d2\u04d4\u04d6\u04d8"
    "\u04da\u04dc\u04de\u04e0\u04e2\u04e4\u04e6\u04e8\u04ea\u04ec\u04ee\u04f0\u04f2\u04f4\u04f6\u04f8"
    "\u04fa\u04fc\u04fe\u0500\u0502\u0504\u0506\u0508\u050a\u050c\u050e\u0510\u0512\u0514\u0516\u0518"
    "\u051a\u051c\u051e\u0520\u0522\u0524\u0526\u0528\u052a\u052c\u052e\u0531-\u0556\u10a0-\u10c5\u10c7"
    "\u10cd\u13a0-\u13f5\u1c90-\u1cba\u1cbd-\u1cbf\u1e00\u1e02\u1e04\u1e06\u1e08\u1e0a\u1e0c\u1e0e\u1e10"
    "\u1e12\u1e14\u1e16\u1e18\u1e1a\u1e1c\u1e1e\u1e20\u1e22\u1e24\u1e26\u1e28\u1e2a\u1e2c\u1e2e\u1e30"
    "\u1e32\u1e34\u1e36\u1e38\u1e3a\u1e3c\u1e3e\u1e40\u1e42\u1e44\u1e46\u1e48\u1e4a\u1e4c\u1e4e\u1e50"
    "\u1e52\u1e54\u1e56\u1e58\u1e5a\u1e5c\u1e5e\u1e60\u1e62\u1e64\u1e66\u1e68\u1e6a\u1e6c\u1e6e\u1e70"
    "\u1e72\u1e74\u1e76\u1e78\u1e7a\u1e7c\u1e7e\u1e80\u1e82\u1e84\u1e86\u1e88\u1e8a\u1e8c\u1e8e\u1e90"
    "\u1e92\u1e94\u1e9e\u1ea0\u1ea2\u1ea4\u1ea6\u1ea8\u1eaa\u1eac\u1eae\u1eb0\u1eb2\u1eb4\u1eb6\u1eb8"
    "\u1eba\u1ebc\u1ebe\u1ec0\u1ec2\u1ec4\u1ec6\u1ec8\u1eca\u1ecc\u1ece\u1ed0\u1ed2\u1ed4\u1ed6\u1ed8"
    "\u1eda\u1edc\u1ede\u1ee0\u1ee2\u1ee4\u1ee6\u1ee8\u1eea\u1eec\u1eee\u1ef0\u1ef2\u1ef4\u1ef6\u1ef8"
    "\u1efa\u1efc\u1efe\u1f08-\u1f0f\u1f18-\u1f1d\u1f28-\u1f2f\u1f38-\u1f3f\u1f48-\u1f4d\u1f59\u1f5b"
    "\u1f5d\u1f5f\u1f68-\u1f6f\u1fb8-\u1fbb\u1fc8-\u1fcb\u1fd8-\u1fdb\u1fe8-\u1fec\u1ff8-\u1ffb\u2102"
    "\u2107\u210b-\u210d\u2110-\u2112\u2115\u2119-\u211d\u2124\u2126\u2128\u212a-\u212d\u2130-\u2133"
    "\u213e\u213f\u2145\u2183\u2c00-\u2c2f\u2c60\u2c62-\u2c64\u2c67\u2c69\u2c6b\u2c6d-\u2c70\u2c72\u2c75"
    "\u2c7e-\u2c80\u2c82\u2c84\u2c86\u2c88\u2c8a\u2c8c\u2c8e\u2c90\u2c92\u2c94\u2c96\u2c98\u2c9a\u2c9c"
    "\u2c9e\u2ca0\u2ca2\u2ca4\u2ca6\u2ca8\u2caa\u2cac\u2cae\u2cb0\u2cb2\u2cb4\u2cb6\u2cb8\u2cba\u2cbc"
    "\u2cbe\u2cc0\u2cc2\u2cc4\u2cc6\u2cc8\u2cca\u2ccc\u2cce\u2cd0\u2cd2\u2cd4\u2cd6\u2cd8\u2cda\u2cdc"
    "\u2cde\u2ce0\u2ce2\u2ceb\u2ced\u2cf2\ua640\ua642\ua644\ua646\ua648\ua64a\ua64c\ua64e\ua650\ua652"
    "\ua654\ua656\ua658\ua65a\ua65c\ua65e\ua660\ua662\ua664\ua666\ua668\ua66a\ua66c\ua680\ua682\ua684"
    "\ua686\ua688\ua68a\ua68c\ua68e\ua690\ua692\ua694\ua696\ua698\ua69a\ua722\ua724\ua726\ua728\ua72a"
    "\ua72c\ua72e\ua732\ua734\ua736\ua738\ua73a\ua73c\ua73e\ua740\ua742\ua744\ua746\ua748\ua74a\ua74c"
    "\ua74e\ua750\ua752\ua754\ua756\ua758\ua75a\ua75c\ua75e\ua760\ua762\ua764\ua766\ua768\ua76a\ua76c"
    "\ua76e\ua779\ua77b\ua77d\ua77e\ua780\ua782\ua784\ua786\ua78b\ua78d\ua790\ua792\ua796\ua798\ua79a"
    "\ua79c\ua79e\ua7a0\ua7a2\ua7a4\ua7a6\ua7a8\ua7aa-\ua7ae\ua7b0-\ua7b4\ua7b6\ua7b8\ua7ba\ua7bc\ua7be"
    "\ua7c0\ua7c2\ua7c4-\ua7c7\ua7c9\ua7d0\ua7d6\ua7d8\ua7f5\uff21-\uff3a"
)
#: Every upper-case letter of the Basic Multilingual Plane (Latin, Cyrillic, Greek, ...), for the regexes
#: below, as the body of a character class: ``re.escape`` of the letters ``chr(c).isupper() and
#: chr(c).isalpha()`` finds (a class that matches the same characters), written out as ranges for the Unicode
#: version of Python 3.11 (finding them takes ~5 ms; ranges compile faster than single letters).
_UPPER = (
    _UPPER_14
    if unicodedata.unidata_version == "14.0.0"
    else re.escape("".join(chr(c) for c in range(0x10000) if chr(c).isupper() and chr(c).isalpha()))
)
_CAP_REST = r"[\w'’&.-]*"
_CAP_WORD = rf"[{_UPPER}]{_CAP_REST}"
#: Lower-case words that may join a name's capitalised words (``Bank of England``, ``Corriere della Sera``,
#: ``Folha de S.Paulo``, ``Back on Track``).
_JOINERS = "of|de|for|and|&|the|on|in|della|dello|delle|degli|dei|del|di|do|da|dos|das|du|des"
#: (``of the`` joins two words too: ``International Committee of the Red Cross``, added in art39.)
#: A number inside a name, before another capitalised word (``Il Sole 24 Ore``, ``Channel 4 News``).
_NUMBER_WORD = rf"\d{{1,4}}(?=[ \t]+[{_UPPER}])"
_MORE_WORDS = (
    rf"(?:(?:[ \t]|\r?\n(?![ \t]*\r?\n))(?:(?:{_JOINERS})[ \t]+|of[ \t]+the[ \t]+)?"
    rf"(?:{_CAP_WORD}|{_NUMBER_WORD})){{0,7}}"
)
#: A capitalised phrase (up to eight words, perhaps after "the"): what
#: ``(?:(?<![\w-])(?:[Tt]he)[ \t]+)?(?<![\w'’.-]){_CAP_WORD}{_MORE_WORDS}`` matches, written to start with a
#: character class (its first character, ``T``/``t`` or a capital) so that the regex engine skips ahead to the
#: next such character instead of trying every position; the lookbehinds then look past that character.
#: (Written ``[Tt{U}](?:(?<=[Tt])(?<![\w-].)he[ \t]+(?<![\w'’.-])[{U}]{_CAP_REST}{_MORE_WORDS}|(?<=[{U}])
#: (?<![\w'’.-].){_CAP_REST}{_MORE_WORDS})`` before: the same matches, with the class of ~600 ranges compiled
#: three times instead of five. The first character is ``t`` or a capital: ``(?<!t)`` says it is a capital.)
#: A capital may also follow an elided article or preposition (Italian and French ``l'ANSA``, ``dell'Istat``,
#: ``d'Ouest-France``): the apostrophe ends that word, not a word the capital continues.
_ELIDED = r"(?<=(?<!\w)[lLdD]['’].)|(?<=(?<!\w)[dDnNsS][aeu]ll['’].)|(?<=(?<!\w)[aA]ll['’].)"
_PHRASE = lazy_re(
    rf"[Tt{_UPPER}](?:(?<=[Tt])(?<![\w-].)he[ \t]+(?<![\w'’.-])[{_UPPER}]|(?<!t)(?:(?<![\w'’.-].)|{_ELIDED}))"
    rf"{_CAP_REST}{_MORE_WORDS}"
)


def _first_letter_alternation(words: Iterable[str]) -> str:
    """``\\b(?:word|word|...)\\b`` ignoring case (the words are regex pieces that start with a letter),
    written to start with a character class of the words' first letters in both cases, the rest of each word
    after a lookbehind for its first letter: the regex engine then skips ahead to the next such letter instead
    of trying every word at every position (three languages' words cost little more than one's)."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0].lower(), []).append(word[1:])
    firsts = "".join(sorted({c for first in by_first for c in (first, first.upper())}))
    alternatives = "|".join(
        f"(?<={first})(?:{'|'.join(sorted(rests, key=len, reverse=True))})"
        for first, rests in sorted(by_first.items())
    )
    return rf"[{firsts}](?<!\w.)(?i:{alternatives})\b"


#: Words that mark a name as an outlet's when they stand just before it ...
_CUE_BEFORE_WORDS = """
    told by according\\W+to via from quoted quoting cited citing state-run state-owned state run owned
    newspaper agency daily outlet website site broadcaster channel tabloid magazine paper wire service
    reported reports wrote
    laut angaben sagte sagten berichtete berichteten meldete schrieb zitierte wie
    сообщил сообщила сообщили сообщает сообщают передает передаёт пишет писал писала писали заявил рассказал
    рассказала написал написала написали ссылкой\\W+на по\\W+данным по\\W+информации агентство агентству
    сообщило написало писало
    газета газете издание изданию телеканал телеканалу канал портал сайт
    según según\\W+datos\\W+del? informó informa dijo dijo\\W+a agencia diario periódico
    selon rapporté rapporte agence quotidien d['’]après par
    според
    rapporte\\W+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)
    повідомляє повідомила повідомив повідомили пише писала писав посиланням\\W+на за\\W+даними агентство
    агентству видання виданню
    secondo riferito riferisce scrive scritto anticipato riportato riporta agenzia quotidiano
    segundo informou informa revelou noticiou de\\W+acordo\\W+com jornal agência portal segundo\\W+[oa]
    informou\\W+[oa] revelou\\W+[oa] noticiou\\W+[oa] com\\W+[oa]
    podała podał podało poinformował poinformowała poinformowało według napisał napisała pisze donosi
    agencja dziennik portal
    паведаміла паведаміў паведамілі паведамляе піша пісала пісаў паводле\\W+даных спасылкай\\W+на агенцтва
    агенцтву выданне выданню газета
    podle przez сообщения kertoi sanoi
    řekl\\W+pro řekla\\W+pro řekli\\W+pro sdělil\\W+pro sdělila\\W+pro uvedl\\W+pro uvedla\\W+pro
    server serveru týdeník týdeníku deník deníku
"""  # English; German ("laut Spiegel", "nach Angaben der FAZ", "wie die Zeit berichtete"); Russian (a
# verb before the name as after it: "в четверг написал «Московский комсомолец»", added after the seed2
# probe); Spanish ("según informó la agencia EFE", "dijo a El País"); French ("selon Le Monde"); Ukrainian
# ("повідомляє Укрінформ", "за даними Reuters"); Italian ("secondo quanto scrive il Corriere", "ha
# riferito l'ANSA"); Portuguese ("segundo a Folha", "informou o g1"); Polish ("podała Polska Agencja
# Prasowa", "portal Money.pl"); Belarusian ("паведаміла агенцтва БелТА", "са спасылкай на")
_CUE_BEFORE = lazy_re(
    _first_letter_alternation(_CUE_BEFORE_WORDS.split())
    + r"\W+(?:(?i:the|der|die|das|dem|den|des|al|à|au|la|le|l['’]|el|il|lo)\W*)?$"
)
#: Words before a name that make it a source's, not a work's: "according to the [Marine Exchange](...)".
_SOURCE_CUE = lazy_re(
    _first_letter_alternation(
        ["according\\W+to", "told", "by", "laut", "angaben", "zufolge", "ссылкой\\W+на", "по\\W+данным"]
    )
    + r"\W+(?:(?i:the|der|die|das|dem|den|des)\W+)?$"
)


def names_a_source(prose: str, pos: int) -> bool:
    """Whether the text at ``pos`` stands where a source's name stands ("according to the ...")."""
    return _SOURCE_CUE.search(prose, max(0, pos - 40), pos) is not None


#: ... or just after it.
_CUE_AFTER_WORDS = """
    reported reports reporting covered said says quoted quotes cited cites wrote writes news agency
    newspaper daily website outlet broadcaster channel tabloid magazine published publishes interview
    report citing correspondent journalist editor
    berichtet berichtete berichteten meldet meldete schreibt schrieb zitiert zitierte zufolge
    сообщил сообщила сообщили сообщает сообщают пишет писал писала писали передает передаёт заявил заявила
    опубликовал опубликовала со\\s+ссылкой написал написала написали
    informó informa publicó dijo según rapporte a\\s+rapporté a\\s+indiqué a\\s+annoncé selon
    повідомляє повідомила повідомив повідомили пише написала написав з\\s+посиланням
    haberine aktardığına konuşan göre bildirdi yazdı
    ha\\s+riferito riferisce scrive ha\\s+scritto citando revelou informou noticiou publicou divulgou
    publiée publié publiées publiés
    podała podał poinformował poinformowała napisał napisała donosi
    паведаміла паведаміў паведамілі паведамляе піша пісала пісаў са\\s+спасылкай
    mukaan andmetel teatel szerint nyilatkozott mondta
    uvedl uvedla uvedly uvedli napsal napsala napsaly napsali informoval informovala informovaly
"""
_CUE_AFTER = lazy_re(
    r"^(?:['’]s)?\W{0,3}(?:\w+\W+){0,2}?" + _first_letter_alternation(_CUE_AFTER_WORDS.split())
)


class Mention(NamedTuple):
    """An outlet named in the prose, matched to a host label."""

    name: str
    label: str
    start: int
    end: int
    words: int
    #: 2: an acronym or the name in whole words; 1: a weaker match that stands where outlets stand.
    quality: int = 2


_DOUBLED = lazy_re(r"(.)\1+")


def _spell(label: str, keys: Sequence[str]) -> int:
    """Whether ``label`` is ``keys`` squeezed into one word, each word whole or as its initial, stopwords
    optionally left out (``themoscowtimes``, ``nytimes``, ``bbc``): ``2`` when a whole word is used, ``1``
    when only initials are (an acronym: weaker evidence), ``0`` when it cannot be spelled."""
    memo: dict[tuple[int, int, bool], int] = {}

    def go(i: int, pos: int, after_word: bool) -> int:
        if pos == len(label):
            return 1 if i == len(keys) else 0
        if i == len(keys):
            return 0
        cached = memo.get((i, pos, after_word))
        if cached is not None:
            return cached
        word = keys[i]
        result = 0
        whole = len(word) > 1 and label.startswith(word, pos)
        # A letter doubled across two words is single in the label, as loose() spells it (Consumer Reports):
        # across two whole words only (added after the twenty-second held-out batch): a word's initial
        # before a whole word is no doubled letter ("That TASS" is not ``t`` + ``tas`` on tass.ru).
        joined = (
            after_word and len(word) > 2 and label[pos - 1] == word[0] and label.startswith(word[1:], pos)
        )
        if (whole and go(i + 1, pos + len(word), True)) or (joined and go(i + 1, pos + len(word) - 1, True)):
            result = 2
        if result < 2 and word and label[pos] == word[0]:
            result = max(result, go(i + 1, pos + 1, False))
        if result < 2 and word in _STOPWORDS:
            result = max(result, go(i + 1, pos, after_word))
        memo[(i, pos, after_word)] = result
        return result

    return go(0, 0, False)


@functools.lru_cache(maxsize=16384)
def _match(keys: tuple[str, ...], label: str) -> tuple[int, int, int] | None:
    """The longest run ``keys[i:j]`` naming the host label as ``(i, j, quality)``, or ``None``. Quality is
    ``2`` for whole words (``TASS``, ``The Moscow Times``, ``RIA Novosti`` on ``ria.ru``), ``1`` for an
    acronym spelled by initials (``British Broadcasting Corporation``)."""
    n = len(keys)
    best: tuple[int, int, int] | None = None
    for i in range(n):
        if not keys[i] or keys[i][0] != label[0]:
            continue  # every rule spells the label from the run's first word (whole or initial)
        if keys[i] in _STOPWORDS and i + 1 < n and not label.startswith(keys[i]):
            continue
        for j in range(n, i, -1):
            if best is not None and j - i <= best[1] - best[0]:
                break
            run = keys[i:j]
            if _DOUBLED.sub(r"\1", "".join(run)) == label:
                best = (i, j, 2)
                break
            # One identifying word equal to the label, the rest generic: "RIA Novosti" on ria.ru. When more
            # words of the name follow ("PostgreSQL Global Development Group"), the generic ones are part of
            # that longer name, not of this one: the word alone is named.
            if run[0] == label and all(k in _GENERIC_WORDS for k in run[1:]):
                best = (i, j if j == n else i + 1, 2)
                break
            quality = _spell(label, run) if len(run) > 1 else 0
            if quality:
                best = (i, j, quality)
                break
        if best is None and i + 1 < n and _inflected_lead(keys, i, label):
            # A name of several words whose first is in a case (Czech ``v Deníku N``, denikn; art45): the
            # first word's stem and ending, the other words whole. As a single inflected word: quality 0.
            best = (i, _inflected_lead(keys, i, label), 0)
        if best is None and _inflected(keys[i], label):
            # Not after another capitalised word, whose complement a name in the genitive is ("Мэрия
            # Новосибирска", the city's hall, on novo-sibirsk.ru), but for a cue ("Podle Reflexu") or a
            # generic word in its case, part of the name ("Gazety Wyborczej"). Quality 0: see find_mentions.
            before = keys[i - 1] if i > 0 else ""
            if not before or before in _STOPWORDS or _CUE_BEFORE.search(before + " "):
                best = (i, i + 1, 0)
            elif before in _GENERIC_WORDS or any(_inflected(before, word) for word in _GENERIC_WORDS):
                best = (i - 1, i + 1, 0)
    return best


#: Case endings, as :func:`loose` spells them, that Russian, Polish, Czech (``Ведомостей``, ``Коммерсанту``,
#: ``Wyborczej``, ``Reflexu``), Finnish (``Iltalehden``, ``Kauppalehdelle``, ``Ylelle``), Hungarian
#: (``Portfoliónak``) and Estonian (``Postimehe``) put after a name's stem (art44). A table of endings, no
#: table of names.
_CASE_ENDINGS = frozenset(
    (
        "a", "u", "e", "i", "o", "ei", "ie", "ou", "om", "em", "oi", "ami", "ah", "ov", "ego", "emu", "ogo",
        "omu", "ih", "im", "n", "en", "le", "la", "lta", "sa", "sta", "ksi", "na", "ta", "nak", "nek", "val",
        "vel", "ban", "ben", "bol", "rol", "hoz", "hez", "ra", "re", "nal", "nel", "he", "ga", "st", "ek",
    )
)  # fmt: skip
#: The fewest letters a name's stem keeps of its host label.
_INFLECTED_STEM = 3


def _inflected_lead(keys: tuple[str, ...], i: int, label: str) -> int:
    """Where a run of words from ``keys[i]`` ends when its first word is the label's first part in a case
    and the next words (up to two) spell the rest whole (``Deníku N``: ``denik`` + ``u``, then ``n``:
    denikn); else 0. The first word spells its part whole (at least :data:`_INFLECTED_STEM` letters) before
    an ending of :data:`_CASE_ENDINGS`."""
    for j in range(i + 2, min(len(keys), i + 3) + 1):
        rest = "".join(keys[i + 1 : j])
        head = label[: len(label) - len(rest)]
        if (
            rest
            and len(head) >= _INFLECTED_STEM
            and label.endswith(rest)
            and keys[i].startswith(head)
            and keys[i][len(head) :] in _CASE_ENDINGS
        ):
            return j
    return 0


def _uninflected(word: str, label: str) -> str:
    """``word`` less its case ending when what is left spells the whole host ``label`` (``Белстата`` ->
    ``Белстат``, ``Ylelle`` -> ``Yle``, ``Portfoliónak`` -> ``Portfolio``), else as written (``Ведомостей``:
    the nominative's own ending is not the host's to tell)."""
    for cut in range(1, min(5, len(word) - 1)):
        if _token_key(word[:-cut]) == label:
            stem = word[:-cut]
            # Hungarian lengthens a stem's last vowel before the ending (``Népszavának``): written short
            return stem[:-1] + _SHORT_VOWEL[stem[-1]] if stem[-1] in _SHORT_VOWEL else stem
    return word


#: A long vowel at a Hungarian stem's end before a case ending, and the nominative's short one.
_SHORT_VOWEL = {"á": "a", "é": "e", "ó": "o", "ő": "ö"}


def _inflected(key: str, label: str) -> bool:
    """Whether the word ``key`` is the host ``label`` in a case: the label, less at most its last two letters
    (the nominative's own ending: ``vedomost-i``, ``viborkz-a``, ``postime-s``), then a case ending of
    :data:`_CASE_ENDINGS`, perhaps after Finnish's ``d`` for a ``t`` (``kaupaleh-ti``, ``kaupaleh-de-le``)."""
    if len(key) < len(label) or key == label or key[0] != label[0]:
        return False
    stem = 0
    while stem < len(label) and key[stem] == label[stem]:
        stem += 1
    if stem < _INFLECTED_STEM or stem < len(label) - 2:
        return False
    ending = key[stem:]
    if label[stem:].startswith("t") and ending.startswith("de"):
        ending = ending[2:]
    return ending in _CASE_ENDINGS


#: The first letter of each alphanumeric run, with an ``h`` after it: ``kh``, ``ch`` and ``qh`` start
#: :func:`loose`'s spelling with ``h`` (``Khabar`` is ``habar``, as ``Хабар`` is).
_ASCII_FIRSTS = lazy_re(r"(?<![a-z0-9])[a-z0-9]h?")
#: The first letter of :func:`loose` of a word, by the word's first letters.
_LOOSE_FIRST = {"c": "k", "q": "k", "x": "k", "y": "i", "j": "i", "w": "v", "kh": "h", "ch": "h", "qh": "h"}


#: A possessive ending (``NACTO's``, ``Brief’s``, ``Reuters'``) or a Turkish case ending after an
#: apostrophe (``Hürriyet'e``, ``Reuters'ın``), which is not part of the name.
_POSSESSIVE = lazy_re(r"(?<=\w)['’](?:s|[a-zçğıöşü]{1,4})?(?=\W*$)")


#: Superscript digits: a footnote's marker glued to the name before it ("Federation⁴").
_SUPERSCRIPTS = "¹²³⁰⁴⁵⁶⁷⁸⁹"


#: A name written as its site's host (``Money.pl``, ``Salon.com``): its label is the name.
_HOST_NAME = lazy_re(r"([^\W\d_][\w-]*)\.[a-z]{2,6}")


#: A case ending written after an acronym in capitals with a hyphen (Hungarian ``HVG-nek``, Estonian
#: ``ERR-i``, Finnish ``BBC:n`` is a colon's; art44): one to three lower-case letters.
_ACRONYM_CASE = lazy_re(r"(?<=[A-Z]{2})-[a-zäöüőűéáíõ]{1,3}(?=[.,;:]*$)")


@functools.lru_cache(maxsize=16384)
def _token_key(token: str) -> str:
    token = token.rstrip(_SUPERSCRIPTS)
    if "." in token and (host := _HOST_NAME.fullmatch(token)) is not None:
        token = host.group(1)
    if not token.isascii():
        if len(letters := _letter_names(token)) >= 2:  # "Би-би-си", "पीटीआई": an acronym's letters (art40)
            return loose(letters)
        token = _without_case_ending(token)  # "Новости-ს": the name, not its case ending
        if _SYLLABIC.search(token):
            return _syllabic_key(token)
    if "-" in token:  # "HVG-nek", "ERR-i": an acronym's case ending after a hyphen (art44)
        token = _ACRONYM_CASE.sub("", token)
    key = loose(fold(_POSSESSIVE.sub("", token)).replace(" ", ""))
    return key if key.isascii() or not _ROMANISED_SCRIPTS.search(key) else _romanised_key(key)


#: A letter of the Armenian, Hebrew, Arabic or Georgian script (:data:`_ROMANISE_TABLE`); Latin letters
#: :func:`fold` keeps (``ø``, ``ł``) are left as they are.
_ROMANISED_SCRIPTS = lazy_re(r"[\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u10a0-\u10ff\ufb1d-\ufb4f]")


#: Letters of the scripts :func:`fold` leaves as they are, in Latin letters (added after art36's leftovers,
#: so a name in them spells its outlet's Latin host: ``ამბები`` on ambebi.ge, ``Ազատություն`` on
#: azatutyun.am, ``رویترز`` and ``רויטערס`` on reuters.com). Armenian and Georgian write every vowel; the
#: Arabic script (Arabic, Persian, Urdu, Sorani, Uyghur) and the Hebrew script (Hebrew, Yiddish) write
#: vowels with a few letters (``ا``, ``و``, ``ی``, ``ە``; ``א``, ``ו``, ``י``, ``ע``) or not at all, so their
#: names are also compared by their consonants (:func:`_skeleton`). A table of letters, no table of names
#: (held in :mod:`linkcheck.romanise`; ``ու`` is ``u``, see _romanised_key).
_ROMANISE_TABLE = str.maketrans({**ARMENIAN_LETTERS, **ARABIC_SCRIPT_LETTERS, **HEBREW_LETTERS})


@functools.lru_cache(maxsize=16384)
def _romanised_key(key: str) -> str:
    """A key :func:`fold` left in another script (Georgian, Armenian, Arabic, Hebrew), in Latin letters as
    :func:`loose` spells them; unchanged when a letter of it has no romanisation here."""
    roman = transliterate(key.replace("ու", "u")).translate(_ROMANISE_TABLE)
    return loose(roman) if roman.isascii() else key


#: A letter of Hangul or of the Devanagari, Bengali and Tamil scripts (added in art39): names in them are
#: romanised from the token as written (:func:`_syllabic_key`), since :func:`fold` drops their vowel signs.
_SYLLABIC = lazy_re(r"[\u0900-\u097f\u0980-\u09ff\u0b80-\u0bff\u1100-\u11ff\uac00-\ud7af]")
# The scripts of India (:data:`~linkcheck.romanise.INDIC_CONSONANTS`): a consonant letter carries the vowel
# ``a`` unless a vowel sign or the virama (Tamil's pulli) follows it; a name's last consonant is read without
# it, as Hindi and Bengali say it (``भास्कर``: bhaskar; ``তাস``, ``तास``: tas). Hangul is read as spelt
# (:data:`~linkcheck.romanise.HANGUL_SPELT`: ``ㅡ`` written as nothing, ``스`` for s; a last consonant as
# written).


@functools.lru_cache(maxsize=4096)
def _syllabic_key(token: str) -> str:
    """A word of Hangul, Devanagari, Bengali or Tamil (:data:`_SYLLABIC`) in Latin letters as :func:`loose`
    spells them (``타스``: tas, ``டாஸ்``: tas, ``ராய்ட்டர்ஸ்``: raitars); the letters of other scripts in
    it, and its punctuation, are left out."""
    out: list[str] = []
    pending = False  # a consonant written, its inherent vowel not yet
    for ch in unicodedata.normalize("NFC", token.casefold()):
        code = ord(ch) - 0xAC00
        if 0 <= code < HANGUL_SYLLABLES:  # a Hangul syllable: its first consonant, vowel and last consonant
            out.append(hangul_syllable(code, HANGUL_SPELT))
        elif (consonant := INDIC_CONSONANTS.get(ch)) is not None:
            if pending:
                out.append("a")
            out.append(consonant)
            pending = True
            continue
        elif (vowel := INDIC_VOWELS.get(ch)) is not None:
            out.append(vowel)
        elif ch in VIRAMAS:
            pass
        elif ch.isascii() and ch.isalnum():
            if pending:
                out.append("a")
            out.append(ch)
        else:
            continue  # a nukta, a vowel's nasal mark, punctuation
        pending = False
    return loose("".join(out).replace("lr", "ll"))


#: Hangul writes every v and f of a borrowed name with ``ㅂ``/``ㅍ``, and no r after a vowel (``블룸버그``:
#: Bloomberg); Tamil one letter for k and g, t and d, p and b (``தினமலர்``: Dinamalar). Their names are
#: compared with a host's consonants so (:func:`_skeleton`).
_HANGUL = lazy_re(r"[\u1100-\u11ff\uac00-\ud7af]")
_TAMIL = lazy_re(r"[\u0b80-\u0bff]")
_CODA_R = lazy_re(r"(?<=[aeiouy])r(?![aeiouy])")
_UNVOICED = str.maketrans("gdb", "ktp")
_VOICED = {"k": "g", "t": "d", "p": "b"}


def _script_skeleton(word: str, script: str) -> str:
    """:func:`_skeleton` of ``word``, as a name in ``script`` (``""``, ``"hangul"``, ``"tamil"``) is read."""
    if script == "hangul":  # one letter for g and k, d and t too (``인테르팍스``: interfax, art42)
        word = _CODA_R.sub("", word).replace("b", "").replace("p", "").replace("f", "")
        return _skeleton(word).translate(_UNVOICED)
    if script == "tamil":
        return _skeleton(word).translate(_UNVOICED)
    return _skeleton(word)


#: The letters of the Arabic and Hebrew scripts, which write few vowels (:func:`_skeleton`).
_ABJAD = lazy_re(r"[\u0590-\u05ff\u0600-\u06ff\ufb1d-\ufb4f]")
#: The letters of the Arabic script (:func:`_abjad_spelled`).
_ARABIC_SCRIPT = lazy_re(r"[\u0600-\u06ff]")
#: What :func:`_skeleton` drops: vowels and the letters that the Arabic and Hebrew scripts write vowels with.
_VOWELS = lazy_re(r"[aeiouyvw]")


def _skeleton(word: str) -> str:
    """The consonants of a romanised word (``reuters``: ``rtrs``; ``رویترز``, romanised ``ruitrz``, too):
    vowels and ``v``/``w`` (the letters ``و``/``ו`` write ``o``, ``u`` and ``v``) dropped, ``z`` as ``s``,
    doubles single."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", word).replace("z", "s"))


#: :data:`_GENERIC_WORDS`' consonants (of three letters at least), which a name of Arabic or Hebrew script
#: may end with as a Latin one does (``رىيا نوۋوستى``, romanised ``riia nuvusti``: RIA Novosti).
_GENERIC_SKELETONS = frozenset(k for w in _GENERIC_WORDS if len(k := _skeleton(w)) >= 3)
#: A name of Arabic or Hebrew script is taken on its consonants when it has this many at least: fewer match
#: by chance (``رأي``, "opinion", has the one of ``ria``).
_SKELETON_LETTERS = 3


def _skeleton_match(keys: tuple[str, ...], label: str, script: str = "") -> tuple[int, int, int] | None:
    """The longest run of ``keys`` (romanised from Arabic or Hebrew script) whose consonants are the host
    label's (``(i, j, 2)``), or ``None``: their vowels are written by few letters or none. ``script``: see
    :func:`_script_skeleton` (Hangul and Tamil names, which write some Latin letters with one, art39)."""
    wanted = _script_skeleton(label, script)
    if len(wanted) < _SKELETON_LETTERS:
        return None
    n = len(keys)
    for size in range(n, 0, -1):
        for i in range(n - size + 1):
            if _script_skeleton("".join(keys[i : i + size]), script) == wanted:
                return (i, i + size, 2)
    return None


# --- acronyms written as their letters' names, names in the Arabic script (art40) -----------------------

#: Punctuation around a word that is no part of it (Arabic's comma, Urdu's full stop, quotes, brackets).
_AROUND_WORD = "\"'«»“”„‘’()[].,;:!?\u060c\u061b\u06d4\u0964"


@functools.lru_cache(maxsize=16384)
def _letter_names(token: str) -> str:
    """The Latin letters ``token`` writes by their names, the punctuation around it aside
    (:func:`~linkcheck.romanise.letters_named`): ``Би-би-си`` bbc, ``«पीटीआई»`` pti, a one-letter ``Си`` c;
    ``""`` when a part of it is no letter's name (``кто-то``, ``Нью-Йорк``, ``बीच``)."""
    return letters_named(token.strip(_AROUND_WORD))


def _merged_letter_names(phrase: str, spans: list[tuple[int, int]], keys: list[str]) -> None:
    """Join runs of words that are each one letter's name, parted by spaces (Bulgarian ``Би Би Си``, Arabic
    ``سي إن إن``), into one word whose key is their letters (in place). A Cyrillic or Greek name is
    capitalised when so parted (the conjunction ``и`` is a letter's name too)."""
    k = 0
    while k < len(spans):
        end = k
        while end < len(spans):
            start, stop = spans[end]
            word = phrase[start:stop]
            letters = _letter_names(word) if not word.isascii() else ""
            if (
                len(letters) != 1
                or (ord(word[0]) < 0x0600 and not word[0].isupper())
                or (end > k and phrase[spans[end - 1][1] : start].strip(" \t"))
            ):
                break
            end += 1
        if end - k >= 2:
            letters = "".join(_letter_names(phrase[a:b]) for a, b in spans[k:end])
            spans[k:end] = [(spans[k][0], spans[end - 1][1])]
            keys[k:end] = [loose(letters)]
        k += 1


#: Spellings in Latin letters (as :func:`loose` spells them: j as i, w as v, c and q as k, kh as h) of the
#: Arabic script's consonants (Arabic, Persian, Urdu), for :func:`_abjad_spelled`.
_ABJAD_CONSONANTS = {
    "ب": "b|p", "پ": "p", "ت": "t", "ط": "t", "ٹ": "t", "ث": "s|t|th", "ج": "i|g|di", "چ": "ch|tch|k",
    "ح": "h", "خ": "h|ks", "د": "d", "ڈ": "d", "ض": "d|z", "ذ": "z|d|dh|th", "ظ": "z|dh", "ر": "r", "ڑ": "r",
    "ز": "z|s", "ژ": "zh|i", "س": "s", "ص": "s", "ش": "sh|ch|s", "غ": "gh|g", "ف": "f|v", "ڤ": "v",
    "ق": "k|g", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ں": "n", "ه": "h", "ہ": "h",
    "ھ": "h", "ڕ": "r", "ڵ": "l", "ۋ": "v", "ڭ": "ng",
}  # fmt: skip
#: The letters the Arabic script writes vowels with (and ``و`` v, ``ی`` y), and what a run of them asks of the
#: host's vowels: ``ا`` an a, ``و`` an o, u or v, ``ی`` an i or e (y is i); hamza's seats and ain ask nothing.
_ABJAD_VOWELS = {
    "ا": "a", "آ": "a", "أ": "", "إ": "ie", "و": "ouv", "ۆ": "ouv", "ۇ": "ouv", "ي": "ie", "ی": "ie",
    "ى": "ie", "ې": "ie", "ێ": "ie", "ے": "ie", "ە": "ae", "ئ": "", "ؤ": "", "ء": "", "ع": "",
}  # fmt: skip
#: A host's vowels between letters the name writes (``loose`` spells w as v, y as i).
_HOST_VOWELS = "[aeiouv]"


@functools.lru_cache(maxsize=4096)
def _abjad_pattern(token: str) -> str:
    """A regex of the Latin spellings of a word in the Arabic script (``""`` when a letter of it is not
    read): consonants in order, each spelled its ways, with at most two short vowels after it (the script
    does not write them); a run of vowel letters is a run of the host's vowels holding what they ask
    (:data:`_ABJAD_VOWELS`: ``ایرنا`` irna, not ``ایران``; ``الجزيرة`` aliazera, not ``الجزائر``); the
    article ``ال`` as al, el, a or nothing; a last ``ة`` as a, ah, at, e or nothing, a last ``ه`` as h, e, a
    or nothing (Persian's silent he); alef first any vowel (``ایرنا``: i)."""
    word = unicodedata.normalize("NFC", token.strip(_AROUND_WORD))
    word = "".join(c for c in word if not "\u064b" <= c <= "\u0652" and c not in "\u0670\u0640\u200c")
    if len(word) < 2:
        return ""
    out = []
    if word.startswith("ال") and len(word) > 3:
        out.append("(?:al|el|a)?")
        word = word[2:]
    k = 0
    while k < len(word):
        ch = word[k]
        last = k == len(word) - 1
        if ch in _ABJAD_VOWELS:
            run = k
            while k < len(word) and word[k] in _ABJAD_VOWELS:
                k += 1
            asks = [_ABJAD_VOWELS[c] for c in word[run:k]]
            if run == 0 and word[0] in "اأإآ":
                asks[0] = ""  # a word's first alef carries whatever vowel follows it
            needs = [a for a in asks if a]
            if len(needs) == 1:
                out.append(f"{_HOST_VOWELS}*[{needs[0]}]{_HOST_VOWELS}*")
            else:
                out.append(f"{_HOST_VOWELS}+" if needs else f"{_HOST_VOWELS}*")
            continue
        if ch == "ة" and last:
            out.append("(?:a|ah|at|e)?")
        elif ch in "هہ" and last and k > 0:
            out.append("(?:h|e|a)?")
        elif (spelled := _ABJAD_CONSONANTS.get(ch)) is not None:
            out.append(f"(?:{spelled})[aeiou]{{0,2}}" if not last else f"(?:{spelled})e?")
        else:
            return ""
        k += 1
    return "".join(out)


def _abjad_firsts(word: str) -> str:
    """The first letters a host spelled by ``word`` (:func:`_abjad_pattern`) may have."""
    if word.startswith("ال") and len(word) > 3:
        return "ae" + _abjad_firsts(word[2:])
    if not word or word[0] in _ABJAD_VOWELS:
        return "aeiouv"
    return "".join(
        alternative[0] for alternative in _ABJAD_CONSONANTS.get(word[0], "").split("|") if alternative
    )


#: The generic words (:data:`_GENERIC_WORDS`) a host may add after the name it spells (hamshahrionline).
_GENERIC_TAIL = "(?:" + "|".join(sorted(_GENERIC_WORDS, key=len, reverse=True)) + ")?"
#: The fewest letters of a host label that :func:`_abjad_spelled` reads a name for: fewer are spelled by many
#: words (``رأي``, "opinion", spells ria with its vowels).
_ABJAD_LABEL = 4


@functools.lru_cache(maxsize=4096)
def _abjad_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern + _GENERIC_TAIL)


def _abjad_spelled(phrase: str, info: _Phrase, label: str) -> tuple[int, int, int] | None:
    """The longest run of the phrase's words in the Arabic script that spells ``label`` letter by letter
    (:func:`_abjad_pattern`, perhaps with a generic word after it), as ``(i, j, 2)``; else ``None``."""
    if len(label) < _ABJAD_LABEL:
        return None
    patterns = [_abjad_pattern(phrase[a:b]) for a, b in info.spans]
    # a host that adds "the" (themoscowtimes) to a name Arabic writes without it (``موسكو تايمز``, art43)
    the = "(?:the)?" if label.startswith("the") and len(label) >= _BARE_LABEL else ""
    n = len(patterns)
    for size in range(n, 0, -1):
        for i in range(n - size + 1):
            run = patterns[i : i + size]
            if all(run) and _abjad_regex(the + "".join(run)).fullmatch(label):
                return (i, i + size, 2)
    return None


#: A case ending written after a name with a hyphen (Georgian ``РИА Новости-ს``, Ossetian ``-йæн``, added
#: after art36's leftovers): one to four lower-case letters at a word's end, cut from a name that is not
#: ASCII (an ASCII name's hyphen joins its words: ``Tages-Anzeiger``).
_CASE_ENDING = lazy_re(r"(?<=\w\w)-([^\W\d_]{1,4})[.,;:]*$")


def _without_case_ending(text: str) -> str:
    """``text`` less a lower-case :data:`_CASE_ENDING` at its end."""
    ending = _CASE_ENDING.search(text)
    return text[: ending.start()] if ending is not None and ending.group(1).islower() else text


#: A token of a phrase: a run of characters other than white space, and other than Chinese, Japanese and
#: Korean script, which glues words to a Latin name with no space (``NHKによると``: NHK); a run of Hangul
#: syllables is a token of its own (art39: ``블룸버그``).
_TOKEN = lazy_re(
    r"[^\s\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]+|[\uac00-\ud7af]+"
    r"|[\u30a1-\u30fa\u30fc]+"
)


@dataclass(frozen=True)
class _Phrase:
    """What :func:`find_mentions` reads of a capitalised phrase, whatever the labels (cached per phrase)."""

    #: For an ASCII phrase, the first letters (as :func:`loose` spells them) of its alphanumeric runs.
    ascii_firsts: frozenset[str] | None
    #: ``(start, end)`` of each token (a run of non-space characters) in the phrase.
    spans: tuple[tuple[int, int], ...]
    keys: tuple[str, ...]
    #: The first letters of the keys.
    firsts: frozenset[str]


@functools.lru_cache(maxsize=16384)
def _phrase(phrase: str) -> _Phrase:
    ascii_firsts = None
    if phrase.isascii():
        firsts = _ASCII_FIRSTS.findall(phrase.lower())
        ascii_firsts = frozenset(_LOOSE_FIRST.get(c) or _LOOSE_FIRST.get(c[0], c[0]) for c in firsts)
    tokens = list(_TOKEN.finditer(phrase))
    key_list = [_token_key(t.group(0)) for t in tokens]
    spans = [t.span() for t in tokens]
    if not phrase.isascii() and len(spans) > 1:  # "Би Би Си", "سي إن إن": one acronym (art40)
        _merged_letter_names(phrase, spans, key_list)
    keys = tuple(key_list)
    key_firsts = frozenset(k[0] for k in keys if k)
    if not phrase.isascii() and _ARABIC_SCRIPT.search(phrase):  # how a host spelled by it may start (art40)
        key_firsts |= frozenset(
            first for a, b in spans for first in _abjad_firsts(phrase[a:b].strip(_AROUND_WORD))
        )
    if not phrase.isascii() and _TAMIL.search(phrase):  # one Tamil letter for k and g, t and d, p and b
        key_firsts |= frozenset(_VOICED.get(first, first) for first in key_firsts)
    if "g" in key_firsts and not phrase.isascii() and _CYRILLIC_NAME_LETTER.search(phrase):
        key_firsts |= {"h"}  # a Ukrainian or Belarusian ``г`` is spelled h (art47: _NATIONAL_SPELLINGS)
    if not phrase.isascii() and _KATAKANA.search(phrase):  # a name by its sound may start any host (art41)
        key_firsts |= _ANY_FIRST
    return _Phrase(ascii_firsts, tuple(spans), keys, key_firsts)


_NAME_END = lazy_re(r"[.,;:'’¹²³⁰⁴-⁹]+$|['’](?:s|[a-zçğıöşü]{1,4})[¹²³⁰⁴-⁹]*$")


_CAMEL = lazy_re(r"[a-z][A-Z]")


class _Named(NamedTuple):
    """A host label's name in a phrase (:func:`_named`), offsets relative to the phrase."""

    start: int
    end: int
    name: str
    words: int
    quality: int
    #: An acronym, or a name of two or more identifying words: a mention without a reporting cue.
    strong: bool


@functools.lru_cache(maxsize=16384)
def _named(phrase: str, label: str) -> _Named | None:
    """Where and how ``phrase`` names ``label``, whatever surrounds it (cached per phrase and label)."""
    info = _phrase(phrase)
    span = _match(info.keys, label)
    if not phrase.isascii() and (_ABJAD.search(phrase) or _SYLLABIC.search(phrase)):
        # A name in a script that writes vowels little or not at all (romanised: ``tas`` of ``تاس``):
        # doubles single, as in the label's spelling (``tass``), or its consonants (:func:`_skeleton`). So
        # too a name in Hangul or a script of India, whose borrowed names spell a Latin host's sounds, not
        # its letters (``ராய்ட்டர்ஸ்``, romanised ``raitars``: Reuters; art39).
        script = "hangul" if _HANGUL.search(phrase) else "tamil" if _TAMIL.search(phrase) else ""
        if span is None and _DOUBLED.search(label):
            span = _match(info.keys, _DOUBLED.sub(r"\1", label))
        arabic = _ARABIC_SCRIPT.search(phrase) is not None
        if span is None and arabic:  # its letters, vowels and all (art40)
            span = _abjad_spelled(phrase, info, label)
        if span is None and (not arabic or len(_skeleton(label)) > _SKELETON_LETTERS):
            # a name in the Arabic script spelling the host's consonants only, not its vowels, where those
            # are more than the fewest: three consonants in order are matched by chance by a word that writes
            # other vowels (``الجزائر``, Algeria, has aljazeera's; art40)
            span = _skeleton_match(info.keys, label, script)
        if span is not None:  # its generic words after it (``نوۋوستى``) and before it (``दैनिक``, art39)
            i, j = span[0], span[1]
            while j < len(info.keys) and (
                _script_skeleton(info.keys[j], script) in _GENERIC_SKELETONS
                # the Arabic script writes v with ``ف`` (``ريا نوفوستي``, romanised ``ria nufusti``, art42)
                or (arabic and _skeleton(info.keys[j].replace("f", "v")) in _GENERIC_SKELETONS)
            ):
                j += 1
            while i > 0 and _script_skeleton(info.keys[i - 1], script) in _GENERIC_SKELETONS:
                i -= 1
            span = (i, j, span[2])
    if span is None and not phrase.isascii():  # katakana by its sound, Arabic initials (art41)
        if _KATAKANA.search(phrase):
            span = _kana_spelled(phrase, info, label)
        elif _ARABIC_SCRIPT.search(phrase):
            span = _initials_spelled(phrase, info, label)
    if span is None and not phrase.isascii() and _CYRILLIC_NAME_LETTER.search(phrase):
        span = _cyrillic_spelled(phrase, info, label)  # other romanisations, stems (art47)
    if span is None and label[-1] in _GENERIC_LAST:  # an acronym, then a generic word: PTI on ptinews (art40)
        span = _acronym_then_generic(phrase, info, label)
    if span is None and len(label) >= _CODED_LABEL and label[-2:] in _COUNTRY_CODES:
        span = _country_coded(info.keys, label)  # the name, then its country's code: gordonua (art48)
    if span is None and len(info.keys) >= 2:  # initials, then a word: bv-obozrevatel (art48)
        span = _initials_and_word(phrase, info.keys, label)
    if span is None and len(info.keys) >= 2 and len(label) >= 2 * _NAME_STEM:
        span = _stems_spelled(info.keys, label, last_whole=False)  # words cut: woodmac (art49)
        if span is not None and span[0] > 0 and info.keys[span[0] - 1] not in _STOPWORDS:
            span = None  # a capitalised word before the cut ones is the name's (Dublin Commuter Coalition)
    if span is None and len(info.keys) >= _SITE_INITIALS:
        span = _initials_then_site_word(info.keys, label)  # initials, another word: cwa-records (art49)
    if span is None:
        return None
    i, j, quality = span
    if j < len(info.keys):
        if quality == 2:
            j = _extended(phrase, info, j)
        elif j - i >= 3 and info.keys[j] in _INITIALS_END_WORDS:  # "Electricity Markets and Policy Group"
            j += 1
    first = i
    if quality == 2 and i > 0:
        i = _leading_words(info.keys, i, j)
    start, end = info.spans[i][0], info.spans[j - 1][1]
    raw = phrase[start:end]
    name = _NAME_END.sub("", " ".join(raw.split()))
    if not name.isascii() and len(_letter_names(name.rsplit(None, 1)[-1])) < 2:  # not "Би-би-си" (art40)
        name = _without_case_ending(name)
    if quality == 0 and j - i == 1:  # an inflected name (art44): its dictionary form where the host spells it
        name = _uninflected(name, label)
    if name.lower().startswith("the ") and not label.startswith("the"):
        name = name[4:]
    elif name.startswith("the "):
        name = "The " + name[4:]
    acronym = j - i == 1 and _POSSESSIVE.sub("", raw.rstrip(".,;:")).isupper() and len(label) >= 2
    compound = quality == 2 and sum(1 for k in info.keys[i:j] if k not in _STOPWORDS) >= 2
    # One word with a capital inside (FreightWaves, TechCrunch) is a coined name, as telling as an acronym.
    camel = j - i == 1 and quality == 2 and _CAMEL.search(raw) is not None
    # A name read on before the host's words may be another body's that holds them (the World Health
    # Organization beside health.go.ke): it names the host only where outlets are named (a reporting cue).
    strong = (acronym or compound or camel) and first == i
    return _Named(start, end, name, j - i, 2 if strong else quality, strong)


#: A Cyrillic letter: a phrase holding one may spell its host by another romanisation (art47).
_CYRILLIC_NAME_LETTER = lazy_re(r"[\u0400-\u04ff]")
#: The letters whose romanisation hosts write otherwise than :func:`~linkcheck.names.fold`'s (``г`` g, ``ц``
#: ts, ``е`` e, ``ью`` yu), as the national Latin spellings write them (art47): Ukrainian's and Belarusian's
#: ``г`` is ``h`` (``оглядач``, ohliadach; ``Громадське``, hromadske), the Serbian, Croatian, Polish and
#: Belarusian Latin alphabets write ``ц`` as ``c`` (``Блиц``, blic), a vowel letter after an apostrophe, a
#: soft or hard sign or another vowel is ``y`` and the vowel (BGN/PCGN: ``кур’ер``, kurier), and Russian
#: writes the English ``ew`` of a loanword as ``ью`` (``Ньюс``, news). Letters, no names.
_NATIONAL_SPELLINGS = lazy_re(r"(?i)(?<=[аеёиоуыэюяіїєў'’ьъ])[еёюя]|ью|[гц]")
_NATIONAL_LETTERS = {"г": "h", "ц": "c", "ью": "ew", "е": "ye", "ё": "yo", "ю": "yu", "я": "ya"}
#: The fewest letters of a word's stem a host spells in place of the word (``sever`` of ``северный``).
_NAME_STEM = 3


def _national_key(token: str) -> str:
    """:func:`_token_key` of a Cyrillic ``token`` spelled by :data:`_NATIONAL_SPELLINGS`."""
    spelled = _NATIONAL_SPELLINGS.sub(lambda m: _NATIONAL_LETTERS[m.group().lower()], token.lower())
    return _token_key(spelled)


def _stems_spelled(keys: tuple[str, ...], label: str, last_whole: bool = True) -> tuple[int, int, int] | None:
    """The run of two to four ``keys`` whose words, each whole or cut to a stem of :data:`_NAME_STEM` letters
    or more, the last whole, spell ``label`` in order (``Военный обозреватель`` on voenobozrevatel,
    ``Ближневосточный вестник`` on blizhvestnik), as ``(i, j, 1)``: quality 1, named only where outlets
    are named; else ``None``. With ``last_whole`` false the last word too may be cut (art49: ``Wood
    Mackenzie`` on woodmac, ``Government Executive`` on govexec, ``Natural Gas Intelligence`` on
    naturalgasintel)."""

    def spelled(i: int, j: int, pos: int) -> bool:
        if i == j - 1:
            rest = label[pos:]
            return rest == keys[i] or (
                not last_whole and len(rest) >= _NAME_STEM and keys[i].startswith(rest)
            )
        word = keys[i]
        return any(
            label.startswith(word[:cut], pos) and spelled(i + 1, j, pos + cut)
            for cut in range(min(len(word), len(label) - pos), _NAME_STEM - 1, -1)
        )

    for i in range(len(keys) - 1):
        if len(keys[i]) < _NAME_STEM or not label.startswith(keys[i][:_NAME_STEM]):
            continue  # the first word gives three letters or more (a cheap rejection)
        for j in range(min(len(keys), i + 4), i + 1, -1):
            if (label.endswith(keys[j - 1]) or not last_whole) and spelled(i, j, 0):
                return (i, j, 1)
    return None


def _cyrillic_spelled(phrase: str, info: _Phrase, label: str) -> tuple[int, int, int] | None:
    """Where ``phrase``, holding Cyrillic, spells ``label`` by the national romanisations
    (:data:`_NATIONAL_SPELLINGS`) or by its words' stems (:func:`_stems_spelled`), as :func:`_match` gives
    it; else ``None`` (added by art47)."""
    national = tuple(
        _national_key(phrase[a:b]) if _NATIONAL_SPELLINGS.search(phrase, a, b) else key
        for (a, b), key in zip(info.spans, info.keys, strict=True)
    )
    span = _match(national, label) if national != info.keys else None
    if span is not None and span[2] == 0:
        span = None  # an inflected reading is the table's, not another romanisation's
    for keys in (info.keys, national) if span is None else ():
        span = _stems_spelled(keys, label)
        if span is not None:
            break
    return span


#: The last letters of the generic words (a cheap gate for :func:`_acronym_then_generic`).
_GENERIC_LAST = frozenset(word[-1] for word in _GENERIC_WORDS)
#: The fewest letters of an acronym that :func:`_acronym_then_generic` reads before a generic word.
_ACRONYM_LETTERS = 3
#: The most letters of a word in Latin capitals read so: a longer one is a word set in capitals (a dateline's
#: ``MOSCOW`` before themoscowtimes.com, ``ANTARA`` on antaranews.com, which its own rules read).
_ACRONYM_MOST = 4


def _acronym_then_generic(phrase: str, info: _Phrase, label: str) -> tuple[int, int, int] | None:
    """The word of ``phrase`` that is an acronym (in capitals, or written by its letters' names: ``पीटीआई``)
    whose letters begin ``label`` and a generic word ends it (``PTI`` on ptinews.com, ``ANI`` on
    aninews.in), as ``(i, i + 1, 2)``; else ``None`` (added in art40)."""
    for i, (start, end) in enumerate(info.spans):
        key = info.keys[i]
        if (
            len(key) < _ACRONYM_LETTERS
            or not label.startswith(key)
            or label[len(key) :] not in _GENERIC_WORDS
        ):
            continue
        word = phrase[start:end].strip(_AROUND_WORD)
        if (word.isascii() and word.isupper() and word.isalpha() and len(word) <= _ACRONYM_MOST) or (
            not word.isascii() and len(_letter_names(word)) >= _ACRONYM_LETTERS
        ):
            j = i + 1
            while j < len(info.keys) and info.keys[j] in _GENERIC_WORDS:  # "GMA News" on gmanetwork.com
                j += 1
            return (i, j, 2)
    return None


#: The ISO 3166-1 two-letter codes of the countries that :func:`loose` leaves as they are: a host may add its
#: country's code to the outlet's name (``gordonua`` for ``Гордон``, ``punchng`` for The Punch; added by
#: art48). A standard's table, no outlets'. A code :func:`loose` spells otherwise (``aq`` ak, ``cz`` kz,
#: ``by`` bi) is left out: its loose form is another code or none, and would read a host's own letters
#: (``woodmac``, loose ``woodmak``, is no ``woodm`` and Antarctica's ``aq``).
_COUNTRY_CODES = frozenset(
    code
    for code in (  # noqa: SIM905 - a list of codes, read as one
        "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt "
        "bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh "
        "er es et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht "
        "hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls "
        "lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni "
        "nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg "
        "sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug "
        "um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw"
    ).split()
    if loose(code) == code
)
#: The fewest letters of a name's key a country's code follows on a host (``punh``, :func:`loose`'s
#: ``punch``): a shorter word and two letters are as often another word (``bus`` + ``hy``).
_CODED_NAME = 4
_CODED_LABEL = _CODED_NAME + 2


def _country_coded(keys: tuple[str, ...], label: str) -> tuple[int, int, int] | None:
    """The run of ``keys`` naming ``label`` without its last two letters, a country's code
    (:data:`_COUNTRY_CODES`: ``Гордон`` on gordonua.com, ``Premium Times`` on premiumtimesng.com), in whole
    words, as ``(i, j, 1)``: quality 1, named only where outlets are named (added by art48); else ``None``."""
    stem = label[:-2]
    if not any(len(key) > 2 and key in stem for key in keys):
        return None  # cheap rejection: a reading in whole words spells one of them in the stem
    span = _match(keys, stem)
    return (span[0], span[1], 1) if span is not None and span[2] == 2 else None


#: The fewest letters of a compound word's parts whose second part's initial a host spells (``ближне`` +
#: ``восточный``, ``bv``): the first part's, with its linking vowel, and the second's.
_COMPOUND_HEAD = 4
_COMPOUND_TAIL = 5
_LINKING_VOWEL = frozenset("oe")
_KEY_VOWELS = frozenset("aeiouy")


def _initials_and_word(phrase: str, keys: tuple[str, ...], label: str) -> tuple[int, int, int] | None:
    """The run of ``keys`` whose words but the last give their initials and whose last word is whole, spelling
    ``label`` in order (added by art48): ``Новая городская газета`` on ng-gazeta (``n``, ``g``, ``gazeta``;
    the hyphen gone, the last initial is the word's own first letter, as :func:`loose` writes a doubled
    letter once), ``Ближневосточный обозреватель`` on bv-obozrevatel, where a Slavic compound word
    (``ближне-восточный``, its parts joined by a linking ``о`` or ``е``) gives both its parts' initials. Two
    initials or more (one and a word is ``That TASS`` on tass.ru, no name), the last word of four letters or
    more; quality 1, named only where outlets are named. Else ``None``."""
    slavic = not phrase.isascii() and _CYRILLIC_NAME_LETTER.search(phrase) is not None

    def spells(i: int, j: int, head: str) -> bool:
        if i == j:
            return not head
        word = keys[i]
        if not head or not word or head[0] != word[0]:
            return False
        if spells(i + 1, j, head[1:]):
            return True
        return (
            slavic
            and len(head) > 1
            and any(
                word[k] == head[1]
                and word[k - 1] in _LINKING_VOWEL
                and word[k] not in _KEY_VOWELS
                and spells(i + 1, j, head[2:])
                for k in range(_COMPOUND_HEAD, len(word) - _COMPOUND_TAIL + 1)
            )
        )

    for j in range(2, len(keys) + 1):
        last = keys[j - 1]
        if len(last) < 4 or not label.endswith(last[1:]):
            continue
        heads = [label[: len(label) - len(last)]] if label.endswith(last) else []
        if label[-len(last)] == last[0]:  # the last initial is the word's own first letter, written once
            heads.append(label[: len(label) - len(last) + 1])
        for head in heads:
            if len(head) < 2:
                continue
            for i in range(max(0, j - 1 - len(head)), j - 1):
                if spells(i, j - 1, head):
                    return (i, j, 1)
    return None


#: The fewest initials of a name a host spells before a word of its own (``cwa`` of ``cwa-records``), and the
#: fewest letters of that word: two initials and a word are as often another name's (art49).
_SITE_INITIALS = 3
_SITE_WORD = 4


def _initials_then_site_word(keys: tuple[str, ...], label: str) -> tuple[int, int, int] | None:
    """The run of three to five ``keys`` (joining stopwords left out) whose initials begin ``label``, a word
    of the site's own ending it (``Coastal Water Agency`` on cwa-records, ``The Library Staff Association``
    on lsa-northfield: a place, a service), as ``(i, j, 1)``: quality 1, named only where outlets are named
    (added by art49). The run is the phrase's last words, the name's end; else ``None``."""
    n = len(keys)
    for i in range(max(0, n - 5), n - _SITE_INITIALS + 1):
        if not keys[i] or keys[i][0] != label[0] or keys[i] in _STOPWORDS:
            continue
        initials = "".join(k[0] for k in keys[i:] if k and k not in _STOPWORDS)
        if (
            len(initials) >= _SITE_INITIALS
            and len(label) - len(initials) >= _SITE_WORD
            and label.startswith(initials)
            and keys[-1] not in _STOPWORDS
        ):
            return (i, n, 1)
    return None


def _leading_words(keys: tuple[str, ...], i: int, j: int) -> int:
    """Where a name whose words from ``keys[i]`` spell a host starts (added in art39): before an
    organisation's word and ``of`` (``Ministry of Health`` on health.go.ke, ``Department of the Interior``)
    and the phrase's capitalised words before it,
    or, when the phrase opens with "the" and the name ends it, after that "the" (``The Kenya Red Cross`` on
    redcross.or.ke, ``the National Weather Service`` on weather.gov): the article says where the name starts,
    the phrase's end where it ends. Not over a joiner (``The Associated Press and Reuters``)."""
    start = 1 if keys[0] == "the" else 0
    if i >= 2 and keys[i - 1] == "of" and keys[i - 2] in _ORGANISATION_WORDS:
        word = i - 2
    elif i >= 3 and keys[i - 1] == "the" and keys[i - 2] == "of" and keys[i - 3] in _ORGANISATION_WORDS:
        word = i - 3
    elif i >= 2 and j == len(keys) and start == 1:
        word = i
    else:
        return i
    # ... and the capitalised words before the organisation's word, from the phrase's start ("United States
    # Department of State"), unless a joiner stands between (another name).
    return start if all(k not in _STOPWORDS for k in keys[start:word]) else word


#: The last word of an organisation's name after the words that spell its host (``Velo Industry Alliance``
#: on velo-industry.eu, ``Suez Canal Authority`` on suezcanal.gov.eg).
_ORGANISATION_WORDS = frozenset(
    loose(w)
    for w in [
        *("alliance", "association", "federation", "institute", "institution", "council", "authority"),
        *("society", "foundation", "union", "commission", "committee", "bureau", "board", "laboratory"),
        *("centre", "center", "corporation", "verband", "verein", "stiftung", "institut"),
        *("assembly", "forum", "agency", "ministry", "department", "parliament", "academy", "observatory"),
        *("service", "office", "trust", "network", "organisation", "organization", "company", "registry"),
    ]
)


def organisation_author(name: str) -> str | None:
    """``name`` when it is an organisation's (added after the nineteenth held-out batch): two to eight words,
    the first capitalised, the last an organisation's word (``Westmark Water Board``, ``Office for National
    Statistics``... ends with no such word, ``National Audit Office`` does); else ``None``. A reference's
    author that is an organisation is its publisher when it names none other (Wikipedia's ``{{cite report
    |author=Westmark Water Board}}``); a person (``Liv Haugen``, ``Haugen, Liv``) is none."""
    words = name.split()
    if not 2 <= len(words) <= 8 or "," in name or not words[0][:1].isupper():
        return None
    last = loose(words[-1].strip(".").casefold())
    return name.strip() if last in _ORGANISATION_WORDS or last in _COMPANY_WORDS else None


#: A company's legal form ending its name (``Harbour Structures Ltd``, ``Acme Survey GmbH``): an author that
#: is a firm, as an engineering report's (added after the twentieth held-out batch). Only for an author: a
#: name ending so is never a person's.
_COMPANY_WORDS = frozenset(loose(w) for w in ["ltd", "limited", "inc", "llc", "plc", "gmbh"])


#: The last word of a name whose initials spell its host (``Electricity Markets and Policy Group`` on
#: emp.lbl.gov): an organisation's word, or ``Group`` (which after whole words of a name may follow a longer
#: name's other words: ``PostgreSQL`` of ``PostgreSQL Global Development Group``).
_INITIALS_END_WORDS = _ORGANISATION_WORDS | {loose("group")}
#: Joiners after which a name goes on (``Corriere`` ``della Sera``, ``Folha`` ``de S.Paulo``).
_NAME_GOES_ON = frozenset(
    ["della", "dello", "delle", "degli", "dei", "del", "di", "do", "da", "dos", "das", "de"]
)


def _extended(phrase: str, info: _Phrase, j: int) -> int:
    """Where a name whose first words spell a host (ending before token ``j``) ends in its phrase: after an
    organisation's word that follows (``Alliance``), perhaps after one or two more words of its name
    (``Lake District`` ``National Park Authority``), or a Romance joiner and the capitalised word after it
    (``della Sera``): the name as the prose gives it, not the part the host spells."""
    if info.keys[j] in _ORGANISATION_WORDS:
        return j + 1
    for k in range(j + 1, min(j + 3, len(info.keys))):  # "Lake District National Park Authority"
        if info.keys[k] in _ORGANISATION_WORDS:
            return k + 1 if all(key not in _STOPWORDS for key in info.keys[j:k]) else j
    start, end = info.spans[j]
    if j + 1 < len(info.keys) and phrase[start:end] in _NAME_GOES_ON:
        return j + 2
    return j


#: A joiner and a weekday or a month after a name (``RIA Novosti on Thursday``, ``The Moscow Times in
#: January``): the phrase pattern lets ``on`` and ``in`` join a name's words (``Back on Track``), but a day
#: or a month they lead to says when, and ends the name (added after the seed2 probe: "told RIA Novosti on
#: Thursday" named ``RIA``, its generic word taken for more of a longer name, and "told The Moscow Times on
#: Thursday" named nothing).
_TIME_TAIL = lazy_re(
    r"[ \t\r\n]+(?:on|in)[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)(?![\w'’-])"
)


def without_time_tail(phrase: str) -> str:
    """``phrase`` up to a joiner that leads to a weekday or a month (:data:`_TIME_TAIL`), else itself; the
    substring tests (the joiner as a word after a space or a line break) spare every other phrase the search:
    ``in `` alone is in many a name's last letters (``Kremlin``, ``Putin``)."""
    if " on " not in phrase and " in " not in phrase and "\non " not in phrase and "\nin " not in phrase:
        return phrase
    m = _TIME_TAIL.search(phrase)
    return phrase if m is None else phrase[: m.start()]


#: The joiner ``in`` between words of a capitalised phrase (``RIA Novosti in Moscow``).
_IN_JOINER = lazy_re(r"[ \t\r\n]+in[ \t\r\n]+")


def _before_place(phrase: str, label: str, named: _Named) -> _Named:
    """The name ``phrase`` gives ``label`` when an ``in`` after it leads to a place (``RIA Novosti in
    Moscow``, ``in New York``): the phrase pattern lets ``in`` join a name's words (``Life in Norway``,
    ``Business in Vancouver``), so the words after it were read as more of a longer name, and the host's
    word alone was named (``RIA``). When the words before the joiner name the label whole and fuller than
    the phrase does, they are the name, and the joiner starts the place where it was said (added after the
    seed3 probe, the seed2 probe's leftover "told RIA Novosti in Moscow on Thursday"). Left alone: a name
    the words after ``in`` are part of (``Life in Norway`` on lifeinnorway.net: the words before it name no
    label), and a name the phrase already gives whole."""
    best = named
    for m in _IN_JOINER.finditer(phrase, named.start):
        cut = _named(phrase[: m.start()], label)
        if cut is not None and cut.start == named.start and cut.end == m.start() and cut.words > best.words:
            best = cut
    return best


#: The fewest letters of a host label beginning with "the" that :func:`find_mentions` also reads without it
#: (``thehill``: ``HILL``; added after the thirty-ninth held-out matching batch: ``MOSCOW TIMES`` in a
#: Bluebook note for themoscowtimes.com).
_BARE_LABEL = 7


#: The shortest host label read as "e" and a name (:func:`find_mentions`): ``ekathimerini``, not ``enews``.
_E_LABEL = 7
#: A letter of the scripts without capitals whose names :func:`find_mentions` reads in a link's own words.
#: Hangul, Devanagari, Bengali and Tamil too (art39).
_CASELESS = lazy_re(
    r"[\u0590-\u05ff\u0600-\u06ff\u0900-\u09ff\u0b80-\u0bff\u10d0-\u10ff\u30a1-\u30fa\uac00-\ud7af"
    r"\ufb1d-\ufb4f]"
)
#: Their letters and marks, less their punctuation (Arabic's comma ``،``, semicolon, question mark, Urdu's
#: full stop, Hebrew's sof pasuq...).
_CASELESS_WORD = (
    r"[\u0591-\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7-\u05ff\u0610-\u061a\u0620-\u065f\u066e-\u06d3"
    r"\u06d5-\u06ff\u0900-\u0963\u0966-\u09ff\u0b80-\u0bff\u10d0-\u10ff\u30a1-\u30fa\u30fc\uac00-\ud7af"
    r"\ufb1d-\ufb4f\u200c\u200d]+"
)
#: One to four words of those scripts.
_CASELESS_PHRASE = lazy_re(rf"{_CASELESS_WORD}(?:[ \t]+{_CASELESS_WORD}){{0,3}}")


#: A full stop after a word of three letters or more, and a space: a sentence's end
#: inside a capitalised phrase (``РИА Новости. Позже``), where a name ends (added in art39: the phrase read on
#: into the next sentence, and a name with more words after its generic ones was cut to the host's word). An
#: initial (``U.S.``), ``St.`` or ``Co.`` is shorter.
_STOP_IN_PHRASE = lazy_re(r"(?<=[^\W\d_]{3})(?<![^\W\d_]\.[^\W\d_])\.(?= )")


def _sentence_pieces(phrase: str, at: int) -> list[tuple[str, int]]:
    """A capitalised phrase at ``at`` cut after each :data:`_STOP_IN_PHRASE`, with the pieces' offsets."""
    pieces: list[tuple[str, int]] = []
    cut = 0
    for stop in _STOP_IN_PHRASE.finditer(phrase):
        pieces.append((phrase[cut : stop.end()], at + cut))
        cut = stop.end() + 1
    pieces.append((phrase[cut:], at + cut))
    return pieces


#: A lower-case word right after a name.
_LOWER_WORD_NEXT = lazy_re(r"[ \t]+[^\W\d_A-ZА-ЯЁ]")


#: Generic words a host adds after the outlet's name (loose keys): ``np`` (newspaper: ``kobe-np``),
#: ``online``, ``web`` (``mz-web``).
_HOST_SUFFIXES = ("np", "online", "veb")


def find_mentions(prose: str, labels: Iterable[str], *, cue: bool = True) -> list[Mention]:
    """Outlet names in ``prose`` that match one of the host ``labels``, in order. With ``cue=False`` (text
    that can only name an outlet: a link's own text, what follows it in a reference list) a plain word
    needs no reporting cue around it. A label beginning with "the" is also named by a phrase in capitals
    without it (``MOSCOW TIMES`` for themoscowtimes.com, :data:`_BARE_LABEL`): small capitals typed as
    capitals, a Bluebook note's periodical, which drops the "The"; a phrase in ordinary case must spell
    the "the" (``Capitol Hill`` names no thehill.com, ``Atlantic Ocean`` no theatlantic.com)."""
    wanted = sorted({label for label in labels if label})  # sorted: the same mentions whatever the hash seed
    if not wanted:
        return []
    initials = {label[0] for label in wanted}
    # A host that begins with "the" (themoscowtimes.com) is named without it in capitals, as a legal
    # citation sets a periodical in small capitals and drops its "The" (``MOSCOW TIMES``): the label's rest.
    bare = {label: label[3:] for label in wanted if label.startswith("the") and len(label) >= _BARE_LABEL}
    if bare:
        initials |= {rest[0] for rest in bare.values()}
    # A host that is "e" and the outlet's name (ekathimerini.com: an e-edition's address) is named without
    # the "e" (``Kathimerini``), in whole words (added after art36's leftovers).
    eless = {label: label[1:] for label in wanted if label[0] == "e" and len(label) >= _E_LABEL}
    if eless:
        initials |= {rest[0] for rest in eless.values()}
    # A host that adds a generic word to the outlet's name (``hokkaido-np`` for the Hokkaido Shimbun,
    # ``rp-online`` for the Rheinische Post, art44) is named without it.
    suffixed = {
        label: label[: -len(end)]
        for label in wanted
        for end in _HOST_SUFFIXES
        if label.endswith(end) and len(label) - len(end) >= 2
    }
    if suffixed:
        initials |= {rest[0] for rest in suffixed.values()}
    mentions: list[Mention] = []
    found_phrases: Iterable[re.Match[str]] = _PHRASE.finditer(prose)
    if not cue and not prose.isascii() and _CASELESS.search(prose):
        # A link's own words in a script without capitals (Arabic, Hebrew, Georgian): its words are a phrase
        found_phrases = sorted(
            itertools.chain(found_phrases, _CASELESS_PHRASE.finditer(prose)), key=lambda p: p.start()
        )
    for m in found_phrases:
        phrase, at = m.group(), m.start()
        pieces: Sequence[tuple[str, int]] = (
            _possessive_pieces(phrase, at) if "'" in phrase or "’" in phrase else ((phrase, at),)
        )
        if ". " in phrase:  # "РИА Новости. Позже ...": a sentence, and the name, ended at its full stop
            pieces = [piece for whole, start in pieces for piece in _sentence_pieces(whole, start)]
        if cue and phrase[:3] in _BYLINE_WORDS and _byline(prose, m):
            continue  # "By Jane Doe" above the story: its author, not an outlet (art41)
        for phrase, at in pieces:
            if "n " in phrase:  # a joiner "on"/"in" (inlined gate: most phrases have none, and pay no call)
                phrase = without_time_tail(phrase)
            info = _phrase(phrase)
            if info.ascii_firsts is not None and info.ascii_firsts.isdisjoint(initials):
                continue  # cheap rejection: no word of the phrase starts like a host label
            firsts = info.firsts
            if firsts.isdisjoint(initials):
                continue
            found = len(mentions)
            for label in wanted:
                named = _named(phrase, label) if label[0] in firsts else None
                if named is None:
                    rest = bare.get(label) if bare else None
                    if rest is not None and rest[0] in firsts and phrase.isupper():
                        named = _named(phrase, rest)
                    if named is None and eless and (rest := eless.get(label)) and rest[0] in firsts:
                        named = _named(phrase, rest)
                        named = named if named is not None and named.quality == 2 else None
                    if named is None and suffixed and (rest := suffixed.get(label)) and rest[0] in firsts:
                        named = _named(phrase, rest)
                    if named is None:
                        continue
                if "in " in phrase:  # a joiner "in" after the name (inlined gate: few named phrases have one)
                    named = _before_place(phrase, label, named)
                start, end = at + named.start, at + named.end
                if named.quality == 0:  # an inflected name (art44): a genitive before a lower-case noun
                    # names that noun's body ("Tampereen kaupunki", the city of Tampere), unless a cue says
                    # it is a source's ("Iltalehden mukaan")
                    if _LOWER_WORD_NEXT.match(prose, end) and not _has_cue(prose, start, end):
                        continue
                    named = named._replace(quality=1)
                if (
                    named.strong
                    or not cue
                    or _has_cue(prose, start, end)
                    or _own_url_follows(prose, end, label)
                    or _opens_line(prose, start, end)
                    or _own_url_a_line_away(prose, start, end, label)
                ):
                    mentions.append(Mention(named.name, label, start, end, named.words, named.quality))
            if len(mentions) - found > 1:  # several labels named in one phrase: in the order they start
                # A name inside a longer one is part of it (Zeitung of Frankfurter Allgemeine Zeitung).
                here = mentions[found:]
                here = [
                    x
                    for x in here
                    if not any(
                        o.start <= x.start and x.end <= o.end and o.end - o.start > x.end - x.start
                        for o in here
                    )
                ]
                mentions[found:] = sorted(here, key=lambda mention: mention.start)
    if cue and not prose.isascii() and _ARABIC_SCRIPT.search(prose):
        mentions = _abjad_cued(prose, wanted, mentions)
        mentions = _abjad_line_openings(prose, wanted, mentions)
    if not prose.isascii() and _ARABIC_SCRIPT.search(prose) and _ARABIC_INITIALISM.search(prose):
        mentions = _arabic_initialisms(prose, wanted, mentions)
    if cue and not prose.isascii() and _KATAKANA.search(prose):
        mentions = _kana_cued(prose, wanted, mentions)
    if cue and not prose.isascii() and _HANGUL.search(prose):
        mentions = _hangul_cued(prose, wanted, mentions)
    if "社" in prose and not prose.isascii():
        mentions = _named_before_word(prose, wanted, mentions, _HAN_NAMED, _han_spells)
    if not prose.isascii() and any(word in prose for word in _KANJI_WORDS):
        mentions = _named_before_word(prose, wanted, mentions, _KANJI_NAMED, _kanji_spells)
    if not cue and " " in prose and prose[:1].isupper() and not prose.istitle() and len(prose) <= _OWN_WORDS:
        mentions = _spelled_whole(prose, wanted, mentions)
    if "«" in prose:
        mentions = _guillemet_names(prose, wanted, mentions, cue)
    if not prose.isascii() and any(len(label) == 2 for label in wanted):
        mentions = _lower_tail_initials(prose, wanted, mentions, cue)
    return mentions


#: A capitalised word and a lower-case one after it: a Czech or Slovak title capitalises its first word
#: only (``Hospodářské noviny``, ``Hospodářských novin``).
_LOWER_TAIL = lazy_re(r"(?<![\w.])(?P<a>[^\W\d_a-zа-я]\w{2,})[ \t]+(?P<b>[^\W\d_A-ZА-Я]\w{2,})(?![\w-])")


def _lower_tail_initials(prose: str, wanted: list[str], mentions: list[Mention], cue: bool) -> list[Mention]:
    """``mentions`` and the names of two words, the first alone capitalised, whose initials are a host's
    two-letter label (``podle Hospodářských novin``, ``Hospodářské noviny uvedly``: hn.cz; art45), beside a
    cue where ``cue`` asks for one (``Podle Hospodářské komory`` is h and k: no hn). Tried only for a
    two-letter label in a prose that is not ASCII."""
    short = {label for label in wanted if len(label) == 2}
    found = list(mentions)
    for m in _LOWER_TAIL.finditer(prose):
        first, second = m.group("a"), m.group("b")
        key = _token_key(first)[:1] + _token_key(second)[:1]
        if (
            key not in short
            or not first[0].isupper()
            or not second[0].islower()
            or any(x.start <= m.start() < x.end for x in found)
        ):
            continue
        if cue and not _has_cue(prose, m.start(), m.end()):
            continue
        found.append(Mention(m.group(), key, m.start(), m.end(), 2, 1))
    return sorted(found, key=lambda mention: mention.start) if len(found) > len(mentions) else mentions


#: Words of Arabic, Persian and Urdu before an outlet's name, the script having no capitals to mark one
#: (added in art40): "said", "reported", "according to", "agency", "newspaper" (Arabic, with and without
#: the conjunction ``و``), "according to the report of", "news agency", "quoting" (Persian), "agency" (Urdu:
#: ``خبر رساں ادارے``); and Urdu's "according to", "told" after the name.
_ABJAD_CUE_BEFORE = """
    قال قالت وقال وقالت ذكر ذكرت وذكر وذكرت أفاد أفادت وأفاد وأفادت نقلت ونقلت أوردت وأوردت بحسب وبحسب حسب
    وكالة صحيفة قناة شبكة موقع
    به\\s+گزارش خبرگزاری روزنامه به\\s+نقل\\s+از
    ادارے
"""
_ABJAD_CUE_AFTER = r"کے\s+مطابق|نے\s+بتایا|نے\s+کہا"
_ABJAD_WORD = r"[\u0621-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff\u200c]+"
_ABJAD_CUED = lazy_re(
    rf"(?<!\S)(?:(?:{'|'.join(_ABJAD_CUE_BEFORE.split())})\s+)+"  # cues one after another (art42)
    rf"(?P<n>{_ABJAD_WORD}(?:[ \t]+{_ABJAD_WORD}){{0,2}})"
    rf"|(?<!\S)(?P<a>{_ABJAD_WORD}(?:[ \t]+{_ABJAD_WORD}){{0,2}}?)[ \t]+(?:{_ABJAD_CUE_AFTER})(?!\S)"
)


def _abjad_cued(prose: str, wanted: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and the names of Arabic script that a cue (:data:`_ABJAD_CUE_BEFORE`) stands just before,
    or Urdu's ``کے مطابق`` just after, in order (added in art40): ``وقالت رويترز في ...``."""
    found = []
    for m in _ABJAD_CUED.finditer(prose):
        before = m.group("n") is not None
        phrase, at = (m.group("n"), m.start("n")) if before else (m.group("a"), m.start("a"))
        for label in wanted:
            named = _named(phrase, label)
            if (
                named is not None
                and named.quality == 2  # whole words, not initials: the script has no capitals to make them
                and (named.start == 0 if before else named.end == len(phrase))
            ):
                start, end = at + named.start, at + named.end
                if not any(x.label == label and x.start == start for x in mentions):
                    found.append(Mention(named.name, label, start, end, named.words, named.quality))
    return sorted([*mentions, *found], key=lambda mention: mention.start) if found else mentions


# --- katakana names by sound, Arabic initialisms, names opening a line, bylines (art41) ------------------

#: A katakana letter (not the middle dot, not the long-vowel mark).
_KATAKANA = lazy_re(r"[\u30a1-\u30fa]")
#: Every first letter a host may have (a katakana name read by its sound may spell any).
_ANY_FIRST = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
#: How a Latin host spells each consonant of :data:`~linkcheck.romanise.KATAKANA_SOUNDS` (as :func:`loose`
#: spells it: j as i, w as v, ch as h), and each vowel: Japanese hears the English schwa as a (``ター``,
#: -ter), writes oo and ew as u, and a German eu as oi (``ロイ``, Reu-).
_KANA_CONSONANTS = {
    "k": "k", "g": "g|gu|gh", "s": "s|z", "sh": "sh|s", "z": "z|s", "j": "i|g|z", "t": "t|th", "ch": "h|t",
    "ts": "ts|t|z", "d": "d|th", "n": "n", "h": "h", "f": "f|h", "b": "b|v", "p": "p", "m": "m", "y": "i",
    "r": "r|l", "w": "v", "v": "v|b",
}  # fmt: skip
_KANA_VOWELS = {
    "a": "a|u|e|o", "i": "i|e|ea|ie", "u": "u|o|ou|ev", "e": "e|a|ai|ea", "o": "o|oa|ou|au|av|eu|ov",
}  # fmt: skip
#: The fewest katakana letters (the long-vowel mark and ``ン`` counted, small letters not) that
#: :func:`_kana_pattern` reads: shorter words are loanwords more often than names (``ホテル`` hotel,
#: ``ニュース`` news).
_KANA_MORAS = 4


@functools.lru_cache(maxsize=4096)
def _kana_pattern(token: str, floor: int = _KANA_MORAS) -> str:
    """A regex of the Latin spellings of a katakana word read by its sound (``""`` when a letter of it is
    not katakana, or it is short, ``floor``: :data:`_KANA_MORAS`): each letter's consonant its ways, its
    vowel its ways, a vowel ``u`` (``o`` after t and d, ``i`` after sh, ch and j) perhaps not written
    (``ブルームバーグ``: b-loo-m-ber-g), ``イ`` after a vowel perhaps not (``ロイター``: reu-), ``ー`` as a
    vowel, an r after a vowel or nothing, ``ン`` n, m or ng; "the" perhaps before it, s or e perhaps after
    it (added in art41). Added in art42: the parts of a name parted by the middle dot (``モスクワ・タイムズ``)
    read as one word, the vowel before a dot perhaps unwritten (mosk-v); ``a`` perhaps an r after it
    (``インタ``, inter-) and ``アイ`` an i or y (``タイム``, time); an unwritten ``u`` perhaps a silent e
    (times)."""
    word = token.strip(_AROUND_WORD + "・")
    sounds: list[list[str]] = []
    moras = 0
    for ch in word:
        if ch in KATAKANA_SMALL:
            if not sounds or sounds[-1][0] in "-~.":
                return ""
            last = sounds[-1]
            if last[0] == "" and last[1] == "u":  # ウィ, ウェ: wi, we
                last[0] = "w"
            elif last[1] == "i" and ch in "ャュョ" and last[0] not in ("sh", "ch", "j"):
                last[0] += "y"  # キャ: kya
            last[1] = KATAKANA_SMALL[ch]
            continue
        if ch == "ー":
            sounds.append(["-", ""])
        elif ch == "ッ":
            sounds.append(["~", ""])
        elif ch == "・":
            sounds.append([".", ""])
            continue
        elif (sound := KATAKANA_SOUNDS.get(ch)) is not None:
            sounds.append(list(sound))
        else:
            return ""
        moras += 1
    if moras < floor:
        return ""
    out = ["(?:the)?"]
    vowel_before = False
    for at, (consonant, vowel) in enumerate(sounds):
        after = sounds[at + 1] if at + 1 < len(sounds) else ["", ""]
        if consonant in ("~", "."):
            continue  # the host writes the doubled consonant once (loose), and no dot
        if consonant == "-":
            out.append("(?:r(?![aeiou])|[aeiou])?")
        elif not vowel:  # ン
            out.append("(?:n|m|ng)")
            vowel_before = False
        elif not consonant:
            out.append("i?" if vowel_before and vowel == "i" else f"(?:{_KANA_VOWELS[vowel]})")
            vowel_before = True
        else:
            glide = consonant.endswith("y") and len(consonant) > 1
            base = consonant[:-1] if glide else consonant
            silent = (
                vowel == "u"
                or (vowel == "o" and base in "td")
                or (vowel == "i" and base in ("sh", "ch", "j"))
                or after[0] == "."
            )
            spelled = f"(?:{_KANA_CONSONANTS[base]})" + ("i?" if glide else "")
            vowels = _KANA_VOWELS[vowel]
            coda = ""
            if vowel == "a" and after == ["", "i"]:
                vowels = "i|y|" + vowels
            elif vowel == "a" and not silent:
                coda = "(?:r(?![aeiou]))?"
            elif vowel == "u" and silent:
                vowels += "|e"
            out.append(f"{spelled}(?:{vowels})" + ("?" if silent else "") + coda)
            vowel_before = True
    out.append("(?:s|e)?")
    return "".join(out)


#: The fewest katakana letters of a name that a word of "news agency", "paper" or "magazine" follows
#: (``タス通信``), or of a name parted by the middle dot (art42): such a word marks a name, not a loanword.
_KANA_NAMED_MORAS = 2
#: The words after a katakana name that mark it as an outlet's (art42).
_KANA_AGENCY = ("通信", "紙", "誌")


def _kana_spelled(phrase: str, info: _Phrase, label: str) -> tuple[int, int, int] | None:
    """The first katakana word of the phrase whose sound spells ``label`` (:func:`_kana_pattern`, perhaps
    with a generic word after it), as ``(i, i + 1, 2)``; else ``None``. A name parted by the middle dot is
    read whole (``(i, j, 2)``), and by its first part when a word of "news agency" follows it
    (``リア・ノーボスチ通信``: ria); a short name is read before such a word (``タス通信``, art42)."""
    spans = info.spans
    for i, (a, b) in enumerate(spans):
        j = i + 1
        while j < len(spans) and phrase[spans[j - 1][1] : spans[j][0]] == "・":
            j += 1
        cued = phrase.startswith(_KANA_AGENCY, spans[j - 1][1])
        if j > i + 1:
            whole = _kana_pattern(phrase[a : spans[j - 1][1]], _KANA_NAMED_MORAS)
            if whole and _abjad_regex(whole).fullmatch(label):
                return (i, j, 2)
            first = _kana_pattern(phrase[a:b], _KANA_NAMED_MORAS) if cued else ""
            if first and _abjad_regex(first).fullmatch(label):
                return (i, j, 2)
        pattern = _kana_pattern(phrase[a:b], _KANA_NAMED_MORAS if cued and j == i + 1 else _KANA_MORAS)
        if pattern and _abjad_regex(pattern).fullmatch(label):
            return (i, i + 1, 2)
    return None


#: Japanese words after an outlet's name ("news agency", "according to", "reported", "conveyed", "online
#: edition", "paper", "'s ... article"; art42: "reported" twenty characters on, ``が木曜日に...報じた``) and
#: before it ("paper", "magazine", "news agency":
#: ``英紙ガーディアン``).
_KANA_NAME = r"[\u30a1-\u30fa\u30fc\u30fb]{2,}"
_KANA_CUED = lazy_re(
    rf"(?:紙|誌|通信社)(?P<b>{_KANA_NAME})"
    rf"|(?P<a>{_KANA_NAME})(?=通信|によると|によれば|の報道|[がは][^。\n]{{0,20}}報じ|は伝え|が伝え|電子版|紙"
    rf"|の[^。\n]{{0,12}}記事)"
)


def _kana_cued(prose: str, wanted: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and the katakana names (:func:`_kana_pattern`) that a Japanese cue (:data:`_KANA_CUED`)
    stands next to, in order (added in art41): ``ロイター通信は``, ``ブルームバーグによると``."""
    found = []
    for m in _KANA_CUED.finditer(prose):
        group = "b" if m.group("b") is not None else "a"
        at = m.start(group)
        # a name before its cue, with the cue's first letters (``タス通信``: the short name it marks, art42)
        phrase = m.group(group) if group == "b" else prose[at : m.end(group) + 2]
        for label in wanted:
            named = _named(phrase, label)
            if named is None and "・" in m.group(group):
                named = _kana_first_part(m.group(group), label)
            if named is not None and named.quality == 2:
                start, end = at + named.start, at + named.end
                if not any(x.label == label and x.start == start for x in mentions):
                    found.append(Mention(named.name, label, start, end, named.words, named.quality))
    return sorted([*mentions, *found], key=lambda mention: mention.start) if found else mentions


def _kana_first_part(run: str, label: str) -> _Named | None:
    """The katakana name ``run`` parted by the middle dot, when a cue marks it as an outlet's and its first
    part spells ``label`` (``リア・ノーボスチが...報じた``: ria.ru; added in art42): the dot parts the words
    of a foreign name, as "RIA Novosti" on ria.ru is named by its first word."""
    name = run.strip("・ー")
    pattern = _kana_pattern(name.split("・", 1)[0], _KANA_NAMED_MORAS)
    if not pattern or _abjad_regex(pattern).fullmatch(label) is None:
        return None
    start = run.index(name)
    return _Named(start, start + len(name), name, 1, 2, True)


#: Korean words after an outlet's name (added in art42): "news agency" (``통신``, ``통신사``), "according to"
#: (``에 따르면``, glued to the name or not), "reported" and "conveyed" after a subject particle (``은``,
#: ``는``, ``이``, ``가``): Hangul has no capitals to mark a name, and these mark one.
_HANGUL_CUED = lazy_re(
    r"(?<![\uac00-\ud7af])(?P<a>[\uac00-\ud7af]+(?:[ \t]+[\uac00-\ud7af]+){0,2}?)"
    r"(?=[ \t]*통신|[ \t]*에[ \t]*따르면|[은는이가][ \t]+(?:보도|전했|밝혔))"
)


def _hangul_cued(prose: str, wanted: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and the names in Hangul that a Korean cue (:data:`_HANGUL_CUED`) stands just after, in
    order (added in art42): ``타스 통신에 따르면``, ``리아 노보스티에 따르면``."""
    found = []
    for m in _HANGUL_CUED.finditer(prose):
        phrase, at = m.group("a"), m.start("a")
        for label in wanted:
            named = _named(phrase, label)
            if named is not None and named.quality == 2 and named.end == len(phrase):
                start, end = at + named.start, at + named.end
                if not any(x.label == label and x.start == start for x in mentions):
                    found.append(Mention(named.name, label, start, end, named.words, named.quality))
    return sorted([*mentions, *found], key=lambda mention: mention.start) if found else mentions


# --- Chinese names by sound, kanji names by their readings (art43) -----------------------------------------

#: How a Latin host spells each pinyin initial (as :func:`loose` spells it: j and y as i, w as v, ch as h, q
#: as k, x as ks): Chinese has no r after a vowel nor b apart from p's breath, and writes English l and r
#: both with l (``路透``, Reuters).
_HAN_INITIALS = {
    "b": "b|p", "p": "p|b", "m": "m", "f": "f|v", "d": "d|t", "t": "t|d|th", "n": "n", "l": "l|r",
    "g": "g|k", "k": "k|g", "h": "h|", "j": "i|g|z|dz", "q": "k|h|ts", "x": "s|sh|ks", "zh": "i|g|z",
    "ch": "h|k|t", "sh": "sh|s", "r": "r|i", "z": "z|s|ts", "c": "ts|k|s", "s": "s|z", "y": "i|", "w": "v|",
}  # fmt: skip
_PINYIN_INITIAL = lazy_re("zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]")
#: The syllables the transliteration tables give a lone consonant (s, z, t, d, k, g, l, b, p, f, m, r):
#: their vowel is perhaps unwritten in the name's Latin spelling (``斯`` s, ``特`` t, ``布`` b, ``尔`` r).
_HAN_LONE = lazy_re("(?:[zcs]|zh|ch|sh|r)i|[dtkglhzcs]e|[bpfm]u|er")


def _han_syllable(pinyin: str) -> str:
    """A regex of the Latin spellings of one pinyin syllable read in a foreign name: its initial's ways
    (:data:`_HAN_INITIALS`), then a vowel or more, perhaps an r after them (Chinese writes -er, -or as a
    vowel: ``透``, -ters), a nasal ending n or m (``-ng`` perhaps nothing); a lone consonant's vowel
    (:data:`_HAN_LONE`) perhaps none."""
    pinyin = pinyin.replace("ü", "u")
    initial = m.group() if (m := _PINYIN_INITIAL.match(pinyin)) is not None else ""
    final = pinyin[len(initial) :]
    out = f"(?:{_HAN_INITIALS[initial]})" if initial else ""
    if _HAN_LONE.fullmatch(pinyin):
        return out + ("[aeiou]*(?:r|l)" if pinyin == "er" else "(?:[aeiou]+r?)?")
    if final.endswith("ng"):
        return out + "[aeiou]+(?:ng|n|m)?"
    if final.endswith("n"):
        return out + "[aeiou]+(?:n|m)"
    return out + "[aeiou]+r?"


@functools.lru_cache(maxsize=1024)
def _han_regex(run: str) -> re.Pattern[str]:
    """A regex of the Latin hosts a run of :data:`~linkcheck.romanise.HAN_NAME_SOUNDS` characters spells by
    its sound (added in art43): each syllable its ways (:func:`_han_syllable`), "the" perhaps before it, s
    or e perhaps after it (``塔斯`` tass), a generic word perhaps after that."""
    return _abjad_regex("(?:the)?" + "".join(_han_syllable(HAN_NAME_SOUNDS[ch]) for ch in run) + "(?:s|e)?")


#: The words after a foreign outlet's name in Chinese that mark it as an agency's ("agency", "news agency",
#: "wire agency"): the characters before them are its name (``塔斯社``, ``路透社``).
_HAN_AGENCY = ("通讯社", "电讯社", "社")
_HAN_NAMED = lazy_re(
    "(?P<n>[" + "".join(sorted(HAN_NAME_SOUNDS)) + "]{2,})(?P<a>" + "|".join(_HAN_AGENCY) + ")"
)


def _named_before_word(
    prose: str,
    wanted: list[str],
    mentions: list[Mention],
    named: re.Pattern[str],
    spells: Callable[[str, str, str], bool],
) -> list[Mention]:
    """``mentions`` and the outlets ``named`` finds written before their word (its group ``a``: "agency",
    "newspaper"), in order (art43): the characters before the word (its group ``n``), or their end, of two
    or more, that ``spells(characters, word, label)`` reads as a host label, for each label the longest.
    Reported with the word, as the outlet names itself (``塔斯社``, ``朝日新聞``). :func:`_han_spells` reads
    Chinese names by sound, :func:`_kanji_spells` Japanese ones by the kanji's readings."""
    found = []
    for m in named.finditer(prose):
        run, end, word = m.group("n"), m.end(), m.group("a")
        for label in wanted:
            for k in range(len(run) - 1):
                if spells(run[k:], word, label):
                    start = m.start() + k
                    if not any(x.label == label and x.start == start for x in mentions):
                        found.append(Mention(prose[start:end], label, start, end, 1, 2))
                    break
    return sorted([*mentions, *found], key=lambda mention: mention.start) if found else mentions


def _han_spells(run: str, word: str, label: str) -> bool:
    """Whether the run of characters Chinese names a foreign agency with before ``社`` (:data:`_HAN_NAMED`,
    read by :func:`_named_before_word`; added in art43), or its end (``俄罗斯塔斯社``: the characters of
    Russia's name read for their sound too), spells ``label`` by its syllables (:func:`_han_regex`); the
    agency's ``word`` is no part of it."""
    return _han_regex(run).fullmatch(label) is not None


#: The words after a Japanese outlet's name in kanji that mark it as a paper's or an agency's ("newspaper",
#: "news agency", "new report" and "daily report" as papers name themselves, "...'s company").
_KANJI_AGENCY = ("新聞社", "通信社", "新聞", "通信", "新報", "日報")
#: The words of :data:`_KANJI_AGENCY` a text must hold for :data:`_KANJI_NAMED` to be looked for.
_KANJI_WORDS = ("新聞", "通信", "新報", "日報")
_KANJI_NAMED = lazy_re("(?P<n>[\u4e00-\u9fff]{2,6}?)(?P<a>" + "|".join(_KANJI_AGENCY) + ")")
#: A reading's first consonant voiced inside a compound (rendaku: ``神戸``, kami-he, Kobe).
_RENDAKU = (("sh", "j"), ("ch", "j"), ("ts", "z"), ("k", "g"), ("s", "z"), ("t", "d"), ("h", "b"), ("h", "p"))


def _kanji_forms(reading: str, first: bool, last: bool) -> set[str]:
    """The ways a host writes one kanji's ``reading`` inside a name: ``ou`` also as o or oh (Hepburn
    without its long marks: ``共同``, kyodo), an n also as m (shimbun), a last ``ku``, ``ki``, ``tsu`` or
    ``chi`` before another kanji perhaps only the doubled consonant it makes (``北海道``, hokkaido, whose
    double the loose spelling writes once), and after the first kanji the first consonant perhaps voiced
    (:data:`_RENDAKU`)."""
    forms = {reading}
    if "ou" in reading:
        forms |= {reading.replace("ou", "o"), reading.replace("ou", "oh")}
    if reading.endswith("n"):
        forms.add(reading[:-1] + "m")
    if not last and reading.endswith(("ku", "ki")):
        forms.add(reading[:-2])
    elif not last and reading.endswith(("tsu", "chi")):
        forms.add(reading[:-3])
    if not first:
        forms |= {
            voiced + form[len(plain) :]
            for form in list(forms)
            for plain, voiced in _RENDAKU
            if form.startswith(plain)
        }
    return forms


@functools.lru_cache(maxsize=4096)
def _kanji_loose_forms(char: str, first: bool, last: bool) -> tuple[str, ...]:
    """The forms (:func:`_kanji_forms`) of each reading of the Jōyō kanji ``char``
    (:func:`~linkcheck.joyo.kanji_readings`), as :func:`loose` spells them; ``()`` for another character."""
    return tuple(
        sorted(
            {loose(form) for reading in kanji_readings(char) for form in _kanji_forms(reading, first, last)}
        )
    )


def _kanji_spelled(run: str, label: str, at: int = 0, k: int = 0) -> bool:
    """Whether the kanji ``run`` from its ``k``-th character, a reading a kanji (:func:`_kanji_loose_forms`),
    spells ``label`` from ``at`` to its end, perhaps with a generic word after it (``共同`` kyodonews; added
    in art43). A letter a reading begins with may be the one the label has just spelled (its loose spelling
    writes a double once: ``北海`` hok-kai, hokai)."""
    if k == len(run):
        return at == len(label) or label[at:] in _GENERIC_WORDS
    for form in _kanji_loose_forms(run[k], k == 0, k == len(run) - 1):
        if label.startswith(form, at) and _kanji_spelled(run, label, at + len(form), k + 1):
            return True
        if (
            at
            and form[:1] == label[at - 1]
            and label.startswith(form[1:], at)
            and _kanji_spelled(run, label, at + len(form) - 1, k + 1)
        ):
            return True
    return False


def _kanji_spells(run: str, word: str, label: str) -> bool:
    """Whether the kanji a Japanese paper or agency is named with before a word of "newspaper" or "news
    agency" (:data:`_KANJI_NAMED`, read by :func:`_named_before_word`; added in art43), or their end
    (``英紙朝日新聞``), spell ``label`` by their readings (:func:`_kanji_spelled`), alone or with the
    word's first two (``朝日新聞`` asahi.com, ``共同通信`` kyodo.co.jp, ``琉球新報`` ryukyushimpo.jp)."""
    # the name alone, or with its word (``琉球新報``, ryukyushimpo)
    # or, of a name of two-kanji words, each word's first kanji, as Japanese abbreviates a
    # name (``日本経済`` -> ``日経``, nikkei; art44)
    return (
        _kanji_spelled(run, label)
        or _kanji_spelled(run + word[:2], label)
        or (len(run) in (4, 6) and _kanji_spelled(run[::2], label))
    )


#: An Arabic-script letter standing alone, as an initialism writes it.
_ARABIC_LETTER = "[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]"
#: An initialism in the Arabic script: three to five letters parted by dots (``ق.ن.أ``), or by spaces inside
#: parentheses (``(أ ش أ)``), where single letters are no words of a sentence.
_ARABIC_INITIALISM = lazy_re(
    rf"(?<![^\s(])(?P<d>{_ARABIC_LETTER}(?:\.{_ARABIC_LETTER}){{2,4}})\.?(?![^\s).,،])"
    rf"|(?<=\()(?P<s>{_ARABIC_LETTER}(?: {_ARABIC_LETTER}){{2,4}})(?=\))"
    # art43: three or four letters written solid, in parentheses after a name (``وكالة الأنباء القطرية
    # (قنا)``): where Arabic gives a name's abbreviation, as English writes "(QNA)"
    rf"|(?<=[^\s(] \()(?P<w>{_ARABIC_LETTER}{{3,4}})(?=\))"
)
_INITIALS_PARTS = lazy_re(r"[. ]")


@functools.lru_cache(maxsize=1024)
def _initials_regex(word: str, solid: bool = False) -> re.Pattern[str] | None:
    """A regex of the Latin initials ``word`` (letters parted by dots or spaces; each letter of it when
    ``solid``, art43) may stand for, each letter's sounds (:data:`~linkcheck.romanise.ARABIC_LETTER_SOUNDS`)
    as :func:`loose` spells them; ``None`` when it is no such initialism."""
    word = word.strip(_AROUND_WORD)
    parts = list(word) if solid else [part for part in _INITIALS_PARTS.split(word) if part]
    if not 3 <= len(parts) <= 5 or any(len(part) != 1 or part not in ARABIC_LETTER_SOUNDS for part in parts):
        return None
    return re.compile(
        "".join(
            "(?:" + "|".join(sorted({loose(s) for s in ARABIC_LETTER_SOUNDS[part].split("|")})) + ")"
            for part in parts
        )
    )


def _initials_spelled(phrase: str, info: _Phrase, label: str) -> tuple[int, int, int] | None:
    """The phrase's initialism (a dotted word, or a run of words of one letter each) whose letters' sounds
    spell ``label`` (``ق.ن.أ`` qna, ``و ا م`` wam), as ``(i, j, 2)``; else ``None`` (added in art41)."""
    spans = info.spans
    n = len(spans)
    i = 0
    while i < n:
        a, b = spans[i]
        word = phrase[a:b].strip(_AROUND_WORD)
        j = i + 1
        if len(word) == 1:  # a run of one-letter words
            while j < n and len(phrase[spans[j][0] : spans[j][1]].strip(_AROUND_WORD)) == 1:
                j += 1
            word = phrase[a : spans[j - 1][1]]
        regex = _initials_regex(word)
        if regex is not None and regex.fullmatch(label):
            return (i, j, 2)
        i = j
    return None


def _arabic_initialisms(prose: str, wanted: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and the Arabic initialisms (:data:`_ARABIC_INITIALISM`) that spell a host label, in order
    (added in art41): an initialism is marked as a name by its dots or parentheses, as a Latin one by its
    capitals, and needs no cue."""
    found = []
    for m in _ARABIC_INITIALISM.finditer(prose):
        group = "d" if m.group("d") is not None else "s" if m.group("s") is not None else "w"
        word, at = m.group(group), m.start(group)
        regex = _initials_regex(word, group == "w")
        if regex is None:
            continue
        for label in wanted:
            if regex.fullmatch(label) and not any(x.label == label and x.start == at for x in mentions):
                found.append(Mention(word, label, at, at + len(word), 1, 2))
    return sorted([*mentions, *found], key=lambda mention: mention.start) if found else mentions


#: A name opening a line, in a script without capitals: one to three words at the line's start.
_ABJAD_LINE_START = lazy_re(rf"^[ \t]*(?P<n>{_ABJAD_WORD}(?:[ \t]+{_ABJAD_WORD}){{0,2}})", re.MULTILINE)
#: After a name opening a line: a colon or a spaced dash (perhaps after one more word of the name).
_OPENER_TAIL = lazy_re(rf"(?:[ \t]+{_ABJAD_WORD})?[ \t]*(?:[:：]|[—–-](?=[ \t]))")
#: Persian and Arabic verbs of reporting that a subject opening the line goes with ("wrote", "reported",
#: "announced", "said", "published"), in whole words.
_ABJAD_REPORTED = lazy_re(
    r"(?<!\S)(?:نوشت|گزارش\s+داد|اعلام\s+کرد|گفت|خبر\s+داد|منتشر\s+کرد"
    r"|ذكرت|ذكر|قالت|قال|أفادت|أفاد|نقلت|أوردت|أعلنت|نشرت|كتبت)(?!\S)"
)
#: How far along its line a name's verb is looked for.
_OPENER_REACH = 300


def _abjad_line_openings(prose: str, wanted: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` and the names in the Arabic script that open a line (added in art41: ``بی‌بی‌سی فارسی روز
    دوشنبه ... نوشت``), the script having no capitals to mark them and no cue standing before them: the
    name, spelled by its letters (quality 2) from the line's first word, is followed by a colon or a dash,
    or its line holds a verb of reporting (:data:`_ABJAD_REPORTED`), the name being its subject. A first word
    that is no name must still spell a link's host letter by letter to be read (``ایران`` spells no irna)."""
    found = []
    for m in _ABJAD_LINE_START.finditer(prose):
        phrase, at = m.group("n"), m.start("n")
        line_end = prose.find("\n", at)
        rest = prose[at : line_end if 0 <= line_end < at + _OPENER_REACH else at + _OPENER_REACH]
        for label in wanted:
            named = _named(phrase, label)
            if named is None or named.quality != 2 or named.start != 0:
                continue
            start, end = at, at + named.end
            if (
                _OPENER_TAIL.match(prose, end) is None and _ABJAD_REPORTED.search(rest, named.end) is None
            ) or any(x.label == label and x.start == start for x in mentions):
                continue
            found.append(Mention(named.name, label, start, end, named.words, named.quality))
    return sorted([*mentions, *found], key=lambda mention: mention.start) if found else mentions


_LINE_OPENER_TAIL = lazy_re(r"[ \t]*(?:[:：]|[—–-](?=[ \t]))")


def _opens_line(prose: str, start: int, end: int) -> bool:
    """Whether an acronym written by its letters' names opens its line before a colon or a spaced dash
    (``Би-би-си: ...``): a line that begins with its source, as an agency's or a digest's line does (added
    in art41). Only such an acronym: an ordinary word there is as often a field's label (``Status:`` on
    status.stripe.com, ``Update:``), and one in capitals is read anywhere."""
    if prose.isascii() or len(_letter_names(prose[start:end])) < 2:
        return False
    line = prose.rfind("\n", 0, start) + 1
    if prose[line:start].strip(" \t*•·>-–—"):
        return False
    return prose[end - 1 : end] in (":", "：") or _LINE_OPENER_TAIL.match(prose, end) is not None


#: The word of an English byline ("By Jane Doe"), as a capitalised phrase starts with it.
_BYLINE_WORDS = frozenset(("By ",))
#: A byline's name: two or three words, each a capital and lower-case letters (a person's name).
_BYLINE_NAME = lazy_re(r"By(?:[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){2,3}[ \t]*(?:,|\r?\n|$)")


def _byline(prose: str, m: re.Match[str]) -> bool:
    """Whether the capitalised phrase ``m`` is a byline opening its line: "By" and a person's name, two or
    three words of which none is generic or an organisation's (``By Jane Doe``; not ``By Bloomberg News``):
    the article's author, whom the reader does not take for the outlet of a link (added in art41)."""
    at = m.start()
    if prose[prose.rfind("\n", 0, at) + 1 : at].strip(" \t"):
        return False
    name = _BYLINE_NAME.match(prose, at)
    if name is None:
        return False
    words = [loose(word.lower()) for word in name.group(0).replace(",", " ").split()[1:]]
    return not any(word in _GENERIC_WORDS or word in _ORGANISATION_WORDS for word in words)


#: The longest words of a link (or a reference's trailer) read whole as a name with lower-case words.
_OWN_WORDS = 40


def _spelled_whole(text: str, wanted: list[str], mentions: list[Mention]) -> list[Mention]:
    """A link's own words that, lower-case ones too, spell a host label all of them (``Новая газета`` on
    novayagazeta.eu: Russian capitalises a name's first word only; added in art39): the name is the whole
    text, over a shorter mention inside it. Only when every word is spelled by the host (``Reuters report``
    is not a name on reuters.com)."""
    words = " ".join(text.split()).rstrip(".,;:")
    keys = _phrase(words).keys
    if not 2 <= len(keys) <= 4:
        return mentions
    joined = _DOUBLED.sub(r"\1", "".join(keys))
    for label in wanted:
        if joined == label:
            kept = [m for m in mentions if m.label != label]
            return [*kept, Mention(words, label, 0, len(text), len(keys), 2)]
    return mentions


#: A short name in guillemets (``«Українська правда»``, ``«Коммерсантъ»``): Russian, Ukrainian and French
#: write outlets' names so, capitalising the first word only.
_GUILLEMET_NAME = lazy_re(rf"«(?P<n>[{_UPPER}][^«»\r\n]{{0,60}})»")


def _guillemet_names(prose: str, wanted: list[str], mentions: list[Mention], cue: bool) -> list[Mention]:
    """A name in guillemets that names a host label (a word of it, or its squeezed words) is named whole:
    the guillemets mark where it starts and ends. At most four words (a longer quote is a title)."""
    added: list[Mention] = []
    for m in _GUILLEMET_NAME.finditer(prose):
        name = " ".join(m.group("n").split())
        words = name.split()
        if len(words) > 4 or all(not word[:1].islower() for word in words[1:]):
            continue  # a longer quote is a title; a name of capitalised words is a phrase read already
        firsts = _phrase(name).firsts
        for label in wanted:
            if label[0] not in firsts:
                continue  # cheap rejection, as in find_mentions
            named = _named(name, label)
            if named is None:
                continue
            if not (
                named.strong
                or not cue
                or _has_cue(prose, m.start(), m.end())
                or _own_url_a_line_away(prose, m.start(), m.end(), label)
            ):
                continue
            added.append(Mention(name, label, m.start("n"), m.end("n"), len(words), 2))
    if not added:
        return mentions
    kept = [
        x
        for x in mentions
        if not any(a.label == x.label and a.start <= x.start and x.end <= a.end for a in added)
    ]
    return sorted(kept + added, key=lambda mention: mention.start)


#: A word with a possessive ending that more words follow: the name ends there ("Drewry’s World Container
#: Index" names Drewry, not "Drewry’s World"). Not a plural's bare apostrophe, which is inside names
#: ("European Cyclists' Federation", "Farmers' Union").
_POSSESSIVE_INSIDE = lazy_re(r"\w['’](?:s|[a-zçğıöşü]{1,4})(?=[ \t\r\n])")


def _possessive_pieces(phrase: str, at: int) -> list[tuple[str, int]]:
    """A capitalised phrase at ``at`` cut after each possessive word inside it, with the pieces' offsets."""
    pieces: list[tuple[str, int]] = []
    cut = 0
    for possessive in _POSSESSIVE_INSIDE.finditer(phrase):
        end = possessive.end()
        pieces.append((phrase[cut:end], at + cut))
        cut = end + 1
    if cut < len(phrase):
        pieces.append((phrase[cut:], at + cut))
    return pieces


_URL_IN_PARENTHESES = lazy_re(r"[ \t]*\([ \t]*((?:https?|ftp)://[^\s()]+)")


def _own_url_follows(prose: str, end: int, label: str) -> bool:
    """Whether the name is followed by a URL of its own host in parentheses: ``Das Handelsblatt
    (https://www.handelsblatt.com/...)`` names the outlet as surely as a reporting verb would."""
    m = _URL_IN_PARENTHESES.match(prose, end)
    return m is not None and label in host_labels(m.group(1))[:2]


#: A line that is one bare address (a list's bullet or a quote's ``>`` before it, brackets or a full stop
#: around it, nothing else): group 1 the address (added by art48).
_BARE_URL_LINE = lazy_re(
    r"[ \t>*•·-]*[<(\[]?((?:https?|ftp)://[^\s<>()\[\]]+?)[>)\].,;:]*[ \t]*\r?$", re.MULTILINE
)


def _own_url_a_line_away(prose: str, start: int, end: int, label: str) -> bool:
    """Whether the line right below the name's line, or right above it, is a bare address of the name's host
    (added by art48): chats, Telegram posts and notes put the address on a line of its own, the outlet on
    the line before it (``«Коммерсантъ» ещё 2 марта писал, что ...:``, ``Reuters 8 Jan``) or after it
    (``(RFC Editor, April 2024)``), and the name names that link as a reporting word beside it would. No
    blank line between: a paragraph away is another item's. The name must spell the address's own host
    (:func:`_outlet_labels`), so a line naming another outlet names none. Nor does a line with an address of
    its own (its name is that link's), nor, below the address, a line opening another item (a bullet, a
    number, a footnote's mark: ``⁴ European Cyclists' Federation (2018) ...`` under footnote 3's address)."""
    below = prose.find("\n", end)
    above = prose.rfind("\n", 0, start)
    if "://" in prose[above + 1 : below if below >= 0 else len(prose)]:
        return False
    if (
        below >= 0
        and (m := _BARE_URL_LINE.match(prose, below + 1)) is not None
        and label in _outlet_labels(m.group(1))[:2]
    ):
        return True
    if (
        below >= 0
        and (url := _two_lines_below(prose, below)) is not None
        and label in _outlet_labels(url)[:2]
    ):
        return True
    if below > 0 and prose[below - 1] == ":" and (url := _after_blank_line(prose, below)) is not None:
        return label in _outlet_labels(url)[:2]
    if above > 0 and not _ITEM_OPENING.match(prose, above + 1):
        m = _BARE_URL_LINE.match(prose, prose.rfind("\n", 0, above) + 1)
        if m is not None and m.end() >= above - 1 and label in _outlet_labels(m.group(1))[:2]:
            return True
    return False


def _two_lines_below(prose: str, below: int) -> str | None:
    """The bare address two lines below a name's line (which ends at ``below``) when the line between goes
    on with the name's sentence and ends it with the colon that introduces the address (``«Ховар» ... дар
    хабари «Ироқ ... кӯмак`` / ``мехоҳад» навишта буд:`` / the URL; added by art49): not a blank line, not
    one holding an address, not one opening another item. ``None`` otherwise."""
    end = prose.find("\n", below + 1)
    if end < 0:
        return None
    between = prose[below + 1 : end].rstrip()
    if not between.endswith(":") or "://" in between or _ITEM_OPENING.match(between):
        return None
    m = _BARE_URL_LINE.match(prose, end + 1)
    return m.group(1) if m is not None else None


def _after_blank_line(prose: str, below: int) -> str | None:
    """The bare address after one blank line below a line that ends with a colon at ``below`` (added by
    art50): the colon introduces what follows, and an HTML page's ``<br>`` (``«Коммерсантъ» ... писал о
    переговорах:<br>`` then the link), a chat message's or an e-mail's empty line does not end it. Only a
    colon's line: a name on a line ending otherwise is a paragraph away from the address. ``None``
    otherwise."""
    blank = prose.find("\n", below + 1)
    if blank < 0 or prose[below + 1 : blank].strip():
        return None
    m = _BARE_URL_LINE.match(prose, blank + 1)
    return m.group(1) if m is not None else None


#: What opens a list's item or a footnote at a line's start: a bullet, a number, a mark (added by art48).
_ITEM_OPENING = lazy_re(r"[ \t]*(?:[-*•·–—]|\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\)|[¹²³⁰⁴-⁹]+)[ \t]")


def month_day_in(text: str, article_date: PartialDate | None) -> tuple[PartialDate, str] | None:
    """A month and day without a year in ``text`` (``Jan. 10``, ``10 января``) as a date, read against the
    article's date as a report's is, with the words that gave it; ``None`` when there is none."""
    if article_date is None or _DIGIT_BY_SPACE.search(text) is None:
        return None
    phrase = _MONTH_DAY.search(text)
    found = find_month_day(text) if phrase else None
    if phrase is None or found is None or found[2] is not None:
        return None
    value = resolve_month_day(*found, article_date)
    return (value, phrase.group(0)) if value is not None else None


def _has_cue(prose: str, start: int, end: int) -> bool:
    before = prose[max(0, start - 40) : start]
    after = prose[end : end + 40]
    return bool(_CUE_BEFORE.search(before) or _CUE_AFTER.match(after))


def attach_outlets(prose: str, links: list[Link]) -> list[Mention]:
    """Give each link without an outlet the fullest name the prose uses for its host; return the mentions."""
    by_label: dict[str, list[Link]] = {}
    for link in links:
        for label in _outlet_labels(link.url)[:2]:
            by_label.setdefault(label, []).append(link)
    mentions = find_mentions(prose, by_label)
    quoted = sorted(
        (link.pos, link.pos + len(link.title or "")) for link in links if link.quoted and link.pos >= 0
    )
    if quoted:  # a quoted title ("“Bottled Water 2021”") names a work, not its host's outlet
        starts = [start for start, _ in quoted]
        mentions = [
            m
            for m in mentions
            if (k := bisect.bisect_right(starts, m.start) - 1) < 0 or m.start >= quoted[k][1]
        ]
    for link in links:  # a reference entry naming its link's subdomain ("Cinco Días" on cincodias.elpais.com)
        if link.trailer and link.outlet is None and len(labels := _outlet_labels(link.url)) > 1:
            own = find_mentions(link.trailer, labels[1:2], cue=False)
            if own:
                link.outlet = max(own, key=lambda m: (m.quality, m.words)).name
    best: dict[str, Mention] = {}
    for mention in mentions:
        current = best.get(mention.label)
        if current is None or (mention.quality, mention.words) > (current.quality, current.words):
            best[mention.label] = mention
    for label, mention in best.items():
        for link in by_label[label]:
            if link.outlet is None:
                name = _within_link(link, mention)
                link.outlet = _with_host_neighbours(prose, mention, link) if name == mention.name else name
    for link in links:
        if (
            link.outlet is None
            and link.text
            and (at := _words_start(prose, link)) > 2
            and prose[at - 2] in "s'’"
        ):
            link.outlet = _owner_before(prose, link, at)
    return mentions


#: A name in the possessive right before a link's own words, ``Percona's [benchmark](...)``, ``Gartner's
#: <a>board survey</a>``, ``The Guardian's [count](...)``: one capitalised word, an acronym, or ``The`` and
#: a word or two (added by art50). Group ``n`` the name.
_OWNER_BEFORE = lazy_re(
    r"(?<![\w'’-])(?P<n>(?:The[ \t]+)?[A-Z][\w&-]+(?:[ \t]+[A-Z][\w&-]+)?)(?:['’]s|(?<=s)['’])[ \t]$"
)
#: Words whose ``'s`` is a verb's, not a possessive (``Let's``, ``Here's``, ``That's``).
_CONTRACTED = frozenset(("Let", "Here", "There", "That", "What", "Where", "Who", "How", "It", "He", "She"))


def _words_start(prose: str, link: Link) -> int:
    """Where ``link``'s own words start in the prose: at its offset (an anchor's, a Markdown link's), or,
    where the prose keeps the markup and the offset is the URL's, right before it (reStructuredText's
    `` `words <URL>`_ ``, from its backquote); ``-1`` when they are not there."""
    at = link.pos
    if at < 0 or prose.startswith(link.text, at):
        return at
    at = prose.rfind(link.text, max(0, at - len(link.text) - 4), at)
    return at - 1 if at > 0 and prose[at - 1] in "`[" else at


def _owner_before(prose: str, link: Link, at: int) -> str | None:
    """The outlet a possessive right before ``link``'s own words names (:data:`_OWNER_BEFORE`): the owner of
    the linked thing, when the name spells the link's host in whole (quality 2). A possessive is no reporting
    cue in running text (it names people and places as often: ``London's``); right before a link's words it
    says whose the linked page is, as a reference's organisation does. Not a name of two words without
    ``The`` (``Jon Skeet's`` post: a person's, read only as the strong reading of the whole host gives it),
    nor a contraction (``Let's``)."""
    m = _OWNER_BEFORE.search(prose, max(0, at - 48), at)
    if m is None:
        return None
    name = m.group("n")
    if name in _CONTRACTED or (" " in name and not name.startswith("The ")):
        return None
    labels = _outlet_labels(link.url)[:2]
    named = [x for x in find_mentions(name, labels, cue=False) if x.quality == 2 and x.end == len(name)]
    if not named or named[0].start not in (0, 4):
        return None
    return named[0].name


def _outlet_labels(url: str) -> list[str]:
    """The host labels an outlet named for ``url`` spells: a web archive's copy's, its original's
    (``web.archive.org/web/2020.../https://ria.ru/...``: ria, as its words name RIA Novosti's page; added by
    art47); else ``url``'s own (:func:`host_labels`)."""
    original = archived_original(url) if "/http" in url else None
    if original is None and ".me/" in url[:24] and (channel := _TELEGRAM_CHANNEL.match(url)) is not None:
        key = loose(fold(channel.group(1).replace("_", " ")).replace(" ", ""))
        return [key] if len(key) >= 2 else []
    return host_labels(original or url)


#: A Telegram channel's address or one of its posts (``t.me/rybar``, ``t.me/s/rybar/51234``): its path names
#: the channel, as a site's host names the site (added by art48). A username is five letters or more; a
#: path with more after it (``t.me/joinchat/<code>``, ``t.me/share/url?...``, ``t.me/addstickers/<set>``)
#: names no channel, nor does ``t.me/iv?url=`` (two letters).
_TELEGRAM_CHANNEL = lazy_re(
    r"https?://(?:www\.)?(?:t|telegram)\.me/(?:s/)?([A-Za-z][A-Za-z0-9_]{4,31})(?:/\d{1,12})?/?(?:[?#]|$)",
    re.IGNORECASE,
)


#: One or two capitalised words right after a name (``Cash Access`` ``UK``, ``NOAA`` ``Fisheries``,
#: ``CSIS`` ``Missile Threat``), and the one right before it (``NOAA`` before ``Fisheries``).
_NEXT_NAME_WORDS = lazy_re(r"[ \t]+(?P<a>[^\W\d_][\w-]*)(?:[ \t]+(?P<b>[^\W\d_][\w-]*))?")
_PREVIOUS_NAME_WORD = lazy_re(r"(?<![\w-])(?P<a>[^\W\d_][\w-]*)[ \t]+$")


def _with_host_neighbours(prose: str, mention: Mention, link: Link) -> str:
    """``mention``'s name with the capitalised words beside it that spell another part of the link's host
    (added by art46): the name as written where the reader cut it to the label it matched. After the name, a
    word or two spelling another host label (``NOAA Fisheries`` on fisheries.noaa.gov, ``Streetsblog USA``
    on usa.streetsblog.org, ``CSIS Missile Threat`` on missilethreat.csis.org) or, in capitals, the host's
    top-level label (``Cash Access UK`` on cashaccess.co.uk, ``FEWS NET`` on fews.net); before it, one word
    spelling another host label, never the top-level one (``In the UK Ofgem`` names Ofgem). A word that spells
    no part of the host is no part of the name (``On Monday Reuters``), nor is a word of the link's own text,
    its title (``the USGS <a>EarthExplorer</a> archive``, ``The WHATWG [URL Standard](...)``), nor one a
    longer capitalised run goes on from (``the WHATWG URL Standard's host parsing``: another name's)."""
    name, end, url = mention.name, mention.end, link.url
    following = prose[end : end + 1]
    preceding = prose[mention.start - 1 : mention.start] if mention.start > 0 else ""
    if following not in (" ", "\t") and preceding not in (" ", "\t"):
        return name
    labels = [label for label in host_labels(url) if label != mention.label]
    own = (link.pos, link.pos + len(link.text)) if link.pos >= 0 and link.text else _NO_SPAN
    if (
        following in (" ", "\t")
        and (m := _NEXT_NAME_WORDS.match(prose, end)) is not None
        and not (own[0] < m.end() and m.start("a") < own[1])
    ):
        a, b = m.group("a"), m.group("b")
        if a[0].isupper():
            host = split_url(url).hostname or ""
            if not (b and b[0].isupper()):  # the capitalised run ends here: its words are the name's
                if (a.isupper() and a.lower() == host.rsplit(".", 1)[-1]) or (
                    labels and _token_key(a) in labels
                ):
                    name = f"{name} {a}"
            elif (
                labels
                and not ((c := _NEXT_NAME_WORDS.match(prose, m.end())) and c.group("a")[0].isupper())
                and _DOUBLED.sub(r"\1", _token_key(a) + _token_key(b)) in labels
            ):
                name = f"{name} {a} {b}"
    if labels and preceding in (" ", "\t"):
        m = _PREVIOUS_NAME_WORD.search(prose, max(0, mention.start - 40), mention.start)
        if (
            m is not None
            and m.group("a")[0].isupper()
            and not (own[0] < m.end() and m.start() < own[1])
            and _token_key(m.group("a")) in labels
        ):
            name = f"{m.group('a')} {name}"
    return name


def _within_link(link: Link, mention: Mention) -> str:
    """The name ``mention`` gives ``link``; when it starts in the link's own words, the name those words give
    when it has more words (added in art39): the link's bounds end a name, as ``<a>RIA Novosti</a> Mohammad
    Reza`` or ``<a>РИА Новости</a>. Позже`` show, where the capitalised phrase read on past them and the name
    was cut to the word the host spells."""
    text = link.text
    if not text or not link.pos <= mention.start < link.pos + len(text):
        return mention.name
    own = find_mentions(text, [mention.label], cue=False)
    fuller = max(own, key=lambda m: (m.quality, m.words)) if own else None
    return fuller.name if fuller is not None and fuller.words > mention.words else mention.name


# --- related-article lines ------------------------------------------------------------------------------

#: A "Related article: ..." line, matched with the line break before it: a pattern that starts with a fixed
#: character is searched for that character, where one that starts with ``^`` is tried at every position
#: (4x slower on long prose). :func:`_related_lines` reads the prose with a line break in front.
#: The labels of a related-article line (``Related article``, ``Read more``, ``Читайте также``, Dutch
#: ``Lees ook``, Indonesian ``Baca juga``, Filipino ``Basahin din``, Vietnamese ``Xem thêm``, Hindi
#: ``यह भी पढ़ें``, Persian ``بیشتر بخوانید``, Czech ``Čtěte také``, Greek ``Διαβάστε επίσης``, Hungarian
#: ``Kapcsolódó``, Swedish ``Läs också``, Thai ``อ่านเพิ่มเติม``...): :data:`RELATED_LABEL` holds them all
#: as group ``label``; these, all but :data:`_MORE_LABELS`, are searched over every prose.
_BASE_LABELS = (
    r"related(?:[ \t]+(?:article|articles|story|stories|reading|coverage|content|"
    r"link|links|post|posts))?|read[ \t]+more|read[ \t]+also|also[ \t]+read|more[ \t]+on[ \t]+this|"
    r"see[ \t]+also|further[ \t]+reading|recommended|you[ \t]+may[ \t]+also[ \t]+like|"
    r"(?:earlier|previous|more|our)[ \t]+coverage|"
    r"читайте[ \t]+также|по[ \t]+теме|смотрите[ \t]+также|lesen[ \t]+sie[ \t]+auch|mehr[ \t]+zum[ \t]+thema|"
    r"siehe[ \t]+auch|lea[ \t]+también|lee[ \t]+también|más[ \t]+información|ver[ \t]+también|"
    r"(?:à[ \t]+)?lire[ \t]+aussi|voir[ \t]+aussi|читайте[ \t]+також|дивіться[ \t]+також|по[ \t]+темі|"
    r"ilgili[ \t]+haber(?:ler)?|相关阅读|延伸阅读|相关新闻|leggi[ \t]+anche|leia[ \t]+(?:também|mais)|"
    r"czytaj[ \t]+(?:także|też|również)|関連記事|관련[ \t]*기사|اقرأ[ \t]+أيضاً?|للمزيد|"
    r"чытайце[ \t]+таксама|קראו[ \t]+גם|相关链接|lees[ \t]+ook|baca[ \t]+juga|xem[ \t]+thêm|"
    r"यह[ \t]+भी[ \t]+प(?:\u0922\u093c|\u095d)ें|بیشتر[ \t]+بخوانید|بخوانید|basahin[ \t]+(?:din|rin)"
)
#: The labels of Czech, Greek, Hungarian, Swedish, Thai, Romanian (``Citește și``), Finnish (``Lue myös``),
#: Croatian (``Vidi još``, ``Pročitajte i``), Bengali (``আরও পড়ুন``), Norwegian and Danish (``Les også``,
#: ``Læs også``), Bulgarian (``Прочетете още``, ``Вижте също``), Icelandic (``Lestu einnig``), Estonian
#: (``Loe ka``), Slovenian (``Preberite tudi``), Latvian (``Lasiet arī``), Kazakh (``Сондай-ақ оқыңыз``,
#: added after the twenty-third held-out batch), Azerbaijani (``Həmçinin oxuyun``, after the
#: twenty-fourth), Georgian (``დაკავშირებული სტატია``, ``ასევე წაიკითხეთ``), Bashkir (``Бәйле мәҡәлә``,
#: ``Шулай уҡ уҡығыҙ``), Central Kurdish (``بابەتی پەیوەندیدار``) and Irish (``Alt gaolmhar``, ``Léigh
#: freisin``; after the thirty-fifth), in prose holding one of :data:`_MORE_LABEL_LETTERS`:
#: searched over the prose only when it holds one of those letters.
_MORE_LABELS = (
    r"čtěte[ \t]+(?:také|též|více)|přečtěte[ \t]+si[ \t]+(?:také|též)|διαβάστε[ \t]+(?:επίσης|ακόμα|ακόμη)|"
    r"kapcsolódó(?:[ \t]+(?:cikk|cikkek|hír|hírek))?|läs[ \t]+(?:också|även|mer)|อ่านเพิ่มเติม|"
    r"(?:อ่าน)?ข่าวที่เกี่ยวข้อง|cite[șş]te[ \t]+(?:[șş]i|mai[ \t]+mult)|lue[ \t]+(?:myös|lisää)|"
    r"(?:vidi|pročitajte)[ \t]+(?:još|i)|আরও[ \t]+পড়ুন|l[eæ]s[ \t]+(?:også|mere|mer)|"
    r"(?:прочетете|прочети|вижте)[ \t]+(?:още|също)|lestu[ \t]+(?:einnig|líka|meira)|loe[ \t]+(?:ka|lisaks)|"
    r"preberite[ \t]+(?:tudi|še)|lasiet[ \t]+(?:arī|vēl)|lasi[ \t]+arī|па[ \t]+тэме|сондай-ақ[ \t]+оқыңыз|"
    r"həmçinin[ \t]+oxuyun|"
    r"დაკავშირებული(?:[ \t]+(?:სტატია|სტატიები|ამბები))?|ასევე[ \t]+წაიკითხეთ|"
    r"бәйле[ \t]+(?:мәҡәлә|хәбәр|яңылыҡтар)|шулай[ \t]+уҡ[ \t]+уҡығыҙ|"
    r"بابەتی[ \t]+پەیوەندیدار|هەروەها[ \t]+بخوێنەوە|"
    r"alt(?:anna)?[ \t]+gaolmhara?|léigh[ \t]+(?:freisin|tuilleadh)"
)
_MORE_LABEL_LETTERS = (
    *("ě", "Ě", "α", "ó", "Ó", "ä", "Ä", "อ", "ș", "ş", "ö", "š", "আ", "å", "Å", "щ", "ў"),
    "қ",  # Kazakh (after the twenty-third held-out batch)
    "ə",  # Azerbaijani (after the twenty-fourth)
    # Georgian, Bashkir (``ҡ``, ``ә``), Central Kurdish (``ە``) and Irish (``ó``, above: an Irish text holds
    # its long vowels) after the thirty-fifth
    *("დ", "ა", "ҡ", "ә", "ە"),
)
RELATED_LABEL = rf"(?P<label>{_BASE_LABELS}|{_MORE_LABELS})"
#: The letters the labels of :data:`_BASE_LABELS` and :data:`_MORE_LABELS` start with (each alternative's
#: first letter, ``à`` and ``l`` of ``(?:à )?lire``): a class of them, matched ignoring case as the labels
#: are, ahead of the labels, turns away a line that starts with none of them in one test, where the regex
#: engine would try each of the fifty labels in turn (it skips an alternative by its first letter only when
#: case counts). The same lines match: ``tests/test_articles_rules22.py`` reads the letters off the labels.
_BASE_LABEL_FIRSTS = "abcefilmoprsvxyàдпсчקابلय延相関관"
_MORE_LABEL_FIRSTS = "achklpvčδбвпсшআขอადبه"
#: (A label may say the linked page's language in parentheses before its colon, ``Читайте также (англ.):``,
#: ``Həmçinin oxuyun (ingilis dilində):``: added after the twenty-fourth held-out batch; a short note without
#: digits, not an editor's ``(added to the archive, May 2024)``.)
_LABEL_NOTE = r"(?:[ \t]*\([^()\r\n\d]{1,25}\))?"
#: (The line may end with CRLF, an article saved on Windows: ``$`` stands before ``\n`` only, so the
#: ``\r`` is allowed before it; without it such an article's related line gave no title. Seed12.)
_RELATED_LINE = _LABEL_NOTE + r"[ \t]*[:：—–-][ \t]*(?P<title>\S[^\r\n]*)\r?$"
_RELATED_LABELS = rf"\n[ \t>*•·\-–—]*(?=[{_BASE_LABEL_FIRSTS}{_MORE_LABEL_FIRSTS}])" + RELATED_LABEL
_RELATED = lazy_re(_RELATED_LABELS + _RELATED_LINE, re.IGNORECASE | re.MULTILINE)
_RELATED_BASE = lazy_re(
    rf"\n[ \t>*•·\-–—]*(?=[{_BASE_LABEL_FIRSTS}])(?P<label>{_BASE_LABELS})" + _RELATED_LINE,
    re.IGNORECASE | re.MULTILINE,
)
#: A label alone on its line, the title on the next (``Leia também:`` / title / link).
_RELATED_ALONE = lazy_re(
    _RELATED_LABELS
    + r"[ \t]*[:：][ \t]*\r?\n[ \t]*(?P<title>(?!(?:https?|ftp)://)[^\r\n]*[^\W\d_][^\r\n]*)\r?$",
    re.IGNORECASE | re.MULTILINE,
)


#: How many links on each side of a "Related article:" line are candidates for its title.
_RELATED_WINDOW = 50


def attach_related_titles(prose: str, links: list[Link]) -> None:
    """Give titles from "Related article:"-style lines to the links they announce."""
    if not links:
        return
    links = sorted((link for link in links if link.pos >= 0), key=lambda link: link.pos)
    positions = [link.pos for link in links]
    if not links:
        return
    if "\r" in prose and "\n" not in prose:
        # An article saved with old Mac line ends (CR alone): the line patterns open at a "\n". The same
        # length, so every position stays the prose's (seed12).
        prose = prose.replace("\r", "\n")
    for line_start, label, title_text, title_start, title_end in itertools.chain(
        _related_lines(prose),
        _related_next_lines(prose),
        _dashed_related_lines(prose),
        _labelled_title_lines(prose),
    ):
        label = clean_text(label).capitalize()
        first, last = bisect.bisect_left(positions, title_start), bisect.bisect_left(positions, title_end)
        on_line = links[first:last]
        title = clean_text(_strip_urls(title_text, on_line))
        title = title.strip(" \t—–-:|*_")  # and the emphasis closing after the label (``**Related:** Title``)
        if not title or len(title) < 4:
            for link in on_line:
                _note(link, label)
            continue
        target: Link | None = on_line[0] if len(on_line) == 1 else None
        if target is None:
            # The link whose slug the title matches, among the links nearest the line (a related box
            # announces a link of its own article, and this bounds the work on huge pages).
            here = bisect.bisect_left(positions, line_start)
            nearby = links[max(0, here - _RELATED_WINDOW) : here + _RELATED_WINDOW]
            title_words = title_keys(title)
            title_set, title_length, at = set(title_words), len(title_words), line_start
            # The best (score, nearness), the first of equals; nearby is never empty (links is not).
            best: tuple[float, int] | None = None
            candidate = nearby[0]
            for link in nearby:
                key = (slug_score_set(title_set, title_length, slug_keys(link.url)), -abs(link.pos - at))
                if best is None or key > best:
                    best, candidate = key, link
            if best is not None and (best[0] >= 0.6 or _most_of_slug(title_set, slug_keys(candidate.url))):
                target = candidate
        if target is None:
            index = bisect.bisect_left(positions, title_end)
            if index < len(links):
                after = links[index]
                gap = prose[title_end : after.pos]
                if after.standalone and gap.count("\n") <= 2 and not gap.strip():
                    target = after
        if target is not None:
            if target.title is None:
                target.title = _without_source_note(_quoted_lead(title), target)
            _note(target, label)


#: Opening quotation marks and the marks that close them.
_CLOSING_QUOTE = {"«": "»", "“": "”", "„": "“", '"': '"', "‘": "’", "「": "」", "『": "』"}


def _quoted_lead(title: str) -> str:
    """A related line's title in quotation marks followed by more words (``«Title» (Outlet, in English)``,
    ``“Title” — Outlet``): the quoted words; else the title as it is (a quote inside a title, ``Why
    “net zero” matters``, does not open it)."""
    close = _CLOSING_QUOTE.get(title[:1])
    if close is None:
        return title
    end = title.find(close, 1)
    if end < 4 or end == len(title) - 1 or title[end + 1] not in " \t,(—–-:":
        return title
    return title[1:end].strip()


_SOURCE_NOTE = lazy_re(r"[ \t]*\((?P<note>[^()\r\n]{2,80})\)$")
_MARKER_NOTE = lazy_re(r"[ \t]*\(\d{1,3}\)$")
#: A note opened at the line's end and closed on the next line: no part of the title.
_OPEN_NOTE = lazy_re(r"[ \t]+\([^()\r\n]{0,40}$")


def _without_source_note(title: str, link: Link) -> str:
    """A related line's title without the note in parentheses that ends it when the note names the link's
    outlet, its date, or both (``Title (The Moscow Times, 29 August 2019)``, ``Title (Gulf Ledger)``): the
    source of the title, not a part of it (the date is given to the link that has none). A parenthesis that
    is neither stays (``Title (Part 2)``, ``Title (video)``). A number alone in the parentheses is a marker
    of the link in a list of links (``Title (3)`` and ``3. <url>`` below): no part of the title either, nor
    a parenthesis the line opens and does not close (``Title? (The`` / ``Moscow Times)``)."""
    cut = _OPEN_NOTE.search(title)
    if cut is not None and cut.start() >= 4:  # "Title? (The" + "Moscow Times)" on the next line
        return title[: cut.start()].rstrip()
    marker = _MARKER_NOTE.search(title)
    if marker is not None and marker.start() >= 4:
        return title[: marker.start()].rstrip()
    m = _SOURCE_NOTE.search(title)
    if m is None and (" - " in title or " — " in title or " – " in title):
        return _without_dash_source(title, link)
    if m is None or m.start() < 4:
        return title
    name, comma, rest = m.group("note").rpartition(",")
    date = parse_date(rest.strip(), allow_year=False) if comma else None
    if date is None and comma and len(rest.strip()) <= 12 and names_host(name, link.url):
        pass  # ``(The Moscow Times, англ.)``: the outlet and the page's language (nineteenth held-out batch)
    elif date is None:
        name = m.group("note")
        date = parse_date(name.strip(), allow_year=False)
        if date is not None:
            name = ""
    name = name.strip()
    if name:
        if not names_host(name, link.url):
            return title
    elif date is None:
        return title
    if date is not None and link.date is None:
        link.date = date
    return title[: m.start()].rstrip()


#: A related line's source after a spaced dash at its end: ``Title - The Moscow Times, 2 may 2024``.
_DASH_SOURCE = lazy_re(r"[ \t][-–—][ \t]+(?P<name>[^\r\n,]{2,60}?)(?:,[ \t]*(?P<date>[^\r\n,]{4,30}))?$")


def _without_dash_source(title: str, link: Link) -> str:
    """A related line's title without the outlet (and date) a spaced dash puts after it, when the outlet
    names the link's host (``Title - The Moscow Times, 2 may 2024``; added after the twenty-fourth held-out
    batch): the title's source, as a note in parentheses is. A dash before other words stays (``Title -
    Part 2``, ``Iraq - the view from Baghdad``)."""
    m = _DASH_SOURCE.search(title)
    if m is None or m.start() < 4 or not names_host(m.group("name").strip(), link.url):
        return title
    date = parse_date(m.group("date").strip(), allow_year=False) if m.group("date") else None
    if m.group("date") and date is None:
        return title  # (a clause after the comma that is no date: not a source note)
    if date is not None and link.date is None:
        link.date = date
    return title[: m.start()].rstrip()


def _most_of_slug(title_set: set[str], slug: tuple[str, ...]) -> bool:
    """Whether three or more words of a slug, three in four at least, are the title's: a transliterated slug
    drops the title's words (``kazakhstan-mi-35m-postavka`` for "Казахстан получил ... Ми-35М")."""
    hits = sum(map(title_set.__contains__, slug))
    return hits >= 3 and hits * 4 >= len(slug) * 3


def _related_lines(prose: str) -> Iterator[tuple[int, str, str, int, int]]:
    """Each "Related article: ..." line of ``prose``: ``(where the line starts, its label, its title, where
    the title starts and ends)``, as a search of the pattern with ``^`` (at each line's start) finds them."""
    more = not prose.isascii() and any(letter in prose for letter in _MORE_LABEL_LETTERS)
    pattern = _RELATED if more else _RELATED_BASE  # (more labels cost every line's start a little more)
    for m in pattern.finditer("\n" + prose):  # one character in front: positions are one less in prose
        yield m.start(), m.group("label"), m.group("title"), m.start("title") - 1, m.end("title") - 1


def _related_next_lines(prose: str) -> Iterator[tuple[int, str, str, int, int]]:
    """As :func:`_related_lines`, for a label alone on its line whose title is the next line: tried only at
    the lines that end with a colon (few), not at every line."""
    if not any(end in prose for end in (":\n", ":\r", ": \n", "：")):
        return  # no line ends with a colon (a search for the pattern's class is 20x slower than these)
    for colon in _COLON_LINE_END.finditer(prose):
        start = max(prose.rfind("\n", 0, colon.start()), prose.rfind("\r", 0, colon.start()))
        if colon.start() - start > 60:
            continue  # a label is short: this line is a sentence ending with a colon
        m = _RELATED_ALONE.match("\n" + prose, start + 1)
        if m is not None:
            yield m.start(), m.group("label"), m.group("title"), m.start("title") - 1, m.end("title") - 1


_COLON_LINE_END = lazy_re(r"[:：][ \t]*(?:\r?\n|\r)")

#: A related line in any language: a short label and its colon, the title, a spaced dash, the address ending
#: the line (``Ошондой эле окуңуз: Title – URL``, ``Lexoni edhe (në anglisht): Title - The Moscow Times
#: <URL>``; art45). The label is one to four words of letters (a hyphen inside a word), no digit: a time
#: (``12:30``) or a numbered line is none. The dash stands before the address or after the title.
_DASHED_RELATED = lazy_re(
    r"\n[ \t>*•·]*(?P<label>[^\W\d_][\w’'-]*(?:[ \t]+[^\W\d_][\w’'-]*){0,3})"
    + _LABEL_NOTE
    + r"[ \t]*[:：][ \t]*(?=[^\r\n]*?[ \t][-–—][ \t])"
    + r"(?P<title>[^\s:：<][^\r\n]{0,300}?[ \t]<?(?:https?|ftp)://[^\s<>]+>?)[ \t]*\r?$",
    re.MULTILINE,
)
_SPACED_DASHES = (" – ", " - ", " — ")
_HEADLINE_OPENERS = "\"“«„「‘'0123456789"


def _reads_as_headline(words: list[str]) -> bool:
    """Whether a line's words (after its label) read as a headline: three or more, the first opening with a
    capital, a digit or a quotation mark (:data:`_HEADLINE_OPENERS`), and no sentence ending on the last (a
    full stop after a word not in capitals). :func:`_dashed_related_lines`' and
    :func:`_labelled_title_lines`' test (one since tidy14)."""
    if len(words) < 3 or not (words[0][:1].isupper() or words[0][:1] in _HEADLINE_OPENERS):
        return False
    return not (words[-1][-1:] == "." and not words[-1][:-1].isupper())


def _dashed_related_lines(prose: str) -> Iterator[tuple[int, str, str, int, int]]:
    """As :func:`_related_lines`, for a line of :data:`_DASHED_RELATED` whatever its label's words: a
    headline of three words or more opening with a capital, a digit or a quotation mark (not a clause,
    ``Note: see the report – URL``, nor a name alone, ``Чыганак: ТАСС – URL``). Tried only in prose holding
    a spaced dash and an address."""
    if "://" not in prose or not any(dash in prose for dash in _SPACED_DASHES):
        return
    for m in _DASHED_RELATED.finditer("\n" + prose):
        if not _reads_as_headline(_ANY_URL.sub(" ", m.group("title")).strip(" \t—–-<>").split()):
            continue  # a clause, a name alone, a sentence ending before its link: not a headline
        note = _ANY_URL.sub("", m.group("title")).rpartition(",")[2].strip(" \t—–-<>")
        if len(note) <= 40 and any(ch.isdigit() for ch in note):
            continue  # a source line's outlet and date (``Источник: РИА Новости, 9 января 2020 — URL``)
        title = m.group("title").replace("<http", " http").replace("<ftp", " ftp").rstrip(">")
        yield m.start(), m.group("label"), title, m.start("title") - 1, m.end("title") - 1


_ANY_URL = lazy_re(r"(?:https?|ftp)://\S+")
#: An address alone on its line (after the line break before it), and the line above it: a short label, its
#: colon and a title (``Ҫавӑн пекех вулӑр: Title`` / URL; art46).
_ADDRESS_LINE = lazy_re(r"\n[ \t]*<?(?P<url>(?:https?|ftp)://[^\s<>]+)>?[ \t]*(?:\r?\n|\r?$)")
_LABELLED_LINE = lazy_re(
    r"[ \t>*•·]*(?P<label>[^\W\d_][\w’'-]*(?:[ \t]+[^\W\d_][\w’'-]*){0,3})"
    + _LABEL_NOTE
    + r"[ \t]*[:：][ \t]*(?P<title>[^\s:：<][^\r\n]{8,300}?)[ \t]*\r?"
)
#: The fewest letters of a slug's word read as the start of a title's word (``raketa`` of ``ракетӑсемпе``).
_SLUG_STEM = 4


def _labelled_title_lines(prose: str) -> Iterator[tuple[int, str, str, int, int]]:
    """As :func:`_related_lines`, for a line of a short label in any language, its colon and a headline,
    over a line holding the address alone (added by art46: Chuvash ``Ҫавӑн пекех вулӑр: Title`` / URL): the
    headline as :func:`_dashed_related_lines` takes it, and two words of the address's slug or more the
    starts of its words (a slug romanises and cuts the headline's words: ``iran-raketa`` of ``Иран ...
    ракетӑсемпе``), which a source line's name (``Источник: Министерство обороны России`` / URL) does not
    give. Tried only at the lines that hold an address alone."""
    if "://" not in prose:
        return
    for a in _ADDRESS_LINE.finditer(prose):
        end = a.start()
        start = prose.rfind("\n", 0, end) + 1
        if end - start < 12 or (":" not in prose[start:end] and "：" not in prose[start:end]):
            continue
        m = _LABELLED_LINE.fullmatch(prose, start, end)
        if m is None or "://" in m.group("title"):
            continue
        if not _reads_as_headline(m.group("title").split()):
            continue
        keys = title_keys(m.group("title"))
        stems = [w for w in slug_keys(a.group("url")) if len(w) >= _SLUG_STEM and not w.isdigit()]
        if sum(1 for w in stems if any(k.startswith(w) for k in keys)) < 2:
            continue
        yield start, m.group("label"), m.group("title"), m.start("title"), m.end("title")


def _strip_urls(text: str, links: list[Link]) -> str:
    """``text`` without the links' URLs, nor their texts when a text is an address written without its scheme,
    perhaps cut short (a VK post's ``themoscowtimes.com/2024/05/02/will-russia-reinf...``: added after the
    nineteenth held-out batch)."""
    for link in links:
        text = text.replace(link.url, " ")
        if link.text and _ADDRESS_TEXT.fullmatch(link.text):
            text = text.replace(link.text, " ")
    text = _ANY_URL.sub(" ", text)
    return _EMPTY_BRACKETS.sub(" ", text) if "<" in text or "(" in text or "[" in text else text


#: The brackets an address stood in, emptied (``Title <https://...>``, ``Title (https://...)``, a mail's plain
#: part: added after the seed22 probe, whose title kept ``< >``).
_EMPTY_BRACKETS = lazy_re(r"[<(\[][ \t]*[>)\]]")
#: A link's text that is an address without its scheme: a host with a dot, a path, perhaps ``...`` or ``…``.
_ADDRESS_TEXT = lazy_re(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+/\S*")


def _note(link: Link, note: str) -> None:
    if note not in link.notes:
        link.notes.append(note)


# --- dates of cited reports -----------------------------------------------------------------------------

_CLOSERS = "\"'”’»)\\]"
_NEXT_SENTENCE = rf"(?=[\"'“‘«(\[]?[{_UPPER}])"
#: Where a sentence ends: what ``(?<=[.!?])[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-Z...])|\r?\n[ \t]*\r?\n|
#: (?<=[:;])\s*\r?\n`` matches (a full stop and a capital but not "14. November", a blank line, a colon at a
#: line end, a line break before a list item's bullet: ``- ``, ``* ``, ``• ``), written to
#: start with a character class (a closing quote or bracket, or white space: the first character of every
#: alternative) so that the regex engine skips ahead instead of trying every position. (The two alternatives
#: that end with ``_NEXT_SENTENCE`` share it: the class of capitals is compiled once, not twice.)
#: Not after a day written as an ordinal before its month (German "vom 14. November", Luxembourgish "den 3.
#: Mäerz", artdates8): that full stop ends no sentence.
_NOT_ORDINAL_DATE = (
    r"(?!(?:(?<=\b\d\.\s)|(?<=\b\d\d\.\s))(?i:"
    + "|".join(sorted([*MONTHS, *PROSE_OPT_IN_CAPITALISED], key=len, reverse=True))
    + r")\b)"
)
#: A footnote marker may stand between the full stop and the space (``review.[a] London``, ``said.[12] The``).
_SENTENCE_END = lazy_re(
    rf"[{_CLOSERS}\s](?:(?:(?:(?<=[.!?][{_CLOSERS}])|(?<=[.!?]\[\w\])|(?<=[.!?]\[\w\w\]))[{_CLOSERS}]*\s+|"
    rf"(?<=[.!?]\s)\s*){_NOT_ORDINAL_DATE}{_NEXT_SENTENCE}"
    r"|(?<=\r)\n[ \t]*\r?\n|(?<=\n)(?:[ \t]*\r?\n|(?=[ \t]*[-*•][ \t]))|(?<=[:;]\s)\s*\r?\n|(?<=[:;]\n))"
)
#: Where :func:`_sentence_ends` tries ``_SENTENCE_END``: just after a ``.!?:;`` that a character of its
#: first class (a closing quote or bracket, white space) or a footnote marker's ``[`` follows (after any
#: other, as in a URL's ``https://www.`` or a number's ``3.5``, it cannot match), and at each line break.
#: (One character class first, as the regex engine scans for it fastest.)
_SENTENCE_END_AFTER = lazy_re(rf"[.!?:;\r\n](?:(?<=[\r\n])|(?=[{_CLOSERS}\s\[]))")
#: Weekday names, longest first (so that ``среду`` is not read as a shorter name).
_WEEKDAY_NAMES = sorted(WEEKDAYS, key=len, reverse=True)


def _weekday_regex(names: list[str]) -> re.Pattern[str]:
    r"""A weekday of ``names`` (longest first), perhaps after "on": what ``\b(?:on\s+)?(monday|...|sunday|
    montag|...|воскресенье)\b`` (ignoring case) matches, written to start with a character class for the same
    reason (the first letters of "on" and of the names, both cases), the rest of each alternative after a
    lookbehind for its first letter. Group 1 is the weekday after "on" (else group 0 is)."""
    return re.compile(
        "["
        + "".join(sorted({c for name in ["on", *names, "ſ"] for c in (name[0], name[0].upper())}))
        + r"](?<!\w.)(?i:(?<=o)n\s+("
        + "|".join(names)
        + r")\b|"
        + "|".join(
            f"(?<={first})(?:{'|'.join(name[1:] for name in names if name[0] == first)})\\b"
            for first in sorted({name[0] for name in names})
        )
        + ")"
    )


#: Every weekday name, and those of the languages read in every article (not :data:`MORE_WEEKDAYS`).
_WEEKDAY = _weekday_regex(_WEEKDAY_NAMES)
_WEEKDAY_BASE = _weekday_regex([name for name in _WEEKDAY_NAMES if name not in MORE_WEEKDAYS])
#: A digit beside white space, which every month and day (``Jan. 9``, ``9 January``) has.
_DIGIT_BY_SPACE = lazy_re(r"[\s\d](?:(?<=\s)\d|(?<=\d)\.?\s)")
#: A month and a day's shape (``Jan. 9``, ``9 de enero``; Maltese ``9 ta' Jannar``, Hausa ``9 ga Janairu`` and
#: Basque ``urtarrilaren 9an``, artdates2): a cheap test before :func:`report_day` reads one.
_MONTH_DAY = lazy_re(
    r"\b(?:on\s+)?[^\W\d_]{3,9}\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:de\s+|ta['’]\s*|ga\s+)?[^\W\d_]{3,12}\b"
    r"|ren\s+\d{1,2}(?:e?a?n|a)?\b|\b\d{1,2}[êی]\s+[^\W\d_]{3,12}\b"
    r"|\b\d{1,2}-[^\W\d_]{3,12}\b|\b\d{1,2}ס?ט(?:ן|ער)\s"  # ``7-январда``, ``8טן יאַנואַר`` (artdates5)
    r"|\b\d{1,2}\s[\u0900-\u09ff]"  # ``২৮ জুলাই``: a vowel sign splits the month's letters (artdates6)
    r"|\d\s*[\u0e01-\u0e2e\u0e40-\u0e44]|\d\s+\u05d1"  # Thai ``7 มี.ค.``, Hebrew ``7 במרץ`` (artdates7)
)
_REPORTING_WORDS = """
    told tell tells said says say reported reports quoted quotes quoting cited cites citing wrote writes
    published publishes according interview announced tweeted posted stated confirmed covered
    released issued finalized finalised estimated urged warned forecast forecasts predicted asked
    berichtet berichtete berichteten meldet meldete sagt sagte sagten schreibt schrieb zitiert zitierte
    erklärte laut zufolge angaben
    сообщил сообщила сообщили сообщает сообщают заявил заявила заявили пишет писал писала писали передает
    передаёт передал передала рассказал рассказала ссылкой данным словам
    dijo informó informa publicó según declaró afirmó
    selon rapporté rapporte annoncé indiqué déclaré publié écrit
    повідомляє повідомила повідомив повідомили пише писала заявив заявила даними посиланням
    göre bildirdi aktardı aktardığına açıkladı konuşan söyledi yazdı
    riferito riferisce scrive scritto secondo anticipato dichiarato annunciato pubblicato pubblicati
    informou informa segundo revelou disse afirmou publicou divulgou divulgados divulgou noticiou
    podała podał podało poinformował poinformowała poinformowało według napisał napisała pisze donosi
    danych przekazał przekazała
    speaking statement aseguró entrevista pressemitteilung mitteilung communiqué comunicado mitteilte
    mitgeteilt teilte heißt написал написала написали
    отмечают отмечает отметил публикация publiée publiées publiés publicado publicada
    паведаміла паведаміў паведамілі паведамляе піша пісала пісаў паводле даных спасылкай заявіў заявіла
"""  # English, German, Russian, Spanish, French, Ukrainian, Turkish, Italian, Portuguese, Polish, Belarusian
#: Reporting words of Dutch, Indonesian, Hindi (stems: a vowel sign, which ``\w`` does not match, ends बताया,
#: कहा, लिखा), Persian, Czech, Swedish, Hungarian, Greek, Finnish, Croatian, Romanian, Swahili and Bengali
#: (stems, as Hindi's: জানিয়েছে, বলেন), Norwegian, Danish, Slovak, Bulgarian, Filipino, Lithuanian, Icelandic,
#: Estonian, Slovenian, Latvian, Kazakh (after the twenty-third batch), Azerbaijani (after the
#: twenty-fourth), Macedonian and Albanian (after the thirty-first), Urdu (after the thirty-second), Malay
#: and Tamil (after the thirty-third; Tamil's as stems that end on a letter, before its vowel sign or
#: virama, where a word boundary falls), Galician, Basque (``esan zionez``, as told; ``jaso zuenez``, as
#: reported), Hausa and Maltese (after the thirty-fourth), Georgian, Bashkir, Kurmanji, Sorani and Irish
#: (artdates3, artdates4), Tajik (``хабар`` in ``хабар дод``, "reported"; ``навишта``, "written") and Tatar
#: (``язган``, "had written"; artdates8), read (as
#: :data:`~linkcheck.articles._dates.MORE_WEEKDAYS` are) only in an article that may be in one of those
#: languages (:func:`_more_languages`).
_MORE_REPORTING_WORDS = """
    meldde meldt zei zegt schreef schrijft volgens berichtte presenteerde publiceerde
    mengatakan dikutip menurut melaporkan dilaporkan dilansir mencatat rilis mengimbau
    बताय कह लिख अनुसार
    گزارش اعلام نوشت گفت
    informoval informovala informovali napsal napsala napsali uvedl uvedla uvedli řekl řekla řekli upozornil
    upozornila oznámil oznámila zveřejnil zveřejnila zveřejněných podle
    uppger uppgav enligt säger sade skriver skrev rapporterar rapporterade publicerades publicerade meddelade
    közölte közölték mondta írta szerint jelentette nyilatkozta
    μετέδωσε ανακοίνωσε δήλωσε σύμφωνα ανέφερε έγραψε
    kertoo kertoi mukaan sanoi uutisoi julkaisemassaan julkaistussa arvioi tiedotteessa
    objavio objavila objavili javila javio rekao rekla prema pisanju
    anunțat anunţat potrivit declarat scria scrie publicat informat
    imetangaza alitangaza liliripoti aliiambia ilichapisha mujibu
    জানিয়েছ বল প্রকাশিত
    opplyser opplyste ifølge melder meldte skriver skrev publiserte oplyser oplyste ifølge skriver
    uviedol uviedla uviedli povedal povedala podľa informoval informovala zverejnil zverejnila
    съобщи съобщиха заяви заявиха според публикува каза писа
    ayon sabi inilabas iniulat panayam
    pranešė teigė sakė paskelbtoje paskelbė
    greindi greinir sagði segir samkvæmt birti tilkynnti
    teatas ütles andmetel avaldas kirjutas vahendas
    sporočil sporočila sporočili poroča poročal poročala objavil objavila objavili navedel navedla
    ziņoja sacīja teica paziņoja publicēja saskaņā vēsta
    мәлімдеді хабарлады жазды келтірді айтты мәлімдемесінде жазғандай
    bildirib bildirdi yayıb yaydı yazıb yazdı deyib vermişdi
    изјави изјавил изјавила изјавија пренесе пренесоа објави објавија соопшти рече рекол според
    tha raportoi raporton njoftoi deklaroi shkruan shkroi konfirmoi sipas
    بتایا بتائی بتائے کہا لکھا مطابق نقل رپورٹ
    kata katanya dipetik laporan memetik
    தெரிவித்த வெளியிட்ட கூறின கூறிய
    contou citou dixo esan zionez zuenez jakinarazi ruwaito ambato qal skont
    იტყობინება იტყობინებოდა განაცხადა გაავრცელა იუწყება თანახმად хәбәр белдерҙе ragihand ragihandin
    ڕایگەیاند ڕاگەیاند وتی thuairiscigh tuairiscíodh dúirt réir rahoton
    განუცხადა ციტირებს килтерә بڵاوکردەوە
    ասել ասաց մեջբերել գրել հայտնել հայտնեց радзырдта æрхаста фехъусын ئېيتتى نەقىل خەۋەر билдирди келтирди
    жазган мэдэгджээ мэдэгдэв татжээ нийтэлсэн citavo rašė דערציילט ציטירט באַריכטעט באריכטעט
    рекао рекла пренео пренела писао писала објавио објавила preneo prenela pisao pisala izjavio izjavila
    ذكرت ذكرته وذكرت نقلت ونقلت قالت وقالت أفادت وأفادت أصدرته פרסמה שפרסמה דיווח לפי אמרו ציינה
    гуфт гуфтааст иқтибос әйткән әйтте китерде хәбәр aýtdy getirdi habar beýanat
    matgedeelt bericht geschriwwen publizéiert gesot פורסם
    хабар навишта навишт нашр язган язды
"""
_REPORTING_BASE = lazy_re(_first_letter_alternation(_REPORTING_WORDS.split()))
#: Russian publishing verbs (``опубликовал``, ``выпустил`` and their forms; added after the fourteenth
#: held-out batch), searched apart, only in a sentence that is not ASCII: two more first letters (``в``,
#: ``о``) in the words' class above would cost every sentence of every language a slower scan.
_REPORTING_PUBLISHED = lazy_re(r"(?<!\w)(?:[Оо]публикова|[Вв]ыпусти)(?:л|ла|ло|ли)\b")


def _published_ru(sentence: str) -> bool:
    """Whether ``sentence`` holds a Russian publishing verb (:data:`_REPORTING_PUBLISHED`); plain searches for
    the words' stems first, so that other sentences cost two substring tests."""
    return ("публикова" in sentence or "ыпусти" in sentence) and _REPORTING_PUBLISHED.search(
        sentence
    ) is not None


_REPORTING = lazy_re(_first_letter_alternation([*_REPORTING_WORDS.split(), *_MORE_REPORTING_WORDS.split()]))
#: A channel's own address on a messaging or social platform: one path segment, a handle (``t.me/name``,
#: ``instagram.com/name/``), no post, no query.
_CHANNEL_PATH = lazy_re(r"/[A-Za-z0-9_.]{3,40}/?")


def _names_platform(words: str, platform: str) -> bool:
    """Whether lower-case ``words`` name ``platform`` (a name of :data:`FOLLOW_PLATFORMS`): within a word for
    a longer name (``Telegram-каналга``, ``Facebooku``), a one-letter name as a word of its own (``Síguenos en
    X:``; not the x of ``Texas``)."""
    if len(platform) > 1:
        return platform in words
    return re.search(rf"(?<![^\W\d_]){re.escape(platform)}(?![^\W\d_])", words) is not None


def follow_call(before: str, url: str) -> bool:
    """Whether a line's words before a bare address call to follow a channel, in any language: the address
    is a channel, no post (:data:`_CHANNEL_PATH`), on a platform of ``_base``'s :data:`FOLLOW_PLATFORMS` (the
    list its English ``follow ... on <platform>`` reads), the words name that platform (``Безнең
    Telegram-каналга язылыгыз:``, ``Na ndiqni në Instagram:``; art45), end with a colon before the address,
    and hold no reporting word (``The ministry announced it on its Telegram channel: t.me/...`` cites the
    channel). A post (``t.me/name/123``) is never one."""
    words = before.rstrip()
    if not words.endswith((":", "：")) or len(words) > 200:
        return False
    with contextlib.suppress(ValueError):
        parts = urllib.parse.urlsplit(url)
        host = (parts.hostname or "").removeprefix("www.")
        platform = PLATFORM_HOSTS.get(host) or host.partition(".")[0]
        if platform not in FOLLOW_PLATFORMS or parts.query or _CHANNEL_PATH.fullmatch(parts.path) is None:
            return False
        return _names_platform(words.lower(), platform) and _REPORTING.search(words) is None
    return False


#: Words that Dutch (``het``, ``een``, ``van``), Indonesian (``yang``, ``dan``, ``di``), Swahili (``ya``),
#: Czech (``že``), Swedish (``och``, ``att``), Hungarian (``és``), Finnish (``ja``, ``että``), Croatian and
#: Slovak (``je``), Romanian (``și``, ``că``), Norwegian and Danish (``og``), Lithuanian (``ir``), Bulgarian
#: (``се``), Filipino (``ng``) and Icelandic (``að``; Estonian's ``ja``, Slovenian's ``je`` and Latvian's
#: ``ir`` are Finnish's, Croatian's and Lithuanian's; not Latvian ``un``, which French, Spanish and Italian
#: prose holds as often) prose holds in nearly every paragraph, with the spaces
#: around them (Italian's ``di`` and English names' ``van`` only cost those articles the longer search);
#: Hindi, Persian, Greek and Bengali are told by their scripts. Galician (``unha``, ``polas``), Basque
#: (``eta``) and Hausa (``ya``, Swahili's) were added after the thirty-fourth held-out batch, Irish (``agus``,
#: "and") by artdates3, Luxembourgish (``huet``, "has"; ``vum``, "of the") by artdates7.
_MORE_LANGUAGE_WORDS = (
    " het ",
    " een ",
    " van ",
    " yang ",
    " dan ",
    " di ",
    " ya ",
    " ng ",
    " unha ",
    " polas ",
    " eta ",
    " agus ",
    " huet ",
    " vum ",
)
#: Czech's, Swedish's, Hungarian's, Finnish's, Croatian's, Romanian's, Norwegian's, Lithuanian's,
#: Bulgarian's (and Macedonian's: ``се``), Albanian's (``të``, added after the thirty-first held-out batch)
#: and Maltese's (``ta'``, after the thirty-fourth), Irish's (``bhí``, "was"), Kurmanji's (``û``, "and") and
#: Estonian's (``oli``, "was", Finnish's too; artdates3)
#: such words, looked for only in an opening that is not ASCII (their prose never is: ``ž``, ``ř``, ``å``,
#: ``ä``, ``ő``, ``š``, ``ț``, ``ø``, ``ė``, ``ë``, Cyrillic...).
_MORE_ACCENTED_WORDS = (
    " že ",
    " och ",
    " att ",
    " és ",
    " ja ",
    " että ",
    " je ",
    " și ",
    " că ",
    " og ",
    " ir ",
    " се ",
    " að ",
    " të ",
    " ta' ",
    " bhí ",
    " û ",
    " oli ",
)
#: How much of the prose the test reads: an article's opening holds its language's common words.
_MORE_LANGUAGE_HEAD = 2000
_MORE_LANGUAGE_OPENINGS = tuple(
    w for word in _MORE_LANGUAGE_WORDS for w in (word.lstrip(), word.lstrip().title())
)
#: Letters every Hindi (Devanagari's vowel signs ``ा``, ``े``), Persian (the Arabic script's alef ``ا``),
#: Greek (``α``), Bengali (the vowel sign ``া``) or Kazakh (Cyrillic ``қ``, no other Cyrillic language's
#: letter but Uzbek's, added after the twenty-third held-out batch) or Azerbaijani (Latin ``ə``, no other
#: language's, after the twenty-fourth) or Tamil (the vowel sign ``ா``, after the thirty-third) or Georgian
#: (``ა``) or Bashkir (Cyrillic ``ә``, Tatar's and Kazakh's too; artdates3) text holds: a plain search for
#: each, not a regex's walk over the whole prose.
_MORE_SCRIPT_LETTERS = (
    "\u093e", "\u0947", "\u0627", "\u03b1", "\u09be", "\u049b", "\u0259", "\u0bbe", "\u10d0", "\u04d9",
    # artdates5: Armenian ա; Kyrgyz and Mongolian ү; Ossetian æ, ӕ; Yiddish's pointed אַ
    "\u0561", "\u04af", "\u00e6", "\u04d5", "\u05b7",
    # artdates6: Serbian Cyrillic ј (Macedonian's too); Hebrew's ו, unpointed
    "\u0458", "\u05d5",
    # artdates7: Tajik ӯ (Cyrillic u with macron); Turkmen ý and ň (Czech's and Slovak's too); Thai's
    # vowel sign า (:data:`_THAI_LETTER`)
    "\u04ef", "\u00fd", "\u0148", "\u0e32",
    # artdates9: Lithuanian ė (e with a dot above), no other language's the reader handles: an opening
    # without ``ir`` (a short post's: b11) is still told
    "\u0117",
)  # fmt: skip
#: Thai (artdates7): it writes no space between words, so its reporting words and weekdays (``วัน`` and the
#: day: ``รายงานเมื่อวันอังคารว่า``, "reported on Tuesday that") are searched as they are written, not between
#: word boundaries; only in an article whose opening holds Thai's commonest letter, the vowel sign ``า``.
_THAI_LETTER = "\u0e32"
_THAI_REPORTING = lazy_re("รายงาน|กล่าว|ประกาศ|เปิดเผย|ระบุ|แถลง|อ้างอิง")
_THAI_WEEKDAY = lazy_re("วัน(จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)")
_THAI_DAYS = {name: number for number, name in enumerate(("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี"))} | {
    "พฤหัส": 3, "ศุกร์": 4, "เสาร์": 5, "อาทิตย์": 6,
}  # fmt: skip


def _thai_weekday(sentence: str, reference: PartialDate) -> tuple[PartialDate, str] | None:
    """The first Thai weekday of ``sentence`` (:data:`_THAI_WEEKDAY`) as the day it is in the week of
    ``reference``, with its words; ``None`` without one that resolves."""
    if "วัน" not in sentence:
        return None
    for m in _THAI_WEEKDAY.finditer(sentence):
        value = resolve_weekday(_THAI_DAYS[m.group(1)], reference)
        if value is not None:
            return value, m.group(0)
    return None


def _more_languages(prose: str) -> bool:
    """Whether ``prose`` may be Dutch, Indonesian, Hindi, Persian, Czech, Swedish, Hungarian or Greek: it
    holds one of :data:`_MORE_LANGUAGE_WORDS` (in lower case, or capitalised opening the prose) or, not being
    ASCII, one of :data:`_MORE_SCRIPT_LETTERS` or :data:`_MORE_ACCENTED_WORDS`, in its first
    :data:`_MORE_LANGUAGE_HEAD` characters. A plain test, once an article (the prose is not lowered: on a
    text that is not ASCII that costs more than the searches it saves)."""
    head = prose[:_MORE_LANGUAGE_HEAD]
    if not head.isascii() and (
        any(letter in head for letter in _MORE_SCRIPT_LETTERS)
        or any(word in head for word in _MORE_ACCENTED_WORDS)
    ):
        return True
    return any(word in head for word in _MORE_LANGUAGE_WORDS) or head.startswith(_MORE_LANGUAGE_OPENINGS)


#: Characters that no sentence end (a match of ``_SENTENCE_END``: closing quotes and brackets, white space)
#: holds, and that no weekday (``_WEEKDAY``: letters and white space) holds.
_NOT_IN_SENTENCE_END = lazy_re(rf"[^{_CLOSERS}\s]")
_NOT_IN_WEEKDAY = lazy_re(r"[^\w\s]|[\d_]")
#: A point this far past the sentences read so far is reached by a search started near it (see
#: :func:`_sentences_at`); the sentence end it needs is looked for this far before it.
_JUMP = 2048
_BACK = 512


def _sentence_ends(prose: str, start: int) -> Iterator[re.Match[str]]:
    """The ends of the prose's sentences from ``start`` on, as one search from the prose's start finds them:
    matches of ``_SENTENCE_END``, tried just after each ``.!?:;`` (each alternative but the blank line looks
    behind for one) that ``_SENTENCE_END_AFTER`` finds, and at each line break, none within the one before.
    ``start`` is 0, or a position that no sentence end spans (:func:`_unspanned`)."""
    searched = start
    for candidate in _SENTENCE_END_AFTER.finditer(prose, max(0, start - 1)):
        at = candidate.start() if candidate.group() in "\r\n" else candidate.end()
        if prose.startswith("[", at) and (close := prose.find("]", at + 2, at + 4)) > 0:
            at = close  # a footnote marker after the full stop ("review.[a] London"): tried from its "]"
        if at < searched:
            continue
        m = _SENTENCE_END.match(prose, at)
        if m is not None:
            yield m
            searched = m.end()


def _sentences_at(prose: str, points: Sequence[int]) -> list[tuple[int, int]]:
    """The sentences that ``points`` (sorted, not negative) are in, each once, in order, as ``(start, end)``:
    a sentence runs from the end of one sentence end (:func:`_sentence_ends`) to the start of the next, and a
    point gets the last sentence that starts at or before it. The prose is read from its start only up
    to the first point; a point far beyond the last sentence read is reached by a search started shortly
    before it, where no sentence end is under way. A long article's dozen links cost a few sentences each,
    not the hundreds of the whole article."""
    found: list[tuple[int, int]] = []
    ends = _sentence_ends(prose, 0)
    start, end_match = 0, next(ends, None)  # a sentence: where it starts, the end that ends it (None: none)
    for point in points:
        if end_match is not None and point - end_match.end() > _JUMP:
            near = _sentence_ends(prose, _unspanned(prose, point - _BACK, _NOT_IN_SENTENCE_END))
            last, after = None, next(near, None)
            while after is not None and after.end() <= point:
                last, after = after, next(near, None)
            if last is not None:  # the last sentence end before the point: from there, as the whole search
                ends, start, end_match = near, last.end(), after
        while end_match is not None and end_match.end() <= point:
            start, end_match = end_match.end(), next(ends, None)
        sentence = (start, len(prose) if end_match is None else end_match.start())
        if not found or found[-1] != sentence:
            found.append(sentence)
    return found


#: An agency's own dateline opening a paragraph of its copy, as a desk's round-up or a site republishing the
#: agency's items keeps it: a place in capitals, a month and day, then the agency after a dash
#: (``BAGHDAD, January 9 — RIA Novosti.``), between slashes (TASS's ``MOSCOW, January 8. /TASS/.``) or in
#: parentheses before a dash (``MOSCOW. Jan 8 (Interfax) -``, ``LONDON, March 3 (Reuters) -``), at a line's
#: start. Matched with the line break before it.
_AGENCY_DATELINE = lazy_re(
    r"\n[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3}[,.][ \t]*"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}\.?[ \t]+[A-Z][a-z]{2,8}\.?)(?:,?[ \t]+\d{4})?)"
    r"(?:\.?[ \t]+[—–][ \t]*(?P<dash>[A-Z][\w&'’-]*(?:[ \t][A-Z][\w&'’-]*){0,3})\.[ \t]|"
    r"\.[ \t]*/(?P<slash>[A-Z][\w&'’ -]{1,30})/\.|"
    r"[ \t]*\([ \t]*(?P<paren>[A-Z][\w&'’ -]{1,30})\)[ \t]*[—–-][ \t])"
)
#: A line that opens with two capitals: every agency dateline's place does (the cheap test first).
_CAPITALS_LINE = lazy_re(r"\n[A-Z][A-Z]")
#: How far after its dateline an item's link may stand (an item is a paragraph or two and its link lines).
_AGENCY_ITEM = 1500


def attach_agency_datelines(prose: str, links: list[Link], article_date: PartialDate | None) -> None:
    """Give the date and the name of an agency's dateline (:data:`_AGENCY_DATELINE`) to the links of that
    agency that follow it in its item (up to the next such dateline): the copy's own date and source. Only a
    link whose host the agency's name spells (``RIA Novosti`` on ria.ru), and that has no date (an outlet)
    yet, is given one. Looked for only in a text with a line opening with two capitals."""
    if not links:
        return
    lined = "\n" + prose
    if _CAPITALS_LINE.search(lined) is None:
        return
    datelines = list(_AGENCY_DATELINE.finditer(lined))
    if not datelines:
        return
    placed = sorted((link for link in links if link.pos >= 0), key=lambda link: link.pos)
    positions = [link.pos for link in placed]
    for i, m in enumerate(datelines):
        start = m.end() - 1
        stop = min(
            start + _AGENCY_ITEM, datelines[i + 1].start() - 1 if i + 1 < len(datelines) else len(prose)
        )
        agency = (m.group("dash") or m.group("slash") or m.group("paren") or "").strip()
        found = find_month_day(m.group("date"))
        if not agency or found is None:
            continue
        date = resolve_month_day(*found, article_date)
        for link in placed[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, stop)]:
            if not names_host(agency, link.url):
                continue
            if link.date is None and date is not None:
                link.date = date
                _note(link, "dated by its agency's dateline")
            if link.outlet is None or (agency.startswith(link.outlet) and len(agency) > len(link.outlet)):
                link.outlet = agency  # "RIA Novosti", not the "RIA" the host spells


def names_host(name: str, url: str) -> bool:
    """Whether ``name``, all of it (but a few characters), names the outlet on ``url``'s host."""
    name = name.strip(" .,:;")
    mentions = find_mentions(name, host_labels(url)[:2], cue=False)
    return any(len(mention.name) >= len(name) - 4 for mention in mentions)


#: The labels of a line that gives a paragraph's source below it (``Манбаъ: URL``, artdates7): English,
#: Tajik (``манбаъ``, ``сарчашма``), Uzbek and Tatar (``манба``, ``чыганак``), Russian and Ukrainian.
_SOURCE_LABELS = frozenset(("source", "манбаъ", "манба", "сарчашма", "чыганак", "источник", "джерело"))
#: How long a paragraph above a source line may be to be read as the link's sentence.
_SOURCE_PARAGRAPH = 1500


def _source_line_paragraph(prose: str, start: int, pos: int, positions: Sequence[int]) -> int:
    """Where the sentence of the link at ``pos`` is read from: ``start``, unless the link stands on a line of
    its own after a source label (:data:`_SOURCE_LABELS`, ``Манбаъ: URL``), whose paragraph above (the lines
    just before it, perhaps after one blank line) holds no link (``positions``, sorted): then that
    paragraph's start, so that its weekday and reporting verb date the report it names the source of."""
    line = prose.rfind("\n", 0, pos) + 1
    if line <= 0 or line < start or pos - line > 24:
        return start
    label = prose[line:pos].strip().rstrip(":").strip().lower()
    if label not in _SOURCE_LABELS:
        return start
    above = prose[max(0, line - _SOURCE_PARAGRAPH) : line].rstrip()
    if not above:
        return start
    offset = line - len(prose[max(0, line - _SOURCE_PARAGRAPH) : line])
    blank = max(above.rfind("\n\n"), above.rfind("\n \n"))
    paragraph = offset + (blank + 2 if blank >= 0 else 0)
    if blank < 0 and offset > 0:
        return start  # no paragraph break within reach: no paragraph to read
    if bisect.bisect_left(positions, paragraph) != bisect.bisect_left(positions, line):
        return start  # the paragraph holds a link of its own: its words are that link's
    return paragraph


def attach_report_dates(
    prose: str,
    links: list[Link],
    mentions: list[Mention],
    article_date: PartialDate | None,
    marks: Sequence[tuple[int, PartialDate]] = (),
) -> None:
    """Date the links whose report a sentence dates ("al-Haider told RIA on Thursday"), read against the
    article's date or, after a timestamp of the text (``marks``: a live blog's post's time), that day."""
    if not links or (article_date is None and not marks and _STATED_YEAR.search(prose) is None):
        return  # with no day to read against, only a date written with its year can date a report
    mark_positions = [pos for pos, _ in marks]
    # Each host label's links, one per URL (a URL cited twice is one report), built once for the article.
    by_label: dict[str, dict[str, Link]] = {}
    for link in links:
        key = url_key(link.url)
        for label in host_labels(link.url)[:2]:
            by_label.setdefault(label, {}).setdefault(key, link)
    mention_starts = [mention.start for mention in mentions]
    placed = sorted((link for link in links if link.pos >= 0), key=lambda link: link.pos)
    positions = [link.pos for link in placed]
    # A sentence dates a report when it cites exactly one link, has a reporting verb, and a weekday or a
    # month and day. Only a sentence that holds a link or names an outlet can cite one: a long article has
    # hundreds of sentences and a dozen links, so only those are read, and the prose only around them. The
    # cheap tests come first; the weekday and the month and day are read last, when needed.
    # A sentence ending with a colon, whose link opens the next line ("... in a statement:" + URL line).
    introduced: dict[int, Link] = {}
    more: bool | None = (
        None  # whether the prose may be in a language read only when it may (once, when needed)
    )
    thai = False  # whether it may be Thai (with ``more``)
    if article_date is not None:
        _date_source_lines(prose, placed, article_date)
    for link in placed:
        colon = prose.rfind(":", max(0, link.pos - 8), link.pos)
        if colon >= 0 and "\n" in prose[colon : link.pos] and not prose[colon + 1 : link.pos].strip():
            introduced[colon] = link
    for start, end in _sentences_at(prose, sorted({*positions, *mention_starts, *introduced})):
        cited = placed[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)]
        if not cited and introduced:
            colon = prose.rfind(":", start, end + 1)
            if colon >= 0 and colon in introduced and not prose[colon + 1 : end].strip():
                cited = [introduced[colon]]
        if len(cited) > 1:
            cited = _one_per_url(cited)  # a URL cited twice is one report
        if len(cited) != 1:
            lo = bisect.bisect_left(mention_starts, start)
            hi = bisect.bisect_left(mention_starts, end)
            named = {mentions[k].label for k in range(lo, hi)}
            if len(cited) > 1:
                # Several links in one sentence: the one whose outlet the sentence names is the report; of
                # several so named, the one named in whole words or an acronym, over names read from a host's
                # cut words or initials, which name an outlet only beside a cue (art49).
                cited = [link for link in cited if named & set(host_labels(link.url)[:2])]
                if len(cited) > 1:
                    whole = {mentions[k].label for k in range(lo, hi) if mentions[k].quality == 2}
                    firm = [link for link in cited if whole & set(host_labels(link.url)[:2])]
                    cited = firm if len(firm) == 1 else cited
            else:
                pools = [by_label[label] for label in named if label in by_label]
                if len(pools) == 1 and len(pools[0]) == 1:
                    cited = list(pools[0].values())
        if len(cited) != 1 or cited[0].date is not None:
            continue  # nothing cited here, or more than one report (or the link is dated already)
        start = _source_line_paragraph(prose, start, cited[0].pos, positions)
        sentence = prose[start:end]
        if more is None:
            more = _more_languages(prose)
            thai = more and _THAI_LETTER in prose[:_MORE_LANGUAGE_HEAD]
        link = cited[0]
        reference = article_date
        candidate: tuple[PartialDate, str] | None = None
        if (
            (_REPORTING if more else _REPORTING_BASE).search(sentence)
            or _published_ru(sentence)
            or (thai and _THAI_REPORTING.search(sentence))
            # an Estonian or Finnish day in a text too short to be told by its words (art44)
            or (not more and _finnic_day(sentence) and _REPORTING.search(sentence))
        ):
            if mark_positions and (at := bisect.bisect_right(mark_positions, start) - 1) >= 0:
                reference = marks[at][1]  # the day the post holding the sentence was written
            # "... killed in Baghdad on Jan. 3, TASS reported.": a month and day before is the news's own
            content = sentence[reported_content_end(sentence) :]
            if (
                reference is None
            ):  # only a day written with its year (seed7): "on 9 January 2020", "on 09.01.2020"
                candidate = stated_report_day(content)
            else:
                own = (link.pos, link.pos + len(link.text)) if link.text[:1] in _OPENING_QUOTES else _NO_SPAN
                candidate = (
                    _first_weekday(prose, start, end, reference, _WEEKDAY if more else _WEEKDAY_BASE, own)
                    or (_thai_weekday(sentence, reference) if thai else None)
                    or report_day(content, reference)
                    or stated_report_day(content)
                    or relative_day(sentence, reference)
                    or report_month(sentence, reference)
                )
        if candidate is None:  # "The survey, published in the third quarter of 2023, ..." (artdates9)
            quarter = published_quarter(sentence)
            candidate = (quarter, "") if quarter is not None else _published_next(prose, end, positions)
        if candidate is None:
            continue
        value, phrase = candidate
        link.date = value
        if phrase and reference is not None:
            what = "article date" if reference is article_date else "post written"
            _note(link, f"“{clean_text(phrase)}” read as {value} ({what} {reference})")


#: A source line's month and day after its last comma, before the colon that opens its link (added by art46:
#: an AP story's ``Online:`` box, ``RIA Novosti report (in Russian), Jan. 9: URL``, ``Kommersant report, Dec.
#: 27: URL``): the day of the item linked, as a reporting sentence's, its year the article's (or the one
#: before, for a day after the article's). Searched over the few characters before an undated link that a
#: colon introduces, whatever its sentence says.
_DATED_SOURCE_LINE = lazy_re(
    r",[ \t]+(?:[^\W\d_]{3,9}\.?[ \t]+\d{1,2}|\d{1,2}\.?[ \t]+[^\W\d_]{3,9}\.?)[ \t]*:[ \t]*$"
)


def _date_source_lines(prose: str, placed: list[Link], article_date: PartialDate) -> None:
    """Date each undated link that a source line's month and day introduce (:data:`_DATED_SOURCE_LINE`,
    ``TASS report (in Russian), Jan. 8: URL``), read against the article's date (added by art46): the line
    is the link's own, whatever the lines around it (an ``Online:`` box's lines end with no full stop, so
    that a sentence holds them all). Only a link with a colon just before it is looked at."""
    for link in placed:
        if link.date is not None or prose.rfind(":", max(0, link.pos - 3), link.pos) < 0:
            continue
        m = _DATED_SOURCE_LINE.search(prose, max(0, link.pos - 24), link.pos)
        if m is None or (found := report_day(m.group(), article_date)) is None:
            continue
        link.date = found[0]
        if found[1]:
            _note(link, f"“{clean_text(found[1])}” read as {found[0]} (article date {article_date})")


#: A reporting verb that may close a sentence's attribution (``..., TASS reported.``, ``..., the lawmaker told
#: RIA on Thursday.``, ``..., according to TASS``; Russian puts the verb first: ``..., сообщил ТАСС.``).
_CLOSING_ATTRIBUTION = lazy_re(
    r"(?<![\w-])(?:reported|reports|said|says|told|wrote|writes|quoted|added|according[ \t]+to|"
    r"сообщил[аио]?|сообщает|сообщают|передает|передаёт|пишет|написал[аио]?)(?![\w-])",
    re.IGNORECASE,
)
#: An address in the sentence after that verb (a plain text's link), which is no word of the attribution.
_ADDRESS_IN_TEXT = lazy_re(r"(?:https?|ftp)://\S+")


def reported_content_end(sentence: str) -> int:
    """Where the reported content of ``sentence`` ends, when the sentence closes with its attribution after a
    comma (``Soleimani was killed in Baghdad on Jan. 3, the state-run TASS news agency reported.``): the
    comma's offset; else 0 (added after the seed2 probe). A day named before that comma is the news's own (an
    event's: the killing's), not the day the source reported it, which the attribution states if anything
    (``..., al-Haider told RIA on Thursday``). Only for an attribution of a few words after its verb (an
    adverb of time, the outlet, a place), not one that goes on to what was said (``..., TASS reported that
    ...``), and content of four words or more (``On Thursday, TASS reported.`` is the report's day) that
    holds no reporting or publishing verb of its own (``The review, published on 11 March, ...``). Only a
    month and day is read past the cut: a weekday in agency copy's content (``Жириновский в среду призвал
    ..., передаёт ТАСС``) is the day of the wire's report, as an earlier batch reads it."""
    if "," not in sentence:
        return 0
    if "://" in sentence:  # an address's words ("/reports/") are none of the sentence's: blanked, in place
        sentence = _ADDRESS_IN_TEXT.sub(lambda m: " " * len(m.group()), sentence)
    last = None
    for verb in _CLOSING_ATTRIBUTION.finditer(sentence):
        last = verb
    if last is None:
        return 0
    rest = sentence[last.end() :].split()
    if len(rest) > 6 or (rest and rest[0].lower() in ("that", "что", "как")):
        return 0
    comma = sentence.rfind(",", 0, last.start())
    if comma < 0 or len(sentence[:comma].split()) < 4:
        return 0
    if _REPORTING_BASE.search(sentence, 0, comma) or _published_ru(sentence[:comma]):
        return 0  # "The review, published on 11 March, was criticised, ... said": that day is a report's
    return comma


#: A year in a text: without an article's day, a reporting sentence is read only for a date written with it.
_STATED_YEAR = lazy_re(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A day written as digits with dots, day first, and its year ("09.01.2020"), as Russian and most European
#: copy writes it; a year of two digits, or a date in an address or a version number, is none.
_DOTTED_DAY = lazy_re(r"(?<![\d./])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d|\.\d)")


def dotted_report_day(sentence: str) -> tuple[PartialDate, str] | None:
    """The first day a reporting sentence writes as ``DD.MM.YYYY`` ("told RIA on 09.01.2020"), day first as
    every dotted date is, with ``""`` for its words (its year is written: no note). Added after the seed7
    probe: such a day dated nothing. ``None`` without a valid one ("31.02.2020" is none)."""
    if "." not in sentence:
        return None
    for m in _DOTTED_DAY.finditer(sentence):
        value = to_partial(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if value is not None:
            return value, ""
    return None


#: What introduces the day a report was made on: "told RIA on 9 January 2020", "сообщил ТАСС от 09.01.2020".
#: Hebrew writes "on" and "of" as a letter joined to the day (``ב-15 בינואר 2021``, ``מ-15 בינואר 2021``,
#: with a hyphen or a maqaf; artdates9).
_ON_DAY = lazy_re(r"(?<![\w-])(?:(?:on|от)\s+|[במ][-\u05be](?=\d))", re.IGNORECASE)
#: How far after "on" the day written with its year may run ("on Thursday, 9 January 2020").
_ON_DAY_REACH = 32


def stated_report_day(sentence: str) -> tuple[PartialDate, str] | None:
    """The day a reporting sentence states with its year right after "on" (or Russian "от"): ``on 9 January
    2020``, ``on January 9, 2020``, ``on 09.01.2020`` (day first, as dotted days are); ``""`` for its words
    (the year is written: no note). Added after the seed7 probe: such a day dated nothing without an
    article date, and a dotted day never did. Only after "on": an access date (``accessed 12 March 2024``),
    a changelog's or a message's stamp elsewhere in the sentence is no report's day. ``None`` without one."""
    if _STATED_YEAR.search(sentence) is None:
        return None
    for on in _ON_DAY.finditer(sentence):
        tail = sentence[on.end() : on.end() + _ON_DAY_REACH]
        dotted = _DOTTED_DAY.match(tail)
        if dotted is not None:
            found = dotted_report_day(dotted.group(0))
            if found is not None:
                return found
            continue
        for matched, (month, day, year) in month_day_matches(tail, 1):
            if year is not None and tail.startswith(matched):
                value = to_partial(year, month, day)
                if value is not None:
                    return value, ""
    if "kuuta" in sentence or "il " in sentence or "il," in sentence:
        # Estonian's adessive month and Finnish's partitive after a day's dot hold the "on" themselves
        # (``teatas 3. oktoobril 2023``, ``kertoi 3. lokakuuta 2023``; art44)
        for m in _ORDINAL_CASE_DAY.finditer(sentence):
            for _, (month, day, year) in month_day_matches(m.group(), 1):
                value = to_partial(year, month, day) if year is not None else None
                if value is not None:
                    return value, ""
    return None


#: A day's ordinal dot and a month in a case that says "on" (Estonian's adessive ``-il``, Finnish's
#: partitive ``-kuuta``), perhaps a year: with one, :func:`stated_report_day`'s other "on 3 October 2023";
#: with or without, a sentence in Estonian or Finnish, whose reporting words are read (art44).
_ORDINAL_CASE_DAY = lazy_re(
    r"(?<![\d.])\d{1,2}\.\s+[a-zäõ]{3,9}(?:kuuta|il)(?!\w)(?:\s+(?:19|20)\d\d(?!\d))?"
)


def _finnic_day(sentence: str) -> bool:
    """Whether ``sentence`` holds a day of :data:`_ORDINAL_CASE_DAY`. Two substring tests first, then
    :func:`_ordinal_dot` (most English sentences hold "il": "until", "April", "will"; few a digit, a full
    stop and a blank in a row), then the pattern (cost32)."""
    return (
        ("kuuta" in sentence or "il" in sentence)
        and _ordinal_dot(sentence)
        and _ORDINAL_CASE_DAY.search(sentence) is not None
    )


def _ordinal_dot(sentence: str) -> bool:
    """Whether a decimal digit, a full stop and a blank follow one another somewhere in ``sentence``, as
    :data:`_ORDINAL_CASE_DAY`'s ``\\d\\.\\s`` needs (``str.isdecimal`` is ``\\d``'s class, ``str.isspace``
    ``\\s``'s): one ``str.find`` a full stop, where a sentence holds one or two."""
    at = sentence.find(".", 1)
    while 0 < at < len(sentence) - 1:
        if sentence[at - 1].isdecimal() and sentence[at + 1].isspace():
            return True
        at = sentence.find(".", at + 1)
    return False


def report_day(sentence: str, article_date: PartialDate | None) -> tuple[PartialDate, str] | None:
    """The day a reporting sentence's month and day name, read against the article's date, and the words
    it was read from when its year had to be inferred (``""`` when the sentence gave the year: only an
    inferred year deserves a note). The first month and day, unless it is the article's own date and
    another follows (a wire dateline opening the sentence: "HAMBURG — October 2, 2024 — ... published on
    September 24"); ``None`` without one."""
    if _DIGIT_BY_SPACE.search(sentence) is None or _MONTH_DAY.search(sentence) is None:
        return None  # no month and day (which has a digit beside a space)
    found: tuple[str, tuple[int, int, int | None]] | None = None
    value: PartialDate | None = None
    for matched, day in month_day_matches(sentence):
        resolved = resolve_month_day(*day, article_date)
        if resolved is not None and (found is None or value == article_date):
            found, value = (matched, day), resolved
        if value is not None and value != article_date:
            break
    if found is None or value is None:
        return None
    return value, found[0] if found[1][2] is None else ""


#: A day named by its distance from the article's: the day itself ("today", "this morning", "earlier
#: today"), yesterday (in the languages whose weekdays are read), the day before it, "two days ago".
_RELATIVE_DAY = lazy_re(
    r"(?<!\w)(?:(?P<zero>(?:earlier\s+|later\s+)?today|this\s+(?:morning|afternoon|evening)|tonight)|"
    r"(?P<one>yesterday|ayer|gestern|ieri|ontem|wczoraj|вчера|вчора|учора)|"
    r"(?P<two>anteayer|vorgestern|позавчера|(?:two|2)\s+days\s+ago)|(?P<three>(?:three|3)\s+days\s+ago))\b",
    re.IGNORECASE,
)


def relative_day(sentence: str, article_date: PartialDate) -> tuple[PartialDate, str] | None:
    """The day a reporting sentence's "today" ("this morning", "earlier today"), "yesterday" ("ayer",
    "gestern", "вчера"...), "the day before yesterday" or "two days ago" names, counted back from the
    article's date (which must name a day), and the words it was read from; ``None`` without one.
    "Yesterday's vote" names an event: passed over."""
    if article_date.day is None:
        return None
    for m in _RELATIVE_DAY.finditer(sentence):
        if sentence.startswith(("'s", "’s"), m.end()):
            continue
        back = 0 if m.group("zero") else 1 if m.group("one") else 2 if m.group("two") else 3
        try:
            day = article_date.first_day - dt.timedelta(days=back)
        except OverflowError:
            return None
        return PartialDate.from_date(day), m.group(0)
    return None


#: A month a publishing verb puts its report in, without a day: "reported last month", "published in
#: August", "published in JAMA Network Open in January", "released in March 2023", "asked last August"
#: (English; a day after the month is a month and day's, read before).
_REPORT_MONTH = lazy_re(
    r"\b(?:published|released|reported|issued|announced|wrote|unveiled|posted|asked|forecast)"
    r"(?:[ \t]+[^\s.;:!?]+){0,6}?"
    r"[ \t]+(?:(?P<last>last[ \t]+month)|(?P<when>in|last)[ \t]+"
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:[ \t]+(?P<year>(?:19|20)\d\d))?)\b(?![ \t]+\d)",
    re.IGNORECASE,
)


#: What a sentence saying when a work was published holds (:func:`_published_next`): a plain test first.
_PUBLISHED_CUE = lazy_re("ublish|ublic|ublié|eleas|ssued|veröffentl|erschien|публик|оприлюд|ublik")
#: A sentence saying when the work it speaks of was published, in the passive or opening with the
#: participle (artdates9): ``The figures were published on 29 February 2024.``, ``Published 3 May 2024.``,
#: ``Sie wurden am 29. Februar 2024 veröffentlicht.``, ``Elle a été publiée le 3 mai 2024.``, ``Fue
#: publicado el 3 de mayo de 2024.``, Latvian ``Dati publicēti 2024. gada 29. februārī.``, Russian
#: ``Доклад опубликован 3 мая 2024 года.``: an active verb (``The ministry published its budget on ...``)
#: names a work of its own.
_PASSIVE_PUBLISHED = lazy_re(
    r"(?<!\w)(?i:(?:was|were|is|are|been)[ \t]+(?:first[ \t]+)?(?:published|released|issued|posted)"
    r"|(?:wurden?|ist|sind|war|waren)(?:[ \t]+[^\s!?]+){0,6}?[ \t]+(?:veröffentlicht|erschienen)"
    r"|(?:été|est|sont)[ \t]+publié(?:e|s|es)?|(?:fue|fueron|sido)[ \t]+publicad[oa]s?"
    r"|publicēt(?:s|a|i|as)|опубликован[аоы]?|оприлюднен[оіа]?|opublikowan[eoay])(?!\w)"
    r"|^(?:Published|Released|Veröffentlicht|Publié|Publicado|Publicada|Опубликовано)(?!\w)"
)
#: How far past a link's sentence the one after it is looked for, and how many words it may have.
_NEXT_REACH = 240
_NEXT_WORDS = 16


def _published_next(prose: str, end: int, positions: Sequence[int]) -> tuple[PartialDate, str] | None:
    """The date the sentence after a link's (which ends at ``end``) gives what the link shows, when it is a
    short sentence in the same paragraph, with no link of its own, saying in the passive when that was
    published (:data:`_PASSIVE_PUBLISHED`) and the date with its year (``..., [jaunākie dati](url) liecina,
    ka ... Dati publicēti 2024. gada 29. februārī.``; artdates9), with ``""`` for its words (the year is
    written: no note); else ``None``."""
    window = prose[end : end + _NEXT_REACH]
    if _PUBLISHED_CUE.search(window) is None:
        return None
    window = window.split("\n\n", 1)[0]
    lead = len(window) - len(window.lstrip())
    stop = len(window)
    for m in re.finditer(r"[.!?](?=\s|$)", window):
        after = window[m.end() :].lstrip()[:1]
        before = window[max(0, m.start() - 3) : m.start()]
        if (after.isalpha() and after.islower()) or after.isdigit():
            continue  # ``2024. gada``, ``29. februārī``: no sentence's end
        if before[-1:].isdigit() and not before[-3:].isdigit():
            continue  # ``am 29. Februar``: a day's ordinal dot
        stop = m.end()
        break
    sentence = window[lead:stop]
    if not sentence or len(sentence.split()) > _NEXT_WORDS or "://" in sentence:
        return None
    if bisect.bisect_left(positions, end + stop) != bisect.bisect_left(positions, end):
        return None  # a link of its own: the sentence speaks of that one
    if _PASSIVE_PUBLISHED.search(sentence) is None:
        return None
    value = parse_date(sentence, allow_year=False) or find_dmy(sentence)
    return (value, "") if value is not None else None


def report_month(sentence: str, article_date: PartialDate) -> tuple[PartialDate, str] | None:
    """The month a reporting sentence's "reported last month" or "published in August" names (the latest
    such month not after the article's, or the year given), and the words it was read from; ``None``
    without one."""
    m = _REPORT_MONTH.search(sentence)
    if m is None:
        return None
    year, current = article_date.year, article_date.month
    if m.group("last"):
        if current is None:
            return None
        month = current - 1 or 12
        year -= current == 1
    else:
        month = MONTHS[m.group("month").lower()]
        if m.group("year"):
            year = int(m.group("year"))
        elif current is not None and month > current:
            year -= 1
    return PartialDate(year, month), m.group("last") or sentence[m.start("when") : m.end()]


def _one_per_url(links: list[Link]) -> list[Link]:
    """``links`` with only the first of each URL (its other appearances merge into it)."""
    seen: dict[str, Link] = {}
    for link in links:
        seen.setdefault(url_key(link.url), link)
    return list(seen.values())


#: No span of the prose (a link whose text is not a quoted title).
_NO_SPAN = (0, 0)
#: The marks that open a quoted title (a link text so opened is the cited page's title, not the sentence's).
_OPENING_QUOTES = frozenset('"“«„‘')


#: The words before a weekday that make it a deadline, a day still to come (``open until Friday``, ``bis
#: Freitag``), not the day a report came out (added after the twenty-second held-out batch).
_DEADLINE_WORDS = frozenset(["until", "till", "through", "bis"])


def _deadline_before(prose: str, at: int) -> bool:
    """Whether the word before the weekday at ``at`` (after a space or tab) is one of :data:`_DEADLINE_WORDS`,
    a whole word: read off the nine characters before it (the longest word, its space and one more), with
    no search (this runs at every weekday the prose names)."""
    window = prose[max(0, at - 9) : at]
    head = window.rstrip(" \t")
    if len(head) == len(window):
        return False  # no space before the weekday
    parts = head.rsplit(None, 1)  # none when the window before the blanks is a line break alone
    word = parts[-1] if parts else ""
    return len(word) < len(head) + (at <= 9) and word.lower() in _DEADLINE_WORDS


#: Weekday names that are another word of the languages the reader handles unless the word before marks a
#: day (artdates7): ``среда``, Wednesday in Russian, Bulgarian's old spelling and Macedonian, is
#: "environment, medium" in Russian and Serbian (``окружающая среда``, ``радна среда``), where "on Wednesday"
#: is the accusative ``в среду``/``у среду``; read only after Macedonian's ``во`` ("во среда").
_DAY_ONLY_AFTER: dict[str, tuple[str, ...]] = {"среда": ("во ",)}


def _first_weekday(
    prose: str,
    start: int,
    end: int,
    article_date: PartialDate,
    pattern: re.Pattern[str] = _WEEKDAY,
    own: tuple[int, int] = _NO_SPAN,
) -> tuple[PartialDate, str] | None:
    """The first weekday that a search of the whole prose finds in its sentence ``start:end``, as the date it
    is in the week of ``article_date`` (one that does not resolve is passed over), with the words that name
    it. The search starts where no match can be under way (see :func:`_unspanned`), not at the prose's start,
    and stops a little after the sentence (a match the stop cuts is matched again without it), not at the
    prose's end. A weekday in the cited link's own text when that is a quoted title (``own``, its span in the
    prose) is passed over: it is the title's word (``<a>“Branch libraries face Saturday closures”</a>``), not
    the day of the report (added after the twentieth held-out batch); an unquoted link text ("<a>said on
    Tuesday</a>") is the sentence's.
    """
    limit = min(len(prose), end + 100)
    for m in pattern.finditer(prose, _unspanned(prose, start, _NOT_IN_WEEKDAY), limit):
        if m.start() >= end:
            break
        if m.start() < start or own[0] <= m.start() < own[1]:
            continue
        if m.end() >= limit and limit < len(prose):
            m = pattern.match(prose, m.start()) or m  # as the whole prose's search reads it
        if prose.startswith(("'s", "’s"), m.end()):
            continue  # "Thursday's vote": an event the weekday names, not the day a report came out
        if _deadline_before(prose, m.start()):
            continue  # "open until Friday": a day still to come, not the day a report came out
        name = (m.group(1) or m.group(0)).lower()
        if name in _DAY_ONLY_AFTER and not prose[max(0, m.start() - 4) : m.start()].lower().endswith(
            _DAY_ONLY_AFTER[name]
        ):
            continue  # Serbian and Russian "среда", "environment": Wednesday only after Macedonian "во"
        weekday = WEEKDAYS.get(name)  # "ſunday" matches, yet is no key
        if weekday is not None and (stated := _weekday_with_its_day(prose, m, weekday, article_date)):
            return stated
        value = None if weekday is None else resolve_weekday(weekday, article_date)
        if value is not None:
            return value, m.group(0)
    return None


#: The openings of a weekday's own day written after it: in brackets or after a comma (``on Thursday
#: (Jan 9)``, ``on Thursday, January 9``, ``в четверг (9 января)``).
_DAY_AFTER_WEEKDAY = (" (", "(", ", ")
#: How many years back a weekday's month and day are looked for (the days of the week repeat within 28).
_WEEKDAY_YEARS = 28


def _weekday_with_its_day(
    prose: str, m: re.Match[str], weekday: int, article_date: PartialDate
) -> tuple[PartialDate, str] | None:
    """The day a weekday names when its month and day are written right after it (:data:`_DAY_AFTER_WEEKDAY`),
    with the words read: with a year, that day; without one, the latest such month and day not after the
    article's date, when it falls on the weekday, or when it is over a week before the article (a day
    recalled, not the week's) the latest earlier one that does (added after the seed21 probe: a 2024 thread
    recalling that an MP "told RIA Novosti on Thursday (Jan 9)" was dated the Thursday before the thread,
    2024-05-02, rather than 2020-01-09). ``None`` when no month and day follows it, or when the weekday is
    not its day within the week before the article or within 28 years (a slip: the weekday is read as
    before)."""
    opening = next((mark for mark in _DAY_AFTER_WEEKDAY if prose.startswith(mark, m.end())), None)
    if opening is None or article_date.day is None:
        return None
    tail = prose[m.end() + len(opening) : m.end() + len(opening) + 30]
    for matched, (month, day, year) in month_day_matches(tail, 1):
        if not tail.startswith(matched):
            return None
        phrase = prose[m.start() : m.end() + len(opening) + len(matched)] + (")" if "(" in opening else "")
        if year is not None:
            value = to_partial(year, month, day)
            return (value, "") if value is not None else None
        last = article_date.first_day
        nearest = None
        for year_back in range(last.year, last.year - _WEEKDAY_YEARS - 1, -1):
            with contextlib.suppress(ValueError):
                when = dt.date(year_back, month, day)
                if when > last:
                    continue
                if when.weekday() == weekday:
                    return PartialDate.from_date(when), phrase
                nearest = nearest or when
                if (last - nearest).days <= 7:
                    return None  # a slip in this week's day: the weekday is read as before
    return None


def _unspanned(prose: str, at: int, outside: re.Pattern[str]) -> int:
    """A position at or before ``at`` that no match of a pattern spans: just after a character that no match
    of it holds (``outside`` matches those), or 0. A left-to-right search of the whole prose and one started
    there find the same matches from there on: none of the first is under way there."""
    width = 16
    while at > 0:
        low = max(0, at - width)
        last = -1
        for m in outside.finditer(prose, low, at):
            last = m.end()
        if last >= 0:
            return last
        at, width = low, min(width * 4, 4096)
    return 0


# --- titles named in the prose --------------------------------------------------------------------------

#: A cited piece's title named in the prose, in quotation marks after a cue: English ``a story headlined
#: “...”``, ``under the headline ‘...’``, ``a piece titled “...”``, ``entitled``; Russian ``под заголовком
#: «...»``, ``озаглавленной «...»`` and a publication's noun right before the quotation mark (``в статье
#: «...»``, ``материал «...»``, ``колонка``, ``заметка``, ``публикация``, ``отчёт``, ``доклад``).
_NAMED_TITLE = lazy_re(
    # (the lookahead: the first letters of the cues, so that the other positions fail at once)
    r"(?=[hetпосмкзд])(?:"
    r"(?:(?<![\w-])(?:headlined|headline|(?:en)?titled)|под[ \t]+заголовком|озаглавленн\w*)[ \t]*[,:]?[ \t]*"
    r"(?P<q>[«“\"‘„])"
    r"|(?<![\w-])(?:стать|материал|колонк|заметк|публикаци|отч[её]т|доклад)\w{0,3}[ \t]+(?P<r>«))",
    re.IGNORECASE,
)
#: Substrings one of which a prose naming a title so holds (the search is skipped in all other prose).
_NAMED_TITLE_CUES = ("eadline", "itled", "заголовк", "озаглавл", " «")
#: A title's length, and how far after it (or before its cue) its link may stand, in the same sentence.
_NAMED_TITLE_SPAN = (4, 200)
_NAMED_TITLE_REACH = 300
_NAMED_SENTENCE_END = lazy_re(r"[.!?][\"'”’»)]*[ \t]+(?=[\"'“‘«(]?[^\W\d_])|\n[ \t]*\n")


def _named_title_end(prose: str, q_end: int, close: str) -> int:
    """Where the quotation opened just before ``q_end`` closes (``-1``: not within a title's length): an
    apostrophe (``Strike’s``) is no closing ``’``."""
    limit = q_end + _NAMED_TITLE_SPAN[1]
    at = prose.find(close, q_end, limit)
    while close == "’" and at >= 0 and at + 1 < len(prose) and prose[at + 1].isalpha():
        at = prose.find(close, at + 1, limit)
    return at


#: The literal pieces, one of which every match of ``_NAMED_TITLE`` holds, and how far before and after
#: one a match may start and end: the pattern is tried only around them (a search of the whole prose tries
#: the pattern, which opens with no literal, at every position).
_NAMED_TITLE_PIECES = ("eadline", "itled", "заголовком", "заглавл", "«")
_NAMED_TITLE_AROUND = (32, 60)
#: The stems of the publication nouns before a « that the pattern's second branch wants.
_NOUN_STEMS = ("стать", "материал", "колонк", "заметк", "публикаци", "отчет", "отчёт", "доклад")


def _named_title_cues(prose: str) -> list[re.Match[str]]:
    """The matches of ``_NAMED_TITLE`` in ``prose``, in order, each once, looked for only around the
    literal pieces they hold."""
    found: dict[int, re.Match[str]] = {}
    for piece in _NAMED_TITLE_PIECES:
        at = prose.find(piece)
        while at >= 0:
            lo, hi = max(0, at - _NAMED_TITLE_AROUND[0]), at + _NAMED_TITLE_AROUND[1]
            if piece == "«" and not any(stem in prose[lo:at].lower() for stem in _NOUN_STEMS):
                at = prose.find(piece, at + 1)  # most «: an outlet's name or a quote, no noun before it
                continue
            for m in _NAMED_TITLE.finditer(prose, lo, hi):
                found.setdefault(m.start(), m)
            at = prose.find(piece, at + 1)
    return [found[start] for start in sorted(found)]


def attach_named_titles(prose: str, links: list[Link]) -> None:
    """Give a link the title the prose names for it (``ran a story headlined “Title” (<link>)``, ``в статье
    «Title» ... : <url>``): the first link from the quotation's opening on to the end of its sentence, else
    the last link before the cue in the same sentence; it replaces no title but one from the link's own
    unquoted words (``<a>A Savannah story</a> headlined “Title”``)."""
    if not links or not any(cue in prose for cue in _NAMED_TITLE_CUES):
        return
    placed = sorted((link for link in links if link.pos >= 0), key=lambda link: link.pos)
    positions = [link.pos for link in placed]
    for m in _named_title_cues(prose):
        group = "q" if m.group("q") else "r"
        opening = m.group(group)
        close = _CLOSING_QUOTE.get(opening, opening)
        end = _named_title_end(prose, m.end(group), close)
        if end < 0:
            continue
        title = prose[m.end(group) : end].strip(" \t,.;:")
        if len(title) < _NAMED_TITLE_SPAN[0] or "\n\n" in title or (group == "r" and " " not in title):
            continue  # (after a mere noun, one word in quotes is a name: ``публикации «Коммерсанта»``)
        after = _NAMED_SENTENCE_END.search(prose, end + 1, end + 1 + _NAMED_TITLE_REACH)
        stop = after.start() + 1 if after else end + 1 + _NAMED_TITLE_REACH
        index = bisect.bisect_left(positions, m.start(group))
        target = placed[index] if index < len(placed) and placed[index].pos < stop else None
        if target is None and index > 0:
            before = placed[index - 1]
            near = before.pos >= m.start() - _NAMED_TITLE_REACH
            if near and not _NAMED_SENTENCE_END.search(prose, before.pos, m.start()):
                target = before
        if target is not None and (target.title is None or (target.title_from_text and not target.quoted)):
            target.title = clean_text(title)  # (named so, it is the title the link's own words are not)


#: A listing line that gives a link between its title and its date, each after a spaced dash: ``Title -
#: URL - Feb 2024 (54 comments)`` (Hacker News' lists of earlier threads), ``Title – URL – 3 May 2023``.
_LISTING_LINE = lazy_re(
    r"[ \t]*(?P<title>[^\r\n]{4,200}?)[ \t]+[-–—][ \t]+(?:https?|ftp)://\S+[ \t]+[-–—][ \t]+"
    r"(?P<date>[^\r\n()]{4,30}?)(?:[ \t]*\([^()\r\n]{1,40}\))?[ \t]*"
)


_EOL_SEARCH = lazy_re(r"[\r\n]")


def attach_listing_lines(prose: str, links: list[Link]) -> None:
    """Give the link of a listing line (``Title - URL - Month YYYY (N comments)``) the line's title and
    date, when it has none; a line whose last part is no date is left alone."""
    if not links or (" - http" not in prose and " – http" not in prose):
        return
    placed = sorted((link for link in links if link.pos >= 0), key=lambda link: link.pos)
    positions = [link.pos for link in placed]
    at = 0
    while (dash := prose.find("http", at)) >= 0:
        at = dash + 4
        if prose[dash - 3 : dash] not in (" - ", " – ", " — "):
            continue
        start = max(prose.rfind("\n", 0, dash), prose.rfind("\r", 0, dash)) + 1
        end = len(prose) if (cut := _EOL_SEARCH.search(prose, dash)) is None else cut.start()
        at = max(at, end)
        m = _LISTING_LINE.fullmatch(prose, start, end)
        if m is None or len(m.group("date").split()) > 3 or (date := parse_date(m.group("date"))) is None:
            continue
        index = bisect.bisect_left(positions, dash)
        if index < len(placed) and placed[index].pos < end:
            link = placed[index]
            link.title = link.title or clean_text(m.group("title"))
            link.date = link.date or date
