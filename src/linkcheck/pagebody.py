"""What a 200 page's raw bytes say about it when its metadata cannot: empty, parked, or redirecting in the
browser (pure; no I/O).

:func:`body_signal` is asked only about pages that answered with a success code and are not already a soft
404 by their titles or address. Its signals, in order:

1. **Empty.** A body with nothing but whitespace: nothing there supports any citation (``soft_404``,
   ``error_page``).
2. **A news feed.** An RSS or Atom feed (told by its root element, whatever its ``Content-Type``) answering
   an article's address that names no feed: a relaunched CMS's section feed is not the article
   (``soft_404``, ``error_page``).
3. **Parked domain.** The outlet's domain lapsed and a registrar or parking service answers every URL with
   its placeholder ("This domain may be for sale!", a sponsored-listings feed). Two independent signs are
   needed among: a parking service's script or asset (Google's ads-for-domains ``caf.js``, ParkingCrew,
   Sedo parking, Bodis, ...), a for-sale phrase, a parked phrase, and a page title that is (or starts with)
   a bare domain name (``soft_404``, ``parked``). A page whose metadata states an article's publication
   date is no placeholder, and is not read for one. Under the same gate, two other new holders of a lapsed
   name: a sinkhole's page ("This domain has been sinkholed", ``parked``) and a link seller's ("Write for
   Us", "Размещение статей" with "dofollow" or "вечные ссылки" on offer, ``spam``).
4. **Script redirect.** A small page whose script sets ``location`` (``location.replace(...)``,
   ``location.href = ...``) to the site's front page, a section above the article, or an error address:
   the same judgement :mod:`linkcheck.soft404` makes for an HTTP redirect, with the reason saying so
   (``soft_404``, ``front_page`` or ``error_page``). A ``Refresh`` header or ``<meta http-equiv="refresh">``
   due within 10 s is not read here: the fetcher follows it as a redirect hop (:mod:`linkcheck.fetch`), so
   the page it leads to is the one judged; a small page's meta refresh due later ("you will be taken to the
   home page in 30 seconds") is read as a script's ``location`` is.
5. **A search box echoing the address.** A page that states no publication date, at an article's address,
   whose search box holds the words of the address's slug ("marina berths price rise approved"): the site's
   not-found page offering to search for what was asked (``soft_404``, ``error_page``).
6. **A moved notice.** A page whose headline says the article moved ("This article has moved", "Материал
   перемещён": :func:`linkcheck.soft404.is_moved_title`):
   the article is not at the cited address (``soft_404``, ``error_page``); the reason gives the notice's
   first link after the heading, the address a reader follows.

:func:`headless_signal` is asked about a page that gives itself no headline and no date (its titles are at
most the site's name and tagline): what its text says. A line that is an error message ("Материал не
найден" in a styled ``<div>``), or whose first sentence is one ("This article has been removed by order
of the court. It may not be ..."), or that says the article was withdrawn and why, when the why is the law
or a request (:func:`linkcheck.soft404.says_withdrawn`: "Este artículo ha sido retirado a petición de ...,
en ejercicio de su derecho al olvido"), makes it ``soft_404`` (``error_page``); a line saying it is not
available in this region or country makes it ``blocked`` (``legal``); failing a line, the ``alt`` text of
one of its first images that is an error message (a not-found page that says so in a picture: "404 - page
not found") makes it ``soft_404`` (``error_page``); on a page of at most 32 KB, a line that is a
consent wall's heading ("Vos choix concernant l'utilisation de cookies", "<Site> gebruikt cookies") makes it
``blocked`` (``consent``), unless a later line is an error message.

:func:`notice_signal` is asked about a page that keeps its headline (and date) but whose first lines after
it say the article is gone ("This article has been removed.", a live blog's "This live event has expired",
an editor's note whose first sentence is "This article has been retracted.", a withdrawal for a legal
reason after an emphasised label: "<strong>Hinweis der Redaktion:</strong> Dieser Artikel ist aufgrund
einer einstweiligen Verfügung ... nicht abrufbar.", or a notice saying why after a colon: "Материал снят
с публикации по решению редакции: приведённая в нём цитата ...") with little text after them:
``soft_404`` (``error_page``). An article whose embedded video or post says
"no longer available" has its paragraphs after that line and is not one. So is a page headed only
"Correction" or "Опровержение" whose first lines say the article that was there was removed or replaced
(:func:`correction_in_place`).

:func:`script_shell` is asked separately: a JavaScript application's empty shell is reachable but not
verifiable (``blocked``, ``javascript``), not another page.

Two readings correct what a page's metadata says of it, for the matcher: :func:`redated_day` gives a page
whose declared date is later than its address's day (``/20200109/``) that day as published, when its text
after the headline gives it ("УЛАН-УДЭ, 9 января. /Agency/.": a story a migration re-dated); and
:func:`former_name` reads, on a page reached by a redirect, the former name its footer gives its outlet
("(до 2023 года — «Селенга-Информ»)"), which the checker adds to the site's name as "(formerly ...)".

Each check starts with a substring test, and only small pages are read for a placeholder or a script
redirect: a page with none of the marks costs a few ``in`` tests.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from html import unescape
from itertools import islice
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from linkcheck.calendars import MONTH_NAMES_EN, MONTH_NAMES_RU
from linkcheck.gates import (
    ad_block_title,
    bare_block_title,
    block_notice,
    block_statement,
    consent_line,
    consent_purposes,
    declares_an_article,
    gate_title,
    geo_block,
    geo_notice,
    legal_block,
    teaser_wall,
    wall_line,
)
from linkcheck.hostkey import lookalike_host
from linkcheck.lazyre import lazy_re
from linkcheck.media import is_pdf, media_type, utf16_as_utf8
from linkcheck.models import Cause, ExtractedDate, Metadata, Status, TitleCandidate
from linkcheck.models import clipped as _clipped  # a page's line as a reason quotes it (shared)
from linkcheck.names import fold, folded_pieces, hosts_of, is_site_segment, outlet_matches
from linkcheck.soft404 import (
    closure_title,
    drop_echo,
    echoes_slug,
    first_sentence,
    is_article_url,
    is_error_title,
    is_moved_title,
    may_say_moved,
    names_nothing,
    same_site,
    says_gone,
    says_withdrawn,
    sentences,
    soft_404_signal,
)

__all__ = [
    "HEAVY_LURE_BYTES",
    "LINK_SALE_PHRASES",
    "PARKED_BYTES",
    "PARKED_PHRASES",
    "PARKING_SERVICES",
    "PHISHING_BYTES",
    "SALE_PHRASES",
    "SCAN_BYTES",
    "SINKHOLE_PHRASES",
    "SPAM_BYTES",
    "SPAM_WORDS",
    "after_headline_signal",
    "blocked_by",
    "body_signal",
    "bookmaker_ranking",
    "client_redirect",
    "correction_in_place",
    "credited_sources",
    "defaced_signal",
    "dialog_wall",
    "episode_page",
    "error_under_wall",
    "expired_link",
    "file_signal",
    "first_document",
    "forbidden_gone",
    "forbidden_legal",
    "headless_signal",
    "headline_end",
    "headline_opening",
    "heavy_lure",
    "investment_lander",
    "leaked_status",
    "legal_reason",
    "malware_lure",
    "markup_bytes",
    "notice_signal",
    "offline_notice",
    "online_shop",
    "parcel_fee_lure",
    "password_lure",
    "phishing_form",
    "piracy_doorway",
    "prize_scam",
    "qr_login_clone",
    "retraction_note",
    "script_gate",
    "script_onward",
    "script_shell",
    "shell_error",
    "shop_front",
    "spam_signal",
    "suspended_domain",
    "unquote_sought",
    "unrendered_template",
    "video_gone",
    "walled_text",
    "wallet_drainer",
    "wordpress_not_found",
]

#: The largest body read for a JavaScript shell.
SCAN_BYTES = 64_000
#: The largest body that may be a parking placeholder (they weigh 5-30 KB): larger pages are not read for it.
PARKED_BYTES = 48_000
#: A page larger than this is not a redirect stub: its scripts' ``location = ...`` are not read.
_SCRIPT_STUB_BYTES = 4_096
#: What a page of no content is made of, of any size: blanks and NUL bytes (the HTML parser drops a NUL in
#: text, so browsers show such a body as a blank page: a cache file preallocated and never written, the
#: forty-second hostile round's ``/nul-body-html``, was read as a page of no title and passed). Looked at
#: only when a body read as a page (its metadata read) begins with a NUL: a file's zeros (a video, a disk
#: image) are its data.
_NUL_AND_BLANKS = b"\x00\t\n\x0c\r "

#: Scripts and assets of domain-parking services (lower case), as their placeholder pages load them.
PARKING_SERVICES: tuple[bytes, ...] = (
    b"/adsense/domains/caf.js",  # Google's ads for domains: every parking feed's sponsored listings
    b"parkingcrew",
    b"sedoparking",
    b"bodis.com",
    b"parklogic",
    b"above.com/marketplace",
    b"dsnextgen",
    b"parkingpage",
    b"domainregistrant",  # the parking feed's page options
)
#: What a placeholder says (lower case): that the name is for sale ...
SALE_PHRASES: tuple[bytes, ...] = (
    b"this domain may be for sale",
    b"this domain is for sale",
    b"the domain is for sale",
    b"domain name is for sale",
    b"buy this domain",
    b"make an offer on this domain",
    b"this domain name is for sale",
    b"lease to own",  # domain marketplaces' landers: "Buy now ... or lease to own from $104/month"
    b"diese domain steht zum verkauf",
    b"diese domain kaufen",
    b"diese domain ist zu verkaufen",
    # ... and as German registrars word it otherwise (rot55): "Die Domain steht zum Verkauf", "Diese Domain
    # kann erworben werden" (may be bought), "Diese Domain jetzt kaufen"
    b"domain steht zum verkauf",
    b"domain kann erworben werden",
    b"domain jetzt kaufen",
    "ce domaine est à vendre".encode(),
    "nom de domaine est à vendre".encode(),  # "Ce nom de domaine est à vendre !"
    "este dominio está a la venta".encode(),
    "questo dominio è in vendita".encode(),
    "このドメインは売り出し中".encode(),
    "该域名正在出售".encode(),
    "此域名出售".encode(),
    b"dit domein is te koop",
    b"deze domeinnaam is te koop",
    "ta domena jest na sprzedaż".encode(),
    "este domínio está à venda".encode(),
    "este domínio pode estar à venda".encode(),
    "domínio à venda".encode(),
    "denna domän är till salu".encode(),
    "bu alan adı satılık".encode(),
    # Czech and Slovak: "Tato doména je na prodej", "Táto doména je na predaj"
    "doména je na prodej".encode(),
    "doména je na predaj".encode(),
    "doménu si můžete koupit".encode(),
    # Cyrillic is not lower-cased by ``bytes.lower``: the phrases start after a letter a sentence capitalises
    # ("Домен продаётся", "Этот домен продаётся")
    "омен продаётся".encode(),
    "омен продается".encode(),
    # Ukrainian and Kazakh, after the capital the same way: "Цей домен продається", "Бұл домен сатылады"
    "омен продається".encode(),
    "омен сатылады".encode(),
    # Uzbek, in its Latin and Cyrillic alphabets: "Bu domen sotiladi", "Бу домен сотилади"
    b"domen sotiladi",
    "омен сотилади".encode(),
    # Armenian, after the capital the same way: "Այս դոմենը վաճառվում է" (this domain is for sale),
    # "Դոմենը վաճառքի է" (the domain is on sale)
    "ոմենը վաճառվում է".encode(),
    "ոմենը վաճառքի է".encode(),
    # Romanian: "Acest domeniu este de vânzare" (this domain is for sale), "Domeniul este de vânzare",
    # "Cumpără acest domeniu" (buy this domain)
    "domeniu este de vânzare".encode(),
    "domeniul este de vânzare".encode(),
    "cumpără acest domeniu".encode(),
    # Swedish, Danish and Norwegian, in the definite form too: "Den här domänen är till salu", "Köp domänen",
    # "Domænet er til salg", "Domenet er til salgs"; Hungarian: "Ez a domain eladó" (this domain is for
    # sale), "Vásárolja meg ezt a domaint" (buy this domain)
    "domänen är till salu".encode(),
    "köp domänen".encode(),
    "köp den här domänen".encode(),
    "domænet er til salg".encode(),
    "køb domænet".encode(),
    b"domenet er til salgs",
    "domain eladó".encode(),
    b"vasarolja meg ezt a domaint",
    "vásárolja meg ezt a domaint".encode(),
    # Finnish: "Tämä verkkotunnus on myynnissä / myytävänä" (this domain is for sale), "Osta verkkotunnus";
    # Greek, after the capital a sentence's start gives (``bytes.lower`` leaves Greek alone): "Το όνομα
    # χώρου είναι προς πώληση" (the domain name is for sale), "πωλείται" (is sold), "Αγοράστε το όνομα
    # χώρου" (buy the domain name), and the English word the Greek registrars write too ("Το domain ...")
    b"verkkotunnus on myynniss",
    "verkkotunnus on myytävänä".encode(),
    "verkkotunnus myytävänä".encode(),
    b"osta verkkotunnus",
    "osta tämä verkkotunnus".encode(),
    "νομα χώρου είναι προς πώληση".encode(),
    "νομα χώρου πωλείται".encode(),
    "γοράστε το όνομα χώρου".encode(),
    "γοράστε αυτό το όνομα χώρου".encode(),
    "domain είναι προς πώληση".encode(),
    "domain πωλείται".encode(),
    # Lithuanian, Latvian and Estonian (rot53): "Šis domenas parduodamas" (this domain is for sale), "Pirkti
    # domeną" (buy the domain); "Šis domēns ir pārdošanā", "Domēns tiek pārdots", "Pirkt domēnu"; "See
    # domeen on müügis", "Domeen on müüa", "Osta domeen"
    b"domenas parduodamas",
    b"domenas yra parduodamas",
    "pirkti domeną".encode(),
    "pirkti šį domeną".encode(),
    "domēns ir pārdošanā".encode(),
    "domēns tiek pārdots".encode(),
    "domēns ir pārdodams".encode(),
    "pirkt domēnu".encode(),
    "domeen on müügis".encode(),
    "domeen on müüa".encode(),
    # Icelandic (rot57): "Þetta lén er til sölu!" (this domain is for sale), "Kaupa lénið" (buy the domain),
    # "Lénið er til sölu"; "lén" (a domain) is a parked word below
    "lén er til sölu".encode(),
    "lénið er til sölu".encode(),
    "kaupa lénið".encode(),
    "kauptu lénið".encode(),
    "kaupa þetta lén".encode(),
    b"osta domeen",
    # Vietnamese (rot59): "Tên miền này có thể đang được rao bán!" (this domain may be for sale), "Tên miền
    # này đang được rao bán", "Liên hệ mua tên miền" (ask to buy the domain); "tên miền" (a domain name) is a
    # parked word below
    "tên miền này có thể đang được rao bán".encode(),
    "tên miền này đang được rao bán".encode(),
    "mua tên miền".encode(),
    # Mongolian (rot60): "Энэ домэйн нэр худалдаанд гарсан байна!" (this domain name is for sale), "Домэйн
    # худалдаж авах" (buy the domain), "домэйныг худалдан авах"; "домэйн" (a domain) is a parked word below
    "домэйн нэр худалдаанд".encode(),
    "домэйн худалдаанд".encode(),
    "домэйн худалдаж авах".encode(),
    "домэйныг худалдан авах".encode(),
    # a lapsed name on a registrar's auction: "Домен ... выставлен на аукцион", "This domain is up for
    # auction", "Place a bid"
    "выставлен на аукцион".encode(),
    "сделать ставку".encode(),
    b"domain is up for auction",
    b"domain is being auctioned",
    b"domain auction",
)
#: ... and that it is parked, lapsed or a sponsored-listings feed.
PARKED_PHRASES: tuple[bytes, ...] = (
    b"this domain is parked",
    b"domain is parked",
    b"this web page is parked",
    b"parked free, courtesy of",
    b"this domain has expired",
    b"the sponsored listings displayed above are served automatically by a third party",
    b"this domain name has expired",
    # a brand-protection registrar holding a closed site's name: "This domain is registered and protected by
    # <registrar>" (no site hosted; read, as every phrase here, with a second sign: a bare-domain title)
    b"registered and protected by",
    "このドメインは".encode(),  # Japanese registrars' parking: "this domain was taken at <registrar>"
    "该域名已过期".encode(),
    "域名停放".encode(),  # Chinese "domain parking" ("本域名由域名停放服务托管")
    b"diese domain wurde registriert",
    b"geparkte domain",  # German "Geparkte Domain", "Diese Domain ist geparkt" (rot55)
    b"domain ist geparkt",
    "рок регистрации домена".encode(),  # "Срок регистрации домена ... истёк": the registration lapsed
    "егистрация домена истекла".encode(),  # "Регистрация домена истекла"
    "омен освобождается".encode(),  # "Домен освобождается": a lapsed name being released
    "омен припаркован".encode(),
    # Lithuanian (rot53): "Domenas užparkuotas (nemokamai)" (the domain is parked, free), "Užparkuotas
    # domenas"
    "domenas užparkuotas".encode(),
    "užparkuotas domenas".encode(),
    # Ukrainian: "Домен припарковано", "Термін реєстрації домену закінчився"; Kazakh: "Бұл домен тіркеушіде
    # тұраққа қойылған" (parked at the registrar), "Тіркеу мерзімі аяқталған" (the registration ran out)
    "омен припарковано".encode(),
    "реєстрації домену закінчився".encode(),
    "тұраққа қойылған".encode(),
    "іркеу мерзімі аяқталған".encode(),
    # Uzbek, Latin and Cyrillic: "Ushbu domen ... park qilingan" (parked), "Ro‘yxatdan o‘tish muddati
    # tugagan" (the registration ran out; read from after the apostrophe, which is written four ways)
    b"park qilingan",
    "парк қилинган".encode(),
    b"tish muddati tugagan",
    "тиш муддати тугаган".encode(),
    # Armenian: "Այս դոմենը կայանված է" (this domain is parked), "Գրանցման ժամկետը լրացել է" (the
    # registration ran out; read, as the sale, from after the first letter a sentence's start capitalises)
    "ոմենը կայանված է".encode(),
    "րանցման ժամկետը լրացել".encode(),
    b"geparkeerd domein",
    # Polish, Czech, Slovak and Turkish: "Domena zaparkowana", "Doména je zaparkována", "Bu alan adı park
    # edilmiştir"
    b"domena zaparkowana",
    "doména je zaparkována".encode(),
    "doména je zaparkovaná".encode(),
    "alan adı park edilmiş".encode(),
    # a registrar's page for a lapsed name: "Diese Domain ist abgelaufen", "Ce nom de domaine a expiré"
    b"domain ist abgelaufen",
    "nom de domaine a expiré".encode(),
    "domaine parqué".encode(),  # French "Domaine parqué"
    b"el dominio ha caducado",
    # Romanian: "Domeniu parcat (gratuit la registrar)", "Acest domeniu a expirat" (read, as every phrase
    # here, with a second sign)
    b"domeniu parcat",
    b"domeniul este parcat",
    b"domeniu a expirat",
    b"domeniul a expirat",
    # Swedish, Danish and Norwegian: "Domänen är parkerad (hos registraren)", "Parkerad domän", "Domænet er
    # parkeret", "Domenet er parkert"; Hungarian: "Ez egy parkoltatott domain", "A domain regisztrációja
    # lejárt" (the domain's registration ran out)
    "domänen är parkerad".encode(),
    "parkerad domän".encode(),
    "domänen har gått ut".encode(),
    "domænet er parkeret".encode(),
    b"domenet er parkert",
    b"parkoltatott domain",
    b"parkolt domain",
    "domain regisztrációja lejárt".encode(),
    # Finnish: "Verkkotunnus on pysäköity" (the domain is parked), "Pysäköity verkkotunnus", "Verkkotunnus
    # on vanhentunut" (has lapsed); Greek: "Το όνομα χώρου είναι σταθμευμένο" (parked), "Σταθμευμένο όνομα
    # χώρου", "Το όνομα χώρου έχει λήξει" (has lapsed)
    "verkkotunnus on pysäköity".encode(),
    "pysäköity verkkotunnus".encode(),
    b"verkkotunnus on vanhentunut",
    "νομα χώρου είναι σταθμευμένο".encode(),
    "ταθμευμένο όνομα χώρου".encode(),
    "νομα χώρου έχει λήξει".encode(),
)
#: What a registrar's page for a lapsed name offers its owner (lower case): to renew it. Like a sale, the
#: name is on offer; "Renew now" alone is any subscription's button and is not one.
RENEWAL_PHRASES: tuple[bytes, ...] = (
    b"renew this domain",
    b"renew your domain",
    b"restore this domain",
    "verlängern sie die domain".encode(),
    "die domain verlängern".encode(),
    "domain jetzt verlängern".encode(),
    b"renouveler ce nom de domaine",
    b"renouveler ce domaine",
    b"renovar este dominio",
    b"renueva tu dominio",
    # Ukrainian and Russian, read from after the first letter (``bytes.lower`` leaves Cyrillic capitals
    # alone): "Продовжити домен", "продовжіть домен" (renew the domain), "Продлить домен", "продлите домен"
    "родовжити домен".encode(),
    "родовжіть домен".encode(),
    "родовжте домен".encode(),
    "родлить домен".encode(),
    "родлите домен".encode(),
)
#: A sale written around the name itself ("<name>.com is for sale"), on a page that says "for sale".
_NAME_FOR_SALE = lazy_re(rb"[a-z0-9-]\.[a-z]{2,24}(?:</[a-z]+>)?\s+is\s+for\s+sale")
#: What a placeholder names besides its domain (ASCII, lower case, as the pre-test reads the raw bytes):
#: "domain", "dominio", "parked", or the Japanese and Chinese words for a domain name; Dutch "domein", Polish
#: "domena", Portuguese "domínio", Russian "домен", Czech and Slovak "doména", Turkish "alan adı", Uzbek
#: "domen", Armenian "դոմեն"; Romanian "domeniu" and Norwegian "domene" hold "domen"; Swedish "domän" and
#: Danish "domæne" (a Swedish page that names its "domän" only, and no "domain", was never read); Finnish
#: "verkkotunnus" and its cases, Greek "όνομα χώρου" (domain name) and "ονόματος χώρου".
_PARKED_WORDS = (
    b"omain", b"OMAIN", b"arked", b"ominio", "ドメイン".encode(), "域名".encode(), b"omein", b"omena",
    "omínio".encode(), "омен".encode(), "omén".encode(), b"alan ad", b"domen", b"Domen", "ոմեն".encode(),
    "omän".encode(), "omæne".encode(), b"erkkotunnu", "νομα χώρου".encode(), "νόματος χώρου".encode(),
    "omēn".encode(), b"omeen",  # Latvian "domēns", Estonian "domeen" (Lithuanian "domenas" is "domen")
    "lén".encode(),  # Icelandic "lén", "lénið" (a domain, the domain; rot57)
    "ên miền".encode(),  # Vietnamese "tên miền" (a domain name; rot59)
    "омэйн".encode(),  # Mongolian "домэйн" (a domain; rot60)
)  # fmt: skip
_TITLE_START = lazy_re(r"\s+[-|–—:]\s+|\s*\|\s*")
_DOMAIN_TITLE = lazy_re(r"(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}\.?", re.IGNORECASE)

_SCRIPT_REDIRECT = lazy_re(
    rb"""(?:\blocation\s*\.\s*(?:replace|assign)\s*\(\s*["']([^"']+)["']\s*\)"""
    rb"""|\blocation(?:\s*\.\s*href)?\s*=\s*["']([^"']+)["'])"""
)


def _names_a_domain(metadata: Metadata | None) -> bool:
    """A title of the page is a bare domain name, or starts with one (``example.com - for sale``), or says
    the name is for sale (``example.com is for sale``). The raw titles are read too: the extractor may have
    cut a leading ``example.com - `` off as a site's name."""
    if metadata is None:
        return False
    for title in metadata.titles():
        first = _TITLE_START.split(title.strip(), maxsplit=1)[0]
        if first and _DOMAIN_TITLE.fullmatch(first):
            return True
        name, _, rest = first.partition(" ")
        if rest and rest.lower().startswith(_FOR_SALE_AFTER_NAME) and _DOMAIN_TITLE.fullmatch(name):
            return True
    return False


#: What a lander's title says after the domain's name when the name is for sale (lower case, the title's
#: start after "<name> "): "example.com is for sale", and as landers word it in other languages (rot57:
#: Icelandic "austurfrett.is er til sölu"; Danish and Norwegian "er til salg(s)", Swedish "är till salu",
#: German "steht zum Verkauf", "ist zu verkaufen", French "est à vendre", Spanish "está en venta", "se
#: vende", Portuguese "está à venda", Italian "è in vendita", Dutch "is te koop", Polish "jest na sprzedaż",
#: Czech and Slovak "je na prodej", "je na predaj", Finnish "on myynnissä", Hungarian "eladó", Turkish
#: "satılık").
_FOR_SALE_AFTER_NAME = (
    "is for sale", "er til sölu", "er til salg", "är till salu", "steht zum verkauf", "ist zu verkaufen",
    "est à vendre", "está en venta", "se vende", "está à venda", "è in vendita", "is te koop",
    "jest na sprzedaż", "je na prodej", "je na predaj", "on myynnissä", "eladó", "satılık",
)  # fmt: skip


#: What a sinkhole's page says (lower case): the name was taken over by security researchers or a CERT to
#: catch the traffic of the malware that used it ("This domain has been sinkholed", "redirected to a
#: sinkhole server"). A lapsed news domain can end so; the page is the new holder's, the outlet gone.
SINKHOLE_PHRASES: tuple[bytes, ...] = (
    b"has been sinkholed",
    b"is sinkholed",
    b"sinkholed domain",
    b"redirected to a sinkhole",
    b"pointed to a sinkhole",
    b"sinkhole server",
    b"this domain is a sinkhole",
)
#: A link seller's page title (on folded text, one piece of a title, whole): "Write for Us", "Submit a Guest
#: Post", "Guest Posts", "Sponsored Posts", "Размещение статей (и ссылок) (на сайте)", "Гостевые статьи",
#: "Купить ссылки": what a lapsed news domain bought for its links answers with.
_LINK_SALE_TITLE = lazy_re(
    r"write for us|submit (?:a |your )?guest post|guest posts?(?: wanted| accepted)?|sponsored posts?"
    r"|(?:razmeshchenie|publikatsiya) (?:gostevykh |reklamnykh |platnykh )?(?:statei|ssylok|publikatsii)"
    r"(?: (?:i|so) (?:ssylok|ssylkami))?(?: na (?:saite|portale))?"
    r"|gostevye (?:stati|posty)|kupit (?:ssylki|stati)"
)
#: What the page then sells (lower case): links that pass rank ("dofollow"), "eternal" links ("вечные
#: ссылки"), sponsored posts. A title alone is an outlet's own "Write for us" page; with these it is a trade.
LINK_SALE_PHRASES: tuple[bytes, ...] = (
    b"dofollow",
    b"do-follow",
    b"do follow link",
    b"sponsored post",
    "вечн".encode(),  # "вечные ссылки", "вечной ссылкой": links sold for good
)


def sinkholed(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page says its domain was sinkholed (:data:`SINKHOLE_PHRASES`) and names
    the domain: a page about a hole in a road does not. ``lowered`` is ``body.lower()`` when the caller has
    it (:func:`_taken_over` lowers a page once for all its rules); each lure below takes it so."""
    if b"inkhole" not in body:
        return False
    lowered = body.lower() if lowered is None else lowered
    return b"domain" in lowered and any(phrase in lowered for phrase in SINKHOLE_PHRASES)


def link_sale_title(titles: Sequence[str]) -> str | None:
    """The first title one of whose pieces is a link seller's (:data:`_LINK_SALE_TITLE`), or ``None``."""
    for title in titles:
        if any(_LINK_SALE_TITLE.fullmatch(piece) is not None for piece in folded_pieces(title)):
            return title
    return None


def sells_links(body: bytes, metadata: Metadata | None, lowered: bytes | None = None) -> str | None:
    """The title of a (small, undated) page that sells guest posts or links: a title of a link seller's
    (:func:`link_sale_title`) and, in the page, what is sold (:data:`LINK_SALE_PHRASES`); ``None``
    otherwise. An outlet's own "Write for us" page, which sells no links, and a story whose footer links one
    (it states a date) are not."""
    if metadata is None:
        return None
    title = link_sale_title(metadata.titles())  # a few short titles: before lowering the body
    if title is None:
        return None
    lowered = body.lower() if lowered is None else lowered
    return title if any(phrase in lowered for phrase in LINK_SALE_PHRASES) else None


#: What a registrar's page for a suspended domain says (lower case, Russian as written): the name was put on
#: hold ("clientHold", "serverHold": out of the DNS until the registrant answers), "This domain has been
#: suspended", "suspended by its registrar", "Делегирование домена приостановлено регистратором". The
#: registrar's page, not the outlet's, answers at every address; a hosting company's "Account Suspended"
#: (a site, not a domain) says none of these.
_SUSPENDED_DOMAIN = lazy_re(
    rb"\b(?:client|server)hold\b"
    rb"|domain(?:\s+name)?\s+(?:\S+\s+)?(?:has\s+been|is|was)\s+(?:temporarily\s+)?suspended"
    rb"|suspended\s+by\s+(?:its|the|our)\s+registrar"
    + "|приостановлен(?:а|о|ы)?\\s+регистратором|делегирование\\s+(?:домена\\s+)?приостановлено".encode()
)


#: The suspension's words as written, looked for before the body is lowered.
_SUSPENSION_WORDS: tuple[bytes, ...] = (
    b"uspended",
    b"USPENDED",
    b"lientHold",
    b"erverHold",
    b"lienthold",
    b"erverhold",
    "приостановлен".encode(),
)


def suspended_domain(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a registrar's page for a suspended domain
    (:data:`_SUSPENDED_DOMAIN`): it names a domain ("domain", "домен") and says it is suspended or on hold.
    A story about a registrar suspending domains states its date and is not asked; a host's "Account
    Suspended" page names no domain's suspension."""
    if not any(word in body for word in _SUSPENSION_WORDS):
        return False  # most pages: no lowering
    lowered = body.lower() if lowered is None else lowered
    if b"domain" not in lowered and "домен".encode() not in lowered:
        return False
    return _SUSPENDED_DOMAIN.search(lowered) is not None


#: A wallet drainer's call (lower case): "Connect Wallet", "Connect your wallet" ...
_CONNECT_WALLET = lazy_re(rb"connect\s+(?:your\s+|a\s+)?(?:crypto\s+)?wallet")
#: ... and its bait: an airdrop, a free mint, tokens or an NFT to claim, or the script asking the wallet for
#: its accounts (``eth_requestAccounts``).
_WALLET_BAIT = lazy_re(
    rb"airdrop|free\s+mint|mint\s+(?:now|is\s+live)|to\s+mint\b"
    rb"|claim\s+(?:your\s+|free\s+)?(?:tokens?|rewards?|airdrop|nfts?|coins?)|eth_requestaccounts"
)


def wallet_drainer(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a crypto wallet drainer: it asks the reader to connect a wallet
    (:data:`_CONNECT_WALLET`) to claim an airdrop or a free mint (:data:`_WALLET_BAIT`). Approving it hands
    the page the wallet's funds; a lapsed news domain's new holder serves it under the old name. A story
    about drainers quoting their words states its date and is not asked; a wallet's own help page asks to
    connect nothing for a mint or an airdrop."""
    if b"allet" not in body:
        return False
    lowered = body.lower() if lowered is None else lowered
    return _CONNECT_WALLET.search(lowered) is not None and _WALLET_BAIT.search(lowered) is not None


#: A shop's product page (lower case): Open Graph's ``og:type`` ``product``, or a JSON-LD ``Product`` ...
_PRODUCT_PAGE = lazy_re(
    rb"""property\s*=\s*["']og:type["']\s+content\s*=\s*["']product\b"""
    rb"""|content\s*=\s*["']product["']\s+property\s*=\s*["']og:type["']"""
    rb"""|["']@type["']\s*:\s*["']product["']"""
)
#: ... and its basket: "Add to cart / bag / basket", a form posting to ``/cart/add``, "В корзину"; and the
#: button as shops in other languages write it (lower case, as ``bytes.lower`` leaves it): Danish "Læg i
#: kurv", Norwegian "Legg i handlekurven", Swedish "Lägg i varukorgen", German "In den Warenkorb", French
#: "Ajouter au panier", Spanish "Añadir al carrito", Italian "Aggiungi al carrello", Dutch "In winkelwagen",
#: Polish "Dodaj do koszyka", Portuguese "Adicionar ao carrinho", Finnish "Lisää ostoskoriin", Turkish "Sepete
#: ekle", Hungarian "Kosárba"; Brazilian "Adicionar à sacola / à cesta", Greek "Προσθήκη στο καλάθι", Czech
#: "Přidat do košíku", Romanian "Adaugă în coș". An icon-only button names itself in its ``aria-label`` or
#: ``title`` (read as any words are) or only in its class ("add-to-cart", WooCommerce's "add_to_cart_button").
#: A button with no words at all is its shop's code's: OpenCart's ``onclick="cart.add('42')"``, Shopware's
#: form posting to ``/checkout/line-item/add``; or a button bound by a script loaded from elsewhere, which
#: names the product it puts in the basket in its own attributes (``<button data-product-id="5101">``,
#: WooCommerce's ``data-product_id``, ``data-variant-id``).
_ADD_TO_CART = lazy_re(
    rb"add\s+to\s+(?:cart|bag|basket)|add[-_]to[-_](?:cart|bag|basket)|/cart/add\b|\bcart\.add\(|"
    rb"/checkout/line-item/add\b|<button\b[^>]{0,300}?\sdata-(?:product|variant)[-_]?id\s*=|"
    + (
        "(?:в|В)\\s+корзину|добавить\\s+в\\s+корзину|læg\\s+i\\s+(?:indkøbs)?kurv|legg\\s+i\\s+handlekurv"
        "|lägg\\s+i\\s+varukorg|in\\s+den\\s+warenkorb|ajouter\\s+au\\s+panier|añadir\\s+al\\s+carrito"
        "|aggiungi\\s+al\\s+carrello|in\\s+(?:de\\s+)?winkelwagen|dodaj\\s+do\\s+koszyka"
        "|adicionar\\s+(?:ao\\s+carrinho|à\\s+sacola|à\\s+cesta)|lisää\\s+ostoskoriin|sepete\\s+ekle|kosárba"
        "|(?:π|Π)ροσθήκη\\s+στο\\s+καλάθι|do\\s+košíku|adaugă\\s+în\\s+(?:coș|coş)"
    ).encode()
)
#: A product page whose basket button has no words and no product id (bound by position from a script) is
#: still a shop's by what sells the product (lower case): the product's offer, a price in a currency
#: (schema.org's ``"priceCurrency"``, Open Graph's ``product:price:amount``) ...
_OFFER = lazy_re(rb"""["']pricecurrency["']\s*:|property\s*=\s*["']product:price:amount["']""")
#: ... and a field for how many to buy (an ``<input type="number">``, or one named or classed for the
#: quantity: "quantity", "qty").
_QUANTITY = lazy_re(
    rb"""<input\b[^>]{0,300}?(?:\stype\s*=\s*["']number["']|\s(?:name|class|id)\s*=\s*["'][^"']{0,40}?"""
    rb"""(?:quantity|qty))"""
)
#: A shop's page with no product markup still sells by what the law has it print by a price: that the price
#: includes the tax (lower case): "24,90 € TTC", "34,95 € inkl. MwSt.", "£12.00 inc. VAT", "19,90 € IVA
#: incluida", "299 Kč s DPH", "49,00 zł brutto", "199 kr inkl. moms" ...
_TAXED_PRICE = lazy_re(
    # the amount and its currency, either way round ("24,90 €", "€24.90", "£12.00", "299 Kč") ...
    rb"(?:\d(?:[\d.,\s]|&nbsp;){0,12}(?:\xe2\x82\xac|eur\b|\xc2\xa3|gbp\b|\$|k\xc4\x8d|z\xc5\x82|kr\b|chf\b|lei\b)"
    rb"|(?:\xe2\x82\xac|\xc2\xa3|\$)\s?\d[\d.,]*)"
    # ... then, perhaps in a tag of its own, the tax it includes
    rb"\s*(?:<[^<>]{0,60}>\s*){0,2}"
    rb"(?:ttc\b|inkl\.?\s*(?:mwst|ust|moms|mva|alv)\b|incl\.?\s*(?:vat|btw|tva|iva|moms)\b|inc\.?\s*vat\b"
    rb"|iva\s+(?:incl\b|inclu(?:ida|ido|sa|so))|tva\s+incluse\b|[sv]\s*(?:\xc4\x8d\.\s*)?dph\b|brutto\b"
    rb"|sis\.?\s*alv\b)"
)
#: ... beside a field for how many to buy that is marked by nothing but its default of one (an ``<input>``
#: whose value is 1, of no type that is not typed in: not hidden, a box to tick, a button, an address).
_ONE_FIELD = lazy_re(
    rb"""<input\b(?![^>]{0,300}?\stype\s*=\s*["']?(?:hidden|checkbox|radio|submit|button|image|email"""
    rb"""|password|search|tel|url)\b)[^>]{0,300}?\svalue\s*=\s*(?:"1"|'1'|1[\s>/])"""
)


#: The words one of which a shop's basket button holds (as written: ``Læg``, ``Lägg`` keep their letters),
#: looked for before :data:`_ADD_TO_CART` is searched.
_BASKET_WORDS: tuple[bytes, ...] = (
    b"cart", b"Cart", b"CART", b"asket", b"kurv", b"varukorg", b"arenkorb", b"panier", b"carrito",
    b"carrello", b"inkelwagen", b"koszyka", b"carrinho", b"ostoskori", b"epete", "kosár".encode(),
    "корзин".encode(), b" bag", b" Bag", b"sacola", b"cesta", "καλάθι".encode(), "košík".encode(),
    "coș".encode(), "coş".encode(), b"line-item/add", b"data-product", b"data-variant",
)  # fmt: skip
#: A shop's front or listing page shows at least this many basket buttons (one per product).
_SHOP_BUTTONS = 3
#: Basket words closer than this many bytes to the last one counted are the same button's (its text, its
#: ``aria-label``, its ``title`` and its class each say it): one product's card is longer.
_BUTTON_GAP = 64
#: At most this many basket words are looked at on a page.
_BUTTON_LOOKS = 24


def online_shop(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a shop's product page (:data:`_PRODUCT_PAGE`) with a basket to put
    it in (:data:`_ADD_TO_CART`): a lapsed news domain's new holder selling goods (often counterfeit) at the
    old addresses. The outlet's name is gone from such a page, but a citation giving only the outlet and the
    date has nothing else to compare, and the host still bears the old name. An outlet's own shop is not
    where its story's address leads; a story about a product states its date and is not asked. A basket
    button with no words and no product id still sells: product markup with an offer's price in a currency
    (:data:`_OFFER`) and a quantity field (:data:`_QUANTITY`) is a shop's too; a review naming a product and
    its price has no field to buy it. With no product markup at all, a price stated with its tax
    (:data:`_TAXED_PRICE`: "24,90 € TTC", "inkl. MwSt.") beside a field whose only mark is its one
    (:data:`_ONE_FIELD`) is a product page's: a story quoting a shop's price has no such field."""
    if b'roduct"' not in body and b"roduct'" not in body:
        # no product markup: the word in quotes ("product", "@type": "Product")
        if b'value="1"' not in body and b"value='1'" not in body and b"value=1" not in body:
            return False  # nearly every page
        lowered = body.lower() if lowered is None else lowered
        return _ONE_FIELD.search(lowered) is not None and _TAXED_PRICE.search(lowered) is not None
    lowered = body.lower() if lowered is None else lowered
    if _PRODUCT_PAGE.search(lowered) is None:
        return False
    if _ADD_TO_CART.search(lowered) is not None:
        return True
    return _OFFER.search(lowered) is not None and _QUANTITY.search(lowered) is not None


def shop_front(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a shop's front or listing page: at least :data:`_SHOP_BUTTONS`
    basket buttons (:data:`_ADD_TO_CART`, in any of eighteen languages, or an icon's class), one per product
    (one button's words within :data:`_BUTTON_GAP` bytes of each other counted once), with no product markup
    (which :func:`online_shop` reads). A sold news domain's new holder opens its shop at every old
    address ("Velkommen til vores webshop", four products and "Læg i kurv"), and a citation giving only the
    date has nothing else to compare. Left alone: a page with one or two such buttons (a recipe's "Add to
    basket" for its ingredients, a book's page at a publisher's), and a story about a shop, which states its
    date and is not asked."""
    if not any(word in body for word in _BASKET_WORDS):
        return False  # most pages: no lowering, no search
    lowered = body.lower() if lowered is None else lowered
    buttons, last = 0, -_BUTTON_GAP
    for match in islice(_ADD_TO_CART.finditer(lowered), _BUTTON_LOOKS):
        if match.start() - last >= _BUTTON_GAP:
            buttons += 1
            if buttons >= _SHOP_BUTTONS:
                return True
        last = match.start()
    return False


#: A prize scam's greeting (lower case; Russian as written): "Congratulations", "Поздравляем" ...
_CONGRATULATIONS = lazy_re(rb"congratulations|" + "поздравляем|Поздравляем|ПОЗДРАВЛЯЕМ".encode())
#: The greeting's words as written, looked for before the body is lowered.
_CONGRATULATION_WORDS: tuple[bytes, ...] = (
    b"ongratulation",
    b"ONGRATULATION",
    "оздравляем".encode(),
    "ОЗДРАВЛЯЕМ".encode(),
)
#: ... that the reader in person won or was picked: "you have won", "you've been selected", "you are our
#: 1,000,000th visitor", "Вы выиграли", "Вы стали ... победителем", "вы выбраны".
_YOU_WON = lazy_re(
    rb"\byou(?:'ve|\s+have)?\s+(?:just\s+)?(?:won|been\s+(?:selected|chosen|picked))\b"
    rb"|\byou\s+are\s+(?:the|our)\s+[^<.!]{0,30}?(?:winner|visitor)"
    + "|(?:в|В)ы\\s+(?:выиграли|выбраны|стали\\s+[^<.!]{0,40}?(?:победител|посетител))".encode()
)


#: ... or that offers the prize as a scam does, whoever it addresses: a costly prize for a token sum ("iPhone
#: 15 Pro всего за 1 рубль", "for just $1", "pay only 1 ₽ for delivery") or a fortune wheel's spins ("Spin
#: the wheel", "3 spins left", "Колесо фортуны", "Осталось попыток: 3"). No contest of an outlet sells its
#: prize for a rouble or counts a reader's spins.
_PRIZE_BAIT = lazy_re(
    rb"\bfor\s+(?:just\s+|only\s+)?(?:[$\xe2\x82\xac\xc2\xa3]\s?[0-2](?:[.,]\d\d)?"
    rb"|[0-2](?:[.,]\d\d)?\s?(?:usd|eur|\$))(?!\d|[.,]\d)"
    rb"|\bspin\s+the\s+wheel\b|\bwheel\s+of\s+fortune\b|\bspins?\s+left\b"
    + (
        "|за\\s+1\\s*(?:руб|₽|р\\.)|(?:К|к)олес(?:о|а)\\s+фортуны|(?:К|к)рутить\\s+колесо"
        "|(?:О|о)сталось\\s+попыт"
    ).encode()
)


def prize_scam(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a prize scam: it congratulates (:data:`_CONGRATULATIONS`) the
    reader in person on a win or a selection (:data:`_YOU_WON`, "You are our 1,000,000th visitor!", "Вы
    выиграли"), or congratulates whoever reads it and offers the prize as only a scam does
    (:data:`_PRIZE_BAIT`: a costly prize for a rouble, a fortune wheel's spins), the bait for a survey, a
    card's number or a delivery address. A lapsed news domain's new holder serves it at the old addresses.
    An outlet's page congratulating the winners of its contest addresses no reader as "you" and sells no
    prize for a token sum; a story about such scams states its date and is not asked."""
    if not any(word in body for word in _CONGRATULATION_WORDS):
        return False  # most pages: no lowering
    lowered = body.lower() if lowered is None else lowered
    if _CONGRATULATIONS.search(lowered) is None:
        return False
    return _YOU_WON.search(lowered) is not None or _PRIZE_BAIT.search(lowered) is not None


#: A messenger's QR-code sign-in (lower case): a QR code to scan ...
_QR_CODE = lazy_re(rb"\bqr[\s-]?code|class\s*=\s*[\"'][^\"']*\bqr\b|" + "qr-код|qr\\s+код|qr-Код".encode())
#: ... with the phone's app, to link this page as one of the account's devices: "Link a device", "Linked
#: Devices", "Link Desktop Device", "Привязать устройство", "Связанные устройства". An outlet's own QR
#: sign-in signs the reader in to the outlet; only a messenger's web client is linked as a device.
_LINK_DEVICE = lazy_re(
    rb"\blink(?:ed)?\s+(?:a\s+|new\s+|desktop\s+|this\s+)?devices?\b"
    + (
        "|(?:(?:П|п)ривязать|(?:П|п)одключить|(?:С|с)вязать)\\s+(?:новое\\s+)?устройство"
        "|(?:(?:С|с)вязанные|(?:П|п)ривязанные)\\s+устройства"
    ).encode()
)


#: ... or to sign in to a bank's online banking: "Log in to online banking", "Sign in to Internet Banking",
#: "Вход в интернет-банк", "Войти в онлайн-банк" (the page's own heading or its QR code's prompt). An
#: outlet's own QR sign-in signs the reader in to the outlet, not to a bank; a bank's advert to download its
#: app asks for no sign-in.
_BANK_SIGN_IN = lazy_re(
    rb"\b(?:log\s*-?\s*in|sign\s*-?\s*in)\s+(?:to\s+)?(?:your\s+)?"
    rb"(?:online|internet|mobile)[\s-]+bank(?:ing)?\b"
    + (
        "|(?:(?:В|в)ход|(?:В|в)ойти)\\s+в\\s+(?:(?:И|и)нтернет|(?:О|о)нлайн|(?:М|м)обильный)[-\\s]+банк"
    ).encode()
)


def qr_login_clone(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a clone of a messenger's or a bank's web sign-in: a QR code
    (:data:`_QR_CODE`) the reader is to scan with the messenger's app to link the page as a device
    (:data:`_LINK_DEVICE`), or to sign in to a bank's online banking (:data:`_BANK_SIGN_IN`). Scanning it
    hands the page the reader's session; a lapsed news domain's new holder serves it at the old addresses
    ("WhatsApp Web", "Log in to Telegram by QR Code", "Вход в интернет-банк: отсканируйте QR-код"). An
    outlet's own QR sign-in (in its app) links no device and opens no bank, and a story whose header holds
    one states its date and is not asked."""
    if b"qr" not in body and b"QR" not in body and b"Qr" not in body:
        return False  # most pages: no lowering (each pattern reads a QR code)
    lowered = body.lower() if lowered is None else lowered
    if _QR_CODE.search(lowered) is None:
        return False
    return _LINK_DEVICE.search(lowered) is not None or _BANK_SIGN_IN.search(lowered) is not None


#: A parcel held for a fee (lower case): "Your parcel is on hold", "Отправление ... ожидает доставки",
#: "не может быть доставлено" (Cyrillic as written: ``bytes.lower`` lowers ASCII only) ...
_PARCEL_HELD = lazy_re(
    rb"\b(?:parcel|package|shipment|delivery)\b[^<]{0,120}?\b(?:is\s+)?(?:on\s+hold|awaiting"
    rb"|could\s+not\s+be\s+delivered|cannot\s+be\s+delivered|has\s+been\s+(?:held|suspended|stopped))"
    + (
        "|(?:(?:П|п)осылк|(?:О|о)тправлени|(?:Б|б)андерол)[^<]{0,120}?"
        "(?:ожида|не\\s+может\\s+быть\\s+доставлен|задержан|приостановлен)"
    ).encode()
)
#: ... until a fee is paid: "redelivery fee", "customs fee", "сбор за повторную доставку", "таможенная
#: пошлина".
_PARCEL_FEE = lazy_re(
    rb"\b(?:re-?delivery|customs|shipping|delivery|handling)\s+(?:fee|charge|duty)"
    + (
        "|(?:с|С)бор\\s+за\\s+(?:повторную\\s+)?(?:доставку|хранение)"
        "|таможенн(?:ая|ую|ый)\\s+(?:пошлин|сбор)|(?:о|О)платите\\s+доставку"
    ).encode()
)


def parcel_fee_lure(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a parcel-delivery phish: a parcel said to be held
    (:data:`_PARCEL_HELD`) until a fee is paid (:data:`_PARCEL_FEE`), and a payment card's number asked for
    (:data:`_CARD_FIELD`). A carrier's tracking page asks for no card; a shop's checkout holds no parcel;
    a lapsed news domain's new holder serves the phish at the old addresses."""
    if b"<input" not in body and b"<INPUT" not in body:
        return False
    lowered = body.lower() if lowered is None else lowered
    if _PARCEL_HELD.search(lowered) is None or _PARCEL_FEE.search(lowered) is None:
        return False
    return _asks_card_number(body)


#: A fine or toll said to be unpaid (lower case): "You have an unpaid traffic fine", "outstanding toll",
#: "unpaid parking ticket", "У вас есть неоплаченный штраф", "задолженность по штрафам" (Cyrillic as
#: written: ``bytes.lower`` lowers ASCII only).
_UNPAID_FINE = lazy_re(
    rb"\b(?:unpaid|outstanding|overdue)\s+(?:traffic\s+|parking\s+|speeding\s+|road\s+|toll\s+)?"
    rb"(?:fines?|tickets?|penalt(?:y|ies)|tolls?|penalty\s+charges?)\b"
    + (
        "|(?:Н|н)еоплаченн(?:ый|ые|ого|ых)\\s+(?:административн(?:ый|ые)\\s+)?штраф"
        "|(?:З|з)адолженност[ьи]\\s+по\\s+штрафам"
    ).encode()
)


def fine_payment_lure(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a fines phish: a traffic fine, parking ticket or toll said to be
    unpaid (:data:`_UNPAID_FINE`) and a payment card's number asked for on the page (:data:`_CARD_FIELD`).
    Such pages copy a state service's look ("У вас есть неоплаченный штраф", "скидка 50%") and take the
    card; a lapsed news domain's new holder serves them at the old addresses. A story about the scam states
    its date and is not asked; an outlet's checkout asks for a card but speaks of no fine; a page that
    speaks of a fine but holds no card field is left alone."""
    if b"<input" not in body and b"<INPUT" not in body:
        return False
    if _UNPAID_FINE.search(body.lower() if lowered is None else lowered) is None:
        return False
    return _asks_card_number(body)


#: Money said to be owed to the reader, to be paid to a card (lower case): "You are entitled to a
#: compensation", "your tax refund is ready", "Вам положена компенсация", "Вам начислена выплата",
#: "Получить выплату" (Cyrillic as written: ``bytes.lower`` lowers ASCII only). An outlet's page never pays
#: its readers; a shop's refund form speaks of an order.
_PAYOUT_OWED = lazy_re(
    rb"\byou\s+(?:are|re|have\s+been)\s+(?:entitled|eligible)\s+(?:to|for)\s+(?:an?\s+)?"
    rb"(?:compensation|refund|payout|payment|tax\s+refund|benefit)"
    rb"|\byour\s+(?:tax\s+)?(?:refund|compensation|payout)\s+(?:is\s+(?:ready|pending|waiting)|of\s)"
    rb"|\b(?:claim|receive|get)\s+your\s+(?:tax\s+)?(?:refund|compensation|payout)\b"
    + (
        "|(?:В|в)ам\\s+(?:положен|начислен|причитает|причитаёт|одобрен)\\S{0,4}\\s+"
        "(?:(?:единовременн|денежн)\\S{0,6}\\s+)?(?:компенсаци|выплат|возврат|пособи)"
        "|(?:П|п)олучить\\s+(?:компенсацию|выплату|возврат)"
    ).encode()
)


def payout_card_lure(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a payout phish: money said to be owed to the reader
    (:data:`_PAYOUT_OWED`: a compensation, a tax refund, "Вам положена выплата") and a payment card's number
    asked for on the page (:data:`_CARD_FIELD`), "to receive" it. Such pages copy a state service's look and
    take the card; a lapsed news domain's new holder serves them at the old addresses. A story about the
    scam states its date and is not asked; a checkout asks for a card but owes the reader nothing; a page
    announcing a payout without a card field is left alone."""
    if b"<input" not in body and b"<INPUT" not in body:
        return False
    if _PAYOUT_OWED.search(body.lower() if lowered is None else lowered) is None:
        return False
    return _asks_card_number(body)


#: A page asking for the browser's permission to send notifications: the Notifications or Push API called
#: (lower case) ...
_PUSH_PERMISSION = (b"notification.requestpermission", b"pushmanager.subscribe")
#: ... and telling the reader to press its "Allow" to go on (lower case): "Click Allow to continue", "Press
#: \"Allow\" to verify that you are not a robot", "Tap Allow to watch the video", "Нажмите «Разрешить»,
#: чтобы подтвердить, что вы не робот" (Cyrillic as written). The browser's own prompt is what "Allow"
#: answers: the lure dresses it as a captcha or a player's gate. A consent banner's "Allow all" or "Allow
#: cookies", and an outlet's "Allow notifications to get breaking news", name what is allowed.
_QUOTE_OPEN = rb"(?:\s|<[^<>]{0,30}>|[\"'\x60]|&quot;|\xe2\x80\x9c|\xc2\xab)*"
_QUOTE_CLOSE = rb"(?:<[^<>]{0,30}>|[\"'\x60]|&quot;|\xe2\x80\x9d|\xc2\xbb)*"
_PRESS_ALLOW = lazy_re(
    rb"\b(?:click|press|tap|hit|select|choose)(?:\s+on)?(?:\s+the)?"
    + _QUOTE_OPEN
    + rb"allow\b"
    + _QUOTE_CLOSE
    + rb"(?:\s+button)?\s*,?\s*(?:to\s+(?:continue|verify|confirm|prove|watch|play|access|download|view|see"
    rb"|start|enter|proceed|close)|if\s+you\s+are|and\s+(?:continue|watch|play))"
    + (
        '|(?:Н|н)ажмите\\s+(?:на\\s+)?(?:кнопку\\s+)?(?:\\s|<[^<>]{0,30}>|"|«|&quot;)*(?:Р|р)азрешить'
        '(?:<[^<>]{0,30}>|"|»|&quot;)*\\s*,?\\s*(?:чтобы|если|для)'
    ).encode()
)


def push_permission_lure(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a push-notification lure: its script asks for the permission to
    send notifications (:data:`_PUSH_PERMISSION`) and its text tells the reader to press "Allow" to go on
    (:data:`_PRESS_ALLOW`: "Click Allow to continue", "Press Allow to verify that you are not a robot"). The
    permission then floods the reader's screen with ads; a lapsed news domain's new holder serves it at every
    old address, with or without a redirect after. An outlet's own prompt names notifications ("Allow
    notifications to get breaking news") and a story quoting the lure states its date: neither is asked or
    read as one."""
    lowered = body.lower() if lowered is None else lowered
    if not any(call in lowered for call in _PUSH_PERMISSION):
        return b"<script" in lowered and _third_party_push_lure(lowered)
    return _PRESS_ALLOW.search(lowered) is not None


#: A script loaded from another host (lower case): ``<script src="https://...">``, ``src=//...``.
_FOREIGN_SCRIPT = lazy_re(rb"""<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?//""")
#: What only a lure asks "Allow" for (lower case): to prove the reader is no robot, to watch, play or
#: download something, or "if you are" human or of age: "Click \"Allow\" to confirm that you are not a
#: robot", "Press Allow to watch the video", "Нажмите «Разрешить», чтобы подтвердить, что вы не робот" /
#: "чтобы смотреть видео" (Cyrillic as written). A consent banner's "Click Allow to continue" asks no such
#: thing.
_PRESS_ALLOW_LURE = lazy_re(
    rb"\b(?:click|press|tap|hit)(?:\s+on)?(?:\s+the)?"
    + _QUOTE_OPEN
    + rb"allow\b"
    + _QUOTE_CLOSE
    + rb"(?:\s+button)?\s*,?\s*(?:to\s+(?:(?:verify|confirm|prove)\s+(?:that\s+)?you\s*(?:are|re|'re)\s+"
    rb"(?:not\s+a\s+robot|human)|watch|play|download|view\s+the\s+video|start\s+the\s+video)|if\s+you\s+are)"
    + (
        '|(?:Н|н)ажмите\\s+(?:на\\s+)?(?:кнопку\\s+)?(?:\\s|<[^<>]{0,30}>|"|«|&quot;)*(?:Р|р)азрешить'
        '(?:<[^<>]{0,30}>|"|»|&quot;)*\\s*,?\\s*чтобы\\s+(?:подтвердить|смотреть|посмотреть|скачать)'
    ).encode()
)


#: A page registering a service worker of its own (lower case): what a push subscription needs on the
#: page's own origin, so a push network's lure registers one ("navigator.serviceWorker.register('/sw.js')").
_REGISTERS_WORKER = b"serviceworker.register"
#: ... or handing a script the path of a worker on the page's own origin for it to register (lower case): a
#: push network's loader told ``data-sw="/sw-pw.js"``, a config's ``sw: "/sw.js"`` or
#: ``serviceWorkerPath: "/push/worker.js"``. The loader registers it, so nothing in the page's markup calls
#: ``serviceWorker.register``; the path is still the page's (a root-relative ``.js``, never ``//host``).
_WORKER_PATH = lazy_re(
    rb"""\b(?:data-)?(?:sw|service-?worker(?:-?(?:path|url|file))?|worker-?(?:path|url))\s*[=:]\s*["']?"""
    rb"""/(?!/)[^"'\s<>]{0,80}\.js\b"""
)


#: A page's ``<title>`` element's text (lower case), read by :func:`_titled_by_lure`.
_TITLE_TEXT = lazy_re(rb"<title\b[^>]*>([^<]{0,200})</title")


def _titled_by_lure(lowered: bytes) -> bool:
    """Whether the lowered page's ``<title>`` is itself a call to press "Allow" to go on
    (:data:`_PRESS_ALLOW`: "Click Allow to continue"): the lure names the page by its one request. A consent
    banner, or an outlet's own push bar, sits on a page titled by its story or its site; neither titles the
    page with the call."""
    match = _TITLE_TEXT.search(lowered)
    return match is not None and _PRESS_ALLOW.search(match.group(1)) is not None


def _third_party_push_lure(lowered: bytes) -> bool:
    """Whether a lowered page that calls no permission API itself is a push-notification lure whose request
    lives in a script it loads from another host (a push network's loader, by zone id): its text asks the
    reader to press "Allow" to prove they are no robot or to watch or download something
    (:data:`_PRESS_ALLOW_LURE`), or only to go on ("Click Allow to continue", :data:`_PRESS_ALLOW`) while
    the page registers a service worker of its own (:data:`_REGISTERS_WORKER`, which a push subscription
    needs) or hands its loader the path of one on its own origin to register (:data:`_WORKER_PATH`,
    ``data-sw="/sw.js"``) or is titled by that call itself (:func:`_titled_by_lure`: a push network's tag
    that carries its worker's path in its own code leaves nothing else of the page's own to read) or shows
    nothing but that call in its body under a title that names only a wait (:func:`_says_only_the_call`:
    "Loading..."); it loads
    a script from another host (:data:`_FOREIGN_SCRIPT`), and it says
    nothing of cookies (a consent banner's "Click Allow to continue" is about them). An outlet's own push
    service's script comes with a prompt that names notifications ("Подпишитесь на уведомления"), not a
    robot or a video behind "Allow"; a bare "Click Allow to continue" with no worker of the page's own
    (neither registered nor handed to a script) asks nothing a lure alone asks."""
    if b"cookie" in lowered:
        return False
    if (
        _PRESS_ALLOW_LURE.search(lowered) is None
        and not (
            (
                _REGISTERS_WORKER in lowered
                or _WORKER_PATH.search(lowered) is not None
                or _titled_by_lure(lowered)
            )
            and _PRESS_ALLOW.search(lowered) is not None
        )
        and not _says_only_the_call(lowered)
    ):
        return False
    return _FOREIGN_SCRIPT.search(lowered) is not None


#: The most words a page's body may show besides a call to press "Allow" for the call to be all it says
#: (:func:`_says_only_the_call`): a pointing hand or an arrow drawn as a character, a "100%" under a bar.
_WORDS_BESIDE_THE_CALL = 4
#: A ``<title>`` that names nothing but a wait (lower case, the whole title; Cyrillic as written):
#: "Loading...", "Please wait", "Redirecting…", "One moment", "Загрузка...", "Пожалуйста, подождите".
_WAIT_TITLE = lazy_re(
    rb"\s*(?:(?:please\s+)?wait|loading|redirecting|one\s+moment|processing|"
    + "(?:Пожалуйста,?\\s+)?(?:П|п)одождите|(?:З|з)агрузка|(?:П|п)ереадресация)".encode()
    + rb"(?:\s*(?:\.|\xe2\x80\xa6|!))*\s*"
)


def _titled_by_a_wait(lowered: bytes) -> bool:
    """Whether the lowered page has no ``<title>``, an empty one, or one that names only a wait
    (:data:`_WAIT_TITLE`: "Loading..."): a title that says nothing of a site or a story."""
    match = _TITLE_TEXT.search(lowered)
    return match is None or not match.group(1).strip() or _WAIT_TITLE.fullmatch(match.group(1)) is not None


def _says_only_the_call(lowered: bytes) -> bool:
    """Whether the lowered page's body shows nothing but a call to press "Allow" to go on
    (:data:`_PRESS_ALLOW`: "Click Allow to continue") and at most :data:`_WORDS_BESIDE_THE_CALL` other words,
    under a title that names nothing but a wait (:func:`_titled_by_a_wait`: "Loading...", or none): the call
    is all the page is for, though it hands no worker's path to its loader (a push network's tag may carry
    the path in its own code). A consent banner's "Click Allow to continue" sits on a page that shows a site
    (its story, its menus) or speaks of cookies (asked first by the caller); the bare call under a story's
    title or the site's name (rot35-38's leave-alone) is not read."""
    start = lowered.find(b"<body")
    if start < 0 or not _titled_by_a_wait(lowered[:start]):
        return False
    text = _visible_text(lowered[start:])
    if len(text) > _SHELL_TEXT:
        return False
    match = _PRESS_ALLOW.search(text)
    if match is None:
        return False
    return len(text[: match.start()].split()) + len(text[match.end() :].split()) <= _WORDS_BESIDE_THE_CALL


#: A sum of money in a lander's figures: digits with thousands' separators (a comma, a dot, a space, a
#: no-break or a narrow no-break space).
_SUM = rb"\d(?:[\d,. ]|\xc2\xa0|\xe2\x80\xaf){0,12}"
#: A loan offered as only a lender's lander offers it (lower case): "payday loan", "get up to $1,000 today",
#: "loan up to $500", "Займ на карту", "микрозайм" (Cyrillic as written) ...
_LOAN_OFFER = lazy_re(
    rb"\bpayday\s+loans?\b|\b(?:cash|installment|personal)\s+loans?\s+(?:online|today|now)\b"
    rb"|\b(?:get|borrow|loans?)\s+up\s+to\s+(?:\$|\xc2\xa3|\xe2\x82\xac)\s?\d"
    + "|(?:З|з)а(?:й|ё)м\\S{0,4}\\s+на\\s+карту|(?:М|м)икроза(?:й|ё)м|(?:З|з)а(?:й|ё)мы?\\s+онлайн".encode()
    # Spanish: "Préstamos rápidos online", "Consigue hasta 1.000 € hoy", "préstamo urgente"
    + "|\\bpr(?:é|e)stamos?\\s+(?:r(?:á|a)pidos?|online|urgentes?|sin\\s+papeleo)".encode()
    + "|\\b(?:consigue|obt(?:é|e)n|pide|solicita)\\s+hasta\\s+\\d[\\d.,]*\\s?(?:€|euros)".encode()
    # Polish: "Chwilówki online", "Pożyczka do 5 000 zł nawet w 15 minut", "pożyczka bez BIK" (a short-term
    # "chwilówka" is what such landers sell)
    + "|\\bchwil(?:ó|o)wk(?:a|i|ę)(?![a-z])".encode()
    + "|\\bpo(?:ż|z)yczk(?:a|i|ę)\\s+(?:online\\s+)?do\\s+\\d[\\d .,]*\\s?z(?:ł|l)".encode()
    + "|\\bpo(?:ż|z)yczk(?:a|i|ę)\\s+(?:online|na\\s+dow(?:ó|o)d|bez\\s+bik)".encode()
    # Portuguese (Brazil): "Empréstimo de até R$ 5.000 na hora", "empréstimo online", "empréstimo pessoal na
    # hora" (the sum in reais, "R$")
    + "|\\bempr(?:é|e)stimos?\\s+(?:pessoal\\s+)?(?:online|na\\s+hora|r(?:á|a)pido|urgente)".encode()
    + "|\\bempr(?:é|e)stimos?\\s+(?:pessoal\\s+)?(?:online\\s+)?de\\s+at(?:é|e)\\s+r\\$\\s?\\d".encode()
    # German: "Kredit ohne Schufa", "Sofortkredit bis 5.000 €", "Kredit bis zu 5.000 € sofort aufs Konto",
    # "Eilkredit", "Minikredit online" (the sum before its currency)
    + rb"|\bkredite?\s+(?:ohne|trotz)\s+schufa|\b(?:sofort|eil|blitz|schnell)kredit"
    + rb"|\b(?:kredit|darlehen)\w{0,2}\s+(?:online\s+)?bis\s+(?:zu\s+)?"
    + _SUM
    + rb"\s?(?:\xe2\x82\xac|euro)|\bminikredit\w{0,2}\s+online"
    # French: "Prêt rapide", "prêt express / urgent / en ligne", "Mini-prêt", "Crédit rapide" (the words
    # "sans justificatif" are the borrower's promise, below)
    + "|\\bpr(?:ê|e)ts?\\s+(?:rapides?|express|urgents?|en\\s+ligne)\\b|\\bmini-?pr(?:ê|e)ts?\\b".encode()
    + "|\\bcr(?:é|e)dits?\\s+(?:rapides?|express|urgents?)\\b".encode()
    # Italian: "Prestito veloce", "prestiti online / immediati / urgenti / lampo", "Prestito fino a 5.000 €"
    # (the sum before its currency; "senza busta paga" is the borrower's promise, below)
    + rb"|\bprestit[oi]\s+(?:veloc[ei]|online|immediat[oi]|urgent[ei]|lampo|flash)\b"
    + rb"|\bprestit[oi]\s+(?:online\s+)?fino\s+a\s+"
    + _SUM
    + rb"\s?(?:\xe2\x82\xac|euro)"
)
#: ... with approval promised whatever the borrower's record: "No credit check", "Bad credit OK", "Instant
#: approval", "Одобрение 99%", "без проверки кредитной истории", "без отказа".
_ANY_BORROWER = lazy_re(
    rb"\bno\s+credit\s+check|\bbad\s+credit\s+(?:ok|okay|welcome|accepted)|\binstant\s+approval"
    rb"|\bapproval\s+(?:rate\s+)?9\d\s?%|\bguaranteed\s+approval"
    + (
        "|(?:О|о)добрени(?:е|я)\\s+(?:до\\s+)?9\\d\\s?%|(?:Б|б)ез\\s+проверки\\s+кредитной\\s+истории"
        "|(?:Б|б)ез\\s+отказ(?:а|ов)|(?:с|С)\\s+плохой\\s+кредитной\\s+историей"
        # Spanish: "aunque estés en ASNEF" / "con ASNEF" (the defaulters' register), "sin nómina" (no
        # payslip), "aprobación garantizada"
        "|\\baunque\\s+est(?:é|e)s\\s+en\\s+asnef|\\bcon\\s+asnef\\b|\\bsin\\s+n(?:ó|o)mina"
        "|\\baprobaci(?:ó|o)n\\s+(?:garantizada|inmediata|del\\s+9\\d\\s?%)"
        # Polish: "bez BIK" / "bez baz" (the credit registers), "bez zaświadczeń" (no proof of income),
        # "także dla zadłużonych" / "dla osób z długami" (for debtors), "przyznawalność 95%"
        "|\\bbez\\s+(?:bik|baz|krd)\\b|\\bbez\\s+za(?:ś|s)wiadcze(?:ń|n)|\\bdla\\s+(?:zad(?:ł|l)u(?:ż|z)onych"
        "|os(?:ó|o)b\\s+z\\s+d(?:ł|l)ugami)|\\bprzyznawalno(?:ść|sc)\\s+9\\d\\s?%"
        # Portuguese (Brazil): "mesmo negativado" / "para negativados" (listed as defaulters), "sem consulta
        # ao SPC/Serasa" (the credit bureaus), "nome sujo" (a bad name), "aprovação de 97%"
        "|\\bmesmo\\s+negativad(?:o|a)s?|\\bpara\\s+negativad(?:o|a)s\\b"
        "|\\bsem\\s+consulta\\s+(?:ao\\s+|a\\s+|no\\s+)?(?:spc|serasa)|\\bnome\\s+sujo"
        "|\\baprova(?:ç|c)(?:ã|a)o\\s+(?:garantida|imediata|de\\s+9\\d\\s?%)"
        # German: "ohne Schufa(-Abfrage)" (the credit bureau), "auch bei negativer Schufa", "trotz Schufa",
        # "Sofortzusage", "Zusage garantiert" / "Zusage 98 %"
        "|\\bohne\\s+schufa|\\b(?:bei|mit)\\s+negativer\\s+schufa|\\btrotz\\s+schufa|\\bsofortzusage"
        "|\\bzusage\\s+(?:garantiert|9\\d\\s?%)"
        # French: "même fiché Banque de France" / "fiché FICP" (listed as a defaulter), "sans justificatif(s)"
        # (no proof of income), "réponse de principe immédiate" (an answer before any check)
        "|\\bm(?:ê|e)me\\s+fich(?:é|e)e?s?\\b|\\bfich(?:é|e)e?s?\\s+(?:(?:à|a)\\s+la\\s+)?(?:banque\\s+de\\s+france|bdf|ficp)"
        "|\\bsans\\s+justificatifs?\\b|\\br(?:é|e)ponse\\s+de\\s+principe\\s+imm(?:é|e)diate"
        # Italian: "anche a protestati" (listed for unpaid bills), "cattivi pagatori" (bad payers), "senza
        # busta paga" (no payslip), "approvazione garantita"
        "|\\bprotestati\\b|\\bcattivi\\s+pagatori\\b|\\bsenza\\s+busta\\s+paga\\b"
        "|\\bapprovazione\\s+(?:garantita|immediata|del\\s+9\\d\\s?%)"
    ).encode()
)


def loan_lander(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a lender's lander: a loan offered (:data:`_LOAN_OFFER`, "Get up
    to $1,000 today", "Займ на карту за 5 минут") to any borrower (:data:`_ANY_BORROWER`, "No credit check",
    "Одобрение 99%"), and a form to apply (an ``<input>``) or, instead of one, at least :data:`_LENDER_LINKS`
    links that say "Apply now" (:data:`_APPLY_LINK`: a list of lenders the lander is paid to send the reader
    to) or that are marked paid (:data:`_SPONSORED_LINK`, ``rel="sponsored"``: the lenders linked by their
    names). Lapsed news domains are bought for such affiliate landers. A story about payday lenders quotes
    those words but states its date and is not asked; a bank's loan page vets its borrowers and promises no
    approval; an explainer quoting the words links no lenders to apply to; a comparison of lenders whose
    paid links promise no approval to any borrower is no lander."""
    lowered = body.lower() if lowered is None else lowered
    if (
        b"<input" not in lowered
        and len(_APPLY_LINK.findall(lowered)) < _LENDER_LINKS
        and len(_SPONSORED_LINK.findall(lowered)) < _LENDER_LINKS
    ):
        return False
    return _LOAN_OFFER.search(lowered) is not None and _ANY_BORROWER.search(lowered) is not None


#: A link whose words are a lender's call to apply (lower case): "Apply now", "Apply", "Get my money",
#: "Check my rate", "Получить деньги", "Оформить займ" (Cyrillic as written).
_APPLY_LINK = lazy_re(
    rb"<a\b[^>]*>\s*(?:apply(?:\s+now|\s+online|\s+today)?|get\s+(?:my\s+)?(?:money|cash|loan)"
    rb"|check\s+(?:my\s+|your\s+)?rate)\s*</a>"
    + (
        "|<a\\b[^>]*>\\s*(?:(?:П|п)олучить\\s+(?:деньги|займ)|(?:О|о)формить\\s+(?:займ|заявку))\\s*</a>"
    ).encode()
)
#: A link marked paid (lower case): ``rel="nofollow sponsored"``, the mark search engines ask affiliate links
#: to carry, whatever its words (a lender's name: "Vivecrédito", "QuickCash").
_SPONSORED_LINK = lazy_re(rb"""<a\b[^>]*\srel\s*=\s*["']?[^"'>]*\bsponsored\b""")
#: The fewest such links that make a page a lender's lander without a form of its own: a list of lenders to
#: send the reader to (one "Apply now" may be an advert on a page of something else).
_LENDER_LINKS = 2


#: A phone number asked for to reach content (lower case): "Enter your phone number to watch", "Confirm
#: your mobile number to continue", "Чтобы смотреть видео, подтвердите номер телефона" (Cyrillic as
#: written) ...
_PHONE_TO_ACCESS = lazy_re(
    rb"\b(?:enter|confirm|verify)\s+your\s+(?:mobile\s+|phone\s+|cell\s+)?(?:phone\s+)?number\s+to\s+"
    rb"(?:watch|continue|access|download|play|view|see|unlock|get)"
    + (
        "|(?:Ч|ч)тобы\\s+(?:смотреть|посмотреть|продолжить|скачать|получить\\s+доступ|слушать)[^<.]{0,60}?"
        "(?:подтвердите|введите|укажите)\\s+(?:ваш\\s+|свой\\s+)?номер"
        "|(?:П|п)одтвердите\\s+(?:ваш\\s+|свой\\s+)?номер\\s+телефона[^<.]{0,30}?чтобы"
    ).encode()
)
#: ... for a charge per day or week billed to it (lower case): "35 руб./сутки", "£4.50/week", "$2.99 per
#: week", "10 руб. в день" (a premium-rate subscription's fine print).
_PRICE_PER_PERIOD = lazy_re(
    rb"(?:\$|\xc2\xa3|\xe2\x82\xac)\s?\d+(?:[.,]\d\d)?\s*(?:/|per\s+|a\s+)(?:day|week)\b"
    rb"|\d+(?:[.,]\d\d)?\s*(?:usd|eur|gbp|rub)\s*(?:/|per\s+|a\s+)(?:day|week)\b"
    + "|\\d+(?:[.,]\\d\\d)?\\s*(?:руб\\.?|р\\.|₽)\\s*(?:/|в\\s+)\\s*(?:сутки|день|неделю)".encode()
)


def mobile_billing_lure(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a premium-rate subscription trap: it asks for the reader's phone
    number to reach content (:data:`_PHONE_TO_ACCESS`: "Чтобы смотреть видео, подтвердите номер телефона")
    and its fine print charges per day or week (:data:`_PRICE_PER_PERIOD`: "35 руб./сутки"), billed to the
    phone, with an ``<input>`` to take the number. A lapsed news domain's new holder serves it at every old
    address. An outlet's subscription offer ("£1 a week") asks for no phone number to watch; a newsletter's
    SMS sign-up names no price per day."""
    if b"<input" not in body and b"<INPUT" not in body:
        return False
    lowered = body.lower() if lowered is None else lowered
    return _PHONE_TO_ACCESS.search(lowered) is not None and _PRICE_PER_PERIOD.search(lowered) is not None


#: Returns promised per day, week or month (lower case): "Earn $1,500 a day", "make up to €3,000 per week",
#: "Зарабатывайте от 80 000 ₽ в неделю", "доход до 5 000 $ в день" (Cyrillic as written) ...
_RETURNS_PROMISED = lazy_re(
    rb"\b(?:earn|make|profit|income)\w{0,3}\s+(?:of\s+)?(?:up\s+to\s+|from\s+|over\s+|at\s+least\s+)?"
    rb"(?:\$|\xc2\xa3|\xe2\x82\xac)\s?"
    + _SUM
    + rb"\+?\s*(?:a|per|every|each)\s+(?:day|week|month)\b"
    + "|(?:(?:З|з)арабатыва|(?:З|з)аработ|(?:Д|д)оход)\\S{0,12}\\s+(?:от|до)\\s+".encode()
    + _SUM
    + "\\s?(?:₽|руб|\\$|€|долл)\\S{0,8}\\s+в\\s+(?:день|неделю|месяц|сутки)".encode()
    # German: "Verdienen Sie bis zu 1.200 € am Tag", "Gewinne von über 5.000 € pro Woche" (the sum before
    # its currency, as German writes it)
    + rb"|\b(?:verdien|gewinn|einkommen|ertr(?:\xc3\xa4|a)g)\w{0,3}\s+(?:sie\s+)?(?:von\s+)?(?:bis\s+zu\s+|"
    rb"(?:\xc3\xbc|u)ber\s+|ab\s+|mindestens\s+)?"
    + _SUM
    + rb"\s?(?:\xe2\x82\xac|euro|eur|\$)\s+(?:am|pro|je|jeden|in\s+der|im)\s+(?:tag|woche|monat)\b"
    # French: "Gagnez jusqu'à 1 200 € par jour", "des revenus de plus de 5 000 € par semaine" (the sum before
    # its currency; the apostrophe straight or curly)
    + rb"|\b(?:gagn|revenu)\w{0,4}\s+(?:de\s+)?"
    + "(?:jusqu(?:'|’)(?:à|a)\\s+|plus\\s+de\\s+|au\\s+moins\\s+)?".encode()
    + _SUM
    + "\\s?(?:€|euros?|\\$)\\s+par\\s+(?:jour|semaine|mois)\\b".encode()
    # Spanish, Italian and Portuguese: "Gane hasta 1.200 € al día", "ingresos de más de 5.000 € por semana",
    # "Guadagna fino a 1.200 € al giorno", "guadagni di oltre 5.000 € a settimana", "Ganhe até 1.000 € por
    # dia", "ganhos de mais de 5.000 € por mês" (the sum before its currency)
    + rb"|\b(?:gan[aeo]|ganh[aeo]|ganar|ingreso|guadagn)\w{0,4}\s+(?:de\s+|di\s+)?"
    + "(?:hasta\\s+|m(?:á|a)s\\s+de\\s+|al\\s+menos\\s+".encode()
    + "|fino\\s+a\\s+|oltre\\s+|pi(?:ù|u)\\s+di\\s+|at(?:é|e)\\s+|mais\\s+de\\s+)?".encode()
    + _SUM
    + "\\s?(?:€|euros?|euro|\\$)\\s+(?:al|por|a\\s+la|a|alla|ogni|cada)\\s+".encode()
    + "(?:d(?:í|i)a|semana|m(?:e|ê)s|giorno|settimana|mese)\\b".encode()
    # Dutch: "Verdien tot € 1.000 per dag", "een inkomen van meer dan 5.000 euro per week" (the currency's
    # sign before the sum, its name after)
    + rb"|\b(?:verdien|inkomen|winst)\w{0,3}\s+(?:van\s+)?(?:tot\s+|meer\s+dan\s+|minstens\s+|ruim\s+)?"
    + rb"(?:(?:\xe2\x82\xac|\$)\s?"
    + _SUM
    + rb"|"
    + _SUM
    + rb"\s?(?:\xe2\x82\xac|euro))\s+(?:per|elke|iedere)\s+(?:dag|week|maand)\b"
)
#: ... and money asked to be put in, or a robot said to trade for the reader (lower case): "minimum deposit",
#: "deposit of $250", "trading robot", "Минимальный депозит", "Робот сам торгует" (Cyrillic as written).
_DEPOSIT_OR_ROBOT = lazy_re(
    rb"\bmin(?:imum|\.)?\s+deposit|\bdeposit\s+(?:of\s+|from\s+)?(?:\$|\xc2\xa3|\xe2\x82\xac)\s?\d"
    rb"|\btrading\s+(?:robot|bot)\b|\bauto[- ]?trading\s+(?:robot|bot|software)\b"
    + (
        "|(?:М|м)инимальн\\S{0,8}\\s+депозит|(?:Д|д)епозит\\s+(?:от|всего)\\s+\\d"
        "|(?:Р|р)обот\\S{0,6}\\s+(?:сам\\s+)?торгу"
    ).encode()
    # German: "Mindesteinzahlung 250 €", "Einzahlung ab 250 €", "Krypto-Robot", "Trading-Roboter",
    # "Handelsroboter"
    + rb"|\bmindest(?:einzahlung|einlage)\b|\beinzahlung\s+(?:von|ab)\s+\d"
    rb"|\b(?:krypto|crypto|trading|handels)-?robot(?:er)?\b"
    # French: "Dépôt minimum de 250 €", "dépôt de 250 €", "robot de trading"
    + "|\\bd(?:é|e)p(?:ô|o)t\\s+(?:minimum|minimal)|\\bd(?:é|e)p(?:ô|o)t\\s+(?:de|d(?:è|e)s)\\s+\\d".encode()
    + rb"|\brobot\s+de\s+trading\b"
    # Spanish and Italian: "Depósito mínimo de 250 €", "depósito de 250 €", "deposito minimo di 250 €",
    # "robot de inversión", "robot di trading"
    + "|\\bdep(?:ó|o)sito\\s+m(?:í|i)nimo|\\bdep(?:ó|o)sito\\s+(?:de|desde|di|da)\\s+\\d".encode()
    + "|\\brobot\\s+(?:de\\s+inversi(?:ó|o)n|di\\s+trading)\\b".encode()
    # Portuguese: "robô de trading", "robô de investimento" ("depósito mínimo" is read above)
    + "|\\brob(?:ô|o)\\s+de\\s+(?:trading|investimento)\\b".encode()
    # Dutch: "Minimale storting van € 250", "storting van € 250" ("tradingrobot" is read above, with German's
    # "Handelsroboter")
    + rb"|\bminimale\s+storting\b|\bstorting\s+(?:van|vanaf)\s+(?:\xe2\x82\xac\s?)?\d"
)


#: Returns promised as a share of the stake per day, week or month (lower case): "Members earn up to 300% a
#: month", "returns of 40% per week", a cloud-mining scheme's "earn up to 3.5% daily", "доход до 300% в
#: месяц" (Cyrillic as written). A bank's or a fund's
#: rate is a year's ("16% годовых", "8% a year").
_PERCENT_RETURNS = lazy_re(
    rb"\b(?:earn|make|profit|return|gain|income)\w{0,3}\s+(?:of\s+)?(?:up\s+to\s+|over\s+|at\s+least\s+)?"
    rb"\d{1,4}(?:[.,]\d+)?\s?%\s*(?:(?:a|per|every|each)\s+(?:day|week|month)|daily|weekly|monthly)\b"
    + (
        "|(?:(?:З|з)арабатыва|(?:Д|д)оход|(?:П|п)рибыл)\\S{0,12}\\s+(?:от\\s+|до\\s+)?\\d{1,4}(?:[.,]\\d+)?\\s?%"
        "\\s+в\\s+(?:день|неделю|месяц|сутки)"
    ).encode()
)
#: A link to another host whose words are a call to sign up (lower case): "Open your free account", "Start
#: earning now", "Register now", "Join now", "Начать зарабатывать", "Открыть счёт" (Cyrillic as written):
#: a lander without a form sends the reader to its platform's sign-up.
_SIGNUP_ELSEWHERE = lazy_re(
    rb"""<a\b[^>]*\shref\s*=\s*["']?(?:https?:)?//[^>]*>\s*(?:open\s+(?:your\s+|an?\s+)?(?:free\s+)?account"""
    rb"|start\s+(?:earning|trading|investing)|register(?:\s+now|\s+free)?|join\s+(?:now|free|today|us)"
    rb"|sign\s+up(?:\s+now|\s+free)?|get\s+started)\b"
    + (
        "|<a\\b[^>]*\\shref\\s*=\\s*[\"']?(?:https?:)?//[^>]*>\\s*"
        "(?:(?:Н|н)ачать\\s+зарабатывать|(?:З|з)арегистрир|(?:О|о)ткрыть\\s+сч(?:ё|е)т)"
    ).encode()
)


def investment_lander(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is an investment scam's lander: returns promised per day, week or
    month (:data:`_RETURNS_PROMISED`: "Зарабатывайте от 80 000 ₽ в неделю", "Earn $1,500 a day"; or as a
    share, :data:`_PERCENT_RETURNS`: "Members earn up to 300% a month"), a deposit asked for or a trading
    robot offered (:data:`_DEPOSIT_OR_ROBOT`: "Минимальный депозит — 25 000 ₽", "trading bot"), and a form
    to take the reader's name and phone (an ``<input>``) for the scam's callers, or, without one, a link
    that sends the reader to sign up on another host (:data:`_SIGNUP_ELSEWHERE`: "Open your free account").
    Lapsed news domains are bought for such landers. A bank's deposit page states a yearly rate, not an
    income per week; a broker's sign-up asks a minimum deposit and promises no income; a story about the
    scam states its date and is not asked."""
    lowered = body.lower() if lowered is None else lowered
    if b"<input" not in lowered and _SIGNUP_ELSEWHERE.search(lowered) is None:
        return False
    if _RETURNS_PROMISED.search(lowered) is None and _PERCENT_RETURNS.search(lowered) is None:
        return False
    return _DEPOSIT_OR_ROBOT.search(lowered) is not None


#: The reader's device said to be infected (lower case): "Your phone may be infected with (4) viruses!",
#: "your device is 28.1% damaged", "Your Android has been hacked", "Ваш телефон заражён" (Cyrillic as
#: written) ...
_DEVICE_INFECTED = lazy_re(
    rb"\byour\s+(?:phone|device|mobile|smartphone|android|iphone|computer|pc|mac|system)\s+"
    rb"(?:is|may\s+be|might\s+be|could\s+be|has\s+been)\s+(?:\d{1,3}(?:[.,]\d+)?\s?%\s+)?"
    rb"(?:infected|damaged|hacked|compromised)|\binfected\s+with\s+\(?\d+\)?\s+(?:harmful\s+)?virus"
    + (
        "|(?:В|в)аш\\s+(?:телефон|смартфон|компьютер|андроид|айфон)\\s+(?:может\\s+быть\\s+)?"
        "(?:зараж(?:ё|е)н|взломан|поврежд(?:ё|е)н)"
    ).encode()
)
#: ... and told to remove it by installing what the page offers (lower case): "Remove viruses now", "install
#: the recommended security app", "clean your phone now", "Удалите вирусы", "Удалить угрозы", "Установите
#: антивирус".
_REMOVE_THREATS = lazy_re(
    rb"\bremove\s+(?:the\s+|all\s+)?(?:viruses|virus|threats?|malware)|\binstall\s+(?:the\s+)?"
    rb"(?:recommended\s+|free\s+)*(?:security|antivirus|anti-virus|cleaner|cleaning|protection)\s+app"
    rb"|\bclean\s+(?:your\s+)?(?:phone|device)\s+now"
    + (
        "|(?:У|у)дал(?:ить|ите)\\s+(?:вирус|угроз)|(?:У|у)станови(?:ть|те)\\s+(?:бесплатн\\S*\\s+)?антивирус"
    ).encode()
)


#: A scan's result announced as found on the reader's machine (lower case): "Virus detected!", "Viruses
#: have been detected", "Scan complete: 3 threats found", "(5) viruses detected", "Обнаружен вирус",
#: "Найдено 3 угрозы" (Cyrillic as written) ...
_THREATS_FOUND = lazy_re(
    rb"\bvirus(?:es)?\s+(?:(?:has|have)\s+been\s+|was\s+|were\s+)?detected\b"
    rb"|\(?\d{1,3}\)?\s+(?:threats?|viruses|infections|trojans?)\s+(?:(?:has|have)\s+been\s+)?"
    rb"(?:found|detected)\b"
    + (
        "|(?:О|о)бнаружен\\S{0,2}\\s+(?:\\d{1,3}\\s+)?(?:вирус|угроз)"
        "|(?:Н|н)айден\\S{0,2}\\s+\\d{1,3}\\s+(?:вирус|угроз)"
    ).encode()
)
#: ... and a link to another host whose words call to remove them (lower case): ``<a href="https://offer
#: .example/...">Remove threats now</a>``: the alert's only way out is an affiliate's offer.
_REMOVE_LINK_ELSEWHERE = lazy_re(
    rb"""<a\b[^>]*\shref\s*=\s*["']?(?:https?:)?//[^>]*>[^<]{0,40}\b(?:remove|clean|delete|fix)\s+"""
    rb"""(?:the\s+|all\s+|\d+\s+)?(?:viruses|virus|threats?|malware|infections?)"""
    + (
        "|<a\\b[^>]*\\shref\\s*=\\s*[\"']?(?:https?:)?//[^>]*>[^<]{0,40}(?:У|у)дал(?:ить|ите)\\s+"
        "(?:\\d+\\s+)?(?:вирус|угроз)"
    ).encode()
)


#: A clock shown as the text of an element (lower case): ``<b id="t">04:59</b>``, the time left on a
#: countdown ...
_CLOCK = lazy_re(rb">\s*\d{1,2}:[0-5]\d\s*<")
#: ... that a script runs (lower case): a timer started.
_TIMER_CALLS: tuple[bytes, ...] = (b"setinterval(", b"settimeout(")


def _counted_down_download(lowered: bytes) -> bool:
    """Whether a lowered page that announces a scan's finding (:data:`_THREATS_FOUND`: "Virus detected!",
    "2 threats found") offers a program to download and run as the remedy (:data:`_PROGRAM_LINK`: an
    ``.apk``, an ``.exe``, on any host) under a countdown (a clock in the text, :data:`_CLOCK`, and a
    script's timer, :data:`_TIMER_CALLS`): the pressure of a scare, whose "cleaner" is the payload. A
    security vendor's download page reports no scan of the reader's machine and counts nothing down; a help
    page on viruses offers no program to run before a clock runs out."""
    if not any(call in lowered for call in _TIMER_CALLS) or _CLOCK.search(lowered) is None:
        return False
    return _PROGRAM_LINK.search(lowered) is not None and _THREATS_FOUND.search(lowered) is not None


def scareware_alert(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is scareware: it tells the reader their own device is infected or
    damaged (:data:`_DEVICE_INFECTED`: "Your phone may be infected with (4) viruses!") and to remove the
    threat by installing what it offers (:data:`_REMOVE_THREATS`: "Remove viruses now", "install the
    recommended security app"), an affiliate's app or worse; or, naming no device, it announces a scan's
    finding ("Virus detected!", "3 threats found", :data:`_THREATS_FOUND`) whose only remedy is a link to
    another host to remove them (:data:`_REMOVE_LINK_ELSEWHERE`) or a program to download under a countdown
    (:func:`_counted_down_download`: "Download cleaner" linking an ``.apk``, the clock at 04:59). A lapsed
    news domain's new holder serves it at every old address. A security vendor's page offers its app but says
    nothing of the reader's device and reports no scan; a help page's scan advice links nowhere to remove
    anything; a story about such pages (or headlined "Virus detected in wastewater") quotes them and states
    its date, and is not asked."""
    lowered = body.lower() if lowered is None else lowered
    if _REMOVE_THREATS.search(lowered) is None:
        return _counted_down_download(lowered)
    if _DEVICE_INFECTED.search(lowered) is not None:
        return True
    return _THREATS_FOUND.search(lowered) is not None and _REMOVE_LINK_ELSEWHERE.search(lowered) is not None


#: A link into a messenger's chat (lower case): ``t.me/<account>``, ``telegram.me/``, ``wa.me/<number>``,
#: WhatsApp's ``api.whatsapp.com/send``: where a task scam's "manager" takes the recruit.
_MESSENGER_LINK = lazy_re(
    rb"""<a\b[^>]*\shref\s*=\s*["']?(?:https?:)?//(?:www\.)?(?:t\.me|telegram\.me|wa\.me|api\.whatsapp\.com/send)"""
    rb"""[/?]"""
)
#: Pay per day or week promised for a trivial online task (lower case): likes, views, reviews or ratings
#: ("от 5 000 ₽ в день" with "Ставьте лайки видео", "Earn $300 a day liking videos", "get paid to watch
#: videos and write reviews"; Cyrillic as written) ...
_TASK_PAY = lazy_re(
    rb"\b(?:earn|make|get\s+paid)\w{0,3}\s+(?:up\s+to\s+|from\s+)?(?:\$|\xc2\xa3|\xe2\x82\xac)\s?"
    + _SUM
    + rb"\+?\s*(?:a|per|every)\s+(?:day|hour|week)\b"
    + "|(?:(?:О|о)т|(?:Д|д)о)\\s+".encode()
    + _SUM
    + "\\s?(?:₽|руб|\\$|€)\\S{0,6}\\s+(?:в|за)\\s+(?:день|сутки|час|неделю)".encode()
)
#: ... the tasks themselves (lower case): "liking videos", "like posts", "write reviews", "rate products",
#: "watch videos", "Ставьте лайки", "за лайки", "пишите отзывы", "оценивайте товары", "смотрите видео".
_PAID_TASKS = lazy_re(
    rb"\b(?:lik(?:e|es|ing)\s+(?:videos?|posts?|photos?|reels?)|(?:writ(?:e|ing)|leav(?:e|ing))\s+reviews"
    rb"|rat(?:e|ing)\s+(?:products|hotels|apps|videos)|watch(?:ing)?\s+videos)\b"
    + (
        "|(?:С|с)тавьте\\s+лайк|(?:С|с)тавить\\s+лайк|за\\s+лайки|(?:Л|л)айкать"
        "|(?:П|п)ишите\\s+отзыв|(?:О|о)ценивайте\\s+(?:товары|видео|отели)|(?:С|с)мотрите\\s+видео"
    ).encode()
)


#: A form field for a phone number (lower case): ``<input type="tel">``, ``<input name="phone">``,
#: ``name="telefon"``, a text input named otherwise (``mobile``, ``nomer``, ``whatsapp``, ``msisdn``) or
#: whose placeholder is a phone number's mask (``placeholder="+7 (___) ___-__-__"``, ``+7 (999) ...``):
#: where a task scam's "manager" is to call the recruit back.
_PHONE_FIELD = lazy_re(
    rb"""<input\b[^>]*\s(?:type\s*=\s*["']?tel\b"""
    rb"""|name\s*=\s*["']?[^"'\s>]*(?:phone|telefon|mobile|nomer|whatsapp|msisdn)"""
    rb"""|placeholder\s*=\s*["']?\+\d{1,3}\s?\((?:_{3}|\d{3})\))"""
)


def task_scam_lander(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a task scam's lander: pay per day or hour promised
    (:data:`_TASK_PAY`: "от 5 000 ₽ в день", "Earn $300 a day") for trivial online tasks
    (:data:`_PAID_TASKS`: likes, reviews, ratings, watching videos) and a link into a messenger's chat with a
    "manager" (:data:`_MESSENGER_LINK`: ``t.me/...``, ``wa.me/...``) or a field for the recruit's phone
    (:data:`_PHONE_FIELD`: "Менеджер перезвонит вам"), where the recruit is later made to pay for "premium
    tasks". Lapsed news domains are bought for such landers. A real job advert names work that
    is not a like or a review (a courier's, a cashier's) even when it takes applications by Telegram; a
    story about the scam quotes its words and states its date, and is not asked; a page quoting the words
    with no chat to go to is left alone."""
    lowered = body.lower() if lowered is None else lowered
    if _MESSENGER_LINK.search(lowered) is None and _PHONE_FIELD.search(lowered) is None:
        return False
    return _TASK_PAY.search(lowered) is not None and _PAID_TASKS.search(lowered) is not None


#: Films or series offered to watch online for free (lower case; Cyrillic as written): "Смотреть фильмы
#: онлайн бесплатно", "смотреть онлайн бесплатно", "Watch movies online free", "Ver películas online gratis",
#: "Filme kostenlos online ansehen" ...
_FREE_STREAMING = lazy_re(
    "(?:С|с)мотр(?:еть|ите)\\s+(?:[^\\s<]+\\s+){0,3}?(?:онлайн\\s+бесплатно|бесплатно\\s+онлайн)".encode()
    + rb"|\bwatch\s+(?:free\s+)?(?:full\s+)?(?:movies|films|series|tv\s+shows)\s+online\s+(?:for\s+)?free\b"
    + rb"|\bwatch\s+free\s+(?:movies|films)\s+online\b"
    + "|\\bver\\s+(?:pel(?:í|i)culas|series)\\s+(?:online\\s+gratis|gratis\\s+online)".encode()
    + rb"|\bfilme\s+(?:und\s+serien\s+)?(?:online\s+)?kostenlos\s+(?:online\s+)?"
    + rb"(?:ansehen|anschauen|streamen)"
)
#: ... in a picture's quality, as such catalogues label every title (lower case): "HD 1080", "1080p", "Full
#: HD", "в хорошем качестве".
_STREAM_QUALITY = lazy_re(
    rb"\bhd\s?(?:720|1080)\b|\b(?:720|1080|2160)p\b|\bfull\s?hd\b" + "|в\\s+хорошем\\s+качестве".encode()
)
#: The fewest quality labels of a catalogue: one is a video player's menu, more label the titles on offer.
_QUALITY_LABELS = 2


def piracy_doorway(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a film-piracy doorway: films or series offered to watch online for
    free (:data:`_FREE_STREAMING`: "Смотреть фильмы онлайн бесплатно в хорошем качестве", "Watch movies
    online free") with their picture's quality labelled at least :data:`_QUALITY_LABELS` times
    (:data:`_STREAM_QUALITY`: "HD 1080", "1080p", "в хорошем качестве"): a catalogue of titles, the doorway
    that lapsed news domains are bought for to pass their links on. A story about piracy quotes the words but
    states its date and is not asked; a cinema's page sells tickets and offers nothing free; a video page's
    player labels its one quality once."""
    lowered = body.lower() if lowered is None else lowered
    if b"online" not in lowered and "онлайн".encode() not in lowered:
        return False
    if _FREE_STREAMING.search(lowered) is None:
        return False
    return len(_STREAM_QUALITY.findall(lowered)) >= _QUALITY_LABELS


#: A social audience sold (lower case; Cyrillic as written): "Buy Instagram followers", "Get real TikTok
#: likes", "Накрутка подписчиков в Instagram", "Купить живых подписчиков", an "SMM panel" naming itself ...
_AUDIENCE_SOLD = lazy_re(
    rb"\b(?:buy|get|order)\s+(?:real\s+|active\s+|cheap\s+|organic\s+)?(?:instagram\s+|tiktok\s+|youtube\s+"
    rb"|telegram\s+|twitter\s+|facebook\s+|spotify\s+|twitch\s+)?(?:followers|likes|views|subscribers)\b"
    rb"|\bsmm[\s-]+panel\b"
    + (
        "|(?:Н|н)акрутк\\S{0,3}\\s+(?:живых\\s+)?(?:подписчиков|лайков|просмотров|реакций|участников)"
        "|(?:К|к)упить\\s+(?:живых\\s+)?(?:подписчиков|лайков|просмотров)|SMM-панель|smm-панель"
    ).encode()
)
#: ... priced by the thousand, as such panels price every service (lower case): "Цена за 1000", "189 ₽ за
#: 1000", "$2.50 per 1000", "per 1k".
_PER_THOUSAND = lazy_re(rb"(?:\bper|/)\s*1\s?(?:[,.]?000|k)\b" + "|за\\s+1\\s?000\\b".encode())


def smm_panel(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is an SMM panel, a seller of followers, likes and views: an audience
    sold (:data:`_AUDIENCE_SOLD`: "Накрутка подписчиков в Instagram", "Buy Instagram followers") priced by
    the thousand (:data:`_PER_THOUSAND`: "Цена за 1000") with a form to order (an ``<input>``: the profile's
    link, the quantity). Lapsed news domains are bought for such shops. A story about bought followers quotes
    the offers but states its date and is not asked; an agency's page offering its social media work prices
    no followers by the thousand."""
    lowered = body.lower() if lowered is None else lowered
    if b"<input" not in lowered or (b"000" not in lowered and b"1k" not in lowered):
        return False
    return _PER_THOUSAND.search(lowered) is not None and _AUDIENCE_SOLD.search(lowered) is not None


#: A fortune-teller's or a witch's services (lower case; Cyrillic as written), each its own pattern so that
#: :func:`spell_seller` counts the kinds a page offers: a love spell ("Приворот", "love spell"), its undoing
#: ("Отворот"), a curse or the evil eye lifted ("снятие порчи", "сглаз", "remove a curse"), a reading of
#: cards ("Гадание на таро", "tarot reading"), a spinsterhood's "crown" lifted ("венец безбрачия"), a seer
#: ("ясновидящая", "potomstvennaya" witch, "psychic") ... Ukrainian's words too: "Приворот" is shared, a
#: husband brought back ("Повернення чоловіка в сім'ю"), "зняття порчі та пристріту", "Ворожіння на картах
#: Таро", "вінець безшлюбності", "ясновидиця", "потомственна відьма".
_OCCULT_SERVICES: tuple[re.Pattern[bytes], ...] = tuple(
    lazy_re(pattern)
    for pattern in (
        "(?:П|п)риворот|\\blove\\s+spells?\\b|\\bspell\\s+caster\\b".encode(),
        "(?:О|о)творот|\\bbring\\s+back\\s+(?:your\\s+)?(?:lost\\s+)?(?:lover|love|ex)\\b".encode()
        + "|(?:П|п)овернення\\s+(?:чоловіка|коханого|коханої|дружини)".encode(),
        "(?:П|п)орч[иуеаёі]|(?:С|с)глаз|(?:П|п)ристріт|\\bremove\\s+(?:a\\s+|the\\s+)?(?:curse|hex|black\\s+magic)\\b".encode(),
        "(?:Г|г)адани\\S{0,3}\\s+на\\s+(?:таро|картах)|\\btarot\\s+readings?\\b".encode()
        + "|(?:В|в)орожінн\\S{0,2}\\s+на\\s+(?:таро|картах)".encode(),
        "(?:В|в)ен(?:е|ё)ц\\S{0,2}\\s+безбрачия|(?:В|в)ін(?:е|)ц\\S{0,2}\\s+безшлюбност".encode(),
        "(?:Я|я)сновидящ|(?:П|п)отомственн\\S{0,3}\\s+(?:ведьм|гадалк|маг|целител)|\\bpsychic\\s+readings?\\b".encode()
        + "|(?:Я|я)сновидиц|(?:П|п)отомствен\\S{0,3}\\s+(?:відьм|ворожк|маг|цілител)".encode(),
    )
)
#: The fewest kinds of those a seller's page offers: one is a story's or a shop's word.
_OCCULT_KINDS = 3
#: A way to reach the seller in a messenger or by phone (lower case): a WhatsApp, Telegram or Viber link, a
#: ``tel:`` link.
_MESSENGER_CONTACT = (b"wa.me/", b"api.whatsapp.com", b"t.me/", b"viber://", b'href="tel:', b"href='tel:")


def spell_seller(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a fortune-teller's or a witch's lander: at least
    :data:`_OCCULT_KINDS` kinds of :data:`_OCCULT_SERVICES` offered ("Приворот на любовь по фото", "Снятие
    порчи и сглаза", "Гадание на таро онлайн") and a messenger's or a phone's link to reach the seller
    (:data:`_MESSENGER_CONTACT`: ``wa.me/``). Lapsed Russian news domains are bought for such pages. A story
    about such sellers states its date and is not asked; a shop of tarot decks names one kind and links no
    messenger."""
    lowered = body.lower() if lowered is None else lowered
    if not any(contact in lowered for contact in _MESSENGER_CONTACT):
        return False
    return sum(1 for service in _OCCULT_SERVICES if service.search(lowered) is not None) >= _OCCULT_KINDS


#: A remedy's promise as a cash-on-delivery ("nutra") lander makes it (lower case; Cyrillic as written, its
#: endings' room counted in bytes, two a letter):
#: weight lost ("похудеть на 18 кг", "минус 18 кг за месяц", "сбросила 12 кг", "lose 10 kg", "lost 30 lbs",
#: Polish "schudnij 10 kg"), or a complaint cured ("избавиться от боли в суставах", "давление придёт в норму
#: за 7 дней", "get rid of joint pain", Polish "pozbądź się żylaków") ...
_REMEDY_PROMISED = lazy_re(
    (
        "(?:П|п)охуде\\S{0,8}\\s+(?:на\\s+)?\\d{1,3}\\s?кг|(?:М|м)инус\\s+\\d{1,3}\\s?кг"
        "|(?:С|с)брос\\S{0,8}\\s+\\d{1,3}\\s?кг|(?:И|и)збав\\S{0,12}\\s+от\\s+"
        "(?:боли\\s+в\\s+суставах|паразитов|гипертонии|варикоза|грибка|простатита)"
        "|(?:Д|д)авлени\\S{0,2}\\s+(?:придёт|придет|пришло|вернётся|вернется)\\s+в\\s+норму\\s+за"
        "|pozb\\S{0,8}\\s+się\\s+(?:żylaków|bólu\\s+stawów|pasożytów|grzybicy|nadciśnienia|cellulitu)"
        "|schud\\S{0,8}\\s+(?:nawet\\s+)?\\d{1,3}\\s?kg"
    ).encode()
    + rb"|\b(?:lose|lost|shed|drop(?:ped)?)\s+(?:up\s+to\s+)?\d{1,3}\s?(?:kg|lbs?|pounds)\b"
    + rb"|\bget\s+rid\s+of\s+(?:joint\s+pain|parasites|varicose\s+veins|(?:toe)?nail\s+fungus)\b"
)
#: ... sold at a discount said to end ("скидка 50%", "-50%", "50% off"), or at a price struck through
#: (``<s>``, ``<del>``, ``<strike>``) ...
_DISCOUNT = lazy_re(
    rb"<(?:s|del|strike)>\s*\d|(?:-|\xe2\x88\x92|\xe2\x80\x93)\s?\d{2}\s?%|\b\d{2}\s?%\s+(?:off|discount)\b"
    + "|(?:С|с)кидк\\S{0,3}\\s+(?:до\\s+)?\\d{2}\\s?%".encode()
)
#: ... ordered by leaving a name and phone for a call-centre's operator, consultant or "manager" who confirms
#: the order (lower case; Cyrillic as written): "оператор перезвонит вам", "наш консультант свяжется с вами",
#: "менеджер свяжется с вами для подтверждения заказа", "our operator will call you back", Polish "nasz
#: konsultant oddzwoni", "operator skontaktuje się".
_OPERATOR_CALLS = lazy_re(
    "(?:(?:О|о)ператор|(?:М|м)енеджер)\\S{0,2}\\s+(?:\\S+\\s+){0,2}?(?:перезвонит|свяжется|позвонит)".encode()
    + "|(?:К|к)онсультант\\S{0,2}\\s+(?:\\S+\\s+){0,2}?(?:перезвонит|свяжется)".encode()
    + rb"|\b(?:operator|consultant|manager)\s+will\s+(?:call|contact|ring)\s+you\b"
    + "|\\b(?:konsultant|operator|menedżer)\\s+(?:\\S+\\s+)?(?:oddzwoni|zadzwoni|skontaktuje\\s+się)".encode()
)


def nutra_lander(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a cash-on-delivery remedy's lander, as such "nutra" offers dress
    themselves as a news story ("Диетолог раскрыла, как похудеть на 18 кг за месяц"): a remedy's promise
    (:data:`_REMEDY_PROMISED`: kilograms lost, a complaint cured), a discount or a struck price
    (:data:`_DISCOUNT`: "скидка 50%"), a phone field (:data:`_PHONE_FIELD`) and an operator said to call the
    buyer back (:data:`_OPERATOR_CALLS`: "оператор перезвонит вам"). Lapsed news domains are bought for such
    landers. A story about them quotes the words but states its date and is not asked; a clinic's page with a
    callback form promises no kilograms at a discount; a shop's product page takes orders in a basket."""
    if b"<input" not in body and b"<INPUT" not in body:
        return False
    lowered = body.lower() if lowered is None else lowered
    if _PHONE_FIELD.search(lowered) is None or _OPERATOR_CALLS.search(lowered) is None:
        return False
    return _REMEDY_PROMISED.search(lowered) is not None and _DISCOUNT.search(lowered) is not None


#: Television channels sold over the internet without a broadcaster's rights, as a playlist file or a
#: set-top box portal's code (lower case): "IPTV подписка", "Подписка IPTV", "IPTV playlist", "плейлист
#: m3u", "m3u playlist", "IPTV на год", "Stalker-портал", "MAG/Stalker portal", "Xtream Codes" (Cyrillic as
#: written) ...
_IPTV_SOLD = lazy_re(
    rb"\biptv\s+(?:subscriptions?|playlists?|plans?|service)\b|\bm3u8?\s+(?:playlists?|links?)\b"
    + rb"|\bstalker[\s-]*portal\b|\bxtream[\s-]*codes?\b"
    + "|\\biptv\\s+(?:подписк|плейлист|абонемент|на\\s+(?:год|\\d{1,2}\\s+месяц))"
    "|(?:П|п)лейлист\\S{0,3}\\s+m3u|(?:П|п)одписк\\S{0,2}\\s+iptv|stalker[\\s-]*портал".encode()
)
#: ... of thousands of channels ("2 500+ каналов", "10,000+ live channels", "20 000 chaînes") ...
_CHANNELS_COUNTED = lazy_re(
    rb"\d[\d,. ]{2,7}\+?\s*(?:live\s+)?(?:tv\s+)?"
    rb"(?:channels|cha(?:\xc3\xae|i)nes|canales|kan(?:\xc3\xa4|a)le)\b"
    + "|\\d[\\d,. ]{2,7}\\+?\\s*(?:тв\\s+)?каналов".encode()
)
#: ... priced by the month or the year ("от 149 ₽ в месяц", "$9.99/month", "1 месяц — 149 ₽", "$59.99 /
#: year", "12 Months", "IPTV на год — 1 490 ₽", "1 год — 1 490 ₽"), resellers selling a year's access.
_PER_MONTH = lazy_re(
    rb"(?:\b(?:per|a)|/)\s*(?:month|mo|year|yr)\b|\b(?:1|3|6|12|24)\s+months?\b|\b1\s+year\b"
    + "|в\\s+месяц|/\\s*мес|\\b1\\s+месяц|\\b1\\s+год|на\\s+год|в\\s+год|/\\s*год"
    "|на\\s+12\\s+месяцев".encode()
)


def iptv_seller(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page sells pirated television: an IPTV subscription, an ``m3u`` playlist or
    a set-top box's Stalker portal or Xtream Codes login (:data:`_IPTV_SOLD`) of thousands of channels
    (:data:`_CHANNELS_COUNTED`) priced by the month or the year (:data:`_PER_MONTH`), bought through a
    messenger or a phone (:data:`_MESSENGER_CONTACT`) or a form (an ``<input>``). Lapsed news domains are
    bought for such shops. A broadband provider's television page sells a set-top box's plan, not a
    playlist file or a portal's code; a story about such sellers states its date and is not asked; a player
    app's page that explains how to open an ``m3u`` playlist or a Stalker portal prices no channels."""
    lowered = body.lower() if lowered is None else lowered
    if b"iptv" not in lowered or (
        b"m3u" not in lowered and b"stalker" not in lowered and b"xtream" not in lowered
    ):
        return False
    if b"<input" not in lowered and not any(contact in lowered for contact in _MESSENGER_CONTACT):
        return False
    return (
        _IPTV_SOLD.search(lowered) is not None
        and _CHANNELS_COUNTED.search(lowered) is not None
        and _PER_MONTH.search(lowered) is not None
    )


#: A gambling site's sign-up bonus, as lists of betting sites on lapsed domains print it (lower case; Turkish
#: and Cyrillic as written): "deneme bonusu" (a trial bonus), "yatırımsız bonus" (no deposit), "çevrimsiz
#: bonus" (no wagering), "no deposit bonus", "free spins", "бездепозитный бонус", "фриспины" ...
_BONUS_OFFERED = lazy_re(
    rb"\bno[\s-]+deposit\s+bonus|\bfree\s*spins?\b|\bfreespins?\b|\bdeneme\s+bonusu"
    + "|yatırımsız\\s+bonus|çevrimsiz\\s+bonus|(?:Б|б)ездепозитн\\S{0,6}\\s+бонус|(?:Ф|ф)риспин".encode()
)
#: ... beside the sites it ranks: "bahis siteleri", "casino siteleri", "betting sites", "online casinos",
#: "букмекерские конторы", "онлайн-казино".
_BETTING_SITES = lazy_re(
    rb"\b(?:bahis|casino|kumar)\s+siteleri\b|\bbetting\s+sites\b|\bonline\s+casinos\b"
    + "|(?:Б|б)укмекерск\\S{0,6}\\s+контор|(?:О|о)нлайн[\\s-]казино".encode()
)
#: How many other sites a list of betting sites links at least (:func:`betting_bonus_list`).
_BETTING_LINKS = 3
#: A link's host (lower case bytes), for counting the sites a page links.
_LINKED_HOST = lazy_re(rb"""href\s*=\s*["']?https?://([^/"'\s>:]+)""")


def betting_bonus_list(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a list of betting or casino sites with their sign-up bonuses, as
    bought or hacked domains serve them for their links: a bonus offered (:data:`_BONUS_OFFERED`: "deneme
    bonusu", "no deposit bonus", "free spins"), the kind of sites ranked (:data:`_BETTING_SITES`: "bahis
    siteleri", "online casinos") and at least :data:`_BETTING_LINKS` other hosts linked. A story about
    gambling ads states its date and is not asked; a casino's own page links no rivals; a sports page
    naming a bonus ranks no sites."""
    lowered = body.lower() if lowered is None else lowered
    if b"bonus" not in lowered and "онус".encode() not in lowered and "риспин".encode() not in lowered:
        return False
    if _BONUS_OFFERED.search(lowered) is None or _BETTING_SITES.search(lowered) is None:
        return False
    return len(set(_LINKED_HOST.findall(lowered))) >= _BETTING_LINKS


#: A gambling site's games, as its own pages name them (lower case; Hangul and Han as written): slots ("slot
#: gacor", "situs slot", "maxwin", "슬롯", "老虎机"), a casino's tables ("live casino", "baccarat", "카지노",
#: "百家乐"), lotteries and sports bets ("togel", "sportsbook", "토토", "bahis") ...
_GAMBLING_GAMES = lazy_re(
    rb"slot\s*gacor|slot\s*online|situs\s*slot|agen\s*slot|slot88|\bjudi\b|\btogel\b|maxwin|scatter"
    rb"|online\s+casino|casino\s+online|live\s+casino|\bkasino\b|\bcassino\b|baccarat|roulette|sportsbook"
    rb"|\bjackpot|\bbahis\b|\brtp\b|free\s*spins|"
    + "카지노|토토|바카라|슬롯|博彩|百家乐|娱乐城|老虎机".encode()
    # in Vietnamese (rot52): a bookmaker, betting, slot jackpots, fish-shooting games, tips on the odds, the
    # odds, a lottery, an illegal lottery, sic bo
    + "|nhà cái|cá cược|nổ hũ|bắn cá|soi kèo|tỷ lệ kèo|xổ số|lô đề|tài xỉu".encode()
    # in German (rot55): free spins, slot machines, sports bets, a live casino written with a hyphen
    + b"|freispiele|spielautomat|sportwetten|live-casino|online-casino"
    # in Japanese: a casino, slots, baccarat, roulette, poker, blackjack
    + "|カジノ|スロット|バカラ|ルーレット|ポーカー|ブラックジャック".encode()
    # in Hindi: a casino, betting, a bet, betting (the English word), Teen Patti, Andar Bahar, roulette, slots
    + "|कैसीनो|सट्टेबाजी|सट्टा|बेटिंग|तीन पत्ती|अंदर बाहर|रूलेट|स्लॉट".encode()
    # in Thai: a casino, baccarat, slots, roulette, football bets
    + "|คาสิโน|บาคาร่า|สล็อต|รูเล็ต|แทงบอล".encode()
)
#: ... money paid in ("deposit", "depo", "입금", "充值") ...
_MONEY_IN = lazy_re(
    rb"\bdeposit|\bdepo\b|withdraw|einzahlung|dep\xc3\xb3sito|yat\xc4\xb1r\xc4\xb1m|"
    + "입금|충전|充值|存款".encode()
    # Japanese "入金" (money paid in), Hindi "जमा" (a deposit), Thai "ฝาก" (deposit: "ฝาก-ถอน") (rot55)
    + "|入金|जमा|ฝาก".encode()
)
#: ... and a link to sign up on the site itself (a relative address ending in ``daftar``, ``register``,
#: ``signup``, ``join``): the site is the casino. A doorway whose "DAFTAR" links to a casino on another host
#: is link spam, which a citation of its title finds mismatched (``tests/test_rot_heldout.py``'s
#: ``domain-taken-over-by-casino-spam``).
_SIGN_UP = lazy_re(
    rb"""(?:href|action)\s*=\s*["']?(?!//|[a-z][a-z0-9+.-]*:)[^"'\s>:]*?"""
    rb"""(?:^|/|["'])(?:daftar|register|registration|signup|sign-up|join)(?:[/"'?#\s>]|\.)"""
)
#: The fewest different games a gambling site's page names.
_GAMBLING_WORDS = 3


#: A title that ranks bookmakers or casinos (lower case): "Nhà cái uy tín 2024 – Top 10 nhà cái", "Best
#: betting sites", "Top online casinos", "Bahis siteleri", "Лучшие букмекерские конторы" (rot52).
_RANKING_TITLE = lazy_re(
    r"nhà cái|\bbetting sites\b|\bbookmakers\b|\bonline casinos\b|\bcasino sites\b|\b(?:bahis|casino)"
    r" siteleri\b|букмекерск\S* контор|онлайн-казино"
    # German (rot55): "Die besten Online Casinos", "Beste Casinos", "Casinos im Test / Vergleich"
    r"|\bbesten? (?:online[- ]?)?casinos\b|\bcasinos im (?:test|vergleich)\b"
    # Japanese: a casino ranked, recommended or compared ("オンラインカジノおすすめランキング")
    r"|カジノ.{0,24}(?:ランキング|おすすめ|比較)|(?:ランキング|おすすめ|比較).{0,24}カジノ"
)


def bookmaker_ranking(body: bytes, lowered: bytes, metadata: Metadata | None) -> bool:
    """Whether a (small, undated) page is a ranking of bookmakers or casinos, as a sold news domain's new
    holder serves it for the links and the referral fees ("Nhà cái uy tín 2024 – Top 10 nhà cái cá cược bóng
    đá", each bookmaker's review linked): its title ranks them (:data:`_RANKING_TITLE`) and its text names
    at least :data:`_GAMBLING_WORDS` different games (:data:`_GAMBLING_GAMES`). A story about bookmakers
    states its date and is not asked; a page that names no games is not one (rot52). Any of the page's
    titles may rank them: an affiliate's ``<title>`` ("Online Casino Österreich 2025 – Die besten Casinos
    im Test") often says what its ``<h1>``, the headline read first, does not ("Unsere Top 5 für 2025";
    rot55)."""
    if metadata is None or not any(_RANKING_TITLE.search(t.lower()) for t in metadata.titles()):
        return False  # nearly every page: a search of each of its few titles
    games = {m.group(0) for m in islice(_GAMBLING_GAMES.finditer(lowered), 64)}
    return len(games) >= _GAMBLING_WORDS


def gambling_lander(body: bytes, lowered: bytes, metadata: Metadata | None) -> bool:
    """Whether a (small, undated) page is a gambling site's own lander, as a lapsed news domain's new holder
    serves it at every old address ("SLOT GACOR HARI INI", "DAFTAR SEKARANG", deposits via e-wallets): its
    title names a game (:data:`_GAMBLING_GAMES`), its text at least :data:`_GAMBLING_WORDS` different ones,
    money paid in (:data:`_MONEY_IN`) and a link to sign up on the site itself (:data:`_SIGN_UP`). A story
    about online gambling states its date and is not asked; a lottery's results page asks no deposit; a list
    of betting sites is :func:`betting_bonus_list`'s; a doorway sending its reader to a casino elsewhere is
    left to the title's match."""
    title = (metadata.title or "") if metadata is not None else ""
    if not title or _GAMBLING_GAMES.search(title.lower().encode()) is None:
        return False  # nearly every page: one search of its title
    games = {m.group(0) for m in islice(_GAMBLING_GAMES.finditer(lowered), 64)}
    return (
        len(games) >= _GAMBLING_WORDS
        and _MONEY_IN.search(lowered) is not None
        and _SIGN_UP.search(lowered) is not None
    )


#: A trading pair quoted against a stablecoin or bitcoin (lower case): "BTC/USDT", "eth / usdc", "SOL/BTC",
#: as a crypto exchange's ticker lists them (rot55).
_TRADING_PAIR = lazy_re(rb"\b([a-z]{2,6})\s?/\s?(?:usdt|usdc|busd|fdusd|btc)\b")
#: The fewest different pairs an exchange's ticker quotes.
_EXCHANGE_PAIRS = 3


def crypto_exchange_lander(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a crypto exchange's lander, as a lapsed news domain's new holder
    serves it at every old address ("比特币交易平台", a BTC/USDT, ETH/USDT, SOL/USDT ticker, "立即注册"): at
    least :data:`_EXCHANGE_PAIRS` different trading pairs (:data:`_TRADING_PAIR`) and a link to sign up on the
    site itself (:data:`_SIGN_UP`). Read in any language, by its ticker: a takeover's page need not be in
    the cited story's script (rot54's leftover, rot55). A story about bitcoin's price states its date and is
    not asked; a price page with no sign-up, or quoting two pairs, is left alone."""
    if b"usd" not in body and b"USD" not in body and b"BTC" not in body:
        return False  # most pages: no quote against a stablecoin or bitcoin
    lowered = body.lower() if lowered is None else lowered
    pairs = {m.group(1) for m in islice(_TRADING_PAIR.finditer(lowered), 32)}
    return len(pairs) >= _EXCHANGE_PAIRS and _SIGN_UP.search(lowered) is not None


#: A cell of a table holding a decimal bet's odds alone ("1.85", "3,40"; 1.00 to 49.99), as a betting site's
#: table of today's matches prints them in any language (rot56) ...
_ODDS_CELL = lazy_re(rb"<td\b[^>]*>\s*(?:[1-9]|[1-4]\d)[.,]\d{2}\s*</td>")
#: The fewest such cells a betting site's page shows (three matches' 1-X-2 are nine; two rows of three or
#: three of two are six).
_ODDS_CELLS = 6
#: ... an age mark, "18+" or "+18", standing alone (not "+18 °C", "+18 %", "118+") ...
_AGE_MARK = lazy_re(
    rb"(?<![\w+.,])(?:18\+(?![\w+])|\+18(?![\w+%.,]|\s*(?:%|\xc2\xb0|[0-9a-z])))", re.IGNORECASE
)
#: ... and the payment methods it takes, as its logos' ``alt`` text names them (lower case: cards, wallets,
#: instant payments and stablecoins that betting sites in many countries list), read by their brand names
#: whatever the page's language.
_PAYMENT_LOGO = lazy_re(
    rb"""<img\b[^>]*?\balt\s*=\s*["']?\s*(visa|mastercard|maestro|skrill|neteller|paypal|pix|bkash|nagad"""
    rb"""|upi|paytm|phonepe|gpay|google pay|apple pay|usdt|tether|bitcoin|btc|ecopayz|astropay|jeton|papara"""
    rb"""|m-?pesa|gcash|ovo|dana|gopay|payeer|perfect money|yoomoney|qiwi|muchbetter|trustly|sofort"""
    rb"""|paysafecard|interac|neosurf|piastrix|easypaisa|jazzcash|fawry|mada|stc pay"""
    # mobile money as East and West African sites list it (rot57)
    rb"""|airtel money|tigo pesa|mtn momo|mtn mobile money|orange money|moov money)\b"""
)
#: The fewest payment methods named so.
_PAYMENT_LOGOS = 2


class _LanderShape(NamedTuple):
    """One shape of a gambling site's lander (:func:`_gambling_frame`): ``test`` holds of the lowered body
    when the page has it, and ``lander`` names the lander so (the takeover's reason says it)."""

    test: Callable[[bytes], bool]
    lander: str


def _gambling_frame(body: bytes, lowered: bytes | None, shapes: tuple[_LanderShape, ...]) -> str | None:
    """The ``lander`` of the first of ``shapes`` whose test holds of a page framed as a gambling site's
    lander, in any language and script; ``None`` otherwise. The frame: an age mark standing alone
    (:data:`_AGE_MARK`: "18+", "+18"), searched once for every shape, and either the payment methods the site
    takes named by their logos' ``alt`` text (at least :data:`_PAYMENT_LOGOS`, :data:`_PAYMENT_LOGO`:
    "bKash", "Pix", "Skrill") or a link to sign up on the site itself (:data:`_SIGN_UP`), read once, after
    the first shape that holds (the same for every shape: a page that fails it for one fails it for all).
    The shapes are :func:`betting_odds_lander`'s and :func:`casino_games_lander`'s (rot56, rot57)."""
    if b"18+" not in body and b"+18" not in body:
        return None  # nearly every page: two ``in`` tests
    if _AGE_MARK.search(body) is None:
        return None
    lowered = body.lower() if lowered is None else lowered
    for shape in shapes:
        if shape.test(lowered):
            logos = {m.group(1) for m in islice(_PAYMENT_LOGO.finditer(lowered), 16)}
            if len(logos) >= _PAYMENT_LOGOS or _SIGN_UP.search(lowered) is not None:
                return shape.lander
            return None
    return None


def _odds_table(lowered: bytes) -> bool:
    """Whether a lowered page holds a table of decimal odds (at least :data:`_ODDS_CELLS` cells,
    :data:`_ODDS_CELL`): :func:`betting_odds_lander`'s shape."""
    return sum(1 for _ in islice(_ODDS_CELL.finditer(lowered), _ODDS_CELLS)) >= _ODDS_CELLS


def betting_odds_lander(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a betting site's lander read by its shape, in any language and
    script (a Bengali, Arabic or Portuguese site whose words no table holds, rot55's leftover, rot56): a
    table of decimal odds (at least :data:`_ODDS_CELLS` cells, :data:`_ODDS_CELL`) in a gambling site's
    frame (:func:`_gambling_frame`): an age mark standing alone (:data:`_AGE_MARK`: "18+", "+18") and
    either the payment methods it takes named by their logos' ``alt`` text (at least :data:`_PAYMENT_LOGOS`,
    :data:`_PAYMENT_LOGO`: "bKash", "Pix", "Skrill") or a link to sign up on the site itself
    (:data:`_SIGN_UP`). A story about betting that prints a table of odds and quotes an ad's "18+" states its
    date and is not asked; a sports page's odds with no age mark, or an age mark with no odds (a film's
    rating), is left alone."""
    return _gambling_frame(body, lowered, (_ODDS_LANDER,)) is not None


#: A casino's games and their makers, as its tiles' pictures name them in ``alt`` text (lower case): slot
#: titles, live tables and crash games sold to casinos in every country under the same English names, and
#: the studios that make them, read whatever the page's language and script (a Khmer, Georgian or Swahili
#: casino whose words no table holds and which prints no odds, rot56's leftover, rot57) ...
_GAME_NAMES = (
    rb"""(sweet bonanza|gates of olympus|sugar rush|big bass bonanza"""
    rb"""|starlight princess|wolf gold|the dog house|fruit party|book of dead|book of ra|starburst"""
    rb"""|gonzo(?:'|&#39;|\xe2\x80\x99)s quest|reactoonz|mahjong ways|fortune tiger|fortune ox"""
    rb"""|fortune rabbit"""
    rb"""|super ace|money coming|crazy time|lightning roulette|monopoly live|dream catcher|aviator|jetx"""
    rb"""|spaceman|aviatrix|plinko|pragmatic play|pg soft|evolution gaming|jili|spribe|netent|play'n go"""
    rb"""|microgaming|habanero|playtech|red tiger|nolimit city|hacksaw gaming)"""
)
#: ... in a picture's ``alt`` text, or as the whole text of an element (a tile's caption, ``<span>Sweet
#: Bonanza</span>``, rot58: tiles whose pictures have no ``alt``), not a word in a sentence.
_GAME_TILE = lazy_re(
    rb"""<img\b[^>]*?\balt\s*=\s*["']?\s*""" + _GAME_NAMES + rb"""\b|>\s*""" + _GAME_NAMES + rb"""\s*<"""
)
#: ... the fewest different ones a casino's lander shows (a grid of its popular games).
_GAME_TILES = 4


def _game_tiles(lowered: bytes) -> bool:
    """Whether a lowered page's tiles name at least :data:`_GAME_TILES` different games or studios
    (:data:`_GAME_TILE`): :func:`casino_games_lander`'s shape."""
    return len({m.group(1) or m.group(2) for m in islice(_GAME_TILE.finditer(lowered), 32)}) >= _GAME_TILES


def casino_games_lander(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page is a casino's lander read by its shape, in any language and script,
    with no odds and no word of a table (rot56's leftover, rot57): its tiles name at least :data:`_GAME_TILES`
    different games or studios in their pictures' ``alt`` text or, as a caption, in an element's whole text
    (:data:`_GAME_TILE`: "Sweet Bonanza", "Aviator", "Pragmatic Play"; rot58) in a gambling site's frame
    (:func:`_gambling_frame`): an age mark standing alone (:data:`_AGE_MARK`: "18+") and either the payment
    methods it takes named by their logos (at least :data:`_PAYMENT_LOGOS`, :data:`_PAYMENT_LOGO`) or a link
    to sign up on the site itself (:data:`_SIGN_UP`). A story about gambling that shows the games' pictures
    and quotes an ad's "18+" states its date and is not asked; a games review with no age mark, or a page
    naming three games, is left alone."""
    return _gambling_frame(body, lowered, (_CASINO_LANDER,)) is not None


#: The two landers' shapes in one frame, as :func:`gambling_site_by_shape` asks them (in this order: a page
#: of both shapes is the betting site's), each with the words the takeover's reason says of it.
_ODDS_LANDER = _LanderShape(
    _odds_table,
    "a betting site's lander (a table of odds, an '18+' mark, the payment methods it takes or a link to sign"
    " up)",
)
_CASINO_LANDER = _LanderShape(
    _game_tiles,
    "a casino's lander (its games' tiles, an '18+' mark, the payment methods it takes or a link to sign up)",
)


def gambling_site_by_shape(body: bytes, lowered: bytes | None = None) -> str | None:
    """What a (small, undated) page is when it is a gambling site's lander read by its shape
    (:func:`betting_odds_lander`, then :func:`casino_games_lander`), the takeover's reason's words for it;
    ``None`` otherwise. The two share their frame (:func:`_gambling_frame`), so a page holding "18+" is
    searched for its age mark once and read for its payments or sign-up once."""
    return _gambling_frame(body, lowered, (_ODDS_LANDER, _CASINO_LANDER))


#: A program's protection broken, as a warez page offers it (lower case; Cyrillic as written): "Photoshop
#: Crack + Serial Key", "crack and keygen", "download crack", "free crack", "кряк", "крякнутый", "взломанная
#: версия" ...
_CRACK_OFFERED = lazy_re(
    rb"\bcrack\s*(?:\+|&|and|with)\s*(?:serial|licen[cs]e|product|activation|registration|keygen|patch)\b"
    rb"|\b(?:download|free)\s+(?:the\s+)?crack\b|\bcracked\s+(?:version|software|apk)\b"
    + "|(?:К|к)ряк|(?:К|к)рякнут|(?:В|в)зломанн\\S{0,6}\\s+верси".encode()
)
#: ... with the keys to unlock it ("serial key", "license key", "keygen", "activator", "ключ активации",
#: "кейген", "активатор") ...
_KEYS_OFFERED = lazy_re(
    rb"\b(?:serial|licen[cs]e|product|activation|registration)\s+(?:keys?|codes?|numbers?)\b"
    rb"|\bkeygen\b|\bactivator\b" + "|(?:К|к)люч\\S{0,4}\\s+активации|(?:К|к)ейген|(?:А|а)ктиватор".encode()
)
#: ... and a download of the whole program offered ("free download", "full version", "download now",
#: "скачать бесплатно", "полная версия").
_DOWNLOAD_OFFERED = lazy_re(
    rb"\bfree\s+download\b|\bfull\s+version\b|\bdownload\s+(?:now|link|crack)\b"
    + "|(?:С|с)качать\\s+бесплатно|(?:П|п)олная\\s+версия".encode()
)


#: The pre-test's Cyrillic words (:func:`warez_page`): "кряк" and "взлом" after their first letter.
_CYRILLIC_CRACK = ("ряк".encode(), "злом".encode())


def warez_page(body: bytes, lowered: bytes | None = None) -> bool:
    """Whether a (small, undated) page offers cracked software: a program's protection broken
    (:data:`_CRACK_OFFERED`: "Photoshop 2024 Crack + Serial Key"), the keys to unlock it
    (:data:`_KEYS_OFFERED`: serial keys, a key generator, an activator) and the program to download
    (:data:`_DOWNLOAD_OFFERED`: "Free Download", "Full Version"). Lapsed news domains are bought for such
    pages. A story about software piracy states its date and is not asked; a vendor's download page offers
    a licence key and a free download but no crack; a security blog's warning names cracks and keygens but
    offers no download."""
    lowered = body.lower() if lowered is None else lowered
    if b"crack" not in lowered and _CYRILLIC_CRACK[0] not in lowered and _CYRILLIC_CRACK[1] not in lowered:
        return False
    return (
        _CRACK_OFFERED.search(lowered) is not None
        and _KEYS_OFFERED.search(lowered) is not None
        and _DOWNLOAD_OFFERED.search(lowered) is not None
    )


#: A password field (read in a small, undated page, :func:`password_lure`).
_PASSWORD_FIELD = lazy_re(rb"""<input\b[^>]*\stype\s*=\s*["']?password""", re.IGNORECASE)
#: What a phishing page asks a password for (lower case): an e-mail account's ("Enter the password of your
#: email account", "email password", "пароль от почты", "подтвердить владение ящиком") or a shared
#: document's viewing ("To view this document ..."). An outlet's sign-in labels "Email" and "Password"
#: apart; a password-protected post asks for its own password ("enter your password below").
_PASSWORD_FOR = lazy_re(
    rb"(?:e-?mail|mailbox|webmail)(?:\s+account)?(?:'s)?\s+password"
    rb"|password\s+(?:of|for|to)\s+your\s+(?:e-?mail|mailbox|webmail)"
    rb"|to\s+(?:view|open|access|download)\s+(?:this|the)\s+(?:secure\s+|shared\s+|encrypted\s+)?"
    rb"(?:document|file|invoice|attachment)"
    + "|пароль\\s+от\\s+(?:вашей\\s+|своей\\s+)?(?:почты|электронной\\s+почты|почтового\\s+ящика|ящика)"
    "|владение\\s+(?:почтовым\\s+)?ящиком".encode()
)


#: A field for a payment card's PIN (its ``name``/``id``/``autocomplete`` ``pin``, ``pin_code``, ``atm-pin``,
#: or the words "ATM PIN", "PIN code", "ПИН-код"): no site but a cash machine asks for it, no bank on the web.
_PIN_FIELD = lazy_re(
    rb"""<input\b[^>]*\s(?:name|id|autocomplete)\s*=\s*["']?(?:[a-z]*[_-])?pin(?:[_-]?(?:code|number))?["'\s>]"""
    rb"|\batm\s+pin\b|\bpin\s+code\b|" + "пин-код|ПИН-код".encode(),
    re.IGNORECASE,
)


def _asks_card_number(body: bytes) -> bool:
    """Whether a page's first :data:`PHISHING_BYTES` hold a field for a payment card's number
    (:data:`_CARD_FIELD`, read on the decoded text): the last sign of the card phishes (a bank's sign-in
    cloned, a parcel-fee and a fines phish), each asked only once its own words were found."""
    return _CARD_FIELD.search(body[:PHISHING_BYTES].decode("utf-8", "replace")) is not None


def password_lure(body: bytes, lowered: bytes | None = None) -> str | None:
    """What a (small, undated) phishing page asks a password (:data:`_PASSWORD_FIELD`) for, when it asks it
    for what no outlet's sign-in does; ``None`` otherwise:

    - an e-mail account's password or a shared document's (:data:`_PASSWORD_FOR`: "Ваш почтовый ящик
      переполнен", a "secure document" to open);
    - a password beside a payment card's number (:data:`_CARD_FIELD`) and its PIN (:data:`_PIN_FIELD`): a
      bank's sign-in cloned.

    Such pages often ask for the password alone (the address taken from the link) and post it to their own
    host, so neither the form's fields nor its ``action`` tell them from a wall (``phishing_form`` reads a
    wall's form posting elsewhere): what the password is for does. A lapsed or hacked news domain ends so."""
    if b"assword" not in body or _PASSWORD_FIELD.search(body) is None:
        return None
    if _PASSWORD_FOR.search(body.lower() if lowered is None else lowered) is not None:
        return "the password of the reader's e-mail account (to open a shared document, to keep a mailbox)"
    if _PIN_FIELD.search(body) is not None and _asks_card_number(body):
        return "a password, a payment card's number and its PIN"
    return None


#: A link to a program to download and run: Windows executables, installers and scripts, an Android package,
#: a disk image, a macOS installer package (``.pkg``).
_PROGRAM_LINK = lazy_re(
    rb"""href\s*=\s*["']?[^"'\s<>]+\.(?:exe|msi|scr|hta|bat|cmd|ps1|vbs|apk|dmg|pkg)(?=[?#"'\s>])""",
    re.IGNORECASE,
)
#: What a fake update says of the reader's own software (on the lowered body): "Your browser is out of date",
#: "your Flash Player needs an update", "Update your browser", "Ваш браузер устарел", "Обновите браузер". A
#: program's own download page speaks of its update ("Update 3.2 for Windows") but not of the reader's
#: browser, player or system.
_READER_SOFTWARE = lazy_re(
    rb"\byour\s+(?:web\s+|current\s+)?(?:browser|chrome|firefox|edge|safari|opera|flash(?:\s+player)?"
    rb"|(?:media\s+|video\s+)?player|system|device|computer|pc|mac(?:book)?)\b[^<.!]{0,60}?"
    rb"(?:out\s+of\s+date|outdated|needs?\s+(?:an?\s+|to\s+be\s+)?update|requires?\s+(?:an?\s+)?update"
    rb"|must\s+be\s+updated|update\s+(?:is\s+)?required)"
    rb"|\bupdate\s+(?:your\s+)?(?:web\s+)?(?:browser|flash(?:\s+player)?|(?:media\s+|video\s+)?player)\b"
    + "|(?:в|В)аш\\s+(?:браузер|плеер|компьютер)[^<.!]{0,60}?(?:устарел|обнов)"
    "|(?:о|О)бновите\\s+(?:ваш\\s+|свой\\s+)?(?:браузер|плеер)".encode()
)
#: Between two keys of a shortcut: spaces, or a ``<kbd>`` tag's end and the next one's start.
_KEY_GAP = rb"(?:\s|<[^<>]{0,40}>)*"
#: A fake captcha's steps: open Windows' Run dialog ("Press Windows + R", ``<kbd>Win</kbd>+<kbd>R</kbd>``, the
#: Windows key's sign ``⊞``) ...
_RUN_DIALOG = lazy_re(
    rb"(?:\bwin(?:dows)?|\xe2\x8a\x9e)"
    + _KEY_GAP
    + rb"(?:(?:logo )?(?:key|button))?"
    + _KEY_GAP
    + rb"\+"
    + _KEY_GAP
    + rb"r\b",
    re.IGNORECASE,
)
#: ... or macOS's Terminal ("Press Cmd + Space, type Terminal", "Open Terminal") ...
_OPEN_TERMINAL = lazy_re(
    rb"\b(?:open|launch|start|type|run)" + _KEY_GAP + rb"(?:the\s+)?(?:<[^<>]{0,40}>)?terminal\b",
    re.IGNORECASE,
)
#: ... and paste what the page put on the clipboard: "CTRL + V", macOS's "Cmd + V" ("⌘V"), or a script
#: writing a shell's command there (PowerShell, ``mshta``, ``cmd /c``; ``curl ... | bash``, ``osascript``).
_PASTE = lazy_re(
    rb"\bctrl" + _KEY_GAP + rb"\+" + _KEY_GAP + rb"v\b"
    rb"|(?:\bcmd|\bcommand|\xe2\x8c\x98)" + _KEY_GAP + rb"\+?" + _KEY_GAP + rb"v\b"
    rb"|clipboard\.writetext\s*\(\s*[\"'`][^\"'`]{0,300}?(?:powershell|mshta|cmd(?:\.exe)?\s+/c|\biex\b"
    rb"|\|\s*(?:ba|z)?sh\b|osascript)",
    re.IGNORECASE,
)


def malware_lure(body: bytes, lowered: bytes | None = None) -> str | None:
    """What a (small, undated) page lures the reader into, when it is a malware lure; ``None`` otherwise:

    - a fake captcha ("ClickFix") that tells the reader to open Windows' Run dialog (:data:`_RUN_DIALOG`) and
      paste (:data:`_PASTE`) a command it put on the clipboard: no site's check of a browser asks for keys;
    - its macOS form: open Terminal (:data:`_OPEN_TERMINAL`) and paste ("Cmd + V", a ``curl ... | bash``
      put on the clipboard);
    - a fake update: a link to a program (:data:`_PROGRAM_LINK`, an ``.exe``, a ``.pkg``) on a page that
      speaks of updating the reader's own software (:data:`_READER_SOFTWARE`, "Your browser is out of date",
      "Your Mac is running an outdated version").

    A site's own "Your browser is out of date" wall links browsers' sites, not a program; a help page that
    says "press Windows + R" and type a command asks the reader to paste nothing."""
    if _RUN_DIALOG.search(body) is not None and _PASTE.search(body) is not None:
        return "a fake captcha that tells the reader to press Windows+R and paste a command"
    if b"erminal" in body and _OPEN_TERMINAL.search(body) is not None and _PASTE.search(body) is not None:
        return "a page that tells the reader to open Terminal and paste a command"
    if (
        _PROGRAM_LINK.search(body) is not None
        and _READER_SOFTWARE.search(body.lower() if lowered is None else lowered) is not None
    ):
        return "a fake software update that offers a program to download and run"
    return None


class _Takeover(NamedTuple):
    """One rule of :data:`_TAKEOVERS`: ``test`` holds (a ``True`` or a found text) of a small page that states
    no article's date when a lapsed domain's new holder serves it; ``cause`` and ``reason`` are the verdict,
    the reason a :meth:`str.format` template whose ``{0}`` is the text the test found (``{0!r}`` quoted).
    ``test`` is given the page's body, the body lowered (``bytes.lower``, ASCII letters only: made once by
    :func:`_taken_over` for every rule, so a rule that reads lower-case words adds no lowering of its own)
    and the page's metadata."""

    test: Callable[[bytes, bytes, Metadata | None], str | bool | None]
    cause: Cause
    reason: str


#: What a small page that states no article's date (the parking test's gate, in :func:`body_signal`) may be
#: instead of the outlet's: a lapsed or taken-over domain's new holder's page, asked in this order, the first
#: that holds taken. Each rule's test is a public function of the body (and the page's metadata, for one that
#: reads its title) with its reason and what it leaves alone in its docstring; it takes the lowered body the
#: walk made (``lowered``) where it reads lower-case words, and lowers nothing itself. To add one: write the
#: test beside the others, add a row at the end (or where its order asks for: a sinkhole or a registrar's page
#: before the sellers and lures, whose words such pages may quote), its cause ``parked`` (the name held by a
#: registrar or a sinkhole) or ``spam`` (a new holder's content), and test it in the family's
#: ``tests/test_rot_rulesN.py`` or ``tests/test_hostile_rulesN.py`` (the test on small strings, a page it
#: leaves alone, and ``body_signal`` on a page).
_TAKEOVERS: tuple[_Takeover, ...] = (
    _Takeover(
        lambda body, lowered, _metadata: sinkholed(body, lowered),
        Cause.PARKED,
        "the domain is sinkholed: security researchers or a CERT hold the name to catch malware's traffic;"
        " the page is theirs, not the outlet's",
    ),
    _Takeover(
        lambda body, lowered, _metadata: suspended_domain(body, lowered),
        Cause.PARKED,
        "the domain is suspended: its registrar's page stands in the site's place (the name put on hold), not"
        " the outlet's",
    ),
    _Takeover(
        lambda body, lowered, metadata: sells_links(body, metadata, lowered),
        Cause.SPAM,
        "the page sells guest posts and links ({0!r}): the domain was bought for its links, and the outlet"
        " and the article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: password_lure(body, lowered),
        Cause.SPAM,
        "the page is a phishing page: it asks for {0}, which no outlet's sign-in does; the domain was taken"
        " over or hacked, the article is not there",
    ),
    _Takeover(
        lambda body, lowered, _metadata: wallet_drainer(body, lowered),
        Cause.SPAM,
        "the page is a crypto wallet drainer (a free mint or an airdrop that asks the reader to connect a"
        " wallet): the domain was taken over or hacked, the article is not there",
    ),
    _Takeover(
        lambda body, lowered, _metadata: online_shop(body, lowered),
        Cause.SPAM,
        "the page is an online shop's product page (a product and a basket): the domain was taken over, the"
        " outlet and the article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: shop_front(body, lowered),
        Cause.SPAM,
        "the page is an online shop's front or listing page (products, each with a basket button): the domain"
        " was sold or taken over, the outlet and the article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: prize_scam(body, lowered),
        Cause.SPAM,
        "the page is a prize scam (it congratulates the reader on a win): the domain was taken over or"
        " hacked, the article is not there",
    ),
    _Takeover(
        lambda body, lowered, _metadata: qr_login_clone(body, lowered),
        Cause.SPAM,
        "the page is a clone of a messenger's or a bank's web sign-in (a QR code to scan to link the page as"
        " a device or to log in to online banking, which hands it the reader's session): the domain was"
        " taken over, the article is not there",
    ),
    _Takeover(
        lambda body, lowered, _metadata: parcel_fee_lure(body, lowered),
        Cause.SPAM,
        "the page is a parcel-delivery phish (a parcel held until a fee is paid by card): the domain was"
        " taken over, the article is not there",
    ),
    _Takeover(
        lambda body, lowered, _metadata: fine_payment_lure(body, lowered),
        Cause.SPAM,
        "the page is a fines phish (an unpaid fine or toll to pay by card): the domain was taken over, the"
        " article is not there",
    ),
    _Takeover(
        lambda body, lowered, _metadata: payout_card_lure(body, lowered),
        Cause.SPAM,
        "the page is a payout phish (money said to be owed to the reader, to be paid to a card whose number"
        " it asks for): the domain was taken over, the article is not there",
    ),
    _Takeover(
        lambda body, lowered, _metadata: push_permission_lure(body, lowered),
        Cause.SPAM,
        "the page is a push-notification lure (it tells the reader to press 'Allow' to go on while its"
        " script, or a push network's it loads, asks the browser for the permission to send notifications):"
        " the domain was taken over, the article is not there",
    ),
    _Takeover(
        lambda body, lowered, _metadata: loan_lander(body, lowered),
        Cause.SPAM,
        "the page is a lender's lander (a loan offered to any borrower, a form to apply or lenders' 'Apply"
        " now' links): the domain was taken over, the outlet and the article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: mobile_billing_lure(body, lowered),
        Cause.SPAM,
        "the page is a premium-rate subscription trap (a phone number asked for to reach content, a charge"
        " per day or week in its fine print): the domain was taken over, the article is not there",
    ),
    _Takeover(
        lambda body, lowered, _metadata: investment_lander(body, lowered),
        Cause.SPAM,
        "the page is an investment scam's lander (an income promised per day, week or month, a deposit or a"
        " trading robot, a form for the reader's phone): the domain was taken over, the outlet and the"
        " article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: task_scam_lander(body, lowered),
        Cause.SPAM,
        "the page is a task scam's lander (pay per day promised for likes, reviews or watching videos, a link"
        " to a 'manager' in a messenger): the domain was taken over, the outlet and the article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: scareware_alert(body, lowered),
        Cause.SPAM,
        "the page is scareware (it tells the reader their device is infected, or that a scan found viruses,"
        " and to install what it offers to clean it): the domain was taken over, the article is not there",
    ),
    _Takeover(
        lambda body, lowered, _metadata: malware_lure(body, lowered),
        Cause.SPAM,
        "the page is a malware lure ({0}), not a check of the reader's browser: the domain was taken over or"
        " hacked, the article is not there",
    ),
    _Takeover(
        lambda body, lowered, _metadata: piracy_doorway(body, lowered),
        Cause.SPAM,
        "the page is a film-piracy doorway (films offered to watch online for free in HD): the domain was"
        " taken over, the outlet and the article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: smm_panel(body, lowered),
        Cause.SPAM,
        "the page is an SMM panel (followers, likes and views sold by the thousand): the domain was taken"
        " over, the outlet and the article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: spell_seller(body, lowered),
        Cause.SPAM,
        "the page is a fortune-teller's lander (love spells, curses lifted, card readings, a messenger's"
        " link): the domain was taken over, the outlet and the article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: nutra_lander(body, lowered),
        Cause.SPAM,
        "the page is a cash-on-delivery remedy's lander dressed as news (kilograms lost or a complaint cured,"
        " a discount, a phone form for an operator's call): the domain was taken over, the outlet and the"
        " article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: iptv_seller(body, lowered),
        Cause.SPAM,
        "the page sells pirated television (an IPTV playlist of thousands of channels, priced by the month):"
        " the domain was taken over, the outlet and the article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: betting_bonus_list(body, lowered),
        Cause.SPAM,
        "the page lists betting and casino sites with their sign-up bonuses, linked: gambling spam; the"
        " domain was taken over, the outlet and the article are gone",
    ),
    _Takeover(
        gambling_lander,
        Cause.SPAM,
        "the page is a gambling site's lander (its games, a deposit, a link to sign up): the domain was taken"
        " over, the outlet and the article are gone",
    ),
    _Takeover(
        bookmaker_ranking,
        Cause.SPAM,
        "the page ranks bookmakers or casinos (its title a ranking of them, its text their games): gambling"
        " spam; the domain was taken over, the outlet and the article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: gambling_site_by_shape(body, lowered),
        Cause.SPAM,
        "the page is {0}: the domain was taken over, the outlet and the article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: crypto_exchange_lander(body, lowered),
        Cause.SPAM,
        "the page is a crypto exchange's lander (a ticker of trading pairs, a link to sign up): the domain"
        " was taken over, the outlet and the article are gone",
    ),
    _Takeover(
        lambda body, lowered, _metadata: warez_page(body, lowered),
        Cause.SPAM,
        "the page offers cracked software (a crack, a key generator or serial keys to download): the domain"
        " was taken over, the outlet and the article are gone",
    ),
)


def _taken_over(body: bytes, metadata: Metadata | None) -> tuple[Cause, str] | None:
    """The first of :data:`_TAKEOVERS` that holds of a small page that states no article's date (the parking
    test's gate): a sinkhole's page (:func:`sinkholed`), a registrar's page for a suspended domain
    (:func:`suspended_domain`), a link seller's (:func:`sells_links`), a phishing page
    (:func:`password_lure`), a wallet drainer (:func:`wallet_drainer`), a shop (:func:`online_shop`,
    :func:`shop_front`), a prize
    scam (:func:`prize_scam`), a messenger's or a bank's sign-in clone (:func:`qr_login_clone`), a parcel-fee
    phish (:func:`parcel_fee_lure`), a fines phish (:func:`fine_payment_lure`), a payout phish
    (:func:`payout_card_lure`), a push-notification lure (:func:`push_permission_lure`), a lender's lander
    (:func:`loan_lander`), a premium-rate subscription trap (:func:`mobile_billing_lure`), an investment
    scam's lander (:func:`investment_lander`), a task scam's lander (:func:`task_scam_lander`), scareware
    (:func:`scareware_alert`), a malware lure (:func:`malware_lure`), a film-piracy doorway
    (:func:`piracy_doorway`), an SMM panel (:func:`smm_panel`), a fortune-teller's lander
    (:func:`spell_seller`), a cash-on-delivery remedy's lander (:func:`nutra_lander`), a seller of pirated
    television (:func:`iptv_seller`), gambling (:func:`betting_bonus_list`, :func:`gambling_lander`,
    :func:`bookmaker_ranking`, :func:`gambling_site_by_shape`: :func:`betting_odds_lander` or
    :func:`casino_games_lander`), a crypto
    exchange's lander (:func:`crypto_exchange_lander`) or cracked software (:func:`warez_page`), each a
    lapsed domain's new holder."""
    # One lowering for the walk: the rules whose pre-tests pass read lower-case words, and the push lure's
    # test lowers every page it is asked of (its calls' names hold capitals), so a page walked to its end
    # paid for one lowering before this one did; now no rule pays another.
    lowered = body.lower()
    for test, cause, reason in _TAKEOVERS:
        found = test(body, lowered, metadata)
        if found is not None and found is not False:
            return cause, reason.format(found)
    return None


#: The largest page read for a lure whose bulk is its code (:func:`heavy_lure`).
HEAVY_LURE_BYTES = 2_000_000
#: An inline ``<script>`` or ``<style>`` element, its content included.
_INLINE_CODE = lazy_re(rb"<(script|style)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
#: What a lure larger than :data:`PARKED_BYTES` shows before its code is read: a wallet to connect, a
#: command put on the clipboard (a fake captcha, a fake update's Terminal) ...
_HEAVY_LURE_WORDS: tuple[bytes, ...] = (b"allet", b"lipboard")
#: ... or a program to download (a fake update's ``.exe``, ``.msi``, ``.apk``, ``.dmg`` or ``.pkg``) in any
#: case: Windows names files case-blind, and a lure may link ``Update.EXE`` or ``Setup.Exe``
#: (:data:`_PROGRAM_LINK` reads any case too). One case-blind search, as the ten spellings of lower case and
#: capitals were ten ``in`` tests and missed the mixed ones.
_HEAVY_PROGRAM = lazy_re(rb"\.(?:exe|msi|apk|dmg|pkg)", re.IGNORECASE)


def markup_bytes(body: bytes) -> int:
    """The size of ``body`` without its inline scripts' and styles' contents: what a reader is shown."""
    return len(_INLINE_CODE.sub(b"", body))


def heavy_lure(body: bytes) -> str | None:
    """Why an undated page larger than :data:`PARKED_BYTES` is a wallet drainer (:func:`wallet_drainer`) or
    a malware lure (:func:`malware_lure`); ``None`` otherwise. Such pages are small but for their code: an
    obfuscated drainer's string table, a fake captcha's inlined font. Only a page whose markup without its
    inline scripts and styles (:func:`markup_bytes`) is itself small is read: a long undated page with
    content of its own (a forum thread, a section front) quoting the words is not. A page is read only when
    it holds one of :data:`_HEAVY_LURE_WORDS` (a wallet, the clipboard) or a program's extension in any
    case (:data:`_HEAVY_PROGRAM`: a fake update of 61 KB linking an ``.exe`` says neither of the first
    two)."""
    if not any(word in body for word in _HEAVY_LURE_WORDS) and _HEAVY_PROGRAM.search(body) is None:
        return None  # most pages: two ``in`` tests and one search
    drainer = wallet_drainer(body)
    lure = None if drainer else malware_lure(body)
    if not drainer and lure is None:
        return None
    if markup_bytes(body) > PARKED_BYTES:
        return None
    what = (
        "a crypto wallet drainer (an airdrop or a free mint that asks the reader to connect a wallet)"
        if drainer
        else f"a malware lure ({lure})"
    )
    return f"the page is {what}, its bulk its code: the domain was taken over or hacked, the article is gone"


#: The ``<body>`` tag's ``class`` holding WordPress's ``error404`` (the class ``body_class()`` gives the
#: not-found template, whatever the theme and the language).
_BODY_ERROR404 = lazy_re(rb"""<body\b[^>]*\bclass\s*=\s*["']?[^"'>]*\berror404\b""", re.IGNORECASE)


def wordpress_not_found(body: bytes) -> bool:
    """Whether an undated page is WordPress's not-found template served with 200: its ``<body>`` has the
    class ``error404``, which WordPress gives that template alone. A theme may word the message any way
    ("Кажется, здесь ничего нет", "Nothing here") and title the page with the bare site name; the class
    stays. A story's ``<body>`` has ``single``/``post-template`` classes; an element of the page with
    ``error404`` in its class is not the ``<body>``."""
    if b"error404" not in body:
        return False
    return _BODY_ERROR404.search(body) is not None


#: An element whose ``class`` holds ``noarticletext``: the notice a wiki engine (MediaWiki, whatever the skin
#: and the language) puts where a page's text would be when no page of that name exists ("There is currently
#: no text in this page."), served 200 by an old install or a cache in front. Matched from the tag's ``<``,
#: bounded (no scan of a hostile page's long runs without ``>``).
_WIKI_NO_ARTICLE_CLASS = b"noarticletext"
_WIKI_NO_ARTICLE = lazy_re(
    rb"""<[a-z][a-z0-9]{0,10}\s[^<>]{0,500}?\bclass\s*=\s*["']?[^"'<>]{0,200}?\bnoarticletext\b""",
    re.IGNORECASE,
)
#: How far before the class word its tag's ``<`` is looked for, and how many of the word's places are tried.
_WIKI_TAG_BYTES = 768
_WIKI_TRIES = 3


def wiki_missing_article(body: bytes) -> bool:
    """Whether an undated page is a wiki's page for an article that does not exist: an element of it has the
    class ``noarticletext`` (:data:`_WIKI_NO_ARTICLE`), which the engine gives that notice alone. Its title is
    the missing article's name and the wiki's, like a story's. Left alone: the word in the page's text (a
    guide to the engine's styles), in another attribute, a page without it."""
    at = body.find(_WIKI_NO_ARTICLE_CLASS)
    for _ in range(_WIKI_TRIES):
        if at < 0:  # nearly every page: one search
            return False
        tag = body.rfind(b"<", max(0, at - _WIKI_TAG_BYTES), at)
        end = at + len(_WIKI_NO_ARTICLE_CLASS) + 1
        if tag >= 0 and _WIKI_NO_ARTICLE.match(body[tag:end]) is not None:
            return True
        at = body.find(_WIKI_NO_ARTICLE_CLASS, at + 1)
    return False


def _is_parked(body: bytes, metadata: Metadata | None) -> bool:
    if len(body) > PARKED_BYTES or declares_an_article(metadata):
        return False  # a placeholder is small, and no placeholder states when an article was published
    if not any(word in body for word in _PARKED_WORDS):
        return False  # ... and it names what it is
    head = body.lower()
    signs = (
        any(marker in head for marker in PARKING_SERVICES),
        any(phrase in head for phrase in SALE_PHRASES)
        or any(phrase in head for phrase in RENEWAL_PHRASES)
        or (b"for sale" in head and _NAME_FOR_SALE.search(head) is not None),
        any(phrase in head for phrase in PARKED_PHRASES),
    )
    return sum(signs) + (sum(signs) > 0 and _names_a_domain(metadata)) >= 2


#: A ``<meta http-equiv="refresh">`` tag, and the URL its ``content`` sends the reader to after a delay.
_META_REFRESH = lazy_re(rb"""<meta\b[^>]*?http-equiv\s*=\s*["']?\s*refresh\b[^>]*>""", re.IGNORECASE)
_REFRESH_TARGET = lazy_re(
    rb"""\scontent\s*=\s*["']?\s*(\d+)(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?["']?([^"'>\s]+)""", re.IGNORECASE
)
#: A refresh due within this many seconds is followed by the fetcher as a redirect hop
#: (:data:`linkcheck.fetch.REFRESH_SECONDS`): the page it leads to is the one judged, not this one.
FETCHER_REFRESH_SECONDS = 10


def client_redirect(page: bytes, base_url: str) -> tuple[str, str] | None:
    """``(absolute target, how)`` when a page of at most :data:`_SCRIPT_STUB_BYTES` redirects the browser
    by a script that sets ``location``, or by a meta refresh due later than the fetcher follows one ("You
    will be taken to the home page in 30 seconds": the stub is all there is to read); ``None`` otherwise (a
    refresh due within 10 s is the fetcher's: see the module docstring)."""
    if len(page) > _SCRIPT_STUB_BYTES:
        return None
    if b"location" in page:
        script = _SCRIPT_REDIRECT.search(page)
        if script is not None:
            where = (script.group(1) or script.group(2)).decode("utf-8", "replace")
            if not where.startswith(("javascript:", "#")):
                return urljoin(base_url, where), "a script"
    if b"efresh" in page or b"EFRESH" in page:
        tag = _META_REFRESH.search(page)
        target = _REFRESH_TARGET.search(tag.group(0)) if tag is not None else None
        if target is not None and int(target.group(1)[:6]) > FETCHER_REFRESH_SECONDS:
            where = unescape(target.group(2).decode("utf-8", "replace"))
            if not where.startswith(("javascript:", "#")):
                return urljoin(base_url, where), "a meta refresh"
    return None


#: What a feed's bytes open with (after a byte-order mark and whitespace): an XML declaration, or its root.
_FEED_OPENINGS = (b"<?xml", b"<rss", b"<feed", b"<rdf:")
#: A feed's root element (RSS, Atom, RSS 1.0's RDF), after the XML declaration, stylesheet instructions and
#: comments.
_FEED_ROOT = lazy_re(rb"\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.DOTALL)
#: An address that names a feed: a ``feed``, ``rss`` or ``atom`` segment, a feed file, or a feed format
#: asked for in the query (``?feed=rss2``, ``?format=atom``).
_FEED_ADDRESS = lazy_re(
    r"/(?:feeds?|rss2?|atom|rdf)(?:/|\.|$)|\.(?:xml|rss|atom|rdf)$"
    r"|[?&](?:feed|format|output|type|view)=(?:rss2?|atom|feed|xml|rdf)\b",
    re.IGNORECASE,
)


def _is_feed(body: bytes) -> bool:
    """Is ``body`` an RSS or Atom feed (its root element), whatever ``Content-Type`` it came with? A page
    that opens with no XML declaration or feed root costs one slice and one ``startswith``."""
    head = body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return (
        head.startswith(_FEED_OPENINGS) and _FEED_ROOT.match(body[:2_048].lstrip(b"\xef\xbb\xbf")) is not None
    )


def _names_a_feed(url: str) -> bool:
    """Does ``url`` name a feed (a writer who cites a feed cites it as one)?"""
    return _FEED_ADDRESS.search(url.split("#", 1)[0]) is not None


def body_signal(
    requested_url: str, final_url: str, body: bytes, metadata: Metadata | None
) -> tuple[Cause, str] | None:
    """``(cause, reason)`` when a success answer's body shows it is no page of the site (see the module
    docstring); ``None`` otherwise. The status for every cause it gives is ``soft_404``."""
    if len(body) <= _SCRIPT_STUB_BYTES and not body.strip():
        return Cause.ERROR_PAGE, "the page is empty: the server answered with no content"
    if metadata is not None and body[:1] == b"\x00" and not body.strip(_NUL_AND_BLANKS):
        return Cause.ERROR_PAGE, (
            "the page is empty: the server answered with NUL bytes and nothing else (browsers show a blank"
            " page)"
        )
    if (
        len(body) <= FILE_ERROR_BYTES
        and metadata is not None
        and not metadata.title
        and body.lstrip()[:1] == b"{"
        and (said := _json_error(body)) is not None
    ):  # an API's error object under the page type (a front end passing its backend's answer on)
        return Cause.ERROR_PAGE, f"the answer is an error message in JSON served as a page ({said!r})"
    if _is_feed(body) and is_article_url(requested_url) and not _names_a_feed(requested_url):
        return Cause.ERROR_PAGE, "the article URL answers with a news feed (RSS or Atom), not the article"
    if not declares_an_article(metadata):
        if len(body) <= PARKED_BYTES:
            if _is_parked(body, metadata):
                return Cause.PARKED, (
                    "the domain is parked: the page is a domain registrar's or parking service's placeholder"
                    " (for sale, sponsored listings), not the outlet's"
                )
            taken = _taken_over(body, metadata)
            if taken is not None:
                return taken
        elif len(body) <= HEAVY_LURE_BYTES:
            lure = heavy_lure(body)
            if lure is not None:
                return Cause.SPAM, lure
        if wordpress_not_found(body):
            return Cause.ERROR_PAGE, (
                "the page is WordPress's not-found template (its <body> has the class 'error404'), served"
                " with 200: the article is not at this address"
            )
        if wiki_missing_article(body):
            return Cause.ERROR_PAGE, (
                "the page is a wiki's notice that no article of this name exists ('There is currently no text"
                " in this page': an element with the class 'noarticletext'), served with 200: the article is"
                " not found at this address"
            )
    redirect = client_redirect(body, final_url)
    if redirect is not None:
        target, how = redirect
        signal = soft_404_signal(requested_url, target, None, 1)
        if signal is not None:
            return signal[0], f"{signal[1]}, by {how}"
    moved = _moved_notice(final_url, body, metadata)
    if moved is not None:
        return Cause.ERROR_PAGE, moved
    echoed = _search_box_echo(requested_url, body, metadata)
    if echoed is not None:
        return Cause.ERROR_PAGE, (
            f"the article URL shows a search box filled with the address's own words ({echoed!r}): the site's"
            " not-found page, not the article"
        )
    return None


#: How far after a moved notice's heading its link is looked for.
_MOVED_LINK_BYTES = 4_000
_HREF = lazy_re(rb"""<a\s[^>]*?href\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
#: A tag, and an address written out in a text with a path (``www.example.de/archiv/...``,
#: ``https://example.com/a/b``): what a moved notice that links nothing names (:func:`_moved_notice`).
_TAG = lazy_re(rb"<[^>]*>")
_WRITTEN_ADDRESS = lazy_re(
    rb"(?<![\w@./-])(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}/[^\s<>\"']+",
    re.IGNORECASE,
)


def _moved_notice(final_url: str, body: bytes, metadata: Metadata | None) -> str | None:
    """Why the page is a notice that the article moved (see the module docstring), with the address its
    first link after the heading gives; ``None`` when it is not one."""
    headline = (metadata.title or "").strip() if metadata is not None else ""
    if metadata is None or not may_say_moved(headline):  # most pages: no names or hosts needed
        return None
    names = [n for n in (metadata.site_name, metadata.publisher) if n]
    if not is_moved_title(headline, names, hosts_of(final_url)):
        return None
    said = f"the page says the article has moved: {headline!r}"
    end = headline_end(body)
    start = end if end >= 0 else 0
    new_site: str | None = None
    for match in _HREF.finditer(body, start, start + _MOVED_LINK_BYTES):
        href = unescape(match.group(1).decode("utf-8", "replace"))
        if href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        target = urljoin(final_url, href)
        if target.rstrip("/") != final_url.rstrip("/") and urlsplit(target).path.strip("/"):
            return f"{said}; it links to {target}"
        # a moved site's new domain (``https://pechorapost.info/``), not a link of the page's own site
        parts = urlsplit(target)
        if new_site is None and parts.scheme in ("http", "https") and parts.hostname:
            new_site = None if same_site(target, final_url) else target
    # the new address written out in the notice's text, not linked (rot52: "Den Artikel finden Sie jetzt
    # unter: www.nahe-kurier.de/archiv/2020/09/03/...")
    text = _TAG.sub(b" ", body[start : start + _MOVED_LINK_BYTES])
    for match in _WRITTEN_ADDRESS.finditer(text):
        written = match.group(0).decode("utf-8", "replace").rstrip(".,;:!?)")
        target = written if "://" in written else f"https://{written}"
        if target.rstrip("/") != final_url.rstrip("/") and urlsplit(target).path.strip("/"):
            return f"{said}; it names the new address {written}"
    if new_site is not None:
        # a whole site's notice ("We have moved") that links only the new domain's home: where a reader looks
        return f"{said}; it links to the site's new address {new_site}"
    return said


#: The most of a page searched for a search box, and the most ``<input>`` elements read: a not-found page's
#: box is in its first screen.
_SEARCH_BOX_BYTES = 32_000
_SEARCH_BOX_INPUTS = 12
_INPUT = lazy_re(rb"<input\b[^>]*>", re.IGNORECASE)
_INPUT_VALUE = lazy_re(rb"""\svalue\s*=\s*(?:"([^"<>]{3,200})"|'([^'<>]{3,200})')""", re.IGNORECASE)
#: What marks an ``<input>`` as a search box: its type, or a search's usual names.
_SEARCH_INPUT = lazy_re(
    rb"""\stype\s*=\s*["']?search\b|\sname\s*=\s*["']?(?:s|q|query|search|keys|keyword|keywords|searchword"""
    rb"""|search_query|term|text)["'\s>/]""",
    re.IGNORECASE,
)


def _search_box_echo(requested_url: str, body: bytes, metadata: Metadata | None) -> str | None:
    """What the page wrote in a search box when it is the words of the article URL's slug ("marina berths
    price rise approved" at ``.../marina-berths-price-rise-approved/``): a not-found page that offers to
    search for what was asked; an article's own search box is empty. Read only on a page whose metadata
    states no publication date (an article's does), at an article's address, in its first
    :data:`_SEARCH_BOX_BYTES`."""
    if declares_an_article(metadata) or not is_article_url(requested_url):
        return None
    end = min(len(body), _SEARCH_BOX_BYTES)
    if body.find(b"<input", 0, end) < 0 and body.find(b"<INPUT", 0, end) < 0:
        return None
    for n, match in enumerate(_INPUT.finditer(body, 0, end)):
        if n >= _SEARCH_BOX_INPUTS:
            break
        tag = match.group(0)
        value = _INPUT_VALUE.search(tag)
        if value is None or _SEARCH_INPUT.search(tag) is None:
            continue
        text = unescape((value.group(1) or value.group(2)).decode("utf-8", "replace"))
        if echoes_slug(text, requested_url):
            return text
    return None


#: The most bytes of a plain-text or JSON answer read for an error message: a server's or an API's stock
#: error is a line or two; a cited text file or data set is longer and is not read.
FILE_ERROR_BYTES = 2_048
#: Keys of a JSON error object whose value is the HTTP status it means (``{"code": 404, ...}``), and those
#: whose text says what went wrong (``{"message": "Article not found"}``).
_JSON_STATUS_KEYS = ("status", "code", "statusCode", "status_code", "httpStatus", "errorCode")
_JSON_TEXT_KEYS = ("message", "error", "detail", "title", "errorMessage")
#: Content types of downloads (archives, programs, raw bytes): no article is served as one.
_DOWNLOAD_KINDS = frozenset(
    ("application/zip", "application/x-zip-compressed", "application/octet-stream",
     "application/x-rar-compressed", "application/vnd.rar", "application/x-7z-compressed", "application/gzip",
     "application/x-gzip",
     "application/x-tar", "application/x-msdownload", "application/x-msdos-program",
     "application/vnd.android.package-archive", "application/java-archive", "application/x-apple-diskimage")
)  # fmt: skip
#: A path segment that names a download or a media stream (``/episodes/42/download``): a file's address.
_DOWNLOAD_SEGMENT = lazy_re(
    r"/(?:download|downloads|dl|file|files|attachment|attachments|media|stream)(?:/|$)", re.I
)
#: The last path segment of a file (an image, a video, a document): a cited file, never an article's page.
_FILE_SEGMENT = lazy_re(
    r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp|ico|tiff?|mp[34]|m4[av]|webm|mov|ogg|wav|flac|aac|pdf|zip|gz|tgz"
    r"|rar|7z|exe|msi|dmg|apk|bin|csv|xlsx?|docx?)$",
    re.IGNORECASE,
)


#: A path segment that names an image store or an image service (``/images/...``, ``/photos/...``,
#: ``/uploads/...``, ``/thumb/...``): an image's address even without an extension.
_IMAGE_SEGMENT = lazy_re(
    r"/(?:image|images|img|imgs|photo|photos|picture|pictures|pic|pics|thumb|thumbs|thumbnail|thumbnails"
    r"|uploads|assets|static|resize|resizer|cdn-cgi)(?:/|$)",
    re.I,
)


def _image_size(body: bytes) -> tuple[int, int] | None:
    """The width and height a PNG or GIF declares in its header; ``None`` for other bytes."""
    if body[:8] == b"\x89PNG\r\n\x1a\n" and len(body) >= 24:
        return int.from_bytes(body[16:20], "big"), int.from_bytes(body[20:24], "big")
    if body[:6] in (b"GIF87a", b"GIF89a") and len(body) >= 10:
        return int.from_bytes(body[6:8], "little"), int.from_bytes(body[8:10], "little")
    return None


def _json_error(body: bytes) -> str | None:
    """What a small JSON answer says went wrong, when it is an error object: a status key worth 404 or 410,
    or a message that is an error message (``{"message": "Article not found"}``)."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # a value nested deeper than the decoder recurses
        return None
    if not isinstance(data, dict):
        return None
    for said in _error_objects(data):
        for key in _JSON_STATUS_KEYS:
            if str(said.get(key, "")).strip() in ("404", "410"):
                return f"{key}: {said[key]}"
        for key in _JSON_TEXT_KEYS:
            value = said.get(key)
            if isinstance(value, str) and len(value) <= _ERROR_LINE and is_error_title(value):
                return value
    return None


def _error_objects(data: dict[str, object]) -> list[dict[str, object]]:
    """The objects of a JSON answer that may say what went wrong: the answer itself and, when it carries no
    data (``"data"`` absent, null, or an object whose every member is null), its nested error: ``"error"``'s
    object (``{"error": {"code": 404, "message": "Not found"}}``, as many APIs write it) and the first of
    ``"errors"`` (GraphQL's list, which a GraphQL server sends with a 200: ``{"data": {"article": null},
    "errors": [{"message": "Article not found", ...}]}``; JSON:API's). An answer with data beside its errors
    (GraphQL's partial success: the article and a field that failed) is the answer alone."""
    found = [data]
    payload = data.get("data")
    if payload is not None and not (isinstance(payload, dict) and all(v is None for v in payload.values())):
        return found
    error = data.get("error")
    if isinstance(error, dict):
        found.append(error)
    errors = data.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        found.append(errors[0])
    return found


def file_signal(
    requested_url: str, final_url: str, content_type: str, body: bytes, redirected: bool
) -> tuple[Cause, str] | None:
    """``(cause, reason)`` when a success answer that is no page (no HTML, no PDF) shows the cited page is
    gone: a small plain-text or JSON answer that is an error message ("404 Not Found", ``{"code": 404}``),
    an article's address redirected to an image (a placeholder for removed content), or an image of one
    pixel (a hotlink guard's or a tracker's) in place of anything cited, or an image, a video or a download
    (an archive, a program, raw bytes) answering an article's address that names no file (an image's also
    no image store: ``/images/``, ``/uploads/``, ...). The status is
    ``soft_404``. A cited image, a text file or a data set with more to it than an error line, audio (a
    podcast's episode is often served at an address without an extension) and an address that names a
    download or a media stream are left alone."""
    kind = media_type(content_type)
    path = requested_url.split("?", 1)[0].split("#", 1)[0]
    if kind.startswith("image/"):
        size = _image_size(body)
        if size is not None and size[0] <= 1 and size[1] <= 1:
            return (
                Cause.ERROR_PAGE,
                f"the answer is an image of one pixel ({kind}), not a page or a file to cite",
            )
        if (
            redirected
            and final_url != requested_url
            and _FILE_SEGMENT.search(path) is None
            and is_article_url(requested_url)
        ):
            return Cause.ERROR_PAGE, f"the article URL redirects to an image ({final_url}), not to a page"
        if (
            not redirected
            and _FILE_SEGMENT.search(path) is None
            and _DOWNLOAD_SEGMENT.search(path) is None
            and _IMAGE_SEGMENT.search(path) is None
            and is_article_url(requested_url)
        ):
            return Cause.ERROR_PAGE, f"the article URL answers with an image ({kind}), not a page"
        return None
    if kind.startswith("video/") or kind in _DOWNLOAD_KINDS:
        if (
            # raw bytes that are a page (mislabelled HTML) or a PDF (one with no title) are no download
            not (kind == "application/octet-stream" and body[:512].lstrip().startswith(b"<"))
            and not is_pdf(content_type, body)
            and _FILE_SEGMENT.search(path) is None
            and _DOWNLOAD_SEGMENT.search(path) is None
            and is_article_url(requested_url)
        ):
            return Cause.ERROR_PAGE, f"the article URL answers with a file ({kind}), not a page"
        return None
    if len(body) > FILE_ERROR_BYTES or not (kind.startswith("text/plain") or "json" in kind):
        return None
    if "json" in kind:
        said = _json_error(body)
        if said is not None:
            return Cause.ERROR_PAGE, f"the answer is an error message in JSON ({said!r})"
        return None
    for line in body.decode("utf-8", "replace").splitlines()[:3]:
        line = " ".join(line.split())
        if line and len(line) <= _ERROR_LINE and is_error_title(line):
            return Cause.ERROR_PAGE, f"the answer is a plain-text error message ({line!r})"
    return None


#: Where a single-page app mounts itself (lower case), or what its ``<noscript>`` says; an AMP page that
#: fills itself from JSON (``<amp-list>``, ``<amp-script>``).
_SHELL_MARKS: tuple[bytes, ...] = (
    b'id="root"', b"id='root'", b'id="app"', b"id='app'", b'id="__next"', b'id="__nuxt"', b'id="svelte"',
    b"enable javascript", b"javascript is required", b"javascript enabled", b"requires javascript",
    b"<amp-list", b"<amp-script",
    # Flutter's loader (its body holds nothing else), Angular's root element
    b"flutter_bootstrap.js", b"main.dart.js", b"<app-root",
    # "enable JavaScript" / "JavaScript is required" in Russian (``bytes.lower`` leaves Cyrillic alone: the
    # phrases start after a letter a sentence capitalises), German, French, Spanish, Italian, Dutch, Polish
    # and Turkish
    "ключите javascript".encode(), "необходим javascript".encode(), "обходимо включить javascript".encode(),
    "ребуется javascript".encode(), b"javascript aktivieren", b"aktivieren sie javascript",
    b"activez javascript", b"activer javascript", b"habilita javascript", b"habilite javascript",
    b"activa javascript", b"active javascript", b"attiva javascript", b"abilita javascript",
    b"javascript inschakelen", b"schakel javascript in", "włącz javascript".encode(),
    "javascript'i etkinleştir".encode(),
)  # fmt: skip
#: Whatever a shell's heading says, it is no headline when it asks for JavaScript ("JavaScript is
#: required", "Для работы сайта необходим JavaScript"): the word, in a heading of at most this many
#: characters.
_SHELL_HEADING = 120
_SHELL_HIDDEN = lazy_re(rb"<(script|style|noscript|template)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
#: Visible text a shell may hold (a "Loading..." line, a cookie notice) and still show nothing of a page.
_SHELL_TEXT = 200


def _visible_text(markup: bytes) -> bytes:
    """The text ``markup`` shows, its blanks collapsed: without tags, scripts, styles and templates."""
    return b" ".join(_SHELL_HIDDEN.sub(b" ", markup).split())


#: The pre-test of :func:`dialog_wall` (bytes as written): one is in every page it reads.
_DIALOG_HINTS = (b"ialog", b"odal", b"assword")
#: A modal dialog's markup (lower case): ``role="dialog"`` (or ``alertdialog``), ``aria-modal="true"``.
_DIALOG_MARK = lazy_re(rb"""\brole\s*=\s*["']?(?:alert)?dialog\b|\baria-modal\s*=\s*["']?true\b""")
#: A control a reader answers a dialog with: a ``<button>``, a link or an input playing one.
_DIALOG_BUTTON = lazy_re(
    rb"""<button\b|\brole\s*=\s*["']?button\b|<input\b[^>]*\btype\s*=\s*["']?(?:submit|button)\b"""
)
#: A link styled as a button (``<a role="button">``): the dialog's choices lead to other pages (a sign-in,
#: a registration), not answered in place as a consent dialog's are.
_LINK_BUTTON = lazy_re(rb"""<a\b[^>]*\brole\s*=\s*["']?button\b""")
#: The most text (characters) a dialog's or a log-in form's bare page shows, its dialog's and its menu's
#: included: a heading, a line, its buttons, a site's menu and footer (rot58's pages show 150-270). A
#: page's closing ``<footer>`` (its publisher's details, its links, its legal text: rot59's runs to 1,300)
#: is not counted.
_DIALOG_PAGE_TEXT = 600
#: A dialog's question about the reader's age: its first line (its heading) holds 18 or 21 as a number of
#: its own ("Are you 18 or older?", "შეგისრულდათ 18 წელი?", "18+"), read in any language (rot59). Not "18
#: partners", which a consent dialog's text may say further on.
_AGE_QUESTION = lazy_re(r"(?<![\d.,:/])(?:18|21)(?![\d.,:/])")
#: The longest first line read as an age question: a heading, not a paragraph.
_AGE_LINE = 80


def dialog_wall(body: bytes, metadata: Metadata | None) -> tuple[Cause, str] | None:
    """``(cause, reason)`` for a page that states no article's date and shows little but a modal dialog
    (:data:`_DIALOG_MARK`) of two or three controls (:data:`_DIALOG_BUTTON`), or a password field, read by its
    shape in any language (rot57's leftover, rot58): a sign-in wall (``auth``) when it asks for a password or
    its choices are links to other pages (:data:`_LINK_BUTTON`: "Daxil ol", "Qeydiyyatdan keç"), a consent
    wall (``consent``) when its two or three buttons are answered in place ("Pranoj të gjitha", "Refuzoj").
    ``None`` for a dated page (a story under a newsletter pop-up or beside a cookie bar) and for a page with
    more than :data:`_DIALOG_PAGE_TEXT` characters of text."""
    if metadata is None or declares_an_article(metadata):
        return None
    if max(map(body.find, _DIALOG_HINTS)) < 0:
        return None  # no dialog, no modal, no password: three finds before any lowering
    lowered = body.lower()
    dialog = _DIALOG_MARK.search(lowered)
    password = _PASSWORD_FIELD.search(lowered) is not None
    if dialog is None and not password:
        return None
    text = _visible_text(body)
    if len(text) > _DIALOG_PAGE_TEXT * 2 or len(text.decode("utf-8", "replace")) > _DIALOG_PAGE_TEXT:
        footer = lowered.rfind(b"<footer")
        if footer < 0 or dialog is None or footer < dialog.start():
            return None
        text = _visible_text(body[:footer])  # a page's closing footer (its publisher, links, legal text)
        if len(text) > _DIALOG_PAGE_TEXT * 2 or len(text.decode("utf-8", "replace")) > _DIALOG_PAGE_TEXT:
            return None
    if password:
        return (
            Cause.AUTH,
            "the page shows little but a log-in form (a password field) where the cited page was: behind a"
            " sign-in, reachable, not verifiable",
        )
    assert dialog is not None
    buttons = len(_DIALOG_BUTTON.findall(lowered, dialog.start()))
    if not 2 <= buttons <= 3:
        return None
    if _LINK_BUTTON.search(lowered, dialog.start()) is not None:
        return (
            Cause.AUTH,
            "the page shows little but a dialog whose choices lead to a sign-in or a registration, in front"
            " of the cited page: behind a sign-in, reachable, not verifiable",
        )
    if _asks_age(body, dialog.start()):
        return (
            Cause.AUTH,
            "the page shows little but a dialog asking the reader's age (an age check), in front of the cited"
            " page: reachable, but not verifiable",
        )
    return (
        Cause.CONSENT,
        "the page shows little but a dialog of two or three buttons to accept or refuse (a cookie-consent"
        " wall), in front of the cited page: reachable, but not verifiable",
    )


def _asks_age(body: bytes, start: int) -> bool:
    """Whether the dialog whose markup starts at ``start`` opens with a question about the reader's age: its
    first line of text (:data:`_TEXT_RUN`, at most :data:`_AGE_LINE` characters) holds 18 or 21 as a number
    of its own (:data:`_AGE_QUESTION`). An age gate's two buttons are no consent (rot58's leftover)."""
    page = body[start : start + 2_048].decode("utf-8", "replace")
    first = _TEXT_RUN.search(page)
    if first is None:
        return False
    line = " ".join(first.group(1).split())
    return len(line) <= _AGE_LINE and _AGE_QUESTION.search(line) is not None


def _asks_for_javascript(heading: str | None) -> bool:
    """Is ``heading`` a shell's request for JavaScript rather than a headline (see :data:`_SHELL_HEADING`)?"""
    return heading is not None and len(heading) <= _SHELL_HEADING and "javascript" in heading.lower()


def script_shell(body: bytes, metadata: Metadata | None) -> bool:
    """Whether the page is a JavaScript application's empty shell: it loads scripts and marks a mount point
    (``<div id="root">``) or asks for JavaScript, shows at most a line of text, and gives itself no title but
    its ``<title>`` (no ``og:title``, no ``<h1>``) and headings that ask for JavaScript. What it would show
    is not in its HTML: linkcheck can say neither that it is the cited page nor that it is not. On a page
    that states no article's date, an ``og:title`` or ``twitter:title`` that only repeats the ``<title>`` (an
    app's one head for every address, its home page's title) is no other title; a head written for the
    story, with its date, is the story's (its title is checked)."""
    if len(body) > SCAN_BYTES:
        return False
    if metadata is not None and _titled(metadata):
        return False  # most pages: an og:title or a heading is there
    page = body
    head = page.lower()
    if b"<script" not in head or not any(mark in head for mark in _SHELL_MARKS):
        return False
    visible = _visible_text(page)
    # characters, not bytes: a line in Cyrillic or Greek takes two bytes a letter, in Chinese three
    return len(visible) <= _SHELL_TEXT or len(visible.decode("utf-8", "replace")) <= _SHELL_TEXT


def script_onward(body: bytes, final_url: str, metadata: Metadata | None) -> str | None:
    """The address a stub sends its reader on to by a script, when that is all the page does: a page of at
    most 4 KB whose script sets ``location`` to another address (:func:`client_redirect`), with no title of
    its own but its ``<title>`` ("Redirecting...") and at most a line of text. What the reader is shown is
    at that address, and only a browser running the script gets there: the page is reachable and not
    verifiable (a stub whose target is the front page, a section or an error address is a soft 404 first:
    :func:`body_signal`). ``None`` for any other page (most: over 4 KB, or no ``location`` in it)."""
    if len(body) > _SCRIPT_STUB_BYTES:
        if len(body) > 2 * _SCRIPT_STUB_BYTES + 2:
            return None  # most pages: over 4 KB even in UTF-16
        body = utf16_as_utf8(body)  # a stub in UTF-16 under its byte order mark: its script read
    elif b"location" not in body:
        body = utf16_as_utf8(body)
    if len(body) > _SCRIPT_STUB_BYTES or b"location" not in body:
        return None
    if metadata is not None and _titled(metadata):
        return None
    redirect = client_redirect(body, final_url)
    if redirect is None or redirect[1] != "a script":
        return None
    target = redirect[0]
    if target.split("#", 1)[0] == final_url.split("#", 1)[0] or len(_visible_text(body)) > _SHELL_TEXT:
        return None
    return target


#: An external script a page loads: ``<script src=...>``, the address quoted or bare.
_SCRIPT_SRC = lazy_re(rb"""<script\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.IGNORECASE)
#: What a page shows or offers besides its scripts: a link, a form, a frame, a picture, a video.
_STUB_CONTENT = (b"<a ", b"<form", b"<iframe", b"<img", b"<video", b"<object", b"<embed", b"<frame")


def script_only(body: bytes, final_url: str, metadata: Metadata | None) -> str | None:
    """The address of the script a stub loads, when loading it is all the page does: a page of at most 4 KB
    with no title of its own but its ``<title>`` ("Loading..."), at most a line of text, no link, form,
    frame or picture, and no script of its own setting ``location`` (:func:`script_onward` names that one),
    whose ``<script src>`` is an http(s) address or a path. A link shortener's or an app's redirect kept in
    an external file (``<script src="/r.js">`` and nothing else) was read as the page, ``ok``: the page is
    reachable and not verifiable, since linkcheck runs no script and never fetches one (the user is told
    which script would have decided). ``None`` for any other page (most: over 4 KB, or no ``<script``)."""
    if len(body) > 2 * _SCRIPT_STUB_BYTES + 2:
        return None  # most pages: over 4 KB even in UTF-16
    body = utf16_as_utf8(body)
    if len(body) > _SCRIPT_STUB_BYTES:
        return None
    lower = body.lower()
    if b"<noscript" in lower:  # a fallback for readers without scripts is no content of the page's own
        lower = _NOSCRIPT.sub(b" ", lower)
    if b"<script" not in lower or any(tag in lower for tag in _STUB_CONTENT):
        return None
    if metadata is not None and _titled(metadata):
        return None
    source = _SCRIPT_SRC.search(body)
    if source is None or len(_visible_text(body)) > _SHELL_TEXT:
        return None
    return _web_address(source, final_url)


#: A ``<noscript>`` element, its content with it (what a browser running scripts never shows).
_NOSCRIPT = lazy_re(rb"<noscript\b.*?(?:</noscript\s*>|\Z)", re.IGNORECASE | re.DOTALL)
#: A link's address in markup, quoted either way or bare (one group each). Not :data:`_HREF` (a moved
#: notice's links, one group): named apart, as a second ``_HREF`` rebound the first for the whole module.
_FALLBACK_HREF = lazy_re(rb"""<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.IGNORECASE)
#: The most scripts or fallback links a reason names.
_NAMED = 3


def _web_address(match: re.Match[bytes], final_url: str) -> str | None:
    """The address an attribute match names (its one matched group: quoted either way or bare), unescaped
    and resolved against ``final_url``; ``None`` unless that is an http(s) address (empty, ``data:``,
    ``javascript:``)."""
    where = unescape(next(g for g in match.groups() if g is not None).decode("utf-8", "replace")).strip()
    target = urljoin(final_url, where) if where else ""
    return target if target.startswith(("http://", "https://")) else None


def _addresses(pattern: re.Pattern[bytes], markup: bytes, final_url: str) -> list[str]:
    """The http(s) addresses ``pattern``'s attribute names in ``markup``, resolved, first ones first,
    each once, at most :data:`_NAMED`."""
    found: list[str] = []
    for match in pattern.finditer(markup):
        target = _web_address(match, final_url)
        if target is not None and target not in found:
            found.append(target)
            if len(found) == _NAMED:
                break
    return found


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def stub_scripts_note(body: bytes, final_url: str) -> str:
    """What a page that only loads scripts would run and offers instead, for a reason to say: every
    external script it loads (at most three: a bundle split in two, a ``type=module`` build and its
    ``nomodule`` twin), then the links of its ``<noscript>`` fallback, a host whose name is a look-alike's
    spelled out (:func:`hostkey.lookalike_host`). Only the first script was named, and a stub offering a
    ``<noscript>`` link was read as the page. Asked only of a page found to be a stub or a shell."""
    body = utf16_as_utf8(body)
    scripts = _addresses(_SCRIPT_SRC, body, final_url)
    said = ""
    if scripts:
        what = "a script it loads" if len(scripts) == 1 else "the scripts it loads"
        said = f"{what}, {_listed(scripts)}, which linkcheck neither fetches nor runs"
    blocks = _NOSCRIPT.findall(body)
    fallback = [link for block in blocks for link in _addresses(_FALLBACK_HREF, block, final_url)][:_NAMED]
    if fallback:
        shown = []
        for link in fallback:
            host = urlsplit(link).hostname or ""
            lookalike = lookalike_host(host)
            shown.append(link if lookalike is None else f"{link} (on a look-alike host, {lookalike})")
        said += (
            f"{'; ' if said else ''}its fallback for readers without scripts links to {_listed(shown)},"
            " not followed"
        )
    return said


#: The largest page read for a script's cookie gate (they weigh 0.3-3 KB).
SCRIPT_GATE_BYTES = 16_384
#: A script that sets a cookie, as a page's inline script writes it (``document.cookie = ...``).
_COOKIE_SET = lazy_re(rb"document\.cookie\s*=[^=]")
#: ... and loads the same address again: ``location.reload()``, or ``location`` (its ``href``) set to, or
#: replaced or assigned with, the location itself (``window.location.replace(window.location.href)``,
#: ``location.href = location.href``, ``document.location = document.URL``).
_SELF = rb"(?:(?:window|document|self|top)\.)?location(?:\.href)?|document\.URL"
_RELOAD = lazy_re(
    rb"location\.reload\s*\("
    rb"|location\.(?:replace|assign)\s*\(\s*(?:" + _SELF + rb")\s*\)"
    # the location itself, not an expression that goes on from it (``location.href + "?page=2"``)
    rb"|location(?:\.href)?\s*=\s*(?:" + _SELF + rb")\s*(?![\s\w.\[(+?])",
)


def script_gate(body: bytes, metadata: Metadata | None) -> bool:
    """Whether a page is a script's check of its reader: it shows nothing (no title, at most a line of
    text) and its script sets a cookie and loads the same address again, for the server to let the request
    that carries the cookie through (a web application firewall's or a host's anti-bot gate; a client that
    runs no JavaScript never gets past it). Such a page is not the cited page and not its absence:
    ``blocked``, as a bot challenge. Left alone: a page with a title or text (an article whose script sets a
    cookie and reloads for a consent), a script that sets a cookie and stays, and one that sends the reader
    to another address (a redirect: its target is another page's)."""
    if metadata is not None and (metadata.title or metadata.title_candidates):
        return False  # most pages: a title
    if len(body) > SCRIPT_GATE_BYTES or b"cookie" not in body:
        return False
    if _COOKIE_SET.search(body) is None or _RELOAD.search(body) is None:
        return False
    return len(_visible_text(body).decode("utf-8", "replace")) <= _SHELL_TEXT


#: Title sources that copy the page's head (``og:title``, ``twitter:title``), as an app writes one for every
#: address.
_HEAD_COPIES = frozenset(("opengraph", "twitter"))


def _titled(metadata: Metadata) -> bool:
    """Whether the page gives itself a title besides its ``<title>`` and the URL's: a heading or a JSON-LD
    headline that does not ask for JavaScript, or an ``og:title`` (``twitter:title``) that is not the
    ``<title>`` again on a page stating no article's date (see :func:`script_shell`)."""
    copies = False
    for c in metadata.title_candidates:
        if c.source in _HEAD_COPIES:
            copies = True
        elif c.source not in ("title-tag", "url") and not _asks_for_javascript(c.text):
            return True
    if not copies:
        return False
    dated = declares_an_article(metadata)
    tag = None if dated else next((c.text for c in metadata.title_candidates if c.source == "title-tag"), "")
    return any(
        c.source in _HEAD_COPIES and (dated or c.text != tag) and not _asks_for_javascript(c.text)
        for c in metadata.title_candidates
    )


#: The most of a headless page's body read for its lines (from ``<body``), and the most lines judged: its
#: message comes after its menus (whose links are not lines) and before its lists of stories. Reading is
#: a regular-expression scan, ~6 µs a KB: 32 KB bound it to ~0.2 ms on the few pages that have no headline.
HEADLESS_BYTES = 32_000
_HEADLESS_LINES = 40
#: Title sources that are no headline: the ``<title>`` (often "Site - tagline"), the URL's slug, and an
#: ``<h2>`` offered for want of an ``<h1>`` (on an undated page, a notice's or a section's heading as often
#: as a headline: "Depublizierter Inhalt", "Najnowsze").
_NO_HEADLINE_SOURCES = frozenset(("title-tag", "url", "h2"))
#: A line of text right inside an element: the text of links (menus, teasers, "related stories"), of
#: ``<time>``, ``<option>``, ``<button>``, ``<label>`` and of scripts and styles is no message of the page's
#: and is skipped by the expression itself (a page's hundreds of links cost no Python step each).
_LINE_START = (
    r"<(?!(?:a|time|option|button|label|title|script|style|noscript|template)\b)[a-z][a-z0-9]*\b[^>]*>"
)
#: Its text starts at a character that is not a space: an element holding only the indentation before its
#: first child (``<div class="empty">\n  <span>Post not found</span>``) is no line, and a match of that
#: indentation took the child's ``<`` with it, so the child's own line was never read (rot50: a deleted
#: post's notice, a widget's error, each one element inside another).
_LINE = lazy_re(_LINE_START + r"\s*([^<>\s][^<>]{2,599})<", re.IGNORECASE)
#: A line of text as :data:`_LINE` reads it, of any length, perhaps cut by the window's end: what
#: :func:`notice_signal` counts. A paragraph longer than a line (many of a long read's) is the article going
#: on; where :data:`_LINE` skipped it, a notice above such paragraphs was read as the page's last words.
#: A run also starts after the end of an inline label's emphasis: the note in "<p><strong>Editor's
#: note:</strong> This article ...</p>" is the text after ``</strong>``.
_TEXT_RUN = lazy_re("(?:" + _LINE_START + r"|</(?:strong|b|em|i|span)>)\s*([^<>]{3,})(?=<|\Z)", re.IGNORECASE)
#: Every regional-block line holds one of these (lower case): the test before the line is folded.
_GEO_HINTS = (
    "availab",
    "verfüg",
    "disponi",
    "недоступ",
    "accessib",
    "beschikba",
    "toegank",
    "dostępn",
    "tillgäng",
    "دسترس",  # Persian "access" (a national filter's "دسترسی به این پایگاه ... مسدود شده است")
    # Korean and Chinese: "해당 국가에서는 ... 이용할 수 없습니다", "该内容在您所在的国家或地区不可用"
    "국가에서",
    "지역에서",
    "所在",
    # Turkish "bölgenizde", "ülkenizde", "bulunduğunuz ülkede" (in your region, country: rot53)
    "bölgeniz",
    "ülkeniz",
    "bulunduğunuz",
    # Arabic "متاح" / "متوفر" (available), "منطقتك" (your region), "بلدك" (your country): rot55
    "متاح",
    "متوفر",
    "منطقتك",
    "بلدك",
    # Hungarian "régiójában", "országában", "térségében" (in your region, country: rot60)
    "régiój",
    "országá",
    "térségé",
)


def _holds_geo_hint(lowered: str) -> bool:
    """Whether ``lowered`` (a line in lower case, as ``str.lower`` gives it) holds a word every regional
    block's line holds (:data:`_GEO_HINTS`): the test before the line is folded and searched."""
    return any(map(lowered.__contains__, _GEO_HINTS))


#: ... and every line of a legal block's refusal (a regional block's or a national filter's title, such
#: as "Доступ к ресурсу ограничен", "Erişim engellendi").
_LEGAL_HINTS = (*_GEO_HINTS, "доступ", "erişim")
#: The largest page read for a consent wall's heading: a wall in place of the page is a small page of its
#: own; a front page or an article with a cookie banner is larger, and has a headline besides.
CONSENT_WALL_BYTES = 32_768
#: The longest line judged as an error message (a title-like line); longer ones are read for a regional block.
_ERROR_LINE = 200
#: The longest line read as a wall's heading (:func:`~linkcheck.gates.wall_line`).
_WALL_LINE = 120


def _dated(metadata: Metadata) -> bool:
    """Whether the page states its own date (from anywhere but its URL): no page :func:`_headless` reads."""
    return metadata.published is not None and metadata.published.source != "url"


def _headless(metadata: Metadata, names: list[str], hosts: list[str]) -> bool:
    """No date of its own and no title but its ``<title>``, the URL's slug, the site's name or a heading
    that names nothing (:func:`~linkcheck.soft404.names_nothing`: "We're sorry." over a block's message).
    An ``og:title`` that repeats the ``<title>`` word for word (the site's name and tagline on a page with
    no headline of its own, as templates fill it in) is the ``<title>`` again, no headline."""
    if _dated(metadata):
        return False
    candidates = metadata.title_candidates
    tag = next((c.text for c in candidates if c.source == "title-tag"), None)
    return all(
        c.source in _NO_HEADLINE_SOURCES
        or (c.source == "opengraph" and c.text == tag)
        or is_site_segment(c.text, names, hosts)
        or names_nothing(c.text)
        for c in candidates
    )


def names_gone(line: str, names: list[str]) -> bool:
    """Whether the first sentence of ``line``, the site's ``names`` (and a possessive ``'s``) taken out, is an
    error message: a closed or merged outlet's notice that names itself ("The Neva Times archive is no
    longer available online"). Asked only of a notice's lines, after their own words failed."""
    first = first_sentence(line)
    if len(first) > _ERROR_LINE:
        return False
    lowered = first.lower()
    kept = first
    for name in names:
        at = lowered.find(name.lower()) if len(name) >= 3 else -1
        if at >= 0:
            end = at + len(name)
            end += 2 if lowered[end : end + 2] in ("'s", "’s") else 0
            kept = (first[:at] + first[end:]).strip()
            break
    return kept != first and bool(kept) and is_error_title(kept)


#: A not-found sentence's verb or phrase followed by the quoted thing it looked for ("we could not find
#: “<the words asked for>”", "no results for '<query>'", "nothing found for «...»"): the quoted words are an
#: echo of what was asked (the slug, the query, the cited title), whatever they say.
_SOUGHT_QUOTED = lazy_re(
    r"\b((?:could ?n[o'’]t|can ?n[o'’]t|cannot|unable to|did ?n[o'’]t|were unable to) (?:find|locate)"
    r"|no (?:results|matches|pages?|articles?|posts?|entries)(?: (?:were )?found)? for"
    r"|nothing (?:was )?found for)"
    r"\s+[\"“”„«»‘’'「『][^\"“”„«»「」『』]{1,200}?[\"“”„«»‘’'」』](?!\w)",
    re.IGNORECASE,
)
#: The characters a quoted span opens with (:data:`_SOUGHT_QUOTED`): the cheap test before the pattern.
_SOUGHT_OPENS = lazy_re("[\"“”„«»‘’'「『]")


def unquote_sought(line: str) -> str:
    """``line`` with the quoted object of a not-found phrase read as ``that`` (:data:`_SOUGHT_QUOTED`:
    ``Sorry, we could not find “Harbour wall to be raised”.`` -> ``Sorry, we could not find that.``): a
    not-found page that quotes back what was asked for (the slug, the query, the very title a citation
    gives) is still a not-found page, whether or not the quote matches the address. A line without a quote
    character is returned at once; a quote after any other words ("Police could not say “when”") stays.
    Other languages' notices are read by :func:`_echo_dropped_is_error`."""
    if ('"' not in line and "'" not in line) if line.isascii() else _SOUGHT_OPENS.search(line) is None:
        return line
    return _SOUGHT_QUOTED.sub(r"\1 that", line)


def _echo_dropped_is_error(line: str, names: list[str], hosts: list[str]) -> bool:
    """Whether ``line``, read without its quoted spans of two words or eight characters in any language's
    marks (:func:`~linkcheck.soft404.drop_echo`), is an error message or begins with one: "Die Seite «...»
    wurde nicht gefunden.", "Страница «...» не найдена.", "La page « ... » est introuvable.",
    "ページ「...」は見つかりません。", "لم يتم العثور على الصفحة «...»". :func:`unquote_sought` reads English
    phrases only; a not-found notice in another language that quotes back what was asked for (the
    cited title) was read as a line holding that title, and the page passed. A line quoting someone
    ("The harbour master said “we could not find a berth”.") is no error once the quote is dropped. A line
    with no quote character costs one test (:func:`~linkcheck.soft404.drop_echo`)."""
    dropped = drop_echo(line)
    return (
        dropped is not None
        and len(dropped) <= _ERROR_LINE
        and (is_error_title(dropped, names, hosts) or _first_sentence_is_error(dropped, names, hosts))
    )


def _first_sentence_is_error(line: str, names: list[str], hosts: list[str]) -> bool:
    """Whether the first of a line's several sentences is an error message ("This article has been removed
    by order of the court. It may not be published while ..."): a headless page's notice often goes on
    to say why in the same paragraph."""
    first = first_sentence(line)
    return len(first) < len(line) and len(first) <= _ERROR_LINE and is_error_title(first, names, hosts)


#: A comma and a coordinating conjunction joining a sentence's clauses ("The site is no longer updated, and
#: our archive is no longer available online"; Norwegian "og", Swedish "och", German "und", ...).
_CLAUSE_JOIN = lazy_re(r",\s+(?:and|og|och|und|et|y|e|en|ja|ve|oraz|и|і)\s+", re.IGNORECASE)


def _closing_clause_is_error(line: str, names: list[str], hosts: list[str]) -> bool:
    """Whether the last clause of a line's first sentence, after a comma and a conjunction, is an error
    message ("Nettstedet oppdateres ikke lenger, og artiklene våre er ikke lenger tilgjengelige her."): a
    closed outlet's letter says what became of its site and of its stories in one sentence (rot54). Asked
    only of the first lines after a headline, with little text after them (:func:`notice_signal`)."""
    first = first_sentence(line)
    if ", " not in first or len(first) > _ERROR_LINE:
        return False
    joins = list(_CLAUSE_JOIN.finditer(first))
    return bool(joins) and is_error_title(first[joins[-1].end() :], names, hosts)


#: The most words of a sentence's lead clause, before its colon, read as a notice ("Материал снят с
#: публикации по решению редакции: приведённая в нём цитата ..."): a notice's, not a paragraph's.
_LEAD_WORDS = 10


def _lead_is_error(line: str, names: list[str], hosts: list[str]) -> bool:
    """Whether the first sentence of ``line`` is an error message and, after a colon, why ("Материал снят с
    публикации по решению редакции: приведённая в нём цитата не соответствовала сказанному."): a notice
    under a kept headline says why in the same sentence. Asked only of the first lines after a headline,
    with little text after them (:func:`notice_signal`)."""
    lead, colon, _ = first_sentence(line).partition(": ")
    return bool(colon) and len(lead.split()) <= _LEAD_WORDS and is_error_title(lead, names, hosts)


#: An image's text alternative (``<img ... alt="404 - page not found">``), and the most images read for one:
#: a not-found page that says so in a picture (an illustration, a big "404") has little else, and its image
#: comes after the logo.
_IMAGE_ALT = lazy_re(r"""<img\b[^>]*?\salt\s*=\s*(?:"([^"<>]{3,200})"|'([^'<>]{3,200})')""", re.IGNORECASE)
_HEADLESS_IMAGES = 6


#: An image whose file is named for a not-found page (``/static/img/404.svg``, ``error-404.png``,
#: ``page-not-found.webp``): the whole file name, so that a story's photo of Highway 404 (``route-404.jpg``)
#: or a dated folder (``/2020/404/photo.jpg``) is none.
_IMAGE_FILE_404 = lazy_re(
    r"""<img\b[^>]*?\ssrc\s*=\s*["']?[^"'\s<>]*/(?:error[-_]?)?(?:404|not[-_]?found|page[-_]not[-_]found)"""
    r"""(?:[-_](?:error|page|not[-_]?found))?(?:[-_@.]\dx)?\.(?:svg|png|gif|jpe?g|webp)\b""",
    re.IGNORECASE,
)


def _image_error(page: str, names: list[str], hosts: list[str]) -> str | None:
    """The ``alt`` text of one of the first images of ``page`` (a headless page's text) that is an error
    message, or whose first sentence is one ("404 - page not found. Even our sheep couldn't find it."); or,
    failing one, the address of an image whose file is named for a not-found page
    (:data:`_IMAGE_FILE_404`: a "404" drawing with an empty ``alt``, all a reader of that page sees)."""
    if "<img" not in page and "<IMG" not in page:
        return None
    for n, match in enumerate(_IMAGE_ALT.finditer(page)):
        if n >= _HEADLESS_IMAGES:
            break
        alt = " ".join(unescape(match.group(1) or match.group(2)).split())
        if is_error_title(alt, names, hosts) or _first_sentence_is_error(alt, names, hosts):
            return alt
    named = _IMAGE_FILE_404.search(page)
    if named is not None:
        src = named.group()
        return src[src.rfind("/") + 1 :]
    return None


#: Status codes a site's script means when it sends a ``Status:`` header (CGI's way of setting the answer's
#: status) that its server passes on in a 200 answer instead of using: the page is gone.
_GONE_STATUS = lazy_re(r"\s*(404|410)\b")


def leaked_status(header: str) -> str | None:
    """The code a ``Status:`` header of a 2xx answer gives when it is 404 or 410 ("404 Not Found"); ``None``
    otherwise ("200 OK", which CGI scripts send as often, or no header)."""
    said = _GONE_STATUS.match(header) if header else None
    return said.group(1) if said is not None else None


#: A headless page's line that may be a consent dialog's names cookies (lower case, not folded): "cookie" in
#: most languages' dialogs, or the word a language has for them (Breton "toupinoù", Welsh "cwcis", Finnish
#: "evästeet", Estonian "küpsised", Hungarian "sütik", Polish "ciasteczka", Lithuanian "slapukai", Latvian
#: "sīkdatnes", Slovenian "piškotki", Croatian "kolačići", Catalan "galetes", Icelandic "vafrakökur", Russian
#: "куки", Serbian "колачићи"). The consent tests themselves (:func:`linkcheck.gates.consent_line`,
#: ``consent_purposes``) decide.
_COOKIE_WORDS = (
    "cookie", "toupin", "cwci", "eväste", "küpsis", "sütik", "ciasteczk", "slapuk", "sīkdatn", "piškotk",
    "kolačić", "galetes", "vafrakök", "куки", "колачић",
)  # fmt: skip


def headless_signal(
    requested_url: str, final_url: str, body: bytes, metadata: Metadata | None, status_header: str = ""
) -> tuple[Status, Cause, str] | None:
    """``(status, cause, reason)`` for a page with no headline and no date whose text says what it is (see
    the module docstring); ``None`` otherwise, and at once for every page with a headline or a date.
    ``status_header`` is the answer's ``Status:`` header, if any: a site's script that says 404 or 410 there
    (:func:`leaked_status`) over a page with nothing to say means the page is gone."""
    if metadata is None or not body or _dated(metadata):
        return None  # most pages: dated, so no headless page (the site's names and hosts not gathered)
    names = [n for n in (metadata.site_name, metadata.publisher) if n]
    hosts = hosts_of(final_url, requested_url)
    emptied = _emptied_article(body, names, hosts)
    if emptied is not None:
        return emptied  # the story's title kept over a notice that it is gone (rot56)
    if not _headless(metadata, names, hosts):
        return _bare_block_page(body, metadata, names, hosts)
    start = body.find(b"<body")
    page = body[max(start, 0) : max(start, 0) + HEADLESS_BYTES].decode("utf-8", "replace")
    small = len(body) <= CONSENT_WALL_BYTES
    consent: str | None = None
    paywall: str | None = None
    for n, match in enumerate(_LINE.finditer(page)):
        if n >= _HEADLESS_LINES:
            break
        line = " ".join(match.group(1).split())
        read = unquote_sought(line)
        if (
            len(read) <= _ERROR_LINE
            and (is_error_title(read, names, hosts) or _first_sentence_is_error(read, names, hosts))
        ) or _echo_dropped_is_error(line, names, hosts):
            why = f"the page gives itself no headline and says it is an error page: {line!r}"
            return Status.SOFT_404, Cause.ERROR_PAGE, why
        if says_withdrawn(line):
            why = f"the page gives itself no headline and says the article was withdrawn: {line!r}"
            return Status.SOFT_404, Cause.ERROR_PAGE, why
        if len(line) <= _WALL_LINE and paywall is None and consent is None:
            # a wall's heading as a line: its <title> may be a name the page does not declare as its site's
            # (no og:site_name, a host that does not spell it), which the title-led gate reads as a headline
            wall = wall_line(fold(line))
            if wall is Cause.AUTH:
                paywall = line
            elif wall is Cause.CONSENT and small:
                consent = line
        lowered = line.lower()
        if _holds_geo_hint(lowered) and geo_block(fold(line)):
            why = (
                f"the page says it is not available in this region or country ({line!r}): blocked where"
                " linkcheck runs, not gone"
            )
            return Status.BLOCKED, Cause.LEGAL, why
        if (
            small
            and consent is None
            and any(word in lowered for word in _COOKIE_WORDS)
            and (
                (len(line) <= _ERROR_LINE and consent_line(fold(line)))
                or consent_purposes(fold(first_sentence(line)))
            )
        ):
            consent = line  # an error line further down still says more
    said = _image_error(page, names, hosts)
    if said is not None:
        why = f"the page gives itself no headline and its picture says it is an error page: {said!r}"
        return Status.SOFT_404, Cause.ERROR_PAGE, why
    code = leaked_status(status_header)
    if code is not None:
        why = (
            f"the page gives itself no headline, and the site's script sent 'Status: {status_header}', which"
            f" its server passed on in a 200 answer: the page is gone ({code}), its chrome shown"
        )
        return Status.SOFT_404, Cause.ERROR_PAGE, why
    if paywall is not None:
        return (
            Status.BLOCKED,
            Cause.AUTH,
            f"the page gives itself no headline and says the article is for subscribers ({paywall!r}):"
            " reachable, not verifiable",
        )
    if consent is not None:
        return (
            Status.BLOCKED,
            Cause.CONSENT,
            f"the page is a cookie-consent wall ({_clipped(consent)!r}): not verifiable",
        )
    return None


#: A page's ``<article>`` element, its content: the first one, in the page's first :data:`HEADLESS_BYTES`.
_ARTICLE_ELEMENT = lazy_re(rb"<article\b[^>]*>(.*?)</article\s*>", re.DOTALL | re.IGNORECASE)
#: A conjunction joining a sentence's clauses with no comma before it ("Artikeln har avpublicerats och finns
#: inte längre tillgänglig", "This story has been removed and is no longer available").
_BARE_JOIN = lazy_re(r"\s(?:and|och|og|und|et|y|e|en|ja|ve|i|и|і)\s", re.IGNORECASE)


def _emptied_article(body: bytes, names: list[str], hosts: list[str]) -> tuple[Status, Cause, str] | None:
    """``(soft_404, error_page, reason)`` for a page stating no date of its own that keeps the story's title
    but whose ``<article>`` element holds nothing but a notice that it is gone: an error line, or one whose
    first clause before a bare conjunction is one ("Artikeln har avpublicerats och finns inte längre
    tillgänglig."), at most :data:`_ERROR_LINE` characters in all. The story unpublished, its page kept for
    its readers' comments below (rot56). A story whose ``<article>`` holds its text, or a notice inside a
    longer story (a correction, an update), is left alone; so is a page with no ``<article>``."""
    if b"<article" not in body and b"<ARTICLE" not in body:
        return None  # most undated pages with a headline: one or two ``in`` tests
    found = _ARTICLE_ELEMENT.search(body, 0, HEADLESS_BYTES)
    if found is None:
        return None
    line = " ".join(_TAG.sub(b" ", found.group(1)).decode("utf-8", "replace").split())
    if not line or len(line) > _ERROR_LINE:
        return None
    line = unescape(line)
    first = first_sentence(line).rstrip(".!")
    join = _BARE_JOIN.search(first)
    if not (
        is_error_title(first, names, hosts)
        or _first_sentence_is_error(line, names, hosts)
        or (join is not None and is_error_title(first[: join.start()], names, hosts))
        or says_withdrawn(line)
    ):
        return None
    return (
        Status.SOFT_404,
        Cause.ERROR_PAGE,
        (
            f"the page keeps the story's title, but where the story was it says it is gone ({line!r}): the"
            " article is not at this address"
        ),
    )


def _bare_block_page(
    body: bytes, metadata: Metadata, names: list[str], hosts: list[str]
) -> tuple[Status, Cause, str] | None:
    """``(blocked, legal, reason)`` for a page stating no date of its own whose only headline is a block
    page's bare title ("Website blocked", :func:`~linkcheck.gates.bare_block_title`) when a line of its text
    says access to the page asked for is blocked (:func:`~linkcheck.gates.block_statement`: "Access to this
    website has been blocked in accordance with Council Regulation (EU) ..."): a provider's block page served
    at the cited address (a resolver's sinkhole), which a redirect did not show to be another host's. Added
    after the seed10 probe; a story headlined "Site blocked" at its own address (tests/test_rot_rules23.py)
    says no such line, and its title stays its headline."""
    title = metadata.title or ""
    if not bare_block_title(title, names, hosts):
        return None  # nearly every page: one substring test
    tag = next((c.text for c in metadata.title_candidates if c.source == "title-tag"), None)
    for c in metadata.title_candidates:
        if not (
            c.source in _NO_HEADLINE_SOURCES
            or (c.source == "opengraph" and c.text == tag)
            or is_site_segment(c.text, names, hosts)
            or bare_block_title(c.text, names, hosts)
        ):
            return None
    start = body.find(b"<body")
    page = body[max(start, 0) : max(start, 0) + HEADLESS_BYTES].decode("utf-8", "replace")
    for n, match in enumerate(_LINE.finditer(page)):
        if n >= _HEADLESS_LINES:
            break
        line = " ".join(match.group(1).split())
        if block_statement(fold(line)):
            why = (
                f"the page is a block page ({title!r}) saying access to it is blocked ({_clipped(line)!r}):"
                " blocked on the way by a legal order, not gone"
            )
            return Status.BLOCKED, Cause.LEGAL, why
    return None


#: The walls whose heading may stand over a site's error page (:func:`error_under_wall`), each as a reason
#: names it.
_WALLS: dict[Cause, str] = {
    Cause.CONSENT: "a cookie-consent dialog",
    Cause.AUTH: "a sign-in or subscription dialog",
}


def error_under_wall(
    wall: Cause,
    requested_url: str,
    final_url: str,
    body: bytes,
    metadata: Metadata | None,
    status_header: str = "",
) -> tuple[Status, Cause, str] | None:
    """``(soft_404, error_page, reason)`` when a page that :func:`linkcheck.gates.gate_signal` read as a
    consent or subscription wall (``wall``, by a heading of its dialog: "We value your privacy") is the
    site's error page under that dialog; ``None`` otherwise, and at once for any other wall.

    A site shows its consent platform's or its paywall's dialog on every page, its not-found page too: the
    dialog's heading comes first and is read as the page's title, the error message ("We can't find the
    page you're looking for" in an ``<h2>``) after it. The page is read as a page without a headline is
    (:func:`headless_signal`: no date, no headline but the ``<title>``, an ``<h2>`` or the site's name), and
    only its error message or withdrawal notice counts: the dialog over a live article (an ``<h1>``
    headline, a date) or over nothing else is still the wall it was."""
    what = _wall_name(wall, metadata)
    if what is None or metadata is None:
        return None
    found = headless_signal(requested_url, final_url, body, _without_wall_titles(metadata), status_header)
    if found is None or found[0] is not Status.SOFT_404:
        return None
    return Status.SOFT_404, found[1], f"{what} stands over the site's error page: {found[2]}"


def _wall_name(wall: Cause, metadata: Metadata | None) -> str | None:
    """What the wall ``gate_signal`` found is, as a reason names it, when it is a dialog laid over a page
    (:data:`_WALLS`, or an ad-blocker wall, :func:`~linkcheck.gates.ad_block_title`, among the client
    checks); ``None`` for a wall that stands in the page's place (a captcha, a browser check, a block)."""
    what = _WALLS.get(wall)
    if (
        what is None
        and wall is Cause.BOT_CHALLENGE
        and metadata is not None
        and any(ad_block_title(c.text) for c in metadata.title_candidates)
    ):
        return "an ad-blocker dialog"
    return what


def _without_wall_titles(metadata: Metadata) -> Metadata:
    """``metadata`` without the title candidates that are a gate's heading
    (:func:`~linkcheck.gates.gate_title`, the site's names set aside): a dialog's ``<h1>`` ("Create a free
    account to keep reading") is no headline of the page under it, whose error message may be an ``<h2>``.
    The ``<title>`` and the URL's slug are kept (:func:`headless_signal` reads them as no headline)."""
    names = [n for n in (metadata.site_name, metadata.publisher) if n]
    kept = tuple(
        c
        for c in metadata.title_candidates
        if c.source in ("title-tag", "url") or not gate_title(c.text, names, [])
    )
    if len(kept) == len(metadata.title_candidates):
        return metadata
    return replace(metadata, title_candidates=kept)


#: The largest 403 page read for a notice that the content is gone, and the most lines read: a server's or
#: an archive's refusal is a small page of its own; a large one is a site's page (an article sent to robots
#: with a 403), read as such elsewhere.
FORBIDDEN_BYTES = 16_384
_FORBIDDEN_LINES = 12


def _forbidden_lines(body: bytes) -> Iterator[str]:
    """The first :data:`_FORBIDDEN_LINES` lines of a 403 answer's small page (at most :data:`_ERROR_LINE`
    characters each); none for a page larger than :data:`FORBIDDEN_BYTES`, or no page."""
    if not body or len(body) > FORBIDDEN_BYTES:
        return
    start = body.find(b"<body")
    page = body[max(start, 0) :].decode("utf-8", "replace")
    for n, match in enumerate(_LINE.finditer(page)):
        if n >= _FORBIDDEN_LINES:
            break
        line = " ".join(match.group(1).split())
        if len(line) <= _ERROR_LINE:
            yield line


def forbidden_gone(body: bytes) -> str | None:
    """The line of a 403 (or 410) answer's small page that says the content is gone rather than refused: an
    error message by its words ("This URL has been excluded from the Wayback Machine.", "This article is no
    longer available"), whole or as its first sentence; ``None`` for a refusal ("Access denied", "Error
    403", "Sorry, you have been blocked"), a page larger than :data:`FORBIDDEN_BYTES`, or no page."""
    for line in _forbidden_lines(body):
        first = first_sentence(line)
        if says_gone(line) or (len(first) < len(line) and says_gone(first)):
            return line
    return None


#: The query keys of a signed, temporary download link (lower case): S3's and its compatible stores'
#: presigned URLs (``X-Amz-Signature``, ``X-Amz-Expires``), Google Cloud Storage's (``X-Goog-Signature``),
#: Azure's shared access signatures (``sig``, ``se``) and the older ``Signature``/``Expires`` pair.
_SIGNED_KEYS = frozenset(
    ("x-amz-signature", "x-amz-expires", "x-goog-signature", "x-goog-expires", "signature", "sig", "se",
     "expires")
)  # fmt: skip
#: What an object store answers, as it writes it, when a signed link is used after its expiry: S3's
#: ``<Message>Request has expired</Message>``, Google Cloud Storage's ``<Code>ExpiredToken</Code>`` (with a
#: 400), Azure's "Signature not valid in the specified time frame" and its "Signed expiry time [...] must be
#: after signed start time [...]" (the start being the time of the request when the link names none).
_EXPIRED_MARKS = (
    b"<Message>Request has expired</Message>",
    b"<Code>ExpiredToken</Code>",
    b"Signature not valid in the specified time frame",
    b"Signed expiry time [",
)
#: The expiry a store states in its answer: S3's ``<Expires>2020-01-16T09:30:00Z</Expires>``, Google Cloud
#: Storage's "Request signature expired at: 2020-01-16T09:30:00+00:00", Azure's "Signed expiry time [Thu,
#: 16 Jan 2020 09:30:00 GMT]" or "Expiry [Thu, 16 Jan 2020 09:30:00 GMT]".
_EXPIRES_AT = lazy_re(
    rb"<Expires>([0-9T:.+\-Z ]{8,40})</Expires>|expired at: ([0-9T:.+\-Z]{8,40})"
    rb"|Signed expiry time \[([^\]<]{8,40})\]|Expiry \[([^\]<]{8,40})\]"
)
#: The largest refusal read for an expired link: an object store's XML error weighs 0.3-1 KB.
EXPIRED_LINK_BYTES = 4_096


def expired_link(url: str, body: bytes) -> str | None:
    """What the store says when ``url`` is a signed, temporary link (its query holds one of
    :data:`_SIGNED_KEYS`) whose refusal says the link has expired (:data:`_EXPIRED_MARKS`): "the signed
    link has expired (its expiry: 2020-01-16T09:30:00Z)". A presigned link copied from a browser works for
    hours or days, then never again: such a refusal is a dead link, not a wall a reader passes. ``None``
    for any other refusal (a plain "Access Denied", a large page) or an unsigned address."""
    if not body or len(body) > EXPIRED_LINK_BYTES or not any(mark in body for mark in _EXPIRED_MARKS):
        return None
    query = urlsplit(url).query
    if not any(pair.split("=", 1)[0].lower() in _SIGNED_KEYS for pair in query.split("&")):
        return None
    when = _EXPIRES_AT.search(body)
    expiry = next((g for g in when.groups() if g), b"") if when else b""
    at = f" (its expiry: {expiry.decode('ascii', 'replace').strip()})" if expiry else ""
    return f"the signed link has expired{at}"


def forbidden_legal(body: bytes) -> str | None:
    """The line of a 403 answer's small page that says access is blocked where the reader is, by a region's
    licence or a country's law ("This website is not available in your country", a national filter's
    "دسترسی به این پایگاه اینترنتی مسدود شده است"): the refusal is a legal block (``legal``), not a bot
    wall's or a sign-in's. ``None`` for any other refusal, a large page, or no page."""
    for line in _forbidden_lines(body):
        if any(hint in line.lower() for hint in _LEGAL_HINTS) and legal_block(fold(line)):
            return line
        # a national filter's one-line notice naming on whose order (Polish, Czech, Romanian, Italian, ...:
        # "Dostęp do tej strony został zablokowany na podstawie decyzji Prezesa UKE"; added after block1,
        # seed13): a plain "Acces interzis" names no order and stays the 403's own refusal
        folded = fold(line)
        if block_notice(folded) and _LEGAL_REASON.search(folded) is not None:
            return line
    return None


#: What a line of a 451 page says withheld the page (on folded text): a demand, an order, a ruling or a
#: request, a law, a regulation or sanctions, a court, a prosecutor, a regulator or an authority, in English,
#: Russian (romanised by :func:`~linkcheck.names.fold`), German, French and Spanish; and in Polish, Czech and
#: Slovak, Romanian, Hungarian, Italian, Lithuanian, Latvian and Croatian (a decision, an order, a resolution,
#: a law, an authority: added after block1, seed13). The page's generic lines ("This story is not
#: available", "Unavailable For Legal Reasons") name none of them.
_LEGAL_REASON = lazy_re(
    r"\b(?:demand|order|ruling|decision|request|regulation|law|court|prosecutor\w*|sanctions?|government"
    r"|authority|regulator|injunction|complaint|copyright|dmca|gdpr|directive"
    r"|trebovani\w*|resheni\w*|postanovleni\w*|predpisani\w*|zakon\w*|suda|sudom|sudebn\w*|prokurat\w*"
    r"|roskomnadzor\w*|sanktsi\w*|organa|organom|vedomstv\w*"
    r"|gericht\w*|anordnung|verfugung|gesetz\w*|behorde|ordonnance|loi|tribunal|autorite|orden|ley"
    r"|juzgado|judicial"
    r"|decyzj\w*|postanowieni\w*|nakaz\w*|wniosek|wniosk\w*|ustaw\w*|prezesa"
    r"|rozhodnut\w*|usneseni\w*|narizeni\w*|soudu|uradu"
    r"|decizi\w*|hotarar\w*|ordinul|instantei|ancom|anre"
    r"|hatarozat\w*|vegzes\w*|hatosag\w*|torveny\w*"
    r"|disposizion\w*|ordine|provvediment\w*|(?:dell|all)?autorita|giudiziari\w*|decreto|legge|agcom"
    r"|sprendim\w*|nutarim\w*|lemum\w*|odluk\w*|rjesenj\w*|tijela|ministarstv\w*|justice|arcom)\b"
)


def legal_reason(body: bytes) -> str | None:
    """The line of a 451 answer's small page that says why it is withheld, naming a demand, an order, a law
    or who made it (:data:`_LEGAL_REASON`: "Access to this story has been restricted at the demand of the
    Prosecutor General's Office", "Доступ к этому материалу ограничен на основании требования ... органа"):
    what a reader acts on, which the status line does not say. ``None`` for a page that says no more than
    its status, a large page, or no page."""
    for line in _forbidden_lines(body):
        if _LEGAL_REASON.search(fold(line)) is not None:
            return line
    return None


#: RFC 7725's link to the party that implements a legal block: ``Link: <https://...>; rel="blocked-by"``.
_BLOCKED_BY = lazy_re(r"""<([^<>]+)>[^,<]*?;\s*rel\s*=\s*"?blocked-by\b""", re.IGNORECASE)


def blocked_by(link_header: str) -> str | None:
    """The address a 451 answer's ``Link`` header names as the one blocking it (RFC 7725's
    ``rel="blocked-by"``), or ``None`` when it names none."""
    match = _BLOCKED_BY.search(link_header) if "blocked-by" in link_header.lower() else None
    return None if match is None else match.group(1).strip()


#: After the page's first ``</h1>`` (its headline), the bytes searched for a notice standing where the
#: article was, and the most lines read there; then the bytes after the window read for the text that
#: follows the notice.
NOTICE_BYTES = 4_096
_NOTICE_LINES = 8
_NOTICE_TAIL_BYTES = 4_096
#: The most text (characters of lines, links not counted) after the notice: a line on why, a footer. An
#: article whose embed says "This video is no longer available" has more than this after it.
_NOTICE_REST = 400
#: Every notice line holds one of these (in the window's ASCII-lower-cased bytes), by the page's declared
#: language; English ones are looked for on every page (a CMS's stock notices are often English), and only
#: they on a page that declares no language; all of them on a page in another language. Each is a scan of
#: the window: a page pays for its own language's few, not for forty.
_NOTICE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("remove", "delete", "unpublish", "withdrawn", "taken down", "expired", "availab",
           "not found", "retract", "here any", "longer here", "password"),
    "de": ("entfernt", "gelöscht", "depubli", "nicht mehr", "abrufbar", "passwort", "zurückgezogen"),
    "fr": ("supprim", "dispon", "retir", "mot de passe"),
    "es": ("dispon", "elimin", "retir", "borrad", "contraseña"),
    "pt": ("dispon", "removid", "exclu", "senha", "retirad"),
    "it": ("rimoss", "elimin", "dispon", "esiste", "ritirat"),
    "nl": ("verwijder", "niet meer", "wachtwoord", "ingetrokken"),
    "pl": ("usunię", "niedostęp", "wycofan"),
    # the Scandinavian languages (rot54): Norwegian (``nb``, ``nn``, ``no``), Danish, Swedish
    "nb": ("tilgjengel", "fjernet", "slettet", "avpublis"),
    "nn": ("tilgjengel", "fjerna", "sletta", "avpublis"),
    "no": ("tilgjengel", "fjernet", "slettet", "avpublis"),
    "da": ("tilgængel", "fjernet", "slettet", "afpublic"),
    "sv": ("tillgängl", "borttag", "raderad"),
    "ru": ("удал", "недоступ", "не найден", "снят", "не размещ"),
    "uk": ("видал", "недоступ", "не знайден", "знят"),
    "id": ("dihapus", "ditemukan", "tersedia"),
    "tr": ("kaldırıl", "bulunamad", "silin"),
    "ar": ("لم يعد", "حذف", "غير موجود"),
    "ja": ("削除", "掲載期間", "見つかりません"),
    "zh": ("删除", "刪除", "不存在"),
    "ko": ("삭제", "찾을 수 없"),
    # Hungarian (rot60): "nem érhető el" / "nem elérhető" (not available), "törölt" (deleted), "eltávolít"
    # (removed), and a regional block's "régiójában" / "országában" (in your region / country)
    "hu": ("érhető el", "elérhető", "törölt", "eltávolít", "régiój", "országá"),
}  # fmt: skip
_NOTICE_HINTS: dict[str, tuple[bytes, ...]] = {
    lang: tuple(w.encode() for w in (*_NOTICE_WORDS["en"], *(words if lang != "en" else ())))
    for lang, words in _NOTICE_WORDS.items()
}
_ALL_NOTICE_HINTS = tuple(dict.fromkeys(h for hints in _NOTICE_HINTS.values() for h in hints))


def _notice_hints(language: str | None) -> tuple[bytes, ...]:
    """The pre-test words for a page that declares ``language`` (``en-GB``, ``pt_BR``)."""
    return _NOTICE_HINTS.get((language or "en")[:2].lower(), _ALL_NOTICE_HINTS)


def _holds_any(data: bytes, words: tuple[bytes, ...]) -> bool:
    """``any(word in data for word in words)``, for a test most pages fail on every word. ``in`` on bytes
    first tries the word as an integer (``65 in b"A"``) and formats a ``TypeError`` it then drops, ~1 k
    instructions a word; ``find`` only searches, and ``map`` runs the words without a Python step each.
    Every word is searched for, also after one is found (the rare page that holds one)."""
    return max(map(data.find, words)) >= 0


#: The body :func:`headline_end` searched last, and its answer: :func:`after_headline_signal` and
#: :func:`walled_text` ask it of the same page, and the search crosses the page's head (~20 k instructions
#: on a head of 30 KB of scripts). Holding the body keeps its ``id`` from being another's (wall1).
_LAST_HEADLINE_END: tuple[bytes, int] = (b"", -1)


def headline_end(body: bytes) -> int:
    """Where the page's first ``</h1>`` starts (``</H1>`` in old markup); -1 if it has none."""
    global _LAST_HEADLINE_END
    last, end = _LAST_HEADLINE_END
    if last is body:
        return end
    end = body.find(b"</h1>")
    if end < 0:
        end = body.find(b"</H1>")
    _LAST_HEADLINE_END = (body, end)
    return end


#: The page :func:`headline_opening` read last (its body and its title candidates, held so that their ``id``
#: is no other's) and its answer.
_LAST_OPENING: tuple[bytes, tuple[TitleCandidate, ...], tuple[str, int] | None] = (b"", (), None)


def headline_opening(body: bytes, metadata: Metadata) -> tuple[str, int] | None:
    """``(text, end)`` for a page whose title candidates include an ``<h1>`` and whose body has a ``</h1>``:
    the first ``<h1>`` candidate's text and where the first ``</h1>`` starts (:func:`headline_end`); ``None``
    otherwise. :func:`after_headline_signal` and :func:`walled_text` both open so, on the same page: the
    second is answered by one test of the body and the candidates it was last asked of (cost26)."""
    global _LAST_OPENING
    last, candidates, opening = _LAST_OPENING
    if last is body and candidates is metadata.title_candidates:
        return opening
    candidates = metadata.title_candidates
    for candidate in candidates:
        if candidate.source == "h1":
            end = headline_end(body)
            opening = (candidate.text, end) if end >= 0 else None
            break
    else:
        opening = None
    _LAST_OPENING = (body, candidates, opening)
    return opening


def _h2_headline_end(body: bytes, metadata: Metadata) -> int:
    """Where the ``</h2>`` closing the page's headline starts, for a page with no ``</h1>`` whose first
    ``<h2>`` holds its title (:attr:`Metadata.title`) as written: an old template's story, its headline kept
    over a notice that it is gone (rot58). -1 otherwise. Asked only of a page with no ``<h1>`` title
    candidate: one ``find`` for ``</h2>``, then its heading's text compared."""
    title = metadata.title
    if not title or headline_end(body) >= 0:
        return -1
    end = body.find(b"</h2>")
    start = body.rfind(b"<h2", 0, end) if end >= 0 else -1
    if start < 0 or end - start > 1_000:
        return -1
    heading = unescape(_TAG.sub(b" ", body[start:end]).decode("utf-8", "replace"))
    return end if " ".join(heading.split()) == " ".join(title.split()) else -1


def after_headline_signal(
    requested_url: str, final_url: str, body: bytes, metadata: Metadata | None
) -> tuple[Status, Cause, str] | None:
    """:func:`notice_signal`, then :func:`spam_signal`, then a defacement and a correction in place of the
    article (:func:`correction_in_place`), with one search for the headline's end (each alone searches the
    body for it: ~20 k instructions on a page whose head holds 30 KB of scripts) and one look for the
    ``<h1>`` among the title candidates (a loop: a generator's frame cost more, cost15). A defacement is
    looked for only under an ``<h1>`` that may open with a defacer's signature (:func:`_may_be_signature`)."""
    if metadata is None or not body:
        return None
    opening = headline_opening(body, metadata)
    if opening is None:
        # no <h1>: a headline kept in an <h2> (old templates) is read for a removal notice under it (rot58)
        end = _h2_headline_end(body, metadata)
        return None if end < 0 else _notice_after(requested_url, final_url, body, metadata, end)
    h1, end = opening
    return (
        _archive_sign_in(h1, body, end, metadata, final_url)
        # a dated page is no offer: its date is asked first, so most pages pay no call and no slice (rot55)
        or (None if _dated(metadata) else _subscription_offer(h1, body, end) or _link_expired(h1))
        or _notice_after(requested_url, final_url, body, metadata, end)
        or _comment_form_only(body, end, metadata)
        or _spam_after(requested_url, final_url, body, metadata, end)
        or (defaced_signal(body, metadata, h1_end=end) if _may_be_signature(h1) else None)
        or correction_in_place(h1, body, end)
    )


#: A comment form's text field, by its tag or its form's: a name, an id, an action naming a comment in
#: English, German, the Slavic and Romance languages ("comment", "Kommentar", "komentar", "comentario",
#: "commentaire"), Russian and Hungarian ("hozzászólás"): searched in the two tags' bytes.
_COMMENT_FIELD = lazy_re("omment|oment|оммент|коммент|hozzászól|hozzaszol".encode(), re.IGNORECASE)
#: The most text (characters of lines) between a headline and the comment thread under it for the page to be
#: read as holding no story (:func:`_comment_form_only`): a dateline, a byline.
_BYLINE_TEXT = 120


def _comment_form_only(body: bytes, end: int, metadata: Metadata) -> tuple[Status, Cause, str] | None:
    """``(soft_404, error_page, reason)`` for a page that states an article's date and keeps its headline,
    but under it, after at most :data:`_BYLINE_TEXT` characters (a date, a byline), opens a comment thread
    (:data:`_COMMENTS_OPEN`) or a form whose text field names a comment (:data:`_COMMENT_FIELD`), its
    ``<textarea>`` within :data:`NOTICE_BYTES` of the headline: the story's text is gone and its readers' form
    is all that stands in its place (rot60, Slovenian "Komentarji (0)", "Bodite prvi, ki bo komentiral").
    Left alone: a story whose text comes before its comments, a contact form (no comment named), a page that
    states no article's date. Pre-test: one bounded ``find`` for ``<textarea`` (nearly every story has none
    near its headline)."""
    field = body.find(b"<textarea", end, end + NOTICE_BYTES)
    if field < 0 or not (_dated(metadata) or declares_an_article(metadata)):
        return None
    form = body.rfind(b"<form", end, field)
    tags = body[field : body.find(b">", field) + 1]
    if form >= 0:
        tags += body[form : body.find(b">", form) + 1]
    if _COMMENT_FIELD.search(tags) is None:
        return None
    page = body[end + 5 : form if form >= 0 else field].decode("utf-8", "replace")
    thread = _COMMENTS_OPEN.search(page)
    stop = thread.start() if thread is not None else len(page)
    text = 0
    for match in _TEXT_RUN.finditer(page, 0, stop):
        text += len(" ".join(match.group(1).split()))
        if text > _BYLINE_TEXT:
            return None  # the story's text stands before its comments
    why = (
        "the page keeps a headline, but under it there is no text: only a form for readers' comments stands"
        " where the article was; the article is not at this address"
    )
    return Status.SOFT_404, Cause.ERROR_PAGE, why


#: The heading of a newspaper's archive, folded, whole: "Archive", "Archivio storico", "Zeitungsarchiv",
#: "Hemeroteca", "Архив", "Archiwum". Standing at a story's address as a page's only heading, over a sign-in
#: form, it says the story moved into the archive behind a log-in (:func:`_archive_sign_in`).
_ARCHIVE_HEADINGS = frozenset(
    fold(t)
    for t in (
        "archive", "archives", "our archive", "news archive", "newspaper archive", "story archive",
        "the archive", "digital archive", "archivio", "archivio storico", "archivio digitale",
        "archivio online", "archiv", "zeitungsarchiv", "digitales archiv", "archiv online",
        "archives du journal", "nos archives", "les archives", "archivo", "archivo historico", "hemeroteca",
        "hemeroteca digital",
        "arquivo", "arquivo historico", "acervo", "acervo digital", "archief", "krantenarchief", "archiwum",
        "archiwum gazety", "arkiv", "arkivet", "avisarkiv", "tidningsarkiv", "arkisto", "archiv novinek",
        "arsiv", "gazete arsivi", "архив", "архив новостей", "архив газеты", "архів",
    )
)  # fmt: skip
#: One of these is in every :data:`_ARCHIVE_HEADINGS` heading (lower case, as written): the cheap test.
_ARCHIVE_HINTS = (
    "archi",
    "arqui",
    "acervo",
    "hemerot",
    "arkiv",
    "arkist",
    "arşiv",
    "arsiv",
    "архив",
    "архів",
)
#: The longest heading read as an archive's (:data:`_ARCHIVE_HEADINGS`).
_ARCHIVE_HEADING = 40


def _archive_sign_in(
    h1: str, body: bytes, end: int, metadata: Metadata, final_url: str
) -> tuple[Status, Cause, str] | None:
    """``(blocked, auth, reason)`` for a page that states no article's date, headed only by an archive's name
    (:data:`_ARCHIVE_HEADINGS`: "Archivio storico"), with a password field in the :data:`NOTICE_BYTES` after
    that heading: a newspaper whose older stories moved into an archive behind a log-in answers their
    addresses with the archive's sign-in page (rot54). The story may be there for a subscriber: reachable,
    not verifiable. A dated story headlined "Archive", an archive's open index (no password field) and a
    form that also takes a payment card to another site (:func:`phishing_form`) are left alone."""
    if len(h1) > _ARCHIVE_HEADING or not any(map(h1.lower().__contains__, _ARCHIVE_HINTS)):
        return None  # most pages: a headline holds none of the words
    if fold(h1) not in _ARCHIVE_HEADINGS or _dated(metadata):
        return None
    window = body[end : end + NOTICE_BYTES]
    if b"assword" not in window or _PASSWORD_FIELD.search(window) is None:
        return None
    if phishing_form(body, final_url) is not None:
        return None
    why = (
        f"the page is the outlet's archive ({h1!r}) asking the reader to sign in, in place of the story:"
        " the story may be in the archive behind a log-in; reachable, not verifiable"
    )
    return Status.BLOCKED, Cause.AUTH, why


#: The words of a price by the period, one set for :data:`_PRICE_A_MONTH`'s prices in words and for their
#: pre-test :data:`_PRICE_SPELLED`, so that the two cannot drift (tidy14), each an alternation: a month's or a
#: year's word (English, German, French, Spanish, Italian; rot56); the prepositions before it after a price
#: in figures ("£79 a year", "9,99 € im Monat", "59 € al año"); and after a currency's name, those and two
#: more ("dix euros au mois", "quince euros el mes"). The pre-test takes the second set, which holds the
#: first. A period's word beyond ASCII is read in capitals too ("AÑO": ``bytes.lower`` leaves "Ñ" as it is;
#: tidy15). rot56's figures set also held "al\s+año" as a preposition, which read only "al año" glued to a
#: second period's word or with blanks before one ("9  al añomonth"): "al" then "año" reads "59 € al año"
#: (tidy16 dropped it).
_PRICE_PREPOSITIONS = rb"a|per|im|pro|par|al|all'|por"
_PRICE_WORDS = {
    b"periods": rb"year|month|jahr|monat|an|mois|a\xc3[\xb1\x91]o|mes|anno|mese",
    b"prepositions": _PRICE_PREPOSITIONS,
    b"word_prepositions": _PRICE_PREPOSITIONS + rb"|au|el",
}
#: A subscription's price by the month, as an outlet's plans print it (lower case): "19,90 €/kk" (Finnish
#: "kuukausi"), "£9.99/month", "9,99 €/Monat", "14,90 €/mois", "99 kr/mån", "29 zł/mies." (rot55); or by the
#: year or the month in words after the figure, "£79 a year", "99 € per year", "59 € al año", "99 kr/år",
#: "9,99 € im Monat"; or a price written in words, a currency's name before the period, "sei euro al mese",
#: "cinquantanove euro all'anno", "ten pounds a month" (rot56). Its words there are :data:`_PRICE_WORDS`.
#: It reads a window lowered as bytes (ASCII letters only), so each letter beyond ASCII in its words is
#: written in both cases, "zł"/"ZŁ", "kč"/"KČ", "mån"/"MÅN", "měs"/"MĚS", "año"/"AÑO", "år"/"ÅR",
#: "złotych"/"ZŁOTYCH" (tidy14's leftover, tidy15): a class of two bytes, where lowering the window's UTF-8
#: would cost every window the pre-tests let through.
_PRICE_A_MONTH = lazy_re(
    rb"\d\s?(?:\xe2\x82\xac|\$|\xc2\xa3|kr\.?|z\xc5[\x82\x81]|k\xc4[\x8d\x8c]|eur|chf)?\s?/\s?(?:kk|kuukausi"
    rb"|month|mo|mth|monat|mon|mois|mes|mese|mnd|md|m\xc3[\xa5\x85]n(?:ad)?|mies|m\xc4[\x9b\x9a]s|maand"
    rb"|year|yr|jahr|an|a\xc3[\xb1\x91]o|anno|jaar|\xc3[\xa5\x85]r|vuosi|rok)\b"
    rb"|\d\s?(?:\xe2\x82\xac|\$|\xc2\xa3|kr\.?|z\xc5[\x82\x81]|eur|chf)?\s(?:%(prepositions)b)\s?(?:%(periods)b)\b"
    rb"|\b(?:euros?|dollars?|pounds?|kronor|kroner|z\xc5[\x82\x81]otych|francs?|reais)"
    rb"\s(?:%(word_prepositions)b)\s?(?:%(periods)b)\b" % _PRICE_WORDS
)
#: What any :data:`_PRICE_A_MONTH` needs around its slash, asked of the window as served (either case): a
#: digit, a blank or a currency's last byte before it (``€``'s ``\xac``, ``$``, ``£``'s ``\xa3``, ``kr``,
#: ``kr.``, ``zł``'s ``\x82`` and ``ZŁ``'s ``\x81``, ``kč``'s ``\x8d`` and ``KČ``'s ``\x8c``, ``eur``,
#: ``chf``) and, after an optional blank, a month word's ``k`` or ``m``. A search led by the slash (the
#: engine looks for a literal first byte in C): 1.8 us on a window where the price pattern, led by a digit
#: class, costs ~20 us, and a closing tag (``</main>``) or an address's ``/media`` does not pass it (103 of
#: 2,064 windows of the fixtures and benchmark pages pass it, against every one for ``b"/" in window``;
#: cost33).
#: A year word after the slash too (``/year``, ``/yr``, ``/jahr``, ``/an``, ``/año``, ``/år``, ``/vuosi``,
#: ``/rok``: rot56's yearly prices; merged by the lead).
_PRICE_SLASH = lazy_re(rb"/(?<=[0-9\s\xac$\xa3rR.\x82\x81\x8d\x8cfF]/)\s?[kKmMyYjJaAvVrR\xc3]")
#: What :data:`_PRICE_A_MONTH`'s prices in words need (rot56's "£79 a year", "sei euro al mese",
#: "all'anno"), asked of a window :data:`_PRICE_SLASH` turned down: a preposition and a month's or a year's
#: word (merged by the lead), in any case: the same :data:`_PRICE_WORDS` (tidy14).
_PRICE_SPELLED = lazy_re(rb"\s(?:%(word_prepositions)b)\s*(?:%(periods)b)" % _PRICE_WORDS, re.IGNORECASE)
#: A button or link whose whole text calls to subscribe (lower case): "Subscribe (now)", "Tilaa (nyt)",
#: "(Jetzt) abonnieren", "S'abonner", "Je m'abonne", "Suscríbete", "Assine (já)", "Abbonati (ora)",
#: "Abonneer (nu)", "Prenumerera (nu)", "Abonnér", "Zamów", "Zaprenumeruj" (rot55); or to pick a plan,
#: "Select (this plan)", "Choose (this plan)", "Scegli", "Elegir", "Choisir", "Auswählen", "Wählen", "Kies",
#: "Välj", "Velg", "Vælg", "Valitse", "Wybierz", "Escolher" (rot56: a plan's button, beside its price). It
#: reads a window lowered as bytes (ASCII letters only), so each letter beyond ASCII is a class of its two
#: cases' last bytes, as :data:`_PRICE_A_MONTH`'s are: "WÄHLEN", "VÄLJ", "SUSCRÍBETE", "ZAMÓW" (tidy16);
#: "ß" is "ss" in capitals and in Swiss spelling ("ABO ABSCHLIESSEN").
_SUBSCRIBE_CALL = lazy_re(
    rb">\s*(?:subscribe(?: now| today)?|tilaa(?: nyt| t\xc3[\xa4\x84]st\xc3[\xa4\x84])?|(?:jetzt )?abonnieren"
    rb"|abo abschlie(?:\xc3\x9f|ss)en|s'abonner|je m'abonne|abonnez-vous|suscr\xc3[\xad\x8d]bete|suscribirme"
    rb"|assinar|assine(?: j\xc3[\xa1\x81]| agora)?|abbonati(?: ora)?|abonneer(?: nu)?|prenumerera(?: nu)?"
    rb"|abonn\xc3[\xa9\x89]r(?: nu)?|zam\xc3[\xb3\x93]w|zaprenumeruj|p\xc5[\x99\x98]edpla\xc5[\xa5\xa4]te si"
    rb"|(?:select|choose)(?: this)?(?: plan| offer| package)?|scegli(?: questa offerta| l'offerta)?"
    rb"|elegir|elige"
    rb"|choisir|choisissez|ausw\xc3[\xa4\x84]hlen|w\xc3[\xa4\x84]hlen|kies|v\xc3[\xa4\x84]lj|velg|v\xc3[\xa6\x86]lg"
    rb"|valitse|wybierz|escolher|escolha)\s*[!.]?\s*<"
)
#: A link to the outlet's sign-in, for readers who subscribe already (lower case): its address.
_SIGN_IN_LINK = lazy_re(
    rb"""href\s*=\s*["']?[^"'\s>]*(?:log-?in|sign-?in|kirjaudu|anmelden|connexion|iniciar-sesion|accedi"""
    rb"""|inloggen|logga-in|log-ind|logg-inn|logowanie|prihlaseni)"""
)
#: A paragraph long enough to be the story's (lower case): a page that has one before its plans is a story
#: with a subscription box, not an offer in its place.
_STORY_PARAGRAPH = lazy_re(rb"<p\b[^>]*>[^<]{300,}")
#: The fewest plans (priced by the month, each with its button) an offer shows.
_OFFER_PLANS = 2


def _subscription_offer(h1: str, body: bytes, end: int) -> tuple[Status, Cause, str] | None:
    """``(blocked, auth, reason)`` for a page that states no article's date (its caller asks) where, in the
    :data:`NOTICE_BYTES` after its heading, an outlet offers its subscription: at least :data:`_OFFER_PLANS`
    prices by the month or the year, in figures or in words (:data:`_PRICE_A_MONTH`: "19,90 €/kk", "£79 a
    year", "sei euro al mese") and as many buttons calling to subscribe or to pick a plan
    (:data:`_SUBSCRIBE_CALL`: "Tilaa nyt", "Select", "Scegli"), with a link to sign in for readers who
    subscribe (:data:`_SIGN_IN_LINK`), and no story's paragraph before the first price
    (:data:`_STORY_PARAGRAPH`). A paywall answers a story's address with its offer ('Lue Kallaveden Sanomia
    rajattomasti', three plans) and no headline of the story, nor a line saying it is for subscribers (rot55):
    the story may be there for a subscriber; reachable, not verifiable. A dated story with a subscription
    box, a box with one plan and a shop's prices with no call to subscribe are left alone."""
    window = body[end : end + NOTICE_BYTES]
    if _PRICE_SLASH.search(window) is None and _PRICE_SPELLED.search(window) is None:
        return None  # most windows: no slash a price by the month could stand at
    lowered = window.lower()
    prices = [m.start() for m in islice(_PRICE_A_MONTH.finditer(lowered), 8)]
    if len(prices) < _OFFER_PLANS:
        return None  # most pages: no price by the month after the headline
    if len(_SUBSCRIBE_CALL.findall(lowered)) < _OFFER_PLANS or _SIGN_IN_LINK.search(body.lower()) is None:
        return None
    if _STORY_PARAGRAPH.search(lowered, 0, prices[0]) is not None:
        return None
    why = (
        f"the page is the outlet's subscription offer ({h1!r}: plans priced by the month or the year,"
        " buttons to subscribe, a sign-in for subscribers) in place of the story: the story may be behind the"
        " paywall; reachable, not verifiable"
    )
    return Status.BLOCKED, Cause.AUTH, why


#: A heading that says a link expired or is no longer valid, as a sentence (folded: accents and case gone,
#: punctuation a space): "Sorry, the link you followed expired on 3 May", "Leider ist dieser Kurzlink seit dem
#: 12. März 2023 nicht mehr gültig", "Ce lien de prévisualisation a expiré le 4 juin", "Questo link è
#: scaduto": the link's noun, up to eight words (a clause, a date), and the expiry (rot55's leftover: its
#: phrases are whole, rot56). English, German, French, Spanish, Italian, Portuguese and Dutch.
_LINK_EXPIRED = lazy_re(
    r"\b(?:(?:short|preview|shared|share|download) ?link|link|url|kurzlink|vorschaulink|lien|enlace"
    r"|collegamento|ligacao|koppeling)\b(?: \S+){0,8}? (?:has expired|had expired|expired|is expired"
    r"|abgelaufen|nicht mehr gultig|ungultig|a expire|est expire|n est plus valide|ha caducado|ha expirado"
    r"|ha vencido"
    r"|e scaduto|non e piu valido|expirou|is verlopen|niet meer geldig)\b"
)
#: The longest heading read so (a sentence, not a story's headline of several clauses).
_LINK_EXPIRED_CHARS = 120


def _link_expired(h1: str) -> tuple[Status, Cause, str] | None:
    """``(soft_404, error_page, reason)`` for a page that states no article's date (its caller asks) whose
    heading says, as a sentence, that the link followed expired or is no longer valid
    (:data:`_LINK_EXPIRED`): a CMS's lapsed preview link or a short link past its date, worded with a date or
    a clause that the whole phrases of :data:`linkcheck.soft404.ERROR_PHRASES` do not hold ("Sorry, the link
    you followed expired on 3 May"; "Leider ist dieser Kurzlink seit dem 12. März 2023 nicht mehr gültig",
    whose date's full stop splits it into pieces no phrase is). A dated story headlined so is not asked; a
    heading longer than :data:`_LINK_EXPIRED_CHARS` is left alone."""
    if len(h1) > _LINK_EXPIRED_CHARS or not any(
        w in h1
        for w in ("xpir", "ltig", "gelaufen", "scadut", "caduc", "vencid", "verlopen", "geldig", "valid")
    ):
        return None  # nearly every heading: a few ``in`` tests
    folded = fold(h1)
    if _LINK_EXPIRED.search(folded) is None:
        return None
    return (
        Status.SOFT_404,
        Cause.ERROR_PAGE,
        (
            f"the page says the link expired ({h1.strip()!r}): a CMS's preview link or a short link past its"
            " date leads to no article"
        ),
    )


def _may_be_signature(h1: str) -> bool:
    """Whether :func:`defaced_signal` can find a defacer's signature on a page whose first ``<h1>`` candidate
    says ``h1``: ``False`` only when that text has a first visible character no signature opens with
    (:func:`defaced_signal` reads the first ``<h1>`` candidate with text, stripped, and returns ``None``
    after one look at that character; an empty first candidate leaves the next one to it). Most pages:
    one ``lstrip``, no generator over the candidates (cost15)."""
    return not h1 or h1.lstrip()[:1] in _SIGNATURE_OPENS


#: The first characters of a defacer's signature (:data:`_DEFACED`): "hacked", "h4ck3d", "defaced",
#: "pwned", "0wned" in either case. An empty string is in it (a blank heading is left to the function).
_SIGNATURE_OPENS = "hHdDpP0"


#: Headlines of a notice that corrects or refutes what was published at its address (lower case, whole, a
#: trailing colon or full stop dropped): "Correction", a court-ordered "Опровержение" (a refutation), and
#: their kin in German, French, Spanish, Italian, Portuguese, Dutch and Polish. A correction appended under
#: the story's own headline is no such page.
_CORRECTION_HEADLINES = frozenset(
    ("correction", "retraction", "refutation", "опровержение", "berichtigung", "gegendarstellung",
     "rectificatif", "rectification", "rectificación", "fe de errores", "rettifica", "correção",
     "rectificatie", "sprostowanie")
)  # fmt: skip
#: The longest headline looked up there (a character count: one ``len`` for every other page).
_CORRECTION_HEADLINE = 20
#: What such a notice says of the article it stands in for (on folded text): the article was withdrawn,
#: removed or replaced ("The article has been withdrawn and replaced by this correction.", "редакция удалила
#: материал и публикует настоящее опровержение", "Материал удалён"), in English, Russian, German and French.
_REPLACED_BY_NOTICE = lazy_re(
    r"\b(?:article|story|report|piece)\b(?: \w+){0,10}? (?:has been|have been|was|is|were)"
    r" (?:withdrawn|removed|deleted|retracted|taken down|unpublished|replaced)\b"
    r"|\breplaced (?:it )?(?:by|with) this (?:correction|retraction|refutation|notice)\b"
    r"|\b(?:udalil|udalila|udalili|snyal|snyala|snyali|otozval|otozvala) (?:\w+ ){0,2}?"
    r"(?:material|statyu|publikatsiyu|novost)\b"
    r"|\b(?:material|statya|publikatsiya|novost)\b(?: \w+){0,3}? (?:udalen|udalena|snyat|snyata|otozvan)\b"
    r"|\b(?:artikel|beitrag)\b(?: \w+){0,8}? (?:entfernt|geloscht|zuruckgezogen|depubliziert)\b"
    r"|\barticle\b(?: \w+){0,8}? (?:retire|supprime)\b"
)


def correction_in_place(h1: str, body: bytes, h1_end: int) -> tuple[Status, Cause, str] | None:
    """``(soft_404, error_page, reason)`` for a page headed only "Correction" or "Опровержение"
    (:data:`_CORRECTION_HEADLINES`) whose first lines after that heading say the article that was there
    was withdrawn, removed or replaced (:data:`_REPLACED_BY_NOTICE`): the cited story is gone and a notice
    stands in its place, whatever its own title and date. A correction that names the story and leaves it
    in place is not one, nor is any page with a headline of its own (one ``len`` test)."""
    if len(h1) > _CORRECTION_HEADLINE or h1.strip().rstrip(".:!").lower() not in _CORRECTION_HEADLINES:
        return None
    page = body[h1_end + 5 : h1_end + 5 + NOTICE_BYTES].decode("utf-8", "replace")
    for n, match in enumerate(_TEXT_RUN.finditer(page)):
        if n >= _NOTICE_LINES:
            break
        for sentence in sentences(" ".join(match.group(1).split())):
            if _REPLACED_BY_NOTICE.search(fold(sentence)) is not None:
                why = (
                    f"the page is a notice headed {h1.strip()!r} in place of the article, which it says was"
                    f" removed: {_clipped(sentence)!r}"
                )
                return Status.SOFT_404, Cause.ERROR_PAGE, why
    return None


#: A defacer's signature as a page's heading (its first words, case-insensitive): "Hacked by <name>",
#: "H4ck3d By ...", "Defaced by ...", "Pwned by ...".
_DEFACED = lazy_re(r"(?:hacked|h[a4]ck[e3]d|defaced|pwned|0wned)\s+by\s+\S", re.IGNORECASE)
#: The most words such a heading has (a signature, not a headline about a hack).
_DEFACED_WORDS = 6
#: The most visible text after it: a defacement is a few lines; an article goes on.
_DEFACED_TEXT = 600


def defaced_signal(
    body: bytes, metadata: Metadata | None, *, h1_end: int | None = None
) -> tuple[Status, Cause, str] | None:
    """``(soft_404, spam, reason)`` for a defacement: the page's ``<h1>`` is a defacer's signature ("Hacked
    by <name>", at most :data:`_DEFACED_WORDS` words) while its own headline (its ``og:title``, JSON-LD
    or ``<title>``) is something else, and at most :data:`_DEFACED_TEXT` characters of text follow in the
    next :data:`SPAM_BYTES`: the site was hacked and the article is gone, whatever its kept ``<title>``
    says. A story headlined "Hacked by ..." has that headline as its title too, and its text after it;
    ``None`` for it and, after one look at the ``<h1>``'s first word, for every other page."""
    if metadata is None or not body:
        return None
    h1 = next((c.text.strip() for c in metadata.title_candidates if c.source == "h1" and c.text), None)
    if not h1 or h1[:1] not in _SIGNATURE_OPENS or _DEFACED.match(h1) is None:
        return None  # most pages: one look at a character
    if len(h1.split()) > _DEFACED_WORDS or (metadata.title or "").strip() == h1:
        return None
    end = headline_end(body) if h1_end is None else h1_end
    if end < 0:
        return None
    after = body[end + 5 : end + 5 + SPAM_BYTES]
    if len(_visible_text(after)) > _DEFACED_TEXT:
        return None
    why = f"the page's heading is a defacer's signature ({h1!r}): the site was hacked, the article gone"
    return Status.SOFT_404, Cause.SPAM, why


#: A password-protected post's prompt where its text was (folded, the line's first sentence, whole):
#: WordPress's "This content is password protected." and its translations. The post is there for a reader
#: who has the password: a sign-in wall (``auth``), not a notice that it is gone.
_PASSWORD_LINE = lazy_re(
    r"(?:this|the) (?:content|post|page|article|entry|story) is"
    r" (?:password protected|protected by a password)"
    r"|(?:dieser|der) (?:inhalt|beitrag|artikel) ist (?:passwortgeschutzt|kennwortgeschutzt|durch ein"
    r" (?:passwort|kennwort) geschutzt)"
    r"|(?:ce|cet) (?:contenu|article) est protege par (?:un )?mot de passe"
    r"|(?:este|esta) (?:contenido|entrada|articulo) (?:esta|es) protegid[ao] (?:con|por) (?:una )?contrasena"
    r"|(?:este|esta) (?:conteudo|post|artigo) (?:esta|e) protegid[ao] por (?:uma )?senha"
    r"|(?:questo|il) (?:contenuto|articolo) e protetto da (?:una )?password"
    r"|(?:deze|de) (?:inhoud|bericht) is (?:beveiligd|beschermd) met een wachtwoord"
)


def _password_prompt(line: str) -> bool:
    """Whether ``line`` (a line after the headline) opens with a password-protected post's prompt."""
    first = first_sentence(line)
    return len(first) <= _ERROR_LINE and _PASSWORD_LINE.fullmatch(fold(first)) is not None


def first_document(window: bytes) -> bytes:
    """``window`` (the bytes after a page's headline) up to the first ``</html>`` that another document
    follows (``<html`` or a ``<!DOCTYPE``): a broken include or error handler that appends its own page
    (``<html><head><title>404 Not Found</title>...``) after the whole story adds nothing to the story,
    whose text ended there; browsers show the first document's title and its story above the appended
    text. Markup after ``</html>`` that opens no new document (a stray script, a tracker's pixel) and
    ``window`` without one are returned whole."""
    lowered = window.lower()
    close = lowered.find(b"</html")
    if close < 0:
        return window
    shut = lowered.find(b">", close)
    after = lowered[shut + 1 :].lstrip() if shut >= 0 else b""
    if after.startswith((b"<html", b"<!doctype")):
        return window[:close]
    return window


#: The opening of a page's comment thread, by the names comment systems give its container (WordPress's
#: ``id="comments"``, ``class="comments-area"``, ``class="comment-list"``; Disqus's ``id="disqus_thread"``):
#: what follows a removal notice there is readers' talk, not the article going on (rot57: a Portuguese story
#: removed, its headline and five comments kept, in a page with no ``<article>``).
_COMMENTS_OPEN = lazy_re(
    r"""<(?:div|section|ol|ul|aside)\b[^>]*?\b(?:id|class)\s*=\s*["']?(?:[^"'>]*\s)?"""
    r"""(?:comments|comments-area|comment-list|commentlist|comments-section|disqus_thread)(?=[\s"'>])""",
    re.IGNORECASE,
)


#: An outlet's statement, opening a sentence, that the story was retracted (folded): "This article has been
#: retracted", "Questo articolo è stato ritirato", "Este artículo ha sido retirado", "Dieser Artikel wurde
#: zurückgezogen", "Cet article a été retiré", "Dit artikel is ingetrokken", "Este artigo foi retirado",
#: "Ten artykuł został wycofany" (:func:`retraction_note`).
_RETRACTED = lazy_re(
    r"(?:(?:this|the) (?:article|story|report|piece) (?:has been|was|is) retracted"
    r"|(?:questo|l) ?articolo (?:e stato|viene) ritirato"
    r"|(?:este|el) articulo (?:ha sido|fue) retirado"
    r"|(?:dieser|der) (?:artikel|beitrag) (?:wurde|ist) zuruckgezogen"
    r"|(?:cet|l) ?article a ete retire"
    r"|(?:dit|het) artikel is ingetrokken"
    r"|(?:este|o) artigo foi retirado"
    r"|(?:ten )?artykul zostal wycofany)\b"
)
#: The body :func:`_notice_after` last pre-tested under its headline and whether the notice words were
#: there (:data:`_NOTICE_HINTS`, which hold every :data:`_RETRACT_HINTS` word for its language): a story the
#: notice's test passed over is answered by :func:`retraction_note` with one identity test (nearly every
#: page). Holding the body keeps its ``id`` from being another's.
_LAST_NOTICE_TEST: tuple[bytes, bool] = (b"", True)
#: Where a line's sentences part: after a full stop, a question or an exclamation mark and a blank.
_SENTENCE_BREAK = lazy_re(r"(?<=[.!?])\s+")
#: The pre-test (bytes as written, not lowered): one of these is in every :data:`_RETRACTED` statement.
_RETRACT_HINTS = (
    b"etract", b"ritirat", b"retirad", b"zur\xc3\xbcckgezogen", b"retir\xc3\xa9", b"ingetrokken", b"wycofan",
)  # fmt: skip


#: A label flagging a story as retracted, an element's whole text (folded): "RETRACTED", "Retracted
#: article", "Article retracted", "Retraction" (rot59: a story kept under a lone "RETRACTED" flag). Read in
#: the :data:`_LABEL_BYTES` before the headline's ``<h1>``; in a sentence
#: ("The paper now carries a red RETRACTED banner") it is none.
_RETRACT_LABEL = lazy_re(r"""(?:retracted(?: (?:article|story))?|(?:article|story) retracted)[.!:]?""")
#: An element's whole text in the bytes before a headline (``>RETRACTED<``), read by :data:`_RETRACT_LABEL`.
_ELEMENT_TEXT = lazy_re(rb">\s*([^<>]{4,40}?)\s*<")
#: How far before the headline's ``<h1>`` a label is looked for: a story's flags, kicker and section line.
_LABEL_BYTES = 512


def _retract_label(body: bytes, end: int) -> str | None:
    """The label before the headline whose ``</h1>`` starts at ``end`` that flags the story as retracted
    (:data:`_RETRACT_LABEL`), or ``None``: a page with no "etract"/"ETRACT" in the :data:`_LABEL_BYTES`
    before its ``<h1>`` costs two bounded ``find``s (asked of every ``ok`` story). Not ``in`` on a slice:
    ``in`` on bytes first tries the word as an integer and formats a ``TypeError`` it drops (~1.3 k
    instructions more than a ``find`` a test; :func:`_holds_any`), and the slice is a copy (~1.2 k)
    (tidy17)."""
    start = body.rfind(b"<h1", end - 2_000 if end > 2_000 else 0, end)
    if start < 0:
        start = body.rfind(b"<H1", end - 2_000 if end > 2_000 else 0, end)
        if start < 0:
            return None
    low = start - _LABEL_BYTES if start > _LABEL_BYTES else 0
    if body.find(b"etract", low, start) < 0 and body.find(b"ETRACT", low, start) < 0:
        return None  # nearly every story
    window = body[low:start]
    for match in _ELEMENT_TEXT.finditer(window):
        text = match.group(1).decode("utf-8", "replace")
        if _RETRACT_LABEL.fullmatch(fold(" ".join(text.split()))) is not None:
            return text.strip()
    return None


def retraction_note(body: bytes, metadata: Metadata | None) -> str | None:
    """The line under a story's headline (its ``<h1>``, or on a page with none the ``<h2>`` that holds its
    title: :func:`_h2_headline_end`), among the first :data:`_NOTICE_LINES`, in which the outlet says the
    story was retracted (a sentence opening with :data:`_RETRACTED`, after a label such as "Nota della
    redazione (12 marzo 2020)."), or a label before the ``<h1>`` that flags it so (:func:`_retract_label`:
    "RETRACTED"), when the page is ``ok``: the story's text kept under the note, "per trasparenza" (rot58,
    rot59). A notice standing alone in the story's place is :func:`notice_signal`'s (a soft 404). ``None``
    otherwise; a page with no headline or none of :data:`_RETRACT_HINTS` in the :data:`NOTICE_BYTES` after
    it (and no "etract" just before its ``<h1>``) costs a few searches."""
    if metadata is None or not body:
        return None
    opening = headline_opening(body, metadata)
    if opening is not None:
        label = _retract_label(body, opening[1])
        if label is not None:
            return label
    last, held = _LAST_NOTICE_TEST
    if last is body and not held:
        return None  # the notice's pre-test found none of its words under the headline (they hold these)
    if opening is None:
        # no <h1>: a headline kept in an <h2> (old templates) is read for the note under it (rot59)
        h2_end = _h2_headline_end(body, metadata)
        if h2_end < 0:
            return None
        opening = ("", h2_end)
    end = opening[1] + 5
    window = body[end : end + NOTICE_BYTES]
    if not _holds_any(window, _RETRACT_HINTS):
        return None
    page = first_document(window).decode("utf-8", "replace")
    for n, match in enumerate(_TEXT_RUN.finditer(page)):
        if n >= _NOTICE_LINES:
            break
        line = " ".join(match.group(1).split())
        for sentence in _SENTENCE_BREAK.split(line):
            if _RETRACTED.match(fold(sentence)) is not None:
                return _clipped(line)
    return None


def notice_signal(
    requested_url: str, final_url: str, body: bytes, metadata: Metadata | None
) -> tuple[Status, Cause, str] | None:
    """``(soft_404, error_page, reason)`` for a page that keeps its headline but whose first lines after it
    are a notice that the article is gone (an error message by :func:`~linkcheck.soft404.is_error_title`)
    followed by at most :data:`_NOTICE_REST` characters of text; ``None`` otherwise. Pages without an
    ``<h1>``, or with none of their language's :data:`_NOTICE_WORDS` in the :data:`NOTICE_BYTES` after it,
    cost a ``find`` and a few searches."""
    if metadata is None or not body or not any(c.source == "h1" for c in metadata.title_candidates):
        return None  # no headline in an <h1>: nothing to read after it
    end = headline_end(body)
    return None if end < 0 else _notice_after(requested_url, final_url, body, metadata, end)


def _notice_after(
    requested_url: str, final_url: str, body: bytes, metadata: Metadata, end: int
) -> tuple[Status, Cause, str] | None:
    """:func:`notice_signal` for a page whose headline's ``</h1>`` starts at ``end`` (its ``<h1>`` found).
    Text in a comment thread opened after the notice (:data:`_COMMENTS_OPEN`) is not counted as the article
    going on."""
    global _LAST_NOTICE_TEST
    lowered = body[end + 5 : end + 5 + NOTICE_BYTES].lower()
    held = _holds_any(lowered, _notice_hints(metadata.language))
    _LAST_NOTICE_TEST = (body, held)
    if not held:
        return None
    names = [n for n in (metadata.site_name, metadata.publisher) if n]
    hosts = hosts_of(final_url, requested_url)
    page = first_document(body[end + 5 : end + 5 + NOTICE_BYTES + _NOTICE_TAIL_BYTES]).decode(
        "utf-8", "replace"
    )
    notice: str | None = None
    offline = regional = False
    rest = 0
    comments = len(page)
    for n, match in enumerate(_TEXT_RUN.finditer(page)):
        line = " ".join(match.group(1).split())
        if notice is not None:
            if match.start() >= comments:
                break  # readers' comments below the notice: not the article going on (rot57)
            rest += len(line)
            if rest > _NOTICE_REST:
                return None  # an article goes on after it: the line was about something in it
        elif n >= _NOTICE_LINES:
            return None
        elif _password_prompt(line):
            why = (
                f"the page keeps a headline, but its text is behind a password ({line!r}): reachable, not"
                " verifiable"
            )
            return Status.BLOCKED, Cause.AUTH, why
        elif (
            (len(line) <= _ERROR_LINE and is_error_title(line, names, hosts))
            or _first_sentence_is_error(line, names, hosts)
            or _lead_is_error(line, names, hosts)
            or _closing_clause_is_error(line, names, hosts)
            or says_withdrawn(line)
            or names_gone(line, names)
        ):
            notice = line
            if "omment" in page and (thread := _COMMENTS_OPEN.search(page, match.end())) is not None:
                comments = thread.start()
        elif offline_notice(line, metadata):
            notice, offline = line, True
        elif (
            len(line) <= _ERROR_LINE
            and _holds_geo_hint(line.lower())
            and geo_notice(fold(first_sentence(line)))
        ):
            # the story's text replaced by a regional block's notice under its kept headline (rot60): the
            # notice's first sentence is the block's words whole, not a story's line using them (host25)
            notice, regional = line, True
    if notice is None:
        return None
    if regional:
        why = (
            f"the page keeps a headline, but where the article was it says it is not shown in this region or"
            f" country ({notice!r}): blocked where the checker runs, not gone"
        )
        return Status.BLOCKED, Cause.LEGAL, why
    if offline:
        why = (
            f"the page is the outlet's notice that its older stories are no longer on its site ({notice!r}),"
            " in place of the story: the story is not at this address"
        )
        return Status.SOFT_404, Cause.ERROR_PAGE, why
    why = f"the page keeps a headline, but where the article was it says it is gone: {notice!r}"
    return Status.SOFT_404, Cause.ERROR_PAGE, why


#: The most bytes from a story's ``</h1>`` to the ``</article>`` that closes it for :func:`walled_text` to
#: read it: a teaser and a wall's box fit in far fewer; a story read whole runs longer.
_WALL_SPAN = 16_384
#: How far from the page's end its last ``</article>`` is looked for (a backward search, which stops at the
#: first found: a page's closing scripts and footer are what it crosses).
_WALL_TAIL = 8_192
#: The most text (characters of lines) before a wall's line: a teaser of a paragraph or three, its byline;
#: some outlets show a long read's first third (rot51: 2,660 characters), so up to 4,000.
_TEASER_TEXT = 4_000
#: The part of a story the page's structured data marks as paid: ``"hasPart": {"isAccessibleForFree":
#: false, "cssSelector": ".premium-body"}`` (a class or an id).
_PAID_PART = lazy_re(
    rb'"isAccessibleForFree"\s*:\s*(?:false|"false"|"False")\s*,\s*"cssSelector"\s*:\s*"([.#])([\w-]+)"'
    rb'|"cssSelector"\s*:\s*"([.#])([\w-]+)"\s*,\s*"isAccessibleForFree"\s*:\s*(?:false|"false"|"False")'
)
#: The most text after it, other walls' lines aside: the box's offer, "Already a subscriber? Log in".
_WALL_REST = 400


#: A page's own statement that it is an episode (rot52, rot53), in its first :data:`_EPISODE_BYTES`: a
#: schema.org episode type in JSON-LD (``"@type": "PodcastEpisode"``) or in microdata
#: (``itemtype="https://schema.org/RadioEpisode"``) ...
_EPISODE_SCHEMA = lazy_re(
    rb"""(?:"@type"\s*:\s*\[?\s*"|itemtype\s*=\s*["']?https?://schema\.org/)((?:Podcast|TV|Radio)?Episode)\b"""
)
#: ... or that it is a video or a recording, by its ``og:type`` (``video.episode``, ``video.other``,
#: ``music.song``), the attributes in either order (:func:`episode_page`).
_EPISODE_OG = lazy_re(
    rb"""\bog:type["']?\s+content\s*=\s*["'](video\.episode|video\.other|music\.song)["']"""
    rb"""|\bcontent\s*=\s*["'](video\.episode|video\.other|music\.song)["']\s+(?:property|name)\s*=\s*"""
    rb"""["']?og:type\b"""
)
#: An article's structured data, or its ``og:type``: a story that embeds an episode says it is an article.
_ARTICLE_TYPE = lazy_re(
    rb'"@type"\s*:\s*\[?\s*"(?:News|Blogging|Report|Analysis|Opinion|Review|Scholarly|Satirical)?Article"'
    rb"""|\bog:type["']?\s+content\s*=\s*["']article["']"""
)
_EPISODE_BYTES = 64_000
#: What each statement calls the page, for the reason (:func:`episode_page`).
_EPISODE_NOUNS = {
    b"PodcastEpisode": "a podcast episode",
    b"TVEpisode": "a television episode",
    b"RadioEpisode": "a radio episode",
    b"Episode": "an episode",
    b"video.episode": "a video episode",
    b"video.other": "a video",
    b"music.song": "an audio recording",
}


def episode_page(body: bytes) -> str | None:
    """What the page says it is when it is an episode's or a recording's (``"a podcast episode"``, ``"a
    video episode"``, ``"an audio recording"``): its structured data declares a podcast, television or radio
    episode (:data:`_EPISODE_SCHEMA`, read first), or its ``og:type`` a video or a song
    (:data:`_EPISODE_OG`), and nothing declares an article (rot52's ``PodcastEpisode``; rot53's
    ``TVEpisode`` under ``og:type`` ``video.episode`` and a ``RadioEpisode`` in microdata under
    ``music.song``); ``None`` otherwise. Asked by the checker only of a page whose titles do not give a cited
    title as written; a story with an episode embedded declares itself an article (by its JSON-LD or its
    ``og:type``), and an episode cited by its own title matches it."""
    if (
        body.find(b"Episode", 0, _EPISODE_BYTES) < 0
        and body.find(b"video.", 0, _EPISODE_BYTES) < 0
        and body.find(b"music.song", 0, _EPISODE_BYTES) < 0
    ):
        return None  # nearly every page: three searches
    head = body[:_EPISODE_BYTES]
    found = _EPISODE_SCHEMA.search(head) or _EPISODE_OG.search(head)
    if found is None or _ARTICLE_TYPE.search(head) is not None:
        return None
    return _EPISODE_NOUNS[found.group(found.lastindex or 0)]


#: How far before a video page's ``<h1>`` its player's lines are read (:func:`video_gone`): the player sits
#: above the title.
_PLAYER_BYTES = 2_048
#: The most lines under a video page's ``<h1>`` read for its player's notice (a player drawn below the title).
_PLAYER_LINES = 3


def video_gone(body: bytes, metadata: Metadata) -> str | None:
    """The line of a video's page (its ``og:type`` ``video.*``, :attr:`Metadata.og_type`, no article declared
    in its first :data:`_EPISODE_BYTES`: :data:`_ARTICLE_TYPE`) in which its player says the video is gone,
    the rest of the page kept (its title, date, description and comments): a line in the
    :data:`_PLAYER_BYTES` before its ``<h1>`` or among the first :data:`_PLAYER_LINES` under it that is an
    error message (:func:`is_error_title`: "This video is unavailable", "이 동영상은 더 이상 재생할 수
    없습니다"), on a page that embeds no video to play (no ``<video>``, no ``<iframe>``) (rot59, written then
    and withdrawn for the search of every page's head that found its ``og:type``; rot60 asks it only of a page
    whose ``og:type`` the extractor read as a video's). The video cited is what is gone. ``None`` otherwise:
    a player that plays, a reader's comment saying it would not play at work (below the first lines)."""
    if (metadata.og_type or "")[:6] != "video.":
        return None
    head = body[:_EPISODE_BYTES]
    if _ARTICLE_TYPE.search(head) is not None or b"<video" in body or b"<iframe" in body:
        return None  # a story with a video, or a player that plays
    end = headline_end(body)
    if end < 0:
        return None
    start = body.rfind(b"<h1", 0, end)
    if start < 0:
        return None
    before = body[max(0, start - _PLAYER_BYTES) : start].decode("utf-8", "replace")
    after = body[end : end + NOTICE_BYTES].decode("utf-8", "replace")
    lines = [m.group(1) for m in _TEXT_RUN.finditer(before)]
    lines += [m.group(1) for _, m in zip(range(_PLAYER_LINES), _TEXT_RUN.finditer(after), strict=False)]
    for raw in lines:
        line = " ".join(raw.split())
        if is_error_title(first_sentence(line).rstrip(".!")) or is_error_title(line):
            return _clipped(line)
    return None


def walled_text(body: bytes, metadata: Metadata | None) -> tuple[str, str] | None:
    """``(kind, line)`` for a story that keeps its headline (an ``<h1>``) but whose text is a teaser
    ended by a wall's line (:func:`~linkcheck.gates.teaser_wall`: a subscribers' line, a registration wall, a
    metered wall; ``kind`` is the first's, ``line`` the first two such lines, quoted): at most
    :data:`_TEASER_TEXT` characters of text after the headline, then the line, then at most
    :data:`_WALL_REST` characters to the end of the story's ``<article>`` (or of a small page that has
    none). ``None`` for any other page: a story whose ``</article>`` is more than :data:`_WALL_SPAN` bytes
    after its headline (nearly every story read whole), or that is not among the page's last
    :data:`_WALL_TAIL` bytes, is answered after one backward search. What a reader is shown decides, not the
    page's structured data: ``isAccessibleForFree: false`` is also given for a text served whole (wall1)."""
    if metadata is None or not body:
        return None
    opening = headline_opening(body, metadata)
    if opening is None:
        return None
    end = opening[1]
    close = body.rfind(b"</article>", max(end, len(body) - _WALL_TAIL))
    if close < 0:
        close = len(body)  # no <article>: the rest of a small page is the story's
    if close - end > _WALL_SPAN:
        return None  # most pages: a story whose text runs on
    page = body[end + 5 : close].decode("utf-8", "replace")
    before = rest = 0
    kinds: list[str] = []
    said: list[str] = []
    for match in _TEXT_RUN.finditer(page):
        line = " ".join(match.group(1).split())
        first = first_sentence(line)
        kind = teaser_wall(fold(first)) if len(first) <= _WALL_LINE else None
        if kind is not None:
            kinds.append(kind)
            said.append(first)  # the box's lines that say so: "Il vous reste 78 % ...", "Cet article est ..."
        elif not kinds:
            before += len(line)
            if before > _TEASER_TEXT:
                return None  # more than a teaser is readable: a line further on is about something else
        else:
            rest += len(line)
            if rest > _WALL_REST:
                return None  # the story goes on after the line
    if kinds:
        return kinds[0], " / ".join(f"“{line}”" for line in said[:2])
    walled = _empty_paid_part(body, end, page) or _cut_before_wall(page) or _paid_state_teaser(body, page)
    if walled is None and before <= _SHORT_TEASER:
        # a story of a few lines: a box after it naming a price, or a sign-in dialog, in any language (rot59),
        # or a line saying the full text is in the outlet's archive (rot60)
        walled = _priced_box(page) or _modal_sign_in(body, end) or _archive_pointer(page)
    return walled


#: A line's word for a newspaper's archive (folded): "archive", "Archiv", "archivio", "arquivo", Croatian,
#: Slovenian and Romanian "arhiva", "arhivă", the Scandinavian "arkiv", Finnish "arkisto", Turkish "arşiv",
#: Polish "archiwum", Dutch "archief", Portuguese "acervo", Spanish "hemeroteca", Russian and Ukrainian
#: "архив", "архів" (folded "arkhiv"), Greek "αρχείο" ("archeio").
_ARCHIVE_WORD = lazy_re(
    r"\b(?:archiv|archiw|archief|arquiv|arhiv|arkiv|arkist|arsiv|arkhiv|archeio|acervo|hemerotec)"
)
#: ... and its word for the story's whole text (folded): "full", "whole", "complete", "the rest"; German
#: "vollständig", "ganze"; French "intégral", "complet", "la suite"; Spanish, Portuguese and Italian
#: "completo", "íntegro", "intero", "resto"; Dutch "volledig", the Scandinavian "hele", "hela", Finnish
#: "koko"; Polish "cały", "pełny"; Czech and Slovak "celý"; Croatian "cijeli", Serbian "ceo", Slovenian
#: "celoten"; Hungarian "teljes"; Romanian "întreg"; Turkish "tamamı"; Russian "полная", "полностью",
#: Ukrainian "повна"; Greek "ολόκληρο", "πλήρες".
_WHOLE_WORD = lazy_re(
    r"\b(?:full|whole|complete|entire|(?:the )?rest\b|remainder|vollstandig|ganze|komplett|integr|complet"
    r"|entier|la suite|intero|resto\b|volledig|hele\b|hela\b|koko|caly|calosc|peln|cel[aeyo]\b|celou|cijel"
    r"|potpun|celot|teljes|intreg|tamami|polnaya|polnyi|polnost|povn|olokl|plir)"
)
#: One of these is in every line :data:`_ARCHIVE_WORD` reads (lower case, as written): the cheap test.
_ARCHIVE_POINTER_HINTS = (*_ARCHIVE_HINTS, "arhiv", "αρχεί")
#: The fewest words of such a line: a sentence ("The full story is in our archive"), not a box's heading
#: ("From our archive", "Whole archive").
_ARCHIVE_LINE_WORDS = 4


def _archive_pointer(page: str) -> tuple[str, str] | None:
    """``("archive", why)`` for a story of a few lines (at most :data:`_SHORT_TEASER` characters) whose line
    after its first says that its whole text is in the outlet's archive: a line of at most
    :data:`_WALL_LINE` characters and at least :data:`_ARCHIVE_LINE_WORDS` words, holding an archive's word
    (:data:`_ARCHIVE_WORD`) and a word for the whole text (:data:`_WHOLE_WORD`), with at most
    :data:`_WALL_REST` characters after it (rot60, Croatian "Cijeli članak dostupan je u našoj arhivi", no
    price). Left alone: a box "From our archive" of links after a story (a heading of fewer words), a story
    that names an archive in its text (more text after the line)."""
    lowered = page.lower()
    if not any(map(lowered.__contains__, _ARCHIVE_POINTER_HINTS)):
        return None  # most short stories: no archive named
    said: str | None = None
    rest = 0
    for n, match in enumerate(_TEXT_RUN.finditer(page)):
        line = " ".join(match.group(1).split())
        if said is not None:
            rest += len(line)
            if rest > _WALL_REST:
                return None
        elif n and len(line) <= _WALL_LINE:
            folded = fold(line)
            if (
                len(folded.split()) >= _ARCHIVE_LINE_WORDS
                and _ARCHIVE_WORD.search(folded) is not None
                and _WHOLE_WORD.search(folded) is not None
            ):
                said = line
    if said is None:
        return None
    return "archive", f"“{_clipped(said)}”"


#: The most text (characters) after a headline that :func:`_priced_box` and :func:`_modal_sign_in` read as a
#: teaser with its box: a lede of two or three sentences and a box's lines (rot59's run to 450).
_SHORT_TEASER = 700
#: A price in figures, in any language (a currency's sign or code by a figure): "£1", "€ 4,99", "4,99 €",
#: "9 zł", "99 kr", "5 USD" (:func:`_priced_box`).
_FIGURE_PRICE = lazy_re(
    r"(?:[£€$¥₹₽]\s?\d|\d(?:[.,]\d{1,2})?\s?(?:[£€$₽]|zł|kr|kč|lei|eur|usd|gbp|chf)(?![^\W\d_]))",
    re.IGNORECASE,
)
#: A box's heading after a story's first lines (:func:`_priced_box`).
_BOX_HEADING = lazy_re(r"<h[2-6]\b", re.IGNORECASE)


def _priced_box(page: str) -> tuple[str, str] | None:
    """``("paywall", why)`` for a story of a few lines (at most :data:`_SHORT_TEASER` characters) followed by
    a box, opened by a heading (:data:`_BOX_HEADING`) after the story's first line, whose lines name a price
    in figures (:data:`_FIGURE_PRICE`: "£1 y mis") and which holds two links or more after it (to subscribe,
    to log in): an offer standing where the rest of the text was, read by its shape in a language no wall's
    table holds (rot59: Welsh "Mae gweddill yr erthygl hon ar gael i danysgrifwyr yn unig"). A brief that
    names a price in its text, with no heading before it, is none."""
    price = _FIGURE_PRICE.search(page)
    if price is None:
        return None  # most short stories: no price in figures
    first = _TEXT_RUN.search(page)
    if first is None or first.end() > price.start():
        return None
    heading = _BOX_HEADING.search(page, first.end(), price.start())
    if heading is None or page.count("<a ", price.start()) + page.count("<a\n", price.start()) < 2:
        return None
    box = _TEXT_RUN.search(page, heading.start())
    said = " ".join(box.group(1).split()) if box is not None else ""
    return (
        "paywall",
        f"a box offering a subscription at a price stands after the first lines (“{_clipped(said)}”)",
    )


def _modal_sign_in(body: bytes, end: int) -> tuple[str, str] | None:
    """``("registration", why)`` for a story of a few lines (at most :data:`_SHORT_TEASER` characters) under
    a modal dialog (:data:`_DIALOG_MARK`) that asks for a password (:data:`_PASSWORD_FIELD`), in any language
    (rot58's leftover, rot59: an Estonian teaser under "Jätkamiseks logi sisse"). A whole story whose markup
    holds a hidden log-in dialog has more text than a teaser and is not read."""
    if body.find(b"assword", end) < 0:
        return None  # nearly every short story
    lowered = body[end:].lower()
    dialog = _DIALOG_MARK.search(lowered)
    if dialog is None or _PASSWORD_FIELD.search(lowered, dialog.start()) is None:
        return None
    heading = _TEXT_RUN.search(
        body[end + dialog.start() : end + dialog.start() + 2_048].decode("utf-8", "replace")
    )
    said = " ".join(heading.group(1).split()) if heading is not None else ""
    return (
        "registration",
        f"a sign-in dialog asking for a password covers the story's first lines (“{_clipped(said)}”)",
    )


def _empty_paid_part(body: bytes, end: int, page: str) -> tuple[str, str] | None:
    """``("paywall", why)`` for a short story whose paid part, as its own structured data names it before
    the headline (:data:`_PAID_PART`), is there but holds no text: the wall is drawn by a script after the
    page loads, and the text was never sent (rot51). A paid part that holds the text (served whole, hidden
    by a script) is no wall (wall1's control)."""
    head = body.find(b'"cssSelector"', 0, end)
    if head < 0:
        return None  # nearly every page: no part marked
    found = _PAID_PART.search(body, max(0, head - 80), end)
    if found is None:
        return None
    mark, name = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    attribute = "class" if mark == b"." else "id"
    named = re.escape(name.decode())
    opened = re.search(
        attribute + r"""\s*=\s*["'](?:[^"']*\s)?""" + named + r"""(?:\s[^"']*)?["'][^>]*>""", page
    )
    if opened is None:
        return None
    after = sum(len(m.group(1).strip()) for m in _TEXT_RUN.finditer(page, opened.end()))
    if after > _WALL_REST:
        return None  # the paid part holds the story's text
    selector = (mark + name).decode()
    return "paywall", f"the part the page marks as paid (“{selector}”) came empty: its text was not sent"


#: An empty element whose ``id`` or ``class`` names a wall (``paywall``, ``regwall``, ``piano``, ``premium``,
#: ``subscriber``): where a wall's script draws it after the page loads (:func:`_cut_before_wall`).
_WALL_MOUNT = lazy_re(
    r"""<(div|section|aside)\b[^>]*?\b(?:id|class)\s*=\s*["']([^"']*?(?:paywall|regwall|piano|premium"""
    r"""|subscriber)[^"']*)["'][^>]*>\s*</\1\s*>""",
    re.IGNORECASE,
)
#: How much of a cut-off line is quoted.
_CUT_QUOTE = 60


def _cut_before_wall(page: str) -> tuple[str, str] | None:
    """``("paywall", why)`` for a short story whose text stops mid-sentence ("... and the ground…": a word,
    then an ellipsis) right before an empty wall's container (:data:`_WALL_MOUNT`), with nothing of the story
    after it: the teaser a server sends when a script draws the wall after load, with no structured data
    naming the paid part (rot52). A story read whole before an outlet's empty container (its last sentence
    ended) and an ellipsis elsewhere (a quote trailing off, text after the container) are no wall."""
    if "…" not in page and "..." not in page:
        return None  # nearly every short story
    mount = _WALL_MOUNT.search(page)
    if mount is None:
        return None
    last = None
    for run in _TEXT_RUN.finditer(page, 0, mount.start()):
        last = run
    if last is None:
        return None
    line = " ".join(last.group(1).split())
    cut = line.removesuffix("…").removesuffix("...")
    if cut == line or not cut[-1:].isalnum():
        return None  # the text before the container ends as sentences end
    if sum(len(m.group(1).strip()) for m in _TEXT_RUN.finditer(page, mount.end())) > _WALL_REST:
        return None  # the story goes on after the container
    name = mount.group(2).split()[0]
    return "paywall", (
        f"the text stops mid-sentence (“…{line[-_CUT_QUOTE:]}”) at an empty wall's container (“{name}”)"
        " that a script fills: the rest was not sent"
    )


#: Bytes one of which the page's paid state (:data:`_PAID_STATE`) holds: the test before the pattern.
_PAID_HINTS = (b"paid", b"Paid", b"locked", b"Locked", b"remium", b"aywall", b"ubscriber", b'"plus"')
#: The page's own state saying the story is for paying readers (rot53), as a script's object or a JSON
#: island writes it (the key quoted or bare): ``"access": "paid"``, ``accessLevel: 'subscriber'``,
#: ``"isPremium": true``, ``"paywalled": !0``; or Open Graph's ``article:content_tier`` ``locked``.
_PAID_STATE = lazy_re(
    rb"""["']?(?:access|accessLevel|access_level|accessType|contentAccess|contentTier|content_tier|paywall"""
    rb"""|paywallType)["']?\s*:\s*["'](?:paid|locked|premium|subscribers?|subscription|subscriber_only"""
    rb"""|plus)["']"""
    rb"""|["']?(?:isPaid|is_paid|isPremium|is_premium|paywalled|isPaywalled|isLocked|is_locked|subscriberOnly"""
    rb"""|subscribersOnly|subscriber_only)["']?\s*:\s*(?:true|!0)\b"""
    rb"""|property\s*=\s*["']article:content_tier["']\s+content\s*=\s*["']locked["']"""
)
#: An element with nothing in it: where a script draws what the server did not send.
_EMPTY_BOX = lazy_re(r"""<(div|section|aside)\b[^>]*>\s*</\1\s*>""", re.IGNORECASE)
#: Where an inline script's code is cut into the pieces read for a wall's line: a tag in a string the
#: script writes ("<h3>...</h3>"), a quote, a backtick or a new line.
_SCRIPT_CUTS = lazy_re(rb"<[^<>]*>|['\"`\n]")
#: The most inline scripts and pieces read for a wall's line.
_SCRIPT_TRIES = 8
_PIECE_TRIES = 256


def _paid_state_teaser(body: bytes, page: str) -> tuple[str, str] | None:
    """``("paywall", why)`` for a short story (``page``, its text after the headline, is at most a teaser's)
    whose page's own state marks it as paid (:data:`_PAID_STATE`: ``"access": "paid"``) and whose text stops
    at an empty container with nothing of the story after it, which a script fills with a wall: the
    container names one (:data:`_WALL_MOUNT`), or an inline script holds a wall's line
    (:func:`_script_wall_line`: "Этот материал доступен только подписчикам"). The teaser may end on a whole
    sentence, so the cut-off rule (:func:`_cut_before_wall`) cannot tell (rot53). The same story marked free,
    under the same script and container, and a paid story whose text was sent whole (longer than a teaser,
    or going on after the container) are no wall."""
    if not any(hint in body for hint in _PAID_HINTS):
        return None  # nearly every short story
    state = _PAID_STATE.search(body)
    if state is None:
        return None
    for box in _EMPTY_BOX.finditer(page):
        if _TEXT_RUN.search(page, 0, box.start()) is None:
            continue  # no text before it: an empty element above the story
        if sum(len(m.group(1).strip()) for m in _TEXT_RUN.finditer(page, box.end())) > _WALL_REST:
            return None  # the story goes on after it
        named = _WALL_MOUNT.fullmatch(box.group(0)) is not None
        line = None if named else _script_wall_line(body)
        if not named and line is None:
            return None  # an empty element no wall is said to fill
        said = state.group(0).decode("utf-8", "replace")
        drawn = f" with “{line}”" if line else ""
        return "paywall", (
            f"the page marks the story as paid ({said}) and its text stops at an empty container that a"
            f" script fills{drawn}: the rest was not sent"
        )
    return None


def _script_wall_line(body: bytes) -> str | None:
    """A wall's line (:func:`~linkcheck.gates.teaser_wall`) one of the page's inline scripts writes, read
    between its strings' quotes and tags ("'<h3>Этот материал доступен только подписчикам</h3>'"); ``None``
    when none does. At most :data:`_SCRIPT_TRIES` scripts and :data:`_PIECE_TRIES` pieces of 8 to
    :data:`_WALL_LINE` characters are read."""
    pieces = 0
    for script in islice(_INLINE_CODE.finditer(body), _SCRIPT_TRIES):
        if script.group(1).lower() != b"script":
            continue
        for raw in _SCRIPT_CUTS.split(script.group(0)[8:-9]):
            if not 8 <= len(raw) <= 2 * _WALL_LINE:
                continue  # code between strings, a tag's name, a long line
            pieces += 1
            if pieces > _PIECE_TRIES:
                return None
            text = " ".join(raw.decode("utf-8", "replace").split())
            if 8 <= len(text) <= _WALL_LINE and teaser_wall(fold(first_sentence(text))) is not None:
                return text
    return None


def offline_notice(line: str, metadata: Metadata) -> bool:
    """Whether ``line``'s first sentence is an outlet's notice that its older stories are offline, or kept
    off its site and given on request ("Материалы, опубликованные до 1 января 2021 года, больше не
    размещаются на сайте в открытом доступе. Вы можете запросить текст материала в редакции"), under a
    heading of its own ("Архив материалов"), on a page that declares no article's date: the notice
    :func:`~linkcheck.soft404.closure_title` reads in a title, written in the text. A story about an
    archive's policy declares its date and is left alone."""
    return not declares_an_article(metadata) and closure_title((first_sentence(line),)) is not None


#: What an app's serialised state says when the route it rendered is an error (Next.js's
#: ``__NEXT_DATA__``, Nuxt's ``window.__NUXT__``, a store's ``statusCode``): a 404 or 410 status, Next's
#: error page, ``notFound``.
_SHELL_ERROR = lazy_re(
    rb"""["']?(?:statusCode|status_code|httpStatus|errorCode)["']?\s*:\s*["']?(?:404|410)\b"""
    rb"""|["']page["']\s*:\s*["']/(?:_error|404)["']"""
    rb"""|["']?notFound["']?\s*:\s*(?:true|!0)\b"""
    # what the server-written head tells a prerendering service (and crawlers) the status is:
    # <meta name="prerender-status-code" content="404">, its attributes in either order
    rb"""|<meta\b[^>]*?name\s*=\s*["']?prerender-status-code["']?[^>]*?content\s*=\s*["']?(?:404|410)\b"""
    rb"""|<meta\b[^>]*?content\s*=\s*["']?(?:404|410)["']?[^>]*?name\s*=\s*["']?prerender-status-code\b"""
)
_SHELL_ERROR_HINTS = (b"404", b"410", b"otFound", b"_error")


def shell_error(body: bytes) -> str | None:
    """For a page :func:`script_shell` found empty: the reason it is a not-found page when the state the
    app renders from says so (``"statusCode":404``, ``"page":"/_error"``, ``notFound: true``), or its
    server-written head tells crawlers so (``<meta name="prerender-status-code" content="404">``), which
    the server sent with a 200; ``None`` otherwise (the shell stays unreadable, not gone)."""
    if not any(hint in body for hint in _SHELL_ERROR_HINTS):
        return None
    match = _SHELL_ERROR.search(body, 0, SCAN_BYTES)
    if match is None:
        return None
    said = match.group(0).decode("utf-8", "replace")
    return f"the page is a JavaScript application's shell whose own state says it was not found ({said})"


#: After the page's first ``</h1>``, the bytes read for link spam standing where the article was (as many as
#: a notice's window: the pre-test scan costs ~5 instructions a byte, ~1% of a link at 8 KB).
SPAM_BYTES = 4_096
#: Words of link spam (lower case), as hacked pages and taken-over domains print them in their links'
#: text: Indonesian gambling spam ("slot gacor", "togel"), pharmacy spam ("buy cialis online").
SPAM_WORDS: tuple[bytes, ...] = (
    b"gacor", b"slot88", b"slot online", b"situs slot", b"agen slot", b"slot demo", b"judi ", b"togel",
    b"maxwin", b"scatter hitam", b"cialis", b"viagra", b"tadalafil", b"sildenafil", b"levitra", b"kamagra",
    b"propecia", b"prescription", b"online pharmacy",
)  # fmt: skip
#: Links to other sites whose text is spam, at least; of at least two different spam words.
_SPAM_LINKS = 3
#: A link to an absolute address: its host and its text (from the ``href``: the scan needs no ``<a``).
_OFFSITE_LINK = lazy_re(rb"""href\s*=\s*["']?https?://([^/"'\s>:]+)[^>]*>([^<]{1,120})</a""")


def spam_signal(
    requested_url: str, final_url: str, body: bytes, metadata: Metadata | None
) -> tuple[Status, Cause, str] | None:
    """``(soft_404, spam, reason)`` for a page that keeps a headline in an ``<h1>`` but whose text after it
    links other sites with gambling or pharmacy spam (at least :data:`_SPAM_LINKS` links to other hosts
    whose text holds a :data:`SPAM_WORDS` word that the headline does not, of two different words): the
    site was hacked, or its domain taken over, and the article is gone whatever its headline says. A news
    story about casinos or medicines names them in its text, not in links to other sites; its own links
    are to itself. ``None`` otherwise; a page without an ``<h1>``, or with fewer than :data:`_SPAM_LINKS`
    absolute addresses (``://``) in the :data:`SPAM_BYTES` after it, costs a ``find`` and a ``count``."""
    if metadata is None or not body or not any(c.source == "h1" for c in metadata.title_candidates):
        return None
    end = headline_end(body)
    return None if end < 0 else _spam_after(requested_url, final_url, body, metadata, end)


def _spam_after(
    requested_url: str, final_url: str, body: bytes, metadata: Metadata, end: int
) -> tuple[Status, Cause, str] | None:
    """:func:`spam_signal` for a page whose headline's ``</h1>`` starts at ``end`` (its ``<h1>`` found)."""
    if body.count(b"://", end + 5, end + 5 + SPAM_BYTES) < _SPAM_LINKS:
        return None  # most pages: no slice copied, one scan
    window = body[end + 5 : end + 5 + SPAM_BYTES]
    headline = (metadata.title or "").lower().encode()
    own = {h.encode() for h in hosts_of(final_url, requested_url)}
    links = 0
    words: set[bytes] = set()
    for match in _OFFSITE_LINK.finditer(window):
        if match.group(1).lower() in own:
            continue
        text = match.group(2).lower()
        said = [w for w in SPAM_WORDS if w in text and w not in headline]
        if said:
            links += 1
            words.update(said)
    if links < _SPAM_LINKS or len(words) < 2:
        return None
    shown = ", ".join(sorted(w.decode().strip() for w in words)[:4])
    why = (
        f"the page keeps a headline, but under it are links to other sites' spam ({shown}): the site was"
        " hacked or its domain taken over, and the article is gone"
    )
    return Status.SOFT_404, Cause.SPAM, why


#: The most of a page's end read for a former name (its footer, where an outlet that renamed itself says what
#: it was called: "Сетевое издание «Бурятия.Медиа» (до 2023 года — «Селенга-Информ»)").
FORMER_NAME_BYTES = 16_384
#: What says that a name is the page's former one, as the footer's bytes hold it (lower case as written):
#: the test the window meets before it is decoded.
_FORMER_MARKS = (
    "до 20".encode(),
    "до 19".encode(),
    "ранее".encode(),
    "бывш".encode(),
    "прежнее".encode(),
    b"formerly",
    b"previously",
    b"until 20",
    b"until 19",
)
#: A former name given in quotation marks after what says it was the name: "(до 2023 года — «Селенга-
#: Информ»)", "ранее — «...»", "прежнее название — «...»", "formerly “The Kolyma Times”", "(until 2023:
#: "...")", perhaps with what the outlet was between, in lower case ("(до 2023 года — информационное
#: агентство «Тайга-Информ»)", "ранее — газета «...»"); or an English one in brackets, unquoted: "(formerly
#: The Kolyma Times)".
_FORMER_NAME = lazy_re(
    r"(?:до\s+(?:19|20)\d\d\s+(?:года|г\.)|ранее|прежнее\s+название|бывш(?:ее|ий|ая)(?:\s+название)?"
    r"|formerly|previously(?:\s+known\s+as)?|until\s+(?:19|20)\d\d)"
    r"\s*(?:[—–:-]\s*)?(?:[а-яё]+\s+){0,3}(?:[«\"“„]([^«»\"“”„<>]{2,60})[»\"”“]"
    r"|([A-Z][^()<>\"“”«»,;:]{1,58}[^()<>\"“”«»,;:\s])\s*\))"
)


def former_name(body: bytes, *, footer_only: bool = False) -> str | None:
    """The name the page says its outlet had before (:data:`_FORMER_NAME`), read in the last
    :data:`FORMER_NAME_BYTES` of ``body``; ``None`` when none is said. Asked of a page reached by a redirect
    (an outlet that renamed itself sends its old addresses to its new ones), so that a citation by the old
    name is matched with the outlet it was. With ``footer_only`` (a page at the cited address itself: an
    outlet renamed in place), only from the page's last ``<footer>`` on, where an outlet says what it is: a
    story's text may say "X (formerly Twitter)" of another company. A few ``find``\\ s on most pages."""
    if footer_only:
        # no lowering: the pattern's marks are lower case (asked only when a citation names an outlet the
        # site's name does not spell, see ``checker._names_another``)
        start = body.rfind(b"<footer", max(0, len(body) - FORMER_NAME_BYTES))
        if start < 0:
            return None
        tail = body[start:]
        if not _holds_any(tail, _FORMER_MARKS):
            return None
    else:
        tail = body[-FORMER_NAME_BYTES:]
        if not _holds_any(tail.lower(), _FORMER_MARKS):
            return None
    match = _FORMER_NAME.search(tail.decode("utf-8", "replace"))
    if match is None:
        return None
    return " ".join((match.group(1) or match.group(2)).split()) or None


#: The most of a page read for a phishing form (a sign-in page is small; its form comes early).
PHISHING_BYTES = 65_536
#: A ``<form>`` with its ``action`` and what it holds up to its end.
_FORM = lazy_re(r"<form\b([^>]*)>(.*?)</form>", re.IGNORECASE | re.DOTALL)
_FORM_ACTION = lazy_re(r"""\saction\s*=\s*["']?(https?://[^"'\s>]+)""", re.IGNORECASE)
_PASSWORD_INPUT = lazy_re(r"""<input\b[^>]*\stype\s*=\s*["']?password""", re.IGNORECASE)
#: A field asking for a payment card's number: its ``name``, ``id`` or ``autocomplete`` (``card``,
#: ``cc-number``, ``cardnumber``, Russian ``karta``), or its label's words.
_CARD_FIELD = lazy_re(
    r"""<input\b[^>]*\s(?:name|id|autocomplete)\s*=\s*["']?[\w-]*(?:card|cc-?num|karta)"""
    r"|номер\s+(?:банковской\s+)?карты|card\s+number",
    re.IGNORECASE,
)


def phishing_form(body: bytes, final_url: str) -> str | None:
    """Where a sign-in page's form sends a password and a payment card's number (:data:`_CARD_FIELD`) when
    that is another site than the page's (:func:`~linkcheck.soft404.same_site`): no outlet's sign-in wall
    asks for a card beside the password and posts both elsewhere; a lapsed or hacked domain's phishing page
    does ("Вход в личный кабинет", "Вам начислена выплата", the form posting to a collector). ``None`` for any
    other page: an outlet's wall posting to its own site or to an identity provider, without a card field;
    a subscription form asking for a card on its own site. Asked only of a page the gates read as a sign-in
    wall."""
    window = body[:PHISHING_BYTES].decode("utf-8", "replace")
    for form in _FORM.finditer(window):
        action = _FORM_ACTION.search(form.group(1))
        if action is None or same_site(action.group(1), final_url):
            continue
        inner = form.group(2)
        if _PASSWORD_INPUT.search(inner) and _CARD_FIELD.search(inner):
            return action.group(1)
    return None


#: The most of a page's start read for the outlet it credits (its head's JSON-LD, its byline).
CREDIT_BYTES = 65_536
#: Where a page credits the outlet whose story it carries, as a republisher writes it: JSON-LD's
#: ``"sourceOrganization": {"name": "..."}`` and a byline's label "Источник: ..." / "Source: ..."
#: (capitalised, as a label; a script's ``source:`` is not one). Not ``<meta name="author">``: a person's
#: name as often as an outlet's.
_CREDIT = lazy_re(
    r'"sourceOrganization"\s*:\s*\{[^{}]{0,300}?"name"\s*:\s*"([^"\\]{2,80})"'
    r"|(?<![\w-])(?:Источник|Source|Quelle|Fuente|Джерело)\s*:\s*(?:<a\b[^>]{0,300}>\s*)?"
    r"([^<>\n]{2,60}?)\s*<"
    # a wire's dateline opening the text (added after the seed9 probe): a city in capitals and a day, then
    # the agency in capitals between slashes, "МОСКВА, 9 января. /ТАСС/.", "MOSCOW, January 9. /TASS/.",
    # "/Корр. ТАСС .../." (its capitals only: a correspondent's name may follow). Not the dash's form,
    # "МОСКВА, 9 янв — РИА Новости.": what follows a dash may be a sentence's subject as well as a name,
    # and a renamed outlet's own stories keep their former name there (tests/test_seed_probe5.py)
    r"|>\s*[A-ZА-ЯЁ][A-ZА-ЯЁ-]+(?: [A-ZА-ЯЁ-]+){0,2}, (?:\d{1,2} [^\W\d]{3,9}|[^\W\d]{3,9} \d{1,2})\.?"
    r" /(?:[^\W\d]{3,5}\. )?([A-ZА-ЯЁ][A-ZА-ЯЁ-]{1,15})(?:[ ][^/<>]{0,40})?/"
)
#: What the window must hold before it is decoded: the key, or a label with its colon (a bare "Source" is in
#: every page that loads the Source Sans font).
_CREDIT_MARKS = (b"sourceOrganization", "Источник:".encode(), "Источник :".encode(), b"Source:", b"Source :",
                 b"Quelle:", b"Fuente:", "Джерело:".encode(),
                 # a wire's dateline: its agency between slashes
                 b"/.", b"/ .")  # fmt: skip
#: The most credited names kept (a page's JSON-LD and its byline name the same outlet, or two).
_CREDITS = 3


#: Where a page names an agency as its story's author, as papers carrying a wire's story write it: the author
#: meta (``<meta name="author" content="РИА Новости">``), a byline's "By RIA Novosti" / "Автор: ...", and
#: a wire's dateline with the agency in parentheses, "MOSCOW, January 9 (RIA Novosti) -" (Reuters' form),
#: a closing line, "(With inputs from TASS)", "Based on TASS reporting.", "По материалам ТАСС.", and the
#: JSON-LD publisher's ``alternateName`` (a rebranded agency's former name). Read only for the outlet a
#: citation names (:func:`credited_sources`): each is a person's name as often.
_AUTHOR_CREDIT = lazy_re(
    r"""<meta\s+(?:name|property)\s*=\s*["'](?:author|article:author)["']\s+content\s*=\s*["']([^"'<>]{2,60})["']"""
    r"""|<meta\s+content\s*=\s*["']([^"'<>]{2,60})["']\s+(?:name|property)\s*=\s*["'](?:author|article:author)["']"""
    r"|>\s*(?:By|Автор:?|Текст:)\s+([^\W\d][^<>\n]{1,58}?)\s*<"
    r"|>\s*[A-ZА-ЯЁ][A-ZА-ЯЁ-]+(?: [A-ZА-ЯЁ-]+){0,2}, (?:\d{1,2} [^\W\d]{3,9}|[^\W\d]{3,9}\.? \d{1,2})"
    r"(?:, \d{4})? \(([^()<>]{2,40})\) ?[-–—]"
    # a closing line crediting the agency (added after the seed11 probe): "(With inputs from TASS)", "Based on
    # TASS reporting.", "По материалам ТАСС."
    r"|>\s*\(?(?:[Ww]ith inputs? from|Based on|По материалам)\s+(?:агентства\s+)?([^\W\d][^<>()\n]{1,40}?)"
    r"(?:\s+reporting|\s+reports)?\.?\)?\s*<"
    # the publisher's other name in JSON-LD, as a rebranded agency keeps its former one (added after the
    # seed11 probe: "Sputnik International" with "alternateName": "RIA Novosti")
    r'|"publisher"\s*:\s*\{[^{}]{0,300}?"alternateName"\s*:\s*"([^"\\]{2,80})"'
)


def credited_sources(
    body: bytes, site_names: tuple[str, ...] = (), cited_outlets: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """The outlets a page credits as its story's source (:data:`_CREDIT`), in the page's order, read in its
    first :data:`CREDIT_BYTES`, but none of ``site_names`` (the page's own); ``()`` when it credits none.
    Asked of a page reached by a redirect: a closed outlet whose archive another took over sends its old
    addresses to the copies there ("Источник: Ангара-Информ" on «Байкальская волна»), so that a citation
    naming the closed outlet is matched with the outlet the page credits. A few ``find``\\ s on most pages.

    Failing those, one of ``cited_outlets`` (the citations' outlets) that the page names as its story's
    author (:data:`_AUTHOR_CREDIT`: the author meta, a byline, a wire's dateline in parentheses) is credited
    (added after the seed10 probe: a paper carrying RIA Novosti's story under "By RIA Novosti"); a person's
    name there is never one, as no citation names a person for its outlet."""
    window = body[:CREDIT_BYTES]
    if not any(mark in window for mark in _CREDIT_MARKS):
        return _author_credit(window, site_names, cited_outlets) if cited_outlets else ()
    own = {fold(n) for n in site_names if n}
    found: list[str] = []
    for match in _CREDIT.finditer(window.decode("utf-8", "replace")):
        name = " ".join(unescape(next(g for g in match.groups() if g)).split()).strip(" .,;·")
        if name and "(" not in name and ")" not in name and fold(name) not in own and name not in found:
            found.append(name)
            if len(found) >= _CREDITS:
                break
    if not found and cited_outlets:
        return _author_credit(window, site_names, cited_outlets)
    return tuple(found)


def _author_credit(
    window: bytes, site_names: tuple[str, ...], cited_outlets: tuple[str, ...]
) -> tuple[str, ...]:
    """The first name the page gives as its story's author (:data:`_AUTHOR_CREDIT`) that is one of
    ``cited_outlets`` and none of ``site_names``, as a one-name tuple; ``()`` when none is."""
    own = {fold(n) for n in site_names if n}
    for n, match in enumerate(_AUTHOR_CREDIT.finditer(window.decode("utf-8", "replace"))):
        if n >= 8:
            break
        name = " ".join(unescape(next(g for g in match.groups() if g)).split()).strip(" .,;·")
        if not name or fold(name) in own:
            continue
        for outlet in cited_outlets:
            if outlet_matches(outlet, (name,), ()):
                return (name,)
    return ()


#: A template's placeholder for a value, as a server sends its template file when its engine did not run:
#: ``{{ article.title }}`` (Jinja, Twig, Django, Liquid, Handlebars, Mustache; filters allowed: ``{{
#: title|upper }}``), ``<%= title %>`` (ERB, EJS), ``${title}``. A dotted name, not an expression: a headline
#: about template injection quoting ``{{7*7}}`` is no placeholder.
_PLACEHOLDER = lazy_re(
    r"\{\{\s*[A-Za-z_][\w.]*(?:\s*\|[^{}]{0,40})?\s*\}\}|<%=?\s*[A-Za-z_][\w.]*\s*%>|\$\{[A-Za-z_][\w.]*\}"
)
#: A server-side template's own tags (a block, a loop, a comment): no script in a browser fills these in.
_SERVER_TAGS = (b"{%", b"<%", b"{#")
#: Marks of a page a script fills in in the browser from ``{{ ... }}`` placeholders (AngularJS, Vue, Alpine).
_CLIENT_TEMPLATE_MARKS = (b"ng-app", b"ng-controller", b"v-cloak", b"v-app", b"x-data")


def unrendered_template(body: bytes, metadata: Metadata | None) -> tuple[Status, Cause, str] | None:
    """``(status, cause, reason)`` for a page whose headline is a template's placeholder
    (:data:`_PLACEHOLDER`: ``{{ article.title }} — Сокол``): the server sent its template unrendered
    (``error``, ``server_error``: the site is broken, the story is not shown), or, on a page a script
    renders (:data:`_CLIENT_TEMPLATE_MARKS`, no server tags), a script's template a browser fills in
    (``blocked``, ``javascript``). ``None`` for any other page: one test of the title for ``{``, ``<%`` or
    ``${`` on most."""
    title = metadata.title if metadata is not None else None
    if not title or ("{" not in title and "<%" not in title):
        return None
    placeholder = _PLACEHOLDER.search(title)
    if placeholder is None:
        return None
    if any(mark in body for mark in _CLIENT_TEMPLATE_MARKS) and not any(tag in body for tag in _SERVER_TAGS):
        why = (
            f"the page is a script's template: its title is the placeholder {placeholder.group()!r}, which"
            " its script fills in in a browser (open it in a browser)"
        )
        return Status.BLOCKED, Cause.JAVASCRIPT, why
    why = (
        f"the page is the site's template sent unrendered (its title {title!r}): the site shows"
        " placeholders, not the story; a fault of the site's, try again later"
    )
    return Status.ERROR, Cause.SERVER_ERROR, why


#: After the page's headline, the bytes read for the day its address holds.
DAY_TEXT_BYTES = 3_000
#: A dateline's place: a word or a few in capitals, then a comma ("УЛАН-УДЭ, ", "MOSCOW, "), at the start of
#: a paragraph.
_DATELINE_PLACE = r"(?:^|>)\s*[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]+(?: [A-ZА-ЯЁ][A-ZА-ЯЁ.\-]+){0,3},\s+"


def text_gives_day(body: bytes, day: dt.date) -> bool:
    """Whether the story's text, in the :data:`DAY_TEXT_BYTES` after its headline's ``</h1>``, gives ``day``
    (the day its address holds): written with its year ("9 января 2020", "January 9, 2020", "9 January 2020",
    "09.01.2020"), or without one in a dateline at a paragraph's start ("УЛАН-УДЭ, 9 января. /Agency/.",
    "MOSCOW, Jan. 9 (Reuters) -"). A mention of the day in another year ("May 15, 1935", "May 15, 2021")
    does not count. Asked only of a page whose declared date is later than its address's day."""
    end = headline_end(body)
    if end < 0:
        return False
    window = body[end + 5 : end + 5 + DAY_TEXT_BYTES].decode("utf-8", "replace")
    d, month = day.day, day.month - 1
    en, ru = MONTH_NAMES_EN[month], MONTH_NAMES_RU[month]
    days = (f"{d} {ru}", f"{en} {d}", f"{en[:3]}. {d}", f"{en[:3]} {d}", f"{d} {en}")
    if any(f"{s} {day.year}" in window or f"{s}, {day.year}" in window for s in days):
        return True
    if f"{d:02d}.{day.month:02d}.{day.year}" in window:
        return True
    said = "|".join(re.escape(s) for s in days)
    return re.search(_DATELINE_PLACE + f"(?:{said})\\b", window, re.MULTILINE) is not None


#: The most days a page's declared date may follow the day its address holds and still be that day's (a
#: story published at night, its address written the evening before in another time zone).
_REDATED_DAYS = 1


def redated_day(body: bytes, metadata: Metadata | None) -> ExtractedDate | None:
    """The day the page's address holds (``/20200109/``), as its published date, when the page declares a
    later one and its own text after the headline gives that day (:func:`text_gives_day`): a CMS migration
    or a republication stamped the story with its own night, and the story's address and its dateline still
    say when it was published ("УЛАН-УДЭ, 9 января. /Agency/." under a stamp of 15.03.2023). ``None`` for
    any other page: a later date with no word of the address's day in the text (a yearly rewrite, a content
    farm under an old address) stands. One comparison on most pages."""
    if metadata is None or metadata.url_date is None or not declares_an_article(metadata):
        return None
    published = metadata.published
    url_day = metadata.url_date
    if published is None or (published.value - url_day).days <= _REDATED_DAYS:
        return None
    return ExtractedDate(url_day, "text") if text_gives_day(body, url_day) else None
