"""Shortcuts in ``linkcheck.soft404`` (one alternation for the error patterns, the page's titles gathered in
one pass, names and hosts read only once a title has an error piece) give what the plain version gives."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import soft404
from linkcheck.models import Metadata, TitleCandidate
from linkcheck.soft404 import ERROR_PATTERNS, is_error_title, soft_404_reason

PATTERNS = [re.compile(p) for p in ERROR_PATTERNS]

WORDS = st.sampled_from(
    ["the", "this", "page", "article", "you", "were", "looking", "for", "could", "not", "be", "found", "was",
     "is", "no", "longer", "available", "exists", "exist", "we", "couldnt", "cant", "find", "that", "error",
     "http", "404", "410", "has", "been", "removed", "does", "doesnt", "anymore", "story", "link",
     "requested", "file", "url", "iraq", "talks", "page not found"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=10).map(" ".join))
def test_one_alternation_matches_a_piece_when_one_pattern_does(text: str) -> None:
    assert bool(soft404._error_pattern().fullmatch(text)) is any(p.fullmatch(text) for p in PATTERNS)


def test_the_alternation_matches_each_pattern_s_examples() -> None:
    examples = [
        "the page you were looking for could not be found",
        "we cant find that page",
        "this article no longer exists",
        "the story has been removed",
        "error 404 page not found",
    ]
    for text in examples:
        assert soft404._error_pattern().fullmatch(text), text
    assert not soft404._error_pattern().fullmatch("how to fix 404 errors")


TITLES = st.one_of(
    st.none(),
    st.sampled_from(["", "  ", "Page not found", " Page not found ", "Iraq talks", "Iraq talks | Site"]),
)


@st.composite
def metadata(draw: st.DrawFn) -> Metadata:
    cands = draw(st.lists(st.tuples(TITLES, TITLES), max_size=4))
    return Metadata(
        title=draw(TITLES),
        title_candidates=tuple(TitleCandidate(text=t or "", source="h1", raw=r) for t, r in cands),
        site_name=draw(st.sampled_from([None, "Site", "The Harbor Gazette"])),
    )


def reference_titles(meta: Metadata) -> list[str]:
    titles = [meta.title] if meta.title else []
    titles += [cand.text for cand in meta.title_candidates if cand.text]
    titles += [cand.raw for cand in meta.title_candidates if cand.raw]
    return list(dict.fromkeys(t.strip() for t in titles if t.strip()))


def reference_error_signal(meta: Metadata, url: str) -> str | None:
    """The error-title signal as first written: every title judged with the site's names and hosts."""
    names = [n for n in (meta.site_name, meta.publisher) if n]
    hosts = [h for h in ("www.site.example",) if url]
    titles = reference_titles(meta)
    errors = [t for t in titles if is_error_title(t, names, hosts)]
    if not errors:
        return None
    headline_is_error = meta.title is not None and meta.title.strip() in errors
    others = [t for t in titles if t not in errors and not soft404.is_site_segment(t, names, hosts)]
    if headline_is_error or not others:
        return f"the page's title says it is an error page: {errors[0]!r}"
    return None


@settings(max_examples=400, deadline=None)
@given(metadata())
def test_error_title_signal_is_as_before(meta: Metadata) -> None:
    url = "https://www.site.example/news/2020/01/09/some-story-12345"
    assert soft_404_reason(url, url, meta, 0) == reference_error_signal(meta, url)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab=&;%1/:?", max_size=16))
def test_query_pairs_are_parse_qsl(query: str) -> None:
    assert soft404._query_pairs(query) == parse_qsl(query)
