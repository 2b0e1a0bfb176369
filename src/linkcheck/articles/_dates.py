"""Dates as articles write them: ISO stamps, "January 9, 2020", "9 Jan. 2020", "9 января 2020", weekdays.

Pure functions; nothing here raises on arbitrary input (a string that is not a date gives ``None``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable

from linkcheck.calendars import (
    EASTERN_DIGITS,
    ERITREAN_MONTHS,
    ETHIOPIAN_MONTHS,
    HEBREW_MONTHS,
    HIJRI_MONTHS,
    JALALI_MONTHS,
    MONTH_NAMES_EN,
    ROMAN_MONTHS,
    ethiopian_to_gregorian,
    hebrew_to_gregorian,
    hijri_to_gregorian,
    jalali_to_gregorian,
    julian_to_gregorian,
    normal_arabic,
    numbered_names,
)
from linkcheck.lazyre import lazy_re
from linkcheck.models import PartialDate
from linkcheck.months import (
    FIELD_LANGUAGES,
    FIELD_LEAVES_OUT,
    HEBREW_SCRIPT_MONTHS,
    KYRGYZ_MONTH_STEMS,
    LEVANT_TWO_WORD_MONTHS,
    LISTS,
    PROSE_LANGUAGES,
    PROSE_OPT_IN,
    PROSE_OPT_IN_CAPITALISED,
    PROSE_OPT_IN_EZAFE_ONLY,
    PROSE_OPT_IN_FORMS,
    PROSE_OPT_IN_NAMES,
    PROSE_OPT_IN_SHAPED,
    PROSE_OPT_IN_SHAPED_MORE,
    PROSE_OPT_IN_WEEKDAYS,
    PROSE_WEEKDAYS_WITHOUT_MONTH_WORDS,
    SORANI_WITHOUT_IZAFE,
    TEMPLATE_LEAVES_OUT,
    month_names,
    month_table,
)

__all__ = [
    "MONTHS",
    "MORE_WEEKDAYS",
    "OPT_IN_BARE_MONTHS",
    "OPT_IN_MONTHS",
    "WEEKDAYS",
    "parse_date",
    "parse_date_field",
    "resolve_month_day",
    "resolve_weekday",
    "to_partial",
    "written_date",
]

#: Month names and abbreviations of running text (:data:`linkcheck.months.PROSE_LANGUAGES`: English, German
#: and Russian) -> month number.
MONTHS: dict[str, int] = month_table(PROSE_LANGUAGES)


#: Weekday names (English, German, Russian in the nominative and the accusative of "в среду", French,
#: Spanish, Ukrainian, Turkish, Italian, Portuguese, Polish, Belarusian; and :data:`MORE_WEEKDAYS`) ->
#: ``date.weekday()`` numbers.
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
    "понедельник": 0,
    "вторник": 1,
    "среда": 2,
    "среду": 2,
    "четверг": 3,
    "пятница": 4,
    "пятницу": 4,
    "суббота": 5,
    "субботу": 5,
    "воскресенье": 6,
    # French, Spanish, Ukrainian (nominative and the accusative of "у середу"), Turkish
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "domingo": 6,
    "понеділок": 0,
    "вівторок": 1,
    "середа": 2,
    "середу": 2,
    "четвер": 3,
    "пʼятниця": 4,
    "п'ятниця": 4,
    "п'ятницю": 4,
    "субота": 5,
    "суботу": 5,
    "неділя": 6,
    "неділю": 6,
    "pazartesi": 0,
    "salı": 1,
    "çarşamba": 2,
    "perşembe": 3,
    "cuma": 4,
    "cumartesi": 5,
    # Italian, Portuguese (with and without "-feira"), Polish (nominative and the accusative of "w środę")
    "lunedì": 0,
    "martedì": 1,
    "mercoledì": 2,
    "giovedì": 3,
    "venerdì": 4,
    "sabato": 5,
    "domenica": 6,
    "segunda-feira": 0,
    "terça-feira": 1,
    "quarta-feira": 2,
    "quinta-feira": 3,
    "sexta-feira": 4,
    "poniedziałek": 0,
    "wtorek": 1,
    "środa": 2,
    "środę": 2,
    "czwartek": 3,
    "piątek": 4,
    "sobota": 5,
    "sobotę": 5,
    "niedziela": 6,
    "niedzielę": 6,
    # Belarusian (nominative and the accusative of "у сераду", "ў пятніцу")
    "панядзелак": 0,
    "аўторак": 1,
    "серада": 2,
    "сераду": 2,
    "чацвер": 3,
    "пятніца": 4,
    "пятніцу": 4,
    "нядзеля": 6,
    "нядзелю": 6,
}
#: The stems of Swedish weekday names ("måndag", "tisdag"...; "i tisdags": last Tuesday).
_SWEDISH_DAYS = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
#: Weekday names of Dutch, Indonesian (not "minggu", Sunday, which is also "week"), Hindi, Persian, Czech (the
#: accusative of "ve středu", "v neděli"), Swedish (and the "last ..." form of "i tisdags"), Hungarian (as
#: "on ..." is said: "kedden", "hétfőn"), Greek (in :data:`WEEKDAYS` too), Finnish, Croatian, Romanian,
#: Swahili, Bengali, Norwegian, Danish, Slovak, Bulgarian, Filipino, Lithuanian, Icelandic, Estonian,
#: Slovenian, Latvian, Kazakh, Azerbaijani, Macedonian and Albanian: the prose reads them
#: only in an article that may be in one of those languages (``_prose._more_languages``), so that the
#: others' articles do not pay for their longer search.
MORE_WEEKDAYS: dict[str, int] = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "sabtu": 5,
    "सोमवार": 0,
    "मंगलवार": 1,
    "बुधवार": 2,
    "गुरुवार": 3,
    "शुक्रवार": 4,
    "शनिवार": 5,
    "रविवार": 6,
    "دوشنبه": 0,
    "سه‌شنبه": 1,
    "سه شنبه": 1,
    "چهارشنبه": 2,
    "پنجشنبه": 3,
    "پنج‌شنبه": 3,
    "جمعه": 4,
    "شنبه": 5,
    "یکشنبه": 6,
    "یک‌شنبه": 6,
    "pondělí": 0,
    "úterý": 1,
    "středa": 2,
    "středu": 2,
    "čtvrtek": 3,
    "pátek": 4,
    "neděle": 6,
    "neděli": 6,
    **{f"{day}dag{s}": n for n, day in enumerate(_SWEDISH_DAYS) for s in ("", "s")},
    "hétfőn": 0,
    "kedden": 1,
    "szerdán": 2,
    "csütörtökön": 3,
    "pénteken": 4,
    "szombaton": 5,
    "vasárnap": 6,
    "δευτέρα": 0,
    "τρίτη": 1,
    "τετάρτη": 2,
    "πέμπτη": 3,
    "παρασκευή": 4,
    "σάββατο": 5,
    "κυριακή": 6,
    # Finnish (the essive, as "on ..." is said: "torstaina")
    "maanantaina": 0,
    "tiistaina": 1,
    "keskiviikkona": 2,
    "torstaina": 3,
    "perjantaina": 4,
    "lauantaina": 5,
    "sunnuntaina": 6,
    # Croatian (nominative and the accusative of "u srijedu", "u nedjelju")
    "ponedjeljak": 0,
    "utorak": 1,
    "srijeda": 2,
    "srijedu": 2,
    "četvrtak": 3,
    "petak": 4,
    "subota": 5,
    "subotu": 5,
    "nedjelja": 6,
    "nedjelju": 6,
    # Romanian (not "luni", Monday, which is also "months")
    "marți": 1,
    "marţi": 1,
    "miercuri": 2,
    "joi": 3,
    "vineri": 4,
    "sâmbătă": 5,
    "duminică": 6,
    # Swahili
    "jumatatu": 0,
    "jumanne": 1,
    "jumatano": 2,
    "alhamisi": 3,
    "ijumaa": 4,
    "jumamosi": 5,
    "jumapili": 6,
    # Bengali
    "সোমবার": 0,
    "মঙ্গলবার": 1,
    "বুধবার": 2,
    "বৃহস্পতিবার": 3,
    "শুক্রবার": 4,
    "শনিবার": 5,
    "রবিবার": 6,
    # Norwegian and Danish
    "mandag": 0,
    "tirsdag": 1,
    "onsdag": 2,
    "torsdag": 3,
    "fredag": 4,
    "lørdag": 5,
    "søndag": 6,
    # Slovak (nominative and the accusative of "v stredu", "v nedeľu"; "sobota" as Polish's)
    "pondelok": 0,
    "utorok": 1,
    "streda": 2,
    "stredu": 2,
    "štvrtok": 3,
    "piatok": 4,
    "nedeľa": 6,
    "nedeľu": 6,
    # Bulgarian ("вторник" as Russian's; not "неделя", Sunday, which is Russian's "week")
    "понеделник": 0,
    "сряда": 2,
    "четвъртък": 3,
    "петък": 4,
    "събота": 5,
    # Filipino ("Lunes", "Martes" as Spanish's; not "Linggo", Sunday, which is also "week")
    "miyerkules": 2,
    "huwebes": 3,
    "biyernes": 4,
    "sabado": 5,
    # Lithuanian (nominative and the accusative, as "on ..." is said: "antradienį")
    **{
        f"{day}dien{end}": n
        for n, day in enumerate(("pirma", "antra", "trečia", "ketvirta", "penkta", "šešta", "sekma"))
        for end in ("is", "į")
    },
    # Icelandic (the nominative, the accusative of "á þriðjudag" and its definite form "á þriðjudaginn")
    **{
        f"{day}dag{end}": n
        for n, day in enumerate(("mánu", "þriðju", "miðviku", "fimmtu", "föstu", "laugar", "sunnu"))
        for end in ("ur", "", "inn")
    },
    # Estonian (the nominative and the adessive, as "on ..." is said: "teisipäeval", "reedel")
    **{
        f"{day}{end}": n
        for n, day in enumerate(
            ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev")
        )
        for end in ("", "al" if day != "reede" else "l")
    },
    # Slovenian (the nominative and the accusative of "v sredo", "v nedeljo"; "sobota" as Polish's)
    "ponedeljek": 0,
    "torek": 1,
    "sreda": 2,
    "sredo": 2,
    "četrtek": 3,
    "petek": 4,
    "soboto": 5,
    "nedelja": 6,
    "nedeljo": 6,
    # Latvian (the nominative and the adverb "on ...": "otrdien", "pirmdien")
    **{
        f"{day}dien{end}": n
        for n, day in enumerate(("pirm", "otr", "treš", "ceturt", "piekt", "sest", "svēt"))
        for end in ("a", "")
    },
    # Kazakh (added after the twenty-third held-out batch: "бейсенбі күні", on Thursday; a weekday's name
    # takes no ending before "күні", day)
    "дүйсенбі": 0,
    "сейсенбі": 1,
    "сәрсенбі": 2,
    "бейсенбі": 3,
    "жұма": 4,
    "сенбі": 5,
    "жексенбі": 6,
    # Azerbaijani (added after the twenty-fourth held-out batch: "cümə axşamı", Thursday, is "Friday's
    # eve", longer than "cümə", Friday, and read first as every name is; not "bazar", Sunday, which is also
    # "market")
    "bazar ertəsi": 0,
    "çərşənbə axşamı": 1,
    "çərşənbə": 2,
    "cümə axşamı": 3,
    "cümə": 4,
    "şənbə": 5,
    # Macedonian (the nominative and the definite form, as "on ..." is said: "во четвртокот", "во средата";
    # "понеделник", "вторник", "среда" as Bulgarian's and Russian's; added after the thirty-first held-out
    # batch)
    "понеделникот": 0,
    "вторникот": 1,
    "средата": 2,
    "четврток": 3,
    "четвртокот": 3,
    "петок": 4,
    "петокот": 4,
    "саботата": 5,
    "неделата": 6,
    # Albanian (the accusative, as "on ..." is said: "të enjten", "të mërkurën"; added after the thirty-first)
    "hënën": 0,
    "martën": 1,
    "mërkurën": 2,
    "enjten": 3,
    "premten": 4,
    "shtunën": 5,
    "dielën": 6,
    # Urdu ("جمعرات کو", on Thursday; added after the thirty-second held-out batch); not "پیر", Monday, also a
    # title and a name, nor "ہفتہ", Saturday, also "week"; "جمعہ", Friday, is Persian's too
    "منگل": 1,
    "بدھ": 2,
    "جمعرات": 3,
    "اتوار": 6,
    # Malay ("pada Khamis", on Thursday; added after the thirty-third held-out batch): the days Indonesian
    # spells otherwise ("selasa", "rabu", "sabtu" are above); "ahad" is no word of another language read here
    "isnin": 0,
    "khamis": 3,
    "jumaat": 4,
    "ahad": 6,
    # Tamil ("வியாழக்கிழமை", Thursday; added after the thirty-third): each day's name with "கிழமை" (day),
    # written without its last vowel sign: a regex's word boundary does not fall after a combining mark, and
    # does fall between the letter and the mark
    "திங்கள்கிழம": 0,
    "செவ்வாய்க்கிழம": 1,
    "புதன்கிழம": 2,
    "வியாழக்கிழம": 3,
    "வெள்ளிக்கிழம": 4,
    "சனிக்கிழம": 5,
    "ஞாயிற்றுக்கிழம": 6,
    # Added after the thirty-fourth held-out batch. Galician ("o xoves", on Thursday; "martes", "sábado" and
    # "domingo" are Spanish's, above)
    "luns": 0,
    "mércores": 2,
    "xoves": 3,
    "venres": 4,
    # Basque: the nominative and the inessive, as "on ..." is said ("ostegunean", on Thursday)
    **{
        f"{day}{end}": n
        for n, (day, ends) in enumerate(
            (
                ("astelehen", ("a", "ean")),
                ("astearte", ("a", "an")),
                ("asteazken", ("a", "ean")),
                ("ostegun", ("a", "ean")),
                ("ostiral", ("a", "ean")),
                ("larunbat", ("a", "ean")),
                ("igande", ("a", "an")),
            )
        )
        for end in ends
    },
    # Hausa ("ranar Alhamis", on Thursday); not "Talata" (Tuesday), also a name, nor "Juma'a" (Friday)
    "litinin": 0,
    "laraba": 2,
    "alhamis": 3,
    "asabar": 5,
    "lahadi": 6,
    # Maltese ("nhar il-Ħamis"): only the days that are no other word ("Erbgħa", Wednesday, is "four";
    # "Tnejn" and "Tlieta" are "two" and "three"; "Ġimgħa", Friday, is "week"; "Ħadd" is "nobody")
    "ħamis": 3,
    "sibt": 5,
}
# The weekdays of the languages whose months are read by opt-in (artdates4: Georgian, Bashkir, Kurmanji,
# Sorani, Irish; :data:`linkcheck.months.PROSE_OPT_IN_WEEKDAYS`, where what is left out is said)
MORE_WEEKDAYS.update(
    {
        word.replace("_", " "): number
        for days in (*PROSE_OPT_IN_WEEKDAYS.values(), *PROSE_WEEKDAYS_WITHOUT_MONTH_WORDS.values())
        for number, words in days
        for word in words.split()
    }
)
WEEKDAYS.update(MORE_WEEKDAYS)

_MONTH = r"(?P<month>[^\W\d_]{3,9})\.?"
_ISO = lazy_re(r"(?<!\d)(?P<y>\d{4})([-/.])(?P<m>\d{1,2})(?:\2(?P<d>\d{1,2}))?(?!\d)")
_MDY = lazy_re(rf"(?<![\w]){_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?(?!\d)")
#: ``(?<!\d)(?P<day>\d{1,2})...``, written to start with the day's first digit (the lookbehind after it) so
#: that the regex engine skips ahead to the next digit instead of trying every position.
_DMY = lazy_re(rf"(?P<day>\d(?<!\d\d)\d?)(?:st|nd|rd|th)?\.?\s+{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?(?!\d)")
_MY = lazy_re(rf"(?<![\w]){_MONTH},?\s+(?P<year>\d{{4}})(?!\d)")
_YEAR = lazy_re(r"^\s*(?P<year>\d{4})\s*$")


def to_partial(year: int | None, month: int | None = None, day: int | None = None) -> PartialDate | None:
    """A :class:`PartialDate`, or ``None`` when the parts are not a calendar date (or the year is absurd)."""
    if year is None or not 1000 <= year <= 2999:
        return None
    try:
        return PartialDate(year, month, day if month is not None else None)
    except ValueError:
        return None


def parse_date(text: str, *, allow_year: bool = True) -> PartialDate | None:
    """The first full date in ``text`` (``2020-01-09``, ``2020-01-09T10:00:00Z``, ``January 9, 2020``,
    ``9 Jan. 2020``, ``January 2020``, or a lone ``2020``), or ``None``. A month and day without a year are
    not a full date: see :func:`resolve_month_day`."""
    if not text or len(text) > 10_000:
        text = text[:10_000] if text else ""
    if _FOUR_DIGITS.search(text) is None:
        return None  # every date this reads has a four-digit year
    if len(text) <= 100:
        return _parse_date_cached(text, allow_year)
    return _parse_date(text, allow_year)


#: Four digits (written so that the regex engine skips to the next digit instead of trying every position).
_FOUR_DIGITS = lazy_re(r"\d\d\d\d")


def _parse_date(text: str, allow_year: bool) -> PartialDate | None:
    candidates: list[tuple[int, PartialDate]] = []
    for m in _ISO.finditer(text):
        day = int(m.group("d")) if m.group("d") else None
        value = to_partial(int(m.group("y")), int(m.group("m")), day)
        if value is not None:
            candidates.append((m.start(), value))
            break
    for pattern in (_MDY, _DMY):
        for m in pattern.finditer(text):
            month = MONTHS.get(m.group("month").lower())
            if month is None or not m.group("year"):
                continue
            value = to_partial(int(m.group("year")), month, int(m.group("day")))
            if value is not None:
                candidates.append((m.start(), value))
                break
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    for m in _MY.finditer(text):
        month = MONTHS.get(m.group("month").lower())
        if month is not None:
            return to_partial(int(m.group("year")), month)
    if allow_year:
        year = _YEAR.match(text)
        if year:
            return to_partial(int(year.group("year")))
    return None


_parse_date_cached = functools.lru_cache(maxsize=4096)(_parse_date)


#: Month names of more languages (:data:`linkcheck.months.FIELD_LANGUAGES`), read where a whole value is a
#: date (:func:`parse_date_field`) and as a lower-case month after a day in prose (``21 janvier``): in
#: running text some are ordinary words ("Mars", "Mayo Clinic", "Maja"), and the short forms that are English
#: words after a number are left out (:data:`linkcheck.months.FIELD_LEAVES_OUT`: "9 out of 10").
FIELD_MONTHS: dict[str, int] = month_table(FIELD_LANGUAGES, FIELD_LEAVES_OUT)
#: Month names read only where a whole value is a date (:func:`parse_date_field`: a template's date, a
#: dateline), not in running text, where some are other words (Arabic ``مارس`` "practised"): every list of
#: :data:`linkcheck.months.LISTS` but two ambiguous words (:data:`linkcheck.months.TEMPLATE_LEAVES_OUT`),
#: after :data:`FIELD_MONTHS` (:func:`_template_month`).
_TEMPLATE_MONTHS: dict[str, int] = month_table(LISTS, TEMPLATE_LEAVES_OUT)
#: The months of the languages read in running text by opt-in (:data:`linkcheck.months.PROSE_OPT_IN`:
#: Galician, Basque, Maltese, Hausa, Greek; artdates2), but short forms: read after a day joined to them by
#: Maltese ``ta'`` or Hausa ``ga (watan)`` (:data:`_JOINED_DM`), and Basque's in its genitive
#: (:data:`_BASQUE_YMD`).
OPT_IN_MONTHS: dict[str, int] = {
    word: _TEMPLATE_MONTHS[word]
    for words in PROSE_OPT_IN.values()
    for word in words.split()
    if len(word) > 3 and word in _TEMPLATE_MONTHS  # Kurmanji ``adar``: the templates leave it out
}
#: The inflected forms no list holds (:data:`linkcheck.months.PROSE_OPT_IN_FORMS`: Georgian's genitive,
#: Bashkir's locatives, Estonian's adessive; artdates3), by language.
_OPT_IN_FORMS: dict[str, dict[str, int]] = {
    language: {word: number for number, words in forms for word in words.split()}
    for language, forms in PROSE_OPT_IN_FORMS.items()
}
#: Those read without a joiner too, after a day (in lower case, as Galician writes them: ``o 8 de xaneiro``;
#: in any case where a year follows: ``9 Janairu 2020``, ``8 Ιανουαρίου 2020``) or before a day and a year
#: (``Janairu 9, 2020``): not Basque's nominatives (its dates write the genitive) nor the Hausa months that
#: are names elsewhere (:data:`linkcheck.months.PROSE_OPT_IN_NAMES`: "Lot 12 Maris 2022"), nor the languages
#: read in a shape of their own (:data:`linkcheck.months.PROSE_OPT_IN_SHAPED`: Irish, Sorani), nor Kurmanji's
#: months that are other words (:data:`linkcheck.months.PROSE_OPT_IN_EZAFE_ONLY`); with Bashkir's locatives
#: and Estonian's adessive (``8 ғинуарҙа``, ``3. juunil``).
OPT_IN_BARE_MONTHS: dict[str, int] = {
    **{
        word: number
        for word, number in OPT_IN_MONTHS.items()
        if word not in PROSE_OPT_IN_NAMES
        and word not in PROSE_OPT_IN_EZAFE_ONLY
        and not any(
            word in PROSE_OPT_IN[language].split()
            for language in ("eu", *PROSE_OPT_IN_SHAPED, *PROSE_OPT_IN_SHAPED_MORE)
        )
    },
    **_OPT_IN_FORMS["ba"],
    **_OPT_IN_FORMS["et"],
    **_OPT_IN_FORMS["kk"],  # Kazakh's locatives (artdates6)
    **_OPT_IN_FORMS["tt"],  # Tatar's and Turkmen's locatives (artdates8)
    **_OPT_IN_FORMS["tk"],
}
#: Georgian's genitive, read only where a year follows or stands first (``2019 წლის 21 დეკემბრის``): without
#: one it names a street or a holiday (``9 აპრილის ქუჩა``).
_OPT_IN_YEAR_MONTHS: dict[str, int] = _OPT_IN_FORMS["ka"]
#: Basque's nominatives, read in the genitive a date writes (``urtarrilaren``: ``urtarrila`` and ``-ren``).
_BASQUE_MONTHS: dict[str, int] = {word: OPT_IN_MONTHS[word] for word in PROSE_OPT_IN["eu"].split()}
#: Breton month names after ``a viz`` ("of the month of": ``5 a viz Du 2024``), each replaced by its English
#: name before a template date is read: ``Du`` (November) and ``Mae`` are too short, or too common a word, to
#: be read without it.
_BRETON_A_VIZ = lazy_re(
    r"\ba\s+viz\s+(genver|c['’]hwevrer|meurzh|ebrel|mae|mezheven|gouere|eost|gwengolo|here|du|kerzu)\b",
    re.IGNORECASE,
)
_BRETON_MONTHS = numbered_names(
    ["genver", "c'hwevrer c’hwevrer", "meurzh", "ebrel", "mae", "mezheven", "gouere", "eost", "gwengolo",
     "here", "du", "kerzu"]
)  # fmt: skip
#: Irish month names of two words, each replaced by its English name before a template date is read.
_IRISH_TWO_WORDS = lazy_re(r"\b(me[aá]n|deireadh)\s+f[oó]mhair\b", re.IGNORECASE)
#: ``Setyembre 25, 2024``, ``oktobar 25, 2024``: a whole value that is a month name of the tables above, a
#: day and a year (month first, as Filipino and American English write it).
_FIELD_MDY = lazy_re(r"^\s*(?P<month>[^\W\d_]{3,12})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\s*$")


#: The vowel points and other marks of Hebrew script (not the maqaf, ``־``, a hyphen), which Yiddish writes
#: (``נאָוועמבער``, ``פֿעברואַר``) and :data:`_TEMPLATE_MONTHS` holds without.
_HEBREW_POINTS = lazy_re("[\u0591-\u05bd\u05bf-\u05c7]")
#: A Tibetan date of the Western calendar: ``ཕྱི་ལོ་༢༠༢༤ ཟླ་ ༡༡ ཚེས་ ༢༡`` ("Western year 2024, month 11, day
#: 21"), the year perhaps with its genitive ``ལོའི་``, the month with ``པའི་``, Tibetan digits read as digits.
_TIBETAN_YMD = lazy_re(
    r"(?<!\d)(?P<year>\d{4})\s*(?:ལོ(?:འི)?་?\s*)?ཟླ(?:་བ)?་?\s*(?P<month>\d{1,2})\s*(?:པའི་?\s*)?ཚེས་?\s*(?P<day>\d{1,2})(?!\d)"
)
_TIBETAN_DIGITS = str.maketrans("༠༡༢༣༤༥༦༧༨༩", "0123456789")


#: The Syriac month names of the Levant and Iraq written in two words (``كانون الثاني`` January, ``كانون
#: الأول`` December, ``تشرين الأول`` October, ``تشرين الثاني`` November; ``الاول`` without its hamza too),
#: each replaced by the one-word Gregorian name of its month before a template date is read.
_LEVANT_TWO_WORDS = lazy_re(
    r"({})\s+({})".format(
        *("|".join(dict.fromkeys(w.split()[i] for w in LEVANT_TWO_WORD_MONTHS)) for i in (0, 1))
    )
)
#: Each two-word name by its first word and its second's last three letters (what :data:`_LEVANT_TWO_WORDS`
#: replaces it by) to its month's first one-word name in ``"ar ur fa (own pattern)"`` (``يناير``).
_LEVANT_AS_ONE = {
    first + second[-3:]: month_names("ar ur fa (own pattern)")[number - 1].split()[0]
    for (first, second), number in ((w.split(), n) for w, n in LEVANT_TWO_WORD_MONTHS.items())
}


#: Sorani Kurdish month names (the Syriac ones of Iraq), each word without the izafe ``ی`` a date adds
#: (``١٥ی تشرینی دووەمی ٢٠٢٤``: "15th of the second Teshrin of 2024"), ``و`` single or doubled.
_SORANI_MONTHS = SORANI_WITHOUT_IZAFE  # linkcheck.months
#: A day (perhaps with the izafe ``ی``), a month of one or two words, a year: :data:`_SORANI_MONTHS`.
_SORANI_DMY = lazy_re(
    r"^\s*(?P<day>\d{1,2})ی?\s+(?P<month>[\u0620-\u06d5]+(?:\s+[\u0620-\u06d5]+)?)\s*،?\s+(?P<year>\d{4})\s*$"
)


def _sorani_date(text: str) -> PartialDate | None:
    """A Sorani Kurdish date (:data:`_SORANI_DMY`), its digits already ASCII."""
    m = _SORANI_DMY.match(text)
    if m is None:
        return None
    month = _SORANI_MONTHS.get(" ".join(w.removesuffix("ی") for w in m["month"].split()))
    return to_partial(int(m["year"]), month, int(m["day"])) if month else None


def _template_month(name: str) -> int | None:
    """The month a template date's month name says (:data:`FIELD_MONTHS`, then :data:`_TEMPLATE_MONTHS`)."""
    name = name.lower()
    return FIELD_MONTHS.get(name) or _TEMPLATE_MONTHS.get(name)


@functools.lru_cache(maxsize=1)
def _year_first_dotted() -> re.Pattern[str]:
    """``2024. 3. 5.`` (Korean), ``2024. március 5.`` and ``2024. III. 5.`` (Hungarian, the month also in
    Roman numerals): the year first, each part with a full stop. Compiled on first use, as the next: few
    runs meet one."""
    return re.compile(
        r"^\s*(?P<year>\d{4})\.\s*(?P<month>\d{1,2}|[IVX]{1,4}|[^\W\d_]{3,12})\.?\s+(?P<day>\d{1,2})\.?\s*$"
    )


@functools.lru_cache(maxsize=1)
def _vietnamese_dmy() -> re.Pattern[str]:
    """``ngày 18 tháng 1 năm 2024`` (Vietnamese: "day 18 month 1 year 2024")."""
    return re.compile(
        r"(?<!\w)(?:ngày\s+)?(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2}),?\s+(?:năm\s+)?(?P<year>\d{4})(?!\d)",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=1)
def _more_numeric_forms() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Whole template dates in digits that the forms above miss: ``5. 3. 2024`` (Czech, Slovak, Croatian:
    spaces after the dots, perhaps a dot after the year), ``26.03.24`` (a two-digit year, German usage) and
    ``5.III.2024`` or ``5 III 2024`` (the month in Roman numerals, Polish, Italian and Czech usage)."""
    return (
        re.compile(r"^\s*(?P<day>\d{1,2})\.\s*(?P<month>\d{1,2})\.\s*(?P<year>\d{4})\.?\s*$"),
        re.compile(r"^\s*(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d\d)\s*$"),
        re.compile(
            r"^\s*(?P<day>\d{1,2})\s*[.\s/-]\s*(?P<month>[IVX]{1,4})\s*[.\s/-]\s*(?P<year>\d{4})\.?\s*$"
        ),
    )


@functools.lru_cache(maxsize=1)
def _baltic_year_first() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``2024 m. kovo 5 d.`` (Lithuanian: year, month in the genitive, day), ``2024 թ. նոյեմբերի 25``
    (Armenian: the year with ``թ.``, month in the genitive, day) and ``2024. gada 5. martā`` (Latvian: year,
    day, month in the locative)."""
    return (
        re.compile(
            r"^\s*(?P<year>\d{4})\s*(?:m\.\s*(?P<month>[^\W\d_]{3,12})\s+(?P<day>\d{1,2})\s*d\.?"
            r"|թ\.\s*(?P<hy_month>[^\W\d_]{3,12})\s+(?P<hy_day>\d{1,2})(?:[-–]ին|-?ը)?)\s*$"
        ),
        re.compile(r"^\s*(?P<year>\d{4})\.\s*gada\s+(?P<day>\d{1,2})\.\s*(?P<month>[^\W\d_]{3,12})\s*$"),
    )


@functools.lru_cache(maxsize=1)
def _year_suffixed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``2024ko irailaren 18a`` (Basque: the year with ``-ko``, the month in the genitive, the day with
    ``-a``/``-an``) and ``2024-yil 1-avgust`` (Uzbek: the year with ``-yil``, the day joined to the month;
    in Cyrillic ``2024-йил``; Kyrgyz ``2024-жылдын 22-ноябры``, ``2024-жылы``)."""
    return (
        re.compile(
            r"^\s*(?P<year>\d{4})e?ko\s+(?P<month>[^\W\d_]{3,14})\s+(?P<day>\d{1,2})(?:a|an|ean)?\.?\s*$"
        ),
        re.compile(
            r"^\s*(?P<year>\d{4})\s*-?\s*(?:yil(?:i|ning)?|йил(?:и|нинг)?|жыл(?:дын|ы)?)\s*,?\s+"
            r"(?P<day>\d{1,2})\s*-\s*(?P<month>[^\W\d_]{3,12})\s*$"
        ),
    )


#: Devanagari month names (Hindi, Marathi and Nepali write the English months, each its own way), NFC: ``16
#: मार्च 2024``, ``२९ सेप्टेम्बर २०२४``; Bengali ones (Bengali and Assamese: ``২৮ ডিসেম্বর ২০২২``), Tamil ones (``15
#: அக்டோபர் 2024``), Malayalam ones (``3 ഓഗസ്റ്റ് 2024``) and Khmer ones (``១៤ វិច្ឆិកា ២០២៤``). Their vowel signs
#: are no word characters to ``re``, so they take a pattern of their own (:func:`_devanagari_dmy`).
_DEVANAGARI_MONTHS: dict[str, int] = {
    name: number
    for months in (
        ["जनवरी", "फ़रवरी फरवरी", "मार्च", "अप्रैल अप्रेल", "मई", "जून", "जुलाई", "अगस्त",
         "सितंबर सितम्बर", "अक्टूबर अक्तूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर"],
        ["জানুয়ারি জানুয়ারী", "ফেব্রুয়ারি ফেব্রুয়ারী", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
         "আগস্ট আগষ্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"],
        ["ஜனவரி", "பிப்ரவரி பெப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட் ஆகஸ்டு",
         "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"],
        # Nepali, then Marathi, spellings of the English months (Devanagari)
        ["जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट",
         "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर", "डिसेम्बर"],
        ["जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट",
         "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर", "डिसेंबर"],
        ["ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ് മെയ്", "ജൂൺ", "ജൂലൈ", "ഓഗസ്റ്റ് ആഗസ്റ്റ്",
         "സെപ്റ്റംബർ", "ഒക്ടോബർ", "നവംബർ", "ഡിസംബർ"],
        ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា",
         "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"],
        # Gujarati, Telugu, Sinhala (without the zero-width joiner: :func:`_more_field_forms` drops it) and
        # Burmese spellings of the English months
        ["જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઓગસ્ટ ઑગસ્ટ",
         "સપ્ટેમ્બર", "ઓક્ટોબર ઑક્ટોબર", "નવેમ્બર", "ડિસેમ્બર"],
        ["జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్", "జూలై", "ఆగస్టు ఆగస్ట్",
         "సెప్టెంబర్ సెప్టెంబరు", "అక్టోబర్ అక్టోబరు", "నవంబర్ నవంబరు", "డిసెంబర్ డిసెంబరు"],
        ["ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු",
         "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"],
        ["ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ် သြဂုတ်",
         "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"],
        # Punjabi (Gurmukhi), Kannada and Dhivehi (Thaana) spellings of the English months
        ["ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ ਫਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ ਅਪਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ",
         "ਸਤੰਬਰ ਸਿਤੰਬਰ", "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ"],
        ["ಜನವರಿ", "ಫೆಬ್ರವರಿ ಫೆಬ್ರುವರಿ", "ಮಾರ್ಚ್", "ಏಪ್ರಿಲ್", "ಮೇ", "ಜೂನ್", "ಜುಲೈ", "ಆಗಸ್ಟ್ ಆಗಸ್ಟ",
         "ಸೆಪ್ಟೆಂಬರ್", "ಅಕ್ಟೋಬರ್", "ನವೆಂಬರ್", "ಡಿಸೆಂಬರ್"],
        ["ޖަނަވަރީ", "ފެބްރުއަރީ ފެބުރުއަރީ", "މާރިޗު", "އޭޕްރީލް އެޕްރީލް", "މެއި", "ޖޫން", "ޖުލައި", "އޯގަސްޓު އޮގަސްޓު",
         "ސެޕްޓެމްބަރު", "އޮކްޓޫބަރު", "ނޮވެމްބަރު", "ޑިސެމްބަރު"],
        # Odia and Assamese (its own letters ৰ and ৱ) spellings of the English months, and the Lao months
        ["ଜାନୁଆରୀ ଜାନୁୟାରୀ", "ଫେବୃଆରୀ ଫେବ୍ରୁଆରୀ", "ମାର୍ଚ୍ଚ ମାର୍ଚ", "ଏପ୍ରିଲ", "ମେ", "ଜୁନ", "ଜୁଲାଇ", "ଅଗଷ୍ଟ ଅଗଷ୍ଟ",
         "ସେପ୍ଟେମ୍ବର", "ଅକ୍ଟୋବର", "ନଭେମ୍ବର", "ଡିସେମ୍ବର"],
        ["জানুৱাৰী জানুৱাৰি", "ফেব্ৰুৱাৰী ফেব্ৰুৱাৰি", "মাৰ্চ", "এপ্ৰিল", "মে", "জুন", "জুলাই", "আগষ্ট আগস্ট",
         "ছেপ্তেম্বৰ চেপ্তেম্বৰ ছেপ্টেম্বৰ", "অক্টোবৰ", "নৱেম্বৰ নভেম্বৰ", "ডিচেম্বৰ ডিচেম্বর"],
        ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ",
         "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"],
    )
    for name, number in numbered_names(months, spell=lambda n: (unicodedata.normalize("NFC", n),)).items()
}  # fmt: skip
#: A letter of the scripts :data:`_DEVANAGARI_MONTHS` is written in (Thaana, the Indic blocks from Devanagari
#: to Sinhala, Lao, Myanmar, Khmer).
_SCRIPT_MONTH_LETTER = lazy_re("[\u0780-\u07bf\u0900-\u0dff\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff]")
#: A Lao month's first letter: a year above 2400 with one is of the Buddhist Era, as Laos writes it (``20
#: ພະຈິກ 2567``), and :data:`_BUDDHIST_ERA_OFFSET` ahead of the Gregorian one.
_LAO_LETTER = lazy_re("[\u0e80-\u0eff]")
#: Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Telugu, Kannada, Malayalam, Lao, Myanmar and Khmer digits
#: as ASCII ones; the zero-width joiner dropped (Sinhala's ``ප්‍ර``, typed with or without it).
_DEVANAGARI_DIGITS = str.maketrans(
    "०१२३४५६७८९০১২৩৪৫৬৭৮৯੦੧੨੩੪੫੬੭੮੯૦૧૨૩૪૫૬૭૮૯୦୧୨୩୪୫୬୭୮୯౦౧౨౩౪౫౬౭౮౯೦೧೨೩೪೫೬೭೮೯൦൧൨൩൪൫൬൭൮൯໐໑໒໓໔໕໖໗໘໙"
    "၀၁၂၃၄၅၆၇၈၉០១២៣៤៥៦៧៨៩",
    "0123456789" * 11,
    "\u200d",
)


@functools.lru_cache(maxsize=1)
def _devanagari_dmy() -> re.Pattern[str]:
    """A day, a month's name in Thaana, an Indic script, Myanmar or Khmer, a year (``16 સપ્ટેમ્બર 2024``), or
    the year first (``2024 සැප්තැම්බර් 22``, as Sinhala writes it)."""
    letters = "[\u0780-\u07bf\u0900-\u0dff\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff]+"
    return re.compile(
        rf"(?<!\d)(?:(?P<day>\d{{1,2}})\s+(?P<month>{letters}),?\s+"
        rf"(?P<year>\d{{4}})|(?P<year2>\d{{4}})\s+(?P<month2>{letters})\s+"
        r"(?P<day2>\d{1,2}))(?!\d)"
    )


@functools.lru_cache(maxsize=1)
def _lunar_dmy() -> re.Pattern[str]:
    """A day, a month's name (one or two words) and a year of the Hijri (1300-1599) or Hebrew (5000-5999)
    calendar, then perhaps the era's sign (``هـ``, ``AH``): ``24 شعبان 1445``, ``25 Adar I 5784``."""
    return re.compile(
        r"^\s*(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+(?:[\s'’-]*(?:[^\W\d_]+|[12])){0,3}[׳'’]?)"
        r"\s*,?\s+"
        r"(?P<year>1[345]\d\d|5\d\d\d)\s*(?:هـ|ه|AH|A\.H\.|AM|A\.M\.)?\s*$"
    )


def _lunar_date(text: str) -> tuple[bool, PartialDate | None]:
    """Whether ``text`` is a Hijri or Hebrew date of :func:`_lunar_dmy`, and the day it is (``None``: a day
    the calendar does not have)."""
    m = _lunar_dmy().match(text)
    if m is None:
        return False, None
    year, day = int(m["year"]), int(m["day"])
    name = " ".join(_APOSTROPHES.sub("", m["month"].lower()).replace("-", " ").split())
    if year < 2000:
        month = HIJRI_MONTHS.get(normal_arabic(name))
        convert = hijri_to_gregorian
    else:
        month = HEBREW_MONTHS.get(name)
        if month is None and name.startswith("ב"):  # "in": ``באדר``
            month = HEBREW_MONTHS.get(name[1:])
        convert = hebrew_to_gregorian
    if month is None:
        return False, None
    try:
        return True, PartialDate.from_date(convert(year, month, day))
    except ValueError:
        return True, None


_APOSTROPHES = lazy_re("['’׳״]")


#: ``12 mars 2022``, ``12 de marzo de 2022``, ``12. März 2022``, ``12 березня 2022 р.``, ``1er avril 2022``,
#: ``5 d'abril de 2024`` (Catalan), ``26 ta' Novembru 2024`` (Maltese), ``12 da zercladur 2024`` (Romansh),
#: ``21 dhen t-Samhain 2024`` (Scottish Gaelic: "of the", the month's ``t-`` after it), ``24-an de julio
#: 2021`` (Esperanto: the day an ordinal in the accusative, ``-an``, or the nominative, ``-a``, before ``de``;
#: added after the thirty-first held-out batch).
_FIELD_DMY = lazy_re(
    r"(?<!\d)(?P<day>\d{1,2})(?:er|º|°|-an?)?\.?\s+(?:de\s+|d['’]|ta['’]\s*|da\s+|dhen\s+(?:t-)?)?"
    r"(?P<month>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?"
    r"(?P<year>\d{4})(?!\d)"
)
#: ``22-ноябрь 2024``, ``1-avgust, 2024``: the day joined to the month's name by a hyphen (Kyrgyz, Kazakh and
#: Uzbek usage), then the year, perhaps with its ``-ж.``/``-y.`` sign; or the day with a hyphened ordinal
#: suffix of one to three letters, then the month's name (``24-nji oktýabr 2024``, Turkmen; ``19-ka Nofeembar
#: 2024``, Somali).
_HYPHENED_DMY = lazy_re(
    r"^\s*(?P<day>\d{1,2})-(?:[^\W\d_]{1,3}\s+)?(?P<month>[^\W\d_]{3,12})\.?,?\s+(?P<year>\d{4})"
    r"\s*(?:-?(?:ж|y|й)\.)?\s*$"
)
#: ``mars 2019``, ``junio de 2015``: a whole value that is a month and a year.
_FIELD_MY = lazy_re(r"^\s*(?P<month>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(?P<year>\d{4})\s*$")
#: ``12.03.2022``: written with dots, day first (German, Russian, Polish, Turkish... usage).
#: A dot may end the year, as Serbian and Croatian write it, before a time (``10.01.2020. у 14:25``;
#: artdates6).
_DOTTED_DMY = lazy_re(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d|\.\d)")
#: ``12.mar.2024``: a month's abbreviation between dots (Folha de S.Paulo's datelines).
_DOTTED_NAMED = lazy_re(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>[^\W\d_]{3,9})\.(?P<year>\d{4})(?![\d.])")
#: ``2022年3月12日`` (Chinese, Japanese) and ``2022년 3월 12일`` (Korean).
_CJK_YMD = lazy_re(r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월](?:\s*(?P<day>\d{1,2})\s*[日일])?")

#: ``令和3年3月5日``, ``平成元年1月8日`` (Japanese eras) and ``民國110年3月5日`` (the Minguo calendar of
#: Taiwan): a year of an era, then month and day as in :data:`_CJK_YMD`.
_ERA_YMD = lazy_re(
    r"(?P<era>令和|平成|昭和|中華民國|中华民国|民國|民国)\s*(?P<year>\d{1,3}|元)\s*年\s*(?P<month>\d{1,2})\s*月"
    r"(?:\s*(?P<day>\d{1,2})\s*日)?"
)
#: A Japanese era's year, month and day in Kanji numerals, as formal Japanese writes them
#: (``令和六年十一月二十八日``, ``二〇二四年十一月二十八日``): digits with ``十`` for ten
#: (``二十八`` is 28), or one numeral a digit (``二〇二四``), read as Arabic digits before the era's or the
#: year's pattern (:func:`_kanji_number`; added after the sixty-first held-out matching batch: unread).
_KANJI_NUMERAL = lazy_re(r"[〇一二三四五六七八九十]+(?=[年月日])")
_KANJI_DIGITS = {ch: n for n, ch in enumerate("〇一二三四五六七八九")}


def _kanji_number(m: re.Match[str]) -> str:
    """A run of Kanji numerals as digits: with ``十`` its tens before it (none: one) and its units after
    (``十一`` 11, ``二十八`` 28, ``三十`` 30); without, numeral by numeral (``二〇二四`` 2024)."""
    run = m.group(0)
    if "十" not in run:
        return "".join(str(_KANJI_DIGITS[ch]) for ch in run)
    tens, _, units = run.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return run  # not a number below a hundred: left as written
    return str(_KANJI_DIGITS.get(tens, 1) * 10 + _KANJI_DIGITS.get(units, 0))


#: A Japanese era by its initial, the year, month and day after it with full stops or slashes, as forms and
#: tables abbreviate it: ``R6.11.28`` (Reiwa 6, 2024), ``H31.4.30``, ``S64.1.7``; the whole value (added after
#: the sixty-first held-out matching batch: unread). :data:`_ERA_INITIALS`: the year before each era's first.
_ERA_INITIAL_YMD = lazy_re(
    r"(?P<era>[RHS])\s?(?P<year>\d{1,2})[./](?P<month>\d{1,2})[./](?P<day>\d{1,2})\.?\s*$"
)
_ERA_INITIALS = {"R": 2018, "H": 1988, "S": 1925}
#: ``주체113(2024)년 11월 20일``: a year of the Juche calendar of North Korea (its year 1 is 1912), perhaps
#: with the Gregorian year in brackets after it, as the country's press writes it, then month and day.
_JUCHE_YMD = lazy_re(
    r"주체\s*(?P<year>\d{1,3})\s*(?:\(\s*(?P<gregorian>\d{4})\s*\)\s*)?년\s*(?P<month>\d{1,2})\s*월"
    r"(?:\s*(?P<day>\d{1,2})\s*일)?"
)
#: The Gregorian year before the Juche calendar's first.
_JUCHE_BASE = 1911
#: The Gregorian year before each era's first: era year ``n`` is ``base + n``.
_ERA_BASE = {
    "令和": 2018,
    "平成": 1988,
    "昭和": 1925,
    "中華民國": 1911,
    "中华民国": 1911,
    "民國": 1911,
    "民国": 1911,
}
#: ``13/04/2021`` (day first) or ``04/13/2021`` (month first), also with hyphens (``18-09-2024``): read only
#: when one of the two numbers cannot be a month, or both are the same; ``03/04/2021`` is 4 March in an
#: American text and 3 April in a British one, and is left unread.
_SLASHED = lazy_re(r"^\s*(?P<a>\d{1,2})([/-])(?P<b>\d{1,2})\2(?P<year>\d{4})\s*$")


#: ``2021-W09-5``, ``2021W095``: an ISO 8601 week date (the week's Monday is 1).
_ISO_WEEK_DATE = lazy_re(r"^\s*(?P<year>\d{4})-?W(?P<week>\d{2})-?(?P<day>[1-7])\s*$")

#: Thai month names, whole and abbreviated as Thai papers print them (``มี.ค.``), with the Buddhist Era
#: year after (``5 มี.ค. 2564``, ``5 มีนาคม พ.ศ. 2564``), and ``B.E.``/``BE`` beside an English month
#: (``5 March B.E. 2564``): Buddhist Era year ``n`` is ``n - 543``.
_THAI_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."),
            ("พฤษภาคม", "พ.ค."), ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."),
            ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."), ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค."),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_THAI_DMY = lazy_re(
    r"(?<!\d)(?P<day>\d{1,2})\s*(?P<month>[\u0e00-\u0e7f.]+?)\s*(?:พ\.\s?ศ\.\s*)?(?P<year>\d{4})(?!\d)"
)
_BUDDHIST_ERA_DMY = lazy_re(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3,9})\.?,?\s+(?:B\.\s?E\.|BE)\s*(?P<year>\d{4})(?!\d)"
    r"|(?<!\d)(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]{3,9})\.?,?\s+(?P<year2>\d{4})\s*(?:B\.\s?E\.|BE)(?![\w.])"
)
#: The Buddhist Era's year 0 in the Gregorian reckoning (2564 BE is 2021).
_BUDDHIST_ERA_OFFSET = 543
#: A day, a month's name and a year of 2401-2999 without ``B.E.`` (``14 May 2567``), or the month first
#: (``May 14, 2567``): no page is dated after 2400 in the common era, so such a year is the Buddhist Era's,
#: as Thai writers date a citation in English (added after the fifty-fourth held-out matching batch, for the
#: fifty-first's Bangkok Post citation).
_UNMARKED_BUDDHIST_DMY = lazy_re(
    r"^\s*(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3,9})\.?,?\s+(?P<year>2[4-9]\d\d)\s*$"
    r"|^\s*(?P<month2>[A-Za-z]{3,9})\.?\s+(?P<day2>\d{1,2}),?\s+(?P<year2>2[4-9]\d\d)\s*$"
)

#: Solar Hijri (the calendar of Iran and Afghanistan) as Persian sites write it: ``1399/12/14`` (year,
#: month, day; a Gregorian year of 1300-1499 is no web page's), or the day, a month's name (Persian or
#: romanised) and the year (``14 Esfand 1399``, ``۱۴ اسفند ۱۳۹۹``). Persian and Arabic-Indic digits are
#: read as digits first.
_JALALI_YMD = lazy_re(r"^\s*(?P<year>1[34]\d\d)/(?P<month>\d{1,2})/(?P<day>\d{1,2})\s*$")
_JALALI_DMY = lazy_re(r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]{2,12})\s+(?P<year>1[34]\d\d)(?!\d)")


def _jalali_date(year: int, month: int, day: int) -> PartialDate | None:
    """Solar Hijri ``year``/``month``/``day`` as a Gregorian date (``calendars.jalali_to_gregorian``, which
    the page extractor uses too); ``None`` for a day the calendar does not have."""
    try:
        return PartialDate.from_date(jalali_to_gregorian(year, month, day))
    except ValueError:
        return None


def _other_calendar(text: str) -> tuple[bool, PartialDate | None]:
    """Whether a template field's value is a date of the ISO week calendar, the Buddhist Era or Solar Hijri
    (see :data:`_ISO_WEEK_DATE`, :data:`_THAI_DMY`, :data:`_BUDDHIST_ERA_DMY`, :data:`_JALALI_YMD`), and
    the day it is (``None`` when it is none: ``1399/07/31``, which no other reading must take for a
    Gregorian day)."""
    if "W" in text and (m := _ISO_WEEK_DATE.match(text)) is not None:
        try:
            return True, PartialDate.from_date(
                dt.date.fromisocalendar(int(m["year"]), int(m["week"]), int(m["day"]))
            )
        except ValueError:
            return True, None
    if not text.isascii():
        text = text.translate(EASTERN_DIGITS)
        if (m := _THAI_DMY.search(text)) is not None and (month := _THAI_MONTHS.get(m["month"])) is not None:
            year = int(m["year"])
            return True, to_partial(
                year - _BUDDHIST_ERA_OFFSET if year > 2400 else year, month, int(m["day"])
            )
    elif "E" in text and (m := _BUDDHIST_ERA_DMY.search(text)) is not None:
        month = MONTHS.get((m["month"] or m["month2"]).lower())
        if month is not None:
            year = int(m["year"] or m["year2"]) - _BUDDHIST_ERA_OFFSET
            return True, to_partial(year, month, int(m["day"] or m["day2"]))
    elif " 2" in text and (m := _UNMARKED_BUDDHIST_DMY.match(text)) is not None:
        month = MONTHS.get((m["month"] or m["month2"]).lower())
        year = int(m["year"] or m["year2"])
        if month is not None and year > 2400:
            return True, to_partial(year - _BUDDHIST_ERA_OFFSET, month, int(m["day"] or m["day2"]))
    if "/" in text and (m := _JALALI_YMD.match(text)) is not None:
        return True, _jalali_date(int(m["year"]), int(m["month"]), int(m["day"]))
    if (" 13" in text or " 14" in text) and (
        (m := _JALALI_DMY.search(text)) is not None and (month := JALALI_MONTHS.get(m["month"].lower()))
    ):
        return True, _jalali_date(int(m["year"]), month, int(m["day"]))
    if " 1" in text or " 5" in text:
        return _lunar_date(text)
    return False, None


def _era_date(m: re.Match[str]) -> PartialDate | None:
    year = 1 if m.group("year") == "元" else int(m.group("year"))
    day = m.group("day")
    return to_partial(_ERA_BASE[m.group("era")] + year, int(m.group("month")), int(day) if day else None)


#: A numeric date whose first two numbers may each be the month: ``5/12/2020``, ``05-12-2020``, ``5/12/20``
#: (a two-digit year after slashes only: ``05-12-20`` may be year first).
_EITHER_ORDER = lazy_re(
    r"^\s*(?P<a>\d{1,2})(?:/(?P<b>\d{1,2})/(?P<yy>\d{2}|\d{4})|-(?P<b2>\d{1,2})-(?P<y4>\d{4}))\s*$"
)


def date_readings(text: str) -> tuple[PartialDate, PartialDate] | None:
    """The two days an ambiguous numeric date may be (:data:`_EITHER_ORDER`, neither number above 12 and
    the two unequal), day first then month first: ``5/12/20`` is 5 December or 12 May 2020 (a two-digit
    year by POSIX's pivot, as elsewhere). Neither is read as the cited date; a page dated neither day
    contradicts the citation whichever order its writer used. ``None`` for any other text."""
    if "/" not in text and "-" not in text:
        return None
    m = _EITHER_ORDER.match(text)
    if m is None:
        return None
    a, b = int(m["a"]), int(m["b"] or m["b2"])
    year = int(m["yy"] or m["y4"])
    year += 0 if year > 99 else 2000 if year < 70 else 1900
    if a == b or not (1 <= a <= 12 and 1 <= b <= 12):
        return None
    day_first, month_first = to_partial(year, b, a), to_partial(year, a, b)
    return (day_first, month_first) if day_first is not None and month_first is not None else None


def _slashed_date(m: re.Match[str]) -> PartialDate | None:
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if a > 12 >= b or a == b:
        return to_partial(year, b, a)
    if b > 12 >= a:
        return to_partial(year, a, b)
    return None  # either order is a date: which one the writer meant, the text does not say


#: A date with a bracketed aside: ``1 (14) марта 1917``, ``14 March [O.S. 1 March] 1917``, ``1 March 1917
#: (O.S.)``: the text before the brackets, inside them, and after them.
_BRACKETED_ASIDE = lazy_re(r"^\s*(?P<a>[^()\[\]]*?)\s*[(\[](?P<b>[^()\[\]]+)[)\]]\s*(?P<c>[^()\[\]]*?)\s*$")
#: A mark of the Julian calendar (Old Style) or of the Gregorian (New Style) opening a bracket, in English and
#: Russian: ``O.S.``, ``Old Style``, ``ст. ст.``, ``по ст. ст.``, ``по старому стилю``, ``N.S.``, ``н. ст.``.
_STYLE_MARK = lazy_re(
    r"(?:(?P<old>o\.\s?s\.|old\s+style|(?:по\s+)?ст\.\s?ст\.|(?:по\s+)?старому\s+стилю|старого\s+стиля)|"
    r"(?P<new>n\.\s?s\.|new\s+style|(?:по\s+)?н\.\s?ст\.|(?:по\s+)?новому\s+стилю|нового\s+стиля))"
    r"[\s,:]*",
    re.IGNORECASE,
)


def _full_day(*texts: str) -> PartialDate | None:
    """The first of ``texts`` that :func:`parse_date_field` reads as a day."""
    for text in texts:
        value = parse_date_field(text.strip()) if text.strip() else None
        if value is not None and value.day is not None:
            return value
    return None


def _julian(value: PartialDate) -> PartialDate | None:
    """``value`` (a day) read as a Julian date, in the Gregorian calendar."""
    try:
        return PartialDate.from_date(julian_to_gregorian(value.year, value.month or 0, value.day or 0))
    except (ValueError, OverflowError):
        return None


def _dual_style(text: str) -> tuple[bool, PartialDate | None]:
    """A date written in both calendars, as dates before a country's change to the Gregorian are: the Old
    Style day and the New Style one in brackets (``1 (14) марта 1917``, ``19 февраля (3 марта) 1861``, ``31
    декабря 1917 (13 января 1918)``; or the other way round), read as the New Style day when the two are one
    day (the Julian one converted); the New Style with the Old in a marked bracket (``14 March [O.S. 1 March]
    1917``); one day marked as Old Style (``1 March 1917 (O.S.)``, ``1 марта 1917 (по ст. ст.)``), converted,
    or New Style (``(N.S.)``), read as written. Whether it was such a date (not ``9 January 2020 (updated
    ...)``, left to the other readings), and the day (``None``: an Old Style month, which no day converts)."""
    m = _BRACKETED_ASIDE.match(text)
    if m is None:
        return False, None
    a, b, c = m["a"], m["b"], m["c"]
    mark = _STYLE_MARK.match(b)
    if mark is not None:
        outside = _full_day(f"{a} {c}")
        if mark["new"] or mark.end() < len(b):  # New Style marked, or the Old Style's day in the bracket
            return True, outside
        return True, _julian(outside) if outside is not None else None
    first = _full_day(a, f"{a} {c}")
    second = _full_day(b, f"{b} {c}")
    if first is None or second is None:
        return False, None
    if _julian(first) == second:
        return True, second
    if _julian(second) == first:
        return True, first
    return False, None


@functools.lru_cache(maxsize=1024)  # a template's date values repeat (one article cites one day often)
def parse_date_field(text: str) -> PartialDate | None:
    """The date a field meant to hold one says (a wikitext ``|date=``): what :func:`parse_date` reads, else
    a date written day first with month names of more languages (``12 de marzo de 2022``, ``12 marca
    2022``, ``12 березня 2022``) or their month and year alone (``mars 2019``), with dots (``12.03.2022``,
    day first; ``12.mar.2024``), with slashes when only one order is a date (``13/04/2021``,
    ``04/13/2021``), or with CJK year/month/day signs (``2022年3月12日``), also in a Japanese era or the
    Minguo calendar (``令和3年3月5日``, ``民國110年3月5日``); an ISO week date (``2021-W09-5``), a Buddhist
    Era year with a Thai month or beside ``B.E.`` (``5 มี.ค. 2564``, ``5 March B.E. 2564``), or a Solar
    Hijri date (``1399/12/14``, ``14 Esfand 1399``, in Persian digits too: :func:`_other_calendar`); Greek,
    Romanian, Indonesian, Hungarian and Arabic month names (:data:`_TEMPLATE_MONTHS`, Arabic-Indic digits
    too: ``٥ مارس ٢٠٢٤``), the year first with full stops (``2024. 3. 5.``, ``2024. március 5.``:
    :func:`_year_first_dotted`) and Vietnamese words (``ngày 18 tháng 1 năm 2024``:
    :func:`_vietnamese_dmy`). A value claiming a period (``week of January 6, 2020``, ``c. 2019``, ``Fall
    2019``) is read as what the period holds for sure (:func:`_approximate_date`)."""
    if len(text) <= 100:
        if "(" in text or "[" in text:
            dual, value = _dual_style(text)
            if dual:
                return value
        other, value = _other_calendar(text)  # before parse_date, which reads ``1399/12/14`` as Gregorian
        if other:
            return value
        if text[:1].isalpha() and (words := text.split(None, 2))[0].lower() in _APPROXIMATE_WORDS:
            period, value = _approximate_date(text, words)
            if period:
                return value
        if (quarter := spelled_quarter(text)) is not None:  # ``Third quarter 2023``: its year (artdates9)
            return quarter
    if (
        text[:1].isdigit()
        and "-" in text
        and (m := _HYPHENED_DMY.match(text)) is not None
        and (month := _template_month(m["month"])) is not None
    ):  # ``22-ноябрь 2024`` (Kyrgyz, Uzbek): read whole, where parse_date would read the month and year only
        return to_partial(int(m["year"]), month, int(m["day"]))
    value = parse_date(text)
    if value is not None or len(text) > 100:
        return value
    if not text.isascii():
        text = text.translate(EASTERN_DIGITS)  # ``٥ مارس ٢٠٢٤``
        if "كانون" in text or "تشرين" in text:  # the Levant's two-word months: ``3 كانون الثاني 2024``
            text = _LEVANT_TWO_WORDS.sub(lambda m: _LEVANT_AS_ONE[m.group(1) + m.group(2)[-3:]], text)
        if _HEBREW_POINTS.search(text) is not None:  # pointed Yiddish: ``נאָוועמבער``
            text = _HEBREW_POINTS.sub("", text)
        if "ཟླ" in text and (m := _TIBETAN_YMD.search(text.translate(_TIBETAN_DIGITS))) is not None:
            return to_partial(int(m["year"]), int(m["month"]), int(m["day"]))
    if "viz" in text:  # Breton: ``5 a viz Du 2024``
        text = _BRETON_A_VIZ.sub(lambda m: MONTH_NAMES_EN[_BRETON_MONTHS[m.group(1).lower()] - 1], text)
    if "mhair" in text:  # Irish two-word months: ``1 Deireadh Fómhair 2024``
        text = _IRISH_TWO_WORDS.sub(lambda m: "September" if m.group(1)[0] in "mM" else "October", text)
    m = _FIELD_DMY.search(text)
    if m is not None:
        month = _template_month(m.group("month"))
        if month is not None:
            return to_partial(int(m.group("year")), month, int(m.group("day")))
    m = _FIELD_MY.match(text)
    if m is not None:
        month = _template_month(m.group("month"))
        if month is not None:
            return to_partial(int(m.group("year")), month)
    if text[:1].isalpha() and (m := _FIELD_MDY.match(text)) is not None:
        month = _template_month(m.group("month"))
        if month is not None:
            return to_partial(int(m.group("year")), month, int(m.group("day")))
    if ". " in text and (m := _year_first_dotted().match(text)) is not None:
        written = m.group("month")
        month = int(written) if written.isdigit() else ROMAN_MONTHS.get(written) or _template_month(written)
        if month is not None:
            return to_partial(int(m.group("year")), month, int(m.group("day")))
    if "th" in text and (m := _vietnamese_dmy().search(text)) is not None:
        return to_partial(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    m = _DOTTED_DMY.search(text)
    if m is not None:
        return to_partial(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    m = _DOTTED_NAMED.search(text)
    if m is not None and (month := FIELD_MONTHS.get(m.group("month").lower())) is not None:
        return to_partial(int(m.group("year")), month, int(m.group("day")))
    if "年" in text and _KANJI_NUMERAL.search(text) is not None:
        text = _KANJI_NUMERAL.sub(_kanji_number, text)  # ``令和六年十一月二十八日``
    if "年" in text and (m := _ERA_YMD.search(text)) is not None:
        return _era_date(m)
    if "주체" in text and (m := _JUCHE_YMD.search(text)) is not None:
        year = _JUCHE_BASE + int(m["year"])
        if m["gregorian"] is not None and int(m["gregorian"]) != year:
            return None  # the two years disagree: which one the writer meant, the text does not say
        return to_partial(year, int(m["month"]), int(m["day"]) if m["day"] else None)
    m = _CJK_YMD.search(text)
    if m is not None:
        day = m.group("day")
        return to_partial(int(m.group("year")), int(m.group("month")), int(day) if day else None)
    if ("/" in text or "-" in text) and (m := _SLASHED.match(text)) is not None:
        return _slashed_date(m)
    if text[:1] in _ERA_INITIALS and (m := _ERA_INITIAL_YMD.match(text)) is not None:
        return to_partial(_ERA_INITIALS[m["era"]] + int(m["year"]), int(m["month"]), int(m["day"]))
    return _more_field_forms(text)


def written_date(text: str) -> PartialDate | None:
    """A date a label introduces (``accessed 5 October 2021``, ``consultato il 12.03.2022``, a dateline's
    ``Київ, 9 травня 2024``): as :func:`parse_date` reads it, a year alone not counting, else as a field's
    (:func:`parse_date_field`: dotted dates, more languages' month names)."""
    return parse_date(text, allow_year=False) or parse_date_field(text)


#: First words of a template date that claims a period rather than a day: a week (``week of January 6,
#: 2020``, ``w/c 6 January 2020``), an approximate year (``c. 2019``, ``ca. 2019``, ``circa 2019``), a
#: season (``Fall 2019``, ``Herbst 2019``, ``automne 2019``, ``otoño de 2019``), lower case.
_WEEK_WORDS = frozenset({"week", "w/c", "semaine", "woche", "semana", "settimana", "неделя", "kw"})
#: A week given by its number in the year (ISO 8601's, Monday first), after a week word: ``week 12, 2024``,
#: German ``KW 12/2024`` (``Kalenderwoche``), ``week 12 of 2024`` (added after the sixtieth held-out matching
#: batch: unread, a date a month off passed).
_WEEK_NUMBER = lazy_re(r"(?P<week>\d{1,2})\s*(?:[,/]|\s+of)?\s*(?P<year>\d{4})\.?")
#: The word between a week word and its date ("week of 3 March", "semaine du 3 mars"), dropped before it.
_WEEK_OPENER = lazy_re(r"^(?:of|beginning|commencing|starting|du|vom|del|de|dal)\s+", re.IGNORECASE)
_CIRCA_WORDS = frozenset({"c.", "ca.", "circa", "approx.", "approximately", "um", "vers", "hacia"})
#: Seasons that lie within one calendar year in both hemispheres (spring, autumn: March-May and September-
#: November); summer and winter run across a new year in one of them and say no year (left unread).
_YEAR_SEASONS = frozenset(
    {"spring", "autumn", "fall", "frühling", "frühjahr", "herbst", "printemps", "automne", "primavera",
     "otoño", "autunno", "outono", "весна", "осень", "wiosna", "jesień"}
)  # fmt: skip
_OTHER_SEASONS = frozenset(
    {"summer", "winter", "sommer", "été", "hiver", "verano", "invierno", "estate", "inverno", "verão", "лето",
     "зима", "lato", "zima"}
)  # fmt: skip
_APPROXIMATE_WORDS = _WEEK_WORDS | _CIRCA_WORDS | _YEAR_SEASONS | _OTHER_SEASONS | {"the"}
_LONE_YEAR = lazy_re(r"(?:of\s+|de\s+|del\s+)?(\d{4})\s*\.?")


def _approximate_date(text: str, words: list[str]) -> tuple[bool, PartialDate | None]:
    """What a template date claiming a period says (:data:`_APPROXIMATE_WORDS`): a week (from its first day
    or by its number, :data:`_WEEK_NUMBER`), its month when the week's seven days lie in one (else its year,
    else nothing: ``week of January 6, 2020`` is 2020-01, not the 6th, which a page of the 10th would
    contradict); an approximate year, that year; a spring or autumn, its year; a summer or winter, nothing.
    ``(False, None)`` for other text starting with these words, which is read as before."""
    first = words[0].lower()
    if first == "the" and len(words) > 1 and words[1].lower() in _WEEK_WORDS:
        first, text = words[1].lower(), text.split(None, 1)[1]
    rest = text.split(None, 1)[1] if len(words) > 1 else ""
    if first in _WEEK_WORDS:
        rest = _WEEK_OPENER.sub("", rest)
        numbered = _WEEK_NUMBER.fullmatch(rest.strip())
        if numbered is not None:
            try:
                start = dt.date.fromisocalendar(int(numbered["year"]), int(numbered["week"]), 1)
            except ValueError:  # week 0 or 54: no week of that year
                return True, None
        else:
            day = parse_date_field(rest) if rest else None
            if day is None or day.day is None or day.month is None:
                return True, day
            start = dt.date(day.year, day.month, day.day)
        end = start + dt.timedelta(days=6)
        if end.month == start.month:
            return True, to_partial(start.year, start.month)
        return True, to_partial(start.year) if end.year == start.year else None
    if first in _OTHER_SEASONS:
        return True, None
    m = _LONE_YEAR.fullmatch(rest.strip())
    if m is None or first == "the":
        return False, None
    return True, to_partial(int(m.group(1)))


#: A quarter of a year spelled out in words (artdates9): English ``third quarter (of) 2023``, ``3rd quarter
#: 2023``; French ``troisième trimestre (de) 2023``; Spanish, Italian and Portuguese ``tercer trimestre de
#: 2023``, ``terzo trimestre del 2023``, ``terceiro trimestre de 2023``; German ``dritten Quartal(s) 2023``,
#: ``3. Quartal 2023``; Russian and Ukrainian ``во втором квартале 2023 года``, ``третьому кварталі 2023
#: року``; Polish ``w trzecim kwartale 2023``. A quarter lies within its year, and a citation's date is a
#: day, a month or a year: it gives the year.
_SPELLED_QUARTER = lazy_re(
    r"(?<!\w)(?:"
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[ \t-]+quarter(?:[ \t]+of)?,?"
    r"|(?:premier|1er|deuxi[eè]me|second|2e|troisi[eè]me|3e|quatri[eè]me|4e)[ \t]+trimestre(?:[ \t]+de)?"
    r"|(?:primer|primero|segundo|tercer|tercero|cuarto|primo|secondo|terzo|quarto|primeiro|terceiro)"
    r"[ \t]+trimestre(?:[ \t]+(?:de|del|do)(?:[ \t]+(?:año|ano))?)?"
    r"|(?:erste[nsr]?|zweite[nsr]?|dritte[nsr]?|vierte[nsr]?|[1-4]\.)[ \t]+Quartals?"
    r"|(?:перв|перш|втор|друг|трет|четв[её]рт)[а-яёіїє]{1,4}[ \t]+квартал[а-яёі]{0,2}"
    r"|(?:pierwsz|drug|trzeci|czwart)[a-z]{0,3}[ \t]+kwarta[łl][a-z]{0,2}"
    # a Roman numeral before Russian's, Ukrainian's and Polish's word (art44: ``во II квартале 2023 года``,
    # ``w III kwartale 2023 r.``, ``II квартал 2023``), as those languages number quarters
    r"|(?-i:I{1,3}|IV)[ \t]+(?:квартал[а-яёі]{0,2}|kwarta[łl][a-z]{0,2})"
    r")[ \t]+(?P<year>(?:1[5-9]|20)\d\d)(?!\d)(?:[ \t]+(?:года|г\.|року|roku|r\.))?",
    re.IGNORECASE,
)
#: What a spelled-out quarter holds, in lower case: one test before :data:`_SPELLED_QUARTER`'s search.
_QUARTER_CUE = lazy_re("quart|trimest|квартал|kwarta", re.IGNORECASE)
#: A publishing verb right before a quarter, perhaps with a preposition and an article between (``published
#: in the``, ``publiée au``, ``publicado en el``, ``опубликованном во``), or right after it, German's
#: participle closing its clause (``im dritten Quartal 2023 veröffentlicht``).
_PUBLISHED_BEFORE = lazy_re(
    r"(?<!\w)(?:publish|releas|issu|publi[ée]|paru|veröffentlich|erschien|publica|publicó|pubblica|"
    r"опубликова|выпущ|вышл|опублікова|opublikowa|wydan)[^\W\d_]*"
    r"(?:[ \t]+(?:in|during|au|en|el|nel|no|im|der|во|в|у|w|de|del|the|a|le|la))*[ \t]+$",
    re.IGNORECASE,
)
_PUBLISHED_AFTER = lazy_re(r"[ \t]+(?:veröffentlicht|erschienen|publiziert)(?!\w)", re.IGNORECASE)


def spelled_quarter(text: str) -> PartialDate | None:
    """The year of a value that is nothing but a spelled-out quarter (:data:`_SPELLED_QUARTER`: a
    template's ``|date=Third quarter 2023``), else ``None``."""
    if _QUARTER_CUE.search(text) is None:
        return None
    m = _SPELLED_QUARTER.fullmatch(text.strip().rstrip(".").removeprefix("the ").removeprefix("The "))
    return to_partial(int(m["year"])) if m is not None else None


def published_quarter(text: str) -> PartialDate | None:
    """The year of a spelled-out quarter that a publishing verb puts the cited work in (``published in the
    third quarter of 2023``, ``опубликованном во втором квартале 2023 года``, ``im dritten Quartal 2023
    veröffentlicht``), else ``None``: a quarter that is the news's own period (``grew 0.3% in the third
    quarter of 2023``) or a title's edition says nothing of when the work appeared."""
    if _QUARTER_CUE.search(text) is None:
        return None
    for m in _SPELLED_QUARTER.finditer(text):
        if _PUBLISHED_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _PUBLISHED_AFTER.match(
            text, m.end()
        ):
            return to_partial(int(m["year"]))
    return None


#: A Mongolian date, whose months are numbered: ``2024 оны 11 сарын 15`` (the year's genitive ``оны``, the
#: month's ``сарын``, the day perhaps with a case ending: ``15-нд``), also ``11-р сарын``.
_MONGOLIAN_YMD = lazy_re(
    r"^\s*(?P<year>\d{4})\s*(?:оны|он)\s+(?P<month>\d{1,2})\s*(?:-?р\s*)?сарын\s+(?P<day>\d{1,2})"
    r"(?:\s*-?\s*[а-яёөү]{1,3})?\s*$"
)


def _more_field_forms(text: str) -> PartialDate | None:
    """The last forms :func:`parse_date_field` tries (each behind a substring test): numbers with spaced dots,
    a two-digit year or a Roman month (:func:`_more_numeric_forms`), the Baltic year-first forms
    (:func:`_baltic_year_first`), Chinese numerals and a Minguo year without its era
    (:func:`_cjk_numerals_date`), the Ethiopian calendar (:func:`_ethiopian_date`), the Hebrew calendar in
    Hebrew numerals (:func:`_hebrew_letters_date`), Devanagari, Bengali and Tamil month names
    (:func:`_devanagari_dmy`)."""
    if "." in text or " " in text or "-" in text:
        spaced, short_year, roman = _more_numeric_forms()
        if (m := spaced.match(text)) is not None or (m := short_year.match(text)) is not None:
            year = int(m["year"])
            year += 0 if year > 99 else 2000 if year < 70 else 1900  # POSIX's pivot for a two-digit year
            return to_partial(year, int(m["month"]), int(m["day"]))
        if ("I" in text or "V" in text or "X" in text) and (m := roman.match(text)) is not None:
            return to_partial(int(m["year"]), ROMAN_MONTHS.get(m["month"]), int(m["day"]))
    if "ko " in text or "yil" in text or "жыл" in text or "йил" in text:
        for pattern in _year_suffixed():
            if (m := pattern.match(text)) is not None and (month := _template_month(m["month"])) is not None:
                return to_partial(int(m["year"]), month, int(m["day"]))
    if "m." in text or "gada" in text or "թ." in text:
        for pattern in _baltic_year_first():
            if (m := pattern.match(text)) is None:
                continue
            written, day = (m["month"], m["day"]) if m["month"] else (m["hy_month"], m["hy_day"])
            if (month := _template_month(written)) is not None:
                return to_partial(int(m["year"]), month, int(day))
    if "年" in text and (value := _cjk_numerals_date(text)) is not None:
        return value
    if not text.isascii() and any("\u1200" <= ch <= "\u137f" for ch in text):
        return _ethiopian_date(text)
    if not text.isascii() and ("״" in text or '"' in text) and any("א" <= ch <= "ת" for ch in text):
        return _hebrew_letters_date(text)
    if not text.isascii() and _SCRIPT_MONTH_LETTER.search(text) is not None:
        m = _devanagari_dmy().search(text.translate(_DEVANAGARI_DIGITS))
        if m is not None:
            first = m["day"] is not None
            name = m["month"] if first else m["month2"]
            if month := _DEVANAGARI_MONTHS.get(unicodedata.normalize("NFC", name)):
                written_year, written_day = (m["year"], m["day"]) if first else (m["year2"], m["day2"])
                year = int(written_year)
                if year > 2400 and _LAO_LETTER.match(name):  # the Buddhist Era: ``20 ພະຈິກ 2567``
                    year -= _BUDDHIST_ERA_OFFSET
                return to_partial(year, month, int(written_day))
            if m["day"] is not None and (solar := _indian_solar_date(name, int(m["year"]), int(m["day"]))):
                return solar
    if "сар" in text and (m := _MONGOLIAN_YMD.match(text)) is not None:
        return to_partial(int(m["year"]), int(m["month"]), int(m["day"]))
    if "\u06cc" in text:  # the Farsi yeh of Sorani's izafe (``١٥ی``) and month names
        return _sorani_date(text)
    return None


#: The months of the Indian national (Saka) calendar in Devanagari and of the Bangla calendar in Bengali
#: script, each first month (Chaitra, Boishakh) 1; NFC, as :func:`_indian_solar_date` looks them up.
_SAKA_MONTHS = {
    unicodedata.normalize("NFC", name): number
    for name, number in numbered_names(
        ["चैत्र", "वैशाख", "ज्येष्ठ", "आषाढ़ आषाढ", "श्रावण", "भाद्र भाद्रपद", "आश्विन", "कार्तिक",
         "अग्रहायण मार्गशीर्ष", "पौष", "माघ", "फाल्गुन"]
    ).items()
}  # fmt: skip
_BANGLA_MONTHS = {
    unicodedata.normalize("NFC", name): number
    for name, number in numbered_names(
        ["বৈশাখ", "জ্যৈষ্ঠ জৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ অঘ্রাণ", "পৌষ",
         "মাঘ", "ফাল্গুন", "চৈত্র"]
    ).items()
}  # fmt: skip


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _indian_solar_date(name: str, year: int, day: int) -> PartialDate | None:
    """A day of the Indian national (Saka) calendar in Hindi (``30 कार्तिक 1946``: the year 78 behind, 1
    Chaitra on 22 March, 21 in a leap year; Chaitra of 30 days, 31 in a leap year, the next five of 31, the
    rest of 30), read for the years 1900-1999 only (1978-2077: the Vikram Samvat writes the same month names
    with years above 2000, and its months are lunar); or of the Bangla calendar as Bangladesh has kept it
    since 2019 (``৬ অগ্রহায়ণ ১৪৩১``: the year 593 behind, 1 Boishakh on 14 April, six months of 31 days, then
    30, Falgun 29, 30 before a leap February), for the years 1380-1499. Else ``None``."""
    name = unicodedata.normalize("NFC", name)
    if (month := _SAKA_MONTHS.get(name)) is not None and 1900 <= year <= 1999:
        gregorian = year + 78
        leap = _is_leap(gregorian)
        start = dt.date(gregorian, 3, 21 if leap else 22)
        lengths = [31 if leap else 30, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30]
    elif (month := _BANGLA_MONTHS.get(name)) is not None and 1380 <= year <= 1499:
        gregorian = year + 593
        start = dt.date(gregorian, 4, 14)
        lengths = [31] * 6 + [30] * 4 + [30 if _is_leap(gregorian + 1) else 29, 30]
    else:
        return None
    if not 1 <= day <= lengths[month - 1]:
        return None
    return PartialDate.from_date(start + dt.timedelta(days=sum(lengths[: month - 1]) + day - 1))


#: Chinese numerals (``〇``/``零`` zero to ``九``), runs of them, with ``十`` (ten) between tens and units.
_HANZI_DIGITS = {ch: n for n, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}
_HANZI_RUN = lazy_re("[〇零一二三四五六七八九十]+")
#: ``113年9月18日``: the Minguo year as Taiwan writes it without its era (years 100-199, 2011-2110; a
#: Gregorian year of three digits is no web page's, while two digits are a shortened Gregorian year too).
_MINGUO_BARE_YMD = lazy_re(
    r"(?<![\d年])(?P<year>1\d\d)\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
)


def _hanzi_number(run: str) -> str:
    """A run of Chinese numerals as ASCII digits: digit by digit (``二〇二四`` is 2024), or tens and units
    around ``十`` (``十八`` 18, ``二十`` 20, ``三十一`` 31); anything else is left as it is."""
    if "十" not in run:
        return "".join(str(_HANZI_DIGITS[ch]) for ch in run)
    tens, _, units = run.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units or tens in ("〇", "零") or units in ("〇", "零"):
        return run
    return str(10 * (_HANZI_DIGITS[tens] if tens else 1) + (_HANZI_DIGITS[units] if units else 0))


def _cjk_numerals_date(text: str) -> PartialDate | None:
    """A template date with ``年`` that the earlier forms missed: in Chinese numerals, as official texts
    write it (``二〇二四年九月十八日``), or a Minguo year without its era (``113年9月18日``)."""
    if _HANZI_RUN.search(text) is not None:
        text = _HANZI_RUN.sub(lambda m: _hanzi_number(m.group()), text)
        m = _CJK_YMD.search(text)
        if m is not None:
            day = m.group("day")
            return to_partial(int(m.group("year")), int(m.group("month")), int(day) if day else None)
    m = _MINGUO_BARE_YMD.search(text)
    if m is not None:
        return to_partial(_ERA_BASE["民國"] + int(m["year"]), int(m["month"]), int(m["day"]))
    return None


#: ``መስከረም 8 ቀን 2017 ዓ.ም.`` (month, day, "day", year, "year of mercy") and ``8 መስከረም 2017``.
_ETHIOPIAN_DATE = lazy_re(
    r"^\s*(?:(?P<month>[\u1200-\u137f]+)\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[\u1200-\u137f]+))"
    r"\s*(?:ቀን)?\s*,?\s*(?P<year>\d{4})\s*(?:ዓ\.?\s*ም\.?)?\s*$"
)


def _ethiopian_date(text: str) -> PartialDate | None:
    """An Ethiopian calendar date in Amharic (:data:`_ETHIOPIAN_DATE`), as a Gregorian day; or, written day
    first, a Gregorian date with the Ge'ez names Eritrea gives its months (:data:`ERITREAN_MONTHS`: ``15 ሕዳር
    2024``) where the name is no Ethiopian month's (``ጥቅምቲ``) or the Ethiopian reading would be a day still
    to come (the Ethiopian year 2024 begins in 2031)."""
    m = _ETHIOPIAN_DATE.match(text)
    if m is None:
        return None
    name, year, day = m["month"] or m["month2"], int(m["year"]), int(m["day"] or m["day2"])
    value: dt.date | None = None
    if (month := ETHIOPIAN_MONTHS.get(name)) is not None:
        try:
            value = ethiopian_to_gregorian(year, month, day)
        except ValueError:
            value = None
        if value is not None and (m["month"] is not None or value <= dt.date.today()):
            return PartialDate.from_date(value)
    if m["month2"] is not None and (month := ERITREAN_MONTHS.get(name)) is not None:
        return to_partial(year, month, day)
    return PartialDate.from_date(value) if value is not None else None


#: The Hebrew letters' values as numerals (final forms as their letters).
_HEBREW_NUMERALS = dict(
    zip(
        "אבגדהוזחטיכךלמםנןסעפףצץקרשת",
        (
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            20,
            20,
            30,
            40,
            40,
            50,
            50,
            60,
            70,
            80,
            80,
            90,
            90,
            100,
            200,
            300,
            400,
        ),
        strict=True,
    )
)


def _hebrew_numeral(written: str) -> int | None:
    """A number in Hebrew letters marked as one, by a geresh after one letter or gershayim before the last
    (``ו׳`` 6, ``ט״ו`` 15, ``תשפ״ג`` 783), ASCII quotes for them too; ``None`` for any other word."""
    letters = written.replace("׳", "'").replace("״", '"')
    if not (letters.endswith("'") and len(letters) == 2) and not (len(letters) >= 3 and letters[-2] == '"'):
        return None
    letters = letters.replace("'", "").replace('"', "")
    if not all(ch in _HEBREW_NUMERALS for ch in letters):
        return None
    return sum(_HEBREW_NUMERALS[ch] for ch in letters)


def _hebrew_letters_date(text: str) -> PartialDate | None:
    """A Hebrew calendar date in Hebrew numerals, as Hebrew writes it: day, month (perhaps with ``ב``, "in"),
    year without its thousands (``ו׳ באב תשפ״ג``, 6 Av 5783: 24 July 2023), or with them (``ה׳תשפ״ג``)."""
    words = text.split()
    if len(words) < 3:
        return None
    year_word = words[-1]
    thousands = 5000
    if len(year_word) > 2 and year_word[0] == "ה" and year_word[1] in "׳'":
        year_word = year_word[2:]
    day, year = _hebrew_numeral(words[0]), _hebrew_numeral(year_word)
    if day is None or year is None or year >= 1000:
        return None
    name = " ".join(_APOSTROPHES.sub("", w) for w in words[1:-1])
    month = HEBREW_MONTHS.get(name)
    if month is None and name.startswith("ב"):
        month = HEBREW_MONTHS.get(name[1:])
    if month is None:
        return None
    try:
        return PartialDate.from_date(hebrew_to_gregorian(thousands + year, month, day))
    except ValueError:
        return None


def find_dmy(text: str) -> PartialDate | None:
    """The first day, month and year in ``text`` written day first with a month name of one of the languages
    of :data:`FIELD_MONTHS` (``21 janvier 1995``, ``3 de febrero de 2025``, ``12 березня 2022``), or written
    year first as Chinese, Japanese and Korean write it (``2024年5月15日``), or in digits between dots, day
    first (``12.02.2024``): a whole date, which no ordinary word spells (a month name alone or with a year
    is not read in running text)."""
    if _FOUR_DIGITS.search(text) is None:
        return None
    for m in _FIELD_DMY.finditer(text[:10_000]):
        name = m.group("month").lower()
        month = FIELD_MONTHS.get(name) or OPT_IN_BARE_MONTHS.get(name) or _OPT_IN_YEAR_MONTHS.get(name)
        if month is not None:
            value = to_partial(int(m.group("year")), month, int(m.group("day")))
            if value is not None:
                return value
    for marks, pattern, month_of in _JOINED_DATES:
        if any(map(text.__contains__, marks)):
            for m in pattern.finditer(text[:10_000]):
                if m["year"] and (month := month_of(m["month"])) is not None:
                    value = to_partial(int(m["year"]), month, int(m["day"]))
                    if value is not None:
                        return value
    for _, _, _, (month, day, year) in _shaped_dates(
        text[:10_000], 4
    ):  # Georgian, Kurdish, Irish (artdates3)
        if year is not None and (value := to_partial(year, month, day)) is not None:
            return value
    if "年" in text or "년" in text:  # ``2024年5月15日``, ``2024년 5월 15일``: a whole date too
        for m in _CJK_YMD.finditer(text[:10_000]):
            if m.group("day") is not None:
                value = to_partial(int(m.group("year")), int(m.group("month")), int(m.group("day")))
                if value is not None:
                    return value
    if "." in text:  # ``12.02.2024``, day first (German, Russian, Polish...), perhaps ending a sentence
        for m in _DOTTED_DMY_IN_TEXT.finditer(text[:10_000]):
            value = to_partial(int(m.group("year")), int(m.group("month")), int(m.group("day")))
            if value is not None:
                return value
    return None


#: ``12.02.2024``, and with a space after each dot as Czech, Slovak and Hungarian norms write it (``14. 11.
#: 2013``, a ČSN ISO 690 entry's date; added after the twenty-seventh held-out batch): one space or
#: no-break space at most, so that a list's ``1. 2.`` and a year further on are not read as one date.
_DOTTED_DMY_IN_TEXT = lazy_re(
    r"(?<![\d.])(?P<day>\d{1,2})\.[ \u00a0]?(?P<month>\d{1,2})\.[ \u00a0]?(?P<year>\d{4})(?!\d|\.\d)"
)


def find_month_day(text: str) -> tuple[int, int, int | None] | None:
    """The first ``Jan. 9``/``9 January``/``January 9, 2020`` in ``text``: ``(month, day, year or None)``."""
    found = find_month_days(text, 1)
    return found[0] if found else None


def find_month_days(text: str, limit: int = 4) -> list[tuple[int, int, int | None]]:
    """The first ``limit`` month-and-days of ``text`` (:func:`find_month_day`), in order."""
    return [value for _, value in month_day_matches(text, limit)]


def month_day_matches(text: str, limit: int = 4) -> list[tuple[str, tuple[int, int, int | None]]]:
    """The first ``limit`` month-and-days of ``text`` in order, each with the text it was read from. A day
    is one date's: in ``Jan. 9 March 3`` the 9 is January's, not also a ``9 March``."""
    found: list[tuple[int, int, str, tuple[int, int, int | None]]] = []
    # each pattern with its kind and its month reader (a joined date's): no test of a pattern's identity
    patterns: list[tuple[re.Pattern[str], str, Callable[[str], int | None] | None]] = [
        (_MDY, "mdy", None),
        (_DMY, "dmy", None),
        (_LOWER_DM, "lower", None),
    ]
    patterns += (
        (pattern, "joined", month_of)
        for marks, pattern, month_of in _JOINED_DATES
        if any(map(text.__contains__, marks))
    )
    for pattern, kind, month_of in patterns:
        count = 0
        for m in pattern.finditer(text):
            name = m.group("month")
            if kind == "lower":  # another language's month, written as they write it: in lower case
                if name.islower():
                    month = (
                        FIELD_MONTHS.get(name) or OPT_IN_BARE_MONTHS.get(name) if name not in MONTHS else None
                    )
                else:  # an opted-in language's month in any case where a year follows (``9 Janairu 2020``)
                    lowered = name.lower()  # or Luxembourgish's capitalised own (``den 3. Mäerz``; artdates8)
                    month = (
                        OPT_IN_BARE_MONTHS.get(lowered)
                        if m.group("year") or lowered in PROSE_OPT_IN_CAPITALISED
                        else None
                    )
                if month is None and m.group("year"):  # Georgian's genitive, with its year only
                    month = _OPT_IN_YEAR_MONTHS.get(name)
            elif month_of is not None:
                month = month_of(name)  # Maltese ``ta'``, Hausa ``ga (watan)``, Basque's genitive: a date
            else:
                month = MONTHS.get(name.lower())
                if month is None and kind == "mdy" and m.group("year"):  # ``Janairu 9, 2020``
                    month = OPT_IN_BARE_MONTHS.get(name.lower())
            if month is None:
                continue
            year = int(m.group("year")) if m.group("year") else None
            found.append((m.start(), m.end(), m.group(0), (month, int(m.group("day")), year)))
            count += 1
            if count >= limit:
                break
    found.extend(_shaped_dates(text, limit))  # Georgian, Kurdish, Irish (artdates3)
    kept: list[tuple[str, tuple[int, int, int | None]]] = []
    end = -1
    for start, stop, matched, value in sorted(found):
        if start >= end:  # a match overlapping an earlier one shares its day: not another date
            kept.append((matched, value))
            end = stop
    return kept[:limit]


#: A day before a month name of :data:`FIELD_MONTHS` in lower case, as French, Spanish, Portuguese,
#: Italian, Polish and Ukrainian write them (``15 marzo``, ``8 de março``, ``12 kwietnia 2024 r.``): in
#: running text, a capitalised "Mars" or "Maja" after a number is a name, not a month.
_LOWER_DM = lazy_re(
    r"(?P<day>\d(?<!\d\d)\d?)(?:er|º|°)?\.?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,12})\b"
    r"(?:\.?,?\s+(?:de\s+)?(?P<year>\d{4})(?!\d))?"
)


#: A day joined to its month by Maltese ``ta'`` ("of": ``9 ta' Jannar 2020``, ``fid-9 ta' Jannar``) or Hausa
#: ``ga`` ("to": ``9 ga Janairu, 2020``), perhaps with ``watan`` ("the month of": ``ranar 9 ga watan
#: Janairu``), then perhaps the year.
_JOINED_DM = lazy_re(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?:ta['’]\s*|ga\s+(?:watan\s+)?)(?P<month>[^\W\d_]{3,12})\b"
    r"(?:,?\s+(?P<year>\d{4})(?!\d))?"
)
#: Basque, year first with the suffix ``-ko``/``-eko`` ("of"), the month in the genitive (its nominative,
#: ``urtarrila``, and ``-ren``: ``urtarrilaren``) and the day with its case ending (``9an``, ``21ean``,
#: ``31n``; a date line's nominative ``10a``): ``2020ko urtarrilaren 9an``, or without the year in running
#: text (``azaroaren 21ean``).
_BASQUE_YMD = lazy_re(
    r"(?:(?<!\d)(?P<year>\d{4})-?e?ko\s+)?\b(?P<month>[^\W\d_]{3,12})ren\s+(?P<day>\d{1,2})"
    r"(?:-?(?:e?a?n|a))?(?!\w)"
)


#: Dates in the shapes of the languages opted in by artdates3 (:data:`linkcheck.months.PROSE_OPT_IN`), each
#: read only on text holding its cue: Georgian year first (``2020 წლის 9 იანვარს``, "of the year 2020, on 9
#: January"; the genitive too); Kurmanji with the ezafe on the day and perhaps on the month (``8ê Rêbendanê
#: 2020``, ``3ê Adara 2021``, ``di 8ê rêbendanê de``); Sorani with the izafe glued to the day and perhaps to
#: the month (``٨ی کانوونی دووەم``, ``١٥ی ئازاری ٢٠٢١``; any digits); Irish with a year or after ``an``
#: (``9 Eanáir 2020``, ``an 8 Eanáir``, ``3 Meán Fómhair 2021``).
_GEORGIAN_YMD = lazy_re(
    r"(?<!\d)(?P<year>\d{4})\s+წლის\s+(?P<day>\d{1,2})\s+(?P<month>[\u10d0-\u10ff]{3,12})"
)
_KURMANJI_DM = lazy_re(
    r"(?<!\d)(?P<day>\d{1,2})ê\s+(?P<month>[^\W\d_]{3,12})(?:\s+(?P<year>\d{4})(?!\d))?", re.IGNORECASE
)
_SORANI_DM = lazy_re(
    r"(?<!\d)(?P<day>\d{1,2})ی\s+(?P<month>[\u0620-\u06d5]+(?:\s+(?:دووەم|یەکەم)ی?)?)"
    r"(?:\s*،?\s+(?P<year>\d{4})(?!\d))?"
)
_IRISH_DM = lazy_re(
    r"(?:\b(?P<an>an)\s+)?(?<!\d)(?P<day>\d{1,2})\s+(?P<month>(?:me[aá]n|deireadh)\s+f[oó]mhair|[^\W\d_]{4,10})\b"
    r"(?:,?\s+(?P<year>\d{4})(?!\d))?",
    re.IGNORECASE,
)
#: An Irish month's word in any case (the cue before :data:`_IRISH_DM` runs).
_IRISH_CUE = lazy_re(
    r"ean[aá]ir|feabhra|m[aá]rta|aibre[aá]n|bealtaine|meitheamh|i[uú]il|l[uú]nasa|samhain|nollaig|f[oó]mhair",
    re.IGNORECASE,
)
_GEORGIAN_MONTHS: dict[str, int] = {
    **{word: OPT_IN_MONTHS[word] for word in PROSE_OPT_IN["ka"].split()},
    **_OPT_IN_FORMS["ka"],
}
_KURMANJI_MONTHS: dict[str, int] = {
    word: number
    for word, number in month_table(("gd kmr gn",)).items()
    if word in PROSE_OPT_IN["kmr"].split()
}
_IRISH_MONTHS: dict[str, int] = {
    **{word: OPT_IN_MONTHS[word] for word in PROSE_OPT_IN["ga"].split()},
    "meán fómhair": 9, "mean fomhair": 9, "deireadh fómhair": 10, "deireadh fomhair": 10,
}  # fmt: skip


#: Dates in the shapes of the languages artdates5 reads, each tried only where its cue is found: a day
#: joined to its month by a hyphen, the month perhaps with a case ending (Kyrgyz ``7-январда``, "on 7
#: January", and a date line's ``10-январь``; Uyghur ``8-يانۋار``); Mongolian's numbered months (``1-р сарын
#: 7-нд``, "on the 7th of the first month"; ``2020 оны 1-р сарын 7``); Armenian's genitive month before the
#: day and its ending (``հունվարի 7-ին``, "on 7 January"); Yiddish's day with its ordinal ending (``דעם 8טן
#: יאַנואַר``, "the 8th of January"); Lithuanian's genitive month, the day and ``d.`` (``sausio 7 d.``).
_HYPHEN_DM = lazy_re(
    r"(?<![\d\w-])(?P<day>\d{1,2})-(?P<month>[^\W\d_]{3,14})(?!\w)(?:,?\s+(?P<year>\d{4})(?!\d))?"
)
_MONGOLIAN_DM = lazy_re(
    r"(?:(?<!\d)(?P<year>\d{4})\s+оны\s+)?(?<![\d.])(?P<month>1[0-2]|0?[1-9])"
    r"(?:\s*-\s*р|\s+(?:дүгээр|дугаар|дүгээр))\s+сарын\s+(?P<day>[0-3]?\d)(?!\d)"
)
_ARMENIAN_MD = lazy_re(
    r"(?<!\w)(?P<month>[\u0561-\u0587]{4,12}ի)\s+(?P<day>\d{1,2})(?!\d)(?:-?(?:ին|ից|ը|ն))?"
    r"(?:,?\s+(?P<year>\d{4})(?!\d))?"
)
_YIDDISH_DM = lazy_re(
    r"(?<!\d)(?P<day>\d{1,2})[-\u05be]?(?:סטן|סטער|טן|טער)\s+(?P<month>[\u05b0-\u05f2\ufb1d-\ufb4f]{3,20})"
    r"(?:,?\s+(?P<year>\d{4})(?!\d))?"
)
_LITHUANIAN_MD = lazy_re(
    r"(?:(?<!\d)(?P<year>\d{4})\s*m\.\s+)?(?<!\w)(?P<month>[^\W\d_]{4,10})\s+(?P<day>\d{1,2})\s*d\.(?!\w)"
)
#: A day, then a month of :data:`_DEVANAGARI_MONTHS` in Devanagari or Bengali (``৫ আগস্ট``, ``५ अगस्त``),
#: perhaps a year (artdates6): the digits of either script or ASCII ones, which ``\d`` and ``int`` read as
#: they read ASCII digits (the whole-value reader folds them first: :data:`_DEVANAGARI_DIGITS`). The month
#: is read whole, vowel signs and virama with it (they are no word characters to ``re``).
_INDIC_DM = lazy_re(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>[\u0900-\u09ff]{2,14})(?![\u0900-\u09ff])"
    r"(?:,?\s+(?P<year>\d{4})(?!\d))?"
)
#: A day and a Thai month, whole or as Thai papers abbreviate it (:data:`_THAI_MONTHS`: ``7 มี.ค.``,
#: ``7 มีนาคม``), perhaps ``พ.ศ.`` and a year, Buddhist Era (``2566``) or Gregorian (``2023``), read in running
#: text (artdates7): Thai writes no space between words, so the month is found by its own letters, not between
#: word boundaries, and the shape's cue is a digit before a Thai letter.
_THAI_DM = lazy_re(
    r"(?<!\d)(?P<day>\d{1,2})\s*(?P<month>"
    + "|".join(re.escape(name) for name in sorted(_THAI_MONTHS, key=len, reverse=True))
    + r")\s*(?:พ\.\s?ศ\.\s*)?(?:(?P<year>\d{4})(?!\d))?"
)
#: A day, then a Hebrew month after the prefix ``ב`` ("in": ``7 במרץ 2023``, ``ב-31 במאי 2018``), and its
#: year (artdates7): a caseless script, read with a year only, as Arabic's months are.
_HEBREW_DM = lazy_re(
    r"(?<!\d)(?P<day>\d{1,2})\s+\u05d1(?P<month>[\u05d0-\u05ea]{2,8})\s+(?P<year>\d{4})(?!\d)"
)
#: Dates in the shapes of the languages artdates8 reads: Turkmen's ordinal day (``-nji``, ``-njy``) before a
#: month, perhaps in the locative (``8-nji ýanwarda``), perhaps after ``2019-njy ýylyň`` ("of the year");
#: Filipino's month after ``noong`` ("on", of the past) and the day after it (``noong Hulyo 5``); Latvian's
#: year, ``gada`` ("of the year"), the day and the month (``2024. gada 8. marts``, ``... 29. februārī``);
#: Hungarian's year with its dot, the month and the day (``2024. május 22.``, ``2011. március 22-én``).
_TURKMEN_DM = lazy_re(
    r"(?:(?<!\d)(?P<year>\d{4})-(?:i|y)?nj[iy]\s+ýylyň\s+)?(?<![\d-])(?P<day>\d{1,2})-(?:i|y)?nj[iy]\s+"
    r"(?P<month>[^\W\d_]{3,12})(?!\w)",
    re.IGNORECASE,
)
_FILIPINO_MD = lazy_re(
    r"\b[Nn]oong\s+(?P<month>[A-Z][a-z]{3,9})\s+(?P<day>\d{1,2})(?!\d)(?:,\s+(?P<year>\d{4})(?!\d))?"
)
_LATVIAN_YDM = lazy_re(
    r"(?<!\d)(?P<year>\d{4})\.\s+gad(?:a|ā)\s+(?P<day>\d{1,2})\.\s+(?P<month>[^\W\d_]{4,10})(?!\w)"
)
_HUNGARIAN_YMD = lazy_re(
    r"(?<!\d)(?P<year>\d{4})\.\s+(?P<month>[^\W\d_]{4,10})\s+(?P<day>\d{1,2})(?:\.|-(?:án|én|ától|étől|i))(?!\d)"
)
#: Icelandic's day, its dot and the month (``8. maí``, ``3. apríl 2023``; artdates9).
_ICELANDIC_DM = lazy_re(
    r"(?<![\d.])(?P<day>\d{1,2})\.\s+(?P<month>[a-záéíóúýðþæö]{3,9})(?!\w)(?:,?\s+(?P<year>\d{4})(?!\d))?"
)
#: Finnish's day, its dot and the month in the partitive (``3. lokakuuta 2023``, ``28. helmikuuta``; art44),
#: as Finnish writes a date in running text: ``kuuta`` after a day's dot is no other language's word.
_FINNISH_DM = lazy_re(
    r"(?<![\d.])(?P<day>\d{1,2})\.\s+(?P<month>[a-zäö]{3,6}kuuta)(?!\w)(?:\s+(?P<year>\d{4})(?!\d))?",
    re.IGNORECASE,
)
#: (cue, pattern, shape): the shape names the pattern's month reader in :func:`_more_shapes_month` (a name,
#: not the pattern's identity, which a pattern compiled at first use does not keep).
_MORE_SHAPES: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = (
    (lazy_re(r"\d-[^\W\d_]"), _HYPHEN_DM, "hyphen"),
    (lazy_re("сарын"), _MONGOLIAN_DM, "mongolian"),
    (lazy_re(r"[\u0561-\u0587]ի\s+\d"), _ARMENIAN_MD, "armenian"),
    (lazy_re(r"\dס?ט(?:ן|ער)\s"), _YIDDISH_DM, "yiddish"),
    (lazy_re(r"\d\s*d\."), _LITHUANIAN_MD, "lithuanian"),
    (lazy_re(r"\d\s[\u0900-\u09ff]"), _INDIC_DM, "indic"),
    (lazy_re(r"\d\s*[\u0e01-\u0e2e\u0e40-\u0e44]"), _THAI_DM, "thai"),
    (lazy_re(r"\d\s+\u05d1"), _HEBREW_DM, "hebrew"),
    (lazy_re(r"\d-(?:i|y)?nj[iy]\s"), _TURKMEN_DM, "turkmen"),
    (lazy_re(r"oong\s"), _FILIPINO_MD, "filipino"),
    (lazy_re(r"\d\.\s+gad"), _LATVIAN_YDM, "latvian"),
    (lazy_re(r"\d{4}\.\s+[a-zá-ű]{4}"), _HUNGARIAN_YMD, "hungarian"),
    (lazy_re(r"\d\.\s+[a-zð]{0,3}[áíóú]"), _ICELANDIC_DM, "icelandic"),
    (lazy_re("kuuta"), _FINNISH_DM, "finnish"),
)
#: Kyrgyz's months, Russian's loans, by stem (``январ``, ``май``), and the endings read after one: none, the
#: nominative's soft sign, the possessive, the locative (``январда``, ``мартта``, ``апрелде``).
_KYRGYZ_STEMS: dict[str, int] = {stem: number for number, stem in enumerate(KYRGYZ_MONTH_STEMS, start=1)}
_KYRGYZ_ENDINGS = ("", "ь", "ы", "у", "да", "до", "де", "та", "те", "ында", "унда")
#: Uyghur's months (:data:`linkcheck.months.PROSE_OPT_IN`), and the case endings read after one.
_UYGHUR_MONTHS: dict[str, int] = {word: _TEMPLATE_MONTHS[word] for word in PROSE_OPT_IN["ug"].split()}
_UYGHUR_ENDINGS = ("", "دا", "تا", "دىكى", "تىكى")
_ARMENIAN_MONTHS: dict[str, int] = {word: OPT_IN_MONTHS[word] for word in PROSE_OPT_IN["hy"].split()}
_LITHUANIAN_MONTHS: dict[str, int] = {word: _TEMPLATE_MONTHS[word] for word in PROSE_OPT_IN["lt"].split()}
_YIDDISH_MONTHS: dict[str, int] = {word: _TEMPLATE_MONTHS[word] for word in PROSE_OPT_IN["yi"].split()}
#: The months of :data:`_TURKMEN_DM`, :data:`_FILIPINO_MD`, :data:`_LATVIAN_YDM` and :data:`_HUNGARIAN_YMD`
#: (artdates8): Turkmen's nominatives (``mart`` and ``maý`` too) and locatives, and the opted-in words.
_TURKMEN_MONTHS: dict[str, int] = {
    **{word: _TEMPLATE_MONTHS[word] for word in PROSE_OPT_IN["tk"].split()},
    "mart": 3, "maý": 5,
    **_OPT_IN_FORMS["tk"],
}  # fmt: skip
_FILIPINO_MONTHS: dict[str, int] = {word: _TEMPLATE_MONTHS[word] for word in PROSE_OPT_IN["tl"].split()}
_LATVIAN_MONTHS: dict[str, int] = {word: _TEMPLATE_MONTHS[word] for word in PROSE_OPT_IN["lv"].split()}
_HUNGARIAN_MONTHS: dict[str, int] = {word: _TEMPLATE_MONTHS[word] for word in PROSE_OPT_IN["hu"].split()}
_ICELANDIC_MONTHS: dict[str, int] = {word: _TEMPLATE_MONTHS[word] for word in PROSE_OPT_IN["is"].split()}
#: Hebrew points and the Yiddish ligatures' letters, as :data:`_YIDDISH_MONTHS` spells the words.
_YIDDISH_PLAIN = {
    **{code: None for code in range(0x0591, 0x05C8) if code not in (0x05BE, 0x05C0, 0x05C3, 0x05C6)},
    0x05F0: "וו", 0x05F1: "וי", 0x05F2: "יי", 0xFB1F: "יי", 0xFB2E: "א", 0xFB2F: "א", 0xFB4C: "ב",
    0xFB4E: "פ",
}  # fmt: skip


def _more_shapes_month(shape: str, m: re.Match[str]) -> int | None:
    """The month that ``m``, a match of the :data:`_MORE_SHAPES` pattern of ``shape`` names, or ``None``."""
    if shape == "mongolian":
        return int(m["month"])
    if shape == "indic":
        return _DEVANAGARI_MONTHS.get(unicodedata.normalize("NFC", m["month"]))
    if shape == "thai":
        return _THAI_MONTHS.get(m["month"])
    if shape == "hebrew":
        return HEBREW_SCRIPT_MONTHS.get(m["month"])
    name = m["month"].lower()
    if shape == "turkmen":
        return _TURKMEN_MONTHS.get(name)
    if shape == "filipino":
        return _FILIPINO_MONTHS.get(name)
    if shape == "latvian":
        return _LATVIAN_MONTHS.get(name)
    if shape == "hungarian":
        return _HUNGARIAN_MONTHS.get(name)
    if shape == "icelandic":
        return _ICELANDIC_MONTHS.get(name)
    if shape == "finnish":
        return _TEMPLATE_MONTHS.get(name)
    if shape == "armenian":
        return _ARMENIAN_MONTHS.get(name)
    if shape == "lithuanian":
        return _LITHUANIAN_MONTHS.get(name)
    if shape == "yiddish":
        return _YIDDISH_MONTHS.get(name.translate(_YIDDISH_PLAIN))
    for ending in _KYRGYZ_ENDINGS if name[0] < "\u0600" else _UYGHUR_ENDINGS:
        if name.endswith(ending):
            stem = name[: len(name) - len(ending)]
            month = _KYRGYZ_STEMS.get(stem) or _UYGHUR_MONTHS.get(stem)
            if month is not None:
                return month
    return None


def _shaped_dates(text: str, limit: int) -> list[tuple[int, int, str, tuple[int, int, int | None]]]:
    """The dates of :data:`_GEORGIAN_YMD`, :data:`_KURMANJI_DM`, :data:`_SORANI_DM` and :data:`_IRISH_DM` in
    ``text`` (each pattern's first ``limit``), as :func:`month_day_matches` gathers them."""
    found: list[tuple[int, int, str, tuple[int, int, int | None]]] = []
    shapes: list[tuple[re.Pattern[str], str]] = []  # each pattern with its shape's name (no identity test)
    if "წლის" in text:
        shapes.append((_GEORGIAN_YMD, "georgian"))
    if "ê " in text or "Ê " in text:
        shapes.append((_KURMANJI_DM, "kurmanji"))
    if "ی " in text:
        shapes.append((_SORANI_DM, "sorani"))
    if _IRISH_CUE.search(text):
        shapes.append((_IRISH_DM, "irish"))
    shapes += ((pattern, shape) for cue, pattern, shape in _MORE_SHAPES if cue.search(text))
    for pattern, shape in shapes:
        count = 0
        for m in pattern.finditer(text):
            name = " ".join(m["month"].lower().split())
            if shape == "georgian":
                month = _GEORGIAN_MONTHS.get(name)
            elif shape == "kurmanji":  # the month perhaps with its own ezafe: ``Rêbendanê``, ``Adara``
                month = _KURMANJI_MONTHS.get(name) or _KURMANJI_MONTHS.get(
                    name.removesuffix("ê").removesuffix("a")
                )
            elif shape == "sorani":
                month = _SORANI_MONTHS.get(" ".join(w.removesuffix("ی") for w in name.split()))
            elif shape == "irish":  # Irish: with a year or after ``an``
                month = _IRISH_MONTHS.get(name) if m["an"] or m["year"] else None
            else:
                month = _more_shapes_month(shape, m)
            if month is None:
                continue
            year = int(m["year"]) if m["year"] else None
            if shape == "thai" and year is not None and year >= _BUDDHIST_ERA_OFFSET + 1800:
                year -= _BUDDHIST_ERA_OFFSET  # 2566 BE is 2023; a Gregorian year is kept
            found.append((m.start(), m.end(), m.group(0), (month, int(m["day"]), year)))
            count += 1
            if count >= limit:
                break
    return found


def _joined_month(name: str) -> int | None:
    """The month ``name`` names after Maltese ``ta'`` or Hausa ``ga``: one of running text's, the fields' or
    the opted-in languages' (:data:`OPT_IN_MONTHS`, the Hausa names too: ``9 ga Maris``)."""
    lower = name.lower()
    return MONTHS.get(lower) or FIELD_MONTHS.get(lower) or OPT_IN_MONTHS.get(lower)


def _basque_month(name: str) -> int | None:
    """The month a Basque genitive's stem ``name`` names (``urtarrila`` of ``urtarrilaren``)."""
    return _BASQUE_MONTHS.get(name.lower())


#: :func:`find_dmy`'s dates joined by a word, walked in this order, each only in a text holding one of its
#: marks: (marks, pattern, the month its ``month`` group names). Hausa ``9 ga Janairu, 2020`` and Maltese
#: ``9 ta' Jannar 2020``; Basque, year first: ``2020ko urtarrilaren 9an``.
_JOINED_DATES: tuple[tuple[tuple[str, ...], re.Pattern[str], Callable[[str], int | None]], ...] = (
    ((" ga ", "ta'", "ta’"), _JOINED_DM, _joined_month),
    (("ren ",), _BASQUE_YMD, _basque_month),
)


@functools.lru_cache(maxsize=1024)  # a handful of weekdays against each article date; PartialDate is frozen
def resolve_weekday(weekday: int, article_date: PartialDate | None) -> PartialDate | None:
    """The date a weekday name means in an article of ``article_date``: that day or the most recent one
    before it (news copy says "on Thursday" for the past week). ``None`` without a day-precise date."""
    if article_date is None or article_date.day is None:
        return None
    base = article_date.first_day
    try:
        return PartialDate.from_date(base - dt.timedelta(days=(base.weekday() - weekday) % 7))
    except OverflowError:  # the week before 1 January of year 1
        return None


def resolve_month_day(
    month: int, day: int, year: int | None, article_date: PartialDate | None
) -> PartialDate | None:
    """A month and day (and perhaps a year) as a date: without a year, the latest such date not after the
    article date (``Dec. 30`` in an article of 2020-01-09 is 2019-12-30), or up to a week after it, in its
    year: a correction or an update appended later ("the revised review, published on 11 April", in an
    article first published on 10 April), not a day of the year before."""
    if year is not None:
        return to_partial(year, month, day)
    if article_date is None:
        return None
    candidate = to_partial(article_date.year, month, day)
    if candidate is None:
        return None
    if article_date.precision == "year" or candidate.first_day <= article_date.last_day + _UPDATE_WINDOW:
        return candidate
    return to_partial(article_date.year - 1, month, day)


#: How long after an article's date a month and day it names is still in its year (an appended update).
_UPDATE_WINDOW = dt.timedelta(days=7)


__all__ += [
    "citation_key",
    "date_only",
    "day_in",
    "find_dmy",
    "find_month_day",
    "find_month_days",
    "month_day_matches",
    "published_quarter",
    "spelled_quarter",
]

#: Words a date written out may hold besides month and weekday names (``9th``, ``at 10:15 am UTC``).
_DATE_WORDS = frozenset(["st", "nd", "rd", "th", "on", "at", "am", "pm", "utc", "gmt", "of"])
_LETTERS = lazy_re(r"[^\W\d_]+")


def date_only(text: str) -> PartialDate | None:
    """The date ``text`` is when it is nothing but a full date (``October 12, 2023``, ``9 Jan. 2020``,
    ``2020-01-09``, a weekday and a time besides), or an opted-in language's month and year (``Abrëll
    2024``): a link text that is a date, not a title."""
    if len(text) > 60:
        return None
    opted_in = False
    for word in _LETTERS.findall(text.lower()):
        if word not in MONTHS and word not in WEEKDAYS and word not in _DATE_WORDS:
            if word not in OPT_IN_BARE_MONTHS:
                return None
            opted_in = True
    value = parse_date(text, allow_year=False)
    if value is None and opted_in and (m := _MY.fullmatch(text.strip())) is not None:
        # an opted-in language's month and year (``Abrëll 2024``, in parentheses after a link; artdates8)
        month = OPT_IN_BARE_MONTHS.get(m.group("month").lower())
        value = to_partial(int(m.group("year")), month) if month is not None else None
    return value


def day_in(text: str) -> PartialDate | None:
    """A full date to the day in a short text (a link's own: ``the DB press release of 9 December 2016``,
    ``NRC, 25 May 2023``), else ``None`` (a month and year alone is not enough)."""
    if len(text) > 120:
        return None
    value = parse_date(text, allow_year=False) or find_dmy(text)
    return value if value is not None and value.day is not None else None


#: An author-year citation key: ``Smith (2019)``, ``Estruch et al., 2018``, ``Malkov & Yashunin (2016)``,
#: ``The Lancet, 2019``: one to four capitalised words (``et al.``, ``&``, ``and`` between), then a year in
#: parentheses or after a comma (``Annual Report 2024`` is a title).
_CITATION_KEY = lazy_re(
    r"(?:(?:the|The)\s+)?[A-Z][\w'’.-]*(?:\s+(?:&|and|et\s+al\.?|[A-Z][\w'’.-]*)){0,3}"
    r"(?:\s*\((?P<y1>1[5-9]\d\d|20\d\d)[a-z]?\)|,\s*(?P<y2>1[5-9]\d\d|20\d\d)[a-z]?)"
)


def citation_key(text: str) -> PartialDate | None:
    """The year of a link text that is an author-year citation key (:data:`_CITATION_KEY`), else ``None``."""
    if len(text) > 80 or (not text[-1:].isalnum() and not text.endswith(")")):
        return None
    m = _CITATION_KEY.fullmatch(text.strip())
    if m is None:
        return None
    return to_partial(int(m.group("y1") or m.group("y2")))
