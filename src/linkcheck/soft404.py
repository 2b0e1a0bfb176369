"""Soft 404s from content: a page that answers 200 but is an error page, or the site's front page.

:func:`soft_404_reason` is pure: it reads the requested and final URLs, the redirect count and the
extracted :class:`~linkcheck.models.Metadata`, never the network. Its signals, in order:

1. **Error title.** A title (the headline or any title candidate: ``<title>``, ``og:title``, ``<h1>``) that
   *is* an error message: every piece of it (split at `` - ``, `` | ``, ``: ``, ``!``, ...) is an error phrase
   from :data:`ERROR_PHRASES` (or :data:`ERROR_PATTERNS`), filler (``Oops``, ``404``, ``Sorry``) or the site's
   name. ``Page not found | The Harbor Gazette`` and ``Fehler 404: Seite nicht gefunden`` are error titles;
   ``Not Found: the hunt for the Tsar's gold`` and ``How to fix 404 errors`` are not. The headline must be an
   error title, or else every title the page offers must be an error title or its site's name: an
   ``<h1>404</h1>`` beside a real headline is not enough; but a title of the site's name and a placeholder's
   phrase (``<site> – Coming Soon``, ``Under Construction``) speaks for the whole site, whatever the page's
   heading says. A web server's own pages (``Welcome to nginx!``, ``Index of /news/``, a hosting panel's
   ``Default Web Site Page``) are error titles. A quoted span whose words end with the requested URL's slug is
   read as ``that`` first: ``We couldn't find “reservoir-fees-rise-for-2020”`` is ``We couldn't find that``,
   an error page echoing what was asked for, not the article the slug names; so is the unquoted echo of a
   theme's ``Nothing found for <the path's words>``. A title with no letter (``44``, a styled ``4<icon>4``) or
   of interjections only (``SORRY!``, ``Oops!``) is no headline. An error title whose every error phrase says
   the site is down for now (:data:`_DOWN_PHRASES`: "This page is being updated", "Технические работы", a
   browser's own "This site can't be reached") gives ``Cause.SERVER_ERROR``: the checker reports an ``error``,
   not a soft 404; one whose every error phrase is a rate limiter's (:data:`_BUSY_PHRASES`: "Too Many
   Requests", "Слишком много запросов") gives ``Cause.RATE_LIMITED``: ``blocked``.
   **Notices in place of the story**, read from the titles too: an outlet's notice that it closed, that an
   edition of its own was discontinued, or that its older stories are offline or their archive is moving
   (:func:`closure_title`), that it relaunched its website (:func:`relaunch_title`: "Мы обновили сайт"), a
   site dark for a while on purpose (:func:`dark_title`: ``Cause.SERVER_ERROR``) and a story's comment thread
   (:func:`comments_title`), each on a page declaring no article's date; and, on any page, a wire's notice
   withdrawing the story (:func:`withdrawal_title`: ``KILL: <headline>``, ``<Agency> отзывает сообщение
   «...»``), which declares its own date and quotes the headline it withdraws.
2. **Error address.** A redirect that ends on ``/404``, ``/error``, ``/not-found``, ``/page-not-found``, ...
3. **Front page.** An article URL (a path with an id or a date, a long slug, a ``.html`` page, three or more
   segments, or a numeric id in the query: three digits or more, or any under an id key such as ``?id=88``)
   that was redirected to the site's root (``/``, ``/index.html``, a language root such as ``/en/``), to a
   bare section above it (``/politika/7487995`` -> ``/politika/``) or, when the page has no date of its
   own, beside it under the same first segment (``/news/2019/jul/22/carnival`` -> ``/news/local/``); to a
   site search (``/search?q=...``, WordPress's ``/search/<words>/`` and ``/?s=<words>``); to a tag, topic,
   category or author page (``/tag/harbour-ferries/``); to a page of one or two segments headed by its own
   last segment's name (``Local`` at ``/local/?from=legacy``: a section's front); or, without any redirect,
   whose page is a site search for the slug's words (its title ``Risultati della ricerca per: <the slug's
   words>``, :func:`is_search_echo`) or declares the root as its canonical URL and has no published date,
   or (added after the seed7 probe) declares a bare section as its canonical (``/politics/``,
   :func:`_is_bare_section`) and has no date of its own but its URL's: a story taken down and its
   section's front served at its address. A
   number under a key that says where the reader came from (``/?ref=404``) is no article id.

Reasons for the front-page signal contain the words ``front page`` (the checker maps them to
``Cause.FRONT_PAGE``); :func:`soft_404_signal` returns the cause explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import parse_qsl

from linkcheck.gates import address_gate, declares_an_article, gate_signal
from linkcheck.lazyre import lazy_re
from linkcheck.memo import PAGE_KEYS, once
from linkcheck.models import Cause, Metadata
from linkcheck.names import (
    LISTING_SLOGANS,
    SEPARATORS,
    WordSearch,
    fold,
    folded_pieces,
    folded_set,
    host_labels,
    hosts_of,
    is_site_segment,
    news_slogan,
    outlet_matches,
    slug_words,
    split_at_keys,
    title_pieces,
    url_parts,
)
from linkcheck.urls import campaign_key

__all__ = [
    "ERROR_PATTERNS",
    "ERROR_PHRASES",
    "closure_title",
    "comments_title",
    "correction_title",
    "dark_title",
    "drop_echo",
    "echoes_slug",
    "first_sentence",
    "has_error_phrase",
    "holds_story_text",
    "is_article_url",
    "is_blocked_title",
    "is_error_title",
    "is_moved_title",
    "is_search_echo",
    "links_page_title",
    "made_after_address",
    "may_say_moved",
    "platform_of",
    "relaunch_title",
    "same_site",
    "says_gone",
    "says_withdrawn",
    "sentences",
    "server_status_title",
    "signup_page_title",
    "soft_404_reason",
    "soft_404_signal",
    "undated_short_page",
    "withdrawal_title",
]

#: A relaunch's placeholder where the site was ("<site> – Coming Soon", "Under Construction"): English error
#: phrases, and whole-site ones (:func:`_names_a_placeholder`).
_PLACEHOLDER_PHRASES = (
    "coming soon", "website coming soon", "site coming soon", "under construction", "site under construction",
    "website under construction", "launching soon",
)  # fmt: skip
#: The same placeholder in languages written in Cyrillic ("Сайт находится в разработке", Ukrainian "Сайт у
#: розробці", Bulgarian "Сайтът е в процес на изграждане", Serbian "Сајт је у изградњи"): each language's
#: error phrases, and whole-site ones as the English are.
_CYRILLIC_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "ru": (
        "сайт в разработке", "сайт находится в разработке", "сайт в стадии разработки",
        "сайт находится в стадии разработки", "страница в разработке", "страница находится в разработке",
        "сайт на реконструкции", "сайт находится на реконструкции",
    ),
    "uk": (
        "сайт у розробці", "сайт в розробці", "сайт знаходиться в розробці", "сайт знаходиться у розробці",
        "сторінка в розробці", "сторінка у розробці",
    ),
    "bg": ("сайтът е в процес на изграждане", "сайтът е в изграждане", "сайт в процес на изграждане"),
    "sr": ("сајт је у изградњи", "сајт у изградњи", "сајт се гради"),
}  # fmt: skip

#: Error messages that say the site is down for now, not that the page is gone (also in
#: :data:`ERROR_PHRASES`): a page or site down for maintenance, served 200 ("This page is being updated",
#: "Site under maintenance", WordPress's "Briefly unavailable for scheduled maintenance", "Технические
#: работы", "Страница обновляется"), and a browser's own error page saved and served in place of the page
#: (Chromium's "This site can't be reached", "Не удается получить доступ к сайту"; Firefox's "Hmm. We're
#: having trouble finding that site."). A title that is one of these is an ``error``, not a soft 404.
_DOWN_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "this page is being updated", "page is being updated", "this page is currently being updated",
        "page under maintenance", "site under maintenance", "website under maintenance", "under maintenance",
        "down for maintenance", "site down for maintenance", "scheduled maintenance", "maintenance mode",
        "briefly unavailable for scheduled maintenance", "we'll be back soon", "we will be back soon",
        "this site can't be reached", "this site cannot be reached", "this page isn't working",
        "this site can't provide a secure connection", "we're having trouble finding that site",
        "server not found", "unable to connect", "the connection has timed out", "problem loading page",
        # a CDN's or host's page when the site's own server does not answer ("The site's server is not
        # responding", "Website temporarily unavailable")
        "site temporarily unavailable", "website temporarily unavailable", "server not responding",
        "server is not responding", "the server is not responding", "the site's server is not responding",
        "origin server not responding", "the origin server is not responding",
    ),
    "ru": (
        "технические работы", "ведутся технические работы", "на сайте ведутся технические работы",
        "страница обновляется", "сайт обновляется", "сайт на техническом обслуживании",
        "не удается получить доступ к сайту", "не удаётся получить доступ к сайту", "страница не работает",
        "сайт временно недоступен", "сайт временно не доступен", "сервер не отвечает",
        "сервер сайта не отвечает",
    ),
    # German, French, Spanish, Italian and Dutch: "Wartungsarbeiten", "Site en maintenance", "Sitio en
    # mantenimiento", "Sito in manutenzione", "Website in onderhoud" (the maintenance word alone where it
    # names no other thing: not Dutch "onderhoud", a do-it-yourself site's section)
    "de": (
        "wartungsarbeiten", "wartungsmodus", "wartungsarbeiten auf der website", "seite wird gewartet",
        "website wird gewartet", "wir sind bald zurück", "wir sind gleich zurück", "wegen wartungsarbeiten",
    ),
    "fr": (
        "site en maintenance", "site en cours de maintenance", "maintenance en cours", "en maintenance",
        "nous revenons bientôt", "de retour bientôt", "maintenance programmée",
    ),
    "es": (
        "sitio en mantenimiento", "sitio web en mantenimiento", "en mantenimiento",
        "estamos en mantenimiento", "volvemos pronto", "mantenimiento programado",
    ),
    "it": (
        "sito in manutenzione", "in manutenzione", "manutenzione in corso", "torniamo presto",
        "manutenzione programmata",
    ),
    "nl": (
        "website in onderhoud", "in onderhoud", "gepland onderhoud", "onderhoudswerkzaamheden",
        "we zijn zo terug", "we zijn snel terug",
    ),
    # Polish: a site's own page while it is down for maintenance, served 200 ("Przerwa techniczna",
    # "Trwają prace konserwacyjne", "Strona w trakcie konserwacji"): the site is there and will answer later
    "pl": (
        "przerwa techniczna", "trwa przerwa techniczna", "prace techniczne", "trwają prace techniczne",
        "prace konserwacyjne", "trwają prace konserwacyjne", "prace serwisowe", "trwają prace serwisowe",
        "przerwa serwisowa", "strona w trakcie konserwacji", "serwis w trakcie konserwacji",
    ),
    # Portuguese, Finnish, Greek, Turkish, Czech and Swedish: "Site em manutenção", "Huoltokatko" (a service
    # break), "Υπό συντήρηση", "Bakım çalışması", "Probíhá údržba", "Underhåll pågår" (the maintenance word
    # alone only where it names no other thing: not Portuguese "manutenção", a garage's service page)
    "pt": (
        "site em manutenção", "site em manutenção programada", "estamos em manutenção", "em manutenção",
        "página em manutenção", "manutenção programada", "voltamos em breve", "voltaremos em breve",
    ),
    "fi": (
        "huoltokatko", "huoltotauko", "sivusto huollossa", "sivusto on huollossa", "palvelu on huollossa",
        "huoltotyöt käynnissä", "sivustolla tehdään huoltotöitä", "palaamme pian", "palaamme pian takaisin",
    ),
    "el": (
        "υπό συντήρηση", "ο ιστότοπος είναι υπό συντήρηση", "η σελίδα είναι υπό συντήρηση",
        "ιστότοπος υπό συντήρηση", "σελίδα υπό συντήρηση", "εργασίες συντήρησης", "επιστρέφουμε σύντομα",
    ),
    "tr": (
        "bakım çalışması", "bakım çalışması var", "sitemiz bakımda", "site bakımda", "bakımdayız",
        "bakım modu", "planlı bakım", "yakında döneceğiz", "kısa süre içinde geri döneceğiz",
    ),
    "cs": (
        "probíhá údržba", "údržba webu", "web je v údržbě", "stránka je v údržbě", "plánovaná údržba",
        "brzy jsme zpět", "probíhá údržba webu",
        # a site or page rebuilt (rot58), whole: "Hrad je v rekonstrukci" (a castle) is no such title
        "stránka je v rekonstrukci", "web je v rekonstrukci", "stránky jsou v rekonstrukci",
        "probíhá rekonstrukce webu", "stránka je v rekonštrukcii", "web je v rekonštrukcii",
    ),
    "sv": (
        "underhåll pågår", "webbplatsen underhålls", "sidan är under underhåll", "planerat underhåll",
        "vi är snart tillbaka", "webbplatsen är under underhåll",
    ),
    # Hungarian and Vietnamese: "Az oldal karbantartás alatt áll", "Website đang bảo trì" (not the bare
    # maintenance word: Hungarian "karbantartás" is a garage's service page, Vietnamese "bảo trì" a repair
    # shop's)
    "hu": (
        "karbantartás alatt", "az oldal karbantartás alatt áll", "a weboldal karbantartás alatt áll",
        "az oldal karbantartás alatt", "a honlap karbantartás alatt áll", "karbantartás alatt áll",
        "tervezett karbantartás", "karbantartást végzünk", "hamarosan visszatérünk",
    ),
    "vi": (
        "đang bảo trì", "website đang bảo trì", "trang web đang bảo trì", "hệ thống đang bảo trì",
        "website đang được bảo trì", "hệ thống đang được bảo trì", "bảo trì hệ thống",
        "chúng tôi sẽ sớm trở lại",
    ),
    # Romanian, Croatian (and Serbian and Bosnian in Latin script) and Ukrainian: "Site în mentenanță",
    # "Stranica je u održavanju", "Технічні роботи" (not the bare maintenance word: Romanian "mentenanță" is
    # an IT firm's service page, Croatian "održavanje" a garden's, Ukrainian "обслуговування" a bank's)
    "ro": (
        "site în mentenanță", "site în mentenanta", "site-ul este în mentenanță", "în mentenanță",
        "site în întreținere", "lucrări de mentenanță",
        "mentenanță programată", "revenim în curând", "revenim curând",
    ),
    "hr": (
        "stranica je u održavanju", "stranica u održavanju", "u održavanju", "održavanje u tijeku",
        "radovi na održavanju", "planirano održavanje", "uskoro se vraćamo", "sajt je u održavanju",
        "održavanje sajta", "održavanje stranice",
    ),
    "uk": (
        "технічні роботи", "тривають технічні роботи", "на сайті тривають технічні роботи",
        "проводяться технічні роботи", "на сайті проводяться технічні роботи",
        "сайт на технічному обслуговуванні",
        "технічне обслуговування сайту", "сайт оновлюється", "сторінка оновлюється",
    ),
    # Lithuanian, Latvian, Estonian, Bulgarian, Serbian in Cyrillic, Norwegian and Danish: "Vyksta techniniai
    # darbai", "Notiek tehniskie darbi", "Lehel toimuvad hooldustööd", "Сайтът е в профилактика", "Сајт је у
    # одржавању", "Nettstedet er under vedlikehold", "Siden er under vedligeholdelse" (not the bare
    # maintenance word: Estonian "hooldustööd" and Norwegian "vedlikehold" are a garage's service pages,
    # Bulgarian "профилактика" a clinic's)
    "lt": (
        "vyksta techniniai darbai", "techniniai darbai", "svetainė laikinai neveikia", "svetainė tvarkoma",
        "vyksta svetainės priežiūros darbai", "svetainės priežiūros darbai", "netrukus grįšime",
    ),
    "lv": (
        "notiek tehniskie darbi", "tehniskie darbi", "mājaslapa īslaicīgi nav pieejama",
        "vietne īslaicīgi nav pieejama", "mājaslapa tiek atjaunināta", "vietne tiek atjaunināta",
        "drīzumā atgriezīsimies",
    ),
    "et": (
        "lehel toimuvad hooldustööd", "veebilehel toimuvad hooldustööd", "toimuvad hooldustööd",
        "hooldustööd käivad", "veebileht on ajutiselt kättesaamatu", "leht on ajutiselt kättesaamatu",
        "oleme varsti tagasi", "oleme peagi tagasi",
    ),
    "bg": (
        "сайтът е в профилактика", "сайтът е в процес на поддръжка", "сайтът е в поддръжка",
        "сайтът временно е недостъпен", "сайтът е временно недостъпен", "извършваме профилактика",
        "планирана профилактика", "технически дейности по сайта",
    ),
    "sr": (
        "сајт је у одржавању", "сајт је тренутно у одржавању", "у одржавању", "радови на одржавању",
        "планирано одржавање", "сајт је у припреми", "ускоро се враћамо",
    ),
    "no": (
        "nettstedet er under vedlikehold", "nettsiden er under vedlikehold", "siden er under vedlikehold",
        "under vedlikehold", "planlagt vedlikehold", "vedlikehold pågår", "vi er snart tilbake",
    ),
    "da": (
        "siden er under vedligeholdelse", "hjemmesiden er under vedligeholdelse", "under vedligeholdelse",
        "planlagt vedligeholdelse", "vedligeholdelse i gang", "vi er snart tilbage",
    ),
}  # fmt: skip

#: Error messages that say the site refuses the reader's requests for now, served 200 in place of the page
#: (a rate limiter's "Too Many Requests", "Слишком много запросов"; also in :data:`ERROR_PHRASES`): the site
#: is there and will answer later. A title that is one of these is ``blocked`` (rate limited), not a soft 404.
_BUSY_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "too many requests", "429 too many requests", "rate limit exceeded", "rate limited",
        "you have been rate limited", "you are being rate limited", "request limit exceeded",
    ),
    "ru": (
        "слишком много запросов", "превышен лимит запросов", "превышено количество запросов",
        "превышен лимит обращений",
    ),
}  # fmt: skip

#: Whole error messages, by language, as pages write them in titles and headings. Compared after
#: :func:`linkcheck.names.fold` (case, accents, quotes, punctuation; Cyrillic romanised), so write them
#: naturally. A title piece must equal one of these (after filler words are trimmed), not merely contain it.
ERROR_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        # a CMS's page for a preview link that lapsed or a draft since published or deleted, and a short-link
        # service's page for a link past its expiry date (rot55): the cited link shows no article
        "preview expired", "preview unavailable", "preview no longer available", "this preview has expired",
        "this preview is no longer available", "preview link expired", "this preview link has expired",
        "this preview link is no longer valid", "draft not found", "draft no longer available",
        "this draft is no longer available", "this draft is not available", "link expired",
        "this link has expired", "short link expired", "this short link has expired",
        "this link is no longer active", "this short link is no longer active",
        "page not found", "not found", "404 not found", "file not found", "document not found",
        # IIS's stock page for a missing file ("404 - File or directory not found."), kept by a custom-error
        # setting that rewrites the answer in place
        "file or directory not found",
        # a Kubernetes ingress's default backend, which answers every address no rule routes ("default
        # backend - 404", its whole body): no site's page stands behind it
        "default backend",
        "article not found", "story not found", "content not found", "resource not found", "nothing found",
        "nothing was found", "nothing here", "page unavailable", "page not available", "content unavailable",
        "content not available", "page no longer available", "page does not exist", "page doesn't exist",
        "this page does not exist", "this page doesn't exist", "page missing", "missing page", "lost page",
        "page gone", "this page is gone", "you're lost", "looks like you're lost", "are you lost",
        "error page", "not found error", "http 404", "404 page", "page 404", "404 error page",
        "content removed", "article removed", "story removed", "page removed", "post removed",
        "content deleted", "article deleted", "story deleted", "article unpublished", "story unpublished",
        "content unpublished", "content expired", "article expired",
        # a host's or site builder's placeholder for a site that is no more: a control panel's suspended
        # account, a blog host's deleted site, a domain pointed at no site
        "account suspended", "this account has been suspended", "website suspended", "site suspended",
        "this site has been suspended", "site not found", "domain not connected", "site deleted",
        "this site has been deleted", "site no longer available", "this site is no longer available",
        # a web server's own page where a site was: a fresh install's welcome page, a relaunch's placeholder
        "welcome to nginx", "test page for the nginx http server", "it works", "apache2 ubuntu default page",
        "apache2 debian default page", "test page for the apache http server", "web server's default page",
        "iis windows server",
        # Apache Tomcat's page for a fresh install ("If you're seeing this, you've successfully installed
        # Tomcat. Congratulations!")
        "successfully installed tomcat", "you've successfully installed tomcat",
        "you have successfully installed tomcat",
        # a hosting panel's page for a domain that points at its server and no site there (cPanel's "Default
        # Web Site Page": "SORRY! ... The IP address has changed", Plesk's "Domain Default page")
        "default web site page", "default website page", "domain default page", *_PLACEHOLDER_PHRASES,
        # ... or says so in words ("Site not configured", "No website is configured for this domain")
        "site not configured", "website not configured", "domain not configured", "no site configured",
        "no website configured", "no site is configured for this domain",
        "no website is configured for this domain", "this domain is not configured",
        # a site host's placeholder for a site whose plan lapsed ("Website Expired ... Log in to renew")
        "website expired", "site expired", "this website has expired", "this site has expired",
        # ... or says its hosting account lapsed ("Hosting Expired", "The hosting account for this website has
        # expired")
        "hosting expired", "hosting account expired", "hosting has expired",
        "the hosting account for this website has expired", "the hosting for this website has expired",
        # a video platform's player or page for a video that is gone ("Video currently unavailable")
        "video unavailable", "video currently unavailable", "this video is unavailable",
        "this video is currently unavailable", "this video is no longer available",
        "video no longer available",
        # a web archive's answer for an address it holds no capture of ("This page was not archived"): a
        # cited snapshot that does not exist
        "this page was not archived", "this page has not been archived", "page not archived",
        "this page was not captured", "this page has not been captured", "page not captured",
        *_DOWN_PHRASES["en"], *_BUSY_PHRASES["en"],
    ),
    "ru": (
        "страница не найдена", "страница не существует", "такой страницы нет", "такой страницы не существует",
        "страница удалена", "страница была удалена", "страница не найдена или удалена",
        "запрашиваемая страница не найдена", "запрашиваемая страница не существует",
        "запрашиваемая страница не найдена или была удалена", "документ не найден", "не найдено",
        "ничего не найдено", "материал не найден", "новость не найдена", "статья не найдена",
        "страницы не существует", "страница не доступна", "страница недоступна",
        # the story withdrawn, said as a heading: "Материал недоступен"
        "материал недоступен", "материал не доступен", "материал временно недоступен", "статья недоступна",
        "публикация недоступна", "новость недоступна", "страница временно недоступна",
        # a host's stub for a site switched off (an unpaid plan): "Сайт временно отключён"
        "сайт отключен", "сайт отключён", "сайт временно отключен", "сайт временно отключён",
        "сайт приостановлен", "работа сайта приостановлена",
        *_DOWN_PHRASES["ru"], *_BUSY_PHRASES["ru"], *_CYRILLIC_PLACEHOLDERS["ru"],
    ),
    "uk": (
        "сторінку не знайдено", "сторінка не знайдена", "сторінки не існує", "такої сторінки не існує",
        "не знайдено", "сторінку не знайдено або видалено", "матеріал не знайдено",
        *_DOWN_PHRASES["uk"], *_CYRILLIC_PLACEHOLDERS["uk"],
    ),
    "de": (
        # an expired CMS preview, an expired short link (rot55)
        "vorschau abgelaufen", "diese vorschau ist abgelaufen", "vorschau nicht mehr verfügbar",
        "vorschaulink abgelaufen", "der vorschaulink ist abgelaufen", "entwurf nicht mehr verfügbar",
        "link abgelaufen", "dieser link ist abgelaufen", "dieser kurzlink ist abgelaufen",
        "seite nicht gefunden", "die seite wurde nicht gefunden",
        "die angeforderte seite wurde nicht gefunden", "die gesuchte seite wurde nicht gefunden",
        "die seite konnte nicht gefunden werden",
        "seite existiert nicht", "diese seite existiert nicht", "die seite existiert nicht",
        "diese seite gibt es nicht", "diese seite gibt es nicht mehr", "nicht gefunden",
        "seite nicht verfügbar", "artikel nicht gefunden", "inhalt nicht gefunden", "seite nicht vorhanden",
        "diese seite ist nicht verfügbar", "die seite ist nicht mehr verfügbar", "seite nicht mehr verfügbar",
        "depublizierter inhalt", "depublizierter beitrag", "depublizierter artikel", "inhalt depubliziert",
        "beitrag depubliziert", "artikel depubliziert",
        # a host's stub for a site whose hosting account it suspended ("Konto gesperrt ... Dieses
        # Hosting-Konto wurde gesperrt"), as English's "account suspended"
        "konto gesperrt", "hosting-konto gesperrt", "webhosting-konto gesperrt",
        "dieses konto wurde gesperrt",
        "dieses hosting-konto wurde gesperrt", "dieses hosting-konto wurde vorübergehend gesperrt",
        "dieses konto wurde vorübergehend gesperrt", "website gesperrt", "diese website wurde gesperrt",
        "webseite gesperrt", "diese webseite wurde gesperrt",
        # a host's default page for a domain with no site ("Domain nicht konfiguriert", "Für diese Domain
        # ist keine Website konfiguriert"), as English's "site not configured"
        "domain nicht konfiguriert", "website nicht konfiguriert", "diese domain ist nicht konfiguriert",
        "diese domain ist noch nicht konfiguriert", "keine website konfiguriert",
        "für diese domain ist keine website konfiguriert",
        *_DOWN_PHRASES["de"],
    ),
    "fr": (
        # an expired CMS preview, an expired short link (rot55)
        "aperçu expiré", "cet aperçu a expiré", "le lien d'aperçu a expiré",
        "cet aperçu n'est plus disponible", "aperçu indisponible", "brouillon introuvable",
        "ce brouillon n'est plus disponible", "lien expiré", "ce lien a expiré", "ce lien court a expiré",
        "page introuvable", "page non trouvée", "cette page n'existe pas", "la page n'existe pas",
        "cette page n'existe plus", "la page que vous recherchez n'existe pas",
        "la page que vous cherchez est introuvable", "la page demandée est introuvable",
        "la page demandée n'existe pas", "page inexistante", "introuvable", "article introuvable",
        "contenu introuvable", "page non disponible", "page indisponible", "erreur 404 page introuvable",
        "cette page est introuvable", "la page est introuvable", "la page que vous demandez est introuvable",
        "cette page n'est plus disponible", "la page n'est plus disponible", "cet article n'existe pas",
        "cette page n'existe pas ou plus", "la page n'existe pas ou plus", "cet article n'existe pas ou plus",
        "la page que vous cherchez n'existe pas ou plus",
        # a notice's heading where the article was: "Article retiré", "Contenu supprimé"
        "article retiré", "contenu retiré", "article supprimé", "contenu supprimé", "page supprimée",
        "article dépublié", "contenu dépublié",
        # a video platform's own notice at a removed video's page, served 200 (rot57: "Cette vidéo n'est pas
        # disponible.", "Cette vidéo a été supprimée par son propriétaire"), as English's "video unavailable"
        "cette vidéo n'est pas disponible", "cette vidéo n'est plus disponible", "vidéo indisponible",
        "vidéo non disponible", "cette vidéo a été supprimée", "vidéo supprimée", "cette vidéo n'existe pas",
        "cette vidéo n'existe plus",
        # a host's default page for a domain with no site ("Site non configuré", "Aucun site n'est configuré
        # pour ce domaine")
        "site non configuré", "domaine non configuré", "aucun site configuré",
        "aucun site n'est configuré pour ce domaine", "ce domaine n'est pas configuré",
        "ce domaine n'est pas encore configuré",
        *_DOWN_PHRASES["fr"],
    ),
    "es": (
        # an expired CMS preview, an expired short link (rot55)
        "vista previa caducada", "la vista previa ha caducado", "vista previa no disponible",
        "este borrador ya no está disponible", "enlace caducado", "este enlace ha caducado",
        "enlace expirado", "este enlace ha expirado",
        "página no encontrada", "no se encontró la página", "no se ha encontrado la página",
        "la página no existe", "esta página no existe", "la página que buscas no existe",
        "la página que busca no existe", "página no disponible", "no encontrado", "no encontrada",
        "página inexistente", "contenido no encontrado", "artículo no encontrado", "página no existe",
        "esta página no está disponible", "la página no está disponible", "la página solicitada no existe",
        "contenido retirado", "noticia retirada", "artículo retirado", "contenido eliminado",
        "noticia eliminada", "artículo eliminado",
        # a host's default page for a domain with no site ("Sitio no configurado", "No hay ningún sitio
        # configurado para este dominio")
        "sitio no configurado", "sitio web no configurado", "dominio no configurado",
        "ningún sitio configurado", "no hay ningún sitio configurado para este dominio",
        "este dominio no está configurado",
        *_DOWN_PHRASES["es"],
    ),
    "it": (
        # an expired CMS preview, an expired short link (rot55)
        "anteprima scaduta", "questa anteprima è scaduta", "link scaduto", "questo link è scaduto",
        "pagina non trovata", "la pagina non esiste", "questa pagina non esiste",
        "la pagina richiesta non è stata trovata", "la pagina che cerchi non esiste",
        "pagina non disponibile", "non trovato", "non trovata", "pagina inesistente", "contenuto non trovato",
        "articolo rimosso", "contenuto rimosso", "articolo eliminato", "contenuto eliminato",
        # a host's default page for a domain that points at its servers and no site ("Sito non
        # configurato", "Nessun sito configurato per questo dominio"), as English's "site not configured"
        "sito non configurato", "sito web non configurato", "dominio non configurato",
        "nessun sito configurato", "nessun sito web configurato",
        "nessun sito configurato per questo dominio",
        "nessun sito web configurato per questo dominio", "questo dominio non è configurato",
        *_DOWN_PHRASES["it"],
    ),
    "pt": (
        # an expired short link, an expired CMS preview (rot55)
        "link expirado", "este link expirou", "o link expirou", "pré-visualização expirada",
        "esta pré-visualização expirou",
        "página não encontrada", "esta página não existe", "a página não existe",
        "a página que você procura não existe", "a página que procura não existe", "não encontrado",
        "não encontrada", "página não disponível", "página indisponível", "página inexistente",
        "conteúdo não encontrado", "conteúdo removido", "artigo removido", "matéria removida",
        "notícia removida",
        # a video platform's own notice at a removed video's page, served 200 (rot57: "Desculpe, este vídeo
        # não está disponível.", "Este vídeo foi removido pelo seu proprietário")
        "este vídeo não está disponível", "este vídeo não está mais disponível",
        "este vídeo já não está disponível", "vídeo indisponível", "vídeo não disponível",
        "este vídeo foi removido", "vídeo removido", "este vídeo não existe",
        # a web archive's answer for an address it holds no capture of ("Esta página não foi arquivada")
        "esta página não foi arquivada", "página não arquivada", "a página não foi arquivada",
        "este endereço não foi arquivado",
        # a host's default page for a domain with no site ("Site não configurado")
        "site não configurado", "domínio não configurado", "nenhum site configurado",
        "nenhum site configurado para este domínio", "este domínio não está configurado",
        *_DOWN_PHRASES["pt"],
    ),
    "nl": (
        # an expired CMS preview, an expired short link (rot55)
        "voorbeeld verlopen", "deze preview is verlopen", "link verlopen", "deze link is verlopen",
        "pagina niet gevonden", "niet gevonden", "deze pagina bestaat niet", "de pagina bestaat niet",
        "pagina bestaat niet", "de pagina kon niet worden gevonden", "pagina niet beschikbaar",
        "deze pagina bestaat niet meer",
        # a document's page (at a cited PDF's address, rot57): "Dit document is ingetrokken", "Document niet
        # gevonden", "Dit document is niet meer beschikbaar"
        "dit document is ingetrokken", "document ingetrokken", "het document is ingetrokken",
        "document niet gevonden", "dit document is niet meer beschikbaar", "dit document bestaat niet meer",
        # a host's default page for a domain with no site ("Website niet geconfigureerd", "Er is nog geen
        # website geconfigureerd voor dit domein")
        "website niet geconfigureerd", "site niet geconfigureerd", "domein niet geconfigureerd",
        "geen website geconfigureerd", "er is geen website geconfigureerd voor dit domein",
        "er is nog geen website geconfigureerd voor dit domein", "dit domein is niet geconfigureerd",
        *_DOWN_PHRASES["nl"],
    ),
    "pl": (
        "nie znaleziono strony", "strona nie została znaleziona", "strona nie istnieje", "nie znaleziono",
        "nie ma takiej strony", "strona nie znaleziona", "ta strona nie istnieje", "strony nie znaleziono",
        # a host's default page for a domain with no site ("Strona nie jest skonfigurowana", "Brak
        # skonfigurowanej strony dla tej domeny"), as English's "site not configured"
        "strona nie jest skonfigurowana", "strona nie została skonfigurowana",
        "witryna nie jest skonfigurowana", "domena nie jest skonfigurowana", "brak skonfigurowanej strony",
        "brak skonfigurowanej strony dla tej domeny",
        *_DOWN_PHRASES["pl"],
    ),
    "cs": (
        "stránka nenalezena", "stránka nebyla nalezena", "stránka neexistuje", "článek nenalezen",
        "článek nebyl nalezen", "článek neexistuje", "požadovaný článek neexistuje",
        *_DOWN_PHRASES["cs"],
    ),
    "sv": (
        "sidan kunde inte hittas", "sidan hittades inte", "sidan finns inte", "sidan finns inte längre",
        "sidan du söker finns inte", "sidan du söker kunde inte hittas", "artikeln kunde inte hittas",
        "artikeln finns inte", "artikeln finns inte längre",
        # the article taken down ("Artikeln har avpublicerats", "Artikeln har tagits bort"), as English
        # "Article removed", "Article unpublished"
        "artikeln har avpublicerats", "artikeln har tagits bort", "artikeln är borttagen",
        "artikeln avpublicerad", "avpublicerad artikel", "artikeln har raderats",
        "innehållet har tagits bort",
        # a withdrawn document's page (rot59): "Dokumentet har dragits tillbaka", "Dokumentet har återkallats"
        "dokumentet har dragits tillbaka", "dokumentet har återkallats",
        "dokumentet är inte längre tillgängligt",
        *_DOWN_PHRASES["sv"],
    ),
    "tr": (
        # an expired short link, an expired CMS preview (rot55): "Bu kısa bağlantının süresi doldu"
        "bağlantının süresi doldu", "bu bağlantının süresi doldu", "bu kısa bağlantının süresi doldu",
        "bağlantı süresi doldu", "linkin süresi doldu", "bu linkin süresi doldu", "önizlemenin süresi doldu",
        "sayfa bulunamadı", "aradığınız sayfa bulunamadı", "haber bulunamadı", "içerik bulunamadı",
        # a host's default page for a domain with no site ("Site yapılandırılmamış", "Bu alan adı için
        # yapılandırılmış bir site yok")
        "site yapılandırılmamış", "web sitesi yapılandırılmamış", "alan adı yapılandırılmamış",
        "yapılandırılmış bir site yok", "bu alan adı için yapılandırılmış bir site yok",
        "bu alan adı için yapılandırılmış bir web sitesi yok",
        *_DOWN_PHRASES["tr"],
    ),
    "zh": (
        "页面不存在", "页面未找到", "找不到页面", "您访问的页面不存在", "页面找不到了", "网页不存在",
        "页面没有找到", "页面不存在或已被删除", "您访问的页面不存在或已被删除", "您访问的页面已被删除",
        "頁面不存在", "找不到頁面", "找不到網頁", "您訪問的頁面不存在", "頁面不存在或已被刪除",
        "该内容已被删除", "内容不存在", "文章不存在", "该文章已被删除", "文章不存在或已被删除",
        "该新闻已被删除",
        # "the page you are looking for does not exist", in simplified and traditional characters
        "您要找的页面不存在", "您要找的頁面不存在", "您要寻找的页面不存在", "您要尋找的頁面不存在",
        "您所要找的頁面不存在", "您瀏覽的頁面不存在", "此頁面不存在", "找不到此頁面", "找不到該頁面",
        "網頁不存在", "網頁不存在或已被刪除", "文章不存在或已被刪除", "該文章已被刪除", "內容不存在",
    ),
    "ja": (
        # an expired short link, an expired CMS preview (rot55)
        "リンクの有効期限切れ", "このリンクは有効期限が切れています", "リンクの有効期限が切れています",
        "このリンクの有効期限は切れています", "有効期限切れのリンク", "プレビューの有効期限が切れています",
        "ページが見つかりません", "お探しのページは見つかりませんでした", "ページが見つかりませんでした",
        "お探しのページが見つかりません", "お探しのページは見つかりません", "ページは存在しません",
        "記事が見つかりません", "お探しの記事は見つかりませんでした", "この記事は削除されました",
        "掲載期間が終了しました", "この記事は掲載期間が終了しました", "この記事の掲載期間は終了しました",
        "お探しの記事は掲載期間が終了しました", "指定されたページは存在しません",
    ),
    "ko": (
        "페이지를 찾을 수 없습니다", "페이지를 찾을 수 없음", "요청하신 페이지를 찾을 수 없습니다",
        # a video's page whose player says the video is gone (rot59): "이 동영상은 더 이상 재생할 수 없습니다"
        # (this video can no longer be played), "삭제된 동영상입니다" (a deleted video), "동영상을 사용할 수
        # 없습니다" (video unavailable), as English "This video is unavailable"
        "이 동영상은 더 이상 재생할 수 없습니다", "동영상을 재생할 수 없습니다", "삭제된 동영상입니다",
        "이 동영상은 삭제되었습니다", "동영상을 사용할 수 없습니다", "이 동영상은 비공개 동영상입니다",
    ),
    "el": (
        "η σελίδα δεν βρέθηκε", "σελίδα δεν βρέθηκε", "η σελίδα δεν υπάρχει", "δεν βρέθηκε",
        "η σελίδα που ζητήσατε δεν υπάρχει", "η σελίδα που αναζητάτε δεν υπάρχει",
        # the article taken down ("Το άρθρο αφαιρέθηκε", "Το άρθρο έχει διαγραφεί"), as English "Article
        # removed"
        "το άρθρο αφαιρέθηκε", "το άρθρο έχει αφαιρεθεί", "το άρθρο διαγράφηκε", "το άρθρο έχει διαγραφεί",
        "το περιεχόμενο αφαιρέθηκε", "το περιεχόμενο έχει αφαιρεθεί", "άρθρο αφαιρέθηκε",
        *_DOWN_PHRASES["el"],
    ),
    "ro": (
        "pagina nu a fost găsită", "pagina nu există", "pagina nu a fost gasita", "pagină negăsită",
        "pagina pe care o cauți nu există", "pagina pe care o căutați nu există", "pagina căutată nu există",
        "pagina nu mai există", "articolul nu mai există", "articolul nu a fost găsit",
        *_DOWN_PHRASES["ro"],
    ),
    "hu": (
        "az oldal nem található", "oldal nem található", "a keresett oldal nem található",
        "a cikk nem található", "cikk nem található", "a keresett cikk nem található",
        # removed: "Ezt a cikket eltávolítottuk", "A cikk törlésre került", "A cikk már nem érhető el"
        "ezt a cikket eltávolítottuk", "a cikket eltávolítottuk", "ezt a cikket töröltük",
        "a cikket töröltük",
        "a cikk törlésre került", "a cikk már nem érhető el", "ez a cikk már nem érhető el",
        "az oldal már nem érhető el", "a tartalom már nem érhető el", "ez a tartalom már nem érhető el",
        *_DOWN_PHRASES["hu"],
    ),
    "fi": (
        "sivua ei löytynyt", "sivua ei löydy", "hakemaasi sivua ei löytynyt", "artikkelia ei löytynyt",
        *_DOWN_PHRASES["fi"],
    ),
    "no": (
        "siden ble ikke funnet", "siden finnes ikke", "fant ikke siden", "siden finnes ikke lenger",
        "artikkelen finnes ikke", "artikkelen ble ikke funnet", "saken finnes ikke",
        # "we cannot find the page (you are looking for)", "the page you are looking for does not exist"
        "vi finner ikke siden", "vi finner ikke siden du leter etter", "finner ikke siden du leter etter",
        "siden du leter etter finnes ikke", "vi fant ikke siden du leter etter",
        # a document's page at a cited PDF's address (rot59): "Dokumentet er trukket tilbake" (withdrawn),
        # "Dokumentet er ikke lenger tilgjengelig", as Dutch "Dit document is ingetrokken"
        "dokumentet er trukket tilbake", "dette dokumentet er trukket tilbake", "dokumentet er trukket",
        "dokumentet er ikke lenger tilgjengelig", "dette dokumentet er ikke lenger tilgjengelig",
        *_DOWN_PHRASES["no"],
    ),
    "da": (
        "siden blev ikke fundet", "siden findes ikke", "siden kunne ikke findes", "siden findes ikke længere",
        "artiklen findes ikke", "artiklen blev ikke fundet",
        # a withdrawn document's page (rot59): "Dokumentet er trukket tilbage"
        "dokumentet er trukket tilbage", "dette dokument er trukket tilbage",
        "dokumentet er ikke længere tilgængeligt",
        *_DOWN_PHRASES["da"],
    ),
    "id": (
        "halaman tidak ditemukan", "halaman yang anda cari tidak ditemukan",
        # a host's placeholder for a site whose hosting plan lapsed ("Masa aktif hosting telah berakhir",
        # "Website ini sedang tidak aktif"), as English's "website expired"
        "masa aktif hosting telah berakhir", "masa aktif hosting sudah berakhir", "masa aktif hosting habis",
        "masa aktif hosting telah habis", "hosting telah kedaluwarsa", "hosting sudah kedaluwarsa",
        "website ini sedang tidak aktif", "website ini tidak aktif", "situs ini sedang tidak aktif",
        # a video platform's own notice at a removed video's page, served 200 ("Video tidak tersedia", "Video
        # ini tidak tersedia lagi"), as English's "video unavailable" (rot56)
        "video tidak tersedia", "video ini tidak tersedia", "video ini tidak tersedia lagi",
        "video ini sudah tidak tersedia", "video telah dihapus", "video ini telah dihapus",
    ),
    "vi": (
        "không tìm thấy trang", "trang không tồn tại", "không tìm thấy trang yêu cầu",
        "không tìm thấy bài viết", "bài viết không tồn tại", "tin bài không tồn tại",
        "nội dung không tồn tại",
        *_DOWN_PHRASES["vi"],
    ),
    "ar": (
        "الصفحة غير موجودة", "لم يتم العثور على الصفحة", "الصفحة المطلوبة غير موجودة", "المحتوى غير متاح",
        "هذا المحتوى لم يعد متاحا", "هذه الصفحة غير موجودة", "الصفحة التي تبحث عنها غير موجودة",
        "هذا الخبر غير موجود", "الخبر غير موجود", "المقال غير موجود",
    ),
    "fa": ("صفحه مورد نظر یافت نشد", "صفحه یافت نشد", "صفحه پیدا نشد"),
    "he": (
        "הדף לא נמצא", "העמוד לא נמצא", "הדף שחיפשת לא נמצא", "העמוד שחיפשת לא נמצא", "הדף המבוקש לא נמצא",
        "העמוד המבוקש לא נמצא", "הכתבה לא נמצאה", "הכתבה שחיפשת לא נמצאה",
        # the article taken down ("the article was removed", "the content was removed")
        "הכתבה הוסרה", "הכתבה הוסרה מהאתר", "התוכן הוסר", "הידיעה הוסרה",
    ),
    "hi": (
        "पेज नहीं मिला", "यह पेज नहीं मिला", "पृष्ठ नहीं मिला", "पेज उपलब्ध नहीं है", "खबर नहीं मिली",
        "यह पेज उपलब्ध नहीं है", "यह पृष्ठ उपलब्ध नहीं है", "पृष्ठ उपलब्ध नहीं है", "यह पेज मौजूद नहीं है",
        "पेज मौजूद नहीं है",
    ),
    # Bengali ("the page you are looking for was not found"); Thai ("the page you want was not found").
    "bn": (
        "পাতাটি পাওয়া যায়নি", "পেজটি পাওয়া যায়নি", "পাতা খুঁজে পাওয়া যায়নি", "খবরটি পাওয়া যায়নি",
        "আপনি যে পাতাটি খুঁজছেন তা পাওয়া যায়নি", "আপনি যে পেজটি খুঁজছেন তা পাওয়া যায়নি",
        "পৃষ্ঠাটি খুঁজে পাওয়া যায়নি", "পৃষ্ঠাটি পাওয়া যায়নি", "পেজটি খুঁজে পাওয়া যায়নি",
        "পাতাটি খুঁজে পাওয়া যায়নি", "পৃষ্ঠা খুঁজে পাওয়া যায়নি",
    ),
    # Urdu ("the (requested) page was not found", "this page does not exist").
    "ur": (
        "صفحہ نہیں ملا", "مطلوبہ صفحہ نہیں ملا", "صفحہ موجود نہیں ہے", "یہ صفحہ موجود نہیں ہے",
        "مطلوبہ صفحہ موجود نہیں ہے", "خبر نہیں ملی",
    ),
    "bg": (
        "страницата не е намерена", "страницата не съществува", "търсената страница не съществува",
        "търсената страница не е намерена", "статията не е намерена", "статията не съществува",
        *_DOWN_PHRASES["bg"], *_CYRILLIC_PLACEHOLDERS["bg"],
    ),
    # Croatian, Serbian and Bosnian in Latin script share these.
    "hr": (
        "stranica nije pronađena", "stranica ne postoji", "tražena stranica ne postoji",
        "tražena stranica nije pronađena", "članak nije pronađen", "članak ne postoji",
        "stranica nije nađena",
        *_DOWN_PHRASES["hr"],
    ),
    "sk": (
        "stránka sa nenašla", "stránka nebola nájdená", "stránka neexistuje", "požadovaná stránka neexistuje",
        "článok sa nenašiel", "článok neexistuje", "požadovaný článok neexistuje",
        # with the relative clause between commas ("the page you are looking for does not exist / was not
        # found"): see :func:`_piece_kinds`
        "stránka, ktorú hľadáte, neexistuje", "stránka, ktorú hľadáte, sa nenašla",
        "stránku, ktorú hľadáte, sa nepodarilo nájsť", "stránka, ktorú hľadáte, nebola nájdená",
    ),
    "lt": (
        "puslapis nerastas", "puslapis neegzistuoja", "ieškomas puslapis nerastas", "straipsnis nerastas",
        "ieškomas puslapis neegzistuoja", "toks puslapis nerastas", "toks puslapis neegzistuoja",
        *_DOWN_PHRASES["lt"],
    ),
    "ca": (
        "pàgina no trobada", "no hem trobat la pàgina", "no s'ha trobat la pàgina", "la pàgina no existeix",
        "aquesta pàgina no existeix", "la pàgina que cerqueu no existeix", "article no trobat",
        # "we cannot find the page (you are looking for)", in the formal plural and the familiar singular,
        # with either verb ("cercar", "buscar")
        "no trobem la pàgina", "no trobem la pàgina que cerqueu", "no trobem la pàgina que cerques",
        "no trobem la pàgina que busqueu", "no trobem la pàgina que busques",
        "la pàgina que cerques no existeix", "la pàgina que busqueu no existeix",
        "la pàgina que busques no existeix",
    ),
    "sw": (
        "ukurasa haukupatikana", "ukurasa haupatikani", "ukurasa haupo", "ukurasa huu haupo",
        "ukurasa unaoutafuta haupo", "habari haikupatikana", "ukurasa huu haukupatikana",
        "ukurasa huu haupatikani",
    ),
    "th": (
        "ไม่พบหน้าที่คุณต้องการ", "ไม่พบหน้านี้", "ไม่พบหน้าที่คุณค้นหา", "ไม่พบหน้าเว็บ", "ไม่พบบทความ", "ไม่พบหน้าที่ค้นหา",
        "ไม่พบข่าวที่คุณต้องการ",
    ),
    "lv": (
        "lapa nav atrasta", "lapa netika atrasta", "meklētā lapa netika atrasta", "lapa neeksistē",
        "meklētā lapa neeksistē", "raksts nav atrasts",
        *_DOWN_PHRASES["lv"],
    ),
    # Estonian (also "the page you looked for was not found", "such a page does not exist")
    "et": (
        "lehte ei leitud", "lehekülge ei leitud", "otsitud lehte ei leitud", "artiklit ei leitud",
        "otsitud lehekülge ei leitud", "otsitavat lehekülge ei leitud", "lehekülge ei eksisteeri",
        "sellist lehekülge ei ole",
        *_DOWN_PHRASES["et"],
    ),
    "sl": (
        "stran ni bila najdena", "strani ni mogoče najti", "stran ne obstaja", "iskana stran ne obstaja",
        "članek ni bil najden", "članek ne obstaja",
        # with the relative clause between commas ("the page you are looking for cannot be found"): see
        # :func:`_piece_kinds`
        "strani, ki jo iščete, ni mogoče najti", "stran, ki jo iščete, ne obstaja",
        "strani ni bilo mogoče najti",
    ),
    "is": ("síða fannst ekki", "síðan fannst ekki", "síðan finnst ekki", "frétt fannst ekki"),
    "sq": ("faqja nuk u gjet", "faqja nuk ekziston", "faqja që kërkuat nuk ekziston", "artikulli nuk u gjet"),
    "ka": ("გვერდი ვერ მოიძებნა", "გვერდი არ მოიძებნა", "გვერდი არ არსებობს"),
    # Armenian ("the page was not found", "the page does not exist", "the article was not found")
    "hy": (
        "էջը չի գտնվել", "էջը գոյություն չունի", "նյութը չի գտնվել", "հոդվածը չի գտնվել",
        "ձեր փնտրած էջը գոյություն չունի", "էջը չի գտնվել կամ հեռացվել է",
    ),
    # Azerbaijani ("the page was not found", "the page does not exist")
    "az": (
        "səhifə tapılmadı", "səhifə mövcud deyil", "axtardığınız səhifə tapılmadı",
        "axtardığınız səhifə mövcud deyil", "xəbər tapılmadı", "məqalə tapılmadı",
    ),
    "ms": (
        "halaman tidak dijumpai", "halaman tidak ditemui", "halaman yang anda cari tidak dijumpai",
        "artikel tidak dijumpai",
    ),
    # Macedonian ("the page was not found", "the page (you are looking for) does not exist", "this page does
    # not exist", "the article was not found")
    "mk": (
        "страницата не е пронајдена", "страницата не постои", "страницата што ја барате не постои",
        "страницата што ја барате не е пронајдена", "бараната страница не постои",
        "бараната страница не е пронајдена", "оваа страница не постои", "статијата не е пронајдена",
        "статијата не постои",
    ),
    # Serbian in Cyrillic ("the page was not found", "does not exist")
    "sr": (
        "страница није пронађена", "страница не постоји", "тражена страница не постоји",
        "тражена страница није пронађена", "чланак није пронађен", "чланак не постоји",
        *_DOWN_PHRASES["sr"], *_CYRILLIC_PLACEHOLDERS["sr"],
    ),
    "fil": (
        "hindi mahanap ang pahina", "hindi mahanap ang pahinang ito",
        "hindi mahanap ang pahinang hinahanap mo", "hindi nahanap ang pahina", "hindi makita ang pahina",
        "walang nahanap na pahina", "hindi mahanap ang artikulo",
    ),
    "ta": ("பக்கம் கிடைக்கவில்லை", "பக்கத்தைக் காணவில்லை", "பக்கம் இல்லை", "செய்தி கிடைக்கவில்லை"),
    "eu": (
        "ez da orria aurkitu", "orria ez da aurkitu", "ez da orrialdea aurkitu", "orrialdea ez da aurkitu",
        "orria ez dago", "orri hau ez dago", "albistea ez da aurkitu",
    ),
    "cy": (
        "tudalen heb ei chanfod", "tudalen heb ei darganfod", "ni allwn ddod o hyd i'r dudalen",
        "ni allwn ddod o hyd i'r dudalen honno", "ni allwn ddod o hyd i'r dudalen hon",
        "ni ellir dod o hyd i'r dudalen", "nid yw'r dudalen yn bodoli", "methu dod o hyd i'r dudalen",
    ),
    "gl": (
        "páxina non atopada", "non se atopou a páxina", "a páxina non existe", "esta páxina non existe",
        "a páxina que buscas non existe", "noticia non atopada", "contido non atopado",
        # "we cannot find the page (you are looking for)", familiar and formal
        "non atopamos a páxina", "non atopamos a páxina que buscas", "non atopamos a páxina que busca",
        "non atopamos a páxina que procuras",
    ),
    # Luxembourgish ("page not found", "this page does not exist (any more)", "the page was not found")
    "lb": (
        "säit net fonnt", "dës säit gëtt et net", "dës säit gëtt et net méi", "d'säit gouf net fonnt",
        "säit gouf net fonnt", "artikel net fonnt", "dësen artikel gëtt et net méi",
    ),
    # Afrikaans ("the page could not be found", "the page does not exist")
    "af": (
        "bladsy nie gevind nie", "die bladsy kon nie gevind word nie", "bladsy kon nie gevind word nie",
        "die bladsy bestaan nie", "die bladsy bestaan nie meer nie", "artikel nie gevind nie",
    ),
    # Nepali ("page not found", "the page you were looking for was not found")
    "ne": (
        "पृष्ठ फेला परेन", "पेज फेला परेन", "पृष्ठ भेटिएन", "पेज भेटिएन", "तपाईंले खोज्नुभएको पृष्ठ फेला परेन",
        "समाचार फेला परेन",
    ),
    # Khmer ("this page cannot be found", "page not found")
    "km": ("រកមិនឃើញទំព័រនេះទេ", "រកមិនឃើញទំព័រ", "រកមិនឃើញទំព័រនេះ", "ទំព័រនេះមិនមានទេ", "រកមិនឃើញអត្ថបទ"),
    # Mongolian in Cyrillic ("page not found", "the page does not exist")
    "mn": ("хуудас олдсонгүй", "хайсан хуудас олдсонгүй", "хуудас байхгүй байна", "мэдээ олдсонгүй"),
    # Kazakh in Cyrillic ("page not found", "the page you were looking for was not found")
    "kk": (
        "бет табылмады", "сіз іздеген бет табылмады", "бет жоқ", "мұндай бет жоқ", "жаңалық табылмады",
        "парақ табылмады",
    ),
    # Tatar in Cyrillic ("page not found", "the page you are looking for was not found", "there is no such
    # page", "the page could not be found"): a Kazan outlet's Tatar edition
    "tt": (
        "бит табылмады", "сез эзләгән бит табылмады", "бит юк", "мондый бит юк", "битне табып булмады",
        "яңалык табылмады", "мәкалә табылмады",
    ),
    # Uzbek, in Latin and Cyrillic ("page not found", "the page you looked for was not found", "the page
    # does not exist", "article not found")
    "uz": (
        "sahifa topilmadi", "siz qidirgan sahifa topilmadi", "siz izlagan sahifa topilmadi",
        "siz qidirayotgan sahifa topilmadi", "sahifa mavjud emas", "maqola topilmadi", "саҳифа топилмади",
        "сиз қидирган саҳифа топилмади", "сиз қидираётган саҳифа топилмади", "саҳифа мавжуд эмас",
        "мақола топилмади",
    ),
    # Malayalam ("the page could not be found", "page not found", "this page does not exist")
    "ml": (
        "പേജ് കണ്ടെത്താനായില്ല", "പേജ് കണ്ടെത്തിയില്ല", "പേജ് ലഭ്യമല്ല", "ഈ പേജ് നിലവിലില്ല",
        "നിങ്ങൾ തിരയുന്ന പേജ് കണ്ടെത്താനായില്ല", "വാർത്ത കണ്ടെത്താനായില്ല",
    ),
    # Amharic ("the page was not found", "page not found")
    "am": ("ገጹ አልተገኘም", "ገጽ አልተገኘም", "የፈለጉት ገጽ አልተገኘም", "የሚፈልጉት ገጽ አልተገኘም", "ገጹ የለም"),
    # Tigrinya ("page not found", "the page was not found", "the page you are looking for was not found";
    # rot52), which Amharic's "አልተገኘም" does not spell
    "ti": ("ገጽ ኣይተረኽበን", "ገጹ ኣይተረኽበን", "እትደልይዎ ዘለኹም ገጽ ኣይተረኽበን", "ገጽ ኣይተረኸበን", "ገጹ የለን"),
    # Sinhala ("the page cannot be found", "the page you are looking for cannot be found")
    "si": (
        "පිටුව සොයාගත නොහැක", "ඔබ සොයන පිටුව සොයාගත නොහැක", "පිටුව හමු නොවීය", "පිටුව හමු නොවුණි",
        "පිටුව නොමැත",
    ),
    # Irish ("the page was not found", "this page is not available")
    "ga": (
        "níor aimsíodh an leathanach", "leathanach gan aimsiú", "níl an leathanach seo ar fáil",
        "níl an leathanach ar fáil", "níor aimsíodh an t-alt",
    ),
    # Telugu ("the page you are looking for was not found", "page not found", "this page does not exist")
    "te": (
        "పేజీ కనుగొనబడలేదు", "మీరు వెతుకుతున్న పేజీ కనుగొనబడలేదు", "పేజీ దొరకలేదు", "ఈ పేజీ ఉనికిలో లేదు",
        "వార్త కనుగొనబడలేదు",
    ),
    # Belarusian in Cyrillic ("page not found", "the page does not exist", "article not found")
    "be": (
        "старонка не знойдзена", "старонку не знойдзена", "старонкі не існуе", "такой старонкі не існуе",
        "артыкул не знойдзены",
    ),
    # Burmese ("the page you are looking for cannot be found", "page not found")
    "my": (
        "သင်ရှာဖွေနေသော စာမျက်နှာကို ရှာမတွေ့ပါ", "စာမျက်နှာကို ရှာမတွေ့ပါ", "စာမျက်နှာ ရှာမတွေ့ပါ",
        "စာမျက်နှာ မတွေ့ပါ",
    ),
    # Pashto ("this page was not found", "the page was not found")
    "ps": ("دا پاڼه ونه موندل شوه", "پاڼه ونه موندل شوه", "پاڼه پیدا نشوه", "دا پاڼه شتون نه لري"),
    # Kannada ("the page you are looking for was not found", "page not found", "this page does not exist")
    "kn": (
        "ಪುಟ ಕಂಡುಬಂದಿಲ್ಲ", "ನೀವು ಹುಡುಕುತ್ತಿರುವ ಪುಟ ಕಂಡುಬಂದಿಲ್ಲ", "ಪುಟ ಸಿಗಲಿಲ್ಲ", "ಈ ಪುಟ ಅಸ್ತಿತ್ವದಲ್ಲಿಲ್ಲ",
        "ಪುಟ ಲಭ್ಯವಿಲ್ಲ", "ಸುದ್ದಿ ಕಂಡುಬಂದಿಲ್ಲ",
    ),
    # Gujarati ("page not found", "the page you are looking for does not exist")
    "gu": (
        "પાનું મળ્યું નથી", "પેજ મળ્યું નથી", "પૃષ્ઠ મળ્યું નથી", "આ પાનું અસ્તિત્વમાં નથી",
        "તમે જે પાનું શોધી રહ્યા છો તે અસ્તિત્વમાં નથી", "સમાચાર મળ્યા નથી",
    ),
    # Lao, in both spellings of "ໜ" ("the page you are looking for was not found", "page not found", "this
    # page does not exist")
    "lo": (
        "ບໍ່ພົບໜ້າທີ່ທ່ານຊອກຫາ", "ບໍ່ພົບໜ້ານີ້", "ບໍ່ພົບໜ້າ", "ໜ້ານີ້ບໍ່ມີຢູ່", "ບໍ່ພົບຫນ້າທີ່ທ່ານຊອກຫາ",
        "ບໍ່ພົບຫນ້ານີ້", "ບໍ່ພົບຫນ້າ", "ຫນ້ານີ້ບໍ່ມີຢູ່", "ບໍ່ພົບບົດຄວາມ",
    ),
    # Maltese ("the page was not found", "the page does not exist", "the article was not found")
    "mt": (
        "il-paġna ma nstabitx", "paġna ma nstabitx", "il-paġna li qed tfittex ma nstabitx",
        "il-paġna ma teżistix", "din il-paġna ma teżistix", "l-artiklu ma nstabx",
    ),
    # Bashkir ("page not found", "the page you are looking for does not exist", "there is no such page",
    # "the news item / article was not found"): an Ufa outlet's Bashkir edition; its "ҙ", "ҡ" survive folding
    "ba": (
        "бит табылманы", "һеҙ эҙләгән бит табылманы", "һеҙ эҙләгән бит юҡ", "бит юҡ", "бындай бит юҡ",
        "яңылыҡ табылманы", "мәҡәлә табылманы",
    ),
    # Turkmen ("page not found", "the page you are looking for does not exist", "the news item / article was
    # not found")
    "tk": (
        "sahypa tapylmady", "gözleýän sahypaňyz ýok", "siziň gözleýän sahypaňyz ýok", "sahypa ýok",
        "habar tapylmady", "makala tapylmady",
    ),
    # Sakha (Yakut) ("the page was not found", "the page you are looking for does not exist", "the news item /
    # article was not found"): a Yakutsk outlet's Sakha edition
    "sah": (
        "сирэй булуллубата", "эһиги көрдүүр сирэйгит суох", "көрдүүр сирэйгит суох", "сирэй суох",
        "сонун булуллубата", "ыстатыйа булуллубата",
    ),
    # Chuvash ("the page was not found", "the page you are looking for does not exist", "the news item /
    # article was not found"): a Cheboksary outlet's Chuvash edition; its "ҫ" survives folding
    "cv": (
        "страница тупӑнмарӗ", "эсир шыракан страница ҫук", "эсир шыранӑ страница ҫук", "страница ҫук",
        "хыпар тупӑнмарӗ", "статья тупӑнмарӗ",
    ),
    # Tuvan ("the page was not found", "the page you are looking for does not exist", "the news item /
    # article was not found"): a Kyzyl outlet's Tuvan edition
    "tyv": (
        "арын тывылбады", "силерниң дилеп турар арныңар чок", "дилеп турар арныңар чок", "арын чок",
        "медээ тывылбады", "чүүл тывылбады",
    ),
    # Buryat ("the page was not found", "the page you are looking for does not exist", "the news item /
    # article was not found"): an Ulan-Ude outlet's Buryat edition
    "bxr": (
        "хуудаһан олдоогүй", "хуудаһан олдобогүй", "таанарай бэдэрһэн хуудаһан байхагүй",
        "таанай бэдэрһэн хуудаһан байхагүй", "бэдэрһэн хуудаһан байхагүй", "хуудаһан байхагүй",
        "мэдээн олдоогүй", "статья олдоогүй",
    ),
    # Ossetian ("the page was not found", "the page you are looking for does not exist", "the news item /
    # article was not found"): a Vladikavkaz outlet's Ossetian edition
    "os": (
        "фарс нæ ссардæуыд", "кæй агурыс уыцы фарс нæй", "уыцы фарс нæй", "фарс нæй",
        "хабар нæ ссардæуыд", "уац нæ ссардæуыд",
    ),
    # Udmurt ("the page was not found", "the page you looked for does not exist", "the news item / article
    # was not found"): an Izhevsk outlet's Udmurt edition
    "udm": (
        "бам шедьтымтэ", "тӥляд утчам бамды ӧвӧл", "утчам бамды ӧвӧл", "бам ӧвӧл",
        "ивор шедьтымтэ", "статья шедьтымтэ",
    ),
    # Chechen ("the page was not found", "the page you are looking for does not exist", "the news item /
    # article was not found"): a Grozny outlet's Chechen edition. The palochka ("Ӏ") is written as the
    # letter, as a Latin "I" or as a digit "1" (all three folded apart, so each is listed)
    "ce": (
        "агӀо ца карийна", "агIо ца карийна", "аг1о ца карийна", "ахьа лоьхуш йолу агӀо яц",
        "ахьа лоьхуш йолу агIо яц", "лоьхуш йолу агӀо яц", "агӀо яц", "агIо яц", "аг1о яц",
        "хаам ца карийна", "статья ца карийна",
    ),
    # Kalmyk ("the page was not found", "the page you looked for does not exist", "the news item / article
    # was not found"): an Elista outlet's Kalmyk edition
    "xal": (
        "халх олдсн уга", "таниһә хәәсн халх уга", "хәәсн халх уга", "халх уга", "зәңг олдсн уга",
        "статья олдсн уга",
    ),
    # Avar ("the page was not found", "the page you are looking for is not here", "the news item / article
    # was not found"): a Makhachkala outlet's Avar edition. The palochka ("Ӏ") as the letter, a Latin "I" or
    # a digit "1", as in Chechen
    "av": (
        "гьумер батичӀо", "гьумер батичIо", "гьумер батич1о", "мун балагьулеб гьумер гьечӀо",
        "балагьулеб гьумер гьечӀо", "гьумер гьечӀо", "гьумер гьечIо", "хабар батичӀо", "макъала батичӀо",
    ),
    # Komi ("the page is not found", "the page you are looking for does not exist", "the news item / article
    # is not found"): a Syktyvkar outlet's Komi edition
    "kv": (
        "лист бок оз аддзысь", "лист бок абу", "тэ корсян лист бокыс абу", "корсян лист бокыс абу",
        "лист бокыс абу", "юӧр оз аддзысь", "юөр оз аддзысь", "статья оз аддзысь",
    ),
    # Kabardian ("the page was not found", "the page you are looking for no longer exists", "the news item /
    # article was not found"): a Nalchik outlet's Kabardian edition; the palochka as above
    "kbd": (
        "нэкӏубгъуэр къэгъуэтакъым", "нэкӏубгъуэ къэгъуэтакъым", "нэкIубгъуэр къэгъуэтакъым",
        "нэк1убгъуэр къэгъуэтакъым", "узылъыхъуэ нэкӏубгъуэр щыӏэжкъым", "нэкӏубгъуэр щыӏэжкъым",
        "нэкӏубгъуэр щыӏэкъым", "хъыбарыр къэгъуэтакъым", "статьяр къэгъуэтакъым",
    ),
    # Ingush ("the page was not found", "the page you are looking for does not exist", "the news item /
    # article was not found"): a Magas outlet's Ingush edition; the palochka as the letter, a Latin "I" or a
    # digit "1", as in Chechen
    "inh": (
        "оагӏув ца карай", "оагIув ца карай", "оаг1ув ца карай", "шо лехаш йола оагӏув яц",
        "лехаш йола оагӏув яц", "оагӏув яц", "оагIув яц", "оаг1ув яц", "хоам ца карай", "статья ца карай",
    ),
    # Lezgian ("the page was not found", "the page you wanted does not exist", "the news item / article was
    # not found"): a Derbent outlet's Lezgian edition; the palochka as above
    "lez": (
        "ччин жагъанач", "квез кӏанзавай ччин авач", "квез кIанзавай ччин авач", "квез к1анзавай ччин авач",
        "кӏанзавай ччин авач", "ччин авач", "хабар жагъанач", "макъала жагъанач",
    ),
    # Kumyk ("the page was not found", "the page you are looking for does not exist", "the news item /
    # article was not found"): a Makhachkala outlet's Kumyk edition
    "kum": (
        "бет табулмады", "сиз излейген бет ёкъ", "излейген бет ёкъ", "бет ёкъ", "хабар табулмады",
        "макъала табулмады",
    ),
    # Erzya ("the page was not found", "the page you look for does not exist", "the news item / article was
    # not found"): a Saransk outlet's Erzya edition
    "myv": (
        "лопась а муевсь", "лопа а муевсь", "вешнема лопанть арась", "вешнема лопась арась", "лопась арась",
        "кулясь а муевсь", "статьясь а муевсь",
    ),
    # Meadow Mari ("the page was not found", "the page looked for does not exist", "the news item / article
    # was not found"): a Yoshkar-Ola outlet's Mari edition
    "mhr": (
        "лаштык муалтын огыл", "кычалме лаштык уке", "лаштык уке", "увер муалтын огыл",
        "статья муалтын огыл",
    ),
    # Adyghe ("the page was not found", "the page you are looking for does not exist", "the news item /
    # article was not found"): a Maikop outlet's Adyghe edition; the palochka as the letter, a Latin "I" or
    # a digit "1", as in Kabardian
    "ady": (
        "нэкӏубгъор къэгъотыгъэп", "нэкӏубгъо къэгъотыгъэп", "нэкIубгъор къэгъотыгъэп",
        "нэк1убгъор къэгъотыгъэп", "узылъыхъурэ нэкӏубгъор щыӏэп", "нэкӏубгъор щыӏэп", "нэкIубгъор щыIэп",
        "нэк1убгъор щы1эп", "къэбарыр къэгъотыгъэп", "статьяр къэгъотыгъэп",
    ),
    # Moksha ("the page was not found", "the page looked for does not exist", "the news item / article was
    # not found"): a Saransk outlet's Moksha edition. Moksha negates with "аф" and says "there is no" with
    # "аш" where Erzya has "а" and "арась", so the Erzya phrases above never read it
    "mdf": (
        "лопась аф муевсь", "лопа аф муевсь", "вешендеф лопать аш", "вешендеф лопась аш", "лопась аш",
        "кулясь аф муевсь", "статьясь аф муевсь",
    ),
    # Altai ("the page was not found", "the page you looked for does not exist", "the news item / article
    # was not found"): a Gorno-Altaysk outlet's Altai edition; its "ј" (Cyrillic je) is also typed "й"
    "alt": (
        "бӱк табылбады", "слер бедреген бӱк јок", "бедреген бӱк јок", "бӱк јок", "бӱк йок",
        "солун табылбады", "статья табылбады",
    ),
    # Crimean Tatar in its Latin alphabet ("the page was not found", "the page you looked for does not
    # exist", "the news item / article was not found"): a Simferopol outlet's edition. Its "saife" is not
    # Turkish "sayfa" nor Azerbaijani "səhifə", so neither language's phrases read it
    "crh": (
        "saife tapılmadı", "siz qıdırğan saife yoq", "qıdırğan saife yoq", "saife yoq", "haber tapılmadı",
        "maqale tapılmadı",
    ),
    # Karachay-Balkar ("the page has not been found", "the page you looked for does not exist", "the news
    # item / article has not been found"): a Cherkessk outlet's edition. Its perfect "табылмагъанды" is not
    # Kazakh's or Kumyk's past tense, and "there is no" is "джокъду" (Karachay) or "жокъду" (Balkar)
    "krc": (
        "бет табылмагъанды", "сиз излеген бет джокъду", "сиз излеген бет жокъду", "излеген бет джокъду",
        "излеген бет жокъду", "бет джокъду", "бет жокъду", "хапар табылмагъанды", "статья табылмагъанды",
    ),
    # Livvi Karelian in its Latin alphabet ("the page was not found", "the page looked for does not exist",
    # "the news item / article was not found"): a Petrozavodsk outlet's edition. Its "sivuu ... löydynyh" is
    # not Finnish "sivua ... löytynyt", so the Finnish phrases never read it
    "olo": (
        "sivuu ei löydynyh", "sivua ei löydynyh", "etsimästy sivuu ei ole olemas", "sivuu ei ole olemas",
        "uudistu ei löydynyh", "kirjutustu ei löydynyh",
    ),
    # Gagauz in its Latin alphabet ("the page was not found", "the page you look for does not exist", "the
    # news item was not found"): a Comrat outlet's edition. It says "bulunmadı" where Turkish says
    # "bulunamadı", and spells "aradığınız" without the soft g ("aradıınız")
    "gag": (
        "sayfa bulunmadı", "aradıınız sayfa yok", "aradıınız sayfa bulunmadı", "haber bulunmadı",
        "yazı bulunmadı",
    ),
    # Khakas ("the page was not found", "the page you looked for does not exist", "the news item / article
    # was not found"): an Abakan outlet's Khakas edition. Its negative past in "-баан" ("табылбаан") is not
    # Altai's "табылбады" nor Kazakh's "табылмады", and "there is none" is "чоғыл" (also "чоғ")
    "kjh": (
        "страница табылбаан", "сірер тілеен страница чоғыл", "тілеен страница чоғыл", "страница чоғыл",
        "страница чоғ", "пічік табылбаан", "хабар табылбаан", "статья табылбаан",
    ),
    # Veps in its Latin alphabet ("the page has not been found", "the page you look for does not exist",
    # "the news item / article has not been found"): a Petrozavodsk outlet's Veps edition. "lehtpol'" (page)
    # and "löutud" are neither Finnish nor Livvi Karelian; the apostrophe of "lehtpol'" folds away
    "vep": (
        "lehtpol ei ole löutud", "lehtpolt ei ole löutud", "lehtpol ei löudu", "lehtpolt ei löudu",
        "lehtpolt kudamban ectit ei ole", "lehtpol ei ole", "uzištuz ei ole löutud", "kirjutez ei ole löutud",
    ),
    # Uyghur in its Arabic script ("the page was not found", "the page you are looking for does not exist",
    # "the news item / article was not found"): a Uyghur outlet's edition. Its vowels written as letters
    # ("بەت", "تېپىلمىدى") make its words none of Persian's, Urdu's or Arabic's
    "ug": (
        "بەت تېپىلمىدى", "سىز ئىزدىگەن بەت تېپىلمىدى", "سىز ئىزدىگەن بەت مەۋجۇت ئەمەس",
        "ئىزدىگەن بەت مەۋجۇت ئەمەس", "بەت مەۋجۇت ئەمەس", "خەۋەر تېپىلمىدى", "ماقالە تېپىلمىدى",
    ),
    # Northern Sami ("the page was not found", "the page you are looking for is not found / does not exist",
    # "the news item / article was not found"): a Kautokeino outlet's edition. "siidu" (page) and "ii
    # gávdnon" (was not found) are neither Norwegian's nor Finnish's words
    "se": (
        "siidu ii gávdnon", "siidu ii gávdno", "siidu maid ohcet ii gávdno", "maid ohcet ii gávdno",
        "siidu ii leat", "ođas ii gávdnon", "artihkal ii gávdnon", "artihkkal ii gávdnon",
    ),
    # Yiddish in the Hebrew script ("the page was not found", "the page is not found", "the page you are
    # looking for does not exist", "the article was not found"): a Birobidzhan outlet's edition. Its points
    # fold away; "ניט" and "נישט" (not) are both written, and "וו" also as the one letter "װ". None is
    # Hebrew's "הדף לא נמצא"
    "yi": (
        "דער בלאַט איז ניט געפֿונען געוואָרן", "דער בלאַט איז נישט געפֿונען געוואָרן",
        "דער בלאַט איז ניט געפֿונען געװאָרן", "דער בלאַט איז נישט געפֿונען געװאָרן",
        "דער בלאַט איז ניט געפֿונען", "דער בלאַט איז נישט געפֿונען", "בלאַט ניט געפֿונען",
        "בלאַט נישט געפֿונען", "דער בלאַט עקזיסטירט ניט", "דער בלאַט עקזיסטירט נישט",
        "דער בלאַט וואָס איר זוכט עקזיסטירט ניט", "דער בלאַט װאָס איר זוכט עקזיסטירט ניט",
        "דער אַרטיקל איז ניט געפֿונען געוואָרן", "אַרטיקל ניט געפֿונען",
    ),
    # Karakalpak in its Latin alphabet ("the page was not found", "the page you looked for does not exist",
    # "the news item / article was not found"): a Nukus outlet's edition. Its "bet ... tabılmadı" folds to
    # "bet tabilmadi", which no other Latin-alphabet language's phrases spell (Uzbek "sahifa topilmadi",
    # Crimean Tatar "saife tapılmadı")
    "kaa": (
        "bet tabılmadı", "siz izlegen bet joq", "izlegen bet joq", "siz izlegen bet tabılmadı", "bet joq",
        "xabar tabılmadı", "maqala tabılmadı",
    ),
    # Kurmanji Kurdish in its Latin alphabet ("the page was not found", "the page is not found", "the page
    # you are looking for does not exist", "the news item / article was not found"): a Yerevan outlet's
    # edition. "rûpel" (page) and "nehat dîtin" (was not found) fold to "rupel nehat ditin", no other
    # language's words
    "ku": (
        "rûpel nehat dîtin", "rûpela nehat dîtin", "rûpel nayê dîtin", "rûpel tune ye",
        "rûpela ku tu lê digerî tune ye", "rûpela ku hûn lê digerin tune ye",
        "rûpela ku tu lê digerî nehat dîtin", "nûçe nehat dîtin", "gotar nehat dîtin",
    ),
    # Faroese ("the page is not found", "the page was not found", "the page does not exist", "the article
    # is not found"): a Tvøroyri outlet's edition. Its "finst ikki" and "varð ikki funnin" are not
    # Icelandic's "finnst ekki" / "fannst ekki" (:data:`ERROR_PHRASES` ``is``)
    "fo": (
        "síðan finst ikki", "síða finst ikki", "síðan varð ikki funnin", "síðan er ikki til",
        "síðan, sum tú leitar eftir, finst ikki", "greinin finst ikki", "greinin varð ikki funnin",
    ),
    # Sorani Kurdish in the Arabic script ("the page was not found", "this page was not found", "the page
    # does not exist", "the page you are looking for does not exist", "the news item / article was not
    # found"): a Sulaymaniyah outlet's edition. "نەدۆزرایەوە" (was not found) is no Persian's, Pashto's or
    # Urdu's word
    "ckb": (
        "پەڕەکە نەدۆزرایەوە", "پەڕە نەدۆزرایەوە", "ئەم پەڕەیە نەدۆزرایەوە", "پەڕەکە بوونی نییە",
        "ئەو پەڕەیەی بەدوایدا دەگەڕێیت بوونی نییە", "هەواڵەکە نەدۆزرایەوە", "بابەتەکە نەدۆزرایەوە",
    ),
    # West Frisian ("page not found", "the page was not found", "the page you were looking for does not
    # exist", "article not found"): a Dokkum outlet's edition. "net fûn" folds to "net fun", not Dutch's
    # "niet gevonden"
    "fy": (
        "side net fûn", "de side is net fûn", "side net te finen", "de side bestiet net",
        "de side dy't jo sykje bestiet net", "de side dy't jo sochten bestiet net", "artikel net fûn",
    ),
    # Breton ("the page was not found", "the page you are looking for does not exist", "the article was not
    # found"): a Lannion outlet's edition, its mutated "bajenn" (page after "ar") and plain "pajenn" both.
    # A piece's leading "ar" (the) is trimmed as filler before the look-up, so a phrase opening with it is
    # written without it
    "br": (
        "n'eo ket bet kavet ar bajenn", "bajenn n'eo ket bet kavet", "pajenn n'eo ket bet kavet",
        "n'eo ket bet kavet ar pennad", "bajenn a glaskit n'eus ket anezhi", "n'eus ket eus ar bajenn-mañ",
    ),
    # Somali ("page not found", "this page was not found", "the page you were looking for does not exist",
    # "the article / news item was not found"): a Berbera outlet's edition
    "so": (
        "bogga lama helin", "boggan lama helin", "bogga aad raadinaysay lama helin",
        "boggan aad raadinaysay ma jiro", "maqaalka lama helin", "warka lama helin",
    ),
    # Yoruba ("we did not find this / the page", "the page does not exist", "the page you seek is no more",
    # "we did not find the article"): an Ibadan outlet's edition. Tone marks and under-dots fold away, so
    # "ojú-ìwé" (page) is "oju iwe"
    "yo": (
        "a kò rí ojú-ìwé yìí", "a kò rí ojú-ìwé náà", "a kò rí ojú-ìwé", "ojú-ìwé kò sí", "ojú-ìwé yìí kò sí",
        "ojú-ìwé tí ẹ ń wá kò sí", "ojú-ìwé tí ẹ ń wá kò sí mọ́", "ojú-ìwé tí o ń wá kò sí",
        "a kò rí àròkọ náà", "a kò rí ìròyìn náà",
    ),
    # Zulu ("the page was not found", "the page is not found", "the page you want does not exist / is no
    # longer there", "the news item was not found"): a Pietermaritzburg outlet's edition
    "zu": (
        "ikhasi alitholakalanga", "ikhasi alitholakali", "ikhasi olifunayo alitholakalanga",
        "ikhasi olifunayo alikho", "ikhasi olifunayo alisekho", "udaba alutholakalanga",
    ),
    # Malagasy ("the page is not found", "the page does not exist", "the page you looked for is no more",
    # "the article is not found"): a Toamasina outlet's edition. A piece must be the whole phrase: "tsy hita"
    # (not found) alone is ordinary prose ("Mbola tsy hita ireo mpanjono", fishermen still missing)
    "mg": (
        "tsy hita ny pejy", "tsy hita ilay pejy", "pejy tsy hita", "tsy misy ny pejy", "tsy misy ilay pejy",
        "tsy hita ny pejy notadiavinao", "tsy misy intsony ny pejy notadiavinao", "tsy hita ny lahatsoratra",
    ),
    # Scottish Gaelic ("the page was not found", "the page is not there", "page not found", "the article was
    # not found"): a Stornoway outlet's edition; not Irish's "níor aimsíodh"
    "gd": (
        "cha deach an duilleag a lorg", "cha deach duilleag a lorg", "cha do lorgadh an duilleag",
        "chan eil an duilleag ann", "chan eil an duilleag seo ann", "duilleag gun lorg",
        "cha deach an artaigil a lorg",
    ),
    # Māori ("the page was not found", "the page you seek is not here", "the article was not found"): a
    # Rotorua outlet's edition; macrons fold away ("kaore i kitea te wharangi")
    "mi": (
        "kāore i kitea te whārangi", "kāore te whārangi i kitea", "kāore i kitea",
        "kāore te whārangi e rapua ana e koe i konei", "kāore i kitea te tuhinga",
    ),
    # Occitan ("page not found", "the page does not exist", "the page you are looking for does not exist",
    # "article not found"): a Toulouse outlet's edition; not Catalan's "pàgina no trobada"
    "oc": (
        "pagina pas trobada", "pagina introbabla", "la pagina existís pas", "aquesta pagina existís pas",
        "la pagina que cercatz existís pas", "la pagina que cercatz existís pas mai", "article pas trobat",
    ),
    # Xhosa ("the page cannot be found", "the page was not found", "the page you seek is no more", "the
    # article cannot be found"): a Mthatha outlet's edition. A piece must be the whole phrase: "ayifumaneki"
    # (it cannot be found) is ordinary prose ("Imali yesibhedlele ayifumaneki", the money cannot be found)
    "xh": (
        "iphepha alifumaneki", "iphepha alifumanekanga", "eli phepha alifumaneki", "iphepha alikho",
        "iphepha olikhangelayo alifumaneki", "iphepha olikhangelayo alisekho", "inqaku alifumaneki",
    ),
    # Hausa ("the page was not found", "this page was not found", "the page does not exist", "the news item
    # was not found"): a Kano outlet's edition; hooked letters fold to plain ones ("ƙ" to "k")
    "ha": (
        "ba a sami shafin ba", "ba a samu shafin ba", "ba a sami wannan shafin ba", "shafin ba ya nan",
        "shafin babu shi", "shafin da kuke nema babu shi", "ba a sami labarin ba",
    ),
    # Igbo ("this page was not seen / found", "the page does not exist", "the page you seek is no more"): an
    # Onitsha outlet's edition; under-dots fold away ("ahụghị" to "ahughi")
    "ig": (
        "ahụghị ibe a", "ahụghị ibe ahụ", "achọtaghị ibe a", "achọtaghị ibe ahụ", "ibe a adịghị",
        "ibe ị na-achọ adịghị", "ibe ị na-achọ adịghị ọzọ", "ahụghị akụkọ a",
    ),
    # Kinyarwanda ("page not found", "the page does not exist", "the page you seek no longer exists", "the
    # article was not found"): a Huye outlet's edition
    "rw": (
        "paji ntiyabonetse", "paji ntibonetse", "ipaji ntiyabonetse", "paji ntibaho", "paji ntikiriho",
        "paji mushaka ntikiriho", "inkuru ntiyabonetse",
    ),
    # Shona ("the page was not found", "this story is no longer available / found", "this page does not
    # exist"): a Mutare outlet's edition, the notice a story's frame shows where the story was
    "sn": (
        "peji harina kuwanikwa", "peji iyi haiwanikwe", "peji iyi haipo", "nyaya iyi haichawanikwi",
        "nyaya iyi haisisipo", "nyaya haina kuwanikwa",
    ),
    # Punjabi in Gurmukhi ("page not found", "this page was not found", "the page does not exist", "the news
    # item was not found"): a Jalandhar outlet's edition
    "pa": (
        "ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ", "ਇਹ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ", "ਪੇਜ ਨਹੀਂ ਮਿਲਿਆ", "ਪੰਨਾ ਮੌਜੂਦ ਨਹੀਂ ਹੈ", "ਇਹ ਪੰਨਾ ਮੌਜੂਦ ਨਹੀਂ ਹੈ",
        "ਤੁਸੀਂ ਜੋ ਪੰਨਾ ਲੱਭ ਰਹੇ ਹੋ ਉਹ ਨਹੀਂ ਮਿਲਿਆ", "ਖ਼ਬਰ ਨਹੀਂ ਮਿਲੀ",
    ),
    # Odia ("page not found", "the page is not found", "the page you seek was not found", "the news item was
    # not found"): a Cuttack outlet's edition
    "or": (
        "ପୃଷ୍ଠା ମିଳିଲା ନାହିଁ", "ପୃଷ୍ଠାଟି ମିଳିଲା ନାହିଁ", "ପୃଷ୍ଠା ମିଳୁନାହିଁ", "ପେଜ୍ ମିଳିଲା ନାହିଁ",
        "ଆପଣ ଖୋଜୁଥିବା ପୃଷ୍ଠା ମିଳିଲା ନାହିଁ", "ପୃଷ୍ଠା ଉପଲବ୍ଧ ନାହିଁ", "ଖବର ମିଳିଲା ନାହିଁ",
    ),
    # Assamese ("the page was not found", "the page you seek was not found", "the news item was not found"): a
    # Jorhat outlet's edition; its own letters (ৰ, ৱ), not Bengali's phrases
    "as": (
        "পৃষ্ঠাটো পোৱা নগ'ল", "পৃষ্ঠা পোৱা নগ'ল", "পৃষ্ঠাটো বিচাৰি পোৱা নগ'ল", "আপুনি বিচৰা পৃষ্ঠাটো পোৱা নগ'ল",
        "পৃষ্ঠাটো উপলব্ধ নহয়", "বাতৰিটো পোৱা নগ'ল",
    ),
    # Javanese ("page not found", "the page you seek was not found", "article not found"): a Surakarta
    # outlet's edition. A piece must be the whole phrase: "ora ketemu" (not found) is ordinary prose
    "jv": (
        "kaca ora ketemu", "kaca ora ditemokake", "kaca ora ana", "kaca sing digoleki ora ketemu",
        "kaca sing panjenengan goleki ora ketemu", "artikel ora ketemu",
    ),
    # Cebuano ("the page was not found", "the page no longer exists", "the article was not found"): a
    # Dumaguete outlet's edition; not Tagalog's "hindi nahanap ang pahina"
    "ceb": (
        "wala makit-i ang panid", "wala makita ang panid", "ang panid wala makit-i", "wala na ang panid",
        "wala na maglungtad ang panid", "wala makit-i ang artikulo",
    ),
    # Sindhi ("page not found", "the requested page was not found", "the page does not exist"): a Larkana
    # outlet's edition, right to left; not Urdu's "صفحہ نہیں ملا"
    "sd": (
        "صفحو نه مليو", "گهربل صفحو نه مليو", "صفحو نه ملي سگهيو", "صفحو موجود ناهي", "هي صفحو موجود ناهي",
        "خبر نه ملي",
    ),
    # Dhivehi ("page not found", "the page you seek was not found", "the news was not found"): an Addu
    # outlet's edition, Thaana, right to left (the formal spelling ޞަފްޙާ and the everyday ސަފްހާ)
    "dv": (
        "ޞަފްޙާ ނުފެނުނު", "ޞަފްޙާއެއް ނުފެނުނު", "ސަފްހާ ނުފެނުނު", "ސަފްހާއެއް ނުފެނުނު",
        "ތިޔަ ހޯދާ ޞަފްޙާ ނުފެނުނު", "ޞަފްޙާ ނެތް", "ޚަބަރު ނުފެނުނު",
    ),
    # Tetum ("page not found", "this page does not exist", "the news was not found"): a Baucau outlet's
    # edition. A piece must be the whole phrase: "la hetan" (not found) is ordinary prose
    "tet": (
        "pájina la hetan", "pájina la iha", "pájina ne'e la iha", "pájina la eziste", "pájina ne'e la eziste",
        "pájina ne'ebé ita buka la hetan", "notísia la hetan", "artigu la hetan",
    ),
    # Shan ("page not found", "the page does not exist"): a Kengtung outlet's edition, in the Shan letters of
    # the Myanmar script (not Burmese's phrases)
    "shn": (
        "ဢမ်ႇႁၼ် ၼႃႈလိၵ်ႈ", "ဢမ်ႇႁၼ်ၼႃႈလိၵ်ႈ", "ႁႃဢမ်ႇႁၼ် ၼႃႈလိၵ်ႈ", "ၼႃႈလိၵ်ႈ ဢမ်ႇႁၼ်", "ၼႃႈလိၵ်ႈ ဢမ်ႇမီး",
        "ၼႃႈလိၵ်ႈဢမ်ႇမီး",
    ),
    # Ilocano ("the page was not found", "the page no longer exists", "the article was not found"): a Laoag
    # outlet's edition; not Tagalog's "hindi nahanap ang pahina" nor Cebuano's "wala makit-i ang panid"
    "ilo": (
        "saan a nasarakan ti panid", "ti panid ket saan a nasarakan",
        "saan a nasarakan ti panid a birbirokem",
        "awanen ti panid", "saan a nasarakan ti artikulo", "saan a nasarakan ti damag",
    ),
}  # fmt: skip

#: Error sentences with many wordings, English unless marked (on folded text, whole piece): "the page you
#: were looking for could not be found", "we can't find that page", "this article no longer exists", ...
ERROR_PATTERNS: tuple[str, ...] = (
    r"(?:the |this |that )?(?:page|article|story|content|file|document|post|link|url|resource)"
    r"(?: you (?:are|re|were|requested|tried to access) looking for| you requested| requested)?"
    r" (?:was |is |has |could |can |cannot |cant |couldnt |wasnt |isnt |hasnt |may |might )?"
    r"(?:not |no longer |been )*(?:be )?(?:found|available|exists?|be found|been found)",
    r"(?:we |i )?(?:couldnt|could not|cant|cannot|can not|didnt|did not|were unable to|are unable to) find"
    r" (?:that|this|the|your|what)"
    r"(?: page| article| story| content| link| you(?:re| are| were)? looking for| you requested| requested)*",
    r"(?:the |this |that )?(?:page|article|story|content|link)(?: you (?:are|re|were) looking for)?"
    r" (?:does not|doesnt|did not|didnt|no longer) exists?(?: anymore)?",
    r"(?:the |this |that )?(?:page|article|story|content|link|post|thread)"
    r" (?:has been|was|is) (?:removed|deleted|moved|unpublished|withdrawn|retracted|taken down)"
    # ... and why, when the why is legal: "... has been removed by order of the court", "... withdrawn
    # following a legal complaint" (the piece must still be the whole line)
    r"(?: (?:by|under|following|after|due to|on) (?:an? |the )?(?:order of (?:the |a )?court|court order"
    r"|legal (?:reasons|advice|complaint|request|action)|injunction|takedown (?:notice|request))"
    # ... or until a review says whether it may come back: "... removed pending legal review", "...
    # withdrawn pending an investigation"
    r"|(?: pending (?:an? |the )?(?:legal |editorial |internal )?(?:review|investigation|inquiry))"
    # ... or who removed it, on a forum or community site: "This post has been removed by the moderators
    # of r/<community>", "... by an administrator"
    r"|(?: by (?:the |an? |its )?(?:moderators?|mods|admins?|administrators?|site staff|staff)"
    r"(?: of (?:the |this )?(?:r )?[\w-]+(?: (?:community|forum|group|subreddit))?)?))?",
    # "This live event has expired", "The content has expired": a live blog's or a syndicated story's
    # embed whose time ran out
    r"(?:the |this |that )?(?:live )?(?:page|article|story|content|post|event|blog|live blog|coverage|video)"
    r" (?:has |is )?expired",
    r"(?:error |http )?(?:404|410)(?: error)?(?: page)?(?: not found| page not found| file not found)?",
    # "The story you were looking for isn't here anymore", "This page is no longer here"
    r"(?:the |this |that )?(?:page|article|story|content|post)(?: you (?:are|re|were) looking for)?"
    r" (?:is not|isnt|is no longer) here(?: anymore| any more)?",
    # "This story is no longer on our website", "This article is no longer available on this site": a
    # relaunch that did not carry the story over says so where it was
    r"(?:the |this |that )?(?:page|article|story|content|post|video)(?: you (?:are|re|were) looking for)?"
    r" is no longer (?:on|available on|hosted on|published on) (?:our|this|the) (?:web ?site|site)",
    # Russian, folded: a site engine's stock notice (DataLife Engine's "К сожалению, данная страница для Вас
    # не доступна, возможно был изменен ее адрес или она была удалена."), read piece by piece: "данная
    # страница для Вас не доступна", "возможно был изменен ее адрес или она была удалена", "возможно, она
    # была удалена или перемещена"
    r"(?:dannaya |eta |zaprashivaemaya )?stranitsa(?: dlya vas)? (?:ne dostupna|nedostupna)",
    r"(?:vozmozhno )?(?:byl |bylo )?izmenen[oa]? (?:ee |ego )?adres"
    r"(?: ili (?:ona |ono |on )?(?:byla |bylo |byl )?(?:udalena|udaleno|udalen|peremeshchena))?",
    r"(?:vozmozhno )?(?:ona|ono) (?:byla |bylo )?(?:udalena|udaleno|peremeshchena)"
    r"(?: ili (?:peremeshchena|udalena|izmenen (?:ee )?adres))?",
    # a host's placeholder: "This Account has been suspended", "This site has been archived or suspended",
    # "The authors have deleted this site", "Looks like this domain isn't connected to a website yet"
    r"(?:the |this )?(?:account|site|website|blog)(?: you (?:are|re|were) looking for)?"
    r" (?:has been|was|is) (?:suspended|deleted|archived or suspended)",
    r"(?:the )?(?:authors?|owners?) (?:has|have) deleted this (?:site|blog|website)",
    # a page in place of a whole site that names its domain as not found: an internet provider's page for a
    # name that no longer resolves ("Сайт taiga-inform.ru не найден", "Website example.com not found"), the
    # domain folded into words, its last a top-level domain of two to four letters; "Сайт мэрии не найден"
    # (no domain) is no such page
    r"(?:sait|domen|website|site|domain) (?:[a-z0-9]+ ){1,4}(?:[a-z]{2}|com|net|org|info|biz|rf)"
    r" (?:ne naiden|ne sushchestvuet|not found|does not exist|doesnt exist)",
    # a closed outlet's farewell in place of every page: "Our archive is no longer available online",
    # "This website has now closed"
    # (the article optional: a notice that names the site, "The <site> archive is ...", is read without the
    # site's name, see :func:`linkcheck.pagebody.names_gone`)
    r"(?:(?:our|the|this|its) )?(?:news )?(?:archive|website|site)(?: of (?:stories|articles))?"
    r" is no longer (?:available|accessible)(?: online)?",
    r"(?:our|the|this) (?:website|site) (?:has|is) (?:now )?(?:closed|been closed)(?: down)?",
    r"(?:looks like )?this domain (?:isnt|is not) connected to (?:a |any )?(?:website|site)(?: yet)?",
    # a law-enforcement seizure banner in place of every page: "This domain has been seized", "This website
    # has been seized by ..."
    r"(?:the |this )?(?:domain(?: name)?|website|site) (?:has been|was|is) seized"
    r"(?: by (?:the )?(?:\w+ ){0,3}(?:government|authorities|police|fbi|court|law enforcement))?",
    # a web archive's copy taken down at the owner's request: "This URL has been excluded from the Wayback
    # Machine", "This page has been excluded from the archive"
    r"(?:this |the )?(?:url|page|site|website|content|capture)(?: you requested)? (?:has been|was|is)"
    r" excluded from (?:the )?(?:wayback machine|web archive|archive)",
    # Slovak and Czech, folded: an old story replaced by a stub, "Tento článok je starší ako 10 rokov a bol
    # archivovaný", "Tento článek je starší než 10 let a byl archivován" (rot56), its text gone from the web
    r"(?:tento |tato )?(?:clanok|clanek|sprava|zprava) je (?:starsi|starsia) (?:ako|nez) \d+"
    r" (?:rokov|roky|let|roku|rok) a (?:bol|byl|bola|byla) (?:archivovany|archivovan|archivovana|odstraneny"
    r"|odstranen|odstranena)",
    # Hungarian, folded: an old story replaced by a stub, "Ez a cikk több mint 10 éves, ezért archiváltuk"
    # (rot57), as the Slovak one above
    r"(?:ez a |a )?(?:cikk|hir|iras) (?:tobb mint \d+ eves|\d+ evnel regebbi)(?: (?:ezert|es|igy))?"
    r" (?:archivaltuk|archivalva lett|archivalasra kerult|eltavolitottuk|toroltuk)",
    # German, folded (umlauts dropped): "Dieser Artikel ist leider nicht mehr verfügbar", "Der Beitrag
    # wurde gelöscht", "Die Seite existiert nicht mehr"
    r"(?:(?:diese[rs]?|der|die|das|ihre?) )?(?:seite|artikel|beitrag|inhalt|meldung|nachricht|dokument)"
    r"(?: (?:ist|wurde|war))?(?: leider)? nicht(?: mehr)?"
    r" (?:verfugbar|gefunden|vorhanden|abrufbar|erreichbar)",
    r"(?:(?:diese[rs]?|der|die|das) )?(?:seite|artikel|beitrag|inhalt|meldung|nachricht)"
    r"(?: (?:ist|wurde))?(?: leider)? (?:entfernt|geloscht|geloescht|depubliziert)(?: worden)?",
    r"(?:(?:diese[rs]?|der|die|das) )?(?:seite|artikel|beitrag|inhalt) existiert(?: leider)? nicht(?: mehr)?",
    r"(?:(?:diese[rs]?|der|die|das) )?(?:seite|artikel|beitrag|inhalt|meldung|nachricht|video|sendung)"
    r"(?: (?:ist|wurde|steht))?(?: leider)? (?:nicht mehr zur verfugung|nicht mehr online)",
    # "no longer available", folded: Spanish "Esta noticia ya no está disponible", "Noticia no disponible";
    # French "Cet article n'est plus disponible", "Article indisponible"; Portuguese "Este conteúdo não
    # está mais disponível", "Conteúdo indisponível"; Turkish "Bu haber yayından kaldırılmıştır"
    r"(?:(?:esta|este|la|el) )?(?:pagina|noticia|articulo|contenido|nota|publicacion)"
    r"(?: que (?:buscas|busca|buscabas|solicitaste|has solicitado))?(?: ya)? no (?:esta |se encuentra )?"
    r"(?:mas )?(?:disponible|existe)(?: mas)?",
    # Galician, folded: "Esta noticia xa non está dispoñible", "O contido foi retirado"
    r"(?:(?:esta|este|a|o) )?(?:paxina|noticia|artigo|contido|nova)(?: que (?:buscas|procuras))?(?: xa)?"
    r" non (?:esta |existe )?(?:mais )?(?:disponible|existe)",
    r"(?:(?:esta|este|a|o) )?(?:paxina|noticia|artigo|contido|nova) (?:foi) (?:retirad[ao]|eliminad[ao])",
    r"(?:(?:esta|este|la|el) )?(?:pagina|noticia|articulo|contenido|nota) (?:ha sido|fue)"
    r" (?:eliminad[ao]|retirad[ao]|borrad[ao])",
    r"(?:(?:cet|cette|ce|la|le) )?(?:page|article|contenu)(?: que vous (?:recherchez|cherchez|demandez))?"
    r" n ?(?:est|existe) (?:plus|pas) (?:disponible|accessible|en ligne)",
    r"(?:(?:cet|cette|ce|la|le) )?(?:page|article|contenu) (?:indisponible|a ete supprimee?|a ete retiree?)",
    r"(?:(?:esta|este|essa|esse|a|o) )?(?:pagina|materia|noticia|conteudo|artigo|reportagem)"
    r"(?: que (?:voce )?(?:procura|esta procurando))? nao (?:esta |existe )?(?:mais )?(?:disponivel|existe)",
    r"(?:(?:esta|este|a|o) )?(?:pagina|materia|noticia|conteudo|artigo) (?:indisponivel|foi removid[ao])",
    r"(?:(?:bu|aradiginiz) )?(?:haber|sayfa|icerik|yazi|makale)(?: artik)?"
    r" (?:yayindan kaldirilmistir|yayindan kaldirildi|yayinda degil|mevcut degil|silinmistir|kaldirilmistir)",
    # Italian, folded ("L'articolo" is "larticolo"): "L'articolo che cercavi non esiste più", "Questa
    # pagina non è più disponibile", "L'articolo è stato rimosso"
    r"(?:(?:l|la|il|questo|questa) ?)?(?:articolo|pagina|contenuto|notizia)"
    r"(?: che (?:cercavi|stai cercando|cerchi|hai richiesto))?"
    r" (?:non (?:esiste(?: piu)?|e (?:piu )?disponibile)"
    r"|e stat[oa] (?:rimoss[oa]|eliminat[oa]|cancellat[oa]))",
    # Dutch: "Dit artikel is niet meer beschikbaar", "Deze pagina is verwijderd"
    # ... and a forum's thread emptied by its moderators (rot58): "De inhoud van dit onderwerp is verwijderd
    # door een moderator", "Dit topic is verwijderd door de beheerder"
    r"(?:(?:dit|het|deze|de) )?(?:inhoud van (?:dit|het|deze) )?(?:artikel|pagina|bericht|nieuwsbericht"
    r"|content|onderwerp|topic|draadje)(?: (?:is|werd|wordt))?"
    r" (?:(?:niet meer|niet langer|niet) (?:beschikbaar|gevonden|te vinden)|verwijderd(?: door (?:een |de )?"
    r"(?:moderators?|beheerders?|admins?|redactie))?)",
    # Polish, folded: "Artykuł został usunięty", "Ta strona jest niedostępna"
    r"(?:(?:ten|ta|to) )?(?:artykul|strona|material|wpis|tekst|tresc)"
    r"(?: (?:zostal|zostala|zostalo|jest|juz))* (?:usuniety|usunieta|usuniete|niedostepny|niedostepna"
    r"|niedostepne)",
    # Indonesian: "Berita yang Anda cari tidak ditemukan", "Artikel ini sudah dihapus"
    r"(?:halaman|berita|artikel|konten)(?: ini)?(?: yang anda cari)?"
    r" (?:tidak (?:ditemukan|tersedia)|(?:sudah|telah) dihapus)",
    # Norwegian, Danish, Swedish, folded: "Artikkelen er ikke lenger tilgjengelig", "Artiklen er ikke
    # længere tilgængelig", "Artikeln är inte längre tillgänglig", "Saken er avpublisert", "... har
    # tagits bort"
    r"(?:(?:denne|dette|den|det) )?(?:artikkelen|artiklen|artikeln|saken|sagen|siden|sidan|innholdet"
    r"|indholdet|innehallet|nyheten|nyheden)(?: (?:er|ar|var|ble|blev|har|blitt|blevet|vaert|varit))*"
    r" (?:(?:ikke|ikkje|inte) (?:lenger|laengere|langre|laenger|lengre) (?:tilgjengelig|tilgaengelig"
    r"|tillganglig)|fjernet|slettet|avpublisert|afpubliceret|borttagen|raderad|tagits bort)",
    # ... the stories, or the archive, of a closed paper (rot54): "Artiklene våre er ikke lenger
    # tilgjengelige her", "Arkivet er ikke længere tilgængeligt på nettet", "Artiklarna är inte längre
    # tillgängliga"
    r"(?:(?:alle|alla) )?(?:artiklene|artiklerne|artiklarna|artiklane|sakene|sagerne|nyhetene|nyhederne"
    r"|arkivet|arkivet vart|arkivet vort|arkivet vaart)(?: (?:vare|vores|vara|vaare))?"
    r" (?:er|ar) (?:(?:ikke|ikkje|inte) (?:lenger|laengere|langre|laenger|lengre)"
    r" (?:tilgjengelige?|tilgjengeleg|tilgaengelige?|tilgaengeligt|tillgangliga?|tillgangligt)"
    r"|fjernet|slettet|borttagna|raderade)(?: (?:her|har|pa nett|pa nettet|online|pa sajten|pa siden))?",
    # Finnish, folded: "Tämä artikkeli on poistettu", "Juttua ei ole enää saatavilla"
    r"(?:(?:tama|kyseinen|hakemasi) )?(?:artikkeli|juttu|sivu|sisalto|uutinen)(?: on)? poistettu"
    r"|(?:(?:tata|hakemaasi|kyseista) )?(?:artikkelia|juttua|sivua|sisaltoa|uutista)"
    r" ei ole enaa (?:saatavilla|luettavissa|olemassa)",
    # Russian, folded: "Материал удалён", "Публикация снята с публикации", "Статья была удалена по
    # требованию правообладателя" (who asked: a few words)
    r"(?:(?:etot|dannyi|eta|dannaya|eto|dannoe) )?(?:material|statya|publikatsiya|novost|zapis|soobshchenie)"
    r"(?: byl| byla| bylo)? (?:udalen|udalena|udaleno|snyat s publikatsii|snyata s publikatsii"
    r"|snyato s publikatsii)(?: (?:po (?:trebovaniyu|resheniyu|prosbe|zaprosu)|na osnovanii)(?: \w+){1,4})?",
    # Ukrainian, folded: "Матеріал видалено", "Матеріал знято з публікації", "Статтю видалено на вимогу
    # правовласника" (who asked: a few words)
    r"(?:(?:tsei|tsia|tse) )?(?:material|stattyu|stattya|publikatsiyu|publikatsiya|novinu|novina|zapis)"
    r"(?: bulo| bula| buv)? (?:vidaleno|znyato z publikatsii)"
    r"(?: (?:na (?:vimogu|prokhannya|zapit)|za rishennyam|na pidstavi)(?: \w+){1,4})?",
    # Vietnamese, folded: "Bài viết không tồn tại hoặc đã bị xóa", "Trang bạn tìm không tồn tại"
    r"(?:trang|bai viet|tin bai|noi dung|bai bao)(?: nay)?(?: ban (?:tim|dang tim|yeu cau))?"
    r" (?:khong ton tai(?: hoac da bi xoa)?|da bi xoa|khong tim thay)",
    # a servlet container's own front page, titled with its name and version and nothing else ("Apache
    # Tomcat/9.0.41", the page a fresh install answers every address with): no site stands there
    r"apache tomcat(?: \d+){1,4}",
)

#: Words around an error phrase that do not change what it says (``Oops!``, ``Error 404``, ``Sorry,``).
_FILLER = folded_set(
    (
        "404", "410", "error", "oops", "whoops", "sorry", "uh", "oh", "ouch", "hmm", "http", "ошибка", "упс",
        "ой", "извините", "к", "сожалению", "fehler", "hoppla", "ups", "huch", "leider", "erreur", "oups",
        "возможно",
        "désolé", "désolée", "lo", "sentimos", "ops", "errore", "ci", "dispiace", "spiacenti", "erro",
        "desculpe", "fout", "helaas", "oeps", "błąd", "przepraszamy", "помилка", "вибачте", "на", "жаль",
        "chyba", "hata", "fel", "エラー", "错误", "抱歉", "code", "status", "σφάλμα", "eroare", "hiba",
        "virhe", "feil", "خطأ", "خطای", "שגיאה", "오류", "عذرا", "üzgünüz", "ओह", "उफ़", "त्रुटि", "hoppá",
        "দুঃখিত", "ขออภัย", "ne pare rău",
        "hoppsan", "tyvärr", "oisann", "beklager", "hups", "hupsis", "valitettavasti",
        "desværre", "אופס", "מצטערים", "rất", "tiếc", "xin", "lỗi",
        "ho", "sentim", "vaja", "vaia", "معذرت", "samahani",
        "съжаляваме", "ľutujeme", "atsiprašome", "nažalost", "грешка",
        "greška", "diemžēl", "vabandame", "žal", "því", "miður", "vjen", "keq", "maaf",
        "paumanhin", "ներողություն", "மன்னிக்கவும்", "barkatu", "maen", "ddrwg", "gennym",
        "jammer", "माफ गर्नुहोस्", "សូមអភ័យទោស", "уучлаарай", "ár", "leithscéal",
        "кешіріңіз", "kechirasiz", "кечирасиз", "ക്ഷമിക്കണം", "ይቅርታ", "සමාවන්න",
        "క్షమించండి", "прабачце", "прабачьце", "တောင်းပန်ပါသည်", "بښنه", "غواړو",
        "ಕ್ಷಮಿಸಿ", "ದಯವಿಟ್ಟು ಕ್ಷಮಿಸಿ", "માફ કરશો", "ຂໍອະໄພ", "skużana", "jiddispjacini",
    )
)  # fmt: skip
#: Filler words that alone make a piece an error title (``404``, ``Error``, ``Ошибка``).
_ERROR_WORDS = folded_set(
    ("404", "410", "error", "ошибка", "fehler", "erreur", "errore", "erro", "fout", "błąd",
     "помилка", "chyba", "hata", "エラー", "错误", "σφάλμα", "eroare", "hiba", "virhe",
     "feil", "خطأ", "שגיאה", "오류", "त्रुटि", "грешка", "greška")
)  # fmt: skip
_PHRASES = folded_set(p for phrases in ERROR_PHRASES.values() for p in phrases)
_DOWN = folded_set(p for phrases in _DOWN_PHRASES.values() for p in phrases)
#: Whole pieces of a title or heading that say nothing of what the page is (an error page's apology over
#: its message, "We're sorry.", and the advice after it, "Check back in a minute."): filler, as "Oops!" is.
#: Whole pieces only: "We're sorry we missed the deadline" or "Check back in a minute for live results" is
#: a headline's start, not filler.
_FILLER_PHRASES = folded_set(
    (
        "we're sorry", "we are sorry", "we apologize", "we apologise", "we're very sorry",
        "check back in a minute", "check back in a few minutes", "check back later", "check back soon",
        "please check back later", "please check back soon", "please try again later", "try again later",
    )
)  # fmt: skip
_BUSY = folded_set(p for phrases in _BUSY_PHRASES.values() for p in phrases)
#: A server's status line whose reason word alone says nothing (``410 Gone``): judged with its status code.
_STATUS_LINE = lazy_re(r"(?:http |error )?410 gone")
#: The phrases (folded) whose first or last word is itself filler ("Error page", "404 page", "На сайте ведутся
#: технические работы": Ukrainian's "на" of "на жаль" is filler): a piece's filler words are trimmed before
#: the look-up, so these never equalled a trimmed piece (rot42's leftover: Breton's phrases opening with "ar"
#: were rewritten without it). :func:`_edged_phrase` gives them back the filler the trim took.
_EDGED = frozenset(p for p in _PHRASES if (w := p.split()) and (w[0] in _FILLER or w[-1] in _FILLER))
#: How many trimmed filler words, at each end, are given back to a piece for :data:`_EDGED`.
_EDGE_WORDS = 2


def _edged_phrase(words: list[str], start: int, end: int) -> bool:
    """Whether ``words`` (a piece's folded words, its core ``words[start:end]`` once its filler is trimmed)
    holds an :data:`_EDGED` phrase made of its core and up to :data:`_EDGE_WORDS` of the trimmed filler words
    on each side ("Oops! Error page" holds "error page"). Asked only of a piece the trim shortened whose core
    is no phrase: at most nine look-ups."""
    for i in range(max(0, start - _EDGE_WORDS), start + 1):
        for j in range(end, min(len(words), end + _EDGE_WORDS) + 1):
            if (i, j) != (start, end) and " ".join(words[i:j]) in _EDGED:
                return True
    return False


def _trimmed(folded: str) -> str:
    """``folded`` (a piece's folded text) without its leading and trailing filler words (:data:`_FILLER`), as
    :func:`_text_kind` reads a piece: what the other whole-piece tables (:data:`_DOWN`, :data:`_BUSY`,
    :data:`_MOVED_PHRASES`, :data:`_PLACEHOLDERS`) are asked too, so "Oops! Scheduled maintenance" or
    "Przepraszamy, przerwa techniczna" is the maintenance notice its core is."""
    words = folded.split()
    start, end = _core_bounds(words)
    return " ".join(words[start:end])


def _core_bounds(words: list[str]) -> tuple[int, int]:
    """``(start, end)``: ``words[start:end]`` is ``words`` without its leading and trailing filler words
    (:data:`_FILLER`), the piece's core, as :func:`_text_kind` and :func:`_trimmed` read it."""
    start, end = 0, len(words)
    while start < end and words[start] in _FILLER:
        start += 1
    while end > start and words[end - 1] in _FILLER:
        end -= 1
    return start, end


def _in_table(piece: str, table: frozenset[str]) -> bool:
    """Whether ``piece``, folded whole or with its filler trimmed (:func:`_trimmed`), is in ``table``."""
    folded = fold(piece)
    return folded in table or _trimmed(folded) in table


@once
def _error_pattern() -> re.Pattern[str]:
    """:data:`ERROR_PATTERNS` as one alternation: it matches a whole piece when one of them does. Compiled by
    the first piece that holds one of :data:`_PATTERN_WORDS` (it takes ~1 ms, a fifth of the module's import;
    a run whose titles read like articles may never need it)."""
    return re.compile("|".join(f"(?:{p})" for p in ERROR_PATTERNS))


#: Every match of an :data:`ERROR_PATTERNS` holds one of these (each ends with or holds ``found``,
#: ``available``, ``exist(s)``, ``find``, ``removed``/``deleted``/``moved`` or ``404``/``410``, or, in
#: German, ``verfügbar``, ``gefunden``, ``entfernt``, ..., or the servlet container's name, ``tomcat``).
_PATTERN_WORDS = (
    "found", "availab", "exist", "find", "removed", "deleted", "moved", "404", "410", "verfugbar", "gefunden",
    "vorhanden", "abrufbar", "erreichbar", "entfernt", "geloscht", "geloescht", "depubliziert", "disponi",
    "eliminad", "retirad", "borrad", "supprim", "retire", "accessib", "en ligne", "removid", "yayin",
    "mevcut", "silinmis", "kaldiril", "unpublished", "withdrawn", "taken down", "expired", "zur verfugung",
    "nicht mehr online", "esiste", "rimoss", "eliminat", "cancellat", "beschikbaar", "te vinden",
    "verwijderd", "gevonden", "usunie", "niedostep", "ditemukan", "tersedia", "dihapus", "tilgjengelig",
    "tilgaengelig", "tillganglig", "fjernet", "slettet", "avpublisert", "afpubliceret", "borttagen",
    "borttagna", "tilgjengeleg",
    "raderad", "tagits bort", "poistettu", "enaa ", "udalen", "snyat", "vidaleno", "znyato", "ton tai",
    "bi xoa", "tim thay", "archivovan", "odstranen", "archival", "eltavolit", "torolt",
    "retracted", "isnt here", "is not here",
    "no longer here", "suspended", "deleted this", "connected to", "closed", "excluded", "seized",
    "no longer", "dostupna", "izmenen", "peremeshchena", "ne naiden", "ne sushchestv", "tomcat",
)  # fmt: skip


#: :func:`_text_kind`'s first test: whether a piece's folded text (``" ".join(words)``) holds one of
#: :data:`_PATTERN_WORDS`, asked word by word with a memo of the words read before
#: (:class:`~linkcheck.names.WordSearch`): a headline of words read before costs a look at the memo and one
#: scan for its spaces, where the alternation of ~80 words cost ~25 k instructions on a 60-character
#: headline (cost6). Compiled by the first piece read (~1.3 ms, kept off the module's import).
_PATTERN_SEARCH = WordSearch(lambda: _PATTERN_WORDS, " ")


def _error_anchors() -> list[str]:
    """Words one of which is inside a word of every ASCII piece :func:`_text_kind` calls an error, derived
    from its tables when first wanted (a phrase a table gains is covered with no list to keep): the longest
    word of each ASCII phrase of :data:`_PHRASES` (a piece is one when its core's words are the phrase's, and
    :data:`_EDGED` is a part of it), each ASCII word of :data:`_ERROR_WORDS` (a piece of filler words and one
    of these), the longest part of each :data:`_PATTERN_WORDS` word (:data:`ERROR_PATTERNS` are asked only of
    a text that holds one; a word with spaces is a word's end, whole words and a word's start, each inside
    one word) and of :data:`_STATUS_LINE`'s words outside its optional group (``410 gone``). A non-ASCII
    phrase or word is left out: ``fold`` of ASCII text is ASCII."""
    anchors: set[str] = set()
    for phrase in _PHRASES:
        if phrase.isascii() and (words := phrase.split()):
            anchors.add(max(words, key=len))
    anchors.update(w for w in _ERROR_WORDS if w.isascii())
    for word in _PATTERN_WORDS:
        if word.isascii() and (parts := word.split()):
            anchors.add(max(parts, key=len))
    anchors.add(max(_STATUS_LINE.pattern.rpartition(")?")[2].split(), key=len))
    return sorted(anchors)


#: Whether one of a title's coarse words (:func:`_may_hold_error_piece`) holds one of :func:`_error_anchors`,
#: with :class:`~linkcheck.names.WordSearch`'s memo of the words read before.
_ANCHOR_SEARCH = WordSearch(_error_anchors, " ")
#: ``bytes.translate`` table for an ASCII title's coarse words: letters lowered, letters and digits kept,
#: every other byte a space but those :data:`_JOINED_BYTES` deletes.
_COARSE_BYTES = bytes(
    c + 32 if 65 <= c <= 90 else c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256)
)
#: The bytes ``fold`` or :func:`_piece_kinds` may join words across, deleted from the coarse words: quotes
#: (``fold`` deletes them), dots (an abbreviation's, ``E.R.R.O.R``, undotted) and commas (the re-read of a
#: title with two commas drops them).
_JOINED_BYTES = b"\"'`.,"
#: The ASCII characters that end a coarse word (made a space by :data:`_COARSE_BYTES`, not deleted).
_COARSE_BREAKS = frozenset(
    chr(c) for c in range(128) if _COARSE_BYTES[c] == 32 and c not in _JOINED_BYTES and not chr(c).isalnum()
)
#: ``bytes.translate`` table that finds what ``fold``'s ``_SPACED_CAPITALS`` needs, two capitals, white space
#: (``\s`` in a ``str`` pattern) and two capitals (``A B C D`` is joined to one word): capitals ``A``,
#: white space `` ``, anything else ``x`` (a comma deleted, as the re-read drops it).
_CAPITAL_MARKS = bytes(
    65 if 65 <= c <= 90 else 32 if c < 128 and chr(c).isspace() else 120 for c in range(256)
)


def _may_hold_error_piece(title: str, clean: str = "") -> bool:
    """``False`` only when no piece of ``title`` can be an error piece (:func:`_piece_kinds` would give no
    ``error``, its comma re-read included): the cheap test before the pieces are split and folded.

    Exact for ASCII titles: a piece's folded words are runs of its letters and digits, lowered, joined
    only across quotes, dots and commas (deleted here too) and across the white space between spaced
    capitals (``P A G E``: such a title is read in full), so each is inside one of the title's coarse words
    (:data:`_COARSE_BYTES`); an error piece's words hold one of :func:`_error_anchors`, and a folder's
    listing holds ``of /``. A non-ASCII title is read in full: its folding (NFKC, case folding,
    romanisation, word breaks by category) is not mirrored here.

    ``clean``: a title this said ``False`` of. When ``title`` begins with it and goes on with a byte that
    ends a coarse word (:data:`_COARSE_BREAKS`: a ``<title>`` is often the headline, then `` | `` and the
    site's name), the title's coarse words are its own and those of the rest, so only the rest's are
    searched; the spaced capitals and ``of /`` are looked for in the whole title."""
    if not title.isascii():
        return True
    raw = title.encode("ascii")
    if raw.translate(_CAPITAL_MARKS, b",").find(b"AA AA") >= 0:  # not ``in``: see pagebody._holds_any
        return True
    if "/" in title and "of /" in title.replace(",", ""):
        return True
    cut = len(clean)
    if cut and title.startswith(clean) and len(title) > cut and title[cut] in _COARSE_BREAKS:
        raw = raw[cut:]
    return _ANCHOR_SEARCH.words_hold(raw.translate(_COARSE_BYTES, _JOINED_BYTES).decode("ascii").split())


def _titles_may_hold_error_piece(titles: Sequence[str]) -> bool:
    """``any(map(_may_hold_error_piece, titles))``, each title after the first told of the one before it
    when that one was clean (the ``<title>`` after its headline reads the site's name's words alone)."""
    clean = ""
    for title in titles:
        if _may_hold_error_piece(title, clean):
            return True
        clean = title
    return False


#: Pieces of a title: site/subtitle separators plus sentence punctuation (``Oops! Page not found.``); in
#: Chinese and Japanese, full-width punctuation (``抱歉，您访问的页面不存在！``) and the separators set
#: without spaces between ideographs (``页面不存在_新浪网``).
_PIECES = lazy_re(
    rf"(?:{SEPARATORS.pattern})|[!?.,;]+(?:\s+|$)|\s+[(\[]|[)\]]|[！？。，；、။၊।]+\s*"
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff])(?:_|-{1,2}|——|：|｜)(?=[\u3040-\u30ff\u3400-\u9fff])"
)
#: The separators :func:`_split_pieces` was written for; another ``SEPARATORS`` turns its shortcut off.
_KNOWN_SEPARATORS = r"\s+[-‐‒–—―|·•»/]{1,2}\s+|\s*(?:::|\|)\s*|\s*[·•]\s+|:\s+"
#: The character each ``_PIECES`` match holds, preceded in the match only by whitespace.
_PIECE_KEY = (
    lazy_re(r"[-‐‒–—―|·•»/:!?.,;(\[)\]！？。，；、။၊।_：｜]")
    if SEPARATORS.pattern == _KNOWN_SEPARATORS
    else None
)
#: The ASCII characters :data:`_PIECE_KEY` matches (one character class: each is a match by itself), as
#: ``bytes.translate`` deletes them.
_ASCII_PIECE_KEYS = (
    bytes(c for c in range(128) if _PIECE_KEY.fullmatch(chr(c))) if _PIECE_KEY is not None else b""
)
#: ``bytes.translate`` table for an ASCII title: each of :data:`_ASCII_PIECE_KEYS` made NUL, every other byte
#: 1. :func:`_split_pieces` finds the key characters of an ASCII title by ``bytes.find`` of a NUL in its
#: marks (``memchr``) where ``_PIECE_KEY.search`` tested each character against the class in ``sre``: ~6 k
#: instructions a page for a 75-character ``<title>`` (cost21). A table without deleted bytes is also the
#: cheaper ``translate``.
_ASCII_KEY_MARKS = bytes(0 if c in _ASCII_PIECE_KEYS else 1 for c in range(256))

#: The last path segment of an error page's address (``/404``, ``/errors/not-found.html``).
_ERROR_PATH = lazy_re(
    r"(?:404|410|error|errors|error404|404error|404-error|error-404|not-?found|page-?not-?found|notfound|"
    r"404-page|page-404|pagenotfound|fehler|erreur|oshibka|stranitsa-ne-naidena)"
    r"(?:\.(?:html?|php|aspx?|jsp))?",
    re.IGNORECASE,
)
#: The path segment of a site search (``/search``, ``/suche``, ``/poisk``).
_SEARCH_SEGMENTS = frozenset(
    ("search", "suche", "recherche", "buscar", "busca", "cerca", "ricerca", "zoeken", "poisk", "search.php",
     "search.html", "search.aspx", "szukaj", "sok", "haku", "arama")
)  # fmt: skip
#: Path segments that open a listing of many stories: a tag, topic, category or author page.
_LISTING_SEGMENTS = frozenset(
    ("tag", "tags", "topic", "topics", "category", "categories", "section", "sections", "author", "authors",
     "thema", "themen", "rubrik", "rubriken", "schlagwort", "stichwort", "rubrique", "rubriques", "theme",
     "themes", "categoria", "categorias", "etiqueta", "etiquetas", "tema", "temas", "argomento", "rubrika",
     "teg", "tegi", "tag-archive", "label", "keyword", "keywords", "kategori", "etiket")
)  # fmt: skip
#: Query keys that name one item whatever the length of the number (``?id=88``, ``?p=7``).
_ID_KEYS = frozenset(
    ("id", "p", "aid", "nid", "sid", "story", "storyid", "story_id", "article", "articleid", "article_id",
     "newsid", "news_id", "item", "itemid", "postid", "post_id", "docid", "artikel")
)  # fmt: skip
#: Query keys whose number is no item's: where the reader came from, or the error that sent them.
_NOT_ID_KEYS = frozenset(
    ("ref", "referer", "referrer", "from", "src", "source", "origin", "redirect", "redirected", "error",
     "err", "code", "status", "reason")
)  # fmt: skip
#: Query keys of a site search at the root (``/?s=words``, ``/?q=words``).
_SEARCH_KEYS = frozenset(("s", "q", "query", "search", "searchword", "keys", "keyword", "text"))
#: Quoted text in a title (straight, curly, guillemets, CJK brackets; an apostrophe inside a word, as in
#: "couldn't", opens and closes nothing): what an error page echoes back.
_QUOTED = lazy_re(r"(?<!\w)[\"“”„«»‘’'「『]([^\"“”„«»「」『』]{3,200}?)[\"“”„«»‘’'」』](?!\w)")
_INDEX = lazy_re(r"(?:index|default|home|main)\.(?:html?|php|aspx?|jsp)", re.IGNORECASE)
_LANGUAGE = lazy_re(r"[a-z]{2}(?:[-_][a-z]{2})?", re.IGNORECASE)
_ARTICLE_FILE = lazy_re(r"\.(?:s?html?|php|aspx?|jsp|cms)$", re.IGNORECASE)


def _split_pieces(title: str) -> list[str]:
    """``_PIECES.split(title)``, the empty and blank pieces dropped, the others as written: what each reader
    of a title's finer pieces (:func:`_piece_kinds`, :func:`is_moved_title`, :func:`server_status_title`)
    reads. A match (never empty, no groups) is a key character (``_PIECE_KEY``) preceded in it only by
    whitespace, so it is looked for only around those characters."""
    if _PIECE_KEY is None:
        parts = _PIECES.split(title)
    elif title.isascii():
        # One C pass over its bytes instead of the key's search, whose class ``sre`` tests character by
        # character: no key character, so no match, and the title is one piece (a headline most often);
        # else the key characters are found in the marks (:data:`_ASCII_KEY_MARKS`).
        marks = title.encode("ascii").translate(_ASCII_KEY_MARKS)
        if (at := marks.find(0)) < 0:
            return [title] if title.strip() else []
        parts = _split_ascii_at(title, marks, at)
    else:
        parts = split_at_keys(_PIECES, _PIECE_KEY, title)
    return [p for p in parts if p and p.strip()]


def _split_ascii_at(title: str, marks: bytes, at: int) -> list[str]:
    """``names.split_at_keys(_PIECES, _PIECE_KEY, title)`` for an ASCII ``title`` whose ``marks``
    (:data:`_ASCII_KEY_MARKS`) put its first key character at ``at``: the same two anchored attempts at each
    key character (:func:`~linkcheck.names.matches_at_keys`), the next key found by ``bytes.find``."""
    parts: list[str] = []
    prev = low = 0
    while at >= 0:
        start = at
        while start > low and title[start - 1].isspace():  # what \s matches in a str pattern
            start -= 1
        m = _PIECES.match(title, start)
        if m is None and start < at:
            m = _PIECES.match(title, at)
        if m is None:
            low = at + 1
        else:
            parts.append(title[prev : m.start()])
            prev = low = m.end()
        at = marks.find(0, low)
    parts.append(title[prev:])
    return parts


@lru_cache(maxsize=PAGE_KEYS)  # a str in, a str or None out; a page's headline is judged in several titles
def _text_kind(piece: str) -> str | None:
    """``error`` or ``filler`` for one piece of a title, from its words alone; ``None`` for anything else."""
    if "of /" in piece and piece.lstrip()[:10].lower() == "index of /":
        return "error"  # a web server's listing of a folder ("Index of /news/2016/"): the page is not there
    # ``fold`` gives words with one space between them and nothing around (names.fold's docstring), so the
    # folded piece is its words joined: it is asked of the tables as it is, where each test joined the words
    # again (cost21), and an untrimmed piece is its own core (no slice, no third join)
    folded = fold(piece)
    if not folded:
        return "filler"
    words = folded.split()
    if len(words) > 1 and (folded in _FILLER_PHRASES or (not piece.isascii() and folded in _FILLER)):
        return "filler"  # a filler phrase, or a word that folding splits at its vowel signs (Bengali "দুঃখিত")
    start, end = _core_bounds(words)
    if end - start == len(words):
        core, text = words, folded
    elif start == end:
        return "error" if any(w in _ERROR_WORDS for w in words) else "filler"
    else:
        core = words[start:end]
        text = " ".join(core)
    if text in _PHRASES or (_PATTERN_SEARCH.holds(core, text) and _error_pattern().fullmatch(text)):
        return "error"
    if len(core) < len(words) and _edged_phrase(words, start, end):
        return "error"
    if len(core) < len(words) and _STATUS_LINE.fullmatch(folded):
        return "error"
    return None


def _piece_kinds(title: str) -> list[tuple[str, str | None]]:
    """The pieces of ``title`` (empty ones dropped), each with its :func:`_text_kind`.

    An error message may hold a relative clause between commas ("Strani, ki jo iščete, ni mogoče najti",
    Slovene: "the page, which you are looking for, cannot be found"): when no piece is an error phrase and
    the title holds two commas, its pieces are read again with the commas dropped, and kept if that gives an
    error phrase (the phrases fold their commas away). So is a sentence of one comma ending in a full stop
    ("Ez a cikk több mint 10 éves, ezért archiváltuk.", Hungarian: "this article is more than 10 years old,
    so we archived it"; rot57): a notice's line, where a headline seldom ends so."""
    kinds = [(p, _text_kind(p)) for p in _split_pieces(title)]  # _kinds_of_pieces, one call fewer (cost21)
    commas = title.count(",")
    if (commas >= 2 or (commas == 1 and title.endswith("."))) and not _has_error_piece(kinds):
        joined = _kinds_of_pieces(title.replace(",", ""))
        if _has_error_piece(joined):
            return joined
    return kinds


def _kinds_of_pieces(title: str) -> list[tuple[str, str | None]]:
    return [(p, _text_kind(p)) for p in _split_pieces(title)]


def _interjection(kinds: list[tuple[str, str | None]]) -> bool:
    """Whether a title's pieces and kinds (:func:`_piece_kinds`) are all filler words (:data:`_FILLER`) and
    none an error word: an interjection such as "SORRY!", "Oops!" or "Ой!", which names no page (an error
    page's heading over its message); "Error" or "404" is an error title, not this."""
    return bool(kinds) and all(kind == "filler" for _, kind in kinds)


def names_nothing(title: str) -> bool:
    """Whether ``title`` (a heading) is filler only, an interjection or an apology ("Oops!", "We're
    sorry."): it names no page, so it is no headline (:func:`linkcheck.pagebody.headless_signal` reads the
    page's text, as for a page with none). Left alone: a heading with words of its own, an error title."""
    return _interjection(_piece_kinds(title))


def _has_error_piece(kinds: list[tuple[str, str | None]]) -> bool:
    # A loop, not any() over a generator (whose making and finalising cost more than the test): asked of
    # every title of every page.
    for _piece, kind in kinds:  # noqa: SIM110
        if kind == "error":
            return True
    return False


def _is_error_title(kinds: list[tuple[str, str | None]], names: Sequence[str], hosts: Sequence[str]) -> bool:
    """:func:`is_error_title` on the pieces and kinds :func:`_piece_kinds` gave."""
    if not _has_error_piece(kinds):
        return False
    return all(k is not None or is_site_segment(p, names, hosts) for p, k in kinds)


#: Notices that the article moved to another address, as pages write them in titles and headings ("This
#: article has moved", "Материал перемещён"): the article is not at the cited address; the notice links to it.
_MOVED_PHRASES = folded_set(
    (
        "this article has moved", "this story has moved", "this page has moved", "this content has moved",
        "article moved", "story moved", "page moved", "content moved", "this article has been moved",
        "this page has been moved",
        # a public body's notice that what the page said is now published elsewhere, its portal linked
        # ("This information has moved", "This guidance has moved to GOV.UK")
        "this information has moved", "this information has now moved", "information has moved",
        "this guidance has moved", "this service has moved", "this page has now moved",
        "материал перемещен", "материал перемещён", "материал перенесен", "материал перенесён",
        "статья перемещена", "новость перемещена", "страница перемещена", "страница перенесена",
        "материал переехал", "страница переехала",
        # a whole site's notice at every old address, its new domain linked ("We have moved / <Site> is now
        # published at <new domain>"): the article is not at the cited address either
        "we have moved", "we've moved", "we moved", "our site has moved", "our website has moved",
        "this site has moved", "this website has moved", "the site has moved", "site moved",
        "мы переехали", "сайт переехал", "наш сайт переехал",
        # ... in German, French and Spanish (rot52: "Diese Seite ist umgezogen", the new address in its text)
        "diese seite ist umgezogen", "dieser artikel ist umgezogen", "seite umgezogen", "artikel umgezogen",
        "diese seite wurde verschoben", "dieser artikel wurde verschoben", "wir sind umgezogen",
        "cette page a été déplacée", "cet article a été déplacé", "page déplacée", "article déplacé",
        "esta página ha sido trasladada", "esta página se ha trasladado", "este artículo ha sido trasladado",
        "página trasladada", "artículo trasladado",
        # ... and in Catalan and Portuguese (rot56: "Ens hem traslladat!" over a refresh to the new address)
        "ens hem traslladat", "hem canviat d'adreça", "aquesta pàgina s'ha traslladat", "web traslladat",
        "mudámos", "mudamos", "mudamos de endereço", "mudámos de endereço", "o site mudou de endereço",
        "esta página foi movida", "este artigo foi movido",
        # ... and in Danish, Norwegian and Swedish (rot57: "Vi har skiftet adresse" over a refresh to the new
        # address; rot56's leftover)
        "vi har skiftet adresse", "vi er flyttet", "vi er flyttet til en ny adresse", "siden er flyttet",
        "artiklen er flyttet", "vi har fået en ny adresse", "vi har byttet adresse", "vi har flyttet",
        "artikkelen er flyttet", "vi har bytt adress", "vi har flyttat", "sidan har flyttats",
        "artikeln har flyttats",
        # ... and in Japanese and Korean (rot60: "この記事は移転しました", its new address linked)
        "この記事は移転しました", "記事は移転しました", "このページは移転しました", "ページは移転しました",
        "この記事は移動しました", "このページは移動しました", "サイトを移転しました", "サイト移転のお知らせ",
        "ページ移転のお知らせ", "記事移転のお知らせ", "이 기사는 이동되었습니다", "기사가 이동되었습니다",
        "페이지가 이동되었습니다", "이 페이지는 이동되었습니다", "사이트를 이전했습니다",
    )
)  # fmt: skip
#: Words one of which a moved notice's title holds (lowered): the pre-test before its pieces are read.
_MOVED_HINTS = (
    "moved",
    "перемещ",
    "перенес",
    "перенёс",
    "переех",
    "umgezogen",
    "verschoben",
    "déplac",
    "trasl",  # traslado, trasladado; the Catalan traslladat
    "d'adreça",
    "mud",  # mudámos, mudamos, mudou (a title with "mud" in it is read whole by is_moved_title)
    "movid",
    # Danish and Norwegian "skiftet adresse", "byttet adresse", "ny adresse", Swedish "bytt adress" (rot57):
    # one hint (a title holding "adress" but none of them is read whole by is_moved_title, as "mud" is)
    "adress",
    "flytt",  # Danish, Norwegian "flyttet", Swedish "flyttat", "flyttats"
    # Japanese "移転" (moved, of an address), "移動" (moved); Korean "이동", "이전" (rot60)
    "移転",
    "移動",
    "이동",
    "이전했",
)


def may_say_moved(title: str) -> bool:
    """Whether ``title`` holds a word a moved notice's title holds (:data:`_MOVED_HINTS`): the cheap test
    before :func:`is_moved_title` reads its pieces and the site's names. (A case-insensitive regex of the
    five measured dearer in ``bench/read_cost.py``: 2.209 M instructions a page against 2.178 M.) The hints
    are asked through ``map`` of the lowered title's ``__contains__``, the same ``in`` tests without a
    generator's Python step each (cost11; cost8 measured 8.3 k -> 7.2 k a headline)."""
    return any(map(title.lower().__contains__, _MOVED_HINTS))


def is_moved_title(title: str, names: Sequence[str] = (), hosts: Sequence[str] = ()) -> bool:
    """Whether ``title`` *is* a notice that the article moved (:data:`_MOVED_PHRASES`): a piece is such a
    notice and every other piece is filler or the site's name. "Article moved | The Valley Ledger" is;
    "Kremlin moved the parade: what it means" is not."""
    if not may_say_moved(title):
        return False
    pieces = _split_pieces(title)
    moved = [p for p in pieces if _in_table(p, _MOVED_PHRASES)]
    return bool(moved) and all(
        p in moved or _text_kind(p) == "filler" or is_site_segment(p, names, hosts) for p in pieces
    )


def says_gone(line: str) -> bool:
    """Whether ``line`` *is* an error message (:func:`is_error_title`, no site name) and one of its pieces an
    error phrase by its words ("This URL has been excluded from the archive", "Page not found"): not only
    status words ("Error", "Error 404", "410"), which a server's page for any refusal may hold."""
    if not _may_hold_error_piece(line):
        return False
    kinds = _piece_kinds(line)
    return _is_error_title(kinds, (), ()) and any(
        k == "error" and any(w not in _FILLER for w in fold(p).split()) for p, k in kinds
    )


#: A notice that the article itself was withdrawn (on folded text, from the start of its sentence, after a
#: label such as "Aviso legal:" or "Hinweis der Redaktion:"): the article or the page's content, then within
#: a few words a removal ("removed", "retirado", "nicht abrufbar", "rimosso", "retiré", ...), in English,
#: Spanish, German, French, Italian, Portuguese and Dutch. "The name of the defendant has been removed from
#: this article" is about a part of it, not the article.
_WITHDRAWN = lazy_re(
    r"(?:(?:this|the) (?:article|story|content|page|post|report|item)"
    r"|(?:este|esta|el|la) (?:articulo|noticia|contenido|pagina|informacion|nota)"
    r"|(?:dieser|der|dieses|das|diese|die) (?:artikel|beitrag|inhalt|text|seite|bericht)"
    r"|(?:cet|cette|ce|l|la|le) ?(?:article|contenu|page)"
    r"|(?:questo|questa|il|la|l) ?(?:articolo|contenuto|pagina|notizia)"
    r"|(?:este|esta|o|a) (?:artigo|conteudo|materia|noticia|pagina)"
    r"|(?:dit|het|deze|de) (?:artikel|bericht|pagina)"
    # Swedish's article is a suffix ("artikeln", "den här artikeln"); Greek folded ("το άρθρο", "το
    # περιεχόμενο αυτό")
    r"|(?:den har |denna )?(?:artikeln|texten|innehallet|sidan)"
    r"|(?:to|ayto to) (?:arthro|periechomeno|keimeno)) "
    r"(?:\w+ ){0,12}?"
    r"(?:removed|deleted|withdrawn|unpublished|taken (?:down|offline)|(?:no longer|not) available|unavailable"
    r"|retirad[oa]|eliminad[oa]|borrad[oa]|despublicad[oa]|no (?:esta )?(?:mas )?disponible"
    r"|entfernt|geloscht|depubliziert|gesperrt|nicht (?:mehr )?(?:abrufbar|verfugbar|zuganglich|online)"
    r"|retiree?|supprimee?|depubliee?|n ?est (?:plus|pas) (?:disponible|accessible)"
    r"|rimoss[oa]|eliminat[oa]|cancellat[oa]|deindicizzat[oa]|oscurat[oa]|non e (?:piu )?disponibile"
    r"|removid[oa]|excluid[oa]|indisponivel|nao (?:esta )?(?:mais )?disponivel"
    r"|verwijderd|offline gehaald|niet (?:meer )?beschikbaar"
    r"|tagits bort|avpublicerats|raderats|ar borttagen|ar inte (?:langre )?tillganglig"
    r"|afairethike|echei afairethei|diagrafike|echei diagrafei|aposyrthike)\b"
)
#: ... and why, when the why is the law or a person's request: a court's order or ruling, an injunction, the
#: right to be forgotten, data protection (GDPR and its national names), "at the request of", a copyright
#: holder's complaint (a DMCA takedown).
_WITHDRAWN_WHY = lazy_re(
    r"\b(?:court order|order of (?:the |a )?court|(?:court|judicial) (?:ruling|decision|order)|injunction"
    r"|right to be forgotten|data protection|gdpr|legal (?:reasons|request|complaint|action|advice)"
    r"|at (?:the|his|her|their) request"
    # the editors' own decision (rot58): "retirado por decisión de la dirección de este periódico"
    r"|(?:by )?(?:an )?editorial decision|(?:by )?(?:a )?decision of the (?:editors?|editorial board)"
    r"|(?:por )?decision (?:de la (?:direccion|redaccion)|editorial)"
    r"|redaktionell\w* entscheidung|entscheidung der redaktion"
    r"|decision (?:de la redaction|editoriale)|decisione (?:della (?:redazione|direzione)|editoriale)"
    r"|decisao (?:da (?:redacao|direcao)|editorial)|redactionele beslissing|besluit van de redactie"
    r"|derecho al olvido|orden judicial|(?:resolucion|decision) judicial|sentencia|mandato judicial"
    r"|proteccion de datos|rgpd|motivos legales|a peticion de"
    r"|einstweilig\w* verfugung|\w*gericht\w*|urteil\w*|recht auf vergessen\w*|datenschutz\w*|dsgvo"
    r"|rechtlichen grunden|auf wunsch"
    r"|decision de justice|decision judiciaire|ordonnance|injonction|droit a l ?oubli"
    r"|droit au dereferencement"
    r"|protection des donnees|raisons juridiques|a la demande de"
    r"|diritto all ?oblio|provvedimento|ordine del giudice|sentenza|garante (?:della |per la )?privacy"
    r"|regolamento ue 2016 679|motivi legali|su richiesta"
    r"|direito ao esquecimento|ordem judicial|decisao judicial|lgpd|protecao de dados|a pedido de"
    r"|recht om vergeten te worden|gerechtelijk\w*|rechter\w*|vonnis|avg|op verzoek van"
    r"|juridiska skal|rattsliga skal|domstol\w*|pa begaran av"
    r"|nomikoys logoys|dikastik\w* apofas\w*"
    # a copyright holder's complaint (a DMCA takedown notice): "removed following a copyright complaint"
    r"|copyright (?:complaint|claim|notice|infringement|holder|owner)s?|dmca|takedown notice"
    r"|derechos de autor|urheberrecht\w*|droits? d ?auteur|diritt[oi] d ?autore|direitos? autora\w*"
    r"|auteursrecht\w*)\b"
)
#: What a notice of a partial removal names (folded): it was a passage, a name or a picture that went.
_WITHDRAWN_PART = lazy_re(
    r"\b(?:paragraphs?|passages?|sentences?|names?|photos?|photographs?|images?|pictures?|quotes?|details?"
    r"|absatze?|absatz|passagen?|namen?|fotos?|bilder?|paragraphes?|noms?|phrases?|parrafos?|nombres?"
    r"|imagen(?:es)?|frases?|paragrafi|paragrafo|nomi|nome|immagini|immagine|alineas?|naam|foto)\b"
)
#: The end of a line's first sentence: what follows it is a line on why, or where to go instead.
_SENTENCE_END = lazy_re(r"(?<=[.!?。！])\s+")
#: The same, and a CJK full stop with no blank after it (CJK text puts none between sentences): asked only of
#: a line holding one (:func:`_sentence_end`), the alternation costing 2.5 times the plain pattern a line.
_CJK_SENTENCE_END = lazy_re(r"(?<=[.!?])\s+|(?<=[。！？])\s*(?=\S)")


def _sentence_end(line: str) -> re.Pattern[str]:
    """The pattern that ends ``line``'s sentences: :data:`_CJK_SENTENCE_END` for a line holding a CJK full
    stop, else :data:`_SENTENCE_END` (an ASCII line costs one ``isascii``)."""
    if line.isascii() or ("。" not in line and "！" not in line and "？" not in line):
        return _SENTENCE_END
    return _CJK_SENTENCE_END


#: The longest first sentence read as a withdrawal notice.
_WITHDRAWN_LINE = 300


def first_sentence(line: str) -> str:
    """``line`` up to the end of its first sentence (a full stop, ``!`` or ``?``, then blanks; or a CJK
    one, ``。``, ``！``, ``？``, whether blanks follow or not: CJK text puts none between sentences); the
    whole line when it holds one sentence."""
    return _sentence_end(line).split(line, maxsplit=1)[0]


def sentences(line: str) -> list[str]:
    """``line``'s sentences, split where :func:`first_sentence` ends the first."""
    return _sentence_end(line).split(line)


def says_withdrawn(line: str) -> bool:
    """Whether the first sentence of ``line`` says the article was withdrawn, and why, when the why is the
    law or a request (:data:`_WITHDRAWN`, :data:`_WITHDRAWN_WHY`): "Este artículo ha sido retirado a
    petición de una de las personas mencionadas, en ejercicio de su derecho al olvido", "Hinweis der
    Redaktion: Dieser Artikel ist aufgrund einer einstweiligen Verfügung ... derzeit nicht abrufbar". A
    notice that a name, a passage or a picture was removed (the article kept) is not one."""
    first = first_sentence(line.strip())
    if len(first) > _WITHDRAWN_LINE:
        return False
    label, colon, rest = first.partition(": ")
    if colon and len(label.split()) <= 4:
        first = rest
    text = fold(first)
    return (
        _WITHDRAWN.match(text) is not None
        and _WITHDRAWN_WHY.search(text) is not None
        and _WITHDRAWN_PART.search(text) is None
    )


def _withdrawn_title(titles: Sequence[str]) -> str | None:
    """The first of a page's titles that is a notice of the article's withdrawal (:func:`says_withdrawn`:
    "This article has been removed following a copyright complaint"), or ``None``. Asked only of a page that
    states no article's date: the notice heads the page in place of the story; a dated story headlined so is
    a story."""
    for title in titles:
        if says_withdrawn(title):
            return title
    return None


def has_error_phrase(title: str) -> bool:
    """Whether some piece of ``title`` is an error phrase (by its words alone: what :func:`is_error_title`
    asks first, without the site's names and hosts)."""
    return _may_hold_error_piece(title) and _has_error_piece(_piece_kinds(title))


def is_error_title(title: str, names: Sequence[str] = (), hosts: Sequence[str] = ()) -> bool:
    """Whether ``title`` *is* an error message: at least one piece is an error phrase and every other piece
    is filler or the site's name (one of ``names``, or carried by a label of ``hosts``).

    The site's name is looked for (the costly part) only once some piece is an error phrase: most titles
    have none and are settled by their words alone (most by :func:`_may_hold_error_piece`, unsplit)."""
    return _may_hold_error_piece(title) and _is_error_title(_piece_kinds(title), names, hosts)


@lru_cache(maxsize=PAGE_KEYS)  # a URL is read by several signals
def _segments(url: str) -> tuple[tuple[str, ...], str]:
    """The non-empty path segments and the query of ``url``; none for a URL that does not parse."""
    try:
        _, path, query = url_parts(url)
    except ValueError:
        return (), ""
    # ``filter(None, ...)`` drops the empty segments as ``if s`` did, in C (~2 k instructions less a URL)
    return tuple(filter(None, path.split("/"))), query


def _query_pairs(query: str) -> list[tuple[str, str]]:
    """``parse_qsl(query)``, which is ``[]`` for an empty query (most article URLs have none)."""
    return parse_qsl(query) if query else []


def _has_query_id(query: str) -> bool:
    """A numeric id in the query: of three digits or more under any key (``?p=123``, ``?id=45678``), or of
    any length under an id key (``?id=88``, ``?option=com_content&id=7``). Not a number under a key that
    says where the reader came from or why (``?ref=404``, ``?from=410``, ``?utm_source=...``): the front
    page a dead link is sent to often counts those."""
    if not query:  # most article addresses: no generator made for no pairs (cost22)
        return False
    return any(
        v.isdigit()
        and (len(v) >= 3 or k.lower() in _ID_KEYS)
        and not (k.lower() in _NOT_ID_KEYS or campaign_key(k))
        for k, v in _query_pairs(query)
    )


def _is_article_url(url: str) -> bool:
    """A URL that names one piece of content: an id or a date in the path, a long slug, a ``.html`` page,
    three or more segments, or a numeric id in the query (:func:`_has_query_id`)."""
    segments, query = _segments(url)
    if _has_query_id(query):
        return True
    if not segments or (len(segments) == 1 and _INDEX.fullmatch(segments[0])):
        return False
    if len(segments) >= 3:
        return True
    for seg in segments:
        if re.search(r"\d{4,}", seg) or len(re.split(r"[-_]+", seg)) >= 3:
            return True
        if _ARTICLE_FILE.search(seg) and not _INDEX.fullmatch(seg):
            return True
    return False


def is_article_url(url: str) -> bool:
    """Whether ``url`` names one piece of content by its shape (:func:`_is_article_url`)."""
    return _is_article_url(url)


def _is_gate(url: str) -> bool:
    """A consent, login or paywall step that carries where to go next (``?continue=https://...``,
    ``?next=/story``): not the site's front page even when its path is ``/``."""
    _, query = _segments(url)
    return any(v.startswith(("http:", "https:", "/")) for _, v in _query_pairs(query))


def _is_root(url: str) -> bool:
    """``/``, ``/index.html``, or a language root (``/en/``, ``/pt-br``), without an id in the query
    (``/?p=123`` is a WordPress article) and not a gate (:func:`_is_gate`)."""
    segments, query = _segments(url)
    if _has_query_id(query) or _is_gate(url):
        return False
    return not segments or (
        len(segments) == 1 and bool(_INDEX.fullmatch(segments[0]) or _LANGUAGE.fullmatch(segments[0]))
    )


def same_site(a: str, b: str) -> bool:
    """``a`` and ``b`` are on one site: the same registrable label (``ria.ru``, ``m.ria.ru``), or the same
    host where it has none (an IP address, ``localhost``)."""
    ha, hb = hosts_of(a), hosts_of(b)
    if not ha or not hb:
        return False
    la, lb = host_labels(ha[0]), host_labels(hb[0])
    return la[:1] == lb[:1] if la and lb else ha[0] == hb[0]


def _section_of(requested: str, final: str) -> bool:
    """``final`` is a bare section above ``requested`` on the same site (``/politika/`` for
    ``/politika/7487995``): a proper path prefix of at most two segments, itself no article."""
    req, _ = _segments(requested)
    fin, _ = _segments(final)
    return (
        same_site(requested, final)
        and not _is_gate(final)
        and 0 < len(fin) <= 2
        and len(fin) < len(req)
        and req[: len(fin)] == fin
        and not _is_article_url(final)
    )


def _deep_section_of(requested: str, final: str, metadata: Metadata | None) -> bool:
    """``final`` is a section three segments deep above ``requested`` on the same site
    (``/news/world/europe/`` for ``/news/world/europe/2024/03/ferry-strike``): a proper path prefix whose
    segments are words of one or two each (:data:`_SHORT_SECTION_SEGMENT`, no digit), after which
    ``requested`` goes on with a date or an id (a segment holding a digit), and whose page states no date of
    its own.
    :func:`_section_of` stops at two segments, where three are an article's shape (:func:`_is_article_url`);
    a CMS filing stories under ``/<desk>/<beat>/<region>/`` sends a removed one up there (host53)."""
    req, _ = _segments(requested)
    fin, final_query = _segments(final)
    return (
        len(fin) == 3
        and len(req) > 3
        and req[:3] == fin
        and any(c.isdigit() for c in req[3])
        and not final_query
        and all(_SHORT_SECTION_SEGMENT.fullmatch(seg) is not None for seg in fin)
        and same_site(requested, final)
        and _undated(metadata)
    )


#: A word of a section's path segment: letters only (no digit, no underscore).
_SECTION_WORD = r"[^\W\d_]+"
#: A section's path segment: words of letters joined by hyphens, underscores or dots (``politics``,
#: ``world-news``, ``politika.html``). A template's unfilled placeholder resolved as an address
#: (``/politika/%7B%7B%20article.url%20%7D%7D``, which has no digit) names no section.
_SECTION_SEGMENT = lazy_re(rf"{_SECTION_WORD}(?:[-_.]{_SECTION_WORD})*")
#: The same of one or two words (``europe``, ``middle-east``; not ``latest-world-news``): a deep section's
#: segment (:func:`_deep_section_of`).
_SHORT_SECTION_SEGMENT = lazy_re(rf"{_SECTION_WORD}(?:[-_.]{_SECTION_WORD})?")


def _is_bare_section(url: str) -> bool:
    """A section's front by its address: one or two path segments without a digit (``/politics/``,
    ``/ru/economy``; words only, :data:`_SECTION_SEGMENT`), no query id, no gate, no article by its shape.
    Added after the seed7 probe: an outlet
    that took a story down may answer its address with the section's front (a 200, no redirect), whose
    canonical names the section; a story's own canonical names the story."""
    segments, query = _segments(url)
    return (
        0 < len(segments) <= 2
        and not any(ch.isdigit() for seg in segments for ch in seg)
        and all(_SECTION_SEGMENT.fullmatch(seg) is not None for seg in segments)
        and not _has_query_id(query)
        and not _is_gate(url)
        and not _is_article_url(url)
    )


def _is_search(url: str) -> bool:
    """A site search: a search segment as the last path segment of at most two (``/search``, ``/suche/``,
    ``/en/search?q=...``), or the first followed by the words searched for (WordPress's
    ``/search/<words>/``). The root with a search query (``/?s=words``) is the front page already
    (:func:`_is_root`); its reason names the search (:func:`_is_root_search`)."""
    segments, _ = _segments(url)
    return 0 < len(segments) <= 2 and (
        segments[-1].lower() in _SEARCH_SEGMENTS or segments[0].lower() in _SEARCH_SEGMENTS
    )


def _is_root_search(url: str) -> bool:
    """The root with a search query (WordPress's ``/?s=words``, ``/?q=words``): the front page's search."""
    _, query = _segments(url)
    return any(k.lower() in _SEARCH_KEYS and v.strip() for k, v in _query_pairs(query))


def _is_listing(url: str) -> bool:
    """A tag, topic, category or author page: a listing segment (:data:`_LISTING_SEGMENTS`) first, or second
    after a language root (``/en/tag/...``), in a path of at most three segments without a long number,
    whose last segment is a name of at most three words (``/category/news/a-story-of-many-words`` is an
    article filed under a category). A page of the listing (``/author/mary-halloran/page/3/``, rot51) is
    the listing."""
    segments, _ = _segments(url)
    if (
        len(segments) > 2
        and segments[-2].lower() in ("page", "seite", "pagina", "strona")
        and (segments[-1].isdigit())
    ):
        segments = segments[:-2]
    if not 0 < len(segments) <= 3 or any(re.search(r"\d{4,}", s) for s in segments):
        return False
    first = 1 if len(segments) > 1 and _LANGUAGE.fullmatch(segments[0]) else 0
    return segments[first].lower() in _LISTING_SEGMENTS and len(re.split(r"[-_]+", segments[-1])) <= 3


def _is_date_archive(url: str) -> bool:
    """A blog's or paper's archive of a year, a month or a day (``/2019/``, ``/2019/06/``, ``/2019/06/12/``,
    after an optional language root, with an optional ``/page/<n>``): a path of date numbers alone lists
    the stories of that date; an article's address has a slug or an id after them. The numbers may follow
    an archive's own segment (:data:`_ARCHIVE_SEGMENTS`: ``/archive/2020/``, ``/arkhiv/2020/01/``), and that
    segment alone is the archive's index (``/archive/``): where an outlet that moved its old stories sends
    their addresses (added after the seed3 probe: ``/20200109/1563219328.html`` redirected to
    ``/archive/2020/`` passed as the story, moved). A day may be one segment of eight digits, ``/20200109/``,
    as outlets that file stories under their day so write its archive (added after the seed8 probe: RIA's
    story redirected to its day's list passed as the story)."""
    segments, query = _segments(url)
    if query or not segments:
        return False
    if len(segments) > 2 and segments[-2].lower() == "page" and segments[-1].isdigit():
        segments = segments[:-2]
    if len(segments) > 1 and _LANGUAGE.fullmatch(segments[0]):
        segments = segments[1:]
    if segments and segments[0].lower() in _ARCHIVE_SEGMENTS:
        segments = segments[1:]
        if not segments:
            return True
    if len(segments) == 1 and len(segments[0]) == 8 and segments[0].isdigit():
        return _compact_day(segments[0])
    if not 0 < len(segments) <= 3 or not _YEAR.fullmatch(segments[0]):
        return False
    return all(
        s.isdigit() and len(s) <= 2 and 1 <= int(s) <= top
        for s, top in zip(segments[1:], (12, 31), strict=False)  # a month, then a day
    )


def _compact_day(segment: str) -> bool:
    """``segment`` (eight digits) is a day written ``YYYYMMDD``, of a year :data:`_YEAR` accepts."""
    month, day = int(segment[4:6]), int(segment[6:])
    return _YEAR.fullmatch(segment[:4]) is not None and 1 <= month <= 12 and 1 <= day <= 31


#: An archive's own path segment (lower case), before the date numbers of its indexes: English, Russian
#: and Ukrainian romanised, German, Italian, Spanish, Portuguese, French.
_ARCHIVE_SEGMENTS = frozenset(
    ("archive", "archives", "arkhiv", "arhiv", "archiv", "archivio", "archivo", "arquivo", "archivos")
)
#: A year in an address (1990 to 2099).
_YEAR = lazy_re(r"(?:199\d|20\d\d)")


def _undated(metadata: Metadata | None) -> bool:
    """A page read, with no publication date of its own (none, or only its URL's)."""
    return metadata is not None and (metadata.published is None or metadata.published.source == "url")


def _sibling_section(requested: str, final: str) -> bool:
    """``final`` is a bare section beside ``requested`` on the same site (``/news/local/`` for
    ``/news/2019/jul/22/carnival``): both under the same first segment, ``final`` of at most two segments
    without digits and no article itself. A two-word slug has that shape too (``/news/eastquay-carnival``):
    the caller asks, besides, that the page have no date of its own."""
    req, _ = _segments(requested)
    fin, final_query = _segments(final)
    return (
        1 < len(fin) <= 2
        and len(fin) < len(req)
        and fin[0] == req[0]
        and not any(c.isdigit() for s in fin for c in s)
        and not final_query
        and same_site(requested, final)
        and not _is_article_url(final)
    )


def _titled_by_its_section(url: str, metadata: Metadata | None) -> bool:
    """The page at ``url`` is headed by the name of its own address's section: ``url`` is one or two
    segments without digits, no article (:func:`_is_article_url`: so a name of at most two words), the
    page states no publication date in its metadata (a story moved to ``/news/eastquay-carnival`` does),
    and its headline is those words (``Local`` at ``/local/?from=legacy``, ``Business`` at
    ``/news/business``). A site migration that sends every old story to one section's front lands there
    from anywhere on the site, not only from the section's own stories (:func:`_section_of`)."""
    if metadata is None or not metadata.title:
        return False
    if declares_an_article(metadata):
        return False  # a story moved to a two-word slug states its date; a section front only shows teasers'
    segments, _ = _segments(url)
    if not 0 < len(segments) <= 2 or any(c.isdigit() for c in segments[-1]) or _is_article_url(url):
        return False
    if fold(metadata.title) != fold(segments[-1].replace("-", " ").replace("_", " ")):
        return False
    # a sign-in or consent step is headed by its address's name too ("Anmelden" at /anmelden?redirect=...):
    # a gate, not a section
    return not _is_gate(url) and address_gate(url) is None


#: The ``og:site_name`` of social networks' and messaging services' pages (folded): a channel, a profile or a
#: group, which outlets send old addresses to.
_PLATFORMS = folded_set(
    (
        "Telegram", "VK", "ВКонтакте", "VKontakte", "Facebook", "Instagram", "X", "Twitter", "YouTube",
        "TikTok", "LinkedIn", "Threads", "Одноклассники", "OK", "Дзен", "Dzen", "Яндекс Дзен", "WhatsApp",
        "Viber", "Mastodon", "Bluesky", "Pinterest", "Reddit", "Weibo", "微博", "LINE",
    )
)  # fmt: skip


def platform_of(metadata: Metadata | None) -> str | None:
    """The social network or messaging service whose page ``metadata`` is (its ``og:site_name``: "Telegram",
    "VK", "YouTube"); ``None`` for any other page."""
    name = metadata.site_name if metadata is not None else None
    return name if name and fold(name) in _PLATFORMS else None


#: A "link in bio" page's title piece (folded, whole): an outlet's one page of links to its accounts and
#: channels elsewhere ("Кедр — все ссылки", "<Site> | Links", "Мы в соцсетях"), where a closed site may send
#: its old addresses. Not a section's front: the report names it for what it is.
_LINKS_PIECES = folded_set(
    (
        "links", "all links", "our links", "link in bio", "links in bio", "find us online", "follow us",
        "follow us online", "все ссылки", "наши ссылки", "ссылки", "мы в соцсетях", "мы в социальных сетях",
        "читайте нас в соцсетях",
    )
)  # fmt: skip


def links_page_title(metadata: Metadata | None) -> str | None:
    """The ``<title>`` of ``metadata``'s page when a piece of it says the page is an outlet's "link in bio"
    page (:data:`_LINKS_PIECES`: "Кедр — все ссылки"), else ``None``. Asked of an undated page at a short
    address that a story's address redirects to (:func:`undated_short_page`)."""
    title = metadata.title if metadata is not None else None
    if not title:
        return None
    return title if any(p in _LINKS_PIECES for p in folded_pieces(title)) else None


#: A newsletter sign-up page's title or heading (folded, whole): "Newsletters", "Sign up for our
#: newsletters", "Subscribe to our free daily newsletter", "Рассылки", "Подпишитесь на нашу рассылку", where
#: a relaunched site may send old stories. Not a section's front: the report names it for what it is.
_SIGNUP = lazy_re(
    r"(?:(?:sign up|signup|subscribe|register) (?:for|to) )?(?:our |the )?(?:free )?(?:(?:daily|weekly|email)"
    r" )*(?:newsletters?|email newsletters?)(?: (?:sign ?up|signup|subscriptions?|preferences))?"
    r"|(?:podpishites|podpisatsya|podpiska) na (?:nashi? |nashu )?(?:e-?mail-? ?)?rassylk[iuy]"
    r"|(?:nashi |e-?mail-? ?)?rassylki"
    # Dutch, German, French, Spanish and Swedish (rot56: "Schrijf je in voor onze nieuwsbrief" answering a
    # story's address): "Nieuwsbrief", "Meld je aan voor de nieuwsbrief", "Newsletter abonnieren",
    # "Inscrivez-vous à notre newsletter", "Suscríbete a nuestro boletín", "Prenumerera på vårt nyhetsbrev"
    r"|(?:(?:schrijf je in|meld je aan|abonneer je|aanmelden) (?:voor|op) )?(?:onze |de )?(?:gratis )?"
    r"(?:(?:dagelijkse|wekelijkse) )?nieuwsbrie(?:f|ven)(?: aanmelden)?"
    r"|(?:(?:unseren |den )?newsletter (?:abonnieren|bestellen)|newsletter anmeldung)"
    r"|(?:inscrivez vous|abonnez vous|inscription) a (?:notre |la )?(?:newsletter|lettre d information)"
    r"|(?:suscribete|suscribase|apuntate) (?:a|al) (?:nuestro |nuestra )?(?:boletin|newsletter)"
    r"|(?:prenumerera pa |anmal dig till )?(?:vart |vara )?nyhetsbrev"
)


def signup_page_title(metadata: Metadata | None) -> str | None:
    """The first of ``metadata``'s titles a piece of which (or all of which) says the page is the outlet's
    newsletter sign-up page (:data:`_SIGNUP`: "Newsletters | The Kolyma Gazette", "Sign up for our
    newsletters"), else ``None``. Asked of an undated page at a short address that a story's address
    redirects to (:func:`undated_short_page`); a story headlined "Newsletter sent to 40,000 readers" is
    neither undated nor a whole title of these words."""
    if metadata is None:
        return None
    for title in metadata.titles():
        if (
            "ews" not in title
            and "ассыл" not in title
            and "ieuwsbrie" not in title
            and "yhetsbrev" not in title
        ) and (
            "oletín" not in title and "oletin" not in title
        ):  # newsletter(s), рассылка, nieuwsbrief, boletín
            continue
        if any(_SIGNUP.fullmatch(p) for p in (fold(title), *folded_pieces(title))):
            return title
    return None


def undated_short_page(requested_url: str, final_url: str, metadata: Metadata | None, redirects: int) -> bool:
    """Whether an article URL was redirected, on the same site, to a page at a short address (one or two path
    segments without a digit: ``/international``, ``/c/around-the-county/``) that states no publication date
    in its metadata: the shape of a section's or an edition's front that a relaunched site sends every old
    story to, whatever the section's name. The caller asks, besides, that the page's title fail the cited
    one: a story moved to a short address keeps its headline."""
    if not redirects or final_url == requested_url or metadata is None:
        return False
    if declares_an_article(metadata):
        return False
    segments, _ = _segments(final_url)
    return (
        0 < len(segments) <= 2
        and not any(c.isdigit() for s in segments for c in s)
        and not _is_gate(final_url)
        and address_gate(final_url) is None
        and _is_article_url(requested_url)
        and same_site(requested_url, final_url)
    )


@lru_cache(maxsize=PAGE_KEYS)
def _slug_words(url: str) -> str | None:
    """The words of ``url``'s last path segment, folded (``reservoir fees rise for 2020``), when it is a slug
    of at least two words; ``None`` otherwise."""
    segments, _ = _segments(url)
    if not segments:
        return None
    words = fold(_ARTICLE_FILE.sub("", segments[-1]))
    return words if " " in words and len(words) >= 8 else None


def echoes_slug(text: str, url: str) -> bool:
    """Whether ``text`` (what a page wrote in its search box) is the words of ``url``'s slug, at least two
    of them: a not-found page offering to search for what was asked."""
    echo = _slug_words(url)
    return echo is not None and fold(text) == echo


def _unecho(title: str, echo: str) -> str:
    """``title`` with the requested address echoed back in it read as ``that``: a quoted span whose words end
    with the URL's slug words (``We couldn't find “reservoir-fees-rise-for-2020”`` -> ``We couldn't find
    that``). An error page that repeats what was asked for is still an error page; quoting the slug does
    not make it the article the slug names."""
    if _QUOTE_CHAR.search(title) is None or echo.partition(" ")[0] not in title.lower():
        return title  # most titles: no quotes, or not the slug's first word (folded slugs are lower case)
    return _QUOTED.sub(lambda m: "that" if fold(m.group(1)).endswith(echo) else m.group(0), title)


_QUOTE_CHAR = lazy_re("[\"“”„«»‘’'「『]")

#: A quoted span in any language's quotation marks («…», „…“, “…”, "…", 「…」, 『…』), with the blanks before
#: it: what an error page quotes back (:func:`drop_echo`). Single quotes are left: they are apostrophes too.
_ECHO_SPAN = lazy_re(
    r"\s*(?:«([^«»]{1,200})»|„([^„“”]{1,200})[“”]|“([^“”]{1,200})”|\"([^\"]{1,200})\""
    r"|「([^「」]{1,200})」|『([^『』]{1,200})』)"
)


def _echo_sized(match: re.Match[str]) -> str:
    """What :func:`drop_echo` leaves of a quoted span: nothing when it holds two words or eight characters
    (a title, a slug, a query), the span itself when less ("«Dune»", a name)."""
    inner = next(g for g in match.groups() if g is not None).strip()
    return "" if len(inner) >= 8 or len(inner.split()) >= 2 else match.group(0)


def drop_echo(text: str) -> str | None:
    """``text`` with each quoted span of two words or eight characters dropped, in any language's quotation
    marks (``Die Seite «Hafenmauer wird erhöht» wurde nicht gefunden.`` -> ``Die Seite wurde nicht
    gefunden.``; ``ページ「港の防波堤を改修へ」は見つかりません`` -> ``ページは見つかりません``);
    ``None`` when it holds none. A not-found notice that quotes back what was asked for (the cited title,
    the slug, a query) is still one in every language; what is left is asked whether it is an error message,
    so a headline quoting someone ("Mayor: “We will rebuild the harbour wall”") is left as it is."""
    if not _holds_quote(text):
        return None
    dropped = _ECHO_SPAN.sub(_echo_sized, text)
    return " ".join(dropped.split()) if dropped != text else None


def _echo_notice(title: str) -> str:
    """``title`` read without what it quotes back (:func:`drop_echo`); and when the piece that held the quote
    is then an error message, that piece alone ("Страница «<the cited title>» не найдена — Портовые
    новости" -> "Страница не найдена"): the piece quoting what was asked for is the page's notice, and the
    site's name beside it need not be known as one. A title with no quoted span is returned as it is."""
    dropped = drop_echo(title)
    if dropped is None:
        return title
    written = set(_split_pieces(title))
    for piece, kind in _piece_kinds(dropped):
        if kind == "error" and piece not in written:
            return piece
    return dropped


def _holds_quote(title: str) -> bool:
    """``_QUOTE_CHAR.search(title) is not None``: an ASCII title holds no quote but ``"`` and ``'``, looked
    for by ``str.__contains__`` (``memchr``) where ``sre`` tested each character against the class: ~5 k
    instructions a page for a headline and its ``<title>`` (cost21)."""
    if title.isascii():
        return '"' in title or "'" in title
    return _QUOTE_CHAR.search(title) is not None


#: A search's or not-found page's "Nothing found for <what was asked>" with the words unquoted (themes print
#: the requested path's words): read as the bare phrase when they end with the URL's slug.
_FOUND_FOR = lazy_re(
    r"\b(nothing (?:was )?found|no results(?: found)?|no posts found|not found) for:?"
    r"\s+([^|–—·•]+?)\s*(?=$|[|–—·•])",
    re.IGNORECASE,
)


def _unecho_bare(title: str, echo: str) -> str:
    """``title`` with an unquoted echo of the requested address dropped after "nothing found for" (``Nothing
    found for Local 2018 01 16 Ice Rink Reopens`` -> ``Nothing found``), when the echoed words end with the
    URL's slug words; a headline that starts "Nothing found for ..." about something else stays."""
    if " for" not in title or echo.rpartition(" ")[2] not in title.lower():
        return title
    return _FOUND_FOR.sub(lambda m: m.group(1) if fold(m.group(2)).endswith(echo) else m.group(0), title)


#: The first word of a site search's title or heading (lower case): the cheap test before :data:`_SEARCH_FOR`.
_SEARCH_FIRST_WORDS = frozenset(
    ("search", "you", "résultats", "resultados", "risultati", "hai", "suchergebnisse",
     "zoekresultaten", "wyniki", "результаты", "sökresultat", "hakutulokset", "arama")
)  # fmt: skip
#: A site search's results for what was asked, at the start of a title or heading: "Search results for",
#: "You searched for", "Résultats de recherche pour", "Resultados de búsqueda para", "Risultati della
#: ricerca per", "Hai cercato", "Suchergebnisse für", "Zoekresultaten voor", "Wyniki wyszukiwania dla",
#: "Результаты поиска по запросу".
_SEARCH_FOR = lazy_re(
    r"(?:search results|you searched|résultats de (?:la )?recherche|resultados de (?:la )?búsqueda|"
    r"resultados da (?:pesquisa|busca)|risultati della ricerca|hai cercato|suchergebnisse|zoekresultaten|"
    r"wyniki wyszukiwania|результаты поиска(?: по запросу)?|sökresultat|hakutulokset|arama sonuçları)"
    r"(?: for| pour| para| por| per| für| zu| voor| dla| för)?\s*:?\s+",
    re.IGNORECASE,
)


#: Whole titles of a site search's page, once the site's name is set aside ("Search | The Estuary Mail",
#: "Suchergebnisse - Rheinische Rundschau"); compared after :func:`fold`.
_SEARCH_TITLES = folded_set(
    (
        "search", "search results", "site search", "search the site", "suche", "suchergebnisse", "recherche",
        "résultats de recherche", "résultats de la recherche", "buscar", "búsqueda", "buscador",
        "resultados de búsqueda", "resultados de la búsqueda", "pesquisa", "busca", "resultados da pesquisa",
        "resultados da busca", "ricerca", "cerca", "risultati della ricerca", "zoeken", "zoekresultaten",
        "szukaj", "wyszukiwanie", "wyniki wyszukiwania", "поиск", "результаты поиска", "sök",
        "sökresultat", "haku", "hakutulokset", "arama", "arama sonuçları",
    )
)  # fmt: skip


def _is_search_title(title: str, names: Sequence[str], hosts: Sequence[str]) -> bool:
    """Whether ``title`` is a site search page's own ("Search | The Estuary Mail"): every piece of it a
    search word (:data:`_SEARCH_TITLES`) or the site's name, one at least a search word. A headline that
    starts with the word ("Search for missing sailor ends after ten days") is not one."""
    kinds = [
        fold(p) in _SEARCH_TITLES or (False if is_site_segment(p, names, hosts) else None)
        for p in title_pieces(title)
    ]
    return True in kinds and None not in kinds


#: The first word of a search title, lower case: the cheap test before :func:`_is_search_title`.
_SEARCH_TITLE_WORDS = frozenset(fold(t).split()[0] for t in _SEARCH_TITLES)


#: A listing page's stock words beside its topic's name ("Night ferries | Latest news & updates | <site>",
#: "Brexit - latest news, updates and analysis"); compared after :func:`fold` with a whole title piece: the
#: "latest news" slogans a topic page shares with articles' titles (:data:`~linkcheck.names.LISTING_SLOGANS`)
#: and a listing's own words.
_LISTING_PIECES = LISTING_SLOGANS | folded_set(
    (
        "latest stories", "all stories",
        # ... in other languages (rot53): "Windkraft im Hunsrück: Alle Artikel zum Thema | <site>", "Ирак —
        # все новости по теме", "Toute l'actualité"
        "alle artikel zum thema", "alle artikel", "alle nachrichten", "nachrichten und hintergründe",
        "news und hintergründe", "alle news", "alle news zum thema", "все новости по теме", "все новости",
        "новости по теме", "все материалы по теме", "усі новини", "todas las noticias", "toute l'actualité",
        "toutes les actualités", "tutte le notizie", "todas as notícias", "wszystkie artykuły",
        "alle artikelen", "tüm haberler",
    )
)  # fmt: skip
#: The most words a topic's name has before a site's "latest news" slogan
#: (:func:`~linkcheck.names.news_slogan`, which sites also append to every article's title: "<headline> - Son
#: Dakika Haberleri", "<headline> | Latest News"): a listing's only after such a name, never a headline.
#: "Powódź", "Incendios forestales".
_TOPIC_WORDS = 3
#: One of these (lower case) is in every title :data:`_LISTING_PIECES` holds a piece of: the cheap test.
_LISTING_HINTS = ("latest", "updates", "stories", "alle ", "nachrichten", "новост", "новин", "материалы",
                  "noticias", "notícias", "actualit", "notizie", "wiadomo", "artyku", "nieuws", "artikelen",
                  "nytt", "haberler", "hintergr")  # fmt: skip


#: WordPress's (and its SEO plugins') archive titles for a tag, a category or an author, in the languages
#: its translations write them, the name at most three words: "Night ferries Archives", "Archives des pont
#: levant", "Flut Archive", "Puerto archivos", "Porto Archivi", "Arquivos Porto", "Haven archieven"
#: (folded, one whole title piece).
_ARCHIVE_PIECE = lazy_re(
    r"(?:\w+ ){1,3}(?:archives|archive|archivos|archivi|archieven|arkiv|arkisto)"
    r"|(?:archives (?:des?|du|de la|of)|archivos de|arquivos(?: d[aeo]s?)?) (?:\w+ ){0,2}\w+"
)


#: An author's archive, a list of one writer's stories, as its title names it (folded, one whole title
#: piece; rot51; WordPress's "<name>, Author at <site>" is read as written): "Articles by <name>", "Posts
#: by <name>", "Artykuły autora", "Статьи автора <name>", "Alle Artikel von <name>", "Artículos de <name>"
#: (the name at most four words). A story's headline is none of these.
_AUTHOR_PIECE = lazy_re(
    r"(?:all )?(?:articles|posts|stories) by(?: [\w-]+){1,4}|(?:wszystkie )?artykuly autora(?: [\w-]+){0,4}"
    r"|(?:vse )?(?:stati|materialy|publikatsii) avtora(?: [\w-]+){0,4}"
    r"|(?:alle )?(?:artikel|beitrage) von(?: [\w-]+){1,4}|(?:todos los )?articulos de(?: [\w-]+){1,4}"
)
_AUTHOR_HINTS = ("author", "autor", "автор", "articles by", "posts by", "stories by", "artikel von",
                 "beiträge von", "artículos de")  # fmt: skip
#: The outlet's e-paper viewer, the printed edition's pages (one whole title piece beside the site's name,
#: folded; rot51): "E-Paper – <site>", "<site> E-Paper", "e-Edition", "Digitale Ausgabe", "E-wydanie",
#: "Электронная версия газеты".
_EPAPER_PIECES = folded_set(
    (
        "e-paper", "epaper", "e-edition", "eedition", "digital edition", "digital replica",
        "digitale ausgabe", "e-wydanie", "e-gazeta", "e-journal", "электронная версия",
        "электронная версия газеты", "электронная газета",
    )
)  # fmt: skip


def _is_epaper_title(title: str, site: str | None) -> bool:
    """Whether ``title`` is the outlet's e-paper viewer's: a piece of it one of :data:`_EPAPER_PIECES`, beside
    only the site's name ("E-Paper – Altmühl-Bote"), or the site's name followed by it ("Altmühl-Bote
    E-Paper")."""
    lowered = title.lower()
    if (
        "paper" not in lowered
        and "edition" not in lowered
        and "ausgabe" not in lowered
        and ("wydanie" not in lowered and "электронн" not in lowered and "gazeta" not in lowered)
    ):
        return False
    pieces = folded_pieces(title)
    name = fold(site) if site else ""
    if len(pieces) == 1 and name and pieces[0].startswith(name + " "):
        pieces = (name, pieces[0][len(name) + 1 :])
    return (
        0 < len(pieces) <= 2
        and any(p in _EPAPER_PIECES for p in pieces)
        and all(p in _EPAPER_PIECES or p == name for p in pieces)
    )


#: A paper's column of corrections, a list of them (folded, one whole title piece; rot52): "Corrections and
#: clarifications", "Corrections", "Correcciones", "Rectificatifs", "Berichtigungen", "Исправления". At a
#: story's address on a page that states no article's date (:func:`_front_page_signal`) the column answers for
#: the story, which is gone; a single correction's heading ("Correction", "Rectificación") is
#: :func:`correction_title`'s.
_CORRECTIONS_PIECES = folded_set(
    (
        "corrections and clarifications", "corrections & clarifications", "clarifications and corrections",
        "corrections", "corrections and amplifications", "correcciones", "correcciones y aclaraciones",
        "fe de erratas y aclaraciones", "rectificaciones", "rectificatifs", "rettifiche", "correções",
        "correções e esclarecimentos", "berichtigungen", "korrekturen", "sprostowania", "исправления",
        "опровержения", "виправлення", "спростування та виправлення", "rättelser", "rettelser",
    )
)  # fmt: skip
_CORRECTIONS_HINTS = ("correc", "clarif", "rectific", "rettific", "correç", "berichtig", "korrektur",
                      "sprostow", "исправл", "опроверж", "виправл", "rättelse", "rettelse")  # fmt: skip


def _is_corrections_title(lowered: str) -> bool:
    """Whether a title (``lowered``) is a corrections column's (:data:`_CORRECTIONS_PIECES`), one piece of it
    the column's name and at most one other (the site's name): "Corrections and clarifications | The
    Harrowgate Sentinel"."""
    if not any(map(lowered.__contains__, _CORRECTIONS_HINTS)):
        return False  # most titles
    pieces = folded_pieces(lowered)
    return 0 < len(pieces) <= 2 and any(p in _CORRECTIONS_PIECES for p in pieces)


def _is_listing_title(title: str) -> bool:
    """Whether ``title`` is a topic or tag page's own: one piece a listing's stock words
    (:data:`_LISTING_PIECES`), another the topic's name ("Night ferries | Latest news & updates"); or,
    before the site's name, an archive's title (:data:`_ARCHIVE_PIECE`: "Archives des pont levant - X"); or
    an author's archive (:data:`_AUTHOR_PIECE`: "Mary Halloran, Author at X", "Anna W. – artykuły autora")."""
    lowered = title.lower()
    if any(h in lowered for h in _AUTHOR_HINTS) and (
        # WordPress's "<name>, Author at <site>", the comma as written
        re.match(r"(?:[^\s,|–—:]+ ){1,3}[^\s,|–—:]+, author at \S", lowered) is not None
        or any(_AUTHOR_PIECE.fullmatch(p) for p in folded_pieces(title))
    ):
        return True
    archive = "archiv" in lowered or "arquivo" in lowered
    if not archive and not any(map(lowered.__contains__, _LISTING_HINTS)):
        return False  # most titles
    pieces = folded_pieces(title)
    if len(pieces) < 2:
        return False
    for at in range(1, len(pieces)):
        piece = pieces[at]
        if piece in _LISTING_PIECES and (
            not news_slogan(piece) or sum(len(p.split()) for p in pieces[:at]) <= _TOPIC_WORDS
        ):
            return True
    return archive and _ARCHIVE_PIECE.fullmatch(pieces[0]) is not None


def _is_search_page(metadata: Metadata, title: str, final_url: str, requested_url: str) -> bool:
    """Whether the page's headline ``title`` is a site search's own (:func:`_is_search_title`); most
    headlines are refused by their first word."""
    first = title.split(None, 1)
    if not first or fold(first[0]) not in _SEARCH_TITLE_WORDS:
        return False
    names = [n for n in (metadata.site_name, metadata.publisher) if n]
    return _is_search_title(title, names, hosts_of(final_url, requested_url))


def is_search_echo(title: str | None, url: str) -> bool:
    """Whether ``title`` is a site search's results for the words of ``url``'s slug ("Risultati della ricerca
    per: comune pisa piano parcheggi" at ``.../comune-pisa-piano-parcheggi-1234001``): a site that answers a
    removed article's address with a search for its words. The page names the slug without being the
    article. A search for other words, or a slug of fewer than three words, is not one."""
    if not title:
        return False
    first = title.split(None, 1)
    if not first or first[0].lower() not in _SEARCH_FIRST_WORDS:
        return False  # most titles: one set lookup
    m = _SEARCH_FOR.match(title)
    if m is None:
        return False
    slug = slug_words(url)
    return len(slug) >= 3 and set(slug) <= set(fold(title[m.end() :]).split())


#: What a title saying the page is refused in the reader's country or region holds (a substring test first).
_BLOCKED_HINTS = ("451", "availab", "verfügbar", "disponib", "disponív", "доступ")
_BLOCKED = lazy_re(
    # The status itself, as a whole title or its first part ("451: Unavailable...", "Error 451"), not a
    # number in a headline ("Fahrenheit 451 turns 70", "451 people evacuated").
    r"^\W*(?:(?:http|error|status)\W*)?451\s*(?:[:|–—-]|$)|unavailable for legal reasons|"
    # Addressed to the reader ("in your country"), not a story about something unavailable somewhere.
    r"(?:unavailable|not available|isn.t available|no longer available)\b.{0,40}?\b(?:in|from) your\b.{0,20}?"
    r"\b(?:country|region|location|area)\b|unavailable in most european countries|"
    r"in (?:ihrem|deinem) land nicht (?:mehr )?verfügbar|nicht (?:mehr )?in (?:ihrem|deinem) land verfügbar|"
    r"(?:pas|plus) disponible dans votre (?:pays|région)|"
    r"no (?:está|esta) disponible en (?:tu|su) (?:país|pais|región|region)|"
    # Italian "Contenuto non disponibile nella tua area geografica", "... nel tuo paese"; Portuguese
    # "Conteúdo não disponível no seu país / na sua região".
    r"non (?:è |e )?(?:più |piu )?disponibile (?:nella tua (?:area geografica|zona|regione)|nel tuo paese)|"
    r"não (?:está )?(?:mais )?disponível (?:no seu país|na sua (?:região|localização))|"
    r"(?:не\s?доступ|недоступ)\w* (?:в|для) (?:вашей|вашего) (?:стране|регионе|страны|региона)",
    re.IGNORECASE,
)


def is_blocked_title(title: str) -> bool:
    """Does ``title`` (a ``<title>`` or headline) say the page is refused in the reader's country or region
    (a geo-block, an HTTP 451 served with 200)? Such a page is not the article, and not an error page: the
    article exists."""
    lowered = title.lower()
    return any(hint in lowered for hint in _BLOCKED_HINTS) and _BLOCKED.search(title) is not None


def _says_only(kinds: list[tuple[str, str | None]], phrases: frozenset[str]) -> bool:
    """Whether a title that is an error title (:func:`_is_error_title`) says only what ``phrases`` say: its
    error pieces all among them (:data:`_DOWN`: a maintenance page, a browser's own error page;
    :data:`_BUSY`: a rate limiter's page)."""
    errors = [p for p, k in kinds if k == "error"]
    return bool(errors) and all(_in_table(p, phrases) for p in errors)


#: An outlet's notice that it closed, or that it took its older stories offline, as a title or heading says it
#: in place of the story (on folded text, whole): "Информационное агентство «Меридиан» ликвидировано",
#: "Издание прекратило работу", "Сайт агентства прекратил работу", "The Kola Chronicle has ceased
#: publication", "Why stories published before 2020 are no longer online", "Материалы, опубликованные до
#: 2020 года, больше недоступны". The outlet's name may stand in it (up to four words), so it is read only on
#: a page whose metadata declares no article's date (:func:`~linkcheck.gates.declares_an_article`): a news
#: story about another outlet's closure, or about an archive, declares one. A date read from the text does
#: not count (a liquidation notice names its decree's day, a purge notice its cut-off).
_CLOSURE = lazy_re(
    r"(?:(?:setevoe|informatsionnoe|mezhdunarodnoe|nashe|eto) )*"
    r"(?:izdanie|agentstvo|sait|portal|gazeta|zhurnal|redaktsiya|telekanal|radiostantsiya|smi)"
    r"(?: [\w-]+){0,4}"
    r" (?:likvidirovan[oa]?|zakryt[oa]?|(?:prekratil[oa]?|prekrashchaet|zavershil[oa]?)"
    r" (?:rabotu|sushchestvovanie|deyatelnost|vykhod|vypusk))"
    r"|(?:the |our )?(?:[\w-]+ ){0,4}(?:has |have )?ceased publication"
    r"|(?:why )?(?:(?:our|the|all) )?(?:older )?(?:stories|articles|news stories|reports|materials)"
    r"(?: (?:published|written))? (?:before|prior to) (?:\d{4}|\w+ \d{4}|\w+ \d{1,2} \d{4}|\d{1,2} \w+ \d{4})"
    r" (?:are|were) no longer (?:online|available|available online|on this site|publicly available)"
    r"|(?:(?:vse|nashi) )?(?:materialy|publikatsii|statyi|novosti)(?: opublikovannye)? do (?:\d{1,2} \w+ )?"
    r"\d{4}(?: goda)? (?:bolshe )?(?:nedostupny|ne dostupny|udaleny|snyaty s publikatsii"
    # ... or no longer kept open to all, given on request instead: "Материалы, опубликованные до 1 января
    # 2021 года, больше не размещаются на сайте в открытом доступе" (an archive offered by a request form)
    r"|ne (?:razmeshchayutsya|publikuyutsya|dostupny) na saite(?: v otkrytom dostupe)?)"
    # ... or that its archive is being moved, its stories offline meanwhile: "Our archive is moving", "The
    # archive is being migrated", "Архив переезжает" (a move of the whole archive: no story's headline)
    r"|(?:our |the )?(?:news |story |stories )?archive (?:is|are) (?:moving|being (?:moved|migrated))"
    r"(?: to (?:a |our )?new (?:platform|home|site|website|address|server))?"
    r"|(?:nash )?arkhiv (?:pereezzhaet|pereezzhaet na novuyu platformu|perenositsya)"
    # ... or that a service or edition of its own was discontinued: "Our English service has been
    # discontinued", "The English edition was shut down", "We have discontinued our English-language site"
    # (an edition's notice at every address of its own)
    # (the outlet's own: "our" or "this", or an edition in a language; "Bus service has been discontinued"
    # is news)
    r"|(?:(?:our|this) (?:[\w-]+ ){0,3}|the (?:[\w-]+ )?(?:english|russian|german|french|spanish|chinese"
    r"|arabic|ukrainian|[a-z]+-language) )(?:news )?(?:service|edition|website|site|version)"
    r" (?:has been|have been|was|is being) (?:discontinued|shut down)"
    r"(?: in \d{4}| (?:as of|on|from|since) .*)?"
    r"|we (?:have |ve )?(?:discontinued|shut down) (?:our|this) (?:[\w-]+ ){0,3}"
    r"(?:service|edition|website|site|version)"
    # ... or a closed paper's farewell letter at every address (rot51), in the outlet's own voice: "A
    # farewell to our readers", "Our paper has closed", "We have closed" ("Harbour café has closed" is news),
    # "Abschied von unseren Leserinnen und Lesern", "Der Altmühl-Bote hat sein Erscheinen eingestellt"
    r"|(?:a |our )?(?:farewell|goodbye) to (?:all )?our (?:readers|[\w-]+ readers)"
    r"|(?:this|our) (?:newspaper|paper|magazine|website|site|news site) has closed(?: after \d+ years)?"
    r"|we (?:have |ve )?closed(?: our doors)?(?: after \d+ years)?"
    r"|abschied von (?:unseren|allen) (?:leserinnen und lesern|lesern und leserinnen|lesern|leserinnen)"
    r"|(?:der |die |das )?(?:[\w-]+ ){1,4}(?:hat|haben) (?:sein|ihr) erscheinen eingestellt"
)
#: Every match of :data:`_CLOSURE` holds one of these (lower case, as written): the test a title meets before
#: it is folded.
_CLOSURE_WORDS = ("ликвидир", "закрыт", "прекрат", "заверш", "ceased", "no longer", "недоступ", "удален",
                  "удалён", "сняты", "archive", "архив", "discontinu", "shut down", "не размещ", "не публик",
                  "не доступ", "farewell", "goodbye", "closed", "abschied", "eingestellt")  # fmt: skip


def _first_whole_title(
    titles: Sequence[str], longest: int, words: Sequence[str], whole: re.Pattern[str]
) -> str | None:
    """The first of ``titles`` of at most ``longest`` characters that holds one of ``words`` (lower case, as
    written: the cheap test) and that ``whole`` matches whole once folded; ``None`` when none does. The
    mechanics of the notices read from a whole title (:func:`closure_title`, :func:`relaunch_title`,
    :func:`dark_title`, :func:`comments_title`), each with its own length, words and pattern."""
    for title in titles:
        if (
            len(title) <= longest
            and any(w in title.lower() for w in words)
            and whole.fullmatch(fold(title)) is not None
        ):
            return title
    return None


def closure_title(titles: Sequence[str]) -> str | None:
    """The first of a page's ``titles`` that is an outlet's notice that it closed or took its older stories
    offline (:data:`_CLOSURE`); ``None`` when none is. Asked only of a page with no date of its own."""
    return _first_whole_title(titles, 200, _CLOSURE_WORDS, _CLOSURE)


#: An outlet's notice that it relaunched its website, as the heading of a page standing at a story's address
#: (on folded text, whole): "Мы обновили сайт", "Наш сайт обновлён", "Новая версия сайта", "We've rebuilt
#: our website", "Our website has changed", "Welcome to our new website". At a story's address, on a page
#: that declares no article's date, it says the story did not come along: its next lines tell the reader to
#: search for it ("Ссылки на материалы старой версии сайта больше не работают"). A dated post announcing the
#: relaunch declares a date and is left alone, and so is a story headlined "Минздрав обновил сайт".
_RELAUNCH = lazy_re(
    r"(?:my |vy )?(?:obnovili|perezapustili|peredelali|izmenili) (?:nash |svoi )?sait"
    r"|(?:nash |etot )?sait (?:obnovlen|obnovilsya|perezapushchen|izmenilsya)"
    r"|(?:u nas )?(?:novyi sait|novaya versiya saita)|dobro pozhalovat na (?:nash )?novyi sait"
    r"|(?:we(?:ve| have) )?(?:rebuilt|relaunched|redesigned|updated|moved) (?:our |the )?(?:web ?site|site)"
    r"(?: to a new (?:platform|address|home))?"
    r"|(?:our |the )?(?:web ?site|site) has (?:been )?(?:rebuilt|relaunched|redesigned|changed)"
    r"|(?:welcome to )?(?:our|the) new (?:[\w-]+ ){0,4}(?:web ?site|site)"
)
#: Every match of :data:`_RELAUNCH` holds one of these (lower case, as written).
_RELAUNCH_WORDS = ("сайт", "site")


def relaunch_title(titles: Sequence[str]) -> str | None:
    """The first of a page's ``titles`` that is an outlet's notice that it relaunched its website
    (:data:`_RELAUNCH`), else ``None``. Asked only of a page with no date of its own."""
    return _first_whole_title(titles, 80, _RELAUNCH_WORDS, _RELAUNCH)


#: A wire's label withdrawing the story whose headline follows it, as agencies' advisories to editors write it
#: (upper case, a colon or dash, then the headline): "KILL: <headline>", "MANDATORY KILL - <headline>",
#: "WITHDRAWN: <headline>", "ELIMINATION: <headline>". A headline in title case ("Kill: A Review") is not one.
_KILL_LABEL = lazy_re(r"(?:MANDATORY )?(?:KILL|WITHDRAWN|WITHDRAWAL|ELIMINATE|ELIMINATION) ?[:\-–—] +\w")
#: ... or the outlet (up to five words) withdrawing a story it names by its quoted headline, on folded text
#: up to the quote: "ТАСС отзывает сообщение «...»", "<Agency> аннулирует новость «...»", "<Agency> withdraws
#: story “...”". The quoted headline is needed: "Ministry withdraws report on pensions" is a headline. So is
#: the subject's being the page's own outlet (:func:`_own_subject`): 'Journal retracts article "..."' on
#: another site is news of someone else's retraction.
_WITHDRAWS_STORY = lazy_re(
    r"(?P<subject>(?:[\w.]+ ){1,5})(?:otzyvaet|annuliruet|withdraws|has withdrawn|retracts|kills)"
    r" (?:the |its |a )?(?:soobshchenie|novost|material|informatsiyu|story|report|item|dispatch|article)"
    r"(?: (?:headlined|titled|entitled|pod zagolovkom))?"
)
#: Subjects that are an outlet speaking of itself without its name (folded words): "The agency withdraws
#: ...", "Информационное агентство «...» аннулирует ...", "Редакция отзывает ...".
_SELF_SUBJECTS = frozenset(("agency", "agentstvo", "redaktsiya", "editors", "we", "newsroom"))
#: Every match of :data:`_WITHDRAWS_STORY` holds one of these (lower case, as written).
_WITHDRAWS_WORDS = ("отзыва", "аннулир", "withdr", "retract", "kills")
#: The quotation marks a withdrawn headline is quoted in.
_QUOTE_OPEN = lazy_re(r"[«\"“„']")


def _own_subject(subject: str, names: Sequence[str]) -> bool:
    """Whether ``subject`` (folded words before a withdrawal's verb) is the page's own outlet: one of its
    ``names`` (folded) is in it, or one of its words says so without a name (:data:`_SELF_SUBJECTS`)."""
    padded = f" {subject.strip()} "
    return any(f" {n} " in padded for n in names if n) or any(w in _SELF_SUBJECTS for w in subject.split())


def withdrawal_title(titles: Sequence[str], names: Sequence[str] = ()) -> str | None:
    """The first of a page's ``titles`` that is a wire's notice withdrawing the story it stands in place of
    (:data:`_KILL_LABEL`, or :data:`_WITHDRAWS_STORY` said by the outlet itself, one of its site ``names``):
    the cited headline may be in it, quoted, but the story is withdrawn; ``None`` when none is (one look at
    each title's start and for a quote)."""
    folded = [fold(n) for n in names if n]
    for title in titles:
        text = title.strip()
        if text[:1] in "KWEM" and _KILL_LABEL.match(text) is not None:
            return text
        if _QUOTE_OPEN.search(text, 0, 120) is None or not any(w in text.lower() for w in _WITHDRAWS_WORDS):
            continue  # most titles: one search
        # the outlet's own name may be quoted before the headline is: each opening quote is tried
        for quote in _QUOTE_OPEN.finditer(text, 0, 120):
            if not text[quote.end() :].strip():
                continue
            said = _WITHDRAWS_STORY.fullmatch(fold(text[: quote.start()]))
            if said is not None and _own_subject(said.group("subject"), folded):
                return text
    return None


#: A correction's heading, as a page titles a correction (folded): "Correction", Spanish "Rectificación", "Fe
#: de errores", French "Rectificatif", Italian "Rettifica", Portuguese "Correção", German "Berichtigung",
#: "Richtigstellung", Polish "Sprostowanie", Russian "Опровержение", Ukrainian "Спростування", Swedish
#: "Rättelse", Danish and Norwegian "Rettelse", Dutch "Rectificatie", Finnish "Oikaisu". The plural (a
#: paper's "Corrections" column) is not one of them.
#: A headline that says the page is a summary of a story (lowered): "Summary: <headline>", "AI summary:
#: <headline>", "Zusammenfassung: ...", "Resumen: ...", "Résumé : ...", "Краткое содержание: ..." (rot52).
_SUMMARY_HEAD = lazy_re(
    r"(?:ai[- ]generated |ai |ki-|ki |automatic |machine[- ]generated )?(?:summary|zusammenfassung|resumen"
    r"|résumé|resumo|riassunto|samenvatting|streszczenie|краткое содержание|коротко) ?[:：] *\S"
)
_SUMMARY_STARTS = ("summ", "ai", "zusammen", "ki", "resum", "résum", "riass", "samenv", "streszcz", "кратк",
                   "коротк", "automatic", "machine")  # fmt: skip
#: A note that a text was written by a machine (lower-case bytes): "This summary was generated by AI",
#: "AI-generated", "created with artificial intelligence", "mit KI erstellt", "KI-generiert", "generado
#: por IA", "généré par l'IA", "сгенерировано нейросетью".
_MACHINE_WRITTEN = lazy_re(
    rb"(?:generated|written|created|produced|summari[sz]ed) (?:by|with|using) (?:an? )?(?:ai\b|artificial"
    rb" intelligence|a language model|machine learning)|\bai[- ]generated|mit (?:hilfe )?(?:von )?ki"
    rb" (?:erstellt|generiert|zusammengefasst)|\bki-generiert|generad[oa] (?:por|con)"
    rb"(?: (?:la )?ayuda de)? (?:la )?(?:ia\b|inteligencia artificial)"
    rb"|g\xc3\xa9n\xc3\xa9r\xc3\xa9e? (?:par|avec) (?:l'|l\xe2\x80\x99)?(?:ia\b"
    rb"|intelligence artificielle)|"
    + "сгенерирован\\S{0,3} (?:нейросетью|искусственным интеллектом|ии\\b)".encode()
    # German "mithilfe künstlicher Intelligenz (KI) erstellt", "mithilfe von KI" (rot57)
    + b"|mithilfe (?:von |der )?(?:ki\\b|k\xc3\xbcnstlicher intelligenz)"
    # Polish "wygenerowany przez sztuczną inteligencję", "wygenerowano przy pomocy AI" (rot59)
    + b"|wygenerowan\\S{0,3} (?:przez|z pomoc\xc4\x85|przy pomocy) (?:sztuczn\\S{1,3} inteligencj|ai\\b)"
)
_MACHINE_BYTES = 64_000
#: A machine note's source, the outlet's own archive (lower case): "generado ... a partir de noticias de
#: nuestro archivo", "generated by AI from our archive", "aus unserem Archiv erstellt". A page that says a
#: machine wrote it from the archive is a digest of old stories, whatever its headline (rot58: "Qué sabemos
#: del muelle ..."), not a story.
_FROM_ARCHIVE = lazy_re(
    rb"\b(?:from|based on) (?:our|the outlet's|the newspaper's) (?:own )?(?:archive|earlier reporting"
    rb"|previous reporting|past reporting)|aus unserem (?:archiv|bisherigen berichten)"
    rb"|a partir de (?:\w+ ){0,3}(?:nuestro archivo|nuestros archivos|nuestra hemeroteca)"
    rb"|(?:\xc3\xa0 partir de|d'apr\xc3\xa8s) nos archives"
    rb"|(?:dal|dai) nostr[oi] archivi?|(?:do|dos) nosso?s? arquivos?|uit ons archief|"
    + "из нашего архива".encode()
)
#: Artificial intelligence named in a machine note (bytes as written): "artificial", "artificielle",
#: "artificiale", "Intelligenz", "искусственн...", Polish "sztuczna", English "by AI"
#: (:func:`machine_summary_page`'s pre-test).
_ARTIFICIAL_HINTS = (b"rtifici", b"ntelligenz", "искусствен".encode(), b"sztuczn", b"by AI")
#: A headline that ends by saying it heads a summary (lower case): "<Subject>: Das Wichtigste in Kürze",
#: "<Subject> – AI summary", "<Subject>: in brief" (rot57), where :data:`_SUMMARY_HEAD` reads the word first.
_SUMMARY_TAIL = lazy_re(
    r"\S ?[:：|–—-] *(?:das wichtigste in kürze|das wichtigste zusammengefasst|in kürze"
    r"|(?:ki-)?zusammenfassung|(?:ai |ki-)?summary|in brief|resumen|résumé|resumo|riassunto"
    r"|samenvatting)[.!]?$"
)


def _may_be_summary(headline: str | None) -> bool:
    """Whether the page's chosen headline may say it is a summary (:data:`_SUMMARY_STARTS`): the cheap test
    before :func:`machine_summary` reads it and the page."""
    return headline is not None and headline.lstrip().lower().startswith(_SUMMARY_STARTS)


def _says_machine_wrote(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether the page says a machine wrote its summary (:data:`_MACHINE_WRITTEN`, in its first
    :data:`_MACHINE_BYTES`): the test :func:`machine_summary` and :func:`machine_summary_page` share.
    ``lowered``: that window already lowered, where the caller has it."""
    window = body[:_MACHINE_BYTES].lower() if lowered is None else lowered
    return _MACHINE_WRITTEN.search(window) is not None


def machine_summary(headline: str | None, body: bytes) -> str | None:
    """The page's headline when it heads a summary of a story ("Summary: Swimming baths to reopen after £2m
    refit", :data:`_SUMMARY_HEAD`) and the page says the summary was written by a machine ("This summary was
    generated by AI", :data:`_MACHINE_WRITTEN`, in its first :data:`_MACHINE_BYTES`): an outlet's machine
    digest put where its story was, which cannot be checked against the story (rot52). Asked only of a page
    that states no article's date (:func:`_error_signal`). Left alone: a story about such summaries (its
    headline no summary's), a summary the page does not say a machine wrote (an editor's "Summary:" box), a
    page with no body read."""
    if headline is None or _SUMMARY_HEAD.match(headline.strip().lower()) is None:
        return None
    return headline.strip() if _says_machine_wrote(body) else None


def machine_summary_page(headline: str | None, body: bytes, *, redated: bool = False) -> str | None:
    """The page's headline when it heads a summary (:data:`_SUMMARY_HEAD` at its start, :data:`_SUMMARY_TAIL`
    at its end: "Stadtbibliothek Rotenburg: Das Wichtigste in Kürze") and the page says a machine wrote it
    ("Diese Zusammenfassung wurde mithilfe künstlicher Intelligenz (KI) erstellt", :data:`_MACHINE_WRITTEN`,
    in its first :data:`_MACHINE_BYTES`); ``None`` otherwise. Asked by the checker only of a page whose
    titles do not give the cited one, and told only when they mismatch it: an outlet's machine summary of
    the subject, dated and typed as an article, at a story's address (rot57; rot52's
    :func:`machine_summary` reads an undated page). A headline with no summary word is read when the page
    says a machine drew it from the outlet's archive (rot58), or, ``redated`` (the page dated more than
    :data:`_MADE_AFTER_DAYS` after the date in its own address, :func:`made_after_address`), when it says
    only that a machine wrote it (rot59: "Ten tekst został wygenerowany przez sztuczną inteligencję" under
    "Most Bernardyński w Bydgoszczy", dated 2024 at a 2019 story's address). Left alone: a story under an AI
    summary box (its headline no summary's), a summary the page does not say a machine wrote, a machine note
    on a page dated as its address."""
    if headline is None:
        return None
    head = headline.strip().lower()
    if _SUMMARY_HEAD.match(head) is None and _SUMMARY_TAIL.search(head) is None:
        # no summary's headline: read only a page whose note names artificial intelligence (three finds on
        # the bytes as written, before any lowering: most pages asked hold none) and says a machine drew it
        # from the outlet's archive (rot58)
        window = body[:_MACHINE_BYTES]
        if max(map(window.find, _ARTIFICIAL_HINTS)) < 0:
            return None
        lowered = window.lower()
        if not redated and _FROM_ARCHIVE.search(lowered) is None:
            return None
        return headline.strip() if _says_machine_wrote(body, lowered) else None
    return headline.strip() if _says_machine_wrote(body) else None


#: How many days after the date in its own address a page must be dated to be no story of that day
#: (:func:`made_after_address`): a story is updated for days, a digest written years later.
_MADE_AFTER_DAYS = 365


def made_after_address(metadata: Metadata) -> bool:
    """Whether the page is dated more than :data:`_MADE_AFTER_DAYS` after the date its own address carries
    (``/2019/06/18/...`` and ``datePublished`` 2024): what stands there was made long after the story the
    address was given to (:func:`machine_summary_page`)."""
    published, url_date = metadata.published, metadata.url_date
    return (
        published is not None
        and url_date is not None
        and (published.value - url_date).days > _MADE_AFTER_DAYS
    )


_CORRECTION_TITLES = folded_set(
    (
        "correction", "correction notice", "rectificación", "fe de errores", "fe de erratas", "rectificatif",
        "rettifica", "correção", "retificação", "berichtigung", "richtigstellung", "sprostowanie",
        "опровержение", "спростування", "rättelse", "rettelse", "rectificatie", "oikaisu",
    )
)  # fmt: skip
#: The same headings lowered, as a page's chosen headline is asked first (:func:`_may_be_correction`).
_CORRECTION_HEADINGS = frozenset(
    t.lower()
    for t in (
        "Correction", "Correction notice", "Rectificación", "Fe de errores", "Fe de erratas", "Rectificatif",
        "Rettifica", "Correção", "Retificação", "Berichtigung", "Richtigstellung", "Sprostowanie",
        "Опровержение", "Спростування", "Rättelse", "Rettelse", "Rectificatie", "Oikaisu",
    )
)  # fmt: skip


def _may_be_correction(headline: str | None) -> bool:
    """Whether the page's chosen headline is a correction's bare heading (:data:`_CORRECTION_HEADINGS`): the
    cheap test (one lowering of a short string, one look in a set) before :func:`correction_title` reads
    every title's pieces and the site's names."""
    return headline is not None and headline.strip().lower() in _CORRECTION_HEADINGS


def correction_title(titles: Sequence[str], names: Sequence[str], hosts: Sequence[str]) -> str | None:
    """The page's first title when every one of its ``titles`` is a correction's bare heading
    (:data:`_CORRECTION_TITLES`), with at most the site's name beside it: a correction standing alone where
    the story was ("Rectificación | La Voz de la Ribera" over a paragraph that an earlier version said what
    was not so). The story corrected is not on the page, whatever date the correction states. Left alone: a
    story headlined "Correction: ..." (its headline a piece of its own), a story whose correction box is
    headed "Correction" under its ``<h1>`` (that headline another title), a paper's "Corrections" column."""
    for title in titles:
        pieces = _split_pieces(title)
        if not any(_in_table(p, _CORRECTION_TITLES) for p in pieces) or not all(
            _in_table(p, _CORRECTION_TITLES) or _text_kind(p) == "filler" or is_site_segment(p, names, hosts)
            for p in pieces
        ):
            return None
    return titles[0]


#: A page that says the site is dark for a while on purpose (a protest blackout, a day of mourning), as a
#: title or heading says it, on folded text: "<Outlet> is dark today", "This site has gone dark for 24
#: hours", "Our website is offline today in protest", "Сайт не работает в знак протеста". The site is there
#: and back later: an ``error`` for now, read only on a page that declares no article's date.
_GONE_DARK = lazy_re(
    r"(?:[\w-]+ ){0,5}(?:is|are|has gone|have gone|is going|are going|goes|go) (?:dark|offline)"
    r"(?:(?: today| for (?:the day|a day|\d+ hours|\w+ hours))(?: in protest\b.*)?| in protest\b.*)"
    r"|(?:[\w-]+ ){0,5}(?:ne rabotaet|otklyuchen|otklyuchil\w*) (?:segodnya )?v znak protesta\b.*"
)
#: Every match of :data:`_GONE_DARK` holds one of these (lower case, as written).
_GONE_DARK_WORDS = ("dark", "offline", "протест")

#: A story's comment thread as its page's heading (folded, whole, a count after it): "Comments (12)",
#: "Reader comments", "Комментарии (3)", "Обсуждение", "Kommentare (5)", "Commentaires". A story has a
#: headline of its own; a page whose heading is its comments is the discussion, not the story.
_COMMENTS_HEADING = lazy_re(
    r"(?:(?:reader|readers|user) )?(?:comments|discussion|kommentarii|obsuzhdenie|kommentare|commentaires"
    r"|comentarios|commenti)(?: \d+)?"
)


#: Every match of :data:`_COMMENTS_HEADING` holds one of these (lower case, as written).
_COMMENTS_WORDS = ("comment", "comentario", "discussion", "коммент", "обсужд", "kommentar")


#: The words of :data:`_WITHDRAWS_WORDS`, :data:`_GONE_DARK_WORDS` and :data:`_COMMENTS_WORDS`, which
#: :func:`_may_be_notice` looks for in a page's joined titles.
_NOTICE_WORDS = _WITHDRAWS_WORDS + _GONE_DARK_WORDS + _COMMENTS_WORDS


def _may_be_notice(titles: Sequence[str]) -> bool:
    """Whether the joined ``titles`` hold a word every title :func:`withdrawal_title`, :func:`dark_title` or
    :func:`comments_title` finds holds (a wire's upper-case label, :data:`_NOTICE_WORDS`): the one test of
    most pages' titles. Plain ``in`` tests, not a pattern: a search of an alternation costs some 80
    instructions a character, ``in`` a few."""
    text = "\0".join(titles)
    if "KILL" in text or "WITHDRAWN" in text or "ELIMINAT" in text:
        return True
    lowered = text.lower()
    # A loop, not any() over a generator (whose making, resuming and finalising cost more than the 14
    # tests): asked of every page's titles, which hold none of the words.
    for word in _NOTICE_WORDS:  # noqa: SIM110
        if word in lowered:
            return True
    return False


def dark_title(titles: Sequence[str]) -> str | None:
    """The first of ``titles`` saying the site is dark for now on purpose (:data:`_GONE_DARK`), else
    ``None``. Asked only of a page with no date of its own."""
    return _first_whole_title(titles, 160, _GONE_DARK_WORDS, _GONE_DARK)


def comments_title(titles: Sequence[str]) -> str | None:
    """The first of ``titles`` that is a comment thread's heading (:data:`_COMMENTS_HEADING`), else
    ``None``. Asked only of a page with no date of its own."""
    return _first_whole_title(titles, 40, _COMMENTS_WORDS, _COMMENTS_HEADING)


#: The standard reason phrases of the 5xx codes (RFC 9110 15.6, RFC 6585, folded), the spelling "Gateway
#: Time-out" old servers write, and "Server Error", the class's own name (RFC 9110 15.6), which servers and
#: front ends write after any 5xx code ("502 Server Error", a Google front end's page; "500 Server Error"):
#: the words a title may give after its code ("502 Bad Gateway").
_SERVER_PHRASES = (
    "internal server error", "not implemented", "bad gateway", "service unavailable", "gateway timeout",
    "gateway time out", "http version not supported", "variant also negotiates", "insufficient storage",
    "loop detected", "not extended", "network authentication required", "server error",
)  # fmt: skip
#: A title piece (folded: :func:`~linkcheck.names.fold`) that states a 5xx status: the code alone ("523"),
#: after a word for error or for HTTP ("Error 502", "Erreur 523", "Fehler 500", "HTTP 503", "Ошибка 502",
#: folded "oshibka 502"; "HTTP Status 500", as Java servers' error reports title themselves: "HTTP Status
#: 500 – Internal Server Error"), or before its own standard phrase ("502 Bad Gateway"). A code followed by
#: other words ("500 Days of Summer", "503 Steps to the Castle") is a headline, not this.
_SERVER_STATUS_PIECE = lazy_re(
    r"(?:(?:http|http status|error|error code|erreur|fehler|errore|erro|fout|blad|hata|oshibka|pomylka) )?"
    r"(5\d\d)"
    r"(?: (?:" + "|".join(_SERVER_PHRASES) + r"))?"
)


def server_status_title(titles: Sequence[str]) -> tuple[int, str] | None:
    """The 5xx code a title states as a piece of its own (:data:`_SERVER_STATUS_PIECE`), with that title,
    for a title of at most three pieces (the code, the site or host, a line on what failed), or ``None``.

    A CDN's, a proxy's or a server's error page titles itself so ("<host> | 523: Origin is unreachable",
    "Erreur 523 : l'origine est injoignable", "502 Bad Gateway", "Error 500"): served with a 200 (an edge
    rule that rewrites error statuses, a cached error) in any language, its code says the site's server
    failed, for now. Left alone: a code inside a headline's words ("Flight 502 lands safely", "500 Days of
    Summer"), a 4xx code (the soft 404 signals read those), a year ("2015"), a title of more pieces."""
    for title in titles:
        if "5" not in title:  # most titles: no 5xx code to read
            continue
        pieces = _split_pieces(title)
        if len(pieces) > 3:
            continue
        for piece in pieces:
            found = _SERVER_STATUS_PIECE.fullmatch(fold(piece))
            if found is not None:
                return int(found.group(1)), title
    return None


#: A paragraph of a page's markup and a tag inside it (:func:`holds_story_text`).
_PARAGRAPH = lazy_re(rb"<p\b[^>]*>(.*?)</p\s*>", re.IGNORECASE | re.DOTALL)
_INNER_TAG = lazy_re(rb"<[^>]*>")
#: Visible characters a paragraph of a story's text has at least, and how many such paragraphs a story holds
#: at least; bytes of the page searched for them.
_STORY_PARAGRAPH = 120
_STORY_PARAGRAPHS = 3
_STORY_SCAN = 256 * 1024


def holds_story_text(body: bytes) -> bool:
    """Whether a page's markup holds a story's text: at least :data:`_STORY_PARAGRAPHS` paragraphs (``<p>``)
    of :data:`_STORY_PARAGRAPH` visible characters or more, in its first :data:`_STORY_SCAN` bytes.

    A CDN's, a proxy's or a server's own error page holds a heading and a line or two on what failed (nginx's
    and OpenResty's none in a paragraph, a Google front end's one short line, a CDN's two or three lines
    for the visitor and the site's owner); an article, even one whose headline begins with a status ("502
    Bad Gateway: why the booking site fell over"), holds paragraphs of sentences. Read only for a page whose
    title states a 5xx (:func:`server_status_title`), which is rare."""
    found = 0
    for match in _PARAGRAPH.finditer(body, 0, _STORY_SCAN):
        if len(b" ".join(_INNER_TAG.sub(b" ", match.group(1)).split())) >= _STORY_PARAGRAPH:
            found += 1
            if found >= _STORY_PARAGRAPHS:
                return True
    return False


#: The most words a page's title may have and still be no headline (:func:`_no_headline`): "Ой!", "Упс…",
#: a site's name.
_NO_HEADLINE_WORDS = 2


def _no_headline(titles: Sequence[str]) -> bool:
    """Whether none of a page's titles is a headline: each has at most :data:`_NO_HEADLINE_WORDS` words (a
    site's name, "Упс…"). A story's headline, even a short one, is read as one by the title vote; a
    not-found template has none."""
    return all(len(title.split()) <= _NO_HEADLINE_WORDS for title in titles)


def _canonical_error(
    requested_url: str, final_url: str, metadata: Metadata, titles: Sequence[str]
) -> str | None:
    """Why a page names the site's error page as its canonical address (``/404/``, ``/not-found``: its last
    path segment an error page's, :data:`_ERROR_PATH`) when the address asked for is none; ``None``
    otherwise. A CMS that renders its not-found template at any address often keeps the template's own
    canonical, whatever the page shows ("Ой!", a link home): the page says what it is in its head. A page
    that states an article's date is read so only when it has no headline (:func:`_no_headline`): a
    template may carry its own creation date as ``article:published_time``, while a dated story whose CMS
    bungled its canonical to ``/404/`` keeps its headline and is left alone."""
    canonical = metadata.canonical_url
    if canonical is None:
        return None
    segments, _ = _segments(canonical)
    if not segments or _ERROR_PATH.fullmatch(segments[-1]) is None:
        return None
    if declares_an_article(metadata) and not _no_headline(titles):
        return None  # a dated story whose CMS set a wrong canonical: its headline says what it is
    asked, _ = _segments(requested_url)
    shown, _ = _segments(final_url)
    if (asked and _ERROR_PATH.fullmatch(asked[-1])) or (shown and _ERROR_PATH.fullmatch(shown[-1])):
        return None  # the error page itself was asked for, or the redirects ended there (said elsewhere)
    return f"the page's canonical address is the site's error page ({canonical}): a not-found page served 200"


def _error_signal(
    requested_url: str,
    final_url: str,
    metadata: Metadata | None,
    redirects: int,
    titles: list[str],
    body: bytes = b"",
) -> tuple[Cause, str] | None:
    if redirects and final_url != requested_url:
        segments, query = _segments(final_url)
        requested_segments, _ = _segments(requested_url)
        if (segments and _ERROR_PATH.fullmatch(segments[-1]) and segments != requested_segments) or any(
            k.lower() in ("error", "code", "status") and v in ("404", "410") for k, v in _query_pairs(query)
        ):
            return Cause.ERROR_PAGE, f"the link redirects to an error page ({final_url})"
    if metadata is None:
        return None
    article = declares_an_article(metadata)  # asked once (up to five rules read it, cost17)
    if metadata.canonical_url and (
        (said := _canonical_error(requested_url, final_url, metadata, titles)) is not None
    ):
        return Cause.ERROR_PAGE, said
    if not article and (closed := closure_title(titles)) is not None:
        where = f" ({final_url})" if redirects and final_url != requested_url else ""
        said = f"the page{where} is the outlet's notice that it closed or that its older stories are offline"
        return Cause.ERROR_PAGE, f"{said}: {closed!r}"
    if not article and (relaunched := relaunch_title(titles)) is not None:
        where = f" ({final_url})" if redirects and final_url != requested_url else ""
        said = f"the page{where} is the outlet's notice that it relaunched its website ({relaunched!r})"
        return Cause.ERROR_PAGE, f"{said}, in place of the story: the story is not at this address"
    if not article and (removed := _withdrawn_title(titles)) is not None:
        said = f"the page's title says the article was withdrawn: {removed!r}"
        return Cause.ERROR_PAGE, f"{said}; the story is not at this address"
    if not article and _may_be_summary(metadata.title) and (summary := machine_summary(metadata.title, body)):
        said = f"the page is a machine-written summary ({summary!r}) where the story was"
        return Cause.ERROR_PAGE, f"{said}: the story it sums up is not at this address"
    if _may_be_correction(metadata.title) and (
        corrected := correction_title(
            titles,
            [n for n in (metadata.site_name, metadata.publisher) if n],
            hosts_of(final_url, requested_url),
        )
    ):
        said = f"the page is a correction alone ({corrected!r}) where the story was"
        return Cause.ERROR_PAGE, f"{said}: the story corrected is not at this address"
    if not _may_be_notice(titles):
        pass  # most pages: one search of the titles for the notices' words below
    elif (
        withdrawn := withdrawal_title(titles, (metadata.site_name or "", metadata.publisher or ""))
    ) is not None:
        said = "the page is the outlet's notice withdrawing the story that stood at this address"
        return Cause.ERROR_PAGE, f"{said}: {withdrawn!r}; the story is withdrawn, not to be cited"
    elif not article:
        if (dark := dark_title(titles)) is not None:
            said = f"the page says the site is offline for now, on purpose: {dark!r}; try again later"
            return Cause.SERVER_ERROR, said
        if (thread := comments_title(titles)) is not None:
            where = f" ({final_url})" if redirects and final_url != requested_url else ""
            said = f"the page{where} is a story's comment thread ({thread!r}), not the story"
            return Cause.ERROR_PAGE, said
    if (
        (stated := server_status_title(titles)) is not None
        and not article
        and not holds_story_text(body)  # a story headed by a status line is a story (see holds_story_text)
    ):
        code, title = stated
        said = f"the page's title says the server answered {code} ({title!r}), passed on with a 200"
        return (
            Cause.SERVER_ERROR,
            f"{said}: a CDN's, a proxy's or the site's error page, not the page; try again later",
        )
    # The slug's words are read only for a title that may echo them: :func:`_unecho` reads quoted spans
    # and :func:`_unecho_bare` "... for <words>"; any other title is left as it is by both.
    echoing = any(" for" in t or _holds_quote(t) for t in titles)
    echo = _slug_words(requested_url) if echoing else None
    read = [_unecho_bare(_unecho(t, echo), echo) for t in titles] if echo else titles
    if echoing:  # a quoted echo in any language: "Страница «<the cited title>» не найдена" (_echo_notice)
        read = [_echo_notice(t) for t in read]
    if not _titles_may_hold_error_piece(read):  # most pages: no piece of a title can be an error (cost22)
        return None
    kinds = [_piece_kinds(t) for t in read]
    if not any(map(_has_error_piece, kinds)):  # most other pages: no names or hosts needed
        return None
    names = [n for n in (metadata.site_name, metadata.publisher) if n]
    hosts = hosts_of(final_url, requested_url)
    errors = [t for t, k in zip(titles, kinds, strict=True) if _is_error_title(k, names, hosts)]
    if not errors:
        return None
    headline_is_error = metadata.title is not None and metadata.title.strip() in errors
    # a title with no letter ("44": a theme's styled "4<icon>4") or of interjections only ("SORRY!" over a
    # hosting panel's default page) names nothing, not a headline nor the site
    others = [
        t
        for t, k in zip(titles, kinds, strict=True)
        if t not in errors
        and any(c.isalpha() for c in t)
        and not _interjection(k)
        and not is_site_segment(t, names, hosts)
    ]
    if headline_is_error or not others:
        said_by = [k for t, k in zip(titles, kinds, strict=True) if t in errors]
        if all(_says_only(k, _DOWN) for k in said_by):
            said = f"the page's title says the site is down for now: {errors[0]!r}; try again later"
            return Cause.SERVER_ERROR, said
        if all(_says_only(k, _BUSY) for k in said_by):
            said = f"the page's title says the site refuses too many requests: {errors[0]!r}; try again later"
            return Cause.RATE_LIMITED, said
        return Cause.ERROR_PAGE, f"the page's title says it is an error page: {errors[0]!r}"
    for title, k in zip(titles, kinds, strict=True):
        if title in errors and _names_a_placeholder(k):
            return Cause.ERROR_PAGE, f"the page's title says the site is a placeholder: {title!r}"
    return None


#: Error phrases that say the whole site is a placeholder ("<site> – Coming Soon", "Welcome to nginx!"): a
#: title of the site's name and one of these speaks for every page, whatever the page's own heading says.
_PLACEHOLDERS = folded_set(
    (*_PLACEHOLDER_PHRASES, *(p for ps in _CYRILLIC_PLACEHOLDERS.values() for p in ps))
)


def _names_a_placeholder(kinds: list[tuple[str, str | None]]) -> bool:
    """Whether a title that is an error title (:func:`_is_error_title`) is the site's name beside a
    placeholder's phrase (:data:`_PLACEHOLDERS`): its error pieces all placeholders, one piece the name."""
    errors = [p for p, k in kinds if k == "error"]
    return (
        any(k is None for _, k in kinds) and bool(errors) and all(_in_table(p, _PLACEHOLDERS) for p in errors)
    )


def _front_page_signal(
    requested_url: str, final_url: str, metadata: Metadata | None, redirects: int, titles: list[str]
) -> str | None:
    if not _is_article_url(requested_url):
        return None
    if redirects and final_url != requested_url:
        if _is_root(final_url):
            if not same_site(requested_url, final_url) and _legal_gate(
                requested_url, final_url, metadata, redirects
            ):
                return (
                    None  # another site's block page at its root: a provider's or a regulator's (the gate's)
                )
            if _is_root_search(final_url):
                return f"the article URL redirects to a site search page, on the front page ({final_url})"
            return f"the article URL redirects to the site's front page ({final_url})"
        if (
            _section_of(requested_url, final_url)
            or (_sibling_section(requested_url, final_url) and _undated(metadata))
            or _deep_section_of(requested_url, final_url, metadata)
        ):
            return f"the article URL redirects to a section front page ({final_url})"
        if _is_search(final_url) and same_site(requested_url, final_url) and not _is_search(requested_url):
            return f"the article URL redirects to a site search page ({final_url})"
        if _is_listing(final_url) and same_site(requested_url, final_url) and not _is_listing(requested_url):
            return f"the article URL redirects to a tag or category page: a list of stories ({final_url})"
        if _is_date_archive(final_url) and same_site(requested_url, final_url):
            return f"the article URL redirects to an archive of a day's or month's stories ({final_url})"
        if _titled_by_its_section(final_url, metadata) and same_site(requested_url, final_url):
            return f"the article URL redirects to a section front page ({final_url})"
    if metadata is not None and is_search_echo(metadata.title, requested_url):
        title = metadata.title
        return f"the page at the article URL is the site search's front page for its words: {title!r}"
    if (
        metadata is not None
        and metadata.title
        and _is_search_page(metadata, metadata.title, final_url, requested_url)
    ):
        return f"the article URL shows a site search page: {metadata.title!r}"
    if metadata is not None and not declares_an_article(metadata):
        if any(_is_listing_title(t) for t in titles):
            return "the article URL shows a topic, tag or author page: a list of stories, not one"
        if any(_is_epaper_title(t, metadata.site_name) for t in titles):
            said = "the article URL shows the outlet's e-paper viewer (the printed edition's pages)"
            return f"{said}, not a story"
        if any(_is_corrections_title(t.lower()) for t in titles):
            return (
                "the article URL shows the outlet's corrections column: a list of corrections, not the story"
            )
    if metadata is not None and metadata.canonical_url and metadata.published is None:
        if metadata.title and is_blocked_title(metadata.title):
            return None  # a region block under the service's own head: the article exists
        canonical = metadata.canonical_url
        if _is_root(canonical) and same_site(canonical, final_url) and not _is_root(final_url):
            return f"the page at the article URL is the site's front page (canonical {canonical})"
        if (
            _is_root(canonical)
            and _is_article_url(final_url)
            and not same_site(canonical, final_url)
            and metadata.site_name
            and outlet_matches(metadata.site_name, (), hosts_of(canonical))
        ):
            # another site's home page, under its own name, served at a story's address with no redirect: the
            # outlet merged into that site, or its domain now shows another's (rot58). A spam page whose
            # canonical names the lapsed domain it squats (its name is no host's) is read by its own signals
            return (
                f"the page at the article URL is another site's front page (canonical {canonical}): the"
                " outlet merged into it or its domain changed hands; the story is not there"
            )
    if metadata is not None and metadata.canonical_url and _undated(metadata):
        canonical = metadata.canonical_url
        if _is_bare_section(canonical) and same_site(canonical, final_url) and _is_article_url(final_url):
            return f"the page at the article URL is a section front page (canonical {canonical})"
    return None


def _legal_gate(requested_url: str, final_url: str, metadata: Metadata | None, redirects: int) -> bool:
    """Whether the page a redirect led to is a legal block by its titles (:func:`gate_signal`, ``legal``):
    an internet provider's or a regulator's block page ("Доступ к ресурсу ограничен") at the root of the
    provider's own host, where a filter sends every blocked address. Not the front page of another site the
    story moved to: the gate answers for it, ``blocked`` (added after the seed8 probe: a provider's block
    page at its host's root was a soft 404)."""
    gate = gate_signal(requested_url, final_url, metadata, redirects)
    return gate is not None and gate[0] is Cause.LEGAL


def soft_404_signal(
    requested_url: str, final_url: str, metadata: Metadata | None, redirects: int, body: bytes = b""
) -> tuple[Cause, str] | None:
    """``(Cause.ERROR_PAGE | Cause.FRONT_PAGE, reason)`` when a 200 answer is really an error page or the
    front page, ``(Cause.SERVER_ERROR, reason)`` when its title says the site is down for now (a
    maintenance page, a browser's own error page: an ``error``, not a soft 404), ``(Cause.RATE_LIMITED,
    reason)`` when it says the site refuses too many requests (``blocked``); ``None`` otherwise. See the
    module docstring for the signals. ``body``, the page's markup, is read only by the 5xx title rule
    (:func:`holds_story_text`); without it that rule reads the titles alone."""
    titles = metadata.titles() if metadata is not None else []  # read by both signals
    error = _error_signal(requested_url, final_url, metadata, redirects, titles, body)
    if error is not None:
        return error
    front = _front_page_signal(requested_url, final_url, metadata, redirects, titles)
    if front is not None:
        return Cause.FRONT_PAGE, front
    return None


def soft_404_reason(
    requested_url: str, final_url: str, metadata: Metadata | None, redirects: int
) -> str | None:
    """Why a 200 answer is a soft 404, in words (front-page reasons say ``front page``); ``None`` if not."""
    signal = soft_404_signal(requested_url, final_url, metadata, redirects)
    return signal[1] if signal else None
