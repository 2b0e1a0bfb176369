"""Choose ``Config.title_threshold`` from measurements (issue 3).

Usage::

    /work/venv/bin/python bench/title_threshold.py            # tables for docs/benchmarks.md

Reads the hand-labelled pairs in ``tests/fixtures/title_pairs.json``: every truthful citation of an article
(case, quotes, dashes, truncation, site affixes, dropped subtitle or kicker, small edits) against its own
page (must be accepted, target >= 0.98) and against every other article of the same site and topic (hard
negatives, must be rejected, target >= 0.99). When the extraction corpus ``tests/fixtures/pages/`` and
``linkcheck.extract`` are present, it also scores the corpus: each page's expected headline (as is, with the
site name appended, lower-cased, truncated) against the page's extracted titles, and against every other
page's with a different headline (few share a site there, so these negatives are mostly easy ones).

Prints, per similarity function, acceptance and rejection at each threshold, the feasible range where both
targets hold, and the chosen default: the middle of the feasible range of the shipped similarity (on a 0.01
grid, rounded down).
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from linkcheck.match import best_title_match, char_similarity, max_similarity, word_similarity
from linkcheck.names import fold

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "fixtures" / "title_pairs.json"
PAGES = ROOT / "tests" / "fixtures" / "pages"
ACCEPT_TARGET = 0.98
REJECT_TARGET = 0.99
THRESHOLDS = [round(0.50 + 0.05 * i, 2) for i in range(7)] + [
    0.82,
    0.84,
    0.86,
    0.87,
    0.88,
    0.89,
    0.90,
    0.92,
    0.95,
    0.99,
]


@dataclass(frozen=True)
class Pair:
    cited: str
    page_titles: tuple[str, ...]
    site_name: str | None
    host: str | None
    same: bool
    kind: str
    origin: str


def load_pairs(path: Path = PAIRS) -> list[Pair]:
    """Expand the clusters: each cited variant against its own page and every other page of its cluster."""
    data = json.loads(path.read_text(encoding="utf-8"))
    pairs: list[Pair] = []
    for cluster in data["clusters"]:
        for article in cluster["articles"]:
            for cited in article["cited"]:
                for other in cluster["articles"]:
                    same = other is article
                    pairs.append(
                        Pair(
                            cited["text"],
                            tuple(other["page_titles"]),
                            cluster["site_name"],
                            cluster["host"],
                            same,
                            cited["kind"] if same else "other_article",
                            f"{article['id']} vs {other['id']}",
                        )
                    )
    return pairs


def corpus_pairs() -> list[Pair]:
    """Pairs from the extraction corpus (empty when it or the extractor is not there yet)."""
    try:
        from linkcheck.extract import extract_metadata
    except ImportError:
        return []
    pages = []
    for sidecar in sorted(PAGES.glob("*.json")):
        expected = json.loads(sidecar.read_text(encoding="utf-8"))
        if expected.get("soft_404") or not expected.get("title"):
            continue
        html = sidecar.with_suffix(".html").read_bytes()
        meta = extract_metadata(html, expected["url"], expected.get("headers"))
        titles = tuple(
            dict.fromkeys([t for t in [meta.title, *(c.text for c in meta.title_candidates)] if t])
        )
        host = expected["url"].split("/")[2]
        pages.append((sidecar.stem, expected["title"], expected.get("site_name"), host, titles))
    pairs: list[Pair] = []
    for name, headline, site, host, _ in pages:
        words = headline.split()
        variants = {"exact": headline, "case": headline.lower()}
        if site:
            variants["site_affix"] = f"{headline} - {site}"
        if len(words) >= 6:
            variants["truncated"] = " ".join(words[: max(3, math.ceil(len(words) * 0.6))]) + "…"
        for kind, cited in variants.items():
            for other, other_headline, _, other_host, other_titles in pages:
                same = other == name
                if not same and fold(other_headline) == fold(headline):
                    continue  # the same headline on two sites: only the outlet can tell them apart
                same_site = other_host.removeprefix("www.") == host.removeprefix("www.")
                label = kind if same else ("same_site_article" if same_site else "other_site_article")
                pairs.append(Pair(cited, other_titles, site, host, same, label, f"{name} vs {other}"))
    return pairs


def score(pair: Pair, similarity: Callable[[str, str], float]) -> float:
    best = best_title_match(
        pair.cited,
        pair.page_titles,
        names=[pair.site_name] if pair.site_name else [],
        hosts=[pair.host] if pair.host else [],
        similarity=similarity,
    )
    return best.score if best else 0.0


def rates(scored: list[tuple[Pair, float]], threshold: float) -> tuple[float, float]:
    pos = [s for p, s in scored if p.same]
    neg = [s for p, s in scored if not p.same]
    accept = sum(s >= threshold for s in pos) / len(pos) if pos else math.nan
    reject = sum(s < threshold for s in neg) / len(neg) if neg else math.nan
    return accept, reject


def feasible(scored: list[tuple[Pair, float]]) -> tuple[float, float] | None:
    """The widest threshold range (on a 0.01 grid) where both targets hold."""
    ok = [t / 100 for t in range(1, 101) if _meets(scored, t / 100)]
    return (min(ok), max(ok)) if ok else None


def _meets(scored: list[tuple[Pair, float]], threshold: float) -> bool:
    accept, reject = rates(scored, threshold)
    return accept >= ACCEPT_TARGET and (math.isnan(reject) or reject >= REJECT_TARGET)


def table(title: str, scored_by: dict[str, list[tuple[Pair, float]]]) -> None:
    first = next(iter(scored_by.values()))
    print(f"\n### {title}\n")
    print(
        f"{sum(p.same for p, _ in first)} truthful pairs, {sum(not p.same for p, _ in first)} other-article "
        "pairs. Cells: truthful accepted / other rejected.\n"
    )
    names = list(scored_by)
    print("| threshold | " + " | ".join(names) + " |")
    print("| --- | " + " | ".join("---" for _ in names) + " |")
    for t in THRESHOLDS:
        cells = []
        for name in names:
            a, r = rates(scored_by[name], t)
            mark = " ✓" if _meets(scored_by[name], t) else ""
            cells.append(f"{a:.3f} / {r:.3f}{mark}")
        print(f"| {t:.2f} | " + " | ".join(cells) + " |")
    print()
    for name, scored in scored_by.items():
        pos = sorted(s for p, s in scored if p.same)
        neg = sorted((s for p, s in scored if not p.same), reverse=True)
        rng = feasible(scored)
        shown = f"{rng[0]:.2f}-{rng[1]:.2f}" if rng else "none"
        worst = f"{pos[0]:.3f}" if pos else "-"
        top = f"{neg[0]:.3f}" if neg else "-"
        print(f"- `{name}`: both targets hold for {shown}; lowest truthful {worst}, highest other {top}")


def main() -> int:
    scorers: dict[str, Callable[[str, str], float]] = {
        "word Dice (default)": word_similarity,
        "char ratio": char_similarity,
        "max(word, char)": max_similarity,
    }
    pairs = load_pairs()
    scored_by = {name: [(p, score(p, fn)) for p in pairs] for name, fn in scorers.items()}
    table("Labelled pairs (tests/fixtures/title_pairs.json)", scored_by)

    default = scored_by["word Dice (default)"]
    rng = feasible(default)
    chosen = math.floor((rng[0] + rng[1]) / 2 * 100) / 100 if rng else None
    print(f"\nChosen default: {chosen}")

    if chosen is not None:
        print("\nAt the chosen default, by kind of variation (word Dice):\n")
        by_kind: dict[str, list[float]] = defaultdict(list)
        for p, s in default:
            by_kind[p.kind].append(s)
        print("| kind | pairs | accepted | rejected | lowest | highest |")
        print("| --- | --- | --- | --- | --- | --- |")
        for kind, values in sorted(by_kind.items()):
            acc = sum(v >= chosen for v in values)
            low, high = min(values), max(values)
            print(f"| {kind} | {len(values)} | {acc} | {len(values) - acc} | {low:.3f} | {high:.3f} |")
        misses = [(p, s) for p, s in default if (s >= chosen) != p.same]
        if misses:
            print("\nMisjudged pairs at the default:\n")
            for p, s in sorted(misses, key=lambda x: -x[1]):
                verdict = "rejected" if p.same else "accepted"
                print(f"- {verdict} {s:.3f} {p.origin}: {p.cited!r} vs {p.page_titles[0]!r}")

    corpus = corpus_pairs()
    if corpus:
        corpus_scored = {name: [(p, score(p, fn)) for p in corpus] for name, fn in scorers.items()}
        table("Extraction corpus (tests/fixtures/pages, extracted titles)", corpus_scored)
        if chosen is not None:
            a, r = rates(corpus_scored["word Dice (default)"], chosen)
            print(f"\nAt the chosen default {chosen}: truthful accepted {a:.3f}, other rejected {r:.3f}")
            for p, s in corpus_scored["word Dice (default)"]:
                if p.same and s < chosen:
                    print(f"- rejected {s:.3f} {p.origin}: {p.cited!r} vs {p.page_titles!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
