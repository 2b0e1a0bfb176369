"""Rules added in the fifty-fourth hostile round (host54), each on strings, with controls that must not fire.

- UTF-8 gone through UTF-8 twice is told by its lead-and-continuation pairs (a character U+00C2-U+00F4, a
  UTF-8 lead byte read as windows-1252, then one that stands for a continuation byte, 80-BF), not by three
  marks of Latin-1 text (``Ã``, ``Â``, ``â€``): Russian, Greek and CJK pages show ``Ð``, ``Ñ``, ``Î``,
  ``æ``... (``extract.decode.doubled_marks``, ``_DOUBLED_PAIR``);
- the round trip back to bytes is lenient: windows-1252's five holes (81, 8D, 8F, 90, 9D), which the
  Encoding Standard reads as C1 controls and Python's ``cp1252`` cannot encode, go back to their bytes, as
  does text read as Latin-1; undone up to three times over (``_as_read_bytes``, ``_undone``);
- the page reader asks the description and the authors it read too, when the title is ASCII
  (``extract.core._extract``);
- a wait read from a rate-limit field is reported under that field's name, never as a ``Retry-After`` the
  server did not send (``fetch._ratelimit_reset``, ``_Attempt.wait_field``, ``_wait_asked``).
"""

from __future__ import annotations

import random

import pytest

from linkcheck.config import Config
from linkcheck.extract import decode_html, extract_metadata

_URL = "https://harbour-gazette.example/news/2024/03/12/story"
_UTF8 = {"content-type": "text/html; charset=utf-8"}
_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def _read_as_1252(data: bytes) -> str:
    """``data`` as the Encoding Standard reads windows-1252: its holes as the C1 controls of their number."""
    return "".join(chr(b) if b in _HOLES else bytes((b,)).decode("cp1252") for b in data)


def _twice(text: str, times: int = 1) -> bytes:
    for _ in range(times):
        text = _read_as_1252(text.encode())
    return text.encode()


def _page(title: str, lang: str = "en", head: str = "", body: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang={lang}><head><meta charset="utf-8"><title>{title}</title>{head}'
        '<meta property="article:published_time" content="2024-03-12T09:00:00Z">'
        f"</head><body><article><h1>{title}</h1><p>{body or title}</p></article></body></html>"
    )


_RU = "\u041d\u043e\u0432\u044b\u0439 \u043f\u0430\u0440\u043e\u043c \u0401\u0440\u0448 \u0432 \u0410\u0440\u0445\u0430\u043d\u0433\u0435\u043b\u044c\u0441\u043a\u0435"  # noqa: E501
_JA = "\u6771\u4eac\u6e7e\u306b\u65b0\u3057\u3044\u6c34\u4e0a\u30d0\u30b9"
_ZH = "\u4e0a\u6d77\u6e2f\u7801\u5934\u5f00\u901a\u591c\u95f4\u6e21\u8f6e"
_EL = "\u039d\u03ad\u03bf \u03c0\u03bb\u03bf\u03af\u03bf \u03b3\u03b9\u03b1 \u03c4\u03b7 \u03a7\u03af\u03bf"
_FR = "L\u2019\u00e9cluse rouvre apr\u00e8s l\u2019hiver"


# --- the marks: lead-and-continuation pairs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        (_twice(_RU).decode(), True),  # "Ð\x9dÐ¾Ð²Ñ‹Ð¹": no Ã, Â nor â€
        (_twice(_JA).decode(), True),
        (_twice(_ZH).decode(), True),
        (_twice(_EL).decode(), True),
        (_twice("Jos\u00e9 Garc\u00eda").decode(), True),
        (_twice(_FR).decode(), True),
        # controls: real text, once written
        ("\u00d0akovo dobiva novu autobusnu stanicu", False),
        ("ESPA\u00d1A GANA LA REGATA", False),
        ("S\u00c3O PAULO", False),
        (_RU, False),
        (_JA, False),
        (_FR, False),
        ("Harbour wall raised", False),
        ("", False),
        # a real pair (E acute then a closing guillemet) is a mark: the round trip keeps the text
        ("ESPA\u00d1A GRITA \u00abOL\u00c9\u00bb", True),
    ],
    ids=[
        *("ru-doubled", "ja-doubled", "zh-doubled", "el-doubled", "es-name-doubled", "fr-doubled"),
        *("eth", "enye", "sao-paulo", "ru", "ja", "fr", "ascii", "empty", "ole-pair"),
    ],
)
def test_doubled_marks_are_lead_and_continuation_pairs(text: str, marked: bool) -> None:
    from linkcheck.extract.decode import doubled_marks

    assert doubled_marks(text) is marked


# --- the reading: a lenient round trip ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "lang"), [(_RU, "ru"), (_JA, "ja"), (_ZH, "zh"), (_EL, "el")], ids=["ru", "ja", "zh", "el"]
)
def test_a_page_whose_letters_carry_windows_1252_holes_is_undone(title: str, lang: str) -> None:
    # every title here holds a letter whose UTF-8 holds 81, 8D, 8F, 90 or 9D (Н, Ё, А; 東, に; 码; Ν)
    assert any(b in _HOLES for b in title.encode())
    written = _page(title, lang)
    assert decode_html(_twice(written), _UTF8) == written
    assert extract_metadata(_twice(written), _URL, _UTF8).title == title


def test_a_page_read_as_latin_1_is_undone() -> None:
    # a tool that read the bytes as Latin-1 wrote every byte 80-9F as its C1 control ("’" as â + 80 99)
    written = _page(_FR, "fr")
    served = written.encode().decode("latin-1").encode()
    assert decode_html(served, _UTF8) == written


def test_a_page_gone_through_utf8_three_times_is_undone() -> None:
    written = _page(_FR, "fr")
    assert decode_html(_twice(written, times=2), _UTF8) == written
    assert extract_metadata(_twice(written, times=2), _URL, _UTF8).title == _FR


def test_a_doubled_page_cut_mid_character_is_undone() -> None:
    # a body read up to a byte cap ends inside the doubled form of its last character
    written = _page(_RU, "ru", body=_RU * 3)
    served = _twice(written)
    cut = served[: served.rindex("\u00d0".encode()) + 2]  # "Ð" whole, its continuation's character cut
    text = decode_html(cut, _UTF8)
    assert text.startswith(written[:200]), text[:200]


@pytest.mark.parametrize(
    "title",
    [
        "\u00d0akovo dobiva novu autobusnu stanicu",
        "ESPA\u00d1A GRITA \u00abOL\u00c9\u00bb EN LA REGATA DE VIGO",
        "S\u00c3O PAULO: A \u00c2NCORA DO PORTO",
        "Un \u00abcaf\u00e9\u00bb sur le quai",  # é then »: a pair, in real text
    ],
    ids=["eth", "enye-ole", "sao-paulo", "cafe-guillemet"],
)
def test_real_titles_holding_lead_letters_are_kept(title: str) -> None:
    written = _page(title, body="Texto de Espa\u00f1a y de \u00d0akovo.")
    assert decode_html(written.encode(), _UTF8) == written
    assert extract_metadata(written.encode(), _URL, _UTF8).title == title


def test_a_page_partly_doubled_is_read_field_by_field() -> None:
    # a template in real UTF-8 (Cyrillic) around a doubled article: no single reading undoes the whole page;
    # since the fifty-fifth round (host55, the brief's ask) each field is undone on its own, the template kept
    template = _page(_RU, "ru").encode()[:-14]
    served = template + _twice("<p>" + _RU + "</p>") + b"</body></html>"
    written = template + ("<p>" + _RU + "</p>").encode() + b"</body></html>"
    assert decode_html(served, _UTF8) == written.decode()


# --- the page reader: an ASCII title over a doubled byline or description ---------------------------------


def test_an_ascii_title_over_a_doubled_author_meta_and_description() -> None:
    written = _page(
        "Vigo abre una nueva terminal para los ferris",
        "es",
        head='<meta name="author" content="Jos\u00e9 Garc\u00eda"><meta name="description"'
        ' content="La terminal tendr\u00e1 dos pasarelas.">',
    )
    metadata = extract_metadata(_twice(written), _URL, _UTF8)
    assert [a.name for a in metadata.author] == ["Jos\u00e9 Garc\u00eda"]
    assert metadata.description == "La terminal tendr\u00e1 dos pasarelas."
    assert metadata == extract_metadata(decode_html(_twice(written), _UTF8), _URL, _UTF8)


def test_an_ascii_title_over_a_doubled_json_ld_author() -> None:
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Brest gets a new tug",'
        '"datePublished":"2024-03-12","author":{"@type":"Person","name":"H\u00e9l\u00e8ne Le Goff"}}'
    )
    written = _page("Brest gets a new tug", "fr", head=f'<script type="application/ld+json">{ld}</script>')
    metadata = extract_metadata(_twice(written), _URL, _UTF8)
    assert [a.name for a in metadata.author] == ["H\u00e9l\u00e8ne Le Goff"]


def test_an_ascii_title_over_a_real_marked_byline_is_kept() -> None:
    # control: a real byline "«José»" (é then »: a pair), a page never doubled: read as served
    written = _page("Harbour wall raised", head='<meta name="author" content="Jos\u00e9\u00bb Garc\u00eda">')
    metadata = extract_metadata(written.encode(), _URL, _UTF8)
    assert [a.name for a in metadata.author] == ["Jos\u00e9\u00bb Garc\u00eda"]


# --- rate-limit fields named in reports -------------------------------------------------------------------


def _stop_reason(headers: dict[str, str], status: int, cap: float = 5.0) -> str | None:
    from linkcheck.fetch import _Attempt, _RetryPolicy, _Run, _Tries, _with_retry_after

    attempt = _with_retry_after(_Attempt("http://a.example/"), status, headers)
    run = _Run("http://a.example/", 0.0, 60.0)
    policy = _RetryPolicy(Config(retry_after_cap=cap), run, lambda: 0.0, random.Random(1))
    policy.stop(_Tries(attempt))
    return policy.stop_reason


@pytest.mark.parametrize(
    ("headers", "field"),
    [
        ({"ratelimit-reset": "3600"}, "RateLimit-Reset"),
        ({"x-ratelimit-reset": "3600"}, "X-RateLimit-Reset"),
        ({"x-rate-limit-reset": "3600"}, "X-Rate-Limit-Reset"),
        ({"ratelimit": "limit=30, remaining=0, reset=3600"}, "RateLimit"),
    ],
)
def test_a_reset_over_the_cap_names_its_field(headers: dict[str, str], field: str) -> None:
    reason = _stop_reason(headers, 429)
    assert reason is not None
    assert reason.startswith(f"{field} (a wait of 3600 s)"), reason
    assert "Retry-After" not in reason, reason


def test_a_retry_after_over_the_cap_is_said_as_before() -> None:
    # control: the field the server sent is Retry-After
    reason = _stop_reason({"retry-after": "3600", "ratelimit-reset": "2"}, 429)
    assert reason == "Retry-After: 3600 s exceeds the 5 s cap"


@pytest.mark.parametrize(
    ("headers", "label"),
    [
        ({"ratelimit-reset": "1"}, "503 with RateLimit-Reset"),
        ({"x-ratelimit-reset": "1"}, "503 with X-RateLimit-Reset"),
        ({"retry-after": "1"}, "503 with Retry-After"),  # control
    ],
)
def test_a_503_that_still_fails_names_the_field_it_was_waited_for_by(
    headers: dict[str, str], label: str
) -> None:
    from linkcheck.fetch import Fetcher, _Attempt, _with_retry_after
    from linkcheck.models import Cause

    attempt = _with_retry_after(_Attempt("http://a.example/", status=503), 503, headers)
    with Fetcher(Config()) as fetcher:
        given_up = fetcher._give_up(attempt, None, 2)
    assert given_up.cause is Cause.RATE_LIMITED
    assert given_up.error == f"rate limited ({label}): still failing after 2 retries"


# --- a server's x-user-defined ----------------------------------------------------------------------------

_XUSER = {"content-type": "text/html; charset=x-user-defined"}


def test_a_servers_x_user_defined_reads_as_windows_1252() -> None:
    written = _page(_FR, "fr").replace('<meta charset="utf-8">', "")
    assert decode_html(written.encode("cp1252"), _XUSER) == written
    assert extract_metadata(written.encode("cp1252"), _URL, _XUSER).title == _FR


def test_a_meta_and_utf8_bytes_still_rule_under_a_servers_x_user_defined() -> None:
    # controls: the page's own <meta> names its charset; bytes that are UTF-8 are read as UTF-8
    polish = "Statek \u017ceglugi przybi\u0142 do portu w \u015awinouj\u015bciu"
    written = _page(polish, "pl").replace('<meta charset="utf-8">', '<meta charset="windows-1250">')
    assert decode_html(written.encode("cp1250"), _XUSER) == written
    utf8 = _page(_FR, "fr")
    assert decode_html(utf8.encode(), _XUSER) == utf8
