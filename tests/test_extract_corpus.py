"""Every page of the fixture corpus (tests/fixtures/pages) gives the title, dates and site name its sidecar
expects. The pages reproduce real publishers' markup with our own text; see the corpus README."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.models import Metadata

CORPUS = Path(__file__).parent / "fixtures" / "pages"
#: The day the corpus was written: pages show it as "today" in their mastheads.
TODAY = dt.date(2024, 11, 30)
PAGES = sorted(p.stem for p in CORPUS.glob("*.json"))


def load(name: str) -> tuple[dict[str, Any], Metadata]:
    expected = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    body = (CORPUS / f"{name}.html").read_bytes()
    return expected, extract_metadata(body, expected["url"], expected.get("headers"), today=TODAY)


def test_corpus_is_large_and_varied() -> None:
    assert len(PAGES) >= 60
    sidecars = [json.loads((CORPUS / f"{n}.json").read_text(encoding="utf-8")) for n in PAGES]
    assert all((CORPUS / f"{n}.html").exists() for n in PAGES)
    assert sum(s["soft_404"] for s in sidecars) >= 5
    assert sum(s["published"] is None for s in sidecars) >= 5
    for sidecar in sidecars:
        assert {"url", "title", "published", "modified", "site_name", "soft_404", "notes"} <= sidecar.keys()


@pytest.mark.parametrize("name", PAGES)
def test_page(name: str) -> None:
    expected, meta = load(name)
    got = {
        "title": meta.title,
        "published": meta.published.value.isoformat() if meta.published else None,
        "modified": meta.modified.value.isoformat() if meta.modified else None,
        "site_name": meta.site_name,
    }
    want = {key: expected[key] for key in got}
    assert got == want, expected["notes"]
    # The chosen title is one of the candidates, and every candidate is non-empty and stripped.
    if meta.title is not None:
        assert meta.title in {c.text for c in meta.title_candidates}
    assert all(c.text and c.text == c.text.strip() for c in meta.title_candidates)
    if meta.canonical_url is not None:
        assert meta.canonical_url.startswith(("http://", "https://"))


def test_windows_1251_without_any_declaration_is_detected() -> None:
    _, meta = load("regional_ru_cp1251_nodecl")
    assert meta.title == "Омские ученые создали новый сплав для авиации"


def test_timestamp_keeps_the_page_offset() -> None:
    _, meta = load("tass_ru_article")
    assert meta.published is not None
    assert meta.published.timestamp is not None
    assert meta.published.value == dt.date(2020, 1, 9)
    assert meta.published.timestamp.utcoffset() == dt.timedelta(hours=3)
    assert meta.published.timestamp.astimezone(dt.timezone.utc).date() == dt.date(2020, 1, 8)


def test_sources_are_reported() -> None:
    assert load("ria_ru_article")[1].published.source == "json-ld"  # type: ignore[union-attr]
    assert load("reuters_like")[1].published.source == "opengraph"  # type: ignore[union-attr]
    assert load("nyt_like")[1].site_name_source == "json-ld"
    assert load("only_url_date")[1].published.source == "url"  # type: ignore[union-attr]
    assert load("only_text_date_en")[1].published.source == "text"  # type: ignore[union-attr]
    assert load("microdata_body")[1].published.source == "microdata"  # type: ignore[union-attr]
    assert load("bbc_reportage")[1].title_source == "opengraph"
    # The logo h1 (a link to the home page) is the site's name: the headline h2 is read, and agrees with
    # the stripped <title>.
    assert load("h1_logo_h2_headline")[1].title_source == "h2"
    assert load("h1_logo_h2_headline")[1].site_name_source == "h1"
