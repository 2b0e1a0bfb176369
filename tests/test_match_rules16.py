"""Rules of the sixteenth held-out matching batch (docs/benchmarks.md, "Held-out matching check"), each on
strings with what it must leave alone: template dates with Scottish Gaelic, Esperanto, Occitan, Latin, West
Frisian, Romansh, Yiddish, Hawaiian, Yakut and Inuktitut month names; Gaelic's ``dhen`` and Romansh's
``da``; Yiddish's vowel points; Tibetan dates of the Western calendar; Vancouver, ISO 690 and GOST references
(their medium's marker: ``[Internet]``, ``[online]``, `` // ``); an edition a hyphened section of the address
names (``Guardian Australia`` on ``theguardian.com/australia-news/``)."""

from __future__ import annotations

import pytest

from linkcheck.articles import _entries, extract_citations
from linkcheck.articles._dates import parse_date_field
from linkcheck.config import Config
from linkcheck.match import match_citation
from linkcheck.models import Citation, FindingKind, Metadata, Severity


def _read(text: str) -> str | None:
    value = parse_date_field(text)
    return None if value is None else str(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21 dhen t-Samhain 2024", "2024-11-21"),  # Scottish Gaelic, the month's t- after dhen
        ("21 dhen Dàmhair 2024", "2024-10-21"),
        ("21 dhen Damhair 2024", "2024-10-21"),
        ("3 dhen Fhaoilleach 2024", "2024-01-03"),  # lenited after dhen
        ("3 Faoilleach 2024", "2024-01-03"),
        ("15 novembro 2024", "2024-11-15"),  # Esperanto
        ("15 oktobro 2024", "2024-10-15"),
        ("2 aŭgusto 2024", "2024-08-02"),
        ("2 auxgusto 2024", "2024-08-02"),  # the x-system
        ("12 de julhet de 2024", "2024-07-12"),  # Occitan
        ("12 de junh de 2024", "2024-06-12"),
        ("3 de genièr de 2024", "2024-01-03"),
        ("21 Novembris 2024", "2024-11-21"),  # Latin, genitive
        ("21 Octobris 2024", "2024-10-21"),
        ("14 novimber 2024", "2024-11-14"),  # West Frisian
        ("14 septimber 2024", "2024-09-14"),
        ("12 da zercladur 2024", "2024-06-12"),  # Romansh, after da
        ("12 da fanadur 2024", "2024-07-12"),
        ("12 schaner 2024", "2024-01-12"),
        ("21 נאָוועמבער 2024", "2024-11-21"),  # Yiddish, pointed
        ("21 נאוועמבער 2024", "2024-11-21"),  # and unpointed
        ("21 אָקטאָבער 2024", "2024-10-21"),
        ("21 Nowemapa 2024", "2024-11-21"),  # Hawaiian
        ("21 ʻOkakopa 2024", "2024-10-21"),
        ("21 Okakopa 2024", "2024-10-21"),
        ("21 сэтинньи 2024", "2024-11-21"),  # Yakut
        ("21 алтынньы 2024", "2024-10-21"),
        ("ᓄᕕᐱᕆ 21, 2024", "2024-11-21"),  # Inuktitut, month first
        ("ᐅᒃᑐᐱᕆ 21, 2024", "2024-10-21"),
        ("ᐅᑐᐱᕆ 21, 2024", "2024-10-21"),
        ("ཕྱི་ལོ་༢༠༢༤ ཟླ་ ༡༡ ཚེས་ ༢༡", "2024-11-21"),  # Tibetan, the Western year
        ("ཕྱི་ལོ་༢༠༢༤ ཟླ་ ༡༠ ཚེས་ ༢༡", "2024-10-21"),
        ("༢༠༢༤ ལོའི་ཟླ་ ༡༡ ཚེས་ ༥", "2024-11-05"),
    ],
)
def test_more_template_months(text: str, expected: str) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12 da manhã 2024",  # da, then no month
        "21 dhen t-Seachdain 2024",  # dhen, then no month ("week")
        "21 בּוך 2024",  # pointed Hebrew letters that are no month
        "21 бэс ыйа 2024",  # a Yakut month of two words: left out
        "ᒪᐃ 21, 2024",  # a two-letter month: too short to be read
        "ཕྱི་ལོ་༢༠༢༤ ཟླ་ ༡༣ ཚེས་ ༢༡",  # no month 13
        "ཕྱི་ལོ་༢༠༢༤ ཟླ་ ༡༡ ཚེས་ ༣༢",  # no day 32
        "༢༠༢༤ ༡༡ ༢༡",  # Tibetan digits without the month's and the day's words
    ],
)
def test_more_template_months_leave_alone(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 de marzo de 2022", "2022-03-12"),
        ("5 d'abril de 2024", "2024-04-05"),
        ("26 ta' Novembru 2024", "2024-11-26"),
        ("21 novembre 2024", "2024-11-21"),
        ("1 Deireadh Fómhair 2024", "2024-10-01"),
    ],
)
def test_earlier_forms_unchanged(text: str, expected: str) -> None:
    assert _read(text) == expected


# --- a reference that names its medium: Vancouver's [Internet], ISO 690's [online], GOST's // -------------


def _entry(text: str, url: str) -> Citation | None:
    found = [c for c in extract_citations(text, "markdown", "rules16") if c.url == url]
    return found[0] if found else None


URL = "https://www.example.org/news/2024/11/21/story"


def test_vancouver_web_reference() -> None:
    text = (
        "## References\n\n1. Reporter J, Writer AB. Council approves the new tram line. Example Post "
        f"[Internet]. 2024 Nov 21 [cited 2024 Nov 30]. Available from: {URL}\n"
    )
    citation = _entry(text, URL)
    assert citation is not None
    assert citation.title == "Council approves the new tram line"
    assert citation.outlet == "Example Post"
    assert str(citation.date) == "2024-11-21"
    assert str(citation.access_date) == "2024-11-30"


def test_iso_690_online_reference() -> None:
    text = (
        "## Literatura\n\nNOVÁK, Jan. Praha otevřela novou trať. *Example Post* [online]. 21. 11. 2024 "
        f"[cit. 2024-11-30]. Dostupné z: {URL}\n"
    )
    citation = _entry(text, URL)
    assert citation is not None
    assert citation.title == "Praha otevřela novou trať"
    assert str(citation.date) == "2024-11-21"
    english = (
        "## Bibliography\n\nSMITH, Jane. Council approves the new tram line. *Example Post* [online]. "
        f"21 November 2024 [viewed 30 November 2024]. Available from: {URL}\n"
    )
    citation = _entry(english, URL)
    assert citation is not None
    assert citation.title == "Council approves the new tram line"
    assert str(citation.date) == "2024-11-21"


def test_gost_reference() -> None:
    text = (
        "## Список литературы\n\n1. Иванов И. И. Правительство одобрило программу / И. И. Иванов // "
        f"Пример. — 2024. — 21 нояб. — URL: {URL} (дата обращения: 30.11.2024).\n"
    )
    citation = _entry(text, URL)
    assert citation is not None
    assert citation.title == "Правительство одобрило программу"
    assert str(citation.date) == "2024-11-21"
    assert str(citation.access_date) == "2024-11-30"
    for month, number in (("февр.", "02"), ("сент.", "09"), ("марта", "03")):
        dated = text.replace("21 нояб.", f"21 {month}")
        assert str(_entry(dated, URL).date) == f"2024-{number}-21"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # no medium's marker: an NLM journal entry is left to its own rule
        "1. Lin W, Gehring U. Title of the article here. Int J Epidemiol. 2013 Dec;42(6):1724-37.",
        # [Internet] with no author's initials before the title
        "1. Council approves the new tram line. Example Post [Internet]. 2024 Nov 21.",
        # [online] with the surname not in capitals
        "Smith, Jane. Council approves the new tram line. Example Post [online]. 21 November 2024.",
        # a quoted title before a double slash: the quotes tell it
        'Smith J. "Council approves the new tram line" // Example Post. — 2024. — 21 нояб.',
        # a slash that is no GOST separator
        "Council approves the new tram line / Example Post, 21 November 2024.",
    ],
)
def test_medium_rules_leave_alone(text: str) -> None:
    assert _entries._styled_reference(text) is None


def test_gost_double_slash_without_dates() -> None:
    text = f"## Список литературы\n\n1. Петров П. Заметка о городе // Пример. — URL: {URL}\n"
    citation = _entry(text, URL)
    assert citation is not None
    assert citation.title == "Заметка о городе"
    assert citation.date is None
    # a date not between GOST's spaced dashes is not read by the rule
    assert _entries._styled_reference("Петров П. Заметка о городе // Пример, 21 нояб. 2024.") == (
        "Заметка о городе",
        None,
        None,
    )


# --- an edition named by a hyphened section of the address ----------------------------------------------


def _outlet(cited: str, url: str, site: str) -> list[tuple[FindingKind, Severity]]:
    meta = Metadata(title="Headline of the page", site_name=site)
    findings = match_citation(Citation(url=url, outlet=cited), meta, final_url=url, config=Config())
    return [(f.kind, f.severity) for f in findings]


def test_an_edition_a_hyphened_section_names() -> None:
    url = "https://www.theguardian.com/australia-news/2024/nov/21/sydney-trains-strike-called-off"
    assert _outlet("Guardian Australia", url, "the Guardian") == []
    fail = [(FindingKind.OUTLET_MISMATCH, Severity.FAIL)]
    # Another section does not vouch for the edition, nor does the article's own slug; nor for another paper.
    other = "https://www.theguardian.com/uk-news/2024/nov/21/sydney-trains-strike-called-off"
    assert _outlet("Guardian Australia", other, "the Guardian") == fail
    slug = "https://www.theguardian.com/uk-news/2024/nov/21/australia-news-trains-strike"
    assert _outlet("Guardian Australia", slug, "the Guardian") == fail
    assert _outlet("The Australian", url, "the Guardian") == fail
    assert _outlet("Sydney Morning Herald", url, "the Guardian") == fail
