"""The default title threshold meets its targets on the labelled pairs it was chosen from
(tests/fixtures/title_pairs.json; bench/title_threshold.py prints the whole table)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkcheck.config import Config
from linkcheck.match import best_title_match

PAIRS = Path(__file__).resolve().parent / "fixtures" / "title_pairs.json"


def _scores() -> tuple[list[float], list[float]]:
    """Each cited variant against its own page (truthful) and every other page of its cluster (other)."""
    data = json.loads(PAIRS.read_text(encoding="utf-8"))
    truthful: list[float] = []
    other: list[float] = []
    for cluster in data["clusters"]:
        names, hosts = [cluster["site_name"]], [cluster["host"]]
        for article in cluster["articles"]:
            for cited in article["cited"]:
                for page in cluster["articles"]:
                    best = best_title_match(cited["text"], page["page_titles"], names=names, hosts=hosts)
                    assert best is not None
                    (truthful if page is article else other).append(best.score)
    return truthful, other


TRUTHFUL, OTHER = _scores()


def test_labelled_set_is_large_enough_to_measure_the_targets() -> None:
    assert len(TRUTHFUL) >= 150  # 0.98 then allows at most 3 misses
    assert len(OTHER) >= 500  # 0.99 then allows at most 5 misses


@pytest.mark.parametrize("threshold", [Config().title_threshold])
def test_default_threshold_accepts_truthful_titles(threshold: float) -> None:
    accepted = sum(score >= threshold for score in TRUTHFUL) / len(TRUTHFUL)
    assert accepted >= 0.98


@pytest.mark.parametrize("threshold", [Config().title_threshold])
def test_default_threshold_rejects_other_articles_titles(threshold: float) -> None:
    rejected = sum(score < threshold for score in OTHER) / len(OTHER)
    assert rejected >= 0.99
