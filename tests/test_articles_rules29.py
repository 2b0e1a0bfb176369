"""Rules added after the twenty-ninth held-out batch (tests/fixtures/articles/heldout, ``b29_*``), each on a
small string of our own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.models import Citation


def _read(text: str, fmt: str = "text") -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt)}


# --- "last visited" and "last checked" are access labels


def test_last_visited_after_a_link_is_the_access_date_not_the_date() -> None:
    text = (
        'Harbourline, "Buoy Receiver Manual," Rev. 3, 2019, '
        "https://harbourline.example.com/docs/buoy-manual.pdf (last visited Jun. 3, 2021).\n"
    )
    cited = _read(text)["https://harbourline.example.com/docs/buoy-manual.pdf"]
    assert str(cited.access_date) == "2021-06-03"
    assert cited.date is None or str(cited.date) != "2021-06-03"


def test_last_checked_in_a_list_item_is_the_access_date_not_the_date() -> None:
    text = (
        "Data sources:\n\n"
        " * [https://maps.example.org/products/open-grid Open Grid] -- the survey's product page,\n"
        "   released quarterly. Last checked 2 February 2024.\n"
    )
    cited = _read(text)["https://maps.example.org/products/open-grid"]
    assert str(cited.access_date) == "2024-02-02"
    assert cited.date is None


def test_visited_and_checked_without_last_are_left_alone() -> None:
    # Left alone: "visited" and "checked" in prose name a trip or a review, not the day a page was read.
    text = (
        "The minister visited Tromsø on 3 June 2021, as the council's page says: "
        "https://council.example.no/news/minister-visit\n\n"
        "The figures were checked 2 February 2024 by the auditors (https://audit.example.org/report-2024).\n"
    )
    cited = _read(text)
    assert cited["https://council.example.no/news/minister-visit"].access_date is None
    assert cited["https://audit.example.org/report-2024"].access_date is None


# --- an access date after a comma, or a bracket on the next line


def test_an_access_date_after_a_comma_and_a_line_break_is_read() -> None:
    text = (
        'Wikipedia, "Tide gauge," https://en.wikipedia.example.org/wiki/Tide_gauge,\n'
        "retrieved Jun. 4, 2021, 3 pages.\n"
    )
    cited = _read(text)["https://en.wikipedia.example.org/wiki/Tide_gauge"]
    assert str(cited.access_date) == "2021-06-04"


def test_an_access_date_after_a_comma_in_a_parenthesis_is_read() -> None:
    text = (
        "[0002] The agency publishes six-minute water levels for its stations (see "
        "https://tides.example.gov/levels?id=8443970, accessed Jun. 2, 2021).\n"
    )
    cited = _read(text)["https://tides.example.gov/levels?id=8443970"]
    assert str(cited.access_date) == "2021-06-02"


def test_a_retrieved_on_bracket_opening_the_next_line_is_read() -> None:
    text = (
        'ANONYMOUS: "Vessel Reports Overview", INTERNET CITATION, 12 March 2019 (2019-03-12), XP055700001,\n'
        "Retrieved from the Internet: <URL:https://navigation.example.gov/vessel-reports-overview>\n"
        "[retrieved on 2021-06-04]\n"
    )
    cited = _read(text)["https://navigation.example.gov/vessel-reports-overview"]
    assert str(cited.access_date) == "2021-06-04"


def test_a_date_after_a_comma_without_an_access_label_is_no_access_date() -> None:
    # Left alone: a day after a comma with no access label is the page's own day, or nothing read here.
    text = (
        "The council's notice, https://council.example.org/notices/bridge-closure,\n"
        "12 March 2024, sets out the closure.\n\n"
        "See https://council.example.org/notices/road-works, published 3 May 2024.\n"
    )
    cited = _read(text)
    assert cited["https://council.example.org/notices/bridge-closure"].access_date is None
    assert cited["https://council.example.org/notices/road-works"].access_date is None
