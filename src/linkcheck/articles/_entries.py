"""Reference-list entries: what the text around a link in a list item, a footnote, a ``<ref>`` or an APA
reference says about it.

An entry is a short unit holding one cited link (and perhaps its archived copy): a list item with its
continuation lines, a footnote, a ``<ref>``, a paragraph that is an APA reference (``Author (2020, January
9). Title. *Outlet*. URL``). Its text before and after the link gives:

- the access date: ``Retrieved May 18, 2021, from``, ``accessed September 10, 2022``, ``abgerufen am``,
  ``consultato il``, ``consulté le``, ``consultado el``, Dutch ``geraadpleegd op``, Finnish ``viitattu``,
  Swedish ``läst``/``hämtad``, Norwegian and Danish ``besøkt``/``hentet``, Lithuanian ``[žiūrėta
  2024-05-20]``, Turkish ``erişim tarihi``, ``дата обращения``, ``дата звернення`` (the
  national style's ``(дата звернення: 20.11.2024)``, day first with dots);
- the cited date: an APA date in parentheses (``(2020, September 14)``, ``(2021)``), else the first full date
  of the entry (``20 July 2022``, ``March 3, 1980``, ``June 2019``);
- the title, when the link's own text is not one: a quoted span (``"Bollettino idrologico"``), else in an
  APA entry the italic span or the sentence after the date;
- the rest as the link's trailer, which names its outlet when it names the link's host (read later, as a
  standalone link's trailer is).

Each format finds its entries and calls :func:`read_entry`; everything here is linear in the entry's length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from linkcheck.articles._base import (
    Link,
    archived_original,
    clean_text,
    fold,
    looks_like_title,
    loose,
    url_key,
    without_quoted_titles,
)
from linkcheck.articles._dates import (
    MONTHS,
    date_only,
    find_dmy,
    parse_date,
    parse_date_field,
    to_partial,
    written_date,
)
from linkcheck.articles._prose import find_mentions, host_labels, names_host
from linkcheck.lazyre import lazy_re
from linkcheck.models import PartialDate
from linkcheck.names import slug_words

__all__ = [
    "ITEM_MARKER",
    "MAX_ENTRY",
    "apa_date",
    "date_before",
    "entry_bounds",
    "outlet_led_title",
    "read_entries",
    "read_entry",
    "read_markers",
]

#: An entry longer than this (characters) is running text, not a reference.
MAX_ENTRY = 600
#: What opens a list item, a numbered reference or a footnote definition (Markdown ``[^1]:``, Org-mode's
#: ``[fn:1]`` (added after the seventeenth held-out batch),
#: reStructuredText ``.. [#note]`` and ``.. [Ref2020]``, a press release's superscript ``¹``; a Chinese or
#: Japanese list's ``・`` with no space after it), or a source line (``Source:``, ``出典：``, ``来源：``,
#: ``Источник:``, ``المصدر:``), which is the entry of the link it gives.
ITEM_MARKER = lazy_re(
    r"[ \t>]*(?:(?:[-*+•·–—]|\(?\d{1,3}[.)]|\[\d{1,3}\]|\[fn:[^\]\s]{1,30}\]|\^|[¹²³⁰⁴-⁹]{1,3}|"
    r"\.\.[ \t]+\[[#*\w-]{1,30}\])[ \t]+|"
    r"[・●■◆▶▪][ \t]*|\[\^[^\]\s]{1,30}\]:|"
    r"[（(]?(?:出典|来源|來源|出处|出處|資料|(?i:source|sources|quelle|fuente|fonte|źródło|источник|джерело|"
    r"крыніца)|المصدر|מקור)[ \t]*[:：][ \t]*)"
)
_ACCESSED = lazy_re(
    r"(?:\b(?:retrieved|accessed|last\s+(?:accessed|visited|checked)|abgerufen(?:\s+am)?|consultato(?:\s+il)?|consulté\s+le|"
    r"consultado\s+(?:el|em)|consulta(?:t\s+el)?|geraadpleegd(?:\s+op)?|bezocht(?:\s+op)?|viitattu|"
    r"läst|hämtad|besøkt|hentet|žiūrėta|erişim\s+tarihi|konsultita(?:\s+la)?|ανακτήθηκε(?:\s+στις)?|"
    r"pobrano|dostęp|diakses(?:\s+(?:pada|tanggal))?|dicapai(?:\s+pada)?|nakuha\s+noong|"
    r"iliwekwa(?:\s+mnamo)?|اخذ\s+شدہ(?:\s+بتاریخ)?)|"
    r"дата\s+(?:обращения|звернення))\W{0,3}\s*(?:on\s+)?"
    r"(?P<date>\d{4}-\d\d-\d\d|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}(?:-an)?\.?\s+(?:de\s+)?[^\W\d_]{3,9}\.?,?\s+(?:de\s+)?\d{4}|"
    r"[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:,?\s+from\b)?",
    re.IGNORECASE,
)
#: An access date whose label follows the date or opens a bracket: Japanese ``2024年1月20日閲覧``, the
#: Vancouver (NLM) style's ``[cited 2023 Mar 14]``, ISO 690's ``[cited 2024-01-09]`` (Czech and Slovak
#: ``[cit. 2024-01-09]``), SIST 02's ``(参照 2024-11-30)`` (added after the fifty-eighth held-out matching
#: batch).
_ACCESSED_LATE = lazy_re(
    r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[ \t\u3000]*(?:に)?閲覧|"
    r"\[cited[ \t]+(?P<y2>\d{4})[ \t]+(?P<mon>[A-Za-z]{3,9})\.?[ \t]+(?P<d2>\d{1,2})\]|"
    r"\[cit(?:ed|\.)[ \t]*(?P<iso>\d{4}-\d\d-\d\d)\]|"
    r"[(（]参照[ \t\u3000]*(?P<iso2>\d{4}-\d\d-\d\d)[)）]",
    re.IGNORECASE,
)


#: A piece of every label :data:`_ACCESSED` reads, lower-case: the plain test before the regex search.
#: ``last visited`` (the Bluebook's and US patents' label: ``(last visited Jun. 3, 2021)``) and ``last
#: checked`` (a wiki's or a changelog's ``Last checked 2 February 2024.``) were added after the
#: twenty-ninth held-out batch: the day a page was read, never its date. Esperanto's ``Konsultita la 2-an de
#: marto 2024`` ("consulted on the 2nd of March"; the day in the accusative, ``-an``) was added after the
#: thirty-first; Greek's ``Ανακτήθηκε στις 3 Απριλίου 2024`` ("retrieved on", as the Greek Wikipedia's
#: references write it) after the thirty-second. Polish ``Pobrano 30 listopada 2024 z`` ("retrieved ...
#: from", APA in Polish) and ``[dostęp 30.11.2024]`` (PN-ISO 690), Indonesian ``Diakses pada 30 November
#: 2024, dari`` ("accessed on ..., from") after the fifty-eighth: an unread one was taken for the entry's
#: date. Malay ``Dicapai pada``, Tagalog ``Nakuha noong``, Swahili ``Iliwekwa mnamo`` and Urdu ``اخذ
#: شدہ بتاریخ``, as those Wikipedias render "Retrieved", after the sixtieth.
_ACCESS_WORDS = (
    "retrieved",
    "accessed",
    "visited",
    "checked",
    "abgerufen",
    "consult",
    "дата",
    "geraadpleegd",
    "bezocht",
    "viitattu",
    "läst",
    "hämtad",
    "besøkt",
    "hentet",
    "žiūrėta",
    "erişim",
    "konsult",
    "ανακτήθηκε",
    "pobrano",
    "dostęp",
    "diakses",
    "dicapai",
    "nakuha",
    "iliwekwa",
    "اخذ شدہ",
)


def _has_access_label(text: str) -> bool:
    """Whether ``text`` may hold an access date's label (:data:`_ACCESS_WORDS`)."""
    lowered = text.lower()
    return any(word in lowered for word in _ACCESS_WORDS)


#: GB/T 7714's date cited (``[2024-11-30]``, the day the item was read): in brackets right after the date of
#: publication (``2024-11-22[2024-11-30]``, ``(2024-11-22)[2024-11-30]``) or, where the item gives none,
#: after the document-type code's full stop (``题名[EB/OL]. [2024-11-30]. URL``). Read only after a code
#: (:func:`_gbt_cited`; added after the fifty-ninth held-out matching batch: an item without a date of
#: publication had its access date read as its date).
_GBT_CITED = lazy_re(r"(?:(?<=[\d)）])|(?<=\])[.．]?[ \t]*)\[(?P<iso>\d{4}-\d{1,2}-\d{1,2})\]")


def _gbt_cited(text: str) -> tuple[re.Match[str], PartialDate | None] | None:
    """GB/T 7714's date cited (:data:`_GBT_CITED`) after a document-type code in ``text``, or ``None``."""
    found = _GBT_CITED.search(text)
    if found is None or _GBT_CODE.search(text, 0, found.start() + 1) is None:
        return None
    return found, parse_date(found.group("iso"))


def _accessed_late(text: str) -> tuple[re.Match[str], PartialDate | None] | None:
    """:data:`_ACCESSED_LATE` in ``text`` and its date (the test for its label's words first), else GB/T
    7714's date cited (:func:`_gbt_cited`)."""
    if "閲覧" not in text and "[cit" not in text and "参照" not in text:
        return _gbt_cited(text) if "[20" in text or "[19" in text else None
    found = _ACCESSED_LATE.search(text)
    if found is None:
        return None
    if found.group("iso") or found.group("iso2"):
        return found, PartialDate.parse(found.group("iso") or found.group("iso2"))
    if found.group("y"):
        return found, to_partial(int(found.group("y")), int(found.group("m")), int(found.group("d")))
    month = MONTHS.get(found.group("mon").lower())
    date = to_partial(int(found.group("y2")), month, int(found.group("d2"))) if month else None
    return found, date


#: An access date in parentheses right after a link, in running text: ``<url> (accessed October 5, 2021)``;
#: or (added after the twenty-ninth held-out batch) after a comma, perhaps at the next line's start, as a
#: patent's cited publications and a parenthesised ``(see URL, accessed Jun. 2, 2021)`` give it
#: (``Site, "Title," URL,`` then ``retrieved Jun. 4, 2021, 3 pages.``), or with the bracket opening the next
#: line (a search report's ``<URL:https://...>`` then ``[retrieved on 2021-06-04]``): a label and a day right
#: after the address are the day it was read, whichever mark joins them.
_ACCESSED_AFTER = lazy_re(
    r">?[ \t]*(?:[(\[][ \t]*|,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*[(\[][ \t]*)" + _ACCESSED.pattern,
    re.IGNORECASE,
)
#: A year standing as an element of an entry (``..., 2019.``, ``Harbour Press, 2019,``): a book's or a
#: report's date, when the entry gives no fuller one.
_ENTRY_YEAR = lazy_re(r"(?:^|[,.:;(])[ \t]*(?P<y>1[5-9]\d\d|20\d\d)[ \t]*(?=[.,;)]|$)")
#: An APA date: ``(2020, September 14)``, ``(2021)``, ``(2019a)``, ``(2020, May)``, ``(n.d.)``; not a year in
#: parentheses glued to a word (a document number, ``COM(2023) 566``; looked behind after the parenthesis, so
#: that the pattern starts with it and the regex engine skips to the next one).
#: The day may come before the month, as Thai APA writes it with a Thai month and a Buddhist Era year
#: (``(2567, 26 พฤศจิกายน)``: added after the fifty-seventh held-out matching batch), whose vowel signs are
#: marks, not letters; and as Turkish, Polish, Indonesian and Swahili APA write it with their months in
#: Latin letters (``(2024, 21 Kasım)``, ``(2024, 23 listopada)``, ``(2024, 20 Oktober)``, ``(2024, 27
#: Novemba)``: the fifty-eighth; before, the day was allowed only before a month in another script).
_APA_DATE = lazy_re(
    r"\((?<!\w\()(?:(?P<year>\d{4})[a-z]?(?:,\s*(?P<rest>(?:\d{1,2}\s+)?"
    r"[^\W\d_][^\s\d().,]{2,11}\.?(?:\s+\d{1,2})?))?|n\.\s?d\.)\)\.?\s*",
    re.IGNORECASE,
)
#: An APA reference's date, which a full stop ends (``Kaplan et al. (2020) proposed`` is prose).
_APA_REFERENCE = lazy_re(_APA_DATE.pattern.replace(r"\)\.?\s*", r"\)\.\s*"), re.IGNORECASE)
#: A quoted span: in quotes, guillemets, or the brackets Chinese and Japanese quote a title in (「」『』《》),
#: perhaps wrapped over lines (a reference list's entry), not over a blank line. Each opening mark is closed
#: by its own kind (quotes by quotes, straight or curly, as writers mix them; a guillemet by a guillemet; a
#: bracket by its bracket), so that a title quoting in another typography keeps its inner quote (``"Scholz
#: warnt vor »gefährlicher Eskalation«."``, ``« Il a dit “non” »``, ``"首相「増税は考えていない」"``).
#: :func:`_quoted_text` gives the span's text (one group per opening mark: each alternative opening with a
#: literal lets the regex engine skip to the next opening mark, as the one character class did).
_QUOTED_SPAN = lazy_re(
    "|".join(
        rf"{opening}(?P<t{i}>(?:[^{inner}\r\n]|\r?\n(?![ \t]*\r?\n)){{2,300}}?)[{closing}]"
        for i, (opening, inner, closing) in enumerate(
            (
                ('"', '"“”„', '"”“'),
                ("“", '"“”„', '"”“'),
                ("„", '"“”„', '"”“'),
                ("«", "«»", "»"),
                ("「", "「」", "」"),
                ("『", "『』", "』"),
                ("《", "《》", "》"),
            )
        )
    )
)


#: A Japanese entry's publication: the name in double brackets right after the article's title in single
#: ones (``「見出し」『共同通信』2024年11月15日``), as Japanese citation styles (SIST 02, the university
#: guides) write an article and the paper or magazine holding it (added after the fifty-sixth held-out
#: matching batch). A book's title alone in ``『』`` has no ``」`` before it.
#: Korean citations write the article in ``「」`` (or ``〈〉``) and the publication in ``《》`` after a comma
#: (``「기사 제목」, 《연합뉴스》``: added after the fifty-seventh held-out matching batch).
_JA_CONTAINER = lazy_re(
    r"[」〉][ \t\u3000]*[,，、]?[ \t\u3000]*"
    r"(?:『(?P<o>[^『』「」\r\n]{1,40})』|《(?P<k>[^《》「」\r\n]{1,40})》)"
)


#: A web page's site in SIST 02 (the Japanese standard for references) and like styles: after the quoted
#: title and its full stop, a plain element and its full stop, then the date in ISO form (``"政府 39兆円規模の
#: 経済対策を閣議決定". NHKニュース. 2024-11-22. URL, (参照 2024-11-30).``): added after the fifty-eighth
#: held-out matching batch, where only a site whose name spells the host was read.
_SIST_SITE = lazy_re(
    r"(?:[\"”」][.．]|[.．][\"”」])[ \t]*(?P<o>[^.．\"“”「」\r\n\d]{1,40}?)[.．][ \t]*\d{4}-\d{1,2}-\d{1,2}\b"
)


def _quoted_text(span: re.Match[str]) -> str:
    """The text inside a :data:`_QUOTED_SPAN` (or :data:`_QUOTED_BEFORE`) match, whichever mark opened it."""
    return span.group(span.lastgroup or 0)


_ITALIC = lazy_re(r"(?<![\w*_])([*_])(?P<t>[^*_\r\n]{3,300}?)\1(?![\w*_])")
_FIRST_SENTENCE = lazy_re(r"(?P<t>.{3,300}?[^\s.])(?:[.?!](?=\s|$)|$)", re.DOTALL)
_TRAILING_PARENTHETICAL = lazy_re(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_EMPHASIS = lazy_re(r"(?<!\w)[*_]+|[*_]+(?!\w)")
_IN_COLLECTION = lazy_re(r"\.\s+(?:In|In:|Dans|En)$")


def apa_date(text: str) -> tuple[re.Match[str] | None, PartialDate | None]:
    """The first APA date in ``text`` and what it means (a :class:`PartialDate`, or ``None`` for ``n.d.``)."""
    m = _APA_DATE.search(text)
    if m is None:
        return None, None
    if m.group("year") is None:
        return m, None
    year = int(m.group("year"))
    rest = m.group("rest")
    if rest:
        words = rest.replace(".", " ").split()
        month = MONTHS.get(words[0].lower())
        if month is not None:
            day = int(words[1]) if len(words) > 1 else None
            return m, to_partial(year, month, day)
        day_first = rest[0].isdigit()  # ``(2024, 21 Kasım)``, ``(2024, 20 Oktober)``, ``(2024, 27 Novemba)``
        if (day_first or not rest.isascii()) and (written := parse_date_field(f"{rest} {year}")) is not None:
            return m, written  # another language's month, perhaps after the day, another era's year
    return m, to_partial(year)


#: Lines an entry may run over on each side of its link's line.
_MAX_LINES = 5


def _line_start(text: str, pos: int, floor: int) -> int:
    """Where the line holding ``pos`` starts, or ``floor`` when that is further back than ``floor``."""
    found = max(text.rfind("\n", floor, pos), text.rfind("\r", floor, pos))
    return found + 1 if found >= 0 else floor


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (looked for at most :data:`MAX_ENTRY` characters ahead)."""
    limit = pos + MAX_ENTRY
    ends = [i for i in (text.find("\n", pos, limit), text.find("\r", pos, limit)) if i >= 0]
    return min(ends) if ends else min(len(text), limit)


def entry_bounds(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The entry around a link at ``text[start:end]``: ``(entry start, entry end, whether it opens with a list
    marker, a numbered reference or a footnote label)``: its lines back to the line that opens with a marker
    or follows a blank line, and on to a blank line or the next marker. ``None`` when it is longer than
    :data:`MAX_ENTRY` (running text)."""
    floor = max(0, start - MAX_ENTRY)
    begin = _line_start(text, start, floor)
    for _ in range(_MAX_LINES):
        if begin == 0 or ITEM_MARKER.match(text, begin):
            break
        if begin <= floor:
            return None
        previous = _line_start(text, begin - 1 - (text[begin - 2 : begin] == "\r\n"), floor)
        if not text[previous:begin].strip():
            break
        begin = previous
    if begin < floor or (begin == floor and floor > 0):
        return None
    stop = _line_end(text, end)
    for _ in range(_MAX_LINES):
        following = stop + (2 if text.startswith("\r\n", stop) else 1)
        if following >= len(text) or stop - start > MAX_ENTRY:
            break
        line_end = _line_end(text, following)
        if not text[following:line_end].strip() or ITEM_MARKER.match(text, following):
            break
        stop = line_end
    if stop - begin > 2 * MAX_ENTRY:
        return None
    return begin, stop, ITEM_MARKER.match(text, begin) is not None


#: An entry's date field that is a word counted from the citing article's day, as the cited page showed it
#: when it was copied (``*The Moscow Times*, yesterday.``): a field of its own, between a comma or a stop and
#: the next (``Yesterday's vote`` in a title is none). Read by :func:`~linkcheck.articles._prose.relative_day`
#: against the article's date (added after the forty-sixth held-out matching batch).
_ENTRY_DAY_WORD = lazy_re(
    r"(?:^|[,.;|])[ \t]*(?P<w>today|yesterday|вчера|вчора|учора|позавчера"
    # The other languages' words ``_prose.relative_day`` counts (match47: a German list's "gestern").
    r"|ayer|anteayer|gestern|vorgestern|ieri|ontem|wczoraj"
    r"|(?:two|2|three|3)[ \t]+days[ \t]+ago)[ \t]*(?=[,.;|]|$)",
    re.IGNORECASE,
)


#: A straight double quote between two Hebrew letters: a gershayim, the mark of an acronym (``צה"ל``,
#: ``ארה"ב``), not a quote.
_HEBREW_GERSHAYIM = lazy_re(r'(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea])')


def _with_gershayim(text: str) -> str:
    """``text`` with each :data:`_HEBREW_GERSHAYIM` written as the gershayim (U+05F4), so that a quoted
    Hebrew title is not cut at its acronym (``“...; צה"ל: ...”`` was read as ``...; צה``: added after the
    sixtieth held-out matching batch). :func:`~linkcheck.names.fold` reads both marks alike."""
    if '"' not in text or text.isascii():
        return text
    return _HEBREW_GERSHAYIM.sub("\u05f4", text)


def read_entry(link: Link, before: str, after: str, *, reference: bool = True) -> None:
    """Read the entry around ``link``: ``before`` and ``after`` are the entry's text on each side of the link
    (Markdown emphasis markers may remain: an APA title is told by them). ``reference``: the entry is a list
    item, footnote or ``<ref>`` (else a paragraph, which is read only when it is an APA reference)."""
    before = _with_gershayim(before[-MAX_ENTRY:])
    after = _with_gershayim(after[:MAX_ENTRY])
    m, apa = apa_date(before)
    if not reference and (m is None or not m.group(0).rstrip().endswith(".")):
        return  # a paragraph is read only as an APA reference, whose date a full stop ends: "(2020)."
    accessed = None
    labelled = before  # with its access date: an AMA entry's title and site end at its label
    for text in (after, before):
        found = _ACCESSED.search(text) if _has_access_label(text) else None
        if found:
            written = found.group("date")
            accessed = written_date(written)
        else:
            late = _accessed_late(text)
            if late is not None:
                found, accessed = late
        if found:
            if text is after:
                after = after[: found.start()] + " " + after[found.end() :]
            else:
                before = before[: found.start()] + " " + before[found.end() :]
            break
    if accessed is not None and link.access_date is None:
        link.access_date = accessed
    plain_before = clean_text(_EMPHASIS.sub("", before))
    plain_after = clean_text(_EMPHASIS.sub("", after))
    nlm = _nlm(plain_before) if m is None else None
    if nlm is not None and link.date is None:
        month = MONTHS.get(nlm.group("mon").lower()) if nlm.group("mon") else None
        day = int(nlm.group("day")) if nlm.group("day") and month else None
        link.date = to_partial(int(nlm.group("year")), month, day)
    styled = _styled_reference(plain_before) if m is None and nlm is None and reference else None
    if styled is not None:  # Vancouver's ``[Internet]``, ISO 690's ``[online]``, GOST's `` // ``
        title, outlet, date = styled
        link.date = link.date or date
        link.title = link.title or (looks_like_title(f"“{title}”") if title else None)
        link.outlet = link.outlet or outlet
    if (
        link.date is None and link.text
    ):  # "(<a>NRC, 25 May 2023</a>)": the link's own day, not the entry's first
        own = parse_date(link.text, allow_year=False)
        link.date = own if own is not None and own.day is not None else None
    if link.date is None:
        if m is not None:
            link.date = apa if apa is not None else None
            harvard = _harvard_day(before[m.end() :]) if apa is not None and apa.month is None else None
            if apa is not None and harvard is not None:  # Harvard: (2023) 'Title', *Outlet*, 8 March.
                link.date = to_partial(apa.year, harvard[0], harvard[1]) or apa
            elif apa is not None and apa.month is None and not (before.isascii() and after.isascii()):
                # ``Minh Thư (2024), "Title", *VnExpress*, ngày 26/11/2024``: the day the year's entry gives
                written = _written_day(f"{clean_text(_EMPHASIS.sub('', before[m.end() :]))} | {plain_after}")
                if written is not None and written.year == apa.year:
                    link.date = written
        if link.date is None and m is None:
            joined = without_quoted_titles(f"{plain_before} | {plain_after}")  # not a quoted title's date
            if "rchived" in joined:  # "Archived from the original on 3 March 2016": the copy's day
                joined = without_archive_dates(joined)
            said = _PUBLISHED.search(joined) if "ublished" in joined else None
            if said is not None:  # "Org, Title 31 December 2023, published 14 March 2024": the label's date
                link.date = parse_date(joined[said.end() : said.end() + 40], allow_year=False)
                link.published_label = link.date is not None
            if link.date is None:
                link.date = parse_date(joined, allow_year=False) or find_dmy(joined) or _written_day(joined)
            if link.date is None and (". " in joined or "|" in joined):
                link.date = _element_day(joined)
            if link.date is None and ("'" in joined or "’" in joined):
                link.date = _abbreviated_year(joined)
            if link.date is None and (word := _ENTRY_DAY_WORD.search(joined)) is not None:
                # "*The Moscow Times*, yesterday.": counted from the article's day (``_read_trailers``).
                link.day_word = word.group("w")
        if link.date is None and m is None and reference:
            year = _ENTRY_YEAR.search(f"{plain_before} | {plain_after}")
            link.date = to_partial(int(year.group("y"))) if year else None
    if "]" in plain_before and (gbt := _gbt_7714(plain_before)) is not None:
        title, cited, paper = gbt  # China's GB/T 7714: "机构. 题名[EB/OL]. (2024-05-30)[2024-06-17]. URL"
        link.title = link.title or title
        link.outlet = link.outlet or paper
        if cited is not None and link.access_date is None:
            link.access_date = cited
    if link.title is None and nlm is not None:
        link.title = looks_like_title(f"“{nlm.group('title').rstrip('.')}”")
    if link.title is None:
        link.title = _entry_title(before, after, m, link)
        if link.title is not None and ". " in link.title and (led := outlet_led_title(link.title, link.url)):
            link.outlet, link.title = link.outlet or led[0], led[1]
    if (
        link.outlet is None
        and before.rstrip(" \t,").endswith(")")
        and (bluebook := _BLUEBOOK_OUTLET.search(before)) is not None
    ):
        link.outlet = bluebook["o"].strip()  # Bluebook: ``*Title*, Wash. Post (Nov. 22, 2024),``
    if link.outlet is None and m is not None and "*" in before:
        link.outlet = _apa_container(before[m.end() :], link.url)
    if (
        link.outlet is None
        and ("』" in before or "》" in before)
        and (named := _JA_CONTAINER.search(before)) is not None
    ):
        link.outlet = (named.group("o") or named.group("k")).strip()  # 「記事」『新聞』, 「기사」, 《신문》
    if link.outlet is None and "בא" in before and (labelled_site := _HE_SITE.search(before)) is not None:
        link.outlet = labelled_site["o"].strip()  # the Hebrew Wikipedia's ``"כותרת", באתר ynet, 26 ...``
    if (
        link.outlet is None
        and "\u200f" in before
        and (site_first := _HE_SITE_FIRST.match(before)) is not None
    ):
        link.outlet = site_first["o"].strip()  # a site template's ``\u200fynet\u200f, author, "title", ...``
    if link.outlet is None and "-" in before and (sist := _SIST_SITE.search(before)) is not None:
        link.outlet = sist["o"].strip()  # SIST 02: ``"記事". サイト名. 2024-11-22.``
    if (link.outlet is None and ("*" in before or "*" in after or "_" in before or "_" in after)) or (
        link.title is None and ". " in plain_before
    ):  # an italic name, or an author's sentence before the title's: else nothing to read
        _name_and_title(link, plain_before, f"{before} {after}")
    if (
        link.title is None
        and (ama := _ama_web(plain_before if labelled is before else clean_text(_EMPHASIS.sub("", labelled))))
        is not None
    ):
        link.title = looks_like_title(f"“{_ama_title(ama, link.url)}”")
        link.outlet = link.outlet or ama["outlet"].strip()
    if (
        link.outlet is None
        and m is not None
        and m.start() > 0
        and (site := _site_author(before[: m.start()], link.url))
    ):
        link.outlet = site
    trailer = f"{plain_before} {plain_after}".strip(" \t,;:-–—()[]|.")
    if trailer and not link.trailer:
        link.trailer = trailer[:300]


#: The site a Hebrew citation names after its title: ``"כותרת", באתר ynet, 26 בנובמבר 2024`` ("on the site
#: of", as the Hebrew Wikipedia's citation templates render it), ``בעיתון`` ("in the newspaper"); the name up
#: to the next comma (added after the fifty-ninth held-out matching batch).
_HE_SITE = lazy_re(r"[\"”׳'][ \t]*,[ \t]*ב(?:אתר|עיתון)[ \t]+(?P<o>[^,\r\n]{2,60}?)[ \t]*(?:,|$)")


#: The site a Hebrew citation names first, in right-to-left marks (U+200F) before the first comma, with a
#: quoted title after it: ``\u200fynet\u200f, author, \u200f"title"\u200f, date``, as the Hebrew Wikipedia's
#: templates for one site render it (the name isolated by the marks, so that a Latin one stays in its place
#: in the right-to-left line). Added after the sixtieth held-out matching batch; a name not so marked, an
#: author's, is not read.
_HE_SITE_FIRST = lazy_re(
    r"[ \t]*(?:\[?\d{1,3}[.)\]][ \t]*)?\u200f(?P<o>[^\u200f,\r\n]{2,40})\u200f[ \t]*,(?=[^\r\n]{0,120}[\"“”])"
)


#: A Bluebook citation's periodical: after the italic title and its comma, before the date in parentheses
#: that ends the entry before its link (``*Title*, Wash. Post (Nov. 22, 2024),``), in ordinary case as its
#: abbreviation tables write it (added after the fifty-seventh held-out matching batch; in capitals the
#: prose reader finds it).
_BLUEBOOK_OUTLET = lazy_re(
    r"\*[^*\r\n]{3,300}\*,[ \t]+(?P<o>[^\W\d_][^,()*\r\n]{0,60}?)[ \t]+\([^()\r\n]{6,60}\)[ \t]*,?[ \t]*$"
)
#: An APA reference's container: the italic name right after the title's full stop (``(2024, November 26).
#: Title. *Outlet*.``), a few words.
_APA_CONTAINER = lazy_re(r"(?P<t>[^*\r\n]{8,400}?[^\s.][.?!])[ \t]+\*(?P<o>[^*\r\n]{2,80})\*[ \t]*(?:[.,]|$)")


def _apa_container(rest: str, url: str) -> str | None:
    """The italic container right after an APA reference's title (:data:`_APA_CONTAINER`) where the host does
    not spell it (``*ไทยรัฐ*`` on thairath.co.th, ``*El Gazetin*`` on gazetinveneta.it): APA names there what
    published the title, as Chicago and MLA do after a quoted title (:func:`_container_after_title`, whose
    conditions it shares: a capital first in a script that has them; not a word of the host's name, a
    shortening; not a journal's, with its volume or pages after it; :data:`_CONTAINER_WORDS` words at most).
    The outlet check then judges it, where before a wrong one passed unread. Added after the fifty-seventh
    held-out matching batch (and so the forty-third's ``El Gazetin``, left unread by the rule then)."""
    found = _APA_CONTAINER.match(rest.lstrip())
    if found is None:
        return None
    name = clean_text(found["o"]).strip(" .,;:")
    if not name or len(name.split()) > _CONTAINER_WORDS:
        return None
    if name.lower() != name.upper() and not name[0].isupper():
        return None
    end = rest.find(found["o"]) + len(found["o"]) + 1
    if _JOURNAL_PARTS.match(rest, end + (rest[end : end + 1] in ",.")) is not None:
        return None
    labels = host_labels(url)[:2]
    key = loose(fold(name).replace(" ", ""))
    return None if any(key != label and key in label for label in labels) else name


#: What parts an entry's elements: commas (Arabic and Persian too), brackets, bars, semicolons; Ethiopic's
#: full stop and comma (``።``, ``፣``: an Amharic entry's ``"ርዕስ"። *ጣቢያ*። ጥቅምት 12 ቀን 2017 ዓ.ም.።``, added
#: after the fifty-ninth held-out matching batch).
_ENTRY_PARTS = lazy_re(r"[,،;|()\[\]።፣]")
#: The word Vietnamese writes before a day (``ngày 26/11/2024``).
_VI_DAY = lazy_re(r"ngày[ \t]+", re.IGNORECASE)
#: A date in digits after :data:`_VI_DAY`: the day first, as Vietnamese writes it (``ngày 12/11/2024`` is 12
#: November, which a field's reader leaves unread, either order being a date).
_VI_DMY = lazy_re(r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})$")


def _written_day(text: str) -> PartialDate | None:
    """A day written as a date field holds one (:func:`parse_date_field`) in an element of an entry that
    is not in ASCII, where the prose reader reads none: a Solar Hijri date in Persian digits (``۶ آذر
    ۱۴۰۳``), a Buddhist Era one, Vietnamese ``ngày 26/11/2024`` (the day first, as Vietnamese writes it).
    Added after the fifty-seventh held-out matching batch; a day only (a year alone is another reading's)."""
    if text.isascii():
        return None
    for part in _ENTRY_PARTS.split(text):
        part = part.strip(" \t.")
        labelled = _VI_DAY.match(part)
        if labelled is not None:
            part = part[labelled.end() :]
        if 6 <= len(part) <= 40 and (labelled is not None or not part.isascii()):
            dmy = _VI_DMY.match(part) if labelled is not None else None
            if dmy is not None:  # after ``ngày``: the day first (added after the fifty-ninth batch)
                day_first = to_partial(int(dmy["y"]), int(dmy["m"]), int(dmy["d"]))
                if day_first is not None:
                    return day_first
            found = parse_date_field(part)
            if found is not None and found.day is not None:
                return found
    return None


#: An element of an entry that is a day written with a month's name, standing between full stops (or the
#: ``|`` that joins an entry's text before and after its link): ``*GMA News Online*. Nobyembre 16, 2024.``.
_ELEMENT_DAY = lazy_re(
    r"(?:^|[.|][ \t]+)"
    r"(?P<d>[^\W\d_]{3,12}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}\.?[ \t]+[^\W\d_]{3,12}\.?,?[ \t]+\d{4})"
    r"[ \t]*(?=[.|]|$)"
)


def _element_day(text: str) -> PartialDate | None:
    """A day in an element of its own (:data:`_ELEMENT_DAY`) that the date field reader reads
    (:func:`parse_date_field`, which knows the months of the languages the prose reader leaves to it: Tagalog
    ``Nobyembre``, as the Tagalog Wikipedia renders a citation's date). Added after the sixtieth held-out
    matching batch; the first such element whose words are a month's, else ``None``."""
    for m in _ELEMENT_DAY.finditer(text):
        found = parse_date_field(m.group("d"))
        if found is not None and found.day is not None:
            return found
    return None


#: A month and day with the year shortened to two digits after an apostrophe (``Nov. 21, '24``, ``21 Nov
#: '24``), as a blog's or a newsletter's notes write it (added after the fifty-ninth held-out matching batch).
_ABBREVIATED_YEAR = lazy_re(
    r"(?<!\w)(?P<md>[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}[ \t]+[A-Za-z]{3,9}\.?,?)[ \t]+"
    r"['’‘](?P<yy>\d\d)(?![\d'’])"
)


def _abbreviated_year(text: str) -> PartialDate | None:
    """A day with its year after an apostrophe (:data:`_ABBREVIATED_YEAR`), the century by POSIX's pivot as
    the two-digit years of numeric dates (``'24`` is 2024, ``'85`` 1985); ``None`` where the words before are
    no month."""
    for m in _ABBREVIATED_YEAR.finditer(text):
        yy = int(m["yy"])
        found = parse_date(f"{m['md']} {yy + (2000 if yy < 70 else 1900)}", allow_year=False)
        if found is not None and found.day is not None:
            return found
    return None


#: A list's marker or a reference's number before an author-date entry's author.
_LEAD_MARKER = lazy_re(r"^[ \t]*(?:[-*+•][ \t]+|\[?\d{1,3}[.)\]][ \t]+)?")


def _site_author(lead: str, url: str) -> str | None:
    """The author of an author-date entry (Harvard, APA: what stands before its ``(2024)``) when it is the
    site's own name as the link's host spells it (``tagesschau.de (2024) *Kommt ...?* 11 November.``, the
    Harvard form of a web page whose author is the body that runs the site), read as its outlet; else
    ``None``: a person's name, or another body's (added after the fifty-sixth held-out matching batch)."""
    name = clean_text(_EMPHASIS.sub("", _LEAD_MARKER.sub("", lead))).strip(" .,")
    if not name or len(name) > 60 or len(name.split()) > 6:
        return None
    bare = name.rsplit(".", 1)[0] if "." in name and " " not in name else name  # ``tagesschau.de``
    if loose(fold(bare).replace(" ", "")) in host_labels(url)[:2] or names_host(name, url):
        return name
    return None


def outlet_led_title(title: str, url: str) -> tuple[str, str] | None:
    """``(outlet, title)`` when an entry's title opens with the outlet's name and a full stop, the outlet one
    whose name spells the link's host (the Ukrainian and Russian references' ``Outlet. Title. — DD.MM.YYYY.
    — URL: ...``: ``ТАСС. Жириновский посоветовал ...``, added after the nineteenth held-out batch); else
    ``None``. A title whose first sentence names no host stays whole (``Brexit. What now?``)."""
    name, _, rest = title.partition(". ")
    if not rest or len(name) > 60 or not names_host(name, url):
        return None
    return _NOTE_NUMBER.sub("", name).strip(), rest.strip()


#: A footnote's number opening its text (``[1] РИА Новости. ...``, as a word processor's HTML export writes a
#: footnote's back-link): no part of the outlet's name (added after the twentieth held-out batch).
_NOTE_NUMBER = lazy_re(r"^\s*\[\d{1,3}\]\s*")


#: The day an archived copy was made, as Wikipedia's references write it (``Archived from the original on
#: 3 March 2016``, ``Archived on 3 March 2016``, ``archived at the Wayback Machine on ...``; ``Archived from
#: on ...`` when the link's text "the original" is taken out of it, a ``|`` where it stood): up to the
#: sentence's end or 40 characters (added after the eighteenth held-out batch).
_ARCHIVED_ON = lazy_re(
    r"\b[Aa]rchived(?:[ \t|]+from(?:[ \t|]+the[ \t]+original)?|[ \t]+at[ \t]+the[ \t]+Wayback[ \t]+Machine)?"
    r"[ \t|]+on[ \t]+[^.;|]{0,40}"
)


def without_archive_dates(text: str) -> str:
    """``text`` without the day an archived copy was made (:data:`_ARCHIVED_ON`) and, then, without the day
    it was retrieved (``Retrieved 1 March 2016``, :data:`_ACCESSED`): an entry's date is its source's, never
    its copy's or its reader's."""
    text = _ARCHIVED_ON.sub(" ", text)
    return without_access_dates(text)


def without_access_dates(text: str) -> str:
    """``text`` without the days a label says it was read (``accessed 10 February 2024``, :data:`_ACCESSED`):
    the reader's day, not the source's."""
    return _ACCESSED.sub(" ", text) if _has_access_label(text) else text


#: The word that says which of an entry's dates is its publication's (``..., published 14 March 2024,``).
_PUBLISHED = lazy_re(r"\b[Pp]ublished(?:[ \t]+(?:on|in))?[ \t:]+(?=\d|[A-Z])")
#: An entry's first two sentences, after its number (``1.``, ``[2]``) or its label (AsciiDoc's and
#: BibTeX's ``[trafikverket2023]``, a word and digits in brackets).
_FIRST_SENTENCES = lazy_re(
    r"(?:[\[(]?\d{1,3}[.)\]]?[ \t]+|\[[\w:.-]{2,40}\][ \t]+)?"
    r"(?P<a>[^.]{2,80})\.[ \t]+(?P<b>[^.]{2,200})\.(?:\s|$)"
)


#: Words an outlet's initials leave out (``South China Morning Post`` is SCMP, ``The Times of India`` TOI).
_INITIALS_SKIP = frozenset({"the", "of", "and"})


def _initials_key(name: str, folded: str) -> str | None:
    """The :func:`loose` key of the initials of ``name``, a capitalised name of three to six words (``South
    China Morning Post`` -> ``skmp``, as the host ``scmp.com``'s label), else ``None``."""
    if not name[:1].isupper():
        return None
    words = [w for w in folded.split() if w not in _INITIALS_SKIP]
    if not 3 <= len(words) <= 6:
        return None
    return loose("".join(w[0] for w in words))


#: An elided article or preposition before a word (French, Occitan, Catalan ``d'``, ``l'``; Italian ``dell'``,
#: ``nell'``), which a host's name may drop: ``Actualitat d'Òc`` on ``actualitat-oc.org``.
_ELIDED = lazy_re(r"(?<!\w)(?:[dlDL]|[dDnN]ell)['’](?=\w)")


def _without_elisions(name: str) -> str:
    """``name`` without its elided articles (:data:`_ELIDED`), as a host may spell it (added after the
    thirty-eighth held-out matching batch: an MLA entry's ``*Actualitat d'Òc*`` on actualitat-oc.org). Left
    alone (the name as written is tried first): ``L'Équipe`` on lequipe.fr, ``O'Neill`` (no article)."""
    return _ELIDED.sub("", name) if "'" in name or "’" in name else name


#: A quoted title's end right before an italic span: ``"Title."`` or ``"Title,"`` (the stop in or out), or
#: Harvard's ``'Title',`` in single quotes, a comma or stop after it (a word's apostrophe has none).
_TITLE_END = lazy_re(r"(?:[.,?!]?[\"”»][.,]?|[.,?!]?['’][.,])[ \t]*$")
#: A journal's volume, issue or pages after its italic name (``*Transport Policy*, 18(1), pp. 204-210``,
#: ``vol. 12``, ``no. 3``): the container of a paper, whose link resolves to a publisher's platform (a DOI),
#: which names the platform, not the journal; a paper's container is read only where it spells the host.
_JOURNAL_PARTS = lazy_re(r"[ \t]*(?:\d{1,4}[ \t]*\(\d{1,4}\)|(?:vol|no|pp?)\.[ \t]*\d)", re.IGNORECASE)
#: A full stop and a day after an italic name: Wikipedia's rendered citation, ``"Title". *Outlet*. 26 November
#: 2024.`` (the Thai, Vietnamese and other Wikipedias' too; added after the fifty-ninth held-out matching
#: batch, with names in scripts without capitals).
_STOP_BEFORE_DAY = lazy_re(r"\.[ \t]+\d{1,2}[ \t]")
#: The most words an outlet's italic name after a quoted title has (``*Подкарпатськый голос*``).
_CONTAINER_WORDS = 6


def _container_after_title(raw: str, span: re.Match[str], name: str, labels: Sequence[str]) -> bool:
    """Whether the italic ``span`` (holding ``name``) is the container a quoted title was published in, in the
    Chicago, MLA and Harvard shape ``"Title." *Outlet*, date`` (Harvard's title in single quotes): right
    after the title's closing quote, followed by a comma, of a few words beginning with a capital (added after
    the forty-sixth held-out matching batch for a name in another script than the host's; since the
    fifty-sixth, in any script: ``*The Observer*`` on theguardian.com, ``*Hill Times*`` on thehill.com, whose
    outlet the matcher then judges, where before a wrong one passed unread). A collection's ``In *Book*`` has
    a word between; a word of the host's name (``*Times*`` on themoscowtimes.com) is a shortening, and a
    journal's volume or pages after the name (:data:`_JOURNAL_PARTS`) says a paper's, both left alone."""
    first = name[:1]
    if not (
        (first.isupper() or (first.isalpha() and not first.islower()))  # a script without capitals too
        and len(name.split()) <= _CONTAINER_WORDS
        and (raw[span.end() : span.end() + 1] == "," or _STOP_BEFORE_DAY.match(raw, span.end()) is not None)
        and _TITLE_END.search(raw, max(0, span.start() - 6), span.start()) is not None
    ):
        return False
    if _JOURNAL_PARTS.match(raw, span.end() + 1) is not None:
        return False  # a journal's volume, issue or pages: its link goes to a publisher's platform or a DOI
    key = loose(fold(name).replace(" ", ""))
    return not any(key != label and key in label for label in labels)


def _name_and_title(link: Link, plain_before: str, raw: str) -> None:
    """An entry's outlet written in italics as its host spells it (``*bioRxiv*`` on biorxiv.org: a name with
    a lower-case first letter, which no capitalised phrase finds), without the ``The`` its host's name
    begins with (``*Moscow Times*`` on themoscowtimes.com: Chicago drops a paper's initial "The"; a
    capitalised name), or as its host's initials (``*South China Morning Post*`` on scmp.com:
    :func:`_initials_key`), and an entry led by the name of the link's host's
    organisation as its author, whose next sentence is then the title (AMA: ``World Health Organization.
    Healthy diet. Fact sheet. Published April 29, 2020.``)."""
    labels = host_labels(link.url)[:2]
    if not labels:
        return
    if link.outlet is None:
        for span in _ITALIC.finditer(raw):
            name = clean_text(span.group("t")).strip(" .,;:")
            folded = fold(name)
            joined = folded.replace(" ", "")
            if (
                loose(joined) in labels
                or (name[:1].isupper() and loose(f"the{joined}") in labels)
                or _initials_key(name, folded) in labels
                or (
                    (bare := _without_elisions(name)) != name and loose(fold(bare).replace(" ", "")) in labels
                )
                or _container_after_title(raw, span, name, labels)
            ):
                link.outlet = name
                break
    if link.title is None and (lead := _FIRST_SENTENCES.match(plain_before)) is not None:
        author = lead.group("a").strip()
        named = find_mentions(author, labels, cue=False)
        if named and named[0].start == 0 and named[0].end >= len(author) - 1:
            link.title = looks_like_title(f"“{lead.group('b').strip()}”")
            link.outlet = link.outlet or named[0].name


#: An AMA or Vancouver reference: authors as ``Surname AB`` (perhaps ``et al``), the article's title, the
#: journal in italics (abbreviated, so often four words or more: ``*J Am Coll Cardiol*``).
_AUTHOR = r"[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,3}[ \t]+[A-Z]{1,3}"  # no "-" in both: no backtracking blow-up
_VANCOUVER = lazy_re(
    rf"(?:[\[(]?\d{{1,3}}[.)\]]?[ \t]+)?{_AUTHOR}(?:,[ \t]+{_AUTHOR})*(?:,[ \t]+et[ \t]+al)?\.[ \t]+"
    r"(?P<title>[^*_]{8,400}?[.?!])[ \t]+([*_])[^*_]{2,120}\2"
)


#: An ACS reference to a news story or a web page (The ACS Guide to Scholarly Communication): the number in
#: parentheses, the authors as ``Surname, I.`` (initials with full stops, ``;`` between authors) or none,
#: the title unquoted in sentence or title case, the site or paper in italics, a comma and the date as
#: ``Nov 24, 2024`` or ``November 24, 2024`` (``(1) Harvey, F. Cop29: Rich Countries Agree to Pay.
#: *The Guardian*, Nov 24, 2024. URL (accessed 2024-11-30).``). Added after the fifty-eighth held-out
#: matching batch: nothing read such a title (quoted titles are Chicago's and MLA's, an APA title follows
#: its date in parentheses, an AMA author has no comma).
_ACS_AUTHOR = r"[A-Z][\w'’-]+,[ \t]+[A-Z]\.(?:[ \t-]?[A-Z]\.){0,2}"
_ACS = lazy_re(
    rf"(?:\(\d{{1,3}}\)[ \t]+)?(?:{_ACS_AUTHOR}(?:;[ \t]+{_ACS_AUTHOR})*(?:;?[ \t]+et[ \t]+al\.)?[ \t]+)?"
    r"(?P<title>[^*_\r\n]{8,400}?[^\s.])[.?!][ \t]+([*_])(?P<o>[^*_\r\n]{2,80})\2,[ \t]+"
    r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}\b"
)


def _acs_title(before: str, link: Link) -> str | None:
    """The title of an ACS reference (:data:`_ACS`) opening ``before``, and its italic site as the outlet
    when none was read; ``None`` when it is no such reference or its title is of fewer than three words
    (``Smith, Tom. *Canal Wars*, May 2, 2019``: a name, not a title)."""
    found = _ACS.match(clean_text(before))
    if found is None or len(found["title"].split()) < 3:
        return None
    title = looks_like_title(f"“{found['title']}”")
    if title is not None and link.outlet is None:
        link.outlet = found["o"].strip(" ,.;:")
    return title


#: An author written surname first, given name after a comma, as MLA writes one (``Reporter, John.``,
#: ``Reporter, J.``, ``Reporter, John A.``, with ``, et al.`` or ``, and Jane Roe.``): the given name one
#: capitalised word or initial, perhaps with a middle initial, then the full stop.
_SURNAME_GIVEN = (
    r"[A-Z][\w'’-]+,[ \t]+[A-Z][\w'’]*(?:[ \t]+[A-Z]\.?)?"
    r"(?:,?[ \t]+(?:et[ \t]+al|and[ \t]+[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’-]+)?))?\.[ \t]+"
)

#: An AMA reference to a web page, nothing in quotes or italics: ``[Authors.] Title. Site. Published Month D,
#: YYYY. [Updated Month D, YYYY.] Accessed Month D, YYYY. URL``; the authors may be left out (the title then
#: leads) or written ``Surname, Given.`` (:data:`_SURNAME_GIVEN`). The site's name is the sentence before
#: the label, the title all before that (it may hold full stops: ``U.S.``); a title ending in ``?`` or ``!``
#: takes no full stop. A page without a date gives only ``Accessed`` after its site (:func:`_ama_web`).
_AMA_WEB = lazy_re(
    rf"(?:[\[(]?\d{{1,3}}[.)\]]?[ \t]+)?"
    rf"(?:{_AUTHOR}(?:,[ \t]+{_AUTHOR})*(?:,[ \t]+et[ \t]+al)?\.[ \t]+|(?P<given>{_SURNAME_GIVEN}))?"
    r"(?P<title>[^\n]{7,400}?[^\s.])(?:\.|(?<=[?!]))[ \t]+(?P<outlet>[^.\n]{2,120}?)\.[ \t]+"
    r"(?P<label>Published|Updated|Accessed)[ \t]"
)


def _ama_web(before: str) -> re.Match[str] | None:
    """:data:`_AMA_WEB` at the start of an entry (the test for its label first: most entries are no such).
    Before ``Accessed`` alone the site's sentence holds no digit: ``TASS. 2020. Accessed ...`` is a year
    (another style's date), not a site."""
    if "ublished" not in before and "Updated" not in before and "Accessed" not in before:
        return None
    m = _AMA_WEB.match(before)
    if m is None or (m["label"] == "Accessed" and any(c.isdigit() for c in m["outlet"])):
        return None
    return m


def _ama_title(m: re.Match[str], url: str) -> str:
    """The title of an AMA reference :func:`_ama_web` read. A lead read as ``Surname, Given.`` whose first
    word begins the link's slug is the title's first sentence (``Moscow, Ankara. A partnership ...`` at
    ``.../moscow-tehran-a-partnership-...``): a slug spells the headline, and an author's surname does not
    lead it."""
    if m["given"] is not None and _leads_slug(m["given"], url):
        return m.string[m.start("given") : m.end("title")]
    return m["title"]


def _leads_slug(lead: str, url: str) -> bool:
    """Whether the first word of ``lead`` (folded) is the first word of ``url``'s slug."""
    slug = slug_words(url)
    return bool(slug) and fold(lead).split()[:1] == [slug[0]]


#: A Vancouver (NLM) reference without italics, as a web page's reference list prints it: ``Lin W, Gehring
#: U. Title of the article. Int J Epidemiol. 2013 Dec;42(6):1724-37.`` (authors, title, journal, then the
#: date before the volume's ``;``).
_NLM = lazy_re(
    rf"(?:[\[(]?\d{{1,3}}[.)\]]?[ \t]+)?{_AUTHOR}(?:,[ \t]+{_AUTHOR})*(?:,[ \t]+et[ \t]+al)?\.[ \t]+"
    r"(?P<title>[^.;]{8,400}?[.?!])[ \t]+[A-Z][^.;:]{1,120}\.[ \t]+"
    r"(?P<year>(?:1[89]|20)\d\d)(?:[ \t]+(?P<mon>[A-Z][a-z]{2})(?:[ \t]+(?P<day>\d{1,2}))?)?[ \t]*[;:]"
)


def _nlm(before: str) -> re.Match[str] | None:
    """:data:`_NLM` at the start of an entry (the test for a ``;`` first: most entries are no such)."""
    return _NLM.match(before) if ";" in before or ":" in before else None


#: A reference that names its medium after the container, the title before it: Vancouver (NLM) for a web
#: page, ``Author A. Title. Outlet [Internet]. 2024 Nov 21 [cited ...]. Available from: URL`` (the outlet
#: plain, the date year first); ISO 690, ``SURNAME, Name. Title. *Outlet* [online]. 21. 11. 2024 [cit.
#: ...]. Available from (Czech: Dostupné z): URL`` (the author's surname in capitals, the date as written).
#: A full stop between two digits is a decimal point, no end of the title (``to 2.39 mln, including 1.5 mln
#: troops``: added after the fortieth held-out matching batch, whose title was left unread); nor is one
#: before a word in lower case (Latin, Cyrillic, Greek), an abbreviation's (``около 20 тыс. жителей``,
#: ``vs. last year``: added after the forty-fourth, whose Vancouver title and date were left unread).
_INTERNET_NLM = lazy_re(
    rf"(?:[\[(]?\d{{1,3}}[.)\]]?[ \t]+)?{_AUTHOR}(?:,[ \t]+{_AUTHOR})*(?:,[ \t]+et[ \t]+al)?\.[ \t]+"
    r"(?:\[(?P<translated>[^\[\]]{8,400}?)\]\.|"
    r"(?P<title>(?:[^.;\[\]]|(?<=\d)\.(?=\d)|\.(?=[ \t]+[a-zа-яёα-ω])){8,400}?[.?!]))[ \t]+"
    r"(?P<outlet>[^.;\[\]]{1,120}?)[ \t]+\[Internet\]\.[ \t]+"
    r"(?P<year>(?:1[89]|20)\d\d)(?:[ \t]+(?P<mon>[A-Z][a-z]{2})(?:[ \t]+(?P<day>\d{1,2}))?)?(?!\w)"
)
_ISO_690_ONLINE = lazy_re(
    r"(?:[\[(]?\d{1,3}[.)\]]?[ \t]+)?[^\W\d_a-z]{2,}(?:[ -][^\W\d_a-z]{2,})?,[ \t]+[^.,;\[\]]{1,60}\.[ \t]+"
    r"(?P<title>[^\[\]]{8,400}?)\.[ \t]+(?P<outlet>[^.\[\]]{1,120}?)[ \t]+\[online\]\.?[ \t]+"
    r"(?P<date>[^\[\]]{4,60})"
)
#: What ends an ISO 690 reference's date: a bracket (the date cited), the address's label.
_ISO_690_DATE_END = lazy_re(r"\[|\b(?:Available|Dostupné|Dostupne|Retrieved|URL)\b")
#: A GOST R 7.0.100 reference (Russian, and the other standards of the CIS): ``Author I. Title / I. Author
#: // Outlet. — 2024. — 21 нояб. — URL: ...``: the title before `` // `` (and before its `` / `` statement
#: of responsibility), the year, then the day and the month (abbreviated as GOST 7.0.12 does) between
#: spaced dashes.
_GOST_AUTHOR = lazy_re(r"^(?:[\[(]?\d{1,3}[.)\]]?[ \t]+)?[^\W\d_]+,?(?:[ \t]+[^\W\d_]{1,2}\.){1,2}[ \t]+")
_GOST_DATE = lazy_re(
    r"//.*?[ \t][—–-][ \t]+(?P<year>\d{4})\.[ \t]+[—–-][ \t]+(?P<day>\d{1,2})[ \t]+"
    r"(?P<month>[^\W\d_]{3,8})\.?"
)
#: A bracketed note after a GOST title: its medium (``[Электронный ресурс]``, ``[Electronic resource]``).
_GOST_MEDIUM = lazy_re(r"[ \t]*\[[^\[\]]{2,40}\][ \t.]*$")
_GOST_MONTHS = {"янв": 1, "февр": 2, "апр": 4, "авг": 8, "сент": 9, "окт": 10, "нояб": 11, "дек": 12}


def _styled_reference(before: str) -> tuple[str | None, str | None, PartialDate | None] | None:
    """The title, the outlet and the date of a Vancouver web reference, an ISO 690 online one
    (:data:`_INTERNET_NLM`, :data:`_ISO_690_ONLINE`) or a GOST one (:data:`_GOST_DATE`), each behind a test
    for its literal marker (``[Internet]``, ``[online]``, `` // ``); else ``None``."""
    if "[Internet]" in before and (m := _INTERNET_NLM.match(before)) is not None:
        month = MONTHS.get(m["mon"].lower()) if m["mon"] else None
        day = int(m["day"]) if m["day"] and month else None
        # NLM gives a title in another language as its English translation in square brackets (added after
        # the fifty-seventh held-out matching batch): the writer's claim, a translation.
        title = m["title"] or m["translated"]
        return title.rstrip("."), m["outlet"].strip(), to_partial(int(m["year"]), month, day)
    if "[online]" in before and (m := _ISO_690_ONLINE.match(before)) is not None:
        written = _ISO_690_DATE_END.split(m["date"], 1)[0].strip(" \t.")
        return m["title"].strip(), None, written_date(written)
    if " // " in before:
        # The title area ends at GOST's first area separator (``. — Текст : электронный``) and before a
        # bracketed medium (``[Электронный ресурс]``) or the statement of responsibility (`` / ``).
        head = _GOST_MEDIUM.sub("", before.split(" // ", 1)[0].split(". — ", 1)[0])
        if _quoted_whole(head):
            return None  # a quoted title: the quotes tell it (:func:`_entry_title`)
        head = head.split(" / ", 1)[0]
        lead = _GOST_AUTHOR.match(head)
        title = head[lead.end() :] if lead is not None else head
        date = None
        if (found := _GOST_DATE.search(before)) is not None:
            name = found["month"].lower()
            month = _GOST_MONTHS.get(name) or MONTHS.get(name)
            date = to_partial(int(found["year"]), month, int(found["day"])) if month else None
        return title.strip(" .") or None, _gost_outlet(before.split(" // ", 1)[1]), date
    return None


#: Where a GOST reference's outlet (what follows `` // ``) ends: its area separator (``. — ``), its
#: sentence's full stop, a colon before a note (``РИА Новости : [сайт]``) or a bracketed note.
_GOST_OUTLET_END = lazy_re(r"\.(?:[ \t]|$)|[ \t]+[:\[]|[ \t]+[—–][ \t]")


def _gost_outlet(after: str) -> str | None:
    """The outlet of a GOST reference, from what follows its `` // ``: up to the first area separator,
    full stop, `` : `` or bracket (``ИТАР-ТАСС. — 2020``, ``РИА Новости : [сайт]. — 2020``); ``None`` when
    that holds a digit (``2020. — № 3``: no name) or is longer than a name (more than eight words)."""
    name = _GOST_OUTLET_END.split(after, 1)[0].strip(" \t.,;")
    if not name or len(name.split()) > 8 or any(c.isdigit() for c in name):
        return None
    return name


def _quoted_whole(head: str) -> bool:
    """Whether a reference's title (``head``, what precedes its outlet) is quoted whole: a quoted span that
    ends it and opens it, or follows a full stop or colon (the author's, the number's: ``Иванов И.
    «Заглавие»``), not a title quoting some of its words (``Ответ на слова Помпео о «российских С-300» в
    Ираке``, ``Путин назвал слова Помпео «ложью»``)."""
    text = head.rstrip(" \t.,")
    if text[-1:] not in '"”“»':
        return False
    last = None
    for span in _QUOTED_SPAN.finditer(text):
        last = span
    if last is None or last.end() != len(text):
        return False
    lead = text[: last.start()].rstrip()
    return not lead or lead[-1] in ".:"


#: What separates the parts of an entry written as fields: a bar, a spaced dash.
_PART_BREAK = lazy_re(r"[ \t]+[|–—-][ \t]+|[ \t]*\|[ \t]*")


def _separated_title(before: str) -> str | None:
    """The title of an entry written as fields between bars or spaced dashes (``2023-11-30 | Eurostat |
    Railway passenger transport statistics | URL``): of three parts or more, the one part of three words or
    more that is no date."""
    parts = [part.strip(" ,.;:") for part in _PART_BREAK.split(clean_text(_EMPHASIS.sub("", before)))]
    parts = [part for part in parts if part]
    if len(parts) < 3:
        return None
    long = [
        part
        for part in parts
        if len(part.split()) >= 3 and parse_date(part, allow_year=False) is None and find_dmy(part) is None
    ]
    return looks_like_title(f"“{long[0]}”") if len(long) == 1 else None


#: A day and month standing as an element of an author-date entry (Harvard: ``Author (2023) 'Title', *The
#: Guardian*, 8 March. Available at: ...``; ``*Blog*, June 14.``): the year is the one after the author.
_HARVARD_DAY = lazy_re(
    r"(?:[,.]|[?!][*_]{0,2})[ \t]*"
    r"(?:(?P<d>\d{1,2})[ \t]+(?P<m>[A-Za-z]{3,9})|(?P<m2>[A-Za-z]{3,9})[ \t]+(?P<d2>\d{1,2}))"
    r"\.?[ \t]*(?=[.,;]|$)"
)


def _harvard_day(rest: str) -> tuple[int, int] | None:
    """The (month, day) :data:`_HARVARD_DAY` finds in ``rest``, the entry after its year, or ``None``."""
    for found in _HARVARD_DAY.finditer(rest):
        month = MONTHS.get((found.group("m") or found.group("m2")).lower())
        if month is not None:
            return month, int(found.group("d") or found.group("d2"))
    return None


#: A GB/T 7714 reference (the Chinese national standard): ``作者. 题名[EB/OL]. (发布日期)[引用日期]. URL``,
#: the title closed by its document-type code (``[EB/OL]`` online, ``[N]`` a newspaper, ``[J]`` a journal,
#: ``[R]`` a report, ``[Z]`` other...), perhaps the date of publication in parentheses and the date cited in
#: brackets.
_GBT_CODE = lazy_re(r"\[(?:EB|DB|CP|J|N|M|R|Z|C|D|S|P|A|G)(?:/(?:OL|CD|MT|DK))?\]")
#: The title follows the authors' full stop, or (an entry without authors: a newspaper's story) opens the
#: entry, after its number (``[1]``, ``1.``).
_GBT_7714 = lazy_re(
    r"(?:[.．]|^[ \t]*(?:\[\d{1,3}\]|\d{1,3}[.)．])?)[ \t]*(?P<title>[^.．\[\]]{2,200}?)[ \t]*"
    r"\[(?P<code>EB|DB|CP|J|N|M|R|Z|C|D|S|P|A|G)(?:/(?:OL|CD|MT|DK))?\]"
    r"[ \t]*[.．]?[ \t]*(?:\([\d-]{4,10}\))?[ \t]*(?:\[(?P<cited>\d{4}-\d{1,2}-\d{1,2})\])?"
)
#: A newspaper's name after a ``[N]`` code, before the comma and the date of its issue: GB/T 7714's
#: ``题名[N]. 报纸名, 出版日期(版次).`` (``人民日报, 2024-11-22(01)``); or (added after the fifty-eighth
#: held-out matching batch) an online item's publisher after its ``[EB/OL]``, before the comma and the
#: date, perhaps in parentheses and after the place and a colon (``题名[EB/OL]. 新华网,
#: (2024-11-17)[2024-11-30]``, ``北京: 新华网, 2024-11-17``), as the standard's ``出版地: 出版者,
#: 出版年(更新或修改日期)`` gives it.
_GBT_PAPER = lazy_re(
    r"[ \t]*(?:[^\W\d_]{1,12}[:：][ \t]*)?(?P<paper>[^,，.．:：\d\[\]()（）/]{1,40}?)"
    r"[ \t]*[,，][ \t]*[(（]?\d{4}"
)


def _gbt_7714(text: str) -> tuple[str, PartialDate | None, str | None] | None:
    """The title, the date cited and, after a newspaper's ``[N]``, the paper's name (:data:`_GBT_PAPER`,
    added after the fifty-sixth held-out matching batch) of a GB/T 7714 entry (:data:`_GBT_7714`), or
    ``None``. A ``[EB/OL]`` entry's first element is its responsible party (a person as often as a body):
    no outlet read from it; the publisher after its code is read as a newspaper's name is."""
    code = _GBT_CODE.search(text)  # the document-type code first: a search for its literal "["
    if code is None:
        return None
    found = _GBT_7714.search(text, max(0, code.start() - 210))
    if found is None:
        return None
    cited = found.group("cited")
    paper = _GBT_PAPER.match(text, found.end()) if found.group("code") in ("N", "EB") else None
    return (
        found.group("title").strip(),
        parse_date(cited) if cited else None,
        paper.group("paper").strip() if paper is not None else None,
    )


def _quoted_outlet(span: re.Match[str], following: re.Match[str], words: str, url: str) -> bool:
    """Whether the quoted ``span`` of an entry, before another (``following``) after a comma alone, names
    the outlet: it names the link's host in four words at most, or both are in guillemets, it of one to
    three words opening the entry, and a comma follows the second (``«Черноморский вестник», «Багдад снова
    ...», 09.01.2020``: Russian and Ukrainian entries quote the outlet's name as they quote the title; added
    after the twentieth held-out batch)."""
    text = span.string
    if text[span.end() : following.start()].strip() != "," or len(words.split()) > 4:
        return False  # (the cheap tests first: a name is short, and a comma alone follows it)
    if (
        span.group(0)[:1] == "«"
        and following.group(0)[:1] == "«"
        and len(words.split()) <= 3
        and not text[: span.start()].strip(_ENTRY_LEAD)  # the entry's first words
        and text[following.end() : following.end() + 1] == ","  # the title's fields go on: «...», date
    ):
        return True
    return names_host(words, url)


#: A comma and an opening quote mark right after a quoted span: another quoted span follows it.
_COMMA_QUOTE = lazy_re(r",[ \t]*[\"“«„]")
#: What may stand before an entry's first words: its number or bullet.
_ENTRY_LEAD = " \t\r\n0123456789.)(-*•–—"


#: An OSCOLA reference's title (the Oxford legal citation style, added after the twenty-sixth held-out
#: batch): in single quotes after the author's comma, then the source in brackets, a law journal's
#: ``(2017) 16 Journal 18`` or a newspaper's name, then the address in angle brackets: ``Author, 'Title'
#: (Site, 17 October 2022) <https://...> accessed 2 February 2024``. An apostrophe inside the title
#: (``doesn't``) is followed by a letter; the closing quote by a space. The newspaper's name may be in
#: italics, as OSCOLA sets it (``'Title' *The Guardian* (London, 21 November 2024)``: added after the
#: fifty-seventh held-out matching batch).
_OSCOLA_TITLE = lazy_re(
    r"(?:^|,[ \t]+)'(?P<t>[^'\r\n]{3,300}?)'"
    r"(?=[ \t]+(?:[*_]{0,2}[A-Z][^()<>'\r\n]{0,80}[ \t]+)?\([^()\r\n]{4,80}\)[^<>\r\n]{0,120}<$)"
)


def _oscola_title(before: str) -> str | None:
    """The title of an OSCOLA reference whose address ends ``before`` in its angle brackets (``<``), as its
    single quotes hold it; double quotes inside it stay (``'Why a "Right to an Explanation" Is ...'``: a
    quoted span's reader would take the inner words). ``None`` for any other entry."""
    m = _OSCOLA_TITLE.search(before, max(0, len(before) - 600))
    if m is None:
        return None
    return looks_like_title(f"“{clean_text(m.group('t'))}”")


#: Square brackets right after a quoted title: the title in the other language, the original after the
#: writer's translation or the translation after the original (``"Peskov: Putin Will ..." [Песков: Путин
#: ...], *TASS*``), which the title claim keeps as a manifest line would (added after the fifty-seventh
#: held-out matching batch: the translation alone was compared with the page's Russian headline).
_BRACKET_AFTER = lazy_re(r"[ \t]*\[(?P<b>[^\[\]\r\n]{8,300})\](?=[ \t]*[,.;:])")


def _entry_title(before: str, after: str, apa: re.Match[str] | None, link: Link) -> str | None:
    if before.endswith("<") and "'" in before and (oscola := _oscola_title(before)) is not None:
        return oscola
    for text in (before, after):
        spans = _QUOTED_SPAN.finditer(text)
        quoted = next(spans, None)
        while quoted is not None:
            words = clean_text(_EMPHASIS.sub("", _quoted_text(quoted)))
            # The next span is looked for only after a comma and a quote mark (``«Outlet», «Title»``).
            following = next(spans, None) if _COMMA_QUOTE.match(text, quoted.end()) else None
            if following is not None and _quoted_outlet(quoted, following, words, link.url):
                link.outlet = link.outlet or words.strip(" ,.;:")
                quoted = following
                continue
            title = looks_like_title(f"“{words}”")
            if title is not None:
                title = title.rstrip(" ,.;:")
                if (bracket := _BRACKET_AFTER.match(text, quoted.end())) is not None:
                    return f"{title} [{clean_text(bracket['b'])}]"  # ``"Translation" [Original],``
                return title
            quoted = following if following is not None else next(spans, None)
    if (
        apa is None
        and ("*" in before or "_" in before)
        and (vancouver := _VANCOUVER.match(clean_text(before)))
    ):
        # AMA/Vancouver: ``Estruch R, Ros E, et al. Title of the article. *N Engl J Med*. 2018;378:e34.``
        return looks_like_title(f"“{vancouver.group('title').rstrip('.')}”")
    if apa is None and ("*" in before or "_" in before) and (acs := _acs_title(before, link)) is not None:
        return acs
    if apa is None:
        # A book's title in italics (MLA, Chicago: ``Smith, Tom. *Canal Wars: Trade and Power*. London...``):
        # a long one (four words or more, or with a subtitle), not an outlet's name (``*Foreign Policy*``).
        for span in _ITALIC.finditer(before):
            candidate = clean_text(span.group("t")).strip(" ,.;:")
            if len(candidate.split()) >= 4 or ": " in candidate:
                return looks_like_title(f"“{candidate}”")
        if "|" in before or " – " in before or " — " in before or " - " in before:
            return _separated_title(before)
        return None
    rest = before[apa.end() :]
    italic = _ITALIC.search(rest)
    if italic is not None and italic.start() == 0:
        candidate = italic.group("t")  # *Title of a standalone work* (Working Paper No. 1).
    elif italic is not None:
        candidate = rest[: italic.start()]  # Title of an article. *Outlet*.
    else:
        sentence = _FIRST_SENTENCE.match(rest.strip())
        candidate = sentence.group("t") if sentence else ""
    candidate = _TRAILING_PARENTHETICAL.sub("", clean_text(_EMPHASIS.sub("", candidate))).strip(" ,;:")
    candidate = _IN_COLLECTION.sub(
        "", candidate
    )  # "Title. In *Proceedings of ...*": the title ends before "In"
    if candidate.endswith(".") and not candidate.endswith(".."):
        candidate = candidate[:-1]
    if len(candidate) > 2 and candidate[0] in "'‘" and candidate[-1] in "'’":
        candidate = candidate[1:-1].strip()  # Harvard's single quotes: (2019) 'Is bus rapid transit a scam?',
    if len(candidate.split()) < 2:
        return None
    return candidate


#: A line that opens with an item marker (matched from the line break before it: a search for a fixed first
#: character skips ahead, where ``^`` with MULTILINE is tried at every position). Old Mac text ends its lines
#: with ``\r`` alone.
_MARKER_LINE = lazy_re(r"\n" + ITEM_MARKER.pattern)  # (a literal first: 10x faster than [\r\n])
_MARKER_LINE_CR = lazy_re(r"\r" + ITEM_MARKER.pattern)
_URL_IN_TEXT = lazy_re(r"<?(?:https?|ftp)://[^\s<>]+>?|\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")


#: A date in parentheses right before a link, as a legal citation gives it (Bluebook: ``Title, OUTLET (Feb. 2,
#: 2024), https://...``, ``(Feb. 5, 2024, 4:12 PM),`` then the URL on the next line), or the date it was
#: accessed (``(last visited May 10, 2024), https://...``).
_DATED_BEFORE = lazy_re(r"\((?P<d>[^()]{6,60})\)[ \t]*[,:]?[ \t]*(?:\r?\n[ \t]*)?$")
_VISITED = lazy_re(r"(?:last[ \t]+visited|visited|accessed|retrieved)[ \t]+(?:on[ \t]+)?", re.IGNORECASE)
_CLOCK = lazy_re(r",?[ \t]+\d{1,2}:\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?$")


#: A parenthesis right after a link: ``[Facebook post](https://...) (17 September 2024)``; up to 64
#: characters, for an organisation's longer name before the date (``(Brackenford City Council, 12 February
#: 2024)``: 40 until the twentieth held-out batch).
_PARENTHESIS_AFTER = lazy_re(r"[ \t]*\((?P<d>[^()\r\n]{4,64})\)")


#: A name, a comma and the year its work came out, all a parenthesis after a link holds (added by art50):
#: an author-date citation's ``(Marc Brooker, 2015)``, ``(Dean and Barroso, 2013)``, ``(Smith et al.,
#: 2019)``: capitalised words, ``and``, ``&``, ``et al.`` or a joining word (``of``) between them. Not a year
#: with more after it (``(2015 figures ...)``), a span (``(2015-2019)``), a year alone (``(2022)``: the
#: data's year as often), nor a name's year without the comma (``(NeurIPS 2015)``, ``(Windows 2000)``; the
#: fifth batch's rule). Group ``n`` the name, ``y`` the year.
_NAMED_YEAR = lazy_re(
    r"(?P<n>[A-Z][\w'’.&-]*(?:[ \t]+(?:and|&|et[ \t]+al\.?|of|for|the|de|[A-Z][\w'’.-]*)){0,5}),[ \t]+"
    r"(?P<y>(?:19|20)\d\d)"
)
#: A word of a person's name (a capital, then lower-case letters: ``Brooker``, ``O'Neil``), or a joining one.
_PERSON_WORD = lazy_re(r"[A-Z][a-z'’-]+|and|&|et|al\.?|of|for|the|de")


def _named_year(inside: str, url: str) -> PartialDate | None:
    """The year of :data:`_NAMED_YEAR` in ``inside`` when its name is a person's or persons' (each word a
    capital and lower-case letters: ``Marc Brooker``, ``Dean and Barroso``) or names the link's host
    (``(NOAA, 2000)`` on noaa.gov: the publisher's own page). Not an acronym or a name in capitals that names
    another host (``(NeurIPS, 2015)`` on a proceedings site: a conference's year, no date of the page)."""
    m = _NAMED_YEAR.fullmatch(inside)
    if m is None:
        return None
    name = m.group("n")
    if not all(_PERSON_WORD.fullmatch(word) for word in name.split()) and not (url and names_host(name, url)):
        return None
    return PartialDate(int(m.group("y")))


def dated_after(text: str, end: int, url: str = "") -> PartialDate | None:
    """The date a parenthesis right after a link (at ``end``) holds when it holds nothing but a date (a day
    or a month and year: ``(17 September 2024)``, ``(February 2024)``; not ``(2022)``, which may name the
    data's year), or after a name and a comma (``(Cloudflare blog, 8 February 2024)``), or the year of a
    person's work or of the link's host's after a comma (:func:`_named_year`: ``(Marc Brooker, 2015)``;
    ``(NOAA, 2000)`` on noaa.gov; not ``(NeurIPS, 2015)``). ``url`` is the link's address."""
    m = _PARENTHESIS_AFTER.match(text, end)
    if m is None:
        return None
    inside = m.group("d")
    found = date_only(inside)
    if found is None and ", " in inside:
        found = date_only(inside.rpartition(", ")[2])
    if found is None and inside[-1:].isdigit() and ", " in inside:
        found = _named_year(inside, url)
    return found


#: AsciiDoc's words after a link's URL, ``https://...[RFC 3339]``, up to a parenthesis after them.
_ASCIIDOC_WORDS = lazy_re(r"\[[^\[\]\r\n]{1,300}\](?= \()")


def _markup_close(text: str, end: int) -> int:
    """Where the markup that closes a link whose URL ends at ``end`` ends, when a parenthesis follows it
    (added by art50): reStructuredText's ``>`_`` (``>`__``, `` `Title <URL>`_ (NOAA, 2000)``) or AsciiDoc's
    words in brackets (``URL[RFC 3339] (IETF, July 2002)``), so that the parenthesis is read as right after
    the link. ``end`` when there is no such markup."""
    if text.startswith(">`_", end):
        close = end + (4 if text.startswith("_", end + 3) else 3)
        return close if text.startswith(" (", close) else end
    if text.startswith("[", end) and (m := _ASCIIDOC_WORDS.match(text, end)) is not None:
        return m.end()
    return end


#: The rest of a parenthesis a link opens, after a comma: ``(<a>Title</a>, 11 March 2024)``.
_PARENTHESIS_REST = lazy_re(r",[ \t]+(?P<d>[^()\r\n]{4,30})\)")


def dated_inside(text: str, start: int, end: int) -> PartialDate | None:
    """The date that closes a parenthesis the link at ``start:end`` opens, after a comma (``The Reader
    reported (<a>“Title”</a>, 11 March 2024)``), when that is all it holds after the link: the cited page's
    date as a reference would give it (added after the twentieth held-out batch). ``None`` for any other
    text, and for a year alone (``(<a>data</a>, 2022)`` may name the data's year)."""
    if start <= 0 or text[start - 1] != "(":
        return None
    m = _PARENTHESIS_REST.match(text, end)
    return date_only(m.group("d")) if m is not None else None


def date_before(text: str, start: int, link: Link) -> None:
    """The date (or access date) in parentheses right before the link at ``start``, if it has none yet
    (``TASS (08.01.2020): https://...``: a dotted day-first date too, added after the nineteenth held-out
    batch; the HTML reader reads it in a link's block, as a VK post's lines are, since the nineteenth)."""
    if text.rfind(")", max(0, start - 8), start) < 0:
        return  # the common case: no parenthesis just before the link
    m = _DATED_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return
    written = " ".join(m.group("d").split())  # (perhaps wrapped: "(last\n visited May 10, 2024)")
    visited = _VISITED.match(written)
    if visited is not None:
        if link.access_date is None:
            link.access_date = parse_date(written[visited.end() :], allow_year=False)
    elif link.date is None:
        written = _CLOCK.sub("", written)
        link.date = parse_date(written, allow_year=False) or find_dmy(written)


def read_entries(text: str, links: list[tuple[int, int, Link]]) -> None:
    """Read the entry of each link (``(start, end, link)``, sorted by start) of a text article: a list item,
    numbered reference or footnote holding one cited link (with perhaps its archived copy), or a paragraph
    that is an APA reference. The link's own text and its URL are left out of the entry's text, as are other
    URLs and Markdown link destinations (``[archived](...)`` reads as ``[archived``)."""
    starts = [start for start, _, _ in links]
    sections = _reference_sections(text)
    # Where an entry can begin: a line that opens with a marker, or an APA date, or a paragraph of a
    # reference section; each found in one pass, so that the links of running text (none near) cost two
    # bisections each.
    openings = sorted(
        [0] * bool(ITEM_MARKER.match(text))
        + [m.start() + 1 for m in (_MARKER_LINE if "\n" in text else _MARKER_LINE_CR).finditer(text)]
        + [m.start() for m in _APA_DATE.finditer(text)]
        + [m.end() for begin, end in sections for m in _BLANK_LINE.finditer(text, begin, end)]
    )
    section_starts = [begin for begin, _ in sections]
    for start, end, link in links:
        if link.error is not None:
            continue
        accessed = _ACCESSED_AFTER.match(text, end)
        if accessed is not None and link.access_date is None:  # "<https://...> (accessed October 5, 2021)"
            written = accessed.group("date")
            link.access_date = written_date(written)
        if link.date is None or link.access_date is None:
            date_before(text, start, link)
        if link.date is None and text.startswith(" (", end):
            link.date = dated_after(text, end, link.url)
        elif link.date is None and (close := _markup_close(text, end)) > end:
            link.date = dated_after(text, close, link.url)
        inline = _parenthetical(text, start, end)
        if inline is not None:  # (Allianz pro Schiene, "Batteriezüge im Regionalverkehr", 2023, https://...)
            read_entry(link, *inline, reference=True)
            continue
        near = bisect.bisect_right(openings, start)
        if near == 0 or openings[near - 1] < start - MAX_ENTRY:
            continue
        if _BLANK_LINE.search(text, openings[near - 1], start) is not None:
            continue  # a paragraph break since the last opening: the link's paragraph opens with none
        bounds = entry_bounds(text, start, end)
        if bounds is None:
            continue
        begin, stop, marked = bounds
        inside = links[bisect.bisect_left(starts, begin) : bisect.bisect_left(starts, stop)]
        if len(inside) > 1 and len({_original_key(other.url) for _, _, other in inside}) > 1:
            continue  # several cited links: a paragraph of prose or a list of links, not one entry
        marker = ITEM_MARKER.match(text, begin)
        before = text[marker.end() if marker else begin : start]
        listed = _in_section(sections, section_starts, start)
        if not marked and not listed and _APA_REFERENCE.search(before) is None:
            continue  # a paragraph is an entry only as an APA reference or in a reference section
        after = text[end:stop]
        before, after = _URL_IN_TEXT.sub(" ", before), _URL_IN_TEXT.sub(" ", after)
        read_entry(link, before, after.lstrip("]"), reference=marked or listed)


#: A heading that opens a reference list: ``## References``, ``Works Cited (MLA 9)``, ``Bibliography``,
#: ``Sources:``, ``Literatur``, ``Bibliographie``, ``Fuentes``, ``Источники``...: a Markdown heading or a
#: line of its own followed by a blank line or an underline. Czech and Slovak theses' ``Seznam použitých
#: zdrojů``, ``Seznam použité literatury``, ``Zoznam použitej literatúry`` ("list of the sources/literature
#: used"), ``Použitá literatura``, ``Zdroje`` are in :data:`_SECTION_HEADING_CS` (added after the
#: twenty-seventh held-out batch: their entries are paragraphs in the ČSN ISO 690 style, ``SURNAME, Name.
#: Title. Outlet [online]. Date [cit. ...]. Dostupné z: URL``, with no marker to open them).
_SECTION_HEADING_WORDS = (
    r"references|reference\s+list|works\s+cited|works\s+consulted|"
    r"bibliography|sources|notes\s+and\s+references|literatur(?:verzeichnis)?|quellen(?:angaben)?|"
    r"einzelnachweise|bibliographie|références|bibliografía|bibliografia|referencias|fuentes|"
    r"источники|литература|список\s+литературы|примечания|примітки|заўвагі|参考文献|参考资料|参考链接|"
    r"参考リンク|מקורות|المراجع|المصادر|참고\s?문헌|참고\s?자료|منابع|บรรณานุกรม|เอกสารอ้างอิง|"
    r"(?i:tài\s+liệu\s+tham\s+khảo|tham\s+khảo)|kaynakça|kaynaklar|daftar\s+pustaka|referensi|rujukan|marejeo|"
    r"อ้างอิง|הערות\s+שוליים|רשימת\s+מקורות|ዋቢ(?:\s+ምንጮች)?|ምንጮች|(?:mga\s+)?sanggunian|حوالہ\s+جات|حوالے"
)
#: What stands around :data:`_SECTION_HEADING_WORDS` in a heading's line (the two patterns below share it).
_SECTION_HEADING_OPEN = r"\n[ \t]*(?:#{1,6}[ \t]+)?(?i:"
_SECTION_HEADING_CLOSE = r")(?:\b|(?<=[^\W\d_]))[^\r\n]{0,40}$"
_SECTION_HEADING = lazy_re(
    _SECTION_HEADING_OPEN + _SECTION_HEADING_WORDS + _SECTION_HEADING_CLOSE,
    re.MULTILINE,
)
#: :data:`_SECTION_HEADING` with the Czech and Slovak headings too, searched instead of it only in a text
#: holding a ``ž`` or ``Ž`` (every Czech or Slovak text does: ``že``, ``už``, ``může``): three more
#: alternatives tried at every line's start cost a fifth more on every text. Built from the same pieces (it
#: was a ``str.replace`` on the other's pattern, which silently stopped adding them when a batch added
#: headings after its anchor: the lead's mend at the sixty-first session's merge).
_SECTION_HEADING_CS = lazy_re(
    _SECTION_HEADING_OPEN
    + _SECTION_HEADING_WORDS
    + r"|(?i:seznam|zoznam)\s+(?i:použit\w{1,3})\s+\w{6,11}|(?i:použitá\s+literatura|zdroje)"
    + _SECTION_HEADING_CLOSE,
    re.MULTILINE,
)
#: A heading that ends a section: a Markdown heading, or a line underlined (``====``/``----``); matched with
#: the line break before it.
_ANY_HEADING = lazy_re(r"\n(?:[ \t]*#{1,6}[ \t]+\S|[^\r\n]+\r?\n[=\-~^]{3,}[ \t]*(?=\r|\n|$))")


def _reference_sections(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` under a reference-list heading, each up to the next heading (or the end)."""
    sections: list[tuple[int, int]] = []
    # Matched with the line break before the heading (a pattern that starts with a fixed character is
    # searched for it, where ``^`` is tried at every position): the text is read with one in front, and
    # positions there are one more than in the text.
    shifted = "\n" + text
    czech = not text.isascii() and ("ž" in text or "Ž" in text)
    for m in (_SECTION_HEADING_CS if czech else _SECTION_HEADING).finditer(shifted):
        if sections and m.start() < sections[-1][1]:
            continue
        following = _ANY_HEADING.search(shifted, m.end())
        sections.append((m.end() - 1, following.start() if following else len(text)))
    return sections


def _in_section(sections: list[tuple[int, int]], section_starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(section_starts, pos) - 1
    return k >= 0 and pos < sections[k][1]


_CLOSING_PARENTHESIS = lazy_re(r"[ \t]*[.,;]?[ \t]*(?P<c>[)\]])")
#: A dash ending an entry's text before its link: ``[TASS, 08.01.2020 — https://...]``.
_DASH_BEFORE_LINK = lazy_re(r"(?:[—–]|[ \t]-)[ \t]*$")


def _parenthetical(text: str, start: int, end: int) -> tuple[str, str] | None:
    """An inline reference in parentheses (or square brackets: a press review's ``[Outlet, date, "Title" —
    https://...]``, added after the nineteenth held-out batch) ending with its link, ``(Outlet, "Title", 2023,
    https://...)``: the text before the link in the parenthesis, and after it (nothing), when that text holds
    a quoted title, or a date and a dash before the link (``[TASS, 08.01.2020 — https://...]``); else
    ``None``. Read within 300 characters of the link."""
    closing = _CLOSING_PARENTHESIS.match(text, end)
    if closing is None:
        return None
    close = closing.group("c")
    floor = max(0, start - 300)
    opening = text.rfind("(" if close == ")" else "[", floor, start)
    if opening < 0 or text.find(close, opening, start) >= 0 or _BLANK_LINE.search(text, opening, start):
        return None
    before = text[opening + 1 : start]
    if _URL_IN_TEXT.search(before):
        return None
    if _QUOTED_SPAN.search(before) is None and (
        _DASH_BEFORE_LINK.search(before) is None
        or (parse_date(before, allow_year=False) is None and find_dmy(before) is None)
    ):
        return None
    return before, ""


def _original_key(url: str) -> str:
    return url_key(archived_original(url) or url)


#: A numbered link list's line: ``[4] https://...`` (the marker, then the URL).
_NUMBERED_LINE = lazy_re(r"[ \t>]*\[(\d{1,3})\][ \t]*$")
#: A reference marker in the text: ``[4]`` after a word, a quote or a space, not opening its line.
_MARKER = lazy_re(r"(?<=[^\s\[])[ \t]?\[(\d{1,3})\]|(?<=[ \t])\[(\d{1,3})\]")
#: A quoted span that ends just before a marker: ``("Title" [4])``; quotes closed by quotes, a guillemet by a
#: guillemet (as :data:`_QUOTED_SPAN`).
_QUOTED_BEFORE = lazy_re(r"(?:[\"“„](?P<t0>[^\"“”„]{3,300})[\"”“]|«(?P<t1>[^«»]{3,300})»)\s*$")
_BLANK_LINE = lazy_re(r"\n[ \t]*\r?\n|\r[ \t]*\r")


def read_markers(text: str, links: list[tuple[int, int, Link]]) -> None:
    """Numbered references in plain text: a ``[4]`` in the text points at the link listed as ``[4] https://...``
    (a newsletter's or a paper's link list). A list item holding one marker is that link's entry (its title,
    outlet, date: ``- "Title", Canary Media, 10 January 2023 [6]``); in running text, a quoted span just
    before the marker is its title (``("Auction Round 5 results" [4])``). Each marker is read once; the first
    that says something about a link wins."""
    numbered: dict[str, Link] = {}
    for start, _, link in links:
        if link.error is None:
            floor = max(0, start - 12)  # "[123] " is all a numbered line holds before its URL
            line_start = max(text.rfind("\n", floor, start), text.rfind("\r", floor, start)) + 1
            if line_start == 0 and floor > 0:
                continue
            listed = _NUMBERED_LINE.fullmatch(text, line_start, start)
            if listed is not None:
                numbered.setdefault(listed.group(1), link)
    if not numbered:
        return
    for m in _MARKER.finditer(text):
        pointed = numbered.get(m.group(1) or m.group(2) or "")
        if pointed is None:
            continue
        link = pointed
        bounds = entry_bounds(text, m.start(), m.end())
        if bounds is not None and bounds[2]:
            begin, stop, _ = bounds
            if len(_MARKER.findall(text, begin, stop)) == 1:
                item = ITEM_MARKER.match(text, begin)
                before = text[item.end() if item else begin : m.start()]
                read_entry(link, before, text[m.end() : stop], reference=True)
                continue
        if link.title is None:
            quoted = _QUOTED_BEFORE.search(text, max(0, m.start() - 310), m.start())
            if (
                quoted is not None and _BLANK_LINE.search(_quoted_text(quoted)) is None
            ):  # wrapped, not two paragraphs
                link.title = looks_like_title(f"“{clean_text(_quoted_text(quoted))}”")
