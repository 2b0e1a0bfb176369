"""The rules added after the sixth site probe (``tests/test_site_probe6.py``), on small strings.

Each positive case fails on the code before them (``base46b``); each rule has a case it must leave alone.
"""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles.plaintext import rst_relative_links
from linkcheck.models import Citation, PartialDate

URL = "https://news.example/2024/05/grid-batteries"
BASE = "https://docs.example/guide/index.html"


def cite(text: str, name: str, base_url: str | None = None) -> list[Citation]:
    return extract_citations(text, format="auto", source=name, base_url=base_url)


# --- a TOML front matter's tables of sources ---------------------------------------------------------------


def test_a_toml_array_of_source_tables_cites_each_with_its_title_outlet_and_date() -> None:
    text = (
        '+++\ntitle = "Storage"\ndate = 2024-03-05\n\n'  # 1-4
        '[[sources]]\ntitle = "Grid Batteries Keep Getting Cheaper"\n'  # 5-6
        f'url = "{URL}"  # the report\npublisher = "Grid Office"\ndate = 2024-02-01\n'  # 7-9
        '\n[[sources]]\nname = "Lakeside Notes"\nurl = "https://lake.example/flow"\n'  # 10-13
        "+++\n\nBody text.\n"
    )
    first, second = cite(text, "post.md")
    assert (first.url, first.line, first.title, first.outlet) == (
        URL,
        7,
        "Grid Batteries Keep Getting Cheaper",
        "Grid Office",
    )
    assert first.date == PartialDate.parse("2024-02-01")
    assert (second.url, second.line, second.outlet) == ("https://lake.example/flow", 13, "Lakeside Notes")
    assert first.article is not None
    assert first.article.date == PartialDate.parse("2024-03-05")


def test_a_toml_source_s_url_is_not_the_page_s_address() -> None:
    """Before the rule, a source table's ``url`` (a key opening its line) was read as the page's own
    address, and relative links resolved against it."""
    text = (
        '+++\ntitle = "Storage"\n\n[[sources]]\ntitle = "Grid Batteries Keep Getting Cheaper"\n'
        f'url = "{URL}"\n+++\n\nSee [the other post](../other/).\n'
    )
    citations = cite(text, "post.md")
    relative = [c for c in citations if c.url != URL]
    assert len(relative) == 1
    assert relative[0].error is not None
    assert "--base-url" in relative[0].error


def test_a_toml_params_table_keeps_its_canonical_address_and_a_menu_table_cites_nothing() -> None:
    text = (
        '+++\ntitle = "Storage"\n\n[params]\ncanonicalURL = "https://blog.example/posts/storage/"\n\n'
        '[[menu.main]]\nname = "Home"\nurl = "https://blog.example/"\n+++\n\n'
        "See [the other post](../other/).\n"
    )
    (c,) = cite(text, "post.md")
    assert (c.url, c.error) == ("https://blog.example/posts/other/", None)


def test_a_yaml_front_matter_with_a_bracketed_line_is_left_to_the_yaml_reader() -> None:
    text = (
        "---\ntitle: Storage\ntags:\n[grid]\nsources:\n  - title: Grid Batteries Keep Getting Cheaper\n"
        f"    url: {URL}\n---\n\nBody.\n"
    )
    (c,) = cite(text, "post.md")
    assert (c.url, c.title, c.line) == (URL, "Grid Batteries Keep Getting Cheaper", 7)


# --- reStructuredText's relative references ----------------------------------------------------------------


def test_a_rest_relative_reference_is_resolved_against_the_page_and_keeps_its_words() -> None:
    text = (
        "Guide\n=====\n\nStart with `Installing the Grid Toolkit <install.html>`_, then\n"
        "`Release Notes for 2024\n<../notes/2024.html>`__ too.\n"
    )
    citations = cite(text, "index.rst", base_url=BASE)
    got = sorted((c.url, c.line, c.title) for c in citations)
    assert got == [
        ("https://docs.example/guide/install.html", 4, "Installing the Grid Toolkit"),
        ("https://docs.example/notes/2024.html", 6, "Release Notes for 2024"),
    ]


def test_rest_fragments_named_references_roles_and_absolute_links_are_left_alone() -> None:
    text = (
        "See `Usage <#usage>`_, `the intro <intro_>`_, :doc:`Setup <setup>` and "
        f"`Grid Batteries Keep Getting Cheaper <{URL}>`_.\n"
    )
    assert rst_relative_links(text, BASE) == text
    (c,) = cite("Guide\n=====\n\n" + text, "index.rst", base_url=BASE)
    assert c.url == URL


def test_rest_relative_references_without_an_address_cite_nothing() -> None:
    text = "Guide\n=====\n\nStart with `Installing the Grid Toolkit <install.html>`_.\n"
    assert cite(text, "index.rst") == []
