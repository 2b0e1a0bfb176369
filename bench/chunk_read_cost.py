"""Instructions to read one chunked page through ``http.client`` over linkcheck's ``WireCount`` (the fetcher's
reader under every chunked body), for source trees compared (the ninth hostile round's measure).

A child reads a 100 KB page sent in chunks of ``--chunk`` bytes (CRLF line ends, as servers send; ``--lf``
for line ends of LF alone) ``--n`` times, another ``2 * --n`` times, both under valgrind's callgrind; the
difference divided by ``--n`` is what one read costs, start-up cancelled out. Deterministic but for hash
randomisation (a few hundred instructions). Run::

    python bench/chunk_read_cost.py --trees new=src,base=/tmp/base/src --chunk 8192 --n 100
"""

from __future__ import annotations

import argparse
import http.client
import io
import os
import re
import subprocess
import sys
import tempfile

PAGE = b"<p>ferry</p>" * (100_000 // 12)


def _wire(chunk: int, eol: bytes) -> bytes:
    parts = [PAGE[i : i + chunk] for i in range(0, len(PAGE), chunk)]
    body = b"".join(b"%x%s%s%s" % (len(p), eol, p, eol) for p in parts) + b"0" + eol + eol
    return b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body


class _Socket:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self.data), 8192)  # a socket's reader: 8 KiB of buffer


def child(n: int, chunk: int, lf: bool) -> None:
    from linkcheck.fetch import WireCount

    wire = _wire(chunk, b"\n" if lf else b"\r\n")
    for _ in range(n):
        answer = http.client.HTTPResponse(_Socket(wire))  # type: ignore[arg-type]
        answer.begin()
        try:
            answer.fp = WireCount(answer.fp, 1 << 24, chunked=True)  # type: ignore[call-arg,assignment]
        except TypeError:  # a tree from before the ninth round
            answer.fp = WireCount(answer.fp, 1 << 24)  # type: ignore[assignment]
        got = 0
        while part := answer.read1(65536):
            got += len(part)
        assert got == len(PAGE), got


def _instructions(src: str, n: int, chunk: int, lf: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONPATH=src, PYTHONDONTWRITEBYTECODE="1")
        args = [sys.executable, __file__, "--child", "--n", str(n), "--chunk", str(chunk)]
        out = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={tmp}/cg.out",
                *args,
                *(["--lf"] if lf else []),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    found = re.search(r"Collected : (\d+)", out.stderr)
    assert found, out.stderr[-2000:]
    return int(found.group(1))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--trees", default="here=src", help="NAME=SRC_DIR,... (compared)")
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--chunk", type=int, default=8192)
    p.add_argument("--lf", action="store_true", help="line ends of LF alone")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args.n, args.chunk, args.lf)
        return 0
    for tree in args.trees.split(","):
        name, _, src = tree.partition("=")
        one, two = (_instructions(src, n, args.chunk, args.lf) for n in (args.n, 2 * args.n))
        print(
            f"{name:10} {(two - one) / args.n / 1000:8.1f} k instructions a read ({args.chunk}-byte chunks)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
