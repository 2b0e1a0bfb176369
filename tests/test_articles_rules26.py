"""Rules added after the twenty-sixth held-out batch (tests/fixtures/articles/heldout, ``b26_*``), each on a
small string of our own, with what it must leave alone."""

from __future__ import annotations

import json

from linkcheck.articles import extract_citations
from linkcheck.articles._base import fold
from linkcheck.articles._entries import _oscola_title
from linkcheck.articles._markup import rd_dois, roxygen_text
from linkcheck.articles._portable import portable_text_page
from linkcheck.articles._prose import names_host
from linkcheck.models import Citation


def _read(text: str, fmt: str = "text") -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt)}


# --- The Estonian Wikipedia's {{Netiviide}} -----------------------------------------------------------------

_NETIVIIDE = (
    "'''Sadam''' on sadam.<ref>{{Netiviide |Autor=Kati Kask "
    "|URL=https://www.saarlane.example.ee/1234/sadam-avati |Pealkiri=Uus sadam avati "
    "|Väljaanne=Saarlane |Aeg=12. oktoober 2019 |Kasutatud=4.03.2024}}</ref>\n\n"
    "== Viited ==\n{{viited}}\n"
)


def test_an_estonian_netiviide_gives_its_title_outlet_and_dates() -> None:
    cited = _read(_NETIVIIDE, "wikitext")["https://www.saarlane.example.ee/1234/sadam-avati"]
    assert cited.title == "Uus sadam avati"
    assert cited.outlet == "Saarlane"
    assert str(cited.date) == "2019-10-12"
    assert str(cited.access_date) == "2024-03-04"


def test_a_netiviide_without_a_date_is_given_none() -> None:
    text = _NETIVIIDE.replace("|Aeg=12. oktoober 2019 ", "")
    cited = _read(text, "wikitext")["https://www.saarlane.example.ee/1234/sadam-avati"]
    assert cited.date is None  # no date is made up from the access date or the article


# --- R's documentation: roxygen2 comments and Rd's \doi{} ---------------------------------------------------

_ROXYGEN = (
    "#' Smooth a series\n"
    "#'\n"
    "#' @param x A numeric vector.\n"
    "#' @references\n"
    '#\' Okafor R, Lind T (2011). "Robust Smoothing of Count Series."\n'
    "#' \\emph{Journal of Applied Counts}, 12(3), 45--67.\n"
    "#' \\doi{10.5555/jac.2011.0345}\n"
    "#' @export\n"
    "smooth <- function(x) x\n"
)


def test_an_rd_doi_is_read_as_its_resolver_address() -> None:
    assert rd_dois("See \\doi{10.5555/jac.2011.0345}.") == "See https://doi.org/10.5555/jac.2011.0345."
    cited = _read(_ROXYGEN)
    assert list(cited) == ["https://doi.org/10.5555/jac.2011.0345"]


def test_a_roxygen_reference_over_comment_lines_is_read_as_one_entry() -> None:
    cited = _read(_ROXYGEN)["https://doi.org/10.5555/jac.2011.0345"]
    assert cited.title == "Robust Smoothing of Count Series"
    assert str(cited.date) == "2011"


def test_rd_and_roxygen_leave_other_text_alone() -> None:
    assert rd_dois("\\doi{not a doi} and \\doi{}") == "\\doi{not a doi} and \\doi{}"
    code = "# a plain comment with \\emph{x}\nx <- 1  #' not at a line's start\n"
    assert roxygen_text(code) == "# a plain comment with x\nx <- 1  #' not at a line's start\n"
    assert roxygen_text("#' @param x\n#'   \\code{NULL}") == "   @param x\n     NULL"


# --- Greek romanised ----------------------------------------------------------------------------------------


def test_a_greek_outlet_name_spells_its_romanised_host() -> None:
    assert fold("Καθημερινή") == "kathimerini"
    assert fold("Πούλος") == "poulos"
    assert names_host("Η Καθημερινή", "https://www.kathimerini.gr/politics/561668492/x/")
    note = (
        "<ol><li>Γιώργος Παπαδάκης, «Ο τίτλος του άρθρου», <em>Η Καθημερινή</em>, 7 Ιανουαρίου 2020, "
        '<a href="https://www.kathimerini.gr/politics/561668492/o-titlos/">https://www.kathimerini.gr/'
        "politics/561668492/o-titlos/</a>.</li></ol>"
    )
    cited = _read(note, "html")["https://www.kathimerini.gr/politics/561668492/o-titlos/"]
    assert cited.outlet is not None
    assert fold(cited.outlet) in ("kathimerini", "i kathimerini")


def test_a_greek_name_does_not_spell_another_host_and_cyrillic_folds_as_before() -> None:
    assert not names_host("Καθημερινή", "https://www.protothema.gr/politics/article/1/x/")
    assert fold("Ведомости") == "vedomosti"
    assert fold("Iraq’s") == "iraqs"


# --- OSCOLA -------------------------------------------------------------------------------------------------

_OSCOLA = (
    "[3] Ana Ruiz, 'Why a \"Duty to Explain\" Is Not Enough' (2019) 4 Northern Law Review 11, 14 "
    "<https://review.example.ac.uk/vol4/ruiz> accessed 3 February 2024.\n"
)


def test_an_oscola_title_is_read_whole_from_its_single_quotes() -> None:
    assert _oscola_title(_OSCOLA.split(" <")[0] + " <") == 'Why a "Duty to Explain" Is Not Enough'
    cited = _read("Essay.\n\n" + _OSCOLA)["https://review.example.ac.uk/vol4/ruiz"]
    assert cited.title == 'Why a "Duty to Explain" Is Not Enough'
    assert str(cited.access_date) == "2024-02-03"


def test_single_quotes_without_an_oscola_shape_are_left_alone() -> None:
    assert _oscola_title("He said 'no' (twice) and left <") is None  # no author's comma before the quote
    assert _oscola_title("Ruiz, 'Title Here' https://x.example/a") is None  # no angle bracket
    assert _oscola_title("Ruiz, 'Title Here' (Blog, 2 May 2023) <") == "Title Here"


# --- PmWiki's [[words -> URL]] and Remarkup's [[ URL | words ]] ---------------------------------------------


def test_a_pmwiki_arrow_links_words_are_its_title() -> None:
    text = "News.\n\nThe Echo covered it: [[Volunteers Plant Forty Apple Trees -> https://echo.example/a]].\n"
    assert _read(text)["https://echo.example/a"].title == "Volunteers Plant Forty Apple Trees"


def test_a_remarkup_spaced_links_words_are_its_title() -> None:
    text = "Bug.\n\nUpstream: [[ https://notes.example/b | Annual Report on Rivers ]].\n"
    cited = _read(text)["https://notes.example/b"]
    assert cited.title == "Annual Report on Rivers"


def test_an_indent_arrow_and_a_bare_wiki_link_are_left_alone() -> None:
    text = "Page.\n\n->''Note:'' see https://echo.example/c for more.\n\nAlso [[https://echo.example/d]].\n"
    cited = _read(text)
    assert cited["https://echo.example/c"].title is None
    assert cited["https://echo.example/d"].title is None
    spaced = _read("Bug.\n\nUpstream: [[ https://notes.example/e ]] today.\n")
    assert list(spaced) == ["https://notes.example/e"]
    assert spaced["https://notes.example/e"].title is None


# --- Portable Text (a headless CMS's rich-text JSON) --------------------------------------------------------

_PORTABLE = json.dumps(
    {
        "result": {
            "_type": "article",
            "title": "Ferry Timetable Cut Again",
            "publishedAt": "2024-03-08T09:00:00Z",
            "body": [
                {
                    "_type": "block",
                    "_key": "b1",
                    "style": "normal",
                    "markDefs": [
                        {"_key": "k1", "_type": "link", "href": "https://www.islandpost.example/ferry-cut"}
                    ],
                    "children": [
                        {"_type": "span", "text": "The Island Post reported on 6 March 2024 (", "marks": []},
                        {
                            "_type": "span",
                            "text": "Ferry Operator Cuts Winter Sailings",
                            "marks": ["k1", "em"],
                        },
                        {"_type": "span", "text": ").", "marks": []},
                    ],
                },
                {
                    "_type": "image",
                    "_key": "i1",
                    "credit": "Photo desk",
                    "creditUrl": "https://photos.example/",
                },
            ],
            "seo": {"canonicalUrl": "https://www.ourpaper.example/news/ferry-timetable-cut-again"},
        }
    }
)


def test_a_portable_text_links_words_and_sentence_are_read() -> None:
    cited = _read(_PORTABLE)
    assert list(cited) == ["https://www.islandpost.example/ferry-cut"]  # no credit, no canonical address
    link = cited["https://www.islandpost.example/ferry-cut"]
    assert link.title == "Ferry Operator Cuts Winter Sailings"
    assert str(link.date) == "2024-03-06"
    assert link.article is not None
    assert link.article.title == "Ferry Timetable Cut Again"


def test_json_without_portable_text_blocks_is_left_alone() -> None:
    assert portable_text_page('{"markDefs": [], "note": "https://x.example/a"}') is None
    assert portable_text_page('{"children": [{"_type": "block"}]}') is None  # no markDefs
    assert list(_read('{"markDefs": [], "note": "https://x.example/a"}')) == ["https://x.example/a"]
