"""Article dates in Maltese, Basque, Galician and Hausa (artdates1, art34's leftover): the prose reader
reads the months the page extractor already knows in these languages, in the date forms their press writes,
each on a small string of our own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._dates import find_dmy
from linkcheck.models import Citation, PartialDate

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"


def _read(text: str, article_date: str | None = "2020-01-20") -> dict[str, Citation]:
    date = PartialDate.parse(article_date) if article_date else None
    return {c.url: c for c in extract_citations(text, "text", article_date=date)}


# --- Galician: "9 de xaneiro de 2020", "o 9 de xaneiro"


def test_a_galician_date_with_its_year_dates_the_report() -> None:
    text = f"Segundo informou a axencia RIA Novosti o 9 de xaneiro de 2020 {RIA} as conversas retomáronse.\n"
    assert str(_read(text)[RIA].date) == "2020-01-09"


def test_a_galician_day_and_month_date_the_report_in_the_articles_year() -> None:
    text = f"A axencia TASS publicou o 8 de xaneiro {TASS} que os mísiles chegarán en xuño.\n"
    assert str(_read(text)[TASS].date) == "2020-01-08"


# --- Basque: "2020ko urtarrilaren 9an" (year first, the month in the genitive, the day in the inessive)


def test_a_basque_year_first_genitive_date_dates_the_report() -> None:
    text = (
        f"RIA Novosti agentziak 2020ko urtarrilaren 9an jakinarazi zuenez {RIA} "
        "negoziazioak eta salerosketa berrabiatu dira."
    )
    assert str(_read(text)[RIA].date) == "2020-01-09"


def test_a_basque_date_with_a_day_in_ean_and_no_year() -> None:
    text = f"TASS agentziak azaroaren 21ean jakinarazi zuenez {TASS} ez dago akordiorik eta ez da izango.\n"
    assert str(_read(text, "2019-11-25")[TASS].date) == "2019-11-21"


def test_find_dmy_reads_a_basque_whole_date() -> None:
    assert str(find_dmy("2020ko urtarrilaren 9an")) == "2020-01-09"
    assert str(find_dmy("2019ko azaroaren 21ean")) == "2019-11-21"


# --- Maltese: "9 ta' Jannar 2020"


def test_a_maltese_date_with_ta_dates_the_report() -> None:
    text = f"Skont l-aġenzija RIA Novosti, fid-9 ta' Jannar 2020 {RIA} it-taħdidiet reġgħu bdew.\n"
    assert str(_read(text)[RIA].date) == "2020-01-09"


def test_a_maltese_date_with_ta_and_no_year() -> None:
    text = f"Skont l-aġenzija TASS fit-8 ta' Jannar {TASS}, l-Iraq se jixtri l-missili.\n"
    assert str(_read(text)[TASS].date) == "2020-01-08"


def test_find_dmy_reads_a_maltese_whole_date() -> None:
    assert str(find_dmy("Ippubblikat: 9 ta' Jannar 2020")) == "2020-01-09"


# --- Hausa: "9 ga Janairu, 2020", "ranar 9 ga watan Janairu"


def test_a_hausa_date_dates_the_report() -> None:
    text = (
        f"Kamfanin dillancin labarai na RIA Novosti ya ruwaito ranar 9 ga Janairu, 2020 {RIA} cewa Iraq ta."
    )
    assert str(_read(text)[RIA].date) == "2020-01-09"


def test_a_hausa_date_with_watan_and_no_year() -> None:
    text = f"Kamfanin TASS ya ruwaito ranar 8 ga watan Janairu {TASS} cewa Iraq za ta sayi makamai.\n"
    assert str(_read(text)[TASS].date) == "2020-01-08"


# --- left alone


def test_a_capitalised_month_word_after_a_number_in_english_is_no_date() -> None:
    # "Mayu" (Hausa's May) and "Mee" (Luxembourgish's May, in Basque's and Galician's list) capitalised
    # after a number in English prose are names, not months: only a joiner or a year makes them a date.
    text = f"The 3 Mayu brothers said so {RIA} and 2 Mee Street agreed {TASS}.\n"
    cited = _read(text)
    assert cited[RIA].date is None
    assert cited[TASS].date is None


def test_a_basque_genitive_that_is_no_month_is_no_date() -> None:
    # "gobernuaren 9" ("the government's 9"): a genitive before a number that is no month's.
    text = f"Gobernuaren 9 neurriak aurkeztu ditu TASS agentziak {TASS} gaur.\n"
    assert _read(text)[TASS].date is None


def test_a_day_and_a_lower_case_maltese_word_that_is_no_month_is_no_date() -> None:
    # "ta'" then an ordinary word ("9 ta' snin": "9 years' worth"): no month, no date.
    text = f"Wara 9 ta' snin, l-aġenzija TASS {TASS} ħabbret il-ftehim.\n"
    assert _read(text)[TASS].date is None


# --- a date line in those languages gives a plain text its own date


def test_a_maltese_date_line_is_the_articles_date() -> None:
    text = (
        "L-Iraq jerġa' jibda t-taħdidiet mar-Russja\n\n"
        "Il-Ġimgħa, 10 ta' Jannar 2020, 11:05\n\n"
        f"Il-membru tal-parlament qal lill-aġenzija RIA Novosti nhar il-Ħamis {RIA} li t-taħdidiet bdew.\n"
    )
    cited = extract_citations(text, "text")
    assert cited[0].article is not None
    assert str(cited[0].article.date) == "2020-01-10"
    # The Thursday before the article's Friday, read against the date line.
    assert str({c.url: c for c in cited}[RIA].date) == "2020-01-09"


def test_a_sentence_with_a_maltese_date_is_no_date_line() -> None:
    text = (
        "L-Iraq jerġa' jibda t-taħdidiet mar-Russja\n\n"
        "Il-Ġimgħa li għaddiet, il-ministru qal li fl-10 ta' Jannar 2020 kien hemm laqgħa twila ħafna.\n\n"
        f"Il-membru qal lill-aġenzija RIA Novosti {RIA} li t-taħdidiet bdew.\n"
    )
    cited = extract_citations(text, "text")
    assert cited[0].article is None or cited[0].article.date is None


# --- the same rule reads the extractor's other languages between a day and a year


def test_a_greek_genitive_month_with_its_year_dates_a_reference() -> None:
    text = f"Σύμφωνα με το πρακτορείο TASS, που ανέφερε στις 8 Ιανουαρίου 2020 {TASS}, η συμφωνία ισχύει.\n"
    assert str(_read(text)[TASS].date) == "2020-01-08"


def test_the_day_first_table_is_the_page_extractors_months_by_language_list() -> None:
    from linkcheck.articles import _dates
    from linkcheck.extract import tables

    # Every month word the page extractor reads in a page's text is read by the article reader between a
    # day and a year (but the short forms left out of the field table as English words after a number).
    article_words = set(_dates.MONTHS) | set(_dates.FIELD_MONTHS) | set(_dates.PAGE_MONTHS)
    assert set(tables.MONTHS) - article_words == {"gen", "mag", "giu", "lug", "out", "adar"} & set(
        tables.MONTHS
    )
    for word, number in _dates.PAGE_MONTHS.items():
        assert tables.MONTHS[word] == number
    for language_word in ("xaneiro", "urtarrila", "jannar", "janairu", "ιανουαρίου"):
        assert language_word in _dates.PAGE_MONTHS
