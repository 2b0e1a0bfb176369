"""Shared test set-up: subprocesses import the linkcheck the tests import.

The end-to-end tests start the CLI and helper scripts in temporary working directories. A relative
``PYTHONPATH`` (``PYTHONPATH=src pytest``, as a checkout that is not the installed one is tested) would then
name nothing there, and the subprocess would import the installed linkcheck instead of the tree under test:
each entry is made absolute before any test runs.

Ctrl-C is Python's own in the test process. A job started in the background by a non-interactive shell (``cmd
&`` in a script, as a scheduler or a CI wrapper may start the suite) inherits SIGINT ignored; Python then
sets no handler of its own, nor does any Python subprocess the tests start (an ignored signal stays ignored
across ``exec``), and the tests of what a Ctrl-C does to a run (``tests/test_stop_signals.py``,
``tests/test_cli_ux_probe3.py``, ``tests/test_api_probe2.py``) failed there though the code was right: a
user's Ctrl-C at a terminal is never ignored. Python's handler is set back here (a handled signal becomes
the default one in the subprocesses, which set Python's handler again).
"""

from __future__ import annotations

import os
import signal


def _absolute(path_list: str) -> str:
    return os.pathsep.join(os.path.abspath(p) if p else p for p in path_list.split(os.pathsep))


if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = _absolute(os.environ["PYTHONPATH"])


if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
