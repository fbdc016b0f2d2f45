"""Annotated sources of the dev4 pages: text with [[span]] markers plus the facts, in order."""
