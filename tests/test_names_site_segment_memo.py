"""``names.is_site_segment`` is memoised for names and hosts given as lists or tuples: the answer is the
one the plain function gives, in any order of calls, and other iterables are still read as they come."""

from __future__ import annotations

import itertools

from linkcheck import names
from linkcheck.names import is_site_segment

SEGMENTS = ["The Moscow Times", "MT", "themoscowtimes.com", "RIA Novosti", "РИА Новости", "ria.ru", "Home",
            "Iraq resumes talks with Russia", "BBC News", "News", "", "  ", "The Times"]  # fmt: skip
NAMES = [(), ("The Moscow Times",), ("RIA Novosti", "РИА Новости"), ("BBC",)]
HOSTS = [(), ("www.themoscowtimes.com",), ("ria.ru",), ("www.bbc.co.uk", "ria.ru")]


def test_memoised_answers_are_the_plain_ones_in_either_order() -> None:
    cases = list(itertools.product(SEGMENTS, NAMES, HOSTS))
    plain = {c: names._is_site_segment(*c) for c in cases}
    assert any(plain.values())
    assert not all(plain.values())
    for order in (cases, cases[::-1]):
        names._cached_site_segment.cache_clear()
        for seg, n, h in order:
            assert is_site_segment(seg, list(n), list(h)) is plain[seg, n, h]
            assert is_site_segment(seg, n, h) is plain[seg, n, h]


def test_other_iterables_are_read_as_given() -> None:
    for seg, n, h in itertools.product(SEGMENTS, NAMES, HOSTS):
        assert is_site_segment(seg, iter(n), (x for x in h)) is names._is_site_segment(seg, n, h)


def test_the_memo_is_bounded() -> None:
    assert names._cached_site_segment.cache_info().maxsize is not None
