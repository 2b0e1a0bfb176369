"""An IP address names no outlet and is a site of its own (names.host_labels, match, soft404)."""

from __future__ import annotations

import pytest

from linkcheck.config import Config
from linkcheck.match import match_citation
from linkcheck.models import Cause, Citation, FindingKind, Metadata
from linkcheck.names import host_labels
from linkcheck.soft404 import soft_404_signal


@pytest.mark.parametrize("host", ["127.0.0.1", "192.168.0.10", "10.0.0.1.", "[::1]", "2001:db8::1"])
def test_an_ip_address_has_no_labels(host: str) -> None:
    assert host_labels(host) == []


@pytest.mark.parametrize(
    ("host", "labels"),
    [("news.bbc.co.uk", ["bbc"]), ("echo.msk.ru", ["msk", "echo"]), ("localhost", ["localhost"])],
)
def test_a_name_keeps_its_labels(host: str, labels: list[str]) -> None:
    assert host_labels(host) == labels


def test_an_outlet_is_not_held_to_an_ip_address() -> None:
    # the page names no site and is served from an address: nothing says which outlet it is
    citation = Citation(
        "http://127.0.0.6/news/1", title="Minister approves study", outlet="The Loopback Herald"
    )
    page = Metadata(title="Minister approves study")
    findings = match_citation(citation, page, final_url=citation.url, config=Config())
    assert [f for f in findings if f.kind is FindingKind.OUTLET_MISMATCH] == []


def test_an_outlet_is_still_held_to_a_named_host() -> None:
    citation = Citation(
        "https://www.othersite.test/news/1", title="Minister approves study", outlet="RIA Novosti"
    )
    page = Metadata(title="Minister approves study")
    findings = match_citation(citation, page, final_url=citation.url, config=Config())
    outlet = [f for f in findings if f.kind is FindingKind.OUTLET_MISMATCH]
    assert len(outlet) == 1
    assert "othersite" in outlet[0].message


def test_two_addresses_are_two_sites() -> None:
    # a redirect to a section of another address is not "the site's own section front page"
    moved = soft_404_signal(
        "http://10.0.0.1/politika/7487995", "http://192.168.0.1/politika/", Metadata(title="Politika"), 1
    )
    assert moved is None
    same = soft_404_signal(
        "http://10.0.0.1/politika/7487995", "http://10.0.0.1/politika/", Metadata(title="Politika"), 1
    )
    assert same is not None
    assert same[0] is Cause.FRONT_PAGE
    named = soft_404_signal(
        "https://ria.ru/politika/7487995", "https://m.ria.ru/politika/", Metadata(title="Politika"), 1
    )
    assert named is not None
    assert named[0] is Cause.FRONT_PAGE
