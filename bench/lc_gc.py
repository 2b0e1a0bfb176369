"""Run the linkcheck CLI with the cyclic garbage collector tuned (issue 7 experiment).

``python bench/lc_gc.py off|freeze|THRESHOLD ARGS...``: ``off`` disables the collector, ``freeze`` moves
everything alive after imports to the permanent generation, a number sets the generation-0 threshold.
"""

from __future__ import annotations

import gc
import sys

mode = sys.argv.pop(1)
if mode == "off":
    gc.disable()
elif mode == "freeze":
    import linkcheck.cli  # noqa: F401 (import everything first, then freeze it)

    gc.freeze()
else:
    gc.set_threshold(int(mode), 50, 100)

from linkcheck.cli import main  # noqa: E402

sys.exit(main(sys.argv[1:]))
