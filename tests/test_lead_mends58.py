"""The lead's mend of the fifty-eighth session: a listing's "latest news" words that sites also use as a
slogan after every article's headline (rot53 added them in eleven languages) make a topic page only beside a
topic's short name. On the merged tree before the mend, Sözcü's article ("<headline> - Son Dakika Haberleri",
tests/fixtures/heldout/b7_sozcu_tr) was called a topic page (``front_page``)."""

from __future__ import annotations

import pytest

from linkcheck.soft404 import _is_listing_title


@pytest.mark.parametrize(
    "title",
    [
        "İzmir'de körfez geçişi için yeni ihale takvimi açıklandı - Son Dakika Haberleri",
        "Incendio en Tarazona deja tres heridos | Últimas noticias",
        "Пожар на складе в Тюмени потушили за четыре часа — Последние новости",
        "Le préfet ferme la route du col après l'éboulement - Dernières actualités",
        "Brand in Simmern: Feuerwehr rettet zwei Bewohner | Aktuelle Nachrichten",
    ],
)
def test_a_headline_with_a_slogan_is_no_topic_page(title: str) -> None:
    assert not _is_listing_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Deprem | Son Dakika Haberleri",
        "Incendios forestales | Últimas noticias | El Heraldo",
        "Powódź | Najnowsze wiadomości",
        "Ирак — Последние новости",
        # the listing words that are no slogan keep their reading beside a longer topic's name
        "Windkraft im Hunsrück und Westerwald: Alle Artikel zum Thema | Hunsrück-Bote",
    ],
)
def test_a_topic_with_the_listing_words_is_a_topic_page(title: str) -> None:
    assert _is_listing_title(title)
