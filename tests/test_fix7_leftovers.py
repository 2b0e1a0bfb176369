"""Leftovers of the forty-fifth session's probes a demanding user would meet (fix7), on small inputs.

1. The text report names a citation's title in the entry of a page that could not be read (reports5's
   leftover; the Markdown report does so since reports5): "replace the link or link an archived copy" needs
   the story's title to search for. Printable (a terminal's escapes written out), on one line, and cut at a
   word as a reason quotes a page's line. Left alone: an ``ok`` page's entry (a title mismatch quotes it), a
   citation that gives no title.
2. A ``--cache`` that is a symbolic link (nightly6's leftover): a damaged cache is set aside by moving the
   file the link names (with its ``-wal``), as ``state.written_path`` does for the state, and the warning
   names where it went; the link is kept, so the next run's SQLite creates a fresh file where it points.
   Before, the link itself was renamed and the damaged file stayed where the next job's link finds it.
   Left alone: a regular file is set aside beside itself, named by its name only.
3. ``format_sources`` is typed to take an ``Iterable[Citation]`` (api6's leftover): it reads its argument
   once, so a generator of citations is as good as a list, and ``Sequence`` made ``mypy --strict`` refuse
   one. Left alone: a list writes the same manifest.
4. A ``title_mismatch [warn]`` on an entry marked ``FAIL`` (seed6's leftover): the bracket is the finding's
   severity on its own, the entry's mark the verdict, which ``--fail-on`` decides. The report cannot say which
   finding decided (it is not given ``--fail-on``), so the README, where the text report is shown, says what
   each word means; pinned here with the behaviour it describes (which the base has too).
"""

from __future__ import annotations

import sqlite3
import typing
from collections.abc import Iterable
from pathlib import Path

import pytest

from linkcheck.cache import make_cached_session, set_aside_damaged_cache
from linkcheck.checker import verdict_for
from linkcheck.config import Config, parse_fail_on
from linkcheck.models import (
    Citation,
    Finding,
    FindingKind,
    Report,
    Result,
    Severity,
    Status,
    Verdict,
    clipped,
)
from linkcheck.report.text import render_text
from linkcheck.sources import format_sources, parse_sources


def _result(status: Status, verdict: Verdict, title: str | None, *findings: Finding) -> Result:
    citation = Citation(
        url="https://quay.example/2026/04/01/story", source="sources.txt", line=3, title=title
    )
    reason = "404 Not Found" if status is Status.DEAD else "200 OK"
    return Result(citation, status, reason, verdict, findings=findings)


def _entry(text: str) -> list[str]:
    lines = text.split("\n")
    start = next(n for n, line in enumerate(lines) if "sources.txt:3" in line)
    end = next(n for n in range(start + 1, len(lines)) if not lines[n].startswith("         "))
    return lines[start:end]


# -- 1. the text report's entry of a page not read names its cited title ------------------------------------


@pytest.mark.parametrize(
    ("status", "verdict"),
    [
        (Status.DEAD, Verdict.FAIL),
        (Status.SOFT_404, Verdict.FAIL),
        (Status.BLOCKED, Verdict.WARN),
        (Status.ERROR, Verdict.WARN),
        (Status.SKIPPED, Verdict.WARN),
    ],
)
def test_a_text_entry_of_a_page_not_read_names_the_cited_title(status: Status, verdict: Verdict) -> None:
    entry = _entry(render_text(Report((_result(status, verdict, "Pier lights stay on"),))))
    assert "         cited as “Pier lights stay on”" in entry


def test_the_cited_title_in_a_text_entry_is_printable_and_on_one_line() -> None:
    title = "Pier\x1b[2J lights\nstay \u202eon"
    entry = _entry(render_text(Report((_result(Status.DEAD, Verdict.FAIL, title),))))
    assert "         cited as “Pier\\x1b[2J lights stay \\u202eon”" in entry


def test_a_long_cited_title_is_cut_at_a_word_as_reasons_quote_lines() -> None:
    title = " ".join(f"word{n}" for n in range(60))
    entry = _entry(render_text(Report((_result(Status.DEAD, Verdict.FAIL, title),))))
    line = next(line for line in entry if "cited as" in line)
    assert line == f"         cited as “{clipped(title)}”"
    assert line.endswith(" word14 ...”")
    assert "word15" not in line
    assert len(clipped(title)) <= 104


def test_clipped_keeps_a_short_text_whole() -> None:
    assert clipped("Pier lights stay on") == "Pier lights stay on"
    assert clipped("x" * 150) == "x" * 100 + " ..."  # no word to cut at: cut at the limit


def test_an_ok_entry_and_a_citation_without_a_title_are_left_alone() -> None:
    mismatch = Finding(
        FindingKind.TITLE_MISMATCH,
        Severity.FAIL,
        "cited title 'Pier lights stay on' does not match the page's title 'Toll bridge reopens'",
        "Pier lights stay on",
        "Toll bridge reopens",
    )
    ok = _entry(render_text(Report((_result(Status.OK, Verdict.FAIL, "Pier lights stay on", mismatch),))))
    assert not any("cited as" in line for line in ok)
    untitled = _entry(render_text(Report((_result(Status.DEAD, Verdict.FAIL, None),))))
    assert not any("cited as" in line for line in untitled)
    assert untitled[1] == "         dead: 404 Not Found"


# -- 2. a --cache behind a symbolic link ------------------------------------------------------------------


def _linked_cache(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "volume").mkdir()
    (tmp_path / "job").mkdir()
    target = tmp_path / "volume" / "cache.sqlite"
    link = tmp_path / "job" / "cache.sqlite"
    link.symlink_to(Path("..") / "volume" / "cache.sqlite")
    return link, target


def test_a_damaged_cache_behind_a_link_is_set_aside_where_the_link_points(tmp_path: Path) -> None:
    link, target = _linked_cache(tmp_path)
    target.write_bytes(b"garbage" * 100)
    (tmp_path / "volume" / "cache.sqlite-wal").write_bytes(b"w")
    warning = set_aside_damaged_cache(link, stamp="20261205T031700Z")
    assert warning is not None
    aside = tmp_path / "volume" / "cache.sqlite.corrupt-20261205T031700Z"
    assert aside.read_bytes() == b"garbage" * 100
    assert (tmp_path / "volume" / "cache.sqlite.corrupt-20261205T031700Z-wal").read_bytes() == b"w"
    assert link.is_symlink()
    assert not target.exists()
    assert sorted(p.name for p in (tmp_path / "job").iterdir()) == ["cache.sqlite"]
    assert f"moved it to {aside.resolve()}" in warning or f"moved it to {aside}" in warning


def test_the_cache_made_after_a_set_aside_is_written_through_the_link(tmp_path: Path) -> None:
    link, target = _linked_cache(tmp_path)
    target.write_bytes(b"garbage" * 100)
    session = make_cached_session(Config(cache_path=str(link)))
    session.close()
    assert link.is_symlink()
    with sqlite3.connect(target) as con:  # a sound SQLite file where the link points
        assert con.execute("pragma integrity_check").fetchone() == ("ok",)
    assert len(list((tmp_path / "volume").glob("cache.sqlite.corrupt-*"))) == 1


def test_a_damaged_regular_cache_is_still_set_aside_beside_itself(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    cache.write_bytes(b"garbage" * 100)
    warning = set_aside_damaged_cache(cache, stamp="20261205T031700Z")
    assert warning is not None
    assert "moved it to cache.sqlite.corrupt-20261205T031700Z and" in warning
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache.sqlite.corrupt-20261205T031700Z"]


# -- 3. format_sources takes any iterable of citations ------------------------------------------------------

_MANIFEST = (
    "@article | title: Pier report | date: 2026-04-02\n"
    "https://quay.example/2026/04/01/story | title: Pier lights stay on | date: 2026-04-01\n"
    "https://harbour.example/notes/7 | outlet: Harbour Notes\n"
)


def test_format_sources_is_typed_to_take_any_iterable_of_citations() -> None:
    hints = typing.get_type_hints(format_sources)
    assert hints["citations"] == Iterable[Citation]


def test_a_generator_of_citations_writes_the_manifest_a_list_writes() -> None:
    citations = parse_sources(_MANIFEST, "sources.txt")
    written = format_sources(c for c in citations)
    assert written == format_sources(citations)
    again = parse_sources(written, "sources.txt")
    assert [(c.url, c.title, c.date, c.outlet, c.article) for c in again] == [
        (c.url, c.title, c.date, c.outlet, c.article) for c in citations
    ]


# -- 4. the text report's [warn] on a FAIL entry, explained where the report is shown -----------------------

README = Path(__file__).resolve().parent.parent / "README.md"


def _paragraph(text: str, words: str) -> str:
    return next(p for p in text.split("\n\n") if words in p)


def test_the_readme_says_a_findings_bracket_is_its_severity_and_fail_on_decides_the_verdict() -> None:
    said = " ".join(_paragraph(README.read_text(encoding="utf-8"), "`kind [severity]`").split())
    assert "`title_mismatch [warn]`" in said
    assert "decided by `--fail-on`" in said
    assert "`FAIL` by default" in said


def test_a_warn_title_mismatch_fails_by_default_and_warns_without_its_kind_in_fail_on() -> None:
    finding = Finding(
        FindingKind.TITLE_MISMATCH,
        Severity.WARN,
        "cited title 'Pier lights stay on' does not match the page's title 'Огни причала горят'",
        "Pier lights stay on",
        "Огни причала горят",
    )
    by_default = verdict_for(Status.OK, None, (finding,), Config())
    without = verdict_for(Status.OK, None, (finding,), Config(fail_on=parse_fail_on("-title_mismatch")))
    assert (by_default, without) == (Verdict.FAIL, Verdict.WARN)
    entry = _entry(render_text(Report((_result(Status.OK, by_default, "Pier lights stay on", finding),))))
    assert entry[0].startswith("  FAIL sources.txt:3")
    assert any(line.startswith("         title_mismatch [warn]: ") for line in entry)
