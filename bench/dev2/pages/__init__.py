"""Annotated sources of the dev2 pages: text with [[span]] markers plus the facts, in order."""
