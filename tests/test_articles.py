"""extract_citations across formats: the seed article, format detection, merging, and never raising."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linkcheck.articles import detect_format, extract_citations, normalize_format
from linkcheck.errors import ConfigError
from linkcheck.models import Citation, PartialDate
from linkcheck.sources import format_sources, parse_sources

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
SEED = (FIXTURES / "seed-article.txt").read_text(encoding="utf-8")
RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
MT = (
    "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
)


def by_url(citations: list[Citation]) -> dict[str, Citation]:
    return {c.url: c for c in citations}


def test_seed_article() -> None:
    """The issue's acceptance test: three URLs, the related title, both outlets, Thursday = 2020-01-09."""
    citations = extract_citations(SEED, "text", source="article.txt", article_date=PartialDate(2020, 1, 9))
    assert [c.url for c in citations] == [RIA, TASS, MT]
    ria, tass, mt = citations
    assert mt.title == "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"
    assert mt.note == "Related article"
    assert ria.outlet == "RIA Novosti"
    assert tass.outlet == "TASS"
    assert ria.date == PartialDate(2020, 1, 9)
    assert ria.note is not None
    assert "on Thursday" in ria.note
    # Nothing the article does not say: no title for RIA or TASS, no date for TASS or the related link.
    assert (ria.title, tass.title, tass.date, mt.date) == (None, None, None, None)
    assert [c.line for c in citations] == [17, 18, 19]
    assert all(c.source == "article.txt" and c.error is None for c in citations)
    assert all(c.article is not None and c.article.date == PartialDate(2020, 1, 9) for c in citations)


def test_seed_article_date_as_a_datetime_date_and_without_one() -> None:
    with_date = extract_citations(SEED, "text", article_date=dt.date(2020, 1, 9))
    assert with_date[0].date == PartialDate(2020, 1, 9)
    # Without the article's date a weekday means nothing: no date is invented.
    without = extract_citations(SEED, "text")
    assert [c.url for c in without] == [RIA, TASS, MT]
    assert without[0].date is None
    assert without[0].outlet == "RIA Novosti"
    assert all(c.article is None for c in without)


def test_a_friday_article_reads_thursday_as_the_day_before() -> None:
    (ria, *_) = extract_citations(SEED, "text", article_date=PartialDate(2020, 1, 10))
    assert ria.date == PartialDate(2020, 1, 9)


def test_seed_extraction_round_trips_through_the_manifest() -> None:
    citations = extract_citations(SEED, "text", source="article.txt", article_date=PartialDate(2020, 1, 9))
    written = format_sources(citations)
    assert written.startswith("@article | date: 2020-01-09\n")
    again = parse_sources(written)
    assert [(c.url, c.title, c.date, c.outlet, c.note) for c in again] == [
        (c.url, c.title, c.date, c.outlet, c.note) for c in citations
    ]
    assert all(c.article is not None and c.article.date == PartialDate(2020, 1, 9) for c in again)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.txt", "<html><p>x</p></html>", "text"),
        ("notes.TXT", "", "text"),
        ("post.md", "", "markdown"),
        ("post.markdown", "", "markdown"),
        ("page.HTM", "", "html"),
        ("page.html", "", "html"),
        ("article.wiki", "", "wikitext"),
        ("article.mediawiki", "", "wikitext"),
        ("saved", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"),
        ("saved", "Text.<ref>{{cite web|url=https://a.example|title=T}}</ref>\n== Notes ==\n", "wikitext"),
        ("saved", "---\ndate: 2020-01-09\n---\n# Title\n\nSee [a](https://a.example).\n", "markdown"),
        ("-", "Plain copy with https://a.example/ in it.", "text"),
    ],
)
def test_detect_format(name: str, text: str, expected: str) -> None:
    assert detect_format(name, text) == expected


def test_auto_format_uses_the_source_name() -> None:
    html = '<p><a href="https://a.example/x">An Example Story Title</a></p>'
    assert [c.url for c in extract_citations(html, "auto", source="page.html")] == ["https://a.example/x"]
    # As plain text the same bytes yield the URL in the attribute, trimmed of its quote.
    assert [c.url for c in extract_citations(html, "text")] == ["https://a.example/x"]


def test_format_aliases_and_unknown_formats() -> None:
    assert normalize_format("MD") == "markdown"
    assert normalize_format("txt") == "text"
    assert normalize_format("wiki") == "wikitext"
    with pytest.raises(ConfigError, match="unknown input format 'pdf'; choose from auto, text, markdown"):
        extract_citations("x", "pdf")


def test_duplicates_merge_what_each_occurrence_knows_and_keep_the_first_line() -> None:
    text = (
        "Intro https://a.example/story and again HTTPS://A.EXAMPLE:443/story.\n"
        "\n"
        "Sources:\n"
        "- [A Story Worth Citing Here](https://a.example/story) — 9 January 2020\n"
    )
    (citation,) = extract_citations(text, "markdown")
    assert citation.line == 1
    assert citation.title == "A Story Worth Citing Here"
    assert citation.date == PartialDate(2020, 1, 9)


def test_unresolvable_relative_links_are_reported_not_dropped() -> None:
    (citation,) = extract_citations('<article><p><a href="/x">An Earlier Story</a></p></article>', "html")
    assert citation.url == "/x"
    assert citation.error is not None
    assert "--base-url" in citation.error
    (resolved,) = extract_citations(
        '<article><p><a href="/x">An Earlier Story</a></p></article>',
        "html",
        base_url="https://site.example/a/b",
    )
    assert resolved.url == "https://site.example/x"
    assert resolved.error is None


def test_every_extracted_url_is_one_the_manifest_accepts() -> None:
    citations = extract_citations("Broken http://[::1 and fine https://ok.example/", "text")
    assert [(c.url, c.error is None) for c in citations] == [
        ("http://[::1", False),
        ("https://ok.example/", True),
    ]


# --- properties -----------------------------------------------------------------------------------------

_PIECES = [
    *"[]()<>!`*_-:|=/\\\"'#\n \t{}&;.,",
    "https://",
    "www.",
    "http://a.example/",
    "```",
    "---\n",
    '<a href="',
    "{{cite web|url=",
    "}}",
    "[[",
    "]]",
    "<ref>",
    "</ref>",
    "<!--",
    "-->",
    "Thursday",
    "told RIA",
    "Related article: ",
    "ria.ru",
    "é",
    "Москва",
    "\r\n",
    "<article>",
    "<p>",
    'data-versiondate="2020"',
    '<base href="',
    'title="',
    "date: 2020-01-09\n",
    "xn--",
    "%D0",
]
_TEXTS = st.text() | st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _TEXTS,
    st.sampled_from(["text", "markdown", "html", "wikitext", "auto"]),
    st.none() | st.just("https://base.example/dir/page"),
    st.none() | st.just(PartialDate(2020, 1, 9)),
)
def test_never_raises_and_always_round_trips(
    text: str, fmt: str, base: str | None, date: PartialDate | None
) -> None:
    citations = extract_citations(text, fmt, "fuzz.txt", article_date=date, base_url=base)
    good = [c for c in citations if c.error is None]
    keys = [c.url for c in good]
    assert len(keys) == len(set(keys))
    assert all(c.source == "fuzz.txt" and c.line is not None and c.line >= 1 for c in citations)
    again = parse_sources(format_sources(citations))
    assert [(c.url, c.title, c.date, c.outlet) for c in again] == [
        (c.url, c.title, c.date, c.outlet) for c in good
    ]


@pytest.mark.parametrize("weekday", ["on ſunday", "on FRİDAY", "Sunday", "on Monday"])
@pytest.mark.parametrize("date", [PartialDate(2020, 1, 9), PartialDate(1, 1, 1), PartialDate(9999, 12, 31)])
def test_a_weekday_never_breaks_reading_whatever_its_letters_and_the_date(
    weekday: str, date: PartialDate
) -> None:
    text = f"The minister told RIA Novosti {weekday} that talks resumed. https://ria.example/news/1\n"
    (citation,) = extract_citations(text, "text", "a.txt", article_date=date)
    assert citation.url == "https://ria.example/news/1"
    if weekday in ("on ſunday", "on FRİDAY") or (date == PartialDate(1, 1, 1) and weekday != "on Monday"):
        assert citation.date is None  # not a weekday it knows, or a week before the calendar starts
    else:
        assert citation.date is not None


@pytest.mark.parametrize("name", ["seed-article.txt", "nasty.txt", "nasty.md", "nasty.html"])
def test_outlets_read_from_prose_are_ones_the_matcher_accepts_for_their_host(name: str) -> None:
    """An outlet attached by host must never produce an outlet_mismatch against that same host."""
    from linkcheck.names import hosts_of, outlet_matches

    text = (FIXTURES / name).read_text(encoding="utf-8")
    with_outlet = [
        c for c in extract_citations(text, "auto", name, article_date=PartialDate(2020, 1, 9)) if c.outlet
    ]
    assert with_outlet
    for citation in with_outlet:
        assert citation.outlet is not None
        assert outlet_matches(citation.outlet, [], hosts_of(citation.url)), (citation.outlet, citation.url)


def test_results_do_not_depend_on_what_was_read_before() -> None:
    """Extraction caches per-string results (resolved links, slugs, phrases, dates): reading the articles in
    the other order, each with and without an article date and a base URL, gives each the same citations."""
    names = ["seed-article.txt", "nasty.txt", "nasty.md", "nasty.html", "nasty.wiki"]
    texts = {name: (FIXTURES / name).read_text(encoding="utf-8") for name in names}
    cases = [
        (name, date, base)
        for name in names
        for date in (None, PartialDate(2020, 1, 9))
        for base in (None, "https://www.example.org/news/2020/story")
    ]
    forward = [extract_citations(texts[n], "auto", n, article_date=d, base_url=b) for n, d, b in cases]
    backward = [extract_citations(texts[n], "auto", n, article_date=d, base_url=b) for n, d, b in cases[::-1]]
    assert forward == backward[::-1]
    assert any(a != b for a, b in zip(forward[::2], forward[1::2], strict=True))  # the base URL matters


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The Khabar agency reported the story. https://khabar.kz/news/1", "Khabar"),
        ("Хабар reported the story. https://khabar.kz/news/1", "Хабар"),
        ("The Khaleej Times reported it. https://khaleejtimes.com/doc/1", "Khaleej Times"),
        ("Channel Four reported the story. https://channelfour.example/news/1", "Channel Four"),
    ],
)
def test_a_latin_kh_or_ch_name_is_read_as_its_host(text: str, outlet: str) -> None:
    (citation,) = extract_citations(text, "text", "a.txt")
    assert citation.outlet == outlet


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="KkChcQqhXxJjYyWwa aeo'-(3.", max_size=24))
def test_the_cheap_first_letter_filter_never_rejects_a_name_the_full_check_would_read(phrase: str) -> None:
    from linkcheck.articles._prose import _phrase

    info = _phrase(phrase)
    assert info.ascii_firsts is not None
    assert info.firsts <= info.ascii_firsts, phrase


def test_names_found_in_one_phrase_come_in_the_order_they_start() -> None:
    from linkcheck.articles._prose import find_mentions

    mentions = find_mentions("Reports by Zeit Bild said so.", {"bild", "zeit"}, cue=False)
    assert [(m.label, m.start) for m in mentions] == [("zeit", 11), ("bild", 16)]


def test_a_format_reader_is_imported_only_for_an_article_of_that_format() -> None:
    """A process that reads HTML articles does not import the wikitext reader (mwparserfromhell: ~22 ms of a
    site run's start); the first wikitext article imports it, and reads as well as any."""
    code = (
        "import sys\n"
        "from linkcheck.articles import extract_citations\n"
        "assert 'linkcheck.articles.html' not in sys.modules\n"
        "html = extract_citations('<p><a href=\"https://example.org/a\">A story</a></p>', 'html')\n"
        "print('mwparserfromhell' in sys.modules, 'linkcheck.articles.html' in sys.modules)\n"
        "wiki = extract_citations('{{cite web |url=https://example.org/b |title=B story}}', 'wikitext')\n"
        "print('mwparserfromhell' in sys.modules, [c.url for c in html + wiki], wiki[0].title)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [
        "False True",
        "True ['https://example.org/a', 'https://example.org/b'] B story",
    ]


@pytest.mark.parametrize(
    ("fmt", "text", "url", "via"),
    [
        (
            "text",
            "See https://www.google.com/url?q=https://a.example/story&sa=D&source=editors&usg=AOvVaw1 today.",
            "https://a.example/story",
            "www.google.com",
        ),
        (
            "html",
            '<article><p><a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fa.example%2Fstory%3Fx%3D1&amp;h=AT0">'
            "A Story Worth Citing Here</a></p></article>",
            "https://a.example/story?x=1",
            "l.facebook.com",
        ),
        (  # a Google Docs export of a link pasted from Facebook: wrapped twice
            "markdown",
            "[A Story Worth Citing Here](https://www.google.com/url?q=https://l.facebook.com/l.php?u%3D"
            "https%253A%252F%252Fa.example%252Fstory%26h%3DAT0&sa=D)",
            "https://a.example/story",
            "www.google.com",
        ),
        (
            "text",
            "https://vk.com/away.php?to=https%3A%2F%2Fa.example%2Fstory&cc_key=",
            "https://a.example/story",
            "vk.com",
        ),
        (
            "text",
            "https://www.google.com/url?sa=t&rct=j&q=&esrc=s&url=https%3A%2F%2Fa.example%2Fstory&usg=AOv",
            "https://a.example/story",
            "www.google.com",
        ),
    ],
)
def test_redirect_wrappers_are_read_as_the_link_they_wrap(fmt: str, text: str, url: str, via: str) -> None:
    (citation,) = extract_citations(text, fmt)
    assert citation.url == url
    assert citation.note == f"unwrapped from a redirect via {via}"


@pytest.mark.parametrize(
    "url",
    [
        "https://search.example/search?q=https://a.example/x",  # a search page, not a redirect endpoint
        "https://web.archive.org/web/2020/https://a.example/x",
        "https://www.google.com/url?q=not-a-url",
    ],
)
def test_urls_that_only_mention_another_url_are_kept(url: str) -> None:
    assert [c.url for c in extract_citations(f"See {url} now.", "text")] == [url]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_share_intent_links_are_not_citations_in_any_format(fmt: str) -> None:
    text = "Share this: https://twitter.com/intent/tweet?url=https%3A%2F%2Fa.example%2F and https://b.example/x\n"
    assert [c.url for c in extract_citations(text, fmt)] == ["https://b.example/x"]


def test_a_wrapped_links_text_is_read_against_the_slug_of_the_url_it_wraps() -> None:
    text = (
        '<p><a href="https://www.google.com/url?q=https://a.example/news/why-the-port-queue-is-not-the-story'
        '&amp;sa=D">Why the port queue is not the story</a> (from a colleague).</p>'
    )
    (citation,) = extract_citations(text, "html")
    assert citation.title == "Why the port queue is not the story"


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        (
            "markdown",
            "- [A Story Worth Citing](http://a.example/2015/story) "
            "([archived](https://web.archive.org/web/20150714083012/http://a.example/2015/story))\n",
        ),
        (
            "text",
            "The story (http://a.example/2015/story) is gone; a copy:\n"
            "https://web.archive.org/web/20150714083012/http://a.example/2015/story\n",
        ),
        (
            "wikitext",
            "<ref>[http://a.example/2015/story A Story Worth Citing] {{webarchive |url="
            "https://web.archive.org/web/20150714083012/http://a.example/2015/story |date=2015}}</ref>",
        ),
    ],
)
def test_an_archived_copy_beside_its_original_is_the_originals_archive(fmt: str, text: str) -> None:
    (citation,) = extract_citations(text, fmt)
    assert citation.url == "http://a.example/2015/story"
    assert citation.archive_url == "https://web.archive.org/web/20150714083012/http://a.example/2015/story"


def test_an_archived_copy_cited_alone_stays_the_cited_url() -> None:
    copy = "https://archive.ph/2015.07.15-101010/http://a.example/gone"
    first, second = extract_citations(f"Only in the archive: {copy} and https://b.example/\n", "text")
    assert (first.url, first.archive_url) == (copy, None)
    assert second.url == "https://b.example/"


def test_an_archive_url_already_given_is_kept() -> None:
    text = (
        "{{cite web |url=http://a.example/x |title=T |archive-url=https://web.archive.org/web/2016/http://a.example/x}}"
        " Later copy: https://web.archive.org/web/2019/http://a.example/x\n"
    )
    (citation,) = extract_citations(text, "wikitext")
    assert citation.archive_url == "https://web.archive.org/web/2016/http://a.example/x"
