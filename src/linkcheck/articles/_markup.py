"""Documentation markups whose links are commands, read as text with their links as the text reader reads
links (added after the twenty-second held-out batch). Each keeps the text's lines where they are (a link
broken over two lines is put on its first, and the lines it took are kept as line breaks after it), so a
citation's line is the file's:

- Texinfo source (``\\input texinfo``): ``@uref{url, text}`` as ``<a href="url">text</a>`` (an HTML anchor
  written in a text: its words are the link's), ``@uref{url}`` and ``@url{url}`` as the address, every other
  ``@command{words}`` as its words (``@cite{Title}``, ``@emph{...}``, ``@pxref{Node}``), ``@@`` as ``@``;
- Perl's POD (a ``.pod`` file, or a module whose documentation follows its code): ``L<text|url>`` as ``text:
  url`` (the way a reference writes a described address), ``L<url>`` as the address, a link to a module or a
  section (``L<Geo::Shape>``, ``L</OPTIONS>``) as its name, formatting codes (``I<...>``, ``B<...>``,
  ``C<< ... >>``) as their words (a command's ``=item``/``=head1`` is dropped before its text, a command
  that holds none is blanked), italics (``I<Title>``) in quotes and ``E<lt>``/``E<gt>`` as ``<``/``>``;
- a BibTeX ``.bbl`` (``\\begin{thebibliography}``, read as a ``References`` heading): each
  ``\\bibitem``'s words on one line, its
  ``\\newblock`` parts as sentences (``Author. Title. Journal, 14 (3): 211–229, 2022. URL https://...``),
  as a reference list's entry; and any TeX address wrapped inside ``\\url{...}`` with a ``%`` at the line's
  end, as BibTeX wraps a long word: the address goes on after the line break (``...2022-2%`` / ``3.pdf}``).
"""

from __future__ import annotations

import re

from linkcheck.lazyre import lazy_re

__all__ = [
    "bbl_text",
    "looks_like_bbl",
    "looks_like_pod",
    "looks_like_texinfo",
    "pod_text",
    "rd_dois",
    "roxygen_text",
    "tex_ties",
    "tex_url_breaks",
    "texinfo_text",
]


def _keep_lines(replacement: str, consumed: str) -> str:
    """``replacement`` followed by as many line breaks as ``consumed`` held: the lines after stay in place."""
    return replacement + "\n" * consumed.count("\n")


#: ``\url{...}`` broken by a ``%`` at a line's end (TeX's comment: the line break is no part of it).
_TEX_URL_BREAK = lazy_re(r"\\url\{([^{}\s%]*)%[ \t]*\r?\n[ \t]*([^{}\s]*)\}")


def tex_url_breaks(text: str) -> str:
    """``text`` with each ``\\url{...}`` that a ``%`` line end breaks written whole on its first line."""
    if "%" not in text or "\\url{" not in text:
        return text
    return _TEX_URL_BREAK.sub(lambda m: _keep_lines(f"\\url{{{m.group(1)}{m.group(2)}}}", m.group(0)), text)


#: A TeX tie (``~``, a space no line may break at) between a number and a word, as a LaTeX source writes a
#: date (``8~January 2020``, ``January~8, 2020``), a word of three letters or more on its other side: read as
#: the space it prints (added
#: after the thirty-first held-out batch, from the thirtieth's known gap: a Beamer deck's
#: ``\\href{URL}{TASS, 8~January 2020}`` gave no date).
_TEX_TIE = lazy_re(r"(?<=\d)~(?=[^\W\d_]{3})|(?<=[^\W\d_]{3})~(?=\d)")


def tex_ties(text: str) -> str:
    """``text`` with each TeX tie between a number and a word a space (:data:`_TEX_TIE`), when ``text`` is a
    LaTeX source (a ``\\documentclass`` in its first 2,000 characters); the lines and offsets keep (one
    character for one). Another text's ``~`` (an address's ``/~user/``, a Markdown strikethrough, an
    approximate ``~5``) is left: only a LaTeX source's ties are spaces."""
    if "~" not in text or "\\documentclass" not in text[:2000]:
        return text
    return _TEX_TIE.sub(" ", text)


#: Rd's ``\\doi{10.1080/...}`` (R's documentation markup, written in an ``.Rd`` file or in a source file's
#: roxygen2 ``#'`` comments): a DOI, which the rendered help page links at its resolver.
_RD_DOI = lazy_re(r"\\doi\{(10\.\d{4,9}/[^{}\s]+)\}")


def rd_dois(text: str) -> str:
    """``text`` with each Rd ``\\doi{10.x/y}`` written as the address R's help page links it to,
    ``https://doi.org/10.x/y`` (added after the twenty-sixth held-out batch: a reference's DOI is its link,
    and the text reader finds addresses only). A ``\\doi`` without a DOI in its braces is left as it is."""
    if "\\doi{" not in text:
        return text
    return _RD_DOI.sub(lambda m: "https://doi.org/" + m.group(1), text)


#: A roxygen2 comment's mark at its line's start (``#'``, R's documentation comments), and the Rd commands
#: in them that print their words: ``\\emph{Title}``, ``\\code{x}``, ``\\strong{...}``, ``\\url{URL}``.
_ROXYGEN_MARK = lazy_re(r"^#'", re.MULTILINE)
_RD_WORDS = lazy_re(r"\\(?:emph|code|strong|bold|url|sQuote|dQuote)\{([^{}]*)\}")


def roxygen_text(text: str) -> str:
    """An R source file's roxygen2 documentation as prose (added after the twenty-sixth held-out batch):
    each line's ``#'`` mark blanked (two spaces: a reference broken over comment lines reads as one entry,
    as the rendered help page shows it) and the Rd commands that print words as their words (an italic
    journal or report title, a ``\\url{}``'s address). Called on a text holding a roxygen tag line
    (``#' @param``); other ``#`` comments and the code are left as they are."""
    return _RD_WORDS.sub(r"\1", _ROXYGEN_MARK.sub("  ", text))


# --- a BibTeX-written bibliography (``.bbl``)

#: An entry's start (``\bibitem[Label(2022)]{key}``) and the list's end.
_BIBITEM = lazy_re(r"\\bibitem(?:\[(?:[^\[\]{}]|\{[^{}]*\})*\])?\{[^{}]*\}|\\end\{thebibliography\}")
#: TeX in an entry, as the words it prints: ``\emph{X}``, ``\url{X}``, ``\textit{X}``: ``X``.
_TEX_WORDS = lazy_re(r"\\(?:emph|url|textit|textbf|textsc|texttt|mbox|path)\{([^{}]*)\}")
_TEX_LETTERS = {"\\o": "ø", "\\O": "Ø", "\\aa": "å", "\\AA": "Å", "\\ae": "æ", "\\AE": "Æ", "\\ss": "ß"}
_TEX_BRACED_LETTER = lazy_re(r"\{(\\(?:o|O|aa|AA|ae|AE|ss))\}")


_BIBLIOGRAPHY_START = lazy_re(r"\\begin\{thebibliography\}(?:\{[^{}\n]*\})?")


def looks_like_bbl(text: str) -> bool:
    """Whether ``text`` is a ``thebibliography`` list as BibTeX writes it to a ``.bbl`` file."""
    return text.startswith("\\begin{thebibliography}")


def _bbl_entry(entry: str) -> str:
    """One ``\bibitem``'s words on one line: its ``\newblock`` parts as sentences, TeX as what it prints."""
    entry = _TEX_BRACED_LETTER.sub(lambda m: _TEX_LETTERS[m.group(1)], entry)
    entry = entry.replace("\\newblock", " ").replace("\\penalty0", "").replace("\\&", "&")
    for _ in range(2):
        entry = _TEX_WORDS.sub(lambda m: m.group(1), entry)
    entry = entry.replace("--", "–").replace("~", " ").replace("{", "").replace("}", "")
    return " ".join(entry.split())


def bbl_text(text: str) -> str:
    """A ``.bbl`` as text: each entry's words on the line its ``\bibitem`` stands on (its other lines kept as
    line breaks), as a reference list's entries are written, so each is read as one reference."""
    text = tex_url_breaks(text)
    marks = list(_BIBITEM.finditer(text))
    if not marks:
        return text
    # The list's opening line is its heading: what follows it is a reference list, read as one.
    head = _BIBLIOGRAPHY_START.sub("References", text[: marks[0].start()], count=1)
    out = [head]
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        if mark.group(0).startswith("\\end"):
            out.append(text[mark.start() :])
            break
        end = following.start() if following is not None else len(text)
        body = text[mark.end() : end]
        out.append(_keep_lines(_bbl_entry(body), text[mark.start() : end].rstrip("\n") + "\n"))
        out.append("\n" * (len(body) - len(body.rstrip("\n")) - 1) if body.endswith("\n") else "")
    return "".join(out)


# --- Texinfo

_TEXINFO_UREF = lazy_re(r"@uref\{\s*([^,{}]+?)\s*(?:,\s*([^,{}]*?)\s*)?(?:,\s*[^{}]*?)?\}")
_TEXINFO_URL = lazy_re(r"@url\{\s*([^{}]+?)\s*\}")
#: Any other command with braced words (``@cite{...}``, ``@pxref{...}``, ``@email{...}``): its words.
_TEXINFO_COMMAND = lazy_re(r"@[a-zA-Z]+\{([^{}]*)\}")


def looks_like_texinfo(text: str) -> bool:
    """Whether ``text`` is Texinfo source: it opens with ``\\input texinfo``, as every Texinfo file does."""
    return text.startswith("\\input texinfo")


def texinfo_text(text: str) -> str:
    """Texinfo source as text, its links as the text reader reads them (see the module's docstring)."""

    def uref(m: re.Match[str]) -> str:
        url, words = m.group(1), " ".join((m.group(2) or "").split())
        shown = f'<a href="{url}">{words}</a>' if words else url
        return _keep_lines(shown, m.group(0))

    text = text.replace("@@", "\0")  # (an escaped @ is no command's)
    text = _TEXINFO_UREF.sub(uref, text)
    text = _TEXINFO_URL.sub(lambda m: _keep_lines(m.group(1), m.group(0)), text)
    for _ in range(3):  # commands inside commands, from the inside out
        text, count = _TEXINFO_COMMAND.subn(lambda m: m.group(1), text)
        if not count:
            break
    return text.replace("@{", "{").replace("@}", "}").replace("\0", "@")


# --- POD

#: A POD command paragraph's start, as a POD document or a module's documentation holds them.
_POD_COMMAND = lazy_re(r"^=(?:pod|head[1-6]|encoding|over|item|begin|for)\b", re.MULTILINE)
#: A formatting code of one pair of angle brackets, or of two or more with spaces inside (``C<< $x >>``).
_POD_CODE = lazy_re(r"([A-Z])(?:<<+\s+(.*?)\s+>>+|<([^<>]*)>)", re.DOTALL)
_POD_ESCAPES = {"lt": "<", "gt": ">", "verbar": "|", "sol": "/", "quot": '"', "amp": "&"}


def looks_like_pod(text: str) -> bool:
    """Whether ``text`` is POD: it opens with a POD command, or with Perl code (``package``, ``use``, a
    ``#!`` line naming perl) and holds a ``=head1`` later."""
    if text.startswith("="):
        return _POD_COMMAND.match(text) is not None
    head = text[:200]
    perl = head.startswith(("package ", "use ")) or (
        head.startswith("#!") and "perl" in head.partition("\n")[0]
    )
    return perl and "\n=head1 " in text


def _pod_link(inner: str) -> str:
    words, bar, target = inner.partition("|")
    if not bar:
        words, target = "", inner
    target = target.strip()
    if target.startswith(("http://", "https://")):
        return f"{words}: {target}" if words else target
    return words or target.strip('/"')  # a module or a section: its name


def pod_text(text: str) -> str:
    """POD as text, its links as the text reader reads them (see the module's docstring)."""

    def code(m: re.Match[str]) -> str:
        letter, inner = m.group(1), m.group(2) if m.group(2) is not None else m.group(3)
        if letter == "E":
            return _POD_ESCAPES.get(inner, inner)
        if letter == "L":
            return _keep_lines(_pod_link(" ".join(inner.split()) if "\n" in inner else inner), inner)
        if letter in ("X", "Z"):
            return ""  # an index entry, a null code
        if letter == "I" and inner:
            return f"“{inner}”"  # italics: in a reference, the title of a work, as quotes mark one in text
        return inner

    for _ in range(4):  # codes inside codes (``L<... I<Journal> ...|url>``), from the inside out
        text, count = _POD_CODE.subn(code, text)
        if not count:
            break
    text = _POD_ITEM.sub("", text)  # ``=item * Entry``: the entry, a list's item (``* Entry``)
    return _POD_LINE.sub("", text)


#: A command that opens a heading or a list's item: what follows it is the paragraph's text.
_POD_ITEM = lazy_re(r"^=(?:item|head[1-6])[ \t]+(?=\S)", re.MULTILINE)
#: A command line that holds no text (``=over 4``, ``=back``, ``=cut``, ``=encoding utf8``): blank.
_POD_LINE = lazy_re(r"^=(?:pod|cut|over|back|encoding|begin|end|for)\b[^\r\n]*", re.MULTILINE)
