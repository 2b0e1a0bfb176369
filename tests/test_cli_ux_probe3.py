"""A third held-out probe (2026-12-05): the command line as a user meets it, where the others did not look.

Written from README.md, docs/ (ci, sources-format, articles, json-schema, security, api), ``linkcheck
--help``, ``linkcheck extract --help`` and the earlier probes' docstrings before any code under ``src/`` was
read. The first probe (``tests/test_cli_ux_probe.py``) covered bad bytes, malformed lines, bad option values,
reports that cannot be written, exit codes, ``-q``/``-v``, ``NO_COLOR`` and a stopped run's report and state;
the second (``tests/test_cli_ux_probe2.py``) options in both forms, contradicting options, standard input
twice, ``extract`` on what is no article, a reader that goes away and the configuration file's keys. This one
looks at: a run interrupted or terminated midway with several reports to write and with a JSON Lines stream
(what is written, the exit code, nothing half-written), Ctrl-C while standard input is awaited, a report path
under a file or through a link to the manifest, every ``--format`` written to a file and to standard output
alike, ``-o -``, ``--output`` with an unknown format or no path, ``--state`` and ``--cache`` on one file,
``--header`` forms that name no header, an ``env:`` secret that is empty, ``--article-date`` over several
articles, relative paths in a configuration file (relative to the file) against those on the command line
(relative to where the run is), a manifest of comments only, every citation skipped or excluded (the exit
code), ``--include`` matching nothing, ``--fail-on`` and the thresholds at their edges, a Unicode file name
and IDN/percent-encoded URLs shown back as written, ``linkcheck extract`` on files whose format only their
content tells, and ``GITHUB_ACTIONS`` beside ``--format json``. Expectations are what the docs promise, or,
where they are silent, what a demanding user of a mature tool wants: an exit code that says what happened, a
message naming the file, line, URL or option at fault, no traceback, nothing lost. Every request goes to a
server this test starts on 127.0.0.1; URLs on reserved names (``.invalid``) are excluded or skipped, never
looked up.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

TREE = Path(__file__).resolve().parents[1]

HEADLINE = "Ferry service to Heron Island resumes after winter storms"
STORY = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE} | Coastline Courier</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="Coastline Courier">
<meta property="article:published_time" content="2025-03-11T07:30:00+00:00">
</head><body><article><h1>{HEADLINE}</h1>
<p>The island's ferry sailed again on Tuesday for the first time since January, after the harbour crews
rebuilt the landing stage the February storms had torn away. Timetables stay reduced until April.</p>
</article></body></html>
""".encode()


class Site:
    """A small site on 127.0.0.1: ``/story`` (a dated article), ``/gone`` (404) and ``/hang`` (answers only
    when released, at most 30 s later), recording every path requested."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.hang_requested = threading.Event()
        self.release = threading.Event()
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.paths.append(self.path)
                if self.path.startswith("/hang"):
                    site.hang_requested.set()
                    site.release.wait(30)
                    self._send(200, STORY)
                elif self.path.startswith("/story"):
                    self._send(200, STORY)
                else:
                    self._send(404, b"<!doctype html><title>Not found</title><h1>Not found</h1>")

            def _send(self, code: int, body: bytes) -> None:
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.hostport = f"127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://{self.hostport}{path}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    try:
        yield served
    finally:
        served.close()


def env_for(**extra: str) -> dict[str, str]:
    """The environment without CI markers or colour choices, with this tree's code first."""
    drop = ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR", "CI", "TERM")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.lower().endswith("_proxy")}
    env["PYTHONPATH"] = str(TREE / "src")
    env.update(extra)
    return env


def command() -> list[str]:
    return [sys.executable, "-m", "linkcheck"]


def run(
    args: list[str], cwd: Path, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [*command(), *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=env or env_for(),
        timeout=60,
    )
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def allow(site: Site) -> list[str]:
    return ["--allow-host", site.hostport]


def no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr


def manifest(tmp_path: Path, site: Site, name: str = "sources.txt") -> Path:
    path = tmp_path / name
    path.write_text(
        "@article | date: 2025-03-14\n"
        f"{site.url('/story')} | title: {HEADLINE} | date: 2025-03-11 | outlet: Coastline Courier\n"
        f"{site.url('/gone')} | title: Harbour crews finish the landing stage\n",
        encoding="utf-8",
    )
    return path


def start(args: list[str], cwd: Path, stdin: int | None = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*command(), *args],
        cwd=cwd,
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env_for(),
    )


def wait_reading_stdin(proc: subprocess.Popen[bytes]) -> None:
    """Wait (at most 20 s) until the process's main thread blocks in read(0, ...), so a signal finds it
    waiting on standard input rather than still importing."""
    syscall = Path(f"/proc/{proc.pid}/syscall")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            fields = syscall.read_text().split()
        except OSError:
            fields = []
        if len(fields) > 1 and fields[0] == "0" and fields[1] == "0x0":
            return
        time.sleep(0.05)
    time.sleep(2)  # not a Linux /proc with syscall: a generous fixed wait, never an assertion


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.rglob("*") if p.is_file())


# --- interrupted and terminated runs -----------------------------------------------------------------


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_midway_leaves_no_report_file_and_no_temporary_file(
    site: Site, tmp_path: Path, sig: signal.Signals, code: int
) -> None:
    (tmp_path / "sources.txt").write_text(f"{site.url('/story')}\n{site.url('/hang')}\n", encoding="utf-8")
    reports = tmp_path / "reports"
    proc = start(
        [
            "sources.txt",
            "--output",
            "json=reports/r.json",
            "--output",
            "junit=reports/r.xml",
            "--output",
            "markdown=reports/r.md",
            "--state",
            "reports/state.json",
            *allow(site),
        ],
        tmp_path,
    )
    try:
        assert site.hang_requested.wait(30), "the run never reached /hang"
        proc.send_signal(sig)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    stderr = err.decode("utf-8", "replace")
    assert proc.returncode == code, stderr
    no_traceback(stderr)
    assert not reports.exists() or leftovers(reports) == [], leftovers(reports)


def test_an_interrupted_jsonl_file_report_is_not_left_half_written(site: Site, tmp_path: Path) -> None:
    (tmp_path / "sources.txt").write_text(f"{site.url('/story')}\n{site.url('/hang')}\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    proc = start(["sources.txt", "--format", "jsonl", "-o", "out/r.jsonl", *allow(site)], tmp_path)
    try:
        assert site.hang_requested.wait(30)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert proc.returncode == 130, err
    no_traceback(err.decode("utf-8", "replace"))
    assert leftovers(tmp_path / "out") == []


def test_a_terminated_jsonl_stream_ends_with_its_summary_record(site: Site, tmp_path: Path) -> None:
    (tmp_path / "sources.txt").write_text(f"{site.url('/story')}\n{site.url('/hang')}\n", encoding="utf-8")
    proc = start(["sources.txt", "--format", "jsonl", "--workers", "1", *allow(site)], tmp_path)
    try:
        assert site.hang_requested.wait(30)
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the story's result streamed: the stream is under way
        proc.send_signal(signal.SIGTERM)
        rest, err = proc.communicate(timeout=30)
        out = first + rest
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert proc.returncode == 143, err
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert records[-1]["record"] == "summary"
    assert records[-1]["notes"][0].startswith("terminated (SIGTERM)")
    results = [r for r in records if r["record"] == "result"]
    assert records[-1]["summary"]["total"] == len(results) == 1
    assert results[0]["url"] == site.url("/story")


@pytest.mark.parametrize("sub", [[], ["extract", "-o", "out.txt"]])
def test_ctrl_c_while_waiting_on_standard_input_exits_130_quietly(tmp_path: Path, sub: list[str]) -> None:
    args = [*sub, "-"] if sub else ["-"]
    proc = start(args, tmp_path, stdin=subprocess.PIPE)
    try:
        wait_reading_stdin(proc)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    stderr = err.decode("utf-8", "replace")
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr, stderr
    assert "KeyboardInterrupt" not in stderr, stderr
    assert not (tmp_path / "out.txt").exists()


# --- where the report goes -------------------------------------------------------------------------------


def test_a_report_path_under_a_file_is_refused_naming_it_before_any_request(
    site: Site, tmp_path: Path
) -> None:
    manifest(tmp_path, site)
    (tmp_path / "notes").write_text("not a directory\n", encoding="utf-8")
    proc = run(["sources.txt", "--output", "json=notes/r.json", *allow(site)], tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "notes/r.json" in proc.stderr
    no_traceback(proc.stderr)
    assert site.paths == []


@pytest.mark.parametrize("how", ["link", "dotdot", "format"])
def test_the_manifest_as_its_own_report_under_another_name_is_refused(
    site: Site, tmp_path: Path, how: str
) -> None:
    source = manifest(tmp_path, site)
    before = source.read_bytes()
    (tmp_path / "sub").mkdir()
    if how == "link":
        (tmp_path / "report.json").symlink_to("sources.txt")
        out = ["-o", "report.json"]
    elif how == "dotdot":
        out = ["-o", "sub/../sources.txt"]
    else:
        out = ["--output", "markdown=./sources.txt"]
    proc = run(["sources.txt", "--format", "json", *out, *allow(site)], tmp_path)
    assert proc.returncode == 2, proc.stderr
    no_traceback(proc.stderr)
    assert source.read_bytes() == before
    assert site.paths == []


def test_extract_over_its_own_article_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    text = "# Ferries\n\nThe [Courier reported](https://news.example/ferries) the return.\n"
    article.write_text(text, encoding="utf-8")
    proc = run(["extract", "story.md", "-o", "story.md"], tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "story.md" in proc.stderr
    assert article.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "junit", "markdown", "github", "sarif"])
def test_every_format_is_the_same_on_stdout_and_in_a_file(site: Site, tmp_path: Path, fmt: str) -> None:
    manifest(tmp_path, site)
    proc = run(["sources.txt", "--format", fmt, "--output", f"{fmt}=report.out", *allow(site)], tmp_path)
    assert proc.returncode == 1, proc.stderr
    written = (tmp_path / "report.out").read_text(encoding="utf-8")
    if fmt == "jsonl":

        def records(text: str) -> list[dict[str, object]]:
            found = [json.loads(line) for line in text.splitlines()]
            for record in found:
                record.pop("elapsed", None)
            return sorted(found, key=lambda r: json.dumps(r, sort_keys=True))

        assert records(proc.stdout) == records(written)
    else:
        assert proc.stdout == written
    assert site.url("/gone") in written


def test_dash_as_the_output_path_means_standard_output(site: Site, tmp_path: Path) -> None:
    manifest(tmp_path, site)
    proc = run(["sources.txt", "--format", "json", "-o", "-", *allow(site)], tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["summary"]["total"] == 2
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(("value", "named"), [("xml=r.xml", "xml"), ("json=", "json=")])
def test_an_output_with_an_unknown_format_or_no_path_is_a_usage_error(
    site: Site, tmp_path: Path, value: str, named: str
) -> None:
    manifest(tmp_path, site)
    proc = run(["sources.txt", "--output", value, *allow(site)], tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "--output" in proc.stderr
    assert named in proc.stderr
    no_traceback(proc.stderr)
    assert site.paths == []
    assert leftovers(tmp_path) == ["sources.txt"]


def test_state_and_cache_on_one_file_is_refused(site: Site, tmp_path: Path) -> None:
    manifest(tmp_path, site)
    proc = run(["sources.txt", "--state", "memory.db", "--cache", "memory.db", *allow(site)], tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "memory.db" in proc.stderr
    assert site.paths == []


# --- options that need their other half, or name nothing ------------------------------------------------


@pytest.mark.parametrize("header", ["news.example", "=Authorization:x", "news.example=NoColonHere"])
def test_a_header_that_names_no_header_is_a_usage_error(site: Site, tmp_path: Path, header: str) -> None:
    manifest(tmp_path, site)
    proc = run(["sources.txt", "--header", header, *allow(site)], tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "--header" in proc.stderr
    no_traceback(proc.stderr)
    assert site.paths == []


def test_an_empty_env_secret_is_named_before_any_request(site: Site, tmp_path: Path) -> None:
    """A CI secret that is not shared with the job (a fork's pull request) arrives as an empty variable: the
    header would be sent empty, and the paywalled pages reported as walled for no visible reason."""
    manifest(tmp_path, site)
    env = env_for(COURIER_TOKEN="")
    proc = run(
        ["sources.txt", "--header", "127.0.0.1=Authorization:env:COURIER_TOKEN", *allow(site)],
        tmp_path,
        env=env,
    )
    assert proc.returncode == 2, proc.stderr
    assert "COURIER_TOKEN" in proc.stderr
    assert site.paths == []


def test_article_date_over_several_articles_says_so(site: Site, tmp_path: Path) -> None:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(f"The [Courier]({site.url('/story')}) reported it.\n", encoding="utf-8")
    proc = run(["a.md", "b.md", "--article-date", "2025-03-14", "--format", "json", *allow(site)], tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    assert "--article-date" in proc.stderr


# --- configuration files and where their paths lead ---------------------------------------------------


def test_relative_paths_in_a_config_file_are_relative_to_the_file(site: Site, tmp_path: Path) -> None:
    manifest(tmp_path, site)
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "linkcheck.toml").write_text(
        'state = "state/memory.json"\noutput = {json = "reports/r.json"}\n', encoding="utf-8"
    )
    proc = run(["sources.txt", "--config", "conf/linkcheck.toml", *allow(site)], tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert (conf / "state" / "memory.json").is_file()
    assert json.loads((conf / "reports" / "r.json").read_text(encoding="utf-8"))["summary"]["total"] == 2
    assert not (tmp_path / "state").exists()
    assert not (tmp_path / "reports").exists()


def test_a_path_on_the_command_line_is_relative_to_where_the_run_is(site: Site, tmp_path: Path) -> None:
    manifest(tmp_path, site)
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "linkcheck.toml").write_text('state = "state/memory.json"\n', encoding="utf-8")
    proc = run(
        ["sources.txt", "--config", "conf/linkcheck.toml", "--state", "mine.json", *allow(site)], tmp_path
    )
    assert proc.returncode == 1, proc.stderr
    assert (tmp_path / "mine.json").is_file()
    assert not (conf / "state").exists()
    assert not (conf / "mine.json").exists()


# --- nothing to check, everything skipped ----------------------------------------------------------------


def test_a_manifest_of_comments_only_passes_with_a_warning_naming_it(tmp_path: Path) -> None:
    (tmp_path / "sources.txt").write_text(
        "# links for the ferry story, to be filled in\n\n@article | date: 2025-03-14\n# https://news.example/x\n",
        encoding="utf-8",
    )
    proc = run(["sources.txt", "--format", "json"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"]["total"] == 0
    assert "sources.txt" in proc.stderr


def test_every_citation_excluded_passes_and_fetches_nothing(site: Site, tmp_path: Path) -> None:
    manifest(tmp_path, site)
    proc = run(["sources.txt", "--exclude", "127\\.0\\.0\\.1", "--format", "json", *allow(site)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert [r["status"] for r in report["results"]] == ["skipped", "skipped"]
    assert [r["verdict"] for r in report["results"]] == ["pass", "pass"]
    assert site.paths == []


def test_an_include_that_matches_no_citation_is_named_in_a_warning(site: Site, tmp_path: Path) -> None:
    manifest(tmp_path, site)
    proc = run(["sources.txt", "--include", "couriier", "--format", "json", *allow(site)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert site.paths == []
    assert "couriier" in proc.stderr


def test_fail_on_skipped_fails_a_run_of_skipped_citations(tmp_path: Path) -> None:
    (tmp_path / "sources.txt").write_text("mailto:desk@news.example | note: the tip line\n", encoding="utf-8")
    assert run(["sources.txt"], tmp_path).returncode == 0
    assert run(["sources.txt", "--fail-on", "+skipped"], tmp_path).returncode == 1


@pytest.mark.parametrize("value", ["", ",", "dead,,soft_404", "+"])
def test_an_empty_fail_on_item_is_a_usage_error(tmp_path: Path, value: str) -> None:
    (tmp_path / "sources.txt").write_text("mailto:desk@news.example\n", encoding="utf-8")
    proc = run(["sources.txt", f"--fail-on={value}"], tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "--fail-on" in proc.stderr
    no_traceback(proc.stderr)


@pytest.mark.parametrize(
    ("flags", "code"),
    [
        (["--date-tolerance", "0"], 1),
        (["--date-tolerance", "1"], 0),
        (["--title-threshold", "1"], 0),
        (["--title-threshold", "0"], 0),
    ],
)
def test_thresholds_at_their_edges(site: Site, tmp_path: Path, flags: list[str], code: int) -> None:
    (tmp_path / "sources.txt").write_text(
        f"{site.url('/story')} | title: {HEADLINE} | date: 2025-03-12\n", encoding="utf-8"
    )
    proc = run(["sources.txt", "--format", "json", *flags, *allow(site)], tmp_path)
    assert proc.returncode == code, proc.stdout + proc.stderr


def test_title_threshold_zero_lets_any_title_pass(site: Site, tmp_path: Path) -> None:
    (tmp_path / "sources.txt").write_text(
        f"{site.url('/story')} | title: Council approves new budget for libraries\n", encoding="utf-8"
    )
    assert run(["sources.txt", *allow(site)], tmp_path).returncode == 1
    assert run(["sources.txt", "--title-threshold", "0", *allow(site)], tmp_path).returncode == 0


# --- shown back as written -------------------------------------------------------------------------------

WRITTEN = [
    "https://паром.invalid/новости/рейс",
    "https://xn--80aqcf0a.invalid/%D1%80%D0%B5%D0%B9%D1%81?q=%d0%b0",
    "https://news.invalid/caf%C3%A9/Fähre",
]


def test_unicode_file_names_and_urls_are_shown_back_as_written(tmp_path: Path) -> None:
    name = "источники паром.txt"
    lines = "".join(f"{url} | title: Паром\n" for url in WRITTEN)
    (tmp_path / name).write_text(lines, encoding="utf-8")
    common = [name, "--exclude", r"\.invalid"]
    as_json = run([*common, "--format", "json"], tmp_path)
    assert as_json.returncode == 0, as_json.stderr
    results = json.loads(as_json.stdout)["results"]
    assert [r["url"] for r in results] == WRITTEN
    as_text = run([*common, "--format", "text"], tmp_path)
    for line, url in enumerate(WRITTEN, start=1):
        assert f"{name}:{line}" in as_text.stdout
        assert url in as_text.stdout


def test_a_unicode_file_name_is_named_in_a_line_error(tmp_path: Path) -> None:
    name = "паром.txt"
    (tmp_path / name).write_text("https://news.invalid/a | titel: x\n", encoding="utf-8")
    proc = run([name], tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert f"{name}:1" in proc.stderr


# --- extract on files whose format only their content tells ----------------------------------------------


def test_extract_of_a_markdown_file_without_an_extension_reads_its_link_words(tmp_path: Path) -> None:
    (tmp_path / "FERRY_NOTES").write_text(
        "# Ferry notes\n\nSee [Ferry Service to Heron Island Resumes](https://news.example/ferry) for the"
        " timetable.\n",
        encoding="utf-8",
    )
    proc = run(["extract", "FERRY_NOTES"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "https://news.example/ferry | title: Ferry Service to Heron Island Resumes" in proc.stdout


def test_extract_of_an_html_page_under_an_unknown_extension_reads_it_as_html(tmp_path: Path) -> None:
    (tmp_path / "story.page").write_text(
        "<!doctype html><html><head><title>Ferries</title></head><body><p>The"
        ' <a href="https://news.example/ferry">Ferry service resumes</a> story.</p></body></html>\n',
        encoding="utf-8",
    )
    proc = run(["extract", "story.page"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "https://news.example/ferry" in proc.stdout
    assert "<a href" not in proc.stdout
    assert "</a>" not in proc.stdout


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("story.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(range(256)) * 4),
        ("story.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(200)),
    ],
)
def test_extract_of_a_document_it_cannot_read_names_the_file(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    proc = run(["extract", name, "-o", "out.txt"], tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert name in proc.stderr
    no_traceback(proc.stderr)
    assert not (tmp_path / "out.txt").exists()


# --- the environment ---------------------------------------------------------------------------------------


def test_github_actions_annotations_leave_a_json_report_clean(site: Site, tmp_path: Path) -> None:
    manifest(tmp_path, site)
    proc = run(
        ["sources.txt", "--format", "json", *allow(site)], tmp_path, env=env_for(GITHUB_ACTIONS="true")
    )
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["summary"]["fail"] == 1
    assert re.search(r"^::error file=sources\.txt,line=3", proc.stderr, re.MULTILINE), proc.stderr
