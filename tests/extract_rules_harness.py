"""What the held-out extraction batches' rules tests share (forty-seventh batch on): a page built around a
body and read by :func:`linkcheck.extract.extract_metadata` on the test runner's "today", and the dates a text
or a page gives."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from linkcheck.extract import extract_metadata
from linkcheck.extract.dates import find_text_dates
from linkcheck.models import ExtractedDate, Metadata

TODAY = dt.date(2024, 11, 30)
JAN_9 = dt.date(2020, 1, 9)
JAN_10 = dt.date(2020, 1, 10)
URL = "https://news.example.org/item/5120"


def page(
    body: str, *, head: str = "", title: str = "Headline | Site", lang: str = "en", url: str = URL
) -> Metadata:
    """The metadata of a page of ``body`` under ``<title>`` ``title`` (with ``head`` after it), in ``lang``,
    at ``url``."""
    html_text = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}'
        f"</head><body>{body}</body></html>"
    )
    return extract_metadata(html_text, url, today=TODAY)


def page_in(lang: str, title: str) -> Callable[..., Metadata]:
    """:func:`page` with ``lang`` and ``title`` of its own (the forty-fourth and forty-sixth batches' pages
    are Russian, under a Russian headline)."""
    return functools.partial(page, lang=lang, title=title)


def value(found: ExtractedDate | None) -> dt.date | None:
    """A date found, or ``None``."""
    return None if found is None else found.value


def dates(found: Metadata) -> tuple[dt.date | None, dt.date | None]:
    """A page's published and modified days."""
    return value(found.published), value(found.modified)


def days(text: str) -> list[dt.date]:
    """The days :func:`linkcheck.extract.dates.find_text_dates` reads in ``text``, in its order."""
    return [day for day, _start, _end in find_text_dates(text)]
