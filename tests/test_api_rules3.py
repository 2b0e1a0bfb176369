"""The rules the third library-API probe (``tests/test_api_probe3.py``, api3) led to, on small inputs, each
with what it must leave alone.

- ``config.option_type_problem``: a ``Config`` option that is not a number, given a value of another type,
  is a ``ConfigError`` naming it (``allow_private="no"`` was true, ``allow_hosts="127.0.0.1"`` nine hosts).
- ``config.unknown_option_message``: an unknown option names the option meant (a flag's spelling, or the
  closest name), in ``Config(...)`` and ``evolve``, still a ``TypeError``.
- ``checker.caller_hooks``: a ``fetcher`` without ``fetch`` and an ``on_result`` that cannot be called are
  refused at once, by name.
- ``Citation.__post_init__``: ``source`` and the text fields must be strings.
- ``sources.text_argument``, ``sources.source_argument`` and ``articles._as_partial``: bytes, a path or a
  string where the text, the source's name or the article's date belongs.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import pickle
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from linkcheck import (
    Citation,
    Config,
    ConfigError,
    FetchResult,
    PartialDate,
    extract_citations,
    iter_sources,
    parse_sources,
)
from linkcheck.articles import _as_partial
from linkcheck.checker import caller_hooks
from linkcheck.config import option_type_problem, unknown_option_message
from linkcheck.sources import source_argument, text_argument

OPTIONS = tuple(inspect.signature(Config).parameters)

# --- option_type_problem ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("user_agent", b"bot/1", "a str"),
        ("allow_private", 1, "True or False"),
        ("respect_robots", None, "True or False"),
        ("pin_processes", "yes", "True or False"),
        ("include", "news", "('news',) for one"),
        ("exclude", b"ads", "a tuple of strings"),
        ("allow_hosts", ("127.0.0.1", 8080), "a tuple of strings"),
        ("fail_on", 7, "a tuple of strings"),
        ("accept_status", 403, "HTTP status codes"),
        ("accept_status", (403, True), "HTTP status codes"),
        ("headers", {"example.org": {"X-A": 1}}, "mapping of domain"),
        ("headers", [("example.org", "X-A", "1")], "mapping of domain"),
        ("cache_path", b"cache.sqlite", "a path"),
    ],
)
def test_option_type_problem_names_what_the_option_takes(name: str, value: object, says: str) -> None:
    problem = option_type_problem(name, value)
    assert problem is not None
    assert says in problem
    with pytest.raises(ConfigError, match=f"^{name} must be"):
        Config(**{name: value})


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("user_agent", "bot/1"),
        ("allow_private", True),
        ("respect_robots", False),
        ("include", ["news"]),  # a list of patterns, as callers have written it
        ("exclude", ()),
        ("allow_hosts", ("127.0.0.1:8080",)),
        ("fail_on", frozenset({"dead"})),
        ("accept_status", {403, 200}),
        ("accept_status", frozenset()),
        ("headers", {"example.org": {"X-A": "1"}}),
        ("headers", {}),
        ("cache_path", None),
        ("cache_path", "cache.sqlite"),
        ("cache_path", Path("cache.sqlite")),
        ("workers", 4),  # a number: the numeric checks' own business
    ],
)
def test_option_type_problem_leaves_well_typed_values_alone(name: str, value: object) -> None:
    assert option_type_problem(name, value) is None
    Config(**{name: value})


def test_the_defaults_and_the_command_lines_shapes_pass() -> None:
    config = Config()
    for name in OPTIONS:
        assert option_type_problem(name, getattr(config, name)) is None
    Config(allow_hosts=("a.example:80",), include=(), accept_status=frozenset([404]))


# --- unknown_option_message ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("timeout", "read_timeout"),
        ("date_tolerance", "date_tolerance_days"),
        ("accept", "accept_status"),
        ("header", "headers"),
        ("cache", "cache_path"),
        ("no_pin", "pin_processes"),
        ("per-host", "per_host"),
        ("wrokers", "workers"),
        ("Workers", "workers"),
    ],
)
def test_an_unknown_option_names_the_option_meant(name: str, meant: str) -> None:
    message = unknown_option_message(name, OPTIONS)
    assert message == f"Config has no option {name!r}; did you mean {meant!r}?"
    with pytest.raises(TypeError, match=f"did you mean '{meant}'"):
        Config(**{name: 1})
    with pytest.raises(TypeError, match=f"did you mean '{meant}'"):
        Config().evolve(**{name: 1})


def test_an_option_like_none_lists_them_all() -> None:
    message = unknown_option_message("colour_scheme", OPTIONS)
    assert message.startswith("Config has no option 'colour_scheme'; the options are: user_agent, headers")
    assert "cache_ttl" in message


def test_known_options_signature_pickles_and_positional_misuse_are_as_before() -> None:
    config = Config(workers=3, read_timeout=5.0)
    assert config.evolve(per_host=1).per_host == 1
    assert pickle.loads(pickle.dumps(config)) == config
    assert "workers" in inspect.signature(Config).parameters
    with pytest.raises(TypeError):
        Config(3)  # type: ignore[misc]


# --- caller_hooks --------------------------------------------------------------------------------------


class _NotCallableFetch:
    fetch = "not a method"


@pytest.mark.parametrize(
    ("fetcher", "on_result", "says"),
    [
        (object(), None, "fetcher must have a fetch(url) method"),
        (_NotCallableFetch(), None, "fetcher must have a fetch(url) method"),
        (None, [], "on_result must be a callable taking a Result, got list []"),
        (None, "print", "on_result must be a callable"),
    ],
)
def test_caller_hooks_refuses_by_name(fetcher: object, on_result: object, says: str) -> None:
    with pytest.raises(TypeError, match=says.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        caller_hooks(fetcher, on_result)


class _Fetcher:
    def fetch(self, url: str) -> FetchResult:
        return FetchResult(url=url, final_url=url, status_code=200)


def test_caller_hooks_leaves_callables_alone() -> None:
    seen: list[Any] = []
    caller_hooks(None, None)
    caller_hooks(_Fetcher(), seen.append)
    caller_hooks(_Fetcher(), lambda result: None)
    caller_hooks(None, functools.partial(print, end=""))
    caller_hooks(None, _Fetcher)  # a class is callable


# --- Citation's text fields -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", b"A title"),
        ("outlet", 42),
        ("note", ["a note"]),
        ("quote", b"words"),
        ("archive_url", Path("/tmp/copy.html")),
        ("source", Path("notes/sources.txt")),
        ("source", None),
    ],
)
def test_a_citation_refuses_a_text_field_that_is_not_a_string(field: str, value: object) -> None:
    with pytest.raises(TypeError, match=f"^Citation {field} must be a str"):
        Citation("https://example.org/a", **{field: value})


class _Text(str):
    pass


def test_a_citation_leaves_strings_none_and_str_subclasses_alone() -> None:
    Citation("https://example.org/a")
    Citation(
        "https://example.org/a",
        title=_Text("A title"),
        outlet="Example News",
        note="",
        quote="words",
        archive_url="https://web.archive.org/web/2020/https://example.org/a",
        source=_Text("a.md"),
    )


# --- text_argument, source_argument, _as_partial ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (b"https://example.org/a", "got bytes (b'https://example.org/a'); decode it first"),
        (bytearray(b"x"), "got bytearray"),
        (Path("sources.txt"), "not a path: got PosixPath('sources.txt'); read it first: read_sources(path)"),
        (None, "got NoneType: None"),
    ],
)
def test_text_argument_refuses_by_name(value: object, says: str) -> None:
    with pytest.raises(TypeError) as info:
        text_argument(value, "parse_sources", "read_sources(path)")
    assert str(info.value).startswith("parse_sources() takes the text")
    assert says in str(info.value)


def test_text_argument_leaves_strings_alone() -> None:
    assert text_argument("", "f", "") == ""
    text = _Text("https://example.org/a")
    assert text_argument(text, "f", "") is text


def test_source_argument_reads_a_path_and_refuses_what_names_no_file() -> None:
    assert source_argument("a.md") == "a.md"
    assert source_argument(Path("notes") / "a.md") == "notes/a.md"
    assert source_argument(PurePosixPath("x/y.txt")) == "x/y.txt"
    for bad in (None, 5, b"a.md"):
        with pytest.raises(TypeError, match=r"^source must be a str or a path"):
            source_argument(bad)


def test_parsers_give_citations_a_string_source_from_a_path() -> None:
    (parsed,) = parse_sources("https://example.org/a\n", Path("s.txt"))  # type: ignore[arg-type]
    (lazy,) = iter_sources(["https://example.org/a"], Path("s.txt"))  # type: ignore[arg-type]
    (extracted,) = extract_citations("See https://example.org/a here.", source=Path("a.txt"))  # type: ignore[arg-type]
    assert (parsed.source, lazy.source, extracted.source) == ("s.txt", "s.txt", "a.txt")
    assert parsed == parse_sources("https://example.org/a\n", "s.txt")[0]


def test_as_partial_refuses_a_string_and_reads_dates() -> None:
    with pytest.raises(TypeError, match=r"article_date must be .*PartialDate\.parse\('2020-01-09'\)"):
        _as_partial("2020-01-09")  # type: ignore[arg-type]
    assert _as_partial(None) is None
    assert _as_partial(PartialDate(2020, 1)) == PartialDate(2020, 1)
    assert _as_partial(dt.date(2020, 1, 9)) == PartialDate(2020, 1, 9)
    assert _as_partial(dt.datetime(2020, 1, 9, 23, 0)) == PartialDate(2020, 1, 9)
