"""bench/fingerprint.py writes a held-out set's pages as digests, never their facts."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _fingerprint():
    spec = importlib.util.spec_from_file_location("tally_bench_fingerprint", BENCH / "fingerprint.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


FP = _fingerprint()


@pytest.mark.parametrize(
    ("label", "held"), [("dev8/dev8_01_guangxi.txt", True), ("dev7/dev7_01_heilongjiang.txt", False)]
)
def test_held_out_sets_are_marked_by_a_file(label: str, held: bool) -> None:
    assert FP.held_out(label) is held


def test_a_held_out_page_is_one_digest_line(monkeypatch: pytest.MonkeyPatch) -> None:
    page = BENCH / "dev8" / "corpus" / "dev8_01_guangxi.txt"
    monkeypatch.setattr(FP, "pages", lambda: iter([("dev8/dev8_01_guangxi.txt", page, "2023-08-17")]))
    (line,) = list(FP.lines())
    rec = json.loads(line)
    assert rec["held_out"] is True and rec["lines"] > 0 and len(rec["sha256"]) == 64
    assert set(rec) == {"doc", "held_out", "lines", "sha256"}  # no fact field shows
