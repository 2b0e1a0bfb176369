"""Rules of the forty-eighth held-out matching batch (docs/benchmarks.md, "The forty-eighth held-out
matching batch"), each on small strings with what it must leave alone: two runs of names sharing an office's
word at one place (``Azerbaijani President Aliyev``/``Turkmen President Berdymukhamedov``) are two people;
a paper's name with another edition's after a dash is a doubt, not another outlet; a media group or public
broadcaster cited for a site it owns or runs (a table of owners and their outlets' domains) is a doubt,
not another outlet."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.match import match_citation
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate

CONFIG = Config()
#: An address whose last segment is an identifier: a slug of no words.
PLAIN_URL = "https://tass.com/politics/1851234"


def _findings(
    cited: str,
    page: str,
    url: str = PLAIN_URL,
    site: str | None = None,
    outlet: str | None = None,
) -> dict[str, str]:
    """The findings' kinds and severities of a citation of ``cited`` (from ``outlet``, dated the page's day)
    on a page titled ``page`` (its site's name ``site``) at ``url``."""
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(dt.date(2024, 10, 9), "opengraph"),
        site_name=site,
    )
    citation = Citation(url=url, title=cited, date=PartialDate(2024, 10, 9), outlet=outlet)
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


# --- two people named by the same office ------------------------------------------------------------

PAGE = "Putin to hold talks with Azerbaijani President Aliyev in Astana"


@pytest.mark.parametrize(
    "cited",
    [
        "Putin to hold talks with Turkmen President Berdymukhamedov in Astana",
        "Putin to hold talks with Kyrgyz President Japarov in Astana",
    ],
)
def test_another_states_president_in_the_same_words_fails(cited: str) -> None:
    assert _findings(cited, PAGE).get("title_mismatch") == "fail"


def test_another_regions_governor_in_the_same_words_fails() -> None:
    page = "Residents evacuated as Belgorod Governor Gladkov orders curfew in border villages"
    cited = "Residents evacuated as Kursk Governor Smirnov orders curfew in border villages"
    assert _findings(cited, page).get("title_mismatch") == "fail"


@pytest.mark.parametrize(
    "cited",
    [
        PAGE,
        "Putin to hold talks with Azerbaijan's President Aliyev in Astana",
        "Putin to hold talks with Azerbaijani President Aliev in Astana",
    ],
)
def test_one_president_spelled_otherwise_is_no_other_person(cited: str) -> None:
    assert _findings(cited, PAGE).get("title_mismatch") != "fail"


def test_a_particle_shared_between_two_names_is_no_office() -> None:
    # ``in`` at one place in ``Erdogan in Ankara``/``Aliyev in Baku``: two names two words apart, which the
    # name rules leave to the score (test_match_rules26); a shared word must be capitalised to be an office.
    found = _findings("Putin meets Erdogan in Ankara on grain", "Putin meets Aliyev in Baku on grain")
    assert found.get("title_mismatch") != "fail"


# --- another edition of the same paper ----------------------------------------------------------------

KP_URL = "https://www.spb.kp.ru/daily/27645/4987654/"
KP_TITLE = "В Петербурге открыли новый пешеходный мост через Смоленку"
KP_SITE = "Комсомольская правда — Санкт-Петербург"


def test_the_papers_other_edition_is_a_doubt_not_another_outlet() -> None:
    found = _findings(KP_TITLE, KP_TITLE, KP_URL, KP_SITE, "Комсомольская правда — Новосибирск")
    assert found.get("outlet_mismatch") == "warn"


@pytest.mark.parametrize("outlet", [KP_SITE, "Комсомольская правда"])
def test_the_papers_own_edition_or_name_passes(outlet: str) -> None:
    assert "outlet_mismatch" not in _findings(KP_TITLE, KP_TITLE, KP_URL, KP_SITE, outlet)


def test_another_papers_edition_still_fails() -> None:
    found = _findings(KP_TITLE, KP_TITLE, KP_URL, KP_SITE, "Московский комсомолец — Новосибирск")
    assert found.get("outlet_mismatch") == "fail"


# --- an outlet's owner ------------------------------------------------------------------------------

RIA_URL = "https://ria.ru/20241015/vokzal-1977654321.html"
RIA_TITLE = "В Самаре после реконструкции открыли речной вокзал"


@pytest.mark.parametrize(
    ("outlet", "url", "site"),
    [
        ("Rossiya Segodnya", RIA_URL, "РИА Новости"),
        ("Россия сегодня", RIA_URL, "РИА Новости"),
        ("Radio Free Europe/Radio Liberty", "https://www.azattyk.org/a/33215678.html", "Азаттык Үналгысы"),
        ("Reach plc", "https://www.walesonline.co.uk/news/wales-news/flooding-30412345", "WalesOnline"),
    ],
)
def test_an_owner_cited_for_its_outlet_is_a_doubt(outlet: str, url: str, site: str) -> None:
    assert _findings(RIA_TITLE, RIA_TITLE, url, site, outlet).get("outlet_mismatch") == "warn"


@pytest.mark.parametrize(
    ("outlet", "url", "site"),
    [
        ("Rossiya Segodnya", "https://tass.ru/ekonomika/22081234", "ТАСС"),
        ("Reach plc", "https://www.bbc.co.uk/news/articles/c0l8xq1v2l3o", "BBC News"),
        ("Radio Free Europe/Radio Liberty", RIA_URL, "РИА Новости"),
    ],
)
def test_an_owner_cited_for_a_site_it_does_not_own_fails(outlet: str, url: str, site: str) -> None:
    assert _findings(RIA_TITLE, RIA_TITLE, url, site, outlet).get("outlet_mismatch") == "fail"
