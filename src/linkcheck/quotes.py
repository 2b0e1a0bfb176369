"""Words a citation quotes from the page (``quote:``; wikitext's ``|quote=``), looked for in the page's text.

A quote is found when its words appear on the page in the same order, whatever the case, the punctuation,
the kind of quotation marks and the spacing. Editors shorten and fill in quotations: an ellipsis (``...``,
``…``, ``[...]``) or a bracketed insertion (``[the minister]``) splits the quote into parts, and each part
must be found, in order. A quote not found is a ``quote_missing`` finding:

* ``warn`` when most of its words are on the page (misquoted, or the page was edited since);
* ``info`` when few of them are (a translation or a paraphrase: the seed article quotes RIA Novosti's
  Russian report in English), as nothing here can tell those from a changed page.

Pure functions; the page's text comes from :func:`page_text`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from linkcheck.models import Finding, FindingKind, Severity

__all__ = ["page_text", "quote_finding"]

#: Characters of the page's text kept (a quote is looked for in the first ~200 pages of prose).
MAX_TEXT_CHARS = 1_000_000
#: Share of a quote's words (of three letters or more) on the page, below which a quote not found is taken
#: for a translation or a paraphrase.
_TRANSLATED_BELOW = 0.5
_ELISION = re.compile(r"\[\s*(?:\.\s*){2,}\]|\(\s*(?:\.\s*){2,}\)|(?:\.\s*){3,}|…|\[[^\]]{0,80}\]")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _cjk() -> re.Pattern[str]:
    """Kana, CJK ideographs and Hangul; compiled on first use, by the first quote that is not ASCII (the
    regex compiler visits every code point of the ranges: 44 M instructions, all of the module's import)."""
    return re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


_NOT_TEXT = ("script", "style", "noscript", "template", "svg", "head")


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


def page_text(html: str) -> str | None:
    """The text a reader sees on the page (scripts, styles and the head left out), white space collapsed;
    ``None`` when the page does not parse."""
    parser = etree.HTMLParser(recover=True, no_network=True, remove_comments=True, remove_pis=True)
    try:  # lxml refuses a str that declares its encoding
        root: Any = etree.fromstring(_XML_DECLARATION.sub("", html, count=1), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    etree.strip_elements(root, *_NOT_TEXT, with_tail=False)
    return " ".join(" ".join(root.itertext()).split())[:MAX_TEXT_CHARS]


def _key(text: str, cjk: bool) -> str:
    """``text`` as a comparison key: NFKC, case-folded, words only; joined by spaces (padded at both ends),
    or by nothing for text in a script written without spaces (Chinese, Japanese)."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return "".join(words) if cjk else f" {' '.join(words)} "


def _parts(quote: str, cjk: bool) -> list[str]:
    """The quote's parts between elisions and insertions, as keys; too short a part (one word, or three
    characters without spaces) says nothing and is dropped unless it is the whole quote."""
    keys = [_key(part, cjk) for part in _ELISION.split(quote)]
    keys = [k for k in keys if k.strip()]
    long = [k for k in keys if (len(k) >= 4 if cjk else k.count(" ") >= 3)]
    return long or keys


def quote_finding(quote: str | None, text: str | None) -> Finding | None:
    """A ``quote_missing`` finding when ``quote`` is not in the page's ``text`` (see the module docstring);
    ``None`` when it is, or when there is no quote. ``text`` ``None``: the page's text was not read."""
    if not quote or not quote.strip():
        return None
    shown = quote if len(quote) <= 120 else quote[:117] + "..."
    if text is None:
        return Finding(
            kind=FindingKind.QUOTE_MISSING,
            severity=Severity.INFO,
            message=f"quote {shown!r} not checked: the page's text was not read",
            expected=quote,
        )
    cjk = not quote.isascii() and _cjk().search(quote) is not None
    page = _key(text, cjk)
    parts = _parts(quote, cjk)
    if not parts:
        return None
    at, found = 0, 0
    for part in parts:
        where = page.find(part, at)
        if where < 0:
            break
        found += 1
        at = where + len(part) - (0 if cjk else 1)  # the next part may share the padding space
    if found == len(parts):
        return None
    words = [w for w in _WORD.findall(unicodedata.normalize("NFKC", quote).casefold()) if len(w) >= 3 or cjk]
    on_page = sum(1 for w in words if (w in page if cjk else f" {w} " in page))
    share = on_page / len(words) if words else 0.0
    if share < _TRANSLATED_BELOW:
        return Finding(
            kind=FindingKind.QUOTE_MISSING,
            severity=Severity.INFO,
            message=(
                f"quote {shown!r} is not on the page, and few of its words are ({on_page} of {len(words)}):"
                " a translation or a paraphrase?"
            ),
            expected=quote,
        )
    where_lost = f"part {found + 1} of {len(parts)}" if len(parts) > 1 else "its words in this order"
    return Finding(
        kind=FindingKind.QUOTE_MISSING,
        severity=Severity.WARN,
        message=(
            f"quote {shown!r} is not on the page ({where_lost} not found, though {on_page} of {len(words)} of"
            " its words are): misquoted, or the page was edited since?"
        ),
        expected=quote,
    )
