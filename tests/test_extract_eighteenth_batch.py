"""Rules added for the eighteenth held-out batch (docs/benchmarks.md, "Eighteenth batch"), each on small
strings or HTML, with what each must leave alone: Māori (with its hyphenated months), Esperanto (with its
ordinal "12-a"), Occitan, Sesotho, Sindhi and Bashkir months; Slovene, Māori and Esperanto update labels;
Galician and Luxembourgish error titles; Anubis's proof-of-work gate; the dates of a Next.js App Router
page's RSC payload."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.classify import classify_fetch
from linkcheck.extract import extract_metadata
from linkcheck.extract.dates import find_text_dates
from linkcheck.extract.tables import label_case, modified_label
from linkcheck.models import Cause, FetchResult, Status
from linkcheck.soft404 import has_error_phrase, is_error_title
from tests.test_extract_calendars_zones import TODAY, _dates, _page


def _first(text: str) -> dt.date | None:
    return next((value for value, _start, _end in find_text_dates(text)), None)


# --- months -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rāhoroi, 12 Poutū-te-rangi 2022", dt.date(2022, 3, 12)),  # Māori, hyphenated, macrons
        ("12 Poutu-te-rangi 2022", dt.date(2022, 3, 12)),  # ... without the macrons
        ("3 Here-turi-kōkā 2021", dt.date(2021, 8, 3)),
        ("5 Whiringa-ā-rangi 2020", dt.date(2020, 11, 5)),
        ("1 Hui-tanguru 2023", dt.date(2023, 2, 1)),
        ("12 Mahuru 2019", dt.date(2019, 9, 12)),  # Māori, one word
        ("7 Hōngongoi 2022", dt.date(2022, 7, 7)),
        ("Publikigita la 12-a de marto 2022", dt.date(2022, 3, 12)),  # Esperanto's ordinal
        ("la 14-an de aŭgusto 2021", dt.date(2021, 8, 14)),  # ... in the accusative
        ("12 de oktobro 2022", dt.date(2022, 10, 12)),
        ("dissabte 12 de febrièr de 2022", dt.date(2022, 2, 12)),  # Occitan
        ("3 de julhet de 2021", dt.date(2021, 7, 3)),
        ("Moqebelo, 12 Hlakubele 2022", dt.date(2022, 3, 12)),  # Sesotho
        ("1 Tshitwe 2021", dt.date(2021, 12, 1)),
        ("ڇپيل: سومر 15 آگسٽ 2022", dt.date(2022, 8, 15)),  # Sindhi
        ("3 ڊسمبر 2021", dt.date(2021, 12, 3)),
        ("5 جولاءِ 2020", dt.date(2020, 7, 5)),
        ("12 مارچ 2022", dt.date(2022, 3, 12)),  # Urdu's, as before
        ("12 ғинуар 2022, 14:30", dt.date(2022, 1, 12)),  # Bashkir
        ("12-avgust 2022", dt.date(2022, 8, 12)),  # Uzbek's hyphen, as before (the "a" is no ordinal)
        ("12-aprel 2022", dt.date(2022, 4, 12)),
        ("21-sentabr 2022", dt.date(2022, 9, 21)),
    ],
)
def test_months_of_six_more_languages(text: str, expected: dt.date) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12 Poutū-te-rangi",  # no year
        "12 Kia-ora-koe 2022",  # a hyphenated word that is no month
        "12 Te-rangi 2022",  # a month's part alone
        "12-a de klaso 2022",  # Esperanto's ordinal before a word that is no month
        "12-an marto",  # no year
        "Hlakubele 2022",  # no day
        "12 آگسٽا 2022",  # the Sindhi month with a letter joined to it
        "2019 йылдың сентябрендә",  # Bashkir's genitive year and locative month, no day
    ],
)
def test_what_the_new_months_leave_alone(text: str) -> None:
    assert _first(text) is None


# --- update labels ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "prefix",
    ["Posodobljeno: nedelja, ", "posodobljeno ", "I whakahoutia: ", "Ĝisdatigita la ", "Ĝisdatigo: "],
)
def test_update_labels(prefix: str) -> None:
    assert modified_label(label_case(prefix))


@pytest.mark.parametrize(
    "prefix",
    ["Objavljeno: sobota, ", "posodobitev sistema ", "Whakahou ", "Publikigita la ", "ĝisdatigu la "],
)
def test_what_the_update_labels_leave_alone(prefix: str) -> None:
    assert not modified_label(label_case(prefix))


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        (
            "sl",
            "<h1>Odprli knjižnico</h1><p>sobota, 12. marca 2022 ob 14.30</p>"
            "<p>Posodobljeno: nedelja, 13. marca 2022 ob 9.10</p>",
            (dt.date(2022, 3, 12), dt.date(2022, 3, 13)),
        ),
        (
            "mi",
            "<h1>Ka whakatuwheratia te whare</h1><p>Rāhoroi, 12 Poutū-te-rangi 2022</p>"
            "<p>I whakahoutia: 13 Poutū-te-rangi 2022</p>",
            (dt.date(2022, 3, 12), dt.date(2022, 3, 13)),
        ),
        (
            "eo",
            "<h1>Nova domo malfermiĝis</h1><p>Publikigita la 12-a de marto 2022</p>"
            "<p>Ĝisdatigita la 14-a de marto 2022: aldonita.</p>",
            (dt.date(2022, 3, 12), dt.date(2022, 3, 14)),
        ),
    ],
)
def test_labelled_updates_in_a_byline(lang: str, body: str, expected: tuple[dt.date, dt.date]) -> None:
    html = _page("<title>Headline</title>", body + "<p>Text of the story, long enough.</p>", lang)
    assert _dates(html) == expected


# --- Galician and Luxembourgish error titles ----------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Vaia! Non atopamos a páxina que buscas",
        "Non atopamos a páxina",
        "Säit net fonnt",
        "Dës Säit gëtt et net méi",
        "404 - Säit gouf net fonnt",
    ],
)
def test_galician_and_luxembourgish_error_titles(title: str) -> None:
    assert is_error_title(title)
    assert has_error_phrase(title)


@pytest.mark.parametrize(
    "title",
    [
        "Non atopamos a páxina do concello no arquivo de Vigo",  # a headline that opens with the words
        "Vaia! Que partido",  # the interjection alone
        "Säit net fonnt: wéi d'Bibliothéik hir Archiven ordnet",  # a headline holding the phrase
    ],
)
def test_what_the_new_phrases_leave_alone(title: str) -> None:
    assert not is_error_title(title)


# --- Anubis's gate ------------------------------------------------------------------------------------------
_DATED_URL = "https://news.example.org/2022/03/12/mirror-network-grows/"
_ANUBIS = (
    '<!doctype html><html lang="en"><head><title>Making sure you&#39;re not a bot!</title>'
    '<script id="anubis_version" type="application/json">"v1.17.1"</script>'
    '<script id="anubis_challenge" type="application/json">{"rules":{"difficulty":4},"challenge":"ab12"}'
    '</script></head><body><main><h1 id="title">Making sure you&#39;re not a bot!</h1>'
    '<p id="status">Loading...</p></main></body></html>'
)


def test_anubis_gives_no_date_of_its_address() -> None:
    meta = extract_metadata(_ANUBIS, _DATED_URL, today=TODAY)
    assert meta.published is None
    assert meta.title == "Making sure you're not a bot!"


def test_anubis_served_with_200_is_a_bot_challenge() -> None:
    fetch = FetchResult(url=_DATED_URL, final_url=_DATED_URL, status_code=200, body=_ANUBIS.encode())
    liveness = classify_fetch(fetch)
    assert (liveness.status, liveness.cause) == (Status.BLOCKED, Cause.BOT_CHALLENGE)


def test_the_anubis_script_alone_is_a_challenge_too() -> None:
    """An Anubis gate whose title the site changed: its challenge block still says so."""
    body = _ANUBIS.replace("Making sure you&#39;re not a bot!", "One moment").encode()
    fetch = FetchResult(url=_DATED_URL, final_url=_DATED_URL, status_code=200, body=body)
    assert classify_fetch(fetch).cause is Cause.BOT_CHALLENGE


@pytest.mark.parametrize(
    "html",
    [
        # an article whose headline asks the question: no gate
        _page(
            "<title>Making sure you're not a bot: how sites test their readers</title>",
            "<h1>Making sure you're not a bot: how sites test their readers</h1><p>Text.</p>",
        ),
        # an article about Anubis, naming its script block in prose
        _page(
            "<title>How proof-of-work gates work</title>", "<h1>Gates</h1><p>anubis_challenge is a block</p>"
        ),
    ],
)
def test_what_the_anubis_rule_leaves_alone(html: str) -> None:
    assert extract_metadata(html, _DATED_URL, today=TODAY).published is not None
    fetch = FetchResult(url=_DATED_URL, final_url=_DATED_URL, status_code=200, body=html.encode())
    assert classify_fetch(fetch).status is Status.OK


# --- the RSC payload of a Next.js App Router page -----------------------------------------------------------
_URL = "https://www.tideline.example.com/stories/ferries"


def _flight(*chunks: str, og_title: str = "Ferries go electric on the harbour") -> str:
    pushes = "".join(f"<script>self.__next_f.push([1,{chunk}])</script>" for chunk in chunks)
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{og_title} | Tideline</title>'
        f'<meta property="og:title" content="{og_title}"></head><body><h1>{og_title}</h1>'
        f"<p>Text of the story.</p><script>(self.__next_f=self.__next_f||[]).push([0])</script>{pushes}"
        "</body></html>"
    )


def _story(title: str, published: str, extra: str = "") -> str:
    return (
        f'"2:[{{\\"story\\":{{\\"title\\":\\"{title}\\",\\"publishedAt\\":\\"{published}\\"{extra}}}}}]\\n"'
    )


def test_the_story_object_dates_the_page() -> None:
    html = _flight(
        _story(
            "Ferries go electric on the harbour",
            "2022-03-12T03:30:00.000Z",
            ',\\"dateModified\\":\\"2022-03-13T01:00:00.000Z\\"',
        )
    )
    assert _dates(html, _URL) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))


def test_the_story_holding_the_title_is_taken_among_others() -> None:
    related = _story("Tram line opens to the port", "2021-06-01T00:00:00.000Z")
    html = _flight(related, _story("Ferries go electric on the harbour", "2022-03-12T03:30:00.000Z"))
    assert _dates(html, _URL)[0] == dt.date(2022, 3, 12)


@pytest.mark.parametrize(
    "html",
    [
        # other stories' dates only, two of them: none is this page's
        _flight(
            _story("Tram line opens to the port", "2021-06-01T00:00:00.000Z"),
            _story("Bridge closes for repairs", "2021-07-02T00:00:00.000Z"),
        ),
        # a render time and an updatedAt are no publication
        _flight(
            '"4:{\\"renderedAt\\":\\"2024-11-30T02:14:09.381Z\\",\\"updatedAt\\":\\"2024-11-29T00:00:00Z\\"}\\n"'
        ),
    ],
)
def test_what_the_payload_rule_leaves_alone(html: str) -> None:
    assert _dates(html, _URL) == (None, None)


def test_a_payload_key_outside_any_payload_is_not_read() -> None:
    """The same escaped key in another script (no ``self.__next_f``) is not read by this rule."""
    html = _page(
        '<title>Ferries go electric</title><meta property="og:title" content="Ferries go electric">',
        "<h1>Ferries go electric</h1>"
        '<script>var s = "{\\"publishedAt\\":\\"2022-03-12T03:30:00Z\\"}";</script>',
    )
    assert _dates(html, _URL) == (None, None)
