"""Rules of the twenty-second held-out matching batch (docs/benchmarks.md, "Twenty-second batch"), each on
small strings with what it must leave alone: a title in another script whose figures are not the page's
(no translation: a failure, not a warning); a language's name before a word saying what kind of outlet a
name is (``Russian News Agency TASS``: the country's, no language edition); a GOST reference's outlet
after `` // `` (``ИТАР-ТАСС. — 2020``, ``РИА Новости : [сайт]``); an entry's date labelled ``Published``,
which a later update on the page does not vouch for."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._entries import _gost_outlet
from linkcheck.config import Config
from linkcheck.match import _figures_differ, _other_language_edition, match_citation
from linkcheck.models import (
    Citation,
    ExtractedDate,
    FindingKind,
    Metadata,
    PartialDate,
    Severity,
    TitleCandidate,
)

CONFIG = Config()
URL = "https://suspilne.media/politics/934567-uriad-vydilyv-35-mlrd-hryven-na-zakupivliu-ppo/"
_UK = "Уряд виділив 3,5 млрд гривень на закупівлю систем ППО"


def _day(text: str, source: str = "opengraph") -> ExtractedDate:
    return ExtractedDate(dt.date.fromisoformat(text), source)


def _page(title: str, published: str, modified: str | None = None, **extra: str) -> Metadata:
    return Metadata(
        title=title,
        title_candidates=(TitleCandidate(title, "opengraph"),),
        published=_day(published),
        modified=_day(modified) if modified else None,
        **extra,  # type: ignore[arg-type]
    )


def _findings(citation: Citation, meta: Metadata) -> dict[FindingKind, Severity]:
    found = match_citation(citation, meta, final_url=citation.url, config=CONFIG)
    return {f.kind: f.severity for f in found}


# --- a title in another script with other figures is no translation ----------------------------------------


@pytest.mark.parametrize(
    ("cited", "page", "differ"),
    [
        ("Government allocates UAH 5.2 billion to buy air defence systems", _UK, True),
        ("Government allocates UAH 3.5 billion to buy air defence systems", _UK, False),  # 3,5 = 3.5
        ("Government allocates UAH 3.5 billion for air defence in 2023", _UK, False),  # a year added
        ("Government allocates funds to buy air defence systems", _UK, False),  # no figure cited
        ("Kyiv hit by 45 drones overnight", "Київ атакували 70 дронів уночі", True),
        ("Kyiv hit by drones overnight", "Київ атакували дрони уночі", False),
    ],
)
def test_figures_differ(cited: str, page: str, differ: bool) -> None:
    assert _figures_differ(cited, page) is differ


def test_translation_with_other_figures_fails() -> None:
    meta = _page(_UK, "2024-10-08", language="uk")
    cited = "Government allocates UAH 5.2 billion to buy air defence systems"
    citation = Citation(url=URL, title=cited, date=PartialDate.parse("2024-10-08"))
    assert _findings(citation, meta)[FindingKind.TITLE_MISMATCH] is Severity.FAIL


def test_translation_with_the_same_figures_still_warns() -> None:
    meta = _page(_UK, "2024-10-08", language="uk")
    cited = "Government allocates UAH 3.5 billion to buy air defence systems"
    citation = Citation(url=URL, title=cited, date=PartialDate.parse("2024-10-08"))
    assert _findings(citation, meta)[FindingKind.TITLE_MISMATCH] is Severity.WARN


# --- a language's name before a kind of outlet names no edition ---------------------------------------------


@pytest.mark.parametrize("cited", ["Russian News Agency TASS", "Ukrainian News", "Turkish Times"])
def test_language_word_before_a_kind_of_outlet_is_no_edition(cited: str) -> None:
    assert _other_language_edition(cited, ("TASS",), "en") is None


@pytest.mark.parametrize(
    "cited", ["BBC Russian", "BBC Russian Service", "Russian Service of TASS", "TASS Russian edition"]
)
def test_language_edition_still_doubted(cited: str) -> None:
    finding = _other_language_edition(cited, ("TASS",), "en")
    assert finding is not None
    assert "russian edition" in finding.message


def test_full_name_of_an_agency_matches() -> None:
    meta = _page(
        "Zhirinovsky urges Iran to buy Russia's S-400, S-500 systems",
        "2020-01-09",
        site_name="TASS",
        language="en",
    )
    citation = Citation(url="https://tass.com/politics/1106021", outlet="Russian News Agency TASS")
    assert FindingKind.OUTLET_MISMATCH not in _findings(citation, meta)


# --- a GOST reference's outlet ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "outlet"),
    [
        ("ИТАР-ТАСС. — 2020. — 9 янв. — URL: x", "ИТАР-ТАСС"),
        ("РИА Новости : [сайт]. — 2020. — 10 янв.", "РИА Новости"),
        ("Коммерсантъ. — 2020. — № 3", "Коммерсантъ"),
        ("Interfax.ru. — 2020", "Interfax.ru"),  # a dot inside a name is no full stop
        ("РИА Новости — 2020", "РИА Новости"),
        ("2020. — № 3", None),  # no name: a year
        ("", None),
    ],
)
def test_gost_outlet(after: str, outlet: str | None) -> None:
    assert _gost_outlet(after) == outlet


@pytest.mark.parametrize("outlet", ["ИТАР-ТАСС", "РИА Новости", "ТАСС"])
def test_gost_reference_reads_its_outlet(outlet: str) -> None:
    url = "https://tass.ru/politika/7490112"
    text = (
        "## Список литературы\n\n1. Репортёр Я. Жириновский посоветовал Ирану открыть базы // "
        f"{outlet}. — 2020. — 9 янв. — URL: {url} (дата обращения: 30.11.2024).\n"
    )
    (citation,) = [c for c in extract_citations(text, "markdown", "t") if c.url == url]
    assert (citation.title, citation.outlet, str(citation.date)) == (
        "Жириновский посоветовал Ирану открыть базы",
        outlet,
        "2020-01-09",
    )


# --- a date labelled Published, which a later update does not vouch for ------------------------------------

_MT = "https://www.themoscowtimes.com/2023/05/02/explainer-what-russia-can-still-sell-iraq-a81020"


def _entry(text: str) -> Citation:
    (found,) = [c for c in extract_citations(f"## References\n\n{text}\n", "markdown", "t") if c.url == _MT]
    return found


def test_published_label_is_kept() -> None:
    citation = _entry(
        f"1. Explainer: What Russia can still sell Iraq. The Moscow Times. Published May 3, 2024. {_MT}"
    )
    assert str(citation.date) == "2024-05-03"
    assert citation.published_label


@pytest.mark.parametrize(
    "entry",
    [
        f"1. Explainer: What Russia can still sell Iraq. The Moscow Times. Updated May 3, 2024. {_MT}",
        f'The Moscow Times. 2024. "Explainer: What Russia Can Still Sell Iraq." May 3, 2024. {_MT}',
    ],
)
def test_no_published_label(entry: str) -> None:
    citation = _entry(entry)
    assert str(citation.date) == "2024-05-03"
    assert not citation.published_label


def test_update_does_not_vouch_for_a_labelled_publication_day() -> None:
    meta = _page("Explainer: What Russia Can Still Sell Iraq", "2023-05-02", "2024-05-03")
    labelled = Citation(url=_MT, date=PartialDate.parse("2024-05-03"), published_label=True)
    assert _findings(labelled, meta)[FindingKind.DATE_MISMATCH] is Severity.FAIL


def test_update_still_vouches_for_a_bare_date() -> None:
    meta = _page("Explainer: What Russia Can Still Sell Iraq", "2023-05-02", "2024-05-03")
    bare = Citation(url=_MT, date=PartialDate.parse("2024-05-03"))
    assert FindingKind.DATE_MISMATCH not in _findings(bare, meta)
    labelled_right = Citation(url=_MT, date=PartialDate.parse("2023-05-02"), published_label=True)
    assert FindingKind.DATE_MISMATCH not in _findings(labelled_right, meta)
