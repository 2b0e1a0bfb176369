"""Held-out probe (seed21, sixtieth session): the seed article and its citations in shapes the first twenty
probes did not play.

Written from README.md, docs/ (articles, json-schema, sources-format), seed20's subsection and "Left" in
docs/benchmarks.md and the earlier probes (grepped for their names and docstrings: Telegram Desktop's JSON and
HTML exports, reference-style Markdown, the same address cited twice in a manifest, a 301/308 redirect loop,
AMP and printable pages of the cited stories, archive.today copies in a manifest, crimea.ria.ru cited for
RIA had been played; never the article's own Russian original checked directly, the article's own AMP or
print version, a Mastodon API status, a Bluesky post record, a Telegram Bot API message, collapsed and
shortcut Markdown references, URLs in prose ending in ``?``, ``…`` or ``»``, URLs in square, curly and CJK
brackets, an outlet at an IDN address or in punycode, a CSV manifest with a header row checked directly, an
archive.today list after the text, a 301 chain to a regional edition, a meta-refresh loop, or one address
linked twice in an article under a non-title first), before any code under ``src/`` that these cases test
was read, and committed before any change there. Expectations are what the docs promise or, where they are
silent, what a fact-checker expects. Extraction cases run ``linkcheck extract`` on the real outlets'
addresses; checking cases run the CLI against the harness's one 127.0.0.1 server.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from tests.seed_harness import (
    LEAD,
    MT,
    MT_PATH,
    MT_TEXT,
    MT_TITLE,
    QUOTE,
    REAL_MT,
    REAL_RIA,
    REAL_TASS,
    RIA,
    RIA_PATH,
    RIA_TEXT,
    RIA_TITLE,
    TAIL,
    TASS_TITLE,
    Sites,
    by_url,
    check_json,
    fixtures,
    html,
    kinds,
    line_of,
    local_three,
    manifest,
    redirect,
    run,
    serve_all_three,
)

server, sites = fixtures()

MT_RU_TITLE = "Усилит ли Россия ПВО Ирака после израильских ударов?"
HOME = "https://www.themoscowtimes.com/2020/01/09/iraq-resumes-talks-to-buy-russian-s-300-a68843"


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def extract(tmp_path: Path, name: str, content: str, *args: str) -> tuple[list[str], str]:
    done = run("extract", str(write(tmp_path, name, content)), *args, cwd=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    urls = [
        line.split(" | ", 1)[0].strip()
        for line in done.stdout.splitlines()
        if line.strip() and not line.startswith(("#", "@"))
    ]
    return urls, done.stdout + done.stderr


def linked(text: str, words: str, url: str, after: str = "") -> str:
    """``text`` HTML-escaped, its first ``words`` a link to ``url`` (``after`` following the link)."""
    return escape(text).replace(words, f'<a href="{url}">{words}</a>{after}', 1)


def assert_the_three(urls: list[str], output: str, *, titled: str | None = MT_TITLE) -> None:
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), output
    if titled:
        assert f"title: {titled} |" in line_of(output, REAL_MT) + " |", output


# --- the article's Russian original ----------------------------------------------------------------------


def test_russian_original_with_guillemet_quoted_headlines_as_link_texts_checked_directly(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    page = (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Ирак возобновил переговоры о С-300'
        '</title><meta property="article:published_time" content="2020-01-09T18:30:00+03:00"></head><body>'
        "<article><h1>Ирак возобновил переговоры с Россией о покупке С-300</h1>"
        "<p>Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем С-300, сообщил член"
        f' иракского парламента агентству РИА Новости: <a href="{ria}">«{RIA_TITLE}»</a>.</p>'
        f'<p>Читайте также: <a href="{mt}">«{MT_RU_TITLE}»</a></p>'
        "<p>«Я сказал руководству Ирана: покупайте наши С-400 и С-500», — приводит слова Жириновского ТАСС:"
        f' <a href="{tass}">«{TASS_TITLE}»</a>.</p></article></body></html>'
    )
    code, report = check_json(tmp_path, str(write(tmp_path, "statya.html", page)))
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    for url in (ria, tass):
        assert results[url]["verdict"] == "pass", results[url]["findings"]
        assert results[url]["cited"]["title"] in (RIA_TITLE, TASS_TITLE), results[url]["cited"]
    assert "postdates_article" in kinds(results[mt]), results[mt]["findings"]
    assert code == 1


def test_russian_original_as_text_dates_ria_by_v_chetverg_and_titles_the_chitayte_takzhe_line(
    tmp_path: Path,
) -> None:
    text = (
        "Ирак возобновил переговоры с Россией о покупке С-300\n\n"
        "Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем С-300, сообщил в четверг"
        " РИА Новости председатель комитета по обороне иракского парламента.\n"
        f"{REAL_RIA}\n\n"
        f"Читайте также: «{MT_RU_TITLE}»\n{REAL_MT}\n\n"
        "«Я сказал руководству Ирана: покупайте наши более мощные С-400 и С-500», — приводит ТАСС слова"
        " Жириновского.\n"
        f"{REAL_TASS}\n"
    )
    urls, out = extract(tmp_path, "statya.txt", text, "--article-date", "2020-01-09")
    assert_the_three(urls, out, titled=MT_RU_TITLE)
    assert "date: 2020-01-09" in line_of(out, REAL_RIA), out
    assert "outlet: РИА Новости" in line_of(out, REAL_RIA), out
    assert "outlet: ТАСС" in line_of(out, REAL_TASS), out


# --- the article's AMP and print versions --------------------------------------------------------------


def test_amp_version_of_the_article_gives_the_three_not_the_amp_machinery(tmp_path: Path) -> None:
    page = (
        '<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js">'
        f'</script><link rel="canonical" href="{HOME}"><title>Iraq Resumes Talks to Buy Russian S-300</title>'
        "<style amp-boilerplate>body{visibility:hidden}</style></head><body>"
        '<amp-img src="https://static.themoscowtimes.com/image/article_1360/s300.jpg" width="1360"'
        ' height="765" layout="responsive" alt="S-300"></amp-img>'
        f"<p>{linked(LEAD, 'RIA Novosti', REAL_RIA)}</p>"
        f'<p>Related article: <a href="{REAL_MT}">{escape(MT_TITLE)}</a></p>'
        f"<p>{linked(QUOTE, 'TASS', REAL_TASS)}</p><p>{TAIL}</p>"
        '<amp-social-share type="twitter" data-param-url="' + HOME + '"></amp-social-share>'
        '<amp-analytics type="gtag"><script type="application/json">{"vars": {"gtag_id": "G-X1"},'
        ' "requests": {"pageview": "https://www.google-analytics.com/collect?v=2"}}</script></amp-analytics>'
        "</body></html>"
    )
    urls, out = extract(tmp_path, "article.amp.html", page)
    assert_the_three(urls, out)


def test_print_version_with_its_printed_from_line_and_numbered_link_list_gives_each_once(
    tmp_path: Path,
) -> None:
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Print: Iraq Resumes Talks to Buy'
        f' Russian S-300</title><link rel="canonical" href="{HOME}"><meta name="robots" content="noindex">'
        '</head><body onload="window.print()"><div class="print-header">The Moscow Times &mdash; Printed'
        f" from {HOME} on 10 January 2020</div><article>"
        f"<p>{linked(LEAD, 'RIA Novosti', REAL_RIA, '<sup>[1]</sup>')}</p>"
        f'<p>Related article: <a href="{REAL_MT}">{escape(MT_TITLE)}</a><sup>[2]</sup></p>'
        f"<p>{linked(QUOTE, 'TASS', REAL_TASS, '<sup>[3]</sup>')}</p>"
        f'<p>{TAIL}</p></article><div class="print-links"><h3>Links in this article</h3><ol>'
        f"<li>{REAL_RIA}</li><li>{REAL_MT}</li><li>{REAL_TASS}</li></ol></div>"
        '<div class="print-footer">&copy; 2020 The Moscow Times. All rights reserved.</div></body></html>'
    )
    urls, out = extract(tmp_path, "article-print.html", page)
    assert_the_three(urls, out)


# --- social posts ----------------------------------------------------------------------------------------


def test_mastodon_api_status_json_gives_the_three_not_the_posts_own_addresses(tmp_path: Path) -> None:
    content = (
        f'<p>Iraq has resumed talks with Russia to buy S-300s, a lawmaker told <a href="{REAL_RIA}"'
        ' rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="">'
        'ria.ru/20200109/1563219328.html</span><span class="invisible"></span></a></p>'
        f'<p>Related article: {escape(MT_TITLE)} <a href="{REAL_MT}" rel="nofollow noopener" target="_blank">'
        '<span class="invisible">https://www.</span><span class="ellipsis">themoscowtimes.com/2024/05/02/will'
        '</span><span class="invisible">-russia-reinforce-iraqs-air-defenses-after-israeli-strikes</span>'
        "</a></p><p>Zhirinovsky urged Iran to buy S-400s, TASS reported"
        f' <a href="{REAL_TASS}" rel="nofollow noopener">'
        '<span class="invisible">https://</span><span class="">tass.ru/politika/7487995</span></a>'
        ' <a href="https://mastodon.social/tags/Iraq" class="mention hashtag" rel="tag">#<span>Iraq</span>'
        "</a></p>"
    )
    status = {
        "id": "103455061327442210",
        "created_at": "2020-01-09T16:05:00.000Z",
        "in_reply_to_id": None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": "public",
        "language": "en",
        "uri": "https://mastodon.social/users/themoscowtimes/statuses/103455061327442210",
        "url": "https://mastodon.social/@themoscowtimes/103455061327442210",
        "replies_count": 2,
        "reblogs_count": 14,
        "content": content,
        "account": {
            "id": "1021",
            "username": "themoscowtimes",
            "url": "https://mastodon.social/@themoscowtimes",
            "avatar": "https://files.mastodon.social/accounts/avatars/000/001/021/original/mt.png",
        },
        "media_attachments": [],
        "mentions": [],
        "tags": [{"name": "iraq", "url": "https://mastodon.social/tags/iraq"}],
        "card": {
            "url": REAL_RIA,
            "title": RIA_TITLE,
            "provider_name": "РИА Новости",
            "image": "https://cdnn21.img.ria.ru/images/156321/93/1563219328.jpg",
        },
    }
    urls, out = extract(tmp_path, "status.json", json.dumps(status, ensure_ascii=False, indent=2))
    assert_the_three(urls, out, titled=None)


def test_bluesky_post_record_gives_the_full_addresses_of_its_link_facets_not_the_shortened_text(
    tmp_path: Path,
) -> None:
    text = (
        "Iraq has resumed talks with Russia to buy S-300s, a lawmaker told RIA Novosti"
        " ria.ru/20200109/1563..."
        " Zhirinovsky urged Iran to buy S-400s, per TASS tass.ru/politika/7487995"
        " Related: themoscowtimes.com/2024/05/02/will..."
    )
    data = text.encode()

    def facet(shown: str, uri: str) -> dict[str, Any]:
        start = data.index(shown.encode())
        return {
            "index": {"byteStart": start, "byteEnd": start + len(shown.encode())},
            "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}],
        }

    record = {
        "uri": "at://did:plc:4mtq2xv7u3w5k6y7z8a9b0c1/app.bsky.feed.post/3jzfcijpj2z2a",
        "cid": "bafyreib2rxk3rh6kzwq5lpubbc2i3a7hr2ohhkq5d2l7yq6kw3mq4zjz5e",
        "value": {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": "2020-01-09T16:05:00.000Z",
            "langs": ["en"],
            "facets": [
                facet("ria.ru/20200109/1563...", REAL_RIA),
                facet("tass.ru/politika/7487995", REAL_TASS),
                facet("themoscowtimes.com/2024/05/02/will...", REAL_MT),
            ],
        },
    }
    urls, out = extract(tmp_path, "post.json", json.dumps(record, indent=2))
    assert_the_three(urls, out, titled=None)


def test_telegram_bot_api_message_with_text_link_entities_gives_the_three(tmp_path: Path) -> None:
    text = (
        "Iraq has resumed talks with Russia to buy its S-300 systems, a senior Iraqi lawmaker told"
        " RIA Novosti."
        f"\n\nRelated article: {MT_TITLE}\n\nZhirinovsky urged Iran to buy S-400s, TASS reported."
    )

    def entity(shown: str, url: str) -> dict[str, Any]:
        start = len(text[: text.index(shown)].encode("utf-16-le")) // 2
        return {
            "offset": start,
            "length": len(shown.encode("utf-16-le")) // 2,
            "type": "text_link",
            "url": url,
        }

    message = {
        "ok": True,
        "result": {
            "message_id": 8812,
            "sender_chat": {"id": -1001011200302, "title": "The Moscow Times", "username": "moscowtimes_en"},
            "chat": {"id": -1001011200302, "title": "The Moscow Times", "type": "channel"},
            "date": 1578585900,
            "text": text,
            "entities": [
                {"offset": 0, "length": 4, "type": "bold"},
                entity("RIA Novosti", REAL_RIA),
                entity(MT_TITLE, REAL_MT),
                entity("TASS", REAL_TASS),
            ],
        },
    }
    urls, out = extract(tmp_path, "message.json", json.dumps(message, ensure_ascii=False, indent=2))
    assert_the_three(urls, out)


# --- Markdown references, prose URLs and brackets ---------------------------------------------------------


def test_markdown_collapsed_and_shortcut_references_with_titled_angle_bracketed_definitions(
    tmp_path: Path,
) -> None:
    text = (
        "# Iraq Resumes Talks to Buy Russian S-300\n\n"
        f"{LEAD.replace('RIA Novosti', '[RIA Novosti][]')}\n\n"
        f"Related article: [{MT_TITLE}][Related]\n\n"
        f"{QUOTE.replace('TASS', '[TASS]', 1)}\n\n"
        f"{TAIL}\n\n"
        f'[ria novosti]: <{REAL_RIA}> "RIA Novosti, 9 January 2020"\n'
        f"[tass]: {REAL_TASS} 'TASS'\n"
        f"[related]:\n    {REAL_MT}\n    (The Moscow Times)\n"
    )
    urls, out = extract(tmp_path, "article.md", text)
    assert_the_three(urls, out)


def test_prose_urls_ending_in_a_question_mark_an_ellipsis_and_a_closing_guillemet_are_read_whole(
    tmp_path: Path,
) -> None:
    text = (
        f"{LEAD} Source: «{REAL_RIA}».\n\n"
        f"Have you read our related article, {MT_TITLE} at {REAL_MT}?\n\n"
        f"{QUOTE} The wire's story: {REAL_TASS}…\n\n{TAIL}\n"
    )
    urls, out = extract(tmp_path, "article.txt", text)
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), out


def test_urls_inside_square_curly_and_cjk_brackets_are_read_without_them(tmp_path: Path) -> None:
    text = (
        f"{LEAD} [{REAL_RIA}]\n\n"
        f"Related article: {MT_TITLE} 【{REAL_MT}】\n\n"
        f"{QUOTE} {{{REAL_TASS}}}\n\n{TAIL}\n"
    )
    urls, out = extract(tmp_path, "article.txt", text)
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), out


def test_one_address_linked_first_by_other_words_then_by_its_related_article_line_takes_the_title(
    tmp_path: Path,
) -> None:
    text = (
        f"{LEAD.replace('RIA Novosti', f'[RIA Novosti]({REAL_RIA})')}\n\n"
        f"Israel's strikes had already exposed gaps, as [we reported in May]({REAL_MT}).\n\n"
        f"Related article: [{MT_TITLE}]({REAL_MT})\n\n"
        f"{QUOTE.replace('TASS', f'[TASS]({REAL_TASS})', 1)}\n"
    )
    urls, out = extract(tmp_path, "article.md", text)
    assert_the_three(urls, out)


# --- IDN and punycode -----------------------------------------------------------------------------------

RBC_UNICODE = "рбк.localhost"
RBC_ASCII = "рбк".encode("idna").decode() + ".localhost"
RBC_PATH = "/politics/09/01/2020/5e1712a89a79475e2c6a0a3b"
RBC_TITLE = "Ирак возобновил переговоры с Россией о покупке комплексов С-300"


def serve_rbc(s: Sites, canonical_host: str = RBC_UNICODE) -> None:
    s.pages[(RBC_ASCII, RBC_PATH)] = html(
        RBC_TITLE,
        site_name="РБК",
        published="2020-01-09T14:02:00+03:00",
        head=f'<link rel="canonical" href="{s.url(canonical_host, RBC_PATH)}">',
        body=f"<article><h1>{RBC_TITLE}</h1>{RIA_TEXT}</article>",
    )


def test_idn_and_punycode_spellings_of_one_outlet_address_in_an_article_are_one_citation(
    tmp_path: Path,
) -> None:
    unicode_url = "https://рбк.рф" + RBC_PATH
    ascii_url = "https://" + "рбк.рф".encode("idna").decode() + RBC_PATH
    text = (
        f"{LEAD}\n{REAL_RIA}\n\nThe business daily RBC confirmed it: {unicode_url}\n\n"
        f"Related article: {MT_TITLE}\n{REAL_MT}\n\n{QUOTE}\n{REAL_TASS}\n\n"
        f"See also RBC's report ({ascii_url}).\n"
    )
    urls, out = extract(tmp_path, "article.txt", text)
    assert len(urls) == 4, out
    assert sum(u.endswith(RBC_PATH) for u in urls) == 1, out


def test_outlet_at_an_idn_address_is_fetched_and_its_cyrillic_name_matches(
    sites: Sites, tmp_path: Path
) -> None:
    serve_rbc(sites)
    url = sites.url(RBC_UNICODE, RBC_PATH)
    path = manifest(tmp_path, f"{url} | title: {RBC_TITLE} | outlet: РБК | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    [result] = report["results"]
    assert result["status"] == "ok", result
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0


def test_idn_outlet_cited_in_punycode_whose_page_names_its_unicode_address_passes_without_a_move(
    sites: Sites, tmp_path: Path
) -> None:
    serve_rbc(sites)
    url = sites.url(RBC_ASCII, RBC_PATH)
    path = manifest(tmp_path, f"{url} | title: {RBC_TITLE} | outlet: RBC | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    [result] = report["results"]
    assert result["status"] == "ok", result
    assert result["verdict"] == "pass", result["findings"]
    assert "moved" not in kinds(result), result["findings"]
    assert code == 0


# --- a CSV manifest ------------------------------------------------------------------------------------


def test_csv_sheet_with_a_header_row_checked_directly_passes_the_three(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    sheet = (
        "url,title,outlet,date,notes\r\n"
        f'{ria},"{RIA_TITLE}",RIA Novosti,2020-01-09,"told RIA on Thursday, al-Haider"\r\n'
        f"{tass},{TASS_TITLE},TASS,2020-01-09,\r\n"
        f'{mt},"{MT_TITLE}",The Moscow Times,2024-05-02,Related article\r\n'
    )
    code, report = check_json(tmp_path, str(write(tmp_path, "sources.csv", sheet)))
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    for url, result in results.items():
        assert result["verdict"] == "pass", (url, result["findings"])
    assert results[mt]["cited"]["title"] == MT_TITLE, results[mt]["cited"]
    assert results[ria]["cited"]["outlet"] == "RIA Novosti", results[ria]["cited"]
    assert code == 0


def test_csv_sheet_saved_with_semicolons_by_a_european_spreadsheet_is_read_by_its_columns(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    sheet = (
        "URL;Title;Outlet;Date\n"
        f"{ria};{RIA_TITLE};РИА Новости;09.01.2020\n"
        f"{tass};{TASS_TITLE};ТАСС;09.01.2020\n"
        f"{mt};{MT_TITLE};The Moscow Times;02.05.2024\n"
    )
    code, report = check_json(tmp_path, str(write(tmp_path, "sources.csv", sheet)))
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    for url, result in results.items():
        assert result["verdict"] == "pass", (url, result["findings"])
    assert results[tass]["cited"]["title"] == TASS_TITLE, results[tass]["cited"]
    assert results[ria]["cited"]["date"] == "2020-01-09", results[ria]["cited"]
    assert code == 0


# --- archive.today copies -------------------------------------------------------------------------------


def test_archive_today_list_after_the_text_gives_each_citation_its_copy_not_a_citation_of_its_own(
    tmp_path: Path,
) -> None:
    copies = {
        REAL_RIA: "https://archive.ph/2020.01.09-101544/" + REAL_RIA,
        REAL_TASS: "https://archive.ph/2020.01.09-121003/" + REAL_TASS,
        REAL_MT: "https://archive.ph/2024.05.02-160211/" + REAL_MT,
    }
    text = (
        f"{LEAD}\n{REAL_RIA}\n\nRelated article: {MT_TITLE}\n{REAL_MT}\n\n{QUOTE}\n{REAL_TASS}\n\n{TAIL}\n\n"
        "Archived copies:\n" + "".join(f"- {copy}\n" for copy in copies.values())
    )
    urls, out = extract(tmp_path, "article.txt", text)
    assert_the_three(urls, out)
    for url, copy in copies.items():
        assert f"archive: {copy}" in line_of(out, url), out


def test_archive_today_newest_copy_of_the_cited_address_is_no_archive_mismatch(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria = sites.url(RIA, RIA_PATH)
    path = manifest(
        tmp_path,
        f"{ria} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09"
        f" | archive: https://archive.ph/newest/{ria}\n",
    )
    code, report = check_json(tmp_path, str(path))
    [result] = report["results"]
    assert result["status"] == "ok", result
    assert "archive_mismatch" not in kinds(result), result["findings"]
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0


# --- redirects: a chain to a regional edition, a meta-refresh loop ---------------------------------------

CRIMEA = "crimea.ria.localhost"


def test_ria_story_sent_by_a_301_chain_to_its_regional_edition_is_moved_there_and_still_ria(
    sites: Sites, tmp_path: Path
) -> None:
    www = "www." + RIA
    final = sites.url(CRIMEA, RIA_PATH)
    sites.pages[(RIA, RIA_PATH)] = redirect(301, sites.url(www, RIA_PATH))
    sites.pages[(www, RIA_PATH)] = redirect(301, final)
    sites.pages[(CRIMEA, RIA_PATH)] = html(
        RIA_TITLE,
        site_name="РИА Новости Крым",
        published="2020-01-09T10:12:00+03:00",
        body=f"<article><h1>{RIA_TITLE}</h1>{RIA_TEXT}</article>",
    )
    ria = sites.url(RIA, RIA_PATH)
    path = manifest(tmp_path, f"{ria} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n")
    code, report = check_json(tmp_path, str(path))
    [result] = report["results"]
    assert result["status"] == "ok", result
    assert result["final_url"] == final, result
    found = kinds(result)
    assert "outlet_mismatch" not in found, result["findings"]
    assert "moved" in found, result["findings"]
    moved = next(f for f in result["findings"] if f["kind"] == "moved")
    assert moved["actual"] == final, moved
    assert result["verdict"] != "fail", result["findings"]
    assert code == 0


def refresh_page(to: str) -> Any:
    return html(
        "The Moscow Times",
        lang="en",
        head=f'<meta http-equiv="refresh" content="0; url={to}">',
        body=f'<p>Redirecting to <a href="{to}">{escape(to)}</a></p>',
    )


def test_related_article_whose_page_now_refreshes_in_a_loop_is_an_error_at_its_line_not_dead(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    amp = "/amp" + MT_PATH
    sites.pages[(MT, MT_PATH)] = refresh_page(sites.url(MT, amp))
    sites.pages[(MT, amp)] = refresh_page(sites.url(MT, MT_PATH))
    ria, tass, mt = local_three(sites)
    text = sites.article(Path("/work/shared/seed/article.txt").read_text(encoding="utf-8"))
    _, report = check_json(
        tmp_path, str(write(tmp_path, "article.txt", text)), "--article-date", "2020-01-09"
    )
    results = by_url(report)
    assert set(results) == {ria, tass, mt}, sorted(results)
    result = results[mt]
    assert result["status"] == "error", result
    assert result["cause"] == "redirect_loop", result
    assert result["line"] == 19, result
    for url in (ria, tass):
        assert results[url]["status"] == "ok", results[url]


def test_related_article_refreshing_itself_every_five_minutes_is_the_page_and_no_loop(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    mt = sites.url(MT, MT_PATH)
    sites.pages[(MT, MT_PATH)] = html(
        MT_TITLE,
        lang="en",
        site_name="The Moscow Times",
        published="2024-05-02T15:20:00+03:00",
        head=f'<meta http-equiv="refresh" content="300; url={mt}"><link rel="canonical" href="{mt}">',
        body=f"<article><h1>{MT_TITLE}</h1>{MT_TEXT}</article>",
    )
    path = manifest(tmp_path, f"{mt} | title: {MT_TITLE} | outlet: The Moscow Times | date: 2024-05-02\n")
    code, report = check_json(tmp_path, str(path))
    [result] = report["results"]
    assert result["status"] == "ok", result
    assert result["verdict"] == "pass", result["findings"]
    assert code == 0
