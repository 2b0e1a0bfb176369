"""A manifest's redirect wrapper is unwrapped once a line (tidy12): the fast path for plain lines
(``sources._plain_citation``) makes the wrapped citation itself, as the full reader makes it, instead of
declining the line for the full reader to unwrap it again."""

from __future__ import annotations

import pytest

from linkcheck import sources
from linkcheck.models import Article, PartialDate

ARTICLE = Article(date=PartialDate(2020, 1, 9), title="T", source="s.txt", line=1)
GOOGLE = "https://www.google.com/url?q=https://ria.ru/20200109/1563219328.html&sa=D&ust=1578560000000"
SAFELINKS = (
    "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org%2Fnews%2Fstory.html"
    "&data=05%7C01&reserved=0"
)


@pytest.mark.parametrize("wrapped", [GOOGLE, SAFELINKS])
@pytest.mark.parametrize("fields", ["", " | title: A headline | date: 2020-01-09 | outlet: RIA Novosti"])
def test_fast_path_reads_a_wrapper_as_the_full_reader(wrapped: str, fields: str) -> None:
    line = wrapped + fields
    fast = sources._plain_citation(line, "s.txt", 7, ARTICLE, sources._new_citation)
    assert fast is not None
    assert fast == sources._parse_citation_line(line, "s.txt", 7, ARTICLE)
    assert fast.wrapper == wrapped
    assert fast.url != wrapped
    assert sources._plain_citation(line, "s.txt", 7, ARTICLE, sources._url_only) == fast.url


def test_a_wrapper_line_is_unwrapped_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    unwrap = sources.unwrap_redirect

    def counted(url: str) -> tuple[str, str] | None:
        calls.append(url)
        return unwrap(url)

    monkeypatch.setattr(sources, "unwrap_redirect", counted)
    lines = [GOOGLE + " | title: A headline", SAFELINKS + " | Title: written otherwise, the full reader's"]
    citations = list(sources.iter_sources(lines, "s.txt"))
    assert [c.wrapper for c in citations] == [GOOGLE, SAFELINKS]
    assert calls == [GOOGLE, SAFELINKS]
    calls.clear()
    assert list(sources.iter_source_urls(lines, "s.txt")) == [c.url for c in citations]
    assert calls == [GOOGLE, SAFELINKS]
