"""A seventh held-out probe (2026-12-05): the command line as a user runs it, what probes 1-6 left out.

Written from README.md, docs/ci.md, ``linkcheck --help``, ``linkcheck extract --help``, the sixth probe's
subsection in docs/benchmarks.md (its leftover: a mistyped option that takes a value swallowing the next
word) and the earlier probes' test names, before any code under ``src/`` was read. The earlier probes
covered bad bytes in manifests, bad values named with their bounds, reports that cannot be written, exit
codes, ``-q``/``-v``, colour variables, signals with report files, pipes into ``head``, ASCII locales,
read-only directories, the config file's keys and ranges, options between inputs, ``-oFILE``, the progress
line on a 200-column terminal and Ctrl-C there. This one looks at: help texts on a narrow terminal and into
``head``; a mistyped option with a value before the inputs; dashes pasted from a word processor; ``help``
and ``extract`` typed where they do not go; process substitution, ``/dev/stdin``, closed standard streams, a
file named ``-``, stacked short flags; file names holding a byte that is not UTF-8 or a newline, a
directory given as an input; ``PYTHONIOENCODING=ascii``, no ``HOME``, a ``TMPDIR`` that does not exist,
``COLUMNS=0``; a config value of the wrong type, a ``--config`` that is missing or a directory, a
duplicated key, a parent directory's ``linkcheck.toml``; Ctrl-C pressed twice, Ctrl-C while ``extract``
waits on standard input; the progress line on a 40-column terminal; a pasted address for ``--allow-host``.
Expectations are what the docs promise, or, where they are silent, what a demanding user of a mature tool
wants. Every request goes to ``tests/site_server.py``'s server on 127.0.0.1.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site_server import Page, SiteServer, serve

pytestmark = pytest.mark.e2e

TREE = Path(__file__).resolve().parents[1]

HEADLINE = "Harbour ferry timetable doubles for the summer"
CYRILLIC_HEADLINE = "Паромное расписание удвоится на лето"


def story(title: str, when: str = "2025-06-02T08:00:00+00:00") -> bytes:
    return f"""<!doctype html>
<html><head><meta charset="utf-8">
<title>{title} | Bayside Courier</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Bayside Courier">
<meta property="article:published_time" content="{when}">
</head><body><article><h1>{title}</h1>
<p>The harbour authority said the ferries would leave every twenty minutes from June to September, with
an extra late boat on Fridays and Saturdays for the festival weeks.</p>
</article></body></html>
""".encode()


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    routes = {
        "/a": Page(body=story(HEADLINE)),
        "/ru": Page(body=story(CYRILLIC_HEADLINE)),
        "/hang": Page(body=story(HEADLINE), hold=40),
    }
    with serve(routes) as server:
        yield server


def env_for(**extra: str) -> dict[str, str]:
    drop = ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR", "CI", "TERM", "PYTHONIOENCODING", "COLUMNS", "LINES")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.lower().endswith("_proxy")}
    env["PYTHONPATH"] = str(TREE / "src")
    env.update(extra)
    return env


def command() -> list[str]:
    return [sys.executable, "-m", "linkcheck"]


def allow(site: SiteServer) -> list[str]:
    return ["--allow-host", site.hostport, "--retries", "0", "--timeout", "10"]


def run(
    args: list[str | bytes], cwd: Path, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*command(), *args], cwd=cwd, input=stdin, capture_output=True, env=env or env_for(), timeout=60
    )


def shell(script: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    the_env = env or env_for()
    the_env["LC"] = " ".join(command())
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", script], cwd=cwd, capture_output=True, env=the_env, timeout=60
    )


def text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def no_traceback(stderr: bytes) -> None:
    err = text(stderr)
    assert "Traceback" not in err, err
    assert "Exception ignored" not in err, err


def hits(site: SiteServer, marker: str) -> int:
    return sum(1 for request in site.requests if marker in request.path)


def manifest(site: SiteServer, marker: str, title: str = HEADLINE) -> str:
    return f"{site.url('/a')}?{marker}=1 | title: {title}\n"


SUMMARY = re.compile(r"^\d+ citations?: \d+ pass, \d+ warn, \d+ fail", re.MULTILINE)


# --- 1. help texts ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "columns"),
    [(["--help"], 60), (["--help"], 100), (["extract", "--help"], 60)],
    ids=["help-60", "help-100", "extract-help-60"],
)
def test_help_fits_the_terminal_width_it_is_given(tmp_path: Path, args: list[str], columns: int) -> None:
    """``COLUMNS`` is how a terminal's width reaches a program: every line of the help fits in it (the
    description, the examples and the notes after the options too), so a narrow window shows no wrapped
    mess."""
    done = run([*args], tmp_path, env=env_for(COLUMNS=str(columns)))
    assert done.returncode == 0, text(done.stderr)
    wide = [line for line in text(done.stdout).splitlines() if len(line) > columns]
    assert not wide, wide


def test_help_into_head_ends_quietly(tmp_path: Path) -> None:
    """``linkcheck --help | head -3``: the reader goes away; no traceback, no 'Broken pipe' complaint."""
    done = shell('$LC --help | head -3 >/dev/null; echo "${PIPESTATUS[0]}" >&2', tmp_path)
    no_traceback(done.stderr)
    lines = text(done.stderr).split()
    assert lines, text(done.stderr)
    assert lines[-1] in {"0", "141"}, text(done.stderr)
    assert "BrokenPipe" not in text(done.stderr)


def test_help_names_the_colour_variables_the_program_reads(tmp_path: Path) -> None:
    """The program honours ``NO_COLOR`` and ``FORCE_COLOR`` (the sixth probe): ``--help`` names both."""
    done = run(["--help"], tmp_path)
    out = text(done.stdout)
    assert "NO_COLOR" in out
    assert "FORCE_COLOR" in out


# --- 2. mistyped options ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [(["--wrkers", "3"], "--workers"), (["--formt", "json"], "--format"), (["--wrkers=3"], "--workers")],
    ids=["wrkers-3", "formt-json", "wrkers-equals"],
)
def test_a_mistyped_option_before_the_inputs_is_named_and_its_value_not_taken_for_a_file(
    site: SiteServer, tmp_path: Path, typed: list[str], meant: str
) -> None:
    """cli6's leftover: ``linkcheck --wrkers 3 s.txt``: exit 2 before any request, the message names the
    mistyped option and the one meant, and does not call its value a missing input."""
    (tmp_path / "s.txt").write_text(manifest(site, "mistyped"), encoding="utf-8")
    done = run([*typed, "s.txt", "--no-config", *allow(site)], tmp_path)
    err = text(done.stderr)
    no_traceback(done.stderr)
    assert done.returncode == 2, err
    assert typed[0].split("=")[0] in err, err
    assert meant in err, err
    assert hits(site, "mistyped") == 0
    value = typed[-1] if len(typed) == 2 else ""
    if value:
        for line in err.splitlines():
            assert not re.search(
                rf"(no such|not found|cannot read|does not exist).*\b{value}\b", line, re.I
            ), err
            assert not re.search(rf"\b{value}\b: (no such|not found|cannot)", line, re.I), err


@pytest.mark.parametrize(
    "dash", ["\u2014", "\u2013-", "\u2212\u2212"], ids=["em-dash", "en-dash", "minus-signs"]
)
def test_an_option_pasted_with_a_typographic_dash_is_named_as_the_option_meant(
    site: SiteServer, tmp_path: Path, dash: str
) -> None:
    """A command copied from a word processor or a web page comes with ``—format`` for ``--format``: exit 2
    before any request, naming the argument and the option it stands for, not 'no such file'."""
    (tmp_path / "s.txt").write_text(manifest(site, "dash"), encoding="utf-8")
    done = run(["s.txt", f"{dash}format", "json", "--no-config", *allow(site)], tmp_path)
    err = text(done.stderr)
    no_traceback(done.stderr)
    assert done.returncode == 2, err
    assert f"{dash}format" in err, err
    assert "--format" in err, err
    assert hits(site, "dash") == 0


def test_help_typed_as_a_word_points_to_dash_dash_help(tmp_path: Path) -> None:
    """``linkcheck help``: there is no file ``help``; the message says ``--help``."""
    done = run(["help"], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 2
    assert "--help" in text(done.stderr), text(done.stderr)


def test_extract_after_an_option_is_run_or_named(tmp_path: Path) -> None:
    """``linkcheck --no-config extract a.md``: either the extraction runs, or the message says ``extract``
    comes first; not only 'extract: no such file'."""
    (tmp_path / "a.md").write_text("See [Harbour ferry timetable doubles](https://example.org/ferry).\n")
    done = run(["--no-config", "extract", "a.md"], tmp_path)
    no_traceback(done.stderr)
    err = text(done.stderr)
    if done.returncode == 0:
        assert "https://example.org/ferry" in text(done.stdout)
    else:
        assert done.returncode == 2, err
        assert "linkcheck extract" in err, err


def test_extract_with_no_article_shows_extracts_usage(tmp_path: Path) -> None:
    done = run(["extract"], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 2
    assert "usage: linkcheck extract" in text(done.stderr), text(done.stderr)


# --- 3. standard streams ----------------------------------------------------------------------------------


def test_process_substitution_is_read_as_a_manifest(site: SiteServer, tmp_path: Path) -> None:
    """``linkcheck <(grep ... sources.txt)``: a ``/dev/fd/N`` pipe is read once, as a manifest."""
    (tmp_path / "s.txt").write_text(manifest(site, "procsub"), encoding="utf-8")
    done = shell(f"$LC <(cat s.txt) --no-config {' '.join(allow(site))}", tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stdout + done.stderr)
    assert SUMMARY.search(text(done.stdout + done.stderr)).group(0).startswith("1 citation")  # type: ignore[union-attr]
    assert hits(site, "procsub") == 1


def test_dev_stdin_named_as_a_file_reads_the_redirect(site: SiteServer, tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(manifest(site, "devstdin"), encoding="utf-8")
    done = shell(f"$LC /dev/stdin --no-config {' '.join(allow(site))} < s.txt", tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stdout + done.stderr)
    assert hits(site, "devstdin") == 1


def test_a_closed_standard_input_is_named(tmp_path: Path) -> None:
    """``linkcheck - <&-``: exit 2 naming standard input, no traceback."""
    done = shell("$LC - --no-config <&-", tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 2, text(done.stderr)
    assert "standard input" in text(done.stderr) or "<stdin>" in text(done.stderr), text(done.stderr)


def test_a_closed_standard_output_is_named_before_any_request(site: SiteServer, tmp_path: Path) -> None:
    """``linkcheck s.txt >&-``: nowhere to write the report: exit 2 naming standard output, before any
    request."""
    (tmp_path / "s.txt").write_text(manifest(site, "closedout"), encoding="utf-8")
    done = shell(f"$LC s.txt --no-config {' '.join(allow(site))} >&-", tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 2, text(done.stderr)
    assert "standard output" in text(done.stderr), text(done.stderr)
    assert hits(site, "closedout") == 0


def test_a_file_named_dash_is_read_as_dot_slash_dash(site: SiteServer, tmp_path: Path) -> None:
    """``./-`` is the file named ``-``, not standard input (which here is empty)."""
    (tmp_path / "-").write_text(manifest(site, "dashfile"), encoding="utf-8")
    done = run(["./-", "--no-config", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stdout + done.stderr)
    assert hits(site, "dashfile") == 1


def test_stacked_short_flags_q_and_o(site: SiteServer, tmp_path: Path) -> None:
    """``-qo report.txt``: quiet, and the report in the file."""
    (tmp_path / "s.txt").write_text(manifest(site, "stacked"), encoding="utf-8")
    done = run(["s.txt", "-qo", "report.txt", "--no-config", *allow(site)], tmp_path)
    assert done.returncode == 0, text(done.stderr)
    assert done.stderr == b""
    assert done.stdout == b""
    assert SUMMARY.search((tmp_path / "report.txt").read_text(encoding="utf-8"))


# --- 4. odd paths and encodings ---------------------------------------------------------------------------


def test_a_file_name_holding_a_latin1_byte_is_read_and_named(site: SiteServer, tmp_path: Path) -> None:
    """A file name made on an old system (``caf\\xe9.txt``, not UTF-8): its bad line is named."""
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as handle:
        handle.write(b"https://example.org/ferry | titel: x\n")
    done = run([b"caf\xe9.txt", "--no-config"], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 2, text(done.stderr)
    assert "caf" in text(done.stderr), text(done.stderr)
    assert ":1" in text(done.stderr), text(done.stderr)


def test_a_report_path_holding_a_latin1_byte_is_written(site: SiteServer, tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(manifest(site, "latin1out"), encoding="utf-8")
    done = run(["s.txt", "--format", "json", "-o", b"r\xe9.json", "--no-config", *allow(site)], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stderr)
    assert os.path.exists(os.fsencode(tmp_path) + b"/r\xe9.json")


def test_a_file_name_holding_a_newline_is_named_on_one_line(tmp_path: Path) -> None:
    """``$'a\\nb.txt'``: the error names it without breaking the message over two lines."""
    (tmp_path / "a\nb.txt").write_text("https://example.org/ferry | titel: x\n", encoding="utf-8")
    done = run(["a\nb.txt", "--no-config"], tmp_path)
    no_traceback(done.stderr)
    assert done.returncode == 2
    assert b"a\nb.txt" not in done.stderr, text(done.stderr)
    assert "b.txt" in text(done.stderr), text(done.stderr)


def test_a_directory_as_an_input_is_named_with_a_glob_hint(site: SiteServer, tmp_path: Path) -> None:
    """``linkcheck content``: a directory is not read; exit 2 before any request, naming it and how to
    give its files (a glob)."""
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "s.txt").write_text(manifest(site, "dirinput"), encoding="utf-8")
    done = run(["content", "--no-config", *allow(site)], tmp_path)
    err = text(done.stderr)
    no_traceback(done.stderr)
    assert done.returncode == 2, err
    assert "content" in err, err
    assert "director" in err, err
    assert "*" in err, err
    assert hits(site, "dirinput") == 0


def test_cyrillic_report_with_an_ascii_pythonioencoding(site: SiteServer, tmp_path: Path) -> None:
    """``PYTHONIOENCODING=ascii`` (set by an old CI image): a Cyrillic title in the text report is no
    crash; the run's exit code is the results'."""
    (tmp_path / "s.txt").write_text(
        f"{site.url('/ru')}?ioenc=1 | title: {CYRILLIC_HEADLINE}\n"
        f"{site.url('/ru')}?ioenc=2 | title: Другое\n",
        encoding="utf-8",
    )
    done = run(["s.txt", "--no-config", *allow(site)], tmp_path, env=env_for(PYTHONIOENCODING="ascii"))
    no_traceback(done.stderr)
    assert done.returncode == 1, text(done.stdout + done.stderr)
    assert SUMMARY.search(text(done.stdout + done.stderr)), text(done.stdout + done.stderr)


# --- 5. the environment -----------------------------------------------------------------------------------


def test_no_home_and_a_missing_tmpdir_still_write_the_report_and_cache(
    site: SiteServer, tmp_path: Path
) -> None:
    (tmp_path / "s.txt").write_text(manifest(site, "nohome"), encoding="utf-8")
    env = env_for(TMPDIR=str(tmp_path / "no-such-tmp"))
    env.pop("HOME", None)
    done = run(
        ["s.txt", "--no-config", "-o", "r.txt", "--cache", "c.sqlite", *allow(site)], tmp_path, env=env
    )
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stderr)
    assert SUMMARY.search((tmp_path / "r.txt").read_text(encoding="utf-8"))
    assert (tmp_path / "c.sqlite").exists()


def test_columns_zero_is_no_crash(site: SiteServer, tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(manifest(site, "cols0"), encoding="utf-8")
    done = run(["s.txt", "--no-config", *allow(site)], tmp_path, env=env_for(COLUMNS="0"))
    no_traceback(done.stderr)
    assert done.returncode == 0, text(done.stderr)
    helped = run(["--help"], tmp_path, env=env_for(COLUMNS="0"))
    no_traceback(helped.stderr)
    assert helped.returncode == 0


# --- 6. config files --------------------------------------------------------------------------------------


def test_a_config_value_of_the_wrong_type_names_the_file_line_key_and_type(
    site: SiteServer, tmp_path: Path
) -> None:
    (tmp_path / "linkcheck.toml").write_text('timeout = 20\nworkers = "eight"\n', encoding="utf-8")
    (tmp_path / "s.txt").write_text(manifest(site, "wrongtype"), encoding="utf-8")
    done = run(["s.txt", *allow(site)], tmp_path)
    err = text(done.stderr)
    no_traceback(done.stderr)
    assert done.returncode == 2, err
    assert "linkcheck.toml:2" in err, err
    assert "workers" in err, err
    assert "integer" in err or "number" in err or "whole" in err, err
    assert hits(site, "wrongtype") == 0


def test_a_missing_config_is_named_before_any_request(site: SiteServer, tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(manifest(site, "missingcfg"), encoding="utf-8")
    done = run(["s.txt", "--config", "ci/linkcheck.toml", *allow(site)], tmp_path)
    err = text(done.stderr)
    no_traceback(done.stderr)
    assert done.returncode == 2, err
    assert "ci/linkcheck.toml" in err, err
    assert hits(site, "missingcfg") == 0


def test_a_directory_as_the_config_is_named(site: SiteServer, tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(manifest(site, "dircfg"), encoding="utf-8")
    (tmp_path / "ci").mkdir()
    done = run(["s.txt", "--config", "ci", *allow(site)], tmp_path)
    err = text(done.stderr)
    no_traceback(done.stderr)
    assert done.returncode == 2, err
    assert "ci" in err, err
    assert "director" in err, err
    assert hits(site, "dircfg") == 0


def test_a_key_set_twice_in_the_config_names_its_line(site: SiteServer, tmp_path: Path) -> None:
    (tmp_path / "linkcheck.toml").write_text("workers = 4\ntimeout = 20\nworkers = 8\n", encoding="utf-8")
    (tmp_path / "s.txt").write_text(manifest(site, "dupkey"), encoding="utf-8")
    done = run(["s.txt", *allow(site)], tmp_path)
    err = text(done.stderr)
    no_traceback(done.stderr)
    assert done.returncode == 2, err
    assert "linkcheck.toml" in err, err
    assert "3" in err, err
    assert "workers" in err, err


def test_a_parent_directorys_linkcheck_toml_is_not_read(site: SiteServer, tmp_path: Path) -> None:
    """docs/ci.md: the file is found in the current directory: run from a subdirectory, the parent's
    ``format = "json"`` does not apply."""
    (tmp_path / "linkcheck.toml").write_text('format = "json"\n', encoding="utf-8")
    sub = tmp_path / "articles"
    sub.mkdir()
    (sub / "s.txt").write_text(manifest(site, "parentcfg"), encoding="utf-8")
    done = run(["s.txt", *allow(site)], sub)
    assert done.returncode == 0, text(done.stderr)
    assert SUMMARY.search(text(done.stdout)), text(done.stdout)


def test_allow_host_given_a_pasted_address_is_taken_or_named(site: SiteServer, tmp_path: Path) -> None:
    """``--allow-host http://127.0.0.1:PORT/`` pasted from a browser: either the origin is let through, or
    exit 2 naming the option and the form ``HOST[:PORT]``; never a silent block of the link."""
    (tmp_path / "s.txt").write_text(manifest(site, "pasted"), encoding="utf-8")
    done = run(
        ["s.txt", "--no-config", "--allow-host", f"http://{site.hostport}/", "--retries", "0"], tmp_path
    )
    err = text(done.stderr)
    no_traceback(done.stderr)
    if done.returncode == 0:
        assert hits(site, "pasted") == 1
    else:
        assert done.returncode == 2, text(done.stdout) + err
        assert "--allow-host" in err, err
        assert "HOST" in err, err


# --- 7. Ctrl-C and a terminal's width ---------------------------------------------------------------------


def on_terminal(
    args: list[str], cwd: Path, columns: int = 200, stdin_tty: bool = False
) -> tuple[subprocess.Popen[bytes], int]:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    proc = subprocess.Popen(
        [*command(), *args],
        cwd=cwd,
        stdin=slave if stdin_tty else subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        env=env_for(TERM="xterm-256color"),
        start_new_session=True,
    )
    os.close(slave)
    return proc, master


def read_until_exit(proc: subprocess.Popen[bytes], master: int, limit: float = 60.0) -> bytes:
    chunks: list[bytes] = []
    end = time.monotonic() + limit
    while time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    return b"".join(chunks)


def finish(proc: subprocess.Popen[bytes], master: int) -> None:
    os.close(master)
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=30)


def test_ctrl_c_pressed_twice_exits_130_without_a_traceback(site: SiteServer, tmp_path: Path) -> None:
    """An impatient user presses Ctrl-C, then again a tenth of a second later: still 130, no traceback."""
    (tmp_path / "s.txt").write_text(f"{site.url('/hang')}?twice=1 | title: {HEADLINE}\n", encoding="utf-8")
    proc, master = on_terminal(["s.txt", "--no-config", *allow(site)], tmp_path)
    try:
        assert site.wait_for_requests(1, timeout=30, route="/hang")
        time.sleep(0.3)
        os.killpg(proc.pid, signal.SIGINT)
        time.sleep(0.1)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)
        shown = read_until_exit(proc, master)
        code = proc.wait(timeout=30)
    finally:
        finish(proc, master)
    assert code == 130, text(shown)
    assert b"Traceback" not in shown, text(shown)
    assert b"Exception ignored" not in shown, text(shown)


# The second Ctrl-C delivered at the exact moment of the shutdown it landed in under load (flaky1): the run is
# stopped by a first SIGINT raised from inside the check, then a second one is raised from inside a shutdown
# step: the "interrupted" message itself, or a weak reference's callback as the stopped run's objects are
# freed (what was seen: "Exception ignored in: <function WeakSet...._remove>" and a KeyboardInterrupt).
SECOND_CTRL_C = """
import gc, signal, sys, weakref
import linkcheck.checker
import linkcheck.cli as cli

WHERE = sys.argv[1]  # (sys.argv becomes the command's below)

def check(*args, **kwargs):
    signal.raise_signal(signal.SIGINT)  # the first Ctrl-C, while the run checks
    raise AssertionError("the first SIGINT did not stop the run")

linkcheck.checker.check = check
original = cli._stopped

class Freed:
    pass

def second_in_a_callback():
    freed = Freed()
    weakref.finalize(freed, signal.raise_signal, signal.SIGINT)
    del freed  # the second, inside the callback run as an object of the run is freed
    gc.collect()

def stopped(exc):
    if WHERE == "step":
        signal.raise_signal(signal.SIGINT)  # the second, inside the shutdown step
    elif WHERE == "callback":
        second_in_a_callback()
    return original(exc)

restore_collector = cli._restore_collector

def last_step(*args):
    if WHERE == "last":  # main()'s last step, once its signal handlers are dealt with
        second_in_a_callback()
    return restore_collector(*args)

cli._stopped = stopped
cli._restore_collector = last_step
sys.argv = ["linkcheck", "s.txt", "--no-config", "--retries", "0"]
cli.run()
"""


@pytest.mark.parametrize("where", ["step", "callback", "last"])
def test_a_second_ctrl_c_inside_the_shutdown_is_dropped(where: str, tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text("http://127.0.0.1:9/story | title: A story\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", SECOND_CTRL_C, where],
        cwd=tmp_path,
        env=env_for(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
        check=False,
    )
    no_traceback(done.stderr)
    assert done.returncode == 130, text(done.stderr)
    assert text(done.stderr).count("linkcheck: interrupted") == 1, text(done.stderr)


def test_ctrl_c_while_extract_waits_on_the_terminal_exits_130_quietly(tmp_path: Path) -> None:
    proc, master = on_terminal(["extract", "-"], tmp_path, stdin_tty=True)
    try:
        time.sleep(2.0)
        os.killpg(proc.pid, signal.SIGINT)
        shown = read_until_exit(proc, master)
        code = proc.wait(timeout=30)
    finally:
        finish(proc, master)
    assert code == 130, text(shown)
    assert b"Traceback" not in shown, text(shown)


CSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def test_the_progress_line_fits_a_40_column_terminal(site: SiteServer, tmp_path: Path) -> None:
    """On a 40-column terminal the progress line is redrawn in place only if it fits: no drawing of it is
    wider than the terminal (else each redraw wraps and leaves a line behind)."""
    (tmp_path / "s.txt").write_text(
        f"{site.url('/hang')}?narrow=1 | title: {HEADLINE}\n{manifest(site, 'narrow')}", encoding="utf-8"
    )
    proc, master = on_terminal(
        ["s.txt", "--no-config", "--progress", "always", "--deadline", "4", *allow(site)],
        tmp_path,
        columns=40,
    )
    try:
        shown = read_until_exit(proc, master)
        proc.wait(timeout=30)
    finally:
        finish(proc, master)
    plain = CSI.sub(b"", shown).decode("utf-8", "replace")
    report_start = plain.find("http")
    drawn = plain[:report_start] if report_start > 0 else plain
    pieces = [piece for line in drawn.split("\n") for piece in line.split("\r") if piece.strip()]
    assert pieces, plain
    wide = [piece for piece in pieces if len(piece) > 40]
    assert not wide, wide
