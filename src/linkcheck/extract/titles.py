"""Titles: strip the site name and section affixes from a title, and choose the page's headline.

A title such as ``Ирак ... - РИА Новости, 09.01.2020`` or ``Взгляд / Headline :: Политика`` is split at
its separators; a leading or trailing part is an affix when it names the site (``og:site_name``, the
publisher, the host name, transliterated when Cyrillic) or when another title the page offers equals the
remaining parts (what repeats across candidates). No list of outlets is involved.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from linkcheck.extract.dates import find_text_dates, plain_url_split
from linkcheck.extract.tables import SECOND_LEVEL_SUFFIXES, TRANSLIT, title_separator_re
from linkcheck.lazyre import lazy_re
from linkcheck.memo import PAGE_KEYS
from linkcheck.names import matches_at_keys

__all__ = [
    "clean_text",
    "host_labels",
    "is_clean",
    "is_host_name",
    "names_site",
    "normalize_title",
    "squash",
    "strip_affixes",
    "strip_affixes_by_keys",
    "strip_clean_affixes",
    "wanted_titles",
]

_ENTITY = lazy_re(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_QUOTES = str.maketrans(dict.fromkeys("‘’‚‛′`´", "'") | dict.fromkeys("“”„‟″«»", '"'))
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))
_NON_WORD = lazy_re(r"[\W_]+")
_CYRILLIC = lazy_re("[\u0400-\u04ff]")
_MAX_TITLE = 1000
# (White space collapsed. ``" ".join(text.split())`` is ``text`` less one space at either end, which
# :func:`clean_text` and :func:`normalize_title` strip anyway, when ``text`` is printable and holds no two
# spaces in a row: every character ``str.split`` splits at but the space is a control, a separator or a
# format character (``\t``, ``\x1c``-``\x1f``, ``\x85``, U+00A0, U+2028, ...), none printable, and so is
# the soft hyphen :func:`clean_text` drops; ``tests/test_read_cost_cuts6.py`` checks every code point. Most
# titles are so: the test, two C scans, spares the split into a string a word, the list and the join, ~2-3 k
# instructions a new title.)
#: Control characters that are not whitespace (``str.split`` takes ``\t\n\v\f\r``, ``\x1c``-``\x1f`` and
#: ``\x85`` as spaces): never part of a title, and a terminal acts on them (``ESC [2J`` clears the screen).
_CONTROLS = lazy_re("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
#: A run of two or more zero-width characters (spaces, joiners, word joiner, byte order mark): one joins an
#: emoji's or an Indic script's letters and is kept; a run joins nothing and only hides the words (a title
#: padded with 10,000 joiners to slip past filters, then cut at :data:`_MAX_TITLE` before them): dropped.
_ZERO_WIDTH_RUN = lazy_re("[\u200b-\u200d\u2060\ufeff]{2,}")
#: (The zero-width characters are looked for with ``in``, one by one, in a text that is not ASCII: a
#: character class holding them besides the controls is no byte map, and scans every text
#: :func:`clean_text` reads, each title, description and dateline, several times more slowly.)
#: Bidirectional formatting characters: the marks (U+200E, U+200F, U+061C), embeddings and overrides
#: (U+202A-U+202E) and isolates (U+2066-U+2069). Invisible, no part of any word: a right-to-left CMS wraps a
#: title, or the Latin name in it, in them ("\u202b...\u202c", "\u2066MV Sahel\u2069"), and the cited
#: title has none; dropped. (Searched for only in a text that is not ASCII.)
_BIDI_CONTROL = lazy_re("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: Unicode tag characters (U+E0000-U+E007F): no browser draws them, so a run of them spells text no reader
#: sees ("ASCII smuggling": a sentence after a title, for whatever reads the characters), dropped. Kept: an
#: emoji tag sequence, a black flag and a subdivision's code in tags ended by CANCEL TAG (Scotland's flag),
#: which draws a flag. Searched for with the bidirectional controls, in one pass (:data:`_BIDI_OR_TAG`).
_BIDI_OR_TAG = lazy_re("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]")
_TAG_RUN = lazy_re("(\U0001f3f4[\U000e0020-\U000e007e]{1,7}\U000e007f)|[\U000e0000-\U000e007f]+")
#: Articles and particles dropped when comparing a site name with a host ("La Gazette de l'Est", gazette-est).
_ARTICLES = frozenset(
    {"the", "a", "of", "la", "le", "les", "l", "de", "du", "des", "d", "el", "los", "las", "il", "lo", "di",
     "del", "da", "do", "dos", "das", "der", "die", "den", "van", "het", "y", "and", "et", "und"}
)  # fmt: skip
_WORD_SPLIT = lazy_re(r"[\s'’.-]+")
_LEADING_ARTICLE = lazy_re(r"^(the|la|le|el|il|die|der|das)")
#: Separators that set a section label apart (a hyphen or colon may be part of the headline).
_SECTION_SEPARATORS = frozenset({"|", "::", "»", "/", "·", "•", ">", ">>"})
#: Dashes, which set apart a section label only when it is an acronym (:func:`_is_acronym`).
_DASH_SEPARATORS = frozenset({"-", "–", "—"})
_DIGIT = lazy_re(r"\d")
#: A title part that is a written domain name (``English.news.cn``, ``SZ.de``): the site's address.
_HOST_NAME = lazy_re(r"(?:[^\W_][\w-]*\.)+([^\W\d_]{2,12})")
#: Dotted names that are not domains (``Node.js``, ``report.pdf``).
_NOT_TLDS = frozenset(
    {"js", "ts", "py", "rb", "exe", "txt", "pdf", "doc", "docx", "jpg", "png", "gif", "html"}
)
_SEPARATOR_CHARS = frozenset("|–—·•«»/\\~-:<>_：｜")
_SEPARATOR_CHAR = lazy_re("[" + re.escape("".join(sorted(_SEPARATOR_CHARS))) + "]")
_AFFIX_PUNCT = " :|-–—»>/·•,("
_AFFIX_END = lazy_re(r"\S\s*[:|»>/·•-]\s*$")
_AFFIX_START = lazy_re(r"^\s*(?:[:|«</·•-]|\()\s*\S")


def _kept_flag(found: re.Match[str]) -> str:
    return found.group(1) or ""


def drop_invisible_tags(text: str) -> str:
    """``text`` without bidirectional formatting characters and runs of Unicode tag characters
    (:data:`_TAG_RUN`), an emoji flag's tag sequence kept whole."""
    if max(text) >= "\U000e0000":  # a tag character or another one beyond it (astral text is rare)
        text = _TAG_RUN.sub(_kept_flag, text)
    return _BIDI_CONTROL.sub("", text)


@lru_cache(maxsize=PAGE_KEYS)  # a page offers one headline several times (og:title, JSON-LD, h1, ...)
def clean_text(text: str | None) -> str:
    """Unescape entities left in attribute values, drop control characters, runs of zero-width
    characters and bidirectional formatting characters, collapse whitespace, bound the length."""
    if not text:
        return ""
    if "&" in text:
        text = html.unescape(text)
        if "&" in text and _ENTITY.search(text):  # double-escaped ("&amp;#039;") by some CMSs
            text = html.unescape(text)
    if _CONTROLS.search(text):
        text = _CONTROLS.sub("", text)
    if not text.isascii() and (
        "\u200d" in text or "\u200b" in text or "\u200c" in text or "\u2060" in text or "\ufeff" in text
    ):
        text = _ZERO_WIDTH_RUN.sub("", text)
    if not text.isascii() and _BIDI_OR_TAG.search(text):
        text = drop_invisible_tags(text)
    if text.isprintable() and "  " not in text:  # collapsed already (the note at :data:`_MAX_TITLE`)
        return text.strip(" ")[:_MAX_TITLE]
    return " ".join(text.replace("\u00ad", "").split())[:_MAX_TITLE]


@lru_cache(maxsize=PAGE_KEYS)
def normalize_title(text: str) -> str:
    """A comparison key: NFKC, case-folded, typographic quotes and dashes made plain, spaces collapsed."""
    if text.isascii():  # NFKC keeps ASCII, casefold is lower, the backtick is the one ASCII quote mapped
        text = text.replace("`", "'").lower()
    else:
        text = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_DASHES).casefold()
    if text.isprintable() and "  " not in text:  # collapsed but at its ends (the note at :data:`_MAX_TITLE`)
        return text.strip(" .")
    return " ".join(text.split()).strip(" .")


@lru_cache(maxsize=PAGE_KEYS)
def squash(text: str) -> str:
    """Letters and digits only, lower-case, Cyrillic transliterated: ``РИА Новости`` -> ``rianovosti``."""
    text = normalize_title(text)
    if text.isascii():  # nothing to transliterate or decompose
        return _ascii_squash(text)
    if _CYRILLIC.search(text):
        text = "".join(TRANSLIT.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return _NON_WORD.sub("", "".join(ch for ch in text if not unicodedata.combining(ch)))


def _ascii_squash(text: str) -> str:
    """``_NON_WORD.sub("", text)`` for an ASCII ``text``: its letters and digits. Spaces are dropped first by
    ``str.replace`` (the space is a character ``_NON_WORD`` drops; :func:`squash` hands over
    :func:`normalize_title`'s output, whose only white space is single spaces), and what is left is returned
    as it is when it is letters and digits only (in ASCII, ``isalnum`` is ``[A-Za-z0-9]``: what ``[\\W_]``
    leaves), as a headline is; else the pattern drops the rest, any other white space with it. A new
    headline's squash costs ~8 k instructions so, ~28 k by the pattern alone (``sre`` tests its class at
    every character and makes a match of every run of spaces); ``replace`` makes one string where ``split``
    and ``join`` made one a word and a list."""
    joined = text.replace(" ", "")
    return joined if joined.isalnum() else _NON_WORD.sub("", joined)


@lru_cache(maxsize=PAGE_KEYS)
def host_labels(url: str) -> tuple[str, ...]:
    """The distinctive labels of a URL's host: ``www.themoscowtimes.com`` -> ``["themoscowtimes"]``,
    ``news.bbc.co.uk`` -> ``["bbc", "news"]``, squashed (hyphens dropped)."""
    plain = plain_url_split(url)
    if plain is not None:  # what urlsplit's hostname reads from a netloc without brackets
        return _host_labels(plain[0].rpartition("@")[2].partition(":")[0].lower())
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ()
    return _host_labels(host)


@lru_cache(maxsize=1024)
def _host_labels(host: str) -> tuple[str, ...]:
    """:func:`host_labels` of a lower-case host name (memoised per host: a run's URLs share few hosts)."""
    parts = [p for p in host.split(".") if p]
    if len(parts) < 2:
        return tuple(squash(p) for p in parts if len(p) >= 2)
    suffix_len = 2 if ".".join(parts[-2:]) in SECOND_LEVEL_SUFFIXES and len(parts) > 2 else 1
    name = parts[-suffix_len - 1]
    subs = [
        p for p in parts[: -suffix_len - 1] if p not in {"www", "m", "amp", "mobile", "en", "ru", "de", "fr"}
    ]
    return tuple(squash(label) for label in [name, *reversed(subs)] if len(label) >= 2)


def names_site(part: str, site_names: Iterable[str] = (), url: str = "") -> bool:
    """Does a title part name the site: one of ``site_names`` or the host of ``url`` (transliterated)?"""
    return _is_site_part(part, tuple(squash(s) for s in site_names if s), host_labels(url) if url else ())


@lru_cache(maxsize=PAGE_KEYS)
def _bare_key(part: str) -> str:
    """The squashed name without articles and particles: "La Gazette de l'Est" -> ``gazetteest``."""
    return "".join(squash(w) for w in _WORD_SPLIT.split(part) if w.casefold() not in _ARTICLES)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def is_host_name(part: str) -> bool:
    """Is this title part a written domain name (``English.news.cn``, ``Газета.Ru``), not a file name?"""
    if "." not in part:  # the pattern's one literal: a headline has none, and is answered at once (cost17)
        return False
    m = _HOST_NAME.fullmatch(part.strip())
    return m is not None and m.group(1).lower() not in _NOT_TLDS


@lru_cache(maxsize=PAGE_KEYS)
def _is_site_part(part: str, site_keys: tuple[str, ...], hosts: tuple[str, ...]) -> bool:
    """Does one title part name the site (possibly followed by a date, as ria.ru writes it)?

    ``hosts[0]`` is the registrable name (loose matches allowed); further labels are subdomains (exact).
    """
    dates = list(find_text_dates(part)) if _DIGIT.search(part) else []
    if dates:  # "РИА Новости, 09.01.2020": judge the words without the date
        part = part[: dates[0][1]]
    key = squash(part)
    if not key or len(part.split()) > 6:
        return False
    if is_host_name(part):
        return True
    if hosts and _may_be_bare_host(part, key, hosts):
        bare = _bare_key(part)
        if bare and bare in hosts:
            return True
    for site in site_keys:
        if not site:
            continue
        if key == site:
            return True
        # sorted((key, site), key=len), which is stable, without its list and calls (cost17)
        shorter, longer = (site, key) if len(site) < len(key) else (key, site)
        if len(shorter) >= 3 and longer.startswith(("the", "la", "le", "el", "il", "die", "der", "das")):
            longer_core = _LEADING_ARTICLE.sub("", longer)
            if longer_core == shorter:
                return True
        if len(shorter) >= 4 and shorter in longer and len(longer) <= 2 * len(shorter) + 4:
            return True
    initials = None
    for position, host in enumerate(hosts):
        if len(host) < 3:
            continue
        if len(host) <= 6 and part.count(" ") >= 2:
            # A host of the name's initials: pib.gov.in for "Press Information Bureau" (three words or more).
            initials = _initials(part) if initials is None else initials
            if initials == host:
                return True
        if position > 0:
            if key == host:
                return True
            continue
        if key == host or (host in key and len(key) <= 2 * len(host) + 6):
            return True
        if key in host and len(key) >= 4 and len(host) <= 2 * len(key) + 4:
            return True
        # An abbreviated host: ashgrovehistory.org for "Ashgrove Historical Society".
        if len(host) >= 6 and _common_prefix(key, host) >= max(6, int(0.8 * len(host))):
            return True
    return False


#: The longest of :data:`_ARTICLES` (in characters): what :func:`_bare_key` drops of a word at most.
_ARTICLE_CHARS = max(map(len, _ARTICLES))


def _may_be_bare_host(part: str, key: str, hosts: tuple[str, ...]) -> bool:
    """``False`` only when :func:`_bare_key` of ``part`` (whose :func:`squash` is ``key``) is longer than
    every one of ``hosts``, so none of them: :func:`_is_site_part`'s test of a headline, which would fold
    each of its words (~35 k instructions a new headline, cost17). Read for an ASCII ``part`` alone, where
    ``key`` is the part's ASCII letters and digits (lower-cased) and ``_bare_key`` is that with the words
    that are articles dropped: ``_WORD_SPLIT`` splits at characters that are neither, so the words share
    out ``key``'s characters, and an article's word has at most :data:`_ARTICLE_CHARS` of them. The words
    are at most one more than the part's other characters (``len(part) - len(key)``), so the bare key keeps
    at least ``len(key) - _ARTICLE_CHARS * (len(part) - len(key) + 1)`` characters. Any other part answers
    ``True`` (transliteration and Unicode folding change lengths)."""
    if not part.isascii():
        return True
    return len(key) - _ARTICLE_CHARS * (len(part) - len(key) + 1) <= max(map(len, hosts))


def _initials(part: str) -> str:
    """The first letters of ``part``'s words but its articles and particles, lower-cased ("Press Information
    Bureau" -> ``pib``, "Bank of England" -> ``be``); empty for fewer than three words."""
    words = [w for w in _WORD_SPLIT.split(part) if w and w.casefold() not in _ARTICLES]
    return "".join(w[0] for w in words).casefold() if len(words) >= 3 else ""


def strip_affixes(
    title: str, site_names: Iterable[str] = (), url: str = "", others: Iterable[str] = ()
) -> tuple[str, list[str], bool]:
    """Strip site-name and section affixes from ``title``; return ``(headline, removed_parts, by_name)``.

    ``by_name`` is true when the removed parts were recognised as the site's name (not by repetition).

    ``site_names`` are what the page calls itself; ``url`` gives the host; ``others`` are the page's other
    title candidates (raw), used to recognise the headline by repetition. Never returns an empty string
    for a non-empty title.
    """
    site_keys = tuple(squash(s) for s in site_names if s)
    return strip_affixes_by_keys(title, site_keys, host_labels(url) if url else (), others)


def strip_affixes_by_keys(
    title: str, site_keys: tuple[str, ...], hosts: tuple[str, ...], others: Iterable[str] = ()
) -> tuple[str, list[str], bool]:
    """:func:`strip_affixes` with the site names already squashed (``site_keys``) and the URL already read
    (``hosts``, from :func:`host_labels`): for a caller that strips several titles of one page."""
    title = clean_text(title)
    if not title:
        return "", [], False
    return strip_clean_affixes(title, _separators(title), wanted_titles(others), site_keys, hosts)


def wanted_titles(others: Iterable[str]) -> set[str]:
    """The comparison keys of a title's ``others`` (see :func:`strip_affixes`). A loop, not a comprehension
    (its frame cost more for the none or few others of most titles), and a text repeated next to itself
    (a ``<title>``'s others: og:title, JSON-LD and the h1, one headline) read once (cost19)."""
    wanted: set[str] = set()
    last = ""
    for other in others:
        if other and other != last:
            wanted.add(normalize_title(other))
            last = other
    wanted.discard("")
    return wanted


def is_clean(text: str) -> bool:
    """Is this output of :func:`clean_text` its own cleaned text (``clean_text(text) == text``)? It is when
    it holds no ``&`` (no entity left to unescape) and was not cut to the length bound (a cut may leave a
    space at its end)."""
    return "&" not in text and len(text) < _MAX_TITLE


def strip_clean_affixes(
    title: str,
    separators: list[re.Match[str]],
    wanted: set[str],
    site_keys: tuple[str, ...],
    hosts: tuple[str, ...],
) -> tuple[str, list[str], bool]:
    """:func:`strip_affixes_by_keys` of a non-empty ``title`` already cleaned (``clean_text(title) ==
    title``), with its :func:`_separators` and the :func:`wanted_titles` of its others already read: for a
    caller that strips one text several times or knows it clean."""
    norm = normalize_title(title)
    if not separators:
        return _strip_by_repetition(title, norm, wanted, site_keys, hosts)
    parts: list[str] = []
    last = 0
    for m in separators:
        parts.append(title[last : m.start()].strip())
        last = m.end()
    parts.append(title[last:].strip())
    seps = [m.group(0) for m in separators]

    def joined(lo: int, hi: int) -> str:
        text = parts[lo]
        for i in range(lo + 1, hi):
            text += seps[i - 1] + parts[i]
        return text.strip()

    # 1. Another candidate equals a run of parts (that does not name the site): that run is the headline.
    if wanted:
        for size in range(len(parts) - 1, 0, -1):
            for lo in range(len(parts) - size + 1):
                run = joined(lo, lo + size)
                if normalize_title(run) in wanted and not _is_site_part(run, site_keys, hosts):
                    return run, [p for i, p in enumerate(parts) if not lo <= i < lo + size], False
    stripped = _strip_by_repetition(title, norm, wanted, site_keys, hosts)
    if stripped[1]:
        return stripped
    # 2. Parts at either end that name the site.
    lo, hi = 0, len(parts)
    removed: list[str] = []
    while hi - lo > 1 and _is_site_part(parts[hi - 1], site_keys, hosts):
        removed.insert(0, parts[hi - 1])
        hi -= 1
    if not removed:
        while hi - lo > 1 and _is_site_part(parts[lo], site_keys, hosts):
            if seps[lo].strip() in _COLONS and _part_of_name(parts[lo], site_keys, hosts):
                break  # "Dakar : headline" on Dakarinfo: a place before a colon, a word of the site's name
            removed.append(parts[lo])
            lo += 1
    if not removed or not joined(lo, hi):
        return title, [], False
    # A short section label beside the site name ("Headline | World news | The Guardian").
    if hi - lo > 1:
        edge, inner = (hi - 1, lo) if hi < len(parts) else (lo, hi - 1)
        sep = seps[edge - 1] if edge == hi - 1 else seps[edge]
        if (
            (sep.strip() in _SECTION_SEPARATORS and len(parts[edge].split()) <= 3)
            or (sep.strip() in _DASH_SEPARATORS and _is_acronym(parts[edge]))
        ) and len(parts[inner].split()) >= 4:
            if edge == hi - 1:
                removed.insert(0, parts[edge])
                hi -= 1
            else:
                removed.append(parts[edge])
                lo += 1
    return joined(lo, hi), removed, True


#: The colons that set a kicker (a place, a topic) before a headline.
_COLONS = frozenset({":", "："})


def _part_of_name(part: str, site_keys: tuple[str, ...], hosts: tuple[str, ...]) -> bool:
    """Is ``part`` only a piece of the site's name or its registrable host, shorter than it (``Dakar`` of
    ``Dakarinfo`` and ``dakarinfo.sn``, ``Nairobi`` of ``nairobinews``): a site named after its city, and the
    city before a colon opening a headline (``Dakar : le TER ...``), which is the headline's kicker, not the
    site's name? The name itself or a longer one (``Dakarinfo :``, ``Dakarinfo Sénégal :``) is the site's.
    The fifty-third held-out batch."""
    key = squash(part)
    if not key:
        return False
    return any(key != site and key in site for site in site_keys) or (
        bool(hosts) and key != hosts[0] and key in hosts[0]
    )


def _is_acronym(part: str) -> bool:
    """Is this title part an acronym alone (two to five capital letters: ``DOU``, ``RFI``): beside the site's
    name, behind a dash, the name's abbreviation or a desk's (``Act - DOU - Imprensa Nacional``), where a
    word in lower case may end a headline (``Interview - Part two - Site``)."""
    return 2 <= len(part) <= 5 and part.isalpha() and part.isupper()


def _separators(title: str) -> list[re.Match[str]]:
    """``list(TITLE_SEPARATOR_RE.finditer(title))``: each match is a separator character preceded (in the
    match) only by whitespace, so it is looked for only around those characters."""
    return matches_at_keys(title_separator_re(), _SEPARATOR_CHAR, title)


def _strip_by_repetition(
    title: str, norm: str, wanted: set[str], site_keys: tuple[str, ...], hosts: tuple[str, ...]
) -> tuple[str, list[str], bool]:
    """Rule 0: another candidate is the title minus a prefix or suffix that ends or starts with
    punctuation ("Blog Name: Post title", "Post title (Site)")."""
    if not wanted:  # no other title (og:title's, most pages' JSON-LD headline's and h1's): nothing to test
        return title, [], False
    # Longest first; among equally long ones in their own order, not the set's (which changes with the
    # process's hash seed: "Kicker: Headline" with both halves offered, equally long, must read alike).
    # One is in order as it stands (no sort and no call of its key, cost19).
    for other in wanted if len(wanted) == 1 else sorted(wanted, key=lambda o: (-len(o), o)):
        if len(other) < 4 or len(other) >= len(norm) or _is_site_part(other, site_keys, hosts):
            continue
        if norm.endswith(other) and _AFFIX_END.search(norm[: -len(other)]):
            if len(title) != len(norm):
                return other, [norm[: -len(other)].rstrip(_AFFIX_PUNCT)], False
            cut = len(title) - len(other)
            return title[cut:].strip(), [title[:cut].rstrip(_AFFIX_PUNCT)], False
        if norm.startswith(other) and _AFFIX_START.search(norm[len(other) :]):
            if len(title) != len(norm):
                return other, [_unbracket(norm[len(other) :]).strip(_AFFIX_PUNCT)], False
            return title[: len(other)].strip(), [_unbracket(title[len(other) :]).strip(_AFFIX_PUNCT)], False
    return title, [], False


def _unbracket(affix: str) -> str:
    """A trailing affix in parentheses without them: ``Site`` of ``Post title (Site)``, not ``Site)``."""
    affix = affix.strip()
    if affix.startswith("(") and affix.endswith(")") and "(" not in affix[1:-1] and ")" not in affix[1:-1]:
        return affix[1:-1]
    return affix
