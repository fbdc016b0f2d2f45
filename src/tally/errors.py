"""Every error Tally raises on purpose derives from :class:`TallyError`.

Hierarchy::

    TallyError
    ├── InputError               an input could not be read (carries ``source`` and ``reason``)
    │   ├── EmptyInput           the file has no content
    │   ├── BinaryInput          the bytes are not text (NUL bytes, an unknown binary format)
    │   ├── EncodingError        the bytes do not decode in any supported encoding
    │   ├── TooLarge             over the configured size limit
    │   ├── NoTextLayer          a PDF without text (scanned), no OCR
    │   ├── EncryptedInput       an encrypted PDF
    │   ├── MalformedInput       truncated PDF, HTML without any text, ...
    │   └── InputVanished        the file disappeared between listing and reading
    ├── MetaError                the --meta file is unreadable or malformed
    ├── StoreError               the database cannot be opened, migrated or written
    ├── QueryError               a filter or query argument is invalid (carries ``field``)
    └── CheckError               a consistency rule failed to run

Each subclass keeps the facts of the failure as attributes, and ``str(err)`` is one line
that names the input and the reason, fit for a log or a CLI.
"""

from __future__ import annotations


class TallyError(Exception):
    """Base of every error Tally raises on purpose."""


class InputError(TallyError):
    """An input could not be read. ``source`` names it, ``reason`` says why."""

    reason_default = "cannot be read"

    def __init__(self, source: str, reason: str | None = None) -> None:
        self.source = source
        self.reason = reason or self.reason_default
        super().__init__(f"{source}: {self.reason}")


class EmptyInput(InputError):
    reason_default = "empty file"


class BinaryInput(InputError):
    reason_default = "binary content, not a text report"


class EncodingError(InputError):
    reason_default = "not decodable as text in any supported encoding"


class TooLarge(InputError):
    reason_default = "file exceeds the size limit"


class NoTextLayer(InputError):
    reason_default = "PDF has no text layer (scanned image?); OCR is not supported"


class EncryptedInput(InputError):
    reason_default = "encrypted document"


class MalformedInput(InputError):
    reason_default = "malformed document"


class InputVanished(InputError):
    reason_default = "file vanished before it could be read"


class MetaError(TallyError):
    """The metadata file (``--meta``) is unreadable or malformed."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class StoreError(TallyError):
    """The database cannot be opened, migrated or written."""


class QueryError(TallyError):
    """A query argument is invalid; ``field`` names it."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}")


class CheckError(TallyError):
    """A consistency rule failed to run."""
