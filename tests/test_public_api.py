"""The public surface is what docs/api.md documents, and the README's library example runs."""

from __future__ import annotations

import re
from pathlib import Path

import linkcheck

ROOT = Path(__file__).resolve().parent.parent


def test_all_names_exist() -> None:
    for name in linkcheck.__all__:
        assert hasattr(linkcheck, name), name


def test_api_doc_covers_exactly_the_public_names() -> None:
    doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([A-Za-z_]+)", doc, flags=re.M)) | set(
        re.findall(r"`(__version__)`", doc)
    )
    documented |= {m for m in re.findall(r"`([A-Z][A-Za-z]+)`", doc) if m in linkcheck.__all__}
    assert documented >= set(linkcheck.__all__), sorted(set(linkcheck.__all__) - documented)
    undocumented_extra = {
        n for n in re.findall(r"^\| `([A-Za-z_]+)", doc, flags=re.M) if n not in linkcheck.__all__
    }
    assert not undocumented_extra, f"docs/api.md lists names that are not public: {undocumented_extra}"


def test_library_logging_is_silent_by_default() -> None:
    import logging

    handlers = logging.getLogger("linkcheck").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)
