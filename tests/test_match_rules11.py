"""Rules from the eleventh held-out matching batch (docs/benchmarks.md, "Held-out matching check"), each
with what it must leave alone: template dates of more languages (``articles._dates``), a site name made of
initials read as one (``match._spells_initials``), and a sub-domain label that names only another brand's
service (``names._brand_missing``)."""

from __future__ import annotations

import pytest

from linkcheck.articles._dates import parse_date, parse_date_field
from linkcheck.config import Config
from linkcheck.match import _spells_initials, match_citation
from linkcheck.models import Citation, FindingKind, Metadata, PartialDate, Severity
from linkcheck.names import outlet_matches

# --- template dates of more languages -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("14. avgusta 2023", "2023-08-14"),  # Slovenian genitive
        ("3. junija 2024", "2024-06-03"),
        ("25. октобар 2024.", "2024-10-25"),  # Serbian Cyrillic
        ("25. oktobar 2024.", "2024-10-25"),  # Serbian Latin
        ("2. децембра 2024", "2024-12-02"),  # Serbian genitive
        ("25 октомври 2024", "2024-10-25"),  # Macedonian
        ("12 noyabr 2024", "2024-11-12"),  # Azerbaijani
        ("5 avqust 2024", "2024-08-05"),
        ("2024-yil 1-avgust", "2024-08-01"),  # Uzbek
        ("2024 yil 18-sentabr", "2024-09-18"),
        ("18 shtator 2024", "2024-09-18"),  # Albanian
        ("18 nëntor 2024", "2024-11-18"),
        ("18 Medi 2024", "2024-09-18"),  # Welsh
        ("3 Gorffennaf 2024", "2024-07-03"),
        ("1 Lúnasa 2024", "2024-08-01"),  # Irish
        ("1 Deireadh Fómhair 2024", "2024-10-01"),
        ("1 Meán Fómhair 2024", "2024-09-01"),
        ("1 Mean Fomhair 2024", "2024-09-01"),
        ("Setyembre 25, 2024", "2024-09-25"),  # Filipino, month first
        ("Hunyo 5 2024", "2024-06-05"),
        ("2024ko irailaren 18a", "2024-09-18"),  # Basque
        ("2024ko urriaren 18an", "2024-10-18"),
        ("२९ सेप्टेम्बर २०२४", "2024-09-29"),  # Nepali
        ("२९ अगस्ट २०२४", "2024-08-29"),
        ("18 सप्टेंबर 2024", "2024-09-18"),  # Marathi
        ("3 ഓഗസ്റ്റ് 2024", "2024-08-03"),  # Malayalam
        ("១៤ វិច្ឆិកា ២០២៤", "2024-11-14"),  # Khmer, Khmer digits
        ("18-09-2024", "2024-09-18"),  # hyphens, only one order a date
        ("09-18-2024", "2024-09-18"),
    ],
)
def test_template_dates_of_more_languages(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    "written",
    [
        "03-04-2021",  # either order is a date
        "13-13-2024",  # neither is
        "2024ko 18a",  # no month
        "2024-yil 1-foobar",  # no month's name
        "Setyembre 25",  # no year
        "Medi",  # a month alone
        "१३ असोज २०८१",  # the Bikram Sambat calendar: not read as a Gregorian day
        "១៤ ផ្ទះ ២០២៤",  # a Khmer word that is no month
        "1 Fómhair 2024",  # half a two-word month
    ],
)
def test_what_template_dates_leave_unread(written: str) -> None:
    assert parse_date_field(written) is None


def test_croatian_listopada_stays_november_and_running_text_is_unchanged() -> None:
    assert str(parse_date_field("3. listopada 2024.")) == "2024-11-03"
    # the new names are read in whole template values only, not in running text
    assert parse_date("the report of 18 Medi 2024 said") is None
    assert parse_date("Mawrth 5, 2024") is None


# --- a site name of initials only, read as one -------------------------------------------------------


def test_a_name_of_capitals_words_is_initials_read_as_one() -> None:
    assert _spells_initials("Radiotelevizija Slovenija", ["RTV SLO"], ["www.rtvslo.si"])


@pytest.mark.parametrize(
    ("cited", "names"),
    [
        ("Radio Televizija Srbije", ["RTV SLO"]),  # no L in the S-word
        ("Radiotelevizija Slovenija", ["RTV Slovenija"]),  # not all capitals: RTV alone lacks the S
        ("Radiotelevizija Slovenija", ["RTV SLOVENSKA TELEVIZIJA"]),  # more than ten letters
        ("Radiotelevizija Slovenija", ["RTV"]),  # one word
    ],
)
def test_what_joined_initials_leave_alone(cited: str, names: list[str]) -> None:
    assert not _spells_initials(cited, names, ["www.example.si"])


def test_joined_initials_make_the_full_name_a_doubt() -> None:
    url = "https://www.rtvslo.si/slovenija/zakon/679512"
    metadata = Metadata(title="Državni zbor potrdil zakon", site_name="RTV SLO")
    cited = Citation(url=url, title="Državni zbor potrdil zakon", outlet="Radiotelevizija Slovenija")
    (finding,) = match_citation(cited, metadata, final_url=url, config=Config())
    assert finding.kind is FindingKind.OUTLET_MISMATCH
    assert finding.severity is Severity.WARN
    other = Citation(url=url, title="Državni zbor potrdil zakon", outlet="Radio Televizija Srbije")
    (finding,) = match_citation(other, metadata, final_url=url, config=Config())
    assert finding.severity is Severity.FAIL


# --- a sub-domain label naming only another brand's service ------------------------------------------


@pytest.mark.parametrize(
    ("cited", "host"),
    [
        ("RFA Khmer", "khmer.voanews.com"),
        ("BBC Russian", "russian.rt.com"),
        ("Al Jazeera Arabic", "arabic.cnn.com"),
    ],
)
def test_another_brands_service_is_not_the_sub_domain(cited: str, host: str) -> None:
    assert not outlet_matches(cited, (), (host,))


@pytest.mark.parametrize(
    ("cited", "host"),
    [
        ("VOA Khmer", "khmer.voanews.com"),  # its brand on the registrable label
        ("Khmer", "khmer.voanews.com"),  # one word: nothing else to find
        ("Ekho Moskvy", "echo.msk.ru"),  # the brand is the sub-domain
        ("Reuters Deutschland", "de.reuters.com"),
        ("Nikkei Asia", "asia.nikkei.com"),  # a place after the brand
        ("Yahoo Finance", "finance.yahoo.com"),
        ("FT Alphaville", "ftalphaville.ft.com"),
    ],
)
def test_what_the_sub_domain_rule_leaves_alone(cited: str, host: str) -> None:
    assert outlet_matches(cited, (), (host,))


def test_a_partial_date_is_what_the_fields_say() -> None:  # the harness compares str(PartialDate)
    assert str(PartialDate(2024, 9, 18)) == "2024-09-18"
