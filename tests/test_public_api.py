"""The public surface is what docs/api.md documents, and the README's library example runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import linkcheck

ROOT = Path(__file__).resolve().parent.parent


def test_all_names_exist() -> None:
    for name in linkcheck.__all__:
        assert hasattr(linkcheck, name), name


def test_api_doc_covers_exactly_the_public_names() -> None:
    doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([A-Za-z_]+)", doc, flags=re.M)) | set(
        re.findall(r"`(__version__)`", doc)
    )
    documented |= {m for m in re.findall(r"`([A-Z][A-Za-z]+)`", doc) if m in linkcheck.__all__}
    assert documented >= set(linkcheck.__all__), sorted(set(linkcheck.__all__) - documented)
    undocumented_extra = {
        n for n in re.findall(r"^\| `([A-Za-z_]+)", doc, flags=re.M) if n not in linkcheck.__all__
    }
    assert not undocumented_extra, f"docs/api.md lists names that are not public: {undocumented_extra}"


def test_library_logging_is_silent_by_default() -> None:
    import logging

    handlers = logging.getLogger("linkcheck").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def _blocks(language: str) -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", readme, flags=re.S)


def test_readme_test_command_is_what_ci_runs() -> None:
    commands = [block.strip() for block in _blocks("sh")]
    assert "pip install . && linkcheck sources.txt" in commands
    test_command = next(c for c in commands if "pytest" in c)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_library_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's Python example, run as written, with a fetcher that plays an offline runner."""
    from linkcheck.models import Cause, FetchResult

    class Offline:
        def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
            return FetchResult(url=url, final_url=url, cause=Cause.DNS, error="no network in tests")

    real_check = linkcheck.check
    monkeypatch.setattr(linkcheck, "check", lambda c, cfg=None: real_check(c, cfg, fetcher=Offline()))
    (example,) = _blocks("python")
    exec(compile(example, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "error warn https://ria.ru/20200109/1563219328.html" in out
    assert '"schema": "linkcheck/1"' in out


def test_readme_extract_example_is_what_linkcheck_prints() -> None:
    from linkcheck import PartialDate, extract_citations, format_sources

    (block,) = [b for b in _blocks("text") if b.startswith("$ linkcheck extract")]
    shown = block.split("\n", 1)[1]
    seed = (ROOT / "tests" / "fixtures" / "articles" / "seed-article.txt").read_text(encoding="utf-8")
    citations = extract_citations(seed, "text", source="article.txt", article_date=PartialDate(2020, 1, 9))
    assert format_sources(citations) == shown


def test_readme_documents_every_option_with_its_default() -> None:
    from linkcheck.cli import build_parser
    from linkcheck.config import Config

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    flags = {s for action in build_parser()._actions for s in action.option_strings if s.startswith("--")}
    missing = sorted(f for f in flags - {"--help", "--version"} if f"`{f}" not in readme)
    assert not missing, f"README's option table lacks {missing}"
    defaults = Config()
    assert f"| {defaults.title_threshold:g}, {defaults.date_tolerance_days} |" in readme
    assert f"| `--workers N` | {defaults.workers} |" in readme
    assert f"| `--per-host N` | {defaults.per_host} |" in readme


def _fresh_python(code: str) -> str:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_cli_imports_no_checker_until_a_run_needs_it() -> None:
    # The command starts its shard processes and reads its input before importing the checker, the fetcher
    # and the extractors (~0.2 s of imports); `import linkcheck` must not pull them in through the package.
    out = _fresh_python(
        "import sys, linkcheck, linkcheck.cli\n"
        "heavy = ['linkcheck.checker', 'linkcheck.fetch', 'linkcheck.extract', 'linkcheck.match',"
        " 'lxml', 'requests', 'urllib3']\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    assert out.strip() == "[]"


def test_lazy_public_names_are_the_real_ones() -> None:
    out = _fresh_python(
        "import linkcheck\n"
        "from linkcheck import check, iter_check, extract_metadata, match_citation, extract_citations\n"
        "import linkcheck.checker as c, linkcheck.extract as e, linkcheck.match as m\n"
        "import linkcheck.articles as a\n"
        "print(check is c.check, iter_check is c.iter_check, extract_metadata is e.extract_metadata,"
        " match_citation is m.match_citation, extract_citations is a.extract_citations,"
        " set(linkcheck.__all__) <= set(dir(linkcheck)))"
    )
    assert out.split() == ["True"] * 6
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        linkcheck.nonexistent  # noqa: B018


@pytest.mark.parametrize("warm", [True, False], ids=["warmed-up", "on-demand"])
def test_a_fresh_checker_imports_its_page_readers_itself(warm: bool) -> None:
    # The checker imports extraction and matching in a thread once its first requests are out, or when a
    # page needs them first (without that thread here): a run in a fresh interpreter reads and judges pages.
    out = _fresh_python(
        "import sys\n"
        "import linkcheck.checker\n"
        "from linkcheck.checker import check\n"
        + ("" if warm else "linkcheck.checker._warm_readers = lambda: None\n")
        + "from linkcheck import Citation, Config, FetchResult, PartialDate\n"
        "assert 'linkcheck.extract' not in sys.modules and 'linkcheck.match' not in sys.modules\n"
        "page = b'<html><head><title>Storm floods the valley | The Daily Example</title>'"
        ' b\'<meta property="article:published_time" content="2021-03-04T10:00:00Z"></head></html>\'\n'
        "class Canned:\n"
        "    def fetch(self, url, *, deadline=None):\n"
        "        return FetchResult(url=url, final_url=url, status_code=200,"
        " headers={'content-type': 'text/html'}, body=page)\n"
        "cits = [Citation(url='https://news.example.org/a', title='Storm floods the valley',"
        " date=PartialDate.parse('2019-06-01'))]\n"
        "(r,) = check(cits, Config(), fetcher=Canned()).results\n"
        "print(r.status.value, r.metadata.title, sorted(f.kind.value for f in r.findings))"
    )
    status, rest = out.split(" ", 1)
    assert status == "ok"
    assert rest.startswith("Storm floods the valley")
    assert "date_mismatch" in rest
