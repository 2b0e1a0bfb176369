"""Pages in the legacy encodings browsers decode as a superset of what their label names (the Encoding
Standard): the headline reads as a reader sees it, not with replacement characters."""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata


def page(title: str, label: str, codec: str, *, meta: bool) -> tuple[bytes, dict[str, str]]:
    head = f'<meta charset="{label}">' if meta else ""
    body = f"<html><head>{head}<title>{title}</title></head><body><h1>{title}</h1></body></html>"
    headers = {} if meta else {"Content-Type": f"text/html; charset={label}"}
    return body.encode(codec), headers


@pytest.mark.parametrize("meta", [True, False], ids=["meta", "header"])
@pytest.mark.parametrize(
    ("title", "label", "codec"),
    [
        ("原発①号機の再稼働を審査　規制委", "Shift_JIS", "cp932"),  # a circled number: NEC's row 13
        ("㈱東芝が決算発表", "shift_jis", "cp932"),
        ("똠방각하 재개봉", "euc-kr", "cp949"),  # syllables only Unified Hangul encodes
        ("香港特區政府公佈新措施 — 啱啱", "big5", "big5hkscs"),  # 啱: an HKSCS character
        ("Україна і Росія: ґрунтові дороги", "koi8-ru", "koi8_u"),
        ("Türkiye'de seçim sonuçları açıklandı", "latin5", "cp1254"),
        ("Ελλάδα: νέα μέτρα", "sun_eu_greek", "iso8859_7"),
    ],
    ids=["sjis-circled", "sjis-corp", "euckr-uhc", "big5-hkscs", "koi8-ru", "latin5", "sun-eu-greek"],
)
def test_the_headline_of_a_legacy_encoded_page_reads_whole(
    title: str, label: str, codec: str, meta: bool
) -> None:
    body, headers = page(title, label, codec, meta=meta)
    got = extract_metadata(body, "https://news.example/story", headers).title
    assert got == " ".join(title.split())  # an ideographic space is a space
    assert "\ufffd" not in (got or "")
