"""Rules added in the fifty-sixth hostile round (host56), each on strings, with controls that must not fire.

- a field that went through UTF-8 twice only in part, a headline beside a site name in good UTF-8 (a
  ``<title>`` "La lonja ... mÃ¡s ... | Faro del Miño"), is cut once at its last title separator (headline,
  then name) or else its first (name, then headline), and its headline side undone when it alone
  round-trips; the name side must hold no mark, be short and stand elsewhere on the page as a field of its
  own (``og:site_name``, a masthead's link), so a separator inside a real headline never splits it
  (``extract.decode._undone_beside_a_name``, reached from ``undone_fields``).
"""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.decode import undone_fields

_URL = "https://faro.example/puerto/2024/03/12/lonja"
_UTF8 = {"content-type": "text/html; charset=utf-8"}
_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)

_ES = "La lonja de Vigo reabre tras seis meses de obras: m\u00e1s espacio para la subasta"
_ES_SITE = "Faro del Mi\u00f1o"
_RU = (
    "\u041f\u0430\u0440\u043e\u043c \u0432\u0435\u0440\u043d\u0443\u043b\u0441\u044f"
    " \u043d\u0430 \u043b\u0438\u043d\u0438\u044e"
)
_RU_SITE = "\u0421\u0435\u0432\u0435\u0440\u043d\u044b\u0439 \u0440\u0435\u0439\u0441"
_FR = "Douarnenez : la cri\u00e9e rouvre - six mois apr\u00e8s"
_FR_SITE = "Le Courrier de l\u2019\u00cele"


def _twice(text: str) -> str:
    """``text`` as it shows once gone through UTF-8 twice (read as windows-1252 the Encoding Standard's way,
    its holes as C1 controls, and written in UTF-8 again)."""
    return "".join(chr(b) if b in _HOLES else bytes((b,)).decode("cp1252") for b in text.encode())


def _page(title: str, site: str | None, *, lang: str = "es", body: str = "El texto.") -> bytes:
    """A page in UTF-8 with ``title`` as its only headline (no og:title, no <h1>); ``site``, when given, as
    its ``og:site_name`` and its masthead's link."""
    named = f'<meta property="og:site_name" content="{site}">' if site else ""
    masthead = f"<header><a href=/>{site}</a></header>" if site else ""
    return (
        f'<!DOCTYPE html><html lang={lang}><head><meta charset="utf-8">{named}'
        '<meta property="article:published_time" content="2024-03-12T09:00:00Z">'
        f"<title>{title}</title></head><body>{masthead}<main><article><p>{body}</p></article></main>"
        "</body></html>"
    ).encode()


def _title(page: bytes) -> str:
    return extract_metadata(page, _URL, _UTF8).title or ""


# --- a doubled headline beside a good site name: read as written ------------------------------------------


@pytest.mark.parametrize(
    ("title", "site", "headline", "lang"),
    [
        (f"{_twice(_ES)} | {_ES_SITE}", _ES_SITE, _ES, "es"),  # headline, then the name
        (f"{_ES_SITE} | {_twice(_ES)}", _ES_SITE, _ES, "es"),  # the name first
        (f"{_twice(_RU)} \u2014 {_RU_SITE}", _RU_SITE, _RU, "ru"),  # Cyrillic, an em dash
        # an ASCII " - " and " : " inside the doubled headline stay in it: the cut is at the last separator
        (f"{_twice(_FR)} | {_FR_SITE}", _FR_SITE, _FR, "fr"),
    ],
)
def test_a_doubled_headline_beside_a_good_site_name_is_read_as_written(
    title: str, site: str, headline: str, lang: str
) -> None:
    read = _title(_page(title, site, lang=lang))
    assert headline in read, read
    assert "\u00c3" not in read, read
    assert "\u00d0" not in read, read


def test_the_site_name_is_kept_good_in_the_field() -> None:
    text = f'<meta property="og:site_name" content="{_ES_SITE}"><title>{_twice(_ES)} | {_ES_SITE}</title>'
    assert (
        undone_fields(text)
        == f'<meta property="og:site_name" content="{_ES_SITE}"><title>{_ES} | {_ES_SITE}</title>'
    )


def test_an_og_title_holding_the_name_is_read_the_same_way() -> None:
    text = f'<a href=/>{_ES_SITE}</a><meta property="og:title" content="{_twice(_ES)} \u2013 {_ES_SITE}">'
    assert f'content="{_ES} \u2013 {_ES_SITE}"' in undone_fields(text), undone_fields(text)


# --- controls: nothing undone ---------------------------------------------------------------------------

_MIXED = (
    "\u00c3\u00a9 and \u00c3\u00b1: the marks of a page read twice \u2013 what Jos\u00e9 and"
    " N\u00fa\u00f1ez see"
)


def test_a_separator_inside_a_real_mixed_headline_never_splits_it() -> None:
    # the part before the en dash would round-trip alone; the headline as a whole holds a real é and ú
    title = f"{_MIXED} | The Byte Desk"
    assert _MIXED in _title(_page(title, "The Byte Desk", lang="en"))
    assert (
        undone_fields(f"<a>The Byte Desk</a><title>{title}</title>")
        == f"<a>The Byte Desk</a><title>{title}</title>"
    )


def test_a_real_headline_with_one_separator_is_not_taken_for_a_name() -> None:
    # "what José sees" is no site name: it stands nowhere else on the page as a field of its own
    title = "\u00c3\u00a9 and \u00c3\u00b1 \u2013 what Jos\u00e9 sees"
    text = f"<title>{title}</title><p>When Jos\u00e9 sees his name mangled, he writes to us.</p>"
    assert undone_fields(text) == text


def test_a_name_side_showing_a_mark_is_no_name() -> None:
    # both sides show marks; the right one fails (a real "é" beside them): nothing is a good site name
    cafe = _twice("Caf\u00e9")
    title = f"{cafe} | Jos\u00c3\u00a9 et Ren\u00e9e"
    text = f'<meta property="og:site_name" content="Jos\u00c3\u00a9 et Ren\u00e9e"><title>{title}</title>'
    assert undone_fields(text) == text


def test_a_long_name_side_is_no_name() -> None:
    long_side = "Un r\u00e9cit " + "tr\u00e8s " * 20 + "long"
    text = f'<meta name="x" content="{long_side}"><title>{_twice(_ES)} | {long_side}</title>'
    assert undone_fields(text) == text


def test_a_title_with_no_separator_is_kept_when_its_trip_fails() -> None:
    # "JosÃ© Núñez": no separator to cut at, the real "ú" fails the trip: read as served
    text = f"<a>{_ES_SITE}</a><title>Jos\u00c3\u00a9 N\u00fa\u00f1ez</title>"
    assert undone_fields(text) == text


def test_a_good_page_with_a_separator_is_untouched() -> None:
    page = _page(f"{_ES} | {_ES_SITE}", _ES_SITE)
    assert _title(page).startswith(_ES), _title(page)
