"""Rules added after the eleventh held-out batch of articles (tests/fixtures/articles/heldout/b11_*): each a
general rule, tested here on a string of its own, with what it must leave alone."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import _TAXONOMY_PATH, find_urls, is_boilerplate
from linkcheck.articles.wikitext import is_citation_template
from linkcheck.models import Citation, PartialDate


def _urls(text: str, fmt: str, **kwargs: object) -> list[str]:
    return [c.url for c in extract_citations(text, fmt, **kwargs)]  # type: ignore[arg-type]


def _day(value: str) -> PartialDate:
    parsed = PartialDate.parse(value)
    assert parsed is not None
    return parsed


def _by_url(text: str, fmt: str, **kwargs: object) -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt, **kwargs)}  # type: ignore[arg-type]


# --- wikitext: Swedish and Turkish citation templates -----------------------------------------------------


def test_swedish_and_turkish_citation_templates_are_read() -> None:
    text = (
        "Text.<ref>{{Webbref|url=https://www.svt.example/a/1|titel=Bron stängs|verk=[[SVT Nyheter]]|"
        "datum=2019-04-02|hämtdatum=2024-03-12|arkivurl=https://web.archive.org/web/20200101000000/"
        "https://www.svt.example/a/1|arkivdatum=2020-01-01}}</ref> Metin.<ref>{{Web kaynağı |url="
        "https://www.aa.example/tr/a/2 |başlık=Köprü kapatılıyor |yayıncı=[[Anadolu Ajansı]] "
        "|tarih=14 Mart 2022 |erişimtarihi=5 Şubat 2024}}</ref> Haber.<ref>{{Haber kaynağı "
        "|url=https://gazete.example/b/3 "
        "|başlık=Yaya yolu |gazete=Samsun Haber |tarih=2022-10-03 |arşivurl=https://web.archive.org/web/"
        "20221004000000/https://gazete.example/b/3}}</ref>"
    )
    found = _by_url(text, "wikitext")
    sv = found["https://www.svt.example/a/1"]
    assert (sv.title, sv.outlet) == ("Bron stängs", "SVT Nyheter")
    assert (sv.date, sv.access_date) == (_day("2019-04-02"), _day("2024-03-12"))
    assert sv.archive_url == "https://web.archive.org/web/20200101000000/https://www.svt.example/a/1"
    tr = found["https://www.aa.example/tr/a/2"]
    assert (tr.title, tr.outlet) == ("Köprü kapatılıyor", "Anadolu Ajansı")
    assert (tr.date, tr.access_date) == (_day("2022-03-14"), _day("2024-02-05"))
    news = found["https://gazete.example/b/3"]
    assert (news.outlet, news.date) == ("Samsun Haber", _day("2022-10-03"))
    assert news.archive_url == "https://web.archive.org/web/20221004000000/https://gazete.example/b/3"


def test_the_swedish_and_turkish_template_names() -> None:
    for name in (
        "Webbref",
        "webbref",
        "Tidningsref",
        "Web kaynağı",
        "Haber_kaynağı",
        "Akademik dergi kaynağı",
    ):
        assert is_citation_template(name), name
    # Left alone: "kaynağı" as a name's last word only (not "Kaynağı belirsiz", "unsourced"), and the Swedish
    # names whole ("Webbreferenser" is not one).
    for name in ("Kaynağı belirsiz", "kaynak", "Webbreferenser", "Referenser"):
        assert not is_citation_template(name), name


# --- every format: access labels of Swedish, Norwegian/Danish, Lithuanian, Turkish ------------------------


def test_more_access_labels_give_the_access_date() -> None:
    cases = [
        "<ref>[https://www.nt.example/a Bron försenad], ''NT'', 8 september 2020. Läst 12 mars 2024.</ref>",
        "<ref>[https://www.nt.example/a Broen], ''NT'', 8. september 2020. Besøkt 12. mars 2024.</ref>",
        "<ref>[https://www.nt.example/a Köprü], Haber, 8 Eylül 2020. Erişim tarihi: 12 Mart 2024.</ref>",
    ]
    for ref in cases:
        (citation,) = extract_citations("Text." + ref, "wikitext")
        assert citation.access_date == _day("2024-03-12"), ref
    markdown = (
        "Text.[^1]\n\n[^1]: Agentūra. *Indeksas*. [žiūrėta 2024-05-20]. Prieiga per internetą: "
        "<https://osp.example.lt/a?id=1>\n"
    )
    (citation,) = extract_citations(markdown, "markdown")
    assert citation.access_date == _day("2024-05-20")
    # Left alone: "läst" without a date after it, and the cited date of an entry without a label.
    (plain,) = extract_citations(
        "Text.<ref>[https://www.nt.example/b Boken är läst], ''NT'', 8 september 2020.</ref>", "wikitext"
    )
    assert plain.access_date is None
    assert plain.date == _day("2020-09-08")


# --- every format: follow calls, related labels and tag pages of more languages ---------------------------


def test_follow_calls_in_more_languages_are_machinery() -> None:
    assert is_boilerplate("Følg oss på Facebook:")
    assert is_boilerplate("Følg os på Instagram")
    assert is_boilerplate("Последвайте ни във Facebook:")
    assert is_boilerplate("I-follow kami sa Facebook:")
    assert is_boilerplate("Sekite mus Facebook'e")
    # Left alone: the words inside a sentence that cites.
    assert not is_boilerplate("Ifølge NRK følger kraftselskapene prisene")
    assert not is_boilerplate("Ayon sa PSA, sinusundan ng mga opisyal ang presyo")
    assert not is_boilerplate("Според БТА последните данни показват")


def test_related_labels_in_more_languages_give_the_title() -> None:
    cases = [
        ("Les også: Slik leser du strømregningen", "Strømprisen falt i mai, opplyser SSB."),
        ("Læs også: Sådan læser du elregningen", "Elprisen faldt i maj."),
        ("Прочетете още: Как се изчислява кошницата", "Инфлацията се забави през април."),
        ("Basahin din: Paano binabantayan ang presyo", "Bumaba ang presyo ng bigas."),
    ]
    for line, prose in cases:
        text = f"Headline\n\n{prose}\n\n{line}\nhttps://news.example/2024/05/02/story\n"
        (citation,) = extract_citations(text, "text")
        assert citation.title == line.partition(": ")[2], line
    # Left alone: the words inside a sentence are no label.
    text = "Headline\n\nDu kan les også mer her: https://news.example/2024/05/02/story\n"
    (citation,) = extract_citations(text, "text")
    assert citation.title is None


def test_topic_and_lithuanian_tag_pages_are_a_sites_own_listings() -> None:
    assert _TAXONOMY_PATH.search("/tema/byvanie/")
    assert _TAXONOMY_PATH.search("/temas/vivienda/")
    assert _TAXONOMY_PATH.search("/zymes/bustas/")
    # Left alone: an article under a section of another name, and an article below a topic.
    assert not _TAXONOMY_PATH.search("/ekonomika/ceny-bytov/")
    assert not _TAXONOMY_PATH.search("/tema/vivienda/2024/05/alquiler-sube.html")


def test_a_blogs_tag_links_are_no_citations() -> None:
    text = (
        "Kaip pranešė [LRT](https://www.lrt.example/a/1).\n\n"
        "Žymės: [būstas](/zymes/bustas/), [ekonomika](/zymes/ekonomika/)\n"
    )
    assert _urls(text, "markdown", base_url="https://blog.example.lt/irasai/x/") == [
        "https://www.lrt.example/a/1"
    ]


# --- text: a chat log's time stamp does not continue a URL ------------------------------------------------


def test_a_log_lines_time_stamp_is_not_the_rest_of_a_url() -> None:
    text = "09:03 < dk> LWN wrote it up https://lwn.example/Articles/965432/\n09:04 < bot> ok\n"
    assert [url for _, _, url in find_urls(text)] == ["https://lwn.example/Articles/965432/"]
    # Left alone: a URL wrapped after "/" whose next line is the rest of its path.
    wrapped = "See https://news.example/2024/05/\n02/story-slug for more.\n"
    assert [url for _, _, url in find_urls(wrapped)] == ["https://news.example/2024/05/02/story-slug"]


# --- every format: weekdays and reporting words of Norwegian, Slovak, Bulgarian, Filipino, Lithuanian ----


def test_weekdays_of_more_languages_date_a_report() -> None:
    cases = [
        (
            "Strømprisen falt i mai, og prisene er lave.\n\nPrisen falt, opplyser SSB tirsdag.\n"
            "https://www.ssb.example/a/1\n",
            "2024-06-04",
            "2024-06-04",
        ),
        (
            "Ceny bytov klesli, čo je dobrá správa.\n\nCena klesla, uviedla v pondelok Národná banka.\nhttps://nbs.example/a/2\n",
            "2024-05-07",
            "2024-05-06",
        ),
        (
            "Инфлацията се забави.\n\nЦените паднаха, съобщи в сряда институтът.\nhttps://www.nsi.example/a/3\n",
            "2024-05-16",
            "2024-05-15",
        ),
        (
            "Bumaba ang presyo ng bigas.\n\nBumaba ang presyo, ayon sa PSA noong Huwebes.\nhttps://psa.example/a/4\n",
            "2024-07-10",
            "2024-07-04",
        ),
        (
            "Nuoma brangsta ir toliau.\n\nKainos kyla, antradienį pranešė LRT.\nhttps://www.lrt.example/a/5\n",
            "2024-05-23",
            "2024-05-21",
        ),
    ]
    for text, article, expected in cases:
        (citation,) = extract_citations(text, "text", article_date=_day(article))
        assert citation.date == _day(expected), text
    # Left alone: an English article's "Fredag" (a name) is no weekday there, and a weekday without a
    # reporting word dates nothing.
    english = (
        "Prices fell.\n\nThe Fredag bakery said on the phone that it closed.\nhttps://bakery.example/a\n"
    )
    (citation,) = extract_citations(english, "text", article_date=_day("2024-06-04"))
    assert citation.date is None
    plain = (
        "Strømprisen falt i mai, og prisene er lave.\n\nTirsdag var det kaldt.\nhttps://www.ssb.example/a/6\n"
    )
    (citation,) = extract_citations(plain, "text", article_date=_day("2024-06-04"))
    assert citation.date is None
