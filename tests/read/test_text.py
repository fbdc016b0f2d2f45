"""Plain text: encodings detected and recorded, text decoded exactly, binary and garbage refused."""

from __future__ import annotations

import codecs
import random

import pytest

from tally.errors import BinaryInput, EmptyInput, EncodingError, InputError
from tally.read import read_bytes
from tally.read.text import decode, decode_raw

# Our own sample sentences (figures in the style of regional reports).
ENGLISH = (
    "Linfen exports rose 12.5 percent to 3.2 billion yuan in the first five months.\r\n"
    "The city registered 4,500 new firms, up from 3,968 a year earlier.\n"
)
CHINESE = (
    "临汾市前五个月进出口总额达到十二亿元，同比增长百分之八点五。\n"
    "全市新登记企业四千五百家，其中制造业企业占三成。\n"
)
MIXED = "Jincheng (晋城市) exports rose 12.5 percent to 3.2 billion yuan; 出口增长百分之十二。\n"
GERMAN = (
    "Die Ausfuhren Niederbayerns stiegen um 4,2 Prozent auf 21,7 Milliarden Euro. "
    "Größte Märkte blieben Österreich und Frankreich; die Brauereien in Straubing wuchsen kräftig.\n"
)
FRENCH = (
    "La région a exporté pour 3,4 milliards d'euros en été, soit une hausse de 5 % à l'échelle "
    "régionale. Le député a présenté les données détaillées.\n"
)

UNICODE_CASES = [
    # (sample, bytes as written, expected recorded encoding, BOM kept as U+FEFF at offset 0)
    pytest.param(ENGLISH, ENGLISH.encode("utf-8"), "utf-8", False, id="utf8-english"),
    pytest.param(CHINESE, CHINESE.encode("utf-8"), "utf-8", False, id="utf8-chinese"),
    pytest.param(CHINESE, codecs.BOM_UTF8 + CHINESE.encode("utf-8"), "utf-8-sig", True, id="utf8-bom"),
    pytest.param(ENGLISH, codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), "utf-8-sig", True, id="utf8-bom-en"),
    pytest.param(ENGLISH, ENGLISH.encode("utf-16"), "utf-16", True, id="utf16-bom"),
    pytest.param(
        CHINESE, codecs.BOM_UTF16_BE + CHINESE.encode("utf-16-be"), "utf-16", True, id="utf16be-bom"
    ),
    pytest.param(ENGLISH, ENGLISH.encode("utf-16-le"), "utf-16-le", False, id="utf16le-ascii"),
    pytest.param(ENGLISH, ENGLISH.encode("utf-16-be"), "utf-16-be", False, id="utf16be-ascii"),
    pytest.param(CHINESE, CHINESE.encode("utf-16-le"), "utf-16-le", False, id="utf16le-chinese"),
    pytest.param(CHINESE, CHINESE.encode("utf-16-be"), "utf-16-be", False, id="utf16be-chinese"),
    pytest.param(GERMAN, GERMAN.encode("utf-16-le"), "utf-16-le", False, id="utf16le-german"),
    pytest.param(MIXED, MIXED.encode("utf-16-be"), "utf-16-be", False, id="utf16be-mixed"),
    pytest.param(ENGLISH, ENGLISH.encode("utf-32"), "utf-32", True, id="utf32-bom"),
]


@pytest.mark.parametrize(("sample", "data", "encoding", "bom"), UNICODE_CASES)
def test_unicode_encodings_are_detected_and_decoded_exactly(sample, data, encoding, bom):
    text, enc = decode(data, "r.txt")
    assert enc == encoding
    assert text == ("\ufeff" + sample if bom else sample)
    assert decode_raw(data, enc) == text


LEGACY_CASES = [
    pytest.param(CHINESE, "gbk", {"gb18030", "gbk"}, id="gbk-chinese"),
    pytest.param(CHINESE, "gb18030", {"gb18030"}, id="gb18030-chinese"),
    pytest.param(MIXED, "gbk", {"gb18030", "gbk"}, id="gbk-mixed"),
    pytest.param(GERMAN, "latin-1", {"iso8859-1", "cp1252"}, id="latin1-german"),
    pytest.param(FRENCH, "latin-1", {"iso8859-1", "cp1252"}, id="latin1-french"),
    pytest.param(
        FRENCH + "Il a dit \u201cbonjour\u201d \u2013 voilà.\n", "cp1252", {"cp1252"}, id="cp1252-quotes"
    ),
]


@pytest.mark.parametrize(("sample", "codec", "accepted"), LEGACY_CASES)
def test_legacy_encodings_are_detected(sample, codec, accepted):
    data = sample.encode(codec)
    text, enc = decode(data, "r.txt")
    assert text == sample
    assert enc in accepted
    assert decode_raw(data, enc) == text


def test_newlines_and_whitespace_are_kept_exactly():
    sample = "A\r\nB\rC\n\n\tD  \u00a0E\f\n"
    text, _ = decode(sample.encode("utf-8"), "r.txt")
    assert text == sample


@pytest.mark.parametrize(
    ("data", "error"),
    [
        pytest.param(b"", EmptyInput, id="empty"),
        pytest.param(b"  \n\r\n\t ", EmptyInput, id="whitespace"),
        pytest.param(codecs.BOM_UTF8, EmptyInput, id="bom-only"),
        pytest.param(" \n".encode("utf-16"), EmptyInput, id="utf16-whitespace"),
        pytest.param(b"\x7fELF\x02\x01\x01" + bytes(200), BinaryInput, id="elf"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), BinaryInput, id="png"),
        pytest.param(b"PK\x03\x04" + b"x" * 100, BinaryInput, id="zip"),
        pytest.param(b"SQLite format 3\x00" + bytes(100), BinaryInput, id="sqlite"),
        pytest.param(b"report\x00\x01\x02\x03\xff\xfe\x00\x00" * 50, BinaryInput, id="nul-bytes"),
        pytest.param(b"abc\x01\x02\x03\x04\x05\x06def\x07\x08" * 40, BinaryInput, id="control-chars"),
        pytest.param(bytes(range(128, 256)) * 20, EncodingError, id="high-bytes"),
        pytest.param(b"\xff" * 100, EncodingError, id="ff-run"),
        pytest.param(codecs.BOM_UTF8 + b"\xff\xfe\xfd abc", EncodingError, id="bad-after-utf8-bom"),
    ],
)
def test_bad_bytes_raise_one_line_errors_naming_the_file(data, error):
    with pytest.raises(error) as info:
        decode(data, "inputs/bad.txt")
    msg = str(info.value)
    assert msg.startswith("inputs/bad.txt: ")
    assert "\n" not in msg
    assert info.value.source == "inputs/bad.txt"
    assert info.value.reason


def test_random_binary_is_refused():
    rnd = random.Random(7)
    for _ in range(20):
        data = bytes(rnd.randrange(256) for _ in range(2048))
        with pytest.raises(InputError):
            decode(data, "noise.bin")


def test_read_bytes_records_encoding_hash_and_size():
    data = CHINESE.encode("gbk")
    doc = read_bytes(data, name="linfen.txt", source="in/linfen.txt")
    assert doc.text == CHINESE
    assert doc.encoding in ("gb18030", "gbk")
    assert doc.size == len(data)
    assert doc.media_type == "text/plain"
    assert doc.name == "linfen.txt" and doc.source == "in/linfen.txt"
    import hashlib

    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_offsets_count_characters_of_the_file_with_a_bom():
    # Python reads a UTF-8 file with a BOM as U+FEFF + text: offsets computed on that string hold.
    data = codecs.BOM_UTF8 + ENGLISH.encode("utf-8")
    text, _ = decode(data, "r.txt")
    as_python_reads_it = data.decode("utf-8")
    i = as_python_reads_it.index("3.2 billion yuan")
    assert text[i : i + len("3.2 billion yuan")] == "3.2 billion yuan"
