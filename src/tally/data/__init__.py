"""Tables of language and reference data, read from YAML/CSV files beside this module.

``load(name)`` reads ``<name>.yaml`` once and caches it; every table of number words, units,
currencies, period phrases, indicator cues and entity words goes through it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """The parsed content of ``tally/data/<name>.yaml`` (cached; treat it as read-only)."""
    path = resources.files(__package__).joinpath(f"{name}.yaml")
    with path.open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def path(name: str) -> Any:
    """A Traversable for a data file beside this module (CSV and other non-YAML tables)."""
    return resources.files(__package__).joinpath(name)
