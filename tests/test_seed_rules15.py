"""The rule the fifteenth seed probe (seed15) led to: a comment written after a line's text.

docs/sources-format.md: only whole lines are comments; a ``#`` later on a line is ordinary text. People
still write ``URL  # RIA's story`` or ``date: 2020-01-09  # from the wire``. When the ``#`` and what follows
make the line malformed (a URL followed by words, a date that is no date), the error names the line and
says what was wrong as before, and now also that a comment goes on its own line. A ``#`` in a URL's
fragment, in a title ("#1") or in a valid value is left as it was: the line reads as before.
"""

from __future__ import annotations

import pytest

from linkcheck import ManifestError, parse_sources

URL = "https://ria.ru/20200109/1563219328.html"
#: an address longer than the 60 characters an error message quotes: the hint must not need the '#' quoted
MT = (
    "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
)
HINT = "comment goes on its own line"


@pytest.mark.parametrize(
    "line",
    [
        f"{URL} | outlet: RIA Novosti | date: 2020-01-09  # from the wire",
        f"{URL} | outlet: RIA Novosti | date: 2020-01-09 # from the wire",
        f"{URL}  # RIA's story",
        f"{URL} # the RIA story",
        f"{URL}\t# RIA's story",
        f"{URL} | accessed: 2024-11-01  #checked by the desk",
        f"{URL} | date: Thursday  # as the article says",
        f"{URL} | archive: https://web.archive.org/web/2020/{URL}  # the snapshot",
        f"{MT}  # the related article",
    ],
    ids=["date-two-spaces", "date-one-space", "url-two-spaces", "url-one-space", "url-tab", "accessed-glued",
         "weekday", "archive", "long-url"],
)  # fmt: skip
def test_a_comment_after_a_lines_text_that_breaks_it_is_named_as_a_comment(line: str) -> None:
    with pytest.raises(ManifestError) as caught:
        parse_sources(f"@article | date: 2020-01-10\n{line}\n", source="sources.txt")
    assert caught.value.line == 2
    assert HINT in str(caught.value), str(caught.value)


def test_an_article_lines_date_followed_by_a_comment_is_named_as_a_comment() -> None:
    with pytest.raises(ManifestError) as caught:
        parse_sources("@article | date: 2020-01-09  # the print edition's day\n", source="sources.txt")
    assert caught.value.line == 1
    assert HINT in str(caught.value)


def test_keep_going_gives_the_hint_in_the_failed_citations_error() -> None:
    (citation,) = parse_sources(f"{URL} | date: 2020-01-09  # from the wire\n", keep_going=True)
    assert citation.error is not None
    assert "bad date" in citation.error
    assert HINT in citation.error


@pytest.mark.parametrize(
    "line",
    [
        f"{URL}#part two",  # a fragment's '#' glued to the address: the space is the problem
        f"{URL} | title: Story #1 | date: 2020-13-01",  # the title's '#', another field's error
        f"{URL} | date: 9 Jan 2020",  # no '#' at all
        "see notes # 1 below",  # no URL: that is what it is told
    ],
)
def test_an_error_with_no_comment_in_its_value_says_nothing_of_comments(line: str) -> None:
    with pytest.raises(ManifestError) as caught:
        parse_sources(line + "\n", source="sources.txt")
    assert "comment" not in str(caught.value), str(caught.value)


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        (f"{URL} | note: checked  # by the desk", "note", "checked  # by the desk"),
        (f"{URL} | title: Story #1 of 3", "title", "Story #1 of 3"),
        (f"{URL}#:~:text=S-300 | outlet: RIA Novosti", "outlet", "RIA Novosti"),
    ],
)
def test_a_hash_in_a_valid_line_is_still_text(line: str, field: str, value: str) -> None:
    # The documented rule stands: a line the '#' does not break reads as before, the '#' part of its value.
    (citation,) = parse_sources(line + "\n")
    assert citation.error is None
    assert getattr(citation, field) == value
