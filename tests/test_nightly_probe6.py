"""Held-out probe (nightly6, forty-fifth session): a newsroom's nightly job over months, a sixth time.

Written from README.md, docs/ (ci, json-schema, sources-format), ``linkcheck --help``, the earlier probes'
docstrings and nightly5's subsection in docs/benchmarks.md, before any code under ``src/`` was read, and
committed before any change there. Every case runs the real command (``python -m linkcheck`` in a
subprocess, as a scheduled job does) against pages served on 127.0.0.1 by ``tests/site_server.py``; nights
are simulated by moving the state's times back by hand. Covered (none of the earlier probes' cases): a
cited story whose page changes under its URL night by night (an update stamp added: nothing to say; its
publication date moved: ``date_mismatch``; its outlet renamed: ``outlet_mismatch``; each failing at once,
none a liveness failure in the history, nothing "recovered" when it is put back); a different story served
at the same address whose slug still spells the cited title (a ``title_mismatch``, never the edited
headline's ``title_changed``, which an edited headline on the same day still gets); a page that rots over
nights (a redirect to the front page, a "not found" page served 200, a parked domain's placeholder), one
streak under ``--fail-after 3`` whatever its kind, each night's reason naming what the page became; a dead
link an editor replaces with a web archive's copy (a Wayback-shaped address on another host, captured a
year after the story: it passes, its capture time is no publication date, and the dead URL leaves every
history list); a state after a year of nightly churn (7,300 entries, one a night's 20 citations, read once:
only the last 90 days' kept, ``runs`` going on); two first nights started at once on one state in a
directory that does not exist yet (both runs and all their entries kept, nothing beside the state), and a
job with a malformed manifest beside them leaving it alone; a state full of NUL bytes left by a crash (set
aside with its bytes, not read as an empty file); a state of an older schema (an error naming the file,
the file untouched); a state reached through a symbolic link (a cache volume's: the link kept, the counts
in the file it names); and each night's exit code. Time is never asserted; every wait is bounded.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.site_server import Page, serve

SRC = Path(__file__).resolve().parents[1] / "src"
TIME_KEYS = ("first_failure", "last_failure", "last_success", "last_checked")
TITLE = "Ferry timetable changed for the winter"
OUTLET = "Harbour Courier"
SLUG = "/2020/01/09/ferry-timetable-changed-for-the-winter"


def story(
    title: str = TITLE,
    published: str = "2020-01-09T08:30:00+00:00",
    outlet: str = OUTLET,
    modified: str | None = None,
    text: str = "The ferry timetable changed on Monday. ",
) -> Page:
    extra = f'<meta property="article:modified_time" content="{modified}">' if modified else ""
    body = (
        f"<!doctype html><html><head><title>{title} | {outlet}</title>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{outlet}">'
        f'<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{published}">{extra}</head>'
        f'<body><article><h1>{title}</h1><time datetime="{published}">{published[:10]}</time>'
        f"<p>{text * 20}</p></article></body></html>"
    ).encode()
    return Page(body=body)


FRONT = Page(
    body=(
        f"<!doctype html><html><head><title>{OUTLET}: news from the harbour</title>"
        f'<meta property="og:site_name" content="{OUTLET}"><meta property="og:type" content="website"></head>'
        "<body><nav><a href='/news/'>News</a> <a href='/sport/'>Sport</a> "
        "<a href='/weather/'>Weather</a></nav>"
        + "".join(f"<h2><a href='/2020/01/{d:02d}/story-{d}'>Story number {d}</a></h2>" for d in range(1, 25))
        + "</body></html>"
    ).encode()
)
NOT_FOUND_200 = Page(
    body=(
        f"<!doctype html><html><head><title>Page not found | {OUTLET}</title></head>"
        "<body><h1>Page not found</h1><p>Sorry, the page you were looking for does not exist or has been "
        "removed.</p><p><a href='/'>Back to the front page</a></p></body></html>"
    ).encode()
)
PARKED = Page(
    body=(
        b"<!doctype html><html><head><title>harbour-courier.example is for sale</title></head>"
        b"<body><h1>This domain is for sale!</h1><p>harbour-courier.example may be for sale. "
        b"Buy this domain today.</p><p>Related searches: Ferry Tickets, Cheap Flights, Travel Insurance</p>"
        b"</body></html>"
    )
)
GONE = Page(status=404, body=b"<html><head><title>Not Found</title></head><body>Not found</body></html>")


def command(*args: str) -> list[str]:
    return [
        sys.executable, "-m", "linkcheck", *args,
        "--allow-private", "--no-config", "--retries", "0", "--timeout", "5",
    ]  # fmt: skip


def environ() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    env["PYTHONPATH"] = str(SRC)
    return env


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args), cwd=cwd, env=environ(), capture_output=True, text=True, timeout=120)


def night(cwd: Path, *args: str) -> tuple[int, dict[str, Any], str]:
    proc = run(cwd, *args, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def manifest(path: Path, *lines: str, article_date: str = "2020-01-10") -> Path:
    path.write_text("\n".join([f"@article | date: {article_date}", *lines]) + "\n", encoding="utf-8")
    return path


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def age_state(path: Path, days: float) -> None:
    """Move every time in the state back by ``days``: a night (or more) passes."""
    data = load(path)

    def back(value: str | None) -> str | None:
        if value is None:
            return None
        return (datetime.fromisoformat(value) - timedelta(days=days)).isoformat()

    for entry in data["urls"].values():
        for key in TIME_KEYS:
            if key in entry:
                entry[key] = back(entry[key])
    if "updated" in data:
        data["updated"] = back(data["updated"])
    path.write_text(json.dumps(data), encoding="utf-8")


def only(report: dict[str, Any]) -> dict[str, Any]:
    assert len(report["results"]) == 1, report["results"]
    result: dict[str, Any] = report["results"][0]
    return result


def kinds(result: dict[str, Any]) -> set[str]:
    return {f["kind"] for f in result["findings"]}


def listed(report: dict[str, Any], url: str) -> set[str]:
    """The history lists that hold ``url``."""
    history = report["history"]
    return {name for name in ("newly_broken", "still_broken", "recovered", "graced") if url in history[name]}


# --- a story that changes under its URL ------------------------------------------------------------------


def test_a_story_updated_redated_and_renamed_is_named_each_night_and_never_a_broken_link(
    tmp_path: Path,
) -> None:
    """An update stamp says nothing; a moved date and a renamed outlet each fail at once, not as liveness."""
    with serve({SLUG: story()}) as site:
        url = site.url(SLUG)
        line = f"{url} | title: {TITLE} | date: 2020-01-09 | outlet: {OUTLET}"
        sources = manifest(tmp_path / "sources.txt", line)
        args = ("sources.txt", "--state", "state.json", "--fail-after", "3")

        code, report, _ = night(tmp_path, *args)
        assert code == 0, only(report)
        assert only(report)["verdict"] == "pass", only(report)
        age_state(tmp_path / "state.json", 1)

        # The outlet adds an "updated" stamp a week later: the story's own date is unchanged.
        site.routes[SLUG] = story(modified="2020-01-16T12:00:00+00:00")
        code, report, _ = night(tmp_path, *args)
        assert code == 0, only(report)
        assert only(report)["verdict"] == "pass"
        assert "date_mismatch" not in kinds(only(report))
        age_state(tmp_path / "state.json", 1)

        # Its publication date moved by five days: a date_mismatch, failing tonight (no grace: it is no
        # liveness failure) and naming the page's date.
        site.routes[SLUG] = story(published="2020-01-14T08:30:00+00:00")
        code, report, _ = night(tmp_path, *args)
        result = only(report)
        assert code == 1, result
        assert result["verdict"] == "fail", result
        assert result["status"] == "ok", result
        # The address holds the story's first date (/2020/01/09/), so the URL's date is contradicted too.
        assert kinds(result) == {"date_mismatch", "url_date_mismatch"}, result["findings"]
        assert any("2020-01-14" in f["message"] for f in result["findings"]), result["findings"]
        assert listed(report, url) == set(), report["history"]
        age_state(tmp_path / "state.json", 1)

        # The date is put back and the outlet renamed: outlet_mismatch only, naming the new name.
        site.routes[SLUG] = story(outlet="Courier Media Group")
        code, report, _ = night(tmp_path, *args)
        result = only(report)
        assert code == 1, result
        assert result["status"] == "ok", result
        assert kinds(result) == {"outlet_mismatch"}, result["findings"]
        assert any("Courier Media Group" in f["message"] for f in result["findings"]), result["findings"]
        assert listed(report, url) == set(), report["history"]
        age_state(tmp_path / "state.json", 1)

        # All put back: a pass, and nothing "recovered" (the link never stopped answering).
        site.routes[SLUG] = story()
        code, report, _ = night(tmp_path, *args)
        assert code == 0, only(report)
        assert only(report)["verdict"] == "pass", only(report)
        assert listed(report, url) == set(), report["history"]
        entry = load(tmp_path / "state.json")["urls"][url]
        assert entry["consecutive_failures"] == 0, entry
        assert entry["first_failure"] is None, entry
        assert sources.exists()


def test_another_story_at_the_same_address_is_a_title_mismatch_not_an_edited_headline(tmp_path: Path) -> None:
    """The slug spells the cited title: an edited headline is title_changed; a different story is not."""
    with serve({SLUG: story()}) as site:
        url = site.url(SLUG)
        manifest(tmp_path / "sources.txt", f"{url} | title: {TITLE} | date: 2020-01-09 | outlet: {OUTLET}")
        args = ("sources.txt", "--state", "state.json")

        # Leave alone: the same story, its headline edited the same day.
        site.routes[SLUG] = story(title="Winter ferry timetable changed: what it means for commuters")
        code, report, _ = night(tmp_path, *args)
        assert code == 0, only(report)
        assert "title_mismatch" not in kinds(only(report)), only(report)
        age_state(tmp_path / "state.json", 1)

        # The outlet reused the address for a new story a year later.
        site.routes[SLUG] = story(
            title="Council approves new budget for school repairs",
            published="2021-02-03T10:00:00+00:00",
            text="The council voted on Tuesday to fund repairs at three schools. ",
        )
        code, report, _ = night(tmp_path, *args)
        result = only(report)
        assert code == 1, result
        assert result["verdict"] == "fail", result
        assert "title_mismatch" in kinds(result), result["findings"]
        assert "title_changed" not in kinds(result), result["findings"]
        assert listed(report, url) == set(), report["history"]


# --- a page that rots ------------------------------------------------------------------------------------


def test_a_page_rotting_from_home_redirect_to_soft_404_to_parked_is_one_streak(tmp_path: Path) -> None:
    """Three kinds of soft 404 on three nights are one failing streak; each night's reason says which."""
    with serve({SLUG: story(), "/": FRONT}) as site:
        url = site.url(SLUG)
        manifest(tmp_path / "sources.txt", f"{url} | title: {TITLE} | date: 2020-01-09 | outlet: {OUTLET}")
        args = ("sources.txt", "--state", "state.json", "--fail-after", "3")
        code, report, _ = night(tmp_path, *args)
        assert code == 0, only(report)
        assert only(report)["status"] == "ok", only(report)

        nights: list[tuple[Page, int, set[str], str]] = [
            (Page(status=301, headers={"Location": "/"}), 0, {"newly_broken", "graced"}, r"front|home"),
            (NOT_FOUND_200, 0, {"still_broken", "graced"}, r"not found|error page|does not exist"),
            (PARKED, 1, {"still_broken"}, r"parked|for sale"),
        ]
        for n, (tonight, expected_code, lists, reason) in enumerate(nights, start=2):
            age_state(tmp_path / "state.json", 1)
            site.routes[SLUG] = tonight
            if tonight is PARKED:
                site.routes["/"] = PARKED
            code, report, _ = night(tmp_path, *args)
            result = only(report)
            assert result["status"] == "soft_404", (n, result)
            assert code == expected_code, (n, result)
            assert listed(report, url) == lists, (n, report["history"])
            assert re.search(reason, result["reason"] or "", re.IGNORECASE), (n, result["reason"])
            entry = load(tmp_path / "state.json")["urls"][url]
            assert entry["consecutive_failures"] == n - 1, (n, entry)


def test_a_dead_link_replaced_by_an_archive_copy_passes_and_leaves_every_list(tmp_path: Path) -> None:
    """A Wayback-shaped copy captured a year on: its capture time is no publication date."""
    with serve({SLUG: GONE}) as news, serve({}) as archive:
        url = news.url(SLUG)
        copy_path = f"/web/20210315093000/{url}"
        archive.routes[copy_path] = story()
        copy = archive.url(copy_path)
        fields = f"| title: {TITLE} | date: 2020-01-09 | outlet: {OUTLET}"
        manifest(tmp_path / "sources.txt", f"{url} {fields}")
        args = ("sources.txt", "--state", "state.json", "--fail-after", "2")

        code, report, _ = night(tmp_path, *args)
        assert code == 0, report["history"]
        assert listed(report, url) == {"newly_broken", "graced"}, report["history"]
        age_state(tmp_path / "state.json", 1)
        code, report, _ = night(tmp_path, *args)
        assert code == 1, report["history"]
        assert listed(report, url) == {"still_broken"}, report["history"]
        age_state(tmp_path / "state.json", 1)

        # The editor links the archived copy instead.
        manifest(tmp_path / "sources.txt", f"{copy} {fields}")
        code, report, _ = night(tmp_path, *args)
        result = only(report)
        assert code == 0, result
        assert result["verdict"] == "pass", result
        assert not kinds(result) & {"url_date_mismatch", "postdates_article", "date_mismatch"}, result[
            "findings"
        ]
        assert listed(report, url) == set(), report["history"]
        assert listed(report, copy) == set(), report["history"]
        state = load(tmp_path / "state.json")
        assert state["urls"][copy]["consecutive_failures"] == 0, state["urls"][copy]
        # The dead URL's history is kept (until the horizon), not reported.
        assert state["urls"][url]["consecutive_failures"] == 2, state["urls"][url]


# --- the state after a year ------------------------------------------------------------------------------


def test_a_year_of_nightly_churn_keeps_only_the_last_90_days(tmp_path: Path) -> None:
    """365 nights of 20 citations each (7,300 entries, half failing): one run keeps the last 90 days'."""
    now = datetime.now(UTC)
    urls: dict[str, Any] = {}
    for day in range(365):
        checked = now - timedelta(days=day + 0.5)
        for i in range(20):
            failing = i % 2 == 0
            urls[f"https://news.example/{day}/story-{i}"] = {
                "first_failure": (checked - timedelta(days=3)).isoformat() if failing else None,
                "last_failure": checked.isoformat() if failing else None,
                "consecutive_failures": 4 if failing else 0,
                "last_success": None if failing else checked.isoformat(),
                "last_status": "dead" if failing else "ok",
                "last_cause": "http_404" if failing else None,
                "last_checked": checked.isoformat(),
            }
    state = {"schema": "linkcheck-state/1", "updated": (now - timedelta(days=0.5)).isoformat(), "runs": 365}
    state["urls"] = urls
    (tmp_path / "state.json").write_text(json.dumps(state, indent=1), encoding="utf-8")
    before = (tmp_path / "state.json").stat().st_size
    with serve({SLUG: story(), "/gone": GONE}) as site:
        manifest(tmp_path / "sources.txt", f"{site.url(SLUG)} | title: {TITLE}", site.url("/gone"))
        code, report, _ = night(tmp_path, "sources.txt", "--state", "state.json", "--fail-after", "2")
    assert code == 0, report["results"]
    after = load(tmp_path / "state.json")
    assert after["runs"] == 366
    kept = {u for u in after["urls"] if u.startswith("https://news.example/")}
    expected = {f"https://news.example/{day}/story-{i}" for day in range(90) for i in range(20)}
    assert kept == expected, (len(kept), sorted(kept - expected)[:5], sorted(expected - kept)[:5])
    assert len(after["urls"]) == len(expected) + 2
    assert (tmp_path / "state.json").stat().st_size < before * 0.4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sources.txt", "state.json"]


# --- two jobs at once ------------------------------------------------------------------------------------


def test_two_first_nights_at_once_create_one_state_with_both_and_a_bad_job_leaves_it_alone(
    tmp_path: Path,
) -> None:
    slow = story()
    slow.hold = 1.0
    with serve({"/a-ok": slow, "/b-ok": slow, "/a-gone": GONE, "/b-gone": GONE}) as site:
        manifest(tmp_path / "a.txt", f"{site.url('/a-ok')} | title: {TITLE}", site.url("/a-gone"))
        manifest(tmp_path / "b.txt", f"{site.url('/b-ok')} | title: {TITLE}", site.url("/b-gone"))
        (tmp_path / "bad.txt").write_text(f"{site.url('/a-ok')} | titel: oops\n", encoding="utf-8")
        state = tmp_path / ".linkcheck" / "state.json"

        def both() -> list[subprocess.CompletedProcess[str]]:
            procs = [
                subprocess.Popen(
                    command(
                        name, "--state", ".linkcheck/state.json", "--fail-after", "2", "--format", "json"
                    ),
                    cwd=tmp_path,
                    env=environ(),
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for name in ("a.txt", "b.txt")
            ]
            done = []
            for proc in procs:
                out, err = proc.communicate(timeout=120)
                done.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
            return done

        first = both()
        assert [p.returncode for p in first] == [0, 0], [p.stderr for p in first]
        data = load(state)
        assert data["runs"] == 2, data
        assert set(data["urls"]) == {site.url(p) for p in ("/a-ok", "/b-ok", "/a-gone", "/b-gone")}
        assert sorted(p.name for p in state.parent.iterdir()) == ["state.json"]

        before = state.read_bytes()
        bad = run(tmp_path, "bad.txt", "--state", ".linkcheck/state.json")
        assert bad.returncode == 2, bad.stderr
        assert "bad.txt:1" in bad.stderr, bad.stderr
        assert state.read_bytes() == before

        age_state(state, 1)
        second = both()
        assert [p.returncode for p in second] == [1, 1], [p.stderr for p in second]
        data = load(state)
        assert data["runs"] == 4, data
        for path in ("/a-gone", "/b-gone"):
            assert data["urls"][site.url(path)]["consecutive_failures"] == 2, data["urls"]
        assert sorted(p.name for p in state.parent.iterdir()) == ["state.json"]


# --- damaged, older and linked state files ---------------------------------------------------------------


def test_a_state_of_nul_bytes_left_by_a_crash_is_set_aside_not_read_as_empty(tmp_path: Path) -> None:
    """A file system that crashed after growing the file but before its data: its size, all zeros."""
    junk = b"\x00" * 4096
    (tmp_path / "state.json").write_bytes(junk)
    with serve({"/gone": GONE}) as site:
        manifest(tmp_path / "sources.txt", site.url("/gone"))
        code, report, err = night(tmp_path, "sources.txt", "--state", "state.json", "--fail-after", "2")
    assert code == 0, report["history"]
    assert report["history"]["graced"] == [site.url("/gone")], report["history"]
    assert "state.json" in err, err
    assert "warning" in err, err
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("state.json.corrupt-")]
    assert len(aside) == 1, aside
    assert aside[0].read_bytes() == junk, aside
    assert load(tmp_path / "state.json")["runs"] == 1


def test_a_state_of_an_older_schema_is_an_error_naming_it_and_left_as_it_was(tmp_path: Path) -> None:
    old = {
        "schema": "linkcheck-state/0",
        "updated": "2026-06-01T03:17:00+00:00",
        "urls": {"https://news.example/a": {"failures": 2, "first": "2026-05-30T03:17:00+00:00"}},
    }
    raw = json.dumps(old).encode()
    (tmp_path / "state.json").write_bytes(raw)
    with serve({"/gone": GONE}) as site:
        manifest(tmp_path / "sources.txt", site.url("/gone"))
        proc = run(tmp_path, "sources.txt", "--state", "state.json", "--fail-after", "2")
        hits = sum(site.hits.values())
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert "state.json" in proc.stderr, proc.stderr
    assert "linkcheck-state/0" in proc.stderr, proc.stderr
    assert (tmp_path / "state.json").read_bytes() == raw
    assert hits == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sources.txt", "state.json"]


def test_a_state_behind_a_symbolic_link_keeps_the_link_and_the_counts_in_its_target(tmp_path: Path) -> None:
    """A CI cache volume mounted elsewhere, linked into the checkout: the counts must reach the volume."""
    volume = tmp_path / "volume"
    volume.mkdir()
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "state.json").symlink_to(volume / "state.json")
    with serve({"/gone": GONE}) as site:
        manifest(tmp_path / "work" / "sources.txt", site.url("/gone"))
        args = ("sources.txt", "--state", "state.json", "--fail-after", "2")
        code, report, _ = night(tmp_path / "work", *args)
        assert code == 0, report["history"]
        assert (tmp_path / "work" / "state.json").is_symlink()
        assert load(volume / "state.json")["runs"] == 1
        age_state(volume / "state.json", 1)
        code, report, _ = night(tmp_path / "work", *args)
    assert code == 1, report["history"]
    assert report["history"]["still_broken"] == [site.url("/gone")], report["history"]
    assert (tmp_path / "work" / "state.json").is_symlink()
    assert load(volume / "state.json")["runs"] == 2
    assert sorted(p.name for p in volume.iterdir()) == ["state.json"]
