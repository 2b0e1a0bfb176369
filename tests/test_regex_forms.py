"""Regular expressions rewritten into forms that are cheaper to compile (the import of linkcheck pays for
every pattern compiled at module level) must find exactly what their former forms found. Each former form is
kept here, verbatim, and both are compared on hand-written and generated text (non-ASCII included), and a
character class on every code point."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck import match, names, soft404
from linkcheck.articles import _base, _prose
from linkcheck.articles import html as article_html
from linkcheck.extract import dates, tables

#: Characters that matter to the patterns below, and some that do not: ASCII punctuation and controls, the
#: edges of the ranges, non-ASCII letters and separators, CJK, astral characters, a lone surrogate.
ALPHABET = (
    "aAzZ09-._~:/?#[]@!$&'()*+,;=%\"\\^`{|}<> \t\r\n\x00\x1f\x7f\x80\x9f\xa0\xb7\xbb\xff"
    "éüßſKİıÀÞĀāǅǆΣσςДдЁё‐‒–—―•·«»：｜"
    "\u3040\u30ff\u3400\u4dbf\u4dc0\u4e00\u9fff\ua000\uac00\ud7af\ud7b0\uf900\ufaff\ufb00\uffff"
    "\U00010000\U0001f600\U0010ffff\ud800"
)
text = st.text(alphabet=ALPHABET, max_size=40) | st.text(max_size=40)
url_text = st.tuples(
    st.sampled_from(["", "http://", "https://", "HTTP://", "ftp://", "a+b.c-d://", "1a://", "http:/"]),
    st.text(alphabet=ALPHABET, max_size=30),
).map("".join)


def findings(pattern: re.Pattern[str], s: str) -> object:
    """Everything a caller can read from ``pattern`` on ``s``: every match's span and groups, the match at
    each position, the whole-string match, and a substitution."""
    return (
        [(m.span(), m.groups()) for m in pattern.finditer(s)],
        [(m.span(), m.groups()) if (m := pattern.match(s, i)) else None for i in range(len(s) + 1)],
        (m.span(), m.groups()) if (m := pattern.fullmatch(s)) else None,
        pattern.sub("<>", s),
    )


def assert_same(old: re.Pattern[str], new: re.Pattern[str], s: str) -> None:
    assert findings(new, s) == findings(old, s), s


def assert_same_class(old: str, new: str) -> None:
    """Two one-character classes match the same code points (all of them, astral ones included)."""
    a, b = re.compile(old), re.compile(new)
    differ = [
        hex(c) for c in range(0x110000) if (a.fullmatch(chr(c)) is None) != (b.fullmatch(chr(c)) is None)
    ]
    assert not differ, differ[:20]


# --- the plain URL readers of names and extract.dates ----------------------------------------------------

OLD_NETLOC = r"[^/?#\[\]\x00-\x20\x7f-\U0010ffff]"
OLD_NAMES_URL = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*://([^/?#\[\]\x00-\x20\x7f-\U0010ffff]*)(?![^/?#])([^?#]*)(?:\?([^#]*))?"
)
OLD_DATES_URL = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*://([^/?#\[\]\x00-\x20\x7f-\U0010ffff]*)(?![^/?#])([^?#]*)"
)
URLS = [
    "https://www.themoscowtimes.com/2024/05/02/will-russia?x=1#top",
    "http://User:Pw@News.Example.COM.:443/path;p?q=1&r=2#f?g",
    "http://[::1]:80/x",
    "http://a]b/",
    "https://пример.рф/путь",
    "http://host\x7f/x",
    "http://ho st/x",
    "http://h\\x/y",
    "http://h^`{|}~!$&'()*+,;=\"<>%:@/",
    "ftp://h#frag?not-query",
    "http://",
    "",
]


def test_url_netloc_class_matches_the_same_code_points() -> None:
    netloc = re.search(r"://\((\[[^]]*\])\*\)", names._PLAIN_URL.pattern)
    assert netloc is not None
    assert_same_class(OLD_NETLOC, netloc.group(1))
    # cost17: the extractor reads a page's address with this pattern too (names.plain_url_parts)
    assert not hasattr(dates, "_PLAIN_URL")


def assert_netloc_and_path_as_the_dates_form(url: str) -> None:
    """The extractor's old pattern (no query) and names' read the same netloc and path of ``url``."""
    old, new = OLD_DATES_URL.match(url), names._PLAIN_URL.match(url)
    assert (old is None) == (new is None)
    if old is not None and new is not None:
        assert old.group(1, 2) == new.group(1, 2)


@pytest.mark.parametrize("url", URLS)
def test_url_patterns_read_examples_alike(url: str) -> None:
    assert_same(OLD_NAMES_URL, names._PLAIN_URL, url)
    assert_netloc_and_path_as_the_dates_form(url)


@settings(max_examples=400, deadline=None)
@given(url_text | text)
def test_url_patterns_read_any_text_alike(url: str) -> None:
    assert_same(OLD_NAMES_URL, names._PLAIN_URL, url)
    assert_netloc_and_path_as_the_dates_form(url)


# --- patterns compiled on first use keep their form --------------------------------------------------------

OLD_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])")
OLD_TITLE_SEPARATOR = re.compile(
    r"\s+(?:[|–—·•«»/\\~]|-{1,2}|::|:|>{1,2}|<{1,2})\s+|\s*\|\s*|\s+::\s*"
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff])(?:-{1,2}|_|——|：|｜)(?=[\u3040-\u30ff\u3400-\u9fff])"
)


def test_lazy_patterns_are_the_former_ones() -> None:
    assert match._cjk() is match._cjk()
    assert (match._cjk().pattern, match._cjk().flags) == (OLD_CJK.pattern, OLD_CJK.flags)
    assert tables.title_separator_re() is tables.TITLE_SEPARATOR_RE
    assert (tables.TITLE_SEPARATOR_RE.pattern, tables.TITLE_SEPARATOR_RE.flags) == (
        OLD_TITLE_SEPARATOR.pattern,
        OLD_TITLE_SEPARATOR.flags,
    )
    with pytest.raises(AttributeError):
        tables.NO_SUCH_NAME  # noqa: B018


@settings(max_examples=200, deadline=None)
@given(text)
def test_lazy_patterns_find_alike(s: str) -> None:
    assert_same(OLD_CJK, match._cjk(), s)
    assert_same(OLD_TITLE_SEPARATOR, tables.title_separator_re(), s)


# --- the capitals of articles._prose ---------------------------------------------------------------------

#: The letters ``_prose._UPPER`` is a class of, as the module found them before (on any Unicode version).
OLD_UPPER = re.escape("".join(chr(c) for c in range(0x10000) if chr(c).isupper() and chr(c).isalpha()))
_CAP_REST = r"[\w'’&.-]*"
_OLD_CAP_WORD = rf"[{OLD_UPPER}]{_CAP_REST}"
#: The words that may follow a capitalised word, as the module reads them now (joiners, numbers inside a name:
#: ``ca25813``), with the capitals found by scanning.
_OLD_MORE_WORDS = _prose._MORE_WORDS.replace(_prose._UPPER, OLD_UPPER)
#: The phrase in the form written before the first-character rewrite (the capital's branch a lookbehind for a
#: capital), with the elided article or preposition before a capital (``l'ANSA``) that the module reads.
OLD_PHRASE = re.compile(
    rf"[Tt{OLD_UPPER}](?:(?<=[Tt])(?<![\w-].)he[ \t]+(?<![\w'’.-]){_OLD_CAP_WORD}{_OLD_MORE_WORDS}"
    rf"|(?<=[{OLD_UPPER}])(?:(?<![\w'’.-].)|{_prose._ELIDED}){_CAP_REST}{_OLD_MORE_WORDS})"
)
_CLOSERS = "\"'”’»)\\]"
_OLD_NEXT_SENTENCE = rf"(?=[\"'“‘«(\[]?[{OLD_UPPER}])"
_OLD_NOT_ORDINAL_DATE = _prose._NOT_ORDINAL_DATE
OLD_SENTENCE_END = re.compile(
    rf"[{_CLOSERS}\s](?:(?<=[.!?][{_CLOSERS}])[{_CLOSERS}]*\s+{_OLD_NOT_ORDINAL_DATE}{_OLD_NEXT_SENTENCE}"
    rf"|(?<=[.!?]\s)\s*{_OLD_NOT_ORDINAL_DATE}{_OLD_NEXT_SENTENCE}"
    r"|(?<=\r)\n[ \t]*\r?\n|(?<=\n)[ \t]*\r?\n|(?<=[:;]\s)\s*\r?\n|(?<=[:;]\n)|(?<=\n)(?=[ \t]*[-*•][ \t]))"
)
#: Words and marks that make capitalised phrases and sentence ends, capitals of several scripts among them
#: (``ǅ`` is title case, not upper case; ``ＡＢ`` are full-width; ``İ`` is upper case with a dot).
PROSE_PIECES = [
    "The", "the", "THE", "They", "Then", "t", "T", "New", "York", "Times", "of", "de", "for", "and", "&",
    "BBC", "O'Neil", "O’Brien", "U.S.", "Al-Jazeera", "Āb", "Дом", "Σίγμα", "ǅemal", "ＡＢ", "İz", "ÞÓR",
    "Ωmega", "ßig", "said", "2024", "é", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\r\r", "\n \n", ".", ". ",
    "!", "?", ":", ";", ",", "-", "’", "'", '"', "“", "”", "‘", "«", "»", "(", ")", "[", "]", "_", "\xa0",
    "*", "•", "- ", "* ", "\n- ", "\n  * ", ":\n- ",
]  # fmt: skip
prose = st.lists(st.sampled_from(PROSE_PIECES), max_size=30).map("".join)


def test_upper_class_matches_every_capital_it_did() -> None:
    assert_same_class(f"[{OLD_UPPER}]", f"[{_prose._UPPER}]")


@pytest.mark.parametrize(
    "s",
    [
        "The New York Times said. Then The Guardian reported",
        "the BBC and the Financial Times of London",
        "O’Brien told Al-Jazeera. «Дом Σίγμα» said ǅemal: ＡＢ.\n\nİz wrote!  “The End”",
        "tThe tHE THE Then\r\n\r\nNext: Line;\nMore",
        "The. 2024 The",  # a number before a capital continues a name (Il Sole 24 Ore): found by hypothesis
        "l'ANSA e dell'Istat, Corriere della Sera, Channel 4 News",
        "",
    ],
)
def test_prose_patterns_read_examples_alike(s: str) -> None:
    assert_same(OLD_PHRASE, _prose._PHRASE, s)
    assert_same(OLD_SENTENCE_END, _prose._SENTENCE_END, s)


@settings(max_examples=1500, deadline=None)
@given(prose | text)
def test_prose_patterns_read_any_text_alike(s: str) -> None:
    assert_same(OLD_PHRASE, _prose._PHRASE, s)
    assert_same(OLD_SENTENCE_END, _prose._SENTENCE_END, s)


# --- patterns compiled only when a cheap test says they may match ------------------------------------------

OLD_NOT_FOUND = re.compile(
    r"\b404\b|page (?:not found|introuvable|non trouvée)|not found|can.t be found|cannot be found|"
    r"could(?: not|n.t) (?:be )?f(?:ou)?nd|no longer (?:exists|available)|"
    r"seite (?:nicht gefunden|wurde nicht gefunden)|nicht gefunden|página no encontrada|no encontrad[oa]|"
    r"pagina non trovata|non trovata|página não encontrada|não encontrad[ao]|pagina niet gevonden|"
    r"niet gevonden|strona nie (?:została )?znaleziona|nie znaleziono|страница не найдена|не найдена|"
    r"ошибка 404|introuvable|erreur 404|fehler 404|error 404",
    re.IGNORECASE,
)
OLD_ERROR_PATTERN = re.compile("|".join(f"(?:{p})" for p in soft404.ERROR_PATTERNS))


OLD_TABLES = {
    "HINT_MODIFIED_RE": re.compile(r"updat|modif|edited|revis|aktualisiert|actualiz|aggiorn|atualiz|obnovl"),
    "HINT_PUBLISHED_RE": re.compile(
        r"publi|pubdate|posted|post-date|post_date|postdate|created|entry-date|article-date|article__date|"
        r"story-date|byline|timestamp|dateline|date-header|datetime|\bdate\b|-date\b|_date\b|date-"
    ),
    "EXCLUDED_CLASS_RE": re.compile(
        r"nav|menu|footer|sidebar|related|recent|trending|popular|comment(?!ary)|widget|teaser|"
        r"promo(?!ted(?:\s|$))|latest|breadcrumb|topdate|today|current-?date|date-du-jour|"
        r"last-?news|othnews|other-?news|more-?stories|more-?news|most-?read|newsletter|share|"
        r"social|cookie|advert|read-?also|links-block|recommend|outbrain|taboola|subscribe|"
        r"copyright|tags|see-?also|also-?read|readmore|read-more|masthead|site-header|(?:^|"
        r"\s)header__date|ticker|archive-list|card-list|pagination|terkini|najnovij|ultimas",
    ),
    "TEXT_MODIFIED_PREFIX_RE": re.compile(
        r"(?:updated?|last (?:edited|modified|updated|reviewed)|mod(?:ified|yfikacji|yfikowano)|revised|"
        r"aktualisiert|geändert|modifica(?:to|ción)?|mis à jour|mise à jour|modifié|actualizad[oa]|"
        r"actualización|"
        r"aggiornat[oa]|atualizad[oa]|bijgewerkt|gewijzigd|zaktualizowano|aktualizacj[ai]|"
        r"обновлено|обновлен[оа]?|"
        r"изменено|оновлено|изменени[ея]|обновлени[ея]|обновено|актуализирано|frissítve|módosítva|"
        r"güncelleme(?: tarihi)?|güncellendi|(?:최종\s?)?(?:수정|업데이트)(?:일시|일)?|(?:最后|最後)?(?:更新|"
        r"修改)(?:日期|时间|時間|日時|日)?|actualizat|actualizare|aktualizováno|aktualizované|aktualizace|"
        r"uppdaterad|uppdaterat|oppdatert|opdateret|päivitetty|diperbarui|ενημερώθηκε|ενημέρωση|"
        r"абноўлена|ажурирано|ažurirano|ažurirana|жаңартылды|განახლდა|განახლებულია|تحديث|تعديل|"
        r"اپ ڈیٹ|اپڈیٹ|আপডেট|अपडेट किया गया|अपडेट|dikemas ?kini|actualitzat|actualitzada|atnaujinta|"
        r"atjaunināts|atjaunots|uuendatud|imesasishwa|diweddarwyd(?: ddiwethaf)?|"
        r"opgedateer|bygewerk|yangilandi|mizajou|n(?:utarterneqarpoq|ohavaozina)|\d{1,2}:\d{2}\s?(?:->|→))"
        r"\W{0,3}(?:on|at|le|am|el|il|"
        r"em|op|a|"
        r"\d{1,2}:\d{2})?\W{0,3}(?:[^\W\d_]{2,12}\.?,?\s{1,3})?$",
    ),
    "UPDATE_WORD_RE": re.compile(
        r"\b(?:updated?|last modified|aktualisiert|mis à jour|modifié|actualizado|aggiornato|"
        r"modificato|atualizado|bijgewerkt|zaktualizowano|обновлено|изменено|оновлено|actualizat|"
        r"aktualizováno|uppdaterad|oppdatert|opdateret|päivitetty|diperbarui|абноўлена|ažurirano|"
        r"dikemaskini|actualitzat|atnaujinta|atjaunināts|uuendatud|opgedateer|yangilandi|mizajou)\b",
        re.IGNORECASE,
    ),
    "TEXT_PUBLISHED_PREFIX_RE": re.compile(
        r"(?:published|posted|first published|publi(?:cation|kacji)|publié|publiée|veröffentlicht|erschienen|"
        r"publicado|pubblicato|gepubliceerd|opublikowan(?:o|ia)|опубликован(?:[оа]|(?![^\W\d_]))|"
        r"дата публикации|"
        r"опублікован[оа]|публикувано|közzétéve|publikálva|yayınlanma(?: tarihi)?|oluşturulma tarihi|"
        r"giriş tarihi|"
        r"(?:입력|등록|게재|발행)(?:일시|일)?|(?:发布|發布|發佈|发表|發表|刊登|公開|配信|掲載)(?:日期|时间|時間|日時|日)?|publicat|"
        r"publikováno|zveřejněno|publicerad|publicerat|publisert|publiceret|julkaistu|diterbitkan|"
        r"dipublikasikan|δημοσιεύθηκε|δημοσίευση|апублікавана|objavljen[oa]?|жарияланды|გამოქვეყნდა|"
        r"النشر|نشر|شائع|প্রকাশিত|প্রকাশ|प्रकाशित|"
        # the fiftieth held-out extraction batch: Telugu's publication label (ext50)
        r"ప్రచురణ|ప్రచురించబడింది|paskelbta|publicēts|avaldatud|imechapishwa|"
        r"cyhoeddwyd(?: gyntaf)?|gepubliseer|chop etilgan|e'lon qilingan|pibliye|"
        r"(?:pressemitteilung|press release|communiqué de presse)(?: (?:nr\.|no\.|n°) ?\d+(?:/\d+)?)? "
        r"(?:vom|of|du)|pronounced|date of (?:the )?(?:judgment|judgement|decision|order)|"
        r"(?:record|page) created|(?:^|\|\s)(?:date )?created|"
        r"дата (?:официального |офіційного |афіцыйнага )?(?:опубликования|опублікування|оприлюднення|"
        r"апублікавання))"
        r"\W{0,3}(?:on|at|le|am|el|il|em|"
        r"op|a)?\W{0,3}(?:[^\W\d_]{2,12}\.?,?\s{1,3})?$",
    ),
    "NOT_FOUND_RE": OLD_NOT_FOUND,
    "TITLE_SEPARATOR_RE": OLD_TITLE_SEPARATOR,
}


@pytest.mark.parametrize("name", sorted(OLD_TABLES))
def test_tables_patterns_read_later_are_the_former_ones_and_stay_once_read(name: str) -> None:
    pattern = getattr(tables, name)
    old = OLD_TABLES[name]
    assert (pattern.pattern, pattern.flags) == (old.pattern, old.flags)
    assert vars(tables)[name] is pattern is getattr(tables, name)
    namespace: dict[str, object] = {}
    exec(f"from linkcheck.extract.tables import {name}", namespace)
    assert namespace[name] is pattern
    assert name in tables.__all__


@pytest.mark.parametrize("source", soft404.ERROR_PATTERNS)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_error_pattern_match_holds_a_pattern_word(source: str, data: st.DataObject) -> None:
    piece = data.draw(st.from_regex(re.compile(source), fullmatch=True))
    assert any(word in piece for word in soft404._PATTERN_WORDS), piece


ERROR_WORDS = st.sampled_from(
    ["the", "this", "page", "you", "were", "looking", "for", "could", "not", "be", "found", "no", "longer",
     "available", "exists", "we", "cant", "find", "that", "error", "http", "404", "410", "has", "been",
     "removed", "deleted", "moved", "does", "anymore", "story", "link", "iraq", "talks", "findings", "é"]
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(ERROR_WORDS, min_size=1, max_size=10).map(" ".join) | text)
def test_error_pieces_are_read_as_before(piece: str) -> None:
    assert soft404._error_pattern().pattern == OLD_ERROR_PATTERN.pattern
    guarded = any(w in piece for w in soft404._PATTERN_WORDS) and soft404._error_pattern().fullmatch(piece)
    assert bool(guarded) is bool(OLD_ERROR_PATTERN.fullmatch(piece))


# --- the control characters an HTML article is cleared of before lxml reads it ----------------------------

OLD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_control_characters_become_the_same_bytes_as_when_replaced_before_encoding() -> None:
    """Every code point (a lone surrogate included), alone and between others: the page's bytes once encoded
    and translated are those the former regular expression gave before encoding."""
    table = article_html._CONTROL_TO_SPACE
    for c in range(0x110000):
        ch = chr(c)
        assert ch.encode("utf-8", "replace").translate(table) == OLD_CONTROL.sub(" ", ch).encode(
            "utf-8", "replace"
        ), hex(c)


@settings(max_examples=300, deadline=None)
@given(text)
def test_control_characters_in_any_text_become_the_same_bytes(s: str) -> None:
    table = article_html._CONTROL_TO_SPACE
    assert s.encode("utf-8", "replace").translate(table) == OLD_CONTROL.sub(" ", s).encode("utf-8", "replace")


# --- the label patterns, matched case-sensitively on lower-cased text ---------------------------------------
LABEL_PATTERNS = ("TEXT_MODIFIED_PREFIX_RE", "TEXT_PUBLISHED_PREFIX_RE")
LABELS = st.sampled_from(
    ["Updated", "UPDATED:", "Last Modified", "Mis à jour le", "AKTUALIZOVÁNO", "Ενημερώθηκε", "ΔΗΜΟΣΙΕΥΣΗ",
     "Обновлено", "АБНОЎЛЕНА", "Ažurirano", "Objavljeno:", "GÜNCELLEME TARİHİ", "Yayınlanma", "İ", "ſ", "K",
     "Published on", "PUBLIÉ LE", "Veröffentlicht am", "آخر تحديث:", "نشر في", "আপডেট:", "अपडेट किया गया",
     "수정", "更新日期", "Tuesday,", "12:05 |", " ", "· "]
)  # fmt: skip


@pytest.mark.parametrize("name", LABEL_PATTERNS)
@settings(max_examples=500, deadline=None)
@given(prefix=st.lists(LABELS | text, max_size=4).map(" ".join))
def test_label_patterns_on_lower_case_read_as_case_insensitive_ones(name: str, prefix: str) -> None:
    """The label patterns are compiled without ``re.IGNORECASE`` (an alternation that long is three to four
    times slower with it) and matched on ``label_case(prefix)``: the same answer as the case-insensitive
    form."""
    pattern = getattr(tables, name)
    assert not pattern.flags & re.IGNORECASE
    insensitive = re.compile(pattern.pattern, re.IGNORECASE)
    assert bool(pattern.search(tables.label_case(prefix))) is bool(insensitive.search(prefix))


# --- the press-release contact block's first text: two patterns made one ------------------------------------
OLD_CONTACT_OPENER = re.compile(r"(?i:contacts?|kontakt|contact\s+us)\s*:?")
CONTACT_PIECES = st.sampled_from(
    ["Media", "PRESS", "investor", "Contact", "CONTACTS", "contacts", "Kontakt", "Pressekontakt", "us", "de",
     "prensa", "Contacto", "presse", "Контакты", "для", "СМИ", "enquiries", "İnquiries", "Enquırıes", "K",
     "ſ", ":", " ", "\t", "\n", "\xa0", "x", "."]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(CONTACT_PIECES, max_size=6).map("".join) | text)
def test_contact_opener_reads_as_the_heading_match_or_the_opener_fullmatch(s: str) -> None:
    old = _base.CONTACT_HEADING.match(s) is not None or OLD_CONTACT_OPENER.fullmatch(s) is not None
    assert (article_html._CONTACT_OPENER.match(s) is not None) is old, s
