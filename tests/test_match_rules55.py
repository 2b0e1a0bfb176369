"""Rules added after the fifty-fifth held-out matching batch (docs/benchmarks.md, "The fifty-fifth held-out
matching batch (match55)"): Russian, Ukrainian and Arabic ordinals written out are ordinals
(``match._ordinals``, so ``_ordinal_swapped`` makes another one a failure), and a count written out is no
name where a sentence opens (``match._name_swap``); a page's title cut at a length is compared with the
cited title cut alike for a name swap (``match._cut_alike``); another edition of the site's brand is
another outlet (``names._sibling_edition``)."""

from __future__ import annotations

import pytest

from linkcheck import match, names

READING_3 = "Госдума приняла бюджет на 2025 год в третьем чтении"
READING_2 = "Госдума приняла бюджет на 2025 год во втором чтении"
DAY_3 = "انقطاع الكهرباء عن كوبا بالكامل لليوم الثالث على التوالي"
DAY_2 = "انقطاع الكهرباء عن كوبا بالكامل لليوم الثاني على التوالي"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (READING_3, {"3"}),
        (READING_2, {"2"}),
        ("Рада ухвалила закон у першому читанні", {"1"}),
        ("Сборная России в пятый раз выиграла турнир", {"5"}),
        (DAY_3, {"3"}),
        (DAY_2, {"2"}),
        ("انطلاق الدورة العاشرة لمعرض الكتاب", {"10"}),
        ("فازت بالمرة الأولى في تاريخها", {"1"}),
    ],
)
def test_written_ordinals_are_read(title: str, expected: set[str]) -> None:
    assert match._ordinals(title) == frozenset(expected)


@pytest.mark.parametrize(
    "title",
    [
        "Более пяти человек пострадали при пожаре в Москве",  # a cardinal's genitive
        "Две трети россиян одобряют решение",  # a fraction
        "مؤتمر المناخ يبدأ في 27 تشرين الأول",  # October, a month's name
        "الحكومة تعلن الخطة الجديدة",  # no ordinal
    ],
)
def test_words_that_are_no_ordinals(title: str) -> None:
    assert match._ordinals(title) == frozenset()


def test_a_quarter_is_no_fourth() -> None:
    assert match._ordinals("Рост ВВП в первой четверти века") == frozenset({"1"})


def test_another_reading_is_an_ordinal_swap() -> None:
    assert match._ordinal_swapped(READING_2, READING_3)


def test_another_day_in_arabic_is_an_ordinal_swap() -> None:
    assert match._ordinal_swapped(DAY_2, DAY_3)


def test_same_ordinal_written_two_ways_is_no_swap() -> None:
    assert not match._ordinal_swapped("Госдума приняла бюджет в 3-м чтении", READING_3)
    assert not match._ordinal_swapped(READING_3, READING_3.replace("Госдума", "Дума"))


def test_arabic_month_ordinal_is_no_swap() -> None:
    a = "مؤتمر المناخ يبدأ في 27 تشرين الأول في باكو"
    b = "مؤتمر المناخ يبدأ في 27 تشرين الثاني في باكو"
    assert not match._ordinal_swapped(a, b)


def test_count_written_out_is_no_first_word_swap() -> None:
    cited, page = (
        "Siete claves del acuerdo de financiación autonómica",
        "Las 7 claves del acuerdo de financiación autonómica",
    )
    assert match._name_swap(cited, page, (), ()) is None
    assert match.title_score(cited, page) >= 0.88


def test_first_word_swap_kept_for_names() -> None:
    # a control: two capitalised first words, neither a count, in sentence case
    cited = "Sevilla aprueba el nuevo plan de vivienda para jóvenes"
    page = "Valencia aprueba el nuevo plan de vivienda para jóvenes"
    assert match._name_swap(cited, page, (), ()) is not None


CUT_PAGE = "Le gouvernement de Michel Barnier renversé par une motion de censure votée par [...]"
WHOLE = "Le gouvernement de Michel Barnier renversé par une motion de censure votée par 331 députés"


def test_another_name_before_a_cut_is_a_swap() -> None:
    cited = WHOLE.replace("Michel Barnier", "Gabriel Attal")
    assert match._name_swap(cited, CUT_PAGE, (), ()) == ("name", "Gabriel Attal", "Michel Barnier")


@pytest.mark.parametrize("mark", ["...", "…", " …", " (...)", " […]"])
def test_cut_marks_are_read(mark: str) -> None:
    page = "Le gouvernement de Michel Barnier renversé par une motion de censure votée par" + mark
    assert match._cut_alike(WHOLE, page) == (WHOLE.rsplit(" ", 2)[0], page[: -len(mark)].rstrip())


def test_the_whole_headline_for_a_cut_one_is_no_swap() -> None:
    assert match._name_swap(WHOLE, CUT_PAGE, (), ()) is None


def test_a_word_cut_inside_is_dropped() -> None:
    cited = "Sejm przyjął ustawę o asystencji osobistej. Głosowało 440 posłów"
    page = "Sejm przyjął ustawę o asystencji osobistej. Głosow…"
    assert match._cut_alike(cited, page) == ("Sejm przyjął ustawę o asystencji osobistej.",) * 2


def test_no_cut_no_reading() -> None:
    assert match._cut_alike(WHOLE, WHOLE) is None
    assert match._cut_alike(CUT_PAGE, CUT_PAGE) is None  # the cited title is cut too
    assert match._cut_alike("A b…", "A b c d…") is None


@pytest.mark.parametrize(
    ("cited", "site"),
    [
        ("АиФ Новосибирск", "АиФ Санкт-Петербург"),
        ("CNN en Español", "CNN Arabic"),
        ("Комсомольская правда Красноярск", "Комсомольская правда Новосибирск"),
    ],
)
def test_another_edition_of_the_brand(cited: str, site: str) -> None:
    assert names._sibling_edition(cited, site)


def test_another_city_edition_is_reported_despite_the_host() -> None:
    assert not names.outlet_matches("АиФ Новосибирск", ["АиФ Санкт-Петербург"], ["spb.aif.ru"])
    assert names.outlet_matches("АиФ", ["АиФ Санкт-Петербург"], ["spb.aif.ru"])
    assert names.outlet_matches("Аргументы и факты", ["АиФ Санкт-Петербург"], ["spb.aif.ru"])


@pytest.mark.parametrize(
    ("cited", "site"),
    [
        ("BBC World Service", "BBC News Україна"),  # generic words only
        ("BBC Russian", "BBC News Русская служба"),  # a language named in another script
        ("बीबीसी हिंदी", "BBC News اردو"),  # another language's edition: the matcher's warning
        ("RIA Novosti Crimea", "РИА Новости Крым"),  # one name in two scripts
        ("АиФ Петербург", "АиФ Санкт-Петербург"),  # the city shortened
        ("Euronews Deutsch", "euronews"),  # the site adds nothing
        ("Fox News", "Fox Business"),  # the cited name adds nothing
        ("Аргументы и факты", "АиФ Санкт-Петербург"),  # another first word
        ("Sputnik Армения", "Sputnik Беларусь"),  # countries: the places' own rule
        ("Комсомольская правда", "Комсомольская правда Новосибирск"),  # the brand alone
    ],
)
def test_no_sibling_edition(cited: str, site: str) -> None:
    assert not names._sibling_edition(cited, site)
