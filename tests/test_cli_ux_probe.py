"""A held-out probe (2026-12-02): what a demanding user meets on bad or unusual input.

Written from README.md, docs/sources-format.md, docs/ci.md, docs/api.md and ``linkcheck --help`` before any
of the code under ``src/`` was read. Each case runs the real command (a subprocess, as a user or a CI job
runs it) against pages served on 127.0.0.1 by this test, or calls the public library. The expectations are
what the docs promise, or, where they say nothing, what a careful user would want: an exit code that says
what happened, a message that names the file and the line (or the URL, or the option) at fault, never a
Python traceback, and nothing lost (the other inputs still checked where the docs say so, the files a run
would replace left alone when it stops). Nothing here touches the internet: every host is 127.0.0.1 or a
reserved name (``.invalid``, ``.example``) that never resolves.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.site_server import Page, SiteServer, serve

pytestmark = pytest.mark.e2e

HEADLINE = "Harbour board approves new ferry terminal"
FERRY = f"""<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{HEADLINE} | Coastal Herald</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="Coastal Herald">
<meta property="article:published_time" content="2021-03-05T09:30:00+00:00">
</head><body><article><h1>{HEADLINE}</h1>
<p>The harbour board voted on Friday to build a second ferry terminal on the north quay, ending a
dispute that had run for three years. Work is to start in the spring.</p>
</article></body></html>
""".encode()

RU_HEADLINE = "Паромная переправа откроется весной"
RU_PAGE = f"""<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>{RU_HEADLINE}</title>
<meta property="og:title" content="{RU_HEADLINE}">
<meta property="article:published_time" content="2021-03-05T10:00:00+03:00">
</head><body><article><h1>{RU_HEADLINE}</h1><p>Новая переправа свяжет два берега залива.</p></article>
</body></html>
""".encode()
RU_PATH = "/новости/паром"


def linkcheck_command() -> list[str]:
    script = Path(sys.executable).with_name("linkcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "linkcheck"]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without proxies, CI markers or colour choices that would change what is tested."""
    drop = ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR", "CI")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.lower().endswith("_proxy") and k not in drop and not k.startswith("LINKCHECK")
    }
    env.update(extra)
    return env


def run(
    args: list[str], cwd: Path, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [*linkcheck_command(), *args, "--no-config"]
        if "--config" not in args
        else [*linkcheck_command(), *args],
        cwd=cwd,
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=180,
        env=env or clean_env(),
    )
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout


def results(proc: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    report: dict[str, Any] = json.loads(proc.stdout)
    found: list[dict[str, Any]] = report["results"]
    return found


@pytest.fixture
def site() -> Iterator[SiteServer]:
    routes = {
        "/news/ferry": Page(200, FERRY),
        quote(RU_PATH): Page(200, RU_PAGE),
        "/members/story": Page(403, b"<html><head><title>Forbidden</title></head></html>"),
    }
    with serve(routes) as server:
        yield server


def allow(site: SiteServer) -> list[str]:
    return ["--allow-host", site.hostport]


def fetched(site: SiteServer) -> int:
    return sum(site.hits.values())


# --- 1. what a manifest may look like on disk ---------------------------------------------------------


@pytest.mark.parametrize(
    "layout",
    ["bom-crlf", "old-mac-cr", "tabs"],
)
def test_a_manifest_saved_by_another_editor_reads_the_same(
    site: SiteServer, tmp_path: Path, layout: str
) -> None:
    # A UTF-8 BOM and CRLF (Windows Notepad), bare CR (old Mac), tabs around '|' and ':' (a spreadsheet
    # export): docs/sources-format.md says all are fine. Same lines, same verdicts, no stray '\r' in values.
    o = site.origin
    lines = ["# exported", f"{o}/news/ferry | title: {HEADLINE} | date: 2021-03-05", f"{o}/gone"]
    if layout == "bom-crlf":
        data = b"\xef\xbb\xbf" + "\r\n".join(lines).encode() + b"\r\n"
    elif layout == "old-mac-cr":
        data = "\r".join(lines).encode() + b"\r"
    else:
        lines[1] = f"{o}/news/ferry\t|\ttitle:\t{HEADLINE}\t|\tdate:\t2021-03-05\t"
        data = "\n".join(lines).encode() + b"\n"
    manifest = tmp_path / "sources.txt"
    manifest.write_bytes(data)
    proc = run([str(manifest), "--format", "json", *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 1, proc.stderr
    ferry, gone = results(proc)
    assert (ferry["line"], ferry["verdict"], ferry["cited"]["title"]) == (2, "pass", HEADLINE)
    assert (gone["line"], gone["status"]) == (3, "dead")


def test_a_utf16_manifest_is_refused_with_a_message_that_says_what_it_is(
    site: SiteServer, tmp_path: Path
) -> None:
    # Windows' "Unicode" is UTF-16 with a BOM. The docs want UTF-8: exit 2, nothing fetched, and a message
    # naming the file that a user can act on (it says the file is UTF-16, not only a byte offset).
    manifest = tmp_path / "sources.txt"
    manifest.write_bytes(f"{site.origin}/news/ferry | title: {HEADLINE}\r\n".encode("utf-16"))
    proc = run([str(manifest), *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert str(manifest) in proc.stderr
    assert "UTF-8" in proc.stderr
    assert "UTF-16" in proc.stderr
    assert proc.stdout == ""
    assert fetched(site) == 0


def test_a_latin1_byte_deep_in_a_manifest_is_named_by_its_line(site: SiteServer, tmp_path: Path) -> None:
    # 1,000 lines, one 'café' saved as Latin-1 on line 900: the run stops before fetching anything, and the
    # message says file:900 (README: "the file, the line number and what is wrong"), not only a byte offset.
    lines = [f"{site.origin}/news/ferry?n={i} | title: {HEADLINE}".encode() for i in range(1, 1001)]
    lines[899] = f"{site.origin}/news/ferry?n=900 | note: ".encode() + b"caf\xe9 owner quoted"
    manifest = tmp_path / "sources.txt"
    manifest.write_bytes(b"\n".join(lines) + b"\n")
    proc = run([str(manifest), *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert f"{manifest}:900:" in proc.stderr
    assert "UTF-8" in proc.stderr
    assert fetched(site) == 0


@pytest.mark.parametrize(
    ("bad_line", "words"),
    [
        ("{o}/news/ferry | titel: A title", ["unknown field 'titel'", "title, date, outlet"]),
        ("{o}/news/ferry | title: A | date: 2021 | title: B", ["duplicate field 'title'"]),
        ("{o}/news/ferry | date: 2021/03/05", ["bad date", "YYYY-MM-DD"]),
        ("{o}/news/ferry\tHarbour board approves new ferry terminal", ["space"]),
        ("{o}/news/north quay ferry | title: A", ["space", "%20"]),
    ],
)
def test_a_malformed_line_stops_the_run_before_any_request(
    site: SiteServer, tmp_path: Path, bad_line: str, words: list[str]
) -> None:
    # docs/ci.md: the first pass stops the run on a malformed manifest line before anything is fetched.
    o = site.origin
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"# probe\n{o}/news/ferry\n{bad_line.format(o=o)}\n{o}/gone\n", encoding="utf-8")
    proc = run([str(manifest), *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert f"{manifest}:3:" in proc.stderr
    for word in words:
        assert word in proc.stderr
    assert fetched(site) == 0


def test_keep_going_reports_bad_lines_and_checks_the_rest(site: SiteServer, tmp_path: Path) -> None:
    o = site.origin
    manifest = tmp_path / "sources.txt"
    manifest.write_text(
        f"{o}/news/ferry | titel: {HEADLINE}\n"
        f"{o}/news/ferry | title: {HEADLINE} | title: again\n"
        f"{o}/news/ferry | title: {HEADLINE}\n"
        f"{o}/gone\n",
        encoding="utf-8",
    )
    proc = run([str(manifest), "--keep-going", "--format", "json", *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 1
    by_line = {r["line"]: r for r in results(proc)}
    assert sorted(by_line) == [1, 2, 3, 4]
    for bad in (1, 2):
        assert (by_line[bad]["verdict"], by_line[bad]["cause"]) == ("fail", "invalid_citation")
    assert "titel" in by_line[1]["reason"]
    assert "duplicate" in by_line[2]["reason"]
    assert (by_line[3]["status"], by_line[3]["verdict"]) == ("ok", "pass")
    assert by_line[4]["status"] == "dead"
    assert site.hits["/news/ferry"] == 1


def test_dates_in_the_documented_forms_are_read_and_compared(site: SiteServer, tmp_path: Path) -> None:
    # An ISO week date (the Friday of week 9 of 2021 is 2021-03-05), a month, a year: all accepted, all
    # agree with the page's 2021-03-05. A wrong week date disagrees.
    o = site.origin
    manifest = tmp_path / "sources.txt"
    manifest.write_text(
        f"{o}/news/ferry | date: 2021-W09-5\n"
        f"{o}/news/ferry | date: 2021-03\n"
        f"{o}/news/ferry | date: 2021\n"
        f"{o}/news/ferry | date: 2021-W20-1\n",
        encoding="utf-8",
    )
    proc = run([str(manifest), "--format", "json", *allow(site)], tmp_path)
    no_traceback(proc)
    week, month, year, wrong = results(proc)
    assert week["cited"]["date"] == "2021-03-05"
    assert [r["verdict"] for r in (week, month, year)] == ["pass", "pass", "pass"]
    assert [f["kind"] for f in wrong["findings"]] == ["date_mismatch"]
    assert proc.returncode == 1


# --- 2. unusual URLs -----------------------------------------------------------------------------------


def test_fragments_are_kept_in_the_report_and_the_page_fetched_once(site: SiteServer, tmp_path: Path) -> None:
    o = site.origin
    manifest = tmp_path / "sources.txt"
    manifest.write_text(
        f"{o}/news/ferry#comments | title: {HEADLINE}\n{o}/news/ferry#top\n{o}/news/ferry\n", encoding="utf-8"
    )
    proc = run([str(manifest), "--format", "json", *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    urls = [r["url"] for r in results(proc)]
    assert urls == [f"{o}/news/ferry#comments", f"{o}/news/ferry#top", f"{o}/news/ferry"]
    assert site.hits["/news/ferry"] == 1


def test_a_non_ascii_path_is_fetched_percent_encoded_and_reported_as_written(
    site: SiteServer, tmp_path: Path
) -> None:
    url = f"{site.origin}{RU_PATH}"
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"{url} | title: {RU_HEADLINE} | date: 2021-03-05\n", encoding="utf-8")
    proc = run([str(manifest), "--format", "json", *allow(site)], tmp_path)
    no_traceback(proc)
    (result,) = results(proc)
    assert result["url"] == url
    assert (result["status"], result["verdict"]) == ("ok", "pass"), result["reason"]
    assert proc.returncode == 0


def test_an_internationalised_host_name_is_looked_up_not_crashed_on(tmp_path: Path) -> None:
    # IDN hosts under reserved names: never resolve, so dead (cause dns), reported as the article wrote them.
    urls = [
        "https://новости.example/статья/1",
        "https://bücher.invalid/katalog",
        "https://xn--e1afmkfd.example/",
    ]
    manifest = tmp_path / "sources.txt"
    manifest.write_text("".join(f"{u}\n" for u in urls), encoding="utf-8")
    proc = run([str(manifest), "--format", "json"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 1
    found = results(proc)
    assert [r["url"] for r in found] == urls
    assert [(r["status"], r["cause"]) for r in found] == [("dead", "dns")] * 3


# --- 3. which inputs ----------------------------------------------------------------------------------


def test_an_empty_file_is_named_in_a_warning_and_passes(tmp_path: Path) -> None:
    empty = tmp_path / "sources.txt"
    empty.write_bytes(b"")
    proc = run([str(empty), "--format", "json"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 0
    assert f"{empty}: no citations found" in proc.stderr
    assert json.loads(proc.stdout)["summary"]["total"] == 0


@pytest.mark.parametrize("which", ["missing", "directory", "gzip", "png"])
def test_one_bad_input_among_three_stops_the_run_before_any_request(
    site: SiteServer, tmp_path: Path, which: str
) -> None:
    first = tmp_path / "a.txt"
    first.write_text(f"{site.origin}/news/ferry\n", encoding="utf-8")
    last = tmp_path / "c.md"
    last.write_text(f"See [the ferry story]({site.origin}/news/ferry).\n", encoding="utf-8")
    middle = tmp_path / "b.txt"
    if which == "directory":
        middle.mkdir()
    elif which == "gzip":
        middle.write_bytes(gzip.compress(f"{site.origin}/gone\n".encode() * 50))
    elif which == "png":
        middle.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    proc = run([str(first), str(middle), str(last), *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert str(middle) in proc.stderr
    assert proc.stdout == ""
    assert fetched(site) == 0


def test_a_glob_matching_nothing_is_an_input_error_naming_the_pattern(tmp_path: Path) -> None:
    # A nightly job whose path went wrong must not pass green on zero citations.
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.txt").write_text("nothing here\n", encoding="utf-8")
    proc = run(["site/**/*.html"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert "site/**/*.html" in proc.stderr


def test_a_recursive_glob_reads_the_top_level_and_nested_files(site: SiteServer, tmp_path: Path) -> None:
    top = tmp_path / "site"
    (top / "2021" / "03").mkdir(parents=True)
    (top / "index.html").write_text(
        f'<p><a href="{site.origin}/news/ferry">ferry</a></p>\n', encoding="utf-8"
    )
    (top / "2021" / "03" / "quay.html").write_text(
        f'<p>As <a href="{site.origin}/gone">reported</a>.</p>\n', encoding="utf-8"
    )
    proc = run(["site/**/*.html", "--format", "json", *allow(site)], tmp_path)
    no_traceback(proc)
    sources = sorted(Path(r["source"]).name for r in results(proc))
    assert sources == ["index.html", "quay.html"]
    assert proc.returncode == 1


def test_a_manifest_on_standard_input(site: SiteServer, tmp_path: Path) -> None:
    data = (
        b"\xef\xbb\xbf" + f"{site.origin}/gone\r\n{site.origin}/news/ferry | title: {HEADLINE}\r\n".encode()
    )
    proc = run(["-", "--format", "json", *allow(site)], tmp_path, stdin=data)
    no_traceback(proc)
    assert proc.returncode == 1
    found = results(proc)
    assert [(r["source"], r["line"], r["verdict"]) for r in found] == [
        ("<stdin>", 1, "fail"),
        ("<stdin>", 2, "pass"),
    ]


def test_empty_standard_input_is_named_in_a_warning(tmp_path: Path) -> None:
    proc = run(["-"], tmp_path, stdin=b"")
    no_traceback(proc)
    assert proc.returncode == 0
    assert "<stdin>: no citations found" in proc.stderr


def test_a_file_name_with_spaces_and_cyrillic_is_named_as_it_is(tmp_path: Path) -> None:
    manifest = tmp_path / "мои источники.txt"
    manifest.write_text("# c\nhttps://gone.invalid/story\n", encoding="utf-8")
    proc = run([str(manifest)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 1
    assert f"{manifest}:2" in proc.stdout


# --- 4. where the report goes -------------------------------------------------------------------------


def test_output_into_a_missing_directory_creates_it(tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://gone.invalid/a\n", encoding="utf-8")
    out = tmp_path / "reports" / "nightly" / "linkcheck.json"
    proc = run(
        [str(manifest), "--format", "json", "-o", str(out), "--output", f"junit={out.with_suffix('.xml')}"],
        tmp_path,
    )
    no_traceback(proc)
    assert proc.returncode == 1
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["dead"] == 1
    assert out.with_suffix(".xml").read_text(encoding="utf-8").startswith("<?xml")


@pytest.mark.parametrize("where", ["a directory", "unwritable", "the input itself"])
def test_a_report_that_cannot_be_written_is_refused_before_the_run(
    site: SiteServer, tmp_path: Path, where: str
) -> None:
    # Found out after a two-hour nightly run, an unwritable report path wastes the run: a demanding user
    # wants exit 2 naming the path before any request, and never the manifest overwritten by its report.
    manifest = tmp_path / "sources.txt"
    text = f"{site.origin}/news/ferry | title: {HEADLINE}\n"
    manifest.write_text(text, encoding="utf-8")
    if where == "a directory":
        target = tmp_path / "reports"
        target.mkdir()
    elif where == "unwritable":
        target = Path("/proc/linkcheck-ux-probe/report.json")  # not even root may create it
    else:
        target = manifest
    proc = run([str(manifest), "--format", "json", "-o", str(target), *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert str(target) in proc.stderr
    assert manifest.read_text(encoding="utf-8") == text
    assert fetched(site) == 0


# --- 5. options ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--workers", "0"], "--workers"),
        (["--workers", "many"], "--workers"),
        (["--per-host", "-1"], "--per-host"),
        (["--timeout", "-5"], "--timeout"),
        (["--max-bytes", "5Q"], "--max-bytes"),
        (["--cache-ttl", "forever"], "--cache-ttl"),
        (["--article-date", "2020-13-01"], "--article-date"),
        (["--title-threshold", "1.5"], "--title-threshold"),
        (["--fail-on", "deadd"], "deadd"),
        (["--accept", "ok"], "--accept"),
        (["--include", "(unclosed"], "(unclosed"),
        (["--header", "no-equals-sign"], "--header"),
        (["--format", "yaml"], "--format"),
        (["--frobnicate"], "--frobnicate"),
        (["--config", "missing.toml"], "missing.toml"),
    ],
)
def test_a_bad_option_exits_2_naming_it(tmp_path: Path, args: list[str], named: str) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://gone.invalid/a\n", encoding="utf-8")
    proc = run([str(manifest), *args], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2, proc.stderr
    assert named in proc.stderr
    assert proc.stdout == ""


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["-q", "-v"], ["quiet", "verbose"]),
        (["--config", "linkcheck.toml", "--no-config"], ["--config", "--no-config"]),
    ],
)
def test_flags_that_contradict_each_other_are_a_usage_error(
    tmp_path: Path, args: list[str], names: list[str]
) -> None:
    (tmp_path / "linkcheck.toml").write_text("workers = 4\n", encoding="utf-8")
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://gone.invalid/a\n", encoding="utf-8")
    proc = run([str(manifest), *args], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2, proc.stderr
    for name in names:
        assert name in proc.stderr


@pytest.mark.parametrize(
    ("path", "fail_on", "code"),
    [
        ("/gone", None, 1),
        ("/gone", ["--fail-on", "none"], 0),
        ("/gone", ["--fail-on", "-dead"], 0),  # "+/- changes to the default", written as a user would
        ("/gone", ["--fail-on=-dead"], 0),
        ("/gone", ["--fail-on", "blocked"], 0),
        ("/members/story", None, 0),
        ("/members/story", ["--fail-on", "+blocked"], 1),
        ("/members/story", ["--fail-on", "blocked,dead"], 1),
    ],
)
def test_fail_on_decides_the_exit_code(
    site: SiteServer, tmp_path: Path, path: str, fail_on: list[str] | None, code: int
) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"{site.origin}{path}\n", encoding="utf-8")
    proc = run([str(manifest), *(fail_on or []), *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == code, proc.stderr


def test_exit_codes_for_each_outcome(site: SiteServer, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(f"{site.origin}/news/ferry | title: {HEADLINE}\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(
        f"{site.origin}/news/ferry | title: Council closes the old lighthouse\n", encoding="utf-8"
    )
    assert run([str(good), *allow(site)], tmp_path).returncode == 0
    assert run([str(wrong), *allow(site)], tmp_path).returncode == 1
    version = run(["--version"], tmp_path)
    assert version.returncode == 0
    assert "0." in version.stdout + version.stderr
    nothing = run([], tmp_path)
    assert nothing.returncode == 2
    no_traceback(nothing)


def test_quiet_leaves_stderr_empty_but_still_reports_errors(tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://gone.invalid/a\n", encoding="utf-8")
    quiet = run([str(manifest), "-q"], tmp_path)
    assert quiet.returncode == 1
    assert quiet.stderr == ""
    assert "gone.invalid" in quiet.stdout
    broken = tmp_path / "broken.txt"
    broken.write_text("https://gone.invalid/a | titel: x\n", encoding="utf-8")
    quiet_error = run([str(broken), "-q"], tmp_path)
    assert quiet_error.returncode == 2
    assert f"{broken}:1:" in quiet_error.stderr


def test_verbose_says_more_than_the_default(tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://gone.invalid/a\n", encoding="utf-8")
    default = run([str(manifest)], tmp_path)
    verbose = run([str(manifest), "-v"], tmp_path)
    assert verbose.returncode == default.returncode == 1
    assert "1 citation" in verbose.stderr
    assert len(verbose.stderr) > len(default.stderr)
    no_traceback(verbose)


def _on_a_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run with standard output on a pseudo-terminal; what it printed there."""
    leader, follower = os.openpty()
    proc = subprocess.Popen(
        [*linkcheck_command(), *args, "--no-config"],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1.0)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the terminal's other end is closed
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)
    return b"".join(chunks).decode("utf-8", "replace")


def test_no_color_is_honoured_on_a_terminal(tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://gone.invalid/a\n", encoding="utf-8")
    coloured = _on_a_terminal([str(manifest)], tmp_path, clean_env())
    plain = _on_a_terminal([str(manifest)], tmp_path, clean_env(NO_COLOR="1"))
    assert "gone.invalid" in coloured
    assert "\x1b[" in coloured  # the terminal works: without NO_COLOR the report is coloured
    assert "gone.invalid" in plain
    assert "\x1b[" not in plain


# --- 6. memory across runs ----------------------------------------------------------------------------


def test_a_corrupt_state_file_is_set_aside_and_the_run_goes_on(tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://gone.invalid/a\n", encoding="utf-8")
    state = tmp_path / ".linkcheck" / "state.json"
    state.parent.mkdir()
    state.write_bytes(b'{"schema": "linkcheck-state/1", "urls": {"https://gone.inv')  # a run killed mid-copy
    proc = run([str(manifest), "--state", str(state), "--fail-after", "3"], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 0  # a new failure is graced: the fresh history starts counting
    assert "state.json.corrupt-" in proc.stderr
    assert [p.name.split("-")[0] for p in state.parent.glob("state.json.corrupt-*")] == ["state.json.corrupt"]
    fresh = json.loads(state.read_text(encoding="utf-8"))
    assert fresh["schema"] == "linkcheck-state/1"


def test_a_state_file_from_a_newer_version_stops_the_run_and_is_kept(
    site: SiteServer, tmp_path: Path
) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"{site.origin}/news/ferry\n", encoding="utf-8")
    state = tmp_path / "state.json"
    newer = b'{"schema": "linkcheck-state/2", "urls": {}, "hosts": {}}\n'
    state.write_bytes(newer)
    proc = run([str(manifest), "--state", str(state), *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert str(state) in proc.stderr
    assert state.read_bytes() == newer
    assert fetched(site) == 0


_SIGINT_DEFAULT = [
    sys.executable,
    "-c",
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execvp(sys.argv[1], sys.argv[1:])",
]


@pytest.mark.parametrize(("sent", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_stopped_run_leaves_the_report_and_the_state_as_they_were(
    tmp_path: Path, sent: signal.Signals, code: int
) -> None:
    from tests.hostile_server import HostileServer

    old_report = b'{"schema": "linkcheck/1", "note": "last night"}\n'
    old_state = b'{"schema": "linkcheck-state/1", "urls": {}}\n'
    with HostileServer() as server:
        manifest = tmp_path / "sources.txt"
        manifest.write_text(
            "".join(f"{server.url('/no-response')}?story={i}\n" for i in range(10)), encoding="utf-8"
        )
        out = tmp_path / "out"
        out.mkdir()
        (out / "report.json").write_bytes(old_report)
        (out / "state.json").write_bytes(old_state)
        args = [
            str(manifest),
            "--allow-private",
            "--format",
            "json",
            "-o",
            str(out / "report.json"),
            "--output",
            f"junit={out / 'report.xml'}",
            "--state",
            str(out / "state.json"),
            "--timeout",
            "30",
            "--no-config",
        ]
        proc = subprocess.Popen(
            [*_SIGINT_DEFAULT, *linkcheck_command(), *args],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=clean_env(),
            start_new_session=True,
        )
        try:
            for _ in range(200):
                if server.hits("/no-response"):
                    break
                time.sleep(0.1)
            assert server.hits("/no-response"), "the run never started"
            proc.send_signal(sent)
            _, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=10)
    text = err.decode("utf-8", "replace")
    assert proc.returncode == code, text
    assert "Traceback" not in text
    assert (out / "report.json").read_bytes() == old_report
    assert (out / "state.json").read_bytes() == old_state
    assert sorted(p.name for p in out.iterdir()) == ["report.json", "state.json"]  # no temporary or half file


# --- 7. size --------------------------------------------------------------------------------------------


def test_very_long_lines_are_read_and_checked(site: SiteServer, tmp_path: Path) -> None:
    long_title = " ".join(["a long headline"] * 20_000)  # ~300 KB on one line
    long_note = "n" * 1_000_000
    manifest = tmp_path / "sources.txt"
    manifest.write_text(
        f"{site.origin}/news/ferry | title: {long_title}\n{site.origin}/news/ferry | note: {long_note}\n",
        encoding="utf-8",
    )
    proc = run([str(manifest), "--format", "json", *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 1
    titled, noted = results(proc)
    assert [f["kind"] for f in titled["findings"]] == ["title_mismatch"]
    assert noted["verdict"] == "pass"


def test_ten_thousand_citations_of_one_url_fetch_it_once(site: SiteServer, tmp_path: Path) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(f"{site.origin}/news/ferry | title: {HEADLINE}\n" * 10_000, encoding="utf-8")
    proc = run([str(manifest), "--format", "json", *allow(site)], tmp_path)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["summary"]["total"] == report["summary"]["pass"] == 10_000
    assert site.hits["/news/ferry"] == 1


# --- 8. the library -------------------------------------------------------------------------------------


def test_library_read_sources_refuses_utf16_with_an_input_error(tmp_path: Path) -> None:
    from linkcheck import InputError, LinkcheckError, read_sources

    path = tmp_path / "sources.txt"
    path.write_bytes("https://a.example/1 | title: One\r\n".encode("utf-16"))
    with pytest.raises(InputError) as info:
        read_sources(path)
    assert isinstance(info.value, LinkcheckError)
    assert str(path) in str(info.value)
    assert "UTF-16" in str(info.value)


def test_library_parse_sources_takes_what_editors_save() -> None:
    from linkcheck import parse_sources

    text = (
        "\ufeff# c\r\nhttps://a.example/1\t|\ttitle:\tOne\r\n\r\nhttps://a.example/2 | date: 2021-W09-5\r\n"
    )
    first, second = parse_sources(text, source="s.txt")
    assert (first.url, first.title, first.line) == ("https://a.example/1", "One", 2)
    assert (second.line, str(second.date)) == (4, "2021-03-05")


@pytest.mark.parametrize("options", [{"workers": 0}, {"per_host": 0}, {"workers": -3}])
def test_library_config_refuses_nonsense_with_a_config_error(options: dict[str, int]) -> None:
    from linkcheck import Config, ConfigError

    with pytest.raises(ConfigError):
        Config(**options)  # type: ignore[arg-type]


def test_library_check_of_nothing_is_an_empty_passing_report() -> None:
    from linkcheck import check

    report = check([])
    assert report.exit_code == 0
    rendered = json.loads(report.render("json"))
    assert (rendered["results"], rendered["summary"]["total"]) == ([], 0)


class _CountingFetcher:
    def __init__(self) -> None:
        self.urls: list[str] = []

    def fetch(self, url: str) -> Any:
        self.urls.append(url)
        raise AssertionError("an invalid citation must not be fetched")


def test_library_invalid_citations_fail_without_a_fetch_and_a_source_error_comes_after_them() -> None:
    from linkcheck import iter_check, parse_sources

    text = "https://a.example/1 | titel: x\nwww.example.org/no-scheme\n"
    invalid = parse_sources(text, source="s.txt", keep_going=True)
    fetcher = _CountingFetcher()

    def citations() -> Iterator[Any]:
        yield from invalid
        raise RuntimeError("the reader gave up on line 3")

    seen: list[Any] = []

    def drain() -> None:
        for result in iter_check(citations(), fetcher=fetcher):
            seen.append(result)

    with pytest.raises(RuntimeError, match="gave up on line 3"):
        drain()
    assert fetcher.urls == []
    assert sorted(r.citation.line for r in seen) == [1, 2]
    assert {(r.verdict.value, r.cause.value if r.cause else None) for r in seen} == {
        ("fail", "invalid_citation")
    }
