"""Shard processes forked from the caller once it has imported what they run (cost29): the same answers as a
fresh interpreter's, none of the caller's state in the way (signals, logging, its siblings' pipes).

Forking is done only by a process with no other thread, so what forks runs in a fresh interpreter here (the
test process has threads of its own, servers of other tests').
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from linkcheck import parallel
from linkcheck.forked import Forked, can_fork

ROOT = Path(__file__).resolve().parent.parent


def _run(script: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_forked_child_answers_on_its_pipes_and_is_waited_for() -> None:
    done = _run(
        """
        import signal, subprocess, sys
        from linkcheck.forked import can_fork, fork_process

        def echo(inp, out):
            out.write(inp.readline().upper())
            out.flush()

        def fails(inp, out):
            raise ValueError("broken on purpose")

        def sleeps(inp, out):
            inp.read()  # until its input ends: never here

        assert can_fork()
        child = fork_process(echo)
        child.stdin.write(b"hello\\n"); child.stdin.flush()
        assert child.stdout.readline() == b"HELLO\\n"
        assert child.wait(20) == 0 and child.poll() == 0
        assert fork_process(fails).wait(20) == 1
        slow = fork_process(sleeps)
        try:
            slow.wait(0.05)
        except subprocess.TimeoutExpired:
            pass
        else:
            raise AssertionError("no timeout")
        slow.kill()
        assert slow.wait(20) == -signal.SIGKILL
        print("fine")
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "fine\n"  # the child's buffers are not flushed twice: "fine" once, nothing else
    assert "ValueError: broken on purpose" in done.stderr  # a target that raised: its traceback, status 1


def test_a_forked_child_does_not_read_the_callers_standard_input() -> None:
    # the CLI may read its manifest from standard input (a pipe): a child holding it would take what the
    # CLI reads, or keep the writer from learning that the CLI stopped reading
    done = _run(
        """
        import os, sys
        from linkcheck.forked import fork_process

        def reads(inp, out):
            out.write(os.read(0, 100) or b"nothing")
            out.flush()

        child = fork_process(reads)
        print(child.stdout.read().decode(), child.wait(20), sys.stdin.read())
        """,
        stdin="the caller's manifest",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "nothing 0 the caller's manifest\n"


def test_a_forked_spare_checks_a_sharded_run_as_a_fresh_one_would() -> None:
    done = _run(
        """
        from pathlib import Path
        from linkcheck import parallel
        from linkcheck.checker import check
        from linkcheck.config import Config
        from linkcheck.forked import Forked
        from linkcheck.models import Citation
        from tests.site_server import Page, serve

        page = Path("tests/fixtures/site/ria.html").read_bytes()
        parallel.start_spares(1, fork=True)  # before the server's thread: this process can fork
        (spare,) = parallel._spares
        assert isinstance(spare, Forked), type(spare)
        with serve({f"/a/{i}": Page(200, page) for i in range(3)}) as site:
            port = site.server_address[1]
            urls = [f"http://{h}:{port}/a/{i}" for h in ("127.0.0.1", "localhost") for i in range(3)]
            config = Config(processes=2, allow_private=True)
            report = check([Citation(u, outlet="RIA Novosti") for u in urls], config)
        assert parallel._spares == []  # the run took it
        print(" ".join(r.status.value for r in report.results))
        print(spare.wait(20))
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == [" ".join(["ok"] * 6), "0"]


def test_forked_spares_do_not_hold_each_others_pipes_open() -> None:
    # the second spare is forked after the first: it must not keep the first's input open, or the first
    # would never see its end (a spare no run needs ends at the end of its input)
    done = _run(
        """
        from linkcheck import parallel

        parallel.start_spares(2, fork=True)
        first, second = parallel._spares
        first.stdin.close()
        print(first.wait(20))
        second.stdin.close()
        print(second.wait(20))
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "0\n0\n"


def test_a_forked_shard_takes_back_the_default_sigterm_and_a_fresh_logging() -> None:
    # a fresh interpreter has the default SIGTERM (not the CLI's deferring handler) and no logging handler
    # (the CLI's --verbose sets one up): a forked shard must say and do what a fresh one would
    done = _run(
        """
        import logging, os, signal, sys
        from linkcheck import parallel
        from linkcheck.forked import fork_process

        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
        signal.signal(signal.SIGTERM, lambda *a: None)

        def shard(inp, out):
            r, w = os.pipe()
            os.close(w)
            parallel._forked_shard_main(os.fdopen(r, "rb"), out)  # its input ends at once: a spare not needed
            root = logging.getLogger()
            answers = (
                signal.getsignal(signal.SIGTERM) is signal.SIG_DFL,
                signal.getsignal(signal.SIGINT) is signal.SIG_IGN,
                root.handlers == [],
                root.level == logging.WARNING,
            )
            out.write(f"{answers}\\n".encode())
            out.flush()

        child = fork_process(shard)
        print(child.stdout.readline().decode().strip(), child.wait(20))
        print(logging.getLogger().level == logging.DEBUG)  # the caller's own logging is untouched
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "(True, True, True, True) 0\nTrue\n"


def test_start_spares_falls_back_to_a_fresh_interpreter_while_another_thread_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = threading.Event()
    release = threading.Event()

    def wait() -> None:
        started.set()
        release.wait(30)

    thread = threading.Thread(target=wait, daemon=True)
    thread.start()
    started.wait(10)
    monkeypatch.setattr(
        parallel, "_shard_process", lambda: parallel.python_process("import time; time.sleep(3600)")
    )
    try:
        assert not can_fork()
        parallel.start_spares(1, fork=True)
        (spare,) = parallel._spares
        assert isinstance(spare, subprocess.Popen)
        assert not isinstance(spare, Forked)
    finally:
        parallel.end_spares()
        release.set()
        thread.join(10)


def test_the_kept_pid_is_the_childs_in_a_forked_child() -> None:
    # the fetcher's pools and helper threads compare it with the id they were made in, on every request
    from linkcheck import forked

    assert forked.pid == os.getpid()
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child: never returns into pytest
        try:
            os.write(write, f"{forked.pid} {os.getpid()}".encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as answer:
        kept, actual = answer.read().decode().split()
    os.waitpid(child, 0)
    assert kept == actual != str(os.getpid())
    assert forked.pid == os.getpid()
