"""The rules the seventh link-rot batch (tests/test_rot_heldout7.py) brought, each on strings, bytes and
addresses, with what each must leave alone: not-found pages in eight more languages, an Italian consent
wall's "utilizza i cookie", a tag or category archive's title ("Archives des pont levant - <site>"), a
video or a download served at an article's address."""

from __future__ import annotations

import pytest

from linkcheck.gates import consent_line
from linkcheck.models import Cause
from linkcheck.names import fold
from linkcheck.pagebody import file_signal
from linkcheck.soft404 import _is_listing_title, is_error_title

# --- not-found pages in eight more languages --------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Lapa nav atrasta", []),
        ("Diemžēl meklētā lapa neeksistē", []),
        ("Lehte ei leitud | Oru Teataja", ["Oru Teataja"]),
        ("Vabandame, otsitud lehte ei leitud", []),
        ("Ups! Stran ni bila najdena", []),
        ("Žal, strani ni mogoče najti", []),
        ("Síða fannst ekki – Dalsfréttir", ["Dalsfréttir"]),
        ("Því miður, síðan fannst ekki", []),
        ("Na vjen keq, faqja nuk u gjet!", []),
        ("გვერდი ვერ მოიძებნა - ხეობის ამბები", ["ხეობის ამბები"]),
        ("Səhifə tapılmadı", []),
        ("Maaf, halaman tidak dijumpai", []),
    ],
)
def test_not_found_messages_of_the_seventh_batch(title: str, names: list[str]) -> None:
    assert is_error_title(title, names)


@pytest.mark.parametrize(
    "title",
    [
        "Jauna lapa pilsētas vietnē",
        "Lehte ei leitud: kuidas kadus linna vanim ajaleht",
        "Stran ni bila najdena, pravi župan, a jo bodo obnovili",
        "Síða fannst ekki lengi en er nú komin aftur",
        "Faqja e re e bashkisë",
        "Səhifə tapılmadı: şəhərin köhnə saytı bağlandı",
        "Maaf zahir dan batin daripada pihak majlis",
        "Keq mot në luginë",
    ],
)
def test_headlines_in_those_languages_are_no_error_message(title: str) -> None:
    assert not is_error_title(title)


# --- an Italian consent wall ------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Questo sito utilizza i cookie", "Utilizziamo i cookie"])
def test_italian_consent_headings(line: str) -> None:
    assert consent_line(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        "Bakery that uses cookie cutters from 1920",
        "Il forno che utilizza i cookie della nonna vince il premio",
        "Questo sito utilizza i cookie per mostrarti pubblicità e analizzare il traffico del nostro sito web",
    ],
)
def test_lines_that_are_no_italian_consent_heading(line: str) -> None:
    assert not consent_line(fold(line))


# --- a video or a download at an article's address -----------------------------------------

STORY = "https://www.harboursideecho.example/news/2020/09/15/lifeboat-launch-video"
MP4 = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + bytes(2048)
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(512)


@pytest.mark.parametrize(
    ("content_type", "body", "redirected"),
    [
        ("video/mp4", MP4, False),
        ("application/zip", ZIP, False),
        ("application/octet-stream", ZIP, False),
        ("application/x-msdownload", b"MZ\x90\x00" + bytes(512), True),
    ],
)
def test_a_file_at_an_article_address_is_no_article(content_type: str, body: bytes, redirected: bool) -> None:
    said = file_signal(STORY, STORY, content_type, body, redirected)
    assert said is not None
    assert said[0] is Cause.ERROR_PAGE


@pytest.mark.parametrize(
    ("url", "content_type", "body"),
    [
        ("https://cdn.harboursideecho.example/media/2020/09/lifeboat-launch.mp4", "video/mp4", MP4),
        ("https://www.harboursideecho.example/downloads/harbour-plan-2021.zip", "application/zip", ZIP),
        (
            "https://podcasts.harboursideecho.example/episodes/2021/03/42-harbour-talk",
            "audio/mpeg",
            bytes(512),
        ),
        ("https://www.harboursideecho.example/reports/2021/04/harbour-plan/download", "application/zip", ZIP),
        # a misconfigured server's HTML labelled as raw bytes: a page, read as one elsewhere
        (STORY, "application/octet-stream", b"  <!DOCTYPE html><html><title>Lifeboat</title></html>"),
        # a cited data file
        ("https://data.harboursideecho.example/tides/2021", "text/csv", b"date,high,low\n"),
        # a report sent as raw bytes: a PDF (one that declares no title reaches this test with no metadata)
        (STORY, "application/octet-stream", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + bytes(512)),
    ],
)
def test_cited_files_are_left_alone(url: str, content_type: str, body: bytes) -> None:
    assert file_signal(url, url, content_type, body, False) is None


# --- a tag or category archive's title ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Archives des pont levant - Le Journal de l'Estuaire",
        "Night ferries Archives | The Harbourside Echo",
        "Local News Archives - The Valley Leader",
        "Flut Archive – Ostsee Kurier",
        "Puerto archivos - Diario del Estuario",
        "Arquivos Porto - Jornal do Vale",
        "Porto Archivi - Corriere della Valle",
    ],
)
def test_archive_titles_are_listings(title: str) -> None:
    assert _is_listing_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Night ferries Archives",
        "Vatican opens its secret archives | The Harbourside Echo",
        "National Archives release 1990s cabinet papers | The Harbourside Echo",
        "Archive footage shows the pier in the 1930s | The Harbourside Echo",
        "Archives | The Harbourside Echo",
        "Harbour authority approves night ferries after two-year trial | The Northern Courier",
    ],
)
def test_titles_that_are_no_archive_listing(title: str) -> None:
    assert not _is_listing_title(title)
