"""Rules of the forty-fifth held-out matching batch (docs/benchmarks.md, "Forty-fifth batch"), each on small
strings with what it must leave alone: Abkhaz letters with a descender or a hook fold to the letters they
are drawn on; a slug's word one letter or two from a title's word spells it (another romanisation); two
words alike around the differing runs suffice where the slug is the second witness; a name's particles do
not count against a name's length (Manx ``Purt ny h-Inshey``); a first segment before a colon that names only
a part of the site's name is a kicker, not the site's name (``Brèssa:`` on ``La Vos de Brèssa``); two first
words of a script without capitals declined alike are two places (Konkani ``मडगांवांत``/``पणजेंत``)."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.match import (
    _name_runs_swapped,
    _name_swapped,
    _slug_spells,
    _strip_affixes,
    match_citation,
)
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()
#: An address whose last segment is an identifier: a slug of no words.
PLAIN_URL = "https://www.example-gazeta.net/news/2024/03/05/51234"


def _findings(cited: str, page: str, url: str = PLAIN_URL, site: str | None = None) -> dict[str, str]:
    """The findings' kinds and severities of a citation of ``cited`` (dated the page's day) on a page titled
    ``page`` (its site's name ``site``) at ``url``."""
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 3, 5), "opengraph"),
        site_name=site,
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 3, 5))
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


# --- Abkhaz letters -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("аԥсуа", "апсуа"),  # pe with a descender (U+0525)
        ("аҧсуа", "апсуа"),  # the same letter at its older code point (U+04A7)
        ("ҟ ҭ ҵ", "к т ц"),
        ("ҿ ҽ ҷ", "ч ч ч"),
        ("ҳ", "h"),  # Tajik and Uzbek too
    ],
)
def test_abkhaz_letters_fold_as_the_letters_they_are_drawn_on(written: str, typed: str) -> None:
    assert fold(written) == fold(typed)


def test_abkhaz_capitals_fold_as_their_small_letters() -> None:
    assert fold("ԤСНЫ Ҟ") == fold("ԥсны ҟ") == "psny k"


def test_letters_folded_before_stay_as_they_were() -> None:
    assert fold("Қазақстан") == "qazaqstan"  # Kazakh қ is q, as before
    assert fold("Азәрбајҹан") == "azarbajcan"
    assert fold("ГӀалахь") == "gialakh"  # the palochka


# --- A slug's word by another romanisation ----------------------------------------------------------------

ABKHAZ = "аҿы ахәыҷтә парк ҿыц аартит"  # "... a new children's park opened"


def test_a_slug_spelling_the_pages_town_by_another_romanisation_makes_another_town_a_failure() -> None:
    url = "https://apsny-news.example/2024/03/05/aqwa-park"
    assert _findings("Гагра " + ABKHAZ, "Аҟәа " + ABKHAZ, url) == {"title_mismatch": "fail"}


def test_a_slug_word_a_letter_or_two_from_a_key_spells_it() -> None:
    assert _slug_spells("akva", {"aka", "park"})  # aqwa, Аҟәа folded
    assert _slug_spells("meikuape", {"miekuape"})  # mejkuape, Мыекъуапэ folded
    assert not _slug_spells("parks", {"park"})  # a longer word: the stem rule's, which refuses it
    assert not _slug_spells("gagra", {"aka", "park"})


def test_a_slug_near_the_cited_town_vouches_for_no_failure() -> None:
    url = "https://apsny-news.example/2024/03/05/gagra-park"
    assert _findings("Гагра " + ABKHAZ, "Аҟәа " + ABKHAZ, url).get("title_mismatch") != "fail"


def test_an_identifier_for_a_slug_leaves_the_rewrite_warning() -> None:
    assert _findings("Гагра " + ABKHAZ, "Аҟәа " + ABKHAZ) == {"title_mismatch": "warn"}


# --- Two words alike beside the slug ------------------------------------------------------------------------


ADYGHE = " стадионыкӀэ къыщызэӀуахыгъ"  # "... a new stadium opened"


@pytest.mark.parametrize("slug", ["myekuape-stadion", "mejkuape-stadion"])  # two romanisations of Maykop
def test_a_three_word_headline_whose_slug_spells_the_pages_town_is_another_towns(slug: str) -> None:
    url = "https://adyghe-news.example/2024/03/05/" + slug
    assert _findings("Адыгэкъалэ" + ADYGHE, "Мыекъуапэ" + ADYGHE, url) == {"title_mismatch": "fail"}


def test_a_three_word_headline_without_a_slug_stays_a_warning() -> None:
    assert _findings("Адыгэкъалэ" + ADYGHE, "Мыекъуапэ" + ADYGHE) == {"title_mismatch": "warn"}


# --- A name's particles ------------------------------------------------------------------------------------

SPANISH = "Nuevo puente abierto esta semana sobre el río en "


def test_a_name_of_two_words_and_two_particles_is_a_name() -> None:
    cited, page = SPANISH + "Santiago de los Caballeros", SPANISH + "Puerto Plata"
    assert _name_runs_swapped(cited, page) == ("Santiago de los Caballeros", "Puerto Plata")
    assert _findings(cited, page) == {"title_mismatch": "fail"}


def test_a_run_with_a_longer_lower_case_word_is_no_name() -> None:
    assert _name_runs_swapped(SPANISH + "la ciudad vieja de Santiago", SPANISH + "Puerto Plata") is None


# --- A kicker of the site's name's words ----------------------------------------------------------------

SITE = "Il Corriere di Lecco"
HEAD = ": nuovo ponte sull'Adda aperto al traffico dopo due anni di lavori"


def test_a_kicker_naming_part_of_the_sites_name_is_no_affix() -> None:
    assert _strip_affixes("Lecco" + HEAD, (SITE,), ()) == "Lecco" + HEAD


def test_another_place_before_the_colon_is_reported() -> None:
    assert "title_mismatch" in _findings("Como" + HEAD, "Lecco" + HEAD + " - " + SITE, site=SITE)


def test_the_same_kicker_still_matches() -> None:
    assert _findings("Lecco" + HEAD, "Lecco" + HEAD + " - " + SITE, site=SITE) == {}


def test_the_sites_whole_name_before_the_headline_is_still_an_affix() -> None:
    assert _strip_affixes("Corriere di Lecco" + HEAD, (SITE,), ()) == HEAD[2:]
    assert _strip_affixes("Lecco | nuovo ponte sull'Adda aperto al traffico", (SITE,), ()) == (
        "nuovo ponte sull'Adda aperto al traffico"
    )


# --- First words declined alike in a script without capitals ---------------------------------------------

MARATHI = " नवीन सरकारी रुग्णालय सुरू झाले"  # "... a new government hospital opened"


def test_two_first_words_declined_alike_without_capitals_are_two_places() -> None:
    assert _name_swapped("नाशिकात" + MARATHI, "पुण्यात" + MARATHI, (), ()) == "name"
    assert _findings("नाशिकात" + MARATHI, "पुण्यात" + MARATHI) == {"title_mismatch": "fail"}


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("मुंबई" + MARATHI, "पुणे" + MARATHI),  # no shared ending: left to the score and its warning
        ("नाशिकात" + " नवीन खासगी रुग्णालय सुरू झाले", "पुण्यात" + MARATHI),  # differing elsewhere too
        ("Kazan new hospital opened today", "Samara new hospital opened today"),  # a script with capitals
    ],
)
def test_first_words_otherwise_are_left_alone(cited: str, page: str) -> None:
    assert _name_swapped(cited, page, (), ()) != "name"
