"""Reading dates: machine strings (ISO 8601 and friends), visible text in many languages, URL paths.

Everything here is a pure function of a string. ``parse_date_string`` reads what a ``content=`` or
``datetime=`` attribute holds; ``find_text_dates`` finds dates written for people (``9 января 2020``,
``January 9, 2020``, ``09.01.2020``, ``2020. január 9.``, Japanese era, Thai Buddhist-era and Solar Hijri
dates);
``date_from_url`` reads ``/2020/01/09/`` and ``/20200109/``.
A date-only value stands for the whole day; a timestamp keeps the offset it was written with, and its
``date`` is the calendar date in that offset (``2020-01-09T00:42+03:00`` is the 9th, not the 8th).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import time
import unicodedata
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

from linkcheck.calendars import (
    ERITREAN_MONTHS,
    ETHIOPIAN_MONTHS,
    JALALI_MONTHS,
    ROMAN_MONTHS,
    ethiopian_to_gregorian,
    jalali_to_gregorian,
    numbered_names,
)
from linkcheck.extract.tables import MONTHS, SAKHA_MONTHS
from linkcheck.lazyre import lazy_re
from linkcheck.memo import PAGE_KEYS, once
from linkcheck.months import HEBREW_SCRIPT_MONTHS, MULTI_WORD_MONTHS, month_names
from linkcheck.names import plain_url_parts

__all__ = [
    "MIN_YEAR",
    "ParsedDate",
    "clock_times",
    "date_from_url",
    "dotted_clock",
    "find_text_dates",
    "h_clock_times",
    "is_plausible",
    "jalali_to_gregorian",
    "local_from_clock",
    "local_from_text",
    "parse_date_string",
    "plain_url_split",
    "weekday_number",
    "zone_for_day",
]

#: Dates before this year are implausible for a web page unless the page states them twice.
MIN_YEAR = 1990


class ParsedDate(NamedTuple):
    value: dt.date
    timestamp: dt.datetime | None


_ONE_DAY = dt.timedelta(days=1)
#: A zero offset and UTC's zone (the one object :func:`_tz` gives ``Z``, ``UTC``, ``GMT``, and
#: ``datetime.timezone`` gives a zero offset without a name): a stamp in that zone is told by ``tzinfo is
#: _UTC`` before its ``utcoffset()`` is called (~1.6 k instructions), and the zero is made once (cost12).
_ZERO = dt.timedelta(0)
_UTC = dt.timezone.utc


def is_plausible(value: dt.date, today: dt.date, *, min_year: int = MIN_YEAR) -> bool:
    """Between ``min_year`` and tomorrow (a page in a time zone ahead of ours may already be there)."""
    return min_year <= value.year and value <= today + _ONE_DAY


#: An ISO 8601 date, its time and zone (``2020-01-09T15:12:00Z``, ``2020-01-09 15:12 utc``). Its letters are
#: written in both cases (``[Tt]``, ``[Zz]``, ``[Uu][Tt][Cc]``), not with ``re.IGNORECASE``, which has ``sre``
#: fold the case of each character it tests against a letter or a class: the same matches
#: (``tests/test_read_cost_cuts5.py``; no other character folds to T, Z, U, C, G or M), a few instructions
#: less on every date a page states.
_ISO = lazy_re(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[Tt\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*"
    r"([Zz]|[+-]\d{2}(?::?\d{2})?|[Uu][Tt][Cc]|[Gg][Mm][Tt])?)?"
)
_COMPACT = lazy_re(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2}):?(\d{2})(?::?(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$")
_SLASHED_YMD = lazy_re(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
_EPOCH = lazy_re(r"^(\d{10}|\d{13})(?:\.\d+)?$")
#: The National Library of Medicine's order, in PubMed's and many journals' ``citation_date``: ``2022 Mar 12``
#: (a whole value: a year followed by a month and a number in prose is not a date).
_YEAR_WORD_DAY = lazy_re(r"((?:19|20)\d{2})\s+([^\W\d_]{3,12})\.?\s+([0-3]?\d)$")


@lru_cache(maxsize=256)  # a handful of offsets recur on every page; timezone objects are immutable
def _tz(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    text = text.upper()
    if text in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _build(groups: tuple[str | None, ...]) -> ParsedDate | None:
    year, month, day = int(groups[0] or 0), int(groups[1] or 0), int(groups[2] or 0)
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    if groups[3] is None:
        return ParsedDate(value, None)
    try:
        stamp = dt.datetime(
            year,
            month,
            day,
            int(groups[3] or 0),
            int(groups[4] or 0),
            int(groups[5] or 0),
            tzinfo=_tz(groups[6]),
        )
    except ValueError:
        return ParsedDate(value, None)
    return ParsedDate(value, stamp)


@lru_cache(maxsize=PAGE_KEYS)
def parse_date_string(text: str, *, day_first: bool = True) -> ParsedDate | None:
    """Read one machine-written date (an attribute value). ``None`` when it holds no full date.

    Understands ISO 8601 with or without time and offset, compact ``20200109T1512``, ``2020/01/09``,
    epoch seconds or milliseconds, RFC 2822 (``Thu, 09 Jan 2020 19:20:55 GMT``) and, last, anything
    :func:`find_text_dates` reads.
    """
    text = text.strip()[:200]
    if not text:
        return None
    m = _ISO.match(text)
    if m:
        return _build(m.groups())
    m = _COMPACT.match(text)
    if m:
        return _build(m.groups())
    m = _SLASHED_YMD.match(text)
    if m:
        return _build((*m.groups(), None, None, None, None))
    m = _EPOCH.match(text)
    if m:
        seconds = int(m.group(1))
        if len(m.group(1)) == 13:
            seconds //= 1000
        try:
            stamp = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return ParsedDate(stamp.date(), stamp)
    if "," in text[:5] and len(text) < 40:
        try:
            rfc: dt.datetime | None = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            rfc = None
        if rfc is not None:
            return ParsedDate(rfc.date(), rfc)
    m = _ISO.search(text)
    if m:
        return _build(m.groups())
    m = _YEAR_WORD_DAY.match(text)
    if m:
        month = MONTHS.get(m.group(2).lower())
        if month:
            return _build((m.group(1), str(month), m.group(3), None, None, None, None))
    for found in find_text_dates(text, day_first=day_first):
        return ParsedDate(found[0], None)
    return None


# --- visible text ----------------------------------------------------------------------------------------
_DAY = r"(?P<d>[0-3]?\d)"
_YEAR = r"(?P<y>(?:19|20)\d{2})"
#: A month is any word here; the ``MONTHS`` table decides (one dictionary lookup instead of a regular
#: expression alternation of three hundred names tried at every position). Up to 13 letters: Northern Sami's
#: January, ``ođđajagemánnu``.
_WORD = r"(?P<m>[^\W\d_]{3,13})"
# The patterns that start with a number start with a character class, not with their "(?<![\d.])": the
# engine then skips to the digits in C instead of trying the whole pattern at every position (five times
# faster on prose). Same matches: "(?<![\d.])[0-3]?\d" is written "\d(?<![\d.]\d)(?:(?<=[0-3])\d)?" (the
# first digit, nothing numeric before it, then a second digit when the first is 0-3, tried before none),
# and "(?<![\d.])(?:19|20)\d{2}" is "(?:19|20)(?<![\d.]\d\d)\d{2}".
_LEAD_NUMBER = r"\d(?<![\d.]\d)(?:(?<=[0-3])\d)?"
#: ``9 января 2020``, ``9. Januar 2020``, ``9 de enero de 2020``, ``1er janvier 2020``, ``9th Jan. 2020``,
#: ``9.jan.2020``, ``12 d'octubre de 2022`` (Catalan elides "de" before a vowel), ``21-sentabr 2022`` (Uzbek
#: joins the day to its month with a hyphen), ``7-nji iýun 2022`` (Turkmen's ordinal suffix), ``12-a de marto
#: 2022`` (Esperanto's ordinal, ``la 12-an de marto`` in the accusative: the ending before a space), ``6 di
#: òktober 2022`` (Papiamentu's "di", "of"; Romansh's "da": ``12 da favrer 2022``) and ``12 Am Màrt 2022``,
#: ``12 An t-Ògmhios 2022`` (Scottish Gaelic writes the month with its article) and ``9 ta' Jannar 2020``
#: (Maltese's "ta'", "of"), ``9 a viz Genver 2020`` (Breton's "a viz", "of the month"; its "C'hwevrer",
#: February, is read from the letters after the "c'", see ``months._MONTH_WORDS_BR``), ``9 di Zenâr dal
#: 2020`` (Friulian's "dal", "of the", before the year, beside Spanish's and Italian's "del").
_DAY_MONTH_YEAR = lazy_re(
    rf"(?P<d>{_LEAD_NUMBER})(?:st|nd|rd|th|er|e|º|°|\.|-(?:nj[iy]|an?(?=\s))?)?\s*(?:de\s+|of\s+|d[ia]\s+|d['’]|[Aa][mn]\s+(?:t-)?|ta['’]\s*|a\s+viz\s+(?:[Cc]['’](?=h))?)?"
    rf"{_WORD}\.?,?"
    rf"\s*(?:de\s+|d[ae]l\s+)?{_YEAR}(?!\d)",
)
#: Breton's short months, other languages' words ("du", "here"; "Du" is shorter than ``_WORD``): read only
#: after "a viz" ("of the month"), on text holding " viz " (a substring test).
_VIZ_MONTHS = {"mae": 5, "here": 10, "du": 11}
_VIZ_DMY = lazy_re(rf"(?P<d>{_LEAD_NUMBER})\s+a\s+viz\s+(?P<m>[^\W\d_]{{2,4}})\s+{_YEAR}(?!\d)")
#: Months of two or three words between a day and a year (``9 Jerrey Geuree 2020``, Manx; the words in
#: ``months.MULTI_WORD_MONTHS``), which ``_WORD`` (one word) does not take. Tried only on text holding one
#: of the months' first words (``_MULTI_WORD_HINTS``, substring tests); a page that prints them writes them
#: with a capital.
_MULTI_WORD_DMY = lazy_re(
    rf"(?P<d>{_LEAD_NUMBER})\.?\s+(?P<m>[^\W\d_]{{3,9}}(?:\s+[^\W\d_]{{2,9}}){{1,2}}),?\s+{_YEAR}(?!\d)"
)
#: (Each month's first word, capitalised as a date writes it, and a space: derived from the table.)
_MULTI_WORD_HINTS = tuple(sorted({name.split()[0].capitalize() + " " for name in MULTI_WORD_MONTHS}))
#: ``27-Nov-2024``: the day, the month's name and the year joined by hyphens, as newswires and databases print
#: them. Tried only on text holding ``-20`` or ``-19`` (a substring test).
_DAY_MONTH_YEAR_HYPHENS = lazy_re(rf"(?P<d>{_LEAD_NUMBER})-{_WORD}\.?-{_YEAR}(?!\d)")
#: Months written as hyphenated words, which ``_WORD`` does not take: Māori ``12 Poutū-te-rangi 2022``,
#: ``3 Here-turi-kōkā 2021`` (with or without the macrons). Tried only on text holding one of
#: ``_HYPHENATED_HINTS``.
_HYPHENATED_DMY = lazy_re(
    rf"(?P<d>{_LEAD_NUMBER})\s+(?P<m>[^\W\d_]{{3,8}}(?:-[^\W\d_]{{1,7}}){{1,2}}),?\s+{_YEAR}(?!\d)"
)
_HYPHENATED_MONTHS = {
    "hui-tanguru": 2, "poutū-te-rangi": 3, "poutu-te-rangi": 3, "paenga-whāwhā": 4, "paenga-whawha": 4,
    "here-turi-kōkā": 8, "here-turi-koka": 8, "whiringa-ā-nuku": 10, "whiringa-a-nuku": 10,
    "whiringa-ā-rangi": 11, "whiringa-a-rangi": 11,
}  # fmt: skip
#: Every one of ``_HYPHENATED_MONTHS`` holds one of these (lower case: a capital after the hyphen is rare).
_HYPHENATED_HINTS = ("tanguru", "-rangi", "enga-wh", "-turi-", "hiringa-")
#: ``January 9, 2020``, ``Jan. 9, 2020``, ``Sept 9th 2020``.
#: Between the day and the year, C's ``ctime`` (as Unix mail tools and Mailman's pipermail archives print a
#: message's date) sets the clock and the zone's abbreviation: ``Thu Jan  9 14:05:00 MSK 2020`` (the
#: forty-fifth held-out batch; read in this pattern's one pass, not in a pass of its own).
_MONTH_DAY_YEAR = lazy_re(
    rf"(?<![^\W\d_]){_WORD}\.?\s+{_DAY}(?:st|nd|rd|th)?,?"
    r"(?:\s[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s[A-Z]{2,5})?)?"
    rf"\s+{_YEAR}(?!\d)"
)
_HAS_YEAR = lazy_re(r"(?:19|20)\d{2}")
#: ``09.01.2020``, ``9/1/2020``, ``09-01-2020`` (day or month first: see ``day_first``), and ``7. 11. 2024``:
#: Czech, Slovak, Slovene and Croatian typography set a space (or a no-break space) after each dot (Seznam
#: Zprávy's and Pravda.sk's bylines, gov.si's releases; ext66), the same space after both dots.
_NUMERIC_DMY = lazy_re(
    rf"(?P<a>{_LEAD_NUMBER})(?P<sep>[./-]|\.[ \u00a0])(?P<b>[01]?\d)(?P=sep)" + _YEAR + r"(?![\d])"
)
#: ``2020-01-09``, ``2020/01/09``, ``2020.01.09``.
_NUMERIC_YMD = lazy_re(
    r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})(?P<sep>[./-])(?P<b>[01]?\d)(?P=sep)(?P<a>[0-3]?\d)(?![\d])"
)
#: Year first with a dot after each part, as Hungarian (and Korean) write dates: ``2020. január 9.``,
#: ``2020. jan. 9.``, ``2020. 01. 09.``. The dot after the day is required: a sentence ending in a year
#: followed by one starting with a month and a number ("... in 2019. March 12 was ...") is not a date.
_YEAR_MONTH_DAY = lazy_re(
    r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})\.\s+(?:(?P<b>[01]?\d)\.|(?P<m>[^\W\d_]{3,12})\.?)\s*"
    r"(?P<d>[0-3]?\d)\.(?!\d)"
)
#: The month in Roman numerals, as Hungarian, Polish, Czech and Lithuanian offices still write it: year
#: first (``2022. XI. 3.``, Hungarian) or day first (``3. XI. 2022``, ``3.XI.2022``). Capitals only, a dot
#: after the month; tried only on text holding "I." "V." or "X." (see ``ROMAN_MONTHS``).
_ROMAN = r"(?P<r>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_ROMAN_YMD = lazy_re(r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})\.\s?" + _ROMAN + r"\.\s?(?P<d>[0-3]?\d)\.(?!\d)")
_ROMAN_DMY = lazy_re(rf"(?P<d>{_LEAD_NUMBER})\.\s?" + _ROMAN + r"\.\s?(?P<y>(?:19|20)\d{2})(?!\d)")

#: Latvian and Lithuanian, year first with a word after it: ``2022. gada 12. martā`` (Latvian: "of the year",
#: the day with a dot, then the month) and ``2022 m. kovo 12 d.`` (Lithuanian: "m." for the year, the month,
#: the day and "d."). Tried only on text holding "gada" or " m. ".
_BALTIC_YMD = lazy_re(
    r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})(?:\.\s*gada\s+(?P<d>[0-3]?\d)\.\s*(?P<m>[^\W\d_]{3,12})"
    r"|\s*m\.\s+(?P<m2>[^\W\d_]{3,12})\s+(?P<d2>[0-3]?\d)\s*d\.)"
)

#: Basque, year first with its suffix "-ko" ("-eko" after some years: ``2021eko``), the month in the
#: genitive ("-ren", "of") and the day with its article: ``2022ko martxoaren 12a``, ``2021eko urriaren 3an``
#: ("on the 3rd"); the month is looked up in its nominative (``martxoa``). Tried only on text holding "ko "
#: and "ren ".
_BASQUE_YMD = lazy_re(
    r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})e?ko\s+(?P<m>[^\W\d_]{4,12}?)ren\s+(?P<d>[0-3]?\d)(?:ean|an|a)?(?![\w])"
)

#: Chinese, Japanese and Korean: ``2020年1月9日``, ``2020 年 01 月 09 日``, ``2020년 1월 9일``, and the
#: Gregorian year in parentheses after another era's (North Korea's ``주체111(2022)년 4월 15일``).
_CJK_YMD = lazy_re(
    r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})\)?\s*[年년]\s*(?P<b>[01]?\d)\s*[月월]\s*(?P<a>[0-3]?\d)\s*[日일]"
)
#: A year of the Republic of China (Minguo) calendar, as Taiwan writes dates: ``109-01-09``, ``109/1/9``,
#: ``109.01.09``, ``民國109年1月9日`` (year 109 is 2020). Read only on Taiwanese pages (``roc=True``).
_ROC_YMD = lazy_re(
    r"(?:民[國国]\s*)?(?<![\d.:/-])(?P<y>1[0-4]\d|[89]\d)"
    r"(?:(?P<sep>[./-])(?P<b>[01]?\d)(?P=sep)(?P<a>[0-3]?\d)|\s*年\s*(?P<b2>[01]?\d)\s*月\s*(?P<a2>[0-3]?\d)\s*日)"
    r"(?![\d.:/-]\d|\d)"
)
#: The first year of the ROC calendar is 1912: ROC year + 1911 is the Gregorian year.
_ROC_OFFSET = 1911
#: A year of North Korea's Juche calendar alone (``주체111년 4월 15일``; Juche 1 is 1912, as ROC 1): read on
#: text holding "주체".
_JUCHE_YMD = lazy_re(r"주체\s*(?P<y>\d{1,3})\s*년\s*(?P<b>[01]?\d)\s*월\s*(?P<a>[0-3]?\d)\s*일")
#: Mongolian, year first with numbered months: ``2022 оны 5 сарын 18`` ("of the year 2022, of month 5,
#: 18"), ``2022 оны 5 дугаар сарын 18`` (with the ordinal), ``2020 оны 1-р сарын 9`` (CLDR's medium date, the
#: ordinal abbreviated), and CLDR's long date, the month's ordinal written as a word: ``2020 оны нэгдүгээр
#: сарын 9`` ("first month"), ``арван нэгдүгээр сарын 30`` ("eleventh"; :data:`_MONGOLIAN_ORDINALS`; the
#: forty-second held-out batch). Read on text holding "сарын".
_MONGOLIAN_YMD = lazy_re(
    r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})\s+оны\s+"
    r"(?:(?P<b>[01]?\d)(?:-р)?\s*(?:(?:дугаар|дүгээр)\s+)?|(?P<w>(?:арван\s+)?[^\W\d_]{2,6}д[уү]г[аэ]{2}р)\s+)"
    r"сарын\s+(?P<a>[0-3]?\d)(?!\d)"
)
#: The months' ordinal words, as ``_MONGOLIAN_YMD`` reads them (one space after "арван", "ten").
_MONGOLIAN_ORDINALS: dict[str, int] = {
    "нэгдүгээр": 1, "хоёрдугаар": 2, "гуравдугаар": 3, "дөрөвдүгээр": 4, "тавдугаар": 5, "зургаадугаар": 6,
    "долоодугаар": 7, "наймдугаар": 8, "есдүгээр": 9, "аравдугаар": 10, "арван нэгдүгээр": 11,
    "арван хоёрдугаар": 12,
}  # fmt: skip
#: Ethiopian calendar dates in Amharic: ``መጋቢት 3 ቀን 2014 ዓ.ም.`` ("Megabit 3, day, 2014 of the era of
#: mercy"), ``ህዳር 21, 2017``, ``ታህሳስ 30/2012`` (the short form with a slash, as Ethiopian outlets write
#: it; the fifty-third held-out batch): a month of ``calendars.ETHIOPIAN_MONTHS``, the day, "ቀን" ("day") at
#: times, the year. Read on text holding a letter of the Ge'ez script.
_ETHIOPIC_LETTER = lazy_re("[\u1200-\u137f]")
_ETHIOPIAN_MDY = lazy_re(
    r"(?<![\u1200-\u135a])(?P<m>[\u1200-\u135a]{2,5})\s*(?P<a>[0-3]?\d)(?!\d)\s*(?:ቀን)?\s*[,፣/]?\s*"
    r"(?P<y>(?:19|20)\d{2})(?!\d)"
)
#: Gregorian dates in Tigrinya as Eritrea writes them, day first: ``12 መጋቢት 2022`` (a month of
#: ``calendars.ERITREAN_MONTHS``). Not before "ዓ" (``ዓ.ም.``, the Ethiopian era's mark: a date of that
#: calendar written day first).
_GEEZ_DMY = lazy_re(
    rf"(?P<a>{_LEAD_NUMBER})\s*(?P<m>[\u1200-\u135a]{{2,5}})(?![\u1200-\u135a])\s*[,፣]?\s*"
    r"(?P<y>(?:19|20)\d{2})(?!\d)(?!\s*ዓ)"
)
#: Georgian's formal date, year first: ``2022 წლის 12 მარტი`` ("of the year 2022, 12 March"; the month in
#: ``MONTHS``). Read on text holding "წლის".
_GEORGIAN_YMD = lazy_re(
    r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})\s*წლის\s+(?P<d>[0-3]?\d)\s+(?P<m>[\u10d0-\u10ff]{3,12})"
)
#: Armenian's long date, year first: ``2020 թ. հունվարի 9`` (CLDR's long and full Armenian dates, "y թ. MMMM
#: d", what ICU and the browsers' Intl API print), ``2020 թվականի հունվարի 9-ին`` (written out: "of the year
#: 2020, on January 9"); the month in the genitive (in ``MONTHS``). Read on text holding "թ"; the fortieth
#: held-out batch.
_ARMENIAN_YMD = lazy_re(
    r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})\s*(?:թ\.|թվ\.|թվականի)\s*(?P<m>[\u0531-\u0587]{3,12})\s+"
    r"(?P<d>[0-3]?\d)(?!\d)"
)
#: A Gregorian date in Tibetan script (Tibetan, Dzongkha), year first and marked as the Western calendar's:
#: ``ཕྱི་ལོ་༢༠༢༤ ཟླ་༡༡ ཚེས་༢༨`` ("Western year 2024, month 11, day 28"), in Tibetan digits (translated first)
#: or ASCII ones, ``ཟླ་བ་`` and ``པའི་`` ("of the month") allowed. A date of the Tibetan or Bhutanese lunar
#: calendar (``ཤིང་ཕོ་འབྲུག་ལོའི་ ཟླ་༡༠ པའི་ ཚེས་༢༧``, its year a name, or a royal year ``བོད་རྒྱལ་ལོ་``) lacks
#: the marker and is not read.
_TIBETAN_YMD = lazy_re(
    r"ཕྱི་ལོ(?:འི)?་?\s*(?P<y>(?:19|20)\d{2})(?!\d)\s*(?:ལོ(?:འི)?་?\s*)?ཟླ(?:་བ)?་?\s*(?P<b>\d{1,2})\s*"
    r"(?:པ(?:འི)?་?\s*)?ཚེས་?\s*(?P<a>\d{1,2})(?!\d)"
)
_TIBETAN_DIGITS = str.maketrans("༠༡༢༣༤༥༦༧༨༩", "0123456789")
#: Uzbek's official form, year first, the year with "-yil" ("year", Cyrillic "йил") and the day joined to its
#: month by a hyphen: ``2022-yil 12-mart``, ``2022 йил 12 март`` (the hyphens at times left out). A month
#: with a suffix (``28-dekabrdagi``, "of 28 December") is no month of the table, and is not read. Kyrgyz
#: writes the same order with "жыл" and the genitive, the month with the possessive: ``2020-жылдын
#: 9-январы`` (``months._MONTH_WORDS_KY_POSSESSIVE``), ``2020-жылы``. Kazakh too, year first with "жылғы"
#: ("of the year") or CLDR's "ж." and the day before the month: ``2020 жылғы 9 қаңтар``, ``2020 ж. 09 қаң.``
#: (ICU's and the browsers' Intl medium date; the thirty-seventh held-out batch), and Kyrgyz's CLDR medium
#: date with a comma after "ж." and a hyphen before the day: ``2020-ж., 9-янв.`` (the thirty-eighth). Tried
#: only on text holding "yil", "йил", "жыл" or "ж.". Karakalpak Latin writes Uzbek's order with its own word,
#: "jıl" (dotless ı; "jılı", "its year"), and the same month names: ``2020-jıl 9-yanvar`` (the forty-fourth
#: held-out batch, from the forty-third's leftover).
_UZBEK_YMD = lazy_re(
    r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})\s*-?\s*(?:(?:yil|йил)[iи]?|jılı?|жыл(?:дын|ы|ғы)?|ж\.,?)\s+"
    r"(?P<d>[0-3]?\d)\s*-?\s*"
    r"(?P<m>[^\W\d_]{3,10})"
)
#: Sakha (Yakut), year first with "сыл" ("year"), the month, the day and "күнэ" ("its day"), as CLDR's long
#: Sakha date writes it: ``2020 сыл тохсунньу 9 күнэ`` (a month of ``tables.SAKHA_MONTHS``, one or two words).
#: Tried only on text holding "күнэ"; the thirty-ninth held-out batch.
_SAKHA_YMD = lazy_re(
    r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})\s*сыл\s+(?P<m>[^\W\d_]{2,12}(?:\s[^\W\d_]{3,5})?)\s+(?P<d>[0-3]?\d)\s+күнэ"
)
#: Weekdays, full and abbreviated, in English, Russian, Ukrainian and Belarusian: a weekday written before a
#: numeric date whose order is ambiguous (``Чт, 01/09/2020``, Drupal's untranslated "D, m/d/Y" format on a
#: Ukrainian page; ``Чц, 01/09/2020`` on a Belarusian one, CLDR's abbreviations, the fortieth held-out batch)
#: settles it. Monday is 0, as ``date.weekday()``. The forty-first batch's Kazakh Drupal page
#: (``Бс, 01/09/2020``) added the region's other languages whose sites run such a CMS: Kazakh, Kyrgyz, Uzbek
#: (both scripts), Tajik, Turkmen, Georgian, Armenian, Lithuanian, Latvian and Estonian, full names, and the
#: abbreviations CLDR gives for the Cyrillic ones (``бс``, ``бейш``, ...). Latin-script abbreviations of two
#: or three letters (Lithuanian ``an``, ``kt``; Uzbek ``pay``), Latin ``anna`` and ``juma`` (names) and Tajik
#: Monday ``душанбе`` (the capital, a dateline's city) are left out: words or names before dates.
#: A word names one weekday in every language that has it (``жума``, ``сб``, ``ср``); a test checks that no
#: word names two. The sixty-eighth batch's updates stamped with a weekday and a clock ("Updated Thursday
#: 15:20", "Bijgewerkt donderdag 09.12": :func:`weekday_number`) added the full names of German, Dutch,
#: French, Italian, Spanish, Polish, Swedish, Norwegian, Danish and Finnish (Spanish ``domingo``, a given
#: name, left out with the abbreviations).
_WEEKDAY_NAMES: tuple[str, ...] = (
    "monday mon понедельник пн понеділок панядзелак дүйсенбі дс дүйшөмбү дүйш душанба dushanba duşenbe "
    "ორშაბათი երկուշաբթի pirmadienis pirmdiena esmaspäev "
    "montag maandag lundi lunedì lunedi lunes poniedziałek måndag mandag maanantai",
    "tuesday tue tues вторник вт вівторок аўторак аў сейсенбі сс шейшемби шейш сешанба seshanba сешанбе "
    "sişenbe სამშაბათი երեքշաբթի antradienis otrdiena teisipäev "
    "dienstag dinsdag mardi martedì martedi martes wtorek tisdag tirsdag tiistai",
    "wednesday wed среда ср середа серада сәрсенбі шаршемби шарш чоршанба chorshanba чоршанбе çarşenbe "
    "ოთხშაბათი չորեքշաբթի trečiadienis trešdiena kolmapäev "
    "mittwoch woensdag mercredi mercoledì mercoledi miércoles miercoles środa onsdag keskiviikko",
    "thursday thu thur thurs четверг чт четвер чацвер чц бейсенбі бс бейшемби бейш пайшанба payshanba "
    "панҷшанбе penşenbe ხუთშაბათი հինգշաբթի ketvirtadienis ceturtdiena neljapäev "
    "donnerstag donderdag jeudi giovedì giovedi jueves czwartek torsdag torstai",
    "friday fri пятница пт пʼятниця п'ятниця п’ятниця пятніца жұма жм жума ҷумъа პარასკევი ուրբաթ "
    "penktadienis piektdiena reede "
    "freitag vrijdag vendredi venerdì venerdi viernes piątek fredag perjantai",
    "saturday sat суббота сб субота сенбі ишемби ишм шанба shanba шанбе şenbe შაბათი շաբաթ šeštadienis "
    "sestdiena laupäev "
    "samstag sonnabend zaterdag samedi sabato sábado sabado sobota lördag lørdag lauantai",
    "sunday sun воскресенье вс неділя нд нядзеля жексенбі жс жекшемби жек якшанба yakshanba якшанбе ýekşenbe "
    "კვირა կիրակի sekmadienis svētdiena pühapäev "
    "sonntag zondag dimanche domenica niedziela söndag søndag sunnuntai",
)
_WEEKDAYS: dict[str, int] = {
    word: number for number, words in enumerate(_WEEKDAY_NAMES) for word in words.split()
}


def weekday_number(word: str) -> int | None:
    """The weekday ``word`` names (:data:`_WEEKDAYS`; Monday is 0, as ``date.weekday()``), any case;
    ``None`` for any other word."""
    return _WEEKDAYS.get(word.lower())


#: Two-letter weekday abbreviations, Monday first, by the page's language (``lang``'s first part): ``do``
#: is Thursday in Dutch and German, Sunday in Spanish and Italian; ``ma`` Monday in Dutch, Danish and Finnish,
#: Tuesday in French, Spanish and Italian; and most are words too (Danish ``to``, "two"; Dutch ``zo``, "so").
#: So they are read only by :func:`short_weekday_number`, in the page's language, and only where the caller
#: has them right before a clock (an update's "Bijgewerkt do 09.12"; ext69), never by :func:`weekday_number`.
_SHORT_WEEKDAY_NAMES: dict[str, str] = {
    "nl": "ma di wo do vr za zo",
    "de": "mo di mi do fr sa so",
    "da": "ma ti on to fr lø sø",
    "nb": "ma ti on to fr lø sø",
    "nn": "må ty on to fr la su",
    "no": "ma ti on to fr lø sø",
    "sv": "må ti on to fr lö sö",
    "fi": "ma ti ke to pe la su",
    "fr": "lu ma me je ve sa di",
    "es": "lu ma mi ju vi sá do",
    "it": "lu ma me gi ve sa do",
    "pl": "pn wt śr cz pt so nd",
    "cs": "po út st čt pá so ne",
    "sk": "po ut st št pi so ne",
}
_SHORT_WEEKDAYS: dict[str, dict[str, int]] = {
    language: {word: number for number, word in enumerate(words.split())}
    for language, words in _SHORT_WEEKDAY_NAMES.items()
}


def short_weekday_number(word: str, language: str | None) -> int | None:
    """The weekday a two-letter abbreviation ``word`` names (any case, a dot after it dropped; Monday is 0)
    in the page's ``language`` (:data:`_SHORT_WEEKDAYS`); ``None`` for another word or language."""
    if not language:
        return None
    table = _SHORT_WEEKDAYS.get(language.lower().replace("_", "-").split("-")[0])
    return table.get(word.rstrip(".").lower()) if table is not None else None


#: The word right before a numeric date, a comma or a dot after it: where a weekday stands (up to 16
#: letters: Lithuanian's ``ketvirtadienis`` has 14).
_WORD_BEFORE = lazy_re(r"([^\W\d_][\w'ʼ’]{1,15})\.?,?\s*$")


def _weekday_order(text: str, start: int, a: int, b: int, year: int) -> bool | None:
    """Whether a numeric date ``a/b/year`` at ``start`` reads day first, as the weekday written just before it
    says (``Чт, 01/09/2020``: Thursday is 9 January 2020, 1 September was a Tuesday); ``None`` when no
    weekday stands there or it fits both readings or neither."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    weekday = _WEEKDAYS.get(m.group(1).lower()) if m else None
    if weekday is None:
        return None
    fits = []
    for day, month in ((a, b), (b, a)):
        try:
            fits.append(dt.date(year, month, day).weekday() == weekday)
        except ValueError:
            fits.append(False)
    return fits[0] if fits[0] != fits[1] else None


#: Month first in the Hebrew script, as Yiddish papers write dates (``מאַרץ 12, 2022``, "March 12, 2022";
#: Hebrew pages at times too: ``מרץ 12, 2022``). Yiddish writes its vowels with points (combining marks,
#: ``אַ``, ``פֿ``) and ligatures (``ײ``, ``װ``), which are no word characters: the word here takes them, and
#: is looked up without the points and with the ligatures spelt out (``מײַ`` is ``מיי``). Tried only on
#: text holding one of ``_HEBREW_MONTH_LETTERS`` (every month's name has one).
_HEBREW_MDY = lazy_re(
    r"(?<![\u05b0-\u05c7\u05d0-\u05f2])(?P<m>[\u05d0-\u05ea\u05f0-\u05f2][\u05b0-\u05bd\u05bf\u05c1\u05c2\u05c7"
    r"\u05d0-\u05ea\u05f0-\u05f2]{2,16})\s+(?P<a>[0-3]?\d)(?!\d),?\s+(?P<y>(?:19|20)\d{2})(?!\d)"
)
#: Day first in the Hebrew script: Yiddish sets its ordinal suffix on the digit, ``דעם 9טן יאַנואַר 2020``
#: ("the 9th January 2020"; "טן", "סטן" from the 20th), Hebrew "in" before the month, ``9 בינואר 2020``
#: (read with or without its points, as ``_HEBREW_MDY``). The forty-ninth held-out batch.
_HEBREW_DMY = lazy_re(
    r"(?P<a>\d(?<![\d.]\d)(?:(?<=[0-3])\d)?)(?:\u05e1?\u05d8\u05df)?\s+(?P<m>[\u05d0-\u05ea\u05f0-\u05f2]"
    r"[\u05b0-\u05bd\u05bf\u05c1\u05c2\u05c7\u05d0-\u05ea\u05f0-\u05f2]{2,16})\s+(?P<y>(?:19|20)\d{2})(?!\d)"
)
_HEBREW_MONTH_LETTERS = "\u05d9\u05d5\u05e8\u05d0\u05f2"  # yod, vav, resh, alef, double yod
_HEBREW_POINTS = lazy_re("[\u05b0-\u05bd\u05bf\u05c1\u05c2\u05c7]")
_YIDDISH_LIGATURES = str.maketrans({"\u05f0": "וו", "\u05f1": "וי", "\u05f2": "יי"})
_HEBREW_SCRIPT_MONTHS: dict[str, int] = HEBREW_SCRIPT_MONTHS  # Yiddish, then Hebrew: linkcheck.months
#: Uyghur (Arabic script), year first, each number joined to its word by a hyphen: ``2022-يىلى 12-مارت``
#: ("the year 2022's 12 March"). Read on text holding "يىل" ("year").
_UYGHUR_YMD = lazy_re(
    r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})\s*-\s*يىلى?\s*(?P<d>[0-3]?\d)\s*-\s*(?P<m>[^\W\d_]{3,10})"
)
_UYGHUR_MONTHS: dict[str, int] = numbered_names(month_names("ug (own pattern)"))  # linkcheck.months
#: A Japanese era year, as ministries, courts and many Japanese pages write dates: ``令和4年3月12日``
#: (2022), ``平成31年4月30日``, ``令和元年5月1日`` (元 is the first year). Era -> the year before its first.
_JP_ERAS: dict[str, int] = {"令和": 2018, "平成": 1988, "昭和": 1925}
_JP_ERA_YMD = lazy_re(
    r"(?P<era>令和|平成|昭和)\s*(?P<y>元|\d{1,2})\s*年\s*(?P<b>[01]?\d)\s*月\s*(?P<a>[0-3]?\d)\s*日"
)
#: Thai dates: ``12 มี.ค. 2565``, ``12 มีนาคม 2565`` (full and abbreviated month names), with a year of the
#: Buddhist era (2565 is 2022) or, less often, of the common era; Lao dates (``12 ມີນາ 2022``, the same
#: order, most often with a year of the common era).
_THAI_MONTHS: dict[str, int] = numbered_names(
    (
        "มกราคม ม.ค.", "กุมภาพันธ์ ก.พ.", "มีนาคม มี.ค.", "เมษายน เม.ย.", "พฤษภาคม พ.ค.", "มิถุนายน มิ.ย.",
        "กรกฎาคม ก.ค.", "สิงหาคม ส.ค.", "กันยายน ก.ย.", "ตุลาคม ต.ค.", "พฤศจิกายน พ.ย.", "ธันวาคม ธ.ค.",
    )
) | numbered_names(
    (
        "ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ",
        "ທັນວາ",
    )
) | numbered_names(
    (  # Khmer (the day after "ទី", the month after "ខែ", "month", the year after "ឆ្នាំ", "year"), Burmese
        "មករា ဇန်နဝါရီ", "កុម្ភៈ ဖေဖော်ဝါရီ", "មីនា မတ်", "មេសា ဧပြီ", "ឧសភា မေ", "មិថុនា ဇွန်", "កក្កដា ဇူလိုင်",
        "សីហា ဩဂုတ် ဪဂုတ်", "កញ្ញា စက်တင်ဘာ", "តុលា အောက်တိုဘာ", "វិច្ឆិកា နိုဝင်ဘာ", "ធ្នូ ဒီဇင်ဘာ",
    )
)  # fmt: skip
_THAI_YMD = lazy_re(
    r"(?P<a>\d(?<![\d.]\d)(?:(?<=[0-3])\d)?)\s*(?:ខែ)?(?P<m>"
    + "|".join(re.escape(m) for m in sorted(_THAI_MONTHS, key=len, reverse=True))
    + r")(?![\u1000-\u103f])\s*[,၊]?\s*(?:พ\.ศ\.\s*|ឆ្នាំ)?(?P<y>\d{4})(?!\d)"
)
#: Burmese in the formal style, year first (``၂၀၂၀ ပြည့်နှစ်၊ ဇန်နဝါရီလ ၉ ရက်``, "the year 2020 (A.D.), the month
#: of January, the 9th day"): the year with ``ပြည့်နှစ်`` ("year A.D.") or ``ခုနှစ်`` ("year"), the section sign
#: ``၊`` at times, the month's name with ``လ`` ("month"), the day with ``ရက်`` ("day"); tried only on text
#: holding ``ရက်``. A Myanmar-era date written alike (``၁၃၈၁ ခုနှစ်၊ ပြာသိုလပြည့်ကျော် ၁၄ ရက်``) names a lunar
#: month, no Gregorian one, and is left.
_MYANMAR_FORMAL = lazy_re(
    r"(?P<y>(?:19|20)\d{2})\s*(?:ပြည့်နှစ်|ခုနှစ်)\s*၊?\s*(?P<m>[\u1000-\u103f]{2,12}?)လ\s*"
    r"(?P<a>[0-3]?\d)\s*ရက်"
)
_MYANMAR_DAY = "ရက်"


#: A combining diacritic (U+0300-036F): Yoruba writes its tones and the dot below with them (``Ọ̀wàrà``, in
#: decomposed text every accented letter), and ``_WORD`` stops at them (they are no word characters). A
#: Yoruba month written with marks holds a combining grave, acute or dot below: those three are looked for
#: first, as substrings (a scan of every non-ASCII text by this class cost ~1 % of a page).
_COMBINING = lazy_re("[\u0300-\u036f]")
#: A day, a word that may hold combining marks, a year (``20 Ọ̀wàrà 2022``): tried only on text holding a
#: combining mark, and read only when the word holds one.
_MARKED_DMY = lazy_re(
    rf"(?P<d>{_LEAD_NUMBER})\.?\s*(?P<m>[^\W\d_](?:[^\W\d_]|[\u0300-\u036f]){{2,20}})\.?,?\s*{_YEAR}(?!\d)"
)
#: Yoruba months, written with their marks removed (``Ọ̀wàrà`` is ``owara``): looked up only for a word
#: that held a mark, so the bare words ("ogun", "ope") are never read as months elsewhere.
MARKED_MONTHS: dict[str, int] = numbered_names(
    ("sere", "erele", "erena", "igbe", "ebibi", "okudu", "agemo", "ogun", "owewe", "owara", "belu", "ope")
)
#: Any Thai, Lao, Myanmar or Khmer letter: the Thai pattern is tried only on text that has one.
_THAI_CHAR = lazy_re("[\u0e01-\u0e4f\u0e81-\u0ecf\u1000-\u103f\u1780-\u17d3]")
#: The Buddhist era counts from 543 BCE: a Thai year of 2400 or more is the common year + 543.
_BUDDHIST_OFFSET = 543


#: Digits of other scripts, read as ASCII ones (one character for one: positions in the text do not move):
#: Arabic-Indic, Persian (extended Arabic-Indic), Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil,
#: Telugu, Kannada, Malayalam, Thai and Lao (Thai official texts write ``๑๒ มีนาคม ๒๕๖๕``, Odia papers
#: ``୧୪ ସେପ୍ଟେମ୍ବର ୨୦୨୨``), Myanmar and Khmer (``၉ ဇန်နဝါရီ ၂၀၂၀``, ``ទី៩ ខែមករា ឆ្នាំ២០២០``).
_NATIVE_DIGIT = lazy_re(
    "[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f"
    "\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u17e0-\u17e9]"
)
_TO_ASCII_DIGITS = {
    base + i: ord("0") + i
    for base in (
        0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50,
        0x0ED0, 0x1040, 0x17E0,
    )
    for i in range(10)
}  # fmt: skip


def ascii_digits(text: str) -> str:
    """``text`` with the digits of other scripts (:data:`_NATIVE_DIGIT`: Burmese ``၂၁``, Bengali ``২১``,
    Arabic-Indic ``٢١``) written as ASCII ones, one character for one (positions do not move); ASCII text
    as it is, untouched."""
    if text.isascii() or len(text.encode("latin-1", "ignore")) == len(text):
        return text  # no character beyond Latin-1: a one-byte string is copied whole, not searched
    if _NATIVE_SPAN.search(text) is None or _NATIVE_DIGIT.search(text) is None:
        return text
    return text.translate(_TO_ASCII_DIGITS)


#: The span of the scripts :data:`_NATIVE_DIGIT` takes digits from (Arabic-Indic to Khmer), one range: the
#: cheap search before that class's fourteen (whose search of every byline's markup, asked of every page
#: dated in UTC, cost ~3 % of a page's read in the sixty-third session's merge).
_NATIVE_SPAN = lazy_re("[\u0660-\u17e9]")


def _script_spellings(name: str) -> set[str]:
    """A month's name (``_`` between two words), written both ways Bengali ``য়`` and Devanagari ``फ़`` are:
    precomposed, or as the letter and a nukta."""
    name = name.replace("_", " ")
    return {
        name,
        name.replace("\u09df", "\u09af\u09bc").replace("\u095e", "\u092b\u093c"),
        name.replace("\u09af\u09bc", "\u09df").replace("\u092b\u093c", "\u095e"),
    }


def _gurmukhi_spellings(name: str) -> set[str]:
    """A Punjabi month's name with ``ਫ਼`` precomposed and as ``ਫ`` and a nukta (NFC writes the latter)."""
    return {name, name.replace("\u0a5e", "\u0a2b\u0a3c"), name.replace("\u0a2b\u0a3c", "\u0a5e")}


#: Malayalam's chillu letters (``ർ``, ``ൽ``, ``ൺ``) as older text encodes them: the consonant, the virama
#: and a zero-width joiner.
_CHILLU_JOINED = {
    "\u0d7c": "\u0d30\u0d4d\u200d",
    "\u0d7d": "\u0d32\u0d4d\u200d",
    "\u0d7a": "\u0d23\u0d4d\u200d",
}


def _chillu_spellings(name: str) -> set[str]:
    """A Malayalam month's name with its chillu letters atomic (Unicode 5.1 on) and joined (before)."""
    joined = name
    for atomic, parts in _CHILLU_JOINED.items():
        joined = joined.replace(atomic, parts)
    return {name, joined}


#: Month names of the Arabic script (Egyptian and Gulf, Maghrebi and Levantine Arabic, some of them two
#: words, "تشرين الثاني"; Urdu; Persian for the Gregorian calendar) and of Indic scripts (Hindi, Bengali,
#: Tamil, with its abbreviations: "12 மார்ச் 2022", see also ``_tamil_mdy``; Gujarati; Sinhala, also written
#: year first: "2022 දෙසැම්බර් 03", see ``_sinhala_ymd``; Malayalam, "12 മാർച്ച് 2022"), whose vowel signs are not
#: word characters for ``_WORD``: read by a pattern of their own, tried only on text holding a letter of
#: those scripts.
_SCRIPT_MONTHS: dict[str, int] = numbered_names(
    month_names("ar ur fa (own pattern)"), spell=_script_spellings  # the Arabic script's: linkcheck.months
) | numbered_names(
    (  # Hindi, Bengali, Tamil
        "जनवरी জানুয়ারি জানুয়ারী ஜனவரி ஜன",
        "फ़रवरी फरवरी ফেব্রুয়ারি ফেব্রুয়ারী பிப்ரவரி பிப்",
        "मार्च মার্চ மார்ச் மார்",
        "अप्रैल अप्रेल এপ্রিল ஏப்ரல் ஏப்",
        "मई মে மே",
        "जून জুন ஜூன்",
        "जुलाई জুলাই ஜூலை",
        "अगस्त আগস্ট আগষ্ট ஆகஸ்ட் ஆக",
        "सितंबर सितम्बर সেপ্টেম্বর செப்டம்பர் செப்",
        "अक्टूबर अक्तूबर অক্টোবর அக்டோபர் அக்",
        "नवंबर नवम्बर নভেম্বর நவம்பர் நவ",
        "दिसंबर दिसम्बर ডিসেম্বর டிசம்பர் டிச",
    ),
    spell=_script_spellings,
) | numbered_names(
    (  # Gujarati and Sinhala (the latter's "අප්‍රේල්" with and without its zero-width joiner)
        "જાન્યુઆરી ජනවාරි", "ફેબ્રુઆરી පෙබරවාරි", "માર્ચ මාර්තු", "એપ્રિલ අප්\u200dරේල් අප්රේල්", "મે මැයි",
        "જૂન ජූනි", "જુલાઈ જુલાઇ ජූලි", "ઑગસ્ટ ઓગસ્ટ අගෝස්තු", "સપ્ટેમ્બર සැප්තැම්බර්", "ઑક્ટોબર ઓક્ટોબર ඔක්තෝබර්",
        "નવેમ્બર නොවැම්බර්", "ડિસેમ્બર දෙසැම්බර්",
    )
) | numbered_names(
    (  # Malayalam
        "ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ് മെയ്", "ജൂൺ", "ജൂലൈ", "ഓഗസ്റ്റ് ആഗസ്റ്റ്",
        "സെപ്റ്റംബർ", "ഒക്ടോബർ", "നവംബർ", "ഡിസംബർ",
    ),
    spell=_chillu_spellings,
) | numbered_names(
    (  # Marathi (its own spellings; "मार्च", "जून" are Hindi's, above) and Dhivehi in Thaana ("12 މާރިޗު 2022")
        "जानेवारी ޖަނަވަރީ", "फेब्रुवारी ފެބްރުއަރީ", "މާރިޗު", "एप्रिल އޭޕްރީލް އެޕްރީލް", "मे މެއި", "ޖޫން",
        "जुलै ޖުލައި", "ऑगस्ट ओगस्ट އޯގަސްޓު އޮގަސްޓު", "सप्टेंबर ސެޕްޓެމްބަރު", "ऑक्टोबर ऑक्टोंबर އޮކްޓޫބަރު އޮކްޓޯބަރު",
        "नोव्हेंबर ނޮވެމްބަރު", "डिसेंबर ޑިސެމްބަރު",
    )
) | numbered_names(
    (  # Punjabi in Gurmukhi ("੧੨ ਮਾਰਚ ੨੦੨੨", the digits read as ASCII ones)
        "ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ ਫਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ ਅਪਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ ਸਿਤੰਬਰ", "ਅਕਤੂਬਰ",
        "ਨਵੰਬਰ", "ਦਸੰਬਰ",
    ),
    spell=_gurmukhi_spellings,
) | numbered_names(
    (  # Assamese (the Bengali script with its own "ৰ" and "ৱ": "১২ ফেব্ৰুৱাৰী, ২০২২"; "মে", "জুন", ... above)
        "জানুৱাৰী জানুৱাৰি", "ফেব্ৰুৱাৰী ফেব্ৰুৱাৰি", "মাৰ্চ", "এপ্ৰিল", "মে", "জুন", "জুলাই", "আগষ্ট", "ছেপ্টেম্বৰ চেপ্টেম্বৰ",
        "অক্টোবৰ", "নৱেম্বৰ নভেম্বৰ", "ডিচেম্বৰ ডিছেম্বৰ",
    )
) | numbered_names(
    (  # Kannada and Odia ("9 ಆಗಸ್ಟ್ 2022", "୧୪ ସେପ୍ଟେମ୍ବର ୨୦୨୨", the digits read as ASCII ones)
        "ಜನವರಿ ଜାନୁଆରୀ ଜାନୁଆରି", "ಫೆಬ್ರವರಿ ଫେବୃଆରୀ ଫେବୃଆରି", "ಮಾರ್ಚ್ ମାର୍ଚ୍ଚ ମାର୍ଚ", "ಏಪ್ರಿಲ್ ଏପ୍ରିଲ", "ಮೇ ମେ",
        "ಜೂನ್ ଜୁନ", "ಜುಲೈ ଜୁଲାଇ", "ಆಗಸ್ಟ್ ଅଗଷ୍ଟ", "ಸೆಪ್ಟೆಂಬರ್ ସେପ୍ଟେମ୍ବର", "ಅಕ್ಟೋಬರ್ ଅକ୍ଟୋବର",
        "ನವೆಂಬರ್ ନଭେମ୍ବର", "ಡಿಸೆಂಬರ್ ଡିସେମ୍ବର",
    )
) | numbered_names(
    (  # Telugu ("09 జనవరి 2020"; also month first, "జనవరి 09, 2020", see ``_tamil_mdy``; the forty-eighth
        # held-out batch), each month with its spellings in "-ర్" and "-రు"
        "జనవరి", "ఫిబ్రవరి ఫిబ్రవరీ", "మార్చి", "ఏప్రిల్", "మే", "జూన్", "జూలై జులై", "ఆగస్టు ఆగస్ట్",
        "సెప్టెంబర్ సెప్టెంబరు", "అక్టోబర్ అక్టోబరు", "నవంబర్ నవంబరు", "డిసెంబర్ డిసెంబరు",
    )
) | numbered_names(
    month_names("sd (own pattern)")  # Sindhi ("15 آگسٽ 2022"): linkcheck.months
) | numbered_names(
    month_names("ckb (own pattern)"),  # Sorani Kurdish ("09 کانوونی دووەم 2020"): linkcheck.months
    spell=_script_spellings,
)  # fmt: skip
_SCRIPT_LETTER = lazy_re(
    "[\u0620-\u064a\u0671-\u06d3\u0900-\u09ff\u0a80-\u0aff\u0b00-\u0b65\u0b70-\u0c65\u0c80-\u0ce5"
    "\u0cf0-\u0cff\u0d00-\u0dff\u1200-\u137f\u0780-\u07b1\u0a00-\u0a65\u0a70-\u0a7f]"
)


@once
def _script_dmy() -> re.Pattern[str]:
    """The pattern of Arabic-script and Indic dates, compiled on first use (~3 ms: the import of a run that
    never reads such a page does not pay for it)."""
    months = "|".join(
        re.escape(m).replace(r"\ ", r"\s+") for m in sorted(_SCRIPT_MONTHS, key=len, reverse=True)
    )
    letters = (
        r"\u0620-\u064a\u0671-\u06d3\u0900-\u0963\u0971-\u09e5\u09f0\u09f1\u0a80-\u0ae5\u0b00-\u0b65\u0b80-\u0be5"
        r"\u0c00-\u0c65"
        r"\u0c80-\u0ce5\u0d00-\u0d65\u0d70-\u0dff\u0780-\u07b1\u0a00-\u0a65\u0a70-\u0a7f"
    )
    return re.compile(
        r"(?P<a>\d(?<![\d.]\d)(?:(?<=[0-3])\d)?)\s*(?P<m>"
        + months
        + rf")(?![{letters}])\s*[,،]?\s*(?P<y>(?:19|20)\d{{2}})(?!\d)"
    )


#: A Solar Hijri date: a day, a word (looked up in ``calendars.JALALI_MONTHS``: a pattern of every month
#: name costs some five million instructions to compile), "ماه" ("month") at times, and a year of that
#: calendar.
_JALALI_DMY = lazy_re(
    r"(?P<a>\d(?<![\d.]\d)(?:(?<=[0-3])\d)?)\s*(?P<m>[^\W\d_]{2,10})\s*[,،]?\s*(?:ماه\s+)?"
    r"(?P<y>1[34]\d\d)(?!\d)"
)


#: A year of the Solar Hijri calendar (1300-1499) in the text: the Solar Hijri pattern is tried only then.
_JALALI_HINT = lazy_re(r"(?<!\d)1[34]\d\d(?!\d)")


#: Any Sinhala or Malayalam letter (one block after the other): Sinhala pages also write the year first
#: ("2022 දෙසැම්බර් 03 16:45"), and Malayalam ones ("2020 ജനുവരി 9, 02:05 PM IST", the forty-seventh held-out
#: batch).
_SINHALA_LETTER = lazy_re("[\u0d00-\u0dff]")


@once
def _sinhala_ymd() -> re.Pattern[str]:
    """Sinhala and Malayalam dates written year first (``2022 දෙසැම්බර් 03``, ``2020 ജനുവരി 9``), tried only on
    text holding a letter of either script."""
    months = "|".join(
        re.escape(m)
        for m in sorted((m for m in _SCRIPT_MONTHS if _SINHALA_LETTER.match(m)), key=len, reverse=True)
    )
    return re.compile(
        r"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{2})\s*(?P<m>" + months + r")(?![\u0d00-\u0dff\u200d])\s*"
        r"(?P<a>[0-3]?\d)(?![\d:])"
    )


#: Any Tamil or Telugu letter (one block after the other): Tamil pages also write the month first ("மார் 12,
#: 2022"), and Telugu ones ("జనవరి 09, 2020", the forty-eighth held-out batch), read by a pattern of their own.
_TAMIL_LETTER = lazy_re("[\u0b80-\u0c7f]")


@once
def _tamil_mdy() -> re.Pattern[str]:
    """Tamil and Telugu dates written month first (``மார்ச் 12, 2022``, ``మార్చి 12, 2022``): a pattern that
    starts with a word has to be tried at every position, so it is tried only on text holding a letter of
    either script."""
    months = "|".join(sorted((m for m in _SCRIPT_MONTHS if _TAMIL_LETTER.match(m)), key=len, reverse=True))
    return re.compile(
        r"(?<![\u0b80-\u0c7f])(?P<m>"
        + months
        + r")(?![\u0b80-\u0be5\u0c00-\u0c65])\s*(?P<a>[0-3]?\d)(?!\d)\s*,?\s*"
        r"(?P<y>(?:19|20)\d{2})(?!\d)"
    )


def find_text_dates(
    text: str, *, day_first: bool = True, roc: bool = False
) -> Iterator[tuple[dt.date, int, int]]:
    """Yield ``(date, start, end)`` for every full date written in ``text``, in order of position.

    ``day_first`` settles ``01/02/2020`` (``False`` for US English pages); a date with a dot separator is
    always day first, and a value over 12 settles the order by itself. ``roc`` also reads years of the
    ROC calendar (``109-01-09``), which only Taiwanese pages write.
    """
    found: list[tuple[int, int, dt.date]] = []
    plain = text.isascii()
    nyeon = False  # "년" in a non-ASCII text: Korean dates, looked for once
    if not plain:
        if _NATIVE_DIGIT.search(text):  # "١٢ فبراير ٢٠٢٢", "১২ মার্চ ২০২২"
            text = text.translate(_TO_ASCII_DIGITS)
        # One scan for a letter of the Arabic, Indic or Ge'ez scripts; each script's own test starts there.
        script = _SCRIPT_LETTER.search(text)
        if script is not None:
            first = script.start()
            for m in _script_dmy().finditer(text):
                number = _SCRIPT_MONTHS.get(" ".join(m.group("m").split()))
                if number:
                    _add(found, m, int(m.group("y")), number, int(m.group("a")))
            if _JALALI_HINT.search(text):
                for m in _JALALI_DMY.finditer(text):
                    solar_month = JALALI_MONTHS.get(m.group("m"))
                    if solar_month:
                        with contextlib.suppress(ValueError):
                            value = jalali_to_gregorian(int(m.group("y")), solar_month, int(m.group("a")))
                            found.append((m.start(), m.end(), value))
            if _TAMIL_LETTER.search(text, first):
                for m in _tamil_mdy().finditer(text):
                    _add(found, m, int(m.group("y")), _SCRIPT_MONTHS[m.group("m")], int(m.group("a")))
            if _SINHALA_LETTER.search(text, first):
                for m in _sinhala_ymd().finditer(text):
                    _add(found, m, int(m.group("y")), _SCRIPT_MONTHS[m.group("m")], int(m.group("a")))
            if _ETHIOPIC_LETTER.search(text, first):
                for m in _GEEZ_DMY.finditer(text):
                    eritrean_month = ERITREAN_MONTHS.get(m.group("m"))
                    if eritrean_month:
                        _add(found, m, int(m.group("y")), eritrean_month, int(m.group("a")))
                for m in _ETHIOPIAN_MDY.finditer(text):
                    ethiopian_month = ETHIOPIAN_MONTHS.get(m.group("m"))
                    if ethiopian_month:
                        with contextlib.suppress(ValueError):
                            value = ethiopian_to_gregorian(
                                int(m.group("y")), ethiopian_month, int(m.group("a"))
                            )
                            found.append((m.start(), m.end(), value))
            if "يىل" in text:
                for m in _UYGHUR_YMD.finditer(text):
                    uyghur_month = _UYGHUR_MONTHS.get(m.group("m"))
                    if uyghur_month:
                        _add(found, m, int(m.group("y")), uyghur_month, int(m.group("d")))
        if "წლის" in text:
            for m in _GEORGIAN_YMD.finditer(text):
                georgian_month = MONTHS.get(m.group("m"))
                if georgian_month:
                    _add(found, m, int(m.group("y")), georgian_month, int(m.group("d")))
        if "թ" in text:
            for m in _ARMENIAN_YMD.finditer(text):
                armenian_month = MONTHS.get(m.group("m").lower())
                if armenian_month:
                    _add(found, m, int(m.group("y")), armenian_month, int(m.group("d")))
        if "ཟླ" in text and "ཕྱི" in text:  # "month" and "Western (year)": a Tibetan-script Gregorian date
            for m in _TIBETAN_YMD.finditer(text.translate(_TIBETAN_DIGITS)):
                _add(found, m, int(m.group("y")), int(m.group("b")), int(m.group("a")))
        if any(letter in text for letter in _HEBREW_MONTH_LETTERS):
            for m in _HEBREW_MDY.finditer(text):
                word = _HEBREW_POINTS.sub("", m.group("m")).translate(_YIDDISH_LIGATURES)
                hebrew_month = _HEBREW_SCRIPT_MONTHS.get(word)
                if hebrew_month:
                    _add(found, m, int(m.group("y")), hebrew_month, int(m.group("a")))
            for m in _HEBREW_DMY.finditer(text):
                word = _HEBREW_POINTS.sub("", m.group("m")).translate(_YIDDISH_LIGATURES)
                hebrew_month = _HEBREW_SCRIPT_MONTHS.get(word) or (
                    word[0] == "\u05d1" and _HEBREW_SCRIPT_MONTHS.get(word[1:])  # "in"
                )
                if hebrew_month:
                    _add(found, m, int(m.group("y")), hebrew_month, int(m.group("a")))
        nyeon = "년" in text
        if nyeon and "주체" in text:
            for m in _JUCHE_YMD.finditer(text):
                _add(found, m, int(m.group("y")) + _ROC_OFFSET, int(m.group("b")), int(m.group("a")))
    if roc:
        for m in _ROC_YMD.finditer(text):
            month, day = (m.group("b"), m.group("a")) if m.group("sep") else (m.group("b2"), m.group("a2"))
            _add(found, m, int(m.group("y")) + _ROC_OFFSET, int(month), int(day))
    if "年" in text and ("令和" in text or "平成" in text or "昭和" in text):
        for m in _JP_ERA_YMD.finditer(text):
            era_year = 1 if m.group("y") == "元" else int(m.group("y"))
            _add(found, m, _JP_ERAS[m.group("era")] + era_year, int(m.group("b")), int(m.group("a")))
    if not plain and _THAI_CHAR.search(text):
        for m in _THAI_YMD.finditer(text):
            year = int(m.group("y"))
            _add(found, m, year - _BUDDHIST_OFFSET if year >= 2400 else year, _THAI_MONTHS[m.group("m")],
                 int(m.group("a")))  # fmt: skip
        if _MYANMAR_DAY in text:
            for m in _MYANMAR_FORMAL.finditer(text):
                myanmar_month = _THAI_MONTHS.get(m.group("m"))
                if myanmar_month:
                    _add(found, m, int(m.group("y")), myanmar_month, int(m.group("a")))
    if not _HAS_YEAR.search(text):
        yield from _in_order(found)
        return
    for m in _DAY_MONTH_YEAR.finditer(text):
        month = MONTHS.get(m.group("m").lower())
        if month:
            _add(found, m, int(m.group("y")), month, int(m.group("d")))
    if " viz " in text:
        for m in _VIZ_DMY.finditer(text):
            month = _VIZ_MONTHS.get(m.group("m").lower())
            if month:
                _add(found, m, int(m.group("y")), month, int(m.group("d")))
    if any(hint in text for hint in _MULTI_WORD_HINTS):
        for m in _MULTI_WORD_DMY.finditer(text):
            month = MULTI_WORD_MONTHS.get(" ".join(m.group("m").lower().split()))
            if month:
                _add(found, m, int(m.group("y")), month, int(m.group("d")))
    if "-20" in text or "-19" in text:
        for m in _DAY_MONTH_YEAR_HYPHENS.finditer(text):
            month = MONTHS.get(m.group("m").lower())
            if month:
                _add(found, m, int(m.group("y")), month, int(m.group("d")))
    if any(hint in text for hint in _HYPHENATED_HINTS):
        for m in _HYPHENATED_DMY.finditer(text):
            month = _HYPHENATED_MONTHS.get(m.group("m").lower())
            if month:
                _add(found, m, int(m.group("y")), month, int(m.group("d")))
    for m in _month_day_year(text):
        month = MONTHS.get(m.group("m").lower())
        if month:
            _add(found, m, int(m.group("y")), month, int(m.group("d")))
    for m in _NUMERIC_DMY.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        dotted = m.group("sep")[0] == "."
        dayfirst = day_first or dotted or a > 12
        if b > 12:
            dayfirst = False
        elif a <= 12 and a != b and not dotted:
            # Both orders are dates: a weekday written before it may settle which (only here, a rare case).
            told = _weekday_order(text, m.start(), a, b, int(m.group("y")))
            if told is not None:
                dayfirst = told
        day, month = (a, b) if dayfirst else (b, a)
        _add(found, m, int(m.group("y")), month, day)
    for m in _NUMERIC_YMD.finditer(text):
        _add(found, m, int(m.group("y")), int(m.group("b")), int(m.group("a")))
    for m in _YEAR_MONTH_DAY.finditer(text):
        month = int(m.group("b")) if m.group("b") else MONTHS.get(m.group("m").lower())
        if month:
            _add(found, m, int(m.group("y")), month, int(m.group("d")))
    if "I." in text or "V." in text or "X." in text:
        for pattern in (_ROMAN_YMD, _ROMAN_DMY):
            for m in pattern.finditer(text):
                _add(found, m, int(m.group("y")), ROMAN_MONTHS[m.group("r")], int(m.group("d")))
    if not plain and ("\u0300" in text or "\u0301" in text or "\u0323" in text):
        for m in _MARKED_DMY.finditer(text):
            word = m.group("m")
            if _COMBINING.search(word):
                month = MARKED_MONTHS.get(_COMBINING.sub("", unicodedata.normalize("NFD", word)).lower())
                if month:
                    _add(found, m, int(m.group("y")), month, int(m.group("d")))
    if not plain and "сарын" in text:
        for m in _MONGOLIAN_YMD.finditer(text):
            word = m.group("w")
            number = _MONGOLIAN_ORDINALS.get(" ".join(word.lower().split())) if word else int(m.group("b"))
            if number:
                _add(found, m, int(m.group("y")), number, int(m.group("a")))
    if "gada" in text or " m. " in text:
        for m in _BALTIC_YMD.finditer(text):
            word = m.group("m") or m.group("m2")
            month = MONTHS.get(word.lower())
            if month:
                _add(found, m, int(m.group("y")), month, int(m.group("d") or m.group("d2")))
    if "yil" in text or (not plain and ("йил" in text or "жыл" in text or "ж." in text or "jıl" in text)):
        for m in _UZBEK_YMD.finditer(text):
            month = MONTHS.get(m.group("m").lower())
            if month:
                _add(found, m, int(m.group("y")), month, int(m.group("d")))
    if not plain and "күнэ" in text:
        for m in _SAKHA_YMD.finditer(text):
            month = SAKHA_MONTHS.get(" ".join(m.group("m").lower().split()))
            if month:
                _add(found, m, int(m.group("y")), month, int(m.group("d")))
    if "ren " in text and "ko " in text:
        for m in _BASQUE_YMD.finditer(text):
            month = MONTHS.get(m.group("m").lower())
            if month:
                _add(found, m, int(m.group("y")), month, int(m.group("d")))
    if nyeon or "年" in text:  # a substring test, not a scan of every year in the text
        for m in _CJK_YMD.finditer(text):
            _add(found, m, int(m.group("y")), int(m.group("b")), int(m.group("a")))
    yield from _in_order(found)


def _in_order(found: list[tuple[int, int, dt.date]]) -> Iterator[tuple[dt.date, int, int]]:
    """The dates of ``found`` by position; of overlapping readings of the same characters, the first."""
    found.sort(key=lambda item: item[0])
    last_end = -1
    for start, end, value in found:
        if start < last_end:  # overlapping readings of the same characters: keep the first
            continue
        last_end = end
        yield value, start, end


#: A digit right after whitespace: where the day of every ``_MONTH_DAY_YEAR`` match starts.
_DAY_AFTER_SPACE = lazy_re(r"\s\d")


def _month_day_year(text: str) -> list[re.Match[str]]:
    """``list(_MONTH_DAY_YEAR.finditer(text))``, tried only where a match can start.

    The pattern starts at any word, so the engine tries it at every position. But a match is a whole
    word of 3-13 letters (nothing alphabetic before it), an optional dot, whitespace, then the day: from
    each digit that follows whitespace, walking back over the whitespace, the dot and the letters gives
    the one place a match using that day can start. Those places come in increasing order; one anchored
    attempt at each, past the end of the last match, gives the same matches as the full scan.
    """
    found: list[re.Match[str]] = []
    low = 0
    for day in _DAY_AFTER_SPACE.finditer(text):
        end = day.start()
        while end > low and text[end - 1].isspace():  # \s
            end -= 1
        if end > low and text[end - 1] == ".":
            end -= 1
        start = end
        while (
            start > low
            and end - start <= 13
            and text[start - 1].isalnum()
            and not text[start - 1].isdecimal()
        ):
            start -= 1  # [^\W\d_]: a word character (alphanumeric or "_") that is neither a digit nor "_"
        if not 3 <= end - start <= 13:
            continue
        m = _MONTH_DAY_YEAR.match(text, start)
        if m is not None:
            found.append(m)
            low = m.end()
    return found


def _add(found: list[tuple[int, int, dt.date]], m: re.Match[str], year: int, month: int, day: int) -> None:
    with contextlib.suppress(ValueError):
        found.append((m.start(), m.end(), dt.date(year, month, day)))


# --- a UTC time as the page prints it ----------------------------------------------------------------------
#: A clock time as pages print one: ``22:10``, ``01:10``, ``2:30 pm``, ``9:10am``, ``10:30 p. m.`` (Spanish
#: spaces its abbreviation: read as 22:30, not as a morning time), ``14:35:00`` (its seconds read past: a
#: CMS's ``08.03.2024 14:35:00``, ext64). It starts with a digit
#: class, not with its "(?<![\d:])" (the engine then skips to the digits in C, see ``_LEAD_NUMBER``): the
#: first digit, nothing numeric or a colon before it, an optional second one, the minutes; the hour is
#: checked by :func:`_clock`.
_CLOCK = lazy_re(r"(\d(?<![\d:]\d)\d?):([0-5]\d)(?::[0-5]\d)?(?![\d:])(?:\s?([aApP])\.?\s?[mM]\b\.?)?")
#: How far after a date its clock time may be printed ("12/03/2022 22:10", "12 March 2022 - 09:30").
_CLOCK_REACH = 25
#: The characters of a clock time itself ("11:32 p.m."), before a date printed after it.
_CLOCK_AHEAD = 10
#: A zone's offset from UTC, in minutes: whole quarter hours from -12 to +14 hours.
_EARLIEST, _LATEST = -12 * 60, 14 * 60
_DAY_MINUTES = 24 * 60


def _clock(m: re.Match[str]) -> int | None:
    """A ``_CLOCK`` match's time as minutes after midnight; ``None`` for an hour no clock shows."""
    hour, minute, half = int(m.group(1)), int(m.group(2)), m.group(3)
    if hour > 23:
        return None
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half in "pP" else 0)
    return hour * 60 + minute


#: The colon of a clock time: where one is looked for (a literal first, found by a fast scan); the minutes'
#: colon of a time with seconds.
_CLOCK_COLON = lazy_re(r":[0-5]\d(?::[0-5]\d)?(?![\d:])")
_TAG = lazy_re(r"<[^>]*>")


def clock_times(text: str) -> list[tuple[int, int]]:
    """``(position, minutes after midnight)`` of the clock times in ``text`` (markup or text) outside tags
    (``_CLOCK``'s matches). Each is found from its colon: on a byline of several hundred characters, a scan
    for the colon is many times cheaper than trying ``_CLOCK`` at each digit. A colon inside a tag (a
    ``<time datetime="...T19:26:00Z">``, on nearly every byline) is passed over before ``_CLOCK`` is tried:
    the hour before it is digits, so the clock would start inside that tag too."""
    found: list[tuple[int, int]] = []
    if ":" not in text:
        return found
    for colon in _CLOCK_COLON.finditer(text):
        at = colon.start()
        if text.rfind("<", 0, at) > text.rfind(">", 0, at):
            continue
        for begin in (at - 2, at - 1):
            m = _CLOCK.match(text, begin) if begin >= 0 else None
            if m is not None and m.end(1) == at:
                minutes = _clock(m)
                if minutes is not None:
                    found.append((begin, minutes))
                break
    return found


#: A clock time written with a dot between the hour and the minutes, at a text's start (``15.20``, ``09.12
#: uur``, ``6.10pm``; the sixty-eighth batch): nothing numeric, no dot and no colon after its minutes (so
#: ``14.11.2024`` is no clock), groups as ``_CLOCK``'s (the hour checked by :func:`_clock`).
_DOTTED_CLOCK = lazy_re(r"(\d\d?)\.([0-5]\d)(?![\d.:])(?:\s?([aApP])\.?\s?[mM]\b\.?)?")


def dotted_clock(text: str) -> int | None:
    """The minutes after midnight of the dotted clock ``text`` opens with (:data:`_DOTTED_CLOCK`: "15.20",
    "6.10pm"); ``None`` when it opens with none. A caller asks it only where a label has said a time
    follows (a day-and-month "14.11" reads as a clock here)."""
    m = _DOTTED_CLOCK.match(text)
    return None if m is None else _clock(m)


#: A clock time written with an ``h`` between the hour and the minutes, as Portuguese and French pages print
#: one (``14h35``, ``08h10``; ext64): the hour, the minutes, nothing numeric after (nothing numeric before is
#: tested on the match: a leading look-behind would be tried at every character, a digit class is not).
_H_CLOCK = lazy_re(r"([0-2]?\d)h([0-5]\d)(?![\d:])")


def h_clock_times(text: str) -> list[tuple[int, int]]:
    """``(position, minutes after midnight)`` of the ``14h35`` clock times in ``text`` outside tags
    (:data:`_H_CLOCK`), as :func:`clock_times` gives the colon's. Its caller asks it only of a byline in a
    language that prints them, with no clock with a colon (a scan at every digit, which the colon's literal
    spares the usual byline)."""
    found: list[tuple[int, int]] = []
    for m in _H_CLOCK.finditer(text):
        at, hour = m.start(), int(m.group(1))
        if hour > 23 or (at and text[at - 1] in "0123456789:"):
            continue
        if text.rfind("<", 0, at) > text.rfind(">", 0, at):
            continue
        found.append((at, hour * 60 + int(m.group(2))))
    return found


def _zone_fit(stamp: dt.datetime, minutes: int) -> tuple[int, int] | None:
    """``(days, offset)``: the zone offset in minutes (whole quarter hours, -12 to +14 hours, not zero; the
    smallest when two fit) that shows ``stamp`` as ``minutes`` after midnight on ``days`` after its UTC day.
    Minutes only: a stamp's seconds are not printed."""
    same_day = minutes - (stamp.hour * 60 + stamp.minute)
    best: tuple[int, int] | None = None
    for days in (0, 1, -1):
        offset = same_day + days * _DAY_MINUTES
        fits = offset and not offset % 15 and _EARLIEST <= offset <= _LATEST
        if fits and (best is None or abs(offset) < abs(best[1])):
            best = (days, offset)
    return best


def _day_moving_fit(stamp: dt.datetime, minutes: int) -> int | None:
    """The zone offset in minutes (whole quarter hours, -12 to +14 hours) that shows ``stamp`` as ``minutes``
    after midnight on the day before or after its UTC day (at most one does: the two candidates are two days
    apart), even where a smaller offset keeps the UTC day: :func:`local_from_text` tries it against the date
    printed by the clock (8:05 under ``19:05Z`` is UTC-11 on the same day and UTC+13 on the next, Samoa's,
    whose byline prints the 21st; ext71)."""
    same_day = minutes - (stamp.hour * 60 + stamp.minute)
    for offset in (same_day + _DAY_MINUTES, same_day - _DAY_MINUTES):
        if not offset % 15 and _EARLIEST <= offset <= _LATEST:
            return offset
    return None


def _in_zone(stamp: dt.datetime, offset: int) -> dt.datetime:
    zone = dt.timedelta(minutes=offset)
    return (stamp + zone).replace(tzinfo=dt.timezone(zone))


def zone_for_day(stamp: dt.datetime, day: dt.date) -> dt.timezone | None:
    """A zone in which ``stamp``, written in UTC, falls on ``day``, the day before or after its UTC day, for a
    page that prints that day and no clock time: the middle of the offsets that take it there (UTC-12 to
    UTC+14, in quarter hours where one fits). ``2022-03-13T02:40Z`` printed "12 March 2022" is in a zone
    from UTC-12 to UTC-2:41: UTC-7:15 is taken, and a later stamp of that page falls on the day the same
    zone shows it. ``None`` when no zone does, or ``day`` is ``stamp``'s own."""
    if stamp.tzinfo is not _UTC and stamp.utcoffset() != _ZERO:
        return None
    minutes = stamp.hour * 60 + stamp.minute
    days = (day - stamp.date()).days
    if days == -1 and minutes < -_EARLIEST:
        offset = -((minutes + 1) - _EARLIEST) // 2  # between -(minutes + 1) and _EARLIEST
    elif days == 1 and minutes + _LATEST >= _DAY_MINUTES:
        offset = ((_DAY_MINUTES - minutes) + _LATEST) // 2  # between the next midnight and _LATEST
    else:
        return None
    quarter = round(offset / 15) * 15  # as zones are written, when that still shows the day
    if (stamp + dt.timedelta(minutes=quarter)).date() == day:
        offset = quarter
    return dt.timezone(dt.timedelta(minutes=offset))


#: A day and month without a year: ``13. 3.``, ``13.3.``, ``13 March``, ``13. března``, ``13 de marzo``,
#: ``13 di marzu`` (Romance languages' "of" between them), or the month first as English bylines print this
#: year's days, ``Nov 29``, ``March 13th`` (neither followed by a year).
YEARLESS_DATE = lazy_re(
    r"(?:(?P<d>\d(?<![\d.:]\d)(?:(?<=[0-3])\d)?)(?:\.\s?(?P<b>[01]?\d)\.(?!\d)|\.?\s+(?:d[ei]\s+)?(?P<m>[^\W\d_]{3,12})\b\.?)"
    r"|(?<![^\W\d_])(?P<n>[^\W\d_]{3,12})\.?\s+(?P<e>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?![:.]\d))"
    # Not when a year follows, nor PHP's rendering of MySQL's empty date, whose year is "-0001" ("30 ноября
    # -0001", "Nov 30, -0001": an article never modified, in Joomla's and other PHP CMSs' templates).
    r"(?!,?\s*(?:de\s+)?-?\d{4}(?!\d))"
)


def yearless_month_day(m: re.Match[str]) -> tuple[int, int] | None:
    """``(month, day)`` of a :data:`YEARLESS_DATE` match; ``None`` when its word is no month ("4 мин",
    "Viewed 87")."""
    if m.group("e") is not None:
        month = MONTHS.get(m.group("n").lower())
        return (month, int(m.group("e"))) if month else None
    month = int(m.group("b")) if m.group("b") else MONTHS.get(m.group("m").lower())
    return (month, int(m.group("d"))) if month else None


def yearless_dates(
    text: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[tuple[int, int], re.Match[str]]]:
    """``((month, day), match)`` of each day and month without a year in ``text[start:end]``
    (:data:`YEARLESS_DATE`), in order. A word and a number that are no date ("Updated 2", "Viewed 87") are
    stepped over by one character, not skipped whole: "Updated 2 January" holds "2 January"."""
    end = len(text) if end is None else end
    at = start
    while at < end:
        m = YEARLESS_DATE.search(text, at, end)
        if m is None:
            return
        month_day = yearless_month_day(m)
        if month_day is None:
            at = m.start() + 1
            continue
        yield month_day, m
        at = m.end()


def local_from_clock(stamp: dt.datetime, text: str) -> dt.datetime | None:
    """``stamp``, written in UTC, as ``text`` shows it in the page's own time zone: the first clock time in
    ``text`` that differs from ``stamp``'s by a zone offset gives the instant with that offset. ``text``
    must be a rendering of that instant (a ``<time>`` element's own text). ``None`` when none fits."""
    if stamp.tzinfo is not _UTC and stamp.utcoffset() != _ZERO:
        return None
    for _at, minutes in clock_times(text[:200]):
        fit = _zone_fit(stamp, minutes)
        if fit is not None:
            return _in_zone(stamp, fit[1])
    return None


def local_from_text(
    stamp: dt.datetime,
    text: str,
    *,
    day_first: bool = True,
    clocks: list[tuple[int, int]] | None = None,
) -> dt.datetime | None:
    """``stamp``, written in UTC, as ``text`` (the markup or visible text right after the headline) prints
    it on another day: a clock time that differs from ``stamp``'s by a zone offset taking it to the day
    before or after (a smaller offset keeping the UTC day aside: the printed day decides; ext71), printed
    right after that day's full date (``12/03/2022 22:10`` for ``2022-03-13T04:10:00Z``: UTC-6) or its day
    and month without a year (``Nov 29, 01:20`` for ``2024-11-28T22:20Z``: UTC+3), or right before a full
    date (``10:10 p.m. CST March 12, 2022``). ``None`` when the text prints no such instant. ``clocks`` are
    ``text``'s :func:`clock_times`, when already read. Dates are read, tags dropped, only just before a
    fitting clock time: most bylines are settled by their clock times alone."""
    if stamp.tzinfo is not _UTC and stamp.utcoffset() != _ZERO:
        return None
    for at, minutes in clock_times(text) if clocks is None else clocks:
        # the zone that moves the day (none: the same day as in UTC, nothing to move), though a smaller offset
        # may keep it: the date printed by the clock decides ("8:05" under 19:05Z: UTC+13, not UTC-11; ext71)
        offset = _day_moving_fit(stamp, minutes)
        if offset is None:
            continue
        local = _in_zone(stamp, offset)
        before = _TAG.sub(" ", text[max(0, at - 400) : at])[-_CLOCK_REACH - 20 :]
        for value, _start, end in find_text_dates(before, day_first=day_first):
            if value == local.date() and len(before) - end <= _CLOCK_REACH:
                return local
        # This year's day printed without its year before the time ("Nov 29, 01:20"): the zone that moves
        # the stamp to that day and time states the year.
        for month_day, m in yearless_dates(before):
            if len(before) - m.end() <= _CLOCK_REACH and month_day == (local.month, local.day):
                return local
        # The time first, as American bylines print it: "11:32 p.m. ET March 12, 2022".
        after = _TAG.sub(" ", text[at : at + 400])[: _CLOCK_AHEAD + _CLOCK_REACH + 20]
        for value, start, _end in find_text_dates(after, day_first=day_first):
            if value == local.date() and start <= _CLOCK_AHEAD + _CLOCK_REACH:
                return local
            break
    return None


# --- URL paths -------------------------------------------------------------------------------------------
# "(?<!\d)(?:19|20)" is written "(?:19|20)(?<!\d\d\d)" (no digit before the century): a pattern that starts
# with its century is tried only where a 1 or a 2 is, not at every position of the path.
_URL_YMD = lazy_re(r"((?:19|20)(?<!\d\d\d)\d{2})([/_-])([01]?\d)\2([0-3]?\d)(?=[/_.-]|$)")
_URL_YEAR = lazy_re(r"(?:19|20)\d{2}")
_URL_COMPACT = lazy_re(r"((?:19|20)(?<!\d\d\d)\d{2})([01]\d)([0-3]\d)(?=[/_.-]|$)")


#: The clock's second :func:`local_today` last read and the local date it fell on.
_TODAY: tuple[int, dt.date] = (-1, dt.date.min)


def local_today() -> dt.date:
    """``date.today()``, remembered for the clock's current second: reading one page asks for it twice, at
    ~5 k instructions each (a clock read and a conversion to the local calendar); this costs ~1.6 k. The same
    date: ``date.today()`` is ``date.fromtimestamp(time.time())``, which reads the whole second the clock is
    in, and a local day begins on a whole second."""
    global _TODAY
    second = int(time.time())
    memo = _TODAY
    if memo[0] == second:
        return memo[1]
    day = dt.date.fromtimestamp(second)
    _TODAY = (second, day)
    return day


def date_from_url(url: str, *, today: dt.date | None = None) -> dt.date | None:
    """The publication date written in a URL's path, or ``None``.

    Reads ``/2020/01/09/``, ``/2020/1/9/``, ``/2020-01-09/``, ``/20200109/`` and ``/20200109/123.html``
    (ria.ru), ``/2024/05/02/slug``; ignores the host and query, and rejects dates before 1990 or after
    ``today``.
    """
    today = today or local_today()
    if not isinstance(url, str):  # not memoised (and failing as before)
        return _date_from_url.__wrapped__(url, today)
    return _date_from_url(url, today)


@lru_cache(maxsize=256)  # the checker asks again for the cited URL (usually the fetched one) when matching
def _date_from_url(url: str, today: dt.date) -> dt.date | None:
    try:
        path = _url_path(url)
    except ValueError:
        return None
    if not path:
        return None
    year = _URL_YEAR.search(path)  # both patterns start with one: none can match before the first
    if year is None:
        return None
    for pattern, groups in ((_URL_YMD, (1, 3, 4)), (_URL_COMPACT, (1, 2, 3))):
        for m in pattern.finditer(path, year.start()):
            if m.start() > 0 and path[m.start() - 1] not in "/_-":
                continue
            try:
                value = dt.date(int(m.group(groups[0])), int(m.group(groups[1])), int(m.group(groups[2])))
            except ValueError:
                continue
            if is_plausible(value, today):
                return value
    return None


#: Memoised: a page's address is split three times while it is read (its URL's date, its host's labels for
#: the titles, its key against the JSON-LD's and the canonical's), ~10 k instructions each for a 90-character
#: address (the pattern's classes, character by character), ~0.5 k a repeat. Exact: a pure function of the
#: string, and what it gives (``None`` or a tuple of two strings) cannot be changed by a caller.
@lru_cache(maxsize=PAGE_KEYS)
def plain_url_split(url: str) -> tuple[str, str] | None:
    """``(netloc, path)`` of ``urlsplit(url.strip())`` for a plain absolute URL with no tab or line break in
    it (``urlsplit`` would drop those first), read without ``urlsplit``'s cost; ``None`` for any other URL.
    Read by :func:`linkcheck.names.plain_url_parts`, which the soft-404 signals' reading of the same address
    (:func:`linkcheck.names.url_parts`) shares (cost17; this module's own pattern, the same but for the
    query, went)."""
    parts = plain_url_parts(url)
    return None if parts is None else (parts[0], parts[1])


def _url_path(url: str) -> str:
    """``urlsplit(url.strip()).path``, raising ``ValueError`` like it."""
    plain = plain_url_split(url)
    return plain[1] if plain is not None else urlsplit(url.strip()).path
