"""The rule added after the seed4 probe (``tests/test_seed_probe4.py``), on small values and one site.

A permanent redirect to the outlet's AMP copy (or a mirror) whose canonical address is the cited one is no
move to report: ``classify.canonical_undoes_move``. Each positive case fails on the base's code (base43d);
the cases left alone pass there and here.
"""

from __future__ import annotations

import pytest

from linkcheck import Config, check, parse_sources
from linkcheck.classify import canonical_undoes_move
from linkcheck.models import Finding, FindingKind, Severity
from tests.site_server import Page, serve

CITED = "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses"
AMP = "https://www.themoscowtimes.com/amp/2024/05/02/will-russia-reinforce-iraqs-air-defenses"
TITLE = "Will Russia Reinforce Iraq's Air Defenses?"


def _moved(expected: str, actual: str, severity: Severity = Severity.WARN) -> Finding:
    return Finding(
        FindingKind.MOVED,
        severity,
        f"permanently redirected; update the citation to {actual}",
        expected,
        actual,
    )


@pytest.mark.parametrize(
    "canonical",
    [
        CITED,
        CITED + "/",  # a trailing slash
        CITED.replace("https://www.", "http://"),  # the scheme and www. written otherwise
        CITED + "?utm_source=amp&utm_medium=referral",  # a tracking query
    ],
)
def test_a_move_whose_landing_page_names_the_cited_address_canonical_is_undone(canonical: str) -> None:
    assert canonical_undoes_move(_moved(CITED, AMP), canonical)


@pytest.mark.parametrize(
    "copy",
    [
        AMP,
        CITED + "/amp",  # an amp segment at the end
        CITED + ".amp.html",  # .amp before the extension (the cited address has none: see below)
        CITED.replace("www.", "amp.") + "/",  # an amp. host
        CITED.replace("www.themoscowtimes.com", "mirror.mt-news.org"),  # a mirror: the same path elsewhere
    ],
)
def test_every_copy_of_the_cited_path_is_one(copy: str) -> None:
    cited = CITED + ".html" if copy.endswith(".amp.html") else CITED
    assert canonical_undoes_move(_moved(cited, copy), cited)


@pytest.mark.parametrize(
    ("moved", "canonical"),
    [
        (_moved(CITED, AMP), AMP),  # the new address is its own canonical: a real move
        (_moved(CITED, AMP), None),  # no canonical: the redirect is all we know
        (_moved(CITED, AMP), ""),
        (_moved(CITED, AMP), "https://www.themoscowtimes.com/2024/05/02/another-story"),  # another page
        (_moved(CITED, AMP), "https://www.themoscowtimes.com/"),  # a template's canonical to the front page
        # a move to another path whose page was left with the old address as canonical: still a move
        (_moved(CITED, CITED.replace("/2024/", "/world/2024/")), CITED),
        (
            _moved(
                CITED, "https://www.group-media.co.uk/moscow-times/will-russia-reinforce-iraqs-air-defenses"
            ),
            CITED,
        ),
        (_moved(CITED, CITED.replace("defenses", "defences")), CITED),  # a slug respelled
        # a move that only adds HTTPS is info and says so, whatever the canonical
        (_moved(CITED.replace("https", "http"), CITED, Severity.INFO), CITED.replace("https", "http")),
        (Finding(FindingKind.MOVED, Severity.WARN, "m", None, AMP), CITED),  # no cited address to compare
    ],
)
def test_other_moves_are_left_alone(moved: Finding, canonical: str | None) -> None:
    assert not canonical_undoes_move(moved, canonical)


def _story(canonical: str | None) -> Page:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return Page(
        body=(
            f"<!doctype html><html amp lang='en'><head><meta charset='utf-8'><title>{TITLE}</title>{link}"
            "<meta property='og:site_name' content='The Moscow Times'>"
            "<meta property='article:published_time' content='2024-05-02T15:20:00+03:00'></head>"
            f"<body><article><h1>{TITLE}</h1>"
            + "<p>Analysts weigh Moscow's options in Iraq.</p>" * 8
            + "</article></body></html>"
        ).encode()
    )


def _kinds_after_a_301(target_path: str, canonical_path: str | None) -> dict[str, str]:
    routes = {"/2024/05/02/story": Page(301, b"", {"Location": target_path, "Content-Type": "text/html"})}
    with serve(routes) as site:
        routes[target_path] = _story(site.url(canonical_path) if canonical_path else None)
        cited = site.url("/2024/05/02/story")
        citations = parse_sources(f"{cited} | title: {TITLE} | outlet: The Moscow Times", source="inline")
        (result,) = check(citations, Config(allow_hosts=(site.hostport,), retries=0)).results
    assert result.status.value == "ok"
    return {f.kind.value: f.severity.value for f in result.findings}


def test_a_301_to_the_amp_copy_whose_canonical_is_the_cited_address_reports_no_move() -> None:
    assert _kinds_after_a_301("/amp/2024/05/02/story", "/2024/05/02/story") == {}


def test_a_301_to_a_new_address_that_is_its_own_canonical_is_still_moved() -> None:
    assert _kinds_after_a_301("/news/2024/05/02/story-1563219", "/news/2024/05/02/story-1563219") == {
        "moved": "warn"
    }


def test_a_301_to_a_page_without_a_canonical_is_still_moved() -> None:
    assert _kinds_after_a_301("/amp/2024/05/02/story", None) == {"moved": "warn"}
