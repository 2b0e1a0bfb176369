"""The rules the twelfth link-rot batch (tests/test_rot_heldout12.py) brought, each on strings, with what
each must leave alone: not-found pages in Kannada, Gujarati, Lao and Maltese, a German consent manager's
"Wir brauchen Ihre Zustimmung", an article's address redirected to the archive of a year, month or day
(``/2019/06/12/``), and a move's advice without the tracking parameters the redirect added."""

from __future__ import annotations

import pytest

from linkcheck.classify import citable, moved_finding
from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal
from linkcheck.models import Cause, FetchResult, Metadata, Redirect
from linkcheck.soft404 import is_error_title, soft_404_signal

SITE = "https://www.brackwatergazette.example"
STORY = f"{SITE}/2019/06/12/harbour-dredging-contract-awarded/"

# --- not-found pages in more languages --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("ಕ್ಷಮಿಸಿ, ನೀವು ಹುಡುಕುತ್ತಿರುವ ಪುಟ ಕಂಡುಬಂದಿಲ್ಲ", []),
        ("ಪುಟ ಕಂಡುಬಂದಿಲ್ಲ | ಕಣಿವೆ ಸುದ್ದಿ", ["ಕಣಿವೆ ಸುದ್ದಿ"]),
        ("પાનું મળ્યું નથી | ખીણ સમાચાર", ["ખીણ સમાચાર"]),
        ("માફ કરશો, આ પાનું અસ્તિત્વમાં નથી", []),
        ("ຂໍອະໄພ, ບໍ່ພົບໜ້າທີ່ທ່ານຊອກຫາ", []),
        ("ບໍ່ພົບຫນ້າ - ຂ່າວຮ່ອມພູ", ["ຂ່າວຮ່ອມພູ"]),
        ("Skużana, il-paġna ma nstabitx", []),
        ("Il-paġna ma teżistix | Aħbarijiet tal-Wied", ["Aħbarijiet tal-Wied"]),
    ],
)
def test_error_messages_of_the_twelfth_batch(title: str, names: list[str]) -> None:
    assert is_error_title(title, names), title


@pytest.mark.parametrize(
    "title",
    [
        "ಹೊಸ ಸೇತುವೆ ಸಂಚಾರಕ್ಕೆ ಮುಕ್ತ",
        "ಕ್ಷಮಿಸಿ: ಮೇಯರ್ ಕ್ಷಮೆ ಕೇಳಿದರು",  # "Sorry": the mayor apologised
        "નવો પુલ વાહનવ્યવહાર માટે ખુલ્લો",
        "ຂົວໃໝ່ເປີດໃຫ້ສັນຈອນ",
        "ຂໍອະໄພ: ເຈົ້າເມືອງຂໍໂທດປະຊາຊົນ",  # "Sorry": the governor apologises to the people
        "Il-pont il-ġdid jinfetaħ għat-traffiku",
        "Skużana: is-sindku jitlob skuża",  # "Sorry": the mayor apologises
    ],
)
def test_headlines_in_those_languages_are_no_error_message(title: str) -> None:
    assert not is_error_title(title), title


# --- a German consent manager's heading -------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["Wir brauchen Ihre Zustimmung", "Wir benötigen Ihre Zustimmung", "Wir brauchen deine Zustimmung"],
)
def test_consent_headings_of_the_twelfth_batch(heading: str) -> None:
    meta = extract_metadata(
        f"<html><head><title>Talbote</title></head><body><h2>{heading}</h2></body></html>".encode(), STORY
    )
    meta = Metadata(title=heading, site_name="Talbote", title_candidates=meta.title_candidates)
    signal = gate_signal(STORY, STORY, meta, 0)
    assert signal is not None, heading
    assert signal[0] is Cause.CONSENT, heading


@pytest.mark.parametrize(
    "title",
    [
        "Wir brauchen Ihre Zustimmung nicht: Bürgermeister setzt Fährplan durch",
        "„Wir brauchen Ihre Zustimmung“ – Gemeinderat wirbt für neuen Hafen",
    ],
)
def test_headlines_quoting_that_heading_are_no_wall(title: str) -> None:
    assert gate_signal(STORY, STORY, Metadata(title=title, site_name="Talbote"), 0) is None


# --- an article redirected to the archive of its date -----------------------------------------------------


@pytest.mark.parametrize(
    "final",
    [
        f"{SITE}/2019/06/12/",
        f"{SITE}/2019/06/",
        f"{SITE}/2019/",
        f"{SITE}/en/2019/06/12/",
        f"{SITE}/2019/06/12/page/2/",
    ],
)
def test_a_redirect_to_a_date_archive_is_a_list_of_stories(final: str) -> None:
    meta = Metadata(title="June 12, 2019 - The Brackwater Gazette", site_name="The Brackwater Gazette")
    signal = soft_404_signal(STORY, final, meta, 1)
    assert signal is not None, final
    assert signal[0] is Cause.FRONT_PAGE, final


@pytest.mark.parametrize(
    "final",
    [
        f"{SITE}/2019/06/12/harbour-dredging-contract-goes-to-local-firm/",  # a new slug: the article
        f"{SITE}/2019/06/12/?p=4821",  # WordPress's address of one post
        f"{SITE}/2019/13/",  # no month: not a date
        f"{SITE}/1850/",  # not a year of the web
        "https://www.other-paper.example/2019/06/12/",  # another site's archive
    ],
)
def test_other_redirects_are_no_date_archive(final: str) -> None:
    meta = Metadata(
        title="Harbour dredging contract awarded to local firm", site_name="The Brackwater Gazette"
    )
    assert soft_404_signal(STORY, final, meta, 1) is None, final


# --- the address a move's advice gives: without the tracking parameters a redirect added ------------------

NEW = f"{SITE}/2019/06/12/harbour-dredging-contract-goes-to-local-firm/"


@pytest.mark.parametrize(
    ("target", "cite"),
    [
        (f"{NEW}?utm_source=legacy&utm_medium=redirect&utm_campaign=cms2021", NEW),
        (f"{NEW}?fbclid=IwAR0x&PHPSESSID=8f3a", NEW),
        (f"{NEW}?utm_source=legacy&page=2", f"{NEW}?page=2"),
        (f"{NEW}?utm_source=legacy#comments", f"{NEW}#comments"),
    ],
)
def test_a_moves_advice_drops_the_tracking_a_redirect_added(target: str, cite: str) -> None:
    finding = moved_finding(FetchResult(url=STORY, final_url=target, redirects=(Redirect(301, target),)))
    assert finding is not None
    assert finding.actual == cite
    assert finding.message.endswith(f"update the citation to {cite}")


@pytest.mark.parametrize(
    "target",
    [
        NEW,
        f"{NEW}#article-body",  # a fragment may name a part of the page: kept
        f"{SITE}/article.php?id=5120&section=news",  # parameters that name the page, in the server's order
        f"{SITE}/search?q=harbour+dredging",
    ],
)
def test_other_addresses_are_given_as_they_are(target: str) -> None:
    assert citable(target) == target
    finding = moved_finding(FetchResult(url=STORY, final_url=target, redirects=(Redirect(301, target),)))
    assert finding is not None
    assert finding.actual == target
