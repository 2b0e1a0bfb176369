"""Article extraction benchmark (issue 4): time ``extract_citations`` on a generated ~1 MB article per format.

Each article is built from paragraphs of realistic news copy (outlets named in the prose, weekday
references, "Related article:" lines, reference lists, code blocks, navigation noise, cite templates),
with one distinct cited link per paragraph and a duplicate every tenth. Prints, per format, the article size,
the citations found, the best and median wall time over ``--repeat`` runs, the best CPU time (steadier on a
shared machine) and the throughput.

With ``--small N`` it also times N small articles per format (a site's archive: each about ``--small-size``
characters, each numbered differently so that no two are the same text), all read in each run: the
citations found in all, the best and median wall time per article, and the best CPU time per article.

    /work/venv/bin/python bench/articles.py [--size 1000000] [--repeat 5] [--small 2000] [--small-size 4000]
"""

from __future__ import annotations

import argparse
import shlex
import statistics
import sys
import time
from collections.abc import Callable

from linkcheck.articles import extract_citations
from linkcheck.models import PartialDate

OUTLETS = [
    ("RIA Novosti", "ria.ru"),
    ("TASS", "tass.ru"),
    ("The Moscow Times", "www.themoscowtimes.com"),
    ("Reuters", "www.reuters.com"),
    ("Kommersant", "www.kommersant.ru"),
    ("The New York Times", "www.nytimes.com"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _url(i: int) -> tuple[str, str]:
    outlet, host = OUTLETS[i % len(OUTLETS)]
    n = i if i % 10 else i - 1  # a duplicate every tenth paragraph
    return outlet, f"https://{host}/2020/01/0{1 + n % 9}/iraq-resumes-talks-with-russia-part-{n}"


def _sentence(i: int) -> str:
    outlet, _ = _url(i)
    return (
        f"Iraq has resumed talks with Russia to buy its S-300 missile systems, a senior lawmaker told the "
        f"state-run {outlet} news agency on {WEEKDAYS[i % 5]}, adding that Baghdad's leadership had "
        f"authorized the purchase despite U.S. threats of sanctions over the deal number {i}."
    )


def text_article(size: int, first: int = 0) -> str:
    parts = ["Published: January 9, 2020\n\n"]
    i = first
    while sum(map(len, parts)) < size:
        _, url = _url(i)
        parts.append(f"{_sentence(i)}\n{url}\n\n")
        if i % 7 == 0:
            parts.append(f"Related article: Iraq Resumes Talks With Russia Part {i}\n\n")
        i += 1
    return "".join(parts)


def markdown_article(size: int, first: int = 0) -> str:
    parts = ["---\ntitle: Iraq and the S-300\ndate: 2020-01-09\n---\n\n# Iraq and the S-300\n\n"]
    i = first
    while sum(map(len, parts)) < size:
        outlet, url = _url(i)
        if i % 3 == 0:
            parts.append(f"{_sentence(i)} See [Iraq Resumes Talks With Russia Part {i}]({url}).\n\n")
        elif i % 3 == 1:
            parts.append(f"{_sentence(i)} The [{outlet}][ref{i}] report.\n\n[ref{i}]: {url}\n\n")
        else:
            parts.append(
                f"{_sentence(i)}\n\n```\ncurl {url}/code\n```\n\n- <{url}> — {outlet}, 9 January 2020\n\n"
            )
        i += 1
    return "".join(parts)


def html_article(size: int, first: int = 0) -> str:
    head = (
        "<!DOCTYPE html><html><head><title>Iraq and the S-300</title>"
        '<meta property="article:published_time" content="2020-01-09T10:00:00+03:00">'
        '<link rel="canonical" href="https://www.example-times.com/2020/01/09/iraq"></head><body>'
        '<nav class="menu"><a href="/">Home</a><a href="/world">World</a></nav><main><article>'
    )
    parts = [head]
    i = first
    while sum(map(len, parts)) < size:
        outlet, url = _url(i)
        parts.append(
            f'<p>{_sentence(i)} <a href="{url}" title="Iraq Resumes Talks With Russia Part {i}">{outlet}</a>'
            f' reported. <a href="/tags/iraq">Iraq</a></p>\n'
        )
        if i % 5 == 0:
            parts.append(
                f'<div class="share"><a href="https://twitter.com/intent/tweet?url={url}">Tweet</a></div>\n'
                f'<blockquote cite="{url}#quote"><p>We expect pushback.</p></blockquote>\n'
            )
        i += 1
    parts.append("</article></main><footer><a href='/about'>About</a></footer></body></html>")
    return "".join(parts)


def wikitext_article(size: int, first: int = 0) -> str:
    parts = ["'''Iraq–Russia relations''' cover defence cooperation.\n\n"]
    i = first
    while sum(map(len, parts)) < size:
        outlet, url = _url(i)
        parts.append(
            f"{_sentence(i)}<ref>{{{{cite news |url={url} |title=Iraq Resumes Talks Part {i} "
            f"|date=9 January 2020 |work=[[{outlet}]] |access-date=2020-01-10 "
            f"|archive-url=https://web.archive.org/web/2020/{url} |url-status=live}}}}</ref>"
            f"<!-- {url}/comment -->{{{{efn|Note {{{{lang|ru|Текст}}}}}}}}\n\n"
        )
        if i % 4 == 0:
            parts.append(f"* [{url}/external External Link Title Here] — {outlet}\n")
        i += 1
    return "".join(parts)


GENERATORS: dict[str, Callable[[int, int], str]] = {
    "text": text_article,
    "markdown": markdown_article,
    "html": html_article,
    "wikitext": wikitext_article,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=1_000_000, help="article size in characters")
    parser.add_argument("--repeat", type=int, default=5, help="runs per format (best and median shown)")
    parser.add_argument("--small", type=int, default=0, help="also time this many small articles per format")
    parser.add_argument("--small-size", type=int, default=4000, help="size of each small article")
    args = parser.parse_args(argv)
    command = " ".join(shlex.quote(a) for a in [sys.executable, "bench/articles.py", *(argv or sys.argv[1:])])
    print(f"command: {command}")
    print(
        f"{'format':<10} {'size':>9} {'citations':>9} {'best s':>8} {'median s':>9} {'cpu s':>7} {'MB/s':>6}"
    )
    for name, generate in GENERATORS.items():
        text = generate(args.size, 0)
        times = []
        cpu = []
        found = 0
        for _ in range(max(1, args.repeat)):
            start, start_cpu = time.perf_counter(), time.process_time()
            citations = extract_citations(text, name, f"bench.{name}", article_date=PartialDate(2020, 1, 9))
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            found = len(citations)
        best = min(times)
        size_mb = len(text.encode("utf-8")) / 1e6
        print(
            f"{name:<10} {len(text):>9} {found:>9} {best:>8.3f} {statistics.median(times):>9.3f} "
            f"{min(cpu):>7.3f} {size_mb / best:>6.1f}"
        )
    if args.small > 0:
        _small(args.small, args.small_size, args.repeat)
    return 0


def _small(count: int, size: int, repeat: int) -> None:
    """Time ``count`` small articles per format, each numbered from a different paragraph."""
    print(f"\n{count} small articles per format, about {size} characters each (ms per article)")
    print(
        f"{'format':<10} {'avg size':>9} {'citations':>9} {'best ms':>8} {'median ms':>9} {'cpu ms':>7} "
        f"{'MB/s':>6}"
    )
    for name, generate in GENERATORS.items():
        texts = [generate(size, 1 + 100 * k) for k in range(count)]
        times = []
        cpu = []
        found = 0
        for _ in range(max(1, repeat)):
            start, start_cpu = time.perf_counter(), time.process_time()
            found = 0
            for k, text in enumerate(texts):
                found += len(
                    extract_citations(text, name, f"small-{k}.{name}", article_date=PartialDate(2020, 1, 9))
                )
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        best, median = min(times), statistics.median(times)
        size_mb = sum(len(text.encode("utf-8")) for text in texts) / 1e6
        print(
            f"{name:<10} {sum(map(len, texts)) // count:>9} {found:>9} {best * 1e3 / count:>8.3f} "
            f"{median * 1e3 / count:>9.3f} {min(cpu) * 1e3 / count:>7.3f} {size_mb / best:>6.1f}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
