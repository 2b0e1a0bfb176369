"""Every knob linkcheck has, in one frozen, keyword-only dataclass shared by the API and the CLI.

Defaults are documented beside each field; the CLI's ``--help`` shows the same values because it reads them
from here.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from linkcheck import __version__
from linkcheck.errors import ConfigError
from linkcheck.models import FindingKind, Status

__all__ = ["DEFAULT_FAIL_ON", "FAIL_ON_CHOICES", "MAX_DAYS", "MAX_SECONDS", "Config", "parse_fail_on"]

#: The longest time any setting may name: ten years. Longer (or infinite) waits overflow the clocks they are
#: added to (a run's deadline, a state's dates) and mean nothing a run could keep.
MAX_SECONDS = 10 * 365 * 86400

#: :class:`Config` fields that are counts (``processes`` may also be ``None``).
_WHOLE_NUMBERS = (
    "max_redirects", "max_bytes", "max_headers", "max_header_bytes", "retries", "host_down_after", "workers",
    "per_host", "processes", "date_tolerance_days",
)  # fmt: skip
#: :class:`Config` fields that are numbers, whole or not (``max_time`` may also be ``None``).
_NUMBERS = (
    "connect_timeout", "read_timeout", "deadline", "max_time", "backoff_base", "backoff_max",
    "retry_after_cap", "title_threshold", "cache_ttl",
)  # fmt: skip
MAX_DAYS = MAX_SECONDS // 86400
#: :class:`Config` fields that are yes/no switches: a string (``"no"``, ``"false"``) would be taken as true.
_SWITCHES = ("pin_processes", "allow_private", "respect_robots")
#: :class:`Config` fields that hold several strings: a bare string would be taken a character at a time.
_STRING_SETS = ("allow_hosts", "include", "exclude", "fail_on")
#: The options declared sets: their order means nothing, so two configs compare them as sets.
_SET_OPTIONS = frozenset({"fail_on", "accept_status"})
#: The command line's flags whose :class:`Config` option is spelt otherwise (docs/api.md lists them), for an
#: unknown option's message: ``Config(timeout=5)`` is the likeliest mistake of a reader of ``--help``.
_FLAG_OPTIONS = {
    "timeout": "read_timeout",
    "date_tolerance": "date_tolerance_days",
    "allow_host": "allow_hosts",
    "accept": "accept_status",
    "header": "headers",
    "cache": "cache_path",
    "no_pin": "pin_processes",
    "pin": "pin_processes",
}

#: What fails the run unless ``fail_on`` says otherwise: dead links, soft 404s and the mismatches of title,
#: date, URL date, publication after the article and outlet (``archive_mismatch``, ``postdates_access`` and
#: ``quote_missing`` warn: each may have an innocent cause a person should judge).
#: ``blocked`` and ``error`` only warn (the page may be fine; we could not verify it); ``moved`` warns.
DEFAULT_FAIL_ON: frozenset[str] = frozenset(
    {
        Status.DEAD.value,
        Status.SOFT_404.value,
        FindingKind.TITLE_MISMATCH.value,
        FindingKind.DATE_MISMATCH.value,
        FindingKind.URL_DATE_MISMATCH.value,
        FindingKind.POSTDATES_ARTICLE.value,
        FindingKind.OUTLET_MISMATCH.value,
    }
)

#: Every word ``fail_on`` accepts: the statuses (but ``ok``) and the finding kinds.
FAIL_ON_CHOICES: frozenset[str] = frozenset(
    {s.value for s in Status if s is not Status.OK} | {k.value for k in FindingKind}
)


def parse_fail_on(text: str) -> frozenset[str]:
    """Parse ``--fail-on``: comma-separated statuses and finding kinds; ``none`` for nothing, ``default``.

    A leading ``+``/``-`` on every item adds to or removes from the default set (``+blocked,-moved``).
    An empty item among others (``dead,,soft_404``, ``dead,``) is an error: a word was lost there (an edit,
    a shell variable that expanded to nothing), and the run would fail on less than was meant.
    """
    parts = [part.strip() for part in text.split(",")]
    items = [part for part in parts if part]
    if not items:
        raise ConfigError("--fail-on needs at least one item (or 'none')")
    if len(items) != len(parts):
        raise ConfigError(
            f"--fail-on: an empty item in {text!r} (item {parts.index('') + 1}); "
            "separate the items with single commas"
        )
    if items == ["none"]:
        return frozenset()
    relative = all(item[0] in "+-" for item in items)
    if any(item[0] in "+-" for item in items) and not relative:
        raise ConfigError(
            f"--fail-on: use either +/- items (changes to the default) or plain items, not both: {text!r}"
        )
    result = set(DEFAULT_FAIL_ON) if relative else set()
    for item in items:
        sign, word = (item[0], item[1:]) if relative else ("+", item)
        if word == "default":
            result |= DEFAULT_FAIL_ON
            continue
        if word not in FAIL_ON_CHOICES:
            raise ConfigError(
                f"--fail-on: unknown item {word!r}; choose from {', '.join(sorted(FAIL_ON_CHOICES))}"
            )
        if sign == "+":
            result.add(word)
        else:
            result.discard(word)
    return frozenset(result)


@dataclass(frozen=True, kw_only=True)
class Config:
    """How linkcheck fetches and judges. Build with keywords; derive variants with :meth:`evolve`."""

    # --- identity ---------------------------------------------------------------------------------------
    #: Sent with every request. Sites block anonymous clients; an identifying agent is the polite default.
    #: Its first word is the product token robots.txt groups name (``User-agent: linkcheck``). It does not
    #: name the HTTP library: firewalls that turn scripts away match ``python-requests`` in it, and a link
    #: they refuse is reported blocked though the page is there.
    user_agent: str = f"linkcheck/{__version__} (citation checker)"
    #: Extra request headers per domain (``{"example.com": {"Cookie": "..."}}``); sent to that domain and
    #: its subdomains only, never across a redirect to another host.
    headers: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    # --- time -------------------------------------------------------------------------------------------
    #: Seconds to establish a TCP/TLS connection.
    connect_timeout: float = 10.0
    #: Seconds to wait for any single read from the server.
    read_timeout: float = 20.0
    #: Wall-clock seconds for one URL, all redirects, retries and body reads included.
    deadline: float = 60.0
    #: Wall-clock seconds for the whole run (``None``: unbounded); links not checked by then are reported.
    max_time: float | None = None

    # --- limits -----------------------------------------------------------------------------------------
    #: Redirect hops followed before giving up (``too_many_redirects``).
    max_redirects: int = 10
    #: Decoded (decompressed) body bytes read per page. A longer page (HTML, XML, no type) is cut there and
    #: reported as an ``error`` (``too_large``); what its first bytes say (title, dates) is still read. A
    #: longer file (a PDF, a video) is cut there too and keeps its status (see :mod:`linkcheck.media`).
    max_bytes: int = 5 * 1024 * 1024
    #: Response header lines accepted (more: ``protocol`` error); the reader also stops at
    #: ``headers.MAX_HEADER_LINES`` (256; ``http.client``'s 100 refused real pages, see there).
    max_headers: int = 256
    #: Total bytes of response headers accepted (names and values; more: ``protocol`` error).
    max_header_bytes: int = 64 * 1024
    #: Retries after the first attempt, for transient failures (connection, timeout, 429, 500, 502-504, a
    #: name lookup the resolver could not answer for now); a plain 500 without ``Retry-After`` is retried
    #: at most once (``fetch.PAGE_ERROR_RETRIES``).
    retries: int = 2
    #: First backoff in seconds; doubles per retry, with full jitter, up to ``backoff_max``.
    backoff_base: float = 0.5
    backoff_max: float = 10.0
    #: Longest ``Retry-After`` honoured, in seconds; a longer one is reported (``rate_limited``), not slept.
    retry_after_cap: float = 30.0

    #: Links of one host in a row that got no answer in time (no connection, or no status line after the
    #: request was sent; each after its retries) before the host
    #: is taken as down for the rest of the run: its other links are then reported as ``error``
    #: (``timeout``) without a request. The same count of links in a row rate limited (``429``, or ``503``
    #: with ``Retry-After``) to the end of their retries has its other links reported as ``blocked``
    #: (``rate_limited``) without a request. ``0``: never (every link waits out its own timeouts).
    host_down_after: int = 3

    # --- concurrency ------------------------------------------------------------------------------------
    #: URLs fetched at once in total.
    workers: int = 16
    #: URLs fetched at once from one host (:func:`linkcheck.hostkey.host_key`: a name in any spelling, ports
    #: 80 and 443 of one name together, another port another host); a redirect to another host takes a slot
    #: of that host for its request (within one process: a sharded run's processes do not share their hosts'
    #: slots, so a host that links of other processes' hosts redirect to may get ``per_host`` from each).
    per_host: int = 2
    #: Processes sharing the work (hosts are split between them, so ``per_host`` still holds). ``None``:
    #: one per usable core (at most 8) for runs of 1,000 distinct URLs or more, else one. Never more than
    #: ``workers``, which the processes share. Only for runs that build their own fetcher (a ``fetcher``
    #: passed to ``check`` keeps everything in the calling process).
    processes: int | None = None
    #: Keep each process that checks links on one core of its own while it is busy, the calling process
    #: included (Linux, with no more processes than usable cores; see :mod:`linkcheck.affinity`): threads
    #: sharing one interpreter lock over several cores spent a third more CPU. Off by default in the library,
    #: which does not touch its caller's process unasked; on by default on the command line (``--no-pin``).
    pin_processes: bool = False

    # --- safety -----------------------------------------------------------------------------------------
    #: Fetch hosts that are or resolve to loopback/private/link-local/reserved addresses. Off by default:
    #: article links are untrusted input and CI runners sit inside private networks.
    allow_private: bool = False
    #: ``host`` or ``host:port`` origins let through the address guard while it stays on for the rest.
    allow_hosts: tuple[str, ...] = ()
    #: Honour robots.txt (fetched once per origin and cached for the run); disallowed links are
    #: ``skipped`` (``robots``).
    respect_robots: bool = False
    #: Regular expressions; a URL matching any is ``skipped`` (``excluded``).
    exclude: tuple[str, ...] = ()
    #: Regular expressions; when given, only matching URLs are checked, the rest ``skipped``.
    include: tuple[str, ...] = ()

    # --- judging ----------------------------------------------------------------------------------------
    #: Statuses and finding kinds that make a citation (and so the run) fail; see ``DEFAULT_FAIL_ON``.
    fail_on: frozenset[str] = DEFAULT_FAIL_ON
    #: Minimum similarity (0..1) between the cited title and the page's best title candidate.
    title_threshold: float = 0.88
    #: Days a cited date may differ from the published date (time zones put a story on two dates).
    date_tolerance_days: int = 1
    #: HTTP status codes treated as ``ok`` (``accept = [200, 403]`` in the config file, ``--accept``): for
    #: sites known to answer a bot with 403 while serving people. Empty: only the classifier decides.
    accept_status: frozenset[int] = frozenset()

    # --- caching ----------------------------------------------------------------------------------------
    #: SQLite file of the HTTP cache (``--cache``): pages that were fine are not re-fetched within
    #: ``cache_ttl``; expired ones are revalidated with ETag/Last-Modified; failures are never cached.
    cache_path: str | None = None
    #: Seconds a cached page stays fresh (``--cache-ttl``).
    cache_ttl: float = 86400.0

    def __post_init__(self) -> None:
        # Types first, so that a wrong one is named ("workers must be a whole number, got '8'") instead of
        # failing a comparison below or, later, in a worker thread. A bool is no count.
        for name in ("user_agent", "headers", "cache_path", *_SWITCHES, *_STRING_SETS, "accept_status"):
            problem = option_type_problem(name, getattr(self, name))
            if problem is not None:
                raise ConfigError(f"{name} must be {problem}, got {getattr(self, name)!r}")
        for name in _WHOLE_NUMBERS:
            value = getattr(self, name)
            if (not isinstance(value, int) or isinstance(value, bool)) and not (
                value is None and name == "processes"
            ):
                raise ConfigError(f"{name} must be a whole number, got {value!r}")
        for name in _NUMBERS:
            value = getattr(self, name)
            if (not isinstance(value, (int, float)) or isinstance(value, bool)) and not (
                value is None and name == "max_time"
            ):
                raise ConfigError(f"{name} must be a number, got {value!r}")
        positive = {
            "connect_timeout": self.connect_timeout,
            "read_timeout": self.read_timeout,
            "deadline": self.deadline,
            "workers": self.workers,
            "per_host": self.per_host,
            "max_bytes": self.max_bytes,
            "max_headers": self.max_headers,
            "max_header_bytes": self.max_header_bytes,
        }
        for name, value in positive.items():
            if not value > 0:  # NaN too
                raise ConfigError(f"{name} must be positive, got {value!r}")
        for name, value in {
            "max_redirects": self.max_redirects,
            "retries": self.retries,
            "backoff_base": self.backoff_base,
            "backoff_max": self.backoff_max,
            "retry_after_cap": self.retry_after_cap,
            "host_down_after": self.host_down_after,
            "date_tolerance_days": self.date_tolerance_days,
        }.items():
            if not value >= 0:  # NaN too
                raise ConfigError(f"{name} must not be negative, got {value!r}")
        bad_codes = sorted(code for code in self.accept_status if not 100 <= code <= 999)
        if bad_codes:
            raise ConfigError(f"accept_status: not HTTP status codes: {bad_codes}")
        for name, seconds in {
            "connect_timeout": self.connect_timeout,
            "read_timeout": self.read_timeout,
            "deadline": self.deadline,
            "max_time": self.max_time or 0.0,
            "retry_after_cap": self.retry_after_cap,
            "cache_ttl": self.cache_ttl,
        }.items():
            if seconds > MAX_SECONDS:  # inf too: it overflows the clocks the waits are added to
                raise ConfigError(
                    f"{name} must be at most {MAX_SECONDS} seconds (ten years), got {seconds!r}"
                )
        if not self.cache_ttl > 0:
            raise ConfigError(f"cache_ttl must be positive, got {self.cache_ttl!r}")
        if self.processes is not None and self.processes < 1:
            raise ConfigError(f"processes must be at least 1, got {self.processes!r}")
        if self.max_time is not None and not self.max_time > 0:
            raise ConfigError(f"max_time must be positive, got {self.max_time!r}")
        for name, patterns in (("include", self.include), ("exclude", self.exclude)):
            for pattern in patterns:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    # chained: the ``re.error`` keeps the pattern's position for a caller (api6)
                    raise ConfigError(f"{name}: not a regular expression: {pattern!r} ({exc})") from exc
        if not 0.0 <= self.title_threshold <= 1.0:
            raise ConfigError(f"title_threshold must be between 0 and 1, got {self.title_threshold!r}")
        unknown = set(self.fail_on) - FAIL_ON_CHOICES
        if unknown:
            raise ConfigError(
                f"fail_on: unknown items {sorted(unknown)}; choose from {sorted(FAIL_ON_CHOICES)}"
            )

    def evolve(self, **changes: Any) -> Config:
        """A copy with ``changes`` applied (validated like a new ``Config``)."""
        _refuse_unknown(changes)
        return replace(self, **changes)

    def __hash__(self) -> int:
        """The hash of every option's value, a mapping, list or set taken as its frozen form.

        A frozen dataclass promises a hash, and callers key caches on a config (``functools.lru_cache``);
        the generated one hashed the values as given and raised ``unhashable type: 'dict'`` for the default
        ``headers``, as for a list of patterns or a set of codes ``Config`` accepts. Equal configs have
        equal frozen forms (:meth:`__eq__` compares them), so one hash."""
        return hash(self._frozen())

    def __eq__(self, other: object) -> bool:
        """Configs are equal when their options are, whatever collection each was given as.

        The dataclass's equality compared the values as given, so ``Config(allow_hosts=["a"])`` and
        ``Config(allow_hosts=("a",))`` (or ``accept_status=[503]`` and ``frozenset({503})``) were two cache
        keys though they run alike: a caller keying a ``functools.lru_cache`` on configs read from a JSON
        file missed every time against its code's own (api7). The values are still kept as given."""
        if not isinstance(other, Config):
            return NotImplemented
        return self is other or self._frozen() == other._frozen()

    def _frozen(self) -> tuple[object, ...]:
        """Every option's value in its frozen form, an option declared a set frozen as a set (a list of
        codes is the same set in any order)."""
        return tuple(
            frozenset(frozen_value(item) for item in value)
            if name in _SET_OPTIONS and isinstance(value, (list, tuple, set, frozenset))
            else frozen_value(value)
            for name in _OPTIONS
            for value in (getattr(self, name),)
        )


def frozen_value(value: object) -> object:
    """``value`` as a hashable equal of itself: a mapping as its sorted ``(key, value)`` pairs, a list or
    tuple as a tuple, a set as a frozenset, each member frozen too; anything else as it is."""
    if isinstance(value, Mapping):
        return tuple(sorted((key, frozen_value(item)) for key, item in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(frozen_value(item) for item in value)
    if isinstance(value, (set, frozenset)):
        return frozenset(frozen_value(item) for item in value)
    return value


def option_type_problem(name: str, value: object) -> str | None:
    """What the option ``name`` must be when ``value`` is not that, else ``None``, for the options that are
    not numbers: a value of another type was taken as it came and failed far from the caller (``"503"`` for
    ``accept_status`` in a comparison with ints), or, worse, meant something else in silence (``"no"`` for
    ``allow_private`` is true; ``"127.0.0.1"`` for ``allow_hosts`` is nine one-character hosts)."""
    if name == "user_agent":
        return None if isinstance(value, str) else "a str"
    if name == "cache_path":
        return (
            None if value is None or isinstance(value, (str, os.PathLike)) else "a path (str or Path) or None"
        )
    if name in _SWITCHES:
        return None if isinstance(value, bool) else "True or False"
    if name in _STRING_SETS:
        if isinstance(value, str):
            return f"a tuple of strings (({value!r},) for one)"
        if isinstance(value, bytes) or not isinstance(value, Iterable):
            return "a tuple of strings"
        return None if all(isinstance(item, str) for item in value) else "a tuple of strings"
    if name == "accept_status":
        codes = "a set of HTTP status codes (ints, e.g. frozenset({403}))"
        if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
            return codes
        return None if all(isinstance(code, int) and not isinstance(code, bool) for code in value) else codes
    if name == "headers":
        shape = (
            'a mapping of domain to a mapping of header name to value ({"example.org": {"Name": "value"}})'
        )
        if not isinstance(value, Mapping):
            return shape
        for domain, pairs in value.items():
            if not isinstance(domain, str) or not isinstance(pairs, Mapping):
                return shape
            if not all(isinstance(k, str) and isinstance(v, str) for k, v in pairs.items()):
                return shape
    return None


def unknown_option_message(name: str, known: tuple[str, ...]) -> str:
    """The message for a :class:`Config` option that does not exist, naming the option meant: a command-line
    flag's own spelling (``timeout`` for ``--timeout`` is ``read_timeout``), else the closest option's name.
    The dataclass's own ``TypeError`` (``unexpected keyword argument 'timeout'``) named neither."""
    spelt = name.replace("-", "_").lstrip("_").lower()
    meant = _FLAG_OPTIONS.get(spelt) or (spelt if spelt in known and spelt != name else None)
    if meant is None:
        import difflib  # only for a mistake: not paid by every import of linkcheck

        close = difflib.get_close_matches(spelt, known, n=1, cutoff=0.6)
        meant = close[0] if close else None
    hint = f"; did you mean {meant!r}?" if meant else f"; the options are: {', '.join(known)}"
    return f"Config has no option {name!r}{hint}"


_OPTIONS: tuple[str, ...] = tuple(f.name for f in fields(Config))


def _refuse_unknown(options: Mapping[str, object]) -> None:
    """Raise :func:`unknown_option_message`'s ``TypeError`` for the first option ``Config`` does not have."""
    for name in options:
        if name not in _OPTIONS:
            raise TypeError(unknown_option_message(name, _OPTIONS))


_dataclass_init = Config.__init__


@functools.wraps(_dataclass_init)
def _checked_init(self: Config, *args: Any, **options: Any) -> None:
    _refuse_unknown(options)
    _dataclass_init(self, *args, **options)


Config.__init__ = _checked_init  # type: ignore[method-assign]
