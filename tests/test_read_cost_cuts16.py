"""cost17's exact cuts in reading and judging a page (issue 7), each held to the form it replaced.

- ``extract.titles._is_site_part``: a part's bare key (:func:`~linkcheck.extract.titles._bare_key`, every
  word squashed) is made only when it can be one of the host's labels (``_may_be_bare_host``): an ASCII
  part's bare key is at least its squash less an article's letters a word, and a headline's is longer than
  any host label.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.extract import titles

# --- extract.titles._is_site_part: the bare key only when it may be a host label ------------------------


def _is_site_part_before(part: str, site_keys: tuple[str, ...], hosts: tuple[str, ...]) -> bool:
    """``_is_site_part`` as base49 wrote it (its bare key made for every part that reached it)."""
    dates = list(titles.find_text_dates(part)) if titles._DIGIT.search(part) else []
    if dates:
        part = part[: dates[0][1]]
    key = titles.squash(part)
    if not key or len(part.split()) > 6:
        return False
    if titles.is_host_name(part):
        return True
    bare = titles._bare_key(part)
    if bare and bare in hosts:
        return True
    for site in site_keys:
        if not site:
            continue
        if key == site:
            return True
        shorter, longer = sorted((key, site), key=len)
        if len(shorter) >= 3 and longer.startswith(("the", "la", "le", "el", "il", "die", "der", "das")):
            longer_core = titles._LEADING_ARTICLE.sub("", longer)
            if longer_core == shorter:
                return True
        if len(shorter) >= 4 and shorter in longer and len(longer) <= 2 * len(shorter) + 4:
            return True
    initials = None
    for position, host in enumerate(hosts):
        if len(host) < 3:
            continue
        if len(host) <= 6 and part.count(" ") >= 2:
            initials = titles._initials(part) if initials is None else initials
            if initials == host:
                return True
        if position > 0:
            if key == host:
                return True
            continue
        if key == host or (host in key and len(key) <= 2 * len(host) + 6):
            return True
        if key in host and len(key) >= 4 and len(host) <= 2 * len(key) + 4:
            return True
        if len(host) >= 6 and titles._common_prefix(key, host) >= max(6, int(0.8 * len(host))):
            return True
    return False


#: Words of title parts: articles of several languages among them (what the bare key drops), a letter
#: alone, digits, apostrophes, hyphens and dots inside words, a non-ASCII word now and then.
_WORDS = st.sampled_from(
    ["the", "The", "La", "l", "d", "a", "of", "der", "und", "y", "THE", "Les", "Ria", "news", "Novosti",
     "Morning", "Datagram", "BBC", "24", "2019", "co", "Times", "Gazette", "Est", "l'Est", "d'Italia",
     "U.S.", "pro-am", "x", "Die", "Welt", "Straße", "Новости", "ḍ", "ＡＢ", "ſun", "ǅemal"]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", " ", " ", "-", "'", ".", " - ", "’", "  ", " ' "])
_PARTS = st.builds(
    lambda first, rest: first + "".join(sep + word for sep, word in rest),
    _WORDS,
    st.lists(st.tuples(_SEPARATORS, _WORDS), max_size=7),
)
_HOSTS = st.lists(
    st.sampled_from(["127", "bbc", "ria", "ma", "gazetteest", "est", "morningdatagram", "datagram", "nytimes",
                     "rianovosti", "welt", "dieweit", "pib", "usnews", "theguardian", "proam", "sun"]),
    max_size=3,
).map(tuple)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_PARTS, _HOSTS)
def test_the_bare_key_is_skipped_only_when_it_is_no_host(part: str, hosts: tuple[str, ...]) -> None:
    key = titles.squash(part)
    if hosts and not titles._may_be_bare_host(part, key, hosts):
        assert titles._bare_key(part) not in hosts
        assert len(titles._bare_key(part)) > max(map(len, hosts))


_SITES = st.lists(st.sampled_from(["morningdatagram", "bbc", "", "gazetteest", "welt"]), max_size=2)


@settings(max_examples=600, deadline=None)
@given(_PARTS, _SITES, _HOSTS)
def test_is_site_part_is_the_replaced_form(part: str, sites: list[str], hosts: tuple[str, ...]) -> None:
    site_keys = tuple(sites)
    now = titles._is_site_part.__wrapped__(part, site_keys, hosts)
    assert now is _is_site_part_before(part, site_keys, hosts)


@pytest.mark.parametrize(
    ("part", "hosts", "named"),
    [
        ("La Gazette de l'Est", ("gazetteest",), True),  # the bare key is the host's label
        ("The Daily Star", ("dailystar",), True),
        ("Die Welt", ("welt",), True),
        ("Harbour board approves night ferries", ("courier",), False),
        ("Les d'l", ("",), False),
    ],
)
def test_a_bare_key_still_names_the_site(part: str, hosts: tuple[str, ...], named: bool) -> None:
    assert titles._is_site_part.__wrapped__(part, (), hosts) is named


def test_a_headline_makes_no_bare_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """A headline of six words at a short host: no word of it squashed for the host's test."""
    asked: list[str] = []
    real = titles._bare_key

    def spy(part: str) -> str:
        asked.append(part)
        return real(part)

    monkeypatch.setattr(titles, "_bare_key", spy)
    headline = "Harbour board approves night ferries today"
    assert not titles._is_site_part.__wrapped__(headline, (), ("courier",))
    assert asked == []
    assert titles._is_site_part.__wrapped__("La Gazette de l'Est", (), ("gazetteest",))
    assert asked == ["La Gazette de l'Est"]
