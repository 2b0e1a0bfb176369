"""Citations in wikitext, parsed with a real MediaWiki parser (``mwparserfromhell``).

- **Citation templates**: ``{{cite web}}``, ``{{cite news}}``, ``{{citation}}`` and every relative whose
  name starts with ``cite`` (``cite journal``, ``cite book``, ``Cite press release``, ``vcite news``...),
  wherever they stand (in ``<ref>`` tags, inside other templates such as ``{{efn}}``). Read: ``url`` (or
  ``chapter-url``...), ``title`` (``script-title`` in its place when given: the title in its own script,
  as the page shows it, ``title`` then being its romanisation, which goes in the note with
  ``trans-title``),
  ``date`` (``year``), ``access-date``, ``archive-url``, ``archive-date`` and ``url-status`` (in the note),
  and the outlet from ``website``/``work``/``newspaper``/``magazine``/``journal``/``publisher``/``agency``.
  Values are rendered as a reader sees them: wikilinks as their label, ``{{lang|ru|...}}``-style templates
  as their text, comments dropped.
- **Bare external links**: ``[https://... label]`` and bare URLs outside citation templates, the label as
  the title when it reads like one.
- Nothing in comments, ``<nowiki>``, ``<pre>``, ``<syntaxhighlight>``, ``<source>``, ``<code>`` or ``<math>``.
"""

from __future__ import annotations

import re

import mwparserfromhell
from mwparserfromhell.nodes import (
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

from linkcheck.articles._base import (
    Lines,
    Link,
    Parsed,
    archived_original,
    clean_text,
    end_bare_url,
    looks_like_title,
    resolve_url,
    url_key,
)
from linkcheck.articles._dates import FIELD_MONTHS, date_readings, parse_date_field, to_partial
from linkcheck.articles._entries import read_entry
from linkcheck.articles._prose import organisation_author
from linkcheck.lazyre import lazy_re
from linkcheck.models import PartialDate

__all__ = ["is_citation_template", "parse"]

_URL_PARAMS = ("url", "chapter-url", "chapterurl", "article-url", "contribution-url", "section-url",
               "entry-url", "conference-url", "transcript-url")  # fmt: skip
_OUTLET_PARAMS = ("website", "work", "newspaper", "magazine", "journal", "periodical", "publisher", "agency")
_SKIP_TAGS = frozenset({"nowiki", "pre", "syntaxhighlight", "source", "code", "math", "chem", "score",
                        "graph", "templatedata", "timeline", "mapframe"})  # fmt: skip
_LIST_LEAD = lazy_re(r"^[*#:;\s]*$")
_MAX_DEPTH = 60


#: Citation templates of other languages' Wikipedias, whose parameters are in their language
#: (:data:`_PARAM_NAMES`): Russian ``Статья``/``Публикация``/``Книга``, French ``Lien web``/``Article``/
#: ``Ouvrage``, German ``Internetquelle``/``Literatur``, Spanish and Italian ``Cita web``/``Cita noticia``...
#: (every name starting with ``cita``), Portuguese ``Citar web``... (``citar``), Polish ``Cytuj stronę``,
#: ``Cytuj pismo``, ``Cytuj``... (``cytuj``), Arabic ``استشهاد ويب``, ``استشهاد بخبر``... (``استشهاد``,
#: "citation"), Catalan ``Ref-web``, ``Ref-notícia``, ``Ref-publicació``... (``ref-``), Czech ``Citace
#: elektronického periodika``, ``Citace periodika``... (``citace``), Dutch ``Citeer web``, ``Citeer
#: nieuws``... (read as ``cite...``), Finnish ``Verkkoviite``, ``Lehtiviite``, ``Kirjaviite``, ``Uutisviite``,
#: Swedish ``Webbref``, ``Tidningsref``, ``Tidskriftsref``, ``Bokref``, Turkish ``Web kaynağı``, ``Haber
#: kaynağı``, ``Kitap kaynağı``... (every name ending in ``kaynağı``, "source"), Korean ``웹 인용``, ``뉴스
#: 인용``, ``저널 인용``... (every name ending in ``인용``, "citation"); Wikinews's
#: ``{{source|url=|title=|pub=|date=}}``, each of its articles' list of sources, and the Russian Wikinews's
#: ``{{Источник|url=|title=|publisher=|date=}}`` (added after the eighteenth held-out batch); the Hebrew
#: Wikipedia's ``קישור כללי`` ("general link", added after the twenty-fourth held-out batch); the Norwegian
#: Wikipedia's ``Kilde www``, ``Kilde avis``, ``Kilde artikkel``, ``Kilde bok``, ``Kilde rapport`` ("source",
#: added after the twenty-fifth); the Estonian Wikipedia's ``Netiviide`` ("web reference"), ``Raamatuviide``,
#: ``Ajakirjaviide``, ``Ajaleheviide`` (book, journal, newspaper; added after the twenty-sixth); the
#: Vietnamese Wikipedia's ``Chú thích web``, ``Chú thích báo``, ``Chú thích tạp chí``, ``Chú thích sách``...
#: (every name starting with ``chú thích``, "note"; added after the twenty-seventh); the Hungarian
#: Wikipedia's ``Internetes hivatkozás`` ("internet reference", added after the twenty-eighth); the Esperanto
#: Wikipedia's ``Citaĵo el la reto`` ("quotation from the web"), ``Citaĵo el gazeto``... (every name starting
#: with ``citaĵo``, "quotation"; added after the thirty-first).
_LOCAL_TEMPLATES = frozenset(
    ["статья", "публикация", "книга", "cite web ru", "lien web", "lien news", "lien conférence", "article",
     "ouvrage", "internetquelle", "literatur", "cytuj", "source", "verkkoviite", "lehtiviite", "kirjaviite",
     "uutisviite", "webbref", "tidningsref", "tidskriftsref", "bokref", "источник", "קישור כללי",
     "kilde www", "kilde avis", "kilde artikkel", "kilde bok", "kilde rapport", "netiviide", "raamatuviide",
     "ajakirjaviide", "ajaleheviide", "internetes hivatkozás"]
)  # fmt: skip
_LOCAL_SUFFIXES = (" kaynağı", " 인용")
_LOCAL_PREFIXES = ("cita ", "citar ", "cytuj ", "استشهاد", "ref-", "citace ", "chú thích ", "citaĵo ")
#: Parameter names of those templates (Russian, French, German, Spanish, Italian, Portuguese, Polish, Arabic,
#: Catalan, Czech, Dutch, Finnish, Swedish, Turkish, Korean, Hebrew, Norwegian, Estonian, Vietnamese,
#: Hungarian, Esperanto; compared lower-case with ``-``/``_`` as spaces)
#: -> the English ones read below.
_PARAM_NAMES = {
    # Russian
    "ссылка": "url",
    "заглавие": "title",
    "издание": "work",
    "издательство": "publisher",
    "дата": "date",
    "год": "year",
    "месяц": "month",
    "день": "day",
    "число": "day",  # {{статья}}: год= |месяц= |число=
    "издатель": "publisher",  # the Russian Wikipedia's {{cite web}}, which takes Russian names too
    "работа": "work",
    "дата обращения": "access-date",
    "архив": "archive-url",
    "архивная копия": "archive-url",
    "дата архивирования": "archive-date",
    # French
    "titre": "title",
    "lire en ligne": "url",
    "site": "website",
    "périodique": "journal",
    "éditeur": "publisher",
    "consulté le": "access-date",
    "année": "year",
    "mois": "month",
    "jour": "day",
    "traduction titre": "trans-title",
    # German
    "titel": "title",
    "online": "url",
    "werk": "work",
    "sammelwerk": "work",
    "hrsg": "publisher",
    "verlag": "publisher",
    "datum": "date",
    "jahr": "year",
    "abruf": "access-date",
    "archiv url": "archive-url",
    "archiv datum": "archive-date",
    "titelerg": "trans-title",
    # Spanish
    "título": "title",
    "obra": "work",
    "periódico": "newspaper",
    "publicación": "journal",
    "revista": "magazine",
    "sitioweb": "website",
    "editorial": "publisher",
    "fecha": "date",
    "año": "year",
    "fechaacceso": "access-date",
    "urlarchivo": "archive-url",
    "fechaarchivo": "archive-date",
    "títulotrad": "trans-title",
    # Italian
    "titolo": "title",
    "sito": "website",
    "pubblicazione": "journal",
    "editore": "publisher",
    "data": "date",
    "anno": "year",
    "accesso": "access-date",
    "urlarchivio": "archive-url",
    "dataarchivio": "archive-date",
    # Portuguese (and Spanish without its accent: ``titulo``)
    "titulo": "title",
    "ano": "year",
    "acessodata": "access-date",
    "acessadoem": "access-date",
    "jornal": "newspaper",
    "publicado": "publisher",
    "arquivourl": "archive-url",
    "arquivodata": "archive-date",
    # Polish
    "tytuł": "title",
    "opublikowany": "publisher",
    "wydawca": "publisher",
    "praca": "work",
    "czasopismo": "journal",
    "rok": "year",
    "data dostępu": "access-date",
    "archiwum": "archive-url",
    "zarchiwizowano": "archive-date",
    # Arabic (``مسار`` "path")
    "مسار": "url",
    "عنوان": "title",
    "العمل": "work",
    "صحيفة": "newspaper",
    "موقع": "website",
    "ناشر": "publisher",
    "الناشر": "publisher",
    "تاريخ": "date",
    "سنة": "year",
    "تاريخ الوصول": "access-date",
    "مسار الأرشيف": "archive-url",
    "تاريخ الأرشيف": "archive-date",
    "اقتباس": "quote",
    # Catalan (``obra``, ``data`` as in Spanish and Italian; its ``editor``, the publisher, in
    # :data:`_CATALAN_PARAM_NAMES`: English templates' ``editor`` is a person)
    "títol": "title",
    "publicació": "journal",
    "consulta": "access-date",
    "urlarxiu": "archive-url",
    "dataarxiu": "archive-date",
    # Czech
    "titul": "title",
    "periodikum": "journal",
    "vydavatel": "publisher",
    "datum vydání": "date",
    "datum přístupu": "access-date",
    "url archivu": "archive-url",
    "datum archivace": "archive-date",
    # Dutch (``titel``, ``werk``, ``datum`` as in German)
    "uitgever": "publisher",
    "krant": "newspaper",
    "jaar": "year",
    "bezochtdatum": "access-date",
    "archiefurl": "archive-url",
    "archiefdatum": "archive-date",
    # Finnish
    "osoite": "url",
    "nimeke": "title",
    "otsikko": "title",
    "julkaisu": "work",
    "julkaisija": "publisher",
    "ajankohta": "date",
    "vuosi": "year",
    "viitattu": "access-date",
    "arkisto": "archive-url",
    "arkistoitu": "archive-date",
    # Swedish (``titel``, ``datum`` as in German)
    "verk": "work",
    "utgivare": "publisher",
    "tidning": "newspaper",
    "tidskrift": "journal",
    "år": "year",
    "hämtdatum": "access-date",
    "arkivurl": "archive-url",
    "arkivdatum": "archive-date",
    # Turkish
    "başlık": "title",
    "eser": "work",
    "gazete": "newspaper",
    "dergi": "journal",
    "yayıncı": "publisher",
    "tarih": "date",
    "yıl": "year",
    "erişimtarihi": "access-date",
    "erişim tarihi": "access-date",
    "arşivurl": "archive-url",
    "arşiv url": "archive-url",
    "arşivtarihi": "archive-date",
    "arşiv tarihi": "archive-date",
    # Wikinews ``{{source}}``
    "pub": "publisher",
    # Korean (``웹 인용``, ``뉴스 인용``...: added after the seventeenth held-out batch)
    "제목": "title",
    "웹사이트": "website",
    "뉴스": "newspaper",
    "저널": "journal",
    "작품": "work",
    "출판사": "publisher",
    "날짜": "date",
    "연도": "year",
    "확인날짜": "access-date",
    "보존url": "archive-url",
    "보존날짜": "archive-date",
    "인용구": "quote",
    # Hebrew (``{{קישור כללי|כתובת=|הכותב=|כותרת=|אתר=|תאריך=|תאריך_וידוא=}}``, the Hebrew Wikipedia's
    # general link; added after the twenty-fourth held-out batch)
    "כתובת": "url",
    "כותרת": "title",
    "אתר": "website",
    "תאריך": "date",
    "תאריך וידוא": "access-date",
    "הכותב": "author",
    # Norwegian (``{{Kilde www|url=|tittel=|utgiver=|dato=|besøksdato=}}``, ``{{Kilde avis|avis=}}``;
    # ``verk``, ``år``, ``arkivurl`` as in Swedish; added after the twenty-fifth held-out batch)
    "tittel": "title",
    "utgiver": "publisher",
    "avis": "newspaper",
    "dato": "date",
    "besøksdato": "access-date",
    "arkivdato": "archive-date",
    "forfatter": "author",
    # Estonian (``{{Netiviide|Autor=|URL=|Pealkiri=|Väljaanne=|Aeg=|Kasutatud=}}``, ``{{Raamatuviide|
    # Väljaandja=|Aasta=}}``; added after the twenty-sixth held-out batch)
    "pealkiri": "title",
    "väljaanne": "work",
    "väljaandja": "publisher",
    "aeg": "date",
    "aasta": "year",
    "kasutatud": "access-date",
    "autor": "author",
    # Vietnamese (``{{Chú thích web|url=|tiêu đề=|nhà xuất bản=|ngày=|ngày truy cập=}}``, ``{{Chú thích
    # báo|tựa đề=|báo=}}``, ``{{Chú thích tạp chí|tạp chí=|năm=}}``; added after the twenty-seventh held-out
    # batch; their dates, ``12 tháng 6 năm 2019``, are read by parse_date_field already)
    "tiêu đề": "title",
    "tựa đề": "title",
    "công trình": "work",
    "báo": "newspaper",
    "tạp chí": "journal",
    "nhà xuất bản": "publisher",
    "ngày": "date",
    "năm": "year",
    "ngày truy cập": "access-date",
    "url lưu trữ": "archive-url",
    "ngày lưu trữ": "archive-date",
    "tác giả": "author",
    # Hungarian (``{{Internetes hivatkozás|url=|cím=|szerző=|mű=|kiadó=|dátum=|elérés=}}``; added after the
    # twenty-eighth held-out batch; their year-first dates, ``2015. április 24.``, are read by
    # parse_date_field already)
    "cím": "title",
    "mű": "work",
    "kiadó": "publisher",
    "dátum": "date",
    "elérés": "access-date",
    "szerző": "author",
    # Esperanto (``{{Citaĵo el la reto|url=|titolo=|aŭtoro=|dato=|verko=|eldonejo=|alirdato=|lingvo=}}``;
    # ``titolo`` as in Italian, ``dato`` as in Norwegian; added after the thirty-first held-out batch; their
    # dates, ISO or ``24-an de julio 2021``, are read by parse_date_field)
    "aŭtoro": "author",
    "verko": "work",
    "retejo": "website",
    "gazeto": "newspaper",
    "eldonejo": "publisher",
    "jaro": "year",
    "alirdato": "access-date",
}
#: Parameter names of Catalan templates (``Ref-...``) that name something else in other templates: the
#: publisher (``editor``), a journal article's title (``article``).
_CATALAN_PARAM_NAMES = {"editor": "publisher", "article": "title"}


#: Wiktionary's quotation templates (``{{quote-web|en|date=|title=|work=|url=|passage=}}``,
#: ``{{quote-journal}}``, ``{{quote-book}}``; added after the twenty-third held-out batch): a dictionary
#: entry's quotations, each a source cited with the English parameters a ``{{cite web}}`` takes (its
#: ``cite-web`` is a ``cite`` already).
_QUOTATION_PREFIX = "quote-"


def is_citation_template(name: str) -> bool:
    """``cite web``, ``Cite_news``, ``citation``, ``vcite journal``, Russian ``Статья``, French ``Lien web``,
    German ``Internetquelle``, Spanish ``Cita web``, Wiktionary's ``quote-web``...: a template that cites a
    source."""
    key = " ".join(name.replace("_", " ").split()).lower()
    return (
        key == "citation"
        or key.startswith(("cite", "vcite", _QUOTATION_PREFIX, *_LOCAL_PREFIXES))
        or key in _LOCAL_TEMPLATES
        or key.endswith(_LOCAL_SUFFIXES)
    )


def parse(text: str, *, base_url: str | None = None) -> Parsed:
    """Read a wikitext page's citation templates and external links."""
    parsed = Parsed()
    if text[:200].lstrip().startswith("<mediawiki"):  # a Special:Export dump: its pages' wikitext
        text = export_wikitext(text)
    try:
        code = mwparserfromhell.parse(defuse(text))
    except Exception:
        return parsed
    walker = _Walker(text, base_url)
    walker.walk(code, 0, 0)
    parsed.links = walker.links
    if text.lstrip()[:2] == "{{":
        parsed.date = wikinews_date(text)
        parsed.date_line = 1 if parsed.date is not None else None
    return parsed


#: A page's wikitext in a MediaWiki XML export (``Special:Export``, a dump): the ``<text>`` element's content.
_EXPORT_TEXT = lazy_re(r"(<text\b[^>]*>)(.*?)</text>", re.DOTALL)


def export_wikitext(text: str) -> str:
    """A MediaWiki XML export (``<mediawiki xmlns=...>``, added after the twentieth held-out batch) as its
    pages' wikitext, XML escapes read (``&lt;ref&gt;``, ``&quot;``, ``&amp;``), everything else (the site's
    information with its main page's ``<base>``, a revision's edit summary, contributor and hashes) blank,
    each line in its place: those are the wiki's records of the page, not what it cites."""
    import html as html_lib

    parts: list[str] = []
    done = 0
    for m in _EXPORT_TEXT.finditer(text):
        parts.append(_blank(text[done : m.start(2)]))
        parts.append(html_lib.unescape(m.group(2)))
        done = m.end(2)
    parts.append(_blank(text[done:]))
    return "".join(parts)


def _blank(text: str) -> str:
    """``text`` as its line breaks alone."""
    return "\n" * text.count("\n")


#: A Wikinews article's own date, the template its first line opens with: ``{{date|March 5, 2024}}``,
#: Russian ``{{дата|10 января 2020}}`` (added after the eighteenth held-out batch).
_WIKINEWS_DATE = lazy_re(r"\s*\{\{\s*(?:[Dd]ate|[Дд]ата)\s*\|(?P<d>[^|{}\n]{4,40})\}\}")


def wikinews_date(text: str) -> PartialDate | None:
    """The date a Wikinews article opens with (:data:`_WIKINEWS_DATE`, at the page's very start only: the
    template elsewhere formats a date the text speaks of), or ``None``."""
    m = _WIKINEWS_DATE.match(text)
    return parse_date_field(m.group("d")) if m else None


class _Walker:
    def __init__(self, text: str, base_url: str | None) -> None:
        self.text = text
        self.lines = Lines(text)
        self.base = base_url
        self.links: list[Link] = []
        #: The links read from external links (``id``), not from citation templates.
        self.externals: set[int] = set()

    def walk(self, code: Wikicode, offset: int, depth: int, rendered: list[str] | None = None) -> None:
        """Read ``code`` (which starts at ``offset`` in the page); ``rendered``: its nodes as text, when the
        caller has them already (a node's text is what it renders as: rendering it again costs as much)."""
        if depth > _MAX_DEPTH:
            return
        pos = offset
        for index, node in enumerate(code.nodes):
            raw = rendered[index] if rendered is not None else _render(node)
            start = pos
            pos += len(raw)
            if isinstance(node, Template):
                name = str(node.name)
                if is_citation_template(name):
                    link = self.cite(node, start, raw)
                    if link is not None:
                        self.links.append(link)
                    continue
                if "ayback" in name and _WAYBACK.fullmatch(name):
                    link = self.wayback(node, start, raw)
                    if link is not None:
                        self.links.append(link)
                        continue
                local = 0
                for param in node.params:
                    param_text = str(param)
                    at = raw.find(param_text, local)
                    if at < 0:
                        continue
                    value_parts = _render_nodes(param.value)
                    value_at = at + len(param_text) - len("".join(value_parts))
                    first = len(self.links)
                    self.walk(param.value, start + value_at, depth + 1, value_parts)
                    if not param.showkey and len(self.links) > first:
                        # a footnote template's text (``{{efn|...}}``, Hebrew ``{{הערה|...}}``): the entry of
                        # the link it holds, as a ``<ref>``'s is (artdates9)
                        self.ref_entry(param.value, self.links[first:], footnote=True)
                    local = at + len(param_text)
            elif isinstance(node, Tag):
                if str(node.tag).strip().lower() in _SKIP_TAGS or node.contents is None:
                    continue
                parts = _render_nodes(node.contents)
                contents = "".join(parts)
                opening_end = raw.find(">") + 1 if not node.wiki_markup else len(str(node.wiki_markup))
                at = raw.find(contents, max(opening_end, 0)) if contents else -1
                if at >= 0:
                    first = len(self.links)
                    self.walk(node.contents, start + at, depth + 1, parts)
                    if str(node.tag).strip().lower() == "ref" and len(self.links) > first:
                        self.ref_entry(node.contents, self.links[first:])
            elif isinstance(node, ExternalLink):
                link = self.external(node, start, start + len(raw))
                if link is not None:
                    self.links.append(link)
            elif isinstance(node, Heading):
                parts = _render_nodes(node.title)
                title = "".join(parts)
                at = raw.find(title)
                if at >= 0:
                    self.walk(node.title, start + at, depth + 1, parts)

    def ref_entry(self, contents: Wikicode, found: list[Link], *, footnote: bool = False) -> None:
        """A ``<ref>`` (its ``contents``) holding one external link (and perhaps its archived copy) is its
        entry: what the ref says around the link (``[url "Title"], ''BBC News'', 3 March 2020.``) gives its
        date and outlet, and a link opening the ref stands alone (its label is a title as a reference-list
        entry's is). ``footnote``: the contents are a template's unnamed parameter (a footnote template's
        text, ``{{efn|...}}``), read so only when they hold words besides the link (a ``{{URL|...}}``'s
        address alone is no entry)."""
        if len({url_key(archived_original(link.url) or link.url) for link in found}) != 1:
            return
        link = found[0]
        if id(link) not in self.externals or link.error is not None:
            return  # a citation template says all it says in its parameters
        plain = clean_text(_plain(contents))
        needle = link.text or link.url
        at = plain.find(needle)
        if at < 0:
            return
        before, after = plain[:at], plain[at + len(needle) :]
        if footnote and (link.date is not None or not (before + after).strip(" \"'“”«»„.,;:()[]")):
            return
        if not before.strip(" \"'“«„"):
            link.standalone = True
            if link.title is None and link.text:
                link.title = looks_like_title(link.text, link.url, standalone=True)
                link.title_from_text = link.title is not None
        elif link.title is None and link.text and before.rstrip()[-1:] in (":", "："):
            # "писал «Outlet»: [url Title], date": a label before a colon, the link's own text its title (not
            # a quoted name in the label; added after the eighteenth held-out batch)
            link.title = looks_like_title(link.text, link.url, standalone=True)
            link.title_from_text = link.title is not None
        read_entry(link, before, after, reference=True)

    def external(self, node: ExternalLink, start: int, end: int) -> Link | None:
        """The link ``[url label]`` (or a bare URL) at ``start:end`` in the page."""
        href = _plain(node.url).strip()
        if not node.brackets:  # a bare URL: the parser ends it at a space only
            href = end_bare_url(href)
        url, error = resolve_url(href, self.base)
        if url is None and error is None:
            return None
        link = Link(url=url or href, line=self.lines.line(start), error=error)
        self.externals.add(id(link))
        line_start = self.lines.start_of(start)
        link.standalone = _LIST_LEAD.match(self.text[line_start:start]) is not None
        if link.standalone:
            line_end = self.text.find("\n", end)
            rest = self.text[end : line_end if line_end >= 0 else len(self.text)][:500]
            # Text without a character the parser treats as markup parses to itself: no need to parse it.
            plain = _plain(mwparserfromhell.parse(rest)) if _MARKUP.search(rest) else rest
            link.trailer = clean_text(plain).strip(" ,;:-–—()[]|.")
        if node.title is not None:
            link.text = clean_text(_plain(node.title))
            link.title = looks_like_title(link.text, link.url, standalone=link.standalone)
            link.title_from_text = link.title is not None
        return link

    def wayback(self, node: Template, start: int, raw: str) -> Link | None:
        """``{{Wayback|url=|title=|date=20150312045500}}``: the page ``url`` cited by its Wayback Machine copy
        (the template links the copy made at ``date``, ``*`` without one, and names the original)."""
        values = {str(p.name).strip().lower(): clean_text(_plain(p.value)) for p in node.params}
        href = re.sub(r"\s+", "", values.get("url", ""))
        url, error = resolve_url(href, self.base) if href else (None, None)
        if url is None or error is not None:
            return None
        link = Link(url=url, line=self.lines.line(start + _url_offset(raw, href)))
        link.title = values.get("title") or None
        stamp = values.get("date", "")
        link.archive_url = f"https://web.archive.org/web/{stamp if stamp.isdigit() else '*'}/{url}"
        return link

    def cite(self, node: Template, start: int, raw: str) -> Link | None:
        """The link of the citation template ``node``, written as ``raw`` at ``start`` in the page."""
        values: dict[str, str] = {}
        name = " ".join(str(node.name).replace("_", " ").split()).lower()
        local = _CATALAN_PARAM_NAMES if name.startswith("ref-") else {}
        for param in node.params:
            key = " ".join(str(param.name).replace("_", "-").split()).lower()
            key = local.get(key) or _PARAM_NAMES.get(key.replace("-", " "), key)
            if key in values:
                continue
            if key in _URL_PARAMS:  # German Online=[https://... label]: the link's URL, not its label
                inner = param.value.filter_external_links(recursive=False)
                if inner:
                    values[key] = _plain(inner[0].url).strip()
                    continue
            values[key] = clean_text(_plain(param.value))

        def get(*names: str) -> str | None:
            for name in names:
                value = values.get(name)
                if value:
                    return value
            return None

        href = get(*_URL_PARAMS)
        if href is None and name == "cite tweet" and get("user") and (get("number") or "").isdigit():
            href = f"https://twitter.com/{get('user')}/status/{get('number')}"  # as the template renders it
        if href is None:
            return None
        href = re.sub(r"\s+", "", href)
        url, error = resolve_url(href, self.base)
        if url is None and error is None:
            return None
        if error is not None and "://" not in href:
            error = f"cite template url {href!r} is not an absolute http(s) URL"
        link = Link(url=url or href, line=self.lines.line(start + _url_offset(raw, href)), error=error)
        title = get("title")
        script = get("script-title")
        if script:
            # The title in its own script, as the page shows it; ``title`` then holds its romanisation.
            original = re.sub(r"^[a-z]{2,3}(?:-[a-z]+)?:", "", script).strip()
            if original:
                if title:
                    link.notes.append(f"romanised title: {title}")
                title = original
        link.title = title
        translated = get("trans-title")
        if translated:
            link.notes.append(f"translated title: {translated}")
        date_text = get("date", "publication-date", "year")
        if date_text:
            link.date = parse_date_field(date_text)
            if link.date is None:
                link.date_readings = date_readings(date_text) or ()
        if link.date is not None and link.date.month is None and get("month"):
            # Russian templates split the date: год=2020 |месяц=9 |день=18 (a month by number or by name).
            month_text = (get("month") or "").lower()
            month = int(month_text) if month_text.isdigit() else FIELD_MONTHS.get(month_text)
            day_text = get("day") or ""
            day = int(day_text) if day_text.isdigit() and month is not None else None
            link.date = to_partial(link.date.year, month, day) or link.date
        accessed = get("access-date", "accessdate")
        if accessed:
            link.access_date = parse_date_field(accessed)
        quote = get("quote")
        if quote:
            link.quote = quote
        archive = get("archive-url", "archiveurl")
        if archive:
            archive_url, _ = resolve_url(re.sub(r"\s+", "", archive), None)
            link.archive_url = archive_url
        archive_date = get("archive-date", "archivedate")
        if archive_date:
            link.notes.append(f"archived {parse_date_field(archive_date) or archive_date}")
        status = get("url-status")
        dead = get("deadurl", "dead-url")
        if status:
            link.notes.append(f"url-status: {status}")
        elif dead and dead.lower() in {"yes", "true", "y"}:
            link.notes.append("url-status: dead")
        link.outlet = get(*_OUTLET_PARAMS) or organisation_author(get("author", "author1") or "")
        return link


#: The Wayback template's name (English and Japanese Wikipedia: ``{{Wayback|url=...|date=...}}``).
_WAYBACK = lazy_re(r"\s*[Ww]ayback\s*")
_BRACES = lazy_re(r"\{\{|\}\}")
_BRACKETS = lazy_re(r"\[\[|\]\]")
_TAG = lazy_re(r"<(/?)([A-Za-z][\w-]{0,30})\b[^<>]{0,500}?(/?)>")
_LINK_OPENER = lazy_re(r"\[(?=(?:https?|ftp)://|//)", re.IGNORECASE)
_LINE_TEXT = lazy_re(r"[^\r\n]+")
_TABLE = lazy_re(r"^[ \t]*(\{\||\|\})", re.MULTILINE)
#: The characters mwparserfromhell's tokenizer reads as markup (its MARKERS, the NUL ending included); text
#: without any is one text node.
_MARKUP = lazy_re(r"[{}\[\]<>|=&'#*;:/\-!\n\x00]")
#: Fewer unclosed constructs than this cost the parser nothing worth avoiding; more are defused.
_DEFUSE_AT = 32


def defuse(text: str) -> str:
    """``text`` with the parser's worst cases made plain text, at the same length (offsets and lines keep).

    ``mwparserfromhell`` takes time quadratic in the number of unclosed constructs (thousands of ``{{``
    without ``}}``, ``<ref>`` without ``</ref>``, ``[https://...`` without ``]``). MediaWiki renders those as
    literal text anyway, so when there are many, their openers are turned into look-alike text
    (``{{`` -> ``{ ``, ``[[`` -> ``[ ``, ``<`` -> ``‹``, ``[`` -> `` ``, ``{|`` -> ``{ ``) before parsing.
    An unclosed ``<!--`` blanks the rest of the page, as MediaWiki hides it.
    """
    edits: list[tuple[int, str]] = []
    # Each count below bounds what its loop can find unclosed: fewer than _DEFUSE_AT, and the loop is skipped.
    for pattern, opener in ((_BRACES, "{{"), (_BRACKETS, "[[")):
        if text.count(opener) < _DEFUSE_AT:
            continue
        stack: list[int] = []
        for m in pattern.finditer(text):
            if m.group(0) == opener:
                stack.append(m.start())
            elif stack:
                stack.pop()
        if len(stack) >= _DEFUSE_AT:
            edits.extend((pos, opener[0] + " ") for pos in stack)
    tags: dict[str, list[int]] = {}
    for m in _TAG.finditer(text) if text.count("<") >= _DEFUSE_AT else ():
        name = m.group(2).lower()
        if m.group(3):  # self-closing
            continue
        if m.group(1):
            if tags.get(name):
                tags[name].pop()
        else:
            tags.setdefault(name, []).append(m.start())
    unclosed = [pos for positions in tags.values() for pos in positions]
    if len(unclosed) >= _DEFUSE_AT:
        edits.extend((pos, "‹") for pos in unclosed)
    open_links: list[int] = []
    for line in _LINE_TEXT.finditer(text) if text.count("[") >= _DEFUSE_AT else ():
        last_close = line.group(0).rfind("]")
        open_links.extend(
            line.start() + m.start() for m in _LINK_OPENER.finditer(line.group(0)) if m.start() > last_close
        )
    if len(open_links) >= _DEFUSE_AT:
        edits.extend((pos, " ") for pos in open_links)
    tables: list[int] = []
    for m in _TABLE.finditer(text) if text.count("{|") >= _DEFUSE_AT else ():
        if m.group(1) == "{|":
            tables.append(m.start(1))
        elif tables:
            tables.pop()
    if len(tables) >= _DEFUSE_AT:
        edits.extend((pos, "{ ") for pos in tables)
    # An unclosed comment hides the rest of the page (as MediaWiki renders it).
    last_close = text.rfind("-->")
    unclosed_comment = text.find("<!--", last_close + 3 if last_close >= 0 else 0)
    if unclosed_comment >= 0:
        rest = text[unclosed_comment:]
        edits.append((unclosed_comment, "".join(c if c in "\r\n" else " " for c in rest)))
    if not edits:
        return text
    chars = list(text)
    for pos, replacement in edits:
        chars[pos : pos + len(replacement)] = replacement
    return "".join(chars)


def _url_offset(raw: str, href: str) -> int:
    """Where the URL ``href`` first appears in ``raw``, a template as written, when the template spans
    several lines (its link is then on the line of its URL's value, not of its opening); 0 otherwise, or when
    the URL is not written as it is read (an entity, a comment inside it)."""
    if "\n" not in raw:
        return 0
    at = raw.find(href)
    return at if at > 0 else 0


def _render(node: Node) -> str:
    """``str(node)``: a text node's value as it is (rendering it is only a method call more)."""
    return node.value if isinstance(node, Text) else str(node)


def _render_nodes(code: Wikicode) -> list[str]:
    """Each node of ``code`` as text: what ``str(code)`` joins."""
    return [_render(node) for node in code.nodes]


def _plain(code: Wikicode | None, depth: int = 0) -> str:
    """Wikitext as a reader sees it: wikilinks as their label, templates as their last unnamed argument
    (``{{lang|ru|Текст}}`` -> ``Текст``, ``{{!}}`` -> ``|``), comments dropped, entities decoded."""
    if code is None or depth > _MAX_DEPTH:
        return ""
    out: list[str] = []
    for node in code.nodes:
        if isinstance(node, Text):
            out.append(str(node.value))
        elif isinstance(node, Comment):
            continue
        elif isinstance(node, HTMLEntity):
            try:
                out.append(node.normalize())
            except (ValueError, OverflowError):
                out.append(str(node))
        elif isinstance(node, Wikilink):
            out.append(_plain(node.text if node.text is not None else node.title, depth + 1))
        elif isinstance(node, ExternalLink):
            out.append(_plain(node.title if node.title is not None else node.url, depth + 1))
        elif isinstance(node, Tag):
            if str(node.tag).strip().lower() in {"ref", "br"} | _SKIP_TAGS - {"nowiki", "code"}:
                out.append(" " if str(node.tag).strip().lower() == "br" else "")
                continue
            out.append(_plain(node.contents, depth + 1))
        elif isinstance(node, Template):
            name = str(node.name).strip()
            if name == "!":
                out.append("|")
                continue
            positional = [p for p in node.params if not p.showkey]
            if positional:
                out.append(_plain(positional[-1].value, depth + 1))
        else:
            out.append(str(node))
    return "".join(out)
