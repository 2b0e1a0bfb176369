"""Property tests: extraction never raises, whatever the input, and its output keeps its invariants."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linkcheck.extract import date_from_url, decode_html, extract_metadata, parse_date_string, strip_affixes
from linkcheck.extract.titles import clean_text
from linkcheck.models import Metadata

TODAY = dt.date(2024, 11, 30)

TAGS = [
    "div",
    "p",
    "span",
    "h1",
    "h2",
    "time",
    "article",
    "header",
    "footer",
    "nav",
    "a",
    "script",
    "meta",
    "title",
]
ATTRS = ["class", "id", "datetime", "content", "property", "name", "itemprop", "type", "lang", "href", "rel"]
VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "article:published_time",
            "og:title",
            "og:site_name",
            "datePublished",
            "application/ld+json",
            "canonical",
            "2020-01-09T10:00:00+03:00",
            "20200109T1512",
            "1578571920",
            "published",
            "updated",
            "related",
            "9 января 2020",
            "2099-01-01",
            "1969-07-21",
        ]
    ),
)
TEXTS = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "January 9, 2020",
            "09.01.2020",
            "Updated: March 3, 2021",
            "© 2024",
            '{"@type":"NewsArticle","datePublished":"2020-01-09","headline":"H"}',
            '{"@graph":[{"@type":"Article","datePublished":',
            "Page not found",
            "Site | Headline - Site",
        ]
    ),
)


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    def element(depth: int) -> str:
        tag = draw(st.sampled_from(TAGS))
        attrs = draw(st.lists(st.tuples(st.sampled_from(ATTRS), VALUES), max_size=3))
        attr_text = "".join(f' {k}="{v}"' for k, v in attrs)
        children = "" if depth > 3 else "".join(element(depth + 1) for _ in range(draw(st.integers(0, 3))))
        closing = draw(st.booleans())  # unclosed tags are normal on the web
        return f"<{tag}{attr_text}>{draw(TEXTS)}{children}" + (f"</{tag}>" if closing else "")

    head = "".join(element(2) for _ in range(draw(st.integers(0, 4))))
    body = "".join(element(0) for _ in range(draw(st.integers(0, 4))))
    return f"<html><head>{head}</head><body>{body}</body></html>"


def check_invariants(meta: Metadata) -> None:
    assert isinstance(meta, Metadata)
    for date in (meta.published, meta.modified):
        if date is not None:
            assert date.value <= TODAY + dt.timedelta(days=1)
            assert date.source in {"json-ld", "opengraph", "meta", "microdata", "time", "url", "text"}
    if meta.published and meta.modified:
        assert meta.modified.value >= meta.published.value
    if meta.title is not None:
        assert meta.title.strip() == meta.title
        assert meta.title
        assert meta.title in {c.text for c in meta.title_candidates}
        assert meta.title_source in {c.source for c in meta.title_candidates}
    if meta.canonical_url is not None:
        assert meta.canonical_url.startswith(("http://", "https://"))
    if meta.url_date is not None:
        assert dt.date(1990, 1, 1) <= meta.url_date <= TODAY + dt.timedelta(days=1)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    html_documents(),
    st.sampled_from(["https://example.com/2020/01/09/a", "https://ria.ru/20200109/1.html", ""]),
)
def test_generated_html_never_raises(html: str, url: str) -> None:
    check_invariants(extract_metadata(html, url, today=TODAY))


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=2000), st.dictionaries(st.sampled_from(["Content-Type", "content-type"]), st.text())
)
def test_random_bytes_never_raise(body: bytes, headers: dict[str, str]) -> None:
    check_invariants(extract_metadata(body, "https://example.com/x", headers, today=TODAY))
    assert isinstance(decode_html(body, headers), str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_random_text_never_raises(text: str) -> None:
    check_invariants(extract_metadata(text, text[:50], today=TODAY))
    parse_date_string(text)
    value = date_from_url(text, today=TODAY)
    assert value is None or dt.date(1990, 1, 1) <= value <= TODAY + dt.timedelta(days=1)


@settings(max_examples=200, deadline=None)
@given(
    st.text(min_size=1, max_size=120),
    st.lists(st.text(max_size=20), max_size=3),
    st.lists(st.text(max_size=40)),
)
def test_strip_affixes_never_empties_a_title(title: str, sites: list[str], others: list[str]) -> None:
    result, _removed, _by_name = strip_affixes(title, sites, "https://example.com/", others)
    assert bool(result) == bool(clean_text(title))  # empty only when nothing visible was given
    assert result == result.strip()


def test_pathological_inputs() -> None:
    cases: list[str | bytes] = [
        "",
        b"",
        "<div>" * 50_000 + "deep" + "</div>" * 50_000,
        "<html><head><title>" + "x" * 2_000_000 + "</title></head></html>",
        '<meta property="og:title" content="' + "y" * 1_000_000 + '">',
        "<html><head><script type='application/ld+json'>" + "[" * 100_000 + "</script></head></html>",
        "<?xml version='1.0' encoding='utf-8'?><html><head><title>x</title></head></html>",
        "\x00\x00<html>\x00<title>nul</title>",
        b"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00",
        "<html><head><meta charset='bogus-charset'></head></html>",
    ]
    for case in cases:
        check_invariants(extract_metadata(case, "https://example.com/a", today=TODAY))
