"""What cost10's cuts of a link's cost outside reading its page (issue 7) must keep exact.

- ``Fetcher._hop`` retries a transient outcome in a loop of its own, with the policy tenacity's ``Retrying``
  was given (:class:`linkcheck.fetch._RetryPolicy`): the same attempts, waits (each with the pause around
  it), stops and outcomes as tenacity's loop, held here against tenacity itself driving the same policy;
- :class:`linkcheck.models.Citation` is made by :func:`linkcheck.models._set_by_slots`' ``__init__`` (its
  ``__post_init__`` called last): the same citations, and the same errors, as the ``__init__`` dataclasses
  writes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import random
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.config import Config
from linkcheck.fetch import Fetcher, _Attempt, _outcome, _RetryPolicy, _Run
from linkcheck.models import Citation, PartialDate

# --- retries ---------------------------------------------------------------------------------------------

#: An attempt's outcome: (status or None, transient, Retry-After seconds or None).
_OUTCOMES = st.tuples(
    st.sampled_from([None, 200, 404, 429, 500, 502, 503]),
    st.booleans(),
    st.one_of(st.none(), st.sampled_from([0.0, 0.5, 3.0, 400.0])),
)


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _attempt(url: str, outcome: tuple[int | None, bool, float | None]) -> _Attempt:
    status, transient, retry_after = outcome
    return _Attempt(url, status=status, transient=transient, retry_after=retry_after)


def _tenacity_hop(
    fetcher: Fetcher, url: str, run: _Run, outcomes: list[_Attempt], log: list[Any]
) -> _Attempt:
    """What ``Fetcher._hop`` did before cost10: its first attempt, then tenacity's ``Retrying`` with the
    policy's stop and wait (the code as it was, with ``_attempt`` answering from ``outcomes``)."""
    from tenacity import Retrying, retry_if_result

    before = run.requests

    def attempt() -> _Attempt:
        run.requests += 1
        log.append(("attempt", run.requests))
        return outcomes.pop(0)

    first = attempt()
    if not first.transient:
        return first
    policy = _RetryPolicy(fetcher._config, run, fetcher._clock, fetcher._rng)
    last = [first]

    def sleep(delay: float) -> None:
        waiting = (
            contextlib.nullcontext()
            if run.pause is None
            else run.pause(url, last[0].status, last[0].retry_after)
        )
        with waiting:
            fetcher._sleep(delay)

    pending = [first]

    def attempt_once() -> _Attempt:
        if pending:
            last[0] = pending.pop()
        elif fetcher._clock() >= run.deadline:
            retried = max(0, run.requests - before - 1)
            last[0] = fetcher._give_up(last[0], f"no time left to retry within the {run.limit}", retried)
        else:
            last[0] = attempt()
        return last[0]

    retrying = Retrying(
        stop=policy.stop,
        wait=policy.wait,
        retry=retry_if_result(lambda a: a.transient),
        sleep=sleep,
        retry_error_callback=_outcome,
    )
    done: _Attempt = retrying(attempt_once)
    retries = max(0, run.requests - before - 1)
    run.retries += retries
    if done.transient:
        done = fetcher._give_up(done, policy.stop_reason, retries)
    return done


def _setup(retries: int, outcomes: list[tuple[int | None, bool, float | None]], seed: int) -> Any:
    clock = _Clock()
    log: list[Any] = []

    def sleep(delay: float) -> None:
        log.append(("sleep", float(delay)))
        clock.now += delay

    config = Config(retries=retries, backoff_base=0.5, backoff_max=4.0, retry_after_cap=60.0, deadline=20.0)
    fetcher = Fetcher(config, sleep=sleep, clock=clock)
    fetcher._rng = random.Random(seed)

    @contextlib.contextmanager
    def pause(url: str, status: int | None, retry_after: float | None) -> Iterator[None]:
        log.append(("pause", status, retry_after))
        yield
        log.append(("resume",))

    url = "http://news.example/a"
    run = _Run(url=url, start=0.0, deadline=config.deadline, pause=pause)
    run.limit = "20 s deadline"
    answers = [_attempt(url, o) for o in outcomes]
    return fetcher, run, answers, log


@settings(max_examples=300, deadline=None)
@given(
    retries=st.integers(0, 4),
    outcomes=st.lists(_OUTCOMES, min_size=1, max_size=8),
    seed=st.integers(0, 3),
)
def test_a_hops_retries_are_tenacitys(
    retries: int, outcomes: list[tuple[int | None, bool, float | None]], seed: int
) -> None:
    outcomes = [*outcomes, (200, False, None)] * 2  # never run out of answers
    fetcher, run, answers, log = _setup(retries, outcomes, seed)
    theirs = _tenacity_hop(fetcher, run.url, run, list(answers), log)
    their_log, their_run = list(log), (run.requests, run.retries)

    fetcher2, run2, answers2, log2 = _setup(retries, outcomes, seed)
    queue = list(answers2)

    def attempt(url: str, run: _Run, origin: object = None) -> _Attempt:
        run.requests += 1
        log2.append(("attempt", run.requests))
        return queue.pop(0)

    fetcher2._attempt = attempt  # type: ignore[method-assign]
    ours = fetcher2._hop(run2.url, run2)
    assert log2 == their_log
    assert (run2.requests, run2.retries) == their_run
    assert dataclasses.asdict(ours) == dataclasses.asdict(theirs)
    # tenacity asks the wait before the stop: the backoff's jitter is drawn even for a hop that then stops,
    # and the fetcher's next hops draw from where it left the generator
    assert fetcher2._rng.getstate() == fetcher._rng.getstate()


def test_a_transient_answer_retried_then_good_is_the_good_one() -> None:
    fetcher, run, answers, log = _setup(2, [(503, True, None), (200, False, None)], 0)
    queue = list(answers)

    def attempt(url: str, run: _Run, origin: object = None) -> _Attempt:
        run.requests += 1
        return queue.pop(0)

    fetcher._attempt = attempt  # type: ignore[method-assign]
    got = fetcher._hop(run.url, run)
    assert got.status == 200
    assert not got.transient
    assert run.retries == 1
    assert [entry[0] for entry in log] == ["pause", "sleep", "resume"]


def test_a_retry_after_over_the_cap_stops_at_once_with_its_reason() -> None:
    """Left alone by the loop: the policy's own stop, as tenacity asked it."""
    fetcher, run, answers, log = _setup(3, [(503, True, 400.0)], 0)
    queue = list(answers)

    def attempt(url: str, run: _Run, origin: object = None) -> _Attempt:
        run.requests += 1
        return queue.pop(0)

    fetcher._attempt = attempt  # type: ignore[method-assign]
    got = fetcher._hop(run.url, run)
    assert log == []
    assert got.error is not None
    assert "exceeds the 60 s cap" in got.error
    assert not got.transient


# --- Citation's __init__ -----------------------------------------------------------------------------------


def _reference_citation() -> type:
    """Citation's fields, with the ``__init__`` dataclasses writes and Citation's own ``__post_init__``."""
    specs: list[Any] = []
    for f in dataclasses.fields(Citation):
        if f.default is not dataclasses.MISSING:
            specs.append((f.name, f.type, dataclasses.field(default=f.default)))
        else:
            specs.append((f.name, f.type))
    return dataclasses.make_dataclass(
        "Citation", specs, frozen=True, slots=True, namespace={"__post_init__": Citation.__post_init__}
    )


_REFERENCE = _reference_citation()
_NAMES = [f.name for f in dataclasses.fields(Citation)]
_VALUES = st.one_of(
    st.none(),
    st.text(max_size=4),
    st.integers(-2, 2),
    st.just(PartialDate(2024, 5, 3)),
    st.just(b"x"),
    st.booleans(),
)


def _made(cls: Any, positional: list[Any], keywords: dict[str, Any]) -> Any:
    try:
        obj = cls(*positional, **keywords)
    except TypeError as exc:
        return ("error", str(exc))
    return [(f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj)]


@settings(max_examples=400, deadline=None)
@given(
    positional=st.lists(_VALUES, max_size=len(_NAMES) + 1),
    keywords=st.dictionaries(st.sampled_from([*_NAMES, "unknown"]), _VALUES, max_size=4),
)
def test_a_citation_is_made_and_refused_as_the_dataclass_did(
    positional: list[Any], keywords: dict[str, Any]
) -> None:
    assert _made(Citation, positional, keywords) == _made(_REFERENCE, positional, keywords)


def test_a_wrong_type_is_refused_by_post_init_and_a_good_citation_is_frozen() -> None:
    with pytest.raises(TypeError, match="Citation url must be a str"):
        Citation(b"http://x/")  # type: ignore[arg-type]
    args: dict[str, Any] = {"title": "T", "date": PartialDate(2024, 5, 3), "line": 3}
    citation = Citation("http://news.example/a", **args)
    assert _made(Citation, ["http://news.example/a"], args) == _made(
        _REFERENCE, ["http://news.example/a"], args
    )
    assert citation == Citation("http://news.example/a", **args)
    with pytest.raises(dataclasses.FrozenInstanceError):
        citation.url = "x"  # type: ignore[misc]


# --- imports once, not once a link -------------------------------------------------------------------------


def test_the_checker_knows_the_fetcher_type_and_keeps_it() -> None:
    import linkcheck.checker as checker
    from linkcheck.fetch import Fetcher

    assert checker._fetcher_type() is Fetcher
    assert checker._FETCHER_TYPE is Fetcher


def test_a_fetcher_gets_the_tickets_hooks_and_another_fetcher_does_not() -> None:
    """``_fetch`` tells a :class:`~linkcheck.fetch.Fetcher` (a subclass too) of the ticket's pause and
    redirect, and calls any other fetcher with the URL and deadline alone, as before cost10."""
    import linkcheck.checker as checker
    from linkcheck.models import FetchResult

    seen: list[tuple[str, ...]] = []

    class Mine(Fetcher):
        def fetch(self, url: str, **kwargs: Any) -> FetchResult:  # type: ignore[override]
            seen.append(tuple(sorted(kwargs)))
            return FetchResult(url, url, status_code=200)

    class Other:
        def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
            seen.append(("deadline",))
            return FetchResult(url, url, status_code=200)

    class Ticket:
        closed = 0

        def pause(self, *args: object) -> Any:
            return contextlib.nullcontext()

        def redirected(self, url: str) -> None:
            pass

        def close(self, fetch: object = None) -> None:
            Ticket.closed += 1

    for fetcher in (Mine(Config()), Other()):
        fetch, note = checker._fetch("http://news.example/a", fetcher, None, Ticket())  # type: ignore[arg-type]
        assert fetch.status_code == 200
        assert note is None
    assert seen == [("deadline", "pause", "redirected"), ("deadline",)]
    assert Ticket.closed == 2


def test_a_json_lines_stream_writes_result_line_of_each_result(tmp_path: Any) -> None:
    from linkcheck.cli import _JsonLinesStream
    from linkcheck.models import Result, Status, Verdict
    from linkcheck.report.jsonl import result_line

    result = Result(
        citation=Citation("http://news.example/a", title="T", line=1),
        status=Status.OK,
        reason="200 OK",
        verdict=Verdict.PASS,
        http_status=200,
        final_url="http://news.example/a",
    )
    path = tmp_path / "out.jsonl"
    with _JsonLinesStream(str(path)) as stream:
        stream.write(result)
        stream.write(result)
        assert stream.counts["total"] == 2
        stream.out.flush()
        written = (tmp_path / ".out.jsonl.tmp").read_text(encoding="utf-8")
    assert written == result_line(result) * 2
