"""Rules added in the fifty-seventh hostile round (host57), each on strings, with controls that must not fire.

- a ``<title>`` "doubled headline | Site" whose site name stands only as the whole holder of a copyright line
  ("© 2024 Il Giornale di Cantù. Tutti i diritti riservati.") has its headline read as written, as when
  the name stands in ``og:site_name`` or a masthead's link (``extract.decode._names_itself``, asked by
  ``_undone_beside_a_name``); a longer holder that begins with the name (a parent company), a name in a
  sentence, a holder run on into the notice's words, and a real headline beside another site's footer
  undo nothing. The copyright holder's pattern is now one, ``extract.tables.COPYRIGHT_HOLDER_RE``, which
  the extraction's ``_credited_holder`` reads too.
- a JSON answer's nested error says what went wrong when the answer carries no data: GraphQL's ``"errors"``
  list beside ``"data": {"article": null}`` (sent with a 200), JSON:API's list, an ``"error"`` object
  (``pagebody._error_objects``, asked by ``_json_error``: ``body_signal`` under a page type,
  ``file_signal`` under a JSON type); an answer with data beside its errors (GraphQL's partial success) is
  no error.
"""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.decode import undone_fields
from linkcheck.models import Cause
from linkcheck.pagebody import body_signal, file_signal

_URL = "https://giornale.example/trasporti/2024/03/12/battello-bellagio"
_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)

_IT = "Il battello per Bellagio torna ogni mezz\u2019ora: pi\u00f9 corse nel fine settimana"
_IT_SITE = "Il Giornale di Cant\u00f9"
_PL = "Prom na Hel kursuje cz\u0119\u015bciej od poniedzia\u0142ku"
_PL_SITE = "Gazeta \u017bu\u0142awska"
_MIXED = "\u00c3\u00a9 and \u00c3\u00b1 \u2013 what Jos\u00e9 sees on his caf\u00e9 bill"
_COLUMN_HEADLINE = "What \u00c3\u00a9 on a receipt means"
_COLUMN = "Ask N\u00fa\u00f1ez"


def _twice(text: str) -> str:
    """``text`` as it shows once gone through UTF-8 twice (read as windows-1252 the Encoding Standard's way,
    its holes as C1 controls, and written in UTF-8 again)."""
    return "".join(chr(b) if b in _HOLES else bytes((b,)).decode("cp1252") for b in text.encode())


def _page(title: str, footer: str, *, lang: str = "it", body: str = "Il testo.") -> str:
    """A page's markup with ``title`` as its only headline (no og:title, no <h1>, no og:site_name, a
    masthead that is an image) and ``footer`` as its footer's text."""
    return (
        f'<!DOCTYPE html><html lang={lang}><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<header><a href=/><img src=/logo.svg alt=""></a></header><main><article><p>{body}</p></article>'
        f"</main><footer><p>{footer}</p></footer></body></html>"
    )


def _title(markup: str) -> str:
    """The ``<title>`` of ``markup`` once its doubled fields are read (``undone_fields``)."""
    done = undone_fields(markup)
    return done[done.index("<title>") + 7 : done.index("</title>")]


@pytest.mark.parametrize(
    ("title", "footer", "expected"),
    [
        # the leftover: headline, then the name; the name stands only in the copyright line, before a stop
        (
            f"{_twice(_IT)} | {_IT_SITE}",
            f"\u00a9 2024 {_IT_SITE}. Tutti i diritti riservati.",
            f"{_IT} | {_IT_SITE}",
        ),
        # the sign as an entity, a span of years, the holder ending at its element's end
        (
            f"{_twice(_IT)} \u2013 {_IT_SITE}",
            f"&copy; 2019\u20132024 {_IT_SITE}",
            f"{_IT} \u2013 {_IT_SITE}",
        ),
        # name, then headline (cut at the first separator); the holder ends at a comma
        (
            f"{_PL_SITE} | {_twice(_PL)}",
            f"\u00a9 {_PL_SITE}, wszelkie prawa zastrze\u017cone",
            f"{_PL_SITE} | {_PL}",
        ),
        # the holder ends at a bar
        (
            f"{_twice(_PL)} - {_PL_SITE}",
            f"\u00a9 2024 {_PL_SITE} | Polityka prywatno\u015bci",
            f"{_PL} - {_PL_SITE}",
        ),
    ],
)
def test_a_doubled_headline_beside_a_name_held_in_a_copyright_line_is_read_as_written(
    title: str, footer: str, expected: str
) -> None:
    assert _title(_page(title, footer)) == expected


@pytest.mark.parametrize(
    ("title", "footer"),
    [
        # a parent company: a longer holder that begins with the title's other side
        (f"{_COLUMN_HEADLINE} | {_COLUMN}", f"\u00a9 2024 {_COLUMN} Media Group. All rights reserved."),
        # a real headline holding one separator beside a footer naming another site
        (_MIXED, "\u00a9 2024 The Byte Desk"),
        # the name in a sentence, with no copyright sign
        (f"{_twice(_IT)} | {_IT_SITE}", f"Leggi ogni giorno {_IT_SITE}. Redazione di Como."),
        # the holder run on into the notice's words: the line's holder is longer than the name
        (f"{_twice(_IT)} | {_IT_SITE}", f"\u00a9 2024 {_IT_SITE} Tutti i diritti riservati"),
        # a copyright line naming a parent company only
        (f"{_twice(_IT)} | {_IT_SITE}", "\u00a9 2024 Editoriale Comasca S.p.A. Tutti i diritti riservati."),
    ],
)
def test_a_footer_that_does_not_hold_the_name_whole_undoes_nothing(title: str, footer: str) -> None:
    assert _title(_page(title, footer)) == title


def test_the_read_title_is_the_headline_as_written() -> None:
    # through the extraction: the title read from a page whose site is named only in its footer
    markup = _page(
        f"{_twice(_IT)} | {_IT_SITE}",
        f"\u00a9 2024 {_IT_SITE}. Tutti i diritti riservati.",
        body=_twice("Da sabato il battello partir\u00e0 ogni mezz\u2019ora."),
    ).encode()
    title = extract_metadata(markup, _URL, {"content-type": "text/html; charset=utf-8"}).title or ""
    assert _IT in title, title
    assert "\u00c3" not in title, title


_GRAPHQL = (
    b'{"data":{"article":null},"errors":[{"message":"Article not found","locations":[{"line":2,"column":3}],'
    b'"path":["article"],"extensions":{"code":"NOT_FOUND"}}]}'
)
_GOOGLE_STYLE = b'{"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND"}}'
_JSON_API = b'{"errors":[{"status":"404","title":"Not Found","detail":"No story with id 4711"}]}'


@pytest.mark.parametrize("body", [_GRAPHQL, _GOOGLE_STYLE, _JSON_API])
def test_a_nested_json_error_is_an_error_message(body: bytes) -> None:
    said = file_signal(_URL, _URL, "application/json", body, redirected=False)
    assert said is not None, body
    assert said[0] is Cause.ERROR_PAGE, said


def test_a_graphql_error_under_the_page_type_is_no_page() -> None:
    said = body_signal(_URL, _URL, _GRAPHQL, extract_metadata(_GRAPHQL, _URL))
    assert said is not None
    assert said[0] is Cause.ERROR_PAGE, said
    assert "not found" in said[1].lower(), said


@pytest.mark.parametrize(
    "body",
    [
        # GraphQL's partial success: the article is there, one field failed
        b'{"data":{"article":{"title":"Ferry fares frozen"}},'
        b'"errors":[{"message":"Field not found: views"}]}',
        # an empty error list, an error list of strings
        b'{"data":null,"errors":[]}',
        b'{"data":{"article":null},"errors":["Article not found"]}',
        # an error object that says nothing of an error
        b'{"error":{"code":200,"message":"OK"}}',
        # data and an error object beside it
        b'{"data":{"items":[1,2]},"error":{"code":404,"message":"Not found"}}',
    ],
)
def test_json_with_data_or_without_an_error_object_is_no_error(body: bytes) -> None:
    assert file_signal(_URL, _URL, "application/json", body, redirected=False) is None, body
