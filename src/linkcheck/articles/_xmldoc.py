"""XML documents whose links are not HTML's ``<a href>``, read as the HTML page they would render as (added
after the twentieth held-out batch):

- a TEI P5 edition (``<TEI>``): links are ``<ptr target>`` and ``<ref target>``; ``<note>``s in a sentence
  are its footnotes; an article's title is quoted (``<title level="a">``), a reference's work's title is a
  ``<cite>``, a journal's or a book's italic;
  the header gives the page's title and date, and its own addresses (the edition's ``idno``, the licence, a
  schema, authority records behind ``persName``/``placeName ref``, facsimile images) are no sources;
- an OpenDocument text (``content.xml`` of an ``.odt``, or a flat ``.fodt``): ``<text:a xlink:href>`` links,
  ``<text:p>``/``<text:h>`` paragraphs, ``<text:note>`` footnotes, italic and bold automatic styles; the
  table of contents (links to the document's own headings) and drawings are no part of it;
- an OPML outline (a reading list, a blogroll): ``<outline url>`` items whose ``text`` is the page's title
  and whose ``description`` its note, read as a bookmark list's ``<dt>``/``<dd>``; an ``<outline
  xmlUrl>`` is a subscribed feed, not a source.

- a Word document's body (``word/document.xml`` of a ``.docx``, WordprocessingML; added after the
  twenty-second held-out batch): ``<w:p>`` paragraphs of ``<w:r>`` runs' ``<w:t>`` text, a ``Title`` style a
  heading of the page (``Heading1``...) as one, a numbered paragraph (``<w:numPr>``) a list's item, italic and
  bold runs; links are Word's ``HYPERLINK "url"`` fields, complex (``<w:fldChar>`` begin, the
  ``<w:instrText>``, separate, the runs shown, end) or simple (``<w:fldSimple w:instr>``); a field to a
  bookmark (``HYPERLINK \\l "name"``) or to a ``mailto:`` is its words alone. (A ``<w:hyperlink r:id>``'s
  address stands in another file of the package, ``word/_rels/document.xml.rels``: its words alone, unless
  the caller joined that file's addresses in with :func:`docx_with_targets`, as the CLI does for a
  ``document.xml`` beside its ``_rels`` folder: added after the seed25 probe.)
- a FictionBook 2 e-book (``.fb2``; added after the twenty-second held-out batch): the ``title-info``'s
  ``book-title`` and ``date value`` are the page's title and date; the first ``<body>``'s sections,
  titles and paragraphs are the text, links ``<a l:href>`` (``type="note"`` a reference to a note: its
  number alone); a ``<body name="notes">``'s sections are the footnotes after the text; the description's
  own addresses (``src-url``: the document's source) and the ``<binary>`` pictures are no part of it.

- an EndNote library exported as EndNote XML (``<xml><records><record>``, added after the twenty-third
  held-out batch): each record a reference list's entry (:func:`_endnote_entry`) of its authors,
  ``titles/title``, ``titles/secondary-title`` (the journal, newspaper or site, in italics), its date (the
  ``pub-dates`` day and month with the ``year``), its ``related-urls`` (the cited addresses; the
  ``pdf-urls`` attached to the library are not) and ``access-date``; every value is wrapped in a
  ``<style>`` element, read as its words. Told by ``<records>`` and ``<ref-type`` in its opening.
- a NewsML-G2 news item (``<newsItem>``, IPTC's XML for agency copy; added after the twenty-fourth held-out
  batch): its ``headline`` and ``contentCreated`` are the page's title and date, the story is the XHTML
  ``<body>`` inside ``<inlineXML>``, and an ``irel:seeAlso`` link of its metadata (``href`` and ``title``)
  is a related line after the story; the rest of the metadata (catalogs, rights, the agencies' front pages
  as ``infoSource``, subject codes) is no part of it.
- a standalone SVG document (``<svg>``, a chart a graphics desk exports with its sources in its notes and
  footer; added after the twenty-fifth held-out batch): its root's ``<title>`` is the page's title, each
  group (``<g>``) of ``<text>`` lines that links anything one paragraph of their words (a note broken over
  two lines reads as one sentence), ``<a href>`` and ``<a xlink:href>`` its links; the drawing, the groups
  of words without a link (axes' numbers and months, which read as the article's date), ``<defs>``,
  ``<style>`` and the RDF ``<metadata>`` are no part of it. (An SVG inside an HTML page stays decoration:
  the HTML reader drops it.)

Each is told by its root element near the start of a text that opens with an XML declaration, so other
pages pay one ``startswith``.
"""

from __future__ import annotations

import html as html_lib
import re

from lxml import etree  # type: ignore[import-untyped]

from linkcheck.articles._feed import local_name as _local
from linkcheck.articles._feed import xml_root
from linkcheck.articles._pages import article_page
from linkcheck.lazyre import lazy_re

__all__ = ["DOCX_PARTS", "docx_package_text", "docx_with_targets", "xml_document_page"]

_TEI_NS = "http://www.tei-c.org/ns/1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


def _esc(text: str | None) -> str:
    return html_lib.escape(text or "", quote=False)


def _web(url: str | None) -> str:
    """``url`` when it is a web address (an ``#anchor``, a relative picture or a ``mailto:`` is not)."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else ""


def _link(url: str, inner: str) -> str:
    return f'<a href="{html_lib.escape(url)}">{inner or _esc(url)}</a>'


def xml_document_page(text: str) -> str | None:
    """The HTML page of a TEI, OpenDocument or OPML document (see the module's docstring), or ``None`` for any
    other text (told by the root element's name in the first 2,000 characters, after an XML declaration)."""
    if not text.startswith("<?xml"):
        return None
    head = text[:2000]
    if "<TEI" in head:
        kind = "tei"
    elif "<office:document" in head:
        kind = "odf"
    elif "<opml" in head:
        kind = "opml"
    elif "<w:document" in head:
        kind = "docx"
    elif "<FictionBook" in head:
        kind = "fb2"
    elif "<records>" in head and "<ref-type" in head:
        kind = "endnote"
    elif "<newsItem" in head:
        kind = "newsml"
    elif "<svg" in head:
        kind = "svg"
    else:
        return None
    root = xml_root(text)
    if root is None:
        return None
    try:
        if kind == "tei":
            return _tei_page(root)
        if kind == "odf":
            return _odf_page(root)
        if kind == "docx":
            return _docx_page(root)
        if kind == "fb2":
            return _fb2_page(root)
        if kind == "endnote":
            return _endnote_page(root)
        if kind == "newsml":
            return _newsml_page(root)
        if kind == "svg":
            return _svg_page(root)
        return _opml_page(root)
    except RecursionError:
        # the walkers recurse, one level an element: a document nested thousands deep (the parser's
        # huge_tree lifts libxml2's own limit) is read flat rather than failing the whole article
        return _flat_page(root)


def _flat_page(root: etree._Element) -> str:
    """Every web address the document links (a TEI ``target``, an OpenDocument ``xlink:href``, an OPML
    ``url``), each a paragraph holding a link of its element's words: what can be read of a document nested
    too deep to walk (:func:`xml_document_page`). ``iter`` and ``itertext`` do not recurse in Python."""
    items = []
    for element in root.iter():
        url = _web(element.get("target") or element.get(_XLINK_HREF) or element.get("url"))
        if url:
            words = " ".join("".join(element.itertext()).split())
            items.append(f"<p>{_link(url, _esc(words))}</p>")
    return _page("", "", "".join(items))


# TEI: see the module docstring.

#: TEI elements that are their own block in the page (a paragraph, a heading, a list's item...).
_TEI_BLOCKS = {"p": "p", "head": "h2", "list": "ul", "item": "li", "listBibl": "ul", "quote": "q"}
#: TEI elements dropped with their content: the header and facsimiles are about the file, not its text.
_TEI_DROPPED = frozenset(["teiHeader", "facsimile", "fw", "figDesc"])


class _Notes:
    """Footnotes met in the text, rendered after it as a numbered list, each leaving its number in place."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, inner: str) -> str:
        self.items.append(inner)
        return f"<sup>[{len(self.items)}]</sup>"

    def html(self) -> str:
        """The notes as a numbered list, each an entry as a reference list's are read."""
        if not self.items:
            return ""
        return "<ol>" + "".join(f"<li>{item}</li>" for item in self.items) + "</ol>"


def _tei_inner(element: etree._Element, notes: _Notes, in_note: bool) -> str:
    parts = [_esc(element.text)]
    for child in element:
        parts.append(_tei_element(child, notes, in_note))
        parts.append(_esc(child.tail))
    return "".join(parts)


def _tei_element(element: etree._Element, notes: _Notes, in_note: bool = False) -> str:
    """One TEI element as HTML: links from ``ptr``/``ref`` targets, notes to the footnotes, titles quoted
    (an article's, ``level="a"``) or not, the cited work's a ``<cite>`` and the others italic (a journal's or
    a book's that holds it: :func:`_cited_title`), a bibliography's entries as items, and
    a note's reference (its ``bibl``) as an entry of its own, read apart from the note's words ("accepted on
    2 December; see ...": no date of the source)."""
    name = _local(element)
    if not name or name in _TEI_DROPPED:
        return ""
    if name == "ptr":  # a pointer: its address is its text
        url = _web(element.get("target"))
        return _link(url, "") if url else ""
    inner = _tei_inner(element, notes, in_note or name == "note")
    if name == "ref":
        url = _web(element.get("target"))
        return _link(url, inner) if url else inner
    if name == "note":
        return notes.add(inner)
    if name == "title":
        quoted = f"“{inner}”" if element.get("level") in ("a", "u") else inner
        return f"<cite>{quoted}</cite>" if _cited_title(element) else f"<i>{quoted}</i>"
    if name == "bibl" and _local(element.getparent()) == "listBibl":
        return f"<li>{inner}</li>"
    if name == "bibl" and in_note:  # a reference in a note: its own entry, apart from the note's words
        return f"<ul><li>{inner}</li></ul>"
    if name in ("hi", "emph") and "italic" in (element.get("rend") or ""):
        return f"<i>{inner}</i>"
    if name == "lb":
        return "<br>"
    tag = _TEI_BLOCKS.get(name)
    if tag is None and name == "div":
        tag = "div"
    return f"<{tag}>{inner}</{tag}>" if tag else inner


def _cited_title(title: etree._Element) -> bool:
    """Whether ``title`` is the title of the work its ``<bibl>`` cites: its article's (``level="a"``,
    unpublished ``"u"``), else its first; a journal's, a series' or the book holding a chapter is where the
    work appeared. Outside a ``<bibl>`` a title is the text's own words."""
    bibl = next((a for a in title.iterancestors() if _local(a) in ("bibl", "biblStruct")), None)
    if bibl is None:
        return False
    titles = [t for t in bibl.iter() if _local(t) == "title"]
    primary = next((t for t in titles if t.get("level") in ("a", "u")), titles[0] if titles else None)
    return primary is title


def _tei_page(root: etree._Element) -> str:
    """The page of a TEI document, in the TEI namespace (P5) or in none (P4 and some tools' output)."""
    ns = f"{{{_TEI_NS}}}" if root.tag.startswith("{") else ""
    title = date = ""
    header = root.find(f"{ns}teiHeader")
    if header is not None:
        stmt = header.find(f".//{ns}titleStmt/{ns}title")
        title = " ".join("".join(stmt.itertext()).split()) if stmt is not None else ""
        published = header.find(f".//{ns}publicationStmt/{ns}date")
        date = (published.get("when") or "") if published is not None else ""
    body = root.find(f"{ns}text")
    notes = _Notes()
    content = _tei_element(body, notes) if body is not None else ""
    return _page(title, date, content + notes.html())


# OpenDocument: see the module docstring.

#: OpenDocument text elements (``text:`` and ``table:``) as HTML tags.
_ODF_TAGS = {
    "p": "p",
    "h": "h2",
    "list": "ul",
    "list-item": "li",
    "table": "table",
    "table-row": "tr",
    "table-cell": "td",
}
#: Dropped with their content: the table of contents (links to the document's own headings), drawings and
#: frames (pictures), change-tracking records, and the sequence and variable declarations.
_ODF_DROPPED = frozenset(
    ["table-of-content", "frame", "tracked-changes", "sequence-decls", "variable-decls", "note-citation"]
)


def _odf_styles(root: etree._Element) -> dict[str, str]:
    """The document's automatic text styles that are italic or bold: ``{name: "i" | "b"}``."""
    marks: dict[str, str] = {}
    for style in root.iter(f"{{{_STYLE_NS}}}style"):
        props = style.find(f"{{{_STYLE_NS}}}text-properties")
        if props is None:
            continue
        name = style.get(f"{{{_STYLE_NS}}}name") or ""
        if props.get(f"{{{_FO_NS}}}font-style") == "italic":
            marks[name] = "i"
        elif props.get(f"{{{_FO_NS}}}font-weight") == "bold":
            marks[name] = "b"
    return marks


def _odf_element(element: etree._Element, notes: _Notes, marks: dict[str, str]) -> str:
    name = _local(element)
    if not name or name in _ODF_DROPPED:
        return ""
    if name in ("s", "tab"):
        return " "
    if name == "line-break":
        return "<br>"
    parts = [_esc(element.text)]
    for child in element:
        parts.append(_odf_element(child, notes, marks))
        parts.append(_esc(child.tail))
    inner = "".join(parts)
    if name == "a":
        url = _web(element.get(_XLINK_HREF))
        return _link(url, inner) if url else inner
    if name == "note":
        return notes.add(inner)
    if name == "note-body":
        return inner
    if name == "span":
        mark = marks.get(element.get(f"{{{_TEXT_NS}}}style-name") or "")
        return f"<{mark}>{inner}</{mark}>" if mark else inner
    tag = _ODF_TAGS.get(name)
    if tag == "p" and _local(element.getparent()) == "note-body":
        return inner  # a note's paragraph: the note is one
    return f"<{tag}>{inner}</{tag}>" if tag else inner


def _odf_page(root: etree._Element) -> str:
    body = root.find(f"{{{_OFFICE_NS}}}body")
    if body is None:
        return _page("", "", "")
    notes = _Notes()
    content = _odf_element(body, notes, _odf_styles(root))
    return _page("", "", content + notes.html())


# OPML: see the module docstring.


def _opml_items(outline: etree._Element) -> str:
    """An outline's children as a definition list: a link's ``<dt>`` with its description as the ``<dd>``;
    a folder's name as a heading over its own list; a feed subscription (``xmlUrl``) left out."""
    parts = []
    for child in outline:
        if _local(child) != "outline" or child.get("xmlUrl"):
            continue
        text = child.get("text") or child.get("title") or ""
        url = _web(child.get("url") or child.get("htmlUrl"))
        if url and child.get("type", "link") in ("link", "redirect"):
            parts.append(f"<dt>{_link(url, _esc(text))}")
            if description := child.get("description"):
                parts.append(f"<dd>{_esc(description)}")
        elif len(child):
            parts.append(f"<dt><h3>{_esc(text)}</h3><dl>{_opml_items(child)}</dl>")
    return "".join(parts)


def _opml_page(root: etree._Element) -> str:
    title_element = root.find("head/title")
    title = (title_element.text or "") if title_element is not None else ""
    body = root.find("body")
    content = f"<dl>{_opml_items(body)}</dl>" if body is not None else ""
    return _page(title, "", content)


# WordprocessingML: see the module docstring.

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{_W_NS}}}"
#: A field's instruction that links a web address: ``HYPERLINK "url"`` (switches come after the address;
#: a bookmark's field opens with ``\\l``, and has none).
_HYPERLINK = lazy_re(r'\s*HYPERLINK\s+"([^"]+)"')


def field_link(instruction: str) -> str:
    """The web address a Word field's instruction links (`` HYPERLINK "https://..." \\o "tip" ``), or ``""``
    (a bookmark's ``HYPERLINK \\l "name"``, a ``mailto:``, another field: ``PAGE``, ``TOC``...)."""
    m = _HYPERLINK.match(instruction)
    return _web(m.group(1)) if m else ""


#: A package's relationship (``<Relationship Id="rId8" Type=".../hyperlink" Target="https://..."
#: TargetMode="External"/>``), its attributes in any order; a ``<w:hyperlink>`` naming one by ``r:id``.
_RELATIONSHIP = lazy_re(r"<(?:\w+:)?Relationship\b[^>]*>")
_ATTRIBUTE = lazy_re(r'([\w:]+)\s*=\s*"([^"]*)"')
_HYPERLINK_ID = lazy_re(r'<w:hyperlink\b([^>]*?)\br:id\s*=\s*"([^"]*)"')
#: The attribute :func:`docx_with_targets` writes the address into (no namespace: no Word document has it).
_TARGET_ATTR = "linkcheck-target"


def docx_with_targets(document: str, relationships: str) -> str:
    """A Word document's body (``word/document.xml``) with each ``<w:hyperlink r:id>`` given the external
    address its package's relationships (``word/_rels/document.xml.rels``) name for that id, as an attribute
    :func:`_docx_runs` reads; the text is otherwise unchanged (its lines too). Pure: the caller reads both
    files (added after the seed25 probe: an unzipped document's links were read as their words alone)."""
    targets: dict[str, str] = {}
    for m in _RELATIONSHIP.finditer(relationships):
        attrs = dict(_ATTRIBUTE.findall(m.group(0)))
        if attrs.get("Type", "").endswith("/hyperlink") and attrs.get("TargetMode") == "External":
            targets[attrs.get("Id", "")] = attrs.get("Target", "")
    if not targets:
        return document

    def joined(m: re.Match[str]) -> str:
        target = targets.get(m.group(2))
        return m.group(0) if target is None else f'{m.group(0)} {_TARGET_ATTR}="{target}"'

    return _HYPERLINK_ID.sub(joined, document)


#: The parts of a Word package :func:`docx_package_text` reads: the body, its footnotes and endnotes, each
#: with its relationships (the addresses its links name by ``r:id``).
DOCX_PARTS = (
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "word/footnotes.xml",
    "word/_rels/footnotes.xml.rels",
    "word/endnotes.xml",
    "word/_rels/endnotes.xml.rels",
)


def docx_package_text(parts: dict[str, str]) -> str:
    """A Word package's body (``word/document.xml``, from :data:`DOCX_PARTS` read out of the ``.docx``) with
    its links' addresses joined in (:func:`docx_with_targets`), and the paragraphs of its footnotes and
    endnotes (each joined to its own relationships; the separators left out) added at the body's end, where
    a reader of the printed document finds them. Pure: the caller reads the archive (added after the seed26
    probe: a ``.docx`` was refused, and a Google Docs export cites in its footnotes)."""
    document = docx_with_targets(parts.get(DOCX_PARTS[0], ""), parts.get(DOCX_PARTS[1], ""))
    notes = [
        docx_with_targets(parts[name], parts.get(rels, ""))
        for name, rels in ((DOCX_PARTS[2], DOCX_PARTS[3]), (DOCX_PARTS[4], DOCX_PARTS[5]))
        if "<w:hyperlink" in parts.get(name, "") or "HYPERLINK" in parts.get(name, "")
    ]
    if not notes:
        return document
    root = xml_root(document)
    body = None if root is None else root.find(f"{_W}body")
    if root is None or body is None:
        return document
    end = body.find(f"{_W}sectPr")
    for text in notes:
        holder = xml_root(text)
        if holder is None:
            continue
        for note in holder:
            if _local(note) not in ("footnote", "endnote") or note.get(f"{_W}type") is not None:
                continue  # a separator, a continuation notice: no note of the document's
            for paragraph in note.findall(f"{_W}p"):
                if end is None:
                    body.append(paragraph)
                else:
                    end.addprevious(paragraph)
    serialised: str = etree.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + serialised


def _docx_runs(parent: etree._Element) -> str:
    """A paragraph's (or a simple field's, a ``<w:hyperlink>``'s) runs as HTML: each run's text, italic or
    bold as its properties say, and each complex field's shown runs as a link of its ``HYPERLINK``."""
    out: list[str] = []
    instruction: list[str] | None = None  # inside a field's instruction (between begin and separate)
    shown: list[str] | None = None  # inside a field's shown runs (between separate and end)
    url = ""
    for child in parent:
        name = _local(child)
        if name == "fldSimple":
            inner = _docx_runs(child)
            link = field_link(child.get(f"{_W}instr") or "")
            (shown if shown is not None else out).append(_link(link, inner) if link else inner)
            continue
        if name in ("hyperlink", "smartTag", "ins", "sdt", "sdtContent"):
            inner = _docx_runs(child)
            link = _web(child.get(_TARGET_ATTR)) if name == "hyperlink" else ""
            (shown if shown is not None else out).append(_link(link, inner) if link else inner)
            continue
        if name != "r":
            continue
        for part in child:
            kind = _local(part)
            if kind == "fldChar":
                what = part.get(f"{_W}fldCharType")
                if what == "begin":
                    instruction, shown, url = [], None, ""
                elif what == "separate" and instruction is not None:
                    url, instruction, shown = field_link("".join(instruction)), None, []
                elif what == "end":
                    words = "".join(shown or [])
                    out.append(_link(url, words) if url and words else words)
                    instruction = shown = None
            elif kind == "instrText" and instruction is not None:
                instruction.append(part.text or "")
            elif kind in ("t", "tab", "br") and instruction is None:
                text = _esc(part.text) if kind == "t" else (" " if kind == "tab" else "<br>")
                props = child.find(f"{_W}rPr")
                if kind == "t" and props is not None:
                    if props.find(f"{_W}i") is not None:
                        text = f"<i>{text}</i>"
                    elif props.find(f"{_W}b") is not None:
                        text = f"<b>{text}</b>"
                (shown if shown is not None else out).append(text)
    if shown:  # a field left open at the paragraph's end: its words
        out.extend(shown)
    return "".join(out)


def _docx_page(root: etree._Element) -> str:
    """The page of a Word document's body: its paragraphs in order, a ``Title`` paragraph the page's title and
    its ``<h1>``, a heading style's an ``<h2>``, a numbered paragraph an item of a list."""
    body = root.find(f"{_W}body")
    if body is None:
        return _page("", "", "")
    parts: list[str] = []
    title = ""
    listed = False
    for paragraph in body.iter(f"{_W}p"):
        props = paragraph.find(f"{_W}pPr")
        style = numbered = None
        if props is not None:
            style_element = props.find(f"{_W}pStyle")
            style = style_element.get(f"{_W}val") if style_element is not None else None
            numbered = props.find(f"{_W}numPr")
        inner = _docx_runs(paragraph)
        if numbered is not None and not listed:
            parts.append("<ul>")
        elif numbered is None and listed:
            parts.append("</ul>")
        listed = numbered is not None
        if style == "Title":
            title = title or "".join(t.text or "" for t in paragraph.iter(f"{_W}t"))
            parts.append(f"<h1>{inner}</h1>")
        elif style is not None and style.lower().startswith("heading"):
            parts.append(f"<h2>{inner}</h2>")
        elif listed:
            parts.append(f"<li>{inner}</li>")
        elif inner:
            parts.append(f"<p>{inner}</p>")
    if listed:
        parts.append("</ul>")
    return _page(title, "", "".join(parts))


# FictionBook: see the module docstring.

#: FictionBook elements as HTML tags (a section's and the book's ``title``: a heading).
_FB2_TAGS = {
    "p": "p",
    "section": "div",
    "title": "h2",
    "subtitle": "h3",
    "epigraph": "blockquote",
    "cite": "blockquote",
    "emphasis": "i",
    "strong": "b",
    "text-author": "p",
}
#: Dropped with their content: pictures and the e-book's own data.
_FB2_DROPPED = frozenset(["image", "binary", "description", "stylesheet"])


def _fb2_element(element: etree._Element) -> str:
    name = _local(element)
    if not name or name in _FB2_DROPPED:
        return ""
    if name == "empty-line":
        return "<br>"
    parts = [_esc(element.text)]
    for child in element:
        parts.append(_fb2_element(child))
        parts.append(_esc(child.tail))
    inner = "".join(parts)
    if name == "a":
        if element.get("type") == "note":
            return f"<sup>{inner}</sup>"  # a note's number: the note is read in the notes' body
        url = _web(element.get(_XLINK_HREF))
        return _link(url, inner) if url else inner
    parent = element.getparent()
    if name == "section" and _notes_body(parent):
        return f"<li>{inner}</li>"  # a note: an entry of the notes' list
    if name == "title" and (_notes_body(parent) or _notes_body(parent.getparent())):
        return ""  # the notes' heading, or a note's number
    tag = _FB2_TAGS.get(name)
    return f"<{tag}>{inner}</{tag}>" if tag else inner


def _notes_body(element: etree._Element | None) -> bool:
    """Whether ``element`` is a FictionBook's ``<body name="notes">`` (any named body: notes, comments)."""
    return element is not None and _local(element) == "body" and bool(element.get("name"))


def _fb2_page(root: etree._Element) -> str:
    """The page of a FictionBook: the book's title and date from its ``title-info``, its first body's text,
    and each further body's (the notes') sections as a numbered list after it."""
    title = date = ""
    for element in root.iter():
        name = _local(element)
        if name == "book-title" and not title:
            title = " ".join("".join(element.itertext()).split())
        elif name == "date" and not date and _local(element.getparent()) == "title-info":
            date = element.get("value") or ""
    bodies = [child for child in root if _local(child) == "body"]
    text = "".join(_fb2_element(body) for body in bodies if not body.get("name"))
    notes = "".join(_fb2_element(body) for body in bodies if body.get("name"))
    return _page(title, date, text + (f"<ol>{notes}</ol>" if notes else ""))


# EndNote XML: see the module docstring.


def _endnote_text(record: etree._Element, path: str) -> str:
    """The words of ``record``'s element at ``path`` (each value is wrapped in a ``<style>``), one line."""
    element = record.find(path)
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def endnote_date(day: str, year: str) -> str:
    """A record's day and year as one date: ``14 November`` and ``2023`` -> ``14 November 2023``, ``July 19``
    -> ``July 19, 2023``; the year alone without a day, the day alone when it holds its year already."""
    if not day or (year and year in day):
        return day or year
    if not year:
        return day
    return f"{day}, {year}" if day[-1:].isdigit() else f"{day} {year}"


def _endnote_entry(record: etree._Element) -> str:
    """One EndNote record as a reference list's entry: ``Authors. “Title.” <i>Periodical</i>, date.
    <a>URL</a>. Accessed date.``, the form the entry reader reads (a record's own attached files, ``internal-pdf://``,
    are no web addresses: left out)."""
    names = record.iterfind("contributors/authors/author")
    authors = "; ".join(" ".join("".join(author.itertext()).split()) for author in names)
    title = _endnote_text(record, "titles/title")
    container = _endnote_text(record, "titles/secondary-title")
    date = endnote_date(_endnote_text(record, "dates/pub-dates/date"), _endnote_text(record, "dates/year"))
    urls = [_web("".join(url.itertext())) for url in record.iterfind("urls/related-urls/url")]
    accessed = _endnote_text(record, "access-date")
    parts = [f"{_esc(authors.rstrip('.'))}." if authors else ""]
    if title:
        parts.append(f"“{_esc(title.rstrip('.'))}.”")
    if container and container != authors:
        parts.append(f"<i>{_esc(container)}</i>,")
    if date:
        parts.append(f"{_esc(date)}.")
    parts.extend(f"{_link(url, '')}." for url in urls if url)
    if accessed:
        parts.append(f"Accessed {_esc(accessed)}.")
    return "<li>" + " ".join(part for part in parts if part) + "</li>"


def _endnote_page(root: etree._Element) -> str:
    """An EndNote library's records as a list of references (see the module docstring)."""
    entries = "".join(_endnote_entry(record) for record in root.iter("record"))
    return _page("", "", f"<h2>References</h2><ol>{entries}</ol>")


def _newsml_text(root: etree._Element, name: str) -> str:
    element = next((e for e in root.iter() if isinstance(e.tag, str) and _local(e) == name), None)
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _newsml_page(root: etree._Element) -> str:
    """A NewsML-G2 news item as the page it renders: the ``headline`` its title, ``contentCreated`` (or
    ``firstCreated``) its date, the story the XHTML body of its ``inlineXML`` (its markup as it stands, the
    namespace dropped), and each ``irel:seeAlso`` link of the item's metadata a related line after it."""
    body = next(
        (
            e
            for e in root.iter()
            if isinstance(e.tag, str) and _local(e) == "body" and e.getparent() is not None
        ),
        None,
    )
    story = ""
    if body is not None:
        for element in body.iter():
            if isinstance(element.tag, str):
                element.tag = _local(element)
        etree.cleanup_namespaces(body)
        story = "".join(etree.tostring(child, method="html", encoding="unicode") for child in body)
    related = "".join(
        f"<p>Related: {_link(url, _esc(link.get('title')))}</p>"
        for link in root.iter()
        if isinstance(link.tag, str)
        and _local(link) == "link"
        and (link.get("rel") or "").endswith(":seeAlso")
        and (url := _web(link.get("href")))
    )
    date = _newsml_text(root, "contentCreated") or _newsml_text(root, "firstCreated")
    return _page(_newsml_text(root, "headline"), date[:10], story + related)


#: SVG elements whose content is no text of the chart: definitions, styles, metadata, scripts, a tooltip.
_SVG_DROPPED = frozenset(["defs", "style", "metadata", "script", "title", "desc"])


def _svg_words(element: etree._Element) -> str:
    """The words of an SVG ``<text>`` (its ``<tspan>``s), each ``<a>`` in it (``href`` or ``xlink:href``) a
    link of its words; markup of no text (a path) is passed over."""
    parts = [_esc(element.text)]
    for child in element:
        if isinstance(child.tag, str) and _local(child) not in _SVG_DROPPED:
            inner = _svg_words(child)
            url = _web(child.get("href") or child.get(_XLINK_HREF)) if _local(child) == "a" else ""
            parts.append(_link(url, inner) if url else inner)
        parts.append(_esc(child.tail))
    return "".join(parts)


def _svg_page(root: etree._Element) -> str:
    """A standalone SVG chart as the page it shows (see the module docstring): the root's ``<title>`` the
    page's title, the ``<text>`` lines of each group that links anything one paragraph."""
    title = next((c for c in root if isinstance(c.tag, str) and _local(c) == "title"), None)
    paragraphs = []
    for group in root.iter():
        if not isinstance(group.tag, str) or _local(group) not in ("g", "svg"):
            continue
        lines = [_svg_words(t) for t in group if isinstance(t.tag, str) and _local(t) in ("text", "a")]
        words = " ".join(line.strip() for line in lines if line.strip())
        if "<a href" in words:
            paragraphs.append(f"<p>{words}</p>")
    return _page("".join(title.itertext()) if title is not None else "", "", "".join(paragraphs))


def _page(title: str, date: str, content: str) -> str:
    return article_page(
        content, title=_esc(title.strip()) if title.strip() else None, date=date if date[:4].isdigit() else ""
    )
