"""A sharded run (``--processes`` > 1): what ``--per-host`` holds across its processes.

Hosts are split between the processes by :func:`linkcheck.parallel.host_of` (the scheduler's host key), so a
host's cited links are all in one process and its slots are counted there. A redirect's request takes a slot
of its target host in the process that follows it (``_Dispatcher.move``); when another process owns that
host, each process counts its own slots of it, so a host that links of other processes' hosts redirect to
may have ``per_host`` requests from each process: at most ``per_host`` times the processes. Measured with
these servers (``/tmp/fix2/shard_measure.py``, 6 runs at ``--processes 2 --per-host 1``): the target had 2
requests at once in 6 of 6 runs, as the split always puts two hosts in two processes. Left as a documented
bound (README, ``Config.per_host``), with a strict xfail for the limit itself.
"""

from __future__ import annotations

import threading

import pytest

from linkcheck.checker import check
from linkcheck.config import Config
from linkcheck.models import Citation, Report, Status
from tests.test_host_spellings import _Server, _servers


def _sharded(urls: list[str], per_host: int, processes: int = 2) -> Report:
    """``check`` over ``processes`` processes (private addresses allowed), failing rather than hanging."""
    config = Config(allow_private=True, per_host=per_host, workers=8, retries=0, processes=processes)
    done: list[Report] = []
    thread = threading.Thread(target=lambda: done.append(check([Citation(u) for u in urls], config)))
    thread.daemon = True
    thread.start()
    thread.join(120)  # a bound on a hang, not a speed check
    assert done, "the run did not end"
    return done[0]


def _redirected_to(cited: _Server, target: _Server, hold: float = 3.0) -> list[str]:
    """Four links of ``target`` and four of ``cited`` that redirect to ``target``. The target holds a page
    up to ``hold`` s for a second request, so that the processes' requests overlap whenever the limit lets
    them, however late the second process starts (it imports the checker first; on a loaded machine, a
    second or more: with the 0.5 s hold the strict xfail below passed once)."""
    target.hold = hold
    for i in range(4):
        cited.redirects[f"/via{i}"] = target.url(f"/story{i}")
    return [target.url(f"/direct{i}") for i in range(4)] + [cited.url(f"/via{i}") for i in range(4)]


def test_a_host_cited_in_two_spellings_is_checked_in_one_process() -> None:
    # 127.0.0.1 and 127.1 are one server: one key, so one process and one set of slots (before: two keys,
    # which the split put in two processes, each with its own slot: 2 at once at --per-host 1)
    with _servers(1) as (site,):
        port = site.server_address[1]
        urls = [site.url(f"/a{i}") for i in range(3)] + [f"http://127.1:{port}/b{i}" for i in range(3)]
        report = _sharded(urls, per_host=1)
    assert [r.status for r in report.results] == [Status.OK] * 6, [r.reason for r in report.results]
    assert site.most == 1, site.paths


def test_a_redirect_target_owned_by_another_process_gets_at_most_the_limit_from_each() -> None:
    # the documented bound: per_host from each process (here 2 processes, --per-host 1)
    with _servers(2) as (cited, target):
        report = _sharded(_redirected_to(cited, target), per_host=1)
    assert [r.status for r in report.results] == [Status.OK] * 8, [r.reason for r in report.results]
    assert target.most <= 2, target.paths
    assert cited.most == 1, cited.paths


@pytest.mark.xfail(
    strict=True,
    reason="a sharded run's processes do not share their slots: a redirect to a host another process owns "
    "takes a slot of it in its own process only (2 at once here, in 6 of 6 measured runs)",
)
def test_a_redirect_target_owned_by_another_process_stays_within_the_limit() -> None:
    with _servers(2) as (cited, target):
        report = _sharded(_redirected_to(cited, target), per_host=1)
    assert [r.status for r in report.results] == [Status.OK] * 8
    assert target.most == 1, target.paths


def test_a_redirect_within_one_process_stays_within_the_limit() -> None:
    # left alone: in one process the move to the target's slot holds the limit exactly
    with _servers(2) as (cited, target):
        report = _sharded(_redirected_to(cited, target, hold=0.5), per_host=1, processes=1)
    assert [r.status for r in report.results] == [Status.OK] * 8
    assert target.most == 1, target.paths
