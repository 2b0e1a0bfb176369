"""Same findings from citation matching in two trees (tidy7, fifty-sixth session: ``match._outlet_finding``'s
chain of doubts made one table, :data:`linkcheck.match._OUTLET_DOUBTS`, a change that must change no result).

Each case of the held-out matching corpus (``tests/fixtures/match_heldout.json``) is read as
``tests/test_match_heldout.py`` reads it (the page rendered to HTML and read by ``extract_metadata``, the
citation parsed from the form a writer gives it) and matched by ``linkcheck.match.match_citation``, in a child
process per tree with that tree's ``src`` first on ``PYTHONPATH``. For every case it records each finding's
kind, severity and message (or the exception raised), and compares the two trees' records byte for byte.

Usage::

    python bench/outlet_doubts_same.py BASE_TREE NEW_TREE   # each a directory holding ``src/``

Prints the number of cases, of findings, and of cases that differ (with the first few); exit status 1 when
any differs. No network.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHILD_TIMEOUT = 1_800  # seconds a tree's run may take


def _records() -> dict[str, Any]:
    """In the child: every case's findings as ``[kind, severity, message]`` lists, by the case's id."""
    from linkcheck.extract import extract_metadata
    from linkcheck.match import match_citation
    from tests.test_match_heldout import CASES, CONFIG, TODAY, citation_of, page_html

    out: dict[str, Any] = {}
    for case in CASES:
        page = case["page"]
        final_url = page.get("final_url", page["url"])
        try:
            metadata = extract_metadata(page_html(page), final_url, today=TODAY)
            citation = citation_of(case)
            if citation is None:
                out[case["id"]] = "no citation"
                continue
            findings = match_citation(citation, metadata, final_url=final_url, config=CONFIG)
            out[case["id"]] = [[f.kind.value, f.severity.value, f.message] for f in findings]
        except Exception as exc:  # a tree that raises differs from one that does not
            out[case["id"]] = f"raised {type(exc).__name__}: {exc}"
    return out


def _run(tree: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": f"{tree / 'src'}{os.pathsep}{ROOT}", "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, __file__, "--child"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        check=True,
    )
    answer = json.loads(done.stdout)
    if not Path(answer["module"]).resolve().is_relative_to(tree / "src"):
        raise SystemExit(f"{tree}: linkcheck was imported from {answer['module']}")
    records: dict[str, Any] = answer["records"]
    return records


def main(argv: list[str]) -> int:
    if argv == ["--child"]:
        import linkcheck

        print(json.dumps({"module": linkcheck.__file__, "records": _records()}, ensure_ascii=False))
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    base, new = (_run(Path(tree).resolve()) for tree in argv)
    differ = sorted(k for k in base.keys() | new.keys() if base.get(k) != new.get(k))
    findings = sum(len(v) for v in base.values() if isinstance(v, list))
    raised = sum(1 for v in base.values() if isinstance(v, str) and v.startswith("raised"))
    print(f"cases: {len(base)} / {len(new)}; findings (base): {findings}; raised (base): {raised}")
    print(f"differ: {len(differ)}")
    for key in differ[:10]:
        print(f"  {key}: base {base.get(key)!r}\n  {' ' * len(key)}  new  {new.get(key)!r}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
