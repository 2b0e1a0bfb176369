"""The command line: argv -> Config -> library -> renderer -> exit code, and nothing else.

Exit codes: 0 when no citation fails, 1 when any does, 2 for usage or input errors.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import functools
import gc
import glob
import io
import os
import re
import signal
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NoReturn, TextIO, TypeVar

from linkcheck import __version__, affinity
from linkcheck.argtypes import at_least, fraction, more_than, regex, size, web_address
from linkcheck.article_formats import detect_format
from linkcheck.config import DEFAULT_FAIL_ON, MAX_SECONDS, Config, parse_fail_on
from linkcheck.errors import ConfigError, InputError, LinkcheckError, ManifestError
from linkcheck.lazyre import lazy_re
from linkcheck.models import (
    NOT_INCLUDED,
    Cause,
    Citation,
    PartialDate,
    Report,
    Result,
    count_result,
    summarize,
    unplaced,
)
from linkcheck.offload import Offload
from linkcheck.parallel import SHARD_MIN_URLS, Sizing, processes_for
from linkcheck.report import FORMATS
from linkcheck.settings import (
    CACHE_TTL_DEFAULT,
    add_settings_options,
    parse_args_with_settings,
    parse_in_any_order,
    parse_output,
    resolve_headers,
)
from linkcheck.sources import CITATION_KEYS, KEY_ALIASES, LINE_BREAK, line_ends, not_text, not_utf8

if TYPE_CHECKING:
    from linkcheck.fetch import Fetcher

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
_T = TypeVar("_T")

INPUT_FORMATS = ("auto", "sources", "text", "markdown", "html", "wikitext")

_DEFAULTS = Config()

CHECK_EPILOG = f"""\
examples:
  linkcheck sources.txt                       check a manifest (see docs/sources-format.md)
  linkcheck article.txt --article-date 2020-01-09
  linkcheck 'content/**/*.md' --format json --output report.json
  linkcheck sources.txt --output junit=linkcheck.xml --output markdown=summary.md
  linkcheck sources.txt --state .linkcheck/state.json --fail-after 3 --cache .linkcheck/cache.sqlite
  linkcheck extract article.txt > sources.txt  write the manifest an article implies

--fail-on takes statuses and finding kinds, comma-separated ('none' for nothing), or +/- changes to the
default ({",".join(sorted(DEFAULT_FAIL_ON))}), e.g. --fail-on -dead,+blocked.
Given more than once, its values are joined: --fail-on +blocked --fail-on -dead is +blocked,-dead.

exit codes: 0 nothing failed, 1 some citation failed, 2 usage or input error (a report that cannot be
written too), 130 interrupted, 143 terminated (SIGTERM), 141 standard output closed by its reader.
"""


_positive_float = more_than(float, 0.0)
_seconds = more_than(float, 0.0, " seconds", most=float(MAX_SECONDS))
_cap_seconds = at_least(int, 0, " seconds", most=MAX_SECONDS)
_count = at_least(int, 0)
_at_least_one = at_least(int, 1)
_size = size


def _partial_date(text: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="how to read the inputs (default: auto, from the extension and content)",
    )
    parser.add_argument(
        "--article-date",
        type=_partial_date,
        metavar="DATE",
        help="the citing article's date (YYYY-MM-DD), when the article does not state it",
    )
    parser.add_argument(
        "--base-url",
        type=web_address,
        metavar="URL",
        help="the article's own address (http or https), to resolve its relative links (a saved HTML page's,"
        " a Markdown or reStructuredText source's)",
    )


class _OneFormat(argparse.Action):
    """``--format``, given at most once on the command line (or repeated with the same value): the run has one
    ``--format`` report, so ``--format json -o a.json --format junit -o b.xml`` would write JUnit into both
    files. The config file's ``format`` is a default, which the flag replaces as usual."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        given = getattr(namespace, "_format_given", None)
        if given is not None and given != values:
            parser.error(
                f"argument --format: given twice ({given}, {values}); a run has one --format report: "
                "write more with --output FORMAT=PATH"
            )
        namespace._format_given = values
        setattr(namespace, self.dest, values)


def option_hint(message: str, options: Iterable[str]) -> str:
    """A hint for argparse's ``unrecognized arguments: --wrkers 3`` naming the long options close to each
    unknown one (``; did you mean --workers?``), as git and cargo answer a mistyped option: argparse (3.11)
    names the word only, and its usage lists sixty options to search. ``''`` when nothing is close, or for
    any other message."""
    import difflib

    prefix = "unrecognized arguments: "
    if not message.startswith(prefix):
        return ""
    longs = sorted(option for option in options if option.startswith("--"))
    meant: list[str] = []
    for word in message[len(prefix) :].split():
        typed = word.split("=", 1)[0]
        if not typed.startswith("--") or typed in longs:
            continue
        meant += [
            near for near in difflib.get_close_matches(typed, longs, n=1, cutoff=0.75) if near not in meant
        ]
    return f"; did you mean {' or '.join(meant)}?" if meant else ""


class FittedHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's raw description and epilog (the examples keep their columns), but fitted to the terminal
    when they are wider than it: the raw formatter printed the description and the notes after the options
    at their written width (140 columns), so ``--help`` in a narrow window wrapped mid-word (cli7). A
    paragraph of prose wider than the terminal is wrapped as one; an indented line (an example) alone, its
    continuation two spaces further in; a word too long for a line (a list of choices) is broken after a
    comma. Any line still wider than the terminal (the usage's or an option's ``{auto,sources,...}``) is
    broken after a comma of its choices the same way.
    argparse sets the width from ``COLUMNS`` (less two). Only when a width is known (``COLUMNS`` set, or
    standard output a terminal): a help read by a program (``--help | grep``, a test of the docs) keeps the
    description, the notes and the lists of choices whole, as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if not _terminal_width_known():
            return super()._fill_text(text, width, indent)
        width = max(20, width)
        blocks: list[list[str]] = [[]]
        for line in text.splitlines():
            if line.strip():
                blocks[-1].append(line)
            elif blocks[-1]:
                blocks.append([])
        out: list[str] = []
        for block in blocks:
            if not block:
                continue
            if out:
                out.append("")
            if all(len(indent) + len(line) <= width for line in block):
                out += [indent + line for line in block]
            elif not any(line[:1].isspace() for line in block):
                out += _wrap(" ".join(block), width, indent, indent)
            else:
                for line in block:
                    lead = indent + line[: len(line) - len(line.lstrip())]
                    out += (
                        _wrap(line.strip(), width, lead, lead + "  ")
                        if len(indent + line) > width
                        else [indent + line]
                    )
        return "\n".join(out) + ("\n" if text.endswith("\n") else "")

    def format_help(self) -> str:
        if not _terminal_width_known():
            return super().format_help()
        width = max(20, self._width)
        lines: list[str] = []
        for line in super().format_help().split("\n"):
            while len(line) > width and "," in line[: width - 1]:
                cut = line.rindex(",", 0, width - 1) + 1
                lead = " " * (len(line) - len(line.lstrip()) + 2)
                lines.append(line[:cut])
                line = lead + line[cut:]
            lines.append(line)
        return "\n".join(lines)


def _terminal_width_known() -> bool:
    """Whether ``--help`` is shown at a width the user has: ``COLUMNS`` set (a shell exports it), or
    standard output a terminal."""
    if os.environ.get("COLUMNS", "").strip():
        return True
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except (OSError, ValueError, AttributeError):
        return False


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    """``text`` wrapped to ``width`` (:class:`FittedHelpFormatter`): at spaces, and after a comma inside a
    word too long for a line."""
    import textwrap

    class _Wrapper(textwrap.TextWrapper):
        def _split(self, text: str) -> list[str]:
            chunks = super()._split(text)
            return [piece for chunk in chunks for piece in re.split(r"(?<=,)(?=[^\s,])", chunk) if piece]

    wrapper = _Wrapper(
        width=width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return wrapper.wrap(text)


class _Parser(argparse.ArgumentParser):
    """The command's parser: argparse's own, with :func:`option_hint` added to an unknown option's error."""

    def error(self, message: str) -> NoReturn:
        super().error(message + option_hint(message, self._option_string_actions))


def build_parser() -> argparse.ArgumentParser:
    """The ``linkcheck`` (check) parser; ``linkcheck extract`` has its own (:func:`build_extract_parser`)."""
    p = _Parser(
        prog="linkcheck",
        description="Verify the sources an article cites: fetch every cited URL, read its title and dates, "
        "and report dead, moved and mismatched citations.",
        epilog=CHECK_EPILOG,
        formatter_class=FittedHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"linkcheck {__version__}")
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="sources.txt manifests or article files (.txt, .md, .html, .wiki, .rst, .adoc); "
        "globs like 'content/**/*.md'; - for standard input",
    )
    _add_input_options(p)
    p.add_argument(
        "--keep-going",
        action="store_true",
        help="report a malformed manifest line, or an input that cannot be read (not UTF-8, a broken link), "
        "as a failed result and check the rest (default: stop, exit 2)",
    )

    out = p.add_argument_group("output")
    out.add_argument(
        "--format",
        choices=list(FORMATS),
        default="text",
        action=_OneFormat,
        help="report format (default: text); once: more formats with --output FORMAT=PATH",
    )
    out.add_argument(
        "--output",
        "-o",
        action="append",
        default=[],
        metavar="[FORMAT=]PATH",
        help="write the --format report to PATH instead of stdout (once); FORMAT=PATH writes another format "
        f"too (repeatable; formats: {', '.join(FORMATS)})",
    )
    out.add_argument(
        "--fail-on",
        type=parse_fail_on_arg,
        metavar="ITEMS",
        help="statuses and finding kinds that fail the run (see below)",
    )

    net = p.add_argument_group("fetching")
    net.add_argument(
        "--workers",
        type=_at_least_one,
        default=_DEFAULTS.workers,
        help=f"URLs fetched at once (default: {_DEFAULTS.workers})",
    )
    net.add_argument(
        "--per-host",
        type=_at_least_one,
        default=_DEFAULTS.per_host,
        help=(
            "URLs fetched at once from one host (its name in any spelling; http and https of one name,"
            " ports 80 and 443, are one host); a redirect to another host takes a slot of that host, in a"
            f" run over several processes in its own process only (default: {_DEFAULTS.per_host})"
        ),
    )
    net.add_argument(
        "--processes",
        type=_at_least_one,
        metavar="N",
        help="processes sharing the work, hosts split between them (default: one per usable core for runs of "
        "1,000 URLs or more, or of more than 1 MB of articles, which a helper process reads; else 1; started "
        "while an input over 100 KB is read); never more than --workers, which they share; 1 keeps it all in "
        "one",
    )
    net.add_argument(
        "--no-pin",
        dest="pin",
        action="store_false",
        help="let the kernel move the checking processes between cores (default, on Linux: each keeps to a "
        "core of its own while it is busy and there are cores enough, which saves its threads 14-40%% of "
        "their CPU)",
    )
    net.add_argument(
        "--timeout",
        type=_seconds,
        default=_DEFAULTS.read_timeout,
        metavar="SECONDS",
        help=f"longest wait for any read from a server (default: {_DEFAULTS.read_timeout:g})",
    )
    net.add_argument(
        "--connect-timeout",
        type=_seconds,
        default=_DEFAULTS.connect_timeout,
        metavar="SECONDS",
        help=f"longest wait to connect (default: {_DEFAULTS.connect_timeout:g})",
    )
    net.add_argument(
        "--deadline",
        type=_seconds,
        default=_DEFAULTS.deadline,
        metavar="SECONDS",
        help=f"wall-clock limit per URL, retries and redirects included (default: {_DEFAULTS.deadline:g})",
    )
    net.add_argument(
        "--max-time",
        type=_seconds,
        metavar="SECONDS",
        help="wall-clock limit for the whole run; links not checked by then are reported as skipped",
    )
    net.add_argument(
        "--retries",
        type=_count,
        default=_DEFAULTS.retries,
        help=f"retries for transient failures (default: {_DEFAULTS.retries}; a plain 500 at most 1)",
    )
    net.add_argument(
        "--host-down-after",
        type=_count,
        default=_DEFAULTS.host_down_after,
        metavar="N",
        help="after N links of one host in a row get no answer in time (no connection, or no reply to the "
        "request) while it answers none of its other links, report its other links as timeouts without "
        "requesting them; after N in a row rate limited to the end of their retries while it serves none of "
        f"its other links, as rate limited; 0: never (default: {_DEFAULTS.host_down_after})",
    )
    net.add_argument(
        "--retry-after-cap",
        type=_cap_seconds,
        default=int(_DEFAULTS.retry_after_cap),
        metavar="SECONDS",
        help=f"longest Retry-After honoured; longer waits are reported, not slept "
        f"(default: {_DEFAULTS.retry_after_cap:g})",
    )
    net.add_argument(
        "--max-redirects",
        type=_count,
        default=_DEFAULTS.max_redirects,
        help=f"redirect hops followed (default: {_DEFAULTS.max_redirects})",
    )
    net.add_argument(
        "--max-bytes",
        type=_size,
        default=_DEFAULTS.max_bytes,
        metavar="SIZE",
        help=f"largest page body read, e.g. 5M (default: {_DEFAULTS.max_bytes // 1024**2}M)",
    )
    net.add_argument("--user-agent", default=_DEFAULTS.user_agent, help="the User-Agent header sent")
    net.add_argument(
        "--include",
        action="append",
        type=regex,
        default=[],
        metavar="REGEX",
        help="check only URLs matching REGEX (repeatable)",
    )
    net.add_argument(
        "--exclude",
        action="append",
        type=regex,
        default=[],
        metavar="REGEX",
        help="skip URLs matching REGEX (repeatable)",
    )
    net.add_argument(
        "--allow-private",
        action="store_true",
        help="fetch loopback, private and link-local addresses too "
        "(off by default: links are untrusted input)",
    )
    net.add_argument(
        "--respect-robots",
        action="store_true",
        help="honour robots.txt (fetched once per site); disallowed links are skipped",
    )
    net.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="HOST[:PORT]",
        help="let this origin through the private-address guard (repeatable)",
    )

    judge = p.add_argument_group("judging")
    judge.add_argument(
        "--title-threshold",
        type=fraction,
        default=_DEFAULTS.title_threshold,
        metavar="SCORE",
        help=f"minimum title similarity, 0 to 1 (default: {_DEFAULTS.title_threshold:g})",
    )
    judge.add_argument(
        "--date-tolerance",
        type=_count,
        default=_DEFAULTS.date_tolerance_days,
        metavar="DAYS",
        help=f"days a cited date may differ from the page's (default: {_DEFAULTS.date_tolerance_days})",
    )
    add_settings_options(p)
    return p


#: A ``--fail-on`` value that removes from the default (``-dead``, ``-dead,+blocked``): argparse would take
#: it, given as the next argument, for an option. No option is a single dash and a word of two letters or
#: more, so such a word after ``--fail-on`` is its value (``-v``, ``-q``, ``-o`` stay options).
_FAIL_ON_MINUS = lazy_re(r"-[a-z][a-z0-9_]+(?:\s*,\s*[+-][a-z][a-z0-9_]+)*", re.IGNORECASE)


def attach_fail_on_values(argv: Sequence[str]) -> list[str]:
    """``argv`` with ``--fail-on -dead`` written ``--fail-on=-dead``, as argparse reads it (arguments after
    ``--`` are left alone)."""
    out: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            out.extend(argv[i:])
            break
        if arg == "--fail-on" and i + 1 < len(argv) and _FAIL_ON_MINUS.fullmatch(argv[i + 1]):
            out.append(f"--fail-on={argv[i + 1]}")
            i += 2
            continue
        out.append(arg)
        i += 1
    return out


def join_fail_on_values(argv: Sequence[str]) -> list[str]:
    """``argv`` with every ``--fail-on`` value joined into one, ``--fail-on A --fail-on B`` read as
    ``--fail-on=A,B`` where the last one stood (arguments after ``--`` are left alone). argparse keeps only
    the last value of an option given twice; for ``--fail-on``, whose ``+``/``-`` items are changes to the
    default, that dropped the first in silence: a wrapper's ``--fail-on +blocked`` before a user's
    ``--fail-on -dead`` let blocked links pass. Joined, both changes apply (``+blocked,-dead``); plain items
    add up (``dead`` and ``soft_404``); a plain item beside a change is the usage error ``--fail-on
    dead,+blocked`` is. Run after :func:`attach_fail_on_values`, so that a ``-dead`` value is attached; a
    ``--fail-on`` without a value (at the end, before ``--`` or another option) is left for argparse."""
    values: list[str] = []
    out: list[str] = []
    last = -1
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            break
        if arg.startswith("--fail-on="):
            values.append(arg.removeprefix("--fail-on="))
            last = len(out)
            i += 1
            continue
        following = argv[i + 1] if i + 1 < len(argv) else "--"
        if arg == "--fail-on" and not following.startswith("-"):
            values.append(following)
            last = len(out)
            i += 2
            continue
        out.append(arg)
        i += 1
    if len(values) < 2:
        return list(argv)
    out.insert(last, "--fail-on=" + ",".join(values))
    return out + list(argv[i:])


def stdout_encoding(
    encoding: str | None, errors: str | None, *, machine: bool, chosen: str | None
) -> tuple[str, str] | None:
    """The encoding and error handler standard output should have, or None to leave it as it is.

    Under a locale without UTF-8 (``LC_ALL=C`` with Python's UTF-8 mode off: ``PYTHONUTF8=0``, an embedded
    or a system interpreter), standard output is ASCII and the first Cyrillic title or URL ended the run in
    a ``UnicodeEncodeError`` traceback, the report lost. The C locale is no choice of an encoding (Python
    itself reads it as UTF-8 by default, PEP 540), so an ASCII stream is made UTF-8. Under another locale's
    8-bit encoding (a Latin-1 or cp1251 terminal, chosen), a machine report (JSON, JSON Lines, JUnit, SARIF,
    Markdown, annotations) and ``extract``'s manifest are still UTF-8, the encoding their formats are read
    in (a manifest must be UTF-8, docs/sources-format.md), and the text report keeps the locale's encoding,
    a character it lacks written as its ``\\u`` escape (nothing crashes, nothing is lost). ``chosen`` is
    ``PYTHONIOENCODING``: an encoding the user named is kept, with escapes unless it names its own error
    handler (``ascii:replace``). A UTF encoding is left alone."""
    try:
        name = codecs.lookup(encoding or "utf-8").name
    except LookupError:
        return None
    if name.startswith("utf"):
        return None
    if chosen:
        return None if ":" in chosen or errors == "backslashreplace" else (name, "backslashreplace")
    if name == "ascii" or machine:
        return ("utf-8", "strict")
    return None if errors == "backslashreplace" else (name, "backslashreplace")


def fit_stdout(*, machine: bool) -> None:
    """Set standard output's encoding by :func:`stdout_encoding`, before anything is written to it."""
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper):
        return
    fitted = stdout_encoding(
        stream.encoding, stream.errors, machine=machine, chosen=os.environ.get("PYTHONIOENCODING")
    )
    if fitted is not None:
        stream.reconfigure(encoding=fitted[0], errors=fitted[1])


def parse_fail_on_arg(text: str) -> frozenset[str]:
    try:
        return parse_fail_on(text)
    except LinkcheckError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--fail-on: ")) from None


def config_from_args(args: argparse.Namespace) -> Config:
    """Build the :class:`Config` the parsed options describe."""
    return Config(
        user_agent=args.user_agent,
        connect_timeout=args.connect_timeout,
        read_timeout=args.timeout,
        deadline=args.deadline,
        max_time=args.max_time,
        max_redirects=args.max_redirects,
        max_bytes=args.max_bytes,
        retries=args.retries,
        retry_after_cap=float(args.retry_after_cap),
        host_down_after=args.host_down_after,
        workers=args.workers,
        per_host=args.per_host,
        processes=args.processes,
        pin_processes=args.pin,
        allow_private=args.allow_private,
        allow_hosts=tuple(args.allow_host),
        respect_robots=args.respect_robots,
        include=tuple(args.include),
        exclude=tuple(args.exclude),
        fail_on=args.fail_on if args.fail_on is not None else DEFAULT_FAIL_ON,
        title_threshold=args.title_threshold,
        date_tolerance_days=args.date_tolerance,
        headers=resolve_headers(args.header),
        accept_status=frozenset(args.accept),
        cache_path=args.cache,
        cache_ttl=args.cache_ttl,
    )


def expand_inputs(patterns: Sequence[str]) -> list[str]:
    """Expand globs (``**`` included, each directory walked once: :func:`~linkcheck.globs.glob_paths`); a
    pattern that matches nothing is an error naming it. A file named twice (by two globs, or a glob and its
    own name, or through a link) is read once, where it first came, and so is standard input (``- -``: read
    again, it was empty, and said "no citations found"). A broken link a glob matches is an input
    (its error names it when it is read): an article whose file was moved is not passed over in silence."""
    from linkcheck.globs import glob_paths

    paths: list[str] = []
    seen: set[tuple[int, int]] = set()
    for pattern in patterns:
        if pattern == "-" and "-" in paths:  # standard input read a second time is empty: once, as a file is
            continue
        if pattern == "-" or not glob.has_magic(pattern):
            key = _file_key(pattern)
            if key is None or key not in seen:
                paths.append(pattern)
            if key is not None:
                seen.add(key)
            continue
        found = False
        for match in glob_paths(pattern):
            key = _file_key(match)
            if key is None and os.path.exists(match):  # a directory, a pipe: only files are a glob's inputs
                continue
            if key is None:  # a broken link, or gone since: read, it says so
                found = True
                paths.append(match)
                continue
            found = True
            if key not in seen:
                seen.add(key)
                paths.append(match)
        if not found:
            raise LinkcheckError(f"{pattern}: no files match")
    return paths


def _file_key(path: str) -> tuple[int, int] | None:
    """The identity (device, inode) of the regular file ``path``; ``None`` for standard input, anything
    else (a directory, a pipe) or a path that cannot be looked at (its error comes when it is read)."""
    if path == "-":
        return None
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return (status.st_dev, status.st_ino) if stat.S_ISREG(status.st_mode) else None


def _cannot_read(path: str, exc: OSError) -> InputError:
    if isinstance(exc, IsADirectoryError):
        pattern = os.path.join(path, "**", "*.md")
        return InputError(
            f"{path}: is a directory; name its articles by a glob in quotes, e.g. '{pattern}' "
            "(or *.html, *.txt, *.wiki)"
        )
    reason = f"cannot read: {exc.strerror or exc}" + (
        (url_hint(path) or dash_hint(path) or subcommand_hint(path))
        if isinstance(exc, FileNotFoundError)
        else ""
    )
    return InputError(f"{path}: {reason}", source=path, reason=reason)


def url_hint(path: str) -> str:
    """A hint for a missing input that is a web address (``linkcheck https://...``, ``linkcheck extract
    https://...``, as other link checkers take one, cli5): the inputs are files, so it was named only as
    a file that does not exist, and the user was left to guess what to give instead. ``''`` for any other
    name (a file's name never holds ``://`` on its own)."""
    if not path[:8].lower().startswith(("http://", "https://")):
        return ""
    return (
        "; it is a URL, and linkcheck reads files (a manifest or an article): check one link with "
        f"'echo {path} | linkcheck -', or save the page and give its file with '--base-url {path}'"
    )


#: Dashes a word processor or a web page puts where a command had ``--``: hyphen, non-breaking hyphen,
#: figure dash, en dash, em dash, horizontal bar, minus sign, small and full-width hyphen-minus.
TYPOGRAPHIC_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


def dash_hint(path: str) -> str:
    """A hint for a missing input that is an option pasted with a typographic dash (``—format``,
    ``–-format``, ``−−format``: a command copied from a document, cli7): taken for a file, it was named only
    as missing. Names the option it stands for; ``''`` for a name that does not start with such a dash."""
    if not path or path[0] not in TYPOGRAPHIC_DASHES:
        return ""
    word = path.lstrip(TYPOGRAPHIC_DASHES + "-").split("=", 1)[0]
    if not word:
        return ""
    meant = f"-{word}" if len(word) == 1 else f"--{word}"
    return f"; it starts with a typographic dash ({path[0]!r}), not '-': did you mean {meant}?"


def subcommand_hint(path: str) -> str:
    """A hint for a missing input that is a subcommand mistyped (``linkcheck extarct story.md``): read as a
    file to check, it is named only as missing, and the user is left to guess why. Only a bare word close to
    one (no directory, no extension); ``''`` otherwise."""
    import difflib

    if os.sep in path or "/" in path or "." in path:
        return ""
    if path.lower() in ("help", "version"):  # cli7: ``linkcheck help`` as git and go take it
        return f"; did you mean linkcheck --{path.lower()}?"
    near = difflib.get_close_matches(path.lower(), list(SUBCOMMANDS), n=1, cutoff=0.7)
    return f"; did you mean 'linkcheck {near[0]} ...'?" if near else ""


def _read_text(path: str, fmt: str = "auto") -> str:
    """A file's text, or standard input's for ``-``: UTF-8 (a byte-order mark dropped), else an error naming
    the first byte that is not (standard input's bytes are read as they are, whatever the locale says); an
    HTML page (``fmt`` ``html``, or ``auto`` and read as one) that is not UTF-8 in the charset its
    ``<meta>`` declares (:func:`_declared_html`)."""
    try:
        if path == "-":
            if sys.stdin is None:  # started with it closed (``<&-``): Python leaves it None
                reason = "cannot read: standard input is closed"
                raise InputError(f"<stdin>: {reason}", source="<stdin>", reason=reason)
            buffer: BinaryIO | None = getattr(sys.stdin, "buffer", None)
            if buffer is None:  # a text stream put in its place (a caller's, a test's): already decoded
                return sys.stdin.read()
            data = buffer.read()
        else:
            data = Path(path).read_bytes()
    except OSError as exc:
        raise _cannot_read(_source_name(path), exc) from None
    return _decoded(_source_name(path), data, fmt)


def _decoded(source: str, data: bytes, fmt: str = "auto") -> str:
    """``data`` read as UTF-8 (a byte-order mark dropped), else, for an HTML page that declares its charset,
    in that (:func:`_declared_html`), else an error naming the first byte that is not UTF-8. A Word document
    (``.docx``) is read as its body's XML (:func:`_word_text`; added after the seed26 probe)."""
    if data.startswith((_ZIP_MAGIC, _OLE_MAGIC)) and (word := _word_text(source, data)) is not None:
        return word
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _declared_html(source, data, fmt) if fmt in ("auto", "html") else None
        if declared is None:
            body = exc.object  # after a UTF-8 byte-order mark, which the offset does not count
            raise not_utf8(
                source, data[:4], body[exc.start], exc.start, line_ends(body[: exc.start]) + 1
            ) from None
        text = declared
    nul = data.find(b"\0")
    if nul >= 0:
        raise not_text(source, data, nul)
    return text


#: A ZIP archive's first bytes (a ``.docx`` is one) and an OLE compound file's (an encrypted ``.docx``: Word
#: writes a document with a password as such a file holding ``EncryptedPackage``; a ``.doc`` is one too).
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
#: Suffixes of Word's packages (a ZIP archive of XML parts).
_WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
#: Bounds on a Word package read (:func:`_word_text`): its members, and the bytes each part read declares
#: once inflated (a document of a thousand pages is some tens of megabytes of XML).
_MAX_DOCX_MEMBERS = 5_000
_MAX_DOCX_PART = 100_000_000


def _word_text(source: str, data: bytes) -> str | None:
    """The XML text of the Word document ``data`` (the file ``source``), read from its archive: the body with
    its links' addresses, footnotes and endnotes (:func:`linkcheck.articles._xmldoc.docx_package_text`).
    ``None`` for an archive that is no Word document (no ``word/document.xml``: an ``.odt``, an EPUB) and for
    an OLE file not named as a Word package and holding no encrypted package (a ``.doc``). An error naming
    the file for a broken archive named as Word's, an encrypted document, or one over the bounds (its members
    :data:`_MAX_DOCX_MEMBERS`, a part's size :data:`_MAX_DOCX_PART`)."""
    import io
    import zipfile

    named = source.lower().endswith(_WORD_SUFFIXES)

    def refused(reason: str) -> InputError:
        return InputError(f"{source}:1: {reason}", source=source, line=1, reason=reason)

    if data.startswith(_OLE_MAGIC):
        if named or "EncryptedPackage".encode("utf-16-le") in data[:1_000_000]:
            raise refused(
                "an encrypted (password-protected) Word document: remove its password (in Word, File > Info"
                " > Protect Document > Encrypt with Password) and save it again, or save it as a web page"
                " (.html)"
            )
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > _MAX_DOCX_MEMBERS:
                if not named:
                    return None
                raise refused(
                    f"a Word document of {len(members):,} archive members: more than the"
                    f" {_MAX_DOCX_MEMBERS:,} read"
                )
            present = {member.filename: member for member in members}
            if "word/document.xml" not in present:
                return None
            parts: dict[str, str] = {}
            from linkcheck.articles._xmldoc import DOCX_PARTS, docx_package_text

            for name in DOCX_PARTS:
                member = present.get(name)
                if member is None:
                    continue
                if member.file_size > _MAX_DOCX_PART:
                    raise refused(
                        f"a Word document whose {name} is {member.file_size:,} bytes once unpacked: more than"
                        f" the {_MAX_DOCX_PART:,} read"
                    )
                with archive.open(member) as handle:
                    parts[name] = handle.read(_MAX_DOCX_PART + 1).decode("utf-8", "replace")
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        EOFError,
        OSError,
        ValueError,
    ) as exc:
        if not named:
            return None
        raise refused(
            f"a broken Word document (its ZIP archive cannot be read: {exc}); save it again"
        ) from None
    return docx_package_text(parts)


def _declared_html(source: str, data: bytes, fmt: str) -> str | None:
    """The text of ``data``, which is not UTF-8, in the charset its ``<meta charset>`` (or ``http-equiv``)
    declares in its first bytes, when it is an HTML page (``fmt`` ``html``, or read as one by its name or
    its text) with no UTF-8 byte-order mark and every byte is one of that charset's: a page saved from a
    site that serves a legacy charset, which browsers read by that declaration. ``None`` otherwise (a
    declaration in a Markdown or plain text file, or of UTF-8, names nothing the bytes are in)."""
    from linkcheck.extract.decode import meta_charset

    if data.startswith(codecs.BOM_UTF8):
        return None
    codec = meta_charset(data)
    if codec is None or codec == "utf-8":
        return None
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    if fmt != "html" and detect_format(source, text) != "html":
        return None
    return text


#: Bytes of a file read to tell an article from a manifest (:func:`_article_text`).
SNIFF_BYTES = 8192


def _article_text(path: str) -> str | None:
    """The text of the file ``path``, read once, when its first lines show that it is no manifest (see
    :func:`looks_like_manifest`): an article, which pass 1 reads whole anyway. ``None`` when it may be one
    (every line read so far is a manifest's, or its start is not UTF-8): a manifest is read line by line,
    never whole, and its errors are reported as before. Errors: those of :func:`_read_text`."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
            whole = len(head) < SNIFF_BYTES
            if not _no_manifest(head, whole) and not _declares_charset(head):
                return None
            data = head if whole else head + handle.read()
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    return _decoded(path, data)


def _declares_charset(head: bytes) -> bool:
    """Does ``head``, a file's first bytes, declare a charset as an HTML page does (``<meta charset>``)? Such
    a file is no manifest: it is read whole, as an article, so that :func:`_declared_html` may read it."""
    from linkcheck.extract.decode import meta_charset

    return meta_charset(head) is not None


def _no_manifest(head: bytes, whole: bool) -> bool:
    """Does ``head``, a file's first bytes (``whole``: all of them), show that the file is no manifest, as
    :func:`looks_like_manifest` would read the whole file: a meaningful line that is not a manifest's? A line
    that the end of ``head`` may have cut counts only when its start decides (:data:`_URL_START_MAX`
    characters, not ``|``)."""
    if head.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        return True  # a Word document, or an archive :func:`_decoded` names: read whole
    try:
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=whole)
    except UnicodeDecodeError:
        return False
    parts = manifest_lines(text)
    cut = None if whole or not parts else parts.pop()
    if any(not _manifest_line(line) for line in _meaningful(parts)):
        return True
    if cut is not None:
        start = cut.lstrip()
        if len(start) >= _URL_START_MAX and not start.startswith("|") and not _manifest_line(start):
            return True
    return False


def _file_lines(path: str) -> Generator[str, None, None]:
    """The lines of a UTF-8 file (a byte-order mark dropped), each ending in ``\\n``, read as they are
    needed: memory does not grow with the file. Errors are those of :func:`_read_text`."""
    try:
        with open(path, encoding="utf-8-sig", newline=None) as handle:
            yield from handle
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    except UnicodeDecodeError:
        raise _undecodable(path) from None


def _undecodable(path: str) -> InputError:
    """The error :func:`_read_text` would raise for the file ``path``, which is not UTF-8: the first byte that
    is not (its offset counted after a byte-order mark, as there) and its line, found in one read of the
    file in pieces."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    fed = ends = 0  # bytes given to the decoder, and the line ends among them
    last = b""  # the byte before the next piece: a CR LF split between pieces is one line end
    try:
        with open(path, "rb") as handle:
            start = handle.read(4)
            handle.seek(len(codecs.BOM_UTF8) if start.startswith(codecs.BOM_UTF8) else 0)
            while True:
                chunk = handle.read(1 << 16)
                pending = len(decoder.getstate()[0])  # undecoded bytes from before; the error counts them
                try:
                    decoder.decode(chunk, final=not chunk)
                except UnicodeDecodeError as exc:
                    at = exc.start - pending  # in this piece (negative: in the pending bytes, no line end)
                    if at > 0:
                        ends += line_ends(last + chunk[:at]) - line_ends(last)
                    line = ends + 1
                    return not_utf8(path, start, exc.object[exc.start], fed - pending + exc.start, line)
                if not chunk:
                    return not_utf8(path, start, 0, fed, ends + 1)  # not reached unless the file changed
                ends += line_ends(last + chunk) - line_ends(last)
                last = chunk[-1:]
                fed += len(chunk)
    except OSError as exc:
        raise _cannot_read(path, exc) from None


def manifest_lines(text: str) -> list[str]:
    """``text``'s lines as the manifest reader splits them (:data:`linkcheck.sources.LINE_BREAK`: LF, CR LF
    and CR only).

    Why not ``str.splitlines`` (reports4): it also ends a line at a form feed, a vertical tab, ``\\x1c``-
    ``\\x1e``, NEL (U+0085) and U+2028/U+2029, which the reader keeps inside a line (a title pasted from a
    CMS holds them). A manifest whose title held one was split there, its tail read as a line that is no
    manifest's, and the whole file read as an article: its cited titles, dates and outlets silently lost. A
    text with none of CR or an inner LF is returned as its one line without a pattern's cost."""
    if "\r" not in text and text.find("\n", 0, len(text) - 1) < 0:
        return [text] if text else []
    return LINE_BREAK.split(text)


def _meaningful(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        for part in manifest_lines(line):
            stripped = part.strip()
            if stripped and not stripped.startswith("#"):
                yield stripped


#: A manifest line's first word is a URL: ``://`` in it, within the line's first :data:`_URL_START_MAX`
#: characters, with no bracket before it. Why the brackets (site4): a Markdown link's words and its
#: address hold no space when the words are one word (``[Filters](https://...)``), nor does wikitext's
#: ``[https://...`` or an autolink ``<https://...>``; a Markdown file of such lines under ``#`` headings
#: (which a manifest reads as comments) was read as a manifest, and every line was an error. Why the braces
#: (seed24): JSON saved compactly, as an API sends it, holds no space before its first address
#: (``{"uri":"at://...``, ``{"id":"1","url":"https://...``); read as a manifest, a Bluesky or Mastodon post
#: handed to the CLI was refused at its line 1. No manifest's address has a brace before its ``://``.
_URL_FIRST = lazy_re(r"[^\s|\[\]()<>{}]*?://")
_URL_START_MAX = 2048
#: A citation line whose URL is missing: its first field empty, its next a citation field (``| title: ...``).
_URL_MISSING = lazy_re(
    r"\|\s*(?:" + "|".join(map(re.escape, (*CITATION_KEYS, *KEY_ALIASES))) + r")\s*:", re.IGNORECASE
)
#: A citation line whose URL lacks its scheme (cli5): a host name and a path in one word
#: (``www.example.com/story``, ``127.0.0.1:8080/a``), then a citation field (``| title: ...``). Why: such a
#: line in a manifest made the whole file read as an article, whose reading passes the line over, so its
#: mistake was never named and the other lines' titles, dates and outlets were read as prose (with
#: ``--keep-going`` too: nothing said, citations lost). Read as a manifest's, the reader names the line
#: and the scheme it lacks. An article's line rarely opens with a bare host followed by ``| title:``; a
#: sentence (a space before the ``|``'s word) or a Markdown table row (opening with ``|``) is no such line.
_SCHEME_MISSING = lazy_re(
    r"[\w-]+(?:\.[\w-]+)+(?:[:/?#][^\s|\[\]()<>]*)?\s*" + _URL_MISSING.pattern, re.IGNORECASE
)


def looks_like_manifest(text: str | Iterable[str]) -> bool:
    """True when every meaningful line is a URL, an ``@article`` line or a citation line missing its URL
    (a ``sources.txt``; the manifest reader says what is wrong with the last, and where).

    ``text`` is the whole text or its lines (e.g. a file being read): lines are read only until one shows
    the text is not a manifest."""
    # _meaningful's lines and _manifest_line's test, in one loop: no generators between them (a run reads a
    # manifest's every line here before its first request). A line is split (manifest_lines) only when it
    # holds a line end inside it: a file's lines end at their one LF, which strip drops.
    for line in [text] if isinstance(text, str) else text:
        stripped = line.strip()
        if "\n" in stripped or "\r" in stripped:  # several lines (manifest_lines): each is tested
            if not all(map(_manifest_part, LINE_BREAK.split(stripped))):
                return False
        elif (
            stripped
            and not stripped.startswith(_MANIFEST_STARTS)
            and stripped[0] != "#"
            and not _manifest_line(stripped)
        ):
            return False
    return True


def _manifest_part(line: str) -> bool:
    """May ``line``, one line of a manifest's, stand in one (blank, a comment, or :func:`_manifest_line`)?"""
    stripped = line.strip()
    return not stripped or stripped[0] == "#" or _manifest_line(stripped)


#: Starts that make a line a manifest's at once: ``@article``, and a web URL's scheme, which
#: :data:`_URL_FIRST` matches up to its ``://`` (within 8 characters), as it would at greater cost.
_MANIFEST_STARTS = ("http://", "https://", "@article")


#: A citation of a scheme written without ``//`` (docs/sources-format.md: ``mailto:``, ``doi:`` are valid
#: citations, reported as skipped): the schemes a source is cited by, then no space or ``|`` at once. Without
#: it, a manifest of such lines (a newsroom's contact list, a book's DOIs) was read as an article, and its
#: citations lost ("no citations found") or, beside web URLs, only the web URLs kept. A prose line beginning
#: "Note: ..." has a space after its colon.
_OTHER_SCHEME = lazy_re(r"(?:mailto|doi|urn|tel|news|geo|magnet|xmpp|sms):[^\s|]", re.IGNORECASE)


def _manifest_line(line: str) -> bool:
    """Is ``line`` (meaningful: stripped, not a comment) one a manifest may hold?"""
    return (
        line.startswith(_MANIFEST_STARTS)
        or ((url := _URL_FIRST.match(line)) is not None and url.end() <= _URL_START_MAX)
        or _URL_MISSING.match(line) is not None
        or (line.find("|") > 0 and _SCHEME_MISSING.match(line) is not None)
        or (line.find(":", 2, 7) > 0 and _OTHER_SCHEME.match(line) is not None)  # a scheme's colon: at 2-6
    )


@dataclass(frozen=True)
class _Reading:
    """How inputs are read (the options of :func:`read_citations`): whole, or in two passes for a run that
    streams (:meth:`scan`)."""

    input_format: str = "auto"
    keep_going: bool = False
    article_date: PartialDate | None = None
    base_url: str | None = None
    #: The run's input files (resolved): a bibliography an article names that is one of them is not joined
    #: to the article's keys, its entries being the run's own citations at their lines (site6's way).
    given: frozenset[str] = frozenset()

    def read_all(self, paths: Sequence[str]) -> list[Citation]:
        citations: list[Citation] = []
        articles = 0
        for path in paths:
            try:
                fmt, found = self.read(path)
            except InputError as exc:
                if not self.keep_going:
                    raise
                citations.append(failed_input(path, exc))
                continue
            _warn_if_none(len(found), path, fmt)
            citations.extend(found)
            articles += fmt != "sources"
        self.warn_if_shared(articles)
        return citations

    def warn_if_shared(self, articles: int) -> None:
        """Say that ``--article-date`` and ``--base-url``, which describe one article, were applied to each of
        several (a glob over a site's articles): each article's own date gave way to the one given, and
        every relative link was resolved against one address."""
        if articles < 2:
            return
        if self.article_date is not None:
            print(
                f"linkcheck: warning: --article-date {self.article_date} was applied to each of the"
                f" {articles} articles read, over any date an article states:"
                " give it for one article at a time",
                file=sys.stderr,
            )
        if self.base_url is not None:
            print(
                f"linkcheck: warning: --base-url {self.base_url} resolved the relative links of each of the"
                f" {articles} articles read against that one address: give it for one article at a time",
                file=sys.stderr,
            )

    def scan(self, paths: Sequence[str], *, offload: bool = False, keep: bool = False) -> InputScan:
        """Pass 1: every input read once and checked for what stops a run (a file that cannot be read, text
        that is not UTF-8, a malformed manifest line) before anything is fetched. Manifests are parsed line
        by line and counted, so memory does not grow with them (``keep``: their citations are kept instead,
        for a run that holds every result anyway, and pass 2 does not parse them again); an article file is
        only read, decoded and its format detected. Extracting an article's citations (~0.5 ms a KB: a
        minute and more for a whole site) is left to pass 2, :meth:`InputScan.citations`, which runs while
        the links read already are checked. ``offload``: once there are articles enough to pay for it
        (:data:`OFFLOAD_MIN_CHARS`) and a second core, a helper process is started to extract them (it starts
        while pass 1 goes on)."""
        scan = InputScan(self)
        try:
            self._scan(paths, scan, offload, keep)
        except BaseException:
            scan.close()
            raise
        return scan

    def _scan(self, paths: Sequence[str], scan: InputScan, offload: bool, keep: bool) -> None:
        offload = offload and affinity.usable_core_count() > 1
        for path in paths:
            try:
                self._scan_one(path, scan, offload, keep)
            except InputError as exc:
                if not self.keep_going:
                    raise
                failed = [failed_input(path, exc)]
                _warn_unreadable(failed[0])
                scan.add(failed)
                scan.inputs.append((path, "sources", failed))

    def _scan_one(self, path: str, scan: InputScan, offload: bool, keep: bool) -> None:
        """Pass 1 over one input (see :meth:`scan`)."""
        fmt = self.input_format
        text: str | None = None  # an article's, when reading its start showed it is one
        once = path == "-" or _read_once(path)
        if not once and fmt == "auto":
            text = _article_text(path)
            if text is None:  # perhaps a manifest: read line by line, never whole
                lines = _file_lines(path)
                try:
                    fmt = "sources" if looks_like_manifest(lines) else fmt
                finally:
                    lines.close()
        if once:  # standard input, a pipe cannot be read twice: its citations are kept
            fmt, found = self.read(path)
            _warn_if_none(scan.add(found), path, fmt)
            scan.inputs.append((path, fmt, found))
        elif fmt == "sources":
            kept = list(self.manifest(path)) if keep else None
            _warn_if_none(
                scan.add_urls(self.manifest_urls(path)) if kept is None else scan.add(kept), path, fmt
            )
            scan.inputs.append((path, fmt, kept))
        else:
            if text is None:
                text = _read_text(path, fmt)
            if fmt == "auto":
                fmt = detect_format(_source_name(path), text)
            scan.inputs.append((path, fmt, None))
            scan.articles += 1
            scan.article_chars += len(text)
            if offload and scan.helper is None and scan.article_chars >= OFFLOAD_MIN_CHARS:
                formats = tuple(dict.fromkeys(f for _, f, k in scan.inputs if k is None and f != "sources"))
                prepare = functools.partial(_import_article_readers, formats)
                scan.helper = Offload(self.extract, prepare=prepare)

    def read(self, path: str) -> tuple[str, list[Citation]]:
        """One input read whole: ``(the format it was read as, its citations)``."""
        text = _read_text(path, self.input_format)
        source = _source_name(path)
        fmt = self.input_format
        if fmt == "auto" and looks_like_manifest(text):
            fmt = "sources"
        elif fmt == "auto":
            fmt = detect_format(source, text)
        return fmt, self.parse(text, source, fmt, path)

    def parse(self, text: str, source: str, fmt: str, path: str = "-") -> list[Citation]:
        from linkcheck.sources import parse_sources

        if fmt == "sources":
            return parse_sources(text, source, keep_going=self.keep_going)
        from linkcheck.articles import extract_citations

        bibliographies: dict[str, str] | None = None
        failed: list[Citation] = []
        if fmt == "markdown" and text.startswith(("---", "+++")) and "bibliography" in text:
            bibliographies, failed = _bibliographies(path, text, source, self.given)
        if "<w:hyperlink" in text and path != "-" and text.startswith("<?xml"):
            text = _with_relationships(path, text)
        found = extract_citations(
            text,
            fmt,
            source=source,
            article_date=self.article_date,
            base_url=self.base_url,
            bibliographies=bibliographies,
        )
        return failed + found if failed else found

    def extract(self, item: tuple[str, str]) -> list[Citation]:
        """The citations of the article file ``(path, format)``, read again (pass 2). An article that cannot
        be read now (changed or gone since pass 1), or whose reading fails, is one citation in error: it is
        reported, and the run goes on."""
        path, fmt = item
        source = _source_name(path)
        try:
            return self.parse(_read_text(path, fmt), source, fmt, path)
        except InputError as exc:
            message = str(exc)
        except Exception as exc:  # extraction never raises, by its tests: a bug, not a reason to stop the run
            message = (
                f"{source}: its citations could not be read ({type(exc).__name__}: {exc}): a linkcheck bug"
            )
        return [Citation(url="", source=source, error=message)]

    def manifest(self, path: str) -> Iterator[Citation]:
        """A manifest file's citations, read line by line."""
        from linkcheck.sources import iter_sources

        return self._manifest(path, iter_sources)

    def manifest_urls(self, path: str) -> Iterator[str]:
        """The URLs of :meth:`manifest`'s citations, with the same errors, without building the citations:
        for pass 1 when it only checks and counts (40% of the time)."""
        from linkcheck.sources import iter_source_urls

        return self._manifest(path, iter_source_urls)

    def _manifest(self, path: str, read: Callable[..., Iterator[_T]]) -> Iterator[_T]:
        # The file's own lines, opened as _file_lines opens them and its errors made as it makes them, but
        # read by ``read`` directly: a generator between them was resumed once a line (cost18). Nothing
        # ``read`` does with a line raises an OSError or a UnicodeDecodeError; reading the file does.
        source = _source_name(path)
        try:
            handle = open(path, encoding="utf-8-sig", newline=None)  # noqa: SIM115 - closed below
        except OSError as exc:
            raise _cannot_read(path, exc) from None
        try:
            try:
                yield from read(handle, source, keep_going=self.keep_going)
            except ManifestError:
                for _ in handle:  # an undecodable byte further on is reported instead, as when read whole
                    pass
                raise
        except OSError as exc:
            raise _cannot_read(path, exc) from None
        except UnicodeDecodeError:
            raise _undecodable(path) from None
        finally:
            handle.close()


@dataclass
class InputScan:
    """What pass 1 over the inputs learnt (:meth:`_Reading.scan`), and pass 2 (:meth:`citations`): the
    citations again, in the same order. Pass 1 keeps counts, not citations, except standard input's (it
    cannot be read twice) and, when asked, the manifests'; articles are counted as pass 2 extracts them."""

    reading: _Reading
    #: ``(path, format, citations kept)`` per input: kept for standard input, and manifests when asked.
    inputs: list[tuple[str, str, list[Citation] | None]] = field(default_factory=list)
    #: Citations counted so far: all of them once no article is left to read (:attr:`total`).
    count: int = 0
    #: Article files whose citations are still to be extracted (by pass 2), and their characters.
    articles: int = 0
    article_chars: int = 0
    #: What choosing the processes needs, counted only that far: memory stays flat.
    sizing: Sizing = field(default_factory=Sizing)
    #: The helper process that extracts the articles in pass 2, if pass 1 started one.
    helper: Offload[tuple[str, str], list[Citation]] | None = None

    def add(self, citations: Iterable[Citation]) -> int:
        """Count ``citations``; return how many there were."""
        return self.add_urls(citation.url for citation in citations)

    def add_urls(self, urls: Iterable[str]) -> int:
        """Count the citations whose URLs are ``urls``; return how many there were."""
        count, sizing, source = 0, self.sizing, iter(urls)
        if not sizing.settled:
            for url in source:
                count += 1
                sizing.add(url)
                if sizing.settled:
                    break
        for _ in source:
            count += 1
        self.count += count
        return count

    @property
    def total(self) -> int | None:
        """How many citations the inputs hold; ``None`` while articles are still to be read."""
        return None if self.articles else self.count

    def processes(self, config: Config) -> int | None:
        """How many processes the run uses; ``None`` when articles still to be read could change it. A
        site's worth of articles (:data:`OFFLOAD_MIN_CHARS`, read in a helper process) is sharded like a
        run of :data:`~linkcheck.parallel.SHARD_MIN_URLS` links without waiting for its links: counting
        them took reading ~200 articles before the first request, and its shard processes are running."""
        if self.articles and not self.sizing.settled and config.processes is None:
            if self.helper is not None:
                return processes_for(SHARD_MIN_URLS, 2, config)
            return None
        return self.sizing.processes(config)

    def citations(self, on_total: Callable[[int], None] | None = None) -> Iterator[Citation]:
        """Pass 2: the citations, in input order; manifests read again line by line, articles read and
        extracted one at a time (in the helper process, if pass 1 started one), a warning for one without
        citations. ``on_total`` is called with :attr:`total` once the last article is read."""
        articles = [(path, fmt) for path, fmt, kept in self.inputs if kept is None and fmt != "sources"]
        helper = self.helper
        try:
            extracted = iter(helper.map(articles) if helper else map(self.reading.extract, articles))
            for path, fmt, kept in self.inputs:
                if kept is not None:
                    yield from kept
                elif fmt == "sources":
                    yield from self.reading.manifest(path)
                else:
                    found = next(extracted)
                    self.count += len(found)
                    self.articles -= 1
                    _warn_if_none(len(found), path, fmt)
                    if not self.articles and on_total is not None:
                        on_total(self.count)
                    yield from found
        finally:
            self.close()

    def close(self) -> None:
        """End the helper process, if any (pass 2 does when it ends)."""
        helper, self.helper = self.helper, None
        if helper is not None:
            helper.close()
            if helper.warning:
                print(f"linkcheck: warning: reading articles: {helper.warning}", file=sys.stderr)


def _import_article_readers(formats: Sequence[str]) -> None:
    """What the helper process that reads articles imports while it waits for the first (~40 ms): the
    readers of the ``formats`` pass 1 has met so far (the others are imported if an article needs them)."""
    from linkcheck.articles import import_reader

    for fmt in formats:
        import_reader(fmt)


#: Article text from which on pass 2 extracts citations in a helper process (~0.5 s of extraction; the
#: helper starts in ~0.2 s, on another core, while pass 1 goes on).
OFFLOAD_MIN_CHARS = 1_000_000


def failed_input(path: str, exc: InputError) -> Citation:
    """An input that cannot be read (not UTF-8, a NUL byte, a broken link, no permission, a malformed manifest
    line out of parsing's reach), as the one failed citation that ``--keep-going`` reports in its place,
    at the line at fault when there is one, as a malformed manifest line is: a site's nightly run is not
    lost to one bad file, nor is the file passed over (its result fails the run)."""
    source = exc.source or _source_name(path)
    # an error raised without its reason apart (a directory named as an input) opens with the file's name:
    # it is said once (``adir: adir: adir: is a directory`` in the warning)
    reason = exc.reason or unplaced(str(exc), source)
    return Citation(url="", source=source, line=exc.line, error=f"{source}: {reason}")


def _warn_unreadable(citation: Citation) -> None:
    """Name on standard error an input that ``--keep-going`` reports as a failed result (site4): with the
    report in a file (``--format json -o``) or in a CI log's folded step, the summary's "1 fail" said
    nothing of which file an editor must mend, where ``linkcheck extract --keep-going`` names it."""
    where = f"{citation.source}:{citation.line}" if citation.line else citation.source
    said = unplaced(citation.error or "", citation.source)  # the error names the file: said once
    line = f"linkcheck: warning: {where}: {said} (reported as a failed result)"
    print(line.replace(citation.source, shown_name(citation.source)), file=sys.stderr)


def _read_once(path: str) -> bool:
    """Whether the input ``path`` is a pipe, a FIFO or a character device (``<(grep ... sources.txt)``'s
    ``/dev/fd/63``, ``/dev/stdin``): what is read from it is gone, so it is read whole once and its
    citations kept, as standard input's are (cli7: sniffing its start, then reading it again, found an empty
    manifest and passed the run). A regular file, a missing one: ``False``."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)


def _given(paths: Sequence[str]) -> frozenset[str]:
    """The run's input files, resolved (:attr:`_Reading.given`)."""
    return frozenset(os.path.realpath(path) for path in paths if path != "-")


#: The most a Word package's relationships file is read (bytes): a document's is a few kilobytes.
_MAX_RELATIONSHIPS = 4_000_000


def _with_relationships(path: str, text: str) -> str:
    """An unzipped Word document's body (``word/document.xml``) with its hyperlinks' addresses joined in from
    the package's relationships beside it (``word/_rels/document.xml.rels``), read here at the edge
    (:func:`linkcheck.articles._xmldoc.docx_with_targets`; added after the seed25 probe). ``text`` as it was
    when there is no such file or it cannot be read."""
    folder, name = os.path.split(os.path.abspath(path))
    rels = os.path.join(folder, "_rels", name + ".rels")
    try:
        with open(rels, "rb") as handle:
            data = handle.read(_MAX_RELATIONSHIPS)
        relationships = data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return text
    from linkcheck.articles._xmldoc import docx_with_targets

    return docx_with_targets(text, relationships)


def _bibliographies(
    path: str, text: str, source: str, given: frozenset[str] = frozenset()
) -> tuple[dict[str, str], list[Citation]]:
    """The texts of the bibliography files a Markdown article's front matter names (``bibliography:
    refs.bib``), each read relative to the article's file, for :func:`extract_citations` to join the
    article's ``[@key]`` citations to (reading stays pure: the files are opened here, at the edge), and a
    failed citation at the front matter's line for each that cannot be: not found, not text, or outside the
    tree checked (the current directory's and the article's own folder's: a front matter is the article's
    author's, who may not name any file on the machine). Standard input's article names nothing to read. A
    file that is one of the run's inputs (``given``) is not joined: its entries are checked at its lines."""
    from linkcheck.articles import named_bibliographies

    named = named_bibliographies(text)
    texts: dict[str, str] = {}
    failed: list[Citation] = []
    if not named:
        return texts, failed
    folder = os.path.dirname(os.path.abspath(path)) if path != "-" else None
    roots = [os.path.realpath(os.getcwd())]
    if folder is not None:
        roots.append(os.path.realpath(folder))
    for name, line in named:
        where = f"the bibliography {name!r} its front matter names"  # the report and the warning say where
        if folder is None:
            reason = "cannot be read (the article came from standard input, which has no folder)"
        else:
            target = os.path.realpath(os.path.join(folder, name))
            if not any(target == root or target.startswith(root.rstrip(os.sep) + os.sep) for root in roots):
                reason = (
                    "is outside the tree checked (the current directory and the article's folder): not read"
                )
            else:
                if target in given:
                    continue
                try:
                    texts[name] = _read_text(target, "text")
                    continue
                except InputError as exc:
                    reason = f"cannot be read ({_shown_path(target)}: {exc.reason or exc})"
        failed.append(Citation(url="", source=source, line=line, error=f"{where} {reason}"))
    return texts, failed


def _shown_path(path: str) -> str:
    """``path`` relative to the current directory when it is within it, else as it is."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def _source_name(path: str) -> str:
    """The name an input's citations are reported by: ``<stdin>`` for ``-``, else the name as it is, control
    characters and all: JSON, SARIF and JUnit carry it whole (a tool finds the file by it), and the text and
    Markdown reports escape what they print. A message on standard error names it by :func:`shown_name`."""
    return "<stdin>" if path == "-" else path


def shown_name(name: str) -> str:
    """``name`` as a message on standard error writes it: a control character (a newline, a tab, an escape)
    escaped as Python writes it (``a\\nb.txt``), so the message stays one line and prints nothing a
    terminal obeys (cli7). Only messages: the reports keep the name as it is (reports7's JSON ``source``)."""
    if any(ord(char) < 32 or ord(char) == 127 for char in name):
        return "".join(repr(char)[1:-1] if ord(char) < 32 or ord(char) == 127 else char for char in name)
    return name


def error_message(exc: LinkcheckError) -> str:
    """``str(exc)`` for standard error: the input it names (``InputError.source``) shown by
    :func:`shown_name`, the rest as written."""
    message = str(exc)
    source = exc.source if isinstance(exc, InputError) else None
    if source and (shown := shown_name(source)) != source:
        message = message.replace(source, shown)
    return message


def _warn_if_none(count: int, path: str, fmt: str) -> None:
    if not count:
        print(
            f"linkcheck: warning: {shown_name(_source_name(path))}: no citations found (read as {fmt})"
            + _sites_named(path, fmt),
            file=sys.stderr,
        )


def _sites_named(path: str, fmt: str) -> str:
    """For an article in which no link was found, the sites it names by their host alone, if any: ``; it names
    sites, not pages: ria.ru, tass.ru (...)`` (added after the seed20 probe: "Sources: ria.ru, tass.ru" gave
    no citation and no word why). ``""`` for a manifest, standard input (read once) or a file not read."""
    if fmt == "sources" or path == "-":
        return ""
    from linkcheck.articles.plaintext import bare_hosts

    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            hosts = bare_hosts(file.read(200_000))
    except OSError:
        return ""
    if not hosts:
        return ""
    return (
        f"; it names sites, not pages: {', '.join(hosts)} (a bare host name is no link: cite each source by"
        " its page's full address, https://...)"
    )


def read_citations(
    paths: Sequence[str],
    *,
    input_format: str = "auto",
    keep_going: bool = False,
    article_date: PartialDate | None = None,
    base_url: str | None = None,
) -> list[Citation]:
    """Citations from manifests and articles, in the order given."""
    return _Reading(input_format, keep_going, article_date, base_url, _given(paths)).read_all(paths)


def check_writable(files: Sequence[tuple[str, str]], inputs: Sequence[str]) -> None:
    """Refuse, before anything is read or fetched, a file the run would write (``(flag, path)``: a report,
    the state, the cache) that it cannot write: a directory, one of its ``inputs`` (the manifest would be
    replaced by its own report), a file another of them writes too, or one whose directory cannot be made or
    written in; and a ``--state`` or ``--cache`` that names a device or a FIFO (both are replaced whole, and
    a rename over ``/dev/null`` replaces the device, as root). Found when the report is written, each cost the
    whole run, and the second the manifest too. A report into a device or a FIFO is allowed (written into,
    :func:`writes_in_place`) when the path itself may be written. The directories are made (as the writing
    would make them); nothing else is left behind."""
    seen: list[tuple[str, str]] = []
    for flag, path in files:
        target = Path(path)
        if target.is_dir():
            raise ConfigError(f"{flag} {path}: is a directory; name a file in it")
        for source in inputs:
            if source != "-" and _same_file(source, path):
                raise ConfigError(f"{flag} {path}: is the input {source}; writing there would replace it")
        for other_flag, other in seen:
            if _same_file(other, path):
                raise ConfigError(f"{flag} {path}: {other_flag} {other} writes the same file")
        seen.append((flag, path))
        if writes_in_place(path):  # a device or a FIFO, written into: its own permission is what counts
            if flag != "--output":  # the state and the cache are replaced whole: a rename would replace it
                raise ConfigError(f"{flag} {path}: is not a regular file (a device or a pipe); name a file")
            if not os.access(path, os.W_OK):
                raise ConfigError(f"{flag} {path}: cannot write: permission denied")
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"{flag} {path}: {directory_error(target.parent, exc)}") from None
        try:
            handle, probe = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".probe", dir=target.parent)
            os.close(handle)
            os.unlink(probe)
        except OSError as exc:
            raise ConfigError(f"{flag} {path}: cannot write: {exc.strerror or exc}") from None


def directory_error(directory: Path, exc: OSError) -> str:
    """Why ``directory`` (a report's, the state's or the cache's) could not be made, naming the path at fault.

    Why (reports5): ``mkdir(parents=True)`` under a regular file fails with ``File exists`` (or ``Not a
    directory``), and "--output notes.txt/r.xml: cannot write: File exists" sent the user looking for a
    file ``r.xml`` that was never there; the fault is ``notes.txt``, a file where a directory is needed.
    Otherwise (no such place, ``/proc``; permission denied) the directory that could not be made is named
    with the system's reason, and a link that names nothing (a deleted target) is named as a broken link.
    All keep the ``cannot write: `` every such error opens with."""
    for ancestor in (directory, *directory.parents):
        if ancestor.is_symlink() and not ancestor.exists():
            return f"cannot write: {ancestor} is a broken link (it names nothing)"
        if ancestor.exists():
            if not ancestor.is_dir():
                return f"cannot write: {ancestor} is not a directory (a file is in the way)"
            break
    return f"cannot write: the directory {directory} cannot be made: {exc.strerror or exc}"


def cannot_write_message(path: str | None, exc: OSError) -> str:
    """The error for a report that could not be written, naming where (the ``--output`` path, or standard
    output) and why (``No space left on device``)."""
    where = "standard output" if path is None or path == "-" else f"--output {path}"
    return f"{where}: cannot write: {exc.strerror or exc}"


def _same_file(first: str, second: str) -> bool:
    """Do the two paths name one file (the same path written two ways, a link to it, or a hard link)?"""
    if Path(first).resolve() == Path(second).resolve():
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist yet
        return False


def writes_in_place(path: str | os.PathLike[str]) -> bool:
    """Is ``path`` (its link followed) something other than a regular file: a device (``/dev/stdout``,
    ``/dev/null``, ``/dev/full``), a FIFO a reader waits on, a socket? A report is written into such a path,
    as ``> path`` writes, never renamed over it: a rename would put a regular file in the device's place (as
    root, in ``/dev`` itself) and leave a FIFO's reader waiting. A path that does not exist yet, or is a
    regular file, is not (it is replaced whole, through a temporary file)."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):  # missing, a dangling link, a name the system refuses: made afresh
        return False
    return not stat.S_ISREG(mode)


def report_target(output: str) -> Path:
    """The file a report named ``output`` replaces: the path with its links followed, so that a link (a
    ``reports/latest.xml`` pointing at a dated file, a link to a device) keeps pointing where it did and the
    file it names gets the report, as a shell's ``>`` would."""
    return Path(os.path.realpath(output))


def _write(text: str | Iterable[str], output: str | None) -> None:
    """Write a report (whole, or in pieces as they are rendered) to standard output or, through a temporary
    file renamed over it, to ``output``: a run that fails half-way leaves the previous report in place. A
    device or a FIFO is written into instead (:func:`writes_in_place`)."""
    pieces = [text] if isinstance(text, str) else text
    if output is None or output == "-":
        _write_joined(sys.stdout, pieces)
        sys.stdout.flush()
        return
    target = report_target(output)
    if writes_in_place(target):
        with open(target, "w", encoding="utf-8") as stream:
            _write_joined(stream, pieces)
        return
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as file:
            _write_joined(file, pieces)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    os.replace(tmp, target)


#: Characters a report is written in at a time (:func:`_write_joined`).
WRITE_CHUNK = 1 << 20


def _write_joined(stream: TextIO, pieces: Iterable[str]) -> None:
    """Write ``pieces`` joined into strings of about :data:`WRITE_CHUNK` characters. A text stream hands its
    buffer to the system every 8 KB: piece by piece, a 10,000-result JSON report (~10 MB in 20,000 pieces)
    took ~1,300 system calls."""
    batch: list[str] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= WRITE_CHUNK:
            write_fully(stream, "".join(batch))
            batch.clear()
            size = 0
    if batch:
        write_fully(stream, "".join(batch))


def encode_report(text: str, encoding: str, errors: str) -> bytes:
    """``text.encode(encoding, errors)``, but a lone surrogate is written U+FFFD rather than raising.

    Reason: a lone surrogate can reach a report from any JSON a page or an article holds (``"\\ud83d"``
    without its pair); encoded strictly it ended the run in a traceback with no report written (the
    reports6 probe). Any other error is the encoding's own (a character a locale lacks) and is raised. The
    text is scanned only when the strict encoding failed: the ordinary report costs nothing more."""
    try:
        return text.encode(encoding, errors)
    except UnicodeEncodeError:
        from linkcheck.extract.decode import without_surrogates

        mended = without_surrogates(text)
        if mended is text:
            raise
        return mended.encode(encoding, errors)


def write_text(stream: TextIO, text: str) -> None:
    """``stream.write(text)``, a lone surrogate written U+FFFD rather than raising (:func:`encode_report`);
    a text stream encodes the whole string before it buffers any of it, so a failed write wrote nothing."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        _write_mended(stream, text)


def _write_mended(stream: TextIO, text: str) -> None:
    """:func:`write_text` once ``stream.write(text)`` raised ``UnicodeEncodeError`` (and wrote nothing): the
    text again with each lone surrogate U+FFFD, or the error raised again when it has none."""
    from linkcheck.extract.decode import without_surrogates

    mended = without_surrogates(text)
    if mended is text:
        raise
    stream.write(mended)


def write_fully(stream: TextIO, text: str) -> None:
    """Write ``text`` to ``stream``, every byte of it or an error. A text stream over an unbuffered file
    (standard output under ``PYTHONUNBUFFERED=1`` or ``python -u``, as many container images set) hands its
    bytes to one system call and drops what a short write left over: a report piped into ``head`` whose
    reader went away mid-write lost its rest without the ``BrokenPipeError`` that ends the run with 141,
    and exited 0. There, the bytes are written here until all are taken; elsewhere ``stream.write``."""
    raw = getattr(stream, "buffer", None)
    if not isinstance(raw, io.RawIOBase) or os.linesep != "\n":
        write_text(stream, text)
        return
    stream.flush()
    data = memoryview(encode_report(text, stream.encoding or "utf-8", stream.errors or "strict"))
    while data:
        taken = raw.write(data)
        if taken is None:  # a non-blocking file that takes nothing now
            raise BlockingIOError(f"{getattr(stream, 'name', 'output')}: the file takes no more bytes now")
        data = data[taken:]


def build_extract_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="linkcheck extract",
        description="Print the sources.txt manifest an article implies: every cited link with what the text "
        "says about it (title, date, outlet), for an editor to review.",
        epilog="example:\n  linkcheck extract article.txt --article-date 2020-01-09 > sources.txt",
        formatter_class=FittedHelpFormatter,
    )
    p.add_argument(
        "inputs", nargs="+", metavar="ARTICLE", help="article files or globs; - for standard input"
    )
    _add_input_options(p)
    # Why: a site's manifest was lost to one article an editor saved in Latin-1 (the check has this flag
    # since the second site probe; extract had not: the third site probe).
    p.add_argument(
        "--keep-going",
        action="store_true",
        help="write an article that cannot be read (not UTF-8, a broken link) as a comment naming the file "
        "and line at fault, and read the rest (default: stop, exit 2, nothing written)",
    )
    p.add_argument("--output", "-o", metavar="PATH", help="write the manifest to PATH instead of stdout")
    return p


def ttl_without_cache(cache_ttl: float, cache: str | None, default: float = CACHE_TTL_DEFAULT) -> bool:
    """Was a cache lifetime asked for on the command line with no cache to keep? ``--cache-ttl 2h`` alone
    would be silently dropped, the user believing pages kept for two hours, as ``--fail-after`` without
    ``--state`` would be: a usage error, as that is. ``default`` is the lifetime before the flags (a
    configuration file's ``cache-ttl``, else a day): a file may hold the lifetime for the runs that give
    ``--cache``, and the same value given again asks for nothing new."""
    return not cache and cache_ttl != default


def need_stdout(writes_there: bool) -> None:
    """Refuse, before any input is read or request made, a run whose report goes to standard output when
    the process was started with it closed (``linkcheck s.txt >&-``: Python leaves ``sys.stdout`` None,
    and the run ended in a traceback after every fetch, cli7)."""
    if writes_there and sys.stdout is None:
        raise ConfigError(
            "standard output is closed: nowhere to write the report; give --output PATH, or redirect it"
        )


def _extract_main(argv: Sequence[str]) -> int:
    from linkcheck.sources import format_sources

    args = parse_in_any_order(build_extract_parser(), argv)
    fit_stdout(machine=True)
    paths = expand_inputs(args.inputs)
    if args.output and args.output != "-":
        check_writable([("--output", args.output)], paths)
    need_stdout(args.output in (None, "-"))
    citations = read_citations(
        paths,
        input_format=args.input_format,
        keep_going=args.keep_going,
        article_date=args.article_date,
        base_url=args.base_url,
    )
    _write(format_sources(citations), args.output)
    for citation in citations:  # written as comments for the editor; said here too, or a redirect hides them
        if citation.error is not None:
            print(
                f"linkcheck: warning: {citation.where}: {unplaced(citation.error, citation.source)}"
                " (written as a comment)",
                file=sys.stderr,
            )
    return EXIT_OK


class IncludeTally:
    """Counts a run's web links and those no ``--include`` pattern matched, as the results arrive.

    A mistyped ``--include`` (``couriier``) skips every link as "excluded by you", which passes: the run
    ended green having checked nothing, and said nothing of it. The tally lets the run say so
    (:meth:`warning`). Links of other schemes (``mailto:``) never reach the patterns and are not counted.
    """

    def __init__(self, patterns: Sequence[str]) -> None:
        self.patterns = tuple(patterns)
        self.web = 0
        self.missed = 0

    def add(self, result: Result) -> None:
        if not self.patterns:
            return
        if result.reason == NOT_INCLUDED:
            self.missed += 1
            self.web += 1
        elif result.url[:5].lower() in ("http:", "https"):
            self.web += 1

    def warning(self) -> str | None:
        """The warning when the patterns matched none of the run's web links, else ``None``."""
        if not self.patterns or self.web == 0 or self.missed < self.web:
            return None
        named = " ".join(f"--include {p!r}" for p in self.patterns)
        return f"{named} matched none of the {self.web} links: nothing was checked"


def require_output_path(value: str, path: str) -> None:
    """Refuse an ``--output`` value that names no file (``json=``, ``''``, blanks).

    An empty path was read as the current directory, and the error said "--output : is a directory", naming
    neither the value typed nor what it lacks (a path after ``FORMAT=``; often a shell variable left unset).
    """
    if not path.strip():
        raise ConfigError(f"--output {value!r}: no file named; write --output FORMAT=PATH or --output PATH")


def _outputs(args: argparse.Namespace) -> list[tuple[str, str | None]]:
    """Where each report goes: ``(format, path or None for stdout)``; the ``--format`` report goes to stdout
    unless a plain ``--output PATH`` (or ``-``) names its place."""
    outputs: list[tuple[str, str | None]] = []
    main_placed = False
    for value in args.output:
        fmt, path = parse_output(value)
        if fmt is None:
            if main_placed:  # two places for the one --format report: each would get the same format
                raise ConfigError(
                    f"--output {value}: a second plain --output PATH; the --format report goes to one place: "
                    "write more reports with --output FORMAT=PATH"
                )
            fmt, main_placed = args.format, True
        elif fmt not in FORMATS:
            raise ConfigError(f"--output {value}: unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        require_output_path(value, path)
        outputs.append((fmt, None if path == "-" else path))
    if not main_placed:
        outputs.insert(0, (args.format, None))
    if sum(1 for _, path in outputs if path is None) > 1:
        raise ConfigError("--output: only one report can go to standard output")
    return outputs


class _JsonLinesStream:
    """Writes a JSON Lines report as results arrive: to stdout, or to a temporary file beside ``path`` that
    replaces ``path`` once the run is complete (a killed run never leaves half a report under its name).

    On standard output the stream always ends with its summary record: a run stopped by SIGINT or SIGTERM
    closes it with a summary of the results streamed so far and a note saying the run was stopped, so a
    reader can tell a stopped run from a stream cut short (one that ends without a summary)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.tmp: Path | None = None
        self.out: TextIO = sys.stdout
        self.counts = summarize(())
        self.started = time.monotonic()
        self.finished = False
        self.owned = False  # ``out`` is a file this stream opened (and closes)
        from linkcheck.report.jsonl import result_line

        #: Imported once here: an ``import`` statement in :meth:`_put` cost ~8k instructions a result.
        self._result_line = result_line
        #: ``write(result)``: the result's line written and counted, or neither: the summary of a stopped run
        #: counts the lines above it (a signal is held over the step: :meth:`SignalDeferral.run`). The run
        #: reads ``counts`` as its own (``check(..., counts=stream.counts)``): each result is counted once. A
        #: ``partial`` (C), so that a line costs the deferral's call and the step's, no third.
        self.write: Callable[[Result], None] = functools.partial(_DEFERRAL.run, self._put)

    def __enter__(self) -> _JsonLinesStream:
        if self.path is not None:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            target = report_target(self.path)
            in_place = writes_in_place(target)  # a device or a FIFO: streamed into (see _write)
            if not in_place:
                self.tmp = target.with_name(f".{target.name}.tmp")
            try:
                self.out = (self.tmp or target).open("w", encoding="utf-8")
            except OSError as exc:
                raise ConfigError(cannot_write_message(self.path, exc)) from None
            self.owned = True
        return self

    def _put(self, result: Result) -> None:
        """:attr:`write`'s step. The line is written by the stream's own ``write`` and mended only when that
        raises (``write_text``'s body: a call a line fewer; cost18)."""
        line = self._result_line(result)
        try:
            self.out.write(line)
        except UnicodeEncodeError:
            _write_mended(self.out, line)
        count_result(self.counts, result)

    def finish(self, report: Report) -> None:
        from linkcheck.report.jsonl import summary_line

        write_text(self.out, summary_line(report.summary, report.elapsed, report.notes))
        self.finished = True
        try:
            self.out.flush()
            if self.owned:
                self.owned = False
                self.out.close()
        except BrokenPipeError:
            raise
        except OSError as exc:
            if self.path is None:
                raise
            raise ConfigError(cannot_write_message(self.path, exc)) from None
        if self.tmp is not None and self.path is not None:
            os.replace(self.tmp, report_target(self.path))
            self.tmp = None

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if self.owned:  # the run did not finish
            self.owned = False
            with contextlib.suppress(OSError):
                self.out.close()
        if self.tmp is not None:  # the run did not finish: leave no report behind
            self.tmp.unlink(missing_ok=True)
        elif kind is not None and issubclass(kind, KeyboardInterrupt) and not self.finished:
            from linkcheck.report.jsonl import summary_line

            how = "terminated (SIGTERM)" if issubclass(kind, _Terminated) else "interrupted (SIGINT)"
            note = f"{how}: stopped before every citation was checked; this summary counts the results above"
            with contextlib.suppress(OSError, ValueError):  # standard output closed: nothing to close
                self.out.write(summary_line(self.counts, time.monotonic() - self.started, [note]))
                self.out.flush()


#: What the runs of this process built, kept to its end by :func:`run` (which ends it without freeing them);
#: ``None`` in a program that calls :func:`main`, whose runs are freed as usual.
_kept_until_exit: list[object] | None = None


def _check_main(argv: Sequence[str]) -> int:
    import logging

    from linkcheck.parallel import end_spares, processes_ahead, start_spares, tune_process
    from linkcheck.progress import Progress, cache_counts, summary_line
    from linkcheck.report import render
    from linkcheck.report.github import render_github
    from linkcheck.report.json import RenderedResults, iter_json
    from linkcheck.state import GracePolicy, apply_state, checked_keys, load_state, update_state

    parser = build_parser()
    args, config_file = parse_args_with_settings(parser, join_fail_on_values(attach_fail_on_values(argv)))
    fit_stdout(machine=args.format != "text")
    if args.verbose:
        logging.basicConfig(
            level=logging.DEBUG if args.verbose > 1 else logging.INFO,
            stream=sys.stderr,
            format="linkcheck: %(levelname)s %(name)s: %(message)s",
        )
        print(f"linkcheck: settings from {config_file or 'flags and defaults only'}", file=sys.stderr)
    outputs = _outputs(args)
    config = config_from_args(args)
    policy = GracePolicy(fail_after=args.fail_after, grace_days=args.grace)
    if policy.active and not args.state:
        raise ConfigError("--fail-after and --grace need --state PATH (where failures are remembered)")
    if ttl_without_cache(args.cache_ttl, args.cache, parser.get_default("cache_ttl")):
        raise ConfigError("--cache-ttl needs --cache PATH (the HTTP cache whose pages it keeps fresh)")
    paths = expand_inputs(args.inputs)
    written = [("--output", path) for _, path in outputs if path is not None]
    written += [(flag, path) for flag, path in (("--state", args.state), ("--cache", args.cache)) if path]
    check_writable(written, paths)
    need_stdout(any(path in (None, "-") for _, path in outputs))
    if args.cache:  # before any shard opens it: a damaged file is set aside once, and said so here
        from linkcheck.cache import set_aside_damaged_cache

        cache_warning = set_aside_damaged_cache(args.cache)
        if cache_warning:
            print(f"linkcheck: warning: {cache_warning}", file=sys.stderr)
    previous = None
    if args.state:
        previous, warning = load_state(args.state)
        if warning:
            print(f"linkcheck: warning: {warning}", file=sys.stderr)
    # JSON Lines alone, without state, streams: each result is written as it arrives and not kept.
    stream = _JsonLinesStream(outputs[0][1]) if outputs[0][0] == "jsonl" and len(outputs) == 1 else None
    if stream is not None and args.state:
        stream = None
    # The shard processes start before the input is read: forked from this process once it has imported what
    # they run (it runs the same), so the imports and their regular expressions are paid once, not twice; a
    # fresh interpreter each if this process cannot fork (see start_spares).
    start_spares(_spares_for(paths, config), fork=True)
    reading = _Reading(args.input_format, args.keep_going, args.article_date, args.base_url, _given(paths))
    # The inputs are read twice rather than held: pass 1 validates (every error is raised here, before
    # anything is fetched) and counts, pass 2 hands the citations to the checker as it takes them, and reads
    # the articles' citations meanwhile.
    # A run that holds every result keeps the manifests' citations too: they are not parsed twice.
    scan = reading.scan(paths, offload=config.processes != 1, keep=stream is None)
    reading.warn_if_shared(scan.articles)
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    progress = Progress(sys.stderr, scan.total, enabled=show and not args.quiet)
    citations = scan.citations(on_total=progress.set_total)
    processes = scan.processes(config)
    if processes is None:  # articles yet to be read: decided on the first links, as the checker would
        citations, processes = processes_ahead(citations, config)
    config = config.evolve(processes=processes)  # decided here: the checker need not count again
    if processes == 1:
        end_spares()
    from linkcheck.checker import check

    # A run sharded over processes builds a fetcher (and cache session) in each; else the CLI builds the one
    # fetcher itself, to read the cache's counters afterwards. A sharded run does not import the fetcher
    # (requests, urllib3: ~80 ms) before it starts: its shard processes get their citations that much
    # earlier, and a thread imports it for this process's own shard while the first citations come.
    sharded = processes > 1
    tune_process()
    session = None
    if config.cache_path and not sharded:
        from linkcheck.cache import make_cached_session  # requests-cache: imported only for a cached run

        session = make_cached_session(config)
    stats: dict[str, int] = {}
    included = IncludeTally(config.include)
    rendered = RenderedResults() if any(fmt == "json" for fmt, _ in outputs) else None
    own_fetcher: contextlib.AbstractContextManager[Fetcher | None] = contextlib.nullcontext(None)
    if not sharded:
        from linkcheck.fetch import Fetcher

        own_fetcher = Fetcher(config, session=session)
    malformed: list[str] = []  # --keep-going's malformed manifest lines, named after the run (README)
    # On a terminal, the text report of a run stopped by Ctrl-C shows what was checked (partial_report).
    partial = (
        stream is None
        and any(fmt == "text" and path is None for fmt, path in outputs)
        and sys.stdout.isatty()
    )
    checked: list[Result] = []
    started = time.monotonic()
    stopped: KeyboardInterrupt | None = None
    try:
        with own_fetcher as fetcher:
            if stream is None:

                def collect(result: Result) -> None:
                    progress.update(result)
                    included.add(result)
                    if rendered is not None:
                        rendered.add(result)  # rendered while the run goes, not after it
                    if partial:
                        checked.append(result)
                    if result.citation.error is not None:
                        _note_malformed(result, malformed)

                report = check(citations, config, fetcher=fetcher, on_result=collect)
            else:
                with stream:

                    def on_result(result: Result) -> None:
                        stream.write(result)
                        progress.update(result)
                        included.add(result)
                        if result.citation.error is not None:
                            _note_malformed(result, malformed)

                    # the stream counts each result it writes (stream.write), and the run reads that count
                    report = check(
                        citations,
                        config,
                        fetcher=fetcher,
                        on_result=on_result,
                        keep_passing=False,
                        counts=stream.counts,
                    )
                    stream.finish(report)
        if session is not None:
            from linkcheck.cache import cache_stats, purge_failures

            stats = dict(cache_stats(session))
            purge_failures(session, report)  # what turned out broken must be fetched afresh next time
    except KeyboardInterrupt as exc:
        if not partial or isinstance(exc, _Terminated):
            raise
        stopped = exc  # Ctrl-C on a terminal: what was checked is shown below, then the run stops (130)
    finally:
        progress.close()
        scan.close()  # pass 2 has, unless the run stopped before it began
        if session is not None:
            session.close()
    for warning in malformed:
        print(f"linkcheck: warning: {warning}", file=sys.stderr)
    if stopped is not None:
        # a first second Ctrl-C waits for the lines; main() says "interrupted", exit 130
        _DEFERRAL.run(
            lambda: _show_partial(partial_report(checked, scan.total, time.monotonic() - started), args.color)
        )
        raise stopped
    if previous is not None and args.state:
        report, state = apply_state(report, previous, fail_on=config.fail_on, policy=policy)
        saved = update_state(args.state, state, previous=previous, checked=checked_keys(report.results))
        if report.history is not None and saved.runs != report.history.runs:  # another run's, folded in
            report = replace(report, history=replace(report.history, runs=saved.runs))
    include_warning = included.warning()
    if include_warning:
        print(f"linkcheck: warning: {include_warning}", file=sys.stderr)
    text_on_stdout = any(fmt == "text" and path is None for fmt, path in outputs)
    if not text_on_stdout and not args.quiet:
        for note in report.notes:  # the text report on stdout already carries them
            print(f"linkcheck: {note}", file=sys.stderr)
    workspace = os.environ.get("GITHUB_WORKSPACE")
    unwritten: list[str] = []  # reports that could not be written: the others are written all the same
    broken_pipe: BrokenPipeError | None = None
    for fmt, path in outputs if stream is None else ():
        text: str | Iterable[str]
        if fmt == "github":
            text = render_github(report, workspace=workspace)
        elif fmt == "json":
            text = iter_json(report, rendered)  # written as rendered, never joined whole
        else:
            text = render(report, fmt)
            if path is None and fmt == "text":
                text = for_stdout(text, args.color)
        try:
            if path is not None:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            _write(text, path)
        except BrokenPipeError as exc:
            broken_pipe = exc  # standard output closed by its reader: the files are still written
        except OSError as exc:
            unwritten.append(cannot_write_message(path, exc))
    if broken_pipe is not None:
        raise broken_pipe  # main() stops quietly
    if os.environ.get("GITHUB_ACTIONS") == "true" and not any(fmt == "github" for fmt, _ in outputs):
        sys.stderr.write(render_github(report, workspace=workspace))
    if not args.quiet and (not text_on_stdout or args.verbose):
        print(summary_line(report, cache=stats), file=sys.stderr)
    elif not args.quiet and stats:
        # The text report on standard output ends with its own summary, so the stderr line is not repeated;
        # but that summary cannot know the cache's counts, which docs/ci.md promises: they get a line here.
        print(f"linkcheck: {cache_counts(stats)}", file=sys.stderr)
    if unwritten:
        for message in unwritten:
            print(f"linkcheck: error: {message}", file=sys.stderr)
        return EXIT_USAGE
    if _kept_until_exit is not None:  # freeing 10,000 results one by one on return takes ~20 ms
        _kept_until_exit.append(locals())
    return report.exit_code


def _note_malformed(result: Result, malformed: list[str]) -> None:
    """Keep the warning that names a malformed manifest line ``--keep-going`` reports as a failed result
    (cli5): README's ``--keep-going`` row promises each is "named in a warning", as an unreadable input
    already was (:func:`_warn_unreadable`, which names those when they are read: their error opens with
    their file's name, and they are not named twice); with the report in a file or a CI log's folded step,
    "4 fail" alone said nothing of which lines to mend."""
    citation = result.citation
    error = citation.error or ""
    if result.cause is not Cause.INVALID_CITATION or error.startswith(f"{citation.source}: "):
        return
    malformed.append(f"{citation.source}:{citation.line}: {error} (reported as a failed result)")


def for_stdout(text: str, color: str) -> str:
    """The text report as standard output shows it: on a terminal, fitted to its width
    (:func:`~linkcheck.report.text.wrap_for_terminal`) and coloured as ``--color`` and the environment
    say; elsewhere (a file, a pipe, a log) as rendered, one line per reason."""
    from linkcheck.report.color import colorize, want_color
    from linkcheck.report.text import wrap_for_terminal

    tty = sys.stdout.isatty()
    if tty:
        import shutil

        text = wrap_for_terminal(text, shutil.get_terminal_size().columns)
    return colorize(text) if want_color(color, isatty=tty, env=os.environ) else text


def partial_report(checked: Sequence[Result], total: int | None, elapsed: float) -> Report:
    """The report of a run stopped by Ctrl-C after ``checked`` (cli5): a person who stops a long run at a
    terminal sees the dead links found so far instead of losing them, with a note saying the run was cut
    short and how much of it the report covers (``total``: the citations in the run, when known). Only
    the text report on a terminal gets it (:func:`_check_main`): a file or a machine format is still not
    written by a stopped run (docs/ci.md, "Exit codes"), and SIGTERM (a job cancelled) shows nothing."""
    of = f" of {total}" if total is not None else ""
    note = (
        f"interrupted (SIGINT): stopped after {len(checked)}{of} citations were checked; "
        "this report lists those only"
    )
    return Report(results=tuple(checked), elapsed=elapsed, notes=(note,))


def _show_partial(report: Report, color: str) -> None:
    from linkcheck.report import render

    with contextlib.suppress(OSError):  # a terminal gone with the Ctrl-C: nothing to show it on
        sys.stdout.write(for_stdout(render(report, "text"), color))
        sys.stdout.flush()


#: Input bytes from which a run is likely to be sharded (``SHARD_MIN_URLS`` links of a manifest come to
#: ~100-250 KB): its shard processes are started before the input is read (:func:`_spares_for`).
SPARE_MIN_BYTES = 100_000


def _spares_for(paths: Sequence[str], config: Config) -> int:
    """Shard processes worth starting before reading ``paths``: those a sharded run would use (one fewer
    than its processes), when the input is large enough to be sharded and there is a second core; else 0.
    A guess that turns out wrong (one host, or fewer links than it takes) costs one interpreter's start on
    an idle core: the process is ended once the run decides."""
    processes = processes_for(SHARD_MIN_URLS, 2, config)  # what a run large enough to shard would use
    if processes < 2 or affinity.usable_core_count() < 2:
        return 0
    size = 0
    for path in paths:
        if path != "-":
            with contextlib.suppress(OSError):
                size += os.stat(path).st_size
    return processes - 1 if size >= SPARE_MIN_BYTES else 0


class _Terminated(KeyboardInterrupt):
    """SIGTERM (a CI job cancelled or timed out): the run stops as it does on Ctrl-C."""


class SignalDeferral:
    """Holds SIGINT and SIGTERM over a step that must be done whole or not at all (:meth:`run`).

    A JSON Lines stream writes a result's line and then counts it for the summary record a stopped run ends
    with. A signal between the two (the main thread's handler runs as soon as the write returns) closed the
    stream with a summary that did not count the line above it: ``total`` 0 under a streamed result. Inside
    the step the first signal is noted and raised when the step ends; a second one is raised at once, so a
    step stuck on a writer that never reads can still be stopped. Outside a step it is raised as before.

    Once a stop has been raised the run is ending, and a later signal is dropped (``stopping``): a user who
    pressed Ctrl-C twice had the second raised in the middle of the run's shutdown, inside a weak
    reference's callback as the stopped run's objects were freed ("Exception ignored ... KeyboardInterrupt"
    under the "interrupted" line), or out of a step no ``except`` guards (a traceback).
    """

    def __init__(self) -> None:
        self.active = False
        self.pending: int | None = None
        self.stopping = False
        #: set by :func:`main` over a run: only there does a raised stop end the process
        self.latch = False

    def handler(self, signum: int, frame: object) -> None:
        if self.stopping:
            return  # the run is stopping already: the first stop's exit code and message stand
        if self.active and self.pending is None:
            self.pending = signum
            return
        self.stopping = self.latch
        raise_for_signal(signum)

    def run(self, step: Callable[..., object], *args: object) -> None:
        """``step(*args)`` with the signals held: one noted meanwhile is raised once the step has ended,
        unless it ended with an error (then the error comes out, and the signal is dropped). The one form of
        the deferral: a ``with`` statement cost two Python calls (``__enter__``, ``__exit__``) to this one,
        and the JSON stream takes it once a line."""
        self.active = True
        try:
            step(*args)
        finally:
            self.active = False
            pending, self.pending = self.pending, None
        if pending is not None:
            self.stopping = self.latch
            raise_for_signal(pending)


def raise_for_signal(signum: int) -> None:
    """SIGTERM ends a run as :class:`_Terminated` (exit 143), any other signal as Ctrl-C (130)."""
    if signum == signal.SIGTERM:
        raise _Terminated
    raise KeyboardInterrupt


#: The one deferral :func:`main` installs for SIGINT and SIGTERM.
_DEFERRAL = SignalDeferral()

#: Set by :func:`run`: :func:`main` runs the command, whose process ends when it returns.
_COMMAND = False


#: The subcommands, typed first, and what each runs on the arguments after it: ``linkcheck extract ARTICLE``,
#: ``linkcheck check INPUT``; without one, the arguments are a check's (``linkcheck INPUT``).
SUBCOMMANDS: dict[str, Callable[[Sequence[str]], int]] = {"extract": _extract_main, "check": _check_main}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit code.

    SIGTERM stops a run as Ctrl-C does: its worker processes are stopped at once rather than left to finish
    the requests they have in flight, nothing half-written replaces a report, and the exit code is 143 (130
    for Ctrl-C). Standard output closed by its reader stops the run too, quietly, with 141.

    A check run tunes the garbage collector for itself (:func:`linkcheck.parallel.tune_process`); a program
    that calls this gets its collector back as it was: the same thresholds, and its objects no longer frozen
    (unless it had frozen some itself)."""
    args = list(sys.argv[1:] if argv is None else argv)
    collector = gc.get_threshold(), gc.get_freeze_count()
    installed = threading.current_thread() is threading.main_thread()  # only there can it be set
    previous = signal.getsignal(signal.SIGTERM) if installed else None
    previous_int = signal.getsignal(signal.SIGINT) if installed else None
    # SIGINT is taken over only from Python's own handler: one the caller set, or an ignored SIGINT (a job
    # started with nohup or in the background), is left as it is.
    own_int = installed and previous_int is signal.default_int_handler
    if installed:
        _DEFERRAL.latch = True
        signal.signal(signal.SIGTERM, _DEFERRAL.handler)
    if own_int:
        signal.signal(signal.SIGINT, _DEFERRAL.handler)
    code = EXIT_USAGE
    try:
        code = _main(args)
    finally:
        # A stop that comes while the run's processes are ended (the reapers of a finished run are waited
        # for up to 10 s) is the run's stop too: exit code and message, not a traceback out of main().
        try:
            parallel = sys.modules.get("linkcheck.parallel")
            if parallel is not None:  # spares a run did not take; shard processes ending after the report
                parallel.end_processes()
        except KeyboardInterrupt as exc:
            code = _stopped(exc)
        finally:
            late = _restore_signals(previous, own_int=own_int, give_back=not _COMMAND) if installed else None
            if late is not None:
                code = _stopped(late)
            # The command (run()) ends right after: its handlers stay, and drop a stop that comes now, where
            # Python's own raised it among the run's objects being freed. A program's next main() is stopped
            # afresh.
            _DEFERRAL.stopping = _DEFERRAL.latch = _COMMAND
            _restore_collector(*collector)
    return code


def _main(args: list[str]) -> int:
    """:func:`main`'s run of ``args``, its errors and stops turned into exit codes."""
    try:
        subcommand = SUBCOMMANDS.get(args[0]) if args else None
        return _check_main(args) if subcommand is None else subcommand(args[1:])
    except LinkcheckError as exc:
        print(f"linkcheck: error: {error_message(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt as exc:
        return _stopped(exc)
    except BrokenPipeError:
        # Standard output was closed early (``linkcheck ... --format jsonl | head``): stop quietly, as a
        # command killed by SIGPIPE does, without a traceback or a second error when Python flushes it.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    except SystemExit as exc:  # argparse: --help (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE


def _stopped(exc: KeyboardInterrupt) -> int:
    """Say a run was stopped (Ctrl-C or SIGTERM) and return its exit code: 130, or 143 for SIGTERM."""
    terminated = isinstance(exc, _Terminated)
    print(f"linkcheck: {'terminated' if terminated else 'interrupted'}", file=sys.stderr)
    return 128 + signal.SIGTERM if terminated else 130


def _restore_signals(previous: object, *, own_int: bool, give_back: bool = True) -> KeyboardInterrupt | None:
    """Give SIGTERM back its handler from before :func:`main` (and SIGINT Python's own, when :func:`main`
    took it over: ``own_int``); the stop that came meanwhile, if any. ``signal.signal`` first runs a handler
    flagged before it: a SIGTERM or SIGINT that came during the run's last steps raised out of :func:`main`
    from here (a traceback). It is taken while ours is still set (each flagged signal once: a handler that
    raises leaves the others flagged for the next call), then the previous handlers are set back all the
    same."""
    wanted = previous if previous is not None else signal.SIG_DFL
    stop: KeyboardInterrupt | None = None
    for _ in range(2):  # SIGTERM and SIGINT, each flagged once at most
        try:
            signal.signal(signal.SIGTERM, _DEFERRAL.handler)  # changes nothing: runs what is flagged
            break
        except KeyboardInterrupt as exc:
            stop = stop or exc
    if not give_back:  # the command, which ends the process next: its own handlers are kept
        return stop
    signal.signal(signal.SIGTERM, wanted)  # type: ignore[arg-type]
    if own_int:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    return stop


def _restore_collector(threshold: tuple[int, int, int], frozen: int) -> None:
    """Undo :func:`linkcheck.parallel.tune_process` for a program that called :func:`main`.

    Its objects frozen by the run go back to the collector's oldest generation, unless the program had
    frozen some of its own before (one call unfreezes all of them, which only the program may decide)."""
    if gc.get_threshold() != threshold:
        gc.set_threshold(*threshold)
    if frozen == 0 and gc.get_freeze_count():
        gc.unfreeze()


def run() -> None:
    """The ``linkcheck`` command and ``python -m linkcheck``: :func:`main`, then the process ends without the
    interpreter's teardown. Everything a run opens is closed by then (the report and any state written, a
    cache's database, the helper and shard processes waited for), and freeing a finished run's objects one
    by one only delays the exit: ~50 ms for 10,000 results, ten times that for 100,000. For the same reason
    the run's results are not freed when it returns either (~20 ms), but kept to the end. A program that
    calls :func:`main` keeps its own exit, and its runs are freed as usual."""
    import logging

    global _kept_until_exit, _COMMAND
    _kept_until_exit = []
    _COMMAND = True
    code = main()
    for stream in (sys.stdout, sys.stderr):
        # a closed pipe: main() has said so already; a stream the process was started without is None
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    logging.shutdown()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
