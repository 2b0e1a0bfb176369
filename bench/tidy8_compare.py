"""Compare what two trees report on the matching corpus and the held-out articles (tidy8).

``python bench/tidy8_compare.py BASE_TREE BRANCH_TREE`` (each a directory holding ``src/``; run from the
repository, inside the network namespace) evaluates every case of ``tests/fixtures/match_heldout.json`` as
``tests/test_match_heldout.py`` does, once with each tree's ``src`` first on the path, and writes each case's
outcome and every finding (kind, severity, message, expected, actual) to one line; it also runs
``python -m tests.test_articles_heldout`` (every batch's table and gap rows) with each tree. It prints how
many cases' lines differ and whether the two article reports are byte-identical, and exits 1 if anything
differs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _dump() -> None:
    from tests.test_match_heldout import CASES, evaluate

    for case in CASES:
        out = evaluate(case)
        findings = [[f.kind.value, f.severity.value, f.message, f.expected, f.actual] for f in out.findings]
        print(json.dumps([case["id"], out.ok, findings], ensure_ascii=False, default=str))


def _run(tree: str, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": f"{Path(tree).resolve() / 'src'}{os.pathsep}{REPO}"}
    done = subprocess.run(
        [sys.executable, *args], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def main(base: str, branch: str) -> int:
    dumps = [_run(tree, str(Path(__file__).resolve()), "--dump").splitlines() for tree in (base, branch)]
    differ = [a for a, b in zip(*dumps, strict=True) if a != b]
    print(f"matching corpus: {len(dumps[0])} cases, {len(differ)} differ")
    for line in differ[:10]:
        print("  base:", line[:300])
    articles = [_run(tree, "-m", "tests.test_articles_heldout") for tree in (base, branch)]
    same = articles[0] == articles[1]
    print(f"held-out articles: {'identical' if same else 'DIFFER'} ({len(articles[0].splitlines())} lines)")
    print(articles[1].splitlines()[-1] if articles[1] else "")
    return 0 if not differ and same else 1


if __name__ == "__main__":
    if sys.argv[1:] == ["--dump"]:
        _dump()
    else:
        sys.exit(main(*sys.argv[1:3]))
