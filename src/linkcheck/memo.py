"""How many entries a memo (``functools.lru_cache``) keeps whose keys come with one page.

Judging a page asks the same questions of its URL, its titles and the dates it prints several times over (the
extractor, the soft-404 signals and the matcher each read them), so those answers are remembered; but once the
page is judged its keys hardly ever come again. A memo of such keys needs room for the pages a process is
judging at once (a handful: judging one holds the interpreter ~1 ms) and no more. Memos of 4,096 and 8,192
entries filled up with a run's titles and URLs and kept them to its end: ~12 MB of a process's memory at
5,000 links, and the reason a 10,000-link run took 122 MB instead of 104 MB (docs/benchmarks.md).

Memos whose keys recur from page to page (hosts, site and outlet names, words) keep their own, larger sizes.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TypeVar

__all__ = ["PAGE_KEYS", "once"]

T = TypeVar("T")

#: Entries of a memo keyed by one page's URL, titles, title parts or date strings.
PAGE_KEYS = 256


def once(build: Callable[[], T]) -> functools._lru_cache_wrapper[T]:
    """``build``, called once however many threads ask for its result at once (race1): once a process for a
    module's function, once an object for a bound method.

    A table or pattern built when first wanted (to keep it off the import) is first wanted by a run's worker
    threads together: they read their first pages at the same moment. ``functools.lru_cache`` holds no lock
    around the call, so each thread that misses while the first is still building builds it too (cost24
    found ``names.WordSearch`` doing so 28-46 times a run). Here a miss takes a lock and builds only if no
    thread has built before it (the result is kept under the lock, before the ``lru_cache`` stores it): the
    threads that came meanwhile wait and are given the first one's result. Once built, a call is the
    ``lru_cache(maxsize=1)``'s lookup in C, as before, no lock taken. ``cache_clear()`` forgets the result:
    the next call builds it again, as an ``lru_cache`` does.

    A part an object builds when first wanted takes the same form, one ``once`` an object: made in its
    ``__init__`` around a bound method (``self.pattern = once(self._make_pattern)``, as
    :class:`~linkcheck.names.WordSearch` does since tidy5), it is built once an object, each object's under
    its own lock, and the object's ``clear`` calls its ``cache_clear()``. One way of building once, for
    both (``functools.cached_property`` holds no lock since Python 3.12)."""
    lock = threading.Lock()
    made: list[T] = []

    @functools.wraps(build)
    def locked() -> T:
        with lock:
            if not made:
                made.append(build())
            return made[0]

    cached = functools.lru_cache(maxsize=1)(locked)  # one key: bounded, as every memo here
    forget = cached.cache_clear

    def cache_clear() -> None:
        with lock:
            made.clear()
            forget()

    vars(cached)["cache_clear"] = cache_clear
    return cached
