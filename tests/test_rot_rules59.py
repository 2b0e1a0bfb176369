"""General rules behind the fifty-ninth link-rot batch (:mod:`tests.test_rot_heldout59`), on strings, pages.

- A retraction flagged only by a label before the headline ("RETRACTED", "Retracted article"), and a
  retraction note under a headline kept in an ``<h2>``: a ``retracted`` warning; the word in a sentence, a
  label of another kind and an "Expression of concern" are none.
- A bare dialog over a page's long closing footer: still a consent wall; a dialog whose first line asks the
  reader's age (18 or 21 as a number of its own): an age check (``auth``), not consent; "our 18 partners"
  further on in a consent dialog is no age question; an undated page with much text before its footer is
  left alone.
- A dated machine digest under a plain headline that says only that a machine wrote it (Polish), on a page
  dated more than a year after its own address: gone; the same note on a page dated as its address is none.
- A Vietnamese parked lander; withdrawn documents' pages in Norwegian, Danish and Swedish; a proposal
  "trukket tilbake" in a story's headline is none.
- A Korean video platform's notice as a page's title: gone.
- A story of a few lines followed by a priced box opened by a heading (any language), or under a modal
  sign-in dialog with a password field: ``text_walled``; a brief naming a price in its text, a whole story
  with a hidden log-in dialog, a teaser under a newsletter pop-up (no password) are left alone.

Functions new on this branch are read as the module's attributes inside each test, so that on the base's
``src`` every test fails by itself (an ``AttributeError``) rather than the module failing to import.
"""

from __future__ import annotations

import pytest

from linkcheck import pagebody, soft404
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, PartialDate, Status
from tests.rot_harness import body_signal_at, one

STORY = "https://www.solwayexaminer.co.uk/news/2021/09/22/dumfries-evening-clinics"
DATED = '<meta property="article:published_time" content="2021-09-22T07:05:00+01:00">'
HEADLINE = "Dumfries hospital trial cut waiting times by half, board says"
TEXT = "".join(
    f"<p>The evening clinics at the infirmary cut the median wait in department number {n} by weeks.</p>"
    for n in range(5)
)


def _page(title: str, body: str, *, head: str = DATED, lang: str = "en") -> bytes:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:title' content=\"{title}\">{head}</head><body>{body}</body></html>"
    ).encode()


def _retraction(body: bytes) -> str | None:
    return pagebody.retraction_note(body, extract_metadata(body, STORY))


# --- a retraction by a label, or under an <h2> headline -----------------------------------------------------


@pytest.mark.parametrize("label", ["RETRACTED", "Retracted article", "Retracted:"])
def test_a_label_before_the_headline_flags_a_retraction(label: str) -> None:
    body = _page(HEADLINE, f"<article><div class='flags'><span>{label}</span></div><h1>{HEADLINE}</h1>{TEXT}")
    assert _retraction(body) == label


def test_a_retraction_label_makes_the_story_warn() -> None:
    body = _page(HEADLINE, f"<article><span class='flag'>RETRACTED</span><h1>{HEADLINE}</h1>{TEXT}</article>")
    status, _, verdict, kinds = one(
        Citation(url=STORY, title=HEADLINE, date=PartialDate.parse("2021-09-22")), body
    )
    assert (status, verdict) == (Status.OK, "warn")
    assert "retracted" in kinds


@pytest.mark.parametrize(
    "markup",
    [
        # the word in a sentence under the headline: a story about a retraction
        f"<h1>{HEADLINE}</h1><p>The paper now carries a red RETRACTED banner above its title.</p>{TEXT}",
        # a label of another kind; a class name alone
        f"<span class='flag'>Science</span><h1>{HEADLINE}</h1>{TEXT}",
        f"<div class='story--retracted'><h1>{HEADLINE}</h1>{TEXT}</div>",
        # a sentence before the headline naming a retraction
        f"<p>Journal retracted two papers this week.</p><h1>{HEADLINE}</h1>{TEXT}",
    ],
    ids=["word-in-sentence", "other-label", "class-only", "sentence-before"],
)
def test_no_retraction_label(markup: str) -> None:
    assert _retraction(_page(HEADLINE, markup)) is None


GERMAN = "Zittau: Stadtrat stoppt Verkauf des Alten Gymnasiums"
GERMAN_NOTE = (
    "<p><strong>Hinweis der Redaktion:</strong> Dieser Artikel wurde zurückgezogen. Unsere Darstellung"
    " beruhte auf einem Missverständnis.</p>"
)
GERMAN_TEXT = (
    "<p>" + "Der Stadtrat hat am Dienstagabend den Verkauf des Gebäudes vorerst gestoppt. " * 6 + "</p>"
)


def test_a_retraction_note_under_an_h2_headline() -> None:
    body = _page(
        GERMAN, f"<div><h2>{GERMAN}</h2><p>Von Jens Richter</p>{GERMAN_NOTE}{GERMAN_TEXT}</div>", lang="de"
    )
    said = _retraction(body)
    assert said is not None
    assert "zurückgezogen" in said


def test_an_h2_that_is_not_the_headline_is_not_read_for_a_retraction() -> None:
    body = _page(GERMAN, f"<div><h2>Meistgelesen</h2>{GERMAN_NOTE}{GERMAN_TEXT}</div>", lang="de")
    assert _retraction(body) is None


def test_an_expression_of_concern_is_no_retraction() -> None:
    note = (
        "<h2>Expression of concern</h2><p>The editors have been made aware of questions about this article's"
        " data. The article has not been retracted.</p>"
    )
    assert _retraction(_page(HEADLINE, f"<h1>{HEADLINE}</h1>{note}{TEXT}")) is None


# --- bare dialogs: a long footer, an age question -----------------------------------------------------------

CONSENT = (
    "<div role='dialog' aria-modal='true'><h2>Вашата поверителност е важна за нас</h2>"
    "<p>Ние и нашите 18 партньори съхраняваме информация на вашето устройство.</p>"
    "<button>Приемам</button><button>Отказвам</button><button>Настройки</button></div>"
)
FOOTER = (
    "<footer>"
    + "".join(
        f"<p>Издава се от Вести Медиа ЕООД, ред {n}, всички права запазени, гр. Пловдив.</p>"
        for n in range(20)
    )
    + "</footer>"
)


def _dialog(body: str) -> tuple[Cause, str] | None:
    page = _page("Пловдивски вести", body, head="", lang="bg")
    return pagebody.dialog_wall(page, extract_metadata(page, "https://pv.example/plovdiv/2020/11/24/gara"))


def test_a_consent_dialog_over_a_long_footer_is_a_consent_wall() -> None:
    wall = _dialog(f"<header><a href='/'>Пловдивски вести</a></header>{CONSENT}{FOOTER}")
    assert wall is not None
    assert wall[0] is Cause.CONSENT


def test_much_text_before_the_footer_is_no_bare_dialog() -> None:
    text = "".join(
        f"<p>Общинският съвет обсъди ремонта на гарата, точка {n} от дневния ред.</p>" for n in range(20)
    )
    assert _dialog(f"{CONSENT}<main>{text}</main>{FOOTER}") is None


@pytest.mark.parametrize(
    "question",
    ["შეგისრულდათ 18 წელი?", "Are you 21 or older?", "18+", "Czy masz ukończone 18 lat?"],
)
def test_a_dialog_asking_the_readers_age_is_an_age_check(question: str) -> None:
    gate = (
        f"<div role='dialog' aria-modal='true'><h2>{question}</h2><button>✓</button><button>✗</button></div>"
    )
    wall = _dialog(gate)
    assert wall is not None
    assert wall[0] is Cause.AUTH
    assert "age" in wall[1]


def test_a_consent_dialog_naming_18_partners_is_still_consent() -> None:
    wall = _dialog(CONSENT)
    assert wall is not None
    assert wall[0] is Cause.CONSENT


# --- a machine digest saying only that a machine wrote it ---------------------------------------------------

DIGEST_URL = "https://www.kurierbrdy.pl/bydgoszcz/2019/06/18/kladka-bernardynska"
POLISH_NOTE = "<p><em>Ten tekst został wygenerowany przez sztuczną inteligencję.</em></p>"


def _digest(published: str, note: str = POLISH_NOTE) -> bytes:
    return _page(
        "Most Bernardyński w Bydgoszczy",
        f"<h1>Most Bernardyński w Bydgoszczy</h1><ul><li>Most łączy Wyspę Młyńską z ulicą.</li></ul>{note}",
        head=f'<meta property="article:published_time" content="{published}">',
        lang="pl",
    )


def test_a_page_dated_years_after_its_address_is_made_after_it() -> None:
    assert soft404.made_after_address(extract_metadata(_digest("2024-09-10T08:00:00+02:00"), DIGEST_URL))
    assert not soft404.made_after_address(extract_metadata(_digest("2019-06-19T08:00:00+02:00"), DIGEST_URL))


def test_a_machine_note_alone_on_a_redated_page_is_a_digest() -> None:
    body = _digest("2024-09-10T08:00:00+02:00")
    assert soft404.machine_summary_page("Most Bernardyński w Bydgoszczy", body, redated=True) is not None
    assert soft404.machine_summary_page("Most Bernardyński w Bydgoszczy", body, redated=False) is None
    english = _digest("2024-09-10T08:00:00+02:00", "<p>This text was generated by AI.</p>")
    assert soft404.machine_summary_page("Most Bernardyński w Bydgoszczy", english, redated=True) is not None


def test_a_digest_at_an_old_address_is_gone() -> None:
    cited = Citation(
        url=DIGEST_URL, title="Kładka Bernardyńska otwarta po remoncie", date=PartialDate.parse("2019-06-18")
    )
    status, cause, _, _ = one(cited, _digest("2024-09-10T08:00:00+02:00"))
    assert (status, cause) == (Status.SOFT_404, Cause.ERROR_PAGE)


def test_no_machine_note_no_digest() -> None:
    body = _digest("2024-09-10T08:00:00+02:00", "<p>Tekst przygotowała redakcja.</p>")
    assert soft404.machine_summary_page("Most Bernardyński w Bydgoszczy", body, redated=True) is None


# --- tables: a Vietnamese lander, withdrawn documents ----------------------------------------------------

LANDER = (
    "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>baohoian.example</title></head><body>"
    "<h1>baohoian.example</h1><p>Tên miền này có thể đang được rao bán!</p>"
    "<p><a href='/mua'>Liên hệ mua tên miền</a></p></body></html>"
).encode()


def test_a_vietnamese_lander_is_parked() -> None:
    signal = body_signal_at("https://baohoian.example/van-hoa/2020/10/31/pho-co")(LANDER)
    assert signal is not None
    assert signal[0] is Cause.PARKED


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Dokumentet er trukket tilbake", "nb"),
        ("Dokumentet er trukket tilbage", "da"),
        ("Dokumentet har dragits tillbaka", "sv"),
    ],
)
def test_a_withdrawn_documents_page_is_gone(title: str, lang: str) -> None:
    url = "https://www.lillevik.kommune.no/dokumenter/planer/reguleringsplan-2019.pdf"
    body = _page(
        f"{title} | Lillevik kommune", f"<h1>{title}</h1><p>Kontakt postmottaket.</p>", head="", lang=lang
    )
    status, _, verdict, _ = one(Citation(url=url, title="Reguleringsplan for Havnefronten"), body)
    assert (status, verdict) == (Status.SOFT_404, "fail")


def test_a_proposal_withdrawn_in_a_headline_is_a_story() -> None:
    url = "https://www.lillevik.kommune.no/nyheter/2019/08/30/forslaget-trukket"
    title = "Forslaget om nye boliger på Havnefronten er trukket tilbake"
    body = _page(
        title,
        f"<h1>{title}</h1>" + "<p>Kommunestyret behandlet saken i går kveld.</p>" * 6,
        head='<meta property="article:published_time" content="2019-08-30T10:00:00+02:00">',
        lang="nb",
    )
    status, _, verdict, _ = one(Citation(url=url, title=title, date=PartialDate.parse("2019-08-30")), body)
    assert (status, verdict) == (Status.OK, "pass")


# --- a video's notice as a page's title (Korean) ------------------------------------------------------------


def test_a_korean_video_notice_titling_the_page_is_gone() -> None:
    url = "https://www.ccb.co.kr/video/2021/07/16/skywalk"
    notice = "이 동영상은 더 이상 재생할 수 없습니다"
    body = _page(
        f"{notice} | 춘천방송", f"<h1>{notice}</h1><p>다른 영상을 확인해 주세요.</p>", head="", lang="ko"
    )
    cited = Citation(
        url=url, title="춘천 소양강 스카이워크 야간 개장 첫날", date=PartialDate.parse("2021-07-16")
    )
    assert one(cited, body)[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)


# --- a teaser under a priced box, or under a sign-in dialog -------------------------------------------------

WELSH = "Cyngor yn cymeradwyo cynllun i ailagor rheilffordd Aberystwyth i Gaerfyrddin"
LEDE = (
    "<p>Mae Cyngor Sir Ceredigion wedi pleidleisio o blaid astudiaeth ddichonoldeb i ailagor y rheilffordd."
    " Caeodd y lein i deithwyr ym 1965.</p>"
)
BOX = (
    "<div class='box'><h2>Mae gweddill yr erthygl hon ar gael i danysgrifwyr yn unig</h2>"
    "<p>Tanysgrifiwch am £1 y mis am y tri mis cyntaf.</p><a href='/tanysgrifio'>Tanysgrifiwch nawr</a>"
    "<p>Eisoes yn danysgrifiwr? <a href='/mewngofnodi'>Mewngofnodwch</a></p></div>"
)


def _walled(body: str, title: str = WELSH) -> tuple[str, str] | None:
    page = _page(title, f"<article><h1>{title}</h1>{body}</article>", lang="cy")
    return pagebody.walled_text(
        page, extract_metadata(page, "https://nyf.example/newyddion/2022/02/16/rheilffordd")
    )


def test_a_teaser_under_a_priced_box_is_walled() -> None:
    walled = _walled(LEDE + BOX)
    assert walled is not None
    assert walled[0] == "paywall"


@pytest.mark.parametrize(
    "body",
    [
        # a brief naming a price in its text, links after it, no heading
        "<p>Bydd y cyngerdd nos Wener. Tocynnau £10 o <a href='/a'>swyddfa'r theatr</a> neu"
        " <a href='/b'>ar-lein</a>.</p>",
        # a whole story and a newsletter box (no price)
        "<p>" + "Bydd Eisteddfod yr Urdd yn cael ei chynnal yn ardal Llandysul. " * 12 + "</p>"
        "<h2>Tanysgrifiwch i'n cylchlythyr</h2><input type='email'><button>Tanysgrifio</button>",
        # a price under a heading but one link only
        LEDE + "<h2>Tocynnau</h2><p>£10 y person.</p><a href='/a'>Archebu</a>",
    ],
    ids=["price-in-brief", "newsletter-box", "one-link"],
)
def test_no_priced_box(body: str) -> None:
    assert _walled(body) is None


TEASER = (
    "<p>Emajõe paremkaldale rajatakse järgmise kahe aasta jooksul promenaad. Linnavalitsus kinnitas hanke"
    " võitja.</p>"
)
SIGN_IN = (
    "<div role='dialog' aria-modal='true'><h2>Jätkamiseks logi sisse</h2><form><input type='email'>"
    "<input type='password'><button>Logi sisse</button></form></div>"
)
ESTONIAN = "Tartu linn alustab Emajõe promenaadi ehitusega"


def _teaser_page(article: str, after: str) -> tuple[str, str] | None:
    page = _page(ESTONIAN, f"<article><h1>{ESTONIAN}</h1>{article}</article>{after}", lang="et")
    return pagebody.walled_text(
        page, extract_metadata(page, "https://tp.example/uudised/2021/04/14/promenaad")
    )


def test_a_teaser_under_a_sign_in_dialog_is_walled() -> None:
    walled = _teaser_page(TEASER, SIGN_IN)
    assert walled is not None
    assert walled[0] == "registration"


def test_a_whole_story_with_a_hidden_sign_in_dialog_is_not_walled() -> None:
    story = (
        "<p>"
        + "Emajõe paremkaldale rajatakse promenaad ja linnavalitsus kinnitas hanke võitja. " * 12
        + "</p>"
    )
    assert _teaser_page(story, SIGN_IN) is None


def test_a_teaser_under_a_newsletter_pop_up_is_not_walled() -> None:
    pop_up = "<div role='dialog' aria-modal='true'><h2>Uudiskiri</h2><input type='email'>"
    pop_up += "<button>Telli</button></div>"
    assert _teaser_page(TEASER, pop_up) is None
