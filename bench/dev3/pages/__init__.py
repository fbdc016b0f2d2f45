"""Annotated sources of the dev3 pages: text with [[span]] markers plus the facts, in order."""
