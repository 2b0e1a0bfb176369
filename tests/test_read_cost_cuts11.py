"""The forty-sixth session's cuts of a page's reading cost in the extractor (cost9, issue 7), each held to the
form it replaced.

- ``extract.jsonld.iter_nodes``: a page's one JSON-LD object with nothing to enter (no ``@graph`` or
  ``mainEntity`` holding an object or a list) is given alone, without the walk's generator; every other
  value list is walked as before (``_walk_nodes``, the walk unchanged).
- ``extract.core._title_candidates``: a removed ``<title>`` affix is asked whether it names the site with the
  host labels the function read already (``_is_site_part(part, (), hosts)``), not through
  ``names_site(part, (), page.url)``, which reads the page's address again.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.extract import core, jsonld, titles


def _walked(values: list[Any]) -> list[int]:
    """The ids of the nodes the walk (``_walk_nodes``) yields, in order."""
    return [id(node) for node in jsonld._walk_nodes(values)]


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(["", "x", "NewsArticle"]))
_KEYS = st.sampled_from(["@graph", "mainEntity", "@type", "headline", "url", "itemListElement"])
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(_KEYS, inner, max_size=4),
    ),
    max_leaves=12,
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_JSON, max_size=3))
def test_iter_nodes_yields_what_the_walk_yields(values: list[Any]) -> None:
    assert [id(node) for node in jsonld.iter_nodes(values)] == _walked(values)


@pytest.mark.parametrize(
    "node",
    [
        {"@type": "NewsArticle", "headline": "H", "datePublished": "2024-05-01"},
        {"@type": "NewsArticle", "@graph": "not a container", "mainEntity": 3},
        {},
    ],
)
def test_a_lone_object_is_given_without_the_walk(
    node: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    def walk(values: list[Any]) -> Any:
        raise AssertionError("walked")

    monkeypatch.setattr(jsonld, "_walk_nodes", walk)
    assert list(jsonld.iter_nodes([node])) == [node]


@pytest.mark.parametrize(
    "values",
    [
        [{"@graph": [{"@type": "NewsArticle"}, {"@type": "WebPage"}]}],
        [{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"}}],
        [{"@type": "WebPage", "mainEntity": []}],
        [{"@type": "NewsArticle"}, {"@type": "Organization"}],
        [[{"@type": "NewsArticle"}]],
        ["text"],
        [],
    ],
)
def test_anything_else_is_walked(values: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Left alone: a graph, a main entity to enter (even an empty one), two blocks, a list, a scalar, none."""
    calls: list[list[Any]] = []
    walk = jsonld._walk_nodes

    def counted(given_values: list[Any]) -> Any:
        calls.append(given_values)
        return walk(given_values)

    monkeypatch.setattr(jsonld, "_walk_nodes", counted)
    nodes = [id(node) for node in jsonld.iter_nodes(values)]
    assert calls == [values]
    assert nodes == _walked(values)


_PARTS = st.sampled_from(
    ["Xinhua", "English.news.cn", "news.cn", "The Kernel Tribune", "kerneltribune", "РИА Новости, 09.01.2020",
     "Headline of the day", "BBC News", "bbc.co.uk", "", "World"]
)  # fmt: skip
_URLS = st.sampled_from(
    ["", "https://english.news.cn/20240501/abc/c.html", "https://www.kerneltribune.example/a",
     "http://127.0.0.8:45695/sport/2022/12/09/a63.html", "https://news.bbc.co.uk/1/hi/world/1.stm",
     "not a url", "https://[::1]:8080/x"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_PARTS, _URLS)
def test_the_site_part_asked_with_the_hosts_read_is_names_site(part: str, url: str) -> None:
    hosts = titles.host_labels(url) if url else ()
    assert core._is_site_part(part, (), hosts) == titles.names_site(part, (), url)


def _title_page(title: str, url: str) -> core._Page:
    page = core._Page(url=url)
    page.title_tag = title
    page.h1s.append((0, "Police open the new bridge", False, None))
    return page


def test_a_removed_affix_is_asked_with_the_hosts_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Headline - Xinhua | English.news.cn" beside a declared site name: the address removed from the
    ``<title>`` names the site, found without asking ``names_site`` (which would read the page's address a
    second time)."""
    url = "https://english.news.cn/20240501/abc/c.html"
    title = "Police open the new bridge - Xinhua | English.news.cn"
    expected = core._title_candidates(_title_page(title, url), "English.news.cn")

    def names_site(*args: Any) -> bool:
        raise AssertionError("names_site asked")

    monkeypatch.setattr(core, "names_site", names_site)
    got = core._title_candidates(_title_page(title, url), "English.news.cn")
    assert got == expected
    assert got[1] == "English.news.cn"


def test_an_affix_that_names_no_site_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    """Left alone: a removed part that is neither the host nor a name of it gives no site."""
    url = "https://www.kerneltribune.example/2024/05/01/bridge"
    page = _title_page("Police open the new bridge | World", url)
    candidates, removed_site, _suffix = core._title_candidates(page, None)
    assert removed_site is None
    assert [c.text for c in candidates if c.source == "h1"] == ["Police open the new bridge"]


def _types_by_the_loop(node: dict[str, Any]) -> set[str]:
    """``node_types`` as it was written before the one-type step (the loop over a list of the values)."""
    raw = node.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    result: set[str] = set()
    for item in items:
        if isinstance(item, str):
            result.add(item.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip().lower())
    return result


_TYPE_TEXT = st.text(alphabet="Ab:/ .xé\u00a0\t", max_size=12) | st.sampled_from(
    ["NewsArticle", "https://schema.org/NewsArticle", "schema:WebPage", " LiveBlogPosting ", "", "/", ":"]
)


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(
        _TYPE_TEXT,
        st.lists(st.one_of(_TYPE_TEXT, st.none(), st.integers()), max_size=3),
        st.none(),
        st.integers(),
    )
)
def test_node_types_of_one_type_is_the_loops(raw: Any) -> None:
    node = {"@type": raw, "headline": "H"}
    assert jsonld.node_types(node) == _types_by_the_loop(node)
    assert jsonld.node_types({"headline": "H"}) == set()
