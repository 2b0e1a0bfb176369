"""The Thai date line, Tatar, Tajik and Turkmen months, and the rows artdates7 did not reach (artdates8).

Each case is written in the shape its press writes it and read against the article's own date, as the reader
does for the languages it already reads:

- the Thai date line of a plain-text article (``เผยแพร่: 20 มี.ค. 2567 10:35 น.``, an abbreviated month and
  a Buddhist-era year, 543 years ahead of the Gregorian one), which gives the article its date, so that the
  links' weekdays are read against it;
- Tatar, Tajik and Turkmen months in running text, with their case endings: ``7 гыйнварда`` (on 7 January),
  ``ҳанӯз 7 январ`` (as early as 7 January), ``7 январи 2023``, ``8-nji ýanwarda`` (on the 8th of January);
- Luxembourgish months, capitalised as German's, in parentheses with a year (``(Abrëll 2024)``) and after a
  day without one (``den 3. Mäerz``);
- Bulgarian ``на 30 април``, Slovak ``30. apríla``, Filipino ``noong Hulyo 5``;
- Latvian's year-first nominative in a reference entry (``2024. gada 8. marts``) and Hungarian's
  year-first date, in a dateline (``Budapest, 2024. május 22., szerda 15:40``) and after an outlet
  (``2011. március 22.``).

Left alone: a number before a word that only looks like a month (Tatar ``Казан``, the city; Turkmen
``8-nji synp``, the eighth form), a Hungarian season (``2023 tavaszán``), and a year-first number that is
a count or a budget year with no day (``2023. évi költségvetés``, ``2023. gada budžets``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._dates import date_only
from linkcheck.articles.plaintext import _mostly_date
from linkcheck.models import Citation, PartialDate

HELDOUT = Path(__file__).parent / "fixtures" / "articles" / "heldout"
URL = "https://www.example.org/report/2024-annual"

#: Friday 10 January 2020 (the seed story's day)
SEED = "2020-01-10"
#: Headlines that open an article in each language, as its press's stories open: the reader tells an
#: article's language from its opening's common words and letters before it reads that language's words.
TT_HEAD = "Гыйрак Россия белән сөйләшүләрне яңадан башлады\n\n"
TG_HEAD = "Ироқ бо Русия дар бораи С-300 гуфтугӯ кард\n\n"
BG_HEAD = "Инфлацията в България се забави до 2,5% през април\n\n"
LB_HEAD = "D'Regierung huet de Budget fir 2024 virgestallt\n\n"


def _cited(text: str, article_date: str | None = None, format: str = "text") -> dict[str, Citation]:
    date = PartialDate.parse(article_date) if article_date else None
    return {c.url: c for c in extract_citations(text, format, article_date=date)}


def _date(text: str, url: str, article_date: str | None, format: str = "text") -> str | None:
    value = _cited(text, article_date, format)[url].date
    return None if value is None else str(value)


# --- the Thai date line -----------------------------------------------------------------------------------


def test_the_thai_storys_date_line_dates_the_article_and_its_reports() -> None:
    cited = _cited((HELDOUT / "b9_th_khao.txt").read_text(encoding="utf-8"))
    tmd = "https://www.tmd.go.th/warning-and-events/warning-storm/2567-03-19-001"
    reuters = "https://www.reuters.com/world/asia-pacific/thailands-chiang-mai-chokes-smog-hospitals-fill-2024-03-18/"
    post = "https://www.bangkokpost.com/thailand/general/2762345/chiang-mai-governor-urges-masks"
    assert str(cited[tmd].article.date) == "2024-03-20"
    assert [str(cited[url].date) for url in (tmd, reuters, post)] == [
        "2024-03-19",
        "2024-03-18",
        "2024-03-19",
    ]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # published, then updated after three spaces: the published date is the article's
        ("เผยแพร่: 7 มี.ค. 2566 09:15 น.   ปรับปรุง: 8 มี.ค. 2566 10:00 น.", "2023-03-07"),
        ("เผยแพร่เมื่อ 7 มีนาคม 2566", "2023-03-07"),
        ("วันที่ 7 มีนาคม 2566", "2023-03-07"),
        # a Gregorian year is kept
        ("เผยแพร่: 7 มีนาคม 2023 09:15 น.", "2023-03-07"),
    ],
)
def test_a_thai_date_line_gives_the_articles_date(line: str, iso: str) -> None:
    text = f"ค่าฝุ่นสูงในภาคเหนือ\n\n{line}\n\nสำนักข่าวรอยเตอร์รายงานเมื่อวันจันทร์ว่า โรงพยาบาลเต็ม {URL}\n"
    cited = _cited(text)[URL]
    assert cited.article is not None
    assert str(cited.article.date) == iso


def test_a_thai_line_of_a_number_and_no_month_is_no_date_line() -> None:
    text = f"ค่าฝุ่นสูงในภาคเหนือ\n\nผู้ป่วย 7 ราย 2566 คน\n\nสำนักข่าวรอยเตอร์รายงานว่า โรงพยาบาลเต็ม {URL}\n"
    cited = _cited(text)[URL]
    assert cited.article is None or cited.article.date is None


# --- the held-out stories' months -------------------------------------------------------------------------


def test_the_tatar_storys_month_a_line_above_the_address() -> None:
    cited = _cited((HELDOUT / "b29_seed_tt_khabar.txt").read_text(encoding="utf-8"), SEED)
    url = (
        "https://www.tatar-inform.ru/news/giyrak-hava-oboronasy-ocen-rossiyaga-morajagat-itarga-mokin-5712345"
    )
    assert str(cited[url].date) == "2020-01-07"


def test_the_tajik_storys_month_two_lines_above_the_address() -> None:
    cited = _cited((HELDOUT / "b28_seed_tj_akhbor.txt").read_text(encoding="utf-8"), SEED)
    url = "https://khovar.tj/2020/01/iroq-ba-mudofiai-havoii-khud-az-rusiya-kumak-mekhohad/"
    assert str(cited[url].date) == "2020-01-07"


def test_the_turkmen_storys_ordinal_month() -> None:
    html = (HELDOUT / "b30_seed_tk_habar.html").read_text(encoding="utf-8")
    cited = _cited(html, SEED, "html")
    assert str(cited["https://www.mofa.gov.iq/2020/01/?p=10832"].date) == "2020-01-08"


def test_the_hungarian_storys_dateline() -> None:
    cited = _cited((HELDOUT / "b9_hu_hirek.txt").read_text(encoding="utf-8"))
    ksh = "https://www.ksh.hu/gyorstajekoztatok/lakber/lakber2404.html"
    mti = "https://www.mti.hu/hir/2024/05/21/alberletek-dragulas-budapest"
    assert str(cited[ksh].article.date) == "2024-05-22"
    assert str(cited[ksh].date) == "2024-05-22"
    assert str(cited[mti].date) == "2024-05-21"


def test_the_latvian_reference_entries() -> None:
    cited = _cited((HELDOUT / "b12_lv_blogs.md").read_text(encoding="utf-8"), format="markdown")
    assert (
        str(cited["https://www.bank.lv/publikacijas/finansu-stabilitates-parskats-2023"].date) == "2023-12-12"
    )
    assert (
        str(cited["https://www.leta.lv/news/latvia/5A1B2C3D-ires-tirgus-riga-saraujas/"].date) == "2024-03-08"
    )


# --- sentences, each read against the article's date -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "article_date", "iso"),
    [
        # Tatar: a month with its locative ending, with and without a year
        (f"«Татар-информ» агентлыгы әле 7 гыйнварда ук язган иде: {URL}\n", SEED, "2020-01-07"),
        (f"Министрлык 2019 елның 28 декабрендә хәбәр итте {URL}\n", SEED, "2019-12-28"),
        (f"Министрлык 7 гыйнвар 2020 ел хәбәр итте {URL}\n", SEED, "2020-01-07"),
        # Tajik: the month bare, with the izafet "-и" and a year
        (f"Хабаргузории «Ховар» ҳанӯз 7 январ навишта буд: {URL}\n", SEED, "2020-01-07"),
        (f"{TG_HEAD}Вазорат 7 январи 2020 хабар дод {URL}\n", SEED, "2020-01-07"),
        (f"{TG_HEAD}Вазорат 28 декабри соли 2019 хабар дод {URL}\n", SEED, "2019-12-28"),
        # Turkmen: an ordinal day and a month with its locative ending
        (f"Ministrlik bu barada 8-nji ýanwarda beýanat berdi: {URL}\n", SEED, "2020-01-08"),
        (f"Ministrlik 2019-njy ýylyň 28-nji dekabrynda habar berdi {URL}\n", SEED, "2019-12-28"),
        # Luxembourgish: a capitalised month with its year in parentheses, and after a day without one
        (f"Luxtram hat schonn am Joresrapport {URL} (Abrëll 2024) higewisen.\n", "2024-10-09", "2024-04"),
        (
            f"{LB_HEAD}Wéi de Ministère den 3. Mäerz matgedeelt huet, stoppt den Tram {URL}.\n",
            "2024-10-09",
            "2024-03-03",
        ),
        # Bulgarian, Slovak, Filipino: a month in running text without a year
        (
            f"{BG_HEAD}Българската народна банка (БНБ) публикува на 30 април своята прогноза: {URL}\n",
            "2024-05-15",
            "2024-04-30",
        ),
        (
            f"Štatistický úrad SR zverejnil 30. apríla údaje o {URL} bytovej výstavbe.\n",
            "2024-05-07",
            "2024-04-30",
        ),
        (
            f"Inilabas ng Bangko Sentral ng Pilipinas (BSP) noong Hulyo 5 ang ulat nito: {URL}\n",
            "2024-07-10",
            "2024-07-05",
        ),
    ],
)
def test_a_month_of_these_languages_dates_the_report(text: str, article_date: str, iso: str) -> None:
    assert _date(text, URL, article_date) == iso


def test_a_latvian_reference_entrys_year_first_nominative() -> None:
    text = f'## Avoti\n\n1. LETA. "Īres tirgus Rīgā saraujas". 2024. gada 8. marts. Pieejams: {URL}\n'
    assert _date(text, URL, "2024-03-14", "markdown") == "2024-03-08"


def test_a_hungarian_footnotes_year_first_date_after_its_outlet() -> None:
    text = (
        "A híd 1995-ben nyílt meg.\n\n"
        f"| 2011 || Névváltozás<ref>[{URL} Rákóczi híd lesz a Lágymányosi hídból]"
        " – ''HVG'', 2011. március 22.</ref>\n"
    )
    assert _date(text, URL, "2024-05-22", "wikitext") == "2011-03-22"


@pytest.mark.parametrize(
    ("text", "article_date"),
    [
        # Tatar: a number before Kazan, the city (Kazakh's October is "қазан")
        (f"Рәис 7 Казан мәктәбен ачты, дип хәбәр итте агентлык {URL}\n", SEED),
        # Turkmen: an ordinal before "synp" (form, in school)
        (f"Ministrlik 8-nji synp okuwçylary barada habar berdi {URL}\n", SEED),
        # Hungarian: a season, and a budget year with no day
        (f"A KSH 2023 tavaszán közölte az adatokat {URL}\n", "2024-05-22"),
        (f"A kormány a 2023. évi költségvetés 7. pontját közölte {URL}\n", "2024-05-22"),
        # Latvian: a budget year with no day
        (f"Ministrija 2023. gada budžetā paziņoja 7 izmaiņas {URL}\n", "2024-03-14"),
    ],
)
def test_a_word_that_only_looks_like_a_month_is_no_date(text: str, article_date: str) -> None:
    assert _date(text, URL, article_date) is None


# --- with the rules (artdates8) ---------------------------------------------------------------------------


def test_an_opted_in_month_and_year_alone_is_a_date() -> None:
    # the text after a link in parentheses, as b36's Luxembourgish card writes it; "Mee" (May, also "but")
    # is no opted-in word and stays unread
    assert str(date_only("Abrëll 2024")) == "2024-04"
    assert date_only("Mee 2024") is None
    assert date_only("Abrëll Gemeng") is None


def test_a_luxembourgish_mee_after_a_day_without_a_year_is_no_date() -> None:
    text = f"{LB_HEAD}Wéi de Ministère den 3. Mee matgedeelt huet, stoppt den Tram {URL}.\n"
    assert _date(text, URL, "2024-10-09") is None


def test_a_thai_label_glued_to_more_words_is_no_date_label() -> None:
    # "วันที่ผ่านมา" (the past days) opens with the label "วันที่" (date) but goes on: no date line
    text = f"ค่าฝุ่นสูงในภาคเหนือ\n\nวันที่ผ่านมา 7 มีนาคม 2566 ฝุ่นสูงมากในหลายจังหวัด และโรงพยาบาลเต็ม\n\n{URL}\n"
    cited = _cited(text)[URL]
    assert cited.article is None or cited.article.date is None


def test_a_thai_time_without_its_hour_mark_is_still_a_date_line() -> None:
    assert _mostly_date("20 มี.ค. 2567 10:35 น.")
    assert not _mostly_date("ผู้ว่าราชการจังหวัดกล่าวว่า ฝุ่นสูงมาก 10:35 น.")


def test_a_filipino_month_is_read_after_noong_only() -> None:
    head = "Presyo ng bigas, bumaba ng ₱2 kada kilo\n\n"
    assert _date(f"{head}Iniulat ng PSA noong Hulyo 5 ang datos {URL}\n", URL, "2024-07-10") == "2024-07-05"
    # "Mayo" after a number is no May in Filipino copy: a clinic's name, a county
    assert _date(f"{head}Iniulat ng PSA na 5 Mayo Clinic ang sumali {URL}\n", URL, "2024-07-10") is None
