"""General rules behind the fifty-fourth link-rot batch (:mod:`tests.test_rot_heldout54`), on strings, pages.

- A site's "latest news" slogan (:func:`linkcheck.names.news_slogan`), English now as the other languages:
  after a headline ("<headline> | Latest News") it makes no topic page, after a topic's short name
  ("Climate change: latest news") it does; as the ``<title>``'s last part it is no site's name, which the
  page's logo (or its link home) gives instead ("<headline> - Breaking News & Updates" under a logo "Tame
  Valley Echo").
- A closed paper's letter in the Scandinavian languages: the stories or the archive no longer available
  ("Artiklene våre er ikke lenger tilgjengelige her"), also as a sentence's last clause after a comma and a
  conjunction ("Nettstedet oppdateres ikke lenger, og artiklene ..."), under a kept heading, is a notice
  that the story is gone; a dated story saying that tickets are no longer available is not.
- A page that states no date, headed only by an archive's name ("Archivio storico") over a password field,
  is the archive's sign-in page: blocked (``auth``); an archive's open index, a dated story headlined
  "Archive" and a form that sends a card elsewhere are not.
"""

from __future__ import annotations

import pytest

from linkcheck import names
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from linkcheck.pagebody import after_headline_signal
from linkcheck.soft404 import _is_listing_title, is_error_title
from tests.rot_harness import fixture, one

TAME = "https://www.tamevalleyecho.co.uk/2020/02/03/drayton-manor-fire-rollercoaster-station/"
NUMEDAL = "https://www.numedalsposten.no/nyheter/2021/05/12/ny-bru-over-lagen-i-rodberg"
SANNIO = "https://www.gazzettadelsannio.it/cronaca/2018/06/02/benevento-ponte-vanvitelli-riapre"


# --- "latest news" slogans -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "piece",
    ["Latest News", "Breaking News & Updates", "latest news and updates", "Últimas noticias", "Senaste nytt",
     "Son Dakika Haberleri", "All the latest news"],
)  # fmt: skip
def test_news_slogans(piece: str) -> None:
    assert names.news_slogan(fold(piece))


@pytest.mark.parametrize(
    "piece", ["Daily News", "The Latest", "News", "Evening News", "Tame Valley Echo", "Breaking", "Updates"]
)
def test_a_name_or_a_bare_word_is_no_slogan(piece: str) -> None:
    assert not names.news_slogan(fold(piece))


@pytest.mark.parametrize(
    "title",
    [
        "Ashby bypass: council confirms 2023 start date for roadworks | Latest News",
        "Harbour authority approves night ferries - Latest news and updates",
        "Council tax to rise by 5% in April | All the latest news",
        "Fenmouth pier reopens after winter repairs - Latest News & Updates",
    ],
)
def test_headline_then_english_slogan_is_no_listing(title: str) -> None:
    assert not _is_listing_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Climate change: latest news",
        "Climate change: latest news | The Ashby Sentinel",
        "Night ferries | Latest news & updates | The Sentinel",
        "Brexit - latest news, updates and analysis",
        "Windkraft im Hunsrück: Alle Artikel zum Thema | Hunsrück-Bote",
        "Elpriset – senaste nytt | Ådalens Kuriren",
    ],
)
def test_short_topic_then_listing_words_is_a_listing(title: str) -> None:
    assert _is_listing_title(title)


def _slogan_page(logo: str, suffix: str = "Breaking News &amp; Updates") -> bytes:
    title = f"Drayton Manor fire: rollercoaster station destroyed overnight - {suffix}"
    head = f"<meta charset='utf-8'><title>{title}</title>"
    body = (
        f'<div id="top"><a href="/"><img src="/logo.png" alt="{logo}"></a></div>'
        "<h1>Drayton Manor fire: rollercoaster station destroyed overnight</h1>"
        '<p>Posted on <time datetime="2020-02-03">3 February 2020</time></p>'
        "<p>Firefighters spent more than five hours tackling a blaze at the theme park.</p>"
    )
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>".encode()


def test_slogan_suffix_gives_way_to_the_logo() -> None:
    meta = extract_metadata(_slogan_page("Tame Valley Echo"), TAME)
    assert (meta.site_name, meta.site_name_source) == ("Tame Valley Echo", "logo")
    assert meta.title == "Drayton Manor fire: rollercoaster station destroyed overnight"


def test_a_name_suffix_stays_the_site_name() -> None:
    meta = extract_metadata(_slogan_page("Tame Valley Echo", suffix="Tamworth Herald"), TAME)
    assert meta.site_name == "Tamworth Herald"


def test_slogan_suffix_over_a_slogan_logo_stays() -> None:
    # the logo says the slogan too: nothing better to read, the suffix stays as before
    meta = extract_metadata(_slogan_page("Latest News"), TAME)
    assert meta.site_name == "Breaking News & Updates"


def test_slogan_suffixed_story_passes_with_its_outlet() -> None:
    # on a host that does not spell the outlet's name: only the page can name it
    citation = Citation(
        url="https://www.news-tamworth.co.uk/2020/02/03/drayton-manor-fire-rollercoaster-station/",
        title="Drayton Manor fire: rollercoaster station destroyed overnight",
        outlet="Tame Valley Echo",
        date=PartialDate.parse("2020-02-03"),
    )
    status, _cause, verdict, kinds = one(citation, fixture("r54-tamworth-story-breaking-news-slogan-en.html"))
    assert (status, verdict, kinds) == (Status.OK, "pass", set())


# --- a closed paper's letter, in the Scandinavian languages -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Artiklene våre er ikke lenger tilgjengelige her",
        "Artiklene er ikke lenger tilgjengelige.",
        "Arkivet er ikke længere tilgængeligt på nettet",
        "Artiklarna är inte längre tillgängliga",
        "Alle artiklerne er ikke længere tilgængelige",
    ],
)
def test_scandinavian_stories_no_longer_available(line: str) -> None:
    assert is_error_title(line)


@pytest.mark.parametrize(
    "line", ["Billettene er ikke lenger tilgjengelige", "Artiklene våre er populære", "Arkivet er åpent"]
)
def test_other_things_no_longer_available_are_no_notice(line: str) -> None:
    assert not is_error_title(line)


def _letter(closing: str, dated: bool = False) -> bytes:
    stamp = '<meta property="article:published_time" content="2024-11-30T08:00:00+01:00">' if dated else ""
    head = f"<meta charset='utf-8'><title>Takk for følget | Numedalsposten</title>{stamp}"
    body = (
        "<h1>Takk for følget</h1><p>Kjære lesere,</p>"
        "<p>Etter 74 år er det slutt. Avisen kom ut med sin siste utgave 30. november 2024.</p>"
        f"<p>{closing}</p><p>Med vennlig hilsen redaksjonen</p>"
    )
    return f"<!DOCTYPE html><html lang='nb'><head>{head}</head><body>{body}</body></html>".encode()


def _after(page: bytes, url: str = NUMEDAL) -> tuple[Status, Cause, str] | None:
    return after_headline_signal(url, url, page, extract_metadata(page, url))


@pytest.mark.parametrize(
    "closing",
    [
        "Nettstedet oppdateres ikke lenger, og artiklene våre er ikke lenger tilgjengelige her.",
        "Artiklene våre er ikke lenger tilgjengelige her. Papirutgavene finnes på biblioteket.",
    ],
)
def test_closed_papers_letter_is_a_notice(closing: str) -> None:
    found = _after(_letter(closing))
    assert found is not None
    assert found[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)


def test_letter_clause_in_english() -> None:
    page = (
        b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Thank you | The Post</title>"
        b"</head><body><h1>Thank you, Fenmouth</h1><p>After 112 years we printed our last edition.</p>"
        b"<p>This website is no longer updated, and our archive is no longer available online.</p>"
        b"</body></html>"
    )
    found = _after(page, "https://www.fenmouthpost.co.uk/news/2019/02/11/fenmouth-pier-reopens")
    assert found is not None
    assert found[0] is Status.SOFT_404


@pytest.mark.parametrize(
    "closing",
    [
        # a clause that is no notice
        "Nettstedet oppdateres ikke lenger, og arkivet står åpent for alle.",
        # the clause is a notice of tickets, not of the stories
        "Konserten er utsolgt, og billettene er ikke lenger tilgjengelige.",
    ],
)
def test_other_letters_are_no_notice(closing: str) -> None:
    assert _after(_letter(closing)) is None


def test_a_story_going_on_after_the_clause_is_no_notice() -> None:
    story = "<p>" + "Kommunen vil bygge ny bru over Lågen neste år, sier ordføreren. " * 12 + "</p>"
    page = _letter("Nettstedet oppdateres ikke lenger, og artiklene våre er ikke lenger tilgjengelige her.")
    page = page.replace(b"<p>Med vennlig", story.encode() + b"<p>Med vennlig")
    assert _after(page) is None


# --- an archive behind a sign-in -------------------------------------------------------------------------


def _archive(heading: str, form: str, dated: bool = False) -> bytes:
    stamp = '<meta property="article:published_time" content="2018-06-02T09:00:00+02:00">' if dated else ""
    head = f"<meta charset='utf-8'><title>{heading} | La Gazzetta del Sannio</title>{stamp}"
    body = (
        f"<h1>{heading}</h1><p>Gli articoli pubblicati prima del 2022 sono stati trasferiti nel nostro"
        f" archivio storico, riservato agli abbonati.</p>{form}"
    )
    return f"<!DOCTYPE html><html lang='it'><head>{head}</head><body>{body}</body></html>".encode()


LOGIN = (
    '<form method="post" action="/account/login"><input type="email" name="email">'
    '<input type="password" name="password"><button>Accedi</button></form>'
)


@pytest.mark.parametrize("heading", ["Archivio storico", "Archive", "Zeitungsarchiv", "Hemeroteca", "Архив"])
def test_archive_sign_in_page_is_blocked(heading: str) -> None:
    found = _after(_archive(heading, LOGIN), SANNIO)
    assert found is not None
    assert found[:2] == (Status.BLOCKED, Cause.AUTH)


def test_archive_sign_in_fixture_through_check() -> None:
    citation = Citation(
        url=SANNIO,
        title="Benevento, riapre il ponte Vanvitelli dopo i lavori",
        outlet="La Gazzetta del Sannio",
        date=PartialDate.parse("2018-06-02"),
    )
    status, cause, verdict, _kinds = one(citation, fixture("r54-sannio-archive-login-gate-it.html"))
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.AUTH, "warn")


def test_archive_index_without_password_is_not_this_rule() -> None:
    index = '<ul><li><a href="/archivio/2018/">2018</a></li><li><a href="/archivio/2017/">2017</a></li></ul>'
    assert _after(_archive("Archivio storico", index), SANNIO) is None


def test_dated_story_headlined_archive_is_left_alone() -> None:
    assert _after(_archive("Archivio storico", LOGIN, dated=True), SANNIO) is None


def test_a_headline_naming_an_archive_is_no_archive_heading() -> None:
    assert _after(_archive("Benevento apre il suo archivio storico", LOGIN), SANNIO) is None


def test_archive_form_taking_a_card_elsewhere_is_not_a_wall() -> None:
    phish = (
        '<form method="post" action="https://collect.example.net/p"><input type="password" name="pw">'
        '<input name="cardnumber" autocomplete="cc-number"><input name="cvv"><button>Accedi</button></form>'
    )
    found = _after(_archive("Archivio storico", phish), SANNIO)
    assert found is None or found[1] is not Cause.AUTH
