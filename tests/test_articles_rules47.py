"""art47's rules for outlets named in Cyrillic on Latin hosts (``articles/_prose.py``).

- *Another romanisation* (``_NATIONAL_SPELLINGS``, ``_national_key``, in ``_cyrillic_spelled``): a Cyrillic
  name also spells its host with the letters the national Latin spellings write where ``fold``'s table
  writes others: ``г`` h (Ukrainian, Belarusian), ``ц`` c (Serbian, Polish, Belarusian), a vowel letter
  after an apostrophe, a sign or a vowel with a ``y`` before it, and ``ью`` as a loanword's English ``ew``.
- *Stems* (``_stems_spelled``): two to four words of a Cyrillic name, each whole or cut to a stem of three
  letters or more, the last whole, spelling the host in order; a weaker reading (quality 1), named only
  where outlets are named.
- *Cues*: Bulgarian and Macedonian ``според`` before a name; Russian's neuter verbs (``сообщило``,
  ``написало``, ``писало``) and ``канал``, ``портал``, ``сайт`` before one.
"""

from __future__ import annotations

import pytest

from linkcheck.articles import extract_citations


def _outlet(text: str, url: str) -> str | None:
    found = {c.url: c for c in extract_citations(text, "text")}
    assert url in found
    return found[url].outlet


FIRES = [
    # г as h, and the host's first letter h for a name starting with Г
    (
        "Як повідомляє «Громадське», засідання перенесли: https://hromadske.ua/posts/zasidannia-perenesly",
        "https://hromadske.ua/posts/zasidannia-perenesly",
        "Громадське",
    ),
    # ц as c
    (
        "Како пише «Блиц», радови касне: https://www.blic.rs/vesti/beograd/radovi/x7k2m9",
        "https://www.blic.rs/vesti/beograd/radovi/x7k2m9",
        "Блиц",
    ),
    # е after an apostrophe as ye
    (
        "Выданне «Заходні кур’ер» пісала пра гэта: https://zakhodni-kurier.example.by/svet/2020/01/08/bagdad",
        "https://zakhodni-kurier.example.by/svet/2020/01/08/bagdad",
        "Заходні кур’ер",
    ),
    # ью as a loanword's ew
    (
        "Как сообщил портал «НСК Ньюс», смету пересмотрели: https://nsknews.example.ru/news/2024/10/01/smeta/",
        "https://nsknews.example.ru/news/2024/10/01/smeta/",
        "НСК Ньюс",
    ),
    # stems, the last word whole
    (
        "Как пишет «Северный аналитик», Багдад выбирает ПВО: https://severanalitik.example/2020/01/07/pvo",
        "https://severanalitik.example/2020/01/07/pvo",
        "Северный аналитик",
    ),
    (
        "Как сообщил «Ближневосточный вестник», удар пришёлся по базам: https://blizhvestnik.example.ru/n/1",
        "https://blizhvestnik.example.ru/n/1",
        "Ближневосточный вестник",
    ),
    # stems and г as h together
    (
        "Як повідомляє «Дніпровський оглядач», Ірак шукає альтернативу: https://dnipro-ohliadach.example/svit/1",
        "https://dnipro-ohliadach.example/svit/1",
        "Дніпровський оглядач",
    ),
    # the cues
    (
        "Според «Дневник» бюджетът ще бъде преразгледан: https://www.dnevnik.bg/bulgaria/2024/05/14/4612345",
        "https://www.dnevnik.bg/bulgaria/2024/05/14/4612345",
        "Дневник",
    ),
    (
        "Как сообщило «Эхо Москвы», эфир отменили: https://echo.msk.ru/news/2612345.html",
        "https://echo.msk.ru/news/2612345.html",
        "Эхо",
    ),
    (
        "Как сообщил телеграм-канал «Военный обозреватель», поставки начались: https://voenobozrevatel.example.ru/1",
        "https://voenobozrevatel.example.ru/1",
        "Военный обозреватель",
    ),
]

NOT_FIRES = [
    # stems of other words than the host's
    ("Как пишет «Северный поток», работы остановлены: https://severanalitik.example/2020/01/07/raboty", None),
    ("Как сообщил «Военный обозреватель», поставки начались: https://voenmeh.example.ru/2020/01/07/p", None),
    ("Как сообщил «Новый вестник», удар пришёлся по базам: https://blizhvestnik.example.ru/news/2", None),
    # the last word cut: not all of the name spelled
    ("Как пишет «Северная аналитика», всё спокойно: https://sever.example/2020/01/07/spokoino", None),
    # one word's stem alone
    ("Как пишет «Северный», всё спокойно: https://severanalitik.example/2020/01/07/spokoino", None),
    # stems with no cue: a weaker reading
    ("Мы читали «Северный аналитик» каждый день: https://severanalitik.example/2020/01/07/chitali", None),
    # a Latin name's stems are read since art49 (words cut on the host, any script), beside a cue only:
    # with none, nothing (art49 changed this case from 'According to Northern Analyst, ...')
    ("We read Northern Analyst every day: https://northanalyst.example/2020/01/07/talks", None),
    # a one-word name by another romanisation still needs a cue
    ("Мы читали «Блиц» каждый день: https://www.blic.rs/vesti/beograd/citali", None),
]


@pytest.mark.parametrize(("text", "url", "outlet"), FIRES)
def test_a_cyrillic_name_spells_its_host_otherwise(text: str, url: str, outlet: str | None) -> None:
    assert _outlet(text, url) == outlet


@pytest.mark.parametrize(("text", "outlet"), NOT_FIRES)
def test_what_the_rules_do_not_read(text: str, outlet: str | None) -> None:
    url = text.rsplit(" ", 1)[1]
    assert _outlet(text, url) == outlet


# --- a web archive's copy: the outlet named is its original's -----------------------------------------------

WAYBACK_RIA = "https://web.archive.org/web/20200110101544/https://ria.ru/20200109/1563219328.html"


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        (
            f"Ирак возобновил переговоры, сообщило агентство «РИА Новости»: {WAYBACK_RIA}",
            WAYBACK_RIA,
            "РИА Новости",
        ),
        (
            "Iraq resumed the talks, Reuters reported: "
            "https://archive.ph/2020.01.10-101010/https://www.reuters.com/article/us-iraq-russia-idUSKBN1Z9",
            "https://archive.ph/2020.01.10-101010/https://www.reuters.com/article/us-iraq-russia-idUSKBN1Z9",
            "Reuters",
        ),
        (
            "Как сообщил «Северный аналитик», Багдад выбирает ПВО: "
            "https://web.archive.org/web/2020id_/https://severanalitik.example/2020/01/07/pvo",
            "https://web.archive.org/web/2020id_/https://severanalitik.example/2020/01/07/pvo",
            "Северный аналитик",
        ),
        # controls: a name another host's, a copy naming no original
        (f"Iraq resumed the talks, Reuters reported: {WAYBACK_RIA}", WAYBACK_RIA, None),
        (
            "Iraq resumed the talks, Reuters reported: https://archive.ph/Xq7Lm",
            "https://archive.ph/Xq7Lm",
            None,
        ),
    ],
)
def test_an_archive_copys_outlet_is_its_originals(text: str, url: str, outlet: str | None) -> None:
    assert _outlet(text, url) == outlet
