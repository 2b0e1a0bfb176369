"""The checker joins the stages: each citation reported once, URLs fetched once, hosts never crowded."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from urllib.parse import urldefrag

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from linkcheck import Config, check, iter_check
from linkcheck.models import Cause, Citation, FetchResult, Redirect, Status, Verdict
from tests.strategies import url_like

ARTICLE = b"""<html><head><title>Iraq resumes S-300 talks - Example News</title>
<meta property="og:title" content="Iraq resumes S-300 talks">
<meta property="article:published_time" content="2020-01-09T10:00:00+03:00">
</head><body><h1>Iraq resumes S-300 talks</h1><p>Text.</p></body></html>"""


def page(url: str, body: bytes = ARTICLE, status: int = 200, **kw: object) -> FetchResult:
    return FetchResult(
        url=url,
        final_url=str(kw.pop("final_url", url)),
        status_code=status,
        headers={"content-type": "text/html; charset=utf-8"},
        body=body,
        **kw,  # type: ignore[arg-type]
    )


class FakeFetcher:
    """Answers from a table (or a function), counting calls and the peak concurrency per host."""

    def __init__(self, answers: Mapping[str, FetchResult] | Callable[[str], FetchResult], delay: float = 0.0):
        self.answers = answers
        self.delay = delay
        self.calls: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.active: Counter[str] = Counter()
        self.peak: Counter[str] = Counter()

    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
        host = url.split("/")[2]
        with self.lock:
            self.calls[url] += 1
            self.active[host] += 1
            self.peak[host] = max(self.peak[host], self.active[host])
        try:
            if self.delay:
                time.sleep(self.delay)
            if callable(self.answers):
                return self.answers(url)
            return self.answers[url]
        finally:
            with self.lock:
                self.active[host] -= 1


def dns_failure(url: str) -> FetchResult:
    host = url.split("/")[2]
    return FetchResult(url=url, final_url=url, cause=Cause.DNS, error=f"cannot resolve {host}")


def test_citations_sharing_a_url_are_fetched_once_and_each_reported() -> None:
    url = "https://news.example.org/2020/01/09/story"
    citations = [Citation(url, line=1), Citation(url + "#section", line=2), Citation(url, title="x", line=3)]
    fetcher = FakeFetcher({url: page(url)})
    report = check(citations, Config(), fetcher=fetcher)
    assert fetcher.calls == Counter({url: 1})
    assert [r.citation.line for r in report.results] == [1, 2, 3]
    assert all(r.status is Status.OK for r in report.results)


def test_results_keep_input_order_and_every_citation_once() -> None:
    urls = [f"https://h{i % 3}.example.org/a/{i}" for i in range(30)]
    fetcher = FakeFetcher(lambda u: page(u))
    report = check([Citation(u, line=i) for i, u in enumerate(urls)], Config(workers=8), fetcher=fetcher)
    assert [r.url for r in report.results] == urls


def test_per_host_limit_is_never_exceeded() -> None:
    urls = [f"https://busy.example.org/{i}" for i in range(12)] + [
        f"https://calm.example.org/{i}" for i in range(4)
    ]
    fetcher = FakeFetcher(lambda u: page(u), delay=0.02)
    check([Citation(u) for u in urls], Config(workers=8, per_host=2), fetcher=fetcher)
    assert fetcher.peak["busy.example.org"] == 2
    assert fetcher.peak["calm.example.org"] <= 2


def test_offline_runner_reports_network_unavailable_not_dead() -> None:
    urls = ["https://ria.ru/20200109/1563219328.html", "https://tass.ru/politika/7487995"]
    report = check([Citation(u) for u in urls], Config(), fetcher=FakeFetcher(dns_failure))
    assert {r.status for r in report.results} == {Status.ERROR}
    assert {r.cause for r in report.results} == {Cause.NETWORK_UNAVAILABLE}
    assert {r.verdict for r in report.results} == {Verdict.WARN}
    assert report.exit_code == 0
    assert any("network looks unavailable" in note for note in report.notes)


def test_unresolvable_host_is_dead_when_other_names_resolve() -> None:
    good, bad = "https://good.example.org/story", "https://gone-forever.example.net/story"

    def answer(url: str) -> FetchResult:
        return page(url) if url == good else dns_failure(url)

    report = check(
        [Citation(bad), Citation(good)], Config(per_host=1, workers=1), fetcher=FakeFetcher(answer)
    )
    assert report.results[0].status is Status.DEAD
    assert report.results[0].cause is Cause.DNS
    assert report.results[0].verdict is Verdict.FAIL
    assert report.notes == ()


def test_reserved_names_are_dead_without_a_fetch() -> None:
    fetcher = FakeFetcher({})
    report = check([Citation("https://no-such-site.invalid/page")], Config(), fetcher=fetcher)
    assert report.results[0].status is Status.DEAD
    assert not fetcher.calls


@pytest.mark.parametrize(
    ("url", "cause"),
    [("ftp://files.example.org/report.pdf", Cause.SCHEME), ("mailto:editor@example.org", Cause.SCHEME)],
)
def test_unsupported_schemes_are_skipped(url: str, cause: Cause) -> None:
    report = check([Citation(url)], Config(), fetcher=FakeFetcher({}))
    assert report.results[0].status is Status.SKIPPED
    assert report.results[0].cause is cause
    assert report.results[0].verdict is Verdict.WARN


def test_user_exclusions_are_skipped_and_pass() -> None:
    fetcher = FakeFetcher({})
    report = check(
        [Citation("https://paywalled.example.com/x")], Config(exclude=(r"paywalled\.",)), fetcher=fetcher
    )
    result = report.results[0]
    assert (result.status, result.cause, result.verdict) == (Status.SKIPPED, Cause.EXCLUDED, Verdict.PASS)
    assert not fetcher.calls


def test_include_patterns_limit_what_is_checked() -> None:
    fetcher = FakeFetcher(lambda u: page(u))
    urls = ["https://a.example.org/1", "https://b.example.org/2"]
    report = check([Citation(u) for u in urls], Config(include=(r"//a\.",)), fetcher=fetcher)
    assert [r.status for r in report.results] == [Status.OK, Status.SKIPPED]
    assert list(fetcher.calls) == ["https://a.example.org/1"]


def test_invalid_manifest_line_fails_without_fetch() -> None:
    bad = Citation("htp//broken", error="line 3: not a URL", source="sources.txt", line=3)
    report = check([bad], Config(), fetcher=FakeFetcher({}))
    assert report.results[0].cause is Cause.INVALID_CITATION
    assert report.results[0].verdict is Verdict.FAIL
    assert report.exit_code == 1


def test_a_crash_on_one_page_stays_with_that_page() -> None:
    def answer(url: str) -> FetchResult:
        if "boom" in url:
            raise RuntimeError("parser exploded")
        return page(url)

    urls = ["https://x.example.org/boom", "https://x.example.org/fine"]
    report = check([Citation(u) for u in urls], Config(), fetcher=FakeFetcher(answer))
    assert report.results[0].status is Status.ERROR
    assert report.results[0].cause is Cause.INTERNAL
    assert "parser exploded" in report.results[0].reason
    assert report.results[1].status is Status.OK


def test_a_worker_sends_its_next_request_while_its_last_page_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """One worker: the second URL is fetched while the first page is still being parsed (by the page
    reader), not after: a request slot does not sit idle while a page is read."""
    from linkcheck import checker

    checker._import_readers()
    real = checker.extract_metadata
    second_fetched = threading.Event()
    overlapped: list[bool] = []

    def slow_extract(body: bytes, url: str, headers: Mapping[str, str]) -> object:
        if url.endswith("/first"):
            overlapped.append(second_fetched.wait(5))
        return real(body, url, headers)

    def answer(url: str) -> FetchResult:
        if url.endswith("/second"):
            second_fetched.set()
        return page(url)

    monkeypatch.setattr(checker, "extract_metadata", slow_extract)
    urls = ["https://a.example.org/first", "https://a.example.org/second"]
    report = check([Citation(u) for u in urls], Config(workers=1), fetcher=FakeFetcher(answer))
    assert overlapped == [True]
    assert [r.citation.url for r in report.results] == urls
    assert all(r.status is Status.OK for r in report.results)


def test_workers_read_own_pages_while_the_page_reader_is_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages wait for the page reader up to a bound; beyond it a worker reads its own page, and every
    citation is still reported once, matched against its own page."""
    from linkcheck import checker

    checker._import_readers()
    real = checker.extract_metadata
    monkeypatch.setattr(checker, "PAGES_WAITING", 1)
    read_by: dict[str, str] = {}
    read_by_a_worker = threading.Event()
    released: list[bool] = []

    def tracking_extract(body: bytes, url: str, headers: Mapping[str, str]) -> object:
        name = threading.current_thread().name
        read_by[url] = name
        if name != "linkcheck-pages":
            read_by_a_worker.set()
        if url.endswith("/0"):
            released.append(read_by_a_worker.wait(5))  # the reader is stuck on this page meanwhile
        return real(body, url, headers)

    monkeypatch.setattr(checker, "extract_metadata", tracking_extract)
    urls = [f"https://a.example.org/{i}" for i in range(8)]
    titles = {u: f"Story number {i}" for i, u in enumerate(urls)}

    def answer(url: str) -> FetchResult:
        return page(url, body=f"<html><head><title>{titles[url]}</title></head><body></body></html>".encode())

    citations = [Citation(u, title=titles[u]) for u in urls]
    # two workers: with one, the caller's backlog limit (twice the workers) would stop it first
    report = check(citations, Config(workers=2), fetcher=FakeFetcher(answer))
    assert released == [True], "no worker read a page while the reader was behind"
    assert read_by[urls[0]] == "linkcheck-pages"
    assert sorted(read_by) == sorted(urls)
    assert [r.citation.url for r in report.results] == urls
    assert [r.metadata.title if r.metadata else None for r in report.results] == [titles[u] for u in urls]
    assert all(r.verdict is Verdict.PASS for r in report.results)


def _handover_decisions(waiting: list[int], bound: int = 8) -> list[bool]:
    from linkcheck.checker import _Handover

    handover = _Handover(bound)
    return [handover.take(w) for w in waiting]


def test_pages_go_to_the_reader_while_it_keeps_up() -> None:
    """A reader that finds nothing waiting on most offers (latency hides its reading) gets every page that has
    room, for as long as the run goes."""
    from linkcheck.checker import HANDOVER_CAUGHT_UP, HANDOVER_PAUSE, HANDOVER_WINDOW

    window = [0] * HANDOVER_CAUGHT_UP + [3] * (HANDOVER_WINDOW - HANDOVER_CAUGHT_UP)
    assert all(_handover_decisions(window * (2 * HANDOVER_PAUSE // HANDOVER_WINDOW + 2)))
    assert _handover_decisions([7, 8, 9, 0]) == [True, False, False, True]


def test_workers_read_their_own_pages_for_a_while_once_the_reader_never_catches_up() -> None:
    """A window of offers in which the reader caught up too rarely (reading is the bottleneck) makes the
    workers read the next pages themselves, even with room in the queue; after them, offers count again."""
    from linkcheck.checker import HANDOVER_CAUGHT_UP, HANDOVER_PAUSE, HANDOVER_WINDOW

    behind = [0] * (HANDOVER_CAUGHT_UP - 1) + [1] * (HANDOVER_WINDOW - HANDOVER_CAUGHT_UP + 1)
    decisions = _handover_decisions(behind + [0] * (HANDOVER_PAUSE + HANDOVER_WINDOW))
    assert all(decisions[:HANDOVER_WINDOW])  # pages with room went to the reader while it was judged
    paused = decisions[HANDOVER_WINDOW : HANDOVER_WINDOW + HANDOVER_PAUSE]
    assert not any(paused)
    assert all(decisions[HANDOVER_WINDOW + HANDOVER_PAUSE :])  # judged afresh: it keeps up now
    # the next window is judged on its own offers, not the ones made while paused
    again = _handover_decisions(behind + [0] * HANDOVER_PAUSE + behind + [0])
    assert again[-1] is False


def test_page_reader_hands_over_by_what_waits_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page reader's offers follow :class:`_Handover` on the pages actually waiting: with the reader stuck
    on its first page, a window in which pages kept waiting turns the next offers away, then they resume."""
    from linkcheck import checker

    monkeypatch.setattr(checker, "HANDOVER_WINDOW", 2)
    monkeypatch.setattr(checker, "HANDOVER_CAUGHT_UP", 2)
    monkeypatch.setattr(checker, "HANDOVER_PAUSE", 3)
    reading = threading.Event()
    release = threading.Event()
    read: list[str] = []

    def read_page(url: str, fetch: FetchResult) -> None:
        reading.set()
        assert release.wait(5)
        read.append(url)

    reader = checker._PageReader(read_page, 8)
    try:
        assert reader.offer("u1", page("u1"))
        assert reading.wait(5)  # the reader holds u1: what is offered next waits
        # u1 and u2 found nothing waiting (caught up); u3 and u4 did not, so u5-u7 are read by their workers
        assert [reader.offer(u, page(u)) for u in ("u2", "u3", "u4", "u5", "u6", "u7", "u8")] == [
            True, True, True, False, False, False, True,
        ]  # fmt: skip
    finally:
        release.set()
        reader.stop()
    deadline = time.monotonic() + 5
    while len(read) < 5 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert read == ["u1", "u2", "u3", "u4", "u8"]


def test_slots_given_while_a_run_goes_put_more_requests_in_flight() -> None:
    """A run started with one worker, given a second slot once its first request is out (as a sharded run's
    own shard is when a shard process finishes), has two requests in flight at once."""
    from linkcheck.checker import MoreSlots, _iter_check

    both_in_flight = threading.Barrier(2, timeout=5)
    first_out = threading.Event()

    def answer(url: str) -> FetchResult:
        first_out.set()
        both_in_flight.wait()  # raises BrokenBarrierError (an internal error) unless a second one comes
        return page(url)

    more = MoreSlots()
    citations = [Citation(f"https://{host}.example.org/story") for host in ("a", "b")]
    results = _iter_check(citations, Config(workers=1), FakeFetcher(answer), time.monotonic, more)
    giver = threading.Thread(target=lambda: first_out.wait(5) and more.give(1))
    giver.start()
    statuses = sorted(r.status.value for r in results)
    giver.join()
    assert statuses == ["ok", "ok"]


def test_slots_given_before_a_run_starts_count_from_its_start() -> None:
    from linkcheck.checker import MoreSlots, _iter_check

    both_in_flight = threading.Barrier(2, timeout=5)
    fetcher = FakeFetcher(lambda url: (both_in_flight.wait(), page(url))[1])
    more = MoreSlots()
    more.give(1)
    citations = [Citation(f"https://{host}.example.org/story") for host in ("a", "b")]
    results = list(_iter_check(citations, Config(workers=1), fetcher, time.monotonic, more))
    assert [r.status for r in results] == [Status.OK, Status.OK]


def test_permanent_redirect_keeps_ok_and_suggests_the_new_url() -> None:
    old, new = "https://old.example.org/2020/01/09/story", "https://www.example.org/news/story-2020"
    fetched = page(old, final_url=new, redirects=(Redirect(301, new),))
    result = check([Citation(old)], Config(), fetcher=FakeFetcher({old: fetched})).results[0]
    assert result.status is Status.OK
    moved = [f for f in result.findings if f.kind.value == "moved"]
    assert moved
    assert moved[0].actual == new
    assert result.verdict is Verdict.WARN


def test_temporary_redirect_is_not_a_move() -> None:
    old, new = "https://example.org/latest", "https://example.org/2020/01/09/story"
    fetched = page(old, final_url=new, redirects=(Redirect(302, new),))
    result = check([Citation(old)], Config(), fetcher=FakeFetcher({old: fetched})).results[0]
    assert not [f for f in result.findings if f.kind.value == "moved"]


def test_fail_on_decides_what_fails() -> None:
    url = "https://example.org/missing"
    answers = {url: page(url, body=b"", status=404)}
    assert check([Citation(url)], Config(), fetcher=FakeFetcher(answers)).exit_code == 1
    relaxed = Config(fail_on=frozenset())
    result = check([Citation(url)], relaxed, fetcher=FakeFetcher(answers)).results[0]
    assert (result.status, result.verdict) == (Status.DEAD, Verdict.WARN)


def test_blocked_and_error_warn_by_default() -> None:
    urls = {"https://a.example.org/x": 403, "https://b.example.org/y": 500}
    answers = {u: page(u, body=b"", status=code) for u, code in urls.items()}
    report = check([Citation(u) for u in urls], Config(), fetcher=FakeFetcher(answers))
    assert [r.status for r in report.results] == [Status.BLOCKED, Status.ERROR]
    assert {r.verdict for r in report.results} == {Verdict.WARN}
    assert report.exit_code == 0


def test_max_time_reports_unchecked_links_instead_of_dropping_them() -> None:
    urls = [f"https://slow{i}.example.org/x" for i in range(6)]
    fetcher = FakeFetcher(lambda u: page(u), delay=0.3)
    report = check([Citation(u) for u in urls], Config(workers=1, max_time=0.1), fetcher=fetcher)
    assert len(report.results) == len(urls)
    skipped = [r for r in report.results if r.cause is Cause.DEADLINE]
    assert skipped
    assert all(r.status is Status.SKIPPED for r in skipped)
    assert sum(fetcher.calls.values()) < len(urls)


def test_iter_check_streams_results_as_they_complete() -> None:
    urls = [f"https://h{i}.example.org/x" for i in range(5)]
    stream = iter_check(
        [Citation(u) for u in urls], Config(workers=2), fetcher=FakeFetcher(lambda u: page(u))
    )
    first = next(stream)
    assert first.status is Status.OK
    assert len([first, *stream]) == 5


def test_accepted_status_codes_count_as_ok() -> None:
    urls = {"https://bot-shy.example.org/story": 403, "https://bot-shy.example.org/missing": 404}
    answers = {u: page(u, body=b"", status=code) for u, code in urls.items()}
    report = check(
        [Citation(u) for u in urls], Config(accept_status=frozenset({403})), fetcher=FakeFetcher(answers)
    )
    first, second = report.results
    assert (first.status, first.verdict) == (Status.OK, Verdict.PASS)
    assert "403 accepted" in first.reason
    assert second.status is Status.DEAD  # only the listed codes are accepted


def test_accept_does_not_hide_transport_failures() -> None:
    url = "https://bot-shy.example.org/slow"
    fetched = FetchResult(url=url, final_url=url, cause=Cause.TIMEOUT, error="read timed out")
    result = check(
        [Citation(url)], Config(accept_status=frozenset({200, 403})), fetcher=FakeFetcher({url: fetched})
    )
    assert result.results[0].status is Status.ERROR


def test_scheduler_serves_the_host_with_most_work_first_within_its_limit() -> None:
    from linkcheck.checker import _Scheduler

    scheduler = _Scheduler(per_host=2)
    for i in range(6):
        scheduler.add(f"https://hot.example.org/{i}", "hot.example.org")
    for host in ("a", "b"):
        scheduler.add(f"https://{host}.example.org/1", f"{host}.example.org")
    first = [scheduler.next() for _ in range(4)]
    hosts = [taken[0].split("/")[2] if taken else None for taken in first]
    assert hosts[:2] == ["hot.example.org", "hot.example.org"]  # the long queue gets its full share at once
    assert sorted(h for h in hosts[2:] if h) == ["a.example.org", "b.example.org"]
    assert scheduler.next() is None  # hot is at its limit, a and b are empty
    scheduler.release("hot.example.org", answered=True)  # https://hot.example.org/0 is over
    assert scheduler.next() == ("https://hot.example.org/2", "hot.example.org")


def test_scheduler_interleaves_hosts_with_equal_work() -> None:
    from linkcheck.checker import _Scheduler

    scheduler = _Scheduler(per_host=10)
    for i in range(3):
        for host in ("a", "b", "c"):
            scheduler.add(f"https://{host}.example.org/{i}", f"{host}.example.org")
    order = [scheduler.next() for _ in range(9)]
    assert [taken[1][0] for taken in order if taken] == list("abcabcabc")


def test_parse_slots_admit_at_most_their_number() -> None:
    from linkcheck.checker import _Slots

    slots = _Slots(2)
    slots.__enter__()
    slots.__enter__()
    entered = threading.Event()

    def third() -> None:
        with slots:
            entered.set()

    thread = threading.Thread(target=third, daemon=True)
    thread.start()
    assert not entered.wait(0.2), "a third holder got in while two held the slots"
    slots.__exit__(None, None, None)
    thread.join(5)
    assert entered.is_set()
    assert not thread.is_alive()


@settings(max_examples=3000, deadline=None)
@given(
    st.one_of(
        st.text(max_size=40),
        st.builds(
            lambda scheme, host, rest: f"{scheme}://{host}{rest}",
            st.sampled_from(["http", "https", "HTTP", "ftp", "h2c+x"]),
            st.one_of(
                st.sampled_from(
                    ["example.org", "127.0.0.1", "[::1]", "localhost", "a.localhost.", "u@h:80", "[bad"]
                ),
                st.text(alphabet="abc.:@[]%09-", max_size=12),
            ),
            st.text(alphabet="/?#:@.abc", max_size=10),
        ),
    )
)
def test_needs_dns_fast_path_agrees_with_urlsplit(url: str) -> None:
    from urllib.parse import urlsplit

    from linkcheck.checker import _name_needs_dns, _needs_dns

    try:
        expected = _name_needs_dns((urlsplit(url).hostname or "").rstrip("."))
    except ValueError:
        expected = False  # a malformed netloc looks no name up (urlsplit alone would raise)
    assert _needs_dns(url) == expected


@settings(max_examples=3000, deadline=None)
@given(url_like)
@example("HTTP://Example.ORG:8080/x#frag")
@example("http://a.example:99999/")
@example("http://[::1]:80/")
@example("https://a.test/")
@example("http://a.example:/x")
def test_precheck_reads_scheme_and_host_as_urlsplit_does(url: str) -> None:
    # the plain-URL fast path must decide exactly what the urlsplit path decides
    from urllib.parse import urlsplit

    from linkcheck.checker import _origin_problem, _precheck, _url_key

    try:
        expected_key = urldefrag(url.strip())[0]
    except ValueError:  # a fragment after a broken bracket: the urlsplit path raises, so must the key
        with pytest.raises(ValueError, match="IPv6"):
            _url_key(url)
        return
    key = _url_key(url)
    assert key == expected_key
    try:
        parts = urlsplit(key)
    except ValueError:
        assert _precheck(key, Config(), [], [])[0] is not None
        return
    assert _precheck(key, Config(), [], []) == _origin_problem(parts.scheme, parts.netloc)


_OTHER_STORY = b"""<html><head><title>Rovers seal promotion with late winner - Example News</title>
<meta property="og:title" content="Rovers seal promotion with late winner">
<meta property="article:published_time" content="2023-04-29T17:55:00+01:00">
</head><body><h1>Rovers seal promotion with late winner</h1></body></html>"""


def test_a_move_is_advised_only_when_it_lands_on_the_cited_page() -> None:
    """A 301 to the front page (a soft 404) or to another story (its title is not the cited title) is the
    cited page gone, not moved: "update the citation to" that URL would be wrong advice. A 301 to a page
    whose title matches is a move."""
    old = "https://example.org/news/2019/aug/14/rovers-stadium-plan"
    home, other, same = "https://example.org/", "https://example.org/sport/rovers", "https://example.org/s/1"
    answers = {
        old + "?to=home": page(old, final_url=home, redirects=(Redirect(301, home),)),
        old + "?to=other": page(old, body=_OTHER_STORY, final_url=other, redirects=(Redirect(301, other),)),
        old + "?to=same": page(old, final_url=same, redirects=(Redirect(301, same),)),
    }
    cited = "Iraq resumes S-300 talks"
    citations = [Citation(u, title=cited) for u in answers]
    by_url = {r.citation.url: r for r in check(citations, Config(), fetcher=FakeFetcher(answers)).results}
    kinds = {u: [f.kind.value for f in r.findings] for u, r in by_url.items()}
    assert by_url[old + "?to=home"].status is Status.SOFT_404
    assert "moved" not in kinds[old + "?to=home"]
    assert kinds[old + "?to=other"] == ["title_mismatch"]
    assert kinds[old + "?to=same"] == ["moved"]
    assert by_url[old + "?to=same"].findings[0].actual == same
