"""The address guard: which hosts linkcheck may connect to.

Article links are untrusted input and CI runners sit inside private networks, so by default linkcheck refuses
to fetch anything whose host is, or resolves to, an address that is not public: loopback, private (RFC 1918,
IPv6 ULA), link-local (including cloud metadata services), multicast, reserved, unspecified, and the IPv6
forms that smuggle an IPv4 address (IPv4-mapped ``::ffff:127.0.0.1``, IPv4-compatible, NAT64, 6to4).
Non-standard IPv4 spellings (``2130706433``, ``0177.0.0.1``, ``0x7f.1``) are refused outright: browsers and
``inet_aton`` accept them, a real citation never uses them.

Everything here is pure except :func:`vet_host`, which calls the resolver it is given. The fetcher calls
:func:`vet_host` before every request (every redirect hop, every retry; a host's verdict serves its requests
for a minute, ``fetch.NAME_CACHE_SECONDS``) and connects to the addresses it returns, so a DNS answer cannot
change between the check and the connection.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from linkcheck.errors import ConfigError
from linkcheck.hostkey import shown_host
from linkcheck.lazyre import lazy_re

__all__ = [
    "METADATA_ADDRESSES",
    "IPAddress",
    "Origin",
    "Vetting",
    "address_problem",
    "default_port",
    "loopback_name_addresses",
    "normal_host",
    "origin_allowed",
    "parse_allow_host",
    "parse_host_address",
    "vet_host",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: Cloud instance-metadata endpoints (AWS/GCP/Azure/OpenStack/DigitalOcean, AWS ECS, Alibaba, Oracle, Azure's
#: WireServer, AWS IPv6).
#: Most are link-local or private anyway; they are named so the refusal says what they are.
METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",
        "169.254.170.2",
        "169.254.169.253",
        "100.100.100.200",
        # Oracle Cloud's, in the IETF protocol block (192.0.0.0/24), which Python 3.11 calls global
        "192.0.0.192",
        # Azure's WireServer (its VM agent's endpoint, which hands out the machine's configuration): a public
        # address only in form, answered inside that cloud by the host each VM runs on, hosted CI runners
        # among them; no public site is published there, so a redirect to it is refused like the others
        "168.63.129.16",
        "fd00:ec2::254",
        "fd00:ec2::23",
    )
)

_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
#: The block IANA allocates IPv6 global unicast addresses from (RFC 4291 2.4): every public IPv6 host is in
#: it.
_GLOBAL_UNICAST_V6 = ipaddress.ip_network("2000::/3")
#: IPv6 site-local addresses (RFC 3513), deprecated by RFC 3879 but still routed inside the private networks
#: that adopted them; Python's ``is_global`` (3.11) calls them global, as nothing in its tables covers them.
_SITE_LOCAL_V6 = ipaddress.ip_network("fec0::/10")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
#: The IETF protocol assignments block (RFC 6890; IANA's special-purpose registry: not globally reachable),
#: where protocols and clouds place addresses no public site has (a cloud's metadata service at 192.0.0.192,
#: NAT64 discovery at 192.0.0.170). Python 3.11's tables name only its first /29 and 192.0.0.170/31, so
#: ``is_global`` calls the rest of it global; its two anycast services that are globally reachable (PCP at
#: 192.0.0.9, TURN at 192.0.0.10) are let through, as the registry says.
_IETF_PROTOCOL_V4 = ipaddress.ip_network("192.0.0.0/24")
_IETF_GLOBAL_ANYCAST = frozenset((ipaddress.ip_address("192.0.0.9"), ipaddress.ip_address("192.0.0.10")))
_DEFAULT_PORTS = {"http": 80, "https": 443}

# One part of an inet_aton-style IPv4 address: hex (0x...), octal (leading 0) or decimal.
_NUMERIC_PART = lazy_re(r"^(?:0[xX][0-9a-fA-F]*|[0-9]+)$")
_DOTTED_QUAD = lazy_re(
    r"^(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$"
)

Resolver = Callable[..., list[Any]]


class NonStandardIPv4Error(ValueError):
    """A host written as an IPv4 address in a non-standard notation (decimal, octal, hex, short form)."""

    def __init__(self, host: str, address: ipaddress.IPv4Address | None) -> None:
        self.host = host
        self.address = address
        # what the address is, as the other refusals say it (a metadata address by name, in any spelling)
        problem = _plain_problem(address) if address is not None else None
        meaning = f" (= {address}{f', {problem}' if problem else ''})" if address is not None else ""
        super().__init__(f"host {host!r} is an IPv4 address in a non-standard notation{meaning}")


def _inet_aton(host: str) -> ipaddress.IPv4Address | None:
    """Decode ``host`` the way C's ``inet_aton`` does (1 to 4 parts, each decimal, octal or hex).

    Returns ``None`` when some part is out of range (``inet_aton`` would reject it too).
    """
    parts = host.split(".")
    values: list[int] = []
    for part in parts:
        if part[:2].lower() == "0x":
            values.append(int(part[2:] or "0", 16))
        elif len(part) > 1 and part.startswith("0"):
            if any(c in "89" for c in part):
                return None
            values.append(int(part, 8))
        else:
            values.append(int(part))
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (5 - len(values)):
        return None
    number = 0
    for v in head:
        number = number << 8 | v
    number = number << (8 * (5 - len(values))) | last
    return ipaddress.IPv4Address(number)


def parse_host_address(host: str) -> IPAddress | None:
    """The IP address ``host`` (a URL's host part) is written as, or ``None`` for a name.

    Accepts ``[v6]`` with or without brackets, a zone id (``%25eth0`` or ``%eth0``) and one trailing dot.
    Raises :class:`NonStandardIPv4Error` for IPv4 written any way but the standard dotted quad.
    """
    text = host.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    if ":" in text:
        text = text.split("%", 1)[0]
        try:
            return ipaddress.IPv6Address(text)
        except ValueError:
            return None
    if text.endswith("."):
        text = text[:-1]
    parts = text.split(".")
    if not text or not 1 <= len(parts) <= 4 or not all(_NUMERIC_PART.match(p) for p in parts):
        return None
    if _DOTTED_QUAD.match(text):
        return ipaddress.IPv4Address(text)
    raise NonStandardIPv4Error(host, _inet_aton(text))


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> tuple[str, ipaddress.IPv4Address] | None:
    """The IPv4 address an IPv6 address carries, with the name of the scheme, or ``None``."""
    if ip.ipv4_mapped is not None:
        return "IPv4-mapped", ip.ipv4_mapped
    for net in _NAT64:
        if ip in net:
            return "NAT64", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        return "6to4", ip.sixtofour
    if ip in _IPV4_COMPATIBLE and int(ip) > 1:
        return "IPv4-compatible", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _outside_global_unicast(ip: IPAddress) -> str | None:
    """Why an IPv6 address outside the global unicast block 2000::/3 is no public host, or ``None``.

    No public host has such an address; the ones Python's tables leave ``is_global`` (site-local
    ``fec0::/10``) reach whatever private network still routes them. IPv4 addresses, and IPv6 ones inside
    2000::/3, are left to the other tests. Judged after the addresses that carry an IPv4 address (a NAT64
    address of a public host, outside 2000::/3, is let through before this)."""
    if not isinstance(ip, ipaddress.IPv6Address) or ip in _GLOBAL_UNICAST_V6:
        return None
    if ip in _SITE_LOCAL_V6:
        return "a site-local address (fec0::/10: deprecated, still routed inside private networks)"
    return "not a global unicast address (outside 2000::/3)"


def _plain_problem(ip: IPAddress) -> str | None:
    if ip in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_private:
        return "a private address"
    if ip.is_reserved:
        return "a reserved address"
    if ip in _IETF_PROTOCOL_V4 and ip not in _IETF_GLOBAL_ANYCAST:
        return "an IETF protocol assignment (192.0.0.0/24: not a public address)"
    outside = _outside_global_unicast(ip)
    if outside is not None:
        return outside
    if not ip.is_global:
        return "not a public address"
    return None


def address_problem(ip: IPAddress) -> str | None:
    """Why linkcheck must not connect to ``ip`` (``"127.0.0.1 is a loopback address"``), or ``None``.

    IPv6 addresses that carry an IPv4 address are judged by the address they carry; IPv4-mapped and
    IPv4-compatible ones are refused whatever they carry (no public site is published that way).
    """
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            kind, inner = embedded
            inner_problem = _plain_problem(inner)
            if kind in ("IPv4-mapped", "IPv4-compatible"):
                suffix = f", {inner_problem}" if inner_problem else ""
                return f"{ip} is an {kind} IPv6 address (of {inner}{suffix})"
            if inner_problem:
                return f"{ip} is a {kind} address of {inner}, {inner_problem}"
            if kind == "NAT64":
                return None  # DNS64 answers for public hosts: the IPv6 prefix itself is "reserved".
    problem = _plain_problem(ip)
    return f"{ip} is {problem}" if problem else None


@dataclass(frozen=True)
class Origin:
    """An ``--allow-host`` entry: a host (name or address, lower-case) and optionally a port."""

    host: str
    port: int | None = None

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port is None else f"{host}:{self.port}"


def normal_host(host: str) -> str:
    """``host`` as compared by the guard: lower-case, no brackets or trailing dot, canonical IP text."""
    text = host.strip().lower()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    if text.endswith(".") and ":" not in text:
        text = text[:-1]
    try:
        return str(ipaddress.ip_address(text.split("%", 1)[0]))
    except ValueError:
        return text


def parse_allow_host(entry: str) -> Origin:
    """Parse ``host``, ``host:port``, ``[v6]`` or ``[v6]:port``; raise :class:`ConfigError` if malformed."""
    text = entry.strip()
    m = re.match(r"^\[([0-9A-Fa-f:.]+)\](?::(\d+))?$", text) or re.match(
        r"^([^\s:/\[\]@]+)(?::(\d+))?$", text
    )
    if not m:
        if text.count(":") >= 2 and "[" not in text:
            try:
                return Origin(str(ipaddress.IPv6Address(text)))
            except ValueError:
                pass
        raise ConfigError(f"--allow-host: expected HOST or HOST:PORT, got {entry!r}")
    host, port = m.group(1), m.group(2)
    if port is not None and not 0 < int(port) < 65536:
        raise ConfigError(f"--allow-host: port out of range in {entry!r}")
    return Origin(normal_host(host), int(port) if port is not None else None)


#: Where a name under ``localhost`` connects: this machine's loopback, IPv4 first, as browsers try it.
LOOPBACK_NAME_ADDRESSES: tuple[str, ...] = ("127.0.0.1", "::1")


def loopback_name_addresses(name: str) -> tuple[str, ...]:
    """The loopback addresses of ``name`` (as :func:`normal_host` gives it) under ``localhost``, else ().

    RFC 6761 6.3 makes every name under ``localhost`` this machine's loopback, and browsers answer them so
    without a lookup; the system's resolver may not know them (glibc sends ``news.localhost`` to the
    network's resolver, which says it does not exist). The guard refuses such a name without a lookup; once
    it is let through (``--allow-private``, or ``--allow-host news.localhost``), the connection goes to the
    loopback without one too, where it was looked up and reported ``dead`` ("does not resolve", the seed
    probe of the fortieth session: the one documented way to play an outlet's host on this machine).
    ``localhost`` itself is left to the resolver, as before (``/etc/hosts`` may say more of it).
    """
    return LOOPBACK_NAME_ADDRESSES if name.endswith(".localhost") else ()


def origin_allowed(host: str, port: int, allowed: Iterable[Origin]) -> bool:
    """Is ``host:port`` one of the ``allowed`` origins (same host; same port when the entry names one)?"""
    name = normal_host(host)
    return any(o.host == name and (o.port is None or o.port == port) for o in allowed)


def default_port(scheme: str) -> int:
    return _DEFAULT_PORTS.get(scheme.lower(), 80)


@dataclass(frozen=True)
class Vetting:
    """The guard's answer for one host.

    Exactly one of these holds: ``refused`` (why not), ``dns_error`` (the name does not resolve),
    ``allowed_origin`` (an ``--allow-host`` origin: connect normally), or ``addresses`` is non-empty (every
    address the name resolves to is public; connect only to these).
    """

    host: str
    port: int
    addresses: tuple[str, ...] = ()
    allowed_origin: bool = False
    refused: str | None = None
    dns_error: str | None = None
    #: The lookup failed for now (``EAI_AGAIN``: the resolver did not answer, or answered "try again"),
    #: which says nothing about the name: worth a retry, as a reset connection is.
    dns_temporary: bool = False


def vet_host(host: str, port: int, *, allowed: Iterable[Origin] = (), resolver: Resolver) -> Vetting:
    """Decide whether linkcheck may connect to ``host:port``, resolving the name with ``resolver``.

    ``resolver`` has :func:`socket.getaddrinfo`'s signature. Every address the name resolves to must be
    acceptable (one private answer refuses the host: an attacker controls which answer a client uses).
    """
    if origin_allowed(host, port, allowed):
        return Vetting(host, port, allowed_origin=True)
    try:
        literal = parse_host_address(host)
    except NonStandardIPv4Error as exc:
        return Vetting(host, port, refused=str(exc))
    if literal is not None:
        problem = address_problem(literal)
        if problem:
            return Vetting(host, port, refused=problem)
        return Vetting(host, port, addresses=(str(literal),))
    name = normal_host(host)
    if name.endswith(".localhost"):
        # RFC 6761 6.3: names under localhost are this machine's loopback; browsers answer them so without
        # a lookup, while the system's resolver may not know them (no lookup to fail: refused as loopback)
        # named with the addresses it means, as every other spelling of loopback is
        return Vetting(
            host,
            port,
            refused=f"{name} is a name under localhost, a loopback name (RFC 6761: 127.0.0.1, ::1)",
        )
    if name.endswith(".onion"):
        # RFC 7686: an onion service's name is reached only through Tor and must not be looked up in the
        # DNS (a lookup leaks it to the resolver, and fails): refused without one, not dead (it may be up)
        return Vetting(
            host, port, refused=f"{name} is an onion service, reachable only through Tor (RFC 7686)"
        )
    try:
        infos = resolver(name, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        temporary = isinstance(exc, socket.gaierror) and exc.errno == socket.EAI_AGAIN
        return Vetting(
            host,
            port,
            dns_error=f"host name {shown_host(name)} does not resolve ({detail})",
            dns_temporary=temporary,
        )
    addresses: list[str] = []
    for info in infos:
        raw = str(info[4][0]).split("%", 1)[0]
        try:
            ip = ipaddress.ip_address(raw)
        except ValueError:
            return Vetting(host, port, refused=f"{name} resolves to {raw!r}, not an IP address")
        problem = address_problem(ip)
        if problem:
            return Vetting(
                host, port, refused=f"{name} resolves to {problem.replace(f'{ip} is ', f'{ip}, ', 1)}"
            )
        if str(ip) not in addresses:
            addresses.append(str(ip))
    if not addresses:
        return Vetting(host, port, dns_error=f"host name {shown_host(name)} does not resolve (no addresses)")
    return Vetting(host, port, addresses=tuple(addresses))
