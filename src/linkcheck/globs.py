"""The files a recursive glob (``'content/**/*.md'``) names, each directory walked once.

``glob.glob(pattern, recursive=True)`` follows every link to a directory under ``**``, so a site's tree
holding a link back up it (``site/self -> .``, ``docs/sub/up -> ..``: a mirror's ``latest``, an editor's
project link) is walked again through each: one such loop repeats the tree forty times (until the kernel's
limit of links in a path), two repeat it 2**40 times, and the run never starts. Here the tree is walked
once per directory (by device and inode): a directory reached again, through a loop or another link, is not
entered again, and its files are named where the walk (in the order of names) first met them. What a
pattern matches is ``glob``'s rule otherwise: ``**`` is any number of directories, a wildcard matches no
name starting with a dot (hidden files and directories, ``.git``) unless its pattern starts with one, and a
pattern without ``**`` is left to ``glob``, whose walk is as deep as the pattern.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import stat
from collections.abc import Sequence

__all__ = ["glob_paths", "is_recursive", "parts_match"]


def is_recursive(pattern: str) -> bool:
    """Does ``pattern`` hold a ``**`` component (``a/**/b``), which matches directories at any depth?"""
    return "**" in pattern and "**" in pattern.split("/")


def glob_paths(pattern: str) -> list[str]:
    """The paths ``pattern`` matches, sorted: ``glob.glob(pattern, recursive=True)``'s, but a recursive
    pattern's tree walked once per directory (see the module). Directories a recursive pattern matches are
    left out (only files are inputs); a broken link is kept (its error comes when it is read)."""
    if not is_recursive(pattern):
        return sorted(glob.glob(pattern, recursive=True))
    parts = pattern.split("/")
    literal = 0  # the leading components without wildcards: the directory the walk starts from
    while literal < len(parts) - 1 and not glob.has_magic(parts[literal]):
        literal += 1
    root = "/".join(parts[:literal]) or ("/" if parts[:literal] == [""] else "")
    return sorted(_walk(root, tuple(parts[literal:])))


def _join(root: str, name: str) -> str:
    if not root:
        return name
    return root + name if root.endswith("/") else f"{root}/{name}"


def _walk(root: str, rest: tuple[str, ...]) -> list[str]:
    """The paths under ``root`` (as written: ``''`` is the current directory) whose components below it
    match ``rest``; each directory entered once by its identity, in the order of names."""
    hidden = any(part.startswith(".") for part in rest)  # else no component can match a hidden name
    # The common shape, ``root/**/NAME`` (no part starting with a dot): every directory below is walked
    # (hidden ones are not entered) and a file matches by its name alone, without :func:`parts_match`.
    last = rest[-1] if len(rest) == 2 and rest[0] == "**" and not hidden else None
    try:
        top = os.stat(root or ".")
    except (OSError, ValueError):
        return []
    if not stat.S_ISDIR(top.st_mode):
        return []
    seen = {(top.st_dev, top.st_ino)}
    memo: dict[tuple[tuple[str, ...], bool], bool] = {}
    found: list[str] = []
    stack: list[tuple[str, tuple[str, ...]]] = [(root, ())]
    while stack:
        path, names = stack.pop()
        try:
            with os.scandir(path or ".") as entries:
                listed = sorted((entry.name, entry) for entry in entries)
        except OSError:  # unreadable, or gone since: glob passes over it too
            continue
        below: list[tuple[str, tuple[str, ...]]] = []
        for name, entry in listed:
            child, child_names = _join(path, name), (*names, name)
            if not _is_dir(entry):
                if name_matches(last, name) if last is not None else _matches(rest, child_names, False, memo):
                    found.append(child)
                continue
            if name.startswith(".") and not hidden:
                continue
            if last is None and not _matches(rest, child_names, True, memo):
                continue
            try:
                status = entry.stat()  # through a link: the directory it leads to
            except OSError:
                continue
            if (status.st_dev, status.st_ino) not in seen:
                seen.add((status.st_dev, status.st_ino))
                below.append((child, child_names))
        stack.extend(reversed(below))
    return found


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _matches(
    rest: tuple[str, ...],
    names: tuple[str, ...],
    partial: bool,
    memo: dict[tuple[tuple[str, ...], bool], bool],
) -> bool:
    key = (names, partial)
    if key not in memo:
        memo[key] = parts_match(rest, names, partial=partial)
    return memo[key]


def parts_match(patterns: Sequence[str], names: Sequence[str], *, partial: bool = False) -> bool:
    """Do the path components ``names`` match the pattern's components ``patterns`` as ``glob`` reads them
    (``**`` any number of names not starting with a dot; a wildcard no name starting with a dot unless its
    pattern starts with one; a component without wildcards only itself)? ``partial``: may ``names`` (a
    directory's) begin a path that matches? Each (pattern, name) position is tried once."""
    tried: dict[tuple[int, int], bool] = {}

    def match(p: int, n: int) -> bool:
        if (p, n) in tried:
            return tried[(p, n)]
        if n == len(names):
            result = partial or all(part == "**" for part in patterns[p:])
        elif p == len(patterns):
            result = False
        elif patterns[p] == "**":
            result = match(p + 1, n) or (not names[n].startswith(".") and match(p, n + 1))
        else:
            result = name_matches(patterns[p], names[n]) and match(p + 1, n + 1)
        tried[(p, n)] = result
        return result

    return match(0, 0)


def name_matches(pattern: str, name: str) -> bool:
    """Does one path component ``name`` match the pattern's component ``pattern``, as ``glob`` reads it?"""
    if not glob.has_magic(pattern):
        return pattern == name
    if name.startswith(".") and not pattern.startswith("."):
        return False
    return fnmatch.fnmatchcase(name, pattern)
