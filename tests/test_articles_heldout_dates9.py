"""Held-out dates of citations for artdates9, written before reading the ``src`` that reads them.

Each case is a sentence, a reference entry or a footnote in the shape its press writes it, with the date a
careful reader would give the citation (or none):

- quarters spelled out in words where a citation's date goes ("published in the third quarter of 2023",
  ``|date=Third quarter 2023``, "опубликованном во втором квартале 2023 года", "publiée au troisième
  trimestre 2023"): a citation's date is a day, a month or a year, so a quarter gives its year. A quarter
  that is the period of the news itself ("GDP grew in the third quarter of 2023, Reuters reported") or of
  a title's edition says nothing of when the cited page appeared: no date;
- a journal issue's designators followed by a year ("Vol. 12, No. 3, 2023", "Т. 12, № 3, 2023", "Jg. 12,
  Nr. 3, 2023", "vol. 12, n° 3, 2023"): the year, never a month (the issue's number is no month); a month
  or a day the entry states elsewhere is kept; an issue with no year gives nothing;
- Hebrew dates in a footnote's or a reference's free text (``31 במאי 2018``: a day, the month after the
  preposition ``ב``, a year), as the held-out b24 Hebrew Wikipedia footnote writes them;
- a short sentence after the link's own that says when the linked data or report was published (Latvian
  ``Dati publicēti 2024. gada 29. februārī.``, as the held-out b12_lv; English, German); controls: the
  next sentence has a link of its own, says no publication, or the link's sentence is dated already;
- Icelandic ``8. maí`` (the held-out b12_is) and Lithuanian ``balandžio 25 d.`` (the held-out b11_lt) in
  running text, read against the article's date.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate

HELDOUT = Path(__file__).parent / "fixtures" / "articles" / "heldout"
URL = "https://www.example.org/reports/outlook-2023"
URL2 = "https://www.example.net/news/figures-released"


def _cited(text: str, fmt: str, article_date: str | None = None) -> dict[str, Citation]:
    date = PartialDate.parse(article_date) if article_date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=date)}


def _date(text: str, fmt: str, url: str = URL, article_date: str | None = None) -> str | None:
    value = _cited(text, fmt, article_date)[url].date
    return None if value is None else str(value)


# --- quarters spelled out -------------------------------------------------------------------------------

EN_HEAD = "# Why hiring has cooled across the country\n\n"
RU_HEAD = "# Почему спрос на жильё снизился в этом году\n\n"
FR_HEAD = "# Pourquoi l'activité ralentit dans le pays\n\n"
DE_HEAD = "# Warum die Wirtschaft in diesem Jahr schwächelt\n\n"
ES_HEAD = "# Por qué la economía se frena este año\n\n"

QUARTERS = [
    (
        "en-prose",
        EN_HEAD + f"The [Business Outlook Survey]({URL}), published in the third quarter of 2023, found that "
        "hiring plans had cooled.\n",
        "markdown",
        "2023",
    ),
    (
        "ru-prose",
        RU_HEAD
        + f"Как говорится в [обзоре Банка России]({URL}), опубликованном во втором квартале 2023 года, "
        "спрос на ипотеку снизился.\n",
        "markdown",
        "2023",
    ),
    (
        "fr-prose",
        FR_HEAD + f"Selon la [note de conjoncture]({URL}) publiée au troisième trimestre 2023, l'activité "
        "ralentit dans l'industrie.\n",
        "markdown",
        "2023",
    ),
    (
        "de-prose",
        DE_HEAD + f"Der [Monatsbericht der Bundesbank]({URL}), im dritten Quartal 2023 veröffentlicht, zeigt "
        "eine schwache Industrie.\n",
        "markdown",
        "2023",
    ),
    (
        "es-prose",
        ES_HEAD
        + f"El [informe del Banco de España]({URL}), publicado en el tercer trimestre de 2023, señala "
        "que el consumo se ha moderado.\n",
        "markdown",
        "2023",
    ),
    (
        "en-cite-web",
        "'''Hiring''' cooled in 2023.<ref>{{cite web |url=" + URL + " |title=Business Outlook Survey "
        "|publisher=Bank of Canada |date=Third quarter 2023 |access-date=2024-01-05}}</ref>\n",
        "wikitext",
        "2023",
    ),
    (
        "en-entry",
        EN_HEAD + "## References\n\n- Bank of Canada. *Business Outlook Survey*. Published in the fourth "
        f"quarter of 2023. <{URL}>\n",
        "markdown",
        "2023",
    ),
]


@pytest.mark.parametrize(("text", "fmt", "iso"), [q[1:] for q in QUARTERS], ids=[q[0] for q in QUARTERS])
def test_a_spelled_out_quarter_where_the_date_goes_gives_its_year(text: str, fmt: str, iso: str) -> None:
    assert _date(text, fmt) == iso


QUARTER_CONTROLS = [
    (
        "news-period",
        EN_HEAD + f"The economy grew 0.3% in the third quarter of 2023, [Reuters]({URL}) reported.\n",
        "markdown",
    ),
    (
        "no-year",
        EN_HEAD + f"Shares fell after the bank's [third-quarter results]({URL}) disappointed investors.\n",
        "markdown",
    ),
    (
        "title-edition",
        EN_HEAD
        + f"## References\n\n- Statistics Canada. *Labour Force Survey, third quarter of 2023*. <{URL}>\n",
        "markdown",
    ),
]


@pytest.mark.parametrize(
    ("text", "fmt"), [q[1:] for q in QUARTER_CONTROLS], ids=[q[0] for q in QUARTER_CONTROLS]
)
def test_a_quarter_that_is_no_date_of_the_citation_gives_none(text: str, fmt: str) -> None:
    assert _date(text, fmt) is None


# --- a journal issue and its year ---------------------------------------------------------------------------

DOI = "https://doi.org/10.1234/jcr.2023.12.3.45"

ISSUES = [
    (
        "en",
        EN_HEAD + '## References\n\n- Smith, J. "Coastal erosion in Wales". *Journal of Coastal Research*, '
        f"Vol. 12, No. 3, 2023, pp. 45–67. {DOI}\n",
        "2023",
    ),
    (
        "en-lowercase",
        EN_HEAD + "## References\n\n1. Jones, A. Tidal flats of the Severn. *Estuarine Studies*, vol. 8, "
        f"no. 11, 2021, pp. 101–119. <{DOI}>\n",
        "2021",
    ),
    (
        "ru",
        RU_HEAD + "## Литература\n\n1. Иванов И. И. Эрозия морских берегов // Вестник МГУ. Т. 12, № 3, 2023. "
        f"С. 45–67. URL: {DOI}\n",
        "2023",
    ),
    (
        "de",
        DE_HEAD + "## Literatur\n\n- Müller, A.: Küstenerosion an der Ostsee. In: Zeitschrift für "
        f"Geomorphologie, Jg. 12, Nr. 3, 2023, S. 45–67. {DOI}\n",
        "2023",
    ),
    (
        "fr",
        FR_HEAD + "## Bibliographie\n\n- Dupont, M., « L'érosion du littoral breton », Revue de géographie, "
        f"vol. 12, n° 3, 2023, p. 45-67, {DOI}\n",
        "2023",
    ),
    (
        "es",
        ES_HEAD
        + "## Bibliografía\n\n- García, L. «Erosión costera en Cantabria». Revista de Geografía, vol. 12, "
        f"núm. 3, 2023, pp. 45-67. {DOI}\n",
        "2023",
    ),
    (
        "month-kept",
        EN_HEAD + '## References\n\n- Smith, J. "Coastal erosion". *Journal of Coastal Research*, Vol. 12, '
        f"No. 3 (March 2023), pp. 45–67. {DOI}\n",
        "2023-03",
    ),
    (
        "apa-day-kept",
        EN_HEAD
        + "## References\n\n- Smith, J. (2023, March 5). Coastal erosion. *Coastal Bulletin*, Vol. 12, "
        f"No. 3, 2023. {DOI}\n",
        "2023-03-05",
    ),
]


@pytest.mark.parametrize(("text", "iso"), [i[1:] for i in ISSUES], ids=[i[0] for i in ISSUES])
def test_a_journal_issue_and_its_year(text: str, iso: str) -> None:
    assert _date(text, "markdown", DOI) == iso


ISSUE_CONTROLS = [
    (
        "no-year",
        EN_HEAD + '## References\n\n- Smith, J. "Coastal erosion". *Journal of Coastal Research*, Vol. 12, '
        f"No. 3, pp. 45–67. {DOI}\n",
    ),
    (
        "pages-not-year",
        EN_HEAD + '## References\n\n- Smith, J. "Coastal erosion". *Journal of Coastal Research*, Vol. 12, '
        f"No. 3, 45–67. {DOI}\n",
    ),
]


@pytest.mark.parametrize("text", [i[1] for i in ISSUE_CONTROLS], ids=[i[0] for i in ISSUE_CONTROLS])
def test_a_journal_issue_with_no_year_gives_none(text: str) -> None:
    assert _date(text, "markdown", DOI) is None


# --- Hebrew dates in free text ------------------------------------------------------------------------------

HE_HEAD = "'''פארק העיר''' הוא פארק עירוני בצפון העיר.\n\n"


def test_the_hebrew_wiki_footnotes_date_after_its_outlet() -> None:
    text = (HELDOUT / "b24_hewiki_kishur.wiki").read_text(encoding="utf-8")
    assert (
        str(_cited(text, "wikitext")["https://www.ecomag.example.co.il/articles/4521"].date) == "2018-05-31"
    )


HEBREW = [
    (
        "footnote-december",
        HE_HEAD + "העירייה אישרה את התוכנית.{{הערה|יוסי כהן, [" + URL + ' "התוכנית אושרה"], '
        "'''ידיעות הצפון''', 4 בדצמבר 2020}}\n",
        "wikitext",
        "2020-12-04",
    ),
    (
        "ref-october",
        HE_HEAD + "הגשר נסגר לתנועה.<ref>[" + URL + " הגשר נסגר], הארץ, 7 באוקטובר 2022</ref>\n",
        "wikitext",
        "2022-10-07",
    ),
    (
        "ref-mars-spelling",
        HE_HEAD + "התחנה נפתחה.<ref>[" + URL + " התחנה נפתחה], מעריב, 2 במרס 2017</ref>\n",
        "wikitext",
        "2017-03-02",
    ),
    (
        "markdown-prose",
        "# למה עלו מחירי השכירות בעיר\n\nלפי [הדיווח בגלובס](" + URL + ") מ-15 בינואר 2021, מחירי השכירות "
        "עלו בעשרה אחוזים.\n",
        "markdown",
        "2021-01-15",
    ),
]


@pytest.mark.parametrize(("text", "fmt", "iso"), [h[1:] for h in HEBREW], ids=[h[0] for h in HEBREW])
def test_a_hebrew_day_month_and_year_in_free_text(text: str, fmt: str, iso: str) -> None:
    assert _date(text, fmt) == iso


def test_a_hebrew_word_that_starts_like_a_month_is_no_date() -> None:
    # במרכזים: "in the centres", which opens with the letters of מרץ's first two
    text = HE_HEAD + "הפארק פתוח.{{הערה|[" + URL + ' "שעות הפתיחה"], ' + "'''חדשות הגליל''', 12 במרכזים}}\n"
    assert _date(text, "wikitext") is None


# --- a publication sentence after the link's ---------------------------------------------------------------


def test_the_latvian_storys_data_published_sentence() -> None:
    text = (HELDOUT / "b12_lv_blogs.md").read_text(encoding="utf-8")
    url = "https://stat.gov.lv/lv/statistikas-temas/iedzivotaji/majoklis/preses-relizes/19876-majoklu-ires-cenas-2023"
    assert str(_cited(text, "markdown")[url].date) == "2024-02-29"


LV_HEAD = "# Kāpēc Rīgā dārgst īre\n\n"

PUBLISHED_NEXT = [
    (
        "lv",
        LV_HEAD + f"Latvijas Bankas [pārskats]({URL}) rāda, ka mājokļu pieejamība pasliktinās. Pārskats "
        "publicēts 2023. gada 12. decembrī.\n",
        "2023-12-12",
    ),
    (
        "en",
        EN_HEAD
        + f"The statistics office's [latest figures]({URL}) show rents above eight euros a square metre. "
        "The figures were published on 29 February 2024.\n",
        "2024-02-29",
    ),
    (
        "de",
        DE_HEAD
        + f"Die [neuesten Zahlen]({URL}) des Statistikamts zeigen einen Anstieg der Mieten. Sie wurden am "
        "29. Februar 2024 veröffentlicht.\n",
        "2024-02-29",
    ),
]


@pytest.mark.parametrize(("text", "iso"), [p[1:] for p in PUBLISHED_NEXT], ids=[p[0] for p in PUBLISHED_NEXT])
def test_a_published_sentence_after_the_links_dates_it(text: str, iso: str) -> None:
    assert _date(text, "markdown") == iso


def test_a_published_sentence_with_its_own_link_dates_only_that_link() -> None:
    text = EN_HEAD + (
        f"The statistics office's [latest figures]({URL}) show rents above eight euros a square metre. "
        f"The series was published on 29 February 2024 by [Eurostat]({URL2}).\n"
    )
    assert _date(text, "markdown") is None


def test_a_next_sentence_that_publishes_nothing_gives_no_date() -> None:
    text = EN_HEAD + (
        f"The statistics office's [latest figures]({URL}) show rents above eight euros a square metre. "
        "Rents had been seven euros on 29 February 2024.\n"
    )
    assert _date(text, "markdown") is None


def test_a_links_own_date_is_kept_before_a_published_sentence() -> None:
    text = EN_HEAD + (
        f"The statistics office [reported]({URL}) on 3 March 2024 that rents rose again. "
        "The underlying figures were published on 29 February 2024.\n"
    )
    assert _date(text, "markdown") == "2024-03-03"


# --- Icelandic and Lithuanian months in running text --------------------------------------------------------


def test_the_icelandic_storys_central_bank_report() -> None:
    text = (HELDOUT / "b12_is_frettir.txt").read_text(encoding="utf-8")
    url = "https://www.sedlabanki.is/utgefid-efni/fjarmalastodugleiki/fjarmalastodugleiki-2024-1/"
    assert str(_cited(text, "text")[url].date) == "2024-05-08"


IS_HEAD = (
    "Verðbólga hjaðnar þriðja mánuðinn í röð\n\nBirt 29. maí 2024 kl. 09:15\nEftir Jón Sigurðsson\n\n"
    "REYKJAVÍK. Tólf mánaða verðbólga mældist 6,0 prósent í maí.\n\n"
)

ICELANDIC = [
    ("day-month", IS_HEAD + f"Hagstofan birti 12. mars nýjar tölur um verðbólgu: {URL}\n", "2024-03-12"),
    (
        "full-date",
        IS_HEAD + f"Samkvæmt frétt RÚV frá 3. apríl 2023 hefur leiga hækkað ({URL}).\n",
        "2023-04-03",
    ),
    ("control-rank", IS_HEAD + f"Liðið endaði í 8. sæti í deildinni: {URL}\n", None),
]


@pytest.mark.parametrize(("text", "iso"), [i[1:] for i in ICELANDIC], ids=[i[0] for i in ICELANDIC])
def test_an_icelandic_day_and_month(text: str, iso: str | None) -> None:
    assert _date(text, "text") == iso


def test_the_lithuanian_storys_bank_review() -> None:
    text = (HELDOUT / "b11_lt_blogas.md").read_text(encoding="utf-8")
    assert str(
        _cited(text, "markdown")["https://www.lb.lt/lt/leidiniai/busto-rinkos-apzvalga-2024"].date
    ) == ("2024-04-25")


LT_HEAD = (
    '---\ntitle: "Kodėl Vilniuje brangsta nuoma"\ndate: 2024-05-21\n---\n\n'
    + "# Kodėl Vilniuje brangsta nuoma\n\n"
)

LITHUANIAN = [
    (
        "month-day",
        LT_HEAD + f"Kaip kovo 12 d. pranešė [BNS]({URL}), nuomos kainos sostinėje ir toliau kyla.\n",
        "2024-03-12",
    ),
    (
        "full-date",
        LT_HEAD + f"[Ataskaita]({URL}), paskelbta 2023 m. gruodžio 5 d., rodo, kad pasiūla mažėja.\n",
        "2023-12-05",
    ),
    (
        "control-days",
        LT_HEAD + f"[LRT]({URL}) rašė apie 25 d. trukusį streiką ir jo pasekmes.\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "iso"), [li[1:] for li in LITHUANIAN], ids=[li[0] for li in LITHUANIAN])
def test_a_lithuanian_month_and_day(text: str, iso: str | None) -> None:
    assert _date(text, "markdown") == iso
