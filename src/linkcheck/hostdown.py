"""Hosts taken as down for the rest of a run: they gave no answer in time for several links in a row.

A host that drops connections (switched off, firewalled, blocking the runner's network) costs every one of
its links the connect timeout on each attempt: 10 s x 3 attempts by default, at ``per_host`` links at a
time, so a few hundred citations of one such outlet would hold a nightly run for an hour. A host that
accepts connections and never answers (a hung server, a tarpit) costs each link the read timeout three
times, 20 s x 3. Once ``after`` links of a host in a row have failed either way (each after its retries),
its links not yet fetched are reported with the same status and cause (``error``, ``timeout``) without a
request, and say so.

Only those timeouts count: no status line at all, whatever the path, is the host's doing, where a body
that stops coming or an error status may be one page's. Any answer from the host (a status, a refused or
reset connection, TLS or HTTP bytes, a redirect) starts the count again, and a link counts only when no
other link of the host was answered while it was in flight (:meth:`HostsDown.answers`, taken when the link
is handed out; :func:`no_other_answer`): a host that answered another page meanwhile is up, and the link
that hung is one page's.

A host that rate limits every request (``429``, or ``503`` with ``Retry-After``) is counted the same way:
each of its links waits out its ``Retry-After`` before each retry, at one link at a time once the host has
asked to wait, so 16 links of a host answering ``Retry-After: 5`` took 150 s, and a few hundred would hold a
run for hours. Once ``after`` links of the host in a row ended rate limited (each after its retries), its
links not yet fetched are reported as they would end (``blocked``, ``rate_limited``) without a request.
A link reported at once (its ``Retry-After`` beyond the cap: it cost no wait) neither counts nor breaks the
row; any other outcome of a link of the host starts the count again; a limited link counts only when no
other link of the host was served (answered with no rate limit) while it was in flight: such a host limits
some requests, not every one.

Before the twenty-first hostile round both rows were counted in the order links ended: on a host with many
links at a time, three that hung (or were limited) side by side ended one after the other and took as down
(or limiting) a host that was serving pages all along, and which of its links came after, and were not
requested, depended on the order they were scheduled in and on the machine's load (the hostile catalogue's
``ci`` run, 359 links on one host, took its server as down in two runs of three on a loaded machine: some
80 of them not requested).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from urllib.parse import urlsplit

from linkcheck.classify import Liveness
from linkcheck.hostkey import host_key
from linkcheck.models import Cause, FetchResult, Result, Status

__all__ = [
    "NOT_REQUESTED",
    "NO_ANSWERS",
    "Answered",
    "HostsDown",
    "hosts_down_note",
    "hosts_limited_note",
    "no_other_answer",
]

#: What :meth:`HostsDown.answers` counts of a host: links that ended with its answer, and with one that was
#: no rate limit.
Answered = tuple[int, int]
#: A host's :data:`Answered` before any link of it has ended with its answer.
NO_ANSWERS: Answered = (0, 0)

#: How the reason of a link reported without a request begins.
NOT_REQUESTED = "not requested: "


class HostsDown:
    """Per-host count of links in a row that got no answer in time (a connect timeout, or none before the
    answer's head), and the hosts it has taken as down; thread-safe (the workers of one run share it).
    ``after=0`` never takes a host as down.

    Its two mappings are public, for a run's workers to read without a call (a link reads both): only this
    class writes them, under its lock. :meth:`answers` and :meth:`down` read them the same way."""

    __slots__ = ("_after", "_in_a_row", "_limited_in_a_row", "_lock", "answered", "taken")

    def __init__(self, after: int) -> None:
        self._after = after
        self._lock = threading.Lock()
        self._in_a_row: dict[str, int] = {}
        self._limited_in_a_row: dict[str, int] = {}
        #: Per host (absent: :data:`NO_ANSWERS`), how many of its links ended with an answer from it, and how
        #: many with one that was no rate limit: taken when a link is handed out and given back to
        #: :meth:`record` with how it ended, it tells whether the host answered another link meanwhile (see
        #: :func:`no_other_answer`).
        self.answered: dict[str, Answered] = {}
        #: Hosts taken as down, and what to report for each of their links without fetching it.
        self.taken: dict[str, Liveness] = {}

    def answers(self, host: str) -> Answered:
        """``host``'s entry in :attr:`answered`."""
        return self.answered.get(host, NO_ANSWERS)

    def down(self, host: str) -> Liveness | None:
        """What to report for a link of ``host`` without fetching it (:attr:`taken`), or ``None``."""
        return self.taken.get(host)

    def record(self, host: str, fetch: FetchResult | None, since: Answered | None = None) -> None:
        """``fetch`` is how a link of ``host`` (the host key it was scheduled under) ended; ``since``: what
        :meth:`answers` said when the link was handed out (``None``: not known, as if nothing ended
        meanwhile)."""
        if not self._after or fetch is None:
            return
        if fetch.redirects:  # ``host`` answered; a later hop's failure is another host's
            silent, reached = False, True
        else:
            silent = fetch.connect_timed_out or fetch.answer_timed_out
            reached = fetch.status_code is not None or fetch.cause in _REACHED
        limited = fetch.cause is Cause.RATE_LIMITED and not fetch.redirects
        if limited or host in self._limited_in_a_row:  # (a dict read: no lock)
            self._count_limited(host, fetch, None if since is None else since[1])
        if not (silent or reached):
            return  # no word from the host either way (a name lookup, the address guard, a deadline)
        with self._lock:
            reached_count, served = self.answered.get(host, NO_ANSWERS)
            if not silent:
                self.answered[host] = reached_count + 1, served if limited else served + 1
                self._in_a_row.pop(host, None)
                return
            if not no_other_answer(None if since is None else since[0], reached_count):
                return  # another link of the host got its answer while this one waited: the host is up
            count = self._in_a_row.get(host, 0) + 1
            self._in_a_row[host] = count
            if count >= self._after and host not in self.taken:
                shown = host.rpartition("@")[2]  # never credentials written in a URL
                attempts = f"{fetch.attempts} attempt{'' if fetch.attempts == 1 else 's'} each"
                failed = "could not connect" if fetch.connect_timed_out else "got no answer"
                reason = (
                    f"{NOT_REQUESTED}{shown} was taken as down after {count} link{'' if count == 1 else 's'}"
                    f" in a row {failed} ({fetch.error or 'connect timeout'}, {attempts})"
                )
                self.taken[host] = Liveness(Status.ERROR, Cause.TIMEOUT, reason)

    def _count_limited(self, host: str, fetch: FetchResult, since: int | None) -> None:
        if fetch.cause is Cause.RATE_LIMITED and fetch.attempts <= 1 and not fetch.redirects:
            return  # reported at once (a Retry-After beyond the cap or the deadline): it cost no wait
        with self._lock:
            if fetch.cause is not Cause.RATE_LIMITED or fetch.redirects:
                self._limited_in_a_row.pop(host, None)
                return
            if not no_other_answer(since, self.answered.get(host, NO_ANSWERS)[1]):
                return  # another link of the host was served while this one waited: not every request
            count = self._limited_in_a_row.get(host, 0) + 1
            self._limited_in_a_row[host] = count
            if count >= self._after and host not in self.taken:
                shown = host.rpartition("@")[2]  # never credentials written in a URL
                reason = (
                    f"{NOT_REQUESTED}{shown} rate limited {count} link{'' if count == 1 else 's'} in a row,"
                    f" each to the end of its retries ({fetch.error or 'rate limited'}): its other links were"
                    " not requested"
                )
                self.taken[host] = Liveness(Status.BLOCKED, Cause.RATE_LIMITED, reason)


def no_other_answer(since: int | None, answered: int) -> bool:
    """Whether a link that got no answer in time, or ended rate limited, tells that its host is down or
    limits every request: no other link of the host was answered (for a rate limit: served) while it was in
    flight (``since``: the host's count of such answers when the link was handed out, ``None`` when not
    known; ``answered``: the count now). Left alone (counted, as before): a link whose host answered nothing
    else meanwhile, and one whose start is not known."""
    return since is None or since == answered


#: Failures without an HTTP status that still prove the host is there: it refused or reset the connection,
#: or took part in TLS or HTTP. Any other timeout (a body that stopped coming, or the deadline) proves
#: nothing either way, and is left out.
_REACHED = frozenset({Cause.CONNECTION, Cause.TLS, Cause.PROTOCOL, Cause.TOO_LARGE})


def _not_requested(results: Iterable[Result], cause: Cause) -> tuple[int, str, int] | None:
    """Hosts whose links were reported with ``cause`` without a request: how many hosts, the first five
    named, and how many links (``None`` when there were none)."""
    hosts: set[str] = set()
    links = 0
    for result in results:
        if result.cause is cause and result.reason.startswith(NOT_REQUESTED):
            links += 1
            hosts.add(host_key(urlsplit(result.url).netloc))  # one host in any spelling, as counted
    if not links:
        return None
    names = sorted(hosts)
    return len(names), ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else ""), links


def hosts_limited_note(results: Iterable[Result]) -> str | None:
    """The run's note when hosts were taken as rate limiting (``None`` when none was)."""
    found = _not_requested(results, Cause.RATE_LIMITED)
    if found is None:
        return None
    count, shown, links = found
    one = count == 1
    return (
        f"{count} host{'' if one else 's'} rate limited every request ({shown}): {links} of "
        f"{'its' if one else 'their'} links were reported as rate limited without a request"
        " (--host-down-after)"
    )


def hosts_down_note(results: Iterable[Result]) -> str | None:
    """The run's note when hosts were taken as down (``None`` when none was): which, and how many links."""
    found = _not_requested(results, Cause.TIMEOUT)
    if found is None:
        return None
    count, shown, links = found
    one = count == 1
    return (
        f"{count} host{'' if one else 's'} could not be reached and {'was' if one else 'were'} taken as "
        f"down ({shown}): {links} of {'its' if one else 'their'} links were reported as timeouts without a "
        "request (--host-down-after)"
    )
