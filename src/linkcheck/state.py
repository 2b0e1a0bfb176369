"""Memory across runs (``--state PATH``): per-URL failure history, grace for new failures, what changed.

A nightly job should not go red because of one flaky night. The state file remembers, per URL (without its
fragment), when it first and last failed, how many runs in a row it failed, when it last succeeded and its
last status. With a grace policy (``--fail-after N`` and/or ``--grace DAYS``) a citation that fails *because
its link is down* is reported as a warning until the link has failed N runs in a row and/or for DAYS days,
as Wikipedia's dead-link bot waits for three failed checks days apart. With both, both must hold.

What counts (the decisions, documented in ``docs/ci.md``):

* A run's outcome for a URL is a **failure** when its status is ``dead``, ``soft_404`` or ``error`` (but an
  ``error`` because the runner was offline, ``network_unavailable``, or an internal bug says nothing about
  the link and is ignored), a **success** when ``ok``; ``blocked`` and ``skipped`` leave the counters alone
  (reachable-but-refused is not broken, and a skipped link was not checked).
* Only liveness failures are graced. Mismatches (title, date, outlet, postdates) are deterministic: the same
  page gives the same finding every night, so waiting would only delay the news. A citation that fails on a
  finding kind in ``fail_on`` fails at once even while its link is within grace.
* The file is JSON (``"schema": "linkcheck-state/1"``), written atomically (temporary file in the same
  directory, ``fsync``, ``os.replace``, directory ``fsync``): a run killed at any moment leaves the old or
  the new state, never a torn one. A state path that is a symbolic link (a CI cache volume's file linked
  into the checkout) is written through: the file it names is replaced in its own directory and the link
  stays (:func:`written_path`). A state file that cannot be read as state is renamed aside
  (``PATH.corrupt-<UTC time>``) with a warning and the run starts afresh: losing history can only delay a
  failure by the grace period, while refusing to run would silence the checker altogether. A state written
  by a newer linkcheck (another schema) is an error: we do not overwrite what we cannot read. An empty file
  (a cache step that restored zero bytes) is a fresh history with a warning; there is nothing to set aside.
* Two runs sharing one state file at once (a matrix of jobs over parts of a site) both keep what they learnt:
  :func:`update_state` writes under a lock on the file's directory and first folds in what another run wrote
  since this one read the file (its entries for URLs this run did not check, and its run in the count).
* A URL no run has checked for ``FORGET_AFTER_DAYS`` (90) days (or twice the grace period, if longer) is
  forgotten, so the file does not grow forever with links no longer cited.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import stat
import tempfile
import time
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from linkcheck.config import MAX_DAYS
from linkcheck.errors import ConfigError
from linkcheck.lazyre import lazy_re
from linkcheck.models import Cause, Report, Result, RunHistory, Status, Verdict
from linkcheck.urls import campaign_tagged, normal_origin, normal_url
from linkcheck.urls import resource_key as url_key

__all__ = [
    "STATE_SCHEMA",
    "GracePolicy",
    "State",
    "UrlState",
    "apply_state",
    "campaign_tagged",
    "checked_keys",
    "load_state",
    "merge_concurrent",
    "normal_origin",
    "normal_url",
    "outcome_of",
    "save_state",
    "state_from_dict",
    "state_to_dict",
    "update_state",
    "url_key",
]

STATE_SCHEMA = "linkcheck-state/1"

#: Statuses that count as the link failing (and so can be graced).
FAILURE_STATUSES = frozenset({Status.DEAD, Status.SOFT_404, Status.ERROR})
#: Entries of URLs no run has checked for this many days are dropped (links no longer cited).
FORGET_AFTER_DAYS = 90
#: Causes that say nothing about the link itself.
NEUTRAL_CAUSES = frozenset({Cause.NETWORK_UNAVAILABLE, Cause.INTERNAL, Cause.INVALID_CITATION})


@dataclass(frozen=True)
class UrlState:
    """What the state remembers about one URL. Times are ISO 8601 in UTC."""

    first_failure: str | None = None  # when the current run of failures started (None while succeeding)
    last_failure: str | None = None
    consecutive_failures: int = 0
    last_success: str | None = None
    last_status: str | None = None
    last_cause: str | None = None
    last_checked: str | None = None


@dataclass(frozen=True)
class State:
    urls: Mapping[str, UrlState] = field(default_factory=dict)
    updated: str | None = None
    runs: int = 0


@dataclass(frozen=True)
class GracePolicy:
    """``fail_after``: consecutive failed runs before a liveness failure fails; ``grace_days``: days since
    the first failure of the streak before it fails. Both must hold; the defaults grace nothing."""

    fail_after: int = 1
    grace_days: float = 0.0

    def __post_init__(self) -> None:
        if self.fail_after < 1:
            raise ConfigError(f"--fail-after must be 1 or more, got {self.fail_after}")
        if not 0 <= self.grace_days <= MAX_DAYS:  # NaN and inf too: they overflow the dates they move
            raise ConfigError(f"--grace must be 0 to {MAX_DAYS} days, got {self.grace_days:g}")

    @property
    def active(self) -> bool:
        return self.fail_after > 1 or self.grace_days > 0


def _iso(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat()


def _parse_time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def outcome_of(result: Result) -> bool | None:
    """``True`` when the run shows the link working, ``False`` when failing, ``None`` when it says nothing."""
    if result.cause in NEUTRAL_CAUSES:
        return None
    if result.status is Status.OK:
        return True
    if result.status in FAILURE_STATUSES:
        return False
    return None


# --- (de)serialisation ----------------------------------------------------------------------------------


def state_to_dict(state: State) -> dict[str, Any]:
    return {
        "schema": STATE_SCHEMA,
        "updated": state.updated,
        "runs": state.runs,
        "urls": {
            url: {
                "first_failure": s.first_failure,
                "last_failure": s.last_failure,
                "consecutive_failures": s.consecutive_failures,
                "last_success": s.last_success,
                "last_status": s.last_status,
                "last_cause": s.last_cause,
                "last_checked": s.last_checked,
            }
            for url, s in sorted(state.urls.items())
        },
    }


def _opt_str(entry: Mapping[str, Any], key: str, url: str | None = None) -> str | None:
    """``entry[key]``, a string or ``None``; else a ``ValueError`` naming the key, the URL whose entry it is
    in (``url``; ``None`` for the file's own keys) and the value, what a user editing the file can find:
    "last_checked must be a string or null" named no entry of thousands (nightly4)."""
    value = entry.get(key)
    if value is not None and not isinstance(value, str):
        owner = f" of {url!r}" if url is not None else ""
        raise ValueError(f"{key!r}{owner} must be a string or null, got {_shown_value(value)}")
    return value


def _shown_value(value: object, limit: int = 60) -> str:
    shown = json.dumps(value, ensure_ascii=False, default=repr)
    return shown if len(shown) <= limit else shown[:limit] + "..."


#: A JSON string (to its closing quote, or to the end of the text read: the error may be inside one) or one
#: of the structural characters; numbers, literals and blanks between them are passed over.
_JSON_TOKEN = lazy_re(r'"(?:[^"\\]|\\.)*(?:"|\Z)|[{}\[\]:,]')


def json_keys_at(text: str, pos: int) -> tuple[list[str], bool]:
    """The keys of the JSON objects open at ``pos`` in ``text`` (outermost first: each object's key whose
    value ``pos`` is in, or the last one read), and whether ``pos`` comes after the innermost key's value
    (a comma read since it). ``pos`` is where a decoder stopped: the text before it is JSON as far as it
    goes, so its tokens tell where it stands."""
    stack: list[list[Any]] = []  # [opening character, its current key, a comma read since the key]
    last = ""
    for match in _JSON_TOKEN.finditer(text, 0, pos):
        token = match.group()
        if token[0] == '"':
            last = token
        elif token == ":" and stack and stack[-1][0] == "{":
            stack[-1][1], stack[-1][2] = _json_key(last), False
        elif token == "," and stack:
            stack[-1][2] = True
        elif token in "{[":
            stack.append([token, None, False])
        elif token in "}]" and stack:
            stack.pop()
    keys = [key for opening, key, _ in stack if opening == "{" and key is not None]
    after = bool(stack) and stack[-1][0] == "{" and stack[-1][1] is not None and stack[-1][2]
    return keys, after


def _json_key(token: str) -> str:
    try:
        key = json.loads(token)
    except ValueError:  # an escape the decoder would refuse: the key as written
        return token.strip('"')
    return key if isinstance(key, str) else token


def state_place(keys: list[str], after: bool) -> str:
    """Where in a state file :func:`json_keys_at` found a position, in the words a user editing it looks
    for: the URL's entry (a key of ``urls``) and the key in it, or the file's own key; ``""`` at the top."""
    if not keys:
        return ""
    if keys[0] == "urls" and len(keys) >= 2:
        where = f"the entry for {keys[1]!r}" + (f", its key {keys[2]!r}" if len(keys) >= 3 else "")
    else:
        where = " > ".join(repr(key) for key in keys)
    return ("after " if after else "in ") + where


def unreadable_state_problem(exc: ValueError | UnicodeDecodeError) -> str:
    """What :func:`load_state` says of a state file it cannot read: the error's own words (a JSON error's
    line and column) and, for a JSON error or a byte that is not UTF-8, the entry and key it is in
    (:func:`state_place`), so a user can find the URL at fault among thousands (nightly4's leftover); a
    state that is JSON but not a state names its entry itself (:func:`state_from_dict`)."""
    if isinstance(exc, json.JSONDecodeError):
        place = state_place(*json_keys_at(exc.doc, exc.pos))
        return f"{exc}, {place}" if place else str(exc)
    if isinstance(exc, UnicodeDecodeError) and isinstance(exc.object, bytes):
        text = exc.object[: exc.start].decode("utf-8", errors="replace")
        line = text.count("\n") + 1
        column = len(text) - (text.rfind("\n") + 1) + 1
        place = state_place(*json_keys_at(text, len(text)))
        return f"{exc}: line {line} column {column}" + (f", {place}" if place else "")
    return str(exc)


def state_from_dict(data: Any) -> State:
    """Parse a state document; ``ValueError`` saying what is wrong when it is not one."""
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    schema = data.get("schema")
    if schema != STATE_SCHEMA:
        raise ValueError(f"unknown schema {schema!r} (expected {STATE_SCHEMA!r})")
    raw_urls = data.get("urls")
    if not isinstance(raw_urls, dict):
        raise ValueError("'urls' must be an object")
    urls: dict[str, UrlState] = {}
    for url, entry in raw_urls.items():
        if not isinstance(entry, dict):
            raise ValueError(f"entry for {url!r} must be an object")
        count = entry.get("consecutive_failures", 0)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise ValueError(
                f"'consecutive_failures' of {url!r} must be a whole number, got {_shown_value(count)}"
            )
        read = UrlState(
            first_failure=_opt_str(entry, "first_failure", url),
            last_failure=_opt_str(entry, "last_failure", url),
            consecutive_failures=count,
            last_success=_opt_str(entry, "last_success", url),
            last_status=_opt_str(entry, "last_status", url),
            last_cause=_opt_str(entry, "last_cause", url),
            last_checked=_opt_str(entry, "last_checked", url),
        )
        key = normal_url(url)
        urls[key] = _later_checked(urls[key], read) if key in urls else read
    runs = data.get("runs", 0)
    return State(
        urls=urls,
        updated=_opt_str(data, "updated"),
        runs=runs if isinstance(runs, int) and not isinstance(runs, bool) else 0,
    )


def _later_checked(one: UrlState, other: UrlState) -> UrlState:
    """Of two entries a state written before keys were normalised holds for one URL (``HTTP://HOST/x`` and
    ``http://host/x``), the one checked last: it is the link's latest news, and its streak the one running."""
    ours, theirs = _parse_time(one.last_checked), _parse_time(other.last_checked)
    return other if theirs is not None and (ours is None or theirs > ours) else one


def load_state(path: str | os.PathLike[str], *, now: dt.datetime | None = None) -> tuple[State, str | None]:
    """Read the state at ``path``: ``(state, warning)``. A missing file is an empty state; an unreadable one
    is renamed aside and ``warning`` says so. A state from a newer schema raises :class:`ConfigError`."""
    target = Path(path)
    refuse_unless_regular(target, "--state")
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        return State(), None
    except OSError as exc:
        raise ConfigError(f"--state {target}: cannot read: {exc.strerror or exc}") from None
    if not raw.strip():  # zero bytes (or blanks): no history to keep, nothing to set aside
        return State(), f"the state file {target} was empty; started a fresh history"
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # a byte-order mark an editor added is no corruption
        if isinstance(data, dict):
            schema = data.get("schema")
            if isinstance(schema, str) and schema.startswith("linkcheck-state/") and schema != STATE_SCHEMA:
                raise ConfigError(
                    f"--state {target}: written by another linkcheck version (schema {schema!r}); "
                    f"this one reads {STATE_SCHEMA!r}. Use another path or remove the file."
                )
        return state_from_dict(data), None
    except ConfigError:
        raise
    except (ValueError, UnicodeDecodeError) as exc:
        problem = unreadable_state_problem(exc)
        stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
        aside = move_aside(target, "--state", f"not a linkcheck state file ({problem})", stamp)
        return State(), (
            f"the state file {target} was unreadable ({problem}); moved it to {aside_name(target, aside)} and"
            " started a fresh history (failures within the grace period start counting again)"
        )


def refuse_unless_regular(target: Path, flag: str) -> None:
    """Raise :class:`ConfigError` when ``target`` (the state or cache file ``flag`` names) exists and is not
    a regular file: a FIFO's open would block, and a device (``/dev/null``) or a directory is no such file.
    A missing file is left to its reader (it starts afresh), as is one renamed away while this looks: one
    ``stat``, not an ``exists`` then an ``is_file`` (between the two, a run sharing the file could set it
    aside, and this called the missing file "not a regular file")."""
    try:
        mode = os.stat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError:
        return  # unreadable: its reader says why, with the path
    if not stat.S_ISREG(mode):
        raise ConfigError(
            f"{flag} {target}: is not a regular file (a device, a pipe or a directory); name a file"
        )


def move_aside(target: Path, flag: str, problem: str, stamp: str) -> Path:
    """Rename a damaged file (a state or cache file ``flag`` names) to ``<name>.corrupt-<stamp>`` beside it,
    with its SQLite ``-wal``/``-shm`` files if it has them, and return the new path; raise
    :class:`ConfigError` naming ``problem`` when it cannot be moved. Only a regular file is moved: a device
    (``/dev/null``, ``/dev/zero``) or a pipe named as the file is refused, as a rename would take the device
    out of ``/dev`` (as root) and leave an ordinary file in its place. A symbolic link is followed
    (:func:`written_path`): the file it names is moved in its own directory and the link stays, since the
    next run opens that file through the link again."""
    target = written_path(target)
    if not target.is_file():
        raise ConfigError(
            f"{flag} {target}: {problem}, and it is not a regular file (a device or a pipe); name a file"
        )
    aside = target.with_name(f"{target.name}.corrupt-{stamp}")
    try:
        os.replace(target, aside)
        for suffix in ("-wal", "-shm"):
            sibling = target.with_name(target.name + suffix)
            if sibling.exists():
                os.replace(sibling, aside.with_name(aside.name + suffix))
    except OSError as move:
        raise ConfigError(f"{flag} {target}: {problem}, and it cannot be moved aside: {move}") from None
    return aside


def aside_name(target: Path, aside: Path) -> str:
    """How a warning names the file ``aside`` that ``target`` was moved to: its name when it lies beside
    ``target``, else its path, as it does when ``target`` is a symbolic link into another directory
    (:func:`written_path`): the user looks beside the link and would not find it (fix7)."""
    return aside.name if aside.parent == target.parent else str(aside)


def written_path(target: Path) -> Path:
    """The file a write to ``target`` replaces: ``target`` itself, or, when ``target`` is a symbolic link, the
    file the link names (a dangling link's too: the first run writes it), links followed to the end.

    Why: the state is replaced by a rename, and a rename onto a link replaces the link, not its file. A CI
    job whose state is a link into a cache volume or a shared directory would then write its counts into a
    new file beside the checkout, and the next job, reading through a fresh link, would find the old
    history: grace periods counted again from the start, night after night, without a word. Following the
    link, as ``> path`` and the reports (``--output``) do, keeps the link and puts the counts where it
    points. A regular file or a missing path is ``target`` as it is."""
    if not target.is_symlink():
        return target
    return Path(os.path.realpath(target))


def save_state(path: str | os.PathLike[str], state: State) -> None:
    """Write ``state`` atomically: a reader (or a killed run) sees the old file or the new one, whole. A
    symbolic link is written through (:func:`written_path`)."""
    target = written_path(Path(path))
    text = json.dumps(state_to_dict(state), ensure_ascii=False, indent=1) + "\n"
    directory = _state_directory(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise ConfigError(f"--state {target}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_directory(directory)


def _state_directory(target: Path) -> Path:
    """The directory the state file ``target`` is written in, created if need be."""
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"--state {target}: cannot write: {exc.strerror or exc}") from None
    return directory


def merge_concurrent(ours: State, previous: State, current: State, checked: Collection[str]) -> State:
    """This run's new state (``ours``, computed from ``previous``, the file as this run read it) with what
    another run wrote to the file meanwhile (``current``, the file as it is now) folded in: the entries that
    run changed for URLs this run did not check (``checked``: their keys), and its run in the count. When
    nobody wrote since (``current`` was last updated when ``previous`` was), ``ours`` as it is."""
    if current.updated == previous.updated and current.runs == previous.runs:
        return ours
    urls = dict(ours.urls)
    for key, theirs in current.urls.items():
        if key in checked:
            continue  # this run's news of it is the newer
        if theirs != previous.urls.get(key):
            urls[key] = theirs
    return replace(ours, urls=urls, runs=ours.runs + max(0, current.runs - previous.runs))


#: The head of a state file as :func:`save_state` writes it: when it still names the run ``previous`` was
#: read from, nobody wrote since, and the rest (megabytes for a large site) need not be parsed again.
_HEAD_BYTES = 512
_HEAD = lazy_re(rb'^\{\s*"schema":\s*"[^"]*",\s*"updated":\s*("[^"]*"|null),\s*"runs":\s*(\d+),')


def _peek_state(target: Path, previous: State) -> State | None:
    """The state at ``target`` now, without moving anything (``previous`` itself when its head shows it is the
    file ``previous`` was read from): ``None`` when it does not read as a state."""
    try:
        with target.open("rb") as handle:
            raw = handle.read(_HEAD_BYTES)
            head = _HEAD.match(raw)
            if head is not None and json.loads(head[1]) == previous.updated and int(head[2]) == previous.runs:
                return previous
            raw += handle.read()  # another run wrote it: the whole file is read only then
    except FileNotFoundError:
        return State()
    except OSError:
        return None
    try:
        return state_from_dict(json.loads(raw.decode("utf-8-sig")))
    except (ValueError, UnicodeDecodeError):
        return None


#: How long :func:`update_state` waits for another run's write to end (a write takes milliseconds).
LOCK_WAIT_SECONDS = 10.0


@contextlib.contextmanager
def _directory_lock(directory: Path) -> Iterator[None]:
    """An exclusive ``flock`` on ``directory`` (no lock file is left behind), given up after
    :data:`LOCK_WAIT_SECONDS`; where directories cannot be locked, none."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # pragma: no cover
        yield
        return
    try:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    break  # a stuck holder: write without the lock rather than lose the run
                time.sleep(0.02)
            except OSError:  # pragma: no cover - a file system without flock
                break
        yield
    finally:
        os.close(fd)  # releases the lock


def update_state(
    path: str | os.PathLike[str], state: State, *, previous: State, checked: Collection[str]
) -> State:
    """Save this run's ``state`` (computed from ``previous``; ``checked``: the URL keys this run checked) as
    :func:`save_state` does, under a lock on the file's directory, with what another run wrote since
    ``previous`` was read folded in (:func:`merge_concurrent`). Returns the state written."""
    target = written_path(Path(path))
    with _directory_lock(_state_directory(target)):
        current = _peek_state(target, previous)
        if current is not None:
            state = merge_concurrent(state, previous, current, checked)
        save_state(target, state)
    return state


def checked_keys(results: Iterable[Result]) -> set[str]:
    """The state keys of the URLs a run's ``results`` checked (an invalid citation checks none)."""
    return set(_outcomes(results))


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable (POSIX); a no-op where directories cannot be opened."""
    flags = getattr(os, "O_DIRECTORY", None)
    if flags is None:  # pragma: no cover - Windows
        return
    try:
        fd = os.open(directory, os.O_RDONLY | flags)
    except OSError:  # pragma: no cover
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


# --- one run --------------------------------------------------------------------------------------------


def _outcomes(results: Iterable[Result]) -> dict[str, Result]:
    """The first result per URL key (citations sharing a URL share its fetch and status)."""
    first: dict[str, Result] = {}
    for result in results:
        if result.citation.error is None:
            first.setdefault(url_key(result.url), result)
    return first


_TIME_FIELDS = ("first_failure", "last_failure", "last_success", "last_checked")


def not_after(entry: UrlState, now: dt.datetime, *, now_text: str | None = None) -> UrlState:
    """``entry`` with every time later than ``now`` brought back to ``now`` (``now_text``: ``_iso(now)``,
    given by a caller that asks for many entries).

    A state written by a runner whose clock ran ahead (or edited by hand) can date a failure in the future:
    kept, its grace would be counted from a day that has not come (a link graced for weeks longer than
    ``--grace``) and an entry no run cites any more would never be ``FORGET_AFTER_DAYS`` old. Nothing can
    have happened after this run, so such a time is read as now. Times up to ``now`` are left alone, and
    so is a time that does not parse (``_parse_time`` reads it as absent).
    """
    now_text = now_text or _iso(now)
    late: dict[str, Any] = {
        name: now_text
        for name in _TIME_FIELDS
        if (text := getattr(entry, name)) and _later(text, now, now_text)
    }
    return replace(entry, **late) if late else entry


def previous_run_time(updated: str | None, now: dt.datetime, *, now_text: str | None = None) -> str | None:
    """The history's ``previous_run``: the state's ``updated``, or ``now`` when that is later.

    A runner whose clock ran ahead (or a hand edit) can date the previous run after this one; reported as
    it is, the history would say the last run finished days from now, which no reader can act on and which
    contradicts the rule ``not_after`` applies to every entry (nothing happened after this run). Earlier
    times, ``None`` (the first run) and a time that does not parse are left alone.
    """
    now_text = now_text or _iso(now)
    if updated and _later(updated, now, now_text):
        return now_text
    return updated


def _later(text: str, now: dt.datetime, now_text: str) -> bool:
    """Whether the state's time ``text`` is after ``now``. A time as the state writes it (``_iso``: UTC, to
    the second) compares as text, without parsing: a state of 10,000 URLs holds 40,000 of them."""
    if len(text) == len(now_text) and text.endswith("+00:00") and text[10] == "T":
        return text > now_text
    when = _parse_time(text)
    return when is not None and when > now


def _advance(entry: UrlState, result: Result, when: str) -> UrlState:
    outcome = outcome_of(result)
    status = result.status.value
    cause = result.cause.value if result.cause else None
    if outcome is None:
        return replace(entry, last_status=status, last_cause=cause, last_checked=when)
    if outcome:
        return replace(
            entry,
            first_failure=None,
            consecutive_failures=0,
            last_success=when,
            last_status=status,
            last_cause=cause,
            last_checked=when,
        )
    return replace(
        entry,
        first_failure=entry.first_failure if entry.consecutive_failures else when,
        last_failure=when,
        consecutive_failures=entry.consecutive_failures + 1,
        last_status=status,
        last_cause=cause,
        last_checked=when,
    )


def _graceable(result: Result, fail_on: frozenset[str]) -> bool:
    """Fails only because its link is down: a graceable status in ``fail_on`` and no failing finding."""
    return (
        result.verdict is Verdict.FAIL
        and result.status in FAILURE_STATUSES
        and result.cause not in NEUTRAL_CAUSES
        and result.status.value in fail_on
        and not any(f.kind.value in fail_on for f in result.findings)
    )


def _in_grace(entry: UrlState, policy: GracePolicy, now: dt.datetime) -> bool:
    if entry.consecutive_failures < policy.fail_after:
        return True
    if policy.grace_days > 0:
        started = _parse_time(entry.first_failure)
        if started is not None and now - started < dt.timedelta(days=policy.grace_days):
            return True
    return False


def _grace_note(entry: UrlState, policy: GracePolicy) -> str:
    since = (entry.first_failure or "")[:10]
    runs = entry.consecutive_failures
    what = f"failing {runs} run{'s' if runs != 1 else ''} in a row since {since}"
    until: list[str] = []
    if policy.fail_after > 1:
        until.append(f"{policy.fail_after} runs in a row")
    if policy.grace_days > 0:
        until.append(f"{policy.grace_days:g} days")
    return f"{what}; a warning until it has failed {' and '.join(until)}"


def apply_state(
    report: Report,
    previous: State,
    *,
    fail_on: frozenset[str],
    policy: GracePolicy | None = None,
    now: dt.datetime | None = None,
) -> tuple[Report, State]:
    """Fold this run into the state and apply the grace policy.

    Returns the report (graced failures turned into warnings, ``history`` filled in) and the new state to
    save. Pure: no I/O.
    """
    policy = policy or GracePolicy()
    now = now or dt.datetime.now(dt.timezone.utc)
    when = _iso(now)
    urls = dict(previous.urls)
    newly: list[str] = []
    recovered: list[str] = []
    still: list[str] = []
    for key, result in _outcomes(report.results).items():
        before = not_after(urls.get(key, UrlState()), now, now_text=when)
        after = _advance(before, result, when)
        urls[key] = after
        outcome = outcome_of(result)
        if outcome is False:
            (still if before.consecutive_failures else newly).append(key)
        elif outcome is True and before.consecutive_failures:
            recovered.append(key)

    graced: list[str] = []
    results: list[Result] = []
    for result in report.results:
        key = url_key(result.url)
        entry = urls.get(key)
        if (
            policy.active
            and entry is not None
            and result.citation.error is None
            and _graceable(result, fail_on)
            and _in_grace(entry, policy, now)
        ):
            result = replace(
                result, verdict=Verdict.WARN, reason=f"{result.reason} ({_grace_note(entry, policy)})"
            )
            if key not in graced:
                graced.append(key)
        results.append(result)

    forget_before = now - dt.timedelta(days=max(FORGET_AFTER_DAYS, 2 * policy.grace_days))
    # An entry this run did not check, dated after it, is brought back to it (``not_after``) here, where its
    # last check is read anyway: otherwise it would never be old enough to forget.
    urls = {
        key: entry if checked is None or checked <= now else not_after(entry, now, now_text=when)
        for key, entry in urls.items()
        if (checked := _parse_time(entry.last_checked)) is None or checked >= forget_before
    }
    state = State(urls=urls, updated=when, runs=previous.runs + 1)
    history = RunHistory(
        newly_broken=tuple(newly),
        recovered=tuple(recovered),
        still_broken=tuple(still),
        graced=tuple(graced),
        previous_run=previous_run_time(previous.updated, now, now_text=when),
        runs=state.runs,
    )
    return replace(report, results=tuple(results), history=history), state
