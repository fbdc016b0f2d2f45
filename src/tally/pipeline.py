"""The pipeline's stages, listed in one place.

``process(document)`` runs segment → extract → resolve over one document and returns an
:class:`~tally.model.Extraction`. Each stage is a plain function of the records in
:mod:`tally.model`; verify runs over all stored facts after ingestion (see ``tally.ledger``).
"""

from __future__ import annotations

import sys
from importlib.machinery import EXTENSION_SUFFIXES

from tally.extract.facts import extract_facts
from tally.model import Document, Extraction
from tally.read.dates import infer_published
from tally.resolve import resolve
from tally.segment import segment


def process(document: Document) -> Extraction:
    """Segment, extract and resolve one document (its publication date inferred if absent)."""
    if document.published is None:
        inferred = infer_published(document.text)
        if inferred is not None:
            document.published = inferred
            document.published_inferred = True
    articles = segment(document.text)
    facts, entities = extract_facts(document, articles)
    facts, entities = resolve(facts, entities)
    return Extraction(document=document, articles=articles, facts=facts, entities=entities)


def compiled_modules() -> list[str]:
    """Names of Tally's loaded modules that are compiled (mypyc: ``TALLY_COMPILE=1 pip install .``).

    Empty for the pure-Python install that development and the tests use.
    """
    return sorted(
        name for name, mod in list(sys.modules.items())
        if (name == "tally" or name.startswith("tally."))
        and (getattr(mod, "__file__", None) or "").endswith(tuple(EXTENSION_SUFFIXES))
    )
