"""Held-out probe (seed22, sixty-first session): the seed article and its citations in shapes the first
twenty-one probes did not play.

Written from README.md, docs/ (articles, json-schema, sources-format), seed21's subsection and "Left" and the
lead's part of the sixtieth session in docs/benchmarks.md, and the earlier probes (grepped for their names and
docstrings: a Telegram Desktop ``result.json`` of one post with ``text`` and ``text_entities`` (probe 17's
strict xfail), a Mastodon API status with a card of RIA's page, a Google Docs HTML export with its links
wrapped in ``google.com/url?q=`` in the text and in footnotes, an RSS item in ``content:encoded`` and an Atom
entry of escaped HTML, a single-part quoted-printable ``.eml`` and Wayback copies named with a timestamp's
flags had been played; never a Telegram Desktop export checked directly with each link at its line, an
address's date in an export or an HTML article taken for the writer's, a Mastodon card titling a link its
status shows shortened, a quoted headline standing beside a post's link, a Docs link split in two anchors,
a Docs ``q=`` percent-encoded, Docs's "Publish to the web" page, an RSS item in ``<description>`` checked
directly, an Atom entry of inline XHTML, a multipart ``.eml`` with a plain and an HTML part, a Russian
newsletter in windows-1251, a newsletter's own furniture, or the Wayback Machine's ``2024*`` and ``*``
wildcard addresses), before any code under ``src/`` that these cases test was read, and committed before any
change there. Expectations are what the docs promise or, where they are silent, what a fact-checker expects.
Extraction cases run ``linkcheck extract`` on the real outlets' addresses; checking cases run the CLI against
the harness's one 127.0.0.1 server.
"""

from __future__ import annotations

import json
from email.message import EmailMessage
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
    RIA,
    RIA_PATH,
    RIA_TITLE,
    TAIL,
    TASS_TITLE,
    Sites,
    by_url,
    check_json,
    fixtures,
    kinds,
    local_three,
    manifest,
    run,
    serve_all_three,
)

server, sites = fixtures()

MT_RU_TITLE = "Усилит ли Россия ПВО Ирака после израильских ударов?"
HOME = "https://www.themoscowtimes.com/2020/01/09/iraq-resumes-talks-to-buy-russian-s-300-a68843"
HEADLINE = "Iraq Resumes Talks to Buy Russian S-300 Missile Systems"


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


def line_of(output: str, url: str) -> str:
    return next(line for line in output.splitlines() if line.startswith(url + " ") or line == url)


def assert_the_three(urls: list[str], output: str, *, titled: str | None = MT_TITLE) -> None:
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), output
    if titled:
        assert f"title: {titled} |" in line_of(output, REAL_MT) + " |", output


def file_line(path: Path, url: str) -> int:
    """The 1-based line of ``path`` where ``url`` first stands."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if url in line)


# --- (a) Telegram Desktop's result.json ---------------------------------------------------------------------


def desktop_export(ria: str, tass: str, mt: str) -> dict[str, Any]:
    """A channel's "Export chat history" (JSON): a service message, the post of the seed story (RIA linked on
    its name, TASS as a bare address, the related article on its title) and a later post with the channel's
    furniture (a photo, a hashtag, a mention)."""
    runs: list[dict[str, str]] = [
        {"type": "bold", "text": "Ирак возобновил переговоры о покупке С-300"},
        {
            "type": "plain",
            "text": "\n\nIraq has resumed talks with Russia to buy its S-300 systems, a lawmaker told ",
        },
        {"type": "text_link", "text": "RIA Novosti", "href": ria},
        {"type": "plain", "text": ".\n\nZhirinovsky urged Iran to buy S-400s, TASS reported: "},
        {"type": "link", "text": tass},
        {"type": "plain", "text": "\n\nRelated article: "},
        {"type": "text_link", "text": MT_TITLE, "href": mt},
    ]
    later: list[dict[str, str]] = [
        {"type": "plain", "text": "Подписывайтесь на канал "},
        {"type": "mention", "text": "@oboronka_news"},
        {"type": "plain", "text": " "},
        {"type": "hashtag", "text": "#Ирак"},
    ]

    def flat(entities: list[dict[str, str]]) -> list[Any]:
        return [e["text"] if e["type"] == "plain" else e for e in entities]

    return {
        "name": "Оборонка",
        "type": "public_channel",
        "id": 1234567890,
        "messages": [
            {
                "id": 410,
                "type": "service",
                "date": "2020-01-09T09:00:00",
                "date_unixtime": "1578549600",
                "actor": "Оборонка",
                "actor_id": "channel1234567890",
                "action": "pin_message",
                "message_id": 409,
                "text": "",
                "text_entities": [],
            },
            {
                "id": 412,
                "type": "message",
                "date": "2020-01-09T14:02:11",
                "date_unixtime": "1578567731",
                "from": "Оборонка",
                "from_id": "channel1234567890",
                "text": flat(runs),
                "text_entities": runs,
            },
            {
                "id": 413,
                "type": "message",
                "date": "2020-01-09T14:30:00",
                "date_unixtime": "1578569400",
                "from": "Оборонка",
                "from_id": "channel1234567890",
                "photo": "photos/photo_413@09-01-2020_14-30-00.jpg",
                "width": 1280,
                "height": 720,
                "text": flat(later),
                "text_entities": later,
            },
        ],
    }


def test_telegram_desktop_export_checked_directly_places_each_link_at_its_line_of_the_file(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    path = write(
        tmp_path, "result.json", json.dumps(desktop_export(ria, tass, mt), ensure_ascii=False, indent=1)
    )
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    for url in (ria, tass, mt):
        assert results[url]["line"] == file_line(path, url), (url, results[url]["line"])
    for url in (ria, tass):
        assert results[url]["verdict"] == "pass", results[url]["findings"]
    assert results[mt]["cited"]["title"] == MT_TITLE, results[mt]["cited"]
    assert "postdates_article" in kinds(results[mt]), results[mt]["findings"]
    assert code == 1


def test_telegram_desktop_export_gives_the_three_the_related_titled_by_its_linked_words(
    tmp_path: Path,
) -> None:
    export = desktop_export(REAL_RIA, REAL_TASS, REAL_MT)
    urls, out = extract(tmp_path, "result.json", json.dumps(export, ensure_ascii=False, indent=1))
    assert_the_three(urls, out)


def test_telegram_desktop_export_gives_no_link_the_date_its_address_holds(tmp_path: Path) -> None:
    # The post gives the related article no date; its address's 2024/05/02 is the outlet's, not the writer's
    # claim (as in prose: sources.txt writes the Moscow Times line with no date). RIA's /20200109/ likewise.
    export = desktop_export(REAL_RIA, REAL_TASS, REAL_MT)
    urls, out = extract(tmp_path, "result.json", json.dumps(export, ensure_ascii=False, indent=1))
    assert REAL_MT in urls, out
    assert "date: 2024-05-02" not in line_of(out, REAL_MT), out
    assert "date: 2020-01-09" not in line_of(out, REAL_RIA), out


def test_html_article_gives_no_link_the_date_its_address_holds(tmp_path: Path) -> None:
    # The same question in HTML: the seed article as its outlet's page, its links undated by their words.
    ria, tass = f'<a href="{REAL_RIA}">RIA Novosti</a>', f'<a href="{REAL_TASS}">TASS</a>'
    page = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title>'
        '<meta property="article:published_time" content="2020-01-09T18:30:00+03:00"></head><body><article>'
        f"<h1>{HEADLINE}</h1>"
        f"<p>{escape(LEAD).replace('RIA Novosti', ria, 1)}</p>"
        f'<p>Related article: <a href="{REAL_MT}">{escape(MT_TITLE)}</a></p>'
        f"<p>{escape(QUOTE).replace('TASS', tass, 1)}</p>"
        f"<p>{TAIL}</p></article></body></html>"
    )
    urls, out = extract(tmp_path, "article.html", page)
    assert_the_three(urls, out)
    assert "date: 2024-05-02" not in line_of(out, REAL_MT), out


# --- (b) a Mastodon status's preview card -------------------------------------------------------------------


def status(content: str, card: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "id": "103455061327442210",
        "created_at": "2020-01-09T16:05:00.000Z",
        "in_reply_to_id": None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": "public",
        "language": "en",
        "uri": "https://mastodon.social/users/oboronka/statuses/103455061327442210",
        "url": "https://mastodon.social/@oboronka/103455061327442210",
        "content": content,
        "account": {"id": "1021", "username": "oboronka", "url": "https://mastodon.social/@oboronka"},
        "media_attachments": [],
        "mentions": [],
        "tags": [],
        "card": card,
    }


def short(url: str) -> str:
    """Mastodon's rendering of a link: the scheme hidden, the rest cut after 30 characters."""
    scheme, rest = url.split("://", 1)
    shown, hidden = rest[:30], rest[30:]
    return (
        f'<a href="{url}" rel="nofollow noopener" target="_blank"><span class="invisible">{scheme}://</span>'
        f'<span class="{"ellipsis" if hidden else ""}">{shown}</span>'
        f'<span class="invisible">{hidden}</span></a>'
    )


def status_content(ria: str, tass: str, mt: str, *, mt_before: str = "Related: ") -> str:
    return (
        f"<p>Iraq has resumed talks with Russia to buy S-300s, a lawmaker told RIA Novosti {short(ria)}</p>"
        f"<p>Zhirinovsky urged Iran to buy S-400s, TASS reported {short(tass)}</p>"
        f"<p>{mt_before}{short(mt)}</p>"
    )


def mt_card(url: str) -> dict[str, Any]:
    return {
        "url": url,
        "title": MT_TITLE,
        "description": "Strikes attributed to Israel have exposed gaps in Iraq's air defenses.",
        "type": "link",
        "provider_name": "The Moscow Times",
        "provider_url": "https://www.themoscowtimes.com",
        "image": "https://files.mastodon.social/cache/preview_cards/images/000/812/004/original/mt.jpg",
    }


def test_mastodon_card_titles_the_link_it_previews_and_names_its_outlet(tmp_path: Path) -> None:
    post = status(status_content(REAL_RIA, REAL_TASS, REAL_MT), mt_card(REAL_MT))
    urls, out = extract(tmp_path, "status.json", json.dumps(post, ensure_ascii=False, indent=2))
    assert_the_three(urls, out)
    assert "outlet: The Moscow Times" in line_of(out, REAL_MT), out


def test_mastodon_status_checked_directly_cites_the_cards_title_and_passes(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    post = status(status_content(ria, tass, mt), mt_card(mt))
    path = write(tmp_path, "status.json", json.dumps(post, ensure_ascii=False, indent=2))
    code, report = check_json(tmp_path, str(path))
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    assert results[mt]["cited"]["title"] == MT_TITLE, results[mt]["cited"]
    assert results[mt]["cited"]["outlet"] == "The Moscow Times", results[mt]["cited"]
    assert results[mt]["verdict"] == "pass", results[mt]["findings"]
    assert code == 0


def test_mastodon_card_of_an_address_the_status_no_longer_links_titles_nothing_and_is_not_cited(
    tmp_path: Path,
) -> None:
    # The status was edited after its card was made: the card's page is no link of the status any more.
    gone = "https://www.themoscowtimes.com/2020/01/08/iran-strikes-us-bases-in-iraq-a68830"
    card = {**mt_card(gone), "title": "Iran Strikes U.S. Bases in Iraq"}
    post = status(status_content(REAL_RIA, REAL_TASS, REAL_MT), card)
    urls, out = extract(tmp_path, "status.json", json.dumps(post, ensure_ascii=False, indent=2))
    assert_the_three(urls, out, titled=None)
    assert "Iran Strikes U.S. Bases" not in out, out


# --- (c) a quoted headline beside a post's link -------------------------------------------------------------


def test_mastodon_status_with_a_quoted_headline_before_the_shortened_link_titles_it(tmp_path: Path) -> None:
    content = status_content(REAL_RIA, REAL_TASS, REAL_MT, mt_before=f"Related: “{escape(MT_TITLE)}” ")
    urls, out = extract(tmp_path, "status.json", json.dumps(status(content, None), ensure_ascii=False))
    assert_the_three(urls, out)


def test_bluesky_post_with_a_quoted_headline_before_its_link_facet_titles_it(tmp_path: Path) -> None:
    text = (
        "Iraq resumes S-300 talks with Russia, a lawmaker told RIA Novosti ria.ru/20200109/1563..."
        f" Related: “{MT_TITLE}” themoscowtimes.com/2024/05/02/will..."
    )
    data = text.encode()

    def facet(shown: str, uri: str) -> dict[str, Any]:
        start = data.index(shown.encode())
        return {
            "index": {"byteStart": start, "byteEnd": start + len(shown.encode())},
            "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}],
        }

    record = {
        "uri": "at://did:plc:4mtq2xv7u3w5k6y7z8a9b0c1/app.bsky.feed.post/3jzfcijpj2z2b",
        "cid": "bafyreib2rxk3rh6kzwq5lpubbc2i3a7hr2ohhkq5d2l7yq6kw3mq4zjz5f",
        "value": {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": "2020-01-09T16:05:00.000Z",
            "facets": [
                facet("ria.ru/20200109/1563...", REAL_RIA),
                facet("themoscowtimes.com/2024/05/02/will...", REAL_MT),
            ],
        },
    }
    urls, out = extract(tmp_path, "post.json", json.dumps(record, ensure_ascii=False, indent=2))
    assert sorted(urls) == sorted([REAL_RIA, REAL_MT]), out
    assert f"title: {MT_TITLE} |" in line_of(out, REAL_MT) + " |", out


def test_quoted_words_of_a_speaker_before_a_posts_link_are_not_its_title(tmp_path: Path) -> None:
    # A quotation attributed in the post ("..., al-Haider told RIA") is what someone said, not a headline.
    content = (
        f"<p>“We expect pushback from the U.S. on this matter,” al-Haider told RIA {short(REAL_RIA)}</p>"
        f"<p>Zhirinovsky urged Iran to buy S-400s, TASS reported {short(REAL_TASS)}</p>"
    )
    urls, out = extract(tmp_path, "status.json", json.dumps(status(content, None), ensure_ascii=False))
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS]), out
    assert "title: We expect pushback" not in line_of(out, REAL_RIA), out


# --- Google Docs -------------------------------------------------------------------------------------------


def gwrap(url: str, *, encode: bool = False) -> str:
    target = quote(url, safe=":/") if encode else url
    return (
        "https://www.google.com/url?q=" + target + "&amp;sa=D&amp;source=editors&amp;ust=1578580000000000"
        "&amp;usg=AOvVaw1xQ3c9vS0rT2mZp8kLdE4f"
    )


def ga(url: str, words: str, *, encode: bool = False) -> str:
    return f'<span class="c5"><a class="c9" href="{gwrap(url, encode=encode)}">{escape(words)}</a></span>'


GDOCS_HEAD = (
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
    ".c5{color:#1155cc;text-decoration:underline}.c9{color:inherit;text-decoration:inherit}"
    ".c6{font-weight:700}</style></head>"
)


def test_google_docs_export_whose_wrapped_addresses_are_percent_encoded_gives_them_decoded(
    tmp_path: Path,
) -> None:
    # Docs percent-encodes a linked address's own query inside ``q=``; the link's words are the address.
    tass = REAL_TASS + "?utm_source=twitter.com&utm_medium=social"
    body = (
        f'<body class="c7 doc-content"><p class="c1"><span class="c2">{escape(LEAD)} </span>'
        f"{ga(REAL_RIA, REAL_RIA, encode=True)}</p>"
        f'<p class="c1"><span class="c2">Related article: </span>{ga(REAL_MT, MT_TITLE, encode=True)}</p>'
        f'<p class="c1"><span class="c2">{escape(QUOTE)} </span>{ga(tass, tass, encode=True)}</p>'
        f'<p class="c1"><span class="c2">{TAIL}</span></p></body></html>'
    )
    urls, out = extract(tmp_path, "IraqS300.html", GDOCS_HEAD + body)
    assert sorted(u.split("?", 1)[0] for u in urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), out
    assert not [u for u in urls if "google." in u or "%3F" in u or "%3D" in u or "%26" in u], out
    assert f"title: {MT_TITLE} |" in line_of(out, REAL_MT) + " |", out


def test_google_docs_link_split_into_two_anchors_at_a_style_change_is_one_citation_of_the_whole_title(
    tmp_path: Path,
) -> None:
    first, second = "Will Russia Reinforce Iraq's", " Air Defenses After Israeli Strikes?"
    assert first + second == MT_TITLE
    body = (
        f'<body class="c7 doc-content"><p class="c1"><span class="c2">{escape(LEAD)} (</span>'
        f'{ga(REAL_RIA, "RIA Novosti")}<span class="c2">)</span></p>'
        '<p class="c1"><span class="c2">Related article: </span>'
        f'<span class="c5"><a class="c9" href="{gwrap(REAL_MT)}">{escape(first)}</a></span>'
        f'<span class="c5 c6"><a class="c9" href="{gwrap(REAL_MT)}">{escape(second)}</a></span></p>'
        f'<p class="c1"><span class="c2">{escape(QUOTE)} (</span>{ga(REAL_TASS, "TASS")}'
        f'<span class="c2">)</span></p><p class="c1"><span class="c2">{TAIL}</span></p></body></html>'
    )
    urls, out = extract(tmp_path, "IraqS300.html", GDOCS_HEAD + body)
    assert_the_three(urls, out)


def test_google_docs_published_to_the_web_gives_the_three_not_googles_own_links(tmp_path: Path) -> None:
    doc = (
        f'<p class="c1"><span class="c2">{escape(LEAD)} (</span>{ga(REAL_RIA, "RIA Novosti")}'
        '<span class="c2">)</span></p>'
        f'<p class="c1"><span class="c2">Related article: </span>{ga(REAL_MT, MT_TITLE)}</p>'
        f'<p class="c1"><span class="c2">{escape(QUOTE)} (</span>{ga(REAL_TASS, "TASS")}'
        f'<span class="c2">)</span></p><p class="c1"><span class="c2">{TAIL}</span></p>'
    )
    pub = "https://docs.google.com/document/d/e/2PACX-1vQx9aZ3kLmN0pQ7rS2tUvW4xYz/pub"
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Iraq S-300 draft</title>'
        f'<meta property="og:title" content="Iraq S-300 draft"><link rel="canonical" href="{pub}">'
        '<link rel="shortcut icon" href="https://ssl.gstatic.com/docs/documents/images/kix-favicon7.ico">'
        '</head><body><div id="banner"><div id="title">Iraq S-300 draft</div><div id="interval">'
        "<span>Published using Google Docs</span></div></div>"
        f'<div id="contents"><div class="c7 doc-content">{doc}</div></div>'
        '<div id="footer"><a href="https://docs.google.com/abuse?id=2PACX-1vQx9aZ3kLmN0pQ7rS2tUvW4xYz">'
        'Report abuse</a> &ndash; <a href="//support.google.com/docs/answer/183965?hl=en">Learn more</a>'
        '<div id="interval">Updated automatically every 5 minutes</div></div></body></html>'
    )
    urls, out = extract(tmp_path, "pub.html", page)
    assert_the_three(urls, out)


# --- an RSS or Atom item of the article ---------------------------------------------------------------


def article_html(ria: str, tass: str, mt: str) -> str:
    return (
        f'<p>{escape(LEAD)} (<a href="{ria}">RIA Novosti</a>)</p>'
        f'<p>Related article: <a href="{mt}">{escape(MT_TITLE)}</a></p>'
        f'<p>{escape(QUOTE)} (<a href="{tass}">TASS</a>)</p><p>{TAIL}</p>'
    )


def rss_description(ria: str, tass: str, mt: str, own: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>The Moscow Times - News</title>
<link>https://www.themoscowtimes.com/</link>
<atom:link href="https://www.themoscowtimes.com/rss/news" rel="self" type="application/rss+xml"/>
<description>Independent news from Russia</description>
<image><url>https://static.themoscowtimes.com/img/logo_rss.png</url><title>The Moscow Times</title>
<link>https://www.themoscowtimes.com/</link></image>
<item>
<title>{HEADLINE}</title>
<link>{own}</link>
<guid isPermaLink="true">{own}</guid>
<comments>{own}#comments</comments>
<pubDate>Thu, 09 Jan 2020 14:42:00 +0000</pubDate>
<enclosure url="https://static.themoscowtimes.com/image/article_1360/s300.jpg" length="81234"
 type="image/jpeg"/>
<source url="https://www.themoscowtimes.com/rss/news">The Moscow Times</source>
<description>{escape(article_html(ria, tass, mt))}</description>
</item>
</channel>
</rss>
"""


def test_rss_item_with_its_story_in_description_gives_the_three_and_the_articles_day(tmp_path: Path) -> None:
    urls, out = extract(tmp_path, "news.rss", rss_description(REAL_RIA, REAL_TASS, REAL_MT, HOME))
    assert_the_three(urls, out)
    article = next(line for line in out.splitlines() if line.startswith("@article"))
    assert "date: 2020-01-09" in article, out


def test_rss_item_checked_directly_is_dated_by_its_pubdate_and_the_related_postdates_it(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    path = write(tmp_path, "news.rss", rss_description(ria, tass, mt, HOME))
    code, report = check_json(tmp_path, str(path))
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    for url in (ria, tass):
        assert results[url]["verdict"] == "pass", results[url]["findings"]
    assert "postdates_article" in kinds(results[mt]), results[mt]["findings"]
    assert code == 1


def test_atom_entry_with_inline_xhtml_content_gives_the_three(tmp_path: Path) -> None:
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Moscow Times</title><id>{HOME}</id>
<updated>2020-01-09T15:00:00Z</updated>
<link rel="self" href="https://www.themoscowtimes.com/atom/news"/>
<entry><title>{HEADLINE}</title><link rel="alternate" href="{HOME}"/><id>{HOME}</id>
<author><name>The Moscow Times</name><uri>https://www.themoscowtimes.com/</uri></author>
<published>2020-01-09T14:42:00Z</published><updated>2020-01-10T08:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
{article_html(REAL_RIA, REAL_TASS, REAL_MT)}</div></content>
</entry></feed>
"""
    urls, out = extract(tmp_path, "entry.atom", atom)
    assert_the_three(urls, out)


# --- the article as a mail ---------------------------------------------------------------------------


def mail(
    *, html_part: str, plain: str | None, charset: str = "utf-8", headers: dict[str, str] | None = None
) -> bytes:
    message = EmailMessage()
    message["From"] = "The Moscow Times <newsletter@themoscowtimes.example>"
    message["To"] = "desk@factcheck.example"
    message["Subject"] = HEADLINE
    message["Date"] = "Thu, 09 Jan 2020 18:30:00 +0300"
    for name, value in (headers or {}).items():
        message[name] = value
    if plain is None:
        message.set_content(html_part, subtype="html", charset=charset, cte="quoted-printable")
    else:
        message.set_content(plain, cte="quoted-printable")
        message.add_alternative(html_part, subtype="html", charset=charset, cte="quoted-printable")
    return bytes(message)


def test_multipart_mail_with_plain_and_quoted_printable_html_parts_cites_each_once(tmp_path: Path) -> None:
    plain = (
        f"{HEADLINE}\n\n{LEAD} <{REAL_RIA}>\n\nRelated article: {MT_TITLE} <{REAL_MT}>\n\n"
        f"{QUOTE} <{REAL_TASS}>\n\n{TAIL}\n"
    )
    html_part = f"<html><body><h1>{HEADLINE}</h1>{article_html(REAL_RIA, REAL_TASS, REAL_MT)}</body></html>"
    data = mail(html_part=html_part, plain=plain)
    assert b"multipart/alternative" in data
    assert b"=\n" in data.replace(b"\r\n", b"\n")
    urls, out = extract(tmp_path, "iraq-s300.eml", data)
    assert_the_three(urls, out)


def test_russian_newsletter_mail_in_windows_1251_gives_the_three_the_related_titled(tmp_path: Path) -> None:
    html_part = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
        "<h1>Ирак возобновил переговоры с Россией о покупке С-300</h1>"
        "<p>Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем С-300, сообщил член"
        f' иракского парламента агентству <a href="{REAL_RIA}">РИА Новости</a>.</p>'
        f'<p>Читайте также: <a href="{REAL_MT}">«{MT_RU_TITLE}»</a></p>'
        "<p>«Я сказал руководству Ирана: покупайте наши С-400 и С-500», — приводит слова Жириновского"
        f' <a href="{REAL_TASS}">ТАСС</a>.</p></body></html>'
    )
    data = mail(html_part=html_part, plain=None, charset="windows-1251")
    assert b"windows-1251" in data
    urls, out = extract(tmp_path, "rassylka.eml", data)
    assert_the_three(urls, out, titled=MT_RU_TITLE)


def test_newsletter_mails_own_links_view_in_browser_and_unsubscribe_are_no_citations(tmp_path: Path) -> None:
    html_part = (
        '<html><body><table><tr><td class="preheader"><a href="' + HOME + '?utm_source=newsletter">'
        "View this email in your browser</a></td></tr><tr><td>"
        f"<h1>{HEADLINE}</h1>{article_html(REAL_RIA, REAL_TASS, REAL_MT)}</td></tr>"
        '<tr><td class="footer">You are receiving this because you subscribed to The Moscow Times Daily.'
        ' <a href="https://themoscowtimes.us4.list-manage.com/unsubscribe?u=8f2c1d&amp;id=4e7a9b">'
        'Unsubscribe</a> | <a href="https://themoscowtimes.us4.list-manage.com/profile?u=8f2c1d&amp;id=4e7a9b">'
        "Update your preferences</a></td></tr></table></body></html>"
    )
    headers = {
        "List-Unsubscribe": "<https://themoscowtimes.us4.list-manage.com/unsubscribe?u=8f2c1d&id=4e7a9b>",
        "List-Id": "The Moscow Times Daily <8f2c1d.list-id.mcsv.net>",
    }
    urls, out = extract(tmp_path, "daily.eml", mail(html_part=html_part, plain=None, headers=headers))
    assert_the_three(urls, out)


# --- the Wayback Machine's wildcard addresses ------------------------------------------------------------


def test_wayback_wildcard_listing_of_the_cited_address_is_no_archive_mismatch(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, _ = local_three(sites)
    path = manifest(
        tmp_path,
        f"{ria} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09"
        f" | archive: https://web.archive.org/web/2024*/{ria}\n"
        f"{tass} | title: {TASS_TITLE} | outlet: TASS | date: 2020-01-09"
        f" | archive: https://web.archive.org/web/*/{tass}\n",
    )
    code, report = check_json(tmp_path, str(path))
    results = by_url(report)
    for url in (ria, tass):
        assert "archive_mismatch" not in kinds(results[url]), results[url]["findings"]
        assert results[url]["verdict"] == "pass", results[url]["findings"]
    assert code == 0


def test_wayback_wildcard_listing_of_another_address_is_an_archive_mismatch(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria = sites.url(RIA, RIA_PATH)
    other = sites.url(RIA, "/20200109/1563219999.html")
    path = manifest(
        tmp_path,
        f"{ria} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09"
        f" | archive: https://web.archive.org/web/2024*/{other}\n",
    )
    _, report = check_json(tmp_path, str(path))
    [result] = report["results"]
    assert "archive_mismatch" in kinds(result), result["findings"]


def test_article_citing_wayback_wildcard_addresses_cites_the_stories_they_list(tmp_path: Path) -> None:
    # The writer linked each source's captures, not the source: the cited pages are the stories listed.
    text = (
        f"{LEAD}\nhttps://web.archive.org/web/2024*/{REAL_RIA}\n\n"
        f"Related article: {MT_TITLE}\nhttps://web.archive.org/web/*/{REAL_MT}\n\n"
        f"{QUOTE}\nhttps://web.archive.org/web/2020*/{REAL_TASS}*\n\n{TAIL}\n"
    )
    urls, out = extract(tmp_path, "article.txt", text)
    assert_the_three(urls, out)
