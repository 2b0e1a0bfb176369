"""linkcheck: verify the sources an article cites.

>>> from linkcheck import parse_sources, check, Config
>>> report = check(parse_sources("https://example.org/story | date: 2020-01-09"), Config())  # doctest: +SKIP
>>> print(report.render("text"))  # doctest: +SKIP
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
