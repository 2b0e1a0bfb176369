"""General rules of the fifty-second hostile round (``tests/hostile_server.py``, "fifty-second round").

- A not-found notice in any language that quotes back what was asked for (the cited title, the slug), in
  «», „“, “”, "", 「」 or 『』, is read without the quote (``soft404.drop_echo``): on a page with no headline
  (``pagebody._echo_dropped_is_error``, beside host51's English ``unquote_sought``) and in a page's
  ``<title>`` (``soft404._echo_notice``: the piece that held the quote, when it is then an error message).
- A CJK full stop (``。``, ``！``, ``？``) ends a sentence with no blank after it
  (``soft404.first_sentence``).
- A redirect chain compares its hops' origins as a number and a name: a port with leading zeros, a host in
  capitals, a default port written out are the same origin (``fetch._origin_key``, by ``_loop_key``).
- A name under ``.onion`` is refused without a lookup, naming it an onion service (``guard.vet_host``).
- An address offered as the one to cite carries no userinfo (``classify.citable``).
- A page labelled UTF-8 that went through UTF-8 twice is read as its author wrote it
  (``extract.decode._undoubled``); one whose only bytes beyond ASCII are windows-1252 punctuation is read
  as windows-1252 (``extract.decode._legacy_punctuation``).

The tests that name a function the round added import it inside, so that on base59's src each fails alone.
"""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Status

_URL = "http://harbour-gazette.example.com/news/2024/03/harbour-wall"
_TITLE_DE = "Hafenmauer wird um einen halben Meter erh\u00f6ht"

# --- a not-found notice quoting back what was asked, in any language -----------------------------------

_NOTICES = {
    "de": f"Die Seite \u00ab{_TITLE_DE}\u00bb wurde nicht gefunden. Vielleicht wurde sie gel\u00f6scht.",
    "de-low": f"Der Artikel \u201e{_TITLE_DE}\u201c wurde nicht gefunden.",
    "ru": "\u0421\u0442\u0440\u0430\u043d\u0438\u0446\u0430 \u00ab\u041c\u0430\u044f\u043a \u043e\u0442"
    "\u043a\u0440\u043e\u044e\u0442 \u0434\u043b\u044f \u043f\u043e\u0441\u0435\u0442\u0438\u0442\u0435"
    "\u043b\u0435\u0439\u00bb \u043d\u0435 \u043d\u0430\u0439\u0434\u0435\u043d\u0430.",
    "fr": "La page \u00ab\u00a0Le port de plaisance agrandit ses pontons\u00a0\u00bb est introuvable.",
    "ja": "\u304a\u63a2\u3057\u306e\u30da\u30fc\u30b8\u300c\u6e2f\u306e\u9632\u6ce2\u5824\u3092\u6539\u4fee"
    "\u3078\u300d\u306f\u898b\u3064\u304b\u308a\u307e\u305b\u3093\u3067\u3057\u305f\u3002\u524a\u9664\u3055"
    "\u308c\u305f\u304b\u3001\u79fb\u52d5\u3057\u305f\u53ef\u80fd\u6027\u304c\u3042\u308a\u307e\u3059\u3002",
    "ar": "\u0644\u0645 \u064a\u062a\u0645 \u0627\u0644\u0639\u062b\u0648\u0631 \u0639\u0644\u0649"
    " \u0627\u0644\u0635\u0641\u062d\u0629 \u00ab\u0627\u0641\u062a\u062a\u0627\u062d \u0631\u0635\u064a"
    "\u0641 \u062c\u062f\u064a\u062f\u00bb. \u0631\u0628\u0645\u0627 \u062a\u0645 \u062d\u0630\u0641"
    "\u0647\u0627.",
}


def _headless_page(line: str, lang: str = "en") -> bytes:
    return (
        f'<!DOCTYPE html><html lang={lang}><head><meta charset="utf-8"><title>Harbour Gazette</title></head>'
        f'<body><header><a href="/">Harbour Gazette</a></header><main><p>{line}</p></main></body></html>'
    ).encode()


def _headless(line: str, lang: str = "en") -> tuple[Status, Cause, str] | None:
    from linkcheck.pagebody import headless_signal

    body = _headless_page(line, lang)
    return headless_signal(_URL, _URL, body, extract_metadata(body, _URL, {"content-type": "text/html"}))


def test_drop_echo_drops_a_quoted_span_in_each_language_s_marks() -> None:
    from linkcheck.soft404 import drop_echo

    assert drop_echo(_NOTICES["de"]) == "Die Seite wurde nicht gefunden. Vielleicht wurde sie gel\u00f6scht."
    assert drop_echo(_NOTICES["de-low"]) == "Der Artikel wurde nicht gefunden."
    assert drop_echo(_NOTICES["fr"]) == "La page est introuvable."
    assert drop_echo(
        "\u30da\u30fc\u30b8\u300c\u6e2f\u306e\u9632\u6ce2\u5824\u3092\u6539\u4fee\u3078\u300d"
    ) == ("\u30da\u30fc\u30b8")


def test_drop_echo_leaves_a_short_quote_and_a_text_without_one() -> None:
    from linkcheck.soft404 import drop_echo

    assert drop_echo("Die Seite \u00abDune\u00bb wurde nicht gefunden.") is None  # a name, not an echo
    assert drop_echo("Die Seite wurde nicht gefunden.") is None
    assert drop_echo("The harbour master's report") is None  # an apostrophe is no quote


@pytest.mark.parametrize("lang", sorted(_NOTICES))
def test_a_headless_not_found_notice_quoting_a_title_is_a_soft_404_in_any_language(lang: str) -> None:
    said = _headless(_NOTICES[lang], lang.partition("-")[0])
    assert said is not None, lang
    status, cause, why = said
    assert (status, cause) == (Status.SOFT_404, Cause.ERROR_PAGE), said
    assert " ".join(_NOTICES[lang].split()) in why  # the reason quotes the line as written, blanks one


@pytest.mark.parametrize(
    "line",
    [
        "The harbour master said \u201cwe could not find a berth\u201d.",
        "Der B\u00fcrgermeister sagte: \u201eDie Hafenmauer wird erh\u00f6ht\u201c.",
        "\u00ab\u0421\u0442\u0440\u0430\u043d\u0438\u0446\u0430 \u043d\u0435 \u043d\u0430\u0439\u0434"
        "\u0435\u043d\u0430\u00bb \u2014 \u0442\u0430\u043a \u043d\u0430\u0437\u044b\u0432\u0430\u0435"
        "\u0442\u0441\u044f \u043d\u043e\u0432\u0430\u044f \u0432\u044b\u0441\u0442\u0430\u0432\u043a\u0430 "
        "\u0432 \u043c\u0443\u0437\u0435\u0435 \u043f\u043e\u0440\u0442\u0430",
    ],
)
def test_a_headless_line_quoting_someone_is_no_error(line: str) -> None:
    # a quote dropped leaves no error message: "The harbour master said.", "— так называется новая выставка"
    assert _headless(line) is None


def test_a_title_quoting_the_cited_title_in_a_not_found_notice_reads_as_the_notice() -> None:
    from linkcheck.soft404 import _echo_notice

    title = (
        "\u0421\u0442\u0440\u0430\u043d\u0438\u0446\u0430 \u00ab\u0420\u044b\u0431\u043d\u044b\u0439 \u0440"
        "\u044b\u043d\u043e\u043a \u043f\u0435\u0440\u0435\u0435\u0434\u0435\u0442\u00bb \u043d\u0435 \u043d"
        "\u0430\u0439\u0434\u0435\u043d\u0430 \u2014 \u041f\u043e\u0440\u0442\u043e\u0432\u044b\u0435 \u043d"
        "\u043e\u0432\u043e\u0441\u0442\u0438"
    )
    assert _echo_notice(title) == "\u0421\u0442\u0440\u0430\u043d\u0438\u0446\u0430 \u043d\u0435 \u043d" + (
        "\u0430\u0439\u0434\u0435\u043d\u0430"
    )


def test_a_title_quoting_someone_is_not_read_as_a_notice() -> None:
    from linkcheck.soft404 import _echo_notice, is_error_title

    for title in (
        "Mayor: \u201cWe will rebuild the harbour wall\u201d | Harbour Gazette",
        "\u201cNot found\u201d: the exhibition of lost things opens | Harbour Gazette",
        "Harbour wall to be raised | Harbour Gazette",
    ):
        assert not is_error_title(_echo_notice(title)), title


def test_a_title_page_quoting_the_cited_title_in_its_title_is_a_soft_404() -> None:
    from linkcheck.soft404 import soft_404_signal

    cited = "Le port de plaisance agrandit ses pontons"
    body = (
        '<!DOCTYPE html><html lang=fr><head><meta charset="utf-8"><title>La page \u00ab\u00a0'
        f"{cited}\u00a0\u00bb est introuvable \u2014 La Gazette du port</title></head><body><main><p>Essayez"
        ' la recherche ou revenez <a href="/">\u00e0 l\u2019accueil</a>.</p></main></body></html>'
    ).encode()
    url = "http://gazette-du-port.example.com/2024/03/12/port-de-plaisance"
    metadata = extract_metadata(body, url, {"content-type": "text/html"})
    said = soft_404_signal(url, url, metadata, 0, body)
    assert said is not None
    assert said[0] is Cause.ERROR_PAGE, said


# --- a CJK sentence end -----------------------------------------------------------------------------------


def test_a_cjk_full_stop_ends_a_sentence_without_a_blank() -> None:
    from linkcheck.soft404 import first_sentence

    line = "\u30da\u30fc\u30b8\u304c\u898b\u3064\u304b\u308a\u307e\u305b\u3093\u3002\u524a\u9664\u3055\u308c"
    assert first_sentence(line) == "\u30da\u30fc\u30b8\u304c\u898b\u3064\u304b\u308a\u307e\u305b\u3093\u3002"
    assert first_sentence("\u9875\u9762\u4e0d\u5b58\u5728\uff01\u8bf7\u8fd4\u56de") == (
        "\u9875\u9762\u4e0d\u5b58\u5728\uff01"
    )


def test_a_latin_full_stop_still_needs_a_blank_and_a_lone_cjk_sentence_stays_whole() -> None:
    from linkcheck.soft404 import first_sentence

    assert first_sentence("Version 2.0 is out. Read more") == "Version 2.0 is out."
    assert first_sentence("\u30da\u30fc\u30b8\u304c\u898b\u3064\u304b\u308a\u307e\u305b\u3093\u3002") == (
        "\u30da\u30fc\u30b8\u304c\u898b\u3064\u304b\u308a\u307e\u305b\u3093\u3002"
    )


# --- one origin however its port or host is spelled -----------------------------------------------------


def test_a_redirect_loop_key_reads_the_port_as_a_number_and_the_host_in_lower_case() -> None:
    from linkcheck.fetch import _loop_key

    assert _loop_key("http://127.0.0.1:0008080/story") == _loop_key("http://127.0.0.1:8080/story")
    assert _loop_key("http://News.Example.COM/story") == _loop_key("http://news.example.com/story")
    assert _loop_key("http://news.example.com:080/story") == _loop_key("http://news.example.com/story")
    assert _loop_key("https://news.example.com:443") == _loop_key("https://news.example.com/")
    assert _loop_key("http://[::1]:00080/x#top") == "http://[::1]/x"


def test_a_redirect_loop_key_keeps_what_makes_another_url() -> None:
    from linkcheck.fetch import _loop_key

    assert _loop_key("http://news.example.com:8080/story") != _loop_key("http://news.example.com/story")
    assert _loop_key("https://news.example.com:80/story") != _loop_key("https://news.example.com/story")
    assert _loop_key("http://news.example.com/Story") != _loop_key("http://news.example.com/story")
    assert _loop_key("http://news.example.com:8a/story") == "http://news.example.com:8a/story"  # no number


# --- an onion service --------------------------------------------------------------------------------------


def _no_lookup(*args: object, **kwargs: object) -> list[object]:
    raise AssertionError(f"looked up: {args}")


def test_an_onion_name_is_refused_without_a_lookup() -> None:
    from linkcheck.guard import vet_host

    host = "harbourgazetteq7bz3k2vnl4ymtfq5rj6d2wu7hsyoc4pje3lgabiwx.onion"
    vetting = vet_host(host, 80, resolver=_no_lookup)
    assert vetting.refused is not None
    assert "onion service" in vetting.refused, vetting.refused
    assert "Tor" in vetting.refused, vetting.refused
    assert host in vetting.refused
    assert vet_host("News.Example.ONION.", 80, resolver=_no_lookup).refused is not None


def test_a_name_merely_holding_onion_is_looked_up() -> None:
    from linkcheck.guard import vet_host

    asked: list[str] = []

    def resolver(name: str, *args: object, **kwargs: object) -> list[object]:
        asked.append(name)
        raise OSError(-2, "Name or service not known")

    for host in ("onion.example.com", "news.onion-times.example", "onion"):
        vet_host(host, 80, resolver=resolver)
    assert asked == ["onion.example.com", "news.onion-times.example", "onion"]


# --- no userinfo in an address offered ----------------------------------------------------------------------


def test_an_address_to_cite_carries_no_userinfo() -> None:
    from linkcheck.classify import citable

    assert citable("http://harbour-gazette.example@evil.example/story") == "http://evil.example/story"
    assert citable("https://reader:hunter2@news.example.com:8443/a?utm_source=x&id=7") == (
        "https://news.example.com:8443/a?id=7"
    )


def test_an_at_sign_outside_the_authority_stays() -> None:
    from linkcheck.classify import citable

    for url in ("https://medium.example/@harbour/wall-raised", "https://news.example.com/a?mail=x@y.example"):
        assert citable(url) == url


# --- a page labelled UTF-8 whose bytes say otherwise ----------------------------------------------------


def _page(title: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><p>{title}</p></body></html>'
    )


def test_a_page_gone_through_utf8_twice_is_read_as_written() -> None:
    from linkcheck.extract.decode import decode_html

    written = _page("Le phare de l\u2019\u00eele re\u00e7oit un nouvel \u00e9clairage \u2014 S\u00e3o Paulo")
    twice = written.encode("utf-8").decode("cp1252").encode("utf-8")
    assert decode_html(twice, {"content-type": "text/html; charset=utf-8"}) == written


def test_real_text_that_looks_doubled_is_left() -> None:
    from linkcheck.extract.decode import decode_html

    for text in (
        _page("S\u00c3O PAULO: A \u00c2NCORA"),  # Portuguese capitals: Ã and Â before ASCII letters
        _page("\u00c3 \u20ac \u041f\u0430\u0440\u043e\u043c"),  # a Cyrillic word windows-1252 has not
    ):
        assert decode_html(text.encode(), {"content-type": "text/html; charset=utf-8"}) == text


def test_windows_1252_punctuation_labelled_utf8_is_read_as_windows_1252() -> None:
    from linkcheck.extract.decode import decode_html

    # a whole story's worth of ASCII around them: under 2% of the bytes invalid, which kept U+FFFD
    text = "The yearly report of the harbour board is published with its accounts. " * 8
    written = _page("Harbour master\u2019s \u201cyearly\u201d report \u2013 2024\u20262025") + text
    body = written.encode("cp1252")
    assert decode_html(body, {"content-type": "text/html; charset=utf-8"}) == written


def test_a_stray_byte_in_utf8_text_stays_a_replacement_character() -> None:
    from linkcheck.extract.decode import decode_html

    # real UTF-8 ("café") with one stray 0x92: the page is UTF-8, read as browsers read it
    body = _page("Caf\u00e9 opens by the quay").encode() + b"<p>master\x92s</p>"
    assert "master\ufffds" in decode_html(body, {"content-type": "text/html; charset=utf-8"})
    # a letter beyond ASCII (0xE9) is no punctuation: not read by this rule (detection judges the page)
    latin = _page("Caf\xe9").encode("latin-1")
    assert decode_html(latin, {"content-type": "text/html; charset=utf-8"}).count("\u00e9") == 2
