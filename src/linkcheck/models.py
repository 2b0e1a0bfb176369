"""The values that flow through linkcheck's pipeline.

Every stage hands the next one small, immutable values defined here::

    Citation --fetch--> FetchResult --extract--> Metadata --match--> Finding(s) --> Result --> Report

Nothing in this module performs I/O. Enum *values* are part of the JSON contract (``docs/json-schema.md``):
never rename one without bumping the schema version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any, TypeVar

from linkcheck.lazyre import lazy_re

_T = TypeVar("_T")


def _pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle instances of dataclass ``cls`` as ``cls(*field values)``, and let :func:`replaced` copy them.

    A slotted dataclass otherwise pickles through the ``__getstate__``/``__setstate__`` that ``dataclasses``
    writes, which look up the fields again for every object: ~20 µs for a result with its metadata, paid
    twice (once in each process) for every result a shard process sends back. The values are read by one
    ``operator.attrgetter`` (in C: a sixth less than a list of ``getattr`` calls for a whole result).
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    if not all(f.init for f in fields(cls)):  # type: ignore[arg-type]
        raise TypeError(f"{cls.__name__}: every field must be an __init__ argument to be rebuilt from them")
    values = _values_getter(names)

    def __reduce__(self: Any) -> tuple[Any, tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    _FIELDS[cls] = (values, {name: n for n, name in enumerate(names)})
    return cls


def _values_getter(names: tuple[str, ...]) -> Any:
    """A function of an object that returns the tuple of its ``names`` attributes."""
    if len(names) > 1:
        return operator.attrgetter(*names)
    return lambda obj: tuple(getattr(obj, name) for name in names)  # attrgetter of one name: not a tuple


def _set_by_slots(cls: type[_T]) -> type[_T]:
    """Give the frozen, slotted dataclass ``cls`` an ``__init__`` that sets each field through its slot's own
    descriptor: the one ``dataclasses`` writes calls ``object.__setattr__(self, name, value)`` for each field
    (the frozen class's ``__setattr__`` refuses), which looks the slot up again each time: ~26k instructions
    for a :class:`FetchResult` (made once a fetch), ~12k this way. The same parameters in the same order,
    the same defaults (the same objects), default factories called as there, the same errors for a missing
    or unknown argument; ``__post_init__``, if the class has one, called last, as there (a :class:`Citation`,
    made once a link by the manifest's reading: ~8k instructions less). A class with an ``InitVar`` (which
    ``__post_init__`` would be given) or a field outside ``__init__`` is refused."""
    params: list[str] = []
    lines: list[str] = []
    namespace: dict[str, Any] = {"_has_factory": _HAS_FACTORY}
    if len(cls.__dataclass_fields__) != len(fields(cls)):  # type: ignore[attr-defined,arg-type]
        raise TypeError(f"{cls.__name__}: an InitVar or ClassVar field is not handled by _set_by_slots")
    for f in fields(cls):  # type: ignore[arg-type]
        if not f.init:
            raise TypeError(f"{cls.__name__}: every field must be an __init__ argument")
        name = f.name
        namespace[f"_set_{name}"] = cls.__dict__[name].__set__
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{name}"] = f.default
            params.append(f"{name}=_default_{name}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{name}"] = f.default_factory
            params.append(f"{name}=_has_factory")
            lines.append(f"    if {name} is _has_factory:\n        {name} = _factory_{name}()")
        else:
            params.append(name)
        lines.append(f"    _set_{name}(self, {name})")
    if hasattr(cls, "__post_init__"):
        lines.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(lines or ["    pass"]) + "\n"
    exec(source, namespace)  # the text is made of the class's own field names only
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = dict(cls.__init__.__annotations__)  # what inspect.signature shows, as before
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


class _HasFactory:
    """The default of a field with a default factory in :func:`_set_by_slots`' ``__init__``."""

    def __repr__(self) -> str:
        return "<factory>"


_HAS_FACTORY = _HasFactory()


#: For each class :func:`_pickled_by_fields` decorated: the getter of its field values, each field's position.
_FIELDS: dict[type, tuple[Any, dict[str, int]]] = {}


def replaced(obj: _T, **changes: Any) -> _T:
    """``dataclasses.replace(obj, **changes)`` for the pipeline's values (the classes pickled by their fields,
    every field an ``__init__`` argument), without its cost: it looks the class's fields up again on every
    call (~43 k instructions for a :class:`FetchResult`; ~25 k this way). A name that is not a field raises
    ``TypeError``, as there."""
    entry = _FIELDS.get(type(obj))
    if entry is None:
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    values, position = entry
    row = list(values(obj))
    for name, value in changes.items():
        at = position.get(name)
        if at is None:
            raise TypeError(f"{type(obj).__name__} has no field {name!r}")
        row[at] = value
    return type(obj)(*row)


def unplaced(message: str, source: str) -> str:
    """``message`` without the ``source: `` it opens with, for a line that names ``source`` (and its line)
    just before it.

    An input that cannot be read is reported under ``--keep-going`` as a failed citation whose ``error``
    names its file (``site/b.md: not UTF-8 text ...``), so that a JSON result's ``reason`` read alone says
    which file an editor must mend. Where the file and its line are written just before that message (the
    CLI's warning, a report's entry, ``extract``'s comment), the name came twice:
    ``site/b.md:1: site/b.md: not UTF-8 ...`` (site3, site4). Left alone: a message that does not open with
    the file's name and a colon (a malformed manifest line's own message, a dead link's reason), an empty
    ``source``."""
    if source and message.startswith(source) and message.startswith(": ", len(source)):
        return message[len(source) + 2 :]
    return message


#: The most characters of a text a reason or a report quotes: enough to recognise it (and search for it) by.
QUOTED_CHARS = 100


def clipped(text: str, limit: int = QUOTED_CHARS) -> str:
    """``text`` as a reason or a report quotes it: whole when short, else its first words up to ``limit``
    characters and an ellipsis (a consent platform's statement of purposes runs to 300 and more; a cited
    title is what an article's author or a hostile file wrote)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(" ,;:") + " ..."


__all__ = [
    "Article",
    "Author",
    "Cause",
    "Citation",
    "ExtractedDate",
    "FetchResult",
    "Finding",
    "FindingKind",
    "Metadata",
    "PartialDate",
    "Redirect",
    "Report",
    "Result",
    "RunHistory",
    "Severity",
    "Status",
    "TitleCandidate",
    "Verdict",
    "calendar_fault",
    "clipped",
    "count_result",
    "replaced",
    "summarize",
    "unplaced",
]


class _Word(str, Enum):
    """An enum whose members are the words of the JSON contract: ``str()`` and f-strings give the word
    (``ok``), not the member's name (``Status.OK``)."""

    _value_: str

    def __str__(self) -> str:
        return self.value


class Status(_Word):
    """Can the cited page be reached? Exactly one per citation."""

    OK = "ok"
    DEAD = "dead"
    SOFT_404 = "soft_404"
    BLOCKED = "blocked"
    ERROR = "error"
    SKIPPED = "skipped"


class Verdict(_Word):
    """What the run makes of one citation; the exit code follows from these."""

    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


class Severity(_Word):
    """How serious a finding is on its own (``fail_on`` may still make any finding fail the run)."""

    INFO = "info"
    WARN = "warn"
    FAIL = "fail"


class FindingKind(_Word):
    """What differs between a citation and the page it points at."""

    MOVED = "moved"
    TITLE_MISMATCH = "title_mismatch"
    DATE_MISMATCH = "date_mismatch"
    URL_DATE_MISMATCH = "url_date_mismatch"
    POSTDATES_ARTICLE = "postdates_article"
    OUTLET_MISMATCH = "outlet_mismatch"
    TITLE_UNCHECKED = "title_unchecked"  # info: the page states no title (or is a file not read)
    TITLE_CHANGED = "title_changed"  # info: the headline was edited since it was cited (its slug says so)
    POSTDATES_ACCESS = "postdates_access"  # the page was published after the citation's access date
    QUOTE_MISSING = "quote_missing"  # the words the citation quotes are not on the page
    ARCHIVE_MISMATCH = "archive_mismatch"  # the cited archive copy is of another URL, or predates the date
    TEXT_WALLED = "text_walled"  # the cited story is there, but only its opening before a wall (wall1)
    RETRACTED = "retracted"  # the cited story is there, under its outlet's note that it was retracted (rot58)
    WRAPPED = "wrapped"  # info: a manifest's redirect wrapper, checked at the address it spells (seed20)
    CLICK_ID = "click_id"  # info: a manifest's address carries a click id; cite it without (seed25)
    #: the page is the body of a 3xx that names no target (no Location), as a browser shows it (host58)
    REDIRECT_WITHOUT_TARGET = "redirect_without_target"


#: The reason of a link no ``--include`` pattern matches; the CLI counts them (``cli.IncludeTally``) to say
#: when the patterns matched no citation at all.
NOT_INCLUDED = "not matched by any include pattern"


class Cause(_Word):
    """Machine-readable cause of a non-``ok`` status (stable; documented in docs/json-schema.md)."""

    NOT_FOUND = "not_found"  # 404
    GONE = "gone"  # 410
    DNS = "dns"  # the host name does not resolve
    NETWORK_UNAVAILABLE = "network_unavailable"  # no host in the run resolved: the runner is offline
    CONNECTION = "connection"  # refused, reset, unreachable
    TIMEOUT = "timeout"
    TLS = "tls"
    PROTOCOL = "protocol"  # malformed HTTP: bad status line, truncated body, lying Content-Length
    TOO_LARGE = "too_large"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    REDIRECT_LOOP = "redirect_loop"
    RATE_LIMITED = "rate_limited"  # 429 (or a 503 asking a wait) beyond retries or the wait cap
    SERVER_ERROR = "server_error"  # 5xx after retries
    HTTP_STATUS = "http_status"  # any other unexpected status code
    AUTH = "auth"  # 401, 403, 407; a sign-in page or paywall answered instead of the page
    LEGAL = "legal"  # 451
    BOT_CHALLENGE = "bot_challenge"  # 999, Cloudflare-style challenge pages
    CONSENT = "consent"  # a cookie-consent wall stands before the page
    JAVASCRIPT = "javascript"  # the page is a JavaScript application's empty shell: nothing to read
    ERROR_PAGE = "error_page"  # a 200 whose content says "not found"
    FRONT_PAGE = "front_page"  # an article URL that lands on the site's front page
    PARKED = "parked"  # the domain is parked: a registrar's or parking service's placeholder answers
    SPAM = "spam"  # link spam (gambling, pharmacy) where the article was: hacked, or the domain taken over
    ADDRESS_REFUSED = "address_refused"  # the address guard refused the host
    SCHEME = "scheme"  # not http(s)
    INVALID_URL = "invalid_url"
    EXCLUDED = "excluded"  # excluded by the user's patterns
    ROBOTS = "robots"  # disallowed by robots.txt (with --respect-robots)
    DEADLINE = "deadline"  # the run's --max-time ran out before this link was checked
    INVALID_CITATION = "invalid_citation"  # a manifest line that could not be parsed (--keep-going)
    INTERNAL = "internal"  # a bug in linkcheck, isolated to this link


_PARTIAL_DATE = lazy_re(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
#: An ISO 8601 week date, extended or basic: ``2021-W09-5``, ``2021W095`` (Friday of week 9).
_ISO_WEEK_DATE = lazy_re(r"^(\d{4})-?W(\d{2})-?([1-7])$")


def calendar_fault(year: int, month: int | None, day: int | None) -> str:
    """What is wrong with these parts as a calendar date, in the calendar's words (``month must be in
    1..12``), for a message that quotes the date as written: the constructor's own message names the parts
    as ``PartialDate(2020, 13, 1)``, which means nothing to a person who typed ``2020-13-01``. Empty when
    the parts are a date."""
    try:
        dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except (TypeError, ValueError, OverflowError) as exc:
        return str(exc)
    return ""


@_pickled_by_fields
@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A calendar date known to year, month or day precision (``2020``, ``2020-01``, ``2020-01-09``)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError(f"a day needs a month: PartialDate({self.year!r}, None, {self.day!r})")
        # Validates the calendar (month 0 or 13, day 0, February 30 and so on raise ValueError).
        try:
            dt.date(self.year, 1 if self.month is None else self.month, 1 if self.day is None else self.day)
        except (TypeError, ValueError) as exc:  # name the date: "month must be in 1..12" alone does not
            fields = ", ".join(repr(v) for v in (self.year, self.month, self.day) if v is not None)
            raise type(exc)(f"not a calendar date: PartialDate({fields}) ({exc})") from None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or an ISO week date, ``YYYY-Www-D``); raise
        ``ValueError`` saying what was expected."""
        m = _PARTIAL_DATE.match(text.strip())
        if not m and (week := _ISO_WEEK_DATE.match(text.strip())) is not None:
            try:  # ISO 8601's week date names one day as surely as its calendar date
                return cls.from_date(dt.date.fromisocalendar(*(int(g) for g in week.groups())))
            except ValueError as exc:
                raise ValueError(f"not a calendar date: {text.strip()!r} ({exc})") from None
        if not m:
            raise ValueError(f"expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {text.strip()!r}")
        year, month, day = (int(g) if g else None for g in m.groups())
        assert year is not None
        try:
            return cls(year, month, day)
        except ValueError:
            raise ValueError(
                f"not a calendar date: {text.strip()!r} ({calendar_fault(year, month, day)};"
                " a date is YYYY-MM-DD, YYYY-MM or YYYY)"
            ) from None

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> str:
        """``"day"``, ``"month"`` or ``"year"``."""
        return "day" if self.day else "month" if self.month else "year"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.day:
            return self.first_day
        if self.month:
            nxt = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    """The citing article itself (an ``@article`` line, or what an article parser read)."""

    date: PartialDate | None = None
    title: str | None = None
    url: str | None = None
    source: str = "<string>"
    line: int | None = None

    def __post_init__(self) -> None:
        # As a Citation's date: a ``datetime.date`` here failed only in a worker, comparing it with a page's.
        if self.date is not None and not isinstance(self.date, PartialDate):
            raise TypeError(_not_a_partial_date("Article", "date", self.date))


def _not_a_partial_date(owner: str, name: str, value: object) -> str:
    """The message for a date field given something other than a :class:`PartialDate`, with the call that
    makes one from it: ``PartialDate.from_date`` for a ``datetime.date``/``datetime`` (whose time and zone a
    cited date does not keep: an aware one's own calendar day is taken), ``PartialDate.parse`` else."""
    if isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        how = f"PartialDate.from_date({day!r})"
    else:
        how = f"PartialDate.parse({str(value)!r})"
    return f"{owner} {name} must be a PartialDate or None ({how}), got {value!r}"


@_set_by_slots
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Citation:
    """One cited link and what the citing text claims about it.

    ``source``/``line`` say where the citation was written (manifest or article file), so every report can
    point a person at the line to fix. ``error`` is set only for a manifest line that could not be parsed
    under ``--keep-going``: such a citation is reported, never fetched.
    """

    url: str
    title: str | None = None
    date: PartialDate | None = None
    outlet: str | None = None
    note: str | None = None
    source: str = "<string>"
    line: int | None = None
    article: Article | None = None
    archive_url: str | None = None
    access_date: PartialDate | None = None
    #: Words the citing text quotes from the page (checked against the page's text: ``quote_missing``).
    quote: str | None = None
    error: str | None = None
    #: The citing text labels its date the publication's (an AMA entry's ``Published May 3, 2024``): a later
    #: update the page shows does not vouch for that date, as it does for a date given bare.
    published_label: bool = False
    #: The days a date the citing text wrote ambiguously may be (``5/12/20``: 5 December or 12 May 2020),
    #: ``date`` being then unread: a page dated neither contradicts the citation whatever the order.
    date_readings: tuple[PartialDate, ...] = ()
    #: The address as the manifest wrote it when that was a redirect wrapper spelling ``url`` (Outlook
    #: SafeLinks, Google's ``/url?q=``: :func:`linkcheck.wrappers.unwrap_redirect`), ``url`` being checked in
    #: its place and a ``wrapped`` finding naming both; ``None`` otherwise (added after the seed20 probe).
    wrapper: str | None = None
    #: Where in a JSON file the citation stands, as an RFC 6901 JSON Pointer to the string value holding its
    #: address (``/0/URL``): a compact file holds every citation at line 1 (added after the seed25 probe;
    #: :func:`linkcheck.articles._pointer.json_pointers`); ``None`` for any other source.
    pointer: str | None = None

    def __post_init__(self) -> None:
        # A wrong type here would otherwise surface much later, in a worker thread, far from the caller's
        # line: the fields a run reads first are checked where the citation is made.
        # One expression on the common path (a citation is made per manifest line and per shard result).
        # The text fields too: ``title=b"..."`` was compared with a page's titles as its repr, and
        # ``source=Path(...)`` failed only when the report was written as JSON.
        if (
            isinstance(self.url, str)
            and (self.date is None or isinstance(self.date, PartialDate))
            and (self.access_date is None or isinstance(self.access_date, PartialDate))
            and isinstance(self.source, str)
            and (self.title is None or isinstance(self.title, str))
            and (self.outlet is None or isinstance(self.outlet, str))
            and (self.note is None or isinstance(self.note, str))
            and (self.quote is None or isinstance(self.quote, str))
            and (self.archive_url is None or isinstance(self.archive_url, str))
            and (self.wrapper is None or isinstance(self.wrapper, str))
        ):
            return
        if not isinstance(self.url, str):
            raise TypeError(f"Citation url must be a str, got {self.url!r}")
        for name, value in (("date", self.date), ("access_date", self.access_date)):
            if value is not None and not isinstance(value, PartialDate):
                raise TypeError(_not_a_partial_date("Citation", name, value))
        if not isinstance(self.source, str):
            raise TypeError(
                f"Citation source must be a str (os.fspath(path) for a path), got {self.source!r}"
            )
        for name in ("title", "outlet", "note", "quote", "archive_url", "wrapper"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"Citation {name} must be a str or None, got {value!r}")

    @property
    def where(self) -> str:
        """Where the citation was written: ``source:line`` (just ``source`` when the line is unknown), then
        the JSON Pointer of a citation read from a JSON file (``refs.json:1 /2/URL``; seed25)."""
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return where if self.pointer is None else f"{where} {self.pointer}"


def _made_unchecked(cls: type[_T]) -> Callable[..., _T]:
    """A function that makes a ``cls`` (frozen, slotted, every field an ``__init__`` argument without a
    default factory) as its ``__init__`` does, with the same parameters and defaults, but without calling
    ``__post_init__``: for a caller whose values are of the types that check wants (the manifest reader's
    plain line: ~4k instructions less a citation, and no ``type.__call__``)."""
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    params: list[str] = []
    lines: list[str] = []
    for f in fields(cls):  # type: ignore[arg-type]
        name = f.name
        if not f.init or f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}: every field must be an __init__ argument without a factory")
        namespace[f"_set_{name}"] = cls.__dict__[name].__set__
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{name}"] = f.default
            params.append(f"{name}=_default_{name}")
        else:
            params.append(name)
        lines.append(f"    _set_{name}(made, {name})")
    head = f"def make({', '.join(params)}):\n    made = _new(_cls)\n"
    source = head + "\n".join(lines) + "\n    return made\n"
    exec(source, namespace)  # the text is made of the class's own field names only
    make: Callable[..., _T] = namespace["make"]
    make.__qualname__ = make.__name__ = f"_unchecked_{cls.__name__}"
    make.__module__ = cls.__module__
    return make


#: ``Citation(...)`` without its ``__post_init__`` type check: for values known to pass it (see
#: :func:`linkcheck.sources._plain_citation`).
_unchecked_citation = _made_unchecked(Citation)


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Redirect:
    """One redirect hop: the status that redirected and the URL it pointed to. ``declared_move`` is set on a
    refresh (a 2xx page's ``<meta http-equiv="refresh">``) whose page says the site or the page moved for
    good ("We have moved", "Ens hem traslladat!"): the page's own words make the hop as permanent as a 301
    (rot56)."""

    status: int
    url: str
    declared_move: bool = False


@_set_by_slots
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class FetchResult:
    """What fetching one URL produced. A failure is a value (``cause`` set), not an exception.

    ``headers`` has lower-cased names. ``body`` holds at most the configured byte cap of the *decoded*
    (decompressed) body; ``truncated`` says the cap or an early stop cut it short.
    """

    url: str
    final_url: str
    status_code: int | None = None
    redirects: tuple[Redirect, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    truncated: bool = False
    cause: Cause | None = None
    error: str | None = None
    attempts: int = 1
    elapsed: float = 0.0
    #: The last attempt could not open a connection to the host in time (a ``timeout`` before any byte was
    #: sent): the host, not this page, gave no answer.
    connect_timed_out: bool = False
    #: The last attempt connected and sent its request, but no status line and headers came back in time (a
    #: ``timeout`` before any answer, not in the middle of a body): a host that accepts and never answers.
    answer_timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.cause is None and self.status_code is not None


#: The precisions of :class:`ExtractedDate` that span a season across a year's end (meta3, meta4): from 1
#: December of the year before the named one to the end of February of the year after; ``value`` is the first.
_SEASON_SPANS = frozenset({"winter", "summer"})


@_set_by_slots
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class ExtractedDate:
    """A date read from a page, with where it came from.

    ``value`` is the calendar date as the page states it (in the page's own time zone); ``timestamp`` keeps
    the full time with its UTC offset when the page gave one. ``source`` names the strategy (``json-ld``,
    ``opengraph``, ``meta``, ``microdata``, ``time``, ``url``, ``text``). ``year_stated`` is ``False`` for a
    day and month the page prints without a year ("9 января, 11:40"), read in the latest year that puts it
    no later than the fetch: the checker reads it again in the year its citation gives
    (:func:`linkcheck.match.in_cited_year`). ``precision`` is ``"month"`` for a page that states only its
    month (``article:published_time`` ``2024-08``, "Published: August 2024", a magazine's "September 2023
    issue"): ``value`` is then the month's first day, which the page never stated, and every comparison reads
    the whole month (:attr:`period`); ``str()`` gives ``2024-08``. A page that states less (meta3) has
    ``precision`` ``"quarter"`` ("Q3 2023": ``2023-Q3``), ``"year"`` (JSON-LD ``datePublished`` ``"2023"``,
    "Published 2023", and a season but winter, "Summer 2023", "Осень 2023", read as its year, the one claim
    true in either hemisphere: ``2023``) or ``"winter"`` ("Winter 2023": ``2023-winter``, from 1 December of
    the year before, a winter named by the year it ends, to the end of February of the year after, one named
    by the year it begins); ``value`` is the period's first day and :attr:`first_day`/:attr:`last_day` its
    ends, which every comparison reads (the first day is never the page's day). ``"summer"`` (meta4) is a
    summer on a page its language tag or host places in the southern hemisphere ("Summer 2023" on ``en-AU``:
    ``2023-summer``), spanning what a winter spans: the south's summers that end and begin in the named year,
    and the north's between them.
    """

    value: dt.date
    source: str
    timestamp: dt.datetime | None = None
    year_stated: bool = True
    precision: str = "day"

    @property
    def period(self) -> PartialDate:
        """The date as a :class:`PartialDate` of its own precision (a day, a month, or a year); a quarter's
        and a winter's, which no :class:`PartialDate` holds, is the year the page names."""
        v, precision = self.value, self.precision
        if precision == "day" or precision == "month":
            return PartialDate(v.year, v.month, v.day if precision == "day" else None)
        return PartialDate(v.year + 1 if precision in _SEASON_SPANS else v.year)

    @property
    def first_day(self) -> dt.date:
        """The first day the page's date may be: :attr:`value` (a day, or the first of its period)."""
        return self.value

    @property
    def last_day(self) -> dt.date:
        """The last day the page's date may be: :attr:`value` for a day, else its period's end."""
        v, precision = self.value, self.precision
        if precision == "day":
            return v
        if precision == "quarter":
            return PartialDate(v.year, v.month + 2).last_day
        if precision in _SEASON_SPANS:  # 1 December of the year before the named one to February of the next
            return dt.date(v.year + 2, 3, 1) - dt.timedelta(days=1)
        return self.period.last_day

    def __str__(self) -> str:
        precision = self.precision
        if precision == "day":
            return self.value.isoformat()
        if precision == "month":
            return self.value.isoformat()[:7]
        if precision == "quarter":
            return f"{self.value.year:04d}-Q{(self.value.month - 1) // 3 + 1}"
        if precision in _SEASON_SPANS:
            return f"{self.value.year + 1:04d}-{precision}"
        return f"{self.value.year:04d}"


@_set_by_slots
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class TitleCandidate:
    """One title the page offers (``og:title``, ``<h1>``, ...), with the site name already stripped."""

    text: str
    source: str
    raw: str | None = None


@_set_by_slots
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Author:
    """One author a page names (:attr:`Metadata.author`): ``name`` as the page gives it, and ``kind``,
    ``"person"`` or ``"organization"`` when the page says which (a JSON-LD ``Person`` or ``Organization``
    node; a wire's credit line, "MOSCOW (Reuters) -", names an organisation), else ``None``."""

    name: str
    kind: str | None = None


@_set_by_slots
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about itself. Every field may be missing."""

    title: str | None = None
    title_source: str | None = None
    title_candidates: tuple[TitleCandidate, ...] = ()
    published: ExtractedDate | None = None
    modified: ExtractedDate | None = None
    site_name: str | None = None
    site_name_source: str | None = None
    publisher: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    url_date: dt.date | None = None
    #: The page's summary of itself (its dek or standfirst): JSON-LD ``description``, else ``og:description``
    #: or the ``description`` meta; not a title (a citer quoting it is told so).
    description: str | None = None
    #: The page says it is opinion (a column, an op-ed, an editorial): its main JSON-LD node's type
    #: ``OpinionNewsArticle``, or its ``articleSection`` or ``article:section`` meta an opinion section. A
    #: news headline cited for a column whose headline begins with it is told so.
    opinion: bool = False
    #: The date a republished page carries for its republication (its structured data's), when an editor's
    #: note on it says it first appeared earlier ("originally published on January 9, 2020"): ``published`` is
    #: then the note's day, this the day the page was put out again, which a new dated address carries (a
    #: story republished at ``/20230109/...``). ``None`` on every other page. In the JSON report (tidy3).
    republished: ExtractedDate | None = None
    #: Who the page says wrote it, in its order, once each (meta1): its main JSON-LD node's ``author`` (a
    #: name, a node, an ``@id`` into the graph, or a list of them), else its ``author`` or ``article:author``
    #: meta (a name, not a profile's URL; not the site's own name), else a byline or a wire's credit line
    #: right after its headline. A wire named as the author of a story another site republishes is how the
    #: matcher tells a wire cited for the site that carries its story (a warning) from another outlet.
    author: tuple[Author, ...] = ()
    #: The publication the page says its article belongs to, besides the site (match56): its main JSON-LD
    #: node's ``isPartOf`` when that is a periodical or one of its issues (``{"@type": "Periodical", "name":
    #: "Welt am Sonntag"}`` on welt.de, a Sunday paper's or a supplement's story on the daily's site), and its
    #: ``sourceOrganization`` (the newsroom that made it: The Observer's story on theguardian.com). A name the
    #: page answers to when a citation names its outlet; not the site's name. Not in the JSON report.
    part_of: tuple[str, ...] = ()
    #: The page's ``og:type`` as its head gives it (``article``, ``website``, ``video.other``), read from the
    #: metas the extractor already holds (rot60): a video's page is told by it without a search of the
    #: page. Not in the JSON report.
    og_type: str | None = None

    def titles(self) -> list[str]:
        """The page's titles, stripped, once each: the headline, each candidate's text, then their raw
        forms (what the matcher scores a cited title against, and the error-page test reads).

        The last page's are remembered (:data:`_LAST_TITLES`): the soft-404 signals and the matcher both ask
        (~8 k instructions each time)."""
        global _LAST_TITLES
        last, known = _LAST_TITLES
        if last is self:
            return list(known)
        titles: dict[str, None] = {}
        if self.title and (text := self.title.strip()):
            titles[text] = None
        for cand in self.title_candidates:
            if cand.text and (text := cand.text.strip()):
                titles[text] = None
        for cand in self.title_candidates:
            if cand.raw and (text := cand.raw.strip()):
                titles[text] = None
        _LAST_TITLES = (self, tuple(titles))
        return list(titles)


#: The metadata whose :meth:`Metadata.titles` were read last, and what they were. Its fields are frozen, so
#: its titles stay what they were; it is held here, so no other metadata can take its ``id`` meanwhile.
_LAST_TITLES: tuple[Metadata | None, tuple[str, ...]] = (None, ())


@_set_by_slots
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Finding:
    """One way the page differs from the citation, with what was expected and what was found."""

    kind: FindingKind
    severity: Severity
    message: str
    expected: str | None = None
    actual: str | None = None
    score: float | None = None


@_set_by_slots
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Result:
    """The outcome for one citation: reachability, what the page says, findings and the verdict."""

    citation: Citation
    status: Status
    reason: str
    verdict: Verdict
    cause: Cause | None = None
    http_status: int | None = None
    final_url: str | None = None
    redirects: tuple[Redirect, ...] = ()
    metadata: Metadata | None = None
    findings: tuple[Finding, ...] = ()
    elapsed: float = 0.0

    @property
    def url(self) -> str:
        return self.citation.url


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class RunHistory:
    """What changed since the previous run, known when the run keeps state (``--state``).

    Each field holds URLs (without fragment): ``newly_broken`` fail this run but did not last run (or were
    never seen), ``recovered`` are fine again after failing last run, ``still_broken`` failed both times, and
    ``graced`` are failures reported as warnings because they have not yet failed long enough
    (``--fail-after`` / ``--grace``). ``previous_run`` is when the previous run recorded its state (ISO 8601).
    """

    newly_broken: tuple[str, ...] = ()
    recovered: tuple[str, ...] = ()
    still_broken: tuple[str, ...] = ()
    graced: tuple[str, ...] = ()
    previous_run: str | None = None
    runs: int = 0


def summarize(results: Iterable[Result]) -> dict[str, int]:
    """Counts of a run: ``total``, then one per verdict and one per status (the JSON ``summary``)."""
    counts: dict[str, int] = {"total": 0, **{v.value: 0 for v in Verdict}, **{s.value: 0 for s in Status}}
    for result in results:
        count_result(counts, result)
    return counts


def count_result(counts: dict[str, int], result: Result) -> None:
    """Add ``result`` to ``counts`` (as :func:`summarize` makes them), e.g. while a run goes."""
    counts["total"] += 1
    counts[result.verdict._value_] += 1  # ``value`` without the enum's descriptor: half the time
    counts[result.status._value_] += 1


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Report:
    """Every citation's result, in the order the citations were given, plus run-level notes.

    ``notes`` carries run-wide messages a person must see (for example that the network looks
    unavailable). ``render("text" | "json" | ...)`` formats the report with one of :mod:`linkcheck.report`.
    ``history`` says what changed since the previous run when the run keeps state (``--state``).
    """

    results: tuple[Result, ...]
    elapsed: float = 0.0
    notes: tuple[str, ...] = ()
    history: RunHistory | None = None

    #: The run's counts when ``results`` does not hold every result: a streamed run (``--format jsonl``)
    #: keeps only the results that did not pass. ``None``: ``results`` is the whole run.
    counts: Mapping[str, int] | None = None

    @property
    def summary(self) -> dict[str, int]:
        return dict(self.counts) if self.counts is not None else summarize(self.results)

    @property
    def failed(self) -> bool:
        return any(r.verdict is Verdict.FAIL for r in self.results)

    @property
    def exit_code(self) -> int:
        """0 when no citation fails, 1 when any does (2, for usage errors, is the CLI's)."""
        return 1 if self.failed else 0

    def render(self, format: str = "text") -> str:
        from linkcheck.report import render

        return render(self, format)
