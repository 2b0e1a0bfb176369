"""Citations in plain text (news copy like the seed article): bare URLs wherever they stand.

The article's own date is read from a dateline near the top ("Published: January 9, 2020", a line that is
just a date), its title from its first line when that reads as a headline; everything else a link gets comes
from the prose (:mod:`linkcheck.articles._prose`) and the entries (:mod:`linkcheck.articles._entries`).
"""

from __future__ import annotations

import functools
import itertools
import json
import re

from linkcheck.articles._activitypub import outbox_page
from linkcheck.articles._applenews import apple_news_page
from linkcheck.articles._base import (
    ABOUT_HEADING,
    CONTACT_HEADING,
    LINE_BREAK,
    QUOTED_TEXT,
    TITLE_CLOSERS,
    TITLE_OPENERS,
    Lines,
    Link,
    Parsed,
    cjk_count,
    clean_text,
    find_urls,
    is_boilerplate,
    looks_like_title,
    noted_title,
    resolve_url,
    signature_span,
    unwrap_redirect,
    without_quoted_titles,
)
from linkcheck.articles._bibtex import looks_like_bibtex, read_bibtex
from linkcheck.articles._calendar import calendar_text, looks_like_calendar
from linkcheck.articles._chatjson import (
    looks_like_matrix_export,
    looks_like_reddit_json,
    matrix_text,
    reddit_markdown,
)
from linkcheck.articles._cmsjson import asset_key, cms_record, read_cards, rich_text_page
from linkcheck.articles._dates import (
    FIELD_MONTHS,
    OPT_IN_MONTHS,
    WEEKDAYS,
    find_dmy,
    month_day_matches,
    parse_date,
    parse_date_field,
    to_partial,
    written_date,
)
from linkcheck.articles._entries import read_entries, read_entry, read_markers
from linkcheck.articles._line_dates import date_a_line_away
from linkcheck.articles._lynx import dump_page, looks_like_dump
from linkcheck.articles._markup import (
    bbl_text,
    looks_like_bbl,
    looks_like_pod,
    looks_like_texinfo,
    pod_text,
    rd_dois,
    roxygen_text,
    tex_ties,
    tex_url_breaks,
    texinfo_text,
)
from linkcheck.articles._notebook import looks_like_notebook, notebook_markdown
from linkcheck.articles._portable import portable_text_page
from linkcheck.articles._postjson import place_in_source, post_page
from linkcheck.articles._prose import find_mentions, follow_call, host_labels, names_host
from linkcheck.articles._records import (
    cff_references,
    csl_json_items,
    json_records,
    looks_like_csv_log,
    looks_like_ris,
    looks_like_yaml_records,
    read_csl_json,
    read_csv_log,
    read_json_records,
    read_ris,
    read_yaml_records,
)
from linkcheck.articles._roff import looks_like_roff, roff_date, roff_text
from linkcheck.articles._rtf import looks_like_rtf, rtf_text
from linkcheck.articles._slack import looks_like_slack_export, slack_text
from linkcheck.articles._subtitles import looks_like_srt, srt_text
from linkcheck.articles._tagged import enw_as_ris, gophermap_text, looks_like_enw, looks_like_gophermap
from linkcheck.articles._twitter import looks_like_twitter_archive, twitter_archive_text
from linkcheck.articles._typst import looks_like_typst, typst_text, typst_title
from linkcheck.articles._wpjson import wp_rest_page
from linkcheck.lazyre import lazy_re
from linkcheck.models import PartialDate

__all__ = ["parse"]

#: How far from the top a dateline may stand.
_HEAD_LINES = 15
_DATELINE_PREFIX = lazy_re(
    # (the lookahead: the first letters of the words below, so that most lines fail at once)
    r"^\W*(?=[pfdrjulmoоপเวปอแ])(?:(?P<pub>published|posted|first published|date|dated|pubdate|released|"
    r"publicerad|publiceret|publisert|julkaistu|објављено|objavljeno|প্রকাশিত|প্রকাশ|"
    r"เผยแพร่เมื่อ|เผยแพร่|วันที่)|"
    r"(?P<upd>updated|last updated|modified|uppdaterad|opdateret|oppdatert|päivitetty|"
    r"ปรับปรุงล่าสุด|ปรับปรุง|อัปเดต|แก้ไขล่าสุด))(?!\w)"
    r"\s*(?:on|at)?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
#: A wiki's or a document store's page-metadata line (added after the seed23 probe: Confluence's export,
#: ``Created by Rosa Patel on Jan 10, 2020``, ``Created by Rosa Patel, last modified by Tom Fischer on Feb 09,
#: 2024``; SharePoint's and Jira's are alike): who made the page and when; the day after ``last modified``
#: (``upd``) is its update's, read only when nothing else dates the page. A person's name has no digit.
_MADE_BY = lazy_re(
    r"\W*(?:created|(?P<upd0>(?:last[ \t]+)?(?:modified|updated|edited)))[ \t]+by[ \t]+[^\d,\n]{1,60}?"
    r"(?:,[ \t]*(?P<upd>last[ \t]+(?:modified|updated|edited))(?:[ \t]+by[ \t]+[^\d,\n]{1,60}?)?)?"
    r"[ \t]+(?:on|at)[ \t]+(?P<date>[^\n]{6,40})",
    re.IGNORECASE,
)
#: Text beside a link that does not stop it standing alone: list markers, numbers, brackets, punctuation.
_EOL = lazy_re(r"\r|\n")
_LIST_MARKER = lazy_re(r"^[ \t>]*(?:[-*+•·–—]|\(?\d{1,3}[.)\]]|\[\d{1,3}\]|\[\*\])?[ \t]*")
#: A line whose link is not a citation: a picture (``Pic: https://...``, ``Photo:``, ``Фото:``) or a shell
#: command (``$ curl -LO https://...``).
_NOT_CITED_LINE = lazy_re(
    r"[ \t>*-]*(?:(?i:pic|pics|picture|photo|photos|image|foto|фото|bild)[ \t]*:|\$[ \t]+\S)"
)
#: A commit message's trailer naming the project's own machinery (git's ``Closes:``, ``Link:``, ``BugLink:``:
#: the bug report a patch fixes, its discussion on the list) or a patch's change log line pointing to its
#: previous version (``- Link to v1: URL``, as b4 writes it): no citation, in a text that is a patch or a
#: commit (it holds ``Signed-off-by:``; added after the thirty-second held-out batch). A datasheet or a paper
#: cited in the message's prose stays one.
_GIT_TRAILER = lazy_re(r"(?:Closes|Link|BugLink):[ \t]*|[ \t]*-[ \t]+Link to v\d{1,2}:[ \t]*")
#: An XML document's namespace name or schema location, in the attribute's quotes up to the URL
#: (``xmlns="http://datacite.org/schema/kernel-4"``, ``xmlns:xsi="..."``, ``xsi:schemaLocation="NAMESPACE
#: https://.../metadata.xsd"``): the vocabulary the file is written in, no citation (added after the
#: thirty-third held-out batch; a metadata record read as text). Tried only on a line holding ``xmlns`` or
#: ``chemaLocation`` before the URL.
_XML_SCHEMA_ATTRIBUTE = lazy_re(r"(?:\bxmlns(?::[\w.-]+)?|[sS]chemaLocation)=[\"'][^\"'<>]*$")
_SIGNED_OFF = "Signed-off-by:"
#: A piece of a word every contact heading holds.
_CONTACT_WORDS = (
    *("ontact", "ONTACT", "ontakt", "ONTAKT", "онтакт", "ОНТАКТ", "nquiries", "NQUIRIES"),
    *("\nAbout ", "\nABOUT "),
)
_PARAGRAPH_START = lazy_re(r"(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)")


def _in_contact_block(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is in a paragraph opened by a contact heading ("Media contact") or
    by a press release's "About ..." heading: a press office's e-mail, phone and profile links, the issuer's
    own site in its boilerplate, not sources."""
    floor = max(0, line_start - 800)
    breaks = list(_PARAGRAPH_START.finditer(text, floor, line_start))
    begin = breaks[-1].end() if breaks else floor
    first_line_end = text.find("\n", begin, line_start + 1)
    end = first_line_end if first_line_end >= 0 else line_start
    if CONTACT_HEADING.match(text, begin, end) is not None:
        return True
    return begin < end and ABOUT_HEADING.fullmatch(text[begin:end].strip()) is not None


#: A line that is nothing but a quoted title before its link (``《Title》https://...``, ``“Title” – https://``).
_QUOTED_LINE = rf"[{TITLE_OPENERS}](?P<t>{QUOTED_TEXT})[{TITLE_CLOSERS}][ \t:：\-–—]*"


#: The line above a URL line ends with a closing quote, perhaps and a colon.
_CLOSERS_COLON = TITLE_CLOSERS + ":："
#: A quoted title ending a line, after a colon or a dash (``— «Title»``), or before a colon (``«Title»:``).
_ENDING_TITLE = (
    rf"(?:(?<=[:：—–-])|(?<=[:：—–-][ \t]))[{TITLE_OPENERS}](?P<t>{QUOTED_TEXT})[{TITLE_CLOSERS}]$|"
    rf"[{TITLE_OPENERS}](?P<c>{QUOTED_TEXT})[{TITLE_CLOSERS}][:：]$"
)


@functools.cache
def _ending_title() -> re.Pattern[str]:
    """:data:`_ENDING_TITLE` compiled on first use."""
    return re.compile(_ENDING_TITLE)


#: The longest match of :data:`_ENDING_TITLE`: an opening and a closing mark, 200 characters, a colon.
_ENDING_LONGEST = 203


def _ends_quoted(line: str) -> bool:
    """Whether ``line`` ends with a closing quote, or with one and a colon (the cheap test before
    :data:`_ENDING_TITLE`)."""
    return bool(line) and (
        line[-1] in TITLE_CLOSERS or (len(line) > 1 and line[-1] in ":：" and line[-2] in TITLE_CLOSERS)
    )


def _ending_from(line: str) -> int:
    """Where a search for :data:`_ENDING_TITLE`, which ends at the line's end, need start (its lookbehinds
    still see the characters before)."""
    return max(0, len(line) - _ENDING_LONGEST)


@functools.cache
def _quoted_line() -> re.Pattern[str]:
    """:data:`_QUOTED_LINE` compiled on first use (few texts have such a line)."""
    return re.compile(_QUOTED_LINE)


#: A line that is only a note in parentheses (``(The Moscow Times)``, ``(Reuters, 2 May 2024)``).
_NOTE_LINE = lazy_re(r"\((?P<n>[^()\r\n]{2,80})\)")


def _title_over_note(text: str, note_start: int, note: str, link: Link) -> None:
    """A URL alone on its line under a line that is only a note in parentheses, under a line that is only
    a quoted title (``"Title"`` / ``(The Moscow Times)`` / URL; art45): the title, when it reads as one
    (Title Case or the URL's words: a quoted statement does not), and the note as the link's trailer (whose
    and when), as :func:`~._base.noted_title` reads the three on one line."""
    m = _NOTE_LINE.fullmatch(note)
    if m is None or note_start < 2:
        return
    above = text[text.rfind("\n", 0, note_start - 1) + 1 : note_start - 1].strip()
    if above[:1] not in TITLE_OPENERS or (quoted := _quoted_line().fullmatch(above)) is None:
        return
    title = looks_like_title(quoted.group("t"), link.url)
    if title is not None:
        link.title = title
        if not link.trailer:
            link.trailer = m.group("n").strip()


#: A link's label in brackets before its URL: TiddlyWiki's ``[[Title|url]]``, ``[ext[Title|url]]`` and
#: ``[img width=480 [alt|url]]`` (a picture), Scrapbox's ``[Title url]``; searched back from the URL.
_LABEL_BEFORE = lazy_re(
    r"\[(?:(?P<kind>\[|ext\[|img(?P<img>[ \t][^\[\]\r\n]{0,80})?\[)(?P<t>[^\[\]|\r\n]{1,300})\||"
    r"(?P<s>[^\[\]|\r\n]{1,300})[ \t])$"
)
#: A link's label after its URL and a space, up to the bracket that closes it: Scrapbox's and MediaWiki's
#: ``[url Title]``.
_LABEL_AFTER = lazy_re(r"[ \t](?P<t>[^\[\]\r\n]{1,300})\]")
#: PmWiki's link with its words first and an arrow before the URL: ``[[Headline -> https://...]]`` (added
#: after the twenty-sixth held-out batch).
_ARROW_LABEL = lazy_re(r"\[\[(?P<t>[^\[\]|\r\n]{1,300}?)[ \t]*->[ \t]*$")


#: A citation in Bluebook form ending right before its URL (a brief's, a law review's): who wrote it, the
#: title, an outlet in capitals perhaps, a pin cite's page perhaps and the date alone in parentheses, then
#: a comma: ``Maria Lopez, Delivery Drivers Say ..., HARBOR CITY LEDGER (Apr. 4, 2023),``; ``Harbor City
#: Dep't of Transp., Curb Lane Pilot Evaluation 4 (Mar. 2023),``; ``Harbor City Ledger, Editorial, The Curb
#: Rule Needs a Rethink (Apr. 9, 2023),``. A parenthesis with other words (``(filed May 1, 2023)``, ``(last
#: visited ...)``) is no such date, and the citation is left to the other readers.
_BLUEBOOK = lazy_re(
    r"(?P<who>[^,;()\s][^,;()]{1,118}),[ \t]+"
    r"(?:(?P<kind>Editorial|Opinion|Op-Ed|Letter to the Editor),[ \t]+)?"
    r"(?P<title>[^();]{4,250}?)(?:,[ \t]+(?P<outlet>[A-Z][A-Z0-9.&'’-]*(?:[ \t]+[A-Z0-9.&'’-]+){0,7}))?"
    r"(?:[ \t]+\d{1,4}(?:[-–]\d{1,4})?)?"
    r"[ \t]+\((?P<date>(?:[A-Z][a-z]{2,8}\.?[ \t]+)?(?:\d{1,2},[ \t]+)?\d{4})\),[ \t]*$"
)
#: What opens a citation sentence before its source: a footnote's number, an introductory signal.
_SIGNAL = lazy_re(
    r"(?:\d{1,3}[ \t]+)?(?:(?:[Ss]ee|[Cc]f\.|[Aa]ccord|[Cc]ompare|[Cc]ontra|[Bb]ut see)"
    r"(?:,?[ \t]+(?:also|e\.g\.,|generally))?[ \t]+)?"
)
#: Where a sentence ends before the next one opens (``... space. Maria Lopez, ...``, ``... curb." Urban``),
#: or a footnote's line opens (``\n   2 See also ...``). (Not before a digit: ``(Mar. 2023)`` is one date.)
_SENTENCE_END = lazy_re(r"[.!?][\"”’)]?\s+(?=[A-Z])|\n[ \t]*\n|\n[ \t]*(?=\d{1,3}[ \t]+[A-Z])")


def bluebook_cite(text: str, start: int) -> tuple[str, str | None, PartialDate | None, str] | None:
    """The title, the outlet (an outlet in capitals, or an editorial's author), the date and the author of a
    Bluebook
    citation whose URL starts at ``start`` (:data:`_BLUEBOOK`, read over the lines of its sentence; added
    after the twenty-first held-out batch, on a brief's argument section and the twentieth batch's table of
    authorities); ``None`` when the text before the URL is no such citation."""
    window = text[max(0, start - 400) : start]
    if not window.rstrip().endswith("),"):
        return None
    ends = list(_SENTENCE_END.finditer(window))
    sentence = window[ends[-1].end() :] if ends else window
    sentence = " ".join(sentence.split())
    sentence = sentence[sentence.rfind("; ") + 1 :].lstrip()  # ``...; see also Author, Title, ...``: the last
    sentence = sentence[_SIGNAL.match(sentence).end() :]  # type: ignore[union-attr]  # (it matches "")
    m = _BLUEBOOK.fullmatch(sentence + " ")
    if m is None or m.group("title").rstrip().endswith(("No.", "at")):
        return None
    outlet = m.group("outlet") or (m.group("who").strip() if m.group("kind") else None)
    return m.group("title").strip(), outlet, parse_date(m.group("date")), m.group("who").strip()


def _child_line(text: str, line_start: int, line_end: int) -> str:
    """The line under a link's line when it is indented deeper and short and holds no URL: an outliner's
    (Scrapbox's, Logseq's) note under its item, which says whose the link is and when (``[url Title]`` then
    ``\tKelso Harbour News, 2 April 2024``); else ``""``. Only under a bracketed link (:func:`framing_label`):
    a bare URL's next line is running text as often."""
    if line_end >= len(text) - 1:
        return ""
    nl = text.find("\n", line_end + 1)
    below = text[line_end + 1 : nl if nl >= 0 else len(text)].rstrip("\r")
    own = len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip(" \t"))
    deeper = len(below) - len(below.lstrip(" \t"))
    if deeper <= own or len(below) > 160 or "://" in below or below.lstrip()[:1] in ">[#":
        return ""
    return below.strip()


#: The rest of an HTML anchor a plain text holds after its URL: ``">Title</a>``.
_ANCHOR_REST = lazy_re(r'">(?P<t>[^<>\r\n]{1,300})</a>', re.IGNORECASE)


def _anchor_label(text: str, before: str, end: int) -> tuple[str, int, int, bool] | None:
    """The text of an HTML anchor written in a plain text (``<a href="url">Title</a>``: a wiki's raw HTML, a
    tiddler's; added after the twenty-first held-out batch), as :func:`framing_label` gives a label."""
    m = _ANCHOR_REST.match(text, end)
    opening = before.rfind("<a ")
    if m is None or opening < 0:
        return None
    return m.group("t").strip(), m.end(), opening, False


#: reStructuredText's picture directives before their URL: ``.. image:: https://...``, ``.. figure::``, a
#: substitution's ``.. |logo| image::``. They show a picture, as AsciiDoc's ``image::`` macro does: no
#: citation (added after the third site probe).
_RST_PICTURE = lazy_re(r"\.\. (?:\|[^|\r\n]{1,80}\|[ \t]+)?(?:image|figure)::[ \t]+$")
#: reStructuredText's named hyperlink target, the words before its URL: ``.. _RFC 7045: https://...``.
_RST_TARGET = lazy_re(r"[ \t]*\.\. _(?P<t>[^:`\r\n]{1,200}|`[^`\r\n]{1,200}`):[ \t]+$")
#: The same target with nothing after its colon: its URL is on the indented line under it (reST's own
#: continuation, as long addresses are written: ``.. _Quarterly Retail Prices:`` + ``   https://...``).
_RST_TARGET_ALONE = lazy_re(r"[ \t]*\.\. _(?P<t>[^:`\r\n]{1,200}|`[^`\r\n]{1,200}`):[ \t]*\r?")


#: An AsciiDoc attribute entry whose value is a web address, opening a line: ``:url-outlook: https://...``.
_ADOC_URL_ATTRIBUTE = lazy_re(
    r"^:(?P<name>\w[\w-]{0,60}):[ \t]+(?P<url>https?://[^\s\[\]{}]+)[ \t]*\r?$", re.M
)
#: A reference to an attribute used as a link's target, its words in brackets after it: ``{url-x}[...]``.
_ADOC_ATTRIBUTE_LINK = lazy_re(r"(?<![\w{])\{(?P<name>\w[\w-]{0,60})\}(?=\[)")


def asciidoc_url_attributes(text: str) -> str:
    """``text`` with each AsciiDoc attribute reference that targets a link (``{url-outlook}[words]``,
    ``link:{url-outlook}[words]``) replaced by the address its attribute entry (``:url-outlook: URL``) holds,
    on the same line, so the link is read as ``url[words]`` is: its words are its text. Other references,
    and names no entry defines, are left as written. Why: documentation sites written in AsciiDoc keep their
    addresses in attributes, and the words a reader sees were lost (added after the fifth site probe). The
    entry's own line still cites the address (a bare URL): the reference adds its words to that citation."""
    urls = {m.group("name").lower(): m.group("url") for m in _ADOC_URL_ATTRIBUTE.finditer(text)}
    if not urls:
        return text
    return _ADOC_ATTRIBUTE_LINK.sub(lambda m: urls.get(m.group("name").lower(), m.group(0)), text)


def rst_target_above(text: str, line_start: int) -> str | None:
    """The words of a reStructuredText named target on the line above ``line_start`` when that line is the
    target alone (``.. _Words:``), so that the indented URL on this line is its address; else ``None``.
    Why: reST lets a target's URL go on the next line, indented (added after the fifth site probe: such a
    target's link lost its words, the cited title)."""
    if line_start < 2:
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    target = _RST_TARGET_ALONE.fullmatch(text, above, line_start - 1)
    return target.group("t").strip("`") if target is not None else None


#: A reStructuredText hyperlink reference to a target with no scheme, `` `words <install.html>`_ `` (``__``
#: anonymous): a relative address of the built site. Not a reference to a named target (``<name_>``), and
#: not a role's target (``:doc:`words <path>```, no ``_`` after it).
_RST_RELATIVE = lazy_re(
    r"`(?P<words>[^`<>\r\n]{1,300}(?:\r?\n[^`<>\r\n]{1,300}){0,2})[ \t\r\n]<"
    r"(?P<target>(?![A-Za-z][A-Za-z0-9+.-]*:)[^<>`\s]{1,500}(?<!_))>`__?"
)


def rst_relative_links(text: str, base_url: str) -> str:
    """``text`` with each reStructuredText reference's relative target (`` `words <../notes/2024.html>`_ ``)
    replaced by its address resolved against ``base_url`` (lines kept: only the target changes), so that
    the text reader, which reads addresses with a scheme, cites it with its words. Why: a Sphinx site links
    its built pages so; given the page's address (``--base-url``) they are checked as a Markdown or HTML
    page's relative links are (added after the sixth site probe: they were not read at all). A fragment
    alone (``<#usage>``), a named target's reference (``<name_>``) and a role (``:doc:``) are left alone."""

    def absolute(m: re.Match[str]) -> str:
        url, _ = resolve_url(m.group("target"), base_url)
        if url is None:
            return m.group(0)
        return m.group(0)[: m.start("target") - m.start()] + url + m.group(0)[m.end("target") - m.start() :]

    return _RST_RELATIVE.sub(absolute, text)


def rst_label(text: str, before: str, start: int, end: int) -> tuple[str, int, int, bool] | None:
    """The words of a reStructuredText hyperlink reference, `` `words <url>`_ `` (``__`` anonymous), whose
    URL spans ``start``-``end`` in ``text``, as :func:`framing_label` gives a label: its words, where its
    markup ends, where it opens in ``before`` (the URL's line before it: ``len(before)`` when the words begin
    on a line above, ``before`` then kept whole) and ``False`` (no picture); ``None`` for a URL no such
    markup frames (``<https://...>`` alone, a backquote too far back). The words may wrap over lines, not
    over a blank one. Why: a documentation site's reST names each link by these words, its cited title, as
    AsciiDoc's ``url[words]`` does (added after the third site probe)."""
    close = end + 3 if text.startswith(">`__", end) else end + 2
    if not (text.startswith(">`_", end) and text[start - 1 : start] == "<"):
        return None
    floor = max(0, start - 320)
    tick = text.rfind("`", floor, start - 1)
    if tick < 0:
        return None
    words = text[tick + 1 : start - 1]
    if not words.strip() or _PARAGRAPH_START.search(words) is not None:
        return None
    opening = len(before) - (start - tick)
    return " ".join(words.split()), close + 1, opening if opening >= 0 else len(before), False


#: The rest of a KirbyText link tag after its URL: `` text: words`` and the tag's other attributes
#: (``title:``, ``popup:``, ``target:``...) up to the parenthesis that closes it.
_KIRBY_REST = lazy_re(
    r" text: (?P<t>[^()\r\n]{1,300}?)(?: (?:title|popup|target|class|rel|lang|role): [^()\r\n]{0,300})?\)"
)


def _kirby_label(text: str, before: str, end: int) -> tuple[str, int, int, bool] | None:
    """The words of a KirbyText link tag (Kirby CMS's content files: ``(link: https://... text: Title)``,
    attributes perhaps after the words; added after the thirty-fifth held-out batch), as
    :func:`framing_label` gives a label; ``None`` when the tag does not close on the URL's line."""
    m = _KIRBY_REST.match(text, end)
    if m is None:
        return None
    return m.group("t").strip(), m.end(), len(before) - len("(link: "), False


def framing_label(text: str, before: str, end: int) -> tuple[str, int, int, bool] | None:
    """The label of a link framed by brackets with its URL (added after the twenty-first held-out batch:
    TiddlyWiki's ``[[Title|url]]`` and ``[ext[Title|url]]``, Scrapbox's ``[Title url]`` and, as MediaWiki
    writes an external link, ``[url Title]``), where its markup ends in ``text``, where it opens in
    ``before`` (the URL's line before it) and whether it shows a picture (``[img[alt|url]]``); ``None`` for
    a URL no such brackets frame (``[1] https://...``, ``[see https://x and https://y]``)."""
    if before.endswith(("->", "-> ")) and text.startswith("]]", end):
        m = _ARROW_LABEL.search(before, max(0, len(before) - 320))
        return None if m is None else (m.group("t").strip(), end + 2, m.start(), False)
    if before.endswith("[") and not before.endswith("[["):
        m = _LABEL_AFTER.match(text, end)
        if m is None or "://" in m.group("t"):
            return None
        return m.group("t").strip(), m.end(), len(before) - 1, False
    m = _LABEL_BEFORE.search(before, max(0, len(before) - 320))
    if m is None:
        return None
    if m.group("kind") is not None:
        if not text.startswith("]]", end):
            return None
        return m.group("t").strip(), end + 2, m.start(), m.group("kind") != "[" and m.group("kind") != "ext["
    label = m.group("s").strip()
    if not text.startswith("]", end) or text.startswith("]]", end) or "://" in label:
        return None
    if label[-1:] in ",;:–—-" or any(mark in label for mark in TITLE_OPENERS + TITLE_CLOSERS):
        return None  # ``[RIA Novosti, 09.01.2020, "Title" — https://...]``: an entry in brackets, read as one
    return label, end + 1, m.start(), False


#: AsciiDoc's link text right after a URL: ``https://host/page[Link text]``, ``link:https://...[text]``.
_BRACKET_TEXT = lazy_re(r"\[(?P<t>[^\[\]\r\n]{1,300})\]")
#: Slack's link label, after the ``|`` of ``<url|label>``.
_SLACK_LABEL = lazy_re(r"\|(?P<t>[^<>|\r\n]{1,300})>")
#: A link's label after its URL in markup that opens before the URL (``find_urls`` ends the URL at the
#: label): a wiki's ``[[url|label]]`` (DokuWiki), BBCode's ``[url=url]label[/url]``, LaTeX's
#: ``\href{url}{label}``.
_WIKI_LABEL = lazy_re(r"\|(?P<t>[^\[\]|\r\n]{1,300})\]\]")
#: The same with spaces around the URL (Phabricator's Remarkup writes ``[[ https://... | words ]]``; added
#: after the twenty-sixth held-out batch).
_SPACED_WIKI_LABEL = lazy_re(r"[ \t]+\|(?P<t>[^\[\]|\r\n]{1,300})\]\]")
_BBCODE_LABEL = lazy_re(r"\](?P<t>[^\[\]\r\n]{1,300})\[/url\]", re.IGNORECASE)
_LATEX_LABEL = lazy_re(r"\}\{(?P<t>[^{}\r\n]{1,300})\}")
#: odoc's ``{{:URL}label}`` (an OCaml doc comment's link): its words, which may wrap onto the comment's next
#: lines (added after the thirty-second held-out batch).
_ODOC_LABEL = lazy_re(r"\}(?P<t>[^{}]{1,300})\}")
#: What may stand before an Org-mode link that is its line's whole entry: a heading's stars, a list marker.
_ORG_LEAD = lazy_re(r"[ \t]*(?:\*{1,8}|[-+]|\d{1,3}[.)])?[ \t]*")
#: An Org-mode link's description, after the URL of ``[[url][description]]``.
_ORG_DESCRIPTION = lazy_re(r"\]\[(?P<t>[^\[\]\r\n]{1,300})\]\]")


#: A numbered line (pleading paper, a listing copied with its numbers): the number at the start, then two
#: spaces or more, or nothing; and a cheap sign that a text has such lines: a line numbered 2.
_NUMBERED_LINE = lazy_re(r"[ \t]{0,6}(\d{1,3})(?=[ \t]{2,}\S|[ \t]*\r?$)")
_LINE_TWO = lazy_re(r"\n[ \t]{0,6}2(?:[ \t]{2,}|[ \t]*\r?\n)")
#: How many numbered lines in a row make a text's lines numbered.
_NUMBERED_RUN = 10


#: A unified diff's hunk header (``@@ -12,7 +12,7 @@``, perhaps with the function's words after it).
_HUNK = lazy_re(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@[^\n]*$", re.MULTILINE)


def diff_new_side(text: str) -> str:
    """``text`` with each hunk of a unified diff it holds (``git show``, ``git format-patch``, ``diff -u``)
    read as the changed file now reads (added after the thirty-second held-out batch): a context line's and
    an added line's one-column prefix (`` ``, ``+``) turned into a space, a removed line (``-``) blanked
    whole (same length, same offsets: lines keep their numbers). What a commit removed (a link it corrected,
    the old day) is no longer the document's; what it kept and added is, and reads as prose. Only in a text
    holding a hunk header (:data:`_HUNK`, after ``+++``); a hunk is read for as many lines as its header
    counts."""
    if "\n@@ -" not in text or "\n+++ " not in text:
        return text
    chars = list(text)
    for hunk in _HUNK.finditer(text):
        count = int(hunk.group(2)) if hunk.group(2) is not None else 1
        pos = hunk.end() + 1
        while pos < len(text) and count > 0:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            mark = text[pos : pos + 1]
            if mark == "-":
                chars[pos:end] = " " * (end - pos)
            elif mark in ("+", " "):
                chars[pos] = " "
                count -= 1
            elif mark != "\\":  # "\ No newline at end of file" is the diff's; anything else ends the hunk
                break
            pos = end + 1
    return "".join(chars)


def blank_line_numbers(text: str) -> str:
    """``text`` with the numbers of its numbered lines turned into spaces (same length, same offsets), when
    its lines are numbered: ten lines or more in a row whose numbers go up by one (restarting at 1 on a new
    page), as a court filing's pleading paper or a PDF's line-numbered draft comes out of a PDF converter.
    A URL broken over two such lines (``https://www.theverge.com/`` / ``12   2024/2/2/...``) is then one URL,
    not a URL glued to a line number."""
    if _LINE_TWO.search(text) is None:
        return text
    lines = text.split("\n")
    numbered: list[int] = []  # indexes of the lines of runs long enough
    run: list[int] = []
    last = 0
    for index, line in enumerate(lines):
        m = _NUMBERED_LINE.match(line)
        if m is None:
            continue  # an unnumbered line (a footnote under a rule, a page header) does not break a run
        number = int(m.group(1))
        if number == last + 1:
            run.append(index)
            last = number
            continue
        if len(run) >= _NUMBERED_RUN:  # a run ends: a new page's line 1, or a number out of order
            numbered.extend(run)
        run, last = ([index], 1) if number == 1 else ([], 0)
    if len(run) >= _NUMBERED_RUN:
        numbered.extend(run)
    if not numbered:
        return text
    for index in numbered:
        line = lines[index]
        m = _NUMBERED_LINE.match(line)
        if m is not None:
            lines[index] = line[: m.start(1)] + " " * len(m.group(1)) + line[m.end(1) :]
    return "\n".join(lines)


#: A delimited block of code or output: AsciiDoc's listing and literal blocks (``----``, ``....``) and fenced
#: code (```` ``` ````, ``~~~``), the opening delimiter after a blank line or a block attribute line
#: (``[source,bash]``), as a section title's underline never is. Matched with the line break before it (a
#: pattern that starts with a fixed character: the regex engine skips to the next one).
_FENCE = lazy_re(r"\n(?P<fence>-{4,}|\.{4,}|`{3,}|~{3,})[^\S\r\n]*[\w+.-]*[^\S\r\n]*(?=\r?\n|$)")
_FENCE_SIGNS = ("\n----", "\n....", "\n```", "\n~~~")
_ATTRIBUTE_LINE = lazy_re(r"\[[^\]\r\n]*\][ \t]*\r?$")
#: A line of this many dashes or dots or more after a blank line is a rule between a plain text's parts (a
#: newsletter's items, a digest's entries: ``------...`` 40 to 72 long), not an AsciiDoc block's delimiter
#: (``----``, ``....``: four, or a few more), unless a block attribute line (``[source,bash]``) stands
#: above it; fenced code's backticks and tildes are read at any length.
_RULE_LENGTH = 12
#: A line ending in ``::``: a reStructuredText directive or a paragraph a literal block follows (matched from
#: its ``::``); of the directives, those that show code (``.. code-block:: python``, ``.. code::``,
#: ``.. sourcecode::``) open a block of code, the others (``.. note::``) hold prose.
_LINE_END_COLONS = lazy_re(r"::[^\r\n]*?(?=\r?\n|$)")
_DIRECTIVE = lazy_re(r"[ \t]*\.\.[ \t]+(?P<name>[\w-]+)::")
_CODE_DIRECTIVES = frozenset(["code-block", "code", "sourcecode", "highlight", "parsed-literal"])


#: Code in other markups read as plain text: Jira's (and Confluence's wiki markup) ``{code:bash}...{code}``
#: and ``{noformat}...{noformat}``, DokuWiki's ``<code bash>...</code>`` and ``<file>...</file>``, LaTeX's
#: ``verbatim``, ``lstlisting`` and ``minted`` environments; and a LaTeX source's comment lines (``% TODO:
#: https://...``, out of the document), read only in a text that holds ``\documentclass``.
_MARKUP_CODE = (
    ("{", ("{code", "{noformat}"), lazy_re(r"\{(code|noformat)(?::[^}\r\n]*)?\}.*?\{\1\}", re.DOTALL)),
    ("<", ("</code>",), lazy_re(r"<code\b[^>\r\n]*>.*?</code>", re.DOTALL)),
    # DokuWiki's ``<file lang name>`` takes words, never ``name="value"``: an XML ``<file original="...">``
    # (an XLIFF translation file's one element holding the whole text) is the document, not code (added
    # after the thirty-second held-out batch: every link of an XLIFF file was dropped).
    ("<", ("</file>",), lazy_re(r"<file\b[^>=\r\n]*>.*?</file>", re.DOTALL)),
    # odoc's code block in an OCaml doc comment, ``{[`` and white space ... white space and ``]}`` (added
    # after the thirty-second held-out batch: a loopback server in its code was read as a citation).
    ("{", ("{[",), lazy_re(r"\{\[(?=\s).*?\s\]\}", re.DOTALL)),
    ("\\", ("\\end{",), lazy_re(r"\\begin\{(verbatim|lstlisting|minted)\}.*?\\end\{\1\}", re.DOTALL)),
    ("\\", ("\\documentclass",), lazy_re(r"^[ \t]*%.*$", re.MULTILINE)),
    # Org mode's source and example blocks (``#+BEGIN_SRC sh`` ... ``#+END_SRC``, any case): a command and its
    # output, not the note's sources (added after the fifth site probe: their URLs were cited).
    (
        "#",
        ("#+END_", "#+end_"),
        lazy_re(r"^[ \t]*#\+begin_(src|example)\b.*?^[ \t]*#\+end_\1\b", re.I | re.M | re.S),
    ),
)


def code_blocks(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds code rather than prose: AsciiDoc's and fenced delimited blocks,
    reStructuredText's code directives and literal blocks, and :data:`_MARKUP_CODE`'s (a URL there is a
    command's or a program's, not a citation). Looked for only in a text holding one of their delimiters."""
    blocks: list[tuple[int, int]] = []
    for char, signs, pattern in _MARKUP_CODE:
        # A character first (a search for one character is far cheaper than for a string, and most texts
        # hold no "{", "<" or "\\"), then the signs.
        if char in text and any(sign in text for sign in signs):
            blocks.extend(m.span() for m in pattern.finditer(text))
    if any(sign in text for sign in _FENCE_SIGNS):
        opening: re.Match[str] | None = None
        for m in _FENCE.finditer(text):
            if opening is None:
                before = text[max(0, m.start() - 200) : m.start()]
                attributed = _ATTRIBUTE_LINE.search(before) is not None
                if attributed or (
                    before.endswith(("\n", "\n\r"))
                    and not (m.group("fence")[0] in "-." and len(m.group("fence")) >= _RULE_LENGTH)
                ):
                    opening = m
            elif m.group("fence") == opening.group("fence") or (
                opening.group("fence")[0] in "`~" and m.group("fence")[0] == opening.group("fence")[0]
            ):
                blocks.append((opening.end(), m.start()))
                opening = None
    if "::" in text:
        for m in _LINE_END_COLONS.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            directive = _DIRECTIVE.match(text, line_start)
            if directive is not None:
                if directive.group("name").lower() not in _CODE_DIRECTIVES:
                    continue  # ".. note::": prose
            elif m.group().rstrip(" \t\r") != "::":
                continue  # "::" inside a line ("std::vector", "host::port"), not ending it
            line = text[line_start : m.start()]
            indent = len(line) - len(line.lstrip(" \t"))
            pos = m.end() + 1
            end = pos
            while pos < len(text):  # the block: blank lines and lines indented deeper than the directive
                line_end = text.find("\n", pos)
                line_end = len(text) if line_end < 0 else line_end
                body = text[pos:line_end]
                if body.strip():
                    if len(body) - len(body.lstrip(" \t")) <= indent:
                        break
                    end = line_end
                pos = line_end + 1
            if end > m.end():
                blocks.append((m.end(), end))
    return blocks


#: A site named by its host alone (``ria.ru``, ``themoscowtimes.com``): no link (docs/articles.md), but what a
#: text citing no page may name its sources by (added after the seed20 probe). Lower-case labels, a top-level
#: domain of letters; not inside an address, an e-mail address or a word, nor before a path.
_BARE_HOST = lazy_re(
    r"(?<![\w@/.:\\-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,24}))(?![\w@/-]|\.[A-Za-z0-9])"
)
#: The suffixes of file names, which a host pattern also matches (``notes.txt``, ``index.html``).
_FILE_SUFFIXES = frozenset(
    ["txt", "md", "html", "htm", "xml", "json", "csv", "pdf", "doc", "docx", "odt", "rtf", "tex", "bib",
     "png", "jpg", "jpeg", "gif", "svg", "py", "js", "ts", "css", "zip", "gz", "eml", "log", "yaml", "yml"]
)  # fmt: skip


def bare_hosts(text: str, limit: int = 5) -> list[str]:
    """The first ``limit`` distinct sites ``text`` names by their host alone (``ria.ru``), in order: for a
    text in which no link was found, to say that it names sites and not their pages (added after the seed20
    probe). File names (``notes.txt``) are none."""
    found: list[str] = []
    for m in _BARE_HOST.finditer(text):
        host = m.group(1)
        if m.group(2) not in _FILE_SUFFIXES and host not in found:
            found.append(host)
            if len(found) >= limit:
                break
    return found


#: The dot, top-level domain and slash that join a host to its path in a URL written without its scheme
#: (``harbourcouncil.example.gov.uk/minutes/2024-09-03.pdf`` said in a transcript, ``statice.is/news/...``
#: typed into a note): found by this literal-led search, the host then read backwards from it.
_HOST_TO_PATH = lazy_re(r"\.[a-z]{2,6}/(?=[^\s/])")
_HOST_TAIL = lazy_re(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})\.)+[a-z]{2,6}$")
#: What stands before such a URL's host when it is part of something else: an address's scheme or path, an
#: e-mail address, a word.
_NOT_BEFORE_HOST = frozenset("@/.:-_\\")


def _cut_short(url: str, found: list[tuple[int, int, str]]) -> bool:
    """Whether ``url``, written with an ellipsis after it, is another found address cut short inside a word
    (a comment service shows ``https://www.cambridge-news....`` as the words of its link to
    ``https://www.cambridge-news.example.co.uk/news/...``; added after the thirty-fifth held-out batch): the
    link's words, no citation of their own; so is one cutting short the address a found redirect wraps. An
    address cut at a ``/`` (``.../report...`` beside ``.../report/annex``) may be a page of its own, and is
    kept."""
    size = len(url)
    for _, _, other in found:
        wrapped = unwrap_redirect(other)
        for full in (other,) if wrapped is None else (other, wrapped[0]):
            if len(full) > size and full.startswith(url) and (full[size].isalnum() or full[size] in ".-_"):
                return True
    return False


def schemeless_urls(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """URLs written without a scheme, a host with a path (``example.gov.uk/minutes/a.pdf``), outside the URLs
    ``found`` already (in text order, as :func:`find_urls` gives them), as ``(start, end, "https://" +
    url)``. A host alone (``nordicreview.example.org``, a Kindle clipping's source) names a site and cites no
    page: it needs its path. Plain text only. One right after a tag's ``>`` that is an address found with
    its scheme written again without it (and without its ``www.``: an HTML link's words,
    ``<a href="https://www.host/a">host/a</a>``, in markup read as text) is that link's words, not a page of
    its own (added after the thirty-fourth held-out batch); elsewhere (a post's shortened link, its full
    address only in the post's data) it is where the text cites the page, and is kept."""
    joints = len(_HOST_TO_PATH.findall(text))
    if not joints or joints <= len(_HOST_TO_PATH.findall(" ".join(url for _, _, url in found))):
        return []  # every host-to-path joint is in a URL found with its scheme: the common case, no loop
    known = {_bare_address(url) for _, _, url in found}
    extra: list[tuple[int, int, str]] = []
    spans = sorted((start, end) for start, end, _ in found)
    k = 0  # the first span of ``found`` that does not end before the search position
    pos = 0
    for _ in range(10_000):  # bounded: a text is never made of more such addresses than this
        m = _HOST_TO_PATH.search(text, pos)
        if m is None:
            break
        pos = m.end()
        while k < len(spans) and spans[k][1] <= m.start():
            k += 1
        if k < len(spans) and spans[k][0] <= m.start():
            pos = max(pos, spans[k][1])  # inside a URL found with its scheme: on past it
            continue
        host = _HOST_TAIL.search(text, max(0, m.start() - 253), m.end() - 1)
        if host is None or host.end() != m.end() - 1:
            continue
        start = host.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE_HOST):
            continue
        line_end = text.find("\n", start)
        whole = find_urls("https://" + text[start : len(text) if line_end < 0 else line_end])
        if not whole or whole[0][0] != 0:
            continue
        end = start + whole[0][1] - len("https://")
        if text[start - 1 : start] != ">" or _bare_address(whole[0][2]) not in known:
            extra.append((start, end, whole[0][2]))
        pos = max(pos, end)
    return extra


def _bare_address(url: str) -> str:
    """``url`` without its scheme, a leading ``www.`` and a trailing ``/``, in lower case."""
    rest = url.split("://", 1)[-1].lower().rstrip("/")
    return rest[4:] if rest.startswith("www.") else rest


#: A raw e-mail message's MIME parts (a newsletter saved as ``.eml``): a part's ``Content-Type`` and
#: ``Content-Transfer-Encoding`` headers, and the boundary lines between parts.
_QP_HEADER = lazy_re(
    r"^Content-Transfer-Encoding:[ \t]*quoted-printable[ \t]*\r?$", re.IGNORECASE | re.MULTILINE
)
_PART_TYPE = lazy_re(r"^Content-Type:[ \t]*([\w.+-]+/[\w.+-]+)", re.IGNORECASE | re.MULTILINE)
_BOUNDARY = lazy_re(r"boundary=\"?([^\";\s]{1,200})", re.IGNORECASE)
_CHARSET = lazy_re(r"charset=\"?([\w.:-]{1,40})", re.IGNORECASE)
_HEADER_END = lazy_re(r"\r?\n[ \t]*\r?\n")
#: Quoted-printable's soft line break (``=`` ending a line: the line goes on) and its encoded bytes.
_QP_SOFT_BREAK = lazy_re(r"=[ \t]*\r?\n")
_QP_BYTES = lazy_re(r"(?:=[0-9A-F]{2})+")


def mime_text(text: str) -> str:
    """``text`` with a raw e-mail message's quoted-printable parts decoded (soft line breaks joined, so a URL
    cut at a line's end is one URL again; ``=3D`` read as ``=``, ``=E2=80=94`` as ``—``), and, in a
    ``multipart/alternative`` message that has a ``text/plain`` part, its other alternatives (the
    ``text/html`` rendering of the same newsletter, with its tracking pixel) blanked: the reader reads one.
    Each part keeps its number of lines (the lines a soft break joined are added back at its end), so the
    lines after it are where they were. Looked for only in a text that says ``quoted-printable`` or, added
    after the seed20 probe, ``multipart/alternative`` near its top (parts sent in ``8bit`` or ``7bit``)."""
    boundaries = [re.escape(m.group(1)) for m in _BOUNDARY.finditer(text)]
    if not boundaries:
        return _single_part(text)
    delimiter = re.compile(r"^--(?:" + "|".join(boundaries) + r")(?:--)?[ \t]*\r?$", re.MULTILINE)
    lines = list(delimiter.finditer(text))
    parts = [(before.end(), after.start()) for before, after in itertools.pairwise(lines)]
    alternative = "multipart/alternative" in text.lower() and any(
        (m := _PART_TYPE.search(text, start, end)) is not None and m.group(1).lower() == "text/plain"
        for start, end in parts
    )
    pieces: list[str] = []
    done = 0
    for start, end in parts:
        head = _HEADER_END.search(text, start, end)
        if head is None:
            continue
        headers = text[start : head.end()]
        kind = _PART_TYPE.search(headers)
        body = text[head.end() : end]
        if (
            alternative
            and kind is not None
            and kind.group(1).lower() not in ("text/plain", "multipart/alternative")
        ):
            decoded = "\n" * body.count("\n")
        elif _QP_HEADER.search(headers) is not None:
            decoded = _qp_decoded(headers, body)
        else:
            continue
        pieces.append(text[done : head.end()])
        pieces.append(decoded)
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


#: A raw message's first header line (``From:``, ``Received:``, ``Return-Path:``...): a name and a colon.
_MAIL_START = lazy_re(r"[A-Za-z][\w-]{0,40}:[ \t]")


def _single_part(text: str) -> str:
    """A raw e-mail message that is no multipart one, its body decoded when its own header block says
    ``quoted-printable`` (added after the seed26 probe: a plain-text mail's Cyrillic lines were read as
    ``=D0=98...``, its related-article label unseen); any other text as it is."""
    head = _HEADER_END.search(text, 0, 20_000)
    if head is None or _MAIL_START.match(text) is None:
        return text
    headers = text[: head.end()]
    if _QP_HEADER.search(headers) is None:
        return text
    return headers + _qp_decoded(headers, text[head.end() :])


def _qp_decoded(headers: str, body: str) -> str:
    """A quoted-printable ``body`` decoded in the charset its ``headers`` name (UTF-8 when none), the lines
    its soft breaks joined added back at its end, so the lines after it stay where they were."""
    charset = _CHARSET.search(headers)
    joined = _QP_SOFT_BREAK.sub("", body)
    decoded = _QP_BYTES.sub(
        functools.partial(_qp_bytes, codec=charset.group(1) if charset else "utf-8"), joined
    )
    return decoded + "\n" * (body.count("\n") - joined.count("\n"))


def _qp_bytes(m: re.Match[str], codec: str) -> str:
    data = bytes.fromhex(m.group().replace("=", ""))
    try:
        return data.decode(codec, "replace")
    except LookupError:  # a charset Python does not know: UTF-8, as most mail is
        return data.decode("utf-8", "replace")


#: A JSON Feed (``"version": "https://jsonfeed.org/version/1.1"``) read as text (added after the seventeenth
#: held-out batch): a URL that is a whole string value is one of the feed's own addresses (``home_page_url``,
#: ``feed_url``, ``icon``, an author's ``url`` and ``avatar``, an item's ``id``, ``url``, ``image`` and
#: attachments) but an item's ``external_url``, the page it is about; URLs inside ``content_html`` and
#: ``content_text`` are the item's citations (its strings' escapes read first), and its ``date_published``
#: the article's date.
_JSON_FEED_SIGN = "jsonfeed.org/version/"
_JSON_KEY_BEFORE = lazy_re(r'"(?P<key>[A-Za-z_]{1,40})"[ \t]*:[ \t]*"\Z')
_JSON_FEED_DATE = lazy_re(r'"date_published"[ \t]*:[ \t]*"(\d{4}-\d\d-\d\d)')
#: A web archive's WARC file read as text (it opens with ``WARC/1.0`` or ``WARC/1.1``): its records' dates are
#: the crawl's (``WARC-Date``, the HTTP ``Date``), not the article's; the first archived page's own
#: ``article:published_time`` (or ``datePublished``) meta is the article's date, over a record's header lines
#: (artdates3: a page's Basque weekdays and ``urtarrilaren 8an`` had no day to be read against).
_WARC_PAGE_DATE = lazy_re(
    r'<meta\s+(?:property|name|itemprop)="(?:article:published_time|datePublished)"\s+content="(\d{4}-\d\d-\d\d)',
    re.IGNORECASE,
)


#: A WARC record's header block (WARC/1.0, 1.1): its version line, then fields up to a blank line.
_WARC_RECORD = lazy_re(rb"WARC/1\.\d\r?\n((?:[^\r\n]+\r?\n)*?)\r?\n")
_WARC_FIELD = lazy_re(
    rb"^(WARC-Type|WARC-Target-URI|Content-Type|Content-Length):[ \t]*([^\r\n]*)", re.I | re.M
)
#: An HTTP response's header block in a ``response`` record, and its payload's type among its fields.
_HTTP_HEAD = lazy_re(rb"HTTP/\d(?:\.\d)? \d{3}[^\r\n]*\r?\n((?:[^\r\n]+\r?\n)*?)\r?\n")
_HTTP_HTML = lazy_re(rb"^Content-Type:[ \t]*(?:text/html|application/xhtml\+xml)", re.I | re.M)
_HTTP_UNREADABLE = lazy_re(rb"^Content-Encoding:[ \t]*(?!identity)\S", re.I | re.M)
_HTTP_CHUNKED = lazy_re(rb"^Transfer-Encoding:[ \t]*chunked", re.I | re.M)
#: A chunk's size line in a chunked HTTP body (hexadecimal, perhaps with extensions after ``;``).
_CHUNK_SIZE = lazy_re(rb"([0-9A-Fa-f]{1,8})[ \t]*(?:;[^\r\n]*)?\r?\n")
#: What follows a record's block: its line breaks, then the next record's version line (or the file's end).
_WARC_NEXT = lazy_re(rb"[\r\n]*(WARC/1\.\d\r?\n)?")
_WARC_BOUNDARY = lazy_re(rb"\r?\n\r?\n(?=WARC/1\.\d\r?\n)")
#: At most this many records are walked (a crawl's file of thousands of captures is no article).
_WARC_RECORDS = 1000


def _warc_html_pages(text: str) -> list[tuple[int, str | None, str]]:
    """The HTML pages a WARC file (1.0, 1.1; uncompressed, read as text) holds, in file order: each
    ``response`` record whose HTTP payload is ``text/html`` (or XHTML), and each ``resource`` record of that
    type, as ``(the line before its first line, its WARC-Target-URI, the HTML)``; a chunked body joined. A
    payload still compressed is not text and is skipped, as are ``warcinfo``, ``request``, ``metadata``
    records and responses of other types (a ``robots.txt``). Records are walked by their ``Content-Length``
    (bytes), else by the next version line after a blank line."""
    data = text.encode("utf-8")
    pages: list[tuple[int, str | None, str]] = []
    at = 0
    for _ in range(_WARC_RECORDS):
        record = _WARC_RECORD.match(data, at)
        if record is None:
            break
        fields = {m.group(1).lower(): m.group(2).strip() for m in _WARC_FIELD.finditer(record.group(1))}
        length = fields.get(b"content-length", b"")
        if not length.isdigit():
            break
        start, end = record.end(), min(len(data), record.end() + int(length))
        if (after := _WARC_NEXT.match(data, end)) is None or not (after.end() == len(data) or after.group(1)):
            # a length that does not end where the next record opens (a file edited by hand, a length
            # counted in characters): the block ends at the next version line after a blank line
            following = _WARC_BOUNDARY.search(data, start)
            end = following.start() if following is not None else len(data)
        kind = fields.get(b"warc-type", b"").lower()
        target = fields.get(b"warc-target-uri", b"").decode("utf-8", "replace").strip("<>") or None
        payload = -1
        if kind == b"response" and (head := _HTTP_HEAD.match(data, start, end)) is not None:
            if _HTTP_HTML.search(head.group(1)) and not _HTTP_UNREADABLE.search(head.group(1)):
                payload = head.end()
                if _HTTP_CHUNKED.search(head.group(1)):
                    body = _unchunked(data[payload:end])
                    if body is not None:
                        lines_before = data.count(b"\n", 0, payload)
                        pages.append((lines_before, target, body.decode("utf-8", "replace")))
                    payload = -1
        elif kind == b"resource" and _HTTP_HTML.search(b"Content-Type: " + fields.get(b"content-type", b"")):
            payload = start
        if payload >= 0:
            page = data[payload:end].decode("utf-8", "replace")
            pages.append((data.count(b"\n", 0, payload), target, page))
        at = end
        while data[at : at + 1] in (b"\r", b"\n") and at < len(data):  # the line breaks after a block
            at += 1
    return pages


def _unchunked(body: bytes) -> bytes | None:
    """A chunked HTTP body's chunks joined (a crawler such as wget keeps the body as it came), or None when
    it is not well formed. (The page's lines after a chunk's size line are then a line off the file's.)"""
    parts: list[bytes] = []
    at = 0
    for _ in range(len(body) // 3 + 1):
        size = _CHUNK_SIZE.match(body, at)
        if size is None:
            return None
        length = int(size.group(1), 16)
        if length == 0:
            return b"".join(parts)
        parts.append(body[size.end() : size.end() + length])
        at = size.end() + length
        at += 2 if body.startswith(b"\r\n", at) else 1 if body.startswith(b"\n", at) else 0
    return None


def _warc_parsed(pages: list[tuple[int, str | None, str]], base_url: str | None) -> Parsed:
    """A WARC file's HTML pages read as HTML (artdates4): the first page is the article (its title, its own
    date: the crawl's ``WARC-Date`` and HTTP ``Date`` are not read; its address the page's canonical, else
    the record's target); a later page's links follow with their own sentences, each page's date marking
    where its prose starts (its "on Thursday" read against its own day). Each link keeps its line in the
    file."""
    from linkcheck.articles import html  # (here: the HTML reader imports this module)

    parsed = Parsed()
    for n, (lines_before, target, page) in enumerate(pages):
        one = html.parse(page, base_url=base_url or target)
        for link in one.links:
            link.line += lines_before
        if n == 0:
            parsed = one
            parsed.url = parsed.url or target
            if parsed.date_line is not None:
                parsed.date_line += lines_before
            continue
        offset = len(parsed.prose) + 2
        parsed.prose += "\n\n" + one.prose
        for link in one.links:
            link.pos = link.pos + offset if link.pos >= 0 else -1
        parsed.links.extend(one.links)
        if one.date is not None:
            parsed.date_marks.append((offset, one.date))
        parsed.date_marks.extend((pos + offset, day) for pos, day in one.date_marks)
    return parsed


#: A URL's scheme written with JSON's escaped solidus (``"href":"https:\/\/host\/page"``): PHP's
#: ``json_encode`` and the services built on it (a bookmarking service's export, a CMS's API) escape every
#: ``/`` so, which the text reader would not take for an address at all (added after the thirty-first
#: held-out batch: all five of a Pinboard export were missed). In a text that is one JSON document ``\/`` is
#: ``/`` (JSON's grammar); elsewhere (a Markdown or shell text with a backslash) nothing changes.
_JSON_ESCAPED_SCHEME = ":\\/\\/"


def _json_document(text: str) -> bool:
    """Whether ``text`` (opening with ``[`` or ``{``) is one JSON document (added after the thirtieth held-out
    batch): HTML in its string values (a chart tool's notes, a record's description: ``<a
    href=\\"URL\\">words</a>``) is read with its attributes' escaped quotes read (``=\\"`` and ``\\">``
    alone: a post's other quotes, around a shortened address or a headline, stay as written), so that a
    link's words are the text's; a bracket in a text that is no JSON (a Markdown link, a log line) changes
    nothing."""
    if text.rstrip()[-1:] not in ("]", "}"):
        return False
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _feed_address(text: str, before: str, end: int) -> bool:
    """Whether the URL ending at ``end``, after ``before`` on its line, is a JSON Feed's own address."""
    m = _JSON_KEY_BEFORE.search(before)
    return m is not None and m.group("key") != "external_url" and text.startswith('"', end)


#: A press review's item line (added after the seventeenth held-out batch): ``Outlet: Title (date)``, the
#: link alone on the next line or after a dash on the same (``Outlet: Title – URL (Montag)``); a list's number
#: or bullet may open it (``4) Outlet: Title (02.05.2024)``), and a quote mark is no part of the outlet's name
#: (``Org, "Summary: the dam", 28 March 2024,``: the colon is the title's; both after the twentieth batch).
_OUTLET_TITLE_LINE = lazy_re(
    r"[ \t]*(?:\d{1,3}[.)][ \t]+|[-*•][ \t]+)?(?P<o>[^\W\d_][^:\"“”«»„\r\n]{0,58}?):[ \t]+"
    r"(?P<t>[^\s(][^()\r\n]{3,200}?)"
    r"(?:[ \t]*\((?P<d>[^()\r\n]{1,40})\))?[ \t]*[–—-]?[ \t]*"
)
_TITLE_QUOTES = "„“”\"«»‚‘’'"
_CLOSING_MARKS = '"”»'


def _outlet_title(line: str, link: Link) -> bool:
    """Read ``line`` as a press review's ``Outlet: Title (date)`` line for ``link``: when its part before the
    colon names the link's host (at most six words), that is the outlet and the rest the title; a date in
    parentheses goes to the trailer (read with the article's date). Whether it was one."""
    m = _OUTLET_TITLE_LINE.fullmatch(line)
    if m is None or len(m.group("o").split()) > 6:
        return False
    raw = m.group("t").rstrip(" \t,;")
    if raw[:1] in _TITLE_QUOTES and any(mark in raw[1:-1] for mark in _CLOSING_MARKS):
        return False  # ``Label: "Title", Outlet, date,``: an entry after a label, its fields read as one
    mentions = find_mentions(m.group("o"), host_labels(link.url)[:2], cue=False)
    if not mentions:
        return False
    link.outlet = max(mentions, key=lambda n: (n.quality, n.words)).name
    link.title = clean_text(m.group("t").strip(_TITLE_QUOTES + " \t")) or None
    if m.group("d"):
        link.trailer = m.group("d")
    return True


#: A line's text before its link that is a reference written inline, after a label or two perhaps (an
#: ``.ics`` property's name, then the note's: ``DESCRIPTION:Background: Outlet, "Title", 29 April 2024,
#: https://...``), ``Preview: Outlet, "Title", 15 May 2024: https://...``.
_INLINE_ENTRY = lazy_re(
    r"(?:[^:\"“\r\n]{1,40}:[ \t]*){0,2}(?P<e>[^\"“,:\r\n]{2,80},[ \t]*[\"“][^\"”\r\n]{4,200}[\"”],[ \t]*"
    r"(?P<d>[^,:\"\r\n]{4,40}))[,:][ \t]*$"
)


def _inline_entry(text: str, start: int, link: Link) -> None:
    """Read the reference a line writes inline before the link at ``start`` (added after the nineteenth
    held-out batch): an outlet, a quoted title and a date, separated by commas, then a comma or a colon and
    the link (:data:`_INLINE_ENTRY`), as a calendar's event note or an e-mail gives its sources; the date must
    read as one."""
    line_start = text.rfind("\n", max(0, start - 400), start) + 1
    m = _INLINE_ENTRY.fullmatch(text, line_start, start)
    if m is not None and parse_date(m.group("d"), allow_year=False) is not None:
        read_entry(link, m.group("e"), "", reference=True)


#: A copyright line (``© 2020 Site. Reprints only with a link to https://site/``): the site's own notice,
#: whose links are its terms or its home page, not sources (added after the twentieth held-out batch).
_COPYRIGHT_LINE = lazy_re(r"[ \t]*(?:©|\([cC]\)[ \t]|[Cc]opyright\b)")


def _entry_above(text: str, start: int) -> int:
    """Where the line above the URL alone on its line at ``start`` ends, when that line ends with a comma or
    a colon and opens (after its labels) with a name of at most six words, no bracket in it (a reference
    wrapped before its URL: ``Org, "Title", 28 March 2024,`` + the URL's line, added after the twentieth
    held-out batch); else 0."""
    nl = text.rfind("\n", max(0, start - 200), start)
    if nl <= 0 or text[nl - 1] not in ",:" or text[nl + 1 : start].strip(" \t"):
        return 0
    line = text[text.rfind("\n", 0, nl) + 1 : nl].rpartition(": ")[2]  # (after its labels)
    name = line.partition(",")[0]
    if "[" in name or "(" in name or len(name.split()) > 6:
        return 0  # the line's first field is no name: prose, or a marker the entry readers read
    return nl


#: A digest item's first line, its number and headline (``[1] Title``, ``2. Title``), and the line under it
#: that says where and when it appeared, in fields between bars (``Outlet | 09.01.2020, 11:42 | ...``).
_DIGEST_HEAD = lazy_re(r"[ \t]*(?:\[\d{1,3}\]|\d{1,3}[.)])[ \t]+(?P<t>[^\s|].{3,200}?)[ \t]*\r?")
_DIGEST_SOURCE = lazy_re(r"[ \t]*[^|\r\n]{2,60}\|[^|\r\n]*\d[^\r\n]*")
#: How far above its URL a digest item's headline may stand.
_DIGEST_REACH = 1200


def _digest_title(text: str, start: int) -> str | None:
    """The headline of the digest item whose URL stands alone at ``start`` (added after the nineteenth
    held-out batch): its paragraph opens with a numbered line and the line under it is the item's source
    line, fields between bars (:data:`_DIGEST_HEAD`, :data:`_DIGEST_SOURCE`), as a media-monitoring service's
    e-mail lists its items (headline, ``Outlet | date | ...``, a summary, the URL); else ``None``."""
    floor = max(0, start - _DIGEST_REACH)
    blank = text.rfind("\n\n", floor, start)
    if blank < 0:
        return None
    first_end = text.find("\n", blank + 2, start)
    second_end = text.find("\n", first_end + 1, start) if first_end >= 0 else -1
    if second_end < 0:
        return None
    head = _DIGEST_HEAD.fullmatch(text, blank + 2, first_end)
    if head is None or _DIGEST_SOURCE.fullmatch(text, first_end + 1, second_end) is None:
        return None
    return clean_text(head.group("t"))


def parse(text: str, *, base_url: str | None = None) -> Parsed:
    """Find every bare URL in ``text``; each link's ``pos`` is its offset in ``text`` (the prose)."""
    # The first character tells the formats that open with a mark (a notebook's "{", a CSL JSON export's "[",
    # a calendar's "BEGIN:", a man page's request "."): most texts open with a letter and test none of them.
    first = text[:40].lstrip()[:1]
    if first == "{" and looks_like_notebook(text):  # a raw ``.ipynb``: its Markdown cells, read as Markdown
        from linkcheck.articles import markdown  # (here: the Markdown reader imports this module)

        return markdown.parse(notebook_markdown(text), base_url=base_url)
    if (
        first == "{"
        and (
            page := wp_rest_page(text)
            or apple_news_page(text)
            or outbox_page(text)
            or portable_text_page(text)
        )
        is not None
    ):
        # a WordPress REST post's HTML; an Apple News Format article's components as HTML; a Mastodon
        # archive's posts; a Portable Text document's blocks
        from linkcheck.articles import html  # (here: the HTML reader imports this module)

        parsed = html.parse(page, base_url=base_url)
        if '"markDefs"' in text and (document := _json_value(text)) is not None:
            # a Portable Text link card's outlet and day (:mod:`._cmsjson`)
            read_cards(document, parsed.links)
        return parsed
    if first in ("{", "[") and (page := post_page(text)) is not None:
        # a Mastodon status, a Bluesky post record, a Telegram Bot API message: its posts' words and links
        from linkcheck.articles import html

        parsed = html.parse(page, base_url=base_url)
        place_in_source(parsed.links, text)
        return parsed
    if (
        first == "{"
        and _RICH_TEXT_SIGN.search(text) is not None
        and (document := _json_value(text)) is not None
        and (page := rich_text_page(document)) is not None
    ):
        # a CMS record whose body is a rich-text tree (ProseMirror's, Contentful's, Lexical's), Draft.js raw
        # content, Prismic rich text, Mobiledoc or blocks of HTML or Markdown strings: its page
        from linkcheck.articles import html

        parsed = html.parse(page, base_url=base_url)
        read_cards(document, parsed.links)
        return parsed
    if first == "W" and text.startswith("WARC/1.") and (pages := _warc_html_pages(text)):
        return _warc_parsed(pages, base_url)  # a web archive's pages, each read as the HTML it is
    if first in ("[", "{") and looks_like_reddit_json(text) and (thread := reddit_markdown(text)) is not None:
        from linkcheck.articles import markdown  # a Reddit thread's JSON: its post and comments' Markdown

        return markdown.parse(thread, base_url=base_url)
    if (
        looks_like_dump(text) and (page := dump_page(text)) is not None
    ):  # ``lynx -dump``: links as ``[N]text``
        from linkcheck.articles import html

        return html.parse(page, base_url=base_url)
    if base_url is not None and ">`_" in text:  # reST's `` `words <install.html>`_ `` on a site
        text = rst_relative_links(text, base_url)
    del base_url  # bare URLs are absolute
    if first == "[" and looks_like_slack_export(text) and (messages := slack_text(text)) is not None:
        text = messages  # a Slack export's day file: its messages' text and unfurl cards, escapes read
    elif first == "{" and looks_like_matrix_export(text) and (messages := matrix_text(text)) is not None:
        text = messages  # an Element export of a Matrix room: its messages' words, one copy of each
    elif first == "%" and looks_like_enw(text):
        text = enw_as_ris(text)  # an EndNote tagged export: the RIS it says in other tags
    elif "\t" in text[:300] and looks_like_gophermap(text):
        text = gophermap_text(text)  # a gopher menu: its info lines' prose, its web links under their words
    if "uoted-printable" in text or "UOTED-PRINTABLE" in text or "ultipart/alternative" in text[:5000]:
        # (the alternatives of a message sent in 8bit or 7bit too: added after the seed20 probe, where a
        # reply's HTML part, read beside its text part, gave its signature's link)
        text = mime_text(text)
    if looks_like_rtf(text):  # a word processor's RTF: its text, links as ``url[text]``
        text = rtf_text(text)
    page_date = None
    if (
        first == "w"
        and looks_like_twitter_archive(text)
        and (posts := twitter_archive_text(text)) is not None
    ):
        text = posts  # a Twitter archive's ``tweets.js``: its posts, short links read
    elif first.isdigit() and looks_like_srt(text):  # SubRip subtitles: their captions, cue after cue
        text = srt_text(text)
    elif first in ("B", "b") and looks_like_calendar(text):  # an ``.ics``: lines unfolded, escapes read
        text = calendar_text(text)
    elif first in (".", "'") and looks_like_roff(text):  # a man page's source: its filled paragraphs
        page_date, text = roff_date(text), roff_text(text)
    elif first == "\\" and looks_like_bbl(text):  # ``\bibitem`` entries: each on one line
        text = bbl_text(text)
    elif first == "\\" and looks_like_texinfo(text):  # ``@uref{url, text}``: the link's words
        text = texinfo_text(text)
    elif first in ("=", "p", "u", "#") and looks_like_pod(text):  # ``L<text|url>``: a described address
        text = pod_text(text)
    if "#' @" in text:  # an R file's roxygen2 comments (``#' @param``): their words as prose
        text = roxygen_text(text)
    text = rfc_references(rd_dois(tex_ties(tex_url_breaks(blank_line_numbers(diff_new_side(text))))))
    if "}[" in text and (text[:1] == ":" or "\n:" in text):  # AsciiDoc's ``{url-name}[words]``
        text = asciidoc_url_attributes(text)
    if first in ("#", "c"):  # a ``CITATION.cff``: its references alone
        text = cff_references(text)
    typst_heading = None
    if looks_like_typst(text):  # ``#link("url")[text]``, ``#footnote[...]``: read as ``url[text]``, ``(...)``
        typst_heading, text = typst_title(text), typst_text(text)
    json_feed = _JSON_FEED_SIGN in text[:500] and text[:500].lstrip()[:1] == "{"
    json_source = text  # (a CSL JSON export's items are read from the JSON as written)
    if json_feed:  # its strings' escapes read: quotes, slashes, line breaks as spaces (the file's lines keep)
        text = text.replace('\\"', '"').replace("\\/", "/").replace("\\n", "  ")
    elif first in ("[", "{") and ('=\\"' in text or _JSON_ESCAPED_SCHEME in text) and _json_document(text):
        if _JSON_ESCAPED_SCHEME in text:  # addresses written with JSON's escaped slashes: "https:\/\/host\/a"
            text = text.replace("\\/", "/")
        text = text.replace('=\\"', '="').replace('\\">', '">')  # HTML attributes in its strings
    lines = Lines(text)
    parsed = Parsed(prose=text)
    cms = _json_value(json_source) if first in ("[", "{") and not json_feed else None
    found = find_urls(text)
    if "/" in text and (extra := schemeless_urls(text, found)):
        found = sorted([*found, *extra])
    # No "Media contact" anywhere: no link is in one (plain finds: even a literal-led regex is slow here).
    contacts = any(word in text for word in _CONTACT_WORDS)
    code = code_blocks(text)
    signature = signature_span(text)
    if any(text.startswith(("...", "\u2026"), end) for _, end, _ in found):
        found = [
            f for f in found if not (text.startswith(("...", "\u2026"), f[1]) and _cut_short(f[2], found))
        ]
    for start, end, url in found:
        line_start = lines.start_of(start)
        line_end_match = _EOL.search(text, end)
        line_end = line_end_match.start() if line_end_match else len(text)
        before = text[line_start:start]
        bracket = _BRACKET_TEXT.match(text, end)
        if bracket is None and text.startswith("|", end) and text[start - 1 : start] == "<":
            bracket = _SLACK_LABEL.match(text, end)
        elif bracket is None and text.startswith("][", end) and text[start - 2 : start] == "[[":
            bracket = _ORG_DESCRIPTION.match(text, end)
        elif bracket is not None and bracket.group("t").lower() == "/url":
            bracket = None  # BBCode's [url]https://...[/url]: no label
        opener = 0  # the markup before the URL that its label closes
        if bracket is None and end < len(text) and text[end] in "|]}":
            if text[end] == "|" and before.endswith("[["):
                bracket, opener = _WIKI_LABEL.match(text, end), 2
            elif text[end] == "]" and before[-5:].lower() == "[url=":
                bracket, opener = _BBCODE_LABEL.match(text, end), 5
            elif text[end] == "}" and before.endswith("\\href{"):
                bracket, opener = _LATEX_LABEL.match(text, end), 6
            elif text[end] == "}" and before.endswith("{{:"):
                bracket, opener = _ODOC_LABEL.match(text, end), 3
        elif bracket is None and text[end : end + 1] == " " and before.endswith(("[[ ", "[[")):
            # ``[[ URL | words ]]`` (Remarkup), ``[[URL | words]]`` (PmWiki)
            bracket, opener = _SPACED_WIKI_LABEL.match(text, end), 3 if before.endswith(" ") else 2
        # (Each test below looks at the link's own line, never the whole text: a search of every text for a
        # rare mark costs more than these tests on each link.)
        framed = None
        if bracket is not None:
            after = text[bracket.end() : line_end]
        else:
            if "[" in before[-320:] and text[end : end + 1] in ("]", " ", "\t"):
                framed = framing_label(
                    text, before, end
                )  # ``[[Title|url]]``, ``[url Title]``, ``[Title url]``
            elif before.endswith('href="') and text.startswith('">', end):
                framed = _anchor_label(text, before, end)  # ``<a href="url">Title</a>`` written in the text
            elif text.startswith(">`_", end):
                framed = rst_label(text, before, start, end)  # reST's `` `words <url>`_ ``
            elif before.endswith("(link: ") and text.startswith(" text: ", end):
                framed = _kirby_label(text, before, end)  # KirbyText's ``(link: url text: words)``
            if framed is not None:
                after = text[framed[1] : line_end]
                before = before[: framed[2]]
            else:
                after = text[end:line_end]
        gem_label = None
        if before[:2] == "=>" and bracket is None and framed is None and not before[2:].strip():
            # gemtext's link line, ``=> URL label``: the label after the URL is the link's words, as a
            # Markdown link's (added after the seventh site probe: a gemlog's labels were never titles)
            gem_label, after = after.strip(), ""
        if before.startswith("link:", len(before) - 5):
            before = before[:-5]
        elif bracket is not None and opener:
            before = before[:-opener]
        standalone = _LIST_MARKER.fullmatch(before) is not None or gem_label is not None
        if not standalone and before.endswith("[[") and text.startswith("][", end):
            standalone = _ORG_LEAD.fullmatch(before, 0, len(before) - 2) is not None  # "** [[url][Title]]"
        # An AsciiDoc image macro before the URL (``image::https://...[alt]``) shows a picture: no citation.
        link = Link(
            url=url,
            line=lines.line(start),
            pos=start,
            standalone=standalone,
            trailer=after.strip(" \t,;:-–—()[]") if standalone else "",
            boilerplate=is_boilerplate(before)
            or _COPYRIGHT_LINE.match(before) is not None
            or (before[-2:].rstrip()[-1:] in (":", "：") and follow_call(before, url))
            or before[-7:].lower().endswith(("image:", "image::", "[img]"))
            or (before.endswith((":: ", "::\t")) and _RST_PICTURE.search(before) is not None)
            or _NOT_CITED_LINE.match(before) is not None
            or (
                before[:1] in ("C", "L", "B", " ", "\t")
                and _GIT_TRAILER.fullmatch(before) is not None
                and _SIGNED_OFF in text
            )
            or (
                ("xmlns" in before or "chemaLocation" in before)
                and _XML_SCHEMA_ATTRIBUTE.search(before) is not None
            )
            or (contacts and _in_contact_block(text, line_start))
            or any(begin <= start < end for begin, end in code)
            or signature[0] <= start < signature[1]
            or (json_feed and _feed_address(text, before, end))
            or (cms is not None and before[-1:] == '"' and asset_key(before, url)),
        )
        if standalone and not link.trailer and framed is not None:
            link.trailer = _child_line(text, line_start, line_end)  # an outliner's note under its link
        quoted = None
        if before[:1] in TITLE_OPENERS and not after.strip():
            quoted = _quoted_line().fullmatch(before)
        if quoted is not None:  # a line that is a quoted title and its link: ``《三峡水库...》https://...``
            title = quoted.group("t")
            link.title = looks_like_title(title, url, standalone=True) or clean_text(title)
        elif standalone and not after.strip() and line_start > 2 and text[line_start - 2] in _CLOSERS_COLON:
            # A URL alone on its line under a line that is a quoted title, and only that (``"Will Russia
            # ...?"`` + URL line): the title, when its words are the URL's (a quoted statement is not).
            previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
            if previous[:1] in TITLE_OPENERS and (above := _quoted_line().fullmatch(previous)) is not None:
                link.title = looks_like_title(above.group("t"), url)
            elif _ends_quoted(previous) and (
                ending := _ending_title().search(previous, _ending_from(previous))
            ):
                # A line that ends with a quoted title after a label's colon or an entry's dash, or with a
                # quoted title and a colon (``Outlet, 29 August 2019 — «Title»``, ``Article "Title":``): the
                # title, when it reads as one unquoted (Title Case, the URL's words; a quoted statement not).
                link.title = looks_like_title(ending.group("t") or ending.group("c"), url)
        elif standalone and not after.strip() and line_start > 1:
            previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
            if ": " in previous:  # ``Outlet: Title (date)`` + the URL's line
                _outlet_title(previous.rstrip("\r"), link)
            elif previous.rstrip()[-1:] == ")" and previous.lstrip()[:1] == "(":
                _title_over_note(text, line_start - 1 - len(previous), previous.strip(), link)
        elif (
            not standalone
            and ": " in before
            and before.rstrip().endswith(("–", "—", " -"))
            and _outlet_title(before, link)
            and not link.trailer
            and after.strip().startswith("(")
        ):  # ``Outlet: Title – URL (date)``
            link.trailer = after.strip().strip("()")
        elif not standalone and before.endswith(") ") and (noted := noted_title(before, url)):
            link.title, link.trailer = noted  # ``"Title" (Outlet, Sept 29) https://...``
        if framed is not None:
            link.boilerplate = link.boilerplate or framed[3]  # TiddlyWiki's ``[img[alt|url]]``: a picture
            link.text = clean_text(framed[0])
        elif bracket is not None:
            link.text = clean_text(bracket.group("t"))
        elif gem_label:
            link.text = clean_text(gem_label)
            link.title = looks_like_title(link.text, url, standalone=True)
            link.title_from_text = link.title is not None
        elif before[-2:] in (": ", ":\t") and (target := _RST_TARGET.match(before)) is not None:
            # reST's ``.. _words: url``: the target stands alone on its line, as a list entry does, so its
            # words are read as a standalone link's (sentence case too; added after the fifth site probe)
            link.text = clean_text(target.group("t").strip("`"))
            link.title = looks_like_title(link.text, url, standalone=True)
        elif (
            before[:1] in (" ", "\t") and not before.strip() and (words := rst_target_above(text, line_start))
        ):
            link.text = clean_text(words)  # ``.. _words:`` + the URL indented on the next line
            link.title = looks_like_title(link.text, url, standalone=True)
        if framed is not None or bracket is not None:
            link.title = looks_like_title(link.text, url, standalone=standalone)
            link.title_from_text = link.title is not None
            link.quoted = link.text[:1] in '"“«„'
        parsed.links.append(link)
    placed = [(start, end, link) for (start, end, _), link in zip(found, parsed.links, strict=True)]
    read_entries(text, placed)
    read_markers(text, placed)
    bars = "|" in text  # (a digest's source lines have bars: no other text pays the look above each URL)
    for start, _, link in placed:
        untitled = link.title is None and link.error is None
        if untitled and text[start - 2 : start] in (", ", ",\n") and (cited := bluebook_cite(text, start)):
            title, outlet = cited[0], cited[1]  # (``outlet``: a name or ``None``)
            lead, _, tail = title.rpartition(", ")
            if lead and not outlet and names_host(tail, link.url):
                title, outlet = lead, tail  # ``Author, Title, Star Tribune (June 4, 2023),``: not in capitals
            link.title = looks_like_title(title, link.url, standalone=True) or link.title
            link.outlet = outlet or link.outlet
            if not link.outlet and names_host(cited[3], link.url):
                link.outlet = cited[3]  # the author is an organisation the host spells: its publisher
            link.date = cited[2] or link.date
        elif untitled and text[start - 2 : start] in (", ", ": "):
            _inline_entry(text, start, link)
        elif untitled and link.standalone and (nl := _entry_above(text, start)):
            _inline_entry(text, nl, link)  # the same reference, its URL alone on the next line
            link.trailer = without_quoted_titles(link.trailer)  # (the outlet is none the title names)
        elif bars and link.standalone and (head := _digest_title(text, start)) is not None:
            link.title = head
    for start, end, link in placed:  # a trailer on the next line, a date before the colon above (art49)
        if link.date is None and link.error is None and (value := date_a_line_away(text, start, end)):
            link.date = value
    if looks_like_bibtex(text):
        read_bibtex(text, placed)
    if looks_like_ris(text):
        read_ris(text, placed)
    if looks_like_yaml_records(text):
        read_yaml_records(text, placed)
    if (roles := looks_like_csv_log(text)) is not None and (copies := read_csv_log(text, roles, placed)):
        parsed.links = [link for link in parsed.links if id(link) not in copies]
    items = csl_json_items(json_source) if first == "[" else None
    if items is not None and (others := read_csl_json(items, placed)):
        parsed.links = [link for link in parsed.links if id(link) not in others]
    if first in ("[", "{") and (records := json_records(json_source, rows=items is None)) is not None:
        read_json_records(records, placed)  # a fact-check search's reviews, a bookmarking service's export
    parsed.date, parsed.date_line = dateline(text)
    if any(word in text for word in _FORWARD_WORDS):
        forward = forwarded_date(text)
        if forward is not None and (parsed.date_line is None or parsed.date_line < forward[1]):
            parsed.date, parsed.date_line = forward  # the forwarded article's day, not the forward's
    if parsed.date is None and page_date is not None:
        parsed.date = page_date
    if json_feed and parsed.date is None and (published := _JSON_FEED_DATE.search(text)):
        parsed.date, parsed.date_line = PartialDate.parse(published.group(1)), lines.line(published.start())
    if text.startswith("WARC/1.") and (published := _WARC_PAGE_DATE.search(text)):  # over a header's Date:
        parsed.date, parsed.date_line = PartialDate.parse(published.group(1)), lines.line(published.start())
    parsed.title = typst_heading or title_line(text)
    if cms is not None:
        _read_cms(cms, text, lines, parsed)
    return parsed


#: A rich-text tree's root in a JSON text (:func:`._cmsjson.rich_text_page`): ``"type": "doc"``,
#: ``"nodeType": "document"``, Lexical's ``"root"`` (in a JSON string too).
_RICH_TEXT_SIGN = lazy_re(
    r'"type"\s*:\s*"doc"|"nodeType"\s*:\s*"document"|\\?"root\\?"\s*:\s*\{'
    # (added after art36's leftovers) Draft.js's entity map, Prismic's spans, Mobiledoc's sections in a JSON
    # string, Editor.js's blocks, ANS's content elements, a Strapi component
    r'|"entityMap"\s*:|"spans"\s*:\s*\[|\\"sections\\"\s*:|"blocks"\s*:\s*\['
    r'|"content_elements"\s*:|"__component"\s*:'
)


def _json_value(text: str) -> object | None:
    """``text`` decoded when it is one JSON object or list (a CMS's record, :mod:`._cmsjson`), else None."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, (dict, list)) else None


def _read_cms(document: object, text: str, lines: Lines, parsed: Parsed) -> None:
    """What a CMS record's keys say (added after the thirty-sixth held-out batch, :mod:`._cmsjson`): its link
    previews' title, outlet and day on their links (the card's fields win: they are the page's own), and the
    story's title, day and address, over a dateline read from the record's other dates."""
    read_cards(document, parsed.links)
    record = cms_record(document)
    if record is None:
        return
    title, day, own, key = record
    parsed.title = title or parsed.title
    if day is not None:
        parsed.date, parsed.date_line = day, lines.line(max(text.find(f'"{key}"'), 0))
    parsed.url = own or parsed.url


#: A line under a title that underlines it (reStructuredText, Setext): one punctuation character repeated.
_UNDERLINE = lazy_re(r"[ \t]*([=\-~^*#+])\1{2,}[ \t]*")
#: A heading line's marks around its text: AsciiDoc's ``= Title``, gemtext's (and Markdown's) ``# Title``,
#: DokuWiki's ``====== Title ======`` (marks on both sides), Jira's ``h1. Title``.
_HEADING_MARKS = lazy_re(
    r"(?:=[ \t]|#[ \t]|(?P<wiki>={2,6})[ \t]*|h[1-6]\.[ \t])[ \t]*(?P<t>.+?)[ \t]*(?(wiki)={2,6})"
)
#: A first line that is a field, not a title: a mail header, a front-matter key ("From: ...", "Date: ..."); a
#: field's name has no digit (an issue key opening a title, "PLAT-4821: Upgrade ...", is no field).
_FIELD_LINE = lazy_re(r"[A-Za-z][A-Za-z_-]{0,30}:[ \t]")


#: A breadcrumb's separator: a bar, a guillemet or an angle bracket, or a slash, spaced.
_CRUMB_SEPARATOR = lazy_re(r"[ \t\u00a0]+[|›»>/][ \t\u00a0]+")
_CRUMB_SIGNS = ("|", "›", "»", ">", "/")


def _breadcrumb(line: str) -> bool:
    """A page's breadcrumb copied as the first line of a text (``Home | World | Middle East``, ``Төп бит |
    Дөнья | Якын Көнчыгыш``, ``Ana sayfa › Dünya › Orta Doğu``; art45): three parts or more between spaced
    separators, each a short name (three words and 30 characters at most, no sentence's full stop). A page
    title's site name after one bar (``Headline | Site``) is two parts, the headline long: no breadcrumb."""
    if not any(sign in line for sign in _CRUMB_SIGNS):
        return False
    parts = _CRUMB_SEPARATOR.split(line.strip())
    return len(parts) >= 3 and all(
        0 < len(part) <= 30 and len(part.split()) <= 3 and not part.endswith(".") for part in parts
    )


def title_line(text: str, *, crumbs: bool = True) -> str | None:
    """The article's title in plain text: its first line, when a blank line (or an underline, or a dateline)
    follows it and it reads as a headline: three words or more (six characters of Chinese, Japanese or
    Korean), at most 150 characters, no URL, no date, not in capitals (a label), not mostly numbers (a running
    header), not a field (``From: ...``) and no sentence (no full stop at its end).
    AsciiDoc's ``= Title`` is read without its ``=``; an Org-mode file's ``#+TITLE:`` line is its title.
    A breadcrumb's line over a blank line is passed over: the title is the line after it (``crumbs``)."""
    head = text.lstrip()[:600]
    if head[:8].upper() == "#+TITLE:":  # an Org-mode file's title keyword
        title = clean_text(head[8:].partition("\n")[0])
        return title if 0 < len(title) <= 150 else None
    lines = LINE_BREAK.split(head, maxsplit=2)
    if len(lines) < 2:
        return None
    first, second = lines[0].strip(), lines[1]
    if _breadcrumb(first):  # a breadcrumb is never the title: the line after it may be, once
        return (
            title_line(lines[2], crumbs=False) if crumbs and len(lines) == 3 and not second.strip() else None
        )
    if second.strip() and _UNDERLINE.fullmatch(second) is None and dateline(second)[0] is None:
        return None  # (a dateline may follow a headline at once: "Opublikowano: 14.03.2024 09:12")
    if (
        first[:1] in "=#h"
    ):  # a heading's marks: AsciiDoc's "= T", gemtext's "# T", DokuWiki's "====== T ======"
        heading = _HEADING_MARKS.fullmatch(first)  # and Jira's "h1. T"
        if heading is not None:
            first = heading.group("t")
    if not 10 <= len(first) <= 150 or first.endswith((".", ",", ";", ":")) or _FIELD_LINE.match(first):
        return None
    if "://" in first or "www." in first or first.isupper():
        return None  # a link, or a label in capitals ("FOR IMMEDIATE RELEASE")
    if parse_date(first, allow_year=False) is not None or find_dmy(first) is not None:
        return None  # a dateline ("Sevilla, 8 de mayo de 2024")
    tokens = first.split()
    if len(tokens) < 3 and cjk_count(first) < 6:
        return None  # fewer than three words, or six characters of a script written without spaces
    if 2 * sum(1 for token in tokens if any(map(str.isdigit, token))) >= len(tokens):
        return None  # a running header of numbers ("Case 3:24-cv-00871 Document 27 Filed 05/13/24 Page 7")
    return clean_text(first)


#: An Org-mode timestamp as a ``#+DATE:`` keyword holds it: ``<2024-03-05 Tue>``, ``[2024-03-05 Tue 10:00]``.
_ORG_TIMESTAMP = lazy_re(r"[<\[]?(?P<d>\d{4}-\d{2}-\d{2})(?:[ \t][^\]>\r\n]*)?[\]>]?")


def org_date(value: str) -> PartialDate | None:
    """The date an Org-mode file's ``#+DATE:`` keyword gives (a timestamp, ``<2024-03-05 Tue>``, or a date
    written out), else ``None``. Why: it is the note's own date, as a front matter's ``date`` is a Markdown
    post's (added after the fifth site probe: an Org note had no date, so no source could postdate it)."""
    value = value.strip()
    stamp = _ORG_TIMESTAMP.fullmatch(value)
    return parse_date(stamp.group("d") if stamp is not None else value, allow_year=False)


#: The header of a forwarded message in a mail's body, behind any quotation marks: Gmail's "----------
#: Forwarded message ---------", Thunderbird's "-------- Forwarded Message --------", Apple Mail's "Begin
#: forwarded message:", a Russian client's "-------- Пересылаемое сообщение --------", and Gmail's and
#: Thunderbird's in other languages (German "Weitergeleitete Nachricht", French "Message transféré", Spanish
#: "Mensaje reenviado", Italian "Messaggio inoltrato", Portuguese "Mensagem encaminhada", Dutch "Doorgestuurd
#: bericht": added after the seed25 probe). Not Outlook's "-----Original Message-----" alone
#: (:data:`_ORIGINAL_MARK`), which heads a reply's quotation as often as a forward.
_FORWARD_MARK = lazy_re(
    r"^[ \t>]*(?:-{2,}[ \t]*(?:[Ff]orwarded [Mm]essage|Пересылаемое сообщение|Weitergeleitete Nachricht"
    r"|Message transféré|Mensaje reenviado|Messaggio inoltrato|Mensagem encaminhada|Doorgestuurd bericht)"
    r"[ \t]*-{2,}|Begin forwarded message:)[ \t]*\r?$",
    re.MULTILINE,
)
#: Outlook's header of the message below (English, German, French; Italian, Spanish, Portuguese and Dutch
#: added after the seed26 probe): a forward's when the mail's subject says so (:data:`_FORWARD_SUBJECT`),
#: else the quotation a reply answers (seed25).
_ORIGINAL_MARK = lazy_re(
    r"^[ \t>]*-{3,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Messaggio originale"
    r"|Mensaje original|Mensagem original|Oorspronkelijk bericht)[ \t]*-{3,}[ \t]*\r?$",
    re.MULTILINE | re.IGNORECASE,
)
#: A ``Subject:`` line (``Betreff:``, ``Objet :``, ``Oggetto:``) whose subject is a forward's: ``FW:``,
#: ``Fwd:``, and the prefixes Outlook writes in other languages (German ``WG:``, French ``TR:``, Spanish
#: ``RV:``, Portuguese ``ENC:``, Dutch ``Doorst:``, Nordic ``VS:``/``VB:``, Polish ``PD:``, Italian ``I:``,
#: seed26: the letter alone before the colon, so ``Iraq:`` is none).
_FORWARD_SUBJECT = lazy_re(
    r"^[ \t>]*(?:Subject|Betreff|Objet|Asunto|Assunto|Onderwerp|Oggetto)[ \t]*:[ \t]*"
    r"(?:FWD?|WG|TR|RV|ENC|Doorst|VS|VB|PD|I)[ \t]*:",
    re.MULTILINE | re.IGNORECASE,
)
#: Substrings one of the forward headers above holds (a cheap test before the patterns).
_FORWARD_WORDS = (
    "orwarded", "ересылаем", "eitergeleitet", "transféré", "reenviado", "inoltrato", "encaminhad",
    "oorgestuurd", "riginal Message", "RIGINAL MESSAGE", "rsprüngliche", "d'origine", "riginale",
    "ensaje original", "ensagem original", "orspronkelijk",
)  # fmt: skip
#: The forwarded message's date line, within the header's first lines: ``Date:`` (``Sent:``, ``Дата:``, and
#: the labels of the languages above: ``Datum:``, ``Gesendet:``, ``Envoyé :``, ``Fecha:``, ``Enviado:``,
#: ``Data:``, ``Inviato:``, ``Verzonden:``; Outlook's Spanish ``Enviado el:`` and Portuguese ``Enviada em:``,
#: seed26).
_FORWARD_DATE = lazy_re(
    r"^[ \t>]*(?:Date|Sent|Дата|Datum|Gesendet|Envoyé|Fecha|Enviado(?: el)?|Enviada em|Data|Inviato"
    r"|Verzonden)[ \t]*:[ \t]*(?P<date>[^\r\n]{6,80})\r?$",
    re.MULTILINE,
)
#: How many lines after a forward's header its date line may stand (From, Date, Subject, To, Cc).
_FORWARD_SPAN = 8


def forwarded_date(text: str) -> tuple[PartialDate, int] | None:
    """The day a forwarded mail's article was first sent, and its line: the ``Date:`` line of the last
    (innermost) forwarded-message header (:data:`_FORWARD_MARK`) in ``text``'s first 20,000 characters; a
    mail forwarded twice is the first sender's article, whose day is its own (added after the seed24 probe;
    the outer ``Date:`` header is the forward's). Outlook's ``-----Original Message-----`` counts as such a
    header when a ``Subject:`` line says the mail is a forward (``FW:``; seed25), not under a reply's ``RE:``.
    ``None`` when no header is followed by a date line, or when a link stands above the first header (after
    the mail's own header block): the forwarder's own text then cites, and is the article (seed25)."""
    head = text[:20_000]
    marks = [m.span() for m in _FORWARD_MARK.finditer(head)]
    if _FORWARD_SUBJECT.search(head) is not None:
        marks.extend(m.span() for m in _ORIGINAL_MARK.finditer(head))
    if not marks:
        return None
    body = head.find("\n\n", 0, 5000)  # after a mail's own header block, when the text opens with one
    if "://" in head[max(body, 0) : min(marks)[0]]:
        return None  # the forwarder wrote the links above the forwarded message: theirs is the article
    start = max(marks)[1]
    end = start
    for _ in range(_FORWARD_SPAN + 1):
        end = head.find("\n", end + 1)
        if end < 0:
            end = len(head)
            break
    found = _FORWARD_DATE.search(head, start, end)
    if found is None:
        return None
    value = parse_date_field(found.group("date"))  # month names of more languages: ``jeu. 9 janv. 2020``
    if value is None or value.day is None:
        return None
    return value, head.count("\n", 0, found.start()) + 1


def dateline(text: str, *, first_line: int = 1) -> tuple[PartialDate | None, int | None]:
    """The article's own date from a dateline near the top, and its line: a ``Published: ...`` line first,
    then a line that is nothing but a date (month names of more languages read there too: ``16 квітня
    2024, 18:45``, ``Madrid, 4 de febrero de 2025``) or a wire dateline opening a paragraph (``HAMBURG,
    Germany — October 2, 2024 — ...``); ``Updated: ...`` only when there is nothing else."""
    updated: tuple[PartialDate, int] | None = None
    plain: tuple[PartialDate, int] | None = None
    seen = 0
    head = text[:5000]
    if "\r" in head:  # (the lines LINE_BREAK splits, split by plain finds: the regex tries every position)
        head = head.replace("\r\n", "\n").replace("\r", "\n")
    for number, line in enumerate(head.split("\n"), start=first_line):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        if _RECORD_FIELD.match(stripped) is not None:
            continue  # a reference record's field (``date = {2020-01-09},``, ``DA  - 2020/01/09/``): its date
        if stripped[:2] == "#+" and stripped[2:7].upper() == "DATE:" and (org := org_date(stripped[7:])):
            return org, number  # an Org-mode file's ``#+DATE:`` keyword
        wire = _WIRE_DATELINE.match(stripped)  # "HAMBURG, Germany — October 2, 2024 — Company today..."
        if wire is not None and plain is None:
            wire_date = parse_date(wire.group("date"), allow_year=False)
            if wire_date is not None:
                plain = (wire_date, number)
                continue
        place = _PLACE_DATELINE.match(stripped) if plain is None and len(stripped) > 100 else None
        if place is not None and place.group("place")[0].isupper():  # "Київ, 9 травня 2024, 12:30 — ..."
            written = place.group("date")
            place_date = written_date(written)
            if place_date is not None and place_date.day is not None:
                plain = (place_date, number)
                continue
        if len(stripped) > 100:
            continue
        if " by " in stripped and (made := _MADE_BY.match(stripped)) is not None:
            made_date = parse_date(made.group("date"), allow_year=False)
            if made_date is not None and made_date.day is not None:
                if not (made.group("upd") or made.group("upd0")):
                    return made_date, number  # "Created by Rosa Patel on Jan 10, 2020"
                updated = updated or (made_date, number)
                continue
        candidates = [stripped]
        if plain is None and _PART_SEPARATOR.search(stripped) is not None:
            # "Prepared for the Board – Date: 3 April 2024", "By Jo Roe | Published 9 Jan 2020 | 4 min read"
            parts = _PART_SEPARATOR.split(stripped)
            for part in parts[1:]:
                part_prefix = _DATELINE_PREFIX.match(part)
                if part_prefix is not None and part_prefix.group("pub"):
                    rest = part[part_prefix.end() :]
                    value = parse_date(rest, allow_year=False)
                    if value is not None and _mostly_date(rest):
                        return value, number
            # "London, 13 August 2024, 11:20 | By Jo Roe": the first part alone, when the line is not a date;
            # "World · 10 January 2020, 11:15 · Photo: host": a later part that is a date.
            candidates.extend(parts)
        for candidate in candidates:
            prefix = _DATELINE_PREFIX.match(candidate)
            rest = candidate[prefix.end() :] if prefix else candidate
            value = parse_date(rest, allow_year=False)
            mostly = None
            if value is None:
                mostly = _mostly_date(rest)
                if mostly:  # "16 квітня 2024, 18:45", "Madrid, 4 de febrero de 2025"
                    value = parse_date_field(rest) or _written_day(rest)
            if value is None or _EXPIRY_LABEL.match(candidate) is not None:
                continue
            if mostly is None:
                mostly = _mostly_date(rest)
            if prefix and prefix.group("pub") and mostly:  # not "published by the ZIV on 13 March"
                return value, number
            if prefix and prefix.group("upd"):
                updated = updated or (value, number)
                break
            if plain is None and mostly:
                plain = (value, number)
                break
    found = plain or updated
    return (found[0], found[1]) if found else (None, None)


#: A field of a reference record near the top of a bibliography (added after the seed20 probe, where a BibTeX
#: file's and an RIS file's first entry's date was read as the date of an article the file is not): a BibTeX
#: field whose value is braced or quoted before its comma (``date = {2020-01-09},``; not TOML's ``date =
#: "2020-01-09"``, a front matter's own date), an RIS tag line (``DA  - 2020/01/09/``, two capitals, two
#: spaces, a dash).
_RECORD_FIELD = lazy_re(r'[A-Za-z][\w-]*[ \t]*=[ \t]*(?:\{|"[^"\n]*",)|[A-Z][A-Z0-9]  - ')


#: A date's label that says it is when the document lapses, not when it appeared (an Internet-Draft's
#: ``Expires: 12 September 2024`` in its first page's header, beside its date; added after the
#: twenty-third held-out batch): no dateline.
_EXPIRY_LABEL = lazy_re(r"\W*(?:expires|expiry|expiration|valid until)\b", re.IGNORECASE)


def rfc_references(text: str) -> str:
    """``text`` with each reference entry of an RFC or Internet-Draft on one line (added after the
    twenty-third held-out batch): xml2rfc writes an entry as its anchor three spaces in (``   [RFC9110]``)
    and the entry after it, or on the next line, wrapped into lines indented under it (``Fielding, R., Ed.,
    ... "HTTP Semantics", STD 97, RFC 9110,`` / ``DOI ..., June 2022,`` / ``<https://...>.``); joined, the
    entry reader reads its quoted title and its month as one entry's. The lines joined are added back after
    the entry, so the lines after it stay where they were. Its numbered reference headings (``4.
    References``, ``4.2.  Informative References``) are read as ``References`` (a reference section's heading
    has no number: :data:`~._entries._SECTION_HEADING`). Looked for only in a text holding a line that opens
    with ``   [``."""
    if "\n   [" not in text:
        return text
    return _RFC_HEADING.sub(_plain_heading, _RFC_ENTRY.sub(_joined_entry, text))


#: An RFC reference entry: its anchor three spaces in, then lines indented six spaces or more.
_RFC_ENTRY = lazy_re(r"^   \[[^\]\s]{1,40}\](?:[ \t]+\S[^\n]*)?(?:\n[ \t]{6,}\S[^\n]*)+", re.MULTILINE)


#: An RFC's numbered reference heading (``4.  References``, ``7.2.  Informative References``).
_RFC_HEADING = lazy_re(
    r"^\d{1,2}(?:\.\d{1,2})*\.[ \t]+(?:Normative[ \t]+|Informative[ \t]+)?References[ \t]*$", re.M
)


def _plain_heading(m: re.Match[str]) -> str:
    return "References"


def _joined_entry(m: re.Match[str]) -> str:
    lines = m.group().split("\n")
    return "   " + " ".join(line.strip() for line in lines) + "\n" * (len(lines) - 1)


#: A wire-style dateline opening the first paragraph: a place in capitals, then the date between dashes.
_WIRE_DATELINE = lazy_re(
    r"^(?P<place>[A-Z][A-Z .'-]{1,40})(?:,[ \t]*[A-Z][\w .]{1,30})?[ \t]*[—–]{1,2}[ \t]*"
    r"(?P<date>[^—–\r\n]{6,40}?)"
    r"[ \t]*[—–]{1,2}[ \t]"
)
#: A dateline opening a paragraph the other way round: a place (a capitalised word or two, any script), a
#: comma, the date and perhaps a time, then a dash and the story (``Київ, 9 травня 2024, 12:30 — ...``).
_PLACE_DATELINE = lazy_re(
    r"^(?P<place>[^\W\d_][^\W\d_'-]{1,30}(?:[ -][^\W\d_]{2,30})?),[ \t]*"
    r"(?P<date>[^—–\r\n,]{6,30}?)(?:,?[ \t]+\d{1,2}[:.]\d\d)?[ \t]+[—–][ \t]"
)
#: What separates the parts of a byline or a document's header line: a spaced dash, a bar or a dot.
_PART_SEPARATOR = lazy_re(r"[ \t\u00a0](?:[ \t\u00a0]*[–—|·•][ \t\u00a0]+|[ \t\u00a0]{2,})")
#: The word that opens a byline, which names the authors before the date.
_BYLINE_WORDS = frozenset(["by", "von", "par", "por", "di", "door", "av", "af", "przez", "автор", "авторы"])
#: Words a dateline holds besides its date (month and weekday names are not counted either).
_DATELINE_WORDS = frozenset(
    [
        "de",
        "del",
        "р",
        "г",
        "года",
        "um",
        "uhr",
        "à",
        "às",
        "h",
        "at",
        "on",
        "am",
        "pm",
        "r",
        *"年月日時时分秒년월일시분초",
    ]
)


#: Every word a dateline may hold besides its place: month and weekday names (the opted-in languages' months
#: too: ``10 ta' Jannar 2020``, artdates2) and :data:`_DATELINE_WORDS`.
_DATE_WORDS = frozenset([*FIELD_MONTHS, *OPT_IN_MONTHS, *WEEKDAYS, *_DATELINE_WORDS])
#: A date written in digits and separators only (``2024-03-14``, ``14.03.2024 09:12``).
_ALL_NUMERIC_DATE = lazy_re(r"[\d\s:./T+Z-]+")
#: A word: letters only; in ASCII text, the same words by a plain range (the categories cost more).
_WORD = lazy_re(r"[^\W\d_]+")
_ASCII_WORD = lazy_re(r"[a-z]+")


#: The abbreviated word "year" after a year, as Ukrainian (``р.``, ``рр.``) and Russian (``г.``, ``гг.``)
#: dates end (``10 січня 2020 р.``), at a line's end (added after the twentieth held-out batch).
_YEAR_WORD = lazy_re(r"(?<=\d{4})[ \t\u00a0]*(?:р|рр|г|гг)\.$")
#: Thai's ``น.`` (``นาฬิกา``, "o'clock") after a time at a line's end (``เผยแพร่: 20 มี.ค. 2567 10:35 น.``;
#: artdates8): the hour's abbreviation, not a sentence's end.
_THAI_HOURS = lazy_re(r"(?<=\d\d)[ \t\u00a0]*น\.$")


def _written_day(text: str) -> PartialDate | None:
    """The first day with its year that the prose's month readers find in ``text``, a line that is mostly a
    date (artdates8): Hungarian's year first, between a place and a weekday (``Budapest, 2024. május 22.,
    szerda 15:40``), which the whole-value reader does not take apart."""
    for _, (month, day, year) in month_day_matches(text, 1):
        if year is not None:
            return to_partial(year, month, day)
    return None


def _mostly_date(text: str) -> bool:
    """A line that is a date (perhaps with a weekday, a time and a place), not a sentence mentioning one:
    at most three words besides month and weekday names (a place, a version), seven after a byline's
    ``By``."""
    if _ALL_NUMERIC_DATE.fullmatch(text.strip()):
        return True
    if text.endswith(("р.", "г.")) and (year_word := _YEAR_WORD.search(text)) is not None:
        text = text[: year_word.start()]  # "10 січня 2020 р.": the year's abbreviation, not a sentence's end
    if text.endswith("น.") and (hours := _THAI_HOURS.search(text)) is not None:
        text = text[: hours.start()]  # "20 มี.ค. 2567 10:35 น.": Thai's "o'clock" after a time (artdates8)
    if text.rstrip().endswith((".", "!", "?", ":")):
        return False
    lowered = text.lower()
    words = (_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered)
    if len(words) <= 3:
        return True
    # A byline before the date ("By Mary Ann Smith and Jo Roe, 9 January 2020") names its authors.
    most = 7 if words[0] in _BYLINE_WORDS else 3
    return len(words) <= most or len([w for w in words if w not in _DATE_WORDS]) <= most
