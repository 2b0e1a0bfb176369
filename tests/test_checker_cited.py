"""What a URL's citations ask of its page (``checker._Cited``, built by ``checker._cited``) and the reading
that answers it: the page decoded once however many of its readers want the text (a quote, an entry named by
a fragment), each entry's heading offered to the citation naming it and to no other."""

from __future__ import annotations

from typing import Any

import pytest

from linkcheck import checker, parse_sources
from linkcheck.checker import _Cited, _cited, _read_page, _result, _Slots
from linkcheck.config import Config
from linkcheck.extract import core
from linkcheck.models import FetchResult, TitleCandidate

URL = "https://tass.example/mezhdunarodnaya-panorama/7460000"
ENTRY = "Moscow courts fine three foreign platforms"
OTHER = "Second entry on the same page of the evening"
PAGE = (
    "<!doctype html><html lang=en><head><title>Live: the day in Moscow - TASS</title>"
    "<meta property='og:site_name' content='TASS'></head><body><h1>Live: the day in Moscow</h1>"
    f"<div id='post-118'><span>11:40</span><h3>{ENTRY}</h3><p>The court said so.</p></div>"
    f"<div id='post-119'><span>12:05</span><h3>{OTHER}</h3><p>More later today.</p></div>"
    "<p>The live page goes on with more entries through the day, as the news comes in.</p>"
    "</body></html>"
)


def _fetch(body: str = PAGE) -> FetchResult:
    return FetchResult(
        url=URL,
        final_url=URL,
        status_code=200,
        headers={"content-type": "text/html; charset=utf-8"},
        body=body.encode(),
    )


def test_cited_gathers_what_each_citation_asks_once() -> None:
    citations = list(
        parse_sources(
            f"{URL}#post-118 | title: {ENTRY} | outlet: TASS\n"
            f"{URL}#post-118 | title: {ENTRY} | outlet: TASS\n"
            f"{URL}#post-119 | title: {OTHER} | outlet: ITAR-TASS\n"
            f'{URL} | quote: "The court said so"\n',
            source="inline",
        )
    )
    assert _cited(citations) == _Cited(
        quotes=True,
        outlets=("TASS", "ITAR-TASS"),
        fragments=("post-118", "post-119"),
        titles=(ENTRY, OTHER),
    )


def test_cited_of_plain_citations_asks_nothing_of_the_text() -> None:
    cited = _cited(parse_sources(f"{URL}\n{URL}#\n", source="inline"))
    assert cited == _Cited()


@pytest.mark.parametrize(
    "cited",
    [
        _Cited(quotes=True),
        _Cited(fragments=("post-118",)),
        _Cited(quotes=True, fragments=("post-118", "post-119")),
    ],
)
def test_the_page_is_decoded_once_for_all_its_readers(monkeypatch: pytest.MonkeyPatch, cited: _Cited) -> None:
    checker._import_readers()
    calls: list[int] = []
    decode = checker.decode_html

    def counted(body: Any, headers: Any = None) -> str:
        calls.append(len(body))
        return decode(body, headers)

    monkeypatch.setattr(checker, "decode_html", counted)
    monkeypatch.setattr(core, "decode_html", counted)  # the extractor's own, given bytes
    page = _read_page(URL, _fetch(), Config(), _Slots(1), cited)
    assert len(calls) == 1
    assert (page.text is not None) == cited.quotes
    assert dict(page.anchors or {}) == {f: {"post-118": ENTRY, "post-119": OTHER}[f] for f in cited.fragments}


def test_each_entry_heading_goes_to_the_citation_naming_it() -> None:
    citations = list(
        parse_sources(
            f"{URL}#post-118 | title: {ENTRY}\n{URL}#post-119 | title: {ENTRY}\n{URL} | title: {ENTRY}\n",
            source="inline",
        )
    )
    config = Config()
    page = _read_page(URL, _fetch(), config, _Slots(1), _cited(citations))
    assert page.metadata is not None
    assert all(c.source != "live-entry" for c in page.metadata.title_candidates)  # the page's own
    kinds = [[f.kind.value for f in _result(c, page, config).findings] for c in citations]
    assert "title_mismatch" not in kinds[0]  # #post-118 is the cited entry
    assert "title_mismatch" in kinds[1]  # #post-119 is another entry
    assert "title_mismatch" in kinds[2]  # the live page itself


def test_a_library_caller_naming_the_entry_in_the_url_gets_its_heading() -> None:
    from linkcheck.extract import extract_metadata

    named = extract_metadata(PAGE, URL + "#post-119")
    assert TitleCandidate(OTHER, "live-entry") in named.title_candidates
