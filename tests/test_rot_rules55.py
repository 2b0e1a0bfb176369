"""General rules behind the fifty-fifth link-rot batch (:mod:`tests.test_rot_heldout55`), on strings, pages.

- A gambling site's lander or an affiliate's ranking of casinos in Hindi, Japanese, German and Thai
  (:func:`linkcheck.pagebody.gambling_lander`, :func:`linkcheck.pagebody.bookmaker_ranking`): the games,
  the deposit and the ranking's title in those languages, and a ranking read from any of the page's titles
  (the ``<title>`` when the ``<h1>`` says only "Unsere Top 5"); a story about betting states its date and is
  left alone, as is an undated page naming too few games.
- A crypto exchange's lander in any script, by its ticker of trading pairs and a link to sign up
  (:func:`linkcheck.pagebody.crypto_exchange_lander`); a price page with no sign-up, two pairs and a dated
  story are left alone.
- A CMS's expired preview or unavailable draft and a short-link service's expired link, as whole titles or
  headings, in nine languages (:data:`linkcheck.soft404.ERROR_PHRASES`); headlines that hold the words are
  left alone.
- A German registrar's parking page that words its sale otherwise ("Die Domain steht zum Verkauf", "kann
  erworben werden", "jetzt kaufen"); a dated story quoting it is left alone.
- An Arabic regional block ("هذا المحتوى غير متاح في منطقتك"); a headline about something unavailable
  somewhere is left alone.
- An outlet's subscription offer, undated, in place of a story (plans priced by the month, buttons to
  subscribe, a sign-in for subscribers): blocked (``auth``); a dated story with a subscription box, an
  undated story whose text comes before such a box and a box with one plan are left alone.
"""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.extract import extract_metadata
from linkcheck.gates import geo_block, legal_block
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from linkcheck.pagebody import body_signal, bookmaker_ranking, gambling_lander
from linkcheck.soft404 import is_error_title
from tests.rot_harness import dated_only, fixture, one

STORY = "https://www.kurierpodhalanski.pl/wiadomosci/2021/03/09/wielka-krokiew"


def _page(title: str, body: str, *, head: str = "") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


def _gambling(body: bytes) -> tuple[bool, bool]:
    metadata = extract_metadata(body, STORY)
    lowered = body.lower()
    return gambling_lander(body, lowered, metadata), bookmaker_ranking(body, lowered, metadata)


# --- gambling in Hindi, Japanese, German, Thai -------------------------------------------------------------

HINDI_LANDER = _page(
    "ऑनलाइन कैसीनो – लाइव सट्टेबाजी",
    "<h1>लाइव कैसीनो और क्रिकेट बेटिंग</h1><p>तीन पत्ती, अंदर बाहर और रूलेट खेलें।</p>"
    "<p>पहली जमा राशि पर बोनस।</p><a href='/register'>रजिस्टर करें</a>",
)
JAPANESE_RANKING = _page(
    "オンラインカジノおすすめランキング",
    "<h1>人気のカジノ</h1><p>スロット、バカラ、ルーレットが遊べます。</p>",
)
GERMAN_RANKING = _page(
    "Online Casino 2025 – Die besten Casinos im Test",
    "<h1>Unsere Top 5 für 2025</h1><p>Online Casino mit Live Casino und 100 Freispiele.</p>",
)


def test_hindi_gambling_lander() -> None:
    assert _gambling(HINDI_LANDER)[0]


def test_japanese_casino_ranking() -> None:
    assert _gambling(JAPANESE_RANKING)[1]


def test_german_ranking_read_from_the_title_tag_under_another_h1() -> None:
    assert _gambling(GERMAN_RANKING)[1]


def test_thai_casino_lander_of_rot54() -> None:
    """rot54's Thai casino on a Greek outlet's domain: its games, 'ฝาก-ถอน' and '/register'."""
    body = fixture("r54-arta-thai-casino-takeover.html")
    assert _gambling(body)[0]


@pytest.mark.parametrize(
    "body",
    [
        # a Hindi page on cricket: one betting word, no deposit, no sign-up
        _page("आईपीएल 2023 का कार्यक्रम", "<h1>आईपीएल 2023</h1><p>सट्टेबाजी पर पुलिस सख्त।</p>"),
        # a Japanese page on the casino bill: no games named but the casino
        _page("カジノ法案の比較", "<h1>カジノ法案</h1><p>国会で審議が続いています。</p>"),
        # a German page on a town's casino: the title ranks, the text names one game
        _page("Die besten Casinos Österreichs", "<h1>Spielbank Linz</h1><p>Roulette seit 1975.</p>"),
    ],
)
def test_too_few_games_are_no_gambling_page(body: bytes) -> None:
    assert _gambling(body) == (False, False)


def test_dated_hindi_story_about_betting_passes() -> None:
    citation = Citation(
        url="https://www.indoredarpan.in/apradh/2023/04/06/ipl-satta-giroh-bhandaphod",
        title="आईपीएल सट्टेबाजी गिरोह का भंडाफोड़, ऑनलाइन बेटिंग ऐप से चल रहा था कारोबार",
        date=PartialDate.parse("2023-04-06"),
    )
    status, _cause, verdict, kinds = one(citation, fixture("r55-indore-story-betting-racket-hi.html"))
    assert (status, verdict, kinds) == (Status.OK, "pass", set())


@pytest.mark.parametrize(
    "name",
    [
        "r55-podhale-hindi-betting-takeover.html",
        "r55-poltava-japanese-casino-takeover.html",
        "r55-muehlviertel-german-casino-takeover.html",
    ],
)
def test_takeover_pages_are_spam(name: str) -> None:
    status, cause, verdict, _kinds = one(dated_only(STORY, "2021-03-09"), fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a crypto exchange's lander, in any script --------------------------------------------------------------

TICKER = "<table><tr><td>BTC/USDT</td></tr><tr><td>ETH/USDT</td></tr><tr><td>SOL/USDT</td></tr></table>"


def test_rot54_chinese_crypto_exchange_is_spam() -> None:
    """rot54's leftover: a Chinese exchange on a Hungarian outlet's domain, read by its ticker."""
    body = fixture("r54-bakony-chinese-crypto-takeover.html")
    assert pagebody.crypto_exchange_lander(body)
    status, cause, verdict, _kinds = one(dated_only(STORY, "2019-12-03"), body)
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


@pytest.mark.parametrize(
    "body",
    [
        # a price page: the ticker, no sign-up
        _page("Kurse", f"<h1>Kurse</h1>{TICKER}<a href='/markets'>Alle Märkte</a>"),
        # two pairs and a sign-up
        _page("Exchange", "<p>BTC/USDT ETH/USDT</p><a href='/register'>Register</a>"),
    ],
)
def test_no_exchange_lander(body: bytes) -> None:
    assert not pagebody.crypto_exchange_lander(body)


def test_dated_story_quoting_a_ticker_is_left_alone() -> None:
    body = _page(
        "Bitcoin tops $97,000 – Kurier",
        f"<h1>Bitcoin tops $97,000</h1>{TICKER}<a href='/register'>Register for our newsletter</a>",
        head='<meta property="article:published_time" content="2021-03-09T08:00:00+01:00">',
    )
    assert body_signal(STORY, STORY, body, extract_metadata(body, STORY)) is None


# --- expired previews, drafts and short links --------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "This draft is no longer available", "Preview unavailable", "This preview link has expired",
        "This link has expired", "Link expired", "Diese Vorschau ist abgelaufen", "Vorschau abgelaufen",
        "Dieser Link ist abgelaufen", "Aperçu expiré", "Le lien d'aperçu a expiré", "Ce lien a expiré",
        "Este enlace ha caducado", "Questo link è scaduto", "Este link expirou", "Link expirado",
        "Deze link is verlopen", "Bu kısa bağlantının süresi doldu", "Bağlantının süresi doldu",
        "このリンクは有効期限が切れています", "リンクの有効期限切れ",
    ],
)  # fmt: skip
def test_expired_preview_or_link_is_an_error_title(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Draft local plan no longer available online after mapping error, council admits",
        "Link expired passports to the new digital ID, minister urges",
        "Vorschau: Das bringt die Saison 2023",
        "Aperçu de la saison culturelle à Cahors",
        "Preview: Rovers v United",
    ],
)
def test_headlines_holding_the_words_are_no_error_title(title: str) -> None:
    assert not is_error_title(title)


def test_expired_short_link_cited_by_date_only_is_gone() -> None:
    """kisa.li's page titled with the service's name: no title to mismatch, the heading says it."""
    citation = dated_only("https://kisa.li/b8Fz3", "2022-11-03")
    status, cause, verdict, _kinds = one(citation, fixture("r55-kisali-link-expired-tr.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


def test_story_quoting_an_unavailable_draft_passes() -> None:
    citation = Citation(
        url="https://www.wensumchronicle.co.uk/news/2022/01/19/draft-local-plan-mapping-error",
        title="Draft local plan no longer available online after mapping error, council admits",
        date=PartialDate.parse("2022-01-19"),
    )
    status, _cause, verdict, kinds = one(citation, fixture("r55-wensum-story-draft-plan-unavailable-en.html"))
    assert (status, verdict, kinds) == (Status.OK, "pass", set())


# --- a German registrar's parking page ---------------------------------------------------------------------


def test_german_parking_page_worded_otherwise_is_parked() -> None:
    body = fixture("r55-wetterau-parked-de.html")
    signal = body_signal(STORY, STORY, body, extract_metadata(body, STORY))
    assert signal is not None
    assert signal[0] is Cause.PARKED


@pytest.mark.parametrize(
    "sale", ["Die Domain steht zum Verkauf", "Diese Domain kann erworben werden", "Diese Domain jetzt kaufen"]
)
def test_german_sale_phrases_on_a_bare_domain_page(sale: str) -> None:
    body = _page("wetterauer-landbote.de", f"<h1>wetterauer-landbote.de</h1><p>{sale}.</p>")
    signal = body_signal(STORY, STORY, body, extract_metadata(body, STORY))
    assert signal is not None
    assert signal[0] is Cause.PARKED


def test_dated_story_quoting_a_domain_sale_is_not_parked() -> None:
    body = _page(
        "Zeitungsdomain versteigert – Wetterauer Landbote",
        "<h1>Zeitungsdomain versteigert</h1><p>„Diese Domain kann erworben werden“, steht seit Montag auf der"
        " Seite des früheren Blatts, und: „Die Domain steht zum Verkauf.“</p>",
        head='<meta property="article:published_time" content="2023-02-01T08:00:00+01:00">',
    )
    assert body_signal(STORY, STORY, body, extract_metadata(body, STORY)) is None


# --- an Arabic regional block ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "هذا المحتوى غير متاح في منطقتك",
        "هذه الصفحة غير متوفرة في بلدك",
        "عذرًا، هذا الفيديو غير متاح حاليًا في دولتك",
    ],
)
def test_arabic_regional_block(line: str) -> None:
    assert geo_block(fold(line))
    assert legal_block(fold(line))


@pytest.mark.parametrize(
    "line", ["ميناء أكادير يستقبل أول سفينة سياحية بعد الجائحة", "الدواء غير متوفر في الصيدليات"]
)
def test_arabic_lines_that_are_no_block(line: str) -> None:
    assert not geo_block(fold(line))


def test_arabic_region_page_is_blocked() -> None:
    citation = Citation(
        url="https://www.akhbarsous.ma/akhbar/2022/04/12/agadir-port-first-cruise-ship",
        title="ميناء أكادير يستقبل أول سفينة سياحية بعد الجائحة",
        date=PartialDate.parse("2022-04-12"),
    )
    status, cause, verdict, _kinds = one(citation, fixture("r55-sous-region-unavailable-ar.html"))
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.LEGAL, "warn")


# --- a subscription offer in a story's place ---------------------------------------------------------------

KUOPIO = "https://www.kallavedensanomat.fi/uutiset/2021/11/04/kuopio-satama"
PLANS = (
    "<div><h3>Digi</h3><p>19,90 €/kk</p><a href='/tilaa/digi'>Tilaa nyt</a></div>"
    "<div><h3>Digi + paperi</h3><p>39,90 €/kk</p><a href='/tilaa/kaikki'>Tilaa nyt</a></div>"
    "<p>Onko sinulla jo tilaus? <a href='/kirjaudu'>Kirjaudu sisään</a></p>"
)
KUOPIO_CITATION = Citation(
    url=KUOPIO,
    title="Kuopion satamaan rakennetaan uusi matkustajalaituri",
    date=PartialDate.parse("2021-11-04"),
)


def test_subscription_offer_page_is_blocked() -> None:
    status, cause, verdict, kinds = one(KUOPIO_CITATION, fixture("r55-kallavesi-subscription-offer-fi.html"))
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.AUTH, "warn")
    assert "title_mismatch" not in kinds


def test_two_plans_under_a_bare_heading_are_an_offer() -> None:
    body = _page("Tilaa | Kallaveden Sanomat", f"<h1>Lue rajattomasti</h1>{PLANS}")
    status, cause, _verdict, _kinds = one(KUOPIO_CITATION, body)
    assert (status, cause) == (Status.BLOCKED, Cause.AUTH)


def test_dated_story_with_a_subscription_box_is_left_alone() -> None:
    body = _page(
        "Kuopion satamaan rakennetaan uusi matkustajalaituri",
        f"<h1>Kuopion satamaan rakennetaan uusi matkustajalaituri</h1><p>Laituri valmistuu 2023.</p>{PLANS}",
        head='<meta property="article:published_time" content="2021-11-04T08:00:00+02:00">',
    )
    status, _cause, _verdict, _kinds = one(KUOPIO_CITATION, body)
    assert status is Status.OK


def test_undated_story_before_a_subscription_box_is_left_alone() -> None:
    text = "Kuopion satamaan rakennetaan uusi matkustajalaituri, joka valmistuu kesällä 2023. " * 5
    body = _page(
        "Kuopion satamaan rakennetaan uusi matkustajalaituri",
        f"<h1>Kuopion satamaan rakennetaan uusi matkustajalaituri</h1><p>{text}</p>{PLANS}",
    )
    status, _cause, _verdict, _kinds = one(KUOPIO_CITATION, body)
    assert status is Status.OK


def test_one_plan_is_no_offer() -> None:
    one_plan = "<p>19,90 €/kk</p><a href='/tilaa'>Tilaa nyt</a><a href='/kirjaudu'>Kirjaudu</a>"
    body = _page("Tilaa | Kallaveden Sanomat", f"<h1>Lue rajattomasti</h1>{one_plan}")
    status, cause, _verdict, _kinds = one(KUOPIO_CITATION, body)
    assert (status, cause) != (Status.BLOCKED, Cause.AUTH)
