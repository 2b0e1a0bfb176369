"""Same extraction output before and after a change (issue 7: making ``extract_metadata`` cheaper).

Runs ``extract_metadata`` on a fixed set of pages and records, for each, the ``repr`` of its ``Metadata``
(with a fixed ``today``), of ``soft_404_reason`` on it, and of ``is_error_title`` on each of its title
candidates. The pages:

- every ``.html`` file under ``tests/fixtures`` (as bytes with the sidecar's URL and headers, as str, cut
  at ``</head>``, and cut at 8 KB);
- ``--pages`` pages from ``bench/server.py``'s generator (articles, moved articles, 404 and 500 pages;
  one article in ten without dates in its head, one without JSON-LD, one cut at 16 KB, so the body path
  runs too), and the head alone of one article in four;
- the bodies ``tests/hostile_server.py`` serves for its catalogue, fetched on 127.0.0.1 (their origin
  rewritten to a fixed one, so runs compare); ``--no-hostile`` leaves them out.

Usage::

    python bench/extract_same.py --save /tmp/before.pickle     # with the code before the change
    python bench/extract_same.py --compare /tmp/before.pickle  # after it: exit status 1 on a difference

It also prints the CPU time of the extraction pass per page (one thread; a rough figure, see
``bench/stage_costs.py`` for the benchmark's).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import random
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import server as bench_server  # noqa: E402 - needs the path above

TODAY = dt.date(2026, 11, 30)
HTML_HEADERS = {"Content-Type": "text/html; charset=utf-8"}
Page = tuple[str, Any, str, Any]  # label, body (bytes or str), URL, headers


def fixture_pages() -> list[Page]:
    pages: list[Page] = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("*/*.html")):
        sidecar = path.with_suffix(".json")
        expected = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
        url = expected.get("url", f"https://fixture.test/{path.parent.name}/2021/03/04/{path.stem}.html")
        headers = expected.get("headers")
        body = path.read_bytes()
        name = f"{path.parent.name}/{path.name}"
        pages.append((f"fixture:{name}", body, url, headers))
        pages.append((f"fixture-str:{name}", body.decode("utf-8", "replace"), url, None))
        end = body.find(b"</head>")
        if end > 0:
            pages.append((f"fixture-head:{name}", body[: end + 7], url, headers))
        pages.append((f"fixture-8k:{name}", body[:8192], url, headers))
    return pages


def bench_pages(count: int) -> list[Page]:
    hosts = [bench_server.host_address(i) for i in range(8)]
    site = bench_server.Site(1, hosts, 8080)
    rnd = random.Random(5)
    pages: list[Page] = []
    for i in range(count):
        host = hosts[i % len(hosts)]
        article_id = 1000 + i
        kind = rnd.choice("aaaaaaanre")
        if kind in "ne":
            url = f"http://{host}:8080{bench_server.article_path(article_id, kind)}"
            body = site.not_found if kind == "n" else site.server_error
            pages.append((f"bench:{kind}:{article_id}", body, url, HTML_HEADERS))
            continue
        meta = bench_server.article_meta(article_id)
        path = bench_server.article_path(article_id, "a", 1, "archive" if kind == "r" else None)
        url = f"http://{host}:8080{path}"
        body = b"".join(site.article(meta, host))
        variant = i % 10
        if variant == 7:  # a head without dates: the body is read
            body = re.sub(rb"<meta property='article:published_time'[^>]*>\n", b"", body)
            body = re.sub(rb'"datePublished": "[^"]*", "dateModified": "[^"]*", ', b"", body)
        elif variant == 8:
            body = re.sub(rb"<script type='application/ld\+json'>.*?</script>", b"", body, flags=re.S)
        elif variant == 9:
            body = body[:16384]
        pages.append((f"bench:{kind}{variant}:{article_id}", body, url, HTML_HEADERS))
        if i % 4 == 0:
            pages.append((f"bench-head:{article_id}", body[: body.find(b"</head>") + 7], url, HTML_HEADERS))
    return pages


def hostile_pages() -> list[Page]:
    from linkcheck.fetch import Fetcher
    from tests.hostile_server import CATALOGUE, HostileServer, fetch_config

    pages: list[Page] = []
    with HostileServer() as server:
        fetcher = Fetcher(fetch_config(server))
        origin = server.origin

        def one(path: str) -> Page | None:
            try:
                fetch = fetcher.fetch(server.url(path))
            except Exception:  # a case the fetcher cannot read has no page to extract
                return None
            body = fetch.body[: 1024 * 1024].replace(origin.encode(), b"hostile.test")
            return (f"hostile:{path}", body, fetch.final_url.replace(origin, "hostile.test"), fetch.headers)

        try:
            with ThreadPoolExecutor(len(CATALOGUE)) as pool:
                pages = [
                    page for page in pool.map(one, [case.path for case in CATALOGUE]) if page is not None
                ]
        finally:
            fetcher.close()
    return pages


def results(pages: list[Page]) -> tuple[dict[str, str], float]:
    from linkcheck.extract import extract_metadata
    from linkcheck.soft404 import is_error_title, soft_404_reason

    metas = []
    started = time.process_time()
    for _label, body, url, headers in pages:
        metas.append(extract_metadata(body, url, headers, today=TODAY))
    per_page = 1e6 * (time.process_time() - started) / max(1, len(pages))
    out: dict[str, str] = {}
    for (label, _body, url, _headers), meta in zip(pages, metas, strict=True):
        titles = [t for c in meta.title_candidates for t in (c.text, c.raw) if t]
        names = [n for n in (meta.site_name, meta.publisher) if n]
        judged = [is_error_title(t, names) for t in titles]
        out[label] = repr((meta, soft_404_reason(url, url, meta, 0), judged))
    return out, per_page


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    action = p.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write the results here")
    action.add_argument("--compare", type=Path, help="compare with results saved here")
    p.add_argument("--pages", type=int, default=3200, help="bench/server.py pages (default 3200)")
    p.add_argument("--no-hostile", action="store_true", help="leave out the hostile catalogue")
    args = p.parse_args(argv)
    if not 0 <= args.pages <= 100_000:
        p.error("--pages must be 0..100000")
    pages = fixture_pages() + bench_pages(args.pages) + ([] if args.no_hostile else hostile_pages())
    found, per_page = results(pages)
    print(f"{len(found)} pages, extract_metadata {per_page:.1f} us CPU per page")
    if args.save:
        args.save.write_bytes(pickle.dumps(found))
        print(f"saved to {args.save}")
        return 0
    before: dict[str, str] = pickle.loads(args.compare.read_bytes())  # our own file
    common = before.keys() & found.keys()
    differ = sorted(label for label in common if before[label] != found[label])
    missing = sorted(before.keys() ^ found.keys())
    print(f"compared {len(common)} pages: {len(differ)} differ, {len(missing)} in one run only")
    for label in (differ + missing)[:20]:
        print(f"  {label}")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
