"""Hypothesis strategies shared by tests."""

from __future__ import annotations

from hypothesis import strategies as st

#: Strings that start like a URL (or almost: a slash short, a stray space, another scheme, none) and go on
#: with the characters a URL's fast paths must be careful of: brackets, ``@``, ``%``, ports, white space,
#: a letter outside ASCII, a fullwidth full stop, a ``|``.
url_like = st.tuples(
    st.sampled_from(["http://", "HTTPS://", "https:/", "http:", "ftp://", " http://", ""]),
    st.text(alphabet="aZ.-09:/?#[]@% \t\u00e9\uff0e|", max_size=14),
).map("".join)
