"""tidy3: the last read-back's leftovers in ``src`` (the fifty-second session).

1. The JSON report did not show ``Metadata.republished`` (seed12's field: a republished story's own date,
   beside the day its editor's note says it first appeared). The JSON result and the JSON Lines record now
   carry it as ``republished`` (``YYYY-MM-DD`` or null, beside ``published`` and ``modified``) with its source
   in ``sources.republished``, as the other two dates have theirs.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from linkcheck.models import (
    Citation,
    ExtractedDate,
    Metadata,
    Result,
    Status,
    Verdict,
)
from linkcheck.report.json import result_to_dict
from linkcheck.report.jsonl import result_line
from tests.site_server import Page, serve

SRC = Path(__file__).resolve().parent.parent / "src"

# --- 1. the report's republication date ---------------------------------------------------------------

#: A result's keys at base52, in order (``tests/test_seed_probe12.py`` pinned them so).
_BASE52_KEYS = [
    "url", "source", "line", "status", "cause", "reason", "verdict", "http_status", "final_url", "redirects",
    "cited", "article", "title", "published", "modified", "site_name", "canonical_url", "language", "sources",
    "findings", "elapsed",
]  # fmt: skip
#: The keys now: ``republished`` beside the other two dates.
_KEYS = [*_BASE52_KEYS[:15], "republished", *_BASE52_KEYS[15:]]
_BASE52_SOURCES = ["title", "published", "modified", "site_name"]
_SOURCES = ["title", "published", "modified", "republished", "site_name"]

_HEADLINE = "Harbour board approves the new breakwater"


def _story(stamp: str, note: str = "") -> bytes:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{_HEADLINE}</title>"
        f'<meta property="og:title" content="{_HEADLINE}">'
        f'<meta property="article:published_time" content="{stamp}">'
        f"</head><body><article><h1>{_HEADLINE}</h1>"
        "<p>The harbour board approved the plans for a new breakwater on Thursday, after two years of"
        " consultation with the town's fishermen and the county council.</p>"
        f"{note}</article></body></html>"
    ).encode()


_NOTE = "<p><i>This story was originally published on March 4, 2021.</i></p>"


def _result(metadata: Metadata | None) -> Result:
    return Result(
        citation=Citation(url="https://news.example.org/2023/05/16/breakwater/"),
        status=Status.OK,
        reason="200 OK",
        verdict=Verdict.PASS,
        http_status=200,
        final_url="https://news.example.org/2023/05/16/breakwater/",
        metadata=metadata,
    )


def test_a_republished_pages_date_is_in_the_result_and_the_record() -> None:
    metadata = Metadata(
        title=_HEADLINE,
        published=ExtractedDate(dt.date(2021, 3, 4), "text", None),
        republished=ExtractedDate(dt.date(2023, 5, 16), "opengraph", None),
    )
    got = result_to_dict(_result(metadata))
    assert list(got) == _KEYS
    assert (got["published"], got["republished"], got["modified"]) == ("2021-03-04", "2023-05-16", None)
    assert got["sources"] == {
        "title": None,
        "published": "text",
        "modified": None,
        "republished": "opengraph",
        "site_name": None,
    }
    record = json.loads(result_line(_result(metadata)))
    assert record == {"record": "result", **got}


def test_a_page_not_republished_and_no_page_give_null() -> None:
    plain = result_to_dict(_result(Metadata(title=_HEADLINE)))
    assert plain["republished"] is None
    assert list(plain["sources"]) == _SOURCES
    assert plain["sources"]["republished"] is None
    none = result_to_dict(_result(None))
    assert none["republished"] is None
    assert none["sources"] is None
    for result in (_result(Metadata(title=_HEADLINE)), _result(None)):
        assert json.loads(result_line(result)) == {"record": "result", **result_to_dict(result)}


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """This tree's CLI in a process of its own (``PYTHONPATH`` absolute: the run's ``cwd`` is elsewhere)."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


_COMMON = ["--allow-private", "--no-config", "--retries", "0", "--max-time", "40", "-q", "--processes", "1"]


def test_the_cli_reports_a_republished_pages_date_and_leaves_the_other_records_as_they_were(
    tmp_path: Path,
) -> None:
    routes = {
        # republished at a new dated address: its note's day is the publication, its own the republication
        "/2023/05/16/breakwater/": Page(body=_story("2023-05-16T09:00:00+01:00", _NOTE)),
        # the same story, never republished
        "/2021/03/04/breakwater/": Page(body=_story("2021-03-04T09:00:00+01:00")),
        "/gone/": Page(404, b"<!doctype html><title>Not found</title><p>No such page."),
    }
    with serve(routes) as site:
        manifest = tmp_path / "sources.txt"
        manifest.write_text(
            f"{site.url('/2023/05/16/breakwater/')} | title: {_HEADLINE} | date: 2021-03-04\n"
            f"{site.url('/2021/03/04/breakwater/')} | title: {_HEADLINE} | date: 2021-03-04\n"
            f"{site.url('/gone/')} | title: {_HEADLINE}\n",
            encoding="utf-8",
        )
        as_json = _cli(str(manifest), "--format", "json", *_COMMON, cwd=tmp_path)
        as_jsonl = _cli(str(manifest), "--format", "jsonl", *_COMMON, cwd=tmp_path)
    assert as_json.returncode == 1, as_json.stdout + as_json.stderr  # the 404
    assert as_jsonl.returncode == 1, as_jsonl.stdout + as_jsonl.stderr
    results = json.loads(as_json.stdout)["results"]
    records = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    assert records[-1]["record"] == "summary"
    by_line = sorted(records[:-1], key=lambda r: r["line"])
    assert [{k: v for k, v in r.items() if k not in ("record", "elapsed")} for r in by_line] == [
        {k: v for k, v in r.items() if k != "elapsed"} for r in results
    ]
    again, plain, gone = results
    for result in results:
        assert list(result) == _KEYS, list(result)
    # the republished story: both its days, and no disagreement with the address dated by the second
    assert (again["published"], again["republished"]) == ("2021-03-04", "2023-05-16"), again
    assert again["sources"]["republished"] == "opengraph", again["sources"]
    assert again["sources"]["published"] == "text", again["sources"]
    assert [f["kind"] for f in again["findings"]] == [], again["findings"]
    # the others: null where the page gives no republication, as before apart from the new keys
    assert plain["republished"] is None
    assert plain["sources"] == {
        "title": "opengraph",
        "published": "opengraph",
        "modified": None,
        "republished": None,
        "site_name": None,
    }
    assert (plain["status"], plain["verdict"], plain["published"], plain["findings"]) == (
        "ok",
        "pass",
        "2021-03-04",
        [],
    )
    assert (gone["status"], gone["republished"], gone["sources"]) == ("dead", None, None)
    base = [{k: v for k, v in r.items() if k != "republished"} for r in (plain, gone)]
    assert [list(r) for r in base] == [_BASE52_KEYS, _BASE52_KEYS]
    assert [k for k in base[0]["sources"] if k != "republished"] == _BASE52_SOURCES
