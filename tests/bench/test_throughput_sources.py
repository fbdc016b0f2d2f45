"""bench/throughput.py splits its run by where each page comes from (shared corpus or the project's own)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _throughput():
    spec = importlib.util.spec_from_file_location("tally_bench_throughput", BENCH / "throughput.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


TP = _throughput()


@pytest.mark.parametrize(
    ("pages", "shared", "expected"),
    [
        # two copies of a shared page and one of an own page: bytes, facts and CPU add up per group
        (
            [("news.txt", "ab", 3, 0.5), ("own.txt", "abcd", 8, 1.0), ("news.txt", "é", 1, 0.25)],
            {"news.txt"},
            [("shared corpus (newspaper pages)", 4, 4, 0.75), ("project's own pages", 4, 8, 1.0)],
        ),
        # no shared corpus beside the checkout: every page is the project's own
        ([("news.txt", "ab", 3, 0.5)], set(), [("project's own pages", 2, 3, 0.5)]),
    ],
)
def test_by_source_groups_the_run(
    pages: list[tuple[str, str, int, float]], shared: set[str], expected: list[tuple[str, int, int, float]]
) -> None:
    named = [(f"copy{i:06d}-{name}", text) for i, (name, text, _, _) in enumerate(pages)]
    docs = [TP.read_doc(name, text.encode("utf-8")) for name, text in named]
    got = TP.by_source(docs, [p[3] for p in pages], [p[2] for p in pages], shared)
    assert got == expected
