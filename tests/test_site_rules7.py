"""The rules added after the seventh site probe (``tests/test_site_probe7.py``), on small strings.

Each positive case fails on the code before them (``base47d``); each rule has a case it must leave alone.
"""

from __future__ import annotations

from linkcheck.article_formats import detect_format
from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate

URL = "https://news.example/2024/05/grid-batteries"


def cite(text: str, name: str) -> list[Citation]:
    return extract_citations(text, format="auto", source=name)


# --- a front matter's inline mappings of sources -----------------------------------------------------------


def test_toml_inline_tables_of_sources_cite_each_at_its_line_not_as_the_pages_own() -> None:
    text = (
        '+++\ntitle = "Storage"\ndate = 2024-03-05\nsources = [\n'  # 1-4
        f'  {{ title = "Grid Batteries Keep Getting Cheaper", url = "{URL}", publisher = "Grid Office",'
        " date = 2024-02-01 },\n"  # 5
        '  { name = "Lakeside Notes", url = "https://lake.example/flow" },\n'  # 6
        "]\n+++\n\nBody text.\n"
    )
    first, second = cite(text, "post.md")
    assert (first.url, first.line, first.title, first.outlet) == (
        URL,
        5,
        "Grid Batteries Keep Getting Cheaper",
        "Grid Office",
    )
    assert first.date == PartialDate.parse("2024-02-01")
    assert (second.url, second.line, second.outlet) == ("https://lake.example/flow", 6, "Lakeside Notes")
    assert first.article is not None
    assert (first.article.date, first.article.url) == (PartialDate.parse("2024-03-05"), None)


def test_toml_inline_table_on_the_sources_line_itself() -> None:
    text = (
        f'+++\ndate = 2024-03-05\nsources = [{{ title = "Flow Batteries in Winter", url = "{URL}" }}]\n+++\n'
    )
    (only,) = cite(text, "post.md")
    assert (only.url, only.line, only.title) == (URL, 3, "Flow Batteries in Winter")


def test_yaml_flow_mappings_of_sources_cite_each_at_its_line() -> None:
    text = (
        "---\ntitle: Heat\ndate: 2024-03-01\nsources:\n"  # 1-4
        f'  - {{title: "Heat Pumps Sell Out", url: "{URL}", publisher: Grid Office}}\n'  # 5
        "related: [{title: Quarterly Retail Prices, url: https://b.example/q, website: Grid Office}]\n"  # 6
        "---\nBody.\n"
    )
    first, second = cite(text, "post.md")
    assert (first.url, first.line, first.title, first.outlet) == (
        URL,
        5,
        "Heat Pumps Sell Out",
        "Grid Office",
    )
    assert (second.url, second.line, second.title) == ("https://b.example/q", 6, "Quarterly Retail Prices")


def test_inline_mappings_without_a_web_link_or_a_source_s_words_cite_nothing() -> None:
    """Left alone: a menu's ``{name: Home, url: /}``, a ``name``/``url`` pair outside a list of sources (an
    author's profile), a mapping with no link at all."""
    text = (
        "---\ntitle: Heat\ndate: 2024-03-01\nlinks: [{name: Home, url: /}]\n"
        "author: {name: Ann Lee, url: https://ann.example/}\n"
        "cover: {alt: A valley, width: 600}\n---\nBody.\n"
    )
    assert cite(text, "post.md") == []


def test_a_name_is_the_outlet_only_under_a_list_of_sources() -> None:
    text = (
        "---\ndate: 2024-03-01\nsources:\n  - {name: Lakeside Notes, url: https://lake.example/flow}\n---\n"
    )
    (only,) = cite(text, "post.md")
    assert (only.url, only.line, only.outlet) == ("https://lake.example/flow", 4, "Lakeside Notes")


# --- MDX: ES module statements and comments ----------------------------------------------------------------


def test_an_mdx_export_line_and_an_exported_object_are_code() -> None:
    text = (
        "import Chart from '../components/Chart'\n"
        "export const meta = { title: 'Notes', cover: 'https://cdn.example/cover.png' }\n"
        "export const data = {\n  source: 'https://cdn.example/data.json',\n}\n\n"
        f"# Notes\n\nThe [Grid Batteries Keep Getting Cheaper]({URL}) report.\n"
    )
    (only,) = cite(text, "page.mdx")
    assert (only.url, only.line, only.title) == (URL, 9, "Grid Batteries Keep Getting Cheaper")


def test_prose_saying_export_or_import_is_still_read() -> None:
    """Left alone: a sentence opening with "Export" or "import" is no statement."""
    text = (
        "# Notes\n\nexport the figures from https://data.example/prices as CSV.\n\n"
        "import duties rose, says https://trade.example/duties today.\n"
    )
    assert [c.url for c in cite(text, "notes.md")] == [
        "https://data.example/prices",
        "https://trade.example/duties",
    ]


def test_an_mdx_comment_is_no_citation() -> None:
    text = (
        "# Notes\n\n{/* dropped: https://old.example/a\n   and https://old.example/b */}\n\n"
        f"See [Words Here]({URL}).\n"
    )
    assert [(c.url, c.line) for c in cite(text, "page.mdx")] == [(URL, 6)]


def test_a_brace_without_the_comment_marks_is_read() -> None:
    """Left alone: ``{...}`` that is no ``{/* */}`` comment (an attribute list) keeps its line's link."""
    text = f"# Notes\n\nSee [Words Here]({URL}){{: .external}} and {{note}} https://other.example/x\n"
    assert [c.url for c in cite(text, "page.md")] == [URL, "https://other.example/x"]


# --- gemtext ------------------------------------------------------------------------------------------------


def test_a_gemtext_link_line_s_label_is_the_cited_title() -> None:
    text = (
        f"# Storage\n\nSome notes.\n\n=> {URL} Grid Batteries Keep Getting Cheaper\n"
        "=>https://b.example/q  Quarterly Retail Prices\n"
    )
    first, second = cite(text, "post.gmi")
    assert (first.url, first.line, first.title) == (URL, 5, "Grid Batteries Keep Getting Cheaper")
    assert (second.url, second.line, second.title) == ("https://b.example/q", 6, "Quarterly Retail Prices")


def test_a_gemtext_link_line_without_a_label_or_a_gemini_link_gives_no_title() -> None:
    """Left alone: a bare ``=> URL`` has no words; ``gemini://`` is no web link; a label in running words
    (sentence case) is no title."""
    text = (
        f"=> {URL}\n=> gemini://cap.example/a.gmi A Friend's Notes\n"
        "=> https://b.example/q some notes I liked\n"
    )
    got = [(c.url, c.title) for c in cite(text, "post.gmi")]
    assert got == [(URL, None), ("https://b.example/q", None)]


def test_gemtext_and_quarto_files_are_known_by_their_extensions() -> None:
    assert detect_format("capsule/gemlog/2024-03-02.gmi", "# Title\n") == "text"
    assert detect_format("capsule/index.gemini", "# Title\n") == "text"
    assert detect_format("site/posts/prices.qmd", "plain words\n") == "markdown"
