"""How many times each table or pattern built when first wanted is built, with many threads asking (race1).

cost24 (``bench/first_use.py``) found ``names.WordSearch``'s patterns built by every worker thread that asked
while the first was still building them. This bench asks the same of every other builder a worker thread
reaches while reading, judging or fetching a page (the zero-argument ``functools`` caches, and the patterns
``linkcheck.extract.tables`` compiles when first read), and of those only the article readers reach (the
main thread's, listed for completeness).

Each builder is shimmed in the bench only: its undecorated function (the end of its ``__wrapped__`` chain) is
wrapped to count its calls and their CPU (``time.thread_time``), then wrapped again as the tree wraps it (an
``lru_cache`` of the same size, or ``linkcheck.memo.once`` where the tree uses it), and put back under its
name in its module (callers look it up there on each call). ``tables``' patterns are counted by the
``re.compile`` calls of the module's ``__getattr__`` (its ``re`` is given a counting stand-in).

Modes:

``at-once`` (default): for each TREE, a fresh interpreter; for each builder in turn, the regex cache
purged and the builder's memo fresh, ``--threads`` threads wait at a barrier and then each asks for it.
Printed: builds per builder (median and range over ``--reps`` interpreters), CPU of those builds.

    python bench/first_use_all.py /work/wt/base53c /tmp/race1_tree --threads 32 --reps 3

``shim DIR``: writes ``DIR/sitecustomize.py``, which shims the builders as their modules are imported in
any process started with ``DIR`` on ``PYTHONPATH`` (the CLI and its shard processes) and, when the process
leaves (``os._exit``, as the CLI and the shards do, or normally), writes ``$RACE1_OUT/<pid>.json``: builds
and their CPU per builder. ``report OUTDIR`` sums those files. A run:

    python bench/first_use_all.py shim /tmp/race1shim
    # /tmp/race1lc, a wrapper:
    #   PYTHONPATH=/tmp/race1shim:TREE/src RACE1_OUT=/tmp/race1counts exec python -m linkcheck "$@"
    unshare -rn sh -c 'ip link set lo up; python bench/throughput.py --tools linkcheck --cases clean \\
        --latency 0 --reps 1 --linkcheck /tmp/race1lc'
    python bench/first_use_all.py report /tmp/race1counts
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

#: (module, name, who reaches it): the zero-argument builders of ``src/linkcheck`` at base53c.
BUILDERS: tuple[tuple[str, str, str], ...] = (
    ("linkcheck.soft404", "_error_pattern", "page"),
    ("linkcheck.gates", "_block_head", "page"),
    ("linkcheck.match", "_cjk", "page"),
    ("linkcheck.match", "_repeat_keys", "page"),
    ("linkcheck.match", "_direction_table", "page"),
    ("linkcheck.match", "_magnitude_table", "page"),
    ("linkcheck.match", "_hebrew_states", "page"),
    ("linkcheck.quotes", "_cjk", "page"),
    ("linkcheck.archives", "_capture", "page"),
    ("linkcheck.extract.tables", "title_separator_re", "page"),
    ("linkcheck.extract.dates", "_script_dmy", "page"),
    ("linkcheck.extract.dates", "_sinhala_ymd", "page"),
    ("linkcheck.extract.dates", "_tamil_mdy", "page"),
    ("linkcheck.extract.pdf", "_not_titles", "page"),
    ("linkcheck.articles._base", "_sign_up_end", "article"),
    ("linkcheck.articles._base", "_cjk_run", "article"),
    ("linkcheck.articles._dates", "_year_first_dotted", "article"),
    ("linkcheck.articles._dates", "_vietnamese_dmy", "article"),
    ("linkcheck.articles._dates", "_more_numeric_forms", "article"),
    ("linkcheck.articles._dates", "_baltic_year_first", "article"),
    ("linkcheck.articles._dates", "_year_suffixed", "article"),
    ("linkcheck.articles._dates", "_devanagari_dmy", "article"),
    ("linkcheck.articles._dates", "_lunar_dmy", "article"),
    ("linkcheck.articles.markdown", "_heading_line", "article"),
    ("linkcheck.articles.plaintext", "_ending_title", "article"),
    ("linkcheck.articles.plaintext", "_quoted_line", "article"),
)

#: The code shared by both modes: the shims. Kept as text, since the shim mode writes it into a
#: ``sitecustomize.py`` run by processes this one does not start.
_SHIM = r'''
import functools, re, threading, time

COUNTS = {}  # "module:name" -> [builds, cpu seconds]
_count_lock = threading.Lock()


def _counted(key, build):
    def counting():
        start = time.thread_time()
        try:
            return build()
        finally:
            spent = time.thread_time() - start
            with _count_lock:
                entry = COUNTS.setdefault(key, [0, 0.0])
                entry[0] += 1
                entry[1] += spent
    functools.update_wrapper(counting, build)
    return counting


def shim_builder(module, name):
    """Wrap ``module.name`` (an lru_cache or memo.once builder) to count its builds; the memo fresh."""
    old = getattr(module, name, None)
    if old is None or not hasattr(old, "cache_info"):
        return False
    inner = old
    while hasattr(inner, "__wrapped__"):
        inner = inner.__wrapped__
    counting = _counted(f"{module.__name__}:{name}", inner)
    if "cache_clear" in vars(old):  # linkcheck.memo.once
        from linkcheck.memo import once
        new = once(counting)
    else:
        new = functools.lru_cache(maxsize=old.cache_info().maxsize)(counting)
    setattr(module, name, new)
    return True


class _CountingRe:
    """``re`` for ``linkcheck.extract.tables``: counts its ``compile`` calls by the pattern's later name."""

    def __init__(self, names):
        self.names = names  # pattern text -> name

    def __getattr__(self, attr):
        return getattr(re, attr)

    def compile(self, pattern, flags=0):
        name = self.names.get(pattern)
        if name is None:
            return re.compile(pattern, flags)
        return _counted(f"linkcheck.extract.tables:{name}", lambda: re.compile(pattern, flags))()


def shim_tables(tables):
    later = getattr(tables, "_LATER", {})
    tables.re = _CountingRe({args[0]: name for name, args in later.items()})
    return sorted(later)
'''


_AT_ONCE = r"""
import importlib, json, re, sys, threading, time
threads, builders = int(sys.argv[1]), json.loads(sys.argv[2])
import linkcheck.checker
linkcheck.checker._import_readers()
for mod, _, _ in builders:
    importlib.import_module(mod)
tables = sys.modules["linkcheck.extract.tables"]
asks = []
for mod, name, who in builders:
    module = sys.modules[mod]
    if shim_builder(module, name):
        asks.append((f"{mod}:{name}", who, lambda module=module, name=name: getattr(module, name)()))
for name in shim_tables(tables):
    def read(name=name):
        return getattr(tables, name)
    asks.append((f"linkcheck.extract.tables:{name}", "page", read))
    tables.__dict__.pop(name, None)  # as before its first read
out = {}
for key, who, read in asks:
    re.purge()
    start = threading.Barrier(threads)
    got = []
    def work():
        start.wait()
        got.append(id(read()))
    pool = [threading.Thread(target=work) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    builds, cpu = COUNTS.get(key, [0, 0.0])
    out[key] = {"who": who, "builds": builds, "cpu": cpu, "distinct": len(set(got))}
print(json.dumps(out))
"""


_SITE = r'''
import importlib.abc, importlib.machinery, json, os, sys, atexit

_TARGETS = {}
for _mod, _name, _who in BUILDERS:
    _TARGETS.setdefault(_mod, []).append(_name)
_OUT = os.environ.get("RACE1_OUT")


class _After(importlib.abc.MetaPathFinder):
    """Shims a target module's builders once it is executed."""

    def find_spec(self, fullname, path, target=None):
        if fullname not in _TARGETS and fullname != "linkcheck.extract.tables":
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        run = loader.exec_module

        def exec_module(module):
            run(module)
            for name in _TARGETS.get(fullname, ()):
                shim_builder(module, name)
            if fullname == "linkcheck.extract.tables":
                shim_tables(module)

        loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _After())
_written = []


def _write():
    if _OUT and not _written:
        _written.append(1)
        os.makedirs(_OUT, exist_ok=True)
        with open(os.path.join(_OUT, f"{os.getpid()}.json"), "w") as f:
            json.dump(COUNTS, f)


_exit = os._exit


def _exiting(code):
    _write()
    _exit(code)


os._exit = _exiting
atexit.register(_write)
os.register_at_fork(after_in_child=COUNTS.clear)
'''


def at_once(tree: Path, threads: int) -> dict[str, dict[str, object]]:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    code = _SHIM + _AT_ONCE
    out = subprocess.run(
        [sys.executable, "-c", code, str(threads), json.dumps(BUILDERS)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, dict[str, object]] = json.loads(out.stdout)
    return result


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "shim":
        folder = Path(sys.argv[2])
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "sitecustomize.py").write_text(f"BUILDERS = {BUILDERS!r}\n" + _SHIM + _SITE)
        print(f"wrote {folder / 'sitecustomize.py'}")
        return
    if len(sys.argv) > 2 and sys.argv[1] == "report":
        for path in sorted(Path(sys.argv[2]).glob("*.json")):
            counts = json.loads(path.read_text())
            total = sum(cpu for _, cpu in counts.values())
            print(f"process {path.stem}: builds' CPU {total * 1000:.1f} ms")
            for key, (builds, cpu) in sorted(counts.items()):
                print(f"  {key}: {builds} builds, {cpu * 1000:.1f} ms")
        return
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("trees", nargs="+", type=Path, help="directories holding src/")
    p.add_argument("--threads", type=int, default=32, help="threads asking at once (default 32)")
    p.add_argument("--reps", type=int, default=3, help="fresh interpreters a tree, alternated (default 3)")
    args = p.parse_args()
    runs: dict[Path, list[dict[str, dict[str, object]]]] = {tree: [] for tree in args.trees}
    for _ in range(args.reps):
        for tree in args.trees:
            runs[tree].append(at_once(tree, args.threads))
    for tree, got in runs.items():
        print(f"{tree} ({args.threads} threads at once, {args.reps} interpreters):")
        for key in got[0]:
            builds = [int(str(r[key]["builds"])) for r in got]
            cpu = statistics.median(float(str(r[key]["cpu"])) for r in got)
            distinct = max(int(str(r[key]["distinct"])) for r in got)
            print(
                f"  {key} [{got[0][key]['who']}]: built {min(builds)}-{max(builds)} times "
                f"(median {statistics.median(builds):g}), {cpu * 1000:.1f} ms CPU, {distinct} distinct"
            )


if __name__ == "__main__":
    main()
