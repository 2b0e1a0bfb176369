"""The rules the thirty-ninth link-rot batch (tests/test_rot_heldout39.py) brought, each on strings or
through :func:`check` with a fetcher double, with what each must leave alone: Khakas, Veps and Uyghur
not-found messages; a Kazakh (and Ukrainian) registrar's parking page; a consent prompt in Turkish; a loan
lander in German (the rot38 leftover: a sixth language) and a trading lander in Spanish (and Italian); a task
scam's phone field named otherwise or known by its phone mask (the rot38 leftover); a film-piracy doorway; a
print headline named only in the page's text (the rot38 leftover), read as one of the page's titles."""

from __future__ import annotations

import pytest

from linkcheck import pagebody
from linkcheck.extract import extract_metadata
from linkcheck.extract.core import print_headlines
from linkcheck.gates import consent_purposes
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from linkcheck.soft404 import is_error_title
from tests.rot_harness import body_signal_at, titled_page
from tests.rot_harness import day as _day
from tests.rot_harness import fixture as _fixture
from tests.rot_harness import one as _one

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
SAYAN = "https://sayan-press.ru"
SAYAN_EN = "https://en.sayan-press.ru"
ONEGA = "https://onegaobserver.com"
TIGIR = "https://tigirhabar.ru"
VEPSAN = "https://vepsanma.ru"
SADASI = "https://altaysadasi.com.tr"
SHYGYS = "https://shygys-zhanalyktary.kz"


_page = titled_page("2020-08-05T10:00:00+07:00")


_body_signal = body_signal_at(f"{SAYAN}/politika/3000007060")


# --- Khakas, Veps, Uyghur -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Страница табылбаан",
        "Страница табылбаан — Тигір Хабар",
        "Сірер тілеен страница чоғыл",
        "Хабар табылбаан",
        "Lehtpol' ei ole löutud",
        "Lehtpol' ei ole löutud — Vepsän Ma",
        "Lehtpol't ei löudu",
        "بەت تېپىلمىدى",
        "بەت تېپىلمىدى | ئالتاي ساداسى",
        "سىز ئىزدىگەن بەت مەۋجۇت ئەمەس",
    ],
)
def test_khakas_veps_uyghur_not_found_titles(title: str) -> None:
    assert is_error_title(title, ["Тигір Хабар", "Vepsän Ma", "ئالتاي ساداسى"])


@pytest.mark.parametrize(
    "title",
    [
        "Абаханда чаа школа асхан",
        "Šoltjärves avaitihe uz' školan",
        "ئالمۇتىدا يېڭى ئۇيغۇر مەكتىپى ئېچىلدى",
        # a headline that opens with the words
        "Страница табылбаан: архив хайдаг чіткен",
        "Lehtpol' ei ole löutud: kut arhiv kadoi",
        "بەت تېپىلمىدى: ئارخىپ قانداق يوقالدى",
        # Altai's and Kazakh's phrases in a headline beside the new ones
        "Бӱк табылбады деген јастыра јоголды",
        "Сіз іздеген бет табылмады қатесі түзетілді",
    ],
)
def test_khakas_veps_uyghur_headlines_left_alone(title: str) -> None:
    assert not is_error_title(title)


@pytest.mark.parametrize(
    ("name", "url", "title", "outlet"),
    [
        ("tigir-not-found-h1.html", f"{TIGIR}/20200802/3100001020.html", "Ағбан суғы кӧпірі хоостолған",
         "Тигір Хабар"),
        ("vepsan-not-found-title.html", f"{VEPSAN}/20200803/3200001010.html",
         "Šoltjärves avaitihe uz' školan", "Vepsän Ma"),
        ("sadasi-not-found-h2.html", f"{SADASI}/20200804/3300001010.html",
         "ئالمۇتىدا يېڭى ئۇيغۇر مەكتىپى ئېچىلدى", "ئالتاي ساداسى"),
    ],
)  # fmt: skip
def test_not_found_pages_cited_fail(name: str, url: str, title: str, outlet: str) -> None:
    citation = Citation(url=url, title=title, outlet=outlet, date=PartialDate.parse(_day(url)))
    status, cause, verdict, _ = _one(citation, _fixture(name))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.ERROR_PAGE, "fail")


def test_khakas_story_passes() -> None:
    citation = Citation(
        url=f"{TIGIR}/20200801/3100001010.html",
        title="Абаханда чаа школа асхан",
        outlet="Тигір Хабар",
        date=PartialDate.parse("2020-08-01"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("tigir-story-khakas.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a Kazakh (and Ukrainian) registrar's parking page ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("<h2>Бұл домен сатылады!</h2><p>Бұл домен тіркеушіде тұраққа қойылған.</p>", "shygys.kz"),
        ("<h2>Домен сатылады</h2><p>Тіркеу мерзімі аяқталған.</p>", "shygys.kz — бұл домен сатылады"),
        ("<h2>Цей домен продається</h2><p>Домен припарковано.</p>", "visti.com.ua"),
        ("<h2>Цей домен продається</h2><p>Термін реєстрації домену закінчився.</p>", "Домен продається"),
    ],
)
def test_kazakh_and_ukrainian_parking_pages(text: str, title: str) -> None:
    body = _page(text, title=title)
    assert pagebody._is_parked(body, extract_metadata(body, f"{SHYGYS}/20200809/3400001010.html"))


def test_kazakh_parking_fixture_cited_fails() -> None:
    citation = Citation(
        url=f"{SHYGYS}/20200809/3400001010.html",
        title="Өскеменде Ертіс арқылы жаңа көпір ашылды",
        outlet="Шығыс Жаңалықтары",
        date=PartialDate.parse("2020-08-09"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("shygys-parked-kk.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.PARKED, "fail")


@pytest.mark.parametrize(
    ("text", "title", "dated"),
    [
        # one sign only: the sale said under a story's title, nothing parked, no domain as title
        ("<p>Бұл домен сатылады деп жазылған хабарлама пайда болды.</p>", "Өскемен сайты жабылды", False),
        # a dated story about a lapsed domain
        ("<h1>Сайт жабылды</h1><p>Бұл домен сатылады. Тіркеу мерзімі аяқталған.</p>", "shygys.kz", True),
    ],
)
def test_kazakh_parking_words_left_alone(text: str, title: str, dated: bool) -> None:
    body = _page(text, title=title, dated=dated)
    assert not pagebody._is_parked(body, extract_metadata(body, f"{SHYGYS}/20200809/3400001010.html"))


# --- a consent prompt in Turkish ----------------------------------------------------------------------------


def test_turkish_consent_purposes() -> None:
    assert consent_purposes(fold("Biz ve 96 iş ortağımız, cihazınızdaki çerezler gibi bilgileri depoluyor"))
    assert consent_purposes(fold("Biz ve iş ortaklarımız cihazınızda bilgi depoluyoruz"))
    assert not consent_purposes(fold("Biz ve komşularımız bu yaz bahçede domates yetiştirdik"))


def test_turkish_consent_wall_is_blocked() -> None:
    citation = Citation(
        url=f"{SADASI}/20200808/3300001020.html",
        title="ئۇيغۇر تىلى دەرسلىكى يېڭىلاندى",
        outlet="ئالتاي ساداسى",
        date=PartialDate.parse("2020-08-08"),
    )
    status, cause, verdict, kinds = _one(citation, _fixture("sadasi-cookie-wall-tr.html"))
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.CONSENT, "warn"), kinds


@pytest.mark.parametrize("heading", ["Gizliliğinize saygı duyuyoruz", "Devam etmeden önce"])
def test_turkish_consent_headings(heading: str) -> None:
    body = _page(f"<h2>{heading}</h2><button>Tümünü kabul et</button>", title="Altay Sadası")
    citation = Citation(url=f"{SADASI}/20200808/3300001020.html", date=PartialDate.parse("2020-08-08"))
    status, cause, _, _ = _one(citation, body)
    assert (status, cause) == (Status.BLOCKED, Cause.CONSENT)


def test_turkish_story_under_consent_banner_passes() -> None:
    """A story with its headline and date under the same dialog is the story."""
    body = _page(
        "<div role='dialog'><h2>Gizliliğinize önem veriyoruz</h2><button>Tümünü kabul et</button></div>"
        "<article><h1>Ankara'da Uygur kültür haftası başladı</h1><p>Hafta boyunca konserler ve sergiler"
        " düzenlenecek.</p></article>",
        dated=True,
        title="Ankara'da Uygur kültür haftası başladı - Altay Sadası",
    )
    citation = Citation(
        url=f"{SADASI}/20200805/3300001030.html",
        title="Ankara'da Uygur kültür haftası başladı",
        outlet="Altay Sadası",
        date=PartialDate.parse("2020-08-05"),
    )
    status, _, verdict, kinds = _one(citation, body)
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a loan lander in German --------------------------------------------------------------------------------

_PAID = "<a href='https://a.de/?aff=1' rel='nofollow sponsored'>Kreditio</a>"
_PAID2 = "<a href='https://b.de/?aff=1' rel='sponsored'>GeldBlitz</a>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Kredit ohne Schufa: bis zu 5.000 € sofort</h1><p>Auch bei negativer Schufa</p>{_PAID}{_PAID2}",
        f"<h1>Sofortkredit bis 3.000 €</h1><p>Sofortzusage in 5 Minuten</p>{_PAID}{_PAID2}",
        f"<h1>Kredit bis zu 1.500 Euro</h1><p>Trotz Schufa, Zusage garantiert</p>{_PAID}{_PAID2}",
        "<h1>Eilkredit online</h1><p>Ohne Schufa-Abfrage</p><form><input name='betrag'></form>",
    ],
)
def test_german_loan_landers(text: str) -> None:
    assert pagebody.loan_lander(text.encode())


def test_german_loan_lander_fixture() -> None:
    assert pagebody.loan_lander(_fixture("sayan-loan-lander-german.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a bank's loan page: its own form, the borrower's record checked
        "<h1>Ratenkredit online bis 50.000 €</h1><p>Wir prüfen Ihre Bonität bei der SCHUFA.</p>"
        "<form><input name='betrag'></form>",
        # a comparison of lenders by paid links that promises approval to no one
        f"<h1>Ratenkredite im Vergleich 2024</h1><p>Zinsen ab 3,9 %.</p>{_PAID}{_PAID2}",
        # the lander's words, one paid link
        f"<h1>Sofortkredit bis 3.000 €</h1><p>Auch bei negativer Schufa</p>{_PAID}",
        # an explainer quoting the words, no lender linked
        "<p>Werbung verspricht einen 'Kredit ohne Schufa'. Verbraucherschützer warnen.</p>",
    ],
)
def test_german_loan_words_left_alone(text: str) -> None:
    assert not pagebody.loan_lander(text.encode())


def test_german_loan_lander_cited_by_date_only_fails() -> None:
    citation = Citation(url=f"{SAYAN}/20200806/3000007040.html", date=PartialDate.parse("2020-08-06"))
    status, cause, verdict, _ = _one(citation, _fixture("sayan-loan-lander-german.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a trading lander in Spanish (and Italian) --------------------------------------------------------------

_FORM = "<form action='/lead.php'><input name='email'></form>"


@pytest.mark.parametrize(
    "text",
    [
        f"<h1>Gane hasta 1.200 € al día</h1><p>Depósito mínimo de 250 €</p>{_FORM}",
        f"<h1>Gana más de 800 € al día</h1><p>El robot de trading opera por usted</p>{_FORM}",
        f"<p>Ingresos de más de 5.000 € por semana</p><p>Depósito de 250 € solamente</p>{_FORM}",
        f"<h1>Guadagna fino a 1.200 € al giorno</h1><p>Deposito minimo di 250 €</p>{_FORM}",
    ],
)
def test_spanish_and_italian_trading_landers(text: str) -> None:
    assert pagebody.investment_lander(text.encode())


def test_spanish_trading_lander_fixture() -> None:
    assert pagebody.investment_lander(_fixture("onega-trading-lander-spanish.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a bank's fixed deposit: a yearly rate, a minimum deposit, no income per day
        f"<h1>Depósito a plazo fijo al 3 % TAE</h1><p>Depósito mínimo de 1.000 €</p>{_FORM}",
        # a courier's job advert: pay per month, no deposit, no robot
        f"<h1>Repartidor: gana hasta 2.000 € al mes</h1>{_FORM}",
        # the lander's words, no form and nowhere to sign up
        "<h1>Gane hasta 1.200 € al día</h1><p>Depósito mínimo de 250 €</p>",
        # a broker's sign-up: a minimum deposit, no income promised
        f"<h1>Abra su cuenta</h1><p>Depósito mínimo de 100 €</p>{_FORM}",
    ],
)
def test_spanish_trading_words_left_alone(text: str) -> None:
    assert not pagebody.investment_lander(text.encode())


def test_spanish_trading_lander_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{ONEGA}/2020/08/07/kondopoga-paper-mill-new-owner-a88030",
        outlet="The Onega Observer",
        date=PartialDate.parse("2020-08-07"),
    )
    status, cause, verdict, _ = _one(citation, _fixture("onega-trading-lander-spanish.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


# --- a task scam's phone field named otherwise --------------------------------------------------------------

_TASKS = "<h1>Подработка: от 3 500 ₽ в день</h1><p>Ставьте лайки и пишите отзывы</p>"


@pytest.mark.parametrize(
    "field",
    [
        "<input type='text' name='nomer'>",
        "<input type='text' name='mobile'>",
        "<input name='whatsapp_number'>",
        "<input type='text' name='f2' placeholder='+7 (___) ___-__-__'>",
        "<input name='contact' placeholder='+7 (999) 000-00-00'>",
    ],
)
def test_task_scam_phone_field_named_otherwise(field: str) -> None:
    assert pagebody.task_scam_lander(f"{_TASKS}<form>{field}</form>".encode())


def test_task_scam_number_field_fixture() -> None:
    body = _fixture("sayan-task-scam-number-field.html")
    assert b"t.me" not in body
    assert b'type="tel"' not in body
    assert b"phone" not in body
    assert pagebody.task_scam_lander(body)


@pytest.mark.parametrize(
    "text",
    [
        # a courier's advert with a 'nomer' field: pay per day, no likes or reviews
        "<h1>Курьер: от 5 000 ₽ в день</h1><p>Доставляйте заказы</p><form><input name='nomer'></form>",
        # the lander's words, a form with a name and an e-mail only
        f"{_TASKS}<form><input name='imya'><input name='email' placeholder='mail@example.ru'></form>",
        # a mask-like placeholder that is no phone's (a date)
        f"{_TASKS}<form><input name='dob' placeholder='__.__.____'></form>",
    ],
)
def test_task_phone_field_words_left_alone(text: str) -> None:
    assert not pagebody.task_scam_lander(text.encode())


def test_task_scam_number_field_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{SAYAN}/politika/3000007050", outlet="Саян-Пресс", date=PartialDate.parse("2020-08-07")
    )
    status, cause, verdict, _ = _one(citation, _fixture("sayan-task-scam-number-field.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_story_with_sms_alerts_mobile_field_passes() -> None:
    citation = Citation(
        url=f"{SAYAN}/politika/3000007010",
        title="В Саяногорске прошла ярмарка вакансий: зарплаты от 60 000 рублей",
        outlet="Саян-Пресс",
        date=PartialDate.parse("2020-08-03"),
    )
    status, _, verdict, kinds = _one(citation, _fixture("sayan-story-sms-alerts-mobile-field.html"))
    assert (status, verdict) == (Status.OK, "pass"), kinds


# --- a film-piracy doorway ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<h1>Смотреть фильмы онлайн бесплатно в хорошем качестве</h1><p>Тайга · HD 1080</p>",
        "<h1>Сериалы смотреть онлайн бесплатно</h1><p>HD 720</p><p>HD 1080</p>",
        "<h1>Watch Movies Online Free</h1><p>The Storm (2024) 1080p</p><p>Frozen Sea (2024) 720p</p>",
        "<h1>Ver películas online gratis</h1><p>Full HD</p><p>HD 1080</p>",
    ],
)
def test_piracy_doorways(text: str) -> None:
    assert pagebody.piracy_doorway(text.encode())


def test_piracy_doorway_fixture() -> None:
    assert pagebody.piracy_doorway(_fixture("sayan-piracy-doorway.html"))


@pytest.mark.parametrize(
    "text",
    [
        # a cinema's listing: tickets, nothing free
        "<h1>Кинотеатр «Саяны»: афиша</h1><p>Тайга, 2D, HD 1080</p><p>Купить билет</p><p>HD 720</p>",
        # one video page's player: watch free online, one quality in its menu
        "<h1>Концерт смотреть онлайн бесплатно</h1><p>Качество: 1080p</p>",
        # a streaming service's page: online, paid, many qualities
        "<h1>Фильмы онлайн по подписке</h1><p>HD 1080</p><p>HD 720</p><p>1080p</p>",
    ],
)
def test_piracy_words_left_alone(text: str) -> None:
    assert not pagebody.piracy_doorway(text.encode())


def test_piracy_doorway_cited_without_title_fails() -> None:
    citation = Citation(
        url=f"{SAYAN}/politika/3000007060", outlet="Саян-Пресс", date=PartialDate.parse("2020-08-09")
    )
    status, cause, verdict, _ = _one(citation, _fixture("sayan-piracy-doorway.html"))
    assert (status, cause, verdict) == (Status.SOFT_404, Cause.SPAM, "fail")


def test_dated_forms_of_the_new_takeovers_are_not_read() -> None:
    """A page stating an article's date is not asked what a lapsed domain's holder serves (the parking
    test's gate): the German loan lander's, the Spanish trading lander's, the 'nomer' task scam's and the
    piracy doorway's words on a dated page are no takeover."""
    for body in (
        f"<h1>Kredit ohne Schufa: bis zu 5.000 € sofort</h1><p>Auch bei negativer Schufa</p>{_PAID}{_PAID2}",
        f"<h1>Gane hasta 1.200 € al día</h1><p>Depósito mínimo de 250 €</p>{_FORM}",
        f"{_TASKS}<form><input name='nomer'></form>",
        "<h1>Смотреть фильмы онлайн бесплатно в хорошем качестве</h1><p>HD 1080</p>",
    ):
        assert _body_signal(_page(body, dated=True)) is None
        assert _body_signal(_page(body)) is not None


# --- a print headline named only in the page's text ---------------------------------------------------------

_STORY = f"{ONEGA}/2020/08/02/petrozavodsk-council-approves-tram-line-a88010"


def _print_page(note: str) -> bytes:
    head = (
        "<meta charset='utf-8'><title>Petrozavodsk Council Approves Tram Line to Drevlyanka by 2024"
        " | The Onega Observer</title>"
        '<meta property="article:published_time" content="2020-08-02T09:30:00+03:00">'
    )
    body = f"<h1>Petrozavodsk Council Approves Tram Line to Drevlyanka by 2024</h1><p>Text.</p>{note}"
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


@pytest.mark.parametrize(
    "note",
    [
        "<p>A version of this article appears in print on Aug. 2, 2020, Section A, Page 4 of the Onega"
        " edition with the headline: Trams Return to Petrozavodsk. <a href='/reprints'>Order Reprints</a>"
        "</p>",
        "<p><em>This article appeared in the City section of the print edition under the headline"
        " “Trams Return to Petrozavodsk”</em></p>",
        "<p>A version of this story ran in print with the headline: &quot;Trams Return to"
        " Petrozavodsk&quot;</p>",
    ],
)
def test_print_headline_named_in_the_text(note: str) -> None:
    page = _print_page(note)
    assert [c.text for c in print_headlines(page.decode())] == ["Trams Return to Petrozavodsk"]
    assert [c.source for c in print_headlines(page.decode())] == ["alternative"]
    # the extractor does not read it (the checker asks it on a title mismatch only): the headline stays
    metadata = extract_metadata(page, _STORY)
    assert metadata.title == "Petrozavodsk Council Approves Tram Line to Drevlyanka by 2024"
    assert "Trams Return to Petrozavodsk" not in metadata.titles()


@pytest.mark.parametrize(
    "note",
    [
        "<p>A version of this article appears in print on Aug. 2, 2020, Section A, Page 4 of the Onega"
        " edition with the headline: Trams Return to Petrozavodsk. <a href='/reprints'>Order Reprints</a>"
        "</p>",
        "<p><em>This article appeared in the City section of the print edition under the headline"
        " “Trams Return to Petrozavodsk”</em></p>",
    ],
)
def test_print_headline_named_in_the_text_cited_passes_in_both_forms(note: str) -> None:
    citation = Citation(
        url=_STORY,
        title="Trams Return to Petrozavodsk",
        outlet="The Onega Observer",
        date=PartialDate.parse("2020-08-02"),
    )
    status, _, verdict, kinds = _one(citation, _print_page(note))
    assert (status, verdict) == (Status.OK, "pass"), kinds


@pytest.mark.parametrize(
    "note",
    [
        # a headline mentioned, no print edition
        "<p>The council met under the headline of austerity: Trams Return to Petrozavodsk.</p>",
        # print named, no headline
        "<p>This article appears in print on August 2, 2020, on page 4.</p>",
    ],
)
def test_print_headline_words_left_alone(note: str) -> None:
    assert print_headlines(_print_page(note).decode()) == []


def test_print_headline_named_in_text_cited_passes() -> None:
    citation = Citation(
        url=_STORY,
        title="Trams Return to Petrozavodsk",
        outlet="The Onega Observer",
        date=PartialDate.parse("2020-08-02"),
    )
    body = _fixture("onega-story-print-headline-text-only.html")
    assert b"alternativeHeadline" not in body
    status, _, verdict, kinds = _one(citation, body)
    assert (status, verdict) == (Status.OK, "pass"), kinds
    assert "title_mismatch" not in kinds


def test_print_headline_of_this_page_does_not_pass_another_citation() -> None:
    citation = Citation(
        url=_STORY,
        title="Kizhi Museum Builds a New Pier for Summer Cruises",
        outlet="The Onega Observer",
        date=PartialDate.parse("2020-08-02"),
    )
    _, _, verdict, kinds = _one(citation, _fixture("onega-story-print-headline-text-only.html"))
    assert "title_mismatch" in kinds
    assert verdict == "fail"
