"""tidy3: the last read-back's leftovers in ``src`` (the fifty-second session).

1. The JSON report did not show ``Metadata.republished`` (seed12's field: a republished story's own date,
   beside the day its editor's note says it first appeared). The JSON result and the JSON Lines record now
   carry it as ``republished`` (``YYYY-MM-DD`` or null, beside ``published`` and ``modified``) with its source
   in ``sources.republished``, as the other two dates have theirs.
2. ``check()`` recognised the CLI's counting callback (``checker.CountingOnResult``, tidy2) by its type. Its
   keyword ``counts`` says it now: a caller whose ``on_result`` counts each result itself (the JSON Lines
   stream, which writes a line and counts it in one step) hands ``check()`` that dict, and ``check()`` counts
   nothing, reads it as the run's count and refuses a result counted twice or not at all.
3. The month tables still written inside their readers at base52 (``articles._dates._SORANI_MONTHS`` and
   ``_LEVANT_AS_ONE``, ``extract.dates._HEBREW_SCRIPT_MONTHS``, ``match._SHORTHAND``) are built from
   :mod:`linkcheck.months`; each reader's table at base52 is frozen in
   ``tests/fixtures/tidy3_month_tables_base52.json`` (written from base52's ``src`` before any change, with
   the two readers Yiddish's list also feeds added in a commit of its own).
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import linkcheck
import linkcheck.checker
from linkcheck import cli, match, months
from linkcheck.articles import _dates as article_dates
from linkcheck.cli import main
from linkcheck.extract import dates, tables
from linkcheck.extract.dates import find_text_dates
from linkcheck.models import (
    Citation,
    ExtractedDate,
    Metadata,
    PartialDate,
    Result,
    Status,
    Verdict,
    count_result,
    summarize,
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
#: The keys now: ``republished`` beside the other two dates, and (meta1) ``author`` after ``language``.
_KEYS = [*_BASE52_KEYS[:15], "republished", *_BASE52_KEYS[15:18], "author", *_BASE52_KEYS[18:]]
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
    base = [{k: v for k, v in r.items() if k not in ("republished", "author")} for r in (plain, gone)]
    assert [list(r) for r in base] == [_BASE52_KEYS, _BASE52_KEYS]
    assert [k for k in base[0]["sources"] if k != "republished"] == _BASE52_SOURCES


# --- 2. the run's counts, an explicit keyword ---------------------------------------------------------------

#: Citations of hosts that cannot resolve (``.invalid``): each one's result comes at once, offline.
_OFFLINE = [Citation(url=f"https://h{n}.invalid/story-{n}") for n in range(4)]


def _checker_counts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The URLs ``check()`` itself counted (its module's ``count_result``)."""
    calls: list[str] = []

    def counting(counts: dict[str, int], result: Result) -> None:
        calls.append(result.citation.url)
        count_result(counts, result)

    monkeypatch.setattr(linkcheck.checker, "count_result", counting)
    return calls


@pytest.mark.parametrize("keep_passing", [True, False])
def test_a_caller_that_counts_hands_check_its_counts_and_check_counts_nothing(
    monkeypatch: pytest.MonkeyPatch, keep_passing: bool
) -> None:
    counts = summarize(())
    seen: list[str] = []

    def on_result(result: Result) -> None:
        seen.append(result.citation.url)
        count_result(counts, result)

    by_check = _checker_counts(monkeypatch)
    report = linkcheck.check(_OFFLINE, on_result=on_result, keep_passing=keep_passing, counts=counts)
    assert by_check == []  # the caller's count is the run's: no second count
    assert sorted(seen) == sorted(c.url for c in _OFFLINE)
    assert counts["total"] == 4
    assert counts["fail"] == 4
    assert report.summary == counts
    if not keep_passing:
        assert report.counts == counts


def test_without_counts_check_counts_each_result_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """check()'s calls as before: it counts each result itself, once, whatever on_result is."""
    by_check = _checker_counts(monkeypatch)

    class Holder:  # an on_result holding a dict named counts is no sign: only the keyword is
        def __init__(self) -> None:
            self.counts = summarize(())
            self.call = self

        def __call__(self, result: Result) -> None:
            pass

    holder = Holder()
    report = linkcheck.check(_OFFLINE, on_result=holder, keep_passing=False)
    assert sorted(by_check) == sorted(c.url for c in _OFFLINE)
    assert report.summary["total"] == 4
    assert holder.counts["total"] == 0
    assert not hasattr(linkcheck.checker, "CountingOnResult")


def test_a_result_counted_twice_ends_the_run_saying_so() -> None:
    counts = summarize(())

    def twice(result: Result) -> None:
        count_result(counts, result)
        count_result(counts, result)

    with pytest.raises(ValueError, match="counted 2 times") as caught:
        linkcheck.check(_OFFLINE[:2], on_result=twice, counts=counts)
    assert "count_result" in str(caught.value)


def test_a_result_not_counted_ends_the_run_saying_so() -> None:
    counts = summarize(())
    with pytest.raises(ValueError, match="counted 0 times"):
        linkcheck.check(_OFFLINE[:2], on_result=lambda result: None, counts=counts)


@pytest.mark.parametrize(
    ("counts", "on_result", "says"),
    [
        (summarize(()), None, "counts needs an on_result"),
        ({"total": 0}, lambda r: None, "counts must be a dict"),
        ([0, 0], lambda r: None, "counts must be a dict"),
    ],
)
def test_counts_without_a_counter_or_of_another_shape_is_refused_at_once(
    counts: Any, on_result: Any, says: str
) -> None:
    fetched: list[str] = []

    class Fetcher:
        def fetch(self, url: str) -> Any:
            fetched.append(url)
            raise AssertionError("nothing may be fetched")

    with pytest.raises(TypeError, match=says):
        linkcheck.check(
            [Citation(url="http://127.0.0.1:9/a")], fetcher=Fetcher(), on_result=on_result, counts=counts
        )
    assert fetched == []


def test_the_cli_json_lines_stream_counts_each_result_once_through_the_keyword(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The stream counts each line it writes (in the step the signals wait for); check() counts none, and
    its report's summary is the stream's count."""
    by_check = _checker_counts(monkeypatch)
    by_stream: list[str] = []

    def stream_counting(counts: dict[str, int], result: Result) -> None:
        by_stream.append(result.citation.url)
        count_result(counts, result)

    monkeypatch.setattr(cli, "count_result", stream_counting)
    manifest = tmp_path / "sources.txt"
    manifest.write_text("".join(c.url + "\n" for c in _OFFLINE), encoding="utf-8")
    code = main([str(manifest), "--format", "jsonl", "--processes", "1", "--progress", "never"])
    assert code == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    written = [r["url"] for r in records if r["record"] == "result"]
    assert by_check == []
    assert sorted(by_stream) == sorted(written) == sorted(c.url for c in _OFFLINE)
    assert records[-1]["summary"]["total"] == 4


# --- 3. the last month tables written in their readers ------------------------------------------------------

_BASE52: dict[str, dict[str, Any]] = json.loads(
    (Path(__file__).parent / "fixtures" / "tidy3_month_tables_base52.json").read_text("utf-8")
)
_NOW: dict[str, dict[str, Any]] = {
    "articles._dates._LEVANT_AS_ONE": article_dates._LEVANT_AS_ONE,
    "articles._dates._SORANI_MONTHS": article_dates._SORANI_MONTHS,
    "extract.dates._HEBREW_SCRIPT_MONTHS": dates._HEBREW_SCRIPT_MONTHS,
    "match._SHORTHAND": match._SHORTHAND,
    "articles._dates._TEMPLATE_MONTHS": article_dates._TEMPLATE_MONTHS,
    "extract.tables.MONTHS": tables.MONTHS,
}
#: The fifty-first, fifty-second, fifty-fifth, fifty-sixth and fifty-seventh extraction batches' months
#: (ext51: Corsican, Sardinian, Kashubian, Walloon, Wolof; ext52: Sicilian, Aragonese, Hawaiian, Tongan;
#: ext55: Belarusian in Taraškievica, isiXhosa; ext56: Inuktitut in syllabics; ext57: Meadow Mari), merged
#: beside tidy3: the extractor and the article templates read them.
_EXT51: set[str] = {
    word
    for name in ("co sc csb wa wo", "scn an haw to", "be-tarask xh", "iu", "mhr")
    for _, words in months.LISTS[name]
    for word in words.split()
}
#: What a reader knows now that it did not at base52: Yiddish's and Hebrew's spellings, once written in one
#: list (``"yi (own pattern)"``, and ``"el he"``'s Hebrew), each a spelling the other reader already read;
#: and :data:`_EXT51`'s words.
_GAINED: dict[str, set[str]] = {
    "articles._dates._LEVANT_AS_ONE": set(),
    "articles._dates._SORANI_MONTHS": set(),
    # Yiddish's October as the templates spelt it too; Hebrew's March as "el he" spells it too
    "extract.dates._HEBREW_SCRIPT_MONTHS": {"אקטובער", "מרס"},
    "match._SHORTHAND": set(),
    # Yiddish's March, May and October as the extractor spelt them too
    "articles._dates._TEMPLATE_MONTHS": {"מערץ", "מיי", "אקטאבר"}
    | (_EXT51 - _BASE52["articles._dates._TEMPLATE_MONTHS"].keys()),
    "extract.tables.MONTHS": _EXT51 - _BASE52["extract.tables.MONTHS"].keys(),
}


@pytest.mark.parametrize("table", sorted(_NOW))
def test_every_word_a_reader_knew_at_base52_it_still_reads_alike(table: str) -> None:
    now = _NOW[table]
    for word, meaning in _BASE52[table].items():
        assert now.get(word) == meaning, (table, word)


@pytest.mark.parametrize("table", sorted(_NOW))
def test_what_a_reader_gained_is_named(table: str) -> None:
    assert set(_NOW[table]) - set(_BASE52[table]) == _GAINED[table]


def test_each_reader_builds_its_table_from_the_one_owner() -> None:
    assert dates._HEBREW_SCRIPT_MONTHS is months.HEBREW_SCRIPT_MONTHS
    assert article_dates._SORANI_MONTHS is months.SORANI_WITHOUT_IZAFE
    for name, month in months.LEVANT_TWO_WORD_MONTHS.items():
        first, second = name.split()
        one_word = article_dates._LEVANT_AS_ONE[first + second[-3:]]
        assert months.month_table(["ar ur fa (own pattern)"])[one_word] == month, name
        assert article_dates._LEVANT_TWO_WORDS.fullmatch(name), name
    assert {
        **months.short_forms("en", months.SHORTHAND_LEAVES_OUT),
        "s": "south",
        "n": "north",
    } == match._SHORTHAND
    # Yiddish is read by the extractor's Hebrew-script patterns and the templates, not the one-word table
    yiddish = {w for _, ws in months.LISTS["yi (own pattern)"] for w in ws.split()}
    assert yiddish <= set(dates._HEBREW_SCRIPT_MONTHS)
    assert yiddish <= set(article_dates._TEMPLATE_MONTHS)
    assert "yi (own pattern)" in months.OWN_PATTERN
    assert not yiddish & {
        w for _, ws in months.LISTS["gd eo oc la yi haw sah iu (template)"] for w in ws.split()
    }


#: The four tables' names in their modules.
_MOVED = {"_SORANI_MONTHS", "_LEVANT_AS_ONE", "_LEVANT_TWO_WORDS", "_HEBREW_SCRIPT_MONTHS", "_SHORTHAND"}


def _table_strings(module: object) -> set[str]:
    """The words of the string constants written in the statements that define :data:`_MOVED`'s tables."""
    tree = ast.parse(Path(getattr(module, "__file__", "") or "").read_text("utf-8"))
    words: set[str] = set()
    for node in ast.walk(tree):
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        if any(isinstance(t, ast.Name) and t.id in _MOVED for t in targets):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                    words |= set(inner.value.replace("|", " ").split())
    return words


@pytest.mark.parametrize("module", [match, dates, article_dates], ids=lambda m: m.__name__)
def test_the_readers_write_no_month_name_in_those_tables_any_more(module: object) -> None:
    """At base52 each of these statements wrote its months' names; now they name lists of linkcheck.months."""
    names = {w for table in _BASE52.values() for w in table} | {
        w for table in _BASE52.values() for v in table.values() if isinstance(v, str) for w in v.split()
    }
    names -= {"s", "n", "south", "north"}  # the compass points stay the matcher's own
    assert _table_strings(module) & names == set()


def test_the_readers_read_as_before() -> None:
    assert article_dates.parse_date_field("3 كانون الثاني 2024") == PartialDate(2024, 1, 3)
    assert article_dates.parse_date_field("3 تشرين الاول 2024") == PartialDate(2024, 10, 3)
    assert article_dates.parse_date_field("١٥ی تشرینی دووەمی ٢٠٢٤") == PartialDate(2024, 11, 15)
    assert article_dates.parse_date_field("15 کانونی دووەم 2024") == PartialDate(2024, 1, 15)
    assert [d for d, *_ in find_text_dates("דעם 9טן יאַנואַר 2020")] == [dt.date(2020, 1, 9)]
    assert [d for d, *_ in find_text_dates("פורסם 9 בינואר 2020")] == [dt.date(2020, 1, 9)]
    assert match._shorthand(["talks", "resume", "jan", "9"]) == "talks resume january 9"
    assert match._shorthand(["mar", "9"]) == "mar 9"  # left out: Spanish and Italian "sea"
    assert match._shorthand(["s", "korea"]) == "south korea"
