"""tidy15: the read-back's twins made one, a sixth time.

- The two gambling landers read by their shape (:func:`linkcheck.pagebody.betting_odds_lander`, rot56, and
  :func:`linkcheck.pagebody.casino_games_lander`, rot57) share one frame: an age mark standing alone, then
  the site's own shape (a table of odds, or its games' tiles), then the payment methods its logos name or a
  link to sign up. These cases hold what each lander and the takeover walk (``pagebody._taken_over``) say of
  both landers, of pages with the age mark but neither shape, of pages with a shape but no frame, and of real
  gambling stories and sports pages with odds, which must not read as landers. They pass on base63 and after
  the two share their frame.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import pagebody, soft404
from linkcheck.models import Cause
from tests.rot_harness import body_signal_at

STORY = "https://www.eveningherald.example/sport/2021/05/18/derby-preview"
signal = body_signal_at(STORY)

BETTING_REASON = (
    "the page is a betting site's lander (a table of odds, an '18+' mark, the payment methods it takes or a"
    " link to sign up): the domain was taken over, the outlet and the article are gone"
)
CASINO_REASON = (
    "the page is a casino's lander (its games' tiles, an '18+' mark, the payment methods it takes or a link"
    " to sign up): the domain was taken over, the outlet and the article are gone"
)


def _page(title: str, body: str, *, head: str = "") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


DATED = '<meta property="article:published_time" content="2021-05-18T08:00:00+01:00">'

# Today's matches, three rows of 1-X-2 (nine cells of decimal odds).
ODDS = (
    "<table><tr><th>Match</th><th>1</th><th>X</th><th>2</th></tr>"
    "<tr><td>Lions v Tigers</td><td>1.85</td><td>3.40</td><td>4.20</td></tr>"
    "<tr><td>Eagles v Hawks</td><td>2.10</td><td>3.25</td><td>3.30</td></tr>"
    "<tr><td>Rovers v United</td><td>1,72</td><td>3,60</td><td>4,50</td></tr></table>"
)
# Two rows of odds only: five cells, one short.
FEW_ODDS = (
    "<table><tr><td>1.85</td><td>3.40</td><td>4.20</td></tr><tr><td>2.10</td><td>3.25</td></tr></table>"
)
GAMES = ("Sweet Bonanza", "Gates of Olympus", "Aviator", "Book of Dead", "Crazy Time")


def _tiles(names: tuple[str, ...]) -> str:
    return "".join(
        f'<a href="/game/{n.lower().replace(" ", "-")}"><img src="/g/{i}.png" alt="{n}"></a>'
        for i, n in enumerate(names)
    )


TILES = _tiles(GAMES)
LOGOS = "<img src='/p/1.png' alt='Skrill'><img src='/p/2.png' alt='Visa'>"
ONE_LOGO = "<img src='/p/1.png' alt='Skrill'>"
SIGN_UP = "<a href='/register'>Join now</a>"
AGE = "<footer><p>18+ Play responsibly</p></footer>"
AGE_PLUS = "<footer><p>+18</p></footer>"


def _both(body: bytes) -> tuple[bool, bool]:
    return pagebody.betting_odds_lander(body), pagebody.casino_games_lander(body)


def _walk(body: bytes) -> tuple[Cause, str] | None:
    return pagebody._taken_over(body, None)


# --- the two landers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "inner",
    [
        ODDS + LOGOS + AGE,
        ODDS + SIGN_UP + AGE,
        ODDS + SIGN_UP + AGE_PLUS,
        ODDS + ONE_LOGO + SIGN_UP + AGE,  # one logo short, the sign-up carries it
        AGE + ODDS + LOGOS,  # the age mark first
    ],
)
def test_betting_lander(inner: str) -> None:
    body = _page("Today's matches", "<h1>Today's matches</h1>" + inner)
    assert _both(body) == (True, False)
    assert _walk(body) == (Cause.SPAM, BETTING_REASON)


@pytest.mark.parametrize(
    "inner",
    [
        TILES + LOGOS + AGE,
        TILES + SIGN_UP + AGE,
        _tiles(GAMES[:4]) + SIGN_UP + AGE_PLUS,
        _tiles(("Aviator", "Spribe", "JetX", "Plinko")) + LOGOS + AGE,  # crash games and a studio
        FEW_ODDS + TILES + SIGN_UP + AGE,  # a few odds beside the tiles: still a casino
    ],
)
def test_casino_lander(inner: str) -> None:
    body = _page("Play now", "<h1>Play now</h1>" + inner)
    assert _both(body) == (False, True)
    assert _walk(body) == (Cause.SPAM, CASINO_REASON)


def test_page_of_both_shapes_is_read_as_the_betting_lander_first() -> None:
    body = _page("Bet and play", ODDS + TILES + SIGN_UP + AGE)
    assert _both(body) == (True, True)
    assert _walk(body) == (Cause.SPAM, BETTING_REASON)


def test_landers_take_the_lowered_body_given() -> None:
    body = _page("Play", TILES + SIGN_UP + AGE)
    assert pagebody.casino_games_lander(body, body.lower()) is True
    assert pagebody.betting_odds_lander(body, body.lower()) is False
    body = _page("Bet", ODDS + SIGN_UP + AGE)
    assert pagebody.betting_odds_lander(body, body.lower()) is True
    # the lowered body is what the shapes and the tail are read in; the age mark is read in the body
    assert pagebody.betting_odds_lander(body, b"") is False


# --- the frame without a shape, a shape without the frame ---------------------------------------------------


@pytest.mark.parametrize(
    "inner",
    [
        LOGOS + SIGN_UP + AGE,  # an age mark, payments and a sign-up, but no odds and no tiles
        "<h1>Film night</h1><p>Rated 18+</p>" + LOGOS + SIGN_UP,  # a cinema's page
        FEW_ODDS + _tiles(GAMES[:3]) + LOGOS + SIGN_UP + AGE,  # five odds cells and three games
        ODDS + TILES + AGE,  # both shapes, an age mark, neither payments nor a sign-up
        ODDS + TILES + ONE_LOGO + AGE,  # one payment logo only
        ODDS + TILES + LOGOS + SIGN_UP,  # no age mark
        ODDS + TILES + LOGOS + "<p>118+ results</p>",  # not an age mark
        ODDS + TILES + SIGN_UP + "<p>Tonight +18 °C</p>",  # a temperature
        ODDS + TILES + SIGN_UP + "<p>Shares +18%</p>",  # a rise
        ODDS + TILES + "<a href='https://casino.example/register'>Join</a>" + AGE,  # a sign-up elsewhere
    ],
)
def test_frame_or_shape_alone_is_no_lander(inner: str) -> None:
    body = _page("A page", inner)
    assert _both(body) == (False, False)
    assert _walk(body) is None


# --- real stories and sports pages ------------------------------------------------------------------------

STORY_ODDS = (
    "<h1>Derby preview: the bookmakers make United favourites</h1>"
    "<p>By Ciara Walsh</p><p>The odds for Saturday's derby have shortened since Tuesday.</p>" + ODDS + ""
    "<p>The league's new rules bar under-18s from the sponsors' ads, which must now carry an 18+ mark.</p>"
)
STORY_GAMES = (
    "<h1>Inside the slot games teenagers play on their phones</h1><p>By Tomás Breen</p>"
    "<p>Games such as these were shown to the committee:</p>" + TILES + ""
    "<p>Each ad carried an '18+' label that the researchers said nobody read.</p>"
)


@pytest.mark.parametrize("inner", [STORY_ODDS, STORY_GAMES])
def test_gambling_stories_without_a_sign_up_are_no_landers(inner: str) -> None:
    body = _page("Sport", inner)
    assert _both(body) == (False, False)
    assert _walk(body) is None


@pytest.mark.parametrize(
    "inner",
    [
        STORY_ODDS + SIGN_UP,  # the paper's own registration link
        STORY_GAMES + SIGN_UP,
        STORY_ODDS + LOGOS,  # payment logos in its shop's footer
    ],
)
def test_dated_gambling_stories_with_the_whole_frame_are_left_alone(inner: str) -> None:
    # the shape reads it (the story holds every mark), but a story states its date and is not asked
    body = _page("Sport", inner, head=DATED)
    assert any(_both(body))
    assert signal(body) is None


@pytest.mark.parametrize(
    "inner",
    [
        "<h1>Fixtures and odds</h1>" + ODDS + SIGN_UP + LOGOS,  # a sports page's odds: no age mark
        "<h1>Fixtures and odds</h1>" + ODDS + SIGN_UP + "<p>Kick-off 18:00, +1 day</p>",
        "<h1>Results</h1><table><tr><td>2-1</td><td>0-0</td></tr></table>" + SIGN_UP + AGE,  # scores, no odds
    ],
)
def test_sports_pages_with_odds_are_no_landers(inner: str) -> None:
    body = _page("Sport", inner)
    assert _both(body) == (False, False)
    assert _walk(body) is None
    assert signal(body) is None


def test_undated_lander_is_spam_through_the_body_signal() -> None:
    body = _page("Today's matches", "<h1>Today's matches</h1>" + ODDS + LOGOS + AGE)
    said = signal(body)
    assert said == (Cause.SPAM, BETTING_REASON)
    body = _page("Play now", "<h1>Play now</h1>" + TILES + LOGOS + AGE)
    assert signal(body) == (Cause.SPAM, CASINO_REASON)


# --- one UTF-8 reading, with or without a character cut at the end forgiven (host55's _whole_utf8) ----------


@pytest.mark.parametrize(
    ("raw", "forgiving", "whole"),
    [
        ("café".encode(), "café", "café"),
        (b"", "", ""),
        ("café".encode()[:-1], "caf", None),  # é cut after its lead byte
        ("東京".encode()[:-1], "東", None),  # 京 cut after two of its three bytes
        ("東京".encode()[:-2], "東", None),
        ("ok 😀".encode()[:-1], "ok ", None),  # an emoji cut after three of its four bytes
        (b"caf\xe9", "caf", None),  # windows-1252's é last reads as a lead byte cut (E9 opens three bytes)
        (b"caf\xe9 au lait", None, None),  # windows-1252 before more text: never forgiven
        (b"\xc3\xa9\xc3", "é", None),
        (b"\xc3(\xc3", None, None),  # a bad byte before the cut one
        (b"\xe6\x9d\xb1\xed\xa0\x80", None, None),  # a surrogate at the end is no cut character
    ],
)
def test_strict_utf8_forgives_a_cut_character_unless_told(
    raw: bytes, forgiving: str | None, whole: str | None
) -> None:
    from linkcheck.extract.decode import _strict_utf8

    assert _strict_utf8(raw) == forgiving
    assert _strict_utf8(raw, cut=True) == forgiving
    assert _strict_utf8(raw, cut=False) == whole


def test_undone_reads_a_cut_character_only_when_told() -> None:
    from linkcheck.extract.decode import _undone

    twice = "Jos\u00c3\u00a9 OL\u00c3"  # "José OL" then the lead byte of a character cut
    assert _undone(twice) == "José OL"
    assert _undone(twice, cut=False) == twice
    whole = "Jos\u00c3\u00a9 M\u00c3\u00bcller"
    assert _undone(whole) == _undone(whole, cut=False) == "José Müller"


# --- the moved notice's hints: the four Nordic "adress" entries made one ------------------------------------

#: base63's hints, as rot57 left them (four entries spelled "adress").
OLD_HINTS = (
    "moved", "перемещ", "перенес", "перенёс", "переех", "umgezogen", "verschoben", "déplac", "trasl",
    "d'adreça", "mud", "movid", "skiftet adresse", "flytt", "byttet adresse", "bytt adress", "ny adresse",
)  # fmt: skip


def _old_may_say_moved(title: str) -> bool:
    lowered = title.lower()
    return any(h in lowered for h in OLD_HINTS)


NORDIC = [
    "Vi har skiftet adresse",
    "Vi har skiftet adresse | Limfjordsposten",
    "VI HAR SKIFTET ADRESSE",
    "Vi har byttet adresse",
    "Vi har fået en ny adresse",
    "Vi er flyttet til en ny adresse",
    "Vi har bytt adress",
    "Vi har bytt adress – Norrbottens Tidning",
    "Vi har flyttat",
    "Sidan har flyttats",
    "Artiklen er flyttet",
    "Hem canviat d'adreça",
    "We have moved",
    "Материал перемещён",
]
CONTROLS = [
    "Familien Jensen har skiftet adresse til Aarhus",  # a headline holding the words
    "Ny adresse for kommunens borgerservice",
    "Ny adress för Skatteverket i Luleå",
    "Address changed",  # English: no "adress"
    "Neue Adresse der Stadtbibliothek",  # now asked whole, and not a notice
    "Changement d'adresse",
    "Mayor opens bridge",
    "",
]


@pytest.mark.parametrize("title", NORDIC)
def test_moved_spellings_are_hinted_and_read_as_before(title: str) -> None:
    assert _old_may_say_moved(title) is True
    assert soft404.may_say_moved(title) is True
    assert soft404.is_moved_title(title, ["Limfjordsposten", "Norrbottens Tidning"]) is True


@pytest.mark.parametrize("title", CONTROLS)
def test_moved_controls_are_no_moved_titles(title: str) -> None:
    if _old_may_say_moved(title):
        assert soft404.may_say_moved(title) is True
    assert soft404.is_moved_title(title, ["Limfjordsposten"]) is False


def test_the_new_hint_only_adds_titles_holding_adress() -> None:
    assert "adress" in soft404._MOVED_HINTS
    assert not {"skiftet adresse", "byttet adresse", "bytt adress", "ny adresse"} & set(soft404._MOVED_HINTS)
    assert set(OLD_HINTS) - set(soft404._MOVED_HINTS) == {
        "skiftet adresse",
        "byttet adresse",
        "bytt adress",
        "ny adresse",
    }
    # the Japanese and Korean hints rot60 added later for their own notices' titles are not tidy15's
    later = {"移転", "移動", "이동", "이전했"}
    assert set(soft404._MOVED_HINTS) - set(OLD_HINTS) - later == {"adress"}


_WORDS = st.sampled_from(
    ["vi", "Vi", "har", "er", "skiftet", "byttet", "bytt", "fået", "fått", "en", "ny", "adresse", "Adresse",
     "adress", "ADRESSE", "flyttet", "til", "|", "–", "Limfjordsposten", "moved", "d'adreça", "siden"]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(_WORDS, max_size=7))
def test_moved_titles_are_the_same_on_any_title_of_the_words(words: list[str]) -> None:
    # titles as the readers pass them: words one space apart (fetch.py joins a refresh's text's words; a
    # page's headline is read with its blanks made single spaces)
    title = " ".join(words)
    old = _old_may_say_moved(title)
    new = soft404.may_say_moved(title)
    assert new is (old or "adress" in title.lower())
    moved = soft404.is_moved_title(title, ["Limfjordsposten"])
    assert not moved or old  # a title read as moved passed base63's hints too


# --- item 4 (a fix): prices in capitals whose words hold a letter beyond ASCII ----------------------------

#: Prices as outlets print them in capitals (a plan's label in a CSS-less template, a button's text), each
#: word holding a letter ``bytes.lower`` leaves as it is: Ñ, Ł, Č, Ě, Å.
CAPITAL_PRICES = [
    "59 € AL AÑO",
    "199 € POR AÑO",
    "CIEN EUROS AL AÑO",
    "59 €/AÑO",
    "STO ZŁOTYCH PER MONTH",
    "29 ZŁ/MIES.",
    "29 ZŁ PER MONTH",
    "199 KČ/MĚS.",
    "199 KČ/MĚSÍC",
    "99 KR/MÅN",
    "99 KR/MÅNAD",
    "999 KR/ÅR",
]
#: The same letters in capitals with no price: none is read as one.
CAPITAL_CONTROLS = [
    "EL AÑO PASADO, AL MES SIGUIENTE, SE ABRIÓ.",
    "EN EL AÑO 2020 SE ABRIÓ.",
    "CENY W ZŁOTYCH, NIE W EURO.",
    "ÅRETS BÄSTA BOK, 2019/ÅRETS VAL",
    "PRAHA 2/MĚSTO",
    "PŘED 10 LETY/MĚSTSKÁ ČÁST",
    "SKÅNE 3/ÅRHUS 2",
    "BYLO 5 KČ ZA KUS",
]


def _capital_offer(price: str) -> bytes:
    plans = (
        "<html><body><h1>KEEP READING</h1>"
        f"<div><h2>DIGITAL</h2><p>{price}</p><a href='/checkout?plan=d'>SUBSCRIBE</a></div>"
        f"<div><h2>BUNDLE</h2><p>{price}</p><a href='/checkout?plan=b'>SUBSCRIBE</a></div>"
        "<p>Already a subscriber? <a href='/account/sign-in'>Sign in</a></p></body></html>"
    )
    return plans.encode()


@pytest.mark.parametrize("price", CAPITAL_PRICES)
def test_a_price_in_capitals_beyond_ascii_is_read(price: str) -> None:
    window = f"<li><b>DIGI</b> {price}</li>".encode()
    assert pagebody._PRICE_A_MONTH.search(window.lower()) is not None
    # and one of the two pre-tests lets the window through, as served
    assert pagebody._PRICE_SLASH.search(window) or pagebody._PRICE_SPELLED.search(window)


@pytest.mark.parametrize("price", CAPITAL_PRICES)
def test_two_plans_priced_in_capitals_beyond_ascii_are_an_offer(price: str) -> None:
    body = _capital_offer(price)
    found = pagebody._subscription_offer("KEEP READING", body, body.index(b"</h1>"))
    assert found is not None
    assert "subscription offer" in found[2]


@pytest.mark.parametrize("price", CAPITAL_PRICES)
def test_the_same_prices_in_lower_case_were_read_already(price: str) -> None:
    body = _capital_offer(price.lower())
    assert pagebody._subscription_offer("KEEP READING", body, body.index(b"</h1>")) is not None


@pytest.mark.parametrize("text", CAPITAL_CONTROLS)
def test_capitals_beyond_ascii_with_no_price_are_none(text: str) -> None:
    assert pagebody._PRICE_A_MONTH.search(text.encode().lower()) is None
    assert pagebody._PRICE_A_MONTH.search(text.lower().encode()) is None  # nor in lower case
    body = _capital_offer(text)
    assert pagebody._subscription_offer("KEEP READING", body, body.index(b"</h1>")) is None


# --- item 5: the machine summary's two readers share their last test ---------------------------------------

MACHINE_NOTE = b"<p>Diese Zusammenfassung wurde mithilfe k\xc3\xbcnstlicher Intelligenz (KI) erstellt.</p>"


@pytest.mark.parametrize(
    ("headline", "body", "undated", "dated"),
    [
        ("  Summary: Swimming baths to reopen ", b"<p>This summary was generated by AI.</p>", True, True),
        ("Stadtbibliothek Rotenburg: Das Wichtigste in K\u00fcrze", MACHINE_NOTE, False, True),
        ("Summary: Swimming baths to reopen", b"<p>An editor's summary.</p>", False, False),
        ("Swimming baths to reopen", b"<p>This summary was generated by AI.</p>", False, False),
        (
            "Summary: Swimming baths to reopen",
            b" " * 70_000 + b"This summary was generated by AI.",
            False,
            False,
        ),
        (None, b"<p>This summary was generated by AI.</p>", False, False),
    ],
)
def test_machine_summaries_read_as_before(
    headline: str | None, body: bytes, undated: bool, dated: bool
) -> None:
    said = (headline or "").strip()
    assert soft404.machine_summary(headline, body) == (said if undated else None)
    assert soft404.machine_summary_page(headline, body) == (said if dated else None)
