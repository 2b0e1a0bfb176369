"""``python -m linkcheck``: the same as the ``linkcheck`` command."""

import sys

from linkcheck.cli import main

sys.exit(main())
