"""Annotated sources of the dev8 pages: text with [[span]] markers plus the facts, in order."""
