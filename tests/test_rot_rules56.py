"""General rules behind the fifty-sixth link-rot batch (:mod:`tests.test_rot_heldout56`), on strings, pages.

- A betting site read by its shape, in any language and script
  (:func:`linkcheck.pagebody.betting_odds_lander`): a table of decimal odds, an age mark standing alone
  ("18+", "+18") and the payment methods its logos name or a link to sign up; a sports page's odds with no age
  mark, a film's "18+" with no odds, odds and an age mark with neither payments nor a sign-up, and a dated
  story printing odds are left alone.
- A heading that says, as a sentence, that a link expired or is no longer valid ("Sorry, the link you
  followed expired on 3 May", "Leider ist dieser Kurzlink seit dem 12. März 2023 nicht mehr gültig"): an
  error page; a dated story headlined so and a long heading are left alone.
- A CMS preview query in the cited address (:func:`linkcheck.urls.preview_query`), named in a ``soft_404``'s
  reason; ``preview=false``, a slug holding "preview" and a live story at a preview link are left alone.
- A subscription offer priced by the year or in words, under buttons to pick a plan ("Select", "Scegli");
  a dated story with such a box, one plan and a shop's prices with no sign-in are left alone.
- A refresh from a page that says the site moved ("Ens hem traslladat!") is a ``moved`` finding ("update
  the citation"); a consent dialog's refresh and a "Redirecting..." stub's are not.
- A newsletter sign-up page answering a story's own address (Dutch, German, French, Spanish, Swedish); a
  headline about a newsletter is not one.
- A page that keeps the story's title over an ``<article>`` holding only a notice that it is gone; a story
  whose ``<article>`` holds its text, and a dated one, are left alone.
- An Indonesian video platform's notice and a Slovak or Czech archived stub, as error titles.
"""

from __future__ import annotations

import pytest

from linkcheck import pagebody, urls
from linkcheck.classify import moved_finding
from linkcheck.models import (
    Cause,
    Citation,
    FetchResult,
    FindingKind,
    PartialDate,
    Redirect,
    Severity,
    Status,
)
from linkcheck.soft404 import is_error_title, signup_page_title
from tests.rot_harness import HTML, dated_only, fixture, one, result

STORY = "https://www.jihlavskelisty.cz/zpravy/2020/09/22/jihlava-trolejbusova-trat-stavba"


def _page(title: str, body: str, *, head: str = "") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


DATED = '<meta property="article:published_time" content="2021-05-18T08:00:00+02:00">'

# --- a betting site by its shape --------------------------------------------------------------------------

ODDS = (
    "<table><tr><th>1</th><th>X</th><th>2</th></tr>"
    "<tr><td>1.85</td><td>3.40</td><td>4.20</td></tr>"
    "<tr><td>2.10</td><td>3.25</td><td>3.30</td></tr>"
    "<tr><td>1,72</td><td>3,60</td><td>4,50</td></tr></table>"
)
LOGOS = "<img src='/a.png' alt='bKash'><img src='/b.png' alt='Nagad'>"
TAMIL_SIGN_UP = "<h1>இன்றைய போட்டிகள்</h1>" + ODDS + "<a href='/register'>பதிவு செய்க</a><p>18+ மட்டும்</p>"


@pytest.mark.parametrize(
    "body",
    [
        ("<h1>আজকের ম্যাচ</h1>" + ODDS + LOGOS + "<footer>18+</footer>").encode(),
        TAMIL_SIGN_UP.encode(),
        (
            "<h1>مباريات اليوم</h1>" + ODDS + "<img alt='Skrill' src='s'><img alt='Visa' src='v'><p>+18</p>"
        ).encode(),
    ],
)
def test_betting_site_by_its_shape(body: bytes) -> None:
    assert pagebody.betting_odds_lander(body)


@pytest.mark.parametrize(
    "body",
    [
        # a sports page's odds, a sign-up, no age mark
        ("<h1>Today</h1>" + ODDS + LOGOS + "<a href='/register'>Join</a>").encode(),
        # a film's rating beside payment logos, no odds
        ("<h1>Film</h1><p>Rated 18+</p>" + LOGOS + "<a href='/register'>Join</a>").encode(),
        # odds and an age mark, but neither payments nor a sign-up (a tipster's page)
        ("<h1>Tips</h1>" + ODDS + "<p>18+ BeGambleAware</p>").encode(),
        # two odds cells only
        ("<table><tr><td>1.85</td><td>2.10</td></tr></table><p>18+</p>" + LOGOS).encode(),
        # "+18 °C" and "+18 %" are no age marks
        ("<p>+18 °C</p><p>+18 %</p>" + ODDS + LOGOS).encode(),
    ],
)
def test_no_betting_site(body: bytes) -> None:
    assert not pagebody.betting_odds_lander(body)


@pytest.mark.parametrize(
    "name",
    [
        "r56-jihlava-bengali-betting-takeover.html",
        "r56-cariri-portuguese-bets-takeover.html",
        "r56-irbid-arabic-betting-takeover.html",
    ],
)
def test_betting_takeovers_are_spam(name: str) -> None:
    status, cause, verdict, _kinds = one(dated_only(STORY, "2020-09-22"), fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_dated_story_printing_odds_passes() -> None:
    citation = Citation(
        url="https://www.gazetadocariri.com.br/economia/2023/01/17/nova-lei-das-apostas",
        title="Nova lei das apostas: o que muda para quem joga",
        date=PartialDate.parse("2023-01-17"),
    )
    status, _cause, verdict, kinds = one(citation, fixture("r56-cariri-story-bets-law-pt.html"))
    assert (status, verdict, kinds) == (Status.OK, "pass", set())


# --- a link's expiry as a sentence ------------------------------------------------------------------------

PREVIEW = "https://www.bramleyherald.co.uk/?p=2291&preview=1"
SHORT = "https://knapp.to/x7Kq2"


@pytest.mark.parametrize(
    "heading",
    [
        "Sorry, the link you followed expired on 3 May",
        "Leider ist dieser Kurzlink seit dem 12. März 2023 nicht mehr gültig",
        "Ce lien de prévisualisation a expiré le 4 juin",
        "Questo link è scaduto il 3 maggio",
        "El enlace que has seguido ha caducado el 3 de mayo",
        "This short link has expired on May 3, 2023",
    ],
)
def test_link_expiry_heading_is_gone(heading: str) -> None:
    body = _page("knapp.to", f"<h1>{heading}</h1><p><a href='/'>Home</a></p>")
    status, cause, verdict, _kinds = one(dated_only(SHORT, "2022-12-02"), body)
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


@pytest.mark.parametrize(
    "heading",
    [
        "Link road opens after two years",
        "Rail link to the airport: the plan that expired with the council " + "and the years of delay " * 4,
    ],
)
def test_headings_that_are_no_link_expiry(heading: str) -> None:
    assert pagebody._link_expired(heading) is None


def test_dated_story_headlined_with_an_expired_link_passes() -> None:
    title = "Council admits parking permit link expired before the deadline"
    citation = Citation(
        url="https://www.bramleyherald.co.uk/news/2021/05/18/parking-permit-link",
        title=title,
        date=PartialDate.parse("2021-05-18"),
    )
    body = _page(title, f"<h1>{title}</h1><p>Residents could not renew their permits.</p>", head=DATED)
    status, _cause, verdict, _kinds = one(citation, body)
    assert (status, verdict) == (Status.OK, "pass")


# --- a CMS preview query ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "pair"),
    [
        ("https://x.es/?p=8812&preview=true", "preview=true"),
        ("https://x.es/?p=8812&preview=1", "preview=1"),
        ("https://x.es/?p=10233&preview_id=10233&preview_nonce=9f2c", "preview_id=10233"),
        ("https://x.es/?_ppp=ab12cd", "_ppp=ab12cd"),
        ("https://x.es/news/draft?preview=eyJhbGciOi", "preview=eyjhbgcioi"),
    ],
)
def test_preview_query(url: str, pair: str) -> None:
    assert urls.preview_query(url) == pair


@pytest.mark.parametrize(
    "url",
    [
        "https://x.es/?p=8812&preview=false",
        "https://x.es/?preview=0",
        "https://x.es/sport/2023/04/29/preview-rovers-v-united",
        "https://x.es/previews/2020/",
        "https://x.es/?p=8812",
    ],
)
def test_no_preview_query(url: str) -> None:
    assert urls.preview_query(url) is None


def test_soft_404_at_a_preview_link_names_it() -> None:
    citation = Citation(
        url=PREVIEW, title="Bramley bypass opens six months late", date=PartialDate.parse("2022-04-28")
    )
    status, _cause, _verdict, _kinds, reason = result(
        citation, fixture("r56-bramley-preview-link-expired-en.html")
    )
    assert status is Status.SOFT_404
    assert "preview link ('preview=1')" in reason


def test_live_story_at_a_preview_link_says_nothing_of_it() -> None:
    citation = Citation(
        url="https://www.elfarodeamarina.es/?p=771&preview=true",
        title="Cervo reabre el paseo marítimo de San Cibrao tras dos años de obras",
        date=PartialDate.parse("2022-07-08"),
    )
    status, _cause, verdict, _kinds, reason = result(
        citation, fixture("r56-faro-story-at-preview-link-es.html")
    )
    assert (status, verdict) == (Status.OK, "pass")
    assert "preview" not in reason


# --- a subscription offer by the year or in words ---------------------------------------------------------

HARBOUR = Citation(
    url="https://www.lowestoftbeacon.co.uk/news/harbour-wall-repairs-begin",
    title="Harbour wall repairs begin after winter storms",
    date=PartialDate.parse("2022-03-07"),
)
YEARLY = (
    "<div><h2>Digital</h2><p>£79 a year</p><a href='/checkout?plan=d'>Select</a></div>"
    "<div><h2>Bundle</h2><p>£199 per year</p><a href='/checkout?plan=b'>Choose this plan</a></div>"
    "<p>Already a subscriber? <a href='/account/sign-in'>Sign in</a></p>"
)
IN_WORDS = (
    "<div><p>Un euro per i primi tre mesi, poi sei euro al mese</p><button>Scegli</button></div>"
    "<div><p>Cinquantanove euro all'anno</p><button>Scegli</button></div>"
    "<p>Sei già abbonato? <a href='/login'>Accedi</a></p>"
)


@pytest.mark.parametrize("plans", [YEARLY, IN_WORDS])
def test_offer_by_the_year_or_in_words_is_blocked(plans: str) -> None:
    body = _page("Subscribe", f"<h1>Keep reading</h1>{plans}")
    status, cause, verdict, kinds = one(HARBOUR, body)
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.AUTH, "warn")
    assert "title_mismatch" not in kinds


def test_dated_story_with_a_yearly_box_is_left_alone() -> None:
    title = HARBOUR.title or ""
    body = _page(title, f"<h1>{title}</h1><p>Work starts on Monday.</p>{YEARLY}", head=DATED)
    status, _cause, _verdict, _kinds = one(HARBOUR, body)
    assert status is Status.OK


def test_one_yearly_plan_is_no_offer() -> None:
    body = _page(
        "Subscribe", "<h1>Keep reading</h1><p>£79 a year</p><a href='/c'>Select</a><a href='/sign-in'>x</a>"
    )
    status, cause, _verdict, _kinds = one(HARBOUR, body)
    assert (status, cause) != (Status.BLOCKED, Cause.AUTH)


def test_shop_with_select_buttons_and_no_sign_in_is_no_offer() -> None:
    shop = (
        "<h1>Season tickets</h1><div><p>£79 a year</p><a href='/basket?t=1'>Select</a></div>"
        "<div><p>£120 a year</p><a href='/basket?t=2'>Select</a></div>"
    )
    status, cause, _verdict, _kinds = one(HARBOUR, _page("Tickets", shop))
    assert (status, cause) != (Status.BLOCKED, Cause.AUTH)


# --- a refresh from a page that says the site moved -------------------------------------------------------

OLD = "https://www.diarialtemporda.cat/2021/05/18/figueres-museu-joguet-reobre"
NEW = "https://altemporda.cat/2021/05/18/figueres-museu-joguet-reobre"


def _refreshing(h1: str) -> bytes:
    return _page(h1, f"<h1>{h1}</h1><p>...</p>", head=f'<meta http-equiv="refresh" content="5; url={NEW}">')


@pytest.mark.parametrize(
    "h1", ["Ens hem traslladat!", "We have moved", "Wir sind umgezogen", "Mudámos de endereço"]
)
def test_refresh_page_that_says_moved(h1: str) -> None:
    from linkcheck.fetch import _refresh_says_moved

    assert _refresh_says_moved(_refreshing(h1))


@pytest.mark.parametrize("h1", ["Vi passer på dine data", "Redirecting...", "Moved pictures of the harbour"])
def test_refresh_page_that_says_no_move(h1: str) -> None:
    from linkcheck.fetch import _refresh_says_moved

    assert not _refresh_says_moved(_refreshing(h1))


def _fetched(hop: Redirect) -> FetchResult:
    return FetchResult(url=OLD, final_url=NEW, status_code=200, headers=HTML, body=b"", redirects=(hop,))


def test_declared_move_is_a_moved_finding() -> None:
    finding = moved_finding(_fetched(Redirect(200, NEW, True)))
    assert finding is not None
    assert (finding.kind, finding.severity, finding.actual) == (FindingKind.MOVED, Severity.WARN, NEW)
    assert "update the citation" in finding.message


def test_refresh_without_a_declared_move_is_no_moved_finding() -> None:
    assert moved_finding(_fetched(Redirect(200, NEW))) is None


# --- a newsletter sign-up at a story's address ------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Schrijf je in voor onze nieuwsbrief",
        "Nieuwsbrief | Dagblad van de Achterhoek",
        "Newsletter abonnieren",
        "Inscrivez-vous à notre newsletter",
        "Suscríbete a nuestro boletín",
        "Prenumerera på vårt nyhetsbrev",
    ],
)
def test_newsletter_sign_up_titles(title: str) -> None:
    body = _page(title, f"<h1>{title}</h1>")
    from linkcheck.extract import extract_metadata

    assert signup_page_title(extract_metadata(body, STORY)) is not None


@pytest.mark.parametrize(
    "title", ["Nieuwsbrief verstuurd naar 40.000 lezers", "Boletín oficial del Estado publica la ley"]
)
def test_headlines_about_newsletters_are_no_sign_up(title: str) -> None:
    body = _page(title, f"<h1>{title}</h1>")
    from linkcheck.extract import extract_metadata

    assert signup_page_title(extract_metadata(body, STORY)) is None


ZWEMBAD = Citation(
    url="https://www.dagbladachterhoek.nl/nieuws/2020/02/11/doetinchem-nieuw-zwembad",
    title="Doetinchem krijgt nieuw zwembad in 2022",
    date=PartialDate.parse("2020-02-11"),
)


def test_newsletter_at_a_story_address_is_gone() -> None:
    status, cause, verdict, _kinds = one(ZWEMBAD, fixture("r56-achterhoek-newsletter-at-story-nl.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.FRONT_PAGE, "fail")


# --- a kept title over an emptied article -----------------------------------------------------------------

LANGE_ERIK = Citation(
    url="https://www.olandstidning.se/nyheter/2019/03/02/vindkraftverk-lange-erik",
    title="Nytt vindkraftverk planeras vid Långe Erik",
    date=PartialDate.parse("2019-03-02"),
)
COMMENTS = "<section><h2>Kommentarer (2)</h2><p>Bra!</p><p>Dåligt.</p></section>"


@pytest.mark.parametrize(
    "notice",
    [
        "Artikeln har avpublicerats och finns inte längre tillgänglig.",
        "Artikeln har tagits bort och går inte längre att läsa.",
        "This story has been removed and is no longer available.",
    ],
)
def test_emptied_article_is_gone(notice: str) -> None:
    title = LANGE_ERIK.title or ""
    body = _page(f"{title} | Ölands Tidning", f"<article><p>{notice}</p></article>{COMMENTS}")
    status, cause, verdict, _kinds = one(LANGE_ERIK, body)
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


def test_article_holding_its_text_is_left_alone() -> None:
    title = LANGE_ERIK.title or ""
    text = "Ett nytt vindkraftverk planeras vid Långe Erik på norra Öland, meddelar kommunen. " * 4
    body = _page(f"{title} | Ölands Tidning", f"<article><h1>{title}</h1><p>{text}</p></article>{COMMENTS}")
    status, _cause, verdict, _kinds = one(LANGE_ERIK, body)
    assert (status, verdict) == (Status.OK, "pass")


def test_dated_page_with_a_short_article_is_left_alone() -> None:
    title = LANGE_ERIK.title or ""
    body = _page(
        f"{title} | Ölands Tidning", "<article><p>Artikeln har tagits bort.</p></article>", head=DATED
    )
    assert pagebody.headless_signal(LANGE_ERIK.url, LANGE_ERIK.url, body, None) is None


def test_fixture_with_comments_left_is_gone() -> None:
    status, cause, verdict, _kinds = one(LANGE_ERIK, fixture("r56-oland-story-removed-comments-left-sv.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


# --- Indonesian video notice, Slovak and Czech archived stubs ---------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Video tidak tersedia",
        "Video ini tidak tersedia lagi",
        "Tento článok je starší ako 10 rokov a bol archivovaný",
        "Tento článek je starší než 15 let a byl archivován",
    ],
)
def test_video_notice_and_archived_stub_are_error_titles(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    ["Video tidak tersedia di bioskop, kata produser film itu", "Tento článok je starší ako 10 rokov"],
)
def test_lines_holding_the_words_are_no_error_title(title: str) -> None:
    assert not is_error_title(title)


def test_video_notice_page_is_gone() -> None:
    citation = Citation(
        url="https://www.youtube.com/watch?v=Qk3vX9pLm2E",
        title="Banjir bandang Garut: rekaman warga dari Tarogong",
        outlet="YouTube",
        date=PartialDate.parse("2016-09-21"),
    )
    status, cause, verdict, _kinds = one(citation, fixture("r56-youtube-video-removed-id.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
