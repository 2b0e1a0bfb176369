"""Rules added in the fifty-eighth hostile round (host58), with controls that must not fire.

- a redirect that is the final answer because it names no target (no ``Location``, or an empty one, and no
  refresh) whose body is a page a reader reads is read as that page, as browsers show it, with a
  ``redirect_without_target`` warning (``classify.shown_redirect``, asked by the checker for a 3xx the
  fetcher could not follow). Its body must be a page: a title the extraction finds, not made of a server's
  stock words alone ("Found", "Object moved", "301 Moved Permanently"), over at least
  ``SHOWN_REDIRECT_TEXT`` characters of visible text beyond the title. A ``300 Multiple Choices`` (a list of
  choices), a stock body, a page of one line and an image stay errors; the page read is judged as any page,
  so a site's not-found page there is a soft 404.
- a ``Content-Length`` whose digits stand on a folded line (obs-fold) is read unfolded, each fold a space
  (RFC 9112 5.2), where it was dropped as no length and the body read to the close
  (``headers._without_false_length``); a fold inside the digits still states no length.

Strings first; then, end to end, the hostile server's routes ``/fiftyeighth/rules/...`` (127.0.0.1, started by
the test) through :func:`linkcheck.check`.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from linkcheck.classify import SHOWN_REDIRECT_TEXT, shown_redirect
from linkcheck.headers import parse_headers
from linkcheck.models import Citation
from tests.hostile_server import HostileServer, fetch_config

_TITLE = "Harbour cranes to be lit blue for the winter festival"
_TEXT = (
    f"{_TITLE} 12 March 2024 The two container cranes on the north quay will be lit in blue every evening of"
    " the festival week."
)


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_a_redirect_naming_no_target_whose_body_is_a_story_warns_naming_the_location(code: int) -> None:
    warning = shown_redirect(code, {"content-type": "text/html"}, _TITLE, _TEXT)
    assert warning is not None
    assert "no Location header" in warning, warning
    assert str(code) in warning, warning


def test_an_empty_location_is_named_as_empty() -> None:
    warning = shown_redirect(302, {"location": ""}, _TITLE, _TEXT)
    assert warning is not None
    assert "Location header is empty" in warning, warning


@pytest.mark.parametrize(
    "title",
    [
        "301 Moved Permanently",
        "302 Found",
        "Object moved",
        "Document Moved",
        "Redirecting...",
        "Found",
        "See Other",
        "This page has moved",
        "308 Permanent Redirect",
    ],
)
def test_a_servers_stock_words_for_a_redirect_are_no_page(title: str) -> None:
    # controls: the status's own words as a title, however much text follows
    assert shown_redirect(302, {}, title, f"{title} " + "x" * (SHOWN_REDIRECT_TEXT * 3)) is None


@pytest.mark.parametrize(
    ("code", "headers", "title", "text"),
    [
        (300, {}, _TITLE, _TEXT),  # a 300's page lists the choices: no page chosen
        (200, {}, _TITLE, _TEXT),  # not a redirect at all
        (404, {}, _TITLE, _TEXT),
        (302, {}, None, _TEXT),  # no title found
        (302, {}, _TITLE, None),  # no text read
        (302, {}, _TITLE, f"{_TITLE} Continue to the story."),  # one line beyond the title
        (302, {}, _TITLE, f"{_TITLE} {_TITLE} {_TITLE}"),  # the title alone, repeated
        (302, {}, "Harbour Gazette", "Harbour Gazette " + "y" * (SHOWN_REDIRECT_TEXT - 2)),  # just short
    ],
)
def test_what_is_no_page_shown_by_a_redirect_stays_unread(
    code: int, headers: dict[str, str], title: str | None, text: str | None
) -> None:
    assert shown_redirect(code, headers, title, text) is None


def test_the_text_beyond_the_title_is_counted_to_its_bound() -> None:
    title = "Harbour Gazette"
    assert shown_redirect(302, {}, title, f"{title} " + "y" * SHOWN_REDIRECT_TEXT) is not None
    assert shown_redirect(302, {}, title, f"{title} " + "y" * (SHOWN_REDIRECT_TEXT - 1)) is None


@pytest.mark.parametrize(
    ("block", "length"),
    [
        (b"Content-Type: text/html\r\nContent-Length:\r\n 1234\r\n\r\n", "1234"),
        (b"Content-Type: text/html\r\nContent-Length:\r\n\t1234\r\n\r\n", "1234"),
        (b"Content-Type: text/html\nContent-Length:\n 1234\n\n", "1234"),
        (b"Content-Length: \r\n  88\r\nContent-Type: text/html\r\n\r\n", "88"),
    ],
)
def test_a_length_on_a_folded_line_is_read_unfolded(block: bytes, length: str) -> None:
    message = parse_headers(io.BytesIO(block))
    values = message.get_all("content-length")
    assert values is not None
    assert len(values) == 1, values
    assert int(values[0]) == int(length)
    assert message.framing_repaired  # the connection is not kept after it


@pytest.mark.parametrize(
    "block",
    [
        b"Content-Type: text/html\r\nContent-Length: 12\r\n 34\r\n\r\n",  # a fold inside the digits
        b"Content-Type: text/html\r\nContent-Length:\r\n +40\r\n\r\n",  # a sign, folded or not
        b"Content-Type: text/html\r\nContent-Length:\r\n 12 \r\n 34\r\n\r\n",
    ],
)
def test_a_folded_value_that_is_no_length_is_still_dropped(block: bytes) -> None:
    assert parse_headers(io.BytesIO(block)).get_all("content-length") is None


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer() as srv:
        yield srv


def test_a_not_found_page_shown_by_a_redirect_naming_no_target_is_a_soft_404(server: HostileServer) -> None:
    from linkcheck import check

    result = check(
        [Citation(url=server.url("/fiftyeighth/rules/no-location-not-found"), title=_TITLE)],
        fetch_config(server),
    ).results[0]
    assert (str(result.status), result.http_status) == ("soft_404", 302), (result.status, result.reason)


def test_a_story_under_a_307_with_an_empty_location_is_read_with_a_warning(server: HostileServer) -> None:
    from linkcheck import check
    from linkcheck.models import FindingKind

    title = "Harbour swimmers' club marks a century of winter dips"
    result = check(
        [Citation(url=server.url("/fiftyeighth/rules/empty-location-story-307"), title=title)],
        fetch_config(server),
    ).results[0]
    assert (str(result.status), str(result.verdict), result.http_status) == ("ok", "warn", 307), result.reason
    assert result.metadata is not None
    assert result.metadata.title == title, result.metadata.title
    kinds = [f.kind for f in result.findings]
    assert kinds == [FindingKind.REDIRECT_WITHOUT_TARGET], result.findings
    assert "Location header is empty" in result.findings[0].message, result.findings[0].message


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/fiftyeighth/rules/no-location-one-line-303", 303),  # a site's name over one line
        ("/fiftyeighth/rules/no-location-image-302", 302),  # an image: no page
    ],
)
def test_a_redirect_naming_no_target_whose_body_is_no_page_stays_an_error(
    server: HostileServer, path: str, status: int
) -> None:
    from linkcheck import check

    result = check([Citation(url=server.url(path), title=_TITLE)], fetch_config(server)).results[0]
    assert (str(result.status), result.http_status) == ("error", status), (result.status, result.reason)
    assert "location" in result.reason.lower(), result.reason
    assert not result.findings or all(str(f.kind) != "redirect_without_target" for f in result.findings)
