"""Citations in an HTML article: the links of the article body, with what the markup says about each.

- **Body.** The largest ``<article>``, else ``<main>`` / ``role=main``, else the element holding the most
  paragraph text; inside it, navigation, headers, footers, share and social buttons, comment sections and
  the like (by tag, ARIA role, or a class/id word such as ``share``, ``nav``, ``footer``) are dropped.
- **Links.** ``<a href>`` (share-intent URLs skipped), ``<blockquote cite>`` and ``<q cite>``. The title is
  a ``<cite>`` around, inside or beside the link, else its ``title`` attribute, else its text, when they
  read like a title. Robust Links attributes give the cited date (``data-versiondate``) and an archived copy
  (``data-versionurl``, or the ``href`` when ``data-originalurl`` names the original).
- **The article.** ``article:published_time`` (then JSON-LD / microdata ``datePublished``) is its date,
  ``og:title``/``<title>`` its title, ``<link rel=canonical>``/``og:url`` its address.
- **Relative links** resolve against ``<base href>``, else ``base_url``, else the canonical address.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html

from linkcheck.articles._base import (
    ABOUT_HEADING,
    CONTACT_HEADING,
    Link,
    Parsed,
    archived_original,
    clean_text,
    find_urls,
    fold,
    is_boilerplate,
    is_lookup,
    looks_like_title,
    noted_title,
    quoted_around,
    resolve_url,
    shows_address,
    signature_span,
    unwrap_redirect,
    url_key,
)
from linkcheck.articles._dates import MONTHS, parse_date, parse_date_field, to_partial
from linkcheck.articles._entries import ITEM_MARKER, date_before, dated_after, dated_inside, read_entry
from linkcheck.articles._feed import feed_entry_page, looks_like_feed
from linkcheck.articles._mhtml import html_email_headers, looks_like_mhtml, mhtml_page
from linkcheck.articles._prose import RELATED_LABEL, host_labels, names_host
from linkcheck.articles._records import column_role, header_roles
from linkcheck.articles._respec import respec_references
from linkcheck.articles._xmldoc import xml_document_page
from linkcheck.articles.plaintext import dateline
from linkcheck.articles.plaintext import parse as plaintext_parse
from linkcheck.lazyre import lazy_re
from linkcheck.models import PartialDate
from linkcheck.tagflood import capped_tags

__all__ = ["parse"]

_NOISE_TAGS = frozenset(
    [
        "nav",
        "footer",
        "header",
        "script",
        "style",
        "noscript",
        "template",
        "form",
        "button",
        "select",
        "svg",
        "iframe",
        "object",
        "embed",
        "menu",
        "dialog",
        # Contact information for the article or page (HTML's <address>): its author's or publisher's
        # links, a byline (Telegraph's channel link in <address>), never a source (added after the
        # eighteenth held-out batch).
        "address",
        # AMP's ad and recommendation units: an ad's fallback is the ad's link (added after the nineteenth).
        "amp-ad",
        "amp-embed",
        # An Evernote export's attachment (ENEX's <resource>): its data, and the address of the picture it
        # copied, not a source (added after the nineteenth).
        "resource",
    ]
)
_NOISE_ROLES = frozenset({"navigation", "contentinfo", "banner", "menu", "menubar", "search", "dialog"})
_NOISE_WORDS = lazy_re(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|site-?footer|share|sharing|sharebar|"
    r"social|socials|comments?|subscribe|subscription|newsletter|promo|advert|adverts|ads?|sponsored|"
    r"byline|author|authors|tags?|topics|most-?read|popular|trending|paywall|signup|cookies?|skip|"
    r"toolbar|masthead|pagination|pager|signature|feedback|kicker|overline|eyebrow|replies)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "aside",
        "table",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "pre",
        "hr",
        "main",
        "address",
        "details",
        "summary",
        "caption",
    ]
)
#: A related-article label opening an element's text (``Read more:``, ``Lire aussi :``, ``Читайте также:``).
_RELATED_LEAD = lazy_re(r"\s*" + RELATED_LABEL + r"\s*[:：—–-]", re.IGNORECASE)
_JSONLD_DATE = lazy_re(r"\"datePublished\"\s*:\s*\"([^\"]{4,40})\"")
#: The bytes of the control characters lxml's parser refuses (all but tab, line feed and carriage return),
#: each to a space, for ``bytes.translate``: in UTF-8 they are those bytes alone (no byte of a longer
#: character is below 0x80), so the page is encoded first and translated in one pass (4x faster than
#: replacing the characters with a regular expression before encoding).
_CONTROL_TO_SPACE = bytes(
    0x20 if b <= 0x08 or b in (0x0B, 0x0C) or 0x0E <= b <= 0x1F or b == 0x7F else b for b in range(256)
)


def parse(text: str, *, base_url: str | None = None) -> Parsed:
    """Read an HTML page's article body for its links."""
    parsed = Parsed()
    mail_headers = None
    if looks_like_mhtml(text) and (page := mhtml_page(text)) is not None:
        mail_headers = html_email_headers(text)  # an HTML e-mail's (not a saved page's): its Date: is its day
        text = page  # a page saved as one file: its quoted-printable HTML part, decoded
    if text.startswith("<?xml") and (page := xml_document_page(text)) is not None:
        text = page  # TEI, OpenDocument, OPML: their links as ``<a href>``
    elif looks_like_feed(text):
        text = feed_entry_page(text) or text
    if "localBiblio" in text and (references := respec_references(text)):
        # a ReSpec source's own references, only in its configuration script (see _respec)
        at = text.rfind("</body>")
        text = text[:at] + references + text[at:] if at >= 0 else text + references
    root = _parse_tree(text)
    if root is None:
        return parsed
    # Every element's Python proxy, held while the page is read: lxml then hands out the same proxy each time
    # an element is reached again instead of making one (through lxml.html's class lookup) at every visit.
    elements = list(root.iter())
    _article_facts(root, parsed, microformats="dt-published" in text)
    base = _base(root, base_url, parsed.url)
    lengths: dict[etree._Element, int] = {}
    body = _body(root, lengths, marked="entry-content" in text or "articleBody" in text)
    if body is None:
        return parsed
    if "data-telegram-post" in text or "/embed" in text:
        _embedded_posts(body)
    _drop_noise(body, lengths)
    _join_split_links(body)
    marks = list(body.iter("time", "br"))  # (one walk of the body, cheaper than searching the page twice)
    if marks:
        show_days(mark for mark in marks if mark.tag == "time")
        split_line_lists(mark for mark in marks if mark.tag == "br")
    bare: list[tuple[int, str, int, bool]] = []
    prose, anchors = _prose(body, parsed.date_marks, bare)
    for note in _notes_outside(root, body, anchors):
        note_prose, note_anchors = _prose(note)
        offset = len(prose) + 2
        prose = f"{prose}\n\n{note_prose}"
        anchors.extend((element, pos + offset) for element, pos in note_anchors)
    if "mw-parser-output" in text and _mediawiki_page(root):
        anchors = [(el, pos) for el, pos in anchors if el.tag != "a" or _external_class(el)]
    from_text: dict[str, Link] = {}
    if ("<!--beginarticle-->" in text or "<!--X-Body-of-Message-->" in text) and (
        lines := _message_lines(text)
    ) is not None:
        anchors = [(el, pos) for el, pos in anchors if lines[0] <= (el.sourceline or 0) <= lines[1]]
        from_text, sent = _message_text(root, lines, text)
        parsed.date = parsed.date or sent
    if "\n-- " in prose:  # a message's signature (in a ``<pre>``): the sender's links, not sources
        begin, end = signature_span(prose)
        anchors = [(el, pos) for el, pos in anchors if not begin <= pos < end]
    parsed.prose = prose
    if parsed.date is None:  # no metadata: a visible dateline at the top of the body ("Published 14 ...")
        parsed.date = dateline(prose)[0]
    if parsed.date is None and mail_headers:  # an HTML e-mail dated by nothing but its Date: header
        parsed.date = dateline(mail_headers)[0]
    if parsed.date is None and body is not root:  # an email's date line in a table cell above the body
        page = root.find("body")
        if page is not None and body in set(page.iterdescendants()):
            parsed.date = dateline(_prose(page)[0])[0]
    own = url_key(parsed.url) if parsed.url else None
    site_name = _site_name(root)
    page = parsed.url or base or ""
    # A page saved from a web archive (its address a capture, ``web.archive.org/web/2020.../https://site/``)
    # has every link rewritten to a capture on the archive's host: the site is the capture's original's,
    # and a link is the site's when its capture's original is (added after the twenty-fifth held-out batch).
    captured = archived_original(page) if page else None
    home = _host(captured or page)
    blocks = _Blocks()
    not_cited = _not_cited_rels(anchors)
    headers: dict[etree._Element, tuple[etree._Element, dict[str, int]] | None] = {}
    for element, pos in anchors:
        link = _link(element, base, blocks, not_cited)
        if link is None or (own is not None and link.error is None and url_key(link.url) == own):
            continue
        link.pos = pos
        if (record := table_record(element, headers)) is not None:
            _read_record(link, record)
        if (plain := from_text.get(link.url)) is not None:
            link.title, link.date = link.title or plain.title, link.date or plain.date
        # A link to another page of the publishing site is that site's: its name is the outlet (not through
        # the site's own redirector, ``vk.com/away.php?to=https://...``: a page elsewhere).
        if (
            site_name
            and home
            and link.error is None
            and _host(link.url if captured is None else archived_original(link.url) or "") == home
            and not unwrap_redirect(link.url)
        ):
            link.outlet = site_name
        parsed.links.append(link)
    if bare:
        parsed.links.extend(_bare_links(prose, bare))
        parsed.links.sort(key=lambda link: link.pos)
    del elements
    return parsed


# --- A table of sources (added after the twenty-third held-out batch) -------------------------------------


#: The most characters a header cell's name has (a longer cell is no column's name: its words are not read).
_HEADER_NAME_LIMIT = 40


def _short_text(cell: etree._Element) -> str | None:
    """``cell``'s words when they are few (a header's name), else ``None``: read only as far as the limit, so
    that a layout table's cell holding a whole e-mail is not read whole."""
    words: list[str] = []
    size = 0
    for piece in cell.itertext():
        size += len(piece)
        if size > _HEADER_NAME_LIMIT * 4:
            return None
        words.append(piece)
    text = clean_text("".join(words))
    return text if len(text) <= _HEADER_NAME_LIMIT else None


def _table_header(table: etree._Element) -> tuple[etree._Element, dict[str, int]] | None:
    """A table's header row and its columns' roles (:func:`~._records.column_role`: ``Link``, ``Title``,
    ``Source``, ``Published``, ``Accessed``...), when its first row of three cells or more names a link
    column and two more; else ``None`` (a title row spanning the table, one cell, is passed over)."""
    for row in table.iter("tr"):
        cells = [cell for cell in row if cell.tag in ("td", "th")]
        if len(cells) < 3:
            continue
        names = [_short_text(cell) for cell in cells]
        roles = header_roles(column_role(name) if name else None for name in names)
        return (row, roles) if roles is not None else None
    return None


def table_record(
    element: etree._Element, headers: dict[etree._Element, tuple[etree._Element, dict[str, int]] | None]
) -> dict[str, str] | None:
    """The cells of the row of a table of sources whose link column holds ``element`` (a spreadsheet saved as
    a web page, a wiki's table of sources: a header row naming the columns, one source a row), by role;
    ``None`` for a link in no such table's link column (a link that is no child or grandchild of a cell is
    in none: a layout table's links stand deeper). ``headers`` caches each table's header."""
    cell = element.getparent()  # the link's cell: its parent or its grandparent (``<td><span><a>``)
    if cell is not None and cell.tag not in ("td", "th"):
        cell = cell.getparent()
    if cell is None or cell.tag not in ("td", "th"):
        return None
    row = cell.getparent()
    if row is None or row.tag != "tr":
        return None
    table = next(row.iterancestors("table"), None)
    if table is None:
        return None
    if table not in headers:
        headers[table] = _table_header(table)
    header = headers[table]
    if header is None or header[0] is row:
        return None
    cells = [each for each in row if each.tag in ("td", "th")]
    roles = header[1]
    if roles["url"] >= len(cells) or cells[roles["url"]] is not cell:
        return None
    return {role: clean_text(cells[i].text_content()) for role, i in roles.items() if i < len(cells)}


def _read_record(link: Link, record: dict[str, str]) -> None:
    """Give ``link`` its row's title, outlet, date and access date: a row's cells are what it says of its
    link, field by field, and win over any other reading (an address in the outlet's cell is no name)."""
    if title := record.get("title"):
        link.title = title
    if (outlet := record.get("outlet")) and "://" not in outlet and "/" not in outlet.split()[0]:
        link.outlet = outlet
    if record.get("date") and (date := parse_date_field(record["date"])) is not None:
        link.date = date
    if record.get("access") and (accessed := parse_date_field(record["access"])) is not None:
        link.access_date = accessed


#: The comments a mail archive writes around a message's body: Mailman's pipermail, MHonArc.
_MESSAGE_MARKS = (
    ("<!--beginarticle-->", "<!--endarticle-->"),
    ("<!--X-Body-of-Message-->", "<!--X-Body-of-Message-End-->"),
)


def _message_lines(text: str) -> tuple[int, int] | None:
    """The first and last source lines of a mail archive's message body, between the comments pipermail and
    MHonArc write around it (added after the nineteenth held-out batch): they put the thread's and the
    archive's navigation (previous and next messages, the indexes by date, thread, subject and author, the
    list's page) around it; ``None`` on other pages."""
    for opening, closing in _MESSAGE_MARKS:
        begin = text.find(opening)
        end = text.find(closing, begin)
        if begin >= 0 and end >= 0:
            return text.count("\n", 0, begin) + 1, text.count("\n", 0, end) + 1
    return None


#: A message's date as ``ctime`` writes it and a mail archive shows it: ``Tue May 14 09:12:40 CEST 2024``.
_CTIME = lazy_re(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+(?P<m>[A-Z][a-z]{2})[ \t]+(?P<d>\d{1,2})[ \t]+\d\d:\d\d:\d\d"
    r"(?:[ \t]+[A-Z]{1,5}|[ \t]+[+-]\d{4})?[ \t]+(?P<y>\d{4})\b"
)


def _message_text(
    root: etree._Element, lines: tuple[int, int], text: str
) -> tuple[dict[str, Link], PartialDate | None]:
    """What the text reader reads in a mail archive's message (its ``<pre>`` body, a plain-text mail: a
    quoted title on the line above a URL, a date in parentheses before it...), by URL; and the message's date
    as the archive's header shows it before the body (``ctime``'s form)."""
    first, last = lines
    body = "\n".join(el.text_content() for el in root.iter("pre") if first <= (el.sourceline or 0) <= last)
    found = {link.url: link for link in plaintext_parse(body).links} if body else {}
    stamp = _CTIME.search(text)  # (the header's, above the body)
    date = None
    if stamp is not None and (month := MONTHS.get(stamp.group("m").lower())) is not None:
        date = to_partial(int(stamp.group("y")), month, int(stamp.group("d")))
    return found, date


def _jsonld_items(root: etree._Element, key: str) -> Iterator[Any]:
    """The items of the page's JSON-LD scripts that hold ``key`` (a quoted name: the test before parsing),
    each script's list or ``@graph`` read as its items; scripts over 100,000 characters and invalid ones
    are skipped."""
    for script in root.iter("script"):
        if _attr(script, "type").lower() != "application/ld+json" or not script.text:
            continue
        if key not in script.text or len(script.text) > 100_000:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):  # a value nested deeper than the decoder recurses
            continue
        items = data if isinstance(data, list) else [data]
        if isinstance(data, dict) and isinstance(data.get("@graph"), list):
            items = data["@graph"]
        yield from items


def _site_name(root: etree._Element) -> str | None:
    """``og:site_name`` (or ``application-name``), else the JSON-LD article's ``publisher.name``."""
    for meta in root.iter("meta"):
        key = (_attr(meta, "property") or _attr(meta, "name")).lower()
        if key in ("og:site_name", "application-name") and _attr(meta, "content"):
            return clean_text(_attr(meta, "content")) or None
    for item in _jsonld_items(root, '"publisher"'):
        publisher = item.get("publisher") if isinstance(item, dict) else None
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        name = publisher.get("name") if isinstance(publisher, dict) else None
        if isinstance(name, str) and clean_text(name):
            return clean_text(name)
    return None


def _host(url: str) -> str:
    host = url_key(url).split("://", 1)[-1].split("/", 1)[0] if "://" in url else ""
    return host[4:] if host.startswith("www.") else host


#: A ``datetime`` that is a day or a month alone (no time: a date the text states, not a post's timestamp).
_DAY_VALUE = lazy_re(r"\d{4}-\d\d(?:-\d\d)?")


def show_days(times: Iterable[etree._Element]) -> None:
    """Give each empty ``<time datetime="2024-03-15" />`` of ``times`` its day as its text (added after the
    twenty-first held-out batch): Confluence's storage format writes a date so and its editor draws the day,
    so the page shows a date where the text has none (``<a>Title</a> — Outlet, <time .../>``). A ``<time>``
    holding text, or an empty one with a time (``T14:25``, a post's timestamp), is left alone."""
    for element in times:
        if not element.text and not len(element):
            value = (element.get("datetime") or "").strip()
            if _DAY_VALUE.fullmatch(value):
                element.text = value


def _parse_tree(text: str) -> etree._Element | None:
    data = capped_tags(text).encode("utf-8", "replace").translate(_CONTROL_TO_SPACE)
    if not data.strip():
        return None
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, huge_tree=True)
    try:
        root = lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root if isinstance(root.tag, str) else None


def _attr(element: etree._Element, name: str) -> str:
    value = element.get(name)
    return value.strip() if isinstance(value, str) else ""


#: The metas that hold the page's date, in order: Open Graph's and schema.org's, then Dublin Core's (pandoc's
#: and Quarto's ``dcterms.date``, a press wire's ``dc.date``).
_DATE_METAS = (
    "article:published_time", "datepublished", "og:published_time", "pubdate", "date", "dcterms.date",
    "dc.date", "dcterms.issued", "dc.date.issued",
)  # fmt: skip


def _h_entry_date(root: etree._Element, parsed: Parsed) -> None:
    """The date of a microformats2 ``h-entry``: its ``dt-published`` element's ``datetime`` (else its text),
    as a Medium export's footer and IndieWeb blogs give it."""
    for element in root.iter():
        classes = element.get("class") if isinstance(element.tag, str) else None
        if classes is not None and "dt-published" in classes.split():
            value = parse_date(_attr(element, "datetime") or clean_text(element.text_content()))
            if value is not None:
                parsed.date, parsed.date_line = value, element.sourceline
                return


#: A chat client's HTML log (Pidgin's, and the other libpurple clients'): its ``<title>`` is ``Conversation
#: with BUDDY at DATE on ACCOUNT (PROTOCOL)``, the day the conversation was logged (``Fri 10 Jan 2020 08:41:07
#: AM WAT``, the locale's form), the one day such a log gives (artdates3: a Hausa desk's log, whose ``ranar
#: Alhamis`` and ``8 ga Janairu`` had no day to be read against).
_CHAT_LOG_TITLE = lazy_re(r"^Conversation with \S+ at (?P<date>.+?) on \S+(?: \([\w -]+\))?$")


def _chat_log_date(title: etree._Element, parsed: Parsed) -> None:
    """The day of a chat client's HTML log (:data:`_CHAT_LOG_TITLE`), when its date is one
    :func:`parse_date` reads with its year."""
    text = clean_text(title.text_content())
    if text.startswith("Conversation with ") and (m := _CHAT_LOG_TITLE.match(text)) is not None:
        value = parse_date(m["date"], allow_year=False)
        if value is not None and value.day is not None:
            parsed.date, parsed.date_line = value, title.sourceline


def _document_title(root: etree._Element) -> etree._Element | None:
    """The document's ``<title>``: the first in its ``<head>`` or, in an XML document read as HTML (NITF,
    whose ``<head>`` the HTML parser drops), a child of the document element. One deeper in the body is
    an inline SVG's tooltip or a section's heading (JATS' ``<sec><title>``), no name of the page."""
    for node in root.iter("title"):
        parent = node.getparent()
        if parent is None or parent.tag == "head":
            return node
        above = parent.getparent()
        if parent.tag != "svg" and (above is None or above.tag in ("body", "html")):
            return node
    return None


def _article_facts(root: etree._Element, parsed: Parsed, *, microformats: bool = False) -> None:
    metas: dict[str, tuple[str, int | None]] = {}
    for meta in root.iter("meta"):
        key = (_attr(meta, "property") or _attr(meta, "name") or _attr(meta, "itemprop")).lower()
        content = _attr(meta, "content")
        if key and content and key not in metas and not (meta.get("itemprop") is not None and _in_part(meta)):
            metas[key] = (content, meta.sourceline)
    for key in _DATE_METAS:
        if key in metas:
            value = parse_date(metas[key][0])
            if value is not None:
                parsed.date, parsed.date_line = value, metas[key][1]
                break
    if parsed.date is None:
        for script in root.iter("script"):
            if _attr(script, "type").lower() != "application/ld+json" or not script.text:
                continue
            m = _JSONLD_DATE.search(script.text)
            if m:
                value = parse_date(_json_string(m.group(1)))
                if value is not None:
                    parsed.date, parsed.date_line = value, script.sourceline
                    break
    if parsed.date is None:
        for element in root.iter():
            if not isinstance(element.tag, str) or element.get("itemprop") is None:
                continue
            if _attr(element, "itemprop").lower() == "datepublished" and not _in_part(element):
                value = parse_date(_attr(element, "datetime") or _attr(element, "content"))
                if value is not None:
                    parsed.date, parsed.date_line = value, element.sourceline
                    break
    if parsed.date is None and microformats:
        _h_entry_date(root, parsed)
    if parsed.date is None and (node := _document_title(root)) is not None:
        _chat_log_date(node, parsed)
    title = metas.get("og:title", ("", None))[0]
    if not title:
        node = root.find(".//h1")
        title = node.text_content() if node is not None else ""
    if not title:
        node = _document_title(root)
        title = node.text_content() if node is not None else ""
    if not title:  # a paragraph in a document's Title style: a Google Docs export's <p class="c1 title">
        node = next((p for p in root.iter("p") if "title" in _attr(p, "class").split()), None)
        title = node.text_content() if node is not None else ""
    if not title:  # a word processor's title: a first paragraph all in bold (LibreOffice's <p><font><b>)
        title = _bold_first_paragraph(root)
    # A heading's permalink anchor (Sphinx's and MkDocs' "¶") is no part of its title.
    parsed.title = clean_text(title).rstrip(" ¶§🔗") or None
    for link in root.iter("link"):
        if "canonical" in _attr(link, "rel").lower().split() and _absolute(_attr(link, "href")):
            parsed.url = _attr(link, "href")
            break
    if parsed.url is None and _absolute(metas.get("og:url", ("", None))[0]):
        parsed.url = metas["og:url"][0]
    if parsed.url is None:
        parsed.url = _jsonld_url(root)


#: JSON-LD types of the page's own work, whose ``url`` is the page's address (a fact check's
#: ``ClaimReview`` is the article, as a ``NewsArticle`` is).
_PAGE_TYPES = frozenset(
    ["Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
     "LiveBlogPosting", "ClaimReview", "ScholarlyArticle", "Report", "WebPage"]
)  # fmt: skip


def _jsonld_url(root: etree._Element) -> str | None:
    """The ``url`` of the page's own JSON-LD item (:data:`_PAGE_TYPES`), when the page has no canonical link
    or ``og:url``: its address, so that links back to it and to its site's author and tag pages are known."""
    for item in _jsonld_items(root, '"url"'):
        if not isinstance(item, dict):
            continue
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        url = item.get("url")
        if (
            isinstance(url, str)
            and _absolute(url)
            and any(k in _PAGE_TYPES for k in kinds if isinstance(k, str))
        ):
            return url.strip()
    return None


def _bold_first_paragraph(root: etree._Element) -> str:
    """The text of the document's first non-empty paragraph when all of it is bold and it is short (at most
    150 characters): how a document exported without a Title style (LibreOffice, Word) shows its title."""
    for index, paragraph in enumerate(root.iter("p")):
        if index >= 8:
            break
        text = clean_text(paragraph.text_content())
        if not text:
            continue
        if len(text) > 150:
            return ""
        bold = "".join(clean_text(b.text_content()) for b in paragraph.iter("b", "strong"))
        return text if bold.replace(" ", "") == text.replace(" ", "") else ""
    return ""


def _in_part(element: etree._Element) -> bool:
    """Whether a microdata property belongs to an item nested in another (the item holding it is itself a
    property: ``itemprop="hasPart"``, an alert's or a digest's listed article), not to the page's own item."""
    node: etree._Element | None = element
    for _ in range(64):  # bounded: an item is a few levels up
        node = node.getparent() if node is not None else None
        if node is None:
            return False
        if node.get("itemscope") is not None:
            return node.get("itemprop") is not None
    return False


def _json_string(raw: str) -> str:
    try:
        value = json.loads(f'"{raw}"')
    except ValueError:
        return raw
    return value if isinstance(value, str) else raw


_ABSOLUTE = lazy_re(r"https?://[^\s/]+", re.IGNORECASE)


def _absolute(url: str) -> bool:
    return bool(_ABSOLUTE.match(url))


def _base(root: etree._Element, base_url: str | None, canonical: str | None) -> str | None:
    """``<base href>`` (itself resolved against the page's address), else ``base_url``, else canonical."""
    page = base_url or canonical
    for element in root.iter("base"):
        href = _attr(element, "href")
        if href:
            url, _ = resolve_url(href, page)
            if url is not None:
                return url
            break
    return page


def _text_length(element: etree._Element) -> int:
    return sum(map(len, map(str.strip, element.itertext())))


def _measured(element: etree._Element, lengths: dict[etree._Element, int]) -> int:
    """:func:`_text_length`, remembered in ``lengths`` (valid until the tree changes)."""
    length = lengths.get(element)
    if length is None:
        length = lengths[element] = _text_length(element)
    return length


def _body(
    root: etree._Element, lengths: dict[etree._Element, int], *, marked: bool = False
) -> etree._Element | None:
    """The article body: the ``<article>`` with the most text (not one in an ``<aside>``: a card; unless
    it is a teaser beside a much bigger run of paragraphs), else ``<main>``/``role=main``, else (with
    ``marked``: the page's source names one) the element marked as the post's content (hAtom's
    ``entry-content``, schema.org's ``itemprop=articleBody``) when it holds more text than the paragraphs
    below, else the element holding the most paragraph text. (Blogger writes a post's text in ``<div>``s and
    ``<br>``s, no ``<p>``: the most paragraph text is then a sidebar's or the header's.)"""
    block, block_text = _paragraph_block(root)
    articles = [
        article for article in root.iter("article") if not _in_aside(article) and not _a_comment(article)
    ]
    if articles:
        best = max(articles, key=lambda article: _measured(article, lengths))
        parent = best.getparent()
        if len(articles) > 1 and parent is not None:
            # Entries side by side (a forum thread's posts, a feed's items): the body is all of them. A page's
            # one story beside teaser cards is not (the cards are small beside it).
            floor = _measured(best, lengths) // 4
            peers = [el for el in parent if el.tag == "article" and _measured(el, lengths) >= floor]
            if len(peers) > 1:
                best = parent
        inside = block is not None and any(a is best for a in block.iterancestors("article"))
        if block is None or block is best or inside or _measured(best, lengths) * 2 >= block_text:
            return best
        return block
    for element in root.iter():
        if element.tag == "main" or _role_main(element):
            return element
    if marked:
        content = [el for el in root.iter("div", "section") if _marks_content(el)]
        if content:
            best = max(content, key=lambda el: _measured(el, lengths))
            if block is None or _measured(best, lengths) > block_text:
                return best
    if block is not None:
        return _sections_of(block)
    return root.find("body") if root.find("body") is not None else root


#: A comment section's class or id word (``comments``, ``comment-list``, ``replies``): what stands in one is a
#: reader's comment, never the page's story.
_COMMENT_WORDS = lazy_re(r"(?:^|[\s_-])(?:comments?|replies)(?:$|[\s_-])", re.IGNORECASE)


def _a_comment(article: etree._Element) -> bool:
    """Whether ``article`` is a reader's comment (added after the thirty-fourth held-out batch): it or an
    element around it has a comment section's class or id word (:data:`_COMMENT_WORDS`). A link aggregator
    (Lemmy) and a blog theme write each comment as an ``<article class="comment">`` and the post itself in
    ``<div>``s; the comments, side by side, were taken for the page's story and then dropped as a comment
    section, and the page gave no citation at all."""
    for element in (article, *article.iterancestors()):
        words = f"{element.get('class') or ''} {element.get('id') or ''}"
        if words != " " and _COMMENT_WORDS.search(words):
            return True
    return False


def _in_aside(element: etree._Element) -> bool:
    """Whether ``element`` stands in an ``<aside>``: an ``<article>`` there is a card beside the text (a
    forum's link preview, Discourse's ``aside.onebox``), never the page's story."""
    return any(ancestor.tag == "aside" for ancestor in element.iterancestors())


def _sections_of(block: etree._Element) -> etree._Element:
    """The element holding ``block`` and its sibling sections when the text is split into sections of one
    kind, each with paragraphs of its own (a scholarly page's ``<div class="section">`` per heading:
    Methods, Data Availability...): all of them are the body, not the one with the most text. Sections are
    ``<section>`` elements, items of one list (a loose list's ``<li><p>``: Asciidoctor's bibliography), or
    elements of one tag whose class opens with the same word; a plain ``<div>`` beside another (a page's
    column beside its sidebar) is not one.

    Two more: a list of references or notes holding the most paragraph text (a paper's long bibliography
    entries, TeX4ht's ``<div class="thebibliography">`` of ``<p class="bibitem">``) is not the body but a
    part of it, beside the prose: its parent is; and a block inside a headed section (a heading its first
    child, as Asciidoctor's ``div.sect1`` and Org's ``div.outline-2`` are) that has a headed sibling of the
    same kind, one or two levels up (Asciidoctor's ``div.paragraph`` in ``div.sectionbody``): all the
    sections are the body."""
    parent = block.getparent()
    if parent is None:
        return block
    if _own_notes(block):
        return parent
    if any(
        sibling is not block and _same_kind(sibling, block) and sibling.find("p") is not None
        for sibling in parent
    ):
        return parent
    element = block
    for _ in range(3):
        outer = element.getparent()
        if outer is None:
            break
        if _headed(element) and any(
            sibling is not element and _same_kind(sibling, element) and _headed(sibling) for sibling in outer
        ):
            return outer
        element = outer
    entries = _entries_of(block)
    return block if entries is None else entries


def _entries_of(block: etree._Element) -> etree._Element | None:
    """The element holding the entries ``block`` is the text of, when it is one entry's text among entries
    of one kind, each with a text of ``block``'s kind (added after the thirtieth held-out batch): a chat or
    thread export writes each message as ``<div class="message">`` holding a header (author, time) and a
    ``<div class="body">`` of paragraphs, and the body with the most paragraph text was one message's, so
    the other messages' links were not read. The entry is ``block``'s parent or grandparent; ``block`` needs
    a class (a plain ``<div>`` is any page's column) and so do the entries (:func:`_same_kind`)."""
    entry = block
    for _ in range(2):
        entry = entry.getparent()
        outer = entry.getparent() if entry is not None else None
        if entry is None or outer is None:
            return None
        for sibling in outer:
            if sibling is not entry and _same_kind(sibling, entry) and _holds_text_like(sibling, block):
                return outer
    return None


def _holds_text_like(element: etree._Element, block: etree._Element) -> bool:
    """Whether ``element`` holds an element of ``block``'s kind (:func:`_same_kind`) with a paragraph."""
    return any(_same_kind(inner, block) and inner.find("p") is not None for inner in element.iter(block.tag))


def _own_notes(element: etree._Element) -> bool:
    """Whether ``element``'s own class or id names a list of notes or references (:data:`_NOTES`)."""
    words = f"{_attr(element, 'class')} {_attr(element, 'id')}"
    return bool(words.strip()) and _NOTES.search(words) is not None


def _headed(element: etree._Element) -> bool:
    """Whether ``element``'s first child element is a heading (a section of a document)."""
    for child in element:
        if isinstance(child.tag, str):
            return child.tag in _HEADINGS and child.tag != "h1"
    return False


def _same_kind(one: etree._Element, other: etree._Element) -> bool:
    """Sections of one kind: elements of one tag whose class opens with the same word, or both ``<section>``,
    or both items of a list."""
    if one.tag != other.tag:
        return False
    if one.tag in ("section", "li"):
        return True
    first = _attr(one, "class").split()[:1]
    return bool(first) and first == _attr(other, "class").split()[:1]


def _mediawiki_page(root: etree._Element) -> bool:
    """Whether the page is one MediaWiki rendered (Wikipedia's, a wiki's): its content in a
    ``mw-parser-output`` element, a ``<div>`` on the site's pages, the ``<body>`` itself in Parsoid's HTML
    (what the REST API and the apps serve; added after the eighteenth held-out batch)."""
    return any("mw-parser-output" in _attr(el, "class").split() for el in root.iter("div", "body"))


#: The map tool Wikipedia's coordinates link to (``{{coord}}``, in every article with a place): MediaWiki
#: machinery marked external like a source (added after the eighteenth held-out batch).
_GEOHACK = (
    "https://geohack.toolforge.org/",
    "http://geohack.toolforge.org/",
    "https://tools.wmflabs.org/geohack/",
)


def _external_class(element: etree._Element) -> bool:
    """A link MediaWiki marks as leaving the wiki (``class="external text"``, ``external free``, ``external
    autonumber``): on a page it rendered, every other link is the wiki's own (its articles, the edit and
    history links, interwiki and interlanguage links, categories, the "Retrieved from" permalink), and so is
    the coordinates' map tool (:data:`_GEOHACK`)."""
    return "external" in _attr(element, "class").split() and not _attr(element, "href").startswith(_GEOHACK)


def _marks_content(element: etree._Element) -> bool:
    """Whether ``element`` is marked as a post's content: ``class="entry-content"`` (hAtom) or
    ``itemprop="articleBody"`` (schema.org), among other words."""
    classes, props = _attr(element, "class").split(), _attr(element, "itemprop").split()
    return "entry-content" in classes or "articleBody" in props


def _role_main(element: etree._Element) -> bool:
    return element.get("role") is not None and _attr(element, "role").lower() == "main"


def _paragraph_block(root: etree._Element) -> tuple[etree._Element | None, int]:
    """The element whose ``<p>`` children hold the most text, and that text's length."""
    scores: dict[etree._Element, int] = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + _text_length(paragraph)
    if not scores:
        return None, 0
    block = max(scores, key=lambda el: scores[el])
    return block, scores[block]


def _is_noise(element: etree._Element, tag: str) -> bool:
    """Whether ``element`` (whose tag is ``tag``) is navigation, a share bar, a hidden part and the like."""
    if tag in _NOISE_TAGS:
        return tag != "form" or not _display_form(element)
    get = element.get  # each attribute read once (what ``_attr`` gives: stripped, "" for none)
    role, hidden, classes, ident = get("role"), get("aria-hidden"), get("class"), get("id")
    if role is None and hidden is None and classes is None and ident is None:
        return False
    if (role or "").strip().lower() in _NOISE_ROLES or (hidden or "").strip() == "true":
        return True
    words = f"{(classes or '').strip()} {(ident or '').strip()}".strip()
    return bool(words) and _NOISE_WORDS.search(words) is not None


#: What a form holds for a reader to fill in or press: a form with none of these only shows text.
_FORM_CONTROLS = ("textarea", "select", "button")


def _display_form(form: etree._Element) -> bool:
    """Whether ``form`` only wraps text to read (added after the seventeenth held-out batch): a paragraph
    and no control but hidden inputs, as old Reddit wraps each post's and comment's text (``<form
    class="usertext"><input type="hidden">...<div class="md"><p>``); a search, log-in or subscribe form has
    a field to type in or a button."""
    if next(form.iter("p"), None) is None or next(form.iter(*_FORM_CONTROLS), None) is not None:
        return False
    return all(_attr(field, "type").lower() == "hidden" for field in form.iter("input"))


def split_line_lists(breaks: Iterable[etree._Element]) -> None:
    """Each line of a block that lists links one to a line between ``<br>``s (``<div>Джерела:<br />1. ТАСС,
    8 січня 2020 — <a>url</a><br />2. <a>Title</a> — Outlet, date</div>``, as a site builder's text block or
    an old page writes a list) made an item of a list, its first line (a heading, perhaps) a paragraph
    (added after the twenty-first held-out batch): the entry readers read a link's block, and the whole
    block is no one link's entry. Only a ``<div>``, ``<p>``
    or cell whose every line after the first (a heading, perhaps) holds one web link of its own children,
    two lines at least: a contact block's ``Media: <a>mailto</a><br>Investors: <a>``, a footer's line of
    two links, a paragraph with a line break and one link stay whole. ``breaks``: the body's ``<br>``s."""
    parents: dict[etree._Element, int] = {}
    for line_break in breaks:
        parent = line_break.getparent()
        if parent is not None and parent.tag in ("div", "p", "td"):
            parents[parent] = parents.get(parent, 0) + 1
    for block, count in parents.items():
        if count < 2:
            continue
        children = list(block)
        # Each line: the text it opens with (the block's own, or a ``<br>``'s tail) and its elements.
        lines: list[tuple[str | None, list[etree._Element]]] = [(block.text, [])]
        for child in children:
            if child.tag == "br":
                lines.append((child.tail, []))
            else:
                lines[-1][1].append(child)
        if len(lines) < 3 or not all(
            sum(1 for c in line if c.tag == "a" and (c.get("href") or "").startswith(("http:", "https:")))
            == 1
            for _, line in lines[1:]
        ):
            continue
        for child in children:
            block.remove(child)
        block.text = None
        for index, (opening, line) in enumerate(lines):
            paragraph = lxml_html.Element("li" if index else "p")  # the lines after the heading: list items
            paragraph.text = opening
            for child in line:
                paragraph.append(child)  # (with its tail)
            if (opening or "").strip() or len(paragraph):
                block.append(paragraph)


def _drop_noise(body: etree._Element, lengths: dict[etree._Element, int]) -> None:
    """Remove navigation, share buttons and the like, but never an element holding most of the body's
    text (a wrapper whose class happens to say ``has-share-bar``)."""
    total = _measured(body, lengths)
    doomed = [
        el
        for el in body.iterdescendants()
        if isinstance(tag := el.tag, str)  # (read once: lxml makes a new string at each read)
        and _is_noise(el, tag)
        and (tag in _NOISE_TAGS or _text_length(el) * 2 < total)
        and not (tag not in _NOISE_TAGS and _announces_related(el))
        and not _inside_link(el)
    ]
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue
        # Keep the tail text (it belongs to the parent), drop the element and everything in it.
        tail = element.tail
        previous = element.getprevious()
        if tail:
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(element)


#: A post embedded by a script or a frame rather than by a link: Telegram's widget (``<script
#: data-telegram-post="channel/123">``: the post is ``https://t.me/channel/123``) and a Mastodon server's
#: frame (``<iframe src="https://host/@name/123/embed">``: the post is the address without ``/embed``).
_TELEGRAM_POST = lazy_re(r"[A-Za-z0-9_]{3,64}/\d{1,12}")
_FEDIVERSE_EMBED = lazy_re(r"(https://[^/\s?#]+/@[^/\s?#]+/\d{1,24})/embed/?(?:[?#]\S*)?")


def _embedded_posts(body: etree._Element) -> None:
    """Replace each post :data:`_TELEGRAM_POST` or :data:`_FEDIVERSE_EMBED` embeds with a link to it, in its
    place (the script and the frame are dropped as noise, and with them the citation)."""
    for element in list(body.iter("script", "iframe")):
        if element.tag == "script":
            post = _attr(element, "data-telegram-post")
            url = f"https://t.me/{post}" if post and _TELEGRAM_POST.fullmatch(post) else None
        else:
            m = _FEDIVERSE_EMBED.fullmatch(_attr(element, "src"))
            url = m.group(1) if m else None
        parent = element.getparent()
        if url is None or parent is None:
            continue
        link = body.makeelement("a", {"href": url})
        link.sourceline = element.sourceline
        link.tail = element.tail
        parent.replace(element, link)


def _inside_link(element: etree._Element) -> bool:
    """Whether ``element`` is part of a link's own content (an embedded post's ``tweet-header`` and
    ``tweet-footer`` inside its ``<a>``: the author and the date the link reads as), not the page's chrome."""
    return any(ancestor.tag == "a" and ancestor.get("href") for ancestor in element.iterancestors())


#: Blocks a footnote stands in (its target's nearest such ancestor), and how long a note may be.
_NOTE_BLOCKS = frozenset(["p", "li", "div", "dd", "aside", "section", "td"])
_NOTE_LENGTH = 1500


def _notes_outside(
    root: etree._Element, body: etree._Element, anchors: list[tuple[etree._Element, int]]
) -> list[etree._Element]:
    """The notes the body's footnote markers point at (``<a href="#_ftn1">[1]</a>``: a marker's text, an
    in-page target) that stand outside the body, in reading order: a word processor's export puts its
    footnotes after the document's section (Word's ``<div style='mso-element:footnote'>``), where the body
    (the element holding the most paragraph text) does not reach. Each note is the target's nearest block,
    at most :data:`_NOTE_LENGTH` characters of text."""
    targets = {
        href[1:]
        for element, _ in anchors
        if element.tag == "a"
        and (href := element.get("href") or "").startswith("#")
        and len(href) > 1
        and _MARKER_TEXT.fullmatch(clean_text(element.text_content())) is not None
    }
    if not targets:
        return []
    inside = set(body.iter())
    notes: list[etree._Element] = []
    for element in root.iter():
        if element in inside or not isinstance(element.tag, str):
            continue
        if (element.get("id") or element.get("name") or "") not in targets:
            continue
        block = element if element.tag in _NOTE_BLOCKS else None
        for ancestor in element.iterancestors():
            if block is not None:
                break
            if ancestor.tag in _NOTE_BLOCKS:
                block = ancestor
        if (
            block is not None
            and block not in notes
            and _text_length(block) <= _NOTE_LENGTH
            and not any(note in block.iterancestors() for note in notes)
        ):
            notes.append(block)
    return notes


#: Elements a script may make a link of (``<span role="link" data-href="...">``).
_SCRIPTED_LINK_TAGS = frozenset(["span", "div", "button", "li", "strong", "em", "b", "i", "u", "p", "td"])


def _announces_related(element: etree._Element) -> bool:
    """Whether an element a class calls promotion (``inline-promo``) is the article's own related-article
    line (``Read more: <a>Title</a>``, ``Leggi anche``): a link the article gives, not an advertisement."""
    head = "".join(itertools.islice(element.itertext(), 4))[:60]  # its opening words, not all its text
    if not any(mark in head for mark in ":：—–-"):
        return False  # a label is followed by one of these: most elements are over without the regex
    return _RELATED_LEAD.match(head) is not None


def _prose(
    body: etree._Element,
    marks: list[tuple[int, PartialDate]] | None = None,
    bare: list[tuple[int, str, int, bool]] | None = None,
) -> tuple[str, list[tuple[etree._Element, int]]]:
    """The body's text with paragraph breaks, and each citing element with its offset in it; with ``marks``,
    the day of each timestamp in it (``<time datetime="2024-10-02T14:25:00-04:00">``, a date and a time: when
    a post was written, not a date the text speaks of) with its offset; with ``bare``, each piece of text
    outside links and code that may hold a URL (``://``), with its offset and source line."""
    pieces: list[str] = []
    length = 0
    anchors: list[tuple[etree._Element, int]] = []
    shut = 0  # the depth of links and code around the text (a URL there is not a bare one)
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS or tag == "br":
                pieces.append("\n\n" if tag in _BLOCK_TAGS else "\n")
                length += len(pieces[-1])
            if (
                (tag == "a" and element.get("href") is not None)
                or (tag in ("blockquote", "q") and element.get("cite") is not None)
                or (tag in _SCRIPTED_LINK_TAGS and element.get("role") == "link" and element.get("data-href"))
            ):
                anchors.append((element, length))
            if tag in _SHUT_TAGS:
                shut += 1
            if tag == "time" and marks is not None and "T" in (stamp := _attr(element, "datetime")):
                day = parse_date(stamp)
                if day is not None and day.day is not None:
                    marks.append((length, day))
            if element.text and tag:
                text = element.text
                if bare is not None and not shut and "://" in text:
                    bare.append((length, text, element.sourceline or 1, _in_notes(element)))
                pieces.append(text)
                length += len(text)
        else:
            if tag in _BLOCK_TAGS:
                pieces.append("\n\n")
                length += 2
            if tag in _SHUT_TAGS:
                shut -= 1
            if element.tail and element is not body:
                text = element.tail
                if bare is not None and not shut and "://" in text:
                    parent = element.getparent()
                    noted = parent is not None and _in_notes(parent)
                    bare.append((length, text, element.sourceline or 1, noted))
                pieces.append(text)
                length += len(text)
    return "".join(pieces), anchors


#: Elements whose text holds no bare URL of the article's: a link's own text, code.
_SHUT_TAGS = frozenset(["a", "code", "pre", "kbd", "samp", "textarea", "script", "style"])


def _bare_links(prose: str, bare: list[tuple[int, str, int, bool]]) -> Iterator[Link]:
    """The URLs written as text in the body, outside any link (a WeChat article's reference list, which the
    platform leaves unlinked; a URL pasted into a paragraph; a bibliography's, CSL's ``csl-entry`` as
    Zotero writes it): each a link at its offset in ``prose``, its paragraph read as its entry (a reference
    entry's when it opens with a list marker or stands in a list of notes or references)."""
    for offset, text, line, noted in bare:
        for start, end, url in find_urls(text):
            if "://" not in text[start : start + 10]:
                continue  # a host written alone (``www.bbc.co.uk`` under a card's title): no page cited
            pos = offset + start
            opened = prose.rfind("\n\n", 0, pos)
            begin = 0 if opened < 0 else opened + 2
            closed = prose.find("\n\n", offset + end)
            stop = len(prose) if closed < 0 else closed
            before, after = prose[begin:pos], prose[offset + end : stop]
            link = Link(url=url, line=line, pos=pos)
            label = before.rpartition("\n")[2]
            link.boilerplate = is_boilerplate(label)
            link.standalone = not clean_text(before) or ITEM_MARKER.fullmatch(before) is not None
            if link.standalone:
                link.trailer = clean_text(after).strip(" ,;:-–—()[]|.")[:200]
            read_entry(link, before, after, reference=noted or ITEM_MARKER.match(before) is not None)
            yield link


_WRAPPED_HREF = lazy_re(r"\s*[\r\n]\s*")


def _not_cited_rels(anchors: list[tuple[etree._Element, int]]) -> frozenset[str]:
    """:data:`_NOT_CITED_RELS`, without ``ugc`` when it marks most of the links in the body's paragraphs (a
    ``<p>``, or a ``<div>`` holding text as a forum post's does): a platform whose articles are its users'
    (Medium, a forum) marks every link of them ``ugc``, and it then says nothing of one (a comment's link is
    ``ugc`` among paragraphs' links that are not). Relative links (a forum's @mentions and #hashtags, which
    it never marks) are not counted."""
    marked = in_paragraphs = 0
    for element, _ in anchors:
        parent = element.getparent()
        if (
            parent is None
            or "//" not in (element.get("href") or "")  # (as in ``_attr``'s value: stripping keeps no "//")
            or (
                parent.tag != "p"
                and (parent.getparent() is None or parent.getparent().tag != "p")
                and not (parent.tag == "div" and _holds_text(parent))
            )
        ):
            continue
        in_paragraphs += 1
        rel = element.get("rel")
        if rel is not None and "ugc" in rel.lower():
            marked += 1
    if marked >= 2 and marked * 2 > in_paragraphs:
        return _NOT_CITED_RELS - {"ugc"}
    return _NOT_CITED_RELS


def _holds_text(element: etree._Element) -> bool:
    """Whether ``element`` has text of its own between its children (a forum post's ``<div>`` of running
    text), not only elements (a ``<div>`` wrapping a button)."""
    if element.text is not None and not element.text.isspace():
        return True
    return any(child.tail is not None and not child.tail.isspace() for child in element)


def _link(
    element: etree._Element, base: str | None, blocks: _Blocks, not_cited: frozenset[str] = frozenset()
) -> Link | None:
    tag = element.tag
    if tag in ("blockquote", "q"):
        href = _attr(element, "cite")
    else:  # a link, or an element a script makes one (<span role="link" data-href="...">)
        href = _attr(element, "href") if tag == "a" else _attr(element, "data-href")
    # A URL wrapped over lines in the source (a newline and the indentation around it) is one URL.
    if "\n" in href or "\r" in href:
        href = _WRAPPED_HREF.sub("", href)
    get = element.get  # (the attributes read as ``_attr`` reads them, without its calls)
    original = (get("data-originalurl") or "").strip()
    archive: str | None = None
    if original:
        archive, _ = resolve_url(href, base)
        href = original
    url, error = resolve_url(href, base)
    if url is None and error is None:
        return None
    if (not_cited or _NOT_CITED_RELS).intersection((get("rel") or "").lower().split()):
        return None  # rel="author", "tag", "license", "prev"...: the page's own navigation and credits
    if _not_a_source(element, url or href):
        return None
    block = blocks.of(element)
    if block is not None and blocks.boilerplate(block):
        return None  # a press release's "About ..." boilerplate or contact block: the issuer's own links
    line = element.sourceline or 1
    link = Link(url=url or href, line=line, error=error)
    if tag in ("blockquote", "q"):
        link.notes.append(f"quoted in <{tag}>")
        if tag == "blockquote":
            _read_attribution(link, element)
        return link
    version_url = (get("data-versionurl") or "").strip()
    if version_url:
        archive, _ = resolve_url(version_url, base)
    link.archive_url = archive
    version_date = (get("data-versiondate") or "").strip()
    if version_date:
        link.date = parse_date(version_date)
    text = _anchor_text(element)
    if text.startswith(("pic.twitter.com/", "pic.x.com/")):
        return None  # an embedded tweet's picture (a t.co link to the tweet's own photo page)
    if text[:1] == "@" and _HANDLE.fullmatch(text):
        return None  # "<a href=https://t.me/tass_agency>@tass_agency</a>": an account mentioned, not a source
    if text[:1] == "©":  # (added after the seventeenth held-out batch)
        return None  # "Map data: <a>© OpenStreetMap contributors</a>": a copyright notice, a credit
    if is_boilerplate(text or _attr(element, "title")):
        # "Unsubscribe", "View this email in your browser": the newsletter's machinery; an icon's "Edit
        # this page" (its title, the text being a picture): the documentation site's.
        return None
    if len(text) < 40 and _BUILDER_CREDIT.fullmatch(text):
        return None  # "Made on Tilda", "Built with Webflow", "sign up for our newsletters": machinery
    if _is_credit(element, text, url or href, blocks):
        return None  # "Photo: <a>Karl Weiss</a> / <a>CC BY-SA</a>": who took the picture, not a source
    block = blocks.of(element)
    if block is not None and text and blocks.tag_list(block):
        return None  # "Etichete: <a>Irak</a>, <a>Rusia</a>": the site's tag pages, not sources
    whole = blocks.info(block)[0] if block is not None else None
    at = whole.find(text) if whole and text else -1
    if (
        whole and at > 0 and (is_boilerplate(whole[:at]) or credit_line(whole[:at]))
    ):  # "Originally published at <a>...</a>", "Follow us on <a>", "Фото: <a>mil.ru</a>", "© 2020 ... <a>"
        return None
    # A link text in quotes (“<a>Title</a>,”) is a title, never a name of the outlet.
    quoted = at >= 0 and quoted_around(whole or "", at, at + len(text))
    link.quoted = quoted
    if whole and at >= 0 and link.date is None and whole.startswith(" (", at + len(text)):
        link.date = dated_after(whole, at + len(text), link.url)  # "<a>NREL, “Title”</a> (February 2024)"
    elif whole and at > 0 and link.date is None and whole.startswith(",", at + len(text)):
        link.date = dated_inside(whole, at, at + len(text))  # "(<a>“Title”</a>, 11 March 2024)"
    if whole and at > 0 and link.date is None:
        date_before(whole, at, link)  # "ТАСС (08.01.2020): <a>tass.ru/...</a>"
    link.text = "" if quoted else text
    link.standalone, link.trailer = _standalone(element, text, blocks)
    if "preview" in (get("class") or "") and (card := _preview_card(element)) is not None:
        link.title, link.outlet = card  # a link preview card: the page's title and site, as the page states
        return link
    title = _cite_title(element, blocks)
    if title is None and block is not None and (entry := _biblioentry(block)) is not None:
        title, outlet = entry  # DocBook's bibliography entry: its title and publisher in their own spans
        link.outlet = link.outlet or outlet
    if title is not None and names_host(title, link.url):
        # <cite>The Guardian</cite>: the cited work's publication, not its title.
        link.outlet, title = title, None
    if title is not None and not link.trailer:
        block = blocks.of(element)
        whole = blocks.info(block)[0] if block is not None else None
        if whole is not None:
            rest = whole.replace(title, " ").replace(text, " ")
            link.trailer = clean_text(rest).strip(" ,;:-–—()[]|.")[:200]
    if title is None and _attr(element, "title"):
        title = looks_like_title(_attr(element, "title"), link.url, standalone=True)
    if title is None:
        standalone = link.standalone or _labelled_own_link(element, text, link.url, base, blocks)
        title = looks_like_title(f"“{text}”" if quoted else text, link.url, standalone=standalone)
        link.title_from_text = title is not None
    if title is None and whole and at > 0 and shows_address(text) and whole[at - 1 : at].isspace():
        title = _quoted_before(whole, at, link)
    link.title = title
    if link.outlet is None and block is not None:
        link.outlet = _entry_heading_outlet(block, link.url)
    if (
        block is not None
        and whole is not None
        and at >= 0
        and (blocks.info(block)[1] == 1 or (block.tag == "li" and blocks.copies(block)))
    ):
        # The one link of a list item or a footnote (or of an APA reference): its entry's text. A source
        # label before it ("Chart of X. Source: <a>...</a>, retrieved March 10, 2024") opens its entry.
        reference = (
            block.tag in _ENTRY_TAGS
            or _in_notes(block)
            or _opens_with_backlink(block)
            or _numbered_paragraph(block, whole)
        )
        begin = 0
        if ":" in whole[max(0, at - 300) : at] or "：" in whole[max(0, at - 300) : at]:
            labels = list(_SOURCE_LABEL.finditer(whole, max(0, at - 300), at))
            if labels:
                reference, begin = True, labels[-1].end()
        read_entry(link, whole[begin:at], whole[at + len(text) :], reference=reference)
    if block is not None and block.tag == "dt" and (note := _definition(block)):
        read_entry(link, "", f" {note}", reference=True)
    return link


#: A quoted headline just before a link (a space, perhaps a colon or a dash, between them): ``Related:
#: “Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?” themoscowtimes.com/2024/05/02/will...``.
_QUOTED_BEFORE = lazy_re(r"[“\"«](?P<t>[^“”\"«»\n]{4,300})[”\"»][ \t]*[:–—-]?[ \t]*$")


def _quoted_before(whole: str, at: int, link: Link) -> str | None:
    """The quoted headline standing right before a link whose words are its address (added after the seed22
    probe: a post shows its link as its shortened address, the headline in quotes beside it, not in the
    link's words), perhaps with a parenthesis saying whose and when between them (``"Title" (Fenbury
    Courier, 12 March) <a>``: :func:`~._base.noted_title`, as the text reader reads it; the parenthesis
    becomes the link's trailer). Not a quotation ending in a comma or a full stop (``“We expect pushback,”
    al-Haider told RIA``: what someone said)."""
    noted = noted_title(whole[max(0, at - 400) : at], link.url)
    if noted is not None:
        if not link.trailer:
            link.trailer = noted[1]
        return noted[0]
    m = _QUOTED_BEFORE.search(whole, max(0, at - 320), at)
    if m is None or m["t"].rstrip()[-1:] in ",.;:":
        return None
    return looks_like_title(f"“{m['t'].strip()}”", link.url, standalone=True)


#: The parts of a link preview card (Telegram's web preview writes ``link_preview_site_name``,
#: ``link_preview_title``, ``link_preview_description`` inside the card's ``<a>``): its title and its site.
_PREVIEW_TITLE = lazy_re(r"preview[_-]?title(?:$|\s)", re.IGNORECASE)
_PREVIEW_SITE = lazy_re(r"preview[_-]?(?:site[_-]?name|publisher|domain)(?:$|\s)", re.IGNORECASE)


def _preview_card(anchor: etree._Element) -> tuple[str, str | None] | None:
    """A link preview card's title and site name (added after the twenty-third held-out batch): the ``<a>``
    a chat's or a channel's web page draws under a post for the link it holds, the linked page's own title
    and site as the page's metadata gave them (``<div class="link_preview_site_name">РИА Новости</div>
    <div class="link_preview_title">...</div>``); ``None`` for a link without a preview title element."""
    title = site = None
    for element in anchor.iterdescendants():
        classes = element.get("class")
        if not classes:
            continue
        if title is None and _PREVIEW_TITLE.search(classes):
            title = clean_text(element.text_content())
        elif site is None and _PREVIEW_SITE.search(classes):
            site = clean_text(element.text_content())
    return (title, site or None) if title else None


def _numbered_paragraph(block: etree._Element, whole: str) -> bool:
    """Whether ``block`` is a paragraph that opens with a list's number (``1. Outlet, date — <a>...</a>``):
    a list's item written as paragraphs, as a blog platform's editor writes a numbered source list (Dzen's
    ``Источники:`` paragraphs; added after the twenty-second held-out batch), read as an ``<li>`` is."""
    return block.tag == "p" and _NUMBERED_START.match(whole) is not None


#: A paragraph's list number: ``1.`` or ``2)`` and a space, at its start.
_NUMBERED_START = lazy_re(r"\s*\d{1,3}[.)][ \t\u00a0]")


def _definition(term: etree._Element) -> str:
    """The text of the ``<dd>`` right after a ``<dt>`` (added after the nineteenth held-out batch): what a
    definition list says of its term, as a bookmarks file's note under a bookmark (``<DT><A>Title</A>``
    ``<DD>Herald, 13 May 2024``) or a glossary's under a linked term; else nothing. A parser nests a
    ``<dt>`` left unclosed (a bookmarks file closes none) in the one before it: the ``<dd>`` after the outer
    term is the innermost term's."""
    if term.find(".//dt") is not None:
        return ""
    node = term
    while node.getnext() is None and (parent := node.getparent()) is not None and parent.tag == "dt":
        node = parent
    following = node.getnext()
    if following is None or following.tag != "dd":
        return ""
    return clean_text(following.text_content())[:600]


#: A link text that is an account's handle alone (``@tass_agency``, ``@user@mastodon.social``).
_HANDLE = lazy_re(r"@[\w.]{1,64}(?:@[\w.-]{1,100})?")
#: A link to a picture file: a linked image's full-size copy (``<a href="chart.png"><img ...></a>``).
_IMAGE_FILE = lazy_re(r"\.(?:png|jpe?g|gif|webp|avif|svg|bmp|tiff?)$", re.IGNORECASE)
#: A fragment naming a note: a footnote marker's or a note's back-link target (``#footnote-1``, ``#fnref:2``).
_NOTE_FRAGMENT = lazy_re(r"#(?:fn|footnote|endnote|note|cite[_-]note|ref)[\w:.-]*$", re.IGNORECASE)
_MARKER_TEXT = lazy_re(r"\[?\d{1,3}\]?|[↩↑^]\ufe0e?")


#: A country or language code after an outlet's name in a heading: ``Kommersant (RU)``.
_HEADING_CODE = lazy_re(r"\s*\([A-Z]{2,3}\)\s*$")


def _entry_heading_outlet(block: etree._Element, url: str) -> str | None:
    """The outlet a heading names above a link's block, in the same entry: a press review's ``<h3>The
    Guardian (GB)</h3><p>“Quote”</p><p><a href=theguardian.com/...>`` (up to three blocks back, the heading
    naming the link's host all of it)."""
    sibling = block.getprevious()
    for _ in range(3):
        if sibling is None:
            return None
        if sibling.tag in _HEADINGS:
            name = _HEADING_CODE.sub("", clean_text(sibling.text_content()))
            return name if name and len(name) <= 80 and names_host(name, url) else None
        sibling = sibling.getprevious()
    return None


def _not_a_source(element: etree._Element, url: str) -> bool:
    """A link that points at no source although it leaves the page: a picture file wrapped around an
    image and nothing else (the full-size copy), a footnote marker or back-link whose address is a note
    in another copy of the post (an email's ``.../post?id=1#footnote-1``), a Sphinx cross-reference
    inside the same documentation (``class="reference internal"``), and a link whose text is a ``<time>``
    and nothing else (a post's permalink, shown as when it was posted)."""
    classes = element.get("class")
    if classes is not None and "internal" in classes and "reference" in classes.split():
        return True
    parent = element.getparent()
    above = parent.get("class") if parent is not None else None
    if above is not None and "ljuser" in above and not _USER_TAG.isdisjoint(above.split()):
        return True  # LiveJournal's and Dreamwidth's <lj user="name">: a user's journal and profile named
    if (
        "#" in url
        and _NOTE_FRAGMENT.search(url)
        and _MARKER_TEXT.fullmatch(clean_text(element.text_content()))
    ):
        return True
    if len(element) and element.find(".//img") is not None and not clean_text(element.text_content()):
        path = url.partition("?")[0].partition("#")[0]
        return _IMAGE_FILE.search(path) is not None
    if len(element) and (stamp := element.find(".//time")) is not None:
        # A post's permalink shown as its time (<a href=".../@name/1112..."><time>Oct 09, 2023</time></a>):
        # the post's own address, as a forum's post-N link is; a link saying more than the time is kept.
        return clean_text(element.text_content()) == clean_text(stamp.text_content())
    return False


#: The class of a rendered user tag (LiveJournal's and Dreamwidth's ``<span class="ljuser">``).
_USER_TAG = frozenset(["ljuser", "i-ljuser"])
_TITLE_CLASS = lazy_re(r"(?:^|[\s_-])(?:title|headline|heading)(?:$|[\s_-])", re.IGNORECASE)
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])  # block tags too


def _join_split_links(body: etree._Element) -> None:
    """Make one link of two that follow each other with nothing between them and go to the same address (added
    after the seed22 probe): an editor writes a link whose words change style in the middle as two
    (Google Docs: ``<span class="c5"><a href=X>Will Russia Reinforce Iraq's</a></span><span class="c5 c6">
    <a href=X> Air Defenses After Israeli Strikes?</a></span>``), which were read as two links to one page,
    the first half its title. The two carry the same attributes: a file block's "Download" button beside the
    file's name (``class="wp-block-file__button"``) is a link of its own."""
    current: etree._Element | None = None
    for anchor in list(body.iter("a")):
        href = anchor.get("href")
        if (
            current is not None
            and href
            and dict(anchor.attrib) == dict(current.attrib)
            and _next_to(current, anchor)
        ):
            _absorb(current, anchor)
        else:
            current = anchor if href else None


def _next_to(first: etree._Element, second: etree._Element) -> bool:
    """Whether ``second`` follows ``first`` with no words between them (spaces apart), inside one block."""
    node: etree._Element | None = first
    while node is not None:
        if (node.tail or "").strip():
            return False
        after = node.getnext()
        if after is not None:
            break
        node = node.getparent()
        if node is None or node.tag in _BLOCK_TAGS:
            return False
    else:
        return False
    while after is not second:
        if not isinstance(after.tag, str) or after.tag in _BLOCK_TAGS or (after.text or "").strip():
            return False
        if not len(after):
            return False
        after = after[0]
    return True


def _absorb(first: etree._Element, second: etree._Element) -> None:
    """Move ``second``'s words and elements to the end of ``first``; its tail stays where it was."""
    words = (" " if first.tail and not first.tail.strip() else "") + (second.text or "")
    last = first[-1] if len(first) else None
    if last is not None:
        last.tail = (last.tail or "") + words
    else:
        first.text = (first.text or "") + words
    for child in list(second):
        first.append(child)
    parent, before, tail = second.getparent(), second.getprevious(), second.tail
    parent.remove(second)
    if tail:
        if before is not None:
            before.tail = (before.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _anchor_text(element: etree._Element) -> str:
    """A link's text. A card (a link wrapping blocks: a title, a description, a site name) reads as its title
    element (a heading, or an element, inline too, whose class names a title) when it has one, else its
    blocks' texts apart: lxml's
    ``text_content`` runs ``<div>Title</div><div>Description</div>`` together as ``TitleDescription``."""
    if len(element) == 0:
        return clean_text(element.text_content())
    blocks = [
        child for child in element.iterdescendants() if child.tag in _BLOCK_TAGS or child.tag in _HEADINGS
    ]
    if not blocks:
        return _titled_part(element) or _card_lines(element) or clean_text(element.text_content())
    for child in element.iterdescendants():  # the title may be inline: <strong class="card__title">
        if child.tag in _HEADINGS or (child.get("class") and _TITLE_CLASS.search(_attr(child, "class"))):
            title = clean_text(child.text_content())
            if title:
                return title
    return clean_text(" ".join(element.itertext()))


def _titled_part(element: etree._Element) -> str:
    """The text of an inline element inside a link whose class names a title, when it holds most of the
    link's text (else ``""``): a related-article box's ``<a><span class="...__label">Related article</span>
    <span class="...__title">Title</span></a>``, whose text runs its label and its title together (added
    after the seed20 probe)."""
    for child in element.iterdescendants():
        if child.get("class") and _TITLE_CLASS.search(_attr(child, "class")):
            title = clean_text(child.text_content())
            whole = clean_text(element.text_content())
            return title if title and 2 * len(title) >= len(whole) else ""
    return ""


def _card_lines(element: etree._Element) -> str:
    """The text of a link broken into lines by ``<br>`` (else ``""``): a link card of lines (Medium's embed:
    ``<a><strong>Title</strong><br><em>Description</em>host</a>``) reads as its bold first line, its title;
    another link as its lines joined by spaces (``text_content`` runs ``records<br>hottest`` together)."""
    if element.find(".//br") is None:
        return ""
    first = element[0]
    after = first.getnext()
    if (
        first.tag in ("strong", "b")
        and not (element.text or "").strip()
        and after is not None
        and after.tag == "br"
        and not (first.tail or "").strip()
    ):
        return clean_text(first.text_content())
    return clean_text(_lines_text(element))


def _lines_text(element: etree._Element) -> str:
    """``element``'s text with a space for each ``<br>``."""
    pieces = [element.text or ""]
    for child in element:
        pieces.append(" " if child.tag == "br" else _lines_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


#: Labels in a caption: a photo credit's ("Photo:", "Image by", "Фото:") and a source's ("Source:", "Data:").
_CAPTION_LABEL = lazy_re(
    r"\b(?:(?P<credit>photo(?:graph)?s?|images?|pictures?|illustration|credits?|foto|фото|bild)|"
    r"(?P<source>source|sources|data|quelle|источник|via))\b\s*(?:by\b)?\s*[:：]?",
    re.IGNORECASE,
)


#: A site builder's badge as a link's whole text (added after the twenty-first held-out batch: Tilda's "Made
#: on Tilda" after a page's footer): made, built or created on, with or using a name of a word or two (not
#: "in": "Made in Dagenham" names a film); and a link text that is a call to sign up for newsletters (an Apple
#: News story's "sign up for our newsletters", a link text only: the shared labels are matched against every
#: link's line, and one more of them costs every link).
_BUILDER_CREDIT = lazy_re(
    r"(?i:made|built|created)\s+(?i:on|with|using)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?|"
    r"(?i:sign\s+up\s+for\s+(?:our|the|my)\s+(?:\w+\s+)?newsletters?)"
)
#: A block that opens as a photo credit (``Фото: <a>mil.ru</a>``, ``Photo:``) or a copyright notice (``© 2020
#: Site. <a>Terms of use</a>``), as plain text's credit and copyright lines do.
_CREDIT_LINE = lazy_re(
    r"\s*(?:©|\([cC]\)\s|[Cc]opyright\b|(?P<photo>(?i:photos?|фото|foto|bild|picture|image)[ \t]*[:：]))"
)
#: A sentence's end inside a credit line, after which its links are the text's again.
_CREDIT_SENTENCE_END = lazy_re(r"[.!?]\s+\S")


def credit_line(before: str) -> bool:
    """Whether the text of a link's block before the link (``before``) opens as a photo credit or a copyright
    notice (added after the twenty-first held-out batch: a text-mode browser's dump of a Russian page, whose
    ``Фото: mil.ru`` and ``© 2020 ... Правила`` lines were cited): their links credit a picture or are the
    site's own, not sources; a photo credit's only in its sentence (``Фото: mil.ru. Подробнее в <a>посте
    агентства</a>`` cites the post). A credit inside a caption is :func:`_is_credit`'s."""
    m = _CREDIT_LINE.match(before)
    if m is None:
        return False
    return m.group("photo") is None or _CREDIT_SENTENCE_END.search(before, m.end()) is None


def _is_credit(element: etree._Element, text: str, url: str, blocks: _Blocks) -> bool:
    """Whether a link in a ``<figcaption>`` stands after a photo credit's label (the last label before it is
    "Photo:", "Image by", "Credit:", "Фото:"... rather than "Source:"), or, after no label these know, is
    a link to a site's home page or to a picture (:func:`_home_or_picture`)."""
    caption = next((a for a in element.iterancestors() if a.tag == "figcaption"), None)
    if caption is None:
        return False
    whole = blocks.caption(caption)
    if whole is None:
        return False  # a caption this long is running text, not a credit line
    at = whole.find(text) if text else -1
    labels = list(_CAPTION_LABEL.finditer(whole[:2000], 0, at if at >= 0 else len(whole)))
    if labels:
        return labels[-1].group("credit") is not None
    return _home_or_picture(url)


def _home_or_picture(url: str) -> bool:
    """Whether a caption's link is a credit by its address alone (added by art46: ``Сүрөт: <a
    href="https://mil.ru/">mil.ru</a>``, ``Nuotr. <a>``, ``تصویر: <a>``, ``கோப்புப் படம்: <a
    href=".../wiki/File:S-300.jpg">``, labels in languages no list holds): a site's home page (no path, no
    query) or a picture file (or a media archive's page named by one) credits who took or holds the picture;
    a caption's source is a page of the site (a release, a dataset), which stays cited."""
    parts = urlsplit(url)
    if parts.path in ("", "/"):
        return not parts.query
    return _IMAGE_FILE.search(parts.path) is not None


#: Link relations that name what a link is, and it is no citation (``sponsored``: an advertisement or a paid
#: placement; ``ugc``: a link a commenter or user put there).
_NOT_CITED_RELS = frozenset(
    ["author", "tag", "category", "license", "prev", "next", "me", "home", "search", "sponsored", "ugc"]
)
#: Blocks that are entries of a list or a table.
_ENTRY_TAGS = frozenset(["li", "dd", "dt", "td", "th"])
#: A class or id of a container of notes or references.
_NOTES = lazy_re(
    r"(?:foot|end)?notes?|references?|bibliograph|citations?|sources|csl-(?:bib|entry)", re.IGNORECASE
)


def _opens_with_backlink(block: etree._Element) -> bool:
    """Whether ``block`` opens with a note's back-link to its marker (``<p><a href="#ftnt_ref1">[1]</a>
    RIA Novosti, 9 January 2020: <a>...</a></p>``): a Google Docs or Word export's footnote, classed or
    not."""
    if (block.text or "").strip() or not len(block):
        return False
    first = block[0]
    return (
        first.tag == "a"
        and (first.get("href") or "")[:1] == "#"
        and _MARKER_TEXT.fullmatch(clean_text(first.text_content())) is not None
    )


def _parsoid_backlink(anchor: etree._Element) -> bool:
    """Whether ``anchor`` is a reference's back-link to its marker as Parsoid writes it (``<a
    href="./Page#cite_ref-1" rel="mw:referencedBy">``: the page's own address, not ``#cite_ref-1``); added
    after the eighteenth held-out batch."""
    rel = anchor.get("rel")
    return rel is not None and "mw:referencedBy" in rel


def _in_notes(block: etree._Element) -> bool:
    """Whether ``block`` is (in) a footnote, an endnote or a list of references: by its or its nearest
    ancestors' class or id."""
    for depth, element in enumerate(block.iterancestors()):
        if depth > 3:
            break
        if _own_notes(element):
            return True
    return _own_notes(block)


class _Blocks:
    """What each block (paragraph, list item, ...) holds, computed once per block: a page whose body is
    one ``<div>`` of thousands of links must not be re-read for every link."""

    #: A block longer than this is running text, not a reference-list entry.
    MAX_ENTRY = 2000

    def __init__(self) -> None:
        self._info: dict[etree._Element, tuple[str | None, int, list[etree._Element]]] = {}
        self._of: dict[etree._Element, etree._Element | None] = {}
        self._captions: dict[etree._Element, str | None] = {}
        self._copies: dict[etree._Element, bool] = {}
        self._boilerplate: dict[etree._Element, bool] = {}
        self._tag_lists: dict[etree._Element, bool] = {}

    def of(self, element: etree._Element) -> etree._Element | None:
        """The block holding ``element`` (its nearest block ancestor)."""
        if element in self._of:
            return self._of[element]
        block = self._of[element] = next((a for a in element.iterancestors() if a.tag in _BLOCK_TAGS), None)
        return block

    def caption(self, caption: etree._Element) -> str | None:
        """A ``<figcaption>``'s text (``None`` when longer than :attr:`MAX_ENTRY`), read once."""
        if caption not in self._captions:
            raw = caption.text_content()
            text = clean_text(raw) if len(raw) <= self.MAX_ENTRY * 2 else None
            self._captions[caption] = text if text is not None and len(text) <= self.MAX_ENTRY else None
        return self._captions[caption]

    def boilerplate(self, block: etree._Element) -> bool:
        """Whether ``block`` is a press release's boilerplate (:func:`_boilerplate_block`), read once."""
        cached = self._boilerplate.get(block)
        if cached is None:
            cached = self._boilerplate[block] = _boilerplate_block(block)
        return cached

    def tag_list(self, block: etree._Element) -> bool:
        """Whether ``block`` is a tag list (:func:`_tag_list_block`), read once."""
        cached = self._tag_lists.get(block)
        if cached is None:
            cached = self._tag_lists[block] = _tag_list_block(block)
        return cached

    def copies(self, block: etree._Element) -> bool:
        """Whether a list item's links after its first are the same work's other copies, each named by a
        word or three (``doi: <a>10.1093/...</a> <a>PubMed</a> <a>PMC free article</a>``): one reference
        entry, whose text every link reads."""
        cached = self._copies.get(block)
        if cached is None:
            anchors = [a for a in block.iter("a") if not (a.get("href") or "#").startswith("#")]
            cached = self._copies[block] = len(anchors) > 1 and all(
                0 < len(clean_text(a.text_content()).split()) <= 3 for a in anchors[1:]
            )
        return cached

    def info(self, block: etree._Element) -> tuple[str | None, int, list[etree._Element]]:
        """``(text or None when too long, number of links, cites without links)``."""
        cached = self._info.get(block)
        if cached is None:
            # (An in-page anchor, a footnote's back-link "[1]" to its marker, is no link of the entry.)
            # A search engine's lookup of the entry's work ("Google Scholar") is no link of it either, nor
            # a back-link Parsoid writes as the page's own address ("./Page#cite_ref-1", rel=mw:referencedBy).
            links = sum(
                1
                for a in block.iter("a")
                if not (href := a.get("href") or "#").startswith("#")
                and not is_lookup(href)
                and not _parsoid_backlink(a)
            )
            cites = [c for c in block.iter("cite") if c.find(".//a") is None] if links == 1 else []
            raw = block.text_content()
            text = clean_text(raw) if len(raw) <= self.MAX_ENTRY * 2 else None
            cached = (text if text is not None and len(text) <= self.MAX_ENTRY else None, links, cites)
            self._info[block] = cached
        return cached


#: How much of a block's opening text tells a heading: an "About ..." heading is at most some 90 characters.
_HEAD_LENGTH = 120
#: A block's first piece of text opening a contact block: a contact heading (:data:`CONTACT_HEADING`), or,
#: all of it, "Contacts", "Kontakt", "Contact us" (perhaps and a colon). One pattern: one search a block.
_CONTACT_OPENER = lazy_re(rf"(?:{CONTACT_HEADING.pattern})|(?i:contacts?|kontakt|contact\s+us)\s*:?\Z")


def _first_text(element: etree._Element) -> str:
    """The text that opens ``element``, stripped: its own text before its first child, else its first
    child's (``<p><b>About ...</b></p>``); "" when neither has any."""
    text = element.text
    if (text is None or text.isspace()) and len(element):
        text = element[0].text
    return "" if text is None else str(text).strip()


def _head(element: etree._Element) -> str:
    """The opening of ``element``'s text, its white space squeezed (at least :data:`_HEAD_LENGTH` characters,
    or all of it)."""
    pieces: list[str] = []
    length = 0
    for piece in element.itertext():
        pieces.append(piece)
        length += len(piece)
        if length > _HEAD_LENGTH:
            break
    return " ".join("".join(pieces).split())


#: The most words a tag list's own text holds besides its links' words: a label (``Etichete:``, ``Тэглар:``).
_TAG_LABEL_WORDS = 3


def _tag_list_block(block: etree._Element) -> bool:
    """A block that is a site's tag list, in any language (``Etichete: <a>Irak</a>, <a>Rusia</a>``; art45):
    two links or more, each to ``/<segment>/<slug>`` under one segment on one host, its words its slug's
    (``Irak`` -> ``/eticheta/irak``), and nothing else than a short label and separators around them. A
    sentence holding such links has words of its own: no tag list."""
    anchors = list(block.iter("a"))
    if len(anchors) < 2:
        return False
    prefix = None
    for anchor in anchors:
        href = anchor.get("href") or ""
        scheme, _, rest = href.partition("://")
        host, _, path = rest.partition("/")
        parts = path.strip("/").split("/")
        if not scheme or "?" in path or len(parts) != 2 or (host, parts[0]) != (prefix or (host, parts[0])):
            return False
        prefix = (host, parts[0])
        if fold(anchor.text_content()).replace(" ", "-") != fold(parts[1]).replace(" ", "-"):
            return False
    own = fold(block.text_content())
    for anchor in anchors:
        own = own.replace(fold(anchor.text_content()), " ", 1)
    return len(own.split()) <= _TAG_LABEL_WORDS


def _boilerplate_block(block: etree._Element) -> bool:
    """A press release's boilerplate, whose links are the issuer's own (its site, profiles, investor pages):
    the block right after an "About ..." heading (a heading or a paragraph of that line alone: "About
    Northwind Rail"), or a block opened by a contact heading ("Media contact", or "Contacts" as its first
    piece of text: ``<p><b>Contacts</b><br>...``). The first piece of text is read first (the cheap test)."""
    first = _first_text(block)
    if first and _CONTACT_OPENER.match(first) is not None:
        return True
    previous = block.getprevious()
    tag = None if previous is None else previous.tag
    while previous is not None and not isinstance(tag, str):
        previous = previous.getprevious()  # a comment between the blocks
        tag = None if previous is None else previous.tag
    if tag not in _HEADING_BLOCKS:
        return False
    if not _first_text(previous).startswith(("About", "ABOUT")):
        return False
    head = _head(previous)
    return len(head) <= _HEAD_LENGTH and ABOUT_HEADING.fullmatch(head) is not None


_HEADING_BLOCKS = frozenset(["p", "div", "h2", "h3", "h4", "h5", "h6"])


#: The classes of a DocBook bibliography entry as its XSL stylesheets render it (``<div class="biblioentry">``
#: around a ``<p>``), and of the spans in it that hold its title and its publisher's name.
_BIBLIOENTRY_CLASSES = frozenset(["biblioentry", "bibliomixed"])
_BIBLIO_TITLE_CLASSES = frozenset(["title", "citetitle"])
_BIBLIO_PUBLISHER_CLASSES = frozenset(["publishername", "orgname"])


def _biblioentry(block: etree._Element) -> tuple[str | None, str | None] | None:
    """The title and publisher a DocBook bibliography entry states in its spans (``<span
    class="title"><i>HTTP Semantics</i>. </span><span class="publishername">IETF. </span>``, added after the
    eighteenth held-out batch), when ``block`` is (in) one; ``None`` when it is not."""
    holder = block if block.get("class") in _BIBLIOENTRY_CLASSES else block.getparent()
    if holder is None or holder.get("class") not in _BIBLIOENTRY_CLASSES:
        return None
    title = publisher = None
    for span in holder.iter("span"):
        kind = span.get("class")
        if title is None and kind in _BIBLIO_TITLE_CLASSES and span.find(".//a") is None:
            title = clean_text(span.text_content()).rstrip(". ") or None
        elif publisher is None and kind in _BIBLIO_PUBLISHER_CLASSES:
            publisher = clean_text(span.text_content()).rstrip(". ") or None
    return title, publisher


def _cite_title(element: etree._Element, blocks: _Blocks) -> str | None:
    """A ``<cite>`` around the link, inside it, or beside it as the only link of its block. A ``<cite>``
    around the link that says more than the link does is an attribution ("Former commissioner Jo Roe, <a>
    speaking to WBGO</a>", a pull quote's), not the link's title."""
    for ancestor in element.iterancestors():
        if ancestor.tag == "cite":
            cited = clean_text(ancestor.text_content())
            own = clean_text(element.text_content())
            if own and len(cited.strip(_QUOTE_MARKS)) > len(own.strip(_QUOTE_MARKS)) + 3:
                return None
            return cited or None
        if ancestor.tag in _BLOCK_TAGS:
            break
    inner = element.find(".//cite")
    if inner is not None:
        return clean_text(inner.text_content()) or None
    block = blocks.of(element)
    if block is not None:
        _, links, cites = blocks.info(block)
        if links == 1 and len(cites) == 1:
            return clean_text(cites[0].text_content()) or None
    return None


_LEAD = lazy_re(r"[\W\d]{0,4}")
#: A source's label opening a block or a sentence of it (a caption's "Source:", "Data:", "Quelle:",
#: "Источник:", "来源："; not the "data:" inside a title): what follows it is the entry of the block's one
#: link.
_SOURCE_LABEL = lazy_re(
    r"(?:(?<![\s\S])|(?<=[.;!?)\]。]\s)|(?<=[\n。]))[ \t]*"
    r"(?:(?:Sources?|SOURCES?)(?:[ \t]+(?:for|of)[ \t]+[^:：.!?\r\n]{1,60})?|"
    r"Data|DATA|Quelle|Fuente|Fonte|Źródło|Источник|Джерело|来源|來源|出典|出处)"
    r"[ \t]*[:：]"
)
_QUOTE_MARKS = " \"'“”‘’«»„,.;:"
#: A quotation's attribution line after it: a dash, then who said it and where.
_ATTRIBUTION_DASH = "—–―-"
_PAREN_YEAR = lazy_re(r"\((1[5-9]\d\d|20\d\d)\)")


def _read_attribution(link: Link, quote: etree._Element) -> None:
    """A ``<blockquote cite>``'s attribution as its entry: the ``<cite>`` or ``<footer>`` inside it, else the
    element right after it when that opens with a dash (``<p>— <cite>Коммерсантъ</cite>, 1 октября
    2024</p>``). It names the outlet and the date (a year in parentheses counts), and an italic span of four
    words or more in it is the title (``<cite>USDA Forest Service, <em>Urban tree mortality: a literature
    review</em> (2022)</cite>``)."""
    attribution = next((node for node in quote.iter("cite", "footer")), None)
    if attribution is None:
        after = quote.getnext()
        if after is None or not isinstance(after.tag, str):
            return
        text = clean_text(after.text_content())
        if not text or text[0] not in _ATTRIBUTION_DASH or len(text) > 300:
            return
        attribution = after
    text = clean_text(attribution.text_content()).strip(_ATTRIBUTION_DASH + " ")
    if not text or len(text) > 300:
        return
    link.trailer = text
    if link.date is None and (year := _PAREN_YEAR.search(text)) is not None:
        link.date = parse_date(year.group(1))
    for italic in attribution.iter("em", "i"):
        title = clean_text(italic.text_content())
        if len(title.split()) >= 4:
            link.title = title
            break


#: A label of one to four words in any language and its colon, all a block holds before its link
#: (``Прочитајте уште:``, ``Şeýle hem okaň:``, ``Мөн уншина уу:``; art46).
_ANY_LABEL = lazy_re(r"\s*[^\W\d_][\w’'-]*(?:[ \t]+[^\W\d_][\w’'-]*){0,3}[ \t]*[:：][ \t]*")


def _labelled_own_link(
    element: etree._Element, text: str, url: str, base: str | None, blocks: _Blocks
) -> bool:
    """Whether a link to the article's own site ends a block that holds only a short label before it
    (added by art46): a read-also line in any language (``<em>Прочитајте уште:</em> <a>Title</a>``), whose
    link's words are the site's own story's headline, read as a link standing alone is. A link to another
    site after a label (``Source: <a>Ministry of Defence</a>``) is not: its words are a source's name."""
    if base is None or not text or len(text) < 12:
        return False
    block = blocks.of(element)
    whole = blocks.info(block)[0] if block is not None else None
    index = whole.find(text) if whole else -1
    if whole is None or index <= 0 or index > 60 or whole[index + len(text) :].strip(" \t.…"):
        return False
    if _ANY_LABEL.fullmatch(whole, 0, index) is None:
        return False
    own = host_labels(base)[:1]
    return bool(own) and host_labels(url)[:1] == own


def _related_only(text: str) -> bool:
    """Whether ``text`` is nothing but a related-article label (and an opening quote): ``See also: “``."""
    m = _RELATED_LEAD.match(text) if len(text) < 60 else None
    return m is not None and not text[m.end() :].strip(' \t\n“"«„')


def _standalone(element: etree._Element, text: str, blocks: _Blocks) -> tuple[bool, str]:
    """Whether the link opens its block (a list item, a paragraph of its own), and what follows it."""
    block = blocks.of(element)
    if block is None:
        return False, ""
    whole = blocks.info(block)[0]
    if whole is None:
        return False, ""
    index = whole.find(text) if text else -1
    if index < 0 or not (_LEAD.fullmatch(whole[:index]) or _related_only(whole[:index])):
        return (
            False,
            "",
        )  # (a related-article label before it, "See also: “<a>...</a>”, Outlet, date", counts)
    rest = whole[index + len(text) :].strip(" \t,;:-–—()[]|.")
    if len(rest) > 200:
        return False, ""
    return True, rest
