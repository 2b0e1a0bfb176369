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
