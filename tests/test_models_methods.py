"""The model classes get ``__eq__``, ``__hash__``, ``__repr__`` (and ``PartialDate`` its ordering) from
``models._compared_by_fields`` / ``_ordered_by_fields``, not from ``dataclass`` (which compiles them at
import): each must behave as the methods ``dataclass(frozen=True, slots=True)`` writes, held here against a
twin class that ``dataclass`` makes from the same fields."""

from __future__ import annotations

import dataclasses
import math
import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import models
from linkcheck.models import FetchResult, PartialDate

CLASSES = [
    models.PartialDate,
    models.Article,
    models.Citation,
    models.Redirect,
    models.FetchResult,
    models.ExtractedDate,
    models.TitleCandidate,
    models.Metadata,
    models.Finding,
    models.Result,
    models.RunHistory,
    models.Report,
]
NAN = math.nan


def twin(cls: type) -> type:
    """What ``dataclass`` makes of ``cls``'s fields (frozen, slotted; ordered like ``PartialDate``)."""
    specs = []
    for f in dataclasses.fields(cls):
        spec: Any = dataclasses.field()
        if f.default is not dataclasses.MISSING:
            spec = dataclasses.field(default=f.default)
        elif f.default_factory is not dataclasses.MISSING:
            spec = dataclasses.field(default_factory=f.default_factory)
        specs.append((f.name, f.type, spec))
    made: type = dataclasses.make_dataclass(
        cls.__name__, specs, frozen=True, slots=True, order=cls is PartialDate
    )
    made.__qualname__ = cls.__qualname__
    return made


TWINS = {cls: twin(cls) for cls in CLASSES}

#: Field values: equal but distinct, unequal, unhashable, NaN (the same object and another), nested models.
VALUES = st.one_of(
    st.none(),
    st.integers(-2, 2),
    st.sampled_from(["", "a", "é", "'\"", "a\nb"]),
    st.sampled_from([0.0, -0.0, 1.5, NAN, float("nan"), math.inf]),
    st.just(()),
    st.tuples(st.integers(0, 1)),
    st.just([1]),
    st.just({"k": "v"}),
    st.sampled_from([PartialDate(2020), PartialDate(2020, 1, 9), models.Redirect(301, "u")]),
)


def dates() -> st.SearchStrategy[tuple[int, int | None, int | None]]:
    return st.tuples(
        st.integers(1, 9999), st.none() | st.integers(1, 12), st.none() | st.integers(1, 28)
    ).map(lambda t: (t[0], t[1], t[2] if t[1] is not None else None))


@st.composite
def pairs(draw: st.DrawFn, cls: type) -> tuple[tuple[Any, Any], tuple[Any, Any]]:
    """Two objects of ``cls`` and the same two of its twin, from the same field values."""
    count = len(dataclasses.fields(cls))
    if cls is PartialDate:
        a, b = draw(dates()), draw(dates())
    else:
        a = tuple(draw(VALUES) for _ in range(count))
        b = draw(st.just(a) | st.builds(tuple, st.lists(VALUES, min_size=count, max_size=count)))
        if draw(st.booleans()):  # equal values in distinct objects
            b = tuple(pickle.loads(pickle.dumps(v)) for v in a)
    return (cls(*a), cls(*b)), (TWINS[cls](*a), TWINS[cls](*b))


def outcome(call: Any) -> object:
    try:
        return ("value", call())
    except Exception as exc:  # the kind of failure is part of the behaviour
        return ("raises", type(exc))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_methods_behave_as_dataclass_writes_them(cls: type, data: st.DataObject) -> None:
    (a, b), (ta, tb) = data.draw(pairs(cls))
    assert repr(a) == repr(ta)
    assert repr(b) == repr(tb)
    assert outcome(lambda: a == b) == outcome(lambda: ta == tb)
    assert outcome(lambda: a != b) == outcome(lambda: ta != tb)
    assert outcome(lambda: a == a) == outcome(lambda: ta == ta)
    assert outcome(lambda: hash(a)) == outcome(lambda: hash(ta))
    assert a.__eq__(ta) is NotImplemented
    assert a.__eq__(object()) is NotImplemented
    assert ta.__eq__(object()) is NotImplemented
    if cls is PartialDate:
        for op in ("__lt__", "__le__", "__gt__", "__ge__"):
            assert outcome(lambda op=op: getattr(a, op)(b)) == outcome(lambda op=op: getattr(ta, op)(tb))
            assert getattr(a, op)(ta) is NotImplemented
    else:
        assert not hasattr(cls, "__lt__") or cls.__lt__ is object.__lt__


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_class_level_behaviour_is_dataclass_s(cls: type) -> None:
    ref = TWINS[cls]
    assert [f.name for f in dataclasses.fields(cls)] == [f.name for f in dataclasses.fields(ref)]
    assert cls.__match_args__ == ref.__match_args__
    assert cls.__slots__ == ref.__slots__
    assert cls.__dataclass_params__.frozen
    for name in ("__eq__", "__hash__", "__repr__"):
        assert getattr(cls, name).__qualname__ == f"{cls.__qualname__}.{name}"
    obj = cls(*([2020] if cls is PartialDate else [None] * len(dataclasses.fields(cls))))
    twin_obj = ref(*[getattr(obj, f.name) for f in dataclasses.fields(cls)])
    first = dataclasses.fields(cls)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, first, 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(obj, first)
    # Another name fails as in the twin (3.11's slotted frozen dataclasses raise TypeError there).
    assert outcome(lambda: setattr(obj, "x", 1)) == outcome(lambda: setattr(twin_obj, "x", 1))
    assert pickle.loads(pickle.dumps(obj)) == obj

    class Sub(cls):  # type: ignore[misc, valid-type]
        pass

    sub = Sub(*[getattr(obj, f.name) for f in dataclasses.fields(cls)])
    assert sub != obj
    assert obj != sub
    assert repr(sub).startswith(f"{Sub.__qualname__}(")


def test_repr_of_an_object_met_again_shows_dots() -> None:
    headers: dict[str, Any] = {}
    fetch = FetchResult("u", "u", headers=headers)
    twin_headers: dict[str, Any] = {}
    twin_fetch = TWINS[FetchResult]("u", "u", headers=twin_headers)
    headers["self"] = fetch
    twin_headers["self"] = twin_fetch
    assert repr(fetch) == repr(twin_fetch)
    assert "headers={'self': ...}" in repr(fetch)


def test_the_same_nan_is_equal_to_itself_as_in_a_tuple() -> None:
    a, b = models.Finding(models.FindingKind.MOVED, models.Severity.INFO, "m", score=NAN), None
    b = models.Finding(models.FindingKind.MOVED, models.Severity.INFO, "m", score=NAN)
    c = models.Finding(models.FindingKind.MOVED, models.Severity.INFO, "m", score=float("nan"))
    assert a == b
    assert a != c
