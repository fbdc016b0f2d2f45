"""Read: files, folders and stdin → :class:`~tally.model.Document` (text with metadata).

``read_bytes`` dispatches on the media type sniffed from the name and the first bytes:
plain text (``read.text``), HTML (``read.html``), PDF (``read.pdf``). Every failure is an
:class:`~tally.errors.InputError` whose message names the input and the reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

from tally.errors import InputVanished, TooLarge
from tally.model import Document
from tally.read.text import decode

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # configurable: TALLY_MAX_BYTES or max_bytes=


def max_bytes_default() -> int:
    raw = os.environ.get("TALLY_MAX_BYTES")
    return int(raw) if raw and raw.isdigit() else DEFAULT_MAX_BYTES


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
        from tally.read.pdf import read_pdf

        doc = read_pdf(data, name=name, source=source)
    elif kind == "text/html":
        from tally.read.html import read_html

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
        size = p.stat().st_size
        if size > limit:
            raise TooLarge(str(p), f"{size:,} bytes exceeds the size limit of {limit:,} bytes")
        with p.open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError as e:
        raise InputVanished(str(p)) from e
    except IsADirectoryError as e:
        raise InputVanished(str(p), "is a directory") from e
    except PermissionError as e:
        raise InputVanished(str(p), "permission denied") from e
    if len(data) > limit:
        raise TooLarge(str(p), f"exceeds the size limit of {limit:,} bytes")
    return read_bytes(data, name=name or p.name, source=str(p), published=published)
