"""Citations straight from an article: plain text, Markdown, HTML and wikitext.

>>> from linkcheck.articles import extract_citations
>>> [c.url for c in extract_citations("See https://example.org/a-story (2020).", "text")]
['https://example.org/a-story']

:func:`extract_citations` finds every cited link with what the text says about it (title, outlet, date,
archived copy) and where it stands (``source``, ``line``). Each format has its module (:mod:`.plaintext`,
:mod:`.markdown`, :mod:`.html`, :mod:`.wikitext`); what they share is in :mod:`._base`, and what the prose
says about the links (outlets named, "Related article:" titles, "on Thursday") in :mod:`._prose`. The rules
are documented in ``docs/articles.md``. Everything here is a pure function that never raises on arbitrary
text (only on a format name it does not know).
"""

from __future__ import annotations

import bisect
import datetime as dt
import importlib
import os
import re
from collections.abc import Callable, Mapping, Sequence
from urllib.parse import parse_qsl

from linkcheck.article_formats import FORMATS, detect_format, normalize_format
from linkcheck.articles._base import (
    Link,
    Parsed,
    archived_original,
    clean_text,
    is_licence,
    is_lookup,
    is_meeting_link,
    is_own_navigation,
    is_post_view,
    is_profile,
    is_share,
    is_subscription,
    looks_like_title,
    shows_address,
    split_url,
    unwrap_redirect,
    url_key,
    without_quoted_titles,
)
from linkcheck.articles._dates import citation_key, date_only, day_in, find_dmy, parse_date
from linkcheck.articles._entries import without_access_dates, without_archive_dates
from linkcheck.articles._prose import (
    attach_agency_datelines,
    attach_listing_lines,
    attach_named_titles,
    attach_outlets,
    attach_related_titles,
    attach_report_dates,
    find_mentions,
    host_labels,
    month_day_in,
    names_a_source,
    relative_day,
)
from linkcheck.articles._source_lines import attach_source_line_dates
from linkcheck.lazyre import lazy_re
from linkcheck.models import Article, Citation, PartialDate, replaced
from linkcheck.sources import source_argument, text_argument, url_problem
from linkcheck.urls import campaign_tagged, resource_key, untracked_key, without_click_ids

__all__ = ["FORMATS", "detect_format", "extract_citations", "named_bibliographies", "normalize_format"]

#: Each format's reader module, imported when the first article of that format is read: a run meets one or
#: two formats, and the others cost their imports for nothing (mwparserfromhell alone ~22 ms, lxml ~6 ms).
_MODULES = {"text": "plaintext", "markdown": "markdown", "html": "html", "wikitext": "wikitext"}
_PARSERS: dict[str, Callable[..., Parsed]] = {}


def import_reader(format: str) -> Callable[..., Parsed]:
    """The reader of ``format`` (a name :func:`normalize_format` returns, not ``auto``), imported on first
    use; a process that will read articles of that format may call it ahead of the first one."""
    parser = _PARSERS.get(format)
    if parser is None:
        module = importlib.import_module(f"{__name__}.{_MODULES[format]}")
        parser = _PARSERS[format] = module.parse
    return parser


def extract_citations(
    text: str,
    format: str = "auto",
    source: str | os.PathLike[str] = "<string>",
    article_date: PartialDate | dt.date | None = None,
    base_url: str | None = None,
    bibliographies: Mapping[str, str] | None = None,
) -> list[Citation]:
    """Every link ``text`` cites, once per distinct URL of each article, in the order they first appear.

    ``format`` is ``text``, ``markdown``, ``html``, ``wikitext`` (or an alias: ``txt``, ``md``, ``wiki``) or
    ``auto`` (from ``source``'s extension, else sniffed). ``article_date`` is the citing article's date when
    the text does not give it (it wins over what the text says); ``base_url`` is the article's own address,
    against which relative links are resolved. Each citation carries ``source`` and the ``line`` where its
    link first appears, and ``article`` when the article's date, title or URL is known. A relative link that
    cannot be resolved becomes a citation with ``error`` set (reported, never fetched).

    A file may hold several articles: a feed of a site's own posts (a WordPress export, an RSS or Atom feed
    whose entries carry their full content) is read post by post, each post's citations in turn, each with
    its own ``article`` (the post's title, address and date) and the line it has in the file; a URL two posts
    cite is a citation of each. A feed of other pages (entries without their content) is one article.

    ``bibliographies`` holds the texts of the bibliography files (BibTeX, BibLaTeX) the article's front
    matter names (:func:`named_bibliographies`), by the name it gives them: the caller reads them (reading
    stays pure). Each entry the article cites by key (``[@key]``, ``@key``) is then a citation of the
    article at the line of the key's first use, with what the entry states; an uncited entry is none.
    """
    text = text_argument(text, "extract_citations", "Path(...).read_text(encoding='utf-8')")
    source = source_argument(source)
    fmt = normalize_format(format)
    if fmt == "auto":
        fmt = detect_format(source, text)
    if text.startswith("\ufeff"):
        text = text[1:]
    if fmt == "html" and text[:1] == "<" and (posts := _posts(text)) is not None:
        return [
            citation
            for post in posts
            for citation in extract_citations(post, "html", source, article_date, base_url)
        ]
    parsed = import_reader(fmt)(text, base_url=base_url)
    date = _as_partial(article_date) or parsed.date
    _unwrap(parsed, base_url or parsed.url)
    for link in parsed.links:
        if link.error is None:
            link.error = url_problem(link.url)
    links = [link for link in parsed.links if link.error is None]
    if parsed.prose:
        for link in links:  # "according to the [Marine Exchange](...)": a source's name, not a title
            if link.title_from_text and link.pos > 0 and names_a_source(parsed.prose, link.pos):
                link.title = None
        attach_related_titles(parsed.prose, links)
        attach_named_titles(parsed.prose, links)
        attach_listing_lines(parsed.prose, links)
        mentions = attach_outlets(parsed.prose, links)
        attach_agency_datelines(parsed.prose, links, date)
        attach_report_dates(parsed.prose, links, mentions, date, parsed.date_marks)
        attach_source_line_dates(parsed.prose, links)
    _read_trailers(links, date, parsed.date_marks)
    article = None
    if date is not None or parsed.title or parsed.url:
        article = Article(
            date=date,
            title=parsed.title or None,
            url=parsed.url or None,
            source=source,
            line=parsed.date_line if article_date is None else None,
        )
    citations = [_citation(link, source, article) for link in _merge(parsed.links)]
    if citations and fmt == "text" and text[:1] in ("{", "["):  # a JSON file: each one's pointer (seed25)
        from linkcheck.articles._pointer import json_pointers

        pointers = json_pointers(text, [c.url for c in citations if c.error is None])
        if pointers:
            citations = [replaced(c, pointer=pointers[c.url]) if c.url in pointers else c for c in citations]
    if bibliographies:
        from linkcheck.articles._bibliography import keyed_citations

        cited = {citation.url for citation in citations}
        citations += keyed_citations(text, bibliographies, source, article, cited)
    return citations


def named_bibliographies(text: str) -> list[tuple[str, int]]:
    """The bibliography files an article's front matter names (``bibliography: refs.bib``, or a list), each
    with the line naming it, as written (relative to the article's file): for the caller to read and give
    :func:`extract_citations` as ``bibliographies``."""
    from linkcheck.articles._bibliography import named_bibliographies as named

    return named(text)


def _posts(text: str) -> list[str] | None:
    """The pages of the articles ``text`` holds when it is a feed of a site's own posts (a WordPress export,
    a full-text RSS or Atom feed: :func:`._feed.feed_articles`), else None (one article)."""
    from linkcheck.articles._feed import feed_articles, looks_like_feed

    return feed_articles(text) if looks_like_feed(text) else None


def _unwrap(parsed: Parsed, own: str | None) -> None:
    """Read a redirect wrapper's link as the URL it wraps (noting the redirector), and drop share buttons'
    links (``/sharer.php?u=...``), newsletter machinery ("Unsubscribe", a ``/subscribe`` page) and the site's
    own navigation (the article itself with a query added, its tag, category and author pages, its privacy
    and methodology pages), and profile pages (``/@name``): they name a page without citing it."""
    kept: list[Link] = []
    for link in parsed.links:
        if link.boilerplate:
            continue
        if link.error is None:
            if is_share(link.url):
                continue  # before unwrapping: Telegram's ``/share/url?url=`` is a share button, no redirect
            link.url = without_click_ids(link.url)  # the reader's click, not the page (seed24)
            unwrapped = unwrap_redirect(link.url)
            if unwrapped is not None:
                link.url = without_click_ids(unwrapped[0])
                link.notes.append(f"unwrapped from a redirect via {unwrapped[1]}")
                if link.title is None and link.text:  # its text may match the real URL's slug
                    link.title = looks_like_title(link.text, link.url, standalone=link.standalone)
                if is_share(link.url):
                    continue  # a share button's link behind a redirect
            if (
                is_subscription(link.url)
                or (("meet" in link.url or "zoom.us/" in link.url) and is_meeting_link(link.url))
                or is_profile(link.url)
                or is_post_view(link.url)
                or is_lookup(link.url)
                or is_licence(link.url)
            ):
                continue
            if is_own_navigation(link.url, own):
                continue
        kept.append(link)
    parsed.links = _drop_machinery(kept)
    _pair_archives(parsed.links)
    if parsed.prose and "archive" in parsed.prose:
        parsed.links = _pair_short_copies(parsed.prose, parsed.links)


#: A query parameter whose value is an absolute URL (plain or percent-encoded).
_URL_PARAM = lazy_re(r"=https?(?::|%3A)", re.IGNORECASE)
#: The last path segment of an action a reader takes on a link rather than a page about it: feedback on a
#: search or alert result, flagging, reporting, saving, hiding it.
_ACTIONS = frozenset(["feedback", "flag", "report", "save", "bookmark", "hide", "dismiss", "remove"])


def _drop_machinery(links: list[Link]) -> list[Link]:
    """A link to an action (``/feedback``, ``/flag``, ``/save``...) whose query names another link the
    article cites (``/alerts/feedback?ffu=<cited URL>``: "Flag as irrelevant" beside an alert's result) is
    machinery around that citation, not a citation of its own: it is dropped. (A page about the URL, a
    validator's report ``/check?url=<cited URL>``, is cited; a redirect wrapper has been read as its target
    already.)"""
    suspects = [link for link in links if link.error is None and _URL_PARAM.search(link.url) is not None]
    if not suspects:
        return links  # the common case: no query holds a URL
    cited = {url_key(link.url) for link in links if link.error is None}
    dropped: set[int] = set()
    for link in suspects:
        own = url_key(link.url)
        try:
            parts = split_url(link.url)
        except ValueError:
            continue
        query = parts.query
        if parts.path.rstrip("/").rpartition("/")[2].lower().partition(".")[0] not in _ACTIONS:
            continue
        for _, value in parse_qsl(query):
            if _URL_PARAM.match("=" + value[:8]) and (key := url_key(value.strip())) != own and key in cited:
                dropped.add(id(link))
                break
    return [link for link in links if id(link) not in dropped] if dropped else links


def _pair_archives(links: list[Link]) -> None:
    """An archived copy (``https://web.archive.org/web/2015.../http://orig``) of a page the article also cites
    is that citation's archived copy, not a citation of its own: it is read as the original with the copy as
    its ``archive_url`` (merged into the original's citation). A copy cited alone stays as it is."""
    originals: list[tuple[Link, str]] = []
    for link in links:
        if link.error is None and (original := archived_original(link.url)) is not None:
            originals.append((link, original))
    if not originals:
        return  # the common case: no URL keys computed here (merging computes them once)
    archived = {id(link) for link, _ in originals}
    cited = {url_key(link.url) for link in links if link.error is None and id(link) not in archived}
    untracked: dict[str, str] | None = None
    for link, original in originals:
        if url_key(original) not in cited:
            # The page cited with a tracking query the copy's original has not (an embedded tweet's
            # ``?ref_src=twsrc%5Etfw``, a newsletter's ``utm_*``): that citation's copy all the same.
            if untracked is None:
                untracked = {
                    untracked_key(other.url): other.url
                    for other in links
                    if other.error is None and id(other) not in archived and "?" in other.url
                }
            original = untracked.get(untracked_key(original), "")
            if not original:
                continue
        if link.archive_url is None:
            link.archive_url = link.url
        link.url = original


#: archive.today's hosts: a copy there whose URL names no original is ``archive.ph/Xq7Lm``.
_SHORT_COPY_HOSTS = frozenset(
    ["archive.ph", "archive.today", "archive.is", "archive.li", "archive.md", "archive.vn", "archive.fo"]
)
#: What stands between a cited link and its copy's URL, its punctuation and colon stripped (``(archive: ``,
#: ``, archived copy: ``, `` - mirror at ``), or a link to a copy says (``(<a>archived</a>)``).
_COPY_LABELS = frozenset(
    f"{word}{kind}{where}"
    for word in ("archive", "archived")
    for kind in ("", " copy", " link", " version")
    for where in ("", " at", " here")
) | {"mirror", "mirror at", "mirror here"}


def _is_short_copy(url: str) -> bool:
    """A web archive's copy whose URL names no original: archive.today's ``https://archive.ph/Xq7Lm``,
    Ghostarchive's ``https://ghostarchive.org/archive/Xq7Lm`` (a code of 4 to 12 letters and digits)."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in ("http", "https"):
        return False
    host, _, path = rest.partition("/")
    host = host.removeprefix("www.")
    if host == "ghostarchive.org" and path.startswith("archive/"):
        path = path[len("archive/") :]
    elif host not in _SHORT_COPY_HOSTS:
        return False
    code = path.removesuffix("/")
    return 4 <= len(code) <= 12 and code.isascii() and code.isalnum()


def _copy_label(text: str, *, lead: bool) -> bool:
    """Whether ``text`` says "archived copy" and no more (:data:`_COPY_LABELS`, any case): with ``lead``,
    after one opening bracket or separator (``(``, ``[``, ``,``, ``;``, a dash) and before a colon."""
    text = text.strip(" \t")
    if lead and text[:1] in "([,;–—-":
        text = text[1:].lstrip(" \t")
    if lead and text[-1:] in ":：":
        text = text[:-1].rstrip(" \t")
    return " ".join(word for word in text.replace("\t", " ").split(" ") if word).lower() in _COPY_LABELS


def _pair_short_copies(prose: str, links: list[Link]) -> list[Link]:
    """A copy whose URL names no original (:func:`_is_short_copy`) right after a cited link, labelled as a
    copy (``https://www.wsj.com/... (archive: https://archive.ph/Xq7Lm)``, ``<a>WSJ</a>
    (<a>archived</a>)``), is that link's archived copy, not a citation of its own. A copy after other words
    (``since 28 May ([archived copy](...))``) stays a citation: what it is a copy of is not said."""
    copies = [
        link for link in links if link.error is None and "archive" in link.url and _is_short_copy(link.url)
    ]
    if not copies:
        return links
    ordered = sorted((link for link in links if link.pos >= 0), key=lambda link: link.pos)
    paired: set[int] = set()
    for copy in copies:
        at = next((i for i, link in enumerate(ordered) if link is copy), 0)
        if at == 0:
            continue
        cited = ordered[at - 1]
        if cited.error is not None or cited.archive_url is not None or id(cited) in paired:
            continue
        written = cited.text if cited.text and prose.startswith(cited.text, cited.pos) else ""
        start = cited.pos + len(written)
        if not written:  # a bare URL: as written, up to the first space
            while start < len(prose) and not prose[start].isspace():
                start += 1
        gap = prose[start : copy.pos]
        labelled = _copy_label(gap, lead=True) or (
            gap.strip(" \t([,;–—-") == "" and _copy_label(copy.text, lead=False)
        )
        if labelled and copy.pos - start <= 40:
            cited.archive_url = copy.url
            paired.add(id(copy))
    return [link for link in links if id(link) not in paired] if paired else links


def _as_partial(value: PartialDate | dt.date | None) -> PartialDate | None:
    """``article_date`` as a :class:`PartialDate`; anything but one, a ``datetime.date`` or ``None`` is a
    ``TypeError`` naming it (a string failed as ``'str' object has no attribute 'year'``)."""
    if value is None or isinstance(value, PartialDate):
        return value
    if not isinstance(value, dt.date):
        raise TypeError(
            f"article_date must be a PartialDate, a datetime.date or None "
            f"(PartialDate.parse({str(value)!r})), got {value!r}"
        )
    return PartialDate.from_date(value)


#: A link text that is a label, a comma and a quoted title (added after the nineteenth held-out batch): a
#: document's designation or an author before the title (``RFC 3339, “Date and Time on the Internet:
#: Timestamps”``): the quoted part is the title.
_CLOSING_QUOTES = '"”»'
#: A separator before a site's name ending a page's title: `` | ``, `` – ``, `` — ``, `` - ``.
_SITE_SEPARATOR = lazy_re(r"\s[|–—-][ \t]*$")
_LABELLED_QUOTE = lazy_re(r"[^\"“”«»\r\n]{1,40},[ \t]*[\"“«](?P<t>[^\"“”«»\r\n]{4,300})[\"”»]")


def _day_of(
    link: Link, marks: Sequence[tuple[int, PartialDate]], article_date: PartialDate | None
) -> PartialDate | None:
    """The day ``link``'s yearless days are read against: the time of the post it stands in (``marks``: a
    live blog's or an outbox's posts' ``<time datetime>``, the last one before it), else the article's."""
    if not marks or link.pos < 0:
        return article_date
    at = bisect.bisect_right([pos for pos, _ in marks], link.pos)
    return marks[at - 1][1] if at else article_date


def _read_trailers(
    links: list[Link], article_date: PartialDate | None, marks: Sequence[tuple[int, PartialDate]] = ()
) -> None:
    """A link's own text ("[RIA Novosti](https://ria.ru/...)") and a standalone link's trailer
    ("— Reuters, 9 January 2020") name its outlet; the trailer gives its date (a month and day without a year
    read against the article's date, or the day of the post the link stands in: ``marks``, seed23), as does
    a link text that is nothing but a date. A link text naming its outlet is its title only if the rest of it
    reads like one ("[New York Times piece from 1978](...)" is not a title)."""
    for link in links:
        day = _day_of(link, marks, article_date)
        if link.date is None and link.text and not shows_address(link.text):
            link.date = date_only(link.text) or day_in(link.text) or _closing_month_day(link.text, day)
        if link.date is None and link.day_word and day is not None:
            # An entry's "yesterday" (read_entry): the day before the article's.
            counted = relative_day(link.day_word, day)
            if counted is not None:
                link.date = counted[0]
                link.notes.append(f"“{link.day_word}” read as {counted[0]} (article date {day})")
        if (
            link.title_from_text
            and link.text[-1:] in _CLOSING_QUOTES
            and (m := _LABELLED_QUOTE.fullmatch(link.text))
        ):
            link.title = m.group(
                "t"
            )  # "RFC 3339, “Date and Time on the Internet: Timestamps”": the quoted title
        if link.text and (key := citation_key(link.text)) is not None:
            # "[Estruch et al., 2018](...)", "Malkov & Yashunin (2016)": who and when, not a title.
            if link.title_from_text:
                link.title = None
            link.date = link.date or key
        if link.trailer and link.date is None:
            dated = without_quoted_titles(link.trailer)  # a date in a quoted title is the title's
            if "rchived" in dated:  # "Archived from <a>the original</a> on 3 March 2016": the copy's day
                dated = without_archive_dates(dated)
            elif link.access_date is not None:
                # "[Title](URL) - Site, accessed 2024-02-01", "[[URL][words]] (accessed 4 March 2024)" (added
                # after the twenty-eighth held-out batch): the entry read that day as the access date; the
                # trailer's same words are not the page's date. Looked for only once an access date was read,
                # so no other trailer pays.
                dated = without_access_dates(dated)
            link.date = parse_date(dated, allow_year=False) or find_dmy(dated)
            inferred = month_day_in(link.trailer, day) if link.date is None else None
            if inferred is not None:  # "— Canary Media, Jan. 10": the article's year, or the one before
                value, phrase = inferred
                link.date = value
                link.notes.append(f"“{clean_text(phrase)}” read as {value} (article date {day})")
        if link.outlet is None or link.title_from_text:
            labels = host_labels(link.url)[:2]
            own = find_mentions(link.text, labels, cue=False) if link.text else []
            if own and link.title_from_text:
                name = max(own, key=lambda m: (m.quality, m.words))
                rest = f"{link.text[: name.start]} {link.text[name.end :]}".strip(" ,.;:—–-'’")
                rest_title = looks_like_title(rest, link.url, standalone=link.standalone)
                if rest_title is None:
                    link.title = None
                elif rest[:1] in _OPENING_QUOTES:  # "NREL, “Major Drivers of ...”": the quoted title alone
                    # ... also before the words after its closing quote ("«Title», SRF, 10. März 2024": the
                    # date and the separators left where the outlet's name was; added after the thirty-sixth)
                    closing = rest.find(_TITLE_QUOTES[rest[0]], 1)
                    quoted = rest[: closing + 1] if 0 < closing < len(rest) - 1 else ""
                    link.title = (
                        quoted and looks_like_title(quoted, link.url, standalone=True)
                    ) or rest_title
                elif name.start == 0 and link.text[name.end : name.end + 2].strip()[:1] in (":", "："):
                    link.title = rest_title  # "ТАСС: Жириновский посоветовал ...": outlet, colon, title
                    # ... and the name is its outlet, over one the prose around gave (added after the
                    # nineteenth held-out batch: "Clipped from the Ashvale Times" above "<a>Ashvale Council:
                    # Title</a>")
                    link.outlet = name.name
                elif not link.text[name.end :].strip() and _SITE_SEPARATOR.search(link.text, 0, name.start):
                    # "Title – Outlet", "Title | Outlet": a page's title as a browser saves it (a bookmark,
                    # an outline's item), the site's name after a separator (after the twentieth batch)
                    head = link.text[: name.start].rstrip(" |–—-")
                    link.title = looks_like_title(head, link.url, standalone=link.standalone) or link.title
                    link.outlet = link.outlet or name.name
            if link.outlet is None:
                for mentions in (own, find_mentions(link.trailer, labels, cue=False) if link.trailer else []):
                    if mentions:
                        link.outlet = max(mentions, key=lambda m: (m.quality, m.words)).name
                        break
        if link.title is None and link.text and link.trailer and not link.standalone:
            # "Author, [Heat pump grants rise](url), BBC News, 9 October 2023": an entry that names the
            # link's outlet apart from the link, whose text (not the outlet's name) is the work's title.
            labels = host_labels(link.url)[:2]
            named = find_mentions(link.trailer, labels, cue=False)
            if named and not find_mentions(link.text, labels, cue=False):
                link.title = looks_like_title(link.text, link.url, standalone=True)
                link.title_from_text = link.title is not None


def _closing_month_day(text: str, article_date: PartialDate | None) -> PartialDate | None:
    """The month and day a link's text ends with ("[Rail Technology Magazine on 12 April](...)"), read
    against the article's date; not one inside it ("[Top 10 May releases](...)")."""
    inferred = month_day_in(text, article_date)
    if inferred is None or not text.rstrip(" .,;:)").endswith(inferred[1]):
        return None
    return inferred[0]


def _merge(links: list[Link]) -> list[Link]:
    """One link per distinct URL, at its first appearance, with what every appearance says."""
    merged: dict[str, Link] = {}
    for link in sorted(links, key=lambda item: item.line):
        key = url_key(link.url) if link.error is None else "error:" + link.url
        first = merged.get(key)
        if first is None:
            merged[key] = link
            continue
        _take_fields(first, link)
    result = list(merged.values())
    if any(campaign_tagged(link.url) for link in result):  # campaign-tagged links are few
        result = _merge_tracked(result)
    return result


def _take_fields(first: Link, link: Link) -> None:
    """What ``link`` (another appearance of ``first``'s page) says that ``first`` does not."""
    for name in ("title", "date", "outlet", "archive_url", "access_date", "quote"):
        if getattr(first, name) is None and getattr(link, name) is not None:
            setattr(first, name, getattr(link, name))
    for note in link.notes:
        if note not in first.notes:
            first.notes.append(note)


def _merge_tracked(links: list[Link]) -> list[Link]:
    """A page linked both with campaign parameters (``?utm_source=rss...``: a feed's or a newsletter's copy)
    and without them is one citation, the page without them (with what both appearances say). The two are
    one citation at :func:`linkcheck.urls.untracked_key`'s level, on both sides: ``?ref=a`` and
    ``?ref=a&utm_source=x`` are one, as are ``/x?ref=a`` and ``/x?utm_source=y``; of several links without
    campaign parameters at that level, a tagged link joins the one it is the same request as
    (:func:`linkcheck.urls.resource_key`: ``?ref=b&utm_source=x`` joins ``?ref=b``, not ``?ref=a``), else the
    first."""
    tagged = {id(link) for link in links if link.error is None and campaign_tagged(link.url)}
    plain: dict[str, Link] = {}  # by untracked_key: the first link of each citation
    requests: dict[str, Link] = {}  # by resource_key: a tagged link's twin, one request but for its campaign
    for link in links:
        if link.error is None and id(link) not in tagged:
            plain.setdefault(untracked_key(link.url), link)
            requests.setdefault(resource_key(link.url), link)
    kept: list[Link] = []
    for link in links:
        other = None
        if id(link) in tagged:
            other = requests.get(resource_key(link.url)) or plain.get(untracked_key(link.url))
        if other is None:
            kept.append(link)
            continue
        _take_fields(other, link)
        if link.line < other.line:
            other.line = link.line
    return kept


#: Quotes a title may stand in, opening and closing: a title is read without them.
_OPENING_QUOTES = '"“„«‹《「『〈'
_TITLE_QUOTES = dict(zip(_OPENING_QUOTES, '"”“»›》」』〉', strict=True))


def _unquoted(title: str | None) -> str | None:
    """A title without the quotes around the whole of it (``«Title»``, ``《标题》``, ``“Title”``), unless
    what is inside holds another pair of them (``“A” and “B”``)."""
    if not title or len(title) < 3:
        return title
    closing = _TITLE_QUOTES.get(title[0])
    if closing is None or title[-1] != closing:
        return title
    inner = title[1:-1].strip()
    if title[0] in inner or (closing != title[0] and closing in inner):
        return title
    return inner or title


def _citation(link: Link, source: str, article: Article | None) -> Citation:
    return Citation(
        url=link.url,
        title=_unquoted(link.title),
        date=link.date,
        outlet=link.outlet,
        note="; ".join(link.notes) or None,
        source=source,
        line=link.line,
        article=article,
        archive_url=link.archive_url,
        access_date=link.access_date,
        quote=link.quote,
        error=link.error,
        published_label=link.published_label,
        date_readings=link.date_readings,
    )
