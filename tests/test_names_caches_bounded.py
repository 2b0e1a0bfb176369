"""Every memo of the judging modules (names, match, soft404) is bounded: a long run must not grow them
without limit (issue 7's memory targets)."""

from __future__ import annotations

from types import ModuleType

import pytest

from linkcheck import match, names, soft404


@pytest.mark.parametrize("module", [names, match, soft404], ids=lambda m: m.__name__)
def test_every_memo_has_a_bound(module: ModuleType) -> None:
    memos = {
        name: value.cache_info().maxsize
        for name, value in vars(module).items()
        if callable(getattr(value, "cache_info", None))
        and getattr(value, "__module__", None) == module.__name__
    }
    assert memos, module.__name__
    unbounded = [name for name, size in memos.items() if size is None]
    assert not unbounded
    assert all(size is not None and size <= 16384 for size in memos.values()), memos
