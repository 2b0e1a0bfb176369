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
"""

from __future__ import annotations

__all__ = ["looks_like_mhtml", "mhtml_page"]

#: The header names an MHTML file opens with (Chrome writes ``From:`` first, Internet Explorer and Word
#: ``MIME-Version:`` or ``Date:``; some tools ``Content-Type:`` or ``Subject:``).
_MIME_OPENINGS = ("From:", "MIME-Version:", "Mime-Version:", "Content-Type:", "Date:", "Subject:")


def looks_like_mhtml(text: str) -> bool:
    """Whether ``text`` is an MHTML file: a MIME header first and a ``multipart/related`` message (a raw
    e-mail is ``multipart/alternative`` or ``mixed``: its reader is the text reader's)."""
    return text.startswith(_MIME_OPENINGS) and "multipart/related" in text[:2000].lower()


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
