"""Held-out probe (seed23, sixty-second session): the seed article and its citations in shapes the first
twenty-two probes did not play.

Written from README.md, docs/ (articles, json-schema, sources-format), seed22's subsection and its "Left" in
docs/benchmarks.md, the held-out articles ``b22_mastodon_outbox`` and ``b8_confluence`` and their
``known_gaps.json`` rows, and the earlier probes (grepped for their names and docstrings: a Slack message's
``<url|words>`` text, a Notion export's sibling pages, a Word "filtered" page's footnotes, a Zotero-like
CSL-JSON of three ``article-newspaper`` items checked directly, Google's AMP viewer for RIA's AMP page in
Markdown, ``l.facebook.com`` around a manifest's line, a Bluesky post's link facets and a quoted headline had
been played; never a Mastodon outbox's yearless day beside a link read against its post's day, a Confluence
page's weekday before a parenthesised link or its "Created by ... on" line, a Bluesky post's
``embed.external`` card or ``embed.record`` quoted post, a Slack export's ``blocks``, a Notion export's
``Created`` property and bookmark, a Word page saved in windows-1252, a Discourse post's raw Markdown, a CSL
item dated only by its access day or with its date parts as strings, the related article through Google's
``/amp/s/`` in HTML, or ``l.facebook.com`` with Facebook's ``fbclid`` in an article), before any code under
``src/`` that these cases test was read, and committed before any change there. Expectations are what the
docs promise or, where they are silent, what a fact-checker expects. Extraction cases run ``linkcheck
extract`` on the real outlets' addresses; checking cases run the CLI against the harness's one 127.0.0.1
server.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from tests.seed_harness import (
    LEAD,
    MT_TITLE,
    QUOTE,
    REAL_MT,
    REAL_RIA,
    REAL_TASS,
    TAIL,
    Sites,
    by_url,
    check_json,
    fixtures,
    kinds,
    line_of,
    local_three,
    run,
    serve_all_three,
)

server, sites = fixtures()

HEADLINE = "Iraq Resumes Talks to Buy Russian S-300 Missile Systems"
RIA_EN = "Iraq resumes S-300 talks with Russia"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def extract(tmp_path: Path, name: str, content: str | bytes, *args: str) -> tuple[list[str], str]:
    done = run("extract", str(write(tmp_path, name, content)), *args, cwd=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    urls = [
        line.split(" | ", 1)[0].strip()
        for line in done.stdout.splitlines()
        if line.strip() and not line.startswith(("#", "@"))
    ]
    return urls, done.stdout + done.stderr


def field(line: str, name: str) -> str | None:
    """The value of ``name:`` on a manifest line, or None."""
    for part in line.split(" | ")[1:]:
        key, _, value = part.partition(": ")
        if key.strip() == name:
            return value.strip()
    return None


def assert_the_three(urls: list[str], output: str, *, titled: str | None = MT_TITLE) -> None:
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), output
    if titled:
        assert field(line_of(output, REAL_MT), "title") == titled, output


def short(url: str) -> str:
    """Mastodon's rendering of a link: the scheme hidden, the rest cut after 30 characters."""
    scheme, rest = url.split("://", 1)
    shown, hidden = rest[:30], rest[30:]
    return (
        f'<a href="{url}" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
        f'<span class="invisible">{scheme}://</span>'
        f'<span class="{"ellipsis" if hidden else ""}">{shown}</span>'
        f'<span class="invisible">{hidden}</span></a>'
    )


# --- (a) a writer's day beside a link: a Mastodon outbox ----------------------------------------------------


def outbox(*notes: tuple[str, str]) -> str:
    """An account's ``outbox.json`` (an ActivityPub archive's): one ``Create`` of a ``Note`` for each
    ``(published, content)``, a thread of replies, and a boost (``Announce``) of someone else's status."""
    actor = "https://mastodon.social/users/oboronka"
    items: list[dict[str, Any]] = []
    previous: str | None = None
    for n, (published, content) in enumerate(notes):
        sid = f"{actor}/statuses/10345506132744{2210 + n}"
        items.append(
            {
                "id": sid + "/activity",
                "type": "Create",
                "actor": actor,
                "published": published,
                "to": ["https://www.w3.org/ns/activitystreams#Public"],
                "cc": [actor + "/followers"],
                "object": {
                    "id": sid,
                    "type": "Note",
                    "summary": None,
                    "inReplyTo": previous,
                    "published": published,
                    "url": f"https://mastodon.social/@oboronka/10345506132744{2210 + n}",
                    "attributedTo": actor,
                    "to": ["https://www.w3.org/ns/activitystreams#Public"],
                    "cc": [actor + "/followers"],
                    "sensitive": False,
                    "content": content,
                    "contentMap": {"en": content},
                    "attachment": [],
                    "tag": [],
                },
            }
        )
        previous = sid
    items.append(
        {
            "id": f"{actor}/statuses/103455070000000001/activity",
            "type": "Announce",
            "actor": actor,
            "published": notes[-1][0],
            "to": ["https://www.w3.org/ns/activitystreams#Public"],
            "cc": [actor + "/followers"],
            "object": "https://mstdn.example/users/analyst/statuses/103455011111111111",
        }
    )
    return json.dumps(
        {
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": "outbox.json",
            "type": "OrderedCollection",
            "totalItems": len(items),
            "orderedItems": items,
        },
        ensure_ascii=False,
    )


def test_mastodon_outbox_dates_a_link_by_the_yearless_day_its_writer_put_beside_it(tmp_path: Path) -> None:
    # The post of 10 January 2020 says the RIA report was of "9 January": the year is the post's.
    text = outbox(
        (
            "2020-01-10T07:40:00Z",
            f"<p>1/2 &quot;{RIA_EN}&quot; (RIA Novosti, 9 January) {short(REAL_RIA)}</p>",
        ),
        (
            "2020-01-10T07:42:00Z",
            f"<p>2/2 Zhirinovsky urged Iran to buy S-400s, TASS reported {short(REAL_TASS)}</p>",
        ),
    )
    urls, out = extract(tmp_path, "outbox.json", text)
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS]), out
    assert field(line_of(out, REAL_RIA), "date") == "2020-01-09", out


def test_mastodon_outbox_link_with_no_day_beside_it_is_not_dated_by_its_posts_own_day(tmp_path: Path) -> None:
    # Control: the post's own "published" is when it was posted, not when TASS reported.
    text = outbox(
        (
            "2020-01-10T07:42:00Z",
            f"<p>Zhirinovsky urged Iran to buy S-400s, TASS reported {short(REAL_TASS)}</p>",
        )
    )
    urls, out = extract(tmp_path, "outbox.json", text)
    assert urls == [REAL_TASS], out
    assert field(line_of(out, REAL_TASS), "date") is None, out


def test_mastodon_outbox_yearless_day_later_in_the_year_than_its_post_is_of_the_year_before(
    tmp_path: Path,
) -> None:
    # A post of 9 January 2020 citing "(TASS, 31 December)": the last 31 December before the post, 2019's.
    text = outbox(
        (
            "2020-01-09T12:05:00Z",
            "<p>&quot;Zhirinovsky proposes Russian bases in Iran&quot; (TASS, 31 December) "
            f"{short(REAL_TASS)}</p>",
        )
    )
    urls, out = extract(tmp_path, "outbox.json", text)
    assert urls == [REAL_TASS], out
    assert field(line_of(out, REAL_TASS), "date") == "2019-12-31", out


# --- (a) a writer's day beside a link: a Confluence page ----------------------------------------------------


def confluence(paragraphs: str, *, metadata: str) -> str:
    """A page of a Confluence space exported to HTML: breadcrumbs, the page-metadata line, the page's body,
    an attachment and the export's own footer (the day it was exported)."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<title>NEWS : Iraq S-300 story notes</title>\n"
        '<link rel="stylesheet" href="styles/site.css" type="text/css" />\n'
        '<META http-equiv="Content-Type" content="text/html; charset=UTF-8">\n</head>\n'
        '<body class="theme-default aui-theme-default">\n<div id="page">\n'
        '<div id="main" class="aui-page-panel">\n<div id="main-header">\n'
        '<div id="breadcrumb-section"><ol id="breadcrumbs">'
        '<li class="first"><span><a href="index.html">Newsdesk</a></span></li>'
        '<li><span><a href="Story-notes_5512001.html">Story notes</a></span></li></ol></div>\n'
        '<h1 id="title-heading" class="pagetitle"><span id="title-text">NEWS : Iraq S-300 story notes'
        "</span></h1>\n</div>\n"
        f'<div id="content" class="view">\n<div class="page-metadata">\n{metadata}\n</div>\n'
        f'<div id="main-content" class="wiki-content group">\n{paragraphs}\n</div>\n'
        '<div class="pageSection group"><div class="pageSectionHeader"><h2 id="attachments"'
        ' class="pageSectionTitle">Attachments:</h2></div><div class="greybox" align="left">'
        '<a href="attachments/5512044/5512050.png">s300.png</a> (image/png)<br/></div></div>\n'
        '</div>\n</div>\n<div id="footer" role="contentinfo"><section class="footer-body">'
        "<p>Document generated by Confluence on Jan 14, 2020 09:12</p>"
        '<div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div></section></div>\n'
        "</div>\n</body>\n</html>\n"
    )


CREATED = "Created by <span class='author'> Rosa Patel</span> on Jan 10, 2020"


def test_confluence_page_dates_a_parenthesised_link_by_the_weekday_of_the_sentence_before_it(
    tmp_path: Path,
) -> None:
    # "reported on Thursday ... (<a>address</a>)", the page of Friday 10 January 2020: Thursday the 9th.
    page = confluence(
        "<p>RIA Novosti reported on Thursday that Iraq had resumed talks to buy the S-300"
        f' (<a href="{REAL_RIA}" class="external-link" rel="nofollow">{REAL_RIA}</a>).</p>',
        metadata=CREATED,
    )
    urls, out = extract(tmp_path, "Iraq-S-300-story-notes_5512043.html", page, "--article-date", "2020-01-10")
    assert urls == [REAL_RIA], out
    assert field(line_of(out, REAL_RIA), "date") == "2020-01-09", out


def test_confluence_pages_created_on_line_is_the_articles_day_and_dates_its_weekday(tmp_path: Path) -> None:
    # No --article-date: the page says when it was created; the export's footer day is not the page's.
    page = confluence(
        "<p>RIA Novosti reported on Thursday that Iraq had resumed talks to buy the S-300"
        f' (<a href="{REAL_RIA}" class="external-link" rel="nofollow">{REAL_RIA}</a>).</p>',
        metadata=CREATED,
    )
    urls, out = extract(tmp_path, "Iraq-S-300-story-notes_5512043.html", page)
    assert urls == [REAL_RIA], out
    assert "@article | date: 2020-01-10" in out, out
    assert "2020-01-14" not in out, out
    assert field(line_of(out, REAL_RIA), "date") == "2020-01-09", out


def test_confluence_link_with_no_day_in_its_sentence_is_not_dated_by_the_pages_own_day(
    tmp_path: Path,
) -> None:
    # Control: the page's "Created ... on Jan 10, 2020" is its own day, not the TASS report's.
    page = confluence(
        "<p>Zhirinovsky urged Iran to buy S-400 and S-500 systems"
        f' (<a href="{REAL_TASS}" class="external-link" rel="nofollow">{REAL_TASS}</a>).</p>',
        metadata=CREATED,
    )
    urls, out = extract(tmp_path, "Iraq-S-300-story-notes_5512043.html", page)
    assert urls == [REAL_TASS], out
    assert field(line_of(out, REAL_TASS), "date") is None, out


# --- (b) Bluesky: embed.external and embed.record -----------------------------------------------------------

DID = "did:plc:4mtq2xv7u3w5k6y7z8a9b0c1"
RIA_DID = "did:plc:r1a2n3o4v5o6s7t8i9r0u1a2"


def bsky_post(text: str, links: list[tuple[str, str]], embed: dict[str, Any] | None) -> str:
    """A post's record as ``com.atproto.repo.getRecord`` gives it: ``links`` are (shown words, address)
    facets over ``text``."""
    data = text.encode()
    facets = []
    for shown, uri in links:
        start = data.index(shown.encode())
        facets.append(
            {
                "index": {"byteStart": start, "byteEnd": start + len(shown.encode())},
                "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}],
            }
        )
    value: dict[str, Any] = {
        "$type": "app.bsky.feed.post",
        "text": text,
        "langs": ["en"],
        "createdAt": "2020-01-09T16:05:00.000Z",
        "facets": facets,
    }
    if embed is not None:
        value["embed"] = embed
    record = {
        "uri": f"at://{DID}/app.bsky.feed.post/3jzfcijpj2z2b",
        "cid": "bafyreib2rxk3rh6kzwq5lpubbc2i3a7hr2ohhkq5d2l7yq6kw3mq4zjz5f",
        "value": value,
    }
    return json.dumps(record, ensure_ascii=False, indent=2)


def external(uri: str) -> dict[str, Any]:
    return {
        "$type": "app.bsky.embed.external",
        "external": {
            "uri": uri,
            "title": MT_TITLE,
            "description": "Strikes attributed to Israel have exposed gaps in Iraq's air defenses.",
            "thumb": {
                "$type": "blob",
                "ref": {"$link": "bafkreihq3x7k2m4n6p8r0t2v4x6z8b0d2f4h6j8l0n2p4r6t8v0x2z4b6d"},
                "mimeType": "image/jpeg",
                "size": 48211,
            },
        },
    }


POST_TEXT = (
    "Iraq resumes S-300 talks with Russia, a lawmaker told RIA Novosti ria.ru/20200109/1563... and"
    " Zhirinovsky urged Iran to buy S-400s, TASS says tass.ru/politika/7487995"
)


def test_bluesky_posts_link_card_alone_is_a_citation_titled_by_the_card(tmp_path: Path) -> None:
    # The writer deleted the address from the text after the card was made: the card, part of the post's
    # own record, is the link (Bluesky's composer does so).
    post = bsky_post(
        POST_TEXT,
        [("ria.ru/20200109/1563...", REAL_RIA), ("tass.ru/politika/7487995", REAL_TASS)],
        external(REAL_MT),
    )
    urls, out = extract(tmp_path, "post.json", post)
    assert_the_three(urls, out)


def test_bluesky_posts_link_card_over_a_facet_of_the_same_address_is_one_citation_titled_by_it(
    tmp_path: Path,
) -> None:
    text = POST_TEXT + " Related: themoscowtimes.com/2024/05/02/will..."
    post = bsky_post(
        text,
        [
            ("ria.ru/20200109/1563...", REAL_RIA),
            ("tass.ru/politika/7487995", REAL_TASS),
            ("themoscowtimes.com/2024/05/02/will...", REAL_MT),
        ],
        external(REAL_MT),
    )
    urls, out = extract(tmp_path, "post.json", post)
    assert_the_three(urls, out)


def test_bluesky_post_checked_directly_cites_its_cards_title_and_the_card_postdates_the_article(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    text = (
        "Iraq resumes S-300 talks with Russia, a lawmaker told RIA Novosti ria.localhost/20200109/1563... and"
        " Zhirinovsky urged Iran to buy S-400s, TASS says tass.localhost/politika/7487995"
    )
    post = bsky_post(
        text,
        [("ria.localhost/20200109/1563...", ria), ("tass.localhost/politika/7487995", tass)],
        external(mt),
    )
    path = write(tmp_path, "post.json", post)
    # (mended after reading src: a post's own time is no article date for a post read alone, as seed22's
    # Mastodon status checked directly asserts, its related article passing; the day is given here)
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    assert results[mt]["cited"]["title"] == MT_TITLE, results[mt]["cited"]
    for url in (ria, tass):
        assert results[url]["verdict"] == "pass", results[url]["findings"]
    assert "postdates_article" in kinds(results[mt]), results[mt]["findings"]
    assert code == 1


def test_bluesky_post_quoting_a_post_cites_the_quoted_post_at_its_web_address(tmp_path: Path) -> None:
    # embed.record as the record stores it: a strong reference (at:// address and cid) to the quoted post.
    embed = {
        "$type": "app.bsky.embed.record",
        "record": {
            "uri": f"at://{RIA_DID}/app.bsky.feed.post/3jzf7b2c4d5e6",
            "cid": "bafyreia7q3z2x4c6v8b0n2m4k6j8h0g2f4d6s8a0p2o4i6u8y0t2r4e6w8",
        },
    }
    post = bsky_post(POST_TEXT, [("ria.ru/20200109/1563...", REAL_RIA)], embed)
    urls, out = extract(tmp_path, "post.json", post)
    quoted = f"https://bsky.app/profile/{RIA_DID}/post/3jzf7b2c4d5e6"
    assert sorted(urls) == sorted([REAL_RIA, quoted]), out
    assert not [u for u in urls if u.startswith("at://")], out


def test_bluesky_thread_view_quoting_a_post_cites_it_by_its_authors_handle_not_its_links(
    tmp_path: Path,
) -> None:
    # The API's view of the post (app.bsky.feed.getPosts): the quoted post comes whole, with its author and
    # its own link to TASS. The writer cites the quoted post; its link is the quoted writer's.
    quoted_text = "Жириновский призвал Иран купить С-400 tass.ru/politika/7487995"
    start = quoted_text.encode().index(b"tass.ru")
    view = {
        "posts": [
            {
                "uri": f"at://{DID}/app.bsky.feed.post/3jzfcijpj2z2b",
                "cid": "bafyreib2rxk3rh6kzwq5lpubbc2i3a7hr2ohhkq5d2l7yq6kw3mq4zjz5f",
                "author": {"did": DID, "handle": "oboronka.bsky.social", "displayName": "Oboronka"},
                "record": json.loads(bsky_post(POST_TEXT, [("ria.ru/20200109/1563...", REAL_RIA)], None))[
                    "value"
                ],
                "embed": {
                    "$type": "app.bsky.embed.record#view",
                    "record": {
                        "$type": "app.bsky.embed.record#viewRecord",
                        "uri": f"at://{RIA_DID}/app.bsky.feed.post/3jzf7b2c4d5e6",
                        "cid": "bafyreia7q3z2x4c6v8b0n2m4k6j8h0g2f4d6s8a0p2o4i6u8y0t2r4e6w8",
                        "author": {
                            "did": RIA_DID,
                            "handle": "tass-agency.bsky.social",
                            "displayName": "ТАСС",
                        },
                        "value": {
                            "$type": "app.bsky.feed.post",
                            "text": quoted_text,
                            "createdAt": "2020-01-09T09:00:00.000Z",
                            "facets": [
                                {
                                    "index": {"byteStart": start, "byteEnd": len(quoted_text.encode())},
                                    "features": [{"$type": "app.bsky.richtext.facet#link", "uri": REAL_TASS}],
                                }
                            ],
                        },
                        "indexedAt": "2020-01-09T09:00:01.000Z",
                    },
                },
                "indexedAt": "2020-01-09T16:05:01.000Z",
            }
        ]
    }
    urls, out = extract(tmp_path, "posts.json", json.dumps(view, ensure_ascii=False, indent=2))
    quoted = "https://bsky.app/profile/tass-agency.bsky.social/post/3jzf7b2c4d5e6"
    assert sorted(urls) == sorted([REAL_RIA, quoted]), out


# --- Slack: an export's messages.json -----------------------------------------------------------------------


def slack_export(ria: str, tass: str, mt: str, *, mt_words: str | None = MT_TITLE) -> str:
    """A channel's day file of a workspace export (``#newsdesk/2020-01-09.json``): a join message, the
    story's message with its ``blocks`` (rich_text: RIA linked on its name, TASS bare, the related article on
    its title), a reply with a user mention and an emoji, and a file share."""
    mt_link: dict[str, Any] = {"type": "link", "url": mt}
    if mt_words:
        mt_link["text"] = mt_words
    elements: list[dict[str, Any]] = [
        {"type": "text", "text": "Iraq S-300 story, sources: a lawmaker told ", "style": {"bold": True}},
        {"type": "link", "url": ria, "text": "RIA Novosti"},
        {"type": "text", "text": "; Zhirinovsky quoted by TASS "},
        {"type": "link", "url": tass},
        {"type": "text", "text": "\nRelated article: "},
        mt_link,
    ]
    mrkdwn = (
        f"*Iraq S-300 story, sources: a lawmaker told* <{ria}|RIA Novosti>;"
        f" Zhirinovsky quoted by TASS <{tass}>\n"
        f"Related article: <{mt}{'|' + mt_words if mt_words else ''}>"
    )
    messages: list[dict[str, Any]] = [
        {
            "type": "message",
            "subtype": "channel_join",
            "ts": "1578556800.000100",
            "user": "U01NIGHTDSK",
            "text": "<@U01NIGHTDSK> has joined the channel",
        },
        {
            "client_msg_id": "5b0a7c1e-2f3d-4e5a-9b8c-7d6e5f4a3b2c",
            "type": "message",
            "text": mrkdwn,
            "user": "U02COPYCHF",
            "ts": "1578568800.000200",
            "team": "T0NEWSDESK",
            "user_profile": {"real_name": "Copy Chief", "display_name": "copychief"},
            "blocks": [
                {
                    "type": "rich_text",
                    "block_id": "Xq3",
                    "elements": [{"type": "rich_text_section", "elements": elements}],
                }
            ],
        },
        {
            "type": "message",
            "text": "<@U02COPYCHF> checked :white_check_mark:",
            "user": "U03FACTCHK",
            "ts": "1578569400.000300",
            "thread_ts": "1578568800.000200",
            "blocks": [
                {
                    "type": "rich_text",
                    "block_id": "k9P",
                    "elements": [
                        {
                            "type": "rich_text_section",
                            "elements": [
                                {"type": "user", "user_id": "U02COPYCHF"},
                                {"type": "text", "text": " checked "},
                                {"type": "emoji", "name": "white_check_mark", "unicode": "2705"},
                            ],
                        }
                    ],
                }
            ],
        },
        {
            "type": "message",
            "subtype": "file_share",
            "text": "map of the strikes",
            "user": "U03FACTCHK",
            "ts": "1578570000.000400",
            "files": [
                {
                    "id": "F0MAP",
                    "name": "strikes.png",
                    "mimetype": "image/png",
                    "url_private": "https://files.slack.com/files-pri/T0NEWSDESK-F0MAP/strikes.png",
                    "permalink": "https://newsdesk.slack.com/files/U03FACTCHK/F0MAP/strikes.png",
                }
            ],
        },
    ]
    return json.dumps(messages, ensure_ascii=False, indent=4)


def test_slack_export_gives_the_three_from_its_blocks_the_related_titled_and_not_slacks_own_links(
    tmp_path: Path,
) -> None:
    urls, out = extract(tmp_path, "2020-01-09.json", slack_export(REAL_RIA, REAL_TASS, REAL_MT))
    assert_the_three(urls, out)
    assert "slack.com" not in out, out


def test_slack_export_link_shown_bare_is_titled_by_its_unfurled_attachment(tmp_path: Path) -> None:
    # The related link has no words; Slack's unfurl of it (an attachment naming the page and its site) does.
    messages = json.loads(slack_export(REAL_RIA, REAL_TASS, REAL_MT, mt_words=None))
    messages[1]["attachments"] = [
        {
            "from_url": REAL_MT,
            "original_url": REAL_MT,
            "title_link": REAL_MT,
            "title": MT_TITLE,
            "text": "Strikes attributed to Israel have exposed gaps in Iraq's air defenses.",
            "service_name": "The Moscow Times",
            "service_icon": "https://static.themoscowtimes.com/img/icons/apple-touch-icon.png",
            "image_url": "https://static.themoscowtimes.com/image/og/0c/iraq.jpg",
            "id": 1,
        }
    ]
    urls, out = extract(tmp_path, "2020-01-09.json", json.dumps(messages, ensure_ascii=False, indent=4))
    assert_the_three(urls, out)
    assert field(line_of(out, REAL_MT), "outlet") == "The Moscow Times", out


def test_slack_export_checked_directly_passes_ria_and_tass_and_the_related_postdates(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    path = write(tmp_path, "2020-01-09.json", slack_export(ria, tass, mt))
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    for url in (ria, tass):
        assert results[url]["verdict"] == "pass", results[url]["findings"]
    assert results[mt]["cited"]["title"] == MT_TITLE, results[mt]["cited"]
    assert "postdates_article" in kinds(results[mt]), results[mt]["findings"]
    assert code == 1


# --- Notion: a page's Markdown export with its properties and a bookmark ------------------------------------


def notion_page(ria: str, tass: str, mt: str) -> str:
    """Notion's "Markdown & CSV" export of a database page: its properties under the heading, the story, the
    related article as a web bookmark (Notion writes a bookmark as a link whose words are its address)."""
    return (
        f"# {HEADLINE}\n\n"
        "Created: January 9, 2020 3:14 PM\nCreated by: Night Desk\nStatus: Published\n"
        "Tags: Iraq, Russia, S-300\nLast edited time: May 3, 2024 9:02 AM\n\n"
        f"{LEAD} ([RIA Novosti]({ria}))\n\n"
        f"Related article: {MT_TITLE}\n\n[{mt}]({mt})\n\n"
        f"{QUOTE} ([TASS]({tass}))\n\n{TAIL}\n"
    )


def test_notion_export_dates_the_article_by_its_created_property_and_titles_the_bookmark(
    tmp_path: Path,
) -> None:
    urls, out = extract(
        tmp_path, "Iraq S-300 3f1c2a7b9e8d4c6ab5d4e3f2a1b0c9d8.md", notion_page(REAL_RIA, REAL_TASS, REAL_MT)
    )
    assert_the_three(urls, out)
    assert "@article | date: 2020-01-09" in out, out
    assert "2024-05-03" not in out, out


def test_notion_export_checked_directly_without_a_date_judges_the_related_by_its_created_day(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    path = write(tmp_path, "Iraq S-300 3f1c2a7b9e8d4c6ab5d4e3f2a1b0c9d8.md", notion_page(ria, tass, mt))
    code, report = check_json(tmp_path, str(path))
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    for url in (ria, tass):
        assert results[url]["verdict"] == "pass", results[url]["findings"]
    assert results[mt]["cited"]["title"] == MT_TITLE, results[mt]["cited"]
    assert "postdates_article" in kinds(results[mt]), results[mt]["findings"]
    assert code == 1


# --- Word: "Web Page, Filtered" in windows-1252 -------------------------------------------------------------


def word_filtered(ria: str, tass: str, mt: str) -> bytes:
    """Word's "Web Page, Filtered" (.htm) saved in the Western code page: curly quotes and dashes as
    windows-1252 bytes, Cyrillic as numeric references, long lines wrapped inside tags and words, each link's
    words in Word's ``<span>``."""
    lead = escape(LEAD)
    mt_words = escape(MT_TITLE).replace("Iraq's", "Iraq’s").replace(" Air ", "\nAir ")
    ria_title = "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in "Ирак возобновил переговоры о С-300")
    doc = (
        "<html>\n\n<head>\n"
        '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n'
        '<meta name=Generator content="Microsoft Word 15 (filtered)">\n'
        "<title>Iraq S-300</title>\n<style>\n<!--\n /* Font Definitions */\n"
        " p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n"
        '\tfont-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#0563C1;\n'
        "\ttext-decoration:underline;}\n-->\n</style>\n\n</head>\n\n"
        '<body lang=EN-GB link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\n\n'
        "<div class=WordSection1>\n\n"
        f"<p class=MsoTitle>{HEADLINE}</p>\n\n"
        f"<p class=MsoNormal>{lead} (<a\nhref=\"{ria}\"><span style='color:#0563C1'>RIA\nNovosti: "
        f"{ria_title}</span></a>)</p>\n\n"
        "<p class=MsoNormal>Related article: <a\n"
        f"href=\"{mt}\"><span style='font-size:10.0pt'>{mt_words}</span></a></p>\n\n"
        f'<p class=MsoNormal>{escape(QUOTE)} — (<a href="{tass}">TASS</a>)</p>\n\n'
        f"<p class=MsoNormal>{TAIL}</p>\n\n</div>\n\n</body>\n\n</html>\n"
    )
    return doc.replace("’", "\u2019").encode("windows-1252", errors="strict")


def test_word_filtered_page_in_windows_1252_gives_the_three_the_related_titled_with_its_apostrophe(
    tmp_path: Path,
) -> None:
    urls, out = extract(tmp_path, "Iraq S-300.htm", word_filtered(REAL_RIA, REAL_TASS, REAL_MT))
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), out
    assert field(line_of(out, REAL_MT), "title") == MT_TITLE.replace("'", "’"), out
    assert "â€" not in out, out


def test_word_filtered_page_checked_directly_matches_the_related_title_across_its_wrapped_line(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    path = write(tmp_path, "Iraq S-300.htm", word_filtered(ria, tass, mt))
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    assert results[tass]["verdict"] == "pass", results[tass]["findings"]
    assert "title_mismatch" not in kinds(results[mt]), results[mt]["findings"]
    assert "postdates_article" in kinds(results[mt]), results[mt]["findings"]
    assert code == 1


# --- Discourse: a post's raw Markdown -----------------------------------------------------------------------


def test_discourse_posts_raw_markdown_gives_the_three_not_its_quotes_uploads_or_topic_links(
    tmp_path: Path,
) -> None:
    # /raw/4127/3: a onebox (an address alone on its line), a [quote] of an earlier post of the topic, an
    # upload, a mention, a relative topic link and a [details] block.
    raw = (
        '[quote="nightdesk, post:2, topic:4127"]\nWhere did the S-300 figure come from? See '
        "[the earlier thread](/t/iraq-air-defence-purchases/3990/7).\n[/quote]\n\n"
        f"@nightdesk {LEAD}\n\n{REAL_RIA}\n\n"
        f"Related article: [{MT_TITLE}]({REAL_MT})\n\n"
        f'[details="Zhirinovsky\'s words"]\n{QUOTE} ([TASS]({REAL_TASS}))\n[/details]\n\n'
        "![strikes map|690x388](upload://7dW3kQ9rYb2mZx1c5LhN4pT0sVa.png)\n\n"
        "#world-desk:iraq\n"
    )
    urls, out = extract(tmp_path, "4127-3.md", raw)
    assert_the_three(urls, out)
    assert "upload://" not in out, out
    assert "/t/" not in out, out


# --- Zotero: CSL-JSON ---------------------------------------------------------------------------------------


def test_zotero_csl_json_dates_items_by_issued_in_any_spelling_and_never_by_the_access_day(
    tmp_path: Path,
) -> None:
    items = [
        {
            "id": "http://zotero.org/users/1234567/items/AB12CD34",
            "type": "article-newspaper",
            "title": "Ирак возобновил переговоры с Россией о покупке С-300",
            "container-title": "RIA Novosti",
            "URL": REAL_RIA,
            "language": "ru",
            "issued": {"date-parts": [["2020", "1", "9"]]},
            "accessed": {"date-parts": [["2024", "5", "3"]]},
        },
        {
            # Dated only by when it was read: the access day is no publication day.
            "id": "http://zotero.org/users/1234567/items/EF56GH78",
            "type": "article-newspaper",
            "title": "Жириновский призвал Иран купить российские С-400",
            "container-title": "TASS",
            "URL": REAL_TASS,
            "accessed": {"date-parts": [[2024, 5, 3]]},
        },
        {
            "id": "http://zotero.org/users/1234567/items/IJ90KL12",
            "type": "webpage",
            "title": MT_TITLE,
            "container-title": "The Moscow Times",
            "URL": REAL_MT,
            "issued": {"raw": "2024-05-02"},
            "accessed": {"date-parts": [[2024, 5, 3]]},
        },
    ]
    urls, out = extract(tmp_path, "Iraq S-300.json", json.dumps(items, ensure_ascii=False, indent=2))
    assert_the_three(urls, out)
    assert field(line_of(out, REAL_RIA), "date") == "2020-01-09", out
    assert field(line_of(out, REAL_RIA), "outlet") == "RIA Novosti", out
    assert field(line_of(out, REAL_TASS), "date") is None, out
    assert field(line_of(out, REAL_MT), "date") == "2024-05-02", out


# --- the related link wrapped: Google's /amp/s/ and Facebook's l.php in HTML --------------------------------


def test_related_article_through_googles_amp_viewer_in_html_is_the_outlets_address_titled(
    tmp_path: Path,
) -> None:
    amp = "https://www.google.com/amp/s/" + REAL_MT.removeprefix("https://")
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Iraq S-300</title></head><body>'
        f'<article><h1>{HEADLINE}</h1><p>{escape(LEAD)} (<a href="{REAL_RIA}">RIA Novosti</a>)</p>'
        f'<p>Related article: <a href="{amp}">{escape(MT_TITLE)}</a></p>'
        f'<p>{escape(QUOTE)} (<a href="{REAL_TASS}">TASS</a>)</p><p>{TAIL}</p></article></body></html>'
    )
    urls, out = extract(tmp_path, "story.html", page)
    assert_the_three(urls, out)
    assert "google." not in line_of(out, REAL_MT).split(" | ", 1)[0], out


def test_related_article_through_facebooks_l_php_with_its_fbclid_is_the_outlets_clean_address(
    tmp_path: Path,
) -> None:
    # Facebook adds its click id to the address it wraps; the writer cited the story, not the click.
    clicked = REAL_MT + "?fbclid=IwAR2xQ7kLmN3pR7sT9vWyZa1bCdEfGhIjKlMnOpQrStUvWxYz0123456789"
    fb = "https://l.facebook.com/l.php?u=" + quote(clicked, safe="") + "&h=AT0xQ9kLmN3pR7sT&s=1"
    text = f"{LEAD}\n{REAL_RIA}\n\nRelated article: {MT_TITLE}\n{fb}\n\n{QUOTE}\n{REAL_TASS}\n\n{TAIL}\n"
    urls, out = extract(tmp_path, "article.txt", text)
    assert_the_three(urls, out)
    assert "fbclid" not in out, out
    assert "facebook" not in line_of(out, REAL_MT).split(" | ", 1)[0], out
