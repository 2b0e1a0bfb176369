"""Rules added for the forty-ninth held-out batch (docs/benchmarks.md, "Forty-ninth batch"), each on small
strings, with what each must leave alone: Breton dates ("9 a viz Genver 2020"), Yiddish and Hebrew dates with
the day first ("9טן יאַנואַר 2020", "9 בינואר 2020"), Sorani Kurdish months, update labels in Scottish Gaelic,
Breton, Dhivehi, Sorani and Yiddish, a home link's own ``aria-label``, a pre-web ``DC.date``'s
``DC.publisher`` (a digitized work's, not the site's) and a publication under a shared host's path named by
its root link.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import tables as T
from tests.extract_rules_harness import JAN_9, JAN_10, TODAY
from tests.extract_rules_harness import dates as _dates
from tests.extract_rules_harness import days as _days
from tests.extract_rules_harness import page as _page


# --- Breton -------------------------------------------------------------------------------------------------
def test_breton_dates_with_a_viz() -> None:
    assert _days("Embannet d'ar Yaou 9 a viz Genver 2020 da 14e05") == [JAN_9]
    assert _days("10 a viz C'hwevrer 2020") == [dt.date(2020, 2, 10)]  # the "c'h" of February
    assert _days("Sadorn 30 a viz Du 2024") == [TODAY]  # a short month, after "a viz"
    assert _days("1 a viz Mae 2021, 2 a viz Here 2022") == [dt.date(2021, 5, 1), dt.date(2022, 10, 2)]
    assert _days("9 Genver 2020") == [JAN_9]


def test_breton_short_months_only_after_a_viz() -> None:
    assert _days("il est 9 du 2020") == []
    assert _days("we got 9 here 2020") == []
    assert _days("e miz Gwengolo 2020") == []  # a month and a year


# --- Hebrew script, day first -------------------------------------------------------------------------------
def test_yiddish_day_first_with_its_ordinal_suffix() -> None:
    assert _days("דאָנערשטיק, דעם 9טן יאַנואַר 2020") == [JAN_9]
    assert _days("דעם 22סטן מערץ 2021") == [dt.date(2021, 3, 22)]
    assert _days("9 בינואר 2020") == [JAN_9]  # Hebrew's "in" before the month
    assert _days("30 נאָוועמבער 2024") == [TODAY]


def test_hebrew_day_first_leaves_other_words() -> None:
    assert _days("9 ספרים 2020") == []  # "books", no month
    assert _days("דעם 9טן יאַנואַר") == []  # no year


# --- Sorani Kurdish -----------------------------------------------------------------------------------------
def test_sorani_months() -> None:
    assert _days("بڵاوکراوەتەوە: 09 کانوونی دووەم 2020 - 14:05") == [JAN_9]
    assert _days("شەممە 30 تشرینی دووەم 2024") == [TODAY]
    assert _days("١٠ کانوونی دووەم ٢٠٢٠") == [JAN_10]  # Arabic-Indic digits


def test_sorani_month_without_a_day_is_left() -> None:
    assert _days("لە مانگی ئازاردا 2020") == []


# --- update labels ------------------------------------------------------------------------------------------
def test_update_labels_of_the_batch() -> None:
    for label in (
        "ùraichte: ",
        "hizivaet d'ar gwener ",
        "hizivadur: ",
        "އަޕްޑޭޓް: ",
        "نوێکراوەتەوە: ",
        "نوێکرایەوە ",
        "דערהײַנטיקט: דעם ",
        "דערהיינטיקט: ",
    ):
        assert T.modified_label(label), label


def test_update_labels_leave_other_words() -> None:
    for prefix in ("ùrachadh mòr ann an ", "hizivaet ar bajenn hag ", "דערהערט "):
        assert not T.modified_label(prefix), prefix


def test_bylines_with_the_batch_labels() -> None:
    cases = (
        ("gd", "Diardaoin 9 am Faoilleach 2020", "Ùraichte: 10 am Faoilleach 2020, 09:30"),
        ("br", "Embannet d'ar Yaou 9 a viz Genver 2020", "Hizivaet d'ar Gwener 10 a viz Genver 2020"),
        ("dv", "09 ޖަނަވަރީ 2020 - 14:05", "އަޕްޑޭޓް: 10 ޖަނަވަރީ 2020 - 09:30"),
        ("ckb", "بڵاوکراوەتەوە: 09 کانوونی دووەم 2020", "نوێکراوەتەوە: 10 کانوونی دووەم 2020"),
        ("yi", "דאָנערשטיק, דעם 9טן יאַנואַר 2020", "דערהײַנטיקט: דעם 10טן יאַנואַר 2020"),
    )
    for lang, published, updated in cases:
        body = (
            f'<article><h1>Headline</h1><p class="byline">{published}</p><p>{updated}</p><p>Text.</p>'
            "</article>"
        )
        assert _dates(_page(body, lang=lang)) == (JAN_9, JAN_10), lang


# --- site names ---------------------------------------------------------------------------------------------
_SVG = '<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M0 0h10v10H0z"></path></svg>'


def test_home_link_aria_label_names_the_site() -> None:
    body = (
        f'<header><a href="/" aria-label="Wâldpost">{_SVG}</a></header><article><h1>Headline</h1></article>'
    )
    found = _page(body, title="Headline", url="https://www.waldpost.frl/nijs/item")
    assert found.site_name == "Wâldpost"


def test_home_link_aria_label_leaves_phrases_and_other_names() -> None:
    url = "https://www.waldpost.frl/nijs/item"
    for label in ("Go to the front page", "Wâldpost home", "Noorder Krante"):
        body = f'<header><a href="/" aria-label="{label}">{_SVG}</a></header><h1>Headline</h1>'
        assert _page(body, title="Headline", url=url).site_name is None, label
    # A link with text of its own is read as before, not by its label.
    body = (
        '<header><a href="/news" aria-label="Wâldpost">Nijs</a></header><article><h1>Headline</h1></article>'
    )
    assert _page(body, title="Headline", url=url).site_name is None


_ARCHIVE_HEAD = (
    '<meta name="dc.title" content="The Tarnton herald, January 09, 1920, Image 1">'
    '<meta name="dc.publisher" content="Herald Pub. Co.">'
)
_ARCHIVE_BODY = (
    '<div><a href="/"><img src="/logo.png" alt="Tarnton Digital Archive"></a></div>'
    "<h1>The Tarnton herald, January 09, 1920, Image 1</h1>"
)


def test_pre_web_dc_publisher_is_the_works() -> None:
    url = "https://archive.tarnton.org/paper/1920-01-09/seq-1/"
    head = _ARCHIVE_HEAD + '<meta name="dc.date" content="1920-01-09">'
    found = _page(_ARCHIVE_BODY, head=head, title="The Tarnton herald, January 09, 1920", url=url)
    assert found.site_name == "Tarnton Digital Archive"


def test_web_era_dc_publisher_is_still_the_site() -> None:
    url = "https://archive.tarnton.org/paper/2020-01-09/seq-1/"
    head = _ARCHIVE_HEAD + '<meta name="dc.date" content="2020-01-09">'
    found = _page(_ARCHIVE_BODY, head=head, title="The Tarnton herald, January 09, 1920", url=url)
    assert found.site_name == "Herald Pub. Co."
    found = _page(_ARCHIVE_BODY, head=_ARCHIVE_HEAD, title="The Tarnton herald, January 09, 1920", url=url)
    assert found.site_name == "Herald Pub. Co."  # no DC.date


_NEWSLETTER_URL = "https://letters.example.com/weeklymarsh/archive/issue-12/"


def test_publication_under_a_path_named_by_its_root_link() -> None:
    body = (
        '<header><a href="https://letters.example.com/weeklymarsh"><h2 class="newsletter-name">'
        "The Weekly Marsh</h2></a></header><main><h1>Issue #12</h1><p>Text.</p></main>"
        '<footer><a href="https://letters.example.com/">Powered by Letters</a></footer>'
    )
    assert _page(body, title="Issue #12", url=_NEWSLETTER_URL).site_name == "The Weekly Marsh"


def test_path_root_link_leaves_sections_and_the_hosts_root() -> None:
    # A section's link whose words the path does not spell, and the service's root: no name.
    body = (
        '<header><a href="/weeklymarsh">Archive</a> <a href="/">Letters</a></header>'
        "<main><h1>Issue #12</h1><p>Text.</p></main>"
    )
    assert _page(body, title="Issue #12", url=_NEWSLETTER_URL).site_name is None
    # A longer name that holds the path's word among others: a section of the outlet, not a publication.
    body = (
        '<header><a href="/text">The Kolyma Gazette: text-only archive</a></header>'
        "<main><h1>Issue #12</h1><p>Text.</p></main>"
    )
    url = "https://www.kolyma.example/text/2020/01/10/story"
    assert _page(body, title="Issue #12", url=url).site_name is None
    # A page at the path's root itself (one segment) is not read.
    body = '<header><a href="/weeklymarsh">The Weekly Marsh</a></header><main><h1>Issue #12</h1></main>'
    assert _page(body, title="Issue #12", url="https://letters.example.com/weeklymarsh").site_name is None
