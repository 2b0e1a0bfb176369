"""The rules added after the twenty-fourth seed probe (seed24), each on strings, with controls that must not
fire. The probe itself is ``tests/test_seed_probe24.py``."""

from __future__ import annotations

import json

from linkcheck.articles import extract_citations
from linkcheck.articles._base import Link
from linkcheck.cli import looks_like_manifest
from linkcheck.models import PartialDate
from linkcheck.wrappers import unwrap_redirect

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"


def urls(text: str, fmt: str = "text", source: str = "article.txt") -> list[str]:
    return [c.url for c in extract_citations(text, fmt, source)]


# --- compact JSON is no manifest ----------------------------------------------------------------------------


def test_compact_json_object_with_an_address_before_any_space_is_no_manifest() -> None:
    record = {"uri": "at://did:plc:abc/app.bsky.feed.post/3jz", "cid": "bafy", "value": {"text": "see x"}}
    assert not looks_like_manifest(json.dumps(record, separators=(",", ":")))
    status = {"id": "1", "url": "https://mastodon.social/@a/1", "content": "<p>x</p>"}
    assert not looks_like_manifest(json.dumps(status, separators=(",", ":")))


def test_manifest_lines_and_a_mistyped_scheme_are_still_a_manifests() -> None:
    # Controls: a manifest, its mistyped line (the reader names it), a line missing its scheme.
    assert looks_like_manifest(f"# sources\n{RIA} | title: T | date: 2020-01-09\n{TASS}\n")
    assert looks_like_manifest("htps://ria.ru/20200109/1563219328.html | title: T\n")
    assert looks_like_manifest("@article | date: 2020-01-09\nria.ru/20200109/1563219328.html | title: T\n")


# --- a Slack day file, a notebook, saved compactly ----------------------------------------------------------


def slack_day(indent: int | None) -> str:
    messages = [
        {
            "type": "message",
            "user": "U1",
            "ts": "1578568800.000200",
            "text": f"Sources: <{RIA}|RIA Novosti>",
            "files": [{"id": "F1", "url_private": "https://files.slack.com/files-pri/T1-F1/map.png"}],
        }
    ]
    if indent is None:
        return json.dumps(messages, separators=(",", ":"))
    return json.dumps(messages, indent=indent)


def test_compact_slack_day_file_is_read_as_messages_without_the_exports_files() -> None:
    from linkcheck.articles._slack import looks_like_slack_export

    assert looks_like_slack_export(slack_day(None))
    assert urls(slack_day(None), source="2020-01-09.json") == [RIA]


def test_slack_signs_control_indented_day_file_and_a_json_array_of_other_records() -> None:
    from linkcheck.articles._slack import looks_like_slack_export

    assert looks_like_slack_export(slack_day(4))
    assert not looks_like_slack_export(json.dumps([{"type": "article", "ts": "1"}], separators=(",", ":")))
    assert not looks_like_slack_export('[{"kind":"message","time":"1"}]')


def notebook(indent: int | None) -> str:
    nb = {
        "cells": [
            {
                "cell_type": "markdown",
                "metadata": {},
                "source": ["# Iraq\n", "\n", f"Told [RIA Novosti]({RIA})."],
            },
            {
                "cell_type": "code",
                "execution_count": 1,
                "metadata": {},
                "outputs": [],
                "source": ['df = read_csv("https://data.example/strikes.csv")'],
            },
            {"cell_type": "markdown", "metadata": {}, "source": f"Quoted by [TASS]({TASS})."},
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(nb, indent=indent) if indent else json.dumps(nb, separators=(",", ":"))


def test_compact_notebook_gives_its_markdown_cells_links_not_its_codes() -> None:
    from linkcheck.articles._notebook import notebook_markdown

    text = notebook_markdown(notebook(None))
    assert f"[RIA Novosti]({RIA})" in text
    assert f"[TASS]({TASS})" in text
    assert "data.example" not in text
    assert sorted(urls(notebook(None), source="nb.ipynb")) == sorted([RIA, TASS])


def test_indented_notebook_keeps_each_markdown_line_on_its_files_line() -> None:
    # Control: the line-by-line reading, unchanged.
    from linkcheck.articles._notebook import notebook_markdown

    raw = notebook(1)
    out = notebook_markdown(raw).split("\n")
    row = next(n for n, line in enumerate(raw.split("\n")) if RIA in line)
    assert RIA in out[row]
    assert "data.example" not in "\n".join(out)
    assert notebook_markdown('{"cells":"none"}') == ""
    assert notebook_markdown("{not json") == ""


# --- a quoted Bluesky post's line ---------------------------------------------------------------------------


def test_quoted_bluesky_post_stands_at_its_at_address_line() -> None:
    from linkcheck.articles._postjson import place_in_source

    text = (
        '{\n  "uri": "at://did:plc:me/app.bsky.feed.post/3own",\n  "value": {\n    "embed": {\n'
        '      "record": {\n        "uri": "at:\\/\\/did:plc:ria/app.bsky.feed.post/3quoted"\n      }\n'
        "    }\n  }\n}\n"
    )
    link = Link(url="https://bsky.app/profile/ria.example.social/post/3quoted", line=1)
    own = Link(url="https://bsky.app/profile/did:plc:me/post/3own", line=1)
    place_in_source([link, own], text)
    assert (link.line, own.line) == (6, 2)


def test_other_addresses_keep_their_lines_when_the_file_does_not_spell_them() -> None:
    # Controls: another key's post, and an address the file holds nowhere, keep the line they had.
    from linkcheck.articles._postjson import place_in_source

    text = '{\n  "uri": "at://did:plc:me/app.bsky.feed.post/3own"\n}\n'
    other = Link(url="https://bsky.app/profile/did:plc:ria/post/3else", line=1)
    page = Link(url="https://bsky.app/profile/ria.example.social", line=1)
    resolved = Link(url="https://example.com/resolved", line=1)
    place_in_source([other, page, resolved], text)
    assert (other.line, page.line, resolved.line) == (1, 1, 1)


# --- a bare click id ----------------------------------------------------------------------------------------


def test_click_ids_on_an_articles_bare_links_are_dropped() -> None:
    text = (
        f"Iraq resumed talks, RIA Novosti reported: {RIA}?fbclid=IwAR2xQm7Lk9\n\n"
        f"TASS quoted Zhirinovsky: {TASS}?gclid=Cj0KCQiA&id=5#text\n\n"
        "Earlier: https://example.com/story?msclkid=abc123\n"
    )
    assert urls(text) == [RIA, TASS + "?id=5#text", "https://example.com/story"]


def test_campaign_tags_and_longer_keys_ending_clid_stay() -> None:
    # Controls: utm_* are no click's id; a key of more than eight letters is a site's own.
    text = (
        f"RIA: {RIA}?utm_source=twitter.com&utm_medium=social\n\n"
        "Shop: https://example.com/item?productclid=7\n"
    )
    assert urls(text) == [
        RIA + "?utm_source=twitter.com&utm_medium=social",
        "https://example.com/item?productclid=7",
    ]


# --- Google's AMP viewer's own query keys -------------------------------------------------------------------


def test_amp_viewers_query_keys_are_not_the_pages() -> None:
    viewer = (
        "https://www.google.com/amp/s/www.themoscowtimes.com/2024/05/02/story?amp_js_v=a6&_gsa=1&usqp=mq331AQ"
    )
    assert unwrap_redirect(viewer) == ("https://www.themoscowtimes.com/2024/05/02/story", "www.google.com")
    cache = "https://host-example.cdn.ampproject.org/c/s/host.example/amp/a?id=7&amp_js_v=0.1&aoh=16#frag"
    assert unwrap_redirect(cache) == (
        "https://host.example/amp/a?id=7#frag",
        "host-example.cdn.ampproject.org",
    )


def test_amp_viewer_keeps_the_pages_own_query() -> None:
    # Control: the page's own query stays as written.
    viewer = "https://www.google.com/amp/s/host.example/news/a.amp?page=2&ref=x"
    assert unwrap_redirect(viewer) == ("https://host.example/news/a.amp?page=2&ref=x", "www.google.com")


# --- a mail forwarded twice ---------------------------------------------------------------------------------


def mail(body: str) -> str:
    return (
        "From: Desk <desk@news.example>\nSubject: Fwd: Fwd: Iraq\nDate: Tue, 14 Jan 2020 10:20:00 +0300\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n" + body
    )


def article_date(text: str) -> PartialDate | None:
    cites = extract_citations(text, "text", "fwd.eml")
    assert cites, text
    return cites[0].article.date if cites[0].article else None


def test_mail_forwarded_twice_is_dated_by_the_innermost_forwarded_header() -> None:
    body = (
        "See below.\n\n---------- Forwarded message ---------\nFrom: Copy <c@news.example>\n"
        "Date: Fri, Jan 10, 2020 at 9:02 AM\nSubject: Fwd: Iraq\n\n"
        "> -------- Forwarded Message --------\n> Subject: Iraq\n> Date: Thu, 9 Jan 2020 15:14:00 +0300\n"
        f"> From: Night <n@news.example>\n>\n> > Iraq resumed talks, RIA Novosti reported.\n> > {RIA}\n"
    )
    assert article_date(mail(body)) == PartialDate(2020, 1, 9)
    apple = f"Begin forwarded message:\n\nFrom: Night\nDate: January 9, 2020 at 3:14:00 PM GMT+3\n\n{RIA}\n"
    assert article_date(mail(apple)) == PartialDate(2020, 1, 9)


def test_reply_and_a_forward_without_a_date_keep_the_mails_own_date() -> None:
    # Controls: Outlook's "Original Message" heads a reply's quotation as often as a forward; a forwarded
    # header with no date line dates nothing.
    reply = (
        f"My answer: {RIA}\n\n-----Original Message-----\nFrom: Night\n"
        "Sent: Thursday, January 9, 2020 3:14 PM\n"
    )
    assert article_date(mail(reply)) == PartialDate(2020, 1, 14)
    undated = f"---------- Forwarded message ---------\nFrom: Night\nSubject: Iraq\n\n{RIA}\n"
    assert article_date(mail(undated)) == PartialDate(2020, 1, 14)


# --- t.co's answer: a refresh in <noscript> beside a script going the same way ------------------------------


def test_noscript_refresh_applies_when_the_script_goes_to_the_same_address() -> None:
    from linkcheck.fetch import _meta_refresh

    target = "https://www.example.com/2024/05/02/story"
    escaped = target.replace("/", "\\/")
    page = (
        '<head><meta name="referrer" content="always"><noscript><META http-equiv="refresh"'
        f' content="0;URL={target}"></noscript><title>{target}</title></head>'
        f'<script>window.opener = null; location.replace("{escaped}")</script>'
    ).encode()
    assert _meta_refresh(page) == (f"0;URL={target}", None)
    assigned = page.replace(
        f'location.replace("{escaped}")'.encode(), f"window.location.href = '{target}'".encode()
    )
    assert _meta_refresh(assigned) == (f"0;URL={target}", None)


def test_noscript_refresh_of_a_fallback_page_still_does_not_apply() -> None:
    # Controls: a refresh for readers without JavaScript, the script going elsewhere or nowhere, and one in a
    # comment inside <noscript>.
    from linkcheck.fetch import _meta_refresh

    fallback = (
        b'<head><noscript><meta http-equiv="refresh" content="0; url=/nojs"></noscript></head>'
        b"<body><div id=app></div><script>render(app)</script></body>"
    )
    assert _meta_refresh(fallback) is None
    elsewhere = (
        b'<head><noscript><meta http-equiv="refresh" content="0; url=/nojs"></noscript>'
        b'<script>location.replace("/app")</script></head>'
    )
    assert _meta_refresh(elsewhere) is None
    commented = (
        b'<head><noscript><!-- <meta http-equiv="refresh" content="0; url=/a"> --></noscript>'
        b'<script>location.replace("/a")</script></head>'
    )
    assert _meta_refresh(commented) is None
