"""General rules behind the fifty-eighth link-rot batch (:mod:`tests.test_rot_heldout58`), on strings, pages.

- A removal notice under a headline kept in an ``<h2>``, on a page with no ``<h1>`` (the first ``<h2>``
  holding the page's title): gone; the same page whose ``<h2>`` is not its title, and a story whose first
  line says a book was withdrawn, are left alone. An editorial decision is a withdrawal's reason.
- A bare modal dialog (``role="dialog"``, ``aria-modal``) of two or three controls on a page that states no
  date and shows little else, in any language: a consent wall, or a sign-in wall when its choices are links;
  a bare log-in form: a sign-in wall. A dated story under a newsletter pop-up or beside a cookie bar, an
  undated page with much text, and a dialog of one or of five controls are left alone.
- A casino's tiles naming their games as captions (an element's whole text), not by ``alt``; games named in
  a sentence are no tiles.
- A dated machine digest headlined with no summary word, which says a machine drew it from the outlet's
  archive: gone when its title mismatches; a machine note with no word of the archive is left alone.
- A Greek regional block; a Czech page under reconstruction (a maintenance title, whole); a Dutch thread
  emptied by a moderator (an error title).
- Another site's front page served at a story's address (its canonical that site's root): a front page; a
  story whose canonical is itself, and a page at the site's own root, are left alone.
- A retraction note over a kept story: a ``retracted`` warning; a story without one has none.

Functions new on this branch are read as the module's attributes inside each test, so that on the base's
``src`` every test fails by itself (an ``AttributeError``) rather than the module failing to import.
"""

from __future__ import annotations

import pytest

from linkcheck import gates, pagebody, soft404
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from tests.rot_harness import body_signal_at, fixture, one, result, soft_signal

STORY = "https://www.lavozdelbierzo.es/ponferrada/2020/05/19/carril-bici-avenida-espana"
DATED = '<meta property="article:published_time" content="2020-05-19T09:12:00+02:00">'


def _page(title: str, body: str, *, head: str = "", lang: str = "es") -> bytes:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body>{body}</body></html>"
    ).encode()


def _cite(title: str, date: str = "2020-05-19", url: str = STORY) -> Citation:
    return Citation(url=url, title=title, date=PartialDate.parse(date))


# --- a removal notice under an <h2> headline ----------------------------------------------------------------

HEADLINE = "Ponferrada aprueba el nuevo carril bici de la avenida de España"
NOTICE = (
    "<p>Este artículo ha sido retirado por decisión de la dirección de este periódico y ya no está"
    " disponible.</p>"
)
RELATED = (
    "<h3>Noticias relacionadas</h3><ul>"
    + "".join(f"<li><a href='/n/{n}'>Otra noticia de Ponferrada número {n}</a></li>" for n in range(4))
    + "</ul>"
)
STORY_TEXT = "<p>" + "El Ayuntamiento aprobó ayer el proyecto del carril bici de la avenida. " * 12 + "</p>"


def test_removal_notice_under_an_h2_headline_is_gone() -> None:
    body = _page(
        HEADLINE, f"<h2 class='titular'>{HEADLINE}</h2><p>Redacción</p>{NOTICE}{RELATED}", head=DATED
    )
    status, cause, verdict, _kinds = one(_cite(HEADLINE), body)
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


@pytest.mark.parametrize(
    "body",
    [
        f"<h2>{HEADLINE}</h2><p>Redacción</p>{NOTICE}{STORY_TEXT}",  # the story goes on after the line
        f"<h2>Lo más leído</h2>{NOTICE}{RELATED}",  # the <h2> is not the page's title
        f"<h2>{HEADLINE}</h2><p>Este libro ha sido retirado de las bibliotecas y ya no está disponible.</p>",
    ],
)
def test_h2_headline_pages_left_alone(body: str) -> None:
    page = _page(HEADLINE, body, head=DATED)
    assert pagebody.after_headline_signal(STORY, STORY, page, _metadata(page)) is None


def _metadata(body: bytes):  # type: ignore[no-untyped-def]
    from linkcheck.extract import extract_metadata

    return extract_metadata(body, STORY)


def test_h2_headline_end_finds_the_title_heading() -> None:
    page = _page(HEADLINE, f"<h2 class='titular'>{HEADLINE}</h2>{NOTICE}", head=DATED)
    end = pagebody._h2_headline_end(page, _metadata(page))
    assert page[end : end + 5] == b"</h2>"


@pytest.mark.parametrize(
    ("line", "withdrawn"),
    [
        ("Este artículo ha sido retirado por decisión de la dirección de este periódico.", True),
        ("This article has been withdrawn by editorial decision.", True),
        ("Dieser Artikel wurde auf Entscheidung der Redaktion zurückgezogen.", False),  # no opening match
        ("Este libro ha sido retirado por decisión de la dirección.", False),  # a book, not the article
        ("Este artículo ha sido retirado.", False),  # no reason: is_error_title's, not this
    ],
)
def test_an_editorial_decision_is_a_withdrawals_reason(line: str, withdrawn: bool) -> None:
    assert soft404.says_withdrawn(line) is withdrawn


# --- a bare dialog or log-in form, read by its shape --------------------------------------------------------

KORCA = "https://www.zeriikorces.al/lajme/2020/06/22/korca-pedonalja-e-re"
CONSENT = (
    '<header><a href="/"><img src="/logo.svg" alt="Zëri i Korçës"></a></header>'
    '<div role="dialog" aria-modal="true"><h2>Privatësia juaj ka rëndësi për ne</h2>'
    "<p>Ne dhe partnerët tanë ruajmë dhe lexojmë të dhëna në pajisjen tuaj.</p>"
    "<button>Pranoj të gjitha</button><button>Refuzoj</button><button>Më shumë opsione</button></div>"
)
SIGN_IN = (
    '<div class="gate" role="dialog" aria-modal="true">'
    "<h2>Oxumağa davam etmək üçün hesabınıza daxil olun</h2>"
    '<a href="/hesab/giris" role="button">Daxil ol</a><a href="/hesab/qeydiyyat" role="button">Qeydiyyat</a>'
    "</div>"
)
LOG_IN_FORM = (
    "<h1>ログインが必要です</h1><form action='/login' method='post'><input type='text' name='u'>"
    "<input type='password' name='p'><button>ログイン</button></form>"
)
KORCA_TITLE = "Korça përfundon pedonalen e re të Bulevardit Shën Gjergji"


@pytest.mark.parametrize(
    ("body", "cause"),
    [(CONSENT, Cause.CONSENT), (SIGN_IN, Cause.AUTH), (LOG_IN_FORM, Cause.AUTH)],
)
def test_bare_dialog_or_log_in_form_is_a_wall(body: str, cause: Cause) -> None:
    page = _page("Zëri i Korçës", body, lang="sq")
    status, got, verdict, kinds = one(_cite(KORCA_TITLE, "2020-06-22", KORCA), page)
    assert (status, got, verdict) == (Status.BLOCKED, cause, "warn")
    assert "title_mismatch" not in kinds


STORY_SQ = (
    "<article><h1>{t}</h1>"
    + "<p>"
    + "Tregu do të jetë i hapur çdo ditë nga ora 6 deri në 14. " * 12
    + "</p></article>"
)
NEWSLETTER = (
    '<div role="dialog" aria-modal="true"><h2>Abonohu në buletinin tonë</h2><input type="email">'
    "<button>Abonohu</button><button>Jo, faleminderit</button></div>"
)


@pytest.mark.parametrize(
    ("body", "head"),
    [
        (
            STORY_SQ.format(t=KORCA_TITLE) + NEWSLETTER,
            '<meta property="article:published_time" content="2020-06-22">',
        ),
        (STORY_SQ.format(t=KORCA_TITLE) + NEWSLETTER, ""),  # undated, but a whole story's text
        (STORY_SQ.format(t=KORCA_TITLE) + CONSENT.replace("role=", "data-role="), ""),
    ],
)
def test_story_with_a_dialog_beside_it_passes(body: str, head: str) -> None:
    page = _page(f"{KORCA_TITLE} | Zëri i Korçës", body, head=head, lang="sq")
    status, _cause, verdict, _kinds = one(_cite(KORCA_TITLE, "2020-06-22", KORCA), page)
    assert (status, verdict) == (Status.OK, "pass")


@pytest.mark.parametrize(
    "body",
    [
        '<div role="dialog"><h2>Kujdes</h2><button>Mbyll</button></div>',  # one button: a notice to close
        '<div role="dialog"><h2>Zgjidh</h2>' + "<button>A</button>" * 5 + "</div>",  # a menu of five
    ],
)
def test_dialog_wall_leaves_alone_other_counts(body: str) -> None:
    page = _page("Zëri i Korçës", body, lang="sq")
    assert pagebody.dialog_wall(page, _metadata(page)) is None


# --- casino tiles named in captions -------------------------------------------------------------------------

GAMES = ("Sweet Bonanza", "Gates of Olympus", "Aviator", "Crazy Time", "Super Ace")
TAKEN = "https://www.balitangbatangas.ph/balita/2018/11/20/lipa-bagong-palengke"


def _caption_tiles(names: tuple[str, ...]) -> str:
    return "".join(
        f'<a href="/laro/{n}"><img src="/g/{i}.webp"><span>{n}</span></a>' for i, n in enumerate(names)
    )


def test_casino_tiles_named_in_captions_are_a_casino() -> None:
    page = _page("PinoyPanalo88", _caption_tiles(GAMES) + '<a href="/register">Mag-register</a><p>18+</p>')
    got = body_signal_at(TAKEN)(page)
    assert got is not None
    assert got[0] is Cause.SPAM


def test_games_named_in_a_sentence_are_no_tiles() -> None:
    prose = "<p>Nag-aalok sila ng " + ", ".join(GAMES) + " at iba pa.</p>"
    page = _page("Balita", prose + '<a href="/register">Mag-register</a><p>18+</p>')
    assert pagebody.casino_games_lander(page) is False


# --- a machine digest with no summary word ------------------------------------------------------------------

DIGEST = "Qué sabemos del muelle de transbordadores de Bouzas"
ARCHIVE_NOTE = (
    "<p>Este texto ha sido generado con ayuda de inteligencia artificial a partir de noticias de nuestro"
    " archivo.</p>"
)


def test_machine_digest_from_the_archive_is_read() -> None:
    body = _page(DIGEST, f"<h1>{DIGEST}</h1><ul><li>x</li></ul>{ARCHIVE_NOTE}")
    assert soft404.machine_summary_page(DIGEST, body) == DIGEST


def test_machine_digest_at_a_story_address_is_gone() -> None:
    citation = Citation(
        url="https://www.diariodasrias.es/vigo/2019/02/14/bouzas-muelle-transbordadores",
        title="Bouzas tendrá un muelle de transbordadores en 2020",
        date=PartialDate.parse("2019-02-14"),
    )
    status, cause, verdict, _kinds, reason = result(
        citation, fixture("r58-rias-ai-summary-no-summary-word-es.html")
    )
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
    assert "machine-written" in reason


@pytest.mark.parametrize(
    "note",
    [
        "<p>Este texto ha sido generado con ayuda de inteligencia artificial.</p>",  # no word of the archive
        "<p>Reportaje elaborado a partir de noticias de nuestro archivo.</p>",  # no machine
    ],
)
def test_machine_digest_left_alone(note: str) -> None:
    body = _page(DIGEST, f"<h1>{DIGEST}</h1>{note}")
    assert soft404.machine_summary_page(DIGEST, body) is None


# --- a regional block, a page rebuilt, a thread emptied -----------------------------------------------------


def test_greek_regional_block_is_read() -> None:
    assert gates.geo_block(fold("Λόγω αδειών, αυτό το περιεχόμενο δεν είναι διαθέσιμο στην περιοχή σας."))
    assert gates.legal_block(fold("Αυτό το περιεχόμενο δεν είναι διαθέσιμο στην περιοχή σας"))
    assert not gates.legal_block(fold("Το βιβλίο δεν είναι διαθέσιμο στα βιβλιοπωλεία"))


def test_greek_regional_block_page_is_blocked() -> None:
    page = fixture("r58-irakleio-region-unavailable-el.html")
    cited = _cite("Νέος σταθμός κρουαζιερόπλοιων στο λιμάνι του Ηρακλείου", "2022-07-19",
                  "https://www.irakleiosimera.gr/eidiseis/2022/07/19/neo-limani")  # fmt: skip
    status, cause, verdict, kinds = one(cited, page)
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.LEGAL, "warn")
    assert "title_mismatch" not in kinds


def test_czech_page_under_reconstruction_is_down() -> None:
    page = _page(
        "Stránka je v rekonstrukci | Město Žďár nad Sázavou", "<h1>Stránka je v rekonstrukci</h1>", lang="cs"
    )
    got = soft_signal("https://www.zdarns.cz/mesto/odpady/svoz-bioodpadu-2022", page)
    assert got is not None
    assert got[0] is Cause.SERVER_ERROR


def test_castle_under_reconstruction_is_a_headline() -> None:
    assert not soft404.is_error_title("Hrad je v rekonstrukci", [], [])
    assert soft404.is_error_title("Stránka je v rekonstrukci", [], [])


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("De inhoud van dit onderwerp is verwijderd door een moderator", True),
        ("Dit topic is verwijderd door de beheerder", True),
        ("Het onderwerp van de raad is verwijderd uit de agenda door de burgemeester", False),
    ],
)
def test_dutch_thread_emptied_by_a_moderator(line: str, error: bool) -> None:
    assert soft404.is_error_title(line, [], []) is error


def test_locked_thread_emptied_is_gone_and_one_kept_passes() -> None:
    cited = _cite("Nieuwe regels palingvisserij Oosterschelde 2021", "2021-03-08",
                  "https://www.zeeuwsvisforum.nl/topic/8841-nieuwe-regels")  # fmt: skip
    gone = one(cited, fixture("r58-zeeuws-forum-thread-locked-emptied-nl.html"))
    kept = one(cited, fixture("r58-zeeuws-forum-thread-locked-kept-nl.html"))
    assert gone[:3] == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")
    assert (kept[0], kept[2]) == (Status.OK, "pass")


# --- another site's front page at a story's address ---------------------------------------------------------

OLD = "https://www.siauliuzinios.lt/naujienos/2019/11/05/siauliuose-naujas-baseinas"
HOME = (
    '<meta property="og:type" content="website"><meta property="og:site_name" content="Šiaurės kraštas">'
    '<link rel="canonical" href="{c}">'
)


def test_another_sites_front_page_at_a_story_address() -> None:
    page = _page(
        "Šiaurės kraštas – naujienos",
        "<h2>Naujienos</h2>",
        head=HOME.format(c="https://www.siaureskrastas.lt/"),
    )
    got = soft_signal(OLD, page)
    assert got is not None
    assert got[0] is Cause.FRONT_PAGE
    assert "another site's front page" in got[1]


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (OLD, OLD),  # a story whose canonical is itself
        ("https://www.siauliuzinios.lt/", "https://www.siaureskrastas.lt/"),  # the site's own root
        (OLD, "https://www.siaureskrastas.lt/naujienos/2019/11/05/siauliuose-naujas-baseinas"),  # syndicated
    ],
)
def test_canonical_elsewhere_left_alone(url: str, canonical: str) -> None:
    page = _page("Šiauliuose atidarytas naujas baseinas", "<h1>Šiauliuose atidarytas naujas baseinas</h1>",
                 head=HOME.format(c=canonical))  # fmt: skip
    got = soft_signal(url, page)
    assert got is None or "another site's front page" not in got[1]


def test_spam_whose_canonical_names_the_squatted_domain_is_not_another_sites_front_page() -> None:
    head = HOME.format(c="https://www.siauliuzinios.lt/").replace("Šiaurės kraštas", "SLOT GACOR")
    got = soft_signal(
        "https://mirror.example/naujienos/2019/11/05/x", _page("SLOT GACOR", "<h1>Slot gacor</h1>", head=head)
    )
    assert got is None or "another site's front page" not in got[1]


# --- a retraction over a kept story -------------------------------------------------------------------------

SANNIO = "https://www.gazzettadelsannio.it/cronaca/2020/02/11/benevento-appalti"
RETRACTED_TITLE = "Benevento, appalti pilotati all'Asl: indagato il direttore amministrativo"


def test_retraction_note_over_a_kept_story_warns() -> None:
    status, _cause, verdict, kinds, _reason = result(
        _cite(RETRACTED_TITLE, "2020-02-11", SANNIO), fixture("r58-sannio-retracted-text-kept-it.html")
    )
    assert (status, verdict) == (Status.OK, "warn")
    assert "retracted" in kinds


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("<p><strong>Nota.</strong> This article has been retracted. We apologise.</p>", True),
        ("<p>Dieser Artikel wurde zurückgezogen.</p>", True),
        ("<p>The journal has retracted the study the minister cited.</p>", False),  # news of a retraction
        ("<p>Il sindaco ha ritirato la delega all'assessore.</p>", False),
    ],
)
def test_retraction_note_reading(line: str, read: bool) -> None:
    text = "<p>" + "Il testo dell'articolo continua qui con i fatti riportati. " * 10 + "</p>"
    page = _page(RETRACTED_TITLE, f"<h1>{RETRACTED_TITLE}</h1>{line}{text}", head=DATED, lang="it")
    assert (pagebody.retraction_note(page, _metadata(page)) is not None) is read


def test_dialog_over_a_not_found_page_is_the_dead_page() -> None:
    cited = _cite(
        "Cherkessk Library Gets a New Reading Room",
        "2020-07-07",
        "https://www.cherkesskchronicle.com/2020/07/07/cherkessk-library-gets-new-reading-room-a77060",
    )
    status, _cause, verdict, _kinds = one(cited, fixture("chronicle-push-dialog-over-not-found.html"))
    assert (status, verdict) == (Status.SOFT_404, "fail")
