"""One state entry for one URL however it is spelt (fix4): nightly3's leftovers.

- An empty path and ``/`` are the same for ``http`` and ``https`` (RFC 3986 6.2.3): ``http://news.example``
  and ``http://news.example/`` (and ``http://news.example?p=2`` and ``http://news.example/?p=2``) are one
  key, ``http://news.example/``. Before, a citation respelt that way started its failures again.
- A %-escape's hex digits are case-insensitive (6.2.2.1: ``%2f`` is ``%2F``) and an escaped unreserved
  character is that character (6.2.2.2: ``%7E`` is ``~``, ``%41`` is ``A``). Reserved characters stay
  escaped (``%2F`` is not ``/``), and nothing else is touched.
- A state file the base (base43) wrote keeps its entries: its keys are read in the new form, and two of its
  keys for one URL become the entry checked last.
- The Markdown report's "Newly broken" list names each URL's lines also when the history's key is spelt
  otherwise than the citation (``HTTP://News.Example`` cited, ``http://news.example/`` its key).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from linkcheck.models import Report
from linkcheck.report import render
from linkcheck.state import GracePolicy, State, load_state, save_state, state_from_dict, url_key
from tests.test_state import dead, ok, run

NOW = dt.datetime(2026, 12, 5, 3, 0, tzinfo=dt.timezone.utc)
DAY = dt.timedelta(days=1)

#: The state file base43's ``save_state`` wrote after two failing nights of two links (verbatim).
BASE43_STATE = """{
 "schema": "linkcheck-state/1",
 "updated": "2026-12-02T03:00:00+00:00",
 "runs": 2,
 "urls": {
  "http://news.example": {
   "first_failure": "2026-12-01T03:00:00+00:00",
   "last_failure": "2026-12-02T03:00:00+00:00",
   "consecutive_failures": 2,
   "last_success": null,
   "last_status": "dead",
   "last_cause": "not_found",
   "last_checked": "2026-12-02T03:00:00+00:00"
  },
  "https://news.example/a%2fb": {
   "first_failure": "2026-12-01T03:00:00+00:00",
   "last_failure": "2026-12-02T03:00:00+00:00",
   "consecutive_failures": 2,
   "last_success": null,
   "last_status": "dead",
   "last_cause": "not_found",
   "last_checked": "2026-12-02T03:00:00+00:00"
  }
 }
}
"""


@pytest.mark.parametrize(
    ("cited", "key"),
    [
        ("http://news.example", "http://news.example/"),
        ("http://news.example/", "http://news.example/"),
        ("HTTPS://News.Example:443", "https://news.example/"),
        ("https://news.example#top", "https://news.example/"),
        ("http://news.example?page=2", "http://news.example/?page=2"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/"),
        ("http://[::1]", "http://[::1]/"),
        ("https://news.example/a%2fb", "https://news.example/a%2Fb"),
        ("https://news.example/%7Eeditor/?q=%e2%82%ac", "https://news.example/~editor/?q=%E2%82%AC"),
        ("https://news.example/%41%2d%5f%2E%30", "https://news.example/A-_.0"),
    ],
)
def test_an_empty_path_and_escapes_are_spelt_one_way(cited: str, key: str) -> None:
    assert url_key(cited) == key


@pytest.mark.parametrize(
    "url",
    [
        "http://news.example/x",  # a path already
        "https://news.example/a%2Fb",  # an escaped reserved character stays escaped, in upper case
        "https://news.example/a%20b",
        "https://news.example/Story?Q=%3D",
        "ftp://files.example",  # another scheme: its empty path is left as written
        "mailto:desk@news.example",
        "not a url",
        "https://news.example/100%",  # a % that escapes nothing is not an escape
    ],
)
def test_urls_in_normal_form_are_left_alone(url: str) -> None:
    assert url_key(url) == url


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("https://news.example/x", "https://news.example/x/"),  # a path's trailing slash is another path
        ("https://news.example/a%2Fb", "https://news.example/a/b"),
        ("https://news.example/Story", "https://news.example/story"),
        ("https://news.example/", "https://www.news.example/"),
    ],
)
def test_urls_that_differ_stay_apart(one: str, other: str) -> None:
    assert url_key(one) != url_key(other)


def test_a_citation_respelt_with_a_slash_continues_its_streak() -> None:
    policy = GracePolicy(fail_after=2)
    _, state = run(State(), dead("http://news.example"), when=NOW, policy=policy)
    report, state = run(state, dead("http://news.example/"), when=NOW + DAY, policy=policy)
    assert set(state.urls) == {"http://news.example/"}
    assert state.urls["http://news.example/"].consecutive_failures == 2
    assert report.results[0].verdict.value == "fail"
    assert report.history is not None
    assert report.history.still_broken == ("http://news.example/",)


def test_escapes_respelt_in_lower_case_continue_their_streak() -> None:
    policy = GracePolicy(fail_after=2)
    _, state = run(State(), dead("https://news.example/a%2Fb"), when=NOW, policy=policy)
    report, state = run(state, dead("https://news.example/a%2fb"), when=NOW + DAY, policy=policy)
    assert state.urls["https://news.example/a%2Fb"].consecutive_failures == 2
    assert report.results[0].verdict.value == "fail"


def test_a_state_the_base_wrote_keeps_its_entries(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text(BASE43_STATE, encoding="utf-8")
    state, warning = load_state(path, now=NOW)
    assert warning is None
    assert state.runs == 2
    assert {key: entry.consecutive_failures for key, entry in state.urls.items()} == {
        "http://news.example/": 2,
        "https://news.example/a%2Fb": 2,
    }
    policy = GracePolicy(fail_after=3)  # the third failing night, however the citations are spelt now
    report, state = run(
        state, dead("http://news.example/"), dead("https://news.example/a%2Fb"), when=NOW, policy=policy
    )
    assert [r.verdict.value for r in report.results] == ["fail", "fail"]
    save_state(path, state)
    assert set(json.loads(path.read_text(encoding="utf-8"))["urls"]) == {
        "http://news.example/",
        "https://news.example/a%2Fb",
    }


def test_two_spellings_in_a_base_state_become_the_entry_checked_last() -> None:
    data = json.loads(BASE43_STATE)
    later = dict(
        data["urls"]["http://news.example"], consecutive_failures=0, last_checked="2026-12-03T03:00:00+00:00"
    )
    data["urls"]["http://news.example/"] = later
    for urls in (data["urls"], dict(reversed(list(data["urls"].items())))):
        state = state_from_dict(dict(data, urls=urls))
        assert set(state.urls) == {"http://news.example/", "https://news.example/a%2Fb"}
        assert state.urls["http://news.example/"].consecutive_failures == 0


@pytest.mark.parametrize(
    ("cited", "key"),
    [("HTTP://News.Example/x", "http://news.example/x"), ("HTTP://News.Example", "http://news.example/")],
)
def test_markdown_newly_broken_names_the_lines_of_a_url_spelt_otherwise_than_its_key(
    cited: str, key: str
) -> None:
    _, state = run(State(), ok(cited), when=NOW)
    report, _ = run(state, dead(cited, line=4), when=NOW + DAY)
    assert report.history is not None
    assert report.history.newly_broken == (key,)
    assert f"- <{key}> (`s.txt:4`)" in render(report, "markdown")


def test_markdown_newly_broken_of_a_url_in_normal_form_is_as_before() -> None:
    _, state = run(State(), ok("https://news.example/x"), when=NOW)
    report, _ = run(state, dead("https://news.example/x#part", line=2), when=NOW + DAY)
    md = render(Report(report.results, history=report.history), "markdown")
    assert "- <https://news.example/x> (`s.txt:2`)" in md
