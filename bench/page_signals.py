"""CPU per page of the judgements a 200 page meets after extraction (the link-rot signals).

For every HTML page of the fixture corpora (``tests/fixtures/pages``, ``heldout``, ``rot``; ``--inflate``
appends ~120 KB of menus, teasers and script to each, as real pages weigh), times on one thread, per
page, with ``time.process_time``:

- ``extract``: ``extract_metadata`` (bytes in);
- ``soft404``: ``soft_404_signal`` (titles and address);
- ``body``: ``pagebody.body_signal`` (empty, parked, meta refresh / script redirect), when the tree has it;
- ``gates``: ``gates.gate_signal`` (sign-in, paywall, consent), when the tree has it;
- ``shell``: ``pagebody.script_shell`` (a JavaScript app's empty shell), when the tree has it.

Each figure is the median over ``--repeat`` passes of the pass's CPU divided by the pages, in
microseconds. Run against two trees to compare (a stage the tree lacks prints as ``-``)::

    PYTHONPATH=src /work/venv/bin/python bench/page_signals.py --repeat 7 --inflate
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("pages", "heldout", "rot")
URL = "https://www.example.com/news/2020/01/09/a-story-about-the-harbour"
FILLER = (
    b"<nav>"
    + b"".join(b'<a href="/section/%d">Section %d</a>' % (i, i) for i in range(120))
    + b"</nav><aside>"
    + b"".join(b'<div class="teaser"><a href="/news/2020/01/%02d/t">Teaser %d</a>'
               b"<time>2020-01-%02d</time></div>" % (i % 28 + 1, i, i % 28 + 1) for i in range(400))
    + b"</aside><script>" + b"var x = {a: 1, b: [1, 2, 3]};" * 1200 + b"</script>"
)  # fmt: skip


def pages(inflate: bool) -> list[bytes]:
    found = []
    for corpus in CORPORA:
        for path in sorted((ROOT / "tests" / "fixtures" / corpus).glob("*.htm*")):
            body = path.read_bytes()
            if inflate:
                at = body.rfind(b"</body>")
                body = body[:at] + FILLER + body[at:] if at >= 0 else body + FILLER
            found.append(body)
    return found


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        return None


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--inflate", action="store_true")
    args = parser.parse_args()

    from linkcheck.extract import extract_metadata
    from linkcheck.soft404 import soft_404_signal

    body_signal = _optional("linkcheck.pagebody", "body_signal")
    script_shell = _optional("linkcheck.pagebody", "script_shell")
    gate_signal = _optional("linkcheck.gates", "gate_signal")
    corpus = pages(args.inflate)
    metas = [extract_metadata(b, URL) for b in corpus]
    stages: dict[str, Callable[[], object] | None] = {
        "extract": lambda: [extract_metadata(b, URL) for b in corpus],
        "soft404": lambda: [soft_404_signal(URL, URL, m, 0) for m in metas],
        "body": (lambda: [body_signal(URL, URL, b, m) for b, m in zip(corpus, metas, strict=True)])
        if body_signal
        else None,
        "gates": (lambda: [gate_signal(URL, URL, m, 0) for m in metas]) if gate_signal else None,
        "shell": (lambda: [script_shell(b, m) for b, m in zip(corpus, metas, strict=True)])
        if script_shell
        else None,
    }
    size = sum(map(len, corpus)) / len(corpus) / 1024
    print(f"{len(corpus)} pages, mean {size:.0f} KB, median of {args.repeat} passes, us CPU per page")
    for name, stage in stages.items():
        if stage is None:
            print(f"  {name:8} -")
            continue
        stage()  # warm caches and imports
        times = []
        for _ in range(args.repeat):
            start = time.process_time()
            stage()
            times.append((time.process_time() - start) / len(corpus) * 1e6)
        print(f"  {name:8} {statistics.median(times):9.1f}")


if __name__ == "__main__":
    main()
