"""A citation's archived copy (``archive:``), checked against the citation without a request.

Web archives write the address they captured, and when, into the copy's own URL: the Wayback Machine's
``web.archive.org/web/20200109123000/https://ria.ru/...``, and the same form at archive.today
(``archive.ph/2020.01.09-123000/https://...``), Arquivo.pt, the UK Government Web Archive, the Library of
Congress, Archive-It and the other national archives that run its software. Two mistakes are common in
citations and cost nothing to find:

* the copy is of **another address** (an archive link pasted into the wrong citation, or the capture of a
  front page, a search or a redirect's start instead of the article);
* the copy was captured **before the cited date**: an article cannot be in a capture made before it was
  published (a capture of the address when it served something else, or a mistyped timestamp).

A copy whose URL does not name its original (``archive.ph/AbCd1``, ``ghostarchive.org/archive/Xy12``) is
not judged. Pure functions; no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from linkcheck.lazyre import lazy_re
from linkcheck.memo import once
from linkcheck.models import Citation, Finding, FindingKind, Severity

__all__ = ["Capture", "archive_finding", "capture_of", "same_address"]


@once
def _capture() -> re.Pattern[str]:
    """The capture's timestamp (4 to 14 digits, the form archives write: ``20200109123000``, or
    archive.today's ``2020.01.09-123000``), an optional replay flag (``id_``, ``if_``, ``*``), then the
    captured address: a URL, or (as some citations write it) a host name and its path without the scheme.
    Compiled on the first archive URL (most runs have none)."""
    return re.compile(
        r"/(?P<stamp>\d{4,14}|\d{4}\.\d{2}\.\d{2}-\d{6})(?:[a-z]{2}_|\*)?/+"
        r"(?P<original>(?:https?|ftp):/+\S+|(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/?:]\S*)?)$",
        re.IGNORECASE,
    )


#: A scheme-less address needs a day's timestamp and a host's last label: ``/2020/story.html`` in an
#: article's own URL is a path, not a capture of ``story.html``.
_FILE_ENDINGS = frozenset(
    {"html", "htm", "shtml", "php", "asp", "aspx", "jsp", "cms", "pdf", "xml", "json", "txt"}
)
_SCHEME = lazy_re(r"^(https?|ftp):/+", re.IGNORECASE)
_DEFAULT_PORTS = {"http": "80", "https": "443"}


@dataclass(frozen=True, slots=True)
class Capture:
    """What an archive URL says it holds: the captured address and the day of the capture (``None`` when the
    timestamp is shorter than a day)."""

    original: str
    day: dt.date | None


def capture_of(archive_url: str) -> Capture | None:
    """The address and day an archive URL names, or ``None`` when it names none (a short link)."""
    try:
        parts = urlsplit(archive_url.strip())
    except ValueError:
        return None
    # the captured address keeps its own query: it is everything after the timestamp, as archives write it
    rest = archive_url.strip()[len(parts.scheme) + 3 + len(parts.netloc) :] if parts.netloc else ""
    found = _capture().search(rest.split("#", 1)[0])
    if found is None:
        return None
    host = found.group("host")
    if host is not None:
        label = host.rsplit(".", 1)[1].lower()
        if len(found.group("stamp")) < 8 or not label.isalpha() or label in _FILE_ENDINGS:
            return None
    original = found.group("original")
    scheme = _SCHEME.match(original)
    original = f"{scheme.group(1).lower()}://{original[scheme.end() :]}" if scheme else f"http://{original}"
    return Capture(original, _stamp_day(found.group("stamp")))


def _stamp_day(stamp: str) -> dt.date | None:
    digits = stamp.replace(".", "").replace("-", "")
    if len(digits) < 8:
        return None
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def _address(url: str) -> tuple[str, str, str] | None:
    """A comparison key for an address: the host without ``www.`` and its default port, the path without
    its trailing slash and with its escapes read, and the query; the scheme and fragment do not count (an
    archive captures ``http://`` and ``https://`` alike)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").lower().rstrip(".").removeprefix("www.")
    if not host:
        return None
    if port is not None and str(port) != _DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    path = unquote(parts.path).rstrip("/") or "/"
    return host, path, unquote(parts.query)


def same_address(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` the same page's address, but for the scheme, ``www.``, a default port, a trailing
    slash, escapes and the fragment?"""
    key_a, key_b = _address(a), _address(b)
    return key_a is not None and key_a == key_b


def archive_finding(citation: Citation, tolerance_days: int) -> Finding | None:
    """An ``archive_mismatch`` (``warn``) when the citation's archived copy names another address than the
    cited one, or a capture made before the cited date (by more than ``tolerance_days``)."""
    if not citation.archive_url:
        return None
    capture = capture_of(citation.archive_url)
    if capture is None:
        return None
    if not same_address(capture.original, citation.url):
        return Finding(
            kind=FindingKind.ARCHIVE_MISMATCH,
            severity=Severity.WARN,
            message=(
                f"the archived copy {citation.archive_url!r} is a capture of {capture.original!r}, not of the"
                " cited URL"
            ),
            expected=citation.url,
            actual=capture.original,
        )
    cited = citation.date
    if (
        capture.day is not None
        and cited is not None
        and capture.day < cited.first_day - dt.timedelta(days=tolerance_days)
    ):
        return Finding(
            kind=FindingKind.ARCHIVE_MISMATCH,
            severity=Severity.WARN,
            message=(
                f"the archived copy {citation.archive_url!r} was captured on {capture.day.isoformat()},"
                f" before the cited date {cited}: it cannot hold the cited article"
            ),
            expected=str(cited),
            actual=capture.day.isoformat(),
        )
    return None
