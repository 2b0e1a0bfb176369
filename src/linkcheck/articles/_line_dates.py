"""Dates a line from their links (added by art49).

Documentation comments, wikis, notes and plain-text digests wrap a reference after a link that ends its line,
so the reference's trailer opens the next line (``<https://...>`` then ``(IETF, July 2023).``, ``/// (last
updated 2 May 2023).``); or the sentence that introduces an address ends with the date and a colon, and the
address stands alone on the next line (``The report was published 3 November 2022:`` then the URL). The date
is the link's when nothing else stands between: no blank line, no other address on either line, no other
item opening the next line. Only a full date is read (a month and year or a day, month and year), written as
the date readers write it (:func:`~linkcheck.articles._dates.parse_date`,
:func:`~linkcheck.articles._dates.find_dmy`).
"""

from __future__ import annotations

from linkcheck.articles._dates import find_dmy, parse_date
from linkcheck.lazyre import lazy_re
from linkcheck.models import PartialDate

#: What may stand after a link that ends its line: its closing brackets, punctuation, spaces.
_LINE_END_AFTER_LINK = lazy_re(r"[)\]>}\"'”’.,;:!]*[ \t]*\r?(?:\n|$)")
#: A next line opening with a parenthesis, after the comment marks a wrapped comment repeats (``///``, ``#``,
#: ``--``, ``;;``, ``%``, `` * ``): group ``t`` its words. Not a bullet's ``-`` or a number: another item.
_TRAILER_LINE = lazy_re(r"[ \t]*(?:(?://[/!]?|#+|--|;+|%+|\*)[ \t]*)?\((?P<t>[^()\r\n]{4,120})\)")
#: What may stand before an address alone on its line: spaces, comment marks, a quote's ``>``, brackets.
_BARE_LEAD = lazy_re(r"[ \t]*(?:(?://[/!]?|#+|--|;+|%+|\*|>)[ \t]*)?[<(\[]?")
#: A line ending with a year and a colon, or a parenthesis closing after a year and maybe a colon, a comma, a
#: full stop: a date introducing the next line, or the trailer of the reference the next line's address ends.
_DATE_BEFORE_COLON = lazy_re(r"\d{4}(?::|\)[ \t]*[:,;.]?)[ \t]*\r?$")
#: How far before the colon a date is looked for (``published 30 September 2023``, with room to spare).
_DATE_REACH = 36
#: Words after which a date is not the page's: an access date's, an archive copy's.
_NOT_THE_PAGES = ("ccessed", "etrieved", "rchived", "isited")


def _full_date(words: str) -> PartialDate | None:
    """A month and year, or a day, month and year, in ``words`` (no year alone); ``None`` otherwise or when an
    access or archive date's word stands there."""
    if any(word in words for word in _NOT_THE_PAGES):
        return None
    value = parse_date(words, allow_year=False) or find_dmy(words)
    return value if value is not None and value.month is not None else None


def date_a_line_away(text: str, start: int, end: int) -> PartialDate | None:
    """The date on the line next to the link at ``text[start:end]``: a parenthesised trailer opening the line
    below a link that ends its line, or a full date right before the colon ending the line above an address
    alone on its line. ``None`` when neither, or when a blank line, another address or another item stands
    between."""
    after = _LINE_END_AFTER_LINK.match(text, end)
    if after is None:
        return None  # the link's own line goes on: its words after the link are its trailer
    line_start = text.rfind("\n", 0, start) + 1
    below = after.end()
    if below < len(text) and text[below - 1 : below] == "\n":
        trailer = _TRAILER_LINE.match(text, below)
        if trailer is not None:
            line_end = text.find("\n", below)
            rest = text[below : line_end if line_end >= 0 else len(text)]
            if "://" not in rest and (value := _full_date(trailer.group("t"))) is not None:
                return value
    lead = _BARE_LEAD.match(text, line_start, start)
    if lead is None or lead.end() != start or line_start < 2:
        return None  # the address is not alone on its line
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start : line_start - 1]
    colon = _DATE_BEFORE_COLON.search(above)
    if colon is None or "://" in above:
        return None
    return _full_date(above[max(0, colon.end() - _DATE_REACH) : colon.end()])
