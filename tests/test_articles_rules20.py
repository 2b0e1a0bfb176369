"""Rules added after the twentieth held-out batch (tests/fixtures/articles/heldout, ``b20_*``), each on a
small string, with a case each rule must leave alone."""

from __future__ import annotations

from linkcheck.article_formats import detect_format
from linkcheck.articles import extract_citations
from linkcheck.articles._calendar import calendar_text
from linkcheck.articles._entries import dated_inside, outlet_led_title
from linkcheck.articles._prose import organisation_author
from linkcheck.articles._wpjson import wp_rest_page
from linkcheck.articles._xmldoc import xml_document_page
from linkcheck.articles.plaintext import dateline
from linkcheck.articles.wikitext import export_wikitext
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str, date: str | None = None) -> dict[str, Citation]:
    day = PartialDate.parse(date) if date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=day)}


def _day(value: PartialDate | None) -> str:
    return str(value) if value is not None else "-"


# --- XML documents read as HTML: TEI, OpenDocument, OPML

_TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc>
    <titleStmt><title>A letter of 1887: an edition</title></titleStmt>
    <publicationStmt><date when="2023-09-01">2023</date>
      <idno type="URI">https://edition.example/letters/1</idno>
      <licence target="https://creativecommons.org/licenses/by/4.0/">CC BY</licence></publicationStmt>
  </fileDesc></teiHeader>
  <facsimile><graphic url="https://iiif.example/letter-1/full/max/0/default.jpg"/></facsimile>
  <text><body><div><p>The gale of Saturday<note place="foot">See <bibl><title level="a">Storm damage at the
  pier</title>, <title level="j">Kessmouth Gazette</title>, <date when="1887-11-14">14 November 1887</date>,
  <ptr target="https://kessmouthgazette.example/1887/11/14/storm"/></bibl>.</note> broke the pier; ask
  <persName ref="http://www.wikidata.org/entity/Q1">Mr Polglase</persName>
  (<ref target="#note2">below</ref>).</p></div></body>
  <back><listBibl><bibl><title level="a">The letters of John Tremayne</title>, <title level="j">Maritime
  Review</title>, March 2021. <ref target="https://review.example/2021/03/tremayne">Online</ref>.</bibl>
  </listBibl></back></text>
</TEI>
"""


def test_a_tei_editions_ptr_and_ref_targets_are_its_links_and_its_header_and_authorities_are_not() -> None:
    got = _read(_TEI, "html")
    assert sorted(got) == [
        "https://kessmouthgazette.example/1887/11/14/storm",
        "https://review.example/2021/03/tremayne",
    ]
    gazette = got["https://kessmouthgazette.example/1887/11/14/storm"]
    assert _day(gazette.date) == "1887-11-14"
    assert gazette.outlet == "Kessmouth Gazette"
    assert gazette.title == "Storm damage at the pier"  # the article's title, not the journal's
    assert _day(gazette.article.date) == "2023-09-01"  # the header's publication date is the edition's


def test_a_tei_page_quotes_an_articles_title_and_moves_notes_after_the_text() -> None:
    page = xml_document_page(_TEI) or ""
    assert "<cite>“Storm damage at the\n  pier”</cite>" in page
    assert "<i>Kessmouth Gazette</i>" in page
    assert "<sup>[1]</sup>" in page
    assert "<ol><li>See <ul><li>" in page
    assert "iiif.example" not in page
    assert "wikidata" not in page
    assert 'href="#note2"' not in page


_ODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"><office:automatic-styles><style:style style:name="T2"
 style:family="text"><style:text-properties fo:font-style="italic"/></style:style></office:automatic-styles>
<office:body><office:text><text:table-of-content><text:index-body><text:p><text:a xlink:type="simple"
 xlink:href="#__RefHeading___Toc1">1. Background</text:a></text:p></text:index-body></text:table-of-content>
<text:p>See the <text:a xlink:type="simple" xlink:href="https://council.example/cycle/interim">interim
 report</text:a> (Brackenford City Council, 12 February 2024).<draw:frame><draw:image
 xlink:href="Pictures/1.png"/></draw:frame> Trade fell<text:note text:note-class="footnote"
 ><text:note-citation>1</text:note-citation><text:note-body><text:p>Transport Digest, <text:span
 text:style-name="T2">Lanes and trade</text:span>, 2022. <text:a xlink:type="simple" xlink:href="https://digest.example/lanes"
 >https://digest.example/lanes</text:a></text:p></text:note-body></text:note>. Write to <text:a
 xlink:href="mailto:a@council.example">us</text:a>.</text:p></office:text></office:body>
</office:document-content>
"""


def test_an_opendocuments_text_links_and_footnotes_are_read_and_its_contents_table_is_not() -> None:
    got = _read(_ODT, "html")
    assert sorted(got) == ["https://council.example/cycle/interim", "https://digest.example/lanes"]
    page = xml_document_page(_ODT) or ""
    assert "<i>Lanes and trade</i>" in page  # an automatic style's italic
    assert "<ol><li>Transport Digest," in page
    assert "Pictures/1.png" not in page


_OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Reading list</title><docs>http://opml.org/spec2.opml</docs></head>
<body><outline text="Sources">
  <outline type="link" text="Sea-level rise projections for the Wadden coast" url="https://research.example/2024/projections"
    description="Coastal Research Institute report, published 28 May 2024"/>
  <outline type="rss" text="Tidewatch" xmlUrl="https://tidewatch.example/feed.xml" htmlUrl="https://tidewatch.example/"/>
</outline></body></opml>
"""


def test_an_opml_outlines_link_items_are_its_links_with_their_descriptions_and_its_feeds_are_not() -> None:
    got = _read(_OPML, "html")
    assert list(got) == ["https://research.example/2024/projections"]
    link = got["https://research.example/2024/projections"]
    assert link.title == "Sea-level rise projections for the Wadden coast"
    assert _day(link.date) == "2024-05-28"


def test_other_xml_and_html_pages_are_not_rewritten() -> None:
    assert xml_document_page('<?xml version="1.0"?><rss><channel><item/></channel></rss>') is None
    assert xml_document_page("<html><body><TEI>not a TEI file</TEI></body></html>") is None
    xhtml = '<?xml version="1.0"?><html><body><p><a href="https://a.example/x">A story</a></p></body></html>'
    assert xml_document_page(xhtml) is None
    assert list(_read(xhtml, "html")) == ["https://a.example/x"]


def test_a_tei_nested_too_deep_to_walk_keeps_its_links() -> None:
    # 1,500 nested <hi>: deeper than Python's stack allows the walker, within what the parser reads (2,048)
    depth = 1_500
    tei = (
        '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>'
        + "<hi>" * depth
        + '<ref target="https://news.example/2024/01/10/ferry-a7">Ferry resumes crossings</ref>'
        + "</hi>" * depth
        + "</p></body></text></TEI>"
    )
    (citation,) = extract_citations(tei, "html")
    assert citation.url == "https://news.example/2024/01/10/ferry-a7"
    assert citation.title == "Ferry resumes crossings"


# --- A WordPress REST API post

_WP_JSON = (
    '{"id":7,"date":"2024-03-18T09:30:00","guid":{"rendered":"https:\\/\\/times.example\\/?p=7"},'
    '"link":"https:\\/\\/times.example\\/2024\\/03\\/18\\/cuts\\/","title":{"rendered":"Library hours cut"},'
    '"content":{"rendered":"<p>The Reader reported (<a href=\\"https:\\/\\/reader.example\\/closures\\/\\">'
    '&#8220;Branch libraries face closures&#8221;<\\/a>, 11 March 2024).<\\/p>\\n","protected":false},'
    '"_links":{"self":[{"href":"https:\\/\\/times.example\\/wp-json\\/wp\\/v2\\/posts\\/7"}]}}'
)


def test_a_wordpress_rest_post_is_read_as_its_rendered_html_and_the_apis_links_are_not() -> None:
    got = _read(_WP_JSON, "text")
    assert list(got) == ["https://reader.example/closures/"]
    link = got["https://reader.example/closures/"]
    assert link.title == "Branch libraries face closures"
    assert _day(link.date) == "2024-03-11"
    assert _day(link.article.date) == "2024-03-18"


def test_other_json_is_not_read_as_a_wordpress_post() -> None:
    assert wp_rest_page('{"content": "https://a.example/x", "rendered": true}') is None
    assert wp_rest_page('{"content":{"rendered":"<p>x</p>"},') is None  # cut short: not JSON
    assert list(_read('{"note": "see https://a.example/story"}', "text")) == ["https://a.example/story"]


# --- Dates around a link


def test_a_date_closing_the_parenthesis_a_link_opens_is_its_date() -> None:
    text = "The Reader reported (“Saturday closures”, 11 March 2024) that"
    start = text.index("“")
    end = text.index(",", start)
    assert _day(dated_inside(text, start, end)) == "2024-03-11"
    assert dated_inside(text.replace("(“", " “"), start, end) is None  # no parenthesis opened by the link
    assert dated_inside("data (“Tide tables”, 2022) and", 6, 19) is None  # a year alone may be the data's


def test_a_weekday_in_the_cited_links_own_text_is_not_the_reports_day() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2024-03-18"></head><body><article>'
        '<p>The Reader reported on the plan: <a href="https://reader.example/x">“Saturday closures”</a>.</p>'
        '<p>The Reader <a href="https://reader.example/y">reported on Friday</a> on the closures.</p>'
        "</article></body></html>"
    )
    got = _read(page, "html")
    assert got["https://reader.example/x"].date is None
    assert _day(got["https://reader.example/y"].date) == "2024-03-15"  # an unquoted link text: the sentence's


def test_a_dateline_may_end_with_the_abbreviated_word_year() -> None:
    assert _day(dateline("Title\n\nОксана Мельник, 10 січня 2020 р.\n\nТекст.")[0]) == "2020-01-10"
    assert _day(dateline("Title\n\n10 января 2020 г.\n\nТекст.")[0]) == "2020-01-10"
    assert dateline("Title\n\nУ 2020 р. уряд ухвалив закон про 10 січня, і 2021 р.\n\nТекст.")[0] is None


# --- Names


def test_a_footnotes_number_is_no_part_of_the_outlet_leading_its_title() -> None:
    assert outlet_led_title("[1] ТАСС. Жириновский призвал Иран", "https://tass.ru/politika/1") == (
        "ТАСС",
        "Жириновский призвал Иран",
    )
    assert outlet_led_title("[1] Brexit. What now?", "https://news.example/brexit") is None


def test_a_company_as_an_author_is_an_organisation() -> None:
    assert organisation_author("Harbour Structures Ltd") == "Harbour Structures Ltd"
    assert organisation_author("Acme Survey GmbH") == "Acme Survey GmbH"
    assert organisation_author("Liv Haugen") is None
    assert organisation_author("Ltd") is None  # one word: no name


# --- A MediaWiki XML export

_DUMP = """<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">
  <siteinfo><base>https://wiki.example/wiki/Main_Page</base></siteinfo>
  <page><title>Lighthouse</title><revision>
    <comment>add refs from https://heritage.example/photos</comment>
    <text bytes="200" xml:space="preserve">A light.&lt;ref&gt;{{cite web
|url=https://trust.example/h.php?a=1&amp;b=2 |title=The tower |publisher=Heritage Trust}}&lt;/ref&gt;
{{reflist}}</text>
  </revision></page>
</mediawiki>
"""


def test_a_mediawiki_export_is_read_as_its_pages_wikitext_and_nothing_else() -> None:
    got = _read(_DUMP, "wikitext")
    assert list(got) == ["https://trust.example/h.php?a=1&b=2"]
    assert got["https://trust.example/h.php?a=1&b=2"].title == "The tower"
    text = export_wikitext(_DUMP)
    assert text.count("\n") == _DUMP.count("\n")  # every line in its place
    assert "heritage.example" not in text
    assert "Main_Page" not in text
    plain = "A light.<ref>{{cite web |url=https://a.example/x |title=X}}</ref>"
    assert list(_read(plain, "wikitext")) == ["https://a.example/x"]  # (no export: read as it is)


# --- Entries in plain text


def test_a_reference_ending_with_a_comma_above_its_url_is_read_as_one_entry() -> None:
    text = (
        "Captions.\n\n"
        'on-screen source: Elden Water Board, "Inspection summary: Elden Valley dam", 28 March 2024,\n'
        "https://eldenwater.example/reports/2024/summary\n\n"
        "A sentence that is no entry, and ends with a comma,\n"
        "https://other.example/page\n"
    )
    got = _read(text, "text")
    summary = got["https://eldenwater.example/reports/2024/summary"]
    assert summary.title == "Inspection summary: Elden Valley dam"  # the colon is the title's
    assert summary.outlet == "Elden Water Board"
    assert _day(summary.date) == "2024-03-28"
    other = got["https://other.example/page"]
    assert other.title is None
    assert other.date is None


def test_an_entrys_outlet_is_not_a_name_its_quoted_title_spells() -> None:
    text = (
        "Notes\n\n"
        "  Defra, “Local Air Quality Management Technical Guidance (TG22)”, August 2022,\n"
        "https://laqm.defra.gov.uk/documents/tg22.pdf\n"
    )
    link = _read(text, "text")["https://laqm.defra.gov.uk/documents/tg22.pdf"]
    assert link.title == "Local Air Quality Management Technical Guidance (TG22)"
    assert link.outlet == "Defra"


def test_a_numbered_outlet_and_title_line_over_its_url() -> None:
    text = (
        "Источники:\n"
        "4) The Moscow Times: Will Russia Reinforce Iraq's Air Defenses? (02.05.2024)\n"
        "   https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce\n"
        '* The Bloomberg piece, again: "Chile Delays Lithium Plan", Bloomberg, 6 March 2023,\n'
        "  https://www.bloomberg.com/news/articles/2023-03-06/chile-lithium-plan-delayed\n"
    )
    got = _read(text, "text")
    moscow = got["https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce"]
    assert moscow.title == "Will Russia Reinforce Iraq's Air Defenses?"
    assert moscow.outlet == "The Moscow Times"
    bloomberg = got["https://www.bloomberg.com/news/articles/2023-03-06/chile-lithium-plan-delayed"]
    assert bloomberg.title == "Chile Delays Lithium Plan"  # a label, then an entry: not "Outlet: Title"


def test_an_outlet_in_guillemets_before_the_quoted_title() -> None:
    text = (
        "Источники:\n"
        "3) «Черноморский вестник», «Багдад снова присматривается к С-300», 09.01.2020 —\n"
        "   https://chernomorvestnik.example/politika/2020/01/09/bagdad-s300\n"
        "4) «Да», «Нет» и другие ответы: «Опрос о транспорте в городе», 10.01.2020 —\n"
        "   https://opros.example/2020/01/10/transport\n"
    )
    got = _read(text, "text")
    vestnik = got["https://chernomorvestnik.example/politika/2020/01/09/bagdad-s300"]
    assert vestnik.title == "Багдад снова присматривается к С-300"
    assert vestnik.outlet == "Черноморский вестник"
    poll = got["https://opros.example/2020/01/10/transport"]
    assert poll.outlet != "Да"  # a quoted word before another quote, not before the title's comma only


def test_a_url_broken_after_a_querys_equals_sign_takes_the_word_on_the_next_line() -> None:
    text = (
        "Coastal Water Agency, Enforcement History (last visited May 1, 2024), https://cwa.example/f?id=7&tab=\n"
        "   violations .......... 6\n"
        "See https://other.example/page/\n"
        "   violations of the permit were many.\n"
    )
    assert sorted(_read(text, "text")) == [
        "https://cwa.example/f?id=7&tab=violations",
        "https://other.example/page/",
    ]


# --- Front matter and link texts


def test_a_front_matter_sources_lists_name_is_the_outlet() -> None:
    page = (
        "---\ntitle: A story\nsources:\n  - name: Ministry of Defence\n    url: https://mil.example/\n"
        "menu:\n  - name: Home\n    url: https://site.example/\n---\n\nBody text.\n"
    )
    got = _read(page, "markdown")
    assert list(got) == ["https://mil.example/"]  # a menu's name and url are no source
    assert got["https://mil.example/"].outlet == "Ministry of Defence"


def test_a_link_text_ending_with_the_sites_name_after_a_separator_is_title_and_outlet() -> None:
    for separator in ("|", "–", "—", "-"):
        page = (
            '<html><body><article><dl><dt><a href="https://noordkustdagblad.example/regio/2024/dijken">'
            f"Dikes not ready for 2050, inspectors warn {separator} Noordkust Dagblad</a>"
            "</dl></article></body></html>"
        )
        link = _read(page, "html")["https://noordkustdagblad.example/regio/2024/dijken"]
        assert link.title == "Dikes not ready for 2050, inspectors warn"
        assert link.outlet == "Noordkust Dagblad"
    page = (
        '<html><body><article><ul><li><a href="https://noordkustdagblad.example/regio/2024/x">'
        "Noordkust Dagblad readers on the dikes and the 2050 plan</a></li></ul></article></body></html>"
    )
    link = _read(page, "html")["https://noordkustdagblad.example/regio/2024/x"]
    assert link.title != "Noordkust Dagblad"  # the name opening the text, no separator: left as it was


def test_a_copyright_lines_link_is_the_sites_own() -> None:
    text = (
        "Story text.\n\nSource: https://news.example/2020/01/09/story\n"
        "© 2020 Site. Reprints only with a link to https://site.example/\n"
        "Copyright (c) 2024 Desk. Terms: https://desk.example/terms/\n"
        "Photo (c) https://photos.example/2020/pic is not a notice opening its line\n"
    )
    assert sorted(_read(text, "text")) == [
        "https://news.example/2020/01/09/story",
        "https://photos.example/2020/pic",
    ]


def test_a_ukrainian_or_russian_call_to_subscribe_after_a_credit_is_machinery() -> None:
    page = (
        '<html><body><article><p>Story text, with <a href="https://news.example/a">a source</a>.</p>'
        '<p>Фото: mil.ru. Підписуйтесь на наш канал у <a href="https://t.me/site">Telegram</a>.</p>'
        '<p>Фото: mil.ru. Подробнее в <a href="https://t.me/agency/123">посте агентства</a>.</p>'
        "</article></body></html>"
    )
    assert sorted(_read(page, "html")) == ["https://news.example/a", "https://t.me/agency/123"]


def test_a_parenthesis_after_a_link_may_name_a_longer_organisation_before_the_date() -> None:
    page = (
        '<html><body><article><p>Results are in the <a href="https://council.example/interim">'
        "interim report</a> (Brackenford City Council, 12 February 2024), which found more cycling.</p>"
        "</article></body></html>"
    )
    assert _day(_read(page, "html")["https://council.example/interim"].date) == "2024-02-12"


def test_xml_documents_are_read_in_the_format_that_reads_their_links() -> None:
    assert detect_format("edition.xml", _TEI) == "html"
    assert detect_format("content.xml", _ODT) == "html"
    assert detect_format("reading.opml", "<opml/>") == "html"
    assert detect_format("report.fodt", "<office:document/>") == "html"
    assert detect_format("dump.xml", _DUMP) == "wikitext"
    assert detect_format(
        "notes.xml", '<?xml version="1.0"?><notes><note>see https://a.example/x</note></notes>'
    ) == ("text")


# --- BibTeX

_BIB = r"""@Misc{ero2022,
  author       = {{European Rail Observatory}},
  title        = {Night Trains in {Europe}: Market Report 2022},
  year         = 2022,
  url          = {https://railobservatory.example/reports/night-trains-2022.pdf},
}

@Misc{lenz2024,
  author       = {Lenz, Sandra},
  title        = {Why the {Brenner} night train keeps selling out},
  howpublished = {Rail Notes (blog), 22 January 2024, \url{https://railnotes.example/2024/01/22/brenner}},
  year         = {2024},
}

@Misc{huber2021,
  author       = {Huber, Katrin and M{\"u}ller, Jonas},
  title        = {Demand for overnight rail},
  howpublished = {\url{https://transport.example/2021/demand}},
  year         = {2021},
}
"""


def test_a_bibtex_corporate_author_is_the_outlet_and_howpublished_may_give_the_day() -> None:
    got = _read(_BIB, "text")
    assert (
        got["https://railobservatory.example/reports/night-trains-2022.pdf"].outlet
        == "European Rail Observatory"
    )
    assert _day(got["https://railnotes.example/2024/01/22/brenner"].date) == "2024-01-22"
    people = got["https://transport.example/2021/demand"]
    assert people.outlet is None  # persons in one pair of braces: no organisation
    assert _day(people.date) == "2021"


def test_a_calendar_events_venue_is_no_outlet_of_its_links() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Council budget meeting\r\n"
        "LOCATION:Northgate Civic Centre\\, Council Chamber\r\n"
        "DESCRIPTION:Agenda (published 10 May 2024): https://democracy.northgate.example/agenda/5521\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    link = _read(ics, "text")["https://democracy.northgate.example/agenda/5521"]
    assert link.outlet is None
    assert _day(link.date) == "2024-05-10"  # the description is still read
    assert "Civic Centre" not in calendar_text(ics)


def test_a_tei_document_without_the_tei_namespace_is_read_too() -> None:
    p4 = _TEI.replace(' xmlns="http://www.tei-c.org/ns/1.0"', "")
    got = _read(p4, "html")
    assert sorted(got) == [
        "https://kessmouthgazette.example/1887/11/14/storm",
        "https://review.example/2021/03/tremayne",
    ]
    assert got["https://kessmouthgazette.example/1887/11/14/storm"].title == "Storm damage at the pier"
