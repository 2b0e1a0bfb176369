"""The heuristics of extraction, as data.

Every strategy in :mod:`linkcheck.extract.core` reads its knowledge from here: which meta names carry a
publication date, which JSON-LD types describe the page itself, which class names hint at a published or
updated time, which containers never hold the page's own date, the month names of the languages we read.
Adding a publisher's quirk should mean adding a row here, not a branch in the code.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from linkcheck.calendars import MONTH_NAMES_EN, MONTH_NAMES_RU

#: Patterns compiled when first read as ``tables.NAME`` (by :func:`__getattr__`), then attributes of the
#: module like any other: name -> (pattern, flags). Each costs the import 0.1-0.5 ms; a page whose ``<head>``
#: answers never needs those that read its body.
_LATER: dict[str, tuple[str, int]] = {}

__all__ = [
    "APPLICATION_TYPES",
    "ARTICLE_TYPES",
    "BODY_DATE_PROPS",
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
    r"\W{0,3}(?:on|le|am|el|il|em|op|a|\d{1,2}:\d{2})?\W{0,3}(?:[^\W\d_]{2,12}\.?,?\s{1,3})?$",
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
#: a number is the next date's ("更新 2020/01/10 10:00 配信 2020/01/09"). ``SUFFIX_LABELS`` are what
#: :func:`suffix_label` looks for first (a substring test on the text after the date).
SUFFIX_LABELS = ("更新", "配信")
_LATER["SUFFIX_LABEL_RE"] = (
    r"\s{0,2}(?:\d{1,2}(?::|時)\d{2}(?:分|:\d{2})?)?\s{0,2}(?:(更新)|配信)(?![\s:：日时時]{0,3}\d)",
    0,
)
SUFFIX_LABEL_RE: re.Pattern[str]  # compiled when first read (__getattr__)


def suffix_label(after: str) -> bool | None:
    """What the label right after a date says (``after``: the text following it): ``True`` for an update
    ("9:10更新"), ``False`` for a publication ("14:30配信"), ``None`` for no label there."""
    if not any(label in after for label in SUFFIX_LABELS):
        return None
    found = (_COMPILED.get("SUFFIX_LABEL_RE") or __getattr__("SUFFIX_LABEL_RE")).match(after)
    return None if found is None else found.group(1) is not None


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
    r"\W{0,3}(?:on|le|am|el|il|em|op|a)?\W{0,3}(?:[^\W\d_]{2,12}\.?,?\s{1,3})?$",
    0,
)

#: Month names and abbreviations (lower-case; the English and Russian names of :data:`MONTH_NAMES_EN` and
#: :data:`MONTH_NAMES_RU` first) in English, French, German, Spanish, Italian, Portuguese,
#: Dutch, Polish, Russian, Ukrainian, Bulgarian (Macedonian, Serbian), Hungarian, Romanian, Czech, the
#: Scandinavian languages, Finnish and Indonesian, with the genitive forms Slavic languages use in dates.
MONTHS: dict[str, int] = {}
_MONTH_WORDS: tuple[tuple[int, str], ...] = (
    (
        1,
        "jan janvier janv januar jänner enero ene gennaio gen janeiro januari stycznia styczeń sty "
        "январь янв",
    ),
    (
        2,
        "feb febr février févr fevrier fevr februar febrero febbraio fevereiro fev februari lutego "
        "luty lut февраль фев февр",
    ),
    (3, "mar mars märz maerz marzo março marco maart mrt marca marzec март мар"),
    (4, "apr avril avr abril abr aprile kwietnia kwiecień kwi апрель апр"),
    (5, "mai mayo maggio mag maio mei maja maj май"),
    (6, "jun juin juni junio giugno giu junho czerwca czerwiec cze июнь июн"),
    (7, "jul juillet juil juli julio luglio lug julho lipca lipiec lip июль июл"),
    (8, "aug août aout augustus agosto ago sierpnia sierpień sie август авг"),
    (
        9,
        "sep sept septembre septiembre setiembre settembre set setembro września wrzesień wrz "
        "сентябрь сен сент",
    ),
    (
        10,
        "oct octobre oktober okt octubre ottobre ott outubro out października październik paź октябрь окт",
    ),
    (11, "nov novembre noviembre novembro listopada listopad lis ноябрь ноя"),
    (
        12,
        "dec décembre decembre déc dezember dez diciembre dic dicembre dezembro grudnia grudzień "
        "gru декабрь дек",
    ),
)
#: Ukrainian (genitive as dates write them, and nominative): "9 січня 2020".
_MONTH_WORDS_UK: tuple[tuple[int, str], ...] = (
    (1, "січня січень"),
    (2, "лютого лютий"),
    (3, "березня березень"),
    (4, "квітня квітень"),
    (5, "травня травень"),
    (6, "червня червень"),
    (7, "липня липень"),
    (8, "серпня серпень"),
    (9, "вересня вересень"),
    (10, "жовтня жовтень"),
    (11, "листопада листопад"),
    (12, "грудня грудень"),
)
#: Ukrainian months abbreviated as CLDR writes them in dates (the genitive's stems: ICU's and the browsers'
#: Intl medium dates, "09 січ. 2020", "30 лист. 2024"; the dot is read by the text patterns). A word is read
#: as a month only between a day and a year, where none of these stems ("лист", a letter or leaf; "вер")
#: stands in prose.
_MONTH_WORDS_UK_ABBR: tuple[tuple[int, str], ...] = (
    (1, "січ"), (2, "лют"), (3, "бер"), (4, "квіт"), (5, "трав"), (6, "черв"),
    (7, "лип"), (8, "серп"), (9, "вер"), (10, "жовт"), (11, "лист"), (12, "груд"),
)  # fmt: skip
#: Bulgarian (and the Macedonian and Serbian spellings): "9 януари 2020", "9 јануари 2020", "9. јануар 2020".
_MONTH_WORDS_BG: tuple[tuple[int, str], ...] = (
    (1, "януари яну јануари јануар"),
    (2, "февруари фев февруар фебруар"),
    (3, "март"),
    (4, "април"),
    (5, "май мај"),
    (6, "юни јуни јун"),
    (7, "юли јули јул"),
    (8, "август авг"),
    (9, "септември сеп септембар"),
    (10, "октомври окт октобар"),
    (11, "ноември ное новембар"),
    (12, "декември дек децембар"),
)
#: Hungarian, written year first: "2020. január 9.", "2020. jan. 9." (see ``dates._YEAR_MONTH_DAY``).
_MONTH_WORDS_HU: tuple[tuple[int, str], ...] = (
    (1, "január jan"),
    (2, "február febr"),
    (3, "március márc"),
    (4, "április ápr"),
    (5, "május máj"),
    (6, "június jún"),
    (7, "július júl"),
    (8, "augusztus aug"),
    (9, "szeptember szept"),
    (10, "október okt"),
    (11, "november nov"),
    (12, "december dec"),
)
#: Romanian, Czech (genitive and nominative), the Scandinavian spellings the tables above lack (Swedish
#: "augusti", Norwegian "desember", Danish "marts"), Finnish (partitive, as dates write them: "12.
#: maaliskuuta 2022") and Indonesian: "5 octombrie 2021", "12. března 2022", "7 februari 2023".
_MONTH_WORDS_MORE: tuple[tuple[int, str], ...] = (
    (1, "ianuarie ian ledna leden tammikuuta"),
    (2, "februarie února únor helmikuuta"),
    (3, "martie března březen marts maaliskuuta maret"),
    (4, "aprilie dubna duben huhtikuuta"),
    (5, "května květen toukokuuta"),
    (6, "iunie iun června červen kesäkuuta"),
    (7, "iulie iul července červenec heinäkuuta"),
    (8, "augusti srpna srpen elokuuta agustus"),
    (9, "septembrie září syyskuuta"),
    (10, "octombrie října říjen lokakuuta"),
    (11, "noiembrie listopadu marraskuuta"),
    (12, "decembrie prosince prosinec desember joulukuuta"),
)
#: Belarusian (genitive and nominative), Croatian (genitive; not "listopada", which is October in Croatian
#: and November in Polish: the Polish reading stays), Kazakh and Georgian (nominative, and the "-ს" form of
#: "on 12 March"): "12 сакавіка 2022", "12. ožujka 2022.", "12 наурыз 2022", "12 მარტი 2022".
_MONTH_WORDS_EAST: tuple[tuple[int, str], ...] = (
    (1, "студзеня студзень siječnja siječanj қаңтар იანვარი იანვარს"),
    (2, "лютага люты veljače veljača ақпан თებერვალი თებერვალს"),
    (3, "сакавіка сакавік ožujka ožujak наурыз მარტი მარტს"),
    (4, "красавіка красавік travnja travanj сәуір აპრილი აპრილს"),
    (5, "мая svibnja svibanj мамыр მაისი მაისს"),
    (6, "чэрвеня чэрвень lipnja lipanj маусым ივნისი ივნისს"),
    (7, "ліпеня ліпень srpnja srpanj шілде ივლისი ივლისს"),
    (8, "жніўня жнівень kolovoza kolovoz тамыз აგვისტო აგვისტოს"),
    (9, "верасня верасень rujna rujan қыркүйек სექტემბერი სექტემბერს"),
    (10, "кастрычніка кастрычнік қазан ოქტომბერი ოქტომბერს"),
    (11, "лістапада лістапад studenoga studenog studeni қараша ნოემბერი ნოემბერს"),
    (12, "снежня снежань prosinca prosinac желтоқсан დეკემბერი დეკემბერს"),
)
#: Georgian months abbreviated as CLDR writes them (ICU's and the browsers' Intl medium dates, "09 იან. 2020";
#: the dot is read by the text patterns): three letters each, and no Georgian word standing between a day and
#: a year.
_MONTH_WORDS_KA_ABBR: tuple[tuple[int, str], ...] = (
    (1, "იან"), (2, "თებ"), (3, "მარ"), (4, "აპრ"), (5, "მაი"), (6, "ივნ"),
    (7, "ივლ"), (8, "აგვ"), (9, "სექ"), (10, "ოქტ"), (11, "ნოე"), (12, "დეკ"),
)  # fmt: skip
#: Malay, Swahili, Catalan, Tagalog, Slovak (genitive), Serbian and Bosnian in Latin script, Estonian, Latvian
#: (nominative, locative and genitive: "2022. gada 12. martā") and Lithuanian (genitive: "2022 m. kovo 12
#: d.", see ``dates._BALTIC_YMD``): "Mac 12, 2022", "Machi 12, 2022", "12 d'octubre de 2022", "Marso 12,
#: 2022", "12. marca 2022", "12. mart 2022.", "12. märts 2022".
_MONTH_WORDS_SOUTH: tuple[tuple[int, str], ...] = (
    (1, "gener enero januára januar jaanuar janvāris janvārī janvāra sausio"),
    (2, "febrer pebrero februára veebruar februāris februārī februāra vasario"),
    (3, "mac machi març marso mart märts martā marta kovo"),
    (4, "aprili apríla aprill aprīlis aprīlī aprīļa balandžio"),
    (5, "maig mája maijs maijā maija gegužės"),
    (6, "juny hunyo júna juuni jūnijs jūnijā jūnija birželio"),
    (7, "julai juliol hulyo júla juuli jūlijs jūlijā jūlija liepos"),
    (8, "ogos agosti agost avgust augusts augustā augusta rugpjūčio"),
    (9, "septemba setembre setyembre septembra septembar septembris septembrī rugsėjo"),
    (10, "oktoba oktubre októbra oktobar oktoober oktobris oktobrī oktobra spalio"),
    (11, "novemba nobyembre novembar novembris novembrī novembra lapkričio"),
    (12, "disember desemba desembre disyembre decembra decembar detsember decembris decembrī gruodžio"),
)
#: Greek (genitive, as dates write them, and nominative; with their accents and without, as text set in
#: capitals lowers: "12 Μαρτίου 2022", "12 ΜΑΡΤΙΟΥ 2022"), Hebrew (with the prefix ב, "in": "12 במרץ 2022")
#: and Turkish ("12 Nisan 2022"; "mart" is above).
_MONTH_WORDS_GR_HE_TR: tuple[tuple[int, str], ...] = (
    (1, "ιανουαρίου ιανουαριου ιανουάριος ιανουαριος ιαν ינואר בינואר ocak"),
    (2, "φεβρουαρίου φεβρουαριου φεβρουάριος φεβρουαριος φεβ פברואר בפברואר şubat subat"),
    (3, "μαρτίου μαρτιου μάρτιος μαρτιος μαρ מרץ במרץ מרס במרס"),
    (4, "απριλίου απριλιου απρίλιος απριλιος απρ אפריל באפריל nisan"),
    (5, "μαΐου μαϊου μαιου μάιος μαιος μαΐ מאי במאי mayıs mayis"),
    (6, "ιουνίου ιουνιου ιούνιος ιουνιος ιουν יוני ביוני haziran"),
    (7, "ιουλίου ιουλιου ιούλιος ιουλιος ιουλ יולי ביולי temmuz"),
    (8, "αυγούστου αυγουστου αύγουστος αυγουστος αυγ אוגוסט באוגוסט ağustos agustos"),
    (9, "σεπτεμβρίου σεπτεμβριου σεπτέμβριος σεπτεμβριος σεπ ספטמבר בספטמבר eylül eylul"),
    (10, "οκτωβρίου οκτωβριου οκτώβριος οκτωβριος οκτ אוקטובר באוקטובר ekim"),
    (11, "νοεμβρίου νοεμβριου νοέμβριος νοεμβριος νοε נובמבר בנובמבר kasım kasim"),
    (12, "δεκεμβρίου δεκεμβριου δεκέμβριος δεκεμβριος δεκ דצמבר בדצמבר aralık aralik"),
)
#: Azerbaijani and Uzbek (Latin script), Armenian (nominative and genitive, as "12 Մարտ 2022" and "մարտի 12"
#: write them), Icelandic and Albanian: "5 oktyabr 2021", "12 Մարտ 2022", "21. júní 2023", "12 nëntor 2022"
#: ("mart", "may", "mars", "maj" and "desember" are above).
_MONTH_WORDS_AZ_HY_IS_SQ: tuple[tuple[int, str], ...] = (
    (1, "yanvar հունվար հունվարի janúar janar"),
    (2, "fevral փետրվար փետրվարի febrúar shkurt"),
    (3, "մարտ մարտի"),
    (4, "aprel ապրիլ ապրիլի apríl prill"),
    (5, "մայիս մայիսի maí"),
    (6, "iyun հունիս հունիսի júní qershor"),
    (7, "iyul հուլիս հուլիսի júlí korrik"),
    (8, "avqust avgust օգոստոս օգոստոսի ágúst gusht"),
    (9, "sentyabr սեպտեմբեր սեպտեմբերի shtator"),
    (10, "oktyabr հոկտեմբեր հոկտեմբերի október tetor"),
    (11, "noyabr նոյեմբեր նոյեմբերի nóvember nëntor"),
    (12, "dekabr դեկտեմբեր դեկտեմբերի dhjetor"),
)
#: Welsh: "12 Mawrth 2022" ("Mawrth" is also Tuesday, "dydd Mawrth": a weekday has no day number and year
#: around it, so it is never read as a date; "mai" is above).
_MONTH_WORDS_CY: tuple[tuple[int, str], ...] = (
    (1, "ionawr"),
    (2, "chwefror"),
    (3, "mawrth"),
    (4, "ebrill"),
    (6, "mehefin"),
    (7, "gorffennaf"),
    (8, "awst"),
    (9, "medi"),
    (10, "hydref"),
    (11, "tachwedd"),
    (12, "rhagfyr"),
)
#: Afrikaans ("14 Oktober 2022"; the rest are Dutch or English spellings above), Hausa ("Maris 12, 2022"),
#: Haitian Creole ("21 mas 2022"; not "out", August, which is Portuguese "outubro" above, nor "me", May, too
#: short for a month word), Uzbek ("21 sentabr 2022") and Turkmen ("7-nji iýun 2022"): the languages of the
#: eleventh held-out batch.
_MONTH_WORDS_AF_HA_HT_UZ_TK: tuple[tuple[int, str], ...] = (
    (1, "januarie janairu janvye ýanwar"),
    (2, "fabrairu fevriye fewral"),
    (3, "maris mas"),
    (4, "afrilu"),
    (5, "mayu maý"),
    (6, "junie yuni jen iýun"),
    (7, "julie yuli jiyè iýul"),
    (8, "agusta awgust"),
    (9, "satumba septanm sentabr sentýabr"),
    (10, "oktòb oktabr oktýabr"),
    (11, "nuwamba novanm noýabr"),
    (12, "disamba desanm"),
)
#: Kinyarwanda ("12 Werurwe 2022"), Somali ("12 Maarso 2022"), Greenlandic ("12. marsi 2022") and Tajik,
#: whose dates write the month with the izafet "-и" ("12 марти 2022") beside the nominative ("март" is
#: Russian's, above): the languages of the twelfth held-out batch. Not Kinyarwanda "mata" (April), a
#: common word elsewhere ("eye" in Malay and Indonesian) too short to risk.
_MONTH_WORDS_RW_SO_KL_TG: tuple[tuple[int, str], ...] = (
    (1, "mutarama janaayo januaari январи январ"),
    (2, "gashyantare febraayo februaari феврали феврал"),
    (3, "werurwe maarso marsi марти"),
    (4, "abriil apriili апрели апрел"),
    (5, "gicurasi maajo maaji майи"),
    (6, "kamena juun juuni июни"),
    (7, "nyakanga luuliyo juuli июли"),
    (8, "kanama agoosto aggusti августи"),
    (9, "nzeri sebtembar septembari сентябри сентябр"),
    (10, "ukwakira oktoobar oktobari октябри октябр"),
    (11, "ugushyingo nofembar novembari ноябри ноябр"),
    (12, "ukuboza disembar decembari декабри декабр"),
)
#: Kyrgyz writes a date year first, the day joined to its month by a hyphen and the month with the
#: possessive suffix ("2020-жылдын 9-январы", "of the year 2020, its 9 January"; ``dates._UZBEK_YMD``):
#: the possessive forms, the nominatives being Russian's (above). The thirty-second held-out batch.
_MONTH_WORDS_KY_POSSESSIVE: tuple[tuple[int, str], ...] = (
    (1, "январы"),
    (2, "февралы"),
    (3, "марты"),
    (5, "майы"),
    (6, "июну"),
    (7, "июлу"),
    (8, "августу"),
    (9, "сентябры"),
    (10, "октябры"),
    (11, "ноябры"),
    (12, "декабры"),
)
#: isiZulu ("15 Nhlangulana 2022"), Malagasy ("7 Jolay 2022"), Tetum ("17 Fevereiru 2022"), Papiamentu ("6
#: di òktober 2022", see ``dates._DAY_MONTH_YEAR``'s "di") and Tatar ("12 гыйнвар 2022"; its other months are
#: Russian's nominatives, above): the languages of the thirteenth held-out batch. Not Malagasy "mey" (May),
#: nor Papiamentu "mei" and "mart" (above already), nor Tetum "maiu" (too near other words to matter).
_MONTH_WORDS_ZU_MG_TET_PAP_TT: tuple[tuple[int, str], ...] = (
    (1, "masingana janoary janeiru yanüari гыйнвар"),
    (2, "nhlolanja febroary fevereiru febrüari"),
    (3, "ndasa martsa marsu"),
    (4, "mbasa aprily abríl"),
    (5, "nhlaba"),
    (6, "nhlangulana jona juñu yüni"),
    (7, "ntulikazi jolay jullu yüli"),
    (8, "ncwaba aogositra agostu ougùstùs"),
    (9, "mandulo septambra setembru sèptèmber"),
    (10, "mfumfu oktobra outubru òktober"),
    (11, "lwezi novambra novembru novèmber"),
    (12, "zibandlela desambra dezembru desèmber"),
)
#: Luxembourgish ("12. Mäerz 2022"; the other months are German's), Galician ("12 de xuño de 2022"; "marzo",
#: "abril", "maio", "agosto", "setembro", "outubro", "novembro" are Spanish's or Portuguese's, above), Irish
#: ("22 Lúnasa 2022"; not September's and October's two words, "Meán Fómhair", "Deireadh Fómhair": "Fómhair"
#: alone could be either), Afaan Oromo ("Bitootessa 12, 2022") and Basque in the nominative ("martxoa"; its
#: dates write the genitive, "2022ko martxoaren 12a", read by ``dates._BASQUE_YMD``): the languages of the
#: fourteenth held-out batch.
_MONTH_WORDS_LB_GL_GA_OM_EU: tuple[tuple[int, str], ...] = (
    (1, "xaneiro eanáir amajjii urtarrila"),
    (2, "febreiro feabhra guraandhala otsaila"),
    (3, "mäerz márta bitootessa martxoa"),
    (4, "abrëll aibreán ebla apirila"),
    (5, "mee bealtaine caamsaa maiatza"),
    (6, "xuño meitheamh waxabajjii ekaina"),
    (7, "xullo iúil adooleessa uztaila"),
    (8, "lúnasa hagayya abuztua"),
    (9, "fuulbana iraila"),
    (10, "onkololeessa urria"),
    (11, "samhain sadaasa azaroa"),
    (12, "decembro nollaig muddee abendua"),
)
#: Shona ("12 Kurume 2022"), Northern Sami ("12. njukčamánnu 2022", the month words ending in "mánnu",
#: "month"), Kazakh in the Latin alphabet of 2021 ("12 naýryz 2022"; its Cyrillic months are above) and
#: Standard Moroccan Tamazight in Tifinagh ("12 ⵎⴰⵕⵚ 2022", IRCAM's names): the languages of the fifteenth
#: held-out batch (a month word is read only between a day and a year: Kazakh "qazan", October, is also
#: the city's name, never with both around it).
_MONTH_WORDS_SN_SE_KK_ZGH: tuple[tuple[int, str], ...] = (
    (1, "ndira ođđajagemánnu qańtar ⵉⵏⵏⴰⵢⵔ"),
    (2, "kukadzi guovvamánnu aqpan ⴱⵕⴰⵢⵕ"),
    (3, "kurume njukčamánnu naýryz ⵎⴰⵕⵚ"),
    (4, "kubvumbi cuoŋománnu sáýir ⵉⴱⵔⵉⵔ"),
    (5, "chivabvu miessemánnu mamyr ⵎⴰⵢⵢⵓ"),
    (6, "chikumi geassemánnu maýsym ⵢⵓⵏⵢⵓ"),
    (7, "chikunguru suoidnemánnu shilde ⵢⵓⵍⵢⵓⵣ"),
    (8, "nyamavhuvhu borgemánnu tamyz ⵖⵓⵛⵜ"),
    (9, "gunyana čakčamánnu qyrkúıek ⵛⵓⵜⴰⵏⴱⵉⵔ"),
    (10, "gumiguru golggotmánnu qazan ⴽⵜⵓⴱⵕ"),
    (11, "mbudzi skábmamánnu qarasha ⵏⵓⵡⴰⵏⴱⵉⵔ"),
    (12, "zvita juovlamánnu jeltoqsan ⴷⵓⵊⴰⵏⴱⵉⵔ"),
)
#: Scottish Gaelic ("12 Am Màrt 2022": the month with its article, see ``dates._DAY_MONTH_YEAR``; "samhain",
#: November, is Irish's too, above), Kurmanji Kurdish in Latin letters ("12 Adar 2022") and Guarani ("12
#: Jasyapy 2022", "moon three": its months are "jasy", moon, and a number; written with precomposed "ĩ" and
#: "õ"): the languages of the sixteenth held-out batch.
_MONTH_WORDS_GD_KMR_GN: tuple[tuple[int, str], ...] = (
    (1, "faoilleach rêbendan jasyteĩ"),
    (2, "gearran reşemî jasykõi"),
    (3, "màrt adar jasyapy"),
    (4, "giblean nîsan jasyrundy"),
    (5, "cèitean gulan jasypo"),
    (6, "ògmhios hezîran jasypoteĩ"),
    (7, "iuchar tîrmeh jasypokõi"),
    (8, "lùnastal tebax jasypoapy"),
    (9, "sultain îlon jasyporundy"),
    (10, "dàmhair cotmeh jasypa"),
    (11, "mijdar jasypateĩ"),
    (12, "dùbhlachd berfanbar jasypakõi"),
)
#: West Frisian ("12 maaie 2022"; its "maart", "april", "juny", "july", "augustus", "oktober" are Dutch's or
#: English's, above), Romansh in Rumantsch Grischun ("12 da favrer 2022", the preposition "da" read by
#: ``dates._DAY_MONTH_YEAR``; "mars", "october", ... above) and Setswana ("12 Phatwe 2022"): the languages of
#: the seventeenth held-out batch.
_MONTH_WORDS_FY_RM_TN: tuple[tuple[int, str], ...] = (
    (1, "jannewaris schaner ferikgong"),
    (2, "febrewaris favrer tlhakole"),
    (3, "mopitlwe"),
    (4, "avrigl moranang"),
    (5, "maaie matg motsheganong"),
    (6, "zercladur seetebosigo"),
    (7, "fanadur phukwi"),
    (8, "avust phatwe"),
    (9, "septimber settember lwetse"),
    (10, "diphalane"),
    (11, "novimber ngwanatsele"),
    (12, "desimber sedimonthole"),
)
#: Māori ("12 Mahuru 2022"; its hyphenated months, "Poutū-te-rangi", are read by ``dates._HYPHENATED_DMY``),
#: Esperanto ("la 12-a de marto 2022"), Occitan ("12 de febrièr de 2022"; "març", "abril", "mai", "agost",
#: ... are Catalan's, above), Sesotho ("12 Hlakubele 2022"; "lwetse" is Setswana's, above) and Bashkir ("12
#: ғинуар 2022"; its other months are Russian's nominatives, above): the languages of the eighteenth
#: held-out batch, with the Māori months also written without their macrons.
_MONTH_WORDS_MI_EO_OC_ST: tuple[tuple[int, str], ...] = (
    (1, "kohitātea kohitatea januaro genièr pherekgong ғинуар"),
    (2, "februaro febrièr hlakola"),
    (3, "marto hlakubele"),
    (4, "aprilo mmesa"),
    (5, "haratua majo motsheanong"),
    (6, "pipiri junh phupjane"),
    (7, "hōngongoi hongongoi julhet phupu"),
    (8, "aŭgusto phato"),
    (9, "mahuru septembro"),
    (10, "oktobro octòbre mphalane"),
    (11, "pudungwana"),
    (12, "hakihea tshitwe"),
)
#: Belarusian in Łacinka, the Latin alphabet some Belarusian outlets publish beside Cyrillic (genitive, as
#: dates write them, and nominative): "9 studzienia 2020", "Abnoŭlena 10 studzienia 2020". None is another
#: language's other month ("luty" is Polish February too; Croatian "lipanj"/"lipnja", June, are not
#: "lipień").
_MONTH_WORDS_BE_LATN: tuple[tuple[int, str], ...] = (
    (1, "studzienia studzień"),
    (2, "lutaha luty"),
    (3, "sakavika sakavik"),
    (4, "krasavika krasavik"),
    (5, "traŭnia travień"),
    (6, "červienia červień"),
    (7, "lipienia lipień"),
    (8, "žniŭnia žnivień"),
    (9, "vieraśnia vierasień"),
    (10, "kastryčnika kastryčnik"),
    (11, "listapada listapad"),
    (12, "sniežnia sniežań"),
)
#: Chuvash (Cyrillic with four letters of its own: ӑ, ӗ, ҫ, ӳ), as a template's "d F Y" writes it: "9 кӑрлач
#: 2020", the top bar's "30 чӳк 2024". Chuvash text on the web is often typed with the Latin look-alikes of
#: those letters (ă, ĕ, ç, ÿ: keyboards without a Chuvash layout), so each month is also spelled so
#: (:data:`_CHUVASH_LATIN_LOOKALIKES`). May, "ҫу", is two letters: shorter than any month word a text date
#: reads (three letters at least, so that no two-letter word of prose is tried), and left out. No word is
#: another language's month.
_MONTH_WORDS_CV: tuple[tuple[int, str], ...] = (
    (1, "кӑрлач"),
    (2, "нарӑс"),
    (3, "пуш"),
    (4, "ака"),
    (6, "ҫӗртме"),
    (7, "утӑ"),
    (8, "ҫурла"),
    (9, "авӑн"),
    (10, "юпа"),
    (11, "чӳк"),
    (12, "раштав"),
)
#: Crimean Tatar in its Latin alphabet writes September and October with a circumflex ("14 oktâbr 2019",
#: "sentâbr"); its other months are Uzbek's, Azerbaijani's or Turkish's spellings above ("yanvar", "mayıs",
#: "noyabr"). The thirty-sixth held-out batch.
_MONTH_WORDS_CRH: tuple[tuple[int, str], ...] = ((9, "sentâbr"), (10, "oktâbr"))
#: Belarusian, Armenian and Kazakh months abbreviated as CLDR writes them in dates (ICU's and the browsers'
#: Intl medium dates: "9 студ. 2020 г.", "09 հնվ, 2020 թ.", "2020 ж. 09 қаң."; the dot is read by the text
#: patterns), as ext35 and ext36 added Georgian's and Ukrainian's. Belarusian's "лют", "ліп", "вер" and "мая"
#: are Ukrainian's or Russian's already, and its August "жн." is two letters, shorter than any month word the
#: patterns take (left unread). A word is read as a month only beside a day and a year, where none of these
#: stems ("жел", "қаз") stands in prose; Kazakh's August "там." is left out, a Russian word ("там", "there")
#: that can stand before a number. The thirty-seventh held-out batch.
_MONTH_WORDS_BE_HY_KK_ABBR: tuple[tuple[int, str], ...] = (
    (1, "студ հնվ қаң"), (2, "փտվ ақп"), (3, "сак մրտ нау"), (4, "крас ապր сәу"), (5, "մյս мам"),
    (6, "чэрв հնս мау"), (7, "հլս шіл"), (8, "օգս"), (9, "սեպ қыр"), (10, "кастр հոկ қаз"),
    (11, "ліст նոյ қар"), (12, "снеж դեկ жел"),
)  # fmt: skip
#: Azerbaijani months abbreviated as CLDR writes them, without a dot, in ICU's and the browsers' Intl medium
#: date ("09 yan 2020", "30 noy 2024"); "fev", "mar", "apr", "may" and "okt" are other languages' already.
#: Some are words of their own ("yan", "side"; "sen", Turkish "you"), read as a month only beside a day and
#: a year, as every word of the table. The thirty-eighth held-out batch.
_MONTH_WORDS_AZ_ABBR: tuple[tuple[int, str], ...] = (
    (1, "yan"), (6, "iyn"), (7, "iyl"), (8, "avq"), (9, "sen"), (11, "noy"), (12, "dek"),
)  # fmt: skip
#: Estonian months abbreviated as CLDR writes them, without a dot, after a day with its dot, in ICU's and
#: the browsers' Intl medium date ("9. jaan 2020", "30. nov 2024"); "apr", "mai", "aug", "sept", "okt" and
#: "nov" are other languages' already, "märts", "juuni" and "juuli" are the full names (above). "Jaan" is
#: also a man's name, read as a month only beside a day and a year, as every word of the table. The
#: thirty-ninth held-out batch.
_MONTH_WORDS_ET_ABBR: tuple[tuple[int, str], ...] = ((1, "jaan"), (2, "veebr"), (12, "dets"))
#: Sakha (Yakut) months, as CLDR's long Sakha date writes them, year first ("2020 сыл тохсунньу 9 күнэ",
#: ``dates._SAKHA_YMD``): eight of the twelve are two words ("кулун тутар", "ыам ыйын"), looked up as written
#: with one space, and only by that pattern (the months' second word "ыйын", "month", is no month alone).
#: Moldovan written in the Cyrillic alphabet (Romanian's months spelled as the Moldovan Cyrillic alphabet
#: writes them: ``ianuarie`` -> "януарие", ``decembrie`` -> "дечембрие"), as the region's agencies publishing
#: in Moldovan Cyrillic print their dates: "9 януарие 2020, 14:05", "Актуализат: 10 януарие 2020" (the
#: update label is Romanian's "actualizat" transliterated). May is Russian's "май" already. No word is a
#: Russian or Ukrainian word. The forty-second held-out batch.
_MONTH_WORDS_MO_CYRL: tuple[tuple[int, str], ...] = (
    (1, "януарие"), (2, "фебруарие"), (3, "мартие"), (4, "априлие"), (6, "июние"), (7, "июлие"),
    (8, "аугуст"), (9, "септембрие"), (10, "октомбрие"), (11, "ноембрие"), (12, "дечембрие"),
)  # fmt: skip
#: Abkhaz months, as an outlet's Abkhaz edition dates its stories ("09 ажьырныҳәа 2020, 14:05", the top bar's
#: "30 абҵара 2024"): Cyrillic with Abkhaz's own letters (ҳ, ә, ԥ, ҵ, ҷ, ҭ); no word is a Russian one. The
#: forty-fourth held-out batch, from the forty-third's leftover.
_MONTH_WORDS_AB: tuple[tuple[int, str], ...] = (
    (1, "ажьырныҳәа"), (2, "жәабран"), (3, "хәажәкыра"), (4, "мшаԥы"), (5, "лаҵара"), (6, "рашәара"),
    (7, "ԥхынгәы"), (8, "нанҳәа"), (9, "цәыббра"), (10, "жьҭаара"), (11, "абҵара"), (12, "ԥхынҷкәын"),
)  # fmt: skip
#: Maltese ("9 ta' Jannar 2020", the day joined to its month by "ta'", "of": see ``dates._DAY_MONTH_YEAR``;
#: "april" and "novembru" are above). The forty-eighth held-out batch.
_MONTH_WORDS_MT: tuple[tuple[int, str], ...] = (
    (1, "jannar"), (2, "frar"), (3, "marzu"), (5, "mejju"), (6, "ġunju"), (7, "lulju"), (8, "awwissu"),
    (9, "settembru"), (10, "ottubru"), (12, "diċembru"),
)  # fmt: skip
#: Breton ("9 a viz Genver 2020", "the 9th of the month of January": the day joined to its month by "a viz",
#: see ``dates._DAY_MONTH_YEAR``, which also steps over the "c'" of "C'hwevrer", February, so that its word is
#: "hwevrer"). Its three short months, "Mae" (May), "Here" (October) and "Du" (November), are other languages'
#: words ("du", "here"): read only after "a viz" (``dates._VIZ_MONTHS``). The forty-ninth held-out batch.
_MONTH_WORDS_BR: tuple[tuple[int, str], ...] = (
    (1, "genver"), (2, "hwevrer"), (3, "meurzh"), (4, "ebrel"), (6, "mezheven"), (7, "gouere"), (8, "eost"),
    (9, "gwengolo"), (12, "kerzu"),
)  # fmt: skip
SAKHA_MONTHS: dict[str, int] = {
    "тохсунньу": 1, "олунньу": 2, "кулун тутар": 3, "муус устар": 4, "ыам ыйын": 5, "ыам ыйа": 5,
    "бэс ыйын": 6, "бэс ыйа": 6, "от ыйын": 7, "от ыйа": 7, "атырдьах ыйын": 8, "атырдьах ыйа": 8,
    "балаҕан ыйын": 9, "балаҕан ыйа": 9, "алтынньы": 10, "сэтинньи": 11, "ахсынньы": 12,
}  # fmt: skip
_CHUVASH_LATIN_LOOKALIKES = str.maketrans({"ӑ": "ă", "ӗ": "ĕ", "ҫ": "ç", "ӳ": "ÿ"})
for _number, _words in (
    tuple((n + 1, f"{MONTH_NAMES_EN[n].lower()} {MONTH_NAMES_RU[n]}") for n in range(12))
    + _MONTH_WORDS
    + _MONTH_WORDS_UK
    + _MONTH_WORDS_UK_ABBR
    + _MONTH_WORDS_BG
    + _MONTH_WORDS_HU
    + _MONTH_WORDS_MORE
    + _MONTH_WORDS_EAST
    + _MONTH_WORDS_KA_ABBR
    + _MONTH_WORDS_SOUTH
    + _MONTH_WORDS_GR_HE_TR
    + _MONTH_WORDS_AZ_HY_IS_SQ
    + _MONTH_WORDS_CY
    + _MONTH_WORDS_AF_HA_HT_UZ_TK
    + _MONTH_WORDS_RW_SO_KL_TG
    + _MONTH_WORDS_KY_POSSESSIVE
    + _MONTH_WORDS_ZU_MG_TET_PAP_TT
    + _MONTH_WORDS_LB_GL_GA_OM_EU
    + _MONTH_WORDS_SN_SE_KK_ZGH
    + _MONTH_WORDS_GD_KMR_GN
    + _MONTH_WORDS_FY_RM_TN
    + _MONTH_WORDS_MI_EO_OC_ST
    + _MONTH_WORDS_BE_LATN
    + _MONTH_WORDS_CV
    + _MONTH_WORDS_CRH
    + _MONTH_WORDS_BE_HY_KK_ABBR
    + _MONTH_WORDS_AZ_ABBR
    + _MONTH_WORDS_ET_ABBR
    + _MONTH_WORDS_MO_CYRL
    + _MONTH_WORDS_AB
    + _MONTH_WORDS_MT
    + _MONTH_WORDS_BR
    + tuple((n, words.translate(_CHUVASH_LATIN_LOOKALIKES)) for n, words in _MONTH_WORDS_CV)
):
    for _word in _words.split():
        MONTHS[_word] = _number

# --- titles and site names -----------------------------------------------------------------------------
#: What separates a headline from a site name or section in ``<title>``: a dash, pipe, colons, guillemets,
#: slash or bullet surrounded by spaces. Read as ``TITLE_SEPARATOR_RE`` or ``title_separator_re()``.
_TITLE_SEPARATOR = (
    r"\s+(?:[|–—·•«»/\\~]|-{1,2}|::|:|>{1,2}|<{1,2})\s+|\s*\|\s*|\s+::\s*"
    # Chinese and Japanese titles set separators without spaces: "标题--时政--人民网", "見出し：紙名".
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff])(?:-{1,2}|_|——|：|｜)(?=[\u3040-\u30ff\u3400-\u9fff])"
)


@functools.lru_cache(maxsize=1)
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
