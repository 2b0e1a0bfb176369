"""The address guard's rules: which hosts and addresses linkcheck refuses, including the odd spellings."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkcheck.errors import ConfigError
from linkcheck.guard import (
    NonStandardIPv4Error,
    Origin,
    address_problem,
    origin_allowed,
    parse_allow_host,
    parse_host_address,
    vet_host,
)


def resolver_for(*addresses: str) -> Any:
    calls: list[str] = []

    def resolve(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        calls.append(host)
        family = socket.AF_INET6 if ":" in addresses[0] else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]

    resolve.calls = calls  # type: ignore[attr-defined]
    return resolve


def no_lookup(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
    raise AssertionError(f"an address literal needs no name lookup ({host})")


@pytest.mark.parametrize(
    ("address", "word"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "metadata"),
        ("169.254.170.2", "metadata"),
        ("fd00:ec2::254", "metadata"),
        ("100.100.100.200", "metadata"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "private"),  # Python files 240/4 under is_private as well as is_reserved
        ("100.64.0.1", "not a public"),
        ("::ffff:127.0.0.1", "IPv4-mapped"),
        ("::ffff:8.8.8.8", "IPv4-mapped"),
        ("::127.0.0.1", "IPv4-compatible"),
        ("64:ff9b::7f00:1", "NAT64"),
        ("64:ff9b::a9fe:a9fe", "metadata"),
        ("2002:7f00:1::1", "6to4"),
        ("2002:a9fe:a9fe::1", "metadata"),
    ],
)
def test_refused_addresses(address: str, word: str) -> None:
    problem = address_problem(ipaddress.ip_address(address))
    assert problem is not None
    assert word in problem


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::6810:85e5", "64:ff9b::808:808"])
def test_public_addresses_pass(address: str) -> None:
    assert address_problem(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    ("host", "meaning"),
    [
        ("2130706433", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0x7f.0.0.1", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("0", "0.0.0.0"),
        ("0251.0376.0251.0376", "169.254.169.254"),
        ("0xA9FEA9FE", "169.254.169.254"),
        ("2852039166", "169.254.169.254"),
        ("010.0.0.1", "8.0.0.1"),
    ],
)
def test_non_standard_ipv4_is_refused_and_decoded(host: str, meaning: str) -> None:
    with pytest.raises(NonStandardIPv4Error) as info:
        parse_host_address(host)
    assert str(info.value.address) == meaning
    vetting = vet_host(host, 80, resolver=no_lookup)
    assert vetting.refused is not None
    assert meaning in vetting.refused


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("127.0.0.1.", "127.0.0.1"),
        ("[::1]", "::1"),
        ("[0:0:0:0:0:ffff:7f00:1]", "::ffff:7f00:1"),
        ("[fe80::1%25eth0]", "fe80::1"),
        ("example.org", None),
        ("1.2.3.4.example", None),
        ("0x7f.example", None),
    ],
)
def test_parse_host_address(host: str, address: str | None) -> None:
    parsed = parse_host_address(host)
    assert (str(parsed) if parsed else None) == address


def test_every_resolved_address_is_judged() -> None:
    vetting = vet_host("mixed.test", 443, resolver=resolver_for("93.184.216.34", "10.0.0.7"))
    assert vetting.refused is not None
    assert "mixed.test resolves to 10.0.0.7, a private address" in vetting.refused


def test_public_name_is_vetted_with_its_addresses() -> None:
    vetting = vet_host("news.test", 443, resolver=resolver_for("93.184.216.34", "93.184.216.35"))
    assert vetting.refused is None
    assert vetting.addresses == ("93.184.216.34", "93.184.216.35")


def test_name_resolving_to_mapped_loopback_is_refused() -> None:
    vetting = vet_host("sneaky.test", 80, resolver=resolver_for("::ffff:127.0.0.1"))
    assert vetting.refused is not None
    assert "127.0.0.1" in vetting.refused


def test_unresolvable_name_is_a_dns_error() -> None:
    def fail(*args: Any, **kwargs: Any) -> list[Any]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    vetting = vet_host("gone.test", 80, resolver=fail)
    assert vetting.dns_error is not None
    assert "gone.test" in vetting.dns_error
    assert vetting.refused is None


def test_allowed_origin_needs_no_lookup() -> None:
    allowed = (parse_allow_host("127.0.0.1:8080"),)
    assert vet_host("127.0.0.1", 8080, allowed=allowed, resolver=no_lookup).allowed_origin
    assert vet_host("127.0.0.1", 8081, allowed=allowed, resolver=no_lookup).refused


@pytest.mark.parametrize(
    ("entry", "origin"),
    [
        ("localhost", Origin("localhost")),
        ("Intranet.Example:8443", Origin("intranet.example", 8443)),
        ("127.0.0.1:8080", Origin("127.0.0.1", 8080)),
        ("[::1]:9000", Origin("::1", 9000)),
        ("[::1]", Origin("::1")),
        ("::1", Origin("::1")),
        ("wiki.example.", Origin("wiki.example")),
    ],
)
def test_parse_allow_host(entry: str, origin: Origin) -> None:
    assert parse_allow_host(entry) == origin


@pytest.mark.parametrize("entry", ["", "http://x", "host:port", "host:0", "host:70000", "a b", "[::1"])
def test_parse_allow_host_rejects_malformed(entry: str) -> None:
    with pytest.raises(ConfigError):
        parse_allow_host(entry)


def test_origin_without_port_allows_every_port() -> None:
    allowed = (parse_allow_host("wiki.example"),)
    assert origin_allowed("WIKI.example.", 443, allowed)
    assert origin_allowed("wiki.example", 8080, allowed)
    assert not origin_allowed("evil.wiki.example", 443, allowed)


# --- properties -----------------------------------------------------------------------------------------

ipv4s = st.integers(min_value=0, max_value=2**32 - 1).map(ipaddress.IPv4Address)
ipv6s = st.integers(min_value=0, max_value=2**128 - 1).map(ipaddress.IPv6Address)


def _non_public_v4(ip: ipaddress.IPv4Address) -> bool:
    return not ip.is_global or ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local


@given(ipv4s)
def test_an_ipv4_passes_only_if_public(ip: ipaddress.IPv4Address) -> None:
    assert (address_problem(ip) is None) == (not _non_public_v4(ip))


@given(ipv4s)
def test_mapped_forms_never_pass(ip: ipaddress.IPv4Address) -> None:
    mapped = ipaddress.IPv6Address(int(ipaddress.IPv6Address("::ffff:0:0")) | int(ip))
    assert address_problem(mapped) is not None


@given(ipv4s)
def test_nat64_and_6to4_are_judged_by_the_ipv4_they_carry(ip: ipaddress.IPv4Address) -> None:
    nat64 = ipaddress.IPv6Address(int(ipaddress.IPv6Address("64:ff9b::")) | int(ip))
    sixtofour = ipaddress.IPv6Address((0x2002 << 112) | (int(ip) << 80) | 1)
    if _non_public_v4(ip):
        assert address_problem(nat64) is not None
        assert address_problem(sixtofour) is not None
    else:
        assert address_problem(nat64) is None


@given(ipv6s)
def test_any_ipv6_gets_a_verdict_without_error(ip: ipaddress.IPv6Address) -> None:
    problem = address_problem(ip)
    if ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast:
        assert problem is not None


@given(ipv4s, st.sampled_from(["dec", "hex", "oct", "short"]))
def test_every_inet_aton_spelling_decodes_to_its_address(ip: ipaddress.IPv4Address, style: str) -> None:
    n = int(ip)
    octets = ip.packed
    if style == "dec":
        host = str(n)
    elif style == "hex":
        host = hex(n)
    elif style == "oct":
        host = ".".join("0" + format(b, "o") for b in octets)
    else:
        host = f"{octets[0]}.{n & 0xFFFFFF}"
    with pytest.raises(NonStandardIPv4Error) as info:
        parse_host_address(host)
    assert info.value.address == ip


@settings(max_examples=300)
@given(st.text(alphabet="0123456789abcdefxX.:[]%-_ ", max_size=40))
def test_parse_host_address_never_fails_unexpectedly(host: str) -> None:
    errors: list[NonStandardIPv4Error] = []
    try:
        parse_host_address(host)
    except NonStandardIPv4Error as exc:
        errors.append(exc)
    assert all(e.host == host for e in errors)


@settings(max_examples=300)
@given(st.text(max_size=60))
def test_vetting_any_host_string_gives_one_answer(host: str) -> None:
    vetting = vet_host(host, 80, resolver=resolver_for("93.184.216.34"))
    answers = [
        bool(vetting.refused),
        bool(vetting.dns_error),
        vetting.allowed_origin,
        bool(vetting.addresses),
    ]
    assert answers.count(True) == 1


@pytest.mark.parametrize(("code", "temporary"), [(socket.EAI_AGAIN, True), (socket.EAI_NONAME, False)])
def test_a_lookup_the_resolver_could_not_answer_for_now_is_marked_temporary(
    code: int, temporary: bool
) -> None:
    def resolver(host: str, port: int, *args: object, **kwargs: object) -> list[object]:
        raise socket.gaierror(code, "lookup failed")

    vetting = vet_host("news.example.org", 443, resolver=resolver)
    assert vetting.dns_error is not None
    assert vetting.dns_temporary is temporary
