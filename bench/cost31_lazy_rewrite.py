"""Rewrite a module's import-time ``re.compile(...)`` calls as ``lazy_re(...)`` (issue 7, cost31).

``python bench/cost31_lazy_rewrite.py FILE ...`` replaces, in each file, every ``re.compile`` call that runs
when the module is imported (at module level or in a class body or a module-level comprehension; not in a
function or lambda body, which compiles when called) with :func:`linkcheck.lazyre.lazy_re`, adds its import
and drops ``import re`` if nothing else uses it; then run ``ruff format`` on the files. A merge that brings
new module-level ``re.compile`` calls into these modules can be mended by running it again: it is
idempotent. Prints how many calls it rewrote in each file.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

IMPORT = "from linkcheck.lazyre import lazy_re\n"


def import_time_compiles(tree: ast.Module) -> list[ast.Attribute]:
    """The ``re.compile`` callees that run at import (outside any function or lambda body)."""
    found: list[ast.Attribute] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            # decorators and default values run at import; the body does not
            args = node.args
            for part in [*getattr(node, "decorator_list", []), *args.defaults, *args.kw_defaults]:
                if part is not None:
                    visit(part)
            return
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "compile"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
        ):
            found.append(node.func)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def rewrite(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    calls = import_time_compiles(tree)
    if not calls:
        return 0
    lines = text.splitlines(keepends=True)
    for func in sorted(calls, key=lambda f: (f.lineno, f.col_offset), reverse=True):
        assert func.lineno == func.end_lineno, f"{path}:{func.lineno}: a split callee"
        line = lines[func.lineno - 1]
        # the AST's offsets count UTF-8 bytes
        raw = line.encode("utf-8")
        raw = raw[: func.col_offset] + b"lazy_re" + raw[func.end_col_offset or 0 :]
        lines[func.lineno - 1] = raw.decode("utf-8")
    text = "".join(lines)
    tree = ast.parse(text)
    if IMPORT not in text:
        # after the last top-level "from linkcheck..." import, or else after the last top-level import
        imports = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
        ours = [
            n for n in imports if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("linkcheck")
        ]
        rel = [n for n in imports if isinstance(n, ast.ImportFrom) and n.level > 0]
        after = (ours or rel or imports)[-1]
        lines = text.splitlines(keepends=True)
        lines.insert(after.end_lineno or 0, IMPORT)
        text = "".join(lines)
        tree = ast.parse(text)
    uses_re = any(
        isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "re"
        for n in ast.walk(tree)
    )
    if not uses_re:
        text = text.replace("import re\n", "", 1)
    path.write_text(text, encoding="utf-8")
    return len(calls)


def main(argv: list[str]) -> int:
    for name in argv:
        print(f"{name}: {rewrite(Path(name))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
