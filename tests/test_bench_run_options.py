"""The benchmark scripts that run linkcheck on throughput's cases share one set of run options
(``bench/throughput.py``'s ``add_run_options``; tidy17): each script's parser takes the options and defaults
it took when it declared them itself (base65's ``argparse`` lines, written out here)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

#: Each script's options and their defaults as base65 declared them, one ``add_argument`` a line.
_BEFORE: dict[str, dict[str, Any]] = {
    "cost36_start": {
        "case": "clean",
        "n": 10_000,
        "latency": 50,
        "workers": 64,
        "per_host": 16,
        "seed": 1,
        "reps": 1,
        "linkcheck": None,
        "marks": False,
        "importtime": False,
        "importtime_seconds": 3.0,
    },
    "cost35_slots": {
        "case": "clean",
        "n": 10_000,
        "latency": 50,
        "workers": 64,
        "per_host": 16,
        "seed": 1,
        "reps": 1,
        "bin": 0.5,
        "linkcheck": None,
    },
    "timeline": {
        "cases": "mix,clean",
        "n": 10_000,
        "latency": 0,
        "workers": 64,
        "per_host": 16,
        "seed": 1,
        "bin": 0.25,
        "sample": 0.02,
        "linkcheck": None,
        "runq": False,
    },
}

#: Values given on the command line, and what each reads as (the same types as before: ``int`` stays ``int``).
_GIVEN = {
    "n": ("--n", "250", 250),
    "latency": ("--latency", "7", 7),
    "workers": ("--workers", "8", 8),
    "per_host": ("--per-host", "3", 3),
    "seed": ("--seed", "42", 42),
    "reps": ("--reps", "5", 5),
    "linkcheck": ("--linkcheck", "python -m linkcheck", "python -m linkcheck"),
    "case": ("--case", "mix", "mix"),
    "cases": ("--cases", "skew", "skew"),
}


@pytest.mark.parametrize("script", sorted(_BEFORE))
def test_run_options_default_as_before(script: str) -> None:
    args = importlib.import_module(script).build_parser().parse_args([])
    assert vars(args) == _BEFORE[script]


@pytest.mark.parametrize("script", sorted(_BEFORE))
def test_run_options_are_read_as_before(script: str) -> None:
    given = [
        (dest, flag, text, value) for dest, (flag, text, value) in _GIVEN.items() if dest in _BEFORE[script]
    ]
    argv = [part for _, flag, text, _ in given for part in (flag, text)]
    args = importlib.import_module(script).build_parser().parse_args(argv)
    assert {dest: getattr(args, dest) for dest, *_ in given} == {dest: value for dest, _, _, value in given}
    assert all(type(getattr(args, dest)) is type(value) for dest, _, _, value in given)


@pytest.mark.parametrize(
    ("script", "flag"), [("timeline", "--reps"), ("cost35_slots", "--cases"), ("cost36_start", "--sample")]
)
def test_run_options_a_script_never_took_are_refused(script: str, flag: str) -> None:
    with pytest.raises(SystemExit):
        importlib.import_module(script).build_parser().parse_args([flag, "1"])
