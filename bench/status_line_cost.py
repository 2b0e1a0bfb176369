"""Instructions per status line and header block read by :class:`linkcheck.headers.Response` (twelfth
hostile round: the status-line rule's fast path).

Reads ``N`` (after 200 of warm-up) 4-line answers from a buffered reader, as the fetcher's connections give
them. Run under callgrind for N = 0 and N = 2,000 and divide the difference by 2,000::

    PYTHONHASHSEED=0 PYTHONPATH=src valgrind --tool=callgrind python bench/status_line_cost.py 2000
"""

from __future__ import annotations

import io
import sys

from linkcheck.headers import Response

ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 4\r\nServer: x\r\n\r\npage"


class _Wire:
    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(ANSWER))  # type: ignore[arg-type]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    wire = _Wire()
    for _ in range(200 + n):
        Response(wire, method="GET").begin()  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
