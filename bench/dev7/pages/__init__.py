"""Annotated sources of the dev7 pages: text with [[span]] markers plus the facts, in order."""
