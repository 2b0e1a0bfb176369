"""tidy2: the last read-back's leftovers in the run and the month tables (the fifty-first session).

1. The CLI's JSON Lines path counted each result twice: :func:`linkcheck.models.count_result` ran once in
   ``check()`` (the report's ``counts``) and once in the stream's step (what a stopped run's summary counts).
   Each result is now counted once, by the stream, and ``check()`` reads that count.
2. Month names written outside :mod:`linkcheck.months` at base51 (the matcher's full names, the Arabic
   script's months in ``extract.dates`` and again in the article templates' lists, Uyghur's, Sakha's) are
   read from there now, each reader by a named subset; each reader's table at base51 is frozen in
   ``tests/fixtures/tidy2_month_tables_base51.json`` (written from base51's ``src`` before any change).
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

import linkcheck.checker
from linkcheck import cli, match, months
from linkcheck.articles import _dates as article_dates
from linkcheck.cli import main
from linkcheck.extract import dates, tables
from linkcheck.models import Citation, PartialDate, Result

# --- 1. the JSON Lines path counts each result once -------------------------------------------------------

#: Five citations of hosts that cannot resolve (``.invalid``): each one's result comes at once, offline.
_MANIFEST = "".join(f"https://h{n}.invalid/story-{n}\n" for n in range(5))


def _counted_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every call of ``count_result`` made by the checker or the CLI, by the URL it counted."""
    calls: list[str] = []
    for module in (linkcheck.checker, cli):
        original = module.count_result

        def counting(counts: dict[str, int], result: Result, original: Any = original) -> None:
            calls.append(result.citation.url)
            original(counts, result)

        monkeypatch.setattr(module, "count_result", counting)
    return calls


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_json_lines_run_counts_each_result_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(_MANIFEST, encoding="utf-8")
    calls = _counted_calls(monkeypatch)
    code = main([str(manifest), "--format", "jsonl", "--processes", "1", "--progress", "never"])
    assert code == 1
    records = _records(capsys.readouterr().out)
    results = [r["url"] for r in records if r["record"] == "result"]
    assert len(results) == 5
    assert sorted(calls) == sorted(results)  # one count a result: base51 made ten
    summary = records[-1]
    assert summary["record"] == "summary"
    assert summary["summary"]["total"] == 5
    assert summary["summary"]["fail"] == 5


def test_a_json_lines_run_to_a_file_counts_each_result_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "sources.txt"
    manifest.write_text(_MANIFEST, encoding="utf-8")
    target = tmp_path / "report.jsonl"
    calls = _counted_calls(monkeypatch)
    code = main(
        [str(manifest), "--format", "jsonl", "-o", str(target), "--processes", "1", "--progress", "never"]
    )
    assert code == 1
    records = _records(target.read_text(encoding="utf-8"))
    assert len(calls) == 5
    assert records[-1]["summary"]["total"] == 5


def test_a_report_and_the_other_formats_still_count_every_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What must stay: ``check()`` without a stream counts each result itself, once (``keep_passing=False``
    gives the count as ``counts``), and so does a run of the CLI that writes a whole report."""
    calls = _counted_calls(monkeypatch)
    citations = [Citation(url=f"https://h{n}.invalid/story-{n}") for n in range(3)]
    report = linkcheck.checker.check(citations, keep_passing=False)
    assert report.counts is not None
    assert report.counts["total"] == 3
    assert len(calls) == 3
    manifest = tmp_path / "sources.txt"
    manifest.write_text(_MANIFEST, encoding="utf-8")
    del calls[:]
    assert main([str(manifest), "--format", "json", "--processes", "1", "--progress", "never"]) == 1
    assert json.loads(capsys.readouterr().out)["summary"]["total"] == 5
    assert len(calls) == 5  # check() counts while the run goes, once a result


# --- 2. the month names' one owner --------------------------------------------------------------------------

#: Each reader's month table at base51, frozen.
_BASE51: dict[str, dict[str, int]] = json.loads(
    (Path(__file__).parent / "fixtures" / "tidy2_month_tables_base51.json").read_text("utf-8")
)

#: Each reader's table now, by the name the frozen copy holds it under.
_NOW: dict[str, dict[str, int]] = {
    "match._MONTH_WORDS": match._MONTH_WORDS,
    "extract.dates._SCRIPT_MONTHS": dates._SCRIPT_MONTHS,
    "extract.dates._UYGHUR_MONTHS": dates._UYGHUR_MONTHS,
    "extract.tables.SAKHA_MONTHS": tables.SAKHA_MONTHS,
    "extract.tables.MONTHS": tables.MONTHS,
    "articles._dates.MONTHS": article_dates.MONTHS,
    "articles._dates.FIELD_MONTHS": article_dates.FIELD_MONTHS,
    "articles._dates._TEMPLATE_MONTHS": article_dates._TEMPLATE_MONTHS,
}

#: The words of the fiftieth held-out extraction batch's list (ext50), which the extractor and the article
#: templates read since.
_EXT50: set[str] = {word for _, words in months.LISTS["ast fur hsb ig gv"] for word in words.split()}
#: The words of the fifty-first batch's list (ext51), read by the same two readers since.
_EXT51: set[str] = {word for _, words in months.LISTS["co sc csb wa wo"] for word in words.split()}
#: The words of the fifty-second batch's list (ext52), read by the same two readers since.
_EXT52: set[str] = {word for _, words in months.LISTS["scn an haw to"] for word in words.split()}
#: The words of the fifty-fifth batch's list (ext55), read by the same two readers since.
_EXT55: set[str] = {word for _, words in months.LISTS["be-tarask xh"] for word in words.split()}
#: The words of the fifty-sixth batch's list (ext56), read by the same two readers since.
_EXT56: set[str] = {word for _, words in months.LISTS["iu"] for word in words.split()}
#: The words of the fifty-seventh batch's list (ext57), read by the same two readers since.
_EXT57: set[str] = {word for _, words in months.LISTS["mhr"] for word in words.split()}
#: The batches' words together.
_EXTS: set[str] = _EXT50 | _EXT51 | _EXT52 | _EXT55 | _EXT56 | _EXT57

#: What a reader knows now that it did not at base51, each a spelling another reader or list already had.
_GAINED: dict[str, set[str]] = {
    # full names of the lists' languages the matcher's own copy lacked: Austrian "Jänner", "Maerz", Peru's
    # and Uruguay's "setiembre" (folded)
    "match._MONTH_WORDS": {"janner", "maerz", "setiembre"},
    # Sindhi with the Farsi yeh, as the article templates read it
    "extract.dates._SCRIPT_MONTHS": {"فیبروری", "سیپٽمبر"},
    # Uyghur with the Farsi yeh, as the article templates read it
    "extract.dates._UYGHUR_MONTHS": {"یانۋار", "مای", "ئىیۇن", "ئىیۇل", "نویابىر"},
    "extract.tables.SAKHA_MONTHS": set(),
    # the fiftieth held-out extraction batch's list (ext50, merged beside tidy2; its words are named in
    # test_tidy1's gains): the words base51's table lacked
    # and the fifty-first's (ext51; named in test_tidy1's gains too), and the fifty-second's (ext52; too),
    # and the fifty-fifth's (ext55; too), the fifty-sixth's (ext56; too) and the fifty-seventh's (ext57; too)
    "extract.tables.MONTHS": _EXTS - _BASE51["extract.tables.MONTHS"].keys(),
    "articles._dates.MONTHS": set(),
    "articles._dates.FIELD_MONTHS": set(),
    # the extractor's one-word Arabic-script months the templates' own lists lacked: Maghrebi ("جانفي",
    # "غشت"), Levantine spellings without hamza ("اذار", "ايار"), Persian ("ژانویه", "مه"), Sindhi's other
    # spellings and Sorani's one-word months
    "articles._dates._TEMPLATE_MONTHS": {
        "آب", "آوریل", "أفريل", "أوت", "ئاب", "ئازار", "ئایار", "ئەیلوول", "اب", "اذار", "افريل", "اوت",
        "ايار", "ايلول", "اکتبر",
        "تەممووز", "جانفي", "جوان", "جولاءِ", "جولائي", "جويلية", "حوزەیران", "دجنبر",
        "دسامبر", "سپتامبر", "سپٽمبر", "شتنبر", "شوبات", "غشت", "فبروري", "فوریه", "فيفري", "مه", "نوامبر",
        "نونبر", "نیسان", "يوليوز", "ژانویه", "ژوئن", "ژوئیه",
    } | (_EXTS - _BASE51["articles._dates._TEMPLATE_MONTHS"].keys())
    # tidy3: Yiddish's March, May and October as the extractor spelt them (months' "yi (own pattern)")
    | {"מערץ", "מיי", "אקטאבר"},
}  # fmt: skip


@pytest.mark.parametrize("table", sorted(_NOW))
def test_every_month_a_reader_knew_at_base51_it_still_knows(table: str) -> None:
    now = _NOW[table]
    for word, month in _BASE51[table].items():
        assert now.get(word) == month, (table, word)


@pytest.mark.parametrize("table", sorted(_NOW))
def test_what_a_reader_gained_is_named(table: str) -> None:
    assert set(_NOW[table]) - set(_BASE51[table]) == _GAINED[table]


def test_each_reader_reads_its_subset_of_the_one_table() -> None:
    names = months.month_names
    assert {
        w: n for n, ws in enumerate(names("ug (own pattern)"), 1) for w in ws.split()
    } == dates._UYGHUR_MONTHS
    assert {
        w.replace("_", " "): n for n, ws in months.LISTS["sah (own pattern)"] for w in ws.split()
    } == tables.SAKHA_MONTHS
    for name in ("ar ur fa (own pattern)", "sd (own pattern)", "ckb (own pattern)"):
        for n, words in enumerate(names(name), 1):
            for word in words.split():
                assert dates._SCRIPT_MONTHS[word.replace("_", " ")] == n, (name, word)
    every = months.month_table(months.LISTS)
    assert months.month_table(months.LISTS, months.TEMPLATE_LEAVES_OUT) == article_dates._TEMPLATE_MONTHS
    apart = months.TEMPLATE_ONLY | months.OWN_PATTERN
    # a word of a list set apart that a list the extractor reads also holds is the extractor's (ext50's)
    extractor_words = {
        w for name in months.LISTS if name not in apart for _, ws in months.LISTS[name] for w in ws.split()
    }
    assert set(tables.MONTHS) == set(every) - (
        {word for name in apart for _, words in months.LISTS[name] for word in words.split()}
        - extractor_words
    )


#: Tables left where they are, each a reader's own form of some names (see docs/benchmarks.md, tidy2's
#: "noticed and left alone"): the matcher's headline shorthand written out (``"jan": "january"``), and the
#: article reader's Levantine two-word months as one word and Sorani months without their izafe.
_LEFT = {"_SHORTHAND", "_LEVANT_AS_ONE", "_SORANI_MONTHS"}


def _string_words(module: object) -> set[str]:
    """The words of a module's string constants, but its docstrings (their examples name months) and the
    tables of :data:`_LEFT`."""
    tree = ast.parse(Path(getattr(module, "__file__", "") or "").read_text("utf-8"))
    skipped = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    for node in ast.walk(tree):
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        if any(isinstance(t, ast.Name) and t.id in _LEFT for t in targets):
            skipped |= {id(inner) for inner in ast.walk(node)}
    return {
        word
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped
        for word in node.value.split()
    }


@pytest.mark.parametrize("module", [match, dates, tables, article_dates], ids=lambda m: m.__name__)
def test_no_month_name_is_written_in_a_reader_any_more(module: object) -> None:
    """The readers' strings hold none of the names they read from :mod:`linkcheck.months` (at base51 the
    matcher, the extractor's dates and tables wrote some)."""
    written = _string_words(module)
    read = {
        word
        for name in months.OWN_PATTERN
        for _, words in months.LISTS[name]
        for word in words.split()
        if len(word) > 2  # "اب", "مه"
    } | {word for word in months.full_names(months.TITLE_LANGUAGES) if len(word) > 3}  # "mai": other words
    assert written & read == set()


def test_a_two_word_name_is_read_only_by_its_own_pattern() -> None:
    """``_`` joins a name's two words in the lists: the one-word tables leave it out."""
    assert "кулун_тутар" not in article_dates._TEMPLATE_MONTHS
    assert "кулун тутар" not in article_dates._TEMPLATE_MONTHS
    assert tables.SAKHA_MONTHS["кулун тутар"] == 3
    assert dates._SCRIPT_MONTHS["كانون الثاني"] == 1
    assert not any("_" in word for word in months.month_table(months.LISTS))
    assert article_dates._TEMPLATE_MONTHS["тохсунньу"] == 1  # a one-word Sakha month, as before


def test_full_names_leave_the_short_forms_out() -> None:
    full = months.full_names(months.TITLE_LANGUAGES)
    for word in (
        "january",
        "januar",
        "jänner",
        "märz",
        "août",
        "setiembre",
        "август",
        "августа",
        "март",
        "марта",
    ):
        assert word in full, word
    for word in (
        "jan",
        "sept",
        "janv",
        "févr",
        "fevr",
        "mär",
        "jul",
        "сент",
        "февр",
        "мар",
        "genn",
        "out",
        "set",
    ):
        assert word not in full, word
    # the matcher leaves out the full names that are other words, and Italian's "febr."
    assert {"may", "mars", "febr"} & set(match._MONTH_WORDS) == set()
    assert match._months("talks resume in janner") == frozenset({1})


def test_the_template_reader_reads_the_arabic_scripts_months_once_written() -> None:
    """A template's whole date in Maghrebi Arabic and Sorani: months the extractor knew, the templates now."""
    assert article_dates.parse_date_field("12 جانفي 2024") == PartialDate(2024, 1, 12)
    assert article_dates.parse_date_field("12 مارس 2024") == PartialDate(2024, 3, 12)  # as before
