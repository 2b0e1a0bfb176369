"""Rules added after the twenty-third held-out batch (tests/fixtures/articles/heldout, ``b23_*``), each on a
small string, with a case each rule must leave alone."""

from __future__ import annotations

import json
import quopri

from lxml import html as lxml_html

from linkcheck.article_formats import detect_format, sniff_format
from linkcheck.articles import extract_citations
from linkcheck.articles._base import is_meeting_link, is_own_navigation, telegram_channel
from linkcheck.articles._entries import _reference_sections
from linkcheck.articles._mhtml import looks_like_mhtml, mhtml_page
from linkcheck.articles._records import cff_references
from linkcheck.articles._slack import looks_like_slack_export, slack_text
from linkcheck.articles._subtitles import looks_like_srt, srt_text
from linkcheck.articles._xmldoc import endnote_date, xml_document_page
from linkcheck.articles.html import _preview_card, table_record
from linkcheck.articles.plaintext import dateline, rfc_references
from linkcheck.articles.wikitext import is_citation_template
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str, date: str | None = None) -> dict[str, Citation]:
    day = PartialDate.parse(date) if date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=day)}


# --- a page saved as MHTML


def _mhtml(page: str, *, kind: str = "multipart/related") -> str:
    encoded = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/a\r\n"
        f'MIME-Version: 1.0\r\nContent-Type: {kind};\r\n\ttype="text/html";\r\n\tboundary="----B--"\r\n\r\n'
        "------B--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: https://news.example/a\r\n\r\n{encoded}\r\n"
        "------B--\r\nContent-Type: text/css\r\nContent-Location: https://news.example/s.css\r\n\r\n"
        "body{background:url(https://news.example/img/bg.png)}\r\n------B----\r\n"
    )


PAGE = (
    '<html><head><title>Ирак и С-300</title></head><body><article><p>Об этом в четверг рассказал <a href="'
    'https://ria.ru/20200109/1563219328.html">РИА Новости</a> глава комитета по обороне парламента Ирака, '
    "и этот абзац длинный, чтобы быть телом статьи.</p></article></body></html>"
)


def test_an_mhtml_page_is_read_as_its_decoded_html_part() -> None:
    text = _mhtml(PAGE)
    assert "3D" in text
    assert looks_like_mhtml(text)
    assert mhtml_page(text) == PAGE
    cited = _read(text, "html", "2020-01-10")
    assert list(cited) == ["https://ria.ru/20200109/1563219328.html"]  # the style sheet's picture: none
    assert cited["https://ria.ru/20200109/1563219328.html"].outlet == "РИА Новости"
    assert detect_format("page.mht", text) == "html"
    assert detect_format("page.mhtml", text) == "html"


def test_a_raw_email_or_a_page_is_no_mhtml() -> None:
    assert not looks_like_mhtml(_mhtml(PAGE, kind="multipart/alternative"))  # an e-mail: the text reader's
    assert not looks_like_mhtml(PAGE)
    assert not looks_like_mhtml("From the archive: multipart/related reading")  # no MIME header line


# --- an EndNote XML library


ENDNOTE = (
    '<?xml version="1.0" encoding="UTF-8" ?><xml><records><record><ref-type name="Newspaper Article">23'
    '</ref-type><contributors><authors><author><style face="normal">Brennan, Siobhan</style></author>'
    '</authors></contributors><titles><title><style face="normal">Heatwave nights</style></title>'
    '<secondary-title><style face="normal">Fenwick Herald</style></secondary-title></titles><dates><year>'
    '<style face="normal">2023</style></year><pub-dates><date><style face="normal">July 19</style></date>'
    '</pub-dates></dates><urls><related-urls><url><style face="underline">https://www.fenwickherald.example/'
    "news/2023/07/19/heatwave-nights</style></url></related-urls><pdf-urls><url>internal-pdf://0912/a.pdf"
    '</url></pdf-urls></urls><access-date><style face="normal">23 January 2024</style></access-date>'
    "</record></records></xml>"
)


def test_an_endnote_library_is_read_as_a_list_of_references() -> None:
    assert sniff_format(ENDNOTE) == "html"
    cited = _read(ENDNOTE, "html")
    assert list(cited) == ["https://www.fenwickherald.example/news/2023/07/19/heatwave-nights"]  # no PDF
    ref = cited["https://www.fenwickherald.example/news/2023/07/19/heatwave-nights"]
    assert (ref.title, ref.outlet, str(ref.date), str(ref.access_date)) == (
        "Heatwave nights",
        "Fenwick Herald",
        "2023-07-19",
        "2024-01-23",
    )


def test_an_endnote_date_joins_its_day_and_year() -> None:
    assert endnote_date("14 November", "2023") == "14 November 2023"
    assert endnote_date("July 19", "2023") == "July 19, 2023"
    assert endnote_date("", "2022") == "2022"
    assert endnote_date("2023-05-02", "2023") == "2023-05-02"  # a day that holds its year: left alone


def test_other_xml_with_records_is_not_an_endnote_library() -> None:
    assert xml_document_page('<?xml version="1.0"?><catalog><records><item/></records></catalog>') is None


# --- a Slack export's day file


SLACK = json.dumps(
    [
        {"type": "message", "subtype": "channel_join", "ts": "1709625731.000009", "text": "<@U1> has joined"},
        {
            "type": "message",
            "ts": "1709627321.000882",
            "user": "U2",
            "user_profile": {"real_name": "Tom Hale", "image_72": "https://avatars.slack-edge.com/t_72.jpg"},
            "text": "The Wendbridge Echo had the reservoir levels yesterday, worth quoting: "
            "<https://www.wendbridgeecho.example/news/2024/03/04/reservoirs>",
            "attachments": [
                {
                    "title": "Reservoirs at 61 per cent",
                    "title_link": "https://www.wendbridgeecho.example/news/2024/03/04/reservoirs",
                    "service_name": "Wendbridge Echo",
                    "service_icon": "https://www.wendbridgeecho.example/icon.png",
                }
            ],
        },
        {
            "type": "message",
            "ts": "1709627400.000100",
            "files": [{"url_private": "https://files.slack.com/files-pri/T1-F1/map.png"}],
            "text": "",
        },
    ],
    indent=4,
).replace("/", "\\/")


def test_a_slack_day_file_is_read_as_its_messages_and_cards() -> None:
    assert looks_like_slack_export(SLACK)
    text = slack_text(SLACK)
    assert text is not None
    assert "Tom Hale (08:28):" in text
    assert "\\/" not in text
    assert (
        "Wendbridge Echo: Reservoirs at 61 per cent\nhttps://www.wendbridgeecho.example/news/2024/03/04/reservoirs"
        in text
    )
    cited = _read(SLACK, "text", "2024-03-05")
    assert list(cited) == [
        "https://www.wendbridgeecho.example/news/2024/03/04/reservoirs"
    ]  # no avatar, icon or file
    echo = cited["https://www.wendbridgeecho.example/news/2024/03/04/reservoirs"]
    assert (echo.title, str(echo.date)) == ("Reservoirs at 61 per cent", "2024-03-04")


def test_other_json_arrays_are_no_slack_export() -> None:
    csl = '[{"id": "x", "type": "article-newspaper", "URL": "https://news.example/a"}]'
    assert not looks_like_slack_export(csl)
    assert slack_text('[{"type": "message", "ts": "1"') is None  # not JSON: left to the text reader


# --- Kazakh prose


def test_kazakh_weekdays_date_a_report() -> None:
    text = (
        "Бұл туралы бейсенбі күні РИА Новости агенттігіне қорғаныс комитетінің төрағасы мәлімдеді: "
        "https://ria.ru/20200109/1563219328.html\n"
    )
    assert (
        str(_read(text, "text", "2020-01-10")["https://ria.ru/20200109/1563219328.html"].date) == "2020-01-09"
    )


def test_a_kazakh_saturday_is_not_read_inside_monday() -> None:
    text = (
        "Бұл туралы дүйсенбі күні РИА Новости агенттігіне қорғаныс комитетінің төрағасы мәлімдеді: "
        "https://ria.ru/20200106/1563000001.html\n"
    )
    assert (
        str(_read(text, "text", "2020-01-10")["https://ria.ru/20200106/1563000001.html"].date) == "2020-01-06"
    )


def test_the_kazakh_related_label_titles_its_link() -> None:
    page = (
        "<html><body><article><p>Ирак Ресейден С-300 кешендерін сатып алу жөніндегі келіссөздерді қайта "
        "бастады, деп хабарлады агенттік.</p><p><strong>Сондай-ақ оқыңыз:</strong> <a href='https://kz.example/"
        "kk/alem/iran-1452101'>Иран Ирактағы АҚШ базаларына соққы берді</a></p></article></body></html>"
    )
    assert _read(page, "html")["https://kz.example/kk/alem/iran-1452101"].title == (
        "Иран Ирактағы АҚШ базаларына соққы берді"
    )


# --- a link preview card, a Telegram channel's web preview


def test_a_link_preview_card_gives_its_title_and_site() -> None:
    card = lxml_html.fromstring(
        '<a class="tgme_widget_message_link_preview" href="https://tass.ru/politika/7487995"><div '
        'class="link_preview_site_name">ТАСС</div><div class="link_preview_title">Жириновский призвал Иран '
        'купить С-400</div><div class="link_preview_description">Лидер ЛДПР ...</div></a>'
    )
    assert _preview_card(card) == ("Жириновский призвал Иран купить С-400", "ТАСС")
    plain = lxml_html.fromstring('<a class="preview" href="https://a.example/x"><b>Read the preview</b></a>')
    assert _preview_card(plain) is None  # no preview title element: the link's own text is read


def test_a_telegram_channel_preview_owns_its_channel_and_posts() -> None:
    own = "https://t.me/s/oboron_vestnik_example"
    assert telegram_channel("/s/oboron_vestnik_example") == "/oboron_vestnik_example"
    assert is_own_navigation("https://t.me/oboron_vestnik_example/4810", own)
    assert is_own_navigation("https://t.me/oboron_vestnik_example", own)
    assert not is_own_navigation("https://t.me/tass_agency/12345", own)  # another channel's post: cited
    assert telegram_channel("/oboron_vestnik_example/4810") is None  # a post's own page: no channel rule


# --- Wiktionary's quotation templates


def test_wiktionary_quotation_templates_cite() -> None:
    assert is_citation_template("quote-web")
    assert is_citation_template("quote-journal")
    assert not is_citation_template("quote")
    assert not is_citation_template("Quote box")
    wiki = (
        "#* {{quote-web|en|date=2019-03-04|title=Your bookmarks are dying|work=The Fenwick Ledger|"
        "url=https://www.fenwickledger.example/tech/2019/03/04/bookmarks|passage=... '''link rot'''.}}\n"
    )
    ref = _read(wiki, "wikitext")["https://www.fenwickledger.example/tech/2019/03/04/bookmarks"]
    assert (ref.title, ref.outlet, str(ref.date)) == (
        "Your bookmarks are dying",
        "The Fenwick Ledger",
        "2019-03-04",
    )


# --- an RFC's references, its expiry date, numbered reference headings


RFC = (
    "4.  References\n\n"
    '   [RFC9110]  Fielding, R., Ed., Nottingham, M., Ed., and J. Reschke,\n              Ed., "HTTP '
    'Semantics", STD 97, RFC 9110,\n              DOI 10.17487/RFC9110, June 2022,\n'
    "              <https://www.rfc-editor.org/info/rfc9110>.\n\n"
    '   [DECAY]\n              Lindqvist, M., "Link decay in records portals", Working\n'
    "              Paper 24-03, February 2024,\n              <https://institute.example.org/wp-24-03>.\n"
)


def test_rfc_reference_entries_are_read_as_one_line_each() -> None:
    joined = rfc_references(RFC)
    assert joined.count("\n") == RFC.count("\n")  # the lines after each entry stay where they were
    assert (
        '   [RFC9110]  Fielding, R., Ed., Nottingham, M., Ed., and J. Reschke, Ed., "HTTP Semantics"'
        in joined
    )
    cited = _read(RFC, "text")
    rfc = cited["https://www.rfc-editor.org/info/rfc9110"]
    assert (rfc.title, str(rfc.date)) == ("HTTP Semantics", "2022-06")
    assert cited["https://institute.example.org/wp-24-03"].title == "Link decay in records portals"


def test_bracketed_lines_without_an_indented_entry_are_left() -> None:
    text = "Notes:\n   [1] see below\nThe end.\n"
    assert rfc_references(text) == text
    assert rfc_references("no anchors here\n") == "no anchors here\n"


def test_an_expiry_date_is_no_dateline() -> None:
    head = "Internet-Draft                           Fenwick Institute\nExpires: 12 September 2024   Co-op\n"
    assert dateline(head + "                                   11 March 2024\n")[0] == PartialDate(
        2024, 3, 11
    )
    assert dateline("Published: 12 September 2024\n")[0] == PartialDate(2024, 9, 12)


def test_an_rfc_s_numbered_reference_headings_open_a_reference_section() -> None:
    text = rfc_references("Intro\n\n4.2.  Informative References\n\n   [A]  x\n")
    assert len(_reference_sections(text)) == 1
    prose = "Intro\n\n4.2.  Informative References\n\nNo anchors here.\n"
    assert rfc_references(prose) == prose  # not an RFC's references: left to the other rules
    assert _reference_sections("Intro\n12 sources said the deal was off\nMore.\n") == []


# --- a table of sources in HTML (a spreadsheet saved as a web page)


TABLE = (
    "<html><body><table><tr><td colspan=5>Tracker (updated 29/03/2024)</td></tr><tr><td>Source</td>"
    "<td>Source title</td><td>Published</td><td>Link</td><td>Accessed</td></tr><tr><td>Harlow Ledger</td>"
    "<td>Who wrote Measure 4?</td><td>15/03/2024</td><td><a href='https://www.harlowledger.example/p/measure-4'>"
    "Link</a></td><td>28/03/2024</td></tr></table></body></html>"
)


def test_a_table_row_gives_its_link_the_row_s_fields() -> None:
    ref = _read(TABLE, "html")["https://www.harlowledger.example/p/measure-4"]
    assert (ref.title, ref.outlet, str(ref.date), str(ref.access_date)) == (
        "Who wrote Measure 4?",
        "Harlow Ledger",
        "2024-03-15",
        "2024-03-28",
    )


def test_a_layout_table_has_no_record() -> None:
    root = lxml_html.fromstring(
        "<table><tr><td>Home</td><td>News</td><td>Sport</td></tr><tr><td>a</td><td><a href='https://x.example/"
        "story'>story</a></td><td>b</td></tr></table>"
    )
    anchor = next(root.iter("a"))
    assert table_record(anchor, {}) is None


# --- a CITATION.cff, nested YAML lists


CFF = (
    "cff-version: 1.2.0\ntitle: floodgauge\nurl: 'https://floodgauge.example.org'\nauthors:\n"
    "  - name: Harbour Data Co-op\n    website: 'https://harbourdata.example.coop'\nreferences:\n"
    "  - type: report\n    title: River gauge telemetry review\n    authors:\n      - name: Rivers Trust\n"
    "    date-published: '2023-09-14'\n    url: >-\n      https://rivers.example.org/reports/telemetry.pdf\n"
    "  - type: article\n    title: Quality control of river series\n    journal: Journal of Hydrometry\n"
    "    year: 2022\n    url: 'https://doi.org/10.5555/jhp.2022.118'\n"
)


def test_a_cff_file_cites_its_references_alone() -> None:
    assert cff_references(CFF).count("\n") == CFF.count("\n")
    cited = _read(CFF, "text")
    assert list(cited) == [
        "https://rivers.example.org/reports/telemetry.pdf",
        "https://doi.org/10.5555/jhp.2022.118",
    ]
    report = cited["https://rivers.example.org/reports/telemetry.pdf"]
    assert (report.title, str(report.date)) == (
        "River gauge telemetry review",
        "2023-09-14",
    )  # (authors nested)
    paper = cited["https://doi.org/10.5555/jhp.2022.118"]
    assert (paper.title, paper.outlet, str(paper.date)) == (
        "Quality control of river series",
        "Journal of Hydrometry",
        "2022",
    )
    assert detect_format("CITATION.cff", CFF) == "text"


def test_yaml_without_cff_version_is_left() -> None:
    text = "title: notes\nreferences:\n  - url: https://a.example/x\n"
    assert cff_references(text) == text


# --- SubRip subtitles


SRT = (
    "1\n00:00:17,880 --> 00:00:23,040\nПро це в четвер, 9 січня, розповів\n"
    "російському агентству РІА Новини\n\n"
    "2\n00:00:23,040 --> 00:00:27,600\nголова оборонного комітету парламенту.\n\n"
    '3\n00:00:27,600 --> 00:00:30,200\n<font color="#ffff00">Джерело: РІА Новини, 9 січня 2020</font>\n'
    "ria.ru/20200109/1563219328.html\n\n"
    "4\n00:00:30,200 --> 00:00:35,480\nА Жириновський тоді закликав Іран.\n"
)


def test_subrip_subtitles_are_read_as_their_captions() -> None:
    assert looks_like_srt(SRT)
    text = srt_text(SRT)
    assert "-->" not in text
    assert "<font" not in text
    assert "розповів\nросійському агентству РІА Новини\nголова" in text  # a sentence over cues: one paragraph
    assert "1563219328.html\n\nА Жириновський" in text  # a card's address ends its paragraph
    ria = _read(SRT, "text", "2024-05-03")["https://ria.ru/20200109/1563219328.html"]
    assert str(ria.date) == "2020-01-09"
    assert detect_format("video.srt", SRT) == "text"


def test_a_numbered_list_is_no_subrip_file() -> None:
    assert not looks_like_srt("1\nFirst, the council met.\n\n2\nThen it voted.\n")
    assert not looks_like_srt("1. First item\n2. Second item\n")


# --- a video call's join link


def test_a_meeting_join_link_is_no_citation() -> None:
    assert is_meeting_link("https://us06web.zoom.us/j/84512239911?pwd=Qm9z.1")
    assert is_meeting_link("https://meet.google.com/abc-defg-hij")
    assert is_meeting_link("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x/0")
    assert not is_meeting_link("https://www.zoom.us/blog/2024/03/05/new-features")  # the company's own post
    assert not is_meeting_link("https://meet.google.com/about/")
    chat = "10:11:40 From Priya to Everyone:\n\tBreakout: https://us06web.zoom.us/j/845122?pwd=Q.1\n"
    assert _read(chat, "text") == {}
