"""Read an article's prose for what it says about its links: outlets it names, related-article titles, and
the days ("on Thursday") its reports came out.

General rules, not lists of outlets:

- **Outlets.** A capitalised name in the prose (``RIA Novosti``, ``TASS``, ``The Moscow Times``, ``РИА
  Новости``) belongs to a link whose host spells it: a label equal to one of its identifying words
  (``ria.ru`` for RIA Novosti), or the name squeezed into one label from whole words and initials
  (``themoscowtimes.com``, ``nytimes.com``, ``bbc.co.uk`` for British Broadcasting Corporation).
  Cyrillic is romanised first. An acronym or a compound name is enough on its own; a single ordinary
  word (``Reuters``) must stand where outlets stand: after "told", "according to", "the state-run", before
  "reported", "quoted", "news agency"...
- **Related titles.** A ``Related article:`` / ``Read more:`` / ``See also:`` line gives a title to the link
  whose slug it matches, or to the link on that line, or to a link standing alone on the next line.
- **Days.** A weekday ("on Thursday") or a month and day ("on Jan. 9") in a sentence that reports what a
  cited source said (a reporting verb plus the link or its outlet) dates that report, resolved against the
  article's date.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from linkcheck.articles._base import (
    Link,
    clean_text,
    fold,
    loose,
    slug_keys,
    slug_score_set,
    split_url,
    title_keys,
)
from linkcheck.articles._dates import WEEKDAYS, find_month_day, resolve_month_day, resolve_weekday
from linkcheck.models import PartialDate

__all__ = ["attach_outlets", "attach_related_titles", "attach_report_dates", "host_labels"]

# --- hosts ----------------------------------------------------------------------------------------------

_SECOND_LEVEL = frozenset(
    ["co", "com", "net", "org", "gov", "ac", "edu", "go", "or", "ne", "ltd", "plc", "info"]
)
_GENERIC_LABELS = frozenset(
    [
        "www",
        "www1",
        "www2",
        "m",
        "mobile",
        "amp",
        "news",
        "edition",
        "beta",
        "web",
        "home",
        "static",
        "cdn",
        "en",
        "eng",
        "english",
        "ru",
        "rus",
        "de",
        "fr",
        "es",
        "it",
        "uk",
        "ua",
        "ar",
        "cn",
        "tr",
        "us",
        "world",
        "global",
        "online",
        "live",
        "media",
    ]
)


def host_labels(url: str) -> list[str]:
    """:func:`host_labels_uncached`, cached per URL."""
    return list(_host_labels(url))


@functools.lru_cache(maxsize=8192)
def _host_labels(url: str) -> tuple[str, ...]:
    return tuple(host_labels_uncached(url))


_NUMERIC_HOST = re.compile(r"[\d.]+")


def host_labels_uncached(url: str) -> list[str]:
    """The host labels of ``url`` that can carry an outlet's name, registrable label first, romanised:
    ``https://www.themoscowtimes.com/...`` -> ``["themoscowtimes"]``; ``news.bbc.co.uk`` -> ``["bbc"]``."""
    try:
        host = (split_url(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return []
    if "xn--" in host:
        with contextlib.suppress(UnicodeError):
            host = host.encode("ascii").decode("idna")
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2 or _NUMERIC_HOST.fullmatch(host):
        return []
    tld = labels.pop()
    if len(labels) >= 2 and len(tld) == 2 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    registrable = labels[-1]
    rest = [label for label in reversed(labels[:-1]) if label not in _GENERIC_LABELS]
    result = []
    for label in [registrable, *rest]:
        key = loose(fold(label).replace(" ", ""))
        if len(key) >= 2 and key not in result:
            result.append(key)
    return result


# --- outlet names in the prose --------------------------------------------------------------------------

#: Words that appear in many outlets' names and identify none on their own: a name may end with them
#: (``RIA Novosti``, ``TASS News Agency``) without losing its match with the host.
_GENERIC_WORDS = frozenset(
    loose(w)
    for w in [
        "news",
        "daily",
        "times",
        "post",
        "herald",
        "tribune",
        "journal",
        "gazette",
        "press",
        "media",
        "online",
        "network",
        "agency",
        "channel",
        "tv",
        "radio",
        "magazine",
        "weekly",
        "today",
        "world",
        "international",
        "global",
        "report",
        "review",
        "observer",
        "telegraph",
        "express",
        "service",
        "wire",
        "newspaper",
        "novosti",
        "vesti",
        "izvestia",
        "gazeta",
        "zeitung",
        "nachrichten",
        "presse",
        "diario",
        "noticias",
        "journal",
        "quotidien",
        "info",
    ]
)
_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "for",
        "de",
        "del",
        "la",
        "le",
        "el",
        "der",
        "die",
        "das",
        "di",
        "da",
        "du",
        "des",
        "&",
        "on",
        "in",
    ]
)
#: Every upper-case letter of the Basic Multilingual Plane (Latin, Cyrillic, Greek, ...), for the regex below.
_UPPER = "".join(chr(c) for c in range(0x10000) if chr(c).isupper() and chr(c).isalpha())
_CAP_REST = r"[\w'’&.-]*"
_CAP_WORD = rf"[{re.escape(_UPPER)}]{_CAP_REST}"
_MORE_WORDS = rf"(?:(?:[ \t]|\r?\n(?![ \t]*\r?\n))(?:(?:of|de|for|and|&|the)[ \t]+)?{_CAP_WORD}){{0,7}}"
#: A capitalised phrase (up to eight words, perhaps after "the"): what
#: ``(?:(?<![\w-])(?:[Tt]he)[ \t]+)?(?<![\w'’.-]){_CAP_WORD}{_MORE_WORDS}`` matches, written to start with a
#: character class (its first character, ``T``/``t`` or a capital) so that the regex engine skips ahead to the
#: next such character instead of trying every position; the lookbehinds then look past that character.
_PHRASE = re.compile(
    rf"[Tt{re.escape(_UPPER)}](?:(?<=[Tt])(?<![\w-].)he[ \t]+(?<![\w'’.-]){_CAP_WORD}{_MORE_WORDS}"
    rf"|(?<=[{re.escape(_UPPER)}])(?<![\w'’.-].){_CAP_REST}{_MORE_WORDS})"
)
#: Words that mark a name as an outlet's when they stand just before it ...
_CUE_BEFORE = re.compile(
    r"(?:\b(?:told|by|according|via|from|quoted|quoting|cited|citing|state-run|state-owned|"
    r"state|run|owned|newspaper|agency|daily|outlet|website|site|broadcaster|channel|tabloid|magazine|"
    r"paper|wire|service|reported|reports|wrote)\W+(?:the\W+)?)$",
    re.IGNORECASE,
)
#: ... or just after it.
_CUE_AFTER = re.compile(
    r"^(?:['’]s)?\W{0,3}(?:\w+\W+)?\b(?:reported|reports|reporting|said|says|quoted|quotes|cited|cites|"
    r"wrote|writes|news|agency|newspaper|daily|website|outlet|broadcaster|channel|tabloid|magazine|"
    r"published|publishes|interview|report|citing|correspondent|journalist|editor)\b",
    re.IGNORECASE,
)


class Mention(NamedTuple):
    """An outlet named in the prose, matched to a host label."""

    name: str
    label: str
    start: int
    end: int
    words: int
    #: 2: an acronym or the name in whole words; 1: a weaker match that stands where outlets stand.
    quality: int = 2


def _spell(label: str, keys: Sequence[str]) -> int:
    """Whether ``label`` is ``keys`` squeezed into one word, each word whole or as its initial, stopwords
    optionally left out (``themoscowtimes``, ``nytimes``, ``bbc``): ``2`` when a whole word is used, ``1``
    when only initials are (an acronym: weaker evidence), ``0`` when it cannot be spelled."""
    memo: dict[tuple[int, int], int] = {}

    def go(i: int, pos: int) -> int:
        if pos == len(label):
            return 1 if i == len(keys) else 0
        if i == len(keys):
            return 0
        cached = memo.get((i, pos))
        if cached is not None:
            return cached
        word = keys[i]
        result = 0
        if len(word) > 1 and label.startswith(word, pos) and go(i + 1, pos + len(word)):
            result = 2
        if result < 2 and word and label[pos] == word[0]:
            result = max(result, go(i + 1, pos + 1))
        if result < 2 and word in _STOPWORDS:
            result = max(result, go(i + 1, pos))
        memo[(i, pos)] = result
        return result

    return go(0, 0)


@functools.lru_cache(maxsize=16384)
def _match(keys: tuple[str, ...], label: str) -> tuple[int, int, int] | None:
    """The longest run ``keys[i:j]`` naming the host label as ``(i, j, quality)``, or ``None``. Quality is
    ``2`` for whole words (``TASS``, ``The Moscow Times``, ``RIA Novosti`` on ``ria.ru``), ``1`` for an
    acronym spelled by initials (``British Broadcasting Corporation``)."""
    n = len(keys)
    best: tuple[int, int, int] | None = None
    for i in range(n):
        if not keys[i] or keys[i][0] != label[0]:
            continue  # every rule spells the label from the run's first word (whole or initial)
        if keys[i] in _STOPWORDS and i + 1 < n and not label.startswith(keys[i]):
            continue
        for j in range(n, i, -1):
            if best is not None and j - i <= best[1] - best[0]:
                break
            run = keys[i:j]
            if "".join(run) == label:
                best = (i, j, 2)
                break
            # One identifying word equal to the label, the rest generic: "RIA Novosti" on ria.ru.
            if run[0] == label and all(k in _GENERIC_WORDS for k in run[1:]):
                best = (i, j, 2)
                break
            quality = _spell(label, run) if len(run) > 1 else 0
            if quality:
                best = (i, j, quality)
                break
    return best


#: The first letter of each alphanumeric run, with an ``h`` after it: ``kh``, ``ch`` and ``qh`` start
#: :func:`loose`'s spelling with ``h`` (``Khabar`` is ``habar``, as ``Хабар`` is).
_ASCII_FIRSTS = re.compile(r"(?<![a-z0-9])[a-z0-9]h?")
#: The first letter of :func:`loose` of a word, by the word's first letters.
_LOOSE_FIRST = {"c": "k", "q": "k", "x": "k", "y": "i", "j": "i", "w": "v", "kh": "h", "ch": "h", "qh": "h"}


@functools.lru_cache(maxsize=16384)
def _token_key(token: str) -> str:
    return loose(fold(token).replace(" ", ""))


_TOKEN = re.compile(r"[^\s]+")


@dataclass(frozen=True)
class _Phrase:
    """What :func:`find_mentions` reads of a capitalised phrase, whatever the labels (cached per phrase)."""

    #: For an ASCII phrase, the first letters (as :func:`loose` spells them) of its alphanumeric runs.
    ascii_firsts: frozenset[str] | None
    #: ``(start, end)`` of each token (a run of non-space characters) in the phrase.
    spans: tuple[tuple[int, int], ...]
    keys: tuple[str, ...]
    #: The first letters of the keys.
    firsts: frozenset[str]


@functools.lru_cache(maxsize=16384)
def _phrase(phrase: str) -> _Phrase:
    ascii_firsts = None
    if phrase.isascii():
        firsts = _ASCII_FIRSTS.findall(phrase.lower())
        ascii_firsts = frozenset(_LOOSE_FIRST.get(c) or _LOOSE_FIRST.get(c[0], c[0]) for c in firsts)
    tokens = list(_TOKEN.finditer(phrase))
    keys = tuple(_token_key(t.group(0)) for t in tokens)
    return _Phrase(ascii_firsts, tuple(t.span() for t in tokens), keys, frozenset(k[0] for k in keys if k))


_NAME_END = re.compile(r"[.,;:'’]+$|['’]s$")


class _Named(NamedTuple):
    """A host label's name in a phrase (:func:`_named`), offsets relative to the phrase."""

    start: int
    end: int
    name: str
    words: int
    quality: int
    #: An acronym, or a name of two or more identifying words: a mention without a reporting cue.
    strong: bool


@functools.lru_cache(maxsize=16384)
def _named(phrase: str, label: str) -> _Named | None:
    """Where and how ``phrase`` names ``label``, whatever surrounds it (cached per phrase and label)."""
    info = _phrase(phrase)
    span = _match(info.keys, label)
    if span is None:
        return None
    i, j, quality = span
    start, end = info.spans[i][0], info.spans[j - 1][1]
    raw = phrase[start:end]
    name = _NAME_END.sub("", " ".join(raw.split()))
    if name.lower().startswith("the ") and not label.startswith("the"):
        name = name[4:]
    elif name.startswith("the "):
        name = "The " + name[4:]
    acronym = j - i == 1 and raw.rstrip(".,;:").isupper() and len(label) >= 2
    compound = quality == 2 and sum(1 for k in info.keys[i:j] if k not in _STOPWORDS) >= 2
    strong = acronym or compound
    return _Named(start, end, name, j - i, 2 if strong else quality, strong)


def find_mentions(prose: str, labels: Iterable[str], *, cue: bool = True) -> list[Mention]:
    """Outlet names in ``prose`` that match one of the host ``labels``, in order. With ``cue=False`` (text
    that can only name an outlet: a link's own text, what follows it in a reference list) a plain word
    needs no reporting cue around it."""
    wanted = sorted({label for label in labels if label})  # sorted: the same mentions whatever the hash seed
    if not wanted:
        return []
    initials = {label[0] for label in wanted}
    mentions: list[Mention] = []
    for m in _PHRASE.finditer(prose):
        phrase = m.group()
        info = _phrase(phrase)
        if info.ascii_firsts is not None and info.ascii_firsts.isdisjoint(initials):
            continue  # cheap rejection: no word of the phrase starts like a host label
        firsts = info.firsts
        if firsts.isdisjoint(initials):
            continue
        at = m.start()
        found = len(mentions)
        for label in wanted:
            if label[0] not in firsts:
                continue
            named = _named(phrase, label)
            if named is None:
                continue
            start, end = at + named.start, at + named.end
            if named.strong or not cue or _has_cue(prose, start, end):
                mentions.append(Mention(named.name, label, start, end, named.words, named.quality))
        if len(mentions) - found > 1:  # several labels named in one phrase: in the order they start
            mentions[found:] = sorted(mentions[found:], key=lambda mention: mention.start)
    return mentions


def _has_cue(prose: str, start: int, end: int) -> bool:
    before = prose[max(0, start - 40) : start]
    after = prose[end : end + 40]
    return bool(_CUE_BEFORE.search(before) or _CUE_AFTER.match(after))


def attach_outlets(prose: str, links: list[Link]) -> list[Mention]:
    """Give each link without an outlet the fullest name the prose uses for its host; return the mentions."""
    by_label: dict[str, list[Link]] = {}
    for link in links:
        for label in host_labels(link.url)[:2]:
            by_label.setdefault(label, []).append(link)
    mentions = find_mentions(prose, by_label)
    best: dict[str, Mention] = {}
    for mention in mentions:
        current = best.get(mention.label)
        if current is None or (mention.quality, mention.words) > (current.quality, current.words):
            best[mention.label] = mention
    for label, mention in best.items():
        for link in by_label[label]:
            if link.outlet is None:
                link.outlet = mention.name
    return mentions


# --- related-article lines ------------------------------------------------------------------------------

_RELATED = re.compile(
    r"^[ \t>*•·\-–—]*(?P<label>related(?:[ \t]+(?:article|articles|story|stories|reading|coverage|content|"
    r"link|links|post|posts))?|read[ \t]+more|read[ \t]+also|also[ \t]+read|more[ \t]+on[ \t]+this|"
    r"see[ \t]+also|further[ \t]+reading|recommended|you[ \t]+may[ \t]+also[ \t]+like|"
    r"читайте[ \t]+также|по[ \t]+теме|смотрите[ \t]+также)[ \t]*[:：—–-][ \t]*(?P<title>\S[^\r\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)


#: How many links on each side of a "Related article:" line are candidates for its title.
_RELATED_WINDOW = 50


def attach_related_titles(prose: str, links: list[Link]) -> None:
    """Give titles from "Related article:"-style lines to the links they announce."""
    if not links:
        return
    links = sorted((link for link in links if link.pos >= 0), key=lambda link: link.pos)
    positions = [link.pos for link in links]
    if not links:
        return
    for m in _RELATED.finditer(prose):
        label = clean_text(m.group("label")).capitalize()
        title_start, title_end = m.start("title"), m.end("title")
        first, last = bisect.bisect_left(positions, title_start), bisect.bisect_left(positions, title_end)
        on_line = links[first:last]
        title = clean_text(_strip_urls(m.group("title"), on_line))
        title = title.strip(" \t—–-:|")
        if not title or len(title) < 4:
            for link in on_line:
                _note(link, label)
            continue
        target: Link | None = on_line[0] if len(on_line) == 1 else None
        if target is None:
            # The link whose slug the title matches, among the links nearest the line (a related box
            # announces a link of its own article, and this bounds the work on huge pages).
            here = bisect.bisect_left(positions, m.start())
            nearby = links[max(0, here - _RELATED_WINDOW) : here + _RELATED_WINDOW]
            title_words = title_keys(title)
            title_set, title_length, at = set(title_words), len(title_words), m.start()
            # The best (score, nearness), the first of equals; nearby is never empty (links is not).
            best: tuple[float, int] | None = None
            candidate = nearby[0]
            for link in nearby:
                key = (slug_score_set(title_set, title_length, slug_keys(link.url)), -abs(link.pos - at))
                if best is None or key > best:
                    best, candidate = key, link
            if best is not None and best[0] >= 0.6:
                target = candidate
        if target is None:
            index = bisect.bisect_left(positions, title_end)
            if index < len(links):
                after = links[index]
                gap = prose[title_end : after.pos]
                if after.standalone and gap.count("\n") <= 2 and not gap.strip():
                    target = after
        if target is not None:
            if target.title is None:
                target.title = title
            _note(target, label)


_ANY_URL = re.compile(r"(?:https?|ftp)://\S+")


def _strip_urls(text: str, links: list[Link]) -> str:
    for link in links:
        text = text.replace(link.url, " ")
    return _ANY_URL.sub(" ", text)


def _note(link: Link, note: str) -> None:
    if note not in link.notes:
        link.notes.append(note)


# --- dates of cited reports -----------------------------------------------------------------------------

_CLOSERS = "\"'”’»)\\]"
_NEXT_SENTENCE = rf"(?=[\"'“‘«(\[]?[{re.escape(_UPPER)}])"
#: Where a sentence ends: what ``(?<=[.!?])[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-Z...])|\r?\n[ \t]*\r?\n|
#: (?<=[:;])\s*\r?\n`` matches (a full stop and a capital, a blank line, a colon at a line end), written to
#: start with a character class (a closing quote or bracket, or white space: the first character of every
#: alternative) so that the regex engine skips ahead instead of trying every position.
_SENTENCE_END = re.compile(
    rf"[{_CLOSERS}\s](?:(?<=[.!?][{_CLOSERS}])[{_CLOSERS}]*\s+{_NEXT_SENTENCE}|(?<=[.!?]\s)\s*{_NEXT_SENTENCE}"
    r"|(?<=\r)\n[ \t]*\r?\n|(?<=\n)[ \t]*\r?\n|(?<=[:;]\s)\s*\r?\n|(?<=[:;]\n))"
)
_SENTENCE_END_AFTER = re.compile(r"[.!?:;\r\n]")
#: A weekday, perhaps after "on": what ``\b(?:on\s+)?(monday|...|sunday)\b`` (ignoring case) matches, written
#: to start with a character class for the same reason. Group 1 is the weekday after "on" (else group 0 is).
_WEEKDAY = re.compile(
    r"[oOmMtTwWfFsSſ](?<!\w.)(?i:(?<=o)n\s+(" + "|".join(WEEKDAYS) + r")\b|(?<=m)onday\b|(?<=t)uesday\b"
    r"|(?<=w)ednesday\b|(?<=t)hursday\b|(?<=f)riday\b|(?<=s)aturday\b|(?<=s)unday\b)"
)
#: A digit beside white space, which every month and day (``Jan. 9``, ``9 January``) has.
_DIGIT_BY_SPACE = re.compile(r"[\s\d](?:(?<=\s)\d|(?<=\d)\s)")
_MONTH_DAY = re.compile(r"\b(?:on\s+)?[^\W\d_]{3,9}\.?\s+\d{1,2}\b|\b\d{1,2}\s+[^\W\d_]{3,9}\b")
_REPORTING = re.compile(
    r"\b(?:told|tell|tells|said|says|say|reported|reports|quoted|quotes|quoting|cited|cites|citing|wrote|"
    r"writes|published|publishes|according|interview|announced|tweeted|posted|stated|confirmed)\b",
    re.IGNORECASE,
)


def sentences(prose: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence (and each paragraph) of ``prose``."""
    spans: list[tuple[int, int]] = []
    start = 0
    # What _SENTENCE_END.finditer(prose) finds, tried only where a sentence end can start: just after one of
    # ``.!?:;`` (each alternative but the blank line looks behind for one) or at a line break.
    searched = 0
    for candidate in _SENTENCE_END_AFTER.finditer(prose):
        at = candidate.start() if candidate.group() in "\r\n" else candidate.end()
        if at < searched:
            continue
        m = _SENTENCE_END.match(prose, at)
        if m is not None:
            spans.append((start, m.start()))
            start = searched = m.end()
    spans.append((start, len(prose)))
    return spans


def attach_report_dates(
    prose: str, links: list[Link], mentions: list[Mention], article_date: PartialDate | None
) -> None:
    """Date the links whose report a sentence dates ("al-Haider told RIA on Thursday")."""
    if article_date is None or not links:
        return
    spans = sentences(prose)
    starts = [s for s, _ in spans]
    weekdays: dict[int, tuple[PartialDate, str]] = {}
    for m in _WEEKDAY.finditer(prose):
        index = bisect.bisect_right(starts, m.start()) - 1
        if index in weekdays:
            continue
        weekday = WEEKDAYS.get((m.group(1) or m.group(0)).lower())  # "ſunday" matches, yet is no key
        value = None if weekday is None else resolve_weekday(weekday, article_date)
        if value is not None:
            weekdays[index] = (value, m.group(0))
    by_label: dict[str, list[Link]] = {}
    for link in links:
        for label in host_labels(link.url)[:2]:
            by_label.setdefault(label, []).append(link)
    mention_starts = [mention.start for mention in mentions]
    placed = sorted((link for link in links if link.pos >= 0), key=lambda link: link.pos)
    positions = [link.pos for link in placed]
    # A sentence dates a report when it has a weekday or a month and day, a reporting verb, and cites exactly
    # one link. The cheap tests come first; the month and day (the dearest) is read last, only when needed.
    for index, (start, end) in enumerate(spans):
        candidate = weekdays.get(index)
        if candidate is None and _DIGIT_BY_SPACE.search(prose, start, end) is None:
            continue  # no weekday, and no month and day (which has a digit beside a space)
        cited = placed[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)]
        if len(cited) != 1:
            lo = bisect.bisect_left(mention_starts, start)
            hi = bisect.bisect_left(mention_starts, end)
            named = {mentions[k].label for k in range(lo, hi)}
            if len(cited) > 1:
                # Several links in one sentence: the one whose outlet the sentence names is the report.
                cited = [link for link in cited if named & set(host_labels(link.url)[:2])]
            else:
                pools = [by_label[label] for label in named if label in by_label]
                if len(pools) == 1 and len(pools[0]) == 1:
                    cited = pools[0]
        if len(cited) != 1 or cited[0].date is not None:
            continue  # nothing cited here, or more than one report (or the link is dated already)
        sentence = prose[start:end]
        if not _REPORTING.search(sentence):
            continue
        if candidate is None:
            month_day = _MONTH_DAY.search(sentence)
            if not month_day:
                continue
            found = find_month_day(sentence)
            value = resolve_month_day(*found, article_date) if found is not None else None
            if found is None or value is None:
                continue
            # Only a date whose year had to be inferred deserves a note.
            candidate = (value, month_day.group(0) if found[2] is None else "")
        value, phrase = candidate
        link = cited[0]
        link.date = value
        if phrase:
            _note(link, f"“{clean_text(phrase)}” read as {value} (article date {article_date})")
