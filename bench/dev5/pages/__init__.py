"""Annotated sources of the dev5 pages: text with [[span]] markers plus the facts, in order."""
