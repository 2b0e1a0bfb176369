"""Held-out probe (seed24, sixty-third session): the seed article and its citations in shapes the first
twenty-three probes did not play.

Written from README.md, docs/ (articles, json-schema, api), seed23's subsection and its "Left" in
docs/benchmarks.md and the earlier probes (grepped for their names and docstrings: a Slack export's
``rich_text`` section, a Discourse post's ``[quote=...]``, a YAML front matter's ``date``, an ``.eml`` with a
quoted-printable HTML part, Google's ``/amp/s/`` in Markdown and HTML, a shortener answering 301 and the JSON
exports written with indentation had been played; never JSON saved compactly as the APIs send it, a quoted
Bluesky post's line in the record form, a bare click id on an address, a Slack list or quotation block, a
Discourse post's local date, details and poll, a Jupyter notebook, an ``.eml`` forwarded twice, a TOML front
matter with Hugo shortcodes, a Jekyll post with Liquid tags checked directly, Google's ``/amp/s/`` with its
query in text, or ``t.co`` answering with a page that refreshes), before any code under ``src/`` that these
cases test was read, and committed before any change there. Expectations are what the docs promise or,
where they are silent, what a fact-checker expects. Extraction cases run ``linkcheck extract`` on the real
outlets' addresses; checking cases run the CLI against the harness's one 127.0.0.1 server.

Decision on a bare click id (seed23's leftover (c)): a click id (``fbclid``, ``gclid``) is one click's
token, added by the network the reader came through, not part of the page's address; an article's link
carrying one cites the page, so extraction and a check of the article give the address without it. A
manifest's line is the user's own: it is fetched as written. Campaign tags (``utm_*``) are no click's: an
article's address carrying only them is kept as written (docs/articles.md: they merge with a clean spelling
of the same link, not otherwise).
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
    MT_TITLE,
    QUOTE,
    REAL_MT,
    REAL_RIA,
    REAL_TASS,
    RIA_TITLE,
    SEED,
    TAIL,
    TASS_TITLE,
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
from tests.site_server import Page
from tests.test_seed_probe22 import desktop_export, mt_card, status, status_content
from tests.test_seed_probe23 import DID, RIA_DID, bsky_post, external, slack_export

server, sites = fixtures()

HEADLINE = "Iraq Resumes Talks to Buy Russian S-300 Missile Systems"
SHORT = "t.co.localhost"
SHORT_PATH = "/Qm7xK2pL9z"


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
    for part in line.split(" | ")[1:]:
        key, _, value = part.partition(": ")
        if key.strip() == name:
            return value.strip()
    return None


def assert_the_three(urls: list[str], output: str, *, titled: str | None = MT_TITLE) -> None:
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), output
    if titled:
        assert field(line_of(output, REAL_MT), "title") == titled, output


def compact(data: Any) -> str:
    """JSON as an API sends it: no spaces, no line breaks."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def file_line(path: Path, needle: str) -> int:
    """The 1-based line of ``path`` where ``needle`` first stands."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not in {path}")


def assert_checked(
    report: dict[str, Any], sites: Sites, *, mt: str = "postdates", urls: set[str] | None = None
) -> dict[str, dict[str, Any]]:
    """The three local stories are the results; RIA and TASS pass; the related article postdates the
    article (``mt="postdates"``) or passes (``"pass"``)."""
    ria, tass, related = local_three(sites)
    results = by_url(report)
    assert set(results) == (urls or {ria, tass, related}), sorted(results)
    for url in (ria, tass):
        assert results[url]["verdict"] == "pass", (url, results[url]["findings"])
    if mt == "pass":
        assert results[related]["verdict"] == "pass", results[related]["findings"]
    else:
        assert "postdates_article" in kinds(results[related]), results[related]["findings"]
    return results


# --- (a) JSON saved compactly, as the APIs send it, checked directly ----------------------------------------


def local_post(sites: Sites) -> dict[str, Any]:
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
    record: dict[str, Any] = json.loads(post)
    return record


def test_bluesky_getrecord_answer_saved_compactly_is_checked_as_the_post(
    sites: Sites, tmp_path: Path
) -> None:
    # ``curl .../xrpc/com.atproto.repo.getRecord?... > post.json``: one line, no spaces. It is the post, not
    # a manifest whose first line is no address.
    serve_all_three(sites)
    path = write(tmp_path, "post.json", compact(local_post(sites)))
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    results = assert_checked(report, sites)
    assert results[local_three(sites)[2]]["cited"]["title"] == MT_TITLE
    assert code == 1


def test_mastodon_status_saved_compactly_is_checked_as_the_status(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    path = write(tmp_path, "status.json", compact(status(status_content(ria, tass, mt), mt_card(mt))))
    code, report = check_json(tmp_path, str(path))
    results = assert_checked(report, sites, mt="pass")
    assert results[mt]["cited"]["title"] == MT_TITLE, results[mt]["cited"]
    assert code == 0


def test_telegram_desktop_export_saved_compactly_is_checked_as_the_channels_posts(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    path = write(tmp_path, "result.json", compact(desktop_export(*local_three(sites))))
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    assert_checked(report, sites)
    assert code == 1


def test_csl_json_saved_compactly_is_checked_as_its_three_items(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)

    def item(key: str, title: str, outlet: str, url: str, day: list[int]) -> dict[str, Any]:
        return {
            "id": key,
            "type": "article-newspaper",
            "title": title,
            "container-title": outlet,
            "URL": url,
            "issued": {"date-parts": [day]},
        }

    items = [
        item("ria2020", RIA_TITLE, "РИА Новости", ria, [2020, 1, 9]),
        item("tass2020", TASS_TITLE, "ТАСС", tass, [2020, 1, 9]),
        item("mt2024", MT_TITLE, "The Moscow Times", mt, [2024, 5, 2]),
    ]
    code, report = check_json(tmp_path, str(write(tmp_path, "refs.json", compact(items))))
    assert_checked(report, sites, mt="pass")
    assert code == 0


def test_slack_day_file_saved_compactly_is_checked_as_its_messages(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    day = compact(json.loads(slack_export(*local_three(sites))))
    code, report = check_json(
        tmp_path, str(write(tmp_path, "2020-01-09.json", day)), "--article-date", "2020-01-09"
    )
    assert_checked(report, sites)
    assert code == 1


def test_ghost_export_saved_compactly_gives_the_three_the_related_titled(tmp_path: Path) -> None:
    body = (
        f'<p>{escape(LEAD)} (<a href="{REAL_RIA}">RIA Novosti</a>)</p>'
        f'<p>Related article: <a href="{REAL_MT}">{escape(MT_TITLE)}</a></p>'
        f'<blockquote>{escape(QUOTE)} (<a href="{REAL_TASS}">TASS</a>)</blockquote><p>{TAIL}</p>'
    )
    export = {
        "db": [
            {
                "meta": {"exported_on": 1578590000000, "version": "5.2.0"},
                "data": {
                    "posts": [
                        {
                            "id": "5e173a2b9f1c0a0001a2b3c5",
                            "title": HEADLINE,
                            "slug": "iraq-resumes-s-300-talks",
                            "html": body,
                            "status": "published",
                            "published_at": "2020-01-09T12:14:00.000Z",
                            "updated_at": "2024-05-03T06:00:00.000Z",
                        }
                    ],
                    "tags": [{"id": "1", "name": "Russia", "slug": "russia"}],
                },
            }
        ]
    }
    urls, out = extract(tmp_path, "newsdesk.ghost.2020-01-10.json", compact(export))
    assert_the_three(urls, out)


def test_rtf_opening_with_a_brace_is_still_read_as_rtf_not_as_json(sites: Sites, tmp_path: Path) -> None:
    # Control: a file whose first character is ``{`` for another reason (RTF) keeps its own reading. No
    # manifest line can open with ``{`` (a line is an address, a comment or ``@article``).
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)

    def link(url: str, words: str) -> str:
        return f'{{\\field{{\\*\\fldinst{{HYPERLINK "{url}"}}}}{{\\fldrslt{{{words}}}}}}}'

    lead = LEAD.replace("’", "\\'92")
    quote_ = QUOTE.replace("“", "\\'93").replace("”", "\\'94").replace("’", "\\'92")
    rtf = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}\n"
        f"{{\\pard {lead} ({link(ria, 'RIA Novosti')})\\par}}\n"
        f"{{\\pard Related article: {link(mt, MT_TITLE)}\\par}}\n"
        f"{{\\pard {quote_} ({link(tass, 'TASS')})\\par}}\n"
        f"{{\\pard {TAIL}\\par}}\n}}\n"
    )
    code, report = check_json(tmp_path, str(write(tmp_path, "iraq.rtf", rtf)), "--article-date", "2020-01-09")
    assert_checked(report, sites)
    assert code == 1


# --- (b) a quoted Bluesky post in the record form: its line ------------------------------------------------


def test_bluesky_record_quoting_a_post_places_the_quoted_post_at_its_at_address_line(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria = local_three(sites)[0]
    key = "3jzf7b2c4d5e6"
    embed = {
        "$type": "app.bsky.embed.record",
        "record": {
            "uri": f"at://{RIA_DID}/app.bsky.feed.post/{key}",
            "cid": "bafyreia7q3z2x4c6v8b0n2m4k6j8h0g2f4d6s8a0p2o4i6u8y0t2r4e6w8",
        },
    }
    text = "Iraq resumes S-300 talks with Russia, a lawmaker told RIA Novosti ria.localhost/20200109/1563..."
    path = write(tmp_path, "post.json", bsky_post(text, [("ria.localhost/20200109/1563...", ria)], embed))
    quoted = f"https://bsky.app/profile/{RIA_DID}/post/{key}"
    _, report = check_json(
        tmp_path, str(path), "--article-date", "2020-01-09", "--exclude", r"^https://bsky\.app/"
    )
    results = by_url(report)
    assert set(results) == {ria, quoted}, sorted(results)
    assert results[quoted]["line"] == file_line(path, f"at://{RIA_DID}/"), results[quoted]
    assert results[ria]["line"] == file_line(path, f'"uri": "{ria}"'), results[ria]
    assert results[ria]["verdict"] == "pass", results[ria]["findings"]
    assert DID not in results[quoted]["url"]


# --- (c) a bare click id, or campaign tags, on a cited address ---------------------------------------------


def test_article_with_a_bare_fbclid_on_the_related_address_extracts_the_clean_address_titled(
    tmp_path: Path,
) -> None:
    text = SEED.read_text(encoding="utf-8").replace(REAL_MT, REAL_MT + "?fbclid=IwAR2xQm7Lk9Pz0aBcDeFgH")
    urls, out = extract(tmp_path, "article.txt", text, "--article-date", "2020-01-09")
    assert_the_three(urls, out)
    assert "fbclid" not in out, out


def test_article_with_a_bare_gclid_on_rias_address_is_checked_at_the_clean_address(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria = local_three(sites)[0]
    text = sites.article(SEED.read_text(encoding="utf-8")).replace(ria, ria + "?gclid=Cj0KCQiA7x9BhC_ARIsAB")
    code, report = check_json(
        tmp_path, str(write(tmp_path, "article.txt", text)), "--article-date", "2020-01-09"
    )
    assert_checked(report, sites)
    assert code == 1


def test_manifest_line_with_a_gclid_is_fetched_as_written_and_passes(sites: Sites, tmp_path: Path) -> None:
    # Control: a manifest's line is the user's own; it is checked as written.
    serve_all_three(sites)
    ria = local_three(sites)[0] + "?gclid=Cj0KCQiA7x9BhC_ARIsAB"
    line = f"{ria} | title: {RIA_TITLE} | outlet: RIA Novosti | date: 2020-01-09\n"
    code, report = check_json(tmp_path, str(write(tmp_path, "sources.txt", line)))
    results = by_url(report)
    assert set(results) == {ria}, sorted(results)
    assert results[ria]["verdict"] == "pass", results[ria]["findings"]
    assert code == 0


def test_article_with_campaign_tags_on_tass_keeps_them_as_written(tmp_path: Path) -> None:
    # Control: utm_* tags are no click's id; alone they stay (docs/articles.md merges them only with a clean
    # spelling of the same link).
    tass = REAL_TASS + "?utm_source=twitter.com&utm_medium=social"
    text = SEED.read_text(encoding="utf-8").replace(REAL_TASS, tass)
    urls, out = extract(tmp_path, "article.txt", text, "--article-date", "2020-01-09")
    assert sorted(urls) == sorted([REAL_RIA, tass, REAL_MT]), out


# --- Slack, Discourse, Jupyter ------------------------------------------------------------------------------


def test_slack_message_with_a_bulleted_list_and_a_quote_block_gives_the_three_named(tmp_path: Path) -> None:
    def section(*elements: dict[str, Any]) -> dict[str, Any]:
        return {"type": "rich_text_section", "elements": list(elements)}

    blocks = [
        {
            "type": "rich_text",
            "block_id": "Lq7",
            "elements": [
                section({"type": "text", "text": "Sources for the S-300 story:\n", "style": {"bold": True}}),
                {
                    "type": "rich_text_list",
                    "style": "bullet",
                    "indent": 0,
                    "border": 0,
                    "elements": [
                        section(
                            {"type": "text", "text": "lawmaker's interview: "},
                            {"type": "link", "url": REAL_RIA, "text": "RIA Novosti"},
                        ),
                        section(
                            {"type": "text", "text": "Related article: "},
                            {"type": "link", "url": REAL_MT, "text": MT_TITLE},
                        ),
                    ],
                },
                {
                    "type": "rich_text_quote",
                    "elements": [
                        {"type": "text", "text": QUOTE + " "},
                        {"type": "link", "url": REAL_TASS, "text": "TASS"},
                    ],
                },
            ],
        }
    ]
    messages = [
        {
            "type": "message",
            "text": (
                f"Sources for the S-300 story: <{REAL_RIA}|RIA Novosti> <{REAL_MT}|{MT_TITLE}>"
                f" <{REAL_TASS}|TASS>"
            ),
            "user": "U02COPYCHF",
            "ts": "1578568800.000200",
            "blocks": blocks,
        }
    ]
    urls, out = extract(tmp_path, "2020-01-09.json", json.dumps(messages, ensure_ascii=False, indent=4))
    assert_the_three(urls, out)
    assert field(line_of(out, REAL_RIA), "outlet") == "RIA Novosti", out
    assert field(line_of(out, REAL_TASS), "outlet") == "TASS", out


def test_discourse_post_with_a_local_date_details_and_a_poll_gives_the_three_titled(tmp_path: Path) -> None:
    raw = (
        '[date=2020-01-09 time=15:14:00 timezone="Europe/Moscow"]\n\n'
        f"{LEAD} ([RIA Novosti]({REAL_RIA}))\n\n"
        '[details="Related article"]\n'
        f"[{MT_TITLE}]({REAL_MT})\n"
        "[/details]\n\n"
        f"> {QUOTE} ([TASS]({REAL_TASS}))\n\n"
        "![strikes-map|690x388](upload://a1B2c3D4e5F6g7H8.png)\n\n"
        "[poll type=regular results=always public=true chartType=bar]\n"
        "* Will the S-300 deal go ahead?\n* Not this year\n"
        "[/poll]\n\n"
        "@nightdesk :+1: #news:russia\n"
    )
    urls, out = extract(tmp_path, "4127.md", raw)
    assert_the_three(urls, out)
    assert "upload://" not in out, out


def notebook(ria: str, tass: str, mt: str) -> str:
    data = "https://raw.githubusercontent.com/newsdesk/s300-data/main/strikes.csv"
    cells = [
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": [f"# {HEADLINE}\n", "\n", f"{LEAD} ([RIA Novosti]({ria}))"],
        },
        {
            "cell_type": "code",
            "execution_count": 1,
            "metadata": {},
            "outputs": [
                {"name": "stdout", "output_type": "stream", "text": [f"loaded 214 rows from {data}\n"]},
                {
                    "output_type": "display_data",
                    "metadata": {},
                    "data": {
                        "text/html": [f'<a href="{data}">strikes.csv</a>'],
                        "text/plain": ["<IPython.core.display.HTML object>"],
                    },
                },
            ],
            "source": [
                "import pandas as pd\n",
                f'df = pd.read_csv("{data}")\n',
                'print(f"loaded {len(df)} rows")',
            ],
        },
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": [
                f"Related article: [{MT_TITLE}]({mt})\n",
                "\n",
                f"> {QUOTE} ([TASS]({tass}))\n",
                "\n",
                TAIL,
            ],
        },
    ]
    nb = {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": "3.8.10", "url": "https://www.python.org/"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(nb, ensure_ascii=False, indent=1)


def test_jupyter_notebook_gives_the_three_from_its_markdown_cells_not_its_code_or_outputs(
    tmp_path: Path,
) -> None:
    urls, out = extract(tmp_path, "s300.ipynb", notebook(REAL_RIA, REAL_TASS, REAL_MT))
    assert_the_three(urls, out)
    assert "githubusercontent" not in out, out
    assert "python.org" not in out, out


def test_jupyter_notebook_checked_directly_places_each_link_at_its_line(sites: Sites, tmp_path: Path) -> None:
    serve_all_three(sites)
    path = write(tmp_path, "s300.ipynb", notebook(*local_three(sites)))
    code, report = check_json(tmp_path, str(path), "--article-date", "2020-01-09")
    results = assert_checked(report, sites)
    for url, result in results.items():
        assert result["line"] == file_line(path, url), (url, result["line"])
    assert code == 1


# --- an e-mail forwarded twice ------------------------------------------------------------------------------


def forwarded_twice(ria: str, tass: str, mt: str) -> bytes:
    inner = [
        LEAD,
        ria,
        "",
        "Related article: " + MT_TITLE,
        "",
        QUOTE,
        "",
        ria,
        tass,
        mt,
        "",
        TAIL,
    ]
    quoted = "\n".join("> > " + line if line else "> >" for line in inner)
    text = (
        "From: Desk Editor <editor@newsdesk.example>\n"
        "To: Fact Check <factcheck@newsdesk.example>\n"
        f"Subject: Fwd: Fwd: {HEADLINE}\n"
        "Date: Tue, 14 Jan 2020 10:20:00 +0300\n"
        "Message-ID: <fwd2-7781@newsdesk.example>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="UTF-8"\n'
        "Content-Transfer-Encoding: 8bit\n\n"
        "Can someone check these before we rerun it?\n\n"
        "---------- Forwarded message ---------\n"
        "From: Copy Desk <copy@newsdesk.example>\n"
        "Date: Fri, Jan 10, 2020 at 9:02 AM\n"
        f"Subject: Fwd: {HEADLINE}\n"
        "To: Desk Editor <editor@newsdesk.example>\n\n"
        "> FYI, as it went out.\n"
        ">\n"
        "> ---------- Forwarded message ---------\n"
        "> From: Night Desk <night@newsdesk.example>\n"
        "> Date: Thu, Jan 9, 2020 at 3:14 PM\n"
        f"> Subject: {HEADLINE}\n"
        "> To: Copy Desk <copy@newsdesk.example>\n"
        ">\n"
        f"{quoted}\n"
    )
    return text.encode("utf-8")


def test_eml_forwarded_twice_gives_the_three_addresses_clean_of_quote_marks(tmp_path: Path) -> None:
    urls, out = extract(tmp_path, "fwd.eml", forwarded_twice(REAL_RIA, REAL_TASS, REAL_MT))
    assert sorted(urls) == sorted([REAL_RIA, REAL_TASS, REAL_MT]), out
    assert "newsdesk.example" not in " ".join(urls), out


def test_eml_forwarded_twice_is_dated_by_the_first_message_not_the_forwards(tmp_path: Path) -> None:
    _, out = extract(tmp_path, "fwd.eml", forwarded_twice(REAL_RIA, REAL_TASS, REAL_MT))
    assert "@article | date: 2020-01-09" in out, out
    assert "2020-01-14" not in out, out
    assert "2020-01-10" not in out, out


# --- static site generators ---------------------------------------------------------------------------------


def test_hugo_post_with_toml_front_matter_and_shortcodes_is_dated_by_its_date_not_lastmod(
    tmp_path: Path,
) -> None:
    post = (
        "+++\n"
        f'title = "{HEADLINE}"\n'
        "date = 2020-01-09T15:14:00+03:00\n"
        "lastmod = 2024-05-03T09:00:00+03:00\n"
        "draft = false\n"
        'tags = ["russia", "iraq"]\n'
        "+++\n\n"
        f"{LEAD} ([RIA Novosti]({REAL_RIA})).\n\n"
        '{{< figure src="/img/s300.jpg" caption="An S-300 launcher" >}}\n\n'
        f"**Related article:** [{MT_TITLE}]({REAL_MT})\n\n"
        f"> {QUOTE} ([TASS]({REAL_TASS}))\n\n"
        'See our [earlier report]({{< ref "2019-12-31-iraq-air-defense.md" >}}).\n\n'
        f"{TAIL}\n"
    )
    urls, out = extract(tmp_path, "iraq-s300.md", post)
    assert_the_three(urls, out)
    assert "@article | date: 2020-01-09" in out, out
    assert "2024-05-03" not in out, out


def test_jekyll_post_with_liquid_links_checked_directly_is_judged_by_its_front_matter_date(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    ria, tass, mt = local_three(sites)
    post = (
        "---\nlayout: post\n"
        f'title: "{HEADLINE}"\n'
        "date: 2020-01-09 15:14:00 +0300\n"
        "last_modified_at: 2024-05-03 09:00:00 +0300\n"
        "categories: [world, russia]\n---\n"
        f"{LEAD} ([RIA Novosti]({ria})).\n\n"
        f"Related article: [{MT_TITLE}]({mt})\n\n"
        f"> {QUOTE} ([TASS]({tass}))\n\n"
        "Earlier: [Iraq weighs air defenses]({% post_url 2019-12-31-iraq-air-defense %}) and the"
        " [archive]({% link archive.md %}).\n"
    )
    code, report = check_json(tmp_path, str(write(tmp_path, "2020-01-09-iraq-s300.md", post)))
    assert_checked(report, sites)
    assert code == 1


# --- the related article through Google's AMP viewer and through t.co -------------------------------------


def test_related_link_through_googles_amp_viewer_with_its_query_in_text_is_the_outlets_address(
    tmp_path: Path,
) -> None:
    amp = (
        "https://www.google.com/amp/s/www.themoscowtimes.com"
        + MT_PATH
        + "?amp_js_v=a6&_gsa=1&usqp=mq331AQFKAGwASA%3D"
    )
    text = SEED.read_text(encoding="utf-8").replace(REAL_MT, amp)
    urls, out = extract(tmp_path, "article.txt", text, "--article-date", "2020-01-09")
    assert_the_three(urls, out)
    # (mended after reading src: the line's note names the wrapper it was read through, "unwrapped from a
    # redirect via www.google.com", as docs/articles.md says; no address holds Google's host)
    assert not [u for u in urls if "google." in u], out


def tco_page(target: str) -> Page:
    """What ``t.co`` answers a browser: a page whose ``<noscript>`` refreshes to the target at once, the
    target also its title and its script's."""
    return Page(
        body=(
            '<head><meta name="referrer" content="always"><noscript><META http-equiv="refresh"'
            f' content="0;URL={target}"></noscript><title>{target}</title></head>'
            f'<script>window.opener = null; location.replace("{target}")</script>'
        ).encode()
    )


def test_related_article_through_a_tco_refresh_page_is_reached_and_still_postdates(
    sites: Sites, tmp_path: Path
) -> None:
    serve_all_three(sites)
    mt = sites.url(MT, MT_PATH)
    sites.pages[(SHORT, SHORT_PATH)] = tco_page(mt)
    short_url = sites.url(SHORT, SHORT_PATH)
    manifest = (
        "@article | date: 2020-01-09\n"
        f"{short_url} | title: {MT_TITLE} | outlet: The Moscow Times | note: Related article\n"
    )
    code, report = check_json(tmp_path, str(write(tmp_path, "sources.txt", manifest)))
    result = by_url(report)[short_url]
    assert result["final_url"] == mt, result
    assert result["title"] == MT_TITLE, result
    found = kinds(result)
    assert "postdates_article" in found, result["findings"]
    assert "title_mismatch" not in found, result["findings"]
    assert "outlet_mismatch" not in found, result["findings"]
    assert code == 1
