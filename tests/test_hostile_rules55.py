"""Rules added in the fifty-fifth hostile round (host55), each on strings, with controls that must not fire.

- a page only partly gone through UTF-8 twice (a story, a byline or a summary pasted through a double
  encoding into a template in good UTF-8) is read field by field: a field, a run of text between markup's
  ``<``, ``>`` and ``"`` (a text node, an attribute's value, a JSON string), is undone when it shows a
  lead-and-continuation pair and all of it round-trips, strictly; the page reader asks it when the whole
  page's round trip fails, on ``decode_html``'s labelled-UTF-8 path (``extract.decode.undone_fields``,
  ``_undoubled``, ``_strict_utf8``'s and ``_undone``'s ``cut``).
"""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata

_URL = "https://harbour-gazette.example/news/2024/03/12/story"
_UTF8 = {"content-type": "text/html; charset=utf-8"}
_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def _twice(text: str, times: int = 1) -> str:
    """``text`` as it shows once gone through UTF-8 ``times`` more times (read as windows-1252 the Encoding
    Standard's way, its holes as C1 controls, and written in UTF-8 again)."""
    for _ in range(times):
        text = "".join(chr(b) if b in _HOLES else bytes((b,)).decode("cp1252") for b in text.encode())
    return text


def _page(
    title: str, *, lang: str = "en", head: str = "", byline: str = "", body: str = "", menu: str = ""
) -> bytes:
    """A story in UTF-8: ``title`` as its <title>, og:title and <h1>; ``menu`` a template's navigation."""
    return (
        f'<!DOCTYPE html><html lang={lang}><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}">{head}'
        '<meta property="article:published_time" content="2024-03-12T09:00:00Z">'
        f"</head><body><header><nav>{menu}</nav></header><article><h1>{title}</h1>"
        f"{f'<p class=byline>{byline}</p>' if byline else ''}<p>{body or 'The story.'}</p></article>"
        f"<footer>{menu}</footer></body></html>"
    ).encode()


_FR = "La cri\u00e9e de Douarnenez rouvre apr\u00e8s l\u2019hiver"
_FR_MENU = (
    "\u00c9conomie \u00b7 Soci\u00e9t\u00e9 \u00b7 M\u00e9t\u00e9o marine \u00b7 \u00a9 Le Courrier de"
    " l\u2019\u00cele"
)
_RU = "\u041f\u0430\u0440\u043e\u043c \u0441\u043d\u043e\u0432\u0430 \u0445\u043e\u0434\u0438\u0442"
_RU_MENU = "\u0413\u043b\u0430\u0432\u043d\u0430\u044f \u00b7 \u041d\u043e\u0432\u043e\u0441\u0442\u0438"
_EL = "\u039d\u03ad\u03bf \u03c0\u03bb\u03bf\u03af\u03bf \u03b3\u03b9\u03b1 \u03c4\u03b7 \u03a7\u03af\u03bf"
_EL_MENU = "\u0391\u03c1\u03c7\u03b9\u03ba\u03ae \u00b7 \u0395\u03b9\u03b4\u03ae\u03c3\u03b5\u03b9\u03c2"
_JA = "\u6771\u4eac\u6e7e\u306b\u65b0\u3057\u3044\u6c34\u4e0a\u30d0\u30b9"
_JA_MENU = "\u30db\u30fc\u30e0 \u00b7 \u30cb\u30e5\u30fc\u30b9"
_DE = "F\u00e4hre nach F\u00f6hr f\u00e4hrt wieder st\u00fcndlich"
_DE_AUTHOR = "J\u00fcrgen M\u00fcller"
_PT_AUTHOR = "Jo\u00e3o Gon\u00e7alves"
_PT_SUMMARY = "A Transtejo vai refor\u00e7ar a liga\u00e7\u00e3o \u00e0s horas de ponta."


# --- a story pasted twice into a good template ------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "lang", "menu"),
    [(_FR, "fr", _FR_MENU), (_RU, "ru", _RU_MENU), (_EL, "el", _EL_MENU), (_JA, "ja", _JA_MENU)],
    ids=["fr", "ru", "el", "ja"],
)
def test_a_headline_pasted_twice_into_a_good_template_is_read_as_written(
    title: str, lang: str, menu: str
) -> None:
    # the menu and footer keep their good letters (so the whole page never round-trips); the headline,
    # in the <title>, og:title and <h1>, went through UTF-8 twice
    meta = extract_metadata(_page(_twice(title), lang=lang, menu=menu), _URL, _UTF8)
    assert meta.title == title, meta.title


def test_a_summary_pasted_twice_is_read_as_written_beside_a_good_site_name() -> None:
    head = (
        f'<meta name="description" content="{_twice(_PT_SUMMARY)}">'
        '<meta property="og:site_name" content="Di\u00e1rio do Tejo">'
    )
    meta = extract_metadata(
        _page("Mais partidas entre Lisboa e o Barreiro", lang="pt", head=head), _URL, _UTF8
    )
    assert meta.description == _PT_SUMMARY, meta.description
    assert meta.site_name == "Di\u00e1rio do Tejo", meta.site_name


# --- a byline pasted twice into a good page ---------------------------------------------------------------


def test_a_byline_meta_pasted_twice_under_a_good_title_is_read_as_written() -> None:
    page = _page(_DE, lang="de", head=f'<meta name="author" content="{_twice(_DE_AUTHOR)}">')
    meta = extract_metadata(page, _URL, _UTF8)
    assert meta.title == _DE, meta.title
    assert [a.name for a in meta.author] == [_DE_AUTHOR], meta.author


def test_a_byline_box_pasted_twice_is_read_as_written() -> None:
    page = _page(_DE, lang="de", byline=f"Von {_twice(_DE_AUTHOR)}")
    meta = extract_metadata(page, _URL, _UTF8)
    assert [a.name for a in meta.author] == [_DE_AUTHOR], meta.author


def test_a_jsonld_author_and_summary_pasted_twice_are_read_as_written() -> None:
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Liga\u00e7\u00e3o fluvial ganha'
        ' mais partidas","datePublished":"2024-03-12T09:00:00Z","description":"' + _twice(_PT_SUMMARY) + '",'
        '"author":{"@type":"Person","name":"' + _twice(_PT_AUTHOR) + '"}}'
    )
    page = _page(
        "Liga\u00e7\u00e3o fluvial ganha mais partidas",
        lang="pt",
        head=f'<script type="application/ld+json">{ld}</script>',
    )
    meta = extract_metadata(page, _URL, _UTF8)
    assert meta.title == "Liga\u00e7\u00e3o fluvial ganha mais partidas", meta.title
    assert [a.name for a in meta.author] == [_PT_AUTHOR], meta.author
    assert meta.description == _PT_SUMMARY, meta.description


def test_a_byline_pasted_three_times_is_read_as_written() -> None:
    page = _page(_DE, lang="de", head=f'<meta name="author" content="{_twice(_DE_AUTHOR, 2)}">')
    meta = extract_metadata(page, _URL, _UTF8)
    assert [a.name for a in meta.author] == [_DE_AUTHOR], meta.author


def test_a_real_title_stays_while_its_byline_pasted_twice_is_undone() -> None:
    # "SÃO PAULO" is real (C3 4F is no UTF-8): the title is kept; the byline beside it is undone
    title = "S\u00c3O PAULO GANHA NOVA BALSA PARA SANTOS"
    page = _page(title, lang="pt", head=f'<meta name="author" content="{_twice(_PT_AUTHOR)}">')
    meta = extract_metadata(page, _URL, _UTF8)
    assert meta.title == title, meta.title
    assert [a.name for a in meta.author] == [_PT_AUTHOR], meta.author


def test_undone_fields_undoes_fields_and_keeps_the_template() -> None:
    from linkcheck.extract.decode import undone_fields

    text = (
        f'<nav>{_FR_MENU}</nav><meta content="{_twice(_FR)}"><h1>{_twice(_FR)}</h1>'
        f'<script>{{"name":"{_twice(_DE_AUTHOR)}","x":"{_FR_MENU}"}}</script>'
    )
    assert undone_fields(text) == (
        f'<nav>{_FR_MENU}</nav><meta content="{_FR}"><h1>{_FR}</h1>'
        f'<script>{{"name":"{_DE_AUTHOR}","x":"{_FR_MENU}"}}</script>'
    )


# --- controls: real mixed pages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        # "é", a no-break space and "»" are E9 A0 BB (one UTF-8 character) as windows-1252 bytes
        "\u00ab\u00a0Le dernier caf\u00e9\u00a0\u00bb du port ferme",
        # about the fault itself: a mark beside a real letter
        "Why Jos\u00e9 shows up as Jos\u00c3\u00a9 on some websites",
        "ESPA\u00d1A GRITA \u00abOL\u00c9\u00bb EN VIGO",
        "\u00d0akovo dobiva novu stanicu",
    ],
)
def test_a_real_title_that_holds_a_pair_is_kept(title: str) -> None:
    meta = extract_metadata(_page(title, lang="fr", menu=_FR_MENU), _URL, _UTF8)
    assert meta.title == title.replace("\u00a0", " "), meta.title


def test_a_good_byline_ending_in_a_lead_letter_loses_nothing() -> None:
    # a whole field is read strictly: "… OLÉ" beside a pair must not lose its final É as a cut character
    from linkcheck.extract.decode import undone_fields

    text = '<meta name="author" content="Jos\u00c3\u00a9 OL\u00c9">'
    assert undone_fields(text) == text


def test_a_page_about_the_fault_keeps_its_quoted_marks() -> None:
    description = "Read as windows-1252, \u00e9 becomes \u00c3\u00a9 and \u2019 becomes \u00e2\u20ac\u2122."
    page = _page(
        "Why names break on some websites",
        head=f'<meta name="description" content="{description}">'
        '<meta name="author" content="Zo\u00e9 Okafor">',
    )
    meta = extract_metadata(page, _URL, _UTF8)
    assert meta.description == description, meta.description
    assert [a.name for a in meta.author] == ["Zo\u00e9 Okafor"], meta.author


def test_a_page_with_no_marks_is_read_as_served() -> None:
    from linkcheck.extract.decode import undone_fields

    text = f"<title>{_FR}</title><nav>{_FR_MENU}</nav>"
    assert undone_fields(text) is text
