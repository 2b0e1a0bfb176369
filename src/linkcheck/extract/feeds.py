"""An Atom entry document (RFC 4287: an ``<entry>`` element as the document's root, served as XML) read as
the page it stands for: the entry's ``<title>``, ``<published>`` and ``<updated>``, and the name of the feed
it was copied from (``<source><title>``, the blog an aggregator's entry comes from). A feed (``<feed>``) is a
list of entries, not one page, and is not read here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]

from linkcheck.extract.titles import clean_text

_ATOM_NS = "http://www.w3.org/2005/Atom"
_ATOM = "{" + _ATOM_NS + "}"
#: How far into the document its root element's start tag is looked for (after processing instructions).
_ROOT_REACH = 2000
_TAG_RE = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class AtomEntry:
    """What an Atom entry states about itself; each field ``None`` when the entry leaves it out."""

    title: str | None
    published: str | None
    updated: str | None
    source_title: str | None
    language: str | None


def is_atom_entry(text: str) -> bool:
    """Does ``text`` (an XML document, its declaration removed) look like an Atom entry document: an
    ``<entry`` start tag and the Atom namespace near its start? (A cheap test before any parse.)"""
    start = text[:_ROOT_REACH]
    return "<entry" in start and _ATOM_NS in start


def atom_entry(text: str) -> AtomEntry | None:
    """The entry ``text`` holds as its root element, or ``None`` (not XML, not an Atom entry). The parser
    neither resolves entities nor reads a DTD or the network."""
    if not is_atom_entry(text):
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(text, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root.tag != _ATOM + "entry":
        return None
    source = root.find(_ATOM + "source")
    return AtomEntry(
        title=_text(root.find(_ATOM + "title")),
        published=_text(root.find(_ATOM + "published")),
        updated=_text(root.find(_ATOM + "updated")),
        source_title=_text(source.find(_ATOM + "title")) if source is not None else None,
        language=root.get("{http://www.w3.org/XML/1998/namespace}lang"),
    )


def _text(el: object) -> str | None:
    """An Atom text construct's text: ``type="html"`` holds escaped markup, whose tags are dropped."""
    if el is None:
        return None
    value = "".join(el.itertext())  # type: ignore[attr-defined]
    if el.get("type") == "html":  # type: ignore[attr-defined]
        value = _TAG_RE.sub(" ", value)
    return clean_text(value) or None
