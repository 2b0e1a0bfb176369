"""Article dates in Galician, Maltese, Basque and Hausa prose, a second try (artdates2, art34's leftover).

The article reader reads these languages' months in running text by opt-in, language by language, in the
date forms their press writes (Galician ``9 de xaneiro de 2020``, Basque ``2020ko urtarrilaren 9an``,
Maltese ``9 ta' Jannar 2020``, Hausa ``9 ga Janairu, 2020``; Greek's genitive ``8 Ιανουαρίου 2020`` too),
and leaves alone what is another word or a name: the months of the languages not opted in stay read in a
template's date only (``tests/test_match_rules7.py`` and ``tests/test_match_rules17.py`` pin that), and an
opted-in month that is a name elsewhere (Hausa ``Maris``, ``Yuli``...) is read only after its language's
joiner (``ga``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._dates import find_dmy
from linkcheck.models import Citation, PartialDate

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
REUTERS = "https://www.reuters.com/article/us-iran-usa-missiles-idUSKBN1Z71OY"
HELDOUT = Path(__file__).parent / "fixtures" / "articles" / "heldout"


def _read(text: str, article_date: str | None = "2020-01-20") -> dict[str, Citation]:
    date = PartialDate.parse(article_date) if article_date else None
    return {c.url: c for c in extract_citations(text, "text", article_date=date)}


def _date(text: str, url: str, article_date: str | None = "2020-01-20") -> str | None:
    value = _read(text, article_date)[url].date
    return None if value is None else str(value)


# --- Galician: "9 de xaneiro de 2020", "o 8 de xaneiro" -------------------------------------------------


def test_a_galician_date_with_its_year_dates_the_report() -> None:
    text = f"Segundo informou a axencia RIA Novosti o 9 de xaneiro de 2020 {RIA} as conversas retomáronse.\n"
    assert _date(text, RIA) == "2020-01-09"


def test_a_galician_day_and_month_dates_the_report_in_the_articles_year() -> None:
    text = f"Como informou a axencia TASS o 8 de xaneiro {TASS}, os mísiles chegarán en xuño.\n"
    assert _date(text, TASS) == "2020-01-08"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Publicado o 9 de xaneiro de 2020", "2020-01-09"),
        ("Santiago, 21 de decembro de 2019", "2019-12-21"),
        ("A lei aprobouse o 3 de xullo de 2018.", "2018-07-03"),
        ("Data: 14 de febreiro de 2021", "2021-02-14"),
    ],
)
def test_find_dmy_reads_a_galician_whole_date(text: str, iso: str) -> None:
    assert str(find_dmy(text)) == iso


# --- Basque: "2020ko urtarrilaren 9an" (year first, the month in the genitive, the day in the inessive) ----


def test_a_basque_year_first_genitive_date_dates_the_report() -> None:
    text = (
        f"RIA Novosti agentziak 2020ko urtarrilaren 9an jakinarazi zuenez {RIA} "
        "negoziazioak eta salerosketa berrabiatu dira.\n"
    )
    assert _date(text, RIA) == "2020-01-09"


def test_a_basque_date_with_a_day_in_ean_and_no_year() -> None:
    text = f"TASS agentziak azaroaren 21ean jakinarazi zuenez {TASS} ez dago akordiorik eta ez da izango.\n"
    assert _date(text, TASS, "2019-11-25") == "2019-11-21"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2020ko urtarrilaren 9an", "2020-01-09"),
        ("2019ko azaroaren 21ean", "2019-11-21"),
        ("2020ko urtarrilaren 10a, ostirala", "2020-01-10"),  # the nominative day of a date line
        ("2018ko abenduaren 31n", "2018-12-31"),
        ("2021eko ekainaren 5ean", "2021-06-05"),  # "-eko" after a year read ending in a consonant
    ],
)
def test_find_dmy_reads_a_basque_whole_date(text: str, iso: str) -> None:
    assert str(find_dmy(text)) == iso


# --- Maltese: "9 ta' Jannar 2020" ------------------------------------------------------------------------


def test_a_maltese_date_with_ta_dates_the_report() -> None:
    text = f"Skont l-aġenzija RIA Novosti, fid-9 ta' Jannar 2020 {RIA} it-taħdidiet reġgħu bdew.\n"
    assert _date(text, RIA) == "2020-01-09"


def test_a_maltese_date_with_ta_and_no_year() -> None:
    text = f"Skont l-aġenzija TASS fit-8 ta' Jannar {TASS}, l-Iraq se jixtri l-missili.\n"
    assert _date(text, TASS) == "2020-01-08"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Ippubblikat: 9 ta' Jannar 2020", "2020-01-09"),
        ("Ippubblikat: 9 ta’ Jannar 2020", "2020-01-09"),  # the typographic apostrophe
        ("Il-Ħamis 12 ta' Diċembru 2019", "2019-12-12"),
        ("Aġġornat 3 ta' Lulju 2018", "2018-07-03"),
    ],
)
def test_find_dmy_reads_a_maltese_whole_date(text: str, iso: str) -> None:
    assert str(find_dmy(text)) == iso


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


# --- Hausa: "9 ga Janairu, 2020", "ranar 9 ga watan Janairu", "9 Janairu 2020", "Janairu 9, 2020" ------


def test_a_hausa_date_with_ga_dates_the_report() -> None:
    text = f"Kamfanin dillancin labarai na RIA Novosti ya ruwaito ranar 9 ga Janairu, 2020 {RIA} cewa Iraq.\n"
    assert _date(text, RIA) == "2020-01-09"


def test_a_hausa_date_with_ga_watan_and_no_year() -> None:
    text = f"Kamfanin TASS ya ruwaito ranar 8 ga watan Janairu {TASS} cewa Iraq za ta sayi makamai.\n"
    assert _date(text, TASS) == "2020-01-08"


def test_a_hausa_date_written_month_first_dates_the_report() -> None:
    text = f"Kamfanin dillancin labarai na RIA Novosti ya ruwaito a Janairu 9, 2020 {RIA} cewa Iraq.\n"
    assert _date(text, RIA) == "2020-01-09"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("An wallafa ranar 9 ga Janairu, 2020", "2020-01-09"),
        ("ranar Litinin 16 ga watan Disamba, 2019", "2019-12-16"),
        ("An sabunta: 9 Janairu 2020", "2020-01-09"),  # the day first without "ga", as BBC Hausa writes it
        ("ranar 12 ga Maris, 2022", "2022-03-12"),  # "Maris", a name elsewhere, after "ga"
        ("ranar 3 ga watan Yuli 2021", "2021-07-03"),
    ],
)
def test_find_dmy_reads_a_hausa_whole_date(text: str, iso: str) -> None:
    assert str(find_dmy(text)) == iso


# --- Greek, whose months are no other word: the genitive with its year ------------------------------------


def test_a_greek_genitive_month_with_its_year_dates_a_reference() -> None:
    text = f"Σύμφωνα με το πρακτορείο TASS, που ανέφερε στις 8 Ιανουαρίου 2020 {TASS}, η συμφωνία ισχύει.\n"
    assert _date(text, TASS) == "2020-01-08"


# --- Estonian, whose months are no other word of the languages read: "3. juuni 2021" ------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Transpordiamet, 3. juuni 2021.", "2021-06-03"),
        ("Avaldatud 14. veebruar 2022", "2022-02-14"),
        ("Tallinn, 21. detsember 2019", "2019-12-21"),
    ],
)
def test_find_dmy_reads_an_estonian_whole_date(text: str, iso: str) -> None:
    assert str(find_dmy(text)) == iso


def test_an_estonian_date_dates_a_free_form_reference() -> None:
    # A reference written without a template, as Estonian Wikipedia's often are: the source, then its date.
    text = f"Viited\n\n* „Majakad suletakse“. – ERR, 3. märts 2021. {TASS}\n"
    assert _date(text, TASS, "2021-03-10") == "2021-03-03"


# --- the seed-shaped stories of the thirty-fourth held-out batch ------------------------------------------


def _heldout(name: str, fmt: str) -> dict[str, Citation]:
    text = (HELDOUT / name).read_text(encoding="utf-8")
    return {c.url: c for c in extract_citations(text, fmt)}


def test_the_galician_story_dates_reuters_by_its_day_and_month() -> None:
    cited = _heldout("b34_seed_gl_novas.html", "html")
    assert str(cited[REUTERS].date) == "2020-01-08"  # "como informou Reuters o 8 de xaneiro"


def test_the_maltese_story_has_its_date_line_and_dates_ria_by_its_weekday() -> None:
    cited = _heldout("b34_seed_mt_ahbarijiet.txt", "text")
    first = next(iter(cited.values()))
    assert first.article is not None
    assert str(first.article.date) == "2020-01-10"  # "Il-Ġimgħa, 10 ta' Jannar 2020, 11:05"
    assert str(cited[RIA].date) == "2020-01-09"  # "nhar il-Ħamis", the Thursday before


def test_the_hausa_chat_log_dates_reuters() -> None:
    # artdates3: the log's <title> 'Conversation with ... at Fri 10 Jan 2020 ...' is its date now.
    cited = _heldout("b34_seed_ha_pidgin.html", "html")
    assert str(cited[REUTERS].date) == "2020-01-08"


# --- left alone --------------------------------------------------------------------------------------------


def test_a_capitalised_month_word_after_a_number_in_english_is_no_date() -> None:
    # "Mayu" (Hausa's May) and "Mee" (Luxembourgish's May, in Basque's and Galician's list) capitalised
    # after a number in English prose are names, not months: only a joiner or a year makes them a date.
    text = f"The 3 Mayu brothers said so {RIA} and 2 Mee Street agreed {TASS}.\n"
    cited = _read(text)
    assert cited[RIA].date is None
    assert cited[TASS].date is None


@pytest.mark.parametrize(
    "text",
    [
        "Kiosk 21 Agusta 2024 sale.",  # Hausa's August: the helicopter maker, a surname
        "Lot 12 Maris 2022 seed potatoes.",  # Hausa's March: a name (Maris Piper, Māris)
        "Photo 3 Yuli 2021 Gurriel at bat.",  # Hausa's July: a given name
        "Track 5 Mayu 2019 remix.",  # Hausa's May: a given name
        "Episode 7 Yuni 2020 special.",  # Hausa's June: a given name
        "They met on 21 novanm 2024 in the capital.",  # Haitian Creole: not opted in
        "Sovinto 5 maaliskuuta 2024 allekirjoitettiin",  # Finnish: not opted in
        "Kiosk 21 jasypa 2024 sale.",  # Guarani: not opted in
    ],
)
def test_a_name_or_a_language_not_opted_in_between_a_day_and_a_year_is_no_date(text: str) -> None:
    assert find_dmy(text) is None


def test_a_capitalised_galician_month_without_a_year_is_a_name() -> None:
    # A street or square named for a day ("a rúa 8 de Xaneiro", as "Calle 2 de Mayo"): Galician writes its
    # months in lower case, so a capitalised one without a year is no date.
    text = f"A manifestación saíu da rúa 8 de Xaneiro e a axencia TASS informou {TASS} dos feitos.\n"
    assert _date(text, TASS) is None


def test_a_basque_genitive_that_is_no_month_is_no_date() -> None:
    # "gobernuaren 9" ("the government's 9"): a genitive before a number that is no month's.
    text = f"Gobernuaren 9 neurriak aurkeztu ditu TASS agentziak {TASS} gaur eta bihar.\n"
    assert _date(text, TASS) is None


def test_a_day_and_a_maltese_word_that_is_no_month_is_no_date() -> None:
    # "ta'" then an ordinary word ("9 ta' snin": "9 years' worth"): no month, no date.
    text = f"Wara 9 ta' snin, l-aġenzija TASS {TASS} ħabbret il-ftehim.\n"
    assert _date(text, TASS) is None


def test_a_hausa_joiner_before_a_word_of_a_language_not_opted_in_is_no_date() -> None:
    assert find_dmy("ranar 21 ga novanm 2024") is None  # Haitian Creole's November, not Hausa's


# --- the table ------------------------------------------------------------------------------------------


def test_the_opt_in_table_is_built_from_the_month_lists() -> None:
    from linkcheck import months
    from linkcheck.articles import _dates

    every = months.month_table(months.LISTS)
    opt_in = months.PROSE_OPT_IN
    assert {"gl", "eu", "mt", "ha", "el", "et"} <= set(opt_in)  # and artdates3's (test_articles_rules_dates3)
    for language, words in opt_in.items():
        assert words, language
        for word in words.split():
            assert word in every, (language, word)
    # Each word of the reader's table is a month of the lists, with the same month.
    for word, number in _dates.OPT_IN_MONTHS.items():
        assert every[word] == number
    # No word of a language not opted in (the months test_match_rules7 and 17 pin as template-only).
    pinned = ("maaliskuuta", "novanm", "jasypa", "jasypateĩ", "чӳк", "gener", "maig", "juny", "mee", "mas")
    for word in pinned:
        assert word not in _dates.OPT_IN_MONTHS


def test_the_opt_in_exclusions_are_pinned() -> None:
    from linkcheck import months
    from linkcheck.articles import _dates

    # Hausa months that are names or words elsewhere: read only after Hausa's "ga", never bare.
    names = months.PROSE_OPT_IN_NAMES
    assert names == frozenset({"maris", "mayu", "yuni", "yuli", "agusta"})
    assert all(word in months.PROSE_OPT_IN["ha"].split() for word in months.PROSE_OPT_IN_NAMES)
    assert not months.PROSE_OPT_IN_NAMES & set(_dates.OPT_IN_BARE_MONTHS)
    # Short forms (three letters or fewer: Greek "ιαν", "μαρ") are left out: abbreviations in prose.
    assert all(len(word) > 3 for word in _dates.OPT_IN_MONTHS)
