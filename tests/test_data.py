"""The data tables (``tally.data``): words stay words."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest

from tally.data import load, read_yaml


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[yes, no, on, off, Yes, NO, y, n]", ["yes", "no", "on", "off", "Yes", "NO", "y", "n"]),
        ("[true, false, True, FALSE]", [True, False, True, False]),
        ("{a: [-1, false], b: 2.5, c: null}", {"a": [-1, False], "b": 2.5, "c": None}),
    ],
)
def test_only_true_and_false_are_booleans(text: str, expected: Any) -> None:
    assert read_yaml(text) == expected


def _word_lists(node: Any, where: str) -> list[tuple[str, list]]:
    """Every list holding a string, anywhere in a table."""
    out: list[tuple[str, list]] = []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _word_lists(v, f"{where}/{k}")
    elif isinstance(node, list):
        if any(isinstance(x, str) for x in node):
            out.append((where, node))
        for x in node:
            out += _word_lists(x, where)
    return out


TABLES = sorted(
    p.name.removesuffix(".yaml") for p in resources.files("tally.data").iterdir() if p.name.endswith(".yaml")
)


@pytest.mark.parametrize("name", TABLES)
def test_word_lists_hold_only_words(name: str) -> None:
    """A list of words never holds a boolean, a number or null that YAML made of a word."""
    bad = [
        (where, x)
        for where, words in _word_lists(load(name), name)
        for x in words
        if isinstance(x, bool) or x is None
    ]
    assert bad == []


def test_the_openers_hold_yes_and_no() -> None:
    openers = load("entity_words")["sentence_openers"]
    assert "yes" in openers and "no" in openers
    assert "off" in load("numbers")["compound_blockers"]
