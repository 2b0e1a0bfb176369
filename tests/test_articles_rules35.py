"""Rules added after the thirty-fifth held-out batch (tests/fixtures/articles/heldout, ``b35_*``), each on a
small string of our own, with what it must leave alone; and what a tracking redirect is reported as."""

from __future__ import annotations

from linkcheck.articles import extract_citations
from linkcheck.articles._base import unwrap_redirect
from linkcheck.models import Citation


def _read(text: str, fmt: str = "text") -> dict[str, Citation]:
    return {c.url: c for c in extract_citations(text, fmt)}


# --- a comment service's redirect signs its target after a colon, with or without a "/" before it


def test_disqus_signature_after_a_path_without_a_slash_is_dropped() -> None:
    link = "https://disq.us/url?url=https%3A%2F%2Fwww.gov.example.uk%2Fguidance%2Fbird-flu%3AaBcD1234EfGh&cuid=51"
    assert unwrap_redirect(link) == ("https://www.gov.example.uk/guidance/bird-flu", "disq.us")
    page = f'<p>See the <a href="{link}" rel="nofollow">wild bird guidance</a> (updated 18 October).</p>'
    assert list(_read(page, "html")) == ["https://www.gov.example.uk/guidance/bird-flu"]


def test_disqus_signature_after_a_colon_in_the_path_is_the_only_part_dropped() -> None:
    link = (
        "https://disq.us/url?url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FHelp%3AContents%3AzXy12345abc&cuid=5"
    )
    assert unwrap_redirect(link) == ("https://en.wikipedia.org/wiki/Help:Contents", "disq.us")


def test_disqus_target_left_alone_without_a_signature_shape() -> None:
    # a slash before the signature (as before), a port, a token of digits only: the address as it is
    signed = "https://disq.us/url?url=https%3A%2F%2Fhost.example%2Fpath%2F%3AaBcD1234EfGh&cuid=5"
    assert unwrap_redirect(signed) == ("https://host.example/path/", "disq.us")
    port = "https://disq.us/url?url=https%3A%2F%2Fhost.example%3A8443%2F&cuid=5"
    assert unwrap_redirect(port) == ("https://host.example:8443/", "disq.us")
    digits = "https://disq.us/url?url=https%3A%2F%2Fhost.example%2Fa%3A123456&cuid=5"
    assert unwrap_redirect(digits) == ("https://host.example/a:123456", "disq.us")


# --- an address cut short with an ellipsis is the words of a link to the whole address


_CUT = (
    '<message><![CDATA[<p>Cambridge News ran a piece on Friday: <a href="https://disq.us/url?url=https%3A%2F%2F'
    'www.cambridge-news.example.co.uk%2Fnews%2Fswans-ely-29871234%3AvWxY3456ZaBc&amp;cuid=5" rel="nofollow">'
    "https://www.cambridge-news....</a></p>]]></message>\n"
)


def test_an_address_cut_short_with_an_ellipsis_is_no_citation() -> None:
    cited = _read(_CUT)
    assert "https://www.cambridge-news" not in cited
    assert "https://www.cambridge-news.example.co.uk/news/swans-ely-29871234" in cited


def test_an_address_cut_short_beside_its_whole_address_in_plain_text() -> None:
    text = "Shared as https://news.example.org/2024/10/swa… — the full link: https://news.example.org/2024/10/swans-ely\n"
    assert list(_read(text)) == ["https://news.example.org/2024/10/swans-ely"]


def test_an_address_with_an_ellipsis_cut_at_a_slash_is_kept() -> None:
    text = "The report is at https://gov.example.org/report... and its annex at https://gov.example.org/report/annex\n"
    cited = _read(text)
    assert "https://gov.example.org/report" in cited
    assert "https://gov.example.org/report/annex" in cited


# --- KirbyText's link tag: (link: URL text: words)


_KIRBY = (
    "Text:\n\nThe government's plan is the (link: https://www.daera.example.gov.uk/articles/lough-neagh-action-plan"
    " text: Lough Neagh Report and Action Plan) (DAERA, February 2024).\n\n"
    "Researchers wrote in (link: https://doi.org/10.5555/hal.2024.102612 text: Drivers of the 2023 Lough"
    " Neagh Bloom title: Harmful Algae, 2024 popup: yes) that phosphorus was released.\n"
)


def test_kirbytext_link_words_are_the_links_title() -> None:
    cited = _read(_KIRBY)
    plan = cited["https://www.daera.example.gov.uk/articles/lough-neagh-action-plan"]
    assert plan.title == "Lough Neagh Report and Action Plan"
    paper = cited["https://doi.org/10.5555/hal.2024.102612"]
    assert paper.title == "Drivers of the 2023 Lough Neagh Bloom"


def test_kirbytext_tag_not_closed_on_its_line_gives_no_words() -> None:
    text = "See (link: https://www.example.org/plan text: The plan\ncontinues here)\n"
    cited = _read(text)
    assert cited["https://www.example.org/plan"].title != "The plan"


# --- what a tracking redirect is reported as (decided in art35; the behaviour was base53b's already)


def test_a_tracker_whose_path_spells_the_address_is_reported_as_that_address() -> None:
    link = (
        "https://fx5.r.eu-west-1.awstrack.me/L0/https:%2F%2Ftass.ru%2Fpolitika%2F7487995"
        "/1/0102016f8e1c2a3b-000000/bC1dE2fG3hI4=131"
    )
    page = f'<p>Said Zhirinovsky, according to <a href="{link}">TASS</a> on Wednesday, in the Duma.</p>'
    (citation,) = extract_citations(page, "html")
    assert citation.url == "https://tass.ru/politika/7487995"
    assert citation.note is not None
    assert "fx5.r.eu-west-1.awstrack.me" in citation.note


def test_an_opaque_tracker_is_reported_as_the_link_the_article_holds() -> None:
    link = (
        "https://link.mail.beehiiv.com/ss/c/u001.aB3cD4eF5gH6iJ7kL8mN9oP0qR1sT2/4ce/AbCdEf/h2/h001.qR4sT5uV6w"
    )
    page = f'<p>Prices rose, <a href="{link}">The Grocer reported on Monday</a>, after the Budget.</p>'
    assert list(_read(page, "html")) == [link]


# --- related-article labels in Georgian, Bashkir, Central Kurdish and Irish


_MT = (
    "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
)
_HEADLINE = "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"


def _related(opening: str, label: str) -> str:
    return f"{opening}\n\n{label}: {_HEADLINE}\n\nhttps://ria.ru/20200109/1563219328.html\n{_MT}\n"


def test_bashkir_related_label_gives_the_headline() -> None:
    text = _related(
        "Ираҡ Рәсәй менән һөйләшеүҙәрҙе яңынан башлаған, тип белдерҙе депутат.",
        "Бәйле мәҡәлә (инглиз телендә)",
    )
    assert _read(text)[_MT].title == _HEADLINE


def test_georgian_related_label_gives_the_headline() -> None:
    text = _related(
        "ერაყმა რუსეთთან მოლაპარაკება განაახლა, განუცხადა დეპუტატმა სააგენტოს.", "დაკავშირებული სტატია"
    )
    assert _read(text)[_MT].title == _HEADLINE


def test_kurdish_related_label_gives_the_headline() -> None:
    text = _related(
        "عێراق گفتوگۆکانی لەگەڵ ڕووسیا دەستپێکردەوە، پەرلەمانتارێک ڕایگەیاند.", "بابەتی پەیوەندیدار"
    )
    assert _read(text)[_MT].title == _HEADLINE


def test_irish_related_label_gives_the_headline() -> None:
    text = _related("Tá an Iaráic ag plé arís leis an Rúis faoi chóras diúracán a cheannach.", "Alt gaolmhar")
    assert _read(text)[_MT].title == _HEADLINE


def test_a_georgian_line_without_the_label_gives_no_headline() -> None:
    text = _related("ერაყმა რუსეთთან მოლაპარაკება განაახლა, განუცხადა დეპუტატმა სააგენტოს.", "სტატია")
    assert _read(text)[_MT].title != _HEADLINE
