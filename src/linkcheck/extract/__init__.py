"""Extraction: what a page says about itself (headline, dates, site name, canonical URL, language).

Pure functions of strings and bytes, no I/O::

    extract_metadata(html, url, headers=None) -> Metadata
    decode_html(body, headers=None) -> str
    date_from_url(url) -> datetime.date | None

The strategies and their order are in :mod:`linkcheck.extract.core`; the knowledge they use (meta names,
JSON-LD types, class hints, month names) is data in :mod:`linkcheck.extract.tables`.
"""

from __future__ import annotations

from linkcheck.extract.core import extract_metadata
from linkcheck.extract.dates import date_from_url, find_text_dates, parse_date_string
from linkcheck.extract.decode import decode_html
from linkcheck.extract.titles import normalize_title, strip_affixes

__all__ = [
    "date_from_url",
    "decode_html",
    "extract_metadata",
    "find_text_dates",
    "normalize_title",
    "parse_date_string",
    "strip_affixes",
]
