"""Rules added after the thirty-first held-out batch (tests/fixtures/articles/heldout, ``b31_*``), each on a
small string of our own, with what it must leave alone."""

from __future__ import annotations

import json

from linkcheck.articles import extract_citations
from linkcheck.articles._base import find_urls
from linkcheck.articles._dates import parse_date_field
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str = "text") -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt)}


# --- a JSON document's escaped slashes ("https:\/\/host\/page") are read as slashes


def test_a_json_export_with_escaped_slashes_gives_its_addresses() -> None:
    marks = [{"href": "https://tides.example.org/tables/2024", "description": "Tide tables", "tags": "sea"}]
    text = json.dumps(marks).replace("/", "\\/")  # as PHP's json_encode writes them
    assert "https:\\/\\/" in text
    assert "https://tides.example.org/tables/2024" in _read(text)


def test_a_backslash_slash_outside_a_json_document_is_left() -> None:
    # Left alone: a text that is no JSON document (a shell line, a note) is read as written.
    text = "Run: curl https:\\/\\/tides.example.org\\/tables and see https://notes.example.org/sea"
    cited = _read(text)
    assert "https://notes.example.org/sea" in cited
    assert "https://tides.example.org/tables" not in cited
    # ... and a bracketed text that only looks like JSON (it does not parse) too.
    log = '[note] fetched https:\\/\\/tides.example.org\\/x {"ok": true'
    assert "https://tides.example.org/x" not in _read(log)


# --- a numeric character reference to white space ends a URL


def test_an_encoded_line_break_after_a_url_ends_it() -> None:
    xml = '<sms body="Published today: https://wire.example.com/2020/01/09/talks.html&#10;Can you?" />'
    assert "https://wire.example.com/2020/01/09/talks.html" in _read(xml)
    for ref in ("&#13;", "&#xA;", "&#x0a;", "&#9;", "&#32;", "&#x20;"):
        (found,) = find_urls(f"see https://wire.example.com/a{ref}next")
        assert found[2] == "https://wire.example.com/a", ref


def test_other_character_references_stay_in_a_url() -> None:
    # Left alone: an encoded ampersand (or any reference to a character a URL may hold) is no white space.
    (found,) = find_urls("see https://wire.example.com/q?a=1&#38;b=2 now")
    assert found[2] == "https://wire.example.com/q?a=1&#38;b=2"
    (found,) = find_urls("see https://wire.example.com/q?a=1&#100;b now")
    assert found[2] == "https://wire.example.com/q?a=1&#100;b"


# --- Esperanto: {{Citaĵo el la reto}}, "24-an de julio 2021", "Konsultita la ..."


def test_an_esperanto_citation_template_gives_its_fields() -> None:
    wiki = (
        "Teksto.<ref>{{Citaĵo el la reto |url=https://kongreso.example.org/raporto |titolo=Fina raporto "
        "|dato=2023-09-04 |eldonejo=Kongresa Asocio |alirdato=2024-03-02 |lingvo=eo}}</ref>\n"
        "== Referencoj ==\n<references />\n"
    )
    cited = _read(wiki, "wikitext")["https://kongreso.example.org/raporto"]
    assert cited.title == "Fina raporto"
    assert cited.outlet == "Kongresa Asocio"
    assert cited.date == PartialDate(2023, 9, 4)
    assert cited.access_date == PartialDate(2024, 3, 2)


def test_esperanto_dates_and_access_label_in_a_free_form_reference() -> None:
    assert parse_date_field("la 24-an de julio 2021") == PartialDate(2021, 7, 24)
    assert parse_date_field("5-a de aŭgusto 2023") == PartialDate(2023, 8, 5)
    wiki = (
        "Teksto.<ref>[https://folio.example.org/2021/07/24/torino Torino gastigos la kongreson]. "
        "''Folio'', la 24-an de julio 2021. Konsultita la 2-an de marto 2024.</ref>\n"
        "== Referencoj ==\n<references />\n"
    )
    cited = _read(wiki, "wikitext")["https://folio.example.org/2021/07/24/torino"]
    assert cited.date == PartialDate(2021, 7, 24)
    assert cited.access_date == PartialDate(2024, 3, 2)


def test_a_hyphen_after_a_day_is_no_esperanto_ordinal_unless_de_or_a_month_follows() -> None:
    # Left alone: a range or a code with a hyphen after a number is no date.
    assert parse_date_field("24-25 July") is None
    assert parse_date_field("room 24-an") is None
    assert parse_date_field("24 julio 2021") == PartialDate(2021, 7, 24)  # the plain form, as before


# --- a fact-check search's reviews and a bookmarking service's export give their links the objects' fields


def test_a_fact_check_api_review_gives_its_title_date_and_publisher() -> None:
    answer = {
        "claims": [
            {
                "text": "The bridge was closed for good.",
                "claimDate": "2024-01-02T00:00:00Z",
                "claimReview": [
                    {
                        "publisher": {"name": "Valley Checks", "site": "checks.example.org"},
                        "url": "https://checks.example.org/bridge-not-closed",
                        "title": "No, the bridge is not closed for good",
                        "reviewDate": "2024-01-04T00:00:00Z",
                        "textualRating": "False",
                    }
                ],
            }
        ]
    }
    cited = _read(json.dumps(answer, indent=2))["https://checks.example.org/bridge-not-closed"]
    assert cited.title == "No, the bridge is not closed for good"
    assert cited.date == PartialDate(2024, 1, 4)  # the review's, not the claim's
    assert cited.outlet == "Valley Checks"


def test_a_bookmark_export_gives_each_link_its_description_as_title() -> None:
    marks = [
        {
            "href": "https://tides.example.org/tables/2024",
            "description": "Tide tables for 2024",
            "extended": "Saved for the harbour piece.",
            "time": "2024-01-11T09:14:22Z",
            "tags": "sea",
        }
    ]
    cited = _read(json.dumps(marks))["https://tides.example.org/tables/2024"]
    assert cited.title == "Tide tables for 2024"
    assert cited.date is None
    assert cited.access_date is None


def test_json_objects_of_other_kinds_keep_their_reading() -> None:
    # Left alone: an object with a url and a title but no review date, in a text with no review sign, and a
    # list whose objects are no bookmarks (no "extended", no "time"), give no fields from their siblings.
    chapters = {"chapters": [{"startTime": 0, "title": "Intro card", "url": "https://show.example.org/ep1"}]}
    assert _read(json.dumps(chapters, indent=2))["https://show.example.org/ep1"].title is None
    links = [{"href": "https://show.example.org/ep2", "description": "Episode two notes", "tags": "x"}]
    assert _read(json.dumps(links))["https://show.example.org/ep2"].title is None


# --- Macedonian and Albanian weekdays ("во четвртокот", "të enjten") and reporting verbs


def _dated(text: str, fmt: str, url: str) -> PartialDate | None:
    cited = {c.url: c for c in extract_citations(text, fmt, article_date=PartialDate(2020, 1, 10))}
    return cited[url].date


def test_a_macedonian_report_on_thursday_is_dated() -> None:
    page = (
        "<html><body><article><h1>Преговори за системите</h1><p>Министерот рече дека се водат разговори, "
        "изјави во четвртокот за агенцијата <a href='https://wire.example.com/a/1'>Агенција</a>.</p>"
        "<p>Тоа го пренесе во средата и <a href='https://daily.example.com/b/2'>Дневник</a>.</p>"
        "</article></body></html>"
    )
    assert _dated(page, "html", "https://wire.example.com/a/1") == PartialDate(2020, 1, 9)
    assert _dated(page, "html", "https://daily.example.com/b/2") == PartialDate(2020, 1, 8)


def test_an_albanian_report_on_thursday_is_dated() -> None:
    text = (
        "Ministri tha të enjten për agjencinë Wire <https://wire.example.com/a/1> se bisedimet vazhdojnë.\n\n"
        "Ndërkohë raportoi të mërkurën gazeta Daily <https://daily.example.com/b/2>.\n"
    )
    assert _dated(text, "text", "https://wire.example.com/a/1") == PartialDate(2020, 1, 9)
    assert _dated(text, "text", "https://daily.example.com/b/2") == PartialDate(2020, 1, 8)


def test_an_albanian_weekday_without_a_report_dates_nothing() -> None:
    # Left alone: a weekday in a sentence that reports nothing is the event's day, not a source's.
    text = "Konferenca u mbajt të enjten në Tiranë, programi: <https://conf.example.org/program>.\n"
    assert _dated(text, "text", "https://conf.example.org/program") is None


# --- a LaTeX source's ties between a number and a word are spaces


def test_a_tex_tie_in_a_latex_date_is_read_as_a_space() -> None:
    tex = (
        "\\documentclass{article}\n\\begin{document}\n"
        "Talks resumed (\\href{https://wire.example.com/a/1}{Wire, 8~January 2020}).\n"
        "\\end{document}\n"
    )
    assert _read(tex)["https://wire.example.com/a/1"].date == PartialDate(2020, 1, 8)


def test_a_tilde_outside_a_latex_source_is_left() -> None:
    # Left alone: a text that is no LaTeX source keeps its "~" (an approximate figure, a home directory).
    text = "See https://wire.example.com/~ed/notes (about ~5 pages), Wire, 8~January 2020.\n"
    cited = _read(text)
    assert "https://wire.example.com/~ed/notes" in cited
    assert cited["https://wire.example.com/~ed/notes"].date is None
