"""Instructions a page's whole reading costs (classify, extract, soft 404, body, gates, shell, match): for
callgrind, which counts instructions, not time, so runs on a shared machine compare.

``python bench/rot_cost.py N`` reads every HTML page of ``tests/fixtures/{pages,heldout,rot}`` (of the tree
given by ``LINKCHECK_FIXTURES``, default this tree: give both trees the same pages) as a 200 answer at an
article URL, then judges the whole corpus ``N`` times, plain and inflated to real page sizes (the filler of
``bench/page_signals.py``), through the checker's own page reader and result builder. ``N=0`` does the
imports and the set-up only, so ``(I(N=2) - I(N=0)) / 2`` is one pass::

    PYTHONHASHSEED=0 PYTHONMALLOC=malloc PYTHONPATH=src valgrind --tool=callgrind \\
        --callgrind-out-file=/dev/null /work/venv/bin/python bench/rot_cost.py 2
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(os.environ.get("LINKCHECK_FIXTURES") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_signals import FILLER  # noqa: E402

from linkcheck import Config, checker  # noqa: E402
from linkcheck.models import Citation, FetchResult, PartialDate  # noqa: E402

URL = "https://www.example.com/news/2020/01/09/a-story-about-the-harbour"


def corpus() -> list[bytes]:
    pages = []
    for name in ("pages", "heldout", "rot"):
        for path in sorted((ROOT / "tests" / "fixtures" / name).glob("*.htm*")):
            body = path.read_bytes()
            at = body.rfind(b"</body>")
            pages.append(body)
            pages.append(body[:at] + FILLER + body[at:] if at >= 0 else body + FILLER)
    return pages


def main(passes: int) -> None:
    config = Config()
    citation = Citation(URL, title="A story about the harbour", date=PartialDate.parse("2020-01-09"))
    fetches = [
        FetchResult(url=URL, final_url=URL, status_code=200, headers={"content-type": "text/html"}, body=b)
        for b in corpus()
    ]
    slots = checker._Slots(1)
    for _ in range(passes):
        for fetch in fetches:
            checker._result(citation, checker._read_page(URL, fetch, config, slots), config)


if __name__ == "__main__":
    main(int(sys.argv[1]))
