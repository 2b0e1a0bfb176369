"""Judging many pages keeps few answers: what is remembered of one page (its URL, titles, dates) makes room
for the next pages' (issue 7: a 10,000-link run took 122 MB of memory, not 104 MB, while the memos kept every
title and URL of its first thousands of pages)."""

from __future__ import annotations

import sys

from linkcheck import Citation, Config, PartialDate
from linkcheck.extract import extract_metadata
from linkcheck.match import match_citation
from linkcheck.memo import PAGE_KEYS

WORDS = [
    "harbour",
    "council",
    "budget",
    "river",
    "station",
    "museum",
    "minister",
    "farmers",
    "bridge",
    "school",
    "storm",
    "vote",
]


def _page(i: int) -> tuple[str, str, Citation]:
    """The ``i``-th of many distinct article pages of four sites, and a citation of it."""
    words = [WORDS[(i * 7 + k) % len(WORDS)] for k in range(5)]
    title = f"{' '.join(words).capitalize()} report {i}"
    day = PartialDate(2020 + i % 5, 1 + i % 12, 1 + i % 28)
    site = f"Daily Example {i % 4}"
    url = f"https://news{i % 4}.example.org/{day.year}/{day.month:02d}/story-{'-'.join(words)}-{i}"
    html = f"""<!doctype html><html><head><title>{title} | {site}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{day.year}-{day.month:02d}-{day.day:02d}T08:{i % 60:02d}">
</head><body><h1>{title}</h1><p>By A. Writer, {day.day} March {day.year}</p><p>{" ".join(words * 20)}</p>
</body></html>"""
    return url, html, Citation(url=url, title=title, date=day, outlet=site)


def _memo_entries() -> dict[str, int]:
    entries = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("linkcheck"):
            continue
        for attr, value in list(vars(module).items()):
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "__module__", None) == name:
                entries[f"{name}.{attr}"] = info().currsize
    return entries


def _judge(pages: range, config: Config) -> None:
    for i in pages:
        url, html, citation = _page(i)
        metadata = extract_metadata(html, url)
        assert metadata.title == citation.title  # each page is read and judged for real
        assert not match_citation(citation, metadata, final_url=url, config=config)


def test_judging_thousands_of_pages_keeps_a_bounded_number_of_answers() -> None:
    config = Config()
    _judge(range(1000), config)
    before = _memo_entries()
    _judge(range(1000, 3000), config)
    after = _memo_entries()
    grown = {name: n - before.get(name, 0) for name, n in after.items() if n > before.get(name, 0)}
    # Past its first pages a run's memos are full: each one keyed by a page's strings keeps PAGE_KEYS of
    # them. With memos sized for a run's pages (4,096 and 8,192 entries) these 2,000 pages added 20,000.
    assert sum(grown.values()) < PAGE_KEYS, grown
