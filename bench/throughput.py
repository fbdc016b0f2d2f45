"""Throughput of the quantity layer: MB of text per second on one core.

    .venv/bin/python bench/throughput.py [--mb 1.0] [--corpus /work/shared/corpus]

Repeats the corpus text until it is at least --mb megabytes and times find_quantities over it
(best of three runs, after one warm-up call that builds the compiled regexes).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tally.extract.quantities import find_quantities


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--corpus", default="/work/shared/corpus")
    args = ap.parse_args()
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(Path(args.corpus).glob("*.txt")))
    big = text * max(1, int(args.mb * 1e6 / max(1, len(text))) + 1)
    find_quantities("warm up: 5 percent")
    best = float("inf")
    n = 0
    for _ in range(3):
        t0 = time.perf_counter()
        n = len(find_quantities(big))
        best = min(best, time.perf_counter() - t0)
    mb = len(big.encode("utf-8")) / 1e6
    print(f"{mb:.2f} MB, {n} quantities, {best:.3f}s -> {mb / best:.2f} MB/s")


if __name__ == "__main__":
    main()
