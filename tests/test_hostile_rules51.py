"""General rules of the fifty-first hostile round (``tests/hostile_server.py``, "fifty-first round").

- A ``414 URI Too Long`` reached through redirects that lengthened the address (a consent or cookie wall
  appending a token each hop) is ``blocked`` (``consent``), the reason naming 414 and the growth
  (``classify.grown_address_refused``); a ``414`` to the cited address itself stays an ``error``.
- On a page with no headline, the quoted object of a not-found phrase ("we could not find “...”", "no
  results for '...'") is read as ``that`` before the line is asked whether it is an error message
  (``pagebody.unquote_sought``): a not-found page quoting back the very title a citation gives was read
  ``ok``, the cited title matched in its text.
- After a kept headline, the notice looked for stops at the first ``</html>`` that another document follows
  (``pagebody.first_document``): a 404 page appended after a whole story made the story a soft 404.

The tests that name a function the round added import it inside, so that on base58c's src each fails alone.
"""

from __future__ import annotations

from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, FetchResult, Redirect, Status

_URL = "http://harbour-gazette.example.com/news/2024/03/harbour-wall"


def _fetch(code: int, url: str, final_url: str, hops: int) -> FetchResult:
    redirects = tuple(Redirect(302, final_url) for _ in range(hops))
    return FetchResult(url=url, final_url=final_url, status_code=code, redirects=redirects, body=b"Too long")


# --- a 414 the site's redirects built -------------------------------------------------------------------


def test_a_414_after_redirects_that_grew_the_address_is_a_wall() -> None:
    from linkcheck.classify import classify_fetch, grown_address_refused

    long = _URL + "?consent=" + "ab" * 4500
    said = grown_address_refused(414, _URL, long, 6)
    assert said is not None
    assert "414" in said, said
    assert "6 redirects" in said, said
    live = classify_fetch(_fetch(414, _URL, long, 6))
    assert (live.status, live.cause) == (Status.BLOCKED, Cause.CONSENT), live


def test_a_414_to_the_cited_address_itself_is_left_an_error() -> None:
    from linkcheck.classify import classify_fetch, grown_address_refused

    long = _URL + "?q=" + "x" * 9000
    assert grown_address_refused(414, long, long, 0) is None  # no redirect: the citation's own address
    assert grown_address_refused(414, long, _URL, 2) is None  # redirects that shortened it
    assert grown_address_refused(404, _URL, long, 3) is None  # another code
    live = classify_fetch(_fetch(414, long, long, 0))
    assert live.status is Status.ERROR, live


# --- a not-found page quoting back what was asked ------------------------------------------------------


def _headless_page(line: str) -> bytes:
    return (
        '<!DOCTYPE html><html lang=en><head><meta charset="utf-8"><title>Harbour Gazette</title></head><body>'
        f'<header><a href="/">Harbour Gazette</a></header><main><p>{line}</p></main></body></html>'
    ).encode()


def _headless(line: str) -> tuple[Status, Cause, str] | None:
    from linkcheck.pagebody import headless_signal

    body = _headless_page(line)
    return headless_signal(_URL, _URL, body, extract_metadata(body, _URL, {"content-type": "text/html"}))


def test_the_quoted_object_of_a_not_found_phrase_is_read_as_that() -> None:
    from linkcheck.pagebody import unquote_sought

    assert unquote_sought("Sorry, we could not find \u201cFerry fares rise\u201d.") == (
        "Sorry, we could not find that."
    )
    assert unquote_sought("We couldn't find 'ferry fares rise in april'") == "We couldn't find that"
    assert unquote_sought("No results found for \u00abferry\u00bb") == "No results found for that"


def test_words_quoted_after_any_other_phrase_stay() -> None:
    from linkcheck.pagebody import unquote_sought

    for line in (
        "Police could not say \u201cwhen\u201d the ferry would sail.",
        "The harbour master said \u201cwe could not find a berth\u201d.",
        "We could not find a berth for the \u201cOld Quay\u201d ferry",  # not what was looked for
        "No quotes here at all",
    ):
        assert unquote_sought(line) == line, line


def test_a_headless_not_found_page_quoting_a_title_is_a_soft_404() -> None:
    said = _headless(
        "Sorry, we could not find \u201cHarbour wall to be raised by half a metre\u201d. It may have been"
        " moved or removed."
    )
    assert said is not None
    assert said[:2] == (Status.SOFT_404, Cause.ERROR_PAGE), said
    said = _headless("We could not find \u2018harbour wall raised\u2019. Try searching the archive.")
    assert said is not None
    assert said[0] is Status.SOFT_404, said


def test_a_headless_page_quoting_someone_is_no_error_page() -> None:
    assert _headless("The crew could not find \u201cany trace\u201d of the missing dinghy at dawn.") is None
    assert _headless("\u201cWe will raise the wall by half a metre,\u201d the harbour master said.") is None


# --- a second document appended after the story --------------------------------------------------------


def _story(tail: bytes) -> bytes:
    return (
        b'<!DOCTYPE html><html lang=en><head><meta charset="utf-8"><title>Harbour wall to be raised</title>'
        b"</head><body><article><h1>Harbour wall to be raised</h1><p>The wall goes up by half a metre.</p>"
        b"</article></body></html>" + tail
    )


def _notice(body: bytes) -> tuple[Status, Cause, str] | None:
    from linkcheck.pagebody import notice_signal

    return notice_signal(_URL, _URL, body, extract_metadata(body, _URL, {"content-type": "text/html"}))


_APPENDED_404 = (
    b"\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
    b"<p>The requested URL was not found on this server.</p></body></html>\n"
)


def test_a_404_document_appended_after_a_story_is_not_its_notice() -> None:
    from linkcheck.pagebody import first_document

    body = _story(_APPENDED_404)
    window = body[body.find(b"</h1>") + 5 :]
    assert first_document(window).endswith(b"</body>")
    assert first_document(window.replace(b"\n<html>", b"<!DOCTYPE html><html>")).endswith(b"</body>")
    assert _notice(body) is None


def test_a_notice_in_the_first_document_still_counts() -> None:
    from linkcheck.pagebody import first_document

    window = b"<p>Not Found</p></body></html><script>track()</script>"  # no second document after it
    assert first_document(window) == window
    gone = (
        b'<!DOCTYPE html><html lang=en><head><meta charset="utf-8"><title>Harbour wall to be raised</title>'
        b"</head><body><h1>Harbour wall to be raised</h1><p>Page not found</p></body></html>" + _APPENDED_404
    )
    said = _notice(gone)
    assert said is not None
    assert said[0] is Status.SOFT_404, said
