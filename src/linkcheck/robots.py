"""robots.txt, fetched once per origin and cached for the run (``Config.respect_robots``).

:class:`RobotsCache` is thread-safe: when several workers ask about the same origin at once, one fetches
``/robots.txt`` and the others wait for its answer. The fetch itself is injected (the :class:`Fetcher`
passes its own guarded, capped fetch), so this module does no I/O of its own.

Its rules are read as RFC 9309 says (:mod:`linkcheck.robotstxt`: the most specific rule wins, ``*`` and ``$``
patterns, every group naming linkcheck's product token merged). What an answer means:

- 2xx: the rules apply (the first 512 KiB are parsed). Of a robots.txt cut short (the cap, or the deadline
  during its body), the lines that arrived whole.
- 4xx (404, 403...): no rules, everything is allowed.
- rate limited (``429``, or ``503`` with ``Retry-After``, still so after the fetcher's retries or asking
  for a wait beyond ``--retry-after-cap``): the site asked to be left alone a while, so none of its pages
  is requested: each is reported rate limited (RFC 9309 counts a ``429`` among the 4xx that allow
  everything; the page was then asked for at once, by a client the site had just told to wait).
- 5xx: "unreachable": everything is disallowed.
- no HTTP answer at all (DNS, connection, timeout, guard...): no decision; the page fetch goes ahead and
  reports its own failure (so an offline runner still sees ``dns`` failures, not ``robots`` skips).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from linkcheck.models import Cause, FetchResult
from linkcheck.robotstxt import RobotsRules, parse_robots, product_token

__all__ = ["ROBOTS_MAX_BYTES", "RobotsCache", "robots_url"]

#: Bytes of robots.txt parsed (RFC 9309 asks crawlers to parse at least 500 KiB).
ROBOTS_MAX_BYTES = 512 * 1024


def robots_url(url: str) -> str | None:
    """``scheme://host[:port]/robots.txt`` for ``url``, or ``None`` if ``url`` has no http(s) origin."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower().rsplit("@", 1)[-1], "/robots.txt", "", ""))


def _whole_lines(text: str) -> str:
    """``text`` up to its last line break: the lines of a robots.txt that was cut short (the cap, a deadline,
    a stall) that arrived whole. The cut one could say more than the file does: ``Disallow: /`` from
    ``Disallow: /private/`` disallowed every path of the site."""
    return text[: max(text.rfind("\n"), text.rfind("\r")) + 1]


@dataclass(frozen=True)
class _Rules:
    parsed: RobotsRules | None = None  # None: no rules (allow_all decides)
    allow_all: bool = True
    why: str = ""
    #: robots.txt was rate limited: the site's pages are reported so, not requested.
    rate_limited: bool = False


class RobotsCache:
    """Answers "may ``user_agent`` fetch this URL?" from each origin's robots.txt, fetched once per run."""

    def __init__(self, fetch: Callable[[str], FetchResult], user_agent: str) -> None:
        self._fetch = fetch
        self._token = product_token(user_agent)
        self._lock = threading.Lock()
        self._rules: dict[str, _Rules] = {}
        self._pending: dict[str, threading.Event] = {}

    def disallowed(self, url: str) -> str | None:
        """``None`` if ``url`` may be fetched, else the reason it may not."""
        verdict = self.verdict(url)
        return None if verdict is None else verdict[1]

    def verdict(self, url: str) -> tuple[Cause, str] | None:
        """``None`` if ``url`` may be fetched, else the cause to report it with (``ROBOTS``, or
        ``RATE_LIMITED`` when robots.txt itself was) and the reason."""
        where = robots_url(url)
        if where is None:
            return None
        rules = self._rules_for(where)
        if rules.rate_limited:
            return Cause.RATE_LIMITED, f"{where} {rules.why}: the site's pages are not requested"
        if rules.parsed is None:
            if rules.allow_all:
                return None
            return Cause.ROBOTS, f"{where} {rules.why}: treating every path as disallowed"
        rule = rules.parsed.deciding_rule(url, self._token)
        if rule is None or rule.allow:
            return None
        path = urlsplit(url).path or "/"
        agent = f"user agent {self._token!r}" if self._token else "this user agent"
        return Cause.ROBOTS, f"{where} disallows {path} for {agent} ({rule})"

    def _rules_for(self, where: str) -> _Rules:
        for _ in range(3):  # bounded: a waiter retries only if the fetching thread died without an answer
            with self._lock:
                if where in self._rules:
                    return self._rules[where]
                event = self._pending.get(where)
                if event is None:
                    event = self._pending[where] = threading.Event()
                    owner = True
                else:
                    owner = False
            if not owner:
                event.wait(300)
                continue
            rules = _Rules()
            try:
                rules = self._load(where)
            finally:
                with self._lock:
                    self._rules[where] = rules
                    self._pending.pop(where, None)
                event.set()
            return rules
        return _Rules()

    def _load(self, where: str) -> _Rules:
        result = self._fetch(where)
        status = result.status_code
        if status is None:
            return _Rules()  # no answer: no decision, the page fetch reports what is wrong
        if result.cause is Cause.RATE_LIMITED:
            return _Rules(allow_all=False, why=f"was {result.error or 'rate limited'}", rate_limited=True)
        if 500 <= status < 600:
            return _Rules(allow_all=False, why=f"answered {status}")
        if not 200 <= status < 300:
            return _Rules()
        # a byte order mark is not part of the first line (saved by an editor, it hid the first group)
        text = result.body[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace").removeprefix("\ufeff")
        if result.truncated or len(result.body) > ROBOTS_MAX_BYTES:
            text = _whole_lines(text)
        return _Rules(parsed=parse_robots(text))
