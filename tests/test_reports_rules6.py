"""Rules added after the reports6 probe (tests/test_reports_probe6.py), each on small strings, with what it
must leave alone."""

from __future__ import annotations

import pytest

from linkcheck.extract.jsonld import load_jsonld, mend_surrogates


def test_a_lone_surrogate_escape_in_json_ld_becomes_a_replacement_character() -> None:
    [node] = load_jsonld('{"@type": "NewsArticle", "headline": "Pier \\ud83d repairs \\udc00 finish"}')
    assert node["headline"] == "Pier \ufffd repairs \ufffd finish"
    node["headline"].encode("utf-8")


def test_a_lone_surrogate_in_a_repaired_script_and_a_key_is_mended_too() -> None:
    [node] = load_jsonld('<!-- {"@type": "NewsArticle", "name\\uDBFF": ["a\\uDFFF",],} -->')
    assert node == {"@type": "NewsArticle", "name\ufffd": ["a\ufffd"]}


def test_a_whole_surrogate_pair_is_one_character_left_alone() -> None:
    [node] = load_jsonld('{"headline": "Festival \\ud83c\\udf89 opens", "n": 3}')
    assert node == {"headline": "Festival \U0001f389 opens", "n": 3}


def test_a_script_without_escapes_is_returned_as_parsed() -> None:
    assert load_jsonld('{"headline": "Ferry \\u00e9t\\u00e9 returns", "x": null}') == [
        {"headline": "Ferry été returns", "x": None}
    ]


def test_mend_surrogates_leaves_other_values_alone() -> None:
    assert mend_surrogates({"a": [1, 2.5, None, True, "ok"]}) == {"a": [1, 2.5, None, True, "ok"]}
    assert mend_surrogates("x\ud800y") == "x\ufffdy"


def test_a_report_holding_a_lone_surrogate_is_encoded_with_a_replacement_character() -> None:
    from linkcheck.cli import encode_report

    assert encode_report("Pier \ud83d repairs", "utf-8", "strict") == "Pier \ufffd repairs".encode()
    assert encode_report("Festival \U0001f389", "utf-8", "strict") == "Festival \U0001f389".encode()


def test_an_encoding_error_that_is_no_surrogate_is_still_raised() -> None:
    import pytest

    from linkcheck.cli import encode_report

    with pytest.raises(UnicodeEncodeError):
        encode_report("café", "ascii", "strict")


def test_write_text_and_write_fully_write_a_lone_surrogate_as_a_replacement_character() -> None:
    import io

    from linkcheck.cli import write_fully, write_text

    for write in (write_text, write_fully):
        raw = io.BytesIO()
        stream = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="\n")
        write(stream, '{"title": "a\udc00b"}\n')
        stream.flush()
        assert raw.getvalue() == '{"title": "a\ufffdb"}\n'.encode()


def test_one_surrogate_mender_serves_json_ld_and_the_reports() -> None:
    # the forty-eighth session made the JSON-LD reader's and the report writers' menders one function
    from linkcheck import cli
    from linkcheck.extract.decode import without_surrogates

    clean = "no surrogate here \u00e9\U0001f6a2"
    assert without_surrogates(clean) is clean
    assert without_surrogates("a\udc80b\ud83d") == "a\ufffdb\ufffd"
    assert cli.encode_report("x\ud800y", "utf-8", "strict") == "x\ufffdy".encode()
    with pytest.raises(UnicodeEncodeError):
        cli.encode_report("caf\u00e9", "ascii", "strict")  # the encoding's own error is raised
