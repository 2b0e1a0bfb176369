"""The rules the third command-line probe (``tests/test_cli_ux_probe3.py``) led to, each on small inputs with
what it must leave alone: an empty ``--fail-on`` item, an empty ``env:`` secret, an ``--output`` naming no
file, an ``--include`` that matched no link, and a JSON Lines result written and counted as one step under
SIGINT and SIGTERM."""

from __future__ import annotations

import argparse
import io
import signal

import pytest

from linkcheck import cli
from linkcheck.config import DEFAULT_FAIL_ON, parse_fail_on
from linkcheck.errors import ConfigError
from linkcheck.models import NOT_INCLUDED, Citation, Result, Status, Verdict
from linkcheck.settings import resolve_headers

# --- --fail-on: an empty item ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["dead,,soft_404", "dead,", ",dead", "+blocked,,-dead", "dead, ,soft_404"])
def test_an_empty_fail_on_item_is_refused_naming_the_value(text: str) -> None:
    with pytest.raises(ConfigError, match="empty item") as caught:
        parse_fail_on(text)
    assert repr(text) in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dead,soft_404", frozenset({"dead", "soft_404"})),
        ("dead , soft_404", frozenset({"dead", "soft_404"})),
        ("+blocked", DEFAULT_FAIL_ON | {"blocked"}),
        ("none", frozenset()),
    ],
)
def test_fail_on_lists_without_an_empty_item_read_as_before(text: str, expected: frozenset[str]) -> None:
    assert parse_fail_on(text) == expected


def test_a_fail_on_of_nothing_keeps_its_own_message() -> None:
    with pytest.raises(ConfigError, match="at least one item"):
        parse_fail_on(" , ")


# --- an env: secret that is empty ------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_env_secret_is_refused_naming_the_variable(value: str) -> None:
    with pytest.raises(ConfigError, match="COURIER_TOKEN is empty") as caught:
        resolve_headers([("news.example", "Authorization", "env:COURIER_TOKEN")], {"COURIER_TOKEN": value})
    assert value.strip() == ""
    assert "Authorization" in str(caught.value)


def test_a_set_env_secret_and_a_literal_value_are_read_as_before() -> None:
    headers = resolve_headers(
        [("news.example", "Authorization", "env:T"), ("news.example", "X-Edition", "")], {"T": "s3cret"}
    )
    assert str(headers["news.example"]["Authorization"]) != ""
    assert set(headers["news.example"]) == {"Authorization", "X-Edition"}


# --- --output naming no file -------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["json=", "junit=  ", ""])
def test_an_output_naming_no_file_is_refused_naming_the_value(value: str) -> None:
    args = argparse.Namespace(output=[value], format="text")
    with pytest.raises(ConfigError, match="no file named") as caught:
        cli._outputs(args)
    assert repr(value) in str(caught.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("json=r.json", ("json", "r.json")), ("r.txt", ("text", "r.txt")), ("-", ("text", None))],
)
def test_outputs_that_name_a_file_or_stdout_are_read_as_before(
    value: str, expected: tuple[str, str | None]
) -> None:
    args = argparse.Namespace(output=[value], format="text")
    assert expected in cli._outputs(args)


# --- --include that matched nothing ------------------------------------------------------------------------


def _result(url: str, status: Status = Status.OK, reason: str = "200 OK") -> Result:
    return Result(citation=Citation(url=url), status=status, reason=reason, verdict=Verdict.PASS)


def test_an_include_that_matched_no_web_link_is_named() -> None:
    tally = cli.IncludeTally(["couriier"])
    for url in ("https://a.example/1", "https://b.example/2"):
        tally.add(_result(url, Status.SKIPPED, NOT_INCLUDED))
    tally.add(_result("mailto:desk@a.example", Status.SKIPPED, "not an http(s) URL (mailto:)"))
    warning = tally.warning()
    assert warning is not None
    assert "--include 'couriier'" in warning
    assert "2 links" in warning


@pytest.mark.parametrize(
    "results",
    [
        [_result("https://a.example/1", Status.SKIPPED, NOT_INCLUDED), _result("https://a.example/2")],
        [_result("mailto:desk@a.example", Status.SKIPPED, "not an http(s) URL (mailto:)")],
        [],
    ],
)
def test_an_include_that_matched_a_link_or_had_none_to_match_says_nothing(results: list[Result]) -> None:
    tally = cli.IncludeTally(["a\\.example/2"])
    for result in results:
        tally.add(result)
    assert tally.warning() is None


def test_no_include_counts_nothing() -> None:
    tally = cli.IncludeTally([])
    tally.add(_result("https://a.example/1", Status.SKIPPED, NOT_INCLUDED))
    assert tally.warning() is None
    assert tally.web == 0


# --- a signal between a JSON Lines line and its count -------------------------------------------------------


@pytest.mark.parametrize(
    ("signum", "raised"), [(signal.SIGINT, KeyboardInterrupt), (signal.SIGTERM, cli._Terminated)]
)
def test_a_signal_inside_a_deferred_step_is_raised_when_it_ends(
    signum: int, raised: type[BaseException]
) -> None:
    deferral = cli.SignalDeferral()
    done: list[str] = []

    def step() -> None:
        done.append("written")
        deferral.handler(signum, None)  # the signal arrives between the two halves
        done.append("counted")

    with pytest.raises(raised):
        deferral.run(step)
    assert done == ["written", "counted"]
    assert deferral.pending is None
    assert not deferral.active


def test_a_second_signal_inside_a_step_is_raised_at_once() -> None:
    deferral = cli.SignalDeferral()
    done: list[str] = []

    def step() -> None:
        deferral.handler(signal.SIGINT, None)
        deferral.handler(signal.SIGINT, None)
        done.append("never")

    with pytest.raises(KeyboardInterrupt):
        deferral.run(step)
    assert done == []


def test_a_signal_outside_a_step_is_raised_at_once() -> None:
    deferral = cli.SignalDeferral()
    with pytest.raises(cli._Terminated):
        deferral.handler(signal.SIGTERM, None)
    deferral.run(lambda: None)  # nothing pending: the step ends quietly


def test_a_stream_written_line_is_counted_even_when_a_signal_comes_between(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The stream's step: the line written, the signal noted, the count made, then the signal raised."""
    out = io.StringIO()
    stream = cli._JsonLinesStream(None)
    stream.out = out
    original = cli.count_result

    def count_after_a_signal(counts: dict[str, int], result: Result) -> None:
        cli._DEFERRAL.handler(signal.SIGTERM, None)
        original(counts, result)

    monkeypatch.setattr(cli, "count_result", count_after_a_signal)
    with pytest.raises(cli._Terminated):
        stream.write(_result("https://a.example/1"))
    assert out.getvalue().count("\n") == 1
    assert stream.counts["total"] == 1
