"""Rules of the eighteenth held-out matching batch (docs/benchmarks.md, "Held-out matching check"), each on
strings with what it must leave alone: a reference entry's quoted title closed by a mark of its own kind
(a German quote inside straight quotes, an English one inside guillemets, Japanese brackets inside quotes);
a word that says the news happens again (``another``, ``again``, ``erneut``, ``снова``...) in only one of two
titles, which makes them two stories; French and Spanish forms of the suspended/resumed pair."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._entries import _QUOTED_BEFORE, _QUOTED_SPAN, _quoted_text
from linkcheck.config import Config
from linkcheck.match import match_citation, word_similarity
from linkcheck.models import Citation, FindingKind, Metadata
from linkcheck.names import fold

# --- a quoted title closed by its own kind of mark ----------------------------------------------------------


def _span(text: str) -> str | None:
    m = _QUOTED_SPAN.search(text)
    return None if m is None else _quoted_text(m)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Jane. "Scholz warnt vor »gefährlicher Eskalation«." *Spiegel*',
            "Scholz warnt vor »gefährlicher Eskalation«.",
        ),
        ("« Le gouvernement dit “non” à la réforme » *Le Monde*", " Le gouvernement dit “non” à la réforme "),
        (
            '"首相「増税は考えていない」 参院予算委で答弁." NHK',
            "首相「増税は考えていない」 参院予算委で答弁.",
        ),
        ("„Wir schaffen das“ sagte sie", "Wir schaffen das"),  # German quotes, closed by “
        (
            '"Air defenses after the strikes” *Outlet*',
            "Air defenses after the strikes",
        ),  # straight, then curly
        ("“Iraq resumes talks” and more", "Iraq resumes talks"),
        ("「東北の観光動向レポート」", "東北の観光動向レポート"),
        ("《三峡水库加大下泄流量》", "三峡水库加大下泄流量"),
        ("『増税は考えていない』と首相", "増税は考えていない"),
    ],
)
def test_quoted_span_closed_by_its_kind(text: str, expected: str) -> None:
    assert _span(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('« Le titre » et "autre chose"', " Le titre "),  # the first span only, not across to the quotes
        ('"One title" and "another title"', "One title"),
        ("「第一の題」と「第二の題」", "第一の題"),
    ],
)
def test_quoted_span_stops_at_its_own_close(text: str, expected: str) -> None:
    assert _span(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "« un titre jamais fermé",  # no closing guillemet
        '"a quote\n\nacross a blank line"',  # not over a blank line
        "Home » News » World",  # a breadcrumb's chevrons open nothing
    ],
)
def test_quoted_span_leave_alone(text: str) -> None:
    assert _span(text) is None


def test_quoted_before_marker_keeps_inner_quotes() -> None:
    text = "(« Le titre “x” de l'article » "
    m = _QUOTED_BEFORE.search(text)
    assert m is not None
    assert _quoted_text(m) == " Le titre “x” de l'article "
    m = _QUOTED_BEFORE.search('("Scholz warnt vor »Eskalation« heute" ')
    assert m is not None
    assert _quoted_text(m) == "Scholz warnt vor »Eskalation« heute"


def _entry_title(entry: str, url: str) -> str | None:
    text = f"## References\n\n{entry.replace('{url}', url)}\n"
    found = [c for c in extract_citations(text, "markdown", "rules18") if c.url == url]
    return found[0].title if found else None


def test_entry_title_with_inner_chevrons() -> None:
    url = "https://www.spiegel.de/politik/scholz-warnt-a-123"
    entry = (
        'Reporter, Jane. "Olaf Scholz warnt vor »gefährlicher Eskalation«." *Spiegel*, November 21, 2024. '
    )
    entry += "{url}"
    assert _entry_title(entry, url) == "Olaf Scholz warnt vor »gefährlicher Eskalation«"


def test_entry_title_with_inner_english_quotes_in_guillemets() -> None:
    url = "https://www.lemonde.fr/politique/article/2024/11/21/titre_123.html"
    entry = "Reporter, Jane. « Le gouvernement dit “non” à la réforme des retraites », *Le Monde*, "
    entry += "21 novembre 2024, {url}"
    assert _entry_title(entry, url) == "Le gouvernement dit “non” à la réforme des retraites"


def test_entry_title_plain_quotes_unchanged() -> None:
    url = "https://www.example.com/news/2024/11/21/story"
    entry = (
        'Reporter, Jane. "Iraq resumes talks with Russia on air defense." *Example News*, November 21, 2024. '
    )
    entry += "{url}"
    assert _entry_title(entry, url) == "Iraq resumes talks with Russia on air defense"


# --- a word saying the news happens again, in one title only ------------------------------------------------


def _similarity(a: str, b: str) -> float:
    return word_similarity(fold(a), fold(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "UK pledges another £1.5bn for flood defences after Storm Bert",
            "UK pledges £1.5bn for flood defences after Storm Bert",
        ),
        ("Fed cuts interest rates again as inflation cools", "Fed cuts interest rates as inflation cools"),
        (
            "Bahnstreik: GDL ruft erneut zum Streik im Personenverkehr auf",
            "Bahnstreik: GDL ruft zum Streik im Personenverkehr auf",
        ),
        (
            "Ирак снова начал переговоры с Россией о покупке С-300",
            "Ирак начал переговоры с Россией о покупке С-300",
        ),
        (
            "Ирак вновь начал переговоры с Россией о покупке С-300",
            "Ирак начал переговоры с Россией о покупке С-300",
        ),
        (
            "El Banco de España eleva nuevamente su previsión de crecimiento",
            "El Banco de España eleva su previsión de crecimiento",
        ),
        (
            "Sejm ponownie odrzucił projekt ustawy o związkach partnerskich",
            "Sejm odrzucił projekt ustawy o związkach partnerskich",
        ),
    ],
)
def test_repeat_word_in_one_title_is_another_story(a: str, b: str) -> None:
    assert _similarity(a, b) <= 0.75
    assert _similarity(b, a) <= 0.75


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both say it happens again: one story
        (
            "Fed cuts interest rates again as inflation cools",
            "Fed cuts interest rates again as US inflation cools",
        ),
        # "against" is no "again"
        (
            "Thousands protest against foreign agents law in Tbilisi",
            "Thousands protest foreign agents law in Tbilisi",
        ),
        # words that also mean "new" or "still" are not read as "again"
        (
            "Fresh talks on Iraq's air defense purchase begin in Baghdad",
            "Talks on Iraq's air defense purchase begin in Baghdad",
        ),
        (
            "Le chômage encore en baisse au troisième trimestre en France",
            "Le chômage en baisse au troisième trimestre en France",
        ),
        (
            "Die Bahn fährt wieder zwischen Hamburg und Berlin nach dem Sturm",
            "Die Bahn fährt zwischen Hamburg und Berlin nach dem Sturm",
        ),
        (
            "Irak, Rusya ile S-300 görüşmelerini yeniden başlattı",
            "Irak, Rusya ile S-300 görüşmelerini başlattı",
        ),
    ],
)
def test_repeat_word_leave_alone(a: str, b: str) -> None:
    assert _similarity(a, b) > 0.75


def test_repeat_word_reported_end_to_end() -> None:
    url = "https://www.bbc.com/news/articles/c0flood"
    page = "UK pledges £1.5bn for flood defences after Storm Bert"
    meta = Metadata(title=page, site_name="BBC News")
    cited = Citation(url=url, title="UK pledges another £1.5bn for flood defences after Storm Bert")
    kinds = {f.kind for f in match_citation(cited, meta, final_url=url, config=Config())}
    assert FindingKind.TITLE_MISMATCH in kinds
    same = Citation(url=url, title=page)
    kinds = {f.kind for f in match_citation(same, meta, final_url=url, config=Config())}
    assert FindingKind.TITLE_MISMATCH not in kinds


# --- French and Spanish forms of suspended/resumed ----------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Les agriculteurs suspendent la mobilisation contre le Mercosur",
            "Les agriculteurs reprennent la mobilisation contre le Mercosur",
        ),
        (
            "El Gobierno suspende las negociaciones con los sindicatos de Renfe",
            "El Gobierno reanuda las negociaciones con los sindicatos de Renfe",
        ),
    ],
)
def test_suspend_resume_french_spanish(a: str, b: str) -> None:
    assert _similarity(a, b) <= 0.75


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one title holding both directions conflicts with neither
        (
            "Les cheminots suspendent la grève, les contrôleurs la reprennent",
            "Les cheminots suspendent la grève, les contrôleurs aussi",
        ),
        # the past participle of reprendre (also "taken back") is not in the table
        (
            "Le gouvernement a suspendu les négociations avec les syndicats de la SNCF",
            "Le gouvernement a repris les négociations avec les syndicats de la SNCF",
        ),
        # reprend ("takes back", "retakes"), in the table since the twenty-fourth batch, conflicts only with
        # a title that suspends (tests/test_match_rules24.py): beside another verb it is left alone
        (
            "Le PSG reprend la tête de la Ligue 1 après sa victoire",
            "Le PSG prend la tête de la Ligue 1 après sa victoire",
        ),
    ],
)
def test_suspend_resume_leave_alone(a: str, b: str) -> None:
    assert _similarity(a, b) > 0.75
