"""The rules added after the seed2 probe (``tests/test_seed_probe2.py``), each on small strings, with what it
must leave alone.

1. A name followed by ``on``/``in`` and a weekday or a month (``told RIA Novosti on Thursday``) ends before
   them: the time phrase is no more of a longer name (``RIA`` was named, its generic word ``Novosti`` taken
   for part of a longer name's words).
2. A Russian verb of writing before an outlet's name is a cue, as it was after it (``в четверг написал
   «Московский комсомолец»``).
3. A month and day in the reported content of a sentence that closes with its attribution after a comma
   (``... killed in Baghdad on Jan. 3, TASS reported.``) is the news's own day, not the report's.
"""

from __future__ import annotations

import pytest

from linkcheck import PartialDate, extract_citations
from linkcheck.articles._prose import reported_content_end, without_time_tail

DAY = PartialDate(2020, 1, 9)
RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
MK = "https://www.mk.ru/politics/2020/01/09/irak-s300.html"


def one(text: str, url: str) -> tuple[PartialDate | None, str | None]:
    cites = extract_citations(text + " " + url + "\n", format="text", article_date=DAY)
    assert len(cites) == 1
    return cites[0].date, cites[0].outlet


# --- 1. the time phrase after a name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("RIA Novosti on Thursday", "RIA Novosti"),
        ("RIA Novosti in January", "RIA Novosti"),
        ("The Moscow Times on Jan. 9", "The Moscow Times"),
        ("RIA Novosti\non Friday", "RIA Novosti"),
    ],
)
def test_time_tail_is_cut(phrase: str, expected: str) -> None:
    assert without_time_tail(phrase) == expected


@pytest.mark.parametrize(
    "phrase",
    ["Back on Track", "Bank of England", "Live in Concert", "Mondays in Mayfair", "Sunday Times", "May Day"],
)
def test_time_tail_leaves_names_alone(phrase: str) -> None:
    assert without_time_tail(phrase) == phrase


@pytest.mark.parametrize(
    "sentence",
    [
        "A lawmaker told RIA Novosti on Thursday.",
        "A lawmaker told the state-run RIA Novosti in January.",
    ],
)
def test_name_before_a_time_phrase_is_named_whole(sentence: str) -> None:
    assert one(sentence, RIA)[1] == "RIA Novosti"


def test_a_name_joined_by_on_is_still_one_name() -> None:
    """Left alone: ``Back on Track`` keeps its joiner, with a weekday after it."""
    text = "Back on Track on Monday said the line would reopen."
    assert one(text, "https://backontrack.org/news/reopening")[1] == "Back on Track"


def test_more_words_of_a_longer_name_still_cut_it_to_the_host_word() -> None:
    """Left alone: a generic word followed by more capitalised words (not a time phrase) stays the earlier
    batches' reading: the host's word alone (``PostgreSQL`` of ``PostgreSQL Global Development Group``)."""
    text = "The release was announced by the PostgreSQL Global Development Group on Thursday."
    assert one(text, "https://www.postgresql.org/about/news/release-2000/")[1] == "PostgreSQL"


# --- 2. a Russian verb of writing before the name ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["Об этом в четверг написал «Московский комсомолец».", "Как написала «Московский комсомолец», ..."],
)
def test_russian_writing_verb_before_a_guillemet_name(sentence: str) -> None:
    assert one(sentence, MK)[1] == "Московский комсомолец"


def test_guillemet_name_without_a_cue_is_left_alone() -> None:
    """Left alone: a quoted phrase with no reporting word around it names no outlet (a title, a slogan)."""
    assert one("Он держал в руках «Московский комсомолец» за прошлый год.", MK)[1] is None


# --- 3. the day of the news, not of the report -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Soleimani was killed in a U.S. drone strike in Baghdad on Jan. 3, the state-run TASS news agency "
        "reported.",
        "The talks resumed in Baghdad on January 3, according to TASS.",
        "Переговоры в Багдаде возобновились 3 января, сообщил ТАСС.",
    ],
)
def test_month_day_of_the_news_does_not_date_the_report(sentence: str) -> None:
    assert one(sentence, TASS)[0] is None


def test_the_attributions_own_day_dates_the_report() -> None:
    """The news's day before the comma, the report's in the attribution: the report's is read."""
    text = "The talks resumed in Baghdad on Jan. 3, TASS reported on Jan. 8."
    assert one(text, TASS)[0] == PartialDate(2020, 1, 8)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the attribution goes on to what was said: the day is the report's
        ("On Jan. 8, TASS reported that the talks in Baghdad had resumed.", PartialDate(2020, 1, 8)),
        # too little content before the comma to be the news
        ("On Jan. 8, TASS reported.", PartialDate(2020, 1, 8)),
        # a publishing verb in the content: that day is a report's
        (
            "The TASS report, published on Jan. 8, was quoted widely, the paper said.",
            PartialDate(2020, 1, 8),
        ),
        # a weekday in agency copy's content is the wire's day (an earlier batch's reading)
        ("Жириновский в среду призвал Иран купить С-400, передаёт ТАСС.", PartialDate(2020, 1, 8)),
    ],
)
def test_report_days_left_alone(sentence: str, expected: PartialDate) -> None:
    assert one(sentence, TASS)[0] == expected


def test_reported_content_end_on_strings() -> None:
    s = "Soleimani was killed in Baghdad on Jan. 3, TASS reported."
    assert s[reported_content_end(s) :] == ", TASS reported."
    assert reported_content_end("TASS reported on Jan. 8 that talks resumed.") == 0
    assert reported_content_end("Talks resumed in Baghdad on Jan. 3 and TASS covered them") == 0
    # an address's path word is no verb: "/reports/" in the link after a colon
    s = "The committee's review, out on 11 March, blames the pumps: https://example.org/reports/2024/review"
    assert reported_content_end(s) == 0
