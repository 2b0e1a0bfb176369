"""Keeping each process that checks links on one core of its own (Linux).

A checking process runs dozens of threads that take turns holding Python's interpreter lock. When the kernel
spreads them over several cores, every hand-over of the lock wakes a thread on another core: the same run
took a third more CPU and up to 1.5x the time that it took with its threads kept on one core (measured in
docs/benchmarks.md, "Thirteenth session"). A process can use one core's worth of Python at most anyway, so
a run keeps each of its checking processes on a core of its own: the calling process on the core it is
running on, each shard process on the next. Nothing is pinned where it cannot be done well: off Linux, with
one usable core, or with more processes than usable cores (two processes on one core would each get half).

Only while it is busy: a process that mostly waits for the network (a slow host at the end of a run) gains
nothing from its core, and loses a little on each answer, whose thread is then woken on that core rather
than on the one that received it. Each pinned process looks at its CPU four times a second and lets go below
a quarter of a core, to be pinned again above 0.4 (:class:`Pin`).

The library pins nothing by itself (:attr:`linkcheck.config.Config.pin_processes` is off by default: the
calling process is its caller's); the command line turns it on unless ``--no-pin`` is given.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator

from linkcheck.threads import start_thread

__all__ = ["Pin", "core_plan", "pin_process", "pinned", "stays_pinned", "usable_core_count"]


def _usable_cores() -> list[int]:
    """The cores this thread may run on, in order; empty where the platform cannot say or pin."""
    get = getattr(os, "sched_getaffinity", None)
    if get is None or not hasattr(os, "sched_setaffinity"):
        return []
    try:
        return sorted(get(0))
    except OSError:
        return []


def usable_core_count() -> int:
    """How many cores this process may run on: its affinity where the platform tells (``taskset``, a
    container's cpuset), else ``os.cpu_count()``. Read before a run pins its processes (a pinned one has
    one)."""
    cores = _usable_cores()
    return len(cores) if cores else (os.cpu_count() or 1)


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


#: How often a pinned process looks at how busy it was (seconds), and the share of a core below which it is
#: let go (its threads mostly wait for the network: a wake-up on the core it keeps to, rather than on the
#: one that received the answer, only delays it) or above which it is pinned again.
GOVERN_SECONDS = 0.25
IDLE_SHARE = 0.25
BUSY_SHARE = 0.4


class Pin:
    """This process on ``core`` while it is busy: :meth:`start` pins it and starts a thread that lets it go
    while it uses less than :data:`IDLE_SHARE` of a core, and pins it again above :data:`BUSY_SHARE`;
    :meth:`stop` gives back the cores it had."""

    def __init__(self, core: int) -> None:
        self.core = core
        self._before: set[int] = set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> bool:
        """Pin the process; False when it could not be done (the process left as it was)."""
        self._before = set(_usable_cores())
        if not self._before or not pin_process({self.core}):
            return False
        self._thread = threading.Thread(target=self._govern, name="linkcheck-affinity", daemon=True)
        start_thread(self._thread)
        return True

    def stop(self) -> None:
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join()
        self._thread = None
        pin_process(self._before)

    def _govern(self) -> None:
        pinned = True
        cpu, wall = time.process_time(), time.monotonic()
        while not self._stop.wait(GOVERN_SECONDS):
            now_cpu, now_wall = time.process_time(), time.monotonic()
            share = (now_cpu - cpu) / max(now_wall - wall, 1e-6)
            cpu, wall = now_cpu, now_wall
            wanted = stays_pinned(pinned, share)
            if wanted != pinned and pin_process({self.core} if wanted else self._before):
                pinned = wanted


def stays_pinned(pinned: bool, share: float) -> bool:
    """Whether a process that was ``pinned`` (or not) and used ``share`` of a core since it last looked is
    pinned now: let go below :data:`IDLE_SHARE`, pinned again above :data:`BUSY_SHARE`, else as it was (the
    gap keeps a process near one bound from going back and forth)."""
    if pinned:
        return share >= IDLE_SHARE
    return share > BUSY_SHARE


@contextlib.contextmanager
def pinned(core: int | None) -> Iterator[None]:
    """This process on ``core`` within the block while it is busy (:class:`Pin`; ``None``: as it is), then
    back on the cores it had."""
    pin = Pin(core) if core is not None else None
    if pin is not None:
        pin.start()
    try:
        yield
    finally:
        if pin is not None:
            pin.stop()
