"""Config files, mirrored by CLI flags: ``linkcheck.toml``, or ``[tool.linkcheck]`` in ``pyproject.toml``.

Precedence: built-in defaults < the config file < command-line flags (repeatable list flags such as
``--include`` add to the file's list). The file is found in the current directory (``linkcheck.toml`` first,
then a ``pyproject.toml`` with a ``[tool.linkcheck]`` table), or named with ``--config``; ``--no-config``
ignores it. Keys are the long flag names, with ``-`` or ``_`` (every long flag but ``--config``,
``--no-config``, ``--verbose``, ``--quiet``, ``--help`` and ``--version``; ``no-pin = true`` is ``--no-pin``),
each value read as its flag reads it (the same bounds and choices); a mistake is named by the file and the
line that sets the key::

    [tool.linkcheck]
    include = ['^https://']
    exclude = ['web\\.archive\\.org']
    accept = [200, 403]                 # status codes treated as ok
    user-agent = "our-newsroom-linkcheck/1.0 (+https://example.org/contact)"
    workers = 8
    per-host = 1
    timeout = 20                        # read timeout, seconds
    connect-timeout = 10
    deadline = 60
    fail-on = "+blocked"                # or a list: ["dead", "soft_404"]
    state = ".linkcheck/state.json"     # relative paths are relative to this file
    fail-after = 3
    cache = ".linkcheck/cache.sqlite"
    cache-ttl = 86400
    output = {junit = "reports/linkcheck.xml", markdown = "reports/linkcheck.md"}

    [tool.linkcheck.headers."paywalled.example.com"]
    Authorization = "env:PAYWALL_TOKEN"  # read from the environment; sent only to that domain

Secrets: a header value ``env:NAME`` is read from the environment variable ``NAME`` when the run starts. It is
sent only to that domain and its subdomains (the fetcher picks headers per hop, so never across a redirect to
another host), it is not stored in the HTTP cache (responses to requests carrying configured headers are not
cached), and it is never printed: values are :class:`Secret` strings whose ``repr`` is ``'***'``, and errors
name the variable, never the value.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from linkcheck.argtypes import at_least, regex
from linkcheck.config import MAX_DAYS, MAX_SECONDS, parse_fail_on
from linkcheck.errors import ConfigError
from linkcheck.lazyre import lazy_re

__all__ = [
    "CACHE_TTL_DEFAULT",
    "CONFIG_FILES",
    "Secret",
    "add_settings_options",
    "find_config",
    "load_settings",
    "parse_args_with_settings",
    "parse_header",
    "parse_in_any_order",
    "parse_output",
    "resolve_headers",
    "setting_line",
]

CONFIG_FILES = ("linkcheck.toml", "pyproject.toml")
_DURATION_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
#: ``--cache-ttl``'s default: a day.
CACHE_TTL_DEFAULT = 86400.0


class Secret(str):
    """A string that never shows itself in a ``repr`` (so not in a logged ``Config`` either)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


# --- flags ----------------------------------------------------------------------------------------------


_at_least_one = at_least(int, 1)
_days = at_least(float, 0.0, " days", most=float(MAX_DAYS))


def _duration(text: str) -> float:
    """Seconds, with an optional unit: ``90``, ``90s``, ``15m``, ``12h``, ``7d``."""
    raw = text.strip().lower()
    factor = _DURATION_UNITS.get(raw[-1:], 1)
    number = raw[:-1] if raw[-1:] in _DURATION_UNITS else raw
    try:
        value = float(number) * factor
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a duration such as 3600, 90m, 12h or 1d, got {text!r}"
        ) from None
    if not 0 < value <= MAX_SECONDS:
        raise argparse.ArgumentTypeError(f"expected a positive duration of at most ten years, got {text!r}")
    return value


def _codes(text: str) -> list[int]:
    codes: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or not 100 <= int(part) <= 999:
            raise argparse.ArgumentTypeError(f"expected HTTP status codes such as 200,403, got {part!r}")
        codes.append(int(part))
    return codes


def parse_header(text: str) -> tuple[str, str, str]:
    """``DOMAIN=NAME:VALUE`` (``VALUE`` may be ``env:VARIABLE``) -> ``(domain, name, value)``."""
    domain, sep, rest = text.partition("=")
    name, sep2, value = rest.partition(":")
    if not sep or not sep2 or not domain.strip() or not name.strip():
        raise argparse.ArgumentTypeError(
            "expected DOMAIN=NAME:VALUE, e.g. example.com=Authorization:env:TOKEN"
        )
    return domain.strip().lower(), name.strip(), value.strip()


def parse_output(text: str) -> tuple[str | None, str]:
    """``PATH`` or ``FORMAT=PATH`` -> ``(format or None, path)``."""
    fmt, sep, path = text.partition("=")
    if sep and re.fullmatch(r"[a-z]+", fmt):
        return fmt, path
    return None, text


def add_settings_options(parser: argparse.ArgumentParser) -> None:
    """The flags this module adds: config file, CI memory and cache, accepted codes, headers, output style."""
    conf = parser.add_argument_group("configuration file")
    choose = conf.add_mutually_exclusive_group()  # a file named and every file ignored: which was meant?
    choose.add_argument(
        "--config",
        metavar="PATH",
        help="read settings from this TOML file (default: ./linkcheck.toml, else [tool.linkcheck] in "
        "./pyproject.toml)",
    )
    choose.add_argument("--no-config", action="store_true", help="ignore configuration files")

    ci = parser.add_argument_group("scheduled runs")
    ci.add_argument(
        "--state", metavar="PATH", help="remember each URL's failures across runs in this JSON file"
    )
    ci.add_argument(
        "--fail-after",
        type=_at_least_one,
        default=1,
        metavar="N",
        help="with --state: a dead link only warns until it has failed N runs in a row (default: 1)",
    )
    ci.add_argument(
        "--grace",
        type=_days,
        default=0.0,
        metavar="DAYS",
        help="with --state: a dead link only warns until it has been failing for DAYS days (default: 0)",
    )
    ci.add_argument(
        "--cache", metavar="PATH", help="HTTP cache (SQLite file): pages that were fine are not re-fetched"
    )
    ci.add_argument(
        "--cache-ttl",
        type=_duration,
        default=CACHE_TTL_DEFAULT,
        metavar="DURATION",
        help="with --cache: how long a cached page stays fresh: seconds, or 90m, 12h, 7d (default: 1d)",
    )

    extra = parser.add_argument_group("site quirks")
    extra.add_argument(
        "--accept",
        type=_codes,
        action="extend",
        default=[],
        metavar="CODES",
        help="HTTP status codes to treat as ok, comma-separated (e.g. 403 for a site that blocks bots)",
    )
    extra.add_argument(
        "--header",
        type=parse_header,
        action="append",
        default=[],
        metavar="DOMAIN=NAME:VALUE",
        help="send a header to DOMAIN and its subdomains only; VALUE env:VAR reads it from the environment",
    )

    look = parser.add_argument_group("terminal")
    look.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text report (default: auto: on a terminal, unless NO_COLOR is set or TERM is "
        "dumb; FORCE_COLOR set colours it through a pipe too)",
    )
    look.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on stderr (default: auto: when stderr is a terminal)",
    )
    talk = look.add_mutually_exclusive_group()  # more and less at once: neither can be honoured
    talk.add_argument(
        "-v", "--verbose", action="count", default=0, help="say more on stderr (repeat for debug logs)"
    )
    talk.add_argument(
        "-q", "--quiet", action="store_true", help="no progress or summary on stderr, only errors"
    )


# --- files ----------------------------------------------------------------------------------------------


def find_config(directory: Path) -> tuple[Path, Mapping[str, Any]] | None:
    """The config file in ``directory`` and its linkcheck table, or ``None``."""
    for name in CONFIG_FILES:
        path = directory / name
        if not path.is_file():
            continue
        data = _read_toml(path)
        if name == "linkcheck.toml":
            tool = data.get("tool")
            nested = tool.get("linkcheck") if isinstance(tool, dict) else None
            return path, nested if isinstance(nested, dict) else data
        tool = data.get("tool")
        if isinstance(tool, dict) and isinstance(tool.get("linkcheck"), dict):
            return path, tool["linkcheck"]
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    # ``tomllib`` (Python 3.11+) or its backport ``tomli`` (a dependency on 3.10 only), the same API: imported
    # by the run that reads a file (~2 ms of import that a run without one does not pay).
    tomllib: Any = importlib.import_module("tomllib" if sys.version_info >= (3, 11) else "tomli")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        # A UTF-8 byte-order mark (what Windows editors write) is no TOML, but the file means the same without
        # it; any other byte that is not UTF-8 is named as the manifest's are (a UTF-16 file by its mark).
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        from linkcheck.sources import not_utf8

        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(str(not_utf8(str(path), raw[:4], raw[exc.start], exc.start, line))) from None
    try:
        data: dict[str, Any] = tomllib.loads(text)
        return data
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}{toml_line_shown(str(exc), text)}") from None


def toml_line_shown(message: str, text: str) -> str:
    """The line a TOML parser's error points at (``... (at line 3, column 12)``), shown after it
    (``; line 3: workers = 8``): the parser's words (``Cannot overwrite a value``) name no key, and a user
    should not have to count lines to see which one (cli7). ``''`` when the message names no line of
    ``text``."""
    import re

    found = re.search(r"\bat line (\d+)", message)
    lines = text.splitlines()
    if found is None or not 1 <= int(found.group(1)) <= len(lines):
        return ""
    shown = lines[int(found.group(1)) - 1].strip()
    return f"; line {found.group(1)}: {shown[:120]}" if shown else ""


def _check(path: Path, key: str, value: object, kind: type | tuple[type, ...], what: str) -> Any:
    if isinstance(value, bool) and kind is not bool and not (isinstance(kind, tuple) and bool in kind):
        raise ConfigError(f"{path}: {key}: expected {what}, got {value!r}")
    if not isinstance(value, kind):
        raise ConfigError(f"{path}: {key}: expected {what}, got {value!r}")
    return value


def _strings(path: Path, key: str, value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = _check(path, key, value, list, "a list of strings")
    for item in items:
        _check(path, key, item, str, "a list of strings")
    return list(items)


def _regexes(path: Path, key: str, value: object) -> list[str]:
    patterns = _strings(path, key, value)
    for pattern in patterns:
        try:
            regex(pattern)
        except argparse.ArgumentTypeError as exc:
            raise ConfigError(f"{path}: {key}: {exc}") from None
    return patterns


def _number(path: Path, key: str, value: object, *, positive: bool = True) -> float:
    number = float(_check(path, key, value, (int, float), "a number"))
    if number < 0 or (positive and number == 0):
        raise ConfigError(f"{path}: {key}: expected a {'positive' if positive else 'non-negative'} number")
    return number


def _integer(path: Path, key: str, value: object, *, minimum: int = 0) -> int:
    number = int(_check(path, key, value, int, "a whole number"))
    if number < minimum:
        raise ConfigError(f"{path}: {key}: expected {minimum} or more, got {number}")
    return number


def _size(path: Path, key: str, value: object) -> int:
    if isinstance(value, str):
        units = {"k": 1024, "m": 1024**2, "g": 1024**3}
        raw = value.strip().lower().removesuffix("b").removesuffix("i")
        factor = units.get(raw[-1:], 1)
        try:
            number = int(float(raw[:-1] if raw[-1:] in units else raw) * factor)
        except ValueError:
            raise ConfigError(f"{path}: {key}: expected a size such as 5M, got {value!r}") from None
        return _integer(path, key, number, minimum=1)
    return _integer(path, key, value, minimum=1)


def _file_duration(path: Path, key: str, value: object) -> float:
    if isinstance(value, str):
        try:
            return _duration(value)
        except argparse.ArgumentTypeError as exc:
            raise ConfigError(f"{path}: {key}: {exc}") from None
    return _number(path, key, value)


def _choice(path: Path, key: str, value: object, choices: Sequence[str]) -> str:
    if value not in choices:
        raise ConfigError(f"{path}: {key}: expected one of {', '.join(choices)}, got {value!r}")
    return str(value)


def _relative(path: Path, value: str) -> str:
    """A path from the file, relative to the file's directory."""
    target = Path(value).expanduser()
    return str(target if target.is_absolute() else path.parent / target)


def _headers(path: Path, value: object) -> list[tuple[str, str, str]]:
    table = _check(path, "headers", value, dict, "a table of domains")
    out: list[tuple[str, str, str]] = []
    for domain, headers in table.items():
        _check(path, f"headers.{domain}", headers, dict, "a table of header names")
        for name, header_value in headers.items():
            _check(path, f"headers.{domain}.{name}", header_value, str, "a string")
            out.append((domain.strip().lower(), name.strip(), header_value))
    return out


def _fail_on(path: Path, value: object) -> frozenset[str]:
    text = value if isinstance(value, str) else ",".join(_strings(path, "fail-on", value)) or "none"
    try:
        return parse_fail_on(text)
    except ConfigError as exc:
        raise ConfigError(f"{path}: fail-on: {str(exc).removeprefix('--fail-on: ')}") from None


def _outputs(path: Path, value: object) -> list[str]:
    table = _check(path, "output", value, dict, "a table of FORMAT = PATH")
    return [
        f"{fmt}={_relative(path, _check(path, f'output.{fmt}', target, str, 'a path'))}"
        for fmt, target in table.items()
    ]


#: Every key the file accepts -> (argparse destination, converter).
_KEYS: dict[str, tuple[str, Any]] = {
    "include": ("include", lambda p, v: _regexes(p, "include", v)),
    "exclude": ("exclude", lambda p, v: _regexes(p, "exclude", v)),
    "accept": (
        "accept",
        lambda p, v: [
            _integer(p, "accept", c, minimum=100)
            for c in _check(p, "accept", v, list, "a list of status codes")
        ],
    ),
    "headers": ("header", _headers),
    "user_agent": ("user_agent", lambda p, v: _check(p, "user-agent", v, str, "a string")),
    "workers": ("workers", lambda p, v: _integer(p, "workers", v, minimum=1)),
    "per_host": ("per_host", lambda p, v: _integer(p, "per-host", v, minimum=1)),
    "timeout": ("timeout", lambda p, v: _number(p, "timeout", v)),
    "read_timeout": ("timeout", lambda p, v: _number(p, "read-timeout", v)),
    "connect_timeout": ("connect_timeout", lambda p, v: _number(p, "connect-timeout", v)),
    "deadline": ("deadline", lambda p, v: _number(p, "deadline", v)),
    "max_time": ("max_time", lambda p, v: _number(p, "max-time", v)),
    "retries": ("retries", lambda p, v: _integer(p, "retries", v)),
    "retry_after_cap": ("retry_after_cap", lambda p, v: _integer(p, "retry-after-cap", v)),
    "host_down_after": ("host_down_after", lambda p, v: _integer(p, "host-down-after", v)),
    "max_redirects": ("max_redirects", lambda p, v: _integer(p, "max-redirects", v)),
    "max_bytes": ("max_bytes", lambda p, v: _size(p, "max-bytes", v)),
    "allow_hosts": ("allow_host", lambda p, v: _strings(p, "allow-hosts", v)),
    "allow_host": ("allow_host", lambda p, v: _strings(p, "allow-host", v)),
    "respect_robots": ("respect_robots", lambda p, v: _check(p, "respect-robots", v, bool, "true or false")),
    "keep_going": ("keep_going", lambda p, v: _check(p, "keep-going", v, bool, "true or false")),
    "fail_on": ("fail_on", _fail_on),
    "title_threshold": ("title_threshold", lambda p, v: _number(p, "title-threshold", v, positive=False)),
    "date_tolerance": ("date_tolerance", lambda p, v: _integer(p, "date-tolerance", v)),
    "format": ("format", lambda p, v: _check(p, "format", v, str, "a format name")),
    "output": ("output", _outputs),
    "state": ("state", lambda p, v: _relative(p, _check(p, "state", v, str, "a path"))),
    "fail_after": ("fail_after", lambda p, v: _integer(p, "fail-after", v, minimum=1)),
    "grace": ("grace", lambda p, v: _number(p, "grace", v, positive=False)),
    "cache": ("cache", lambda p, v: _relative(p, _check(p, "cache", v, str, "a path"))),
    "cache_ttl": ("cache_ttl", lambda p, v: _file_duration(p, "cache-ttl", v)),
    "color": ("color", lambda p, v: _choice(p, "color", v, ("auto", "always", "never"))),
}


#: Long flags that are no setting of a file: the file itself, and what says more or less on one terminal.
_NOT_SETTINGS = frozenset({"help", "version", "config", "no_config", "verbose", "quiet"})


def _flag_action(parser: argparse.ArgumentParser | None, key: str) -> argparse.Action | None:
    """The action of the long flag ``--KEY`` (``key`` with ``_`` or ``-``) in ``parser``, if it has one."""
    if parser is None or key in _NOT_SETTINGS:
        return None
    return parser._option_string_actions.get("--" + key.replace("_", "-"))


def _through_flag(path: Path, key: str, value: object, action: argparse.Action) -> Any:
    """``value`` read as the flag ``action`` reads its text: the same type, bounds and choices, so a file can
    hold no value its flag would refuse (``title-threshold = 1.5``, ``retries = -1``). A switch
    (``--allow-private``, ``--no-pin``) takes ``true`` or ``false``, ``--no-pin = true`` storing its
    destination's ``False``. Lists and tables are left to the file's own converters."""
    name = key.replace("_", "-")
    if isinstance(action, (argparse._StoreTrueAction, argparse._StoreFalseAction)):
        on = _check(path, name, value, bool, "true or false")
        return on if isinstance(action, argparse._StoreTrueAction) else not on
    if isinstance(value, datetime.date):  # a TOML date, written unquoted: the flag's text for it
        value = value.isoformat()
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return value
    text = str(value)
    if action.choices is not None and text not in action.choices:
        raise ConfigError(
            f"{path}: {name}: expected one of {', '.join(map(str, action.choices))}, got {value!r}"
        )
    if callable(action.type):
        try:
            return action.type(text)
        except (argparse.ArgumentTypeError, ValueError) as exc:
            raise ConfigError(f"{path}: {name}: {exc}") from None
    return value


def setting_line(text: str, key: str) -> int | None:
    """The line of ``text`` (a TOML file) that sets ``key`` (written with ``-`` or ``_``, bare or quoted) in
    the file's top level or its ``[tool.linkcheck]`` table, or ``None``. Only for an error's message: the
    TOML reader gives values, not where they were written."""
    spelled = "[-_]".join(re.escape(part) for part in re.split(r"[-_]", key))
    setting = re.compile(rf"\s*([\"']?){spelled}\1\s*=")
    table: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("[") and not stripped.startswith("[["):
            table = re.sub(r"[\s\"']", "", stripped.strip("[]").split("#", 1)[0])
            continue
        if (table is None or table == "tool.linkcheck") and setting.match(line):
            return number
    return None


def _at_its_line(path: Path, key: str, error: ConfigError) -> ConfigError:
    """``error`` (``PATH: ...``) with the line that sets ``key`` after the path, when it can be found."""
    message = str(error)
    try:
        line = setting_line(path.read_text(encoding="utf-8-sig"), key)
    except (OSError, UnicodeDecodeError):
        line = None
    if line is None or not message.startswith(f"{path}: "):
        return error
    return ConfigError(f"{path}:{line}: {message.removeprefix(f'{path}: ')}")


def load_settings(
    path: Path, table: Mapping[str, Any], parser: argparse.ArgumentParser | None = None
) -> dict[str, Any]:
    """The file's settings as argparse defaults (destination -> value), validated; unknown keys are errors,
    named with their line. With ``parser`` (the command's), a key is also any long flag of it (keys are the
    long flag names: ``allow-private``, ``processes``, ``input-format``...), and a value is read as its flag
    reads it too (its bounds and choices)."""
    defaults: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        action = _flag_action(parser, key)
        try:
            if key not in _KEYS and action is None:
                known = ", ".join(sorted({k.replace("_", "-") for k in _KEYS} | _flag_keys(parser)))
                raise ConfigError(f"{path}: unknown setting {raw_key!r}; known settings: {known}")
            if action is not None:
                read = _through_flag(path, key, value, action)  # the flag's bounds, for the file's keys too
                if key not in _KEYS:
                    defaults[action.dest] = read
                    continue
            dest, convert = _KEYS[key]
            defaults[dest] = convert(path, value)
        except ConfigError as exc:
            raise _at_its_line(path, raw_key, exc) from None
    return defaults


def _flag_keys(parser: argparse.ArgumentParser | None) -> set[str]:
    """The long flags of ``parser`` a file may set (for the unknown-key message)."""
    if parser is None:
        return set()
    return {
        option[2:]
        for option in parser._option_string_actions
        if option.startswith("--") and option[2:].replace("-", "_") not in _NOT_SETTINGS
    }


#: Stands in for the inputs after ``--`` while the arguments before it are parsed; an argument from the
#: operating system cannot hold a NUL, so it is never one the user gave.
_INPUTS_AFTER_DASHES = "\x00inputs after --"


def parse_in_any_order(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace:
    """Parse ``argv`` whose options and inputs (the positional ``inputs``) come in any order, as every GNU
    tool takes them: ``linkcheck a.txt --no-config b.txt --format json``, a shell's history line with an
    option added at its end. ``parse_args`` gives ``INPUT`` only the inputs before the first option and
    refuses the rest as "unrecognized arguments". Everything after the first bare ``--`` is an input, even
    one named like an option; ``parse_intermixed_args`` (Python 3.11) refuses ``--opt -- -file`` when no input
    comes before the ``--``, so those inputs are set aside while the rest is parsed and put back after it."""
    args = list(argv)
    if "--" not in args:
        return parser.parse_intermixed_args(args)
    cut = args.index("--")
    after = args[cut + 1 :]
    namespace = parser.parse_intermixed_args([*args[:cut], _INPUTS_AFTER_DASHES])
    namespace.inputs = [item for item in namespace.inputs if item != _INPUTS_AFTER_DASHES] + after
    if not namespace.inputs:
        inputs = next(action for action in parser._actions if action.dest == "inputs")
        parser.error(f"the following arguments are required: {inputs.metavar or 'inputs'}")
    return namespace


def parse_args_with_settings(
    parser: argparse.ArgumentParser, argv: Sequence[str], *, cwd: Path | None = None
) -> tuple[argparse.Namespace, Path | None]:
    """Parse ``argv`` with the config file's settings as defaults; returns the namespace and the file used
    (options and inputs in any order: :func:`parse_in_any_order`)."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--config")
    pre.add_argument("--no-config", action="store_true")
    known, _ = pre.parse_known_args(argv)
    found: tuple[Path, Mapping[str, Any]] | None = None
    if known.config and not known.no_config:
        path = Path(known.config)
        if path.is_dir():  # cli7: it was named "no such file", which it is not
            raise ConfigError(
                f"--config {path}: is a directory; name the TOML file in it, e.g. {path / 'linkcheck.toml'}"
            )
        if not path.is_file():
            raise ConfigError(f"--config {path}: no such file")
        data = _read_toml(path)
        tool = data.get("tool")
        table = (
            tool["linkcheck"] if isinstance(tool, dict) and isinstance(tool.get("linkcheck"), dict) else data
        )
        found = (path, table)
    elif not known.no_config:
        found = find_config(cwd or Path.cwd())
    if found is not None:
        parser.set_defaults(**load_settings(*found, parser))
    return parse_in_any_order(parser, argv), (found[0] if found else None)


# --- secrets --------------------------------------------------------------------------------------------

_BAD_VALUE = lazy_re(r"[\r\n\x00]|^\s")
_TOKEN = lazy_re(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def resolve_headers(
    specs: Sequence[tuple[str, str, str]], env: Mapping[str, str] | None = None
) -> dict[str, dict[str, str]]:
    """``(domain, name, value)`` triples -> ``Config.headers``; ``env:NAME`` values read from ``env``.

    Errors name the header and the variable, never the value. A variable that is set but empty is refused
    too: a CI secret the job may not read (a fork's pull request) arrives empty, and the header would be
    sent with no value, its pages reported walled for no reason the report could give.
    """
    env = os.environ if env is None else env
    out: dict[str, dict[str, str]] = {}
    for domain, name, spec in specs:
        if not _TOKEN.match(name):
            raise ConfigError(f"header for {domain}: {name!r} is not a valid header name")
        if spec.startswith("env:"):
            variable = spec[4:].strip()
            if variable not in env:
                raise ConfigError(f"header {name} for {domain}: environment variable {variable} is not set")
            value = env[variable]
            if not value.strip():
                raise ConfigError(f"header {name} for {domain}: environment variable {variable} is empty")
            origin = f"environment variable {variable}"
        else:
            value = spec
            origin = "its value"
        if _BAD_VALUE.search(value):
            raise ConfigError(
                f"header {name} for {domain}: {origin} contains a line break, NUL or leading space"
            )
        out.setdefault(domain, {})[name] = Secret(value)
    return out
