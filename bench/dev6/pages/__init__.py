"""Annotated sources of the dev6 pages: text with [[span]] markers plus the facts, in order."""
