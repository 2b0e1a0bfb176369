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

__all__ = ["PAGE_KEYS"]

#: Entries of a memo keyed by one page's URL, titles, title parts or date strings.
PAGE_KEYS = 256
