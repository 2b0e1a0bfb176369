"""A citation's access date bounds the page it cites: a page published after it is not the one the author
saw (``postdates_access``). Wikipedia's citations carry ``access-date`` where the article has no one date."""

from __future__ import annotations

import datetime as dt

from linkcheck.config import Config
from linkcheck.match import match_citation
from linkcheck.models import Article, Citation, ExtractedDate, FindingKind, Metadata, PartialDate, Severity

URL = "https://www.example-courier.co.uk/news/flood-defences-finished"
DATED_URL = "https://www.example-courier.co.uk/news/2015/03/02/flood-defences-finished"
CONFIG = Config()


def page(published: str) -> Metadata:
    return Metadata(
        title="Flood defences finished", published=ExtractedDate(dt.date.fromisoformat(published), "json-ld")
    )


def kinds(citation: Citation, metadata: Metadata, url: str = URL) -> list[tuple[FindingKind, Severity]]:
    return [(f.kind, f.severity) for f in match_citation(citation, metadata, final_url=url, config=CONFIG)]


def cite(accessed: str | None, url: str = URL, article: str | None = None) -> Citation:
    return Citation(
        url,
        title="Flood defences finished",
        access_date=PartialDate.parse(accessed) if accessed else None,
        article=Article(date=PartialDate.parse(article)) if article else None,
    )


def test_a_page_published_after_its_access_date_was_replaced_since() -> None:
    findings = match_citation(cite("2015-03-10"), page("2021-06-01"), final_url=URL, config=CONFIG)
    assert [(f.kind, f.severity) for f in findings] == [(FindingKind.POSTDATES_ACCESS, Severity.WARN)]
    assert (findings[0].expected, findings[0].actual) == ("on or before 2015-03-10", "2021-06-01")


def test_a_page_published_before_or_on_its_access_date_is_fine() -> None:
    assert kinds(cite("2015-03-10"), page("2015-03-02")) == []
    assert kinds(cite("2015-03-10"), page("2015-03-11")) == []  # a day's tolerance (time zones)
    assert kinds(cite("2015-03"), page("2015-03-30")) == []  # any day of the month accessed
    assert kinds(cite(None), page("2021-06-01")) == []


def test_the_date_in_the_url_shows_the_page_existed_before_a_migration_s_date() -> None:
    # a site moved to another system stamps every old page with the day of the move; its URL keeps the day
    # (and the two dates' disagreement is a finding of its own)
    found = kinds(cite("2015-03-10", url=DATED_URL), page("2021-06-01"), DATED_URL)
    assert found == [(FindingKind.URL_DATE_MISMATCH, Severity.WARN)]


def test_the_article_s_own_date_is_the_stronger_bound() -> None:
    citation = cite("2015-03-10", article="2015-03-12")
    assert kinds(citation, page("2021-06-01")) == [(FindingKind.POSTDATES_ARTICLE, Severity.FAIL)]


def test_a_page_that_did_not_answer_is_not_judged_by_its_access_date() -> None:
    assert match_citation(cite("2015-03-10"), None, final_url=None, config=CONFIG) == ()
