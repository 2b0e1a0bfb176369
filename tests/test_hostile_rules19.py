"""The nineteenth hostile round's rules, each on small addresses and cookie lines, with what it leaves alone:

- an IPv6 address outside the global unicast block 2000::/3 is no public host
  (``guard._outside_global_unicast``): a redirect to the site-local ``[fec0::1]`` was connected to (Python
  3.11's ``is_global`` calls it global), so a private network still routing site-local addresses was
  reachable from an article's link;
- a ``Set-Cookie`` line's ``Max-Age`` is read as user agents read it
  (``fetch.cookie_line_as_user_agents_read``): a value that is not delta-seconds is ignored, not the cookie,
  and one beyond 400 days (of any number of digits) is 400 days. cookielib dropped the whole cookie for
  either, so a site's session cookie set with a ``Max-Age`` of 5,000 digits never went back, and its page
  was a 403;
- a header value holding a NUL byte makes the answer a protocol error, whatever the header
  (``fetch.header_holding_nul``), as browsers built on Chromium refuse it (the seventeenth and eighteenth
  rounds' leftover ``/nul-in-header``: a page read as fine that most readers get an error page for); before,
  only a ``Location``'s NUL was refused.
"""

from __future__ import annotations

import http.client
import ipaddress
import time
import types

import pytest
import requests
import requests.cookies

from linkcheck.fetch import (
    COOKIE_MAX_AGE_CAP,
    _store_cookies,
    cookie_line_as_user_agents_read,
    header_holding_nul,
)
from linkcheck.guard import _outside_global_unicast, address_problem

# --- IPv6 outside global unicast ---------------------------------------------------------------------------


@pytest.mark.parametrize("address", ["fec0::1", "fec0:0:0:ffff::1", "feff:ffff::1"])
def test_a_site_local_address_is_refused_and_named(address: str) -> None:
    problem = address_problem(ipaddress.ip_address(address))
    assert problem is not None
    assert "site-local" in problem
    assert address in problem


def test_any_ipv6_address_outside_2000_slash_3_is_no_public_host() -> None:
    # 4000::1 and 1::1 are "reserved" to Python's tables already (named so); the rule itself refuses them too
    for address in ("4000::1", "1::1", "e000::1"):
        assert _outside_global_unicast(ipaddress.ip_address(address)) is not None, address
        assert address_problem(ipaddress.ip_address(address)) is not None, address


@pytest.mark.parametrize(
    "address",
    [
        "2001:4860:4860::8888",  # public IPv6 hosts
        "2606:4700:4700::1111",
        "2a00:1450:4001:80b::200e",
        "64:ff9b::808:808",  # NAT64 of a public IPv4 address (DNS64 answers: outside 2000::/3, let through)
        "2002:808:808::1",  # 6to4 of a public IPv4 address
        "8.8.8.8",  # IPv4: left to the other tests
    ],
)
def test_public_addresses_are_left_alone(address: str) -> None:
    ip = ipaddress.ip_address(address)
    assert address_problem(ip) is None
    if not address.startswith("64:ff9b:"):  # NAT64 is judged by the address it carries, before the rule
        assert _outside_global_unicast(ip) is None


def test_other_refusals_keep_their_own_names() -> None:
    # the earlier names come first: loopback, link-local, private (ULA), multicast, a NAT64 loopback
    said = {
        a: address_problem(ipaddress.ip_address(a)) or "" for a in ("::1", "fe80::1", "fd00::1", "ff02::1")
    }
    assert "loopback" in said["::1"]
    assert "link-local" in said["fe80::1"]
    assert "private" in said["fd00::1"]
    assert "multicast" in said["ff02::1"]
    assert "127.0.0.1" in (address_problem(ipaddress.ip_address("64:ff9b::7f00:1")) or "")


# --- Max-Age as user agents read it ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("s=1; Path=/; Max-Age=" + "9" * 5000, f"s=1; Path=/; Max-Age={COOKIE_MAX_AGE_CAP}"),
        ("s=1; Max-Age=99999999999; Path=/", f"s=1; Max-Age={COOKIE_MAX_AGE_CAP}; Path=/"),
        ("s=1; Max-Age=1e9; Path=/", "s=1; Path=/"),  # not delta-seconds: the attribute goes
        ("s=1; max-age=+12", "s=1"),  # a sign other than "-" (RFC 6265 5.2.2)
        ("s=1; Max-Age=abc; Secure", "s=1; Secure"),
        ("s=1; Max-Age=-" + "9" * 5000, "s=1; Max-Age=-1"),  # expires at once, in a number int() reads
    ],
)
def test_a_max_age_user_agents_would_not_drop_the_cookie_for_is_rewritten(line: str, read: str) -> None:
    assert cookie_line_as_user_agents_read(line) == read


@pytest.mark.parametrize(
    "line",
    [
        "s=1; Path=/",  # no Max-Age
        "s=1; Max-Age=3600; Path=/",  # within 400 days
        f"s=1; Max-Age={COOKIE_MAX_AGE_CAP}",
        "s=1; max-age = 600 ; HttpOnly",  # spaces around the value
        "s=1; Max-Age=0",  # deletions
        "s=1; Max-Age=-1",
        "s=1; Expires=Wed, 01 Jan 99999 00:00:00 GMT",  # Expires: cookielib ignores a date it cannot read
        "max-age=5; Path=/",  # a cookie named max-age, no attribute
    ],
)
def test_cookie_lines_user_agents_and_cookielib_read_alike_are_left_alone(line: str) -> None:
    assert cookie_line_as_user_agents_read(line) == line


def _stored(*lines: str, jar: requests.cookies.RequestsCookieJar | None = None) -> dict[str, object]:
    """The cookies a site's jar holds after an answer setting ``lines`` (by name: the cookie objects)."""
    jar = jar if jar is not None else requests.cookies.RequestsCookieJar()
    prepared = requests.Request("GET", "http://ferry.example/timetable").prepare()
    message = http.client.HTTPMessage()
    for line in lines:
        message["Set-Cookie"] = line
    raw = types.SimpleNamespace(_original_response=types.SimpleNamespace(msg=message))
    _store_cookies(jar, prepared, raw)
    return {cookie.name: cookie for cookie in jar}


def test_a_session_cookie_with_a_max_age_of_5000_digits_is_kept_for_400_days() -> None:
    before = time.time()
    cookies = _stored("ferry_pass=s19; Path=/; Max-Age=" + "9" * 5000, "other=1; Max-Age=1e9")
    assert set(cookies) == {"ferry_pass", "other"}
    expires = cookies["ferry_pass"].expires  # type: ignore[attr-defined]
    assert before + COOKIE_MAX_AGE_CAP - 5 <= expires <= time.time() + COOKIE_MAX_AGE_CAP + 5
    assert cookies["other"].expires is None  # type: ignore[attr-defined]  # the attribute ignored: a session cookie


def test_cookies_with_a_max_age_cookielib_reads_are_stored_as_before() -> None:
    cookies = _stored("a=1; Max-Age=3600; Path=/", "gone=1; Max-Age=0; Path=/", "b=2; Path=/")
    assert set(cookies) == {"a", "b"}  # Max-Age=0 expires the cookie at once
    assert cookies["b"].expires is None  # type: ignore[attr-defined]


def test_a_negative_max_age_of_many_digits_still_deletes_the_cookie() -> None:
    jar = requests.cookies.RequestsCookieJar()
    assert set(_stored("ferry_pass=s19; Path=/", jar=jar)) == {"ferry_pass"}
    assert _stored("ferry_pass=x; Path=/; Max-Age=-" + "9" * 5000, jar=jar) == {}


# --- a NUL in any header -----------------------------------------------------------------------------------


def test_a_nul_in_any_header_value_is_named() -> None:
    said = header_holding_nul({"content-type": "text/html", "x-served-by": "cache\x00edge"})
    assert said is not None
    assert "x-served-by" in said
    assert "NUL" in said
    assert "\\x00" in said  # the byte escaped in the reason, never written raw
    assert "\x00" not in said
    location = header_holding_nul({"location": "/target\x00x", "content-length": "0"})
    assert location is not None
    assert "Location" in location
    assert "no URL to follow" in location


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"content-type": "text/html; charset=utf-8", "content-length": "120"},
        {"location": "/target%00x"},  # an escape: a URL's own characters
        {"x-note": "\\0 and \\x00 as written"},
        {"x-control": "a\x01b"},  # other controls: not this rule's
    ],
)
def test_headers_without_a_nul_byte_are_left_alone(headers: dict[str, str]) -> None:
    assert header_holding_nul(headers) is None
