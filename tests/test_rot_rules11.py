"""The rules the eleventh link-rot batch (tests/test_rot_heldout11.py) brought, each on strings and bytes,
with what each must leave alone: not-found pages in Telugu, Belarusian, Burmese and Pashto (and Burmese and
Devanagari sentence marks as title pieces' ends), a forum post "removed by the moderators", a law-enforcement
"This domain has been seized" banner, consent walls headed "Your privacy is important to us" in Spanish,
English, French, Dutch and German, and an outlet's name with "Archives" after it (its paid archive)."""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal
from linkcheck.models import Cause, Metadata, Status
from linkcheck.names import outlet_matches, same_outlet
from linkcheck.pagebody import notice_signal
from linkcheck.soft404 import is_error_title, says_gone

SITE = "https://www.coldwaterherald.example"
STORY = f"{SITE}/news/2015/10/02/weir-restoration-approved"

# --- not-found pages in more languages --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("క్షమించండి, మీరు వెతుకుతున్న పేజీ కనుగొనబడలేదు", []),
        ("పేజీ కనుగొనబడలేదు | లోయ వార్తలు", ["లోయ వార్తలు"]),
        ("Старонка не знойдзена", []),
        ("Прабачце, старонка не знойдзена - Навіны даліны", ["Навіны даліны"]),
        ("တောင်းပန်ပါသည်။ သင်ရှာဖွေနေသော စာမျက်နှာကို ရှာမတွေ့ပါ။", []),
        ("စာမျက်နှာကို ရှာမတွေ့ပါ", []),
        ("بښنه غواړو، دا پاڼه ونه موندل شوه", []),
        ("پاڼه ونه موندل شوه | د درې خبرونه", ["د درې خبرونه"]),
        # a Devanagari danda ends a sentence as a full stop does: "Sorry. Page not found." in Hindi
        ("ओह। पेज नहीं मिला", []),
    ],
)
def test_error_messages_of_the_eleventh_batch(title: str, names: list[str]) -> None:
    assert is_error_title(title, names), title


@pytest.mark.parametrize(
    "title",
    [
        "కొత్త వంతెన ప్రారంభం",
        "క్షమించండి: మేయర్ క్షమాపణ చెప్పారు",  # "Sorry": the mayor apologised
        "Новы мост адкрылі для руху",
        "Прабачце, але мост зачынены",  # "Sorry, but the bridge is closed"
        "တံတားသစ် ဖွင့်လှစ်",
        "တောင်းပန်ပါသည်။ ဝန်ကြီး၏ ပြောကြားချက်",  # "Sorry." - the minister's statement
        "نوی پل د ترافیک لپاره پرانیستل شو",
        "बाढ़ का पानी घटा। स्कूल फिर खुले",  # two sentences of a Hindi headline
    ],
)
def test_headlines_in_those_languages_are_no_error_message(title: str) -> None:
    assert not is_error_title(title), title


# --- who removed a post; a seized domain ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sorry, this post has been removed by the moderators of r/coldwater.",
        "This post was removed by a moderator",
        "This thread has been removed by the admins",
        "This post has been removed by the moderators of this forum",
        "This Domain Has Been Seized",
        "This website has been seized",
        "The domain name has been seized by the United States Government",
    ],
)
def test_removal_and_seizure_notices(line: str) -> None:
    assert says_gone(line), line


@pytest.mark.parametrize(
    "title",
    [
        "Moderators removed from council planning committee",
        "This post has been removed by the moderators of r/coldwater after a vote on the weir plan",
        "Police seized the website of a fraud ring",
        "Domain seized in piracy crackdown, court told",
        "Drugs worth £2m have been seized at the port",
        "The site was seized by flood water in 1947",
    ],
)
def test_headlines_about_moderators_or_seizures_are_no_notice(title: str) -> None:
    assert not is_error_title(title), title


def test_a_post_that_keeps_its_title_removed_by_the_moderators() -> None:
    page = (
        b"<html lang='en'><head><title>Weir restoration finally approved : r/coldwater</title></head><body>"
        b"<h1>Weir restoration finally approved</h1><div><p>Sorry, this post has been removed by the"
        b" moderators of r/coldwater.</p><p>Moderators remove posts from feeds for a variety of reasons.</p>"
        b"</div><p>Comments are locked.</p></body></html>"
    )
    meta = extract_metadata(page, STORY)
    signal = notice_signal(STORY, STORY, page, meta)
    assert signal is not None
    assert signal[0] is Status.SOFT_404


def test_an_article_that_reports_a_moderators_removal_goes_on() -> None:
    body = " ".join(["The forum's volunteers said the thread had broken its rules on personal attacks."] * 8)
    page = (
        "<html lang='en'><head><title>Forum row over weir plan</title></head><body>"
        "<h1>Forum row over weir plan</h1><p>This post has been removed by the moderators.</p>"
        f"<p>{body}</p></body></html>"
    ).encode()
    assert notice_signal(STORY, STORY, page, extract_metadata(page, STORY)) is None


# --- consent walls: "Your privacy is important to us" -----------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Tu privacidad es importante para nosotros",
        "Su privacidad es importante para nosotros",
        "Your privacy is important to us",
        "Votre vie privée est importante pour nous",
        "Uw privacy is belangrijk voor ons",
        "Deine Privatsphäre ist uns wichtig",
    ],
)
def test_consent_headings_of_the_eleventh_batch(heading: str) -> None:
    meta = extract_metadata(
        f"<html><head><title>El Heraldo</title></head><body><h2>{heading}</h2></body></html>".encode(), STORY
    )
    meta = Metadata(title=heading, site_name="El Heraldo", title_candidates=meta.title_candidates)
    signal = gate_signal(STORY, STORY, meta, 0)
    assert signal is not None, heading
    assert signal[0] is Cause.CONSENT, heading


@pytest.mark.parametrize(
    "title",
    [
        "Tu privacidad es importante: cómo proteger tus datos en vacaciones",
        "Why your privacy is important to us, and to regulators",
        "La vie privée des élus est-elle importante pour nous ?",
    ],
)
def test_headlines_about_privacy_are_no_wall(title: str) -> None:
    assert gate_signal(STORY, STORY, Metadata(title=title, site_name="El Heraldo"), 0) is None


# --- an outlet's name with its archive's word after it ---------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "site"),
    [
        ("The Coldwater Herald", "The Coldwater Herald Archives"),
        ("Coldwater Herald", "Coldwater Herald Archive"),
        ("Rheinische Rundschau", "Rheinische Rundschau Archiv"),
        ("The Valley Tribune", "Valley Tribune eEdition"),
    ],
)
def test_an_outlets_archive_is_the_outlet(cited: str, site: str) -> None:
    assert same_outlet(cited, site), (cited, site)
    assert outlet_matches(cited, [site], ["archives.example.com"]), (cited, site)


@pytest.mark.parametrize(
    ("cited", "site"),
    [
        ("Insider", "Insider Monkey"),  # a thing of its own named after another
        ("The Coldwater Herald", "The Coldwater Gazette Archives"),
        ("The Herald", "The Herald Archives of Scotland"),
    ],
)
def test_other_names_with_an_archive_word_stay_apart(cited: str, site: str) -> None:
    assert not same_outlet(cited, site), (cited, site)
