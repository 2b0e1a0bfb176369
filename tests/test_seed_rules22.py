"""Rules added after the seed22 probe (tests/test_seed_probe22.py): a day in a link's words that are its
address is no date the writer gives; Telegram Desktop's export read as the page of its posts; a Mastodon
status's preview card titles the link it previews; a quoted headline just before a link whose words are its
address titles it; two links to one address split at a style change are one; Atom's XHTML content; a web
archive's listing of captures cites the address it lists; brackets an address leaves empty are not a
title's. Each rule's cases fail on base61's src; the controls must not fire (they pass on both)."""

from __future__ import annotations

import json
from typing import Any

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate
from linkcheck.wrappers import unwrap_redirect

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
MT = (
    "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
)
MT_TITLE = "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"


def cited(text: str, name: str = "post.json", **kw: Any) -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, source=name, **kw)}


def page(body: str) -> str:
    return f"<html><body><article><p>Iraq has resumed talks with Russia.</p>{body}</article></body></html>"


# --- a day in a link's words that are its address -----------------------------------------------------------


def test_link_whose_words_are_its_address_is_not_dated_by_the_day_the_address_holds() -> None:
    found = cited(page(f'<p>Related: <a href="{MT}">{MT}</a></p>'), "a.html")
    assert found[MT].date is None


def test_link_whose_words_are_its_shortened_address_is_not_dated_by_it() -> None:
    found = cited(page(f'<p>Related: <a href="{MT}">themoscowtimes.com/2024/05/02/will...</a></p>'), "a.html")
    assert found[MT].date is None


def test_control_a_link_text_that_is_a_date_still_dates_it() -> None:
    found = cited(page(f'<p>The Moscow Times, <a href="{MT}">2 May 2024</a></p>'), "a.html")
    assert found[MT].date == PartialDate(2024, 5, 2)


def test_shows_address_tells_addresses_from_words() -> None:
    from linkcheck.articles._base import shows_address

    assert shows_address(MT)
    assert shows_address("www.themoscowtimes.com/2024/05/02/will…")
    assert shows_address("ria.ru/20200109/1563...")
    assert not shows_address("RIA Novosti, 9 January 2020")
    assert not shows_address(MT_TITLE)


# --- Telegram Desktop's export --------------------------------------------------------------------------


def desktop(runs: list[dict[str, str]], kind: str = "message") -> str:
    export = {
        "name": "Desk",
        "type": "public_channel",
        "id": 42,
        "messages": [
            {"id": 1, "type": "service", "date": "2020-01-09T09:00:00", "action": "pin_message", "text": ""},
            {"id": 2, "type": kind, "date": "2020-01-09T14:02:11", "text": "", "text_entities": runs},
        ],
    }
    return json.dumps(export, ensure_ascii=False, indent=1)


def test_desktop_export_text_link_is_titled_by_its_words_and_placed_at_its_line() -> None:
    text = desktop(
        [
            {"type": "plain", "text": "Related article: "},
            {"type": "text_link", "text": MT_TITLE, "href": MT},
            {"type": "plain", "text": "\n\nTASS: "},
            {"type": "link", "text": TASS},
        ]
    )
    found = cited(text, "result.json")
    assert list(found) == [MT, TASS]
    assert found[MT].title == MT_TITLE
    lines = text.splitlines()
    assert found[MT].line == next(n for n, line in enumerate(lines, 1) if MT in line)
    assert found[TASS].line == next(n for n, line in enumerate(lines, 1) if TASS in line)


def test_control_desktop_export_bare_link_is_not_dated_by_its_address() -> None:
    found = cited(
        desktop([{"type": "plain", "text": "Related: "}, {"type": "link", "text": MT}]), "result.json"
    )
    assert list(found) == [MT]
    assert found[MT].date is None


def test_control_desktop_export_mentions_hashtags_and_service_messages_cite_nothing() -> None:
    runs = [
        {"type": "mention", "text": "@desk"},
        {"type": "plain", "text": " "},
        {"type": "hashtag", "text": "#Iraq"},
    ]
    assert cited(desktop(runs), "result.json") == {}


def test_desktop_export_of_the_whole_account_reads_every_chats_posts() -> None:
    def chat(name: str, runs: list[dict[str, str]]) -> dict[str, Any]:
        message = {"id": 1, "type": "message", "date": "2020-01-09T14:02:11", "text_entities": runs}
        return {"name": name, "type": "public_channel", "id": 7, "messages": [message]}

    export = {
        "about": "Here is the data you requested.",
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [
                chat(
                    "Desk",
                    [
                        {"type": "plain", "text": "Related: "},
                        {"type": "text_link", "text": MT_TITLE, "href": MT},
                    ],
                ),
                chat("Wire", [{"type": "plain", "text": "TASS: "}, {"type": "link", "text": TASS}]),
            ],
        },
    }
    found = cited(json.dumps(export, ensure_ascii=False, indent=1), "result.json")
    assert list(found) == [MT, TASS]
    assert found[MT].title == MT_TITLE


# --- a Mastodon status's card ------------------------------------------------------------------------------


def status(content: str, card: dict[str, Any] | None) -> str:
    return json.dumps(
        {
            "id": "1",
            "created_at": "2020-01-09T16:05:00.000Z",
            "spoiler_text": "",
            "visibility": "public",
            "content": content,
            "account": {"username": "desk", "url": "https://mastodon.example/@desk"},
            "card": card,
        }
    )


SHORT = (
    f'<a href="{MT}"><span class="invisible">https://www.</span><span class="ellipsis">'
    'themoscowtimes.com/2024/05/02/will</span><span class="invisible">-russia-reinforce</span></a>'
)


def test_mastodon_card_gives_its_link_the_pages_title_and_site() -> None:
    card = {"url": MT, "title": MT_TITLE, "provider_name": "The Moscow Times"}
    found = cited(status(f"<p>Related: {SHORT}</p>", card))
    assert list(found) == [MT]
    assert (found[MT].title, found[MT].outlet) == (MT_TITLE, "The Moscow Times")


def test_control_mastodon_card_of_an_address_the_status_does_not_link_is_ignored() -> None:
    card = {"url": RIA, "title": "Ирак возобновил переговоры", "provider_name": "РИА Новости"}
    found = cited(status(f"<p>Related: {SHORT}</p>", card))
    assert list(found) == [MT]
    assert found[MT].title is None


# --- a quoted headline beside a link whose words are its address ---------------------------------------


def test_quoted_headline_just_before_a_link_shown_as_its_address_titles_it() -> None:
    body = (
        f"<p>Talks resumed, RIA reported <a href='{RIA}'>ria.ru/20200109/1563...</a>"
        f" Related: “{MT_TITLE}” {SHORT}</p>"
    )
    found = cited(page(body), "a.html")
    assert found[MT].title == MT_TITLE


def test_quoted_headline_and_a_parenthesis_before_a_link_give_title_and_outlet() -> None:
    body = (
        f"<p>Talks resumed. “{MT_TITLE}” (The Moscow Times) {SHORT}</p><p>More: <a href='{RIA}'>RIA</a></p>"
    )
    found = cited(page(body), "a.html")
    assert found[MT].title == MT_TITLE
    assert found[MT].outlet == "The Moscow Times"


def test_control_a_speakers_quotation_before_a_link_is_no_title() -> None:
    body = (
        f"<p>Talks resumed <a href='{TASS}'>tass.ru/politika/7487995</a> and “We expect pushback from the"
        f" U.S. on this matter,” <a href='{RIA}'>ria.ru/20200109/1563...</a></p>"
    )
    found = cited(page(body), "a.html")
    assert found[RIA].title is None


def test_control_a_quoted_headline_before_a_link_of_words_does_not_replace_them() -> None:
    body = (
        f"<p>Talks resumed. “Some Other Headline Here” <a href='{MT}'>{MT_TITLE}</a>"
        f" and <a href='{RIA}'>RIA</a></p>"
    )
    found = cited(page(body), "a.html")
    assert found[MT].title == MT_TITLE


# --- links split at a style change --------------------------------------------------------------------------


def test_two_links_to_one_address_with_nothing_between_are_one_of_their_joined_words() -> None:
    body = (
        '<p>Related article: <span class="c5">'
        f'<a class="c9" href="{MT}">Will Russia Reinforce Iraq\'s</a></span>'
        f'<span class="c5 c6"><a class="c9" href="{MT}"> Air Defenses After Israeli Strikes?</a></span></p>'
    )
    found = cited(page(body), "a.html")
    assert list(found) == [MT]
    assert found[MT].title == MT_TITLE


def test_control_a_download_button_beside_a_files_name_stays_its_own_link() -> None:
    pdf = "https://council.example/files/draft-bylaw.pdf"
    body = (
        f'<div class="wp-block-file"><a href="{pdf}">Hollis Draft Zoning Bylaw Text</a>'
        f'<a href="{pdf}" class="wp-block-file__button" download>Download</a></div>'
    )
    found = cited(page(body), "a.html")
    assert found[pdf].title == "Hollis Draft Zoning Bylaw Text"


# --- Atom XHTML content ------------------------------------------------------------------------------------


def test_atom_entry_of_inline_xhtml_content_is_read() -> None:
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>'
        "<entry><title>Iraq Resumes Talks</title><published>2020-01-09T14:42:00Z</published>"
        '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Related article: '
        f'<a href="{MT}">{MT_TITLE}</a></p><p>Per <a href="{TASS}">TASS</a> &amp; others.</p></div></content>'
        "</entry></feed>"
    )
    found = cited(atom, "entry.atom", format="html")
    assert list(found) == [MT, TASS]
    assert found[MT].title == MT_TITLE


# --- a web archive's listing of captures ----------------------------------------------------------------


def test_wayback_listing_addresses_unwrap_to_the_address_they_list() -> None:
    assert unwrap_redirect(f"https://web.archive.org/web/2024*/{RIA}") == (RIA, "web.archive.org")
    assert unwrap_redirect(f"https://web.archive.org/web/*/{TASS}*") == (TASS, "web.archive.org")
    assert unwrap_redirect(f"https://web.archive.org/web/20200109*/{MT}") == (MT, "web.archive.org")
    assert unwrap_redirect(f"https://web.archive.org/web/20200109183012*/{RIA}") == (RIA, "web.archive.org")


def test_control_a_wayback_capture_is_still_the_cited_copy() -> None:
    assert unwrap_redirect(f"https://web.archive.org/web/20200109183012/{RIA}") is None
    assert unwrap_redirect(f"https://web.archive.org/web/20200109183012id_/{RIA}") is None


def test_article_citing_a_wayback_listing_cites_the_listed_story() -> None:
    found = cited(f"Iraq resumed talks, RIA said.\nhttps://web.archive.org/web/2024*/{RIA}\n", "a.txt")
    assert list(found) == [RIA]


# --- brackets an address leaves empty -----------------------------------------------------------------------


def test_related_title_before_an_address_in_angle_brackets_or_parentheses_has_no_empty_brackets() -> None:
    for wrapped in (f"<{MT}>", f"({MT})"):
        found = cited(f"Iraq resumed talks.\n\nRelated article: {MT_TITLE} {wrapped}\n", "a.txt")
        assert found[MT].title == MT_TITLE, wrapped


def test_a_title_with_its_own_parenthesis_keeps_it_and_drops_the_emptied_ones() -> None:
    title = "Iraq's Air Defenses (Explained) After Israeli Strikes"
    found = cited(f"Iraq resumed talks.\n\nRelated article: {title} <{MT}>\n", "a.txt")
    assert found[MT].title == title
