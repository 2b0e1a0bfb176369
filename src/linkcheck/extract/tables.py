"""The heuristics of extraction, as data.

Every strategy in :mod:`linkcheck.extract.core` reads its knowledge from here: which meta names carry a
publication date, which JSON-LD types describe the page itself, which class names hint at a published or
updated time, which containers never hold the page's own date, the month names of the languages we read.
Adding a publisher's quirk should mean adding a row here, not a branch in the code.
"""

from __future__ import annotations

import datetime as dt
import re

from linkcheck.memo import once
from linkcheck.months import LISTS, OWN_PATTERN, TEMPLATE_ONLY, month_table

#: Patterns compiled when first read as ``tables.NAME`` (by :func:`__getattr__`), then attributes of the
#: module like any other: name -> (pattern, flags). Each costs the import 0.1-0.5 ms; a page whose ``<head>``
#: answers never needs those that read its body.
_LATER: dict[str, tuple[str, int]] = {}

__all__ = [
    "APPLICATION_TYPES",
    "ARTICLE_TYPES",
    "BODY_DATE_PROPS",
    "COPYRIGHT_HOLDER_RE",
    "CORRECTION_NOTE_RE",
    "CORRECTION_STEMS",
    "EXCLUDED_CLASS_RE",
    "EXCLUDED_TAGS",
    "HINT_MODIFIED_RE",
    "HINT_PUBLISHED_RE",
    "META_MODIFIED",
    "META_PUBLISHED",
    "META_TITLES",
    "MONTHS",
    "MORE_MODIFIED_STEMS",
    "NOT_FOUND_HINTS",
    "NOT_FOUND_RE",
    "OG_MODIFIED",
    "OG_PUBLISHED",
    "PAGE_TYPES",
    "PLACEHOLDER_DATES",
    "POSTING_TYPES",
    "PRODUCT_TYPES",
    "SECOND_LEVEL_SUFFIXES",
    "SITE_NAME_META",
    "SUFFIX_LABELS",
    "SUFFIX_LABEL_RE",
    "TEXT_MODIFIED_PREFIX_MORE_RE",
    "TEXT_MODIFIED_PREFIX_RE",
    "TEXT_PUBLISHED_PREFIX_RE",
    "TITLE_SEPARATOR_RE",
    "TRANSLIT",
    "UPDATE_WORD_RE",
    "label_case",
    "modified_label",
    "more_modified_label",
    "suffix_label",
    "title_separator_re",
]

# --- JSON-LD -------------------------------------------------------------------------------------------
#: ``@type`` values that describe the article itself (their dates are the page's dates), best first.
ARTICLE_TYPES: frozenset[str] = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "satiricalarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "discussionforumposting",
        "scholarlyarticle",
        "techarticle",
        "medicalscholarlyarticle",
        "report",
        "pressrelease",
        "review",
        "claimreview",  # a fact-check: its datePublished is the review's (its Claim's is the claim's), ext54
        "videoobject",
        "podcastepisode",
        "recipe",
        "creativework",
    }
)
#: Software as schema.org types it (CreativeWorks): an app store's or a software directory's listing describes
#: one, its ``name`` the app's, its ``datePublished`` the release. Ranked after every article type (an app
#: review's NewsArticle beside the app's box stays the page's article), before the page-level types. The
#: thirty-seventh held-out batch.
APPLICATION_TYPES: frozenset[str] = frozenset(
    {"softwareapplication", "mobileapplication", "webapplication", "videogame"}
)
#: Postings as schema.org types them: a job board's vacancy (``JobPosting``), an authority's or a company's
#: notice (``SpecialAnnouncement``), a property portal's listing (``RealEstateListing``, the forty-second
#: held-out batch). Each is the page's item, dated by ``datePosted`` (no ``datePublished``),
#: a vacancy named by its ``title``; its ``validThrough`` or ``expires`` is a deadline, not a date of the
#: page. Ranked with the applications: after any article node, before the page-level types. The fortieth
#: held-out batch.
POSTING_TYPES: frozenset[str] = frozenset({"jobposting", "specialannouncement", "realestatelisting"})
#: A product as schema.org types it: a shop's or a classifieds board's item page describes one, its ``name``
#: the item's (the page's h1), where the head's titles are SEO sentences about it ("Продам ... за PRICE —
#: купить на Board"). Ranked with the applications and postings, after any article node (a review's
#: product stays behind the review). The fortieth held-out batch.
PRODUCT_TYPES: frozenset[str] = frozenset({"product"})
#: Page-level types: used when no article type gives a date (WebPage dates are the page's, less precisely).
PAGE_TYPES: frozenset[str] = frozenset(
    {"webpage", "itempage", "medicalwebpage", "aboutpage", "faqpage", "qapage", "profilepage"}
)

#: Dates CMSs write when they have none (epoch zero, empty database dates): never a publication date.
PLACEHOLDER_DATES: frozenset[dt.date] = frozenset(
    {dt.date(1970, 1, 1), dt.date(1900, 1, 1), dt.date(1899, 12, 30), dt.date(1899, 12, 31)}
)

# --- meta elements -------------------------------------------------------------------------------------
#: Open Graph / article namespace (``property=`` or, as some CMSs write it, ``name=``).
OG_PUBLISHED: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "article:published_date",
    "og:pubdate",
    "video:release_date",
    "og:video:release_date",
    # Yandex's video vocabulary (``prefix="ya: http://webmaster.yandex.ru/vocabularies/"``), which Russian
    # video hosts and TV channels' sites write for its video search: the video's upload, a video page's
    # publication, as og:video:release_date is.
    "ya:ovs:upload_date",
    # Open Graph's music vocabulary (``og:type`` ``music.song`` or ``music.album``), which podcast and
    # music hosts write for an episode or a track: its release, the page's publication, as
    # og:video:release_date is for a video (the thirty-eighth held-out batch).
    "music:release_date",
    "og:music:release_date",
    # Kakao's (Daum's) Open Graph extension, which Brunch and Daum's services write for a post's
    # registration: ``og:regDate`` ``20191015092044`` (yyyyMMddHHmmss, Korean time; the fifty-eighth
    # held-out batch).
    "og:regdate",
)
OG_MODIFIED: tuple[str, ...] = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "article:modified",
    "og:modified_time",
)
#: Dublin Core, citation (Highwire/Google Scholar), newsroom CMS and analytics names, lower-cased.
META_PUBLISHED: tuple[str, ...] = (
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "prism.publicationdate",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "article_date_original",
    "article.created",
    "publish-date",
    "publish_date",
    "publishdate",
    "published-date",
    "published_date",
    "published_time",
    "publication_date",
    "publicationdate",
    "pubdate",
    "pdate",
    "ptime",
    "date_published",
    "datepublished",
    "originalpublicationdate",
    "original-publish-date",
    "firstpublishedtime",
    "first_published_at",
    "govuk:first-published-at",
    "cxenseparse:recs:publishtime",
    "mediator_published_time",
    "analytics:p_ts",
    "nv:date",
    "date_created",
    "created",
    "date",
    "displaydate",
    "live_date",
    "release_date",
    "sailthru.date.published",
    "shareaholic:article_published_time",
    "citation_cover_date",
)
META_MODIFIED: tuple[str, ...] = (
    "dcterms.modified",
    "dc.date.modified",
    "dc.modified",
    "article.updated",
    "article.modified",
    "last-modified",
    "lastmod",
    "last_updated_date",
    "lastupdated",
    "last-updated",
    "updated_time",
    "modified_time",
    "utime",
    "datemodified",
    "date_modified",
    "eomportal-lastupdate",
    "govuk:public-updated-at",
    "parsely-updated",
    "revised",
    "shareaholic:article_modified_time",
    "mediator_modified_time",
)
#: Meta names whose content is a title (lower weight than og:title and the headline).
META_TITLES: tuple[str, ...] = (
    "citation_title",
    "dc.title",
    "dcterms.title",
    "parsely-title",
    "sailthru.title",
    "headline",
    # The meta set China's government site guidelines prescribe (TRS, Hanweb and other CMSs write it):
    # ArticleTitle, PubDate (read above), SiteName.
    "articletitle",
)
#: Meta names whose content is the site's name, best first.
SITE_NAME_META: tuple[tuple[str, str], ...] = (
    ("og:site_name", "opengraph"),
    ("application-name", "meta"),
    ("apple-mobile-web-app-title", "meta"),
    ("citation_journal_title", "meta"),
    ("dc.publisher", "meta"),
    ("publisher", "meta"),
    ("sitename", "meta"),
)

#: Date properties on body elements (microdata ``itemprop`` or RDFa ``property``, prefix dropped).
BODY_DATE_PROPS: dict[str, str] = {
    "datepublished": "published",
    "datecreated": "published",
    "created": "published",
    "issued": "published",
    "datemodified": "modified",
    "modified": "modified",
}

# --- <time> and visible dates --------------------------------------------------------------------------
#: Class/id/itemprop hints (lower-cased) on a date element or its parent.
HINT_MODIFIED_RE: re.Pattern[str]  # compiled when first read (__getattr__)
_LATER["HINT_MODIFIED_RE"] = (r"updat|modif|edited|revis|aktualisiert|actualiz|aggiorn|atualiz|obnovl", 0)
HINT_PUBLISHED_RE: re.Pattern[str]  # compiled when first read (__getattr__)
_LATER["HINT_PUBLISHED_RE"] = (
    r"publi|pubdate|posted|post-date|post_date|postdate|created|entry-date|article-date|article__date|"
    r"story-date|byline|timestamp|dateline|date-header|datetime|\bdate\b|-date\b|_date\b|date-",
    0,
)
#: Tags whose text is never the page's own date or headline.
EXCLUDED_TAGS: frozenset[str] = frozenset(
    {"nav", "footer", "aside", "script", "style", "noscript", "template", "form", "select", "button", "svg"}
)
#: A copyright line's holder written after the sign and its years: letters first, up to a stop (a full stop,
#: a comma, a bar, the element's end): group 1 is "Il Giornale di Cantù" in "© 2024 Il Giornale di Cantù.
#: Tutti i diritti riservati." and "Ask Núñez Media Group" in "© 2024 Ask Núñez Media Group." (the
#: extraction's copyright holder and ``decode``'s site name beside a doubled headline read it).
COPYRIGHT_HOLDER_RE: re.Pattern[str]  # compiled when first read (__getattr__)
_LATER["COPYRIGHT_HOLDER_RE"] = (
    r"(?:©|&copy;|&#169;)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?([^\W\d_][^<>.,;:|©\n]{2,60})",
    0,
)
#: Class or id fragments of containers that hold other pages' dates (related lists, comments, the
#: masthead's "today" line, copyright footers).
EXCLUDED_CLASS_RE: re.Pattern[str]  # compiled when first read (__getattr__)
_LATER["EXCLUDED_CLASS_RE"] = (
    r"nav|menu|footer|sidebar|related|recent|trending|popular|comment(?!ary)|widget|teaser|"
    # "promo", not Drupal's "node-promoted" (a node promoted to the front page: the article itself).
    r"promo(?!ted(?:\s|$))|"
    r"latest|breadcrumb|topdate|today|current-?date|date-du-jour|last-?news|othnews|other-?news|"
    r"more-?stories|more-?news|most-?read|newsletter|share|social|cookie|advert|read-?also|links-block|"
    r"recommend|outbrain|taboola|subscribe|copyright|tags|see-?also|also-?read|readmore|read-more|"
    r"masthead|site-header|(?:^|\s)header__date|ticker|archive-list|card-list|pagination|"
    # "Latest" in Malay and Indonesian, Serbian, Croatian and Bosnian, Spanish and Portuguese.
    r"terkini|najnovij|ultimas",
    0,
)
#: Words before a visible date saying it is an update, in the languages we read. Matched case-sensitively
#: against text passed through :func:`label_case` (lower-cased): three to four times faster than
#: ``re.IGNORECASE`` on an alternation this long; callers only ask whether it matches, so lowering may
#: change lengths.
TEXT_MODIFIED_PREFIX_RE: re.Pattern[str]  # compiled when first read (__getattr__)
_LATER["TEXT_MODIFIED_PREFIX_RE"] = (
    # Polish "data modyfikacji", "zmodyfikowano", "data aktualizacji" share English "modified"'s and
    # "aktualizacja"'s branches (a branch more costs every search).
    r"(?:updated?|last (?:edited|modified|updated|reviewed)|mod(?:ified|yfikacji|yfikowano)|revised|"
    r"aktualisiert|geändert|modifica(?:to|ción)?|mis à jour|mise à jour|modifié|actualizad[oa]|actualización|"
    r"aggiornat[oa]|atualizad[oa]|bijgewerkt|gewijzigd|zaktualizowano|aktualizacj[ai]|обновлено|обновлен[оа]?|изменено|"
    r"оновлено|"
    # "Дата изменения", "Последнее обновление"; Bulgarian; Hungarian; Turkish; Korean (수정 "edited",
    # 수정일); Chinese and Japanese (更新日期, 最後更新, 更新日時).
    r"изменени[ея]|обновлени[ея]|обновено|актуализирано|frissítve|módosítva|güncelleme(?: tarihi)?|"
    r"güncellendi|(?:최종\s?)?(?:수정|업데이트)(?:일시|일)?|(?:最后|最後)?(?:更新|修改)(?:日期|时间|時間|日時|日)?|"
    # Romanian; Czech and Slovak; Swedish, Norwegian, Danish; Finnish; Indonesian; Greek.
    r"actualizat|actualizare|aktualizováno|aktualizované|aktualizace|uppdaterad|uppdaterat|oppdatert|"
    r"opdateret|päivitetty|diperbarui|ενημερώθηκε|ενημέρωση|"
    # Belarusian; Croatian, Serbian, Bosnian; Kazakh; Georgian; Arabic; Urdu; Bengali; Hindi.
    r"абноўлена|ажурирано|ažurirano|ažurirana|жаңартылды|განახლდა|განახლებულია|"
    r"تحديث|تعديل|اپ ڈیٹ|اپڈیٹ|আপডেট|अपडेट किया गया|अपडेट|"
    # Malay; Catalan; Lithuanian; Latvian; Estonian; Swahili.
    r"dikemas ?kini|actualitzat|actualitzada|atnaujinta|atjaunināts|atjaunots|uuendatud|imesasishwa|"
    # Welsh ("Diweddarwyd ddiwethaf", "last updated").
    r"diweddarwyd(?: ddiwethaf)?|"
    # Afrikaans; Uzbek; Haitian Creole; Greenlandic and Malagasy ("nohavaozina", "renewed": one branch).
    r"opgedateer|bygewerk|yangilandi|mizajou|n(?:utarterneqarpoq|ohavaozina)|"
    # A time, then an arrow to the update: "12. mar 2022, 14:30 -> 13. mar 2022, 09:05".
    r"\d{1,2}:\d{2}\s?(?:->|→))"
    # A weekday may stand between the label and the date: "Updated: Tuesday, 5 October 2021".
    # Portuguese writes "Actualizado a 13 de Março", "Publicado a 12 de Março" ("a", "at").
    # English "at" too, before a colon set off by spaces: "Updated at : November 15, 2024 07:35" (ext67).
    r"\W{0,3}(?:on|at|le|am|el|il|em|op|a|\d{1,2}:\d{2})?\W{0,3}(?:[^\W\d_]{2,12}\.?,?\s{1,3})?$",
    0,
)
#: Update labels whose stems hold a letter outside ASCII (Icelandic "uppfært", Albanian "përditësuar",
#: Azerbaijani "yenilənib", Armenian "թարմացվել է"), and later ones (English "edited" alone), with
#: ``TEXT_MODIFIED_PREFIX_RE``'s ending: kept apart and tried only on text holding one of
#: ``MORE_MODIFIED_STEMS`` (each branch of the long pattern costs every search ~340 instructions on 40
#: characters; see :func:`modified_label`).
MORE_MODIFIED_STEMS = (
    "uppfær", "përditës", "yenilən", "թարմաց", "навсоз", "അപ്ഡേറ്റ്", "dagført", "ಅಪ್", "изменил", "өзгөрт",
    "aktualiséi", "egunera", "ođasmah", "jańarty", "अपडेटेड", "nûkirin", "oñemoambue", "ਪਡੇਟ", "bywurke",
    "actualisà", "actualisaz", "posodoblj", "whakahou", "ĝisdatig", "edited", "змін", "редагован",
    "янгиланд", "жаңылан", "upd", "abnoŭl", "саҥардыл", "актуализат", "редактир", "шинэч", "aġġorn",
    "ປັບປຸງ", "నవీకర", "డేట్", "编辑于", "編輯於", "ùraich", "hiziva", "އަޕްޑޭޓް", "نوێکرا", "נטיקט",
    "actualizáu", "aktualizowan", "inzorn", "aghjurna", "agiorna", "soppi nañ", "aggiurna", "actualizau",
    "последна промян", "ja izmjen", "ja izmen",
)  # fmt: skip
_ASCII_MORE_STEMS = tuple(stem for stem in MORE_MODIFIED_STEMS if stem.isascii())
TEXT_MODIFIED_PREFIX_MORE_RE: re.Pattern[str]  # compiled when first read (__getattr__)
_LATER["TEXT_MODIFIED_PREFIX_MORE_RE"] = (
    # ... Tajik "навсозӣ" ("update"), Malayalam "അപ്ഡേറ്റ് ചെയ്തത്" ("updated"), Faroese "dagført", Kannada
    # "ಅಪ್‌ಡೇಟ್" (with or without its zero-width non-joiner).
    r"(?:(?:uppfær[tð]|përditës(?:uar|imi)|yenilən(?:ib|di)|թարմաց(?:վել է|ված)|навсозӣ|"
    # Luxembourgish "aktualiséiert" ("updated"); Basque "eguneratua", "eguneratze data" ("update date").
    r"അപ്ഡേറ്റ്(?: ചെയ്തത്| ചെയ്തു)?|dagført|ಅಪ್\u200c?ಡೇಟ್(?: ಮಾಡಲಾಗಿದೆ)?|aktualiséiert|"
    r"eguneratua?|eguneratze data|"
    # Northern Sami "ođasmahttojuvvon" / "ođasmahttán" ("updated"); Kazakh in Latin letters "jańartylǵan" /
    # "jańartyldy"; Marathi "अपडेटेड" (English "updated" in Devanagari; Hindi's "अपडेट" is above).
    r"ođasmahtt(?:ojuvvon|on|án)|jańarty(?:lǵan|ldy)|अपडेटेड|"
    # Kurmanji "nûkirin" ("updating", "hate nûkirin", "was updated"); Guarani "oñemoambue" ("changed",
    # Joomla's "oñemoambue ipahaitépe", "last changed"); Punjabi "ਅਪਡੇਟ" / "ਅੱਪਡੇਟ" (English "update").
    r"nûkirin|oñemoambue(?: ipahaitépe)?|ਅੱ?ਪਡੇਟ(?: ਕੀਤਾ)?|"
    # West Frisian "bywurke" ("updated"); Romansh "actualisà" ("updated", "actualisaziun", "update").
    r"bywurke|actualis(?:à|aziun)|"
    # Slovene "posodobljeno" ("updated"); Māori "i whakahoutia" ("was updated"); Esperanto "ĝisdatigita"
    # ("updated"), "ĝisdatigo" ("update").
    r"posodobljeno|whakahoutia|ĝisdatig(?:ita|o)|"
    # Ukrainian beside "оновлено": "Змінено" ("changed"), "Останні зміни" ("last changes", a gov.ua
    # template's line under the text), "Дата зміни", "Відредаговано" ("edited"); not "зміни" alone ("зміни
    # від 1 січня", changes of a law's date).
    r"змінено|останні зміни|дата (?:останньої )?зміни|(?:від)?редаговано|"
    # Uzbek in Cyrillic letters "янгиланди" ("updated"; "yangilandi" in Latin is the long pattern's), Kyrgyz
    # "жаңыланды" ("updated"), and "UPD" alone, as wires abbreviate "updated" ("UPD: January 09, 12:35").
    r"янгиланди|жаңыланды|(?<![^\W\d_])upd\.?|"
    # Belarusian in Łacinka "abnoŭlena" ("updated"; Cyrillic "абноўлена" is the long pattern's).
    r"abnoŭlena|"
    # Sakha (Yakut) "саҥардыллыбыта" ("it was renewed", "updated"; the thirty-ninth held-out batch).
    r"саҥардыллыбыта?|"
    # Moldovan in Cyrillic letters "актуализат" (Romanian's "actualizat", "updated"; Bulgarian's
    # "актуализирано" is the long pattern's); Russian "Последнее редактирование" ("last edit", a forum
    # engine's note under an edited post) and "Отредактировано" ("edited"). The forty-second held-out batch.
    # Mongolian "Шинэчилсэн" / "Шинэчлэгдсэн" ("updated", "was renewed").
    r"актуализат|(?:последнее )?редактирование|отредактировано|шинэчилсэн|шинэчлэгдсэн|"
    # Maltese "aġġornat" / "aġġornata" ("updated"), "aġġornament" ("update"); Lao "ປັບປຸງ" ("updated",
    # "ປັບປຸງລ່າສຸດ", "last updated"); Telugu "నవీకరణ" ("update", "చివరి నవీకరణ", "last update"),
    # "నవీకరించబడింది" ("was updated") and "అప్‌డేట్" (English "update", with or without its zero-width
    # non-joiner); Chinese "编辑于" / "編輯於" ("edited at", a post's edit line: "编辑于 2020-01-10 09:30";
    # not "编辑" alone, a byline's "责任编辑", "editor"). The forty-eighth held-out batch.
    r"aġġorna(?:ta?|ment)|ປັບປຸງ(?:ລ່າສຸດ)?|నవీకర(?:ణ|ించబడింది)|అప్\u200c?డేట్(?: చేశారు)?|编辑于|編輯於|"
    # Scottish Gaelic "ùraichte" ("updated"); Breton "hizivaet" ("updated"), "hizivadur" ("update"); Dhivehi
    # "އަޕްޑޭޓް" (English "update" in Thaana); Sorani Kurdish "نوێکراوەتەوە" / "نوێکرایەوە" ("has been", "was
    # renewed"); Yiddish "דערהײַנטיקט" ("updated", its double yod with or without the point, or two yods).
    # The forty-ninth held-out batch.
    r"ùraichte|hiziva(?:et|dur)|އަޕްޑޭޓް|نوێکرا(?:وەتەوە|یەوە)|דערה[\u05d9\u05f2\u05b7]{1,3}נטיקט|"
    # Asturian "actualizáu" ("updated"; Spanish's "actualizado" is the long pattern's); Upper Sorbian
    # "aktualizowane" / "aktualizowany" / "aktualizowana" ("updated"; Polish's "zaktualizowano" is the long
    # pattern's); Friulian "inzornât" / "inzornade" ("updated"), "inzornament" ("update"). The fiftieth
    # held-out batch.
    r"actualizáu|aktualizowan[eay]|inzorn(?:ât|ade|ament)|"
    # Corsican "aghjurnatu" / "aghjurnata" ("updated", with the article "u" a date takes: "Aghjurnatu u 10
    # di ghjennaghju 2020"), "aghjurnamentu" ("update"); Sardinian "agiornadu" / "agiornada" ("updated"),
    # "agiornamentu"; Wolof "soppi nañ ko" ("they changed it"). The fifty-first held-out batch.
    r"aghjurna(?:t[ua](?: u)?|mentu)|agiorna(?:d[ua]|mentu)|soppi nañ ko|"
    # Sicilian "aggiurnatu" / "aggiurnata" ("updated"), "aggiurnamentu" ("update"); Aragonese "actualizau"
    # ("updated", with the article "o" a date takes: "Actualizau o 10 de chinero"; Spanish's "actualizado" is
    # the long pattern's). The fifty-second held-out batch.
    r"aggiurna(?:t[ua]|mentu)|actualizau(?: o)?|"
    # Bulgarian "Последна промяна" ("last change": "Последна промяна в 17:40", Dnevnik's; not "промяна"
    # alone, any change a story speaks of). The sixty-fifth held-out batch.
    r"последна промяна|"
    # Croatian "Zadnja izmjena" and Bosnian "Posljednja izmjena", Serbian (Latin) "Poslednja izmena" ("last
    # change", Jutarnji list's: "Zadnja izmjena: 22. studenoga 2024. u 08:10"; whole: "izmjena" alone is any
    # change, "izmjena zakona"). The seventy-first held-out batch.
    r"(?:zadnja|posljednja) izmjena|poslednja izmena|"
    # English "edited" alone, as a post's signature writes it ("edited Nov 29 at 8:10", "Edited: 29 November
    # 2024"); "last edited" is the long pattern's; a wiki's "edited this page" (GitHub's "Name edited this
    # page Jan 10, 2020 · 14 revisions", the forty-sixth held-out batch).
    r"edited(?: this page)?)"
    # Breton sets "d'ar" / "d'an" ("on the") before the weekday: "Hizivaet d'ar Gwener 10 a viz Genver 2020".
    r"\W{0,3}(?:on|le|am|el|il|em|op|d['’]a[nlr]|\d{1,2}:\d{2})?\W{0,3}(?:[^\W\d_]{2,12}\.?,?\s{1,3})?"
    # DataLife Engine's edit note names the editor between the label and the date: "Изменил: Иван
    # Петров - 25-05-2022, 09:12" (Russian), "Өзгөртүлдү: ... - ..." (Kyrgyz): up to four words, a dash.
    r"|(?:изменил[аи]?|өзгөртүлдү|өзгөрткөн)\s*:\s*(?:[^\W\d_][\w.-]*\s+){1,4}[-–—]\s*"
    # A forum's edit note names the editor between the label and the date: "Last edited by bramley on Fri
    # Jan 10, 2020 9:40 am" (phpBB), "Edited by Sam, 10 January 2020" (Invision): a name of up to three
    # words, then "on" or a comma (the name may be a link of its own: the text joins it with " | ").
    r"|edited by\W{1,4}[\w.-]+(?:\s[\w.-]+){0,2}(?:\W{1,4}on|,)\W{0,3}(?:[^\W\d_]{2,9}\.?,?\s{1,3})?)$",
    0,
)


#: A dated correction note ("This article was amended on 29 November 2024", "Correction: Nov. 29, 2024",
#: "Исправлено 29 ноября 2024 года", "Виправлено 10 січня 2020 року", "Korrektur vom 29. November 2024",
#: "Rectificatif du 29 novembre
#: 2024"): the page was changed that day, wherever in the story the note stands (at its end, as a rule, far
#: from the byline). The note starts an element or a sentence (the caller looks at what comes before it), and
#: English is read only in a note's words ("this story was corrected on", "Correction:"), not in prose ("the
#: figures were corrected on ..."). ``CORRECTION_STEMS``: by the page's language (its primary subtag; English
#: for any other), the labels without their first letter (either case), looked for with substring tests
#: first; the pattern is then matched around each one.
CORRECTION_STEMS: dict[str, tuple[str, ...]] = {
    "": ("mended on", "orrected on", "orrection"),
    "ru": ("справлен", "оправка"),
    "uk": ("иправлен", "оправка"),
    "de": ("orrektur", "orrigiert am"),
    "fr": ("ectificatif", "orrigé le"),
    "es": ("orregid",),
    "pt": ("orrigid",),
}
CORRECTION_NOTE_RE: re.Pattern[str]  # compiled when first read (__getattr__)
_LATER["CORRECTION_NOTE_RE"] = (
    r"(?:(?:this|the) (?:article|story|post|piece|report|page) (?:was|has been) (?:amended|corrected) on"
    r"|correction(?:</[a-z]{1,6}>)?\s{0,3}[:,]"  # "Correction:", "<b>Correction</b>:"
    # Russian ("исправлено", "исправлена", "исправление от"); Ukrainian ("виправлено", "виправлення від",
    # the forty-second held-out batch); German; French; Spanish; Portuguese.
    # "Поправка от 10 января 2020 г.:", "Поправка від ...": a note's word in both (the forty-fifth batch).
    r"|(?:исправлен(?:о|а|ие)(?: от)?|виправлен(?:о|а|ня)(?: від)?|поправка(?: от| від)?|"
    r"korrigiert am|korrektur(?: vom)?|rectificatif(?: du| le)?|corrigé le|"
    r"corregid[oa] el|corrigid[oa] em)\s{0,3}[:,.–—-]?)\s{0,3}",
    re.IGNORECASE,
)


def modified_label(prefix: str) -> bool:
    """Does ``prefix`` (lower-cased by :func:`label_case`) end with an update label?"""
    found = _COMPILED.get("TEXT_MODIFIED_PREFIX_RE") or __getattr__("TEXT_MODIFIED_PREFIX_RE")
    return found.search(prefix) is not None or more_modified_label(prefix)


def more_modified_label(prefix: str) -> bool:
    """Does ``prefix`` end with one of the labels of ``TEXT_MODIFIED_PREFIX_MORE_RE`` (the part of
    :func:`modified_label` a caller that searched ``TEXT_MODIFIED_PREFIX_RE`` itself still asks)?"""
    if prefix.isascii():
        # The ASCII stems among them (Basque, West Frisian, Romansh, Slovene, Māori): a few substring tests.
        if not any(stem in prefix for stem in _ASCII_MORE_STEMS):
            return False
    elif not any(stem in prefix for stem in MORE_MODIFIED_STEMS):
        return False
    return __getattr__("TEXT_MODIFIED_PREFIX_MORE_RE").search(prefix) is not None


#: Japanese and Chinese may write the label AFTER the date: "2022年3月13日 9:10更新" (updated), "3月12日
#: 14:30配信" (distributed, Yahoo! Japan's publication). A clock time may stand between; a label followed by
#: a number is the next date's ("更新 2020/01/10 10:00 配信 2020/01/09"), unless the particle "に" ties it
#: to the date before: "2023/10/15に公開 2023/11/02に更新" (published on, updated on: Zenn's, note's, many
#: Japanese blogs'; the fifty-eighth held-out batch). ``SUFFIX_LABELS`` are what :func:`suffix_label` looks
#: for first (a substring test on the text after the date).
SUFFIX_LABELS = ("更新", "配信", "に公開")
_LATER["SUFFIX_LABEL_RE"] = (
    r"\s{0,2}(?:\d{1,2}(?::|時)\d{2}(?:分|:\d{2})?)?\s{0,2}"
    r"(?:(?:(更新)|配信)(?![\s:：日时時]{0,3}\d)|(?:\|\s)?に(?:(更新)|公開))",
    0,
)
SUFFIX_LABEL_RE: re.Pattern[str]  # compiled when first read (__getattr__)


def suffix_label(after: str) -> bool | None:
    """What the label right after a date says (``after``: the text following it): ``True`` for an update
    ("9:10更新"), ``False`` for a publication ("14:30配信"), ``None`` for no label there."""
    if not any(label in after for label in SUFFIX_LABELS):
        return None
    found = (_COMPILED.get("SUFFIX_LABEL_RE") or __getattr__("SUFFIX_LABEL_RE")).match(after)
    return None if found is None else found.group(1) is not None or found.group(2) is not None


#: The module's namespace, where :func:`__getattr__` leaves each pattern it compiles.
_COMPILED = globals()


#: What ``re.IGNORECASE`` equates and ``str.lower`` does not: "İ" lowers to "i" and a combining dot; "ſ"
#: stays itself.
_LABEL_FOLD = str.maketrans({"\u0307": None, "ſ": "s"})


def label_case(text: str) -> str:
    """``text`` as the label patterns read it: lower-cased, Turkish "İ" as "i" and the long s as "s" (what
    a case-insensitive match would equate)."""
    low = text.lower()
    if low.isascii() or ("\u0307" not in low and "ſ" not in low):
        return low  # most text: str.translate with a mapping looks up every character (~30 k instructions/40)
    return low.translate(_LABEL_FOLD)


#: Update words next to a ``<time>`` element (in its text or right before it).
UPDATE_WORD_RE: re.Pattern[str]  # compiled when first read (__getattr__)
_LATER["UPDATE_WORD_RE"] = (
    r"\b(?:updated?|last modified|aktualisiert|mis à jour|modifié|actualizado|aggiornato|modificato|"
    r"atualizado|bijgewerkt|zaktualizowano|обновлено|изменено|оновлено|actualizat|aktualizováno|uppdaterad|"
    r"oppdatert|opdateret|päivitetty|diperbarui|абноўлена|ažurirano|dikemaskini|actualitzat|atnaujinta|"
    r"atjaunināts|uuendatud|opgedateer|yangilandi|mizajou)\b",
    re.IGNORECASE,
)
#: Words before a visible date saying it is the publication; matched against lower-cased text, like
#: ``TEXT_MODIFIED_PREFIX_RE``.
TEXT_PUBLISHED_PREFIX_RE: re.Pattern[str]  # compiled when first read (__getattr__)
_LATER["TEXT_PUBLISHED_PREFIX_RE"] = (
    r"(?:published|posted|first published|publi(?:cation|kacji)|publié|publiée|veröffentlicht|erschienen|"
    r"publicado|pubblicato|gepubliceerd|opublikowan(?:o|ia)|опубликован(?:[оа]|(?![^\W\d_]))|дата публикации|"
    r"опублікован[оа]|"
    # (Russian and Ukrainian participles in every gender: "Опубликовано", "Программа опубликована", "Материал
    # опубликован", "Новина опублікована"; the forty-first held-out batch; "опубликован" itself only as a
    # whole word: "направлено для опубликования", "sent for publication", is no publication label.)
    # Bulgarian; Hungarian; Turkish; Korean (입력 "entered", 등록, 게재, 발행); Chinese and Japanese.
    r"публикувано|közzétéve|publikálva|yayınlanma(?: tarihi)?|oluşturulma tarihi|giriş tarihi|"
    r"(?:입력|등록|게재|발행)(?:일시|일)?|(?:发布|發布|發佈|发表|發表|刊登|公開|配信|掲載)(?:日期|时间|時間|日時|日)?|"
    # Romanian; Czech; Swedish, Norwegian, Danish; Finnish; Indonesian; Greek.
    r"publicat|publikováno|zveřejněno|publicerad|publicerat|publisert|publiceret|julkaistu|diterbitkan|"
    r"dipublikasikan|δημοσιεύθηκε|δημοσίευση|"
    # Belarusian; Croatian, Serbian, Bosnian; Kazakh; Georgian; Arabic; Urdu; Bengali; Hindi.
    r"апублікавана|objavljen[oa]?|жарияланды|გამოქვეყნდა|النشر|نشر|شائع|প্রকাশিত|প্রকাশ|प्रकाशित|"
    # Telugu "ప్రచురణ" ("publication", a byline's label) and "ప్రచురించబడింది" ("was published"), beside its
    # update label "నవీకరణ" (``TEXT_MODIFIED_PREFIX_MORE_RE``); the fiftieth held-out batch.
    r"ప్రచురణ|ప్రచురించబడింది|"
    # Lithuanian; Latvian; Estonian; Swahili.
    r"paskelbta|publicēts|avaldatud|imechapishwa|"
    # Welsh ("Cyhoeddwyd gyntaf", "first published").
    r"cyhoeddwyd(?: gyntaf)?|"
    # Afrikaans; Uzbek; Haitian Creole.
    r"gepubliseer|chop etilgan|e'lon qilingan|pibliye|"
    # A numbered press release's own date: "Pressemitteilung Nr. 21/2022 vom", "Press Release No. 21/2022
    # of", "communiqué de presse n° 21/2022 du" (a ruling's or a law's date follows other words).
    r"(?:pressemitteilung|press release|communiqué de presse)(?: (?:nr\.|no\.|n°) ?\d+(?:/\d+)?)? "
    r"(?:vom|of|du)|"
    # A judgment's own date, beside the hearing's ("Judgment reserved on: 02/03/2022 / Pronounced on:
    # 12/03/2022", "Date of Judgment: 12.03.2022").
    r"pronounced|date of (?:the )?(?:judgment|judgement|decision|order)|"
    # A catalogue record's or a page's creation, beside its last edit ("Record created 24 June 2009; last
    # edited 2 February 2021": a museum's object, an archive's or a library's record).
    r"(?:record|page) created|"
    # A bare "Created" (or "Date created") as a field's whole label, an element of its own before the date
    # (a data portal's or a catalogue's "Additional info" table: "Last Updated | ... | Created | January 9,
    # 2020"); not "was created on" in a sentence.
    r"(?:^|\|\s)(?:date )?created|"
    # An official publication's date as a record's field names it, a noun's genitive ("Дата официального
    # опубликования", Ukrainian "Дата офіційного опублікування" / "оприлюднення", Belarusian "Дата
    # афіцыйнага апублікавання"): a legal portal's act, beside its signing and entry into force.
    r"дата (?:официального |офіційного |афіцыйнага )?(?:опубликования|опублікування|оприлюднення|"
    r"апублікавання))"
    r"\W{0,3}(?:on|at|le|am|el|il|em|op|a)?\W{0,3}(?:[^\W\d_]{2,12}\.?,?\s{1,3})?$",
    0,
)

#: Month names and abbreviations (lower case) of every language a page's text date is read in: each list of
#: :data:`linkcheck.months.LISTS` but those only an article's citation templates read
#: (:data:`linkcheck.months.TEMPLATE_ONLY`) and those read by a pattern of their own
#: (:data:`linkcheck.months.OWN_PATTERN`). A new month name is added there.
MONTHS: dict[str, int] = month_table(name for name in LISTS if name not in TEMPLATE_ONLY | OWN_PATTERN)
#: Sakha (Yakut) months, as CLDR's long Sakha date writes them, year first ("2020 сыл тохсунньу 9 күнэ",
#: ``dates._SAKHA_YMD``): eight of the twelve are two words ("кулун тутар", "ыам ыйын"), looked up as written
#: with one space, and only by that pattern (the months' second word "ыйын", "month", is no month alone). The
#: words are :mod:`linkcheck.months`' (``"sah (own pattern)"``, two words joined by ``_`` there).
SAKHA_MONTHS: dict[str, int] = {
    words.replace("_", " "): month for month, names in LISTS["sah (own pattern)"] for words in names.split()
}

# --- titles and site names -----------------------------------------------------------------------------
#: What separates a headline from a site name or section in ``<title>``: a dash, pipe, colons, guillemets,
#: slash or bullet surrounded by spaces. Read as ``TITLE_SEPARATOR_RE`` or ``title_separator_re()``.
_TITLE_SEPARATOR = (
    r"\s+(?:[|–—·•«»/\\~]|-{1,2}|::|:|>{1,2}|<{1,2})\s+|\s*\|\s*|\s+::\s*"
    # Chinese and Japanese titles set separators without spaces: "标题--时政--人民网", "見出し：紙名".
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff])(?:-{1,2}|_|——|：|｜)(?=[\u3040-\u30ff\u3400-\u9fff])"
)


@once
def title_separator_re() -> re.Pattern[str]:
    """``TITLE_SEPARATOR_RE``, compiled on first use (by the first title read): the regex compiler visits
    every code point of the CJK ranges, ~3 ms, half of this module's import."""
    return re.compile(_TITLE_SEPARATOR)


TITLE_SEPARATOR_RE: re.Pattern[str]  # given by __getattr__ on first use


def __getattr__(name: str) -> re.Pattern[str]:
    """The patterns compiled when first read; each is then an attribute of the module like any other."""
    if name == "TITLE_SEPARATOR_RE":
        pattern = title_separator_re()
    elif name in _LATER:
        pattern = re.compile(*_LATER[name])
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = pattern
    return pattern


#: Two-label public suffixes common among news sites (enough to find the registrable name of a host).
SECOND_LEVEL_SUFFIXES: frozenset[str] = frozenset(
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "com.au", "net.au", "org.au", "gov.au", "com.br",
        "com.ar", "com.mx", "co.jp", "ne.jp", "or.jp", "co.nz", "co.za", "com.tr", "com.ua", "com.cn",
        "co.in", "co.kr", "com.pl", "com.sg", "com.hk", "co.il", "com.es", "com.ru", "msk.ru", "spb.ru",
        "com.co", "com.pe", "com.ve", "co.id", "com.my", "com.ph", "com.pk", "com.eg", "com.sa",
    }
)  # fmt: skip

#: Cyrillic to Latin (a loose, search-friendly transliteration: good enough to compare with host names).
TRANSLIT: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip

# --- error pages ---------------------------------------------------------------------------------------
#: Titles of error pages ("page not found" in the languages we read). A page whose title says so has no
#: publication date of its own, whatever dates its "trending" lists show.
_NOT_FOUND = (
    r"\b404\b|page (?:not found|introuvable|non trouvée)|not found|can.t be found|cannot be found|"
    r"could(?: not|n.t) (?:be )?f(?:ou)?nd|no longer (?:exists|available)|"
    r"seite (?:nicht gefunden|wurde nicht gefunden)|nicht gefunden|página no encontrada|no encontrad[oa]|"
    r"pagina non trovata|non trovata|página não encontrada|não encontrad[ao]|pagina niet gevonden|"
    r"niet gevonden|strona nie (?:została )?znaleziona|nie znaleziono|страница не найдена|не найдена|"
    r"ошибка 404|introuvable|erreur 404|fehler 404|error 404"
)
#: ``NOT_FOUND_RE`` (compiled with ``re.IGNORECASE``) is compiled when first read, after a title has passed
#: ``NOT_FOUND_HINTS``: ~0.5 ms of the module's import that a run of article pages may never need.
NOT_FOUND_RE: re.Pattern[str]  # compiled when first read (__getattr__)
_LATER["NOT_FOUND_RE"] = (_NOT_FOUND, re.IGNORECASE)
#: A cheap pre-check for ``NOT_FOUND_RE`` (substring tests on the lower-cased title): word stems every
#: error title above contains.
NOT_FOUND_HINTS: tuple[str, ...] = (
    "404", "found", "find", "exist", "availab", "introuvable", "trouv", "gefunden", "encontrad", "trovat",
    "gevonden", "znalezion", "найден",
)  # fmt: skip
