"""What one host is for ``--per-host``: the key every per-host limit and state of a run is counted by.

A manifest may write one server in several spellings, and each spelling used to be a host of its own, with
its own ``per_host`` slots: ``example.com`` and ``example.com:80``, ``https://example.com:443``, an
internationalized name in Unicode and in punycode, capitals, the root's trailing dot (``example.com.``), and
an IP address written two ways (``[::1]`` and ``[0:0:0:0:0:0:0:1]``). A manifest citing one site in two
spellings could send it twice the limit. :func:`host_key` folds them into one key; the dispatcher's slots,
a redirect's slot move, backing off after ``429``/``503``, the hosts taken as down and the sharded run's
split of hosts over its processes all use it.

- The userinfo is dropped: it names no other server.
- The name is lower-cased, its trailing root dot dropped, and a name outside ASCII encoded as the request
  sends it (IDNA 2008 with UTS 46 mapping, as ``requests`` encodes a URL's host); a name that does not
  encode is kept lower-cased (the fetch reports it).
- An IP literal is the address: IPv6 in its compressed form, and an IPv4 address in any form the system
  resolver reads as one (``127.1``, ``0x7f.0.0.1``, ``2130706433``: a host whose last label is a number,
  as the WHATWG URL standard reads one) in dotted decimal.
- The web's two ports are the site: port 80 and 443 (written out or the scheme's default) are dropped, so
  ``http://`` and ``https://`` of one name share its slots. They are one site's front (the same servers
  in practice, and the most common redirect is from one to the other); ``--per-host`` is a politeness
  limit for a site, so two schemes must not double it. Any other port is another service and keeps its
  own key (``example.com:8080``; test servers on loopback ports).

The key is for counting only: requests go to the URL as written.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import unicodedata
from urllib.parse import urlsplit

from linkcheck.sources import plain_netloc

__all__ = ["host_key", "url_host_key"]

#: Ports that name a site's web front, whichever scheme they were written with.
_WEB_PORTS = frozenset({80, 443})


@functools.lru_cache(maxsize=4096)
def host_key(netloc: str) -> str:
    """The host ``netloc`` (a URL's ``[userinfo@]host[:port]`` part) counts against: see the module's
    docstring. Pure and memoised: a run asks about the same few hosts again and again."""
    hostport = netloc.rpartition("@")[2]
    host, port = _split_port(hostport)
    name = _name_key(host)
    if port is None:
        return name
    shown = f"[{name}]" if ":" in name else name
    return f"{shown}:{port}"


def url_host_key(url: str) -> str:
    """:func:`host_key` of ``url``'s netloc, the key the scheduler counts ``--per-host`` by and a sharded run
    routes a citation by (empty when the URL is malformed). A plain web URL's netloc is read without
    ``urlsplit`` (:func:`linkcheck.sources.plain_netloc`)."""
    plain = plain_netloc(url)
    if plain is not None:
        return host_key(plain)
    try:
        return host_key(urlsplit(url.strip()).netloc)
    except ValueError:
        return ""


def _split_port(hostport: str) -> tuple[str, str | None]:
    """``host`` and the port part that names a port other than the web's two (``None`` for none, for a
    default one, and for 80 and 443); a port that is no number is kept as written (lower-cased), as the
    precheck reports such a URL malformed."""
    if hostport.startswith("["):
        end = hostport.find("]")
        if end < 0:
            return hostport, None
        host, rest = hostport[: end + 1], hostport[end + 1 :]
        port = rest[1:] if rest.startswith(":") else ""
    else:
        host, colon, port = hostport.rpartition(":")
        if not colon:
            return hostport, None
    if not port:
        return host, None
    if port.isascii() and port.isdigit():
        number = int(port)
        return host, None if number in _WEB_PORTS else str(number)
    return host, port.lower()


def _name_key(host: str) -> str:
    """A host name or IP literal as one key: lower case, no trailing dot, ASCII (IDNA), canonical IP."""
    if host.startswith("[") and host.endswith("]"):
        literal = host[1:-1]
        try:
            return str(ipaddress.IPv6Address(literal))
        except ValueError:
            return literal.lower()
    name = host.lower()
    if name.endswith("."):
        name = name.rstrip(".") or name
    if not name.isascii():
        name = _idna(name)
    last = name.rpartition(".")[2]
    if last and (last.isdigit() or (last.startswith("0x") and len(last) > 2 and _is_hex(last[2:]))):
        try:
            return socket.inet_ntoa(socket.inet_aton(name))
        except OSError:
            return name
    return name


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


def shown_host(name: str) -> str:
    """``name`` as a message names it: a name written beyond ASCII is shown in the ASCII form it is looked
    up and requested by (punycode), then as written: ``xn--tss-6cd.ru (written t\u0430ss.ru, mixing Latin
    and Cyrillic letters)``; a name already in punycode is spelled out: ``xn--80ak6aa92e.com (spells
    \u0430\u0440\u0440\u04cf\u0435.com, in Cyrillic letters)``. An IDN homograph (a Cyrillic 'a' in a Latin
    name) looks like the name it imitates only in Unicode, and in punycode like nothing at all: the user is
    told what it spells and which scripts its letters are from (:func:`scripts_note`)."""
    if name.isascii():
        if "xn--" not in name.lower():
            return name
        spelled = _spelled(name.lower())
        if spelled is None:
            return name
        return f"{name} (spells {spelled}{scripts_note(spelled)})"
    ascii_name = _idna(name)
    return f"{ascii_name} (written {name}{scripts_note(name)})" if ascii_name.isascii() else name


def lookalike_host(name: str) -> str | None:
    """``name`` as :func:`shown_host` names it, when it is written beyond ASCII or in punycode and its
    letters are a look-alike's (:func:`scripts_note`: scripts mixed in one label, or a label in one script
    other than Latin whose every letter looks Latin, ``\u0430\u0440\u0440\u04cf\u0435``); ``None`` for any
    other name (ASCII names, at once: one ``isascii`` and one substring test). A link that reached such a
    host and read right is what a user most needs told of."""
    if name.isascii():
        if "xn--" not in name.lower():
            return None
        spelled = _spelled(name.lower())
    else:
        spelled = name
    note = scripts_note(spelled) if spelled is not None else ""
    if not note or spelled is None:
        return None
    if note.startswith(", in ") and not any(
        _latin_lookalike(label) for label in spelled.lower().split(".") if not label.isascii()
    ):
        return None  # a word of one script (a Russian name under .\u0440\u0444): no disguise
    return shown_host(name)


#: Cyrillic and Greek small letters that look like Latin ones (a, c, d, e, h, i, j, l, o, p, q, s, w, x, y;
#: and Greek's a, i, k, v, o, p, u, x): a label written in them alone is UTS 39's whole-script confusable.
_LATIN_LOOKALIKES = frozenset(
    "\u0430\u0441\u0501\u0435\u04bb\u0456\u0458\u04cf\u043e\u0440\u051b\u0455\u051d\u0445\u0443\u04af"
    "\u03b1\u03b9\u03ba\u03bd\u03bf\u03c1\u03c5\u03c7"
)


def _latin_lookalike(label: str) -> bool:
    """Is ``label`` (lower case) made of letters that look Latin, every one?"""
    letters = [c for c in label if c.isalpha()]
    return bool(letters) and all(c in _LATIN_LOOKALIKES for c in letters)


#: Scripts one label may join without being a look-alike's mix: UTS 39's "highly restrictive" sets (Latin
#: with Han and the Japanese kana, with Han and Hangul, with Han and Bopomofo); names as
#: :func:`_script` gives them.
_JOINED_SCRIPTS = (
    frozenset({"Latin", "Han", "Hiragana", "Katakana"}),
    frozenset({"Latin", "Han", "Hangul"}),
    frozenset({"Latin", "Han", "Bopomofo"}),
)


def _script(char: str) -> str | None:
    """The script of a letter as its Unicode name opens (``CYRILLIC SMALL LETTER A``: Cyrillic); ``None``
    for anything that is no letter (digits, hyphens, marks)."""
    if not char.isalpha():
        return None
    try:
        word = unicodedata.name(char).split(" ", 1)[0]
    except ValueError:
        return None
    return {"CJK": "Han"}.get(word, word.title())


def scripts_note(name: str) -> str:
    """What a host name written beyond ASCII is made of, for a message: ``, mixing Latin and Cyrillic
    letters`` when one of its labels holds letters of scripts no language writes together (the homograph's
    trick: one Cyrillic 'a' in a Latin word), ``, in Cyrillic letters`` when its labels beyond ASCII are of
    one script other than Latin (a whole word of look-alikes: ``\u0430\u0440\u0440\u04cf\u0435``); ``""``
    otherwise."""
    whole: list[str] = []
    for label in name.split("."):
        if label.isascii():
            continue
        scripts = list(dict.fromkeys(s for s in map(_script, label) if s is not None))
        if len(scripts) > 1 and not any(set(scripts) <= joined for joined in _JOINED_SCRIPTS):
            ordered = sorted(scripts, key=lambda s: s != "Latin")  # Latin first: what it imitates
            return f", mixing {', '.join(ordered[:-1])} and {ordered[-1]} {_signs(scripts)}"
        whole.extend(s for s in scripts if s not in whole)
    if len(whole) == 1 and whole[0] != "Latin":
        return f", in {whole[0]} {_signs(whole)}"
    return ""


def _signs(scripts: list[str]) -> str:
    """What a message calls the signs of ``scripts``: Han's are characters, an alphabet's letters."""
    return "characters" if "Han" in scripts else "letters"


def _spelled(name: str) -> str | None:
    """``name`` (ASCII, lower case) with each ``xn--`` label decoded to what it spells; ``None`` when a
    label does not decode (the fetch or the guard reports such a name as it is)."""
    labels = []
    for label in name.split("."):
        if label.startswith("xn--"):
            try:
                label = label[4:].encode("ascii").decode("punycode")
            except (UnicodeError, ValueError):
                return None
            if label.isascii() or not label.isprintable():
                return None  # nothing beyond ASCII (xn--abc-), or a control character (xn--a: U+0080)
        labels.append(label)
    return ".".join(labels)


def _idna(name: str) -> str:
    """``name`` as the request sends it: IDNA 2008 with UTS 46 mapping (what ``requests`` does), or the
    standard library's IDNA 2003 for a name the former refuses; else ``name`` itself."""
    try:
        import idna  # a dependency of requests; imported only for a name outside ASCII

        return str(idna.encode(name, uts46=True).decode("ascii")).lower()
    except Exception:  # idna.IDNAError, UnicodeError: a name it cannot encode
        try:
            return name.encode("idna").decode("ascii").lower()
        except UnicodeError:
            return name
