"""A page's author in the JSON report (meta1; docs/json-schema.md): ``author``, a list of ``{"name",
"kind"}`` objects in the page's order (``[]`` when the page names no one, ``null`` when no page was read),
written alike by ``result_to_dict`` and the report's own writer."""

from __future__ import annotations

import json

from linkcheck.models import Author, Citation, Metadata, Result, Status, Verdict
from linkcheck.report.json import ResultWriter, result_to_dict

URL = "https://www.usnews.com/news/world/articles/2024-10-25/russias-central-bank-raises-key-rate-to-21"


def _result(metadata: Metadata | None) -> Result:
    return Result(Citation(url=URL, outlet="Reuters"), Status.OK, "200 OK", Verdict.WARN, metadata=metadata)


def test_authors_listed_with_their_kinds() -> None:
    meta = Metadata(
        title="Russia's Central Bank Raises Key Rate to 21%",
        site_name="US News & World Report",
        author=(Author("Alex Lawler", "person"), Author("Reuters", "organization"), Author("Staff", None)),
    )
    record = result_to_dict(_result(meta))
    assert record["author"] == [
        {"name": "Alex Lawler", "kind": "person"},
        {"name": "Reuters", "kind": "organization"},
        {"name": "Staff", "kind": None},
    ]
    assert json.loads(ResultWriter()(_result(meta))) == json.loads(json.dumps(record, ensure_ascii=False))


def test_page_naming_no_one_is_an_empty_list() -> None:
    record = result_to_dict(_result(Metadata(title="x")))
    assert record["author"] == []
    assert json.loads(ResultWriter()(_result(Metadata(title="x"))))["author"] == []


def test_no_page_read_is_null() -> None:
    assert result_to_dict(_result(None))["author"] is None
    assert json.loads(ResultWriter()(_result(None)))["author"] is None


def test_writer_keeps_the_encoders_text() -> None:
    meta = Metadata(title="t", author=(Author('Иван "Ваня" Петров', "person"),))
    plain = json.JSONEncoder(ensure_ascii=False).encode(result_to_dict(_result(meta)))
    assert ResultWriter(", ", ": ")(_result(meta)) == plain
