"""The held-out dev gold sets (bench/dev, bench/dev2, ...) agree with their corpus and the fact spec."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"

# Supplement-page layout habits written into the dev2-dev4 pages (bench/devN/README.md).
CREDITS = ("contributed to this story.", "/ FOR CHINA DAILY")


@dataclass(frozen=True, slots=True, kw_only=True)
class DevSet:
    name: str
    facts: tuple[int, int]  # facts per page, inclusive
    chars: tuple[int, int]  # characters per page, inclusive
    habits: tuple[str, ...] = ()  # strings every page of the set contains
    pages: int | None = None  # exact number of pages, where the set fixes it
    years: frozenset[str] | None = None  # publication years over the set, where it fixes them

    @property
    def root(self) -> Path:
        return BENCH / self.name

    @property
    def golds(self) -> list[Path]:
        return sorted((self.root / "gold").glob("*.jsonl"))


SETS = [
    DevSet(name="dev", facts=(25, 60), chars=(3000, 8000)),
    DevSet(name="dev2", facts=(50, 80), chars=(10000, 16000),
           habits=(*CREDITS, "The author is", "\\$")),
    DevSet(name="dev3", facts=(50, 80), chars=(10000, 16000),
           habits=(*CREDITS, "The author is", "\\$")),
    DevSet(name="dev4", facts=(45, 70), chars=(9000, 13000),
           habits=(*CREDITS, "\\$", "-\n\n"),  # "-\n\n": a word hyphenated across a blank line
           pages=3, years=frozenset({"2021", "2022", "2023"})),
    DevSet(name="dev5", facts=(40, 55), chars=(6000, 9000),
           habits=(*CREDITS, "\\$", "-\n\n"),
           pages=2, years=frozenset({"2022", "2023"})),
    DevSet(name="dev6", facts=(45, 60), chars=(6000, 9000),
           habits=(*CREDITS, "\\$", "-\n\n"),
           pages=2, years=frozenset({"2023", "2024"})),
    DevSet(name="dev7", facts=(45, 65), chars=(6000, 9000),
           habits=(*CREDITS, "\\$", "-\n\n"),
           pages=2, years=frozenset({"2024", "2025"})),
    DevSet(name="dev8", facts=(45, 65), chars=(6000, 9000),
           habits=("\\$",),  # page 2 is a wire/local-paper page: no China Daily credits or hyphen break
           pages=2, years=frozenset({"2023", "2025"})),
]

PAGES = [pytest.param(s, g, id=f"{s.name}-{g.stem}") for s in SETS for g in s.golds]


def _validate_module():
    spec = importlib.util.spec_from_file_location("dev_validate", BENCH / "dev" / "validate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


VALIDATE = _validate_module()


@pytest.mark.parametrize("dev", SETS, ids=lambda s: s.name)
def test_gold_validates(dev: DevSet) -> None:
    assert VALIDATE.check(dev.root) == []


@pytest.mark.parametrize("dev", [s for s in SETS if s.pages is not None], ids=lambda s: s.name)
def test_set_has_its_number_of_pages(dev: DevSet) -> None:
    assert len(dev.golds) == dev.pages


@pytest.mark.parametrize(("dev", "gold"), PAGES)
def test_every_span_matches_its_text(dev: DevSet, gold: Path) -> None:
    text = (dev.root / "corpus" / (gold.stem + ".txt")).read_bytes().decode("utf-8")
    facts = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert dev.facts[0] <= len(facts) <= dev.facts[1]
    assert dev.chars[0] <= len(text) <= dev.chars[1]
    for f in facts:
        assert text[f["start"]:f["end"]] == f["text"]


HABIT_PAGES = [pytest.param(s, g, id=f"{s.name}-{g.stem}") for s in SETS if s.habits for g in s.golds]


@pytest.mark.parametrize(("dev", "gold"), HABIT_PAGES)
def test_page_has_corpus_layout_habits(dev: DevSet, gold: Path) -> None:
    text = (dev.root / "corpus" / (gold.stem + ".txt")).read_text(encoding="utf-8")
    for habit in dev.habits:
        assert habit in text


@pytest.mark.parametrize("dev", SETS, ids=lambda s: s.name)
def test_docs_json_lists_every_page(dev: DevSet) -> None:
    docs = json.loads((dev.root / "docs.json").read_text(encoding="utf-8"))
    assert sorted(docs) == sorted(p.name for p in (dev.root / "corpus").glob("*.txt"))
    if dev.years is not None:
        assert {d["published"][:4] for d in docs.values()} == dev.years
