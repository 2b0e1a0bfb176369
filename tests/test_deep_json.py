"""JSON nested deeper than Python's decoder recurses (``[[[[...]]]]`` a few thousand deep: the C scanner
raises ``RecursionError``, not ``ValueError``) is no JSON to every reader that parses a page's or an
article's JSON: the rest of the page or the article is read as if the value were not there. Before, a
Parse.ly meta tag holding such a value took the whole page's metadata down to what its URL says, and the
other readers failed the link or the article with the error."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.extract import extract_metadata
from linkcheck.pagebody import file_signal

#: Deeper than the decoder's recursion allows (Python's limit is 1,000 frames), small enough for any cap.
_DEEP = "[" * 3_000 + "]" * 3_000


def test_a_deep_value_in_a_parsely_meta_leaves_the_page_read() -> None:
    content = "{&quot;pub_date&quot;: &quot;2021-03-04T10:00:00Z&quot;, &quot;tags&quot;: " + _DEEP + "}"
    page = (
        "<html><head><title>Ferry crossings resume after the storm</title>"
        f'<meta name="parsely-page" content="{content}"></head>'
        "<body><h1>Ferry crossings resume after the storm</h1></body></html>"
    )
    meta = extract_metadata(page, "https://news.example/2021/03/04/ferry-crossings-resume")
    assert meta.title == "Ferry crossings resume after the storm"
    # left alone: a shallow value is read as before
    shallow = page.replace(_DEEP, "[]")
    assert str(
        extract_metadata(shallow, "https://news.example/2021/03/04/ferry-crossings-resume").published
    ) == ("2021-03-04")


def test_a_deep_json_answer_is_no_error_message_and_no_failure() -> None:
    # within the 2,048 bytes a JSON answer is read for an error message: 1,000 deep is past the decoder
    url = "https://news.example/api/2021/03/04/ferry-crossings-resume"
    body = ('{"code":404,"x":' + "[" * 1_000 + "]" * 1_000 + "}").encode()
    assert file_signal(url, url, "application/json", body, False) is None
    # left alone: the same error object, not nested, says the article is gone
    said = file_signal(url, url, "application/json", b'{"status": "error", "code": 404}', False)
    assert said is not None


def test_deep_json_in_an_article_is_skipped_and_its_links_read() -> None:
    article = (
        '<html><body><script type="application/ld+json">' + _DEEP + "</script>"
        '<p>Sources: <a href="https://news.example/2021/03/04/ferry-crossings-resume">Ferry crossings'
        " resume after the storm</a>, The Harbour Courier, 4 March 2021.</p></body></html>"
    )
    (citation,) = extract_citations(article, "html")
    assert citation.url == "https://news.example/2021/03/04/ferry-crossings-resume"
    wp_post = '{"content": {"rendered": "x"}, "meta": ' + _DEEP + "}"
    assert extract_citations(wp_post, "text") == []
