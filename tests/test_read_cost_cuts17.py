"""cost19's exact cuts in reading and judging a page (issue 7), each held to the form it replaced.

- ``extract.core._choose_title``: a text's comparison key, its site test and its quotation-mark test are read
  once for each run of candidates of that text (most pages: five candidates of one headline), and one key wins
  with no call of the ranking.
- ``extract.titles.wanted_titles``: a loop, a text repeated next to itself read once;
  ``_strip_by_repetition``: no others, nothing to test; one other, no sort.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.extract import core, titles
from linkcheck.models import TitleCandidate

# --- extract.core._choose_title: a text's readings once for each run of it ----------------------------------


def _choose_title_before(
    candidates: list[TitleCandidate], site_name: str | None, url: str = "", canonical: str | None = None
) -> tuple[str | None, str | None]:
    """``_choose_title`` as base50 wrote it (each candidate's key and site test read anew)."""
    if not candidates:
        return None, None
    scores: dict[str, float] = {}
    first: dict[str, TitleCandidate] = {}
    site_key = core.squash(site_name) if site_name else None
    h1_seen = False
    h1_keys = [core.normalize_title(c.text) for c in candidates if c.source == "h1"]
    for cand in candidates:
        key = core.normalize_title(cand.text)
        labelled = False
        if h1_keys and cand.source != "h1":
            # "OPINION | Headline" beside an h1 "Headline": the rubric's label is not the headline's; the
            # vote goes to the h1, which stays the text returned. A key that is the one h1's (the usual
            # page: og:title, JSON-LD and the <title> state the h1) is no longer than it: no call (cost12).
            unlabelled = key if len(h1_keys) == 1 and h1_keys[0] == key else core._unlabelled(key, h1_keys)
            if cand.text.endswith(core._CUT_MARKS):  # a head title cut with an ellipsis (rare)
                unlabelled = core._uncut(unlabelled, cand.text, h1_keys)
            labelled, key = unlabelled != key, unlabelled
        weight = core._TITLE_WEIGHTS.get(cand.source, 1.0)
        if cand.source == "h2" and any(
            c.source == "title-tag" and c.raw is None and c.text == cand.text for c in candidates
        ):
            weight = core._WHOLE_TITLE_H2  # the whole <title>, repeated by a heading: as strong as an h1
        if cand.source == "h1":
            weight = weight if not h1_seen else 1.0
            h1_seen = True
        if site_key and (
            core.squash(cand.text) == site_key
            or (cand.source == "title-tag" and core._labelled_site(cand, site_name, site_key))
        ):
            weight *= 0.3  # a title that is only the site's name is the last resort
        elif "template" in key and cand.source in core._HEAD_TITLE_SOURCES and core._template_name(key):
            weight *= 0.3  # the CMS template's own name, its title never bound to the item's
        elif (
            cand.source in core._HEAD_TITLE_SOURCES
            and h1_keys
            and key[-1:].isdigit()
            and core._register_entry(key)
        ):
            weight *= 0.3  # a register's entry named by its number ("Извещение № ..."), beside an h1
        elif (
            ("«" in cand.text or '"' in cand.text or "“" in cand.text or "„" in cand.text)
            and cand.source in core._HEAD_TITLE_SOURCES
            and h1_keys
            and core._sells_heading(cand.text, candidates)
        ):
            weight *= 0.3  # a head title selling the thing the h1 names ("«Name» — купить билеты")
        elif (
            cand.source in core._HEAD_TITLE_SOURCES
            and h1_keys
            and key.count(" ") < core._GENERIC_WORDS  # most head titles are longer: no call
            and core._generic_of_heading(key, h1_keys)
        ):
            weight *= 0.3  # the page's kind ("Программа конференции") beside an h1 naming which one
        elif cand.source == "h1" and " " not in cand.text and core._is_own_host(cand.text, url):
            weight *= 0.3  # the page's own host as its heading (an interstitial's, a parked domain's)
        scores[key] = scores.get(key, 0.0) + weight
        if labelled:
            continue
        best = first.get(key)
        if best is None or core._TITLE_RANK[cand.source] < core._TITLE_RANK[best.source]:
            first[key] = cand
    if len(scores) > 1 and url:  # they disagree (rare): does the address say which is the headline?
        slug_weight = 0.0
        for key, cand in first.items():
            if core._names_slug(cand.text, url):
                if not slug_weight:
                    slug_weight = core._SLUG_WEIGHT * (2.0 if core._home_head(canonical, url) else 1.0)
                scores[key] += slug_weight
    winner = max(scores, key=lambda k: (scores[k], -core._TITLE_RANK[first[k].source]))
    chosen = first[winner]
    return chosen.text, chosen.source


_SOURCES = st.sampled_from(["opengraph", "twitter", "json-ld", "h1", "h2", "title-tag", "meta", "headline"])
_TEXTS = st.sampled_from(
    [
        "Council delays the bridge vote",
        "OPINION | Council delays the bridge vote",
        "Morning Datagram",
        "News | Morning Datagram",
        "«Вишнёвый сад» — купить билеты",
        "Вишнёвый сад",
        "Программа конференции",
        "Программа XII научной конференции «Геология» в Томске и других городах",
        "Извещение № 12345",
        "www.example.com",
        "Council delays the bridge…",
        "Page template",
        'The "bridge" vote',
        "Council delays the bridge vote - Morning Datagram",
    ]
)
_CANDIDATES = st.lists(
    st.builds(TitleCandidate, _TEXTS, _SOURCES, st.one_of(st.none(), _TEXTS)), min_size=0, max_size=6
)
_URLS = st.sampled_from(
    [
        "",
        "https://www.example.com/2024/05/01/council-delays-the-bridge-vote",
        "https://www.example.com/",
        "https://datagram.example/news/vishnevyi-sad",
    ]
)


@settings(max_examples=600, deadline=None)
@given(
    _CANDIDATES,
    st.sampled_from([None, "", "Morning Datagram", "Example", "!!"]),
    _URLS,
    st.one_of(st.none(), _URLS),
)
def test_choose_title_is_the_replaced_form(
    candidates: list[TitleCandidate], site_name: str | None, url: str, canonical: str | None
) -> None:
    assert core._choose_title(candidates, site_name, url, canonical) == _choose_title_before(
        candidates, site_name, url, canonical
    )


@pytest.mark.parametrize("dupes", [1, 5])
def test_choose_title_reads_a_repeated_text_once(monkeypatch: pytest.MonkeyPatch, dupes: int) -> None:
    text = "Council delays the bridge vote"
    sources = ["opengraph", "twitter", "json-ld", "h1", "title-tag"][:dupes]
    candidates = [TitleCandidate(text, source) for source in sources]
    asked: list[str] = []
    normalize, squash = core.normalize_title, core.squash

    def counted_normalize(value: str) -> str:
        asked.append(value)
        return normalize(value)

    def counted_squash(value: str) -> str:
        asked.append(value)
        return squash(value)

    expected = _choose_title_before(candidates, "Morning Datagram")
    monkeypatch.setattr(core, "normalize_title", counted_normalize)
    monkeypatch.setattr(core, "squash", counted_squash)
    assert core._choose_title(candidates, "Morning Datagram") == expected
    # the site's name squashed once, the h1's key once, and the text's key and squash once
    assert len(asked) == 1 + (dupes > 3) + 2


def test_one_key_wins_without_the_ranking(monkeypatch: pytest.MonkeyPatch) -> None:
    """``max`` calls its key function for a single key too; one key is the winner as it stands."""
    candidates = [TitleCandidate("Council delays the bridge vote", s) for s in ("opengraph", "title-tag")]
    ranked: list[str] = []

    class Rank(dict[str, int]):
        def __getitem__(self, key: str) -> int:
            ranked.append(key)
            return super().__getitem__(key)

    monkeypatch.setattr(core, "_TITLE_RANK", Rank(core._TITLE_RANK))
    assert core._choose_title(candidates, None) == ("Council delays the bridge vote", "opengraph")
    # the first-candidate test ranks the second candidate's source against the first's: two reads, no more
    assert ranked == ["title-tag", "opengraph"]


# --- extract.titles: the others' keys, and the repetition rule with none or one ----------------------------


def _wanted_titles_before(others: list[str]) -> set[str]:
    """``wanted_titles`` as base50 wrote it."""
    wanted = {titles.normalize_title(o) for o in others if o}
    wanted.discard("")
    return wanted


def _strip_by_repetition_before(
    title: str, norm: str, wanted: set[str], site_keys: tuple[str, ...], hosts: tuple[str, ...]
) -> tuple[str, list[str], bool]:
    """``_strip_by_repetition`` as base50 wrote it (a sort of every set of others)."""
    for other in sorted(wanted, key=lambda o: (-len(o), o)):
        if len(other) < 4 or len(other) >= len(norm) or titles._is_site_part(other, site_keys, hosts):
            continue
        if norm.endswith(other) and titles._AFFIX_END.search(norm[: -len(other)]):
            if len(title) != len(norm):
                return other, [norm[: -len(other)].rstrip(titles._AFFIX_PUNCT)], False
            cut = len(title) - len(other)
            return title[cut:].strip(), [title[:cut].rstrip(titles._AFFIX_PUNCT)], False
        if norm.startswith(other) and titles._AFFIX_START.search(norm[len(other) :]):
            if len(title) != len(norm):
                return other, [titles._unbracket(norm[len(other) :]).strip(titles._AFFIX_PUNCT)], False
            rest = titles._unbracket(title[len(other) :]).strip(titles._AFFIX_PUNCT)
            return title[: len(other)].strip(), [rest], False
    return title, [], False


_OTHERS = st.lists(
    st.sampled_from(["", " ", "Headline", "HEADLINE", "Headline | Site", "Site", "Kicker: Headline", "Ёлка"]),
    max_size=6,
)


@settings(max_examples=400, deadline=None)
@given(_OTHERS)
def test_wanted_titles_is_the_replaced_form(others: list[str]) -> None:
    assert titles.wanted_titles(others) == _wanted_titles_before(others)
    assert titles.wanted_titles(iter(others)) == _wanted_titles_before(others)


def test_wanted_titles_reads_a_repeated_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    normalize = titles.normalize_title

    def counted(value: str) -> str:
        asked.append(value)
        return normalize(value)

    monkeypatch.setattr(titles, "normalize_title", counted)
    assert titles.wanted_titles(["Headline", "Headline", "Headline", "Site", "Headline"]) == {
        "headline",
        "site",
    }
    assert asked == ["Headline", "Site", "Headline"]


_TITLES = st.sampled_from(
    [
        "Site: Headline here",
        "Headline here (Site)",
        "Headline here | Site",
        "Headline here",
        "Blog » Post title",
    ]
)
_WANTED = st.sets(
    st.sampled_from(["headline here", "site", "post title", "blog", "headline", "site: headline here"]),
    max_size=3,
)


@settings(max_examples=400, deadline=None)
@given(_TITLES, _WANTED, st.sampled_from([(), ("site",), ("blog", "site")]))
def test_strip_by_repetition_is_the_replaced_form(
    title: str, wanted: set[str], keys: tuple[str, ...]
) -> None:
    norm = titles.normalize_title(title)
    hosts = ("example",)
    assert titles._strip_by_repetition(title, norm, wanted, keys, hosts) == _strip_by_repetition_before(
        title, norm, wanted, keys, hosts
    )


@pytest.mark.parametrize("wanted", [set(), {"headline here"}])
def test_strip_by_repetition_sorts_no_set_of_one(monkeypatch: pytest.MonkeyPatch, wanted: set[str]) -> None:
    sorts: list[object] = []

    def counted(*args: object, **kwargs: object) -> object:
        sorts.append(args)
        return sorted(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(titles, "sorted", counted, raising=False)
    title = "Site: Headline here"
    norm = titles.normalize_title(title)
    assert titles._strip_by_repetition(title, norm, wanted, (), ()) == _strip_by_repetition_before(
        title, norm, wanted, (), ()
    )
    assert sorts == []
