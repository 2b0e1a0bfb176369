"""art45's rules, on strings: a breadcrumb over the headline, a read-also line in any language, a follow call
to a channel, a quoted headline over a note line, a tag list, and Czech outlets in their cases. Each rule's
cases fail without it; the controls (marked) must not fire."""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations
from linkcheck.articles._prose import find_mentions, follow_call
from linkcheck.articles.plaintext import title_line
from linkcheck.models import Citation

OWN = "https://habar.example.org/dunya/2020/01/08/iran-irakdaki-abd-usslerine-fuze-atti"
MTS = (
    "https://www.themoscowtimes.com/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
)
TASS = "https://tass.ru/politika/7487995"
SITE = "https://stiri.example.md"
IRAK = f'<a href="{SITE}/eticheta/irak">Irak</a>'


def _cited(text: str) -> dict[str, Citation]:
    fmt = "html" if text.startswith("<") else "text"
    return {c.url: c for c in extract_citations(text, fmt)}


# --- a breadcrumb over the headline (plaintext.title_line, _breadcrumb) -----------------------------------


@pytest.mark.parametrize(
    "crumbs",
    [
        "Home | News | Politics",
        "Главная › Мир › Ближний Восток",
        "Accueil » Monde » Moyen-Orient",
        "A / B / C",
    ],
)
def test_a_breadcrumb_line_is_passed_over(crumbs: str) -> None:
    text = f"{crumbs}\n\nIraq resumes talks with Russia on the S-300\n\nThe talks resumed on Thursday.\n"
    assert title_line(text) == "Iraq resumes talks with Russia on the S-300"


@pytest.mark.parametrize(
    "first",
    [
        # controls: a page title's site name after one bar, a headline holding bars, a sentence part
        "Iraq resumes talks with Russia on the S-300 | Example News",
        "Live: Iraq resumes talks with Russia on buying the S-300 | World | Example",
        "Home | News | The talks resumed on Thursday.",
    ],
)
def test_a_first_line_that_is_no_breadcrumb_is_not_passed_over(first: str) -> None:
    text = f"{first}\n\nSecond line of three words or more\n\nThe talks resumed on Thursday.\n"
    assert title_line(text) != "Second line of three words or more"


def test_only_one_breadcrumb_line_is_passed_over() -> None:
    # control: two breadcrumb lines: the second is not read as a headline either
    text = "Home | News | Politics\n\nWorld | Middle East | Iraq\n\nThe talks resumed.\n"
    assert title_line(text) is None


# --- a read-also line in any language (_prose._dashed_related_lines) --------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        f"Ошондой эле окуңуз: İran İraktaki ABD üslerine füze attı – {OWN}",
        f"Lexoni edhe: İran İraktaki ABD üslerine füze attı — {OWN}",
        f"Шулай ук укыгыз (татарча): İran İraktaki ABD üslerine füze attı - {OWN}",
        f"* Okuyun: İran İraktaki ABD üslerine füze attı – <{OWN}>",
    ],
)
def test_a_dashed_read_also_line_gives_its_title(line: str) -> None:
    found = _cited(f"Irak S-300 görüşmelerine yeniden başladı.\n\n{line}\n")
    assert found[OWN].title == "İran İraktaki ABD üslerine füze attı"


def test_a_dashed_read_also_line_cuts_the_outlet_after_the_title() -> None:
    text = f"Intro.\n\nLexoni edhe: Will Russia Reinforce Iraq's Air Defenses? - The Moscow Times <{MTS}>\n"
    assert _cited(text)[MTS].title == "Will Russia Reinforce Iraq's Air Defenses?"


@pytest.mark.parametrize(
    "line",
    [
        # controls: a source line's outlet and date, a name alone, a clause in lower case, a sentence, a time
        f"Источник: ТАСС, 8 января 2020 — {TASS}",
        f"Чыганак: ТАСС – {TASS}",
        f"Note: see the agency's report on the talks – {TASS}",
        f"Update: The agency has corrected its report. – {TASS}",
        f"12:30 Agency reports new talks – {TASS}",
    ],
)
def test_a_dashed_line_that_is_no_read_also_line_gives_no_title(line: str) -> None:
    found = _cited(f"Ирак возобновил переговоры.\n\n{line}\n")
    assert found[TASS].title is None


# --- a follow call to a channel (_prose.follow_call) ------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "url"),
    [
        ("Безнең Telegram-каналга язылыгыз: ", "https://t.me/khabar_example_tt"),
        ("გამოგვყევით Telegram-ზე: ", "https://telegram.me/ambebi_example"),
        ("📸 Instagram: ", "https://www.instagram.com/lajme_example/"),
        ("Sledujte nás na Facebooku: ", "https://www.facebook.com/zpravy.example"),
    ],
)
def test_a_follow_call_to_a_channel(before: str, url: str) -> None:
    assert follow_call(before, url)


@pytest.mark.parametrize(
    ("before", "url"),
    [
        # controls: a post, a reporting word, an archive's short code, no colon, the platform not named
        ("Безнең Telegram-каналга язылыгыз: ", "https://t.me/khabar_example_tt/1520"),
        ("The ministry announced it on its Telegram channel: ", "https://t.me/mod_russia_en"),
        ("(archive: ", "https://archive.ph/Xq7Lm"),
        ("Our Telegram channel ", "https://t.me/khabar_example_tt"),
        ("Бізді оқыңыз: ", "https://t.me/khabar_example_tt"),
        ("Telegram: ", "https://t.me/s/khabar_example_tt?before=12"),
    ],
)
def test_no_follow_call(before: str, url: str) -> None:
    assert not follow_call(before, url)


def test_a_follow_line_gives_no_citation_in_a_text() -> None:
    text = (
        f"Ирак возобновил переговоры, сообщает ТАСС: {TASS}\n\nBizi Telegram-da izləyin: https://t.me/xeber\n"
    )
    found = _cited(text)
    assert TASS in found
    assert "https://t.me/xeber" not in found


# --- a quoted headline, a note line, the address (plaintext._title_over_note) -----------------------------


def test_a_quoted_headline_over_a_note_line_over_its_address() -> None:
    headline = '"Will Russia Reinforce Iraq\'s Air Defenses?"'
    text = f"Intro.\n\nRelated, in English:\n{headline}\n(The Moscow Times)\n{MTS}\n"
    link = _cited(text)[MTS]
    assert link.title == "Will Russia Reinforce Iraq's Air Defenses?"
    assert link.outlet == "The Moscow Times"


@pytest.mark.parametrize(
    "above",
    [
        # controls: a remark in lower case, a quote with words after it, no quote at all
        '"we will keep talking to everyone"',
        '"We Will Keep Talking," he said',
        "Will Russia Reinforce Iraq's Air Defenses?",
    ],
)
def test_no_quoted_headline_over_the_note_line(above: str) -> None:
    text = f"Intro.\n\n{above}\n(The Moscow Times)\n{MTS}\n"
    assert _cited(text)[MTS].title != "Will Russia Reinforce Iraq's Air Defenses?"
    assert _cited(text)[MTS].title != "We Will Keep Talking"


# --- a tag list in any language (html._tag_list_block) ----------------------------------------------------


def _page(block: str) -> str:
    return (
        "<article><h1>Irakul reia negocierile</h1><p>Irakul a reluat negocierile, a declarat "
        f'<a href="{TASS}">TASS</a>.</p>{block}</article>'
    )


@pytest.mark.parametrize(
    "block",
    [
        f'<p>Etichete: {IRAK}, <a href="{SITE}/eticheta/rusia">Rusia</a></p>',
        f'<div>Тэглар: <a href="{SITE}/teg/irak">Irak</a> <a href="{SITE}/teg/s-300">S-300</a></div>',
        f'<p><a href="{SITE}/etiqueta/irak">Irak</a> · '
        f'<a href="{SITE}/etiqueta/rusia-s-a">Rusia S.A.</a></p>',
    ],
)
def test_a_tag_list_gives_no_citation(block: str) -> None:
    found = _cited(_page(block))
    assert TASS in found
    assert not any(url.startswith(SITE) for url in found)


@pytest.mark.parametrize(
    "block",
    [
        # controls: words of its own, two segments, a link's words not its slug, one link, a deeper path
        f'<p>Despre <a href="{SITE}/dosar/irak">Irak</a> și <a href="{SITE}/dosar/rusia">Rusia</a> am scris '
        "pe larg în ultimele luni.</p>",
        f'<p>Etichete: {IRAK}, <a href="{SITE}/dosar/rusia">Rusia</a></p>',
        f'<p>Etichete: {IRAK}, <a href="{SITE}/eticheta/rusia">Moscova</a></p>',
        f"<p>Etichete: {IRAK}</p>",
        f'<p>Vezi: <a href="{SITE}/2020/irak/irak">Irak</a>, <a href="{SITE}/2020/rusia/rusia">Rusia</a></p>',
    ],
)
def test_no_tag_list(block: str) -> None:
    found = _cited(_page(block))
    assert any(url.startswith(SITE) for url in found)


# --- Czech outlets in their cases (_prose) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "label", "name"),
    [
        ("Podle Hospodářských novin vláda schválila rozpočet.", "hn", "Hospodářských novin"),
        ("Hospodářské noviny uvedly, že schodek bude nižší.", "hn", "Hospodářské noviny"),
        ("Podle Lidových novin ministr odstoupí.", "ln", "Lidových novin"),
        ("Podle Deníku N ministr zopakoval své stanovisko.", "denikn", "Deníku N"),
        ("Podle Novinek vláda jednala do noci.", "novinki", "Novinek"),
        ("Reflex napsal, že ceny energií porostou.", "refleks", "Reflex"),
    ],
)
def test_a_czech_name_in_a_case(prose: str, label: str, name: str) -> None:
    assert [m.name for m in find_mentions(prose, [label])] == [name]


@pytest.mark.parametrize(
    ("prose", "label"),
    [
        # controls: other initials, no cue, a name in a case before a lower-case word without a cue, ASCII,
        # a lower-case first word
        ("Podle Hospodářské komory firmy čekají zdražení.", "hn"),
        ("Hospodářské noviny jsou starý list, který čtu rád.", "hn"),
        ("V Deníku N to ministr zopakoval.", "denikn"),
        ("Podle Hospodarskych novin vlada schvalila rozpocet.", "hn"),
        ("podle hospodářských novin vláda schválila rozpočet.", "hn"),
    ],
)
def test_no_czech_name_in_a_case(prose: str, label: str) -> None:
    assert find_mentions(prose, [label]) == []
