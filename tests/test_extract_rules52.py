"""Rules added for the fifty-second held-out batch (docs/benchmarks.md, "Fifty-second batch"), each on small
strings, with what each must leave alone: Sicilian, Aragonese, Hawaiian and Tongan months; an update written
without its year after a label, the day and month joined by "di" / "de" (ext51's leftover), with Sicilian and
Aragonese labels; a video dated by its premiere, not by its file's upload.
"""

from __future__ import annotations

import datetime as dt
import json

from linkcheck.extract import tables as T
from tests.extract_rules_harness import JAN_9, JAN_10, TODAY
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import days as _days
from tests.extract_rules_harness import page as _page


# --- months ---------------------------------------------------------------------------------------------
def test_months_of_the_batch() -> None:
    assert _days("Pubblicatu lu jovi 9 di jinnaru 2020 â 14:05") == [JAN_9]  # Sicilian
    assert _days("Vènniri, 29 di nuvèmmiru 2024") == [TODAY - dt.timedelta(days=1)]
    assert _days("15 di sittemmiru 2021") == [dt.date(2021, 9, 15)]  # without its grave accent
    assert _days("Publicau o 9 de chinero de 2020") == [JAN_9]  # Aragonese
    assert _days("3 de aviento de 2019") == [dt.date(2019, 12, 3)]
    assert _days("Poʻahā, 9 Ianuali 2020") == [JAN_9]  # Hawaiian, with the ʻokina in the weekday
    assert _days("12 ʻAukake 2021") == [dt.date(2021, 8, 12)]
    assert _days("Pulusi: Tuʻapulelulu 9 Sānuali 2020") == [JAN_9]  # Tongan
    assert _days("2 Sanuali 2020") == [dt.date(2020, 1, 2)]  # without its macron
    assert _days("Falaite, 29 Nōvema 2024") == [TODAY - dt.timedelta(days=1)]


def test_month_words_leave_other_words() -> None:
    assert _days("ʻi Maʻasi 2020") == []  # a month and a year, no day
    assert _days("i Malaki 2020") == []
    assert _days("9 mē 2020") == []  # Tongan's May: left out, too short a word to read alone
    assert _days("aviento de 2019") == []


# --- update labels --------------------------------------------------------------------------------------
def test_update_labels_of_the_batch() -> None:
    for label in ("aggiurnatu: ", "aggiurnata lu ", "aggiurnamentu: ", "actualizau: ", "actualizau o "):
        assert T.modified_label(label), label


def test_update_labels_leave_other_words() -> None:
    # the label, then more than a weekday's one word: a sentence about an update
    for prefix in ("aggiurnatu lu situ di ", "actualizau o mapa de "):
        assert not T.modified_label(prefix), prefix
    assert not T.modified_label("giurnali di ")  # Sicilian "newspaper"


# --- a yearless update after a "di" / "de" label --------------------------------------------------------
def _byline(published: str, updated: str) -> str:
    return (
        f'<article><h1>Headline</h1><p class="byline">{published}</p><p>{updated}</p><p>Text.</p></article>'
    )


def test_a_yearless_update_after_a_label_takes_the_publication_s_year() -> None:
    cases = (
        ("scn", "Pubblicatu lu 9 di jinnaru 2020", "Aggiurnatu: 10 di jinnaru, 09:30"),
        ("an", "Publicau o 9 de chinero de 2020", "Actualizau o 10 de chinero, 09:30"),
        ("es", "Publicado el 9 de enero de 2020", "Actualizado: 10 de enero, 09:30"),
        ("co", "Publicatu u 9 di ghjennaghju 2020", "Aghjurnatu u 10 di ghjennaghju à 09:30"),
        ("sc", "Publicadu su 9 de ghennàrgiu 2020", "Agiornadu su 10 de ghennàrgiu, 09:30"),
        ("fur", "Publicât ai 9 di Zenâr dal 2020", "Inzornât: 10 di Zenâr, 09:30"),
    )
    for lang, published, updated in cases:
        assert _dates(_page(_byline(published, updated), lang=lang)) == (JAN_9, JAN_10), lang


def test_a_yearless_update_into_the_next_year() -> None:
    body = _byline("Publicado el 30 de diciembre de 2019", "Actualizado: 2 de enero, 09:30")
    assert _dates(_page(body, lang="es")) == (dt.date(2019, 12, 30), dt.date(2020, 1, 2))


def test_a_yearless_de_date_without_a_label_is_no_update() -> None:
    # a day and month after "de" in the text, no label before it: not the page's update
    body = _byline("Publicado el 9 de enero de 2020", "La reunión será el 10 de enero, a las 09:30.")
    assert _dates(_page(body, lang="es")) == (JAN_9, None)
    # "de" and a word that is no month: no date at all
    assert _dates(_page(_byline("Publicado el 9 de enero de 2020", "Actualizado: 10 de los 12"))) == (
        JAN_9,
        None,
    )


# --- a video's premiere ---------------------------------------------------------------------------------
def _video(node: dict[str, object]) -> tuple[dt.date | None, dt.date | None]:
    head = f'<script type="application/ld+json">{json.dumps(node)}</script>'
    body = "<main><h1>Harbour plan explained</h1><p>Planning officers walk through the plan.</p></main>"
    return _dates(_page(body, head=head, title="Harbour plan explained - Videos"))


_UPLOADED = "2020-01-06T16:02:00+00:00"


def test_a_video_is_dated_by_its_premiere_not_its_upload() -> None:
    video = {"@context": "https://schema.org", "@type": "VideoObject", "name": "Harbour plan explained"}
    premiere = {"@type": "BroadcastEvent", "isLiveBroadcast": False, "startDate": "2020-01-09T19:00:00Z"}
    assert _video({**video, "uploadDate": _UPLOADED, "publication": premiere}) == (JAN_9, None)
    # a live stream scheduled days ahead: its start, the earliest event's if there are several
    stream = {"@type": "BroadcastEvent", "isLiveBroadcast": True, "startDate": "2020-01-10T18:00:00Z"}
    assert _video({**video, "uploadDate": _UPLOADED, "publication": [stream, premiere]}) == (JAN_9, None)


def test_a_video_without_a_publication_start_keeps_its_upload() -> None:
    video = {"@context": "https://schema.org", "@type": "VideoObject", "name": "Harbour plan explained"}
    assert _video({**video, "uploadDate": _UPLOADED}) == (dt.date(2020, 1, 6), None)
    event = {"@type": "BroadcastEvent", "isLiveBroadcast": False}
    assert _video({**video, "uploadDate": _UPLOADED, "publication": event}) == (dt.date(2020, 1, 6), None)
    # a node's own datePublished is asked first, before uploadDate and its events
    node = {**video, "datePublished": "2020-01-08", "uploadDate": _UPLOADED, "publication": event}
    assert _video(node) == (dt.date(2020, 1, 8), None)
