"""The fourth held-out dev gold (bench/dev4) is consistent with its corpus and the fact spec."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

DEV4 = Path(__file__).resolve().parents[2] / "bench" / "dev4"
GOLDS = sorted((DEV4 / "gold").glob("*.jsonl"))


def _validate_module():
    spec = importlib.util.spec_from_file_location("dev4_validate", DEV4 / "validate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dev4_gold_validates() -> None:
    problems = _validate_module().check(DEV4)
    assert problems == []


def test_dev4_has_three_pages() -> None:
    assert len(GOLDS) == 3


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.stem)
def test_every_span_matches_its_text(gold: Path) -> None:
    text = (DEV4 / "corpus" / (gold.stem + ".txt")).read_bytes().decode("utf-8")
    facts = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert 45 <= len(facts) <= 70
    assert 9000 <= len(text) <= 13000
    for f in facts:
        assert text[f["start"]:f["end"]] == f["text"]


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.stem)
def test_page_has_corpus_layout_habits(gold: Path) -> None:
    text = (DEV4 / "corpus" / (gold.stem + ".txt")).read_text(encoding="utf-8")
    assert "contributed to this story." in text
    assert "/ FOR CHINA DAILY" in text
    assert "\\$" in text
    assert "-\n\n" in text  # a word hyphenated across a blank line


def test_docs_json_lists_every_page() -> None:
    docs = json.loads((DEV4 / "docs.json").read_text(encoding="utf-8"))
    assert sorted(docs) == sorted(p.name for p in (DEV4 / "corpus").glob("*.txt"))
    assert {d["published"][:4] for d in docs.values()} == {"2021", "2022", "2023"}
