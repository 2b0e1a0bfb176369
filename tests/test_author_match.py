"""The matcher and a page's author (meta1): an outlet cited that the page names as its author (a wire whose
story another site carries, a columnist named where the outlet goes) is a warning naming the site that
publishes the page, not another outlet's failure; a wire the page does not name still fails."""

from __future__ import annotations

from linkcheck.config import Config
from linkcheck.match import match_citation
from linkcheck.models import Author, Citation, Finding, FindingKind, Metadata, Severity

CONFIG = Config()
URL = "https://www.usnews.com/news/world/articles/2024-10-25/russias-central-bank-raises-key-rate-to-21"


def _outlet(
    cited: str, *authors: Author, site: str = "US News & World Report", url: str = URL
) -> Finding | None:
    metadata = Metadata(title="Russia's Central Bank Raises Key Rate to 21%", site_name=site, author=authors)
    found = match_citation(Citation(url=url, outlet=cited), metadata, final_url=url, config=CONFIG)
    outlet = [f for f in found if f.kind is FindingKind.OUTLET_MISMATCH]
    return outlet[0] if outlet else None


def test_wire_named_as_organisation_author_is_a_warning_naming_the_site() -> None:
    finding = _outlet("Reuters", Author("Reuters", "organization"))
    assert finding is not None
    assert finding.severity is Severity.WARN
    assert "Reuters" in finding.message
    assert "US News & World Report" in finding.message


def test_wire_in_cyrillic_named_as_author() -> None:
    url = "https://news.mail.ru/politics/63123456/"
    finding = _outlet("ТАСС", Author("ТАСС", "organization"), site="Новости Mail", url=url)
    assert finding is not None
    assert finding.severity is Severity.WARN
    assert "Новости Mail" in finding.message


def test_author_of_unknown_kind_still_names_the_wire() -> None:
    finding = _outlet("AFP", Author("AFP", None))
    assert finding is not None
    assert finding.severity is Severity.WARN


def test_wire_among_several_authors() -> None:
    finding = _outlet("Reuters", Author("Alex Lawler", "person"), Author("Reuters", "organization"))
    assert finding is not None
    assert finding.severity is Severity.WARN


def test_columnist_cited_as_outlet_is_a_warning_saying_writer() -> None:
    finding = _outlet("George Monbiot", Author("George Monbiot", "person"), site="the Guardian")
    assert finding is not None
    assert finding.severity is Severity.WARN
    assert "writer" in finding.message
    assert "the Guardian" in finding.message


def test_wire_cited_for_a_page_naming_no_author_fails() -> None:
    finding = _outlet("Reuters")
    assert finding is not None
    assert finding.severity is Severity.FAIL


def test_wire_cited_for_a_page_naming_another_wire_fails() -> None:
    finding = _outlet("Reuters", Author("Associated Press", "organization"))
    assert finding is not None
    assert finding.severity is Severity.FAIL


def test_site_cited_for_a_wire_story_passes() -> None:
    assert _outlet("US News & World Report", Author("Reuters", "organization")) is None
