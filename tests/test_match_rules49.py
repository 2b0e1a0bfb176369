"""Rules of the forty-ninth held-out matching batch (docs/benchmarks.md, "The forty-ninth held-out
matching batch"), each on small strings with what it must leave alone: two titles opening with the same
words and ending on different matters are an outlet's two stories, not one headline rewritten; a cited
translation with its original in brackets is judged by the original; in a script without capitals, one
word for another beside the same short particle (a postposition, a genitive's or a preposition's word) is
another place."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.match import match_citation
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate

CONFIG = Config()
#: An address whose last segment is an identifier: a slug of no words (nothing there says which story).
PLAIN_URL = "https://tass.com/society/1851234"


def _findings(cited: str, page: str, url: str = PLAIN_URL) -> dict[str, str]:
    """The findings' kinds and severities of a citation of ``cited`` dated the page's own day, at the
    page's own address: the case the matcher reads as a headline rewritten in place unless a rule says
    the titles are two stories."""
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 10, 9), "opengraph"),
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 10, 9))
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


# --- two stories opening alike ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        (
            "St Petersburg authorities close Palace Bridge to traffic during sailing regatta",
            "St Petersburg authorities close Palace Bridge to traffic for overnight repairs",
        ),
        (
            "Правительство утвердило новые правила выдачи водительских удостоверений иностранцам",
            "Правительство утвердило новые правила выдачи загранпаспортов с биометрией",
        ),
        (
            # a number's word in one tail only is no figure updated (``Third``)
            "Russian Gasoline Prices Hit Record High for Third Week in a Row",
            "Russian Gasoline Prices Hit Record High Ahead of Export Ban",
        ),
    ],
)
def test_two_tails_after_a_long_shared_opening_are_two_stories(cited: str, page: str) -> None:
    assert _findings(cited, page).get("title_mismatch") == "fail"


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        # the tails share a word: the same event reworded (an update's clause)
        (
            "Putin arrives in Kazan for BRICS summit and meets Chinese leader",
            "Putin arrives in Kazan for BRICS summit, meets leaders of India and China",
        ),
        # a figure in each tail: one updated with its clause (a toll), the rewritten headline's warning
        (
            "Death toll in Nizhny Tagil building collapse rises to eight overnight",
            "Death toll in Nizhny Tagil building collapse rises to ten as rescuers finish",
        ),
        # four words in common from the first only: too short an opening to say the rest is another story
        (
            "Kremlin says talks with Kyiv are not on the agenda for now",
            "Kremlin says talks with Washington could resume after the election",
        ),
    ],
)
def test_titles_not_opening_alike_enough_stay_a_rewritten_headline(cited: str, page: str) -> None:
    assert _findings(cited, page).get("title_mismatch") == "warn"


# --- a translation with its original in brackets -------------------------------------------------------

KAZAN = "В Казани открыли новый терминал аэропорта"


@pytest.mark.parametrize(
    "cited",
    [
        "New airport terminal opens in Samara [В Самаре открыли новый терминал аэропорта]",
        "В Самаре открыли новый терминал аэропорта (New airport terminal opens in Samara)",
    ],
)
def test_another_place_in_the_bracketed_original_fails(cited: str) -> None:
    assert _findings(cited, KAZAN).get("title_mismatch") == "fail"


@pytest.mark.parametrize(
    "cited",
    [
        f"New airport terminal opens in Kazan [{KAZAN}]",
        f"{KAZAN} [New airport terminal opens in Kazan]",
    ],
)
def test_the_pages_headline_in_brackets_with_its_translation_passes(cited: str) -> None:
    assert "title_mismatch" not in _findings(cited, KAZAN)


# --- one noun for another beside a particle, in a script without capitals -------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("افتتاح کتابخانه مرکزی جدید در اصفهان", "افتتاح کتابخانه مرکزی جدید در شیراز"),  # Persian "in"
        ("مشہد وچ نواں ہسپتال کھولیا گیا", "لہور وچ نواں ہسپتال کھولیا گیا"),  # Punjabi postposition
        ("ⵜⴰⵎⴷⵉⵏⵜ ⵏ ⵜⵉⵣⵏⵉⵜ ⵜⵕⵥⵎ ⴰⵙⴰⵢⵙ ⴰⵎⴰⵢⵏⵓ", "ⵜⴰⵎⴷⵉⵏⵜ ⵏ ⴰⴳⴰⴷⵉⵔ ⵜⵕⵥⵎ ⴰⵙⴰⵢⵙ ⴰⵎⴰⵢⵏⵓ"),  # Tamazight "of"
    ],
)
def test_another_noun_beside_the_same_particle_fails(cited: str, page: str) -> None:
    assert _findings(cited, page).get("title_mismatch") == "fail"


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        # an initialism's gershayim typed as a straight quote: one word
        ('צה"ל: חסן נסראללה חוסל בתקיפה בביירות', "צה״ל: חסן נסראללה חוסל בתקיפה בביירות"),
        # two words apart (a rewording): left to the score
        ("قیمت نفت امروز رشد زیادی داشت", "قیمت نفت امروز افزایش زیادی یافت"),
    ],
)
def test_words_beside_no_particle_or_one_word_spelled_otherwise_do_not_fail(cited: str, page: str) -> None:
    assert _findings(cited, page).get("title_mismatch") != "fail"


def test_a_word_between_long_words_is_left_to_the_rewritten_headline() -> None:
    # ``افزایش``/``رشد`` (a rise, a growth) between ``امروز`` and ``زیادی``: no particle beside them
    found = _findings("قیمت نفت خام امروز رشد زیادی داشت", "قیمت نفت خام امروز افزایش زیادی داشت")
    assert found.get("title_mismatch") != "fail"
