"""The run's machinery, a third look (cost16, issue 7): each cut does what the code before it did, in fewer
instructions. The scheduler's ``next`` with its room worked out inline, the dispatcher not asking for ready
retries when none waits, the backlog read without a call, a manifest's plain line read without its four
look-ups for a mark, an indent, a blank or a comment."""

from __future__ import annotations

import dataclasses
import heapq
import random
import threading
from collections import deque
from collections.abc import Iterator
from typing import ClassVar

import pytest
import requests
import responses

import linkcheck.checker as checker
import linkcheck.sources as sources
from linkcheck.checker import check
from linkcheck.config import Config
from linkcheck.errors import ManifestError
from linkcheck.fetch import Fetcher
from linkcheck.hostdown import HostsDown
from linkcheck.models import Citation, FetchResult, Report, Status
from linkcheck.sources import iter_source_urls, iter_sources, parse_sources


class _OldScheduler:
    """``_Scheduler`` as base48 had it (``next``, ``_room``, ``_offer``, ``cap``), the reference."""

    def __init__(self, per_host: int) -> None:
        self.per_host = per_host
        self.pending: dict[str, deque[str]] = {}
        self.active: dict[str, int] = {}
        self.limit: dict[str, float] = {}
        self.held: dict[str, int] = {}
        self.returning: dict[str, int] = {}
        self._heap: list[tuple[int, int, str]] = []
        self._entry: dict[str, int] = {}
        self._turn = 0
        self.queued = 0

    def cap(self, host: str) -> int:
        limit = self.limit.get(host)
        return self.per_host if limit is None else int(limit)

    def _room(self, host: str, returning: bool = False) -> bool:
        if self.held.get(host):
            return False
        ahead = 0 if returning else self.returning.get(host, 0)
        return self.active.get(host, 0) + ahead < self.cap(host)

    def _offer(self, host: str) -> None:
        waiting = self.pending.get(host)
        if host not in self._entry and waiting and self._room(host):
            self._push(host, len(waiting))

    def _push(self, host: str, work: int) -> None:
        self._turn += 1
        heapq.heappush(self._heap, (-work, self._turn, host))
        self._entry[host] = self._turn

    def add(self, url: str, host: str) -> None:
        waiting = self.pending.get(host)
        if waiting is None:
            waiting = self.pending[host] = deque()
            self.active.setdefault(host, 0)
        waiting.append(url)
        self.queued += 1
        if host in self._entry:
            self._push(host, len(waiting))
        else:
            self._offer(host)

    def next(self) -> tuple[str, str] | None:
        while self._heap:
            _, turn, host = heapq.heappop(self._heap)
            if self._entry.get(host) != turn:
                continue
            del self._entry[host]
            waiting = self.pending[host]
            if not waiting or not self._room(host):
                continue
            url = waiting.popleft()
            self.queued -= 1
            self.active[host] += 1
            self._offer(host)
            return url, host
        return None

    def release(self, host: str, *, answered: bool = False) -> None:
        self.active[host] = self.active.get(host, 1) - 1
        limit = self.limit.get(host)
        if answered and limit is not None:
            limit += 1.0 / limit
            if limit >= self.per_host:
                del self.limit[host]
            else:
                self.limit[host] = limit
        self._offer(host)

    def hold(self, host: str) -> None:
        self.held[host] = self.held.get(host, 0) + 1

    def unhold(self, host: str) -> None:
        self.held[host] -= 1
        if not self.held[host]:
            del self.held[host]
        self._offer(host)

    def returns(self, host: str, change: int) -> None:
        count = self.returning.get(host, 0) + change
        if count:
            self.returning[host] = count
        else:
            del self.returning[host]


def _state(s: object) -> tuple[object, ...]:
    return tuple(
        repr(getattr(s, name))
        for name in ("pending", "active", "limit", "held", "returning", "_heap", "_entry", "_turn", "queued")
    )


@pytest.mark.parametrize("seed", range(40))
def test_next_hands_out_what_the_old_scheduler_handed_out(seed: int) -> None:
    """Random runs of adds, takes, releases, holds, slowed hosts and returning retries: the same URL each
    time and the same state after each step (heap and turns included)."""
    rnd = random.Random(seed)
    per_host = rnd.choice((1, 2, 3, 4))
    new, old = checker._Scheduler(per_host), _OldScheduler(per_host)
    hosts = [f"h{i}.example" for i in range(rnd.randint(1, 5))]
    taken: list[str] = []
    for step in range(300):
        op = rnd.random()
        host = rnd.choice(hosts)
        if op < 0.35:
            url = f"https://{host}/{step}"
            new.add(url, host)
            old.add(url, host)
        elif op < 0.7:
            got = new.next()
            assert got == old.next()
            if got is not None:
                taken.append(got[0])
        elif op < 0.8:
            busy = [h for h in hosts if old.active.get(h, 0) > 0]
            if busy:
                h = rnd.choice(busy)
                answered = rnd.random() < 0.5
                new.release(h, answered=answered)
                old.release(h, answered=answered)
        elif op < 0.85:
            limit = rnd.choice((1.0, 1.5, 2.7))
            if limit < per_host:
                new.limit[host] = old.limit[host] = limit
                new._set_room(host)  # (the scheduler's own slow_down does this; run1)
        elif op < 0.9:
            new.hold(host)
            old.hold(host)
        elif op < 0.94:
            if old.held.get(host):
                new.unhold(host)
                old.unhold(host)
        else:
            change = 1 if rnd.random() < 0.6 or not old.returning.get(host) else -1
            new.returns(host, change)
            old.returns(host, change)
        assert _state(new) == _state(old), step
    assert len(set(taken)) == len(taken)


def test_next_calls_neither_room_nor_offer_nor_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cut itself: a URL handed out made six calls to the scheduler's helpers (fails without it)."""
    scheduler = checker._Scheduler(2)
    for i in range(6):
        scheduler.add(f"https://a.example/{i}", "a.example")
    scheduler.add("https://b.example/", "b.example")
    calls: ClassVar[list[str]] = []
    assert not hasattr(checker._Scheduler, "_room")  # gone since its last caller, try_return, checks inline
    for name in ("_offer", "cap", "_push"):
        real = getattr(checker._Scheduler, name)

        def counted(self: object, *args: object, __real: object = real, __name: str = name) -> object:
            calls.append(__name)
            return __real(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(checker._Scheduler, name, counted)
    got = [scheduler.next(), scheduler.next(), scheduler.next(), scheduler.next()]
    assert got == [
        ("https://a.example/0", "a.example"),
        ("https://a.example/1", "a.example"),
        ("https://b.example/", "b.example"),
        None,  # a.example at its limit of two
    ]
    assert calls == []


def test_a_held_host_or_a_returning_retry_still_keeps_a_url_back() -> None:
    scheduler = checker._Scheduler(2)
    scheduler.add("https://a.example/1", "a.example")
    scheduler.hold("a.example")
    assert scheduler.next() is None
    scheduler.unhold("a.example")
    scheduler.returns("a.example", 1)
    scheduler.returns("a.example", 1)  # two retries owed both slots: no new URL
    scheduler.release("a.example")  # (no-op on room: it re-offers the host)
    scheduler.active["a.example"] = 0
    scheduler._offer("a.example")
    assert scheduler.next() is None
    scheduler.returns("a.example", -1)
    scheduler._offer("a.example")
    assert scheduler.next() == ("https://a.example/1", "a.example")
    scheduler.add("https://b.example/1", "b.example")
    scheduler.limit["b.example"] = 1.0
    scheduler._set_room("b.example")  # (the scheduler's own slow_down does this; run1)
    scheduler.add("https://b.example/2", "b.example")
    assert scheduler.next() == ("https://b.example/1", "b.example")
    assert scheduler.next() is None  # b.example slowed to one in flight


def _dispatcher(returning: bool) -> tuple[checker._Dispatcher, list[int]]:
    scheduler = checker._Scheduler(2)
    asked: list[int] = []
    real = scheduler.ready_returning

    def ready_returning() -> int:
        asked.append(1)
        return real()

    scheduler.ready_returning = ready_returning  # type: ignore[method-assign]
    if returning:
        scheduler.returns("b.example", 1)
    dispatcher = checker._Dispatcher(scheduler, 4, lambda: None)
    dispatcher.add([("https://a.example/1", "a.example")])
    return dispatcher, asked


def test_take_asks_for_ready_retries_only_when_one_waits() -> None:
    dispatcher, asked = _dispatcher(returning=False)
    assert dispatcher.take() == ("https://a.example/1", "a.example")
    assert asked == []  # fails without the cut: it was asked every take
    dispatcher, asked = _dispatcher(returning=True)
    assert dispatcher.take() == ("https://a.example/1", "a.example")
    assert asked == [1]


class _Waited(Exception):
    pass


def test_a_ready_retry_still_holds_the_runs_last_slot() -> None:
    scheduler = checker._Scheduler(2)
    scheduler.returns("b.example", 1)  # b.example has room: the retry is owed a slot of the run's one
    dispatcher = checker._Dispatcher(scheduler, 1, lambda: None)
    dispatcher.add([("https://a.example/1", "a.example")])

    def wait(timeout: float | None = None) -> bool:
        raise _Waited

    dispatcher._cond.wait = wait  # type: ignore[method-assign]
    with pytest.raises(_Waited):  # it waits for the slot instead of handing the new URL out
        dispatcher.take()
    scheduler.returns("b.example", -1)
    assert dispatcher.take() == ("https://a.example/1", "a.example")


_LINES = [
    "https://a.example/1 | title: One | date: 2020-01-02\n",
    "\ufeffhttps://b.example/2 | outlet: Bee\n",  # a mark where files were joined
    "   https://c.example/3\n",  # an indent: read as before, by the slow path
    "# a comment\n",
    "\n",
    "   \n",
    "\ufeff# a marked comment\n",
    "HTTPS://D.example/4 | title: Four  \r\n",
    "@article | date: 2020-01-01 | title: Art\n",
    "https://e.example/5 | title: Five\n",
    "h\n",  # not a URL, but it starts as one: the full reader says what is wrong
]


def test_lines_starting_as_a_url_read_as_before() -> None:
    kept = list(iter_sources(_LINES[:-1], "s.txt"))
    assert [(c.url, c.line, c.title) for c in kept] == [
        ("https://a.example/1", 1, "One"),
        ("https://b.example/2", 2, None),
        ("https://c.example/3", 3, None),
        ("HTTPS://D.example/4", 8, "Four"),
        ("https://e.example/5", 10, "Five"),
    ]
    assert kept[-1].article is not None
    assert kept[-1].article.title == "Art"
    assert kept[1].outlet == "Bee"
    assert list(iter_source_urls(_LINES[:-1], "s.txt")) == [c.url for c in kept]
    assert parse_sources("".join(_LINES[:-1]), "s.txt") == kept
    with pytest.raises(ManifestError) as raised:
        list(iter_sources(_LINES, "s.txt"))
    assert raised.value.line == 11
    with pytest.raises(ManifestError) as again:
        list(iter_source_urls(_LINES, "s.txt"))
    assert str(again.value) == str(raised.value)
    bad = list(iter_sources(_LINES, "s.txt", keep_going=True))[-1]
    assert (bad.url, bad.line, bad.error is not None) == ("h", 11, True)


class _Line(str):
    """A line that counts the ``str`` methods the reader calls on it."""

    calls: ClassVar[list[str]] = []

    def lstrip(self, *args: object) -> str:  # type: ignore[override]
        _Line.calls.append("lstrip")
        return str(self).lstrip(*args)  # type: ignore[arg-type]

    def rstrip(self, *args: object) -> _Line:  # type: ignore[override]
        _Line.calls.append("rstrip")
        return _Line(str(self).rstrip(*args))  # type: ignore[arg-type]


def _lines(texts: list[str]) -> Iterator[str]:
    for text in texts:
        yield _Line(text)


def test_a_url_line_is_not_looked_at_for_an_indent() -> None:
    """The cut itself (fails without it: every line was ``lstrip``-ed)."""
    _Line.calls = []
    urls = list(iter_source_urls(_lines(["https://a.example/1 | title: One\n", "  https://b.example/\n"])))
    assert urls == ["https://a.example/1", "https://b.example/"]
    assert _Line.calls == ["rstrip", "rstrip", "lstrip"]  # the indented line alone


def test_the_first_characters_tested_are_a_web_urls() -> None:
    assert sources._URL_FIRST == ("h", "H")
    for first in "hH":
        assert sources._PLAIN_WEB_URL.match(f"{first}ttp://a.example/")


def test_the_dispatcher_takes_its_conditions_lock_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    """``with self._lock`` where ``with self._cond`` was: the same lock (the ``RLock`` a ``Condition()``
    makes), without ``Condition.__enter__``/``__exit__`` (fails without the cut)."""
    dispatcher = checker._Dispatcher(checker._Scheduler(2), 4, lambda: None)
    assert dispatcher._cond._lock is dispatcher._lock  # type: ignore[attr-defined]
    assert type(dispatcher._lock) is type(threading.Condition()._lock)  # type: ignore[attr-defined]
    entered: list[int] = []
    real_enter, real_exit = threading.Condition.__enter__, threading.Condition.__exit__

    def enter(self: threading.Condition) -> bool:
        entered.append(1)
        return real_enter(self)

    def leave(self: threading.Condition, *args: object) -> None:
        entered.append(-1)
        real_exit(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(threading.Condition, "__enter__", enter)
    monkeypatch.setattr(threading.Condition, "__exit__", leave)
    dispatcher.add([("https://a.example/1", "a.example"), ("https://a.example/2", "a.example")])
    assert dispatcher.take() == ("https://a.example/1", "a.example")
    dispatcher.done("a.example", answered=True)
    assert dispatcher.take() == ("https://a.example/2", "a.example")
    dispatcher.close_intake()
    dispatcher.done("a.example", answered=True)
    assert dispatcher.take() is None
    assert entered == []


PAGE = """<html><head><title>Story {n} - Example Times</title></head><body><h1>Story {n}</h1></body></html>"""


@responses.activate
def test_relieve_is_called_only_with_a_worker_held_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """The run's loop calls ``relieve`` only when a worker is held back (fails without the cut: it was
    called for every result); the held-back workers still wake (one worker, the recheck made an hour)."""
    monkeypatch.setattr(checker, "BACKLOG_RECHECK", 3600.0)
    held: list[int] = []
    real = checker._Dispatcher.relieve

    def relieve(self: checker._Dispatcher) -> None:
        held.append(self.held_back)
        real(self)

    monkeypatch.setattr(checker._Dispatcher, "relieve", relieve)
    urls = [f"https://news.example.com/story-{n}" for n in range(40)]
    for n, url in enumerate(urls):
        responses.get(url, body=PAGE.format(n=n), content_type="text/html")
    cfg = Config(workers=1, processes=1, retries=0, allow_private=True)
    reports: list[Report] = []

    def checking() -> None:
        with Fetcher(cfg, requests.Session()) as fetcher:
            reports.append(check([Citation(u) for u in urls], cfg, fetcher=fetcher))

    run = threading.Thread(target=checking, daemon=True)
    run.start()
    run.join(60)
    assert reports, "the run hung on a worker held back"
    assert [r.status for r in reports[0].results] == [Status.OK] * 40
    assert all(held)


def test_pass_one_does_not_call_make_for_a_plain_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """``iter_source_urls`` gets a plain line's URL without calling ``_url_only`` with eleven arguments
    (fails without the cut); a line the full reader reads still gives its URL through ``_url_of``."""
    calls: list[object] = []

    def url_only(url: str, *fields: object) -> str:
        calls.append(fields)
        return url

    monkeypatch.setattr(sources, "_url_only", url_only)
    text = 'https://a.example/1 | title: One | date: 2020-01-02\nhttps://b.example/2 | quote: "x"\n'
    assert list(iter_source_urls(text.splitlines())) == ["https://a.example/1", "https://b.example/2"]
    assert calls == []
    assert [c.url for c in iter_sources(text.splitlines())] == ["https://a.example/1", "https://b.example/2"]


class _Fixed:
    """A fetcher (not linkcheck's ``Fetcher``) answering every URL with ``status``."""

    def __init__(self, status: int) -> None:
        self.status = status
        self.asked: list[str] = []

    def fetch(self, url: str, deadline: float | None = None) -> FetchResult:
        self.asked.append(url)
        return FetchResult(url=url, final_url=url, status_code=self.status)


@pytest.mark.parametrize(
    ("status", "url", "noted"),
    [
        (200, "https://a.example/p?utm_source=x", False),
        (404, "https://a.example/p", False),
        (404, "https://a.example/p?utm_source=x", True),
        (410, "https://a.example/p?id=3", True),  # asked: it keeps its own parameter (no request then)
    ],
)
def test_fetch_asks_for_the_untracked_note_only_when_it_may_be_one(
    monkeypatch: pytest.MonkeyPatch, status: int, url: str, noted: bool
) -> None:
    asked: list[str] = []
    real = checker._untracked_note

    def untracked_note(url: str, *args: object, **kw: object) -> str | None:
        asked.append(url)
        return real(url, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(checker, "_untracked_note", untracked_note)
    dispatcher = checker._Dispatcher(checker._Scheduler(2), 4, lambda: None)
    dispatcher.add([(url, "a.example")])
    assert dispatcher.take() == (url, "a.example")
    ticket = checker._Ticket(dispatcher, url, "a.example", HostsDown(3))
    fetcher = _Fixed(status)
    fetch, note = checker._fetch(url, fetcher, None, ticket)
    assert (fetch.status_code, note) == (status, None)
    assert asked == ([url] if noted else [])  # fails without the cut for the first two
    assert fetcher.asked[0] == url  # (then its address without utm_source, when the note is asked: a 404 too)
    assert dispatcher._busy == 0  # the ticket gave its slot back


def test_offer_calls_neither_room_nor_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    """``add`` and ``release`` offer the host a turn without ``_room`` and ``cap`` (fails without the cut);
    what they decide is held to the old scheduler's by the random runs above."""
    scheduler = checker._Scheduler(1)
    calls: list[str] = []
    assert not hasattr(checker._Scheduler, "_room")  # gone since its last caller, try_return, checks inline
    for name in ("cap",):
        real = getattr(checker._Scheduler, name)

        def counted(self: object, *args: object, __real: object = real, __name: str = name) -> object:
            calls.append(__name)
            return __real(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(checker._Scheduler, name, counted)
    scheduler.add("https://a.example/1", "a.example")
    scheduler.add("https://a.example/2", "a.example")
    assert scheduler.next() == ("https://a.example/1", "a.example")
    assert scheduler.next() is None
    scheduler.release("a.example", answered=True)
    assert scheduler.next() == ("https://a.example/2", "a.example")
    assert calls == []


def test_a_plain_lines_citation_is_made_without_its_type_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pass 2 makes a plain line's citation by ``models._unchecked_citation``: the same object as
    ``Citation(...)`` makes, without ``__post_init__`` (fails without the cut); a line the full reader reads
    is still made by ``Citation`` and checked."""
    checked: list[str] = []
    real = Citation.__post_init__

    def post_init(self: Citation) -> None:
        checked.append(self.url)
        real(self)

    monkeypatch.setattr(Citation, "__post_init__", post_init)
    text = (
        "https://a.example/1 | title: One | date: 2020-01-02 | outlet: Ay | note: n | archive: "
        "https://web.example/a | accessed: 2021-03 | quote: q\n"
        'https://b.example/2 | quote: "x"\n'
    )
    got = list(iter_sources(text.splitlines(), "s.txt"))
    assert checked == ["https://b.example/2"]
    a = got[0]
    assert a == Citation(*(getattr(a, name) for name in sources._CITATION_ORDER))
    assert (a.title, str(a.date), a.outlet, a.note, a.archive_url, str(a.access_date), a.quote, a.line) == (
        "One",
        "2020-01-02",
        "Ay",
        "n",
        "https://web.example/a",
        "2021-03",
        "q",
        1,
    )
    assert (a.error, a.published_label, a.date_readings) == (None, False, ())


def test_the_unchecked_maker_matches_the_classes_init() -> None:
    import inspect

    from linkcheck.models import _made_unchecked, _unchecked_citation

    assert sources._new_citation is _unchecked_citation
    assert list(inspect.signature(_unchecked_citation).parameters) == list(
        inspect.signature(Citation).parameters
    )
    assert _unchecked_citation("https://a.example/") == Citation("https://a.example/")
    assert type(_unchecked_citation("u", source="s")) is Citation
    with pytest.raises(TypeError):
        _unchecked_citation()  # the URL has no default, as in Citation()
    with pytest.raises(TypeError):
        _unchecked_citation("u", colour="red")  # an unknown field, as in Citation()

    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        items: list[str] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError, match="factory"):
        _made_unchecked(Listed)  # a field with a default factory is refused
