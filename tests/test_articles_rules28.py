"""Rules added after the twenty-eighth held-out batch (tests/fixtures/articles/heldout, ``b28_*``), each on a
small string of our own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles.wikitext import is_citation_template
from linkcheck.models import Citation


def _read(text: str, fmt: str = "text") -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt)}


# --- The Hungarian Wikipedia's {{Internetes hivatkozás}}

_HIVATKOZAS = (
    "A '''Minta híd''' egy híd.<ref>{{Internetes hivatkozás |url=https://hirek.example.hu/minta-hid-100 "
    "|cím=Százéves a Minta híd |szerző=Minta Péter |mű=Minta Hírek |dátum=2015. április 24. "
    "|elérés=2024. március 4.}}</ref>\n\n== Források ==\n{{jegyzetek}}\n"
)


def test_a_hungarian_internetes_hivatkozas_gives_its_title_outlet_and_dates() -> None:
    cited = _read(_HIVATKOZAS, "wikitext")["https://hirek.example.hu/minta-hid-100"]
    assert cited.title == "Százéves a Minta híd"
    assert cited.outlet == "Minta Hírek"
    assert str(cited.date) == "2015-04-24"
    assert str(cited.access_date) == "2024-03-04"


def test_an_internetes_hivatkozas_reads_its_publisher_and_iso_dates() -> None:
    text = (
        "Híd.<ref>{{Internetes hivatkozás |url=https://varos.example.hu/lapok/vilagitas.aspx "
        "|cím=Megújult a világítás |kiadó=Minta Város |dátum=2019-10-28 |elérés=2024-03-04}}</ref>"
    )
    cited = _read(text, "wikitext")["https://varos.example.hu/lapok/vilagitas.aspx"]
    assert cited.title == "Megújult a világítás"
    assert cited.outlet == "Minta Város"
    assert str(cited.date) == "2019-10-28"
    assert str(cited.access_date) == "2024-03-04"


def test_only_the_internetes_hivatkozas_template_is_a_citation_template() -> None:
    assert is_citation_template("Internetes hivatkozás")
    assert is_citation_template("internetes_hivatkozás")
    # Left alone: Hungarian maintenance and list templates, and a bare "hivatkozás" ("reference") that is
    # no citation template of its own.
    assert not is_citation_template("jegyzetek")
    assert not is_citation_template("Hivatkozás")
    assert not is_citation_template("Egyért")


def test_hungarian_parameter_names_outside_a_citation_template_stay_unread() -> None:
    # An infobox with a "cím" (title, also "address" in Hungarian) parameter cites nothing: its address is
    # the link of a bare URL in running text only when one is written there.
    text = (
        "{{Híd infobox |név=Minta híd |cím=Fő utca 1. |dátum=1995}}\nA hídról: https://hid.example.hu/info\n"
    )
    cited = _read(text, "wikitext")
    assert list(cited) == ["https://hid.example.hu/info"]
    assert cited["https://hid.example.hu/info"].title is None


# --- A trailer's access date is not the page's date


def test_an_access_date_after_a_wiki_style_link_is_not_its_publication_date() -> None:
    text = (
        "   * [[https://trust.example.org/advice/pumps/][Air pumps]] -- Trust guide (accessed 4 March 2024)\n"
    )
    cited = _read(text)["https://trust.example.org/advice/pumps/"]
    assert str(cited.access_date) == "2024-03-04"
    assert cited.date is None


def test_an_access_date_after_a_markdown_list_link_is_not_its_publication_date() -> None:
    text = "## Links\n\n* [Pump guide](https://docs.example.org/pumps#setup) - Docs, accessed 2024-02-01\n"
    cited = _read(text, "markdown")["https://docs.example.org/pumps#setup"]
    assert str(cited.access_date) == "2024-02-01"
    assert cited.date is None


def test_a_trailer_keeps_its_publication_date_beside_an_access_date() -> None:
    # Left alone: the trailer's other day, and a trailer with no access label at all.
    both = "* [[https://a.example.org/x|Soil pH]] (12 May 2023, accessed 10 February 2024)\n"
    cited = _read(both)["https://a.example.org/x"]
    assert str(cited.date) == "2023-05-12"
    assert str(cited.access_date) == "2024-02-10"
    dated = "* [[https://a.example.org/y|Soil pH]] (12 May 2023)\n"
    assert str(_read(dated)["https://a.example.org/y"].date) == "2023-05-12"
