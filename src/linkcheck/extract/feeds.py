"""An Atom document (RFC 4287, served as XML) read as the page it stands for. An entry document (an
``<entry>`` element as the root): the entry's ``<title>``, ``<published>`` and ``<updated>``, and the name of
the feed it was copied from (``<source><title>``, the blog an aggregator's entry comes from). A feed document
(a ``<feed>`` root) is a listing of the site's entries, as a front page is, not one of them: its own
``<title>`` (the site's name too) and ``<updated>``, no publication; its entries are not read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from linkcheck.extract.titles import clean_text
from linkcheck.lazyre import lazy_re

_ATOM_NS = "http://www.w3.org/2005/Atom"
_ATOM = "{" + _ATOM_NS + "}"
#: How far into the document its root element's start tag is looked for (after processing instructions).
_ROOT_REACH = 2000
_TAG_RE = lazy_re(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class AtomDocument:
    """What an Atom entry or feed states about itself; each field ``None`` when the document leaves it out
    (a feed has no ``published``, and its ``source_title`` is its own title)."""

    title: str | None
    published: str | None
    updated: str | None
    source_title: str | None
    language: str | None


def is_atom_document(text: str) -> bool:
    """Does ``text`` (an XML document, its declaration removed) look like an Atom entry or feed document: an
    ``<entry`` or ``<feed`` start tag and the Atom namespace near its start? (A cheap test before a parse.)"""
    start = text[:_ROOT_REACH]
    return ("<entry" in start or "<feed" in start) and _ATOM_NS in start


def atom_document(text: str) -> AtomDocument | None:
    """The Atom entry or feed ``text`` holds as its root element (see the module), or ``None`` (not XML, not
    Atom)."""
    root = _atom_root(text)
    if root is None:
        return None
    if root.tag == _ATOM + "entry":
        return _entry(root)
    if root.tag == _ATOM + "feed":
        title = _text(root.find(_ATOM + "title"))
        return AtomDocument(title, None, _text(root.find(_ATOM + "updated")), title, _language(root))
    return None


def _atom_root(text: str) -> Any:
    """The root element of ``text`` when it looks like an Atom document (:func:`is_atom_document`) and parses
    as XML, else ``None``. The parser neither resolves entities nor reads a DTD or the network."""
    if not is_atom_document(text):
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(text, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _entry(root: Any) -> AtomDocument:
    source = root.find(_ATOM + "source")
    return AtomDocument(
        title=_text(root.find(_ATOM + "title")),
        published=_text(root.find(_ATOM + "published")),
        updated=_text(root.find(_ATOM + "updated")),
        source_title=_text(source.find(_ATOM + "title")) if source is not None else None,
        language=_language(root),
    )


def _language(root: Any) -> str | None:
    value = root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return value if isinstance(value, str) else None


def _text(el: object) -> str | None:
    """An Atom text construct's text: ``type="html"`` holds escaped markup, whose tags are dropped."""
    if el is None:
        return None
    value = "".join(el.itertext())  # type: ignore[attr-defined]
    if el.get("type") == "html":  # type: ignore[attr-defined]
        value = _TAG_RE.sub(" ", value)
    return clean_text(value) or None
