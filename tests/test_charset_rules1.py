"""A page labelled UTF-8 that switches to a legacy charset part-way (charset1), on byte strings.

The rule under test: a page declared UTF-8 (by its header or its ``<meta>``) whose bytes hold valid UTF-8
text with non-ASCII characters before the first byte that is not UTF-8 is UTF-8, its invalid bytes replaced
by U+FFFD, as a browser reads it; a page whose non-ASCII bytes are not UTF-8 from the first one (a legacy
page mislabelled UTF-8) is still read in the legacy charset its bytes show. What the rule must leave alone:
the mislabelled page from the first byte, the page of pure ASCII then a legacy block, a legacy page whose
first letters happen to form one valid UTF-8 pair, a page whose only UTF-8 is a byte-order mark, and a page
with one stray byte.

Every page here is written for this file; its dates are before 2024-11-30.
"""

from __future__ import annotations

from linkcheck.extract import extract_metadata
from linkcheck.extract.decode import decode_html, utf8_before_switch

_UTF8 = {"content-type": "text/html; charset=utf-8"}
_BARE = {"content-type": "text/html"}
_URL = "https://canal-weekly.example/2024/05/18/towpath-cafe"

_CAFE_TITLE = "Caf\u00e9 at the lower lock reopens for the summer"
_CAFE_STORY = (
    "<p>The caf\u00e9 beside the lower lock reopens on Saturday 18 May 2024 after a winter of repairs to its"
    " roof, the trust that runs the canal said. \u201cWe kept the old counter,\u201d its manager said.</p>"
)
# A related-stories block a legacy widget writes in windows-1251: far more than 2% of the page.
_LEGACY_BLOCK = (
    "<aside><h2>Другие новости</h2><ul>"
    + "".join(
        f"<li><a href=/ru/{n}>Новый мост через канал открыт для пешеходов {n}</a></li>" for n in range(8)
    )
    + "</ul></aside>"
).encode("cp1251")

# A Russian news page, all of it in one legacy charset.
_RU_TITLE = "Водопровод на улице Ленина отремонтируют к осени"
_RU_STORY = (
    "<p>Работы начнутся 3 июня 2024 года и займут три месяца, сообщили в городской администрации."
    " Жителей просят запасти воду заранее.</p>"
)
# "В Москве" with a no-break space after the one-letter preposition, as Russian typesetting has it: in
# windows-1251 "В" then U+00A0 is C2 A0, a valid UTF-8 pair (a no-break space) by chance.
_RU_NBSP_TITLE = "В\u00a0Москве открыли новую станцию метро"


def _page(title: str, head_extra: str, body: str) -> str:
    return (
        f"<!doctype html><html><head>{head_extra}<title>{title}</title>"
        '<meta property="article:published_time" content="2024-05-18T09:00:00Z"></head>'
        f"<body><article><h1>{title}</h1>{body}</article>"
    )


def _switch_page(
    title: str = _CAFE_TITLE, story: str = _CAFE_STORY, meta: str = "<meta charset=utf-8>"
) -> bytes:
    return _page(title, meta, story).encode("utf-8") + _LEGACY_BLOCK + b"</body></html>"


# --- pages that switch after valid UTF-8: UTF-8 ------------------------------------------------------------


def test_a_page_that_switches_after_its_utf8_title_and_story_is_utf8() -> None:
    text = decode_html(_switch_page(), _UTF8)
    assert f"<title>{_CAFE_TITLE}</title>" in text
    assert "\u201cWe kept the old counter,\u201d" in text
    assert "caf\u0413\u00a9" not in text  # the whole page not read as windows-1251
    assert "\ufffd" in text  # the legacy block's bytes replaced, as a browser shows them


def test_the_title_of_a_page_that_switches_is_read_as_written() -> None:
    metadata = extract_metadata(_switch_page(), _URL, _UTF8)
    assert metadata.title == _CAFE_TITLE


def test_a_page_declared_utf8_only_by_its_meta_that_switches_is_utf8() -> None:
    text = decode_html(_switch_page(), _BARE)
    assert f"<title>{_CAFE_TITLE}</title>" in text


def test_a_title_with_its_only_accent_before_the_switch_is_utf8() -> None:
    # One non-ASCII letter, in the title; the story is ASCII; then the legacy block.
    story = "<p>The tea room by the lower lock reopens on Saturday 18 May 2024 after a winter of repairs.</p>"
    text = decode_html(_switch_page(story=story), _UTF8)
    assert f"<title>{_CAFE_TITLE}</title>" in text


# --- what the rule leaves alone ----------------------------------------------------------------------------


def test_a_page_mislabelled_utf8_from_its_first_byte_is_read_in_its_legacy_charset() -> None:
    body = (_page(_RU_TITLE, "<meta charset=utf-8>", _RU_STORY) + "</body></html>").encode("cp1251")
    text = decode_html(body, _UTF8)
    assert f"<title>{_RU_TITLE}</title>" in text
    assert extract_metadata(body, _URL, _UTF8).title == _RU_TITLE


def test_a_koi8r_page_mislabelled_utf8_is_read_as_koi8r() -> None:
    body = (_page(_RU_TITLE, "", _RU_STORY) + "</body></html>").encode("koi8-r")
    assert f"<title>{_RU_TITLE}</title>" in decode_html(body, _UTF8)


def test_a_legacy_page_whose_first_letters_form_one_valid_utf8_pair_stays_legacy() -> None:
    # "В\u00a0" is C2 A0 in windows-1251: valid UTF-8 by chance, before the first invalid byte.
    body = (_page(_RU_NBSP_TITLE, "<meta charset=utf-8>", _RU_STORY) + "</body></html>").encode("cp1251")
    first_bad = body.index(b"\xcc")  # "М", then a lower-case letter: not UTF-8
    assert body.index(b"\xc2\xa0") < first_bad
    assert body[:first_bad].decode("utf-8").count("\u00a0") == 1
    # The title is compared as extraction gives it: its no-break space read as a space.
    assert extract_metadata(body, _URL, _UTF8).title == _RU_NBSP_TITLE.replace("\u00a0", " ")
    assert f"<title>{_RU_NBSP_TITLE}</title>" in decode_html(body, _UTF8)


def test_a_page_of_pure_ascii_then_a_legacy_block_is_read_in_the_legacy_charset() -> None:
    # No UTF-8 text before the first invalid byte: nothing says the page is UTF-8 but its label.
    head = _page("Water main on Lenin Street to be repaired by autumn", "<meta charset=utf-8>", "")
    body = head.encode("ascii") + (_RU_STORY + _RU_STORY + "</body></html>").encode("cp1251")
    text = decode_html(body, _UTF8)
    assert _RU_STORY in text
    assert "\ufffd" not in text


def test_a_page_whose_only_utf8_is_a_byte_order_mark_is_read_in_its_legacy_charset() -> None:
    # The mark is no text: it says nothing of the letters after it, which are windows-1251 from the first.
    body = b"\xef\xbb\xbf" + (_page(_RU_TITLE, "", _RU_STORY) + "</body></html>").encode("cp1251")
    text = decode_html(body, _UTF8)
    assert f"<title>{_RU_TITLE}</title>" in text
    assert "\ufeff" not in text


def test_a_utf8_page_with_one_stray_byte_is_utf8_with_one_replacement() -> None:
    body = (
        _page(_CAFE_TITLE, "<meta charset=utf-8>", _CAFE_STORY)
        .encode("utf-8")
        .replace(b"roof,", b"roof\xff,")
    )
    text = decode_html(body + b"</body></html>", _UTF8)
    assert f"<title>{_CAFE_TITLE}</title>" in text
    assert text.count("\ufffd") == 1


def test_a_utf8_page_with_a_stray_byte_before_its_first_accent_is_utf8() -> None:
    body = b"<!doctype html>\xa0" + _page(_CAFE_TITLE, "<meta charset=utf-8>", _CAFE_STORY).encode("utf-8")
    text = decode_html(body + b"</body></html>", _UTF8)
    assert f"<title>{_CAFE_TITLE}</title>" in text


def test_a_page_labelled_windows_1251_is_read_as_windows_1251() -> None:
    body = (_page(_RU_TITLE, "", _RU_STORY) + "</body></html>").encode("cp1251")
    assert f"<title>{_RU_TITLE}</title>" in decode_html(
        body, {"content-type": "text/html; charset=windows-1251"}
    )


# --- the rule itself (extract.decode.utf8_before_switch), on the bytes before the first invalid one --------


def test_two_non_ascii_characters_before_the_switch_say_utf8() -> None:
    body = "<p>A \u201cquoted\u201d word</p>".encode() + b"\xcd\xee\xe2\xfb\xe9"
    assert utf8_before_switch(body, body.index(b"\xcd"))


def test_one_letter_in_a_whole_title_before_the_switch_says_utf8() -> None:
    body = "<title>Caf\u00e9 reopens</title><p>".encode() + b"\xcd\xee\xe2\xfb\xe9"
    assert utf8_before_switch(body, body.index(b"\xcd"))


def test_one_chance_pair_alone_says_nothing() -> None:
    # a windows-1251 "В" and no-break space (C2 A0) in the title: no letter; in the text: one pair only
    in_title = b"<title>\xc2\xa0</title><p>\xcc\xee\xf1\xea\xe2\xe5"
    assert not utf8_before_switch(in_title, in_title.index(b"\xcc"))
    in_text = b"<title>Metro</title><p>\xc2\xa0\xcc\xee\xf1\xea\xe2\xe5"
    assert not utf8_before_switch(in_text, in_text.index(b"\xcc"))


def test_ascii_before_the_switch_says_nothing() -> None:
    body = b"<title>Metro</title><p>\xcc\xee\xf1\xea\xe2\xe5"
    assert not utf8_before_switch(body, body.index(b"\xcc"))
