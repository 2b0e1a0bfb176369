"""The matching rules the eighth held-out batch (tests/test_match_heldout.py, ``b8-*``) led to, each on its
own, with what it must leave alone. docs/benchmarks.md, "Held-out matching check", says why each is
general."""

from __future__ import annotations

import pytest

from linkcheck import match
from linkcheck.articles._dates import parse_date_field
from linkcheck.config import Config
from linkcheck.match import match_citation, title_score
from linkcheck.models import Citation, FindingKind, Metadata, Severity, TitleCandidate
from linkcheck.names import fold, label_matches, outlet_matches

CONFIG = Config()
THRESHOLD = CONFIG.title_threshold


# --- pictographs between a label and the headline -----------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Irak'taki ABD üslerine füze saldırısı", "SON DAKİKA 🔴 Irak'taki ABD üslerine füze saldırısı"),
        ("Iran fires missiles at US bases in Iraq", "BREAKING 🚨 Iran fires missiles at US bases in Iraq"),
        ("Iran fires missiles at US bases in Iraq", "Iran fires missiles at US bases in Iraq 🇮🇷🇺🇸"),
    ],
)
def test_pictographs_set_a_label_apart(cited: str, page: str) -> None:
    assert title_score(cited, page) >= THRESHOLD


def test_pictographs_do_not_join_another_headline() -> None:
    # The label and the emoji are shared; the headline is another's.
    page = "SON DAKİKA 🔴 Irak'taki ABD üslerine füze saldırısı"
    assert title_score("SON DAKİKA 🔴 Suriye'deki ABD üslerine füze saldırısı", page) < THRESHOLD
    assert match._pictograph_separators("A 🔴 B") == "A | B"
    assert match._pictograph_separators("🇺🇦🇺🇸 Zelenskiy arrives") == "Zelenskiy arrives"
    assert match._pictograph_separators("Ω → Ж") == "Ω → Ж"  # arrows and letters are no pictographs
    # Enclosed and circled digits are characters fold reads; a title of them stays itself.
    assert match._pictograph_separators("➀ Iran 🄀") == "➀ Iran 🄀"
    assert title_score(":🄀", ":🄀") == 1.0


# --- a question turned into a statement ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Russia Will Reinforce Iraq's Air Defenses", "Will Russia Reinforce Iraq's Air Defenses?"),
        ("Bagdad kauft russische S-300", "Irak: Kauft Bagdad russische S-300? - DER SPIEGEL"),
        ("Irak comprará los misiles rusos S-300", "¿Comprará Irak los misiles rusos S-300? | EL PAÍS"),
        ("The deal will survive the election", "Will the deal survive the election?"),
    ],
)
def test_a_question_as_a_statement_does_not_match(cited: str, page: str) -> None:
    assert title_score(cited, page) < THRESHOLD


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Will Russia reinforce Iraq's air defenses", "Will Russia Reinforce Iraq's Air Defenses?"),
        ("Comprará Irak los misiles rusos S-300", "¿Comprará Irak los misiles rusos S-300?"),
        (
            "Iraq's parliament votes to expel US troops – what happens next",
            "Iraq's parliament votes to expel US troops – what happens next?",
        ),
        ("Why Iraq wants Russian air defenses", "Why does Iraq want Russian air defenses?"),
        ("Will Russia reinforce Iraq's air defenses?", "Will Russia Reinforce Iraq's Air Defenses?"),
    ],
)
def test_a_question_cited_as_asked_matches(cited: str, page: str) -> None:
    assert not match._question_as_statement(cited, page)


def test_the_slug_does_not_vouch_for_a_question_turned_statement() -> None:
    url = "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-a85012"
    page = "Will Russia Reinforce Iraq's Air Defenses?"
    meta = Metadata(title=page, title_candidates=(TitleCandidate(text=page, source="opengraph"),))
    citation = Citation(url=url, title="Russia Will Reinforce Iraq's Air Defenses")
    kinds = [f.kind for f in match_citation(citation, meta, final_url=url, config=CONFIG)]
    assert kinds == [FindingKind.TITLE_MISMATCH]


# --- orders of magnitude and negating prefixes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tausende demonstrieren in Tiflis gegen Gesetz", "Hunderte demonstrieren in Tiflis gegen Gesetz"),
        ("Thousands flee fighting in eastern Congo town", "Hundreds flee fighting in eastern Congo town"),
        ("Тысячи человек вышли на митинг в Тбилиси", "Сотни человек вышли на митинг в Тбилиси"),
        ("Зеленський підписав закон про мобілізацію", "Зеленський підписав закон про демобілізацію"),
        (
            "Council votes to freeze rents across the borough",
            "Council votes to unfreeze rents across the borough",
        ),
    ],
)
def test_another_magnitude_or_a_negating_prefix_conflicts(a: str, b: str) -> None:
    assert match.word_similarity(fold(a), fold(b)) <= 0.75


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One side only gives a magnitude: no conflict.
        ("Thousands flee fighting in eastern Congo town", "10,000 flee fighting in eastern Congo town"),
        ("Tens of thousands march in Tbilisi against law", "Thousands march in Tbilisi against law"),
        # Both sides have the prefixed word; a stem of four letters ('unrest'/'rest') is too short to tell.
        (
            "Council votes to unfreeze rents in the borough",
            "Council votes to unfreeze all rents in the borough",
        ),
        ("Unrest grows in Tbilisi over foreign agents law", "Rest grows in Tbilisi over foreign agents law"),
        # A word that is another behind letters that are no negating prefix (``e`` of ``evolution``).
        ("Scotland debates devolution of tax powers again", "Scotland debates evolution of tax powers again"),
    ],
)
def test_magnitudes_and_prefixes_leave_alone(a: str, b: str) -> None:
    folded_a, folded_b = fold(a), fold(b)
    assert not match._magnitudes_conflict(folded_a, folded_b)
    assert not match._prefix_negation(folded_a, folded_b)
    assert match.word_similarity(folded_a, folded_b) > 0.75


# --- outlets: domains, handles, editions, languages ---------------------------------------------------


def _outlet(
    cited: str, url: str, site: str, *, title: str | None = None, lang: str | None = None
) -> list[tuple[FindingKind, Severity]]:
    candidates = (
        (TitleCandidate(text="Headline of the page", source="title-tag", raw=title),) if title else ()
    )
    meta = Metadata(title="Headline of the page", site_name=site, title_candidates=candidates, language=lang)
    findings = match_citation(Citation(url=url, outlet=cited), meta, final_url=url, config=CONFIG)
    return [(f.kind, f.severity) for f in findings]


def test_a_domain_the_page_is_not_on_is_a_doubt_even_when_it_spells_the_name() -> None:
    url = "https://www.theguardian.com/world/2020/jan/08/iran-missiles"
    assert _outlet("guardian.ng", url, "the Guardian") == [(FindingKind.OUTLET_MISMATCH, Severity.WARN)]
    assert _outlet("latimes.com", url, "the Guardian") == [(FindingKind.OUTLET_MISMATCH, Severity.FAIL)]
    # The page's own domain, another suffix of its label (tass.com, tass.ru), a subdomain: matches.
    assert _outlet("theguardian.com", url, "the Guardian") == []
    assert _outlet("tass.ru", "https://tass.com/politics/1106543", "TASS") == []
    assert _outlet("bbc.co.uk", "https://www.bbc.com/news/world-1", "BBC News") == []
    # A domain whose name is a second-level label (the whole suite's held-out pages): the page's own.
    assert _outlet("GOV.UK", "https://www.gov.uk/government/news/x", "GOV.UK") == []
    assert _outlet("gov.ie", "https://www.gov.ie/en/publication/x/", "gov.ie") == []


def test_a_handle_with_a_country_code_or_underscores() -> None:
    url = "https://ria.ru/20200109/1563219328.html"
    assert _outlet("@rianru", url, "РИА Новости") == []
    assert _outlet("@tass_agency", url, "РИА Новости") == [(FindingKind.OUTLET_MISMATCH, Severity.FAIL)]
    assert _outlet("@nytimes", "https://www.nytimes.com/2020/01/09/world/x.html", "The New York Times") == []
    assert match._handle_readings("@tass_agency") == ["tass agency"]
    assert match._handle_readings("@bbc") == []  # too short to hold a code


def test_an_edition_the_path_names() -> None:
    url = "https://www.lemonde.fr/afrique/article/2023/07/27/niger_6183512_3212.html"
    assert _outlet("Le Monde Afrique", url, "Le Monde.fr") == []
    # Another section's page does not vouch for the Africa edition, nor another paper for the path.
    other = "https://www.lemonde.fr/international/article/2023/07/27/niger_6183512_3210.html"
    assert _outlet("Le Monde Afrique", other, "Le Monde.fr") == [(FindingKind.OUTLET_MISMATCH, Severity.FAIL)]
    assert _outlet("Jeune Afrique", url, "Le Monde.fr") == [(FindingKind.OUTLET_MISMATCH, Severity.FAIL)]


def test_a_programme_the_title_names_beside_the_site_is_a_doubt() -> None:
    url = "https://www.cbsnews.com/news/iran-missile-program-60-minutes-2020-01-12/"
    title = "Inside Iran's missile program - 60 Minutes - CBS News"
    assert _outlet("60 Minutes", url, "CBS News", title=title) == [
        (FindingKind.OUTLET_MISMATCH, Severity.WARN)
    ]
    # The headline itself is no programme's name; another network stays a failure.
    headline = "NBC News - Inside Iran's missile program - CBS News"
    assert _outlet("NBC News", url, "CBS News", title=headline) == [
        (FindingKind.OUTLET_MISMATCH, Severity.FAIL)
    ]


def test_another_language_service_is_a_doubt() -> None:
    url = "https://www.bbc.com/arabic/middleeast-51034567"
    assert _outlet("BBC Persian", url, "BBC News عربي", lang="ar") == [
        (FindingKind.OUTLET_MISMATCH, Severity.WARN)
    ]
    assert _outlet("BBC Arabic", url, "BBC News عربي", lang="ar") == []
    assert _outlet("BBC Persian", url, "BBC News عربي") == []  # no declared language: nothing to hold to
    # A language's name the site's own name holds is its name, not an edition.
    assert (
        _outlet("Turkish Minute", "https://www.turkishminute.com/2024/x/", "Turkish Minute", lang="en") == []
    )


def test_a_body_s_kind_the_domain_leaves_out() -> None:
    assert label_matches("China News Service", "chinanews")
    assert label_matches("Xinhua News Agency", "xinhuanews")
    assert outlet_matches("China News Service", ["中国新闻网"], ["www.chinanews.com.cn"])
    # Not a masthead's word (The Washington Post is not washington.com), nor a two-word name.
    assert not label_matches("New York Post", "newyork")
    assert not label_matches("Moscow Agency", "moscow.gov")


# --- template dates that claim a period --------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("week of January 6, 2020", "2020-01"),  # its seven days in January
        ("the week of 6 January 2020", "2020-01"),
        ("Woche vom 6. Januar 2020", "2020-01"),
        ("week of January 27, 2020", "2020"),  # into February: the year
        ("week of December 28, 2020", None),  # into the next year: nothing
        ("c. 2019", "2019"),
        ("ca. 2019", "2019"),
        ("circa 2012", "2012"),
        ("Fall 2019", "2019"),
        ("Spring 2021", "2021"),
        ("otoño de 2019", "2019"),
        ("Herbst 2019", "2019"),
        ("Winter 2020", None),  # a winter or summer runs across a new year in one hemisphere
        ("Summer 2020", None),
        ("c. March 2019", "2019-03"),  # not a lone year: read as before
        ("The 5 March 2020", "2020-03-05"),
    ],
)
def test_periods_in_template_dates(written: str, iso: str | None) -> None:
    value = parse_date_field(written)
    assert (str(value) if value is not None else None) == iso
