"""CPU per link of each linkcheck stage, one stage at a time on one thread (issue 7: where time goes).

Starts ``bench/server.py`` at 0 ms, reads the benchmark's clean manifest with ``linkcheck.parse_sources``,
then times linkcheck's own functions in sequence on ``--n`` links: ``Fetcher.fetch``, ``classify_fetch``,
``extract_metadata``, ``soft_404_reason``, ``match_citation`` and the JSON renderer (``result_to_dict`` and
``json.dumps`` with and without ``indent``). Variants patch things *in this process only* to price one
overhead each (``src/linkcheck`` is not modified):

- fetch without the watchdog (the fetcher's shared watchdog thread replaced by a no-op);
- fetch reading only the ``<head>`` (``Config.max_bytes`` = 16 KB: the body read stops at the cap and the
  connection is dropped, as a head-only reader would without draining);
- extract on the head only (bytes up to ``</head>``).

Every figure is microseconds of this process's CPU per link (the server runs in its own process).
Run: ``python bench/stage_costs.py --n 2000``.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import Server, make_links, write_manifests  # noqa: E402


class _NoWatchdog:
    """Stands in for the fetcher's watchdog to price it."""

    def schedule(self, delay: float, function: Callable[[], object]) -> list[Any]:
        return [delay, 0, function, 0]

    def cancel(self, entry: list[Any]) -> None:
        pass

    def close(self) -> None:
        pass


def per_link(fn: Callable[[Any], object], items: Sequence[Any]) -> tuple[float, list[object]]:
    t0 = time.process_time()
    out = [fn(x) for x in items]
    return 1e6 * (time.process_time() - t0) / max(1, len(items)), out


def fetch_parts(lfetch: Any, config: Any, urls: Sequence[str], figures: dict[str, float]) -> None:
    """The request path piece by piece: preparing a GET, the adapter against urllib3, the address guard."""
    import socket

    import requests
    import urllib3

    session = lfetch.make_session(config)
    adapter = session.get_adapter(urls[0])
    figures["Session.prepare_request(Request)"], _ = per_link(
        lambda u: session.prepare_request(requests.Request("GET", u, headers={})), urls
    )
    figures["fetch._prepare_get (same request)"], prepared = per_link(
        lambda u: lfetch._prepare_get(session, u, {}), urls
    )
    # A long run's cookies: 500 sites that set 10 each. One jar for the run (as before 2026-11-30's sixth
    # session) against a jar per site (fetch._CookieJars).
    jars = lfetch._CookieJars(1024)
    crowded = lfetch.make_session(config)
    for d in range(500):
        jar = jars.get(f"www.site{d}.org", create=True)
        for c in range(10):
            jar.set(f"c{c}", "v" * 20, domain=f".site{d}.org", path="/")
            crowded.cookies.set(f"c{c}", "v" * 20, domain=f".site{d}.org", path="/")
    one = "https://www.site7.org/a"
    figures["  ... with 500 sites' cookies in one jar for the run"], _ = per_link(
        lambda _: lfetch._prepare_get(crowded, one, {}), urls[:50]
    )
    figures["  ... with 500 sites' cookies, a jar per site"], _ = per_link(
        lambda _: lfetch._prepare_get(session, one, {}, jars.get("www.site7.org")), urls
    )
    crowded.close()

    def drain(raw: Any) -> None:
        while raw.read1(65536, decode_content=True):
            pass

    def via_adapter(p: Any) -> None:
        response = adapter.send(p, stream=True, timeout=(5, 5), verify=True, cert=None, proxies={})
        drain(response.raw)
        response.close()

    def via_urllib3(p: Any) -> None:
        pool = adapter.poolmanager.connection_from_url(p.url)
        raw = pool.urlopen(
            "GET",
            p.path_url,
            headers=p.headers,
            body=None,
            preload_content=False,
            decode_content=False,
            retries=adapter.max_retries,
            timeout=urllib3.Timeout(connect=5, read=5),
            redirect=False,
            assert_same_host=False,
        )
        drain(raw)
        raw.release_conn()

    figures["HTTPAdapter.send + read body + close"], _ = per_link(via_adapter, prepared)
    figures["urllib3 pool.urlopen + read body + release"], _ = per_link(via_urllib3, prepared)
    session.close()

    def resolver(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]

    guarded = lfetch.Fetcher(config.evolve(allow_private=False), resolver=resolver)
    hosts = [f"host-{i}.news.test" for i in range(len(urls))]  # a new name each time: always a lookup
    figures["address guard, host looked up (Fetcher._vet, stub resolver)"], _ = per_link(
        lambda h: guarded._vet(h, 443, 5.0), hosts
    )
    figures["address guard, host vetted within the minute"], _ = per_link(
        lambda u: guarded._vet("news.test", 443, 5.0), urls
    )
    guarded.close()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=2000)
    args = p.parse_args()
    if not 1 <= args.n <= 50_000:
        p.error("--n must be 1..50000")

    import linkcheck.fetch as lfetch
    from linkcheck import Config, parse_sources
    from linkcheck.checker import _Page, _result
    from linkcheck.classify import classify_fetch
    from linkcheck.extract import extract_metadata
    from linkcheck.match import match_citation
    from linkcheck.models import Report
    from linkcheck.report.json import render_json, report_to_dict, result_to_dict
    from linkcheck.soft404 import soft_404_reason

    figures: dict[str, float] = {}
    server = Server(seed=1, hosts=8, max_seconds=900)
    try:
        server.reset(0.0)
        links = make_links("clean", args.n, server.port, 1)
        manifest, _ = write_manifests(links, HERE / "out" / "manifests" / f"clean-{args.n}")
        text = manifest.read_text(encoding="utf-8")
        t0 = time.process_time()
        citations = parse_sources(text, source=str(manifest))
        figures["parse_sources (manifest line)"] = 1e6 * (time.process_time() - t0) / len(citations)
        config = Config(allow_private=True, workers=1, per_host=1)
        urls = [c.url for c in citations]

        fetcher = lfetch.Fetcher(config)
        figures["Fetcher.fetch (requests, whole body)"], fetches = per_link(fetcher.fetch, urls)
        bare = lfetch.Fetcher(config)
        bare._watchdog = _NoWatchdog()  # type: ignore[assignment]
        figures["  ... without the watchdog"], _ = per_link(bare.fetch, urls)
        bare = lfetch.Fetcher(config.evolve(max_bytes=16_384))
        bare._watchdog = _NoWatchdog()  # type: ignore[assignment]
        figures["  ... and reading 16 KB (max_bytes cap)"], _ = per_link(bare.fetch, urls)
        figures["classify_fetch"], _ = per_link(classify_fetch, fetches)
        figures["extract_metadata (whole body)"], metas = per_link(
            lambda f: extract_metadata(f.body, f.final_url, f.headers), fetches
        )

        def head(body: bytes) -> bytes:
            end = body.find(b"</head>")
            return body[: end + 7] if end >= 0 else body

        figures["extract_metadata (head only)"], _ = per_link(
            lambda f: extract_metadata(head(f.body), f.final_url, f.headers), fetches
        )
        pairs = list(zip(fetches, metas, strict=True))
        figures["soft_404_reason"], _ = per_link(
            lambda fm: soft_404_reason(fm[0].url, fm[0].final_url, fm[1], len(fm[0].redirects)), pairs
        )
        cites = list(zip(citations, fetches, metas, strict=True))
        figures["match_citation"], _ = per_link(
            lambda cfm: match_citation(cfm[0], cfm[2], final_url=cfm[1].final_url, config=config), cites
        )
        pages = [_Page(f, classify_fetch(f), m) for f, m in pairs]
        figures["_result (match + verdict)"], results = per_link(
            lambda cp: _result(cp[0], cp[1], config), list(zip(citations, pages, strict=True))
        )
        figures["result_to_dict"], dicts = per_link(result_to_dict, results)
        figures["json.dumps one result, indent=2"], _ = per_link(
            lambda d: json.dumps(d, ensure_ascii=False, indent=2), dicts
        )
        figures["json.dumps one result, compact"], _ = per_link(
            lambda d: json.dumps(d, ensure_ascii=False, separators=(",", ":")), dicts
        )
        report = Report(results=tuple(results), elapsed=1.0, notes=())
        t0 = time.process_time()
        render_json(report)
        figures["render_json (whole report) per link"] = 1e6 * (time.process_time() - t0) / len(results)
        t0 = time.process_time()
        json.dumps(report_to_dict(report), ensure_ascii=False)
        figures["report_to_dict + compact dumps per link"] = 1e6 * (time.process_time() - t0) / len(results)
        t0 = time.process_time()
        for _ in range(len(urls)):
            timer = threading.Timer(60, lambda: None)
            timer.daemon = True
            timer.start()
            timer.cancel()
        figures["threading.Timer start+cancel alone"] = 1e6 * (time.process_time() - t0) / len(urls)
        dog = lfetch._Watchdog()
        t0 = time.process_time()
        for _ in range(len(urls)):
            dog.cancel(dog.schedule(60, lambda: None))
        figures["shared watchdog schedule+cancel alone"] = 1e6 * (time.process_time() - t0) / len(urls)
        dog.close()
        fetch_parts(lfetch, config, urls, figures)
    finally:
        server.stop()
    sizes = [len(f.body) for f in fetches]
    mean_kb = sum(sizes) / len(sizes) / 1024
    print(f"CPU microseconds per link, one thread, N={args.n} (mean body {mean_kb:.1f} KB)")
    width = max(len(k) for k in figures)
    for k, v in figures.items():
        print(f"  {k:{width}}  {v:8.1f} us")
    return 0


if __name__ == "__main__":
    sys.exit(main())
