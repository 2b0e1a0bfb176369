"""The matching rules the seventh held-out batch (tests/test_match_heldout.py, ``b7-*``) led to, each on its
own, with what it must leave alone. docs/benchmarks.md, "Held-out matching check", says why each is
general."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck import match
from linkcheck.articles import extract_citations
from linkcheck.articles._dates import find_dmy, parse_date_field
from linkcheck.calendars import hebrew_to_gregorian, hijri_to_gregorian
from linkcheck.config import Config
from linkcheck.match import match_citation, title_score
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, Severity, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()
THRESHOLD = CONFIG.title_threshold


# --- template dates of more countries and calendars ----------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("5. 3. 2024", "2024-03-05"),  # Czech, Slovak: spaces after the dots
        ("3. 5. 2024", "2024-05-03"),  # day first: 3 May
        ("5. 3. 2024.", "2024-03-05"),  # Croatian: a dot after the year
        ("26.03.24", "2024-03-26"),  # a two-digit year
        ("26.03.98", "1998-03-26"),  # POSIX's pivot: 70-99 are the 1900s
        ("5.III.2024", "2024-03-05"),  # the month in Roman numerals
        ("5 III 2024", "2024-03-05"),
        ("12-XII-1999", "1999-12-12"),
        ("5. maaliskuuta 2024", "2024-03-05"),  # Finnish partitive
        ("5. ožujka 2024.", "2024-03-05"),  # Croatian genitive
        ("5 de març de 2024", "2024-03-05"),  # Catalan
        ("5 d'abril de 2024", "2024-04-05"),  # Catalan, the elided "de"
        ("2024 m. kovo 5 d.", "2024-03-05"),  # Lithuanian, year first
        ("2024. gada 5. martā", "2024-03-05"),  # Latvian, year first
        ("13 במרץ 2024", "2024-03-13"),  # Hebrew, "in March"
        ("13 מרץ 2024", "2024-03-13"),
        ("16 मार्च 2024", "2024-03-16"),  # Hindi
        ("१६ मार्च २०२४", "2024-03-16"),  # in Devanagari digits
        ("24 شعبان 1445", "2024-03-05"),  # Hijri
        ("1 رمضان 1445 هـ", "2024-03-11"),
        ("24 Sha'ban 1445 AH", "2024-03-05"),  # Hijri, romanised
        ("1 Dhu al-Hijjah 1444", "2023-06-20"),  # tabular (Saudi Arabia's Umm al-Qura: the 19th)
        ("25 Adar I 5784", "2024-03-05"),  # Hebrew calendar
        ("14 Adar II 5784", "2024-03-24"),
        ("25 באדר א' 5784", "2024-03-05"),
        ("1 Tishrei 5785", "2024-10-03"),
    ],
)
def test_template_dates_of_more_countries_and_calendars(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("5 March 1445", "1445-03-05"),  # a Gregorian month: the Gregorian year it says
        ("14 Esfand 1399", "2021-03-04"),  # Solar Hijri, read as before
        ("12.03.2022", "2022-03-12"),
        ("5 listopada 2024", "2024-11-05"),  # Polish November, though October in Croatian
        ("5 марта 2024", "2024-03-05"),
    ],
)
def test_template_dates_read_as_before(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    "written",
    [
        "V 2024",  # no day
        "1.2.3",  # a version number
        "5.IIII.2024",  # no month
        "30 Shaban 1445",  # Sha'ban has 29 days in the tabular calendar
        "5 Foo 1445",  # no month of either calendar
        "31. 2. 2024",  # no such day
    ],
)
def test_what_is_no_template_day(written: str) -> None:
    value = parse_date_field(written)
    assert value is None or value.day is None  # ``5.IIII.2024`` is read as its year, as before


def test_new_month_names_are_not_read_in_running_text() -> None:
    """Finnish, Croatian, Catalan and the rest are read in a template's date only, not in an article's text
    (``maig``, ``gener`` and ``juny`` are other words in running text, or names)."""
    assert find_dmy("Sovinto 5 maaliskuuta 2024 allekirjoitettiin") is None
    assert find_dmy("le 5 mars 2024") == PartialDate(2024, 3, 5)  # the languages read before still are


def test_calendars_against_known_days() -> None:
    assert hijri_to_gregorian(1445, 1, 1) == dt.date(2023, 7, 19)  # Islamic New Year 1445
    assert hijri_to_gregorian(1445, 10, 1) == dt.date(2024, 4, 10)  # Eid al-Fitr 1445
    assert hebrew_to_gregorian(5784, 7, 1) == dt.date(2023, 9, 16)  # Rosh Hashanah 5784
    assert hebrew_to_gregorian(5784, 1, 15) == dt.date(2024, 4, 23)  # Passover 5784
    assert hebrew_to_gregorian(5783, 1, 15) == dt.date(2023, 4, 6)  # Passover 5783 (not a leap year)
    with pytest.raises(ValueError, match="no Hebrew date"):
        hebrew_to_gregorian(5783, 13, 1)  # no Adar II in a common year
    with pytest.raises(ValueError, match="no Hijri date"):
        hijri_to_gregorian(1445, 13, 1)


# --- amounts, units and headline shorthand are one number -------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Energy bills to fall by fifteen per cent from July", "Energy bills to fall by 15% from July"),
        ("Twenty-five killed in Gaza strike on school", "25 killed in Gaza strike on school"),
        ("Le chômage recule à 7,1% au 3e trimestre", "Le chômage recule à 7,1 % au troisième trimestre"),
        ("Los incendios queman 250.000 ha en España", "Los incendios queman 250.000 hectáreas en España"),
        (
            "UK heatwave: Temperature hits 40 °C for first time",
            "UK heatwave: Temperature hits 40C for first time",
        ),
        ("Flooding closes 10 kilometres of the A1 motorway", "Flooding closes 10km of the A1 motorway"),
        ("トヨタ純利益4兆9000億円、過去最高", "トヨタ純利益4.9兆円、過去最高"),
        ("春运发送旅客48000万人次", "春运发送旅客4.8亿人次"),
        (
            "South Korea's inflation slows to 3.1% in February",
            "S. Korea's inflation slows to 3.1 pct in Feb.",
        ),
        ("Samsung first-quarter profit jumps tenfold on chips", "Samsung Q1 profit jumps tenfold on chips"),
        (
            "Magnitude 6.1 earthquake strikes off Iwate Prefecture",
            "M6.1 earthquake strikes off Iwate Prefecture",
        ),
        (
            "6.1 magnitude earthquake strikes off Iwate Prefecture",
            "M6.1 earthquake strikes off Iwate Prefecture",
        ),
        ("قیمت دلار در بازار تهران از 60 هزار تومان گذشت", "قیمت دلار در بازار تهران از ۶۰ هزار تومان گذشت"),
    ],
)
def test_one_number_written_otherwise_matches(cited: str, page: str) -> None:
    assert title_score(cited, page) >= THRESHOLD


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Energy bills to fall by fifty per cent from July", "Energy bills to fall by 15% from July"),
        ("Twenty-six killed in Gaza strike on school", "25 killed in Gaza strike on school"),
        ("Le chômage recule à 7,1% au 4e trimestre", "Le chômage recule à 7,1 % au troisième trimestre"),
        ("Los incendios queman 25.000 ha en España", "Los incendios queman 250.000 hectáreas en España"),
        (
            "UK heatwave: Temperature hits 38C for first time",
            "UK heatwave: Temperature hits 40C for first time",
        ),
        ("トヨタ純利益2.9兆円、過去最高", "トヨタ純利益4.9兆円、過去最高"),
        ("トヨタ純利益4.9億円、過去最高", "トヨタ純利益4.9兆円、過去最高"),  # 億 is not 兆
        ("Samsung Q2 profit jumps tenfold on chips", "Samsung Q1 profit jumps tenfold on chips"),
        ("Samsung second-quarter profit jumps tenfold on chips", "Samsung Q1 profit jumps tenfold on chips"),
        ("M5.1 earthquake strikes off Iwate Prefecture", "M6.1 earthquake strikes off Iwate Prefecture"),
        ("قیمت دلار در بازار تهران از ۵۰ هزار تومان گذشت", "قیمت دلار در بازار تهران از ۶۰ هزار تومان گذشت"),
    ],
)
def test_another_number_written_otherwise_does_not(cited: str, page: str) -> None:
    assert title_score(cited, page) < THRESHOLD


def test_shorthand_leaves_words_alone() -> None:
    """``e`` (Italian and Portuguese "and") is no compass point, ``mar`` (the sea) and ``may`` no month, a
    lone ``s`` at a title's end no ``south``; ``5m`` stays millions, not metres."""
    assert fold("Lula e Bolsonaro") == "lula e bolsonaro"
    assert title_score("Lula e Bolsonaro trocam acusações", "Lula e Bolsonaro trocam acusações") == 1.0
    assert title_score("Tormenta en el mar Mediterráneo", "Tormenta en el Mediterráneo") < 1.0
    assert title_score("Government sells £5m stake", "Government sells £5 million stake") >= THRESHOLD
    assert title_score("Plan S", "Plan South") < THRESHOLD
    # the romanised Russian preposition ``с`` ("with") is no ``south``: only before a place so abbreviated
    assert "south" not in match._numerals(fold("Ирак возобновил переговоры с Россией о покупке С-300"))
    assert match._numerals(fold("S. Korea's exports rise")) == "south koreas exports rise"


def test_digits_of_every_script_fold_to_ascii() -> None:
    assert fold("٢٠٢٤ ۶۰ १६") == "2024 60 16"
    assert fold("Тоқаев жаңа") == "toqaev zhana"


def test_kazakh_latin_against_cyrillic() -> None:
    assert (
        title_score("Toqaev jaña ükımet qūramyn bekıttı", "Тоқаев жаңа үкімет құрамын бекітті") >= THRESHOLD
    )
    assert title_score("Toqaev jaña ükımet qūramyn taratty", "Тоқаев жаңа үкімет құрамын бекітті") < THRESHOLD


# --- script-title is the title as the page writes it ------------------------------------------------------


def test_script_title_takes_the_place_of_its_romanisation() -> None:
    text = (
        "{{cite news |url=https://www3.nhk.or.jp/news/html/20240319/k1.html |title=Nichigin kinri kaijo"
        " |script-title=ja:日銀 金利解除 |trans-title=BOJ ends negative rates}}"
    )
    (citation,) = extract_citations(text, "wikitext")
    assert citation.title == "日銀 金利解除"
    assert citation.note is not None
    assert "romanised title: Nichigin kinri kaijo" in citation.note
    (plain,) = extract_citations(
        "{{cite news |url=https://a.example/x |title=Nichigin kinri kaijo}}", "wikitext"
    )
    assert plain.title == "Nichigin kinri kaijo"  # without script-title, title= is the title


# --- a cited day a few days after the page's: a print edition's or an issue's date ----------------------

ECONOMIST = "https://www.economist.com/europe/2024/03/07/why-germanys-economy-is-stuck"


def _page(published: dt.date, title: str = "Why Germany’s economy is stuck") -> Metadata:
    return Metadata(
        title=title,
        title_candidates=(TitleCandidate(text=title, source="opengraph"),),
        published=ExtractedDate(published, "opengraph"),
    )


@pytest.mark.parametrize(
    ("cited", "severity"),
    [
        ("2024-03-09", Severity.WARN),  # the Saturday issue of a Thursday article
        ("2024-03-14", Severity.WARN),  # a week after: a weekly's issue
        ("2024-03-15", Severity.FAIL),  # more than a week after
        ("2024-03-05", Severity.FAIL),  # before the page existed
        ("2024-03", None),  # the month: no day to compare
    ],
)
def test_a_cited_day_up_to_a_week_after_is_a_warning(cited: str, severity: Severity | None) -> None:
    citation = Citation(url=ECONOMIST, title="Why Germany’s economy is stuck", date=PartialDate.parse(cited))
    found = match_citation(citation, _page(dt.date(2024, 3, 7)), final_url=ECONOMIST, config=CONFIG)
    assert {f.kind.value: f.severity for f in found}.get("date_mismatch") == severity


GUARDIAN = "https://www.theguardian.com/politics/2024/may/22/rishi-sunak-calls-general-election-for-4-july"
ONLINE = "Rishi Sunak calls general election for 4 July"


@pytest.mark.parametrize(
    ("cited", "severity"),
    [
        ("2024-05-23", Severity.WARN),  # the next morning's paper, under its own headline
        ("2024-05-22", Severity.WARN),  # the day itself: a rewritten headline, as before
        ("2024-05-24", Severity.FAIL),  # two days later: not the print edition of this page
        (None, Severity.FAIL),  # no day cited: nothing ties the headline to the page
    ],
)
def test_the_print_editions_headline_the_next_day_is_a_warning(cited: str | None, severity: Severity) -> None:
    date = PartialDate.parse(cited) if cited else None
    citation = Citation(url=GUARDIAN, title="Sunak gambles on a summer poll", date=date)
    found = match_citation(citation, _page(dt.date(2024, 5, 22), ONLINE), final_url=GUARDIAN, config=CONFIG)
    assert {f.kind.value: f.severity for f in found}["title_mismatch"] == severity
