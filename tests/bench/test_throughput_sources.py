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


@pytest.mark.parametrize(
    ("lengths", "q_chars", "taken"),
    [
        ([40, 40, 40], 50, 2),  # until at least q_chars characters
        ([40, 40, 40], 40, 1),
        ([40, 40, 40], 500, 3),  # all when the round is shorter
        ([40], 0, 0),
    ],
)
def test_a_round_and_its_quantulum_sample(lengths: list[int], q_chars: int, taken: int) -> None:
    docs = [TP.read_doc(f"copy{i:06d}-p.txt", ("é" * n).encode("utf-8")) for i, n in enumerate(lengths)]
    per_doc = [0.5] * len(docs)
    sample = TP.q_sample(docs, q_chars)
    assert [d.name for d in sample] == [d.name for d in docs[:taken]]
    rd = TP.Round(docs, per_doc, [1] * len(docs), sample)
    assert (rd.size, rd.chars, rd.sample_cpu) == (2 * sum(lengths), sum(lengths), 0.5 * taken)
    assert rd.mbps == pytest.approx(2 * sum(lengths) / 1e6 / (0.5 * len(docs)))


def test_rounds_read_copies_of_their_own() -> None:
    base = [("a.txt", "Exports rose 5 percent."), ("b.txt", "Output grew.")]
    one = list(TP.copies(base, 3))
    two = list(TP.copies(base, 3, first=3))
    assert len({name for name, _ in one + two}) == 6
    assert len({data for _, data in one + two}) == 6
    assert [data for _, data in one] == [data for _, data in TP.copies(base, 3, first=0)]
