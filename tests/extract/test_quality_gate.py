"""Quality gate: Tally's facts must stay above the floors they reached, on every gold set.

Runs ``bench/quality.py`` (ingest into a fresh ledger, export, score with the shared
``score.py``) over the shared gold and over the project's own development sets in
``bench/dev*`` (pages of other regions written and annotated for Tally; see their READMEs).
Skipped when ``../shared`` (which holds ``score.py``) is not beside the checkout.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"

# the project's goal on the shared gold, which its floors must never fall under
GOAL = {"mentions": 0.95, "facts": 0.80, "series": 0.85}
# floors: a little below what the pipeline reaches on each set (reached: see the comments)
FLOORS = {
    "shared": {"mentions": 0.97, "facts": 0.92, "series": 0.93},   # 1.000 / 0.976 / 0.976
    "dev": {"mentions": 0.97, "facts": 0.86, "series": 0.89},      # 0.998 / 0.893 / 0.918
    "dev2": {"mentions": 0.97, "facts": 0.90, "series": 0.92},     # 0.998 / 0.935 / 0.949
    "dev3": {"mentions": 0.96, "facts": 0.87, "series": 0.89},     # 0.988 / 0.905 / 0.919
    "dev4": {"mentions": 0.95, "facts": 0.65, "series": 0.72},     # 0.986 / 0.690 / 0.758
    # held out in session 5 (untouched 0.417 facts), tuned on in session 6
    "dev5": {"mentions": 0.97, "facts": 0.60, "series": 0.66},     # 1.000 / 0.648 / 0.704
    # held out in session 6 (untouched 0.648 facts), tuned on in session 7
    "dev6": {"mentions": 0.95, "facts": 0.60, "series": 0.70},     # 0.986 / 0.648 / 0.749
    # held out in session 7 (untouched 0.427 facts), tuned on in session 7 once dev8 was written
    "dev7": {"mentions": 0.95, "facts": 0.60, "series": 0.66},     # 0.976 / 0.645 / 0.710
    # held out: scored untouched once (session 7; the same 0.517 at the session's start), no rule tuned on it
    "dev8": {"mentions": 0.95, "facts": 0.48, "series": 0.60},     # 0.981 / 0.517 / 0.646
}


def _bench():
    spec = importlib.util.spec_from_file_location("tally_bench_quality", REPO / "bench" / "quality.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict]:
    if not (SHARED / "bench" / "score.py").exists() or not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED} is absent: no shared corpus, gold and score.py to score with")
    name = request.param
    path = SHARED if name == "shared" else REPO / "bench" / name
    return name, _bench().summary(path)


def test_f1_floors(scored: tuple[str, dict]) -> None:
    name, summary = scored
    for key, floor in FLOORS[name].items():
        assert summary[key]["f1"] >= floor, (name, key, summary[key])


def test_shared_floors_meet_the_goal() -> None:
    assert all(FLOORS["shared"][k] >= GOAL[k] for k in GOAL)


def test_every_gold_document_is_scored(scored: tuple[str, dict]) -> None:
    name, summary = scored
    gold = SHARED / "bench" / "gold" if name == "shared" else REPO / "bench" / name / "gold"
    assert summary["documents"] == len(list(gold.glob("*.jsonl")))
