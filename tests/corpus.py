"""The page corpora (``tests/fixtures/pages``, ``tests/fixtures/heldout``): each ``NAME.html`` beside its
``NAME.json`` sidecar of expectations, read through the extractor once per test module."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from linkcheck.extract import extract_metadata
from linkcheck.models import Metadata

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass(frozen=True)
class Page:
    name: str
    expected: dict[str, Any]
    metadata: Metadata


def load_pages(directory: Path, *, today: dt.date | None = None) -> list[Page]:
    """Every page of ``directory`` with its sidecar and what :func:`extract_metadata` reads from it."""
    pages = []
    for sidecar in sorted(directory.glob("*.json")):
        expected = json.loads(sidecar.read_text(encoding="utf-8"))
        body = sidecar.with_suffix(".html").read_bytes()
        meta = extract_metadata(body, expected["url"], expected.get("headers"), today=today)
        pages.append(Page(sidecar.stem, expected, meta))
    return pages
