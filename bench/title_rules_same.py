"""Same answers from the title rules before and after a change that should change none (debt1, forty-first
session: the rules that ask "is a piece of this title X?" made to share one split of the title).

``bench/outputs_same.py`` judges the captured benchmark pages, whose titles are headlines: few of them reach
a gate's or a soft 404's piece rules. This asks those rules directly, of many titles that do reach them:

- every ``<title>``, ``<h1>`` and ``content="..."`` text of every ``.html`` file under ``tests/fixtures``,
  and every string (up to 300 characters) in the JSON files there;
- titles made from the rules' own phrase tables (each phrase alone, in capitals, with a trailing ``!`` or
  ``.``, beside a site's name after each separator, between a topic and the site's name, with a 5xx code),
  so that each rule's positive answers are compared too.

For each title it records the ``repr`` of the rules' answers (``gates``: a gate's title kind with and
without the site's names, the check and age tests, the whole gate signal; ``soft404``: the piece kinds,
the moved, search, listing, links, sign-up, server-status, closure, relaunch, dark, comments and withdrawal
tests, the whole soft-404 signal; ``pagebody``: the link seller's title and page, the password prompt), or
the exception raised.

Usage (from the tree measured, with its ``src`` first on ``PYTHONPATH``)::

    python bench/title_rules_same.py --save /tmp/before.pickle     # with the code before the change
    python bench/title_rules_same.py --compare /tmp/before.pickle  # after it: exit status 1 on a difference
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SITE = "The Kolyma Gazette"
HOST = "kolyma-gazette.example"
URL = f"https://{HOST}/2020/01/09/story.html"
SEPARATORS = (" | ", " - ", " — ", " :: ", " · ", " » ", " / ", ": ", "|", " • ")
#: Bounds: at most this many strings from the fixtures, and this many phrases per table.
MAX_FIXTURE_STRINGS = 40_000
MAX_PHRASES = 400


def _json_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if 0 < len(value) <= 300:
            yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _json_strings(k)
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)


def fixture_titles() -> list[str]:
    found: set[str] = set()
    pattern = re.compile(r"<(?:title|h1)[^>]*>([^<]{1,300})</(?:title|h1)>|content=\"([^\"]{1,300})\"", re.I)
    for path in sorted(FIXTURES.rglob("*.html")):
        text = path.read_text("utf-8", errors="replace")
        for m in pattern.finditer(text):
            found.add((m.group(1) or m.group(2)).strip())
    for path in sorted(FIXTURES.rglob("*.json")):
        try:
            found.update(_json_strings(json.loads(path.read_text("utf-8"))))
        except (ValueError, UnicodeDecodeError):
            continue
    return sorted(t for t in found if t)[:MAX_FIXTURE_STRINGS]


def phrase_titles() -> list[str]:
    from linkcheck import gates, soft404

    tables: list[tuple[str, ...]] = [
        gates.AD_BLOCK_TITLES, gates.CLIENT_CHECK_TITLES, gates.SIGN_IN_TITLES, gates.CONSENT_TITLES,
        gates.AGE_TITLES, tuple(soft404._LINKS_PIECES), tuple(soft404._SEARCH_TITLES),
        tuple(soft404._LISTING_PIECES), tuple(soft404._MOVED_PHRASES), tuple(soft404._PLACEHOLDERS),
        tuple(soft404._DOWN), tuple(soft404._BUSY), tuple(soft404._PHRASES),
        ("newsletters", "sign up for our newsletters", "рассылки", "write for us", "guest posts",
         "размещение статей", "enter your phone number", "are you over 18?", "error 502", "523: origin is"
         " unreachable", "archives des pont levant", "night ferries archives", "index of /news/",
         "the kolyma gazette withdraws story «port closed»", "тасс отзывает сообщение «порт закрыт»",
         "this content is password protected. to view it please enter your password below:",
         "информационное агентство «меридиан» ликвидировано", "издание прекратило работу",
         "the kola chronicle has ceased publication", "мы обновили сайт", "we've rebuilt our website",
         "welcome to our new website", "our website has changed", "this site has gone dark for 24 hours",
         "our website is offline today in protest", "сайт не работает в знак протеста", "comments (12)",
         "reader comments", "комментарии (3)", "обсуждение", "kommentare (5)"),
    ]  # fmt: skip
    out: list[str] = []
    for table in tables:
        for phrase in sorted(table)[:MAX_PHRASES]:
            forms = (phrase, phrase.upper(), phrase.capitalize() + "!", phrase.capitalize() + ".")
            for form in forms:
                out.append(form)
            out.append(f"  {phrase.capitalize()} ")
            for sep in SEPARATORS:
                out.append(f"{phrase.capitalize()}{sep}{SITE}")
                out.append(f"{SITE}{sep}{phrase}")
            out.append(f"Night ferries | {phrase} | {SITE}")
            out.append(f"Google Drive: {phrase.capitalize()}")
            # a three-word brand of 30 characters before " : ", 31 with the space the separator leaves
            out.append(f"Northernmost Kolyma Accounting : {phrase.capitalize()}")
            out.append(f"{HOST} | 502: {phrase}")
    return out


def _rules() -> list[tuple[str, Callable[[str], object]]]:
    from linkcheck import gates, pagebody, soft404
    from linkcheck.models import Metadata

    names, hosts = [SITE], [HOST]

    def meta(t: str) -> Metadata:
        return Metadata(title=t, site_name=SITE)

    return [
        ("gates._title_kind", lambda t: gates._title_kind(t, names, hosts)),
        ("gates._title_kind:bare", lambda t: gates._title_kind(t, (), ())),
        ("gates.client_check", gates.client_check),
        ("gates._is_age_check", gates._is_age_check),
        ("gates.gate_signal", lambda t: gates.gate_signal(URL, URL, meta(t), 0)),
        ("soft404._piece_kinds", soft404._piece_kinds),
        ("soft404.says_gone", soft404.says_gone),
        ("soft404.is_moved_title", lambda t: soft404.is_moved_title(t, names, hosts)),
        ("soft404._is_search_title", lambda t: soft404._is_search_title(t, names, hosts)),
        ("soft404._is_listing_title", soft404._is_listing_title),
        ("soft404.links_page_title", lambda t: soft404.links_page_title(meta(t))),
        ("soft404.signup_page_title", lambda t: soft404.signup_page_title(meta(t))),
        ("soft404.server_status_title", lambda t: soft404.server_status_title([t])),
        ("soft404.closure_title", lambda t: soft404.closure_title([t])),
        ("soft404.relaunch_title", lambda t: soft404.relaunch_title([t])),
        ("soft404.dark_title", lambda t: soft404.dark_title([t])),
        ("soft404.comments_title", lambda t: soft404.comments_title([t])),
        ("soft404.withdrawal_title", lambda t: soft404.withdrawal_title([t], names)),
        ("soft404.soft_404_signal", lambda t: soft404.soft_404_signal(URL, URL, meta(t), 0)),
        (
            "soft404.soft_404_signal:moved",
            lambda t: soft404.soft_404_signal(URL, f"https://{HOST}/", meta(t), 1),
        ),
        ("pagebody.link_sale_title", lambda t: pagebody.link_sale_title([t])),
        ("pagebody.sells_links", lambda t: pagebody.sells_links(b"dofollow links", meta(t))),
        ("pagebody._password_prompt", pagebody._password_prompt),
    ]


def outputs() -> dict[str, str]:
    titles = sorted(set(fixture_titles()) | set(phrase_titles()))
    out: dict[str, str] = {}
    for name, rule in _rules():
        for i, title in enumerate(titles):
            try:
                answer = repr(rule(title))
            except Exception as exc:  # a raise is an outcome to compare too
                answer = repr(("raised", type(exc).__name__, str(exc)))
            out[f"{name}:{i}:{title}"] = answer
    return out


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from outputs_same import save_or_compare

    return save_or_compare(outputs, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
