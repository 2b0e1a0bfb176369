"""What the held-out extraction batches' rules tests share (forty-seventh batch on): a page built around a
body and read by :func:`linkcheck.extract.extract_metadata` on the test runner's "today", and the dates a text
or a page gives."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping

from linkcheck.extract import extract_metadata
from linkcheck.extract.dates import find_text_dates
from linkcheck.models import ExtractedDate, Metadata

TODAY = dt.date(2024, 11, 30)
JAN_9 = dt.date(2020, 1, 9)
JAN_10 = dt.date(2020, 1, 10)
URL = "https://news.example.org/item/5120"


def page(
    body: str,
    *,
    head: str = "",
    title: str = "Headline | Site",
    lang: str = "en",
    url: str = URL,
    headers: Mapping[str, str] | None = None,
) -> Metadata:
    """The metadata of a page of ``body`` under ``<title>`` ``title`` (with ``head`` after it), in ``lang``,
    at ``url``, served with ``headers``."""
    html_text = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}'
        f"</head><body>{body}</body></html>"
    )
    return extract_metadata(html_text, url, headers, today=TODAY)


def story(
    headline: str,
    byline: str,
    text: str,
    *,
    head: str = "",
    lang: str = "en",
    headers: Mapping[str, str] | None = None,
) -> Metadata:
    """:func:`page` of one ``<article>``: the ``<h1>`` ``headline`` (the ``<title>`` too), then ``byline``
    (the markup of its dates or its author), then ``text``."""
    return page(
        f"<article><h1>{headline}</h1>{byline}{text}</article>",
        head=head,
        title=headline,
        lang=lang,
        headers=headers,
    )


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
