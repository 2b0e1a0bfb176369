"""General rules behind the forty-ninth link-rot batch (:mod:`tests.test_rot_heldout49`), on strings, pages.

- A servlet container's own front page, titled with its name and version and nothing else ('Apache
  Tomcat/9.0.41'), is what a fresh install answers every address with: no site stands there, so a story
  cited at that address is gone. A headline about Tomcat, or the bare name, is left alone.
- A Hebrew notice that the article was removed ('הכתבה הוסרה', 'התוכן הוסר') is an error title, as English
  'Article removed' is; a Hebrew headline that reports a removal is left alone.
"""

from __future__ import annotations

import pytest

from linkcheck.models import Cause
from linkcheck.soft404 import _may_hold_error_piece, has_error_phrase, is_error_title
from tests.rot_harness import fixture, soft_signal

AGENCY = "http://kestrel.example/20210311/9980005050.html"
NEGEV = "http://kolhanegev.example/news/2021/03/14/local-council-tender"


def _page(title: str, heading: str, text: str = "", lang: str = "en") -> bytes:
    body = f"<h1>{heading}</h1><p>{text}</p>" if text else f"<h1>{heading}</h1>"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body>{body}</body></html>"
    ).encode()


# --- a servlet container's front page ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Apache Tomcat/9.0.41", "Apache Tomcat/10.1.18", "Apache Tomcat/8.5", "apache tomcat/7.0.109"]
)
def test_tomcat_banner_title_is_an_error_title(title: str) -> None:
    assert is_error_title(title)
    assert has_error_phrase(title)


def test_tomcat_banner_passes_the_cheap_pre_test() -> None:
    """The exact pre-test derived from the tables lets the banner through (its word feeds the anchors)."""
    assert _may_hold_error_piece("Apache Tomcat/9.0.41")


def test_tomcat_front_page_is_a_soft_404() -> None:
    signal = soft_signal(AGENCY, fixture("r49-kestrel-tomcat-default.html"))
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


def test_tomcat_banner_bare_in_a_made_up_page_is_a_soft_404() -> None:
    page = _page("Apache Tomcat/10.1.18", "Apache Tomcat/10.1.18", "Recommended Reading: Manager App")
    assert soft_signal(AGENCY, page) is not None


@pytest.mark.parametrize(
    "title",
    [
        "Apache Tomcat",
        "Apache Tomcat 10 released with Jakarta EE 9 support",
        "How to upgrade Apache Tomcat/9.0 to 10.1 without downtime",
        "Tomcat/9.0.41",
        "Tomcat kitten rescued from drain in Wharfedale",
    ],
)
def test_headlines_about_tomcat_are_not_error_titles(title: str) -> None:
    assert not is_error_title(title)


def test_story_quoting_the_tomcat_page_is_left_alone() -> None:
    url = "http://wharfedale-echo.example/news/2021/03/24/council-websites-test-pages"
    assert soft_signal(url, fixture("r49-wharfe-story-server-test-pages.html")) is None


# --- a Hebrew removal notice --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["הכתבה הוסרה", "הכתבה הוסרה מהאתר", "התוכן הוסר", "הידיעה הוסרה", "הכתבה הוסרה | קול הנגב"]
)
def test_hebrew_removal_notice_is_an_error_title(title: str) -> None:
    assert is_error_title(title, names=("קול הנגב",))


def test_hebrew_removal_page_is_a_soft_404() -> None:
    signal = soft_signal(NEGEV, fixture("r49-negev-removed-he.html"))
    assert signal is not None
    assert signal[0] is Cause.ERROR_PAGE


@pytest.mark.parametrize(
    "title",
    [
        "הכתבה הוסרה בעקבות לחץ של ראש המועצה, טוען העורך",
        "מדוע הוסרה הכתבה על המכרז",
        "התוכן הוסר מהרשת החברתית אחרי תלונות התושבים",
    ],
)
def test_hebrew_headlines_about_a_removal_are_not_error_titles(title: str) -> None:
    assert not is_error_title(title)


def test_hebrew_story_reporting_a_removal_is_left_alone() -> None:
    page = _page(
        "הכתבה הוסרה בעקבות לחץ של ראש המועצה, טוען העורך | קול הנגב",
        "הכתבה הוסרה בעקבות לחץ של ראש המועצה, טוען העורך",
        "עורך העיתון המקומי אמר כי הכתבה על המכרז הוסרה מהאתר לאחר שיחה עם ראש המועצה. המועצה מכחישה.",
        lang="he",
    )
    assert soft_signal(NEGEV, page) is None
