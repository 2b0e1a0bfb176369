"""General rules of the fiftieth hostile round (``tests/hostile_server.py``, "fiftieth round").

- A small 2xx HTML frameset page whose frames load one address between them (frames with no ``src``, an
  empty one or ``about:blank`` load nothing), on the page's own origin, is followed to it, as a refresh is
  (``fetch.frameset_frame``): a site's frame shell shows its page inside one frame of a page titled with
  the bare domain, and that title was matched against the citation. A frameset of two pages or more, or of
  another origin's page (a lapsed domain forwarded, masked, to another site), is left alone.
- An answer labelled ``text/plain`` or untyped bytes that opens with a doctype or an ``<html>`` tag is read
  for its metadata as a page (``media.mislabelled_page``): it was reachable with nothing read.
- A reserved name's reason (``.test``, ``.example``, ``.invalid``...) spells a look-alike's host out with
  its scripts (``checker._origin_problem`` through ``hostkey.shown_host``), as a failed lookup's does.
- The guard's refusal of a name under ``localhost`` names the addresses it means, as every other spelling
  of loopback is named.

The tests that name a function the round added import it inside, so that on base58's src each fails alone.
"""

from __future__ import annotations

import socket

import pytest
import responses

from linkcheck import check
from linkcheck.config import Config
from linkcheck.models import Citation, Result

_URL = "http://harbour-gazette.example.com/news/2024/03/ferry-fares"
_FRAME_URL = "http://harbour-gazette.example.com/site/ferry-fares"
_STORY = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry fares rise in April</title></head>'
    "<body><article><h1>Ferry fares rise in April</h1><p>Fares rise by five per cent.</p></article>"
    "</body></html>"
)
_HTML = {"Content-Type": "text/html; charset=utf-8"}
#: The headers as the fetcher hands them on (names in lower case).
_TYPED = {"content-type": "text/html; charset=utf-8"}


def _run(*citations: Citation) -> list[Result]:
    return list(check(list(citations), Config(allow_private=True, retries=0)).results)


def _frameset(*frames: str, head: str = "") -> bytes:
    return (
        "<html><head><title>harbour-gazette.example</title>" + head + "</head>"
        '<frameset rows="100%,*" border="0">' + "".join(frames) + "</frameset>"
        "<noframes><body>harbour-gazette.example</body></noframes></html>"
    ).encode()


# --- a frameset showing one page ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "src"),
    [
        (
            _frameset('<frame src="/site/ferry-fares" name="main">', '<frame src="about:blank">'),
            "/site/ferry-fares",
        ),
        (
            _frameset("<frame src='http://HARBOUR-gazette.example.com/site/a' frameborder=0>"),
            "http://HARBOUR-gazette.example.com/site/a",
        ),
        (_frameset("<FRAME SRC=/site/a NORESIZE>", "<frame name=empty>").upper(), "/SITE/A"),
        (_frameset('<frame src="/site/a">', '<frame src="/site/a">'), "/site/a"),  # the same page twice
        (_frameset('<frame src="/site/a?x=1&amp;y=2">', '<frame src="">'), "/site/a?x=1&y=2"),
        # a frame in a comment loads nothing
        (_frameset('<!-- <frame src="/old"> --><frame src="/site/new">'), "/site/new"),
    ],
)
def test_a_frameset_of_one_page_leads_to_it(body: bytes, src: str) -> None:
    from linkcheck.fetch import frameset_frame

    assert frameset_frame(_URL, 200, _TYPED, body) == src


@pytest.mark.parametrize(
    ("status", "headers", "body"),
    [
        # a menu beside the content: which one is cited is not known
        (200, _TYPED, _frameset('<frame src="/menu">', '<frame src="/site/a">')),
        (200, _TYPED, _frameset('<frame src="about:blank">')),  # loads nothing
        # another site, masked: a lapsed domain forwarded elsewhere is judged by what it shows
        (200, _TYPED, _frameset("<frame src='http://other.example/a' frameborder=0>")),
        (
            200,
            _TYPED,
            _frameset("<frame src='https://harbour-gazette.example.com/site/a'>"),
        ),  # another scheme
        (200, _TYPED, _frameset("<frame name=a>")),
        (404, _TYPED, _frameset('<frame src="/site/a">')),  # an error page is the error it states
        (200, {"content-type": "text/plain"}, _frameset('<frame src="/site/a">')),  # no HTML
        (200, _TYPED, _frameset('<frame src="/site/a">') + b" " * 40_000),  # no small stub
        # an iframe in a page is part of the page, not a frameset
        (200, _TYPED, b'<html><body><p>Story</p><iframe src="/site/video"></iframe></body></html>'),
        (200, _TYPED, _STORY.encode()),
    ],
)
def test_other_pages_lead_nowhere(status: int, headers: dict[str, str], body: bytes) -> None:
    from linkcheck.fetch import frameset_frame

    assert frameset_frame(_URL, status, headers, body) is None


@responses.activate
def test_a_masked_forwarding_is_read_as_its_framed_page() -> None:
    body = _frameset(f'<frame src="{_FRAME_URL}">', '<frame src="about:blank">')
    responses.add(responses.GET, _URL, body=body, headers=_HTML)
    responses.add(responses.GET, _FRAME_URL, body=_STORY, headers=_HTML)
    (result,) = _run(Citation(url=_URL, title="Ferry fares rise in April"))
    assert str(result.status) == "ok", (result.status, result.reason)
    assert result.metadata is not None
    assert result.metadata.title == "Ferry fares rise in April"
    assert result.final_url == _FRAME_URL


@responses.activate
def test_a_frameset_of_another_sites_page_is_read_as_it_is() -> None:
    body = _frameset('<frame src="http://angara-news.example/">')
    responses.add(responses.GET, _URL, body=body, headers=_HTML)
    (result,) = _run(Citation(url=_URL))
    assert result.metadata is not None
    assert result.metadata.title == "harbour-gazette.example"
    assert [c.request.url for c in responses.calls] == [_URL]


@responses.activate
def test_a_frameset_of_two_pages_is_read_as_it_is() -> None:
    body = _frameset('<frame src="/menu">', f'<frame src="{_FRAME_URL}">')
    responses.add(responses.GET, _URL, body=body, headers=_HTML)
    (result,) = _run(Citation(url=_URL))
    assert result.metadata is not None
    assert result.metadata.title == "harbour-gazette.example"
    assert [c.request.url for c in responses.calls] == [_URL]


# --- HTML labelled plain text or untyped bytes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/plain; charset=utf-8", _STORY.encode()),
        ("application/octet-stream", b"<html><head><title>A</title></head></html>"),
        ("binary/octet-stream", b"<HTML>\n<HEAD><TITLE>A</TITLE></HEAD></HTML>"),
        ("text/plain", b"\xef\xbb\xbf\r\n  <!doctype html><title>A</title>"),
    ],
)
def test_html_labelled_text_or_bytes_is_a_page(content_type: str, body: bytes) -> None:
    from linkcheck.media import mislabelled_page

    assert mislabelled_page(content_type, body)


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/plain", b"GET /index.html 200\n<html> was served\n"),  # a log: markup later
        ("text/plain", b"<htmlish>not a document</htmlish>"),
        ("text/plain", b"<!doctype xml><root/>"),
        ("text/csv", _STORY.encode()),  # another type: left as it is
        ("application/json", b'{"html": "<html>"}'),
        ("text/plain", b"Not found"),
    ],
)
def test_other_text_is_no_page(content_type: str, body: bytes) -> None:
    from linkcheck.media import mislabelled_page

    assert not mislabelled_page(content_type, body)


@responses.activate
def test_a_page_labelled_text_plain_is_compared_with_the_citation() -> None:
    responses.add(responses.GET, _URL, body=_STORY, headers={"Content-Type": "text/plain; charset=utf-8"})
    right, wrong = _run(
        Citation(url=_URL, title="Ferry fares rise in April"),
        Citation(url=_URL + "?again", title="Council approves new budget for schools"),
    )
    assert str(right.status) == "ok", (right.status, right.reason)
    assert right.metadata is not None
    assert right.metadata.title == "Ferry fares rise in April"
    assert str(right.verdict) == "pass", right.findings
    assert "title_mismatch" in [str(f.kind) for f in wrong.findings], wrong.findings


@responses.activate
def test_plain_text_stays_text() -> None:
    responses.add(
        responses.GET, _URL, body="Ferry fares rise in April\n<p>", headers={"Content-Type": "text/plain"}
    )
    (result,) = _run(Citation(url=_URL))
    assert result.metadata is None or result.metadata.title != "Ferry fares rise in April"


# --- reserved names and loopback names, named as they are ---------------------------------------------------


@pytest.mark.parametrize(
    ("host", "spelled", "scripts"),
    [
        ("xn--ferr-y6d.test", "ferr\u0443.test", ("mixing latin and cyrillic",)),
        ("xn--80ak6aa92e.invalid", "\u0430\u0440\u0440\u04cf\u0435.invalid", ("cyrillic",)),
        ("\u0430\u0440\u0440\u04cf\u0435.example", "\u0430\u0440\u0440\u04cf\u0435.example", ("cyrillic",)),
        ("news.xn--ferr-y6d.localhost.test", "ferr\u0443", ("cyrillic",)),
    ],
)
def test_a_lookalike_under_a_reserved_name_is_spelled_out(
    host: str, spelled: str, scripts: tuple[str, ...]
) -> None:
    (result,) = _run(Citation(url=f"http://{host}/news/story"))
    assert (str(result.status), str(result.cause)) == ("dead", "dns"), (result.status, result.reason)
    assert spelled in result.reason, result.reason
    assert all(word in result.reason.lower() for word in scripts), result.reason
    assert "reserved name" in result.reason, result.reason


@pytest.mark.parametrize("host", ["harbour.test", "example", "news.invalid", "xn--mnchen-3ya.example"])
def test_other_reserved_names_are_named_as_before(host: str) -> None:
    # ASCII, and a name of Latin letters alone (münchen), spell nothing worth a note
    (result,) = _run(Citation(url=f"http://{host}/news/story"))
    assert str(result.status) == "dead", (result.status, result.reason)
    assert "letters" not in result.reason, result.reason  # no scripts note
    assert result.reason.endswith("is a reserved name that never resolves"), result.reason


def _never(*args: object, **kwargs: object) -> list[object]:
    raise AssertionError("a name under localhost is never looked up")


@pytest.mark.parametrize("name", ["news.localhost", "A.B.LOCALHOST", "ria.localhost."])
def test_a_name_under_localhost_is_refused_naming_its_addresses(name: str) -> None:
    from linkcheck.guard import vet_host

    vetting = vet_host(name, 80, resolver=_never)
    assert vetting.refused is not None
    assert "loopback" in vetting.refused, vetting.refused
    assert "127.0.0.1" in vetting.refused, vetting.refused
    assert "::1" in vetting.refused, vetting.refused


def test_every_loopback_spelling_names_its_address_in_the_report() -> None:
    # the guard on: each refusal names the address it means, however the host was written
    spellings = {
        "news.localhost": "127.0.0.1",
        "127.1": "127.0.0.1",
        "0x7f.0.0.1": "127.0.0.1",
        "2130706433": "127.0.0.1",
        "[::1]": "::1",
        "[::ffff:127.0.0.1]": "127.0.0.1",
    }
    citations = [Citation(url=f"http://{host}:8080/news/story") for host in spellings]
    results = check(citations, Config(retries=0)).results
    for (host, address), result in zip(spellings.items(), results, strict=True):
        assert (str(result.status), str(result.cause)) == ("skipped", "address_refused"), (
            host,
            result.reason,
        )
        assert address in result.reason, (host, result.reason)
        assert "loopback" in result.reason, (host, result.reason)


def test_a_loopback_name_is_never_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", _never)
    (result,) = check([Citation(url="http://news.localhost:8080/a")], Config(retries=0)).results
    assert str(result.cause) == "address_refused", result.reason
