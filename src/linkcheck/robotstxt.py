"""robots.txt rules as RFC 9309 reads them: parsed once, asked per URL (pure functions, no I/O).

What the RFC asks of a crawler, and where the standard library's ``urllib.robotparser`` (which linkcheck used
before) does otherwise:

- **The most specific rule wins**: of every ``allow`` and ``disallow`` rule of the group that matches the
  URL's path, the one with the longest pattern decides; a tie goes to ``allow``. ``urllib.robotparser``
  takes the first rule that matches, in the file's order, so ``Disallow: /`` then ``Allow: /news/`` (a site
  that opens only its articles) disallowed the articles.
- **Wildcards**: ``*`` matches any run of characters and a ``$`` at a pattern's end anchors it to the path's
  end (``Disallow: /*.pdf$``). ``urllib.robotparser`` compared them literally, so such a rule never matched.
- **Groups**: a group is one or more ``user-agent`` lines and the rules after them. Every group naming the
  crawler's product token (case-insensitively) applies, merged into one; only when none does, every ``*``
  group, merged; with neither, everything is allowed. Rules before the first ``user-agent`` line belong to no
  group. Lines of other kinds (``sitemap``, ``crawl-delay``) neither start nor end a group.
- **Encoding**: patterns and paths are compared in their percent-encoded forms (UTF-8; the hex digits of an
  escape in capitals), so ``/café`` and ``/caf%c3%a9`` are the same path; an escaped ``/`` (``%2F``) is not a
  ``/``.
- ``/robots.txt`` itself is always allowed; an empty ``disallow`` disallows nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from linkcheck.lazyre import lazy_re

__all__ = ["RobotsRules", "parse_robots", "product_token"]

#: What is left as written when a path or a pattern is brought to its percent-encoded form: RFC 3986's
#: unreserved and reserved characters, ``%`` (escapes already there) and the pattern's ``*`` and ``$``.
_SAFE = "/?#[]@!$&'()*+,;=:-._~%"
_ESCAPE = lazy_re(r"%[0-9a-fA-F]{2}")
_TOKEN = lazy_re(r"[A-Za-z_-]+")
#: The field names read, with the misspellings crawlers commonly accept for them.
_AGENT_KEYS = frozenset({"user-agent", "useragent", "user agent"})
_ALLOW_KEYS = frozenset({"allow"})
_DISALLOW_KEYS = frozenset({"disallow", "dissallow", "dissalow", "disalow", "diasllow", "disallaw"})


def product_token(user_agent: str) -> str:
    """The product token a ``user-agent`` line names a crawler by: ``linkcheck`` of ``linkcheck/0.1 (...)``,
    lower-cased (the RFC matches it case-insensitively). ``""`` when the string opens with no token."""
    found = _TOKEN.match(user_agent.strip())
    return found.group().lower() if found else ""


def _encoded(text: str) -> str:
    """``text`` percent-encoded as RFC 9309 compares paths: UTF-8 for what is not ASCII or not allowed in a
    URI, escapes already there kept with capital hex digits."""
    return _ESCAPE.sub(lambda m: m.group().upper(), quote(text, safe=_SAFE))


@dataclass(frozen=True)
class _Rule:
    """One ``allow`` or ``disallow`` line of a group."""

    allow: bool
    pattern: str  # percent-encoded, as written otherwise
    #: for a pattern with a wildcard or an end anchor; ``None``: a prefix test decides
    regex: re.Pattern[str] | None

    def __str__(self) -> str:
        return f"{'Allow' if self.allow else 'Disallow'}: {self.pattern}"

    def matches(self, path: str) -> bool:
        if self.regex is None:
            return path.startswith(self.pattern)
        return self.regex.match(path) is not None


def _rule(allow: bool, value: str) -> _Rule | None:
    if not value:
        return None  # "Disallow:" with no path disallows nothing; an empty allow says nothing either
    if not value.startswith(("/", "*")):
        value = "/" + value  # "Disallow: private/" is meant from the root, as crawlers read it
    pattern = _encoded(value)
    if "*" not in pattern and not pattern.endswith("$"):
        return _Rule(allow, pattern, None)
    anchored = pattern.endswith("$")
    body = pattern[:-1] if anchored else pattern
    regex = ".*".join(re.escape(piece) for piece in body.split("*")) + (r"\Z" if anchored else "")
    return _Rule(allow, pattern, re.compile(regex, re.DOTALL))


@dataclass(frozen=True)
class RobotsRules:
    """One robots.txt, parsed (:func:`parse_robots`): its groups' rules by product token."""

    #: product token (lower case, ``*`` for the catch-all) -> the rules of every group that names it
    groups: dict[str, tuple[_Rule, ...]] = field(default_factory=dict)

    def rules_for(self, token: str) -> tuple[_Rule, ...]:
        """The rules a crawler of product ``token`` obeys: its own groups', else the ``*`` groups'."""
        own = self.groups.get(token.lower()) if token else None
        return own if own is not None else self.groups.get("*", ())

    def deciding_rule(self, url: str, token: str) -> _Rule | None:
        """The rule that decides whether a crawler of product ``token`` may fetch ``url`` (its path and query
        are what is matched): the longest pattern that matches, ``allow`` on a tie; ``None``: no rule does,
        so the URL is allowed."""
        parts = urlsplit(url)
        if parts.path == "/robots.txt":
            return None
        path = _encoded((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
        best: _Rule | None = None
        for rule in self.rules_for(token):
            if best is not None and len(rule.pattern) < len(best.pattern):
                continue
            if not rule.matches(path):
                continue
            if best is None or len(rule.pattern) > len(best.pattern) or (rule.allow and not best.allow):
                best = rule
        return best

    def allows(self, url: str, token: str) -> bool:
        """Whether a crawler of product ``token`` may fetch ``url``."""
        rule = self.deciding_rule(url, token)
        return rule is None or rule.allow


def parse_robots(text: str) -> RobotsRules:
    """The groups of robots.txt ``text``. Lines it cannot read (no ``:``, an unknown field) are skipped, as
    the RFC asks: one bad line costs only itself."""
    groups: dict[str, list[_Rule]] = {}
    agents: list[str] = []  # the current group's tokens
    had_rule = False  # a rule came since the last user-agent line: the next one starts a new group
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        key, colon, value = line.partition(":")
        if not colon:
            continue
        key = " ".join(key.split()).lower()
        value = value.strip()
        if key in _AGENT_KEYS:
            if had_rule:
                agents, had_rule = [], False
            token = "*" if value.startswith("*") else product_token(value)
            if token:
                agents.append(token)
                groups.setdefault(token, [])
        elif key in _ALLOW_KEYS or key in _DISALLOW_KEYS:
            if not agents:
                continue  # a rule before any user-agent line belongs to no group
            had_rule = True
            rule = _rule(key in _ALLOW_KEYS, value)
            if rule is not None:
                for token in agents:
                    groups[token].append(rule)
    return RobotsRules({token: tuple(rules) for token, rules in groups.items()})
