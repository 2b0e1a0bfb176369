"""``extract_metadata``: the page's headline, dates, site name, canonical URL and language.

The cascade, from the most reliable and cheapest strategy to the last resort (htmldate's ``core.py`` style;
the knowledge each step uses lives in :mod:`linkcheck.extract.tables`)::

    published / modified                         title
    1. JSON-LD  (article types, @graph, lists)   og:title, twitter:title, JSON-LD headline, <h1> (an <h2>
    2. Open Graph article:published_time         when there is no h1), citation/DC title metas, <title>,
    3. itemprop microdata                        each stripped of site-name affixes, then a weighted vote
    4. Dublin Core and newsroom meta names       (agreeing candidates add up; a logo h1 or a title that is
    -- the head usually answers by here:           only the site name loses)
       the body is parsed only when it did not --
    5. body microdata/RDFa, then <time datetime> near the headline, published/updated hints
    6. the date in the URL path
    7. visible date text near the headline (nine languages)

A date before 1990 counts only when the page states it twice; a date after tomorrow never counts. Error
pages and front pages get no date from steps 5-7 (their lists show other pages' dates). A head whose every
publication date is the day of the fetch, beside an earlier byline, was stamped at render time: the body's
dates answer instead (``_render_stamped``).

A live page (JSON-LD ``liveBlogUpdate``) also offers its entries' headlines as title candidates
(``live-entry``), after its own title is chosen: a story folded into the day's live page is one of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import logging
import operator
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import lru_cache
from html import unescape
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree  # type: ignore[import-untyped]

from linkcheck.classify import CHALLENGE_MARKERS
from linkcheck.extract import tables as T
from linkcheck.extract.authors import (
    JOINED_SPACES,
    STAFF_INITIALS,
    STAFF_STARTS,
    STATE_TITLE_MIN,
    above_headline_authors,
    byline_authors,
    joined_names,
    jsonld_authors,
    may_credit,
    meta_authors,
    own_desk,
    own_only,
    record_authors,
    run_on_names,
    state_authors,
    without_staff_credits,
)
from linkcheck.extract.dates import (
    MIN_YEAR,
    YEARLESS_DATE,
    ParsedDate,
    ascii_digits,
    clock_times,
    date_from_url,
    dotted_clock,
    find_text_dates,
    h_clock_times,
    is_plausible,
    local_from_clock,
    local_from_text,
    local_today,
    parse_date_string,
    plain_url_split,
    short_weekday_number,
    weekday_number,
    yearless_dates,
    yearless_month_day,
    zone_for_day,
)
from linkcheck.extract.decode import decode_html, doubled_marks
from linkcheck.extract.feeds import AtomDocument, atom_document
from linkcheck.extract.jsonld import iter_nodes, load_jsonld, node_types, text_value
from linkcheck.extract.titles import (
    _is_site_part,
    _separators,
    clean_text,
    host_labels,
    is_clean,
    is_host_name,
    names_site,
    normalize_title,
    squash,
    strip_affixes_by_keys,
    strip_clean_affixes,
    wanted_titles,
)
from linkcheck.lazyre import lazy_re
from linkcheck.media import binary_format
from linkcheck.memo import PAGE_KEYS
from linkcheck.models import Author, ExtractedDate, Metadata, TitleCandidate
from linkcheck.months import SEASONS, SOUTHERN_REGIONS
from linkcheck.names import fold, hosts_of, news_slogan, slug_words
from linkcheck.soft404 import (
    has_error_phrase,
    is_article_url,
    is_blocked_title,
    is_error_title,
    is_search_echo,
)
from linkcheck.tagflood import capped_tags

__all__ = ["extract_metadata"]

log = logging.getLogger(__name__)

#: Characters of a page we look at (5 MiB of text is far beyond any real article's head and headline).
_MAX_CHARS = 5_000_000
#: Elements walked in the body at most; visible text collected near the headline.
_MAX_ELEMENTS = 30_000
_AFTER_H1_CHARS = 1500
_BEFORE_H1_CHARS = 300
_NO_H1_CHARS = 2500
#: How far after the headline an unlabelled date may sit and still be the page's (bylines are close).
_UNLABELLED_REACH = 700
#: How close to the headline an unlabelled date is the byline's (a date further on may be the story's: "On
#: March 3 the council ..."), in characters of text and in headings and <time>s after the headline.
_BYLINE_REACH = 200
_BYLINE_ELEMENTS = 2
#: Elements visited at most when reading text near the headline.
_MAX_WALK = 3000
_MAX_SCRIPT_CHARS = 500_000

# Case-insensitive by character classes: re.IGNORECASE defeats the engine's literal-prefix scan, which
# costs milliseconds on a large page.
_HEAD_END = lazy_re(r"<[bB][oO][dD][yY][\s>]|</[hH][eE][aA][dD]\s*>")
_XML_DECL = lazy_re(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
#: The start tag of a page's ``<h1>`` and its end tag (:func:`_first_h1`).
_H1_OPEN = lazy_re(r"<[hH]1\b[^>]*>")
_H1_CLOSE = lazy_re(r"</[hH]1\s*>")
#: The characters of markup an ``<h1>`` holds at most for :func:`_first_h1` to read it.
_H1_CHARS = 2000
_TAG_RE = lazy_re(r"<[^>]*>")
#: XPath queries, compiled once per thread (the checker may extract in worker threads; lxml's own advice is
#: not to share one evaluator between threads).
_XPATH_SOURCES: dict[str, str] = {
    "props": ".//*[@itemprop or @property]",
    # Also every element marked as an entry's title (hAtom "entry-title", microformats2 "p-name"): one query
    # serves :func:`_find_headline` and :func:`_marked_headline` (see :func:`_headline_elements`).
    "headline": ".//h2 | .//h3 | .//*[contains(@class, 'title') or contains(@class, 'Title')"
    " or contains(@class, 'headline') or @itemprop='headline' or contains(@class, 'p-name')]",
    # Elements classed as a topic (:func:`_classed_headline`, asked only where the body's markup says "topic":
    # one more test in the query above, for every element of every page, cost ~4 %; ext69).
    "topic": ".//*[contains(@class, 'topic')]",
}
_THREAD = threading.local()


#: What a heading's permalink anchor writes after its text (Sphinx's and MkDocs' "¶", "§", a link emoji).
_PERMALINK_MARKS = "¶§🔗"


def _heading_text(text: str) -> str:
    """A heading's text without the permalink anchor documentation generators append to it
    (``Rotating signing keys¶``): the mark is no part of the title."""
    if text and text[-1] in _PERMALINK_MARKS:
        return text.rstrip(" " + _PERMALINK_MARKS)
    return text


#: Classes that hide an element from the eye and keep it for screen readers (Bootstrap's ``sr-only`` and
#: ``visually-hidden``, WordPress's ``screen-reader-text``, Drupal's ``element-invisible``, ...).
_HIDDEN_CLASSES = frozenset(
    {
        "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
        "element-invisible", "u-visually-hidden", "a11y-hidden", "hidden-visually", "sr-text",
    }
)  # fmt: skip


#: A letter: what a date element's text has none of once its date is taken out (:func:`_only_a_date`).
_LETTER = lazy_re(r"[^\W\d_]")
#: A heading's last element, when the heading's markup ends with it (:func:`_h1_markup_without_date`).
_LAST_ELEMENT = lazy_re(r"<(span|time|small|em|i|b|div|p)\b[^>]*>((?:(?!<\1\b).){0,200}?)</\1\s*>\s*$", re.S)


def _only_a_date(text: str) -> bool:
    """Whether ``text`` is one date and nothing else that is a word (a clock, an icon's empty text,
    punctuation): ``09 yanvar 2020 14:05``, ``9.01.2020 | 14:05``. What a template writes into a heading
    after the headline; a headline ending in a date (``Protests of 9 August 2020``) has words beside it."""
    if len(text) > 60 or not any(c.isdigit() for c in text):
        return False
    dates = list(find_text_dates(text))
    if len(dates) != 1:
        return False
    _value, start, end = dates[0]
    return _LETTER.search(text[:start] + text[end:]) is None


def _heading_date_child(el: Any) -> Any | None:
    """The child element that ends a heading, when its text is only a date (:func:`_only_a_date`) and the
    heading has a headline's words before it (:func:`_headline_words`): ``<h1>Headline <span class="date">
    <i class="icon"></i> 09 yanvar 2020 14:05</span></h1>``, a theme printing the byline inside the h1. That
    date is the byline's, not the headline's: :func:`_walk_body` moves the element out, after the heading,
    where the byline reader looks for it and the title's text does not hold it. ``None`` for any other
    heading (most have no child)."""
    children = [child for child in el if isinstance(child.tag, str)]
    if not children:
        return None
    last = children[-1]
    if (last.tail or "").strip() or not _only_a_date(clean_text(_text(last))):
        return None
    before = (el.text or "") + "".join(_text(c) + (c.tail or "") for c in children[:-1])
    return last if _headline_words(before) else None


def _headline_words(text: str) -> bool:
    """Is ``text`` (what a heading holds before its date element) a headline's words, not a label naming the
    date (WordPress's archive heading ``Day: <span>June 12, 2019</span>``, ``Archives:``)? Two words at least,
    not ending in a colon."""
    text = text.strip()
    return len(text.split()) >= 2 and not text.endswith(":") and _LETTER.search(text) is not None


def _h1_markup_without_date(markup: str) -> str:
    """The h1's markup, as the head's reader takes it (:func:`_first_h1`), without a last element that is only
    a date (:func:`_heading_date_child`'s rule, on markup): the title then holds the headline alone."""
    last = _LAST_ELEMENT.search(markup) if "</" in markup else None
    if last is None or not _only_a_date(clean_text(_TAG_RE.sub(" ", last.group(2)))):
        return markup
    before = markup[: last.start()]
    return before if _headline_words(unescape(_TAG_RE.sub(" ", before))) else markup


#: What opens a thread's type or a category written as a bracketed link before a heading's text.
_TYPE_OPENERS = ("[", "【")
_TYPE_CLOSERS = ("]", "】")


def _without_type_link(el: Any, heading: str) -> str:
    """``heading`` (the text of the h1 ``el``) without a bracketed link it opens with: a forum thread's type
    or board (Discuz!'s ``<h1 class="ts"><a href="...">[交通]</a> <span id="thread_subject">...</span>
    </h1>``, phpBB's and vBulletin's prefixes), a link to other threads, no part of the subject. Not when text
    stands before the link, or the link's text is no short bracketed text (3-20 characters), or no letter
    follows it. The forty-seventh held-out batch."""
    first = el[0]
    if first.tag != "a" or (el.text or "").strip():
        return heading
    label = clean_text(_text(first))
    if not (3 <= len(label) <= 20 and label[:1] in _TYPE_OPENERS and label[-1:] in _TYPE_CLOSERS):
        return heading
    rest = heading[len(label) :].strip() if heading.startswith(label) else ""
    return rest if _LETTER.search(rest) else heading


def _hidden_label(el: Any) -> bool:
    klass = el.get("class")
    return bool(klass) and not _HIDDEN_CLASSES.isdisjoint(klass.lower().split())


def _visible_text(el: Any) -> str:
    """An element's text without its children hidden for screen readers (:data:`_HIDDEN_CLASSES`): a heading
    opening with ``<span class="sr-only">News: </span>`` shows, and is titled by, the rest alone. The
    element's text as :func:`_text` reads it when it has no child element (most headings), or no hidden
    one."""
    if len(el) == 0 or not any(_hidden_label(child) for child in el.iter() if child is not el):
        return _text(el)
    parts: list[str] = []

    def visit(node: Any) -> None:
        if node is not el and (not isinstance(node.tag, str) or _hidden_label(node)):
            return
        parts.append(node.text or "")
        for child in node:
            visit(child)
            parts.append(child.tail or "")

    visit(el)
    return "".join(parts)[:5000]


def _xpath(name: str, node: Any) -> list[Any]:
    compiled: dict[str, Any] | None = getattr(_THREAD, "xpaths", None)
    if compiled is None:
        compiled = _THREAD.xpaths = {key: etree.XPath(src) for key, src in _XPATH_SOURCES.items()}
    result = compiled[name](node)
    return result if isinstance(result, list) else []


#: Elements whose text is never visible prose.
_SKIP_TEXT_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "select", "button", "iframe", "head"}
)
_DATE_PROP_WORD = lazy_re(r"""\s*=\s*["']?[^"'>]{0,40}(?:[dD]ate|[cC]reated|[iI]ssued|[mM]odified)""")
_HOME_PATH = lazy_re(r"/(?:index\.\w+|home|[a-z]{2}(?:-[a-z]{2})?)/?")
_LASTMOD_ID = 'id="footer-info-lastmod"'
_LASTMOD_LINE = lazy_re(r"(.{0,400}?)</li>", re.DOTALL)
_DIGITS_ONLY = lazy_re(r"[\d\W_]+")
#: A single colon after a title's first part: "Analysis: Headline" is a kicker, not a site name.
_KICKER_COLON = lazy_re(r"\s*:(?!:)")
_URLISH = lazy_re(r"^(?:https?:)?//|^www\.", re.IGNORECASE)

#: Title sources in order of preference, with their weight in the vote.
_TITLE_WEIGHTS: dict[str, float] = {
    "opengraph": 3.0,
    "json-ld": 3.0,
    "twitter": 1.0,  # usually a copy of og:title: agreeing with it is not a second opinion
    "h1": 3.0,
    "headline": 3.0,  # the element marked as the entry's title, read only when there is no h1
    "h2": 1.0,
    "meta": 1.0,
    "title-tag": 2.0,
}
#: Each source's place in that order (a dict lookup, not ``list.index``).
_TITLE_RANK = {source: rank for rank, source in enumerate(_TITLE_WEIGHTS)}
#: The weight of an h2 that is the whole ``<title>`` (nothing stripped from it): with the ``<title>``'s own,
#: more than an h1 that neither repeats.
_WHOLE_TITLE_H2 = 2.0
_REPETITION_SOURCES = frozenset({"title-tag", "twitter", "meta"})
#: Steps 2-4 of the cascade: meta names by strategy, in order; and each name's group.
_META_GROUPS: tuple[tuple[tuple[str, ...], str, bool], ...] = (
    (T.OG_PUBLISHED, "opengraph", False),
    (T.OG_MODIFIED, "opengraph", True),
    (("datepublished", "datecreated"), "microdata", False),
    (("datemodified",), "microdata", True),
    (T.META_PUBLISHED, "meta", False),
    (T.META_MODIFIED, "meta", True),
)
_META_GROUP_OF: dict[str, int] = {}
for _index, (_names, _source, _modified) in enumerate(_META_GROUPS):
    for _name in _names:
        _META_GROUP_OF.setdefault(_name, _index)


@dataclass
class _Cand:
    value: dt.date
    timestamp: dt.datetime | None
    source: str
    modified: bool
    #: A body date where a byline puts the page's own (labelled, machine-marked, right after the headline,
    #: or in the URL): one that can contradict a head stamped at render time (:func:`_render_stamped`).
    byline: bool = False
    #: A day and month printed without a year, given the latest year that puts it no later than the fetch
    #: (:func:`_yearless_clock_published`): :attr:`ExtractedDate.year_stated` is ``False``.
    yearless: bool = False
    #: Read from a tooltip behind a relative text (an element's ISO ``title``: :func:`_tooltip_date`,
    #: :func:`_relative_text`), not from a ``<time>``: a forum's recent post (:func:`_later_posts`).
    tooltip: bool = False


#: A story record of a Next.js page's state (:func:`_next_data_story`): its headline, publication, update.
_Story = tuple[str, ParsedDate | None, ParsedDate | None]


@dataclass(slots=True)
class _Page:
    """What the scan of ``<head>`` (and later the whole document) found. Slotted: one is made for every page,
    and its thirty fields set in an instance dictionary (grown as they were set) cost ~4 k instructions more
    a page (cost17)."""

    url: str
    metas: dict[str, list[str]] = field(default_factory=dict)
    title_tag: str = ""
    canonical: str | None = None
    #: The first ``<base href>``, as written: what the canonical link and og:url resolve against.
    base: str | None = None
    lang: str | None = None
    jsonld: list[Any] = field(default_factory=list)
    h1s: list[tuple[int, str, bool, Any]] = field(default_factory=list)
    h2s: list[tuple[int, str, bool, Any]] = field(default_factory=list)
    #: ``<time>``s (and hinted ``<abbr>``s): position, value, class hints, label words, own text, element.
    times: list[tuple[int, str, str, str, str, Any]] = field(default_factory=list)
    microdata: list[tuple[str, str]] = field(default_factory=list)
    body_parsed: bool = False
    body: Any = None
    body_text: str = ""
    excluded: _Exclusion | None = None
    main_node: tuple[dict[str, Any] | None, dict[str, dict[str, Any]]] | None = None
    ranked_nodes: list[dict[str, Any]] = field(default_factory=list)
    #: How many of ``ranked_nodes`` (the first) are article nodes that name this page by its URL.
    own_articles: int = 0
    #: The page is a live blog whose head describes the blog, served for one entry its URL names
    #: (:func:`_named_live_update`): the entry is the page's article, the head's titles and dates the blog's.
    blog_entry: bool = False
    publisher: str | None = None
    #: The visible text read after the headline for dates (:func:`_text_dates`).
    near_text: str = ""
    #: The publication days the text near the headline labels as such ("Опубликовано: 10.01.2020"),
    #: in order (:func:`_text_dates`; read by :func:`_labelled_before_url`).
    labelled_published: list[dt.date] = field(default_factory=list)
    #: The visible text read first for dates: ``near_text``, or the body's opening for a page whose headline
    #: is not found (:func:`_text_dates`).
    lead_text: str = ""
    #: The text of an h1 that is only a link to the site's home page: the site's name, not a headline.
    logo_name: str | None = None
    #: The h1s that are such links (their element ids), skipped as title candidates.
    logo_h1s: set[int] = field(default_factory=set)
    #: :func:`_headline_index` by title (asked for the ``<time>``s and again for the text).
    headline_at: dict[str | None, tuple[int | None, Any]] = field(default_factory=dict)
    #: :func:`_headline_elements`, once read.
    headline_els: list[Any] | None = None
    #: The parts of the ``<title>`` that its suffix held, when the site's name was guessed from its last one.
    suffix_parts: tuple[str, ...] = ()
    #: The ``props.pageProps`` of the page's ``__NEXT_DATA__`` after the head and its story record
    #: (:func:`_next_data_story`), once read (:func:`_page_state`; in a tuple, as either may be ``None``): the
    #: dates, the title and the authors (:func:`_titled_record`) all ask for them.
    next_data: tuple[Any, _Story | None] | None = None

    def meta(self, *names: str) -> str | None:
        for name in names:
            for value in self.metas.get(name, ()):
                if value:
                    return value
        return None


def extract_metadata(
    html: bytes | str,
    url: str,
    headers: Mapping[str, str] | None = None,
    *,
    today: dt.date | None = None,
) -> Metadata:
    """Read what a page says about itself. Pure, never raises; every field may be ``None``.

    ``html`` is the response body (bytes are decoded like a browser would, see :func:`decode_html`);
    ``url`` is the URL the page was served at (host name for title stripping, URL date, absolute
    canonical); ``headers`` are the response headers (charset, language). ``today`` bounds plausible
    dates (default: the local date).
    """
    url = url if isinstance(url, str) else ""
    today = today or local_today()
    try:
        return _extract(html, url, headers, today)
    except Exception:  # a heuristic must never take a run down: degrade to what the URL says
        log.debug("extraction failed for %s", url, exc_info=True)
        try:
            return Metadata(url_date=date_from_url(url, today=today))
        except Exception:
            return Metadata()


def _extract(html: bytes | str, url: str, headers: Mapping[str, str] | None, today: dt.date) -> Metadata:
    raw: bytes | None = None  # the body, when this call decodes it
    if isinstance(html, (bytes, bytearray, memoryview)):
        raw = bytes(html)
        # an image or an archive by its first bytes holds no markup, whatever its label: the <title> in a
        # PNG's text chunk or an EPUB's stored chapter is not the answer's (host45). Read without undoing
        # UTF-8 gone through UTF-8 twice: only a page whose title shows its marks is decoded again with the
        # undoing (below), so no other page pays decode_html's 16 KiB scan for them (cost32).
        text = "" if binary_format(raw) is not None else decode_html(raw, headers, undo_doubled=False)
    elif isinstance(html, str):
        text = html
    else:
        text = ""
    decoded = text
    text = text[:_MAX_CHARS]
    if "\x00" in text:
        text = text.replace("\x00", "")
    lead = text[:200].lstrip()[:6].lower()
    if lead[:5] == "<?xml":  # lxml refuses str input with an encoding declaration
        text = _XML_DECL.sub("", text, count=1)
    if (lead[:5] == "<?xml" or lead == "<entry" or lead[:5] == "<feed") and (
        entry := atom_document(text)
    ) is not None:
        return _entry_metadata(entry, url, today)
    url_date = date_from_url(url, today=today)

    head_end, scripts = _head_end(text)
    if head_end is None:
        page, root = _Page(url=url), _parse(text)
        _scan_head(page, root)
    else:
        page, root = _head_page(url, text, head_end, scripts), None
    if not page.title_tag:  # none in the head (or a blank one): the document's first, wherever it stands
        page.title_tag = _first_title(text)
    # a title in "lâ€™Ã®le": the page may have gone through UTF-8 twice; read as decode_html reads it (an
    # ASCII title, most, asked here: no call; cost34)
    marked = raw is not None and not page.title_tag.isascii() and doubled_marks(page.title_tag)
    if marked and raw is not None and (undone := decode_html(raw, headers)) != decoded:
        return _extract(undone, url, headers, today)
    _site_og_titles_last(page.metas)
    strong = _strong_dates(page)
    answered = _answers(strong, today)
    head_jsonld = len(page.jsonld)
    if not answered and head_end is not None:
        # JSON-LD at the end of the body (newswires, Next.js pages) answers without a tree of the body.
        body_jsonld = _jsonld_blocks(text, head_end)
        if body_jsonld:
            page.jsonld.extend(body_jsonld)
            page.main_node = page.publisher = None
            strong = _strong_dates(page)
            answered = _answers(strong, today)
    # Arc XP pages that render their byline in the browser state their dates only in the story object.
    arc = _arc_dates(text, head_end) if not answered and head_end is not None else []
    if arc:
        strong += arc
        answered = _answers(strong, today)
    elif not answered and head_end is not None:
        # A Next.js App Router page whose byline is rendered in the browser: its RSC payload's story object.
        titles = [t for t in (page.meta("og:title"), page.title_tag) if t]
        arc = _state_dates(page, text, head_end, titles) or _island_dates(text, head_end)
        if arc:
            strong += arc
            answered = _answers(strong, today)
    if not answered and (layer := _data_layer_dates(text)):
        strong += layer
        answered = _answers(strong, today)
    # A head whose every publication date is the day of the fetch may be stamped when the page was rendered
    # (a CMS writing "now"): the body is read too, and its byline settles it (:func:`_render_stamped`).
    fresh = (
        answered
        and head_end is not None
        and _all_fresh(strong, today)
        and _earlier_byline(text, head_end, url_date, today, _day_first(page.lang))
    )
    h1_at: int | None = None  # where the headline's <h1> starts, when the head reader found it
    after_headline: int | None = None  # where the headline ends, when the head reader found it (a byline)
    byline_update = ""  # the byline's text when the head answered and the byline holds an update label
    if not answered or fresh or head_end is None:
        # The head did not answer: parse the rest (only the rest) and read its metas and JSON-LD too.
        page.body_text = text[head_end:] if head_end is not None else text
        body_root = _parse(page.body_text) if head_end is not None else root
        if head_end is not None:
            del page.jsonld[head_jsonld:]  # the tree's scripts replace the quick read above
            _scan_head(page, body_root)
            _site_og_titles_last(page.metas)
            page.main_node = page.publisher = None
            strong = _strong_dates(page) + arc
        _walk_body(page, body_root)
        _find_logo_h1s(page)
    else:
        h1 = _first_h1(text, head_end)  # (start, markup, end)
        h1_at = h1[0] if h1 else None
        logo = _HOME_LINK_H1.fullmatch(h1[1]) if h1 and "<a" in h1[1] else None
        home = (logo.group(1) or logo.group(2) or logo.group(3)) if logo else None
        if (
            h1
            and logo
            and (
                _is_home_href(home, url)
                or _blog_root_h1(home, clean_text(_TAG_RE.sub(" ", logo.group(4))), page)
            )
        ):
            page.logo_name = clean_text(_TAG_RE.sub(" ", _without_tagline(logo.group(4)))) or None
            # The h1 is the logo: the headline is the element after it holding og:title (an h2, as for a page
            # without an h1), and the byline follows that.
            headline_end = byline_at = _headline_end(text, h1[2], page.meta("og:title"))
        else:
            h1_text = (
                _heading_text(clean_text(_TAG_RE.sub(" ", _h1_markup_without_date(h1[1])))) if h1 else ""
            )
            if h1:
                page.h1s.append((0, h1_text, False, None))
            elif (aria := _aria_heading_markup(text, head_end)) is not None:
                page.h1s.append((0, aria, False, None))  # an ARIA level-1 heading: the page's h1
            og_title = page.meta("og:title")
            # No h1: the element holding the head's title whole (og:title, else twitter:title: a page whose
            # <title> is only the site's name and whose script never set og:title)
            headline_end = byline_at = (
                h1[2] if h1 else _headline_end(text, head_end, og_title or page.meta("twitter:title"))
            )
            if h1 and og_title and _utc_stated(strong) and _other_heading(h1_text, og_title):
                # The h1 heads something else (a live blog whose entry this permalink serves, a breadcrumb):
                # when og:title stands whole as a later element's text, the byline whose printed day sets
                # the head's UTC times in a zone is that element's (an update's label is read from the h1).
                byline_at = _headline_end(text, h1[2], og_title) or headline_end
        after_headline = byline_at
        if headline_end is not None and byline_at is not None:
            if not any(c.modified for c in strong):  # the head gave no update: the byline may state one
                byline_update = _byline_update_text(text, headline_end)
                updated = _byline_modified(byline_update, _day_first(page.lang), page.lang, url)
                if not updated:
                    # none after the headline (none labelled there, or an undated note's label in the story:
                    # "Frissítés: pénteken ..."): the byline above it may state one (ext70)
                    above = _byline_update_above(
                        text, h1[0] if h1 else text.rfind("<", 0, headline_end - 1), head_end
                    )
                    updated = _byline_modified(above, _day_first(page.lang), page.lang, url)
                    if updated or not byline_update:
                        byline_update = above
                strong = [*strong, *updated]
            above = text[max(head_end, h1[0] - _BYLINE_CHARS) : h1[0]] if h1 else ""
            strong += _byline_local(
                text,
                byline_at,
                strong,
                _day_first(page.lang),
                _other_calendar_language(page.lang),
                above,
                _h_clock_language(page.lang),
            )
            strong = _moved_stamp(text, byline_at, strong, _day_first(page.lang))

    site_name, site_source = _site_name(page)
    if site_name is None and page.logo_name:
        site_name, site_source = page.logo_name, "h1"
    candidates, removed_site, suffix_site = _title_candidates(page, site_name)
    if site_name is None and removed_site:
        site_name, site_source = _suffix_site(page, removed_site)
    if (
        site_name is None
        and not _pre_web_publisher(page, _publisher(page))
        and not _deposited_works(page, _publisher(page))
    ):
        site_name, site_source = _publisher(page), "json-ld"
    if (
        site_name is None
        and page.body is None
        and head_end is not None
        and _deposited_works(page, _publisher(page))
    ):
        # A repository's record, dated by its head, whose one publisher meta is the work's: the repository's
        # name is in its header (the logo's text, the link home), read from the body's tree.
        root = _parse(text[head_end:])
        found = root.find("body") if root is not None else None
        page.body = found if found is not None else root
    if site_name is None and suffix_site:
        site_name, site_source = _suffix_site(page, suffix_site)
    if site_name is None and page.body is not None:
        site_name, site_source = _logo_alt(page), "logo"
    if site_name is None:
        site_name, site_source = _og_title_site(page), "opengraph"
    if site_name is None and page.body is not None and (brand := _brand_suffix(page)) is not None:
        # Named only by the <title>'s last part, which the header's name link confirms: the titles lose it.
        site_name, site_source = brand, "title-tag"
        candidates, _removed, _suffix = _title_candidates(page, site_name)
    if site_name is None and page.body is not None:
        site_name, site_source = _copyright_holder(page), "logo"
    if site_name is None and page.body is not None and page.url:
        site_name, site_source = _home_link_site(page), "logo"
    if site_name is None and page.body is not None and page.url:
        site_name, site_source = _path_home_site(page), "logo"
    if site_name is not None and site_source == "logo" and (spelled := _host_spelled_title(page, site_name)):
        # the body's name (a logo's, a copyright holder's) where the bare <title> is the one the host spells
        site_name, site_source = spelled, "title-tag"
    canonical = _canonical(page)
    title, title_source = _choose_title(candidates, site_name, url, canonical)
    if (
        site_name
        and (title is None or title.casefold() == site_name.casefold())
        and head_end is not None
        and (story := _page_story(page, text, head_end)) is not None
    ):
        # The only title the markup holds is the site's name (a Next.js skeleton rendered in the browser):
        # the headline is the story's in the page's state.
        title, title_source = story[0], "script"
    if page.blog_entry:  # the head and h1 title the live blog: the page is the entry its URL names
        title, title_source = next(
            ((c.text, c.source) for c in candidates if c.source == "json-ld"), (title, title_source)
        )
    title, title_source = _error_heading(candidates, title, title_source, site_name, url)
    if title and title_source in _HEAD_TITLE_SOURCES and page.body is not None:
        title, title_source = _figure_title(page, candidates, title, title_source)
    if (
        title
        and title_source in _HEAD_TITLE_SOURCES
        and site_name
        and not any(not c.modified for c in strong)
    ):
        title, title_source = _template_head_title(
            candidates, title, title_source, site_name, page.meta("og:title") or "", url, page.body_text
        )
    if title and title_source == "title-tag" and site_source == "h1" and site_name:
        title = _masthead_colon_prefix(title, site_name)
    if title and title.isupper() and " " not in title:  # a shout of one word: "FEHLER"
        title, title_source = _labelled_title_tag(candidates, title, title_source, site_name)
    main = page.main_node[0] if page.main_node is not None else None  # read by _title_candidates
    if main is not None and "liveBlogUpdate" in main:
        candidates += _live_entries(main)
    if "#" in url and (entry_title := anchored_entry_title(text, url.rpartition("#")[2])) is not None:
        candidates.append(TitleCandidate(entry_title, "live-entry"))
    if main is not None and "alternativeHeadline" in main:
        candidates += _alternative_headlines(main, candidates)

    language = _language(page, headers)
    cands = list(strong)
    weak_ok = False
    if page.body_parsed:  # weak dates are read only when the head did not answer
        weak_ok = not (
            _is_error_page(page, site_name, title)
            or _is_blocked_page(page, title, text)
            or is_search_echo(title, url)
            or (_is_front_page(page, canonical) and not _names_slug(title, url))
        )
        times = _time_dates(page, weak_ok, title)
        if weak_ok and page.body is not None and (page.meta("generator") or "").startswith("mkdocs"):
            cands += _revision_dates(page, language)
        # An unhinted <time> far after the headline (in a list of other stories that no class excludes)
        # comes after the text dates labelled or printed close to the headline, not before them.
        far = [c for c in times if c.source == "time" and not c.byline] if weak_ok else []
        cands += times[: len(times) - len(far)]  # the far ones are the last (:func:`_time_dates`)
        url_cands = [_Cand(url_date, None, "url", False, byline=True)] if weak_ok and url_date else []
        if weak_ok:
            close, rest = _text_dates(page, title, language)
            if page.labelled_published and any(c.tooltip for c in cands):
                later = _later_posts(cands, page.labelled_published)
                if later:
                    cands = [c for c in cands if not any(c is post for post in later)]
                    far = later + far
            if url_date is not None and _labelled_before_url(page.labelled_published, url_date, close + rest):
                cands += [*close, *url_cands, *far, *rest]  # the page's labelled day before the URL's
            else:
                cands += [*url_cands, *close, *far, *rest]
            if not any(not c.modified for c in cands):
                cands += _epoch_byline(page.body_text)
            if not any(not c.modified for c in cands):
                cands += _noscript_date(page.body_text)
            if not any(not c.modified for c in cands):
                cands += _short_year_byline(page.near_text, today)
            if not any(not c.modified for c in cands):
                cands += _yearless_clock_published(page.lead_text, today)
            if not any(not c.modified for c in cands):
                cands += _relative_clock_published(page.lead_text, today)
            if not any(not c.modified for c in cands) and page.lead_text:
                cands += _ago_published(page.lead_text, today, headers)
            if not any(not c.modified for c in cands) and page.lead_text:
                cands += _dateline_url_year(page.lead_text, url, today)
            if not any(not c.modified for c in cands):
                cands += _frozen_masthead(page, today)
            if not any(not c.modified for c in cands):
                cands += _deposit_dates(text, language)
        if weak_ok and not any(c.modified for c in cands):
            cands += _footer_modified(text, language)
        if fresh:
            cands = _render_stamped(cands, strong, today)
    published, modified = _choose_dates(cands, today)
    republication: ExtractedDate | None = None
    if published is not None:
        republished = published
        published, noted_update = _first_published(
            text, published, _day_first(language), today, h1_at, iberian=_is_iberian(language)
        )
        if noted_update is not None:  # "first published on ... and updated on ...": the update it states
            if modified is None or modified.value != noted_update:
                modified = ExtractedDate(noted_update, "text", None)
        elif published is not republished and modified is not None and _same_statement(modified, republished):
            modified = None  # the copy's "modified" is the republication itself, not an update of the piece
        if published is not republished:
            # Kept beside the note's day: a republication's new address carries its own date (seed12).
            republication = republished
    if modified is None and published is not None and page.near_text:
        modified = _yearless_modified(page.near_text, published.value, today) or _clock_only_modified(
            page.near_text, published, today, language, headers
        )
    elif modified is None and published is not None and byline_update:
        # The head dated the page and the byline labels an update without its year or with a time alone.
        modified = _yearless_modified(
            byline_update, published.value, today, more=True
        ) or _clock_only_modified(byline_update, published, today, language, headers)
    if (
        modified is None
        and published is not None
        and h1_at is not None
        and title
        and _calls_itself_live(title)
    ):
        modified = _live_feed_modified(text, h1_at, published, today)
    if modified is None and published is not None:  # a dated correction note, wherever it stands
        corrected = _correction_note(text, language, h1_at)
        if corrected is not None and published.value <= corrected <= today + _ONE_DAY:
            modified = ExtractedDate(corrected, "text", None)
    if page.blog_entry and modified is not None and modified.source == "text":
        modified = None  # the text's "last updated" is the live blog's, not the entry its URL names (ext54)
    if published is None:  # no day stated: the page's month, if it states one (meta2); read last, so that
        published = _month_only(page, weak_ok, today)  # no reading above takes its first day for a day
        if published is None:  # nor a month: its year, quarter or season (meta3)
            published = _coarse_only(page, weak_ok, today, language)
    if modified is None:  # no day of a modification: its month, if the head (meta3) or a line states one
        modified = _month_modified(page, published, today, weak_ok, byline_update)
    description = _description(page)
    authors = _authors(page, text, head_end, after_headline, site_name, title)
    # an ASCII title over a byline or a summary in "JosÃ© GarcÃ­a": the page may have gone through UTF-8
    # twice all the same (the title shows no mark); asked only when the title did not already ask it, of
    # one string (blanks between: no pair across two of them) made only when one of them is not ASCII: an
    # ``isascii`` a string, no join, on a page that shows none (the join and its tuple cost ~3x; cost34)
    if raw is not None and not marked:
        plain = description is None or description.isascii()
        for author in authors:
            if not plain:
                break
            plain = author.name.isascii()
        if not plain:
            shown = " ".join((description or "", *map(_AUTHOR_NAME, authors)))
            if doubled_marks(shown) and (undone := decode_html(raw, headers)) != decoded:
                return _extract(undone, url, headers, today)
    return Metadata(
        title=title,
        title_source=title_source,
        title_candidates=tuple(candidates),
        published=published,
        modified=modified,
        site_name=site_name,
        site_name_source=site_source if site_name else None,
        publisher=_publisher(page),
        canonical_url=canonical,
        language=language,
        url_date=url_date,
        description=description,
        opinion=_is_opinion(page),
        republished=republication,
        author=authors,
        # asked only of a main node that may hold one (dictionary tests here; a look-up of the publisher's
        # parent only on a publisher node without its name, which names a node by its ``@id``): the call with
        # its closure's cells cost ~2.5 k instructions a page (cost33), the look-up on every page with a
        # publisher ~2.4 k (cost34)
        part_of=(
            _part_of(page, site_name)
            if main is not None
            and (
                "isPartOf" in main
                or "sourceOrganization" in main
                or (
                    isinstance(publisher_node := main.get("publisher"), dict)
                    and (
                        "parentOrganization" in publisher_node
                        or (
                            "name" not in publisher_node
                            and _publisher_parent(main, _jsonld_main(page)[1]) is not None
                        )
                    )
                )
            )
            else ()
        ),
        og_type=page.meta("og:type"),
    )


#: An :class:`~linkcheck.models.Author`'s name, for ``map`` (:func:`_extract`'s doubled-byline test).
_AUTHOR_NAME = operator.attrgetter("name")


def _authors(
    page: _Page,
    text: str,
    head_end: int | None,
    after_headline: int | None,
    site_name: str | None,
    title: str | None,
) -> tuple[Author, ...]:
    """Who the page says wrote it (:attr:`Metadata.author`; :mod:`linkcheck.extract.authors`): its main
    JSON-LD node's ``author``, else its ``author`` and ``article:author`` metas, else a byline after its
    headline (where the head reader found it, else after the first ``<h1>``); a byline too where the JSON-LD
    names only the site or its publisher, and its names then win (ext60). Never raises: an author
    unread costs the page none of what else was read (:func:`extract_metadata` would keep only its URL's
    date)."""
    try:
        main, by_id = _jsonld_main(page)
        found = jsonld_authors(main, by_id)
        # the site as its own author, after which a byline's names win. The one cheap test before own_only
        # (a call on every page cost 1%: ext60): the first author's first character is the site name's, case
        # aside. So a site credited under its publisher's name alone is not read as its own author (ext60's
        # trade-off); own_only then compares the folded names (cost27: it no longer tests first letters too).
        site_only = False
        if found and site_name and found[0].name[:1].lower() == site_name[:1].lower():
            ours = (site_name, _publisher(page))
            site_only = own_only(found, ours) or own_desk(found, ours)
        if not found and ("author" in page.metas or "article:author" in page.metas):
            values = [*page.metas.get("author", ()), *page.metas.get("article:author", ())]
            found = meta_authors(values, (site_name, _publisher(page)))
        if found and any(a.name.count(" ") >= JOINED_SPACES for a in found):
            found = joined_names(found)  # "NAME and NAME" in one JSON-LD Person or meta (ext71)
        if not found or site_only:
            if after_headline is None:
                h1 = _first_h1(text, head_end or 0)
                after_headline = h1[2] if h1 else None
                if h1 is None and title and head_end is not None:
                    # no h1: the headline where its text stands (a classed paragraph's; ext69)
                    at = text.find(title, head_end)
                    after_headline = at + len(title) if at >= 0 else None
            if after_headline is not None:
                found = byline_authors(text, after_headline, (site_name, _publisher(page))) or found
            if not found and after_headline is not None:
                # a byline set above the headline ("Politics | Author NAME | date", then the h1; ext69)
                low = max(0, after_headline - _H1_CHARS - 200)  # the h1's start tag is within its reach
                at = max(text.rfind("<h1", low, after_headline), text.rfind("<H1", low, after_headline))
                # a cheap test of the plain reach first: the window's hero-image steps cost ~4 % of a
                # page's read when asked of every page without an author (ext69)
                if at > 0 and may_credit(text[max(head_end or 0, at - _ABOVE_CHARS) : at]):
                    found = above_headline_authors(_above_markup(text, at, head_end or 0))
        if after_headline is not None:
            # a byline run together into the JSON-LD's or meta's name, its address among it (ext70). A loop,
            # not any() over a generator (whose making and resuming cost more than the test: every page with
            # an author asks it; tidy17)
            for author in found:
                if "@" in author.name:
                    found = run_on_names(
                        found, byline_authors(text, after_headline, (site_name, _publisher(page)))
                    )
                    break
        if not found and head_end is not None:  # a byline the browser writes: the state's story record
            own = (site_name, _publisher(page))
            record = _titled_record(page, text, head_end, title)
            found = record_authors(record, own) if record is not None else []
            found = found or state_authors(text, head_end, title, own)
        # one test a page before any fold (read cost); a first author alone, one more before the call (cost34)
        if (
            found
            and found[0].name[:1] in STAFF_INITIALS
            and (len(found) > 1 or found[0].name[:2].lower() in STAFF_STARTS)
        ):
            found = without_staff_credits(found)
    except Exception:  # a heuristic's fault must not take the rest of the page's metadata with it
        log.debug("author extraction failed for %s", page.url, exc_info=True)
        return ()
    return tuple(found)


#: The longest description kept (a summary of a sentence or two; longer is the article's text).
_MAX_DESCRIPTION_CHARS = 400


def _description(page: _Page) -> str | None:
    """The page's description of itself (:attr:`Metadata.description`): its main JSON-LD node's
    ``description`` string, else ``og:description``, else the ``description`` meta, as given (the matcher
    folds it); ``None`` when longer than :data:`_MAX_DESCRIPTION_CHARS`. Read on every page, so by lookups
    alone (a tenth of what :meth:`_Page.meta` and ``clean_text`` would cost)."""
    main = _jsonld_main(page)[0]
    value = main.get("description") if main is not None else None
    if not isinstance(value, str) or not value:
        metas = page.metas
        found = metas.get("og:description") or metas.get("description")
        value = found[0] if found else None
    return value if value and len(value) <= _MAX_DESCRIPTION_CHARS else None


#: Sections that hold opinion, as ``articleSection`` and ``article:section`` name them (lower case): English,
#: Russian, Ukrainian, German, French, Spanish, Portuguese, Italian. Not ``comment`` or ``analysis``
#: (readers' comments, and news analysis, which reports).
_OPINION_SECTIONS = frozenset(
    {"opinion", "opinions", "op-ed", "op-eds", "oped", "commentary", "editorial", "editorials", "columns",
     "column", "columnists", "мнения", "мнение", "колонки", "колумнисты", "думки", "думка",
     "meinung", "kommentare", "tribune", "tribunes", "opinión", "opinião", "opinioni", "editoriale"}
)  # fmt: skip


#: :data:`_OPINION_SECTIONS` as pages write them (lower case, capitalised, in title case, in capitals): a set
#: lookup of the name as given, where lower-casing each would cost every page a call.
_OPINION_NAMES = frozenset(
    form for name in _OPINION_SECTIONS for form in (name, name.capitalize(), name.title(), name.upper())
)


def _is_opinion(page: _Page) -> bool:
    """Whether the page says it is opinion (:attr:`Metadata.opinion`): its main JSON-LD node's ``@type``
    ``OpinionNewsArticle``, or an opinion section (:data:`_OPINION_NAMES`) as the node's
    ``articleSection`` or, when the node names none, the ``article:section`` meta. Lookups alone: read on
    every page."""
    main = _jsonld_main(page)[0]
    if main is not None:
        kind = main.get("@type")
        if kind == "OpinionNewsArticle" or (type(kind) is list and "OpinionNewsArticle" in kind):
            return True
        section = main.get("articleSection")
        if section is not None:  # the node names its section: the meta, when there is one, says the same
            return _opinion_section(section)
    found = page.metas.get("article:section")
    return found is not None and _opinion_section(found)


def _opinion_section(value: Any) -> bool:
    """Whether a section's name (a string, or a list of them) is an opinion section's."""
    if type(value) is str:
        return value in _OPINION_NAMES
    if type(value) is list:
        for one in value:  # a loop: any() over a generator costs more
            if type(one) is str and one in _OPINION_NAMES:
                return True
    return False


def _answers(strong: list[_Cand], today: dt.date) -> bool:
    """Does one of ``strong`` state a plausible publication (the head, or what stands in for it, answers)?
    A loop, not ``any()`` over a generator (whose making and finalising cost more than the test): asked of
    every page."""
    for c in strong:  # noqa: SIM110
        if not c.modified and is_plausible(c.value, today):
            return True
    return False


def _entry_metadata(entry: AtomDocument, url: str, today: dt.date) -> Metadata:
    """An Atom document's metadata: its title, its ``<published>`` (else none: ``<updated>`` alone may be any
    later change; a feed has none), its ``<updated>`` as the modification, the feed it comes from (a feed:
    itself) as the site."""
    published = _parse_value(entry.published)
    updated = _parse_value(entry.updated)
    if published is not None and not is_plausible(published.value, today):
        published = None
    if updated is not None and not is_plausible(updated.value, today):
        updated = None
    title = entry.title
    return Metadata(
        title=title,
        title_source="atom" if title else None,
        title_candidates=(TitleCandidate(title, "atom"),) if title else (),
        published=ExtractedDate(published.value, "meta", published.timestamp) if published else None,
        modified=ExtractedDate(updated.value, "meta", updated.timestamp) if updated else None,
        site_name=entry.source_title,
        site_name_source="atom" if entry.source_title else None,
        language=entry.language,
        url_date=date_from_url(url, today=today),
    )


def _jsonld_blocks(text: str, start: int) -> list[Any]:
    """The JSON-LD scripts after ``start``, found with ``str.find`` (no tree needed), at most 20."""
    values: list[Any] = []
    at = start
    for _ in range(20):
        at = text.find("ld+json", at)
        if at < 0:
            break
        tag_start = text.rfind("<", start, at)
        tag_end = text.find(">", at)
        close = text.find("</script", tag_end)
        if tag_start < 0 or tag_end < 0 or close < 0:
            break
        if text[tag_start : tag_start + 7].lower() == "<script" and "<" not in text[tag_start + 1 : at]:
            values.extend(load_jsonld(text[tag_end + 1 : min(close, tag_end + 1 + _MAX_SCRIPT_CHARS)]))
        at = close
    return values


def _parse(text: str) -> Any:
    """``text``'s tree, every text kept (``None`` for a blank or unparsable text)."""
    return _tree(text, _parser(head=False))


def _parse_head(text: str) -> Any:
    """The tree of a head read alone (:func:`_head_page`), for :func:`_scan_head`: the blank text between
    elements dropped (:func:`_parser`)."""
    return _tree(text, _parser(head=True))


def _tree(text: str, parser: Any) -> Any:
    if not text or text.isspace():
        return None
    try:
        return etree.fromstring(capped_tags(text), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def _parser(head: bool) -> Any:
    """This thread's HTML parser (an lxml parser must not serve two threads at once), made once and reused.

    The head's (``head``) drops blank text between elements (``remove_blank_text``: libxml2's
    ``HTML_PARSE_NOBLANKS``, which hands such text to a handler that keeps nothing instead of making a text
    node): a head's ~20 line breaks between its metas cost ~9% of its parse and its tree's freeing (a page's
    read -25 k instructions, cost7). Exact for what :func:`_scan_head` reads: libxml2 decides where the text
    stands (and whether it opens the body) before it asks whether to keep it, so the elements, their
    attributes and their parents are the same; a title's or a script's own text is kept, even blank (only
    text between elements is dropped); and the scan reads no tail. The body's parser keeps every text (the
    body's readers read tails)."""
    name = "head_parser" if head else "parser"
    parser = getattr(_THREAD, name, None)
    if parser is None:
        parser = etree.HTMLParser(
            recover=True,
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            collect_ids=False,
            remove_blank_text=head,
        )
        setattr(_THREAD, name, parser)
    return parser


#: What stands for a long script's text in the ``<head>`` handed to lxml (:func:`_head_page`): a character
#: libxml2 keeps as a script's text, used only when the head holds none.
_BLANK = "\x7f"
#: A head script's text longer than this is blanked before the parse: no rule reads a script of the head but
#: JSON-LD, and libxml2 tokenizes ~12 instructions a character of it (a site's inline configuration, 5 KB).
_BLANK_MIN_CHARS = 256
#: Scripts of a head stepped over at most.
_MAX_HEAD_SCRIPTS = 64
#: :data:`_HEAD_END`, or the start tag of a script that is not JSON-LD and the first :data:`_BLANK_MIN_CHARS`
#: characters of its text, none a ``<`` (:func:`_head_end` steps over the rest of it). Each try at a
#: ``<script`` reads no further than the next ``<`` or ``>`` (and 256 characters): linear on any page.
_HEAD_END_OR_SCRIPT = lazy_re(
    _HEAD_END.pattern + rf"|<script(?=[\s/>])(?![^<>]*json)[^<>]*>[^<]{{{_BLANK_MIN_CHARS}}}"
)
#: What may follow ``</script`` in the end tag that closes a script's text (HTML's tokenizer).
_SCRIPT_CLOSE_NEXT = frozenset("\t\n\f\r />")


def _head_end(text: str) -> tuple[int | None, list[tuple[int, int]]]:
    """Where the ``<head>`` ends (the first :data:`_HEAD_END`, or ``None``), and the spans of the texts of
    the long scripts before it that are not JSON-LD and hold no ``<`` (:func:`_head_page` blanks them).

    The pattern's scan steps over such a text with one ``str.find`` (no match of :data:`_HEAD_END` starts
    in a text, or a start tag, without a ``<``) and goes on at the ``</script`` closing it. At a script
    whose text is not so plain (its first ``<`` is not the ``</script`` that ends it), :data:`_HEAD_END`
    scans on from that script's start: the same answer, from the pattern alone."""
    scripts: list[tuple[int, int]] = []
    pos = 0
    for _ in range(_MAX_HEAD_SCRIPTS):
        found = _HEAD_END_OR_SCRIPT.search(text, pos)
        if found is None:
            return None, scripts
        if text[found.start() + 1] != "s":  # <body or </head
            return found.start(), scripts
        pos = found.start()  # no match of _HEAD_END starts before
        close = text.find("<", found.end())
        if not text.startswith("</script", close) or text[close + 8 : close + 9] not in _SCRIPT_CLOSE_NEXT:
            break  # (close is -1 when there is no "<" at all: text[-1:] is no "</script")
        scripts.append((found.end() - _BLANK_MIN_CHARS, close))
        pos = close
    found = _HEAD_END.search(text, pos)
    return (found.start() if found else None), scripts


def _head_page(url: str, text: str, head_end: int, scripts: list[tuple[int, int]]) -> _Page:
    """What the head ``text[:head_end]`` says (:func:`_scan_head`), read from its tree with the texts of
    ``scripts`` (long scripts', :func:`_head_end`) each replaced by :data:`_BLANK` when the scan proves that
    exact: each blank is the whole text of a script that is not JSON-LD. Else, or with no such scripts,
    from the head parsed as it is.

    Why that proves it: the markup before a blank is the page's own, so the parser is in the same state
    there reading either; a blank that is a script's whole text began right after that script's start tag;
    and the text it stands for holds no ``<``, so nothing in it ends the script or changes how it is read
    (``<!--``, ``</script``): the script ends where the blank ends, and what follows is read alike. A
    script's text changes nothing else in the tree, and no rule reads one but JSON-LD's."""
    if scripts and text.find(_BLANK, 0, head_end) < 0:
        pieces: list[str] = []
        kept = 0
        for start, end in scripts:
            pieces += (text[kept:start], _BLANK)
            kept = end
        pieces.append(text[kept:head_end])
        page = _Page(url=url)
        if _scan_head(page, _parse_head("".join(pieces)), count_blanks=True) == len(scripts):
            return page
    page = _Page(url=url)
    _scan_head(page, _parse_head(text[:head_end]))
    return page


#: A ``<title>`` start tag, a comment's start, or the start tag of an element whose content holds no HTML
#: ``<title>`` (raw text, a template's, or SVG's and MathML's own ``<title>``): :func:`_first_title` scans.
_TITLE_OR_SKIPPED = lazy_re(
    r"<!--|<(title|script|style|textarea|xmp|iframe|noembed|noframes|noscript|template|svg|math)(?=[\s/>])",
    re.IGNORECASE,
)
#: Regions :func:`_first_title` steps over at most (each step moves on: a bounded, linear scan).
_MAX_TITLE_STEPS = 10_000


@lru_cache(maxsize=16)
def _end_tag(name: str) -> re.Pattern[str]:
    """The end tag of the element ``name`` (a comment's end for ``!--``), as HTML's tokenizer ends it."""
    return re.compile("-->" if name == "!--" else rf"</{name}(?=[\s/>])", re.IGNORECASE)


def _first_title(text: str) -> str:
    """The text of the document's first HTML ``<title>`` wherever it stands, as ``document.title`` gives it
    (stripped, white space collapsed; :func:`clean_text`), or ``""``: for a page whose head holds none, or a
    blank one. Its content runs to ``</title`` (RCDATA: character references read, tags are text); comments,
    raw-text and template elements and SVG and MathML (whose ``<title>`` is their own) are stepped over.
    The tree's reader never saw a title after the head, nor one that libxml2 drops (past its 256 levels of
    nesting: a title after 100,000 nested ``<div>`` elements), and cuts an element's text at 5,000
    characters before its white space is collapsed (a title of 50,000 ``&#32;`` before its words: blank)."""
    pos = 0
    for _ in range(_MAX_TITLE_STEPS):
        found = _TITLE_OR_SKIPPED.search(text, pos)
        if found is None:
            return ""
        name = (found.group(1) or "!--").lower()
        start = found.end() if name == "!--" else text.find(">", found.end()) + 1
        if not start:
            return ""
        end = _end_tag(name).search(text, start)
        if name == "title":
            return clean_text(text[start : end.start() if end else len(text)])
        if end is None:
            return ""
        pos = end.end()
    return ""


# --- the head --------------------------------------------------------------------------------------------
def _scan_head(page: _Page, root: Any, *, count_blanks: bool = False) -> int:
    """Collect meta elements, ``<title>``, canonical link, language and JSON-LD from ``root``; with
    ``count_blanks``, the number of scripts that are not JSON-LD whose whole text is :data:`_BLANK`
    (:func:`_head_page`), else 0."""
    blanks = 0
    if root is None:
        return blanks
    if page.lang is None and root.tag == "html":
        page.lang = root.get("lang") or root.get("xml:lang")
    # The metas apart from the rest (what each kind records is independent of the others): a page has dozens
    # of them, and this loop needs no element's ``tag`` (a new string each time it is read).
    metas = page.metas
    for el in root.iter("meta"):
        items = el.items()  # names are unique: the parser drops a repeated attribute
        if len(items) == 2:  # the usual meta: one name attribute and its content, in either order
            (first, first_value), (second, second_value) = items
            if first == "itemprop" and first_value[:4].lower() in ("date", "auth") and _in_other_item(el):
                continue  # a reply's date or author (<meta itemprop="dateModified"> in a Comment)
            if second == "content" and first in _META_KEY_ATTRS:
                if first_value and (first != "http-equiv" or not _response_stamp(first_value)):
                    # _add_meta's steps, inlined for the usual meta (a dozen a page; the calls cost ~4 k)
                    content = second_value.strip()
                    if len(content) > 2000:  # the cut only when there is one: ``[:2000]`` of a shorter
                        content = content[:2000]  # string is that string, made by a slice's object (cost20)
                    # the memo read here, not through a call (a dozen names a page, cost17)
                    names = _META_NAMES.get(first_value)
                    for one in _meta_names(first_value) if names is None else names:
                        values = metas.get(one)
                        if values is None:
                            metas[one] = [content]
                        else:
                            values.append(content)
                continue
            if first == "content" and second in _META_KEY_ATTRS:
                if second != "http-equiv" or not _response_stamp(second_value):
                    _add_meta(metas, second_value, first_value)
                continue
        attrs = dict(items)
        content = attrs.get("content")
        if content is None:  # <meta itemprop=datePublished datetime=...> is rare but real.
            content = attrs.get("datetime")
            if content is None:
                continue
        if (attrs.get("itemprop") or "")[:4].lower() in ("date", "auth") and _in_other_item(el):
            continue
        scheme = attrs.get("scheme")
        for attr in _META_KEY_ATTRS:
            key = attrs.get(attr)
            if key and not (attr == "http-equiv" and _response_stamp(key)):
                _add_meta(metas, _dc_date_name(key, scheme) if scheme else key, content)
    title_seen = bool(page.title_tag)
    for el in root.iter("title", "link", "script", "base"):
        tag = el.tag
        if tag == "title":
            if not title_seen:
                parent = el.getparent()
                if parent is None or parent.tag in ("head", "html"):
                    page.title_tag = clean_text(_text(el))
                    title_seen = True
        elif tag == "link":
            rel = el.get("rel")
            if rel and page.canonical is None and "canonical" in rel.lower().split():
                href = el.get("href")
                if href:
                    page.canonical = href.strip()
        elif tag == "base":
            if page.base is None and (href := el.get("href")):  # HTML: the first <base> with an href
                page.base = href.strip()
        elif tag == "script":
            kind = el.get("type")
            # A media type's parameter may follow ("application/ld+json; charset=utf-8", as some
            # frameworks' JSON responders write the type): the type is what precedes it.
            if kind and (
                kind.strip().lower() == "application/ld+json"
                or (";" in kind and kind.split(";", 1)[0].strip().lower() == "application/ld+json")
            ):
                if len(page.jsonld) < 50:
                    script = el.text
                    if script:
                        page.jsonld.extend(load_jsonld(script[:_MAX_SCRIPT_CHARS]))
            elif count_blanks and el.text == _BLANK:
                blanks += 1
    return blanks


#: The attributes of a ``<meta>`` that name it, in the order its names are recorded.
_META_KEY_ATTRS = ("property", "name", "itemprop", "http-equiv")
#: HTTP response headers that carry a date, as ``<meta http-equiv>`` restates them (lower-cased).
_RESPONSE_DATE_HEADERS = frozenset({"last-modified", "date", "expires"})


def _response_stamp(header: str) -> bool:
    """Is ``<meta http-equiv=header>`` one of the response's dates (:data:`_RESPONSE_DATE_HEADERS`)? Such a
    meta stands in for an HTTP header: templates stamp it with the time the page is served (``Last-Modified``
    and ``Expires`` both the render time, on every page), as servers stamp the header, which the extractor
    does not read as the article's date either. ``<meta name="last-modified">``, a CMS's field for the
    article, is another attribute and is read."""
    return header.strip().lower() in _RESPONSE_DATE_HEADERS


#: Dublin Core's refinements of ``date`` (its terms ``created``, ``issued``, ``modified``, ``dateSubmitted``
#: ...), as a ``<meta name="DC.date" scheme="...">`` names them, lower-cased, and the name each is read as
#: (Google Patents writes ``issue`` for ``issued``). Any other scheme is an encoding (``W3CDTF``,
#: ``ISO8601``) or ``available`` (when it was made available: its publication): the date stays ``DC.date``.
_DC_DATE_REFINEMENTS = {
    "created": "dc.date.created",
    "issued": "dc.date.issued",
    "issue": "dc.date.issued",
    "modified": "dc.date.modified",
    "valid": "dc.date.valid",
    "datesubmitted": "dc.date.datesubmitted",
    "dateaccepted": "dc.date.dateaccepted",
    "datecopyrighted": "dc.date.datecopyrighted",
}


def _dc_date_name(key: str, scheme: str) -> str:
    """The name a ``<meta>`` named ``key`` with a ``scheme`` is read as: a Dublin Core date whose scheme is
    one of the element's refinements (:data:`_DC_DATE_REFINEMENTS`) is that refinement, so that a patent's
    filing (``DC.date`` ``scheme="dateSubmitted"``) is not read as its publication (``scheme="issue"``); any
    other name or scheme (an encoding such as ``W3CDTF``) is ``key`` unchanged."""
    if key.lower() not in ("dc.date", "dcterms.date"):
        return key
    return _DC_DATE_REFINEMENTS.get(scheme.strip().lower().removeprefix("dcterms."), key)


def _site_og_titles_last(metas: dict[str, list[str]]) -> None:
    """Put last the ``og:title`` values that are only the site's name (``og:site_name``, after case, spacing
    and punctuation), when the head states another: a theme that writes the site's name as an og:title of
    its own before the SEO plugin's block writes the page's (the fortieth held-out batch; the thirty-eighth's
    leftover). ``meta("og:title")`` reads the first. Left alone: a single og:title, a head without
    og:site_name, and og:titles none or all of which are the site's name."""
    titles = metas.get("og:title")
    if titles is None or len(titles) < 2:  # one og:title (nearly every page): nothing to order
        return
    site = metas.get("og:site_name")
    key = squash(site[0]) if site and site[0] else ""
    if not key:
        return
    named = [value for value in titles if squash(value) == key]
    if named and len(named) < len(titles):
        metas["og:title"] = [value for value in titles if squash(value) != key] + named


def _add_meta(metas: dict[str, list[str]], key: str, content: str) -> None:
    """Record ``content`` under each of the (white-space separated, lower-cased) names in ``key``."""
    if not key:
        return
    content = content.strip()[:2000]
    for one in _meta_names(key):
        values = metas.get(one)
        if values is None:
            metas[one] = [content]
        else:
            values.append(content)


#: :func:`_meta_names`' memo: the same few names on every page (og:title, description, ...). A dictionary
#: that :func:`_scan_head` reads inline (an ``lru_cache``'s call cost ~0.5 k instructions a meta), emptied
#: when it would pass :data:`~linkcheck.memo.PAGE_KEYS` names.
_META_NAMES: dict[str, tuple[str, ...]] = {}


def _meta_names(key: str) -> tuple[str, ...]:
    """The white-space separated names of a ``<meta>``'s naming attribute, lower-cased."""
    names = _META_NAMES.get(key)
    if names is None:
        names = tuple(_rdfa_name(name) for name in key.lower().split())
        if len(_META_NAMES) >= PAGE_KEYS:
            _META_NAMES.clear()
        _META_NAMES[key] = names
    return names


#: The CURIE prefix of schema.org's RDFa terms (``<article prefix="schema: https://schema.org/">``), and
#: the schema.org terms a ``<meta property>`` in the body names under it, read as the bare microdata names.
_SCHEMA_PREFIX = "schema:"
_SCHEMA_META_TERMS = frozenset({"datepublished", "datemodified", "datecreated"})


def _rdfa_name(name: str) -> str:
    """A meta's name, a schema.org RDFa CURIE (``schema:datePublished``, lower-cased) read as its bare term
    (``datepublished``, as ``<meta itemprop="datePublished">`` is recorded): an RDFa item's date given as a
    ``<meta property>`` in the body, the only date of a page marked up in RDFa alone (the sixty-second
    held-out batch's OC Media page). Another prefix's name (``og:``, ``dc:``) and another schema.org term
    are kept as written. Memoised with the name (:data:`_META_NAMES`)."""
    if name[:7] == _SCHEMA_PREFIX and name[7:] in _SCHEMA_META_TERMS:
        return name[7:]
    return name


def _text(el: Any) -> str:
    """The element's text (``itertext``: the plain ``etree`` API, no ``lxml.html`` element classes)."""
    try:
        if not len(el):  # no children: the text is the element's own (a <title>, most headings)
            text = el.text
            return text[:5000] if text else ""
        return "".join(el.itertext())[:5000]
    except (ValueError, TypeError):
        return ""


def _parse_value(text: str | None, day_first: bool = True) -> ParsedDate | None:
    return parse_date_string(text, day_first=day_first) if text else None


def _roc_calendar(language: str | None, url: str) -> bool:
    """Does the page write years of the ROC calendar (``109-01-09``)? Taiwanese pages do: Traditional Chinese
    (``zh-TW``, ``zh-Hant``) or a ``.tw`` host."""
    lang = (language or "").lower().replace("_", "-")
    if lang.startswith("zh") and ("tw" in lang or "hant" in lang):
        return True
    hosts = hosts_of(url)
    return bool(hosts) and hosts[0].rstrip(".").endswith(".tw")


def _day_first(language: str | None) -> bool:
    """``01/09/2020`` is 9 January unless the page is in US (or unqualified) English."""
    return (language or "").lower().replace("_", "-") not in ("en", "en-us")


def _jsonld_main(page: _Page) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    """The JSON-LD node describing this page (an article type, best matching the URL) and an @id index."""
    if page.main_node is None:
        page.main_node = _find_jsonld_main(page)
    return page.main_node


#: The items a page may describe besides an article (an app's listing, a vacancy, a notice, a product): ranked
#: after any article node, before the page-level types.
_ITEM_TYPES = T.APPLICATION_TYPES | T.POSTING_TYPES | T.PRODUCT_TYPES


def _find_jsonld_main(page: _Page) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    by_id: dict[str, dict[str, Any]] = {}
    ranked: list[tuple[int, int, dict[str, Any]]] = []
    own = {_strip_url(page.url)}
    if page.canonical:
        own.add(_strip_url(_join(_base_url(page), page.canonical)))
    entry: dict[str, Any] | None = None
    named = False
    own_articles = 0  # article nodes naming this page (ranked first)
    for order, node in enumerate(iter_nodes(page.jsonld)):
        node_id = node.get("@id")
        if isinstance(node_id, str):
            by_id.setdefault(node_id, node)
        types = node_types(node)
        if types & T.ARTICLE_TYPES:
            rank = 0
        elif types & _ITEM_TYPES:
            rank = 1  # an app, a vacancy, a notice, a product: after any article node, before the page's own
        elif types & T.PAGE_TYPES:
            rank = 2
        elif not types and ("datePublished" in node or "headline" in node):
            rank = 3
        else:
            continue
        for key in ("url", "@id", "mainEntityOfPage"):
            ref = node.get(key)
            ref = ref.get("@id") if isinstance(ref, dict) else ref
            if isinstance(ref, str) and _strip_url(ref) in own:
                rank -= 1
                break
        if rank < 0:
            own_articles += 1
        ranked.append((rank, order, node))
        if rank <= 0 and entry is None and "liveBlogUpdate" in node:
            entry, named = _own_live_update(node, own, page.url)
    page.blog_entry = named
    if entry is not None:
        # The page is one entry of a live blog, at its own permalink: the entry is the page's article, and
        # the blog (its start, its later updates) another page's.
        page.ranked_nodes = [entry]
        page.own_articles = 0
        return entry, by_id
    if len(ranked) == 1:  # a news site's one NewsArticle: nothing to sort (cost12)
        page.ranked_nodes = [ranked[0][2]]
    else:
        ranked.sort(key=lambda item: (item[0], item[1]))
        page.ranked_nodes = [node for _, _, node in ranked]
    page.own_articles = own_articles
    return (page.ranked_nodes[0] if page.ranked_nodes else None), by_id


#: Entries of a live blog looked at for the page's own permalink.
_LIVE_UPDATES = 500
#: Entries of a live page whose headlines are offered as title candidates (the latest first, as pages list
#: them): a cited story folded into the page is one of the day's.
_LIVE_ENTRY_TITLES = 100


def _live_entries(main: dict[str, Any]) -> list[TitleCandidate]:
    """The headlines of a live page's entries (its main JSON-LD node's ``liveBlogUpdate``), as
    ``live-entry`` title candidates (an entry's permalink has none: its node is that entry)."""
    updates = main.get("liveBlogUpdate")
    if not isinstance(updates, list):
        return []
    entries: dict[str, None] = {}
    for update in updates[:_LIVE_ENTRY_TITLES]:
        if isinstance(update, dict):
            headline = clean_text(text_value(update.get("headline")))
            if headline:
                entries[headline] = None
    return [TitleCandidate(headline, "live-entry") for headline in entries]


#: A fragment that can name an element by its ``id`` (``#post-118``, ``#entry-2020-01-09``): no text
#: fragment (``#:~:text=``), no script route (``#/story``).
_ANCHOR_ID = lazy_re(r"[A-Za-z][\w.-]{0,79}")
#: How far past the opening tag of the element a fragment names its heading is looked for (an entry's time
#: line, label and byline come first).
_ANCHOR_REACH = 2_000
#: An entry's heading (an ``<h2>`` to ``<h4>``: the page's own ``<h1>`` heads the whole page).
_ANCHOR_HEADING = lazy_re(r"<h([2-4])\b[^>]*>(.*?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
_ANCHOR_TAG = lazy_re(r"<([A-Za-z][A-Za-z0-9]*)")


def anchored_entry_title(text: str, fragment: str) -> str | None:
    """The heading of the entry a cited URL's ``fragment`` names in the page's markup ``text``: the element
    ``id="<fragment>"`` when it holds an ``<h2>``-``<h4>`` of three words or more before it closes. That is a
    live page's entry linked by its "share this entry" address (``/live-page#post-118``), its entries written
    in the markup only (no JSON-LD ``liveBlogUpdate`` naming them); the heading is offered as a
    ``live-entry`` title candidate, as JSON-LD's entries are: the cited report is that entry, the page's own
    headline the live page's. ``None`` when the fragment names no element, a heading itself (a section of an
    article: its title is the article's), or an element holding no heading (added after the seed8 probe)."""
    if not fragment or _ANCHOR_ID.fullmatch(fragment) is None:
        return None
    at = text.find(f'id="{fragment}"')
    if at < 0:
        at = text.find(f"id='{fragment}'")
        if at < 0:
            return None
    start = text.rfind("<", 0, at)
    tag = _ANCHOR_TAG.match(text, start) if start >= 0 else None
    if tag is None or ">" in text[start:at]:
        return None
    name = tag.group(1).lower()
    if len(name) == 2 and name[0] == "h" and name[1].isdigit():
        return None
    window = text[start : start + _ANCHOR_REACH]
    heading = _ANCHOR_HEADING.search(window)
    if heading is None:
        return None
    before = window[: heading.start()].lower()
    opened = len(re.findall(rf"<{name}\b", before))
    if opened <= before.count(f"</{name}"):
        return None  # the element closed before the heading: the heading is another's
    title = clean_text(_TAG_RE.sub(" ", heading.group(2)))
    return title if len(title.split()) >= 3 else None


#: The most secondary titles read from one node's ``alternativeHeadline`` (a long list is junk).
_ALTERNATIVE_TITLES = 3


def _alternative_headlines(main: dict[str, Any], candidates: list[TitleCandidate]) -> list[TitleCandidate]:
    """The page's secondary titles (its main JSON-LD node's ``alternativeHeadline``: a print edition's
    headline, a longer or shorter one) as ``alternative`` title candidates, each not already a candidate's
    text. Read after the vote (as a live blog's entries are): the headline the page shows stays its title,
    and a citation giving the print headline, which the page itself names as its other title, is matched
    against it rather than reported as another story's."""
    value = main.get("alternativeHeadline")
    values = value if isinstance(value, list) else [value]
    known = {c.text for c in candidates}
    found: dict[str, None] = {}
    for item in values[:_ALTERNATIVE_TITLES]:
        text = clean_text(text_value(item))
        if text and text not in known:
            found[text] = None
    return [TitleCandidate(text, "alternative") for text in found]


#: A print edition's headline named in the page's text (an end note): "A version of this article appears in
#: print on July 3, 2020, on page 2 of The Chronicle with the headline: Lenin Street Goes Car-Free.", "This
#: article appeared in the Britain section of the print edition under the headline “...”". The headline is
#: the note's last words, up to the element's end.
_PRINT_HEADLINE = lazy_re(
    r"\b(?:appears?|appeared|ran|was\s+published)\s+in\s+(?:[^<]{0,80}?\s)?print\b[^<]{0,200}?"
    r"\b(?:with|under)\s+the\s+headline\s*:?\s*([^<]{3,200}?)\s*(?:<|$)",
    re.IGNORECASE,
)
#: How far before its "the headline" the note's "appears in print" is looked for.
_PRINT_NOTE_CHARS = 320
#: The quotes and the full stop the note may put around its headline.
_PRINT_HEADLINE_TRIM = "\"'“”‘’«». "


def print_headlines(text: str, candidates: Sequence[TitleCandidate] = ()) -> list[TitleCandidate]:
    """The print edition's headline a page's ``text`` (its HTML) names (:data:`_PRINT_HEADLINE`: "...
    appears in print ... with the headline: Lenin Street Goes Car-Free.") as an ``alternative`` title
    candidate, when none of ``candidates`` already has its text: the page's own other title, as its JSON-LD
    ``alternativeHeadline`` is (:func:`_alternative_headlines`). Not read by the extractor, which would search
    every page for it: the checker asks it of a page whose titles the cited title matched none of
    (:func:`linkcheck.checker._result`), and matches again with it. A story that only mentions a headline
    ("under the headline of austerity") says nothing of print."""
    noted = text.find("the headline")
    if noted < 0:
        return []
    known = {c.text for c in candidates}
    found: dict[str, None] = {}
    for n, match in enumerate(_PRINT_HEADLINE.finditer(text, max(0, noted - _PRINT_NOTE_CHARS))):
        if n >= _ALTERNATIVE_TITLES:
            break
        text = clean_text(match.group(1)).strip(_PRINT_HEADLINE_TRIM)
        if len(text) >= 3 and text not in known:
            found[text] = None
    return [TitleCandidate(text, "alternative") for text in found]


def _own_live_update(node: dict[str, Any], own: set[str], url: str) -> tuple[dict[str, Any] | None, bool]:
    """The ``liveBlogUpdate`` entry that a permalink serves, of a live blog ``node``: the entry whose ``url``
    or ``@id`` is the page's (one of ``own``: its URL and canonical) when the blog is another page (its own
    ``url`` is not one of ``own``); or, when the blog is this page, the entry whose URL's query or fragment
    is the page URL's (``?page=with:block-ID#block-ID``: the blog's page holding that entry, which it
    names); or ``None``. With it, whether it is the latter (the page is the blog's, named for the entry)."""
    updates = node.get("liveBlogUpdate")
    if not isinstance(updates, list):
        return None, False
    for key in ("url", "@id", "mainEntityOfPage"):
        ref = node.get(key)
        ref = ref.get("@id") if isinstance(ref, dict) else ref
        if isinstance(ref, str) and _strip_url(ref) in own:
            named = _named_live_update(updates, url)  # the page is the blog itself
            return named, named is not None
    for update in updates[:_LIVE_UPDATES]:
        if not isinstance(update, dict):
            continue
        for key in ("url", "@id"):
            ref = update.get(key)
            if isinstance(ref, str) and _strip_url(ref) in own:
                return update, False
    return None, False


def _named_live_update(updates: list[Any], url: str) -> dict[str, Any] | None:
    """The one entry of a live blog whose ``url`` or ``@id`` has the page URL's address and its query or
    fragment (:func:`_entry_names`), when ``url`` has either; else ``None`` (the blog itself is cited)."""
    names = _entry_names(url)
    if not names:
        return None
    found = None
    for update in updates[:_LIVE_UPDATES]:
        if not isinstance(update, dict):
            continue
        if any(
            isinstance(ref, str) and names & _entry_names(ref)
            for ref in (update.get("url"), update.get("@id"))
        ):
            if found is not None:
                return None  # two entries named alike: no one of them is the page's
            found = update
    return found


def _entry_names(url: str) -> set[str]:
    """What names one part of the page at ``url``: its address (:func:`_strip_url`) with its query, and with
    its fragment, each when not empty."""
    if "?" not in url and "#" not in url:
        return set()
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return set()
    address = _strip_url(url)
    return {f"{address}{mark}{part}" for mark, part in (("?", parts.query), ("#", parts.fragment)) if part}


#: An absolute http(s) URL that ``urljoin`` returns unchanged (with no ``/.`` in it: no dot segment): a plain
#: host and port, a path without parameters, no query or fragment, nothing ``urlsplit`` would strip, split
#: or reject.
_PLAIN_ABSOLUTE = lazy_re(r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:/[A-Za-z0-9._~!$&'()*+,=:@%/-]*)?")


def _join(base: str, href: str) -> str:
    """``urljoin(base, href)``, without its cost when ``href`` is already a plain absolute URL (the usual
    canonical link) and ``base`` cannot make ``urljoin`` raise (only brackets or a non-ASCII host can)."""
    if (
        _PLAIN_ABSOLUTE.fullmatch(href)
        and "/." not in href  # no dot segment
        and base.isascii()
        and "[" not in base
        and "]" not in base
    ):
        return href
    return urljoin(base, href)


@lru_cache(maxsize=PAGE_KEYS)
def _strip_url(value: str) -> str:
    plain = plain_url_split(value)  # urlsplit's netloc and path of a plain URL, without its cost
    if plain is not None:
        netloc, path = plain
    else:
        try:
            parts = urlsplit(value.strip())
        except ValueError:
            return value
        netloc, path = parts.netloc, parts.path
    return (netloc.lower().removeprefix("www.") + path.rstrip("/")).lower()


def _strong_dates(page: _Page) -> list[_Cand]:
    """Steps 1-4 of the cascade: JSON-LD, Open Graph, microdata, meta names (all in ``page.metas``)."""
    cands: list[_Cand] = []
    _jsonld_main(page)
    day_first = _day_first(page.lang)
    own_urls: set[str] = set()  # the page's URL and canonical, once a node may name another page
    # The best-ranked node that states a date (an Article without dates defers to its WebPage). A live
    # blog that states neither (schema.org's LiveBlogPosting needs only its coverage and updates) began
    # when its coverage started, and was last modified by its latest update. A page reviewed for accuracy
    # (a health service's MedicalWebPage: "lastReviewed": [the review, the next one due]) shows its review as
    # its date ("Page last reviewed: ..."), where ``dateModified`` is the CMS's last save of any kind.
    for keys, modified in (
        # A posting's (T.POSTING_TYPES) only date is ``datePosted``: asked last, after every other key.
        (("datePublished", "dateCreated", "uploadDate", "coverageStartTime", "datePosted"), False),
        (("lastReviewed", "dateModified"), True),
    ):
        found_in_node = False
        for index, node in enumerate(page.ranked_nodes):
            if (
                index >= page.own_articles > 0  # the first ``own_articles`` name this page: ranked so
                and _names_another_page(node, own_urls or (own_urls := _own_urls(page)))
            ):
                continue  # another page's article (a translation's twin, a story queued after this one)
            for key in keys:
                parsed = _parse_value(text_value(node.get(key)), day_first)
                if parsed:
                    if key == "uploadDate" and "publication" in node:
                        parsed = _first_shown(node["publication"], day_first) or parsed
                    if not modified and page.own_articles > 1:
                        parsed = _earliest_publication(parsed, node, page, day_first)
                    cands.append(_Cand(parsed.value, parsed.timestamp, "json-ld", modified))
                    found_in_node = True
                    break
            if found_in_node:
                break
        if modified and not found_in_node:
            latest = _latest_live_update(page.ranked_nodes, day_first)
            if latest is None and page.ranked_nodes and "correction" in page.ranked_nodes[0]:
                latest = _latest_correction(page.ranked_nodes[0]["correction"], day_first)
            if latest is not None:
                cands.append(_Cand(latest.value, latest.timestamp, "json-ld", True))
    grouped: dict[int, list[str]] = {}  # the values of the groups the page states (a few of the six)
    for key, values in page.metas.items():
        group = _META_GROUP_OF.get(key)
        if group is not None:
            known = grouped.get(group)
            if known is None:
                grouped[group] = list(values)
            else:
                known.extend(values)
    for index, (_names, source, modified) in enumerate(_META_GROUPS):
        if page.blog_entry:
            break  # the head dates the live blog, not the entry its URL names
        stated = grouped.get(index)
        parsely = page.meta("parsely-page") if source == "meta" and not modified else None
        if stated is None and not parsely:
            continue
        found: list[_Cand] = []
        for value in stated or ():
            parsed = _parse_value(value, day_first)
            if parsed:
                found.append(_Cand(parsed.value, parsed.timestamp, source, modified))
        if parsely:
            try:
                data = json.loads(parsely)
            except (ValueError, RecursionError):  # a value nested deeper than the decoder recurses
                data = None
            parsed = _parse_value(text_value(data.get("pub_date"))) if isinstance(data, dict) else None
            if parsed:
                found.append(_Cand(parsed.value, parsed.timestamp, source, modified))
        # The original publication date: the earliest a source states (a republished page keeps it).
        if len(found) > 1:  # one or none: nothing to order (most groups)
            if source == "meta" and not modified:
                found = _without_issue_dates(page, found, day_first)
            found.sort(key=lambda c: c.value, reverse=modified)
        cands += found
    return cands


#: A journal article's page names its issue (``citation_issue``, Dublin Core's ``DC.Source.Issue``), and
#: Open Journal Systems' Dublin Core writes ``DC.Date.created`` as the article's own publication and
#: ``DC.Date.issued`` as its issue's (``citation_date`` often the issue's too): an article published online
#: into an issue dated before it (an issue of December put online in January) is dated by its own publication,
#: which the page states; the issue's earlier date is a bibliographic one. The forty-fifth held-out batch.
_ISSUE_METAS = ("citation_issue", "dc.source.issue", "prism.number")


def _without_issue_dates(page: _Page, found: list[_Cand], day_first: bool) -> list[_Cand]:
    """``found`` (the meta group's publication dates) without the dates earlier than the article's own
    ``DC.Date.created``, on a journal article's page that states its issue (:data:`_ISSUE_METAS`) and a
    ``DC.Date.issued``; ``found`` itself on any other page (three dict lookups)."""
    if "dc.date.issued" not in page.metas or "dc.date.created" not in page.metas:
        return found
    if not any(name in page.metas for name in _ISSUE_METAS):
        return found
    created = _parse_value(page.meta("dc.date.created"), day_first)
    if created is None:
        return found
    kept = [c for c in found if c.value >= created.value]
    return kept or found


#: Corrections of one article's ``correction`` property looked at.
_CORRECTIONS = 20


def _latest_correction(value: Any, day_first: bool) -> ParsedDate | None:
    """The latest date of an article node's ``correction`` (schema.org: a ``CorrectionComment``, or a list of
    them, each with its ``datePublished`` or ``dateCreated``), when the node states no ``dateModified``: a
    correction appended to the story changed the page that day (the visible note often undated: "An earlier
    version of this article misstated ..."). A correction given as text alone dates nothing. The forty-third
    held-out batch."""
    latest: ParsedDate | None = None
    for item in (value if isinstance(value, list) else [value])[:_CORRECTIONS]:
        if not isinstance(item, dict):
            continue
        parsed = _parse_value(
            text_value(item.get("datePublished")) or text_value(item.get("dateCreated")), day_first
        )
        if parsed is not None and (latest is None or parsed.value > latest.value):
            latest = parsed
    return latest


def _own_urls(page: _Page) -> set[str]:
    """The page's own addresses as :func:`_strip_url` keys them: its URL and its canonical."""
    own = {_strip_url(page.url)}
    if page.canonical:
        own.add(_strip_url(_join(_base_url(page), page.canonical)))
    return own


def _names_another_page(node: dict[str, Any], own: set[str]) -> bool:
    """Does the JSON-LD ``node`` name, by its ``url``, ``@id`` or ``mainEntityOfPage``, an absolute address
    that is not one of ``own`` (the page's, :func:`_own_urls`), and none that is? On a page with an article
    node of its own, such a node describes another page (the same story in another language, listed in one
    block before this page's own): its dates are that page's. A relative or fragment ``@id`` (``#article``)
    names nothing else."""
    other = False
    for key in ("url", "@id", "mainEntityOfPage"):
        ref = node.get(key)
        ref = ref.get("@id") if isinstance(ref, dict) else ref
        if not isinstance(ref, str) or not ref.startswith(("http://", "https://")):
            continue
        if _strip_url(ref) in own:
            return False
        other = True
    return other


def _first_shown(events: object, day_first: bool) -> ParsedDate | None:
    """When a video was first shown to the public: the earliest ``startDate`` of its ``publication`` events
    (schema.org's ``BroadcastEvent`` of a premiere or a live stream, a ``PublicationEvent``). A video's
    ``uploadDate`` is when its file reached the host, days before a premiere or a scheduled stream that no one
    could watch (or cite) until it began; ``None`` when no event states a start."""
    first: ParsedDate | None = None
    for event in events if isinstance(events, list) else [events]:
        if isinstance(event, dict):
            start = _parse_value(text_value(event.get("startDate")), day_first)
            if start is not None and (first is None or start.value < first.value):
                first = start
    return first


def _earliest_publication(
    first: ParsedDate, node: dict[str, Any], page: _Page, day_first: bool
) -> ParsedDate:
    """The earliest of ``first`` (read from ``node``) and the ``datePublished`` of the other article nodes
    naming this page by its URL (the first :attr:`_Page.own_articles` ranked), when ``node`` is one of them.
    Two blocks describing one page (the CMS's and a feed or SEO plugin's) can disagree, one writing the last
    edit as its publication; the original publication is the earliest a block states (as for the head's
    meta groups). On a tie, ``first``."""
    others = page.ranked_nodes[: page.own_articles]
    if not any(other is node for other in others):
        return first
    earliest = first
    for other in others:
        if other is node:
            continue
        parsed = _parse_value(text_value(other.get("datePublished")), day_first)
        if parsed is not None and _later(earliest, parsed):
            earliest = parsed
    return earliest


#: Updates of a live blog read at most (a long-running one lists thousands).
_MAX_LIVE_UPDATES = 200


def _latest_live_update(nodes: list[dict[str, Any]], day_first: bool) -> ParsedDate | None:
    """The latest ``datePublished``/``dateModified`` among the ``liveBlogUpdate`` entries of the best-ranked
    node that has any (updates come newest first or last: the latest, not the first, is the live blog's
    last modification)."""
    for node in nodes:
        updates = node.get("liveBlogUpdate")
        if isinstance(updates, dict):
            updates = [updates]
        if not isinstance(updates, list) or not updates:
            continue
        latest: ParsedDate | None = None
        for update in updates[:_MAX_LIVE_UPDATES]:
            if not isinstance(update, dict):
                continue
            parsed = _parse_value(
                text_value(update.get("dateModified")) or text_value(update.get("datePublished")), day_first
            )
            if parsed is not None and (latest is None or _later(parsed, latest)):
                latest = parsed
        if latest is not None:
            return latest
    return None


def _later(a: ParsedDate, b: ParsedDate) -> bool:
    """Is ``a`` after ``b``: by instant when both are aware timestamps, else by calendar date."""
    stamp_a, stamp_b = a.timestamp, b.timestamp
    if stamp_a is not None and stamp_b is not None and (stamp_a.tzinfo is None) is (stamp_b.tzinfo is None):
        return stamp_a > stamp_b
    return a.value > b.value


#: How many ancestors of a dated microdata property are looked at for a comment's item.
_COMMENT_DEPTH = 12
#: What marks a schema.org item as a reply to the page: its ``itemprop`` in the item above, or its type.
_COMMENT_PROPS = frozenset({"comment", "suggestedanswer", "acceptedanswer", "answer"})
_COMMENT_TYPES = frozenset({"comment", "answer"})


def _items_above(el: Any) -> Iterator[Any]:
    """The microdata items (``itemscope``) among ``el``'s nearest :data:`_COMMENT_DEPTH` ancestors, nearest
    first: what :func:`_outside_own_item`, :func:`_in_comment` and :func:`_in_cited_work` read."""
    parent = el.getparent()
    for _ in range(_COMMENT_DEPTH):
        if parent is None:
            return
        if parent.get("itemscope") is not None:
            yield parent
        parent = parent.getparent()


def _item_type(item: Any) -> str:
    """An item's schema.org type, its ``itemtype``'s last segment in lower case (``newsarticle``)."""
    return str(item.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower()


def _outside_own_item(el: Any, excluded: _Exclusion) -> bool:
    """Is ``el``, a date property inside a container of other pages' content, outside the page's own
    article item? Not when its nearest microdata item is an article (:data:`T.ARTICLE_TYPES`) that is itself
    outside such containers: ``<article itemscope itemtype=".../NewsArticle"><aside><time
    itemprop="datePublished">`` states the article's date in a side box of the article's own (an agency's
    meta column), where a related story in an aside is an item of its own, or no item's at all."""
    item = next(_items_above(el), None)
    return item is None or _item_type(item) not in T.ARTICLE_TYPES or excluded(item)


def _in_comment(el: Any) -> bool:
    """Is ``el`` inside a schema.org ``Comment`` or ``Answer`` item (``itemprop="comment"``,
    ``itemtype=".../Comment"``): a forum reply's or a reader comment's dates are theirs, not the page's (a
    thread's last reply, a system post closing the topic years later)?"""
    return any(
        (item.get("itemprop") or "").lower() in _COMMENT_PROPS or _item_type(item) in _COMMENT_TYPES
        for item in _items_above(el)
    )


#: ``itemprop`` values of a nested item that is the page's own article (a WebPage's ``mainEntity``).
_OWN_ITEM_PROPS = frozenset({"mainentity", "mainentityofpage"})


def _in_other_item(el: Any) -> bool:
    """Is ``el`` (a ``<meta itemprop="date...">``) another item's date: a reply's (:func:`_in_comment`), or
    that of a work the page's article item holds as a property of its own (:func:`_in_cited_work`)?"""
    return _in_comment(el) or _in_cited_work(el)


def _in_cited_work(el: Any) -> bool:
    """Is ``el`` inside a microdata item that is a property of an article item: ``<div itemprop="mentions"
    itemscope itemtype=".../NewsArticle">`` (a "Read also" card) inside the page's own NewsArticle? That
    item is another work the article names, and the dates it states are that work's. Not when the nearest
    item is no property (the page's article itself) or its ``mainEntity`` (an article inside its WebPage),
    nor when the item holding it is not an article (a Blog listing its posts)."""
    items = _items_above(el)
    nearest = next(items, None)
    if nearest is None:
        return False
    prop = (nearest.get("itemprop") or "").strip().lower()
    if not prop or prop in _OWN_ITEM_PROPS:
        return False
    holder = next(items, None)
    return holder is not None and _item_type(holder) in T.ARTICLE_TYPES


# --- the body --------------------------------------------------------------------------------------------
def _walk_body(page: _Page, root: Any) -> None:
    """Collect what the body offers, at C speed and bounded whatever the page's size: headings and
    ``<time>``s (``iter`` with tag filters, in document order), microdata/RDFa date properties (one XPath),
    each with its position and whether it sits in a container that holds other pages' content. Text near
    the headline is read later, from the headline outwards (:func:`_text_dates`)."""
    page.body_parsed = True
    if root is None:
        return
    body = root.find("body")
    page.body = body if body is not None else root
    if "shadowroot" in page.body_text:
        _open_shadow_roots(page.body)
    excluded = _Exclusion()
    page.excluded = excluded
    tooltips = _mentions_tooltip_date(page.body_text)
    elements = page.body.iter() if tooltips else page.body.iter(*_WALKED_TAGS)
    index = -1
    for walked, el in enumerate(elements):
        tag = el.tag
        if tooltips and tag not in _WALKED_TAGS:
            if walked >= _MAX_TOOLTIP_WALK:
                break
            tooltip = _tooltip_date(el) if isinstance(tag, str) else None
            if tooltip is not None and len(page.times) < 50 and not excluded(el):
                index += 1
                own = _text(el)[:40]
                words = _words_before(el)[-40:]
                # "<span>Modified</span><a title=...>yesterday</a>": the words before label it the update.
                hint = "modified" if T.modified_label(T.label_case(words.strip())) else ""
                page.times.append((index, tooltip, hint, (own + " " + words).lower(), own, el))
            continue
        index += 1
        if index >= _MAX_ELEMENTS:
            break
        if tag == "h1":
            if len(el) and (dated := _heading_date_child(el)) is not None:
                el.addnext(dated)  # the byline a theme wrote into the h1 follows it (see the function)
            if len(page.h1s) < 10:
                heading = _heading_text(clean_text(_visible_text(el)))
                if heading[:1] in _TYPE_OPENERS and len(el):
                    heading = _without_type_link(el, heading)
                page.h1s.append((index, heading, excluded(el), el))
        elif tag == "h2":
            if len(page.h2s) < 3:
                page.h2s.append((index, _heading_text(clean_text(_text(el))), excluded(el), el))
        elif (
            len(page.times) < 50
            and (not excluded(el) or (tag == "time" and _marked_pubdate(el, excluded)))
            and not _in_card_link(el)
        ):
            klass = ((el.get("class") or "") + " " + (el.get("id") or "")).lower()
            if tag == "abbr" and not _abbr_date(el.get("title"), klass):
                continue
            if tag in _VALUE_TAGS:
                value = _machine_date(el)
                if value is None:
                    continue
            else:
                value = el.get("datetime") or el.get("title") or _text(el) or _controller_date(el)
            parent = el.getparent()
            hint = " ".join(
                (
                    klass,
                    (el.get("itemprop") or "").lower(),
                    (el.get("data-testid") or "").lower(),
                    "pubdate" if el.get("pubdate") is not None else "",
                    ((parent.get("class") or "") + " " + (parent.get("itemprop") or "")).lower()
                    if parent is not None
                    else "",
                )
            )
            # The words around it: its own text and the text before it in its parent ("Updated <time>").
            own = _text(el)[:40]
            label = (own + " " + ((parent.text or "") if parent is not None else "")[-40:]).lower()
            page.times.append((index, value or "", hint, label, own, el))
    if ' title="' in page.body_text:
        _tooltip_labels(page)
    if " data-pub" in page.body_text or " data-date-pub" in page.body_text:
        _container_dates(page)
    # schema.org microdata (itemprop) and RDFa (property="schema:datePublished", "dc:created", ...), when
    # the markup mentions one at all (a regular expression over the text is cheaper than the XPath).
    if not _mentions_date_property(page.body_text):
        return
    for el in _xpath("props", page.body)[:200]:
        prop_attr = el.get("itemprop") or el.get("property") or ""
        prop = T.BODY_DATE_PROPS.get(prop_attr.strip().lower().rsplit(":", 1)[-1])
        if (
            prop
            and el.tag != "meta"
            and not (excluded(el) and _outside_own_item(el, excluded))
            and not _in_other_item(el)
        ):
            value = el.get("content") or el.get("datetime") or _text(el)
            page.microdata.append((prop, value or ""))


#: A ``title`` attribute short enough to be a label (a tooltip that names what an element's value is); the
#: pattern opens with its literal, which the search finds at C speed.
_TITLE_ATTR = lazy_re(r'title="([^"<>]{4,40})"')
#: Distinct tooltips looked at, and elements labelled, on one page.
_TITLE_LABELS = 60
_LABELLED_ELEMENTS = 10


def _tooltip_labels(page: _Page) -> None:
    """Read a date's label that a template gives only as its element's tooltip, as if printed before it: an
    info bar of icons and values (``<div class="bar_item bi_date_mod" title="Изменено"><i class="icon-pencil">
    </i> 10.01.2020 09:30</div>``, ``title="Дата публикации"``), where a reader sees the icon and hovers for
    the word. The tooltip's text is set before the element's own when it is a publication's or an update's
    label (:func:`linkcheck.extract.tables.modified_label`, ``TEXT_PUBLISHED_PREFIX_RE``) and the element's
    text holds a digit; the text-date reader then reads the label (:func:`_text_dates`). A link's title ("Все
    новости"), a tooltip of another word, or one over text without a digit is left. The forty-fourth held-out
    batch."""
    seen: set[str] = set()
    for m in _TITLE_ATTR.finditer(page.body_text):
        label = m.group(1).strip()
        if label in seen:
            continue
        seen.add(label)
        if len(seen) > _TITLE_LABELS:
            break
        low = T.label_case(label)
        if any(ch.isdigit() for ch in low) or not (
            T.modified_label(low) or T.TEXT_PUBLISHED_PREFIX_RE.search(low)
        ):
            continue
        for el in page.body.xpath(".//*[@title=$t]", t=m.group(1))[:_LABELLED_ELEMENTS]:
            own = _text(el)
            if any(ch.isdigit() for ch in own) and low not in own.lower():
                el.text = f"{label}: {el.text or ''}"


#: Attributes of a story's container that state its dates for a script to print (``<article
#: data-published-at="2020-01-09T14:05:00+02:00" data-updated-at="...">`` above byline spans left empty
#: until dayjs or moment fills them), each as the publication (``False``) or the update (``True``).
_CONTAINER_DATE_ATTRS = {
    "data-published-at": False, "data-published": False, "data-publish-date": False,
    "data-published-date": False, "data-date-published": False, "data-pubdate": False,
    "data-updated-at": True, "data-updated": True, "data-modified": True, "data-modified-at": True,
    "data-date-modified": True, "data-update-date": True,
}  # fmt: skip
#: Ancestors of the headline looked at for those attributes.
_CONTAINER_DEPTH = 6


def _container_dates(page: _Page) -> None:
    """The dates the headline's own container states in data attributes (:data:`_CONTAINER_DATE_ATTRS`), as
    a ``<time>`` hinted the publication or the update would: the nearest ancestor of the first headline that
    is not in other pages' content and holds an ISO 8601 value. A feed card's or a rail's attributes (no
    ancestor of the headline) are other stories'. The forty-fourth held-out batch."""
    heading = next(((at, el) for at, _t, excluded, el in page.h1s if not excluded and el is not None), None)
    if heading is None:
        return
    index, el = heading
    for depth, ancestor in enumerate(el.iterancestors()):
        if depth >= _CONTAINER_DEPTH:
            return
        found = [
            (name, value)
            for name, value in ancestor.attrib.items()
            if name in _CONTAINER_DATE_ATTRS and _ISO_DAY.match(value)
        ]
        if found:
            for name, value in found:
                kind = "modified" if _CONTAINER_DATE_ATTRS[name] else "published"
                page.times.append((index, value, kind, "", "", ancestor))
            return


#: Ancestors of a ``<time>`` looked at for a link around it, and the headings that make that link another
#: page's card.
_CARD_LINK_DEPTH = 4
_CARD_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _marked_pubdate(el: Any, excluded: _Exclusion) -> bool:
    """Is ``el`` (a ``<time>`` inside a container read as other pages' content) marked with the HTML5
    draft's ``pubdate`` attribute in an ``<article>`` that is the page's own? The attribute marks the
    publication of the nearest ``<article>`` around it, where themes of the early 2010s set it, often in
    the article's footer under the text (``<footer class="article-footer">``, a class that reads as the
    site's footer). A ``pubdate`` time in an article inside a rail or a related list (an excluded article)
    is that other story's; one outside any article is left to the other rules."""
    if el.get("pubdate") is None:
        return False
    for article in el.iterancestors("article"):
        return not excluded(article)
    return False


def _open_shadow_roots(body: Any) -> None:
    """Read each declarative shadow root as the content it is: a ``<template shadowrootmode="open">``
    (``shadowroot=`` before the attribute's rename) is what a browser shows as its host element's shadow
    tree, server-rendered web components' headline and byline (Lit, Stencil, Enhance), where any other
    ``<template>`` is inert markup that no reader sees (:data:`_SKIP_TEXT_TAGS`). Its tag is renamed a
    ``div``; the host's light DOM after it is what the tree's ``<slot>`` shows there, in the same order."""
    for template in list(body.iter("template"))[:50]:
        if template.get("shadowrootmode") is not None or template.get("shadowroot") is not None:
            template.tag = "div"


def _in_card_link(el: Any) -> bool:
    """Is ``el`` (a ``<time>``) inside a link that also wraps a heading: another page's card, its headline
    and its date in one ``<a href>`` ("Read also" between paragraphs, whatever its class says)? A link
    around the time alone (a theme's permalink, a day's archive) is the page's own byline."""
    for depth, ancestor in enumerate(el.iterancestors()):
        if depth >= _CARD_LINK_DEPTH:
            return False
        if ancestor.tag == "a":
            return ancestor.get("href") is not None and any(
                d.tag in _CARD_HEADINGS for d in ancestor.iterdescendants()
            )
    return False


#: Elements that state a date in an attribute as a ``<time>`` does, read as one when that attribute holds an
#: ISO 8601 date (:func:`_machine_date`): HTML's ``<data value="...">`` (a byline's yearless text, its
#: machine-readable value), and AMP's ``<amp-date-display datetime="...">``, whose text is rendered in the
#: browser from a template (its ``datetime="now"``, a masthead's clock, is none). The forty-fourth held-out
#: batch.
_VALUE_TAGS = frozenset({"data", "amp-date-display"})
#: The tags :func:`_walk_body` reads (the rest only for a date behind a tooltip), in a fixed order.
_WALKED_TAGS = ("h1", "h2", "time", "abbr", *sorted(_VALUE_TAGS))
#: The start of an ISO 8601 date in an element's machine-readable attribute.
_ISO_DAY = lazy_re(r"\s*[12]\d{3}-\d\d-\d\d")


def _controller_date(el: Any) -> str:
    """The ISO 8601 date an empty element's script value states, or ``""``: a Stimulus controller (Rails'
    Hotwire) fills ``<time data-controller="local-time" data-local-time-datetime-value="2020-01-09T13:05Z">``
    from its ``data-<controller>-<name>-value`` attribute, a name saying date or time. The forty-sixth
    held-out batch."""
    for name, value in el.attrib.items():
        if (
            name.endswith("-value")
            and name.startswith("data-")
            and ("date" in name or "time" in name)
            and _ISO_DAY.match(value)
        ):
            return str(value)
    return ""


def _machine_date(el: Any) -> str | None:
    """The ISO 8601 date an element of :data:`_VALUE_TAGS` states (``<data>``'s ``value``,
    ``<amp-date-display>``'s ``datetime``), or ``None``: a ``<data value="1245">`` holds a product's number,
    an ``<amp-date-display datetime="now">`` today."""
    value = el.get("value") if el.tag == "data" else el.get("datetime")
    return value if value and _ISO_DAY.match(value) else None


#: Elements walked at most on a page that holds a tooltip's date (every element, not only those tags).
_MAX_TOOLTIP_WALK = 10 * _MAX_ELEMENTS
#: Attributes a script shows as an element's tooltip, and the start of one that holds a date: an ISO 8601
#: ``title`` (``title="2024-11-29T11:05:12"``), or a tooltip library's content.
_TOOLTIP_ATTRS = ("data-tippy-content", "data-tooltip", "data-original-title", "data-bs-original-title")
_TOOLTIP_MARKS = (' title="19', ' title="20', *(f"{attr}=" for attr in _TOOLTIP_ATTRS))
#: Characters of an element's own text behind a tooltip date (a relative time, "1d", "yesterday",
#: "Nov 29 at 8:10"), and of a tooltip library's content, at most.
_TOOLTIP_TEXT = 40
_TOOLTIP_CHARS = 80
#: An ISO 8601 date and time at the start of a ``title`` (what follows it, a Unix time, left out).
_LEADING_ISO = lazy_re(r"\d{4}-\d\d-\d\d(?:[Tt ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:\s?Z|[+-]\d\d:?\d\d)?)?")


def _words_before(el: Any) -> str:
    """The text right before ``el`` in its parent: the previous element's text and tail
    (``<span>Modified</span><a title="...">yesterday</a>``), else the parent's own text (``edited <span
    title="...">``)."""
    before = el.getprevious()
    if before is not None:
        return (before.text or "") + (before.tail or "")
    parent = el.getparent()
    return (parent.text or "") if parent is not None else ""


def _mentions_tooltip_date(text: str) -> bool:
    """Does the markup hold an attribute that may be a tooltip's date (:data:`_TOOLTIP_MARKS`)? Substring
    tests: most pages hold none, and are walked by tag as before."""
    return any(mark in text for mark in _TOOLTIP_MARKS)


def _tooltip_date(el: Any) -> str | None:
    """The date an element shows only in its tooltip, behind a relative or short text ("1 day ago" over
    ``title="2024-11-29T11:05:12 1732878312"``, "1d" over ``data-tippy-content="Friday, November 29th 2024,
    14:05:33"``, "yesterday" over ``title="2024-11-29 08:10:02Z"``), as forums, link aggregators and Q&A
    sites print a post's time: an ISO 8601 ``title``, or a tooltip library's content that is a full date.
    ``None`` for any other element (a ``title`` is mostly words: a link's, an image's)."""
    title = el.get("title")
    if title and len(title) >= 10 and title[4:5] == "-" and title[:4].isdigit():
        m = _LEADING_ISO.match(title)
        if m is None or len(_text(el)) > _TOOLTIP_TEXT:
            return None
        return m.group() if _parse_value(m.group()) else None
    for attr in _TOOLTIP_ATTRS:
        value = el.get(attr)
        if value and len(value) <= _TOOLTIP_CHARS and len(_text(el)) <= _TOOLTIP_TEXT:
            return value if next(iter(find_text_dates(value)), None) is not None else None
    return None


def _abbr_date(title: str | None, klass: str) -> bool:
    """Does an ``<abbr>`` state a date in its ``title``: a microformat's (``class="published"``,
    ``updated``), or an ISO 8601 time behind a relative text (jQuery timeago's ``<abbr class="timeago"
    title="2022-11-14T18:45:00+05:00">2 years ago</abbr>``; an abbreviation's title is words)?"""
    if not title:
        return False
    if "publish" in klass or "updated" in klass:
        return True
    return len(title) >= 16 and title[4:5] == "-" and title[10:11] in "Tt " and title[:4].isdigit()


def _mentions_date_property(text: str) -> bool:
    """Does the markup hold an ``itemprop``/``property`` attribute naming a date (str.find, then a short
    anchored match: much cheaper than an XPath over every element)?"""
    for attr in ("itemprop", "property"):
        start = 0
        for _ in range(2000):
            at = text.find(attr, start)
            if at < 0:
                break
            if _DATE_PROP_WORD.match(text, at + len(attr), at + len(attr) + 64):
                return True
            start = at + len(attr)
    return False


class _Exclusion:
    """Is an element inside a container that holds other pages' content (nav, footer, aside, related
    lists, comments, the masthead's date line)? A container holding an h1 never counts as one (body
    classes such as ``right-sidebar`` wrap the whole page). Memoised per ancestor."""

    def __init__(self) -> None:
        self._own: dict[Any, bool] = {}
        self._full: dict[Any, bool] = {}

    def __call__(self, el: Any) -> bool:
        chain: list[Any] = []
        node = el
        result = False
        while node is not None and len(chain) < 256:
            known = self._full.get(node)
            if known is not None:
                result = known
                break
            chain.append(node)
            node = node.getparent()
        for node in reversed(chain):  # from the outermost unknown ancestor down to el
            result = result or self._excludes(node)
            self._full[node] = result
        return result

    def include(self, el: Any) -> None:
        """``el`` is the page's headline: none of its ancestors holds other pages' content (as a container
        holding an h1 does not), whatever its class says."""
        node = el.getparent()
        changed = False
        while node is not None:
            own = self._own.get(node)
            if own is not False:
                # Only an ancestor read as excluded can have made a memoised answer below it "excluded"
                # (one never read had an excluded ancestor above it, or was never asked about).
                changed = changed or own is True
                self._own[node] = False
            node = node.getparent()
        if changed:
            self._full.clear()

    def _excludes(self, node: Any) -> bool:
        cached = self._own.get(node)
        if cached is not None:
            return cached
        tag = node.tag
        result = False
        if not isinstance(tag, str) or tag in _SKIP_TEXT_TAGS:
            result = True
        elif tag not in ("body", "html", "main", "article", "h1"):
            klass = ((node.get("class") or "") + " " + (node.get("id") or "")).lower()
            if (
                (tag in T.EXCLUDED_TAGS and not _holds_page(node, tag))
                or (tag == "blockquote" and _embedded_post(klass))
                or (tag == "header" and not any(a.tag in ("article", "main") for a in node.iterancestors()))
                or (
                    klass.strip()
                    and (_excluded_class(node, klass) or _user_reviews(klass) or _side_bar(klass))
                )
                or tag == "cite"
            ):
                result = node.find(".//h1") is None
        self._own[node] = result
        return result


# Class fragments of a list of visitors' reviews (a directory's, a shop's, a venue's: ``firm__reviews``,
# ``user-reviews``, ``otzyvy``): each review dated by its author, like a comment, never the page. Plural: a
# critic's review is an article (``review-body``). Kept apart from the pinned :data:`T.EXCLUDED_CLASS_RE`.
def _user_reviews(klass: str) -> bool:
    """Does ``klass`` (an element's class and id, lower-cased) name a list of visitors' reviews
    (``reviews``, ``otzyv``)? A ``<cite>``, beside it in :meth:`_Exclusion._excludes`, names a quoted work (a
    press quote's paper and date on a theatre's page): its date is that work's. The forty-third held-out
    batch."""
    return "reviews" in klass or "otzyv" in klass


def _side_bar(klass: str) -> bool:
    """Does ``klass`` (an element's class and id, lower-cased) name a side bar spelt with a hyphen or an
    underscore (``<div id="side-bar">``, Wikidot's and many older templates' column of recent changes and
    links; :data:`T.EXCLUDED_CLASS_RE` reads ``sidebar`` in one word)? Kept apart from that pinned pattern.
    Not inside a longer word (``inside-bar``). The forty-seventh held-out batch."""
    return ("side-bar" in klass or "side_bar" in klass) and _SIDE_BAR.search(klass) is not None


_SIDE_BAR = lazy_re(r"(?<![a-z])side[-_]bar")


def _excluded_class(node: Any, klass: str) -> bool:
    """Does ``klass`` (an element's class and id, lower-cased) name a container of other pages' content
    (:data:`T.EXCLUDED_CLASS_RE`)? Not when only "tags" names it and it holds no link: a tag list links to
    its topics, where a line classed so without any (``<p class="tags">ČTK | 12.03.2022 14:30</p>``) is the
    article's own meta line."""
    m = T.EXCLUDED_CLASS_RE.search(klass)
    if m is None:
        return False
    if m.group() not in ("tags", "footer") or T.EXCLUDED_CLASS_RE.search(klass, m.end()) is not None:
        return True
    if m.group() == "footer":
        return not _headline_block_footer(node, klass, m.start())
    return node.find(".//a") is not None


def _headline_block_footer(node: Any, klass: str, at: int) -> bool:
    """Is the ``footer`` at ``at`` in ``klass`` a BEM element's name, the footer of a block that holds the
    page's ``<h1>`` (``<div class="node-press-release__footer">`` inside ``<div class="node-press-release">``
    around the headline: a release's number and "Updated October 17, 2019" under its text)? It is that
    article's foot, as a ``<footer>`` inside an ``<article>`` is (:func:`_holds_page`), not the site's. Not
    a card's or a teaser's footer (``card__footer``: its block holds another page's heading), nor a bare
    ``footer`` class. The fifty-fifth held-out batch."""
    end = at + len("footer")
    if at < 3 or klass[at - 2 : at] != "__" or (end < len(klass) and not klass[end].isspace()):
        return False  # not "block__footer" ending there ("site-footer", "article__footer-links")
    block = klass[klass.rfind(" ", 0, at) + 1 : at - 2]
    if not block:
        return False
    for ancestor in node.iterancestors():
        if block in (ancestor.get("class") or "").lower().split():
            return ancestor.find(".//h1") is not None
    return False


#: Class fragments of the ``<blockquote>`` an embedded post is written in (a social network's embed code:
#: ``twitter-tweet``, ``instagram-media``, ``tiktok-embed``, ``bluesky-embed``, ``mastodon-embed``,
#: ``reddit-embed-bq``, Threads' ``text-post-media``, Facebook's ``fb-xfbml-parse-ignore``; WordPress's
#: ``wp-embedded-content``, another post of a blog).
_EMBED_MARKS = ("embed", "tweet", "instagram", "text-post-media", "fb-xfbml")


def _embedded_post(klass: str) -> bool:
    """Is a ``<blockquote>`` of class ``klass`` (with its id, lower-cased) an embedded post? Its date
    (``<time datetime>`` in Instagram's caption, the tweet's linked day) is that post's, made before the
    story that quotes it, not the page's. A plain quotation's blockquote (no class, or ``pullquote``) is
    left to the rules for the text it holds."""
    return any(mark in klass for mark in _EMBED_MARKS)


def _aside_over_headline(node: Any) -> bool:
    """Is ``node`` (an ``<aside>``) the meta line of an article's header: right before that article's
    ``<h1>`` (its next element), inside an ``<article>``? Interfax sets its date and rubric so
    (``<aside class="textML"><a class="time">07:00, 29 ноября 2024</a>``); a sidebar or a related box stands
    elsewhere (beside the article, or in its text). Not an aside holding microdata properties: its dates are
    read by their item (:func:`_outside_own_item`: the article's when the item is an article), as the
    twenty-first batch settled for this very line marked ``itemprop="datePublished"``."""
    following = node.getnext()
    if following is None or following.tag != "h1":
        return False
    if node.find(".//*[@itemprop]") is not None:
        return False
    return any(ancestor.tag == "article" for ancestor in node.iterancestors())


def _holds_page(node: Any, tag: str) -> bool:
    """Is ``node``, of a tag that holds other content (:data:`T.EXCLUDED_TAGS`), the page's own after all:
    a ``<form>`` straight under ``<body>`` (ASP.NET WebForms wraps every page in one), or a ``<footer>``
    whose nearest sectioning ancestor is an ``<article>`` (HTML's footer of that section: its date, author
    and tags, as blog themes write "Posted on ..."), or the ``<main>`` element (the main content's footer:
    a documentation theme's "Last updated" and edit link, VuePress's ``<footer class="vp-page-meta">``, the
    forty-sixth held-out batch), not the page's or an aside's?"""
    if tag == "form":
        parent = node.getparent()
        return parent is not None and parent.tag == "body"
    if tag == "aside":
        return _aside_over_headline(node)
    if tag != "footer":
        return False
    for ancestor in node.iterancestors():
        tag = ancestor.tag
        if tag == "article" or tag == "main":
            return True
        if tag in ("aside", "nav", "section", "body"):
            return False
    return False


def _time_dates(page: _Page, weak_ok: bool, title: str | None) -> list[_Cand]:
    """Body microdata, then ``<time>`` elements: hinted ones first, then the one nearest after the h1."""
    cands: list[_Cand] = []
    for prop, value in page.microdata:
        parsed = _parse_value(value)
        if parsed:
            cands.append(_Cand(parsed.value, parsed.timestamp, "microdata", prop == "modified"))
    if not weak_ok:
        return cands
    h1_index, anchor = _headline_index(page, title)
    hinted: list[_Cand] = []
    after: list[tuple[int, _Cand]] = []
    lone = _lone_updated_abbr(page.times)
    for index, value, hint, label, own, el in page.times:
        parsed = _parse_value(value)
        if not parsed:
            continue
        stamp = parsed.timestamp
        if stamp is not None and ":" in own and (stamp.tzinfo is _UTC or stamp.utcoffset() == _UTC_OFFSET):
            # <time datetime="2022-03-11T23:10:00Z">12.03.22 | 01:10</time>: the day where the page is.
            local = local_from_clock(stamp, own)
            if local is not None:
                parsed = ParsedDate(local.date(), local)
        elif stamp is not None and (stamp.tzinfo is _UTC or stamp.utcoffset() == _UTC_OFFSET) and own:
            # <time datetime="2020-01-08T20:30:00Z">9 January, 2020</time>: the day the page shows, a
            # neighbour of the UTC one, is the day where it was published (a release of New Zealand's
            # morning; the fiftieth held-out batch).
            shown = _neighbour_day_shown(own, parsed.value)
            if shown is not None:
                parsed = ParsedDate(shown, None)
        if (
            T.HINT_MODIFIED_RE.search(hint)
            and not _entry_date_updated(hint)
            and not (lone and el.tag == "abbr")
        ) or T.UPDATE_WORD_RE.search(label):
            hinted.append(_Cand(parsed.value, parsed.timestamp, "time", True, byline=True))
        elif T.HINT_PUBLISHED_RE.search(hint):
            hinted.append(_Cand(parsed.value, parsed.timestamp, "time", False, byline=True))
        else:
            if h1_index is not None and _other_items_time(el, headed=index > h1_index):
                # A strip of other stories above the headline, each with its time; below it, a list of
                # items each with its own heading and time (a digest's briefs, a "More news" block).
                continue
            if h1_index is not None and index == h1_index - 1 and _heads_block_of(el, anchor):
                distance = 1  # the byline set above the headline, in its own block (:func:`_heads_block_of`)
            else:
                distance = index - h1_index if h1_index is not None and index >= h1_index else 10_000 + index
            # Not when a short h2 stands between: it heads another section ("More news" and its list), where
            # a standfirst set in an h2 is a sentence; nor after the story's paragraphs (a reply's time in a
            # container no class names: only headings and times are counted as elements).
            close = (
                distance <= _BYLINE_ELEMENTS
                and not any(
                    h1_index is not None and h1_index < at < index and len(text.split()) <= _SECTION_WORDS
                    for at, text, _x, _e in page.h2s
                )
                and not (h1_index is not None and _prose_between(anchor, el))
            )
            cand = _Cand(parsed.value, parsed.timestamp, "time", False, byline=close)
            cand.tooltip = el.tag not in _WALKED_TAGS and _relative_text(own)
            after.append((distance, cand))
    after.sort(key=lambda item: item[0])
    return cands + hinted + [c for _, c in after]


#: A four-digit number: a year, which a relative time ("3 天前", "2 hours ago") does not print.
_FOUR_DIGITS = lazy_re(r"\d{4}")


def _neighbour_day_shown(own: str, day: dt.date) -> dt.date | None:
    """The full date ``own`` (a ``<time>``'s text, without a clock) states, when it is the day before or
    after ``day`` (its attribute's day in UTC): the publisher's local day, which the attribute's zone moved.
    ``None`` for a text without a year (a relative time's), another date or the same day."""
    if _FOUR_DIGITS.search(own) is None:
        return None
    for shown, _start, _end in find_text_dates(own):
        return shown if abs((shown - day).days) == 1 else None
    return None


def _relative_text(own: str) -> bool:
    """Is ``own`` (a tooltip's element's text) a relative time's: some text, no year in it? Not an empty
    element's (a microformat's machine value, ``<span class="value-title" title="2024-11-28">``) nor an
    absolute date's."""
    return bool(own.strip()) and _FOUR_DIGITS.search(own) is None


def _later_posts(cands: list[_Cand], labelled: list[dt.date]) -> list[_Cand]:
    """The tooltips' dates among ``cands`` later than the first publication the text labels near the headline
    (``labelled``): a forum prints a recent post's time relative ("3 天前", "2 hours ago") with the date in
    its tooltip, and an older one's absolute; where the opening post's date is printed and labelled ("发表于
    2020-1-9 14:05:33") and a later post's only in a tooltip, the tooltip's is a reply's, after the page's
    own. They then rank with the far ``<time>``s, after the text's dates. The forty-seventh held-out batch."""
    first = labelled[0]
    return [c for c in cands if c.tooltip and not c.modified and c.value > first]


def _lone_updated_abbr(times: list[Any]) -> bool:
    """Is the page's one hinted date an hAtom ``<abbr class="updated" title="...">`` and nothing is classed
    a publication: livedoor Blog's and old Movable Type templates' entry header, ``<abbr class="updated"
    title="2018-03-07T12:41:09+09:00">2018年03月07日</abbr>``, which carries the posting time in the one
    class hAtom requires of an entry? Then it is the publication, as WordPress's lone ``entry-date updated``
    is (:func:`_entry_date_updated`). The fifty-eighth held-out batch."""
    updated = [t for t in times if t[5] is not None and t[5].tag == "abbr" and "updated" in t[2]]
    return len(updated) == 1 and not any(
        T.HINT_PUBLISHED_RE.search(t[2]) for t in times if t is not updated[0] and "updated" not in t[2]
    )


def _entry_date_updated(hint: str) -> bool:
    """Is ``hint`` (a ``<time>``'s classes, itemprop and its parent's) that of WordPress's ``entry-date``, the
    post's date, which a theme also classes hAtom's ``updated`` for feed validators, with no word of a
    modification besides (tagDiv's Newspaper: ``<time class="entry-date updated td-module-date">`` holding
    the publication, the only date it prints)? Then it is the publication. Themes that print both dates class
    them apart (``entry-date published`` and ``updated``), and a post never edited is classed ``entry-date
    published updated``: both left as they were. The forty-third held-out batch."""
    return "entry-date" in hint and "updated" in hint and "publi" not in hint and "modif" not in hint


#: Levels above a ``<time>`` looked at for the item of a list it belongs to.
_ITEM_DEPTH = 3

#: Levels above the headline, and above a ``<time>``, at which they may share their block.
_BLOCK_DEPTH = 2


def _heads_block_of(el: Any, headline: Any) -> bool:
    """Is ``el`` (a ``<time>`` right before the headline, with no heading or time between) in the headline's
    own block: the headline's parent or grandparent holds it, within :data:`_BLOCK_DEPTH` levels above it
    (``<div class="header"><div class="info">... <time>9 янв 2020</time></div><h1>...</h1></div>``)? Many
    templates set the byline above the headline; a strip of other stories before the headline (a sidebar,
    a rail) sits in a block of its own, which the headline's does not hold."""
    if headline is None:
        return False
    blocks = []
    node = headline.getparent()
    for _ in range(_BLOCK_DEPTH):
        if node is None or node.tag in ("body", "main", "html"):
            break
        blocks.append(node)
        node = node.getparent()
    if not blocks:
        return False
    node = el.getparent()
    for _ in range(_BLOCK_DEPTH + 1):
        if node is None:
            return False
        if any(node is block for block in blocks):
            return True
        node = node.getparent()
    return False


def _other_items_time(el: Any, headed: bool = False) -> bool:
    """Is ``el`` (a ``<time>``) one item's of a list of links to other pages: its item (the nearest of its
    ancestors, within :data:`_ITEM_DEPTH` levels, that has a sibling of its own tag) holds a link, and the
    item before or after it holds a ``<time>`` too ("08:12 Frigate leaves for trials", "07:40 ...", the
    latest news in a strip over the headline)? A byline's times (published, updated) are not each beside a
    link, and a dateline above the headline stands alone. With ``headed`` (a ``<time>`` after the
    headline), only when the item also holds a heading of its own (h2-h6): a digest's brief or another
    story's card, each headed and timed, where a byline's list items (its date, a view count, a comments
    link) have none."""
    node = el
    for _ in range(_ITEM_DEPTH):
        item = node.getparent()
        if item is None or item.tag in ("body", "main", "article"):
            return False
        siblings = [s for s in (item.getprevious(), item.getnext()) if s is not None and s.tag == item.tag]
        if siblings:
            linked = item.find(".//a[@href]") is not None
            if headed and not any(d.tag in _CARD_HEADINGS for d in item.iterdescendants()):
                return False
            return linked and any(s.find(".//time") is not None for s in siblings)
        node = item
    return False


def _prose_between(start: Any, end: Any) -> bool:
    """Do :data:`_PROSE_PARAGRAPHS` paragraphs of prose (``<p>``s as :func:`_after_prose` counts them) stand
    between ``start`` (the headline) and ``end`` (a ``<time>`` after it), in document order? A byline stands
    above the story; a time after its paragraphs is a reply's or another story's. Not counted: a caption's
    paragraphs (in a ``<figure>``), nor any when both sit in one ``<header>`` (a standfirst's paragraphs
    above the byline). The walk stops at ``end`` or at the count, whichever comes first."""
    if start is None or end is None:
        return False
    holders = set(end.iterancestors())
    common = next((a for a in start.iterancestors() if a in holders), None)
    if common is None or common.tag == "header" or any(a.tag == "header" for a in common.iterancestors()):
        return False
    paragraphs = 0
    node = start
    while node is not None and node not in holders:
        for sibling in node.itersiblings():
            inside = sibling in holders
            for el in sibling.iter("p", end.tag) if inside else sibling.iter("p"):
                if el is end:
                    return False
                if el in holders or _in_figure(el):
                    continue
                text = _text(el).strip()
                if len(text) >= _PROSE_CHARS and text.endswith(_SENTENCE_STOPS):
                    paragraphs += 1
                    if paragraphs >= _PROSE_PARAGRAPHS:
                        return True
            if inside:
                return False
        node = node.getparent()
    return False


def _in_figure(el: Any) -> bool:
    """Is ``el`` in a ``<figure>`` (a photo's caption and credit), within three levels?"""
    for depth, ancestor in enumerate(el.iterancestors()):
        if depth >= 3:
            return False
        if ancestor.tag in ("figure", "figcaption"):
            return True
    return False


#: Class or id of a container that shows the day's date at the top of a page (the masthead's "today" line):
#: excluded as other content, read only by :func:`_frozen_masthead`.
_TODAY_LINE = lazy_re(r"masthead|today|current-?date|topdate|date-du-jour|header__date")
#: Elements looked at for that line (it is among a page's first), and how old its date must be to be an
#: edition's: a live page shows the day it is served; a cache, a few days before.
_TODAY_LINE_ELEMENTS = 200
_FROZEN_AGE = dt.timedelta(days=30)


def _frozen_masthead(page: _Page, today: dt.date) -> list[_Cand]:
    """The date of a masthead's "today" line that is not today, for a page nothing else dates: a print
    edition's archive, or any page saved as it was served, shows its edition's day there ("السبت 9 من شعبان
    1443 هــ 12 مارس 2022 السنة 146 العدد 49412"). A line showing the day of the fetch (a live page) or a day
    of the last month (a cached copy) says nothing of the page."""
    if page.body is None:
        return []
    for index, el in enumerate(page.body.iter()):
        if index >= _TODAY_LINE_ELEMENTS:
            break
        if not isinstance(el.tag, str):
            continue
        klass = el.get("class") or el.get("id")
        if not klass or not _TODAY_LINE.search(klass.lower()):
            continue
        for value, _start, _end in find_text_dates(clean_text(_text(el))[:300]):
            if value <= today - _FROZEN_AGE and value.year >= MIN_YEAR:
                return [_Cand(value, None, "text", False)]
            return []  # the line's first date is today's (or recent): a live page's
    return []


#: The words of a section's heading at most ("More news", "Lo último", "Seneste nyt").
_SECTION_WORDS = 4


def _headline_index(page: _Page, title: str | None) -> tuple[int | None, Any]:
    """Where the headline sits: the h1 equal to the chosen title, else an h2/h3 or a title-classed element
    equal to it (a headline under a logo h1), else the first visible h1. Returns (position, element)."""
    found = page.headline_at.get(title)
    if found is None:
        found = page.headline_at[title] = _find_headline(page, title)
    return found


def _find_headline(page: _Page, title: str | None) -> tuple[int | None, Any]:
    visible = [(i, text, el) for i, text, excluded, el in page.h1s if not excluded and text]
    if title:
        key = normalize_title(title)
        for i, text, el in visible:
            if normalize_title(text) == key:
                return i, el
        if page.body is not None:
            for el in _headline_elements(page):
                text = _text(el)
                if abs(len(text.strip()) - len(title)) < 8 and normalize_title(text) == key:
                    return None, el
    return (visible[0][0], visible[0][2]) if visible else (None, None)


def _subtree_texts(page: _Page, root: Any, texts: list[str], budget: list[int], with_tail: bool) -> None:
    """Append the visible text of ``root``'s subtree (and its tail) in document order, within budget.

    ``budget`` is [characters left, elements left]; ``iterwalk`` keeps the walk in C between events.
    """
    excluded = page.excluded
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if budget[0] <= 0 or budget[1] <= 0:
            return
        if event == "start":
            budget[1] -= 1
            if excluded is not None and excluded(el):
                walker.skip_subtree()  # a nav, a related list, a script: nothing inside is ours
                continue
            text = el.text
            if text and isinstance(el.tag, str) and text.strip():
                texts.append(text.strip())
                budget[0] -= len(text)
        elif el is not root or with_tail:
            tail = el.tail
            parent = el.getparent()
            if tail and tail.strip() and parent is not None and not (excluded and excluded(parent)):
                texts.append(tail.strip())
                budget[0] -= len(tail)


def _following_texts(page: _Page, anchor: Any, limit: int) -> list[str]:
    """Visible text after ``anchor`` (not inside it), nearest first, up to ``limit`` characters."""
    texts: list[str] = []
    budget = [limit, _MAX_WALK]
    node = anchor
    excluded = page.excluded
    while node is not None and budget[0] > 0 and budget[1] > 0:
        tail, parent = node.tail, node.getparent()
        if tail and tail.strip() and parent is not None and not (excluded and excluded(parent)):
            texts.append(tail.strip())
            budget[0] -= len(tail)
        for sibling in node.itersiblings():
            _subtree_texts(page, sibling, texts, budget, with_tail=True)
            if budget[0] <= 0 or budget[1] <= 0:
                break
        else:
            node = parent
            continue
        break
    return texts


def _preceding_texts(page: _Page, anchor: Any, limit: int) -> list[str]:
    """Visible text before ``anchor`` (not its ancestors' own text after it), in document order, keeping
    the ``limit`` characters nearest to it."""
    chunks: list[list[str]] = []  # nearest first
    size = 0
    node = anchor
    excluded = page.excluded
    while node is not None and size < limit:
        for sibling in node.itersiblings(preceding=True):
            texts: list[str] = []
            _subtree_texts(page, sibling, texts, [limit * 4, _MAX_WALK], with_tail=True)
            chunks.append(texts)
            size += sum(len(t) for t in texts)
            if size >= limit:
                break
        parent = node.getparent()
        if (
            size < limit
            and parent is not None
            and parent.text
            and parent.text.strip()
            and not (excluded and excluded(parent))
        ):
            chunks.append([parent.text.strip()])
            size += len(parent.text)
        node = parent
    return [text for texts in reversed(chunks) for text in texts]


def _text_dates(page: _Page, title: str | None, language: str | None) -> tuple[list[_Cand], list[_Cand]]:
    """Visible dates near the headline: labelled ones ("Published ...") first, then those within a byline's
    reach of it (after it, then right above it: "14:35, 12 March 2022" over the headline); and apart, the
    nearest further after it (within a short reach: further on, dates belong to the story, or to a list of
    other stories after a short one), then the rest before it."""
    if page.body is None:
        return [], []
    day_first = _day_first(language)
    roc = _roc_calendar(language, page.url)
    _, anchor = _headline_index(page, title)
    if anchor is not None and page.excluded is not None:
        page.excluded.include(anchor)  # the headline's containers hold the page's own content
    if anchor is None:
        texts: list[str] = []
        _subtree_texts(page, page.body, texts, [_NO_H1_CHARS, _MAX_WALK], with_tail=False)
        windows = [(_window(texts, _NO_H1_CHARS), False)]
    else:
        after = _window(_following_texts(page, anchor, _AFTER_H1_CHARS), _AFTER_H1_CHARS)
        page.near_text = after
        before = " | ".join(_preceding_texts(page, anchor, _BEFORE_H1_CHARS))[-_BEFORE_H1_CHARS:]
        windows = [(after, False), (before, True)]
    page.lead_text = windows[0][0]
    labelled: list[_Cand] = []
    close: list[_Cand] = []
    nearest: list[_Cand] = []
    upd_at: int | None = None  # where the appended updates' ("UPD ...") latest stands in ``labelled``
    corrections = T.CORRECTION_STEMS.get((language or "").split("-")[0].lower()) or T.CORRECTION_STEMS[""]
    for window, reverse in windows:
        if any(lone in window for lone in _LONE_SEPARATORS):
            window = _join_split_dates(window)
        if " | 20" in window or " | 19" in window:  # a year standing as an element of its own
            window = _join_date_box(window)
        if any(piece in window for piece in _ORDINAL_PIECES):
            window = _join_sup_ordinals(window)
        if not day_first and _AMBIGUOUS_NUMERIC.search(window):
            day_first = _writes_day_first(page.body_text)
        found = list(find_text_dates(window, day_first=day_first, roc=roc))
        if len(found) > 1:
            found = _without_ranges(window, found)
        if reverse:
            found.reverse()
        elif anchor is None and len(found) >= _LOG_ENTRIES and (log := _newest_first_log(window, found)):
            # No headline element: a log of entries, newest first (an incident's updates), dates the page.
            labelled += [_Cand(log[0], None, "text", False, byline=True), _Cand(log[1], None, "text", True)]
            break
        suffixed = not window.isascii() and any(label in window for label in T.SUFFIX_LABELS)
        corrected = any(stem in window for stem in corrections)  # a correction note's label may be here
        prose_end = -1  # where two paragraphs of prose end in the byline's reach, once asked
        for value, start, end in found:
            prefix = T.label_case(window[max(0, start - 40) : start])  # the label patterns read lower case
            suffix = T.suffix_label(window[end : end + 20]) if suffixed else None
            if suffix is not None:  # "2022年3月13日 9:10更新": a label after the date says what it is
                labelled.append(_Cand(value, None, "text", suffix, byline=True))
            elif "upd" in prefix and _UPD_LABEL.search(prefix) is not None:
                # "UPD 10.01.2020 ... UPD2 (11.01.2020):": updates appended in order; the latest is the page's
                cand = _Cand(value, None, "text", True, byline=True)
                if upd_at is None:
                    upd_at = len(labelled)
                    labelled.append(cand)
                elif value > labelled[upd_at].value:
                    labelled[upd_at] = cand
            # The long pattern inline (the hot path: every date read), then the others' labels (off ASCII).
            elif (
                T.TEXT_MODIFIED_PREFIX_RE.search(prefix)
                or T.more_modified_label(prefix)
                or _last_edited_by(prefix)
            ):
                labelled.append(_Cand(value, None, "text", True, byline=True))
            elif corrected and _correction_label(prefix):
                # "Correction, Oct. 18, 2019: An earlier version ...", above the byline: the day of a change
                labelled.append(_Cand(value, None, "text", True, byline=True))
            elif ("оригин" in prefix or "оригін" in prefix or "original" in prefix) and _original_label(
                prefix
            ):
                # "Перевод с латышского. Оригинал опубликован 8 января 2020 года.": the original's day
                continue
            elif (
                T.TEXT_PUBLISHED_PREFIX_RE.search(prefix)
                or _posted_at(prefix)
                or _published_by(window, start)
                or _placed(prefix)
                or _decision_made(prefix)
            ):
                labelled.append(_Cand(value, None, "text", False, byline=True))
            elif _member_label(prefix) or _premiere_label(prefix) or _procedure_label(prefix):
                # "Joined: Tue Mar 14, 2017": a poster's profile; "Премьера: ...": a production's; "Дата
                # введения в действие": a standard's entry into force
                continue
            elif _until_label(prefix):
                # "1.4 版本将维护至 2021 年 3 月 1 日", "supported until March 1, 2021": a deadline, an end;
                # "з 1 травня 2019 року": a period's start
                continue
            elif _today_label(prefix):
                # "Сегодня: 30 ноября 2024 г.", "DOF de hoy: 30/11/2024": the render day (tried after the
                # labels: "Updated today, 12 March 2022" is an update)
                continue
            elif not reverse and start <= _BYLINE_REACH:
                if prose_end < 0:
                    prose_end = _after_prose(window[: _BYLINE_REACH + 1])
                if start < prose_end and not _mid_sentence(window, start):
                    close.append(_Cand(value, None, "text", False, byline=True))
                else:
                    nearest.append(_Cand(value, None, "text", False))
            elif reverse and len(window) - end <= _BYLINE_REACH:
                close.append(_Cand(value, None, "text", False))
            elif reverse or start <= _UNLABELLED_REACH:
                nearest.append(_Cand(value, None, "text", False))
        if not reverse and not labelled and len(found) > 1 and (closing := _closing_date(window, found)):
            close.insert(0, _Cand(closing, None, "text", False, byline=True))
    page.labelled_published = [c.value for c in labelled if not c.modified]
    return labelled + close, nearest


def _labelled_before_url(labelled: list[dt.date], url_date: dt.date, found: list[_Cand]) -> bool:
    """Does the page's own labelled publication ("Сообщение опубликовано: 10.01.2020 07:15") come before
    the URL's date? When its first labelled publication names another day and the page prints the URL's day
    too, unlabelled (``2020-01-09 21:47:12``, an earthquake's origin time in UTC, in a table): the URL names
    what the page is about (an event, a filing, an issue), which the page accounts for, and the label says
    when the page was published. A label on the URL's day, no label, or a URL's day the page never prints (a
    blog's "Posted on January 11" under ``/2020/01/09/``) leaves the URL's date first, as before."""
    if not labelled or labelled[0] == url_date:
        return False
    return any(c.value == url_date and not c.modified for c in found)


#: Entries a log needs at least, and the characters before each date that must read alike.
_LOG_ENTRIES = 3
_LOG_LABEL = 16
_NOT_DIGITS = str.maketrans("", "", "0123456789")


def _newest_first_log(window: str, found: list[tuple[dt.date, int, int]]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a log whose entries stand newest first, each date after the same words
    (``Posted 4 years ago. Jan 10, 2020 - 00:40 UTC``, ``Posted 4 years ago. Jan 9, 2020 - 23:10 UTC``, ...:
    a hosted status page's incident, its Resolved update first and its Investigating one last): at least
    :data:`_LOG_ENTRIES` dates, each after the same :data:`_LOG_LABEL` characters (digits aside), never
    later than the one before and the last earlier than the first. Asked only of a page without a headline
    element. Not a log: dates after different words (a story's text), dates in rising order (a timeline of
    events), one day throughout."""
    labels = {window[max(0, start - _LOG_LABEL) : start].translate(_NOT_DIGITS) for _v, start, _e in found}
    if len(labels) != 1 or not next(iter(labels)).strip(" |"):
        return None
    days = [value for value, _start, _end in found]
    if days[-1] >= days[0] or any(later > earlier for earlier, later in itertools.pairwise(days)):
        return None
    return days[-1], days[0]


#: A numeric date whose order its numbers do not settle (``05/11/2024``: both 12 or less), slashes or hyphens.
_AMBIGUOUS_NUMERIC = lazy_re(r"(?<![\d/-])(?:0?[1-9]|1[0-2])([/-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?!\d)")
#: A numeric date, day or month first, with slashes or hyphens; and how many of a page's are looked at.
_NUMERIC_DATE = lazy_re(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(?:19|20)\d\d(?!\d)")
_ORDER_SAMPLES = 60


def _writes_day_first(body: str) -> bool:
    """Does a page (its markup ``body``) write its numeric dates day first, as its own dates show: one at
    least whose first number cannot be a month (``28/10/2024``), and none whose second cannot
    (``11/28/2024``)? Asked only of a page in US English whose byline's date is ambiguous (``05/11/2024``):
    a site abroad writing in English (a Georgian or an Indian outlet) dates its pages as it does at home,
    and its related stories and sidebars say which order that is. A page whose dates are all ambiguous, or
    that writes both orders, keeps the language's (month first)."""
    day = month = False
    for count, m in enumerate(_NUMERIC_DATE.finditer(body)):
        if count >= _ORDER_SAMPLES:
            break
        first, second = int(m.group(1)), int(m.group(3))
        if first > 12 and 1 <= second <= 12:
            day = True
        elif second > 12 and 1 <= first <= 12:
            month = True
    return day and not month


#: What stands between the two dates of a range ("November 29, 2024 – March 2, 2025", "January 3, 1941 -
#: November 24, 2024", "12 March to 3 April 2022"): a dash or a word for "to", and spaces.
_RANGE_JOINER = lazy_re(
    r"\s*(?:[-–—‒]|to|through|thru|until|till|bis|au|al|hasta|до|по|від)\s*", re.IGNORECASE
)


def _without_ranges(window: str, found: list[tuple[dt.date, int, int]]) -> list[tuple[dt.date, int, int]]:
    """``found`` (dates of ``window`` in order) without those that make a range with the next: two dates
    joined only by a dash or "to" (:data:`_RANGE_JOINER`), the first before the second. A range dates a run
    (an exhibition's, a festival's, a life's in an obituary), never the page that announces it. Not a date
    and a clock time ("12 March 2022 - 14:30"), nor two dates with words between ("Published 12/03/2022 -
    Updated 13/03/2022")."""
    drop: set[int] = set()
    for (first, _s1, end), (second, start, _e2) in itertools.pairwise(found):
        if start - end <= 12 and first < second and _RANGE_JOINER.fullmatch(window, end, start):
            drop.update((end, start))
    if not drop:
        return found
    return [item for item in found if item[2] not in drop and item[1] not in drop]


#: A publication label that names who published between the label and its date: "Published by The Harlow
#: Ledger on Nov. 28, 2024." (an obituary host's line after the text), "Posted by admin on Thursday,
#: November 28, 2024" (a blog theme's byline): up to six words of a name, then "on" and a weekday at most.
_PUBLISHED_BY = lazy_re(
    r"(?<![^\W\d_])(?i:published|posted|submitted) (?i:by) (?P<name>(?:[^\W\d_][\w.'’&-]*,?\s+){1,6})"
    r"on\W{0,3}(?:[^\W\d_]{2,12},?\s{1,3})?$"
)
_PUBLISHED_BY_REACH = 80
#: Words a publisher's name holds in lower case between capitalised ones ("Harlow Ledger and Evening Star").
_NAME_JOINERS = frozenset({"the", "and", "of", "&", "de", "la", "le", "du", "von", "van"})


#: "Placed" as a register's or a board's page labels its publication, in Russian and Ukrainian: a
#: procurement notice's "Размещено: 09.01.2020 14:05", a results protocol's "Протокол размещён: 09.01.2020",
#: a listing's "Дата размещения", "Розміщено". Only right before the date (a colon, a dash at most between):
#: in prose the participle says where a thing is placed, and a date after it is rare. Kept out of
#: ``T.TEXT_PUBLISHED_PREFIX_RE`` (every date's prefix is searched with it): tried only on a prefix holding
#: one of :data:`_PLACED_STEMS`. The forty-second held-out batch.
_PLACED_STEMS = ("размещ", "розміщ")
_PLACED_LABEL = lazy_re(r"(?:размещ[её]н[оа]?|дата размещения|розміщен[оа]?|дата розміщення)\W{0,3}$")


def _placed(prefix: str) -> bool:
    """Does ``prefix`` (lower-cased) end with a "placed" label (:data:`_PLACED_LABEL`)?"""
    return any(stem in prefix for stem in _PLACED_STEMS) and _PLACED_LABEL.search(prefix) is not None


def _published_by(window: str, start: int) -> bool:
    """Does the text before the date at ``start`` of ``window`` end with a publication label naming its
    publisher (:data:`_PUBLISHED_BY`)? A name: one word (a user's, "admin"), or words each capitalised
    but for joiners (:data:`_NAME_JOINERS`); not a clause ("published by the council in a statement on").
    The label patterns read 40 characters, where a name does not fit; this reads
    :data:`_PUBLISHED_BY_REACH`, only when " by " or " By " stands in them."""
    before = window[max(0, start - _PUBLISHED_BY_REACH) : start]
    if " by " not in before and " By " not in before:
        return False
    found = _PUBLISHED_BY.search(before)
    if found is None:
        return False
    words = found.group("name").replace(",", " ").split()
    return len(words) == 1 or all(w[0].isupper() or w.lower() in _NAME_JOINERS for w in words)


#: A date's separator standing alone between the texts of its numbers, each in its own element (``<span
#: class="year"><em>2022</em></span><span class="day"><em>03</em>/<em>12</em></span>``), as a window
#: joins them; and the numbers such a date is made of, a four-digit year first or last.
_LONE_SEPARATORS = (" | / | ", " | . | ", " | - | ", " | , | ")
_SPLIT_DATE = lazy_re(
    r"(?<![\d:])(\d{1,4}) \| (?:([/.-]) \| )?([01]?\d) \| (?:([/.-]) \| )?(\d{1,4})(?![\d:])"
)


#: Paragraphs of the story's prose after which a date is no longer the byline's, and what makes a text one:
#: its length, and a sentence's stop at its end.
_PROSE_PARAGRAPHS = 2
_PROSE_CHARS = 25
_SENTENCE_STOPS = (".", "。", "!", "?", "！", "？", "।", "۔")


def _after_prose(window: str) -> int:
    """Where the text after a headline (the byline's reach of it) has run through :data:`_PROSE_PARAGRAPHS`
    paragraphs of prose (texts of :data:`_PROSE_CHARS` characters or more ending a sentence): a byline stands
    above the story, and an unlabelled date after two of its paragraphs is the story's, or a list's after a
    short one (written in Chinese or Japanese, three paragraphs fit in a byline's reach of characters).
    ``len(window)`` if never."""
    at = 0
    paragraphs = 0
    for chunk in window.split(" | "):
        at += len(chunk) + 3
        if len(chunk) >= _PROSE_CHARS and chunk.endswith(_SENTENCE_STOPS):
            paragraphs += 1
            if paragraphs >= _PROSE_PARAGRAPHS:
                return at - 3
    return len(window)


def _join_split_dates(window: str) -> str:
    """``window`` with each date written across elements joined as one: ``2022 | 03 | / | 12`` reads
    ``2022/03/12``, ``12 | . | 03 | . | 2022`` reads ``12.03.2022``: a year (19xx, 20xx) first and a
    separator of its own before the day, or a year last and both separators. Numbers without one (``2021 |
    3 | 4``), a score before a year (``3 | - | 1 | 2021``) and a clock time stay as they are."""

    def join(m: re.Match[str]) -> str:
        first, last = m.group(1), m.group(5)
        if len(first) == 4 and first[:2] in ("19", "20"):
            sep = m.group(4)  # "2022 | 03 | / | 12": year first, a separator at least before the day
        elif len(last) == 4 and last[:2] in ("19", "20") and m.group(2) == m.group(4):
            sep = m.group(2)  # "12 | . | 03 | . | 2022": year last, both separators written
        else:
            sep = None
        if sep is None:
            return m.group(0)
        return f"{first}{sep}{m.group(3)}{sep}{last}"

    joined = _SPLIT_DATE.sub(join, window)
    return _SPLIT_MONTH_FIRST.sub(_join_month_first, joined) if " | , | " in joined else joined


#: A date drawn as a calendar box: the day, the month's name and the year each an element of its own, with
#: nothing between them (``<span>09</span><span>янв</span><span>2020</span>``, which the page's text reads
#: ``09янв2020``), as a window joins them: ``09 | янв | 2020``.
_SPLIT_DAY_MONTH_YEAR = lazy_re(r"(?<![\d:.])([0-3]?\d) \| ([^\W\d_]{3,13})(\.?) \| ((?:19|20)\d\d)(?![\d:])")


def _join_date_box(window: str) -> str:
    """``window`` with each calendar-box date (:data:`_SPLIT_DAY_MONTH_YEAR`) joined as one, ``09 янв
    2020``, when its word is a month's (:data:`tables.MONTHS`): a number, a word and a year in three elements
    are otherwise three texts, and the day is read as nothing (the year alone is no date). A word that is no
    month (``12 | фото | 2020``: a count, a label, a year) stays as it is."""

    def join(m: re.Match[str]) -> str:
        if T.MONTHS.get(m.group(2).lower()) is None:
            return m.group(0)
        return f"{m.group(1)} {m.group(2)}{m.group(3)} {m.group(4)}"

    return _SPLIT_DAY_MONTH_YEAR.sub(join, window)


#: An English day's ordinal suffix written as an element of its own, a superscript (``9<sup>th</sup> January
#: 2020``, as WordPress themes and British and South Asian papers print it), which a window reads ``9 | th |
#: January 2020``: the suffix is joined back to its day (``9th January 2020``) where a day stands before it.
_ORDINAL_PIECES = (" | th | ", " | st | ", " | nd | ", " | rd | ")
_SPLIT_ORDINAL = lazy_re(r"(?<![\d:.,])([0-3]?\d) \| (st|nd|rd|th) \| (?=[^\W\d_])")


def _join_sup_ordinals(window: str) -> str:
    """``window`` with each day's superscript ordinal (:data:`_SPLIT_ORDINAL`) joined to the day and the
    word after it: ``9 | th | January 2020`` reads ``9th January 2020``. A suffix after no day (``Fifth | th
    | ...``), after a clock or a decimal (``14:05 | th``) or before a number stays as it is."""
    return _SPLIT_ORDINAL.sub(r"\1\2 ", window)


#: A month-first date whose day and year are elements of their own: ``Jan | 10 | , | 2020`` (Atlassian
#: Statuspage writes ``Jan <var data-var="date">10</var>, <var data-var="year">2020</var>``).
_SPLIT_MONTH_FIRST = lazy_re(r"(?<![^\W\d_])([^\W\d_]{3,9}\.?) \| ([0-3]?\d) \| , \| ((?:19|20)\d\d)(?!\d)")


def _join_month_first(m: re.Match[str]) -> str:
    """``Jan | 10 | , | 2020`` as ``Jan 10, 2020`` when the word is a month's (``Page | 2 | , | 2020``
    stays)."""
    if T.MONTHS.get(m.group(1).rstrip(".").lower()) is None:
        return m.group(0)
    return f"{m.group(1)} {m.group(2)}, {m.group(3)}"


#: Labels of a forum member's profile dates beside each post ("Joined: Tue Mar 14, 2017 8:21 pm", phpBB;
#: "Join date", vBulletin; "Member since", "Registered", "Регистрация", "Зарегистрирован", "На форуме с",
#: "Dabei seit", "Inscrit le", "Miembro desde"): the day a reader signed up, never the page's. Looked for
#: as substrings of the lower-cased 40 characters before a date, then :data:`_MEMBER_LABEL` tells whether
#: the label ends right before it.
_MEMBER_WORDS = ("joined", "join date", "member since", "registered", "регистрац", "зарегистр", "на форуме с",
                 "dabei seit", "inscrit", "miembro desde")  # fmt: skip
_MEMBER_LABEL = lazy_re(
    r"(?<![^\W\d_])(?:joined(?: on)?|join date|member since|registered(?: on)?|регистрация|"
    r"зарегистрирован(?:а|о)?|на форуме с|dabei seit|inscrit(?:e)? (?:le|depuis)|miembro desde)"
    r"\W{0,5}(?:[^\W\d_]{2,9}\.?,?\s{1,3})?$"
)


#: A production's first night as a theatre's or a cinema's page labels it ("Премьера: 9 января 2020", "Дата
#: премьеры", Ukrainian "Прем'єра", Belarusian "Прэм'ера", "Premiere:", "Premiered on"): the production's
#: date, which its page describes, never that page's. Looked for as substrings of the lower-cased 40
#: characters before a date; only right before it (a colon, a dash at most between). The forty-third
#: held-out batch.
_PREMIERE_WORDS = ("премьер", "прем'єр", "прем’єр", "прэм'ер", "прэм’ер", "premiere")
_PREMIERE_LABEL = lazy_re(
    r"(?<![^\W\d_])(?:(?:дата )?премьер[аы]|прем['’]єра|прэм['’]ера|premiere(?:d(?: on)?| date)?)\W{0,3}$"
)


def _premiere_label(prefix: str) -> bool:
    """Does ``prefix`` (lower-cased) end with a premiere's label (:data:`_PREMIERE_LABEL`)?"""
    return any(word in prefix for word in _PREMIERE_WORDS) and _PREMIERE_LABEL.search(prefix) is not None


#: An update appended to a story under a bold "UPD" (Russian-language sites' and blogs' habit, numbered when
#: there are several: "UPD 10.01.2020, 09:30.", "UPD2 (11.01.2020, 18:40):", "UPD 3:"), right before its date.
#: Each is appended after the one before: the latest of them is the page's modification, not the first the
#: text shows. The forty-fourth held-out batch.
_UPD_LABEL = lazy_re(r"(?<![^\W\d_])upd\.?\s?\d{0,2}\W{0,4}$")


#: A date a page describes as its subject's procedure, never its own (looked for as substrings of the 40
#: lower-cased characters before a date, then :data:`_PROCEDURE_LABEL` right before it): a standard's, a
#: law's or a rule's entry into force (Russian "Дата введения в действие", "вводится в действие с", "вступает
#: в силу", Ukrainian "набирає чинності", "дата набрання чинності", English "Effective date", "effective
#: from"), later than its approval, which its page's byline or record states; and a commercial court's
#: operative part read out at the hearing ("Резолютивная часть решения объявлена 26 декабря 2019 года"),
#: before its full text, by whose day the decision is dated ("Полный текст решения изготовлен ..."). The
#: forty-fourth held-out batch.
_PROCEDURE_WORDS = ("введени", "в действие", "в силу", "чинност", "effective", "резолютивн")
_PROCEDURE_LABEL = lazy_re(
    r"(?<![^\W\d_])(?:дата введения(?: в действие)?|вв(?:одится|ед[её]н[аоы]?) в действие(?: с)?|"
    r"(?:дата вступления|вступа[ею]т|вступил[аои]?) в (?:законную )?силу(?: с)?|"
    r"набира[єю]т?ь? чинност[іи](?: з)?|дата набрання чинност[іи]|"
    r"effective(?: date| from| on| as of)?|"
    r"резолютивная часть(?: решения| постановления| определения)? (?:суда )?объявлена)\W{0,3}$"
)


#: The day a court's decision is made, by which it is dated (Russian procedure: "Полный текст решения
#: изготовлен 9 января 2020 года", a court of general jurisdiction's "Мотивированное решение составлено
#: ..."), after its operative part was read out (:data:`_PROCEDURE_LABEL`): the act's own date, which its page
#: publishes. The forty-fourth held-out batch.
_DECISION_WORDS = ("изготовлен", "составлен")
_DECISION_MADE = lazy_re(
    r"(?:полный текст|мотивированное|мотивированный)(?: текст)?(?: решения| постановления| определения|"
    r" решение| постановление| определение)?(?: суда)? (?:изготовлен|составлен)[оа]?"
    r"(?: в (?:полном|окончательной) (?:объ[её]ме|форме))?\W{0,3}$"
)


#: A translation's or a republication's note on its original ("Перевод с латышского. Оригинал опубликован 8
#: января 2020 года.", Ukrainian "Оригінал опубліковано ...", English "The original was published on ...",
#: "Original published ..."): the day the original ran, before the page's own, which its byline states (the
#: page cited is the translation). Skipped by the text-date reader as a premiere's date is. The forty-fifth
#: held-out batch.
_ORIGINAL_LABEL = lazy_re(
    r"(?<![^\W\d_])(?:оригинал(?:ьная (?:версия|статья))? (?:был[аои]? )?опубликован[аоы]?|"
    r"оригінал(?:ьн[аи]й? (?:версі[яю]|статт[яю]))? (?:бул[аои]? )?опубліковано?[аи]?|"
    r"(?:the )?original(?: (?:article|story|version))? (?:was )?(?:first )?published)(?: on| in| at)?\W{0,3}$"
)


def _original_label(prefix: str) -> bool:
    """Does ``prefix`` (lower-cased) end with a note's label of the original's publication
    (:data:`_ORIGINAL_LABEL`)? The caller tests its words as substrings first (the hot path: every date
    read)."""
    return _ORIGINAL_LABEL.search(prefix) is not None


def _decision_made(prefix: str) -> bool:
    """Does ``prefix`` (lower-cased) end with the label of a decision's making (:data:`_DECISION_MADE`)?"""
    return any(word in prefix for word in _DECISION_WORDS) and _DECISION_MADE.search(prefix) is not None


def _procedure_label(prefix: str) -> bool:
    """Does ``prefix`` (lower-cased) end with its subject's procedure's label (:data:`_PROCEDURE_LABEL`)?"""
    return any(word in prefix for word in _PROCEDURE_WORDS) and _PROCEDURE_LABEL.search(prefix) is not None


def _member_label(prefix: str) -> bool:
    """Does ``prefix`` (lower-cased) end with a member's profile label (:data:`_MEMBER_WORDS`)?"""
    return any(word in prefix for word in _MEMBER_WORDS) and _MEMBER_LABEL.search(prefix) is not None


#: "Today" in the languages we read, as a masthead labels its date line ("Сегодня: 30 ноября 2024 г.",
#: "Heute ist Samstag, 30. November 2024", "DOF de hoy: 30/11/2024"), and a reviewed page's next review
#: ("Next review due: 12 March 2025", a day to come, then past): looked for as substrings of the 40
#: characters before a date, then :data:`_TODAY_LABEL` tells whether the label ends right before it.
_TODAY_WORDS = (
    "review due", "next review",
    "today", "сегодня", "сьогодні", "heute", "hoy", "aujourd", "oggi", "hoje", "vandaag", "idag", "tänään",
    "dnes", "dziś", "dzisiaj", "bugün", "astăzi", "danas", "днес", "бүгін", "今日", "今天", "오늘", "היום",
    "اليوم", "امروز", "आज",
)  # fmt: skip
_TODAY_LABEL = lazy_re(
    r"(?<![^\W\d_])(?:today(?: is)?|сегодня|сьогодні|heute(?: ist)?|hoy(?: es)?|aujourd.hui(?: nous sommes)?|"
    r"oggi(?: è)?|hoje(?: é)?|vandaag(?: is)?|idag(?: är)?|tänään(?: on)?|dnes(?: je)?|dziś(?: jest)?|"
    r"dzisiaj|"
    r"bugün|astăzi|danas(?: je)?|днес|бүгін|今日は?|今天是?|오늘은?|היום|اليوم|امروز|आज|"
    r"(?:next )?review due(?: on| by)?|next review(?: date)?)(?![^\W\d_])"
    r"\W{0,3}(?:[^\W\d_]{2,12}\.?,?\s{1,3})?$"
)


#: A word saying the date after it ends or opens a period ("until", "до", "bis", Chinese "至" / "到";
#: "since", Ukrainian "з", Russian "с"): what a sentence says lasts until then (a version's support, an
#: offer, a deadline) or since then (a rule in force) is no date of the page's. The forty-sixth held-out
#: batch (and the forty-first's FAQ page: "приймають до 31 березня 2020 року", "з 1 травня 2019 року").
_UNTIL_LABEL = lazy_re(
    r"(?:(?<![^\W\d_])(?:until|till|bis|jusqu.(?:au|à)|hasta(?: el)?|fino al|até|до|since|seit|depuis|з|с)"
    r"|[至到])\s{0,3}$"
)


#: Chinese "last ... by <name> at" before a date (``本帖最后由 江边看船 于 2020-1-11 10:20 编辑``,
#: "this post was last edited by 江边看船 at ..."; the verb, 编辑 "edited", follows the date): forum
#: software's edit line, Discuz!'s and phpwind's, in simplified and traditional script. The forty-seventh
#: held-out batch.
_LAST_BY = lazy_re(r"最[后後]由\s*\S{1,30}?\s*[于於]\s*$")


#: Chinese "published at" with its preposition (``发表于 2020-1-9 14:05:33``, traditional ``發表於``;
#: ``发布于``): blogs' and forums' own label, which the pinned ``TEXT_PUBLISHED_PREFIX_RE`` reads only
#: without ``于`` (``发表时间：``). The forty-seventh held-out batch.
_POSTED_AT = lazy_re(r"(?:发表|發表|发布|發布|發佈)\s*[于於]\s*$")


def _posted_at(prefix: str) -> bool:
    """Does ``prefix`` end with :data:`_POSTED_AT` (a substring test first)?"""
    return ("于" in prefix or "於" in prefix) and _POSTED_AT.search(prefix) is not None


def _last_edited_by(prefix: str) -> bool:
    """Does ``prefix`` end with :data:`_LAST_BY`'s "last by <name> at" (a substring test first)?"""
    return "由" in prefix and _LAST_BY.search(prefix) is not None


#: What may stand between a correction note's label and its date: a weekday ("Correction: Friday, Oct. 18").
_AFTER_CORRECTION_LABEL = lazy_re(r"(?:[^\W\d_]{2,12}\.?,?\s{1,3})?")


def _correction_label(prefix: str) -> bool:
    """Does ``prefix`` (lower-cased) end with a correction note's label (``T.CORRECTION_NOTE_RE``:
    "Correction, Oct. 18, 2019: An earlier version of this story ...", "Исправлено 18 октября 2019 года")?
    The date after it is the day the story was changed, not its publication, even where the note stands
    first, between the headline and the byline (the fifty-seventh held-out batch). Asked only of a window
    holding one of the page language's stems (``T.CORRECTION_STEMS``): most hold none."""
    labels = list(T.CORRECTION_NOTE_RE.finditer(prefix))
    if not labels or _AFTER_CORRECTION_LABEL.fullmatch(prefix, labels[-1].end()) is None:
        return False
    # The label starts the note (an element, a sentence), as :func:`_correction_note` asks: "... було
    # виправлено 10 січня ..." inside a sentence is no note.
    before = prefix[: labels[-1].start()].rstrip()
    return not before or before.endswith(_NOTE_OPENERS) or before.endswith("|")


def _until_label(prefix: str) -> bool:
    """Does ``prefix`` (lower-cased) end with a word of :data:`_UNTIL_LABEL` (its last 16 characters read)?"""
    return _UNTIL_LABEL.search(prefix[-16:]) is not None


def _today_label(prefix: str) -> bool:
    """Does ``prefix`` (lower-cased) end with a "today" label (the date after it is the day the page was
    served, the masthead's) or a next review's: never the page's own date?"""
    return any(word in prefix for word in _TODAY_WORDS) and _TODAY_LABEL.search(prefix) is not None


#: Markup read after the headline for a labelled update when the head answered (the byline is close), and
#: where that read stops: other pages' content starts.
_BYLINE_CHARS = 1200
_BYLINE_STOPS = ("<aside", "<nav", "<footer")
#: A stem of every update label ``TEXT_MODIFIED_PREFIX_RE`` knows: where one may be. Most bylines have none,
#: and are settled by this one scan, without reading their dates. Case-insensitive on the text itself, not
#: on a lower-cased copy: lowering changes lengths ("İ" becomes two characters), and the positions found are
#: used on the text (thirty "İ" before "Updated 13 March 2023" hid the date).
#: Italian's "aggiorn" with Sicilian's "aggiurn", Corsican's "aghjurn" and Sardinian's "agiorn", and
#: Friulian's "inzorn": their yearless updates ("Aggiurnatu: 10 di jinnaru, 09:30") are looked for from here.
_UPDATE_STEM = lazy_re(
    r"updat|modif|revis|edited|aktuali[sz]|geändert|mise? à jour|actualiz|ag(?:gi|hj|i)[ou]rn|inzorn|"
    r"atualiz|bijgewerkt|gewijzigd|обнов|измен|оновл|актуализ|frissít|módosít|güncel|수정|업데이트|更新|修改|uppdater|"
    r"oppdater|opdater|päivit|diperbarui|ενημ",
    re.IGNORECASE,
)
#: Characters after an update label in which its date is looked for, and before its stem in which the
#: label may start ("last edited", "zaktualizowano"): the label check reads only from there.
_LABEL_REACH = 60
_LABEL_LEAD = 8


#: More stems (Estonian "uuendatud", and those of ``T.MORE_MODIFIED_STEMS``) without their first letter, as
#: a byline may write them in either case, looked for with ``str.find`` after the stems above: each branch
#: of :data:`_UPDATE_STEM` costs every scan of a byline, a substring test a small part of that. Arabic
#: "تحديث" ("آخر تحديث: 13/3/2022", "last update") has no case: whole. Afrikaans "Opgedateer", Uzbek
#: "Yangilandi" and Haitian Creole "Mizajou" ("updated") too; Greenlandic "Nutarterneqarpoq", Tajik "Навсозӣ"
#: and Malayalam "അപ്ഡേറ്റ്" (no case: whole); Faroese "Dagført", Malagasy "Nohavaozina", Polish "Data
#: modyfikacji" / "Zmodyfikowano", Kannada "ಅಪ್‌ಡೇಟ್" (its second half: the first may be joined by a ZWNJ) and
#: Kyrgyz "Өзгөртүлдү" (DataLife Engine's edit note; Russian "Изменил" is "измен" above), Luxembourgish
#: "Aktualiséiert" and Basque "Eguneratua"; Northern Sami "Ođasmahttojuvvon", Kazakh (Latin) "Jańartylǵan" and
#: Marathi "अपडेटेड" (no case: whole); Kurmanji "Nûkirin", Guarani "Oñemoambue" and Punjabi "ਅਪਡੇਟ" (no case:
#: its part that "ਅੱਪਡੇਟ" shares); West Frisian "Bywurke" and Romansh "Actualisà" / "Actualisaziun"; Slovene
#: "Posodobljeno", Māori "I whakahoutia" and Esperanto "Ĝisdatigita"; Uzbek in Cyrillic "Янгиланди", Kyrgyz
#: "Жаңыланды" and a wire's "UPD:" (in capitals, with its colon: "upd" alone is too common a substring);
#: Russian "Последнее редактирование" / "Отредактировано" (a forum's edit note) and Mongolian "Шинэчилсэн"
#: (Moldovan Cyrillic "Актуализат" is :data:`_UPDATE_STEM`'s "актуализ"); Maltese "Aġġornat", Lao "ປັບປຸງ",
#: Telugu "నవీకరణ" and "అప్‌డేట్" (its second half, as Kannada's) and Chinese "编辑于" / "編輯於" (no case: whole);
#: Scottish Gaelic "Ùraichte", Breton "Hizivaet", Dhivehi "އަޕްޑޭޓް", Sorani "نوێکراوەتەوە" and Yiddish
#: "דערהײַנטיקט" (its end: the double yod has three spellings); Friulian "Inzornât" (Asturian "Actualizáu" and
#: Upper Sorbian "Aktualizowane" are :data:`_UPDATE_STEM`'s "actualiz", "aktualiz").
_MORE_STEMS = (
    "uendat", "ppfær", "rditës", "enilən", "արմաց", "تحديث", "pgedateer", "angiland", "izajou",
    "utarterneqarpoq", "авсоз", "അപ്ഡേറ്റ്", "agført", "ohavaozina", "odyfik", "ಡೇಟ್", "згөрт",
    "ktualiséi", "gunera", "đasmahtt", "ańarty", "अपडेटेड", "ûkirin", "ñemoambue", "ਪਡੇਟ", "ywurke",
    "ctualisà", "ctualisaz", "osodoblj", "hakahou", "isdatig", "нгиланд", "аңылан", "UPD:", "едактир", "инэч",
    "ġġorn", "ປັບປຸງ", "నవీకర", "డేట్", "编辑于", "編輯於", "raichte", "iziva", "އަޕްޑޭޓް", "نوێکرا", "נטיקט",
    "nzorn",
    # The labels ``T.TEXT_MODIFIED_PREFIX_RE`` knows that no stem above found, so a byline's update under them
    # was never read (ext61): Catalan "Actualitzat a 10/01/2020", Lithuanian "Atnaujinta", Latvian
    # "Atjaunināts" / "Atjaunots", Croatian and Serbian "Ažurirano" / "Ажурирано", Belarusian "Абноўлена",
    # Malay "Dikemas kini", Welsh "Diweddarwyd", Swahili "Imesasishwa", Georgian "განახლდა", Urdu "اپ ڈیٹ" /
    # "اپڈیٹ", Bengali "আপডেট" and Hindi "अपडेट". Not Kazakh "Жаңартылды": a Russian page whose Kazakh twin
    # follows its story (b31_bilingual_kk_ru_twin) shows the twin's update under it, not the page's.
    "ctualitz", "tnaujin", "tjaunin", "tjaunot", "žurir", "журир", "бноўл", "ikemas", "iweddar",
    "mesasish", "განახლ", "پ ڈیٹ", "پڈیٹ", "আপডেট", "अपडेट",
    # Bulgarian "Последна промяна" ("last change", Dnevnik's; ext65), whole: "промяна" alone is any change.
    "оследна промян",
    # Croatian "Zadnja izmjena", Bosnian "Posljednja izmjena", Serbian "Poslednja izmena" ("last change";
    # ext71), the word before with it: "izmjena" alone is any change.
    "ja izmjen", "ja izmen",
)  # fmt: skip


def _update_label_spans(plain: str) -> list[tuple[int, int]]:
    """Where an update label's stem is in ``plain``: :data:`_UPDATE_STEM`'s, then :data:`_MORE_STEMS`'."""
    spans = [label.span() for label in _UPDATE_STEM.finditer(plain)]
    more = len(spans)
    for stem in _MORE_STEMS:
        at = plain.find(stem)
        while at >= 0:
            spans.append((max(0, at - 1), at + len(stem)))
            at = plain.find(stem, at + 1)
    if len(spans) > more:
        spans.sort()
    return spans


def _has_update_stem(window: str) -> bool:
    return _UPDATE_STEM.search(window) is not None or any(stem in window for stem in _MORE_STEMS)


def _first_labelled_update(plain: str, day_first: bool, roc: bool = False) -> dt.date | None:
    """The first full date right after an update label in ``plain`` (visible text); with ``roc``, a date
    of the ROC calendar too (``更新日期：110-03-17``, :func:`find_text_dates`)."""
    for at, stem_end in _update_label_spans(plain):
        if plain.startswith("更新", at):  # "2022年3月13日 9:10更新": the label after its date
            lead_at = max(0, at - _LABEL_REACH)
            for value, _start, end in find_text_dates(plain[lead_at:at], day_first=day_first):
                # Up to what follows the label: "更新 2020/01/10" after a date is the next date's label.
                if T.suffix_label(plain[lead_at + end : stem_end + _LABEL_LEAD]):
                    return value
        segment = plain[at : stem_end + _LABEL_REACH]
        lead = max(0, at - _LABEL_LEAD)
        for value, start, _end in find_text_dates(segment, day_first=day_first, roc=roc):
            if T.modified_label(T.label_case(plain[max(lead, at + start - 40) : at + start])):
                return value
    return None


def _byline_update_text(text: str, start: int) -> str:
    """The text of the markup right after the headline (:data:`_BYLINE_CHARS`, up to an aside, a nav or a
    footer), tags dropped, when it holds an update label's stem; else "" (most bylines: settled by one scan
    for a stem). Markup's spacing is not the text's: "Modifié le : <time>13/03/2022" reads "Modifié le :
    13/03/2022"."""
    window = text[start : start + _BYLINE_CHARS]
    for stop in _BYLINE_STOPS:
        at = window.find(stop)
        if at >= 0:
            window = window[:at]
    if not window or not _has_update_stem(window):
        return ""
    return " ".join(_TAG_RE.sub(" ", window).split())


#: A note that the story was carried over from the outlet's earlier website or archive ("This article was
#: moved from our previous website", "Материал перенесён со старой версии сайта", "aus unserem alten Archiv
#: übernommen"): the head's dates may then be the import's.
_MOVED_NOTE = lazy_re(
    r"(?:moved|migrated|imported|transferred|carried over|brought over|(?:originally|first) published)\s+"
    r"(?:here\s+)?(?:from|on)\s+(?:our|the)\s+(?:previous|old|older|former|legacy)\s+"
    r"(?:web\s?site|site|archive|platform)"
    r"|перенес[её]н[аоы]?\s+(?:со?|из)\s+(?:старой версии сайта|старого сайта|прежнего сайта|архива)"
    r"|(?:von|aus)\s+unsere[mr]\s+(?:alten|früheren|bisherigen)\s+(?:website|webseite|internetauftritt|archiv)",
    re.IGNORECASE,
)
#: A year of the web's (four digits alone) in a byline's markup.
_YEAR_NUMBER = lazy_re(r"(?<!\d)(?:199\d|20\d\d)(?!\d)")
#: Characters after the byline in which :data:`_MOVED_NOTE` is looked for (the story's end).
_MOVED_NOTE_WINDOW = 20_000


def _moved_stamp(text: str, start: int, strong: list[_Cand], day_first: bool) -> list[_Cand]:
    """``strong`` without the head's dates that a site's move stamped: when the byline right after the
    headline (``start``) prints a publication more than a day before the head's, and the text says the
    story was carried over from an earlier website (:data:`_MOVED_NOTE`), the head's datePublished (and any
    date of the same day or later) is the import's time, not the story's; the byline's day is the page's
    (the fifty-seventh held-out batch: JSON-LD ``2021-03-02T10:41:17+00:00`` over "Thursday 17 October
    2019"). Cheap on other pages: a byline holding the head's year, or no earlier year, is left at once."""
    head = None
    for cand in strong:
        if not cand.modified:
            head = cand
            break
    if head is None or text.find(str(head.value.year), start, start + _BYLINE_CHARS) >= 0:
        return strong
    window = text[start : start + _BYLINE_CHARS]
    for stop in _BYLINE_STOPS:
        at = window.find(stop)
        if at >= 0:
            window = window[:at]
    year = head.value.year
    if not any(int(y) < year for y in _YEAR_NUMBER.findall(window)):
        return strong
    plain = " ".join(_TAG_RE.sub(" ", window).split())[: 2 * _BYLINE_REACH]
    printed = next((v for v, _, _ in find_text_dates(plain, day_first=day_first) if v.year >= MIN_YEAR), None)
    if printed is None or printed >= head.value - _ONE_DAY:
        return strong
    if _MOVED_NOTE.search(text, start, start + _MOVED_NOTE_WINDOW) is None:
        return strong
    kept = [c for c in strong if c.value < head.value]
    return [_Cand(printed, None, "text", False, byline=True), *kept]


#: Characters before the headline read for a byline set above it, and the ends of the blocks before it
#: (another story's list, the navigation, the header): the byline is after the last of them.
_ABOVE_CHARS = 400
_ABOVE_STOPS = (
    "</aside", "</nav", "</ul", "</ol", "</header", "</section", "</li", "</article", "</h2", "</h3",
    "</script", "</style", "<body",
)  # fmt: skip


def _before_figure(text: str, start: int, body_start: int) -> int:
    """Where the ``<figure>`` that ends right before ``start`` (only white space between) begins, or
    ``start``: templates set a hero image with its caption between the byline and the headline (rubric,
    byline, ``<figure>``, ``<h1>``), and its markup (a ``<picture>``'s ``srcset``, a caption of a few
    sentences) outgrows the reach above the headline. The figure is the headline's image, not another
    story's block: the byline is read above it, within the same reach, and the caption (a photo's dates) is
    not read. Bounded: one step over one figure, found within the body."""
    end = start
    while end > body_start and text[end - 1].isspace():
        end -= 1
    if not text.endswith("</figure>", body_start, end):
        return start
    begin = text.rfind("<figure", body_start, end)
    return begin if begin > body_start else start


#: What the class of a block holding the headline's image says (``post__cover``, ``article-hero``,
#: ``main-image``, ``lead-photo``), and how far back such a block's start is looked for.
_IMAGE_BLOCK_CLASS = lazy_re(
    r"""<div\b[^>]*?\bclass\s*=\s*["']?[^"'>]*?(?:cover|hero|image|img|photo|picture|media|visual)""",
    re.IGNORECASE,
)
_DIV_TAG = lazy_re(r"<(/?)div\b", re.IGNORECASE)
_IMAGE_BLOCK_REACH = 3000


def _before_image_block(text: str, start: int, body_start: int) -> int:
    """Where the ``<div>`` block that ends right before ``start`` (only white space between) begins, when its
    class names an image (:data:`_IMAGE_BLOCK_CLASS`) and it holds an ``<img>`` or a ``<picture>``; else
    ``start``. The same hero image as :func:`_before_figure`'s, set in plain ``<div>``s (a cover with a
    background image and a caption ``<div>``): the class is what says it is the headline's image rather than
    a block of its own (a rail of other stories names no image). Bounded: the block's start is looked for
    within :data:`_IMAGE_BLOCK_REACH` characters, by counting the ``<div>``s that open and close."""
    end = start
    while end > body_start and text[end - 1].isspace():
        end -= 1
    if not text.endswith("</div>", body_start, end):
        return start
    low = max(body_start, end - _IMAGE_BLOCK_REACH)
    depth = 0
    for tag in reversed(list(_DIV_TAG.finditer(text, low, end))):
        depth += 1 if tag.group(1) else -1
        if depth == 0:
            begin = tag.start()
            block = text[begin:end]
            if _IMAGE_BLOCK_CLASS.match(block) and ("<img" in block or "<picture" in block):
                return begin
            return start
    return start


def _byline_update_above(text: str, start: int, body_start: int) -> str:
    """The text of the markup right above the headline (``start``: where its element starts), after the
    last block before it (:data:`_ABOVE_STOPS`) and within the body (from ``body_start``, the head's end: a
    head's JSON-LD writes "dateModified"), tags dropped, when it holds an update label's stem; else "" (most
    pages). Templates set the byline above the headline as often as under it (``<div class="date">January
    09, 12:20 UPD: January 09, 12:35</div><div class="title">Headline</div>``)."""
    window = _above_markup(text, start, body_start)
    if not window or not _has_update_stem(window):
        return ""
    return " ".join(_TAG_RE.sub(" ", window).split())


def _above_markup(text: str, start: int, body_start: int) -> str:
    """The markup right above the headline (``start``: where its element starts), over a hero image, after
    the last block before it (:data:`_ABOVE_STOPS`) and within the body (from ``body_start``), within
    :data:`_ABOVE_CHARS`: where a template sets the byline above the headline (rubric, byline, headline);
    "" when the headline opens the body."""
    if start <= body_start:
        return ""
    above = _before_figure(text, start, body_start)
    start = above if above != start else _before_image_block(text, start, body_start)
    low = max(body_start, start - _ABOVE_CHARS)
    window = text[low:start]
    cut = max(window.rfind(stop) for stop in _ABOVE_STOPS)
    if cut >= 0:
        window = window[window.find(">", cut) + 1 :] if window.find(">", cut) >= 0 else ""
    return window


def _byline_modified(plain: str, day_first: bool, language: str | None = None, url: str = "") -> list[_Cand]:
    """An update date labelled as one ("업데이트 2023.06.22", "Updated 8 February 2023") in ``plain``, the
    byline's text (:func:`_byline_update_text`), for a page whose head states its publication but no
    modification (the body is not parsed then). A Taiwanese page's (:func:`_roc_calendar`, asked only where
    the byline holds an update label) may write it in the ROC calendar, as the body's reader reads it
    (``更新日期：110-03-17`` under a Gregorian ``DC.date.issued``: the sixty-second held-out batch)."""
    if not plain:
        return []
    found = _first_labelled_update(plain, day_first, _roc_calendar(language, url))
    return [_Cand(found, None, "text", True)] if found is not None else []


_UTC_OFFSET = dt.timedelta(0)
#: UTC's zone, the one object ``dates`` gives a stamp written in UTC (``Z``, ``+00:00``):
#: ``datetime.timezone`` makes no other zone of a zero offset without a name. A stamp in it has a zero offset,
#: told by ``tzinfo is _UTC`` (an attribute and an identity) before ``utcoffset()`` is called (~1.6 k
#: instructions: the zone's method called and its answer checked); any other zone is asked as before
#: (cost12).
_UTC = dt.timezone.utc
#: One day, made once: ``dt.timedelta(days=1)`` parses its keyword each time (~3.9 k instructions).
_ONE_DAY = dt.timedelta(days=1)
#: How far into the body the headline of a page without an ``<h1>`` is looked for.
_HEADLINE_REACH = 60_000


def _headline_end(text: str, start: int, og_title: str | None) -> int | None:
    """Where the headline of a page without an ``<h1>`` ends (an h2 or a link, as Dawn's templates write
    it): the first element after ``start`` whose text is the whole ``og:title``, as it stands in the markup
    (followed by a tag's end). ``None`` when the markup does not hold it so."""
    if not og_title or len(og_title) < 10:
        return None
    at = text.find(og_title, start, start + _HEADLINE_REACH)
    while at >= 0:
        end = at + len(og_title)
        if text.startswith("</", end) and text.rfind(">", 0, at) == at - 1:
            return end
        at = text.find(og_title, end, start + _HEADLINE_REACH)
    return None


def _utc_stated(strong: list[_Cand]) -> bool:
    """Does the head state a time in UTC (what :func:`_byline_local` may set in the page's zone)?"""
    return any(
        c.timestamp is not None and (c.timestamp.tzinfo is _UTC or c.timestamp.utcoffset() == _UTC_OFFSET)
        for c in strong
    )


def _other_heading(h1_text: str, og_title: str) -> bool:
    """Do an h1's text and og:title share no headline: neither holds the other (after case and spacing), as
    a live blog's h1 and the og:title of the entry its permalink serves? (An SEO og:title that extends or
    shortens the h1, or adds the site's name, holds it or is held.)"""
    if og_title in h1_text or h1_text in og_title:  # the usual page, settled without normalising either
        return False
    h1_key = " ".join(h1_text.casefold().split())
    og_key = " ".join(clean_text(og_title).casefold().split())
    return bool(h1_key and og_key) and h1_key not in og_key and og_key not in h1_key


def _byline_local(
    text: str,
    start: int,
    strong: list[_Cand],
    day_first: bool,
    other_calendar: bool = False,
    above: str = "",
    h_clocks: bool = False,
) -> list[_Cand]:
    """The head's first publication and modification, when written in UTC (JSON-LD's
    ``2022-03-13T04:10:00.000Z``) and stated nowhere in the head with the page's own offset, as the byline
    right after the headline prints them (``12/03/2022 22:10``): the same instant with that offset, which
    :func:`_local_reading` then prefers. Bounded like :func:`_byline_modified`; most bylines are settled by
    their clock times (none, or none that moves the date)."""
    firsts: dict[bool, _Cand] = {}  # the first publication and the first modification, in one pass
    for c in strong:
        firsts.setdefault(c.modified, c)
    utc = []
    naive = []  # zoneless head times: UTC only if the byline prints them so (below)
    for kind in (False, True):
        first = firsts.get(kind)
        if first is not None and first.timestamp is not None:
            if first.timestamp.tzinfo is _UTC or first.timestamp.utcoffset() == _UTC_OFFSET:
                utc.append(first)
            elif first.timestamp.tzinfo is None:
                naive.append(first)
    if not utc and not naive:
        return []
    window = text[start : start + _BYLINE_CHARS]
    clocks = clock_times(window)
    if not clocks and h_clocks:  # "14h35": only a language that prints it pays the scan (ext64)
        clocks = h_clock_times(window)
    for stop in _BYLINE_STOPS:
        at = window.find(stop)
        if at >= 0:
            window = window[:at]
    clocks = [clock for clock in clocks if clock[0] < len(window)]
    found = _naive_utc_local(naive, window, clocks, day_first) if naive and clocks else []
    if naive and not found and above:  # a byline set above the headline (rubric, date, then the h1)
        found = _naive_utc_local(naive, above, clock_times(above), day_first)
    if not utc:
        return found
    unprinted = []
    for cand in utc:
        stamp = cand.timestamp
        if stamp is None or _local_reading(cand, strong) is not cand:
            continue
        local = local_from_text(stamp, window, day_first=day_first, clocks=clocks) if clocks else None
        if local is not None:
            found.append(_Cand(local.date(), local, cand.source, cand.modified))
        else:
            unprinted.append(cand)
    first = unprinted[0] if unprinted and not found else None
    if (
        first is not None
        and clocks
        and first.timestamp is not None
        and _prints_utc_clock(clocks, first.timestamp)
    ):
        first = None  # the byline prints the UTC time itself: the page's zone is UTC's, its day the stamp's
    if first is not None and not first.modified and first.timestamp is not None:
        # No clock time settles it, but the byline prints the publication's day, one off UTC's ("12 de marzo
        # de 2022" under 2022-03-13T02:40Z): a zone that shows it on that day.
        day_zone = _byline_day_zone(window, first.timestamp, day_first, other_calendar)
        if day_zone is not None:
            local = first.timestamp.astimezone(day_zone)
            found.append(_Cand(local.date(), local, first.source, False))
            unprinted.pop(0)
    if found and unprinted:
        # The byline prints one of the two ("Updated 11:10 PM CST, March 12, 2022" and no publication): the
        # zone it shows is the page's, for the other too.
        zone = found[0].timestamp.tzinfo if found[0].timestamp is not None else None
        for cand in unprinted:
            if zone is not None and cand.timestamp is not None:
                local = cand.timestamp.astimezone(zone)
                found.append(_Cand(local.date(), local, cand.source, cand.modified))
    return found


def _naive_utc_local(
    naive: list[_Cand], window: str, clocks: list[tuple[int, int]], day_first: bool
) -> list[_Cand]:
    """Zoneless head times (``article:published_time`` ``2020-01-09T21:40:00``) that the byline prints
    as UTC's instant in a zone on another day (``10 января, 04:40``: UTC+7, the 10th): a CMS writing its UTC
    clock without the zone, the page's own day the byline's. Only the clock-and-day proof of
    :func:`local_from_text` counts (a day printed alone does not: a zoneless time is most often the page's
    local time already); a byline printing the stamp's own clock, or none, leaves the stamp as it was. The
    window is the byline's after the headline, else (``above``) the markup just before the h1, where some
    layouts set the rubric and the date."""
    found = []
    for cand in naive:
        stamp = cand.timestamp
        if stamp is None:
            continue
        local = local_from_text(
            stamp.replace(tzinfo=dt.timezone.utc), window, day_first=day_first, clocks=clocks
        )
        if local is not None:
            found.append(_Cand(local.date(), local, cand.source, cand.modified))
    return found


def _prints_utc_clock(clocks: list[tuple[int, int]], stamp: dt.datetime) -> bool:
    """Does a byline whose clock times are ``clocks`` (:func:`clock_times`) print ``stamp``'s own time of day
    in UTC (``7:30am`` under ``2024-11-27T07:30:00Z``)? Then the page shows its times in UTC (a British page
    in winter, an agency filing in GMT), and a day next to the stamp's printed near the headline (a match's
    kick-off the evening before, an event's date) is another instant's, not the publication's day in some
    other zone (:func:`_byline_day_zone`)."""
    minutes = stamp.hour * 60 + stamp.minute
    return any(clock == minutes for _at, clock in clocks)


def _byline_day_zone(
    window: str, stamp: dt.datetime, day_first: bool, other_calendar: bool = False
) -> dt.timezone | None:
    """A zone in which ``stamp`` (UTC) falls on the day the byline in ``window`` (markup right after the
    headline) prints first, when that is the day before or after ``stamp``'s own and not labelled an update:
    see :func:`zone_for_day`; not when it prints a clock time with it. Read only when the markup holds the
    day of the month of one of those days as a number of its own, and that day's year, or no year of either
    day: then its first day and month written without a year (:func:`_yearless_days`)."""
    before, after = stamp - _ONE_DAY, stamp + _ONE_DAY  # the neighbours, tested in that order
    window = ascii_digits(window)  # a day in Burmese or Bengali digits ("၂၁ နိုဝင်ဘာ ၂၀၂၄") is printed too
    with_year = str(before.year) in window or str(after.year) in window
    printed = (with_year or str(before.day) in window or str(after.day) in window) and (
        _prints_number(window, before.day) or _prints_number(window, after.day)
    )
    if not printed and not (other_calendar and _other_calendar_script(window)):
        return None  # neither day's number stands alone in the markup: the byline prints UTC's own day
    plain = " ".join(_TAG_RE.sub(" ", _without_marked_updates(window, stamp)).split())[:_BYLINE_REACH]
    if not printed:
        # A byline in another calendar ("ኅዳር 19 ቀን 2017 ዓ.ም", "כ\"ז חשון תשפ\"ה", "令和6年11月28日")
        # prints neither the Gregorian day's number nor its year: its date, read, is the day.
        with_year = True
    elif str(before.day) not in plain and str(after.day) not in plain:  # not within the byline's reach
        return None
    dates = find_text_dates(plain, day_first=day_first) if with_year else _yearless_days(plain, stamp)
    for value, start, end in dates:
        zone = zone_for_day(stamp, value)
        if zone is None:
            return None
        if T.modified_label(T.label_case(plain[max(0, start - 40) : start])):
            return None
        if clock_times(plain[max(0, start - _DAY_CLOCK_REACH) : end + _DAY_CLOCK_REACH]):
            return None  # a time printed with it that no zone fits: another instant (the clocks were tried)
        return zone
    return None


#: Languages whose pages print a clock with an ``h`` (``14h35``: Portuguese, French), read by
#: :func:`~linkcheck.extract.dates.h_clock_times` where a byline prints no clock with a colon (ext64).
_H_CLOCK_LANGUAGES = frozenset({"pt", "fr"})


def _h_clock_language(language: str | None) -> bool:
    """Is ``language`` (the page's ``lang``) one of :data:`_H_CLOCK_LANGUAGES`?"""
    if not language:
        return False
    return language[:2].lower() in _H_CLOCK_LANGUAGES and language[2:3] in ("", "-", "_")


#: Languages whose pages date in another calendar that ``find_text_dates`` converts (Amharic and Tigrinya:
#: the Ethiopian; Hebrew and Yiddish: the Hebrew; Persian, Pashto, Sorani, Arabic, Urdu: the Hijri
#: calendars; Thai: the Buddhist era; Japanese: the eras; Chinese: the ROC's years).
_OTHER_CALENDAR_LANGUAGES = frozenset(
    {"am", "ti", "he", "iw", "yi", "fa", "ps", "ckb", "ar", "ur", "th", "ja", "zh"}
)


def _other_calendar_language(language: str | None) -> bool:
    """Is ``language`` (the page's ``lang``) one of :data:`_OTHER_CALENDAR_LANGUAGES`? Only such a page's
    byline is searched for another calendar's script (a scan of the byline's markup every other page would
    pay)."""
    if not language:
        return False
    return language.lower().replace("_", "-").split("-")[0] in _OTHER_CALENDAR_LANGUAGES


#: Scripts of the calendars ``find_text_dates`` converts that number days and years otherwise than the
#: Gregorian calendar: Hebrew, Arabic (Solar and lunar Hijri), Thai (the Buddhist era), Ge'ez (the Ethiopian
#: calendar), the CJK ideographs (Japan's eras, the ROC's years).
_OTHER_CALENDAR_SCRIPT = lazy_re("[\u0590-\u06ff\u0e00-\u0e7f\u1200-\u137f\u4e00-\u9fff]")


def _other_calendar_script(window: str) -> bool:
    """Does ``window`` (a byline's markup) hold a letter of a script whose calendars number days otherwise
    (:data:`_OTHER_CALENDAR_SCRIPT`)? Only then is a byline that prints neither neighbour day's number read
    for a date of another calendar."""
    return not window.isascii() and _OTHER_CALENDAR_SCRIPT.search(window) is not None


def _yearless_days(plain: str, stamp: dt.datetime) -> list[tuple[dt.date, int, int]]:
    """The first day and month ``plain`` (a byline's text) prints without a year ("29 ноября", "29. 11."), as
    ``find_text_dates`` gives a date, when it is a day next to ``stamp``'s (the year then that day's, across
    a new year too): a site that prints this year's dates so. Else nothing (another day, or none)."""
    for (month, day), m in yearless_dates(plain):  # not "4 мин", "8 тыс": a number and a word
        for shift in (-1, 1):
            near = (stamp + dt.timedelta(days=shift)).date()
            if (near.month, near.day) == (month, day):
                return [(near, m.start(), m.end())]
        return []
    return []


#: Characters around a byline's date in which a clock time printed with it is looked for.
_DAY_CLOCK_REACH = 25
#: An element of a byline that its markup marks as the modification and not the publication: hAtom's
#: ``class="updated"`` (WordPress themes print ``<time class="updated">`` before ``<time class="entry-date
#: published">``) or microdata's ``itemprop="dateModified"``, with its text.
_MARKED_UPDATE = lazy_re(
    r"<(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b(?P<attrs>[^>]*\b(?:class=[\"'][^\"']*\bupdated\b[^\"']*[\"']"
    r"|itemprop=[\"']dateModified[\"'])[^>]*)>[^<]{0,80}</(?P=tag)\s*>"
)


#: A marked element's ``datetime`` attribute (:func:`_stamps_publication`).
_MARKED_DATETIME = lazy_re(r"\bdatetime=[\"']([^\"']{10,40})[\"']")


def _without_marked_updates(window: str, published: dt.datetime | None = None) -> str:
    """Byline markup without the elements marked as the modification only (:data:`_MARKED_UPDATE`): the day
    they print is not the publication's. One marked as both (``class="entry-date published updated"``, a
    post never edited) is kept, and so is one whose ``datetime`` is the ``published`` instant itself
    (:func:`_stamps_publication`)."""
    if "updated" not in window and "dateModified" not in window:
        return window

    def drop(m: re.Match[str]) -> str:
        attrs = m.group("attrs")
        if "published" in attrs or (published is not None and _stamps_publication(attrs, published)):
            return m.group(0)
        if _labels_publication(m.group(0)[m.end("attrs") - m.start() + 1 :]):
            return m.group(0)
        return " "

    return _MARKED_UPDATE.sub(drop, window)


def _labels_publication(inner: str) -> bool:
    """Does a marked element's text (``inner``, up to its end tag) label its date as the publication's
    ("Published at : November 15, 2024" in a ``div.updated-time``, as The Kathmandu Post classes both its
    dates; ext67)? The label the reader sees says which date it is, not the class: the element is kept."""
    for _value, start, _end in find_text_dates(inner):
        prefix = T.label_case(inner[max(0, start - 40) : start])
        return T.TEXT_PUBLISHED_PREFIX_RE.search(prefix) is not None and not T.modified_label(prefix)
    return False


def _stamps_publication(attrs: str, published: dt.datetime) -> bool:
    """Does an element whose attributes are ``attrs`` carry ``published`` (an aware instant) as its
    ``datetime``? tagDiv's Newspaper theme, on many WordPress news sites, classes its one date ``entry-date
    updated td-module-date`` and sets the publication's instant in it (Khmer Times; ext66): the class says
    "updated", the instant says published, and the instant is the page's own statement."""
    m = _MARKED_DATETIME.search(attrs)
    if m is None or published.tzinfo is None:
        return False
    try:
        stamp = dt.datetime.fromisoformat(m.group(1))
    except ValueError:
        return False
    return stamp.tzinfo is not None and stamp == published


def _prints_number(text: str, number: int) -> bool:
    """Does markup ``text`` print ``number`` (a day of the month) as a number of its own, ``5`` or ``05``,
    with no digit beside it, in its text (not inside a tag: ``datetime="2017-11-18T11:13"`` holds 11 and 13,
    and nearly every byline's ``<time>`` has such an attribute)? (``str.find``: a regular expression tried at
    each position of the markup cost more.)"""
    written = str(number)
    at = text.find(written)
    while at >= 0:
        end = at + len(written)
        before = text[at - 1] if at else ""
        if before == "0" and at >= 2:
            before = text[at - 2]
        if (
            not before.isdigit()
            and not text[end : end + 1].isdigit()
            and text.rfind("<", 0, at) <= text.rfind(">", 0, at)
        ):
            return True
        at = text.find(written, end)
    return False


#: How long after its publication a yearless update may be read (into the next year, not further).
_YEARLESS_REACH = dt.timedelta(days=366)


#: A Unix time in a byline element's attribute, which a script renders as the date (TASS's ``<dateformat
#: time="1732786320" mode="abs">``, ``<span data-timestamp="...">``): seconds or milliseconds, in an attribute
#: named for a time or date, or jQuery Livestamp's ``data-livestamp`` (an empty element its script fills
#: with a relative time), or ``data-ts`` (a script's "2 hours ago" over it, as the server rendered it).
_EPOCH_ATTR = lazy_re(
    r"\s(?:(?:data-)?(?:time|timestamp|unixtime|date|datetime|pubdate|published|livestamp)|data-ts)="
    r"[\"']?(\d{10}|\d{13})"
    r"[\"'\s>]"
)


def _first_h1(text: str, pos: int = 0) -> tuple[int, str, int] | None:
    """The first ``<h1>`` from ``pos`` that ends (``</h1>``, either case, spaces before its ``>``) within
    :data:`_H1_CHARS` characters of its start tag: where it starts, its markup, where its end tag ends;
    ``None`` if there is none. What ``re.compile(r"<[hH]1\\b[^>]*>(.{0,2000}?)</[hH]1\\s*>",
    re.DOTALL).search(text, pos)`` matches (its start, ``group(1)``, its end): ``sre`` tried that pattern at
    every ``<`` before the headline (277 k instructions behind a 20 KB menu; 20 k on ``bench/read_cost.py``'s
    pages, whose headline follows the head closely), and its lazy repeat the end tag at every character of
    the headline. Here ``str.find`` finds each ``<h1``/``<H1`` and each ``</`` after it, and the two tags'
    patterns are tried there alone (139 k and 18 k): a start tag without its end within reach (or ``<h10``)
    is passed over, as the pattern's scan passes over it."""
    end = len(text)
    for _ in range(end + 1):  # each turn passes one "<h1" at least
        at = text.find("<h1", pos)
        upper = text.find("<H1", pos, at if at >= 0 else end)  # none can overlap a "<h1" at ``at``
        if upper >= 0:
            at = upper
        if at < 0:
            return None
        opened = _H1_OPEN.match(text, at)
        if opened is not None:
            inner = opened.end()
            reach = inner + _H1_CHARS + 2  # an end tag's "</" starts at most _H1_CHARS after the start tag
            close = text.find("</", inner, reach)
            while close >= 0:
                closed = _H1_CLOSE.match(text, close)
                if closed is not None:
                    return at, text[inner:close], closed.end()
                close = text.find("</", close + 1, reach)
        pos = at + 1
    return None


def _epoch_byline(body: str) -> list[_Cand]:
    """The publication a page states only as a Unix time in its byline, for a page nothing else dates: the
    first such attribute (:data:`_EPOCH_ATTR`) after the first ``<h1>``'s end, within the byline's reach
    (:data:`_BYLINE_CHARS`) and before an ``<aside>``, ``<nav>``, ``<footer>`` or a lower heading (a list of
    other stories, each with its own time, starts with one)."""
    h1 = _first_h1(body)
    if h1 is None:
        return []
    window = body[h1[2] : h1[2] + _BYLINE_CHARS]
    for stop in (*_BYLINE_STOPS, "<h2", "<h3"):
        at = window.find(stop)
        if at >= 0:
            window = window[:at]
    m = _EPOCH_ATTR.search(window)
    if m is None:
        # the date line above the headline (a wire's story: rubric, date, then the h1), within the
        # headline's own block: after the last end of a list, a navigation, a header or an aside before it
        above = body[max(0, h1[0] - _EPOCH_ABOVE_CHARS) : h1[0]]
        cut = max(above.rfind(stop) for stop in _EPOCH_ABOVE_STOPS)
        m = next(reversed(list(_EPOCH_ATTR.finditer(above, max(cut, 0)))), None)
    parsed = _parse_value(m.group(1)) if m else None
    return [_Cand(parsed.value, parsed.timestamp, "time", False, byline=True)] if parsed else []


#: How far above the headline's ``<h1>`` a Unix time may stand in its block (:func:`_epoch_byline`), and the
#: ends of the elements that close what stands before the block (another story's time is in a list's item).
_EPOCH_ABOVE_CHARS = 400
_EPOCH_ABOVE_STOPS = ("</li", "</ul", "</nav", "</header", "</aside", "</p>", "</h2", "</h3")


#: An element of a ``<noscript>`` fallback whose id or class names a date or a time and whose whole text is
#: an ISO 8601 time (``<p id="bsky_post_indexedat">2024-11-28T13:32:05.481Z</p>``).
_NOSCRIPT_DATE = lazy_re(
    r"<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?\b(?:id|class)=[\"'][^\"'>]*(?:date|time|publish|creat|indexed|posted)"
    r"[^\"'>]*[\"'][^>]*>\s*"
    r"(\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)\s*</\1\s*>",
    re.IGNORECASE,
)
#: ``<noscript>`` blocks read at most, and characters of each.
_NOSCRIPT_BLOCKS = 10
_NOSCRIPT_CHARS = 20_000


#: A day-first date with dots and a two-digit year, "28.11.24", as Israeli, German and Russian sites print
#: a byline's day: day and month of two digits each, no digit or separator-and-digit on either side (a
#: version "1.2.24", an address "10.11.12.13", a time "28.11.24 14:05" keeps its date).
_SHORT_YEAR_DMY = lazy_re(r"(?<![\d.,:/])(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.(\d\d)(?!\d|[.,:/]\d)")


def _short_year_byline(near: str, today: dt.date) -> list[_Cand]:
    """The day a byline prints with a two-digit year (:data:`_SHORT_YEAR_DMY`), in the byline's reach after
    the headline (``near``: :attr:`_Page.near_text`) and before the story's prose, for a page nothing else
    dates: the century is the current one (a byline's year is recent), the day not after tomorrow."""
    window = near[: _BYLINE_REACH + 1]
    m = _SHORT_YEAR_DMY.search(window, 0, _after_prose(window))
    if m is None:
        return []
    try:
        value = dt.date(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return []
    if value > today + _ONE_DAY or not is_plausible(value, today):
        return []
    return [_Cand(value, None, "text", False, byline=True)]


def _noscript_date(body: str) -> list[_Cand]:
    """The publication a page nothing else dates states in the fallback it gives readers without JavaScript
    (a client-rendered post's summary: Bluesky's ``bsky_post_indexedat``): the first element of a
    ``<noscript>`` (its first :data:`_NOSCRIPT_CHARS`) that :data:`_NOSCRIPT_DATE` finds, a machine-written
    time under a name that says it is one. The visible text skips ``<noscript>`` (tracking pixels, "enable
    JavaScript" notices)."""
    start = body.find("<noscript")
    for _ in range(_NOSCRIPT_BLOCKS):
        if start < 0:
            break
        end = body.find("</noscript", start)
        end = min(end if end >= 0 else len(body), start + _NOSCRIPT_CHARS)
        m = _NOSCRIPT_DATE.search(body, start, end)
        parsed = _parse_value(m.group(2)) if m else None
        if parsed is not None:
            return [_Cand(parsed.value, parsed.timestamp, "text", False, byline=True)]
        start = body.find("<noscript", end)
    return []


def _yearless_modified(
    text: str, published: dt.date, today: dt.date, *, more: bool = False
) -> ExtractedDate | None:
    """An update labelled as one but written without its year near the headline ("aktualizováno 13. 3.
    9:10", "Updated 13 March"): the publication's year (or the next, for a December story updated in
    January), when the page gave no other modified date. With ``more`` (a byline already known to hold a
    label's stem), the labels of :data:`_MORE_STEMS` too ("UPD: January 09, 12:35")."""
    spans = _update_label_spans(text) if more else [label.span() for label in _UPDATE_STEM.finditer(text)]
    for at, label_end in spans:
        lead = max(0, at - _LABEL_LEAD)
        found = list(yearless_dates(text, at, label_end + _LABEL_REACH))
        for month_day, m in found or _slashed_month_day(text, at, label_end):
            if not T.modified_label(T.label_case(text[max(lead, m.start() - 40) : m.start()])):
                continue
            for year in (published.year, published.year + 1):
                try:
                    value = dt.date(year, *month_day)
                except ValueError:
                    break
                if published <= value <= min(today + _ONE_DAY, published + _YEARLESS_REACH):
                    return ExtractedDate(value, "text", None)
    return None


#: A day written month first with a slash and no year ("3/17"): no digit, slash or dot on either side, so
#: neither a part of "2021/3/16" nor of "3/17/2021".
_SLASHED_MONTH_DAY = lazy_re(r"(?<![\d/.])(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])(?![\d/.])")
#: The update labels of the languages that write a day month first (Japanese and Chinese "更新", "最終更新",
#: Korean "수정", "업데이트").
_MONTH_FIRST_LABELS = ("更新", "수정", "업데이트")


def _slashed_month_day(text: str, at: int, label_end: int) -> list[tuple[tuple[int, int], re.Match[str]]]:
    """The first slashed month and day within the label's reach after an update label of a language that
    writes the month first (:data:`_MONTH_FIRST_LABELS`): the Mainichi's "2021/3/16 14:35（最終更新 3/17
    09:05）", the update in the publication's year (the sixty-second held-out batch); ``[]`` after any other
    label (a slashed "3/4" is day first in most languages)."""
    if not any(stem in text[at:label_end] for stem in _MONTH_FIRST_LABELS):
        return []
    m = _SLASHED_MONTH_DAY.search(text, label_end, label_end + _LABEL_REACH)
    return [((int(m.group(1)), int(m.group(2))), m)] if m else []


#: What may stand between a day and month and the time printed with them: a comma, a short preposition ("29
#: ноя в 14:05", "Nov 29 at 8:10", "Nov 29, 01:20", "29. 11. um 14:05").
_DAY_TO_CLOCK = lazy_re(r"[,\s|]*(?:[^\W\d_]{1,3}\.?\s+)?")
#: How far after a yearless day its time may start (the gap above) and stand (the time itself).
_DAY_CLOCK_GAP = 8


def _yearless_clock_published(text: str, today: dt.date) -> list[_Cand]:
    """The publication of a page nothing else dates, printed as a day and month without a year and a time
    ("29 ноя в 14:05", "Nov 29 at 8:10"), as social networks, forums and agencies print this year's posts (a
    past year's with its year): the first day and month within a byline's reach of ``text``'s start (the
    text after the headline, or the body's opening), the latest such day not after the fetch day (a day
    ahead allowed for zones east of ours). Not when that first day has no time beside it (a dateline, a date
    in the story: the year would be a guess), nor when it is labelled an update. Its year is marked as not
    stated (``yearless``): a citation's date places it again (:func:`linkcheck.match.in_cited_year`)."""
    for month_day, m in yearless_dates(text, 0, _BYLINE_REACH):
        gap = _DAY_TO_CLOCK.match(text, m.end(), m.end() + _DAY_CLOCK_GAP)
        clocks = clock_times(text[gap.end() : gap.end() + _DAY_CLOCK_GAP]) if gap else []
        if not clocks or clocks[0][0] != 0:
            return []
        if T.modified_label(T.label_case(text[max(0, m.start() - 40) : m.start()])):
            return []
        latest = today + _ONE_DAY
        for year in (latest.year, latest.year - 1):
            try:
                value = dt.date(year, *month_day)
            except ValueError:
                continue  # 29 February of a common year
            if value <= latest:
                recent = latest - value <= _YEARLESS_REACH
                return [_Cand(value, None, "text", False, byline=True, yearless=True)] if recent else []
        return []
    return []


#: A path segment that is a year alone, an archive's or a feed's year ("/news/2020/tass/48213/").
_URL_YEAR_SEGMENT = lazy_re(r"/((?:19|20)\d{2})(?=/)")
#: An agency's dateline before its day and month: a place of one to three words, capitalised, then a comma
#: or a full stop ("МОСКВА, 9 января. /ТАСС/.", "Львів. 9 січня.", "YEREVAN, JANUARY 9"), at the text's start.
_DATELINE_PLACE = lazy_re(r"[\s|]*[^\W\d_][^\W\d_'’-]*(?:[\s-]+[^\W\d_][^\W\d_'’-]*){0,2}[,.]\s*")
#: How long the day and month right after a dateline's place may be ("9 января", "JANUARY 9").
_DATELINE_DAY_CHARS = 24


def _dateline_url_year(text: str, url: str, today: dt.date) -> list[_Cand]:
    """The publication of a page nothing else dates but an agency's dateline, a place and a day and month
    without a year opening the text after the headline ("МОСКВА, 9 января. /ТАСС/."), whose address holds a
    year as a path segment of its own and no other ("/news/2020/tass/48213/": the site files the story under
    its year): that day in that year, when not after the fetch day (a day ahead allowed). Not when the
    address holds two years, nor when the text does not open with the dateline (a day in the story's text
    with the archive's year would be a guess)."""
    place = _DATELINE_PLACE.match(text)
    if place is None or not text.lstrip(" |")[:1].isupper() or ("/19" not in url and "/20" not in url):
        return []
    for month_day, m in yearless_dates(text, place.end(), place.end() + _DATELINE_DAY_CHARS):
        if m.start() != place.end():
            return []
        path = (plain_url_split(url) or ("", urlsplit(url).path))[1]
        years = set(_URL_YEAR_SEGMENT.findall(path))
        if len(years) != 1:
            return []
        try:
            value = dt.date(int(years.pop()), *month_day)
        except ValueError:
            return []
        return [_Cand(value, None, "text", False, byline=True)] if value <= today + _ONE_DAY else []
    return []


#: A day counted from the fetch and its time, printed as a story's date line on its own ("вчера, 18:05",
#: "Сегодня в 09:15", "Yesterday at 6:40"): the word, days back, then the time.
_RELATIVE_CLOCK = lazy_re(
    r"(?<![^\W\d_])(?P<word>позавчера|позавчора|сегодня|сьогодні|вчера|вчора|учора|today|yesterday)"
    r"[,\s]*(?:(?:в|о|at)\s+)?(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])",
    re.IGNORECASE,
)
_RELATIVE_DAYS_BACK = {
    "сегодня": 0,
    "сьогодні": 0,
    "today": 0,
    "вчера": 1,
    "вчора": 1,
    "учора": 1,
    "yesterday": 1,
    "позавчера": 2,
    "позавчора": 2,
}


#: The relative days an update label's clock may follow (:func:`_clock_only_modified`), days back from the
#: day the page was served: :data:`_RELATIVE_DAYS_BACK`'s and the same words in German, Spanish, Italian,
#: Dutch, Polish, Czech, Slovak, Swedish and Danish/Norwegian ("heute", "ayer", "oggi", "gisteren", ...).
_UPDATE_DAYS_BACK = {
    **_RELATIVE_DAYS_BACK,
    "heute": 0,
    "gestern": 1,
    "hoy": 0,
    "ayer": 1,
    "oggi": 0,
    "ieri": 1,
    "vandaag": 0,
    "gisteren": 1,
    "dzisiaj": 0,
    "dziś": 0,
    "wczoraj": 1,
    "dnes": 0,
    "včera": 1,
    "idag": 0,
    "igår": 1,
}


def _relative_clock_published(text: str, today: dt.date) -> list[_Cand]:
    """The publication of a page nothing else dates, printed as a day counted back from today and a time
    ("вчера, 18:05", "Сегодня в 09:15", "Yesterday at 6:40"), as Russian outlets and forums print a fresh
    story's date line: that many days before the fetch day. Added after the seed7 probe, where such a story
    had no date at all. Only a line of its own within a byline's reach of ``text``'s start (the text after
    the headline): the time ends its text (``text`` joins texts with `` | ``), so a sentence ("Today at 10:00
    the council meets") is not read; not when an update label stands before it."""
    for m in _RELATIVE_CLOCK.finditer(text, 0, _BYLINE_REACH):
        rest = text[m.end() : m.end() + 3].lstrip(" ")
        if rest and not rest.startswith("|"):
            continue
        if T.modified_label(T.label_case(text[max(0, m.start() - 40) : m.start()])):
            return []
        value = today - dt.timedelta(days=_RELATIVE_DAYS_BACK[m.group("word").lower()])
        return [_Cand(value, None, "text", False, byline=True)]
    return []


#: A count of minutes, hours or days back from the moment the page was served, printed as a story's date line
#: on its own ("2 часа назад", "15 минут назад", "3 дня назад", "5 hours ago"): the count, its unit, the word.
_AGO = lazy_re(
    r"(?<![\w.,:])(?P<n>\d{1,2})\s*(?P<unit>минут[уы]?|мин\.?|час(?:а|ов)?|ч\.|дн(?:я|ей)|день"
    r"|minutes?|mins?|hours?|hrs?|days?)\s+(?:назад|ago)(?!\w)",
    re.IGNORECASE,
)


def _served_at(headers: Mapping[str, str] | None, today: dt.date) -> dt.datetime | None:
    """The moment the response was served, by its ``Date`` header, if it parses and falls within a day of
    ``today`` (a cached copy's older header is not the fetch's); else ``None``."""
    value = next((v for k, v in headers.items() if k.lower() == "date"), None) if headers else None
    if not value:
        return None
    try:
        served = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if served.tzinfo is None or abs((served.date() - today).days) > 1:
        return None
    return served.astimezone(dt.timezone.utc)


def _ago_published(text: str, today: dt.date, headers: Mapping[str, str] | None) -> list[_Cand]:
    """The publication of a page nothing else dates, printed as a count back from the moment it was served
    ("2 часа назад", "3 дня назад", "5 hours ago"), as Russian-language outlets print a fresh story's date
    line (ext63): counted back from the response's ``Date`` header, the moment the page was served. Without
    that header a count names no day (the fetch's day alone would put a page fetched within that many
    hours after midnight a day late, and a saved copy anywhere: ``tests/fixtures/pages/relative_date_only``),
    so nothing is read. Only a line of its own within a byline's reach of ``text``'s start, as for
    :func:`_relative_clock_published`, so a sentence ("два года назад", "5 days ago the council met") is
    not read; not after an update label."""
    if not headers or ("наз" not in text[:_BYLINE_REACH] and "ago" not in text[:_BYLINE_REACH].lower()):
        return []
    for m in _AGO.finditer(text, 0, _BYLINE_REACH):
        rest = text[m.end() : m.end() + 3].lstrip(" ")
        if rest and not rest.startswith("|"):
            continue
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" ")
        if before and not before.endswith("|"):
            continue
        if T.modified_label(T.label_case(text[max(0, m.start() - 40) : m.start()])):
            return []
        unit = m.group("unit").lower()
        count = int(m.group("n"))
        back = (
            dt.timedelta(days=count)
            if unit[:1] in "дd"
            else (dt.timedelta(hours=count) if unit[:1] in "чh" else dt.timedelta(minutes=count))
        )
        served = _served_at(headers, today)
        return [] if served is None else [_Cand((served - back).date(), None, "text", False, byline=True)]
    return []


#: What follows an update label's stem up to a time printed alone: the rest of the label's word, then a colon
#: or a dash, and a short preposition or two ("в", "at", "à", "um", "a las", "kl.", and Latvian's "plkst.",
#: "o'clock": ext66), or the label's second word (Malay "Dikemas kini").
_LABEL_TO_CLOCK = lazy_re(r"(?P<word>[^\W\d_]*)[\s:–—-]*(?:[^\W\d_]{1,4}\.?\s+|[^\W\d_]{5}\.\s+){0,2}")


def _names_day(text: str) -> bool:
    """Does ``text`` hold a day and month without a year: any day-first match of :data:`YEARLESS_DATE` (a
    number and a word, as before month-first days were read), or a month-first one whose word is a month?"""
    return any(
        m.group("d") is not None or yearless_month_day(m) is not None for m in YEARLESS_DATE.finditer(text)
    )


#: A clock's digits at the start of a text (its end is where what follows it starts).
_CLOCK_DIGITS = lazy_re(r"\d{1,2}[:.]\d\d")
#: How far after a clock's start a date of its statement is looked for ("15:20 GMT, Sunday 24 November 2024").
_CLOCK_STATEMENT = 45
#: A word in what stands between a clock and a date.
_GAP_WORD = lazy_re(r"[^\W\d_]+")
#: What follows an update's weekday up to its clock: a comma, and a short preposition or two ("Thursday at
#: 15:20", "mardi à 10:05", "Freitag, 08:10"; ext68).
_WEEKDAY_TO_CLOCK = lazy_re(r",?\s*(?:[^\W\d_]{1,4}\.?\s+){0,2}")
#: What stands between a two-letter weekday and its clock: a dot, a comma, spaces ("do 09.12", "Fr., 15:20").
_SHORT_TO_CLOCK = lazy_re(r"\.?,?\s*(?=\d)")
#: The capitalised words a clock's unit is written as ("18:40 Uhr am 29. November", "15:20 Hrs, 21 November"):
#: besides a weekday, the only capitalised first word of a clock's own statement (ext68). ext69 filled its
#: gaps: Argentina's "Hs", Spanish "Hora", Dutch "Uur", Czech "Hod", Hungarian "Óra", Lithuanian "Val",
#: Russian "Ч", as a template's capital writes them (words in capitals, a zone's "GMT", "EET", or "H", are
#: passed over already).
_CLOCK_UNITS = frozenset(
    {"Uhr", "Hrs", "Hr", "Hs", "Hora", "Horas", "Heure", "Heures", "Uur", "Hod", "Óra", "Val", "Ч"}
)


def _date_follows_clock(after: str) -> bool:
    """Does a date follow the clock ``after`` opens with, in the clock's own statement ("18:40, 29 November",
    "18:40 Uhr am 29. November", "18:40 Thursday 29 November")? Not one that a new sentence opens with after
    the clock and its unit ("08:40 Uhr Am 24. November stimmt ...", "15:20 The vote on 24 November": the
    story's first line after a byline that ends with the clock): more than two words stand between them, or
    a second that is capitalised, or a capitalised first that is neither a unit (:data:`_CLOCK_UNITS`) nor a
    weekday ("09.12 Wie na 1 januari ...", ext68). Words in capitals (a zone, "GMT") are not counted; the
    first may be a unit, a weekday or any word in lower case ("uur"), the second only a word in lower case
    ("am", "on")."""
    spans = [(m.start(), m.end()) for m in YEARLESS_DATE.finditer(after) if _names_day(m.group())]
    spans += [(start, end) for _value, start, end in find_text_dates(after)]
    if not spans:
        return False
    clock = _CLOCK_DIGITS.match(after)
    start = min(spans)[0]
    if clock is None or start < clock.end():
        return True
    words = [w for w in _GAP_WORD.findall(after, clock.end(), start) if not w.isupper()]
    if words and words[0][:1].isupper() and words[0] not in _CLOCK_UNITS and weekday_number(words[0]) is None:
        return False  # "09.12 Wie na 1 januari": a sentence's first word, no unit or weekday (ext68)
    return len(words) <= 2 and not any(w[:1].isupper() for w in words[1:])


def _clock_only_modified(
    text: str,
    published: ExtractedDate,
    today: dt.date,
    language: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> ExtractedDate | None:
    """An update labelled as one that states only a time, near the headline ("Обновлено в 18:40", "Updated
    at 6:40 pm"): an update on the publication's day (a site prints the update's date when it is another
    day's). Not when a date follows the time, nor when the publication's time (its stamp, else the last time
    printed before the label) is later than the update's: the update may be the next day's. The labels are
    every stem :func:`_update_label_spans` finds (:data:`_MORE_STEMS`' too: Estonian "Uuendatud 15:20",
    Croatian "Ažurirano u 15:20", Arabic "آخر تحديث: 15:20"; ext66), each then read as a whole by
    ``modified_label``: its word, else its word with what stands before the clock ("Dikemas kini"). A
    weekday may stand before the time ("Updated Thursday 15:20", "Bijgewerkt donderdag 09.12"; ext68): the
    update is then of the first day with that weekday from the publication's on (within the week, by
    ``today``); and the time may be written with a dot ("Bijgewerkt om 15.20 uur", "Aggiornato alle 15.20")
    where no clock with a colon follows the label. In a language whose two-letter weekdays
    :func:`short_weekday_number` knows, such an abbreviation right before the clock is the weekday too
    ("Bijgewerkt do 09.12", "Aktualisiert Fr, 15:20"; ext69). A relative day there ("Zuletzt aktualisiert
    heute 15:20", "Actualizado ayer a las 09:10": :data:`_UPDATE_DAYS_BACK`) counts back from the day the
    response says it served the page (its ``Date`` header, within a day of ``today``: :func:`_served_at`),
    never from ``today`` alone (a saved copy's "today" is its saving day; ext68's guard), and only to a day
    the page's own publication allows (not before it, not after ``today``; ext70)."""
    for label_start, label_end in _update_label_spans(text):
        gap = _LABEL_TO_CLOCK.match(text, label_end)
        if gap is None:
            continue
        clock_at, days = gap.end(), 0
        weekday = _GAP_WORD.match(text, clock_at)
        back = _UPDATE_DAYS_BACK.get(weekday.group().lower()) if weekday is not None else None
        if back is not None and weekday is not None:  # "Zuletzt aktualisiert heute 15:20" (ext70)
            served = _served_at(headers, today)
            if served is None:
                continue  # no response states the day the page was served: a saved copy's "today"
            day = served.date() - dt.timedelta(days=back)
            if not published.value <= day <= today:
                continue  # a day the page's own dates do not allow
            days = (day - published.value).days
            rest = _WEEKDAY_TO_CLOCK.match(text, weekday.end())
            clock_at = rest.end() if rest is not None else weekday.end()
        elif weekday is not None:  # "Updated Thursday 15:20", "Bijgewerkt donderdag 09.12" (ext68)
            named = weekday_number(weekday.group())
            short = None
            if named is None and len(weekday.group()) == 2 and language:
                # a two-letter weekday, by its place: a clock's digits right after it ("do 09.12"; ext69)
                short = _SHORT_TO_CLOCK.match(text, weekday.end())
                named = short_weekday_number(weekday.group(), language) if short is not None else None
            if named is None:
                continue
            days = (named - published.value.weekday()) % 7
            rest = short or _WEEKDAY_TO_CLOCK.match(text, weekday.end())
            clock_at = rest.end() if rest is not None else weekday.end()
        elif language and clock_at > gap.end("word"):
            # the gap's short words ("om", "kl.") may hold the two-letter weekday ("Bijgewerkt do 09.12",
            # "Opdateret to. 08.10"; ext69)
            for word in _GAP_WORD.findall(text, gap.end("word"), clock_at):
                named = short_weekday_number(word, language) if len(word) == 2 else None
                if named is not None:
                    days = (named - published.value.weekday()) % 7
                    break
        after = text[clock_at : clock_at + _DAY_CLOCK_REACH]
        clocks = clock_times(after)
        if clocks and clocks[0][0] == 0:
            update: int | None = clocks[0][1]
        elif clocks or "." not in after[1:3]:
            continue
        else:  # "Bijgewerkt om 15.20 uur", "Aggiornato alle 15.20": a dotted clock, no colon's after it
            update = dotted_clock(after)
        if update is None:
            continue
        lead = max(0, label_start - _LABEL_LEAD)
        if not T.modified_label(T.label_case(text[lead : gap.end("word")])) and not (
            gap.end() > gap.end("word") and T.modified_label(T.label_case(text[lead : gap.end()]))
        ):
            continue
        if _date_follows_clock(text[clock_at : clock_at + _CLOCK_STATEMENT]):
            continue  # "Updated 18:40, 29 November": a date after all
        stamp = published.timestamp
        if stamp is not None:
            start = stamp.hour * 60 + stamp.minute
        else:
            before = clock_times(text[max(0, label_start - _BYLINE_REACH) : label_start])
            start = before[-1][1] if before else 0
        if days == 0:
            return ExtractedDate(published.value, "text", None) if start <= update else None
        day = published.value + dt.timedelta(days=days)
        return ExtractedDate(day, "text", None) if day <= today else None
    return None


#: A ``<time>`` whose ``datetime`` is a timestamp and whose text is a clock time alone (``<time
#: datetime="2020-01-09T22:35:00Z">00:35</time>``): a live feed's entry, timed on the day its feed shows.
_CLOCK_TIME_EL = lazy_re(
    r"<time\b[^>]*?\bdatetime\s*=\s*[\"']([^\"'<>]{16,40})[\"'][^>]*>\s*([012]?\d)[:.]([0-5]\d)\s*</time\s*>",
    re.IGNORECASE,
)
#: Words by which a title calls its page a live feed ("онлайн-хроника", "Live updates", "en direct", "in
#: diretta", "наживо"): only such a page is read for its entries' times (:func:`_live_feed_modified`), the
#: rest are not scanned. Looked for as substrings of the lower-cased title (a regular expression's search
#: over a title costs fifty times as much); "live" and "direct" must then be words of their own
#: (:data:`_LIVE_WORD`), not parts of "delivered" or "direction". A running story's title may say so
#: without the word: "The Latest" (as AP heads its running stories, "Russia Reacts ...: The Latest") and "as
#: it happens" / "as it happened"; such a title in a story that is not a feed ("Apple unveils the latest
#: iPhone") costs only the scan, which finds no two entries showing clock times alone.
_LIVE_MARKERS = (
    "live",
    "direct",
    "the latest",
    "as it happen",
    "онлайн",
    "хроника",
    "трансляц",
    "наживо",
    "хроніка",
    "en vivo",
    "ao vivo",
    "diretta",
)
_LIVE_WORD = lazy_re(r"(?<![^\W\d_])(?:live|liveblog|liveticker|direct)(?![^\W\d_])")


def _calls_itself_live(title: str) -> bool:
    """Does ``title`` call its page a live feed (:data:`_LIVE_MARKERS`)?"""
    low = title.lower()
    for marker in _LIVE_MARKERS:
        if marker in low and (marker not in ("live", "direct") or _LIVE_WORD.search(low) is not None):
            return True
    return False


#: Characters of the headline's ``<article>`` read at most for a live feed's entries, and entries at most.
_LIVE_FEED_CHARS = 300_000
_LIVE_FEED_ENTRIES = 500


def _live_feed_modified(
    text: str, h1_at: int, published: ExtractedDate, today: dt.date
) -> ExtractedDate | None:
    """The last update of a live feed that no head date states: the latest day of the entries (two at least)
    that follow the headline inside its ``<article>``, each a ``<time>`` showing a clock time alone
    (:data:`_CLOCK_TIME_EL`), when that day is after the publication's. Each entry's day is the one its
    shown time falls on: a feed that stamps its entries in UTC and shows them in its own zone
    (``datetime="2020-01-09T22:35:00Z"`` shown ``00:35`` in Riga) was updated on the 10th. A list of other
    stories is outside the headline's ``<article>`` or shows dates, not bare times; one timed entry (a
    quoted post's) is no feed."""
    end = text.find("</article", h1_at, h1_at + _LIVE_FEED_CHARS)
    if end < 0 or text.find("<time", h1_at, end) < 0:
        return None
    if text.rfind("<article", max(0, h1_at - _LIVE_FEED_CHARS), h1_at) <= text.rfind("</article", 0, h1_at):
        return None  # the headline is not inside the <article> that closes after it (a list's item does)
    latest: dt.date | None = None
    count = 0
    for m in itertools.islice(_CLOCK_TIME_EL.finditer(text, h1_at, end), _LIVE_FEED_ENTRIES):
        parsed = parse_date_string(m.group(1))
        stamp = parsed.timestamp if parsed is not None else None
        if stamp is None:
            continue
        shown = int(m.group(2)) * 60 + int(m.group(3))
        if shown >= 24 * 60:
            continue
        shift = (shown - (stamp.hour * 60 + stamp.minute)) % (24 * 60)
        if shift > 14 * 60:  # zones run from UTC-12 to UTC+14
            shift -= 24 * 60
        day = (stamp + dt.timedelta(minutes=shift)).date()
        count += 1
        if latest is None or day > latest:
            latest = day
    if count < 2 or latest is None or not published.value < latest <= today + _ONE_DAY:
        return None
    return ExtractedDate(latest, "time", None)


#: The class MkDocs' git-revision-date-localized plugin gives the dates it prints (a page's creation and
#: last update, from the repository's history).
_REVISION_CLASS = "git-revision-date-localized-plugin"
_REVISION_MODIFIED = lazy_re(r"updat|modif|revis|aktualisiert|mis à jour|actualiz|aggiorn", re.IGNORECASE)
_REVISION_CREATED = lazy_re(r"creat|erstellt|créé|cread|pubblicat|publi", re.IGNORECASE)


def _revision_dates(page: _Page, language: str | None) -> list[_Cand]:
    """The dates MkDocs' git-revision-date-localized plugin prints at the end of a page (read on pages whose
    generator is MkDocs), each labelled by the text before it ("Last update: January 17, 2023") or, in
    Material for MkDocs 9, only by the ``title`` of the icon before it (``<span class="md-icon"
    title="Created">``): "Created" is the publication, "Last update" the modification. A date without
    either label is left (the plugin prints the update alone by default, but says so)."""
    found: list[_Cand] = []
    for el in page.body.iter("span"):
        if _REVISION_CLASS not in (el.get("class") or ""):
            continue
        before = el.getprevious()
        label = (before.get("title") or "") if before is not None else ""
        if not label:
            label = (before.tail if before is not None else (el.getparent().text or "")) or ""
        modified = _REVISION_MODIFIED.search(label) is not None
        if not modified and _REVISION_CREATED.search(label) is None:
            continue
        text = clean_text(_text(el))
        dates = list(find_text_dates(text, day_first=_day_first(language)))
        if dates:
            found.append(_Cand(dates[0][0], None, "text", modified, byline=True))
    return found


def _footer_modified(text: str, language: str | None) -> list[_Cand]:
    """The wiki's "last edited" footer line (MediaWiki's ``#footer-info-lastmod``, in every language:
    "This page was last edited on 5 January 2024", "Diese Seite wurde zuletzt am 5. Januar 2024 ...
    bearbeitet"), or a line that says when the page was last updated ("Page last updated: 03/14/2022 -
    15:40", as government CMSs print it): the page's modified date, as a last resort."""
    at = text.find(_LASTMOD_ID)
    if at < 0:
        return _page_last_updated(text, language)
    line = _LASTMOD_LINE.match(text, text.find(">", at) + 1)
    if line is None:
        return []
    found = find_text_dates(clean_text(_TAG_RE.sub(" ", line.group(1))), day_first=_day_first(language))
    return [_Cand(value, None, "text", True) for value, _start, _end in found][:1]


#: "Page last updated", "This page was last modified on": the page's own update, printed at the end of its
#: content or in its footer (not "Site last updated"). English; looked for in the page's last
#: ``_PAGE_UPDATED_TAIL`` characters, where the words are looked for first (most pages have none).
_PAGE_UPDATED_WORDS = ("ast updated", "ast Updated", "ast modified", "ast Modified", "AST UPDATED")
_PAGE_UPDATED_TAIL = 20_000
_PAGE_UPDATED = lazy_re(r"\bpage (?:was |has been )?last (?:updated|modified)\b(?:\s*on\b)?", re.IGNORECASE)
#: "Last updated on Jan 09, 2020." opening a sentence or an element of its own, as Sphinx's footer
#: (``html_last_updated_fmt``) prints it after the copyright line: the page's own build, on a page whose
#: headings carry a documentation generator's permalink anchor (:data:`_DOC_PERMALINK`: Sphinx and MkDocs
#: build each page from its own source). Not on other pages, whose footers say when the site was updated
#: ("Site is hosted and maintained by ... Last Updated On: 30 NOV 2024").
_DOC_UPDATED = lazy_re(r"(?<=[>.|\n])[ \t\r\n]*last updated on\b", re.IGNORECASE)
_DOC_PERMALINK = 'class="headerlink"'
#: "Last edited <span class="date">Fri 10 Jan 2020 09:30:44 AM CET</span>" opening an element of its own, as
#: a wiki's footer prints the page's last edit (ikiwiki's ``pagedate``; the forty-eighth held-out batch),
#: tried when the tail holds "ast edited" (or "LAST EDITED", a footer set in capitals in its HTML; the
#: fiftieth held-out batch) and no label above: not a forum's "Last edited by <name>", whose edit is a
#: post's, nor the words inside a sentence. The date may follow a weekday ("Friday, 10 January").
_PAGE_EDITED = lazy_re(r"(?<=>)[ \t\r\n]*last edited(?! by\b)(?:\s*(?:on\b|:))?", re.IGNORECASE)
_PAGE_EDITED_WORDS = ("ast edited", "AST EDITED")
_PAGE_EDITED_REACH = 12


def _page_last_updated(text: str, language: str | None) -> list[_Cand]:
    tail = text[-_PAGE_UPDATED_TAIL:]
    reach = 4  # after the words, a colon, a space
    if any(words in tail for words in _PAGE_UPDATED_WORDS):
        labels = list(_PAGE_UPDATED.finditer(tail))
        if not labels and _DOC_PERMALINK in text:
            labels = list(_DOC_UPDATED.finditer(tail))
    else:
        labels = []
    if not labels and any(words in tail for words in _PAGE_EDITED_WORDS):
        labels = list(_PAGE_EDITED.finditer(tail))
        reach = _PAGE_EDITED_REACH
    for label in labels:
        value = _date_right_after(tail, label.end(), language, reach)
        if value is not None:
            return [_Cand(value, None, "text", True)]
    return []


#: How many of each correction stem's occurrences :func:`_correction_note` looks at, and how far after the
#: headline's ``<h1>`` it looks (the story's end, where editors put the note; a search of the whole page
#: costs two to four times as much on a 64 KB page).
_CORRECTION_TRIES = 20
_CORRECTION_WINDOW = 20_000


def _correction_note(text: str, language: str | None, h1_at: int | None = None) -> dt.date | None:
    """The day a dated correction note says the page was changed (``T.CORRECTION_NOTE_RE``: "This article
    was amended on 29 November 2024", "Исправлено 29 ноября 2024 года"), the date right after its label;
    looked for within :data:`_CORRECTION_WINDOW` characters after the headline's ``<h1>`` (``h1_at``, or the
    first ``<h1``; none, none), with the page's language's stems (``T.CORRECTION_STEMS``)."""
    start = h1_at if h1_at is not None else text.find("<h1")
    if start < 0:
        return None
    end = start + _CORRECTION_WINDOW
    primary = (language or "").split("-")[0].lower()
    for stem in T.CORRECTION_STEMS.get(primary) or T.CORRECTION_STEMS[""]:
        at = text.find(stem, start, end)
        for _ in range(_CORRECTION_TRIES):
            if at < 0:
                break
            label = T.CORRECTION_NOTE_RE.search(text, max(0, at - 30), at + 40)
            if label is not None and label.start() < at < label.end() and _starts_note(text, label.start()):
                value = _date_right_after(text, label.end(), language, 1)
                if value is not None:
                    return value
            at = text.find(stem, at + len(stem), end)
    return None


#: What may stand right before a note's first word: an element's end, a bracket, an emphasis mark, the
#: previous sentence's stop.
_NOTE_OPENERS = (">", "(", "[", "*", ".", "—")


def _starts_note(text: str, start: int) -> bool:
    """Does the note at ``text[start]`` start an element or a sentence (spaces aside)?"""
    before = text[max(0, start - 20) : start].rstrip()
    return not before or before.endswith(_NOTE_OPENERS)


#: An open archive's record of an item: when it was deposited (the day it appeared there) and last modified,
#: as HAL ("Déposé le : jeudi 9 janvier 2020-14:05:12", "Dernière modification le : ..."), EPrints ("Date
#: Deposited: 09 Jan 2020 14:05", "Last Modified: ...") and their translations print them, often in a box
#: classed as a widget beside the abstract, which the body's reading skips. Read as a last resort, on a page
#: nothing else dates; the words are looked for first (most pages hold none). The forty-seventh held-out
#: batch.
_DEPOSIT_WORDS = ("éposé le", "eposited", "EPOSITED", "epositado", "ingestellt am")
_DEPOSITED = lazy_re(
    r"(?:déposé le|date deposited|deposited on|depositado (?:em|el)|eingestellt am)\s*:?", re.IGNORECASE
)
_RECORD_MODIFIED = lazy_re(
    r"(?:dernière modification le|last modified|última modificação em|última modificación|zuletzt geändert"
    r"(?: am)?|letzte änderung)\s*:?",
    re.IGNORECASE,
)
#: How far after the deposit's label its record's modification may be printed (the next lines of the box).
_RECORD_REACH = 600


def _deposit_dates(text: str, language: str | None) -> list[_Cand]:
    """The deposit (the publication) and the last modification an archive's record states
    (:data:`_DEPOSITED`, :data:`_RECORD_MODIFIED`), each the first date right after its label; none when
    the page has no deposit label."""
    if not any(words in text for words in _DEPOSIT_WORDS):
        return []
    label = _DEPOSITED.search(text)
    if label is None:
        return []
    deposited = _date_right_after(text, label.end(), language, 8)  # a weekday may stand first ("jeudi")
    if deposited is None:
        return []
    found = [_Cand(deposited, None, "text", False)]
    changed = _RECORD_MODIFIED.search(text, label.end(), label.end() + _RECORD_REACH)
    if changed is not None:
        modified = _date_right_after(text, changed.end(), language, 10)
        if modified is not None and modified >= deposited:
            found.append(_Cand(modified, None, "text", True))
    return found


def _date_right_after(text: str, end: int, language: str | None, reach: int) -> dt.date | None:
    """The date written at most ``reach`` characters after ``text[end]`` (tags and spaces aside)."""
    after = " ".join(_TAG_RE.sub(" ", text[end : end + 200]).split())
    for value, start, _end in find_text_dates(after[:60], day_first=_day_first(language)):
        return value if start <= reach else None
    return None


#: How far into a paragraph of prose a date stands at least to be the story's mention, not a byline's.
_PROSE_LEAD = 30


def _mid_sentence(window: str, start: int) -> bool:
    """Does the date at ``start`` stand inside a paragraph of the story's prose (its text between the
    window's separators is :data:`_PROSE_CHARS` characters or more ending a sentence) after
    :data:`_PROSE_LEAD` characters of it? Then it is a date the story speaks of ("... the line's works
    began on 5 June 2017 and ..."), in the byline's reach only because the lead is short, and not the
    byline's: IRNA's stamp above its headline (ext65). A dateline opening the lead ("MOSCOW, March 5 --")
    or a byline's own text is not."""
    begin = window.rfind(" | ", 0, start)
    begin = 0 if begin < 0 else begin + 3
    if start - begin < _PROSE_LEAD:
        return False
    end = window.find(" | ", start)
    chunk = window[begin : end if end >= 0 else len(window)]
    return len(chunk) >= _PROSE_CHARS and chunk.endswith(_SENTENCE_STOPS)


def _closing_date(window: str, found: list[tuple[dt.date, int, int]]) -> dt.date | None:
    """The date a notice prints alone under its text, when every date before it stands inside the text's
    sentences: ``Приказом ... от 27.12.2019 ... до 20.01.2020 ... | 09.01.2020 | Распечатать``. State
    agencies' and courts' templates set the item's date after the text (a signature line), and a date in a
    sentence is what the text speaks of (an order's, a deadline's), never its byline. The date's own text
    (between the window's separators) holds nothing but it and a clock, and comes right after a paragraph of
    prose (:data:`_PROSE_CHARS` characters or more ending a sentence), within :data:`_UNLABELLED_REACH`;
    a list of other items after the text (their headlines between) or a date of a byline's own text above
    the story leaves the order as it was."""
    at = 0
    previous_prose = False
    dates = iter(found)
    pending = next(dates, None)
    for chunk in window.split(" | "):
        end = at + len(chunk)
        if at > _UNLABELLED_REACH or pending is None:
            return None
        inside = []
        while pending is not None and pending[1] < end:
            inside.append(pending)
            pending = next(dates, None)
        prose = len(chunk) >= _PROSE_CHARS and chunk.endswith(_SENTENCE_STOPS)
        if inside and not prose:
            value, start, stop = inside[0]
            rest = chunk[: start - at] + chunk[stop - at :]
            if len(inside) == 1 and previous_prose and not any(ch.isalpha() for ch in rest):
                return value
            return None  # a date of a short text of its own before the story's sentences: a byline's
        previous_prose = prose
        at = end + 3
    return None


def _window(texts: list[str], limit: int) -> str:
    parts: list[str] = []
    size = 0
    for text in texts:
        if not text:
            continue
        parts.append(text)
        size += len(text) + 3
        if size >= limit:
            break
    return " | ".join(parts)[:limit]


#: What an editor's note says of a republished piece ("This article was first published on 12 June 2019",
#: "Originally published July 21, 1969"), looked for without its first letter (either case).
_FIRST_PUBLISHED = ("irst published", "riginally published")


def _notes_first_published(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold one of :data:`_FIRST_PUBLISHED`? Both end with `` published``: one scan
    for it, then what comes before each (half the scanning of a search for each; the window is 13 KB)."""
    at = text.find(" published", start, end)
    while at >= 0:
        for words in _FIRST_PUBLISHED:
            head = len(words) - len(" published")
            if at - head >= start and text.startswith(words[:head], at - head):
                return True
        at = text.find(" published", at + 1, end)
    return False


#: The same note in Spanish and Portuguese ("Esta nota fue publicada originalmente el 12 de marzo de 2022",
#: "publicado pela primeira vez em ..."): what follows "publicado" / "publicada" (looked for without its
#: first letter).
_FIRST_PUBLISHED_TAILS = (" originalmente", " por primera vez", " pela primeira vez")


def _notes_first_published_es_pt(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold "publicado" or "publicada" and one of :data:`_FIRST_PUBLISHED_TAILS`
    right after it (one scan for "ublicad", a test at each)?"""
    at = text.find("ublicad", start, end)
    while at >= 0:
        if text.startswith(_FIRST_PUBLISHED_TAILS, at + 8):
            return True
        at = text.find("ublicad", at + 1, end)
    return False


_FIRST_PUBLISHED_RE = lazy_re(
    r"(?:(?:first|originally) published(?: (?:on|in))?"
    r"|publicad[oa] (?:originalmente|por primera vez|pela primeira vez)(?: (?:el|em|no dia))?)\s*",
    re.IGNORECASE,
)
#: What comes right before the words of a note about this page: the start of an element, or "this article
#: was" ("The study, first published on ..." is about another text); in Spanish and Portuguese "esta nota
#: fue", "este artículo fue", "esta matéria foi", ...
_FIRST_PUBLISHED_OWNER = lazy_re(
    r"(?:>\s*|\bthis (?:article|story|piece|interview|column|essay|review|report|post|feature|obituary)"
    r" (?:was|is|has been|had been)\s+"
    r"|\best[ae] (?:nota|art[ií]culo|artigo|texto|reportaje|reportagem|cr[oó]nica|entrevista|columna|coluna"
    r"|mat[ée]ria|not[ií]cia) (?:fue|foi|ha sido|había sido|tinha sido)\s+)$",
    re.IGNORECASE,
)
#: How far after the headline's ``<h1>`` an editor's note is looked for (it sits under the headline or the
#: byline; bounding the search keeps it off the rest of a long page).
_FIRST_PUBLISHED_WINDOW = 12_000
#: How far after the words the date must be ("on Wednesday 12 June 2019 at 07.45").
_FIRST_PUBLISHED_REACH = 60


def _is_iberian(language: str | None) -> bool:
    """Is ``language`` Spanish or Portuguese (``es``, ``es-GT``, ``pt-BR``): is a note in those languages
    looked for (:func:`_first_published`)?"""
    return language is not None and language[:2].lower() in ("es", "pt")


def _first_published(
    text: str,
    published: ExtractedDate,
    day_first: bool,
    today: dt.date,
    h1_at: int | None = None,
    *,
    iberian: bool = False,
) -> tuple[ExtractedDate, dt.date | None]:
    """The date a republished page says it first appeared, when earlier than ``published`` (its structured
    data carry the republication): the citation of the original cites that date. The note must be about
    this page (it opens an element, or reads "this article was ..."), in English, or in Spanish or
    Portuguese on a page in those languages (``iberian``: a second scan of the window, ~9 µs, paid only
    there); a note without a date (``originally published on The Conversation``) changes nothing. The
    note is looked for where editors put it, within :data:`_FIRST_PUBLISHED_WINDOW` characters after the
    headline's ``<h1>`` (``h1_at``, when the head reader found it: a search from the page's start costs ~7
    µs on a 64 KB page). With it, the update the note states right after that date ("... and updated on 14
    March 2022"), if any: the republication is then that update, not a copy's."""
    start = h1_at if h1_at is not None else text.find("<h1")
    if start < 0:
        start = text.find("<H1")
    if start < 0:
        return published, None
    end = start + _FIRST_PUBLISHED_WINDOW
    start = max(0, start - _BYLINE_CHARS)  # or in the header's line above the headline
    if not _notes_first_published(text, start, end) and not (
        iberian and _notes_first_published_es_pt(text, start, end)
    ):
        return published, None
    for note in _FIRST_PUBLISHED_RE.finditer(text, start, end):
        if not _FIRST_PUBLISHED_OWNER.search(text, max(0, note.start() - 60), note.start()):
            continue
        after = " ".join(_TAG_RE.sub(" ", text[note.end() : note.end() + 4 * _FIRST_PUBLISHED_REACH]).split())
        for value, offset, date_end in find_text_dates(after[:_FIRST_PUBLISHED_REACH], day_first=day_first):
            near = offset <= 20 or _FIRST_PUBLISHED_WHERE.fullmatch(after, 0, offset) is not None
            if near and is_plausible(value, today) and value < published.value:
                return ExtractedDate(value, "text", None), _noted_update(after, date_end, value, day_first)
            break
    return published, None


#: How far after a note's first date the update it states may be ("and updated on 14 March 2022 with ...").
_NOTED_UPDATE_REACH = 50


def _noted_update(after: str, date_end: int, first: dt.date, day_first: bool) -> dt.date | None:
    """The date right after ``after[:date_end]`` (a note's first publication) behind an update label ("and
    updated on", "y actualizada el"), when later than ``first``."""
    rest = after[date_end : date_end + _NOTED_UPDATE_REACH]
    for value, offset, _ in find_text_dates(rest, day_first=day_first):
        label = _UPDATE_STEM.search(rest, 0, offset)
        if label is not None and value > first:
            return value
        break
    return None


#: Where the piece first appeared, between the note and its date: "at blog.example.com on", "in The
#: Conversation on" (a few words, no sentence's end; a dot only inside a host name).
_FIRST_PUBLISHED_WHERE = lazy_re(r"(?:at|in|on|by)\s(?:[^.!?;]|\.(?=\S)){2,40}?\s(?:on|in)\s", re.IGNORECASE)


def _same_statement(a: ExtractedDate, b: ExtractedDate) -> bool:
    """Do ``a`` and ``b`` state one moment: the same instant (to the minute) when both carry a timestamp
    that can be compared, else the same day?"""
    sa, sb = a.timestamp, b.timestamp
    if sa is not None and sb is not None and (sa.tzinfo is None) is (sb.tzinfo is None):
        return abs(sa - sb) <= _SAME_INSTANT
    return a.value == b.value


def _all_fresh(strong: list[_Cand], today: dt.date) -> bool:
    """Is every plausible publication date of the head on the day of the fetch (or the next)?"""
    found = False
    for cand in strong:
        if not cand.modified and is_plausible(cand.value, today):
            if cand.value < today:
                return False
            found = True
    return found


def _earlier_byline(text: str, start: int, url_date: dt.date | None, today: dt.date, day_first: bool) -> bool:
    """Does the URL, or the visible text of the markup right after the first ``<h1>`` after ``start``, state
    a date before ``today``? A cheap look (no tree) that spares the body's parse to a page of today."""
    if url_date is not None and url_date < today:
        return True
    h1 = _first_h1(text, start)
    if h1 is None:
        return False
    window = text[h1[2] : h1[2] + _BYLINE_CHARS]
    for stop in _BYLINE_STOPS:
        at = window.find(stop)
        if at >= 0:
            window = window[:at]
    plain = " ".join(_TAG_RE.sub(" ", window).split())[: 2 * _BYLINE_REACH]
    return any(
        value.year >= MIN_YEAR and value < today
        for value, _, _ in find_text_dates(plain, day_first=day_first)
    )


def _render_stamped(cands: list[_Cand], strong: list[_Cand], today: dt.date) -> list[_Cand]:
    """The head stamped every date with the day of the fetch, and the byline states an earlier publication
    ("March 12, 2022" under a JSON-LD ``datePublished`` of today): the head's dates of today are the time
    the page was rendered, not its publication or an update, and are dropped. A byline of today agrees
    with the head, which stands."""
    if not any(c.byline and not c.modified and c.value.year >= MIN_YEAR and c.value < today for c in cands):
        return cands
    stamped = {id(c) for c in strong if c.value >= today}
    return [c for c in cands if id(c) not in stamped]


def _choose_dates(cands: list[_Cand], today: dt.date) -> tuple[ExtractedDate | None, ExtractedDate | None]:
    """The first acceptable candidate of each kind, in cascade order; modified never before published."""
    latest = today + _ONE_DAY

    def acceptable(c: _Cand) -> bool:
        value = c.value
        if value in T.PLACEHOLDER_DATES:  # a CMS default, however often the page repeats it
            return False
        if value.year >= MIN_YEAR and value <= latest:
            return True
        # Before 1990: only when the page states it twice (an archive story, not a date in its text).
        return value.year >= 1800 and value <= today and sum(o.value == value for o in cands) >= 2

    # The first acceptable candidate of each kind, in one pass (two generators' frames cost ~8 k; cost12).
    published: _Cand | None = None
    modified: _Cand | None = None
    for c in cands:
        if c.modified:
            if modified is None and acceptable(c):
                modified = c
                if published is not None:
                    break
        elif published is None and acceptable(c):
            published = c
            if modified is not None:
                break
    published, modified = _local_reading(published, cands), _local_reading(modified, cands)
    if modified is not None and published is not None and modified.value < published.value:
        modified = None
    return (
        ExtractedDate(published.value, published.source, published.timestamp, not published.yearless)
        if published
        else None,
        ExtractedDate(modified.value, modified.source, modified.timestamp) if modified else None,
    )


_SAME_INSTANT = dt.timedelta(minutes=1)


def _local_reading(chosen: _Cand | None, cands: list[_Cand]) -> _Cand | None:
    """A time written in UTC is the page's date as its own offset writes it, when the page states the same
    instant with one: JSON-LD's ``2020-01-09T22:45:00Z`` beside ``article:published_time``
    ``2020-01-10T00:45:00+02:00`` was published on the 10th, where the page is."""
    stamp = chosen.timestamp if chosen is not None else None
    if chosen is not None and stamp is not None and stamp.tzinfo is None:
        # A zoneless time is UTC's when the page states its instant in a zone too (:func:`_naive_utc_local`).
        stamp = stamp.replace(tzinfo=dt.timezone.utc)
    if chosen is None or stamp is None or (stamp.tzinfo is not _UTC and stamp.utcoffset() != _UTC_OFFSET):
        return chosen
    twin = None  # the same instant with an offset, stated as the other kind of date (:func:`_twin_offset`)
    for other in cands:
        local = other.timestamp
        if (
            local is not None
            and local.tzinfo is not _UTC  # UTC's own zone: its offset is zero (no call)
            and local.utcoffset()  # aware, and not UTC itself
            and abs(local - stamp) <= _SAME_INSTANT
        ):
            if other.modified is chosen.modified:
                return other
            twin = twin or other
    return chosen if twin is None else _twin_offset(chosen, stamp, twin)


def _twin_offset(chosen: _Cand, stamp: dt.datetime, twin: _Cand) -> _Cand:
    """``chosen`` (its ``stamp`` in UTC) read in the offset of ``twin``, the same instant the page writes with
    an offset as the other kind of date: Hatena Blog's JSON-LD ``datePublished`` ``2019-10-14T23:05:00Z``
    beside its ``dateModified`` ``2019-10-15T08:05:00+09:00`` (a post never edited: its modification is its
    publication, written where the blog is) was published on the 15th."""
    zone = twin.timestamp.tzinfo if twin.timestamp is not None else None
    moved = stamp.astimezone(zone)
    return dataclasses.replace(chosen, value=moved.date(), timestamp=moved)


# --- titles, site name, the rest -------------------------------------------------------------------------
def _site_name(page: _Page) -> tuple[str | None, str | None]:
    for name, source in T.SITE_NAME_META:
        value = clean_text(page.meta(name))
        if (
            value
            and not _URLISH.match(value)
            and len(value) <= 120
            and not _works_publisher(page, name, value)
        ):
            if (
                source == "opengraph"
                and page.body is not None
                and not page.title_tag.endswith(value)
                and _ends_with_part(page.title_tag, value)
            ):
                value = _site_of_section(page, value) or value
            return _site_name_part(value, page.url), source
    for node in iter_nodes(page.jsonld):
        if "website" in node_types(node):
            site = text_value(node.get("name"))
            if site:
                site = clean_text(site)
                if is_host_name(site):
                    # A WebSite named by its address ("lesoir.be") beside a publisher whose name the host
                    # spells ("Le Soir"): the name people use is the publisher's.
                    publisher = _publisher(page)
                    if publisher and not is_host_name(publisher) and names_site(publisher, (), page.url):
                        return publisher, "json-ld"
                return site, "json-ld"
    return None, None


#: How long the rest of an ``og:site_name`` may be after the site's own name (:func:`_site_of_section`).
_SECTION_WORD_CHARS = 4


def _ends_with_part(title_tag: str, og_site: str) -> bool:
    """Does ``title_tag`` end with ``og_site`` but for its last one to four characters (a few ``endswith``
    tests: what :func:`_site_of_section` needs first)?"""
    return any(
        title_tag.endswith(og_site[:cut]) for cut in range(-_SECTION_WORD_CHARS, 0) if len(og_site) + cut > 0
    )


def _site_of_section(page: _Page, og_site: str) -> str | None:
    """The site's name when ``og:site_name`` is it with a section's word run on (``知乎专栏``, "Zhihu
    columns", on a column's article): the ``<title>``'s last part is the name alone, which the header's
    link home states too (its logo's ``aria-label``, an image's ``alt``), and the rest is one short word
    (:data:`_SECTION_WORD_CHARS` letters, no space). The forty-eighth held-out batch. Not a name the
    ``<title>`` does not end with, nor one whose logo says the longer name, nor a domain's ending
    (``RTVE.es`` beside ``| RTVE``: the site's name as it writes it)."""
    parts = T.TITLE_SEPARATOR_RE.split(page.title_tag)
    name = parts[-1].strip() if len(parts) > 1 else ""
    rest = og_site[len(name) :]
    if (
        not name
        or not og_site.startswith(name)
        or not 0 < len(rest) <= _SECTION_WORD_CHARS
        or not rest.isalpha()
    ):
        return None
    for index, link in enumerate(page.body.iter("a")):
        if index >= _LOGO_LINKS:
            break
        if _is_home_href(link.get("href"), page.url) and clean_text(link.get("aria-label")) == name:
            return name
    return name if _logo_alt(page) == name else None


#: Scholarly meta naming the body that issued the cited work (a report's institution, a book's publisher).
_WORK_ISSUERS = (
    "citation_publisher",
    "citation_technical_report_institution",
    "citation_dissertation_institution",
)


def _works_publisher(page: _Page, name: str, value: str) -> bool:
    """Is a ``DC.publisher`` (or ``publisher``) meta the cited work's publisher rather than the site's name: a
    ``citation_*`` meta names the same body as the work's issuer (a repository's record of a university
    school's report)? The site is then named by other means (its ``<title>``'s suffix, its logo)."""
    if name not in ("dc.publisher", "publisher"):
        return False
    if name == "dc.publisher" and _pre_web_publisher(page, value):
        # A digitized work's record (a newspaper's page of 1920 in a library's archive): its Dublin Core
        # publisher printed it before there was a web, and is not the site. The forty-ninth held-out batch.
        return True
    if name == "dc.publisher" and _deposited_works(page, value):
        return True
    if "citation_title" not in page.metas:
        return False
    return any(clean_text(page.meta(issuer)) == value for issuer in _WORK_ISSUERS)


#: The Dublin Core terms a repository writes of its own taking an item in (DSpace's accession date and the
#: day it made the item available): a record of a deposit, not of the work.
_DEPOSIT_METAS = ("dcterms.dateaccepted", "dcterms.available")


def _deposited_works(page: _Page, value: str | None) -> bool:
    """Is ``value`` the ``DC.publisher`` of a repository's record of a deposited work (a DSpace item's page:
    ``DCTERMS.dateAccepted`` or ``DCTERMS.available``, the day the repository took the item in, beside
    ``DCTERMS.issued``, the work's own date)? It is the work's publisher then (a university department that
    issued a working paper), not the repository's name. The fifty-sixth held-out batch."""
    return (
        bool(value)
        and "dcterms.issued" in page.metas
        and any(name in page.metas for name in _DEPOSIT_METAS)
        and clean_text(page.meta("dc.publisher")) == value
    )


#: A ``DC.date`` that opens with a year before the web's (1991): a printed work's, described by an archive.
_PRE_WEB_YEAR = lazy_re(r"\s*(?:1[0-8]\d\d|19[0-8]\d|1990)(?!\d)")


def _pre_web_publisher(page: _Page, value: str | None) -> bool:
    """Is ``value`` the ``DC.publisher`` of a page whose ``DC.date`` is before the web's years?"""
    if not value or "dc.date" not in page.metas:
        return False
    date = page.meta("dc.date")
    return (
        date is not None
        and _PRE_WEB_YEAR.match(date) is not None
        and clean_text(page.meta("dc.publisher")) == value
    )


def _site_name_part(value: str, url: str) -> str:
    """A declared site name written as a ``<title>`` is (``Congress.gov | Library of Congress``: the site and
    its parent body): the one part the page's host spells, when one alone does; else the whole value."""
    if " | " not in value or not url:
        return value
    parts = [part.strip() for part in value.split(" | ")]
    naming = [part for part in parts if part and names_site(part, (), url)]
    if len(naming) > 1:  # "Library of Congress" shares a word with congress.gov: its written address wins
        naming = [part for part in naming if is_host_name(part)]
    return naming[0] if len(naming) == 1 else value


def _jsonld_publisher(main: dict[str, Any] | None, by_id: dict[str, dict[str, Any]]) -> str | None:
    if main is None:
        return None
    publisher = main.get("publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if isinstance(publisher, dict) and "name" not in publisher and isinstance(publisher.get("@id"), str):
        publisher = by_id.get(publisher["@id"], publisher)
    value = text_value(publisher) if not isinstance(publisher, dict) else text_value(publisher.get("name"))
    return clean_text(value) if value and not _URLISH.match(value) else None


def _publisher(page: _Page) -> str | None:
    if page.publisher is None:
        page.publisher = _find_publisher(page) or ""
    return page.publisher or None


#: The ``isPartOf`` types that name a publication an article appeared in (a paper, a magazine, a supplement,
#: or one of their issues), not the site or page it is on (``WebSite``, ``WebPage``) nor a paywall's product
#: (``["CreativeWork", "Product"]``, whose name is a subscription's: ``WELTplus``).
_PUBLICATION_TYPES = frozenset({"periodical", "newspaper", "publicationissue", "publicationvolume"})
#: The most publication names read from one page (a long list is junk).
_PART_OF_NAMES = 3


def _publisher_parent(main: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> Any:
    """The ``parentOrganization`` of ``main``'s publisher (a node, or one found by its ``@id``), else
    ``None`` (:func:`_part_of`)."""
    publisher = main.get("publisher")
    if (
        isinstance(publisher, dict)
        and "name" not in publisher
        and isinstance(ref := publisher.get("@id"), str)
    ):
        publisher = by_id.get(ref, publisher)
    return publisher.get("parentOrganization") if isinstance(publisher, dict) else None


def _part_of(page: _Page, site_name: str | None) -> tuple[str, ...]:
    """The publications the page's main JSON-LD node says its article belongs to (:attr:`Metadata.part_of`):
    the name of its ``isPartOf`` of a publication's type (:data:`_PUBLICATION_TYPES`; an issue's own
    ``isPartOf`` periodical too), of its ``sourceOrganization`` and (added after the fifty-seventh held-out
    matching batch) of its publisher's ``parentOrganization`` (``Mediacorp`` for ``CNA``: a writer may cite
    the owning company as the publisher), each a node, an ``@id`` into the graph or a list of them; none
    that is the site's name or the publisher's, or reads as an address. ``()`` on a page without JSON-LD.
    ``_extract`` asks it only when its main node may hold one (the test below, made there first: the call
    itself costs more than the test)."""
    main, by_id = _jsonld_main(page)
    if main is None:
        return ()
    parent = _publisher_parent(main, by_id)
    if "isPartOf" not in main and "sourceOrganization" not in main and parent is None:
        return ()
    own = {fold(n) for n in (site_name, _publisher(page)) if n}
    found: dict[str, None] = {}

    def add(node: Any, publication: bool, depth: int = 0) -> None:
        if isinstance(node, list):
            for item in node[:_PART_OF_NAMES]:
                add(item, publication, depth)
            return
        if not isinstance(node, dict):
            return
        if "name" not in node and isinstance(ref := node.get("@id"), str):
            node = by_id.get(ref, node)
        if publication and not (node_types(node) & _PUBLICATION_TYPES):
            return
        name = clean_text(text_value(node.get("name")))
        if name and not _URLISH.match(name) and fold(name) not in own and len(found) < _PART_OF_NAMES:
            found[name] = None
        if publication and depth == 0:  # an issue's periodical
            add(node.get("isPartOf"), True, 1)

    add(main.get("isPartOf"), True)
    add(main.get("sourceOrganization"), False)
    add(
        parent, False, 1
    )  # the publisher's owner (``CNA``'s ``Mediacorp``): a name the page answers to as well
    return tuple(found)


def _find_publisher(page: _Page) -> str | None:
    main, by_id = _jsonld_main(page)
    value = _jsonld_publisher(main, by_id)
    if value:
        return value
    for name in ("dc.publisher", "publisher", "citation_publisher"):
        meta = clean_text(page.meta(name))
        if meta and not _URLISH.match(meta):
            return meta
    return None


def _title_candidates(
    page: _Page, site_name: str | None
) -> tuple[list[TitleCandidate], str | None, str | None]:
    """The title candidates, the site name read from a removed title affix that names the site, and the
    last part of a ``<title>`` suffix (``Headline - Section - Site``), or the first part of a prefix
    (``Site :: Section :: Headline``), as a weaker guess at the site name."""
    main, _ = _jsonld_main(page)
    raw: list[tuple[str, str]] = []
    for name, source in (("og:title", "opengraph"), ("twitter:title", "twitter")):
        value = clean_text(page.meta(name))
        if value:
            raw.append((value, source))
    if main is not None:
        value = clean_text(text_value(main.get("headline")) or text_value(main.get("name")))
        if not value and node_types(main) & T.POSTING_TYPES:
            value = clean_text(text_value(main.get("title")))  # a vacancy (JobPosting) is named by its title
        if value:
            raw.append((value, "json-ld"))
    listing: str | None = None  # an h1 naming the listing that the page's URL picks an item of
    ticket: tuple[str, str] | None = None  # an issue's title and number, when its h1 ends with the number
    for index, (_, text, excluded, el) in enumerate(page.h1s[:5]):
        if text and not excluded and index < 3 and id(el) not in page.logo_h1s:
            if index == 0 and el is not None and (item := _listing_item_heading(page, el, text)) is not None:
                listing = text
                raw.append((item, "headline"))
                continue
            if text[-1:].isdigit() and "#" in text:  # "Title #1234": an issue's h1 (a substring test first)
                unnumbered = _without_ticket_number(text, raw, page.title_tag)
                if unnumbered != text:
                    ticket = (unnumbered, text[len(unnumbered) :].strip())
                    text = unnumbered
            raw.append((text, "h1"))
    if listing is not None:
        pass  # the item's own heading stands for the h1
    elif not any(source == "h1" for _, source in raw):
        # No h1 (or only the site's logo in one): the element marked as the entry's title (hAtom
        # "entry-title", microformats2 "p-name", microdata "headline"), else an h2 (old templates).
        aria = _aria_h1(page)
        marked = _marked_headline(page) if aria is None else None
        h2 = next((text for _, text, excluded, _el in page.h2s if text and not excluded), None)
        if aria:
            raw.append((aria, "h1"))
        elif marked:
            raw.append((marked, "headline"))
        elif h2:
            raw.append((h2, "h2"))
    elif page.title_tag and page.h2s:
        # An h1 that is the name of a section or a collection above the document ("England and Wales Court
        # of Appeal (Civil Division) Decisions"), and an h2 that repeats the whole <title>: the h2 is the
        # document's own heading; its agreement with the <title> is weighed in :func:`_choose_title`.
        h2 = next(
            (text for _, text, excluded, _el in page.h2s if text == page.title_tag and not excluded), None
        )
        if h2 and all(text != h2 for text, source in raw if source == "h1"):
            raw.append((h2, "h2"))
    if not page.metas.keys().isdisjoint(T.META_TITLES):  # most pages state none of them
        for name in T.META_TITLES:
            value = clean_text(page.meta(name))
            if value:
                raw.append((value, "meta"))
                break
    if page.title_tag:
        raw.append((_without_library(page, page.title_tag), "title-tag"))
    sites = [s for s in (site_name, _publisher(page)) if s]
    squashed = tuple(squash(s) for s in sites)
    if len(squashed) == 2 and squashed[0] == squashed[1]:
        # the site's name and its publisher's one name (most pages): each part is tested against it once;
        # the keys are read as a set (any of them names the site), so one of two equal keys says the same
        squashed = squashed[:1]
    site_keys = set(squashed)
    hosts = host_labels(page.url) if page.url else ()
    seen: set[tuple[str, str]] = set()
    result: list[TitleCandidate] = []
    h1_found = colon_found = False
    removed_site: str | None = None
    suffix_site: str | None = None
    # og:title, the JSON-LD headline and the h1 are often one text, stripped alike: strip it once.
    stripped_by: dict[tuple[str, tuple[str, ...]], tuple[str, list[str], bool]] = {}
    separators_of: dict[str, list[re.Match[str]]] = {}  # twitter:title is og:title stripped with others
    for text, source in raw:
        # Repetition (another candidate inside this one) strips the <title> and the like; og:title, the
        # JSON-LD headline and the h1 lose only parts that name the site ("Kicker: headline" stays whole).
        # An og:title that copies the <title> with its "|" affixes ("Object | Maker | Collection") is the
        # <title>: stripped alike. So with " : " affixes, a spaced colon ("Item : Creator : Free Download,
        # Borrow, and Streaming : Internet Archive", a repository's item page; the fiftieth held-out batch):
        # a copy of the <title> states no headline of its own, and the <title> is stripped so already.
        repeats = source in _REPETITION_SOURCES or (
            source == "opengraph" and text == page.title_tag and (" | " in text or " : " in text)
        )
        if (
            repeats
            and source == "title-tag"
            and ":" in text
            and _series_before_colon(text, page.meta("og:title"), raw)
        ):
            repeats = False  # "Newsletter: this issue's subject", which og:title states whole too
        others = tuple([t for t, s in raw if s != source and t != text]) if repeats else ()
        done = stripped_by.get((text, others))
        if done is None:
            if is_clean(text):  # every candidate is clean_text's output: mostly its own cleaned text
                found = separators_of.get(text)
                if found is None:
                    found = separators_of[text] = _separators(text)
                done = strip_clean_affixes(text, found, wanted_titles(others), squashed, hosts)
            else:
                done = strip_affixes_by_keys(text, squashed, hosts, others)
            stripped_by[text, others] = done
        stripped, removed, by_name = done
        if source in ("h1", "h2", "headline") and (squash(stripped) in site_keys or not stripped):
            continue  # a logo in an <h1>
        if removed and suffix_site is None and source == "title-tag":
            # "Headline--Section--人民网" with no site declared: the <title>'s last part is the site's name;
            # "Эхо Москвы :: Новости :: Headline": its first part (not a kicker set off by a colon).
            edge = None
            if text.startswith(stripped):
                edge = removed[-1]
            elif text.endswith(stripped) and not _KICKER_COLON.match(text, len(removed[0])):
                edge = removed[0]
            edge = _strip_abbreviation(_strip_date_tail(edge)) if edge else None
            if (
                edge
                and (len(edge.split()) <= 5 or _opens_with_logo(page, edge))
                and not _DIGITS_ONLY.fullmatch(edge)
            ):
                suffix_site = edge
                page.suffix_parts = tuple(removed)
        if removed and removed_site is None and source in ("title-tag", "opengraph"):
            # A name before an address: "Xinhua" in "Headline - Xinhua | English.news.cn".
            ends = (removed[0],) if len(removed) == 1 else sorted((removed[-1], removed[0]), key=is_host_name)
            for part in ends:
                # names_site(part, (), page.url), with the host labels read above (``hosts``, the same
                # host_labels(page.url)): one reading of the page's address fewer (cost9).
                if (by_name and not site_keys) or _is_site_part(part, (), hosts):
                    removed_site = _strip_abbreviation(_strip_date_tail(part))
                    break
        key = (stripped, source)
        if listing is not None and source in _HEAD_TITLE_SOURCES and stripped == listing:
            continue  # the head titles the listing (a module's <title> on every item), not the item
        if stripped and key not in seen:
            seen.add(key)
            result.append(TitleCandidate(stripped, source, text if text != stripped else None))
            if source == "h1":
                h1_found = True
            elif ":" in stripped:
                colon_found = True  # a head title "Name: ..." that may be an author's and an h1's
    if h1_found and colon_found:
        result = _without_author_prefix(page, result)
    if ticket is not None:
        result = [_ticket_title(c, *ticket) for c in result]
    # A wire flash's label ("МОЛНИЯ: ...") or a document's number ("US10543210B2 - Title") opens the
    # <title> of the pages that carry one: only those are read for it, by one test on one string a page.
    title_tag = page.title_tag
    if title_tag and title_tag[0] in _URGENCY_INITIALS and title_tag[:4].lower() in _URGENCY_HEADS:
        result = _without_urgency_label(result)
    elif title_tag and "0" <= title_tag[4:5] <= "9":  # a document's number's fifth character is a digit
        result = _without_document_number(result)
    if title_tag and title_tag[0] == "[" and (tag := _list_tag(title_tag, page.url)) is not None:
        result = [_without_list_tag(c, tag) for c in result]
        suffix_site = suffix_site or tag
    if page.jsonld and len({c.text for c in result}) > 1:  # they disagree, and the page has JSON-LD
        series = next((n["partOfSeries"] for n in iter_nodes(page.jsonld) if "partOfSeries" in n), None)
        if series is not None:
            result = _without_series(result, series)
    return result, removed_site, suffix_site


#: What stands between a series' name and an episode's in a head title (``Series - Episode``, ``Series:
#: Episode``, ``Series, Episode``).
_SERIES_SEPARATORS = " -–—:|,·"


def _without_series(candidates: list[TitleCandidate], series: Any) -> list[TitleCandidate]:
    """The head titles of an episode's page (a broadcaster's programme, a podcast's episode: a JSON-LD
    node's ``partOfSeries``) without the series' name before the episode's own title (``The Harbour Masters
    - Newlyn's last pilchard fleet`` beside the h1 ``Newlyn's last pilchard fleet``): the series is what
    every episode's head titles open with, the episode is what the page titles. Only a rest that is the
    h1's or the JSON-LD's title. The fifty-sixth held-out batch."""
    name = clean_text(text_value(series.get("name")) if isinstance(series, dict) else text_value(series))
    if not name:
        return candidates
    own = {c.text for c in candidates if c.source in ("h1", "json-ld")}
    result = []
    for cand in candidates:
        text = cand.text
        if (
            cand.source in _HEAD_TITLE_SOURCES
            and text.startswith(name)
            and text[len(name) : len(name) + 1] in _SERIES_SEPARATORS
            and (rest := text[len(name) :].lstrip(_SERIES_SEPARATORS)) in own
        ):
            cand = TitleCandidate(rest, cand.source, cand.raw or text)
        result.append(cand)
    return result


#: A mailing list's tag before a message's subject (``[kedr-devel] Subject``), as list servers write it into
#: every subject and archives (Mailman's pipermail, MHonArc, Hypermail) into the ``<title>`` and the h1.
_LIST_TAG = lazy_re(r"\[([\w.+-]{2,40})\]\s+(?=\S)")


def _list_tag(title_tag: str, url: str) -> str | None:
    """The tag opening ``title_tag`` (:data:`_LIST_TAG`) when it names a segment of the page's URL's path
    (``/pipermail/kedr-devel/2020-January/004512.html``): the list's name, which the archive files its
    messages under, not a part of the subject. A bracketed label that no path segment spells (``[Видео]``,
    ``[RU]``) stays."""
    found = _LIST_TAG.match(title_tag)
    if found is None or not url:
        return None
    tag = found.group(1)
    segments = urlsplit(url).path.lower().split("/")
    return tag if tag.lower() in segments else None


def _without_list_tag(candidate: TitleCandidate, tag: str) -> TitleCandidate:
    """``candidate`` without the list's tag ``[tag] `` at its start (:func:`_list_tag`)."""
    found = _LIST_TAG.match(candidate.text)
    if found is None or found.group(1) != tag:
        return candidate
    return TitleCandidate(candidate.text[found.end() :], candidate.source, candidate.raw or candidate.text)


#: A ticket's number at an h1's end, set apart by a space: ``Crash on import #1234``.
_TICKET_NUMBER = lazy_re(r"\s+#(\d{1,9})$")


def _without_ticket_number(h1: str, raw: list[tuple[str, str]], title_tag: str | None) -> str:
    """``h1`` without the ticket number at its end (``Title #1234``, as issue trackers head an issue or a
    merge request: GitHub, GitLab, Gitea) when a head title states the title then the number after a
    separator (``Title · Issue #1234 · owner/repo · GitHub``, ``Title (#1234) · Issues · ...``): the number
    is the tracker's, not the title's. Left whole: a headline ending in a number sign no head title
    repeats apart ("Why we are #1")."""
    found = _TICKET_NUMBER.search(h1)
    if found is None:
        return h1
    title, number = h1[: found.start()], "#" + found.group(1)
    heads = [t for t, _source in raw] + ([title_tag] if title_tag else [])
    return title if any(_numbered_after(text, title, number) for text in heads) else h1


#: What sets a tracker's tail apart from the title in a head title: ``Title · Issue #1234``, ``Title
#: (#1234)``.
_TICKET_SEPARATORS = frozenset("·|-–—(:•")


def _numbered_after(text: str, title: str, number: str) -> bool:
    """Is ``text`` ``title``, then a separator (:data:`_TICKET_SEPARATORS`), then a tail holding ``number``?
    A title followed by the number alone (``The Grid Brief #112``, a newsletter's issue) is a title that
    holds its number, not a tracker's label."""
    tail = text[len(title) :].lstrip()
    return text.startswith(title) and tail[:1] in _TICKET_SEPARATORS and number in tail


def _ticket_title(cand: TitleCandidate, title: str, number: str) -> TitleCandidate:
    """``cand`` as the issue's title alone when it is that title, a separator, then a tail holding the
    issue's ``number`` (``Title · Issue #1234 · owner/repo``: the tracker's label and the repository, as
    :func:`_without_ticket_number` found the h1's number); any other candidate as it is."""
    if _numbered_after(cand.text, title, number):
        return TitleCandidate(title, cand.source, cand.raw or cand.text)
    return cand


def _without_document_number(candidates: list[TitleCandidate]) -> list[TitleCandidate]:
    """The candidates without a document's number before their title (:data:`_DOCUMENT_NUMBER`: ``US10543210B2
    - Title``) when another candidate states the title alone (a ``DC.title``, the ``<title>`` stripped by
    repetition): a patent office's or a search engine's page heads the document so, where its title meta and a
    citation give the title alone. A numbered title that no other states without its number stays."""
    plain: dict[str, str] = {}
    for cand in candidates:
        key = normalize_title(cand.text)
        if not _DOCUMENT_NUMBER.match(key):
            plain.setdefault(key, cand.text)
    result = []
    for cand in candidates:
        key = normalize_title(cand.text)
        number = _DOCUMENT_NUMBER.match(key)
        title = plain.get(key[number.end() :]) if number is not None else None
        result.append(cand if title is None else TitleCandidate(title, cand.source, cand.raw or cand.text))
    return result


#: A wire's urgency label at the head of a title (TASS's and RIA's "МОЛНИЯ", "СРОЧНО", Ukrainian
#: "БЛИСКАВКА"/"ТЕРМІНОВО", "BREAKING", "URGENT", "FLASH", "EILMELDUNG", "ÚLTIMA HORA", "ALERTE INFO",
#: "PILNE", "SON DAKİKA"), lower-cased; a longer label before the shorter one it opens with.
_URGENCY_LABELS = (
    "молния", "срочно", "блискавка", "терміново", "breaking news", "breaking", "urgent", "flash", "just in",
    "eilmeldung", "urgente", "última hora", "alerte info", "pilne", "son dakika",
)  # fmt: skip
#: One of :data:`_URGENCY_LABELS` in any case, then a colon, bar or dash (group 1) or only a space.
_URGENCY_LABEL = lazy_re(
    "(?:" + "|".join(map(re.escape, _URGENCY_LABELS)) + r")\b(\s*[:|—–]\s*|\s+-\s+)?\s*(?=\S)", re.IGNORECASE
)
#: Their first four letters: a title opening otherwise is not matched against the pattern (a tenth of its
#: cost, on every title of every page).
_URGENCY_HEADS = frozenset(label[:4] for label in _URGENCY_LABELS)
#: Their first letters in either case (a title's first character is read without a copy of its start).
_URGENCY_INITIALS = frozenset(head[0] for head in _URGENCY_HEADS) | frozenset(
    head[0].upper() for head in _URGENCY_HEADS
)


def _urgency_rest(text: str, others: set[str]) -> str | None:
    """``text`` without a wire's urgency label at its head (:data:`_URGENCY_LABEL`): after a colon, bar or
    dash always ("МОЛНИЯ: ИРАК ..."); after a space only when the rest is another title of the page (an h1
    whose label is an element of its own, "Молния ИРАК ...", beside a head that states "ИРАК ..."), as a
    headline may open with the word ("Молния ударила в телебашню"). ``None`` when there is no label to drop.
    ``others`` holds the page's other titles' comparison keys (:func:`normalize_title`)."""
    found = _URGENCY_LABEL.match(text)
    if found is None:
        return None
    rest = text[found.end() :].strip()
    if not rest:
        return None
    if found.group(1) is not None or normalize_title(rest) in others:
        return rest
    return None


def _without_urgency_label(candidates: list[TitleCandidate]) -> list[TitleCandidate]:
    """The candidates without a wire flash's urgency label at their head (:func:`_urgency_rest`): the label
    marks how urgent the news is, it is not the headline's. The labels set off by punctuation go first, so
    that an h1 whose label is set off only by its markup meets the head's unlabelled titles."""
    result = list(candidates)
    for _pass in range(2):
        keys = {normalize_title(c.text) for c in result}
        for index, cand in enumerate(result):
            rest = _urgency_rest(cand.text, keys)
            if rest is not None:
                result[index] = TitleCandidate(rest, cand.source, cand.raw or cand.text)
    return result


def _series_before_colon(title: str, og_title: str | None, raw: list[tuple[str, str]]) -> bool:
    """Is ``title`` (a ``<title>``) an h1's text, a colon and a phrase of four words or more that names no
    site, with og:title copying the whole of it: a series' name (a newsletter's, a column's, on every issue)
    before this issue's own title? The social title states the whole as the page's title, so the h1 does not
    strip it by repetition (as it strips ``Headline: Rubric: Site``, whose og:title is the headline alone)."""
    if og_title is None or clean_text(og_title) != title or title.count(":") != 1:
        return False
    head, _, tail = title.partition(":")
    head, tail = head.strip(), tail.strip()
    if len(tail.split()) < 4 or _separators(title):  # no other separator: "Series: issue | Site" is not it
        return False
    return any(source == "h1" and text == head for text, source in raw)


#: A person's name set before a headline with a colon: two to five words, no digits ("Yelena Markova: ").
_NAME_COLON = lazy_re(r"([^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,4})\s*:\s*")
#: Head metas that name the page's author.
_AUTHOR_METAS = ("author", "article:author", "dc.creator", "parsely-author")


def _author_prefix(text: str, heading: str) -> str | None:
    """The name before a colon when ``text`` is a name (two to five words), a colon and ``heading``: a
    column's title as its head states it ("Yelena Markova: Headline"), else ``None``."""
    if len(text) <= len(heading) + 3 or text[-len(heading) :].casefold() != heading.casefold():
        return None
    found = _NAME_COLON.fullmatch(text, 0, len(text) - len(heading))
    return found.group(1) if found else None


def _page_authors(page: _Page) -> set[str]:
    """The page's authors as its head states them (meta ``author`` and the like, the JSON-LD article's
    ``author`` names), squashed for comparison; addresses (``article:author`` is often a profile's URL) left
    out."""
    names: list[str] = [v for name in _AUTHOR_METAS for v in page.metas.get(name, ())]
    main, _ = _jsonld_main(page)
    if main is not None:
        authors = main.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            name = text_value(author)
            if name:
                names.append(name)
    return {squash(n) for n in names if n and not _URLISH.match(n.strip())}


#: The classes of the element a page's byline or its columnist's name is written in.
_BYLINE_CLASS = r"class=[\"'][^\"'>]*(?:author|byline|columnist)[^\"'>]*[\"'][^>]*>"


def _bylined(markup: str, name: str) -> bool:
    """Does ``markup`` (a page's body) state ``name`` as its byline: an element whose class names an author,
    a byline or a columnist, whose text opens with the name (after "By" at times, inside a link at times)
    and ends there or goes on after a separator (``<p class="byline">Name | Thu Jan 9 2020</p>``,
    ``<span class="columnist-name">Name</span>``)? A page that names its columnist only so, with no author in
    its head, is still the column (the fifty-fourth held-out batch); a name in a tag list or the text is no
    byline."""
    if name not in markup:
        return False
    pattern = _BYLINE_CLASS + r"\s*(?:<a\b[^>]*>\s*)?(?:By\s+)?" + re.escape(name) + r"\s*(?:<|[|·•,–—])"
    return re.search(pattern, markup) is not None


def _without_author_prefix(page: _Page, candidates: list[TitleCandidate]) -> list[TitleCandidate]:
    """The head's titles without the columnist's name before a colon, when the rest is an h1's text and
    the name is the page's stated author (in its head, or its byline: :func:`_bylined`): an opinion column's
    SEO title ("Yelena Markova: Headline" in the ``<title>``, og:title and JSON-LD) labels whose column it
    is, the h1 is the headline. A name that is not
    the page's author stays (a speaker quoted in the headline: "Песков: ...", which is the headline's own)."""
    headings = [c.text for c in candidates if c.source == "h1"]
    authors: set[str] | None = None
    result: list[TitleCandidate] = []
    for cand in candidates:
        if cand.source in _HEAD_TITLE_SOURCES or cand.source == "json-ld":
            for heading in headings:
                name = _author_prefix(cand.text, heading)
                if name is None:
                    continue
                if authors is None:
                    authors = _page_authors(page)
                if squash(name) in authors or _bylined(page.body_text, name):
                    cand = TitleCandidate(heading, cand.source, cand.raw or cand.text)
                    break
        result.append(cand)
    return result


#: Links read at most for one naming the listing an h1 may name, and headings after it for the item's own.
_LISTING_LINKS = 300
_ITEM_HEADINGS = 12


def _listing_item_heading(page: _Page, h1: Any, text: str) -> str | None:
    """The item's own heading, when the page's ``h1`` names the listing the page's URL picks an item of,
    not the item: a link on the page to that listing (the URL's path without its query, ``/CivicAlerts.aspx``
    for ``/CivicAlerts.aspx?AID=1842``, or its parent folder, ``/news/`` for ``/news/holiday-schedule``)
    reads the h1's text exactly (a breadcrumb's, a menu's "News Flash"). The item's heading is then the first
    h2-h4 after the h1 that is not the text of a link of its own (a category's) and holds two words at least.
    ``None`` otherwise: an h1 that no such link names is the page's own headline, as is one named by a link
    to the page itself."""
    if page.body is None:
        return None
    listings = _listing_paths(page.url)
    if not listings:
        return None
    key = " ".join(text.casefold().split())
    named = False
    for count, link in enumerate(page.body.iter("a")):
        if count >= _LISTING_LINKS:
            break
        href = link.get("href")
        if not href or " ".join(_text(link).casefold().split()) != key:
            continue
        try:
            target = urlsplit(urljoin(page.url, href.strip()))
        except ValueError:
            continue
        if not target.query and (target.path.rstrip("/") or "/") in listings:
            named = True
            break
    if not named:
        return None
    after = False
    seen = 0
    for el in page.body.iter("h1", "h2", "h3", "h4"):
        if el is h1:
            after = True
            continue
        if not after:
            continue
        seen += 1
        if seen > _ITEM_HEADINGS:
            break
        heading = clean_text(_text(el))
        if not heading or len(heading.split()) < 2:
            continue
        link = el.find(".//a")
        if link is not None and clean_text(_text(link)) == heading:
            continue  # a category's or another page's name, linked
        if page.excluded is not None and page.excluded(el):
            continue
        return heading
    return None


def _listing_paths(url: str) -> set[str]:
    """The paths of the listings a page's ``url`` may be an item of: its own path when it has a query (an
    item picked by ``?id=``), and its parent folder's (``/news`` for ``/news/holiday-schedule``), each
    without a final slash (the root as ``/``). Nothing for the site's front page."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return set()
    path = parts.path.rstrip("/")
    found: set[str] = set()
    if parts.query and path:
        found.add(path)
    if "/" in path:
        parent = path.rsplit("/", 1)[0]
        if parent:
            found.add(parent)
    return found


#: The names SharePoint gives the library of a publishing site's pages, in English, French, German, Spanish,
#: Portuguese, Italian and Dutch: its ``<title>`` is "Pages - Headline" on every page of the library.
_SHAREPOINT_LIBRARIES = frozenset(
    {"Pages", "Site Pages", "SitePages", "Seiten", "Páginas", "Pagine", "Pagina's"}
)


def _without_library(page: _Page, title: str) -> str:
    """``title`` without the page library's name SharePoint writes before it (``Pages - Headline``), on a
    page whose generator is SharePoint: the library is no more the headline's part than a site's name."""
    library, dash, rest = title.partition(" - ")
    if (
        dash
        and rest
        and library in _SHAREPOINT_LIBRARIES
        and (page.meta("generator") or "").lower().startswith("microsoft sharepoint")
    ):
        return rest
    return title


def _error_heading(
    candidates: list[TitleCandidate], title: str | None, source: str | None, site_name: str | None, url: str
) -> tuple[str | None, str | None]:
    """The page's heading (an h1, an h2 of a page without one, a marked headline) when it is an error message
    and the chosen title is not: an error page served with the site's own ``<title>`` and ``og:title`` (its
    front page's) says what it is only there ("Stránka nenalezena" under "Novinky.cz – nejčtenější zprávy").
    Most pages are settled by their headings all being the chosen title. When no heading is one and the
    title was not chosen from an h1, ``og:title`` or JSON-LD (a marked headline of a list of other stories on
    a page without a heading), the ``<title>``'s error message ("ไม่พบหน้าที่คุณต้องการ - มติชนออนไลน์")."""
    sources = _HEADING_SOURCES if source in _STRONG_TITLE_SOURCES else _HEADING_OR_TITLE_TAG
    headings = [c for c in candidates if c.source in sources and c.text != title]
    headings = [c for c in headings if has_error_phrase(c.text)]  # words alone, no names or hosts needed
    if not headings:
        return title, source
    names = [site_name] if site_name else []
    hosts = hosts_of(url)
    if title and is_error_title(title, names, hosts):
        return title, source
    for cand in headings:
        if is_error_title(cand.text, names, hosts):
            return cand.text, cand.source
    return title, source


#: How many of the body's links are read for a section's name, and the fewest words a figure's ``alt`` has
#: to stand as the page's title.
_SECTION_LINKS = 60
_FIGURE_ALT_WORDS = 4


def _figure_title(
    page: _Page, candidates: list[TitleCandidate], title: str, source: str | None
) -> tuple[str, str | None]:
    """The ``alt`` of the image in the body's first ``<figure>`` when the head's title is only the name of a
    section (a word or two that a link of the page's navigation or breadcrumb states whole) and the page has
    no heading: an infographic's or a photo's page whose ``<title>`` and ``og:title`` are its section's
    (``Инфографика - ТАСС``) and whose own title is only in its image's ``alt``. A page with a heading, a
    short head title no link states (a one-word headline) or no figure keeps its title."""
    if len(title.split()) > 2 or any(c.source in _HEADING_SOURCES for c in candidates):
        return title, source
    key = normalize_title(title)
    for index, link in enumerate(page.body.iter("a")):
        if index >= _SECTION_LINKS:
            return title, source
        if normalize_title(clean_text(_text(link))) == key:
            break
    else:
        return title, source
    figure = next(page.body.iter("figure"), None)
    image = next(figure.iter("img"), None) if figure is not None else None
    alt = clean_text(image.get("alt")) if image is not None else ""
    if len(alt.split()) < _FIGURE_ALT_WORDS or _GENERIC_ALT.search(alt) or normalize_title(alt) == key:
        return title, source
    return alt, "figure"


#: A word of four letters or more: what a headline and a tagline would share if they spoke of one thing.
_LONG_WORD = lazy_re(r"[^\W\d_]{4,}")
#: The fewest words of an ``<h1>`` that may stand for a story's headline over a template's head.
_TEMPLATE_H1_WORDS = 3


def _long_words(text: str) -> set[str]:
    return set(_LONG_WORD.findall(fold(text)))


def _template_head_title(
    candidates: list[TitleCandidate],
    title: str,
    source: str | None,
    site_name: str,
    og_title: str,
    url: str,
    body: str = "",
) -> tuple[str, str | None]:
    """The story's ``<h1>`` when the head is the site's template: an article's address (an id or a date in
    it), a head that dates nothing, a social card's ``og:title`` naming the site (``РИА Новости - события в
    Москве, России и мире сегодня``: the site's own card, not a story's), and no head title sharing a word of
    four letters or more with an ``<h1>`` of three words or more. Added after the seed7 probe: a story whose
    template lost its metas was reported under the site's tagline, though it matched its cited headline by
    the ``<h1>``. A head title that speaks of the story (a social card's wording, ``Site - Headline``), a
    card titling the page without the site's name (a register's ``Указ № 15``), a dated head, a short
    ``<h1>`` (a section's name) or an address that names no article keeps the head's title; so does a
    ``body`` with a second ``<h1>`` (a portal's dataset page heads its publisher's box with one and the
    dataset with the next, which the head names: which one is the story's is not known)."""
    h1 = next((c.text for c in candidates if c.source == "h1"), None)
    if h1 is None or len(h1.split()) < _TEMPLATE_H1_WORDS or fold(site_name) not in fold(og_title):
        return title, source
    words = _long_words(h1)
    if not words or fold(site_name) in fold(h1) or not is_article_url(url):
        return title, source
    if any(_long_words(c.text) & words for c in candidates if c.source in _HEAD_TITLE_SOURCES):
        return title, source
    first = _first_h1(body)
    if first is not None and _first_h1(body, first[2]) is not None:
        return title, source
    return h1, "h1"


#: The fewest words after a shouted label's colon for the ``<title>`` to say more than the label.
_LABEL_REST_WORDS = 3


def _labelled_title_tag(
    candidates: list[TitleCandidate], title: str, source: str | None, site_name: str | None
) -> tuple[str, str | None]:
    """The whole ``<title>`` when the chosen title is one word in capitals (a shout: an error page's
    ``<h1>FEHLER</h1>``, ``ERROR``) that the ``<title>`` opens with a colon and three words or more after
    it (Squid's ``FEHLER: Der angeforderte URL konnte nicht abgerufen werden``): the heading is the label,
    the ``<title>`` says what the page is. Left alone: a one-word title not in capitals (a headline like
    "Impeachment"), and a ``<title>`` whose part after the label is the site's name or a short suffix."""
    for cand in candidates:
        if cand.source != "title-tag" or cand.raw is None or not cand.raw.startswith(title + ":"):
            continue
        rest = cand.raw[len(title) + 1 :].strip()
        if len(rest.split()) < _LABEL_REST_WORDS or (site_name and squash(rest) == squash(site_name)):
            return title, source
        return cand.raw, "title-tag"
    return title, source


_HEADING_SOURCES = frozenset({"h1", "h2", "headline"})
_HEADING_OR_TITLE_TAG = _HEADING_SOURCES | {"title-tag"}  # headings come first among the candidates
#: Sources of a title that only a heading's error message replaces (not the ``<title>``'s).
_STRONG_TITLE_SOURCES = frozenset({"h1", "opengraph", "json-ld"})


def _og_title_site(page: _Page) -> str | None:
    """``og:title`` when it is the site's name (the host spells it: ``Mediaset Infinity`` on
    mediasetinfinity.mediaset.it, ``Press Information Bureau`` on pib.gov.in), for a page that names its site
    nowhere else: a head whose every page's og:title is the site's."""
    og_title = clean_text(page.meta("og:title"))
    return og_title if og_title and page.url and names_site(og_title, (), page.url) else None


def _suffix_site(page: _Page, suffix_site: str) -> tuple[str, str]:
    """The site's name from the ``<title>``'s last part, or the logo's ``alt`` when that part is the logo's
    name followed by more (its name in another script, a slogan: ``澎湃新闻-The Paper`` beside a logo
    ``澎湃新闻``). With its source."""
    if page.body is not None and news_slogan(fold(suffix_site)):
        # "<headline> - Breaking News & Updates", "<headline> | Latest News": the site's slogan, not its name,
        # which its logo (or its link home) states (rot54)
        named = _logo_alt(page) or _home_link_text(page)
        if named and not news_slogan(fold(named)):
            return named, "logo"
    if page.body is not None and len(page.suffix_parts) > 1:
        # "Headline | Ministry | Government": the part the header's link home shows is the site's name;
        # the last one is the body above it (a government, a media group).
        home = _home_link_text(page)
        if home and home != suffix_site and home in page.suffix_parts:
            return home, "title-tag"
    if page.body is not None and _EDITION_LABEL.search(suffix_site):
        paper = _EDITION_LABEL.sub("", suffix_site).strip()
        if paper and paper in (_home_link_text(page), _logo_alt(page)):
            # "E-Paper Lausitzer Tageskurier", "Hamburger Blatt ePaper": the e-paper reader's label for
            # the paper's name its logo states alone. The fifty-fifth held-out batch.
            return paper, "logo"
    if page.body is not None and len(suffix_site) > 3 and any(c in _NAME_JOINS for c in suffix_site):
        alt = _logo_alt(page)
        if alt and len(alt) < len(suffix_site) - 2 and suffix_site.startswith(alt):
            rest = suffix_site[len(alt) :].lstrip()
            if rest[:1] in _NAME_JOINS and rest[1:].strip():
                return alt, "logo"
    if (
        page.body is not None
        and suffix_site[-1:] in _CLOSING_QUOTES
        and (quoted := _quoted_name(suffix_site))
        and _logo_alt(page) == quoted
    ):
        # "Лента новостей "РИА Новости"", "Газета «Труд»": the name in quotes after what the site is (a
        # newswire, a paper), which its logo states alone: the logo's name. The forty-seventh held-out batch.
        return quoted, "logo"
    name, comma, rest = suffix_site.partition(", ")
    if comma and rest[:1].islower() and page.url and names_site(name, (), page.url):
        # The name the host spells, then a lower-case apposition after a comma (a slogan): "Wikipedia, la
        # enciclopedia libre" on wikipedia.org; not "Smith, Jones & Co" (another name after the comma).
        return name, "title-tag"
    return suffix_site, "title-tag"


#: The label an e-paper reader (a newspaper's printed issue read on screen) sets before or after the
#: paper's name in its ``<title>``: "E-Paper", "ePaper", "E-Edition", "Digital Edition", German's
#: "E-Zeitung" and "Digitale Ausgabe".
_EDITION_LABEL = lazy_re(
    r"^(?:e-?paper|e-edition|e-zeitung|digital(?:e)? (?:edition|ausgabe))\s+|\s+(?:e-?paper|e-edition)$",
    re.IGNORECASE,
)
#: The quotes a name is set in after the words for what it is ("Газета «Труд»", "Лента новостей "РИА
#: Новости"").
_CLOSING_QUOTES = frozenset('"»”“')
_QUOTED_NAME = lazy_re(r'^[^"«“„]{3,40}?\s["«“„](?P<name>[^"«»“”„]{2,60})["»”“]$')


def _quoted_name(suffix_site: str) -> str | None:
    """The name ``suffix_site`` sets in quotes at its end, after words before it (``Лента новостей "РИА
    Новости"`` -> ``РИА Новости``); ``None`` for any other form."""
    m = _QUOTED_NAME.match(suffix_site)
    return m.group("name").strip() if m else None


#: What joins a site's name to its translation or slogan in a ``<title>``'s last part (not a space alone:
#: a logo "Daily" does not make "Daily Planet" the logo's).
_NAME_JOINS = frozenset("-–—|:·")


#: A site's name closed by its ticker or abbreviation in parentheses: ``Acme, Inc. (ACME)``, ``Acme Corp
#: (NYSE: ACM)``, ``Office of Statistics (OS)``: capitals only, an exchange's label before them allowed.
_TRAILING_ABBREVIATION = lazy_re(r"\s+\((?:[A-Z]{2,8}:\s?)?[A-Z]{1,6}(?:\.[A-Z]{1,2})?\)$")


def _strip_abbreviation(text: str) -> str:
    """``text`` (a site's name read from a ``<title>``'s part) without a parenthesised ticker or abbreviation
    at its end, which is no part of the name people cite (``Northwind Logistics, Inc. (NWLG)``)."""
    if not text.endswith(")"):
        return text
    match = _TRAILING_ABBREVIATION.search(text)
    return text[: match.start()] if match and match.start() > 0 else text


@lru_cache(maxsize=1024)  # a site's name, cut from each of its titles
def _strip_date_tail(text: str) -> str:
    for _value, start, _end in find_text_dates(text):
        return text[:start].rstrip(" ,-|")
    return text


def _choose_title(
    candidates: list[TitleCandidate], site_name: str | None, url: str = "", canonical: str | None = None
) -> tuple[str | None, str | None]:
    """A weighted vote among candidates that agree after normalisation; ties go to the preferred source.
    When they disagree, a candidate whose words spell the URL's slug gets the slug's vote, twice over when the
    head's canonical URL is the site's front page and the page's URL is not: the head's titles are then the
    front page's (a misconfigured SEO plugin), not a vote about this page."""
    if not candidates:
        return None, None
    scores: dict[str, float] = {}
    first: dict[str, TitleCandidate] = {}
    site_key = squash(site_name) if site_name else None
    h1_seen = False
    h1_keys = [normalize_title(c.text) for c in candidates if c.source == "h1"]
    # A text's key, whether it is the site's name and whether it holds a quotation mark, read once for each
    # run of candidates of one text (most pages: og:title, twitter:title, JSON-LD, the h1 and the <title>
    # state one headline; each was two memo calls and four scans a candidate, cost19).
    last_text: str | None = None
    text_key = ""
    names_site = quoted = False
    for cand in candidates:
        if cand.text != last_text:
            last_text = cand.text
            text_key = normalize_title(last_text)
            names_site = bool(site_key) and squash(last_text) == site_key
            quoted = "«" in last_text or '"' in last_text or "“" in last_text or "„" in last_text
        key = text_key
        labelled = False
        if h1_keys and cand.source != "h1":
            # "OPINION | Headline" beside an h1 "Headline": the rubric's label is not the headline's; the
            # vote goes to the h1, which stays the text returned. A key that is the one h1's (the usual
            # page: og:title, JSON-LD and the <title> state the h1) is no longer than it: no call (cost12).
            unlabelled = key if len(h1_keys) == 1 and h1_keys[0] == key else _unlabelled(key, h1_keys)
            if cand.text.endswith(_CUT_MARKS):  # a head title cut with an ellipsis (rare): a call only then
                unlabelled = _uncut(unlabelled, cand.text, h1_keys)
            labelled, key = unlabelled != key, unlabelled
        weight = _TITLE_WEIGHTS.get(cand.source, 1.0)
        if cand.source == "h2" and any(
            c.source == "title-tag" and c.raw is None and c.text == cand.text for c in candidates
        ):
            weight = _WHOLE_TITLE_H2  # the whole <title>, repeated by a heading: as strong as an h1
        if cand.source == "h1":
            weight = weight if not h1_seen else 1.0
            h1_seen = True
        if site_key and (
            names_site or (cand.source == "title-tag" and _labelled_site(cand, site_name, site_key))
        ):
            weight *= 0.3  # a title that is only the site's name is the last resort
        elif "template" in key and cand.source in _HEAD_TITLE_SOURCES and _template_name(key):
            weight *= 0.3  # the CMS template's own name, its title never bound to the item's
        elif cand.source in _HEAD_TITLE_SOURCES and h1_keys and key[-1:].isdigit() and _register_entry(key):
            weight *= 0.3  # a register's entry named by its number ("Извещение № ..."), beside an h1
        elif (
            quoted
            and cand.source in _HEAD_TITLE_SOURCES
            and h1_keys
            and _sells_heading(cand.text, candidates)
        ):
            weight *= 0.3  # a head title selling the thing the h1 names ("«Name» — купить билеты")
        elif (
            cand.source in _HEAD_TITLE_SOURCES
            and h1_keys
            and key.count(" ") < _GENERIC_WORDS  # most head titles are longer: no call
            and _generic_of_heading(key, h1_keys)
        ):
            weight *= 0.3  # the page's kind ("Программа конференции") beside an h1 naming which one
        elif cand.source == "h1" and " " not in cand.text and _is_own_host(cand.text, url):
            weight *= 0.3  # the page's own host as its heading (an interstitial's, a parked domain's)
        scores[key] = scores.get(key, 0.0) + weight
        if labelled:
            continue
        best = first.get(key)
        if best is None or _TITLE_RANK[cand.source] < _TITLE_RANK[best.source]:
            first[key] = cand
    if len(scores) > 1 and url:  # they disagree (rare): does the address say which is the headline?
        slug_weight = 0.0
        for key, cand in first.items():
            if _names_slug(cand.text, url):
                if not slug_weight:
                    slug_weight = _SLUG_WEIGHT * (2.0 if _home_head(canonical, url) else 1.0)
                scores[key] += slug_weight
    # one key (they agree: most pages): it wins, with no call of the ranking (max calls it for one key too)
    winner = (
        next(iter(scores))
        if len(scores) == 1
        else max(scores, key=lambda k: (scores[k], -_TITLE_RANK[first[k].source]))
    )
    chosen = first[winner]
    return chosen.text, chosen.source


#: Sources of a title that a template writes into the head.
_HEAD_TITLE_SOURCES = frozenset({"opengraph", "twitter", "title-tag", "meta"})
#: The words a head title that names only the page's kind has at most (:func:`_generic_of_heading`).
_GENERIC_WORDS = 3


def _generic_of_heading(key: str, h1_keys: list[str]) -> bool:
    """Is the head title ``key`` (normalised) a generic name of the page's kind, every word of which an h1
    (``h1_keys``) repeats among at least twice as many (``Программа конференции`` beside ``Программа XII
    научной конференции «Геология ...»``)? A template titles a section's pages by their kind; the h1 names
    the one this is. Left alone: a head title of more than :data:`_GENERIC_WORDS` words (a headline), one
    with a word the h1 lacks, an h1 that only adds a word or two. The forty-fifth held-out batch."""
    if key.count(" ") >= _GENERIC_WORDS:  # a headline's words (most head titles): no split
        return False
    words = key.split()
    if not words:
        return False
    for h1 in h1_keys:
        h1_words = h1.split()
        if len(h1_words) >= 2 * len(words) + 2 and all(word in h1_words for word in words):
            return True
    return False


#: Quotation marks a head title sets a name in (guillemets, curly, straight), each opening with its close.
_NAME_QUOTES = (("«", "»"), ("“", "”"), ("„", "“"), ('"', '"'))
#: Words of the name an h1 states, at most, for :func:`_sells_heading`; words before its quotes, at most.
_NAME_WORDS = 4
_KIND_WORDS = 1


def _sells_heading(text: str, candidates: list[TitleCandidate]) -> bool:
    """Is ``text`` (a head title) a catalogue's or a box office's title for the thing an h1 names: the h1 a
    short name (:data:`_NAME_WORDS` words at most), set in quotes at the head title's start or after one word
    of its kind (``Спектакль «Вишнёвый сад» — афиша и билеты``, ``«Вишнёвый сад» — купить билеты``, ``Кафе
    «Самовар», Тверь: отзывы, меню, телефон``), other words after it? The h1 is the page's title then: the
    head titles sell it (tickets, reviews, a rating). A headline that quotes a name after other words
    (``Тверской театр покажет «Вишнёвый сад»``) is no such title. Asked only of a head title holding a
    quotation mark (tested inline by :func:`_choose_title`: called for every head title, it was the only rule
    of this batch that ``bench/read_cost.py``'s pages reach, +0.87% a page). The forty-third held-out
    batch."""
    for cand in candidates:
        if cand.source != "h1" or cand.text.count(" ") >= _NAME_WORDS:
            continue
        for quote, close in _NAME_QUOTES:
            at = text.find(quote + cand.text + close)
            if at >= 0 and text[:at].count(" ") <= _KIND_WORDS and len(text) > at + len(cand.text) + 4:
                return True
    return False


def _is_own_host(text: str, url: str) -> bool:
    """Is ``text`` the host of ``url`` written out (``www.example.com.ar``, with or without ``www.``): a
    heading that names the address, not a headline (a bot challenge's, a parked domain's h1)?"""
    if " " in text or "." not in text or not url:
        return False
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return bool(host) and text.strip().lower().removeprefix("www.") == host


#: A register's entry named only by its kind and number, as a title's comparison key writes it ("№" becomes
#: "no"): ``Извещение № 0137300000120000001`` (a procurement notice), ``Дело № 2-15/2020``, ``Заявка No.
#: 45120``, ``Notice #123456``: one or two words, a number sign, a number of three digits or more (with its
#: dashes, slashes and dots). Nothing of the entry's subject, which the h1 states: the number is the
#: register's identifier, not a headline. The forty-second held-out batch.
_REGISTER_ENTRY = lazy_re(r"[^\W\d_]{3,24}(?: [^\W\d_]{2,24})? (?:no|nr|#)\.? ?[\w./-]*\d{3}[\w./-]*")


def _register_entry(key: str) -> bool:
    """Is ``key`` (a head title's comparison key) a register's entry named by its number alone
    (:data:`_REGISTER_ENTRY`)? Its weight then yields to the h1's; a headline ending in a number with more
    words than that ("Apollo 11 ...", "Article No. 5 of the law was repealed in 2020") is not one."""
    return _REGISTER_ENTRY.fullmatch(key) is not None


def _template_name(key: str) -> bool:
    """Is ``key`` (a title's comparison key) a CMS template's name, at most four words, the last "template"
    (Webflow's ``Blog Posts Template``, ``Post Template``): the head of a collection's item page whose SEO
    fields were never bound to the item's, the same on every item. A longer title about templates is a
    headline. The site's name may still follow (``Blog Posts Template | Site``: a site named nowhere
    else)."""
    if "template" not in key:
        return False
    name = T.TITLE_SEPARATOR_RE.split(key, maxsplit=1)[0].strip()
    return name.count(" ") <= 3 and name.rpartition(" ")[2] == "template"


def _labelled_site(cand: TitleCandidate, site_name: str | None, site_key: str) -> bool:
    """Is ``cand`` a ``<title>`` that is the site's name and a word or two naming the kind of page (a
    template's: ``Press Release:Press Information Bureau``, ``News | Site``), not this page's headline?"""
    if not site_name:
        return False
    raw = cand.raw or cand.text
    if raw.count(" ") > site_name.count(" ") + 2:  # more than two words (or separators) beside the name
        return False
    key = squash(raw)
    return key != site_key and (key.endswith(site_key) or key.startswith(site_key))


#: A rubric label set before a headline with a section separator: one to three words, no digits ("OPINION |",
#: "Watch »", "Live Updates |"). A colon is not one: "Kicker: headline" is often the headline itself.
_RUBRIC_LABEL = lazy_re(r"[^\W\d_]+(?:[ '’-][^\W\d_]+){0,2}\s*(?:[|»·•/]|::)\s*")


#: A document's number before its title in a title's comparison key: one to four letters, five digits or
#: more and an optional kind code (a patent's ``US10543210B2``, ``EP3456789A1``, ``WO2019123456A1``), then a
#: dash or colon. A patent office's or a search engine's page titles the document so (``US10543210B2 -
#: Title``), where its title meta (``DC.title``) and a citation give the title alone. A model or product
#: name (``A380``, ``F-35``) has fewer digits.
_DOCUMENT_NUMBER = lazy_re(r"[^\W\d_]{1,4}\d{5,}[^\W_]{0,3}\s*[-:–—]\s+(?=\S)")


#: A list's count before its headline in a head title written for search results (``17 Day Hikes Around
#: Lake Bled`` beside the h1 ``Day Hikes Around Lake Bled``, the items numbered in the body): one to three
#: digits and a space, as a comparison key writes it. A year (four digits) is a headline's own word.
_LIST_COUNT = lazy_re(r"[1-9]\d{0,2} ")


def _unlabelled(key: str, h1_keys: list[str]) -> str:
    """The h1's key when ``key`` (a title's comparison key) is an h1's key after a rubric label or a list's
    count (:data:`_LIST_COUNT`), or before a tail a template adds (:func:`_template_tail`), else ``key``."""
    for h1 in h1_keys:
        if len(key) > len(h1) and key.endswith(h1) and _RUBRIC_LABEL.fullmatch(key, 0, len(key) - len(h1)):
            return h1
        if len(key) > len(h1) and key.endswith(h1) and _LIST_COUNT.fullmatch(key, 0, len(key) - len(h1)):
            return h1
        if len(key) > len(h1) and key.startswith(h1) and _template_tail(key[len(h1) :]):
            return h1
    return key


#: A pager's label a template adds after the headline in the head titles of a story split into pages, as a
#: comparison key writes it: Kompas's ``Halaman all`` (Indonesian "page": the whole story on one page,
#: ``?page=all``) and ``Halaman 2``, ``Page 2 of 3``, ``Seite 2``, ``Страница 2``; a separator before it at
#: times. The fifty-third held-out batch.
_PAGER_TAIL = lazy_re(
    r"(?: [-|:·/])? (?:halaman|page|seite|página|pagina|strona|страница|sayfa|trang) (?:all|\d{1,3})"
    r"(?: (?:of|dari|von|de|из|z) \d{1,3})?"
)
#: What may stand between a headline and a date a template adds after it: a separator and spaces.
_DATE_TAIL_LEAD = " -|,·:/"
#: The kind of asset a picture library's template adds after an image's caption headline in its head
#: titles, as a comparison key writes it: ``News Photo``, ``Stock Photo``, ``Editorial Stock Photo``,
#: ``Stock Video Footage``, an asset number at times (``Stock Photo 1234567``). The fifty-fourth held-out
#: batch.
_ASSET_TAIL = lazy_re(
    r" (?:(?:news|stock|editorial|archival|archive)(?: stock)? (?:photos?|photographs?|images?|pictures?|"
    r"videos?(?: footage)?|footage|illustrations?))(?: \d{4,})?"
)


def _template_tail(tail: str) -> bool:
    """Is ``tail`` (a head title's comparison key after an h1's) what a template adds after the headline,
    no word of it: a pager's label (:data:`_PAGER_TAIL`), a picture library's asset kind
    (:data:`_ASSET_TAIL`), or a separator and one date alone (the Hearst
    Shkulev network's regional sites: ``Headline - 9 января 2020 - НГС.ру`` and og:title ``Headline - 9
    января 2020``)? The vote goes to the h1 then. A tail with words of its own (``Headline: what it
    means``) is no template's. The fifty-third held-out batch."""
    if _PAGER_TAIL.fullmatch(tail) or _ASSET_TAIL.fullmatch(tail):
        return True
    if not tail[:1].isspace() or not any(ch.isdigit() for ch in tail):
        return False
    rest = tail.lstrip(_DATE_TAIL_LEAD)
    if len(rest) == len(tail.lstrip()):  # no separator: "Headline 2020" ends a headline
        return False
    found = next(iter(find_text_dates(rest)), None)
    return found is not None and found[1] == 0 and found[2] == len(rest)


#: What ends a title a template cut to a length: an ellipsis, or three dots.
_CUT_MARKS = ("…", "...")
#: The characters left of a cut title, at least, for it to stand for a heading it opens (a word or two
#: opens many headlines).
_CUT_STEM_CHARS = 20


def _uncut(key: str, text: str, h1_keys: list[str]) -> str:
    """The h1's key when ``text`` is a head title cut short with an ellipsis (``key`` its comparison key,
    which drops the ellipsis) and an h1 opens with what is left (``Headline opening…`` beside the h1
    ``Headline opening and its end``: a CMS that cuts og:title and ``<title>`` to 60 characters), else
    ``key``. The cut title's vote goes to the h1."""
    if not text.endswith(_CUT_MARKS):
        return key
    stem = key.rstrip(".…").rstrip()
    if len(stem) < _CUT_STEM_CHARS:
        return key
    for h1 in h1_keys:
        if len(h1) > len(stem) and h1.startswith(stem):
            return h1
    return key


def _find_logo_h1s(page: _Page) -> None:
    """Note the h1s whose whole text is one link to the site's home page (a blog's or a site's name in its
    header, as Blogger and many themes write it): the site's name, not the headline."""
    for _index, text, excluded, el in page.h1s[:3]:
        if el is None or not text or excluded or not len(el):  # most headlines hold no element at all
            continue
        links = el.findall(".//a")
        if len(links) != 1 or clean_text(_text(links[0])) != text:
            continue
        if _is_home_href(links[0].get("href"), page.url) or _blog_root_h1(links[0].get("href"), text, page):
            page.logo_h1s.add(id(el))
            if page.logo_name is None:
                page.logo_name = _tagline_free_text(links[0]) or text
    if page.logo_name is None and page.h1s and page.h2s and page.title_tag:
        named = _site_h1(page.title_tag, page.h1s, page.h2s)
        if named is not None:
            page.logo_h1s.add(id(named[1]))
            page.logo_name = named[0]


#: A masthead link's name followed by its tagline in an emphasis element: Pelican's notmyidea writes
#: ``<a href="/">Site name <strong>Subtitle</strong></a>`` in its banner's h1.
_TAGLINE_TAIL = lazy_re(r"([^<]*\w[^<]*?)\s*<(strong|small|em)\b[^>]*>[^<]*</\2\s*>\s*", re.DOTALL)


def _without_tagline(markup: str) -> str:
    """A masthead h1 link's ``markup`` without the tagline the theme sets after the name in a ``<strong>``,
    ``<small>`` or ``<em>`` (the site's name is the text before it). The fifty-eighth held-out batch."""
    found = _TAGLINE_TAIL.fullmatch(markup) if "</" in markup else None
    return found.group(1) if found is not None else markup


def _tagline_free_text(link: Any) -> str | None:
    """A masthead h1 link's name when the theme sets its tagline after it in a last child ``<strong>``,
    ``<small>`` or ``<em>`` (:func:`_without_tagline`, on the tree): the link's own text before it."""
    children = list(link)
    if (
        len(children) != 1
        or children[0].tag not in ("strong", "small", "em")
        or (children[0].tail or "").strip()
    ):
        return None
    return clean_text(link.text) or None


def _masthead_colon_prefix(title: str, site: str) -> str:
    """``title`` (the ``<title>``'s) without the site's name before a colon ("Linden Hall Gardeners: Seed swap
    draws record crowd", Typepad's and old blog templates' "Blog: Post") when the page's masthead h1 names
    the site so (``site``): the post's title is the rest. A colon is no title separator elsewhere ("Brexit:
    what next"), so only the masthead's own name is taken off. The fifty-eighth held-out batch."""
    if not title.startswith(site):
        return title
    rest = title[len(site) :]
    if not rest.startswith(":"):
        return title
    rest = rest[1:].strip()
    return rest if len(rest) > 1 else title


def _blog_root_h1(href: str | None, text: str, page: _Page) -> bool:
    """Is an h1's one link (``href``, its text ``text``) a blog's masthead on a shared host: it leads to the
    first folder of the page's own path (``/blog/`` above ``/blog/2009/04/post.html``, Typepad's and many
    hosted blogs' root), and the ``<title>`` names the blog by that text as its first or last part ("Blog
    Name: Post title", Typepad's)? The blog's home, then, and the h1 its name. The fifty-eighth held-out
    batch."""
    if not href or not page.title_tag or not href.rstrip("/"):
        return False
    try:
        target, here = urlsplit(urljoin(page.url, href.strip())), urlsplit(page.url)
    except ValueError:
        return False
    root = target.path.strip("/")
    if target.netloc != here.netloc or target.query or not root or "/" in root:
        return False
    if not here.path.startswith(f"/{root}/") or here.path.rstrip("/") == f"/{root}":
        return False
    title = page.title_tag.strip()
    head, tail = title[len(text) :].lstrip()[:1], title[: -len(text)].rstrip()[-1:]
    return bool(text) and (
        (title.startswith(text) and head in _MASTHEAD_SEPARATORS)
        or (title.endswith(text) and tail in _MASTHEAD_SEPARATORS)
    )


#: What stands between a blog's name and a post's title in a ``<title>`` (:func:`_blog_root_h1`).
_MASTHEAD_SEPARATORS = frozenset(":|-–—·»")


def _site_h1(
    title_tag: str, h1s: list[tuple[int, str, bool, Any]], h2s: list[tuple[int, str, bool, Any]]
) -> tuple[str, Any] | None:
    """The h1 that names the site, not the page, and its text: the ``<title>``'s last part (``Topic - Board``)
    while an h2 after it states the rest (``<h1>Board</h1> ... <h2>Topic</h2>``), as forum software (phpBB's
    prosilver) and many themes head every page with the site's name and the page with an h2. Not an h1 that
    is the ``<title>``'s first part (a headline), nor a last part no h2 states the rest of (a headline whose
    site name is its <title>'s suffix only by coincidence)."""
    parts = [part.strip() for part in T.TITLE_SEPARATOR_RE.split(title_tag)]
    if len(parts) < 2 or not parts[-1] or not parts[0]:
        return None
    name, rest = normalize_title(parts[-1]), normalize_title(" ".join(parts[:-1]))
    for index, text, excluded, el in h1s[:3]:
        if el is None or excluded or normalize_title(text) != name:
            continue
        if any(at > index and normalize_title(h2) == rest for at, h2, _x, _e in h2s[:5]):
            return text, el
    return None


#: An h1's markup that is one link and nothing else: its href (in one of three quotings) and its content.
_HOME_LINK_H1 = lazy_re(
    r"""\s*<[aA]\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>(.*?)</[aA]\s*>\s*""", re.DOTALL
)


def _is_home_href(href: str | None, url: str) -> bool:
    """Does ``href`` (resolved against ``url``) lead to the home page of ``url``'s host?"""
    if href is None:
        return False
    href = href.strip()
    if href in ("/", "./", "../"):
        return True
    try:
        target = urlsplit(urljoin(url, href))
        here = urlsplit(url)
    except ValueError:
        return False
    there, host = (target.hostname or "").removeprefix("www."), (here.hostname or "").removeprefix("www.")
    # The home of the host, or of the domain it is part of: a database or a service on a subdomain
    # (uitspraken.example.nl) whose logo leads to its owner's front page (example.nl).
    if there != host and not (there.count(".") >= 1 and host.endswith("." + there)):
        return False
    # "/index.php", "/Index.asp", "/default.aspx": the server's default page is the home page too, also with
    # a query that only chooses the language ("/index.php?lang_id=GEO", as an old template's logo links).
    return (not target.query or _LANGUAGE_QUERY.fullmatch(target.query) is not None) and (
        target.path in ("", "/") or _INDEX_PAGE.fullmatch(target.path) is not None
    )


#: A site's default page at its root, as old templates link their logo to it.
_INDEX_PAGE = lazy_re(r"/(?:[iI]ndex|[dD]efault|[hH]ome)\.(?:php|html?|aspx?|jsp|cfm|shtml)")


#: A query that only chooses the page's language (``lang=en``, ``lang_id=GEO``, ``hl=ka``, ``locale=fr-CA``):
#: the page it leads to is the one without it, in that language.
_LANGUAGE_PARAM = r"[\w-]*lang[\w-]*|hl|locale"
_LANGUAGE_QUERY = lazy_re(rf"(?:(?:{_LANGUAGE_PARAM})=[A-Za-z_-]{{2,8}}(?:&|$))+", re.IGNORECASE)

#: Home links read for a logo at most (the logo is among the first links of a page).
_LOGO_LINKS = 30


#: How many of the body's first images are looked at for a logo naming a long ``<title>`` suffix.
_LOGO_IMAGES = 5


def _opens_with_logo(page: _Page, part: str) -> bool:
    """Does the long ``<title>`` part ``part`` (more than five words) open with the name a logo among the
    body's first images states in its ``alt``, with more after it: "Biuletyn Informacji Publicznej Urzędu
    Miasta i Gminy Wieliczka" beside the logo "Biuletyn Informacji Publicznej" (a national template's
    name and the office's)? Then it is the site's name, not a subtitle."""
    if page.body is None or len(part.split()) > 12:
        return False
    for index, image in enumerate(page.body.iter("img")):
        if index >= _LOGO_IMAGES:
            break
        alt = clean_text(image.get("alt"))
        if alt and alt.count(" ") >= 1 and len(alt) < len(part) - 2 and part.startswith(alt + " "):
            return not _GENERIC_ALT.search(alt)
    return False


def _home_link_text(page: _Page) -> str | None:
    """The text of the first link to the home page (or to its language's: ``/hi/``) among the body's first
    links that has some (a header's logo with the site's name beside it), images' ``alt`` set aside. Not
    another language's root (``/en/``, a language switch)."""
    first = urlsplit(page.url).path.strip("/").partition("/")[0]
    own_root = first if _HOME_PATH.fullmatch(f"/{first}/") and "." not in first else ""
    for index, link in enumerate(page.body.iter("a")):
        if index >= _LOGO_LINKS:
            break
        href = link.get("href")
        if _is_home_href(href, page.url) or (own_root and href and href.strip("/") == own_root):
            text = clean_text(_text(link))
            if text:
                return text
    return None


def _home_link_site(page: _Page) -> str | None:
    """The text of the body's first link home (:func:`_home_link_text`) when the host spells it, for a page
    that names its site nowhere else: a wiki's path of parent pages whose first link, to the root, is the
    wiki's name (ikiwiki's ``<span class="parentlinks"><a href="../../">Tarn Linux wiki</a>/`` on
    wiki.tarnlinux.org, the forty-eighth held-out batch). Not a link's "Home" (no host spells it), nor a
    section's name that only a subdomain spells (``Wiadomości`` on wiadomosci.gazeta.pl): the text holds the
    domain's own label (:func:`_domain_label`)."""
    text = _home_link_text(page)
    if not text or len(text) > 80 or _credit_line(text) or not names_site(text, (), page.url):
        return None
    label = _domain_label(page.url)
    return text if label and label in fold(text).replace(" ", "") else None


def _credit_line(text: str) -> bool:
    """Is ``text`` (a link's) a hosting platform's credit ("Blog powered by Typepad", "Powered by Blogger"),
    which names the software the site runs on, not the site: a user's blog on a platform's subdomain
    (lindenhall.typepad.com) links its footer's credit to the platform's front page (www.typepad.com), the
    home of the domain its host is part of. The fifty-eighth held-out batch."""
    return "powered by" in text.lower()


def _path_home_site(page: _Page) -> str | None:
    """The name of a publication that lives under a path of a shared host (a newsletter's archive on a
    newsletter service, ``/weeklymarsh/archive/issue-12/``), for a page that names its site nowhere else: the
    text of the first link to that path's root (``/weeklymarsh``) whose letters hold the path's name (``The
    Weekly Marsh``: ``weeklymarsh``, three fifths of its letters at least). Not the service's name (its link
    leads to the host's root), nor a section's link whose words the path does not spell, nor a longer name
    that holds the path's word among others (``The Kolyma Gazette: text-only archive`` for ``/text/...``,
    ``tests/test_rot_heldout25.py``'s text-only archive). The forty-ninth held-out batch."""
    split = urlsplit(page.url)
    segments = [part for part in split.path.split("/") if part]
    if len(segments) < 2 or "." in segments[0] or len(segments[0]) < 4:
        return None
    root = segments[0]
    label = fold(root).replace("-", "").replace("_", "")
    for index, link in enumerate(page.body.iter("a")):
        if index >= _LOGO_LINKS:
            break
        href = link.get("href")
        if not href or root not in href:
            continue
        try:
            target = urlsplit(urljoin(page.url, href.strip()))
        except ValueError:
            continue
        if target.netloc != split.netloc or target.path.strip("/") != root or target.query:
            continue
        text = clean_text(_text(link))
        letters = "".join(ch for ch in fold(text or "") if ch.isalnum())
        if text and len(text) <= 80 and label in letters and len(label) * 5 >= len(letters) * 3:
            return text
    return None


def _domain_label(url: str) -> str:
    """The label that names a host's domain: the one before its top-level domain (``tarnlinux`` of
    wiki.tarnlinux.org), or the one before that when it is a second-level domain's three letters or fewer
    (``bbc`` of www.bbc.co.uk, ``example`` of example.com.mt)."""
    labels = (urlsplit(url).hostname or "").split(".")[:-1]
    if len(labels) >= 2 and len(labels[-1]) <= 3:
        return labels[-2]
    return labels[-1] if labels else ""


#: A class or id that marks a header's link (or the element around it) as the site's name: a navbar's
#: ``brand``, a ``logo``, a ``site-name`` / ``hnname``.
_BRAND_MARK = lazy_re(r"brand|logo|name")


def _brand_suffix(page: _Page) -> str | None:
    """The ``<title>``'s last part (``Headline | Site``, five words at most), when one of the body's first
    links has it as its whole text and leads home or is marked as the site's name (:data:`_BRAND_MARK`, on
    the link or the element around it): a page that names its site nowhere else, its header's name linking
    to the front page's path (``<b class="hnname"><a href="news">Site</a></b>``). Not a section's name in
    the navigation (no such mark), nor the headline."""
    parts = [part.strip() for part in T.TITLE_SEPARATOR_RE.split(page.title_tag)] if page.title_tag else []
    if len(parts) < 2 or not parts[-1] or len(parts[-1].split()) > 5:
        return None
    name = parts[-1]
    for index, link in enumerate(page.body.iter("a")):
        if index >= _LOGO_LINKS:
            break
        if clean_text(_text(link)) != name:
            continue
        parent = link.getparent()
        marks = " ".join(
            (el.get("class") or "") + " " + (el.get("id") or "") for el in (link, parent) if el is not None
        )
        if _is_home_href(link.get("href"), page.url) or _BRAND_MARK.search(marks.lower()):
            return name
    return None


#: A logo's ``alt`` that names no site: the word "logo" or "home" in any of the languages we read.
_GENERIC_ALT = lazy_re(
    r"logo|home|главная|домой|startseite|accueil|inicio|início|portada|página principal|strona główna|"
    r"головна|начало|ana sayfa|trang chủ|beranda|laman utama|domů|úvod|kezdőlap",
    re.IGNORECASE,
)


#: The most words a ``<title>`` that is only the site's name holds (:func:`_host_spelled_title`).
_BARE_TITLE_WORDS = 4


def _host_spelled_title(page: _Page, logo: str) -> str | None:
    """The page's ``<title>`` as its site's name over ``logo`` (the name its body gives: a logo's ``alt``, a
    copyright holder's, a link home's), when the title is a name alone (one to :data:`_BARE_TITLE_WORDS`
    words) sharing a word of four letters or more with ``logo``, that the address's host spells while it does
    not spell ``logo``: a print view titled "Jamaica Gleaner" on ``jamaica-gleaner.com`` whose footer's holder
    is "The Gleaner Company (Media) Limited" (ext70's leftover; ext71); not a consent page titled "Consent" on
    ``consent.example.com`` under Yahoo's logo. Asked only where the body names the site, nothing before it
    having done so."""
    bare = clean_text(page.title_tag) if page.title_tag else ""
    if (
        not bare
        or not page.url
        or len(bare.split()) > _BARE_TITLE_WORDS
        or bare.casefold() == logo.casefold()
        # the two are one name's forms: they share a word ("Gleaner"), not a subdomain's word ("Consent")
        or not {w for w in bare.casefold().split() if len(w) > 3} & set(logo.casefold().split())
        or not names_site(bare, (), page.url)
        or names_site(logo, (), page.url)
    ):
        return None
    return bare


def _logo_alt(page: _Page) -> str | None:
    """The site's name as its logo states it, for a page that names its site nowhere else: the ``alt`` of
    the only image of a link to the home page, when that link has no text of its own and the ``alt`` is
    not a word like "logo" or "home" (Bitrix and many home-made templates: ``<a href="/"><img
    alt="Тамбовская жизнь"></a>``), or an inline SVG's name (:func:`_svg_name`); else that of the body's first
    image if it is classed as a logo. A link to the page's own language root (``/ru/`` on ``/ru/news/...``) is
    a link home, as :func:`_home_link_text` reads it."""
    first = urlsplit(page.url).path.strip("/").partition("/")[0]
    own_root = first if _HOME_PATH.fullmatch(f"/{first}/") and "." not in first else ""
    for index, link in enumerate(page.body.iter("a")):
        if index >= _LOGO_LINKS:
            break
        if not len(link) or (link.text or "").strip():
            continue
        href = link.get("href")
        if not _is_home_href(href, page.url) and not (own_root and href and href.strip("/") == own_root):
            continue
        label = link.get("aria-label")
        if label and page.url and not clean_text(_text(link)):
            # The link's own accessible name, when the host spells it (<a href="/" aria-label="Wâldpost">
            # around an unnamed SVG; not "Go to the front page"). The forty-ninth held-out batch.
            label = clean_text(label)
            named = label and len(label) <= 80 and not _GENERIC_ALT.search(label)
            if named and names_site(label, (), page.url):
                return label
        if len(link) == 1 and link[0].tag == "svg":  # an inline SVG logo: its accessible name
            name = _svg_name(link[0])
            if name and len(name) <= 80 and not _GENERIC_ALT.search(name) and not _URLISH.match(name):
                return name
            continue
        images = [el for el in link.iter("img") if el.get("alt")]
        if len(images) != 1 or clean_text(_text(link)):
            continue
        alt = clean_text(images[0].get("alt"))
        if alt and len(alt) <= 80 and not _GENERIC_ALT.search(alt) and not _URLISH.match(alt):
            return alt
    # No link home around it (an interstitial, a page without navigation): the body's first image, when it
    # is classed as the logo (<img class="logo" alt="Yahoo">).
    for image in page.body.iter("img"):
        marks = ((image.get("class") or "") + " " + (image.get("id") or "")).lower()
        if "logo" not in marks:
            return None
        alt = clean_text(image.get("alt"))
        if alt and len(alt) <= 80 and not _GENERIC_ALT.search(alt) and not _URLISH.match(alt):
            return alt
        return None
    return None


def _svg_name(svg: Any) -> str | None:
    """An inline SVG's accessible name, what a screen reader says for a logo drawn in the page (a home link
    holding only ``<svg role="img" aria-labelledby="t"><title id="t">Site</title>...</svg>``): its
    ``aria-label``, else its first ``<title>`` child's text (SVG's own name for the drawing); ``None`` for an
    unnamed drawing (an icon)."""
    label = clean_text(svg.get("aria-label"))
    if label:
        return label
    for child in svg:
        if child.tag == "title":
            return clean_text(_text(child)) or None
    return None


def _copyright_holder(page: _Page) -> str | None:
    """The site's name as a copyright line states it, for a page that names its site nowhere else, when one
    of the body's first images bears the same name in its ``alt`` (a newsletter's banner, a template's
    header image not linked home): ``Copyright © 2024 Riverside Neighbours Association, All rights
    reserved.`` beside ``<img alt="Riverside Neighbours Association">``. A copyright line alone is not read
    (it often names a parent company or a web agency), nor an image alone (a photo's caption)."""
    alts: list[str] = []
    for index, image in enumerate(page.body.iter("img")):
        if index >= _LOGO_IMAGES:
            break
        alt = clean_text(image.get("alt"))
        if alt and " " in alt and len(alt) <= 80 and not _GENERIC_ALT.search(alt) and not _URLISH.match(alt):
            alts.append(alt)
    markup = page.body_text
    for alt in alts:
        if _copyright_line(alt).search(markup):
            return alt
    return _credited_holder(page)


#: How many copyright lines are read (``tables.COPYRIGHT_HOLDER_RE``); how many elements are looked at for
#: the holder's name standing alone; a notice's own words, which no holder is.
_HOLDER_LINES = 5
_HOLDER_ELEMENTS = 1500
_RIGHTS = lazy_re(r"(?i)\b(?:all rights|rights reserved|все права|усі права|всі права|copyright)\b")
#: What follows a name opening a credit line ("Харківський час — новини Харкова", "Site: news of ...").
_CREDIT_AFTER = (" — ", " – ", " - ", ": ")


def _credited_holder(page: _Page) -> str | None:
    """The holder of a copyright line (``tables.COPYRIGHT_HOLDER_RE``) that another element of the body names
    alone: a link or a text whose whole text is that name (a page builder's logo set as a text link to the
    outlet's home, ``<a href="https://outlet.am/">Outlet</a>``), or a credit line opening with it before a
    dash or a colon (``<aside>Outlet — news of the city</aside>``). A page that names its site nowhere else
    (no meta, no JSON-LD, no <title> suffix, no logo image): an Instant Articles document, a special project
    on a page builder. A copyright line alone is still not read (it often names a parent company or a web
    agency, in small print only). The forty-third held-out batch."""
    holders: list[str] = []
    for m in T.COPYRIGHT_HOLDER_RE.finditer(page.body_text):
        holder = clean_text(unescape(m.group(1)))
        if holder and holder.count(" ") < 6 and not _RIGHTS.search(holder):
            holders.append(holder)
        if len(holders) >= _HOLDER_LINES:
            break
    if not holders:
        return None
    for index, el in enumerate(page.body.iter("a", "aside", "p", "span", "small", "div", "strong", "b")):
        if index >= _HOLDER_ELEMENTS:
            break
        if len(el) > 2:
            continue
        text = clean_text(_text(el))
        if not text or len(text) > 200:
            continue
        for holder in holders:
            if text == holder or (text.startswith(holder) and text[len(holder) :].startswith(_CREDIT_AFTER)):
                return holder
    return None


def _copyright_line(name: str) -> re.Pattern[str]:
    """A copyright notice whose holder is ``name``: the sign (or the word, or both), an optional year or
    span of years, an optional opening quote, then the name."""
    return re.compile(
        r"(?:©|&copy;|&#169;|\(c\)|\bcopyright\b)\s*(?:©|&copy;|&#169;)?\s*"
        r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?[«\"“]?" + re.escape(name) + r"(?![\w-])",
        re.IGNORECASE,
    )


#: The class of an element marked as the entry's title: hAtom's ``entry-title``, microformats2's ``p-name``.
_MARKED_CLASS = lazy_re(r"(?:^|\s)(?:entry-title|p-name)(?:\s|$)")


def _headline_elements(page: _Page) -> list[Any]:
    """The body's h2s, h3s and elements classed or marked as a title or headline (100 at most), read once."""
    if page.headline_els is None:
        page.headline_els = _xpath("headline", page.body)[:100] if page.body is not None else []
    return page.headline_els


def _aria_h1(page: _Page) -> str | None:
    """The text of the first visible element that ARIA makes a level-1 heading (``<div role="heading"
    aria-level="1">``, what script-rendered pages write for an h1; WAI-ARIA gives it the h1's meaning), of a
    headline's size: read only for a page without an h1, and only when the markup holds ``aria-level``."""
    if page.body is None or "aria-level" not in page.body_text:
        return None
    excluded = page.excluded
    for el in page.body.iterfind(".//*[@aria-level]"):
        if el.get("aria-level", "").strip() != "1" or el.get("role", "").strip().lower() != "heading":
            continue
        if excluded is not None and excluded(el):
            continue
        text = clean_text(_visible_text(el))
        if _HEADLINE_SIZE[0] <= len(text) <= _HEADLINE_SIZE[1]:
            return text
    return None


#: A start tag that ARIA makes a level-1 heading, its attributes in either order.
_ARIA_H1_TAG = lazy_re(
    r"<([a-zA-Z][a-zA-Z0-9]*)\b(?=[^>]*\srole=[\"']?heading\b)(?=[^>]*\saria-level=[\"']?1\b)[^>]*>",
    re.IGNORECASE,
)


def _aria_heading_markup(text: str, start: int | None) -> str | None:
    """:func:`_aria_h1` for the head reader, which builds no tree: the first start tag after ``start`` holding
    ``aria-level`` that is a level-1 heading (:data:`_ARIA_H1_TAG`, found with ``str.find``, at most ten
    tried), its text up to its tag's first end tag (:data:`_H1_CHARS` at most), of a headline's size."""
    at = text.find("aria-level", start or 0)
    for _ in range(10):
        if at < 0:
            return None
        tag_start = text.rfind("<", start or 0, at)
        m = _ARIA_H1_TAG.match(text, tag_start) if tag_start >= 0 else None
        if m is not None and m.end() > at:
            close = text.find(f"</{m.group(1)}", m.end(), m.end() + _H1_CHARS)
            if close >= 0:
                heading = clean_text(_TAG_RE.sub(" ", text[m.end() : close]))
                if _HEADLINE_SIZE[0] <= len(heading) <= _HEADLINE_SIZE[1]:
                    return heading
        at = text.find("aria-level", at + 10)
    return None


def _marked_headline(page: _Page) -> str | None:
    """The text of the first visible element marked as the entry's title (read only for a page without a
    headline h1), when it is headline-sized."""
    if page.body is None:
        return None
    markup = page.body_text
    if not ("entry-title" in markup or "p-name" in markup or ("itemprop" in markup and "headline" in markup)):
        return _classed_headline(page)  # nothing is marked: no query over the whole body for it
    excluded = page.excluded
    titles: list[str] | None = None
    for el in _headline_elements(page):
        if el.tag == "meta" or not (
            el.get("itemprop") == "headline" or _MARKED_CLASS.search(el.get("class") or "")
        ):
            continue
        text = clean_text(_text(el))
        if not text or len(text) > 300:
            continue
        if excluded is not None and excluded(el):
            # Inside a container of the kind that holds other pages' entries (Blogger wraps the post in a
            # "widget"): the entry's own title only when the page's <title> or og:title contains it.
            if titles is None:
                titles = [normalize_title(t) for t in (page.title_tag, page.meta("og:title")) if t]
            if not any(normalize_title(text) in title for title in titles):
                continue
        return text
    return _classed_headline(page)


#: The length of a headline in characters, at least and at most.
_HEADLINE_SIZE = (10, 300)


def _classed_headline(page: _Page) -> str | None:
    """The headline of an old template that marks it by a class alone (``<p class="TitleP">``, ``<td
    class="ArticleTitle">``, ``<div class="news-title">``; a ``topic`` class too, :data:`_HEADLINE_CLASS`,
    after the title-classed ones: ``<p class="topic">``), for a page without any heading, og:title or JSON-LD
    headline: the first visible element classed as a title, of a headline's size, when the ``<title>`` holds
    its text or is too short to be a headline itself (the site's name alone)."""
    if page.h2s or page.meta("og:title") or _jsonld_main(page)[0] is not None:
        return None
    title_tag = normalize_title(page.title_tag) if page.title_tag else ""
    short_title = len(page.title_tag.split()) <= 3
    excluded = page.excluded
    elements = _headline_elements(page)
    if page.body is not None and "topic" in page.body_text:
        elements = [*elements, *_xpath("topic", page.body)[:20]]
    for el in elements:
        klass = el.get("class") or ""
        if el.tag in ("h2", "h3", "meta") or "link" in klass.lower():
            continue
        if "itle" not in klass and _HEADLINE_CLASS.search(klass) is None:
            if "eadline" not in klass or _HEADLINE_TOKEN.search(klass) is None:
                continue
            dated = True  # a headline class: taken only over a dated line (ext70)
        else:
            dated = False
        if excluded is not None and excluded(el):
            continue
        text = clean_text(_text(el))
        if not text or not _HEADLINE_SIZE[0] <= len(text) <= _HEADLINE_SIZE[1]:
            continue
        if dated and not _dated_after(el):
            continue
        if short_title or normalize_title(text) in title_tag:
            return text
        return None  # the first classed title is not the <title>'s: another page's, or a section's
    return _title_part_in_body(page)


#: A class that names a headline otherwise than "title": a ``topic`` of its own (``topic``, ``topic1``: the
#: Vientiane Times' hand-made table template; ext69), not a list of topics. Not ``headline`` by itself: X's
#: error page sets its message in a span classed so under its bare ``<title>`` ("X"), and that message is no
#: headline; a ``headline`` class token (:data:`_HEADLINE_TOKEN`) is taken over a dated line only
#: (:func:`_dated_after`: the Gleaner's print view, ``<div class="headline">`` over its byline and
#: 'Published:Thursday | November 21, 2024'; ext70).
_HEADLINE_CLASS = lazy_re(r"(?:^|[\s_-])topic\d*(?:$|\s)", re.IGNORECASE)
_HEADLINE_TOKEN = lazy_re(r"(?:^|[\s_-])headline(?:$|\s)", re.IGNORECASE)
#: How many of a classed headline's next siblings, and how many characters of their text, may hold its date.
_DATED_SIBLINGS = 4
_DATED_CHARS = 400


def _dated_after(el: Any) -> bool:
    """Does a date with its year (:func:`find_text_dates`) stand in the text of ``el``'s next few siblings
    (:data:`_DATED_SIBLINGS`, their first :data:`_DATED_CHARS` characters): a story's byline or date line
    under its headline, which an error page's message lacks?"""
    parts: list[str] = []
    for sibling in itertools.islice(el.itersiblings(), _DATED_SIBLINGS):
        if isinstance(sibling.tag, str):
            parts.append(_text(sibling))
    text = clean_text(" ".join(parts))[:_DATED_CHARS]
    return next(iter(find_text_dates(text)), None) is not None


#: Paragraphs whose whole text is one bold run (``<p><b>ACUERDO por el que ...</b></p>``), the first few.
_BOLD_PARAGRAPH_XPATH = "(.//p[count(*)=1][b or strong][normalize-space()=normalize-space(*)])[position()<=5]"
#: Words a bold paragraph has at least to be a headline (not a label, a date line, a name).
_BOLD_HEADLINE_WORDS = 4


def _bold_paragraph(page: _Page) -> str | None:
    """For a page with no heading, og:title, JSON-LD headline or classed title whose ``<title>`` is the
    site's name alone (an official gazette's table layout: ``DOF - Diario Oficial de la Federación`` on
    every page): the first visible paragraph set wholly in bold, of a headline's size and words, its closing
    full stop dropped."""
    if page.body is None:
        return None
    excluded = page.excluded
    for el in page.body.xpath(_BOLD_PARAGRAPH_XPATH):
        if excluded is not None and excluded(el):
            continue
        text = clean_text(_text(el))
        if not text or not _HEADLINE_SIZE[0] <= len(text) <= _HEADLINE_SIZE[1]:
            continue
        words = text.split()
        if len(words) >= _BOLD_HEADLINE_WORDS and sum(w[:1].isalpha() for w in words) * 2 > len(words):
            return text[:-1] if text.endswith(".") and not text.endswith("..") else text
    return None


#: Elements whose whole text may be an old template's headline (a bold line, a paragraph, a cell).
_TITLE_PART_XPATH = (
    "(.//b|.//strong|.//p|.//font|.//span|.//td|.//div)[normalize-space()=$part][not(ancestor-or-self::a)]"
    "[not(.//a)]"
)


def _title_part_in_body(page: _Page) -> str | None:
    """For a page with no heading, og:title, JSON-LD headline or classed title (an old template: ``<p
    class="topic"><b>Headline</b></p>``): the part of a ``<title>`` of two or more parts (``Department :
    Headline``) that a visible element of the body repeats as its whole text, headline-sized. The other
    part is the site's; which one is which, only the body says."""
    if page.body is None or not page.title_tag:
        return None
    parts = [part.strip() for part in T.TITLE_SEPARATOR_RE.split(page.title_tag)]
    if all(names_site(part, (), page.url) for part in parts if part):
        return _bold_paragraph(page)  # "DOF - Diario Oficial de la Federación": the site's name alone
    if len(parts) < 2:
        return None
    excluded = page.excluded
    found: list[str] = []
    for part in parts:
        if not _HEADLINE_SIZE[0] <= len(part) <= _HEADLINE_SIZE[1] or names_site(part, (), page.url):
            continue
        for el in page.body.xpath(_TITLE_PART_XPATH, part=" ".join(part.split()))[:5]:
            if excluded is None or not excluded(el):
                found.append(part)
                break
    return max(found, key=len) if found else None  # a banner's line may repeat the site's part too


#: The story object of an Arc XP page (``Fusion.globalContent = {...}`` in a script), and its date fields:
#: the first publication (``display_date`` and ``publish_date`` follow republications), the last update.
_ARC_STORY = "Fusion.globalContent"
_ARC_KEYS: tuple[tuple[tuple[str, ...], bool], ...] = (
    (("first_publish_date", "display_date", "publish_date"), False),
    (("last_updated_date",), True),
)


def _arc_dates(text: str, start: int) -> list[_Cand]:
    """The dates of an Arc XP story object after ``start`` (one ``str.find`` settles every other page)."""
    at = text.find(_ARC_STORY, start)
    if at < 0:
        return []
    at += len(_ARC_STORY)
    rest = text[at : at + 8].lstrip()
    if not rest.startswith("="):
        return []
    brace = text.find("{", at, at + 8)
    if brace < 0:
        return []
    try:
        story, _end = json.JSONDecoder().raw_decode(text[brace : brace + _MAX_SCRIPT_CHARS])
    except ValueError:
        return []
    if not isinstance(story, dict):
        return []
    cands: list[_Cand] = []
    for keys, modified in _ARC_KEYS:
        for key in keys:
            parsed = _parse_value(text_value(story.get(key)))
            if parsed:
                cands.append(_Cand(parsed.value, parsed.timestamp, "script", modified))
                break
    return cands


#: A tag manager's data layer (``dataLayer.push({...})``, ``dataLayer = [{...}]``): the analytics values a
#: page sends about itself, in JSON or in a script's object literal. A front end that prints only "2 days
#: ago" states its dates there. Publication keys, then update keys, as sites name them; a data layer's
#: other dates (a user's, an event's) go by other names.
_DATA_LAYER = "dataLayer"
_DATA_LAYER_DATE = lazy_re(
    r"""(?<!\w)["']?(?:(publishDate|publishedDate|publish_date|published_date|pubDate|pub_date|datePublished|"""
    r"""publicationDate|publication_date|articlePublishDate|article_publish_date)|"""
    r"""(modifiedDate|modified_date|dateModified|updateDate|updatedDate|update_date|lastModifiedDate))"""
    r"""["']?\s*:\s*["']([0-9][0-9T:.+\-Z ]{9,34})["']"""
)
#: Mentions of a data layer looked at, and the characters of its script read after each.
_DATA_LAYER_MENTIONS = 5
_DATA_LAYER_CHARS = 4000


def _data_layer_dates(text: str) -> list[_Cand]:
    """The publication and update a page's data layer states (:data:`_DATA_LAYER_DATE`), the first of each,
    read in the script after each of its first mentions (one ``str.find`` settles a page without one)."""
    cands: list[_Cand] = []
    at = text.find(_DATA_LAYER)
    for _ in range(_DATA_LAYER_MENTIONS):
        if at < 0:
            break
        end = text.find("</script", at, at + _DATA_LAYER_CHARS)
        for m in _DATA_LAYER_DATE.finditer(text, at, end if end >= 0 else at + _DATA_LAYER_CHARS):
            modified = m.group(2) is not None
            if any(c.modified is modified for c in cands):
                continue
            parsed = _parse_value(m.group(3))
            if parsed:
                cands.append(_Cand(parsed.value, parsed.timestamp, "script", modified))
        if len(cands) == 2:
            break
        at = text.find(_DATA_LAYER, at + len(_DATA_LAYER))
    return cands


#: A Next.js App Router page (React Server Components) sends its data after the markup as strings of
#: ``self.__next_f.push([1,"..."])`` calls: a story object's date keys, their quotes escaped in the
#: string (``\\"publishedAt\\":\\"2022-03-12T03:30:00.000Z\\"``). A byline rendered in the browser leaves
#: them the only dates of the page. Publication keys of the common headless CMSs (Sanity, Strapi, Payload,
#: Ghost, Contentful models) and schema.org's; the update only as ``dateModified`` (``updatedAt`` is any
#: save of the record).
_FLIGHT = "self.__next_f.push("
_FLIGHT_DATE = lazy_re(
    r'\\"(datePublished|publishedAt|published_at|firstPublishedAt|first_published_at|dateModified)\\":\\"'
    r"([0-9][0-9T:.+\-Z ]{9,34})\\\""
)
#: How far from the page's title (in the payload) a story's date key may be; how many keys are read.
_FLIGHT_REACH = 1500
_FLIGHT_KEYS = 200
#: What a title is cut at to be looked for in the payload (a quote or a backslash is escaped there).
_FLIGHT_TITLE_CUT = lazy_re(r'["\\<>&]|\s[-|–—·]\s')


#: Other front ends that serialise the data a browser-rendered byline shows into the page, each a marker and
#: its date keys (the same publication keys as :data:`_FLIGHT_DATE`, the update only as ``dateModified``; a
#: record's ``createdAt`` is its draft's): SvelteKit's ``<script type="application/json"
#: data-sveltekit-fetched>``, whose ``body`` is the API's answer as a JSON string (its quotes escaped as in an
#: RSC payload), and Angular Universal's TransferState script (``<script id="serverApp-state">``), whose
#: quotes Angular writes as ``&q;``. The forty-fourth held-out batch.
_SVELTE_FETCHED = "data-sveltekit-fetched"
_TRANSFER_STATE = "{&q;"
_TRANSFER_DATE = lazy_re(
    r"&q;(datePublished|publishedAt|published_at|firstPublishedAt|first_published_at|dateModified)&q;:&q;"
    r"([0-9][0-9T:.+\-Z ]{9,34})&q;"
)


#: More front ends' serialised page data (the forty-fifth held-out batch), each a marker and its date keys as
#: :data:`_TRANSFER_DATE`'s: Inertia.js (Laravel, Rails) puts its page object in the root element's
#: ``data-page`` attribute as JSON whose quotes are written ``&quot;`` (Laravel's dates
#: ``2020-01-09T08:05:00.000000Z``); Remix in an inline ``window.__remixContext = {...}`` of plain JSON (the
#: route's loader data).
_INERTIA_PAGE = 'data-page="{&quot;'
_ENTITY_DATE = lazy_re(
    r"&quot;(datePublished|publishedAt|published_at|firstPublishedAt|first_published_at|dateModified)&quot;:"
    r"&quot;([0-9][0-9T:.+\-Z ]{9,34})&quot;"
)
_REMIX_CONTEXT = "window.__remixContext"
_PLAIN_DATE = lazy_re(
    r'"(datePublished|publishedAt|published_at|firstPublishedAt|first_published_at|dateModified)":\s?'
    r'"([0-9][0-9T:.+\-Z ]{9,34})"'
)
#: Alpine.js: a byline filled in the browser (``<span x-text="fmt(published)">``) from its component's
#: ``x-data`` attribute, a JavaScript object literal whose strings are single-quoted (``x-data="{ published:
#: '2020-01-09T14:05:00+02:00', updated: '...' }"``). A component's data is what that component shows (as an
#: Astro island's props): its ``updated`` is the update it prints.
_ALPINE_DATA = ' x-data="{'
_ALPINE_DATE = lazy_re(
    r"(?<![\w$])(published|publishedAt|published_at|datePublished|pubDate|"
    r"updated|updatedAt|updated_at|modified|dateModified)\s*:\s*'([0-9][0-9T:.+\-Z ]{9,34})'"
)
_ALPINE_MODIFIED = frozenset({"updated", "updatedAt", "updated_at", "modified", "dateModified"})
#: The same without the update keys: an ``x-data`` holding a whole record (``{ post: { published_at: '...',
#: updated_at: '...' } }``) whose update no binding prints (``x-text``, ``x-show``, ``x-html``) states the
#: record's last save, not an update the page shows. The forty-sixth held-out batch.
_ALPINE_PUBLISHED = lazy_re(
    r"(?<![\w$])(published|publishedAt|published_at|datePublished|pubDate)\s*:\s*'([0-9][0-9T:.+\-Z ]{9,34})'"
)
#: An Alpine binding's expression, and the names it reads.
_ALPINE_BINDING = lazy_re(r'\sx-(?:text|show|html)="([^"]{1,200})"')
_JS_NAME = lazy_re(r"[A-Za-z_$][\w$]*")
_MODIFIED_KEY = frozenset({"dateModified"})
#: Livewire 3 writes a component's state into its root's ``wire:snapshot`` attribute (JSON, quotes as
#: ``&quot;``), a Carbon date dehydrated as a tuple, ``&quot;publishedAt&quot;:[&quot;2020-01-09T08:05Z&quot;,
#: {&quot;s&quot;:&quot;cbn&quot;}]``: the keys of :data:`_ENTITY_DATE`, the value bare or in that tuple.
#: Vue components rendered by a server template (Wiki.js's ``<page title="..." created-at="..."
#: updated-at="...">``) take a record's fields as kebab-case attributes: a page's ``created-at`` is its
#: creation, ``updated-at`` its last edit, read only near the page's title. The forty-sixth held-out batch.
_LIVEWIRE = 'wire:snapshot="{&quot;'
_SNAPSHOT_DATE = lazy_re(
    r"&quot;(datePublished|publishedAt|published_at|firstPublishedAt|first_published_at|dateModified)&quot;:"
    r"\[?&quot;([0-9][0-9T:.+\-Z ]{9,34})&quot;"
)
#: A Next.js page of the Pages Router serialises its page's props as JSON into one script,
#: ``<script id="__NEXT_DATA__" type="application/json">``; a page rendered in the browser (its body only
#: ``<div id="__next">``) states its story's dates there alone, under a CMS record's keys (Strapi's and
#: Sanity's ``publishedAt`` and ``updatedAt``, schema.org's). Read by :func:`_flight_dates`: the keys nearest
#: the page's title. The fifty-sixth held-out batch.
_NEXT_DATA = 'id="__NEXT_DATA__"'
_NEXT_DATA_DATE = lazy_re(
    r'"(datePublished|publishedAt|published_at|firstPublishedAt|first_published_at|dateModified|updatedAt|'
    r'updated_at|bodyUpdatedAt|contentUpdatedAt)":\s?"([0-9][0-9T:.+\-Z ]{9,34})"'
)
#: ... the update also under the key of the record's text's own (Zenn's ``bodyUpdatedAt``, beside
#: ``publishedAt``: the day it prints "2023/11/02に更新"; ``contentUpdatedAt``), the fifty-eighth batch.
_NEXT_DATA_MODIFIED = frozenset(
    {"dateModified", "updatedAt", "updated_at", "bodyUpdatedAt", "contentUpdatedAt"}
)
_PROPS_CREATED = ' created-at="'
_PROPS_DATE = lazy_re(r'\s(published-at|created-at|updated-at)="([0-9][0-9T:.+\-Z ]{9,34})"')
_PROPS_MODIFIED = frozenset({"updated-at"})


def _state_dates(page: _Page, text: str, start: int, titles: list[str]) -> list[_Cand]:
    """The dates a browser-rendered page serialised into its markup after ``start``: a Next.js RSC payload's,
    a SvelteKit fetch's, an Angular TransferState's, an Inertia page object's, Remix's loader data, an Alpine
    component's (:func:`_flight_dates` on each), Nuxt 3's payload (:func:`_devalue_dates`), a Next.js Pages
    Router page's ``__NEXT_DATA__``; one ``str.find`` each settles a page without them."""
    return (
        _flight_dates(text, start, titles)
        or _flight_dates(text, start, titles, _SVELTE_FETCHED)
        or _flight_dates(text, start, titles, _TRANSFER_STATE, _TRANSFER_DATE)
        or _flight_dates(text, start, titles, _INERTIA_PAGE, _ENTITY_DATE)
        or _flight_dates(text, start, titles, _REMIX_CONTEXT, _PLAIN_DATE)
        or _devalue_dates(text, start, titles)
        or _alpine_dates(text, start, titles)
        or _flight_dates(text, start, titles, _LIVEWIRE, _SNAPSHOT_DATE)
        or _qwik_dates(text, start, titles)
        or _flight_dates(text, start, titles, _PROPS_CREATED, _PROPS_DATE, _PROPS_MODIFIED, titled=True)
        or _flight_dates(text, start, titles, _NEXT_DATA, _NEXT_DATA_DATE, _NEXT_DATA_MODIFIED)
        or _next_data_story_dates(page, text, start)
        or _nuxt2_dates(text, start, titles)
    )


#: Nuxt 2 serialises its state as a function called with the state's repeated values:
#: ``window.__NUXT__=(function(a,b,c){return {...,publishedAt:c,...}}(null,true,"2021-03-16T01:35Z"))``:
#: a key's value is the literal or the name of a parameter, whose value is the argument at its place.
_NUXT2 = "window.__NUXT__=(function("
_NUXT2_PARAMS = lazy_re(r"[A-Za-z_$][\w$]*")
#: A date key of the state's object literal (its keys unquoted) and its value, a string or a parameter's name.
_NUXT2_KEY = lazy_re(
    r"(?<![\w$])(datePublished|publishedAt|published_at|firstPublishedAt|first_published_at|dateModified|"
    r'updatedAt|updated_at):("[^"\\]{0,40}"|[A-Za-z_$][\w$]*)'
)
_NUXT2_DATE = lazy_re(
    r"(?<![\w$])(datePublished|publishedAt|published_at|firstPublishedAt|first_published_at|dateModified|"
    r'updatedAt|updated_at):"([0-9][0-9T:.+\-Z ]{9,34})"'
)
_NUXT2_MODIFIED = frozenset({"dateModified", "updatedAt", "updated_at"})


def _nuxt2_dates(text: str, start: int, titles: list[str]) -> list[_Cand]:
    """The dates of a Nuxt 2 page's state after ``start`` (:data:`_NUXT2`; ``[]`` on any other page, one
    ``str.find``): the call's arguments (JSON literals, read as a JSON array; a state whose arguments are not
    JSON is left) given to its parameters, each date key's parameter replaced by its argument, then read as
    the other front ends' state, the keys nearest the page's title (:func:`_flight_dates`). The sixty-second
    held-out batch's 1News page, whose byline's date is written in the browser."""
    at = text.find(_NUXT2, start)
    if at < 0:
        return []
    params_end = text.find(")", at + len(_NUXT2), at + len(_NUXT2) + 2000)
    closed = text.find("</script", at, at + _MAX_SCRIPT_CHARS)
    if params_end < 0 or closed < 0:
        return []
    params = _NUXT2_PARAMS.findall(text, at + len(_NUXT2), params_end)
    script = text[params_end:closed].rstrip().rstrip(";").rstrip()
    call = script.rfind("}(")
    if not params or call < 0 or not script.endswith("))"):
        return []
    try:
        args = json.loads("[" + script[call + 2 : -2] + "]")
    except ValueError:
        return []
    values = dict(zip(params, args, strict=False))  # a missing argument is undefined

    def literal(m: re.Match[str]) -> str:
        value = m.group(2)
        if value[0] != '"':
            found = values.get(value)
            value = json.dumps(found) if isinstance(found, str) else value
        return f"{m.group(1)}:{value}"

    state = _NUXT2 + _NUXT2_KEY.sub(literal, script[:call])
    return _flight_dates(state, 0, titles, _NUXT2, _NUXT2_DATE, _NUXT2_MODIFIED)


#: The keys of a story record in a Next.js page's ``__NEXT_DATA__`` (:func:`_next_data_story`): its headline,
#: its publication, its update. Beside :data:`_NEXT_DATA_DATE`'s, the ``publishedDate`` / ``updatedDate``
#: pair of other CMSs' models (Stuff's).
_STORY_TITLE_KEYS = ("headline", "title")
_STORY_PUBLISHED_KEYS = (
    "datePublished", "publishedAt", "published_at", "firstPublishedAt", "first_published_at", "publishedDate",
    "publishDate",
)  # fmt: skip
_STORY_MODIFIED_KEYS = ("dateModified", "updatedAt", "updated_at", "updatedDate", "modifiedDate")
#: Any other key of a record that names its publication or its update by its words, camel case or snake
#: case, with or without "of" ("dateOfPublication" / "dateOfModification", Seznam Zprávy's; "publicationDate",
#: "publishedOn", "lastUpdatedAt", "modificationTime"; ext67): read after the keys above, so a record holding
#: one of those reads as before. Not a key that names anything else about the publication ("publisher",
#: "publishedBy", "unpublishAt", "republishedAt", "createdAt").
_STATE_PUBLISHED_KEY = lazy_re(
    r"(?:first_?)?publi(?:sh|shed|cation)_?(?:date_?time|date|at|time|on)|"
    r"date_?(?:of_?)?(?:first_?)?publi(?:shed|cation)",
    re.IGNORECASE,
)
_STATE_MODIFIED_KEY = lazy_re(
    r"(?:last_?)?(?:update|updated|modified|modification)_?(?:date_?time|date|at|time|on)|"
    r"date_?(?:of_?)?(?:last_?)?(?:update|updated|modified|modification)|last_?(?:updated|modified)",
    re.IGNORECASE,
)
#: How deep below ``props.pageProps`` a story record is looked for, and how many objects are looked at.
_STORY_DEPTH = 4
_STORY_NODES = 400


def _page_state(page: _Page, text: str, start: int) -> tuple[Any, _Story | None]:
    """The ``props.pageProps`` of ``page``'s ``__NEXT_DATA__`` in ``text`` after ``start`` (its head's end,
    for every asker; :func:`_next_data_props`) and its story record (:func:`_next_data_story`), read once a
    page: a Next.js page whose title is its site's name asks for its headline after its dates, and one whose
    byline the browser writes for its authors."""
    if page.next_data is None:
        props = _next_data_props(text, start)
        page.next_data = (props, _next_data_story(props))
    return page.next_data


def _page_story(page: _Page, text: str, start: int) -> _Story | None:
    """:func:`_next_data_story` of ``page``'s ``text`` after ``start``, read once a page
    (:func:`_page_state`)."""
    return _page_state(page, text, start)[1]


def _next_data_props(text: str, start: int) -> Any:
    """The ``props.pageProps`` of the ``__NEXT_DATA__`` a Next.js page rendered in the browser serialised
    after ``start``; ``None`` on a page without that script, or whose script is not JSON, or has no
    ``props`` object."""
    at = text.find(_NEXT_DATA, start)
    if at < 0:
        return None
    opened = text.find(">", at)
    closed = text.find("</script", opened, opened + _MAX_SCRIPT_CHARS)
    if opened < 0 or closed < 0:
        return None
    try:
        data = json.loads(text[opened + 1 : closed])
    except ValueError:
        return None
    props = data.get("props") if isinstance(data, dict) else None
    return props.get("pageProps") if isinstance(props, dict) else None


def _story_nodes(props: Any) -> Iterator[dict[str, Any]]:
    """The objects of a Next.js page's ``pageProps`` (``props``, itself first), breadth first through objects
    only: a list's records (a ``related`` list's stories, a front page's or a section's stories) are other
    pages', never the page's own. At most :data:`_STORY_DEPTH` levels below it and :data:`_STORY_NODES`
    values looked at."""
    level = [props]
    seen = 0
    for _depth in range(_STORY_DEPTH + 1):
        deeper: list[Any] = []
        for node in level:
            seen += 1
            if seen > _STORY_NODES:
                return
            if not isinstance(node, dict):
                continue
            yield node
            deeper.extend(v for v in node.values() if isinstance(v, dict))
        level = deeper


def _next_data_story(props: Any) -> _Story | None:
    """The story of a Next.js page's ``pageProps`` (``props``, :func:`_next_data_props`): the headline,
    publication and update of the first object (:func:`_story_nodes`) holding a headline (or title) and a
    publication date (:data:`_STORY_PUBLISHED_KEYS`); ``None`` when none does. The sixty-second held-out
    batch's Stuff page: its skeleton has no h1, its ``<title>`` is the site's name, and its headline and
    dates are only there."""
    first = True  # the first titled record: the only one whose dates are read by their keys' words
    for node in _story_nodes(props):
        title = next((v for k in _STORY_TITLE_KEYS if isinstance(v := node.get(k), str) and v.strip()), None)
        if not title:
            continue
        published = _state_date(node, _STORY_PUBLISHED_KEYS, _STATE_PUBLISHED_KEY if first else None)
        if published:
            named = _STATE_MODIFIED_KEY if first else None
            return clean_text(title), published, _state_date(node, _STORY_MODIFIED_KEYS, named)
        first = False
    return None


def _state_date(
    node: dict[str, Any], keys: tuple[str, ...], named: re.Pattern[str] | None
) -> ParsedDate | None:
    """The first date of a state record ``node`` under one of ``keys``, in their order, else under any key
    whose words ``named`` matches whole (:data:`_STATE_PUBLISHED_KEY`), in the record's order: only in the
    first titled record, the story's (a comment or a teaser inside it is titled too, and dated by its own)."""
    for key in keys:
        if isinstance(value := node.get(key), str) and (parsed := _parse_value(value)):
            return parsed
    if named is None:
        return None
    for key, value in node.items():
        if isinstance(value, str) and named.fullmatch(key) and (parsed := _parse_value(value)):
            return parsed
    return None


def _titled_record(page: _Page, text: str, start: int, title: str | None) -> dict[str, Any] | None:
    """The first object of ``page``'s Next.js ``pageProps`` (:func:`_page_state`, :func:`_story_nodes`) whose
    headline or title is the page's ``title`` (of :data:`~linkcheck.extract.authors.STATE_TITLE_MIN`
    characters at least): the record its authors are read from (:func:`record_authors`), dated or not;
    ``None`` on any other page (one ``str.find``, once a page)."""
    if not title or len(title) < STATE_TITLE_MIN:
        return None
    nodes = _story_nodes(_page_state(page, text, start)[0])
    return next((n for n in nodes if any(n.get(k) == title for k in _STORY_TITLE_KEYS)), None)


def _next_data_story_dates(page: _Page, text: str, start: int) -> list[_Cand]:
    """The publication and update of :func:`_next_data_story`'s record, as the state's other readers give
    them; ``[]`` when there is none."""
    story = _page_story(page, text, start)
    if story is None:
        return []
    _title, published, modified = story
    cands = [_Cand(published.value, published.timestamp, "script", False)] if published else []
    if modified is not None:
        cands.append(_Cand(modified.value, modified.timestamp, "script", True))
    return cands


def _alpine_dates(text: str, start: int, titles: list[str]) -> list[_Cand]:
    """The dates of an Alpine component's ``x-data`` after ``start``: its update only when a binding
    prints one of the update keys (:data:`_ALPINE_PUBLISHED`); ``[]`` on any other page (one ``str.find``)."""
    at = text.find(_ALPINE_DATA, start)
    if at < 0:
        return []
    printed = {name for m in _ALPINE_BINDING.finditer(text, at) for name in _JS_NAME.findall(m.group(1))}
    if printed & _ALPINE_MODIFIED:
        return _flight_dates(text, at, titles, _ALPINE_DATA, _ALPINE_DATE, _ALPINE_MODIFIED)
    return _flight_dates(text, at, titles, _ALPINE_DATA, _ALPINE_PUBLISHED)


#: Nuxt 3 serialises its payload with devalue into ``<script type="application/json" id="__NUXT_DATA__">``:
#: one flat JSON array in which an object's values are the indexes of other elements (``{"title":6,
#: "publishedAt":9}`` and, at index 9, ``"2020-01-09T14:05:00+04:00"``), so a key and its date never stand
#: together. The publication keys of :data:`_FLIGHT_DATE`, the update only as ``dateModified``; the object
#: whose title (``title``, ``headline``, ``name``) opens as the page's does, or the only one holding a
#: publication date. The forty-fifth held-out batch.
_NUXT_DATA = 'id="__NUXT_DATA__"'
_DEVALUE_PUBLISHED = (
    "datePublished",
    "publishedAt",
    "published_at",
    "firstPublishedAt",
    "first_published_at",
)
_DEVALUE_TITLES = ("title", "headline", "name")


def _devalue_dates(text: str, start: int, titles: list[str]) -> list[_Cand]:
    """The dates of a Nuxt 3 payload after ``start`` (:data:`_NUXT_DATA`); ``[]`` on any other page (one
    ``str.find``) or when the payload is not devalue's array."""
    at = text.find(_NUXT_DATA, start)
    if at < 0:
        return []
    opened = text.find(">", at)
    closed = text.find("</script", opened, opened + _MAX_SCRIPT_CHARS)
    if opened < 0 or closed < 0:
        return []
    try:
        payload = json.loads(text[opened + 1 : closed])
    except ValueError:
        return []
    if not isinstance(payload, list):
        return []

    def deref(ref: object) -> object:
        if isinstance(ref, int) and not isinstance(ref, bool) and 0 <= ref < len(payload):
            return payload[ref]
        return None

    return _indexed_dates(payload, deref, titles)


#: Qwik serialises a paused container's state into ``<script type="qwik/json">``: ``{"objs": [...]}``, a
#: flat array in which an object's values are base-36 index strings of other entries (``{"title":"7",
#: "publishedAt":"9"}``), as devalue's are integers. Read as Nuxt 3's payload. The forty-sixth held-out batch.
_QWIK_JSON = '<script type="qwik/json">'
_BASE36 = lazy_re(r"[0-9a-z]{1,6}")


def _qwik_dates(text: str, start: int, titles: list[str]) -> list[_Cand]:
    """The dates of a Qwik container's state after ``start`` (:data:`_QWIK_JSON`); ``[]`` on any other page
    (one ``str.find``) or when the state holds no ``objs`` array."""
    at = text.find(_QWIK_JSON, start)
    if at < 0:
        return []
    opened = at + len(_QWIK_JSON) - 1
    closed = text.find("</script", opened, opened + _MAX_SCRIPT_CHARS)
    if closed < 0:
        return []
    try:
        state = json.loads(text[opened + 1 : closed])
    except ValueError:
        return []
    objs = state.get("objs") if isinstance(state, dict) else None
    if not isinstance(objs, list):
        return []

    def deref(ref: object) -> object:
        if isinstance(ref, str) and _BASE36.fullmatch(ref):
            index = int(ref, 36)
            if index < len(objs):
                return objs[index]
        return None

    return _indexed_dates(objs, deref, titles)


def _indexed_dates(payload: list[Any], deref: Callable[[object], object], titles: list[str]) -> list[_Cand]:
    """The dates of a flat payload whose objects point at their values (``deref``): the record whose title
    opens as the page's, or the only publication date among the records."""
    needles = [n for t in titles if len(n := _FLIGHT_TITLE_CUT.split(t, maxsplit=1)[0].strip()) >= 12]
    records: list[tuple[bool, ParsedDate, ParsedDate | None]] = []
    for item in payload:
        if not isinstance(item, dict):
            continue
        key = next((k for k in _DEVALUE_PUBLISHED if k in item), None)
        value = deref(item[key]) if key is not None else None
        published = _parse_value(value) if isinstance(value, str) else None
        if published is None:
            continue
        changed = deref(item.get("dateModified"))
        modified = _parse_value(changed) if isinstance(changed, str) else None
        heading = next((h for k in _DEVALUE_TITLES if isinstance(h := deref(item.get(k)), str)), "")
        records.append((any(heading.startswith(n) for n in needles), published, modified))
    chosen = next((r for r in records if r[0]), None)
    if chosen is None and len({r[1].value for r in records}) == 1:
        chosen = records[0]
    if chosen is None:
        return []
    cands = [_Cand(chosen[1].value, chosen[1].timestamp, "script", False)]
    if chosen[2] is not None:
        cands.append(_Cand(chosen[2].value, chosen[2].timestamp, "script", True))
    return cands


def _flight_dates(
    text: str,
    start: int,
    titles: list[str],
    marker: str = _FLIGHT,
    keys: re.Pattern[str] = _FLIGHT_DATE,
    modified_keys: frozenset[str] = _MODIFIED_KEY,
    titled: bool = False,
) -> list[_Cand]:
    """The dates of a Next.js page's RSC payload after ``start`` (or of another front end's serialised data,
    found by ``marker`` and read by ``keys``; one ``str.find`` settles every other page): the keys nearest
    the page's title (one of ``titles``; within :data:`_FLIGHT_REACH` characters), or, when the title is not
    found, the payload's date when it has one publication date only (a list of other stories' dates says
    nothing of this one); with ``titled``, only the keys near the title (attributes of any element: a
    comment's lone ``created-at`` says nothing of the page)."""
    at = text.find(marker, start)
    if at < 0:
        return []
    found: list[tuple[int, bool, ParsedDate]] = []
    for m in keys.finditer(text, at, at + _MAX_SCRIPT_CHARS):
        parsed = _parse_value(m.group(2))
        if parsed:
            found.append((m.start(), m.group(1) in modified_keys, parsed))
        if len(found) >= _FLIGHT_KEYS:
            break
    if not found:
        return []
    spots: list[int] = []
    # an element's attributes: its title may stand before the marker, from the element's start on
    origin = max(text.rfind("<", start, at), start) if titled else at
    for title in titles:
        needle = _FLIGHT_TITLE_CUT.split(title, maxsplit=1)[0].strip()
        if len(needle) >= 12:
            spot = text.find(needle, origin)
            while spot >= 0 and len(spots) < 20:
                spots.append(spot)
                spot = text.find(needle, spot + 1)
        if spots:
            break
    if spots:
        # the keys near the title, the nearest first (another story's object may be within reach too)
        near = sorted(
            ((min(abs(pos - spot) for spot in spots), modified, parsed) for pos, modified, parsed in found),
            key=lambda item: item[0],
        )
        near = [item for item in near if item[0] <= _FLIGHT_REACH]
    elif not titled and len({parsed.value for _pos, modified, parsed in found if not modified}) == 1:
        near = found
    else:
        return []
    cands: list[_Cand] = []
    for kind in (False, True):
        first = next((parsed for _pos, modified, parsed in near if modified is kind), None)
        if first is not None:
            cands.append(_Cand(first.value, first.timestamp, "script", kind))
    return cands


#: An Astro page's component rendered only in the browser (``client:only``) leaves its data in its
#: ``<astro-island>``'s ``props`` attribute, HTML-escaped, each value a ``[type, value]`` pair in which type 3
#: is a Date (``{&quot;publishedAt&quot;:[3,&quot;2020-01-09T08:05:00.000Z&quot;]}``). A byline island's
#: date props are then the page's only dates. The keys of the publication and of the update (an island's props
#: are what that one component shows, not a record dump: ``updatedAt`` is the update it prints); only values
#: typed as Dates (a header clock's ``now`` is none of these keys). The forty-third held-out batch.
_ISLAND = "<astro-island"
_ISLAND_DATE = lazy_re(
    r"&quot;(publishedAt|published_at|datePublished|publishDate|publishedDate|pubDate|"
    r"updatedAt|updated_at|dateModified|modifiedAt|updatedDate)&quot;:"
    r"\[3,&quot;([0-9][0-9T:.+\-Z ]{9,34})&quot;\]"
)
_ISLAND_MODIFIED = frozenset({"updatedAt", "updated_at", "dateModified", "modifiedAt", "updatedDate"})
#: Islands looked at (a page has a few; the byline's among the first).
_ISLANDS = 30


def _island_dates(text: str, start: int) -> list[_Cand]:
    """The dates of the first Astro island after ``start`` whose props hold a publication date
    (:data:`_ISLAND_DATE`), with its update when it has one; ``[]`` on any other page (one ``str.find``)."""
    at = text.find(_ISLAND, start)
    for _ in range(_ISLANDS):
        if at < 0:
            break
        end = text.find(">", at)
        if end < 0:
            break
        found: dict[bool, ParsedDate] = {}
        for m in _ISLAND_DATE.finditer(text, at, end):
            modified = m.group(1) in _ISLAND_MODIFIED
            parsed = _parse_value(m.group(2)) if modified not in found else None
            if parsed is not None:
                found[modified] = parsed
        if False in found:
            return [_Cand(found[kind].value, found[kind].timestamp, "script", kind) for kind in sorted(found)]
        at = text.find(_ISLAND, end)
    return []


#: The ``<title>``s bot-protection services give their challenge pages (``Just a moment...``, ``DDoS-Guard``:
#: :data:`linkcheck.classify.CHALLENGE_MARKERS`), lower-cased, their character references read (Anubis's
#: ``Making sure you&#39;re not a bot!``).
_CHALLENGE_TITLES = frozenset(
    unescape(marker[len(b"<title>") : -len(b"</title>")].decode())
    for marker in CHALLENGE_MARKERS
    if marker.startswith(b"<title>")
)


#: The markers of bot challenges that are no ``<title>`` (a service's script or resource path, its widget's
#: class), lower-cased: read on a page without a ``<title>`` or a headline.
_CHALLENGE_MARKS = tuple(marker.decode() for marker in CHALLENGE_MARKERS if not marker.startswith(b"<title>"))
#: How much of a page without a ``<title>`` or a headline is looked at for :data:`_CHALLENGE_MARKS` (a
#: challenge's markup is short; its script or frame comes first).
_CHALLENGE_CHARS = 4096


def _is_blocked_page(page: _Page, headline: str | None, text: str = "") -> bool:
    """Does the ``<title>`` or the headline say the page is refused in the reader's country or region (a
    geo-block: not the article, and not an error page either, so its weak dates are not the article's), or
    is the ``<title>`` a bot challenge's (``Just a moment...``: the article waits behind it, and the dates
    of its address are the article's, not this page's), or has a page without a ``<title>`` and without a
    headline a challenge's script or frame in its first :data:`_CHALLENGE_CHARS` characters of ``text``
    (Imperva's ``/_Incapsula_Resource``: a frame and an incident number, nothing else)?"""
    if page.title_tag and page.title_tag.strip().lower() in _CHALLENGE_TITLES:
        return True
    if not page.title_tag.strip() and not headline and text:
        head = text[:_CHALLENGE_CHARS].lower()
        if any(mark in head for mark in _CHALLENGE_MARKS):
            return True
    for title in (page.title_tag, headline or ""):
        if not title or len(title) > 200:
            continue
        if is_blocked_title(title):
            return True
    return False


def _language(page: _Page, headers: Mapping[str, str] | None) -> str | None:
    value = page.lang or page.meta("content-language", "language", "dc.language", "og:locale")
    if not value:
        main, _ = _jsonld_main(page)
        value = text_value(main.get("inLanguage")) if main else None
    if not value and headers:
        value = next((v for k, v in headers.items() if k.lower() == "content-language"), None)
    if not value:
        return None
    value = value.split(",")[0].strip().replace("_", "-")
    return value[:35] or None


def _base_url(page: _Page) -> str:
    """The page's base URL (HTML's document base URL): its first ``<base href>`` resolved against its
    address, when that is an http(s) URL; else its address. A relative canonical link or og:url resolves
    against it, as in a browser (a syndicated copy's ``<base>`` names the wire's host)."""
    if page.base:
        try:
            base = urljoin(page.url, page.base)
            if urlsplit(base).scheme in ("http", "https"):
                return base
        except ValueError:
            pass
    return page.url


def _canonical(page: _Page) -> str | None:
    for href in (page.canonical, page.meta("og:url")):
        if not href:
            continue
        href = href.strip()
        if href.startswith(("https://", "http://")) and " " not in href:
            return href  # already absolute: urljoin would only cost time
        try:
            absolute = urljoin(_base_url(page), href.strip())
            scheme = urlsplit(absolute).scheme
        except ValueError:
            continue
        if scheme in ("http", "https"):
            return absolute
    return None


def _is_error_page(page: _Page, site_name: str | None, headline: str | None = None) -> bool:
    """Does the ``<title>``, ``og:title`` or the chosen headline say the page is an error page (as the
    soft-404 signal reads them: "抱歉，您访问的页面不存在！" in an h1 beside a ``<title>`` that is not)?"""
    for title in (page.title_tag, page.meta("og:title") or "", headline or ""):
        if not title or len(title) > 120:
            continue
        lowered = title.lower()
        if any(hint in lowered for hint in T.NOT_FOUND_HINTS) and T.NOT_FOUND_RE.search(title):
            return True
        # The soft-404 phrase tables (many languages, whole title pieces): "Материал не найден — НТВ.Ru".
        if is_error_title(title, [site_name] if site_name else (), hosts_of(page.url)):
            return True
    return False


#: The vote of a URL slug spelled by a title candidate (as much as the h1's).
_SLUG_WEIGHT = 3.0
#: Words a slug must have to say anything (``/news/``, ``/about-us/`` do not).
_SLUG_MIN_WORDS = 3


def _names_slug(title: str | None, url: str) -> bool:
    """Does ``title`` spell the URL's slug: every word of a slug of three or more words is one of the
    title's (accents folded; slugs drop words, never add them)? A page whose headline is its address's
    slug is that article, not a front page or a generic title."""
    if not title or not url:
        return False
    slug = slug_words(url)
    return len(slug) >= _SLUG_MIN_WORDS and set(slug) <= set(fold(title).split())


def _is_home_path(value: str) -> bool:
    try:
        path = urlsplit(value).path
    except ValueError:
        return False
    return path in ("", "/") or _HOME_PATH.fullmatch(path or "") is not None


def _home_head(canonical: str | None, url: str) -> bool:
    """Is the head's canonical URL (or ``og:url``) the site's front page while ``url`` is not?"""
    return canonical is not None and _is_home_path(canonical) and not _is_home_path(url)


def _is_front_page(page: _Page, canonical: str | None) -> bool:
    for value in (canonical, page.url):
        if value:
            try:
                parts = urlsplit(value)
            except ValueError:
                continue
            path = parts.path
            # "/", "/index.php", "/en/": the front page, unless a query picks a page there
            # ("/index.php?lang_id=GEO&info_id=81234": an old PHP site routes every page through its index;
            # "/?p=1482": WordPress's plain permalink); choosing the language, a campaign's tags or a page of
            # the front page's list still leads to the front page.
            if (path in ("", "/") or _HOME_PATH.fullmatch(path)) and not _query_picks_page(parts.query):
                return True
    return False


#: Query parameters that never choose a page of their own: the language (:data:`_LANGUAGE_PARAM`),
#: a campaign's or a click's tags, a referrer mark, a page of a list.
_NON_PAGE_PARAM = lazy_re(
    rf"{_LANGUAGE_PARAM}|utm_\w+|\w{{0,4}}clid|mc_[ce]id|_ga|ref|referrer|from|source|src|share|"
    r"page|paged|start|offset",
    re.IGNORECASE,
)


def _query_picks_page(query: str) -> bool:
    """Does a URL's ``query`` choose a page (``p=1482``, WordPress's plain permalinks; ``q=node/12``,
    Drupal's without clean URLs; ``info_id=81234``): a parameter other than those of
    :data:`_NON_PAGE_PARAM` (``lang=en``, ``utm_source=feed``, ``fbclid=...``, ``paged=2``), with a value?"""
    for pair in query.split("&"):
        name, _eq, value = pair.partition("=")
        if value and not _NON_PAGE_PARAM.fullmatch(name):
            return True
    return False


# --- a page dated by its month only (meta2) ---------------------------------------------------------------
#: A machine value that states a month and no day (``2024-08``, ``2024/08``), as ``article:published_time``
#: or JSON-LD's ``datePublished`` may hold it.
_MONTH_VALUE = lazy_re(r"\s*((?:19|20)\d{2})[-/](0[1-9]|1[0-2])\s*")
#: A byline's publication label, then a month's name and a year, and nothing more ("Published: August 2024",
#: "Published in March 2023", "Опубликовано: август 2024", "Veröffentlicht im Juli 2024", "Publié en
#: septembre 2024"); or a magazine's issue line ("From the September 2023 issue", "Issue: October 2024",
#: "Ausgabe Juli 2024", "Выпуск: август 2024", "Numéro de juin 2024"). The line starts at the start of an
#: element's text or after a byline's separator, and ends with the year: a month in a sentence ("the rules
#: were published in August 2024, after ...") is the story's, not the page's. Case is folded by the pattern
#: (the words' own letters), the month looked up in :data:`linkcheck.extract.tables.MONTHS` (the names of
#: :mod:`linkcheck.months`).
_MONTH_LINE = lazy_re(
    r"(?:^|\|\s|[·•—–]\s*)"
    r"(?:(?i:first\s+published|published|posted|veröffentlicht|erschienen|опубликовано|опубликован|"
    r"дата\s+публикации|publié|publie|date\s+de\s+publication|issue|ausgabe|выпуск|номер|numéro)"
    r"(?:\s+(?i:in|im|en|de|du))?\s*[:：]?\s*"
    r"|(?i:(?:from|in)\s+(?:the\s+)?)?(?=[^\W\d_]{3,12}\.?\s+(?:19|20)\d{2}\s+(?i:issue|edition)\b))"
    r"(?P<m>[^\W\d_]{3,12})\.?\s+(?P<y>(?:19|20)\d{2})(?:\s+(?i:issue|edition))?\s*(?:$|\||[·•—–])"
)
#: Words that stand in a byline line before a month and are no label (the first letter of a label word).
_MONTH_LINE_HINTS = (
    "ublish", "osted", "eröffentlicht", "rschienen", "публик", "ublié", "ublie", "ssue", "usgabe",
    "ыпуск", "омер", "uméro", "dition",
)  # fmt: skip


def _month_date(year: int, month: int, source: str, today: dt.date) -> ExtractedDate | None:
    first = dt.date(year, month, 1)
    if not is_plausible(first, today):
        return None
    return ExtractedDate(first, source, None, True, "month")


def _month_only(page: _Page, text_ok: bool, today: dt.date) -> ExtractedDate | None:
    """The month a page states as its publication's when it states no day (``ExtractedDate.precision`` is
    ``"month"``, ``value`` the month's first day): a month-only machine value of the head's publication
    metas (Open Graph's, microdata's, Dublin Core's and the rest, in the cascade's order) or of the main
    JSON-LD node's ``datePublished``/``dateCreated``; else, where the page's text is read for dates
    (``text_ok``), a labelled byline or issue line in the text after the headline (:data:`_MONTH_LINE`).
    Asked only of a page that gives no day: a day stated anywhere is the page's date, as before (meta2)."""
    if (stated := _machine_value(page, _MONTH_VALUE)) is not None:
        m, source = stated
        return _month_date(int(m[1]), int(m[2]), source, today)
    if not text_ok:
        return None
    return _month_line(page.lead_text, _MONTH_LINE, _MONTH_LINE_HINTS, today)


def _month_line(
    text: str, pattern: re.Pattern[str], hints: tuple[str, ...], today: dt.date
) -> ExtractedDate | None:
    """The month of ``pattern``'s first match in ``text`` (its groups ``m``, a month's name, and ``y``)
    whose name is a month's, as a month-only date read from the text; ``None`` unless ``text`` holds one of
    ``hints`` (the pattern's labels, a substring test each). The publication's line (:func:`_month_only`)
    and the update's (:func:`_month_modified`)."""
    if not text or not any(hint in text for hint in hints):
        return None
    for m in pattern.finditer(text):
        month = T.MONTHS.get(m["m"].lower())
        if month is not None:
            return _month_date(int(m["y"]), month, "text", today)
    return None


# --- a page dated by its year, quarter or season only, and a month-only modification (meta3) -------------
#: A machine value that states a year alone (JSON-LD ``datePublished: "2023"``, ``citation_date`` ``2023``).
_YEAR_VALUE = lazy_re(r"\s*((?:19|20)\d{2})\s*")
#: A year that ends an element's text (or a byline's part: before `` · ``), perhaps with "issue" after it, a
#: quarter written after it ("2023 Q3", "2023年第3四半期") or an issue line's ")": where :data:`_COARSE_LINE`
#: is tried, on the text from the element's start.
_YEAR_AT_END = lazy_re(
    r"(?:19|20)\d{2}(?:\s+(?i:issue|edition)|\s*(?i:q)[1-4]|年第[1-4]四半期)?\)?\s*(?=$|\||\s[·•—–])"
)
#: An element's whole text (or a byline's part after a separator) that dates the page by less than a month:
#: a publication or issue label (:data:`_MONTH_LINE`'s words) then a year ("Published 2023", "Опубликовано:
#: 2023"); or, labelled or not, a quarter ("Q3 2023", "Issue: Q3 2023", "The Q3 2023 issue"; written
#: otherwise, meta4: "3Q 2023", "2023 Q3", "III квартал 2023", "3-й квартал 2023", the Romance languages'
#: trimestre "T3 2023", "2023年第3四半期") or a season, or two ("Winter 2023", "Spring/Summer 2022", "Осень
#: 2023", "From the Fall 2023 issue"), looked up in :data:`linkcheck.months.SEASONS`; or an issue's volume
#: and number, then a quarter or a season ("Vol. 12, Winter 2023", "No. 4 (Autumn 2022)", "Том 5, № 3,
#: осень 2022", "Jg. 14, Heft 2, Herbst 2022": meta4). A year in a sentence ("published in 2023 and ...") or
#: after other words ("© 2023 ...", "Annual report 2023", "Winter Olympics 2022") is none.
_COARSE_LINE = lazy_re(
    r"(?:^|\|\s|[·•—–]\s*)"
    r"(?:(?P<label>(?i:first\s+published|published|posted|veröffentlicht|erschienen|опубликовано|опубликован|"
    r"дата\s+публикации|publié|publie|date\s+de\s+publication|issue|ausgabe|выпуск|номер|numéro))"
    r"(?:\s+(?i:in|im|en|de|du))?\s*[:：]?\s*|(?i:(?:from\s+)?the)\s+"
    r"|(?P<vol>(?:(?:(?i:vol|volume|no|nr|number|issue|jg|jahrgang|heft|band|bd|том|вып|n°|núm|num)\.?|№)"
    r"\s*\d{1,4}\s*[,;]?\s*)+\(?))?"
    r"(?:(?:(?:(?i:q)(?P<q>[1-4])|(?P<qn>[1-4])(?i:q)|T(?P<qt>[1-4])|(?P<qr>I{1,3}|IV)\s+(?i:квартал)"
    r"|(?P<qk>[1-4])(?:-?й)?\s+(?i:квартал)"
    r"|(?P<s1>[^\W\d_]{3,9})(?:\s*/\s*(?P<s2>[^\W\d_]{3,9}))?)\s+)?(?P<y>(?:19|20)\d{2})"
    r"|(?P<yq>(?:19|20)\d{2})(?:\s*(?i:q)(?P<qa>[1-4])|年第(?P<qj>[1-4])四半期))"
    r"\)?(?:\s+(?i:issue|edition))?\s*$"
)
#: The Romance languages, whose "T3" is a trimestre (French, Spanish, Italian, Portuguese, Catalan).
_TRIMESTRE_LANGUAGES = frozenset({"fr", "es", "it", "pt", "ca"})
_ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _coarse_date(first: dt.date, source: str, precision: str, today: dt.date) -> ExtractedDate | None:
    return ExtractedDate(first, source, None, True, precision) if first <= today else None


def _southern(language: str | None, url: str) -> bool:
    """Does the page's language tag's region (``en-AU``) or its host's country-code domain (``.com.au``)
    place it in the southern hemisphere (:data:`linkcheck.months.SOUTHERN_REGIONS`)? (meta4)"""
    if language:
        _, _, region = language.partition("-")
        if len(region) == 2 and region.lower() in SOUTHERN_REGIONS:
            return True
    host = urlsplit(url).hostname or ""
    return host.rpartition(".")[2] in SOUTHERN_REGIONS


def _coarse_match(m: re.Match[str], language: str | None, url: str, today: dt.date) -> ExtractedDate | None:
    """The period one :data:`_COARSE_LINE` states: a quarter (``"quarter"``, its first day), a winter
    (``"winter"``, 1 December of the year before), a summer on a southern page (``"summer"``, spanning as a
    winter does: meta4), a year alone or another season (``"year"``: spring, summer and autumn lie in their
    year in either hemisphere, the south's summer but a month); ``None`` for none."""
    if m["yq"]:
        quarter = int(m["qa"] or m["qj"])
        return _coarse_date(dt.date(int(m["yq"]), 3 * quarter - 2, 1), "text", "quarter", today)
    year = int(m["y"])
    named = m["q"] or m["qn"] or m["qk"]
    if m["qt"] and (language or "").partition("-")[0].lower() in _TRIMESTRE_LANGUAGES:
        named = m["qt"]
    quarter = int(named) if named else _ROMAN_QUARTERS.get(m["qr"] or "", 0)
    if quarter:
        return _coarse_date(dt.date(year, 3 * quarter - 2, 1), "text", "quarter", today)
    if m["s1"]:
        seasons = [SEASONS.get(w.lower()) for w in (m["s1"], m["s2"]) if w]
        if None in seasons:
            return None
        if "winter" in seasons:
            return _coarse_date(dt.date(year - 1, 12, 1), "text", "winter", today)
        if "summer" in seasons and _southern(language, url):
            return _coarse_date(dt.date(year - 1, 12, 1), "text", "summer", today)
        return _coarse_date(dt.date(year, 1, 1), "text", "year", today)
    if m["label"]:
        return _coarse_date(dt.date(year, 1, 1), "text", "year", today)
    return None


def _coarse_line(
    text: str, today: dt.date, language: str | None = None, url: str = ""
) -> ExtractedDate | None:
    """The period the :data:`_COARSE_LINE` lines in ``text`` state (:func:`_coarse_match`), when they state
    one: lines of two periods are an archive's list of issues, none of them the page's (meta4)."""
    found: ExtractedDate | None = None
    for end in _YEAR_AT_END.finditer(text):
        start = text.rfind("| ", 0, end.start())
        m = _COARSE_LINE.search(text, max(start, 0), end.end())  # from the "| " (no ``^`` at a pos)
        if m is None:
            continue
        date = _coarse_match(m, language, url, today)
        if date is None:
            continue
        if found is None:
            found = date
        elif (date.value, date.precision) != (found.value, found.precision):
            return None
    return found


def _coarse_only(
    page: _Page, text_ok: bool, today: dt.date, language: str | None = None
) -> ExtractedDate | None:
    """The year a page states as its publication's when it states no day and no month (meta3): a year-only
    machine value where :func:`_month_only` reads a month's, else, where the text is read for dates, a
    labelled year, a quarter or a season in the text after the headline (:func:`_coarse_line`)."""
    if (stated := _machine_value(page, _YEAR_VALUE)) is not None:
        m, source = stated
        return _coarse_date(dt.date(int(m[1]), 1, 1), source, "year", today)
    text = page.lead_text
    return _coarse_line(text, today, language, page.url) if text_ok and text else None


#: A byline's update label, then a month's name and a year, and nothing more ("Updated: September 2024",
#: "Last updated September 2024", "Обновлено: сентябрь 2024", "Aktualisiert: September 2024", "Mis à jour :
#: septembre 2024"), anchored as :data:`_MONTH_LINE` is: the page's modified month, never its publication
#: (meta4). The line ends at an element's end in the text read element by element, at any
#: space in a byline's text whose tags were dropped (:func:`_byline_update_text`, which starts at the line).
_MONTH_UPDATE_FORM = (
    r"(?:^|\|\s|[·•—–]\s*)"
    r"(?i:(?:last\s+)?updated|обновлено|обновлен|обновлён|(?:zuletzt\s+)?aktualisiert|mis\s+à\s+jour|"
    r"actualizado|aggiornato|atualizado)"
    r"(?:\s+(?i:in|on|im|am|en|le|il|em))?\s*[:：]?\s*"
    r"(?P<m>[^\W\d_]{3,12})\.?\s+(?P<y>(?:19|20)\d{2})"
)
_MONTH_UPDATE_LINE = lazy_re(_MONTH_UPDATE_FORM + r"\s*(?:$|\||[·•—–])")
_MONTH_UPDATE_BYLINE = lazy_re(_MONTH_UPDATE_FORM + r"(?:$|\s)")
#: Letters every :data:`_MONTH_UPDATE_LINE` holds, one of them (its label's, lower case).
_MONTH_UPDATE_HINTS = ("pdated", "бновл", "ktualisiert", "is à jour", "ctualizado", "ggiornato", "tualizado")


def _month_modified(
    page: _Page, published: ExtractedDate | None, today: dt.date, text_ok: bool = False, byline: str = ""
) -> ExtractedDate | None:
    """A modification the page dates by its month only (JSON-LD ``dateModified: "2024-09"``,
    ``article:modified_time`` ``2024-09``; or, where the text is read for dates, a labelled update line
    in the text after the headline, "Updated: September 2024", or in the ``byline`` of a page whose head
    answered: meta4), where no day of one was read: ``precision`` ``"month"``; none that ended before the
    page's publication began (meta3)."""
    found = _month_modified_value(page, today)
    if found is None and not page.blog_entry:
        if text_ok:
            found = _month_line(page.lead_text, _MONTH_UPDATE_LINE, _MONTH_UPDATE_HINTS, today)
        if found is None and byline:
            found = _month_line(byline, _MONTH_UPDATE_BYLINE, _MONTH_UPDATE_HINTS, today)
    if found is None or (published is not None and found.last_day < published.first_day):
        return None
    return found


def _month_modified_value(page: _Page, today: dt.date) -> ExtractedDate | None:
    if (stated := _machine_value(page, _MONTH_VALUE, modified=True)) is None:
        return None
    m, source = stated
    return _month_date(int(m[1]), int(m[2]), source, today)


def _machine_value(
    page: _Page, pattern: re.Pattern[str], *, modified: bool = False
) -> tuple[re.Match[str], str] | None:
    """The first machine value of the page's publication date (or, ``modified``, of its modification) that
    ``pattern`` matches whole, and where it was read: the main JSON-LD node's first stated
    ``datePublished``/``dateCreated`` (``dateModified``), then the head's metas of that kind in the
    cascade's order (:data:`_META_GROUPS`). One reading for a month-only (meta2) and a year-only (meta3)
    value. The metas are looked up only where the page holds one of their names (:data:`_MACHINE_METAS`'s
    set: one pass over the page's metas in place of a lookup for each of 27 or 61 names, cost27)."""
    if page.ranked_nodes:
        node = page.ranked_nodes[0]
        for key in ("dateModified",) if modified else ("datePublished", "dateCreated"):
            value = text_value(node.get(key))
            if value:
                m = pattern.fullmatch(value)
                if m is not None:
                    return m, "json-ld"
                break
    held, cascade = _MACHINE_METAS[modified]
    metas = page.metas
    if held.isdisjoint(metas):
        return None
    for name, source in cascade:
        for value in metas.get(name, ()):
            m = pattern.fullmatch(value)
            if m is not None:
                return m, source
    return None


#: :data:`_META_GROUPS`'s names of a publication (``False``) and of a modification (``True``): as a set (does
#: the page hold one?) and in the cascade's order with the source each is read as (:func:`_machine_value`).
_MACHINE_METAS: dict[bool, tuple[frozenset[str], tuple[tuple[str, str], ...]]] = {
    kind: (
        frozenset(name for names, _source, modified in _META_GROUPS if modified == kind for name in names),
        tuple(
            (name, source) for names, source, modified in _META_GROUPS if modified == kind for name in names
        ),
    )
    for kind in (False, True)
}
