"""cost15's exact cuts in judging a page (issue 7), each held to the form it replaced.

- ``checker`` and ``classify``: the enum members every link reads (``Status.OK``, ``Cause.EXCLUDED``,
  ``Verdict.PASS``, ...) are module names bound once (``_OK``, ...): on Python 3.10 and 3.11 an attribute
  read of an enum class goes through ``EnumType.__getattr__``'s hook, ~1 k instructions a read.
  ``_read_page``'s three refusal branches compare the status code before they read a cause.
- ``pagebody.after_headline_signal``: the first ``<h1>`` candidate found by a loop, not a generator, and
  :func:`~linkcheck.pagebody.defaced_signal` asked only under a heading that may open with a defacer's
  signature (``_may_be_signature``), which gives the same answer as asking it.
- ``quotes.quote_findings``: a citation with no ``quote:`` and no ``#`` in its URL has no finding, with no
  list made and nothing asked.
- ``gates.gate_signal``: its folded titles joined from a list, not a generator.
- ``classify.php_source`` and ``classify._software_failed``: bytes searched with ``find``, not ``in``.
"""

from __future__ import annotations

import enum
import sys
import types
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import checker, classify, pagebody, quotes
from linkcheck.config import Config
from linkcheck.models import (
    Cause,
    Citation,
    FetchResult,
    Finding,
    Metadata,
    Severity,
    Status,
    TitleCandidate,
    Verdict,
)


@contextmanager
def _enum_class_reads() -> Iterator[Counter[tuple[str, str]]]:
    """Every attribute read of an enum class in ``linkcheck``'s own code while inside: (function, name)."""
    reads: Counter[tuple[str, str]] = Counter()
    plain = type.__getattribute__

    def spy(cls: type, name: str) -> object:
        frame = sys._getframe(1)
        if "linkcheck" in frame.f_code.co_filename and not name.startswith("_"):
            reads[(frame.f_code.co_name, name)] += 1
        return plain(cls, name)

    enum.EnumType.__getattribute__ = spy  # type: ignore[method-assign,assignment]
    try:
        yield reads
    finally:
        del enum.EnumType.__getattribute__


_PAGE = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour board approves night ferries | Coastline Courier</title>
<meta property="og:title" content="Harbour board approves night ferries">
<meta property="og:site_name" content="Coastline Courier">
<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
</head><body><header><a href="/">Coastline Courier</a></header>
<article><h1>Harbour board approves night ferries</h1>
<p class="byline">By Mira Holt</p>
<p>The harbour board voted on Tuesday to run two night ferries across the bay from May, after a year of
requests from shift workers at the port and the hospital. The first boat leaves at 23:40.</p>
<p>The service will cost the board about 1.2 million a year; fares stay as they are by day.</p>
</article></body></html>"""


def _fetch(url: str = "https://courier.example/2024/03/05/night-ferries") -> FetchResult:
    return FetchResult(
        url=url,
        final_url=url,
        status_code=200,
        headers={"content-type": "text/html; charset=utf-8"},
        body=_PAGE,
    )


def test_the_names_are_the_members() -> None:
    assert checker._OK is Status.OK
    assert checker._SKIPPED is Status.SKIPPED
    assert checker._EXCLUDED is Cause.EXCLUDED
    assert checker._INVALID_CITATION is Cause.INVALID_CITATION
    assert checker._INFO is Severity.INFO
    assert checker._PASS is Verdict.PASS
    assert checker._WARN is Verdict.WARN
    assert checker._FAIL is Verdict.FAIL
    assert classify._OK is Status.OK


def test_an_enum_class_read_goes_through_the_hook_on_this_python() -> None:
    """Why the names: on 3.10 and 3.11 the metaclass defines ``__getattr__`` (3.12 dropped it)."""
    if sys.version_info < (3, 12):
        assert "__getattr__" in vars(enum.EnumType)


def test_an_ok_page_is_read_and_judged_without_an_enum_class_read() -> None:
    from linkcheck import parse_sources

    config = Config(allow_private=True)
    fetch = _fetch()
    citation = next(
        iter(parse_sources(f"{fetch.url} | title: Harbour board approves night ferries | date: 2024-03-05\n"))
    )
    checker._read_page(fetch.url, _fetch(), config, checker._Slots(1))  # imports and memos first
    with _enum_class_reads() as reads:
        page = checker._read_page(fetch.url, fetch, config, checker._Slots(1))
        result = checker._result(citation, page, config)
    assert result.status is Status.OK, result
    assert result.verdict is Verdict.PASS, result
    wanted = {"_read_page", "_result", "verdict_for", "classify_fetch"}
    assert {key: n for key, n in reads.items() if key[0] in wanted} == {}


def test_classify_fetch_reads_no_enum_class_for_a_page() -> None:
    with _enum_class_reads() as reads:
        liveness = classify.classify_fetch(_fetch())
    assert liveness.status is Status.OK
    assert [key for key in reads if key[0] == "classify_fetch"] == []


@pytest.mark.parametrize("code", [200, 403, 404, 410, 451, 503])
def test_read_page_gives_what_it_gave_for_each_refusal(code: int) -> None:
    """The three branches that compare the code first still take the same pages: a refusal's page that says
    the content is gone is dead, whatever the order of the two tests."""
    body = b"<html><head><title>Gone</title></head><body><h1>This content has been removed</h1></body></html>"
    fetch = FetchResult(
        url="https://archive.example/item/1",
        final_url="https://archive.example/item/1",
        status_code=code,
        headers={"content-type": "text/html"},
        body=body,
    )
    config = Config(allow_private=True)
    first = checker._read_page(fetch.url, fetch, config, checker._Slots(1))
    again = checker._read_page(fetch.url, fetch, config, checker._Slots(1))
    assert (first.liveness.status, first.liveness.cause) == (again.liveness.status, again.liveness.cause)
    liveness = classify.classify_fetch(fetch)
    if code in (403, 410) and liveness.cause in (Cause.AUTH, Cause.GONE):
        assert first.liveness.status is Status.DEAD, first.liveness


def _genexprs(fn: types.FunctionType) -> list[str]:
    return [c.co_name for c in fn.__code__.co_consts if isinstance(c, types.CodeType)]


def test_after_headline_signal_makes_no_generator() -> None:
    assert _genexprs(pagebody.after_headline_signal) == []


def _defaced_first_look(metadata: Metadata) -> bool:
    """The replaced form's question, as ``defaced_signal`` asks it: may its heading be a signature?"""
    h1 = next((c.text.strip() for c in metadata.title_candidates if c.source == "h1" and c.text), None)
    return not (not h1 or h1[:1] not in "hHdDpP0")


_HEADINGS = st.text(alphabet=" \t\n\u00a0hHdDpP0aZ-.", max_size=8) | st.sampled_from(
    ["", " ", "Hacked by Zed", "  defaced by x", "\tpwned by q", "Harbour ferries", "0wned by a", "\u2003h"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["h1", "og:title", "title"]), _HEADINGS), min_size=1, max_size=4))
def test_may_be_signature_is_true_whenever_defaced_signal_looks_further(
    candidates: list[tuple[str, str]],
) -> None:
    """Skipped only where ``defaced_signal`` would stop at its first look (and so give ``None``)."""
    metadata = Metadata(title_candidates=tuple(TitleCandidate(text, source) for source, text in candidates))
    first = next((c.text for c in metadata.title_candidates if c.source == "h1"), None)
    if first is None:
        return  # after_headline_signal returns before any signal
    if not pagebody._may_be_signature(first):
        assert not _defaced_first_look(metadata)
        assert pagebody.defaced_signal(b"<h1>x</h1>", metadata, h1_end=4) is None


def test_a_defacement_is_still_found() -> None:
    body = (
        b"<html><head><title>Night ferries approved | Coastline Courier</title>"
        b'<meta property="og:title" content="Night ferries approved"></head>'
        b"<body><h1>Hacked by Zed</h1><p>greetz</p></body></html>"
    )
    metadata = Metadata(
        title="Night ferries approved",
        title_candidates=(
            TitleCandidate("Night ferries approved", "og:title"),
            TitleCandidate("Hacked by Zed", "h1"),
        ),
    )
    url = "https://courier.example/a"
    found = pagebody.after_headline_signal(url, url, body, metadata)
    assert found is not None
    assert found[:2] == (Status.SOFT_404, Cause.SPAM)
    assert pagebody._may_be_signature("Hacked by Zed")
    assert not pagebody._may_be_signature("Night ferries approved")
    assert not pagebody._may_be_signature(" \tNight ferries approved")
    assert pagebody._may_be_signature("Harbour board approves night ferries")  # "H": the function looks
    assert pagebody._may_be_signature("")  # an empty first heading: the next one is the function's


def test_defaced_signal_is_not_asked_under_an_ordinary_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(pagebody, "defaced_signal", lambda *a, **k: asked.append(a))
    metadata = Metadata(
        title="Night ferries approved",
        title_candidates=(TitleCandidate("Night ferries approved", "h1"),),
    )
    url = "https://courier.example/a"
    assert pagebody.after_headline_signal(url, url, _PAGE, metadata) is None
    assert asked == []
    metadata = Metadata(title="x", title_candidates=(TitleCandidate("Hacked by Zed", "h1"),))
    pagebody.after_headline_signal(url, url, _PAGE, metadata)
    assert len(asked) == 1


def _quote_findings_before(citation: Citation, text: str | None) -> list[Finding]:
    """The replaced form of ``quotes.quote_findings``."""
    found = [quotes.quote_finding(citation.quote, text)]
    found += [
        quotes.quote_finding(p, text, highlighted=True) for p in quotes.highlighted_passages(citation.url)
    ]
    return [f for f in found if f is not None]


_URLS = st.sampled_from(
    [
        "https://courier.example/2024/03/05/night-ferries",
        "https://courier.example/a#section-2",
        "https://courier.example/a#:~:text=night%20ferries",
        "https://courier.example/a#:~:text=harbour-,board,-approves&text=two%20night",
        "https://courier.example/a#:~:text=,",
        "https://courier.example/a#",
    ]
)
_QUOTES = st.sampled_from(
    [None, "", "  ", "night ferries", "two night ferries across the bay", "absent words"]
)
_TEXTS = st.sampled_from([None, "", "The harbour board approves two night ferries across the bay."])


@settings(max_examples=300, deadline=None)
@given(_URLS, _QUOTES, _TEXTS)
def test_quote_findings_is_the_replaced_form(url: str, quote: str | None, text: str | None) -> None:
    citation = Citation(url, quote=quote)
    assert quotes.quote_findings(citation, text) == _quote_findings_before(citation, text)


def test_quote_findings_asks_nothing_of_a_citation_without_a_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(quotes, "quote_finding", lambda *a, **k: asked.append(a))
    monkeypatch.setattr(quotes, "highlighted_passages", lambda url: asked.append(url) or ())
    assert quotes.quote_findings(Citation("https://courier.example/2024/03/05/night-ferries"), "text") == []
    assert quotes.quote_findings(Citation("https://courier.example/a", quote=""), None) == []
    assert asked == []
    quotes.quote_findings(Citation("https://courier.example/a#b"), "text")
    assert asked  # a fragment: its passages are looked for, as before


def test_gate_signal_joins_a_list_of_its_folded_titles() -> None:
    from linkcheck import gates

    # the three generators left are asked only of a page whose titles hold a gate's word; the fifth list is
    # seed9's, made only for an undated page a redirect led to on another host (a bare block title)
    assert _genexprs(gates.gate_signal) == ["<listcomp>"] * 5 + ["<genexpr>"] * 3


def _contains_ops(fn: types.FunctionType) -> int:
    import dis

    return sum(1 for i in dis.get_instructions(fn) if i.opname == "CONTAINS_OP")


def test_classify_searches_bytes_with_find() -> None:
    """``in`` on bytes tries its operand as an integer first (~1 k instructions a test, its ``TypeError``
    formatted and dropped): the tests every page meets use ``find``."""
    assert _contains_ops(classify.php_source) == 0
    assert _contains_ops(classify._software_failed) == 0


def _php_source_before(body: bytes) -> bool:
    head = body[:64]
    if b"<?" not in head:
        return False
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n\x0c")
    return head[:5].lower() == b"<?php"


_BODIES = st.lists(
    st.sampled_from(
        [b"<?php", b"<?PHP", b"<?xml", b"<?", b"\xef\xbb\xbf", b" ", b"\n", b"<html>", b"x" * 30]
    ),
    max_size=6,
).map(b"".join)


@settings(max_examples=400, deadline=None)
@given(_BODIES)
def test_php_source_is_the_replaced_form(body: bytes) -> None:
    assert classify.php_source(body) is _php_source_before(body)


@pytest.mark.parametrize(
    "tail",
    [
        b"",
        b"</body></html>",
        b"<b>Fatal error</b>:  Uncaught Error in <b>/var/www/a.php</b> on line <b>3</b><br />",
        b"error '80004005'</font>",
        b"</b><br />",
    ],
)
def test_software_failed_as_before(tail: bytes) -> None:
    """The same verdict as the ``in`` form gave, for a large page ending with or without a stop message."""
    body = b"<html><head><title>Night ferries</title></head><body>" + b"<p>text</p>" * 900 + tail
    fetch = FetchResult(url="https://a.example/", final_url="https://a.example/", status_code=200, body=body)
    tail64 = body[-classify._PHP_END_BYTES :]
    expected_php = classify._PHP_MESSAGE_END in tail64 and classify.php_stopped_before_text(body)
    expected_asp = classify._ASP_MESSAGE_END in tail64 and classify.asp_stopped_before_text(body)
    got = classify._software_failed(fetch, 200)
    if not (classify.framework_error(body) or classify._app_error(body)):
        assert (got is not None) is bool(expected_php or expected_asp)
