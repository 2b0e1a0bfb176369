"""The general rules the bad-input probe (tests/test_cli_ux_probe.py) led to, each on strings, bytes or
argument lists, with what it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck.errors import InputError
from linkcheck.sources import line_ends, not_utf8, read_sources

# --- input that is not UTF-8: the same message, with its line, from the library and the command line ---


@pytest.mark.parametrize(
    ("data", "ends"),
    [(b"", 0), (b"a\nb\n", 2), (b"a\r\nb\r\n", 2), (b"a\rb\r", 2), (b"a\r\n\rb\n\n", 4), (b"no end", 0)],
)
def test_line_ends_count_crlf_cr_and_lf_once_each(data: bytes, ends: int) -> None:
    assert line_ends(data) == ends


@pytest.mark.parametrize(
    ("start", "name"),
    [
        (b"\xff\xfeh\x00", "UTF-16"),
        (b"\xfe\xff\x00h", "UTF-16"),
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
    ],
)
def test_another_unicode_encoding_is_named_by_its_byte_order_mark(start: bytes, name: str) -> None:
    message = str(not_utf8("s.txt", start, start[0], 0, 1))
    assert message.startswith(f"s.txt:1: not UTF-8 text: it is {name} ")
    assert "save it as UTF-8" in message


@pytest.mark.parametrize("start", [b"\xffAB\n", b"caf\xe9", b"\xfe\xfe\x00h", b"h\x00t\x00"])
def test_other_bad_bytes_are_named_by_line_byte_and_offset_not_by_a_guessed_encoding(start: bytes) -> None:
    message = str(not_utf8("s.txt", start, 0xE9, 81752, 900))
    assert message == "s.txt:900: not UTF-8 text (byte 0xe9 at offset 81752); save it as UTF-8"


def test_read_sources_counts_lines_and_bytes_after_a_utf8_byte_order_mark(tmp_path: Path) -> None:
    # the offset, the byte and the line are all those of the text after the mark (the byte named used to be
    # one of the mark's, three places early)
    path = tmp_path / "s.txt"
    path.write_bytes(b"\xef\xbb\xbfhttps://a.example/1\r\nhttps://a.example/2 | note: caf\xe9\r\n")
    with pytest.raises(InputError) as info:
        read_sources(path)
    offset = len(b"https://a.example/1\r\nhttps://a.example/2 | note: caf")
    assert str(info.value) == f"{path}:2: not UTF-8 text (byte 0xe9 at offset {offset}); save it as UTF-8"


def test_read_sources_names_utf16(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_bytes("https://a.example/1\r\n".encode("utf-16"))
    with pytest.raises(InputError, match=r"s\.txt:1: not UTF-8 text: it is UTF-16 "):
        read_sources(path)


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"])
def test_the_command_line_names_the_same_line_whichever_way_it_reads_the_file(
    tmp_path: Path, ending: bytes
) -> None:
    # a manifest is read line by line (its error found afterwards in pieces of 64 KiB, a CR LF may straddle
    # two), an article whole: both name the line read_sources names
    from linkcheck.cli import _decoded, _undecodable

    line = b"https://a.example/" + b"x" * 200
    lines = [line] * 700  # ~140 KB, read in two pieces and more
    lines[0] = b"https://a.example/" + b"y" * (65535 - 18)  # its line end starts the first piece's last byte
    lines[650] = b"https://a.example/ | note: caf\xe9"
    data = b"\xef\xbb\xbf" + ending.join(lines) + ending
    path = tmp_path / "s.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as whole:
        read_sources(path)
    with pytest.raises(InputError) as decoded:
        _decoded(str(path), data)
    offset = data.index(b"\xe9") - 3
    assert str(_undecodable(str(path), offset)) == str(whole.value) == str(decoded.value)
    assert f"{path}:651: not UTF-8 text (byte 0xe9 at offset {offset})" in str(whole.value)
