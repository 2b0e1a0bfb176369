"""Held-out check of article reading (tests/fixtures/articles/heldout, see its README): twenty articles
written in the markup patterns of real sites, each with a sidecar of what a careful human reader would report.

Every article is read with ``extract_citations`` and compared with its sidecar: the cited URLs (none missed,
none spurious) and, for each, the title, outlet, date, access date and archived copy (and the quote, for
sidecars with ``"scores_quote": true``). A sidecar value is a string, ``null`` (the text does not say), or a
list of the readings a careful reader could defend.

What the extractor still gets wrong is listed in ``KNOWN`` below, each with the reason it was left: the test
fails when a listed gap is fixed (so the list is kept honest) as well as when anything else regresses.
Run ``python -m tests.test_articles_heldout [PREFIX]`` for the table of results (``b2_``: the second batch
only, ``b3_``: the third, ``b4_``: the fourth, ``b5_``: the fifth, ``b6_``: the sixth, ``b7_``: the seventh,
``b8_``: the eighth, ``b9_``: the ninth, ``b10_``: the tenth, ``b11_``: the eleventh, ``b12_``: the
twelfth, ``b13_``: the thirteenth, ``b14_``: the fourteenth, ``b15_``: the fifteenth, ``b16_``: the
sixteenth, ``b17_``: the seventeenth, ``b18_``: the eighteenth, ``b19_``: the nineteenth, ``b20_``: the
twentieth, ``b21_``: the twenty-first, ``b22_``: the twenty-second, ``b23_``: the twenty-third, ``b24_``: the
twenty-fourth, ``b25_``: the twenty-fifth, ``b26_``: the twenty-sixth, ``b27_``: the
twenty-seventh, ``b28_``: the twenty-eighth, ``b29_``: the twenty-ninth, ``b30_``: the thirtieth, ``b31_``:
the thirty-first, ``b32_``: the thirty-second, ``b33_``: the thirty-third, ``b34_``: the thirty-fourth).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate

HELDOUT = Path(__file__).parent / "fixtures" / "articles" / "heldout"
SIDECARS = sorted(p for p in HELDOUT.glob("*.json") if p.name != "known_gaps.json")
FIELDS = ("title", "outlet", "date", "access_date", "archive_url")
#: Scored too for a sidecar that says ``"scores_quote": true`` (the seventh batch on): the words the text
#: quotes from the cited page. Earlier sidecars did not record quotes: their silence says nothing of one.
QUOTE_FIELDS = (*FIELDS, "quote")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"})


def _norm(value: str, *, outlet: bool = False) -> str:
    text = " ".join(unicodedata.normalize("NFKC", value).translate(_QUOTES).casefold().split())
    text = text.strip(" .,;:")
    if outlet:  # "The Guardian" is "Guardian", "Der Spiegel" is "Spiegel"
        text = re.sub(r"^(?:the|der|die|das|le|la|les|el|il) ", "", text)
    return text


def _options(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _same(name: str, expected: Any, got: Any) -> bool:
    if expected is None or got is None:
        return expected is got
    if name in ("date", "access_date"):
        return str(got) == expected
    if name == "archive_url":
        return bool(got == expected)
    return _norm(str(got), outlet=name == "outlet") == _norm(str(expected), outlet=name == "outlet")


@dataclass
class Result:
    name: str
    expected: int = 0
    found: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    #: (url, field, expected, got): a value the reader would give that the extractor did not (got None)...
    missing: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    #: ... or a value the extractor gave that the reader would not.
    wrong: list[tuple[str, str, Any, Any]] = field(default_factory=list)


def read(sidecar: Path) -> tuple[dict[str, Any], list[Citation]]:
    truth = json.loads(sidecar.read_text(encoding="utf-8"))
    (article,) = [p for p in HELDOUT.glob(sidecar.stem + ".*") if p.suffix != ".json"]
    date = truth.get("article_date")
    citations = extract_citations(
        article.read_text(encoding="utf-8"),
        truth["format"],
        source=article.name,
        article_date=PartialDate.parse(date) if date else None,
        base_url=truth.get("base_url"),
    )
    return truth, citations


def score(sidecar: Path) -> Result:
    truth, citations = read(sidecar)
    result = Result(sidecar.stem, expected=len(truth["citations"]))
    by_url = {c.url: c for c in citations}
    matched: set[str] = set()
    for want in truth["citations"]:
        urls = _options(want["url"])
        got = next((by_url[u] for u in urls if u in by_url), None)
        if got is None or got.error is not None:
            result.missed.append(urls[0])
            continue
        result.found += 1
        matched.add(got.url)
        for name in QUOTE_FIELDS if truth.get("scores_quote") else FIELDS:
            options = _options(want.get(name))
            value = getattr(got, name)
            if any(_same(name, option, value) for option in options):
                continue
            entry = (urls[0], name, want.get(name), value if value is None else str(value))
            (result.missing if value is None else result.wrong).append(entry)
    result.spurious = [c.url for c in citations if c.url not in matched]
    article = truth.get("article", {})
    got_article = citations[0].article if citations else None
    for name, expected in article.items():
        value = getattr(got_article, name, None) if got_article else None
        if not any(_same("date" if name == "date" else "title", e, value) for e in _options(expected)):
            entry = ("@article", name, expected, value if value is None else str(value))
            (result.missing if value is None else result.wrong).append(entry)
    return result


#: What the extractor still gets wrong: (article, url or "@article", field or "missed"/"spurious") -> why it
#: was left (known_gaps.json, a list of [article, url, field, reason]).
KNOWN: dict[tuple[str, str, str], str] = {
    (article, url, name): reason
    for article, url, name, reason in json.loads((HELDOUT / "known_gaps.json").read_text(encoding="utf-8"))
}


def _gaps(result: Result) -> set[tuple[str, str, str]]:
    gaps = {(result.name, url, "missed") for url in result.missed}
    gaps |= {(result.name, url, "spurious") for url in result.spurious}
    gaps |= {(result.name, url, name) for url, name, _, _ in result.missing + result.wrong}
    return gaps


def test_heldout_articles_are_there() -> None:
    assert len(SIDECARS) >= 20
    for sidecar in SIDECARS:
        truth = json.loads(sidecar.read_text(encoding="utf-8"))
        assert truth["format"] in ("text", "markdown", "html", "wikitext"), sidecar.name
        assert truth["citations"], sidecar.name
        assert truth.get("pattern"), sidecar.name


@pytest.mark.parametrize("sidecar", SIDECARS, ids=[s.stem for s in SIDECARS])
def test_heldout_article(sidecar: Path) -> None:
    result = score(sidecar)
    known = {key for key in KNOWN if key[0] == result.name}
    gaps = _gaps(result)
    details = {
        "missed": result.missed,
        "spurious": result.spurious,
        "missing": result.missing,
        "wrong": result.wrong,
    }
    assert gaps - known == set(), details
    assert known - gaps == set(), f"fixed (remove from KNOWN): {sorted(known - gaps)}"


def write_known(reason: str = "first run") -> None:
    """Rewrite known_gaps.json with the gaps of the extractor as it is, keeping the reasons already given."""
    gaps = sorted(gap for sidecar in SIDECARS for gap in _gaps(score(sidecar)))
    rows = [[*gap, KNOWN.get(gap, reason)] for gap in gaps]
    text = "[\n" + ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n]\n"
    (HELDOUT / "known_gaps.json").write_text(text, encoding="utf-8")


def main(prefix: str = "") -> None:
    """Print the table, for the articles whose name starts with ``prefix`` (``b2_``...``b10_``: a batch)."""
    totals = Result("total")
    print(f"{'article':24} {'exp':>4} {'found':>5} {'miss':>4} {'spur':>4} {'nofld':>5} {'wrong':>5}")
    for sidecar in (s for s in SIDECARS if s.stem.startswith(prefix)):
        r = score(sidecar)
        print(
            f"{r.name:24} {r.expected:4} {r.found:5} {len(r.missed):4} {len(r.spurious):4} "
            f"{len(r.missing):5} {len(r.wrong):5}"
        )
        totals.expected += r.expected
        totals.found += r.found
        for attr in ("missed", "spurious", "missing", "wrong"):
            getattr(totals, attr).extend((r.name, x) for x in getattr(r, attr))
    print(
        f"{'TOTAL':24} {totals.expected:4} {totals.found:5} {len(totals.missed):4} {len(totals.spurious):4} "
        f"{len(totals.missing):5} {len(totals.wrong):5}"
    )
    for attr in ("missed", "spurious", "missing", "wrong"):
        print(f"\n== {attr}")
        for item in getattr(totals, attr):
            print("  ", item)


if __name__ == "__main__":
    import sys

    main(sys.argv[1] if len(sys.argv) > 1 else "")
