"""The warning for an unreadable state names the entry and the key at fault (fix6, forty-fourth session;
nightly4's leftover).

A state file of thousands of URLs, hand-edited or cut short, was set aside with the JSON error's line and
column only (``Expecting value: line 12 column 31 (char 315)``), and a value of the wrong type with its key
alone (``last_checked must be a string or null``): a user could not tell which URL's entry to look at. The
warning keeps what it said and adds the URL's entry and the key (``in the entry for
'https://news.example/b', its key 'consecutive_failures'``), or the file's own key.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from linkcheck.state import STATE_SCHEMA, load_state

A = "https://news.example/a"
B = "https://news.example/b"


def _doc() -> dict[str, Any]:
    return {
        "schema": STATE_SCHEMA,
        "updated": "2026-12-01T00:00:00+00:00",
        "runs": 2,
        "urls": {
            A: {
                "first_failure": None,
                "consecutive_failures": 1,
                "last_checked": "2026-12-01T00:00:00+00:00",
            },
            B: {"consecutive_failures": 2, "last_checked": "2026-12-01T00:00:00+00:00"},
        },
    }


def _warning(tmp_path: Path, data: str | bytes) -> str:
    path = tmp_path / "state.json"
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    state, warning = load_state(path)
    assert warning is not None
    assert not state.urls  # set aside: a fresh history, as before
    assert [p.name.startswith("state.json.corrupt-") for p in tmp_path.iterdir()] == [True]
    return warning


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_missing_value_names_the_entry_and_its_key(tmp_path: Path) -> None:
    text = json.dumps(_doc(), indent=2).replace('"consecutive_failures": 2', '"consecutive_failures": ')
    warning = _warning(tmp_path, text)
    line = _line_of(text, '"consecutive_failures": ,')
    assert f"Expecting value: line {line} column " in warning  # kept: the line and column
    assert f"in the entry for '{B}', its key 'consecutive_failures'" in warning


def test_a_doubled_comma_names_the_key_it_follows(tmp_path: Path) -> None:
    text = json.dumps(_doc(), indent=2).replace('"consecutive_failures": 2,', '"consecutive_failures": 2,,')
    warning = _warning(tmp_path, text)
    assert "Expecting property name enclosed in double quotes: line" in warning
    assert f"after the entry for '{B}', its key 'consecutive_failures'" in warning


def test_a_file_cut_short_names_the_last_entry_read(tmp_path: Path) -> None:
    text = json.dumps(_doc(), indent=2)
    warning = _warning(tmp_path, text[: text.index("news.example/b") + 5])
    assert "Unterminated string" in warning
    assert f"after the entry for '{A}'" in warning


def test_a_file_cut_in_a_multibyte_character_names_its_line_column_and_key(tmp_path: Path) -> None:
    data = _doc()
    data["urls"][A]["last_status"] = "Паромы"
    raw = json.dumps(data, ensure_ascii=False, indent=2).encode()
    cut = raw[: raw.index("Паромы".encode()) + 3]
    warning = _warning(tmp_path, cut)
    line = cut.count(b"\n") + 1
    assert "can't decode byte 0xd0" in warning
    assert f"line {line} column " in warning
    assert f"in the entry for '{A}', its key 'last_status'" in warning


def test_a_value_of_the_wrong_type_names_its_url(tmp_path: Path) -> None:
    data = _doc()
    data["urls"][B]["last_checked"] = 5
    warning = _warning(tmp_path, json.dumps(data))
    assert f"'last_checked' of '{B}' must be a string or null, got 5" in warning


def test_a_count_that_is_no_whole_number_says_what_it_was(tmp_path: Path) -> None:
    data = _doc()
    data["urls"][A]["consecutive_failures"] = "three"
    warning = _warning(tmp_path, json.dumps(data))
    assert f"'consecutive_failures' of '{A}' must be a whole number, got \"three\"" in warning


def test_an_error_in_the_files_own_key_names_that_key(tmp_path: Path) -> None:
    text = json.dumps(_doc(), indent=2).replace('"runs": 2', '"runs": two')
    warning = _warning(tmp_path, text)
    assert "Expecting value" in warning
    assert "in 'runs'" in warning
    assert "entry for" not in warning


def test_the_files_own_string_key_of_the_wrong_type_is_named(tmp_path: Path) -> None:
    data = _doc()
    data["updated"] = 20261201
    warning = _warning(tmp_path, json.dumps(data))
    assert "'updated' must be a string or null, got 20261201" in warning


# --- left alone ----------------------------------------------------------------------------------------


def test_an_error_before_any_key_names_no_place(tmp_path: Path) -> None:
    warning = _warning(tmp_path, "[1, 2,, 3]")
    assert "Expecting value: line 1 column 7 (char 6)" in warning
    assert "entry" not in warning
    assert " in '" not in warning


def test_a_readable_state_gives_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text(json.dumps(_doc(), indent=2), encoding="utf-8")
    state, warning = load_state(path)
    assert warning is None
    assert set(state.urls) == {A, B}


@pytest.mark.parametrize(
    ("text", "keys", "after"),
    [
        ('{"urls": {"https://x.test/a": {"k": "a:{b}", "j": ', ["urls", "https://x.test/a", "j"], False),
        ('{"urls": {"https://x.test/a": {"k": [1, {"z": 2}], ', ["urls", "https://x.test/a", "k"], True),
        ('{"a": "x\\"y", "b": [', ["b"], False),
        ('{"a": {"b": 1}, ', ["a"], True),
        ('{"a": "unterminated {', ["a"], False),
        ("", [], False),
    ],
)
def test_json_keys_at_reads_strings_as_strings(text: str, keys: list[str], after: bool) -> None:
    from linkcheck.state import json_keys_at  # new here: imported in the test, so the file runs on the base

    assert json_keys_at(text, len(text)) == (keys, after)
