"""CPU and wall time to fetch one article page through linkcheck's real :class:`~linkcheck.fetch.Fetcher`,
the same page sent with a ``Content-Length`` and as a chunked body in chunks of 16 KB, 4 KB, 1 KB, 64 B and
1 B, and gzipped then chunked (the thirty-sixth session's measure of a chunked body's read).

A server process of its own (``--serve``, on 127.0.0.1, bounded: at most ``_MAX_CONNECTIONS`` connections
and ``_MAX_SECONDS`` seconds) answers ``/<case>/<kb>`` with the page of about ``kb`` KB; the measuring
process fetches each case ``--n`` times over kept-alive connections with one Fetcher (after one warm-up
fetch) and prints, per fetch, the median CPU milliseconds of the fetching process
(``time.process_time``: every thread, the watchdog's included; the server's CPU is not counted) and of wall
time, then the status and verdict ``linkcheck.check`` gives the page's citation (its title and date, as an
article cites them). The last row fetches the 256 KB page in 1-byte chunks under a byte cap of 400 KB: a
page of more than a third of the cap in such chunks, six bytes on the wire a byte.

Run (the tree measured is the one on ``PYTHONPATH``; the script itself may come from another)::

    cd /work/wt/chunk && PYTHONPATH=src /work/venv/bin/python bench/chunked.py --n 5
    cd /work/wt/chunk && PYTHONPATH=/work/wt/base36/src /work/venv/bin/python bench/chunked.py --n 5
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time

#: The server's bounds: connections accepted, seconds alive.
_MAX_CONNECTIONS = 2000
_MAX_SECONDS = 900.0
#: Requests read on one connection at most.
_MAX_REQUESTS = 10_000
_TITLE = "Harbour ferries to run through the winter"
_DATE = "2024-11-28"
#: (case, chunk size or None for Content-Length, gzip first)
_CASES: tuple[tuple[str, int | None, bool], ...] = (
    ("length", None, False),
    ("chunk16k", 16 * 1024, False),
    ("chunk4k", 4 * 1024, False),
    ("chunk1k", 1024, False),
    ("chunk64", 64, False),
    ("chunk1", 1, False),
    ("gzip-chunk16k", 16 * 1024, True),
)


def page(kb: int) -> bytes:
    """An article page of about ``kb`` KB: a head as publishers write it, then paragraphs."""
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{_TITLE} | The Harlow Ledger</title>"
        f"<meta property='og:title' content='{_TITLE}'>"
        "<meta property='og:site_name' content='The Harlow Ledger'>"
        f"<meta property='article:published_time' content='{_DATE}T09:30:00Z'>"
        "</head><body><article>"
        f"<h1>{_TITLE}</h1><p class='byline'>By Mara Quill, 28 November 2024</p>"
    ).encode()
    rng = random.Random(kb)  # varied text, so that gzip leaves a body of many chunks (about a third)
    words = [
        *[
            "harbour",
            "ferry",
            "council",
            "winter",
            "islands",
            "petition",
            "residents",
            "crossing",
            "timetable",
            "weather",
            "storm",
        ],
        *[
            "pier",
            "captain",
            "fares",
            "subsidy",
            "mainland",
            "school",
            "doctor",
            "supplies",
            "freight",
            "tide",
            "mooring",
        ],
        *[
            "vote",
            "budget",
            "route",
            "season",
            "evening",
            "morning",
            "service",
            "delay",
            "repair",
            "engine",
            "hull",
            "crew",
        ],
    ]
    paras: list[bytes] = []
    size = len(head) + 24
    while size < kb * 1024:
        text = " ".join(rng.choice(words) for _ in range(rng.randint(30, 60)))
        paras.append(f"<p>{text.capitalize()}.</p>\n".encode())
        size += len(paras[-1])
    tail = b"</article></body></html>"
    return head + b"".join(paras) + tail


def framed(body: bytes, chunk: int | None, coded: bool) -> bytes:
    """The whole answer on the wire: head and body, ``chunk`` bytes a chunk (``None``: Content-Length)."""
    headers = ["HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8"]
    if coded:
        body = gzip.compress(body, mtime=0)
        headers.append("Content-Encoding: gzip")
    if chunk is None:
        headers.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(headers) + "\r\n\r\n").encode() + body
    headers.append("Transfer-Encoding: chunked")
    parts = [body[i : i + chunk] for i in range(0, len(body), chunk)]
    wire = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + wire


def serve() -> int:
    """The server process: prints its port, answers until its bounds or its parent's end."""
    answers: dict[bytes, bytes] = {}
    for kb in (64, 256):
        body = page(kb)
        for name, chunk, coded in _CASES:
            answers[b"/%s/%d" % (name.encode(), kb)] = framed(body, chunk, coded)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(1.0)
    print(listener.getsockname()[1], flush=True)
    start = time.monotonic()

    def handle(conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):  # a client that hangs up (a refused body) ends its thread
            conn.settimeout(30.0)
            reader = conn.makefile("rb")
            for _ in range(_MAX_REQUESTS):
                line = reader.readline(65536)
                if not line:
                    return
                path = line.split(b" ")[1] if line.count(b" ") >= 2 else b""
                while reader.readline(65536) not in (b"\r\n", b"\n", b""):
                    pass
                conn.sendall(answers.get(path, b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"))

    accepted = 0
    while accepted < _MAX_CONNECTIONS and time.monotonic() - start < _MAX_SECONDS:
        if sys.stdin.closed:
            break
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        accepted += 1
        threading.Thread(target=handle, args=(conn,), daemon=True).start()
    return 0


def measure(port: int, n: int) -> int:
    from linkcheck import Citation, Config, check
    from linkcheck.models import PartialDate

    rows: list[tuple[str, int, int | None, bool, int]] = [
        (name, kb, chunk, coded, 5 * 1024 * 1024) for kb in (64, 256) for name, chunk, coded in _CASES
    ]
    rows.append(("chunk1", 256, 1, False, 400_000))
    print(
        f"{'case':<16}{'page':>7}{'cap':>9}{'CPU ms/fetch':>14}{'wall ms/fetch':>15}  status / verdict / what"
    )
    for name, kb, _chunk, _coded, cap in rows:
        from linkcheck.fetch import Fetcher

        config = Config(allow_private=True, workers=1, per_host=1, retries=0, max_bytes=cap)
        url = f"http://127.0.0.1:{port}/{name}/{kb}"
        cpu: list[float] = []
        wall: list[float] = []
        with Fetcher(config) as fetcher:
            first = fetcher.fetch(url)  # warm-up: the connection, the first request's head
            for _ in range(n):
                c0, w0 = time.process_time(), time.perf_counter()
                result = fetcher.fetch(url)
                cpu.append(time.process_time() - c0)
                wall.append(time.perf_counter() - w0)
            assert len(result.body) == len(first.body)
        citation = Citation(url, title=_TITLE, date=PartialDate.parse(_DATE))
        judged = check([citation], config).results[0]
        said = f"{judged.status.value} / {judged.verdict.value}"
        if result.error:
            said += f" / {result.error[:90]}"
        else:
            said += f" / {len(result.body)} bytes"
        print(
            f"{name:<16}{kb:>5}KB{cap / 1e6:>7.1f}MB{1e3 * statistics.median(cpu):>14.3f}"
            f"{1e3 * statistics.median(wall):>15.3f}  {said}",
            flush=True,
        )
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=5, help="timed fetches per case (after one warm-up)")
    p.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve:
        return serve()
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=os.environ
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        return measure(port, max(1, args.n))
    finally:
        server.kill()  # the process this script started, by its handle
        server.wait(timeout=10)


if __name__ == "__main__":
    raise SystemExit(main())
