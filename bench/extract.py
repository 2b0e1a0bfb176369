"""Extraction benchmark (issue 3): linkcheck against htmldate (fast, extensive) and trafilatura.

Runs every tool on the fixture corpus (tests/fixtures/pages) in one run and prints, per tool, the
published-date accuracy, title accuracy, site-name accuracy and pages per second, plus the exact command.
The peers live in their own virtualenv, ``bench/.venv-peers`` (created with pip when missing).

    /work/venv/bin/python bench/extract.py [--repeat 20] [--corpus tests/fixtures/pages] [--misses]

Accuracy: a published date counts when it equals the expected day (an expected ``null`` needs no date);
a title counts when it equals the expected headline after normalising case, Unicode, quotes, dashes and
spaces. Speed: pages per CPU second (``time.process_time``, so other processes on a shared machine do not
distort it) of the fastest of ``--repeat`` passes over the corpus, bytes in (decoding included for
everyone), with fresh and with warm result caches.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT / "bench" / ".venv-peers"
PEER_PACKAGES = ["htmldate", "trafilatura", "lxml_html_clean"]

sys.path.insert(0, str(ROOT / "src"))

from linkcheck.extract import extract_metadata, normalize_title, parse_date_string  # noqa: E402
from linkcheck.extract.titles import _bare_key, _is_site_part, host_labels, squash  # noqa: E402

#: linkcheck's own bounded caches, cleared before each "fresh" pass like htmldate's.
CACHES = (normalize_title, squash, host_labels, _bare_key, _is_site_part, parse_date_string)


def ensure_peers() -> Path:
    python = PEERS / "bin" / "python"
    if not python.exists():
        print(f"creating {PEERS} with {' '.join(PEER_PACKAGES)} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(PEERS)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *PEER_PACKAGES], check=True)
    return python


def load(corpus: Path) -> list[dict[str, Any]]:
    pages = []
    for sidecar in sorted(corpus.glob("*.json")):
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        meta["name"] = sidecar.stem
        meta["body"] = sidecar.with_suffix(".html").read_bytes()
        pages.append(meta)
    return pages


#: Appended before </body> with --inflate: what real pages carry besides the story (a 300-link menu, 200
#: dated teasers, a comment thread, 40 KB of inline script), to see how each tool scales with page size.
INFLATE = (
    '<nav class="mega-menu"><ul>'
    + "".join(f'<li><a href="/section-{i}">Section {i}</a></li>' for i in range(300))
    + '</ul></nav><section class="related-stories">'
    + "".join(
        f'<div class="teaser"><h3><a href="/story-{i}">Another story number {i}</a></h3>'
        f'<time datetime="2024-11-{1 + i % 28:02d}T10:00:00Z">Nov {1 + i % 28}</time>'
        f"<p>{'Teaser text about something else. ' * 6}</p></div>"
        for i in range(200)
    )
    + '</section><ol class="comment-list">'
    + "".join(f"<li><p>{'A reader comment. ' * 10}</p></li>" for _ in range(100))
    + "</ol><script>"
    + "var x = 1;" * 4000
    + "</script>"
).encode()


def inflate(body: bytes) -> bytes:
    at = body.lower().rfind(b"</body>")
    return body[:at] + INFLATE + body[at:] if at >= 0 else body + INFLATE


def same_title(got: object, expected: str | None) -> bool:
    """The titles agree; anything but a string (trafilatura can return a list) is a miss."""
    if got is None or expected is None:
        return got is expected
    return isinstance(got, str) and normalize_title(got) == normalize_title(expected)


def run_linkcheck(pages: list[dict[str, Any]], repeat: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for page in pages:
        meta = extract_metadata(page["body"], page["url"], page.get("headers"))
        results[page["name"]] = {
            "date": str(meta.published) if meta.published else None,
            "title": meta.title,
            "site": meta.site_name,
        }
    timings = {}
    for mode in ("seconds", "fresh_seconds"):
        passes = []
        for _ in range(repeat):
            if mode == "fresh_seconds":
                for cache in CACHES:
                    cache.cache_clear()
            start = time.process_time()
            for page in pages:
                extract_metadata(page["body"], page["url"], page.get("headers"))
            passes.append(time.process_time() - start)
        timings[mode] = min(passes)  # the least disturbed pass (timeit's rule on a shared machine)
    return {"results": results, "calls": len(pages), **timings}


def score(pages: list[dict[str, Any]], run: dict[str, Any]) -> dict[str, Any]:
    dates = titles = sites = 0
    misses: list[str] = []
    has_title = any(r.get("title") is not None for r in run["results"].values())
    has_site = any(r.get("site") is not None for r in run["results"].values())
    for page in pages:
        got = run["results"].get(page["name"], {})
        date = (got.get("date") or None) and str(got["date"])[:10]
        ok_date = date == page["published"]
        dates += ok_date
        if not ok_date:
            misses.append(f"{page['name']}: date {date} != {page['published']}")
        if has_title:
            ok_title = same_title(got.get("title"), page["title"])
            titles += ok_title
            if not ok_title:
                misses.append(f"{page['name']}: title {got.get('title')!r} != {page['title']!r}")
        if has_site:
            sites += same_title(got.get("site"), page.get("site_name"))
    n = len(pages)
    return {
        "date": dates / n,
        "title": titles / n if has_title else None,
        "site": sites / n if has_site else None,
        "pps": run["calls"] / run["seconds"] if run["seconds"] else float("inf"),
        "fresh_pps": run["calls"] / run["fresh_seconds"] if run["fresh_seconds"] else float("inf"),
        "misses": misses,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=20, help="timed passes over the corpus (default 20)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "fixtures" / "pages")
    parser.add_argument("--misses", action="store_true", help="list every wrong answer per tool")
    parser.add_argument(
        "--inflate",
        action="store_true",
        help="append ~120 KB of menus, dated teasers, comments and script to each page (real page sizes)",
    )
    args = parser.parse_args()
    repeat = max(1, min(args.repeat, 1000))

    pages = load(args.corpus)
    corpus_dir = args.corpus
    if args.inflate:
        out_dir = ROOT / "bench" / "out" / "extract-inflated"
        out_dir.mkdir(parents=True, exist_ok=True)
        for page in pages:
            page["body"] = inflate(page["body"])
            (out_dir / f"{page['name']}.html").write_bytes(page["body"])
            sidecar = {k: v for k, v in page.items() if k not in ("body", "name")}
            (out_dir / f"{page['name']}.json").write_text(json.dumps(sidecar), encoding="utf-8")
        corpus_dir = out_dir
    python = ensure_peers()
    proc = subprocess.run(
        [str(python), str(ROOT / "bench" / "_extract_peers.py"), str(corpus_dir), str(repeat)],
        capture_output=True,
        text=True,
        timeout=1800,
        check=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    runs: dict[str, Any] = {"linkcheck": run_linkcheck(pages, repeat)}
    runs.update(json.loads(proc.stdout))
    versions = subprocess.run(
        [
            str(python),
            "-c",
            "import htmldate, trafilatura; print(htmldate.__version__, trafilatura.__version__)",
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()

    scores = {name: score(pages, run) for name, run in runs.items()}
    base = scores["htmldate extensive"]["pps"]
    fresh_base = scores["htmldate extensive"]["fresh_pps"]
    command = (
        "/work/venv/bin/python bench/extract.py"
        + (f" --repeat {repeat}" if repeat != 20 else "")
        + (" --inflate" if args.inflate else "")
    )

    def pct(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    print(f"## Extraction benchmark, {dt.date.today().isoformat()}")
    print()
    sizes = sorted(len(page["body"]) for page in pages)
    corpus_path = args.corpus.resolve()
    shown = corpus_path.relative_to(ROOT) if corpus_path.is_relative_to(ROOT) else corpus_path
    print(
        f"Corpus: {len(pages)} pages ({shown}"
        f"{', inflated' if args.inflate else ''}; median {sizes[len(sizes) // 2] / 1024:.1f} KiB); speed in "
        f"pages per CPU second (process time) of the fastest of {repeat} passes per tool and cache mode."
    )
    htmldate_version = versions[0] if versions else "?"
    trafilatura_version = versions[1] if len(versions) > 1 else "?"
    print(
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs; "
        f"htmldate {htmldate_version}, trafilatura {trafilatura_version}."
    )
    print()
    print(
        "| tool | published date | title | site name | pages/s, fresh caches | vs htmldate extensive "
        "| pages/s, warm caches | vs htmldate extensive |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, s in scores.items():
        print(
            f"| {name} | {pct(s['date'])} | {pct(s['title'])} | {pct(s['site'])} | {s['fresh_pps']:.0f} "
            f"| {s['fresh_pps'] / fresh_base:.2f}x | {s['pps']:.0f} | {s['pps'] / base:.2f}x |"
        )
    print()
    print(
        "Accuracy columns: share of pages whose published date / title / site name equals the sidecar's. "
        "Fresh caches: the libraries' bounded result caches are cleared before each pass (pages never seen "
        "before, as in a real run); warm caches: the same pages again with every cache hot."
    )
    print()
    print(f"Command: `{command}`")
    if args.misses:
        for name, s in scores.items():
            print(f"\n### {name}: {len(s['misses'])} misses")
            for miss in s["misses"]:
                print(f"- {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
