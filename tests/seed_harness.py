"""The seed probes' one harness: the outlets' loopback names, one 127.0.0.1 server, pages and the real CLI.

``tests/test_seed_probe5.py`` .. ``test_seed_probe11.py`` import it; each held its own copy until the
fiftieth session. Where the copies differed, the difference a probe relies on is a parameter here:

- how a request's path finds its page (``fixtures(forms=...)``): the fifth probe keys pages by the path as
  sent (``exact_route``); the sixth and seventh by the path percent-decoded (``decoded_route``); the eighth
  on by any of the path's spellings (``route_forms``, the default);
- ``html(footer=...)``: the fifth probe's pages always carry a ``<footer>`` element (``footer=""``); the
  others carry none (``None``, the default);
- ``run(stdin=...)``: the sixth and seventh probes feed the CLI's standard input;
- ``fixtures(query=True)``: the eleventh probe keys a page by a path with its query (a redirect back to the
  story with a flag in its query); the others ignore the query.

Hosts are mapped to loopback as docs/security.md says: a name under ``localhost`` is this machine's loopback
without a lookup, let through with ``--allow-private``. The one ``tests/site_server.py`` server answers every
name by its ``Host`` header; no name is ever sent to a resolver.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from tests.site_server import Page, Request, SiteServer, serve

SEED = Path("/work/shared/seed/article.txt")

RIA = "ria.localhost"
TASS = "tass.localhost"
MT = "www.themoscowtimes.localhost"

RIA_PATH = "/20200109/1563219328.html"
TASS_PATH = "/politika/7487995"
MT_PATH = "/2024/05/02/will-russia-reinforce-iraqs-air-defenses-after-israeli-strikes"
MT_TITLE = "Will Russia Reinforce Iraq's Air Defenses After Israeli Strikes?"

RIA_TITLE = "Ирак возобновил переговоры с Россией о покупке С-300"
TASS_TITLE = "Жириновский призвал Иран купить российские С-400"

# The seed article's three citations as it writes them (the real outlets' addresses).
REAL_RIA = "https://ria.ru" + RIA_PATH
REAL_TASS = "https://tass.ru" + TASS_PATH
REAL_MT = "https://www.themoscowtimes.com" + MT_PATH

COMMON = ["--allow-private", "--no-config", "--retries", "0", "--deadline", "15", "--max-time", "40", "-q"]

NOT_FOUND = Page(404, b"<!doctype html><html><head><title>404</title></head><body>Not found</body></html>")


def exact_route(route: str) -> list[str]:
    """The path as sent (the fifth probe's lookup)."""
    return [route]


def decoded_route(route: str) -> list[str]:
    """The path percent-decoded as UTF-8 (the sixth and seventh probes' lookup)."""
    return [unquote(route)]


def route_forms(route: str) -> list[str]:
    """The keys a request's path may match: as sent, percent-decoded as UTF-8, and raw UTF-8 bytes decoded."""
    forms = [route, unquote(route)]
    with suppress(UnicodeDecodeError, UnicodeEncodeError):
        forms.append(unquote(route.encode("latin-1").decode("utf-8")))
    return forms


@dataclass
class Sites:
    server: SiteServer
    pages: dict[tuple[str, str], Page] = field(default_factory=dict)

    def url(self, host: str, path: str) -> str:
        return f"http://{host}:{self.server.port}{path}"

    def article(self, text: str) -> str:
        """The seed article's text with each outlet's address moved under ``localhost``, lines kept."""
        return (
            text.replace("https://ria.ru/", self.url(RIA, "/"))
            .replace("https://tass.ru/", self.url(TASS, "/"))
            .replace("https://www.themoscowtimes.com/", self.url(MT, "/"))
        )


def fixtures(forms: Callable[[str], list[str]] = route_forms, *, query: bool = False) -> tuple[Any, Any]:
    """A probe's ``server`` (one per module) and ``sites`` (its pages cleared for each test) fixtures.

    A probe binds them by name: ``server, sites = fixtures(...)``. A request's query is ignored, unless
    ``query`` (the eleventh probe): then a page keyed by the path with its query answers that request first.
    """

    @pytest.fixture(scope="module", name="server")
    def server() -> Iterator[Sites]:
        holder: list[Sites] = []

        def answer(request: Request) -> Page:
            pages = holder[0].pages
            if query and "?" in request.path and (request.host, request.path) in pages:
                return pages[(request.host, request.path)]
            for form in forms(request.route):
                page = pages.get((request.host, form))
                if page is not None:
                    return page
            return NOT_FOUND

        with serve({}, answer=answer) as site:
            holder.append(Sites(site))
            yield holder[0]

    @pytest.fixture(name="sites")
    def sites(server: Sites) -> Sites:
        server.pages.clear()
        return server

    return server, sites


def html(
    title: str,
    *,
    body: str,
    head: str = "",
    lang: str = "ru",
    og_title: str | None = None,
    site_name: str | None = None,
    published: str | None = None,
    footer: str | None = None,
) -> Page:
    parts = [f"<title>{title}</title>", f'<meta property="og:title" content="{og_title or title}">']
    if site_name:
        parts.append(f'<meta property="og:site_name" content="{site_name}">')
    if published:
        parts.append(f'<meta property="article:published_time" content="{published}">')
    parts.append(head)
    tail = "" if footer is None else f"<footer>{footer}</footer>"
    return Page(
        body=(
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{"".join(parts)}</head>'
            f"<body>{body}{tail}</body></html>"
        ).encode()
    )


def redirect(status: int, location: str, headers: dict[str, str] | None = None) -> Page:
    return Page(status, b"", {"Location": location, "Content-Type": "text/html", **(headers or {})})


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linkcheck", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def check_json(cwd: Path, *args: str) -> tuple[int, dict[str, Any]]:
    done = run(*args, "--format", "json", *COMMON, cwd=cwd)
    assert done.returncode in (0, 1), done.stdout + done.stderr
    return done.returncode, json.loads(done.stdout)


def by_url(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A JSON report's results keyed by their address."""
    return {r["url"]: r for r in report["results"]}


def kinds(result: dict[str, Any]) -> dict[str, str]:
    """A result's findings: each kind and its severity."""
    return {f["kind"]: f["severity"] for f in result["findings"]}


def extracted_urls(output: str) -> list[str]:
    """The addresses of ``linkcheck extract``'s manifest lines (not its comments or ``@article`` lines)."""
    return [
        line.split(" | ", 1)[0].strip()
        for line in output.splitlines()
        if line.strip() and not line.startswith(("#", "@"))
    ]


def manifest(tmp_path: Path, text: str, name: str = "sources.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


#: The seed article's three cited pages' texts and the article's own lines, as the probes from the
#: nineteenth on write them (moved here by the lead in the fifty-ninth session: probes 19 and 20 held twins).
#: Probes 14-18 write their pages with their own texts through :func:`ria_page`, :func:`tass_page` and
#: :func:`mt_page` (tidy12: each held its own copy of the three builders).
RIA_TEXT = (
    "<p>Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем С-300, сообщил председатель"
    " комитета по безопасности и обороне иракского парламента.</p>"
)
TASS_TEXT = "<p>Лидер ЛДПР Владимир Жириновский призвал Иран купить российские системы С-400 и С-500.</p>"
MT_TEXT = "<p>Strikes attributed to Israel have exposed gaps in Iraq's air defenses.</p>"

LEAD = (
    "Iraq has resumed talks with Russia to buy its S-300 surface-to-air missile systems, a senior Iraqi"
    " lawmaker told the state-run RIA Novosti news agency following the U.S. killing of a top Iranian"
    " commander and Iran’s retaliatory missile strikes there."
)
QUOTE = (
    "“I told Iran’s leadership to buy our more powerful S-400 and S-500 missile defense systems and to open"
    " air, naval and land bases like in Syria,” the state-run TASS news agency quoted Zhirinovsky as saying."
)
TAIL = "Reuters contributed reporting to this article."


def story(
    title: str,
    text: str,
    *,
    site_name: str,
    published: str | None,
    lang: str = "ru",
    head: str = "",
    before: str = "",
) -> Page:
    """A story's page: ``title`` as its ``<title>``, ``og:title`` and headline, then ``before`` (a byline, a
    dateline) and ``text`` (a probe's own) in its ``<article>``."""
    return html(
        title,
        lang=lang,
        site_name=site_name,
        published=published,
        head=head,
        body=f"<article><h1>{title}</h1>{before}{text}</article>",
    )


def ria_page(
    text: str = RIA_TEXT,
    *,
    head: str = "",
    before: str = "",
    published: str | None = "2020-01-09T10:12:00+03:00",
    site_name: str = "РИА Новости",
) -> Page:
    """RIA's story (:func:`story`)."""
    return story(RIA_TITLE, text, site_name=site_name, published=published, head=head, before=before)


def tass_page(
    text: str = TASS_TEXT,
    *,
    title: str = TASS_TITLE,
    head: str = "",
    before: str = "",
    published: str | None = "2020-01-09T11:40:00+03:00",
    site_name: str = "ТАСС",
) -> Page:
    """TASS's story (:func:`story`), its headline ``title``."""
    return story(title, text, site_name=site_name, published=published, head=head, before=before)


def mt_page(
    text: str = MT_TEXT,
    *,
    canonical: str | None = None,
    title: str = MT_TITLE,
    head: str = "",
    before: str = "",
    published: str | None = "2024-05-02T15:20:00+03:00",
) -> Page:
    """The Moscow Times's related article (:func:`story`), in English, its headline ``title``; its canonical
    link to ``canonical`` first in ``<head>`` when given."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return story(
        title,
        text,
        site_name="The Moscow Times",
        published=published,
        lang="en",
        head=link + head,
        before=before,
    )


def serve_all_three(s: Sites) -> None:
    s.pages[(RIA, RIA_PATH)] = ria_page()
    s.pages[(TASS, TASS_PATH)] = tass_page()
    s.pages[(MT, MT_PATH)] = mt_page()


#: Probes 14 and 15's pages (both wrote these three texts; tidy13 moved them here): RIA's and TASS's under
#: their datelines, each with a second paragraph, RIA's naming its source; the related article at length.
DATELINED_RIA_TEXT = (
    "<p>МОСКВА, 9 янв — РИА Новости. Ирак возобновил переговоры с Россией о покупке зенитных ракетных систем"
    " С-300, сообщил РИА Новости председатель комитета по безопасности и обороне иракского парламента"
    " Мохаммед Реза аль-Хайдер.</p><p>Переговоры были приостановлены из-за угроз санкций со стороны США.</p>"
)
DATELINED_TASS_TEXT = (
    "<p>МОСКВА, 9 января. /ТАСС/. Лидер ЛДПР Владимир Жириновский призвал Иран купить российские"
    " зенитные ракетные системы С-400 и С-500.</p><p>Он также предложил Ирану открыть у себя воздушные,"
    " морские и сухопутные базы, как в Сирии.</p>"
)
LONG_MT_TEXT = (
    "<p>Strikes attributed to Israel have exposed gaps in Iraq's air defenses. Analysts ask whether Moscow"
    " could supply systems such as the S-300 or the Pantsir, and what Baghdad could pay.</p>" * 5
)


def datelined_ria(canonical: str | None = None) -> Page:
    """RIA's story with :data:`DATELINED_RIA_TEXT`, its canonical link to ``canonical`` when given."""
    return ria_page(
        DATELINED_RIA_TEXT, head=f'<link rel="canonical" href="{canonical}">' if canonical else ""
    )


def datelined_tass() -> Page:
    """TASS's story with :data:`DATELINED_TASS_TEXT`."""
    return tass_page(DATELINED_TASS_TEXT)


def long_mt(path: str = MT_PATH) -> Page:
    """The related article with :data:`LONG_MT_TEXT`, its canonical link to the real outlet's ``path``."""
    return mt_page(LONG_MT_TEXT, canonical=f"https://www.themoscowtimes.com{path}")


def serve_datelined_three(s: Sites) -> None:
    """The three stories of probes 14 and 15 at the harness's addresses."""
    s.pages[(RIA, RIA_PATH)] = datelined_ria()
    s.pages[(TASS, TASS_PATH)] = datelined_tass()
    s.pages[(MT, MT_PATH)] = long_mt()


def three_lines_at(
    ria: str,
    tass: str,
    mt: str,
    *,
    ria_date: str = "2020-01-09",
    tass_date: str = "2020-01-09",
    ria_outlet: str = "RIA Novosti",
    tass_outlet: str = "TASS",
    mt_extra: str = "",
) -> str:
    """The seed article's three citations as manifest lines at the addresses given (probe 16 cites one
    elsewhere; tidy13): RIA's and TASS's dated, outlets and dates as given, ``mt_extra`` after the related
    article's."""
    return (
        f"{ria} | title: {RIA_TITLE} | outlet: {ria_outlet} | date: {ria_date}\n"
        f"{tass} | title: {TASS_TITLE} | outlet: {tass_outlet} | date: {tass_date}\n"
        f"{mt} | title: {MT_TITLE} | outlet: The Moscow Times{mt_extra}\n"
    )


def three_lines(
    sites: Sites,
    *,
    ria_date: str = "2020-01-09",
    tass_date: str = "2020-01-09",
    ria_outlet: str = "RIA Novosti",
    tass_outlet: str = "TASS",
    mt_extra: str = "",
) -> str:
    """:func:`three_lines_at` the harness's addresses (probes 17 and 18; tidy12)."""
    return three_lines_at(
        *local_three(sites),
        ria_date=ria_date,
        tass_date=tass_date,
        ria_outlet=ria_outlet,
        tass_outlet=tass_outlet,
        mt_extra=mt_extra,
    )


def noted_lines(sites: Sites) -> list[str]:
    """The three lines at the harness's addresses as a list, the related article's noted ``Related article``
    (probes 14 and 15, which write them with other line ends; tidy13)."""
    return three_lines(sites, mt_extra=" | note: Related article").splitlines()


def local_three(s: Sites) -> tuple[str, str, str]:
    return s.url(RIA, RIA_PATH), s.url(TASS, TASS_PATH), s.url(MT, MT_PATH)


def line_of(output: str, url: str) -> str:
    """The line of ``linkcheck extract``'s ``output`` that cites ``url`` (probes 19-21; tidy13)."""
    return next(line for line in output.splitlines() if line.startswith(url + " ") or line == url)


def assert_the_three(
    urls: list[str], output: str, ria: str, tass: str, mt: str, *, titled: bool = True
) -> None:
    """``urls`` are the three addresses, and (``titled``) the related article's line holds its title (probes
    19 and 20; tidy13)."""
    assert sorted(urls) == sorted([ria, tass, mt]), output
    if titled:
        assert f"title: {MT_TITLE}" in line_of(output, mt), output
