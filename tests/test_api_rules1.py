"""The rules the library API probe (tests/test_api_probe.py, 2026-12-02) led to, each with what it must
leave alone. Pure: no network, no server."""

from __future__ import annotations

import logging
import pickle
import threading
from collections.abc import Iterator

import pytest

from linkcheck import Citation, Config, ConfigError, PartialDate, Result, iter_check
from linkcheck.checker import _logged
from linkcheck.fetch import _Watchdog
from linkcheck.parallel import processes_ahead
from tests.test_checker import FakeFetcher
from tests.test_streaming_check import ok

# --- an input that raises while it is read ahead keeps what it gave before ---------------------------------


class _Broken(Exception):
    pass


def test_an_input_error_met_while_reading_ahead_comes_after_what_was_read() -> None:
    problem = _Broken("row 3")

    def rows() -> Iterator[Citation]:
        yield Citation("https://a.example.org/1")
        yield Citation("https://b.example.org/2")
        raise problem

    source, processes = processes_ahead(rows(), Config())
    assert processes == 1
    assert next(source).url == "https://a.example.org/1"
    assert next(source).url == "https://b.example.org/2"
    with pytest.raises(_Broken) as caught:
        next(source)
    assert caught.value is problem


def test_an_input_that_does_not_raise_is_read_ahead_as_before() -> None:
    cites = [Citation(f"https://h{n}.example.org/{n}") for n in range(5)]
    source, processes = processes_ahead(iter(cites), Config())
    assert (list(source), processes) == (cites, 1)
    untouched = iter(cites)
    source, _ = processes_ahead(untouched, Config(processes=1))  # a set count reads nothing ahead
    assert source is untouched


def test_keyboard_interrupt_while_reading_ahead_is_not_held_back() -> None:
    def rows() -> Iterator[Citation]:
        yield Citation("https://a.example.org/1")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        processes_ahead(rows(), Config())


# --- Config names a value of the wrong type -------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"workers": "8"}, "workers must be a whole number, got '8'"),
        ({"workers": True}, "workers must be a whole number, got True"),
        ({"max_bytes": 5.5}, "max_bytes must be a whole number, got 5.5"),
        ({"processes": "2"}, "processes must be a whole number, got '2'"),
        ({"read_timeout": "20"}, "read_timeout must be a number, got '20'"),
        ({"max_time": "1h"}, "max_time must be a number, got '1h'"),
    ],
)
def test_config_values_of_the_wrong_type_are_named(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(".", r"\.")):
        Config(**changes)  # type: ignore[arg-type]
    with pytest.raises(ConfigError):
        Config().evolve(**changes)


def test_config_keeps_accepting_what_it_accepted() -> None:
    config = Config(read_timeout=5, deadline=30, title_threshold=1, processes=None, max_time=None, workers=3)
    assert (config.read_timeout, config.title_threshold, config.workers) == (5, 1, 3)
    assert Config(processes=2, max_time=12.5).evolve(workers=4).processes == 2
    with pytest.raises(ConfigError, match="workers must be positive, got 0"):  # the value checks still run
        Config(workers=0)


# --- PartialDate names the date it refuses ---------------------------------------------------------------


def test_an_impossible_partial_date_is_named() -> None:
    with pytest.raises(ValueError, match=r"PartialDate\(2020, 13\)"):
        PartialDate(2020, 13)
    with pytest.raises(ValueError, match=r"PartialDate\(2021, 2, 30\)"):
        PartialDate(2021, 2, 30)
    with pytest.raises(ValueError, match="a day needs a month"):
        PartialDate(2021, None, 3)
    with pytest.raises(TypeError, match=r"PartialDate\('2021'\)"):
        PartialDate("2021")  # type: ignore[arg-type]


def test_possible_partial_dates_are_unchanged() -> None:
    assert PartialDate(2020, 2, 29) == PartialDate.parse("2020-02-29")
    assert PartialDate(2020, 1, 9) < PartialDate(2020, 1, 10)
    assert pickle.loads(pickle.dumps(PartialDate(2020, 1))) == PartialDate(2020, 1)


# --- Citation refuses a URL or date of the wrong type where it is made -----------------------------------


def test_a_citation_of_the_wrong_types_is_refused_where_it_is_made() -> None:
    with pytest.raises(TypeError, match="Citation url must be a str, got 42"):
        Citation(42)  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=r"Citation date must be a PartialDate.*PartialDate\.parse\('2020-01-09'\)"
    ):
        Citation("https://a.example.org/", date="2020-01-09")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Citation access_date must be a PartialDate"):
        Citation("https://a.example.org/", access_date=20200109)  # type: ignore[arg-type]


def test_well_typed_citations_are_unchanged() -> None:
    cited = Citation("https://a.example.org/", date=PartialDate(2020, 1), access_date=None, title="T")
    assert pickle.loads(pickle.dumps(cited)) == cited
    assert Citation("not a url at all").url == "not a url at all"  # a bad URL is a result, not an error
    assert hash(cited) == hash(Citation("https://a.example.org/", date=PartialDate(2020, 1), title="T"))


# --- results are logged at DEBUG when a caller listens, and cost nothing otherwise --------------------------


def test_each_result_is_logged_at_debug_with_a_handler() -> None:
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    logger = logging.getLogger("linkcheck")
    handler, level = Keep(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        urls = [f"https://h{n}.example.org/{n}" for n in range(3)]
        results = list(iter_check([Citation(u) for u in urls], Config(), fetcher=FakeFetcher(ok)))
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    assert len(results) == 3
    messages = sorted(r.getMessage() for r in records if r.name == "linkcheck.checker")
    assert messages == [f"{u}: ok, pass (200 OK)" for u in urls]
    assert all(r.levelno == logging.DEBUG for r in records if r.name == "linkcheck.checker")


def test_without_debug_logging_results_are_not_wrapped() -> None:
    run = iter_check([Citation("https://a.example.org/")], Config(), fetcher=FakeFetcher(ok))
    assert run.__qualname__ != _logged.__qualname__  # type: ignore[attr-defined]
    assert [r.url for r in run] == ["https://a.example.org/"]


def test_closing_the_logged_results_closes_the_run_at_once() -> None:
    closed = threading.Event()

    def run() -> Iterator[Result]:
        cites = [Citation(f"https://h{n}.example.org/{n}") for n in range(10)]
        try:
            yield from iter_check(cites, Config(), fetcher=FakeFetcher(ok))
        finally:
            closed.set()

    logged = _logged(run())
    next(logged)
    logged.close()
    assert closed.is_set()


# --- a run the caller stops hangs up the requests it has in flight ---------------------------------------


def test_fire_all_calls_live_entries_now_and_skips_cancelled_ones() -> None:
    dog = _Watchdog(idle=0.1)
    fired: list[str] = []
    dog.schedule(3600, lambda: fired.append("a"))
    cancelled = dog.schedule(3600, lambda: fired.append("b"))
    dog.schedule(3600, lambda: fired.append("c"))
    dog.cancel(cancelled)
    dog.fire_all()
    assert sorted(fired) == ["a", "c"]
    dog.fire_all()  # fired once only
    assert sorted(fired) == ["a", "c"]
    dog.close()


def test_close_alone_still_lets_an_exchange_in_flight_keep_its_deadline() -> None:
    dog = _Watchdog(idle=0.1)
    fired: list[str] = []
    entry = dog.schedule(3600, lambda: fired.append("a"))
    dog.close()
    assert fired == []
    assert entry[3] == 0  # still live: close is not abort
    dog.cancel(entry)
