"""Text behind a wall (wall1), end to end: the pages of :mod:`tests.walled_text_pages` served on loopback
and checked by the real CLI once (the link-rot batches' machinery, :func:`tests.test_rot_heldout.play`). A
teaser ended by a subscribers' line (English, Russian, German, French, Spanish, Japanese), a registration
wall and a metered wall: the cited story is there (``ok``, no mismatch) but its text cannot be read, so the
user is told (``text_walled``, ``warn``), and a quote cannot be called missing from a text nobody could read.
Controls a reader can read whole pass clean.

Written before reading the code under ``src/`` that handles walls."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.test_rot_heldout import (
    MISMATCH,
    OK,
    PASS,
    WARN,
    Run,
    Scenario,
    _param,
    check_scenario,
    html,
    play,
    raw,
)
from tests.walled_text_pages import CONTROLS, RU_QUOTE_BEYOND_TEASER, RU_SUBSCRIBERS, WALLED, WallPage

pytestmark = pytest.mark.e2e

KIND = "text_walled"
#: what the report says for each kind of wall
SAYS = {
    "paywall": ("paywall", "subscri"),
    "registration": ("registration", "register"),
    "metered": ("metered", "free articles"),
}


def _fields(page: WallPage, extra: str = "") -> str:
    return f'title: "{page.title}" | outlet: {page.outlet} | date: {page.date}{extra}'


def _routes(page: WallPage) -> dict[str, object]:
    return {page.path: raw(page.html.encode(), "text/html; charset=utf-8")}


def _walled(page: WallPage) -> Scenario:
    return Scenario(
        page.id,
        page.path,
        _fields(page),
        _routes(page),  # type: ignore[arg-type]
        OK,
        WARN,
        f"the headline, byline and date as cited over a {page.wall_word} line ({page.wall_line!r}) after a"
        " paragraph or two: the cited story (ok), whose text cannot be read; the user must be told (warn)",
        must=(KIND,),
        must_not=(*MISMATCH, "moved", "quote_missing"),
        says=(SAYS[page.wall_word], (page.wall_line,)),
    )


def _control(page: WallPage) -> Scenario:
    return Scenario(
        page.id,
        page.path,
        _fields(page),
        _routes(page),  # type: ignore[arg-type]
        OK,
        PASS,
        "a story a reader can read whole (subscriptions named in its text, a newsletter box or a channel's"
        " promo after it, a brief that is all it says, or paywall markup over a text that is all there):"
        " the story as cited, nothing walled",
        must_not=(*MISMATCH, "moved", KIND),
    )


QUOTED = Scenario(
    "paywall-ru-quote-beyond-the-teaser",
    RU_SUBSCRIBERS.path,
    _fields(RU_SUBSCRIBERS, f' | quote: "{RU_QUOTE_BEYOND_TEASER}"'),
    _routes(RU_SUBSCRIBERS),  # type: ignore[arg-type]
    OK,
    WARN,
    "a quote from beyond the teaser of a story for subscribers: the text could not be read, so the quote"
    " cannot be called missing from the article; the report says it could not be checked",
    must=(KIND,),
    must_not=(*MISMATCH, "quote_missing"),
    says=(("quote",), ("paywall", "subscri")),
)

SCENARIOS: list[Scenario] = [*(_walled(p) for p in WALLED), QUOTED, *(_control(p) for p in CONTROLS)]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)


@pytest.fixture(scope="module")
def wall1_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play({"/": html("home.html")}, SCENARIOS, tmp_path_factory.mktemp("wall1"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_wall1_scenario(wall1_run: Run, scenario: Scenario) -> None:
    check_scenario(wall1_run, scenario)


def test_every_scenario_was_reported(wall1_run: Run) -> None:
    assert sorted(wall1_run.results) == sorted(IDS), wall1_run.stderr
