"""Library choices behind linkcheck.extract, measured (issue 3).

    /work/venv/bin/python bench/extract_libs.py

1. Parsing the corpus pages: ``lxml.etree`` directly (what extract uses) against BeautifulSoup on lxml.
2. Reading date strings (the values metas, JSON-LD and pages hold): ``linkcheck.extract.parse_date_string``
   against ``dateutil.parser.parse`` (dev venv) and ``dateparser.parse`` (bench/.venv-peers, installed
   with htmldate): strings per CPU second and how many of the strings each reads to the right day.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from linkcheck.extract import decode_html, parse_date_string  # noqa: E402

#: (string, expected day) pairs in the forms the corpus pages write.
DATES: list[tuple[str, str]] = [
    ("2020-01-09T15:12:00+03:00", "2020-01-09"),
    ("2020-01-08T22:00:00.000Z", "2020-01-08"),
    ("2020-01-09 15:12:00", "2020-01-09"),
    ("2020-01-09T15:12:04+0100", "2020-01-09"),
    ("20200109T1512", "2020-01-09"),
    ("20200109174119", "2020-01-09"),
    ("2020/01/09", "2020-01-09"),
    ("Thu, 09 Jan 2020 19:20:55 GMT", "2020-01-09"),
    ("Jan 09, 2020", "2020-01-09"),
    ("January 9, 2020", "2020-01-09"),
    ("9 January 2020", "2020-01-09"),
    ("09.01.2020, 15:12", "2020-01-09"),
    ("9. Januar 2020, 14:03 Uhr", "2020-01-09"),
    ("9 января 2020 г. 15:12", "2020-01-09"),
    ("le 9 janvier 2020 à 15h12", "2020-01-09"),
    ("9 de enero de 2020", "2020-01-09"),
    ("9 gennaio 2020", "2020-01-09"),
    ("9 stycznia 2020", "2020-01-09"),
    ("9 januari 2020, 15:12", "2020-01-09"),
    ("9.jan.2020 às 15h12", "2020-01-09"),
]

PEER_SCRIPT = """
import json, sys, time, warnings
warnings.filterwarnings("ignore")
import dateparser
dates = json.loads(sys.argv[1])
got = []
for text, _ in dates:
    value = dateparser.parse(text, settings={"DATE_ORDER": "DMY"})
    got.append(value.date().isoformat() if value else None)
best = 1e9
for _ in range(5):
    start = time.process_time()
    for text, _ in dates:
        dateparser.parse(text, settings={"DATE_ORDER": "DMY"})
    best = min(best, time.process_time() - start)
print(json.dumps({"got": got, "seconds": best}))
"""


def best_time(fn: Callable[[], Any], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    from bs4 import BeautifulSoup
    from dateutil import parser as dateutil_parser
    from lxml import etree  # type: ignore[import-untyped]

    corpus = ROOT / "tests" / "fixtures" / "pages"
    texts = [decode_html(p.read_bytes()) for p in sorted(corpus.glob("*.html"))]

    def with_lxml() -> None:
        for text in texts:
            etree.fromstring(text, etree.HTMLParser(recover=True, remove_comments=True))

    def with_bs4() -> None:
        for text in texts:
            BeautifulSoup(text, "lxml")

    lxml_s, bs4_s = best_time(with_lxml), best_time(with_bs4)
    print(f"## Extraction library choices, {dt.date.today().isoformat()}\n")
    print(f"Parsing {len(texts)} corpus pages (pages per CPU second, fastest of 5 passes):\n")
    print("| parser | pages/s |\n| --- | ---: |")
    print(f"| lxml.etree (HTMLParser) | {len(texts) / lxml_s:.0f} |")
    print(f"| BeautifulSoup(html, 'lxml') | {len(texts) / bs4_s:.0f} |")

    def ours(text: str) -> str | None:
        parsed = parse_date_string(text)
        return parsed.value.isoformat() if parsed else None

    def dateutil_parse(text: str) -> str | None:
        """The fair use of dateutil: ISO 8601 first, then the fuzzy parser, day first (European pages)."""
        try:
            return dateutil_parser.isoparse(text).date().isoformat()
        except (ValueError, OverflowError):
            pass
        try:
            return dateutil_parser.parse(text, dayfirst=True, fuzzy=True).date().isoformat()
        except (ValueError, OverflowError):
            return None

    rows: list[tuple[str, int, float]] = []
    for name, fn in (
        ("linkcheck parse_date_string", ours),
        ("dateutil isoparse, then parse(fuzzy)", dateutil_parse),
    ):
        right = sum(fn(text) == want for text, want in DATES)

        def one_pass(fn: Callable[[str], str | None] = fn) -> None:
            parse_date_string.cache_clear()  # no cached answers: every string is new
            for text, _ in DATES:
                fn(text)

        seconds = best_time(one_pass)
        rows.append((name, right, len(DATES) / seconds))
    peers = ROOT / "bench" / ".venv-peers" / "bin" / "python"
    if peers.exists():
        out = subprocess.run(
            [str(peers), "-c", PEER_SCRIPT, json.dumps(DATES)], capture_output=True, text=True, check=True
        )
        data = json.loads(out.stdout)
        right = sum(got == want for got, (_, want) in zip(data["got"], DATES, strict=True))
        rows.append(("dateparser.parse (DMY)", right, len(DATES) / data["seconds"]))
    print(f"\nReading {len(DATES)} date strings in the forms the corpus uses (ISO, compact, RFC 2822, nine")
    print("languages' text dates):\n")
    print("| parser | right day | strings/s |\n| --- | ---: | ---: |")
    for name, right, rate in rows:
        print(f"| {name} | {right}/{len(DATES)} | {rate:.0f} |")
    print("\nCommand: `/work/venv/bin/python bench/extract_libs.py`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
