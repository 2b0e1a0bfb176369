"""Rules added for the twenty-first held-out batch (docs/benchmarks.md, "Twenty-first batch": Russian wire
agencies' story pages, a Chinese government portal, Joomla K2, Brazil's official gazette, a Macedonian soft
404, ...), each on small strings or HTML, with what each must leave alone: Spanish "modificación" as an
update label; a microdata date in a side box of the article's own item; the meta names China's government
site guidelines prescribe (``ArticleTitle``, ``SiteName``); an acronym between a headline and the site's
name behind a dash; Macedonian error messages."""

from __future__ import annotations

import datetime as dt

import pytest

from linkcheck.extract import extract_metadata
from linkcheck.extract.tables import label_case, modified_label
from linkcheck.extract.titles import strip_affixes
from linkcheck.soft404 import is_error_title
from tests.test_extract_calendars_zones import TODAY, _dates, _page

URL = "https://news.example.com/local/story-slug"


# --- "Última modificación el ..." ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "prefix",
    [
        "Última modificación el Domingo, ",
        "Fecha de modificación: ",
        "Última modificación: ",
        "Modificato il ",
    ],
)
def test_spanish_modification_is_an_update_label(prefix: str) -> None:
    assert modified_label(label_case(prefix))


@pytest.mark.parametrize("prefix", ["Modificación de la ley del ", "Publicado el ", "Sábado, "])
def test_other_spanish_words_are_no_update_label(prefix: str) -> None:
    # A noun phrase going on after "modificación" ("the amendment of the law of ...") labels nothing.
    assert not modified_label(label_case(prefix))


def test_k2_modification_line_is_the_modification() -> None:
    html = _page(
        "<title>Puno vacuna a sus perros - Diario</title>",
        "<div class='itemHeader'><span class='itemDateCreated'>Sábado, 12 Marzo 2022 14:30</span>"
        "<h2 class='itemTitle'>Puno vacuna a sus perros</h2></div>"
        "<div class='itemBody'><p>La campaña empezó este sábado en trece provincias del altiplano.</p>"
        "<div class='itemDateModified'>Última modificación el Domingo, 13 Marzo 2022 09:10</div></div>",
        lang="es",
    )
    assert _dates(html) == (dt.date(2022, 3, 12), dt.date(2022, 3, 13))


# --- a microdata date in the article's own side box ------------------------------------------------------
def _agency(scope: str, aside_scope: str = "") -> str:
    return _page(
        "<title>Plant resumes truck tyre output - Agency</title>",
        "<div class='timeline'><h3>News of the day</h3><div><time datetime='2024-11-30T23:10'>23:10</time> "
        "<a href='/a'>Road opens</a></div></div>"
        f"<article {scope}><aside class='textML'{aside_scope}><a href='/news/2022/03/12'>"
        "<time datetime='2022-03-12T14:30' itemprop='datePublished'>14:30, 12 March 2022</time></a></aside>"
        "<h1>Plant resumes truck tyre output</h1><p>The plant will resume output in April.</p></article>",
    )


def test_a_date_property_in_the_articles_own_aside_is_the_articles() -> None:
    html = _agency("itemscope itemtype='http://schema.org/NewsArticle'")
    assert _dates(html)[0] == dt.date(2022, 3, 12)


@pytest.mark.parametrize(
    ("scope", "aside_scope"),
    [
        ("", ""),  # no item: the aside's date is not said to be the article's
        (
            "itemscope itemtype='http://schema.org/NewsArticle'",
            " itemscope itemtype='http://schema.org/Event'",
        ),
        ("itemscope itemtype='http://schema.org/WebPage'", ""),  # not an article item
    ],
)
def test_a_date_property_in_an_aside_of_another_item_stays_aside(scope: str, aside_scope: str) -> None:
    assert _dates(_agency(scope, aside_scope))[0] != dt.date(2022, 3, 12)


def test_a_related_item_in_an_aside_keeps_its_date_away() -> None:
    html = _page(
        "<title>Council approves budget - Paper</title>"
        "<meta property='article:published_time' content='2022-03-12T10:00:00+01:00'>",
        "<article itemscope itemtype='https://schema.org/NewsArticle'><h1>Council approves budget</h1>"
        "<p>The council approved the budget.</p><aside class='related'>"
        "<div itemscope itemtype='https://schema.org/NewsArticle'><a href='/b'>Older story</a>"
        "<time itemprop='datePublished' datetime='2021-01-05'>5 January 2021</time></div></aside></article>",
    )
    assert _dates(html)[0] == dt.date(2022, 3, 12)


# --- China's government site meta ------------------------------------------------------------------------
_PORTAL = _page(
    "<title>我省出台措施支持脐橙产业_政务要闻_某省人民政府</title>"
    "<meta name='SiteName' content='某省人民政府'><meta name='ColumnName' content='政务要闻'>"
    "<meta name='ArticleTitle' content='我省出台措施支持脐橙产业'>"
    "<meta name='PubDate' content='2022-03-12 16:05'><meta name='ContentSource' content='某省日报'>",
    "<div class='xl-title'>我省出台措施支持脐橙产业</div>"
    "<div class='xl-info'>发布时间：2022-03-12 16:05</div>"
    "<div class='xl-content'><p>省政府办公厅日前印发措施。</p></div>",
    lang="zh-CN",
)


def test_government_portal_meta_names_title_and_site() -> None:
    meta = extract_metadata(_PORTAL, "https://www.example.gov.cn/art/2022/3/12/art_1_2.html", today=TODAY)
    assert meta.title == "我省出台措施支持脐橙产业"
    assert meta.site_name == "某省人民政府"
    assert meta.published is not None
    assert meta.published.value == dt.date(2022, 3, 12)


def test_og_site_name_comes_before_sitename_meta() -> None:
    html = _PORTAL.replace("<title>", "<meta property='og:site_name' content='某省政府网'><title>")
    meta = extract_metadata(html, "https://www.example.gov.cn/art/2022/3/12/art_1_2.html", today=TODAY)
    assert meta.site_name == "某省政府网"


# --- an acronym between the headline and the site's name -------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "PORTARIA Nº 123, DE 10 DE MARÇO DE 2022 - DOU - Imprensa Nacional",
        "Council approves the new budget – RFI – Radio France",
    ],
)
def test_an_acronym_beside_the_site_name_is_an_affix(title: str) -> None:
    headline, removed, by_name = strip_affixes(title, ["Imprensa Nacional", "Radio France"])
    assert headline in ("PORTARIA Nº 123, DE 10 DE MARÇO DE 2022", "Council approves the new budget")
    assert len(removed) == 2
    assert by_name


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        # a word in lower or mixed case ends the headline
        ("Interview with the mayor - Part two - Imprensa Nacional", "Interview with the mayor - Part two"),
        ("Rates rise again as expected - Fed - Imprensa Nacional", "Rates rise again as expected - Fed"),
        # a short headline: the acronym may be its end
        ("Storm hits - UK - Imprensa Nacional", "Storm hits - UK"),
        # no site name after it: nothing is an affix
        ("Budget approved by the council - USA", "Budget approved by the council - USA"),
    ],
)
def test_other_parts_behind_a_dash_stay(title: str, headline: str) -> None:
    assert strip_affixes(title, ["Imprensa Nacional"])[0] == headline


# --- Macedonian error messages ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    ["Упс! Страницата што ја барате не постои.", "Страницата не е пронајдена", "Статијата не постои"],
)
def test_macedonian_error_titles(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize(
    "title",
    ["Скопје добива нов мост на Вардар", "Страницата на весникот е обновена", "Не постои договор за мостот"],
)
def test_macedonian_headlines_are_no_error(title: str) -> None:
    assert not is_error_title(title)
