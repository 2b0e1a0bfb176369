"""A loopback port that never accepts a connection: its accept queue is full, so the kernel drops every new
connection's SYN and a connect times out, as it does for a host that is switched off or firewalled. Used by
the tests and by ``bench/unreachable.py``."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator


@contextlib.contextmanager
def black_hole(host: str = "127.0.0.1") -> Iterator[int]:
    """Listen on ``host`` (a loopback address), fill the one place in the accept queue, and yield the port.
    Raises ``RuntimeError`` where a new connection is still accepted (a kernel that keeps SYNs on a full
    queue), so nothing is measured against a port that answers."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    filler: socket.socket | None = None
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.bind((host, 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        filler = socket.create_connection((host, port), timeout=5)  # takes the one place in the queue
        probe.settimeout(0.3)
        try:
            probe.connect((host, port))
        except TimeoutError:
            pass
        else:
            raise RuntimeError(f"{host}:{port} accepted a connection with its queue full")
        yield port
    finally:
        for sock in (probe, filler, listener):
            if sock is not None:
                sock.close()
