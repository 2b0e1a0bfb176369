"""Gates: a 200 page that stands between the reader and the cited page, a sign-in page, a paywall, a
cookie-consent wall or a regional block (pure; no I/O).

A gate is not link rot: the page is there for a reader who signs in, subscribes or clicks "Accept". It is
reported ``blocked`` (reachable, not verifiable), never ``dead`` and never a title mismatch against the
gate's own title. :func:`gate_signal` gives ``(cause, reason)``:

1. **Redirected to a gate.** The redirects end on a sign-in address (a path segment such as ``login``,
   ``signin``, ``sign-in``, ``account/login``) -> ``auth``; on a consent address (a ``consent.`` host, or a
   path segment such as ``consent``, ``cookie-consent``, ``privacy-gate``) -> ``consent``.
2. **A gate's titles.** Every title the page gives itself (``<title>``, ``og:title``, ``<h1>``), once the
   site's name is set aside, is a subscription, registration or sign-in prompt ("Subscribe to continue
   reading", "Create a free account to keep reading", "You've read all your free stories this month", "Sign
   in", a shared file's "You need access") or an age check ("Are you of legal drinking age?") -> ``auth``, a
   consent prompt ("Before you continue", "We value your privacy"; on a page that states no article's date, a
   "we use cookies" sentence: "Мы используем файлы cookie") -> ``consent``, or a regional block ("This
   content is not available in your region", an internet provider's "Доступ к ресурсу ограничен" or "Ресурс
   заблокирован", a network's web filter's "Web Page Blocked") -> ``legal``, or a check of the reader's
   browser or network that the checker does not pass ("Ваш браузер устарел", "VPN or proxy detected", a
   captcha's "Вы не робот?", an ad-blocker wall's "Отключите блокировщик рекламы") -> ``bot_challenge``, when
   every title says so on a page that states no article's date. A title of a gate's piece and a short product
   name the page does not otherwise declare ("Google Drive: You need access") is a gate's. A registration wall
   below a real headline is no gate: the headline is a title of the page.

Sign-in addresses include registration and subscription ones (``/register?returnUrl=...``,
``/subscribe``, ``/abonnement/offres?origine=...``, ``/paywall``), in several languages (Dutch
``/inloggen?returnUrl=...``, Polish ``/logowanie``, ...), and WordPress's ``/wp-login.php``; a paywall's
title may name what it walls first ("Questo articolo è riservato agli abbonati", "Dit artikel is alleen
voor abonnees"); consent addresses include ``/zustimmung?url=...`` and ``/einwilligung``.

Only pages with a success code and no soft-404 signal are asked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from linkcheck.lazyre import lazy_re
from linkcheck.memo import PAGE_KEYS, once
from linkcheck.models import Cause, Metadata
from linkcheck.names import (
    WordSearch,
    fold,
    folded_pieces,
    hosts_of,
    is_site_segment,
    title_pieces,
    url_parts,
)

__all__ = [
    "AD_BLOCK_TITLES",
    "CLIENT_CHECK_TITLES",
    "CONSENT_TITLES",
    "SIGN_IN_TITLES",
    "address_gate",
    "bare_block_title",
    "block_notice",
    "block_statement",
    "client_check",
    "consent_line",
    "consent_purposes",
    "declares_an_article",
    "gate_signal",
    "geo_block",
    "geo_notice",
    "ip_ban",
    "legal_block",
    "phone_check",
    "reading_room_only",
    "teaser_wall",
    "wall_line",
]

#: A page standing where a story was, saying the story moved to the outlet's paid archive (rot52): "This
#: article has been archived", "Archived article" (over "Subscribe to read our archives"). Read as a sign-in
#: or subscription wall's title only on a page that states no article's date (:func:`gate_signal`).
ARCHIVE_WALL_TITLES: tuple[str, ...] = (
    "this article has been archived", "this story has been archived", "this article is archived",
    "this story is archived", "archived article", "archived story", "article archived", "story archived",
)  # fmt: skip
#: Whole titles of sign-in pages and paywalls (compared after :func:`linkcheck.names.fold`).
SIGN_IN_TITLES: tuple[str, ...] = (
    "sign in", "log in", "login", "sign in to your account", "log in to your account", "sign in to continue",
    "log in to continue", "sign in to continue reading", "log in to continue reading", "subscriber login",
    "subscribe to continue reading", "subscribe to read", "subscribe to keep reading",
    "subscribe to continue", "subscribe to read more", "subscribe now to continue reading",
    "subscribers only", "for subscribers only", "this article is for subscribers",
    "this article is for subscribers only", "this content is for subscribers",
    "this story is for subscribers", "exclusive to subscribers", "premium content",
    "register to continue reading", "create a free account to continue reading",
    "you have reached your article limit", "you've reached your free article limit", "anmelden", "einloggen",
    "jetzt abonnieren", "weiterlesen mit abo", "connexion", "se connecter", "abonnez-vous", "iniciar sesión",
    "suscríbete", "accedi", "abbonati", "вход", "войти", "авторизация", "доступно по подписке",
    "материал доступен только подписчикам", "cet article est réservé aux abonnés",
    "article réservé aux abonnés", "réservé aux abonnés", "nur für abonnenten", "exclusivo para suscriptores",
    "exclusivo para assinantes", "riservato agli abbonati", "articolo riservato agli abbonati",
    "members only", "for members only", "this article is for members only", "this story is for members only",
    "this content is for members only", "members only content", "exclusive to members",
    "this article is for members", "this story is for members",
    # a shared document or folder the reader has no access to
    "you need access", "you need permission", "request access", "ask for access",
    "you need permission to access this item",
    # sign-in pages in Dutch, Polish, the Scandinavian languages, Finnish, Czech and Turkish
    "inloggen", "aanmelden", "log in om verder te lezen", "log in om dit artikel verder te lezen",
    "logowanie", "zaloguj się", "logga in", "log ind", "logg inn", "kirjaudu sisään", "přihlášení",
    "giriş yap", "üye girişi",
    # Russian sign-in prompts: "Sign in to continue (reading)", "Sign in to your account", "Sign-in to your
    # personal account"
    "войдите чтобы продолжить", "войдите чтобы продолжить чтение", "войдите чтобы читать дальше",
    "войдите в аккаунт", "войдите в свой аккаунт", "войдите в личный кабинет", "вход в личный кабинет",
    "вход в аккаунт", "вход на сайт", "войдите или зарегистрируйтесь",
    # "(this article is) for subscribers only" where :data:`_SUBJECT` is set aside
    "alleen voor abonnees", "exclusief voor abonnees", "tylko dla prenumeratorów", "nur für abonnenten",
    "exclusivo para suscriptores", "exclusivo para assinantes", "riservato agli abbonati",
    "réservé aux abonnés", "for subscribers only", "only for subscribers", "for members only",
    "доступен только подписчикам", "доступна только подписчикам", "доступно только подписчикам",
    "только для подписчиков",
    # ... in Czech and Slovak ("Tento článek je dostupný pouze pro předplatitele", "Len pre predplatiteľov")
    "pouze pro předplatitele", "jen pro předplatitele", "dostupný pouze pro předplatitele",
    "dostupný jen pro předplatitele", "exkluzivně pro předplatitele", "len pre predplatiteľov",
    "iba pre predplatiteľov", "dostupný len pre predplatiteľov", "dostupný iba pre predplatiteľov",
    # Ukrainian and Kazakh sign-in prompts (rot52): "Sign in to continue (reading)", "Sign in to your
    # account", "Sign-in" ("Увійдіть, щоб продовжити", "Жалғастыру үшін жүйеге кіріңіз", "Вхід", "Кіру")
    "увійдіть щоб продовжити", "увійдіть щоб продовжити читання", "увійдіть щоб читати далі",
    "увійдіть до облікового запису", "увійдіть у свій акаунт", "увійдіть в акаунт",
    "вхід до особистого кабінету", "вхід в особистий кабінет", "вхід на сайт", "увійдіть або зареєструйтеся",
    "вхід", "увійти",
    "жалғастыру үшін жүйеге кіріңіз", "жалғастыру үшін кіріңіз", "жүйеге кіріңіз", "жүйеге кіру",
    "жеке кабинетке кіру", "кіру", "кіру немесе тіркелу",
    # Romanian sign-in prompts (rot57): "Sign in to continue reading", "Sign in to read the article",
    # "Sign-in", "(available) only to subscribers / signed-in readers"
    "autentificare", "conectare", "autentifică-te", "conectează-te", "autentifică-te pentru a continua",
    "autentifică-te pentru a continua lectura", "autentifică-te pentru a citi articolul",
    "autentifică-te pentru a citi mai departe", "conectează-te pentru a continua lectura",
    "conectează-te pentru a citi articolul", "doar pentru abonați", "disponibil doar pentru abonați",
    # the story moved to the outlet's paid archive, as the page in its place heads it (rot52): "This article
    # has been archived" over an offer to subscribe to the archive; a gate only on a page that states no
    # article's date (:func:`gate_signal`), as a story may carry such a banner over its text
    *ARCHIVE_WALL_TITLES,
)  # fmt: skip
#: Whole titles of age checks ("Are you of legal drinking age?", "Age verification"): the page is behind a
#: declaration, as behind a sign-in (``auth``).
AGE_TITLES: tuple[str, ...] = (
    "age verification", "age check", "age gate", "verify your age", "please verify your age",
    "confirm your age", "please confirm your age", "altersverifikation", "altersprüfung", "altersabfrage",
    "vérification de l'âge", "verificación de edad", "verifica dell'età",
)  # fmt: skip
#: Whole titles of cookie-consent walls.
CONSENT_TITLES: tuple[str, ...] = (
    "before you continue", "before you continue to google", "we value your privacy", "your privacy choices",
    "cookie consent", "cookie settings", "consent", "privacy consent", "bevor sie fortfahren",
    "zustimmung erforderlich", "avant de continuer", "antes de continuar", "prima di continuare",
    "прежде чем продолжить",
    # a consent manager's heading in other languages: "We value your privacy", "We respect your privacy"
    "cenimy twoją prywatność", "szanujemy twoją prywatność", "dbamy o twoją prywatność", "twoja prywatność",
    "wir respektieren ihre privatsphäre", "ihre privatsphäre ist uns wichtig", "valoramos tu privacidad",
    "respetamos tu privacidad", "nous respectons votre vie privée", "wij respecteren uw privacy",
    # ... in Swedish, Danish, Norwegian, Finnish, Italian and Portuguese
    "vi värnar om din integritet", "din integritet är viktig för oss", "vi bryr oss om din integritet",
    "vi værner om dit privatliv", "dit privatliv er vigtigt for os", "vi passer på dit privatliv",
    "vi bryr oss om ditt personvern", "ditt personvern er viktig for oss",
    # Norwegian's other word order ("Vi bryr oss om personvernet ditt", the possessive after the noun),
    # Bokmål and Nynorsk, and Danish "Vi værdsætter dit privatliv"
    "vi bryr oss om personvernet ditt", "personvernet ditt er viktig for oss",
    "vi verdsetter personvernet ditt", "vi set pris på personvernet ditt",
    "vi setter pris på personvernet ditt", "vi bryr oss om personvernet", "vi værdsætter dit privatliv",
    "vi tar personvernet ditt på alvor", "arvostamme yksityisyyttäsi", "yksityisyytesi on meille tärkeää",
    "rispettiamo la tua privacy",
    "la tua privacy è importante per noi", "valorizamos a sua privacidade", "respeitamos a sua privacidade",
    "a sua privacidade é importante para nós",
    # "Your privacy is important to us" in English, Spanish, French, Dutch and German
    "your privacy is important to us", "your privacy matters to us", "we care about your privacy",
    "tu privacidad es importante para nosotros", "su privacidad es importante para nosotros",
    "tu privacidad nos importa", "su privacidad nos importa",
    "votre vie privée est importante pour nous", "votre vie privée nous importe",
    "uw privacy is belangrijk voor ons", "je privacy is belangrijk voor ons",
    "deine privatsphäre ist uns wichtig",
    # a German consent manager's "We need your consent"
    "wir brauchen ihre zustimmung", "wir benötigen ihre zustimmung", "wir brauchen deine zustimmung",
    "wir benötigen deine zustimmung",
    # ... and in Turkish: "We value / respect your privacy", "Your privacy is important to us", "Before you
    # continue"
    "gizliliğinize önem veriyoruz", "gizliliğinize saygı duyuyoruz", "gizliliğiniz bizim için önemli",
    "gizliliğiniz bizim için önemlidir", "devam etmeden önce",
    # ... and in Luxembourgish: "We respect your privacy", "Your privacy is important to us", "We value your
    # privacy", "Before you continue" (every one holds "privatsph", a gate word already)
    "mir respektéieren är privatsphär", "är privatsphär ass eis wichteg", "mir schätzen är privatsphär",
    "är privatsphär läit eis um häerz",
    # ... and in Breton: "We respect your privacy", "Your privacy is important to us", "We value your
    # privacy" (every one holds "puhez prevez", private life, a gate word below)
    "doujañ a reomp d'ho puhez prevez", "ho puhez prevez a zo pouezus evidomp",
    # ... and in Greek: "We value / respect your privacy", "Your privacy is important to us", "Before you
    # continue" (every one holds "idiotikotit" or "prin synech", folded, gate words below)
    "εκτιμούμε την ιδιωτικότητά σας", "σεβόμαστε την ιδιωτικότητά σας",
    "η ιδιωτικότητά σας είναι σημαντική για εμάς", "πριν συνεχίσετε",
    "prizañ a reomp ho puhez prevez", "ho puhez prevez a zo a-bouez evidomp",
    # ... and in Czech and Slovak (rot51): "We value your privacy", "Your privacy is important to us" (every
    # one holds "soukrom" or "súkrom", gate words below)
    "vážíme si vašeho soukromí", "vaše soukromí je pro nás důležité", "záleží nám na vašem soukromí",
    "vážime si vaše súkromie", "vaše súkromie je pre nás dôležité", "záleží nám na vašom súkromí",
    # ... and in Serbian (both scripts), Croatian and Bosnian (rot57): "We value / respect your privacy",
    # "Your privacy is important to us" (every one holds "privatnost", a gate word below)
    "ценимо вашу приватност", "поштујемо вашу приватност", "ваша приватност нам је важна",
    "cenimo vašu privatnost", "poštujemo vašu privatnost", "vaša privatnost nam je važna",
    "cijenimo vašu privatnost", "vaša privatnost nam je bitna",
)  # fmt: skip
#: Whole titles of an ad-blocker wall, a page a site shows instead of the story to a browser whose ads did
#: not load ("Отключите блокировщик рекламы", "Please disable your ad blocker", "Adblocker erkannt"):
#: linkcheck loads no ads, so it meets the wall a reader's ordinary browser does not. Among the client
#: checks (:data:`CLIENT_CHECK_TITLES`), so read only on a page that states no article's date: a story
#: under an ad-blocker notice has its own headline and date and is left alone.
AD_BLOCK_TITLES: tuple[str, ...] = (
    "ad blocker detected", "adblock detected", "adblocker detected", "ad block detected",
    "please disable your ad blocker", "please disable your adblocker", "disable your ad blocker",
    "please turn off your ad blocker", "turn off your ad blocker", "please whitelist our site",
    "it looks like you're using an ad blocker", "it looks like you are using an ad blocker",
    "looks like you're using an ad blocker", "we noticed you're using an ad blocker",
    "we've detected an ad blocker", "you are using an ad blocker", "you're using an ad blocker",
    "отключите блокировщик рекламы", "отключите блокировщик", "пожалуйста отключите блокировщик рекламы",
    "вы используете блокировщик рекламы", "похоже вы используете блокировщик рекламы",
    "обнаружен блокировщик рекламы", "adblocker erkannt", "werbeblocker erkannt",
    "bitte deaktivieren sie ihren adblocker", "bitte deaktiviere deinen adblocker",
)  # fmt: skip
_AD_BLOCK = frozenset(fold(t) for t in AD_BLOCK_TITLES)
#: Whole titles of a check the site runs on the reader's browser or network before it shows a page, which a
#: reader's browser passes and the checker does not (an unknown browser, a data centre's address): an
#: outdated-browser wall ("Ваш браузер устарел", "Your browser is not supported"), a VPN or proxy wall ("VPN
#: or proxy detected", "It looks like you are using a VPN or proxy", "Отключите VPN") and a captcha's
#: question ("Are you a robot?", "Вы не робот?", "Подтвердите, что запросы отправляли вы, а не робот"). Not
#: the page and not gone: ``bot_challenge``, read only on a page that states no article's date (a story
#: headlined "Your browser is out of date" has one).
CLIENT_CHECK_TITLES: tuple[str, ...] = (
    # outdated or unsupported browser, in English, Russian, German, French, Spanish and Italian
    "your browser is out of date", "your browser is outdated", "your browser is not supported",
    "your browser isn't supported", "unsupported browser", "browser not supported", "outdated browser",
    "please update your browser", "update your browser", "upgrade your browser",
    "please upgrade your browser", "ваш браузер устарел", "ваш браузер не поддерживается",
    "браузер не поддерживается", "браузер устарел", "обновите браузер", "обновите ваш браузер",
    "ihr browser ist veraltet", "ihr browser wird nicht unterstützt",
    "votre navigateur est obsolète", "votre navigateur n'est pas pris en charge",
    "tu navegador no es compatible", "navegador no compatible", "tu navegador está desactualizado",
    "il tuo browser non è supportato", "browser non supportato",
    # a VPN's or proxy's address refused
    "vpn or proxy detected", "vpn detected", "proxy detected", "vpn/proxy detected",
    "it looks like you are using a vpn or proxy", "it looks like you're using a vpn or proxy",
    "it looks like you are using a vpn", "it looks like you're using a vpn", "you are using a vpn",
    "you appear to be using a vpn", "you seem to be using a vpn or proxy", "please disable your vpn",
    "please turn off your vpn", "please disable your vpn or proxy", "please turn off your vpn or proxy",
    "обнаружен vpn", "вы используете vpn", "отключите vpn", "пожалуйста отключите vpn",
    # a captcha's question, as a page of its own
    "are you a robot", "are you human", "are you a human", "verify you are human",
    "verify that you are human", "please verify you are a human", "human verification", "i'm not a robot",
    "i am not a robot",
    "вы не робот", "вы робот", "я не робот", "подтвердите что вы не робот", "подтвердите что вы человек",
    "подтвердите что запросы отправляли вы а не робот", "проверка на робота",
    # an ad-blocker wall in place of the page (:data:`AD_BLOCK_TITLES`)
    *AD_BLOCK_TITLES,
)  # fmt: skip
#: An app-download interstitial's whole title (on folded text): "Read this story in the <Site> app", "Open
#: in app", "Get the app to keep reading", "This story is available in our app", "Читайте в приложении",
#: "Этот материал доступен только в приложении". A site shows it to a browser it takes for a phone's; a
#: reader's browser continues to the website, linkcheck's request did not. Read, as the client checks are,
#: only on a page that states no article's date (a story with an app banner states one).
_APP_PROMPT = lazy_re(
    r"(?:read|continue reading|keep reading|continue|open|view)"
    r"(?: (?:this|the|the full) (?:story|article|post|page))? (?:in|on) (?:the |our )?(?:[\w-]+ ){0,3}app"
    r"|(?:get|download|install) (?:the |our )?(?:[\w-]+ ){0,3}app to (?:read|continue|keep reading|see)"
    r"(?: reading)?(?: (?:this|the|the full) (?:story|article))?"
    r"|(?:this|the) (?:story|article|content|post) is (?:only )?available (?:only )?in (?:the |our )?"
    r"(?:[\w-]+ ){0,3}app"
    r"|(?:chitaite|chitat|prodolzhit|prodolzhite|otkroite|otkryt)(?: chtenie)?"
    r"(?: (?:etot material|etu novost|etu statyu))? v (?:nashem |mobilnom )?prilozhenii"
    r"|(?:etot |dannyi )?(?:material|statya|novost) dostup(?:en|na) (?:tolko )?v (?:nashem |mobilnom )?"
    r"prilozhenii"
)
#: A demand for the reader's phone number before the page (on folded text, whole): "Подтвердите номер
#: телефона, чтобы продолжить чтение", "Укажите номер телефона", "Verify your phone number to continue
#: reading". A site asks it of a visitor it suspects of being a robot (an SMS code follows); a reader with a
#: phone passes, the checker does not: a client check (``bot_challenge``), read, as the others are, only on a
#: page that states no article's date (a story headlined so states one).
_PHONE_CHECK = lazy_re(
    r"(?:podtverdite|ukazhite|vvedite|verify|confirm|enter)(?: (?:vash|svoi|your))?"
    r" (?:nomer (?:vashego |svoego )?(?:mobilnogo )?telefona|(?:mobile |cell )?phone(?: number)?)"
    r"(?: (?:chtoby|to) (?:prodolzhit|continue)(?: (?:chtenie|reading))?)?"
)
#: A Russian anti-DDoS service's check of the reader's browser, standing in the page's place while its
#: script runs (on folded text, whole): "Проверка браузера перед переходом на сайт", "Проверка вашего
#: браузера", "Проверяем ваш браузер", "Пожалуйста, подождите...", "Подождите, идёт проверка". A reader's
#: browser runs the script and is let through; linkcheck runs no script (added after the twelfth seed probe,
#: block1). The services' titles vary and name no service, so they are no exact mark of the hostile tables
#: (:data:`linkcheck.classify.CHALLENGE_MARKERS`): read, as the other client checks are, only on a page that
#: states no article's date, every title of it the check's. A bare "please wait" is one too: no story is
#: headlined so, and a page that only asks the reader to wait is not the story either way.
_BROWSER_CHECK = lazy_re(
    r"(?:(?:idet|vypolnyaetsya|avtomaticheskaya) )?proverka (?:vashego )?brauzera"
    r"(?: pered (?:perekhodom|vkhodom) na sait)?"
    r"|(?:my )?proveryaem (?:vash )?brauzer"
    r"|(?:pozhaluista )?podozhdite(?: pozhaluista)?"
    r"(?: (?:idet proverka|proverka|my proveryaem vash brauzer))?"
)
#: An anti-bot service's check titled only by its wait, while its script runs (on folded text, whole): "Один
#: момент…", "One moment, please…", "Just a moment…" in other words or languages than Cloudflare's exact
#: bytes (:data:`linkcheck.classify.CHALLENGE_MARKERS`), "Einen Moment bitte…", "Un instant…", "Un momento…",
#: "Chwileczkę…", "Хвилинку…", "Bir dakika lütfen…", "Egy pillanat…" (added after block1, seed13). As
#: :data:`_BROWSER_CHECK`, read only on a page that states no article's date, every title of it the wait: a
#: story headlined "Один момент: ..." names more, and a dated column headlined "Un momento" is a story.
#: The waits of a second ("One second, please…", "Eine Sekunde bitte…", "Un segundo…", "Une seconde…", "Un
#: secondo…", "Jedną sekundę…") and French's "s'il vous plaît" (``s’il`` and ``s'il`` fold to ``sil``) were
#: added after the seed14 probe; "second" alone is no gate word (:data:`_GATE_WORDS` holds it after "a",
#: "one", "une"...).
_WAIT_CHECK = lazy_re(
    r"(?:(?:just|only) )?(?:a|one) moment(?: please)?|(?:please )?wait a moment(?: please)?"
    r"|(?:(?:just|only|wait) )?(?:a|one) second(?: please)?|eine sekunde(?: bitte)?"
    r"|(?:solo |so )?u[nm] segundo(?: por favor)?|une seconde(?: s ?il vous plait| svp)?"
    r"|(?:solo )?un secondo(?: per favore)?|jedna sekunde(?: prosze)?|een seconde(?: geduld)?"
    r"|(?:odin|odnu) (?:moment|minutu|sekundu)(?: pozhaluista)?|minutochku|sekundochku"
    r"|(?:odnu )?khvilin(?:ku|u)(?: bud laska)?"
    r"|einen (?:moment|augenblick)(?: bitte)?|(?:moment|augenblick) bitte"
    r"|un (?:instant|moment)(?: s ?il vous plait| svp)?"
    r"|(?:solo |so )?un momento(?: por favor| per favore)?|(?:so )?um momento(?: por favor)?"
    r"|chwileczke|chwilke|jedna chwila(?: prosze)?"
    r"|(?:malou |mala )?chvil(?:ku|ka|ocku|ocka)(?: strpeni| prosim)?|moment prosim"
    r"|bir (?:dakika|saniye)(?: lutfen)?|egy pillanat(?: turelmet)?|een ogenblik(?: geduld)?"
)
_CLIENT_CHECK = frozenset(fold(t) for t in CLIENT_CHECK_TITLES)
_SIGN_IN = frozenset(fold(t) for t in SIGN_IN_TITLES)
_ARCHIVE_WALL = frozenset(fold(t) for t in ARCHIVE_WALL_TITLES)
_CONSENT = frozenset(fold(t) for t in CONSENT_TITLES)
_AGE = frozenset(fold(t) for t in AGE_TITLES)
#: An age check's question or demand (on folded text, whole): "Are you of legal drinking age?", "Are you 18
#: or older?", "You must be 18 or over to enter this site".
_AGE_PATTERN = lazy_re(
    r"(?:are you|you must be) (?:of legal (?:drinking |smoking |gambling )?age|(?:over |at least )?(?:18"
    r"|19|20|21)(?: years(?: of age| old)?)?(?: or (?:over|older))?)(?: to (?:enter|visit|view) (?:this"
    r" (?:site|website|page|content)))?"
    # in Russian (added after the seed11 probe): "Вам уже исполнилось 18 лет?", "Вам есть 18?",
    # "Подтвердите, что вам исполнилось 18 лет"
    r"|(?:podtverdite chto )?vam (?:uzhe )?(?:ispolnilos|est) (?:18|21)(?: let)?"
)
#: Path segments of sign-in and consent addresses (lower case, file extension dropped).
_SIGN_IN_SEGMENTS = frozenset(
    ("login", "log-in", "log_in", "signin", "sign-in", "sign_in", "logon", "sso", "anmelden", "connexion",
     "register", "registration", "signup", "sign-up", "sign_up", "subscribe", "subscription", "registrieren",
     "inscription", "subscriptions", "paywall", "abonnement", "abonnements", "abonnieren", "abo-shop",
     "aboshop", "suscripcion", "suscribete", "assinatura", "assine", "abbonamento", "abbonamenti", "abbonati",
     "podpiska", "wp-login", "authwall", "servicelogin", "inloggen", "aanmelden", "registreren",
     "abonneren", "logowanie", "zaloguj", "logga-in", "log-ind", "logg-inn", "kirjaudu", "prihlaseni",
     "giris-yap", "uye-girisi", "iniciar-sesion")
)  # fmt: skip
#: Sign-in and subscription prompts with many wordings (on folded text, whole): "Create a free account to
#: keep reading", "Register for free to continue reading", "You've read all your free stories this month".
_SIGN_IN_PATTERN = lazy_re(
    r"(?:create (?:a |your )?(?:free )?account|register(?: for free| now)?|sign up(?: for free| now)?)"
    r"(?: to (?:continue|keep) reading| to read (?:this|more|the full) ?(?:story|article)?)?"
    r"|(?:you ?ve|you have) (?:read|reached|used(?: up)?) (?:all )?(?:of )?your (?:\d+ )?(?:free )?"
    r"(?:articles?|stories|story|article limit|limit|free limit)(?: for)?(?: this month| this week| today)?"
)
#: An offerwall's prompt (on folded text, whole): "Choose how you'd like to keep reading", "Watch a short ad
#: to keep reading", "Посмотрите рекламу, чтобы продолжить чтение". The site lets a reader pay for the story
#: by watching an ad, answering a survey or subscribing: a paywall's kind (``auth``), which a reader's
#: browser passes and linkcheck's request does not.
_OFFERWALL = lazy_re(
    r"choose how (?:you ?d like|you would like|you want) to (?:keep|continue) reading"
    r"(?: (?:this|the) (?:article|story))?"
    r"|(?:watch|view) (?:a |an )?(?:short )?(?:ad|advert|advertisement|video ad|video) to (?:keep|continue)"
    r" reading(?: (?:this|the) (?:article|story))?"
    r"|(?:posmotrite|prosmotrite) (?:korotkuyu )?reklamu chtoby (?:prodolzhit chtenie|chitat dalshe"
    r"|prochitat (?:etot material|etu statyu|statyu))"
)
#: A Japanese regional block (folded): "[this content] cannot be used or viewed from your country or
#: region".
_GEO_JA = (
    r"|(?:申し訳こさいません )?(?:この(?:サーヒス|コンテンツ|ヘーシ|記事|動画|番組)は)?"
    r"(?:お住まいの|こ利用の|あなたの|現在の)?(?:国|地域|国 地域|国や地域)(?:から|て)は?"
    r"(?:こ利用|こ覧|視聴|閲覧)(?:いたたけません|になれません|てきません)"
)
#: Korean and Chinese regional blocks (folded: Hangul and Han as written, punctuation a space): "해당
#: 국가에서는 서비스를 이용할 수 없습니다", "이 콘텐츠는 현재 접속하신 국가에서 이용하실 수
#: 없습니다" (not available in the country you are in), "抱歉，该内容在您所在的国家或地区不可用",
#: "您所在的地區無法觀看此影片".
_ZH_THING = r"(?:内容|內容|视频|視頻|影片|页面|頁面|节目|節目|服务|服務|文章)"
_GEO_KO_ZH = (
    # Hangul as fold leaves it: decomposed into its letters (NFKD), so the pattern is decomposed alike
    unicodedata.normalize(
        "NFKD",
        r"|(?:죄송합니다 )?(?:(?:이|해당|본) ?(?:콘텐츠|서비스|페이지|기사|영상|동영상|사이트)"
        r"(?:는|은) )?(?:현재 )?(?:해당 |귀하의 |고객님의 |(?:현재 )?접속하신 |회원님의 )?"
        r"(?:국가|지역|국가 또는 지역|국가 지역)에서(?:는)? "
        r"(?:(?:서비스|콘텐츠|이 콘텐츠|페이지|영상)를 )?(?:이용|시청|접속|사용|재생)(?:하실|할) 수 없습니다",
    )
    + r"|(?:(?:很)?抱歉 |对不起 |對不起 )?(?:(?:该|此|这个|本|該|這個)?"
    + _ZH_THING
    + r" ?在)?(?:您|你)(?:当前)?所在的?(?:国家或地区|國家或地區|国家 地区|國家 地區|地区|地區|国家|國家) ?"
    r"(?:暂时?|暫時?)?(?:不可用|无法(?:访问|观看|播放|使用)|無法(?:訪問|存取|觀看|播放|使用)"
    r"|不提供(?:此)?服务|不提供(?:此)?服務)(?:(?:此|这个|這個|该|該)?" + _ZH_THING + r")?"
)
#: An Italian regional block (folded): "Contenuto non disponibile nel tuo Paese", "[questo contenuto] non è
#: accessibile dalla tua area geografica".
_GEO_IT = (
    r"|(?:(?:questo|questa) )?(?:(?:contenuto|articolo|video|pagina|servizio|sito) )?non (?:e )?(?:piu )?"
    r"(?:disponibile|accessibile) (?:(?:nel|dal) (?:tuo|suo) paese"
    r"|(?:nella|dalla) (?:tua|sua) (?:area geografica|regione|zona|posizione))"
)
#: Dutch, Polish and Swedish regional blocks (folded): "Deze inhoud is niet beschikbaar in jouw land", "Ta
#: treść nie jest dostępna w Twoim kraju", "Innehållet är inte tillgängligt i ditt land".
_GEO_NL_PL_SV = (
    r"|(?:(?:deze|dit|de|het) )?(?:(?:inhoud|artikel|video|pagina|content|website|dienst) )?(?:is )?"
    r"(?:helaas )?niet (?:beschikbaar|toegankelijk) (?:in|vanuit) (?:jouw|uw|je) (?:land|regio)"
    r"|(?:(?:ta|ten|to) )?(?:(?:tresc|artykul|strona|material|wideo|serwis) )?(?:nie jest dostepn[ya]"
    r"|jest niedostepn[ya]) (?:w|z) (?:twoim|twojej|panstwa) (?:kraju|regionie|lokalizacji)"
    r"|(?:(?:innehallet|artikeln|sidan|videon|tjansten) )?(?:ar )?inte (?:tillganglig|tillgangligt)"
    r" (?:i|fran) (?:ditt|ert) (?:land|region|omrade)"
)
#: A Greek regional block (folded, rot58): "Αυτό το περιεχόμενο δεν είναι διαθέσιμο στην περιοχή σας" (this
#: content is not available in your region), "Το βίντεο δεν είναι διαθέσιμο στη χώρα σας" (... country).
_GEO_EL = (
    r"|(?:(?:ayto|afto|to) )?(?:to )?(?:(?:periechomeno|arthro|vinteo|video|keimeno|selida) )?"
    r"(?:(?:ayto|afto) )?"
    r"(?:den einai|einai mi) (?:pia )?diathesim[oi] (?:stin periochi sas|sti(?:n)? chora sas)"
)
#: The same inside a line (searched anywhere: no optional words before the verb).
_GEO_EL_LINE = r"|(?:den einai|einai mi) (?:pia )?diathesim[oi] (?:stin periochi sas|sti(?:n)? chora sas)"
#: A Hungarian regional block (folded, rot60): "Ez a tartalom az Ön régiójában nem érhető el" (this content
#: is not available in your region), "A videó nem érhető el az Ön országában" (... in your country), "Sajnos
#: ez a cikk az Ön országában jelenleg nem elérhető". Inside a line (:data:`_GEO_HU_LINE`) without the words
#: before.
_GEO_HU_LINE = (
    r"|(?:az on |a te |a )?(?:regiojaban|orszagaban|tersegeben) (?:jelenleg )?nem (?:erheto el|elerheto"
    r"|megtekintheto|hozzaferheto)"
    r"|nem (?:erheto el|elerheto|megtekintheto|hozzaferheto) (?:az on |a te |a )?(?:regiojaban|orszagaban"
    r"|tersegeben)"
)
_GEO_HU = (
    r"|(?:sajnos )?(?:(?:ez a|a) )?(?:(?:tartalom|cikk|video|oldal|szolgaltatas|musor) )?(?:jelenleg )?(?:"
    + _GEO_HU_LINE[1:]
    + r")"
)
#: A Turkish regional block (folded, rot53): "Bu içerik bölgenizde kullanılamıyor", "Bu video ülkenizde
#: izlenemiyor", "Bu içerik bulunduğunuz ülkede/bölgede kullanılamaz / mevcut değil" (this content is not
#: available in your region / country). A provider's "Erişim engellendi" is :data:`_GEO_TITLE`'s own.
_GEO_TR = (
    r"|(?:(?:uzgunuz|maalesef) )?(?:bu )?(?:(?:icerik|video|sayfa|haber|yayin|hizmet|site) )?(?:su anda )?"
    r"(?:bolgenizde|ulkenizde|bulundugunuz (?:bolgede|ulkede|konumda))"
    r" (?:kullanilamiyor|kullanilamaz|mevcut degil|erisilebilir degil|erisime acik degil|goruntulenemiyor"
    r"|goruntulenemez|izlenemiyor|izlenemez|yayinlanmiyor|sunulmuyor)"
)
#: An Arabic regional block (folded: "ى" is "ي", "ة" is "ه", the tanwin dropped; rot55): "هذا المحتوى غير
#: متاح في منطقتك" (this content is not available in your region), "هذه الصفحة غير متوفرة في بلدك" (this page
#: is not available in your country), "عذرًا، هذا الفيديو غير متاح حاليًا في دولتك".
_GEO_AR = (
    r"|(?:عذرا )?(?:(?:هذا|هذه) )?(?:(?:المحتوي|الصفحه|المقال|الفيديو|الخدمه|الموقع|المادة|الماده) )?"
    r"(?:غير (?:متاح|متاحه|متوفر|متوفره)|لا يتوفر|لا تتوفر|ليس متاحا) (?:حاليا )?(?:في|من) "
    r"(?:منطقتك|بلدك|دولتك|منطقتكم|بلدكم|دولتكم|موقعك الجغرافي)"
)
#: A national filter's block page in Persian (folded: "ی" is "ي", "ک" is "ك", a zero-width non-joiner a
#: space): "دسترسی به این وب‌سایت امکان‌پذیر نیست", "دسترسی به این پایگاه اینترنتی مسدود شده است" (access
#: to this website is not possible / has been blocked). The whole-title form may end either way; inside a
#: line (:data:`_GEO_PATTERN`) only "blocked" (مسدود) says it is a block, not an outage.
_FA_SITE = r"دسترسي به (?:اين )?(?:تارنما|وب ?سايت|سايت|پايگاه(?: اينترنتي)?|صفحه)(?: [^ ]+){0,2}"
_GEO_FA_TITLE = r"|(?:كاربر گرامي )?" + _FA_SITE + r" (?:امكان پذير نيست|ممكن نيست|مسدود (?:شده )?است)"
_GEO_FA_LINE = r"|" + _FA_SITE + r" مسدود (?:شده )?(?:است|ميباشد|مي باشد)"
#: A title that *is* a regional block (on folded text, whole): "This content is not available in your
#: region", "Video unavailable in your country"; in German, French, Spanish, Portuguese and Russian. A
#: headline about something unavailable somewhere ("Why the new phone is not available in your country")
#: is not one. The block may say the thing is no longer shown there ("This article is no longer available in
#: your region", "Este artículo ya no está disponible en tu región", "n'est plus disponible", "nicht mehr
#: verfügbar", "já não está disponível", "non è più disponibile", "больше недоступен").
_GEO_TITLE = lazy_re(
    r"(?:(?:sorry|unfortunately) )?(?:(?:this|the|our) )?(?:(?:content|page|video|article|story|website|site"
    r"|service) )?(?:(?:is )?(?:currently )?(?:not available|unavailable|not accessible|no longer available"
    r"|no longer accessible)|isnt (?:currently |any longer )?(?:available|accessible)) (?:(?:in|from) (?:your"
    r" (?:region|country|location|area|territory)"
    r"|(?:most )?european countries|the (?:eu|eea|european union))|where you are(?: located)?)"
    r"|(?:(?:dieser|der|das) )?(?:(?:inhalt|artikel|beitrag|video) )?(?:ist )?in (?:ihrem|deinem) land nicht"
    r" (?:mehr )?(?:verfugbar|abrufbar)"
    r"|(?:(?:ce|cet|cette) )?(?:(?:contenu|article|video|page) )?n ?est (?:pas|plus)"
    r" (?:disponible|accessible) (?:dans|depuis) votre (?:pays|region)"
    r"|(?:(?:este|esta) )?(?:(?:contenido|articulo|video|pagina) )?(?:ya )?no (?:esta )?disponible en"
    r" (?:tu|su) (?:pais|region)"
    r"|(?:(?:este|esta) )?(?:(?:conteudo|artigo|video|pagina) )?(?:ja )?nao (?:esta )?(?:mais )?disponivel"
    r" (?:no seu pais|na sua regiao)"
    r"|(?:(?:etot|eta|eto) )?(?:(?:kontent|material|stranitsa|video|sait) )?(?:bolshe )?nedostup\w* (?:v|iz)"
    r" vashe\w* (?:regione|strane)"
    # an internet provider's block page, by a regulator's order (Russian, Turkish): "Доступ к ресурсу
    # ограничен", "Bu siteye erişim engellenmiştir"
    r"|dostup(?: k (?:informatsionnomu |zaprashivaemomu )?(?:resursu|saitu|stranitse))?"
    r" (?:ogranichen|zablokirovan)"
    # ... or the thing blocked as the subject: "Ресурс заблокирован", "Запрашиваемая страница заблокирована"
    r"|(?:(?:etot|dannyi|zaprashivaemyi|zaprashivaemaya) )?(?:internet )?(?:resurs|sait|stranitsa)"
    r" (?:zablokirovan|zablokirovana|ogranichen)"
    r"|(?:bu (?:siteye|internet sitesine|sayfaya) )?erisim (?:engellenmistir|engellendi)"
    # ... in Ukrainian, as providers there show a sanctions register's block: "Доступ обмежено", "Доступ до
    # ресурсу обмежено", "Ресурс заблоковано"
    r"|dostup(?: do (?:zapytuvanoho )?(?:resursu|saitu|storinky))? (?:obmezheno|zablokovano)"
    r"|(?:(?:tsei|danyi|zapytuvanyi) )?(?:resurs|sait|storinka) (?:zablokovano|obmezheno)"
    # ... in English, as a national regulator's register has internet providers' proxies show it: "Access
    # Restricted", "Access to this website has been blocked", "This website is blocked"; and as a network's
    # web filter titles its page, "Web Page Blocked" (no headline says that of a page: "Website blocked" may
    # be one)
    r"|access (?:to (?:this|the requested) (?:website|site|resource|web ?page|page|url) )?(?:is |has been )?"
    r"(?:restricted|blocked)"
    # ... in Latvian, Lithuanian and Estonian, as providers there show their regulators' blocks of Russian
    # outlets (added after the seed11 probe): "Piekļuve ierobežota", "Prieiga apribota", "Juurdepääs
    # piiratud", or access to this website so
    r"|piekluve(?: (?:sai|sim) (?:timekla vietnei|timekla vietnem|vietnei|resursam))? (?:ir )?"
    r"(?:ierobezota|liegta|bloketa)"
    r"|prieiga(?: prie (?:sios|sio) (?:interneto svetaines|svetaines|tinklalapio|puslapio))? (?:yra )?"
    r"(?:apribota|uzblokuota|blokuota)"
    r"|juurdepaas(?: (?:sellele|antud) (?:veebilehele|veebisaidile|lehele))? (?:on )?"
    r"(?:piiratud|blokeeritud|keelatud)"
    r"|(?:(?:this|the requested) (?:website|site|resource|web ?page|page|url)|web ?page) (?:is |has been )?"
    r"blocked"
    # ... in German, as providers there title their block of a sanctioned outlet (added after the seed9
    # probe): "Zugriff gesperrt", "Der Zugriff auf diese Website wurde gesperrt", "Diese Seite ist
    # gesperrt" (what "Access blocked" and "This website is blocked" say above)
    r"|(?:der )?(?:zugriff|zugang)(?: (?:auf|zu) (?:diese[rm]?|die angeforderte|der angeforderten)"
    r" (?:website|webseite|internetseite|seite|domain))? (?:ist |wurde )?(?:gesperrt|blockiert)"
    r"|(?:diese|die angeforderte) (?:website|webseite|internetseite|seite|domain) (?:ist |wurde )?"
    r"(?:gesperrt|blockiert)"
    # ... in the languages of other countries whose providers block sites at a regulator's, a security
    # service's or a government's order, as their notices title it (added after the twelfth seed probe,
    # block1): the page or access to it, blocked or restricted, and nothing more. A headline about a block
    # names what was blocked, where or by whom ("Strona rosyjskiej agencji zablokowana w Polsce"), so these
    # are whole titles only. Polish: "Strona zablokowana", "Dostęp do tej strony został zablokowany"
    r"|(?:ta )?(?:strona|witryna)(?: internetowa)?(?: (?:jest|zostala))? zablokowana"
    r"|dostep(?: do (?:tej |tego )?(?:strony(?: internetowej)?|witryny|serwisu|zasobu))?(?: (?:jest|zostal))?"
    r" (?:zablokowany|ograniczony)"
    # ... Czech and Slovak: "Stránka zablokována", "Stránka je zablokovaná", "Přístup k této stránce byl
    # zablokován", "Prístup k tejto webovej stránke bol obmedzený"
    r"|(?:(?:tato|pozadovana) )?(?:(?:webova|internetova) )?(?:stranka|webstranka)(?: (?:je|byla|bola))?"
    r" zablokovana"
    r"|pristup(?: (?:k|ke|na) (?:(?:teto|tejto|tomuto|tomto|pozadovane|pozadovanej) )?"
    r"(?:(?:webove|internetove|webovej|internetovej) )?(?:strance|stranke|webu|webovemu sidlu))?"
    r"(?: (?:je|byl|bol))? (?:zablokovany?|omezen|obmedzeny)"
    # ... Serbian (either script, folded alike), Croatian and Bosnian: "Pristup sajtu je blokiran", "Ovaj sajt
    # je blokiran"
    r"|pristup(?: (?:ovom |ovoj )?(?:sajtu|veb sajtu|web stranici|stranici|internet stranici))?(?: je)?"
    r" (?:blokiran|ogranicen|zabranjen)"
    r"|(?:ovaj |ova )?(?:sajt|veb sajt|stranica|web stranica|internet stranica) je (?:blokiran|blokirana)"
    # ... Romanian (Romania's and Moldova's providers): "Acces restricționat", "Accesul la acest site a fost
    # blocat", "Această pagină a fost blocată"
    r"|acces(?:ul)?(?: (?:la|catre) (?:(?:acest|aceasta) )?(?:site(?: web)?|pagina(?: web)?|resursa|adresa)"
    r"(?: web)?)?(?: (?:a fost|este))? (?:restrictionat|blocat|interzis)"
    r"|(?:acest |aceasta )?(?:site(?: web)?|pagina(?: web)?|resursa)(?: (?:a fost|este))? (?:blocat|blocata"
    r"|restrictionat|restrictionata)"
    # ... Bulgarian ("ъ" folds to nothing: "Достъпът" is "dostpt"): "Достъпът до сайта е блокиран", "Сайтът
    # е блокиран"
    r"|dostpt?(?: do (?:(?:tozi|tazi) )?(?:saita|sait|uebsaita|uebsait|stranitsata|stranitsa|resursa))?"
    r"(?: e)? (?:blokiran|ogranichen)"
    r"|(?:tozi |tazi )?(?:saitt|sait|uebsaitt|uebsait|stranitsata|stranitsa|resursa?) e"
    r" (?:blokiran|blokirana)"
    # ... Hungarian: "A weboldal elérése korlátozott", "Az oldal le van tiltva"
    r"|(?:az? )?(?:weboldal|honlap|oldal|webhely)(?: elerese)? (?:korlatozott|korlatozva|letiltva|blokkolva"
    r"|le van tiltva|tiltott)"
    # ... Italian (AGCOM's and the courts' orders: "Sito inibito", "L'accesso a questo sito è stato inibito";
    # "L'" folds to "l" joined to the word), French ("L'accès à ce site a été bloqué") and Spanish ("El
    # acceso a este sitio web ha sido bloqueado"; added after block1, seed13). Not "accesso negato", "accès
    # refusé": a server's own refusal
    r"|(?:l ?)?accesso(?: (?:a|al) (?:questo |quest )?(?:sito(?: web| internet)?|pagina(?: web)?|risorsa"
    r"|indirizzo))?(?: (?:e|e stato|e stata))? (?:inibito|oscurato|bloccato)"
    r"|(?:questo |il )?sito(?: web| internet)?(?: (?:e|e stato))? (?:inibito|oscurato|bloccato)"
    r"|(?:l ?)?acces(?: (?:a|au) (?:ce |cet )?(?:site(?: internet| web)?|page|service|contenu))?"
    r"(?: (?:a ete|est))? (?:bloque|restreint)"
    r"|(?:ce )?site(?: internet| web)? (?:est |a ete )?bloque"
    r"|(?:el )?acceso(?: (?:a|al) (?:este |esta )?(?:sitio(?: web)?|pagina(?: web)?|recurso|contenido))?"
    r"(?: (?:ha sido|esta|fue))? (?:bloqueado|restringido)"
    r"|(?:este )?sitio(?: web)? (?:ha sido |esta )?bloqueado"
    # ... Belarusian (Belarus's Ministry of Information): "Доступ да рэсурсу абмежаваны"
    r"|dostup(?: da (?:infarmatsyinaga )?(?:resursu|saita|staronki))? (?:abmezhavany|zablakiravany)"
    # ... Kazakh (Kazakhstan's providers, beside the Russian above): "Ресурсқа кіру шектелген", "Бұл
    # интернет-ресурсқа кіру шектелген"
    r"|(?:bul )?(?:internet )?(?:resursqa|saitqa|betke) kiru (?:shektelgen|bugattalgan)"
    # Japanese, folded (voiced marks dropped: "ご" is "こ", "だ" is "た"):
    # "お住まいの地域からはご利用いただけません", "この動画はお住まいの国ではご覧いただけません",
    # "このサービスは現在、日本国内からのみご利用いただけます"
    + _GEO_JA
    + _GEO_KO_ZH
    + r"|(?:申し訳こさいません )?(?:この(?:サーヒス|コンテンツ|ヘーシ|記事|動画|番組)は)?(?:現在 ?)?"
    r"日本国内(?:から|て)のみ(?:こ利用|こ覧|視聴|閲覧)(?:いたたけます|てきます|可能てす)"
    + _GEO_IT
    + _GEO_NL_PL_SV
    + _GEO_TR
    + _GEO_EL
    + _GEO_HU
    + _GEO_AR
    + _GEO_FA_TITLE
)
#: The same message inside a line of text (on folded text, anywhere): read only on a page with no headline
#: of its own ("Unfortunately, our website is currently unavailable in most European countries. ...").
_GEO_PATTERN = lazy_re(
    r"(?:(?:not|isnt|no longer) (?:available|accessible)|unavailable) (?:(?:in|from) (?:your (?:region"
    r"|country|location|area|territory)|(?:most )?european countries|the (?:eu|eea|european union))"
    r"|where you are)"
    r"|in (?:ihrem|deinem) land nicht (?:mehr )?(?:verfugbar|abrufbar)"
    r"|n ?est (?:pas|plus) (?:disponible|accessible) (?:dans|depuis) votre (?:pays|region)"
    r"|no (?:esta )?disponible en (?:tu|su) (?:pais|region)"
    r"|nao (?:esta )?(?:mais )?disponivel (?:no seu pais|na sua regiao)"
    r"|nedostup\w* (?:v|iz) vashe\w* (?:regione|strane)"
    + _GEO_JA
    + _GEO_KO_ZH
    + _GEO_IT
    + _GEO_NL_PL_SV
    + _GEO_TR
    + _GEO_EL_LINE
    + _GEO_HU_LINE
    + _GEO_AR
    + _GEO_FA_LINE
)
#: A web archive's notice that a capture may be read only on a library's premises (on folded text, whole):
#: "This archived page is available in our reading rooms only", "This page can only be viewed in the reading
#: rooms of a legal deposit library", "Available only on the premises of a legal deposit library". Collected
#: under legal deposit, a national library's copy is there, but the law keeps it off the open web: a wall in
#: front of the copy (``legal``), not proof that it is gone.
_READING_ROOM = lazy_re(
    r"(?:(?:this|the) )?(?:archived )?(?:page|website|site|resource|item|content|document|capture|copy)?"
    r"(?: you (?:have )?requested)? ?(?:is|can|may) (?:only )?(?:be )?(?:available|viewed|accessed|consulted)"
    r" (?:only )?(?:in|on|at) (?:our|the|a) (?:library s )?(?:reading rooms?|premises)"
    r"(?: of (?:an? |the )?(?:legal deposit )?librar(?:y|ies))?(?: only)?"
    r"|(?:available|viewable) only (?:in|on|at) (?:the )?(?:reading rooms?|premises)"
    r"(?: of (?:an? |the )?(?:legal deposit )?librar(?:y|ies))?"
)
#: A consent wall's heading standing alone as a line of a page with no headline of its own (on folded text,
#: whole): "Vos choix concernant l'utilisation de cookies", "We use cookies", "<Site> gebruikt cookies".
#: Read only on a small page with no headline and no date (:func:`linkcheck.pagebody.headless_signal`):
#: a cookie banner over an article sits beside the article's headline.
_CONSENT_LINE = lazy_re(
    # Not a question (folded): "How websites use cookies", "Как сайты используют файлы cookie", "Why every
    # site uses cookies" head explainers, never a consent dialog, which states what the site does. Since the
    # seed5 probe a whole title that is such a line makes an undated page a consent wall.
    r"(?!(?:how|why|what|when|comment|pourquoi|warum|wie|waarom|hoe|como|por que|porque"
    r"|perche|come|kak|zachem|pochemu|chto|kogda|skolko|kto|giati|pos) )"
    r"(?:vos choix concernant (?:l ?utilisation (?:de|des) )?(?:cookies|traceurs)"
    r"|(?:vos choix en matiere de|gestion des|parametres des) cookies"
    r"|(?:\w+ ){0,6}(?:uses?|utilise|utilisent|utilisons|verwendet|verwenden|nutzt|nutzen|gebruikt"
    r"|gebruiken|usa|usan|usamos|utiliza|utilizan|utilizamos|utilizza|utilizzano|utilizziamo"
    # Greek, folded: "Χρησιμοποιούμε cookies", "Ο ιστότοπος χρησιμοποιεί cookies"
    r"|chrisimopoioyme|chrisimopoiei)"
    r" (?:(?:des |los |die |de )?cookies|i cookie)(?: (?:and|et|und|en|y|e) (?:similar technologies|traceurs"
    r"|similar tools|ahnliche technologien|vergelijkbare technieken))?"
    # Russian, folded: "Мы используем файлы cookie", "Сайт использует cookie-файлы", "... куки" (added after
    # the seed5 probe: a Russian outlet's consent wall in place of the story)
    r"|(?:\w+ ){0,6}(?:ispolzuem|ispolzuet|ispolzuyut) (?:faily )?(?:cookie|kuki)(?: faily)?)"
)


#: The purposes' statement the IAB's Transparency and Consent Framework has every consent platform open its
#: dialog with (on folded text, from the line's start): "We and our 842 partners store and/or access
#: information on a device, such as cookies, ...", in English, German, French, Spanish, Italian, Dutch,
#: Russian ("Мы и наши партнёры храним ...", folded), Turkish ("Biz ve 96 iş ortağımız ... depoluyor"),
#: the Scandinavian languages ("Vi og våre 142 partnere lagrer ...", "Vi og vores partnere opbevarer ...",
#: "Vi och våra partner lagrar ..."), Luxembourgish ("Mir an eis 156 Partner späicheren ..."), Breton
#: ("Ni hag hor 143 keveler a enroll ...", "... kevelerien a enroll ...", the verb after its particle "a")
#: and Greek ("Εμείς και οι 842 συνεργάτες μας αποθηκεύουμε ...", folded).
#: A line that opens so is the dialog's, whatever its heading; an article quoting it is no headless page.
_CONSENT_PURPOSES = lazy_re(
    r"(?:we and our|wir und unsere|nous et nos|nosotros y nuestros|noi e i nostri|wij en onze|my i nashi"
    r"|biz ve|vi og vare|vi og vores|vi och vara|mir an eis|ni hag hor|emeis kai oi)"
    r" (?:\d+ )?(?:partners?|vendors|partenaires|socios|partner|anbieter|partnery"
    r"|is ortagimiz|is ortaklarimiz|partnere|partnerar|keveler(?:ien)?|synergates)\b"
    r"(?: \w+){0,12}? (?:store|speichern|stockons|almacenamos|archiviamo|slaan|khranim|depoluyor(?:uz)?"
    r"|lagrer|lagrar|opbevarer|spaicheren|enroll|apothikeyoyme)\b"
)


def consent_purposes(text: str) -> bool:
    """Whether ``text`` (a line of a page with no headline, folded) opens with a consent platform's statement
    of its purposes (:data:`_CONSENT_PURPOSES`): the page is the platform's dialog."""
    return _CONSENT_PURPOSES.match(text) is not None


def consent_line(text: str) -> bool:
    """Whether ``text`` (a line of a page with no headline, folded) is a consent wall's heading: a consent
    prompt's title (:data:`CONSENT_TITLES`), or "<we / the site> use(s) cookies" in a few languages."""
    return text in _CONSENT or (
        ("cookie" in text or "kuki" in text) and _CONSENT_LINE.fullmatch(text) is not None
    )


_CONSENT_SEGMENTS = frozenset(
    ("consent", "cookie-consent", "cookieconsent", "privacy-gate", "gdpr-consent", "cookie-wall",
     "cookiewall", "zustimmung", "einwilligung", "consentement", "consentimiento")
)  # fmt: skip


#: Path segments of a captcha's address (lower case, file extension dropped), where a site sends a request it
#: takes for a robot's, with the page's address to return to (``/showcaptcha?...&retpath=...``,
#: ``/checkcaptcha?...``); ``captcha`` counts only as the path's first segment (``/captcha?return=...``), not
#: deeper (``/tag/captcha/``: a listing).
_CAPTCHA_SEGMENTS = frozenset(("showcaptcha", "checkcaptcha", "showcaptchafast"))


@lru_cache(maxsize=PAGE_KEYS)
def address_gate(url: str) -> Cause | None:
    """``auth`` for a sign-in, registration or subscription address, ``consent`` for a consent one (a
    ``consent.`` host or path segment), ``bot_challenge`` for a captcha's (:data:`_CAPTCHA_SEGMENTS`), by
    the URL alone; ``None`` for any other."""
    try:
        host, path, _ = url_parts(url)
    except ValueError:
        return None
    if host.lower().startswith("consent."):
        return Cause.CONSENT
    for n, segment in enumerate(path.lower().split("/")):
        stem = segment.rsplit(".", 1)[0] if "." in segment else segment
        if stem in _SIGN_IN_SEGMENTS:
            return Cause.AUTH
        if stem in _CONSENT_SEGMENTS:
            return Cause.CONSENT
        if stem in _CAPTCHA_SEGMENTS or (n == 1 and stem == "captcha"):
            return Cause.BOT_CHALLENGE
    return None


def _title_kind(title: str, names: Sequence[str], hosts: Sequence[str]) -> Cause | bool | None:
    """``Cause.AUTH``/``Cause.CONSENT`` for a gate's title, ``True`` for the site's name alone, ``None``
    for anything else (a headline)."""
    rest = [p for p in title_pieces(title) if not is_site_segment(p, names, hosts)]
    if not rest:
        return True
    kind = _text_gate(fold(" ".join(rest)))
    if kind is None and len(rest) > 1:
        # "Google Drive: You need access", "Sign in – Acme Accounts": one piece a gate's title, the others
        # a product's or site's short name the page does not otherwise declare
        each = [(p, _text_gate(fold(p))) for p in rest]
        gates = [g for _, g in each if g is not None]
        if len(gates) == 1 and all(_is_brand(p) for p, g in each if g is None):
            return gates[0]
    return kind


#: What a paywall's title says its wall is about, before the wall itself (on folded text): "This article is
#: ...", "Questo articolo è ...", "Cet article est ...", "Dit artikel is ...": set aside, what is left
#: ("riservato agli abbonati", "alleen voor abonnees") is looked up in :data:`SIGN_IN_TITLES`.
_SUBJECT = lazy_re(
    r"(?:this|the) (?:article|story|content|post|page) is "
    r"|(?:questo|il) (?:articolo|contenuto) e "
    r"|(?:cet|ce|l) ?(?:article|contenu) est "
    r"|(?:este|el) (?:articulo|contenido) es "
    r"|(?:este|o) (?:artigo|conteudo) e "
    r"|(?:dieser|der) (?:artikel|inhalt|beitrag) ist "
    r"|(?:dit|het) (?:artikel|bericht) is "
    r"|(?:ten|ta) (?:artykul|tekst|material) jest "
    r"|(?:tento|tenhle) (?:clanek|obsah|text|material|clanok) (?:je )?"
    # Russian has no "is": "Этот материал доступен только подписчикам", "Данная статья только для ..."
    r"|(?:etot|eta|eto|dannyi|dannaya|dannoe) (?:material|tekst|kontent|statya|publikatsiya|stranitsa) "
)


def wall_line(text: str) -> Cause | None:
    """The wall a line of a page with no headline of its own says it is (``text`` folded, whole): ``auth``
    for a statement that the article is for subscribers ("Tento článek je dostupný pouze pro předplatitele",
    "This article is for subscribers only": :data:`_SUBJECT` then a :data:`SIGN_IN_TITLES` phrase), not a
    bare "Log in", which a page's header may show over anything; ``consent`` for a consent manager's
    heading (:data:`CONSENT_TITLES`: "A sua privacidade é importante para nós"); ``None`` otherwise. Asked of
    a headless page's lines (:func:`linkcheck.pagebody.headless_signal`), whose ``<title>`` may be a name
    the page does not declare as its site's."""
    if not _has_gate_word(text + "\0"):
        return None  # most lines: no gate word
    subject = _SUBJECT.match(text)
    if subject is not None and text[subject.end() :] in _SIGN_IN:
        return Cause.AUTH
    return Cause.CONSENT if text in _CONSENT else None


#: A wall's line that ends a story's teaser (folded, the line's first sentence, whole), by the wall's kind
#: (wall1): the rest of the text is for subscribers ("This article is only available to subscribers",
#: "Материал доступен только подписчикам", "Weiterlesen mit Anzeiger+", "Cet article est réservé aux
#: abonnés", "Este contenido es exclusivo para suscriptores", "Resten af artiklen er kun for abonnenter",
#: "この記事は有料会員限定です"), for readers who register ("Register for free to continue reading"), or
#: the reader's free articles are used up ("You've read all your free articles this month"). Each states that
#: the text is withheld: a bare "Subscribe" or "Sign in" button, or a newsletter's "Subscribe to our
#: newsletter", is none.
_TEASER_WALLS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("paywall", lazy_re(
        # English: "(The rest of) this article is (only available) for subscribers (only)", "Subscribe to
        # continue reading", "To continue reading, subscribe", "Subscribers only"
        r"(?:the rest of |the full text of |the remainder of )?(?:this|the) (?:article|story|content"
        r"|piece|report"
        r"|post) is (?:only |exclusively )?(?:available |reserved )?(?:only )?(?:to|for) (?:paying |paid )?"
        r"(?:subscribers|members|premium subscribers|premium members)(?: only)?"
        r"|(?:this is an? |an? )?(?:subscriber|premium|members?)(?: ?only| exclusive) (?:article|story"
        r"|content)"
        r"|(?:for |exclusive to |available to )?(?:paying )?subscribers only|exclusive to subscribers"
        r"|(?:subscribe|become a subscriber|become a member|join) (?:now |today )?to (?:continue"
        r"|keep) reading"
        r"(?: (?:this|the) (?:article|story|full (?:article|story)))?"
        r"|(?:subscribe|become a subscriber) (?:now |today )?to read (?:the|this) (?:full |whole "
        r"|rest of the )?"
        r"(?:article|story)|(?:to )?(?:continue|keep) reading,? (?:please )?subscribe"
        r"|(?:continue|keep) reading with an? (?:subscription|\w+ (?:plus|premium) subscription)"
        # German: "Weiterlesen mit <Name>+" / "mit SZ Plus", "Dieser Artikel ist nur für Abonnenten",
        # "Jetzt abonnieren und weiterlesen"
        r"|(?:jetzt )?weiterlesen mit(?: \w+){1,3}|(?:der )?(?:artikel|beitrag|inhalt) ist (?:nur|exklusiv)"
        r" fur (?:abonnenten|abonnentinnen und abonnenten|plus abonnenten)|exklusiv fur abonnenten"
        r"|jetzt abonnieren und weiterlesen|(?:um )?weiterzulesen,? (?:bitte )?abonnieren"
        # French: "Cet article est réservé aux abonnés", "La suite est réservée aux abonnés", "Il vous reste
        # 78 % de cet article à lire", "Abonnez-vous pour lire la suite"
        r"|(?:la suite de )?(?:cet|l) ?article (?:est )?reservee? aux abonnes|(?:la suite"
        r"|ce contenu) est reservee?"
        r" aux abonnes|(?:article )?reserve aux abonnes|il vous reste \d+ de cet article a lire"
        r"|abonnez vous pour (?:lire|continuer a lire) la suite(?: de cet article)?"
        # Spanish, Portuguese, Italian: "Este contenido es exclusivo para suscriptores", "Suscríbete para
        # seguir leyendo", "Conteúdo exclusivo para assinantes", "Questo articolo è riservato agli abbonati"
        r"|(?:este |el )?(?:contenido|articulo) (?:es )?exclusivo para (?:suscriptores|abonados)"
        r"|exclusivo para (?:suscriptores|abonados)|suscribete para (?:seguir|continuar) leyendo"
        r"|(?:este |o )?(?:conteudo|artigo) (?:e )?exclusivo para assinantes|exclusivo para assinantes"
        r"|assine para (?:continuar|seguir) lendo|(?:questo |l )?(?:articolo"
        r"|contenuto) e riservato agli abbonati"
        r"|riservato agli abbonati|(?:abbonati per|per) continuare a leggere(?: abbonati)?"
        # Dutch, the Scandinavian languages, Finnish, Polish: "Dit artikel is alleen voor abonnees", "Resten
        # af artiklen er kun for abonnenter", "Artykuł dostępny tylko dla prenumeratorów"
        r"|(?:dit |het )?(?:artikel|bericht) is (?:alleen|exclusief) voor abonnees|alleen voor abonnees"
        r"|resten af (?:artiklen|denne artikel) er (?:kun )?for abonnenter"
        r"|(?:artiklen er )?kun for abonnenter"
        r"|resten av artikkelen er (?:kun )?for abonnenter|(?:resten av |den har )?artikeln (?:ar )?"
        r"(?:bara|endast) for prenumeranter|(?:tama )?artikkeli on (?:vain|ainoastaan) tilaajille"
        r"|(?:ten )?artykul (?:jest )?dostepny tylko dla (?:prenumeratorow|subskrybentow)"
        # Czech and Slovak (rot51): "Zbytek článku je dostupný pouze pro předplatitele", "Celý článok je
        # dostupný len pre predplatiteľov", "Předplaťte si <Name> a čtěte dál"
        r"|(?:zbytek clanku|cely clanek|cely text|pokracovani clanku|(?:tento )?clanek|zvysok clanku"
        r"|cely clanok|(?:tento )?clanok) je (?:dostupny |k dispozici )?(?:pouze |jen |vyhradne |len |iba )?"
        r"(?:pro predplatitele|predplatitelum|pre predplatitelov)"
        r"|predplatte si(?: \w+){1,3} a ctete dal"
        # Ukrainian (rot51): "Цей матеріал доступний лише для передплатників", "Повна версія статті доступна
        # тільки за передплатою", "Щоб читати далі, оформіть передплату"
        r"|(?:tsei |danii |povnii )?(?:material|tekst) (?:dostupnii )?(?:lishe |tilki )?(?:dlya"
        r" peredplatnikiv|peredplatnikam|za peredplatoyu)"
        r"|(?:povna versiya |prodovzhennya )?(?:statti|materialu|stattya) dostupn[ae] (?:lishe |tilki )?"
        r"(?:dlya peredplatnikiv|peredplatnikam|za peredplatoyu)"
        r"|shchob (?:chitati dali|prodovzhiti chitannya|prochitati (?:material|stattyu)(?: povnistyu)?)"
        r" oformit peredplatu"
        # Russian: "Материал доступен только подписчикам", "Полная версия статьи доступна только по подписке",
        # "Чтобы читать дальше, оформите подписку"
        r"|(?:etot |dannyi |polnyi )?(?:material|tekst) (?:dostupen )?(?:tolko )?(?:podpischikam|po podpiske)"
        r"|(?:polnaya versiya |prodolzhenie )?(?:stati|statya|materiala) dostupn[oay] (?:tolko )?"
        r"(?:podpischikam|po podpiske)|chtoby (?:chitat dalshe|prodolzhit chtenie|prochitat (?:material"
        r"|statyu)"
        r"(?: polnostyu)?) oformite podpisku"
        # Japanese (folded: a voiced kana loses its mark, です is てす): "この記事は有料会員限定です", "続きは
        # 有料会員になるとお読みいただけます"
        r"|(?:この)?記事は(?:有料)?(?:会員|購読者)限定(?:記事)?(?:てす)?|(?:有料)?(?:会員|購読者)限定(?:記事)?"
        r"|(?:続きは)?有料会員(?:になると|登録すると|の方は) ?続きを(?:お読みいたたけます|読むことかてきます)"
        r"|続きは(?:有料)?会員(?:になると|登録すると|の方のみ)?(?:お読みいたたけます|読めます|こ覧いたたけます)"
    )),
    ("registration", lazy_re(
        r"(?:please )?(?:register|sign up|create (?:a |your )?(?:free )?account)(?: for free| now| free)?"
        r" to (?:continue|keep) reading(?: (?:this|the) (?:article|story))?"
        r"|(?:register|sign up|create (?:a |your )?(?:free )?account)(?: for free| now| free)? to read"
        r" (?:the rest of |the full |this )?(?:this |the )?(?:article|story)"
        r"|(?:this|the) (?:article|story|content) is (?:only )?(?:available )?(?:to|for) registered"
        r" (?:users|readers)(?: only)?|(?:log in|sign in) or register to (?:continue|keep) reading"
        r"|registrieren sie sich(?: jetzt)?(?: kostenlos)?,? um weiterzulesen|kostenlos registrieren und"
        r" weiterlesen|inscrivez vous(?: gratuitement)? pour (?:lire|continuer a lire) la suite"
        r"|registrate(?: gratis)? para (?:seguir|continuar) leyendo|zaregistriruites chtoby"
        r" (?:prodolzhit chtenie|chitat dalshe|prochitat (?:material|statyu))"
    )),
    ("metered", lazy_re(
        r"(?:you ?ve|you have) (?:read|reached|used(?: up)?) (?:all )?(?:of )?your (?:\d+ )?(?:free )?"
        r"(?:articles?|stories|story|article limit|limit|free limit)(?: for)?(?: this month| this week"
        r"| today)?"
        r"|(?:you ?ve|you have) read (?:\d+|all) of (?:your )?\d+ free (?:articles|stories)"
        r"(?: this month| this week)?|(?:you ?ve|you have) reached (?:your|the) (?:monthly )?"
        r"(?:limit of free articles|free article limit)|this is your last free (?:article|story)"
        r"(?: this month)?|sie haben (?:ihr|das) (?:kontingent|limit) (?:an )?kostenlosen? artikeln?"
        r" (?:erreicht|aufgebraucht)|vous avez atteint (?:la|votre) limite (?:darticles gratuits|de lecture)"
        r"|has (?:alcanzado|agotado) (?:el|tu) limite de (?:articulos|noticias) gratuit[oa]s"
        r"|vy prochitali vse besplatnye (?:materialy|stati)"
    )),
)  # fmt: skip


def teaser_wall(text: str) -> str | None:
    """The kind of wall (``"paywall"``, ``"registration"``, ``"metered"``) a line after a story's headline
    says stands before the rest of its text (``text`` folded: the line's first sentence, whole;
    :data:`_TEASER_WALLS`), or ``"paywall"`` for a statement that the article is for subscribers
    (:func:`wall_line`); ``None`` for any other line. Asked by
    :func:`linkcheck.pagebody.walled_text` of the short lines of a short story (wall1)."""
    for kind, pattern in _TEASER_WALLS:
        if pattern.fullmatch(text) is not None:
            return kind
    return "paywall" if wall_line(text) is Cause.AUTH else None


def _text_gate(text: str) -> Cause | None:
    """The gate a whole folded title text is: a sign-in, subscription or age check's (``auth``), a consent
    prompt's, a regional block's (``legal``); ``None`` for anything else."""
    if text in _SIGN_IN or _SIGN_IN_PATTERN.fullmatch(text) or _is_age_text(text):
        return Cause.AUTH
    if ("reading" in text or "reklam" in text) and _OFFERWALL.fullmatch(text) is not None:
        return Cause.AUTH  # an offerwall: an ad, a survey or a subscription for the story
    subject = _SUBJECT.match(text)
    if subject is not None and text[subject.end() :] in _SIGN_IN:
        return Cause.AUTH
    if text in _CONSENT:
        return Cause.CONSENT
    if consent_line(text):
        # "We use cookies", "Мы используем файлы cookie" as a whole title: a consent wall's heading standing
        # as the page's title (added after the seed5 probe); asked only on a page stating no article's date
        # (:func:`gate_signal`), since a story may be headlined so ("Why every website uses cookies")
        return Cause.CONSENT
    if _GEO_TITLE.fullmatch(text) or reading_room_only(text):
        return Cause.LEGAL
    if (
        text in _CLIENT_CHECK
        or app_prompt(text)
        or phone_check(text)
        or browser_check(text)
        or wait_check(text)
    ):
        return Cause.BOT_CHALLENGE
    return None


#: A block page's bare title (on folded text, whole): "Website blocked", "Page blocked", "Seite gesperrt". A
#: story may be headlined so ("Website blocked after ..." is longer, "Website blocked" is not), so it is a
#: gate's title only on a page that states no article's date on another host, where a redirect from the
#: cited address led (a provider's filter sends blocked addresses to its own page): :func:`gate_signal`.
_BARE_BLOCK_TITLE = lazy_re(
    r"(?:web ?site|site|web ?page|page|domain|resource|webseite|internetseite|seite)"
    r" (?:blocked|gesperrt|blockiert)"
)


def _bare_block_title(title: str, names: Sequence[str], hosts: Sequence[str]) -> bool:
    """Whether ``title``, the site's name set aside, is a block page's bare title (:data:`_BARE_BLOCK_TITLE`),
    asked of an undated page's titles that are no other gate's."""
    rest = [p for p in title_pieces(title) if not is_site_segment(p, names, hosts)]
    return bool(rest) and _BARE_BLOCK_TITLE.fullmatch(fold(" ".join(rest))) is not None


def bare_block_title(title: str, names: Sequence[str], hosts: Sequence[str]) -> bool:
    """Whether ``title`` is a block page's bare title (:func:`_bare_block_title`), with a substring test
    first: nearly every title holds neither "block" nor "gesperrt" in any case."""
    lowered = title.lower()
    return ("block" in lowered or "gesperrt" in lowered) and _bare_block_title(title, names, hosts)


#: A provider's notice as a line of its block page says it (on folded text, searched): "Access to this
#: website has been blocked in accordance with Council Regulation (EU) 2024/1428 ...", "Access to the
#: requested resource is restricted by order of ...", "Der Zugriff auf diese Website ist aufgrund der
#: Verordnung ... gesperrt". This or the requested site, not "the site": a story reports a block of a site
#: it names, a block page addresses its reader about the page asked for (added after the seed10 probe).
_BLOCK_STATEMENT = lazy_re(
    r"\baccess to (?:this|the requested) (?:website|site|resource|web ?page|page|url|domain)"
    r" (?:is |has been |was )(?:blocked|restricted)\b"
    r"|\b(?:zugriff|zugang) (?:auf|zu) (?:diese[rm]?|die angeforderte|der angeforderten)"
    r" (?:website|webseite|internetseite|seite|domain) (?:ist|wurde)\b(?: \w+){0,16}?"
    r" (?:gesperrt|blockiert)\b"
)


def block_statement(text: str) -> bool:
    """Whether ``text`` (a line of a page's text, folded) states that access to the page asked for is blocked
    (:data:`_BLOCK_STATEMENT`). Left alone: a story's "access to the site was blocked", "access to this
    account is blocked"."""
    return ("access" in text or "zug" in text) and _BLOCK_STATEMENT.search(text) is not None


#: A Hungarian provider's notice as a line says it, its verb last (on folded text, from the start): "A
#: weboldal elérését a ... Hatóság határozata alapján korlátozták" (added after block1, seed13).
_HU_BLOCK_LINE = lazy_re(
    r"(?:az? )?(?:weboldal|honlap|oldal|webhely|internetes oldal) (?:eleresset|elereset|hozzaferest)\b"
    r"(?: \w+){0,16}? (?:korlatoztak|korlatozta|letiltottak|letiltotta|blokkoltak|blokkolta)\b"
)


@once
def _block_head() -> re.Pattern[str]:
    """:data:`_GEO_TITLE` as the head of a line, ending at a word's end (compiled when first asked)."""
    return re.compile(r"(?:" + _GEO_TITLE.pattern + r")\b")


def block_notice(text: str) -> bool:
    """Whether ``text`` (a line of a refusal's page, folded) opens by saying the page asked for is blocked:
    a national filter's block title followed by more ("Dostęp do tej strony został zablokowany na podstawie
    decyzji ...", "Accesul la acest site a fost blocat în baza deciziei ..."), a provider's statement
    (:func:`block_statement`) or a Hungarian one, its verb last. Whether the rest says on whose order is the
    caller's question (a 403 page's line: :func:`linkcheck.pagebody.forbidden_legal`)."""
    return (
        _block_head().match(text) is not None
        or block_statement(text)
        or _HU_BLOCK_LINE.match(text) is not None
    )


def _consent_title(title: str, names: Sequence[str], hosts: Sequence[str]) -> bool:
    """Whether ``title``, the site's name set aside, is one of :data:`CONSENT_TITLES` as a whole ("Before you
    continue"), which no headline is; not a "we use cookies" sentence, which a story's headline may be."""
    rest = [p for p in title_pieces(title) if not is_site_segment(p, names, hosts)]
    return fold(" ".join(rest)) in _CONSENT or any(fold(p) in _CONSENT for p in rest)


def reading_room_only(text: str) -> bool:
    """Whether ``text`` (a whole title, folded) says an archived copy may be read only in a library's reading
    rooms (:data:`_READING_ROOM`)."""
    return ("reading room" in text or "premises" in text) and _READING_ROOM.fullmatch(text) is not None


def phone_check(text: str) -> bool:
    """Whether ``text`` (a whole title, folded) demands the reader's phone number (:data:`_PHONE_CHECK`)."""
    return ("telefon" in text or "phone" in text) and _PHONE_CHECK.fullmatch(text) is not None


def browser_check(text: str) -> bool:
    """Whether ``text`` (a whole title, folded) is a Russian anti-DDoS service's browser check or its wait
    (:data:`_BROWSER_CHECK`); a substring test first, as few titles hold either word."""
    return ("brauzer" in text or "podozhd" in text) and _BROWSER_CHECK.fullmatch(text) is not None


def wait_check(text: str) -> bool:
    """Whether ``text`` (a whole title, folded) is an anti-bot check's wait (:data:`_WAIT_CHECK`); a length
    test first, as the waits are short and few titles are."""
    return len(text) <= 32 and _WAIT_CHECK.fullmatch(text) is not None


def app_prompt(text: str) -> bool:
    """Whether ``text`` (a whole title, folded) is an app-download interstitial's (:data:`_APP_PROMPT`)."""
    return ("app" in text or "prilozheni" in text) and _APP_PROMPT.fullmatch(text) is not None


def _is_brand(piece: str) -> bool:
    """A short name (one to three words, each capitalised, none a function word, at most 30 characters):
    "Google Drive", not a headline in title case ("Inside The Club")."""
    words = piece.split()
    return (
        0 < len(words) <= 3
        and len(piece) <= 30
        and all((w[0].isupper() or w[0].isdigit()) and w.lower() not in _FUNCTION_WORDS for w in words)
    )


#: Words a headline in title case has and a product's name seldom does.
_FUNCTION_WORDS = frozenset(
    ("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "is", "are", "was", "with", "by",
     "from", "how", "why", "what", "who", "new", "your", "my", "our", "we", "you", "it", "this", "that")
)  # fmt: skip


def geo_block(text: str) -> bool:
    """Whether ``text`` (a line of a page with no headline, folded) says the page is not shown in this
    region or country."""
    return _GEO_PATTERN.search(text) is not None


def geo_notice(text: str) -> bool:
    """Whether ``text`` (a sentence, folded) is a regional block's notice whole: :func:`geo_block`'s words
    running to its end ("This content is not available in your region"), not a sentence that uses them of
    something else ("The new timetable is unavailable in your location's library until Monday"). A notice
    under a story's kept headline is read so (``pagebody._notice_after``), where the story's own first line
    may use the words."""
    m = _GEO_PATTERN.search(text)
    return m is not None and not text[m.end() :].strip()


def legal_block(text: str) -> bool:
    """Whether ``text`` (a line of a refusal's page, folded) says access is blocked where the reader is: a
    regional block inside the line (:func:`geo_block`), or the whole line a regional block's or a national
    filter's title ("Доступ к ресурсу ограничен", "Bu internet sitesine erişim engellenmiştir")."""
    return geo_block(text) or _GEO_TITLE.fullmatch(text.rstrip(".!")) is not None


#: Where a publication date is the page's own statement (its metadata), not read from its URL or text.
_DECLARED_DATES = frozenset(("json-ld", "opengraph", "meta", "microdata"))


def declares_an_article(metadata: Metadata | None) -> bool:
    """Does the page's metadata state an article's publication date (``article:published_time``, JSON-LD's
    ``datePublished``)? A placeholder, a gate or a block page never does; a date read from the URL or the
    text does not count, as the cited URL's date is read on any page served at it."""
    published = metadata.published if metadata is not None else None
    return published is not None and published.source in _DECLARED_DATES


def _titles(metadata: Metadata) -> list[str]:
    """The page's headline and its candidates' texts, stripped, once each (not their raw forms, as
    :meth:`Metadata.titles` adds). Each text stripped once, with no tuple of them built first: ~18 k
    instructions a page that way, ~8 k this way."""
    seen: dict[str, None] = {}
    if metadata.title and (text := metadata.title.strip()):
        seen[text] = None
    for candidate in metadata.title_candidates:
        if candidate.text and (text := candidate.text.strip()):
            seen[text] = None
    return list(seen)


def gate_signal(
    requested_url: str, final_url: str, metadata: Metadata | None, redirects: int
) -> tuple[Cause, str] | None:
    """``(Cause.AUTH | Cause.CONSENT, reason)`` when the page is a sign-in page, a paywall or a consent wall
    rather than the cited page; ``None`` otherwise (see the module docstring)."""
    if redirects and final_url != requested_url:
        cause = address_gate(final_url)
        if cause is not None and cause is not address_gate(requested_url):
            what = _ADDRESS_GATES[cause]
            return cause, f"the link redirects to {what} ({final_url}): reachable, but not verifiable"
    if metadata is None:
        return None
    titles = _titles(metadata)
    if not titles:
        return None
    # cheap first: a gate's title is short and holds one of a few words; most headlines hold none. The short
    # titles are folded and joined at a NUL, which no gate word holds: each word is looked for once a page,
    # not once a title (a page's titles are its headline and the headline with the site's name). A list is
    # joined, not a generator (whose frame cost more than its two to four titles, cost15).
    if not _has_gate_word("\0".join([fold(t) for t in titles if len(t) <= 120]) + "\0"):
        return None
    names = [n for n in (metadata.site_name, metadata.publisher) if n]
    hosts = hosts_of(final_url, requested_url)
    kinds = [_title_kind(t, names, hosts) for t in titles]
    if None in kinds and redirects and len(hosts) > 1 and not declares_an_article(metadata):
        # "Website blocked" may head a story (at its own address, dated or not: tests/test_rot_rules23.py),
        # not a page stating no article's date that a redirect from the cited address led to on another
        # host: there it is a provider's filter's block page (added after the seed9 probe)
        kinds = [
            Cause.LEGAL if k is None and _bare_block_title(t, names, hosts) else k
            for t, k in zip(titles, kinds, strict=True)
        ]
    gates = [k for k in kinds if isinstance(k, Cause)]
    if not gates:
        return None
    if (
        any(k is None for k in kinds)
        and not (gates[0] is Cause.LEGAL and not declares_an_article(metadata))
        and not _app_wall_under_name(metadata, titles, kinds)
    ):
        # a title that is no gate's is a headline: the gate is the article's banner, unless the gate is a
        # regional block on a page that states no date of its own (no article does without one), or an app's
        # interstitial under a bare name
        return None
    title = titles[kinds.index(gates[0])]
    if (
        gates[0] is Cause.CONSENT
        and declares_an_article(metadata)
        and not _consent_title(title, names, hosts)
    ):
        # a "we use cookies" title (:func:`consent_line`) on a page stating an article's date is its headline
        return None
    if gates[0] is Cause.BOT_CHALLENGE:
        # every title a check of the reader's browser or network, on a page that states no article's date: a
        # story headlined "Your browser is out of date" states one
        if declares_an_article(metadata):
            return None
        if app_prompt(fold(title)):
            return (
                Cause.BOT_CHALLENGE,
                f"the page is an app-download interstitial ({title!r}) in front of the story: a reader's"
                " browser may continue to the website, linkcheck's request did not; reachable, not"
                " verifiable",
            )
        return client_check(title)
    if gates[0] is Cause.LEGAL:
        banned = next((t for t in titles if "ip" in t.lower() and ip_ban(fold(t))), None)
        if banned is not None:
            return (
                Cause.BOT_CHALLENGE,
                f"the page says the site refuses the address linkcheck runs from ({banned!r}): a ban of"
                " data-centre, VPN or suspect addresses, not a block on the way; a reader elsewhere may get"
                " the page; reachable, not verifiable",
            )
        return Cause.LEGAL, _legal_gate_reason(title)
    if gates[0] is Cause.AUTH:
        if "archiv" in title.lower() and not _ARCHIVE_WALL.isdisjoint(map(fold, title_pieces(title))):
            if declares_an_article(metadata):
                return None  # a story under an "archived" banner standing as its title states its date
            return (
                Cause.AUTH,
                f"the page says the story is in the outlet's archive ({title!r}), which is for subscribers:"
                " reachable, not verifiable",
            )
        if any(_is_age_check(t) for t in titles):
            return (
                Cause.AUTH,
                f"the page is an age check ({title!r}): reachable once the reader confirms their age, not"
                " verifiable",
            )
        return (
            Cause.AUTH,
            f"the page is a sign-in or subscription wall ({title!r}): reachable, not verifiable",
        )
    return Cause.CONSENT, f"the page is a cookie-consent wall ({title!r}): reachable, but not verifiable"


#: A site's own refusal of the reader's address, as its block page heads it (folded, whole): "Ваш IP-адрес
#: заблокирован", "Доступ с вашего IP-адреса запрещён", "Your IP address has been banned", "Your IP has been
#: blocked". The site answering, not a filter on the way (which says the page or the resource is blocked):
#: a server in a data centre, where linkcheck often runs, is what such bans catch.
_IP_BAN = lazy_re(
    r"(?:vash )?ip(?: adres)? (?:zablokirovan|zapreshchen|nakhoditsya v chernom spiske)"
    r"|dostup s (?:vashego )?ip(?: adresa)? (?:zablokirovan|zapreshchen|ogranichen)"
    r"|(?:your )?ip(?: address)? (?:has been |is |was )?(?:temporarily |permanently )?"
    r"(?:blocked|banned|blacklisted)"
    r"|access from your ip(?: address)? (?:is|has been) (?:blocked|denied|restricted)"
)


def ip_ban(folded: str) -> bool:
    """Whether a folded title is a site's refusal of the reader's IP address (:data:`_IP_BAN`), whole."""
    return _IP_BAN.fullmatch(folded) is not None


def _legal_gate_reason(title: str) -> str:
    """The reason for a page titled ``title``, a regional block's or a block page's (:data:`_GEO_TITLE`): a
    title that names a region or a country (:func:`geo_block`) is a regional licence's or law's; one that
    only says the page or access is blocked or restricted ("Web Page Blocked", "Доступ к ресурсу
    ограничен") is a filter's on the way from linkcheck to the site (an internet provider's, a regulator's
    or the checking network's own): neither is the site's answer, and neither says the page is gone."""
    if any(reading_room_only(p) for p in folded_pieces(title)):
        return (
            f"the page says the archived copy may be read only in a library's reading rooms ({title!r}):"
            " collected under legal deposit, kept off the open web; the copy is there, not verifiable here"
        )
    if geo_block(fold(title)):
        return (
            f"the page says it is not available in this region or country ({title!r}): blocked where"
            " linkcheck runs, not gone"
        )
    return (
        f"the page says access to it is blocked or restricted ({title!r}): a block page of a filter between"
        " linkcheck and the site (an internet provider's, a regulator's or the network's own), not gone"
    )


#: The most words of a ``<title>`` read as a site's bare name beside an app's interstitial ("The Yenisei
#: Courier"): a headline has more.
_BARE_NAME_WORDS = 4


def _app_wall_under_name(metadata: Metadata, titles: list[str], kinds: list[Cause | bool | None]) -> bool:
    """Whether an undated page is an app-download interstitial (a title :func:`app_prompt`) or a phone
    number's demand (:func:`phone_check`) whose other
    titles are only its ``<title>``, of at most :data:`_BARE_NAME_WORDS` words: the site's name, which an
    interstitial often gives without ``og:site_name`` to say so. A page with a headline of its own
    elsewhere (an ``<h1>``, ``og:title``), or with a date, is an article with an app banner."""
    if declares_an_article(metadata) or not any(
        k is Cause.BOT_CHALLENGE and _under_name_prompt(fold(t)) for t, k in zip(titles, kinds, strict=True)
    ):
        return False
    tag = {c.text.strip() for c in metadata.title_candidates if c.source == "title-tag" and c.text}
    other = {c.text.strip() for c in metadata.title_candidates if c.source != "title-tag" and c.text}
    return all(
        t in tag and t not in other and len(t.split()) <= _BARE_NAME_WORDS
        for t, k in zip(titles, kinds, strict=True)
        if k is None
    )


def _under_name_prompt(text: str) -> bool:
    """Whether a folded title is a prompt a site shows under its bare name: an app's interstitial
    (:func:`app_prompt`) or a demand for the reader's phone number (:func:`phone_check`), each often in a
    heading of its own under a ``<title>`` that is only the site's name, with no ``og:site_name``."""
    return app_prompt(text) or phone_check(text)


#: What a gate's address is, by the cause :func:`address_gate` gives it, as a reason names it.
_ADDRESS_GATES: dict[Cause, str] = {
    Cause.AUTH: "a sign-in page",
    Cause.CONSENT: "a cookie-consent page",
    Cause.BOT_CHALLENGE: "a captcha (a check that the reader is not a robot)",
}


def gate_title(title: str, names: Sequence[str], hosts: Sequence[str]) -> bool:
    """Whether ``title`` is a gate's (a sign-in, paywall, consent, regional or client-check wall's heading,
    see :func:`gate_signal`), the site's ``names`` and ``hosts`` set aside: a dialog's heading, no
    headline."""
    return isinstance(_title_kind(title, names, hosts), Cause)


def ad_block_title(title: str) -> bool:
    """Whether a piece of ``title`` is an ad-blocker wall's (:data:`AD_BLOCK_TITLES`): a dialog a site lays
    over whatever page it serves, its not-found page too, unlike a captcha or a browser check, which
    stands in the page's place."""
    return any(p in _AD_BLOCK for p in folded_pieces(title))


def client_check(title: str) -> tuple[Cause, str]:
    """The gate of a page titled ``title``, a check of the reader's browser or network
    (:data:`CLIENT_CHECK_TITLES`): ``bot_challenge``, with the reason a reader is told (an ad-blocker
    wall's, :data:`AD_BLOCK_TITLES`, says so)."""
    if any(p in _AD_BLOCK for p in folded_pieces(title)):
        return (
            Cause.BOT_CHALLENGE,
            f"the page is an ad-blocker wall ({title!r}) in place of the story: a reader's browser that loads"
            " the site's ads passes it, linkcheck's request did not; reachable, not verifiable",
        )
    if any(phone_check(p) for p in folded_pieces(title)):
        return (
            Cause.BOT_CHALLENGE,
            f"the page asks for the reader's phone number before the story ({title!r}): a check a reader"
            " with a phone passes, linkcheck's request did not; reachable, not verifiable",
        )
    return (
        Cause.BOT_CHALLENGE,
        f"the page is a check of the reader's browser or network ({title!r}): a reader's browser may pass"
        " it, linkcheck's request did not; reachable, not verifiable",
    )


def _is_age_check(title: str) -> bool:
    return any(_is_age_text(p) for p in folded_pieces(title))


def _is_age_text(text: str) -> bool:
    """Is ``text`` (folded) an age check's whole title or question?"""
    return text in _AGE or _AGE_PATTERN.fullmatch(text) is not None


def _has_gate_word(folded: str) -> bool:
    """Does ``folded`` (folded titles, each followed by a NUL) hold one of :data:`_GATE_WORDS` anywhere?
    ``any(w in folded for w in _GATE_WORDS)``, asked word by word (:data:`_GATE_SEARCH`).

    ``fold`` gives words joined by single spaces, so the text is words between the breaks (a space, the
    NUL). A page's titles are its headline and the headline with the site's name, of words that recur from
    page to page: where the trie's search tried a first letter at each of their ~170 characters (~32 k
    instructions), titles of words read before cost one look at the memo and one scan for the breaks (cost8,
    ``tests/test_read_cost_cuts10.py``)."""
    return _GATE_SEARCH.holds(folded.replace("\0", " ").split(), folded)


#: Every gate title holds one of these (folded): the first test a headline meets (:func:`_has_gate_word`).
_GATE_WORDS = tuple(
    sorted(
        {
            fold(w)
            for w in (
                "niet beschikbaar", "niet toegankelijk", "nie jest dostępn", "inte tillgänglig",
                # Polish "jest niedostępny w Twoim kraju", Czech and Slovak privacy (rot51)
                "niedostępn", "soukrom", "súkrom",
                # Serbian, Croatian and Bosnian privacy, Romanian sign-in (rot57)
                "privatnost", "autentific", "conecta",
                # Greek "not available" (rot58)
                "diathesim",
                "sign", "log", "subscri", "register", "account", "limit", "premium", "anmeld", "einlogg",
                "abo", "connex", "connect", "sesión", "suscr", "accedi", "abbonat", "вход", "войти",
                "автори", "подпис", "continu", "privacy", "consent", "cookie", "kuki", "fortfahren",
                "zustimmung", "продолж", "you've", "you have", "availab", "land nicht", "votre pays",
                "votre region",
                "su pais", "tu pais", "seu pais", "sua regiao", "недоступ", "abonnent", "assinant", "member",
                # Spanish "... disponible en tu región" (:data:`_GEO_TITLE`), which "tu pais" did not cover
                "tu region", "su region",
                "access", "permission", "verif", "legal", "are you", "you must be", "alters", "доступ",
                # a Russian age check's question (:data:`_AGE_PATTERN`)
                "исполнилось", "вам есть",
                "erişim", "prywatn", "privatsph", "privacidad", "vie priv", "地域", "日本国内",
                "いたたけません", "integritet", "privatliv", "personvern", "yksityisyy", "tuo paese",
                "suo paese", "area geografica", "tua regione", "tua zona", "prenumer", "giriş",
                "kirjaudu", "přihláš", "aanmeld", "دسترسی", "заблокир", "заблоков", "blocked",
                "gesperrt", "blockiert", "piekļuv", "prieiga", "juurdepääs",
                # the other national filters' block titles in :data:`_GEO_TITLE` (Polish, Czech and Slovak,
                # Serbian, Romanian, Bulgarian, Hungarian, Belarusian, Kazakh; "zablokov" is "заблоков"
                # folded, above)
                "zablokow", "ograniczon", "omezen", "obmedzen", "blokiran", "ogranicen", "zabranjen",
                "restrictionat", "blocat", "korlatoz", "letiltva", "tiltott", "blokkol", "abmezhava",
                "zablakira", "shektelgen", "bugattal",
                # Turkish regional blocks' "in your region / country" (:data:`_GEO_TR`)
                "bolgenizde", "ulkenizde", "bulundugunuz",
                # ... the Hungarian ones' "in your region / country" (:data:`_GEO_HU`)
                "regiojaban", "orszagaban", "tersegeben",
                # ... and the Arabic ones' "available" / "in your region, country" (:data:`_GEO_AR`)
                "متاح", "متوفر", "منطقتك", "بلدك", "دولتك",
                # ... and the Italian, French and Spanish ones ("blocat" is above)
                "inibit", "oscurat", "bloccat", "bloque", "restreint", "restringid",
                # an anti-bot check's wait (:data:`_WAIT_CHECK`)
                "moment", "instant", "minutu", "minutochk", "sekundu", "sekundochk", "khvilin", "augenblick",
                "chwil", "chvil", "dakika", "saniye", "pillanat", "ogenblik",
                # ... a second's, after a word that counts it (not "second" alone: "Second World War")
                "a second", "one second", "eine sekunde", "un segundo", "um segundo", "une seconde",
                "un secondo", "jedna sekunde", "een seconde",
                # a Russian anti-DDoS service's wait in place of the page (:data:`_BROWSER_CHECK`; "браузер"
                # is above)
                "подожд",
                # a library's reading-room-only copy (:data:`_READING_ROOM`)
                "reading room", "premises",
                # checks of the reader's browser or network (:data:`CLIENT_CHECK_TITLES`; "are you" and
                # "verif" are above)
                "browser", "браузер", "navigat", "navegador", "vpn", "proxy", "robot", "робот", "подтверд",
                # an offerwall (:data:`_OFFERWALL`; "continu" is above)
                "keep reading", "reklam",
                # a demand for the reader's phone number (:data:`_PHONE_CHECK`)
                "phone", "телефон",
                # an ad-blocker wall (:data:`AD_BLOCK_TITLES`)
                "ad block", "adblock", "блокировщ", "whitelist", "werbeblocker",
                # an app-download interstitial (:data:`_APP_PROMPT`), in Russian ("приложении"); in English
                # "app" as a word, below
                "приложени",
                # a consent prompt's heading in Turkish (:data:`CONSENT_TITLES`: "Gizliliğinize önem
                # veriyoruz", "Devam etmeden önce")
                "gizliliğ", "devam etmeden",
                # ... and in Breton ("Doujañ a reomp d'ho puhez prevez": private life)
                "puhez prevez",
                # ... and in Greek ("Εκτιμούμε την ιδιωτικότητά σας", "Πριν συνεχίσετε", folded)
                "idiotikotit", "prin synech",
                # a paywall in Czech and Slovak (:data:`SIGN_IN_TITLES`: "pouze pro předplatitele") and a
                # regional block in Korean and Chinese (:data:`_GEO_KO_ZH`)
                "predplatitel", "국가", "지역", "所在",
                # Ukrainian and Kazakh sign-in prompts (rot52: "увійдіть", "вхід", "кіріңіз", "кіру") and a
                # paid archive's notice ("This article has been archived")
                "uviid", "uviit", "vkhid", "kirin", "kiru", "archived",
            )
        }
        # "app" as a word, at a folded title's end (each title is followed by a NUL) or before another word:
        # not folded, as folding trims the spaces and the NUL
        | {" app\0", " app "}
    )
)  # fmt: skip
#: :func:`_has_gate_word`'s search: the words between a space (``fold``'s) and the NUL (after each title),
#: asked one at a time with a memo of the words read before; compiled by the first title read.
_GATE_SEARCH = WordSearch(lambda: _GATE_WORDS, " \0")
