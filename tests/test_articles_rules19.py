"""Rules added after the nineteenth held-out batch (tests/fixtures/articles/heldout, ``b19_*``), each on a
small string, with a case each rule must leave alone."""

from __future__ import annotations

from linkcheck.article_formats import detect_format
from linkcheck.articles import extract_citations
from linkcheck.articles._base import is_boilerplate, is_subscription
from linkcheck.articles._calendar import calendar_text, looks_like_calendar
from linkcheck.articles._entries import outlet_led_title
from linkcheck.articles._notebook import looks_like_notebook, notebook_markdown
from linkcheck.articles._prose import organisation_author
from linkcheck.articles._records import csl_date, csl_json_items
from linkcheck.articles._roff import looks_like_roff, roff_date, roff_text
from linkcheck.models import Citation, PartialDate


def _read(text: str, fmt: str, date: str | None = None) -> dict[str, Citation]:
    day = PartialDate.parse(date) if date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=day)}


def _day(value: PartialDate | None) -> str:
    return str(value) if value is not None else "-"


# --- A raw Jupyter notebook ---------------------------------------------------------------------------------

_NOTEBOOK = """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Harbour volumes\\n",
    "\\n",
    "1. Ostwick Gazette, \\"Dredging finished early\\", 9 Nov 2023. https://ostwickgazette.example/2023/11/09/a\\n",
    "2. [Marine Review: \\u201cCalderport climbs\\u201d](https://marinereview.example/24/climbs) (2024)"
   ]
  },
  {
   "cell_type": "code",
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_csv(\\"https://data.example/teu.csv\\")"
   ]
  }
 ],
 "nbformat": 4
}
"""


def test_a_notebooks_markdown_cells_are_read_as_markdown_and_its_code_is_not() -> None:
    got = _read(_NOTEBOOK, "text")
    assert sorted(got) == [
        "https://marinereview.example/24/climbs",
        "https://ostwickgazette.example/2023/11/09/a",
    ]
    gazette = got["https://ostwickgazette.example/2023/11/09/a"]  # not glued to the string's "\n"
    assert (gazette.title, gazette.outlet, _day(gazette.date)) == (
        "Dredging finished early",
        "Ostwick Gazette",
        "2023-11-09",
    )
    assert (
        got["https://marinereview.example/24/climbs"].title == "Calderport climbs"
    )  # the \u201c escapes read
    assert got["https://marinereview.example/24/climbs"].line == 10  # the file's line


def test_notebook_lines_keep_their_places_and_other_json_is_no_notebook() -> None:
    assert looks_like_notebook(_NOTEBOOK)
    lines = notebook_markdown(_NOTEBOOK).split("\n")
    assert len(lines) == len(_NOTEBOOK.split("\n"))
    assert lines[6] == "# Harbour volumes"
    assert lines[17] == ""
    assert not looks_like_notebook('{"version": "https://jsonfeed.org/version/1.1", "items": []}')
    assert not looks_like_notebook("The cells were counted.")


# --- An iCalendar file --------------------------------------------------------------------------------------

_CALENDAR = (
    "BEGIN:VCALENDAR\n"
    "BEGIN:VTIMEZONE\n"
    "TZURL:http://tzurl.org/zoneinfo-outlook/Europe/London\n"
    "END:VTIMEZONE\n"
    "BEGIN:VEVENT\n"
    "SUMMARY:Sentencing\n"
    'DESCRIPTION:Background: Northgate Courier\\, "Quarry boss guilty of fraud"\\, 29 April 2024\\, https://northgatecour\n'
    " ier.example/news/2024/04/29/quarry-b\n"
    " oss-guilty\\nReporter: P. Nair\\; photographer 09:30.\n"
    'X-ALT-DESC;FMTTYPE=text/html:<a href="https://northgatecourier.example/news/2024/04/29/quarry-boss-guilty">x</a>\n'
    "END:VEVENT\n"
    "END:VCALENDAR\n"
)


def test_a_calendars_folded_lines_are_unfolded_and_its_escapes_read() -> None:
    got = _read(_CALENDAR, "text")
    assert list(got) == [
        "https://northgatecourier.example/news/2024/04/29/quarry-boss-guilty"
    ]  # no TZURL, one URL
    courier = got["https://northgatecourier.example/news/2024/04/29/quarry-boss-guilty"]
    assert (courier.title, courier.outlet, _day(courier.date)) == (
        "Quarry boss guilty of fraud",
        "Northgate Courier",
        "2024-04-29",
    )
    assert courier.line == 7


def test_calendar_text_keeps_lines_and_other_texts_are_no_calendar() -> None:
    text = calendar_text(_CALENDAR)
    lines = text.split("\n")
    assert len(lines) == len(_CALENDAR.split("\n"))
    assert lines[7] == "Reporter: P. Nair; photographer 09:30."  # the "\n" escape is a line, the folds' place
    assert lines[2] == lines[0] == ""  # TZURL, BEGIN blank
    assert looks_like_calendar(_CALENDAR)
    assert not looks_like_calendar("Meeting notes\nBEGIN:VCALENDAR was pasted below")


# --- A man page's roff source -------------------------------------------------------------------------------

_MAN = """.\\" Old API: https://tides.example/api/v1/
.TH TIDEWATCH 1 "18 April 2024" "tidewatch 2.3" "User Commands"
.SH DESCRIPTION
.B tidewatch
reads the tide service
.UR https://tides.example/api/v2/
.UE
and predicts.
.SH EXAMPLES
.EX
$ curl https://tides.example/api/v2/stations/7041
.EE
.SH BUGS
Report bugs at
.UR https://codeberg.example/tidewatch/issues
.UE .
.SH SEE ALSO
Hydrographic Office of Westmark,
.I Tidal prediction methods, 4th edition ,
March 2022,
.UR https://hydro.westmark.example/methods-4.pdf
.UE .
"""


def test_a_man_pages_links_entries_and_date() -> None:
    got = extract_citations(_MAN, "text")
    by_url = {c.url: c for c in got}
    # Not the commented-out URL, not the example's, not the project's own bug tracker.
    assert sorted(by_url) == ["https://hydro.westmark.example/methods-4.pdf", "https://tides.example/api/v2/"]
    methods = by_url["https://hydro.westmark.example/methods-4.pdf"]
    assert (methods.title, _day(methods.date)) == ("Tidal prediction methods, 4th edition", "2022-03")
    assert got[0].article is not None
    assert _day(got[0].article.date) == "2024-04-18"
    assert by_url["https://tides.example/api/v2/"].line == 4  # its filled paragraph's first line


def test_roff_text_fills_paragraphs_in_place_and_other_texts_are_no_roff() -> None:
    lines = roff_text(_MAN).split("\n")
    assert len(lines) == len(_MAN.split("\n"))
    assert lines[3] == "tidewatch reads the tide service https://tides.example/api/v2/ and predicts."
    assert lines[0] == ""
    assert lines[10] == ""
    assert lines[17].startswith("- Hydrographic Office of Westmark, “Tidal prediction methods, 4th edition”,")
    assert looks_like_roff(_MAN)
    assert _day(roff_date(_MAN)) == "2024-04-18"
    assert not looks_like_roff(". This line opens with a full stop.\nNo title line follows.")


def test_report_bugs_is_machinery_but_a_report_is_not() -> None:
    assert is_boilerplate("Report bugs at")
    assert is_boilerplate("Report issues to")
    assert not is_boilerplate("Report: ")
    assert not is_boilerplate("The report on bugs in the 2023 release:")


# --- CSL JSON -----------------------------------------------------------------------------------------------

_CSL = """[
	{
		"id": "http://zotero.org/users/1/items/AAAA1111",
		"type": "article-newspaper",
		"container-title": "The Kessel Ledger",
		"title": "County approves flood barrier",
		"URL": "https://ledger.example/2023/06/14/barrier",
		"abstract": "More at https://ledger.example/about/",
		"accessed": {"date-parts": [["2024", 2, 3]]},
		"issued": {"date-parts": [["2023", 6, 14]]}
	},
	{
		"id": "item-2",
		"type": "report",
		"publisher": "Wendvale Environment Agency",
		"title": "Flood risk review",
		"URL": "https://wendvale.example/flood-risk.pdf",
		"issued": {"date-parts": [[2023, 11]]}
	}
]
"""


def test_a_csl_json_items_url_gets_its_fields_and_other_fields_urls_are_not_cited() -> None:
    got = _read(_CSL, "text")
    assert sorted(got) == [
        "https://ledger.example/2023/06/14/barrier",
        "https://wendvale.example/flood-risk.pdf",
    ]
    ledger = got["https://ledger.example/2023/06/14/barrier"]
    assert (ledger.title, ledger.outlet, _day(ledger.date), _day(ledger.access_date)) == (
        "County approves flood barrier",
        "The Kessel Ledger",
        "2023-06-14",
        "2024-02-03",
    )
    report = got["https://wendvale.example/flood-risk.pdf"]
    assert (report.outlet, _day(report.date)) == ("Wendvale Environment Agency", "2023-11")


def test_csl_dates_and_what_is_no_csl_json() -> None:
    assert _day(csl_date({"date-parts": [["2022"]]})) == "2022"
    assert _day(csl_date({"raw": "2023-06-14"})) == "2023-06-14"
    assert csl_date({"date-parts": [["spring"]]}) is None
    assert csl_json_items('[{"id": 1, "type": "x"') is None  # not JSON: read as any text
    assert csl_json_items('[1, 2, 3] and "id" and "type"') is None
    assert csl_json_items("A list: [the id, the type]") is None


# --- HTML: mail archives, AMP ads, replies, definition lists, a site's redirector ---------------------------

_PIPERMAIL = """<html><body><h1>[list] Ferry cuts: sources</h1>
<b>Maren</b> <i>Tue May 14 09:12:40 CEST 2024</i>
<ul><li>Previous message: <a href="004411.html">[list] Bus lanes</a></li></ul>
<!--beginarticle-->
<pre>Hi all,

Fjordposten covered it on 6 May: &quot;Ferry cuts would strand island commuters&quot;
<a href="https://fjordposten.example/2024/05/06/ferry-cuts-island-commuters">https://fjordposten.example/2024/05/06/ferry-cuts-island-commuters</a>

--\x20
Maren, Fjord Weekly
<a href="https://fjordweekly.example">https://fjordweekly.example</a>
</pre>
<!--endarticle-->
<a href="https://lists.example.org/mailman/listinfo/list">More information about the list</a>
</body></html>"""


def test_a_mail_archives_message_is_read_as_text_and_its_navigation_is_not_cited() -> None:
    got = extract_citations(_PIPERMAIL, "html")
    assert [c.url for c in got] == [
        "https://fjordposten.example/2024/05/06/ferry-cuts-island-commuters"
    ]  # no signature link
    assert got[0].title == "Ferry cuts would strand island commuters"
    assert got[0].article is not None
    assert _day(got[0].article.date) == "2024-05-14"
    page = "<html><body><p>See <a href='004411.html'>the previous post</a>.</p></body></html>"
    assert [c.url for c in extract_citations(page, "html")] == ["004411.html"]  # elsewhere: kept (unresolved)


def test_mailmans_list_page_is_a_sign_up_page() -> None:
    assert is_subscription("https://lists.example.org/mailman/listinfo/transit-l")
    assert not is_subscription("https://lists.example.org/pipermail/transit-l/2024-May/004412.html")


def test_amp_ads_and_replies_are_not_the_article() -> None:
    page = (
        "<html><body><article><p>Iraq resumed talks, <a href='https://ria.ru/20200109/1563219328.html'>RIA</a>"
        " said. More text to make this the body of the article, long enough.</p>"
        "<amp-ad type='adsense'><div fallback><a href='https://site.example/reklama/'>Ads</a></div></amp-ad>"
        "<div class='replies'><a href='https://www.youtube.com/watch?v=kR4vZ9yQ2wE'>a video</a></div>"
        "</article></body></html>"
    )
    assert [c.url for c in extract_citations(page, "html")] == ["https://ria.ru/20200109/1563219328.html"]
    kept = "<html><body><article><p>The <a href='https://example.org/replies-to-critics'>replies</a>.</p></article></body></html>"
    assert [c.url for c in extract_citations(kept, "html")] == ["https://example.org/replies-to-critics"]


def test_a_dd_after_a_dt_is_its_links_entry() -> None:
    page = (
        "<!DOCTYPE NETSCAPE-Bookmark-file-1><DL><p>"
        "<DT><A HREF='https://herald.example/2024/05/13/strike'>Dockers vote to strike – Herald</A>"
        "<DD>Herald, 13 May 2024. Turnout 71%."
        "<DT><A HREF='https://port.example/statement'>Statement - Port</A>"
        "<DT><A HREF='https://union.example/claim.pdf'>claim.pdf</A>"
        "<DD>The union's pay claim, February 2024"
        "</DL>"
    )
    got = _read(page, "html")
    assert _day(got["https://herald.example/2024/05/13/strike"].date) == "2024-05-13"
    assert _day(got["https://union.example/claim.pdf"].date) == "2024-02"  # the nested term's note
    assert got["https://port.example/statement"].date is None  # the note under the next term is not its


def test_a_link_through_the_sites_own_redirector_gets_no_site_name() -> None:
    page = (
        "<html><head><meta property='og:site_name' content='VK'><link rel='canonical' href='https://vk.com/wall-1_2'>"
        "</head><body><article><p>Sources:<br>TASS (08.01.2020): "
        "<a href='https://vk.com/away.php?to=https%3A%2F%2Ftass.ru%2Fpolitika%2F7487995&amp;cc_key='>tass.ru/politika/7487995</a>"
        "<br>Our group: <a href='https://vk.com/club1'>the club</a></p></article></body></html>"
    )
    got = _read(page, "html")
    tass = got["https://tass.ru/politika/7487995"]
    assert tass.outlet != "VK"
    assert _day(tass.date) == "2020-01-08"
    assert got["https://vk.com/club1"].outlet == "VK"  # a page of the site itself keeps its name


def test_an_enex_resource_is_no_source() -> None:
    page = (
        "<en-export><note><title>Research</title><content><div>Clipped: "
        "<a href='https://times.example/2024/05/14/meals'>School meal prices rise</a></div></content>"
        "<resource><resource-attributes><source-url>https://times.example/images/chart.png</source-url>"
        "</resource-attributes></resource></note></en-export>"
    )
    assert list(_read(page, "html")) == ["https://times.example/2024/05/14/meals"]


# --- Entries ------------------------------------------------------------------------------------------------


def test_a_bracketed_source_after_an_item_is_its_entry() -> None:
    text = (
        'Talks resumed, al-Haider said. [RIA Novosti, 09.01.2020, "Iraq resumes talks on S-300" — '
        "https://ria.ru/20200109/1563219328.html]\n\n"
        "Zhirinovsky urged Tehran to buy the S-400. [TASS, 08.01.2020 — https://tass.ru/politika/7487995]\n\n"
        "See the list [in our archive https://desk.example/archive/]\n"
    )
    got = _read(text, "text")
    ria = got["https://ria.ru/20200109/1563219328.html"]
    assert (ria.title, _day(ria.date)) == ("Iraq resumes talks on S-300", "2020-01-09")
    assert _day(got["https://tass.ru/politika/7487995"].date) == "2020-01-08"
    archive = got["https://desk.example/archive/"]  # neither a quoted title nor a date: no entry
    assert (archive.title, archive.date) == (None, None)


def test_an_entry_title_led_by_the_outlets_name_gives_the_outlet() -> None:
    url = "https://tass.ru/politika/7487995"
    assert outlet_led_title("ТАСС. Жириновский посоветовал Ирану купить С-400", url) == (
        "ТАСС",
        "Жириновский посоветовал Ирану купить С-400",
    )
    assert outlet_led_title("Brexit. What now?", "https://www.bbc.co.uk/news/uk-1") is None
    assert outlet_led_title("No full stop here", url) is None


def test_an_inline_reference_on_a_line_before_its_link() -> None:
    text = (
        'Preview: Wessex Broadcast, "Council to vote on bus cuts", 15 May 2024: https://wessex.example/news/68991234\n'
        'He said, "we will see", later: https://example.org/later\n'
    )
    got = _read(text, "text")
    wessex = got["https://wessex.example/news/68991234"]
    assert (wessex.title, _day(wessex.date)) == ("Council to vote on bus cuts", "2024-05-15")
    assert got["https://example.org/later"].title is None  # "later" is no date: no reference


def test_an_organisation_author_is_an_outlet_a_person_is_not() -> None:
    assert organisation_author("Westmark Water Board") == "Westmark Water Board"
    assert organisation_author("National Audit Office") == "National Audit Office"
    assert organisation_author("Liv Haugen") is None
    assert organisation_author("Haugen, Liv") is None
    assert organisation_author("Board") is None
    wiki = "Text.<ref>{{cite report |author=Westmark Water Board |title=Review |year=2023 |url=https://w.example/r.pdf}}</ref>"
    assert _read(wiki, "wikitext")["https://w.example/r.pdf"].outlet == "Westmark Water Board"
    person = "Text.<ref>{{cite web |author=Liv Haugen |title=Review |url=https://w.example/p}}</ref>"
    assert _read(person, "wikitext")["https://w.example/p"].outlet is None


def test_a_related_lines_title_loses_a_cut_address_and_an_outlet_language_note() -> None:
    page = (
        "<html><body><article><p>Long enough body text of the article about the talks and the systems.</p>"
        "<p>Читайте также: Will Russia Reinforce Iraq's Air Defenses? (The Moscow Times, англ.) — "
        "<a href='https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce'>themoscowtimes.com/2024/05/02/will-ru...</a>"
        "</p></article></body></html>"
    )
    got = _read(page, "html")
    assert got["https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce"].title == (
        "Will Russia Reinforce Iraq's Air Defenses?"
    )


def test_a_link_text_outlet_colon_title_names_the_outlet_over_the_prose() -> None:
    page = (
        "<html><body><article><p>Clipped from the Ashvale Times, 14 May 2024.</p><ul><li>"
        "<a href='https://ashvale.gov.example/meals/prices'>Ashvale Council: School meal prices</a></li></ul>"
        "</article></body></html>"
    )
    got = _read(page, "html")["https://ashvale.gov.example/meals/prices"]
    assert (got.title, got.outlet) == ("School meal prices", "Ashvale Council")


def test_russian_podpisatsya_is_a_sign_up_call() -> None:
    assert is_boilerplate("Подписаться на сообщество")
    assert not is_boilerplate("Подписание договора")


def test_a_digest_items_numbered_headline_is_its_links_title() -> None:
    text = (
        "Dossier, 3 May 2024\n\n"
        "[1] Ирак возобновил переговоры с Россией о покупке С-300\n"
        "    РИА Новости | 09.01.2020, 11:42 | Федеральные СМИ\n"
        "    Глава комитета заявил, что Багдад «возобновил переговоры о контракте на С-300».\n"
        "    https://ria.ru/20200109/1563219328.html\n\n"
        "2. Notes from the desk\n"
        "    We spoke to the agency today.\n"
        "    https://desk.example/notes/2024-05-03\n"
    )
    got = _read(text, "text")
    assert got["https://ria.ru/20200109/1563219328.html"].title == (
        "Ирак возобновил переговоры с Россией о покупке С-300"
    )
    assert got["https://desk.example/notes/2024-05-03"].title is None  # no "Outlet | date" line under it


def test_a_link_text_label_comma_quoted_title_gives_the_quoted_title() -> None:
    text = (
        "Times: https://www.rfc-editor.org/rfc/rfc3339[RFC 3339, “Date and Time on the Internet”]\n"
        "See https://example.org/notes[our notes, and more].\n"
    )
    got = _read(text, "text")
    assert got["https://www.rfc-editor.org/rfc/rfc3339"].title == "Date and Time on the Internet"
    assert got["https://example.org/notes"].title != "and more"  # no quoted part: nothing cut


def test_the_new_kinds_extensions_pick_their_reader_over_a_sniff() -> None:
    calendar = "BEGIN:VCALENDAR\nX-ALT-DESC;FMTTYPE=text/html:<html><body><p>x</p></body></html>\n"
    assert detect_format("planning.ics", calendar) == "text"  # sniffed, its HTML copy would make it a page
    assert (
        detect_format("volumes.ipynb", '{"cells": [{"cell_type": "markdown", "source": ["# T"]}]}') == "text"
    )
    assert detect_format("refs.json", "[]") == "text"
    assert detect_format("tidewatch.1", ".TH TIDEWATCH 1") == "text"
    assert detect_format("note.enex", "<en-export/>") == "html"
    assert detect_format("page.html", "") == "html"  # the others as they were
    assert detect_format("saved", "<!DOCTYPE html><html><body><p>Hi</p></body></html>") == "html"
