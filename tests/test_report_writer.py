"""``ResultWriter`` writes a result as the JSON encoder writes ``result_to_dict`` of it, in both styles the
reports use (the JSON report's ``", "``/``": "`` and JSON Lines' compact record with ``"record"`` first)."""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.models import (
    Article,
    Cause,
    Citation,
    ExtractedDate,
    Finding,
    FindingKind,
    Metadata,
    PartialDate,
    Redirect,
    Result,
    Severity,
    Status,
    Verdict,
)
from linkcheck.report.json import ResultWriter, result_to_dict
from linkcheck.report.jsonl import one_line, result_line

PLAIN = ResultWriter()
LINES = ResultWriter(",", ":", record="result")


def as_encoder_writes(result: Result) -> tuple[str, str]:
    record = result_to_dict(result)
    plain = json.JSONEncoder(ensure_ascii=False).encode(record)
    line = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode({"record": "result", **record})
    return plain, line


def assert_same(result: Result) -> None:
    plain, line = as_encoder_writes(result)
    assert PLAIN(result) == plain
    assert LINES(result) == line
    # the JSON Lines record: the same, with NEL, U+2028 and U+2029 escaped (one_line, reports4)
    assert result_line(result) == one_line(line) + "\n"
    assert json.loads(result_line(result)) == json.loads(line)


# any text: quotes, backslashes, controls, non-ASCII, lone surrogates
TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=12)
MAYBE = st.none() | TEXT
DAY = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
PARTIAL = st.none() | st.builds(
    lambda d, precision: PartialDate(
        d.year, d.month if precision > 0 else None, d.day if precision > 1 else None
    ),
    DAY,
    st.integers(0, 2),
)
EXTRACTED = st.none() | st.builds(ExtractedDate, DAY, TEXT)
FLOATS = st.floats(allow_nan=True, allow_infinity=True)


@st.composite
def results(draw: st.DrawFn) -> Result:
    url = draw(TEXT)
    article = draw(st.none() | st.builds(Article, PARTIAL, MAYBE, MAYBE, TEXT, st.none() | st.integers()))
    citation = Citation(
        url=url,
        title=draw(MAYBE),
        date=draw(PARTIAL),
        outlet=draw(MAYBE),
        note=draw(MAYBE),
        source=draw(TEXT),
        line=draw(st.none() | st.integers()),
        article=article,
        archive_url=draw(MAYBE),
        access_date=draw(PARTIAL),
        quote=draw(MAYBE),
    )
    same_or = st.just(url) | MAYBE  # the page's URLs are most often the cited one
    metadata = draw(
        st.none()
        | st.builds(
            Metadata,
            title=st.just(citation.title) | MAYBE,
            title_source=MAYBE,
            published=EXTRACTED,
            modified=EXTRACTED,
            site_name=MAYBE,
            site_name_source=MAYBE,
            canonical_url=same_or,
            language=MAYBE,
        )
    )
    findings = draw(
        st.lists(
            st.builds(
                Finding,
                st.sampled_from(FindingKind),
                st.sampled_from(Severity),
                TEXT,
                MAYBE,
                MAYBE,
                st.none() | FLOATS,
            ),
            max_size=3,
        )
    )
    return Result(
        citation,
        draw(st.sampled_from(Status)),
        draw(TEXT),
        draw(st.sampled_from(Verdict)),
        cause=draw(st.none() | st.sampled_from(Cause)),
        http_status=draw(st.none() | st.integers(-(2**70), 2**70)),
        final_url=draw(same_or),
        redirects=tuple(draw(st.lists(st.builds(Redirect, st.integers(), TEXT), max_size=3))),
        metadata=metadata,
        findings=tuple(findings),
        elapsed=draw(FLOATS),
    )


@settings(max_examples=400, deadline=None)
@given(results())
def test_a_result_is_written_as_the_encoder_writes_its_dict(result: Result) -> None:
    assert_same(result)


def plain_result() -> Result:
    url = "https://tass.example/politika/7532207"
    citation = Citation(
        url, title="Путин подписал закон", date=PartialDate(2019, 11, 29), outlet="TASS", line=4
    )
    meta = Metadata(
        title="Путин подписал закон",
        title_source="opengraph",
        published=ExtractedDate(dt.date(2019, 11, 29), "json-ld"),
        site_name="TASS",
        canonical_url=url,
        language="ru",
    )
    return Result(citation, Status.OK, "200 OK", Verdict.PASS, http_status=200, final_url=url, metadata=meta)


def test_the_page_url_written_once_is_the_url_each_time_and_another_url_is_its_own() -> None:
    result = plain_result()
    assert_same(result)
    text = PLAIN(result)
    assert text.count('"https://tass.example/politika/7532207"') == 3
    moved = Result(
        result.citation,
        Status.OK,
        "200 OK",
        Verdict.PASS,
        http_status=200,
        final_url="https://tass.example/politika/7532207?amp",
        metadata=Metadata(canonical_url="https://tass.example/politika/7532207/"),
    )
    assert_same(moved)
    assert '"final_url": "https://tass.example/politika/7532207?amp"' in PLAIN(moved)
    assert '"canonical_url": "https://tass.example/politika/7532207/"' in PLAIN(moved)


class Code(enum.IntEnum):
    OK = 200


class Text(str):
    def __str__(self) -> str:
        return "not this"


def test_values_of_other_types_are_written_by_the_encoder() -> None:
    # left alone by the quick way: a bool, an int enum, a str subclass, NaN and infinities go as the encoder
    # writes them (true, 200, the text itself, NaN, Infinity)
    base = plain_result()
    odd: list[dict[str, Any]] = [
        {"http_status": Code.OK},
        {"http_status": True},
        {"reason": Text("200 fine")},
        {"elapsed": math.nan},
        {"elapsed": -math.inf},
        {"elapsed": 3},
        {"final_url": Text(base.citation.url)},
        {"findings": (Finding(FindingKind.TITLE_MISMATCH, Severity.FAIL, "m", score=math.inf),)},
    ]
    for change in odd:
        result = Result(**{**{f: getattr(base, f) for f in base.__dataclass_fields__}, **change})
        assert_same(result)
    assert '"http_status": true' in PLAIN(
        Result(**{**{f: getattr(base, f) for f in base.__dataclass_fields__}, "http_status": True})
    )
