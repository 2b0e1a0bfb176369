"""A web page saved as a single file, MHTML (``.mht``, ``.mhtml``: a browser's "Save as single file", Chrome's
"Webpage, Single File", Internet Explorer's "Web Archive"), read as the page it holds (added after the
twenty-third held-out batch). The file is a MIME message: headers (``From: <Saved by Blink>``,
``Snapshot-Content-Location:``, ``MIME-Version:``, ``Content-Type: multipart/related; boundary=...``), then
parts, the first ``text/html`` one the page and the others its style sheets, images and frames. The page
part is encoded, most often as quoted-printable: every ``=`` of its attributes written ``=3D``, every byte
that is not ASCII as ``=D0=98`` and a soft line break (``=`` ending the line) every 76 characters, cutting
addresses and words; read as it stands, its links are ``3D"https://da=`` fragments. The page part decoded
is what the HTML reader reads; the other parts (a style sheet's ``url(...)``, an image's address) are no
part of the page's text, as they are not in the browser's.

Told by its opening (a MIME header on the first line) and ``multipart/related`` in its first 2,000
characters, so other pages pay one ``startswith``.

An HTML e-mail saved as one message (``.eml``) whose only part is its HTML (``Content-Type: text/html`` in
the message's own headers, quoted-printable or base64) is read the same way, as the HTML it holds (added
after the seed18 probe: a newsletter's HTML-only message was read as raw quoted-printable, its links
``3D"htt=`` fragments). A multipart e-mail (``alternative``, ``mixed``) stays the text reader's.
"""

from __future__ import annotations

import re

from linkcheck.lazyre import lazy_re

__all__ = ["html_email_headers", "looks_like_mhtml", "mhtml_page"]

#: The header names an MHTML file opens with (Chrome writes ``From:`` first, Internet Explorer and Word
#: ``MIME-Version:`` or ``Date:``; some tools ``Content-Type:`` or ``Subject:``).
_MIME_OPENINGS = ("From:", "MIME-Version:", "Mime-Version:", "Content-Type:", "Date:", "Subject:")
#: A message's own ``Content-Type`` header naming HTML (in its lowered header block).
_HTML_PART = lazy_re(r"^content-type:[ \t]*text/html\b", re.MULTILINE)


def looks_like_mhtml(text: str) -> bool:
    """Whether ``text`` is an MHTML file: a MIME header first and a ``multipart/related`` message (a raw
    e-mail is ``multipart/alternative`` or ``mixed``: its reader is the text reader's), or a single-part
    HTML e-mail (``Content-Type: text/html`` among the message's own headers)."""
    if not text.startswith(_MIME_OPENINGS):
        return False
    return "multipart/related" in text[:2000].lower() or html_email_headers(text) is not None


def html_email_headers(text: str) -> str | None:
    """The header block of a single-part HTML e-mail (its own ``Content-Type`` is ``text/html``; not an
    MHTML file's ``multipart/related``), else ``None``: its ``Date:`` dates the article it holds."""
    if not text.startswith(_MIME_OPENINGS):
        return None
    headers = re.split(r"\r?\n\r?\n", text[:2000], maxsplit=1)[0]  # the message's own header block
    return headers if _HTML_PART.search(headers.lower()) is not None else None


def mhtml_page(text: str) -> str | None:
    """The HTML page an MHTML file holds (its first ``text/html`` part, decoded as its
    ``Content-Transfer-Encoding`` and charset say), or ``None`` when it holds none."""
    import email  # (here: a page reader meets an MHTML file seldom, and the package costs its import)
    import email.policy

    message = email.message_from_string(text, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        charset = part.get_content_charset() or "utf-8"
        try:
            return payload.decode(charset, "replace")
        except LookupError:  # a charset Python does not know: UTF-8, as most pages are
            return payload.decode("utf-8", "replace")
    return None
