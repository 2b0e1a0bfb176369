"""The rules the second API probe (``tests/test_api_probe2.py``, api2) led to, each on small inputs, with what
it must leave alone. No network: the runs here check ``mailto:`` links (skipped without a request) or use a
fetcher double.
"""

# ruff: noqa: PT012

from __future__ import annotations

import datetime as dt
import pickle
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from linkcheck import Article, Citation, Config, ManifestError, PartialDate, Status, check, iter_check
from linkcheck.checker import (
    _bad_host_character,
    _origin_problem,
    citation_input,
    deadline_taking,
    only_citations,
    run_config,
    takes_deadline,
)
from linkcheck.fetch import Fetcher
from linkcheck.models import Cause, FetchResult
from linkcheck.parallel import SHARD_MIN_URLS, processes_ahead

PAGE = (
    b"<html><head><title>Rules two</title></head><body><h1>Rules two</h1>"
    + b"<p>Enough words of an ordinary article for the page to be read as one, not as an empty page.</p>" * 5
    + b"</body></html>"
)


def _mail(n: int) -> Citation:
    return Citation(f"mailto:desk{n}@example.invalid")


# --- a run's input and config -------------------------------------------------------------------------


def test_run_config_refuses_a_dict_naming_config() -> None:
    with pytest.raises(TypeError, match=r"Config\(\*\*options\)"):
        run_config({"workers": 4})
    with pytest.raises(TypeError, match="got str"):
        run_config("workers=4")


def test_run_config_leaves_a_config_and_none_alone() -> None:
    config = Config(workers=3)
    assert run_config(config) is config
    assert run_config(None) == Config()


def test_a_dict_config_is_refused_by_check_and_iter_check() -> None:
    with pytest.raises(TypeError, match="Config"):
        check([_mail(1)], {"workers": 2})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Config"):
        iter_check([_mail(1)], {"workers": 2})  # type: ignore[arg-type]


def test_citation_input_refuses_text_bytes_and_one_citation() -> None:
    with pytest.raises(TypeError, match="parse_sources"):
        citation_input("https://example.invalid/a")
    with pytest.raises(TypeError, match="bytes"):
        citation_input(b"https://example.invalid/a")
    with pytest.raises(TypeError, match="one Citation"):
        citation_input(_mail(1))


def test_citation_input_leaves_iterables_alone_unread() -> None:
    read: list[int] = []

    def gen() -> Iterator[Citation]:
        read.append(1)
        yield _mail(1)

    for value in ([_mail(1)], (_mail(1),), gen(), iter([])):
        citation_input(value)
    assert read == []


def test_only_citations_names_the_bad_item_and_its_index() -> None:
    out: list[str] = []
    with pytest.raises(TypeError, match=r"citations\[2\] is not a Citation but a NoneType: None"):
        for citation in only_citations([_mail(0), _mail(1), None]):  # type: ignore[list-item]
            out.append(citation.url)
    assert out == [_mail(0).url, _mail(1).url]


def test_only_citations_cuts_a_long_repr() -> None:
    with pytest.raises(TypeError) as info:
        list(only_citations(["x" * 1000]))  # type: ignore[list-item]
    assert len(str(info.value)) < 400


def test_only_citations_leaves_citations_alone() -> None:
    citations = [_mail(n) for n in range(5)]
    assert list(only_citations(citations)) == citations


def test_check_reports_what_came_before_a_bad_item_then_raises_it() -> None:
    seen: list[str] = []
    with pytest.raises(TypeError, match=r"citations\[1\].*'mailto:second@example.invalid'"):
        check(
            [_mail(0), "mailto:second@example.invalid", _mail(2)],  # type: ignore[list-item]
            Config(),
            on_result=lambda r: seen.append(r.url),
        )
    assert seen == [_mail(0).url]


def test_iter_check_refuses_a_string_before_reading_it() -> None:
    with pytest.raises(TypeError, match="parse_sources"):
        iter_check("mailto:desk@example.invalid")  # type: ignore[arg-type]


# --- a caller's fetcher ---------------------------------------------------------------------------------


class _Plain:
    """A fetcher as docs/api.md describes one: ``fetch(url) -> FetchResult``."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def fetch(self, url: str) -> FetchResult:
        self.urls.append(url)
        return FetchResult(
            url, url, status_code=200, headers={"content-type": "text/html; charset=utf-8"}, body=PAGE
        )


class _WithDeadline(_Plain):
    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:  # type: ignore[override]
        assert deadline is None or deadline > 0
        return super().fetch(url)


class _WithKeywords(_Plain):
    def fetch(self, url: str, **options: Any) -> FetchResult:  # type: ignore[override]
        return super().fetch(url)


def test_a_fetcher_without_deadline_is_called_with_the_url_alone() -> None:
    plain = _Plain()
    report = check([Citation("https://news.example.com/a")], Config(), fetcher=plain)
    assert [r.status for r in report.results] == [Status.OK], report.results[0].reason
    assert plain.urls == ["https://news.example.com/a"]


def test_takes_deadline_reads_the_signature() -> None:
    assert not takes_deadline(_Plain().fetch)
    assert takes_deadline(_WithDeadline().fetch)
    assert takes_deadline(_WithKeywords().fetch)
    assert takes_deadline(min)  # a signature it cannot read: as before, the keyword is passed


def test_deadline_taking_leaves_fetchers_that_take_it_alone() -> None:
    for fetcher in (_WithDeadline(), _WithKeywords()):
        assert deadline_taking(fetcher) is fetcher  # type: ignore[arg-type]
    own = Fetcher(Config())
    try:
        assert deadline_taking(own) is own
    finally:
        own.close()
    wrapped = deadline_taking(_Plain())  # type: ignore[arg-type]
    assert deadline_taking(wrapped) is wrapped


def test_a_fetcher_with_deadline_still_gets_it() -> None:
    fetcher = _WithDeadline()
    report = check([Citation("https://news.example.com/b")], Config(max_time=60.0), fetcher=fetcher)
    assert [r.status for r in report.results] == [Status.OK]


# --- values ----------------------------------------------------------------------------------------------


def test_a_manifest_error_pickles_with_its_fields() -> None:
    error = ManifestError("sources.txt", 7, "unknown field 'titel'")
    again = pickle.loads(pickle.dumps(error))
    assert (again.source, again.line, again.message) == ("sources.txt", 7, "unknown field 'titel'")
    assert str(again) == "sources.txt:7: unknown field 'titel'"
    assert isinstance(again, ManifestError)
    assert (again.reason, again.line) == ("unknown field 'titel'", 7)


def test_an_input_error_pickles_with_where_and_why() -> None:
    from linkcheck.errors import InputError

    error = InputError("site/a.md: not UTF-8", source="site/a.md", line=None, reason="not UTF-8")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is InputError
    assert (again.source, again.line, again.reason) == ("site/a.md", None, "not UTF-8")
    assert str(again) == str(error)


@pytest.mark.parametrize(
    "value", [dt.date(2020, 1, 9), dt.datetime(2020, 1, 9, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))]
)
def test_an_articles_date_must_be_a_partial_date(value: dt.date) -> None:
    with pytest.raises(TypeError, match=r"Article date must be a PartialDate.*PartialDate\.from_date"):
        Article(date=value)  # type: ignore[arg-type]


def test_a_citations_datetime_suggests_from_date() -> None:
    with pytest.raises(TypeError, match=r"PartialDate\.from_date\(datetime\.date\(2020, 1, 9\)\)"):
        Citation("https://example.invalid/a", date=dt.datetime(2020, 1, 9, 10, 0))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"PartialDate\.parse\('2020-01-09'\)"):
        Citation("https://example.invalid/a", date="2020-01-09")  # type: ignore[arg-type]


def test_dates_that_are_partial_dates_are_left_alone() -> None:
    day = PartialDate.from_date(dt.date(2020, 1, 9))
    assert Article(date=day).date == PartialDate(2020, 1, 9)
    assert Article().date is None
    assert Citation("https://example.invalid/a", date=day, access_date=PartialDate(2021)).date == day


# --- hosts no URL may have ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("netloc", "said"),
    [
        ("exa mple.com", "a space"),
        ("news.example.com\t", "a control character"),
        ("exa<mple.com", "'<'"),
        ("a|b.example.com", "'|'"),
    ],
)
def test_a_host_with_a_forbidden_character_is_malformed(netloc: str, said: str) -> None:
    problem, _ = _origin_problem("https", netloc)
    assert problem is not None
    assert (problem.status, problem.cause) == (Status.DEAD, Cause.INVALID_URL)
    assert said in problem.reason


@pytest.mark.parametrize(
    "netloc",
    [
        "news.example.com",
        "пример.рф",
        "xn--e1afmkfd.localhost:8080",
        "[::1]:8080",
        "127.0.0.1",
        "user:pw@a-b.com",
    ],
)
def test_ordinary_hosts_are_left_alone(netloc: str) -> None:
    problem, _ = _origin_problem("https", netloc)
    assert problem is None
    assert _bad_host_character(netloc.rsplit("@", 1)[-1]) is None


def test_a_reserved_name_spelt_right_is_still_a_dns_death() -> None:
    problem, _ = _origin_problem("https", "news.example.invalid")
    assert problem is not None
    assert problem.cause is Cause.DNS


# --- reading ahead an input that waits --------------------------------------------------------------------


def test_reading_ahead_stops_waiting_for_an_input_that_waits() -> None:
    decided = threading.Event()
    timed_out: list[bool] = []

    def slow() -> Iterator[Citation]:
        yield _mail(0)
        timed_out.append(not decided.wait(20))
        yield _mail(1)

    source, processes = processes_ahead(slow(), Config(), may_wait=True)
    decided.set()
    assert processes == 1
    assert [c.url for c in source] == [_mail(0).url, _mail(1).url]
    assert timed_out == [False]


def test_reading_ahead_a_fast_generator_decides_as_for_a_list() -> None:
    citations = [Citation(f"https://{'ab'[n % 2]}.example.com/{n}") for n in range(SHARD_MIN_URLS + 200)]
    config = Config(workers=8)
    listed, n_list = processes_ahead(citations, config)
    generated, n_gen = processes_ahead(iter(citations), config, may_wait=True)
    assert n_gen == n_list
    assert list(generated) == citations
    assert list(listed) == citations


def test_reading_ahead_keeps_an_inputs_error_after_what_it_gave() -> None:
    def failing() -> Iterator[Citation]:
        yield _mail(0)
        yield _mail(1)
        raise OSError("the feed broke")

    source, _ = processes_ahead(failing(), Config(), may_wait=True)
    got: list[str] = []
    with pytest.raises(OSError, match="the feed broke"):
        for citation in source:
            got.append(citation.url)
    assert got == [_mail(0).url, _mail(1).url]


def test_reading_ahead_an_empty_generator() -> None:
    source, processes = processes_ahead(iter([]), Config(), may_wait=True)
    assert (list(source), processes) == ([], 1)


def test_only_the_librarys_inputs_that_may_wait_are_read_ahead_in_a_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import linkcheck.parallel as parallel

    made: list[int] = []
    real = parallel._AheadReader

    def counting(source: Iterator[Citation]) -> Any:
        made.append(1)
        return real(source)

    monkeypatch.setattr(parallel, "_AheadReader", counting)
    citations = [_mail(n) for n in range(3)]
    assert len(check(citations, Config()).results) == 3  # a list never waits
    assert len(check(tuple(citations), Config()).results) == 3
    processes_ahead(iter(citations), Config())  # the CLI's inputs: read ahead in its own thread, as before
    assert made == []
    assert len(check(iter(citations), Config()).results) == 3
    assert len(list(iter_check(c for c in citations))) == 3
    assert made == [1, 1]


def test_the_read_ahead_thread_ends_though_the_rest_is_never_read() -> None:
    release = threading.Event()

    def slow() -> Iterator[Citation]:
        yield _mail(0)
        release.wait(20)
        yield from (_mail(n) for n in range(1, 300))  # more than the thread may read before it is taken

    before = set(threading.enumerate())
    source, processes = processes_ahead(slow(), Config(), may_wait=True)
    ahead = [t for t in set(threading.enumerate()) - before if t.name == "linkcheck-ahead"]
    release.set()
    for thread in ahead:
        thread.join(10)
    assert processes == 1
    assert len(ahead) == 1
    assert not ahead[0].is_alive(), "the read-ahead thread waits for room nobody will give"
    assert next(source).url == _mail(0).url
