"""Article dates in Georgian, Bashkir, Kurdish, Irish and Estonian prose (artdates3, art35's leftovers).

artdates2's per-language opt-in (``linkcheck.months.PROSE_OPT_IN``) is extended to five more languages, each
read in the date forms its press writes: Georgian ``9 იანვარი 2020``, its dative ``8 იანვარს`` ("on 8
January") and its genitive with a year (``2019 წლის 21 დეკემბრის``); Bashkir ``10 ғинуар 2020`` and its
locative ``8 ғинуарҙа``; Kurmanji with its ezafe (``8ê Rêbendanê 2020``) or with a year; Sorani with its
izafe glued to the day, in Eastern Arabic or Latin digits (``٨ی کانوونی دووەم``); Irish ``9 Eanáir 2020``
and ``an 8 Eanáir``; Estonian's adessive ``3. juunil 2020`` ("on 3 June"). What is a name or a common
noun elsewhere (Irish ``Samhain``, ``Nollaig``, ``Márta``; Kurmanji ``gulan``, "roses", ``tebax``, "tray";
Sorani ``ئازار``, "pain"; Estonian ``mail``, English's word; Georgian's genitive in a street's name) is
read only in a shape no other word takes."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._dates import find_dmy
from linkcheck.models import Citation, PartialDate

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
REUTERS = "https://www.reuters.com/article/us-iran-usa-missiles-idUSKBN1Z71OY"
HELDOUT = Path(__file__).parent / "fixtures" / "articles" / "heldout"


def _read(text: str, article_date: str | None = "2020-01-20") -> dict[str, Citation]:
    date = PartialDate.parse(article_date) if article_date else None
    return {c.url: c for c in extract_citations(text, "text", article_date=date)}


def _date(text: str, url: str, article_date: str | None = "2020-01-20") -> str | None:
    value = _read(text, article_date)[url].date
    return None if value is None else str(value)


# --- Georgian: "9 იანვარი 2020", "8 იანვარს", "2019 წლის 21 დეკემბრის" --------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("პარასკევი, 10 იანვარი, 2020", "2020-01-10"),
        ("9 იანვარი 2020", "2020-01-09"),
        ("2020 წლის 9 იანვარს მოლაპარაკება განახლდა", "2020-01-09"),
        ("2019 წლის 21 დეკემბრის სხდომაზე", "2019-12-21"),
        ("შეთანხმება 3 ივლისს 2018 გაფორმდა", "2018-07-03"),
        ("14 თებერვლის 2021 განცხადება", "2021-02-14"),
    ],
)
def test_find_dmy_reads_a_georgian_whole_date(text: str, iso: str) -> None:
    assert str(find_dmy(text)) == iso


def test_a_georgian_dative_day_dates_the_report_in_the_articles_year() -> None:
    text = f"როგორც Reuters-მა 8 იანვარს იტყობინება {REUTERS}, თავდასხმა პასუხი იყო.\n"
    assert _date(text, REUTERS) == "2020-01-08"


def test_a_georgian_date_with_its_year_dates_the_report() -> None:
    text = f"სააგენტო ТАСС-მა 2020 წლის 8 იანვარს გაავრცელა {TASS} ცნობა.\n"
    assert _date(text, TASS) == "2020-01-08"


# --- Bashkir: "10 ғинуар 2020", "8 ғинуарҙа" --------------------------------------------------------------


def test_find_dmy_reads_a_bashkir_whole_date() -> None:
    assert str(find_dmy("Йома, 10 ғинуар 2020, 14:20 | Донъя")) == "2020-01-10"


def test_a_bashkir_locative_day_dates_the_report_in_the_articles_year() -> None:
    text = f"Reuters агентлығы 8 ғинуарҙа хәбәр иткәнсә, һөжүм яуап булды:\n{REUTERS}\n"
    assert _date(text, REUTERS) == "2020-01-08"


def test_a_bashkir_date_line_is_the_texts_own_date() -> None:
    text = (
        "Ираҡ Рәсәй менән һөйләшеүҙәрҙе яңынан башлаған\n\n"
        "Йома, 10 ғинуар 2020, 14:20 | Донъя\n\n"
        f"Reuters агентлығы 8 ғинуарҙа хәбәр иткәнсә:\n{REUTERS}\n"
    )
    cited = {c.url: c for c in extract_citations(text, "text")}
    assert cited[REUTERS].article is not None
    assert str(cited[REUTERS].article.date) == "2020-01-10"
    assert str(cited[REUTERS].date) == "2020-01-08"


# --- Kurdish: Kurmanji "8ê Rêbendanê 2020", Sorani "٨ی کانوونی دووەم" -------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("8ê Rêbendanê 2020", "2020-01-08"),
        ("Duşem, 12ê Cotmehê 2022", "2022-10-12"),
        ("12 Cotmeh 2022", "2022-10-12"),
        ("di 5ê Gulanê 2019an de", "2019-05-05"),
        ("3ê Adara 2021", "2021-03-03"),
    ],
)
def test_find_dmy_reads_a_kurmanji_whole_date(text: str, iso: str) -> None:
    assert str(find_dmy(text)) == iso


def test_a_kurmanji_day_with_its_ezafe_dates_the_report() -> None:
    text = f"Wekî Reuters di 8ê Rêbendanê de ragihand {REUTERS}, êrîş bersiv bû.\n"
    assert _date(text, REUTERS) == "2020-01-08"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("هەینی، ١٠ی کانوونی دووەمی ٢٠٢٠", "2020-01-10"),
        ("١٥ی ئازاری ٢٠٢١", "2021-03-15"),
        ("لە 3ی تشرینی یەکەمی 2019", "2019-10-03"),
    ],
)
def test_find_dmy_reads_a_sorani_whole_date(text: str, iso: str) -> None:
    assert str(find_dmy(text)) == iso


def test_a_sorani_day_with_its_izafe_dates_the_report() -> None:
    text = f"وەک ڕۆیتەرز لە ٨ی کانوونی دووەم ڕایگەیاند {REUTERS} ئێران وەڵامی دایەوە.\n"
    assert _date(text, REUTERS) == "2020-01-08"


# --- Irish: "9 Eanáir 2020", "an 8 Eanáir" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Dé hAoine 10 Eanáir 2020", "2020-01-10"),
        ("9 Eanáir 2020", "2020-01-09"),
        ("Foilsithe: 3 Meán Fómhair 2021", "2021-09-03"),
        ("ar an 21 Nollaig 2019", "2019-12-21"),
        ("14 Feabhra 2021", "2021-02-14"),
        ("1 Lunasa 2022", "2022-08-01"),
    ],
)
def test_find_dmy_reads_an_irish_whole_date(text: str, iso: str) -> None:
    assert str(find_dmy(text)) == iso


def test_an_irish_day_after_an_dates_the_report_in_the_articles_year() -> None:
    text = f"Mar a thuairiscigh Reuters an 8 Eanáir {REUTERS}, bhí an t-ionsaí ina fhreagra.\n"
    assert _date(text, REUTERS) == "2020-01-08"


# --- Estonian: "3. juunil 2020" -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Leping allkirjastati 3. juunil 2020", "2020-06-03"),
        ("14. veebruaril 2021 teatas", "2021-02-14"),
        ("21. detsembril 2019", "2019-12-21"),
        ("8. jaanuaril 2020", "2020-01-08"),
    ],
)
def test_find_dmy_reads_an_estonian_adessive_date(text: str, iso: str) -> None:
    assert str(find_dmy(text)) == iso


def test_an_estonian_adessive_day_dates_the_report_in_the_articles_year() -> None:
    text = f"Nagu teatas agentuur TASS 8. jaanuaril {TASS}, rünnak oli vastus.\n"
    assert _date(text, TASS) == "2020-01-08"


# --- the held-out stories -----------------------------------------------------------------------------


def _heldout(name: str, fmt: str) -> dict[str, Citation]:
    text = (HELDOUT / name).read_text(encoding="utf-8")
    return {c.url: c for c in extract_citations(text, fmt)}


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("b35_seed_ka_ambebi.html", "html"),  # "<a>Reuters</a>-მა 8 იანვარს"
        ("b35_seed_ba_khabar.txt", "text"),  # "Reuters агентлығы 8 ғинуарҙа"
        ("b35_seed_ckb_hawal.html", "html"),  # "<a>ڕۆیتەرز</a> لە ٨ی کانوونی دووەم"
        ("b35_seed_ga_nuachtlitir.html", "html"),  # "<a>Reuters</a> an 8 Eanáir"
    ],
)
def test_the_seed_story_dates_reuters_by_its_day_and_month(name: str, fmt: str) -> None:
    cited = _heldout(name, fmt)
    assert str(cited[REUTERS].date) == "2020-01-08"


# --- left alone --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Join us for 3 Samhain bonfires and 12 Nollaig concerts.",  # festivals, no year, no "an"
        "Photo: 3 Márta Kiss, the conductor.",  # Hungarian and Irish given name
        "Cover 5 gulan 2020 ne.",  # Kurmanji "roses" between two numbers
        "Nivîs 4 tebax 2019 çêkir.",  # Kurmanji "tray"
        "Purim falls on 14 Adar 5784.",  # the Hebrew calendar's month (Kurmanji's March)
        "Paragraph 3. mail 2020 of the rules.",  # Estonian "mail" (in May) is English's word
        "Sovinto 5 maaliskuuta 2024 allekirjoitettiin",  # Finnish: still not opted in
        "They met on 21 novanm 2024 in the capital.",  # Haitian Creole: still not opted in
    ],
)
def test_a_common_word_or_name_between_a_day_and_a_year_is_no_date(text: str) -> None:
    assert find_dmy(text) is None


def test_irish_festival_nouns_after_a_number_in_english_are_no_date() -> None:
    text = f"Tickets for 31 Samhain events went fast {RIA} and 25 Nollaig hampers sold out {TASS}.\n"
    cited = _read(text)
    assert cited[RIA].date is None
    assert cited[TASS].date is None


def test_a_georgian_genitive_without_a_year_is_a_name() -> None:
    # "9 აპრილის ქუჩა" (9 April Street, as "Calle 2 de Mayo"): a genitive month without a year is a name.
    text = f"აქცია 9 აპრილის ქუჩაზე გაიმართა, იტყობინება TASS {TASS}.\n"
    assert _date(text, TASS) is None


def test_a_sorani_pain_without_the_izafe_or_a_year_is_no_date() -> None:
    # "ئازار" is also "pain": after a bare number and no year it is no month.
    text = f"٥ ئازار و ئێش هەبوو {TASS}.\n"
    assert _date(text, TASS) is None


# --- the table ------------------------------------------------------------------------------------------


def test_the_new_languages_are_opted_in_from_the_lists() -> None:
    from linkcheck import months
    from linkcheck.articles import _dates

    every = months.month_table(months.LISTS)
    assert {"ka", "ba", "kmr", "ckb", "ga"} <= set(months.PROSE_OPT_IN)
    for language in ("ka", "ba", "kmr", "ckb", "ga"):
        for word in months.PROSE_OPT_IN[language].split():
            assert word in every, (language, word)
    # Words that are other words elsewhere are read only in a shape of their own language.
    for word in ("gulan", "tebax", "adar", "samhain", "nollaig", "bealtaine", "lúnasa", "márta", "mail"):
        assert word not in _dates.OPT_IN_BARE_MONTHS, word
    # Languages still not opted in stay out.
    for word in ("maaliskuuta", "novanm", "jasypa", "gener", "mee"):
        assert word not in _dates.OPT_IN_MONTHS


# --- two formats' own dates: a chat client's HTML log, a web archive's WARC file -------------------------


def test_a_chat_logs_title_is_its_date() -> None:
    page = (
        "<html><head><title>Conversation with ana@xmpp.example.org at Fri 10 Jan 2020 08:41:07 AM WAT on "
        "desk@xmpp.example.org/Pidgin (jabber)</title></head><body>"
        '<font size="2">(08:47:02 AM)</font> <b>Ana:</b> Iran ta harba makamai, yadda ya faru jiya.<br/>'
        '<font size="2">(08:48:20 AM)</font> <b>Ana:</b> Eh, rahoton Reuters na 8 ga Janairu: '
        f'<a href="{REUTERS}">{REUTERS}</a><br/></body></html>'
    )
    cited = {c.url: c for c in extract_citations(page, "html")}
    assert cited[REUTERS].article is not None
    assert str(cited[REUTERS].article.date) == "2020-01-10"
    assert str(cited[REUTERS].date) == "2020-01-08"


def test_a_title_that_only_starts_like_a_chat_log_is_no_date() -> None:
    page = (
        "<html><head><title>Conversation with the author at the 10 Jan 2020 launch</title></head><body>"
        f'<p>TASS reported on 8 January <a href="{TASS}">here</a>.</p></body></html>'
    )
    cited = {c.url: c for c in extract_citations(page, "html")}
    assert cited[TASS].article is None or cited[TASS].article.date is None


def test_a_warc_files_archived_page_gives_its_published_date() -> None:
    text = (
        "WARC/1.1\nWARC-Type: response\nWARC-Target-URI: https://news.example.eus/a\n"
        "WARC-Date: 2020-01-14T12:14:05Z\nContent-Type: application/http; msgtype=response\n\n"
        "HTTP/1.1 200 OK\nDate: Tue, 14 Jan 2020 12:14:05 GMT\nContent-Type: text/html\n\n"
        '<html lang="eu"><head><meta property="article:published_time" content="2020-01-10T09:50:00+01:00">'
        "</head><body>\n"
        f'<p>Iranek misilak jaurti zituen eta <a href="{REUTERS}">Reuters</a> agentziak urtarrilaren 8an '
        "jakinarazi zuenez.</p>\n</body></html>\n"
    )
    cited = {c.url: c for c in extract_citations(text, "text")}
    assert cited[REUTERS].article is not None
    assert str(cited[REUTERS].article.date) == "2020-01-10"  # the page's, not the crawl's 14 January
    assert str(cited[REUTERS].date) == "2020-01-08"


def test_a_meta_in_a_text_that_is_no_warc_file_is_no_date() -> None:
    text = (
        'Paste of a page head: <meta property="article:published_time" content="2019-03-02">\n'
        f"TASS reported on 8 January {TASS}\n"
    )
    cited = {c.url: c for c in extract_citations(text, "text")}
    assert cited[TASS].article is None or cited[TASS].article.date is None
