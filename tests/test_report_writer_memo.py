"""``ResultWriter``'s memo of recurring values (cost30): a string or a date written once is written the same
the next time from the memo, a date by everything its ``str()`` reads, and the memo stays bounded."""

from __future__ import annotations

import datetime as dt
import json

from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, Result, Status, Verdict
from linkcheck.report import json as report_json
from linkcheck.report.json import ResultWriter, result_to_dict


def encoded(result: Result) -> str:
    return json.JSONEncoder(ensure_ascii=False).encode(result_to_dict(result))


def result(
    cited: PartialDate | None, published: ExtractedDate | None, outlet: str = "The Gazette", n: int = 1
) -> Result:
    url = f"https://news.example/story-{n}"
    citation = Citation(url, title="A story", date=cited, outlet=outlet, line=n)
    meta = Metadata(
        title="A story", title_source="opengraph", published=published, site_name=outlet, language="en"
    )
    return Result(citation, Status.OK, "200 OK", Verdict.PASS, http_status=200, final_url=url, metadata=meta)


def test_the_same_day_at_another_precision_is_written_by_its_own_precision() -> None:
    writer = ResultWriter()
    day = dt.date(2024, 8, 1)
    cases = [
        result(PartialDate(2024, 8, 1), ExtractedDate(day, "json-ld")),
        result(PartialDate(2024, 8), ExtractedDate(day, "meta", precision="month")),
        result(PartialDate(2024), ExtractedDate(day, "text", precision="year")),
        result(PartialDate(2024, 8, 1), ExtractedDate(day, "json-ld", precision="quarter")),
        result(PartialDate(2024, 8), ExtractedDate(dt.date(2023, 12, 1), "text", precision="winter")),
    ]
    for _ in range(2):  # the second time from the memo
        for case in cases:
            assert writer(case) == encoded(case)
    assert '"published": "2024-08"' in writer(cases[1])
    assert '"date": "2024"' in writer(cases[2])


class Reworded(ExtractedDate):
    def __str__(self) -> str:
        return "early August 2024"


class LaterDay(dt.date):
    def isoformat(self) -> str:
        return "2024-08-02"


def test_a_date_of_another_type_is_written_by_its_own_str_not_by_an_equal_date_in_the_memo() -> None:
    writer = ResultWriter()
    day = dt.date(2024, 8, 1)
    plain = result(None, ExtractedDate(day, "json-ld"))
    assert writer(plain) == encoded(plain)
    for other in (Reworded(day, "json-ld"), ExtractedDate(LaterDay(2024, 8, 1), "json-ld")):
        case = result(None, other)
        assert writer(case) == encoded(case)
        assert writer(case) != writer(plain)


def test_the_memo_stays_bounded_and_right_past_its_size() -> None:
    writer = ResultWriter()
    for n in range(report_json._MEMO_SIZE + 50):
        case = result(PartialDate(2000 + n % 30, 1 + n % 12, 1), None, outlet=f"Outlet {n}", n=n)
        assert writer(case) == encoded(case)
    assert len(writer._memo) <= report_json._MEMO_SIZE
