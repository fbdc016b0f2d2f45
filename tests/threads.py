"""Run work in several threads that switch as often as the interpreter can, for tests that
state kept between calls (a per-thread record, a memo) is safe under threads: a Dask worker
runs its tasks in threads (docs/HELPERS.md, session 13)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence


def run_switching(work: Callable[..., None], args: Sequence[tuple[object, ...]]) -> None:
    """``work(*a)`` for each ``a`` of ``args``, each in a thread of its own, all at once, with the
    switch interval at its least; returns when all are done (the interval put back)."""
    threads = [threading.Thread(target=work, args=a) for a in args]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
