"""A page's author(s) (:attr:`linkcheck.models.Metadata.author`, meta1): who the page says wrote it.

Read in order, the first that names anyone answering:

1. its main JSON-LD node's ``author``: a name, a node (``Person``, ``Organization`` and its kinds), an
   ``@id`` into the page's graph, or a list of these (:func:`jsonld_authors`). Only the main node's: a
   ``Comment``'s author and the ``WebSite`` node's are not the article's;
2. its ``author`` and ``article:author`` metas: a name, not a profile's URL (Open Graph's ``article:author``
   is often one), and not the site's own name (a template writing it on every page: :func:`meta_authors`);
3. a byline right after the headline (:func:`byline_authors`): a link marked ``rel="author"``, "By X and
   Y", "Por X", "Reporter: X", "WRITER: X", the Russian "Автор: X" or "Источник: X", or a wire's credit in
   the first paragraph's dateline ("MOSCOW (Reuters) -", "МОСКВА, 15 октября — ТАСС.", "МОСКВА, 15
   октября. /ТАСС/."), which names an organisation, or the reporter a dateline credits after the site's
   name ("Бишкек - 24.kg, Ольга Петренко."). A byline also answers where the JSON-LD names only the site
   itself as the author (:func:`own_only`);
4. the story record of a framework's state that the page's title names: a page whose byline is written in
   the browser names its writer only there. Next.js's ``__NEXT_DATA__`` is parsed once a page by
   :mod:`linkcheck.extract.core`, which finds the record and hands it to :func:`record_authors`; Nuxt 2's
   ``window.__NUXT__`` and the ``window.__INITIAL_STATE__`` of Vue and Redux apps are searched as text
   (:func:`state_authors`).

Pure functions of strings and parsed JSON; small and local (no table of wires: the page says who wrote it).
"""

from __future__ import annotations

import json
import re
import unicodedata
from html import unescape
from typing import Any
from urllib.parse import unquote

from linkcheck.extract.jsonld import node_types, text_value
from linkcheck.lazyre import lazy_re
from linkcheck.models import Author
from linkcheck.names import fold, loose_key

#: At most this many authors are kept (a page listing a newsroom is not read further).
_MAX_AUTHORS = 10
#: JSON-LD types of an organisation besides those ending in ``organization`` (lower-cased).
_ORGANIZATION_TYPES = frozenset({"corporation", "ngo", "project", "consortium", "newsagency"})
#: The kind of the commonest ``@type`` values, read without :func:`node_types`' steps (most authors).
_KINDS: dict[str, str] = {
    "Person": "person",
    "Organization": "organization",
    "NewsMediaOrganization": "organization",
    "https://schema.org/Person": "person",
    "http://schema.org/Person": "person",
    "https://schema.org/Organization": "organization",
    "http://schema.org/Organization": "organization",
}
#: A value that is an address, not a name (a profile's URL in ``article:author``).
_URLISH = lazy_re(r"^(?:https?:)?//|^www\.|^[\w.-]+\.[a-z]{2,}/", re.IGNORECASE)
#: How far after the headline's end a byline is looked for (characters of markup).
_BYLINE_CHARS = 1500
_TAG = lazy_re(r"<[^>]*>")
#: A link marked as the page's author's (HTML's ``rel="author"``): its text.
_REL_AUTHOR = lazy_re(r"<a\b[^>]*\brel=[\"']?author\b[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
#: A byline's label at the start of an element's text, or after a separator of a meta line ("07 Mar 2023
#: | 10:15 | Redactado por X"): "By", "BY", the Spanish and Portuguese "Por" ("Redactado por", "Escrito
#: por"), "Автор:", "Авторы:", "Источник:", and the labels "Reporter:" and "Writer:" (any case) of a line
#: that names the writer apart from the editor (ext60); the "Autor:" of Croatian, Serbian, Bosnian, Polish,
#: Czech, Slovak, Romanian, Spanish, Portuguese and German bylines ("Autorka:", "Autori:", "Autorzy:"), and
#: Serbian Cyrillic "Аутор:" (ext61); the Russian "Текст:" that credits the writer apart from "Фото:" (ext63);
#: the Danish "Af", the Norwegian and Swedish "Av", the German "Von", the French "Par", the Dutch "Door", the
#: Indonesian and Malay "Oleh" (ext64); the Portuguese and Spanish "Texto" before the writers' names
#: ("Texto Ana Sanlez e João Pedro Pincha", Observador's; ext67).
_BYLINE_LABEL = lazy_re(
    r"(?:>|[|·•])\s*(?:By|BY|Por|POR|Af|Av|Von|Par|Door|Oleh|Texto|(?:Redactado|Escrito) por"
    r"|(?:Автор|Авторы|Источник|Reporter|REPORTER|Writer|WRITER|Autor(?:ka|i|zy)?|Аутор|Текст)\s*:)\s+"
)
#: A cheap test for :data:`_BYLINE_LABEL`'s words: the window holds one of these, or it is not searched.
_LABEL_WORDS = (
    "By ",
    "BY ",
    "Автор",
    "Источник",
    "Por ",
    "POR ",
    "por ",
    "Reporter",
    "REPORTER",
    "Writer",
    "WRITER",
    "Autor",
    "Аутор",
    "Текст:",
    "Af ",
    "Av ",
    "Von ",
    "Par ",
    "Door ",
    "Oleh ",
    "Texto ",
)
#: How many labels are tried (the first may open a sentence: "Por mayoría de votos, ...").
_MAX_LABELS = 3
#: Where a byline's names end inside its line: a separator before its date or reading time ("By Jane Doe |
#: 7 March 2023", "Jane Doe · 3 min read").
_BYLINE_SEPARATOR = lazy_re(r"\s*[|·•]")
#: A part of a byline that is an address, the site's credit beside the writer's ("Jane Doe, Emol.com").
_HOST_PART = lazy_re(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)
#: Where a byline's text ends: the end of its block, or a line break.
_BYLINE_END = lazy_re(r"</(?:p|div|li|span|address|h\d)\s*>|<br\b", re.IGNORECASE)
#: Between two names of a byline: a comma, "and", "&", "и", and "and" in the labels' languages: the Danish
#: and Norwegian "og", the Swedish "och", the German "und", the French "et", the Indonesian "dan" (ext64; not
#: the Dutch "en", which is the Spanish and French "in": "Por Ana Gil en Madrid").
_NAMES_SPLIT = lazy_re(r"\s*(?:,|&|\b(?:and|и|og|och|und|et|dan|e|y)\b)\s*")
#: Lower-case words a name may hold ("Ursula von der Leyen", "Jean de la Fontaine", "bin", "al-").
_NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "la", "le", "du", "da", "di", "del", "bin", "ibn"}
)
#: A wire's credit in a dateline: a city in capitals, maybe a date after a comma, the wire in parentheses
#: and a dash ("MOSCOW (Reuters) -"); after a dash and ending with a full stop ("МОСКВА, 15 октября —
#: ТАСС."); or between slashes after the date ("МОСКВА, 15 октября. /ТАСС/.").
_DATELINE_CREDIT = lazy_re(
    r"\s*(?:<(?:strong|b|span|em)\b[^>]*>\s*)?"
    r"([A-ZА-ЯЁ][A-ZА-ЯЁ'’. -]{1,40}?)"
    r"(?:"
    r"(?:,[^()<]{1,40}?)?\s*\(([^()<]{2,40})\)\s*(?:</(?:strong|b|span|em)>\s*)?[-–—]"
    r"|,[^—–<]{1,30}?\s[—–-]\s+([^.<]{2,40}?)\."
    r"|,[^/<]{1,30}?\.\s*/([^/<]{2,30})/\."
    r")"
)


def jsonld_authors(main: dict[str, Any] | None, by_id: dict[str, dict[str, Any]]) -> list[Author]:
    """The authors the page's main JSON-LD node names (its ``author``), in its order."""
    if main is None:
        return []
    value = main.get("author")
    if value is None:
        return []
    found: list[Author] = []
    # a list read as it is (no copy) unless it is longer than the most kept; one node in a tuple
    items: list[Any] | tuple[Any]
    if isinstance(value, list):
        items = value if len(value) <= _MAX_AUTHORS else value[:_MAX_AUTHORS]
    else:
        items = (value,)
    for item in items:
        kind: str | None = None
        if isinstance(item, str):
            name = _clean(item)
        elif isinstance(item, dict):
            if "name" not in item and isinstance(ref := item.get("@id"), str):
                item = by_id.get(ref, item)  # a reference into the graph: the node it names
            raw = item.get("name")
            name = _clean(raw if type(raw) is str else text_value(raw))
            given = item.get("@type")
            kind = _KINDS.get(given) if type(given) is str else None  # a type given as one plain name
            if kind is None:
                types = node_types(item)
                if "person" in types:
                    kind = "person"
                elif any(t.endswith("organization") for t in types) or types & _ORGANIZATION_TYPES:
                    kind = "organization"
        else:
            continue
        if name and not _urlish(name):
            found.append(Author(name, kind))
    return _once(found)


def meta_authors(values: list[str], own_names: tuple[str | None, ...]) -> list[Author]:
    """The names the ``author`` and ``article:author`` metas give (``values``, in that order): not a URL,
    and not one of ``own_names`` (the site's name and its publisher's: a template naming the site as the
    author of every page says nothing of who wrote this one)."""
    own = {fold(n) for n in own_names if n}
    found: list[Author] = []
    for value in values:
        name = _clean(value)
        if name and not _urlish(name) and fold(name) not in own:
            found.append(Author(name, None))
    return _once(found)


def byline_authors(text: str, start: int, own_names: tuple[str | None, ...] = ()) -> list[Author]:
    """The authors a byline names within :data:`_BYLINE_CHARS` of ``start`` (the headline's end) in the
    page's markup ``text``: ``rel="author"`` links, else a labelled byline ("By X and Y", "Автор: X"), else
    a wire's credit in the first paragraph's dateline, else the reporter a dateline credits after the
    site's own name (``own_names``: "Бишкек - 24.kg, Ольга Петренко."). Each rule looks only where a plain
    ``in`` test finds its mark, so a page with none costs a few scans of the window."""
    window = text[start : start + _BYLINE_CHARS]
    if ("author" in window or "AUTHOR" in window) and ("l=" in window or "L=" in window):
        # the pattern's "rel=" ends "l=" or "L=" (no other letter folds to "l"): a window without either
        # (a byline marked only by a class, "By <span class=author>") skips its scan, ~35 k instructions
        # (its case-blind "<a" is tried at every "<"; cost26)
        names = [_clean(_TAG.sub(" ", m.group(1))) for m in _REL_AUTHOR.finditer(window)]
        found = [Author(n, None) for n in names if n and _is_name(n)]
        if found:
            return _once(found)
    if "author" in window and ('="author' in window or "schema:author" in window):
        found = _item_author(window)
        if found:
            return found
    if any(path in window for path in _AUTHOR_PATHS):
        found = _author_page_links(window)
        if found:
            return found
    if _holds_label(window):
        found = _labelled_byline(window)
        if found:
            return found
    if "】" in window:
        found = _bracketed_credit(window)
        if found:
            return found
    para = window.find("<p")
    if para >= 0 and (opened := window.find(">", para)) >= 0:
        credit = _DATELINE_CREDIT.match(window, opened + 1)
        if credit is not None and credit.group(1).strip(" .'’-").isupper():
            name = _clean(credit.group(2) or credit.group(3) or credit.group(4))
            if name and _is_name(name):
                return [Author(name, "organization")]
        if own_names and (found := _dateline_reporter(window, opened + 1, own_names)):
            return found
    if "기자" in window or "특파원" in window:
        found = _korean_reporters(window)
        if found:
            return found
    if "記者" in window or "记者" in window:
        found = _reporter_slash(window)
        if found:
            return found
    found = _author_marked(window) if _marks_author(window) else []
    if not found and "name" in window:
        found = _name_classed(window, own_names)
    if not found and "byline" in window and any(role in window for role in _ROLE_NOUNS):
        found = _byline_role(window)
    return found


#: The nouns a writer's role ends with in an English byline ("Senior Staff Reporter", "Gleaner Writer").
_ROLE_NOUNS = ("Reporter", "Writer", "Correspondent", "Editor", "Contributor")
#: A byline-classed element holding only a name, a slash and a role ending in a role noun: "Jovan
#: Johnson/Senior Staff Reporter", the Gleaner's byline (ext70).
_BYLINE_ROLE = lazy_re(
    r"""<(?:span|div|p)\s[^>]*\bclass=["'](?:[^"']*[\s_-])?byline[^"']*["'][^>]*>\s*([^<>/|]{3,60}?)\s*/\s*"""
    r"""(?:[^<>/|]{0,40}\s)?(?:Reporter|Writer|Correspondent|Editor|Contributor)s?\s*</"""
)


def _byline_role(window: str) -> list[Author]:
    """The name a byline-classed element gives before a slash and the writer's role
    (:data:`_BYLINE_ROLE`): "Jovan Johnson/Senior Staff Reporter" names Jovan Johnson; a role alone, or a
    name that is no person's ("News/Staff Reporter"), no one."""
    m = _BYLINE_ROLE.search(window)
    name = _clean(m.group(1)) if m is not None else None
    return [Author(name, None)] if name and " " in name and _is_name(name) else []


def run_on_names(found: list[Author], byline: list[Author]) -> list[Author]:
    """``found`` (a JSON-LD's or a meta's authors) with each name that runs a byline's words together, an
    email address among them ("Joel Julien Senior Political Reporter joel.julien@...", TownNews BLOX's;
    ext70), read as the name of ``byline`` (the visible byline's authors) whose words open it, else as its
    words without the address. Names without an address stay as they are."""
    read = []
    for author in found:
        if "@" not in author.name:
            read.append(author)
            continue
        folded = fold(author.name)
        named = next((b for b in byline if folded.startswith(fold(b.name) + " ")), None)
        if named is not None:
            read.append(named)
        elif bare := " ".join(w for w in author.name.split() if "@" not in w):
            read.append(Author(bare, author.kind))
    return _once(read)


#: "and" between two people's names held in one author's name, in the languages :data:`_NAMES_SPLIT`
#: reads (a byline's): the English "and" and "&", the Russian "и", the Danish and Norwegian "og", the Swedish
#: "och", the German "und", the French "et", the Indonesian "dan", the Portuguese and Italian "e", the Spanish
#: "y"; set off by spaces.
_JOINED_NAMES = lazy_re(r"\s+(?:and|&|и|og|och|und|et|dan|e|y)\s+")
#: The fewest spaces a name holding two people's full names has ("Brenda Nakyobe and Isaac Oketcho"): the
#: cheap test before :data:`_JOINED_NAMES`' split.
JOINED_SPACES = 4


def joined_names(found: list[Author]) -> list[Author]:
    """``found`` (a JSON-LD's or a meta's authors) with each name that joins two people or more by "and"
    (one JSON-LD ``Person`` named "Brenda Nakyobe and Isaac Oketcho", as New Vision's byline credits two
    writers; ext71) read as those people, when every part is a name of two words or more (so neither a firm,
    "Marks and Spencer", nor an organisation's node, "Procter and Gamble Company", is split). The caller
    asks only of a name with :data:`JOINED_SPACES` spaces."""
    read: list[Author] = []
    for author in found:
        parts = (
            _JOINED_NAMES.split(author.name)
            if author.kind != "organization" and author.name.count(" ") >= JOINED_SPACES
            else []
        )
        if len(parts) > 1 and all(" " in p and _is_name(p) for p in parts):
            read.extend(Author(p, author.kind) for p in parts)
        else:
            read.append(author)
    return _once(read[:_MAX_AUTHORS])


def _marks_author(window: str) -> bool:
    """Does ``window`` hold an author's mark ("author", "autor", "auteur"), the test before
    :func:`_author_marked` is asked?"""
    return "uthor" in window or "uteur" in window or "utor" in window


def _holds_label(window: str) -> bool:
    """Does ``window`` hold a byline's label word (:data:`_LABEL_WORDS`), the test before
    :func:`_labelled_byline` is asked?"""
    return any(word in window for word in _LABEL_WORDS)


def may_credit(window: str) -> bool:
    """Does ``window`` hold an author's mark ("author", "autor", "auteur") or a byline's label word
    (:data:`_LABEL_WORDS`)? The cheap test before :func:`above_headline_authors` is asked."""
    return _marks_author(window) or _holds_label(window)


def above_headline_authors(window: str) -> list[Author]:
    """The authors a byline set just above the headline names (``window``: the markup between the last
    block before the headline and the headline itself; ``extract.core._above_markup``): a labelled byline
    (:func:`_labelled_byline`), else links to the writers' pages or elements classed as the author's
    (:func:`_author_marked`). Novinite sets 'Politics | Author <a href="/author/71/...">NAME</a> | date' above
    its h1 (ext69). Only the marks that say by themselves that they credit a writer: not a dateline's credit
    or a name-classed element, which above a headline may be a section's or the site's."""
    if not window:
        return []
    if _holds_label(window):
        found = _labelled_byline(window)
        if found:
            return found
    return _author_marked(window) if _marks_author(window) else []


#: Where a framework serialises a page's state into its markup as text read by search (:func:`state_authors`):
#: Nuxt 2's ``window.__NUXT__`` (a function's object literal, keys unquoted), the ``window.__INITIAL_STATE__``
#: and ``window.__PRELOADED_STATE__`` of Vue and Redux apps (JSON). Next.js's ``__NEXT_DATA__`` is parsed
#: instead, once a page (:func:`record_authors`).
_STATE_MARKERS = ("window.__NUXT__", "__INITIAL_STATE__", "__PRELOADED_STATE__")
#: A state's authors key (quoted or not) and what it holds: one record or a list of them.
_STATE_AUTHOR_KEY = lazy_re(r"""(?<![\w$])["']?(?:authors?|byline|writers?)["']?\s*:\s*([\[{])""")
#: A record's name (``"name":"Jane Doe"``, ``name:"Jane Doe"``, ``displayName``, ``fullName``).
_STATE_NAME = lazy_re(r"""(?<![\w$])["']?(?:name|displayName|fullName)["']?\s*:\s*["]([^"\\]{2,60})["]""")
#: The next record's title in the state: where the page's story record ends at the latest.
_STATE_TITLE = lazy_re(r"""(?<![\w$])["']?(?:title|headline)["']?\s*:\s*["]""")
#: How far after the story's title its authors key is looked for, and how long its list may be.
_STATE_REACH = 3000
_STATE_LIST = 1500
#: The shortest page title a state's story record is looked for by (a shorter one names too much).
STATE_TITLE_MIN = 10
#: A parsed story record's authors keys (:data:`_STATE_AUTHOR_KEY`'s) and its authors' name keys
#: (:data:`_STATE_NAME`'s), in the order they are tried.
_RECORD_AUTHOR_KEYS = frozenset({"author", "authors", "byline", "writer", "writers"})
_RECORD_NAME_KEYS = ("name", "displayName", "fullName")


def record_authors(record: dict[str, Any], own_names: tuple[str | None, ...]) -> list[Author]:
    """The authors a framework's parsed story record names (Next.js's ``__NEXT_DATA__`` record that the page's
    title names, found by :mod:`linkcheck.extract.core`): its first authors key
    (:data:`_RECORD_AUTHOR_KEYS`) holding a record or a list of them, each record's first name
    (:data:`_RECORD_NAME_KEYS`), none of them the site's own (``own_names``). Stuff's and Malaysiakini's
    bylines are written in the browser from this record (ext64)."""
    held = next(
        (v for k, v in record.items() if k in _RECORD_AUTHOR_KEYS and isinstance(v, (dict, list))), None
    )
    if held is None:
        return []
    own = {fold(n) for n in own_names if n}
    names = [
        _clean(name)
        for item in (held if isinstance(held, list) else [held])
        if isinstance(item, dict)
        and (name := next((v for k in _RECORD_NAME_KEYS if isinstance(v := item.get(k), str)), None))
    ]
    found = [Author(n, None) for n in names if n and _is_name(n) and fold(n) not in own]
    return _once(found[:_MAX_AUTHORS])


def state_authors(
    text: str, start: int, title: str | None, own_names: tuple[str | None, ...]
) -> list[Author]:
    """The authors of the story record a framework's state (:data:`_STATE_MARKERS`, after ``start``) holds
    for the page: the record whose title (or headline) is the page's ``title`` as a string literal, its first
    authors key after that title and before the next record's title, the names of the records it holds (a
    list's each), none of them the site's own (``own_names``). A page whose byline the browser writes names
    its writer only there: Milenio's ``window.__NUXT__`` (ext64; a Next.js page's record:
    :func:`record_authors`).
    A related story's record after the page's is another's: its title ends the search. One ``str.find`` per
    marker settles a page without a state."""
    if not title or len(title) < STATE_TITLE_MIN:
        return []
    literal = '"' + json.dumps(title, ensure_ascii=False)[1:-1] + '"'
    own = {fold(n) for n in own_names if n}
    for marker in _STATE_MARKERS:
        at = text.find(marker, start)
        if at < 0:
            continue
        end = text.find("</script", at)
        named = text.find(literal, at, end if end >= 0 else None)
        if named < 0:
            continue
        after = named + len(literal)
        limit = min(end if end >= 0 else len(text), after + _STATE_REACH)
        if (next_title := _STATE_TITLE.search(text, after, limit)) is not None:
            limit = next_title.start()
        key = _STATE_AUTHOR_KEY.search(text, after, limit)
        if key is None:
            continue
        close = text.find("]" if key.group(1) == "[" else "}", key.end(), key.end() + _STATE_LIST)
        held = _STATE_NAME.finditer(text, key.end(), close) if close > 0 else ()
        names = [_clean(m.group(1)) for m in held]
        found = [Author(n, None) for n in names if n and _is_name(n) and fold(n) not in own]
        if found:
            return _once(found[:_MAX_AUTHORS])
    return []


#: A link to the writer's page (``href=".../author/jane-doe/"``, ``/authors/``, as WordPress, Pangea and
#: most CMSs link a byline): its text. Case-sensitive (attributes are written in lower case), so the scan
#: of a window is a search for "<a" and not a case-blind one.
_AUTHOR_LINK = lazy_re(
    r"<a\s[^>]*\bhref=[\"'][^\"'#?]*/authors?/([^\"'/>]+)/?(?:[^\"'/>]+/?)?[\"'][^>]*>(.*?)</a\s*>", re.DOTALL
)
#: An element classed as the author's (``class="author"``, ``"article__author-name"``, ``"author__name"``)
#: holding only text: its text.
_AUTHOR_CLASS = lazy_re(
    r"<(?:span|div|p|a)\s[^>]*\bclass=[\"'](?:[^\"']*\s)?[\w-]*author(?:[_-]{1,2}name)?[\"'\s][^>]*>([^<]{2,60})</"
)


#: An element classed as the author's in the page's language, as CMS fields are named (Drupal's
#: ``field--name-field-auteur``, ``autor``, ``autore``, ``autor-nombre``; ext66), holding only text: its text,
#: read when no English-classed one is there, and only as a name of two words or more.
_AUTHOR_CLASS_LOCAL = lazy_re(
    r"<(?:span|div|p|a)\s[^>]*\bclass=[\"'](?:[^\"']*\s)?[\w-]*(?:auteur|autore?)(?:[_-]{1,2}(?:name|nom|nombre))?"
    r"[\"'\s][^>]*>([^<]{2,60})</"
)


def _author_marked(window: str) -> list[Author]:
    """The names of the author's links in ``window`` (:data:`_AUTHOR_LINK`), else of its author-classed
    elements (:data:`_AUTHOR_CLASS`), when all read as names (ext63): Vedomosti's, Kommersant's and RFE/RL's
    bylines link each writer's page, Sputnik and RFE/RL's AMP pages class a span ``author``. Every such mark
    of the window, so "A, B" linked apart gives both; none when one is not a name ("Все материалы"). Where
    no element is classed ``author``, one classed in the page's language (:data:`_AUTHOR_CLASS_LOCAL`:
    L'Express's Drupal ``field--name-field-auteur``; ext66) when each names two words or more."""
    links = [*_AUTHOR_LINK.finditer(window)] if "/author" in window else []
    if links:
        names = [_clean(_TAG.sub(" ", m.group(2))) for m in links]
        # a link's text that its address's words do not spell is no writer's ("Photo: Getty Images" on
        # /author/jane-doe): the one test :func:`_author_page_links` asks too (:func:`_slug_names`)
        pairs = list(zip(links, names, strict=True))
        if not all(_slug_names(m.group(1), n, ids=True) for m, n in pairs):
            # unless each is an author-classed element's link whose name no Latin slug spells (ext64)
            if all(_classed_unspelled(window, m.start(), n) for m, n in pairs):
                return _once([Author(n, None) for n in names[:_MAX_AUTHORS]])
            return []
    else:
        marks = [*_AUTHOR_CLASS.finditer(window)] if "author" in window else []
        names = [_clean(_TAG.sub(" ", m.group(1))) for m in marks]
        if not names and ("uteur" in window or "utor" in window):
            names = [_clean(m.group(1)) for m in _AUTHOR_CLASS_LOCAL.finditer(window)]
            if names and not all(" " in n and ":" not in n for n in names):
                return []  # a label's text ("Autor: ..."), or one word: a section's, a wire's
        if not names and "<a" in window:
            return _classed_links(window)
    names = [n for n in names if n]
    if names and not all(_is_name(n) for n in names) and any(":" in n for n in names):
        names = [_placed_name(n) for n in names]  # "أبوظبي: سامي مصطفى" (ext71)
        return _once([Author(n, None) for n in names[:_MAX_AUTHORS]]) if all(names) else []
    if not names or not all(_is_name(n) for n in names):
        return []
    return _once([Author(n, None) for n in names[:_MAX_AUTHORS]])


def _placed_name(text: str) -> str:
    """The name after the place (or a label) and a colon in an author-classed element's text, in a script
    without case: "أبوظبي: سامي مصطفى" ("Abu Dhabi: NAME", the Gulf papers' byline; ext71), "كتب: NAME"
    ("wrote:"). The place is one or two words, the name two to four (:func:`_caseless_name`); "" otherwise (a
    Latin "Photo: Getty Images" is no writer's, and a cased name is :func:`_is_name`'s to read)."""
    place, _colon, name = text.partition(":")
    name = name.strip()
    if (
        " " in name
        and len(place.split()) <= 2
        and _caseless_name(place)
        and ":" not in name
        and _caseless_name(name)
    ):
        return name
    return ""


#: An element classed as the author's (``author``, ``author-name``, ``author__name``, ``authorName``) that
#: holds one link and nothing else: the link's text (``<div class="author-name"><a href="/profil/...">``).
_AUTHOR_CLASS_LINK = lazy_re(
    r"<(?:span|div|p|li)\s[^>]*\bclass=[\"'](?:[^\"']*\s)?[\w-]*author(?:[_-]{0,2}[nN]ame)?[\"'\s][^>]*>"
    r"\s*<a\s[^>]*>([^<]{2,60})</a\s*>\s*</(?:span|div|p|li)\s*>"
)


def _classed_links(window: str) -> list[Author]:
    """The texts of the links that author-classed elements of ``window`` hold alone
    (:data:`_AUTHOR_CLASS_LINK`), whatever the address (``/profil/``, ``/writer/``, ``/person/``), when each
    is a person's name: two to five capitalised words (:func:`_is_name`; one word is a section's, a tag's),
    or one to four words of a script without case (:func:`_caseless_name`: Hebrew, Arabic, Chinese). A
    template's byline (BirGün's, Israel Hayom's, Asharq Al-Awsat's: ext65); an element holding text besides
    its link, or a link whose text is no name ("Tüm yazıları"), names no one."""
    names = [_clean(m.group(1)) for m in _AUTHOR_CLASS_LINK.finditer(window)]
    if not names or not all(n and ((" " in n and _is_name(n)) or _caseless_name(n)) for n in names):
        return []
    return _once([Author(n, None) for n in names[:_MAX_AUTHORS]])


#: An element classed as the author's, opened right before a link (``<span class="author"><a ...>``).
_AUTHOR_CLASS_OPEN = lazy_re(r"""class=["'](?:[^"']*\s)?[\w-]*author["'][^>]*>\s*$""")
_LATIN = lazy_re(r"[a-z]")


def _classed_unspelled(window: str, at: int, name: str) -> bool:
    """Does the link at ``at`` in ``window`` open an author-classed element (:data:`_AUTHOR_CLASS_OPEN`), and
    is its text ``name`` one no Latin slug can spell: a name in Arabic, Hebrew, Chinese or another script
    :func:`~linkcheck.names.loose_key` gives no Latin letter for (Hespress's ``/author/youssef-idrissi`` for
    "يوسف الإدريسي", ext64)? Then the address is no test of the name, and the class marks it."""
    if not _caseless_name(name):
        return False
    return _AUTHOR_CLASS_OPEN.search(window, max(0, at - 120), at) is not None


def _caseless_name(name: str) -> bool:
    """Is ``name`` one to four words of letters (and their combining marks) of a script without case,
    nothing else, none a Latin slug can spell: "يوسف الإدريسي", "נועה כהן", "林宗翰"? Not a credit's
    sentence, not a word with a figure or a mark of punctuation."""
    words = name.split()
    if not 1 <= len(words) <= 4 or _LATIN.search(loose_key(fold(name))):
        return False
    return all(
        (c.isalpha() and not (c.isupper() or c.islower())) or unicodedata.category(c)[0] == "M"
        for w in words
        for c in w
    )


def _slug_names(slug: str, name: str, *, ids: bool) -> bool:
    """Whether an author page's address part ``slug`` may be ``name``'s: its words open with the name's,
    both folded and read by :func:`~linkcheck.names.loose_key` (``sergej-ezhov`` for "Сергей Ежов",
    ``дилноза-азизова`` for "Дилноза Азизова"), or its words run together (``szabodaniel`` for "Szabó
    Dániel"; ext70), or, where ``ids`` allows, it is a number, an id (``/authors/1234``). The one test of
    ext62's and ext63's author-page links (merged by the lead)."""
    slug_folded = fold(unquote(slug))
    # A slug that spells the name in its own script, percent-encoded (RFE/RL's Pangea: "/author/%D5%A1...",
    # Armenian; ext67), which ``fold`` leaves in that script: split on what is no letter or figure in any.
    split = _SLUG_SPLIT if slug_folded.isascii() else _SLUG_SPLIT_ANY
    parts = [w for w in split.split(slug_folded) if w]
    if all(w.isdigit() for w in parts):
        return ids and bool(parts)
    folded = fold(name)
    if _GREEK.search(name) is not None:
        folded = _greek_digraphs(folded)
    words = [w for w in split.split(folded) if w]
    if len(parts) == 1 and len(words) > 1 and len(parts[0]) == sum(map(len, words)):
        # the name's words run together ("/author/szabodaniel" for "Szabó Dániel"; ext70)
        return parts[0] == "".join(words)
    return bool(words) and [loose_key(w) for w in parts[: len(words)]] == [loose_key(w) for w in words]


#: A letter of the Greek alphabet (with its tonos), and the vowel pairs ``fold`` romanises letter by letter
#: ("ου" as "oy", "αυ" as "ay", "ευ" as "ey") and the "γγ" it gives as "gg".
_GREEK = lazy_re("[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_UPSILON = lazy_re(r"([ae])y(?=th|ch|ps|[ktpsfx])|([ae])y|oy|gg")


def _greek_digraphs(folded: str) -> str:
    """A Greek name ``fold`` romanised letter by letter, as Greek slugs and passports spell it (ELOT 743):
    "ου" is "ou", "αυ" and "ευ" are "af" and "ef" before a voiceless consonant and "av" and "ev" otherwise,
    "γγ" is "ng": "Παπαδοπούλου" is ``papadopoulou``, "Ευστάθιος" ``efstathios``, "Ευάγγελος" ``evangelos``
    (Proto Thema's ``/author/maria-papadopoulou/``, ext65)."""

    def spell(m: re.Match[str]) -> str:
        if m.group(1):
            return m.group(1) + "f"
        if m.group(2):
            return m.group(2) + "v"
        return "ou" if m.group(0) == "oy" else "ng"

    return _GREEK_UPSILON.sub(spell, folded)


#: An element whose class is the bare word ``name`` (``<span class="name">``, ``<a class="name" ...>``),
#: holding only text: a byline's name where no label, link or author class marks it (La Presse's and
#: Mwananchi's; ext64). Only the class token ``name``: ``site-name`` and ``section-name`` are not.
_NAME_CLASS = lazy_re(
    r"""<(?:span|a|p|div|strong|b)\s[^>]*\bclass=["'](?:[^"']*\s)?name["'\s][^>]*>([^<]{3,60})</"""
)


def _name_classed(window: str, own_names: tuple[str | None, ...]) -> list[Author]:
    """The texts of the elements classed ``name`` in ``window`` (:data:`_NAME_CLASS`), when each reads as a
    person's name of two to five words and none is the site's own (``own_names``): one word (a section, a
    tag, a product) or a sentence names no one, and then nothing is read."""
    marks = [*_NAME_CLASS.finditer(window)] if "name" in window else []
    names = [_clean(m.group(1)) for m in marks]
    own = {fold(n) for n in own_names if n}
    if not names or not all(n and " " in n and _is_name(n) and fold(n) not in own for n in names):
        return []
    return _once([Author(n, None) for n in names[:_MAX_AUTHORS]])


#: A byline marked as a schema.org item's author, in microdata (``itemprop="author"``) or RDFa
#: (``property="schema:author"``), and the name inside it (``itemprop="name"``, ``property="schema:name"``)
#: or its own text when it holds no element.
_ITEM_AUTHOR = lazy_re(r"""(?:itemprop|property)=["'](?:schema:)?author["'][^>]*>""")
_ITEM_NAME = lazy_re(r"""(?:itemprop|property)=["'](?:schema:)?name["'][^>]*>([^<]{2,80})<""")
#: How far inside the author's element its name is looked for.
_ITEM_NAME_REACH = 300


def _item_author(window: str) -> list[Author]:
    """The name of the first schema.org author item in ``window`` (:data:`_ITEM_AUTHOR`): its ``name``
    property's text within :data:`_ITEM_NAME_REACH`, or the element's own text; a person where the item's
    type says so. Ukrainska Pravda's microdata ``Person`` and OC Media's RDFa one (the sixty-second batch),
    on pages whose JSON-LD and metas name no one."""
    item = _ITEM_AUTHOR.search(window)
    if item is None:
        return []
    named = _ITEM_NAME.search(window, item.end(), item.end() + _ITEM_NAME_REACH)
    name = _clean(named.group(1) if named is not None else window[item.end() : window.find("<", item.end())])
    kind = "person" if "Person" in window[item.start() : item.end()] else None
    return [Author(name, kind)] if name and _is_name(name) else []


#: A link to an author's page (``/author/ian-froese-1.4226110``, ``/autor/monika-todova/``): its address's
#: slug after the segment, and its text. The segment in English, Spanish and Portuguese (``/autores/``),
#: German (``/autoren/``), Italian (``/autore/``), French (``/auteur/``), Polish, Croatian and Vietnamese
#: (``/tac-gia/``: ext64), Welsh (``/awdur/``, "author", and ``/awduron/``: Golwg360's "Gan <a
#: href=/awdur/...>NAME</a>"; ext71).
_AUTHOR_PAGE_LINK = lazy_re(
    r"""<a\b[^>]*\bhref=["'][^"']*/(?:authors?|autor(?:es|en|e|i|zy)?|auteurs?|tac-gia|awdur(?:on)?)/"""
    r"""([^"'/?#]{3,80})"""
    r"""[^>]*>(.*?)</a\s*>""",
    re.IGNORECASE | re.DOTALL,
)
#: The address segments :data:`_AUTHOR_PAGE_LINK` knows, as a cheap test of a byline's window.
_AUTHOR_PATHS = ("/author", "/autor", "/auteur", "/tac-gia", "/awdur")
_SLUG_SPLIT = lazy_re(r"[^a-z0-9]+")
#: What splits a slug written in another script (:func:`_slug_names`).
_SLUG_SPLIT_ANY = lazy_re(r"[\W_]+")


def _author_page_links(window: str) -> list[Author]:
    """The names of the links to author pages in ``window`` whose text is the name their address spells
    (the slug's words open with the text's, folded): a template's byline link (the SCMP's, CBC's, Denník
    N's: the sixty-second batch). A link whose text is not its slug's (a section, "All authors", a photo's
    credit page) names no one."""
    found: list[Author] = []
    for m in _AUTHOR_PAGE_LINK.finditer(window):
        name = _clean(_TAG.sub(" ", m.group(2)))
        if name and _slug_names(m.group(1), name, ids=False) and _is_name(name):
            found.append(Author(name, None))
        if len(found) >= _MAX_AUTHORS:
            break
    return _once(found)


#: A reporter credited the Japanese way, in lenticular brackets closing the first paragraph, maybe after the
#: place and an equals sign ("...と発表した。【佐藤悠希】", "【ワシントン＝山田太郎】").
_BRACKETED_CREDIT = lazy_re(r"【(?:[^【】=＝<]{1,12}[=＝])?([^\W\d_]{2,12}(?:\s[^\W\d_]{1,8})?)】\s*</p>")


def _bracketed_credit(window: str) -> list[Author]:
    """The reporter a bracketed credit names at the end of a paragraph after the headline, the first in
    the byline's reach (:data:`_BRACKETED_CREDIT`): the Mainichi's "【佐藤悠希】" closing its lead (the
    sixty-second batch). A bracket opening a paragraph ("【速報】", a kicker) or inside it closes no
    paragraph and names no one."""
    credit = _BRACKETED_CREDIT.search(window)
    return [Author(credit.group(1), "person")] if credit is not None else []


def _labelled_byline(window: str) -> list[Author]:
    """The names of the first of :data:`_MAX_LABELS` labelled bylines in ``window`` whose every part is a
    name: the line runs from the label to its block's end or a separator (:data:`_BYLINE_SEPARATOR`), is
    split on commas and "and", and loses a part that is an address (the site's credit, "Emol.com") or a
    wire's acronym beside a writer's name (:func:`_wire_beside_writer`)."""
    for count, label in enumerate(_BYLINE_LABEL.finditer(window)):
        if count == _MAX_LABELS:
            break
        end = _BYLINE_END.search(window, label.end())
        line = _TAG.sub(" ", window[label.end() : end.start() if end else label.end() + 200])
        if (separator := _BYLINE_SEPARATOR.search(line)) is not None:
            line = line[: separator.start()]
        line = _clean(line)
        parts = [p for p in _NAMES_SPLIT.split(line) if p and not _HOST_PART.match(p)] if line else []
        if len(parts) > 1 and any(" " in p for p in parts):
            parts = [p for p in parts if not _wire_beside_writer(p)]
        if parts and all(_is_name(p) for p in parts):
            return _once([Author(p, None) for p in parts[:_MAX_AUTHORS]])
    return []


#: A Korean byline: an element's text opening with one name or more (two to four Hangul syllables, joined
#: by "·" or a comma), a space, and "기자" ("reporter"; "선임기자", "senior reporter") or "특파원"
#: ("correspondent"), not a word going on ("기자회견", "press conference"): "김민지 기자",
#: "김민지·이준호 기자".
_KOREAN_REPORTER = lazy_re(
    r">\s*([가-힣]{2,4}(?:\s*[·ㆍ,]\s*[가-힣]{2,4}){0,4})\s+(?:선임|수석|전문)?(?:기자|특파원)(?![가-힣])"
)
#: A Chinese byline: "記者" ("reporter", simplified "记者"), the names (two to four Han characters each,
#: joined by "、" or a comma, maybe a link), and the slash before the place of the report: UDN's "聯合報／
#: 記者林宗翰／高雄即時報導", "记者 王小明／北京报道".
_REPORTER_SLASH = lazy_re(
    r"[記记]者\s*(?:<a\b[^>]*>\s*)?([\u4e00-\u9fff]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff]{2,4}){0,3})"
    r"\s*(?:</a\s*>\s*)?[／/]"
)
_NAME_JOIN = lazy_re(r"\s*[·ㆍ,、，]\s*")


def _korean_reporters(window: str) -> list[Author]:
    """The names of the first Korean byline in ``window`` (:data:`_KOREAN_REPORTER`), without the word
    "기자" (ext65: the Kyunghyang Shinmun's "김민지 기자", a link to the reporter's page)."""
    m = _KOREAN_REPORTER.search(window)
    if m is None:
        return []
    return _once([Author(n, "person") for n in _NAME_JOIN.split(m.group(1)) if n][:_MAX_AUTHORS])


def _reporter_slash(window: str) -> list[Author]:
    """The reporters the first Chinese byline in ``window`` names (:data:`_REPORTER_SLASH`): UDN's (ext65).
    "記者會" ("press conference") and a dateline's "記者陳怡君台北22日電", where no slash ends the name
    (and the name runs into the place), are not read."""
    m = _REPORTER_SLASH.search(window)
    if m is None:
        return []
    return _once([Author(n, "person") for n in _NAME_JOIN.split(m.group(1)) if n][:_MAX_AUTHORS])


#: A dateline that credits the site and then its reporter: a place, a dash, the outlet, a comma, the
#: reporter's name and a full stop, maybe in bold ("Бишкек - 24.kg, Ольга Петренко.").
_DATELINE_REPORTER = lazy_re(
    r"\s*(?:<(?:strong|b)\b[^>]*>\s*)?[A-ZА-ЯЁ][\w'’. -]{1,40}?\s[-–—]\s([^,<]{2,40}),\s([^.<]{3,60})\."
)


def _dateline_reporter(window: str, at: int, own_names: tuple[str | None, ...]) -> list[Author]:
    """The reporter a dateline at ``at`` credits after the site's own name (:data:`_DATELINE_REPORTER`):
    the outlet must be one of ``own_names`` (so a city and a phrase are not read as a credit), and the
    name two to five capitalised words."""
    credit = _DATELINE_REPORTER.match(window, at)
    if credit is None or fold(credit.group(1).strip()) not in {fold(n) for n in own_names if n}:
        return []
    name = _clean(credit.group(2))
    return [Author(name, None)] if name and " " in name and _is_name(name) else []


def own_only(authors: list[Author], own_names: tuple[str | None, ...]) -> bool:
    """Do ``authors`` name only the site itself or its publisher (``own_names``): a JSON-LD node crediting
    the site as the author of every story, which says nothing of who wrote this one (ext60)? Each author's
    name folds (:func:`fold`) to one of the names'. The cheap test that spares most pages this call is the
    caller's, in one place (``extract.core._authors``: the first author's first character is the site
    name's); a first-letter test here too answered nothing that test and the folded names do not (cost27)."""
    own = {fold(n) for n in own_names if n}
    return bool(authors) and bool(own) and all(fold(a.name) in own for a in authors)


def own_desk(authors: list[Author], own_names: tuple[str | None, ...]) -> bool:
    """Do ``authors`` name only organisations that are the site's own desks: each name is one of
    ``own_names`` (the site's, its publisher's) and more words after it ("RTÉ News" on rte.ie, whose site
    calls itself "RTÉ"; ext67)? Such a JSON-LD credit says no more than the site's own name (:func:`own_only`)
    of who wrote the story, and a byline's names win over it."""
    own = [fold(n) + " " for n in own_names if n]
    return (
        bool(authors)
        and bool(own)
        and all(a.kind == "organization" and any(fold(a.name).startswith(o) for o in own) for a in authors)
    )


#: A staff credit where a writer's name would be: a role, not a name ("Staff Reporter"; Bengali "নিজস্ব
#: প্রতিবেদক" and "নিজস্ব সংবাদদাতা", "own reporter" and "own correspondent", Prothom Alo's credit for its
#: desk's stories, and "স্টাফ রিপোর্টার"; ext67), folded: names no one.
_STAFF_CREDITS = frozenset(
    fold(credit)
    for credit in (
        "Staff Reporter",
        "Staff Writer",
        "Staff Correspondent",
        "Our Correspondent",
        "Our Staff Reporter",
        "নিজস্ব প্রতিবেদক",
        "নিজস্ব সংবাদদাতা",
        "স্টাফ রিপোর্টার",
    )
)


#: How a staff credit opens (:data:`_STAFF_CREDITS`' first words, lower-cased): the test before a name is
#: folded (a fold on every page's author cost ~0.8% of a page's read; ext67).
_STAFF_OPENERS = ("staff", "our ", "নিজস্ব", "স্টাফ", "redac", "rédac", "redaz", "redak")
#: A newsroom's word that opens a desk's credit ("Redacción Economía", "Redazione Esteri", "Rédaction
#: Web", "Redaktion Politik"), folded: a desk, no one (ext70).
_DESK_HEADS = frozenset(
    fold(word) for word in ("Redacción", "Redação", "Redazione", "Rédaction", "Redaktion")
)
#: Their first characters, either case: the caller's one test a page (``extract.core._authors``), on the
#: first author (a staff credit stands first, mostly alone).
STAFF_INITIALS = frozenset("SsOoনসRr")
#: Their first two characters, lower-cased ("st", "ou", "নি", "স্"): the caller's second test, on a first
#: author past :data:`STAFF_INITIALS` who stands alone (a call for a "Sarah Jones" or an "Oliver Smith", one
#: page in eight of the benchmark's, cost ~4.7 k instructions; cost34). Two characters lower-cased are the
#: first two of six lower-cased (only "İ" lowers to two, and neither of them opens a credit).
STAFF_STARTS = frozenset(opener[:2] for opener in _STAFF_OPENERS)


def without_staff_credits(authors: list[Author]) -> list[Author]:
    """``authors`` without the staff credits among them (:data:`_STAFF_CREDITS`) and the desks' credits
    (:data:`_DESK_HEADS`' word first: "Redacción Economía")."""
    if not any(a.name[:6].lower().startswith(_STAFF_OPENERS) for a in authors):
        return authors
    return [
        a
        for a in authors
        if (folded := fold(a.name)) not in _STAFF_CREDITS and folded.split(" ", 1)[0] not in _DESK_HEADS
    ]


def _is_name(text: str) -> bool:
    """Does ``text`` read as a person's or an organisation's name: one to five words, no figures, each
    word beginning with a capital (or a particle, "von", "de"), or a word in capitals ("dpa" aside, which
    a wire may write in lower case)?"""
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 60 or any(c.isdigit() for c in text):
        return False
    if len(words) == 1 and text.isalpha():
        return True  # one word: a wire ("dpa", "Reuters", "ТАСС") or a signature
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words) and words[0][:1].isupper()


def _clean(value: str | None) -> str:
    """``value`` with its character references read, its white space collapsed (by ``split``: a regex's
    substitution cost a name five times as much) and its edges' punctuation stripped."""
    if not value:
        return ""
    if "&" in value:
        value = unescape(value)
    if "  " in value or "\n" in value or "\t" in value or "\r" in value:
        value = " ".join(value.split())
    return value.strip(" ,;:·|—–-\xa0")


def _urlish(name: str) -> bool:
    """Is ``name`` an address (:data:`_URLISH`)? Asked of the pattern only for a name holding a slash or
    opening with ``www.``: most names hold neither."""
    return ("/" in name or name[:4].lower() == "www.") and _URLISH.match(name) is not None


def _wire_beside_writer(part: str) -> bool:
    """Is ``part`` of a byline naming a writer too a wire's acronym, one word of two to six capitals
    ("Autor: Martin Kováč, TASR", "Jane Doe, AFP", "ČTK"; ext66)? The agency whose copy the writer used, or
    the writer's employer, as ``_HOST_PART`` is the site's: no writer. Alone in a byline ("Autor: TASR") it
    is the credit, and the caller keeps it."""
    return 2 <= len(part) <= 6 and part.isalpha() and part.isupper()


def _once(authors: list[Author]) -> list[Author]:
    """``authors`` without repeats of a name (folded), the first kept."""
    if len(authors) < 2:
        return authors
    seen: set[str] = set()
    kept: list[Author] = []
    for author in authors:
        key = fold(author.name)
        if key not in seen:
            seen.add(key)
            kept.append(author)
    return kept
