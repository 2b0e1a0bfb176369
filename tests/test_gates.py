"""Gates (linkcheck.gates): sign-in pages, paywalls and cookie-consent walls that answer 200 in place of
the cited page are reported blocked, not as dead links or title mismatches."""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal
from linkcheck.models import Cause

STORY = "https://www.valley-ledger.example.com/news/2022/11/02/hospital-merger-approved"


def _gate(body: str, final: str = STORY, redirects: int = 0) -> tuple[Cause, str] | None:
    return gate_signal(STORY, final, extract_metadata(body.encode(), final), redirects)


PAYWALL = """<html><head><title>Subscribe to read | The Valley Ledger</title>
<meta property="og:site_name" content="The Valley Ledger"></head>
<body><header>The Valley Ledger</header><h1>Subscribe to continue reading</h1>
<p>This story is available exclusively to subscribers.</p></body></html>"""

REGWALL = """<html><head><title>Hospital merger approved despite objections - The Valley Ledger</title>
<meta property="og:title" content="Hospital merger approved despite objections"></head>
<body><h1>Hospital merger approved despite objections</h1><p>The board voted...</p>
<div class="regwall"><h2>Sign in to continue reading</h2></div></body></html>"""

GOOGLE_CONSENT = """<html lang="en"><head><title>Before you continue</title></head>
<body><h1>Before you continue</h1><p>We use cookies and data to deliver and maintain our services.</p>
<form method="post"><button>Accept all</button><button>Reject all</button></form></body></html>"""

SIGN_IN = """<html><head><title>Sign in | The Valley Ledger</title></head>
<body><h1>Sign in to your account</h1><form method="post"><input type="password"></form></body></html>"""


def test_a_paywall_without_the_headline_is_auth() -> None:
    signal = _gate(PAYWALL)
    assert signal is not None
    assert signal[0] is Cause.AUTH
    assert "Subscribe" in signal[1]


def test_a_registration_wall_under_the_headline_is_no_gate() -> None:
    assert _gate(REGWALL) is None


def test_a_consent_wall_is_consent() -> None:
    signal = _gate(GOOGLE_CONSENT)
    assert signal is not None
    assert signal[0] is Cause.CONSENT
    assert "consent" in signal[1]


@pytest.mark.parametrize(
    ("final", "cause", "said"),
    [
        (
            "https://www.valley-ledger.example.com/account/login?next=/news/2022/11/02/x",
            Cause.AUTH,
            "sign-in",
        ),
        (
            "https://login.valley-ledger.example.com/signin.php?return=https%3A%2F%2Fwww",
            Cause.AUTH,
            "sign-in",
        ),
        (
            "https://consent.valley-ledger.example.com/?continue=https://www.valley-ledger",
            Cause.CONSENT,
            "consent",
        ),
        ("https://www.valley-ledger.example.com/consent?continue=/news/2022", Cause.CONSENT, "consent"),
    ],
)
def test_redirected_to_a_gate(final: str, cause: Cause, said: str) -> None:
    signal = _gate(SIGN_IN, final=final, redirects=1)
    assert signal is not None
    assert signal[0] is cause
    assert said in signal[1]
    assert final in signal[1]


def test_a_sign_in_page_reached_without_a_redirect_is_auth_by_its_titles() -> None:
    signal = _gate(SIGN_IN)
    assert signal is not None
    assert signal[0] is Cause.AUTH


@pytest.mark.parametrize(
    "title",
    [
        "How to log in to your bank safely",
        "Before you continue: read the small print on your energy bill",
        "Subscribers only: the council's secret budget",  # a section label before a real headline
        "Login",  # the page's other title is a real headline
    ],
)
def test_headlines_that_mention_gates_are_no_gate(title: str) -> None:
    body = f"""<html><head><title>{title}</title>
    <meta property="og:title" content="Council tax to rise 4.9% as reserves run low"></head>
    <body><h1>{title}</h1></body></html>"""
    assert _gate(body) is None


def test_article_paths_with_gate_words_are_no_gate() -> None:
    # a redirect from one login-named page to another is not a gate that hides an article
    final = "https://www.valley-ledger.example.com/login"
    assert gate_signal(final + "?old=1", final, None, 1) is None
    # an article about sign-ins whose slug says so was not redirected anywhere
    assert gate_signal(STORY + "-login", STORY + "-login", None, 0) is None
