"""tidy4: the last read-back's leftovers. The JSON walk ``articles._records`` reads rows and reviews with
(one generator of the objects under a value, the same depth bound and order as the two walkers it replaced);
the text and Markdown reports' republication date; ``iter_check``'s ``counts``."""

from __future__ import annotations

import ast
import inspect
import json
from typing import Any

import pytest

from linkcheck import Config, check, checker
from linkcheck.articles._records import json_records
from linkcheck.models import Citation, FetchResult
from tests.rot_harness import HTML, Answers

ROW = {"source_url": "https://wire.test/a", "source_title": "A wire story", "reported": "2020-01-02"}
REVIEW = {"@type": "ClaimReview", "url": "https://checks.test/b", "reviewDate": "2021-03-04"}


def _nested(inner: dict[str, Any], depth: int) -> Any:
    """``inner`` ``depth`` levels down: objects and lists in turn (each one level deeper than its holder)."""
    value: Any = inner
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


# --- piece 2: one walk over nested JSON, the same bound and order -------------------------------------------


@pytest.mark.parametrize("depth", [0, 1, 5, 12])
def test_a_row_or_a_review_twelve_levels_down_is_read(depth: int) -> None:
    rows = json_records(json.dumps(_nested(ROW, depth)))
    assert rows == [("row", {"url": ROW["source_url"], "title": ROW["source_title"], "date": "2020-01-02"})]
    assert json_records(json.dumps(_nested(REVIEW, depth))) == [("review", REVIEW)]


def test_nothing_below_twelve_levels_is_read() -> None:
    assert json_records(json.dumps(_nested(ROW, 13))) is None
    assert json_records(json.dumps(_nested(REVIEW, 13))) is None


def test_records_come_in_the_documents_order_an_object_before_those_it_holds() -> None:
    first = {**ROW, "source_url": "https://wire.test/1"}
    inner = {**ROW, "source_url": "https://wire.test/2"}
    last = {**ROW, "source_url": "https://wire.test/3"}
    document = [{**first, "more": {"deeper": inner}}, last]
    rows = json_records(json.dumps(document))
    assert rows is not None
    assert [row["url"] for _kind, row in rows] == [f"https://wire.test/{n}" for n in (1, 2, 3)]
    reviews = [{"url": f"https://checks.test/{n}", "datePublished": "2021-03-04"} for n in (1, 2, 3)]
    claim = [{**reviews[0], "@type": "ClaimReview", "itemReviewed": reviews[1]}, reviews[2]]
    found = json_records(json.dumps(claim))
    assert found is not None
    assert [record["url"] for _kind, record in found] == [f"https://checks.test/{n}" for n in (1, 2, 3)]


# --- piece 3: the sentence's mark at an address's end, tested in one place ----------------------------------


@pytest.mark.parametrize(
    ("url", "bare"),
    [
        ("https://x.example/story.", "https://x.example/story"),
        ("https://x.example/story).;", "https://x.example/story)"),  # a bracket is kept: no sentence's mark
        ("https://x.example/a/b,", "https://x.example/a/b"),
        ("https://x.example/a!:", "https://x.example/a"),
        ("https://x.example/story", None),
        ("https://x.example.", None),  # a bare host's trailing dot is its name's
        ("https://x.example", None),
        ("x.example/story.", None),  # no scheme: not an address this reads
        ("", None),
    ],
)
def test_sentence_tail_called_alone(url: str, bare: str | None) -> None:
    assert checker._sentence_tail(url) == bare


def test_the_address_is_tested_for_a_sentences_mark_in_one_place() -> None:
    """``_SENTENCE_MARKS`` is read by ``_sentence_tail`` alone: its caller asks it, not the marks too."""
    tree = ast.parse(inspect.getsource(checker))
    readers = {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and any(isinstance(n, ast.Name) and n.id == "_SENTENCE_MARKS" for n in ast.walk(node))
    }
    assert readers == {"_sentence_tail"}


@pytest.mark.parametrize("status", [404, 200])
def test_the_hint_for_a_dead_address_ending_in_a_full_stop(status: int) -> None:
    url = "https://kronika.example.org/2020/05/strikes."
    fetched = FetchResult(url=url, final_url=url, status_code=status, headers=HTML, body=b"<title>x</title>")
    page = check([Citation(url=url)], Config(allow_private=True), fetcher=Answers({url: fetched}))
    reason = page.results[0].reason
    hint = "check https://kronika.example.org/2020/05/strikes"
    assert (hint in reason) is (status == 404)
