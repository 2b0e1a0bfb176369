"""linkcheck.lazyre: module-level patterns compiled when first used (issue 7, cost31)."""

from __future__ import annotations

import ast
import re
import sys
import types
from pathlib import Path

import pytest

from linkcheck import lazyre
from linkcheck.lazyre import compile_all, lazy_re

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from cost31_lazy_rewrite import import_time_compiles  # noqa: E402


def module_with(source: str) -> types.ModuleType:
    """A fresh module whose body is ``source`` (run as a module body, so its globals are the module's)."""
    module = types.ModuleType("lazyre_probe")
    exec(compile(source, "<lazyre_probe>", "exec"), module.__dict__)
    return module


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source, flags = r"(?P<word>[a-z]+)-(\d+)", re.IGNORECASE
    lazy, compiled = lazy_re(source, flags), re.compile(source, flags)
    text = "Ab-12 cd-3, EF-456"
    assert lazy.search(text).group(0) == compiled.search(text).group(0)  # type: ignore[union-attr]
    assert lazy.match(text).groupdict() == compiled.match(text).groupdict()  # type: ignore[union-attr]
    assert lazy.fullmatch("xy-1") is not None
    assert lazy.fullmatch("xy-1 ") is None
    assert lazy.findall(text) == compiled.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub(r"\2", text) == compiled.sub(r"\2", text)
    assert lazy.subn("", text) == compiled.subn("", text)
    assert lazy.split(text) == compiled.split(text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (
        compiled.flags,
        compiled.groups,
        compiled.groupindex,
    )
    assert lazy.pattern == compiled.pattern


def test_bytes_patterns_too() -> None:
    lazy = lazy_re(rb"<title>(.*?)</title>", re.S)
    m = lazy.search(b"<head><title>A\nB</title>")
    assert m is not None
    assert m.group(1) == b"A\nB"


def test_nothing_is_compiled_before_the_first_use() -> None:
    lazy = lazy_re(r"never[- ]compiled")
    assert type(lazy).__name__ == "_LazyPattern"
    assert lazy.pattern == r"never[- ]compiled"  # the source is there without compiling
    assert type(lazy).__name__ == "_LazyPattern"
    assert lazy.search("was never compiled") is not None
    assert type(lazy).__name__ == "_Compiled"


def test_a_bad_pattern_raises_on_first_use_and_in_compile_all() -> None:
    lazy = lazy_re(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("x")
    lazyre._made.remove(lazy)  # type: ignore[arg-type]
    bad = lazy_re(r"[unclosed")
    try:
        with pytest.raises(re.error):
            compile_all()
    finally:
        lazyre._made.remove(bad)  # type: ignore[arg-type]


def test_the_first_use_puts_the_compiled_pattern_in_its_modules_globals() -> None:
    module = module_with(
        "from linkcheck.lazyre import lazy_re\n"
        "_WORD = lazy_re(r'\\bword\\b')\n"
        "ALSO = _WORD\n"
        "PAIR = (_WORD, lazy_re(r'x+'))\n"
        "def has(text):\n"
        "    return _WORD.search(text) is not None\n"
    )
    lazy = module._WORD
    assert not isinstance(lazy, re.Pattern)
    assert module.has("a word here")
    assert not module.has("swordfish")
    assert isinstance(module._WORD, re.Pattern)
    assert isinstance(module.ALSO, re.Pattern)
    assert module._WORD.pattern == r"\bword\b"
    # a reference the module does not hold by name keeps the lazy object, which still answers
    assert module.PAIR[0] is lazy
    assert lazy.search("word") is not None
    assert not isinstance(module.PAIR[1], re.Pattern)
    assert module.PAIR[1].sub("-", "axxb") == "a-b"


def test_a_source_read_from_another_pattern_compiles_neither() -> None:
    module = module_with(
        "from linkcheck.lazyre import lazy_re\n_A = lazy_re(r'[ab]')\n_B = lazy_re(_A.pattern + r'c')\n"
    )
    assert not isinstance(module._A, re.Pattern)
    assert not isinstance(module._B, re.Pattern)
    assert module._B.search("xbc") is not None


def test_every_lazy_pattern_of_a_run_compiles() -> None:
    import linkcheck.cli
    import linkcheck.fetch  # noqa: F401
    from linkcheck import checker

    checker._import_readers()
    assert compile_all() > 600


def test_every_article_readers_pattern_compiles() -> None:
    """``articles/``' patterns are lazy too since the sixty-first session (cost33): each module imported,
    every lazy pattern made so far compiles (a syntax error would raise only on first use otherwise)."""
    import importlib
    import pkgutil

    import linkcheck.articles

    for info in pkgutil.iter_modules(linkcheck.articles.__path__, "linkcheck.articles."):
        importlib.import_module(info.name)
    assert compile_all() > 500


def test_no_module_compiles_its_patterns_at_import() -> None:
    """One way: a module-level pattern is ``lazy_re``; ``bench/cost31_lazy_rewrite.py FILE`` rewrites one that
    is not. ``articles/`` too, since the sixty-first session (cost33: a one-article run's imports)."""
    found = []
    for path in sorted((ROOT / "src" / "linkcheck").rglob("*.py")):
        if path.name == "lazyre.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(ROOT)}:{func.lineno}" for func in import_time_compiles(tree)]
    assert found == []


def test_the_rewrite_finds_what_runs_at_import_only() -> None:
    tree = ast.parse(
        "import re\n"
        "A = re.compile('a')\n"
        "B = [re.compile(x) for x in 'bc']\n"
        "class C:\n"
        "    D = re.compile('d')\n"
        "def f(e=re.compile('e')):\n"
        "    return re.compile('f')\n"
        "g = lambda: re.compile('g')\n"
    )
    assert sorted(func.lineno for func in import_time_compiles(tree)) == [2, 3, 5, 6]


def lazy_names(tree: ast.Module) -> set[str]:
    """The names a module binds at its top level to ``lazy_re(...)``."""
    found: set[str] = set()
    for node in tree.body:
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "lazy_re":
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]  # type: ignore[union-attr]
            found |= {target.id for target in targets if isinstance(target, ast.Name)}
    return found


def identity_tests(tree: ast.Module) -> list[int]:
    """The lines where ``is``/``is not`` has one of the module's lazy patterns for an operand."""
    names = lazy_names(tree)
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Compare)
        and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops)
        and any(isinstance(x, ast.Name) and x.id in names for x in (node.left, *node.comparators))
    ]


def test_no_module_compares_its_patterns_by_identity() -> None:
    """After its first use a module's global is the compiled pattern, while a tuple or a local taken before
    still holds the lazy one: ``pattern is _X`` is then false for the same pattern (the lead mended one in
    ``checker.parse_window``; ``articles/_dates.py`` had 20 before its patterns were made lazy, cost33)."""
    found = []
    for path in sorted((ROOT / "src" / "linkcheck").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(ROOT)}:{line}" for line in identity_tests(tree)]
    assert found == []


def test_the_identity_search_finds_one() -> None:
    tree = ast.parse(
        "A = lazy_re('a')\nB = re.compile('b')\ndef f(p):\n    return p is A or p is not B or p == A\n"
    )
    assert lazy_names(tree) == {"A"}
    assert identity_tests(tree) == [4]
