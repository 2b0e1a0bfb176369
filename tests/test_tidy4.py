"""tidy4: the last read-back's leftovers. The JSON walk ``articles._records`` reads rows and reviews with
(one generator of the objects under a value, the same depth bound and order as the two walkers it replaced);
the text and Markdown reports' republication date; ``iter_check``'s ``counts``."""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from linkcheck import Config, check, checker
from linkcheck.articles._records import json_records
from linkcheck.checker import iter_check
from linkcheck.models import (
    Citation,
    ExtractedDate,
    FetchResult,
    Metadata,
    Report,
    Result,
    Status,
    Verdict,
    count_result,
    summarize,
)
from linkcheck.report.markdown import render_markdown
from linkcheck.report.text import render_text
from tests.rot_harness import HTML, Answers
from tests.site_server import Page, serve

SRC = Path(__file__).resolve().parent.parent / "src"

ROW = {"source_url": "https://wire.test/a", "source_title": "A wire story", "reported": "2020-01-02"}
REVIEW = {"@type": "ClaimReview", "url": "https://checks.test/b", "reviewDate": "2021-03-04"}


def _nested(inner: dict[str, Any], depth: int) -> Any:
    """``inner`` ``depth`` levels down: objects and lists in turn (each one level deeper than its holder)."""
    value: Any = inner
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


# --- piece 2: one walk over nested JSON, the same bound and order -------------------------------------------


@pytest.mark.parametrize("depth", [0, 1, 5, 12])
def test_a_row_or_a_review_twelve_levels_down_is_read(depth: int) -> None:
    rows = json_records(json.dumps(_nested(ROW, depth)))
    assert rows == [("row", {"url": ROW["source_url"], "title": ROW["source_title"], "date": "2020-01-02"})]
    assert json_records(json.dumps(_nested(REVIEW, depth))) == [("review", REVIEW)]


def test_nothing_below_twelve_levels_is_read() -> None:
    assert json_records(json.dumps(_nested(ROW, 13))) is None
    assert json_records(json.dumps(_nested(REVIEW, 13))) is None


def test_records_come_in_the_documents_order_an_object_before_those_it_holds() -> None:
    first = {**ROW, "source_url": "https://wire.test/1"}
    inner = {**ROW, "source_url": "https://wire.test/2"}
    last = {**ROW, "source_url": "https://wire.test/3"}
    document = [{**first, "more": {"deeper": inner}}, last]
    rows = json_records(json.dumps(document))
    assert rows is not None
    assert [row["url"] for _kind, row in rows] == [f"https://wire.test/{n}" for n in (1, 2, 3)]
    reviews = [{"url": f"https://checks.test/{n}", "datePublished": "2021-03-04"} for n in (1, 2, 3)]
    claim = [{**reviews[0], "@type": "ClaimReview", "itemReviewed": reviews[1]}, reviews[2]]
    found = json_records(json.dumps(claim))
    assert found is not None
    assert [record["url"] for _kind, record in found] == [f"https://checks.test/{n}" for n in (1, 2, 3)]


# --- piece 3: the sentence's mark at an address's end, tested in one place ----------------------------------


@pytest.mark.parametrize(
    ("url", "bare"),
    [
        ("https://x.example/story.", "https://x.example/story"),
        ("https://x.example/story).;", "https://x.example/story)"),  # a bracket is kept: no sentence's mark
        ("https://x.example/a/b,", "https://x.example/a/b"),
        ("https://x.example/a!:", "https://x.example/a"),
        ("https://x.example/story", None),
        ("https://x.example.", None),  # a bare host's trailing dot is its name's
        ("https://x.example", None),
        ("x.example/story.", None),  # no scheme: not an address this reads
        ("", None),
    ],
)
def test_sentence_tail_called_alone(url: str, bare: str | None) -> None:
    assert checker._sentence_tail(url) == bare


def test_the_address_is_tested_for_a_sentences_mark_in_one_place() -> None:
    """``_SENTENCE_MARKS`` is read by ``_sentence_tail`` alone: its caller asks it, not the marks too."""
    tree = ast.parse(inspect.getsource(checker))
    readers = {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and any(isinstance(n, ast.Name) and n.id == "_SENTENCE_MARKS" for n in ast.walk(node))
    }
    assert readers == {"_sentence_tail"}


@pytest.mark.parametrize("status", [404, 200])
def test_the_hint_for_a_dead_address_ending_in_a_full_stop(status: int) -> None:
    url = "https://kronika.example.org/2020/05/strikes."
    fetched = FetchResult(url=url, final_url=url, status_code=status, headers=HTML, body=b"<title>x</title>")
    page = check([Citation(url=url)], Config(allow_private=True), fetcher=Answers({url: fetched}))
    reason = page.results[0].reason
    hint = "check https://kronika.example.org/2020/05/strikes"
    assert (hint in reason) is (status == 404)


# --- piece 4: the text and Markdown reports' republication date ---------------------------------------------

_HEADLINE = "Harbour board approves the new breakwater"
_NOTE = "<p><i>This story was originally published on March 4, 2021.</i></p>"


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


def _ok(republished: dt.date | None, published: dt.date | None = dt.date(2021, 3, 4)) -> Result:
    return Result(
        citation=Citation(url="https://news.example.org/2023/05/16/breakwater/"),
        status=Status.OK,
        reason="200 OK",
        verdict=Verdict.PASS,
        http_status=200,
        final_url="https://news.example.org/2023/05/16/breakwater/",
        metadata=Metadata(
            title=_HEADLINE,
            published=ExtractedDate(published, "text", None) if published else None,
            republished=ExtractedDate(republished, "opengraph", None) if republished else None,
        ),
    )


def test_the_text_report_says_the_republication_beside_the_publication() -> None:
    text = render_text(Report(results=(_ok(dt.date(2023, 5, 16)),)))
    assert f"page says title: {_HEADLINE} | published: 2021-03-04 | republished: 2023-05-16\n" in text
    plain = render_text(Report(results=(_ok(None),)))
    assert f"page says title: {_HEADLINE} | published: 2021-03-04\n" in plain
    assert "republished" not in plain


def test_the_markdown_report_says_the_republication_in_the_pages_row() -> None:
    md = render_markdown(Report(results=(_ok(dt.date(2023, 5, 16)),)))
    row = next(line for line in md.splitlines() if "breakwater" in line)
    assert "| 200 OK<br>republished 2023-05-16, first published 2021-03-04 |" in row
    plain = render_markdown(Report(results=(_ok(None),)))
    assert "| 200 OK |" in next(line for line in plain.splitlines() if "breakwater" in line)
    assert "republished" not in plain
    alone = render_markdown(Report(results=(_ok(dt.date(2023, 5, 16), published=None),)))
    assert "| 200 OK<br>republished 2023-05-16 |" in alone  # no publication known: none said


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


_COMMON = ["--allow-private", "--no-config", "--retries", "0", "--max-time", "40", "--processes", "1"]


def test_the_cli_reports_say_a_republished_pages_date_and_nothing_new_of_the_others(tmp_path: Path) -> None:
    routes = {
        # republished at a new dated address: its note's day is the publication, its own the republication
        "/2023/05/16/breakwater/": Page(body=_story("2023-05-16T09:00:00+01:00", _NOTE)),
        # the same story, never republished
        "/2021/03/04/breakwater/": Page(body=_story("2021-03-04T09:00:00+01:00")),
        "/gone/": Page(404, b"<!doctype html><title>Not found</title><p>No such page."),
    }
    with serve(routes) as site:
        again, plain, gone = (site.url(p) for p in routes)
        manifest = tmp_path / "sources.txt"
        manifest.write_text(
            f"{again} | title: {_HEADLINE} | date: 2021-03-04\n"
            f"{plain} | title: {_HEADLINE} | date: 2021-03-04\n"
            f"{gone} | title: {_HEADLINE}\n",
            encoding="utf-8",
        )
        text = _cli("sources.txt", "--format", "text", "--color", "never", *_COMMON, cwd=tmp_path)
        md = _cli("sources.txt", "--format", "markdown", *_COMMON, cwd=tmp_path)
    assert text.returncode == 1, text.stdout + text.stderr  # the 404
    assert md.returncode == 1, md.stdout + md.stderr
    lines = text.stdout.splitlines()
    says = f"         page says title: {_HEADLINE} | published: 2021-03-04"
    # the others' lines are what they were (base53's)
    at = lines.index(f"  ok   sources.txt:2  {plain}")
    assert lines[at : at + 3] == [f"  ok   sources.txt:2  {plain}", "         200 OK", says]
    at = lines.index(f"  FAIL sources.txt:3  {gone}")
    assert lines[at : at + 4] == [
        f"  FAIL sources.txt:3  {gone}",
        "         dead: 404 Not Found",
        f"         cited as “{_HEADLINE}”",
        "",
    ]
    rows = {
        line.split(" | ")[2]: line for line in md.stdout.splitlines() if line.startswith(("| ✅", "| ❌"))
    }
    assert rows[f"<{plain}>"] == f"| ✅ | `sources.txt:2` | <{plain}> | 200 OK |  |"
    assert rows[f"<{gone}>"] == (
        f"| ❌ | `sources.txt:3` | <{gone}> | **dead**: 404 Not Found<br>cited as “{_HEADLINE}” "
        "| replace the link or link an archived copy |"
    )
    # the republished story: its publication (the note's day), then its republication (its own), once
    assert lines[lines.index(f"  ok   sources.txt:1  {again}") + 2] == f"{says} | republished: 2023-05-16"
    assert text.stdout.count("republished") == 1
    assert rows[f"<{again}>"].endswith(
        f"| <{again}> | 200 OK<br>republished 2023-05-16, first published 2021-03-04 |  |"
    )
    assert md.stdout.count("republished") == 1


# --- piece 5: iter_check's counts ---------------------------------------------------------------------------

_PAGES = [f"https://harbour.example.org/2021/03/0{n}/story-{n}/" for n in range(1, 5)]


class _Served(Answers):
    """:class:`Answers` for :data:`_PAGES` (each a story answering 200, the last a 404), keeping what was
    fetched."""

    def __init__(self) -> None:
        super().__init__(
            {
                url: FetchResult(
                    url=url,
                    final_url=url,
                    status_code=404 if n == len(_PAGES) - 1 else 200,
                    headers=HTML,
                    body=_story(f"2021-03-0{n + 1}T09:00:00+01:00"),  # the day its address gives
                )
                for n, url in enumerate(_PAGES)
            }
        )
        self.fetched: list[str] = []

    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
        self.fetched.append(url)
        return super().fetch(url, deadline=deadline)


def _citations() -> list[Citation]:
    return [Citation(url=url) for url in _PAGES]


def test_iter_checks_caller_counts_each_result_once_into_its_counts() -> None:
    counts = summarize(())
    seen = []
    for result in iter_check(_citations(), fetcher=_Served(), counts=counts):
        seen.append(result)
        count_result(counts, result)  # the caller's own step: the result and its count, together
    assert len(seen) == len(_PAGES)
    assert counts == summarize(seen)
    assert (counts["total"], counts["pass"], counts["fail"], counts["dead"]) == (4, 3, 1, 1)


def test_iter_check_counts_nothing_itself() -> None:
    """``counts`` is the caller's: iter_check only checks it, so a caller counting once counts each once."""
    counts = summarize(())
    results = iter_check(_citations(), fetcher=_Served(), counts=counts)
    first = next(results)
    assert counts["total"] == 0  # yielded, not counted
    count_result(counts, first)
    results.close()
    assert counts["total"] == 1


def test_a_result_iter_check_yielded_counted_twice_ends_the_run_saying_so() -> None:
    counts = summarize(())
    results = iter_check(_citations(), fetcher=_Served(), counts=counts)
    first = next(results)
    count_result(counts, first)
    count_result(counts, first)
    with pytest.raises(ValueError, match="counted 2 times") as caught:
        next(results)
    assert first.url in str(caught.value)
    assert "count_result" in str(caught.value)
    with pytest.raises(StopIteration):  # the run is over
        next(results)


def test_a_result_iter_check_yielded_not_counted_ends_the_run_saying_so() -> None:
    counts = summarize(())
    with pytest.raises(ValueError, match="counted 0 times"):
        for _result in iter_check(_citations(), fetcher=_Served(), counts=counts):
            pass


def test_the_last_result_not_counted_is_caught_at_the_runs_end() -> None:
    counts = summarize(())
    results = iter_check(_citations(), fetcher=_Served(), counts=counts)
    last = None
    for n in range(len(_PAGES)):
        last = next(results)
        if n < len(_PAGES) - 1:
            count_result(counts, last)
    assert last is not None
    with pytest.raises(ValueError, match="counted 0 times") as caught:
        next(results)
    assert last.url in str(caught.value)


@pytest.mark.parametrize("counts", [{"total": 0}, [0, 0], "counts"])
def test_iter_check_refuses_counts_of_another_shape_before_fetching(counts: Any) -> None:
    served = _Served()
    with pytest.raises(TypeError, match="counts must be a dict"):
        iter_check(_citations(), fetcher=served, counts=counts)
    assert served.fetched == []


def test_without_counts_iter_check_asks_nothing_of_its_caller() -> None:
    assert len(list(iter_check(_citations(), fetcher=_Served()))) == len(_PAGES)


def test_the_docs_give_iter_check_counts() -> None:
    api = (SRC.parent / "docs" / "api.md").read_text(encoding="utf-8")
    assert "`iter_check(citations, config=None, *, fetcher=None, clock=None, stop=None, counts=None)" in api
    assert "counts" in inspect.signature(iter_check).parameters
