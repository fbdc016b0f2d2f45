"""Plain text: decode bytes exactly (no newline or whitespace changes), detecting the encoding.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32); then, if the bytes hold NULs,
UTF-16 without a BOM (little or big endian, whichever reads as more ordinary text); then
strict UTF-8; then charset-normalizer's guess, preferring the encodings reports come in
(GB18030/GBK, Big5, Shift-JIS, Windows-1252/Latin-1...) among its equally good candidates.
Bytes that look binary (a known binary signature, NUL bytes that are not UTF-16, many
control or unassigned characters) are refused with :class:`~tally.errors.BinaryInput`.

Offsets count characters of the file: a byte-order mark is kept as U+FEFF at offset 0 (the
file "decoded exactly as it is", as ``open(path, encoding="utf-8")`` reads a UTF-8 file with a
BOM). The recorded encoding names the file's encoding (``utf-8-sig`` for UTF-8 with a BOM,
``utf-16`` for UTF-16 with a BOM, ``utf-16-le``/``utf-16-be`` without); :func:`decode_raw`
turns the raw bytes and the recorded encoding back into exactly ``Document.text``.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from tally.errors import BinaryInput, EmptyInput, EncodingError

# (BOM, recorded name, codec that keeps the BOM as U+FEFF); UTF-32 before UTF-16 (same prefix).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)
# Signatures of binary formats that are never text reports.
_BINARY_MAGIC = (
    b"\x7fELF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"MZ",
    b"\xca\xfe\xba\xbe",
    b"SQLite format 3",
    b"\x00asm",
    b"Rar!",
    b"OggS",
    b"RIFF",
    b"ID3",
    b"\xd0\xcf\x11\xe0",
)
# charset-normalizer names, most likely first, among candidates it finds equally good.
_PREFERRED = (
    "utf_8",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "cp1251",
    "koi8_r",
)
_CHAOS_MARGIN = 0.02  # candidates this close to the best count as equally good
_MAX_BAD = 0.02  # share of control/unassigned/private characters text may have
_MIN_WORDY = 0.7  # share of letters, digits, spaces and ASCII punctuation of guessed text
_SAMPLE = 65536  # characters examined by the plausibility checks


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` for the raw bytes of a text file named ``source``."""
    if not data.strip():
        raise EmptyInput(source)
    text, encoding = _decode(data, source)
    if not text.lstrip("\ufeff").strip():
        raise EmptyInput(source, f"empty file (only whitespace, {encoding})")
    return text, encoding


def decode_raw(data: bytes, encoding: str) -> str:
    """Decode raw bytes with a recorded encoding exactly as :func:`decode` did (BOM kept)."""
    for bom, name, codec in _BOMS:
        if name == encoding and data.startswith(bom):
            return data.decode(codec)
    return data.decode(encoding)


def _decode(data: bytes, source: str) -> tuple[str, str]:
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError as e:
                raise EncodingError(source, f"byte-order mark says {name} but {e.reason}") from e
    if data.startswith(_BINARY_MAGIC):
        raise BinaryInput(source)
    if b"\x00" in data:
        found = _utf16_without_bom(data)
        if found is None:
            raise BinaryInput(source, "binary content (NUL bytes), not a text report")
        return found
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _bad_ratio(text) > _MAX_BAD:
            raise BinaryInput(source, "binary content (control characters), not a text report")
        return text, "utf-8"
    encoding = _guess(data)
    if encoding is None:
        raise EncodingError(source)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as e:
        raise EncodingError(source, f"looks like {encoding} but does not decode as it") from e
    if _bad_ratio(text) > _MAX_BAD or _wordy_ratio(text) < _MIN_WORDY:
        raise EncodingError(
            source, f"not text in any supported encoding (best guess {encoding} reads as garbage)"
        )
    return text, encoding


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 LE or BE text without a BOM, whichever reads as more ordinary text."""
    if len(data) % 2:
        return None
    best: tuple[float, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _bad_ratio(text) > _MAX_BAD:
            continue
        score = _ordinary_ratio(text)
        if best is None or score > best[0]:
            best = (score, text, codec)
    if best is None or best[0] < 0.5:
        return None
    return best[1], best[2]


def _guess(data: bytes) -> str | None:
    results = list(from_bytes(data))
    if not results:
        return None
    floor = min(r.chaos for r in results)
    near = [r for r in results if r.chaos <= floor + _CHAOS_MARGIN]
    chosen = None
    for pref in _PREFERRED:
        if any(pref == r.encoding or pref in r.could_be_from_charset for r in near):
            chosen = pref
            break
    if chosen is None:
        chosen = near[0].encoding
    if chosen in ("cp1252", "latin_1"):
        # Identical on bytes outside 0x80-0x9F: call it Latin-1 unless Windows-1252 letters occur.
        chosen = "cp1252" if any(0x80 <= b <= 0x9F for b in data) else "latin_1"
    return codecs.lookup(chosen).name


def _bad_ratio(text: str) -> float:
    """Share of characters no report contains: controls, unassigned, private use, surrogates."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    bad = 0
    for c in sample:
        o = ord(c)
        if o < 128:
            bad += o < 32 and c not in "\n\r\t\f\v"
        elif unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs"):
            bad += 1
    return bad / len(sample)


def _wordy_ratio(text: str) -> float:
    """Share of letters, digits, white space and ASCII punctuation (text in a guessed encoding)."""
    sample = text[:_SAMPLE]
    ok = sum(1 for c in sample if c.isalnum() or c.isspace() or (ord(c) < 128 and c.isprintable()))
    return ok / max(1, len(sample))


def _ordinary_ratio(text: str) -> float:
    """Share of characters from the scripts and punctuation reports are written in."""
    sample = text[:_SAMPLE]
    ok = sum(1 for c in sample if _ordinary(ord(c)))
    return ok / max(1, len(sample))


def _ordinary(o: int) -> bool:
    return (
        o < 0x250  # ASCII, Latin-1, Latin Extended-A/B
        or 0x2000 <= o <= 0x206F  # general punctuation
        or 0x3000 <= o <= 0x303F  # CJK symbols and punctuation
        or 0x4E00 <= o <= 0x9FFF  # CJK unified ideographs
        or 0xFF00 <= o <= 0xFFEF  # full-width forms
        or 0x0400 <= o <= 0x04FF  # Cyrillic
        or 0x3040 <= o <= 0x30FF  # kana
        or 0xAC00 <= o <= 0xD7A3  # Hangul
    )
