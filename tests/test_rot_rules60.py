"""General rules behind the sixtieth link-rot batch (:mod:`tests.test_rot_heldout60`), on strings, pages.

- A Mongolian parked lander ("Энэ домэйн нэр худалдаанд гарсан байна!"); a dated story naming a domain's sale
  is none.
- Moved notices' titles in Japanese and Korean ("この記事は移転しました", "페이지가 이동되었습니다"); a
  company's "本社移転のお知らせ" (our head office moves) and a headline with "移動" in it are none.
- A Hungarian regional block ("Ez a tartalom az Ön régiójában nem érhető el"), as a title and in a line; a
  headline about a phone not sold in Hungary is none.
- A regional block's line standing under a kept headline where the text was (Hungarian, English): ``blocked``
  (``legal``); the same line quoted in a story that goes on is none.
- A dated headline over a comment form only (its text field named for a comment): gone; a story with its
  text before its comment form, a contact form under a headline, and an undated page are none.
- A short story whose line says its full text is in the outlet's archive (Croatian, English, German):
  ``text_walled`` (``archive``); a "From our archive" box of links, and a line naming an archive with a story
  going on after it, are none.

Functions new on this branch are read as the module's attributes inside each test, so that on the base's
``src`` every test fails by itself (an ``AttributeError``) rather than the module failing to import.
"""

from __future__ import annotations

import pytest

from linkcheck import gates, pagebody, soft404
from linkcheck.extract import extract_metadata
from linkcheck.models import Cause, Citation, PartialDate, Status
from linkcheck.names import fold
from tests.rot_harness import body_signal_at, one

DATED = '<meta property="article:published_time" content="2021-05-28T09:15:00+02:00">'


def _page(title: str, body: str, *, head: str = DATED, lang: str = "en") -> bytes:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:title' content=\"{title}\">{head}</head><body>{body}</body></html>"
    ).encode()


# --- a Mongolian lander -------------------------------------------------------------------------------------

MN_LANDER = (
    "<!DOCTYPE html><html lang='mn'><head><meta charset='utf-8'><title>darkhanmedee.example</title></head>"
    "<body><h1>darkhanmedee.example</h1><p>Энэ домэйн нэр худалдаанд гарсан байна!</p>"
    "<p><a href='/inquire'>Домэйн худалдаж авах талаар холбогдох</a></p></body></html>"
).encode()


def test_a_mongolian_lander_is_parked() -> None:
    signal = body_signal_at("https://darkhanmedee.example/medee/2020/07/11/uildver")(MN_LANDER)
    assert signal is not None
    assert signal[0] is Cause.PARKED


def test_a_dated_mongolian_story_on_a_domain_sale_is_not_parked() -> None:
    title = "Монголын домэйн нэр худалдаанд гарлаа: .mn бүртгэл нэмэгджээ"
    body = _page(
        title,
        f"<article><h1>{title}</h1><p>Энэ домэйн нэр худалдаанд гарсан байна гэсэн зар олширчээ.</p>"
        + "<p>Бүртгэлийн төв өнгөрсөн онд 4,200 шинэ домэйн бүртгэсэн байна.</p>" * 4
        + "</article>",
        lang="mn",
    )
    assert body_signal_at("https://darkhanmedee.example/medee/2021/05/28/domain")(body) is None


# --- moved notices in Japanese and Korean -------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "この記事は移転しました | 札幌ウィークリー",
        "ページ移転のお知らせ",
        "페이지가 이동되었습니다 - 원주방송",
    ],
)
def test_japanese_and_korean_moved_notices(title: str) -> None:
    assert soft404.is_moved_title(title, ["札幌ウィークリー", "원주방송"], ["sapporo-weekly.example"])


@pytest.mark.parametrize(
    "title",
    [
        "本社移転のお知らせ | 札幌ウィークリー",
        "移動図書館、3年ぶりに再開 | 札幌ウィークリー",
        "버스 노선 이동 안내",
    ],
)
def test_a_headline_with_a_move_in_it_is_no_moved_notice(title: str) -> None:
    assert not soft404.is_moved_title(title, ["札幌ウィークリー"], ["sapporo-weekly.example"])


def test_a_japanese_moved_page_names_its_new_address() -> None:
    url = "https://sapporo-weekly.example/news/2021/02/05/yukimatsuri-online"
    new = "https://sapporo-weekly.example/articles/2021/02/05/yukimatsuri-online"
    body = _page(
        "この記事は移転しました | 札幌ウィークリー",
        f"<h1>この記事は移転しました</h1><p>新しいアドレス：<a href='{new}'>{new}</a></p>",
        head="",
        lang="ja",
    )
    signal = body_signal_at(url)(body)
    assert signal is not None
    assert new in signal[1]


# --- a Hungarian regional block -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ez a tartalom az Ön régiójában nem érhető el",
        "A videó nem érhető el az Ön országában.",
        "Sajnos ez a cikk az Ön országában jelenleg nem elérhető",
    ],
)
def test_a_hungarian_regional_block(line: str) -> None:
    assert gates.legal_block(fold(line))


@pytest.mark.parametrize(
    "line",
    ["Miért nem érhető el az új telefon Magyarországon?", "A cikk nem érhető el", "Régiójában ő a legjobb"],
)
def test_no_hungarian_regional_block(line: str) -> None:
    assert not gates.legal_block(fold(line))


HU_TITLE = "Megnyílt a felújított Tisza-parti sétány Szegeden"
HU_URL = "https://www.szegedihirmondo.hu/helyi/2021/05/28/tisza-parti-setany"
HU_TEXT = "".join(
    f"<p>A sétány {n}. szakaszán padokat, fákat és új világítást helyeztek el a Tisza partján.</p>"
    for n in range(6)
)


@pytest.mark.parametrize(
    ("title", "notice", "lang"),
    [
        (HU_TITLE, "Ez a tartalom az Ön régiójában nem érhető el", "hu"),
        ("City opens new riverside walk", "This content is not available in your region", "en"),
    ],
)
def test_a_regional_block_under_a_kept_headline_is_blocked(title: str, notice: str, lang: str) -> None:
    body = _page(
        title,
        f"<article><h1>{title}</h1><p class='meta'>2021. május 28.</p><div><h2>{notice}</h2>"
        "<p>Licencelési okokból csak belföldről érhető el.</p></div></article>",
        lang=lang,
    )
    status, cause, verdict, _ = one(
        Citation(url=HU_URL, title=title, date=PartialDate.parse("2021-05-28")), body
    )
    assert (status, cause, verdict) == (Status.BLOCKED, Cause.LEGAL, "warn")


def test_a_story_quoting_a_regional_block_is_the_story() -> None:
    body = _page(
        HU_TITLE,
        f"<article><h1>{HU_TITLE}</h1><p>Ez a tartalom az Ön régiójában nem érhető el</p>{HU_TEXT}</article>",
        lang="hu",
    )
    status, _, verdict, _ = one(
        Citation(url=HU_URL, title=HU_TITLE, date=PartialDate.parse("2021-05-28")), body
    )
    assert (status, verdict) == (Status.OK, "pass")


# --- a headline over a comment form only --------------------------------------------------------------------

SL_TITLE = "Na Pohorju odprli novo kolesarsko progo"
SL_URL = "https://www.mariborskikurir.si/novice/2021/06/12/pohorje-proga"
COMMENT_FORM = (
    "<section class='comments'><h2>Komentarji (0)</h2><p>Bodite prvi, ki bo komentiral.</p>"
    "<form action='/komentarji/objavi' method='post'><label>Ime</label><input name='name'>"
    "<textarea name='comment'></textarea><button>Objavi komentar</button></form></section>"
)
SL_TEXT = "".join(
    f"<p>Proga {n} je dolga štiri kilometre in vodi od spodnje postaje vzpenjače do Bellevueja.</p>"
    for n in range(5)
)


def _comment_only(body: bytes) -> tuple[Status, Cause, str] | None:
    return pagebody.after_headline_signal(SL_URL, SL_URL, body, extract_metadata(body, SL_URL))


def test_a_headline_over_a_comment_form_only_is_gone() -> None:
    body = _page(
        SL_TITLE, f"<article><h1>{SL_TITLE}</h1><p>12. 6. 2021</p>{COMMENT_FORM}</article>", lang="sl"
    )
    status, _, verdict, _ = one(
        Citation(url=SL_URL, title=SL_TITLE, date=PartialDate.parse("2021-06-12")), body
    )
    assert (status, verdict) == (Status.SOFT_404, "fail")


def test_a_comment_form_with_no_thread_marker_is_read_by_its_field() -> None:
    form = "<form id='commentform'><textarea id='comment' name='comment'></textarea></form>"
    signal = _comment_only(_page(SL_TITLE, f"<h1>{SL_TITLE}</h1><p>Po Janez Novak</p>{form}", lang="sl"))
    assert signal is not None
    assert signal[0] is Status.SOFT_404


@pytest.mark.parametrize(
    ("markup", "head"),
    [
        # the story's text before its comments
        (f"<article><h1>{SL_TITLE}</h1><p>12. 6. 2021</p>{SL_TEXT}</article>{COMMENT_FORM}", DATED),
        # a contact form under a headline: no comment named
        (
            f"<h1>{SL_TITLE}</h1><form action='/kontakt'><textarea name='message'></textarea></form>",
            DATED,
        ),
        # a page stating no article's date
        (f"<h1>{SL_TITLE}</h1>{COMMENT_FORM}", ""),
    ],
    ids=["story-then-comments", "contact-form", "undated"],
)
def test_no_comment_form_only(markup: str, head: str) -> None:
    assert _comment_only(_page(SL_TITLE, markup, head=head, lang="sl")) is None


# --- a short story pointing to the archive for its full text ------------------------------------------------

HR_TITLE = "Torpedo: stara tvornica postaje kulturni centar"
HR_URL = "https://www.rijeckitjednik.hr/vijesti/2021/05/28/torpedo"
LEAD = (
    "<p>Gradsko vijeće Rijeke u srijedu je jednoglasno odobrilo projekt pretvaranja nekadašnje tvornice"
    " torpeda u kulturni centar.</p>"
)


def _walled(markup: str, lang: str = "hr") -> tuple[str, str] | None:
    body = _page(HR_TITLE, f"<article><h1>{HR_TITLE}</h1>{markup}</article>", lang=lang)
    return pagebody.walled_text(body, extract_metadata(body, HR_URL))


@pytest.mark.parametrize(
    ("pointer", "lang"),
    [
        ("Cijeli članak dostupan je u našoj arhivi.", "hr"),
        ("The full article is available in our archive.", "en"),
        ("Den vollständigen Artikel finden Sie in unserem Archiv.", "de"),
    ],
)
def test_a_full_text_in_the_archive_line_walls_the_story(pointer: str, lang: str) -> None:
    walled = _walled(f"<p>Ivana Matić</p>{LEAD}<p>{pointer}</p><p><a href='/arhiva'>Arhiva</a></p>", lang)
    assert walled is not None
    assert walled[0] == "archive"


def test_an_archive_pointer_makes_the_story_warn() -> None:
    body = _page(
        HR_TITLE, f"<article><h1>{HR_TITLE}</h1>{LEAD}<p>Cijeli članak dostupan je u našoj arhivi.</p>"
    )
    status, _, verdict, kinds = one(Citation(url=HR_URL, title=HR_TITLE), body)
    assert (status, verdict) == (Status.OK, "warn")
    assert "text_walled" in kinds


@pytest.mark.parametrize(
    "markup",
    [
        # a box of links "From our archive" after a short story, its "Whole archive" link
        f"{LEAD}<h2>Iz naše arhive</h2><ul><li><a href='/a'>Obnova lukobrana</a></li></ul>"
        "<p><a href='/arhiva'>Cijela arhiva</a></p>",
        # a line naming an archive, the story going on after it
        f"{LEAD}<p>Cijeli popis radova čuva se u državnom arhivu u Rijeci.</p>"
        + "<p>Radovi počinju u proljeće, a završetak se očekuje za dvije godine, kaže gradonačelnik.</p>" * 5,
    ],
    ids=["archive-box", "archive-in-text"],
)
def test_no_archive_pointer(markup: str) -> None:
    assert _walled(markup) is None


# --- a video's page whose player says the video is gone (rot59's leftover) ----------------------------------

KO_TITLE = "춘천 소양강 스카이워크 야간 개장 첫날"
KO_URL = "https://www.chuncheon-tv.co.kr/video/2021/07/16/soyanggang-skywalk-night"
KO_REST = (
    f"<h1>{KO_TITLE}</h1><p class='meta'>2021.07.16 19:00</p>"
    "<p>춘천시가 소양강 스카이워크의 야간 개장을 시작했습니다. 조명은 밤 10시까지 켜집니다.</p>"
    "<section class='comments'><p>회사 컴퓨터에서는 재생할 수 없습니다 ㅠㅠ</p></section>"
)


def _video_page(player: str, og_type: str = "video.other") -> bytes:
    head = f"<meta property='og:type' content='{og_type}'>{DATED}"
    return _page(KO_TITLE, f"<div class='player'>{player}</div>{KO_REST}", head=head, lang="ko")


def _video_gone(body: bytes) -> str | None:
    return pagebody.video_gone(body, extract_metadata(body, KO_URL))


def test_the_extractor_carries_og_type() -> None:
    assert extract_metadata(_video_page(""), KO_URL).og_type == "video.other"
    assert extract_metadata(_page(KO_TITLE, KO_REST), KO_URL).og_type is None


@pytest.mark.parametrize("og_type", ["video.other", "video.episode"])
def test_a_dead_player_on_a_kept_video_page_is_gone(og_type: str) -> None:
    body = _video_page("<p>이 동영상은 더 이상 재생할 수 없습니다</p>", og_type)
    assert _video_gone(body) == "이 동영상은 더 이상 재생할 수 없습니다"
    status, _, verdict, _ = one(
        Citation(url=KO_URL, title=KO_TITLE, date=PartialDate.parse("2021-05-28")), body
    )
    assert (status, verdict) == (Status.SOFT_404, "fail")


@pytest.mark.parametrize(
    "body",
    [
        # a player that plays; a reader's comment below says it would not play at work
        _video_page("<video controls><source src='/v.mp4' type='video/mp4'></video>"),
        # an embedded player
        _video_page(
            "<iframe src='https://player.example/embed/1'></iframe>"
            "<p>이 동영상은 더 이상 재생할 수 없습니다</p>"
        ),
        # a story (og:type article) whose lines say a video cannot be played
        _video_page("<p>이 동영상은 더 이상 재생할 수 없습니다</p>", "article"),
    ],
    ids=["player-plays", "iframe", "article"],
)
def test_no_dead_player(body: bytes) -> None:
    assert _video_gone(body) is None
