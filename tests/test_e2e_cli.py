"""End to end: the installed ``linkcheck`` command against a real HTTP server on 127.0.0.1.

The server serves pages written for these tests (a RIA-style Russian page in UTF-8, a TASS-style page in
windows-1251 with no charset in the header, a 2024 Moscow Times-style page, an error page served with 200) and
the manifest mirrors the seed article's citations. Nothing here touches the internet.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.site_server import Page, SiteServer, serve

FIXTURES = Path(__file__).parent / "fixtures" / "site"
pytestmark = pytest.mark.e2e


def linkcheck_command() -> list[str]:
    """The console script installed beside this Python (what a user runs), else ``python -m linkcheck``."""
    script = Path(sys.executable).with_name("linkcheck")
    if script.exists():
        return [str(script)]
    found = shutil.which("linkcheck")
    return [found] if found else [sys.executable, "-m", "linkcheck"]


def test_the_command_runs_the_linkcheck_under_test(tmp_path: Path) -> None:
    # The command runs in a temporary directory: with ``PYTHONPATH=src pytest`` on a checkout that is not
    # the installed one, it must still import that checkout's linkcheck (tests/conftest.py), or every test
    # here would check the installed code instead.
    import linkcheck

    code = "import linkcheck, sys; sys.stdout.write(linkcheck.__file__)"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=True
    )
    assert Path(done.stdout).resolve() == Path(linkcheck.__file__).resolve()


def html(name: str, content_type: str = "text/html; charset=utf-8") -> Page:
    return Page(200, (FIXTURES / name).read_bytes(), {"Content-Type": content_type})


@pytest.fixture
def site() -> Iterator[SiteServer]:
    routes = {
        "/20200109/1563219328.html": html("ria.html"),
        "/politika/7487995": html("tass-cp1251.html", content_type="text/html"),
        "/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes": html(
            "moscowtimes-2024.html"
        ),
        "/deleted-story": html("not-found-200.html"),
    }
    with serve(routes) as server:
        origin = server.origin
        server.routes["/old/1563219328"] = Page(301, b"", {"Location": f"{origin}/20200109/1563219328.html"})
        yield server


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_PROXY") and not k.endswith("_proxy")}
    return subprocess.run(
        [*linkcheck_command(), *args], cwd=cwd, capture_output=True, text=True, timeout=120, env=env
    )


def test_manifest_checked_end_to_end(site: SiteServer, tmp_path: Path) -> None:
    o = site.origin
    mt_title = "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"
    mt_claims = f'title: "{mt_title}" | outlet: The Moscow Times'
    manifest = tmp_path / "sources.txt"
    manifest.write_text(
        f"""# the seed article's citations, served locally
@article | date: 2020-01-09 | title: Iraq resumes S-300 talks with Russia
{o}/20200109/1563219328.html | outlet: RIA Novosti | date: 2020-01-09
{o}/politika/7487995 | outlet: TASS
{o}/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes | {mt_claims}
{o}/old/1563219328 | outlet: RIA Novosti
{o}/gone
{o}/deleted-story
{o}/20200109/1563219328.html | note: cited twice, fetched once
""",
        encoding="utf-8",
    )
    proc = run([str(manifest), "--format", "json", "--allow-host", site.hostport], tmp_path)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["schema"] == "linkcheck/1"
    by_line = {r["line"]: r for r in report["results"]}
    assert sorted(by_line) == [3, 4, 5, 6, 7, 8, 9]

    ria = by_line[3]
    assert (ria["status"], ria["verdict"], ria["http_status"]) == ("ok", "pass", 200)
    assert ria["title"] == "Ирак возобновил переговоры с Россией о покупке С-300"
    assert ria["published"] == "2020-01-09"
    assert ria["site_name"] == "РИА Новости"
    assert ria["findings"] == []

    tass = by_line[4]
    assert tass["status"] == "ok"
    assert tass["title"] == "Жириновский призвал Иран купить российские С-400"  # windows-1251 decoded
    assert tass["site_name"] == "ТАСС"
    assert tass["verdict"] == "pass"

    mt = by_line[5]
    assert mt["status"] == "ok"
    assert [f["kind"] for f in mt["findings"]] == ["postdates_article"]
    assert mt["verdict"] == "fail"

    moved = by_line[6]
    assert moved["status"] == "ok"
    assert moved["redirects"] == [{"status": 301, "url": f"{o}/20200109/1563219328.html"}]
    assert [f["kind"] for f in moved["findings"]] == ["moved"]
    assert moved["findings"][0]["actual"] == f"{o}/20200109/1563219328.html"
    assert moved["verdict"] == "warn"

    assert (by_line[7]["status"], by_line[7]["cause"], by_line[7]["verdict"]) == ("dead", "not_found", "fail")
    assert (by_line[8]["status"], by_line[8]["verdict"]) == ("soft_404", "fail")
    assert by_line[9]["status"] == "ok"
    assert site.hits["/20200109/1563219328.html"] == 2  # once for line 3/9, once via the redirect of line 6

    assert report["summary"]["total"] == 7
    assert report["summary"]["fail"] == 3


def test_text_report_names_the_manifest_line(site: SiteServer, tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"{site.origin}/gone\n", encoding="utf-8")
    proc = run([str(manifest), "--allow-host", site.hostport], tmp_path)
    assert proc.returncode == 1
    assert f"{manifest}:1" in proc.stdout
    assert "404 Not Found" in proc.stdout
    assert "1 citation: 0 pass, 0 warn, 1 fail" in proc.stdout


def test_guard_refuses_the_local_server_unless_allowed(site: SiteServer, tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"{site.origin}/20200109/1563219328.html\n", encoding="utf-8")
    proc = run([str(manifest), "--format", "json"], tmp_path)
    result = json.loads(proc.stdout)["results"][0]
    assert (result["status"], result["cause"]) == ("skipped", "address_refused")
    assert site.hits["/20200109/1563219328.html"] == 0


def test_output_file_and_exit_code_zero(site: SiteServer, tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"{site.origin}/politika/7487995 | outlet: TASS\n", encoding="utf-8")
    out = tmp_path / "report.json"
    proc = run(
        [str(manifest), "--format", "json", "--output", str(out), "--allow-host", site.hostport], tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["pass"] == 1


def test_cited_files_are_checked_by_what_they_declare_whatever_their_size(tmp_path: Path) -> None:
    # A report as a PDF bigger than the cap, a PDF whose declared title is another document's, and a video:
    # each alive, none "too large"; the PDFs held to the titles their files declare.
    def pdf(title: bytes, size: int) -> bytes:
        head = b"%PDF-1.5\n7 0 obj\n<< /Title (" + title + b") /Producer (Writer) >>\nendobj\n"
        head += b"trailer\n<< /Root 1 0 R /Info 7 0 R >>\n8 0 obj\n<< /Length %d >>\nstream\n" % size
        return head + bytes(size) + b"\nendstream\nendobj\n%%EOF\n"

    routes = {
        "/docs/review.pdf": Page(
            200, pdf(b"Air Defence Procurement Review", 300_000), {"Content-Type": "application/pdf"}
        ),
        "/docs/minutes.pdf": Page(
            200, pdf(b"Harbour Board Minutes, March", 2_000), {"Content-Type": "application/pdf"}
        ),
        "/media/briefing.mp4": Page(200, bytes(1_000_000), {"Content-Type": "video/mp4"}),
    }
    with serve(routes) as server:
        o = server.origin
        manifest = tmp_path / "sources.txt"
        manifest.write_text(
            f"{o}/docs/review.pdf | title: Air Defence Procurement Review | outlet: Ministry of Defence\n"
            f"{o}/docs/minutes.pdf | title: Fisheries Quotas for the North Sea\n"
            f"{o}/media/briefing.mp4 | title: The minister's briefing\n",
            encoding="utf-8",
        )
        proc = run(
            [str(manifest), "--format", "json", "--max-bytes", "100K", "--allow-host", server.hostport],
            tmp_path,
        )
    assert proc.returncode == 1, proc.stderr  # the mismatched PDF fails by default, as any title mismatch
    review, minutes, video = json.loads(proc.stdout)["results"]
    assert [r["status"] for r in (review, minutes, video)] == ["ok", "ok", "ok"]
    assert (review["title"], review["verdict"]) == ("Air Defence Procurement Review", "pass")
    assert [(f["kind"], f["severity"]) for f in minutes["findings"]] == [("title_mismatch", "warn")]
    assert (video["verdict"], [f["kind"] for f in video["findings"]]) == ("pass", ["title_unchecked"])


def test_quotes_are_looked_for_in_the_served_page(site: SiteServer, tmp_path: Path) -> None:
    # the seed's RIA report, quoted in Russian (found), misquoted (warns) and in English (a translation: info)
    url = f"{site.origin}/20200109/1563219328.html"
    manifest = tmp_path / "sources.txt"
    manifest.write_text(
        f'{url} | quote: "предыдущие переговоры были приостановлены из-за угрозы санкций"\n'
        f'{url} | quote: "предыдущие переговоры были сорваны из-за угрозы санкций"\n'
        f'{url} | quote: "the previous talks were suspended over the threat of sanctions"\n',
        encoding="utf-8",
    )
    proc = run([str(manifest), "--format", "json", "--allow-host", site.hostport], tmp_path)
    assert proc.returncode == 0, proc.stderr  # quote_missing is not in the default --fail-on
    found, misquoted, translated = json.loads(proc.stdout)["results"]
    assert (found["verdict"], found["findings"]) == ("pass", [])
    assert [(f["kind"], f["severity"]) for f in misquoted["findings"]] == [("quote_missing", "warn")]
    assert [(f["kind"], f["severity"]) for f in translated["findings"]] == [("quote_missing", "info")]
    assert site.hits["/20200109/1563219328.html"] == 1


def test_a_link_s_highlighted_passage_is_looked_for_in_the_served_page(
    site: SiteServer, tmp_path: Path
) -> None:
    # "copy link to highlight" links to the seed's RIA report, cited from a Markdown article: a passage the
    # page still says, and one it does not (edited since: warns); the page is fetched once, without fragments
    url = f"{site.origin}/20200109/1563219328.html"
    kept = quote("По его словам,") + "-," + quote("предыдущие переговоры") + "," + quote("угрозы санкций")
    edited = quote("предыдущие переговоры были сорваны из-за угрозы санкций")
    article = tmp_path / "article.md"
    article.write_text(
        f"Iraq renewed the talks, [RIA Novosti reported]({url}#:~:text={kept}).\n\n"
        f"The earlier round [had collapsed]({url}#:~:text={edited}), the agency said.\n",
        encoding="utf-8",
    )
    proc = run([str(article), "--format", "json", "--allow-host", site.hostport], tmp_path)
    assert proc.returncode == 0, proc.stderr  # quote_missing is not in the default --fail-on
    found, changed = json.loads(proc.stdout)["results"]
    assert (found["status"], found["verdict"], found["findings"]) == ("ok", "pass", [])
    assert [(f["kind"], f["severity"]) for f in changed["findings"]] == [("quote_missing", "warn")]
    assert changed["findings"][0]["expected"] == "предыдущие переговоры были сорваны из-за угрозы санкций"
    assert site.hits["/20200109/1563219328.html"] == 1


def test_manifest_error_exits_2_with_file_and_line(tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://example.org/a\nhttps://example.org/b | date: 2020-13-45\n", encoding="utf-8")
    proc = run([str(manifest)], tmp_path)
    assert proc.returncode == 2
    assert f"{manifest}:2:" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_manifest_line_missing_its_url_is_a_manifest_error_not_a_traceback(tmp_path: Path) -> None:
    # Read as a manifest (not as prose, which would drop every line's title and date without a word), so
    # the reader names the line at fault.
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://example.org/a | title: A\n| title: B | date: 2020-01-09\n", encoding="utf-8")
    proc = run([str(manifest)], tmp_path)
    assert proc.returncode == 2
    assert f"{manifest}:2: missing URL" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("text", "manifest"),
    [
        ("https://example.org/a | title: A\n|  Archive-URL : https://archive.example/a\n", True),
        ("@article | date: 2020-01-09\nhttps://example.org/a\n| NOTE: seen in print\n", True),
        ("| Title | URL |\n| --- | --- |\n| A story | https://example.org/a |\n", False),  # a Markdown table
        ("| https://example.org/a | A story |\n", False),
        ("https://example.org/a\nA line of prose about it.\n", False),
        ("https://example.org/a\n|\n", False),
    ],
)
def test_what_reads_as_a_manifest(text: str, manifest: bool) -> None:
    from linkcheck.cli import looks_like_manifest

    assert looks_like_manifest(text) is manifest
    assert looks_like_manifest(iter(text.splitlines(keepends=True))) is manifest


def test_json_lines_stream_every_result_then_the_summary(site: SiteServer, tmp_path: Path) -> None:
    o = site.origin
    manifest = tmp_path / "sources.txt"
    manifest.write_text(
        f"{o}/20200109/1563219328.html | outlet: RIA Novosti\n{o}/gone\n{o}/politika/7487995\n",
        encoding="utf-8",
    )
    out = tmp_path / "out" / "report.jsonl"
    proc = run([str(manifest), "--format", "jsonl", "-o", str(out), "--allow-host", site.hostport], tmp_path)
    assert proc.returncode == 1, proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["record"] for r in records] == ["result"] * 3 + ["summary"]
    by_line = {r["line"]: r for r in records[:3]}
    assert by_line[1]["status"] == "ok"
    assert by_line[1]["site_name"] == "РИА Новости"
    assert (by_line[2]["status"], by_line[2]["verdict"]) == ("dead", "fail")
    summary = records[-1]
    assert summary["schema"] == "linkcheck/1"
    assert (summary["summary"]["total"], summary["summary"]["pass"], summary["summary"]["fail"]) == (3, 2, 1)
    assert not list(out.parent.glob(".*.tmp"))


def test_json_lines_to_stdout_match_the_json_report(site: SiteServer, tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"{site.origin}/politika/7487995 | outlet: TASS\n", encoding="utf-8")
    lines = run([str(manifest), "--format", "jsonl", "--allow-host", site.hostport], tmp_path)
    whole = run([str(manifest), "--format", "json", "--allow-host", site.hostport], tmp_path)
    result = json.loads(lines.stdout.splitlines()[0])
    expected = json.loads(whole.stdout)["results"][0]
    result.pop("record")
    for key in ("elapsed",):
        result.pop(key)
        expected.pop(key)
    assert result == expected


def test_an_input_without_citations_is_named_in_a_warning(tmp_path: Path) -> None:
    empty = tmp_path / "sources.txt"
    empty.write_text("# nothing cited yet\n", encoding="utf-8")
    proc = run([str(empty)], tmp_path)
    assert proc.returncode == 0
    assert f"{empty}: no citations found (read as sources)" in proc.stderr


def test_a_run_over_many_hosts_stays_within_a_low_open_file_limit(tmp_path: Path) -> None:
    """Idle keep-alive sockets are bounded across hosts: a run that meets more hosts than the process may
    open files reports every live link as live (not "Too many open files", read as dead)."""
    page = Page(200, b"<html><head><title>A live story</title></head></html>", {"Content-Type": "text/html"})
    with contextlib.ExitStack() as stack:
        servers = [stack.enter_context(serve({"/a": page, "/b": page})) for _ in range(60)]
        manifest = tmp_path / "sources.txt"
        manifest.write_text("".join(f"{s.origin}/a\n{s.origin}/b\n" for s in servers), encoding="utf-8")
        cli = " ".join(shlex.quote(part) for part in linkcheck_command())
        args = f"{shlex.quote(str(manifest))} --format json --allow-private --processes 1"
        proc = subprocess.run(
            ["bash", "-c", f"ulimit -n 48 && exec {cli} {args}"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
    report = json.loads(proc.stdout)
    bad = [(r["url"], r["reason"]) for r in report["results"] if r["status"] != "ok"]
    assert not bad, bad[:3]
    assert report["summary"]["total"] == 120
    assert proc.returncode == 0, proc.stderr


#: Runs a command with SIGINT's default action restored. A job started in the background of a
#: non-interactive shell (``.ci/run &``, ``nohup``) ignores SIGINT, and so does everything it starts, as Unix
#: wants: linkcheck started so keeps ignoring Ctrl-C, and the test would wait for a run that goes on.
_SIGINT_DEFAULT = [
    sys.executable,
    "-c",
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execvp(sys.argv[1], sys.argv[1:])",
]


@pytest.mark.parametrize(
    ("sent", "code", "said", "group"),
    [
        (signal.SIGTERM, 143, "linkcheck: terminated", False),
        (signal.SIGINT, 130, "linkcheck: interrupted", False),
        (signal.SIGINT, 130, "linkcheck: interrupted", True),  # Ctrl-C: the terminal signals every process
    ],
)
def test_a_signal_stops_a_sharded_run_and_its_worker_processes(
    tmp_path: Path, sent: signal.Signals, code: int, said: str, group: bool
) -> None:
    """A CI job cancelled or timed out sends SIGTERM (Ctrl-C sends SIGINT): the run ends at once, with its
    shard processes, and says so, while every shard has requests in flight that would take 30 s. Ctrl-C on
    a terminal signals the shard processes too: they leave stopping to the run, and print nothing."""
    from tests.hostile_server import HostileServer

    with HostileServer() as first, HostileServer() as second:
        lines = [f"{s.url('/no-response')}?story={i}" for s in (first, second) for i in range(40)]
        manifest = tmp_path / "sources.txt"
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
        args = [str(manifest), "--allow-private", "--processes", "2", "--timeout", "30", "--deadline", "60"]
        proc = subprocess.Popen(
            [*_SIGINT_DEFAULT, *linkcheck_command(), *args],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # the run and its shard processes: one process group to watch
        )
        try:
            for _ in range(200):  # both shards have requests in flight (at most 20 s)
                if first.hits("/no-response") and second.hits("/no-response"):
                    break
                time.sleep(0.1)
            assert first.hits("/no-response"), "the run never started"
            assert second.hits("/no-response"), "the second shard never started"
            if group:
                os.killpg(proc.pid, sent)
            else:
                proc.send_signal(sent)
            _, err = proc.communicate(timeout=20)
            assert proc.returncode == code, err
            assert said in err
            assert "Traceback" not in err
            for _ in range(100):  # the shard processes end with the run (at most 10 s, not the 30 s timeout)
                try:
                    os.killpg(proc.pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.1)
            with pytest.raises(ProcessLookupError):
                os.killpg(proc.pid, 0)
        finally:
            if proc.poll() is None:
                proc.kill()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=10)


def test_output_closed_by_its_reader_ends_the_run_quietly(tmp_path: Path) -> None:
    """``linkcheck ... --format jsonl | head``: the reader goes away, the run stops without a traceback."""
    page = Page(200, b"<html><head><title>A live story</title></head></html>", {"Content-Type": "text/html"})
    with serve({f"/story/{i}": page for i in range(400)}) as site:
        manifest = tmp_path / "sources.txt"
        manifest.write_text("".join(f"{site.origin}/story/{i}\n" for i in range(400)), encoding="utf-8")
        args = [str(manifest), "--format", "jsonl", "--allow-private", "--workers", "4"]
        proc = subprocess.Popen(
            [*linkcheck_command(), *args], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith(b'{"record":"result"')
        proc.stdout.close()  # 400 results are far more than a pipe holds: the run writes into a closed pipe
        assert proc.stderr is not None
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 141, err
    assert "Traceback" not in err
    assert "Error" not in err


@pytest.mark.parametrize("command", ["console script", "python -m"])
def test_the_command_ends_with_every_byte_of_its_report_out_and_its_exit_code(
    tmp_path: Path, command: str
) -> None:
    # the command leaves without the interpreter's teardown: what it wrote must all be out first, through a
    # pipe (block-buffered), and its exit code must be main()'s
    manifest = tmp_path / "sources.txt"
    lines = [f"https://gone-{i}.invalid/story | title: Story {i}" for i in range(300)]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = linkcheck_command()
    if command == "console script" and script[0] == sys.executable:
        pytest.skip("the console script is not installed")
    argv = script if command == "console script" else [sys.executable, "-m", "linkcheck"]
    done = subprocess.run(
        [*argv, str(manifest), "--format", "json", "--processes", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr  # every link is dead
    report = json.loads(done.stdout)  # the whole report, up to its last byte
    assert report["summary"]["total"] == 300
    assert report["summary"]["dead"] == 300
    assert "300 citations" in done.stderr
