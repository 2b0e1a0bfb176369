"""``names.fold``'s fast paths (ASCII, one ``str.translate`` pass, memoisation) give exactly what the plain
step-by-step fold gives: on every string of the fixtures and on generated text in the scripts it handles."""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from linkcheck import names
from linkcheck.names import _TRANSLIT, fold, transliterate

FIXTURES = Path(__file__).parent / "fixtures"
_QUOTE_RE = re.compile(f"[{re.escape(names._QUOTES)}]")


def reference_transliterate(text: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in text)


def reference_fold(text: str) -> str:
    """The fold as first written, one step at a time (the specification the fast one must equal), with the
    steps added since: every script's decimal digits written as ASCII ones, the invisible joiners inside a
    word (``names._INVISIBLE_JOINERS``: zero-width joiner, soft hyphen, word joiner) and the invisible marks
    (``names._INVISIBLE_MARKS``: variation selectors...) dropped with the marks that have a combining class,
    a zero-width non-joiner after a virama dropped, and the other marks (vowel signs: categories ``Mn`` and
    ``Mc``, combining class 0) kept in their words, not made word breaks."""
    text = unicodedata.normalize("NFKC", text)
    text = names._ZWNJ_AFTER_VIRAMA.sub(
        "", text
    )  # the zero-width non-joiner after a virama (a halant) dropped
    if not text.isupper():
        text = names._SPACED_ABBREVIATION.sub(names._join_capitals, text)
    text = text.casefold()
    text = "".join(
        ch
        for ch in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(ch) and ord(ch) not in names._INVISIBLE
    )
    text = reference_transliterate(text)
    text = "".join(str(d) if (d := unicodedata.decimal(ch, None)) is not None else ch for ch in text)
    text = names._ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _QUOTE_RE.sub("", text)
    text = "".join(ch if ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc") else " " for ch in text)
    return " ".join(text.split())


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def fixture_strings() -> list[str]:
    found: list[str] = list(_strings(json.loads((FIXTURES / "title_pairs.json").read_text("utf-8"))))
    for sidecar in sorted((FIXTURES / "pages").glob("*.json")):
        found += _strings(json.loads(sidecar.read_text("utf-8")))
    for page in sorted((FIXTURES / "pages").glob("*.html")):
        text = page.read_text("utf-8", errors="replace")
        found += re.findall(r"<title[^>]*>([^<]*)</title>", text)
        found += re.findall(r'content="([^"]{1,300})"', text)
    for article in sorted((FIXTURES / "articles").glob("*")):
        if article.is_file():
            found += article.read_text("utf-8", errors="replace").splitlines()
    return sorted(set(found))


def test_fold_equals_the_reference_on_every_fixture_string() -> None:
    strings = fixture_strings()
    assert len(strings) > 900
    assert any(not s.isascii() for s in strings)
    for s in strings:
        assert fold(s) == reference_fold(s), s
        assert transliterate(s.casefold()) == reference_transliterate(s.casefold()), s


ALPHABETS = st.sampled_from(
    [
        "abcXYZ US EE UU U.S. S-300 '\"`",
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВГД ЇІЄҐЎЂЈЉЊЋЏЃЌЅ «»",
        "αβγδεζηθικλμνξοπρστυφχψωςΆΈΉΊΌΎΏ ΑΒΓ",
        "éèêëàâäçñøłđßæœıþðÉÀÇÑØŁÆŒ ̧́̀̈",
        "ﬁﬂ①²ＡＢＣ　－—–‐‘’“”„«»‹›「」",
        "中文日本語한국어 エラー 页面",
        " .,:;!?-_|/()[]{}·•»",
        # Indic letters, viramas, digits and the invisible joiners fold treats apart (ZWJ, ZWNJ, soft hyphen)
        "कखगपर्\u094d\u0b2c\u0b4d\u09b0\u09f0\u09f1\u0966\u0967 0\u200c\u200d\u00ad\u2060",
    ]
)


@st.composite
def mixed_text(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(ALPHABETS, st.integers(0, 12)), min_size=1, max_size=6))
    out = []
    for alphabet, n in parts:
        out.append("".join(draw(st.sampled_from(alphabet)) for _ in range(n)))
    return "".join(out)


@settings(max_examples=400, deadline=None)
@given(mixed_text())
def test_fold_equals_the_reference_on_generated_text(text: str) -> None:
    assert fold(text) == reference_fold(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
@example("0\xad0")  # a soft hyphen between digits: dropped by both, not a word break
@example(
    "\u0b2c\u0b4d\u200c\u0b15 a\u200cb"
)  # a ZWNJ after an Odia virama (dropped), after a letter (a break)
def test_fold_equals_the_reference_on_any_text(text: str) -> None:
    assert fold(text) == reference_fold(text)


def test_fold_is_memoised_and_bounded() -> None:
    fold.cache_clear()
    fold("The Harbor Gazette")
    fold("The Harbor Gazette")
    info = fold.cache_info()
    assert info.hits == 1
    assert info.maxsize is not None
    assert info.maxsize <= 65536


def test_fold_from_many_threads_agrees() -> None:
    strings = fixture_strings()[:400]
    expected = [reference_fold(s) for s in strings]
    fold.cache_clear()
    names._STRIP_AND_ROMANISE.clear()
    results: list[list[str]] = []

    def work() -> None:
        results.append([fold(s) for s in strings])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8
    assert all(r == expected for r in results)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Россия и США: «Газпром»", "rossiya i ssha gazprom"),
        ("U.S. and EE UU", "us and eeuu"),
        ("Ἀθῆναι — Καθημερινή", "athinai kathimerini"),
        ("Łódź Straße", "lodz strasse"),
        ("Ракета ۶۰ и \U000116c1\U000116c2", "raketa 60 i 12"),  # Persian and Takri digits
    ],
)
def test_fold_examples(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert reference_fold(text) == folded


def test_memoised_name_helpers_hand_out_fresh_lists() -> None:
    labels = names.host_labels("news.bbc.co.uk")
    labels.append("poison")
    assert names.host_labels("news.bbc.co.uk") == ["bbc"]
    hosts = names.hosts_of("https://www.themoscowtimes.com/a", "https://www.themoscowtimes.com/b")
    hosts.append("poison")
    assert names.hosts_of("https://www.themoscowtimes.com/a") == ["www.themoscowtimes.com"]


def test_memoised_outlet_checks_keep_their_answers() -> None:
    for _ in range(2):  # the second round is answered from the caches
        assert names.same_outlet("RIA Novosti", "РИА Новости")
        assert not names.same_outlet("The Times", "The Moscow Times")
        assert names.label_matches("The New York Times", "nytimes")
        assert not names.label_matches("Die Presse", "lapresse")
        assert names.label_matches("Reuters", "reuters", part_of=True)
