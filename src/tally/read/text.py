"""Plain text: decode bytes exactly (no newline or whitespace changes), detecting the encoding.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8, then
charset-normalizer's best guess among the encodings reports come in (GB18030/GBK, Latin-1,
Windows-1252, UTF-16 without BOM...). Bytes that look binary (NUL bytes outside UTF-16, a
known binary signature) are refused with :class:`~tally.errors.BinaryInput`.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from tally.errors import BinaryInput, EmptyInput, EncodingError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Signatures of binary formats that are never text reports.
_BINARY_MAGIC = (
    b"\x7fELF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"BZh",
    b"\xfd7zXZ", b"7z\xbc\xaf", b"MZ", b"\xca\xfe\xba\xbe", b"SQLite format 3",
)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the raw bytes of a text file named ``source``."""
    if not data.strip():
        raise EmptyInput(source)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise EncodingError(source, f"byte-order mark says {enc} but {e.reason}") from e
    if data.startswith(_BINARY_MAGIC):
        raise BinaryInput(source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" in text:
            raise BinaryInput(source, "binary content (NUL bytes), not a text report")
        return text, "utf-8"
    if _looks_utf16(data):
        enc = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise BinaryInput(source, "binary content (NUL bytes), not a text report")
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise EncodingError(source)
    enc = best.encoding
    text = data.decode(enc)
    if _control_ratio(text) > 0.05:
        raise BinaryInput(source)
    return text, enc


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4:
        return False
    zeros_odd = sample[1::2].count(0)
    zeros_even = sample[0::2].count(0)
    half = len(sample) // 2
    return max(zeros_odd, zeros_even) > 0.3 * half and min(zeros_odd, zeros_even) < 0.05 * half


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    return bad / len(sample)
