"""``linkcheck.report`` imports the JUnit, Markdown and SARIF renderers only when one is asked for (the JUnit
one pulls in ``xml.etree``): ``FORMATS`` and the module's names still give every renderer, as before."""

from __future__ import annotations

import subprocess
import sys

import linkcheck.report as report
from linkcheck.report.github import render_github
from linkcheck.report.json import render_json
from linkcheck.report.jsonl import render_jsonl
from linkcheck.report.junit import render_junit
from linkcheck.report.markdown import render_markdown
from linkcheck.report.sarif import render_sarif

LATER = ("linkcheck.report.junit", "linkcheck.report.markdown", "linkcheck.report.sarif", "xml.etree")


def loaded_after(code: str) -> list[str]:
    """The modules of ``LATER`` a fresh interpreter has imported after running ``code``."""
    probe = f"import sys\n{code}\nprint(' '.join(m for m in {LATER!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return out.stdout.split()


def test_formats_give_every_renderer_in_order() -> None:
    assert list(report.FORMATS) == ["text", "json", "jsonl", "junit", "markdown", "github", "sarif"]
    assert len(report.FORMATS) == 7
    assert report.FORMATS["json"] is render_json
    assert report.FORMATS["jsonl"] is render_jsonl
    assert report.FORMATS["junit"] is render_junit
    assert report.FORMATS["markdown"] is render_markdown
    assert report.FORMATS["github"] is render_github
    assert report.FORMATS["sarif"] is render_sarif
    assert "sarif" in report.FORMATS
    assert "xml" not in report.FORMATS
    assert 3 not in report.FORMATS
    assert report.FORMATS.get("nope") is None
    assert dict(report.FORMATS)["junit"] is render_junit


def test_module_names_give_the_renderers() -> None:
    assert report.render_junit is render_junit
    assert report.render_markdown is render_markdown
    assert report.render_sarif is render_sarif
    namespace: dict[str, object] = {}
    exec("from linkcheck.report import *", namespace)
    assert set(report.__all__) <= set(namespace)
    assert namespace["render_sarif"] is render_sarif


def test_the_three_renderers_are_imported_when_asked_for() -> None:
    assert loaded_after("import linkcheck.report, linkcheck.cli") == []
    assert loaded_after("from linkcheck.report import FORMATS\n'junit' in FORMATS; list(FORMATS)") == []
    assert loaded_after("from linkcheck.report import FORMATS\nFORMATS['junit']") == [
        "linkcheck.report.junit",
        "xml.etree",
    ]
    assert loaded_after("from linkcheck.report import render_sarif") == ["linkcheck.report.sarif"]
    assert loaded_after("import linkcheck.report as r\nr.render_markdown") == ["linkcheck.report.markdown"]
