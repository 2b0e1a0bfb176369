"""The JSON Lines run reads its inputs in two passes: a scan that validates and counts (every input error is
raised before anything is fetched), then a stream of the citations handed to the checker, never a list.

Every URL here is on a reserved name (``.invalid``), reported dead without any network traffic.
"""

from __future__ import annotations

import gc
import io
import json
import os
import re
import tracemalloc
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import linkcheck.checker
from linkcheck import cli
from linkcheck.cli import _Reading, main, read_citations
from linkcheck.config import Config
from linkcheck.models import Citation, Report
from linkcheck.parallel import SHARD_MIN_URLS, processes_for

MANIFEST = """\
# a manifest
@article | date: 2020-01-09
https://a.invalid/1 | title: One
https://b.invalid/2\r
https://a.invalid/1 | title: the same URL cited twice
\r
@article
https://c.invalid/3 | date: 2019-05
"""

ARTICLE = """\
# An article

As [the agency reported](https://d.invalid/story), talks resumed.
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, Any]], str]:
    code = main([*args, "--format", "jsonl", "--progress", "always"])
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def results(records: list[dict[str, Any]]) -> list[tuple[str, int, str]]:
    return sorted((r["source"], r["line"], r["url"]) for r in records if r["record"] == "result")


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    path = tmp_path / "sources.txt"
    path.write_bytes(MANIFEST.encode())
    return path


def test_every_citation_is_reported_once_with_the_right_progress_total(
    manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, records, err = run(capsys, str(manifest))
    assert code == 1
    src = str(manifest)
    assert results(records) == [
        (src, 3, "https://a.invalid/1"),
        (src, 4, "https://b.invalid/2"),
        (src, 5, "https://a.invalid/1"),
        (src, 8, "https://c.invalid/3"),
    ]
    assert records[-1]["record"] == "summary"
    assert records[-1]["summary"]["total"] == 4
    totals = re.findall(r"\] \d+/(\d+) ", err)
    assert totals
    assert set(totals) == {"4"}


def test_several_inputs_standard_input_and_an_article_keep_their_order(
    manifest: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("https://e.invalid/stdin\n"))
    paths = [str(manifest), "-", str(article)]
    seen: list[Citation] = []
    real_check = linkcheck.checker.check

    def recording_check(citations: Iterable[Citation], config: Config, **kwargs: Any) -> Report:
        def record() -> Iterator[Citation]:
            for citation in citations:
                seen.append(citation)
                yield citation

        return real_check(record(), config, **kwargs)

    monkeypatch.setattr(linkcheck.checker, "check", recording_check)
    code, records, _ = run(capsys, *paths)
    assert code == 1
    assert len(results(records)) == 6
    monkeypatch.setattr("sys.stdin", io.StringIO("https://e.invalid/stdin\n"))
    assert seen == read_citations(
        paths
    )  # the same citations, in the same order, as the report that lists them
    assert [c.source for c in seen] == [str(manifest)] * 4 + ["<stdin>", str(article)]


def test_the_checker_gets_a_stream_not_a_list_and_a_decided_process_count(
    manifest: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_check = linkcheck.checker.check
    calls: list[int | None] = []

    def strict_check(citations: Iterable[Citation], config: Config, **kwargs: Any) -> Report:
        assert not isinstance(citations, (list, tuple))
        assert iter(citations) is citations  # a one-pass iterator: nothing was listed for it
        calls.append(config.processes)
        return real_check(citations, config, **kwargs)

    monkeypatch.setattr(linkcheck.checker, "check", strict_check)
    code, records, _ = run(capsys, str(manifest))
    assert code == 1
    assert len(results(records)) == 4
    assert calls == [1]  # decided by the CLI: a run this small stays in one process

    # The other formats keep reading the inputs whole, as before.
    calls.clear()
    monkeypatch.setattr(linkcheck.checker, "check", real_check)
    assert main([str(manifest), "--format", "json", "--quiet"]) == 1
    assert json.loads(capsys.readouterr().out)["summary"]["total"] == 4


def test_a_malformed_line_stops_the_run_before_anything_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_check(*args: object, **kwargs: object) -> Report:
        raise AssertionError("nothing may be checked when an input is malformed")

    monkeypatch.setattr(linkcheck.checker, "check", no_check)
    lines = [f"https://a.invalid/{i}" for i in range(1, 500)]
    lines.insert(300, "https://b.invalid/x | titel: typo")
    path = tmp_path / "sources.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = tmp_path / "out" / "report.jsonl"
    code, records, err = run(capsys, str(path), "--output", str(report))
    assert code == 2
    assert records == []
    assert f"linkcheck: error: {path}:301: unknown field 'titel'" in err
    assert not report.exists()
    # An article given after the manifest is never read either way: the error comes first.
    code, records, err = run(capsys, str(path), str(tmp_path / "missing.md"))
    assert (code, records) == (2, [])
    assert f"{path}:301:" in err


def test_input_errors_are_the_same_as_when_the_inputs_are_read_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_byte = tmp_path / "latin1.txt"
    bad_byte.write_bytes(
        b"\xef\xbb\xbfhttps://a.invalid/1\n" + b"https://a.invalid/2\n" * 5000 + b"caf\xe9\n"
    )
    both = tmp_path / "both.txt"  # a malformed line, and an undecodable byte further on: the byte is reported
    both.write_bytes(b"https://a.invalid/1 | titel: x\n" + b"https://a.invalid/2\n" * 5000 + b"caf\xe9\n")
    cases = [
        [str(bad_byte)],
        [str(both), "--input-format", "sources"],
        [str(both)],
        [str(tmp_path / "missing.txt")],
        [str(tmp_path)],
    ]
    for args in cases:
        assert main([*args, "--format", "json"]) == 2
        whole_err = capsys.readouterr().err
        streamed, records, streamed_err = run(capsys, *args)
        assert (streamed, records) == (2, [])
        assert streamed_err == whole_err
        assert streamed_err.startswith("linkcheck: error: ")
    assert main([str(bad_byte), "--format", "jsonl"]) == 2
    offset = (
        len(b"https://a.invalid/1\n") + 5000 * len(b"https://a.invalid/2\n") + len(b"caf")
    )  # after the BOM
    assert f"{bad_byte}:5002: not UTF-8 text (byte 0xe9 at offset {offset})" in capsys.readouterr().err


def test_no_citations_found_is_still_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "sources.txt"
    empty.write_text("# nothing yet\n\n", encoding="utf-8")
    prose = tmp_path / "notes.md"
    prose.write_text("# Notes\n\nNo links in this one.\n", encoding="utf-8")
    code, records, err = run(capsys, str(empty), str(prose))
    assert code == 0
    assert results(records) == []
    assert f"linkcheck: warning: {empty}: no citations found (read as sources)" in err
    assert f"linkcheck: warning: {prose}: no citations found (read as markdown)" in err


def test_keep_going_streams_the_bad_lines_as_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sources.txt"
    path.write_text("https://a.invalid/1\nwww.example.com/no-scheme\nhttps://b.invalid/2\n", encoding="utf-8")
    code, records, _ = run(capsys, str(path), "--keep-going")
    assert code == 1
    by_line = {r["line"]: r for r in records if r["record"] == "result"}
    assert sorted(by_line) == [1, 2, 3]
    assert by_line[2]["status"] == "error"


def test_the_scan_counts_urls_and_hosts_only_as_far_as_choosing_processes_needs(tmp_path: Path) -> None:
    path = tmp_path / "sources.txt"
    n = SHARD_MIN_URLS + 500
    path.write_text("".join(f"https://h{i % 3}.invalid/{i}\n" for i in range(n)), encoding="utf-8")
    scan = _Reading().scan([str(path)])
    assert scan.count == n
    assert len(scan.sizing.urls) == SHARD_MIN_URLS
    assert len(scan.sizing.hosts) == 2  # all that choosing the processes needs
    assert scan.processes(Config()) == processes_for(n, 3, Config())
    assert scan.processes(Config(processes=3)) == 3
    assert list(scan.citations()) == read_citations([str(path)])


def test_a_second_host_far_into_a_manifest_still_shards_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("linkcheck.affinity.usable_core_count", lambda: 4)
    path = tmp_path / "sources.txt"
    lines = [f"https://only.example.org/{i}\n" for i in range(3000)]
    path.write_text("".join(lines), encoding="utf-8")
    assert _Reading().scan([str(path)]).processes(Config()) == 1
    path.write_text("".join(lines) + "https://other.example.org/\n", encoding="utf-8")
    assert _Reading().scan([str(path)]).processes(Config()) == 4


def test_neither_pass_holds_the_manifest(tmp_path: Path) -> None:
    def write(lines: int) -> str:
        path = tmp_path / f"sources-{lines}.txt"
        with path.open("w", encoding="utf-8") as out:
            for i in range(lines):  # 250 distinct URLs, however long the file (fewer than the scan counts)
                url = f"https://h{i % 250 % 7}.invalid/story/{i % 250}"
                out.write(f"{url} | title: Story number {i} | date: 2020-01\n")
        return str(path)

    def peak(path: str, lines: int) -> int:
        tracemalloc.start()
        try:
            scan = _Reading().scan([path])
            assert scan.count == lines
            assert sum(1 for _ in scan.citations()) == lines
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    peak(write(10), 10)  # imports and caches out of the way
    small, large = peak(write(500), 500), peak(write(8_000), 8_000)
    # Sixteen times the lines: a list of their citations would peak at ~13 times the memory (0.2 MB against
    # 2.6 MB), a stream the same as before (53 KB both). The bound leaves room for what other threads of the
    # test process allocate meanwhile (tracemalloc counts them too; ~50 KB was seen once).
    assert large < small * 3


@pytest.mark.parametrize("own_frozen", [False, True], ids=["nothing-frozen", "program-froze-its-own"])
def test_a_program_that_runs_the_cli_gets_its_collector_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], own_frozen: bool
) -> None:
    """A run tunes the collector (thresholds of 50,000, everything loaded frozen) for itself; left so, the
    calling program would keep up to 50,000 new objects before it next collected its cyclic garbage."""
    import linkcheck.parallel

    manifest = tmp_path / "sources.txt"
    manifest.write_text(MANIFEST, encoding="utf-8")
    tuned = mock.Mock(wraps=linkcheck.parallel.tune_process)
    monkeypatch.setattr(linkcheck.parallel, "tune_process", tuned)
    threshold = gc.get_threshold()
    if own_frozen:
        gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        assert main([str(manifest), "--format", "jsonl", "--processes", "1"]) == 1
        assert tuned.call_count == 1
        assert gc.get_threshold() == threshold
        if own_frozen:  # the program's own freeze is kept: one call would unfreeze all of it
            assert gc.get_freeze_count() >= frozen
        else:
            assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
    records = [json.loads(line)["record"] for line in capsys.readouterr().out.splitlines()]
    assert records == ["result"] * 4 + ["summary"]


def test_standard_input_that_is_not_utf8_is_an_input_error() -> None:
    """Bytes on standard input are held to the rule files are held to, whatever the locale."""
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "linkcheck", "-", "--format", "json"],
        input=b"https://news.example.org/a | title: caf\xe9\n",
        capture_output=True,
        timeout=60,
        # PYTHONPATH kept: the tree under test, not the installed linkcheck
        env={"PATH": "/usr/bin:/bin", "LC_ALL": "C", "PYTHONPATH": os.environ.get("PYTHONPATH", "")},
    )
    assert run.returncode == 2
    assert b"<stdin>:1: not UTF-8 text (byte 0xe9 at offset 39)" in run.stderr  # from 0, as for files
    assert b"Traceback" not in run.stderr
    assert run.stdout == b""


def test_articles_are_checked_in_pass_one_and_read_for_their_citations_in_pass_two(tmp_path: Path) -> None:
    first = tmp_path / "a.md"
    first.write_text("As [TASS reported](https://tass.example/news/1) on Monday.\n", encoding="utf-8")
    second = tmp_path / "b.html"
    second.write_text('<p>See <a href="https://ria.example/2">the report</a>.</p>\n', encoding="utf-8")
    scan = _Reading().scan([str(first), str(second)])
    assert (scan.count, scan.articles, scan.total) == (0, 2, None)  # read and decoded, nothing extracted
    assert scan.processes(Config()) is None  # the articles may change it: the first links decide
    assert scan.processes(Config(processes=1)) == 1
    totals: list[int] = []
    citations = list(scan.citations(on_total=totals.append))
    assert citations == read_citations([str(first), str(second)])
    assert [c.url for c in citations] == ["https://tass.example/news/1", "https://ria.example/2"]
    assert (scan.total, totals) == (2, [2])


def test_a_site_of_articles_is_sharded_before_its_links_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles enough to read in a helper process: the run is sharded as soon as pass 1 is over, without
    reading ~200 articles first to count their links; a few articles still wait for their links."""
    for n in range(3):
        (tmp_path / f"story-{n}.md").write_text(f"As [TASS](https://tass.example/{n}) said.\n", "utf-8")
    paths = [str(p) for p in sorted(tmp_path.glob("*.md"))]
    scan = _Reading().scan(paths, offload=True)
    assert scan.helper is None
    assert scan.processes(Config()) is None
    scan.close()
    monkeypatch.setattr(cli, "OFFLOAD_MIN_CHARS", 1)
    scan = _Reading().scan(paths, offload=True)
    try:
        assert scan.helper is not None
        assert scan.processes(Config()) == processes_for(SHARD_MIN_URLS, 2, Config())
        assert scan.processes(Config(processes=1)) == 1
        assert (scan.articles, scan.count) == (3, 0)  # not one read for its links yet
        assert [c.url for c in scan.citations()] == [f"https://tass.example/{n}" for n in range(3)]
    finally:
        scan.close()


@settings(max_examples=500, deadline=None)
@given(
    lines=st.lists(
        st.sampled_from(
            [
                "https://a.example/x | title: T",
                "# a comment",
                "",
                "   ",
                "@article | date: 2020-01-09",
                "| title: no URL",
                "<!DOCTYPE html>",
                "<p>See <a href='https://a.example/'>it</a>.</p>",
                "As [TASS](https://tass.example/1) said.",
                "x" * 2100,
                "https://b.example/" + "y" * 2100,
                " \t| title: " + "z" * 2100,
                "é\u2028ü",
                "\ufeffhttps://c.example/",
            ]
        ),
        max_size=12,
    ),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    bom=st.booleans(),
    sniff=st.sampled_from([4, 16, 64, 2100, 8192]),
)
def test_an_article_is_told_from_a_manifest_by_its_start_as_by_all_of_it(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str], newline: str, bom: bool, sniff: int
) -> None:
    """Pass 1 reads an article once: what the start of a file shows about it is what reading every line
    would show, and a file whose start cannot tell is read line by line (a manifest is never read whole)."""
    text = newline.join(lines)
    path = tmp_path_factory.mktemp("sniff") / "input"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    with mock.patch.object(cli, "SNIFF_BYTES", sniff):
        got = cli._article_text(str(path))
    if got is not None:
        assert not cli.looks_like_manifest(cli._read_text(str(path)))
        assert got == cli._read_text(str(path))
    elif len(path.read_bytes()) < sniff:  # the whole file was read: it is a manifest (or an empty one)
        assert cli.looks_like_manifest(cli._read_text(str(path)))


def test_a_minified_page_on_one_long_line_is_read_once(tmp_path: Path) -> None:
    """An article whose first line is longer than what is read to tell it from a manifest: its start
    decides."""
    page = "<!DOCTYPE html><html><body>" + "<p>See <a href='https://a.example/'>it</a>.</p>" * 2000
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert len(page) > cli.SNIFF_BYTES
    assert cli._article_text(str(path)) == page
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://a.example/" + "x" * 9000 + "\n", encoding="utf-8")  # a URL, however long
    assert cli._article_text(str(manifest)) is None


def test_an_unreadable_article_stops_the_run_before_any_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.site_server import Page, serve

    with serve({"/a": Page(200, b"<html><title>A page</title></html>")}) as server:
        good = tmp_path / "good.md"
        good.write_text(f"See [the page]({server.origin}/a).\n", encoding="utf-8")
        bad = tmp_path / "bad.md"
        bad.write_bytes(b"See [the page](https://x.example/).\ncaf\xe9\n")
        for fmt in ("json", "jsonl"):
            code = main(
                [str(good), str(bad), "--allow-private", "--format", fmt, "--output", str(tmp_path / "r")]
            )
            assert code == 2
            assert f"{bad}:2: not UTF-8 text (byte 0xe9 at offset 39)" in capsys.readouterr().err
        assert sum(server.hits.values()) == 0  # nothing was fetched
        assert main([str(good), "--allow-private", "--format", "json", "--output", str(tmp_path / "r")]) == 0
        assert server.hits["/a"] >= 1


def test_a_site_of_articles_read_in_a_helper_process_gives_the_same_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from linkcheck import cli, offload
    from tests.site_server import Page, serve

    pages = {f"/news/{i}": Page(200, f"<html><title>Report {i}</title></html>".encode()) for i in range(12)}
    with serve(pages) as server:
        for n in range(6):  # two citations an article; the fourth article cites nothing
            links = (
                [] if n == 3 else [f"[Report {2 * n + k}]({server.origin}/news/{2 * n + k})" for k in (0, 1)]
            )
            (tmp_path / f"story-{n}.md").write_text(
                f"# Story {n}\n\nAs {' and '.join(links)} said.\n", "utf-8"
            )
        inputs = [str(tmp_path / "*.md"), "--allow-private", "--format", "json"]
        assert main([*inputs, "--processes", "1", "--output", str(tmp_path / "one.json")]) == 0
        helpers: list[object] = []
        monkeypatch.setattr(cli, "OFFLOAD_MIN_CHARS", 1)
        monkeypatch.setattr(offload.Offload, "close", _spy(offload.Offload.close, helpers))
        assert main([*inputs, "--output", str(tmp_path / "offloaded.json")]) == 0
    assert len(helpers) == 1  # the articles were read in a helper process

    def results(name: str) -> list[dict[str, Any]]:
        data = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        return [{k: v for k, v in r.items() if k != "elapsed"} for r in data["results"]]

    assert results("offloaded.json") == results("one.json")
    assert [r["url"].rsplit("/", 1)[1] for r in results("one.json")] == [
        str(i) for i in (0, 1, 2, 3, 4, 5, 8, 9, 10, 11)
    ]


def _spy(close: Any, calls: list[object]) -> Any:
    def spied(self: Any) -> None:
        calls.append(self)
        close(self)

    return spied


def test_an_article_that_fails_to_read_in_pass_two_is_reported_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import linkcheck.articles
    from tests.site_server import Page, serve

    real = linkcheck.articles.extract_citations

    def extract(text: str, *args: Any, **kwargs: Any) -> Any:
        if "BOOM" in text:
            raise KeyError("ſunday")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(linkcheck.articles, "extract_citations", extract)
    with serve({"/a": Page(200, b"<html><title>A page</title></html>")}) as server:
        (tmp_path / "1-good.md").write_text(f"See [A page]({server.origin}/a).\n", encoding="utf-8")
        (tmp_path / "2-bad.md").write_text("BOOM\n", encoding="utf-8")
        gone = tmp_path / "3-gone.md"
        gone.write_text(f"See [A page]({server.origin}/a).\n", encoding="utf-8")
        scan = _Reading().scan([str(tmp_path / n) for n in ("1-good.md", "2-bad.md", "3-gone.md")])
        gone.unlink()  # between the passes
        citations = list(scan.citations())
    assert [c.url for c in citations] == [f"{server.origin}/a", "", ""]
    assert (
        citations[1].error
        == f"{tmp_path / '2-bad.md'}: its citations could not be read (KeyError: 'ſunday'): a linkcheck bug"
    )
    assert citations[2].error is not None
    assert citations[2].error.startswith(f"{gone}: cannot read")
    assert citations[2].source == str(gone)


def test_a_run_that_holds_its_results_parses_a_manifest_once(tmp_path: Path) -> None:
    path = tmp_path / "sources.txt"
    path.write_text("https://a.example/1 | title: One\nhttps://b.example/2\n", encoding="utf-8")
    kept = _Reading().scan([str(path)], keep=True)
    streamed = _Reading().scan([str(path)])
    path.write_text(
        "https://changed.example/\n", encoding="utf-8"
    )  # pass 2 reads it again only when streaming
    assert [c.url for c in kept.citations()] == ["https://a.example/1", "https://b.example/2"]
    assert [c.url for c in streamed.citations()] == ["https://changed.example/"]
