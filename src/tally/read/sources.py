"""Sources: expand the paths a user gives (files, folders, ``-`` for stdin) into inputs.

Folders are walked recursively in a stable (sorted) order; ``include``/``exclude`` are glob
patterns matched against the path relative to the folder and against the file name. Hidden
files and folders (starting with ".") are skipped.
"""

from __future__ import annotations

import fnmatch
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_INCLUDE = ("*.txt", "*.text", "*.md", "*.html", "*.htm", "*.xhtml", "*.pdf")


@dataclass(slots=True, frozen=True, kw_only=True)
class Source:
    """One input to read: a file path, or stdin (``path`` None)."""

    name: str
    path: Path | None

    @property
    def label(self) -> str:
        return str(self.path) if self.path is not None else "-"


def _matches(rel: str, name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in patterns)


def expand(
    paths: Iterable[str | Path],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    stdin_name: str = "stdin.txt",
) -> Iterator[Source | tuple[str, str]]:
    """Yield a Source per input file, or ``(label, reason)`` for a path that does not exist.

    Files named explicitly are always taken (include patterns apply to folder walks only).
    """
    inc = tuple(include) or DEFAULT_INCLUDE
    for raw in paths:
        if str(raw) == "-":
            yield Source(name=stdin_name, path=None)
            continue
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).as_posix()
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if not f.is_file():
                    continue
                if not _matches(rel, f.name, inc) or _matches(rel, f.name, exclude):
                    continue
                yield Source(name=f.name, path=f)
        elif p.exists():
            if not _matches(p.name, p.name, exclude):
                yield Source(name=p.name, path=p)
        else:
            yield (str(p), "no such file or directory")


def read_stdin() -> bytes:
    return sys.stdin.buffer.read()
