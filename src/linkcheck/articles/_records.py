"""Reference records read as text: RIS, a spreadsheet's CSV and a data file's YAML (added after the eighteenth
held-out batch), and CSL JSON (added after the nineteenth).

A reference manager's RIS export (``TY  - NEWS`` ... ``ER  - ``, one tag a line: ``TI``, ``T2``, ``DA``,
``UR``, ``Y2``...) and a source log kept in a spreadsheet and exported as CSV (a header row naming its
columns, ``outlet,title,published,url,archive_url``) each state, field by field, what their links are: the
link in a record's ``UR`` tag, or in a row's URL column, takes the record's title, outlet, date and access
date (the record's words win over any other reading of the line), and a row's archive column is its link's
archived copy, not a citation of its own. A static site's data file of records in YAML (Jekyll's
``_data/press.yml``: ``- outlet: ...`` / ``title: ...`` / ``date: ...`` / ``url: ...``) is read the same way,
its keys named as a CSV log's columns are. A reference manager's CSL JSON export (Zotero's, Pandoc's: a
list of items with ``type``, ``title``, ``container-title``, ``publisher``, ``URL``, and dates as
``date-parts``) gives each item's ``URL`` its fields; a URL in any other field of an item (its ``id``, a
zotero.org item URI; an abstract's or a note's) is cited by nobody. A fact-check search's reviews (the Fact
Check Tools API's JSON) and a bookmarking service's export (Pinboard's JSON) give their links the fields of
the objects they are in (added after the thirty-first held-out batch).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from linkcheck.articles._base import Link
from linkcheck.articles._dates import parse_date_field, to_partial
from linkcheck.lazyre import lazy_re
from linkcheck.models import PartialDate

__all__ = [
    "column_role",
    "csl_json_items",
    "header_roles",
    "json_objects",
    "json_records",
    "looks_like_csv_log",
    "looks_like_ris",
    "looks_like_yaml_records",
    "read_csl_json",
    "read_csv_log",
    "read_json_records",
    "read_ris",
    "read_yaml_records",
]

# --- RIS ----------------------------------------------------------------------------------------------------

#: An RIS line: a two-character tag (a capital, then a capital or digit), two spaces, a dash and the value.
_RIS_LINE = lazy_re(r"^(?P<tag>[A-Z][A-Z0-9])  -(?: (?P<value>.*?))?[ \t]*\r?$", re.MULTILINE)
#: The tags holding a record's title, outlet (its periodical or site first, its publisher last), date,
#: access date and link, best first.
_RIS_TITLE = ("TI", "T1", "CT", "BT")
_RIS_OUTLET = ("T2", "JF", "JO", "JA", "J2", "PB")
_RIS_DATE = ("DA", "PY", "Y1")
_RIS_ACCESS = ("Y2",)
_RIS_LINK = frozenset(["UR", "L2"])
#: An RIS date: ``YYYY/MM/DD/other`` with any part left empty (``2023/06//``, ``2023///``) or ``YYYY-MM-DD``.
_RIS_DATE_VALUE = lazy_re(r"(?P<y>\d{4})(?:[/-](?P<m>\d{1,2})?(?:[/-](?P<d>\d{1,2})?)?)?")


def looks_like_ris(text: str) -> bool:
    """Whether ``text`` is an RIS export: it opens (blank lines apart) with a record's ``TY  - `` line. Only
    the opening is looked at: a text that quotes a record further down is no export (and every other text
    pays no scan of its whole length)."""
    return text[:200].lstrip().startswith("TY  - ")


def ris_date(value: str) -> PartialDate | None:
    """An RIS date field's day (``2023/03/14/``, ``2023/06//``, ``2024/02/02/12:14:31``, ``2023``), or
    what :func:`parse_date_field` reads in it."""
    m = _RIS_DATE_VALUE.match(value.strip())
    if m is None:
        return parse_date_field(value)
    month = int(m.group("m")) if m.group("m") else None
    day = int(m.group("d")) if m.group("d") and month else None
    return to_partial(int(m.group("y")), month, day)


def read_ris(text: str, placed: list[tuple[int, int, Link]]) -> None:
    """Give each link in a record's ``UR`` (or ``L2``) line the record's title, outlet, date and access
    date."""
    values: dict[str, str] = {}
    holders: list[tuple[int, int]] = []
    for m in _RIS_LINE.finditer(text):
        tag, value = m.group("tag"), (m.group("value") or "").strip()
        if tag == "TY":
            values, holders = {}, []
        if tag in _RIS_LINK:
            holders.append(m.span())
        elif value and tag not in values:
            values[tag] = value
        if tag != "ER":
            continue
        links = [link for start, _, link in placed if any(a <= start < b for a, b in holders)]
        title = next((values[t] for t in _RIS_TITLE if t in values), None)
        outlet = next((values[t] for t in _RIS_OUTLET if t in values), None)
        date = next((d for t in _RIS_DATE if t in values and (d := ris_date(values[t]))), None)
        accessed = next((d for t in _RIS_ACCESS if t in values and (d := ris_date(values[t]))), None)
        for link in links:
            link.title = title or link.title
            link.outlet = outlet or link.outlet
            link.date = date or link.date
            link.access_date = accessed or link.access_date
        values, holders = {}, []


# --- A spreadsheet's CSV ------------------------------------------------------------------------------------

#: Column names (lower case, ``_``, ``-`` and spaces alike) for a row's link, title, outlet, publication date,
#: access date and archived copy. A column that holds none of these (``notes``, ``checked_on``) is not read.
_CSV_COLUMNS = {
    "url": ("url", "link", "address", "source url", "source link"),
    "title": ("title", "headline", "article title", "page title", "source title"),
    "outlet": (
        *("outlet", "publication", "publisher", "website", "site", "site name", "work", "journal"),
        "source",  # a fact-checker's tracker: who said it (after the twenty-third held-out batch)
        *("source outlet", "source name"),  # a data set's source columns (after the thirty-fourth)
    ),
    "date": (
        *("date", "published", "publication date", "pub date", "date published", "published on", "year"),
        *("reported", "reported on"),  # the day a source reported it (after the thirty-fourth)
    ),
    "access": ("accessed", "access date", "retrieved", "date accessed", "accessed on"),
    "archive": ("archive url", "archive", "archived", "archive link", "archived url"),
}
#: The same roles named in Russian, as a Russian newsroom's sheet heads its columns (added after the seed26
#: probe: ``Заголовок,Издание,Дата,Ссылка`` was no header, its titles and days unread).
_CSV_RUSSIAN = {
    "url": ("ссылка", "адрес", "url адрес", "ссылка на материал", "ссылка на источник", "ссылка на статью"),
    "title": ("заголовок", "название", "наименование", "заголовок материала", "название статьи"),
    "outlet": ("издание", "сми", "источник", "сайт", "ресурс", "издатель"),
    "date": ("дата", "дата публикации", "опубликовано", "дата выхода"),
    "access": ("дата обращения", "дата доступа", "дата проверки"),
    "archive": ("архив", "архивная ссылка", "архивная копия", "ссылка на архив"),
}
#: Substrings of a header's link column in the languages above (a cheap test before the header is read).
_CSV_LINK_WORDS = ("url", "link", "address", "ссылк", "адрес")
_CSV_NAMES = {
    name: role
    for columns in (_CSV_COLUMNS, _CSV_RUSSIAN)
    for role, names in columns.items()
    for name in names
}
_CSV_SEPARATORS = lazy_re(r"[_\-\s]+")


def _csv_header(line: str, delimiter: str = ",") -> dict[str, int] | None:
    """The roles of a CSV header line's columns (role -> index), when it has a link column and at least two
    more columns this reader knows; else ``None``."""
    return header_roles(
        _named_role(cell.strip()) for cell in next(csv.reader([line], delimiter=delimiter), [])
    )


def csv_delimiter(header: str) -> str:
    """The field separator of a CSV file whose first line is ``header``: the one of ``,``, ``;`` and a tab it
    holds most of (added after the seed21 probe: a spreadsheet set to a language whose decimal mark is a
    comma, Russian, German, French, saves its "CSV" with semicolons; a tab-separated export is its twin),
    a comma on a tie."""
    return max((",", ";", "\t"), key=header.count)


def header_roles(roles: Iterable[str | None]) -> dict[str, int] | None:
    """A table's header as role -> the index of the first column of that role, from each column's role
    (``None``: a column no reader knows), when it has a link column and at least two more known; else
    ``None``. The CSV reader's header and a Markdown pipe table's."""
    found: dict[str, int] = {}
    for i, role in enumerate(roles):
        if role is not None and role not in found:
            found[role] = i
    return found if "url" in found and len(found) >= 3 else None


def _named_role(name: str) -> str | None:
    """The role :data:`_CSV_COLUMNS` gives a column name (its case, ``_``, ``-`` and spaces aside)."""
    return _CSV_NAMES.get(_CSV_SEPARATORS.sub(" ", name.lower()))


def column_role(name: str) -> str | None:
    """The role (``url``, ``title``, ``outlet``, ``date``, ``access``, ``archive``) of a table's column named
    ``name`` (:data:`_CSV_COLUMNS`; a name of alternatives, ``Headline / document``, by its first known
    one)."""
    for part in name.split("/"):
        role = _named_role(part.strip().strip("*_"))
        if role is not None:
            return role
    return None


def looks_like_csv_log(text: str) -> dict[str, int] | None:
    """The column roles of ``text`` when its first line is a CSV header naming a link column and two more
    (``outlet,title,published,url``; see :data:`_CSV_COLUMNS`), else ``None``: a cheap test first (a comma
    and a column named for a link in the first line)."""
    first = text[: text.find("\n")] if "\n" in text else text
    lowered = first.lower()
    if not any(word in lowered for word in _CSV_LINK_WORDS):
        return None
    delimiter = csv_delimiter(first)
    if first.count(delimiter) < 2:
        return None
    return _csv_header(first.strip(), delimiter)


def read_csv_log(text: str, roles: dict[str, int], placed: list[tuple[int, int, Link]]) -> set[int]:
    """Give each link in a row's link column the row's title, outlet, date, access date and archived copy
    (the link in the row's archive column); the ids of those copies' links are returned: they are no
    citations of their own."""
    copies: set[int] = set()
    starts = [m.start() for m in re.finditer(r"^", text, re.MULTILINE)]
    lines = text.split("\n")
    delimiter = csv_delimiter(lines[0])
    for number, line in enumerate(lines[1:], 1):
        if delimiter not in line:
            continue
        row = next(csv.reader([line.rstrip("\r")], delimiter=delimiter), [])
        start = starts[number]
        in_row = [link for at, _, link in placed if start <= at < start + len(line)]
        if not in_row:
            continue
        cell = {role: row[i].strip() for role, i in roles.items() if i < len(row)}
        url = cell.get("url", "")
        cited = next((link for link in in_row if url and url.startswith(link.url)), None)
        if cited is None and url:
            # The link's cell is the whole address: a URL read on over the field's separator into the next
            # field (``https://host/a,Headline``, ``...;Заголовок``: a comma and a semicolon are characters
            # of an address) ends at the cell's end (added after the seed21 probe).
            cited = next((link for link in in_row if link.url.startswith(url + delimiter)), None)
            if cited is not None:
                cited.url = url
        if cited is None:
            continue
        cited.title = cell.get("title") or cited.title
        cited.outlet = cell.get("outlet") or cited.outlet
        cited.date = parse_date_field(cell["date"]) if cell.get("date") else cited.date
        cited.access_date = parse_date_field(cell["access"]) if cell.get("access") else cited.access_date
        archive = cell.get("archive") or "\0"  # (no URL starts with a NUL)
        copy = next((link for link in in_row if link is not cited and archive.startswith(link.url)), None)
        if copy is not None:
            cited.archive_url = copy.url
            copies.add(id(copy))
    return copies


# --- A data file's YAML records -----------------------------------------------------------------------------

#: A YAML mapping's key line, perhaps opening a list item (``- outlet: Harbour City Chronicle``): its indent,
#: the item's dash, the key and the value on the line (perhaps empty, or a block scalar's ``>``/``|``).
_YAML_KEY = lazy_re(
    r"(?P<indent>[ \t]*)(?P<dash>-[ \t]+)?(?P<key>[A-Za-z_][\w-]{0,30}):(?:[ \t]+(?P<value>.*?))?[ \t]*\r?$"
)
_YAML_ITEM = lazy_re(r"^[ \t]*-[ \t]+[A-Za-z_][\w-]{0,30}:", re.MULTILINE)
#: The most lines one record is read over (a data file of thousands of records is read record by record).
_MAX_YAML_LINES = 20_000


#: A Citation File Format file's first key (``CITATION.cff``), within its opening (after cffinit's comments).
_CFF_SIGN = "cff-version:"


def cff_references(text: str) -> str:
    """A ``CITATION.cff``'s ``references`` list alone, every line above it (and its key) blanked so that the
    lines stay where they were (added after the twenty-third held-out batch): the file's own fields (the
    software's ``url`` and ``repository-code``, its authors' ORCID and website addresses, cffinit's comment
    with its short link) are what the software is, not what it cites; the references are YAML records, each
    a cited work with its ``title``, ``journal``, ``date-published``, ``date-accessed`` and ``url``. Any
    other text (or a file without references) is returned as it is."""
    if _CFF_SIGN not in text[:1000]:
        return text
    m = re.search(r"^references:[ \t]*\r?$", text, re.MULTILINE)
    if m is None:
        return text
    return "\n" * text.count("\n", 0, m.end()) + text[m.end() :]


def looks_like_yaml_records(text: str) -> bool:
    """Whether ``text`` is a YAML data file of records: its first line that is no comment, no blank and no
    ``---`` (within the first 2,000 characters) is a list item that is a mapping (``- outlet: ...``), and it
    has a link key (``url:`` or ``link:``). The opening is looked at first, so that other texts pay no scan of
    their whole length."""
    pos = 0
    while pos < 2000:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        if line and line[0] != "#" and line != "---":
            return _YAML_ITEM.match(text, pos) is not None and ("url:" in text or "link:" in text)
        if end >= len(text):
            break
        pos = end + 1
    return False


def _yaml_scalar(value: str) -> str:
    """A YAML scalar's text: quotes taken off (``'it''s'`` is ``it's``), white space collapsed."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        value = value[1:-1].replace("''", "'")
    elif len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].replace('\\"', '"')
    return " ".join(value.split())


def read_yaml_records(text: str, placed: list[tuple[int, int, Link]]) -> None:
    """Give each link in a YAML record's link key (``url``, ``link``...: the names of :data:`_CSV_COLUMNS`)
    the record's title, outlet, date and access date. A block scalar (``>``, ``>-``, ``|``) is read over the
    lines indented under its key; a list or mapping nested in a record (its ``authors``' ``- name:`` items)
    is no record and gives it no field (added after the twenty-third held-out batch)."""
    lines = text.split("\n")[:_MAX_YAML_LINES]
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    records: list[dict[str, tuple[str, int, int]]] = []
    record: dict[str, tuple[str, int, int]] | None = None
    depth = 0  # how far in the record's keys stand
    i = 0
    while i < len(lines):
        m = _YAML_KEY.match(lines[i])
        if m is None or m.group("key").lower().startswith(("http", "ftp")):
            i += 1
            continue
        here = len(m.group("indent")) + len(m.group("dash") or "")
        if m.group("dash") and (record is None or here <= depth):
            record = {}
            records.append(record)
            depth = here
        elif record is not None and here > depth:
            i += 1  # a key of a mapping or list nested in the record (a reference's ``authors``: ``- name:``)
            continue
        if record is None:
            i += 1
            continue
        value, j = m.group("value") or "", i + 1
        if value[:1] in (">", "|", "") and len(value) <= 2:  # a block scalar: the lines indented under it
            depth = len(m.group("indent")) + len(m.group("dash") or "")
            parts: list[str] = []
            while j < len(lines) and (
                not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip(" \t")) > depth
            ):
                parts.append(lines[j].strip())
                j += 1
            value = " ".join(part for part in parts if part)
        role = _CSV_NAMES.get(_CSV_SEPARATORS.sub(" ", m.group("key").strip().lower()))
        if role is not None and role not in record:
            record[role] = (_yaml_scalar(value), offsets[i], offsets[j])
        i = j
    for fields in records:
        if "url" not in fields:
            continue
        _, start, end = fields["url"]
        for at, _, link in placed:
            if start <= at < end:
                link.title = fields["title"][0] if fields.get("title", ("",))[0] else link.title
                link.outlet = fields["outlet"][0] if fields.get("outlet", ("",))[0] else link.outlet
                if fields.get("date", ("",))[0]:
                    link.date = parse_date_field(fields["date"][0]) or link.date
                if fields.get("access", ("",))[0]:
                    link.access_date = parse_date_field(fields["access"][0]) or link.access_date


# --- CSL JSON -----------------------------------------------------------------------------------------------

#: An item's outlet: its periodical, site or blog first, its publisher last.
_CSL_OUTLET = ("container-title", "collection-title", "publisher")


#: The item types of CSL 1.0.2 (its ``type`` values), with the spellings of earlier versions' (``webpage``
#: and ``post-weblog`` are the same in both). Added after the thirtieth held-out batch: an ``id`` and a
#: ``type`` are what any API's list of objects has (a chart tool's charts: ``"type": "d3-lines"``), and a list
#: read as CSL JSON keeps only its items' ``URL`` fields, so a list of other objects lost every link.
CSL_TYPES = frozenset(
    [
        "article",
        "article-journal",
        "article-magazine",
        "article-newspaper",
        "bill",
        "book",
        "broadcast",
        "chapter",
        "classic",
        "collection",
        "dataset",
        "document",
        "entry",
        "entry-dictionary",
        "entry-encyclopedia",
        "event",
        "figure",
        "graphic",
        "hearing",
        "interview",
        "legal_case",
        "legislation",
        "manuscript",
        "map",
        "motion_picture",
        "musical_score",
        "pamphlet",
        "paper-conference",
        "patent",
        "performance",
        "periodical",
        "personal_communication",
        "post",
        "post-weblog",
        "regulation",
        "report",
        "review",
        "review-book",
        "software",
        "song",
        "speech",
        "standard",
        "thesis",
        "treaty",
        "webpage",
    ]
)


def csl_json_items(text: str) -> list[dict[str, Any]] | None:
    """The items of a CSL JSON export, when ``text`` is one: a JSON list opening with an item that has an
    ``id`` and a ``type`` (a cheap look at the opening first), every item a mapping, the first one's ``type``
    one of CSL's (:data:`CSL_TYPES`, case-blind); else ``None``."""
    head = text[:400]
    if text[:40].lstrip()[:1] != "[" or '"type"' not in head or '"id"' not in head:
        return None
    try:
        items = json.loads(text)
    except (ValueError, RecursionError):  # a value nested deeper than the decoder recurses
        return None
    if not isinstance(items, list) or not items or not all(isinstance(item, dict) for item in items):
        return None
    kind = items[0].get("type")
    if not isinstance(kind, str) or kind.strip().lower() not in CSL_TYPES:
        return None
    return items


def csl_date(value: object) -> PartialDate | None:
    """A CSL date (``{"date-parts": [[2023, 6, 14]]}``, its parts numbers or strings; ``{"raw": "..."}``
    or ``{"literal": "..."}``), or ``None``."""
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        try:
            numbers = [int(str(part)) for part in parts[0][:3]]
        except ValueError:
            return None
        numbers += [0] * (3 - len(numbers))
        return to_partial(numbers[0], numbers[1] or None, numbers[2] or None)
    text = value.get("raw") or value.get("literal")
    return parse_date_field(text) if isinstance(text, str) else None


def read_csl_json(items: list[dict[str, Any]], placed: list[tuple[int, int, Link]]) -> set[int]:
    """Give each link that is an item's ``URL`` the item's title, outlet, date and access date; the ids of
    the links that are no item's ``URL`` are returned (see the module's docstring)."""
    fields: dict[str, dict[str, Any]] = {}
    for item in items:
        url = item.get("URL")
        if isinstance(url, str) and url.strip():
            fields.setdefault(url.strip(), item)
    others: set[int] = set()
    for _, _, link in placed:
        record = fields.get(link.url)
        if record is None:
            others.add(id(link))
            continue
        item = record
        title = item.get("title")
        outlet = next((o for key in _CSL_OUTLET if isinstance(o := item.get(key), str) and o.strip()), None)
        link.title = title.strip() if isinstance(title, str) and title.strip() else link.title
        link.outlet = outlet.strip() if outlet else link.outlet
        link.date = csl_date(item.get("issued")) or link.date
        link.access_date = csl_date(item.get("accessed")) or link.access_date
    return others


# --- A fact-check search's reviews and a bookmarking service's export, as JSON ------------------------------

#: The sign of reviews in a JSON text: the Fact Check Tools API's ``"claimReview"`` key, a ClaimReview
#: feed's ``"@type": "ClaimReview"`` (added after the thirty-first held-out batch).
_CLAIM_REVIEW_SIGN = 'laimReview"'
#: The keys of a bookmark in a Delicious-style export (Pinboard's ``posts/all``, the API Delicious had):
#: ``href`` (the address), ``description`` (the bookmark's title: the two services' name for it), ``extended``
#: (the reader's note), ``time`` (when it was saved), ``tags``.
_BOOKMARK_KEYS = ("href", "description", "extended", "time")
#: An ISO day opening a value (``2020-03-12T00:00:00Z``).
_ISO_DAY = lazy_re(r"(\d{4})-(\d\d)-(\d\d)")


#: A JSON-LD document's flat graph (RO-Crate's ``ro-crate-metadata.json``, schema.org's ``@graph``).
_GRAPH_SIGN = '"@graph"'
#: Nodes of a graph that are a person or a body, not a work: their ``name`` is no title (an ORCID's, a ROR's).
_AGENT_TYPES = frozenset({"Person", "Organization", "Organisation", "Place", "ContactPoint"})


def json_records(text: str, *, rows: bool = True) -> list[tuple[str, dict[str, Any]]] | None:
    """The records a JSON text states, when it is one JSON document of one of these kinds (the first two
    added after the thirty-first held-out batch, the third after the thirty-second, the last after the
    thirty-fourth), as ``(kind, record)``,
    else ``None``:

    - ``"review"``: a fact-check's review, an object with a ``url`` and a ``reviewDate`` or
      ``datePublished`` (the Fact Check Tools API's ``claims[].claimReview[]``, a ClaimReview feed's items),
      in a text holding :data:`_CLAIM_REVIEW_SIGN`;
    - ``"bookmark"``: a Delicious-style bookmark, an object with every key of :data:`_BOOKMARK_KEYS`, in a
      JSON list of such objects (Pinboard's export);
    - ``"node"``: a node of a JSON-LD document's top-level ``@graph`` (an RO-Crate's metadata file) whose
      ``@id`` is a web address and whose ``@type`` is a work's (not :data:`_AGENT_TYPES`), with the graph's
      nodes' names under ``"#names"`` (``{"#names": {"#essd": "Earth System Science Data"}}``) for the
      references (``{"@id": "#essd"}``) its ``publisher`` or ``isPartOf`` makes;
    - ``"agent"``: such a node that is a person or a body (an ORCID's, a ROR identifier's address), and the
      document's ``@context`` address: identifiers and the vocabulary, no citations (their links are
      dropped);
    - ``"row"``: in any other JSON text (with ``rows``: the caller read no CSL JSON items in it), an object
      whose keys name a link and two more fields as a table's columns do (:func:`_source_row`), as
      role -> value.

    Cheap tests first (the signs, the first bookmark's keys in the text's head), so that other texts pay
    three substring tests."""
    opening = text[:40].lstrip()[:1]
    reviews = opening in ("{", "[") and _CLAIM_REVIEW_SIGN in text
    head = text[:600]
    bookmarks = opening == "[" and all(f'"{key}"' in head for key in _BOOKMARK_KEYS)
    graph = opening == "{" and _GRAPH_SIGN in text
    rows = rows and opening in ("{", "[") and _ROW_SIGN.search(text) is not None
    if not reviews and not bookmarks and not graph and not rows:
        return None
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not reviews and not bookmarks and not graph:
        return [("row", row) for row in map(_source_row, json_objects(document)) if row is not None] or None
    if bookmarks and isinstance(document, list):
        marks = [("bookmark", item) for item in document if isinstance(item, dict) and _is_bookmark(item)]
        return marks or None
    if graph and isinstance(document, dict) and isinstance(document.get("@graph"), list):
        nodes = _graph_nodes(document["@graph"])
        if isinstance(context := document.get("@context"), str):  # the vocabulary's address: no citation
            nodes.append(("agent", {"@id": context}))
        return nodes or None
    if not reviews:
        return None
    return [("review", value) for value in json_objects(document) if _is_review(value)] or None


def _graph_nodes(graph: list[Any]) -> list[tuple[str, dict[str, Any]]]:
    """The ``"node"`` records of a JSON-LD ``@graph`` (see :func:`json_records`)."""
    nodes = [node for node in graph if isinstance(node, dict) and isinstance(node.get("@id"), str)]
    names = {
        node["@id"]: node["name"].strip()
        for node in nodes
        if isinstance(node.get("name"), str) and node["name"].strip()
    }
    found: list[tuple[str, dict[str, Any]]] = []
    for node in nodes:
        kinds = node.get("@type")
        kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
        if node["@id"].startswith(("http://", "https://")):
            agent = _AGENT_TYPES.intersection(kind for kind in kinds if isinstance(kind, str))
            found.append(("agent", node) if agent else ("node", {**node, "#names": names}))
    return found


#: A key naming a link, as a table's column does (``"url"``, ``"source_url"``, ``"link"``): the cheap sign of
#: a JSON text that may hold source records.
_ROW_SIGN = lazy_re(r"(?:url|link)\"\s*:", re.IGNORECASE)


#: Keys a table's header reads as the outlet's column that a JSON object fills with a code, not a name: a note
#: app's link annotation's ``"source": "WEBLINK"`` (a kind), a Wikidata sitelink's ``"site": "enwiki"``.
_CODE_KEYS = frozenset({"source", "site"})


#: How deep :func:`json_objects` walks: a list or an object's value is one deeper than what holds it.
JSON_DEPTH = 12
#: A JSON string longer than this is not decoded as a document (:func:`json_objects` with ``strings``).
_MAX_NESTED = 2_000_000


def json_objects(value: object, *, strings: bool = False, depth: int = 0) -> Iterator[dict[str, Any]]:
    """The objects under ``value`` (``value`` itself if it is one) to a depth of :data:`JSON_DEPTH`, each
    before the objects it holds, in the document's order. With ``strings``, a string holding a JSON object
    (``"{\\"root\\": ...}"``: Ghost's ``mobiledoc`` and ``lexical``) is decoded and walked in its place, one
    deeper. The one walk of the JSON records reader and the CMS record reader (:mod:`._cmsjson`)."""
    if depth > JSON_DEPTH:
        return
    if isinstance(value, dict):
        yield value
        for inner in value.values():
            yield from json_objects(inner, strings=strings, depth=depth + 1)
    elif isinstance(value, list):
        for inner in value:
            yield from json_objects(inner, strings=strings, depth=depth + 1)
    elif (
        strings
        and isinstance(value, str)
        and value[:2] == '{"'
        and value[-1:] == "}"
        and len(value) < _MAX_NESTED
        and depth < JSON_DEPTH
    ):
        try:
            yield from json_objects(json.loads(value), strings=True, depth=depth + 1)
        except (ValueError, RecursionError):
            return


def _source_row(value: dict[str, Any]) -> dict[str, Any] | None:
    """``value`` as a source's record, role -> value, if its keys name a link and two more of a source's
    fields as a table's columns do (:func:`header_roles`: ``source_url``, ``source_title``, ``reported``) and
    the link's value is a web address: a data set's source records (a map's GeoJSON features'
    ``properties``), read as ``"row"`` records (added after the thirty-fourth held-out batch). A bare
    ``source`` or ``site`` key is no outlet here (:data:`_CODE_KEYS`)."""
    keys = [key for key in value if isinstance(key, str) and len(key) <= 40]
    roles = header_roles(None if key.lower() in _CODE_KEYS else _named_role(key) for key in keys)
    if roles is None:
        return None
    row = {role: value[keys[i]] for role, i in roles.items()}
    url = row.get("url")
    return row if isinstance(url, str) and url.startswith(("http://", "https://")) else None


def _row_text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _is_bookmark(item: dict[str, Any]) -> bool:
    return all(isinstance(item.get(key), str) for key in _BOOKMARK_KEYS)


def _is_review(value: dict[str, Any]) -> bool:
    """Whether ``value`` has a ``url`` and a review's or publication's date (a ``"review"`` record)."""
    return isinstance(value.get("url"), str) and (
        isinstance(value.get("reviewDate"), str) or isinstance(value.get("datePublished"), str)
    )


def _named(value: object) -> str | None:
    """An organisation's name: a string, or an object's ``name`` (schema.org's ``{"name": ...}``)."""
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _iso_day(value: object) -> PartialDate | None:
    m = _ISO_DAY.match(value) if isinstance(value, str) else None
    return to_partial(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def read_json_records(
    records: list[tuple[str, dict[str, Any]]], placed: Iterable[tuple[int, int, Link]]
) -> None:
    """Give each link that is a record's address the record's fields (its words win over any other reading
    of the text around it): a review's ``title`` (or ``headline``), its ``reviewDate`` (or
    ``datePublished``) as its date, its ``publisher``'s (or ``author``'s) name as its outlet, never the
    claim's ``claimDate`` (when the claim was made); a bookmark's ``description`` as its title, and nothing
    from its ``time`` (when it was saved) or its note; a graph node's fields (:func:`_read_node`); an agent's
    or a context's link is no citation."""
    by_url: dict[str, tuple[str, dict[str, Any]]] = {}
    for kind, record in records:
        url = record.get({"review": "url", "bookmark": "href", "row": "url"}.get(kind, "@id"))
        if isinstance(url, str) and url.strip():
            by_url.setdefault(url.strip(), (kind, record))
    for _, _, link in placed:
        if (found := by_url.get(link.url)) is None:
            continue
        kind, record = found
        if kind == "bookmark":
            title = record.get("description")
            link.title = title.strip() if isinstance(title, str) and title.strip() else link.title
            continue
        if kind == "node":
            _read_node(record, link)
            continue
        if kind == "agent":
            link.boilerplate = True
            continue
        if kind == "row":  # a source record's fields, each when it has one (a CSV row's reading)
            link.title = _row_text(record.get("title")) or link.title
            link.outlet = _row_text(record.get("outlet")) or link.outlet
            if (day := _row_text(record.get("date"))) is not None:
                link.date = parse_date_field(day) or link.date
            if (day := _row_text(record.get("access"))) is not None:
                link.access_date = parse_date_field(day) or link.access_date
            continue
        title = record.get("title") or record.get("headline")
        link.title = title.strip() if isinstance(title, str) and title.strip() else link.title
        link.date = _iso_day(record.get("reviewDate") or record.get("datePublished")) or link.date
        link.outlet = _named(record.get("publisher")) or _named(record.get("author")) or link.outlet


def _read_node(node: dict[str, Any], link: Link) -> None:
    """A JSON-LD node's fields on its link: ``name`` (or ``headline``) its title, ``datePublished`` its date,
    ``sdDatePublished`` its access date (RO-Crate's day a web resource was retrieved: the structured data's
    date, never the resource's own), its ``publisher``'s or ``isPartOf``'s name (inline, or a local node's
    by reference) its outlet."""
    title = node.get("name") or node.get("headline")
    link.title = title.strip() if isinstance(title, str) and title.strip() else link.title
    link.date = _iso_day(node.get("datePublished")) or link.date
    link.access_date = _iso_day(node.get("sdDatePublished")) or link.access_date
    names = node.get("#names", {})
    for key in ("publisher", "isPartOf"):
        value = node.get(key)
        if isinstance(value, dict) and isinstance(value.get("@id"), str) and value["@id"] in names:
            link.outlet = names[value["@id"]]
            return
        if (name := _named(value)) is not None:
            link.outlet = name
            return
