"""The thirteenth held-out matching batch's rules (docs/benchmarks.md, "Held-out matching check"), each tested
on strings with what it must leave alone."""

from __future__ import annotations

import pytest

from linkcheck.articles._dates import parse_date_field
from linkcheck.config import Config
from linkcheck.match import match_citation
from linkcheck.models import Citation, FindingKind, Metadata, Severity

CONFIG = Config()

# --- template dates of more languages and scripts ------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("14 ਨਵੰਬਰ 2024", "2024-11-14"),  # Punjabi (Gurmukhi)
        ("੧੪ ਅਕਤੂਬਰ ੨੦੨੪", "2024-10-14"),  # Gurmukhi digits
        ("3 \u0a5eਰਵਰੀ 2024", "2024-02-03"),  # the nukta letter precomposed (NFC decomposes it) or not
        ("3 ਫ\u0a3cਰਵਰੀ 2024", "2024-02-03"),
        ("15 ನವೆಂಬರ್ 2024", "2024-11-15"),  # Kannada
        ("೧೫ ಅಕ್ಟೋಬರ್ ೨೦೨೪", "2024-10-15"),  # Kannada digits
        ("19 ނޮވެމްބަރު 2024", "2024-11-19"),  # Dhivehi (Thaana)
        ("20 Nuwamba 2024", "2024-11-20"),  # Hausa
        ("1 Janairu 2024", "2024-01-01"),
        ("26 ta' Novembru 2024", "2024-11-26"),  # Maltese, with ta'
        ("26 ta’ Ottubru 2024", "2024-10-26"),  # the typographic apostrophe
        ("5 ta' Ġunju 2024", "2024-06-05"),
        ("3. Abrëll 2024", "2024-04-03"),  # Luxembourgish
        ("3. Mäerz 2024", "2024-03-03"),
        ("8. Mee 2024", "2024-05-08"),
        ("22-ноябрь 2024", "2024-11-22"),  # Kyrgyz: the day joined to the month, read whole
        ("22-октябрь 2024", "2024-10-22"),
        ("1-avgust 2024", "2024-08-01"),  # Uzbek, the same form
        ("2024-жылдын 22-ноябры", "2024-11-22"),  # Kyrgyz, the year first, the month possessive
        ("2024-жылы 5-март", "2024-03-05"),
        ("2024-йил 1-август", "2024-08-01"),  # Uzbek in Cyrillic
        ("2024 թ. նոյեմբերի 25", "2024-11-25"),  # Armenian, the year first with թ.
        ("2024 թ. մարտի 5-ին", "2024-03-05"),
        ("١٥ی تشرینی دووەمی ٢٠٢٤", "2024-11-15"),  # Sorani: two-word month, izafe, Arabic-Indic digits
        ("١٥ی تشرینی یەکەمی ٢٠٢٤", "2024-10-15"),
        ("3ی ئازاری 2024", "2024-03-03"),
        ("1ی کانوونی دووەمی 2024", "2024-01-01"),
        # unchanged
        ("2024-yil 1-avgust", "2024-08-01"),
        ("2024 m. kovo 5 d.", "2024-03-05"),
        ("25 նոյեմբերի 2024", "2024-11-25"),
        ("5 فروری 2024", "2024-02-05"),  # Urdu
        ("١٥ تشرين الثاني ٢٠٢٤", "2024-11-15"),  # the Levant's two-word month
        ("22 ноября 2024", "2024-11-22"),
        ("2024-11-22", "2024-11-22"),
        ("12 mars 2022", "2022-03-12"),
        ("5 d'abril de 2024", "2024-04-05"),
    ],
)
def test_template_dates_read(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    "written",
    [
        "14 ਪੰਜਾਬ 2024",  # a Gurmukhi word that is no month
        "15 ಕರ್ನಾಟಕ 2024",  # a Kannada word that is no month
        "19 ދިވެހި 2024",  # a Thaana word that is no month
        "20 Najeriya 2024",  # a Hausa word that is no month
        "26 ta' Malta 2024",  # a Maltese word that is no month
        "2024-жылдын 22-Бишкек",  # a Kyrgyz word that is no month
        "2024 թ. Երևան 25",  # an Armenian word that is no month
        "١٥ی کوردستانی ٢٠٢٤",  # a Sorani word that is no month
        "١٥ی تشرینی سێیەمی ٢٠٢٤",  # no third Teshrin
        "22-ноябрь",  # no year: not a whole date
    ],
)
def test_template_dates_left_alone(written: str) -> None:
    assert parse_date_field(written) is None


def test_hyphened_day_is_not_lost() -> None:
    # the day joined to its month by a hyphen was dropped (``ноябрь 2024`` read alone): now kept; a month
    # and a year alone still read as such
    assert str(parse_date_field("22-ноябрь 2024")) == "2024-11-22"
    assert str(parse_date_field("ноябрь 2024")) == "2024-11"


# --- a site name written as one word, cited by its capitals -----------------------------------------------


def _outlet(
    cited: str, site: str, url: str = "https://www.example.ge/ka/article/1-x"
) -> list[tuple[str, str]]:
    meta = Metadata(title="Headline of the page", site_name=site)
    findings = match_citation(Citation(url=url, outlet=cited), meta, final_url=url, config=CONFIG)
    return [(f.kind.value, f.severity.value) for f in findings if f.kind is FindingKind.OUTLET_MISMATCH]


WARN = [(FindingKind.OUTLET_MISMATCH.value, Severity.WARN.value)]
FAIL = [(FindingKind.OUTLET_MISMATCH.value, Severity.FAIL.value)]


@pytest.mark.parametrize(
    ("cited", "site"),
    [
        ("IPN", "InterPressNews"),
        ("NZH", "NZHerald"),
        ("PTV", "PressTV"),  # a capital inside the one word
    ],
)
def test_capitals_of_a_one_word_name_are_a_doubt(cited: str, site: str) -> None:
    assert _outlet(cited, site) == WARN


@pytest.mark.parametrize(
    ("cited", "site"),
    [
        ("IPN", "InterPress"),  # the capitals spell less
        ("IPA", "InterPressNews"),  # other capitals
        ("ipn", "InterPressNews"),  # not written as initials
        ("IPNEWS", "InterPressNews"),  # longer than initials run
        ("XYZ", "Xinhua Yearly Zone"),  # words that stand apart: no one-word name (unchanged)
    ],
)
def test_other_capitals_left_alone(cited: str, site: str) -> None:
    assert _outlet(cited, site) == FAIL
