"""``names.slug_words``: the headline words of a URL's last path segment, shared by the extractor (a title
that spells its address's slug is the headline) and matching (a slug that spells an edited headline)."""

from __future__ import annotations

import pytest

from linkcheck.names import slug_words


@pytest.mark.parametrize(
    ("url", "words"),
    [
        (
            "https://x.example/news/death-toll-from-floods-in-dagestan-rises-to-nine-a76915.html",
            ("death", "toll", "from", "floods", "in", "dagestan", "rises", "to", "nine"),
        ),
        # dates, ids and numbers are not headline words; the trailing slash is not a segment
        (
            "https://x.example/2024/01/23/county-board-approves-new-ferry-schedule/",
            ("county", "board", "approves", "new", "ferry", "schedule"),
        ),
        ("https://ria.ru/20220312/zerno-1777123456.html", ("zerno",)),
        ("https://x.example/iphone-15-review-3rd-gen", ("iphone", "review", "gen")),
        ("https://x.example/p/3f9a0c2be41d77a0", ()),
        # underscores separate as hyphens do; a percent-encoded Cyrillic slug is romanised, as titles are
        ("https://x.example/kabinet_ministriv_uhvalyv", ("kabinet", "ministriv", "uhvalyv")),
        (
            "https://x.example/%D0%B2%D0%BB%D0%B0%D1%81%D1%82%D0%B8-%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D1%8B",
            ("vlasti", "moskvy"),
        ),
        ("https://tass.ru/", ()),
        ("http://[::1/broken", ()),
    ],
)
def test_slug_words(url: str, words: tuple[str, ...]) -> None:
    assert slug_words(url) == words
