"""Rules added after art36's leftovers (tests/fixtures/articles/heldout, ``b36_*``): a headless CMS's record
whose body is not a rich-text tree but Draft.js raw content (words by UTF-16 offsets), Prismic rich text
(spans by offsets), Ghost's Mobiledoc (markers and markups by index) or HTML and Markdown strings inside the
record's blocks (Editor.js, Arc XP's ANS, Strapi v5 components), rendered as the page the HTML reader reads
(docs/articles.md, "added after the thirty-sixth"); and one depth-bounded walk over nested JSON for the CMS
reader and the JSON records reader. Each test with a positive assertion fails on base54c's src; the guards
pin what is left alone."""

from __future__ import annotations

import json

from linkcheck.articles import extract_citations
from linkcheck.models import Citation


def _read(document: object) -> dict[str, Citation]:
    text = json.dumps(document, indent=2, ensure_ascii=False)
    return {c.url: c for c in extract_citations(text, "text")}


def _page(document: object) -> str:
    from linkcheck.articles._cmsjson import rich_text_page

    page = rich_text_page(document)
    assert page is not None
    return page


def _utf16(text: str, words: str) -> tuple[int, int]:
    """The offset and length of ``words`` in ``text`` counted in UTF-16 code units (as JavaScript counts)."""
    before = text[: text.index(words)]
    return len(before.encode("utf-16-le")) // 2, len(words.encode("utf-16-le")) // 2


# --- One walker ---------------------------------------------------------------------------------------------


def test_one_walk_over_nested_json_document_order_and_depth_bound() -> None:
    from linkcheck.articles import _cmsjson
    from linkcheck.articles._records import json_objects

    inner = {"deep": True}
    for _ in range(13):  # 13 lists around it: its depth is 13, past the bound of 12
        inner = [inner]  # type: ignore[assignment]
    document = {"a": {"n": 1}, "b": [{"n": 2}, {"n": 3}], "c": '{"n": 4}', "d": inner}
    plain = [o.get("n") for o in json_objects(document)]
    assert plain == [
        None,
        1,
        2,
        3,
    ]  # each object before what it holds; the string left; too deep: not reached
    decoded = [o.get("n") for o in json_objects(document, strings=True)]
    assert decoded == [None, 1, 2, 3, 4]  # a JSON document held in a string decoded in its place
    # the CMS reader walks with it (a card inside a JSON string is found)
    card = {"url": "https://example.org/a", "metadata": {"title": "A page", "publisher": "Example News"}}
    assert _cmsjson.link_cards({"mobiledoc": json.dumps({"cards": [["bookmark", card]]})}) == {
        "https://example.org/a": ("A page", "Example News", None)
    }


# --- Draft.js raw content -----------------------------------------------------------------------------------


def _draft(*paragraphs: tuple[str, list[tuple[str, str]]]) -> dict[str, object]:
    blocks: list[dict[str, object]] = []
    entities: dict[str, object] = {}
    for n, (text, links) in enumerate(paragraphs):
        ranges = []
        for words, url in links:
            offset, length = _utf16(text, words)
            key = len(entities)
            entities[str(key)] = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}
            ranges.append({"offset": offset, "length": length, "key": key})
        blocks.append(
            {"key": f"k{n}", "text": text, "type": "unstyled", "depth": 0, "inlineStyleRanges": [],
             "entityRanges": ranges, "data": {}}
        )  # fmt: skip
    return {
        "title": "Heat shuts the Acropolis again",
        "createdAt": "2024-07-18T21:14:09Z",
        "publishedAt": "2024-07-19T05:00:00Z",
        "content": {"blocks": blocks, "entityMap": entities},
    }


def test_draftjs_link_words_by_utf16_offsets_after_emoji_and_astral_characters() -> None:
    text = "📌 𝐍𝐨𝐭𝐞 — see also: Heatwaves across Europe, mapped (Carbon Brief, 2 July 2024)."
    url = "https://www.carbonbrief.org/heatwaves-mapped/"
    page = _page(_draft((text, [("Heatwaves across Europe, mapped", url)])))
    assert f'<a href="{url}">Heatwaves across Europe, mapped</a> (Carbon Brief' in page
    citation = _read(_draft((text, [("Heatwaves across Europe, mapped", url)])))[url]
    assert citation.outlet == "Carbon Brief"
    assert str(citation.date) == "2024-07-02"


def test_draftjs_sentence_gives_the_link_its_day_and_the_record_its_own() -> None:
    url = "https://climate.copernicus.eu/surface-air-temperature-june-2024"
    text = "June was the hottest 🌡️ on record, Copernicus said in its monthly climate bulletin (published 8 July)."  # noqa: E501
    other = "https://www.ekathimerini.com/news/1244567/heat-wards/"
    later = "As Kathimerini reported on Thursday, two hospitals 🏥 opened cooling wards."
    found = _read(
        _draft((text, [("monthly climate bulletin", url)]), (later, [("Kathimerini reported", other)]))
    )
    assert str(found[url].date) == "2024-07-08"
    assert found[url].outlet == "Copernicus"
    assert str(found[other].date) == "2024-07-18"  # the Thursday before the story's Friday
    assert found[url].article is not None
    assert str(found[url].article.date) == "2024-07-19"


def test_draftjs_image_entity_is_no_text_and_no_link() -> None:
    document = _draft(("As Kathimerini reported on Thursday, wards opened.", []))
    blocks = document["content"]["blocks"]  # type: ignore[index]
    blocks.append(
        {"key": "img", "text": " ", "type": "atomic", "entityRanges": [{"offset": 0, "length": 1, "key": 9}]}
    )
    document["content"]["entityMap"]["9"] = {  # type: ignore[index]
        "type": "IMAGE", "data": {"src": "https://media.example/acropolis.jpg"}
    }  # fmt: skip
    page = _page(document)
    assert "acropolis.jpg" not in page
    assert "<p>As Kathimerini reported on Thursday, wards opened.</p>" in page


# --- Prismic rich text --------------------------------------------------------------------------------------


def _prismic(*paragraphs: tuple[str, str, str]) -> dict[str, object]:
    body = []
    for text, words, url in paragraphs:
        start = len(text[: text.index(words)].encode("utf-16-le")) // 2
        end = start + len(words.encode("utf-16-le")) // 2
        span = {"start": start, "end": end, "type": "hyperlink", "data": {"link_type": "Web", "url": url}}
        body.append({"type": "paragraph", "text": text, "spans": [span], "direction": "ltr"})
    return {
        "results": [
            {
                "id": "Zs1",
                "first_publication_date": "2024-08-21T19:00:12+0000",
                "data": {
                    "title": [{"type": "heading1", "text": "Gorge main repair slips", "spans": []}],
                    "published_date": "2024-08-22",
                    "body": body,
                },
            }
        ]
    }


def test_prismic_spans_give_links_their_sentence() -> None:
    report = "https://www.regulator.example.nz/assets/water-report-2023.pdf"
    update = "https://www.wellingtonwater.co.nz/news/2024/august/repair-update"
    document = _prismic(
        ("The pipe is one of 2500 leaks in Taumata Arowai's water report 2023 (published 3 June 2024).",
         "water report 2023", report),
        ("Repairs will take three more weeks, Wellington Water said in an update on Tuesday.",
         "update", update),
    )  # fmt: skip
    page = _page(document)
    assert f'<a href="{report}">water report 2023</a> (published 3 June 2024)' in page
    found = _read(document)
    assert str(found[report].date) == "2024-06-03"
    assert str(found[update].date) == "2024-08-20"  # the Tuesday before the story's day, 22 August
    assert found[update].article is not None
    assert found[update].article.title == "Gorge main repair slips"


def test_prismic_link_to_a_document_of_the_site_is_its_words_alone() -> None:
    text = "Read our explainer on water meters."
    span = {
        "start": 9,
        "end": 34,
        "type": "hyperlink",
        "data": {"link_type": "Document", "id": "Zp", "uid": "m"},
    }
    document = _prismic(("Leaks rose on 15 August.", "15 August", "https://www.thepost.co.nz/a"))
    document["results"][0]["data"]["body"].append({"type": "paragraph", "text": text, "spans": [span]})  # type: ignore[index]
    assert "<p>Read our explainer on water meters.</p>" in _page(document)


# --- Ghost Mobiledoc ----------------------------------------------------------------------------------------


def _mobiledoc_post(
    sections: list[object], markups: list[object], cards: list[object] | None = None
) -> object:
    doc = {"version": "0.3.1", "atoms": [["mention", "@desk", {}]], "cards": cards or [], "markups": markups,
           "sections": sections}  # fmt: skip
    return {
        "posts": [
            {
                "title": "Iraq resumes S-300 talks",
                "mobiledoc": json.dumps(doc, ensure_ascii=False),
                "created_at": "2020-01-09T19:52:18Z",
                "published_at": "2020-01-10T08:40:00Z",
                "url": "https://iron.example/iraq-s300/",
            }
        ]
    }


def test_mobiledoc_markers_open_and_close_markups_by_index() -> None:
    reuters = "https://www.reuters.com/article/us-iran-usa-missiles-idUSKBN1Z71OY"
    markups = [["strong"], ["a", ["href", reuters]]]
    sections = [
        [1, "p", [[0, [], 0, "Earlier talks stalled, "], [0, [0, 1], 1, "Reuters"], [0, [], 1, " said"],
                  [0, [], 0, " on 8 January 2020, citing "], [1, [], 0, 0], [0, [], 0, "."]]],
        [10, 0],
    ]  # fmt: skip
    cards = [["image", {"src": "https://iron.example/content/images/s300.jpg"}]]
    page = _page(_mobiledoc_post(sections, markups, cards))
    assert f'<strong><a href="{reuters}">Reuters</a> said</strong> on 8 January 2020, citing @desk.' in page
    assert "s300.jpg" not in page
    citation = _read(_mobiledoc_post(sections, markups, cards))[reuters]
    assert citation.outlet == "Reuters"
    assert str(citation.date) == "2020-01-08"


def test_guard_mobiledoc_bookmark_card_keeps_its_preview() -> None:
    url = "https://www.themoscowtimes.com/2024/05/02/air-defenses"
    card = ["bookmark", {"url": url, "metadata": {"title": "Will Russia Reinforce Iraq's Air Defenses?",
                                                  "publisher": "The Moscow Times"}}]  # fmt: skip
    sections = [[1, "p", [[0, [], 0, "Related:"]]], [10, 0]]
    citation = _read(_mobiledoc_post(sections, [], [card]))[url]
    assert citation.title == "Will Russia Reinforce Iraq's Air Defenses?"
    assert citation.outlet == "The Moscow Times"


# --- HTML and Markdown strings inside a record --------------------------------------------------------------


def test_editorjs_blocks_html_strings_rendered_as_paragraphs() -> None:
    sitrep = "https://www.redcross.example.ke/situation-reports/sitrep-14"
    advisory = "https://www.health.go.ke/press-releases/cholera-advisory"
    record = {
        "article": {
            "headline": "Schools in flood-hit counties stay shut",
            "published_on": "2024-05-02 08:30:00",
            "body": {
                "time": 1714627800123,
                "version": "2.29.1",
                "blocks": [
                    {"id": "a", "type": "paragraph",
                     "data": {"text": f'The Red Cross said in a <a href="{sitrep}">situation report</a> '
                                      "(1 May 2024) that 190,000 people had left their homes."}},
                    {"id": "b", "type": "list", "data": {"style": "unordered", "items": [
                        f'Ministry of Health, <a href="{advisory}">cholera advisory</a>, 29 April 2024',
                        "Boil all drinking water"]}},
                    {"id": "c", "type": "image", "data": {"file": {"url": "https://cdn.example/school.jpg"},
                                                          "caption": "A school"}},
                ],
            },
        }
    }  # fmt: skip
    page = _page(record)
    assert f'<a href="{sitrep}">situation report</a> (1 May 2024)' in page
    assert "school.jpg" not in page
    found = _read(record)
    assert str(found[sitrep].date) == "2024-05-01"
    assert str(found[advisory].date) == "2024-04-29"
    assert found[sitrep].article is not None
    assert found[sitrep].article.title == "Schools in flood-hit counties stay shut"


def test_ans_content_elements_html_rendered() -> None:
    tass = "https://tass.ru/politika/7487995"
    story = {
        "type": "story",
        "headlines": {"basic": "Iraq resumes talks"},
        "first_publish_date": "2020-01-10T08:15:00.000Z",
        "content_elements": [
            {"_id": "P1", "type": "text",
             "content": "Zhirinovsky was quoted on 8 January 2020 by the state agency "
                        f'<a href="{tass}">TASS</a>.'},
            {"_id": "P2", "type": "image", "url": "https://images.example/IMG.jpg", "caption": "S-300"},
        ],
        "planning": {"internal_note": "RIA/TASS + Reuters"},
    }  # fmt: skip
    page = _page(story)
    assert f'by the state agency <a href="{tass}">TASS</a>.' in page
    assert "internal_note" not in page
    assert "RIA/TASS" not in page
    citation = _read(story)[tass]
    assert citation.outlet == "TASS"
    assert str(citation.date) == "2020-01-08"


def test_strapi5_components_markdown_rendered() -> None:
    notice = "https://www.nationaltransport.ie/news/phase-7-confirmed/"
    times = "https://www.irishtimes.com/ireland/dublin/2024/06/11/pause-on-bus-changes/"
    record = {
        "data": {
            "title": "West Dublin bus routes change on Sunday",
            "createdAt": "2024-06-11T15:48:22.107Z",
            "publishedAt": "2024-06-12T05:30:00.000Z",
            "blocks": [
                {"__component": "shared.rich-text", "id": 501,
                 "body": f"Seven routes change.\n\nThe authority's [phase 7 announcement]({notice}) "
                         "(10 June 2024) confirms the timetables."},
                {"__component": "shared.quote", "id": 12,
                 "title": f"Cllr Paul Gogarty, speaking to [The Irish Times]({times}) on Tuesday",
                 "body": "In Lucan village it is not."},
            ],
        }
    }  # fmt: skip
    page = _page(record)
    assert f'<a href="{notice}">phase 7 announcement</a> (10 June 2024)' in page
    found = _read(record)
    assert str(found[notice].date) == "2024-06-10"
    assert found[times].outlet in ("The Irish Times", "Irish Times")  # (the reader drops a leading "The")
    assert str(found[times].date) == "2024-06-11"


# --- Guards -------------------------------------------------------------------------------------------------


def test_guard_blocks_without_a_body_shape_are_no_page() -> None:
    from linkcheck.articles._cmsjson import rich_text_page

    # a list of "blocks" that are neither Draft.js's, Editor.js's nor components: no page
    record = {
        "title": "A",
        "publishedAt": "2024-01-02",
        "blocks": [{"name": "x", "url": "https://example.org/x"}],
    }
    assert rich_text_page(record) is None
    # a JSON string holding a document that is no Mobiledoc
    assert (
        rich_text_page({"title": "A", "publishedAt": "2024-01-02", "data": json.dumps({"sections": 3})})
        is None
    )


# --- The site's own calls to sign up ------------------------------------------------------------------------


def test_a_call_to_sign_up_opening_the_text_is_no_citation() -> None:
    page = (
        "<html><body><p>Rail fares rise on Monday, the <a href='https://www.orr.example.gov.uk/fares'>regulator"
        " said</a>.</p><p>Sign up to <a href='https://desk.example/newsletters/rail?utm_source=article'>our"
        " rail newsletter</a>.</p><p><b>Get the morning briefing</b>: <a href='https://desk.example/brief'>"
        "sign up here</a>.</p></body></html>"
    )
    assert [c.url for c in extract_citations(page, "html")] == ["https://www.orr.example.gov.uk/fares"]
    text = "Sign up to our climate newsletter."
    found = _read(_draft((text, [("our climate newsletter", "https://desk.example/newsletters/climate")])))
    assert found == {}


def test_guard_signing_up_inside_a_sentence_is_a_citation() -> None:
    page = (
        "<html><body><p>Forty countries agreed to sign up to <a href='https://www.unep.example.org/pledge'>the"
        " methane pledge</a> on Tuesday.</p></body></html>"
    )
    assert [c.url for c in extract_citations(page, "html")] == ["https://www.unep.example.org/pledge"]
