"""Rules added for the sixty-first held-out batch (docs/benchmarks.md, "Sixty-first batch"), each on small
strings, with what each must leave alone: a byline's update under a label the update pattern knows but the
byline's stem scan did not (Catalan "Actualitzat a 10/01/2020", Lithuanian, Latvian, Croatian, Serbian and
others) is read as the page's modification; a byline labelled "Autor:" (the Slavic, Romance and German
label) or "Аутор:" names the page's author.
"""

from __future__ import annotations

import pytest

from tests.extract_rules_harness import JAN_9, JAN_10, story
from tests.extract_rules_harness import dates as _dates

_HEAD = '<meta property="article:published_time" content="2020-01-09T14:35:40+01:00">'


def _updated(line: str, *, lang: str) -> tuple[object, object]:
    return _dates(
        story(
            "Headline of the story",
            f"<div class='dates'><span>09/01/2020 - 14:35</span><span>{line}</span></div>",
            "<p>The story's first paragraph, long enough to be read as text.</p>",
            head=_HEAD,
            lang=lang,
        )
    )


# --- an update under a label the byline's scan did not know ------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ca", "Actualitzat a 10/01/2020 - 09:05 h."),
        ("ca", "Actualitzada el 10/01/2020 a les 09:05"),
        ("lt", "Atnaujinta 2020-01-10 09:05"),
        ("lv", "Atjaunināts 10.01.2020 09:05"),
        ("lv", "Atjaunots 10.01.2020. 09:05"),
        ("hr", "Ažurirano 10.1.2020. u 09:05"),
        ("sr", "Ажурирано 10.01.2020. 09:05"),
        ("be", "Абноўлена 10.01.2020 09:05"),
        ("ms", "Dikemas kini 10/01/2020 09:05"),
        ("cy", "Diweddarwyd 10/01/2020 09:05"),
        ("sw", "Imesasishwa 10/01/2020 09:05"),
        ("ka", "განახლდა 10.01.2020 09:05"),
        ("ur", "اپ ڈیٹ 10/01/2020 09:05"),
        ("bn", "আপডেট 10/01/2020 09:05"),
        ("hi", "अपडेट 10/01/2020 09:05"),
    ],
)
def test_a_bylines_update_under_these_labels_is_the_modification(lang: str, line: str) -> None:
    assert _updated(line, lang=lang) == (JAN_9, JAN_10)


def test_the_same_words_without_a_date_after_them_leave_the_page_unmodified() -> None:
    assert _updated("Actualitzat", lang="ca") == (JAN_9, None)
    assert _updated("Ažurirano: uskoro", lang="hr") == (JAN_9, None)


# --- "Autor:" ---------------------------------------------------------------------------------------------
def _authors(byline: str) -> list[str]:
    found = story("Headline of the story", byline, "<p>The story's first paragraph, long enough.</p>")
    return [a.name for a in found.author]


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("<div>Autor: <span>Ivana Marić</span></div>", "Ivana Marić"),
        ('<span>Autor: <a href="/autor/jelena-kovac/">Jelena Kovač</a></span>', "Jelena Kovač"),
        ("<p>Autorka: Jana Nováková</p>", "Jana Nováková"),
        ("<div>Аутор: Милан Петровић</div>", "Милан Петровић"),
        ("<p>Autorzy: Anna Nowak, Piotr Wiśniewski</p>", "Anna Nowak"),
    ],
)
def test_an_autor_label_names_the_author(byline: str, name: str) -> None:
    assert _authors(byline)[:1] == [name]


def test_autor_before_what_is_not_a_name_names_no_one() -> None:
    assert _authors("<p>Autor: fotografije su iz arhiva 2019.</p>") == []
    assert _authors("<p>Autorska prava: sva prava pridržana</p>") == []
    assert _authors("<p>Autor fotografije je nepoznat.</p>") == []
