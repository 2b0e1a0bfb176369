"""Shared test set-up: subprocesses import the linkcheck the tests import.

The end-to-end tests start the CLI and helper scripts in temporary working directories. A relative
``PYTHONPATH`` (``PYTHONPATH=src pytest``, as a checkout that is not the installed one is tested) would then
name nothing there, and the subprocess would import the installed linkcheck instead of the tree under test:
each entry is made absolute before any test runs.
"""

from __future__ import annotations

import os


def _absolute(path_list: str) -> str:
    return os.pathsep.join(os.path.abspath(p) if p else p for p in path_list.split(os.pathsep))


if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = _absolute(os.environ["PYTHONPATH"])
