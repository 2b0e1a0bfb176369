"""The reading-cost cuts of issue 7 (xcost5) read what the forms they replaced read."""

from __future__ import annotations

import dataclasses
import inspect
import json
import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import names
from linkcheck.extract.dates import plain_url_split
from linkcheck.extract.jsonld import _NOT_JSON, _strict_json, load_jsonld
from linkcheck.models import ExtractedDate, Finding, Metadata, Result, TitleCandidate
from linkcheck.names import fold

#: The patterns as they were written before xcost5 (each opened by its look-behind).
_OLD_SPACED_ABBREVIATION = re.compile(r"(?<!\w)[^\W\d_]{2}(?:\s[^\W\d_]{2})+(?!\w)")
_OLD_SPACED_CAPITALS = re.compile(r"(?<![A-Za-z0-9_])[A-Z]{2}(?:\s[A-Z]{2})+(?![A-Za-z0-9_])")

#: Capitals, small letters, digits (ASCII and Arabic-Indic), the underscore, white space of several kinds,
#: and letters of other scripts (Cyrillic, accented Latin): what the look-behinds tell apart.
_ALPHABET = "ABEUabeu019٣_ \t\n\u00a0.-ÉéЕУеу"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_spaced_capitals_matches_as_before(text: str) -> None:
    assert _spans(names._SPACED_CAPITALS, text) == _spans(_OLD_SPACED_CAPITALS, text)
    assert names._SPACED_CAPITALS.sub(names._join_capitals, text) == _OLD_SPACED_CAPITALS.sub(
        names._join_capitals, text
    )


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_spaced_abbreviation_matches_as_before(text: str) -> None:
    assert _spans(names._SPACED_ABBREVIATION, text) == _spans(_OLD_SPACED_ABBREVIATION, text)


def test_spaced_capitals_at_the_start_middle_and_after_a_word() -> None:
    assert _spans(names._SPACED_CAPITALS, "EE UU") == [(0, 5)]
    assert _spans(names._SPACED_CAPITALS, "los EE UU hoy") == [(4, 9)]
    # after a letter, a digit or an underscore the run is part of a word: left alone
    assert _spans(names._SPACED_CAPITALS, "xEE UU") == []
    assert _spans(names._SPACED_CAPITALS, "9EE UU") == []
    assert _spans(names._SPACED_CAPITALS, "_EE UU") == []
    assert _spans(names._SPACED_CAPITALS, "EE UUx") == []


def test_fold_joins_a_spaced_abbreviation_and_leaves_a_headline() -> None:
    assert fold("Sanciones de EE UU a Rusia") == "sanciones de eeuu a rusia"
    assert fold("Élections aux EE UU") == "elections aux eeuu"  # not ASCII: _SPACED_ABBREVIATION's way
    assert fold("Treaty drought historic senate capital") == "treaty drought historic senate capital"
    assert fold("A Day In The Life") == "a day in the life"  # one-letter and mixed words: no run


@given(
    st.sampled_from(["http://", "https://", "HTTP://", " https://", "ftp://", "http:/", "//", ""]),
    st.text(alphabet="az09.-_:@[]é\t\n ", max_size=14),
    st.text(alphabet="az09/.-_?#%\t ", max_size=14),
)
def test_plain_url_split_memo_answers_as_the_function(scheme: str, netloc: str, rest: str) -> None:
    url = scheme + netloc + rest
    first = plain_url_split(url)
    before = plain_url_split.cache_info().hits
    assert first == plain_url_split.__wrapped__(url)
    assert plain_url_split(url) == first  # the repeat is the memo's answer
    assert plain_url_split.cache_info().hits == before + 1


def test_plain_url_split_of_a_page_address() -> None:
    url = "http://127.0.0.8:41095/sport/2022/12/09/treaty-drought-a63.html"
    assert plain_url_split(url) == ("127.0.0.8:41095", "/sport/2022/12/09/treaty-drought-a63.html")
    assert plain_url_split("http://exa\tmple.com/2020/01/02/") is None  # urlsplit would drop the tab first


_NOT_JSON_YET = object()


def _reference_strict_json(text: str) -> object:
    """The form replaced: ``json.loads``, or the marker where it raises."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return _NOT_JSON_YET


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=1500, deadline=None)
@given(
    st.one_of(
        _JSON_VALUES.map(json.dumps),
        st.text(alphabet='{}[]":,0123456789.eE+-truefalsn \t\n\r\ufeff\\/ab', max_size=30),
    ),
    st.sampled_from(["", " ", "\ufeff", "\n", "x"]),
    st.sampled_from(["", " ", "}", ",", "\t\n", "]]", "{}", "//"]),
)
def test_strict_json_is_json_loads(body: str, before: str, after: str) -> None:
    text = (before + body + after).strip()  # load_jsonld strips the script's text first
    expected = _reference_strict_json(text)
    got = _strict_json(text)
    if expected is _NOT_JSON_YET:
        assert got is _NOT_JSON
    else:
        assert got is not _NOT_JSON
        assert repr(got) == repr(expected)


def test_strict_json_refuses_extra_data_and_a_byte_order_mark() -> None:
    assert _strict_json('{"a": 1}') == {"a": 1}
    assert _strict_json('{"a": 1} {"b": 2}') is _NOT_JSON  # two objects: the repairs read them
    assert _strict_json('\ufeff{"a": 1}') is _NOT_JSON
    assert _strict_json('{"a": 1,}') is _NOT_JSON  # a trailing comma: repaired later, not here
    assert load_jsonld('{"a": 1} {"b": 2}') == [{"a": 1}, {"b": 2}]
    assert load_jsonld('  {"@type": "NewsArticle", "headline": "H"}\n') == [
        {"@type": "NewsArticle", "headline": "H"}
    ]


#: The reading's and the judging's values, each made several times a page, with the ``__init__`` of
#: :func:`linkcheck.models._set_by_slots` (as :class:`~linkcheck.models.FetchResult` since fcost).
_SLOT_INIT_MODELS = (ExtractedDate, TitleCandidate, Metadata, Finding, Result)


def _reference_of(cls: type) -> type:
    """A class of ``cls``'s fields (their names, types, defaults and factories, in order), with the
    ``__init__`` dataclasses writes."""
    specs = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            specs.append((f.name, f.type, dataclasses.field(default=f.default)))
        elif f.default_factory is not dataclasses.MISSING:
            specs.append((f.name, f.type, dataclasses.field(default_factory=f.default_factory)))
        else:
            specs.append((f.name, f.type))
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True, slots=True)


def _made(cls: type, positional: list[object], keywords: dict[str, object]) -> object:
    try:
        obj = cls(*positional, **keywords)
    except TypeError as exc:
        return ("error", str(exc))
    return [(f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj)]


_ANY_VALUE = st.one_of(st.none(), st.integers(), st.text(max_size=5), st.booleans())


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_SLOT_INIT_MODELS),
    st.lists(_ANY_VALUE, max_size=15),
    st.dictionaries(
        st.sampled_from(["title", "text", "source", "value", "kind", "message", "status", "raw", "unknown"]),
        _ANY_VALUE,
        max_size=4,
    ),
)
def test_models_are_made_as_the_dataclass_makes_them(
    cls: type, positional: list[object], keywords: dict[str, object]
) -> None:
    assert _made(cls, positional, keywords) == _made(_reference_of(cls), positional, keywords)


def test_models_defaults_signatures_and_frozenness() -> None:
    for cls in _SLOT_INIT_MODELS:
        reference = _reference_of(cls)
        ours, theirs = inspect.signature(cls), inspect.signature(reference)
        assert [(p.name, p.kind, repr(p.default)) for p in ours.parameters.values()] == [
            (p.name, p.kind, repr(p.default)) for p in theirs.parameters.values()
        ]
    metadata = Metadata(title="Headline", title_candidates=(TitleCandidate("Headline", "h1"),))
    assert metadata == Metadata("Headline", None, (TitleCandidate("Headline", "h1", None),))
    assert metadata.published is None
    assert metadata.opinion is False
    assert pickle.loads(pickle.dumps(metadata)) == metadata
    with pytest.raises(dataclasses.FrozenInstanceError):
        metadata.title = "x"  # type: ignore[misc]
