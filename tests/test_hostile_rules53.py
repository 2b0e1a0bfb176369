"""Rules added in the fifty-third hostile round (host53), each on strings, with controls that must not fire.

- a removed article sent up to a section three segments deep (``/news/world/europe/`` from
  ``/news/world/europe/2024/03/...``) is a soft 404, as one two segments deep was
  (``soft404._deep_section_of``);
- a 301 that only names the directory's index file (``/report/`` -> ``/report/index.html``) offers no new
  address (``classify._index_file_named``, in ``moved_finding``);
- a 429 (or 503) without ``Retry-After`` is waited for as its rate-limit fields say: ``RateLimit-Reset``,
  ``X-RateLimit-Reset`` (seconds or a Unix time) or the combined ``RateLimit`` field
  (``fetch.parse_ratelimit_reset``, read by ``_with_retry_after``).
"""

from __future__ import annotations

import pytest

from linkcheck import fetch
from linkcheck.classify import moved_finding
from linkcheck.extract import extract_metadata
from linkcheck.models import FetchResult, Redirect
from linkcheck.soft404 import soft_404_signal

SITE = "https://harbour-gazette.example"

_SECTION = (
    b'<!DOCTYPE html><html lang=en><head><meta charset="utf-8"><title>Europe | Harbour Gazette</title></head>'
    b'<body><main><h1>Europe</h1><ul><li><a href="/news/world/europe/2024/03/a">One</a></li>'
    b'<li><a href="/news/world/europe/2024/03/b">Two</a></li></ul></main></body></html>'
)
_STORY = (
    b'<!DOCTYPE html><html lang=en><head><meta charset="utf-8">'
    b'<meta property="article:published_time" content="2024-03-12T09:00:00Z">'
    b"<title>Ferry strike called off</title></head><body><article><h1>Ferry strike called off</h1>"
    b"<p>The ferry crews voted to accept the offer.</p></article></body></html>"
)


def _signal(requested: str, final: str, body: bytes) -> str | None:
    metadata = extract_metadata(body, final, {"content-type": "text/html; charset=utf-8"})
    signal = soft_404_signal(requested, final, metadata, 1, body)
    return None if signal is None else signal[1]


# --- a section three segments deep -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("requested", "final"),
    [
        ("/news/world/europe/2024/03/ferry-strike-called-off", "/news/world/europe/"),
        ("/sport/football/premier-league/68123456", "/sport/football/premier-league"),
        ("/fiftythird/news/harbour/2024/03/pilots-strike-called-off", "/fiftythird/news/harbour/"),
    ],
)
def test_a_move_up_to_a_section_three_segments_deep_is_a_soft_404(requested: str, final: str) -> None:
    reason = _signal(SITE + requested, SITE + final, _SECTION)
    assert reason is not None
    assert "section front page" in reason, reason


@pytest.mark.parametrize(
    ("requested", "final", "body"),
    [
        # the page the move led to is dated: a story, not a section
        ("/news/world/europe/2024/03/ferry-strike", "/news/world/europe/", _STORY),
        # no date or id after the prefix: a longer path of words, the move a rename
        ("/news/world/europe/ferry-strike-called-off", "/news/world/europe/", _SECTION),
        # a slug of three words as the third segment: an article's shape, not a section's
        ("/news/world/ferry-strike-ends/2024/amp", "/news/world/ferry-strike-ends", _SECTION),
        # another site
        ("/news/world/europe/2024/03/ferry-strike", "https://other.example/news/world/europe/", _SECTION),
        # a query on the section's address (a page of results, a gate)
        ("/news/world/europe/2024/03/ferry-strike", "/news/world/europe/?page=2", _SECTION),
    ],
)
def test_other_moves_up_a_deep_path_are_not_a_section(requested: str, final: str, body: bytes) -> None:
    final_url = final if final.startswith("http") else SITE + final
    reason = _signal(SITE + requested, final_url, body)
    assert reason is None or "section front page" not in reason, reason


# --- a 301 naming the directory's index file -------------------------------------------------------------


def _moved(cited: str, target: str, status: int = 301) -> FetchResult:
    return FetchResult(url=cited, final_url=target, status_code=200, redirects=(Redirect(status, target),))


@pytest.mark.parametrize(
    ("cited", "target"),
    [
        (f"{SITE}/reports/harbour/", f"{SITE}/reports/harbour/index.html"),
        (f"{SITE}/reports/harbour", f"{SITE}/reports/harbour/index.htm"),
        (f"{SITE}/reports/harbour/", f"{SITE}/reports/harbour/default.aspx"),
        (f"{SITE}/reports/harbour/?year=2024", f"{SITE}/reports/harbour/index.php?year=2024"),
    ],
)
def test_a_301_to_the_directory_index_file_offers_nothing(cited: str, target: str) -> None:
    assert moved_finding(_moved(cited, target)) is None


@pytest.mark.parametrize(
    ("cited", "target", "severity"),
    [
        # another directory's index file: a move
        (f"{SITE}/reports/harbour/", f"{SITE}/archive/harbour/index.html", "warn"),
        # the index file dropped is still said (as before): the shorter address is the one to cite
        (f"{SITE}/reports/harbour/index.html", f"{SITE}/reports/harbour/", "info"),
        # the index file and HTTPS: the new scheme is worth saying
        ("http://harbour-gazette.example/reports/", f"{SITE}/reports/index.html", "info"),
        # a file that only holds "index" in its name
        (f"{SITE}/reports/", f"{SITE}/reports/index-of-reports.html", "warn"),
    ],
)
def test_other_moves_around_an_index_file_are_still_said(cited: str, target: str, severity: str) -> None:
    finding = moved_finding(_moved(cited, target))
    assert finding is not None
    assert str(finding.severity) == severity, finding


# --- rate-limit fields without Retry-After -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"ratelimit-reset": "1"}, 1.0),
        ({"ratelimit-limit": "30", "ratelimit-remaining": "0", "ratelimit-reset": " 17 "}, 17.0),
        ({"x-ratelimit-reset": "42"}, 42.0),
        ({"x-ratelimit-reset": "1700000060"}, 60.0),  # a Unix time, 60 s after "now"
        ({"x-rate-limit-reset": "1700000005"}, 5.0),
        ({"ratelimit": "limit=30, remaining=0, reset=3"}, 3.0),
        ({"ratelimit": '"default";r=0;t=8'}, 8.0),
        ({"x-ratelimit-reset": "1699999990"}, 0.0),  # already past: no wait
    ],
)
def test_a_rate_limit_reset_is_read_as_the_wait(headers: dict[str, str], seconds: float) -> None:
    assert fetch.parse_ratelimit_reset(headers, now=1_700_000_000.0) == seconds


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"ratelimit-limit": "30", "ratelimit-remaining": "0"},
        {"ratelimit-reset": "soon"},
        {"ratelimit-reset": "1.5"},
        {"x-ratelimit-reset": "-4"},
        {"ratelimit-reset": "9" * 40},
        {"ratelimit": "limit=30, remaining=0"},
        {"ratelimit": "preset=4"},
    ],
)
def test_other_rate_limit_fields_give_no_wait(headers: dict[str, str]) -> None:
    assert fetch.parse_ratelimit_reset(headers, now=1_700_000_000.0) is None


def test_a_429_with_only_a_ratelimit_reset_waits_as_told() -> None:
    from linkcheck.fetch import _Attempt, _with_retry_after

    told = _with_retry_after(_Attempt("http://a.example/"), 429, {"ratelimit-reset": "2"})
    assert (told.transient, told.retry_after) == (True, 2.0)
    # Retry-After, where there is one, still rules
    both = _with_retry_after(_Attempt("http://a.example/"), 429, {"retry-after": "4", "ratelimit-reset": "2"})
    assert both.retry_after == 4.0
    # a 200 with rate-limit fields (every answer of an API gateway carries them) waits for nothing
    fine = _with_retry_after(_Attempt("http://a.example/"), 200, {"ratelimit-reset": "2"})
    assert (fine.transient, fine.retry_after) == (False, None)
