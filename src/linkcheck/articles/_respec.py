"""A W3C draft's ReSpec source: its own references, written only in its configuration script (added after the
twenty-fifth held-out batch).

An editor's ReSpec document cites by ``[[KEY]]`` markers and the script that renders it in the browser fills
the References section from the shared database and from the ``localBiblio`` object of its
``respecConfig`` script: ``"KEY": {title: "...", href: "https://...", publisher: "...", date: "..."}``,
JavaScript object literals (unquoted keys, trailing commas). The source has no other trace of those
addresses, and a script is no part of a page's text; so each ``localBiblio`` entry with an ``href`` is
written as the reference list entry ReSpec would render (the title linked, then the authors, the
publisher, the date and the status), a list placed at the end of the body. The shared database's entries
(``[[RFC3339]]``) name no address in the source and stay unread.
"""

from __future__ import annotations

import html as html_lib

from linkcheck.lazyre import lazy_re

__all__ = ["respec_references"]

#: Where the local bibliography opens: ``localBiblio: {`` (a key quoted or not).
_LOCAL_BIBLIO = lazy_re(r"""["']?localBiblio["']?\s*:\s*\{""")
#: One entry: its key, then an object of fields without nested braces.
_ENTRY = lazy_re(r"""["']?([\w.\-]+)["']?\s*:\s*\{([^{}]*)\}""")
#: One field of an entry: a quoted string or an array of quoted strings.
_FIELD = lazy_re(r"""["']?(\w+)["']?\s*:\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|\[([^\]]*)\])""")
_STRING = lazy_re(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'""")
#: An entry's fields after its linked title, in ReSpec's order.
_AFTER_TITLE = ("authors", "publisher", "date", "status")


def _fields(body: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for m in _FIELD.finditer(body):
        if m.group(4) is not None:
            items = [a or b for a, b in _STRING.findall(m.group(4))]
            fields[m.group(1)] = ", ".join(item for item in items if item)
        else:
            fields[m.group(1)] = m.group(2) if m.group(2) is not None else m.group(3) or ""
    return fields


def respec_references(text: str) -> str:
    """The HTML reference list of ``text``'s ``localBiblio`` entries that have an ``href`` (empty when there
    is none): one ``<li>`` an entry, ``<a href>`` on its ``<cite>`` title, then its authors, publisher, date
    and status, each ended by a dot."""
    opening = _LOCAL_BIBLIO.search(text)
    if opening is None:
        return ""
    end = text.find("</script>", opening.end())
    block = text[opening.end() : end if end >= 0 else len(text)]
    items = []
    for entry in _ENTRY.finditer(block):
        fields = _fields(entry.group(2))
        href = fields.get("href", "").strip()
        if not href.lower().startswith(("http://", "https://")):
            continue
        title = html_lib.escape(fields.get("title", "").strip() or href, quote=False)
        rest = "".join(
            f" {html_lib.escape(value, quote=False)}."
            for name in _AFTER_TITLE
            if (value := fields.get(name, "").strip().rstrip("."))
        )
        items.append(f'<li><a href="{html_lib.escape(href)}"><cite>{title}</cite></a>.{rest}</li>')
    return f"<section><h2>References</h2><ul>{''.join(items)}</ul></section>" if items else ""
