"""Quality gate: Tally's facts on the shared gold must stay above the floors it reached.

Runs the same pipeline as ``bench/quality.py`` over the shared corpus and scores it with the
shared ``score.py``. Skipped when ``../shared`` is not beside the checkout.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"

# floors: a little below what the pipeline reaches (mentions 1.00, facts 0.97, series 0.97)
FLOORS = {"mentions": 0.97, "facts": 0.92, "series": 0.93}
# the project's goal, which the floors must never fall under
GOAL = {"mentions": 0.95, "facts": 0.80, "series": 0.85}


def _bench():
    spec = importlib.util.spec_from_file_location("tally_bench_quality", REPO / "bench" / "quality.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def summary() -> dict:
    if not (SHARED / "bench" / "score.py").exists() or not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED} is absent: no shared corpus and gold to score against")
    return _bench().summary(SHARED)


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_f1_floor(summary: dict, key: str) -> None:
    assert FLOORS[key] >= GOAL[key]
    assert summary[key]["f1"] >= FLOORS[key], summary[key]


def test_every_gold_document_is_scored(summary: dict) -> None:
    assert summary["documents"] == len(list((SHARED / "bench" / "gold").glob("*.jsonl")))
