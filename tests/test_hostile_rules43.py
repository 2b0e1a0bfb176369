"""General rules of the forty-third hostile round (``tests/hostile_server.py``, "forty-third round").

- A start tag before the title that floods attributes is measured as the HTML tokenizer reads it
  (``checker.parse_window``): a quoted value holding a ``<`` or a ``>`` is one value, and the tag ends at the
  ``>`` after its last one. Such a tag (a ``<meta>``, the ``<title>`` tag itself) was not taken for a flood,
  and 1.2 MB of it pushed the title out of the 1 MiB window: no title, where browsers show it.
- A run of more than ``ELIDED_STYLE_BYTES`` blanks that begins the title's text keeps one blank in the window
  (``document.title`` strips and collapses whitespace): 1.1 MB of line feeds in the title left its words out.
- A page whose window holds no ``<title>`` nor ``<body>`` start tag (a head of 20,000 ordinary tags) gets
  the first ``<title>`` element after the window in place of its last, cut tag.
- A content coding that breaks in a later read than those that decoded the page's start keeps what they
  decoded, the body marked cut (``fetch.decoding_broke``): a browser has shown it by then; it was an error.
"""

from __future__ import annotations

import socket
import threading
import zlib
from collections.abc import Iterator

import pytest

from linkcheck.checker import ELIDED_STYLE_BYTES, PARSE_BYTES, parse_window
from linkcheck.config import Config
from linkcheck.extract import extract_metadata
from linkcheck.fetch import Fetcher
from linkcheck.models import Cause

_URL = "https://harbour-gazette.example/2024/03/02/buoy-tender"
_HEAD = b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"


def _title_of(body: bytes) -> str | None:
    return extract_metadata(parse_window(body, 0), _URL, {"content-type": "text/html; charset=utf-8"}).title


# --- a flood of attributes whose quoted values hold angle brackets ---------------------------------------


@pytest.mark.parametrize(
    "attribute",
    [b' data-v%d="x>y<z"', b" data-v%d='1<2>0'", b' data-v%d="a > b"', b' data-v%d="<b>"'],
    ids=["double-gt-lt", "single-lt-gt", "gt-in-blanks", "a-tag-in-a-value"],
)
def test_a_flooded_meta_with_angles_in_its_values_keeps_the_title(attribute: bytes) -> None:
    flood = b"".join(attribute % n for n in range(60_000))
    body = _HEAD + b"<meta name=app-config" + flood + b"><title>Buoy tender returns</title></head><body>"
    body += b"<p>Back from refit.</p></body></html>"
    assert len(body) > PARSE_BYTES
    assert _title_of(body) == "Buoy tender returns"


def test_a_title_tag_flooded_with_angles_in_its_values_keeps_its_text() -> None:
    flood = b"".join(b" data-t%d='1<2>0'" % n for n in range(60_000))
    body = _HEAD + b"<title" + flood + b">Oyster beds reseeded</title></head><body><p>Spread.</p></body>"
    assert _title_of(body) == "Oyster beds reseeded"


def test_a_flooded_tag_with_angles_keeps_its_name_and_its_real_end() -> None:
    flood = b"".join(b' data-v%d="x>y"' % n for n in range(70_000))
    body = b"<html><head><meta" + flood + b"><title>Net loft</title></head><body></body></html>"
    assert parse_window(body, 0) == b"<html><head><meta><title>Net loft</title></head><body></body></html>"


def test_a_stray_quote_in_an_ordinary_tag_is_no_flood() -> None:
    # an apostrophe in an unquoted value opens no value (it is not after '='): the tag is short and kept
    body = b"<html><head><meta name=x content=it's><title>Slipway reopens</title></head><body><p>"
    body += b"x" * PARSE_BYTES + b"</p></body></html>"
    assert parse_window(body, 0).startswith(body[:80])
    assert _title_of(body) == "Slipway reopens"


# --- a run of blanks at the start of the title ------------------------------------------------------------


def test_a_megabyte_of_blanks_before_the_title_words_is_one_blank() -> None:
    body = (
        _HEAD + b"<title>" + b"\n    " * 220_000 + b"Lifeboat station centenary</title></head><body></body>"
    )
    window = parse_window(body, 0)
    assert len(window) < 1000, len(window)
    assert _title_of(body) == "Lifeboat station centenary"


def test_a_short_run_of_blanks_in_the_title_is_kept_as_it_is() -> None:
    title = b"<title>\n  " + b" " * 1000 + b"Harbour strike ends</title>"
    assert len(title) < ELIDED_STYLE_BYTES
    body = _HEAD + title + b"</head><body><p>" + b"x" * PARSE_BYTES + b"</p></body></html>"
    assert title in parse_window(body, 0)


# --- a title after the window -----------------------------------------------------------------------------


def _preloads(count: int) -> bytes:
    return b"".join(
        b'<link rel=preload href="/chunks/%05d-4f3a9c1e.js" as=script>\n' % n for n in range(count)
    )


def test_a_title_after_a_head_of_many_ordinary_tags_is_read() -> None:
    body = _HEAD + _preloads(20_000) + b"<title>Marina berths by lottery</title></head><body><p>Drawn.</p>"
    assert len(body) > PARSE_BYTES + 100_000
    window = parse_window(body, 0)
    assert len(window) <= PARSE_BYTES
    assert window.endswith(b"<title>Marina berths by lottery</title>")
    assert _title_of(body) == "Marina berths by lottery"


def test_a_title_after_the_body_began_is_not_brought_in() -> None:
    # the window holds the <body>: the head ended without a title; a <title> far in the body is no head's
    body = _HEAD + b"</head><body>" + b"<p>Text of the page.</p>\n" * 50_000 + b"<title>Decoy</title></body>"
    assert parse_window(body, 0) == body[:PARSE_BYTES]


def test_a_window_holding_the_title_is_not_changed() -> None:
    body = _HEAD + b"<title>Harbour</title>" + _preloads(20_000) + b"<title>Second</title></head><body>"
    assert parse_window(body, 0) == body[:PARSE_BYTES]


# --- a content coding that breaks in a later read ---------------------------------------------------------


def _gzip_broken_after(page: bytes, keep: int) -> tuple[bytes, bytes]:
    """``page`` gzipped as two parts: deflate data for ``page[:keep]`` (flushed whole), then a block of the
    reserved type and a trailer."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(page[:keep]) + compressor.flush(zlib.Z_FULL_FLUSH)
    head = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"
    return head + first, b"\x07" + bytes(range(1, 200)) + b"\x00" * 8


_PAGE = _HEAD + b"<title>Fish quay auction</title></head><body><p>" + b"Boats landed cod. " * 20_000 + b"</p>"
_SMALL = _HEAD + b"<title>Tide mill grinds</title></head><body><p>" + b"Flour again. " * 200 + b"</p>"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A server on 127.0.0.1 whose answers are a gzip stream that breaks: in a second send after a pause
    (``/later``; the first send decodes to 200 KB) or in the one send of a small page (``/first``)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()
    first, rest = _gzip_broken_after(_PAGE, 200_000)
    small = b"".join(_gzip_broken_after(_SMALL, 1500))

    def answer(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            request = b""
            while b"\r\n\r\n" not in request and len(request) < 65536:
                got = conn.recv(4096)
                if not got:
                    return
                request += got
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
            head += b"Content-Length: %d\r\nConnection: close\r\n\r\n" % (len(first) + len(rest))
            if request.startswith(b"GET /later "):
                conn.sendall(head + first)
                stop.wait(0.3)
                conn.sendall(rest)
            else:
                head = head.replace(b"%d" % (len(first) + len(rest)), b"%d" % len(small))
                conn.sendall(head + small)

    def serve() -> None:
        for _ in range(200):  # bounded: 200 accepts, or 40 s of 0.2 s waits
            if stop.is_set():
                return
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=answer, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def _config(origin: str) -> Config:
    return Config(allow_hosts=(origin.split("//", 1)[1],), deadline=5.0, read_timeout=2.0, retries=0)


def test_a_gzip_stream_that_breaks_in_a_later_read_keeps_what_was_decoded(server: str) -> None:
    with Fetcher(_config(server)) as fetcher:
        fetched = fetcher.fetch(server + "/later")
    assert (fetched.cause, fetched.status_code) == (None, 200), (fetched.cause, fetched.error)
    assert fetched.truncated
    assert len(fetched.body) >= 150_000, len(fetched.body)
    assert _PAGE.startswith(fetched.body)


def test_a_gzip_stream_that_breaks_in_its_first_read_is_an_error(server: str) -> None:
    # the forty-second round's rule, kept: a small stream (2 KB decoded) that breaks in the read that gives
    # its bytes shows nothing in a browser: an error naming the coding, no body
    with Fetcher(_config(server)) as fetcher:
        fetched = fetcher.fetch(server + "/first")
    assert (fetched.cause, fetched.status_code) == (Cause.PROTOCOL, 200), (fetched.cause, fetched.error)
    assert "decod" in (fetched.error or "").lower(), fetched.error


def test_a_window_ending_inside_a_script_of_data_is_not_changed() -> None:
    # a megabyte of JSON-LD before the title (kept whole, the extractor may read it): the window ends inside
    # it, so there is no cut tag to put the title in place of (tests/test_hostile_rules35.py's rule)
    body = _HEAD + b'<script type=application/ld+json>{"a":"' + b"x" * PARSE_BYTES + b'"}</script>'
    body += b"<title>Fish quay</title></head><body></body>"
    assert parse_window(body, 0) == body[:PARSE_BYTES]


def test_a_window_ending_in_text_is_not_changed() -> None:
    # a megabyte of text before the title (tests/test_hostile_rules38.py's bound): no head of tags runs past
    # the window, so nothing is put in place of its end
    body = b"<p>a=" + b"word " * (PARSE_BYTES // 5) + b"</p><title>T</title>"
    assert parse_window(body, 0) == body[:PARSE_BYTES]


def test_a_window_ending_at_a_tags_end_gets_the_title_after_it() -> None:
    prefix, tag = b"<html><head>", b'<link rel=preload href="/chunks/0-4f3a9c1e.js" as=script>'
    count = (PARSE_BYTES - len(prefix)) // len(tag) - 1
    rest = PARSE_BYTES - len(prefix) - count * len(tag)
    pad = b'<meta content="' + b"x" * (rest - 17) + b'">'  # the window's last tag, ending with it
    body = prefix + tag * count + pad + b"<title>Marina berths</title></head><body></body>"
    assert body[:PARSE_BYTES].endswith(b'x">')
    assert parse_window(body, 0) == body[:PARSE_BYTES] + b"<title>Marina berths</title>"
