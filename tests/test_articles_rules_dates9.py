"""Quarters in words, journal issues and the left date lines (artdates9): the rules, on strings.

- A spelled-out quarter in a template's date (``|date=Third quarter 2023``) is its year
  (``_dates.spelled_quarter`` in ``parse_date_field``); in prose or an entry, only where a publishing verb
  puts the cited work in it (``published in the third quarter of 2023``, ``im dritten Quartal 2023
  veröffentlicht``: ``_dates.published_quarter``). A quarter that is the news's own period, a title's
  edition or a report's subject is no date.
- The sentence after a link's own, short, in its paragraph, with no link of its own, saying in the passive
  when the work was published and the date with its year, dates the link (``_prose._published_next``).
- Icelandic's ``8. maí`` (a day, its dot, the month: ``_dates._ICELANDIC_DM``); Lithuanian's ``ė`` tells an
  opening that may be Lithuanian (``_prose._MORE_SCRIPT_LETTERS``); Hebrew's ``ב-``/``מ-`` joined to a day
  is its "on" (``_prose._ON_DAY``); a footnote template's unnamed parameter (``{{efn|...}}``,
  ``{{הערה|...}}``) is read as a ``<ref>``'s entry (``wikitext._Walker.ref_entry``).
"""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._dates import month_day_matches, parse_date_field
from linkcheck.articles._prose import _more_languages, stated_report_day
from linkcheck.models import PartialDate

URL = "https://www.example.org/reports/outlook"
URL2 = "https://www.example.net/budget"
EN_HEAD = "# Why rents keep rising in the capital\n\n"


def _date(text: str, fmt: str = "markdown", url: str = URL, article_date: str | None = None) -> str | None:
    date = PartialDate.parse(article_date) if article_date else None
    found = {c.url: c for c in extract_citations(text, fmt, article_date=date)}
    value = found[url].date
    return None if value is None else str(value)


# --- a quarter in a template's date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "Third quarter 2023",
        "3rd quarter of 2023",
        "the fourth quarter of 2023",
        "troisième trimestre 2023",
        "tercer trimestre de 2023",
        "terzo trimestre del 2023",
        "drittes Quartal 2023",
        "3. Quartal 2023",
        "второй квартал 2023 года",
        "trzeci kwartał 2023",
    ],
)
def test_a_spelled_out_quarter_in_a_date_field_is_its_year(value: str) -> None:
    assert parse_date_field(value) == PartialDate(2023)


@pytest.mark.parametrize("value", ["Third quarter", "three quarters of 2023", "quarter-final 2023"])
def test_a_quarter_without_a_year_or_no_quarter_is_no_field_date(value: str) -> None:
    assert parse_date_field(value) is None


# --- a quarter a publishing verb puts the work in ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        f"The [survey]({URL}), published in the third quarter of 2023, found that hiring had cooled.",
        f"The [outlook]({URL}) was released during the 2nd quarter of 2023 and revised later.",
        f"Selon la [note]({URL}) parue au troisième trimestre 2023, l'activité ralentit.",
        f"Laut dem [Bericht]({URL}), im dritten Quartal 2023 veröffentlicht, schwächelt die Industrie.",
        f"Według [raportu]({URL}) opublikowanego w trzecim kwartale 2023 roku ceny rosną.",
    ],
)
def test_a_quarter_a_publishing_verb_names_dates_the_report(sentence: str) -> None:
    assert _date(EN_HEAD + sentence + "\n") == "2023"


@pytest.mark.parametrize(
    "sentence",
    [
        # the news's own period, before the attribution
        f"Output grew 0.3% in the third quarter of 2023, [Reuters]({URL}) reported.",
        # a report on a quarter: its subject, not when it appeared
        f"The bank published a [review]({URL}) of the third quarter of 2023 last spring.",
        # a title's edition, in an entry
        f"- Statistics Canada. *Labour Force Survey, third quarter of 2023*. <{URL}>",
    ],
)
def test_a_quarter_no_publishing_verb_puts_the_work_in_is_no_date(sentence: str) -> None:
    assert _date(EN_HEAD + sentence + "\n") is None


def test_a_quarter_after_a_published_label_in_an_entry() -> None:
    text = (
        EN_HEAD
        + "## Sources\n\n- Bank of Canada. *Business Outlook Survey*. Released in the first quarter of 2024. "
        + f"<{URL}>\n"
    )
    assert _date(text) == "2024"


# --- the sentence after the link's says when it was published ----------------------------------------------


@pytest.mark.parametrize(
    ("following", "iso"),
    [
        ("Published 3 May 2024.", "2024-05-03"),
        ("It was first published on May 3, 2024.", "2024-05-03"),
        ("Elle a été publiée le 3 mai 2024.", "2024-05-03"),
        ("Fue publicado el 3 de mayo de 2024.", "2024-05-03"),
        ("Доклад опубликован 3 мая 2024 года.", "2024-05-03"),
        ("Die Studie ist am 3. Mai 2024 erschienen.", "2024-05-03"),
    ],
)
def test_a_passive_published_sentence_after_the_links_dates_it(following: str, iso: str) -> None:
    text = EN_HEAD + f"The agency's [rent index]({URL}) shows a rise of eleven percent. {following}\n"
    assert _date(text) == iso


@pytest.mark.parametrize(
    "following",
    [
        # an active verb names a work of its own
        "The ministry published its budget on 3 May 2024.",
        # in the next paragraph
        "\n\nPublished 3 May 2024.",
        # too long to be a remark on the link's work
        "The figures, which were published on 3 May 2024 after a long delay caused by a strike at the office "
        "and a dispute over methods, are disputed.",
        # a day without its year
        "They were published on 3 May.",
    ],
)
def test_a_following_sentence_that_is_no_remark_on_the_links_work_gives_none(following: str) -> None:
    text = EN_HEAD + f"The agency's [rent index]({URL}) shows a rise of eleven percent. {following}\n"
    assert _date(text) is None


def test_a_published_sentence_with_a_link_of_its_own_dates_that_link_only() -> None:
    text = EN_HEAD + (
        f"The agency's [rent index]({URL}) shows a rise of eleven percent. The [budget]({URL2}) was "
        "published on 3 May 2024.\n"
    )
    assert _date(text) is None


# --- Icelandic, Lithuanian, Hebrew -------------------------------------------------------------------------


def test_an_icelandic_day_its_dot_and_month() -> None:
    assert [value for _, value in month_day_matches("Seðlabankinn birti 8. maí skýrslu")] == [(5, 8, None)]
    assert [value for _, value in month_day_matches("frá 3. apríl 2023")] == [(4, 3, 2023)]
    assert [value for _, value in month_day_matches("frá 21. ágúst")] == [(8, 21, None)]


@pytest.mark.parametrize("text", ["Liðið endaði í 8. sæti", "í 3. útgáfu", "kl. 8. álit"])
def test_an_icelandic_ordinal_before_another_word_is_no_date(text: str) -> None:
    assert month_day_matches(text) == []


def test_lithuanians_e_with_a_dot_tells_its_opening() -> None:
    assert _more_languages("Kodėl Vilniuje brangsta nuoma\n\nPer metus kaina išaugo.")
    assert not _more_languages("Why rents keep rising\n\nOver the year prices rose.")
    assert not _more_languages("Pourquoi les loyers augmentent à Vilnius\n\nLes prix ont augmenté.")


def test_hebrew_on_joined_to_the_day() -> None:
    assert stated_report_day("לפי הדיווח מ-15 בינואר 2021, המחירים עלו") == (PartialDate(2021, 1, 15), "")
    assert stated_report_day("כפי שדווח ב־3 במרץ 2020 בעיתון") == (PartialDate(2020, 3, 3), "")
    assert stated_report_day("המחירים עלו מ-15 עד 20 אחוזים ב-2021") is None


# --- a footnote template's text ----------------------------------------------------------------------------


def test_a_footnote_templates_text_is_its_links_entry() -> None:
    text = (
        "'''Skerry Point''' is a headland.{{efn|Jane Roe, [" + URL + " Keys handed over], ''Courier'', "
        "18 November 2022.}}\n"
    )
    assert _date(text, "wikitext") == "2022-11-18"


def test_a_templates_lone_address_and_a_cite_inside_are_read_as_before() -> None:
    text = (
        "'''Skerry Point''' is a headland.\n\n== Links ==\n* {{URL|" + URL + "}}\n"
        "Opened.{{efn|{{cite web |url=" + URL2 + " |title=Budget |date=2021-06-30}} and 3 May 2024}}\n"
    )
    cited = {c.url: c for c in extract_citations(text, "wikitext")}
    assert cited[URL].date is None
    assert str(cited[URL2].date) == "2021-06-30"
