"""The matching rules the ninth held-out batch (tests/test_match_heldout.py, ``b9-*``) led to, each on its
own, with what it must leave alone. docs/benchmarks.md, "Held-out matching check", says why each is
general."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck import match
from linkcheck.articles._dates import parse_date_field
from linkcheck.calendars import ethiopian_to_gregorian
from linkcheck.config import Config
from linkcheck.match import match_citation, title_score
from linkcheck.models import Citation, FindingKind, Metadata, Severity, TitleCandidate
from linkcheck.names import fold

CONFIG = Config()
THRESHOLD = CONFIG.title_threshold

# --- template dates: more month names, Chinese numerals, a Minguo year without its era, Ethiopian ---------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("10. nóvember 2023", "2023-11-10"),  # Icelandic
        ("3. ágúst 2021", "2021-08-03"),
        ("12. juuni 2024", "2024-06-12"),  # Estonian
        ("1. detsember 2020", "2020-12-01"),
        ("2. októbra 2024", "2024-10-02"),  # Slovak, genitive
        ("15. mája 2023", "2023-05-15"),
        ("21 юни 2024", "2024-06-21"),  # Bulgarian
        ("3 октомври 2022", "2022-10-03"),
        ("14 მაისი 2024", "2024-05-14"),  # Georgian
        ("26 սեպտեմբերի 2024", "2024-09-26"),  # Armenian, genitive
        ("8 فروری 2024", "2024-02-08"),  # Urdu
        ("8 جولائی 2023", "2023-07-08"),
        ("২৮ ডিসেম্বর ২০২২", "2022-12-28"),  # Bengali, Bengali digits
        ("5 জানুয়ারি 2024", "2024-01-05"),
        ("16 मार्च 2024", "2024-03-16"),  # Devanagari, as before
    ],
)
def test_template_dates_in_more_languages(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("二〇二四年九月十八日", "2024-09-18"),
        ("二〇二四年十二月三十一日", "2024-12-31"),
        ("二〇二〇年一月十日", "2020-01-10"),
        ("二〇二四年十月", "2024-10"),
        ("113年9月18日", "2024-09-18"),  # Minguo year without its era
        ("民國113年9月18日", "2024-09-18"),  # as before
        ("2024年9月18日", "2024-09-18"),  # as before
    ],
)
def test_chinese_numerals_and_the_bare_minguo_year(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    "written",
    [
        "24年9月18日",  # a two-digit year: a shortened Gregorian year too
        "一九九九年",  # a year alone: not read as a day
        "十一届全国人大",  # numerals that are no date
        "二〇二四年十三月一日",  # no thirteenth month
        "213年9月18日",  # no Minguo year of a web page
        "5 მაისი",  # no year
        "12 ჯანმრთელობა 2024",  # a Georgian word that is no month
        "28 বাংলাদেশ 2022",  # a Bengali word that is no month
    ],
)
def test_dates_left_unread(written: str) -> None:
    assert parse_date_field(written) is None


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("መስከረም 8 ቀን 2017 ዓ.ም.", "2024-09-18"),
        ("8 መስከረም 2017", "2024-09-18"),
        ("መስከረም 1 ቀን 2016 ዓ.ም.", "2023-09-12"),  # after a Pagume of six days
        ("ጥር 11 ቀን 2016", "2024-01-20"),  # Timkat
    ],
)
def test_ethiopian_calendar(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("ו׳ באב תשפ״ג", "2023-07-24"),
        ("ו' באב תשפ\"ג", "2023-07-24"),  # ASCII quotes for geresh and gershayim
        ("ט״ו בשבט תשפ״ד", "2024-01-25"),
        ("כ״ה באדר א׳ תשפ״ד", "2024-03-05"),
        ("כ״ה באדר א ה׳תשפ״ד", "2024-03-05"),  # with the thousands
        ("א׳ בתשרי תשפ״ה", "2024-10-03"),
    ],
)
def test_hebrew_calendar_in_hebrew_numerals(written: str, iso: str) -> None:
    assert str(parse_date_field(written)) == iso


@pytest.mark.parametrize(
    "written",
    [
        "ו׳ באב",  # no year
        "שלום באב תשפ״ג",  # a word, no numeral
        "ל׳ בטבת תשפ״ג",  # Tevet has 29 days
        "ו׳ בירושלים תשפ״ג",  # no month
        "ראש השנה תשפ״ג",  # a feast and a year: no day
    ],
)
def test_hebrew_numerals_left_unread(written: str) -> None:
    assert parse_date_field(written) is None


def test_ethiopian_calendar_arithmetic() -> None:
    assert ethiopian_to_gregorian(2017, 1, 1) == dt.date(2024, 9, 11)
    assert ethiopian_to_gregorian(2015, 13, 6) == dt.date(2023, 9, 11)  # 2015 % 4 == 3: six days
    assert ethiopian_to_gregorian(2012, 1, 1) == dt.date(2019, 9, 12)
    with pytest.raises(ValueError, match="no Ethiopian date"):
        ethiopian_to_gregorian(2016, 13, 6)  # five days of Pagume
    with pytest.raises(ValueError, match="no Ethiopian date"):
        ethiopian_to_gregorian(2016, 2, 31)
    assert parse_date_field("ጳጉሜ 6 ቀን 2016 ዓ.ም.") is None  # a day the calendar does not have
    assert parse_date_field("ኢትዮጵያ 8 2017") is None  # no month


# --- outlets: the name a site's initials stand for; the site naming itself at the end of its <title> -----


def _outlet(
    cited: str, url: str, site: str, *, title: str | None = None
) -> list[tuple[FindingKind, Severity]]:
    candidates = (
        (TitleCandidate(text="Headline of the page", source="title-tag", raw=title),) if title else ()
    )
    meta = Metadata(title="Headline of the page", site_name=site, title_candidates=candidates)
    findings = match_citation(Citation(url=url, outlet=cited), meta, final_url=url, config=CONFIG)
    return [(f.kind, f.severity) for f in findings]


WARN = [(FindingKind.OUTLET_MISMATCH, Severity.WARN)]
FAIL = [(FindingKind.OUTLET_MISMATCH, Severity.FAIL)]


@pytest.mark.parametrize(
    ("cited", "url", "site"),
    [
        ("Sveriges Television", "https://www.svt.se/nyheter/inrikes/a", "SVT Nyheter"),
        ("Norsk rikskringkasting", "https://www.nrk.no/norge/a-1.16801234", "NRK"),
        ("Ríkisútvarpið", "https://www.ruv.is/frettir/innlent/a", "RÚV"),
        ("Yleisradio", "https://yle.fi/a/74-20012345", "Yle Uutiset"),
        ("Yonhap", "https://www.yna.co.kr/view/AKR20200108012300009", "연합뉴스"),
    ],
)
def test_a_name_the_initials_may_stand_for_is_a_doubt(cited: str, url: str, site: str) -> None:
    assert _outlet(cited, url, site) == WARN


@pytest.mark.parametrize(
    ("cited", "url", "site"),
    [
        ("Sveriges Radio", "https://www.svt.se/nyheter/inrikes/a", "SVT Nyheter"),  # no T
        ("TV 2", "https://www.nrk.no/norge/a-1.16801234", "NRK"),
        ("Helsingin Sanomat", "https://yle.fi/a/74-20012345", "Yle Uutiset"),
        ("Interfax", "https://ria.ru/20200109/1563219328.html", "РИА Новости"),  # must begin with R
        ("Reuters", "https://www.rt.com/news/123456-a/", "RT International"),  # two letters: too few
        ("Bulgarian News Agency", "https://www.bta.bg/bg/news/a", "БТА"),  # no T
    ],
)
def test_names_the_initials_cannot_stand_for_still_fail(cited: str, url: str, site: str) -> None:
    assert _outlet(cited, url, site) == FAIL


def test_initials_stand_for_letters_in_order_each_word_begun() -> None:
    assert match._stands_for("nrk", fold("Norsk rikskringkasting").split())
    assert match._stands_for("err", fold("Eesti Rahvusringhääling").split())
    assert not match._stands_for("nrk", fold("Norsk Radio Kringkasting Selskap").split())  # a word unused
    assert not match._stands_for("svt", fold("Television Sveriges").split())  # out of order
    assert not match._stands_for("svt", ["sveriges"])  # a letter missing


def test_the_title_suffix_names_the_site_in_its_own_script() -> None:
    url = "https://www.prothomalo.com/bangladesh/capital/4mz0x1abcd"
    title = "ঢাকায় মেট্রোরেল চলাচল শুরু | প্রথম আলো"
    assert _outlet("প্রথম আলো", url, "Prothomalo", title=title) == []
    assert _outlet("প্রথম আলো", url, "Prothomalo") != []  # without the affix: another script, a doubt
    cna = "https://www.cna.com.tw/news/aipl/202409180123.aspx"
    assert (
        _outlet("中央社", cna, "Central News Agency", title="立法院三讀通過預算案 | 政治 | 中央社 CNA") == []
    )
    assert (
        _outlet("聯合報", cna, "Central News Agency", title="立法院三讀通過預算案 | 政治 | 中央社 CNA") != []
    )


def test_the_title_suffix_rule_leaves_labels_and_domains_alone() -> None:
    nyt = "https://www.nytimes.com/2022/05/12/business/fed-inflation-behind-curve.html"
    title = "Opinion | The Fed Is Still Behind the Curve - The New York Times"
    assert _outlet("Opinion", nyt, "The New York Times", title=title) == FAIL  # a label, not the site
    guardian = "https://www.theguardian.com/world/live/2020/jan/08/iran-strikes"
    title = "Iran strikes US bases in Iraq – live updates | World news | The Guardian"
    assert _outlet("guardian.ng", guardian, "the Guardian", title=title) == WARN  # another site's domain


# --- a path's edition word is no masthead's kind ---------------------------------------------------------


def test_a_masthead_word_in_the_path_names_no_edition() -> None:
    url = "https://www.japantimes.co.jp/news/2024/01/02/japan/ishikawa-quake-death-toll-rises/"
    assert _outlet("The Japan News", url, "The Japan Times") == FAIL  # the Yomiuri's paper
    assert _outlet("The Japan Times", url, "The Japan Times") == []
    # Editions named by a region or a language are left as they were: the site's own.
    assert (
        _outlet("Le Monde Afrique", "https://www.lemonde.fr/afrique/article/2020/01/09/a.html", "Le Monde")
        == []
    )
    assert _outlet("El País América", "https://elpais.com/america/2020-01-09/a.html", "EL PAÍS") == []


# --- a headline between a kicker and a label --------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Scholz entlässt Lindner", "Ampel-Aus: Scholz entlässt Lindner – der Newsblog"),
        ("Russia strikes Kyiv power plants", "Ukraine war: Russia strikes Kyiv power plants – live updates"),
        ("Scholz entlässt Lindner", "Ampel-Aus | Scholz entlässt Lindner | Newsblog"),
    ],
)
def test_the_headline_between_kicker_and_label(cited: str, page: str) -> None:
    assert title_score(cited, page) >= THRESHOLD


def test_the_middle_segment_is_no_licence_for_another_headline() -> None:
    page = "Ampel-Aus: Scholz entlässt Lindner – der Newsblog"
    assert title_score("Scholz entlässt Habeck", page) < THRESHOLD
    assert title_score("Ampel-Aus: Scholz entlässt Habeck – der Newsblog", page) < THRESHOLD
    # Part with part is never compared: the same kicker and label around another headline.
    live = "Ukraine war: Russia strikes Kyiv power plants – live updates"
    assert title_score("Ukraine war: Zelensky visits Washington – live updates", live) < THRESHOLD
    # Two segments: the middle reading is not made (a kicker alone is no headline).
    assert title_score("Ampel-Aus", "Ampel-Aus: Scholz entlässt Lindner") < THRESHOLD


# --- Georgian romanised ----------------------------------------------------------------------------------


def test_georgian_is_romanised_like_cyrillic_and_greek() -> None:
    page = "პარლამენტმა კანონი მესამე მოსმენით მიიღო"
    assert fold(page) == "parlamentma kanoni mesame mosmenit miigho"
    assert title_score("Parlamentma kanoni mesame mosmenit miigho", page) >= THRESHOLD
    # Another reading (the first, not the third) stays another headline, in either script.
    assert title_score("პარლამენტმა კანონი პირველი მოსმენით მიიღო", page) < THRESHOLD
    assert title_score("Parlamentma kanoni pirveli mosmenit miigho", page) < THRESHOLD
    assert fold("Тбилиси") == "tbilisi"  # other scripts as before
