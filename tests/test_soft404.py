"""Soft 404s from content: error titles in many languages, error addresses, and the front page."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.models import Cause, ExtractedDate, Metadata, TitleCandidate
from linkcheck.soft404 import is_error_title, soft_404_reason, soft_404_signal

ARTICLE = "https://www.harborgazette.com/news/2019/06/12/council-approves-budget/"


@pytest.mark.parametrize(
    "title",
    [
        "Page not found",
        "Page not found | The Harbor Gazette",
        "404 - Page not found - The Harbor Gazette",
        "404",
        "Error 404",
        "404 Not Found",
        "Error",
        "Oops! That page can’t be found.",
        "Sorry, we couldn’t find that page",
        "We can't find the page you're looking for",
        "The page you were looking for could not be found",
        "The page you requested was not found.",
        "This page doesn't exist",
        "Sorry, this article is no longer available",
        "Nothing found",
        "Страница не найдена",
        "Ошибка 404. Страница не найдена",
        "Ой! Такой страницы нет",
        "К сожалению, запрашиваемая страница не найдена",
        "Сторінку не знайдено",
        "Fehler 404: Seite nicht gefunden",
        "Seite nicht gefunden - Harbor Gazette",
        "Page introuvable",
        "Erreur 404 : cette page n’existe pas",
        "Página no encontrada",
        "Pagina non trovata",
        "Página não encontrada",
        "Pagina niet gevonden",
        "Nie znaleziono strony",
        "Błąd 404 - strona nie istnieje",
        "页面不存在",
        "ページが見つかりません",
        "お探しのページが見つかりません",
        "Σφάλμα 404 - Η σελίδα δεν βρέθηκε",
        "Pagina nu a fost găsită",
        "Az oldal nem található",
        "Sivua ei löytynyt",
        "Siden ble ikke funnet",
        "Halaman tidak ditemukan",
        "Không tìm thấy trang",
        "الصفحة غير موجودة",
        "הדף לא נמצא",
        "페이지를 찾을 수 없음",
        "Hoppla! Dieser Artikel ist leider nicht mehr verfügbar.",
        "Der Beitrag wurde gelöscht | The Harbor Gazette",
        "Diese Seite existiert leider nicht mehr",
        "Fehler: Die Seite ist nicht mehr abrufbar",
    ],
)
def test_error_titles(title: str) -> None:
    assert is_error_title(title, ["The Harbor Gazette"], ["www.harborgazette.com"])


@pytest.mark.parametrize(
    "title",
    [
        "Not Found: the hunt for the lost Tsar's gold",
        "Not found guilty: jury clears former mayor",
        "How to fix 404 errors in WordPress",
        "Why 404 pages matter",
        "Page not found? Here's what to do",
        "The 404 problem",
        "Error rates fall in new study",
        "Found: the missing page of Darwin's notebook",
        "Страница истории: не найдено ни одного документа",
        "Harbor Gazette",
        "Council approves budget | The Harbor Gazette",
        "Artikel 13 nicht mehr verfügbar? Was die Reform für Nutzer bedeutet",
        "Seite gelöscht, Ärger bleibt: der Streit um das Bürgerportal",
        "Warum dieser Artikel nicht mehr verfügbar sein sollte",
    ],
)
def test_titles_that_merely_mention_errors_are_not_error_titles(title: str) -> None:
    assert not is_error_title(title, ["The Harbor Gazette"], ["www.harborgazette.com"])


@pytest.mark.parametrize(
    ("title", "names", "expected"),
    [
        ("抱歉，您访问的页面不存在或已被删除！", [], True),
        ("页面不存在_新浪网", ["新浪网"], True),
        ("頁面不存在｜自由時報", ["自由時報"], True),
        ("页面不存在_新浪网", [], False),  # the rest is not known to name the site
        ("抱歉，页面背后的故事", [], False),
        ("2020年新春_特别报道", ["新浪网"], False),
    ],
)
def test_chinese_titles_split_at_full_width_punctuation_and_unspaced_separators(
    title: str, names: list[str], expected: bool
) -> None:
    assert is_error_title(title, names, ["news.sina.com.cn"]) is expected


def test_error_page_from_the_headline() -> None:
    meta = Metadata(title="Page not found", site_name="The Harbor Gazette")
    cause, reason = soft_404_signal(ARTICLE, ARTICLE, meta, 0) or (None, "")
    assert cause is Cause.ERROR_PAGE
    assert "Page not found" in reason
    assert "front page" not in reason


def test_error_page_from_a_heading_when_the_headline_is_something_else() -> None:
    meta = Metadata(
        title="The Harbor Gazette",
        title_candidates=(TitleCandidate("Sorry, we couldn’t find that page", "h1"),),
        site_name="The Harbor Gazette",
    )
    assert soft_404_reason(ARTICLE, ARTICLE, meta, 0) is not None


def test_a_dated_article_with_one_error_looking_candidate_is_not_an_error_page() -> None:
    meta = Metadata(
        title="Council approves budget",
        title_candidates=(
            TitleCandidate("Council approves budget", "opengraph"),
            TitleCandidate("404", "h1"),
        ),
        published=ExtractedDate(dt.date(2019, 6, 12), "json-ld"),
    )
    assert soft_404_reason(ARTICLE, ARTICLE, meta, 0) is None


def test_an_article_about_404_errors_is_not_an_error_page() -> None:
    url = "https://www.example.com/2021/04/01/why-404-pages-matter/"
    meta = Metadata(
        title="Not Found: the hunt for missing web pages", title_candidates=(TitleCandidate("404", "h1"),)
    )
    assert soft_404_reason(url, url, meta, 0) is None


@pytest.mark.parametrize(
    ("requested", "final"),
    [
        ("https://tass.ru/politika/7487995", "https://tass.ru/"),
        ("https://tass.ru/politika/7487995", "https://tass.ru"),
        ("https://tass.ru/politika/7487995", "https://tass.ru/en/"),
        ("https://tass.ru/politika/7487995", "https://www.tass.ru/index.html"),
        ("https://example.com/story-of-the-year", "https://example.com/?s=story"),
        ("https://example.com/news/article.php?id=4521", "https://example.com/"),
        ("https://example.com/a/b/c", "https://newowner.example/"),  # a sold domain's root
    ],
)
def test_article_redirected_to_the_front_page(requested: str, final: str) -> None:
    cause, reason = soft_404_signal(requested, final, None, 1) or (None, "")
    assert cause is Cause.FRONT_PAGE
    assert "front page" in reason
    assert final in reason


@pytest.mark.parametrize(
    ("requested", "final"),
    [
        ("https://tass.ru/politika/7487995", "https://tass.ru/politika/"),
        ("https://example.com/news/2019/06/12/council-approves/", "https://example.com/news/"),
    ],
)
def test_article_redirected_to_its_section(requested: str, final: str) -> None:
    assert soft_404_signal(requested, final, None, 2) == (
        Cause.FRONT_PAGE,
        f"the article URL redirects to a section front page ({final})",
    )


@pytest.mark.parametrize(
    "final",
    [
        "https://www.example.com/search?q=pier+restoration+fund",
        "https://www.example.com/search/?q=pier",
        "https://www.example.com/suche?query=Rheinbr%C3%BCcke",
        "https://m.example.com/search",
    ],
)
def test_article_redirected_to_a_site_search(final: str) -> None:
    requested = "https://www.example.com/news/2017/mar/02/pier-restoration-fund-appeal"
    assert soft_404_signal(requested, final, None, 1) == (
        Cause.FRONT_PAGE,
        f"the article URL redirects to a site search page ({final})",
    )


@pytest.mark.parametrize(
    ("requested", "final"),
    [
        # a search linked as such is no dead article; nor is a WordPress article (?p=123)
        ("https://www.example.com/search?q=pier", "https://www.example.com/search/?q=pier"),
        ("https://www.example.com/news/2017/mar/02/pier-fund", "https://www.example.com/?p=48213"),
        # an article whose slug ends in "search", or a search on another site
        ("https://www.example.com/news/2017/mar/02/pier-fund", "https://www.example.com/2017/the-search"),
        ("https://www.example.com/news/2017/mar/02/pier-fund", "https://other.org/search?q=pier"),
    ],
)
def test_not_a_site_search(requested: str, final: str) -> None:
    assert soft_404_signal(requested, final, None, 1) is None


@pytest.mark.parametrize(
    ("requested", "final", "redirects"),
    [
        ("https://example.com/", "https://example.com/", 0),  # the front page itself
        ("https://example.com/news/", "https://example.com/", 1),  # a section, not an article
        ("https://example.com/about", "https://example.com/", 1),
        ("http://example.com/2019/06/12/story", "https://example.com/2019/06/12/story/", 1),  # https, slash
        ("https://example.com/2019/06/12/story", "https://example.com/2019/06/12/new-story-slug", 1),
        ("https://tass.ru/politika/7487995", "https://tass.ru/politika/7487995", 0),
        ("https://tass.ru/politika/7487995", "https://tass.ru/politika/7487995?amp", 1),
        ("https://example.com/2019/06/12/story", "https://example.com/?p=4521", 1),  # WordPress id permalink
        (
            "https://news.example.com/a/b/story",
            "https://consent.example.com/?continue=https://news.example.com/a/b/story",
            1,
        ),
        (
            "https://example.com/news/2019/06/12/story",
            "https://example.com/news/?next=/news/2019/06/12/story",
            1,
        ),
    ],
)
def test_not_a_front_page(requested: str, final: str, redirects: int) -> None:
    assert soft_404_reason(requested, final, None, redirects) is None


@pytest.mark.parametrize(
    "final",
    [
        "https://example.com/404",
        "https://example.com/404.html",
        "https://example.com/errors/not-found",
        "https://example.com/page-not-found/",
        "https://example.com/error?code=404",
    ],
)
def test_redirect_to_an_error_address(final: str) -> None:
    cause, reason = soft_404_signal("https://example.com/2019/06/12/story", final, None, 1) or (None, "")
    assert cause is Cause.ERROR_PAGE
    assert final in reason


def test_front_page_served_at_the_article_url_is_found_by_its_canonical_url() -> None:
    url = "https://www.lakesideledger.com/news/2018/05/14/marina-expansion-approved/"
    meta = Metadata(title="News, Sports and Weather", canonical_url="https://www.lakesideledger.com/")
    cause, reason = soft_404_signal(url, url, meta, 0) or (None, "")
    assert cause is Cause.FRONT_PAGE
    assert "front page" in reason
    dated = Metadata(
        title="Marina expansion approved",
        canonical_url="https://www.lakesideledger.com/",  # a misconfigured CMS; the page is an article
        published=ExtractedDate(dt.date(2018, 5, 14), "json-ld"),
    )
    assert soft_404_reason(url, url, dated, 0) is None


@given(st.text(max_size=60), st.text(max_size=60), st.text(max_size=60), st.integers(0, 5))
@settings(max_examples=300, deadline=None)
def test_soft_404_never_raises_on_odd_input(requested: str, final: str, title: str, redirects: int) -> None:
    meta = Metadata(title=title or None, canonical_url=final or None)
    reason = soft_404_reason(requested, final, meta, redirects)
    assert reason is None or isinstance(reason, str)
    soft_404_reason(f"https://example.com/a/b/{requested}", f"https://example.com/{final}", meta, redirects)
