"""Rules added after the twenty-second held-out batch (tests/fixtures/articles/heldout, ``b22_*``), and the
plain-text reading cut made with it, each on a small string, with a case each rule must leave alone."""

from __future__ import annotations

import json
import re
from re import _constants as sre_constants  # (the parsed form of a pattern: to read the labels' letters)
from re import _parser as sre_parser
from typing import Any

from lxml import html as lxml_html

from linkcheck.article_formats import detect_format
from linkcheck.articles import _prose, extract_citations
from linkcheck.articles._activitypub import outbox_page
from linkcheck.articles._base import is_boilerplate, is_subscription
from linkcheck.articles._markup import (
    bbl_text,
    looks_like_bbl,
    looks_like_pod,
    looks_like_texinfo,
    pod_text,
    tex_url_breaks,
    texinfo_text,
)
from linkcheck.articles._xmldoc import field_link, xml_document_page
from linkcheck.articles.html import _numbered_paragraph
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str, date: str | None = None) -> dict[str, Citation]:
    day = PartialDate.parse(date) if date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=day)}


# --- the related-article labels' first letters (a cost cut: the same lines match)


def _first_letters(items: Any) -> tuple[set[str], bool]:
    """The literal characters a parsed pattern can start with, and whether it can match the empty string."""
    letters: set[str] = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            return letters | {chr(av)}, False
        if op is sre_constants.SUBPATTERN:
            found, empty = _first_letters(av[3])
        elif op is sre_constants.BRANCH:
            branches = [_first_letters(branch) for branch in av[1]]
            found, empty = set().union(*(b[0] for b in branches)), any(b[1] for b in branches)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            found, inner_empty = _first_letters(av[2])
            empty = av[0] == 0 or inner_empty
        else:
            raise AssertionError(f"a label starts with {op}: read its first letters by hand")
        letters |= found
        if not empty:
            return letters, False
    return letters, True


def test_the_label_letter_classes_are_the_labels_first_letters() -> None:
    for labels, firsts in (
        (_prose._BASE_LABELS, _prose._BASE_LABEL_FIRSTS),
        (_prose._MORE_LABELS, _prose._MORE_LABEL_FIRSTS),
    ):
        letters, empty = _first_letters(sre_parser.parse(labels, re.IGNORECASE))
        assert not empty
        assert letters == set(firsts)


def test_the_letter_class_matches_what_the_letters_match_ignoring_case() -> None:
    firsts = _prose._BASE_LABEL_FIRSTS + _prose._MORE_LABEL_FIRSTS
    letters = re.compile(f"[{firsts}]", re.IGNORECASE)
    each = [re.compile(re.escape(letter), re.IGNORECASE) for letter in firsts]
    # every character a letter's case variant could be: the letters' upper, lower and title cases, and the
    # characters whose lower or upper case is one (the Kelvin sign's k, the long s, a dotted capital I)
    candidates = {c for letter in firsts for c in (letter, letter.upper(), letter.lower(), letter.title())}
    candidates |= {chr(c) for c in range(0x3000) if chr(c).lower() in firsts or chr(c).upper() in firsts}
    candidates |= {"K", "ſ", "İ", "ı", "Q", "1", " "}
    for c in candidates:
        assert (letters.match(c) is not None) == any(e.match(c) for e in each), c


def test_related_lines_are_found_as_before_and_other_lines_left_alone() -> None:
    prose = (
        "The minister spoke on Monday.\n"
        "  > Related article: Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?\n"
        "Читайте также: Ирак вернулся к переговорам\n"
        "À lire aussi : La réforme des retraites\n"
        "相关阅读：三峡水库\n"
        "Reporters said the related article was wrong: it was not.\n"
        "Kapcsolódó cikk: A reform\n"
    )
    found = [(label, title) for _, label, title, _, _ in _prose._related_lines(prose)]
    assert found == [
        ("Related article", "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"),
        ("Читайте также", "Ирак вернулся к переговорам"),
        ("À lire aussi", "La réforme des retraites"),
        ("相关阅读", "三峡水库"),
        ("Kapcsolódó cikk", "A reform"),
    ]
    assert list(_prose._related_lines("Related coverage was thin.\nMore on this later, she said.\n")) == []


# --- Word's document.xml and FictionBook, read as HTML

_W = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/'
    'wordprocessingml/2006/main"><w:body>{}</w:body></w:document>'
)


def _field(instruction: str, words: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{words}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_a_word_fields_hyperlink_is_a_link_of_its_shown_words() -> None:
    assert field_link(' HYPERLINK "https://tass.ru/politika/7487995" \\o "TASS" ') == (
        "https://tass.ru/politika/7487995"
    )
    assert field_link(' HYPERLINK \\l "_Sources" ') == ""  # a bookmark in the document
    assert field_link(' HYPERLINK "mailto:desk@paper.example" ') == ""
    assert field_link(" PAGE ") == ""
    body = (
        '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Iraq resumes S-300 talks</w:t></w:r></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">al-Haider told </w:t></w:r>'
        + _field(' HYPERLINK "https://ria.ru/20200109/1563219328.html" ', "RIA Novosti")
        + '<w:r><w:t xml:space="preserve"> and </w:t></w:r><w:fldSimple w:instr=" HYPERLINK &quot;'
        'https://tass.ru/politika/7487995&quot; "><w:r><w:t>TASS</w:t></w:r></w:fldSimple>'
        + _field(' HYPERLINK \\l "_Reaction" ', "below")
        + "</w:p>"
    )
    page = xml_document_page(_W.format(body))
    assert page is not None
    assert "<title>Iraq resumes S-300 talks</title>" in page
    assert '<a href="https://ria.ru/20200109/1563219328.html">RIA Novosti</a>' in page
    assert '<a href="https://tass.ru/politika/7487995">TASS</a>' in page
    assert "below</a>" not in page
    assert "below" in page
    cited = _read(_W.format(body), "html")
    assert sorted(cited) == ["https://ria.ru/20200109/1563219328.html", "https://tass.ru/politika/7487995"]


def test_a_word_hyperlink_whose_address_is_in_another_file_is_its_words() -> None:
    body = '<w:p><w:hyperlink r:id="rId7"><w:r><w:t>the report</w:t></w:r></w:hyperlink></w:p>'
    page = xml_document_page(_W.format(body).replace("<w:document ", '<w:document xmlns:r="urn:r" '))
    assert page is not None
    assert "the report" in page
    assert "<a " not in page


_FB2 = (
    '<?xml version="1.0" encoding="utf-8"?>\n<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" '
    'xmlns:l="http://www.w3.org/1999/xlink"><description><title-info><book-title>Дайджест</book-title>'
    '<date value="2020-01-10">10 января 2020</date></title-info><document-info>'
    "<src-url>https://digest.example/vypusk/2</src-url></document-info></description>"
    '<body><section><p>Сообщило <a l:href="https://ria.ru/20200109/1563219328.html">РИА Новости</a>.'
    '<a l:href="#n_1" type="note">[1]</a></p><image l:href="#pic.jpg"/></section></body>'
    '<body name="notes"><title><p>Примечания</p></title><section id="n_1"><title><p>1</p></title>'
    "<p>ТАСС, 8 января 2020 г. — https://tass.ru/politika/7487995</p></section></body>"
    '<binary id="pic.jpg" content-type="image/jpeg">/9j/4AAQ</binary></FictionBook>'
)


def test_a_fictionbooks_links_and_notes_are_read_and_its_own_address_is_not() -> None:
    page = xml_document_page(_FB2)
    assert page is not None
    assert "<title>Дайджест</title>" in page
    assert 'content="2020-01-10"' in page
    assert '<a href="https://ria.ru/20200109/1563219328.html">РИА Новости</a>' in page
    assert "<ol><li>" in page
    assert "Примечания" not in page
    assert "/9j/" not in page
    cited = _read(_FB2, "html")
    assert sorted(cited) == ["https://ria.ru/20200109/1563219328.html", "https://tass.ru/politika/7487995"]
    assert cited["https://tass.ru/politika/7487995"].outlet == "ТАСС"


def test_other_xml_is_left_to_the_html_reader() -> None:
    assert xml_document_page('<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>') is None


# --- a Mastodon archive's outbox


def _outbox(*items: dict[str, object]) -> str:
    return json.dumps(
        {
            "@context": "https://www.w3.org/ns/activitystreams",
            "type": "OrderedCollection",
            "orderedItems": items,
        }
    ).replace("<", "\\u003c")


_ACTOR = "https://social.example/users/floodwatch"


def test_an_outboxs_posts_are_read_and_its_own_addresses_are_not() -> None:
    note = {
        "id": f"{_ACTOR}/statuses/1",
        "type": "Note",
        "url": "https://social.example/@floodwatch/1",
        "published": "2024-03-12T08:41:00Z",
        "to": ["https://www.w3.org/ns/activitystreams#Public"],
        "cc": [f"{_ACTOR}/followers"],
        "tag": [{"type": "Hashtag", "href": "https://social.example/tags/flooding"}],
        "content": '<p>The river authority\'s review: <a href="https://river.example/reports/review">'
        "river.example/reports/review</a></p>",
    }
    boost = {"type": "Announce", "actor": _ACTOR, "object": "https://other.example/users/x/statuses/9"}
    text = _outbox({"type": "Create", "actor": _ACTOR, "object": note}, boost)
    page = outbox_page(text)
    assert page is not None
    assert '<time datetime="2024-03-12T08:41:00Z">' in page
    assert list(_read(text, "text")) == ["https://river.example/reports/review"]


def test_other_json_is_no_outbox() -> None:
    assert outbox_page('{"orderedItems": [], "note": "no ActivityStreams context"}') is None
    assert outbox_page('{"@context": "https://www.w3.org/ns/activitystreams", "type": "Note"}') is None


# --- machinery: a read-later app's highlight links, a messenger's invitations


def test_a_view_highlight_link_is_machinery_and_a_sentence_about_highlights_is_not() -> None:
    assert is_boilerplate("View Highlight")
    assert is_boilerplate("Підписатися")
    assert not is_boilerplate("View highlights of the final")


def test_a_telegram_invitation_is_a_subscription_and_a_channels_post_is_not() -> None:
    assert is_subscription("https://t.me/+Qm3xJf8sLk1hYTIy")
    assert is_subscription("https://t.me/joinchat/AAAAAEw1c2")
    assert not is_subscription("https://t.me/skhidnyi_monitor/4411")


# --- a doubled letter across two whole words only


def test_a_word_whose_initial_stands_before_a_name_is_no_part_of_it() -> None:
    assert _prose._spell("tas", ["that", "tas"]) == 0  # "That TASS" on tass.ru: TASS alone
    assert _prose._spell("consumereports", ["consumer", "reports"]) == 2  # a doubled letter, two words
    mentions = _prose.find_mentions("That TASS link is the quote.", ["tas"], cue=False)
    assert [m.name for m in mentions] == ["TASS"]


# --- Texinfo, POD and a BibTeX .bbl


def test_a_tex_url_broken_by_a_percent_line_end_is_whole_on_its_first_line() -> None:
    text = "URL\n  \\url{https://power.example/reports/winter-2022-2%\n3.pdf}.\nNext line\n"
    assert (
        tex_url_breaks(text)
        == "URL\n  \\url{https://power.example/reports/winter-2022-23.pdf}\n.\nNext line\n"
    )
    assert (
        tex_url_breaks("A 50% share\nof \\url{https://x.example/a}")
        == "A 50% share\nof \\url{https://x.example/a}"
    )


_BBL = (
    "\\begin{thebibliography}{2}\n\\providecommand{\\url}[1]{\\texttt{#1}}\n\n"
    "\\bibitem[{Fjellheim Kraft}(2023)]{fk2023}\n{Fjellheim Kraft}.\n\\newblock Winter peak load report.\n"
    "\\newblock Technical report, Fjellheim Kraft, March 2023.\n\\newblock URL\n"
    "  \\url{https://fjellheimkraft.example/rapporter/winter-peak-load-report.pdf}.\n\n"
    "\\bibitem[Str{\\o}m(2021)]{strom2021}\nIngrid Str{\\o}m.\n\\newblock \\emph{Electrifying Heat}.\n"
    "\\newblock Fagbokforlaget, 2021.\n\n\\end{thebibliography}\n"
)


def test_a_bbl_entry_is_read_as_a_reference_on_its_bibitems_line() -> None:
    assert looks_like_bbl(_BBL)
    assert not looks_like_bbl("See \\begin{thebibliography} below.")
    text = bbl_text(_BBL)
    assert text.count("\n") == _BBL.count("\n")
    lines = text.split("\n")
    assert lines[0] == "References"
    assert lines[3].startswith("Fjellheim Kraft. Winter peak load report. Technical report, Fjellheim Kraft,")
    assert "Ingrid Strøm. Electrifying Heat. Fagbokforlaget, 2021." in lines
    (cited,) = extract_citations(_BBL, "text")
    assert (cited.line, cited.title, str(cited.date)) == (4, "Winter peak load report", "2023-03")


_TEXINFO = (
    "\\input texinfo\n@settitle Tidewatch\n\nThe constants are the Coastal Data Office's\n"
    "@uref{https://coastal-data.example/stations/constituents,\nHarmonic constituents by station}, updated"
    " in 2023.\nSee @cite{Shallow Tides}. Write to @email{bugs@@tidewatch.example}.\n"
    "@url{https://tidal.example/papers/shallow.pdf}\n@bye\n"
)


def test_texinfo_links_are_read_with_their_words_in_place() -> None:
    assert looks_like_texinfo(_TEXINFO)
    assert not looks_like_texinfo("A manual. \\input texinfo")
    text = texinfo_text(_TEXINFO)
    assert text.count("\n") == _TEXINFO.count("\n")
    assert (
        '<a href="https://coastal-data.example/stations/constituents">Harmonic constituents by station</a>'
        in text
    )
    assert "See Shallow Tides. Write to bugs@tidewatch.example." in text
    cited = _read(_TEXINFO, "text")
    assert (
        cited["https://coastal-data.example/stations/constituents"].title
        == "Harmonic constituents by station"
    )
    assert cited["https://coastal-data.example/stations/constituents"].line == 5
    assert cited["https://tidal.example/papers/shallow.pdf"].line == 8


_POD = (
    "package Geo::Thin;\n1;\n__END__\n\n=head1 SEE ALSO\n\n=over 4\n\n"
    "=item * L<Geo::Shape>, L</OPTIONS>\n\n"
    "=item * Maren Holt, I<Simplifying coastlines>,\nCartography Notes, 3 June 2021.\n"
    "L<https://cartography-notes.example/2021/06/03/simplifying-coastlines>\n\n"
    "=item * L<the paper|https://doi.org/10.1179/000870493786962263> and C<< $x->thin >> E<lt>hereE<gt>\n\n"
    "=back\n\n=cut\n"
)


def test_pod_links_and_codes_are_read_as_text() -> None:
    assert looks_like_pod(_POD)
    assert looks_like_pod("=pod\n\nText.\n")
    assert not looks_like_pod("package main;\n# no documentation\n")
    assert not looks_like_pod("=== Heading ===\n")
    text = pod_text(_POD)
    assert text.count("\n") == _POD.count("\n")
    assert "* Geo::Shape, OPTIONS" in text
    assert "* Maren Holt, “Simplifying coastlines”," in text
    assert "* the paper: https://doi.org/10.1179/000870493786962263 and $x->thin <here>" in text
    assert "=over" not in text
    assert "=item" not in text
    cited = _read(_POD, "text")
    holt = cited["https://cartography-notes.example/2021/06/03/simplifying-coastlines"]
    assert (holt.title, str(holt.date), holt.outlet) == (
        "Simplifying coastlines",
        "2021-06-03",
        "Cartography Notes",
    )


# --- a numbered paragraph is a list's item


def test_a_paragraph_opening_with_a_number_is_read_as_a_sources_entry() -> None:
    page = (
        "<html><body><article><p>Текст.</p><p><b>Источники:</b></p>"
        '<p>1. ТАСС, 8 января 2020 — <a href="https://tass.ru/politika/7487995">tass.ru/politika/7487995</a></p>'
        "</article></body></html>"
    )
    entry = _read(page, "html")["https://tass.ru/politika/7487995"]
    assert (entry.outlet, str(entry.date)) == ("ТАСС", "2020-01-08")
    paragraph, block = lxml_html.fromstring("<p>x</p>"), lxml_html.fromstring("<div>x</div>")
    assert _numbered_paragraph(paragraph, "2) Outlet, 8 January 2020 — ")
    assert not _numbered_paragraph(paragraph, "2020 was the year ТАСС wrote ")  # a year, no number
    assert not _numbered_paragraph(paragraph, "1.5 million readers saw ")
    assert not _numbered_paragraph(block, "1. Outlet — ")  # a block of its own kind: read as before


def test_the_new_kinds_are_read_by_the_reader_that_knows_them() -> None:
    assert detect_format("document.xml", _W.format("<w:p/>")) == "html"
    assert detect_format("digest.xml", _FB2) == "html"
    assert detect_format("digest.fb2", _FB2) == "html"
    for name in ("tidewatch.texi", "manual.texinfo", "Simplify.pm", "guide.pod", "thesis.bbl"):
        assert detect_format(name, "") == "text"
    assert detect_format("feed.xml", '<?xml version="1.0"?><rss><channel></channel></rss>') != "wikitext"


# --- a weekday after "until" is a deadline


def test_a_weekday_after_until_is_no_reports_day() -> None:
    prose = "Sandbag points at <a>the depot</a> are open until Friday, the council said on Wednesday."
    day = PartialDate.parse("2024-03-14")  # a Thursday
    assert _prose._first_weekday(prose, 0, len(prose), day) == (
        PartialDate.parse("2024-03-13"),
        "on Wednesday",
    )
    said = "The council said on Friday that the depot stays open."
    assert _prose._first_weekday(said, 0, len(said), day) == (PartialDate.parse("2024-03-08"), "on Friday")


def test_a_deadline_word_is_read_whole_before_the_weekday() -> None:
    for text in ("open until Friday", "Until Friday", "went through Friday", "bis Freitag", "till\tFriday"):
        assert _prose._deadline_before(text, text.rindex(" " if " " in text else "\t") + 1), text
    for text in (
        "breakthrough Friday",
        "xuntil Friday",
        "said on Friday",
        "untilFriday",
        "\n Friday",
        "\n\t Friday",
    ):
        assert not _prose._deadline_before(text, len(text) - len("Friday")), repr(text)
