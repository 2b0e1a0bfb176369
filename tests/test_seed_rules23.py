"""Rules added after the seed23 probe (tests/test_seed_probe23.py): a link's yearless day read against the
day of the post it stands in; a page-metadata "Created by ... on ..." line dates the page ("last modified
by ... on ..." only when nothing else does); a Bluesky post's quoted post (``embed.record``) is cited at its
web address, and the quoted post's own links are not the writer's; a forum's BBCode ``[quote=who]`` block is
another member's; a redirect wrapper's target loses the click ids the network added. Each rule's cases fail
on base62's src; the controls must not fire (they pass on both)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from linkcheck.articles import extract_citations
from linkcheck.articles.plaintext import dateline
from linkcheck.models import Citation, PartialDate

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
MT = (
    "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
)
MT_TITLE = "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"


def cited(text: str, name: str = "a.html", **kw: Any) -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, source=name, **kw)}


# --- a post's own day for its links' yearless days ----------------------------------------------------------


def posts(*items: tuple[str, str]) -> str:
    """A page of posts, each an ``<article>`` opening with its ``<time datetime>`` (a live blog's; what the
    outbox and post readers write)."""
    body = "".join(
        f'<article><time datetime="{stamp}"></time>{content}</article>' for stamp, content in items
    )
    return f"<html><body><main>{body}</main></body></html>"


def test_yearless_day_beside_a_link_is_read_against_its_posts_day() -> None:
    found = cited(
        posts(
            (
                "2020-01-10T07:40:00Z",
                f'<p>"Iraq resumes talks" (RIA Novosti, 9 January) <a href="{RIA}">{RIA}</a></p>',
            )
        )
    )
    assert found[RIA].date == PartialDate(2020, 1, 9)


def test_yearless_day_after_its_posts_day_is_of_the_year_before() -> None:
    found = cited(
        posts(
            (
                "2020-01-09T12:00:00Z",
                f'<p>"Bases in Iran" (TASS, 31 December) <a href="{TASS}">{TASS}</a></p>',
            )
        )
    )
    assert found[TASS].date == PartialDate(2019, 12, 31)


def test_each_post_reads_its_links_against_its_own_day() -> None:
    found = cited(
        posts(
            (
                "2019-12-31T20:00:00Z",
                f'<p>"Bases in Iran" (TASS, 30 December) <a href="{TASS}">{TASS}</a></p>',
            ),
            (
                "2020-01-10T07:40:00Z",
                f'<p>"Iraq resumes talks" (RIA Novosti, 9 January) <a href="{RIA}">{RIA}</a></p>',
            ),
        )
    )
    assert found[TASS].date == PartialDate(2019, 12, 30)
    assert found[RIA].date == PartialDate(2020, 1, 9)


def test_control_a_link_with_no_day_beside_it_is_not_dated_by_its_posts_day() -> None:
    found = cited(posts(("2020-01-10T07:40:00Z", f'<p>TASS reported <a href="{TASS}">{TASS}</a></p>')))
    assert found[TASS].date is None


def test_control_without_posts_a_yearless_day_is_still_read_against_the_articles_day() -> None:
    text = (
        f'<html><body><p>"Iraq resumes talks" (RIA Novosti, 9 January) <a href="{RIA}">{RIA}</a></p>'
        "</body></html>"
    )
    assert cited(text)[RIA].date is None
    assert cited(text, article_date=PartialDate(2020, 1, 10))[RIA].date == PartialDate(2020, 1, 9)


# --- a page-metadata line -----------------------------------------------------------------------------------


def test_created_by_someone_on_a_day_dates_the_page() -> None:
    assert dateline("Story notes\n\nCreated by Rosa Patel on Jan 10, 2020\n\nText.")[0] == PartialDate(
        2020, 1, 10
    )


def test_last_modified_by_someone_on_a_day_dates_the_page_when_nothing_else_does() -> None:
    line = "Created by Rosa Patel, last modified by Tom Fischer on Feb 09, 2024"
    assert dateline(f"Incident review\n\n{line}\n\nText.")[0] == PartialDate(2024, 2, 9)


def test_control_a_published_line_wins_over_the_last_modified_one() -> None:
    text = (
        "Review\n\nCreated by Rosa Patel, last modified by Tom Fischer on Feb 09, 2024\n"
        "Published: 7 February 2024\n"
    )
    assert dateline(text)[0] == PartialDate(2024, 2, 7)


def test_control_a_sentence_saying_who_made_something_is_no_dateline() -> None:
    text = "Notes\n\nThe S-300 system was created by Almaz-Antey in the 1970s and sold on credit.\n"
    assert dateline(text)[0] is None


def test_confluence_export_is_dated_by_its_page_metadata_not_its_footer() -> None:
    page = (
        "<html><head><title>NEWS : Notes</title></head><body><div id='page'>"
        "<h1 id='title-heading'>NEWS : Notes</h1><div class='page-metadata'>Created by"
        " <span class='author'> Rosa Patel</span> on Jan 10, 2020</div>"
        "<div id='main-content' class='wiki-content'>"
        f"<p>RIA reported on Thursday (<a href='{RIA}'>{RIA}</a>).</p>"
        "<p>More notes on the story, with enough words to be the page's body text.</p></div>"
        "<div id='footer'><p>Document generated by Confluence on Jan 14, 2020 09:12</p></div>"
        "</div></body></html>"
    )
    found = extract_citations(page, source="notes.html")
    assert found[0].article is not None
    assert found[0].article.date == PartialDate(2020, 1, 10)
    assert found[0].date == PartialDate(2020, 1, 9)


# --- Bluesky's quoted posts ---------------------------------------------------------------------------------

DID = "did:plc:4mtq2xv7u3w5k6y7z8a9b0c1"
QUOTED = "at://did:plc:r1a2n3o4v5o6s7t8i9r0u1a2/app.bsky.feed.post/3jzf7b2c4d5e6"


def post(embed: dict[str, Any] | None) -> dict[str, Any]:
    text = "Iraq resumes S-300 talks ria.ru/20200109/1563..."
    start = text.index("ria.ru")
    value: dict[str, Any] = {
        "$type": "app.bsky.feed.post",
        "text": text,
        "createdAt": "2020-01-09T16:05:00.000Z",
        "facets": [
            {
                "index": {"byteStart": start, "byteEnd": len(text)},
                "features": [{"$type": "app.bsky.richtext.facet#link", "uri": RIA}],
            }
        ],
    }
    if embed is not None:
        value["embed"] = embed
    return value


def test_bluesky_quoted_post_is_cited_at_its_web_address() -> None:
    embed = {"$type": "app.bsky.embed.record", "record": {"uri": QUOTED, "cid": "bafyrei"}}
    found = cited(json.dumps(post(embed)), "post.json")
    assert set(found) == {RIA, "https://bsky.app/profile/did:plc:r1a2n3o4v5o6s7t8i9r0u1a2/post/3jzf7b2c4d5e6"}


def test_bluesky_quoted_post_with_media_is_cited_too() -> None:
    embed = {
        "$type": "app.bsky.embed.recordWithMedia",
        "record": {"$type": "app.bsky.embed.record", "record": {"uri": QUOTED, "cid": "bafyrei"}},
        "media": {"$type": "app.bsky.embed.images", "images": []},
    }
    found = cited(json.dumps(post(embed)), "post.json")
    assert "https://bsky.app/profile/did:plc:r1a2n3o4v5o6s7t8i9r0u1a2/post/3jzf7b2c4d5e6" in found


def test_bluesky_post_view_cites_the_quoted_post_by_its_authors_handle_and_not_its_links() -> None:
    quoted = post(None) | {"text": "TASS: tass.ru/politika/7487995"}
    quoted["facets"][0]["features"][0]["uri"] = TASS
    view = {
        "uri": f"at://{DID}/app.bsky.feed.post/3jzfcijpj2z2b",
        "author": {"did": DID, "handle": "oboronka.bsky.social"},
        "record": post({"$type": "app.bsky.embed.record", "record": {"uri": QUOTED, "cid": "bafyrei"}}),
        "embed": {
            "$type": "app.bsky.embed.record#view",
            "record": {
                "$type": "app.bsky.embed.record#viewRecord",
                "uri": QUOTED,
                "author": {"did": "did:plc:r1a2n3o4v5o6s7t8i9r0u1a2", "handle": "tass-agency.bsky.social"},
                "value": quoted,
            },
        },
    }
    found = cited(json.dumps({"posts": [view]}), "posts.json")
    assert set(found) == {RIA, "https://bsky.app/profile/tass-agency.bsky.social/post/3jzf7b2c4d5e6"}


def test_control_a_quoted_list_or_feed_is_no_post_to_cite() -> None:
    embed = {
        "$type": "app.bsky.embed.record",
        "record": {"uri": "at://did:plc:r1a2n3o4v5o6s7t8i9r0u1a2/app.bsky.graph.list/3k2a", "cid": "bafyrei"},
    }
    assert set(cited(json.dumps(post(embed)), "post.json")) == {RIA}


# --- a forum's quotation ------------------------------------------------------------------------------------


def test_forum_quote_of_another_members_post_cites_nothing_of_theirs() -> None:
    text = (
        f'[quote="nightdesk, post:2, topic:4127"]\nSee {TASS} for the figure.\n[/quote]\n\n'
        f"A lawmaker told [RIA Novosti]({RIA}).\n"
    )
    assert set(cited(text, "post.md")) == {RIA}


def test_forum_quote_in_phpbbs_capitals_cites_nothing_of_theirs() -> None:
    text = f"[QUOTE=nightdesk]See {TASS}[/QUOTE]\n\nA lawmaker told [RIA Novosti]({RIA}).\n"
    assert set(cited(text, "post.md")) == {RIA}


def test_control_a_markdown_blockquote_and_a_bare_quote_tag_keep_their_links() -> None:
    text = (
        f"> Zhirinovsky said so ([TASS]({TASS}))\n\n[quote]{MT}[/quote]\n\n"
        f"A lawmaker told [RIA Novosti]({RIA}).\n"
    )
    assert set(cited(text, "post.md")) == {RIA, TASS, MT}


# --- a wrapper's click ids ----------------------------------------------------------------------------------


def fb(url: str) -> str:
    return "https://l.facebook.com/l.php?u=" + quote(url, safe="") + "&h=AT0xQ9kLmN3pR7sT"


def test_click_id_added_to_a_wrapped_address_is_dropped() -> None:
    text = f"Related article: {MT_TITLE}\n{fb(MT + '?fbclid=IwAR2xQ7kLmN3pR7')}\n"
    assert list(cited(text, "a.txt")) == [MT]


def test_click_id_among_other_pairs_leaves_them_as_written() -> None:
    text = f"Story: {fb(RIA + '?in=t&gclid=Cj0KCQiA&page=2#top')}\n"
    assert list(cited(text, "a.txt")) == [RIA + "?in=t&page=2#top"]


def test_control_a_wrapped_address_whose_query_names_its_page_keeps_it() -> None:
    story = "https://www.example.org/story.php?id=1563219328&clip=1"
    assert list(cited(f"Story: {fb(story)}\n", "a.txt")) == [story]
