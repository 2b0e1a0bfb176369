"""The link-rot tests' shared helpers, written once: the fixtures' folder, a fetcher double, one citation
checked through :func:`check`, the page builders, the body-signal and soft-404-signal calls and the date in
an agency's address.

The end-to-end machinery (the loopback server, the CLI's one run over a manifest, :class:`Scenario`) stays in
:mod:`tests.test_rot_heldout`, which every ``test_rot_heldout<N>.py`` imports; this module holds what the
``test_rot_rules<N>.py`` files had each copied. Helpers whose shape a file chose for itself (a page built from
a title and an ``<h1>``, a notice read by one gate) stay in that file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from linkcheck import Config, check
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, FetchResult, PartialDate, Status
from linkcheck.pagebody import body_signal
from linkcheck.soft404 import soft_404_signal

FIXTURES = Path(__file__).parent / "fixtures" / "rot"
HTML = {"content-type": "text/html; charset=utf-8"}


class Answers:
    """A fetcher double: what each cited URL's fetch produced (redirects followed)."""

    def __init__(self, answers: Mapping[str, FetchResult]) -> None:
        self.answers = answers

    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
        return self.answers[url]


def result(citation: Citation, body: bytes) -> tuple[Status, Cause | None, str, set[str], str]:
    """``citation`` checked through :func:`check`, its URL answering 200 with ``body``: the status, cause,
    verdict, findings' kinds and reason."""
    fetched = FetchResult(url=citation.url, final_url=citation.url, status_code=200, headers=HTML, body=body)
    checked = check([citation], Config(), fetcher=Answers({citation.url: fetched})).results[0]
    kinds = {f.kind.value for f in checked.findings}
    return checked.status, checked.cause, checked.verdict.value, kinds, checked.reason


def one(citation: Citation, body: bytes, code: int = 200) -> tuple[Status, Cause | None, str, set[str]]:
    """``citation`` checked through :func:`check`, its URL answering ``code`` with ``body``: the status,
    cause, verdict and findings' kinds."""
    fetched = FetchResult(url=citation.url, final_url=citation.url, status_code=code, headers=HTML, body=body)
    checked = check([citation], Config(), fetcher=Answers({citation.url: fetched})).results[0]
    return checked.status, checked.cause, checked.verdict.value, {f.kind.value for f in checked.findings}


def _stamp(published: str, dated: bool) -> str:
    return f'<meta property="article:published_time" content="{published}">' if dated else ""


def titled_page(published: str) -> Callable[..., bytes]:
    """A builder of a page titled ``title`` (``x`` by default) around ``body``, stamped ``published`` when
    called with ``dated=True``."""

    def page(body: str, *, dated: bool = False, title: str = "x") -> bytes:
        head = f"<meta charset='utf-8'><title>{title}</title>{_stamp(published, dated)}"
        return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()

    return page


def headed_page(published: str) -> Callable[..., bytes]:
    """A builder of a page whose ``<head>`` holds ``head`` and whose ``<body>`` (with ``body_class`` when
    given) holds ``body``, stamped ``published`` when called with ``dated=True``."""

    def page(head: str, body: str, *, dated: bool = False, body_class: str = "") -> bytes:
        opening = f'<body class="{body_class}">' if body_class else "<body>"
        head = f"<meta charset='utf-8'>{head}{_stamp(published, dated)}"
        return f"<!DOCTYPE html><html><head>{head}</head>{opening}{body}</body></html>".encode()

    return page


def body_signal_at(default: str) -> Callable[..., tuple[Cause, str] | None]:
    """:func:`body_signal` of a page fetched from ``url`` (``default`` unless given) with no redirect."""

    def signal(body: bytes, url: str = default) -> tuple[Cause, str] | None:
        return body_signal(url, url, body, extract_metadata(body, url))

    return signal


def soft_signal(url: str, body: bytes) -> tuple[Cause, str] | None:
    """:func:`soft_404_signal` of a page fetched from ``url`` (no redirect) answering 200 with ``body``."""
    return soft_404_signal(url, url, extract_metadata(body, url), 0, body)


def fixture(name: str) -> bytes:
    """The bytes of ``tests/fixtures/rot/<name>``."""
    return (FIXTURES / name).read_bytes()


def day(url: str) -> str:
    """The date in an agency's ``/<yyyymmdd>/<id>.html`` address, as ``YYYY-MM-DD``."""
    stamp = url.split("/")[3]
    return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}"


def dated_only(url: str, date: str) -> Citation:
    """A citation of ``url`` giving its date only."""
    return Citation(url=url, date=PartialDate.parse(date))
