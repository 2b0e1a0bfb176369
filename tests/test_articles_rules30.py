"""Rules added after the thirtieth held-out batch (tests/fixtures/articles/heldout, ``b30_*``), each on a
small string of our own, with what it must leave alone."""

from __future__ import annotations

import json

from linkcheck.articles import extract_citations
from linkcheck.articles._records import csl_json_items
from linkcheck.models import Citation


def _read(text: str, fmt: str = "text") -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt)}


# --- a JSON list is CSL JSON only when its first item's type is one of CSL's


def test_a_list_of_api_objects_with_id_and_type_keeps_its_links() -> None:
    charts = [
        {
            "id": "Ab12Z",
            "type": "d3-bars",
            "title": "Rainfall by month",
            "metadata": {"describe": {"source-url": "https://rain.example.gov/monthly.csv"}},
        }
    ]
    cited = _read(json.dumps(charts, indent=2))
    assert "https://rain.example.gov/monthly.csv" in cited


def test_csl_json_is_still_read_as_csl_json() -> None:
    # Left alone: an item of a CSL type is still an item; a link that is no item's URL is still dropped.
    items = [
        {
            "id": "river2021",
            "type": "article-newspaper",
            "title": "The river rises",
            "container-title": "Valley Courier",
            "URL": "https://courier.example.com/river-rises",
            "note": "see also https://notes.example.org/river",
        }
    ]
    text = json.dumps(items, indent=2)
    assert csl_json_items(text) is not None
    cited = _read(text)
    assert cited["https://courier.example.com/river-rises"].title == "The river rises"
    assert "https://notes.example.org/river" not in cited


def test_a_csl_type_is_read_case_blind_and_an_unknown_one_is_not_csl() -> None:
    item = {"id": "a", "type": "WebPage", "URL": "https://a.example.org/"}
    assert csl_json_items(json.dumps([item])) is not None
    assert csl_json_items(json.dumps([{**item, "type": "d3-lines"}])) is None
    assert csl_json_items(json.dumps([{**item, "type": 7}])) is None


# --- escaped quotes in a JSON document's strings are read


def test_a_link_in_html_inside_a_json_string_gets_its_words() -> None:
    record = {
        "id": 7,
        "notes": 'See the <a href="https://www.weather.example.gov/safety/heat">Heat Watch vs. Warning</a>.',
    }
    cited = _read(json.dumps(record, indent=2))["https://www.weather.example.gov/safety/heat"]
    assert cited.title == "Heat Watch vs. Warning"


def test_escaped_quotes_outside_a_json_document_are_left_alone() -> None:
    # Left alone: a text that opens with a bracket but is no JSON (a log line) is read as written.
    text = '[INFO] fetched <a href=\\"https://logs.example.org/run/42\\">Run forty-two</a> for review\n'
    cited = _read(text)["https://logs.example.org/run/42"]
    assert cited.title is None


# --- a thread export's messages are all the body


_THREAD = """<html><body>
<div class="export-header"><h1>Desk &gt; Flood follow-up</h1></div>
<div class="thread">
  <div class="message"><div class="header"><span class="author">Ana</span> <span>1/9/2020</span></div>
    <div class="body"><p>The agency's update is out: <a href="https://agency.example.org/floods/update-3">update</a>
    with figures for every district.</p></div></div>
  <div class="message reply"><div class="header"><span>Ben</span> <span>1/9/2020</span></div>
    <div class="body"><p>Background for the explainer, a long read on the levees and why they failed in the
    spring, with maps: <a href="https://review.example.com/levees-long-read">the levee piece</a>. The
    council's own minutes say the same about the pumps and the budget that was cut.</p></div></div>
</div>
</body></html>"""


def test_every_message_of_a_thread_export_is_read() -> None:
    cited = _read(_THREAD, "html")
    assert "https://agency.example.org/floods/update-3" in cited
    assert "https://review.example.com/levees-long-read" in cited


def test_a_column_beside_a_sidebar_of_another_kind_is_left_alone() -> None:
    # Left alone: the story's paragraphs beside a sidebar of teasers (another class) stay the only body.
    page = """<html><body>
<div class="layout">
  <div class="story"><div class="story-text"><p>The council voted on Monday to rebuild the levee, after the
  agency's review (<a href="https://agency.example.org/levee-review">review</a>) found it failed in three
  places during the spring floods and that repairs had been put off for a decade.</p></div></div>
  <div class="rail"><div class="teaser"><p><a href="https://paper.example.com/other-story">Other story</a></p>
  </div></div>
</div>
</body></html>"""
    cited = _read(page, "html")
    assert "https://agency.example.org/levee-review" in cited
    assert "https://paper.example.com/other-story" not in cited
