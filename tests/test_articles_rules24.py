"""Rules added after the twenty-fourth held-out batch (tests/fixtures/articles/heldout, ``b24_*``), each on a
small string of our own, with what it must leave alone."""

from __future__ import annotations

import json

from linkcheck.articles import extract_citations
from linkcheck.articles._chatjson import (
    looks_like_matrix_export,
    looks_like_reddit_json,
    matrix_text,
    reddit_markdown,
)
from linkcheck.articles._tagged import enw_as_ris, gophermap_text, looks_like_enw, looks_like_gophermap
from linkcheck.models import PartialDate


def _urls(text: str, fmt: str = "text") -> list[str]:
    return [c.url for c in extract_citations(text, fmt)]


# --- A Reddit thread's JSON ---------------------------------------------------------------------------------

_SELF = "Sources: [Bridge to close](https://council.example.gov.uk/news/bridge) and https://paper.example/b"


def _reddit(selftext: str, comment: str) -> str:
    post = {
        "kind": "t3",
        "data": {
            "title": "Bridge closing",
            "selftext": selftext,
            "selftext_html": "&lt;div class=&quot;md&quot;&gt;&lt;a href=&quot;https://paper.example/b&quot;&gt;",
            "domain": "self.Town",
            "url": "https://www.reddit.com/r/Town/comments/abc/bridge_closing/",
            "all_awardings": [{"icon_url": "https://www.redditstatic.com/gold/awards/icon/silver_512.png"}],
        },
    }
    reply = {"kind": "t1", "data": {"author": "ann", "body": "And https://radio.example/deep &amp; more"}}
    top = {
        "kind": "t1",
        "data": {
            "author": "bob",
            "body": comment,
            "replies": {"kind": "Listing", "data": {"children": [reply]}},
        },
    }
    return json.dumps(
        [
            {"kind": "Listing", "data": {"children": [post]}},
            {"kind": "Listing", "data": {"children": [top]}},
        ]
    )


def test_a_reddit_thread_is_read_as_its_posts_markdown() -> None:
    text = _reddit(_SELF, "Map: https://roadworks.example/schemes/1")
    assert looks_like_reddit_json(text)
    urls = _urls(text)
    assert urls == [
        "https://council.example.gov.uk/news/bridge",
        "https://paper.example/b",
        "https://roadworks.example/schemes/1",
        "https://radio.example/deep",
    ]  # no escaped copy, no thread address, no award icon; a nested reply read


def test_a_reddit_link_post_cites_its_link() -> None:
    post = {
        "kind": "t3",
        "data": {"title": "Report out", "domain": "paper.example", "url": "https://paper.example/r"},
    }
    text = json.dumps({"kind": "Listing", "data": {"children": [post]}})
    assert reddit_markdown(text) == "# Report out\n\nhttps://paper.example/r\n"


def test_other_json_is_no_reddit_thread() -> None:
    text = json.dumps([{"kind": "note", "url": "https://paper.example/a"}])
    assert not looks_like_reddit_json(text)
    assert reddit_markdown('[{"kind": "Listing"') is None  # (not JSON: read as it stands)
    assert "https://paper.example/a" in _urls(text)


# --- A Matrix room exported by Element ----------------------------------------------------------------------


def _matrix(*contents: dict[str, object]) -> str:
    messages = [
        {
            "type": "m.room.message",
            "sender": "@ann:chat.example",
            "origin_server_ts": 1578646212000,
            "content": c,
        }
        for c in contents
    ]
    return json.dumps(
        {"room_name": "desk", "topic": "Style: https://wiki.example/style", "messages": messages}
    )


def test_a_matrix_export_is_read_as_its_messages_bodies() -> None:
    text = _matrix(
        {
            "msgtype": "m.text",
            "body": "> <@bob:chat.example> see https://old.example/x\n\nTASS quoted him: https://tass.example/1",
            "formatted_body": '<mx-reply><a href="https://matrix.to/#/@bob:chat.example">bob</a></mx-reply>',
        },
        {"msgtype": "m.image", "body": "pic.jpg", "url": "mxc://chat.example/abc"},
        {
            "msgtype": "m.text",
            "body": "* typo https://paper.example/a",
            "m.new_content": {"msgtype": "m.text", "body": "fixed https://paper.example/b"},
        },
    )
    assert looks_like_matrix_export(text)
    assert (
        matrix_text(text)
        == "ann (08:50):\nTASS quoted him: https://tass.example/1\n\nann (08:50):\nfixed https://paper.example/b\n"
    )
    assert _urls(text) == ["https://tass.example/1", "https://paper.example/b"]


def test_other_json_objects_are_no_matrix_export() -> None:
    text = json.dumps({"messages": [{"text": "see https://paper.example/a"}]})
    assert not looks_like_matrix_export(text)
    assert matrix_text('{"messages": "m.room.x"}') is None


# --- EndNote tagged (Refer) ---------------------------------------------------------------------------------

_ENW = """%0 Newspaper Article
%T Council approves flood wall
%A Okafor, Grace
%J Wendbridge Echo
%D 2023
%8 March 14
%U https://echo.example/news/flood-wall
%[ 2 April 2023

%0 Report
%T Flood plan
%I Environment Agency
%D 2023
%8 January
%U https://agency.example/flood-plan
"""


def test_an_endnote_tagged_export_reads_as_ris() -> None:
    assert looks_like_enw(_ENW)
    cites = extract_citations(_ENW, "text")
    assert [(c.url, c.title, c.outlet, str(c.date), str(c.access_date)) for c in cites] == [
        (
            "https://echo.example/news/flood-wall",
            "Council approves flood wall",
            "Wendbridge Echo",
            "2023-03-14",
            "2023-04-02",
        ),
        ("https://agency.example/flood-plan", "Flood plan", "Environment Agency", "2023-01", "None"),
    ]


def test_a_percent_led_text_is_no_endnote_export() -> None:
    text = "%0 of the budget went to https://paper.example/a, said the council.\n"
    assert not looks_like_enw(text)
    assert not looks_like_enw("50% of https://paper.example/a")
    assert _urls(text) == ["https://paper.example/a"]
    assert (
        enw_as_ris("100% sure\n") == ""
    )  # no record: nothing (only a text opening with ``%0 `` is rewritten)
    assert _urls("50%: https://paper.example/a\n") == ["https://paper.example/a"]


# --- A gophermap --------------------------------------------------------------------------------------------

_GOPHER = (
    "iMy phlog\tfake\t(NULL)\t0\n"
    "iThe paper covered it on 18 November 2022:\tfake\t(NULL)\t0\n"
    "hCourier: Trust takes the keys\tURL:https://courier.example/news/keys\tgopher.example\t70\n"
    "1Back to the phlog\t/phlog\tgopher.example\t70\n"
    ".\n"
)


def test_a_gophermap_is_read_as_its_prose_and_web_links() -> None:
    assert looks_like_gophermap(_GOPHER)
    assert gophermap_text(_GOPHER) == (
        "My phlog\nThe paper covered it on 18 November 2022:\nCourier: Trust takes the keys\n"
        "https://courier.example/news/keys\n\n"
    )
    (cite,) = extract_citations(_GOPHER, "text", article_date=PartialDate.parse("2023-11-20"))
    assert (cite.url, cite.title, cite.outlet) == (
        "https://courier.example/news/keys",
        "Trust takes the keys",
        "Courier",
    )


def test_a_text_with_tabs_is_no_gophermap() -> None:
    text = (
        "Name\tSource\tLink\nBridge\tCourier\thttps://courier.example/a\nRoad\tPost\thttps://post.example/b\n"
    )
    assert not looks_like_gophermap(text)
    assert _urls(text) == ["https://courier.example/a", "https://post.example/b"]


# --- A NewsML-G2 news item ----------------------------------------------------------------------------------

_NEWSML = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1">
 <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_36.xml"/>
 <itemMeta>
  <link rel="irel:seeAlso" href="https://paper.example/analysis" title="What the deal means"/>
  <link rel="irel:previousVersion" href="https://wire.example/item/1"/>
 </itemMeta>
 <contentMeta>
  <contentCreated>2020-01-10T08:05:00Z</contentCreated>
  <infoSource uri="https://agency.example/"><name>Agency</name></infoSource>
  <headline>Talks resume</headline>
 </contentMeta>
 <contentSet><inlineXML contenttype="application/xhtml+xml">
  <html xmlns="http://www.w3.org/1999/xhtml"><body>
   <p>A lawmaker told <a href="https://agency.example/news/1">Agency</a> on Thursday.</p>
  </body></html>
 </inlineXML></contentSet>
</newsItem>
"""


def test_a_newsml_item_is_read_as_its_story_and_related_links() -> None:
    cites = extract_citations(_NEWSML, "auto")
    assert [(c.url, c.title) for c in cites] == [
        ("https://agency.example/news/1", None),
        ("https://paper.example/analysis", "What the deal means"),
    ]  # no catalog, no earlier version, no source's front page
    assert cites[0].article is not None
    assert (cites[0].article.title, str(cites[0].article.date)) == ("Talks resume", "2020-01-10")
    assert str(cites[0].date) == "2020-01-09"


def test_other_xml_is_no_newsml_item() -> None:
    text = (
        '<?xml version="1.0"?>\n<doc><link rel="irel:seeAlso" href="https://paper.example/a" title="Deal"/>'
        "<p>See https://paper.example/b</p></doc>"
    )
    assert all(c.title != "Deal" for c in extract_citations(text, "html"))


# --- A DOI holding a SICI -----------------------------------------------------------------------------------


def test_a_doi_with_a_sici_runs_through_its_angle_brackets() -> None:
    text = "R. Thompson, 1983.\n   https://doi.org/10.1175/1520-0485(1983)013<1077:LPFTSI>2.0.CO;2\n"
    assert _urls(text) == ["https://doi.org/10.1175/1520-0485(1983)013<1077:LPFTSI>2.0.CO;2"]


def test_a_url_before_markup_still_ends_at_its_angle_bracket() -> None:
    assert _urls("See https://doi.org/10.1000/xyz<br>next\n") == ["https://doi.org/10.1000/xyz"]
    assert _urls("Mail <https://paper.example/10.5/a><1:2>\n")[0] == "https://paper.example/10.5/a"


# --- The Hebrew Wikipedia's general link --------------------------------------------------------------------


def test_the_hebrew_general_link_template_cites() -> None:
    text = (
        "טקסט.<ref>{{קישור כללי|כתובת=https://news.example/a|הכותב=דנה לוי|כותרת=הפארק נפתח|אתר=חדשות הגליל"
        "|תאריך=12 במרץ 2019|תאריך_וידוא=5 בינואר 2024}}</ref>\n"
    )
    (cite,) = extract_citations(text, "wikitext")
    assert (cite.url, cite.title, cite.outlet) == ("https://news.example/a", "הפארק נפתח", "חדשות הגליל")
    assert (str(cite.date), str(cite.access_date)) == ("2019-03-12", "2024-01-05")


def test_other_hebrew_templates_are_no_citation() -> None:
    text = "{{תבנית|כתובת=https://park.example/|כותרת=פארק|אתר=עירייה}}\n"
    assert all(c.title != "פארק" and c.outlet != "עירייה" for c in extract_citations(text, "wikitext"))


# --- A site builder's blog: member pages and hashtags -------------------------------------------------------


def test_a_blogs_member_page_and_hashtags_are_no_citations() -> None:
    text = (
        '<html><body><article><p>By <a href="https://bakery.example/profile/ruth/profile">Ruth</a>.</p>'
        '<p>The <a href="https://paper.example/news/a">Gazette</a> said so.</p>'
        '<a href="https://bakery.example/blog/hashtags/flour">#flour</a></article></body></html>'
    )
    assert _urls(text, "html") == ["https://paper.example/news/a"]


def test_profile_and_hashtag_words_elsewhere_are_left() -> None:
    text = (
        "Forbes: https://www.forbes.example/profile/elon-musk/ and the report "
        "https://paper.example/research/hashtags/why-they-spread and https://paper.example/profile/x/profile-of-a-town\n"
    )
    assert _urls(text) == [
        "https://www.forbes.example/profile/elon-musk/",
        "https://paper.example/research/hashtags/why-they-spread",
        "https://paper.example/profile/x/profile-of-a-town",
    ]


# --- Azerbaijani; a related label's language note; a related title's dash-led source ------------------------

_AZ = (
    "İraq danışıqları bərpa edib.\n\n"
    "Bunu əl-Heydər cümə axşamı dövlət xəbər agentliyi RİA Novosti-yə bildirib.\n"
    "https://ria.example/20200109/1.html\n\n"
    "Onun sözlərini çərşənbə günü TASS agentliyi yayıb.\n"
    "https://tass.example/politika/2\n"
)


def test_azerbaijani_weekdays_date_the_reports() -> None:
    cites = extract_citations(_AZ, "text", article_date=PartialDate.parse("2020-01-10"))
    assert [str(c.date) for c in cites] == ["2020-01-09", "2020-01-08"]


def test_cume_alone_is_friday_not_thursday() -> None:
    text = "Ölkə xəbəri. Nazirlik cümə günü bildirib:\nhttps://gov.example/az/news/1\n"
    (cite,) = extract_citations(text, "text", article_date=PartialDate.parse("2020-01-13"))
    assert str(cite.date) == "2020-01-10"


def test_a_related_label_may_name_the_pages_language() -> None:
    text = (
        "Xəbər mətni burada.\n\n"
        "Həmçinin oxuyun (ingilis dilində): Will Russia Reinforce Iraq's Air Defenses? - The Moscow Times, "
        "2 May 2024\nhttps://www.themoscowtimes.com/2024/05/02/will-russia-reinforce\n"
    )
    (cite,) = extract_citations(text, "text")
    assert (cite.title, str(cite.date)) == ("Will Russia Reinforce Iraq's Air Defenses?", "2024-05-02")


def test_an_editors_dated_note_and_other_dashes_are_left() -> None:
    text = (
        "Story.\n\nRelated (added to the archive, May 2024): Iraq - the view from Baghdad\n"
        "https://paper.example/2024/05/iraq-view\n\nRelated: Air defence - Part 2\n"
        "https://www.themoscowtimes.com/2024/05/02/air-defence-part-2\n"
    )
    titles = [c.title for c in extract_citations(text, "text")]
    assert titles[1] == "Air defence - Part 2"
    assert titles[0] != "Iraq"


def test_a_related_titles_dash_led_source_is_no_part_of_it() -> None:
    text = (
        "Story.\n\nRelated: Will Russia Reinforce Iraq's Air Defenses? — The Moscow Times, 2 May 2024\n"
        "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce\n"
    )
    (cite,) = extract_citations(text, "text")
    assert (cite.title, str(cite.date)) == ("Will Russia Reinforce Iraq's Air Defenses?", "2024-05-02")
