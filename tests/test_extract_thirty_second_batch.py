"""Rules added for the thirty-second held-out batch (docs/benchmarks.md, "Thirty-second batch"), each on small
strings, with what each must leave alone: Kyrgyz dates written year first ("2020-жылдын 9-январы"); update
labels in Uzbek's Cyrillic letters, in Kyrgyz and a wire's "UPD:"; a running story titled "The Latest" read
as a live page; a ``<time>`` right above the headline in the headline's block as its byline; a forum's
board-name h1 over the topic's h2; a member's "Joined:" date and a post's "Last edited by NAME on DATE"; an
issue tracker's "Title #1234"; a headline found by ``twitter:title`` with its update above it; and a status
page's updates, newest first, dating the incident.
"""

from __future__ import annotations

import datetime as dt

from linkcheck.extract import extract_metadata
from linkcheck.extract import tables as T
from linkcheck.extract.core import (
    _calls_itself_live,
    _join_split_dates,
    _member_label,
    _newest_first_log,
    _numbered_after,
    _site_h1,
    _without_ticket_number,
)
from linkcheck.extract.dates import find_text_dates
from tests.test_extract_calendars_zones import _page

TODAY = dt.date(2024, 11, 30)
PROSE = "<p>The substation was shut down for the winter and the circuit drained as designed.</p>" * 2
URL = "https://news.example.org/story/18420/"


def _meta(html: str, url: str = URL) -> tuple[str | None, dt.date | None, dt.date | None, str | None]:
    meta = extract_metadata(html, url, today=TODAY)
    return (
        meta.title,
        meta.published.value if meta.published else None,
        meta.modified.value if meta.modified else None,
        meta.site_name,
    )


def _dates(text: str) -> list[dt.date]:
    return [value for value, _start, _end in find_text_dates(text)]


# --- Kyrgyz year-first dates --------------------------------------------------------------------------------
def test_kyrgyz_year_first_dates() -> None:
    assert _dates("Жарыяланды: 2020-жылдын 9-январы, 14:05") == [dt.date(2020, 1, 9)]
    assert _dates("2021-жылдын 12-марты") == [dt.date(2021, 3, 12)]
    assert _dates("2022-yil 12-mart") == [dt.date(2022, 3, 12)]  # Uzbek, as before


def test_a_year_alone_in_kyrgyz_is_no_date() -> None:
    """What the rule leaves: "2019-жылы 5 пайызга" ("in 2019 by 5 percent"): no month after the number."""
    assert _dates("шаардагы үйлөрдүн саны 2019-жылы 5 пайызга көбөйгөн") == []


# --- update labels ----------------------------------------------------------------------------------------
def test_update_labels_in_cyrillic_uzbek_kyrgyz_and_upd() -> None:
    assert T.modified_label("янгиланди: ")
    assert T.modified_label("жаңыланды: ")
    assert T.modified_label("upd: ")
    assert T.modified_label("last edited by | bramley | on fri ")  # a forum's edit note with the editor
    assert T.modified_label("edited by sam, ")


def test_words_like_the_labels_are_not_labels() -> None:
    """What the rules leave: "upd" inside a word, a sentence's "edited by" without "on" or a comma."""
    assert not T.modified_label("cupd ")
    assert not T.modified_label("the book was edited by the ")
    assert not T.modified_label("жарыяланды: ")  # "published", Kyrgyz


def test_a_cyrillic_uzbek_update_under_the_headline() -> None:
    body = (
        "<h1>Тошкентда метронинг учта янги бекати очилди</h1><div>14:05 / 09.01.2020</div>"
        f"<div>Янгиланди: 10.01.2020, 09:30</div>{PROSE}"
    )
    html = _page("<title>Тошкентда метронинг учта янги бекати очилди — Тонг Хабар</title>", body, lang="uz")
    assert _meta(html)[1:3] == (dt.date(2020, 1, 9), dt.date(2020, 1, 10))


# --- "The Latest" as a live page's title ------------------------------------------------------------------
def _running(title: str) -> str:
    head = (
        f"<title>{title}</title><meta property='og:title' content='{title}'>"
        "<meta property='article:published_time' content='2020-01-09T10:00:00+03:00'>"
    )
    entries = "".join(
        f"<div><time datetime='{stamp}'>{shown}</time><h3>Entry</h3><p>Text.</p></div>"
        for stamp, shown in (("2020-01-09T21:40:00Z", "00:40"), ("2020-01-09T14:30:00Z", "17:30"))
    )
    return _page(head, f"<article><h1>{title}</h1><p>Jan. 9, 2020</p>{entries}</article>")


def test_a_running_story_titled_the_latest_is_read_for_its_entries() -> None:
    html = _running("Russia Reacts to the Strikes: The Latest")
    assert _meta(html)[1:3] == (dt.date(2020, 1, 9), dt.date(2020, 1, 10))


def test_calls_itself_live() -> None:
    assert _calls_itself_live("Russia Reacts to the Strikes: The Latest")
    assert _calls_itself_live("Election night as it happened")
    assert _calls_itself_live("Storm hits the coast – live updates")
    assert not _calls_itself_live("Russia Reacts to the Strikes")
    assert not _calls_itself_live("Delivered on time")  # "live" inside a word


def test_the_latest_in_a_story_without_timed_entries_reads_no_update() -> None:
    """What the rule leaves: "the latest" in a plain story's title: no entries showing clock times alone,
    no modification."""
    head = (
        "<title>Apple unveils the latest iPhone</title>"
        "<meta property='article:published_time' content='2020-01-09T10:00:00+03:00'>"
    )
    html = _page(head, f"<article><h1>Apple unveils the latest iPhone</h1>{PROSE}</article>")
    assert _meta(html)[1:3] == (dt.date(2020, 1, 9), None)


# --- a <time> above the headline in its block -------------------------------------------------------------
def _osnova(time_block: str) -> str:
    body = (
        f"<div class='content-header'>{time_block}<h1>Банки снизили ставки по вкладам</h1></div>"
        "<div class='content'><p>13 декабря 2019 года Банк России снизил ключевую ставку до 6,25%.</p>"
        f"{PROSE}</div>"
    )
    return _page("<title>Банки снизили ставки по вкладам — vc.ru</title>", body, lang="ru")


def test_a_time_right_above_the_headline_in_its_block_is_the_byline() -> None:
    html = _osnova(
        "<div class='info'><a href='/u/1'>Редакция</a> <time title='09.01.2020'>9 янв 2020</time></div>"
    )
    assert _meta(html)[1] == dt.date(2020, 1, 9)


def test_a_time_in_a_block_before_the_headlines_is_not_its_byline() -> None:
    """What the rule leaves: a ``<time>`` in a rail of its own before the headline's block: the text's date
    right under the headline still comes first, as before."""
    rail = "<div class='rail'><div><a href='/n/1'>Another story</a> <time>10 янв 2020</time></div></div>"
    body = (
        f"{rail}<div class='content-header'><h1>Банки снизили ставки по вкладам</h1></div>"
        f"<div class='content'><p>Опубликовано 9 января 2020 года.</p>{PROSE}</div>"
    )
    html = _page("<title>Банки снизили ставки по вкладам — vc.ru</title>", body, lang="ru")
    assert _meta(html)[1] == dt.date(2020, 1, 9)


# --- a forum: the board's h1, members' dates, the edit note -----------------------------------------------
def _board(h2: str) -> str:
    body = (
        "<div class='site-description'><a href='./index.php' class='logo'></a>"
        "<h1>Northern Rail Modellers</h1>"
        "<p>A board for modellers</p></div>"
        f"<h2 class='topic-title'><a href='./viewtopic.php?t=1'>{h2}</a></h2>"
        "<dl><dt>bramley</dt><dd>Joined: Tue Mar 14, 2017 8:21 pm</dd></dl>"
        "<p class='author'>by <strong>bramley</strong> &raquo; Thu Jan 09, 2020 2:05 pm</p>"
        "<div class='content'>What gauge should the DCC bus be for twelve metres of track?</div>"
        "<div class='notice'>Last edited by <a href='./m.php?u=1'>bramley</a> on Fri Jan 10, 2020 9:40 am, "
        "edited 1 time in total.</div>"
    )
    return _page("<title>DCC bus wire gauge - Northern Rail Modellers</title>", body)


def test_a_board_name_h1_over_the_topic() -> None:
    assert _meta(_board("DCC bus wire gauge")) == (
        "DCC bus wire gauge",
        dt.date(2020, 1, 9),
        dt.date(2020, 1, 10),
        "Northern Rail Modellers",
    )


def test_site_h1() -> None:
    h1s = [(0, "Northern Rail Modellers", False, object())]
    assert _site_h1("DCC bus - Northern Rail Modellers", h1s, [(1, "DCC bus", False, None)]) is not None
    # What it leaves: no h2 stating the rest (a headline h1 equal to the suffix by chance), an h2 before it
    assert _site_h1("DCC bus - Northern Rail Modellers", h1s, [(1, "Latest posts", False, None)]) is None
    assert (
        _site_h1("DCC bus - Northern Rail Modellers", [(2, *h1s[0][1:])], [(1, "DCC bus", False, None)])
        is None
    )
    assert _site_h1("Northern Rail Modellers", h1s, [(1, "DCC bus", False, None)]) is None  # one part


def test_member_label() -> None:
    assert _member_label("posts: | 318 | joined: | ")
    assert _member_label("member since ")
    assert _member_label("зарегистрирован: ")
    assert not _member_label("published ")
    assert not _member_label("the two companies joined forces in ")  # a sentence, not a label


# --- an issue tracker's number -----------------------------------------------------------------------------
def test_an_issue_title_without_its_number() -> None:
    head = (
        "<title>Crash on empty layer · Issue #1234 · labs/tileforge · GitHub</title>"
        "<meta property='og:title' content='Crash on empty layer · Issue #1234 · labs/tileforge'>"
        "<meta property='og:site_name' content='GitHub'>"
    )
    body = f"<h1><bdi>Crash on empty layer</bdi> <span>#1234</span></h1>{PROSE}"
    assert (
        _meta(_page(head, body), "https://github.com/labs/tileforge/issues/1234")[0] == "Crash on empty layer"
    )


def test_without_ticket_number() -> None:
    raw = [("Crash on empty layer · Issue #1234 · labs/tileforge", "opengraph")]
    assert _without_ticket_number("Crash on empty layer #1234", raw, None) == "Crash on empty layer"
    gitlab = [("Crash on empty layer (#1234) · Issues · labs / tileforge · GitLab", "title-tag")]
    assert _without_ticket_number("Crash on empty layer #1234", gitlab, None) == "Crash on empty layer"
    # What it leaves: a title that holds its number (a newsletter's issue), a number no head title sets apart
    assert _without_ticket_number("The Grid Brief #112", [], "The Grid Brief #112") == "The Grid Brief #112"
    assert (
        _without_ticket_number("Why we are #1", [("Why we are #1 | Blog", "title-tag")], None)
        == "Why we are #1"
    )


def test_numbered_after() -> None:
    assert _numbered_after("Title · Issue #12 · repo", "Title", "#12")
    assert not _numbered_after("Title #12", "Title", "#12")
    assert not _numbered_after("Title · Issue #13", "Title", "#12")


# --- a headline found by twitter:title, its update above it -----------------------------------------------
def test_an_update_above_a_headline_known_by_twitter_title() -> None:
    head = (
        "<title>TASS</title><meta name='twitter:title' content='Zhirinovsky urges Iran to buy S-400s'>"
        "<meta property='article:published_time' content='2020-01-09T09:20:00Z'>"
    )
    body = (
        "<div class='news-header'><div class='date'><span>January 09, 12:20</span> "
        "<span>UPD: January 09, 12:35</span></div>"
        "<div class='title'>Zhirinovsky urges Iran to buy S-400s</div>"
        f"</div>{PROSE}"
    )
    assert _meta(_page(head, body), "https://wire.example.com/politics/1106243")[1:3] == (
        dt.date(2020, 1, 9),
        dt.date(2020, 1, 9),
    )


def test_an_update_in_a_list_before_the_headline_is_not_the_pages() -> None:
    """What the rule leaves: an update label in another story's list item before the headline's block."""
    head = (
        "<title>Storm closes the port</title><meta property='og:title' content='Storm closes the port'>"
        "<meta property='article:published_time' content='2020-01-09T09:20:00Z'>"
    )
    body = (
        "<ul><li><a href='/1'>Rail strike</a> Updated: January 10, 2020</li></ul>"
        f"<h1>Storm closes the port</h1>{PROSE}"
    )
    assert _meta(_page(head, body), "https://news.example.com/storm")[1:3] == (dt.date(2020, 1, 9), None)


# --- a status page's updates, newest first ----------------------------------------------------------------
def _status(stamps: list[tuple[str, str]]) -> str:
    updates = "".join(
        f"<div class='row'><div class='update-title'>{state}</div><div>Text of the update.</div>"
        f"<small>Posted <span class='ago'></span>4 years ago. <span>Jan <var>{day}</var>, <var>2020</var> - "
        "<var>10:00</var> UTC</span></small></div>"
        for state, day in stamps
    )
    head = "<title>Quillpay Status - API errors</title><meta property='og:title' content='API errors'>"
    return _page(head, f"<div class='incident-name'>API errors</div>{updates}")


def test_a_status_pages_updates_date_the_incident() -> None:
    html = _status([("Resolved", "10"), ("Monitoring", "9"), ("Investigating", "9")])
    assert _meta(html, "https://status.example.io/incidents/7kq2")[1:3] == (
        dt.date(2020, 1, 9),
        dt.date(2020, 1, 10),
    )


def test_newest_first_log() -> None:
    window = " | ".join(f"x | Posted 4 years ago. Jan {day}, 2020" for day in (10, 9, 8))
    found = list(find_text_dates(window))
    assert _newest_first_log(window, found) == (dt.date(2020, 1, 8), dt.date(2020, 1, 10))
    # What it leaves: dates in rising order (a timeline), after different words (a story's text), one day
    rising = "Posted Jan 8, 2020 | Posted Jan 9, 2020 | Posted Jan 10, 2020"
    assert _newest_first_log(rising, list(find_text_dates(rising))) is None
    prose = "It began on Jan 10, 2020, after talks on Jan 9, 2020 and a vote on Jan 8, 2020"
    assert _newest_first_log(prose, list(find_text_dates(prose))) is None
    same = "Posted Jan 9, 2020 | Posted Jan 9, 2020 | Posted Jan 9, 2020"
    assert _newest_first_log(same, list(find_text_dates(same))) is None


def test_join_split_month_first_dates() -> None:
    assert _join_split_dates("Posted | Jan | 10 | , | 2020 | - | 00:40").startswith("Posted | Jan 10, 2020")
    assert _join_split_dates("Page | 2 | , | 2020") == "Page | 2 | , | 2020"  # not a month
