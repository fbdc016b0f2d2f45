"""Tally's build backend: setuptools', plus mypy among the build requirements when compiling.

``TALLY_COMPILE=1 pip install .`` compiles the extraction stages with mypyc (see ``setup.py``);
mypyc comes with mypy, which is then needed to build (not to run). Every other build is
setuptools' own, with nothing added. PEP 517 lets an in-tree backend add requirements this way
(``backend-path`` in ``pyproject.toml``).
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (every hook not overridden below)

MYPYC_REQUIREMENT = "mypy>=1.10"


def compiling() -> bool:
    return os.environ.get("TALLY_COMPILE", "") not in ("", "0")


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    # (compiling, setup.py needs mypyc: setuptools' hook would run it before mypy is there)
    if compiling():
        return [MYPYC_REQUIREMENT]
    return list(_setuptools.get_requires_for_build_wheel(config_settings))


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    if compiling():
        return [MYPYC_REQUIREMENT]
    return list(_setuptools.get_requires_for_build_editable(config_settings))
