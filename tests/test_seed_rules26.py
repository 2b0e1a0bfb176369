"""The rules added after the twenty-sixth seed probe (seed26), each on strings or bytes, with controls that
must not change. The probe itself is ``tests/test_seed_probe26.py``. The new functions are imported inside the
tests that use them, so that a control runs (and passes) on a tree without them."""

from __future__ import annotations

import io
import zipfile

import pytest

from linkcheck.articles._records import looks_like_csv_log
from linkcheck.articles.plaintext import forwarded_date, mime_text
from linkcheck.errors import InputError
from linkcheck.models import (
    Citation,
    Finding,
    FindingKind,
    PartialDate,
    Report,
    Result,
    Severity,
    Status,
    Verdict,
    replaced,
)
from linkcheck.report.github import render_github
from linkcheck.report.junit import render_junit
from linkcheck.report.sarif import report_to_sarif

RIA = "https://ria.ru/20200109/1563219328.html"
TASS = "https://tass.ru/politika/7487995"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def rels(*pairs: tuple[str, str]) -> str:
    return (
        f'<Relationships xmlns="{PKG}">'
        + "".join(
            f'<Relationship Id="{rid}" Type="{R}/hyperlink" Target="{url}" TargetMode="External"/>'
            for rid, url in pairs
        )
        + "</Relationships>"
    )


def body(inner: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{inner}'
        "<w:sectPr/></w:body></w:document>"
    )


def footnotes(inner: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{W}" xmlns:r="{R}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>SEPARATOR</w:t></w:r></w:p></w:footnote>'
        f"{inner}</w:footnotes>"
    )


def linked(rid: str, words: str) -> str:
    return f'<w:p><w:hyperlink r:id="{rid}"><w:r><w:t>{words}</w:t></w:r></w:hyperlink></w:p>'


# --- a Word package's parts ---------------------------------------------------------------------------------


def test_a_word_packages_footnotes_are_read_with_their_own_relationships() -> None:
    from linkcheck.articles._xmldoc import docx_package_text, xml_document_page

    text = docx_package_text(
        {
            "word/document.xml": body("<w:p><w:r><w:t>Iraq resumed talks.</w:t></w:r></w:p>"),
            "word/_rels/document.xml.rels": rels(),
            "word/footnotes.xml": footnotes(
                f'<w:footnote w:id="1">{linked("rId1", "RIA Novosti")}</w:footnote>'
            ),
            "word/_rels/footnotes.xml.rels": rels(("rId1", RIA)),
        }
    )
    page = xml_document_page(text)
    assert page is not None
    assert f'<a href="{RIA}">RIA Novosti</a>' in page, page
    assert "SEPARATOR" not in page  # a separator is no note
    assert page.index("Iraq resumed talks.") < page.index("RIA Novosti")  # notes after the body


def test_a_word_package_without_notes_is_its_body_joined_to_its_relationships() -> None:
    # Control: no footnotes part, the text is what the unzipped reader (seed25) gives.
    from linkcheck.articles._xmldoc import docx_package_text, docx_with_targets

    document = body(linked("rId8", "RIA Novosti"))
    relationships = rels(("rId8", RIA))
    parts = {"word/document.xml": document, "word/_rels/document.xml.rels": relationships}
    assert docx_package_text(parts) == docx_with_targets(document, relationships)


def archive(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as handle:
        for name, text in members.items():
            handle.writestr(name, text)
    return buffer.getvalue()


def test_a_docx_is_read_from_its_archive_and_a_broken_or_encrypted_one_is_named() -> None:
    from linkcheck.cli import _decoded

    data = archive(
        {
            "word/document.xml": body(linked("rId8", "RIA")),
            "word/_rels/document.xml.rels": rels(("rId8", RIA)),
        }
    )
    assert 'linkcheck-target="' + RIA in _decoded("draft.docx", data)
    with pytest.raises(InputError) as broken:
        _decoded("draft.docx", data[: len(data) // 2])
    assert broken.value.source == "draft.docx"
    assert "broken Word document" in str(broken.value)
    ole = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504) + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(InputError) as locked:
        _decoded("report.docx", ole)
    assert "encrypted (password-protected)" in str(locked.value)


def test_other_archives_and_an_old_word_file_are_told_as_before() -> None:
    # Controls: an OpenDocument text, an EPUB (ZIP archives without word/document.xml) and a .doc (an OLE
    # file holding no encrypted package) keep the message naming what they are.
    from linkcheck.cli import _decoded

    for name, kind in (("story.odt", "OpenDocument"), ("book.epub", "EPUB")):
        with pytest.raises(InputError) as told:
            _decoded(name, archive({"content.xml": "<office:document/>"}))
        assert kind in str(told.value), str(told.value)
    with pytest.raises(InputError) as old:
        _decoded("story.doc", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(600))
    assert "encrypted" not in str(old.value)
    assert "not UTF-8" in str(old.value)


# --- forwards -----------------------------------------------------------------------------------------------


def mail(subject: str, header: str) -> str:
    return (
        f"From: Redazione <r@x.example>\nSubject: {subject}\nDate: Tue, 14 Jan 2020 10:20:00 +0100\n\n"
        f"Da verificare.\n\n{header}\nText of the story.\n{RIA}\n"
    )


def original(mark: str, sent: str, date: str) -> str:
    return f"-----{mark}-----\nDa: Desk <n@x.example>\n{sent}: {date}\nA: R <r@x.example>\nOggetto: Iraq\n"


def test_outlooks_italian_spanish_and_portuguese_forwards_date_the_article() -> None:
    for subject, header in (
        ("I: Iraq", original("Messaggio originale", "Inviato", "giovedì 9 gennaio 2020 15:14")),
        ("RV: Iraq", original("Mensaje original", "Enviado el", "jueves, 9 de enero de 2020 15:14")),
        (
            "ENC: Iraq",
            original("Mensagem original", "Enviada em", "quinta-feira, 9 de janeiro de 2020 15:14"),
        ),
    ):
        found = forwarded_date(mail(subject, header))
        assert found is not None, subject
        assert found[0] == PartialDate(2020, 1, 9), subject


def test_an_italian_reply_and_a_subject_opening_with_i_are_no_forwards() -> None:
    # Controls: R: (a reply), "Iraq:" and "Il punto:" (subjects that open with the letter).
    header = original("Messaggio originale", "Inviato", "giovedì 9 gennaio 2020 15:14")
    for subject in ("R: Iraq", "Iraq: S-300", "Il punto: Iraq"):
        assert forwarded_date(mail(subject, header)) is None, subject


# --- a single-part quoted-printable mail --------------------------------------------------------------------


def test_a_single_part_quoted_printable_mail_is_decoded_its_lines_kept() -> None:
    raw = (
        "From: desk@x.example\nSubject: Iraq\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "=D0=A7=D0=B8=D1=82=D0=B0=D0=B9=D1=82=D0=B5 =D1=82=D0=B0=D0=BA=D0=B6=D0=B5: Title\n"
        "https://ria.ru/20200109/15632=\n19328.html\nlast\n"
    )
    decoded = mime_text(raw)
    assert "Читайте также: Title" in decoded
    assert RIA in decoded
    assert decoded.count("\n") == raw.count("\n")  # the joined line added back at the end
    assert decoded.index("last") < len(decoded)


def test_quoted_printable_in_prose_or_a_mail_in_8bit_is_left_as_it_is() -> None:
    # Controls: a text that is no mail (it names the encoding in prose); a mail in 8bit whose body has "=D0".
    prose = "Notes\n\nThe message was quoted-printable: =D0=98 stayed as it was.\n"
    assert mime_text(prose) == prose
    eight = "From: a@x.example\nContent-Transfer-Encoding: 8bit\n\nquoted-printable aside, x=D0=98 is text.\n"
    assert mime_text(eight) == eight


# --- a spreadsheet's Russian header -------------------------------------------------------------------------


def test_a_csv_header_in_russian_names_its_columns() -> None:
    roles = looks_like_csv_log("№,Заголовок,Издание,Дата,Ссылка\n1,Ирак,ТАСС,09.01.2020," + TASS + "\n")
    assert roles == {"title": 1, "outlet": 2, "date": 3, "url": 4}, roles
    roles = looks_like_csv_log("Название;СМИ;Дата публикации;Дата обращения;URL-адрес\n")
    assert roles == {"title": 0, "outlet": 1, "date": 2, "access": 3, "url": 4}, roles


def test_a_russian_sentence_naming_a_link_is_no_header() -> None:
    # Controls: prose with the word, and a header of one known column beside the link's.
    assert looks_like_csv_log("Ссылка на статью ниже, см. дату и источник.\n" + RIA + "\n") is None
    assert looks_like_csv_log("Комментарий,Ссылка,Автор\nтекст," + RIA + ",я\n") is None


# --- the CI formats ----------------------------------------------------------------------------------------


def passing(findings: tuple[Finding, ...], pointer: str | None = None) -> Report:
    citation = replaced(Citation(url=TASS, source="refs.json", line=1), pointer=pointer)
    result = Result(
        citation=citation,
        status=Status.OK,
        reason="200 OK",
        verdict=Verdict.PASS,
        http_status=200,
        findings=findings,
    )
    return Report(results=(result,))


def test_ci_formats_show_a_passing_citation_that_moved_for_good() -> None:
    moved = "https://tass.ru/politics/7487995"
    finding = Finding(FindingKind.MOVED, Severity.INFO, f"moved permanently to {moved}", TASS, moved)
    report = passing((finding,))
    github = render_github(report)
    assert github.startswith("::notice file=refs.json,line=1,"), github
    assert moved in github, github
    assert [r["level"] for r in report_to_sarif(report)["runs"][0]["results"]] == ["note"]
    assert "<system-out>NOTE:" in render_junit(report)


def test_github_names_a_json_citations_pointer_and_no_other() -> None:
    failing = Result(
        citation=replaced(Citation(url=RIA, source="refs.json", line=1), pointer="/0/URL"),
        status=Status.DEAD,
        reason="404 Not Found",
        verdict=Verdict.FAIL,
        http_status=404,
    )
    assert "/0/URL" in render_github(Report(results=(failing,)))
    plain = replaced(failing, citation=Citation(url=RIA, source="sources.txt", line=2))
    annotation = render_github(Report(results=(plain,)))
    assert annotation.startswith("::error file=sources.txt,line=2,"), annotation
    assert "(/" not in annotation, annotation
