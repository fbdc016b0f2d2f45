"""Tally: read regional economic reports, turn every figure into a fact, check that they tally."""

from __future__ import annotations

__version__ = "0.1.0"
