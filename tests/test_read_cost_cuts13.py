"""The forty-seventh session's cuts of a page's reading cost in the extractor (cost12, issue 7), each held to
the form it replaced.

- A stamp in UTC's zone (``datetime.timezone.utc``, the one object ``dates`` gives ``Z``, ``UTC``, ``GMT`` and
  a zero offset) is told by ``stamp.tzinfo is _UTC`` before ``stamp.utcoffset()`` is called
  (``core._local_reading``, ``core._utc_stated``, ``core._byline_local``, ``core._time_dates``;
  ``dates.zone_for_day``, ``dates.local_from_clock``, ``dates.local_from_text``): any other zone, a zero
  offset with a name among them, is asked as before.
- ``dt.timedelta(days=1)`` and ``dt.timedelta(0)`` made once (``core._ONE_DAY``, ``dates._ZERO``), not at
  each call (``core._choose_dates`` and four rarer places; the three ``dates`` guards).
- ``core._choose_dates``: the first acceptable candidate of each kind found in one loop, not by two
  generators.
- ``core._choose_title``: a head title whose key is the one h1's key is not asked ``_unlabelled`` (which
  gives it back); ``_template_name`` asked only of a key holding "template", ``_is_own_host`` only of an h1
  without a space (each returns ``False`` otherwise).
- ``core._find_jsonld_main``: one ranked node is not sorted.
"""

from __future__ import annotations

import datetime as dt
import types
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from linkcheck.extract import core, dates
from linkcheck.extract import tables as T
from linkcheck.models import ExtractedDate, TitleCandidate

_UTC = dt.timezone.utc
#: Zones a stamp may carry: none, UTC's own, a zero offset with a name (another object), and offsets.
_ZONES = [
    None,
    _UTC,
    dt.timezone(dt.timedelta(0), "UTC"),
    dt.timezone(dt.timedelta(hours=2)),
    dt.timezone(dt.timedelta(hours=-5)),
    dt.timezone(dt.timedelta(hours=5, minutes=30)),
    dt.timezone(dt.timedelta(minutes=1)),
]


class _Spy(dt.datetime):
    """A datetime whose ``utcoffset`` method may not be called (the C code's own offsets still work)."""

    def utcoffset(self) -> dt.timedelta | None:
        raise AssertionError("utcoffset() called")


def _stamp(day: dt.date, minutes: int, zone: dt.tzinfo | None) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=zone)


_DAYS = st.dates(dt.date(1985, 1, 1), dt.date(2027, 12, 31))
_STAMPS = st.one_of(
    st.none(),
    st.builds(_stamp, _DAYS, st.integers(0, 24 * 60 - 1), st.sampled_from(_ZONES)),
)


def _cand(day: dt.date, stamp: dt.datetime | None, source: str, modified: bool) -> Any:
    return core._Cand(day if stamp is None else stamp.date(), stamp, source, modified)


_CANDS = st.lists(
    st.builds(_cand, _DAYS, _STAMPS, st.sampled_from(["json-ld", "opengraph", "time"]), st.booleans()),
    max_size=5,
)


# --- the forms replaced ------------------------------------------------------------------------------------
def _old_local_reading(chosen: Any, cands: list[Any]) -> Any:
    stamp = chosen.timestamp if chosen is not None else None
    if chosen is not None and stamp is not None and stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.timezone.utc)
    if chosen is None or stamp is None or stamp.utcoffset() != dt.timedelta(0):
        return chosen
    twin = None
    for other in cands:
        local = other.timestamp
        if local is not None and local.utcoffset() and abs(local - stamp) <= dt.timedelta(minutes=1):
            if other.modified is chosen.modified:
                return other
            twin = twin or other
    # The same instant stated with an offset as the other kind of date (a rule added after this cut, the
    # fifty-eighth extraction batch's, held to its own tests): read through core's own function.
    return chosen if twin is None else core._twin_offset(chosen, stamp, twin)


def _old_choose_dates(cands: list[Any], today: dt.date) -> tuple[ExtractedDate | None, ExtractedDate | None]:
    latest = today + dt.timedelta(days=1)

    def acceptable(c: Any) -> bool:
        value = c.value
        if value in T.PLACEHOLDER_DATES:
            return False
        if value.year >= dates.MIN_YEAR and value <= latest:
            return True
        return value.year >= 1800 and value <= today and sum(o.value == value for o in cands) >= 2

    published = next((c for c in cands if not c.modified and acceptable(c)), None)
    modified = next((c for c in cands if c.modified and acceptable(c)), None)
    published, modified = _old_local_reading(published, cands), _old_local_reading(modified, cands)
    if modified is not None and published is not None and modified.value < published.value:
        modified = None
    return (
        ExtractedDate(published.value, published.source, published.timestamp, not published.yearless)
        if published
        else None,
        ExtractedDate(modified.value, modified.source, modified.timestamp) if modified else None,
    )


# --- held to them ------------------------------------------------------------------------------------------
_TWIN_DAY = dt.datetime(2000, 6, 1, 0, 0)


@settings(max_examples=1500, deadline=None)
@given(_CANDS, st.integers(0, 4), _DAYS)
# a modification in UTC and a publication stating the same instant with an offset (the other kind's twin):
# once found by the search on a clean-clone run, where the reference above lacked the twin rule
@example(
    [
        _cand(_TWIN_DAY.date(), _TWIN_DAY, "json-ld", True),
        _cand(_TWIN_DAY.date(), None, "json-ld", False),
        _cand(
            _TWIN_DAY.date(), _TWIN_DAY.replace(tzinfo=dt.timezone(dt.timedelta(minutes=1))), "json-ld", False
        ),
    ],
    0,
    dt.date(2000, 1, 1),
)
def test_choose_dates_and_local_reading_as_before(cands: list[Any], pick: int, today: dt.date) -> None:
    chosen = cands[pick] if pick < len(cands) else None
    new, old = core._local_reading(chosen, cands), _old_local_reading(chosen, cands)
    # the same candidate, or (the other kind's twin) an equal one made anew on each side
    assert new is old or (new is not chosen and new == old)
    assert core._choose_dates(cands, today) == _old_choose_dates(cands, today)


@settings(max_examples=500, deadline=None)
@given(st.lists(_STAMPS, max_size=4))
def test_utc_stated_as_before(stamps: list[dt.datetime | None]) -> None:
    strong = [core._Cand(dt.date(2022, 3, 13), stamp, "json-ld", False) for stamp in stamps]
    old = any(c.timestamp is not None and c.timestamp.utcoffset() == dt.timedelta(0) for c in strong)
    assert core._utc_stated(strong) is old


@pytest.mark.parametrize("zone", _ZONES[1:], ids=repr)
def test_the_zero_offset_guards_as_before(zone: dt.tzinfo) -> None:
    """Each guard, ``stamp.tzinfo is not _UTC and stamp.utcoffset() != _ZERO``, is ``stamp.utcoffset() !=
    timedelta(0)``: a named zone of a zero offset is not UTC's object and is asked."""
    stamp = _stamp(dt.date(2022, 3, 13), 4 * 60 + 10, zone)
    zero = stamp.utcoffset() == dt.timedelta(0)
    assert ((stamp.tzinfo is not dates._UTC) and stamp.utcoffset() != dates._ZERO) is not zero
    assert (dates.local_from_clock(stamp, "no clock here") is None) or zero
    assert (dates.zone_for_day(stamp, dt.date(2022, 3, 12)) is None) or zero


def test_the_constants() -> None:
    assert core._UTC is dt.timezone.utc is dates._UTC
    assert dt.timezone(dt.timedelta(0)) is core._UTC  # a zero offset without a name is UTC's own object
    assert dates._tz("Z") is dates._tz("+00:00") is core._UTC
    assert dt.timedelta(days=1) == core._ONE_DAY
    assert core._UTC_OFFSET == dates._ZERO == dt.timedelta(0)


# --- the cuts taken (each fails on the form it replaced) ---------------------------------------------------
def _spy(day: dt.date, hour: int) -> dt.datetime:
    return _Spy(day.year, day.month, day.day, hour, 10, tzinfo=_UTC)


def test_a_utc_stamp_is_not_asked_its_offset() -> None:
    day = dt.date(2022, 3, 13)
    utc = core._Cand(day, _spy(day, 4), "json-ld", False)
    other = core._Cand(day, _spy(day, 4), "opengraph", False)
    assert core._utc_stated([utc])
    assert core._local_reading(utc, [utc, other]) is utc
    chosen = core._choose_dates([utc, other], dt.date(2024, 1, 1))[0]
    assert chosen == ExtractedDate(day, "json-ld", utc.timestamp)
    assert core._byline_local("<p>no clock</p>", 0, [utc], True) == []
    assert dates.zone_for_day(_spy(day, 2), dt.date(2022, 3, 12)) is not None
    assert dates.local_from_clock(_spy(day, 4), "12.03.22 | 23:10") is not None
    assert dates.local_from_text(_spy(day, 4), "March 12, 2022 23:10") is not None


def test_choose_dates_makes_no_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    def timedelta(*args: Any, **kwargs: Any) -> dt.timedelta:
        raise AssertionError("a timedelta made")

    fake = types.SimpleNamespace(**{name: getattr(dt, name) for name in dir(dt) if not name.startswith("__")})
    fake.timedelta = timedelta
    monkeypatch.setattr(core, "dt", fake)
    day = dt.date(2022, 3, 13)
    cands = [core._Cand(day, None, "json-ld", False), core._Cand(day, None, "json-ld", True)]
    assert core._choose_dates(cands, dt.date(2024, 1, 1)) == (
        ExtractedDate(day, "json-ld", None),
        ExtractedDate(day, "json-ld", None),
    )


def test_choose_dates_walks_no_generator() -> None:
    codes = [c for c in core._choose_dates.__code__.co_consts if isinstance(c, types.CodeType)]
    assert "<genexpr>" not in [c.co_name for c in codes]


# --- _choose_title's gates ---------------------------------------------------------------------------------
_TEXTS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["Opinion | Headline here", "Headline here", "Post Template", "www.example.com", "a.b c"]
    ),
)


@settings(max_examples=1000, deadline=None)
@given(_TEXTS, _TEXTS, st.sampled_from(["", "https://www.example.com/x", "http://a.b/c"]))
def test_the_gates_give_what_the_calls_gave(a: str, b: str, url: str) -> None:
    key = core.normalize_title(a)
    assert core._unlabelled(key, [key]) == key
    if "template" not in key:
        assert not core._template_name(key)
    if " " in b:
        assert not core._is_own_host(b, url)


def _refuse(*args: Any) -> Any:
    raise AssertionError("called")


@pytest.mark.parametrize("site", [None, "Daily Example"])
def test_one_headline_five_times_asks_none_of_them(site: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("_unlabelled", "_template_name", "_is_own_host"):
        monkeypatch.setattr(core, name, _refuse)
    text = "Bridge historic inflation builds flood hires draw minister report names court"
    candidates = [
        TitleCandidate(text, "opengraph"),
        TitleCandidate(text, "twitter"),
        TitleCandidate(text, "json-ld"),
        TitleCandidate(text, "h1"),
        TitleCandidate(text, "title-tag", f"{text} | Daily Example"),
    ]
    url = "https://news.example/2015/09/12/bridge-historic-inflation-a158.html"
    assert core._choose_title(candidates, site, url, url) == (text, "opengraph")


def test_a_rubric_label_is_still_read() -> None:
    """Left to the calls: two h1 keys, a key unlike the h1's, a "template" key, an h1 without a space."""
    candidates = [TitleCandidate("OPINION | The headline", "opengraph"), TitleCandidate("The headline", "h1")]
    assert core._choose_title(candidates, None, "https://a.example/x") == ("The headline", "h1")
    template = [TitleCandidate("Blog Posts Template", "opengraph"), TitleCandidate("Real headline", "h1")]
    assert core._choose_title(template, None, "https://a.example/x") == ("Real headline", "h1")
    host = [TitleCandidate("www.example.com", "h1"), TitleCandidate("A headline", "title-tag")]
    assert core._choose_title(host, None, "https://www.example.com/") == ("A headline", "title-tag")


# --- _find_jsonld_main's one node --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "nodes",
    [
        [{"@type": "NewsArticle", "headline": "H"}],
        [{"@type": "WebPage"}, {"@type": "NewsArticle", "url": "https://a.example/x"}, {"@type": "Article"}],
        [{"@type": "Organization"}],
    ],
)
def test_ranked_nodes_as_sorted(nodes: list[dict[str, Any]]) -> None:
    page = core._Page(url="https://a.example/x")
    page.jsonld = [{"@graph": nodes}] if len(nodes) > 1 else list(nodes)
    main, _ = core._find_jsonld_main(page)
    ranks = {"NewsArticle": 0, "Article": 0, "WebPage": 2}
    kept = [(ranks[n["@type"]] - ("url" in n), i, n) for i, n in enumerate(nodes) if n["@type"] in ranks]
    assert [id(n) for n in page.ranked_nodes] == [id(n) for _, _, n in sorted(kept, key=lambda t: t[:2])]
    assert main is (page.ranked_nodes[0] if page.ranked_nodes else None)
