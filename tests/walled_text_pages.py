"""Pages for the wall1 tests (:mod:`tests.test_walled_text1`, :mod:`tests.test_walled_text_e2e1`): stories
whose headline, byline and date are shown over a wall's line that hides the rest of their text, and controls a
reader can read whole. Outlets and stories are invented; written for these tests."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WallPage:
    """One page, the citation a writer gives for it, and what the report must say."""

    id: str
    path: str
    title: str
    outlet: str
    date: str
    html: str
    #: a phrase the finding's message must hold (case-insensitive): which wall, in the report's words
    wall_word: str = ""
    #: the wall's line, as the page shows it (the message quotes it)
    wall_line: str = ""


def _page(
    lang: str, title: str, outlet: str, date: str, article: str, head: str = "", after: str = ""
) -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{date}T08:15:00+00:00">
{head}</head>
<body>
<header><a class="logo" href="/">{outlet}</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav>
<a href="/account">Account</a></header>
<main>
<article>
<h1>{title}</h1>
<p class="byline"><span class="author">Staff reporter</span> <time
datetime="{date}T08:15:00+00:00">{date}</time></p>
{article}
</article>
{after}
</main>
<footer><p>&copy; {outlet}</p><a href="/contact">Contact</a> <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""


# --- the text behind a wall ---

EN_SUBSCRIBERS = WallPage(
    "paywall-en-subscribers-only",
    "/news/2022/05/17/harbour-dredging-contract-awarded",
    "Harbour dredging contract awarded to Rotterdam firm",
    "The Harrowgate Courier",
    "2022-05-17",
    _page(
        "en",
        "Harbour dredging contract awarded to Rotterdam firm",
        "The Harrowgate Courier",
        "2022-05-17",
        """<p class="standfirst">The £12m contract to deepen the approach channel goes to a Dutch
company after
a tender that lasted two years.</p>
<p>Councillors on the port committee voted seven to two on Tuesday evening to award the dredging contract,
ending a tender that began in the spring of 2020 and was twice suspended.</p>
<div class="piano-wall">
<h3>This article is only available to subscribers</h3>
<p>Get unlimited access to the Courier's journalism from £2 a month. Cancel any time.</p>
<p><a class="button" href="/subscribe">Subscribe now</a></p>
<p>Already a subscriber? <a href="/login">Log in</a></p>
</div>""",
    ),
    "paywall",
    "This article is only available to subscribers",
)

RU_SUBSCRIBERS = WallPage(
    "paywall-ru-subscribers-only",
    "/news/2021/09/14/naberezhnaya-remont",
    "Онежскую набережную закроют на ремонт до конца года",
    "Онежский вестник",
    "2021-09-14",
    _page(
        "ru",
        "Онежскую набережную закроют на ремонт до конца года",
        "Онежский вестник",
        "2021-09-14",
        """<p>Мэрия Петрозаводска сообщила, что с 1 октября пешеходная часть Онежской набережной
будет закрыта:
подрядчик заменит покрытие и освещение на участке длиной почти два километра.</p>
<div class="paywall">
<p><b>Материал доступен только подписчикам</b></p>
<p>Оформите подписку, чтобы читать все материалы сайта без ограничений.</p>
<p><a href="/subscribe">Оформить подписку</a> <a href="/login">Войти</a></p>
</div>""",
    ),
    "paywall",
    "Материал доступен только подписчикам",
)

DE_PLUS = WallPage(
    "paywall-de-weiterlesen-mit-plus",
    "/muenchen/2023/02/08/stadtrat-neue-buslinie",
    "Stadtrat beschließt neue Buslinie nach Oberwiesenfeld",
    "Isartaler Anzeiger",
    "2023-02-08",
    _page(
        "de",
        "Stadtrat beschließt neue Buslinie nach Oberwiesenfeld",
        "Isartaler Anzeiger",
        "2023-02-08",
        """<p class="teaser">Ab Dezember soll ein Bus im Zehn-Minuten-Takt das Neubaugebiet mit der U-Bahn
verbinden. Die Opposition hält den Plan für zu teuer.</p>
<section class="plus-wall">
<p class="plus-wall__title">Weiterlesen mit Anzeiger+</p>
<p>Alle Artikel auf unserer Website lesen. Jederzeit kündbar.</p>
<p><a href="/abo">Jetzt einen Monat für 1 € testen</a></p>
<p>Bereits Abonnent? <a href="/login">Anmelden</a></p>
</section>""",
    ),
    "paywall",
    "Weiterlesen mit Anzeiger+",
)

FR_ABONNES = WallPage(
    "paywall-fr-reserve-aux-abonnes",
    "/besancon/2022/11/03/tramway-planoise-est",
    "Besançon renonce à prolonger le tramway vers Planoise-Est",
    "L'Écho du Doubs",
    "2022-11-03",
    _page(
        "fr",
        "Besançon renonce à prolonger le tramway vers Planoise-Est",
        "L'Écho du Doubs",
        "2022-11-03",
        """<p class="chapo">Le conseil municipal a voté lundi soir l'abandon du projet, jugé trop
coûteux après la
hausse des prix de l'énergie. Une ligne de bus à haut niveau de service le remplacera.</p>
<div class="paywall">
<p>Il vous reste 78 % de cet article à lire.</p>
<p><strong>Cet article est réservé aux abonnés.</strong></p>
<p><a href="/abonnement">S'abonner</a></p>
<p>Déjà abonné ? <a href="/connexion">Se connecter</a></p>
</div>""",
    ),
    "paywall",
    "Cet article est réservé aux abonnés.",
)

ES_SUSCRIPTORES = WallPage(
    "paywall-es-exclusivo-suscriptores",
    "/cuenca/2021/06/22/plan-movilidad-aprobado",
    "El Ayuntamiento de Cuenca aprueba el plan de movilidad urbana",
    "Diario del Júcar",
    "2021-06-22",
    _page(
        "es",
        "El Ayuntamiento de Cuenca aprueba el plan de movilidad urbana",
        "Diario del Júcar",
        "2021-06-22",
        """<p>El pleno aprobó este lunes, con los votos del equipo de gobierno, un plan que
peatonaliza tres calles
del casco antiguo y crea dos aparcamientos disuasorios a la entrada de la ciudad.</p>
<div class="paywall">
<p><strong>Este contenido es exclusivo para suscriptores</strong></p>
<p>Suscríbete para seguir leyendo y accede a todo el contenido sin límites.</p>
<p><a href="/suscripcion">Suscríbete</a></p>
<p>¿Ya eres suscriptor? <a href="/login">Inicia sesión</a></p>
</div>""",
    ),
    "paywall",
    "Este contenido es exclusivo para suscriptores",
)

JA_MEMBERS = WallPage(
    "paywall-ja-yuryo-kaiin-gentei",
    "/articles/2022/03/09/bus-fare-revision",
    "市営バス、来春から運賃を改定へ",
    "北陸新報",
    "2022-03-09",
    _page(
        "ja",
        "市営バス、来春から運賃を改定へ",
        "北陸新報",
        "2022-03-09",
        """<p>市交通局は８日、燃料費の高騰を受け、来年４月から市営バスの運賃を改定する方針を明らかにした。
大人の初乗り運賃は現行の２００円から２３０円に引き上げられる見通し。</p>
<div class="paywall">
<p>この記事は有料会員限定です。</p>
<p>残り1120文字（全文1240文字）</p>
<p>有料会員になると、続きをお読みいただけます。</p>
<p><a href="/member/register">会員登録</a> <a href="/member/login">ログイン</a></p>
</div>""",
    ),
    "paywall",
    "この記事は有料会員限定です。",
)

EN_REGISTRATION = WallPage(
    "registration-wall-en",
    "/news/2022/08/11/reservoir-levels-lowest-since-1995",
    "Reservoir levels fall to lowest since 1995",
    "The Wensum Mercury",
    "2022-08-11",
    _page(
        "en",
        "Reservoir levels fall to lowest since 1995",
        "The Wensum Mercury",
        "2022-08-11",
        """<p>Water stocks in the region's three reservoirs have fallen to 41 per cent of capacity after the
driest July on record, the water company said on Thursday.</p>
<div class="regwall">
<h3>Register for free to continue reading</h3>
<p>Create a free account to read the rest of this article and get our morning briefing.</p>
<p><a href="/register">Register</a></p>
<p>Already registered? <a href="/signin">Sign in</a></p>
</div>""",
    ),
    "registration",
    "Register for free to continue reading",
)

EN_METERED = WallPage(
    "metered-wall-en",
    "/news/2021/11/30/hospital-trust-maternity-unit",
    "Hospital trust unveils plans for new maternity unit",
    "The Ashby Chronicle",
    "2021-11-30",
    _page(
        "en",
        "Hospital trust unveils plans for new maternity unit",
        "The Ashby Chronicle",
        "2021-11-30",
        """<p>A new maternity unit with 24 beds would be built beside the town's community hospital
under plans
the health trust put out for consultation on Tuesday.</p>
<div class="meter-wall">
<h3>You've read all your free articles this month</h3>
<p>You have read 5 of 5 free articles. Subscribe for unlimited access to the Chronicle from £1 a week.</p>
<p><a href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a></p>
</div>""",
    ),
    "metered",
    "You've read all your free articles this month",
)

WALLED = (
    EN_SUBSCRIBERS,
    RU_SUBSCRIBERS,
    DE_PLUS,
    FR_ABONNES,
    ES_SUSCRIPTORES,
    JA_MEMBERS,
    EN_REGISTRATION,
    EN_METERED,
)

#: a sentence of the Russian story beyond its teaser, as a writer quoting it would copy it
RU_QUOTE_BEYOND_TEASER = "Работы планируется завершить к 25 декабря, сообщили в мэрии"

# --- controls: the whole text is there ---

_PAPERS_BODY = """<p>Three of the county's weekly papers have put some of their stories behind a
paywall this year as
printing costs rose and advertising fell, the county's press association said in its annual survey.</p>
<p>At the Ashby Chronicle, court reports and council stories are now marked "for subscribers only", while
sport and what's-on listings stay free. Its editor said about 1,900 readers had signed up since March.</p>
<p>"Readers who hit the paywall told us they did not mind paying for local reporting, as long as the
obituaries and the planning notices stay free," she said.</p>
<p>The survey found that papers asking readers to "subscribe to keep reading" lost about a fifth of their
online visits in the first month, but most of it returned within a year.</p>
<p>Smaller titles have tried other ways: the Wensum Mercury asks readers to register with an e-mail address
before a third story in a month, and two free papers have asked readers for donations instead.</p>
<p>The association's chairman said the survey would be repeated next spring, when it would also ask how
many readers had cancelled their subscriptions after a year.</p>"""

FULL_MENTIONS_SUBSCRIPTIONS = WallPage(
    "control-full-story-about-subscriptions",
    "/news/2022/10/04/local-papers-turn-to-subscriptions",
    "Local papers turn to subscriptions as advertising falls",
    "The Ashby Chronicle",
    "2022-10-04",
    _page(
        "en",
        "Local papers turn to subscriptions as advertising falls",
        "The Ashby Chronicle",
        "2022-10-04",
        _PAPERS_BODY,
    ),
)

_CYCLE_BODY = """<p>A two-way cycle lane on Riverside Road opened on Monday, eight months later
than planned, after
the county council settled a dispute with the contractor over drainage works.</p>
<p>The 1.4-mile lane, separated from traffic by a kerb, links the railway station with the business park
and the new housing estate at Mill Farm. It cost £3.1m, most of it from a government fund.</p>
<p>Councillor Peter Ames, who cut the ribbon, said about 600 people a day were expected to use it within a
year. "This is the first route in the town where a twelve-year-old can ride to school safely," he said.</p>
<p>Businesses on the road had opposed the loss of 40 parking spaces. The council has agreed to review the
loading bays outside the shops after six months.</p>
<p>A second lane, along Station Hill, is due to be built next summer if the council's bid for funding
succeeds.</p>"""

FULL_WITH_NEWSLETTER_BOX = WallPage(
    "control-full-story-then-newsletter-box",
    "/news/2022/06/13/riverside-road-cycle-lane-opens",
    "Riverside Road cycle lane opens eight months late",
    "The Harrowgate Courier",
    "2022-06-13",
    _page(
        "en",
        "Riverside Road cycle lane opens eight months late",
        "The Harrowgate Courier",
        "2022-06-13",
        _CYCLE_BODY
        + """
<aside class="newsletter-signup">
<h3>Subscribe to our newsletter</h3>
<p>Get the day's headlines from the Courier in your inbox every morning. It's free.</p>
<form action="/newsletter" method="post"><input type="email" name="email" placeholder="Your e-mail">
<button type="submit">Sign up</button></form>
</aside>""",
    ),
)

SHORT_BRIEF = WallPage(
    "control-short-news-brief",
    "/news/2022/01/19/a47-closed-after-lorry-sheds-load",
    "A47 closed after lorry sheds load",
    "The Wensum Mercury",
    "2022-01-19",
    _page(
        "en",
        "A47 closed after lorry sheds load",
        "The Wensum Mercury",
        "2022-01-19",
        """<p>The A47 eastbound was closed between the Postwick and Blofield junctions for four
hours on Wednesday
morning after a lorry shed its load of timber. Nobody was hurt. The road reopened at 11.40am.</p>""",
        after="""<section class="related"><h2>More news</h2><ul><li><a href="/news/2022/01/18/bridge">Bridge
repairs to start in March</a></li><li><a href="/news/2022/01/17/school">New school head named</a></li>
</ul></section>""",
    ),
)

_STRUCTURED_NOT_FREE = """<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Ferry operator to keep winter timetable on the Humber",
 "datePublished": "2022-12-05T08:15:00+00:00",
 "isAccessibleForFree": false,
 "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".article-body"},
 "publisher": {"@type": "Organization", "name": "The Ashby Chronicle"}}
</script>
"""

STRUCTURED_DATA_FULL_TEXT = WallPage(
    "control-paywall-markup-full-text-shown",
    "/news/2022/12/05/ferry-winter-timetable",
    "Ferry operator to keep winter timetable on the Humber",
    "The Ashby Chronicle",
    "2022-12-05",
    _page(
        "en",
        "Ferry operator to keep winter timetable on the Humber",
        "The Ashby Chronicle",
        "2022-12-05",
        """<p class="label">Subscriber exclusive</p>
<div class="article-body">
<p>The ferry operator will keep its reduced winter timetable until the end of March, it said on Monday,
after talks with the port authority over the cost of overnight berthing failed.</p>
<p>Commuters had asked for the 7.10am sailing to be restored. The operator said it carried fewer than 30
passengers a day in January last year, too few to cover the crew's wages.</p>
<p>The port authority said it would look again at its charges in February. A spokesman for the passengers'
group called the decision "a blow to everyone who works on the other side of the river".</p>
<p>The summer timetable, with sailings every half hour, is due to start on April 1.</p>
</div>""",
        head=_STRUCTURED_NOT_FREE,
    ),
)

RU_FULL_WITH_CHANNEL_PROMO = WallPage(
    "control-ru-full-story-then-channel-promo",
    "/news/2021/10/02/novyy-most-cherez-lososinku",
    "Новый пешеходный мост через Лососинку открыли досрочно",
    "Онежский вестник",
    "2021-10-02",
    _page(
        "ru",
        "Новый пешеходный мост через Лососинку открыли досрочно",
        "Онежский вестник",
        "2021-10-02",
        """<p>Пешеходный мост через реку Лососинку в центре Петрозаводска открыли в пятницу, на месяц раньше
срока, сообщили в городской администрации.</p>
<p>Старый деревянный мост закрыли весной прошлого года после того, как обследование показало износ опор.
Новый построен из металлических конструкций и рассчитан на пятьдесят лет.</p>
<p>Стоимость работ составила 48 миллионов рублей. Подрядчик также благоустроил подходы к мосту и установил
освещение вдоль берега.</p>
<p>Жители соседних домов жаловались, что весь год им приходилось обходить реку почти километр.</p>
<p><em>Подпишитесь на наш канал в Telegram, чтобы первыми узнавать новости города.</em></p>""",
    ),
)

CONTROLS = (
    FULL_MENTIONS_SUBSCRIPTIONS,
    FULL_WITH_NEWSLETTER_BOX,
    SHORT_BRIEF,
    STRUCTURED_DATA_FULL_TEXT,
    RU_FULL_WITH_CHANNEL_PROMO,
)
