"""Weekdays in the languages artdates3 opted in, and a WARC record's page read as a page (artdates4).

artdates3 read the months of Georgian, Bashkir, Kurmanji, Sorani and Irish prose, not their weekdays: a
report "on Thursday" in those languages had no day, though the article's own date was read. Each weekday is
read as the reader reads English's and Russian's, against the article's date (an article of Friday 10
January 2020: Thursday is the 9th, Wednesday the 8th), in the form its prose says "on ...": Georgian's
dative (``ხუთშაბათს``), Bashkir's nominative (``кесаҙна``), Kurmanji with or without its ezafe
(``roja Pêncşemê``), Sorani's one-word days (``ڕۆژی پێنجشەممە``), Irish ``Déardaoin`` and the forms with
``Dé`` (``Dé Céadaoin``). Words that are other words or names stay unread: Georgian ``კვირა`` (Sunday, also
"week") and the nominative ``პარასკევი`` (Friday, also Saint Paraskevi's name); Kurmanji ``în`` (Friday,
also Romanian's "in"); Irish days without ``Dé`` (``Aoine``, "fast"; ``Domhnach``, "church", as in
``Domhnach Phádraig``; ``Luan``; ``Máirt``).

A WARC file's response record whose HTTP payload is HTML is read as an HTML document: the date after a link
in the page is the link's, the page's own published date is the article's (not the crawl's ``WARC-Date``
nor the HTTP ``Date``), and the other records (``warcinfo``, a ``robots.txt`` response, ``metadata``
outlinks) are the archive's machinery, not citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck.articles import extract_citations
from linkcheck.models import Citation, PartialDate

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
REUTERS = "https://www.reuters.com/article/us-iran-usa-missiles-idUSKBN1Z71OY"
HELDOUT = Path(__file__).parent / "fixtures" / "articles" / "heldout"


def _read(text: str, fmt: str = "text", article_date: str | None = "2020-01-10") -> dict[str, Citation]:
    date = PartialDate.parse(article_date) if article_date else None
    return {c.url: c for c in extract_citations(text, fmt, article_date=date)}


def _date(text: str, url: str, fmt: str = "text") -> str | None:
    value = _read(text, fmt)[url].date
    return None if value is None else str(value)


# --- the held-out seed stories: RIA's Thursday and TASS's Wednesday -------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("b35_seed_ka_ambebi.html", "html"),  # "ხუთშაბათს" ... "ოთხშაბათს"
        ("b35_seed_ba_khabar.txt", "text"),  # "кесаҙна" ... "шаршамбы"
        ("b35_seed_ckb_hawal.html", "html"),  # "ڕۆژی پێنجشەممە" ... "ڕۆژی چوارشەممە"
        ("b35_seed_ga_nuachtlitir.html", "html"),  # "Déardaoin" ... "Dé Céadaoin"
    ],
)
def test_the_seed_storys_weekdays_date_ria_and_tass(name: str, fmt: str) -> None:
    text = (HELDOUT / name).read_text(encoding="utf-8")
    cited = {c.url: c for c in extract_citations(text, fmt)}
    assert str(cited[RIA].date) == "2020-01-09"
    assert str(cited[TASS].date) == "2020-01-08"


# --- each language's weekday read against the article's date ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "url", "iso"),
    [
        # Georgian: the dative, "on ..."
        (
            f"ხუთშაბათს განაცხადა დეპუტატმა სააგენტო TASS-ისთვის {TASS}, რომ მოლაპარაკება განახლდა.\n",
            TASS,
            "2020-01-09",
        ),
        (f"სააგენტო TASS იტყობინება ორშაბათს {TASS}, რომ შეთანხმება არ არის.\n", TASS, "2020-01-06"),
        # Bashkir
        (
            f"Депутат шаршамбы ТАСС агентлығына хәбәр итте {TASS}, һөйләшеүҙәр дауам итә.\n",
            TASS,
            "2020-01-08",
        ),
        (f"ТАСС агентлығы дүшәмбе хәбәр итте {TASS}, һөйләшеүҙәр туҡтаны.\n", TASS, "2020-01-06"),
        # Kurmanji: with the ezafe after "roja" (day) and bare
        (
            f"Nûner roja Pêncşemê ji ajansa TASS re ragihand {TASS} û got ku danûstandin dest pê kir.\n",
            TASS,
            "2020-01-09",
        ),
        (f"Ajansa TASS çarşem ragihand {TASS} û got ku peyman nîne.\n", TASS, "2020-01-08"),
        # Sorani
        (
            f"پەرلەمانتارێک ڕۆژی پێنجشەممە بە ئاژانسی TASS ڕایگەیاند {TASS} کە دانوستان دەستی پێکردەوە.\n",
            TASS,
            "2020-01-09",
        ),
        # Irish: Déardaoin, and the days with "Dé"
        (f"Dúirt feisire Déardaoin le gníomhaireacht TASS {TASS} agus bhí sé sásta.\n", TASS, "2020-01-09"),
        (
            f"De réir ghníomhaireacht TASS Dé Céadaoin {TASS}, bhí an margadh réidh agus níl aon athrú.\n",
            TASS,
            "2020-01-08",
        ),
        (f"Dúirt an t-aire Dé Luain le TASS {TASS} agus bhí sé sásta.\n", TASS, "2020-01-06"),
        (f"Dúirt an t-aire Dé hAoine le TASS {TASS} agus bhí sé sásta.\n", TASS, "2020-01-10"),
    ],
)
def test_a_weekday_of_the_new_languages_dates_the_report(text: str, url: str, iso: str) -> None:
    assert _date(text, url) == iso


def test_the_weekday_is_read_against_the_articles_own_date_line() -> None:
    # No date passed: the article's own Irish date line (Friday 10 January 2020) is the day counted from.
    text = (
        "Dé hAoine 10 Eanáir 2020\n\n"
        f"Dúirt feisire Déardaoin le gníomhaireacht RIA Novosti {RIA} agus bhí sé sásta.\n"
    )
    cited = {c.url: c for c in extract_citations(text, "text")}
    assert str(cited[RIA].date) == "2020-01-09"


# --- left alone -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Georgian "კვირა" (Sunday) is also "week": "ამ კვირას" is "this week"
        f"ამ კვირას განაცხადა სააგენტო TASS {TASS}, რომ მოლაპარაკება გრძელდება.\n",
        # Georgian "პარასკევი" is also Saint Paraskevi: her church is no day
        f"წმინდა პარასკევის ეკლესიაში განაცხადა მღვდელმა TASS-ს {TASS}, რომ ყველაფერი კარგადაა.\n",
        # Kurmanji "în" (Friday) is Romanian's "in"
        f"A declarat în interviul acordat agenției TASS {TASS} că negocierile au fost reluate.\n",
        # Irish days without "Dé": "Aoine" (fast), "Domhnach" (a church: Domhnach Phádraig), "Luan", "Máirt"
        f"Dúirt sagart Dhomhnach Phádraig le TASS {TASS} agus bhí an Aoine fada.\n",
        f"Dúirt an file le TASS {TASS} go raibh Luan na Cásca agus Máirt ina ainmneacha.\n",
        # "Dé" is also "of God": "Mac Dé" names no day
        f"Dúirt an sagart le TASS {TASS} go bhfuil Mac Dé ann agus bhí sé sásta.\n",
        # the Irish name of a place in English prose, without "Dé"
        f"Reported by TASS {TASS}: the Donaghmore (Domhnach Mór) parish hall reopened.\n",
    ],
)
def test_a_weekday_word_that_is_another_word_or_a_name_is_no_date(text: str) -> None:
    assert _date(text, TASS) is None


def test_english_and_russian_weekdays_are_read_as_before() -> None:
    assert _date(f"TASS reported on Wednesday {TASS} that talks resumed.\n", TASS) == "2020-01-08"
    assert _date(f"Как сообщил в среду ТАСС {TASS}, переговоры возобновились.\n", TASS) == "2020-01-08"


def test_the_weekday_table_is_opted_in_per_language() -> None:
    from linkcheck import months
    from linkcheck.articles import _dates

    assert {"ka", "ba", "kmr", "ckb", "ga"} <= set(months.PROSE_OPT_IN_WEEKDAYS)
    for language, days in months.PROSE_OPT_IN_WEEKDAYS.items():
        assert language in months.PROSE_OPT_IN, language  # a language's weekdays only where its months are
        for number, words in days:
            for word in words.split():
                assert _dates.MORE_WEEKDAYS[word.replace("_", " ")] == number, (language, word)
    for word in ("კვირა", "კვირას", "პარასკევი", "în", "aoine", "domhnach", "luan", "máirt", "dé"):
        assert word not in _dates.WEEKDAYS, word
    # read only in an article that may be in one of the more languages, as every other such table
    for word in ("ხუთშაბათს", "кесаҙна", "pêncşem", "پێنجشەممە", "déardaoin"):
        assert word not in _dates.WEEKDAYS or word in _dates.MORE_WEEKDAYS, word


# --- a WARC record's page read as a page -------------------------------------------------------------------


def _warc_record(headers: list[str], payload: str) -> str:
    body = payload.encode("utf-8")
    return (
        "WARC/1.1\r\n"
        + "".join(f"{h}\r\n" for h in headers)
        + f"Content-Length: {len(body)}\r\n\r\n"
        + payload
        + "\r\n\r\n"
    )


_PAGE = (
    "HTTP/1.1 200 OK\r\nDate: Tue, 14 Jan 2020 12:14:05 GMT\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    '<!DOCTYPE html>\n<html lang="eu">\n<head>\n<title>Irakek negoziazioak berrabiarazi ditu</title>\n'
    '<meta property="article:published_time" content="2020-01-10T09:50:00+01:00">\n</head>\n<body>\n'
    "<h1>Irakek negoziazioak berrabiarazi ditu</h1>\n"
    f'<p>Parlamentari batek <a href="{RIA}">RIA Novosti</a> agentziari ostegunean esan zionez, '
    "negoziazioak berrabiarazi dira.</p>\n"
    f'<p>"S-400 eta S-500 erosi", adierazi zuen Zhirinovskik, <a href="{TASS}">TASS</a> agentziak '
    "asteazkenean jaso zuenez.</p>\n"
    f'<p>Misilak jaurti zituen, <a href="{REUTERS}">Reuters</a> agentziak urtarrilaren 8an '
    "jakinarazi zuenez.</p>\n"
    "</body>\n</html>\n"
)
_ROBOTS = (
    "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n"
    "User-agent: *\nDisallow: /bilatu\nSitemap: https://www.albisteak.example.eus/sitemap.xml\n"
)


def _warc() -> str:
    return _warc_record(
        [
            "WARC-Type: response",
            "WARC-Target-URI: https://www.albisteak.example.eus/mundua/2020/01/10/irakek",
            "WARC-Date: 2020-01-14T12:14:05Z",
            "Content-Type: application/http; msgtype=response",
        ],
        _PAGE,
    ) + _warc_record(
        [
            "WARC-Type: response",
            "WARC-Target-URI: https://www.albisteak.example.eus/robots.txt",
            "WARC-Date: 2020-01-14T12:14:04Z",
            "Content-Type: application/http; msgtype=response",
        ],
        _ROBOTS,
    )


def test_a_warc_pages_links_take_the_dates_after_them() -> None:
    cited = {c.url: c for c in extract_citations(_warc(), "text")}
    assert str(cited[RIA].date) == "2020-01-09"  # "ostegunean", Thursday, after the link
    assert str(cited[TASS].date) == "2020-01-08"  # "asteazkenean", Wednesday
    assert str(cited[REUTERS].date) == "2020-01-08"  # "urtarrilaren 8an"
    assert cited[TASS].outlet == "TASS"


def test_a_warc_pages_own_date_is_the_article_date_not_the_crawls() -> None:
    cited = {c.url: c for c in extract_citations(_warc(), "text")}
    article = cited[RIA].article
    assert article is not None
    assert str(article.date) == "2020-01-10"
    assert article.title == "Irakek negoziazioak berrabiarazi ditu"


def test_a_warcs_records_and_robots_txt_are_no_citations() -> None:
    cited = {c.url: c for c in extract_citations(_warc(), "text")}
    assert set(cited) == {RIA, TASS, REUTERS}


def test_a_warc_pages_links_keep_the_files_line_numbers() -> None:
    text = _warc()
    cited = {c.url: c for c in extract_citations(text, "text")}
    lines = text.replace("\r\n", "\n").split("\n")
    assert TASS in lines[cited[TASS].line - 1]
    assert REUTERS in lines[cited[REUTERS].line - 1]


def test_the_basque_warc_seed_reads_its_report_dates() -> None:
    text = (HELDOUT / "b34_seed_eu_warc.txt").read_text(encoding="utf-8")
    cited = {c.url: c for c in extract_citations(text, "text")}
    assert str(cited[RIA].date) == "2020-01-09"
    assert str(cited[TASS].date) == "2020-01-08"
    assert str(cited[REUTERS].date) == "2020-01-08"
    assert "https://www.albisteak.example.eus/mundua/" not in cited  # the metadata record's 'via:'
    assert "https://www.liburutegia.example.eus/web-artxiboa" not in cited  # the crawler's user agent


def test_a_warc_of_two_pages_reads_each_against_its_own_date() -> None:
    second = (
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
        '<html lang="en"><head><title>Talks stall</title>'
        '<meta property="article:published_time" content="2020-01-17T08:00:00Z"></head><body>'
        '<p>The deputy told <a href="https://interfax.ru/world/690001">Interfax</a> on Thursday that talks '
        "had stalled.</p></body></html>\n"
    )
    text = _warc() + _warc_record(
        [
            "WARC-Type: response",
            "WARC-Target-URI: https://www.albisteak.example.eus/mundua/2020/01/17/talks",
            "WARC-Date: 2020-01-17T12:00:00Z",
            "Content-Type: application/http; msgtype=response",
        ],
        second,
    )
    cited = {c.url: c for c in extract_citations(text, "text")}
    assert str(cited[RIA].date) == "2020-01-09"  # the first page's Thursday
    assert str(cited["https://interfax.ru/world/690001"].date) == "2020-01-16"  # the second page's


def test_a_text_that_quotes_a_warc_header_is_read_as_text() -> None:
    text = f"The archive's record opens with WARC/1.1 and TASS reported on Wednesday {TASS}.\n"
    assert _date(text, TASS) == "2020-01-08"


def test_a_warc_pages_chunked_payload_is_read_unchunked() -> None:
    # wget and other crawlers keep an HTTP body as it came, chunks and all: the chunks joined are the page.
    html = _PAGE.split("\r\n\r\n", 1)[1].encode("utf-8")
    cut = html.index(b"<p>Misilak")
    body = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (html[:cut], html[cut:])) + b"0\r\n\r\n"
    head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    text = _warc_record(
        [
            "WARC-Type: response",
            "WARC-Target-URI: https://www.albisteak.example.eus/mundua/2020/01/10/irakek",
            "WARC-Date: 2020-01-14T12:14:05Z",
            "Content-Type: application/http; msgtype=response",
        ],
        head + body.decode("utf-8"),
    )
    cited = {c.url: c for c in extract_citations(text, "text")}
    assert set(cited) == {RIA, TASS, REUTERS}
    assert str(cited[REUTERS].date) == "2020-01-08"
    assert cited[RIA].article is not None
    assert str(cited[RIA].article.date) == "2020-01-10"


def test_a_warc_page_compressed_is_not_read_as_a_page() -> None:
    # a payload still gzip-encoded is no text: the file is read as text, its header's crawl date unread
    head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
    text = _warc_record(
        [
            "WARC-Type: response",
            "WARC-Target-URI: https://www.albisteak.example.eus/mundua/2020/01/10/irakek",
            "WARC-Date: 2020-01-14T12:14:05Z",
        ],
        head + "\x1f\x08 binary",
    )
    cited = extract_citations(text, "text")
    assert all(c.article is None or c.article.date is None for c in cited)
