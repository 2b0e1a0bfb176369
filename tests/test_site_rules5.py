"""The rules added after the fifth site probe (``tests/test_site_probe5.py``), on small strings.

Each positive case fails on the code before them (``base45b``); each rule has a case it must leave alone.
"""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles.plaintext import asciidoc_url_attributes, org_date, rst_target_above
from linkcheck.models import Citation, PartialDate, Report, Result, Status, Verdict
from linkcheck.report.text import articles_to_fix, render_text

URL = "https://news.example/2024/05/grid-batteries"


def cite(text: str, name: str) -> list[Citation]:
    return extract_citations(text, format="auto", source=name)


# --- reStructuredText named targets ------------------------------------------------------------------------


def test_a_one_line_target_s_sentence_case_words_are_its_title() -> None:
    (c,) = cite(
        f"Notes\n=====\n\nSee `Grid batteries keep getting cheaper`_.\n\n"
        f".. _Grid batteries keep getting cheaper: {URL}\n",
        "a.rst",
    )
    assert (c.line, c.title) == (6, "Grid batteries keep getting cheaper")


def test_a_target_whose_url_is_on_the_indented_next_line_gives_its_words() -> None:
    (c,) = cite(
        f"Notes\n=====\n\nSee `Quarterly Retail Prices`_.\n\n.. _Quarterly Retail Prices:\n   {URL}\n",
        "a.rst",
    )
    assert (c.line, c.title) == (7, "Quarterly Retail Prices")
    assert rst_target_above(".. _Words Here:\n   " + URL, 16) == "Words Here"


def test_a_target_named_by_a_label_is_still_no_title() -> None:
    (c,) = cite(f"Notes\n=====\n\nSee rfc7045_.\n\n.. _rfc7045: {URL}\n", "a.rst")
    assert c.title is None


def test_an_indented_url_under_another_line_takes_no_target_s_words() -> None:
    text = f"Notes\n=====\n\n.. note::\n   {URL}\n\n.. _Grid Battery Costs:\n\n   {URL}/other\n"
    cited = {c.url: c.title for c in cite(text, "a.rst")}
    assert cited == {URL: None, f"{URL}/other": None}
    assert rst_target_above("x\n   y", 2) is None
    # not indented: no continuation of the target above
    (flush,) = cite(f"Notes\n=====\n\n.. _Grid Battery Costs Today:\n{URL}\n", "a.rst")
    assert flush.title is None


# --- AsciiDoc attribute references -----------------------------------------------------------------------


def test_an_attribute_reference_with_words_is_read_as_the_url_with_them() -> None:
    text = f"= Notes\n:url-costs: {URL}\n\nThe {{url-costs}}[Grid Battery Costs Report] says so.\n"
    (c,) = cite(text, "a.adoc")
    assert c.title == "Grid Battery Costs Report"
    assert asciidoc_url_attributes("link:{url-costs}[Words]\n:url-costs: https://a.example/x\n") == (
        "link:https://a.example/x[Words]\n:url-costs: https://a.example/x\n"
    )


def test_references_without_words_or_entry_and_entries_without_a_url_are_left() -> None:
    text = ":url-a: https://a.example/x\n:name: Jo Roe\n{url-a} and {name}[x] and {url-b}[y]\n"
    assert asciidoc_url_attributes(text) == text  # no reference to url-a is followed by words
    assert asciidoc_url_attributes("{url-a}[x]\n") == "{url-a}[x]\n"  # no entry


# --- Org mode ----------------------------------------------------------------------------------------------


def test_org_source_and_example_blocks_cite_nothing() -> None:
    text = (
        "#+TITLE: Notes\n\n"
        f"- [[{URL}][Grid batteries keep getting cheaper]]\n\n"
        "#+BEGIN_SRC sh\ncurl -O https://tools.example/get.sh\n#+END_SRC\n\n"
        "#+begin_example\nfetched https://out.example/log in 2 s\n#+end_example\n"
    )
    assert [c.url for c in cite(text, "a.org")] == [URL]


def test_org_quote_blocks_and_links_after_a_block_are_cited() -> None:
    text = (
        "#+TITLE: Notes\n\n#+BEGIN_QUOTE\nAs https://quoted.example/page says.\n#+END_QUOTE\n\n"
        "#+BEGIN_SRC sh\nls\n#+END_SRC\n\nAnd https://after.example/page too.\n"
    )
    assert [c.url for c in cite(text, "a.org")] == [
        "https://quoted.example/page",
        "https://after.example/page",
    ]


def test_org_date_keyword_is_the_article_s_date() -> None:
    (c,) = cite(f"#+TITLE: Notes\n#+DATE: <2024-03-05 Tue>\n\n- [[{URL}][Grid Battery Costs]]\n", "a.org")
    assert c.article is not None
    assert c.article.date == PartialDate(2024, 3, 5)
    assert org_date(" [2024-03-05 Tue 10:00]") == PartialDate(2024, 3, 5)
    assert org_date("5 March 2024") == PartialDate(2024, 3, 5)


def test_an_org_date_keyword_that_is_no_date_gives_none() -> None:
    assert org_date("<someday>") is None
    (c,) = cite(f"#+TITLE: Notes\n#+DATE: soon\n\n- [[{URL}][Grid Battery Costs]]\n", "a.org")
    assert c.article is None or c.article.date is None


# --- the text report's per-article counts ----------------------------------------------------------------


def _result(source: str, verdict: Verdict, n: int) -> Result:
    status = Status.DEAD if verdict is Verdict.FAIL else Status.OK
    return Result(Citation(f"https://news.example/{source}/{n}", source=source, line=n), status, "r", verdict)


def test_articles_with_failures_are_listed_most_failures_first() -> None:
    results = [
        _result("site/a.md", Verdict.WARN, 1),
        _result("site/b.md", Verdict.FAIL, 1),
        _result("site/c.md", Verdict.PASS, 1),
        _result("site/b.md", Verdict.FAIL, 2),
        _result("site/d.md", Verdict.FAIL, 1),
        _result("site/d.md", Verdict.WARN, 2),
    ]
    assert articles_to_fix(results) == [
        "Articles to fix, the most failures first (3)",
        "  site/b.md  2 fail, 0 warn of 2 citations",
        "  site/d.md  1 fail, 1 warn of 2 citations",
        "  site/a.md  0 fail, 1 warn of 1 citation",
        "",
    ]


def test_one_file_or_a_clean_site_gets_no_per_article_lines() -> None:
    one = [_result("sources.txt", Verdict.FAIL, 1), _result("sources.txt", Verdict.FAIL, 2)]
    assert articles_to_fix(one) == []
    clean = [_result("site/a.md", Verdict.PASS, 1), _result("site/b.md", Verdict.PASS, 1)]
    assert articles_to_fix(clean) == []
    text = render_text(Report(results=tuple(one), elapsed=0.1))
    assert "Articles to fix" not in text
