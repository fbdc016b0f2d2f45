"""Bundled example reports (written for Tally; not taken from any newspaper)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path


def path() -> Path:
    """The folder of bundled example reports."""
    return Path(str(resources.files(__package__).joinpath("reports")))


def meta() -> dict[str, dict[str, str]]:
    """Publication dates of the example reports (the format of ``--meta``)."""
    return json.loads(resources.files(__package__).joinpath("meta.json").read_text(encoding="utf-8"))
