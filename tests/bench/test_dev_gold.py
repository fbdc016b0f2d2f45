"""The held-out dev gold (bench/dev) is consistent with its corpus and the fact spec."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[2] / "bench" / "dev"


def _validate_module():
    spec = importlib.util.spec_from_file_location("dev_validate", DEV / "validate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dev_gold_validates() -> None:
    problems = _validate_module().check(DEV)
    assert problems == []


@pytest.mark.parametrize("gold", sorted((DEV / "gold").glob("*.jsonl")), ids=lambda p: p.stem)
def test_every_span_matches_its_text(gold: Path) -> None:
    text = (DEV / "corpus" / (gold.stem + ".txt")).read_bytes().decode("utf-8")
    facts = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert 25 <= len(facts) <= 60
    assert 3000 <= len(text) <= 8000
    for f in facts:
        assert text[f["start"]:f["end"]] == f["text"]


def test_docs_json_lists_every_page() -> None:
    docs = json.loads((DEV / "docs.json").read_text(encoding="utf-8"))
    assert sorted(docs) == sorted(p.name for p in (DEV / "corpus").glob("*.txt"))
