"""The rules the nineteenth link-rot batch (tests/test_rot_heldout19.py) brought, each on strings, with what
each must leave alone: a removal notice under a kept headline whose first sentence says why after a colon
("Материал снят с публикации по решению редакции: ..."); a consent platform's statement of its purposes
("We and our 842 partners store and/or access information on a device ...") and the heading "We care about
your privacy"; a page whose ``<title>`` alone holds the cited headline while its ``<h1>`` and ``og:title`` are
another page's (a casino that kept a lapsed domain's titles); a 410 page's words in the reason; a redirect to
a social network's or messaging service's page named as such; and a link refused with its tracking
parameters whose address without them answers."""

from __future__ import annotations

import threading

import pytest

from linkcheck import Config, check
from linkcheck.extract import extract_metadata
from linkcheck.gates import consent_purposes, gate_signal
from linkcheck.match import match_citation
from linkcheck.models import (
    Cause,
    Citation,
    FetchResult,
    FindingKind,
    Metadata,
    PartialDate,
    Redirect,
    Status,
)
from linkcheck.names import fold
from linkcheck.pagebody import headless_signal, notice_signal
from linkcheck.soft404 import is_error_title, platform_of

#: invented hosts under live top-level domains, for :func:`check` (which holds ``.example`` dead)
AGENCY = "https://severtelegraf-news.ru"
POST = "https://ladogapost-news.com"
STORY = f"{POST}/2019/10/02/governors-aide-detained-over-bridge-contract-a67610"
HTML = {"content-type": "text/html; charset=utf-8"}


class _Answers:
    """A fetcher double: each URL's answer, and the URLs asked for, in order."""

    def __init__(self, answers: dict[str, FetchResult]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
        self.asked.append(url)
        return self.answers[url]


def _answer(url: str, status: int, body: bytes = b"", final: str | None = None, **kw: object) -> FetchResult:
    return FetchResult(url=url, final_url=final or url, status_code=status, headers=HTML, body=body, **kw)  # type: ignore[arg-type]


def _kept_headline(lang: str, headline: str, lines: str) -> bytes:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>'
        f'<meta property="og:title" content="{headline}">'
        '<meta property="article:published_time" content="2020-01-08T14:40:00+03:00"></head>'
        f"<body><header><a href='/'>Site</a></header><article><h1>{headline}</h1>{lines}</article>"
        "<footer>© Site</footer></body></html>"
    ).encode()


def _notice(url: str, page: bytes) -> tuple[Status, Cause, str] | None:
    return notice_signal(url, url, page, extract_metadata(page, url))


# --- a removal notice whose first sentence says why after a colon -----------------------------------------

RU_HEADLINE = "Депутат Госдумы предложил продать Ирану системы С-400"


@pytest.mark.parametrize(
    ("lang", "headline", "notice"),
    [
        (
            "ru",
            RU_HEADLINE,
            "<p><b>От редакции.</b> Материал снят с публикации по решению редакции: приведённая в нём цитата"
            " не соответствовала сказанному. Приносим извинения читателям.</p>",
        ),
        (
            "ru",
            RU_HEADLINE,
            "<p>Материал удалён по решению редакции: он не соответствовал нашим стандартам.</p>",
        ),
        (
            "en",
            "Governor's Aide Detained Over Bridge Contract",
            "<p>This article has been removed: it relied on a source we could not verify.</p>",
        ),
        (
            "uk",
            "Депутат запропонував продати Ірану системи С-400",
            "<p>Матеріал знято з публікації: цитата не відповідала сказаному.</p>",
        ),
    ],
)
def test_a_notice_that_says_why_after_a_colon_is_a_removal(lang: str, headline: str, notice: str) -> None:
    said = _notice(f"{AGENCY}/politika/7488130", _kept_headline(lang, headline, notice))
    assert said is not None
    assert said[:2] == (Status.SOFT_404, Cause.ERROR_PAGE)


ARTICLE_TEXT = (
    "<p>" + "Депутаты обсуждали законопроект несколько часов, и голосование перенесли. " * 8 + "</p>"
)


@pytest.mark.parametrize(
    "lines",
    [
        # a standfirst quoting such words, then the article
        "<p>Материал снят с публикации: так в редакции объяснили исчезновение колонки.</p>" + ARTICLE_TEXT,
        # someone says it, in the article's first line
        "<p>Мэр заявил: материал снят с публикации по требованию прокуратуры.</p>",
        # a film pulled from cinemas: not the article
        "<p>Фильм снят с проката: прокатчик объяснил решение.</p>",
        # a long clause before the colon is a sentence, not a notice's lead
        "<p>Материал о ремонте моста через Каму, который мы готовили несколько недель вместе с читателями,"
        " снят с публикации: подробности завтра.</p>",
    ],
)
def test_a_line_with_a_colon_that_is_no_removal_notice_is_left_alone(lines: str) -> None:
    assert _notice(f"{AGENCY}/politika/7488131", _kept_headline("ru", RU_HEADLINE, lines)) is None


@pytest.mark.parametrize(
    ("title", "error"),
    [
        ("Матеріал знято з публікації", True),
        ("Статтю видалено на вимогу правовласника", True),
        ("Цей матеріал було видалено", True),
        ("Президента видалено з ефіру", False),
        ("Матеріал про видалення зубів", False),
    ],
)
def test_ukrainian_removal_titles(title: str, error: bool) -> None:
    assert is_error_title(title) is error


# --- a consent platform's dialog ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "We and our 842 partners store and/or access information on a device, such as cookies, and process"
        " personal data",
        "We and our partners store and/or access information on a device, such as cookies",
        "Wir und unsere 200 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu",
        "Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil",
        "Noi e i nostri 150 partner archiviamo e/o accediamo a informazioni su un dispositivo",
    ],
)
def test_a_consent_platforms_purposes_open_its_dialog(line: str) -> None:
    assert consent_purposes(fold(line))


@pytest.mark.parametrize(
    "line",
    [
        "We and our readers store memories of the old pier",
        "Regulators say we and our partners must stop storing data",
        "Our partners store information on a device, such as cookies",
    ],
)
def test_other_lines_about_partners_are_no_consent_dialog(line: str) -> None:
    assert not consent_purposes(fold(line))


TCF = (
    "We and our 842 partners store and/or access information on a device, such as cookies, and process"
    " personal data, such as unique identifiers, for personalised advertising and content."
)


def test_a_headless_page_holding_only_the_dialog_is_a_consent_wall() -> None:
    page = (
        '<html lang="en"><head><title>The Ladoga Post</title></head><body><div role="dialog">'
        f"<h2>Privacy settings</h2><p>{TCF}</p><button>I accept</button></div></body></html>"
    ).encode()
    url = f"{POST}/2021/11/17/moscow-raises-parking-fees-in-city-center-a75550"
    said = headless_signal(url, url, page, extract_metadata(page, url))
    assert said is not None
    assert said[:2] == (Status.BLOCKED, Cause.CONSENT)


def test_an_article_under_a_consent_banner_is_no_wall() -> None:
    page = (
        '<html lang="en"><head><title>Moscow Raises Parking Fees in City Center</title>'
        '<meta property="article:published_time" content="2021-11-17T10:00:00+03:00"></head><body>'
        f"<div class='banner'><p>{TCF}</p></div><h1>Moscow Raises Parking Fees in City Center</h1>"
        "<p>Parking in the center will cost twice as much from January, the city said.</p></body></html>"
    ).encode()
    url = f"{POST}/2021/11/17/moscow-raises-parking-fees-in-city-center-a75550"
    assert headless_signal(url, url, page, extract_metadata(page, url)) is None


def _titled(*titles: tuple[str, str], site: str | None = "The Ladoga Post") -> Metadata:
    from linkcheck.models import TitleCandidate

    return Metadata(
        title=titles[0][0],
        title_source=titles[0][1],
        title_candidates=tuple(TitleCandidate(text, source) for text, source in titles),
        site_name=site,
    )


def test_we_care_about_your_privacy_is_a_consent_heading() -> None:
    metadata = _titled(("We care about your privacy", "h2"), ("The Ladoga Post", "title-tag"))
    gate = gate_signal(POST + "/a", POST + "/a", metadata, 0)
    assert gate is not None
    assert gate[0] is Cause.CONSENT


def test_a_headline_about_privacy_is_no_consent_heading() -> None:
    title = "Why we care about your privacy less than regulators think"
    metadata = _titled((title, "h1"), (title, "title-tag"))
    assert gate_signal(POST + "/a", POST + "/a", metadata, 0) is None


# --- a <title> kept by another page -------------------------------------------------------------------------

FERRY = "Ladoga Ferry Operator Files for Bankruptcy"
FERRY_URL = f"{POST}/2019/06/25/ladoga-ferry-operator-files-for-bankruptcy-a66040"


def _head_page(
    title: str, og: str, h1: str, published: str | None = None, site: str = "CasinoTopList"
) -> bytes:
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{og}"><meta property="og:site_name" content="{site}">{date}'
        f"</head><body><h1>{h1}</h1><p>Some text of the page, long enough to be read.</p></body></html>"
    ).encode()


def _title_kinds(page: bytes, title: str = FERRY) -> list[FindingKind]:
    citation = Citation(FERRY_URL, title=title, date=PartialDate.parse("2019-06-25"))
    metadata = extract_metadata(page, FERRY_URL)
    return [f.kind for f in match_citation(citation, metadata, final_url=FERRY_URL, config=Config())]


def test_a_title_that_only_the_title_tag_holds_under_another_headline_is_a_mismatch() -> None:
    page = _head_page(FERRY, "Best Online Casinos 2025 - Top Real Money Sites", "Best Online Casinos 2025")
    assert FindingKind.TITLE_MISMATCH in _title_kinds(page)


def test_a_russian_casino_that_kept_the_title_is_a_mismatch_too() -> None:
    headline = "Тольяттинский автозавод возобновил выпуск седанов после простоя"
    casino = "Рейтинг лучших онлайн казино на реальные деньги 2024"
    page = _head_page(headline, casino, casino, site="Казино Рейтинг 2024")
    assert FindingKind.TITLE_MISMATCH in _title_kinds(page, headline)


@pytest.mark.parametrize(
    "page",
    [
        # a dated article whose <title> is its SEO headline and whose display headline differs
        _head_page(
            FERRY, "Ferry firm goes bust", "Ferry firm goes bust", "2019-06-25T10:00:00+03:00", "The Post"
        ),
        # the og:title is the cited headline too
        _head_page(FERRY, FERRY, "Best Online Casinos 2025"),
        # the <h1> is the site's name: the page has no other headline
        _head_page(FERRY, "Ferry firm goes bust", "The Ladoga Post", site="The Ladoga Post"),
        # the <h1> is the cited headline
        _head_page(FERRY, "Best Online Casinos 2025", FERRY),
    ],
    ids=["dated-seo-title", "og-title-agrees", "h1-is-site-name", "h1-agrees"],
)
def test_a_title_tag_match_is_left_alone_when_the_page_agrees_or_is_dated(page: bytes) -> None:
    assert FindingKind.TITLE_MISMATCH not in _title_kinds(page)


# --- a 410 page's words -----------------------------------------------------------------------------------


def _checked(url: str, answers: dict[str, FetchResult], **fields: object) -> tuple[str, _Answers]:
    fetcher = _Answers(answers)
    citation = Citation(url, **fields)  # type: ignore[arg-type]
    result = check([citation], Config(), fetcher=fetcher).results[0]
    return result.reason or "", fetcher


def test_a_410_page_that_says_why_is_quoted() -> None:
    url = f"{AGENCY}/politics/1109777"
    body = (
        b"<html><head><title>Story withdrawn</title></head><body><h1>This story has been withdrawn</h1>"
        b"<p>The editors withdrew it after its source retracted his statement.</p></body></html>"
    )
    reason, _ = _checked(url, {url: _answer(url, 410, body)})
    assert reason.startswith("410 Gone")
    assert "This story has been withdrawn" in reason


def test_a_bare_410_page_keeps_its_status_line() -> None:
    url = f"{AGENCY}/politics/1109778"
    reason, _ = _checked(url, {url: _answer(url, 410, b"<html><title>410 Gone</title><h1>Gone</h1></html>")})
    assert reason == "410 Gone"


# --- a redirect to a social network's page ------------------------------------------------------------------


@pytest.mark.parametrize("site", ["Telegram", "VK", "ВКонтакте", "YouTube", "Дзен"])
def test_a_platforms_site_name_names_the_platform(site: str) -> None:
    assert platform_of(Metadata(site_name=site)) == site


@pytest.mark.parametrize("site", ["The Daily Telegraph", "Telegraf", "Северный Телеграф", None])
def test_a_news_sites_name_is_no_platform(site: str | None) -> None:
    assert platform_of(Metadata(site_name=site)) is None


CHANNEL_PAGE = (
    '<html><head><title>Северный Телеграф | Новости – Telegram</title><meta property="og:title"'
    ' content="Северный Телеграф | Новости"><meta property="og:site_name" content="{site}"></head>'
    '<body><div class="tgme_header_title">Северный Телеграф | Новости</div>'
    "<div>Правительство утвердило новые правила.</div></body></html>"
)


@pytest.mark.parametrize(
    ("site", "said"),
    [("Telegram", "a channel or profile page on Telegram"), ("Северный Телеграф", "a section front page")],
)
def test_a_redirect_to_a_channel_says_so(site: str, said: str) -> None:
    url, channel = f"{AGENCY}/politika/7488120", f"{AGENCY}/s/severtelegraf"
    answer = _answer(
        url,
        200,
        CHANNEL_PAGE.replace("{site}", site).encode(),
        final=channel,
        redirects=(Redirect(302, channel),),
    )
    reason, _ = _checked(
        url,
        {url: answer},
        title="В Совфеде оценили возобновление переговоров Ирака о покупке С-300",
        date=PartialDate.parse("2020-01-09"),
    )
    assert said in reason


# --- refused with tracking parameters ---------------------------------------------------------------------

ZHIRINOVSKY = f"{POST}/2020/01/08/zhirinovsky-urges-iran-to-buy-s400-a68839"
STORY_PAGE = (
    b"<html><head><title>Zhirinovsky Urges Iran to Buy S-400</title></head><body><h1>x</h1></body></html>"
)


@pytest.mark.parametrize("status", [400, 404, 410])
def test_a_link_refused_with_tracking_parameters_says_what_the_bare_address_answers(status: int) -> None:
    tracked = ZHIRINOVSKY + "?utm_source=twitter&utm_medium=social"
    reason, fetcher = _checked(
        tracked, {tracked: _answer(tracked, status), ZHIRINOVSKY: _answer(ZHIRINOVSKY, 200, STORY_PAGE)}
    )
    assert fetcher.asked == [tracked, ZHIRINOVSKY]
    assert f"without its tracking parameters the address answers 200: {ZHIRINOVSKY} " in reason


def test_the_other_parameters_are_kept_in_the_bare_address() -> None:
    tracked = ZHIRINOVSKY + "?page=2&fbclid=IwAR0abc"
    bare = ZHIRINOVSKY + "?page=2"
    reason, fetcher = _checked(
        tracked, {tracked: _answer(tracked, 404), bare: _answer(bare, 200, STORY_PAGE)}
    )
    assert fetcher.asked == [tracked, bare]
    assert f"answers 200: {bare} " in reason


@pytest.mark.parametrize(
    ("url", "status"),
    [
        (ZHIRINOVSKY, 404),  # no query
        (ZHIRINOVSKY + "?page=2", 404),  # no tracking parameter
        (ZHIRINOVSKY + "?utm_source=twitter", 403),  # a refusal, not a bad address
        (ZHIRINOVSKY + "?utm_source=twitter", 500),  # the server failed
    ],
)
def test_no_second_request_for_other_answers_or_addresses(url: str, status: int) -> None:
    reason, fetcher = _checked(url, {url: _answer(url, status)})
    assert fetcher.asked == [url]
    assert "tracking" not in reason


def test_no_note_when_the_bare_address_is_refused_too() -> None:
    tracked = ZHIRINOVSKY + "?utm_source=twitter"
    reason, fetcher = _checked(
        tracked, {tracked: _answer(tracked, 404), ZHIRINOVSKY: _answer(ZHIRINOVSKY, 404)}
    )
    assert fetcher.asked == [tracked, ZHIRINOVSKY]
    assert reason == "404 Not Found"


class _Overlaps(_Answers):
    """A fetcher double that counts the requests in flight at once: a request for a bare address waits (at
    most a second) for another request to start meanwhile, as a slot given back early would let one."""

    def __init__(self, answers: dict[str, FetchResult]) -> None:
        super().__init__(answers)
        self._lock = threading.Lock()
        self._started = threading.Condition(self._lock)
        self.in_flight = 0
        self.most = 0

    def fetch(self, url: str, *, deadline: float | None = None) -> FetchResult:
        with self._lock:
            self.asked.append(url)
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
            self._started.notify_all()
            if "utm_" not in url:  # the bare address: would another request start while this one runs?
                self._started.wait_for(lambda: self.in_flight > 1, timeout=1.0)
            self.in_flight -= 1
        return self.answers[url]


def test_the_bare_address_is_asked_in_the_slot_of_the_refused_one() -> None:
    # one request at a time to the host (--per-host 1), four workers, three refused links with tracking
    # parameters: each second request is made before the slot is given back, never beside another request
    urls = [f"{POST}/2020/01/0{n}/story-a6883{n}" for n in range(1, 4)]
    answers = {}
    for url in urls:
        answers[url + "?utm_source=twitter"] = _answer(url + "?utm_source=twitter", 404)
        answers[url] = _answer(url, 200, STORY_PAGE)
    fetcher = _Overlaps(answers)
    citations = [Citation(url + "?utm_source=twitter") for url in urls]
    report = check(citations, Config(workers=4, per_host=1), fetcher=fetcher)
    assert len(fetcher.asked) == 6
    assert fetcher.most == 1
    assert all("without its tracking parameters the address answers 200" in r.reason for r in report.results)
