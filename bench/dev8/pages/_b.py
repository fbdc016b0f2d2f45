"""Reuses the fact builder of bench/dev (keeps the current entity, builds fact dicts)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "_dev_pages_b", Path(__file__).resolve().parents[2] / "dev" / "pages" / "_b.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
Builder = _mod.Builder
