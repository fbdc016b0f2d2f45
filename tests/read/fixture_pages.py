"""``tests/fixtures/make_fixtures.py`` loaded once as the module ``make_fixtures`` (the builders of
the HTML pages and newspaper PDFs the read tests use)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "make_fixtures", Path(__file__).parents[1] / "fixtures" / "make_fixtures.py"
)
assert _spec is not None and _spec.loader is not None
mf = sys.modules.setdefault("make_fixtures", importlib.util.module_from_spec(_spec))
if not hasattr(mf, "REPORT"):
    _spec.loader.exec_module(mf)
