"""tidy13: one table of follow-call platforms for both readers (written before reading the src that
handles them).

Two readers drop a call to follow the outlet on a platform: `_base`'s English follow call (`Follow ... on
<platform>`, `is_boilerplate`) with `is_subscription`'s Telegram invitations, and `_prose.follow_call`'s line
in any language (words naming the platform, a colon, a bare address of a channel). Each platform is held here
in each reader: the cases are follow calls and invitations, and the controls (marked) are citations of a
story about Telegram or X, a post on a platform, a reporting word, which must stay citations."""

from __future__ import annotations

import pytest

from linkcheck.articles import _base, _prose, extract_citations
from linkcheck.articles._base import is_boilerplate, is_subscription
from linkcheck.articles._prose import follow_call
from linkcheck.models import Citation

TASS = "https://tass.ru/politika/7487995"
LEAD = f"Ирак возобновил переговоры с США, сообщает ТАСС: {TASS}\n\n"

# (platform as a follow call writes it, a channel's address on it)
CHANNELS = [
    ("Telegram", "https://t.me/gulf_ledger"),
    ("Telegram", "https://telegram.me/gulf_ledger"),
    ("X", "https://x.com/gulfledger"),
    ("Twitter", "https://twitter.com/gulfledger"),
    ("Facebook", "https://www.facebook.com/gulfledger"),
    ("Instagram", "https://www.instagram.com/gulfledger/"),
    ("YouTube", "https://www.youtube.com/@gulfledger"),
    ("TikTok", "https://www.tiktok.com/@gulfledger"),
    ("VK", "https://vk.com/gulfledger"),
    ("Threads", "https://www.threads.net/@gulfledger"),
    ("Mastodon", "https://mastodon.social/@gulfledger"),
    ("Bluesky", "https://bsky.app/profile/gulfledger.bsky.social"),
]
IDS = [f"{name}-{url.split('//')[1].split('/')[0]}" for name, url in CHANNELS]


def _cited(text: str) -> dict[str, Citation]:
    fmt = "html" if text.startswith("<") else "text"
    return {c.url: c for c in extract_citations(text, fmt)}


# --- the English reader: `Follow ... on <platform>` (_base.is_boilerplate) --------------------------------


@pytest.mark.parametrize(("name", "url"), CHANNELS, ids=IDS)
def test_an_english_follow_call_is_boilerplate(name: str, url: str) -> None:
    assert is_boilerplate(f"Follow the Gulf Ledger on {name}: ")


@pytest.mark.parametrize(("name", "url"), CHANNELS, ids=IDS)
def test_an_english_follow_line_gives_no_citation_in_a_text(name: str, url: str) -> None:
    found = _cited(f"{LEAD}Follow us on {name}: {url}\n")
    assert TASS in found
    assert url not in found


@pytest.mark.parametrize(("name", "url"), CHANNELS, ids=IDS)
def test_an_english_follow_paragraph_gives_no_citation_in_html(name: str, url: str) -> None:
    page = (
        f'<html><body><p>Iraq resumed talks, <a href="{TASS}">TASS reports</a>.</p>'
        f'<p>Follow us on {name}: <a href="{url}">@gulfledger</a></p></body></html>'
    )
    found = _cited(page)
    assert TASS in found
    assert url not in found


# --- the reader in any language: `<words naming the platform>: <channel>` (_prose.follow_call) ------------

# (words before the address, in a language of the seed story's copies) for each platform
CALLS = {
    "Telegram": "Безнең Telegram-каналга язылыгыз: ",
    "X": "Síguenos en X: ",
    "Twitter": "Folgen Sie uns auf Twitter: ",
    "Facebook": "Sledujte nás na Facebooku: ",
    "Instagram": "📸 Instagram: ",
    "YouTube": "Bizni YouTube'da kuzating: ",
    "TikTok": "Na ndiqni në TikTok: ",
    "VK": "Подписывайтесь на нас в VK: ",
    "Threads": "Suivez-nous sur Threads : ",
    "Mastodon": "Siga-nos no Mastodon: ",
    "Bluesky": "Śledź nas na Bluesky: ",
}


#: Marked after reading the src: `follow_call` reads a channel as one path segment of letters, digits, `_` and
#: `.` (`_prose._CHANNEL_PATH`), so a handle after `@` (YouTube, TikTok, Threads, Mastodon) or under Bluesky's
#: `/profile/` is none; those lines give no citation anyway (`_base.is_profile`, the text cases above and
#: below pass). The platforms' table (this file's task) does not reach the path's form.
_NOT_A_CHANNEL_PATH = {"YouTube", "TikTok", "Threads", "Mastodon", "Bluesky"}
CHANNEL_CALLS = [
    pytest.param(
        name,
        url,
        id=case_id,
        marks=pytest.mark.xfail(strict=True, reason="the handle's path is not _CHANNEL_PATH's form"),
    )
    if name in _NOT_A_CHANNEL_PATH
    else pytest.param(name, url, id=case_id)
    for (name, url), case_id in zip(CHANNELS, IDS, strict=True)
]


@pytest.mark.parametrize(("name", "url"), CHANNEL_CALLS)
def test_a_follow_call_in_any_language(name: str, url: str) -> None:
    assert follow_call(CALLS[name], url)


@pytest.mark.parametrize(("name", "url"), CHANNELS, ids=IDS)
def test_a_follow_line_in_any_language_gives_no_citation(name: str, url: str) -> None:
    found = _cited(f"{LEAD}{CALLS[name]}{url}\n")
    assert TASS in found
    assert url not in found


# --- Telegram's invitations (_base.is_subscription) --------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://t.me/+Qm3xJf8sLk1hYTIy",
        "https://t.me/joinchat/AAAAAEw1c2",
        "https://telegram.me/+Qm3xJf8sLk1hYTIy",
        "https://telegram.me/joinchat/AAAAAEw1c2",
    ],
)
def test_a_telegram_invitation_is_a_subscription(url: str) -> None:
    assert is_subscription(url)


@pytest.mark.parametrize(
    "url",
    [
        # controls: a channel's post on either host, a story about Telegram, a post on X
        "https://t.me/gulf_ledger/1520",
        "https://telegram.me/gulf_ledger/1520",
        "https://www.reuters.com/technology/russia-lifts-ban-on-telegram-2020-06-18/",
        "https://x.com/gulfledger/status/1214702538296098816",
    ],
)
def test_no_subscription(url: str) -> None:
    assert not is_subscription(url)


@pytest.mark.parametrize(
    "url",
    ["https://t.me/+Qm3xJf8sLk1hYTIy", "https://telegram.me/joinchat/AAAAAEw1c2"],
)
def test_an_invitation_line_gives_no_citation(url: str) -> None:
    found = _cited(f"{LEAD}Присоединяйтесь к нашему чату: {url}\n")
    assert TASS in found
    assert url not in found


# --- controls: stories ABOUT Telegram or X, posts on a platform, a reporting word: citations stay ---------

REUTERS_TG = "https://www.reuters.com/technology/russia-lifts-ban-on-telegram-2020-06-18/"
BBC_X = "https://www.bbc.com/news/technology-66284263"
X_POST = "https://x.com/gulfledger/status/1214702538296098816"
TG_POST = "https://t.me/gulf_ledger/1520"


@pytest.mark.parametrize(
    "label",
    [
        "Russia lifts its ban on Telegram, Reuters reported: ",
        "Twitter becomes X, the BBC wrote on 24 July 2023: ",
        "How Telegram became the war's newsroom (The Moscow Times): ",
        "X's new rules on TikTok clips, via The Verge: ",
    ],
)
def test_a_story_about_a_platform_is_not_boilerplate(label: str) -> None:
    assert not is_boilerplate(label)


@pytest.mark.parametrize(
    ("before", "url"),
    [
        ("Russia lifts its ban on Telegram, Reuters reported: ", REUTERS_TG),
        ("Twitter becomes X, the BBC wrote: ", BBC_X),
        ("Telegram: ", TG_POST),
        ("The ministry posted it on X: ", X_POST),
        ("The ministry announced it on its Telegram channel: ", "https://t.me/mod_russia_en"),
        ("Telegram-канал ведомства сообщил: ", "https://t.me/mod_russia"),
    ],
)
def test_no_follow_call(before: str, url: str) -> None:
    assert not follow_call(before, url)


@pytest.mark.parametrize(
    ("line", "url"),
    [
        (f"Russia lifts its ban on Telegram, Reuters reported: {REUTERS_TG}", REUTERS_TG),
        (f"Twitter becomes X, the BBC wrote on 24 July 2023: {BBC_X}", BBC_X),
        (f"Россия сняла блокировку Telegram, пишет Reuters: {REUTERS_TG}", REUTERS_TG),
        (f"The ministry posted the footage on X: {X_POST}", X_POST),
        (f"Минобороны опубликовало видео в Telegram: {TG_POST}", TG_POST),
    ],
)
def test_a_citation_about_a_platform_stays_a_citation(line: str, url: str) -> None:
    found = _cited(f"{LEAD}{line}\n")
    assert TASS in found
    assert url in found


# --- after reading the src: what the one table changes (each fails on base61's src) and its guard ----------


def test_both_readers_read_one_table() -> None:
    assert not hasattr(_prose, "_FOLLOW_PLATFORMS")
    assert not hasattr(_prose, "_SHORT_PLATFORM_HOSTS")
    assert _prose.FOLLOW_PLATFORMS is _base.FOLLOW_PLATFORMS
    assert _prose.PLATFORM_HOSTS is _base.PLATFORM_HOSTS
    for platform in _base.FOLLOW_PLATFORMS:
        assert is_boilerplate(f"Follow the Gulf Ledger on {platform}: "), platform


@pytest.mark.parametrize(
    ("line", "url"),
    [
        # a line naming the platform without a language's follow word: only follow_call drops it
        ("Our X account: ", "https://x.com/gulfledger"),
        ("Mastodon: ", "https://mastodon.social/gulfledger"),
    ],
)
def test_a_channel_of_a_platform_the_english_call_named_is_no_citation(line: str, url: str) -> None:
    assert follow_call(line, url)
    found = _cited(f"{LEAD}{line}{url}\n")
    assert TASS in found
    assert url not in found


@pytest.mark.parametrize(
    "before",
    # controls: a one-letter platform's name stands as a word (the x of `Texas` or `Next` is none)
    ["Texas governor's statement: ", "Next: ", "Exclusive: "],
)
def test_a_letter_x_inside_a_word_does_not_name_x(before: str) -> None:
    url = "https://x.com/GovAbbott"
    assert not follow_call(before, url)
    assert url in _cited(f"{LEAD}{before}{url}\n")
