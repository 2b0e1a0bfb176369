"""The rules the fourth library API probe (``tests/test_api_probe4.py``) led to, with what each leaves alone.

- ``check``/``iter_check`` take a caller's fetcher whose ``fetch(url)`` takes the URL alone, as docs/api.md
  describes one, for a type checker too (``linkcheck.checker.FetchesURL``); a fetcher of the wrong shape is
  still refused.
- ``iter_check`` is typed as the generator it is (``Generator[Result, None, None]``), so its documented
  closing (``close()``, ``contextlib.closing``) type-checks; a caller's ``Iterator[Result]`` annotation still
  does.
"""

from __future__ import annotations

import inspect
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from linkcheck import Citation, Config, FetchResult, iter_check
from linkcheck.checker import FetchesURL, SupportsFetch, deadline_taking

SRC = Path(__file__).resolve().parent.parent / "src"

_SCRIPTS = {
    "plain_fetcher": """
        from linkcheck import Config, FetchResult, check
        from linkcheck.fetch import Fetcher

        class Plain:
            def __init__(self, inner: Fetcher) -> None:
                self.inner = inner

            def fetch(self, url: str) -> FetchResult:
                return self.inner.fetch(url)

        cfg = Config()
        check([], cfg, fetcher=Plain(Fetcher(cfg)))
        """,
    "deadline_fetcher": """
        from linkcheck import Config, FetchResult, iter_check
        from linkcheck.fetch import Fetcher

        class Timed:
            def __init__(self, inner: Fetcher) -> None:
                self.inner = inner

            def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
                return self.inner.fetch(url, deadline=deadline)

        cfg = Config()
        for r in iter_check([], cfg, fetcher=Timed(Fetcher(cfg))):
            pass
        for r in iter_check([], cfg, fetcher=Fetcher(cfg)):
            pass
        """,
    "closing": """
        import contextlib
        from collections.abc import Iterator

        from linkcheck import Result, iter_check

        with contextlib.closing(iter_check([])) as results:
            for r in results:
                break
        it = iter_check([])
        it.close()
        annotated: Iterator[Result] = iter_check([])
        first: Result | None = next(annotated, None)
        """,
    "wrong_fetchers": """
        from linkcheck import Config, FetchResult, check

        class TakesInt:
            def fetch(self, url: int) -> FetchResult:
                raise NotImplementedError

        class GivesText:
            def fetch(self, url: str) -> str:
                return url

        class NoFetch:
            def get(self, url: str) -> FetchResult:
                raise NotImplementedError

        check([], Config(), fetcher=TakesInt())
        check([], Config(), fetcher=GivesText())
        check([], Config(), fetcher=NoFetch())
        """,
}


@pytest.fixture(scope="module")
def mypy_lines(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """mypy --strict over the scripts above, in one run (each file's lines name it)."""
    folder = tmp_path_factory.mktemp("typed")
    paths = []
    for name, text in _SCRIPTS.items():
        path = folder / f"{name}.py"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        paths.append(str(path))
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, *paths],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "MYPYPATH": str(SRC)},
        cwd=folder,
    )
    return proc.stdout.splitlines()


def _errors(lines: list[str], name: str) -> list[str]:
    return [line for line in lines if f"{name}.py:" in line and ": error:" in line]


def test_a_fetcher_taking_the_url_alone_type_checks(mypy_lines: list[str]) -> None:
    assert _errors(mypy_lines, "plain_fetcher") == [], mypy_lines


def test_iter_check_closes_under_a_type_checker(mypy_lines: list[str]) -> None:
    assert _errors(mypy_lines, "closing") == [], mypy_lines


def test_leaves_alone_a_fetcher_taking_the_deadline_and_linkchecks_own(mypy_lines: list[str]) -> None:
    assert _errors(mypy_lines, "deadline_fetcher") == [], mypy_lines


def test_leaves_alone_fetchers_of_the_wrong_shape_refused(mypy_lines: list[str]) -> None:
    errors = _errors(mypy_lines, "wrong_fetchers")
    assert [line.split(":")[1] for line in errors] == ["16", "17", "18"], mypy_lines
    assert all('"fetcher"' in line for line in errors), errors


def test_iter_check_is_the_generator_it_is_typed_as_with_and_without_debug_logging() -> None:
    plain = iter_check([Citation("https://news.example/a")], Config())
    assert inspect.isgenerator(plain)
    plain.close()
    logger = logging.getLogger("linkcheck.checker")
    old = logger.level
    logger.setLevel(logging.DEBUG)
    try:
        logged = iter_check([], Config())
        assert inspect.isgenerator(logged)
        assert list(logged) == []
    finally:
        logger.setLevel(old)


def test_deadline_taking_wraps_only_a_fetch_without_deadline() -> None:
    calls: list[tuple[str, dict[str, object]]] = []

    class Plain:
        def fetch(self, url: str) -> FetchResult:
            calls.append((url, {}))
            raise RuntimeError("not fetched in this test")

    class Timed:
        def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
            raise RuntimeError("not fetched in this test")

    plain: FetchesURL = Plain()
    timed: SupportsFetch = Timed()
    assert deadline_taking(timed) is timed
    wrapped = deadline_taking(plain)
    assert wrapped is not plain
    with pytest.raises(RuntimeError):
        wrapped.fetch("https://news.example/a", deadline=1.0)
    assert calls == [("https://news.example/a", {})]
