"""A whole site's articles checked at once (issue 7: the nightly job reads articles, not a manifest).

Writes ``--articles`` HTML news articles (a page each: navigation, prose, ``--links`` cited links in the
prose, related links, a footer; ~12 KB) under ``bench/out/site-N/``, citing ``bench/server.py``'s article
pages (8 loopback hosts, ``--latency``). Then runs, alternating, ``--reps`` times each:

- ``linkcheck 'bench/out/site-N/*.html' --format json`` (reading the articles, then full verification);
- ``lychee`` on the same files at the same concurrency (``--scheme http --root-dir``: the cited pages; the
  navigation's root-relative paths resolve to local files, which ``--scheme`` leaves out).

Prints for each run the wall time, when the server saw its first request, links/s and CPU. Where the old
CLI read every article before its first request, this shows what reading a site costs before anything is
fetched.

    /work/venv/bin/python bench/whole_site.py [--articles 2000] [--links 5] [--latency 0.05] [--reps 2]
        [--paragraphs 0] [--script-kb 1.6]

``--paragraphs 20 --script-kb 40`` writes pages the size of a news site's (~60 KB, a dozen KB of prose).
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import Server, ensure_lychee, linkcheck_command, make_links, run_measured  # noqa: E402

_TEXT = (
    "the minister said on Tuesday that the budget talks would resume after the council approved a study of "
    "the river project while officials in the capital declined to comment on reports of new delays"
)
_WORDS = _TEXT.split()


def _prose(rnd: int, words: int) -> str:
    return " ".join(_WORDS[(rnd * 7 + k * 3) % len(_WORDS)] for k in range(words)).capitalize() + "."


def write_site(
    directory: Path, articles: int, links_per: int, port: int, paragraphs: int = 0, script_kb: float = 1.6
) -> int:
    """Write the articles; return how many cited links they hold. ``paragraphs``: prose paragraphs without
    links added between the citing ones (a news story has a dozen or more), ``script_kb``: the inline script
    in the head (pages carry tens of KB of it)."""
    links = make_links("clean", articles * links_per, port, seed=1)
    directory.mkdir(parents=True, exist_ok=True)
    nav = "".join(f'<li><a href="/section/{s}">{s.title()}</a></li>' for s in ("world", "politics", "sport"))
    for n in range(articles):
        cited = links[n * links_per : (n + 1) * links_per]
        paras = []
        for k, link in enumerate(cited):
            paras.append(
                f"<p>{_prose(n + k, 45)} {link.outlet} reported on {link.date} that "
                f'<a href="{link.url}">{link.title}</a>, according to the report. {_prose(n * k + 1, 30)}</p>'
            )
            paras.extend(
                f"<p>{_prose(n + k + j, 50)} {_prose(n * j + k, 25)}</p>"
                for j in range(paragraphs // max(1, len(cited)))
            )
        html = (
            f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Story {n} | The Bench Post"
            "</title><meta property='article:published_time' content='2024-03-05T10:00:00Z'>"
            f"<script>{'var a=1;' * int(script_kb * 125)}</script></head>"
            f"<body><header><nav><ul>{nav}</ul></nav></header>"
            f"<main><article><h1>Story {n}</h1>{''.join(paras)}</article>"
            f"<aside><h2>Related</h2><a href='/story/{n + 1}'>Next story</a></aside></main>"
            f"<footer>{_prose(n, 60)} <a href='/about'>About us</a></footer></body></html>"
        )
        (directory / f"story-{n:05d}.html").write_text(html, encoding="utf-8")
    return len(links)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--links", type=int, default=5, help="cited links per article")
    p.add_argument("--latency", type=float, default=0.05, help="server latency in seconds")
    p.add_argument("--paragraphs", type=int, default=0, help="prose paragraphs without links per article")
    p.add_argument("--script-kb", type=float, default=1.6, help="inline script per article, KB")
    p.add_argument("--reps", type=int, default=2)
    p.add_argument("--workers", type=int, default=64)
    p.add_argument("--per-host", type=int, default=16)
    p.add_argument("--tools", default="linkcheck,lychee")
    p.add_argument("--linkcheck", default="", help="linkcheck command (default: this venv's)")
    args = p.parse_args(argv)
    command = [sys.executable, "bench/whole_site.py", *(argv or sys.argv[1:])]
    print("command:", shlex.join(command), flush=True)
    out = HERE / "out"
    server = Server(seed=1, hosts=8, max_seconds=3600)
    try:
        site = out / f"site-{args.articles}x{args.links}-{args.paragraphs}p-{args.script_kb:g}kb"
        n = write_site(site, args.articles, args.links, server.port, args.paragraphs, args.script_kb)
        size = sum(f.stat().st_size for f in site.iterdir()) / 1e6
        print(
            f"{args.articles} articles, {size:.1f} MB, {n} cited links, latency {args.latency * 1000:.0f} ms"
        )
        pattern = str(site / "*.html")
        for rep in range(1, args.reps + 1):
            for tool in args.tools.split(","):
                server.reset(args.latency)
                result = out / f"site-{tool}.json"
                if tool == "linkcheck":
                    cmd = [*linkcheck_command(args), pattern, "--format", "json", "--output", str(result)]
                    cmd += [
                        "--allow-private",
                        "--workers",
                        str(args.workers),
                        "--per-host",
                        str(args.per_host),
                    ]
                else:
                    cmd = [str(ensure_lychee()), "--no-progress", "--format", "json", "--output", str(result)]
                    cmd += ["--scheme", "http", "--max-concurrency", str(args.workers)]
                    cmd += ["--host-concurrency", str(args.per_host), "--host-request-interval", "0ms"]
                    cmd += ["--root-dir", str(site), "--timeout", "20", pattern]
                t0 = time.monotonic()  # the server stamps requests on the same clock
                code, wall, cpu, rss, _pss, timed_out, tail = run_measured(cmd, out / "site.out", out, 3600)
                stats = server.stats()
                firsts = [h["first"] for h in stats["hosts"].values() if h.get("first")]
                first = f"{min(firsts) - t0:5.2f} s" if firsts else "  n/a"
                checked = _checked(tool, result)
                print(
                    f"rep {rep} {tool:<9} exit {code} wall {wall:6.2f} s  first request {first}  "
                    f"{checked} checked ({checked / wall:5.0f}/s)  cpu {cpu:6.2f} s  rss {rss:5.1f} MB"
                    + ("  TIMED OUT" if timed_out else ""),
                    flush=True,
                )
                if code not in (0, 1):
                    print(tail)
    finally:
        server.stop()
    return 0


def _checked(tool: str, result: Path) -> int:
    try:
        data = json.loads(result.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    if tool == "linkcheck":
        return len(data["results"])
    return int(data.get("successful", 0)) + int(data.get("errors", 0)) + int(data.get("timeouts", 0))


if __name__ == "__main__":
    sys.exit(main())
