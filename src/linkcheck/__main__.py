"""``python -m linkcheck``: the same as the ``linkcheck`` command."""

from linkcheck.cli import run

run()
