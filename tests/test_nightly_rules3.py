"""The rules the third nightly probe (``tests/test_nightly_probe3.py``, nightly3) led to, each with what it
must leave alone: a state entry keyed by a URL's normal form (scheme and host in lower case, the scheme's own
port dropped: ``state.url_key``, ``normal_origin``, and a state file written before, read by
``state_from_dict``), and the cache's counts said on standard error when the text report is on standard
output (``progress.cache_counts``, the CLI).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkcheck.progress import cache_counts
from linkcheck.state import (
    STATE_SCHEMA,
    GracePolicy,
    State,
    UrlState,
    normal_origin,
    state_from_dict,
    url_key,
)
from tests.site_server import Page, serve
from tests.test_state import dead, run

NOW = dt.datetime(2026, 12, 5, 3, 17, tzinfo=dt.timezone.utc)
SRC = Path(__file__).resolve().parents[1] / "src"

# --- state.url_key, normal_origin ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "key"),
    [
        ("HTTP://LOCALHOST:8080/Story#top", "http://localhost:8080/Story"),
        ("https://News.Example.COM/2026/Bridge?Page=2", "https://news.example.com/2026/Bridge?Page=2"),
        ("http://news.example:80/a", "http://news.example/a"),
        ("HTTPS://news.example:443", "https://news.example/"),  # an empty path is / (fix4)
        ("http://[::1]:80/x", "http://[::1]/x"),
        ("http://Reader:PassWord@News.Example/x", "http://Reader:PassWord@news.example/x"),
        ("  https://News.Example/x  ", "https://news.example/x"),
    ],
)
def test_scheme_host_and_default_port_are_spelt_one_way(cited: str, key: str) -> None:
    assert url_key(cited) == key


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/Story/ABC?Q=Upper",  # path and query are case-sensitive
        "http://news.example:443/x",  # https's port on http is a port of its own
        "https://news.example:80/x",
        "http://news.example:8080/x",
        "http://news.example:180/x",
        "mailto:Desk@News.Example",  # not scheme://
        "doi:10.1000/ABC",
        "not a url",
    ],
)
def test_a_url_already_in_normal_form_or_not_hierarchical_is_left_alone(url: str) -> None:
    assert normal_origin(url) == url
    assert url_key(url) == url


def test_a_respelt_url_continues_its_streak() -> None:
    policy = GracePolicy(fail_after=2)
    _, state = run(State(), dead("HTTP://News.Example/story"), when=NOW, policy=policy)
    assert set(state.urls) == {"http://news.example/story"}
    report, state = run(
        state, dead("http://news.example:80/story"), when=NOW + dt.timedelta(days=1), policy=policy
    )
    assert state.urls["http://news.example/story"].consecutive_failures == 2
    assert report.history is not None
    assert report.history.still_broken == ("http://news.example/story",)
    assert report.results[0].verdict.value == "fail"


def test_urls_differing_in_path_case_stay_two_entries() -> None:
    _, state = run(State(), dead("https://news.example/Story"), dead("https://news.example/story"), when=NOW)
    assert set(state.urls) == {"https://news.example/Story", "https://news.example/story"}


# --- state_from_dict: a file written before keys were normalised -----------------------------------------


def _entry(checked: str, count: int) -> dict[str, object]:
    return {
        "first_failure": checked,
        "last_failure": checked,
        "consecutive_failures": count,
        "last_checked": checked,
    }


def test_two_spellings_in_an_older_file_become_the_entry_checked_last() -> None:
    data = {
        "schema": STATE_SCHEMA,
        "urls": {
            "HTTP://News.Example/x": _entry("2026-12-04T03:17:00+00:00", 3),
            "http://news.example/x": _entry("2026-12-01T03:17:00+00:00", 1),
            "https://news.example/y": _entry("2026-12-04T03:17:00+00:00", 2),
        },
    }
    state = state_from_dict(data)
    assert set(state.urls) == {"http://news.example/x", "https://news.example/y"}
    assert state.urls["http://news.example/x"].consecutive_failures == 3
    data["urls"] = dict(reversed(list(data["urls"].items())))  # type: ignore[call-overload]
    assert state_from_dict(data).urls["http://news.example/x"].consecutive_failures == 3


def test_a_normal_file_is_read_with_its_keys_as_written() -> None:
    data = {
        "schema": STATE_SCHEMA,
        "urls": {"https://news.example/A?b=C": _entry("2026-12-04T03:17:00+00:00", 1)},
    }
    assert set(state_from_dict(data).urls) == {"https://news.example/A?b=C"}
    assert state_from_dict(data).urls["https://news.example/A?b=C"] == UrlState(
        first_failure="2026-12-04T03:17:00+00:00",
        last_failure="2026-12-04T03:17:00+00:00",
        consecutive_failures=1,
        last_checked="2026-12-04T03:17:00+00:00",
    )


# --- the cache's counts beside a text report on standard output ------------------------------------------


def test_cache_counts_spells_every_count() -> None:
    assert cache_counts({"hit": 3, "revalidated": 1}) == "cache: 3 hits, 1 revalidated, 0 fetched"


PIER = Page(
    body=b"<html><head><title>Pier reopens</title></head><body><h1>Pier reopens</h1></body></html>",
    headers={"Content-Type": "text/html"},
)


@contextlib.contextmanager
def _serve() -> Iterator[str]:
    with serve(answer=lambda _request: PIER) as site:  # the same page on every path
        yield site.origin


def _cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    env["PYTHONPATH"] = str(SRC)
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", *args, "--allow-private", "--no-config"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_text_report_on_stdout_with_a_cache_says_its_counts_on_stderr(tmp_path: Path) -> None:
    with _serve() as base:
        (tmp_path / "s.txt").write_text(f"{base}/p | title: Pier reopens\n", encoding="utf-8")
        cache = str(tmp_path / "c.sqlite")
        _cli(tmp_path, "s.txt", "--cache", cache)
        again = _cli(tmp_path, "s.txt", "--cache", cache)
        quiet = _cli(tmp_path, "s.txt", "--cache", cache, "-q")
        plain = _cli(tmp_path, "s.txt")
    assert again.returncode == 0
    assert again.stderr == "linkcheck: cache: 1 hits, 0 revalidated, 0 fetched\n"
    assert "cache:" not in again.stdout  # the report itself is unchanged
    assert quiet.stderr == ""  # -q: only errors
    assert plain.stderr == ""  # no cache: nothing to say, the report's own summary is enough
