"""Citations in Markdown: inline links, reference-style links and their definitions, autolinks, bare URLs and
raw ``<a href>``; never anything inside code spans, fenced code blocks or HTML comments.

The link text is the cited title when it reads like one (:func:`~linkcheck.articles._base.looks_like_title`);
a link's ``"title"`` attribute is preferred when it does. Front matter (YAML ``---`` or TOML ``+++``) gives
the article's date (``date``, ``published``, ...), title and URL. Relative links are resolved against
``base_url`` or the front matter's absolute ``url``.
"""

from __future__ import annotations

import bisect
import functools
import html as html_lib
import re
from dataclasses import dataclass

from linkcheck.articles._base import (
    ABOUT_HEADING,
    CONTACT_HEADING,
    Lines,
    Link,
    Parsed,
    clean_text,
    find_urls,
    is_boilerplate,
    looks_like_title,
    quoted_around,
    resolve_url,
)
from linkcheck.articles._dates import parse_date, parse_date_field
from linkcheck.articles._entries import read_entries
from linkcheck.articles._line_dates import date_a_line_away
from linkcheck.articles._prose import names_host
from linkcheck.articles._records import column_role, header_roles
from linkcheck.articles.plaintext import dateline, diff_new_side
from linkcheck.lazyre import lazy_re

__all__ = ["parse"]

_FRONT_MATTER = lazy_re(
    r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)(?:\r?\n|\A)(?:(?P=fence)|\.\.\.)[ \t]*(?:\r?\n|\Z)",
    re.DOTALL,
)
_FM_FIELD = lazy_re(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
_DATE_KEYS = ("date", "published", "publishdate", "publish_date", "pubdate", "date_published",
              "published_at", "datepublished", "created")  # fmt: skip
_URL_KEYS = ("canonical", "canonical_url", "canonicalurl", "url", "permalink", "link")
_FENCE = lazy_re(r"^[ \t>]*(?P<fence>`{3,}|~{3,})")
_LINE = lazy_re(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")
_BACKTICKS = lazy_re(r"(?<!\\)`+")
_BLANK_LINE = lazy_re(r"\n[ \t]*\r?\n|\r[ \t]*\r")
_COMMENT = lazy_re(r"<!--.*?(?:-->|\Z)", re.DOTALL)
#: A Marp slide deck (its front matter says ``marp: true``) and its directives that a slide shows: a comment
#: ``<!-- _footer: 'Source: [Title](URL) (Org, D Month YYYY)' -->`` (``footer``, ``header``, with or without
#: the ``_`` that scopes it to one slide) is the slide's visible footer, not a note: its value is read as
#: Markdown (added after the thirty-second held-out batch: a slide's source link was dropped with the
#: comment). Other comments (presenter notes, ``_class``) stay blanked.
_MARP_SIGN = lazy_re(r"^marp:[ \t]*true[ \t]*$", re.MULTILINE)
_MARP_DIRECTIVE = lazy_re(
    r"<!--[ \t]*_?(?:footer|header)[ \t]*:[ \t]*(?P<q>['\"]?)(?P<value>[^\r\n]*?)(?P=q)[ \t]*-->"
)
_DEFINITION = lazy_re(
    r"^[ ]{0,3}\[(?P<label>(?:[^\[\]\\\r\n]|\\.){1,999})\]:[ \t]*(?:\r?\n[ \t]*)?"
    r"(?P<dest><[^<>\r\n]*>|\S+)"
    r"(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?P<title>\"[^\"\r\n]*\"|'[^'\r\n]*'|\([^()\r\n]*\)))?[ \t]*$",
    re.MULTILINE,
)
_RAW_ANCHOR = lazy_re(
    r"<a\b[^<>]{0,1000}?\bhref\s*=\s*(?:\"(?P<dq>[^\"<>]{0,4096})\"|'(?P<sq>[^'<>]{0,4096})'|"
    r"(?P<bare>[^\s\"'<>]{1,4096}))[^<>]{0,1000}>",
    re.IGNORECASE,
)
_RAW_CLOSE = lazy_re(r"</a\s*>", re.IGNORECASE)
_IMAGE = lazy_re(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)")
#: Emphasis and code markers; an underscore inside a word is a letter of it (``pg_upgrade``, ``snake_case``):
#: CommonMark never opens or closes emphasis with one there.
#: (Each alternative starts with its marker, and the escape is looked for behind it: the regex engine then
#: skips ahead to the next marker instead of trying every position.)
_EMPHASIS = lazy_re(r"[*~`](?<!\\.)[*~`]*|_(?<![\w\\]_)_*|_+(?!\w)")
_DATELINE_SPAN = 20_000
_LINE_LEAD = lazy_re(r"^[ \t>]*(?:[-*+]|\d{1,3}[.)])?[ \t]*(?:\[[ xX]\][ \t]*)?[*_]*$")
_ESCAPED = lazy_re(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")
_MAX_LINK_TEXT = 2000


#: A piece of a word every "About ..." or contact heading holds (the cheap test before the headings are read).
_ISSUER_WORDS = ("About", "ABOUT", "ontact", "ONTACT", "ontakt", "онтакт", "nquir", "NQUIR")


@functools.cache
def _heading_line() -> re.Pattern[str]:
    """An ATX heading line and its text (``### About the Lakeshore Institute``), compiled on first use (only
    a document holding an "About" or contact word needs it)."""
    return re.compile(r"^#{1,6}[ \t]+(?P<h>[^\r\n]*?)[ \t#]*$", re.MULTILINE)


def _mark_issuer_blocks(masked: str, constructs: list[_Construct]) -> None:
    """A press release's boilerplate in Markdown, as in HTML: the paragraph right after an ``About ...``
    heading (``### About the Lakeshore Institute``) or a contact heading (``### Media contacts``) holds the
    issuer's own links (its site, its profiles, its press office), not sources."""
    starts = [c.start for c in constructs]
    for m in _heading_line().finditer(masked):
        heading = m.group("h")
        if CONTACT_HEADING.match(heading) is None and ABOUT_HEADING.fullmatch(heading) is None:
            continue
        begin = m.end()
        while begin < len(masked) and masked[begin] in "\r\n \t":
            begin += 1
        blank = _BLANK_LINE.search(masked, begin)
        end = blank.start() if blank is not None else len(masked)
        for construct in constructs[bisect.bisect_left(starts, begin) : bisect.bisect_left(starts, end)]:
            if construct.link is not None:
                construct.link.boilerplate = True


@dataclass
class _Construct:
    start: int
    end: int
    text: str  # what the reader sees in place of the construct
    link: Link | None


def parse(text: str, *, base_url: str | None = None) -> Parsed:
    """Read the links of a Markdown document (a unified diff of one as the changed file now reads:
    :func:`~linkcheck.articles.plaintext.diff_new_side`, added after the seed20 probe)."""
    text = diff_new_side(text)
    parsed = Parsed()
    lines = Lines(text)
    sources: list[_Construct] = []
    masked = _mask(text, parsed, lines, sources)
    base = base_url or parsed.url
    definitions = _definitions(masked)
    pictures: set[str] = set()
    constructs, used_definitions = _links(masked, definitions, base, lines, pictures)
    constructs.extend(sources)
    taken = [(c.start, c.end) for c in constructs]
    for label, (start, end, dest, title, _) in definitions.items():
        taken.append((start, end))
        if label in used_definitions or label in pictures:
            continue
        link = _make_link(dest, base, lines.line(masked.find(dest, start)), title)
        if link is not None:
            link.standalone = True
            constructs.append(_Construct(start, end, masked[start:end], link))
    taken.sort()
    for start, end, url in find_urls(masked):
        if _inside(taken, start, end):
            continue
        if "\\" in url:  # a Markdown escape inside a bare URL (Reddit's editor writes "s-300\\_missiles")
            url = _ESCAPED.sub(r"\1", url)
        if "&amp;" in url:  # text whose "&" was escaped for HTML (Reddit's API: "?v=Hf3k&amp;t=252s")
            url = url.replace("&amp;", "&")
        link = Link(url=url, line=lines.line(start), standalone=_starts_line(masked, start))
        window = max(0, start - 200)  # "Unsubscribe: https://...": the line's label, if it is a short one
        line_start = max(masked.rfind("\n", window, start), masked.rfind("\r", window, start))
        if line_start >= 0 or window == 0:
            link.boilerplate = is_boilerplate(masked[line_start + 1 : start])
        if link.standalone:
            link.trailer = _trailer(masked, end)
        constructs.append(_Construct(start, end, masked[start:end], link))
    constructs.extend(_shortcode_posts(masked, lines))
    constructs.sort(key=lambda c: c.start)
    if "\n#" in masked and any(word in masked for word in _ISSUER_WORDS):
        _mark_issuer_blocks(masked, constructs)
    read_entries(masked, [(c.start, c.end, c.link) for c in constructs if c.link is not None])
    for c in constructs:  # a trailer on the next line, a date before the colon above (art49)
        if (link := c.link) is not None and link.date is None and link.error is None:
            link.date = date_a_line_away(masked, c.start, c.end)
    if (first_rule := _first_table_rule(masked)) >= 0:
        read_pipe_tables(masked, constructs, first_rule)
    parsed.prose = _prose(masked, constructs, parsed)
    if parsed.date is None:  # no front matter date: a dateline near the top ("Posted 2024-02-18 by ...")
        # (The dateline is looked for in the first 5,000 characters: the emphasis of the rest is not read.)
        parsed.date, parsed.date_line = dateline(_EMPHASIS.sub("", masked[:_DATELINE_SPAN]))
    if parsed.title is None:
        heading = _HEADING.search(masked)
        if heading:
            parsed.title = clean_text(_visible(heading.group("title"))) or None
    if parsed.title and masked.find("\nsource_url: http", max(0, len(masked) - 3000)) >= 0:
        _clipped_source(masked, constructs, parsed.title)
    return parsed


#: A pipe table's delimiter row (``|---|:---:|``), under its header row.
_TABLE_RULE = lazy_re(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", re.MULTILINE)
#: A table cell's separator: a ``|`` not escaped.
_CELL_BAR = lazy_re(r"(?<!\\)\|")
#: A cell struck through whole (GFM's ``~~...~~``).
_STRUCK = lazy_re(r"~~[^~]+~~")
_MARKDOWN_LINK_TEXT = lazy_re(r"!?\[([^\[\]]*)\]\([^()]*\)")


def _first_table_rule(text: str, pos: int = 0) -> int:
    """Where the first pipe table's delimiter row (:data:`_TABLE_RULE`) from ``pos`` on starts, or -1: each
    line holding ``---`` is tested (one search of the text for ``---``, a front matter's fences among its
    few finds; a pattern searched along the text would cost every document more)."""
    at = text.find("---", pos)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if "|" in text[start:end] and _TABLE_RULE.match(text, start) is not None:
            return start
        at = text.find("---", end)
    return -1


def _cells(line: str) -> list[str]:
    cells = _CELL_BAR.split(line.strip())
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return [cell.strip() for cell in cells]


def read_pipe_tables(text: str, constructs: list[_Construct], first_rule: int) -> None:
    """A pipe table of sources (added after the twenty-first held-out batch): under a header row naming a
    link column and two more that :func:`~._records.column_role` knows (``| Outlet | Headline | Published |
    Link |``), each row's one link (in its link column, or the title cell's link when that column holds
    none) is given the row's title, outlet and date. A row struck through in every cell but its number
    (``~~...~~``) is one the page withdrew: its links are no citations. Tables without such a header are
    left to the prose."""
    rule = first_rule
    while rule >= 0:
        header_end = text.rfind("\n", 0, rule)
        header_start = text.rfind("\n", 0, max(0, header_end)) + 1
        roles = (
            header_roles(map(column_role, _cells(text[header_start:header_end]))) if header_end > 0 else None
        )
        pos = text.find("\n", rule)
        if roles is not None:
            while pos >= 0:
                end = text.find("\n", pos + 1)
                end = len(text) if end < 0 else end
                row = text[pos + 1 : end]
                if "|" not in row:
                    break
                _read_row(row, roles, [c.link for c in constructs if c.link and pos < c.start < end])
                pos = end if end < len(text) else -1
        rule = _first_table_rule(text, pos) if pos >= 0 else -1


def _read_row(row: str, roles: dict[str, int], links: list[Link]) -> None:
    cells = _cells(row)
    if not links or len(cells) < len(roles):
        return
    struck = sum(1 for cell in cells if _STRUCK.fullmatch(cell))
    if struck >= 2 and all(
        _STRUCK.fullmatch(cell) or cell in ("", "—", "-") or cell.isdigit() for cell in cells
    ):
        for link in links:
            link.boilerplate = True  # a row struck through: withdrawn
        return
    cited = [link for link in links if link.archive_url is None]
    if len(cited) != 1:
        return
    link = cited[0]
    cell = {role: cells[i] for role, i in roles.items() if i < len(cells)}
    if title := clean_text(_visible(_MARKDOWN_LINK_TEXT.sub(r"\1", cell.get("title", "")))):
        link.title = title
    if outlet := clean_text(_visible(cell.get("outlet", ""))):
        link.outlet = outlet
    if cell.get("date") and (date := parse_date_field(_visible(cell["date"]))) is not None:
        link.date = date


def _clipped_source(text: str, constructs: list[_Construct], title: str) -> None:
    """A Joplin note's ``source_url:`` (the metadata block its raw export writes after the body: ``id:``,
    ``source_url:``, ..., ``type_: 1``; looked for in the last 3,000 characters) is the page the note
    clipped, titled as the note is (added after the twenty-first held-out batch: the web clipper names a
    note after the page's title)."""
    for construct in constructs:
        link = construct.link
        if (
            link is not None
            and link.title is None
            and text.startswith("source_url: ", construct.start - 12)
            and "\ntype_: " in text[construct.start :]
        ):
            link.title = title
            link.notes.append("the clipped page (Joplin's source_url)")


_HEADING = lazy_re(r"^#[ \t]+(?P<title>[^\r\n#]+)", re.MULTILINE)
#: Hugo's embedded-post shortcode, ``{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}`` (also ``x``):
#: the page shows that post, as a cited tweet; its address is written nowhere but in the two arguments.
_POST_SHORTCODE = lazy_re(r"\{\{[<%][ \t]*(?:tweet|x)[ \t]+(?P<args>[^\r\n{}]{1,300}?)[ \t]*[>%]\}\}")
_SHORTCODE_ARG = lazy_re(r"(?P<key>user|id)[ \t]*=[ \t]*[\"'`]?(?P<value>[\w.-]+)")


def _shortcode_posts(masked: str, lines: Lines) -> list[_Construct]:
    """The posts Hugo's ``tweet``/``x`` shortcodes embed, as links to them (``https://twitter.com/USER/status
    /ID``, the address the shortcode renders), standing alone as an embed does."""
    if "{{" not in masked or ("tweet" not in masked and "{{< x " not in masked and "{{% x " not in masked):
        return []
    found: list[_Construct] = []
    for m in _POST_SHORTCODE.finditer(masked):
        args = {a.group("key"): a.group("value") for a in _SHORTCODE_ARG.finditer(m.group("args"))}
        if "user" in args and args.get("id", "").isdigit():
            url = f"https://twitter.com/{args['user']}/status/{args['id']}"
            link = Link(url=url, line=lines.line(m.start()), standalone=True)
            found.append(_Construct(m.start(), m.end(), "", link))
    return found


# --- masking: front matter, code, comments --------------------------------------------------------------


_NOT_LINE_END = lazy_re(r"[^\r\n]")


def _blank(segment: str) -> str:
    return _NOT_LINE_END.sub(" ", segment)


def _blanked(text: str, regions: list[tuple[int, int]]) -> str:
    """``text`` with each of ``regions`` (start, end) blanked but for its line ends (offsets kept), in the
    order of their starts; one that starts inside an earlier one is passed over."""
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(regions):
        if start < cursor:
            continue
        pieces.append(text[cursor:start])
        pieces.append(_blank(text[start:end]))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _mask(text: str, parsed: Parsed, lines: Lines, sources: list[_Construct]) -> str:
    """``text`` with front matter, fenced code, code spans and HTML comments blanked (offsets kept); the
    sources a front matter lists (:func:`_front_matter_sources`) added to ``sources``."""
    regions: list[tuple[int, int]] = []
    front = _FRONT_MATTER.match(text)
    body_start = 0
    if front:
        body = front.group("body")
        if front.group("fence") == "+++" and (body[:1] == "[" or "\n[" in body or "\n [" in body):
            # TOML's tables of sources (``[[sources]]``): cited, and kept out of the page's own fields
            toml_sources, spans = _toml_front_matter_sources(body, front.start("body"), lines)
            sources.extend(toml_sources)
            body = _blanked(body, spans)
        _front_matter(body, parsed, lines.line(front.start("body")))
        if _NESTED_URL_KEY.search(body) is not None:
            sources.extend(_front_matter_sources(body, front.start("body"), lines))
        if "{" in body:  # YAML's flow mappings, TOML's inline tables: ``- {title: ..., url: ...}``
            sources.extend(_inline_front_matter_sources(body, front.start("body"), lines))
        regions.append((0, front.end()))
        body_start = front.end()
    regions.extend(_fences(text, body_start))
    regions.extend(_highlights(text, body_start))
    if "export " in text or "import " in text:
        regions.extend(_esm_statements(text, body_start))
    if "[quote=" in text or "[QUOTE=" in text:  # a forum's quotation of another post (BBCode)
        regions.extend(m.span() for m in _FORUM_QUOTE.finditer(text, body_start))
    if "{/*" in text:  # MDX's comment: ``{/* a dropped source: https://... */}``
        regions.extend(m.span() for m in _MDX_COMMENT.finditer(text, body_start))
    masked = _blanked(text, regions)
    spans = _code_spans(masked)
    marp = front is not None and _MARP_SIGN.search(front.group("body")) is not None
    for m in _COMMENT.finditer(masked):
        shown = _MARP_DIRECTIVE.fullmatch(masked, m.start(), m.end()) if marp else None
        if shown is not None and shown.group("value"):  # the words a slide shows: kept, the rest blanked
            spans.extend(((m.start(), shown.start("value")), (shown.end("value"), m.end())))
        else:
            spans.append((m.start(), m.end()))
    return _blanked(masked, spans)


def _front_matter(body: str, parsed: Parsed, first_line: int) -> None:
    fields: dict[str, tuple[str, int]] = {}
    for m in _FM_FIELD.finditer(body):
        key = m.group("key").lower()
        value = m.group("value").strip().strip("\"'").strip()
        if value and key not in fields:
            fields[key] = (value, first_line + body.count("\n", 0, m.start()))
    for key in _DATE_KEYS:
        if key in fields:
            value = parse_date(fields[key][0])
            if value is not None:
                parsed.date, parsed.date_line = value, fields[key][1]
                break
    if "title" in fields:
        parsed.title = clean_text(fields["title"][0]) or None
    for key in _URL_KEYS:
        if key in fields and re.match(r"https?://[^\s/]+", fields[key][0], re.IGNORECASE):
            parsed.url = fields[key][0]
            break
    if parsed.url is None and (nested := _NESTED_CANONICAL.search(body)) is not None:
        parsed.url = nested.group("url")  # Hugo's ``[params]`` table: ``  canonicalURL = "https://..."``


#: A nested ``url:`` (``link:``, ``href:``, CSL's ``URL:``) in a front matter, indented or opening a list
#: item: an entry of a list of sources (Astro's or Hugo's ``sources:``, Pandoc's CSL ``references:``),
#: never the page's own address (a key at the top level).
_NESTED_URL_KEY = lazy_re(
    r"^(?P<indent>[ \t]*)(?P<dash>-[ \t]+)?(?i:url|link|href)[ \t]*:[ \t]*[\"']?"
    r"(?P<url>(?i:https?)://[^\s\"']+)[\"']?[ \t]*$",
    re.MULTILINE,
)
_FM_LINE = lazy_re(
    r"^(?P<indent>[ \t]*)(?P<dash>-[ \t]+)?(?:(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?P<value>.*)|.*)$"
)
_SOURCE_TITLE_KEYS = ("title",)
_SOURCE_OUTLET_KEYS = ("publisher", "container-title", "publication", "outlet", "source", "website", "site",
                       "journal", "newspaper", "work")  # fmt: skip
_SOURCE_DATE_KEYS = ("date", "issued", "published", "pubdate", "publishdate")
_SOURCE_ACCESS_KEYS = ("accessed", "access-date", "access_date", "accessdate", "retrieved")
#: CSL's date parts (``issued: {date-parts: [[2023, 9, 20]]}`` or the block form ``- [2023, 9, 20]``).
_DATE_PARTS = lazy_re(r"\[[ \t]*(\d{4})(?:[ \t]*,[ \t]*(\d{1,2}))?(?:[ \t]*,[ \t]*(\d{1,2}))?[ \t]*\]")


#: The keys of a front matter's list of sources: under them an entry's ``name`` is its outlet's (added after
#: the twentieth held-out batch), where elsewhere ``name``/``url`` is a menu's or an author's entry.
_SOURCE_LIST_KEYS = frozenset(["sources", "source", "references", "citations", "bibliography"])


def _parent_key(rows: list[re.Match[str] | None], first: int) -> str | None:
    """The key of the list or map holding the front matter entry whose first row is ``first``, lower-cased:
    the nearest row above indented less, or as much without a dash (``sources:`` over ``- name: ...``); else
    ``None`` (and for a key that holds a value on its own row)."""
    start = rows[first]
    if start is None:
        return None
    indent = len(start.group("indent"))
    for row in reversed(rows[:first]):
        if row is None:
            continue
        row_indent = len(row.group("indent"))
        if row_indent < indent or (row_indent == indent and row.group("dash") is None):
            key = row.group("key")
            return key.lower() if key and not row.group("value").strip() else None
    return None


def _front_matter_sources(body: str, offset: int, lines: Lines) -> list[_Construct]:
    """The sources a front matter lists: each mapping (a list item, or a nested map) that holds a ``url``
    beside a ``title`` or a publisher (``publisher``, CSL's ``container-title``...), read for its title,
    outlet, date (an ISO date, or CSL's ``date-parts``) and access date. A nested ``url`` with neither (a
    menu entry's ``name``/``url``) is no source, but under a list of sources (:data:`_SOURCE_LIST_KEYS`) an
    entry's ``name`` is its outlet."""
    rows = body.split("\n")
    parsed_rows = [_FM_LINE.match(row) for row in rows]
    found: list[_Construct] = []
    for m in _NESTED_URL_KEY.finditer(body):
        if not m.group("indent") and not m.group("dash"):
            continue
        index = body.count("\n", 0, m.start())
        key_indent = len(m.group("indent")) + len(m.group("dash") or "")
        first = index
        if not m.group("dash"):  # the item's first key may be above: back to its dash or its map's start
            while first > 0:
                row = parsed_rows[first - 1]
                if row is None or not rows[first - 1].strip():
                    break
                indent = len(row.group("indent"))
                if row.group("dash") and indent + len(row.group("dash")) == key_indent:
                    first -= 1  # the item's dash
                    break
                if indent < key_indent:
                    break
                first -= 1  # another key of the item, or what is nested under one
        last = index + 1
        while last < len(rows):
            row = parsed_rows[last]
            if row is None or not rows[last].strip():
                break
            if row.group("dash") and len(row.group("indent")) + len(row.group("dash")) <= key_indent:
                break
            if len(row.group("indent")) < key_indent and not row.group("dash"):
                break
            last += 1
        fields: dict[str, str] = {}
        current = ""
        for i in range(first, last):
            row = parsed_rows[i]
            if row is None:
                continue
            indent = len(row.group("indent")) + len(row.group("dash") or "")
            if row.group("key") and indent == key_indent:
                current = row.group("key").lower()
                fields.setdefault(current, row.group("value").strip().strip("\"'").strip())
            elif current and indent > key_indent and not fields.get(current):
                parts = _DATE_PARTS.search(rows[i])
                if parts is not None:
                    fields[current] = "-".join(
                        f"{int(p):02d}" if n else p for n, p in enumerate(parts.groups()) if p
                    )
        title = next((fields[k] for k in _SOURCE_TITLE_KEYS if fields.get(k)), None)
        outlet = next((fields[k] for k in _SOURCE_OUTLET_KEYS if fields.get(k)), None)
        if outlet is None and fields.get("name") and _parent_key(parsed_rows, first) in _SOURCE_LIST_KEYS:
            outlet = fields["name"]  # ``sources: - name: Outlet / url: ...``: a source's name is its outlet
        if title is None and outlet is None:
            continue
        link = Link(url=m.group("url"), line=lines.line(offset + m.start("url")), standalone=True)
        link.title = clean_text(title) if title else None
        link.outlet = clean_text(outlet) if outlet else None
        date = next((fields[k] for k in _SOURCE_DATE_KEYS if fields.get(k)), None)
        link.date = parse_date(date) if date else None
        access = next((fields[k] for k in _SOURCE_ACCESS_KEYS if fields.get(k)), None)
        link.access_date = parse_date(access) if access else None
        found.append(_Construct(offset + m.start("url"), offset + m.end("url"), "", link))
    return found


#: A TOML table's header on its own line: ``[[sources]]`` (an array of tables: one entry each),
#: ``[[params.sources]]``, ``[params]``.
_TOML_TABLE = lazy_re(
    r"^[ \t]*\[\[?[ \t]*(?P<name>[A-Za-z_][\w.-]*)[ \t]*\]\]?[ \t]*(?:#[^\r\n]*)?\r?$", re.MULTILINE
)
#: A TOML key and its value on one line (``title = "..."``, ``date = 2024-02-01``), a comment after it.
_TOML_KEY = lazy_re(
    r"^[ \t]*(?P<key>[A-Za-z_][\w-]*)[ \t]*=[ \t]*"
    r"(?:\"(?P<double>[^\"\r\n]*)\"|'(?P<single>[^'\r\n]*)'|(?P<bare>[^#\r\n]*?))[ \t]*(?:#[^\r\n]*)?\r?$",
    re.MULTILINE,
)


def _first_value(fields: dict[str, tuple[str, int]], keys: tuple[str, ...]) -> str | None:
    """The first non-empty value of ``keys`` among a TOML table's ``fields``, else ``None``."""
    return next((fields[k][0] for k in keys if k in fields and fields[k][0]), None)


def _toml_front_matter_sources(
    body: str, offset: int, lines: Lines
) -> tuple[list[_Construct], list[tuple[int, int]]]:
    """The sources a TOML front matter (``+++``) lists as tables, ``[[sources]]`` then ``title = "..."``,
    ``url = "..."``, ``publisher = "..."``: each table holding an http(s) ``url`` (``link``, ``href``) beside
    a title or a publisher (the keys YAML's entries are read by, :func:`_front_matter_sources`; under a list
    of sources, ``[[sources]]``, a ``name`` is the outlet) is a citation at its ``url``'s line; and the spans
    of those tables, which are no part of the page's own fields (a source's ``url`` is not the page's
    address, its ``date`` not the page's date). Why: Hugo writes front matter in TOML as often as in YAML,
    where a list of sources is an array of tables whose keys open their lines (added after the sixth site
    probe: such a post's sources were not cited). A table without such a link (``[params]``, a menu's
    ``[[menu.main]]`` with ``name`` and ``url`` only) is left to the page's fields."""
    headers = list(_TOML_TABLE.finditer(body))
    found: list[_Construct] = []
    spans: list[tuple[int, int]] = []
    for n, header in enumerate(headers):
        end = headers[n + 1].start() if n + 1 < len(headers) else len(body)
        fields: dict[str, tuple[str, int]] = {}
        for m in _TOML_KEY.finditer(body, header.end(), end):
            group = (
                "double"
                if m.group("double") is not None
                else "single"
                if m.group("single") is not None
                else "bare"
            )
            fields.setdefault(m.group("key").lower(), (m.group(group).strip(), m.start(group)))
        url_field = next((fields[k] for k in ("url", "link", "href") if k in fields), None)
        if url_field is None or re.match(r"(?i:https?)://[^\s/]+", url_field[0]) is None:
            continue
        title = _first_value(fields, _SOURCE_TITLE_KEYS)
        outlet = _first_value(fields, _SOURCE_OUTLET_KEYS)
        listed = header.group("name").rsplit(".", 1)[-1].lower() in _SOURCE_LIST_KEYS
        if outlet is None and listed:
            outlet = _first_value(fields, ("name",))  # ``[[sources]]`` / ``name = "Outlet"``
        if title is None and outlet is None:
            continue
        start = offset + url_field[1]
        link = Link(url=url_field[0], line=lines.line(start), standalone=True)
        link.title = clean_text(title) if title else None
        link.outlet = clean_text(outlet) if outlet else None
        date = _first_value(fields, _SOURCE_DATE_KEYS)
        link.date = parse_date(date) if date else None
        access = _first_value(fields, _SOURCE_ACCESS_KEYS)
        link.access_date = parse_date(access) if access else None
        found.append(_Construct(start, start + len(url_field[0]), "", link))
        spans.append((header.start(), end))
    return found, spans


#: One inline mapping on one line: YAML's flow mapping (``{title: "...", url: "..."}``) or TOML's inline
#: table (``{ title = "...", url = "..." }``), nothing nested.
_INLINE_MAP = lazy_re(r"\{(?P<pairs>[^{}\r\n]*)\}")
#: One ``key: value`` / ``key = value`` pair of an inline mapping, its value quoted or bare up to a comma.
_INLINE_PAIR = lazy_re(
    r"(?P<key>[A-Za-z_][\w-]*)[ \t]*(?::|=)[ \t]*"
    r"(?:\"(?P<double>[^\"\r\n]*)\"|'(?P<single>[^'\r\n]*)'|(?P<bare>[^,}\r\n]*?))[ \t]*(?:,|$)"
)
#: A front matter row's own key, before its value (``sources = [``, ``related: [{...}]``, ``  - {...}``).
_ROW_KEY = lazy_re(r"^[ \t]*(?P<key>[A-Za-z_][\w-]*)[ \t]*[:=]")


def _inline_front_matter_sources(body: str, offset: int, lines: Lines) -> list[_Construct]:
    """The sources a front matter lists as inline mappings, one on a line: YAML's flow style (``sources:``
    / ``- {title: "...", url: "..."}``, ``related: [{title: ..., url: ...}]``) and TOML's array of inline
    tables (``sources = [{ title = "...", url = "..." }]``, one a line or all on one). Each mapping holding
    an http(s) ``url`` (``link``, ``href``) beside a title or a publisher (the keys the block form is read by,
    :func:`_front_matter_sources`; under a list of sources a ``name`` is the outlet) is a citation at its
    ``url``'s line. Why: both languages spell a list of mappings this way as well as in blocks, and a Hugo or
    Jekyll post that did cited nothing (added after the seventh site probe: the sixth's leftover). A
    mapping without an http(s) link (a menu's ``{name: Home, url: /}``) is none."""
    found: list[_Construct] = []
    for m in _INLINE_MAP.finditer(body):
        pairs = m.group("pairs")
        if "url" not in pairs.lower() and "link" not in pairs.lower() and "href" not in pairs.lower():
            continue
        fields: dict[str, tuple[str, int]] = {}
        for pair in _INLINE_PAIR.finditer(pairs):
            group = (
                "double"
                if pair.group("double") is not None
                else "single"
                if pair.group("single") is not None
                else "bare"
            )
            value = pair.group(group).strip()
            fields.setdefault(pair.group("key").lower(), (value, m.start("pairs") + pair.start(group)))
        url_field = next((fields[k] for k in ("url", "link", "href") if k in fields), None)
        if url_field is None or re.match(r"(?i:https?)://[^\s/]+", url_field[0]) is None:
            continue
        title = _first_value(fields, _SOURCE_TITLE_KEYS)
        outlet = _first_value(fields, _SOURCE_OUTLET_KEYS)
        if outlet is None and _inline_parent_key(body, m.start()) in _SOURCE_LIST_KEYS:
            outlet = _first_value(fields, ("name",))
        if title is None and outlet is None:
            continue
        start = offset + url_field[1]
        link = Link(url=url_field[0], line=lines.line(start), standalone=True)
        link.title = clean_text(title) if title else None
        link.outlet = clean_text(outlet) if outlet else None
        date = _first_value(fields, _SOURCE_DATE_KEYS)
        link.date = parse_date(date) if date else None
        access = _first_value(fields, _SOURCE_ACCESS_KEYS)
        link.access_date = parse_date(access) if access else None
        found.append(_Construct(start, start + len(url_field[0]), "", link))
    return found


def _inline_parent_key(body: str, at: int) -> str | None:
    """The key an inline mapping at ``at`` belongs to, lower-cased: its own row's key (``sources = [{``),
    else that of the nearest row above holding a key and nothing after it but an opening bracket
    (``sources:``, ``sources = [``); ``None`` at the top."""
    row_start = body.rfind("\n", 0, at) + 1
    own = _ROW_KEY.match(body, row_start, at)
    if own is not None:
        return own.group("key").lower()
    while row_start > 0:
        above = body.rfind("\n", 0, row_start - 1) + 1
        row = body[above : row_start - 1]
        key = _ROW_KEY.match(row)
        if key is not None:
            rest = row[key.end() :].strip()
            return key.group("key").lower() if rest in ("", "[") else None
        row_start = above
    return None


#: An MDX page's ES module statement opening a line: ``import X from '...'``, ``export const meta = {``,
#: ``export default function ...``.
_ESM_LINE = lazy_re(
    r"^(?:import[ \t]+(?:[\w*{}, \t$]+[ \t]+from[ \t]+)?[\"']|"
    r"export[ \t]+(?:const|let|var|default|function|async[ \t]+function|class|\{))[^\r\n]*",
    re.MULTILINE,
)


#: A forum's quotation of another member's post, in BBCode (added after the seed23 probe: a Discourse post's
#: raw Markdown, ``[quote="nightdesk, post:2, topic:4127"] ... [/quote]``; phpBB's ``[quote=name]``): the
#: quoted member's words and links, not the writer's citations. Only a quotation naming whom it quotes.
_FORUM_QUOTE = lazy_re(r"\[quote=[^\]\r\n]{1,200}\].*?(?:\[/quote\]|\Z)", re.IGNORECASE | re.DOTALL)
#: An MDX comment, ``{/* ... */}`` (JSX's; MDX 2 has no HTML comments), over lines too. Why: a source
#: commented out of an MDX page was cited (added after the seventh site probe).
_MDX_COMMENT = lazy_re(r"\{/\*.*?\*/\}", re.DOTALL)


def _esm_statements(text: str, start: int) -> list[tuple[int, int]]:
    """The ES module statements of an MDX page (``import``/``export`` lines, and an ``export``'s object or
    function body to the line that opens with its closing bracket): code, so a URL in them (a cover image,
    a component's path) is no citation. Why: an MDX page's ``export const meta = {..., cover: 'https://...'}``
    was cited as a bare link (added after the seventh site probe). Only a line opening with the statement's
    own syntax counts (``import X from '...'``, ``export const``...): prose saying "export" does not."""
    regions: list[tuple[int, int]] = []
    for m in _ESM_LINE.finditer(text, start):
        end = m.end()
        line = m.group(0).rstrip()
        if line.startswith("export") and line[-1:] in "{([":
            closer = re.compile(r"^[})\]]", re.MULTILINE).search(text, end)
            if closer is not None:
                end = text.find("\n", closer.start())
                end = len(text) if end < 0 else end
        regions.append((m.start(), end))
    return regions


#: A canonical address in a front matter's nested table or map (``[params]`` / ``canonicalURL = "..."``).
_NESTED_CANONICAL = lazy_re(
    r"^[ \t]+(?i:canonical(?:_?url)?)[ \t]*[:=][ \t]*[\"']?(?P<url>(?i:https?)://[^\s\"']+)", re.MULTILINE
)


def _fences(text: str, start: int) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    if text.find("```", start) < 0 and text.find("~~~", start) < 0:
        return regions  # no line can open a fence
    open_at: int | None = None
    fence = ""
    for m in _LINE.finditer(text, start):
        if m.start() == m.end():
            break
        opener = _FENCE.match(m.group(0))
        if open_at is None:
            if opener and not (opener.group("fence")[0] == "`" and "`" in m.group(0)[opener.end() :]):
                open_at, fence = m.start(), opener.group("fence")
        elif (
            opener
            and opener.group("fence")[0] == fence[0]
            and len(opener.group("fence")) >= len(fence)
            and not m.group(0)[opener.end() :].strip()
        ):
            regions.append((open_at, m.end()))
            open_at = None
    if open_at is not None:
        regions.append((open_at, len(text)))
    return regions


#: A static site generator's code block: Jekyll's ``{% highlight lang %}...{% endhighlight %}``, Hugo's
#: ``{{< highlight lang >}}...{{< /highlight >}}`` (an unclosed one runs to the end, as a fence does).
_HIGHLIGHT_OPEN = lazy_re(
    r"\{%-?[ \t]*highlight\b[^%\r\n]{0,200}%\}|\{\{[<%][ \t]*highlight\b[^\r\n]{0,200}?[>%]\}\}"
)
_HIGHLIGHT_CLOSE = lazy_re(r"\{%-?[ \t]*endhighlight[ \t]*-?%\}|\{\{[<%][ \t]*/highlight[ \t]*[>%]\}\}")


def _highlights(text: str, start: int) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    if "highlight" not in text:
        return regions
    pos = start
    while (opener := _HIGHLIGHT_OPEN.search(text, pos)) is not None:
        closer = _HIGHLIGHT_CLOSE.search(text, opener.end())
        if closer is None:
            regions.append((opener.start(), len(text)))
            break
        regions.append((opener.start(), closer.end()))
        pos = closer.end()
    return regions


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Code spans: a run of backticks up to the next run of the same length in the same paragraph."""
    runs = list(_BACKTICKS.finditer(text))
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(runs):
        opener = runs[i]
        size = len(opener.group(0))
        j = i + 1
        found = None
        while j < len(runs) and j - i <= 200:
            between = text[opener.end() : runs[j].start()]
            if _BLANK_LINE.search(between):
                break
            if len(runs[j].group(0)) == size:
                found = j
                break
            j += 1
        if found is None:
            i += 1
            continue
        spans.append((opener.start(), runs[found].end()))
        i = found + 1
    return spans


# --- links ----------------------------------------------------------------------------------------------


def _normalize_label(label: str) -> str:
    return " ".join(label.split()).casefold()


def _definitions(masked: str) -> dict[str, tuple[int, int, str, str | None, int]]:
    """Reference definitions by normalised label: ``(start, end, destination, title, dest offset)``."""
    found: dict[str, tuple[int, int, str, str | None, int]] = {}
    for m in _DEFINITION.finditer(masked):
        label = m.group("label")
        if label.startswith("^"):  # a footnote, not a link definition
            continue
        key = _normalize_label(label)
        if not key or key in found:
            continue
        dest = m.group("dest")
        if dest.startswith("<") and dest.endswith(">"):
            dest = dest[1:-1]
        title = m.group("title")[1:-1] if m.group("title") else None
        found[key] = (m.start(), m.end(), dest, title, m.start("dest"))
    return found


#: Joplin's link to another note or to a resource of its own (``[Note](:/2b7d4e9f...)``, ``![](:/6c1e...)``):
#: ``:/`` and the item's 32 hexadecimal digits.
_JOPLIN_ITEM = lazy_re(r":/[0-9a-f]{32}")


def _make_link(dest: str, base: str | None, line: int, title_attr: str | None) -> Link | None:
    dest = html_lib.unescape(_ESCAPED.sub(r"\1", dest.strip()))
    if dest.startswith(":/") and _JOPLIN_ITEM.fullmatch(dest):
        return None  # another note of the notebook (added after the twenty-first held-out batch): no page
    url, error = resolve_url(dest, base)
    if url is None and error is None:
        return None
    link = Link(url=url or dest, line=line, error=error)
    if title_attr:
        visible = _visible(title_attr)
        if url is not None and names_host(visible, url):  # ``[text][mt]`` / ``[mt]: URL (The Moscow Times)``
            link.outlet = clean_text(visible)
        else:
            link.title = looks_like_title(visible, link.url, standalone=True)
    return link


_HTML_TAG = lazy_re(r"<[^<>]+>")


def _visible(text: str) -> str:
    """Link text as a reader sees it: images as their alt text, emphasis markers and escapes removed."""
    text = _IMAGE.sub(lambda m: m.group("alt"), text)
    text = _HTML_TAG.sub("", text)
    return html_lib.unescape(_ESCAPED.sub(r"\1", _EMPHASIS.sub("", text)))


def _links(
    masked: str,
    definitions: dict[str, tuple[int, int, str, str | None, int]],
    base: str | None,
    lines: Lines,
    pictures: set[str],
) -> tuple[list[_Construct], set[str]]:
    """Inline links, reference links (and which definitions they use) and raw ``<a href>`` anchors; the
    labels of the definitions that reference-style images use are added to ``pictures``."""
    constructs: list[_Construct] = []
    used: set[str] = set()
    pos = 0
    n = len(masked)
    pairs = _bracket_pairs(masked)
    closers = [(m.start(), m.end()) for m in _RAW_CLOSE.finditer(masked)]
    bracket = anchor = -2  # next "[" and "<a" at or after pos (-1: none left; -2: not searched yet)
    while True:
        if bracket != -1 and bracket < pos:
            bracket = masked.find("[", pos)
        if anchor != -1 and anchor < pos:
            anchor = masked.find("<a", pos)
        if bracket < 0 and anchor < 0:
            break
        if anchor >= 0 and (bracket < 0 or anchor < bracket):
            m = _RAW_ANCHOR.match(masked, anchor)
            closing = bisect.bisect_left(closers, (m.end(), 0)) if m else len(closers)
            if m is None or closing >= len(closers) or closers[closing][0] - m.end() > _MAX_LINK_TEXT:
                pos = anchor + 2
                continue
            close_start, close_end = closers[closing]
            href = m.group("dq") or m.group("sq") or m.group("bare") or ""
            link = _make_link(href, base, lines.line(m.start()), None)
            label = _visible(masked[m.end() : close_start])
            if link is not None:
                _give_text_title(link, label, masked, m.start(), close_end)
            constructs.append(_Construct(m.start(), close_end, label, link))
            pos = close_end
            continue
        start = bracket
        if _escaped(masked, start):
            pos = start + 1
            continue
        close = pairs.get(start)
        if close is None:
            pos = start + 1
            continue
        inner = masked[start + 1 : close]
        after = close + 1
        construct: _Construct | None = None
        if start > 0 and masked[start - 1] == "!" and not _escaped(masked, start - 1):
            # An image: not a citation, but its source URL must not be read as a bare link either.
            image = _inline_destination(masked, after) if masked.startswith("(", after) else None
            end = image[2] if image is not None else after
            if image is None and definitions:  # ``![alt][photo]``: the picture's definition is no citation
                end = _image_reference(masked, inner, after, definitions, pictures)
            constructs.append(_Construct(start - 1, end, _visible(inner), None))
            pos = end
            continue
        if after < n and masked[after] == "(":
            parsed_dest = _inline_destination(masked, after)
            if parsed_dest is not None:
                dest, title_attr, end, dest_at = parsed_dest
                link = _make_link(dest, base, lines.line(dest_at), title_attr)
                label = _visible(inner)
                if link is not None:
                    _give_text_title(link, label, masked, start, end)
                    link.boilerplate = link.boilerplate or _is_badge(inner)
                construct = _Construct(start, end, label, link)
        if construct is None:
            ref_end = after
            key = _normalize_label(inner)
            m = _REFERENCE_LABEL.match(masked, after)
            if m:
                ref_end = m.end()
                if m.group(1).strip():
                    key = _normalize_label(m.group(1))
            elif masked.startswith(":", after):
                key = ""  # a definition line, read separately
            if key and key in definitions:
                _, _, dest, title_attr, dest_at = definitions[key]
                used.add(key)
                link = _make_link(dest, base, lines.line(dest_at), title_attr)
                label = _visible(inner)
                if link is not None:
                    _give_text_title(link, label, masked, start, ref_end)
                    link.boilerplate = link.boilerplate or _is_badge(inner)
                construct = _Construct(start, ref_end, label, link)
        if construct is None:
            pos = start + 1
            continue
        constructs.append(construct)
        pos = construct.end
    return constructs, used


def _image_reference(
    masked: str,
    inner: str,
    after: int,
    definitions: dict[str, tuple[int, int, str, str | None, int]],
    pictures: set[str],
) -> int:
    """Where a reference-style image (``![alt][label]``, ``![alt][]``, ``![alt]``) ends, its definition's
    label added to ``pictures`` (a picture's source, never read as a cited link)."""
    m = _REFERENCE_LABEL.match(masked, after)
    key = _normalize_label(m.group(1)) if m is not None and m.group(1).strip() else _normalize_label(inner)
    if key in definitions:
        pictures.add(key)
        return m.end() if m is not None else after
    return after


#: A link's text that is nothing but an image: ``[![build](https://.../badge.svg)](https://ci...)``.
_IMAGE_ONLY = lazy_re(r"\s*!\[[^\[\]]*\]\(\s*<?(?P<src>[^()\s<>]+)>?(?:\s+[\"'(][^\"')]*[\"')])?\s*\)\s*")


def _is_badge(inner: str) -> bool:
    """A linked status badge (an image whose address says ``badge``: ``/badge.svg``, ``/badge/...``): a
    README's build, coverage or version sign, linking to the service behind it, not a cited source."""
    m = _IMAGE_ONLY.fullmatch(inner)
    return m is not None and "badge" in m.group("src").lower()


_REFERENCE_LABEL = lazy_re(r"\[((?:[^\[\]\\]|\\.){0,999})\]")


def _escaped(text: str, index: int) -> bool:
    count = 0
    while index - count - 1 >= 0 and text[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


#: An escape, a bracket or a blank line: what ``\\.|[\[\]]|\n[ \t]*\r?\n|\r[ \t]*\r`` matches, written to
#: start with a character class (so that the regex engine skips ahead to the next candidate), the rest of
#: each alternative after a lookbehind for its first character.
_BRACKET_TOKEN = lazy_re(
    r"[\\\[\]\n\r](?:(?<=\\).|(?<=[\[\]])|(?<=\n)[ \t]*\r?\n|(?<=\r)[ \t]*\r)", re.DOTALL
)


def _bracket_pairs(text: str) -> dict[int, int]:
    """Each ``[`` with its matching ``]`` (escapes skipped; a blank line ends every open bracket), found in
    one pass so that a page of ten thousand ``[`` is read once, not ten thousand times."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for m in _BRACKET_TOKEN.finditer(text):
        token = m.group(0)
        if token == "[":
            stack.append(m.start())
        elif token == "]":
            if stack:
                opener = stack.pop()
                if m.start() - opener <= _MAX_LINK_TEXT:
                    pairs[opener] = m.start()
        elif token[0] in "\r\n":
            stack.clear()
    return pairs


#: Destination characters with no meaning of their own: not a backslash, space, control character, bracket
#: ``]`` or parenthesis.
_DEST_PLAIN = lazy_re(r"[^\\\s\x00-\x1f\]()]+")


def _inline_destination(text: str, paren: int) -> tuple[str, str | None, int, int] | None:
    """Parse ``(dest "title")`` at ``paren``: ``(dest, title, end, dest offset)`` or ``None``."""
    i = paren + 1
    n = len(text)
    i = _skip_space(text, i)
    dest_at = i
    if i < n and text[i] == "<":
        close = text.find(">", i, i + 4096)
        if close < 0 or "\n" in text[i:close]:
            return None
        dest = text[i + 1 : close].replace(" ", "%20")
        i = close + 1
    else:
        depth = 0
        start = i
        limit = min(n, start + 4096)
        while i < n and i - start < 4096:
            plain = _DEST_PLAIN.match(text, i, limit)
            if plain is not None:
                i = plain.end()  # characters the loop below would only step over
                continue
            char = text[i]
            if char == "\\" and i + 1 < n:
                i += 2
                continue
            if char.isspace() or ord(char) < 0x20:
                break
            if char == "]" and text.startswith("](", i):
                return None  # another link starts inside: this destination never closed
            if char == "(":
                depth += 1
            elif char == ")":
                if depth == 0:
                    break
                depth -= 1
            i += 1
        dest = text[start:i]
    i = _skip_space(text, i)
    title: str | None = None
    if i < n and text[i] in "\"'(":
        closer = ")" if text[i] == "(" else text[i]
        close = text.find(closer, i + 1, i + 4096)
        if close < 0 or _BLANK_LINE.search(text, i, close):
            return None
        title = text[i + 1 : close]
        i = _skip_space(text, close + 1)
    if i < n and text[i] == ")":
        return dest, title, i + 1, dest_at
    return None


def _line_label_is_boilerplate(masked: str, start: int) -> bool:
    """Whether the text before a link on its line opens with a site's or a show's label ("Follow us on
    [Mastodon]", "Listen on [Apple Podcasts] · [Spotify]"), as it does for a bare URL's: a short line's
    label, the 500 characters before the link at most (the links before it on the line count their URLs)."""
    window = max(0, start - 500)
    line_start = max(masked.rfind("\n", window, start), masked.rfind("\r", window, start))
    if line_start < 0 and window > 0:
        return False
    return start > line_start + 1 and is_boilerplate(masked[line_start + 1 : start])


def _skip_space(text: str, i: int) -> int:
    newlines = 0
    while i < len(text) and text[i] in " \t\r\n":
        if text[i] == "\n":
            newlines += 1
            if newlines > 1:
                break
        i += 1
    return i


def _give_text_title(link: Link, label: str, masked: str, start: int, end: int) -> None:
    link.boilerplate = is_boilerplate(label) or _line_label_is_boilerplate(masked, start)
    quoted = quoted_around(masked, start, end)
    # A link text in quotes ("[Title](url),") is a title, never a name of the outlet.
    link.quoted = quoted
    link.text = "" if quoted else clean_text(label)
    link.standalone = _starts_line(masked, start)
    if link.standalone:
        link.trailer = _trailer(masked, end)
    if link.title is None:
        link.title = looks_like_title(f"“{label}”" if quoted else label, link.url, standalone=link.standalone)
        link.title_from_text = link.title is not None


def _starts_line(text: str, start: int) -> bool:
    window = max(0, start - 200)  # a link further into its line than this does not open it
    line_start = max(text.rfind("\n", window, start), text.rfind("\r", window, start)) + 1
    if line_start == 0 and window > 0:
        return False
    return _LINE_LEAD.match(text[line_start:start]) is not None


_REST_OF_LINE = lazy_re(r"[^\r\n]*")


def _trailer(text: str, end: int) -> str:
    m = _REST_OF_LINE.match(text, end)
    rest = m.group(0) if m else ""
    return _visible(rest).strip(" \t,;:-–—()[]*_.")[:300]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted ``spans``."""
    index = bisect.bisect_right(spans, (start, len(spans) + end + 1)) - 1
    if index >= 0 and spans[index][1] > start:
        return True
    return index + 1 < len(spans) and spans[index + 1][0] < end


def _prose(masked: str, constructs: list[_Construct], parsed: Parsed) -> str:
    """The text a reader sees: each link construct replaced by its text; links get their offsets in it."""
    pieces: list[str] = []
    length = 0
    cursor = 0
    for construct in constructs:
        if construct.link is not None:
            parsed.links.append(construct.link)
        if construct.start < cursor:
            if construct.link is not None:
                construct.link.pos = max(length - 1, 0)
            continue
        piece = masked[cursor : construct.start]
        pieces.append(piece)
        length += len(piece)
        if construct.link is not None:
            construct.link.pos = length
        pieces.append(construct.text)
        length += len(construct.text)
        cursor = construct.end
    pieces.append(masked[cursor:])
    return "".join(pieces)
