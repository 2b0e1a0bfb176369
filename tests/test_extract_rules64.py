"""Rules added for the sixty-fourth held-out batch (docs/benchmarks.md, "Held-out extraction, sixty-fourth
batch (ext64)"), each on small strings, with what each must leave alone: a byline's clock time printed with
its seconds ("08.03.2024 18:02:11") or with an ``h`` ("22h10") sets a UTC stamp in the page's zone; a link
to an author's page under ``/autores/``, ``/autoren/``, ``/auteur/`` or ``/tac-gia/``; an author-classed
element's link whose name is in a script a Latin address cannot spell; an element classed ``name`` holding
a person's name; the bylines "Af", "Av", "Von", "Par", "Door" and "Oleh" with "og", "och", "und", "et" and
"dan" between names; a framework's state (``__NEXT_DATA__``, ``window.__NUXT__``,
``window.__INITIAL_STATE__``) naming the story's writer where the byline is written in the browser.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from linkcheck.extract.dates import clock_times
from linkcheck.models import Metadata
from tests.extract_batch import names as _names
from tests.extract_batch import norm
from tests.extract_rules_harness import dates, story
from tests.extract_rules_harness import page as _page

MAR_8, MAR_9 = dt.date(2024, 3, 8), dt.date(2024, 3, 9)
_HEADLINE = "Governo anuncia novo programa de crédito"
_TEXT = "<p>O governo federal anunciou nesta sexta-feira um novo programa de crédito para empresas.</p>"


# --- a byline's clock with seconds, or with an "h", sets a UTC stamp in the page's zone ---
def _utc_page(byline: str, published: str, modified: str, lang: str = "pt-BR") -> Metadata:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": _HEADLINE,
                     "datePublished": published, "dateModified": modified})  # fmt: skip
    head = f'<script type="application/ld+json">{ld}</script>'
    return story(_HEADLINE, f"<div class='dates'>{byline}</div>", _TEXT, head=head, lang=lang)


@pytest.mark.parametrize(
    "byline",
    [
        "<time>08.03.2024 14:35:00</time><div>Última actualización 08.03.2024 18:02:11</div>",
        "<span>08/03/2024 14:35:00</span> <span>Atualizado em 08/03/2024 18:02:11</span>",
    ],
)
def test_a_clock_with_seconds_sets_the_update_in_the_pages_zone(byline: str) -> None:
    found = _utc_page(byline, "2024-03-08T20:35:00Z", "2024-03-09T00:02:11Z")
    assert dates(found) == (MAR_8, MAR_8)


def test_a_clock_with_seconds_is_read_as_a_clock() -> None:
    assert clock_times("08.03.2024 14:35:00") == [(11, 14 * 60 + 35)]
    assert clock_times("<b>18:02:11</b>") == [(3, 18 * 60 + 2)]


@pytest.mark.parametrize("text", ["14:35:7", "1.2.3:45:67", "v2:10:45:30"])
def test_what_is_not_a_clock_with_seconds(text: str) -> None:
    assert clock_times(text) == []


@pytest.mark.parametrize(
    "byline",
    [
        "<time>08/03/2024 | 14h35</time><span>Atualização: 08/03/2024 | 22h10</span>",
        "<span>Publié le 08/03/2024 à 14h35</span> <span>Mis à jour le 08/03/2024 à 22h10</span>",
    ],
)
def test_an_h_clock_sets_the_update_in_the_pages_zone(byline: str) -> None:
    found = _utc_page(byline, "2024-03-08T17:35:00.000Z", "2024-03-09T01:10:00.000Z")
    assert dates(found) == (MAR_8, MAR_8)


@pytest.mark.parametrize(
    "byline",
    [
        # the byline prints no clock: the update's UTC day stands
        "<time>08/03/2024</time><span>Atualização: 08/03/2024</span>",
        # "24h10" is no clock (a day's hours), "5h1" no minutes
        "<time>08/03/2024 | 24h10</time><span>Atualização: 08/03/2024 | 5h1</span>",
        # an h-clock inside a tag's attribute is not printed
        '<time data-t="22h10">08/03/2024</time><span>Atualização: 08/03/2024</span>',
    ],
)
def test_an_h_clock_that_moves_nothing(byline: str) -> None:
    found = _utc_page(byline, "2024-03-08T17:35:00.000Z", "2024-03-09T01:10:00.000Z")
    assert dates(found) == (MAR_8, MAR_9)


# --- bylines ---
def _byline(line: str, *, lang: str = "en", site: str = "Example Daily") -> Metadata:
    head = f'<meta property="og:site_name" content="{site}">'
    body = f"<article><h1>{_HEADLINE}</h1><div class='meta'>{line}</div>{_TEXT}</article>"
    return _page(body, head=head, title=f"{_HEADLINE} | {site}", lang=lang)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ('<a href="/autores/laura-camila-restrepo/">Laura Camila Restrepo</a>', ["Laura Camila Restrepo"]),
        ('<a href="https://www.example.de/autoren/max-muster">Max Muster</a>', ["Max Muster"]),
        ('<a href="/auteur/jean-dupont">Jean Dupont</a>', ["Jean Dupont"]),
        ('<a href="/tac-gia/nguyen-minh-anh-1234.htm">Nguyễn Minh Anh</a>', ["Nguyễn Minh Anh"]),
    ],
)
def test_a_link_to_an_authors_page_in_other_languages(line: str, names: list[str]) -> None:
    assert _names(_byline(line)) == [norm(n) for n in names]


@pytest.mark.parametrize(
    "line",
    [
        '<a href="/autores/">Todos los autores</a>',
        '<a href="/autores/laura-camila-restrepo/">Ver perfil completo</a>',
        '<a href="/tac-gia/nguyen-minh-anh-1234.htm">Xem thêm bài viết</a>',
    ],
)
def test_a_link_to_an_authors_page_that_names_no_one(line: str) -> None:
    assert _byline(line).author == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            '<span class="author"><a href="/author/youssef-idrissi">يوسف الإدريسي</a></span>',
            ["يوسف الإدريسي"],
        ),
        ('<div class="post-author"><a href="/author/avi-cohen/">אבי כהן</a></div>', ["אבי כהן"]),
    ],
)
def test_an_author_classed_link_in_a_script_without_latin_letters(line: str, names: list[str]) -> None:
    assert _names(_byline(line, lang="ar")) == [norm(n) for n in names]


@pytest.mark.parametrize(
    "line",
    [
        # no author class: the address is the only test, and it cannot spell the name
        '<span class="meta"><a href="/author/youssef-idrissi">يوسف الإدريسي</a></span>',
        # a sentence, not a name
        '<span class="author"><a href="/author/staff">جميع مقالات الكاتب، اضغط هنا</a></span>',
        # a staff credit with the outlet after a comma
        '<div class="author-name">নিজস্ব প্রতিবেদক, বিডিনিউজ টোয়েন্টিফোর ডটকম</div>',
    ],
)
def test_an_unspelled_link_or_credit_that_names_no_one(line: str) -> None:
    assert _byline(line, lang="ar").author == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ('<div class="info"><span class="name">Ramadhani Hassan</span></div>', ["Ramadhani Hassan"]),
        (
            '<div class="authorModule"><span class="name">Isabelle Ducas</span> '
            '<span class="organisation">La Presse</span></div>',
            ["Isabelle Ducas"],
        ),
        (
            '<div class="who"><a href="/p/1234" class="name" title="x">Nguyễn Minh Anh</a></div>',
            ["Nguyễn Minh Anh"],
        ),
    ],
)
def test_an_element_classed_name_holding_a_persons_name(line: str, names: list[str]) -> None:
    assert _names(_byline(line)) == [norm(n) for n in names]


@pytest.mark.parametrize(
    "line",
    [
        '<span class="name">Kitaifa</span>',  # one word: a section's name
        '<span class="site-name">Daily Tribune Online</span>',  # not the bare class
        '<span class="section-name">World News</span>',
        '<span class="name">Example Daily</span>',  # the site's own name
        '<span class="name">Top 10 Stories</span>',  # not a name
        '<span class="name">Read more about this story</span>',
    ],
)
def test_an_element_classed_name_that_names_no_one(line: str) -> None:
    assert _byline(line).author == ()


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        ("Af Mette Kjærgaard og Jens Holm", "da", ["Mette Kjærgaard", "Jens Holm"]),
        ("Av Anna Svensson och Erik Lund", "sv", ["Anna Svensson", "Erik Lund"]),
        ("Av Kari Nordmann", "nb", ["Kari Nordmann"]),
        ("Von Max Mustermann und Erika Beispiel", "de", ["Max Mustermann", "Erika Beispiel"]),
        ("Par Jean Dupont et Marie Curie", "fr", ["Jean Dupont", "Marie Curie"]),
        ("Door Jan de Vries", "nl", ["Jan de Vries"]),
        ("Oleh Ahmad Fauzi dan Siti Aminah", "id", ["Ahmad Fauzi", "Siti Aminah"]),
    ],
)
def test_bylines_labelled_in_other_languages(line: str, lang: str, names: list[str]) -> None:
    assert _names(_byline(line, lang=lang)) == [norm(n) for n in names]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Af og til regner det hele dagen", "da"),
        ("Par ailleurs, le gouvernement a annoncé", "fr"),
        ("Von der Leyen sagte am Freitag", "de"),
        ("Door de regen bleven veel mensen thuis", "nl"),
        ("Por Ana Gil en Madrid", "es"),  # "en" is no "and" here
    ],
)
def test_a_label_word_opening_a_sentence_names_no_one(line: str, lang: str) -> None:
    assert _byline(line, lang=lang).author == ()


# --- a framework's state ---
_TITLE = "Kerajaan umum bantuan tunai tambahan untuk penjawat awam"


def _state_page(script: str, site: str = "Malaysiakini") -> Metadata:
    head = f'<meta property="og:title" content="{_TITLE}"><meta property="og:site_name" content="{site}">'
    body = (
        f'<div id="app"><main><h1>{_TITLE}</h1><div class="byline"></div>'
        "<p>Penjawat awam gred 56 ke bawah akan menerima bantuan tunai tambahan sebanyak RM500.</p>"
        f"</main></div>{script}"
    )
    return _page(body, head=head, title=_TITLE, lang="ms")


def _next_data(story: dict[str, object], related: list[dict[str, object]] | None = None) -> str:
    data = {"props": {"pageProps": {"story": story, "related": related or []}}, "page": "/news/[sid]"}
    return (
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    )


@pytest.mark.parametrize(
    ("script", "names"),
    [
        (
            _next_data({"title": _TITLE, "author": {"id": 5, "name": "Nur Aisyah Hamzah"}}),
            ["Nur Aisyah Hamzah"],
        ),
        (
            _next_data({"headline": _TITLE, "authors": [{"name": "Ali Rahman"}, {"name": "Lee Mei Ling"}]}),
            ["Ali Rahman", "Lee Mei Ling"],
        ),
        (
            '<script>window.__NUXT__=(function(a,b){return {data:[{story:{id:"1",title:"'
            + _TITLE
            + '",authors:[{name:"Alejandra Cortés Ruiz",url:"\\u002Fautor"}],section:a}}],error:b}}'
            '("Política",null));</script>',
            ["Alejandra Cortés Ruiz"],
        ),
        (
            "<script>window.__INITIAL_STATE__="
            + json.dumps({"article": {"title": _TITLE, "byline": {"displayName": "Hafiz Yatim"}}})
            + ";</script>",
            ["Hafiz Yatim"],
        ),
    ],
)
def test_a_framework_states_story_names_the_writer(script: str, names: list[str]) -> None:
    assert _names(_state_page(script)) == [norm(n) for n in names]


@pytest.mark.parametrize(
    "script",
    [
        # the state's only record is another story's
        _next_data({"title": "Belanjawan 2024: Gaji penjawat awam naik", "author": {"name": "Hafiz Yatim"}}),
        # the page's record names no one; the related story after it does
        _next_data(
            {"title": _TITLE, "section": "news"},
            [{"title": "Belanjawan 2024: Gaji penjawat awam naik", "author": {"name": "Hafiz Yatim"}}],
        ),
        # the writer named is the site itself
        _next_data({"title": _TITLE, "author": {"name": "Malaysiakini"}}),
        # a state without a marker the reader knows is not read
        '<script>var state = {"title": "' + _TITLE + '", "author": {"name": "Nur Aisyah Hamzah"}};</script>',
    ],
)
def test_a_state_that_names_no_writer_of_the_page(script: str) -> None:
    assert _state_page(script).author == ()


def test_an_h_clock_is_read_only_in_a_language_that_prints_one() -> None:
    byline = "<time>08/03/2024 | 14h35</time><span>Updated: 08/03/2024 | 22h10</span>"
    found = _utc_page(byline, "2024-03-08T17:35:00.000Z", "2024-03-09T01:10:00.000Z", lang="en")
    assert dates(found) == (MAR_8, MAR_9)
