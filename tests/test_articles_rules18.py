"""Rules added after the eighteenth held-out batch (tests/fixtures/articles/heldout, ``b18_*``), each on a
small string, with a case each rule must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import find_urls, is_boilerplate
from linkcheck.articles._records import looks_like_csv_log, looks_like_ris, looks_like_yaml_records, ris_date
from linkcheck.articles._rtf import looks_like_rtf, rtf_text
from linkcheck.articles._typst import typst_text, typst_title
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str, date: str | None = None, base: str | None = None) -> dict[str, Citation]:
    day = PartialDate.parse(date) if date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=day, base_url=base)}


def _day(value: PartialDate | None) -> str:
    return str(value) if value is not None else "-"


# --- RIS records read as text -------------------------------------------------------------------------------

_RIS = """TY  - NEWS
TI  - Heat pumps outsell gas boilers
AU  - Lindqvist, Mari
T2  - Nordic Energy Post
DA  - 2023/03/14/
PY  - 2023
UR  - https://energypost.example.com/2023/03/14/heat-pumps/
Y2  - 2024/02/02/12:14:31
ER  -

TY  - RPRT
TI  - Market report 2023
PB  - European Heat Forum
DA  - 2023/06//
UR  - https://heatforum.example.eu/market-2023.pdf
ER  -
"""


def test_an_ris_record_gives_its_link_title_outlet_dates() -> None:
    got = _read(_RIS, "text")
    news = got["https://energypost.example.com/2023/03/14/heat-pumps/"]  # not glued to the next line's "Y2"
    assert (news.title, news.outlet) == ("Heat pumps outsell gas boilers", "Nordic Energy Post")
    assert (_day(news.date), _day(news.access_date)) == ("2023-03-14", "2024-02-02")
    report = got["https://heatforum.example.eu/market-2023.pdf"]
    assert (report.title, report.outlet, _day(report.date)) == (
        "Market report 2023",
        "European Heat Forum",
        "2023-06",
    )


def test_ris_dates_and_what_is_no_ris() -> None:
    assert [_day(ris_date(v)) for v in ("2023/03/14/", "2023/06//", "2023///", "2023")] == [
        "2023-03-14",
        "2023-06",
        "2023",
        "2023",
    ]
    assert looks_like_ris(_RIS)
    # A prose line that mentions a tag is no record: only a line opening with "TY  - " opens one.
    assert not looks_like_ris("The export starts with TY  - NEWS, then the title.\nhttps://a.example/b\n")


# --- A spreadsheet's CSV source log -------------------------------------------------------------------------

_CSV = (
    "claim,outlet,title,published,url,archive_url,notes\n"
    'C-1,Lakeland Ledger,"Cyclist deaths up 40%, minister says",2024-09-30,'
    "https://ledger.example.com/news/deaths-up,,as first reported\n"
    "C-1,Morning Wire,Minister's figure 'misleading',2024-10-01,https://wire.example.net/figure?ref=home,"
    "https://archive.ph/Xy7Qw,\n"
)


def test_a_csv_log_row_gives_its_link_title_outlet_date_and_copy() -> None:
    got = _read(_CSV, "text")
    assert set(got) == {
        "https://ledger.example.com/news/deaths-up",
        "https://wire.example.net/figure?ref=home",
    }
    ledger = got["https://ledger.example.com/news/deaths-up"]
    assert (ledger.title, ledger.outlet, _day(ledger.date)) == (
        "Cyclist deaths up 40%, minister says",
        "Lakeland Ledger",
        "2024-09-30",
    )
    wire = got["https://wire.example.net/figure?ref=home"]
    assert (wire.title, wire.archive_url) == ("Minister's figure 'misleading'", "https://archive.ph/Xy7Qw")


def test_a_first_line_without_a_link_column_is_no_csv_log() -> None:
    assert looks_like_csv_log(_CSV) == {"outlet": 1, "title": 2, "date": 3, "url": 4, "archive": 5}
    assert looks_like_csv_log("Notes, thoughts, and the url of the day\nhttps://a.example/b\n") is None
    assert looks_like_csv_log("name,url\nx,https://a.example/b\n") is None  # a link column alone: too little


def test_a_url_ends_at_a_field_separating_comma() -> None:
    def urls(text: str) -> list[str]:
        return [url for _, _, url in find_urls(text)]

    assert urls("x,https://a.example/b,,note") == ["https://a.example/b"]
    assert urls("https://a.example/b,https://archive.ph/Xy7Qw,") == [
        "https://a.example/b",
        "https://archive.ph/Xy7Qw",
    ]
    assert urls("see https://a.example/news/1,2,3.html") == ["https://a.example/news/1,2,3.html"]


# --- A data file's YAML records -----------------------------------------------------------------------------

_YAML = """# _data/press.yml
- outlet: Harbour City Chronicle
  title: Volunteers map every bench
  date: 2024-05-18
  url: https://chronicle.example.com/local/bench-map

- outlet: Urban Walking Review
  title: >
    Sitting is a mobility issue: what a bench census
    tells planners
  date: "2024-07"
  url: >-
    https://walking.example.org/articles/bench-census?utm_source=press
"""


def test_a_yaml_record_gives_its_link_title_outlet_date() -> None:
    got = _read(_YAML, "text")
    chronicle = got["https://chronicle.example.com/local/bench-map"]
    assert (chronicle.title, chronicle.outlet, _day(chronicle.date)) == (
        "Volunteers map every bench",
        "Harbour City Chronicle",
        "2024-05-18",
    )
    (review,) = [c for url, c in got.items() if url.startswith("https://walking.example.org/")]
    assert review.title == "Sitting is a mobility issue: what a bench census tells planners"
    assert (review.outlet, _day(review.date)) == ("Urban Walking Review", "2024-07")


def test_a_bullet_list_of_links_is_no_yaml_record() -> None:
    text = "Reading list\n\n- Reuters: https://www.reuters.com/world/a-story\n- BBC: https://www.bbc.co.uk/news/b\n"
    assert not looks_like_yaml_records(text)  # no link key
    got = _read(text, "text")
    assert got["https://www.reuters.com/world/a-story"].title is None


# --- Typst --------------------------------------------------------------------------------------------------

_TYPST = (
    '#set document(title: "Night buses after the change", date: datetime(year: 2024, month: 3, day: 11))\n'
    "\n"
    "= Summary\n"
    "\n"
    'Ridership fell.#footnote[Valley Transit, "Quarterly ridership, Q4 2023", 20 February 2024, '
    '#link("https://transit.example.org/q4").] The Valley Gazette first reported the drop on 22 February.'
    '#footnote[#link("https://valleygazette.example.com/2024/02/22/night-bus-riders-fall")'
    "[_Night bus riders fall by a fifth_], Valley Gazette, 22 February 2024.]\n"
)


def test_typst_links_footnotes_and_title() -> None:
    got = _read(_TYPST, "text")
    transit = got["https://transit.example.org/q4"]
    assert (transit.title, _day(transit.date)) == ("Quarterly ridership, Q4 2023", "2024-02-20")
    gazette = got["https://valleygazette.example.com/2024/02/22/night-bus-riders-fall"]
    assert gazette.title == "Night bus riders fall by a fifth"
    assert gazette.article is not None
    assert gazette.article.title == "Night buses after the change"


def test_typst_text_leaves_an_unclosed_footnote_and_plain_brackets() -> None:
    assert typst_text('#link("https://a.example/b")[Title]') == "https://a.example/b[Title]"
    assert typst_text("see #footnote[never closed") == "see #footnote[never closed"
    assert typst_text("a [_note_] in brackets") == "a [_note_] in brackets"  # no link or footnote: untouched
    assert (
        typst_text('#link("https://a.example/b")[see _this_ page]') == "https://a.example/b[see _this_ page]"
    )
    assert typst_title('#set page(paper: "a4")\n= Heading\n') is None


# --- RTF ----------------------------------------------------------------------------------------------------

_RTF = (
    r"{\rtf1\ansi\ansicpg1252\cocoartf2761"
    "\n"
    r"{\fonttbl\f0\fswiss\fcharset0 Helvetica;}"
    "\n"
    r"{\colortbl;\red255\green255\blue255;}"
    "\n"
    r"\f0\fs24 \cf0 Di\'e1rio do Porto reported it on 4 June: {\field{\*\fldinst{HYPERLINK "
    r'"https://diario.example.pt/local/2024/06/04/dragagem"}}{\fldrslt \cf2 \ul \'93Pescadores contestam '
    r"dragagem\'94}}.\ "
    "\n"
    r"\u8212? I.}"
)


def test_an_rtf_document_is_read_as_its_text_with_its_links() -> None:
    text = rtf_text(_RTF)
    assert "Diário do Porto reported it on 4 June:" in text
    assert "https://diario.example.pt/local/2024/06/04/dragagem[“Pescadores contestam dragagem”]." in text
    assert "— I." in text
    assert "Helvetica" not in text
    assert text.count("\n") == _RTF.count("\n")  # lines keep their numbers
    got = _read(_RTF, "text")
    assert got["https://diario.example.pt/local/2024/06/04/dragagem"].title == "Pescadores contestam dragagem"


def test_text_that_mentions_rtf_is_not_rtf() -> None:
    assert looks_like_rtf(r"{\rtf1\ansi hello}")
    assert not looks_like_rtf(r"An RTF file opens with {\rtf1, then its tables." + "\nhttps://a.example/b")


# --- Parsoid HTML, MediaWiki's map tool ---------------------------------------------------------------------

_PARSOID = """<!DOCTYPE html><html><head><base href="//en.wikipedia.org/wiki/"/>
<title>Orrin ferry</title></head>
<body class="mw-content-ltr parsoid-body mediawiki mw-parser-output"><section>
<p>The <a rel="mw:WikiLink" href="./Orrin_Fjord">Orrin Fjord</a> ferry ran until 2019.<sup
class="mw-ref reference" typeof="mw:Extension/ref"><a href="./Orrin_ferry#cite_note-1">[1]</a></sup> Map:
<a rel="mw:ExtLink" class="external text"
href="https://geohack.toolforge.org/geohack.php?pagename=Orrin&amp;params=61_N_6_E">61°N 6°E</a></p>
<ol class="mw-references references"><li id="cite_note-1"><span class="mw-cite-backlink"><a
href="./Orrin_ferry#cite_ref-1-0" rel="mw:referencedBy">1</a><a href="./Orrin_ferry#cite_ref-1-1"
rel="mw:referencedBy">2</a></span> <span class="mw-reference-text reference-text"><cite
class="citation news cs1">Hansen, Eirik (14 August 2019). <a rel="mw:ExtLink nofollow" class="external text"
href="https://www.fjordposten.example.no/nyheter/siste-tur">"Siste tur"</a>. <i>Fjordposten</i>. Retrieved
2 September 2019.</cite></span></li></ol></section></body></html>"""


def test_parsoid_html_is_a_mediawiki_page_with_its_backlinks() -> None:
    got = _read(_PARSOID, "html")
    assert list(got) == ["https://www.fjordposten.example.no/nyheter/siste-tur"]  # no wiki link, no map tool
    cited = got["https://www.fjordposten.example.no/nyheter/siste-tur"]
    assert (cited.title, cited.outlet, _day(cited.date), _day(cited.access_date)) == (
        "Siste tur",
        "Fjordposten",
        "2019-08-14",
        "2019-09-02",
    )


def test_a_map_link_off_mediawiki_and_a_relative_link_elsewhere_stay() -> None:
    page = (
        "<html><body><p>Where it is: "
        '<a href="https://geohack.toolforge.org/geohack.php?params=61_N_6_E">map</a>; '
        'our <a href="./report.html">report</a>.</p></body></html>'
    )
    got = _read(page, "html", base="https://news.example.org/2024/ferry/")
    assert set(got) == {
        "https://geohack.toolforge.org/geohack.php?params=61_N_6_E",
        "https://news.example.org/2024/ferry/report.html",
    }


# --- Archived copies' days ----------------------------------------------------------------------------------


def test_archived_from_the_original_on_is_no_publication_day() -> None:
    page = (
        '<html><body><div class="mw-parser-output"><p>Text.</p><ol class="references"><li id="cite_note-1">'
        '<span class="reference-text"><cite class="citation web cs1"><a class="external text" '
        'href="https://web.archive.org/web/20160303120000/http://ferry.example.no/timetable.html">"Timetable"'
        '</a>. <i>Ferry Company</i>. Archived from <a class="external text" '
        'href="http://ferry.example.no/timetable.html">the original</a> on 3 March 2016. '
        "Retrieved 1 March 2016."
        "</cite></span></li></ol></div></body></html>"
    )
    cited = _read(page, "html")["http://ferry.example.no/timetable.html"]
    assert (cited.date, _day(cited.access_date)) == (None, "2016-03-01")
    assert (
        cited.archive_url
        == "https://web.archive.org/web/20160303120000/http://ferry.example.no/timetable.html"
    )
    # A day the entry states as its source's is read as before.
    plain = "Sources:\n\n- Ferry Company, 3 March 2016: https://ferry.example.no/news/new-timetable\n"
    assert _day(_read(plain, "text")["https://ferry.example.no/news/new-timetable"].date) == "2016-03-03"


# --- DocBook's bibliography ---------------------------------------------------------------------------------

_DOCBOOK = """<html><body><div class="article">
<p>The API [<a class="xref" href="#api">Ref2023</a>] says so.</p>
<div class="bibliography"><div class="biblioentry"><a name="api"></a><p>[<span class="abbrev">Ref2023</span>]
<span class="title"><i>REST API reference</i>. </span><span class="publisher"><span
class="publishername">Linkref Registry. </span></span><span class="pubdate">2023. </span><span
class="bibliomisc"><a class="ulink"
href="https://api.linkref.example.org/docs">https://api.linkref.example.org/docs</a>. </span></p></div></div>
</div></body></html>"""


def test_a_docbook_biblioentry_gives_its_title_and_publisher() -> None:
    cited = _read(_DOCBOOK, "html")["https://api.linkref.example.org/docs"]
    assert (cited.title, cited.outlet, _day(cited.date)) == ("REST API reference", "Linkref Registry", "2023")


def test_a_title_span_outside_a_biblioentry_is_not_read() -> None:
    page = (
        '<html><body><ul><li><span class="title">Weekly digest</span>: '
        '<a href="https://digest.example.org/issues/12">https://digest.example.org/issues/12</a></li></ul></body></html>'
    )
    assert _read(page, "html")["https://digest.example.org/issues/12"].title is None


# --- Wikinews -----------------------------------------------------------------------------------------------

_WIKINEWS = (
    "{{дата|10 января 2020}}\n"
    "'''Ирак возобновил переговоры''', сообщил депутат.<ref>Подробно писал «Вестник»: "
    "[https://vestnik.example.ru/news/1 Иран атаковал две базы], 8 января 2020.</ref>\n"
    "\n"
    "== Источники ==\n"
    "{{Источник|url=https://ria.ru/20200109/1563219328.html|title=Ирак возобновил переговоры"
    "|publisher=РИА Новости|date=9 января 2020}}\n"
)


def test_wikinews_date_source_template_and_a_ref_label() -> None:
    got = _read(_WIKINEWS, "wikitext")
    ria = got["https://ria.ru/20200109/1563219328.html"]
    assert (ria.title, ria.outlet, _day(ria.date)) == (
        "Ирак возобновил переговоры",
        "РИА Новости",
        "2020-01-09",
    )
    assert ria.article is not None
    assert _day(ria.article.date) == "2020-01-10"
    ref = got["https://vestnik.example.ru/news/1"]
    assert (ref.title, _day(ref.date)) == ("Иран атаковал две базы", "2020-01-08")


def test_a_date_template_inside_the_text_is_no_article_date() -> None:
    text = "The bridge opened on {{date|5 March 2024}}.<ref>[https://a.example/b Bridge opens], 2024.</ref>"
    assert _read(text, "wikitext")["https://a.example/b"].article is None


# --- Link text, contact information, calls to subscribe, names ----------------------------------------------


def test_an_outlet_colon_title_link_text_gives_the_title() -> None:
    page = (
        '<html><body><p>Story.</p><ul><li><a href="https://tass.ru/politika/7487995">ТАСС: Жириновский '
        'посоветовал Ирану купить С-400</a></li><li><a href="https://news.example.org/a/1">Update: Ferry '
        "service ends after 98 years</a></li></ul></body></html>"
    )
    got = _read(page, "html")
    assert (
        got["https://tass.ru/politika/7487995"].title,
        got["https://tass.ru/politika/7487995"].outlet,
    ) == (
        "Жириновский посоветовал Ирану купить С-400",
        "ТАСС",
    )
    assert (
        got["https://news.example.org/a/1"].title == "Update: Ferry service ends after 98 years"
    )  # no outlet


def test_an_address_holds_contact_links_not_sources() -> None:
    page = (
        '<html><body><article><address><a href="https://t.me/channel_example">The channel</a></address>'
        '<p>Iraq resumed talks, <a href="https://ria.ru/20200109/1563219328.html">RIA Novosti</a> '
        "reported on Thursday, citing a lawmaker.</p></article></body></html>"
    )
    assert list(_read(page, "html")) == ["https://ria.ru/20200109/1563219328.html"]


def test_ukrainian_calls_to_subscribe() -> None:
    assert is_boilerplate("Підписуйтеся на наш Telegram-канал")
    assert is_boilerplate("Підписуйтесь на нас")
    assert not is_boilerplate("Підписана угода про постачання")  # "signed": a word, not a call


def test_company_and_registry_end_an_organisations_name() -> None:
    text = (
        "The timetable, said the Orrin Fjord Shipping Company, is final: https://orrinfjord.example.no/timetable\n\n"
        "The Orrin Fjord ferry company said so: https://orrinfjord.example.no/news/1\n"
    )
    got = _read(text, "text")
    assert got["https://orrinfjord.example.no/timetable"].outlet == "Orrin Fjord Shipping Company"
    assert got["https://orrinfjord.example.no/news/1"].outlet != "Orrin Fjord ferry company"
