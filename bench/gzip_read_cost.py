"""Instructions to read a gzipped page through urllib3's ``HTTPResponse.read1``, as the Fetcher reads a coded
body, with urllib3's own gzip decoder (``plain``) or with :mod:`linkcheck.gziptrailer`'s (``tolerant``).

The page is about 42 KB of HTML (about 3 KB gzipped), read ``N`` times in one process. Run each mode under
callgrind with ``N`` = 0 and ``N`` = 1000; the difference of the two counts, divided by 1000, is the cost of
one read (start-up cancels out)::

    PYTHONHASHSEED=0 PYTHONPATH=src valgrind --tool=callgrind python bench/gzip_read_cost.py 1000 tolerant
"""

from __future__ import annotations

import gzip
import io
import sys

import urllib3

from linkcheck.gziptrailer import tolerate_gzip_trailers


def main() -> None:
    n, mode = int(sys.argv[1]), sys.argv[2]
    page = (
        b"<!DOCTYPE html><html><head><title>Harbour</title></head><body>"
        + b"".join(
            b"<p>Paragraph %d of the timetable notes for the winter crossings.</p>\n" % i for i in range(600)
        )
        + b"</body></html>"
    )
    body = gzip.compress(page, mtime=0)
    for _ in range(n):
        raw = urllib3.HTTPResponse(
            body=io.BytesIO(body), headers={"Content-Encoding": "gzip"}, status=200, preload_content=False
        )
        if mode == "tolerant":
            tolerate_gzip_trailers(raw)
        out = []
        while chunk := raw.read1(65536, decode_content=True):
            out.append(chunk)
        assert b"".join(out) == page


if __name__ == "__main__":
    main()
