"""The Markdown report posted as a pull-request or issue comment notifies no one (fix4).

GitHub and GitLab read ``@name`` in a comment's text as a mention (the user or team is notified) and
``#123`` (GitLab also ``!123``, ``$123``...) as a reference to an issue, which links it and leaves a note
in that issue's timeline. A backslash does not stop either on GitHub (``\\@name`` and ``\\#123`` still
link: the escape is gone before the references are looked for), nor does an entity (``&#64;name``); a
zero-width space after the sign does (``@&#8203;name``), and it is invisible, so the text reads the same.
Text inside a link, an autolink or a code span is never read for mentions, so links stay as they are.

What the report writes that it did not make: cited titles and outlets (in findings' messages), reasons,
URLs shown as text (a fix's archive address), notes, file names. Each case renders a report and reads it
as a renderer would: outside code spans and links, no mention or reference is left, and with the escapes
undone the text is the one given.
"""

from __future__ import annotations

import re

import pytest

from linkcheck.models import (
    Cause,
    Citation,
    Finding,
    FindingKind,
    Report,
    Result,
    Severity,
    Status,
    Verdict,
)
from linkcheck.report import render

ZWSP = "&#8203;"

# What GitHub and GitLab read as a mention or a reference in text (not in a link or code): an @ before a
# name after no word character, and a sign before a number.
_MENTION = re.compile(r"(?<![A-Za-z0-9_])@[A-Za-z0-9_]|[#!$]\d|(?<![A-Za-z0-9_])GH-\d", re.IGNORECASE)
_CODE = re.compile(r"(`+).*?\1")
_AUTOLINK = re.compile(r"<[a-z][a-z0-9+.-]*:[^<>\s]*>", re.IGNORECASE)
_BARE_URL = re.compile(r"https?://[^\s<]+")


def text_outside_links(md: str) -> str:
    """``md`` without its code spans, autolinks and bare URLs (which renderers link), the escapes undone:
    the text a mention or reference filter reads."""
    out = _BARE_URL.sub(" ", _AUTOLINK.sub(" ", _CODE.sub(" ", md)))
    out = re.sub(r"(?<!\\)&#8203;", "\u200b", out)  # the entity as the renderer decodes it
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", out)


def shown(md_fragment: str) -> str:
    """What a reader sees of escaped text: the zero-width spaces are invisible, the escapes gone."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", re.sub(r"(?<!\\)&#8203;", "", md_fragment))


def cite(url: str, line: int = 3, source: str = "sources.txt", **kw: object) -> Citation:
    return Citation(url=url, source=source, line=line, **kw)  # type: ignore[arg-type]


def mismatch(message: str, kind: FindingKind = FindingKind.TITLE_MISMATCH, **kw: object) -> Result:
    return Result(
        cite("https://news.example/2026/12/story", **kw),
        Status.OK,
        "200 OK",
        Verdict.FAIL,
        http_status=200,
        findings=(Finding(kind, Severity.FAIL, message),),
    )


def markdown(*results: Result, notes: tuple[str, ...] = ()) -> str:
    return render(Report(results, notes=notes), "markdown")


def row_of(md: str, needle: str) -> str:
    return next(line for line in md.splitlines() if needle in line)


@pytest.mark.parametrize(
    "title",
    [
        "@username said the talks would resume",
        "Fix #123: the bridge reopens",
        "Minister (@minister) and @press-office answer",
        "Statement by @news-org/editors",
        "Reply to @@doubled",
        "Close GH-42 before the vote",
        "Merge !17 and snippet $5",
        "Talks «@moscow_desk»",
    ],
)
def test_a_cited_title_mentions_no_one_and_reads_the_same(title: str) -> None:
    md = markdown(mismatch(f"the cited title {title!r} is not the page's"))
    assert not _MENTION.search(text_outside_links(md)), md
    row = row_of(md, "title_mismatch")
    assert shown(row).count(title) == 1


def test_an_outlet_a_reason_and_a_note_mention_no_one() -> None:
    outlet = mismatch(
        "the page's site name '@TASS_agency' is not the cited outlet 'TASS'", FindingKind.OUTLET_MISMATCH
    )
    reason = Result(
        cite("https://news.example/x", line=4),
        Status.BLOCKED,
        "403 Forbidden (ask @webmaster, ticket #9)",
        Verdict.WARN,
        cause=Cause.AUTH,
    )
    md = markdown(outlet, reason, notes=("skipped 2 links, see @ops and #88",))
    assert not _MENTION.search(text_outside_links(md)), md
    assert "'@TASS_agency'" in shown(row_of(md, "outlet_mismatch"))
    assert "403 Forbidden (ask @webmaster, ticket #9)" in shown(row_of(md, "x>"))
    assert "skipped 2 links, see @ops and #88" in shown(row_of(md, "Note"))


def test_an_entity_in_third_party_text_is_shown_as_written_not_decoded_into_a_mention() -> None:
    """A title holding ``&#64;everyone`` (an entity, as a page whose title was escaped twice shows it) would
    be decoded by the renderer into ``@everyone``: the ``&`` is escaped, so it reads as written."""
    md = markdown(mismatch("the cited title 'Q&amp;A with &#64;everyone and &commat;all' is not the page's"))
    row = row_of(md, "title_mismatch")
    assert "&#64;" not in row.replace("\\&#64;", "")
    assert "&amp;" not in row.replace("\\&amp;", "")
    assert "&commat;" not in row.replace("\\&commat;", "")
    assert "Q&amp;A with &#64;everyone and &commat;all" in shown(row)
    assert not _MENTION.search(text_outside_links(md)), md


def test_a_file_name_holding_a_backtick_or_a_pipe_stays_in_its_code_span_and_cell() -> None:
    result = Result(
        cite("https://news.example/gone", line=7, source="desk`@editors|draft.md"),
        Status.DEAD,
        "404 Not Found",
        Verdict.FAIL,
        cause=Cause.NOT_FOUND,
        http_status=404,
    )
    md = markdown(result)
    row = row_of(md, "news.example/gone")
    assert not _MENTION.search(text_outside_links(md)), md
    cells = re.split(r"(?<!\\)\|", row)
    assert len(cells) == 7, row  # six cells' borders: no pipe of the name split the row
    where = cells[2].strip()
    code = _CODE.fullmatch(where)
    assert code is not None, where  # the whole cell is one code span
    fence = code.group(1)
    inner = where[len(fence) : -len(fence)].strip().replace("\\|", "|")
    assert inner == "desk`@editors|draft.md:7"


# --- what must stay as it is -------------------------------------------------------------------------------


def test_an_email_address_and_signs_before_no_name_or_number_are_left_as_written() -> None:
    title = "Write to desk@news.example, C# or F#, 5 @ 10, #hashtag and 50% off"
    message = f"the cited title {title!r} is not the page's"
    md = markdown(mismatch(message))
    row = row_of(md, "title_mismatch")
    assert ZWSP not in row
    assert "desk@news.example" in row


def test_a_url_with_an_at_sign_stays_a_working_link() -> None:
    profile = "https://social.example/@reporter/112934"
    dead = Result(
        cite(
            profile,
            line=5,
            archive_url="https://archive.example/2026/https://social.example/@reporter/112934",
        ),
        Status.DEAD,
        "404 Not Found",
        Verdict.FAIL,
        cause=Cause.NOT_FOUND,
        http_status=404,
    )
    md = markdown(dead)
    row = row_of(md, "social.example")
    assert f"<{profile}>" in row  # the Link column: an autolink, its target whole
    assert (
        "link the archived copy instead: https://archive.example/2026/https://social.example/@reporter/112934"
        in row
    )
    assert ZWSP not in row


def test_text_without_signs_renders_as_before() -> None:
    md = markdown(mismatch("the cited title 'Iraq resumes talks on S-300' is not the page's (score 0.41)"))
    assert "| the cited title 'Iraq resumes talks on S-300' is not the page's (score 0.41) |" not in md
    assert (
        "**title_mismatch**: the cited title 'Iraq resumes talks on S-300' is not the page's (score 0.41)"
        in md
    )
    assert ZWSP not in md
    assert "`sources.txt:3`" in md
