"""Dates and weekdays in the languages the article reader still skipped (artdates5).

The seed story's RIA (Thursday), TASS (Wednesday) and earlier-report (7 or 8 January) dates, as each
language's press writes them, read against the article's own date (Friday 10 January 2020):

- Ossetian (Iron): ``цыппæрæм бон`` (Thursday, "the fourth day"), ``æртыццæг бон`` (Wednesday), ``8 январы``;
- Uyghur (Arabic script): ``پەيشەنبە كۈنى`` (on Thursday), ``چارشەنبە كۈنى``, ``8-يانۋار``;
- Yiddish: ``דאָנערשטיק``, ``מיטוואָך``, ``דעם 8טן יאַנואַר``;
- Kyrgyz: ``бейшемби күнү``, ``шаршемби күнү``, ``7-январда`` (the day, a hyphen, the month's locative);
- Mongolian: ``пүрэв гарагт``, ``лхагва гарагт``, ``1-р сарын 7-нд`` (numbered month, the day's dative);
- Armenian: ``հինգշաբթի օրը``, ``չորեքշաբթի օրը``, ``հունվարի 7-ին`` (month's genitive, day + ``-ին``);
- Lithuanian: ``trečiadienį`` (on Wednesday, the accusative), ``sausio 7 d.``.

Left alone: words that are also other words or names. Mongolian ``Пүрэв`` and ``Лхагва`` are given names,
so a Mongolian day is read only with ``гарагт``/``гаригт`` ("on the ... day"); Ossetian ``цыппæрæм`` is
"fourth" and ``æртыццæг`` "third", read only with ``бон`` ("day"); Kyrgyz ``жума`` (Friday) is also
"week"; Armenian ``հունվարի`` without a day names no day (``հունվարի կեսերին``, mid-January)."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
REUTERS = "https://www.reuters.com/article/us-iran-usa-missiles-idUSKBN1Z71OY"
HELDOUT = Path(__file__).parent / "fixtures" / "articles" / "heldout"


def _read(text: str, fmt: str = "text", article_date: str | None = "2020-01-10") -> dict[str, Citation]:
    date = PartialDate.parse(article_date) if article_date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=date)}


def _date(text: str, url: str, fmt: str = "text") -> str | None:
    value = _read(text, fmt)[url].date
    return None if value is None else str(value)


# --- the held-out seed stories ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt", "third", "third_iso"),
    [
        ("b36_seed_os_ghost_mobiledoc.txt", "text", REUTERS, "2020-01-08"),
        ("b36_seed_ug_arc_ans.txt", "text", REUTERS, "2020-01-08"),
        ("b36_seed_yi_wp_rest.txt", "text", REUTERS, "2020-01-08"),
        (
            "b26_seed_ky_kabar.html",
            "html",
            "https://sputnik.kg/world/20200107/1046712835/irak-aba-korgonuu.html",
            "2020-01-07",
        ),
        ("b27_seed_mn_medee.html", "html", "https://montsame.mn/mn/read/212345", "2020-01-07"),
        (
            "b25_seed_hy_lur.html",
            "html",
            "https://kovkasdefense.example.am/2020/01/07/baghdad-hhp/",
            "2020-01-07",
        ),
    ],
)
def test_the_seed_storys_dates(name: str, fmt: str, third: str, third_iso: str) -> None:
    text = (HELDOUT / name).read_text(encoding="utf-8")
    cited = {c.url: c for c in extract_citations(text, fmt)}
    assert str(cited[RIA].date) == "2020-01-09"
    assert str(cited[TASS].date) == "2020-01-08"
    assert str(cited[third].date) == third_iso


def test_the_lithuanian_seed_storys_wednesday() -> None:
    text = (HELDOUT / "b28_seed_lt_naujienos.html").read_text(encoding="utf-8")
    cited = {c.url: c for c in extract_citations(text, "html")}
    assert str(cited[TASS].date) == "2020-01-08"


# --- each language's weekday and date, read against the article's date -----------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Ossetian
        (
            f"Уый тыххæй цыппæрæм бон радзырдта паддзахадон агентад ТАСС {TASS} æмæ ныхæстæ цæуынц.\n",
            "2020-01-09",
        ),
        (
            f"Уый тыххæй æртыццæг бон радзырдта паддзахадон агентад ТАСС {TASS} æмæ ныхæстæ лæууынц.\n",
            "2020-01-08",
        ),
        (f"Раздæры ныхæстæ баурæдтой, куыд 8 январы фехъусын кодта ТАСС {TASS} æмæ иннæтæ.\n", "2020-01-08"),
        # Uyghur
        (
            f"پارلامېنت ئەزاسى پەيشەنبە كۈنى ئاگېنتلىق تاس {TASS} غا ئېيتتى ۋە سۆھبەت داۋاملاشتى.\n",
            "2020-01-09",
        ),
        (f"ئاگېنتلىق تاس {TASS} دۈشەنبە كۈنى نەقىل كەلتۈردى ۋە سۆھبەت توختىدى.\n", "2020-01-06"),
        (f"تاس {TASS} 8-يانۋار خەۋەر قىلغاندەك، سۆھبەتلەر ۋە كېڭەشلەر توختىتىلغانىدى.\n", "2020-01-08"),
        # Yiddish
        (
            f"אַ דעפּוטאַט האָט דאָנערשטיק דערציילט דער אַגענטור טאַס {TASS} אַז די שמועסן גייען ווייטער.\n",
            "2020-01-09",
        ),
        (
            f"ווי טאַס {TASS} האָט באַריכטעט דעם 7טן יאַנואַר, זענען די שמועסן אָפּגעשטעלט און פֿאַרגעסן.\n",
            "2020-01-07",
        ),
        # Kyrgyz
        (
            f"Бул тууралуу депутат бейшемби күнү ТАСС {TASS} агенттигине билдирди жана сүйлөшүүлөр уланат.\n",
            "2020-01-09",
        ),
        (
            f"Ирак мурдагы эле 7-январда ТАСС {TASS} агенттигине билдирди жана сүйлөшүүлөр токтогон.\n",
            "2020-01-07",
        ),
        # Mongolian
        (
            f"Иракийн парламентын гишүүн пүрэв гарагт ТАСС {TASS} агентлагт мэдэгджээ.\n",
            "2020-01-09",
        ),
        (
            f"Үүнээс өмнө буюу 1-р сарын 6-нд ТАСС {TASS} агентлаг мэдээ нийтэлсэн.\n",
            "2020-01-06",
        ),
        # Armenian
        (
            f"Այս մասին հինգշաբթի օրը ՏԱՍՍ {TASS} գործակալությանն ասել է պատգամավորը։\n",
            "2020-01-09",
        ),
        (
            f"Դեռևս հունվարի 7-ին ՏԱՍՍ {TASS} գործակալությունը գրել էր, և բանակցությունները դադարել էին։\n",
            "2020-01-07",
        ),
        # Lithuanian
        (f"Apie tai trečiadienį pranešė naujienų agentūra TASS {TASS} ir derybos tęsiasi.\n", "2020-01-08"),
    ],
)
def test_a_date_or_weekday_of_the_new_languages_dates_the_report(text: str, iso: str) -> None:
    assert _date(text, TASS) == iso


# --- leave-alone cases -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Mongolian given names Пүрэв and Лхагва, no "гарагт": no weekday
        f"Иракийн парламентын гишүүн Пүрэв ТАСС {TASS} агентлагт мэдэгджээ, хэлэлцээр үргэлжилнэ.\n",
        f"Сэтгүүлч Лхагва ТАСС {TASS} агентлагт мэдэгджээ, хэлэлцээр үргэлжилнэ.\n",
        # Ossetian "fourth" and "third" without "бон"
        f"Уый тыххæй цыппæрæм хатт радзырдта паддзахадон агентад ТАСС {TASS} æмæ ныхæстæ цæуынц.\n",
        f"Æртыццæг хатт радзырдта паддзахадон агентад ТАСС {TASS} æмæ ныхæстæ цæуынц.\n",
        # Kyrgyz "жума" as "week"
        f"Ушул жума ичинде ТАСС {TASS} агенттигине билдирди жана сүйлөшүүлөр уланат.\n",
        # Armenian month's genitive without a day
        f"Հունվարի կեսերին ՏԱՍՍ {TASS} գործակալությունը գրել էր, և բանակցությունները դադարել էին։\n",
    ],
)
def test_a_word_that_is_another_word_or_a_name_is_no_date(text: str) -> None:
    assert _date(text, TASS) is None


# --- Lithuanian: the genitive month before the day and "d." (diena, "day"), with or without "YYYY m." -------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (f"Apie tai dar sausio 7 d. rašė ir agentūra TASS {TASS} straipsnyje apie derybas.\n", "2020-01-07"),
        # a text this short holds no ' ir ': its ė (pranešė) tells it may be Lithuanian (artdates9)
        (f"Kaip 2019 m. gruodžio 30 d. pranešė agentūra TASS {TASS}, derybos sustojo.\n", "2019-12-30"),
        (f"Agentūra TASS {TASS} balandžio 25 d. paskelbė apžvalgą ir duomenis.\n", "2019-04-25"),
    ],
)
def test_a_lithuanian_month_and_day_dates_the_report(text: str, iso: str) -> None:
    assert _date(text, TASS) == iso


def test_the_lithuanian_seed_storys_earlier_report() -> None:
    text = (HELDOUT / "b28_seed_lt_naujienos.html").read_text(encoding="utf-8")
    cited = {c.url: c for c in extract_citations(text, "html")}
    lrt = "https://www.lrt.lt/naujienos/pasaulyje/6/1127001/irakas-svarsto-rusiskas-oro-gynybos-sistemas"
    assert str(cited[lrt].date) == "2020-01-07"


def test_a_lithuanian_genitive_that_is_another_word_needs_its_day_mark() -> None:
    # "kovo" (March's genitive) is also "of the fight", "liepos" "of the linden": without "d." after the
    # number, no date ("kovo 3 raundas", the fight's third round).
    assert _date(f"Agentūra TASS {TASS} rašė apie kovo 3 raundą ir sakė, kad jis baigėsi.\n", TASS) is None


# --- the tables -------------------------------------------------------------------------------------------


def test_the_new_languages_tables_and_their_exclusions() -> None:
    from linkcheck import months
    from linkcheck.articles import _dates

    every = months.month_table(months.LISTS)
    for language in ("hy", "os", "ug", "yi", "lt"):
        for word in months.PROSE_OPT_IN[language].split():
            assert word in every, (language, word)  # each word a list's, with its month
    # read only in their own shapes: Uyghur "ماي" (May, also "oil"), Lithuanian "kovo" ("of the fight")
    for word in ("ماي", "يانۋار", "kovo", "liepos", "sausio", "יאנואר"):
        assert word not in _dates.OPT_IN_BARE_MONTHS, word
    # weekdays that are other words or names are not read alone
    for word in ("շաբաթ", "пүрэв", "лхагва", "жума", "цыппæрæм", "æртыццæг", "שבת"):
        assert word not in _dates.WEEKDAYS, word
    for word in ("пүрэв гарагт", "жума күнү", "цыппæрæм бон", "հինգշաբթի", "پەيشەنبە", "דאָנערשטיק"):
        assert word in _dates.MORE_WEEKDAYS, word  # read only where the more-languages test holds


def test_a_number_hyphened_to_another_word_is_no_date() -> None:
    # the hyphen shape reads only a month's stem and its case endings
    text = f"The agency TASS {TASS} said on its 7-day review that the S-300 talks and 2-march plan went on.\n"
    assert _date(text, TASS) is None
