"""Constants of the compiled modules are ``Final``: mypyc reads a ``Final`` module name as a C
static or an inlined literal, any other one from the module's dict at every use (~130
instructions). A ``Final`` tuple of literals is typed ``tuple[T, ...]``: inferred as a fixed-length
tuple, mypyc keeps it as a C struct and builds a new tuple object at each use (docs/HELPERS.md).

A constant here is a module-level ALL-CAPS name bound once in its module (no ``global``, no second
assignment, no loop or ``with`` target of that name)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _compiled() -> list[str]:
    """The modules setup.py compiles (its ``COMPILED`` list)."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets
        ):
            return [ast.literal_eval(e) for e in node.value.elts]  # type: ignore[attr-defined]
    raise AssertionError("setup.py has no COMPILED list")


def _binds(tree: ast.Module) -> dict[str, int]:
    """How often each name is bound anywhere in the module (a ``global`` or loop target: many)."""
    out: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            for n in node.names:
                out[n] = out.get(n, 0) + 2
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                for sub in ast.walk(t):
                    if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                        out[sub.id] = out.get(sub.id, 0) + 1
        elif isinstance(node, ast.For | ast.With | ast.NamedExpr | ast.comprehension):
            for item in [getattr(node, "target", None), *getattr(node, "items", [])]:
                if item is not None:
                    for sub in ast.walk(item):
                        if isinstance(sub, ast.Name):
                            out[sub.id] = out.get(sub.id, 0) + 2
    return out


def _not_final(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    binds = _binds(tree)
    wrong: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, ann = node.targets[0].id, None
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            name, ann = node.target.id, ast.unparse(node.annotation)
        else:
            continue
        if not re.fullmatch(r"_*[A-Z][A-Z0-9_]*", name) or binds.get(name) != 1:
            continue
        if isinstance(node.value, ast.Call) and getattr(node.value.func, "id", "") in ("TypeVar", "NewType"):
            continue
        if ann is None or not ann.startswith("Final"):
            wrong.append(f"{name} (line {node.lineno}): not Final")
        elif ann == "Final" and isinstance(node.value, ast.Tuple):
            wrong.append(f"{name} (line {node.lineno}): a tuple without its type (tuple[T, ...])")
    return wrong


@pytest.mark.parametrize("module", _compiled())
def test_constants_of_compiled_modules_are_final(module: str) -> None:
    assert _not_final(ROOT / "src" / module) == []


@pytest.mark.parametrize(
    ("source", "wrong"),
    [
        ("X = 1\n", ["X (line 1): not Final"]),
        ("from typing import Final\nX: Final = 1\n", []),
        (
            "from typing import Final\nX: Final = ('a', 'b')\n",
            ["X (line 2): a tuple without its type (tuple[T, ...])"],
        ),
        ("from typing import Final\nX: Final[tuple[str, ...]] = ('a', 'b')\n", []),
        ("X = 1\ndef f() -> None:\n    global X\n    X = 2\n", []),  # rebound: not a constant
        ("X = []\nfor X in []:\n    pass\n", []),
        ("lower = 1\nT = TypeVar('T')\n", []),  # not ALL-CAPS; a type variable
    ],
)
def test_the_rule(tmp_path: Path, source: str, wrong: list[str]) -> None:
    p = tmp_path / "m.py"
    p.write_text(source, encoding="utf-8")
    assert _not_final(p) == wrong
