"""Which regular expressions the pipeline spends its time in: calls and time per pattern.

    .venv/bin/python bench/regex_census.py [--passes 2] [--top 40] [--json OUT]

About a fifth of the pipeline's instructions are in the regex engine (``_sre``), spread over a few
hundred patterns; a profile shows the engine but not which pattern it ran. This script wraps every
pattern that ``re`` compiles (``re._compile``, behind ``re.compile`` and the module functions) in a
recorder, before Tally is imported, then runs :func:`tally.pipeline.process` over the base pages of
``bench/throughput.py`` (after a warm-up pass) and lists the patterns by time spent in their calls:
``search``, ``match``, ``fullmatch``, ``finditer`` (each step of its iterator counted), ``findall``,
``sub``, ``split``. Each pattern is named by the module and line that compiled it.

It runs the plain sources (the engine is the same C code in the compiled build), and the wrapper's
own cost is outside the timed calls but inflates the total: read the shares, not the seconds.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
_METHODS = ("search", "match", "fullmatch", "findall", "sub", "subn", "split")


@dataclass(slots=True)
class Stat:
    """What one pattern cost: calls per method, nanoseconds, and where it was compiled."""

    pattern: str
    origin: str
    calls: dict[str, int] = field(default_factory=dict)
    ns: int = 0

    def add(self, method: str, ns: int) -> None:
        self.calls[method] = self.calls.get(method, 0) + 1
        self.ns += ns


STATS: dict[tuple[str, int], Stat] = {}
_real_compile: Callable[..., re.Pattern[str]] = re._compile  # type: ignore[attr-defined]
_REAL_PATTERN = re.Pattern


def _origin() -> str:
    """The first frame in Tally's sources that asked for the pattern (file:line)."""
    for fr in reversed(traceback.extract_stack(limit=12)[:-3]):
        if fr.filename.startswith(str(SRC)):
            return f"{Path(fr.filename).relative_to(SRC)}:{fr.lineno}"
    return "?"


class Recorded:
    """A compiled pattern that times its calls into its :class:`Stat`."""

    __slots__ = ("_rx", "_stat")

    def __init__(self, rx: re.Pattern[str], stat: Stat) -> None:
        self._rx = rx
        self._stat = stat

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._rx, name)
        if name in _METHODS:
            stat = self._stat

            def timed(*a: Any, **k: Any) -> Any:
                t0 = time.perf_counter_ns()
                out = attr(*a, **k)
                stat.add(name, time.perf_counter_ns() - t0)
                return out

            return timed
        if name == "finditer":
            return lambda *a, **k: self._steps(attr(*a, **k))
        return attr

    def _steps(self, it: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
        stat = self._stat
        while True:
            t0 = time.perf_counter_ns()
            m = next(it, None)
            stat.add("finditer", time.perf_counter_ns() - t0)
            if m is None:
                return
            yield m

    def __hash__(self) -> int:
        return hash(self._rx)

    def __eq__(self, other: object) -> bool:
        return self._rx == (other._rx if isinstance(other, Recorded) else other)


class _PatternMeta(type):
    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, (_REAL_PATTERN, Recorded))


class PatternType(metaclass=_PatternMeta):
    """Stands for ``re.Pattern`` while recording: ``isinstance`` and ``re.Pattern[str]`` still work."""

    def __class_getitem__(cls, item: object) -> Any:
        return _REAL_PATTERN[item]  # type: ignore[index, valid-type]


def _compile(pattern: Any, flags: int = 0) -> Any:
    if isinstance(pattern, Recorded):
        return pattern
    rx = _real_compile(pattern, flags)
    if not isinstance(rx.pattern, str):
        return rx
    key = (rx.pattern, rx.flags)
    stat = STATS.get(key)
    if stat is None:
        stat = STATS[key] = Stat(rx.pattern, _origin())
    return Recorded(rx, stat)


def install() -> None:
    """Record every pattern ``re`` compiles from now on (``re.Pattern`` stands for both kinds)."""
    re._compile = _compile  # type: ignore[attr-defined]
    re.Pattern = PatternType  # type: ignore[misc, assignment]


def uninstall() -> None:
    """Give ``re`` back its own compile and ``Pattern`` (patterns already recorded stay so)."""
    re._compile = _real_compile  # type: ignore[attr-defined]
    re.Pattern = _REAL_PATTERN  # type: ignore[misc]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--passes", type=int, default=2, help="passes over the base pages (default 2)")
    ap.add_argument("--top", type=int, default=40, help="patterns listed (default 40)")
    ap.add_argument("--json", type=Path, help="write every pattern's figures here")
    args = ap.parse_args()

    install()
    sys.path.insert(0, str(SRC))
    sys.path.insert(0, str(REPO / "bench"))
    import throughput as tp  # noqa: PLC0415 (after install(): its imports compile Tally's patterns)

    from tally.pipeline import process  # noqa: PLC0415

    base = tp.base_texts(tp.SHARED_CORPUS)
    tp.warm_up(base)
    for st in STATS.values():
        st.calls.clear()
        st.ns = 0
    docs = [
        tp.read_doc(f"{k}-{name}", (text + tp._tail(k)).encode())
        for k in range(1000, 1000 + args.passes)
        for name, text in base
    ]
    t0 = time.perf_counter_ns()
    for d in docs:
        process(d)
    wall = time.perf_counter_ns() - t0
    in_rx = sum(st.ns for st in STATS.values())
    calls = sum(sum(st.calls.values()) for st in STATS.values())
    used = sorted((st for st in STATS.values() if st.calls), key=lambda s: -s.ns)
    print(
        f"{len(docs)} documents, {len(used)} of {len(STATS)} patterns called, {calls:,} calls,"
        f" {in_rx / 1e6:.0f} ms in them of {wall / 1e6:.0f} ms (recorder's overhead included)"
    )
    print(f"{'share':>6} {'ms':>7} {'calls':>7} {'µs/call':>8}  origin / methods / pattern")
    for st in used[: args.top]:
        n = sum(st.calls.values())
        methods = " ".join(f"{m}:{c}" for m, c in sorted(st.calls.items(), key=lambda x: -x[1]))
        text = st.pattern if len(st.pattern) <= 110 else st.pattern[:107] + "..."
        share, ms, per = st.ns / in_rx, st.ns / 1e6, st.ns / n / 1e3
        print(f"{share:6.1%} {ms:7.1f} {n:7d} {per:8.2f}  {st.origin}  {methods}")
        print(f"{'':33}{text!r}")
    if args.json:
        rows = [{"origin": s.origin, "pattern": s.pattern, "calls": s.calls, "ns": s.ns} for s in used]
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
