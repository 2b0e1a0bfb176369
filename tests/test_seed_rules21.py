"""Rules added after the seed21 probe (tests/test_seed_probe21.py): a social post as its service's API gives
it (a Mastodon status, a Bluesky post record, a Telegram Bot API message: ``linkcheck.articles._postjson``)
read as the page of its posts, and a CSV log saved with semicolons or tabs, its link cell the whole address.
Each rule's cases fail on base60's src; the controls must not fire (they pass on both)."""

from __future__ import annotations

import json
from typing import Any

from linkcheck.articles import extract_citations
from linkcheck.articles._records import looks_like_csv_log
from linkcheck.models import Citation, PartialDate

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
MT = (
    "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
)
MT_TITLE = "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"


def cited(text: str, name: str = "post.json") -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, source=name)}


# --- a Mastodon status --------------------------------------------------------------------------------------


def status(content: str, **more: Any) -> dict[str, Any]:
    return {
        "id": "103455061327442210",
        "created_at": "2020-01-09T16:05:00.000Z",
        "spoiler_text": "",
        "visibility": "public",
        "uri": "https://mastodon.example/users/desk/statuses/103455061327442210",
        "url": "https://mastodon.example/@desk/103455061327442210",
        "content": content,
        "account": {"username": "desk", "url": "https://mastodon.example/@desk"},
        "tags": [{"name": "iraq", "url": "https://mastodon.example/tags/iraq"}],
        **more,
    }


SHORTENED = (
    f'<p>Related article: <a href="{MT}" rel="nofollow noopener"><span class="invisible">https://www.</span>'
    '<span class="ellipsis">themoscowtimes.com/2024/05/02/will</span><span class="invisible">-russia'
    "-reinforce-iraqs-air-defenses-after-israeli-strikes</span></a></p>"
)


def test_mastodon_status_cites_its_contents_links_not_its_own_addresses() -> None:
    post = status(f'<p>A lawmaker told <a href="{RIA}">RIA Novosti</a>.</p>')
    assert list(cited(json.dumps(post))) == [RIA]


def test_mastodon_status_link_shortened_by_invisible_spans_is_its_whole_address_once() -> None:
    assert list(cited(json.dumps(status(SHORTENED)))) == [MT]


def test_mastodon_list_of_statuses_reads_each_post_and_no_boost() -> None:
    boosted = status("", reblog=status('<p><a href="https://other.example/story">a story</a></p>'))
    posts = [status(f'<p>TASS: <a href="{TASS}">TASS</a></p>'), boosted, status(SHORTENED)]
    assert list(cited(json.dumps(posts))) == [TASS, MT]


def test_control_a_posts_links_stand_at_the_lines_of_the_file_where_their_addresses_stand() -> None:
    text = json.dumps([status(f'<p><a href="{TASS}">TASS</a></p>'), status(SHORTENED)], indent=2)
    text = text.replace(MT, MT.replace("/", "\\/"))  # (JSON's escaped solidus, as PHP writes every "/")
    found = cited(text)
    assert found[TASS].line == text[: text.index(TASS)].count("\n") + 1 > 1
    assert found[MT].line == text[: text.index("https:\\/\\/www.the")].count("\n") + 1 > found[TASS].line


def test_control_json_with_mastodon_words_but_no_status_is_read_as_before() -> None:
    settings = {"spoiler_text": "", "visibility": "public", "note": f"see {RIA}"}
    assert list(cited(json.dumps(settings), "settings.json")) == [RIA]


# --- a Bluesky post record ----------------------------------------------------------------------------------


def bluesky(text: str, links: list[tuple[str, str]], **more: Any) -> dict[str, Any]:
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
    return {
        "$type": "app.bsky.feed.post",
        "text": text,
        "createdAt": "2020-01-09T16:05:00Z",
        "facets": facets,
        **more,
    }


def test_bluesky_post_cites_its_facets_whole_addresses_not_the_shortened_words() -> None:
    post = bluesky(
        "Related: themoscowtimes.com/2024/05/02/will...", [("themoscowtimes.com/2024/05/02/will...", MT)]
    )
    assert list(cited(json.dumps({"uri": "at://did:plc:x/app.bsky.feed.post/3k", "value": post}))) == [MT]


def test_bluesky_facet_after_cyrillic_text_links_its_words_which_title_it() -> None:
    text = f"Ирак возобновил переговоры о С-300.\n\nRelated article: {MT_TITLE}"
    post = bluesky(text, [(MT_TITLE, MT)])
    assert cited(json.dumps({"feed": [{"post": {"record": post}}]}))[MT].title == MT_TITLE


def test_bluesky_link_card_is_cited_with_its_title() -> None:
    card = {"$type": "app.bsky.embed.external", "external": {"uri": MT, "title": MT_TITLE, "description": ""}}
    post = bluesky("Our related article.", [], embed=card)
    assert cited(json.dumps(post))[MT].title == MT_TITLE


LEXICON = {"lexicon": 1, "id": "app.bsky.feed.post", "description": f"see {RIA}", "defs": {}}


def test_control_bluesky_lexicon_without_a_post_record_is_read_as_before() -> None:
    assert list(cited(json.dumps(LEXICON), "lexicon.json")) == [RIA]


# --- a Telegram Bot API message -----------------------------------------------------------------------------


def utf16(text: str, shown: str) -> tuple[int, int]:
    return len(text[: text.index(shown)].encode("utf-16-le")) // 2, len(shown.encode("utf-16-le")) // 2


def message(text: str, links: list[tuple[str, str | None]], **more: Any) -> dict[str, Any]:
    entities = []
    for shown, url in links:
        offset, length = utf16(text, shown)
        entity: dict[str, Any] = {"offset": offset, "length": length, "type": "text_link" if url else "url"}
        if url:
            entity["url"] = url
        entities.append(entity)
    return {
        "message_id": 7,
        "chat": {"id": -100, "type": "channel"},
        "date": 1578585900,
        "text": text,
        "entities": entities,
        **more,
    }


def test_telegram_text_link_after_an_emoji_links_its_words_which_title_it() -> None:
    text = f"🇮🇶 Iraq resumes S-300 talks.\n\nRelated article: {MT_TITLE}"
    found = cited(json.dumps({"ok": True, "result": message(text, [(MT_TITLE, MT)])}))
    assert list(found) == [MT]
    assert found[MT].title == MT_TITLE


def test_telegram_updates_read_each_channel_post_not_the_message_it_replies_to() -> None:
    quoted = message(f"Old: {TASS}", [(TASS, None)])
    post = message(f"🔥 New: {RIA}", [(RIA, None)], reply_to_message=quoted)
    updates = {"ok": True, "result": [{"update_id": 1, "channel_post": post}]}
    assert list(cited(json.dumps(updates))) == [RIA]


DESKTOP = {
    "name": "Desk",
    "type": "public_channel",
    "messages": [
        {
            "id": 1,
            "type": "message",
            "date": "2020-01-09T14:02:11",
            "text": [{"type": "link", "text": RIA}],
            "text_entities": [{"type": "link", "text": RIA}],
        }
    ],
}


def test_control_telegram_desktop_export_is_read_as_before() -> None:
    assert list(cited(json.dumps(DESKTOP), "result.json")) == [RIA]


def test_post_page_is_none_for_a_lexicon_a_desktop_export_and_other_json() -> None:
    from linkcheck.articles._postjson import post_page

    assert post_page(json.dumps(LEXICON)) is None
    # seed22: a Telegram Desktop export is now read as the page of its posts (its ``text_entities``), each
    # link placed at its line (seed probe 22; seed probe 17's case passes): no longer None. Its citations
    # are still RIA's alone (test_control_telegram_desktop_export_is_read_as_before).
    assert post_page(json.dumps(DESKTOP)) is not None
    assert post_page('{"message_id": 1, "entities": [], "note": "no chat"}') is None
    assert post_page('{"spoiler_text": "", "visibility": "public"}') is None


# --- a CSV log's separators and its link cell ---------------------------------------------------------------


def test_csv_link_cell_is_the_whole_address_when_the_next_unquoted_cell_abuts_it() -> None:
    sheet = f"url,title,outlet,date\n{TASS},Жириновский призвал Иран купить С-400,TASS,2020-01-09\n"
    found = cited(sheet, "sources.csv")
    assert list(found) == [TASS]
    assert found[TASS].title == "Жириновский призвал Иран купить С-400"
    assert found[TASS].outlet == "TASS"


def test_csv_saved_with_semicolons_is_read_by_its_columns() -> None:
    sheet = f"URL;Title;Outlet;Date\n{RIA};Ирак возобновил переговоры;РИА Новости;09.01.2020\n"
    assert looks_like_csv_log(sheet) == {"url": 0, "title": 1, "outlet": 2, "date": 3}
    found = cited(sheet, "sources.csv")
    assert list(found) == [RIA]
    assert (found[RIA].title, found[RIA].outlet) == ("Ирак возобновил переговоры", "РИА Новости")
    assert found[RIA].date == PartialDate(2020, 1, 9)


def test_tab_separated_log_is_read_by_its_columns() -> None:
    sheet = f"Outlet\tHeadline\tPublished\tLink\nTASS\tЖириновский призвал Иран\t2020-01-09\t{TASS}\n"
    found = cited(sheet, "sources.tsv")
    assert list(found) == [TASS]
    assert (found[TASS].title, found[TASS].outlet) == ("Жириновский призвал Иран", "TASS")


def test_csv_delimiter_is_the_headers_commonest_separator_a_comma_on_a_tie() -> None:
    from linkcheck.articles._records import csv_delimiter

    assert csv_delimiter("url;title;outlet") == ";"
    assert csv_delimiter("url\ttitle\toutlet") == "\t"
    assert csv_delimiter("url,title;outlet") == ","
    assert csv_delimiter("url,title,outlet;date") == ","


def test_control_quoted_csv_cell_with_commas_in_its_address_stays_whole() -> None:
    url = "https://news.example/news/1,2,3.html"
    found = cited(f'url,title,outlet\n"{url}",A story,Example News\n', "sources.csv")
    assert list(found) == [url]
    assert found[url].title == "A story"


def test_control_semicolons_in_prose_are_no_csv_log() -> None:
    assert looks_like_csv_log("Links; notes; the url of the day\nhttps://a.example/b\n") is None
    assert looks_like_csv_log("name;url\nx;https://a.example/b\n") is None  # a link column alone: too little


# --- a weekday with its own day written after it -----------------------------------------------------------


def dated(text: str, article: PartialDate) -> PartialDate | None:
    [citation] = extract_citations(text, source="thread.txt", article_date=article)
    return citation.date


def test_weekday_with_its_month_and_day_in_brackets_recalled_years_later_is_that_day() -> None:
    told = f"Back in 2020 an Iraqi MP told RIA Novosti on Thursday (Jan 9) that talks had resumed: {RIA}"
    assert dated(told, PartialDate(2024, 5, 3)) == PartialDate(2020, 1, 9)


def test_russian_weekday_with_its_day_in_brackets_recalled_years_later_is_that_day() -> None:
    told = f"Депутат сообщил РИА Новости в четверг (9 января), что переговоры возобновлены: {RIA}"
    assert dated(told, PartialDate(2024, 5, 3)) == PartialDate(2020, 1, 9)


def test_control_weekday_with_a_slip_in_this_weeks_day_or_no_day_is_read_as_before() -> None:
    slip = f"An Iraqi MP told RIA Novosti on Thursday (Jan 10) that talks had resumed: {RIA}"
    assert dated(slip, PartialDate(2020, 1, 10)) == PartialDate(2020, 1, 9)
    plain = f"An Iraqi MP told RIA Novosti on Thursday (local time) that talks had resumed: {RIA}"
    assert dated(plain, PartialDate(2020, 1, 10)) == PartialDate(2020, 1, 9)
    same_week = f"An Iraqi MP told RIA Novosti on Thursday, Jan. 9, that talks had resumed: {RIA}"
    assert dated(same_week, PartialDate(2020, 1, 10)) == PartialDate(2020, 1, 9)
