"""One owner for each of the run's counters (run1, issue 7): what each owner gives, held by its behaviour.

cost16 and cost18 wrote the run's per-link calls out, and left ``check()`` and the run's loop reading other
classes' private fields and holding copies of ``count_result``, of ``SignalDeferral``'s ``__enter__``/
``__exit__``, of ``_Numbers.add``/``take`` and of the scheduler's room rule. Each is now written once: the
counts by :func:`linkcheck.models.count_result` (``check()`` and the CLI's JSON stream), the deferral by
:meth:`linkcheck.cli.SignalDeferral.run`, a citation's place by :class:`linkcheck.checker._Numbers`
(``check()`` and a shard), a host's room by ``_Scheduler._set_room``, and the counters other classes read
are their owners' public attributes (``HostsDown.answered``/``taken``, ``_PageReader.unread``,
``_Dispatcher.held_back``, ``_Reader.reported_one``). These tests hold what the owners do, not how they are
laid out."""

from __future__ import annotations

import io
import signal
import threading

import pytest

import linkcheck.checker as checker
import linkcheck.cli as cli
import linkcheck.report.jsonl as jsonl
from linkcheck.checker import check
from linkcheck.hostdown import NO_ANSWERS, HostsDown
from linkcheck.models import Cause, Citation, FetchResult, Result, Status, Verdict, count_result, summarize


class _Pages:
    """A fetcher answering 200 with a small page, or ``status`` for a URL whose path holds ``gone``."""

    def __init__(self, status: int = 404) -> None:
        self.status = status
        self.lock = threading.Lock()
        self.asked: list[str] = []

    def fetch(self, url: str, deadline: float | None = None) -> FetchResult:
        with self.lock:
            self.asked.append(url)
        return FetchResult(
            url=url,
            final_url=url,
            status_code=self.status if "gone" in url else 200,
            headers={"Content-Type": "text/html; charset=utf-8"},
            body=b"<html><head><title>Harbour notes</title></head><body><p>Ferry times.</p></body></html>",
        )


def _config(**kw: object) -> checker.Config:
    return checker.Config(processes=1, retries=0, allow_private=True, **kw)  # type: ignore[arg-type]


def _checked(citations: list[Citation], **kw: object) -> checker.Report:
    """``check``'s report, the run in a thread of its own so that a hang fails rather than waits."""
    reports: list[checker.Report] = []
    keep = bool(kw.pop("keep_passing", True))

    def checking() -> None:
        reports.append(check(citations, _config(**kw), fetcher=_Pages(), keep_passing=keep))

    run = threading.Thread(target=checking, daemon=True)
    run.start()
    run.join(60)
    assert reports, "the run hung"
    return reports[0]


def _result(url: str, status: Status = Status.OK, verdict: Verdict = Verdict.PASS) -> Result:
    return Result(Citation(url, title="Harbour notes"), status, "a reason", verdict, http_status=200)


# --- the count of results by kind: count_result, for check() and the CLI's stream ---------------------------


def test_count_result_adds_one_to_the_total_the_verdict_and_the_status() -> None:
    counts = summarize(())
    count_result(counts, _result("https://port.example/1"))
    count_result(counts, _result("https://port.example/2", Status.DEAD, Verdict.FAIL))
    assert counts["total"] == 2
    assert counts["pass"] == counts["fail"] == 1
    assert counts["ok"] == counts["dead"] == 1
    assert sum(counts.values()) == 6  # nothing else moved


def test_a_lean_check_counts_every_result_as_summarize_does() -> None:
    """``keep_passing=False`` keeps only what did not pass, and counts the whole run: two links gone, two
    fine, one of them cited twice."""
    citations = [
        Citation("http://127.0.0.1:9/a"),
        Citation("http://127.0.0.1:9/gone-1"),
        Citation("http://127.0.0.1:9/b"),
        Citation("http://127.0.0.1:9/a", note="again"),
        Citation("http://127.0.0.1:9/gone-2"),
    ]
    every = _checked(citations)
    lean = _checked(citations, keep_passing=False)
    assert lean.counts == summarize(every.results)
    assert lean.counts is not None
    assert lean.counts["total"] == 5
    assert [r.citation for r in lean.results] == [citations[1], citations[4]]


def test_the_json_stream_counts_what_it_wrote() -> None:
    out = io.StringIO()
    stream = cli._JsonLinesStream(None)
    stream.out = out
    written = [
        _result("https://port.example/1"),
        _result("https://port.example/2", Status.DEAD, Verdict.FAIL),
    ]
    for result in written:
        stream.write(result)
    assert out.getvalue() == "".join(jsonl.result_line(r) for r in written)
    assert stream.counts == summarize(written)
    assert not cli._DEFERRAL.active
    assert cli._DEFERRAL.pending is None


# --- the signal deferral: SignalDeferral.run, the one form --------------------------------------------------


@pytest.mark.parametrize(
    ("signum", "raised"), [(signal.SIGINT, KeyboardInterrupt), (signal.SIGTERM, cli._Terminated)]
)
def test_a_signal_while_a_json_line_is_written_comes_after_its_count(
    signum: int, raised: type[BaseException]
) -> None:
    class Slow(io.StringIO):
        def write(self, text: str) -> int:
            n = super().write(text)
            cli._DEFERRAL.handler(signum, None)  # arrives between the line and its count
            return n

    stream = cli._JsonLinesStream(None)
    stream.out = Slow()
    with pytest.raises(raised):
        stream.write(_result("https://port.example/1"))
    assert stream.out.getvalue().count("\n") == 1
    assert stream.counts["total"] == 1
    assert not cli._DEFERRAL.active
    assert cli._DEFERRAL.pending is None


def test_a_second_signal_in_a_step_is_raised_at_once_and_the_step_goes_no_further() -> None:
    deferral = cli.SignalDeferral()
    done: list[str] = []

    def step(word: str) -> None:
        deferral.handler(signal.SIGTERM, None)
        deferral.handler(signal.SIGINT, None)
        done.append(word)

    with pytest.raises(KeyboardInterrupt):
        deferral.run(step, "never")
    assert done == []
    assert not deferral.active
    assert deferral.pending is None


def test_a_step_that_fails_drops_the_signal_noted_in_it() -> None:
    deferral = cli.SignalDeferral()

    def step() -> None:
        deferral.handler(signal.SIGINT, None)
        raise BrokenPipeError

    with pytest.raises(BrokenPipeError):
        deferral.run(step)
    assert not deferral.active
    assert deferral.pending is None
    deferral.run(lambda: None)  # the dropped signal is not raised by the next step


def test_a_step_gets_its_arguments_and_a_signal_outside_one_is_raised_at_once() -> None:
    deferral = cli.SignalDeferral()
    seen: list[object] = []
    deferral.run(lambda *args: seen.extend(args), 1, "two")
    assert seen == [1, "two"]
    with pytest.raises(cli._Terminated):
        deferral.handler(signal.SIGTERM, None)


# --- a citation's place: _Numbers, for check() and a shard --------------------------------------------------


def test_an_object_given_three_times_gets_its_places_back_in_order() -> None:
    numbers = checker._Numbers()
    same = Citation("http://127.0.0.1:9/same")
    other = Citation("http://127.0.0.1:9/other")
    read = list(numbers.numbered([same, other, same, same]))
    assert read == [same, other, same, same]
    assert [numbers.take(same, -1) for _ in range(4)] == [0, 2, 3, -1]
    assert numbers.take(other, -1) == 1
    assert numbers.take(other, -1) == -1  # handed back once


def test_given_numbers_are_kept_as_given() -> None:
    numbers = checker._Numbers()
    a, b = Citation("http://127.0.0.1:9/a"), Citation("http://127.0.0.1:9/b")
    assert list(numbers.numbered([(40, a), (7, b), (41, a)], given=True)) == [a, b, a]
    assert (numbers.take(a, -1), numbers.take(b, -1), numbers.take(a, -1)) == (40, 7, 41)


def test_an_item_that_is_no_citation_is_named_with_its_place_when_it_is_read() -> None:
    numbers = checker._Numbers()
    items = numbers.numbered([Citation("http://127.0.0.1:9/a"), "b"])
    assert isinstance(next(items), Citation)  # nothing raised before the item is read
    with pytest.raises(TypeError, match=r"citations\[1\] is not a Citation but a str: 'b'"):
        next(items)


def test_check_reports_in_input_order_with_one_object_given_three_times() -> None:
    same = Citation("http://127.0.0.1:9/same", title="Same")
    citations = [
        Citation("http://127.0.0.1:9/a", note="0"),
        same,
        Citation("http://127.0.0.1:9/gone", note="2"),
        same,
        Citation("http://127.0.0.1:9/a", note="4"),
        same,
    ]
    results = _checked(citations).results
    assert [r.citation is c for r, c in zip(results, citations, strict=True)] == [True] * 6
    assert [r.status for r in results].count(Status.DEAD) == 1


# --- a host's room: the scheduler's one rule ----------------------------------------------------------------


def _scheduler(urls: int, per_host: int = 2) -> checker._Scheduler:
    scheduler = checker._Scheduler(per_host)
    for n in range(urls):
        scheduler.add(f"https://quay.example/{n}", "quay.example")
    return scheduler


def _taken(scheduler: checker._Scheduler) -> list[str]:
    got = []
    while (taken := scheduler.next()) is not None:
        got.append(taken[0].rsplit("/", 1)[1])
    return got


def test_a_host_gets_per_host_requests_and_one_more_as_each_ends() -> None:
    scheduler = _scheduler(4)
    assert _taken(scheduler) == ["0", "1"]
    scheduler.release("quay.example", answered=True)
    assert _taken(scheduler) == ["2"]


def test_a_slowed_host_gets_half_and_its_room_back_with_good_answers() -> None:
    clock = [0.0]
    scheduler = checker._Scheduler(4, clock=lambda: clock[0])
    for n in range(12):
        scheduler.add(f"https://quay.example/{n}", "quay.example")
    assert _taken(scheduler) == ["0", "1", "2", "3"]
    scheduler.slow_down("quay.example")  # 4 -> 2 in flight
    for _ in range(3):
        scheduler.release("quay.example", answered=True)  # 1 in flight; the limit grows by 1/limit each
    assert scheduler.cap("quay.example") == 3
    assert _taken(scheduler) == ["4", "5"]  # up to 3 in flight
    for _ in range(3):
        scheduler.release("quay.example", answered=True)
    assert scheduler.cap("quay.example") == 4  # back to per_host
    assert _taken(scheduler) == ["6", "7", "8", "9"]


def test_a_held_host_gets_nothing_until_it_is_let_go() -> None:
    scheduler = _scheduler(3)
    scheduler.hold("quay.example")
    assert _taken(scheduler) == []
    scheduler.hold("quay.example")
    scheduler.unhold("quay.example")
    assert _taken(scheduler) == []  # held twice, let go once
    scheduler.unhold("quay.example")
    assert _taken(scheduler) == ["0", "1"]


def test_retries_coming_back_keep_their_slots_from_new_urls() -> None:
    scheduler = _scheduler(3)
    scheduler.returns("quay.example", +1)
    assert _taken(scheduler) == ["0"]  # one of the two slots is the retry's
    assert scheduler.ready_returning() == 1
    assert scheduler.try_return("quay.example")
    scheduler.returns("quay.example", -1)
    assert _taken(scheduler) == []  # two in flight: the URL and the retry
    scheduler.release("quay.example")
    assert _taken(scheduler) == ["1"]


def test_other_hosts_are_not_held_by_one_at_its_limit() -> None:
    scheduler = _scheduler(3, per_host=1)
    scheduler.add("https://pier.example/x", "pier.example")
    scheduler.slow_down("pier.example")  # already at one: stays one
    assert sorted(_taken(scheduler)) == ["0", "x"]


# --- counters other classes read: public, written by their owners only --------------------------------------


def _fetch(url: str, **kw: object) -> FetchResult:
    return FetchResult(url=url, final_url=url, **kw)  # type: ignore[arg-type]


def test_a_hosts_answers_count_links_answered_and_links_served() -> None:
    hosts = HostsDown(3)
    assert hosts.answers("quay.example") == NO_ANSWERS == (0, 0)
    hosts.record("quay.example", _fetch("https://quay.example/1", status_code=200))
    hosts.record("quay.example", _fetch("https://quay.example/2", status_code=429, cause=Cause.RATE_LIMITED))
    hosts.record("quay.example", _fetch("https://quay.example/3", cause=Cause.DNS))  # no word either way
    assert hosts.answers("quay.example") == hosts.answered["quay.example"] == (2, 1)
    assert hosts.down("quay.example") is None
    assert not hosts.taken


def test_links_handed_out_before_another_was_answered_do_not_take_the_host_down() -> None:
    """Tickets take the host's answers when handed out: three hang side by side while a fourth is answered,
    so the host is up; three that hang after that, each handed out alone, take it as down."""
    hosts = HostsDown(3)
    dispatcher = checker._Dispatcher(checker._Scheduler(8), 8, lambda: None)
    host = "quay.example"
    dispatcher.add([(f"https://{host}/{n}", host) for n in range(7)])
    hung = _fetch("https://quay.example/h", connect_timed_out=True, cause=Cause.TIMEOUT, error="timed out")
    tickets = [
        checker._Ticket(dispatcher, url, host, hosts) for url, _ in (dispatcher.take() for _ in range(4))
    ]
    tickets[3].close(_fetch("https://quay.example/3", status_code=200))
    for ticket in tickets[:3]:
        ticket.close(hung)
    assert hosts.down(host) is None
    for _ in range(3):
        taken = dispatcher.take()
        assert taken is not None
        checker._Ticket(dispatcher, taken[0], host, hosts).close(hung)
    down = hosts.down(host)
    assert down is not None
    assert down.status is Status.ERROR
    assert hosts.taken == {host: down}


def test_the_page_readers_unread_count_goes_back_to_nothing() -> None:
    read: list[str] = []
    gate = threading.Event()

    def reading(url: str, fetch: FetchResult) -> None:
        gate.wait(10)
        read.append(url)

    pages = checker._PageReader(reading, 8)
    for n in range(3):
        assert pages.offer(f"https://quay.example/{n}", _fetch(f"https://quay.example/{n}", status_code=200))
    assert pages.unread == 3
    gate.set()
    pages.stop()
    for _ in range(200):
        if pages.unread == 0:
            break
        threading.Event().wait(0.05)
    assert pages.unread == 0
    assert read == [f"https://quay.example/{n}" for n in range(3)]


def test_the_reader_reads_one_more_citation_for_each_reported() -> None:
    wake: checker.queue.SimpleQueue[object] = checker.queue.SimpleQueue()
    source = iter([Citation(f"http://127.0.0.1:9/{n}") for n in range(3)])
    reader = checker._Reader(source, 1, wake)  # type: ignore[arg-type]
    try:
        events: list[tuple[int, object]] = []
        wake.get(timeout=10)
        events += reader.take()
        assert len(events) == 1  # a window of one
        reader.reported_one(None)
        while len(events) < 2:
            wake.get(timeout=10)
            events += reader.take()
        reader.reported(2)
        while not events or events[-1][0] == checker._CITATION:
            wake.get(timeout=10)
            events += reader.take()
        assert [kind for kind, _ in events] == [checker._CITATION] * 3 + [checker._END]
    finally:
        reader.stop()
