"""Which format an article is in: its name's extension, else a sniff of its text (:func:`detect_format`).

Apart from :mod:`linkcheck.articles`, whose readers import lxml and mwparserfromhell (~60 ms): a run reads
every input once before anything is fetched, to stop on one it cannot read, and an article's format is all
it needs to know of it then. A run whose articles are read in a helper process never imports the readers.
"""

from __future__ import annotations

import os
import re

from linkcheck.errors import ConfigError
from linkcheck.lazyre import lazy_re

__all__ = ["FORMATS", "detect_format", "normalize_format", "sniff_format"]

#: The formats :func:`linkcheck.articles.extract_citations` reads, and the file extensions that select each.
#: The text reader also reads, by their own marks, a Jupyter notebook (``.ipynb``), an iCalendar file
#: (``.ics``), a JSON export (a CSL JSON bibliography, a JSON Feed) and a man page's source (``.1`` to
#: ``.9``, ``.man``): by their extensions they go to it, not to a sniff that reads the HTML in a notebook's
#: output or a calendar's ``X-ALT-DESC`` as a page (added after the nineteenth held-out batch); an Evernote
#: export (``.enex``) is read as HTML, and so are an OPML outline (``.opml``) and a flat OpenDocument text
#: (``.fodt``), whose links the HTML reader reads (added after the twentieth held-out batch); a TiddlyWiki
#: tiddler (``.tid``), whose ``[[Title|url]]`` links the text reader reads, is text, and so is a Twitter
#: archive's ``tweets.js`` by its opening (added after the twenty-first held-out batch); Texinfo (``.texi``,
#: ``.texinfo``), POD (``.pod``, a Perl module ``.pm``) and a BibTeX ``.bbl`` are text, whose links the text
#: reader reads by their marks, and a FictionBook e-book (``.fb2``) is HTML (added after the twenty-second);
#: a page saved as one file (``.mht``, ``.mhtml``: the HTML reader reads its page part) is HTML, a SubRip
#: subtitle file (``.srt``) and a ``CITATION.cff`` are text (added after the twenty-third). A
#: documentation site's reStructuredText (``.rst``, ``.rest``) and AsciiDoc (``.adoc``, ``.asciidoc``) are
#: text, whose reader knows their links' words (`` `words <url>`_ ``, ``url[words]``); sniffed, a reST page's
#: `` <url>`_ `` read as Markdown autolinks made it Markdown, whose reader saw its links as code spans and
#: cited nothing (added after the third site probe, ``tests/test_site_probe3.py``). A Gemini capsule's
#: gemtext (``.gmi``, ``.gemini``) is text, whose reader takes a ``=> URL label`` line's label for the link's
#: words (sniffed, its ``# Title`` made it Markdown, which read no label), and a Quarto page (``.qmd``) is
#: Markdown like an R Markdown one (added after the seventh site probe).
FORMATS: dict[str, tuple[str, ...]] = {
    "text": (
        ".txt",
        ".text",
        ".ipynb",
        ".ics",
        ".ical",
        ".json",
        ".man",
        ".tid",
        ".texi",
        ".texinfo",
        ".pod",
        ".pm",
        ".bbl",
        ".srt",
        ".cff",
        ".rst",
        ".rest",
        ".adoc",
        ".asciidoc",
        ".gmi",
        ".gemini",
        *(f".{n}" for n in range(1, 10)),
    ),
    "markdown": (".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx", ".rmd", ".qmd"),
    "html": (
        ".html",
        ".htm",
        ".xhtml",
        ".shtml",
        ".xht",
        ".enex",
        ".opml",
        ".fodt",
        ".fb2",
        ".mht",
        ".mhtml",
    ),
    "wikitext": (".wiki", ".wikitext", ".mediawiki", ".mw"),
}
_ALIASES = {
    "txt": "text",
    "plain": "text",
    "plaintext": "text",
    "md": "markdown",
    "htm": "html",
    "wiki": "wikitext",
    "mediawiki": "wikitext",
}


def normalize_format(name: str) -> str:
    """The canonical format name for ``name`` (``md`` -> ``markdown``); ``auto`` stays ``auto``.

    Raises :class:`~linkcheck.errors.ConfigError` listing the choices for a name it does not know.
    """
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    if key != "auto" and key not in FORMATS:
        choices = ", ".join(["auto", *FORMATS])
        raise ConfigError(f"unknown input format {name!r}; choose from {choices}")
    return key


def detect_format(path_or_name: str, text: str) -> str:
    """``text``, ``markdown``, ``html`` or ``wikitext``: by the file's extension, else by sniffing."""
    extension = os.path.splitext(path_or_name.lower())[1]
    for name, extensions in FORMATS.items():
        if extension in extensions:
            return name
    return sniff_format(text)


_HTML_SNIFF = lazy_re(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<article[\s>]|<p[\s>]", re.I)
_WIKI_SNIFF = lazy_re(
    r"\{\{\s*(?:cite|citation|reflist|infobox)|\[\[[^\]\n]+\]\]|^=={1,5}[^=\n]+=={1,5}\s*$|<ref[\s>]|"
    r"^\{\|",
    re.IGNORECASE | re.MULTILINE,
)
#: (An autolink ``<https://...>`` is Markdown's; followed by a backquote it closes a reStructuredText
#: hyperlink reference, `` `words <https://...>`_ ``, which is not.)
_MD_SNIFF = lazy_re(
    r"\[[^\]\n]+\]\([^)\s]+\)|^\s{0,3}\[[^\]\n]+\]:\s*\S|^#{1,6}\s+\S|^```|^---\s*$|<https?://[^\s<>`]*>(?!`)",
    re.MULTILINE,
)
#: reStructuredText's marks, which the text reader reads: a hyperlink reference's `` <url>`_ `` (``__``
#: anonymous), a named target ``.. _name: url``, a directive ``.. note::`` (added after the third site
#: probe).
_RST_SNIFF = lazy_re(r">`__?(?![\w`])|^\.\. (?:_[^:\n]{1,200}:[ \t]|[a-z][a-z-]{1,40}::)", re.MULTILINE)


#: The root elements of XML documents the HTML reader reads (TEI, OpenDocument, OPML; a Word
#: ``document.xml`` and a FictionBook, added after the twenty-second held-out batch; an EndNote XML library's
#: ``<records>``, after the twenty-third; an RSS, RDF or Atom feed, whose entries' content may be escaped
#: HTML with no tag to count, after site8) and of a MediaWiki
#: export (wikitext), looked for in a text opening with an XML declaration (added after the twentieth
#: held-out batch).
_XML_ROOTS = (
    ("<TEI", "html"),
    ("<office:document", "html"),
    ("<opml", "html"),
    ("<w:document", "html"),
    ("<FictionBook", "html"),
    ("<records>", "html"),
    ("<newsItem", "html"),
    ("<rss ", "html"),
    ("<rdf:RDF", "html"),
    ("<feed ", "html"),
    ("<mediawiki", "wikitext"),
)


#: A raw e-mail message (a newsletter saved as ``.eml``): a MIME header first, and its own ``Content-Type``
#: a multipart e-mail's (``alternative``, ``mixed``; not MHTML's ``related``, a saved page the HTML reader
#: reads). Its HTML alternative's marks sent it to the HTML reader, which read its quoted-printable as it
#: stands; the text reader decodes its parts (added after the seed18 probe).
_MAIL_OPENINGS = (
    "From:",
    "MIME-Version:",
    "Mime-Version:",
    "Content-Type:",
    "Date:",
    "Subject:",
    "Received:",
)
_MULTIPART_MAIL = lazy_re(r"^content-type:[ \t]*multipart/(?:alternative|mixed)\b", re.MULTILINE | re.I)


def sniff_format(text: str) -> str:
    """Guess the format from the text itself (its first 20,000 characters): an XML document by its root
    element (a ``content.xml`` has no HTML tag to count, and a MediaWiki export's are escaped), else by
    counting each format's marks."""
    if text.startswith("window.YTD."):
        return "text"  # a Twitter archive's data file (its posts' ``source`` fields hold HTML links)
    if text.startswith(_MAIL_OPENINGS) and _MULTIPART_MAIL.search(
        re.split(r"\r?\n\r?\n", text[:2000], maxsplit=1)[0]
    ):
        return "text"  # a raw multipart e-mail (.eml): the text reader decodes its parts (seed18)
    if text.startswith(("<?xml", "<mediawiki")):
        opening = text[:2000]
        for root, name in _XML_ROOTS:
            if root in opening:
                return name
    head = text[:20_000]
    scores = {
        "html": len(_HTML_SNIFF.findall(head)) * 2 + len(re.findall(r"</(?:p|div|a|li)>", head, re.I)),
        "wikitext": len(_WIKI_SNIFF.findall(head)) * 2,
        "markdown": len(_MD_SNIFF.findall(head)) * 2,
        "text": len(_RST_SNIFF.findall(head)) * 2,
    }
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] >= 2 else "text"
