"""Optional compiled build: ``TALLY_COMPILE=1 pip install .`` compiles the pipeline's stages with mypyc.

The metadata is in ``pyproject.toml``; this file only adds the extension modules. A plain install
(no ``TALLY_COMPILE``) is pure Python, which is what development and the test suite use: an
editable install would put the compiled modules beside the sources, and they, not an edited
``.py``, would then be imported. ``tally.compiled_modules()`` says which modules of a running Tally
are compiled; ``bench/throughput.py`` prints it.

Compiled are the modules the per-figure work runs in (segment, extract, resolve, gates), except
those mypyc cannot compile or that gain nothing: ``extract/prefilter.py`` (reads ``re``'s parser output
once per grammar), the table readers and everything outside the pipeline (read, store, serve).
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

# the one reading of TALLY_COMPILE, shared with the build backend that adds mypy when it is set
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "build_backend"))
from tally_build import compiling  # noqa: E402

COMPILED = [
    "tally/gates.py",
    "tally/segment/__init__.py",
    "tally/segment/articles.py",
    "tally/segment/blocks.py",
    "tally/segment/cues.py",
    "tally/segment/logical.py",
    "tally/segment/spans.py",
    "tally/extract/carry.py",
    "tally/extract/conjunct.py",
    "tally/extract/facts.py",
    "tally/extract/indicators.py",
    "tally/extract/kinds.py",
    "tally/extract/numbers.py",
    "tally/extract/periods.py",
    "tally/extract/q_approx.py",
    "tally/extract/q_atoms.py",
    "tally/extract/q_build.py",
    "tally/extract/q_cardinal.py",
    "tally/extract/q_context.py",
    "tally/extract/q_counted.py",
    "tally/extract/q_currency.py",
    "tally/extract/q_grammar.py",
    "tally/extract/q_keep.py",
    "tally/extract/q_nouns.py",
    "tally/extract/q_number.py",
    "tally/extract/q_range.py",
    "tally/extract/q_state.py",
    "tally/extract/q_unit_tail.py",
    "tally/extract/q_units.py",
    "tally/extract/qualifiers.py",
    "tally/extract/quantities.py",
    "tally/extract/sentences.py",
    "tally/resolve/ages.py",
    "tally/resolve/coref.py",
    "tally/resolve/canonical.py",
    "tally/resolve/entities.py",
    "tally/resolve/ent_appositions.py",
    "tally/resolve/ent_lexicon.py",
    "tally/resolve/ent_names.py",
    "tally/resolve/ent_references.py",
    "tally/resolve/ent_roles.py",
    "tally/resolve/ent_scan.py",
    "tally/resolve/ent_sequences.py",
    "tally/resolve/coref_leads.py",
    "tally/resolve/repeats.py",
    "tally/resolve/coref_resolved.py",
    "tally/resolve/slicing.py",
    "tally/resolve/coref_subjects.py",
    "tally/resolve/topics.py",
    "tally/resolve/coref_views.py",
    "tally/resolve/coref_visibility.py",
    "tally/resolve/coref_voice.py",
]

if compiling():
    from mypyc.build import mypycify

    # (module names come from the package folders: src/tally/x.py is tally.x)
    modules = mypycify([f"src/{m}" for m in COMPILED], opt_level="3")
    setup(ext_modules=modules, options={"build_ext": {"parallel": os.cpu_count() or 1}})
else:
    setup()
