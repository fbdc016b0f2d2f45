"""The sentences of the bundled example reports, for tests that compare a fast path with its regex."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def example_sentences() -> tuple[str, ...]:
    from tally.examples import __file__ as ex
    from tally.extract.sentences import sentences
    from tally.segment import segment

    out: list[str] = []
    for p in sorted((Path(ex).parent / "reports").glob("*.txt")):
        t = p.read_text(encoding="utf-8")
        for a in segment(t):
            out.extend(t[s.start : s.end] for s in sentences(t, a))
    return tuple(out)
