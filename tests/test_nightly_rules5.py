"""What the fifth nightly probe (``tests/test_nightly_probe5.py``, nightly5) led to: a correction of
docs/ci.md, not of the code, pinned here so that the page and the code cannot part again.

docs/ci.md said the links of an outlet that drops connections (``error``, cause ``timeout``) "count as
failures like the three, so an outage that lasts is graced and then fails like any dead link". The code counts
them (newly broken, then still broken) but, as README's status table and ``--fail-on``'s default say, an
``error`` only warns, past any grace too; only with ``--fail-on +error`` is it graced and then failed. The
page now says so. A page held past the probe's ``--timeout 5`` by ``tests/site_server.py`` on 127.0.0.1
plays the outlet; the state is aged by hand, as the probes do.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.site_server import Page, serve
from tests.test_nightly_probe5 import age_state, page, run


def nights(tmp_path: Path, *extra: str) -> list[tuple[int, dict[str, Any]]]:
    """Two nights four days apart under ``--grace 3`` over one link whose server stops answering."""
    out: list[tuple[int, dict[str, Any]]] = []
    with serve({"/story": Page(body=page().body, hold=30)}) as site:
        (tmp_path / "sources.txt").write_text(site.url("/story") + "\n", encoding="utf-8")
        state = tmp_path / "state.json"
        for _ in range(2):
            proc = run(
                tmp_path, "sources.txt", "--state", str(state), "--grace", "3", "--format", "json", *extra
            )
            assert "Traceback" not in proc.stderr, proc.stderr
            out.append((proc.returncode, json.loads(proc.stdout)))
            age_state(state, 4)
    return out


def test_a_timing_out_outlet_past_its_grace_is_counted_but_only_warns_by_default(tmp_path: Path) -> None:
    (code1, first), (code2, second) = nights(tmp_path)
    assert (code1, code2) == (0, 0)
    assert [r["status"] for r in second["results"]] == ["error"]
    assert [r["verdict"] for r in second["results"]] == ["warn"]
    assert len(first["history"]["newly_broken"]) == 1
    assert second["history"]["still_broken"] == first["history"]["newly_broken"]
    assert second["history"]["graced"] == []  # a warning of its own kind, not one of grace


def test_with_fail_on_error_a_timing_out_outlet_is_graced_then_fails(tmp_path: Path) -> None:
    (code1, first), (code2, second) = nights(tmp_path, "--fail-on", "+error")
    assert (code1, code2) == (0, 1)
    assert [r["verdict"] for r in first["results"]] == ["warn"]
    assert first["history"]["graced"] == first["history"]["newly_broken"]
    assert [r["verdict"] for r in second["results"]] == ["fail"]
    assert second["history"]["graced"] == []
