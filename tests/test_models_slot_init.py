""":class:`linkcheck.models.FetchResult`'s ``__init__`` (:func:`linkcheck.models._set_by_slots`) against the
one ``dataclasses`` writes for the same class: every fetch makes a result, so it sets the slots through their
descriptors; what a caller gets, and the errors of a wrong call, must be the same."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.models import Cause, FetchResult, Redirect, _set_by_slots


@dataclasses.dataclass(frozen=True, slots=True)
class _Reference:
    """FetchResult's fields, with the ``__init__`` dataclasses writes."""

    url: str
    final_url: str
    status_code: int | None = None
    redirects: tuple[Redirect, ...] = ()
    headers: Any = dataclasses.field(default_factory=dict)
    body: bytes = b""
    truncated: bool = False
    cause: Cause | None = None
    error: str | None = None
    attempts: int = 1
    elapsed: float = 0.0
    connect_timed_out: bool = False
    answer_timed_out: bool = False


def _state(obj: Any) -> list[tuple[str, Any]]:
    return [(f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj)]


def test_the_reference_has_fetch_results_fields() -> None:
    def shape(cls: Any) -> list[Any]:
        return [(f.name, f.default, f.default_factory, f.init) for f in dataclasses.fields(cls)]

    assert shape(_Reference) == shape(FetchResult)


_VALUES = st.one_of(st.none(), st.integers(), st.text(max_size=5), st.binary(max_size=5), st.booleans())
_NAMES = [f.name for f in dataclasses.fields(FetchResult)]


@settings(max_examples=400, deadline=None)
@given(
    positional=st.lists(_VALUES, max_size=len(_NAMES) + 1),
    keywords=st.dictionaries(st.sampled_from([*_NAMES, "unknown"]), _VALUES, max_size=5),
)
def test_a_result_is_made_as_the_dataclass_makes_it(positional: list[Any], keywords: dict[str, Any]) -> None:
    def made(cls: Any) -> Any:
        try:
            return _state(cls(*positional, **keywords))
        except TypeError as exc:
            return str(exc).replace("_Reference", "FetchResult")

    assert made(FetchResult) == made(_Reference)


def test_defaults_are_the_same_objects_and_each_result_gets_its_own_headers() -> None:
    one, two = FetchResult("u", "f"), FetchResult("u", "f")
    assert one.headers == {}
    assert one.headers is not two.headers
    assert one.redirects is _Reference("u", "f").redirects
    assert _state(one) == _state(_Reference("u", "f"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.url = "x"  # type: ignore[misc]


def test_the_signature_is_the_dataclass_ones() -> None:
    """The same parameters, kinds and defaults as the reference's, annotated with FetchResult's own types."""
    import inspect

    ours, theirs = inspect.signature(FetchResult), inspect.signature(_Reference)
    assert [(p.name, p.kind, repr(p.default)) for p in ours.parameters.values()] == [
        (p.name, p.kind, repr(p.default)) for p in theirs.parameters.values()
    ]
    assert {p.name: p.annotation for p in ours.parameters.values()} == {
        f.name: f.type for f in dataclasses.fields(FetchResult)
    }


def test_a_class_with_post_init_gets_it_called_last_and_one_with_an_initvar_is_refused() -> None:
    """As the ``__init__`` dataclasses writes: ``__post_init__`` after every field is set (cost10)."""
    seen: list[int] = []

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            seen.append(self.a)

    _set_by_slots(Checked)
    assert Checked(3).a == 3
    assert seen == [3]

    @dataclasses.dataclass(frozen=True)
    class WithInitVar:
        a: int
        b: dataclasses.InitVar[int]

        def __post_init__(self, b: int) -> None:
            pass

    with pytest.raises(TypeError, match="InitVar"):
        _set_by_slots(WithInitVar)
