"""Keeping each process that checks links on one core of its own (Linux).

A checking process runs dozens of threads that take turns holding Python's interpreter lock. When the kernel
spreads them over several cores, every hand-over of the lock wakes a thread on another core: the same run
took a third more CPU and up to 1.5x the time that it took with its threads kept on one core (measured in
docs/benchmarks.md, "Thirteenth session"). A process can use one core's worth of Python at most anyway, so
a run keeps each of its checking processes on a core of its own: the calling process on the core it is
running on, each shard process on the next. Nothing is pinned where it cannot be done well: off Linux, with
one usable core, or with more processes than usable cores (two processes on one core would each get half).

The library pins nothing by itself (:attr:`linkcheck.config.Config.pin_processes` is off by default: the
calling process is its caller's); the command line turns it on unless ``--no-pin`` is given.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

__all__ = ["core_plan", "keep_to", "pin_process", "pinned"]


def _usable_cores() -> list[int]:
    """The cores this thread may run on, in order; empty where the platform cannot say or pin."""
    get = getattr(os, "sched_getaffinity", None)
    if get is None or not hasattr(os, "sched_setaffinity"):
        return []
    try:
        return sorted(get(0))
    except OSError:
        return []


def _current_core() -> int | None:
    """The core this thread is running on now (``/proc``'s 39th field of the thread's ``stat``), if known."""
    try:
        with open("/proc/thread-self/stat", "rb") as f:
            stat = f.read()
        return int(stat.rsplit(b")", 1)[1].split()[36])
    except (OSError, ValueError, IndexError):
        return None


def _physical_core(core: int) -> tuple[str, ...]:
    """What identifies the physical core that ``core`` (a hardware thread) is part of: its package and core
    ids from sysfs; the core itself where they cannot be read."""
    topology = f"/sys/devices/system/cpu/cpu{core}/topology"
    try:
        with open(f"{topology}/physical_package_id") as package, open(f"{topology}/core_id") as core_id:
            return (package.read().strip(), core_id.read().strip())
    except OSError:
        return ("cpu", str(core))


def core_plan(processes: int) -> list[int] | None:
    """The core each of a run's ``processes`` keeps to, the calling process's first: the core it runs on
    now (where the kernel put it, away from other busy processes), then the next usable ones in order, one
    hardware thread of each physical core before any core's second (two processes on the threads of one
    core would share it, which the kernel, left to itself, avoids). ``None``: leave them to the kernel (off
    Linux, a single usable core, more processes than usable cores)."""
    cores = _usable_cores()
    if processes < 1 or len(cores) < 2 or processes > len(cores):
        return None
    physical = {core: _physical_core(core) for core in cores}
    firsts: dict[tuple[str, ...], int] = {}
    for core in cores:
        firsts.setdefault(physical[core], core)
    first = list(firsts.values())
    current = _current_core()
    start = first.index(firsts[physical[current]]) if current in physical else 0
    leading = first[start:] + first[:start]
    if current in physical and current not in first:  # on a second hardware thread: that one, not its first
        leading[0] = current
    order = leading + [core for core in cores if core not in leading]
    return order[:processes]


def _threads() -> list[int]:
    """This process's thread ids (``0``, the calling thread, where ``/proc`` cannot list them)."""
    try:
        return [int(tid) for tid in os.listdir("/proc/self/task")]
    except (OSError, ValueError):
        return [0]


def pin_process(cores: set[int]) -> bool:
    """Keep every thread of this process on ``cores``; threads started later inherit it from the thread
    that starts them. False when it could not be done (each thread left as it was)."""
    setter = getattr(os, "sched_setaffinity", None)
    if setter is None:
        return False
    done = False
    for tid in _threads():
        try:
            setter(tid, cores)
        except OSError:  # a thread that has just ended; a core a cgroup does not allow (then none is)
            continue
        done = True
    return done


def keep_to(core: int) -> set[int] | None:
    """Keep this process on ``core``; returns the cores it had, for :func:`pin_process` to give back, or
    ``None`` when it could not be done (the process left as it was)."""
    before = set(_usable_cores())
    if not before or not pin_process({core}):
        return None
    return before


@contextlib.contextmanager
def pinned(core: int | None) -> Iterator[None]:
    """This process on ``core`` within the block (``None``: as it is), then back on the cores it had."""
    before = keep_to(core) if core is not None else None
    try:
        yield
    finally:
        if before is not None:
            pin_process(before)
