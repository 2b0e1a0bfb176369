"""Words a citation quotes from the page (``quote:``; wikitext's ``|quote=``), looked for in the page's text.

A quote is found when its words appear on the page in the same order, whatever the case, the punctuation,
the kind of quotation marks and the spacing. Editors shorten and fill in quotations: an ellipsis (``...``,
``…``, ``[...]``) or a bracketed insertion (``[the minister]``) splits the quote into parts, and each part
must be found, in order. A quote not found is a ``quote_missing`` finding:

* ``warn`` when most of its words are on the page (misquoted, or the page was edited since);
* ``info`` when few of them are (a translation or a paraphrase: the seed article quotes RIA Novosti's
  Russian report in English), as nothing here can tell those from a changed page.

A link may quote the page by itself: a text fragment (``#:~:text=...``, what a browser's "copy link to
highlight" writes) names the passage the browser is to highlight. :func:`highlighted_passages` reads those
passages, and each is looked for as a quote is (a passage from its start to its end is a quote with an
ellipsis between them): where it is gone, the page no longer says what the link points at.

Pure functions; the page's text comes from :func:`page_text`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import unquote

from linkcheck.lazyre import lazy_re
from linkcheck.memo import once
from linkcheck.models import Citation, Finding, FindingKind, Severity
from linkcheck.tagflood import capped_tags

__all__ = ["highlighted_passages", "page_text", "quote_finding", "quote_findings", "quotes_page"]

#: Characters of the page's text kept (a quote is looked for in the first ~200 pages of prose).
MAX_TEXT_CHARS = 1_000_000
#: Share of a quote's words (of three letters or more) on the page, below which a quote not found is taken
#: for a translation or a paraphrase.
_TRANSLATED_BELOW = 0.5
_ELISION = lazy_re(r"\[\s*(?:\.\s*){2,}\]|\(\s*(?:\.\s*){2,}\)|(?:\.\s*){3,}|…|\[[^\]]{0,80}\]")
_WORD = lazy_re(r"\w+")


@once
def _cjk() -> re.Pattern[str]:
    """Kana, CJK ideographs and Hangul; compiled on first use, by the first quote that is not ASCII (the
    regex compiler visits every code point of the ranges: 44 M instructions, all of the module's import)."""
    return re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


_NOT_TEXT = ("script", "style", "noscript", "template", "svg", "head")


_XML_DECLARATION = lazy_re(r"^\s*<\?xml[^>]*>")


def page_text(html: str) -> str | None:
    """The text a reader sees on the page (scripts, styles and the head left out), white space collapsed;
    ``None`` when the page does not parse."""
    from lxml import etree  # type: ignore[import-untyped]  # here: the rest of the module is read without lxml

    parser = etree.HTMLParser(recover=True, no_network=True, remove_comments=True, remove_pis=True)
    try:  # lxml refuses a str that declares its encoding
        root: Any = etree.fromstring(capped_tags(_XML_DECLARATION.sub("", html, count=1)), parser)
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


#: Where a URL's fragment directives start (``#section:~:text=...`` keeps its ordinary fragment before it).
_DIRECTIVES = ":~:"
#: Text directives read from one URL at most (a link highlights one passage, rarely a few).
_MAX_PASSAGES = 8


def highlighted_passages(url: str) -> tuple[str, ...]:
    """The passages ``url``'s text fragment highlights, each as a quote :func:`quote_finding` looks for.

    A text directive is ``text=[prefix-,]start[,end][,-suffix]``, each term percent-encoded (WICG's *URL
    Fragment Text Directives*); directives are joined by ``&``. The prefix and the suffix are words the
    passage stands next to, and belong to it here; from a start to an end is an elided quote
    (``start ... end``). A directive that is not well formed is skipped, as browsers skip it."""
    at = url.find("#")
    if at < 0:
        return ()
    directives = url.find(_DIRECTIVES, at)
    if directives < 0:
        return ()
    passages: list[str] = []
    for directive in url[directives + len(_DIRECTIVES) :].split("&"):
        if directive.startswith("text=") and len(passages) < _MAX_PASSAGES:
            passage = _passage(directive[5:])
            if passage:
                passages.append(passage)
    return tuple(passages)


def _passage(value: str) -> str | None:
    """One text directive's value as a quote, or ``None`` when it is not well formed."""
    terms = value.split(",")
    prefix = terms.pop(0)[:-1] if terms[0].endswith("-") else None
    suffix = terms.pop()[1:] if terms and terms[-1].startswith("-") else None
    if not 1 <= len(terms) <= 2:
        return None
    start, *end = (unquote(term).strip() for term in terms)
    before = unquote(prefix).strip() if prefix is not None else ""
    after = unquote(suffix).strip() if suffix is not None else ""
    if not start or "" in end or (prefix is not None and not before) or (suffix is not None and not after):
        return None
    first = f"{before} {start}".strip()
    return f"{first} ... {end[0]} {after}".strip() if end else f"{first} {after}".strip()


def quotes_page(citation: Citation) -> bool:
    """Does ``citation`` quote its page: a ``quote:``, or a URL that highlights a passage? (Its page's text is
    read for it.)"""
    return bool(citation.quote) or bool(highlighted_passages(citation.url))


def quote_findings(citation: Citation, text: str | None) -> list[Finding]:
    """The ``quote_missing`` findings of ``citation`` against its page's ``text`` (``None``: not read): its
    ``quote:``, then each passage its URL highlights. A citation with neither (no ``quote:``, no ``#`` in
    its URL: nearly every link) has none, with no list made (cost15)."""
    if not citation.quote and "#" not in citation.url:
        return []
    found = [quote_finding(citation.quote, text)]
    found += [quote_finding(p, text, highlighted=True) for p in highlighted_passages(citation.url)]
    return [f for f in found if f is not None]


def quote_finding(quote: str | None, text: str | None, *, highlighted: bool = False) -> Finding | None:
    """A ``quote_missing`` finding when ``quote`` is not in the page's ``text`` (see the module docstring);
    ``None`` when it is, or when there is no quote. ``text`` ``None``: the page's text was not read.
    ``highlighted``: the quote is a passage the cited URL's text fragment highlights, not a ``quote:``."""
    if not quote or not quote.strip():
        return None
    shown = quote if len(quote) <= 120 else quote[:117] + "..."
    what = f"the passage the link highlights (#:~:text=), {shown!r}," if highlighted else f"quote {shown!r}"
    if text is None:
        return Finding(
            kind=FindingKind.QUOTE_MISSING,
            severity=Severity.INFO,
            message=f"{what} not checked: the page's text was not read",
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
                f"{what} is not on the page, and few of its words are ({on_page} of {len(words)}):"
                + (
                    " the page was replaced, or writes its text with JavaScript?"
                    if highlighted
                    else " a translation or a paraphrase?"
                )
            ),
            expected=quote,
        )
    where_lost = f"part {found + 1} of {len(parts)}" if len(parts) > 1 else "its words in this order"
    return Finding(
        kind=FindingKind.QUOTE_MISSING,
        severity=Severity.WARN,
        message=(
            f"{what} is not on the page ({where_lost} not found, though {on_page} of {len(words)} of its"
            " words are): "
            + ("the page was edited since?" if highlighted else "misquoted, or the page was edited since?")
        ),
        expected=quote,
    )
