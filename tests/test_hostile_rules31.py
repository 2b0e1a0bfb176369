"""The thirty-first hostile round's rules, on small strings and byte strings, with what each leaves alone:

- a body in a content coding whose connection closed before its ``Content-Length`` is whole when its
  decoded bytes are exactly that length, as browsers take it (``fetch.whole_at_decoded_length``, in the
  Fetcher's read and in the cache's; ``/gzip-length-decoded`` was a truncated body);
- 168.63.129.16, a cloud platform's fixed address for its host agent, is refused as a metadata address
  (``guard.METADATA_ADDRESSES``; ``/to-azure-wireserver`` was connected to: Python calls it global);
- a 412 to a GET that set no precondition is the server refusing this client (``classify.CODE_LIVENESS``;
  ``/status-412-challenge`` was an ``error``);
- an endless stream by design (``multipart/x-mixed-replace``, ``text/event-stream``) is read no further than
  media are (``media.body_limit``; ``/mjpeg-stream`` ran to the deadline);
- host29's leftover: a page whose title states a 5xx is an error only when it holds no story's text
  (``soft404.holds_story_text``): "502 Bad Gateway: why the booking site fell over" over paragraphs of
  sentences is a story, a proxy's page under that title an error.
"""

from __future__ import annotations

import contextlib
import gzip
import ipaddress
import socket
import threading
import time
from pathlib import Path

import pytest

from linkcheck.cache import make_cached_session
from linkcheck.classify import classify_fetch
from linkcheck.config import Config
from linkcheck.fetch import Fetcher, whole_at_decoded_length
from linkcheck.guard import address_problem
from linkcheck.media import PEEK_BYTES, body_limit
from linkcheck.models import Cause, FetchResult, Status

_URL = "https://harbour-gazette.org/2020/01/09/ferry-timetable"
_PAGE = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Ferry timetable changes</title></head>"
    b"<body><p>The ferry runs five times a day from Monday.</p></body></html>"
)


# --- a coded body under the length of its decoded bytes ----------------------------------------------------


@pytest.mark.parametrize("coding", ["gzip", "deflate", "GZIP", "x-gzip", "gzip, identity", "br"])
def test_a_coded_body_at_its_decoded_length_is_whole(coding: str) -> None:
    headers = {"content-encoding": coding, "content-length": str(len(_PAGE))}
    assert whole_at_decoded_length(headers, _PAGE)


@pytest.mark.parametrize(
    "headers",
    [
        {"content-length": str(len(_PAGE))},  # no coding: a plain body cut short is cut
        {"content-encoding": "identity", "content-length": str(len(_PAGE))},
        {"content-encoding": "gzip", "content-length": str(len(_PAGE) + 1)},  # one byte more: cut
        {"content-encoding": "gzip", "content-length": str(len(_PAGE) - 1)},
        {"content-encoding": "gzip", "content-length": "+" + str(len(_PAGE))[1:]},
        {"content-encoding": "gzip", "content-length": "9" * 5000},  # any length of header never raises
        {"content-encoding": "gzip"},
        {"content-encoding": "gzip", "content-length": str(len(_PAGE)), "transfer-encoding": "chunked"},
    ],
)
def test_other_lengths_codings_and_framings_are_left_alone(headers: dict[str, str]) -> None:
    assert not whole_at_decoded_length(headers, _PAGE)


def test_a_length_with_leading_zeros_is_the_same_number() -> None:
    assert whole_at_decoded_length(
        {"content-encoding": "gzip", "content-length": "00" + str(len(_PAGE))}, _PAGE
    )


def test_an_empty_body_is_never_whole_by_this_rule() -> None:
    assert not whole_at_decoded_length({"content-encoding": "gzip", "content-length": "0"}, b"")


def _one_answer_listener(answer: bytes, stop: threading.Event) -> tuple[socket.socket, threading.Thread]:
    """A listener on 127.0.0.1 that reads each request, sends ``answer`` and closes (30 s at most)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)

    def serve() -> None:
        deadline = time.monotonic() + 30
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                with contextlib.suppress(OSError):
                    conn.recv(65536)
                    conn.sendall(answer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return listener, thread


def _fetch_answer(answer: bytes, cache: Path | None = None) -> FetchResult:
    stop = threading.Event()
    listener, thread = _one_answer_listener(answer, stop)
    origin = f"127.0.0.1:{listener.getsockname()[1]}"
    try:
        config = Config(
            allow_hosts=(origin,), deadline=5.0, connect_timeout=1.0, read_timeout=1.0, retries=0,
            backoff_base=0.01, backoff_max=0.05, cache_path=str(cache) if cache else None,
        )  # fmt: skip
        session = make_cached_session(config) if cache else None
        try:
            with Fetcher(config, session=session) as fetcher:
                return fetcher.fetch(f"http://{origin}/2020/01/09/ferry-timetable")
        finally:
            if session is not None:
                session.close()
    finally:
        stop.set()
        listener.close()
        thread.join(5)


def _head(length: int, coding: str | None) -> bytes:
    extra = f"Content-Encoding: {coding}\r\n" if coding else ""
    return (
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{extra}Content-Length: {length}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()


@pytest.mark.parametrize("cached", [False, True], ids=["direct", "through-the-cache"])
def test_a_gzip_body_under_its_decoded_length_is_read_whole(cached: bool, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite" if cached else None
    result = _fetch_answer(_head(len(_PAGE), "gzip") + gzip.compress(_PAGE), cache)
    assert (result.cause, result.status_code) == (None, 200), result.error
    assert result.body == _PAGE


@pytest.mark.parametrize(
    "answer",
    [
        _head(len(_PAGE) + 7, "gzip") + gzip.compress(_PAGE),  # decodes to fewer bytes than the length
        _head(len(_PAGE) + 40, None) + _PAGE,  # no coding: the body was cut
    ],
    ids=["gzip-other-length", "plain-cut"],
)
def test_bodies_cut_short_stay_truncated(answer: bytes) -> None:
    result = _fetch_answer(answer)
    assert result.cause is Cause.PROTOCOL, (result.cause, result.error)
    assert "truncated" in (result.error or ""), result.error


# --- a cloud platform's host agent ----------------------------------------------------------------------


def test_the_platform_s_host_agent_address_is_refused_as_metadata() -> None:
    problem = address_problem(ipaddress.ip_address("168.63.129.16"))
    assert problem is not None
    assert "metadata" in problem, problem
    mapped = address_problem(ipaddress.ip_address("::ffff:168.63.129.16"))
    assert mapped is not None
    assert "168.63.129.16" in mapped, mapped


@pytest.mark.parametrize("address", ["168.63.129.15", "168.63.129.17", "168.63.128.16", "13.107.21.200"])
def test_public_addresses_beside_it_are_left_alone(address: str) -> None:
    assert address_problem(ipaddress.ip_address(address)) is None


# --- 412 to a request with no precondition ----------------------------------------------------------------


def _answer(code: int, body: bytes = b"<html><body></body></html>") -> FetchResult:
    return FetchResult(
        url=_URL, final_url=_URL, status_code=code, headers={"content-type": "text/html"}, body=body
    )


def test_a_412_to_a_request_with_no_precondition_is_a_refusal_of_the_client() -> None:
    liveness = classify_fetch(_answer(412, b"<html><head><script>location.reload()</script></head></html>"))
    assert (liveness.status, liveness.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE), liveness.reason
    assert "412" in liveness.reason, liveness.reason


@pytest.mark.parametrize(("code", "status"), [(404, Status.DEAD), (410, Status.DEAD), (403, Status.BLOCKED)])
def test_the_codes_beside_it_keep_their_meaning(code: int, status: Status) -> None:
    assert classify_fetch(_answer(code)).status is status


@pytest.mark.parametrize("code", [409, 413, 417, 422])
def test_other_client_errors_are_not_taken_for_a_refusal(code: int) -> None:
    assert classify_fetch(_answer(code)).status is not Status.BLOCKED


# --- streams without end by design --------------------------------------------------------------------


@pytest.mark.parametrize(
    "content_type",
    [
        "multipart/x-mixed-replace; boundary=frame",
        "multipart/x-mixed-replace;boundary=--myboundary",
        "text/event-stream",
        "text/event-stream; charset=utf-8",
        "video/mp4",  # media, as before
    ],
)
def test_endless_streams_are_read_no_further_than_media(content_type: str) -> None:
    assert body_limit(content_type, 5 * 1024 * 1024) == PEEK_BYTES


@pytest.mark.parametrize(
    "content_type",
    [
        "text/html; charset=utf-8",
        "multipart/mixed; boundary=x",  # a finite multipart answer
        "multipart/byteranges; boundary=x",
        "text/plain",
        "application/pdf",
        "text/event-streams",  # no such type: not the stream's
        "",
    ],
)
def test_pages_files_and_finite_multiparts_are_read_to_the_cap(content_type: str) -> None:
    assert body_limit(content_type, 5 * 1024 * 1024) == 5 * 1024 * 1024


# --- a story headed by a status line (host29's leftover) ------------------------------------------------

_STATUS_HEADLINE = b"502 Bad Gateway: why the booking site fell over"
_PARAGRAPHS = (
    b"<p>For most of Tuesday the harbour's ferry booking site answered every visitor with the same grey"
    b" page, a bare line saying 502 Bad Gateway and nothing else, while the queue at the ticket office"
    b" grew.</p>"
    b"<p>The operator said a proxy in front of its booking servers had lost contact with them after a"
    b" routine update, and that the servers themselves had kept running the whole time, out of sight.</p>"
    b"<p>Passengers who had booked before the outage kept their seats, the council said, and anyone who"
    b" missed a crossing because of it can ask for a refund at the ticket office until the end of the"
    b" month.</p>"
)


def _status_titled(body_text: bytes) -> bytes:
    return (
        b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>"
        + _STATUS_HEADLINE
        + b"</title></head>"
        b"<body><article><h1>" + _STATUS_HEADLINE + b"</h1>" + body_text + b"</article></body></html>"
    )


def _report_of(body: bytes) -> tuple[Status, str]:
    from linkcheck import check
    from linkcheck.models import Citation
    from tests.test_checker import FakeFetcher

    def answer_(url: str) -> FetchResult:
        headers = {"content-type": "text/html; charset=utf-8"}
        return FetchResult(url=_URL, final_url=_URL, status_code=200, headers=headers, body=body)

    citation = Citation(url=_URL, title=_STATUS_HEADLINE.decode())
    (result,) = check([citation], Config(), fetcher=FakeFetcher(answer_)).results
    return result.status, result.reason


def test_a_story_headed_by_a_status_line_stays_a_page() -> None:
    status, reason = _report_of(_status_titled(_PARAGRAPHS))
    assert status is Status.OK, reason


@pytest.mark.parametrize(
    "body_text",
    [
        b"",  # the heading alone
        b"<hr><center>nginx</center>",  # nginx's page under that title
        b"<p>The server encountered a temporary error and could not complete your request.</p>"
        b"<p>Please try again in 30 seconds.</p>",  # a front end's lines
        _PARAGRAPHS.split(b"</p>")[0] + b"</p>",  # one paragraph is no story's text
    ],
    ids=["heading", "nginx", "front-end", "one-paragraph"],
)
def test_a_proxy_s_page_under_that_title_is_still_an_error(body_text: bytes) -> None:
    status, reason = _report_of(_status_titled(body_text))
    assert status is Status.ERROR, reason
    assert "502" in reason, reason


def test_the_story_text_measure_counts_paragraphs_of_sentences() -> None:
    from linkcheck.soft404 import holds_story_text

    assert holds_story_text(_PARAGRAPHS)
    assert holds_story_text(_PARAGRAPHS.replace(b"<p>", b"<P class=lead>").replace(b"</p>", b"</P >"))
    assert not holds_story_text(_PARAGRAPHS.replace(b"<p>", b"<div>").replace(b"</p>", b"</div>"))
    assert not holds_story_text(b"<p>" + b"<b></b>" * 200 + b"</p>" * 3)  # tags are no text
    assert not holds_story_text(b" " * (256 * 1024) + _PARAGRAPHS)  # past the bytes searched
