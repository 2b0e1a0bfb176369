"""Outlets named in another script than their address spells (art38): a name in Cyrillic, Arabic script
(Persian, Sorani, Uyghur), Hebrew, Georgian, Armenian or Greek letters beside a link to the outlet's Latin
host is that link's outlet, read whole (not cut to the word the host spells); a host with a prefix before
the name ("e" + name, "en." + name); and what is left alone: a common word in another script, a person's
name beside a link, an outlet named that is not the link's host. Written before reading the src that
attaches outlets."""

from __future__ import annotations

from tests.articles_rules_harness import citations_by_url as _read
from tests.articles_rules_harness import outlet_of as _outlet

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
REUTERS = "https://www.reuters.com/article/us-iran-usa-missiles-idUSKBN1Z71OY"


# --- names in another script beside a link to their Latin host


def test_cyrillic_agency_names_as_the_links_words() -> None:
    page = (
        f'<p>Об этом сообщило агентство <a href="{TASS}">ТАСС</a>.</p>'
        f'<p>Переговоры возобновлены, пишет <a href="{RIA}">РИА Новости</a>.</p>'
    )
    found = _read(page)
    assert found[TASS].outlet == "ТАСС"
    assert found[RIA].outlet == "РИА Новости"  # the whole name, not the word the host spells


def test_persian_and_sorani_agency_names_as_the_links_words() -> None:
    persian = f'<p>به گزارش <a href="{REUTERS}">رویترز</a>، مذاکرات ادامه دارد.</p>'
    assert _outlet(persian, REUTERS) == "رویترز"
    sorani = (
        f'<p>بەپێی <a href="{RIA}">ڕیا نۆڤۆستی</a> و <a href="{TASS}">تاس</a>، '
        f'هەروەها <a href="{REUTERS}">ڕۆیتەرز</a>.</p>'
    )
    found = _read(sorani)
    assert found[RIA].outlet == "ڕیا نۆڤۆستی"
    assert found[TASS].outlet == "تاس"
    assert found[REUTERS].outlet == "ڕۆیتەرز"


def test_uyghur_agency_names_as_the_links_words() -> None:
    page = f'<p><a href="{RIA}">رىيا نوۋوستى</a> ۋە <a href="{REUTERS}">رويتېرس</a> خەۋەر قىلدى.</p>'
    found = _read(page)
    assert found[RIA].outlet == "رىيا نوۋوستى"
    assert found[REUTERS].outlet == "رويتېرس"


def test_hebrew_script_names_yiddish_and_hebrew() -> None:
    yiddish = f'<p>לויט <a href="{REUTERS}">רויטערס</a> און <a href="{TASS}">טאַס</a>.</p>'
    found = _read(yiddish)
    assert found[REUTERS].outlet == "רויטערס"
    assert found[TASS].outlet == "טאַס"
    haaretz = "https://www.haaretz.co.il/news/politics/2023-03-14/ty-article/00000186-1a2b"
    hebrew = f'<p>כפי שדווח ב<a href="{haaretz}">הארץ</a> ביום שלישי.</p>'
    assert _outlet(hebrew, haaretz) == "הארץ"


def test_georgian_armenian_and_greek_names() -> None:
    ambebi = "https://www.ambebi.ge/article/298765-ekonomika/"
    georgian = f'<p>ამის შესახებ წერს <a href="{ambebi}">ამბები</a>.</p>'
    assert _outlet(georgian, ambebi) == "ამბები"
    azatutyun = "https://www.azatutyun.am/a/32845671.html"
    armenian = f'<p>Այս մասին հայտնում է <a href="{azatutyun}">Ազատություն</a> ռադիոկայանը։</p>'
    assert _outlet(armenian, azatutyun) == "Ազատություն"
    kathimerini = "https://www.kathimerini.gr/society/562345678/kaysonas-stin-athina/"
    greek = f'<p>Όπως έγραψε η <a href="{kathimerini}">Καθημερινή</a> την Πέμπτη.</p>'
    assert _outlet(greek, kathimerini) == "Καθημερινή"


# --- a host with a prefix before the name it spells


def test_host_with_e_prefix_is_spelt_by_the_name() -> None:
    url = "https://www.ekathimerini.com/news/1244567/heat-puts-athens-hospitals-on-alert/"
    page = f"As [Kathimerini reported]({url}) on Thursday, hospitals were put on alert.\n"
    assert _outlet(page, url, "markdown") == "Kathimerini"


def test_host_with_en_prefix_is_spelt_by_the_name() -> None:
    url = "https://en.trend.az/business/energy/3845123.html"
    page = f'<p>The figures were first reported by <a href="{url}">Trend</a> on Monday.</p>'
    assert _outlet(page, url) == "Trend"


# --- what is left alone


def test_common_words_in_another_script_are_not_outlets() -> None:
    # "here", "article", "opinion": no outlet's name, whichever host the link has
    page = (
        f'<p>Подробнее <a href="{TASS}">здесь</a>.</p>'
        f'<p>متن کامل را <a href="{REUTERS}">اینجا</a> بخوانید.</p>'
        f'<p>اقرأ <a href="{RIA}">رأي</a> الكاتب.</p>'
    )
    found = _read(page)
    assert found[TASS].outlet != "здесь"
    assert found[REUTERS].outlet != "اینجا"
    assert found[RIA].outlet != "رأي"


def test_a_persons_name_beside_a_link_is_not_its_outlet() -> None:
    # Τάσος (Tasos) is a man's name, not TASS; Рита (Rita) is not RIA
    page = (
        f'<p>Ο Τάσος <a href="{TASS}">δήλωσε</a> ότι οι συνομιλίες συνεχίζονται.</p>'
        f'<p>Рита <a href="{RIA}">рассказала</a> об этом в четверг.</p>'
    )
    found = _read(page)
    assert found[TASS].outlet != "Τάσος"
    assert found[RIA].outlet != "Рита"


def test_an_outlet_named_that_is_not_the_links_host_is_not_attached() -> None:
    page = (
        f'<p>Как сообщает <a href="{TASS}">РИА Новости</a>, переговоры продолжаются.</p>'
        f'<p>به گزارش <a href="{RIA}">رویترز</a>، مذاکرات ادامه دارد.</p>'
        f'<p>לויט <a href="{REUTERS}">טאַס</a>.</p>'
    )
    found = _read(page)
    assert found[TASS].outlet not in {"РИА Новости", "РИА"}
    assert found[RIA].outlet != "رویترز"
    assert found[REUTERS].outlet != "טאַס"


def test_arabic_punctuation_after_the_name_is_not_part_of_it() -> None:
    # Arabic's comma and Urdu's full stop after a name in a link's words (added with the rule: the first
    # run read ``الغد،`` and ``روئٹرز،`` with the comma)
    alghad = "https://alghad.com/Section-112/1234567"
    page = (
        f'<p>بحسب <a href="{alghad}">الغد،</a> فإن المشروع تأخر.</p>'
        f'<p>خبر رساں ادارے <a href="{REUTERS}">روئٹرز۔</a></p>'
    )
    found = _read(page)
    assert found[alghad].outlet == "الغد"
    assert found[REUTERS].outlet == "روئٹرز"


def test_a_case_ending_glued_after_the_link_by_a_hyphen_does_not_cut_the_name() -> None:
    # Georgian and Ossetian write a case ending after a foreign name with a hyphen ("РИА Новости-ს"); the
    # name is the agency's whole one, not the word its host spells
    georgian = f'<p>განუცხადა სააგენტო <a href="{RIA}">РИА Новости</a>-ს. ეს მოხდა.</p>'
    assert _outlet(georgian, RIA) == "РИА Новости"
    ossetian = f'<p>Уый радзырдта <a href="{RIA}">РИА Новости</a>-йæн, æмæ уæд.</p>'
    assert _outlet(ossetian, RIA) == "РИА Новости"
    # a Latin compound with a hyphen keeps its words (no case ending cut from an ASCII name)
    latin = '<p>As <a href="https://www.tages-anzeiger.ch/x-123">Tages-Anzeiger</a> reported.</p>'
    assert _outlet(latin, "https://www.tages-anzeiger.ch/x-123") == "Tages-Anzeiger"
