"""Rules of the fifty-first held-out matching batch (docs/benchmarks.md, "The fifty-first held-out matching
batch"), each on small inputs with what it must leave alone: a page's title naming the site in the cited
outlet's script (and People's Daily's ``--`` before it); an acronym of a hyphenated name's two halves
(``ΑΠΕ-ΜΠΕ``); an office of another state than the host's country code; a state's demonym translating a
site name; a Yiddish and a Korean site name romanised; another dateline before a colon or a dash in a
script without capitals; an office and a name in its case as two first words."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.config import Config
from linkcheck.match import _yiddish_romanised, match_citation
from linkcheck.models import Citation, ExtractedDate, Metadata, PartialDate, TitleCandidate

CONFIG = Config()
#: An address whose last segment is an identifier: a slug of no words (nothing there says which story).
PLAIN_URL = "https://www.example-news.in/news/1660123"
PUBLISHED = dt.datetime(2024, 10, 9, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))


def _outlet(cited: str, site_name: str, url: str, *, title_tag: str | None = None) -> str | None:
    """The severity of the outlet finding for ``cited`` on a page of ``url`` named ``site_name`` (``None``:
    no finding), the page's ``<title>`` being ``title_tag`` if given."""
    headline = "A headline of some words"
    candidates = (TitleCandidate(headline, "opengraph"),)
    if title_tag is not None:
        headline = title_tag.split(" : ")[0].split(" | ")[0].split("--")[0]
        candidates = (TitleCandidate(headline, "opengraph"), TitleCandidate(headline, "title-tag", title_tag))
    metadata = Metadata(title=headline, title_candidates=candidates, site_name=site_name)
    citation = Citation(url=url, outlet=cited)
    found = match_citation(citation, metadata, final_url=url, config=CONFIG)
    return next((f.severity.value for f in found if f.kind.value == "outlet_mismatch"), None)


def _title(cited: str, page: str) -> dict[str, str]:
    """The findings' kinds and severities of a citation of ``cited``, dated the page's day, at its address."""
    metadata = Metadata(
        title=page,
        title_candidates=(TitleCandidate(page, "opengraph"),),
        published=ExtractedDate(PUBLISHED.date(), "opengraph", PUBLISHED),
    )
    citation = Citation(url=PLAIN_URL, title=cited, date=PartialDate(2024, 10, 9))
    found = match_citation(citation, metadata, final_url=PLAIN_URL, config=CONFIG)
    return {f.kind.value: f.severity.value for f in found}


# --- the site's own name in the cited outlet's script -----------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "site_name", "url", "title_tag"),
    [
        ("조선일보", "The Hankyoreh", "https://www.hani.co.kr/arti/1.html", "서울 아파트값 상승 : 한겨레"),
        ("தினமலர்", "Dinamani", "https://www.dinamani.com/a/1", "சென்னையில் கனமழை | தினமணி"),
        ("যুগান্তর", "Prothomalo", "https://www.prothomalo.com/a/1", "ঢাকায় নতুন স্টেশন চালু | প্রথম আলো"),
        ("新京报", "People's Daily Online", "http://politics.people.com.cn/n1/1.html", "城市更新--人民网"),
    ],
)
def test_another_name_in_the_script_the_page_names_itself_in_fails(
    cited: str, site_name: str, url: str, title_tag: str
) -> None:
    assert _outlet(cited, site_name, url, title_tag=title_tag) == "fail"


def test_a_double_hyphen_sets_off_the_sites_own_name() -> None:
    url = "http://politics.people.com.cn/n1/1.html"
    assert _outlet("人民网", "People's Daily Online", url, title_tag="城市更新--时政--人民网") is None


def test_without_the_sites_own_name_in_that_script_it_stays_a_doubt() -> None:
    url = "https://www.hani.co.kr/arti/1.html"
    assert _outlet("조선일보", "The Hankyoreh", url, title_tag="서울 아파트값 7주 연속 상승") == "warn"
    # the title's affix in Latin letters, not the cited outlet's script
    assert _outlet("조선일보", "The Hankyoreh", url, title_tag="서울 아파트값 상승 : Hankyoreh") == "warn"


# --- an acronym of a hyphenated name's halves --------------------------------------------------------------


def test_the_initials_of_a_hyphenated_names_halves_are_its_acronym() -> None:
    name = "Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων"
    assert _outlet("ΑΠΕ-ΜΠΕ", name, "https://www.amna.gr/home/article/1") is None


def test_another_agencys_acronym_beside_a_half_still_fails() -> None:
    name = "Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων"
    assert _outlet("ΑΠΕ-ΚΥΠΕ", name, "https://www.amna.gr/home/article/1") == "fail"


# --- an office of another state ------------------------------------------------------------------------


def test_an_office_of_another_state_than_the_hosts_fails() -> None:
    url = "https://www.health.go.ke/cholera-drive"
    assert _outlet("Ministry of Health of Uganda", "Ministry of Health", url) == "fail"


@pytest.mark.parametrize(
    ("cited", "url"),
    [
        ("Ministry of Health of Kenya", "https://www.health.go.ke/cholera-drive"),
        ("Ministry of Health, Republic of Uganda", "https://www.health.go.ug/anthrax"),
        ("Ministry of Health of Uganda", "https://www.ministry-of-health.com/anthrax"),  # no country code
    ],
)
def test_the_hosts_own_state_or_no_country_code_is_left_alone(cited: str, url: str) -> None:
    assert _outlet(cited, "Ministry of Health", url) is None


# --- a demonym translating a site name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "site_name", "url"),
    [
        ("Ukrainian Pravda", "Українська правда", "https://www.pravda.com.ua/news/1/"),
        ("Ministry of Defence of the Russian Federation", "Минобороны России", "https://www.mil.ru/1.htm"),
    ],
)
def test_a_demonym_of_the_sites_state_is_a_translation_doubt(cited: str, site_name: str, url: str) -> None:
    assert _outlet(cited, site_name, url) == "warn"


@pytest.mark.parametrize(
    ("cited", "site_name", "url"),
    [
        ("TASS Russian News Agency", "РИА Новости", "https://ria.ru/1.html"),  # a brand beside the demonym
        ("The Moscow Times", "Московский комсомолец", "https://www.mk.ru/1.html"),  # a city, no demonym
        ("Russia Today", "РИА Новости", "https://ria.ru/1.html"),  # a state's name, no demonym
    ],
)
def test_another_outlet_naming_the_state_still_fails(cited: str, site_name: str, url: str) -> None:
    assert _outlet(cited, site_name, url) == "fail"


# --- Yiddish and Korean names romanised -------------------------------------------------------------------


def test_a_yiddish_name_romanised_by_yivo_is_the_name() -> None:
    assert _yiddish_romanised("פֿאָרווערטס") == "forverts"
    assert _outlet("Forverts", "פֿאָרווערטס", "https://forward.com/yiddish/1/") is None


def test_another_name_or_unpointed_hebrew_is_not_romanised() -> None:
    assert _outlet("Haaretz", "פֿאָרווערטס", "https://forward.com/yiddish/1/") == "fail"
    assert _yiddish_romanised("הארץ") == ""  # Hebrew writes no vowels to romanise


def test_a_korean_name_romanised_otherwise_is_a_doubt() -> None:
    assert _outlet("The Hankyoreh", "한겨레", "https://www.hani.co.kr/arti/1.html") == "warn"


def test_another_korean_papers_romanised_name_still_fails() -> None:
    assert _outlet("Chosun Ilbo", "한겨레", "https://www.hani.co.kr/arti/1.html") == "fail"


# --- a dateline before a colon or a dash, in a script without capitals ----------------------------------


def test_another_dateline_in_a_caseless_script_is_another_story() -> None:
    found = _title("ಉಡುಪಿ: ಪೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ", "ಮಂಗಳೂರು — ಪೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ")
    assert found == {"title_mismatch": "fail"}


def test_the_same_dateline_behind_another_separator_is_the_same_headline() -> None:
    assert _title("ಮಂಗಳೂರು: ಪೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ", "ಮಂಗಳೂರು — ಪೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ") == {}


def test_an_initialisms_quote_typed_plain_is_no_other_dateline() -> None:
    assert _title('צה"ל: חסן נסראללה חוסל בתקיפה בביירות', "צה״ל: חסן נסראללה חוסל בתקיפה בביירות") == {}


# --- an office and a name in its case as two first words --------------------------------------------------


def test_another_office_and_name_declined_alike_is_another_story() -> None:
    cited = "मुख्यमंत्री शिंदेंच्या हस्ते अटल सेतूचे लोकार्पण"
    page = "पंतप्रधान मोदींच्या हस्ते अटल सेतूचे लोकार्पण"
    assert _title(cited, page) == {"title_mismatch": "fail"}


def test_two_first_words_not_declined_alike_are_left_to_the_score() -> None:
    cited = "मुख्यमंत्री आज हस्ते अटल सेतूचे लोकार्पण"
    page = "पंतप्रधान उद्या हस्ते अटल सेतूचे लोकार्पण"
    assert _title(cited, page).get("title_mismatch") != "fail"
