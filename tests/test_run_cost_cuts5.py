"""The run's machinery, a fourth look (cost18, issue 7): each cut does what the code before it did, in fewer
instructions. ``check`` reads its own numbered citations without ``only_citations``; a manifest's file is read
by the manifest reader without a generator between them; the JSON line is written without ``write_text`` and
``one_line`` (an ASCII line); a URL cited once gives its read-ahead token back without ``_Reader.reported``'s
loop. (The tests that held cost18's copies of ``_Numbers``, ``count_result``, ``SignalDeferral`` and
``HostsDown.answers`` to their originals went with the copies, run1: tests/test_run_state1.py holds what
those owners do.)"""

from __future__ import annotations

import dataclasses
import io
import json
import signal
import threading
from pathlib import Path

import pytest

import linkcheck.checker as checker
import linkcheck.cli as cli
import linkcheck.report.jsonl as jsonl
from linkcheck.checker import check, iter_check
from linkcheck.errors import InputError, ManifestError
from linkcheck.models import Citation, FetchResult, Result, Status, Verdict


class _Fixed:
    """A fetcher (not linkcheck's ``Fetcher``) answering every URL with ``status`` and a small page."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.asked: list[str] = []
        self.lock = threading.Lock()

    def fetch(self, url: str, deadline: float | None = None) -> FetchResult:
        with self.lock:
            self.asked.append(url)
        return FetchResult(
            url=url,
            final_url=url,
            status_code=self.status,
            headers={"Content-Type": "text/html; charset=utf-8"},
            body=b"<html><head><title>A page</title></head><body><p>Some words here.</p></body></html>",
        )


def _config(**kw: object) -> checker.Config:
    return checker.Config(processes=1, retries=0, allow_private=True, **kw)  # type: ignore[arg-type]


def _run(citations: list[Citation], **kw: object) -> list[Result]:
    """``check``'s results, the run in a thread of its own so that a hang fails rather than waits."""
    reports: list[object] = []

    def checking() -> None:
        reports.append(check(citations, _config(**kw), fetcher=_Fixed()))

    run = threading.Thread(target=checking, daemon=True)
    run.start()
    run.join(60)
    assert reports, "the run hung"
    report = reports[0]
    assert isinstance(report, checker.Report)
    return list(report.results)


# --- check() without only_citations -------------------------------------------------------------------------


def test_check_does_not_wrap_its_citations_in_only_citations(monkeypatch: pytest.MonkeyPatch) -> None:
    """``check`` checks each item itself (``numbered``); ``iter_check`` still wraps its input (fails without
    the cut: check ran every citation through only_citations as well)."""
    wrapped: list[object] = []
    real = checker.only_citations

    def only_citations(citations: object) -> object:
        wrapped.append(citations)
        return real(citations)  # type: ignore[arg-type]

    monkeypatch.setattr(checker, "only_citations", only_citations)
    results = _run([Citation(f"http://127.0.0.1:9/p{n}") for n in range(5)])
    assert len(results) == 5
    assert wrapped == []
    list(iter_check([Citation("http://127.0.0.1:9/q")], _config(), fetcher=_Fixed()))
    assert len(wrapped) == 1


def test_checks_error_for_an_item_that_is_no_citation_is_unchanged() -> None:
    """The item's index and the message are numbered()'s, as before (it raised first then too)."""
    with pytest.raises(TypeError, match=r"citations\[2\] is not a Citation but a str: 'x'"):
        check(
            [Citation("http://127.0.0.1:9/a"), Citation("http://127.0.0.1:9/b"), "x"],  # type: ignore[list-item]
            _config(),
            fetcher=_Fixed(),
        )


# --- _Reader.reported: one put for a URL cited once ---------------------------------------------------------


def test_a_url_cited_once_gives_its_token_back_without_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a read-ahead window of 2 tokens, 12 citations (three of one URL, which comes back as one result
    of three citations) are all read and reported: each token was given back. ``reported`` is called once
    by the reader's start (the window) and otherwise only for a URL of several citations (fails without the
    cut: once a result, and once a batch of new URLs with nothing known)."""
    monkeypatch.setattr(checker, "WINDOW", 2)
    asked: list[int] = []
    real = checker._Reader.reported

    def reported(self: checker._Reader, n: int) -> None:
        asked.append(n)
        real(self, n)

    monkeypatch.setattr(checker._Reader, "reported", reported)
    urls = [f"http://127.0.0.1:9/p{n}" for n in range(10)]
    citations = [Citation(u) for u in urls[:5]] + [Citation(urls[0], note=str(n)) for n in range(2)]
    citations += [Citation(u) for u in urls[5:]]
    results = _run(citations)
    assert len(results) == 12
    assert asked[0] == 2
    # a URL done before its later citations were read gives them back as known results (any number); the
    # ten results of one citation each give theirs back by a put: without the cut, eleven calls and more
    assert len(asked) <= 4, asked


# --- the manifest read without _file_lines' generator -------------------------------------------------------


def _manifest(path: Path, keep_going: bool = False, urls: bool = False) -> list[object]:
    reading = cli._Reading(keep_going=keep_going)
    read = reading.manifest_urls if urls else reading.manifest
    return list(read(str(path)))


def test_a_manifest_is_read_without_the_file_lines_generator(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Both passes read the file's lines directly (fails without the cut: ``_file_lines`` made them), with
    the line numbers, a byte-order mark and CR LF endings read as before."""

    def file_lines(path: str) -> object:
        raise AssertionError("read through _file_lines")

    path = tmp_path / "m.txt"
    path.write_bytes(
        b"\xef\xbb\xbfhttps://a.example/1 | title: One\r\n# note\r\n\r\n"
        b"https://b.example/2 | date: 2020-01-02\n"
    )
    monkeypatch.setattr(cli, "_file_lines", file_lines)
    cited = _manifest(path)
    assert [(c.url, c.line, c.title, str(c.date)) for c in cited] == [  # type: ignore[attr-defined]
        ("https://a.example/1", 1, "One", "None"),
        ("https://b.example/2", 4, None, "2020-01-02"),
    ]
    assert _manifest(path, urls=True) == ["https://a.example/1", "https://b.example/2"]


def test_a_missing_manifest_is_the_same_error(tmp_path: Path) -> None:
    path = str(tmp_path / "none.txt")
    with pytest.raises(InputError) as raised:
        _manifest(Path(path))
    assert str(raised.value) == str(cli._cannot_read(path, FileNotFoundError(2, "No such file or directory")))
    assert "cannot read: No such file or directory" in str(raised.value)


def test_a_directory_given_as_a_manifest_is_the_same_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory; name its articles by a glob"):
        _manifest(tmp_path, urls=True)


def test_an_undecodable_byte_is_the_same_error(tmp_path: Path) -> None:
    """The error the whole-file reader gives (its byte and line), in either pass."""
    path = tmp_path / "bad.txt"
    path.write_bytes(b"https://a.example/1\nhttps://b.example/\xff\n")
    with pytest.raises(InputError) as first:
        _manifest(path, urls=True)
    with pytest.raises(InputError) as raised:
        _manifest(path)
    assert str(first.value) == str(raised.value)
    assert not isinstance(raised.value, ManifestError)
    assert str(raised.value) == str(cli._undecodable(str(path)))
    with pytest.raises(InputError) as whole:
        cli._read_text(str(path))
    assert str(raised.value) == str(whole.value)


def test_an_undecodable_byte_after_a_malformed_line_is_reported_instead(tmp_path: Path) -> None:
    path = tmp_path / "both.txt"
    path.write_bytes(b"https://a.example/1\nnot a url at all | title: x\nhttps://b.example/\xff\n")
    with pytest.raises(InputError) as raised:
        _manifest(path)
    assert not isinstance(raised.value, ManifestError)
    assert str(raised.value) == str(cli._undecodable(str(path)))
    good = tmp_path / "one.txt"
    good.write_bytes(b"https://a.example/1\nnot a url at all | title: x\nhttps://b.example/2\n")
    with pytest.raises(ManifestError) as bad_line:
        _manifest(good, urls=True)
    assert bad_line.value.line == 2


def test_a_manifest_closed_early_closes_its_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened: list[io.TextIOBase] = []
    real_open = open

    def spy_open(*args: object, **kw: object) -> io.TextIOBase:
        handle = real_open(*args, **kw)  # type: ignore[call-overload]
        opened.append(handle)
        return handle  # type: ignore[no-any-return]

    path = tmp_path / "m.txt"
    path.write_text("https://a.example/1\nhttps://a.example/2\n")
    monkeypatch.setattr("builtins.open", spy_open)
    got = cli._Reading().manifest(str(path))
    assert next(got).url == "https://a.example/1"
    assert len(opened) == 1
    assert not opened[0].closed
    got.close()
    assert opened[0].closed


# --- the JSON line: written and counted without write_text or one_line --------------------------------------


def _result(url: str, title: str | None = None) -> Result:
    return Result(Citation(url, title=title), Status.OK, "ok", Verdict.PASS, http_status=200)


def test_a_lone_surrogate_is_still_written_as_a_replacement() -> None:
    """A stream that cannot encode a lone surrogate: the line is written again, mended, and counted once."""
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    stream = cli._JsonLinesStream(None)
    stream.out = out
    result = _result("https://a.example/1", "bad \ud800 title")
    line = jsonl.result_line(result)
    assert "\ud800" in line  # ensure_ascii=False leaves it raw
    stream.write(result)
    out.flush()
    assert raw.getvalue().decode("utf-8") == line.replace("\ud800", "\ufffd")
    assert stream.counts["total"] == 1


def test_a_write_that_fails_clears_the_deferral_and_a_signal_noted_in_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As ``__exit__`` did on an exception: the step is over (not active), a signal noted inside it dropped
    (the error raised instead), and nothing counted."""

    class Broken(io.StringIO):
        def write(self, text: str) -> int:
            cli._DEFERRAL.handler(signal.SIGINT, None)  # noted: the step is active
            raise BrokenPipeError

    stream = cli._JsonLinesStream(None)
    stream.out = Broken()
    with pytest.raises(BrokenPipeError):
        stream.write(_result("https://a.example/1"))
    assert not cli._DEFERRAL.active
    assert cli._DEFERRAL.pending is None
    assert stream.counts["total"] == 0


@pytest.mark.parametrize(
    ("signum", "raised"), [(signal.SIGINT, KeyboardInterrupt), (signal.SIGTERM, cli._Terminated)]
)
def test_a_signal_during_the_write_is_raised_after_the_count(
    signum: int, raised: type[BaseException]
) -> None:
    class Slow(io.StringIO):
        def write(self, text: str) -> int:
            n = super().write(text)
            cli._DEFERRAL.handler(signum, None)
            return n

    stream = cli._JsonLinesStream(None)
    stream.out = Slow()
    with pytest.raises(raised):
        stream.write(_result("https://a.example/1"))
    assert stream.counts["total"] == 1
    assert stream.out.getvalue().count("\n") == 1
    assert not cli._DEFERRAL.active
    assert cli._DEFERRAL.pending is None


def test_an_ascii_result_line_does_not_call_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails without the cut; a line with a non-ASCII character is still escaped by ``one_line``."""
    called: list[str] = []
    real = jsonl.one_line

    def one_line(encoded: str) -> str:
        called.append(encoded)
        return real(encoded)

    monkeypatch.setattr(jsonl, "one_line", one_line)
    plain = jsonl.result_line(_result("https://a.example/1", "Plain"))
    assert called == []
    assert plain.endswith("}\n")
    assert plain.count("\n") == 1
    odd = jsonl.result_line(_result("https://a.example/1", "a\u2028b \x85 c\u2029 é"))
    assert len(called) == 1
    assert "\\u2028" in odd
    assert "\\u0085" in odd
    assert "\\u2029" in odd
    assert "é" in odd
    assert "\u2028" not in odd
    assert json.loads(odd)["cited"]["title"] == "a\u2028b \x85 c\u2029 é"


# --- the worker's and the reader's per-link calls written out -----------------------------------------------


def test_the_reader_sends_a_citation_without_send(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the input's end goes through ``_send`` (fails without the cut: each citation did); every
    citation still reaches the run."""
    sent: list[int] = []
    real = checker._Reader._send

    def send(self: checker._Reader, kind: int, value: object) -> None:
        sent.append(kind)
        real(self, kind, value)

    monkeypatch.setattr(checker._Reader, "_send", send)
    results = _run([Citation(f"http://127.0.0.1:9/p{n}") for n in range(6)])
    assert len(results) == 6
    assert sent == [checker._END]


def test_a_run_asks_neither_down_nor_noted_for_a_plain_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails without the cut (both were asked once a link)."""

    def nope(*args: object, **kw: object) -> object:
        raise AssertionError("called")

    monkeypatch.setattr(checker.HostsDown, "down", nope)
    monkeypatch.setattr(checker, "_noted", nope)
    results = _run([Citation(f"http://127.0.0.1:9/p{n}") for n in range(4)])
    assert [r.status for r in results] == [Status.OK] * 4


class _Refusing(_Fixed):
    """404 for an address with a query, 200 without."""

    def fetch(self, url: str, deadline: float | None = None) -> FetchResult:
        fetch = super().fetch(url, deadline)
        return dataclasses.replace(fetch, status_code=404 if "?" in url else 200)


def test_a_refused_urls_note_is_still_added_to_its_reason() -> None:
    url = "http://127.0.0.1:9/story?utm_source=feed"
    report = check([Citation(url), Citation("http://127.0.0.1:9/other")], _config(), fetcher=_Refusing())
    first, second = report.results
    assert first.http_status == 404
    assert first.reason.endswith(
        "; without its tracking parameters the address answers 200: http://127.0.0.1:9/story"
        " (check that it is the cited page, and cite it so)"
    )
    assert "tracking" not in second.reason


def test_a_host_taken_as_down_still_skips_its_next_links() -> None:
    """The down host's links are reported without a fetch, as ``down()`` said (read inline now)."""

    class Silent(_Fixed):
        def fetch(self, url: str, deadline: float | None = None) -> FetchResult:
            super().fetch(url, deadline)
            return FetchResult(
                url=url, final_url=url, cause=checker.Cause.TIMEOUT, error="timed out", connect_timed_out=True
            )

    fetcher = Silent()
    citations = [Citation(f"http://127.0.0.1:9/p{n}") for n in range(8)]
    report = check(citations, _config(workers=1, host_down_after=2), fetcher=fetcher)
    assert len(fetcher.asked) == 2
    assert all("was taken as down" in r.reason for r in report.results[2:])


# --- the backlog summed by the dispatcher -------------------------------------------------------------------


def test_the_runs_dispatcher_sums_its_backlog_without_a_lambda(monkeypatch: pytest.MonkeyPatch) -> None:
    """The run gives its queue's ``qsize`` (a C method) and its page reader (fails without the cut: a
    lambda, a Python call each time the backlog was asked)."""
    made: list[checker._Dispatcher] = []
    real = checker._Dispatcher.__init__

    def init(self: checker._Dispatcher, *args: object, **kw: object) -> None:
        real(self, *args, **kw)  # type: ignore[arg-type]
        made.append(self)

    monkeypatch.setattr(checker._Dispatcher, "__init__", init)
    assert len(_run([Citation(f"http://127.0.0.1:9/p{n}") for n in range(3)])) == 3
    (dispatcher,) = made
    assert type(dispatcher._backlog).__name__ == "builtin_function_or_method"
    assert isinstance(dispatcher._pages, checker._PageReader)


class _Waited(Exception):
    pass


def test_a_dispatchers_backlog_counts_the_unread_pages_too() -> None:
    """``qsize() + pages.unread``, as the lambda answered: a worker is held back once the two reach twice
    the limit, and relieve wakes it once they fall below."""
    queued = [0]
    pages = checker._PageReader(lambda url, fetch: None, 4)
    dispatcher = checker._Dispatcher(checker._Scheduler(2), 2, lambda: None, lambda: queued[0], pages)
    dispatcher.add([("https://a.example/1", "a.example")])
    queued[0], pages.unread = 1, 3  # 4 = 2 * limit: held back

    def wait(timeout: float | None = None) -> bool:
        raise _Waited(timeout)

    dispatcher._cond.wait = wait  # type: ignore[method-assign]
    with pytest.raises(_Waited) as waited:
        dispatcher.take()
    assert waited.value.args == (checker.BACKLOG_RECHECK,)
    pages.unread = 2  # 3 < 4
    notified: list[int] = []
    dispatcher._cond.notify = notified.append  # type: ignore[method-assign,assignment]
    dispatcher.held_back = 1
    dispatcher.relieve()
    assert notified == [1]
    dispatcher.held_back = 0
    assert dispatcher.take() == ("https://a.example/1", "a.example")
    alone = checker._Dispatcher(checker._Scheduler(2), 2, lambda: None, lambda: 3)  # no pages: backlog() only
    alone.add([("https://b.example/1", "b.example")])
    assert alone.take() == ("https://b.example/1", "b.example")
