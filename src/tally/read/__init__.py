"""Read: files, folders and stdin → :class:`~tally.model.Document` (text with metadata).

``read_bytes`` dispatches on the media type sniffed from the name and the first bytes:
plain text (``read.text``), HTML (``read.html``), PDF (``read.pdf``). Every failure is an
:class:`~tally.errors.InputError` whose message names the input and the reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from tally.errors import InputError, InputVanished, TooLarge
from tally.model import Document
from tally.read.text import decode

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # configurable: TALLY_MAX_BYTES or max_bytes=


def max_bytes_default() -> int:
    """The size limit per input: ``$TALLY_MAX_BYTES`` (bytes; K/M/G suffixes allowed) or 50 MB."""
    raw = os.environ.get("TALLY_MAX_BYTES", "").strip()
    return parse_size(raw) if raw else DEFAULT_MAX_BYTES


def parse_size(raw: str | int) -> int:
    """``"200000"``, ``"50M"``, ``"1G"`` → bytes. Raises ValueError on anything else."""
    if isinstance(raw, int):
        return raw
    s = raw.strip().upper().removesuffix("B").removesuffix("I")
    mult = {"K": 1024, "M": 1024**2, "G": 1024**3}.get(s[-1:], 1)
    num = s[:-1] if mult > 1 else s
    if not num.isdigit():
        raise ValueError(f"not a size in bytes (e.g. 50000000 or 50M): {raw!r}")
    return int(num) * mult


def _too_large(source: str, size: int | None, limit: int) -> TooLarge:
    amount = f"{size:,} bytes" if size is not None else "more bytes"
    limits = "(--max-bytes / TALLY_MAX_BYTES)"
    return TooLarge(source, f"{amount} exceeds the size limit of {limit:,} bytes {limits}")


def media_type(name: str, data: bytes) -> str:
    """Sniff the media type from the first bytes, then the file name."""
    head = data[:1024].lstrip().lower()
    if data.startswith(b"%PDF"):
        return "application/pdf"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head[:512]:
        return "text/html"
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf":
        return "application/pdf"
    if suffix in (".html", ".htm", ".xhtml"):
        return "text/html"
    return "text/plain"


def read_bytes(
    data: bytes,
    *,
    name: str,
    source: str,
    published: dt.date | None = None,
) -> Document:
    """Make a Document of raw bytes; ``name`` is the document's name (its ``doc`` in facts)."""
    kind = media_type(name, data)
    if kind == "application/pdf":
        read_pdf = _reader("pdf", source)
        doc = read_pdf(data, name=name, source=source)
    elif kind == "text/html":
        read_html = _reader("html", source)
        doc = read_html(data, name=name, source=source)
    else:
        text, encoding = decode(data, source)
        doc = Document(
            name=name,
            source=source,
            text=text,
            sha256=hashlib.sha256(data).hexdigest(),
            media_type="text/plain",
            encoding=encoding,
            size=len(data),
        )
    doc.size = len(data)
    if published is not None:
        doc.published = published
        doc.published_inferred = False
    return doc


def read_path(
    path: str | Path,
    *,
    published: dt.date | None = None,
    max_bytes: int | None = None,
    name: str | None = None,
) -> Document:
    """Read one file. Raises an InputError subclass naming the file when it cannot."""
    p = Path(path)
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    try:
        # The size is known before anything is read: a huge file is refused without reading it.
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise InputError(str(p), "is a directory, not a file")
        if not stat.S_ISREG(st.st_mode):   # a FIFO or device would block or never end
            raise InputError(str(p), "not a regular file (use - to read stdin)")
        size = st.st_size
        if size > limit:
            raise _too_large(str(p), size, limit)
        with p.open("rb") as fh:
            data = fh.read(limit + 1)   # the file may have grown since stat
    except FileNotFoundError as e:
        raise InputVanished(str(p)) from e
    except IsADirectoryError as e:
        raise InputError(str(p), "is a directory, not a file") from e
    except PermissionError as e:
        raise InputError(str(p), "permission denied") from e
    except OSError as e:
        raise InputError(str(p), f"cannot be read: {e.strerror or e}") from e
    if len(data) > limit:
        raise _too_large(str(p), None, limit)
    return read_bytes(data, name=name or p.name, source=str(p), published=published)


def read_stream(
    stream: BinaryIO,
    *,
    name: str,
    source: str = "-",
    published: dt.date | None = None,
    max_bytes: int | None = None,
) -> Document:
    """Read one input from a byte stream (stdin), refusing it past the size limit."""
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    try:
        data = stream.read(limit + 1)
    except OSError as e:
        raise InputError(source, f"cannot be read: {e.strerror or e}") from e
    if len(data) > limit:
        raise _too_large(source, None, limit)
    return read_bytes(data, name=name, source=source, published=published)


def _reader(kind: str, source: str) -> Callable[..., Document]:
    try:
        module = importlib.import_module(f"tally.read.{kind}")
    except ImportError as e:
        raise InputError(source, f"reading {kind.upper()} is not available ({e})") from e
    return getattr(module, f"read_{kind}")
