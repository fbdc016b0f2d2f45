"""The second held-out dev gold (bench/dev3) is consistent with its corpus and the fact spec."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

DEV3 = Path(__file__).resolve().parents[2] / "bench" / "dev3"


def _validate_module():
    spec = importlib.util.spec_from_file_location("dev3_validate", DEV3 / "validate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dev3_gold_validates() -> None:
    problems = _validate_module().check(DEV3)
    assert problems == []


@pytest.mark.parametrize("gold", sorted((DEV3 / "gold").glob("*.jsonl")), ids=lambda p: p.stem)
def test_every_span_matches_its_text(gold: Path) -> None:
    text = (DEV3 / "corpus" / (gold.stem + ".txt")).read_bytes().decode("utf-8")
    facts = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert 50 <= len(facts) <= 80
    assert 10000 <= len(text) <= 16000
    for f in facts:
        assert text[f["start"]:f["end"]] == f["text"]


@pytest.mark.parametrize("gold", sorted((DEV3 / "gold").glob("*.jsonl")), ids=lambda p: p.stem)
def test_page_has_corpus_layout_habits(gold: Path) -> None:
    text = (DEV3 / "corpus" / (gold.stem + ".txt")).read_text(encoding="utf-8")
    assert "contributed to this story." in text
    assert "/ FOR CHINA DAILY" in text
    assert "The author is" in text
    assert "\\$" in text


def test_docs_json_lists_every_page() -> None:
    docs = json.loads((DEV3 / "docs.json").read_text(encoding="utf-8"))
    assert sorted(docs) == sorted(p.name for p in (DEV3 / "corpus").glob("*.txt"))
