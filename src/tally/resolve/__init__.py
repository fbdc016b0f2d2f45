"""Resolve: entity names → canonical entities (aliases, parents).

``resolve(facts, entities)`` merges the names of one document that denote the same entity
("Shanxi Transformation and Comprehensive Zone" → "Shanxi Transformation and Comprehensive
Reform Demonstration Zone", "100 Trust" → "Trust 100"), picks the fullest name as canonical,
records the others as aliases and fills parents from the gazetteer.
"""

from __future__ import annotations

from tally.resolve.canonical import resolve

__all__ = ["resolve"]
