"""Annotated sources of the dev pages: text with [[span]] markers plus the facts, in order."""
