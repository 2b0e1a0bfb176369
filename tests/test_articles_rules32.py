"""Rules added after the thirty-second held-out batch (tests/fixtures/articles/heldout, ``b32_*``), each on a
small string of our own, with what it must leave alone."""

from __future__ import annotations

import json

from linkcheck.articles import extract_citations
from linkcheck.articles._base import find_urls
from linkcheck.articles.plaintext import code_blocks
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str = "text", article_date: str | None = None) -> dict[str, Citation]:
    date = PartialDate.parse(article_date) if article_date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=date)}


# --- an XML element named "file" with attributes (XLIFF's) is no DokuWiki code block

_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2">
  <file original="story.html" source-language="en" target-language="de" datatype="html">
    <body>
      <trans-unit id="1">
        <source>The harbour reopened, <bpt id="1">&lt;a href="https://port.example.org/notices/2024-17"&gt;</bpt>
        the port authority said<ept id="1">&lt;/a&gt;</ept>.</source>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_an_xliff_files_links_are_read() -> None:
    assert "https://port.example.org/notices/2024-17" in _read(_XLIFF)


def test_a_dokuwiki_file_block_is_still_code() -> None:
    # Left alone: DokuWiki's <file lang name> block (words, no name="value") holds a file's content.
    text = "Config:\n<file ini app.ini>\nmirror = https://mirror.example.org/pub\n</file>\nSee https://docs.example.org/x"
    cited = _read(text)
    assert "https://mirror.example.org/pub" not in cited
    assert "https://docs.example.org/x" in cited


# --- odoc: {{:URL}words}, and {[ code ]}


def test_an_odoc_link_ends_at_its_brace_and_gives_its_words() -> None:
    text = (
        "(** Predictions follow the\n"
        "    {{:https://tides.example.gov/pubs/manual98.pdf}Manual of Harmonic\n"
        "    Analysis of Tides} (Agency, 1958). *)\n"
    )
    (found,) = find_urls(text)
    assert found[2] == "https://tides.example.gov/pubs/manual98.pdf"
    cited = _read(text)
    assert (
        cited["https://tides.example.gov/pubs/manual98.pdf"].title == "Manual of Harmonic Analysis of Tides"
    )


def test_a_brace_after_a_url_elsewhere_is_left() -> None:
    # Left alone: a URL after a colon that is no odoc link, and LaTeX's \url{...} as before.
    (found,) = find_urls("see: https://tides.example.gov/a}b")
    assert found[2] == "https://tides.example.gov/a}b"
    (found,) = find_urls("\\url{https://tides.example.gov/b}")
    assert found[2] == "https://tides.example.gov/b"


def test_an_odoc_code_block_is_code() -> None:
    text = (
        '(** Use it:\n    {[\n      let feed = connect "http://127.0.0.1:8080/p" in\n    ]}\n'
        "    See https://docs.example.org/tide *)"
    )
    cited = _read(text)
    assert "http://127.0.0.1:8080/p" not in cited
    assert "https://docs.example.org/tide" in cited


def test_braces_and_brackets_without_space_are_no_code_block() -> None:
    # Left alone: a Roam page's {{[[TODO]]}} (no white space inside) is no odoc block.
    text = "{{[[TODO]]}} read https://docs.example.org/tide ]} later"
    assert code_blocks(text) == []
    assert "https://docs.example.org/tide" in _read(text)


# --- Urdu weekdays and reporting verbs


_URDU = (
    "<p>کمیٹی کے سربراہ نے جمعرات کو خبر رساں ادارے "
    '<a href="https://wire.example.ru/20200109/talks.html">وائر</a> کو یہ بات بتائی۔</p>'
)


def test_an_urdu_weekday_dates_a_report() -> None:
    cited = _read(_URDU, "html", article_date="2020-01-10")
    assert str(cited["https://wire.example.ru/20200109/talks.html"].date) == "2020-01-09"


def test_an_urdu_weekday_without_a_report_is_left() -> None:
    # Left alone: a weekday in a sentence that reports nothing dates nothing.
    text = '<p>بازار جمعرات کو بند رہے گا، دیکھیے <a href="https://market.example.pk/hours">اوقات</a></p>'
    cited = _read(text, "html", article_date="2020-01-10")
    assert cited["https://market.example.pk/hours"].date is None


# --- a JSON-LD graph's nodes (RO-Crate)


_CRATE = {
    "@context": "https://w3id.example.org/ro/crate/1.1/context",
    "@graph": [
        {"@id": "./", "@type": "Dataset", "citation": [{"@id": "https://doi.example.org/10.1/essd"}]},
        {
            "@id": "https://doi.example.org/10.1/essd",
            "@type": "ScholarlyArticle",
            "name": "A global reanalysis for land",
            "datePublished": "2021-09-07",
            "isPartOf": {"@id": "#journal"},
        },
        {"@id": "#journal", "@type": "Periodical", "name": "Earth Data Journal"},
        {
            "@id": "https://data.example.gov/gauge/17.csv",
            "@type": "File",
            "name": "Daily discharge at gauge 17",
            "sdDatePublished": "2024-01-15",
        },
        {"@id": "https://orcid.example.org/0000-0001", "@type": "Person", "name": "Ana Lopes"},
    ],
}


def test_a_json_ld_graphs_nodes_give_their_links_fields() -> None:
    cited = _read(json.dumps(_CRATE, indent=2))
    paper = cited["https://doi.example.org/10.1/essd"]
    assert (paper.title, str(paper.date), paper.outlet) == (
        "A global reanalysis for land",
        "2021-09-07",
        "Earth Data Journal",
    )
    data = cited["https://data.example.gov/gauge/17.csv"]
    assert data.title == "Daily discharge at gauge 17"
    assert str(data.access_date) == "2024-01-15"  # the day it was retrieved...
    assert data.date is None  # ... not the data's date
    assert "https://orcid.example.org/0000-0001" not in cited  # a person's identifier
    assert "https://w3id.example.org/ro/crate/1.1/context" not in cited  # the vocabulary


def test_json_without_a_graph_is_left() -> None:
    # Left alone: a JSON document whose objects have "@id" and "name" but no "@graph" reads as before.
    text = json.dumps({"items": [{"@id": "https://doi.example.org/10.1/x", "name": "Some name"}]}, indent=2)
    cited = _read(text)
    assert cited["https://doi.example.org/10.1/x"].title != "Some name"


# --- the Greek access label


def test_the_greek_access_label_gives_an_access_date() -> None:
    text = (
        "Η λίμνη γέμισε.<ref>[https://news.example.gr/karla «Η λίμνη μετά την κακοκαιρία»]. ''Νέα'', "
        "15 Σεπτεμβρίου 2023. Ανακτήθηκε στις 3 Απριλίου 2024.</ref>\n\n{{παραπομπές}}\n"
    )
    cited = _read(text, "wikitext")
    assert str(cited["https://news.example.gr/karla"].access_date) == "2024-04-03"


def test_a_greek_date_without_the_label_is_no_access_date() -> None:
    # Left alone: the same reference without the label gives no access date.
    text = (
        "Η λίμνη γέμισε.<ref>[https://news.example.gr/karla «Η λίμνη μετά την κακοκαιρία»]. ''Νέα'', "
        "3 Απριλίου 2024.</ref>\n\n{{παραπομπές}}\n"
    )
    assert _read(text, "wikitext")["https://news.example.gr/karla"].access_date is None


# --- a commit's trailers


_PATCH = """Subject: [PATCH] sensor: wait for idle

The datasheet (Vendor, rev. B, August 2022) says so:
https://vendor.example.com/ds/sensor.pdf

Closes: https://bugs.example.org/show_bug.cgi?id=17
Link: https://lists.example.org/r/20231107-sensor-v1
Signed-off-by: A Dev <dev@example.org>
"""


def test_a_patchs_closes_and_link_trailers_are_no_citations() -> None:
    cited = _read(_PATCH)
    assert "https://vendor.example.com/ds/sensor.pdf" in cited
    assert "https://bugs.example.org/show_bug.cgi?id=17" not in cited
    assert "https://lists.example.org/r/20231107-sensor-v1" not in cited


def test_a_link_label_outside_a_patch_is_left() -> None:
    # Left alone: "Link:" in a text that is no patch or commit (a newsletter) labels a citation.
    text = "Port reopens after storm\nLink: https://port.example.org/news/reopens\n"
    assert "https://port.example.org/news/reopens" in _read(text)


# --- a unified diff is read as the file now reads


_DIFF = """commit 3f9c2a7e
Date:   Fri Jan 10 14:02:37 2020 +0300

    fix link

diff --git a/story.md b/story.md
--- a/story.md
+++ b/story.md
@@ -1,3 +1,3 @@
 The port reopened, said [the authority](https://port.example.org/notices/17).
-The storm was covered by [the wire](https://wire.example.com/).
+The storm was covered by [the wire](https://wire.example.com/2020/01/09/storm).
 Ships wait.
"""


def test_a_diffs_removed_line_is_no_longer_the_documents() -> None:
    cited = _read(_DIFF)
    assert "https://wire.example.com/" not in cited
    assert "https://wire.example.com/2020/01/09/storm" in cited
    assert "https://port.example.org/notices/17" in cited


def test_a_text_without_a_hunk_is_left() -> None:
    # Left alone: lines that open with "-" and "+" in a text that is no diff (a list, a changelog).
    text = "Changes:\n- removed https://old.example.org/a\n+ added https://new.example.org/b\n"
    cited = _read(text)
    assert "https://old.example.org/a" in cited
    assert "https://new.example.org/b" in cited


# --- a Marp deck's footer directive is shown on its slide


_DECK = """---
marp: true
footer: 'Transit team'
---

# Ridership

- 41,200 weekday boardings

<!-- _footer: 'Source: [Monthly ridership report, January 2024](https://data.example.gov/ridership-2024-01) \
(Transit Authority, published 8 February 2024)' -->

<!-- Presenter: the intranet sheet https://intranet.example.gov/sheet -->
"""


def test_a_marp_footer_directive_is_read() -> None:
    cited = _read(_DECK, "markdown")
    report = cited["https://data.example.gov/ridership-2024-01"]
    assert str(report.date) == "2024-02-08"  # the directive's words are read as the slide's
    assert "https://intranet.example.gov/sheet" not in cited  # a presenter's note stays a comment


def test_a_footer_comment_outside_a_marp_deck_is_left() -> None:
    # Left alone: the same comment in a Markdown file that is no Marp deck stays a comment.
    text = _DECK.replace("marp: true\n", "")
    assert "https://data.example.gov/ridership-2024-01" not in _read(text, "markdown")
