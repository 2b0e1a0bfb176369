"""Rules added after the twenty-fifth held-out batch (tests/fixtures/articles/heldout, ``b25_*``), each on a
small string of our own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import find_urls


def _urls(text: str, fmt: str = "text") -> list[str]:
    return [c.url for c in extract_citations(text, fmt)]


# --- A standalone SVG chart ---------------------------------------------------------------------------------

_SVG = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    "<title>Crossings fell by a third</title>"
    '<metadata><dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">2024-02-12</dc:date></metadata>'
    '<g class="axis"><text>Jan 2022</text><text>Dec 2023</text></g>'
    '<g class="notes"><text>Note: counted by the method in the</text>'
    '<text><a xlink:href="https://stats.example.gov/methods">'
    '<tspan>Statistics Office\'s "Count Methods"</tspan>'
    "</a> (updated 30 June 2023).</text></g>"
    '<g class="footer"><text>Source: <a href="https://www.tribune.example/news/2023/03/28/ferry">Tribune, '
    "28 Mar 2023</a></text></g>"
    "</svg>"
)


def test_an_svg_charts_links_are_read_with_their_groups_words() -> None:
    citations = extract_citations(_SVG, "html")
    assert [c.url for c in citations] == [
        "https://stats.example.gov/methods",
        "https://www.tribune.example/news/2023/03/28/ferry",
    ]
    assert citations[0].article is not None
    assert citations[0].article.title == "Crossings fell by a third"
    assert str(citations[0].article.date) != "2022-01"  # the axis's months are no date of the chart


def test_an_svg_inside_an_html_page_stays_decoration() -> None:
    page = (
        "<html><body><article><p>Text with <a href='https://cited.example/a'>a source</a>.</p>"
        '<svg><g><text><a href="https://icons.example/sprite">icon</a></text></g></svg></article></body></html>'
    )
    assert _urls(page, "html") == ["https://cited.example/a"]


# --- XWiki's [[label>>URL||parameters]] and a wiki's [[URL]] ------------------------------------------------


def test_xwiki_links_end_at_their_markup() -> None:
    text = (
        'See [[Grant scheme>>https://grants.example.gov.uk/scheme||rel="noopener" target="_blank"]] today. '
        "Covered by the Courier:{{footnote}}[[https://courier.example/news/2022/09/14/heat]].{{/footnote}} "
        "and [[Guide>>https://guide.example/page]]."
    )
    assert [url for _, _, url in find_urls(text)] == [
        "https://grants.example.gov.uk/scheme",
        "https://courier.example/news/2022/09/14/heat",
        "https://guide.example/page",
    ]


def test_other_brackets_and_arrows_after_a_url_are_left_alone() -> None:
    # DokuWiki's [[URL|label]] as before; a ">> " quote marker with a space opens no XWiki link
    assert [url for _, _, url in find_urls("[[https://doku.example/a|Label]]")] == ["https://doku.example/a"]
    assert [url for _, _, url in find_urls(">> https://quoted.example/a||b")] == [
        "https://quoted.example/a||b"
    ]


# --- A line comment's "//" is no rest of a wrapped URL ------------------------------------------------------


def test_a_go_comments_next_line_is_not_glued_to_a_url() -> None:
    text = (
        "// [Backoff And Jitter]: https://blog.example.com/architecture/backoff-and-jitter/\n"
        "// [RFC 9110]: https://www.rfc-editor.org/rfc/rfc9110.html\n"
    )
    assert [url for _, _, url in find_urls(text)] == [
        "https://blog.example.com/architecture/backoff-and-jitter/",
        "https://www.rfc-editor.org/rfc/rfc9110.html",
    ]


def test_a_url_wrapped_after_a_slash_is_still_joined() -> None:
    text = "Report: https://stats.example.gov/reports/\n2024/annual.pdf\n"
    assert [url for _, _, url in find_urls(text)] == ["https://stats.example.gov/reports/2024/annual.pdf"]


# --- A JSON string's escaped line break ends a URL ----------------------------------------------------------


def test_a_json_strings_escaped_newline_ends_a_url() -> None:
    text = '{"text":"TASS quoted him: https://tass.example/politika/7487995\\n2/4","langs":["en"]}'
    assert [url for _, _, url in find_urls(text)] == ["https://tass.example/politika/7487995"]


def test_a_latex_escape_in_a_url_is_left_alone() -> None:
    text = "\\url{https://host.example/night\\_time\\_plan.pdf}"
    assert [url for _, _, url in find_urls(text)] == ["https://host.example/night_time_plan.pdf"]


# --- A page saved from a web archive ------------------------------------------------------------------------

_CAPTURE = "https://web.archive.org/web/20200110101544/"


def _captured_page(page: str) -> str:
    return (
        '<html><head><meta property="og:site_name" content="Vostok News">'
        f'<link rel="canonical" href="{page}"></head><body><article><h1>Talks resume</h1>'
        f'<p>The agency <a href="{_CAPTURE}https://agency.example/20200109/1563.html">reported</a> it.</p>'
        f'<p>Read also: <a href="{_CAPTURE}https://vostok.example/world/20200104/strike.html">Strike</a></p>'
        "</article></body></html>"
    )


def test_a_captured_pages_site_name_goes_only_to_captures_of_its_own_site() -> None:
    page = _CAPTURE + "https://vostok.example/world/20200110/talks.html"
    outlets = {c.url: c.outlet for c in extract_citations(_captured_page(page), "html")}
    assert outlets[_CAPTURE + "https://agency.example/20200109/1563.html"] is None
    assert outlets[_CAPTURE + "https://vostok.example/world/20200104/strike.html"] == "Vostok News"


def test_a_live_pages_own_links_keep_its_site_name() -> None:
    page = (
        '<html><head><meta property="og:site_name" content="Vostok News">'
        '<link rel="canonical" href="https://vostok.example/world/20200110/talks.html"></head><body><article>'
        '<p>Read also: <a href="https://vostok.example/world/20200104/strike.html">Strike</a></p>'
        "</article></body></html>"
    )
    (citation,) = extract_citations(page, "html")
    assert citation.outlet == "Vostok News"


# --- A ReSpec source's localBiblio --------------------------------------------------------------------------

_RESPEC = """<!DOCTYPE html><html><head><title>Stop Vocabulary</title>
<script class="remove">
  var respecConfig = {
    specStatus: "CG-DRAFT",
    localBiblio: {
      "KERB-SURVEY": {
        title: "A national kerb survey",
        href: "https://research.example.org.uk/kerb-survey-2022",
        authors: ["Tomos Ellery", "Grace Nwosu"],
        publisher: "Centre for Accessible Transport",
        date: "March 2022",
      },
      "NO-LINK": { title: "A book", publisher: "Press", },
    },
  };
</script></head><body><section><h2>Introduction</h2><p>A survey found it [[KERB-SURVEY]].</p></section>
</body></html>"""


def test_a_respec_sources_local_references_are_read() -> None:
    (citation,) = extract_citations(_RESPEC, "html")
    assert citation.url == "https://research.example.org.uk/kerb-survey-2022"
    assert citation.title == "A national kerb survey"
    assert str(citation.date) == "2022-03"


def test_a_script_without_local_references_adds_nothing() -> None:
    page = _RESPEC.replace('href: "https://research.example.org.uk/kerb-survey-2022",', "")
    assert _urls(page, "html") == []
    page = (
        "<html><body><p>The word localBiblio in prose, <a href='https://a.example/x'>a link</a>.</p></body>"
    )
    assert _urls(page, "html") == ["https://a.example/x"]


# --- The Norwegian Wikipedia's {{Kilde ...}} templates ------------------------------------------------------


def test_norwegian_kilde_templates_are_read_with_their_norwegian_parameters() -> None:
    text = (
        "Salget ble stanset.<ref>{{Kilde avis |url=https://www.posten.example.no/nyheter/fyrsalget "
        "|tittel=Kommunen stanser fyrsalget |avis=Nordvikposten |dato=12. juni 2019 "
        "|besøksdato=4. mars 2024}}</ref>\n\n== Referanser ==\n{{Referanser}}\n"
    )
    (citation,) = extract_citations(text, "wikitext")
    assert citation.title == "Kommunen stanser fyrsalget"
    assert citation.outlet == "Nordvikposten"
    assert str(citation.date) == "2019-06-12"
    assert str(citation.access_date) == "2024-03-04"


def test_a_swedish_webbref_reads_as_before() -> None:
    text = (
        "Text.<ref>{{Webbref |url=https://www.tidning.example.se/a |titel=Fyren säljs |utgivare=Tidningen "
        "|datum=2019-06-12}}</ref>\n"
    )
    (citation,) = extract_citations(text, "wikitext")
    assert (citation.title, citation.outlet, str(citation.date)) == ("Fyren säljs", "Tidningen", "2019-06-12")
