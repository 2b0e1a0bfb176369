"""General rules behind the fifty-seventh link-rot batch (:mod:`tests.test_rot_heldout57`), on strings, pages.

- A casino's lander read by its shape, in any language and script, with no odds
  (:func:`linkcheck.pagebody.casino_games_lander`): its tiles' pictures naming four or more games or studios
  by ``alt``, an age mark standing alone and the payment methods its logos name or a link to sign up; three
  games, no age mark, neither payments nor a sign-up, and a dated story are left alone. East African mobile
  money counts among the payment logos.
- A domain lander's title "<name> er til sölu" (and its words in other languages) names a domain for sale;
  Icelandic sale phrases; a title that does not open with a domain is left alone.
- Serbian, Croatian and Bosnian consent headings; Romanian sign-in titles.
- Video platforms' removed notices in French and Portuguese, a Dutch withdrawn document, a Hungarian
  archived stub (a one-comma sentence ending in a full stop, re-read without its comma), as error titles;
  a headline of one comma and a full stop that says nothing of the sort is left alone.
- Danish, Norwegian and Swedish site-moved notices as moved titles; a headline that holds the words in a
  longer sentence is left alone.
- A removal notice under a kept headline, followed only by a comment thread: gone; the same notice followed
  by the story's text, and a story with its comments, are left alone.
- A machine-written summary whose headline ends "Das Wichtigste in Kürze" at a story's address, dated and
  typed as an article: gone when its title mismatches the cited one; a summary headline the page does not
  say a machine wrote, and a story under an AI summary box cited by its own headline, are left alone.

Functions new on this branch are read as the module's attributes inside each test, so that on the base's
``src`` every test fails by itself (an ``AttributeError``) rather than the module failing to import.
"""

from __future__ import annotations

import pytest

from linkcheck import gates, pagebody, soft404
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from tests.rot_harness import body_signal_at, fixture, result, soft_signal

STORY = "https://www.suarakuantan.my/berita/2019/07/02/kuantan-jeti-baharu-tanjung-lumpur"
signal = body_signal_at(STORY)


def _page(title: str, body: str, *, head: str = "") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


DATED = '<meta property="article:published_time" content="2021-05-18T08:00:00+02:00">'

# --- a casino by its games' tiles ---------------------------------------------------------------------------

GAMES = ("Sweet Bonanza", "Gates of Olympus", "Aviator", "Book of Dead", "Crazy Time")


def _tiles(names: tuple[str, ...]) -> str:
    return "".join(
        f'<a href="/game/{n.lower().replace(" ", "-")}"><img src="/g/{n}.png" alt="{n}"></a>' for n in names
    )


SIGN_UP = '<a href="/register">ចុះឈ្មោះ</a>'
PAYMENTS = '<img src="/p/1.png" alt="M-Pesa"><img src="/p/2.png" alt="Airtel Money">'


def test_casino_games_lander_reads_tiles_age_mark_and_sign_up() -> None:
    body = _page("អង្គររ៉ូយ៉ាល់", _tiles(GAMES[:4]) + "<p>18+</p>" + SIGN_UP)
    assert pagebody.casino_games_lander(body) is True


def test_casino_games_lander_reads_payments_instead_of_a_sign_up() -> None:
    body = _page("ShindaPesa", _tiles(GAMES) + PAYMENTS + "<p>18+ Cheza kwa kuwajibika</p>")
    assert pagebody.casino_games_lander(body) is True


def test_mobile_money_logos_are_payment_logos() -> None:
    found = {m.group(1) for m in pagebody._PAYMENT_LOGO.finditer(PAYMENTS.lower().encode())}
    assert found == {b"m-pesa", b"airtel money"}


@pytest.mark.parametrize(
    "name",
    [
        "r57-kuantan-khmer-casino-takeover.html",
        "r57-parnu-georgian-casino-takeover.html",
        "r57-pwani-swahili-crash-game-takeover.html",
    ],
)
def test_casino_takeover_pages_are_spam(name: str) -> None:
    body = fixture(name)
    assert pagebody.casino_games_lander(body) is True
    said = signal(body)
    assert said is not None
    assert said[0] is Cause.SPAM
    assert "casino" in said[1]


@pytest.mark.parametrize(
    "body",
    [
        _tiles(GAMES[:3]) + "<p>18+</p>" + SIGN_UP,  # three games
        _tiles(GAMES) + "<p>Play responsibly</p>" + SIGN_UP,  # no age mark
        _tiles(GAMES) + "<p>18+</p>",  # neither payments nor a sign-up: a review's page
        _tiles(GAMES) + "<p>+18 °C</p>" + SIGN_UP,  # a temperature, not an age mark
    ],
)
def test_casino_games_lander_leaves_alone(body: str) -> None:
    page = _page("x", body)
    assert pagebody.casino_games_lander(page) is False
    assert signal(page) is None


def test_dated_story_with_the_games_pictures_is_left_alone() -> None:
    body = _page(
        "Vijana na kamari", "<h1>Vijana na kamari</h1>" + _tiles(GAMES) + "<p>18+</p>" + SIGN_UP, head=DATED
    )
    assert signal(body) is None


# --- a domain lander ----------------------------------------------------------------------------------------


def test_icelandic_lander_is_parked() -> None:
    said = signal(fixture("r57-austurfrett-parked-is.html"))
    assert said is not None
    assert said[0] is Cause.PARKED


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("austurfrett.is er til sölu", True),
        ("example.de steht zum Verkauf", True),
        ("exemple.fr est à vendre", True),
        ("Gamla pósthúsið er til sölu", False),  # no domain first: a house for sale
        ("example.is er frábær", False),
    ],
)
def test_names_a_domain_for_sale(title: str, names: bool) -> None:
    metadata = extract_metadata(_page(title, "<p>x</p>"), STORY)
    assert pagebody._names_a_domain(metadata) is names


def test_icelandic_page_naming_a_house_for_sale_is_not_parked() -> None:
    body = _page(
        "Gamla pósthúsið er til sölu", "<h1>Gamla pósthúsið er til sölu</h1><p>Húsið er 120 fermetrar.</p>"
    )
    assert signal(body) is None


# --- consent and sign-in walls ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Ценимо вашу приватност", "Cenimo vašu privatnost", "Cijenimo vašu privatnost"]
)
def test_serbo_croatian_consent_headings(line: str) -> None:
    assert gates.wall_line(fold(line)) is Cause.CONSENT


def test_serbian_consent_wall_is_blocked() -> None:
    citation = Citation(
        url="https://www.sumadijskiglasnik.rs/vesti/2022/04/27/kragujevac-nova-autobuska-stanica",
        title="Крагујевац добија нову аутобуску станицу",
        date=PartialDate.parse("2022-04-27"),
    )
    status, cause, _verdict, kinds, _reason = result(citation, fixture("r57-sumadija-consent-wall-sr.html"))
    assert (status, cause) == (Status.BLOCKED, Cause.CONSENT)
    assert "title_mismatch" not in kinds


def test_romanian_log_in_wall_is_blocked() -> None:
    citation = Citation(
        url="https://www.gazetadebistrita.ro/administratie/2021/11/02/bistrita-buget-participativ",
        title="Bistrița lansează primul buget participativ",
        date=PartialDate.parse("2021-11-02"),
    )
    status, _cause, _verdict, kinds, _reason = result(citation, fixture("r57-bistrita-login-wall-ro.html"))
    assert status is Status.BLOCKED
    assert "title_mismatch" not in kinds


def test_story_headlined_with_the_consent_words_is_left_alone() -> None:
    headline = "Ценимо вашу приватност, поручио је министар"
    citation = Citation(url="https://www.sumadijskiglasnik.rs/vesti/ministar-privatnost", title=headline)
    body = _page(
        headline, f"<h1>{headline}</h1><p>{'Министар је говорио о заштити података. ' * 12}</p>", head=DATED
    )
    status, _cause, verdict, _kinds, _reason = result(citation, body)
    assert (status, verdict) == (Status.OK, "pass")


# --- error titles -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Cette vidéo n'est pas disponible.",
        "Cette vidéo a été supprimée",
        "Desculpe, este vídeo não está disponível.",
        "Este vídeo foi removido",
        "Dit document is ingetrokken",
        "Ez a cikk több mint 10 éves, ezért archiváltuk.",
        "A cikk 10 évnél régebbi, ezért archiváltuk.",
    ],
)
def test_new_error_titles(title: str) -> None:
    assert soft404.is_error_title(title) is True


@pytest.mark.parametrize(
    "title",
    [
        "Vidéo : la crue de la Garonne à Marmande",
        "Ez a cikk több mint 10 éves",
        "Mayor resigns, council says.",
        "Dit document is ingetrokken door de minister, zegt de raad",
    ],
)
def test_error_titles_leave_alone(title: str) -> None:
    assert soft404.is_error_title(title) is False


@pytest.mark.parametrize(
    "name",
    [
        "r57-dailymotion-video-removed-fr.html",
        "r57-vimeo-video-removed-pt.html",
        "r57-zeewolde-document-withdrawn-nl.html",
    ],
)
def test_notice_pages_are_error_pages(name: str) -> None:
    said = soft_signal("https://www.example.org/video/x7tq2ab", fixture(name))
    assert said is not None
    assert said[0] is Cause.ERROR_PAGE


# --- moved notices ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Vi har skiftet adresse | Limfjordsposten", "Vi har byttet adresse", "Vi har flyttat"]
)
def test_nordic_moved_titles(title: str) -> None:
    assert soft404.is_moved_title(title, ["Limfjordsposten"]) is True


def test_headline_holding_the_moved_words_is_no_moved_title() -> None:
    assert (
        soft404.is_moved_title("Familien Jensen har skiftet adresse til Aarhus", ["Limfjordsposten"]) is False
    )


# --- a removal notice over a comment thread -----------------------------------------------------------------

NOTICE = (
    "<p><em>Este artigo foi removido a pedido de uma das pessoas nele referidas e já não está"
    " disponível.</em></p>"
)
COMMENTS = (
    '<div id="comments" class="comments-area"><h3>5 comentários</h3><ol class="comment-list">'
    + "".join(
        f"<li><p>Leitor {n}: Finalmente temos a ecovia, faço o percurso todos os domingos.</p></li>"
        for n in range(8)
    )
    + "</ol></div>"
)
PT_STORY = "https://www.jornaldoaltominho.pt/regiao/2019/04/14/ponte-de-lima-ecovia-arcozelo"


def _notice(body: bytes) -> tuple[Status, Cause, str] | None:
    body = body.replace(b"<html>", b'<html lang="pt-PT">', 1)  # the notice's words are read by language
    return pagebody.notice_signal(PT_STORY, PT_STORY, body, extract_metadata(body, PT_STORY))


def test_notice_over_comments_is_gone() -> None:
    body = _page(
        "Ponte de Lima inaugura ecovia", "<h1>Ponte de Lima inaugura ecovia</h1>" + NOTICE + COMMENTS
    )
    said = _notice(body)
    assert said is not None
    assert said[0] is Status.SOFT_404
    said = _notice(fixture("r57-altominho-story-removed-comments-pt.html"))
    assert said is not None
    assert said[0] is Status.SOFT_404


def test_notice_followed_by_the_story_is_left_alone() -> None:
    text = (
        "<p>"
        + "A ecovia tem doze quilómetros e liga o centro da vila a Arcozelo pela margem do rio. " * 8
        + "</p>"
    )
    body = _page(
        "Ponte de Lima inaugura ecovia", "<h1>Ponte de Lima inaugura ecovia</h1>" + NOTICE + text + COMMENTS
    )
    assert _notice(body) is None


def test_story_with_comments_is_left_alone() -> None:
    text = (
        "<p>"
        + "A ecovia tem doze quilómetros e liga o centro da vila a Arcozelo pela margem do rio. " * 8
        + "</p>"
    )
    body = _page("Ponte de Lima inaugura ecovia", "<h1>Ponte de Lima inaugura ecovia</h1>" + text + COMMENTS)
    assert _notice(body) is None


# --- a machine-written summary ------------------------------------------------------------------------------

KI_NOTE = "<p>Diese Zusammenfassung wurde mithilfe künstlicher Intelligenz (KI) erstellt.</p>"
WA_STORY = "https://www.wuemme-anzeiger.de/lokales/2019/10/08/stadtbibliothek-zieht-ins-alte-kaufhaus"


def test_machine_summary_page_reads_a_trailing_summary_headline() -> None:
    headline = "Stadtbibliothek Rotenburg: Das Wichtigste in Kürze"
    body = _page(headline, f"<h1>{headline}</h1>{KI_NOTE}<ul><li>x</li></ul>")
    assert soft404.machine_summary_page(headline, body) == headline


@pytest.mark.parametrize(
    ("headline", "note"),
    [
        ("Stadtbibliothek Rotenburg zieht ins alte Kaufhaus", KI_NOTE),  # a story under an AI summary box
        ("Stadtbibliothek Rotenburg: Das Wichtigste in Kürze", "<p>Von Jana Becker</p>"),  # an editor's
    ],
)
def test_machine_summary_page_leaves_alone(headline: str, note: str) -> None:
    body = _page(headline, f"<h1>{headline}</h1>{note}<p>Text.</p>")
    assert soft404.machine_summary_page(headline, body) is None


def test_machine_summary_at_a_story_address_is_gone() -> None:
    citation = Citation(
        url=WA_STORY,
        title="Stadtbibliothek Rotenburg zieht ins alte Kaufhaus",
        date=PartialDate.parse("2019-10-08"),
    )
    status, cause, verdict, _kinds, reason = result(citation, fixture("r57-wuemme-ai-summary-de.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
    assert "machine-written summary" in reason


def test_story_under_an_ai_summary_box_cited_by_its_headline_passes() -> None:
    headline = "Stadtbibliothek Rotenburg zieht ins alte Kaufhaus"
    text = (
        "<p>"
        + "Die Bibliothek zieht im Frühjahr in das frühere Kaufhaus an der Großen Straße. " * 10
        + "</p>"
    )
    body = _page(
        f"{headline} | Wümme-Anzeiger",
        f"<h1>{headline}</h1>{KI_NOTE}<ul><li>Umzug im Frühjahr</li></ul>{text}",
        head='<meta property="article:published_time" content="2019-10-08T06:00:00+02:00">',
    )
    citation = Citation(url=WA_STORY, title=headline, date=PartialDate.parse("2019-10-08"))
    status, _cause, verdict, _kinds, _reason = result(citation, body)
    assert (status, verdict) == (Status.OK, "pass")
