"""Held-out probe of link rot, fifty-first batch: script-drawn walls, notices in a story's place, closures.

The same machinery as :mod:`tests.test_rot_heldout` (one loopback server plays every site, the CLI runs once
over the whole manifest, each :class:`Scenario` is one test asserting what a careful person checking the
citation concludes). Every scenario runs through the CLI on loopback, so ``bench/peers.py --batches 51`` plays
them all. Pages are in ``tests/fixtures/rot`` (``r51-*.html``, see its README). Outlets are invented: The
Wexcombe Observer, Рівненський вісник (Ukrainian), Vysočinský týdeník (Czech), Kurier Suwalski (Polish), the
Altmühl-Bote (German, closed) and The Dunmore Clarion (closed).

New ground:

- wall1's leftovers, a story's headline, byline and date kept over a teaser whose rest is withheld: a wall a
  script draws after load (the HTML holds two paragraphs, an empty container that the page's own
  ``hasPart.cssSelector`` names as the paid part, and a script queueing the wall); a long-read teaser of some
  2,700 characters, then 'The rest of this article is for subscribers only.'; wall lines in Ukrainian
  ('Цей матеріал доступний лише для передплатників') and Czech ('Zbytek článku je dostupný pouze pro
  předplatitele');
- 'Ten materiał jest niedostępny w Twoim kraju' (a Polish geo-block, 200);
- a Czech consent manager's dialog ('Vážíme si vašeho soukromí', 'Přijmout vše') with no story behind it;
- a Ukrainian 'Матеріал видалено' notice (removed to carry out a court's decision);
- a German paper's e-paper viewer (an empty flipbook and a subscription offer) served at the story's address;
- a story 301 to its author's archive, page 3 of 41 (a WordPress ``ProfilePage``); a Polish story address
  answering 200 with the author's list of articles ('Artykuły autora: 318');
- a closed paper's farewell letter at every old address: English ('A farewell to our readers ... has
  closed', 200) and German ('Abschied von unseren Leserinnen und Lesern ... hat sein Erscheinen eingestellt',
  every address 302 to it).

Controls that must stay ok and pass: a story headlined with "Not available in your region" (cricket streams
blocked); a story headlined "We have closed" about another paper's last edition, quoting its farewell letter;
a long free story followed by 'This article is free to read, but our journalism is funded by subscribers'; a
free story (``isAccessibleForFree: true``) with an empty wall container the outlet puts on every page.

Not played again (grepped): geo-blocks in eleven languages, consent walls in nine, 'removed following a legal
complaint' and Роскомнадзор's removals, the right to be forgotten, a 301 to the e-paper issue, an agency's
story now only a video, a closed outlet's 'Издание прекратило работу'.

Written before reading the code under ``src/``: the expectations are what a person concludes, not what the
code does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.test_rot_heldout import (
    FAIL,
    MISMATCH,
    NOT_PASS,
    OK,
    WARN,
    Run,
    Scenario,
    _param,
    check_scenario,
    control,
    gone,
    html,
    play,
    redirect,
    s,
)

pytestmark = pytest.mark.e2e

WEX = "outlet: The Wexcombe Observer"
RIVNE = "outlet: Рівненський вісник"
VYSOCINA = "outlet: Vysočinský týdeník"
SUWALKI = "outlet: Kurier Suwalski"
ALTMUEHL = "outlet: Altmühl-Bote"
DUNMORE = "outlet: The Dunmore Clarion"

#: the report must name the wall (wall1's finding says "paywall"/"subscribers" whatever the page's language)
WALLED_TEXT = (("subscri", "paywall"),)
FAREWELL_AT = "/abschied"
AUTHOR_AT = "/author/mary-halloran/page/3/"

SHARED = {
    "/": html("home.html"),
    FAREWELL_AT: html("r51-altmuehl-farewell-de.html"),
    AUTHOR_AT: html("r51-wex-author-archive-page.html"),
}


def _walled(sid: str, path: str, fields: str, page: str, why: str) -> Scenario:
    """The cited story's headline, byline and date over a teaser whose rest is withheld: ok, but warned."""
    return Scenario(
        sid,
        path,
        fields,
        {path: html(page)},
        OK,
        WARN,
        why,
        must=("text_walled",),
        must_not=(*MISMATCH, "moved"),
        says=WALLED_TEXT,
    )


SCENARIOS: list[Scenario] = [
    # --- the story is there ---------------------------------------------------------------------------------
    control(
        "control-story-headlined-not-available-in-your-region",
        "/sport/2022/07/05/county-cricket-streams-blocked",
        f'title: "\\"Not available in your region\\": county cricket fans shut out of streams" | {WEX}'
        " | date: 2022-07-05",
        "r51-wex-story-quoting-geoblock.html",
        "a story headlined 'Not available in your region' that quotes 'This content is not available in your"
        " region' inside a sentence; headline, date and outlet as cited: the story",
    ),
    control(
        "control-story-headlined-we-have-closed",
        "/news/2022/12/17/dunmore-clarion-final-edition",
        f'title: "\\"We have closed\\": the Dunmore Clarion prints its final edition after 131 years"'
        f" | {WEX} | date: 2022-12-17",
        "r51-wex-story-paper-closes.html",
        "another outlet's story about a paper's closure, quoting its letter 'A farewell to our readers', 'has"
        " closed', 'Thank you for reading'; as cited: the story",
    ),
    control(
        "control-long-free-story-with-subscriber-appeal",
        "/news/2022/04/02/lifeboat-crew-61-launches",
        f'title: "The lifeboat crew who went out 61 times in one winter" | {WEX} | date: 2022-04-02',
        "r51-wex-long-story-free-with-subscriber-appeal.html",
        "a long story read whole, then a box 'This article is free to read, but our journalism is funded by"
        " subscribers.' / 'Subscribe to the Observer from £1 a week': nothing is withheld; the story as"
        " cited",
    ),
    control(
        "control-free-story-with-empty-wall-container",
        "/news/2022/09/10/park-run-500th-event",
        f'title: "Wexcombe park run celebrates its 500th event" | {WEX} | date: 2022-09-10',
        "r51-wex-story-free-empty-wall-mount.html",
        "a free story (isAccessibleForFree: true, read whole) with the empty wall container and wall script"
        " the outlet puts on every page; nothing is withheld: the story as cited",
    ),
    # --- the story is there, its text is not (wall1's leftovers) --------------------------------------------
    _walled(
        "wall-drawn-by-script-after-load",
        "/news/2021/06/08/harbour-dredging-contract-dutch-firm",
        f'title: "Wexcombe harbour dredging contract goes to Dutch firm" | {WEX} | date: 2021-06-08',
        "r51-wex-wall-drawn-by-script.html",
        "the headline, byline and date over a two-paragraph teaser, then an empty '.premium-body' (the part"
        " the page's own JSON-LD names, isAccessibleForFree: false) and a script that draws the wall; no"
        " wall line in the HTML, but the paid part was not served: the cited story (ok) whose text cannot be"
        " read (warn)",
    ),
    _walled(
        "long-teaser-then-wall-line",
        "/news/2022/02/19/fight-to-save-last-boatyard",
        f'title: "Inside the fight to save Wexcombe\'s last boatyard" | {WEX} | date: 2022-02-19',
        "r51-wex-long-teaser-then-wall.html",
        "a long read whose first eight paragraphs (some 2,700 characters) are shown, then 'The rest of this"
        " article is for subscribers only.' and an offer, and nothing after: the cited story (ok), most of"
        " whose text is withheld (warn)",
    ),
    _walled(
        "wall-line-ukrainian",
        "/novyny/2021/07/14/mist-cherez-ustyu",
        f'title: "У Рівному відремонтують міст через Устю" | {RIVNE} | date: 2021-07-14',
        "r51-rivne-wall-uk.html",
        "the headline, byline and date over one paragraph, then 'Цей матеріал доступний лише для"
        " передплатників.' / 'Оформіть передплату, щоб читати далі': the story (ok), walled (warn)",
    ),
    _walled(
        "wall-line-czech",
        "/zpravy/2022/03/09/jihlava-zimni-stadion",
        f'title: "Jihlava postaví nový zimní stadion za 900 milionů" | {VYSOCINA} | date: 2022-03-09',
        "r51-vysocina-wall-cs.html",
        "the headline, byline and date over one paragraph, then 'Zbytek článku je dostupný pouze pro"
        " předplatitele.' / 'Předplaťte si ... a čtěte dál': the story (ok), walled (warn)",
    ),
    # --- blocked where the checker runs ---------------------------------------------------------------------
    Scenario(
        "geoblock-200-polish",
        "/wiadomosci/2021/08/19/festiwal-nad-wigrami",
        f'title: "Festiwal nad Wigrami przyciągnął tłumy" | {SUWALKI} | date: 2021-08-19',
        {"/wiadomosci/2021/08/19/festiwal-nad-wigrami": html("r51-suwalki-geoblock-pl.html")},
        s("blocked"),
        WARN,
        "'Ten materiał jest niedostępny w Twoim kraju' in the <h1> ('ze względu na ograniczenia licencyjne',"
        " viewable only in Poland), served 200: blocked where the checker runs, not gone, not another page",
        must_not=MISMATCH,
    ),
    Scenario(
        "consent-wall-only-czech",
        "/zpravy/2022/05/17/trebic-nova-knihovna",
        f'title: "Třebíč otevřela novou knihovnu v bývalé továrně" | {VYSOCINA} | date: 2022-05-17',
        {"/zpravy/2022/05/17/trebic-nova-knihovna": html("r51-vysocina-consent-wall-cs.html")},
        s("blocked"),
        WARN,
        "only a consent manager's dialog ('Vážíme si vašeho soukromí' in an <h2>, 'Přijmout vše', 'Odmítnout"
        " vše') under the bare site name, served 200: a consent wall in front of the story, not gone",
        cause=s("consent"),
        must_not=MISMATCH,
    ),
    # --- a notice or another page in the story's place ------------------------------------------------------
    Scenario(
        "story-removed-by-court-decision-ukrainian",
        "/novyny/2021/09/02/zabudova-parku",
        f'title: "Забудова парку на Грабнику: мешканці протестують" | {RIVNE} | date: 2021-09-02',
        {"/novyny/2021/09/02/zabudova-parku": html("r51-rivne-removed-court-uk.html")},
        s("soft_404", "blocked"),
        NOT_PASS,
        "'Матеріал видалено' ('Цей матеріал видалено на виконання рішення суду'), served 200: the story is"
        " not there (removed by a court's decision), and this is not another story",
        must_not=(*MISMATCH, "moved"),
    ),
    gone(
        "e-paper-viewer-at-story-address-german",
        "/lokales/2020/03/12/neue-altmuehlbruecke-freigegeben",
        f'title: "Neue Altmühlbrücke in Gunzenhausen freigegeben" | {ALTMUEHL} | date: 2020-03-12',
        "r51-altmuehl-epaper-viewer-de.html",
        "the story's address answers 200 with the e-paper viewer ('E-Paper – Altmühl-Bote', an empty"
        " flipbook filled by script, 'Jetzt E-Paper lesen', 'Digital-Abo'): nothing of the story is there",
    ),
    Scenario(
        "story-301-to-author-archive-page",
        "/news/2019/10/22/school-meals-price-rise",
        f'title: "School meals to cost £2.60 from January" | {WEX} | date: 2019-10-22',
        {"/news/2019/10/22/school-meals-price-rise": redirect(301, AUTHOR_AT)},
        s("soft_404"),
        FAIL,
        "the story 301s to its author's archive, page 3 of 41 ('Mary Halloran, Author at The Wexcombe"
        " Observer - Page 3 of 41', a ProfilePage, teasers of 2024): the story is gone, a listing answers"
        " for it; not its new address",
        must_not=("moved",),
    ),
    gone(
        "story-address-serves-author-listing-polish",
        "/wiadomosci/2020/02/18/nowe-rondo-na-pulaskiego",
        f'title: "Nowe rondo na Pułaskiego gotowe przed terminem" | {SUWALKI} | date: 2020-02-18',
        "r51-suwalki-author-listing-pl.html",
        "the story's address answers 200 with its author's page ('Anna Wiśniewska – artykuły autora',"
        " 'Artykuły autora: 318', five links of 2024, pages 1 to 64): the story is gone",
    ),
    gone(
        "closed-paper-farewell-letter-at-old-address",
        "/news/2019/05/30/harbour-festival-returns",
        f'title: "Harbour festival returns after ten-year gap" | {DUNMORE} | date: 2019-05-30',
        "r51-dunmore-farewell-en.html",
        "every old address answers 200 'A farewell to our readers' ('After 131 years, The Dunmore Clarion"
        " has closed ... this website is no longer updated ... thank you for reading'): the story is gone"
        " with the paper",
    ),
    Scenario(
        "closed-paper-302-to-farewell-letter-german",
        "/lokales/2019/07/23/altmuehlsee-badewasser",
        f'title: "Altmühlsee: Badewasserqualität wieder gut" | {ALTMUEHL} | date: 2019-07-23',
        {"/lokales/2019/07/23/altmuehlsee-badewasser": redirect(302, FAREWELL_AT)},
        s("soft_404"),
        FAIL,
        "every old address 302s to 'Abschied von unseren Leserinnen und Lesern' ('nach 74 Jahren hat der"
        " Altmühl-Bote sein Erscheinen eingestellt ... wird nicht mehr aktualisiert'): the story is gone with"
        " the paper; not a new address",
        must_not=("moved",),
    ),
]
IDS = [sc.id for sc in SCENARIOS]
assert len(set(IDS)) == len(IDS)
assert len(IDS) == 16


@pytest.fixture(scope="module")
def rot51_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    yield from play(SHARED, SCENARIOS, tmp_path_factory.mktemp("rot51"))


@pytest.mark.parametrize("scenario", [_param(sc) for sc in SCENARIOS])
def test_rot51_scenario(rot51_run: Run, scenario: Scenario) -> None:
    check_scenario(rot51_run, scenario)


def test_every_scenario_was_reported(rot51_run: Run) -> None:
    assert sorted(rot51_run.results) == sorted(IDS), rot51_run.stderr
