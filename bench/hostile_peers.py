"""Hostile servers, side by side: linkcheck, lychee and LinkChecker on the whole hostile catalogue.

Starts ``tests/hostile_server.py`` on loopback (as ``bench/hostile.py`` does) and gives each tool every case's
URL once, with the same 10 s timeout a request and 16 connections:

- **linkcheck**: ``--deadline 15 --timeout 10 --workers 16 --per-host <cases>`` (the CI settings
  ``docs/security.md`` recommends), ``--format json``;
- **lychee** (``bench/.venv-lychee``): ``--timeout 10 --max-concurrency 16 --format json``, else its defaults;
- **LinkChecker** (``bench/.venv-linkchecker``): ``--timeout 10 -t 16 -r0 --check-extern --verbose -o csv``.

Each run is cut at ``--wall`` seconds (default 300): a tool still running then has hung on something; and
it may take 8 GB of address space at most (LinkChecker reads whole bodies into memory). For
each tool it prints the wall time, the peak RSS (``os.wait4``), how many cases it reported, and how many it
judged as the catalogue says: a case whose fetch must fail (a stall, a bomb, a malformed answer, a redirect
loop, a 404) *should be flagged*; one that must be read (an HTTP/1.0 body, a short Content-Length, a page
behind a 103 Early Hints) *should pass*. linkcheck flags a citation whose status is not ``ok``; the peers
flag a link they report failed, timed out or (LinkChecker) invalid. Every case's outcome goes to
``bench/out/hostile_peers.json``. Loopback only. Usage::

    python bench/hostile_peers.py [--tools linkcheck,lychee,linkchecker] [--wall 300]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from hostile import find_cli  # noqa: E402
from peers import _key, ensure_linkchecker, peer_env  # noqa: E402
from throughput import ensure_lychee, lychee_failures  # noqa: E402

from linkcheck.models import Status  # noqa: E402
from tests.hostile_server import CATALOGUE, Case, HostileServer  # noqa: E402

TOOLS = ("linkcheck", "lychee", "linkchecker")


@dataclass
class ToolRun:
    tool: str
    command: list[str]
    wall: float = 0.0
    rss_mb: float = 0.0
    hung: bool = False
    #: each case's URL key -> (flagged, what the tool said)
    said: dict[str, tuple[bool, str]] = field(default_factory=dict)


def should_flag(case: Case) -> bool:
    if case.report is not None:
        return case.report is not Status.OK
    return case.cause is not None or (case.status is not None and case.status >= 400)


#: The address space a tool may take (bytes): LinkChecker reads a 100 MB body and a gzip bomb into memory.
MEMORY_CAP = 8 * 1024**3


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _run(
    command: list[str], wall: float, out: Path | None, *, ours: bool = False
) -> tuple[float, float, bool, str]:
    """Run ``command`` in its own session with at most :data:`MEMORY_CAP` of address space, cut at ``wall``
    seconds; (seconds, peak RSS MB, hung, stdout)."""
    print(f"$ {' '.join(command[:12])}{' ...' if len(command) > 12 else ''}", flush=True)
    started = time.monotonic()
    with tempfile.TemporaryFile() as stdout:
        proc = subprocess.Popen(
            command,
            stdout=stdout,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            cwd="/tmp",
            preexec_fn=_cap_memory,
            env=os.environ if ours else peer_env(),
        )
        hung = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > wall:
                hung = True
                os.killpg(proc.pid, signal.SIGKILL)  # the group this run started, and only it
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.1)
        proc.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        text = stdout.read().decode("utf-8", "replace")
    return time.monotonic() - started, usage.ru_maxrss / 1024, hung, text


def run_linkcheck(urls: list[str], origins: tuple[str, ...], wall: float, folder: Path) -> ToolRun:
    manifest = folder / "hostile.txt"
    manifest.write_text("\n".join(urls) + "\n", encoding="utf-8")
    out = folder / "linkcheck.json"
    command = [find_cli(None), str(manifest), "--format", "json", "--output", str(out)]
    command += [arg for origin in origins for arg in ("--allow-host", origin)]  # 127.0.0.1, [::1], the sink
    command += ["--deadline", "15", "--timeout", "10", "--workers", "16"]
    command += ["--per-host", str(len(urls)), "--no-config"]
    r = ToolRun("linkcheck", command)
    r.wall, r.rss_mb, r.hung, _ = _run(command, wall, out, ours=True)
    if out.exists():
        for result in json.loads(out.read_text(encoding="utf-8"))["results"]:
            said = f"{result['status']}" + (f" ({result['cause']})" if result.get("cause") else "")
            r.said[_key(result["url"])] = (result["status"] != "ok", said)
    return r


def run_lychee(urls: list[str], wall: float, folder: Path) -> ToolRun:
    listed = folder / "urls.txt"
    listed.write_text("\n".join(urls) + "\n", encoding="utf-8")
    out = folder / "lychee.json"
    command = [str(ensure_lychee()), "--no-progress", "--format", "json", "--output", str(out)]
    command += ["--timeout", "10", "--max-concurrency", "16", str(listed)]
    r = ToolRun("lychee", command)
    r.wall, r.rss_mb, r.hung, _ = _run(command, wall, out)
    if out.exists():
        doc = json.loads(out.read_text(encoding="utf-8"))
        failed = {_key(url): why[:80] for url, why in lychee_failures(doc).items()}
        for url in urls:
            reason = failed.get(_key(url))
            r.said[_key(url)] = (reason is not None, reason or "ok")
    return r


def _not_as_root(command: list[str]) -> list[str]:
    """LinkChecker run as uid 0 drops its privileges to ``nobody``, which fails inside ``unshare -rn`` (the
    loopback-only namespace this bench is run in, where we are root): there it reports nothing. Run it as an
    ordinary uid in a nested user namespace, which keeps the network namespace."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return command
    return ["unshare", "--user", "--map-user=1000", "--map-group=1000", *command]


def run_linkchecker(urls: list[str], wall: float) -> ToolRun:
    command = [str(ensure_linkchecker()), "--no-status", "--verbose", "-r0", "--check-extern", "-o", "csv"]
    command += ["--timeout", "10", "-t", "16", *urls]
    command = _not_as_root(command)
    r = ToolRun("linkchecker", command)
    r.wall, r.rss_mb, r.hung, text = _run(command, wall, None)
    csv.field_size_limit(sys.maxsize)  # a hostile header or body may be quoted whole
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    if len(rows) <= 1:  # no row under the CSV header: it failed, and its output says why
        tail = "\n    ".join(text.strip().splitlines()[-6:])
        print(f"  linkchecker wrote no result; its last lines:\n    {tail}", flush=True)
    for row in csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";"):
        if row.get("urlname"):
            r.said[_key(row["urlname"])] = (row["valid"] != "True", (row["result"] or "")[:80])
    return r


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--tools", default=",".join(TOOLS), help="linkcheck,lychee,linkchecker (default all)")
    p.add_argument("--wall", type=float, default=300.0, help="seconds before a run is cut (default 300)")
    args = p.parse_args(argv)
    tools = [t for t in args.tools.split(",") if t]
    if unknown := set(tools) - set(TOOLS):
        p.error(f"unknown tool(s): {', '.join(sorted(unknown))} (known: {', '.join(TOOLS)})")
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    print(f"python bench/hostile_peers.py {' '.join(sys.argv[1:])}  ({started})", flush=True)
    runs: list[ToolRun] = []
    with HostileServer() as server, tempfile.TemporaryDirectory(prefix="hostile-peers-") as tmp:
        urls = [server.url(case.path) for case in CATALOGUE]
        print(f"hostile server on {server.origin}: {len(CATALOGUE)} cases", flush=True)
        for tool in tools:
            folder = Path(tmp) / tool
            folder.mkdir()
            if tool == "linkcheck":
                runs.append(run_linkcheck(urls, server.origins, args.wall, folder))
            elif tool == "lychee":
                runs.append(run_lychee(urls, args.wall, folder))
            else:
                runs.append(run_linkchecker(urls, args.wall))
            r = runs[-1]
            cut = ", cut (hung)" if r.hung else ""
            print(f"  {tool}: {r.wall:.1f} s, {r.rss_mb:.0f} MB{cut}", flush=True)
        keys = [_key(u) for u in urls]
    flag = [should_flag(case) for case in CATALOGUE]
    print(f"\n{len(CATALOGUE)} cases: {sum(flag)} should be flagged, {len(flag) - sum(flag)} should pass\n")
    print("| tool | wall | peak RSS | reported | should be flagged: flagged | should pass: passed |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for r in runs:
        got = [r.said.get(k) for k in keys]
        flagged = sum(1 for g, f in zip(got, flag, strict=True) if f and g is not None and g[0])
        passed = sum(1 for g, f in zip(got, flag, strict=True) if not f and g is not None and not g[0])
        wall = f"{r.wall:.1f} s" + (" (cut)" if r.hung else "")
        print(
            f"| {r.tool} | {wall} | {r.rss_mb:.0f} MB | {sum(g is not None for g in got)} / {len(keys)} "
            f"| {flagged} / {sum(flag)} | {passed} / {len(flag) - sum(flag)} |"
        )
    out = HERE / "out" / "hostile_peers.json"
    out.parent.mkdir(exist_ok=True)
    cases = [
        {
            "path": case.path,
            "what": case.what,
            "should_flag": f,
            **{r.tool: (r.said.get(k) or (None, "not reported"))[1] for r in runs},
        }
        for case, k, f in zip(CATALOGUE, keys, flag, strict=True)
    ]
    out.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nevery case's outcome: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
