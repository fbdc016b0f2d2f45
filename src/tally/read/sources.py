"""Sources: expand the paths a user gives (files, folders, ``-`` for stdin) into inputs.

Folders are walked recursively in a stable (sorted) order; ``include``/``exclude`` are glob
patterns matched against the path relative to the folder and against the file name. Hidden
files and folders (starting with ".") are skipped.

A document is known by its file name (the ``doc`` of its facts), so two different files with
the same name in one run would overwrite each other: the second is reported as an error
instead. The same file reached twice (overlapping folders) is taken once.
"""

from __future__ import annotations

import fnmatch
import os
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
    paths: Iterable[str | os.PathLike[str]],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    stdin_name: str = "stdin.txt",
) -> Iterator[Source | tuple[str, str]]:
    """Yield a Source per input file, or ``(label, reason)`` for a path that does not exist.

    Files named explicitly are always taken (include patterns apply to folder walks only).
    """
    seen_paths: set[Path] = set()
    names: dict[str, str] = {}  # document name -> label of the input that has it

    def take(src: Source) -> Source | tuple[str, str] | None:
        if src.path is not None:
            key = _identity(src.path)
            if key in seen_paths:
                return None
            seen_paths.add(key)
        other = names.get(src.name)
        if other is not None:
            return (src.label, f"another input has the same document name {src.name!r} ({other}); skipped")
        names[src.name] = src.label
        return src

    for item in _walk(
        paths, include=tuple(include) or DEFAULT_INCLUDE, exclude=tuple(exclude), stdin_name=stdin_name
    ):
        out = take(item) if isinstance(item, Source) else item
        if out is not None:
            yield out


def _walk(
    paths: Iterable[str | os.PathLike[str]],
    *,
    include: Sequence[str],
    exclude: Sequence[str],
    stdin_name: str,
) -> Iterator[Source | tuple[str, str]]:
    for raw in paths:
        if str(raw) == "-":
            yield Source(name=stdin_name, path=None)
            continue
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                relp = f.relative_to(p)
                if any(part.startswith(".") for part in relp.parts):
                    continue
                if not f.is_file():
                    continue
                rel = relp.as_posix()
                if not _matches(rel, f.name, include) or _matches(rel, f.name, exclude):
                    continue
                yield Source(name=f.name, path=f)
        elif p.exists():
            if not _matches(p.name, p.name, exclude):
                yield Source(name=p.name, path=p)
        else:
            yield (str(p), "no such file or directory")


def _identity(p: Path) -> Path:
    try:
        return p.resolve()
    except OSError:
        return p.absolute()


def read_stdin() -> bytes:
    return sys.stdin.buffer.read()
