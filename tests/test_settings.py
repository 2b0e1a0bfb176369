"""Config files (linkcheck.toml, [tool.linkcheck]), their CLI mirror, secrets, outputs, colour, progress."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest
import requests
import responses

from linkcheck.cli import build_parser, config_from_args, main
from linkcheck.config import Config
from linkcheck.errors import ConfigError
from linkcheck.fetch import Fetcher
from linkcheck.models import Citation, Report, Result, Status, Verdict
from linkcheck.progress import Progress, summary_line
from linkcheck.report.color import colorize, want_color
from linkcheck.settings import Secret, find_config, parse_args_with_settings, resolve_headers

TOKEN = "s3cr3t-t0ken-value"


def parse(argv: list[str], cwd: Path) -> Config:
    args, _ = parse_args_with_settings(build_parser(), argv, cwd=cwd)
    return config_from_args(args)


def test_pyproject_table_is_found_and_mirrors_the_flags(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        """
[project]
name = "site"

[tool.linkcheck]
include = ['^https://']
exclude = ['archive\\.org']
accept = [200, 403]
user-agent = "newsroom-bot/1.0"
workers = 4
per_host = 1
timeout = 7.5
connect-timeout = 3
host-down-after = 0
max-bytes = "2M"
fail-on = ["dead", "soft_404"]
cache = "cache/links.sqlite"
cache-ttl = 3600
""",
        encoding="utf-8",
    )
    config = parse(["sources.txt"], tmp_path)
    assert config.include == ("^https://",)
    assert config.exclude == ("archive\\.org",)
    assert config.accept_status == frozenset({200, 403})
    assert config.user_agent == "newsroom-bot/1.0"
    assert (config.workers, config.per_host) == (4, 1)
    assert (config.read_timeout, config.connect_timeout) == (7.5, 3.0)
    assert config.host_down_after == 0
    assert config.max_bytes == 2 * 1024 * 1024
    assert config.fail_on == frozenset({"dead", "soft_404"})
    assert config.cache_path == str(tmp_path / "cache" / "links.sqlite")  # relative to the file
    assert config.cache_ttl == 3600


def test_flags_win_over_the_file_and_lists_add_up(tmp_path: Path) -> None:
    (tmp_path / "linkcheck.toml").write_text(
        "workers = 4\nexclude = ['a']\naccept = [403]\n", encoding="utf-8"
    )
    config = parse(["s.txt", "--workers", "9", "--exclude", "b", "--accept", "401,999"], tmp_path)
    assert config.workers == 9
    assert config.exclude == ("a", "b")
    assert config.accept_status == frozenset({403, 401, 999})


def test_linkcheck_toml_comes_before_pyproject_and_no_config_ignores_both(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.linkcheck]\nworkers = 3\n", encoding="utf-8")
    (tmp_path / "linkcheck.toml").write_text("workers = 5\n", encoding="utf-8")
    found = find_config(tmp_path)
    assert found is not None
    assert found[0].name == "linkcheck.toml"
    assert parse(["s.txt"], tmp_path).workers == 5
    assert parse(["s.txt", "--no-config"], tmp_path).workers == Config().workers


def test_explicit_config_file(tmp_path: Path) -> None:
    other = tmp_path / "ci" / "links.toml"
    other.parent.mkdir()
    other.write_text("[tool.linkcheck]\nper-host = 1\nstate = 'state.json'\n", encoding="utf-8")
    args, used = parse_args_with_settings(build_parser(), ["s.txt", "--config", str(other)], cwd=tmp_path)
    assert used == other
    assert args.per_host == 1
    assert args.state == str(other.parent / "state.json")


def test_pyproject_without_a_table_is_no_config(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert find_config(tmp_path) is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("wokers = 4\n", "unknown setting 'wokers'"),
        ("workers = 'four'\n", "workers: expected a whole number"),
        ("workers = 0\n", "workers: expected 1 or more"),
        ("accept = 403\n", "accept: expected a list of status codes"),
        ("fail-on = 'dead,bogus'\n", "fail-on: unknown item 'bogus'"),
        ("timeout = true\n", "timeout: expected a number"),
        ("workers = [\n", "not valid TOML"),
        ("color = 'blue'\n", "color: expected one of auto, always, never"),
    ],
)
def test_bad_settings_are_clear_errors(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "linkcheck.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"linkcheck\.toml") as info:
        parse(["s.txt"], tmp_path)
    assert message in str(info.value)


def test_bad_settings_exit_2_through_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("wokers = 1\n", encoding="utf-8")
    assert main([str(tmp_path / "s.txt"), "--config", str(config)]) == 2
    assert "unknown setting 'wokers'" in capsys.readouterr().err


# --- secrets --------------------------------------------------------------------------------------------


def test_header_values_come_from_the_environment_and_hide_in_reprs() -> None:
    headers = resolve_headers(
        [("paywalled.example.com", "Authorization", "env:PAYWALL_TOKEN")], {"PAYWALL_TOKEN": TOKEN}
    )
    assert headers == {"paywalled.example.com": {"Authorization": TOKEN}}
    value = headers["paywalled.example.com"]["Authorization"]
    assert isinstance(value, Secret)
    config = Config(headers=headers)
    assert TOKEN not in repr(config)
    assert "'***'" in repr(config)


def test_a_missing_variable_is_named_and_a_bad_value_is_not_shown() -> None:
    with pytest.raises(ConfigError, match="environment variable PAYWALL_TOKEN is not set"):
        resolve_headers([("p.example.com", "Authorization", "env:PAYWALL_TOKEN")], {})
    with pytest.raises(ConfigError) as info:
        resolve_headers([("p.example.com", "Authorization", "env:T")], {"T": TOKEN + "\r\nX-Evil: 1"})
    assert TOKEN not in str(info.value)
    assert "environment variable T contains a line break" in str(info.value)


def test_file_headers_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAYWALL_TOKEN", TOKEN)
    (tmp_path / "linkcheck.toml").write_text(
        '[headers."paywalled.example.com"]\nAuthorization = "env:PAYWALL_TOKEN"\nX-Plain = "yes"\n',
        encoding="utf-8",
    )
    config = parse(["s.txt", "--header", "other.example=Cookie:env:PAYWALL_TOKEN"], tmp_path)
    assert config.headers == {
        "paywalled.example.com": {"Authorization": TOKEN, "X-Plain": "yes"},
        "other.example": {"Cookie": TOKEN},
    }


@responses.activate
def test_the_fetcher_sends_a_domain_header_to_that_domain_only() -> None:
    config = Config(
        allow_private=True,
        retries=0,
        headers=resolve_headers([("paywalled.example.com", "Authorization", "env:T")], {"T": TOKEN}),
    )
    responses.get(
        "https://www.paywalled.example.com/a",
        status=301,
        headers={"Location": "https://elsewhere.example.org/b"},
    )
    responses.get(
        "https://elsewhere.example.org/b", status=301, headers={"Location": "https://paywalled.example.com/c"}
    )
    responses.get(
        "https://paywalled.example.com/c", body="<html><title>C</title></html>", content_type="text/html"
    )
    responses.get(
        "https://notpaywalled.example.com/d", body="<html><title>D</title></html>", content_type="text/html"
    )
    fetcher = Fetcher(config, requests.Session())
    assert fetcher.fetch("https://www.paywalled.example.com/a").status_code == 200
    assert fetcher.fetch("https://notpaywalled.example.com/d").status_code == 200
    sent = {call.request.url: call.request.headers.get("Authorization") for call in responses.calls}
    assert sent == {
        "https://www.paywalled.example.com/a": TOKEN,  # a subdomain of the configured domain
        "https://elsewhere.example.org/b": None,  # never across a redirect to another host
        "https://paywalled.example.com/c": TOKEN,
        "https://notpaywalled.example.com/d": None,  # a suffix is not a subdomain
    }


@responses.activate
def test_secrets_never_reach_reports_or_logs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PAYWALL_TOKEN", TOKEN)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    responses.get("https://paywalled.example.com/a", status=403)
    responses.get(
        "https://paywalled.example.com/b", body=requests.exceptions.ConnectionError("Connection refused")
    )
    manifest = tmp_path / "sources.txt"
    manifest.write_text(
        "https://paywalled.example.com/a\nhttps://paywalled.example.com/b\n", encoding="utf-8"
    )
    outputs = [
        f"{fmt}={tmp_path / ('r.' + fmt)}" for fmt in ("json", "junit", "markdown", "sarif", "github", "text")
    ]
    argv = [
        str(manifest),
        "--no-config",
        "--allow-private",
        "--retries",
        "0",
        "-vv",
        "--progress",
        "always",
        "--header",
        "paywalled.example.com=Authorization:env:PAYWALL_TOKEN",
    ]
    for out in outputs:
        argv += ["--output", out]
    caplog_handler = logging.StreamHandler(io.StringIO())
    logging.getLogger().addHandler(caplog_handler)
    try:
        code = main(argv)
    finally:
        logging.getLogger().removeHandler(caplog_handler)
    captured = capsys.readouterr()
    assert code == 1  # the refused connection is dead
    assert responses.calls[0].request.headers["Authorization"] == TOKEN
    for path in tmp_path.glob("r.*"):
        assert TOKEN not in path.read_text(encoding="utf-8"), path.name
    assert TOKEN not in captured.out + captured.err
    assert TOKEN not in caplog_handler.stream.getvalue()  # type: ignore[attr-defined]


# --- outputs, colour, progress ----------------------------------------------------------------------------


@responses.activate
def test_several_outputs_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    responses.get("https://news.example.com/gone", status=404)
    manifest = tmp_path / "sources.txt"
    manifest.write_text("https://news.example.com/gone\n", encoding="utf-8")
    code = main(
        [
            str(manifest),
            "--no-config",
            "--allow-private",
            "--format",
            "json",
            "--output",
            f"junit={tmp_path / 'out' / 'junit.xml'}",
            "--output",
            f"markdown={tmp_path / 'summary.md'}",
        ]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert json.loads(captured.out)["summary"]["fail"] == 1  # --format json still on stdout
    assert (tmp_path / "out" / "junit.xml").read_text(encoding="utf-8").startswith("<?xml")
    assert (tmp_path / "summary.md").read_text(encoding="utf-8").startswith("## linkcheck: ❌ 1 of 1")
    assert captured.err.strip().startswith("linkcheck: 1 citation: 0 pass, 0 warn, 1 fail")


def test_output_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text("", encoding="utf-8")
    assert main([str(manifest), "--no-config", "--output", "yaml=x.yaml"]) == 2
    assert "unknown format 'yaml'" in capsys.readouterr().err
    assert main([str(manifest), "--no-config", "--output", "-", "--output", "json=-"]) == 2
    assert "only one report can go to standard output" in capsys.readouterr().err
    assert main([str(manifest), "--no-config", "--fail-after", "3"]) == 2
    assert "need --state" in capsys.readouterr().err
    (tmp_path / "file").write_text("", encoding="utf-8")
    assert main([str(manifest), "--no-config", "--output", f"json={tmp_path / 'file' / 'r.json'}"]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err
    assert "Traceback" not in err


@responses.activate
def test_github_annotations_go_to_stderr_under_actions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    responses.get("https://news.example.com/gone", status=404)
    manifest = tmp_path / "sources.txt"
    manifest.write_text("# c\nhttps://news.example.com/gone\n", encoding="utf-8")
    assert main([str(manifest), "--no-config", "--allow-private", "--format", "json"]) == 1
    captured = capsys.readouterr()
    assert "::error" not in captured.out
    assert "::error file=sources.txt,line=2,title=linkcheck%3A Dead link::" in captured.err


def test_colour_choice() -> None:
    assert want_color("auto", isatty=True, env={})
    assert not want_color("auto", isatty=True, env={"NO_COLOR": "1"})
    assert not want_color("auto", isatty=False, env={})
    assert want_color("auto", isatty=False, env={"FORCE_COLOR": "1"})
    assert want_color("always", isatty=False, env={"NO_COLOR": "1"})
    assert not want_color("never", isatty=True, env={})


def test_colorize_keeps_the_text() -> None:
    text = "Dead links (1)\n  FAIL s.txt:1  https://x.example/\n  ok   s.txt:2  https://y.example/\n"
    coloured = colorize(text)
    assert "\033[31;1mFAIL\033[0m" in coloured
    assert "\033[32mok\033[0m" in coloured
    assert __import__("re").sub(r"\033\[[0-9;]*m", "", coloured) == text


def result(status: Status) -> Result:
    verdict = Verdict.PASS if status is Status.OK else Verdict.FAIL
    return Result(Citation("https://x.example/"), status, "r", verdict)


def test_progress_bar_counts_per_status_and_clears_its_line() -> None:
    stream = io.StringIO()
    ticks = iter([0.0, 0.05, 0.5, 1.0, 1.5])
    bar = Progress(stream, 3, enabled=True, clock=lambda: next(ticks), width=6)
    bar.update(result(Status.OK))  # drawn (first draw)
    bar.update(result(Status.DEAD))  # drawn: more than 0.1 s later
    bar.update(result(Status.OK))  # drawn: the last one always is
    bar.close()
    out = stream.getvalue()
    assert "linkcheck [######] 3/3  ok 2 dead 1  1.0s" in out
    assert out.endswith("\r\033[K")


def test_progress_shows_no_bar_until_the_total_is_known() -> None:
    stream = io.StringIO()
    ticks = iter([0.0, 0.5, 1.0, 1.5])
    bar = Progress(stream, None, enabled=True, clock=lambda: next(ticks), width=6)
    bar.update(result(Status.OK))
    assert "linkcheck [??????] 1/?  ok 1  0.5s" in stream.getvalue()
    bar.set_total(2)  # the last article is read
    bar.update(result(Status.DEAD))
    bar.close()
    assert "linkcheck [######] 2/2  ok 1 dead 1  1.0s" in stream.getvalue()


def test_progress_is_silent_when_disabled() -> None:
    stream = io.StringIO()
    bar = Progress(stream, 2, enabled=False)
    bar.update(result(Status.OK))
    bar.close()
    assert stream.getvalue() == ""
    assert bar.counts[Status.OK] == 1


def test_summary_line() -> None:
    report = Report((result(Status.OK), result(Status.DEAD)), elapsed=2.04)
    line = summary_line(report, cache={"hit": 3, "fetched": 1})
    assert (
        line
        == "linkcheck: 2 citations: 1 pass, 0 warn, 1 fail; cache: 3 hits, 0 revalidated, 1 fetched in 2.0 s"
    )


# --- the docs name real flags ------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def _flags(text: str) -> set[str]:
    import re

    return set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*[a-z])", text))


def test_readme_usage_and_ci_doc_name_only_real_flags() -> None:
    known = set(build_parser()._option_string_actions)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    usage = readme.split("## Usage", 1)[1].split("\n## ", 1)[0]
    ci = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    for name, text in (("README usage", usage), ("docs/ci.md", ci)):
        flags = _flags(text)
        assert flags, name
        assert flags <= known, f"{name} names unknown flags: {sorted(flags - known)}"


def test_ci_doc_config_example_is_a_valid_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ci = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    example = ci.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "pyproject.toml").write_text(example, encoding="utf-8")
    monkeypatch.setenv("PAYWALL_TOKEN", TOKEN)
    config = parse(["sources.txt"], tmp_path)
    assert config.accept_status == frozenset({200, 403})
    assert config.headers["paywalled.example.com"]["Authorization"] == TOKEN
    assert config.cache_path == str(tmp_path / ".linkcheck" / "cache.sqlite")


def test_ci_doc_workflows_parse_and_keep_state_cache_and_reports() -> None:
    import yaml

    ci = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0] for block in ci.split("```yaml\n")[1:]]
    assert len(blocks) == 2
    github, gitlab = (yaml.safe_load(block) for block in blocks)
    steps = github["jobs"]["linkcheck"]["steps"]
    run = next(step["run"] for step in steps if "linkcheck sources.txt" in step.get("run", ""))
    for flag in ("--state .linkcheck/state.json", "--cache .linkcheck/cache.sqlite", "junit=", "markdown="):
        assert flag in run
    uses = [step.get("uses", "") for step in steps]
    assert any(u.startswith("actions/cache/restore") for u in uses)
    assert any(u.startswith("actions/cache/save") for u in uses)
    assert any("GITHUB_STEP_SUMMARY" in step.get("run", "") for step in steps)
    assert "schedule" in github[True]  # YAML 1.1 reads the key `on` as true
    job = gitlab["linkcheck"]
    assert job["cache"]["paths"] == [".linkcheck/"]
    assert job["artifacts"]["reports"]["junit"] == "reports/linkcheck.xml"
    assert "--state .linkcheck/state.json" in " ".join(job["script"])
    assert {"if": '$CI_PIPELINE_SOURCE == "schedule"'} in job["rules"]


def test_check_calls_on_result_once_per_citation_with_the_same_results() -> None:
    """The CLI's progress hook sees every result once, and the report is what ``check`` alone gives."""
    from linkcheck.checker import check
    from linkcheck.models import Cause as C
    from linkcheck.models import FetchResult

    class Offline:
        def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
            if "up" in url:
                return FetchResult(url, url, status_code=404)
            return FetchResult(url, url, cause=C.DNS, error="host name does not resolve")

    mixed = [Citation(f"https://{host}.example.com/{n}") for n in range(3) for host in ("up", "down")]
    offline = [Citation(f"https://down.example.com/{n}") for n in range(3)]
    cfg = Config(allow_private=True)
    for citations in (mixed, offline):
        seen: list[Result] = []
        mine = check(citations, cfg, fetcher=Offline(), on_result=seen.append)
        theirs = check(citations, cfg, fetcher=Offline())
        assert mine.results == theirs.results
        assert mine.notes == theirs.notes
        assert sorted(r.url for r in seen) == sorted(c.url for c in citations)
    assert mine.notes  # the offline run carries the network note
