"""Rules of the twenty-fifth held-out matching batch (docs/benchmarks.md, "Twenty-fifth batch"), each on
small strings with what it must leave alone: an initialism spelled out in words not capitalised (``ЗРК``:
``зенитных ракетных комплексов``); English ``yet to`` read as a negation (``Iraq Has Yet to Sign S-300
Deal``/``Iraq Signs S-300 Deal``); counts in Chinese or Japanese numerals read as digits (``三套``/``五套``,
``三套``/``3套``); a Turkic verb negated by a syllable inside it (Kazakh ``алады``/``алмайды``) and the
Turkic words for "is not"; a score just below the threshold written with the decimals that tell it from the
threshold; another model in a title otherwise alike reported as a failure, not as a rewritten headline."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.match import (
    _below_threshold,
    _cjk_counts,
    _model_swapped,
    _negated,
    _negative_form,
    _spelled_out_lower,
    _suffix_negation,
    match_citation,
    title_score,
)
from linkcheck.models import (
    Citation,
    ExtractedDate,
    FindingKind,
    Metadata,
    PartialDate,
    Severity,
    TitleCandidate,
)
from linkcheck.names import fold

CONFIG = Config()
THRESHOLD = CONFIG.title_threshold


def _page(title: str, published: str) -> Metadata:
    return Metadata(
        title=title,
        title_candidates=(TitleCandidate(title, "opengraph"),),
        published=ExtractedDate(dt.date.fromisoformat(published), "opengraph"),
    )


# --- an initialism spelled out in lower-case words ----------------------------------------------------------


def test_lower_case_words_spell_an_initialism() -> None:
    title = "Ирак ведет переговоры о закупке зенитных ракетных комплексов С-300"
    start, end = _spelled_out_lower("ЗРК", title) or (0, 0)
    assert title[start:end] == "зенитных ракетных комплексов"
    # English common nouns too, and a sentence-case first word.
    assert _spelled_out_lower("SAM", "Surface air missile launched") == (0, len("Surface air missile"))


@pytest.mark.parametrize(
    ("letters", "title"),
    [
        ("US", "Iraq until Sunday"),  # two letters: two lower-case words are everywhere
        ("ПВО", "переговоры в обороне"),  # "в" is one letter: no initial
        ("ЗРК", "зенитных ракетных и комплексов"),  # not in a row
        ("ЗРК", "зенитных-ракетных-комплексов"),  # apart by hyphens: one compound, not three words
        ("ЗРК", "ЗЕНИТНЫХ РАКЕТНЫХ КОМПЛЕКСОВ"),  # capitals: the capitalised rule's, not this one's
    ],
)
def test_lower_case_initialism_leaves_alone(letters: str, title: str) -> None:
    assert _spelled_out_lower(letters, title) is None


def test_expanded_abbreviation_matches() -> None:
    page = "Ирак ведет переговоры о закупке у России ЗРК С-300, заявил депутат"
    cited = "Ирак ведет переговоры о закупке у России зенитных ракетных комплексов С-300, заявил депутат"
    assert title_score(cited, page) >= THRESHOLD
    # Other words in place of the initialism's are still another title.
    other = "Ирак ведет переговоры о закупке у России истребителей Су-35, заявил депутат"
    assert title_score(other, page) < THRESHOLD


# --- "yet to" -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "negated"),
    [
        ("Iraq Has Yet to Sign S-300 Deal With Russia", True),
        ("Iraq yet to decide on S-300 purchase", True),
        ("Kremlin is yet to respond", True),
        ("Iraq Signs S-300 Deal With Russia", False),
        ("Small and yet to the point: a review", False),  # "nevertheless"
        ("Biggest drone attack yet on Moscow", False),  # "so far"
        ("Yet another delay for the S-400 deal", False),
    ],
)
def test_yet_to_is_a_negation(title: str, negated: bool) -> None:
    assert _negated(fold(title)) is negated


def test_headline_rewritten_into_yet_to_is_reported() -> None:
    url = "https://www.example-moscow.com/2024/02/13/iraq-signs-s-300-deal-with-russia-lawmaker-says-a84012"
    page = _page("Iraq Has Yet to Sign S-300 Deal With Russia, Lawmaker Says", "2024-02-13")
    cited = Citation(
        url=url, title="Iraq Signs S-300 Deal With Russia, Lawmaker Says", date=PartialDate(2024, 2, 13)
    )
    found = {f.kind for f in match_citation(cited, page, final_url=url, config=CONFIG)}
    assert FindingKind.TITLE_MISMATCH in found
    # The slug still vouches for an edit that keeps the claim (a figure added).
    edited = _page("Iraq Signs $1 Billion S-300 Deal With Russia, Lawmaker Says", "2024-02-13")
    found = {f.kind for f in match_citation(cited, edited, final_url=url, config=CONFIG)}
    assert FindingKind.TITLE_MISMATCH not in found


# --- counts in Chinese and Japanese numerals ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("交付三套防空系统", "交付3套防空系统"),
        ("十二人死亡", "12人死亡"),
        ("二十五架无人机", "25架无人机"),
        ("两艘军舰", "2艘军舰"),
        ("第三次会谈", "第3次会谈"),
        ("三人が死亡", "3人が死亡"),
        # left alone: one (in countless words), a numeral before another character, two side by side
        ("统一个人所得税", "统一个人所得税"),
        ("三星电子发布新机", "三星电子发布新机"),
        ("三四个月", "三四个月"),
        ("十一月", "十一月"),
        ("立法院三读通过预算案", "立法院三读通过预算案"),
    ],
)
def test_cjk_counts(text: str, read: str) -> None:
    assert _cjk_counts(text) == read


def test_cjk_counts_tell_figures_apart() -> None:
    page = "俄罗斯向伊拉克交付三套S-300防空系统"
    assert title_score("俄罗斯向伊拉克交付五套S-300防空系统", page) < THRESHOLD
    assert title_score("俄罗斯向伊拉克交付3套S-300防空系统", page) >= THRESHOLD
    assert title_score(page, page) == 1.0


# --- a Turkic verb negated inside it ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "negative"),
    [
        ("alady", "almaidy"),  # Kazakh алады/алмайды (will buy / will not buy)
        ("qoidy", "qoimady"),  # Kazakh қойды/қоймады (signed / did not sign)
        ("imzaladi", "imzalamadi"),  # Turkish imzaladı/imzalamadı
        ("alacak", "almayacak"),  # Turkish alacak/almayacak
        ("geldi", "gelmedi"),
    ],
)
def test_negative_form(word: str, negative: str) -> None:
    assert _negative_form(word, negative)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("satyp", "satyptar"),  # one holds the other: another ending, no negative syllable
        ("gama", "gamma"),
        ("alady", "alady"),
        ("alady", "berdi"),
        ("al", "alma"),  # no ending of two letters after the syllable
    ],
)
def test_negative_form_leaves_alone(word: str, other: str) -> None:
    assert not _negative_form(word, other)


def test_suffix_negation_needs_one_word_apart() -> None:
    page = fold("Қазақстан Ресейден С-400 кешендерін сатып алмайды")
    assert _suffix_negation(fold("Қазақстан Ресейден С-400 кешендерін сатып алады"), page)
    assert (
        title_score(
            "Қазақстан Ресейден С-400 кешендерін сатып алады",
            "Қазақстан Ресейден С-400 кешендерін сатып алмайды",
        )
        < THRESHOLD
    )
    # Two words apart: not this rule's (another headline, which the words' score judges).
    assert not _suffix_negation(fold("Өзбекстан Ресейден С-400 кешендерін сатып алады"), page)
    # The same headline twice.
    assert not _suffix_negation(page, page)


@pytest.mark.parametrize(
    ("title", "negated"),
    [
        ("Anlaşma henüz imzalanmış değil", True),  # Turkish
        ("Razılaşma hələ imzalanmış deyil", True),  # Azerbaijani
        ("Келісім әлі жасалған емес", True),  # Kazakh
        ("Anlaşma imzalandı", False),
        ("Harga emas naik", False),  # Malay "gold": Uzbek "emas" is left out
    ],
)
def test_turkic_is_not(title: str, negated: bool) -> None:
    assert _negated(fold(title)) is negated


# --- a score just below the threshold -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "text"),
    [
        (0.62, "similarity 0.62 < 0.88"),
        (0.875, "similarity 0.875 < 0.880"),
        (0.8799, "similarity 0.8799 < 0.8800"),
        (0.5, "similarity 0.50 < 0.88"),
    ],
)
def test_below_threshold(score: float, text: str) -> None:
    assert _below_threshold(score, 0.88) == text


# --- another model in a title otherwise alike ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page", "swapped"),
    [
        (
            "Russia ready to supply Iraq with S-500 systems",
            "Russia ready to supply Iraq with S-400 systems",
            True,
        ),
        ("Ирак закупит у России С-400", "Ирак закупит у России С-300", True),
        ("Iran to get Su-57s", "Iran to get Su-35s", True),
        ("العراق يتسلم منظومة إس-٤٠٠", "العراق يتسلم منظومة إس-٣٠٠", True),
        # left alone: the same model in two scripts or with digits of two kinds
        ("Ирак закупит у России S-300", "Ирак закупит у России С-300", False),
        ("العراق يتسلم منظومة إس-300", "العراق يتسلم منظومة إس-٣٠٠", False),
        # a title naming both, a model only one names, a count, a magnitude, a group, a year, an age
        ("Iraq to buy S-300", "Iraq to buy S-300 and S-400", False),
        ("Iraq to buy S-300", "Iraq to buy air defence systems", False),
        ("12 killed in strike", "15 killed in strike", False),
        ("M6.1 quake hits Japan", "M6.4 quake hits Japan", False),
        ("G7 leaders meet", "G20 leaders meet", False),
        ("Выборы в 2024 году", "Выборы в 2025 году", False),
        ("A 100-year-old veteran dies", "A 101-year-old veteran dies", False),
        ("COVID-19 cases rise", "COVID-20 cases rise", False),
    ],
)
def test_model_swapped(cited: str, page: str, swapped: bool) -> None:
    assert _model_swapped(cited, page) is swapped


def test_model_swap_on_the_pages_day_fails() -> None:
    url = "https://www.example-agency.com/politics/1745678"
    cited = Citation(
        url=url, title="Russia ready to supply Iraq with S-500 systems — envoy", date=PartialDate(2024, 2, 14)
    )
    page = _page("Russia ready to supply Iraq with S-400 systems — envoy", "2024-02-14")
    found = {f.kind: f.severity for f in match_citation(cited, page, final_url=url, config=CONFIG)}
    assert found.get(FindingKind.TITLE_MISMATCH) is Severity.FAIL
    # A count changed the same day is still the rewritten headline's warning (a death toll updated).
    cited = Citation(
        url=url, title="Drone strike on Belgorod kills 5, governor says", date=PartialDate(2024, 2, 14)
    )
    page = _page("Drone strike on Belgorod kills 7, governor says", "2024-02-14")
    found = {f.kind: f.severity for f in match_citation(cited, page, final_url=url, config=CONFIG)}
    assert found.get(FindingKind.TITLE_MISMATCH) is Severity.WARN
