"""Ingest: every input read or reported in one line, the others going on; nothing lost or doubled."""

from __future__ import annotations

import codecs
import datetime as dt
import io

import pytest
from ingest_helpers import fixed_process, processor, report_text, write_reports

import tally.ingest as ingest_mod
from tally.errors import MetaError
from tally.ingest import ingest, load_meta, parse_date
from tally.read.text import decode_raw
from tally.store import FactFilter, Store


@pytest.fixture
def store(db_url):
    st = Store(db_url)
    yield st
    st.close()


def hostile_folder(root):
    """Good reports mixed with every kind of bad input (all made here)."""
    write_reports(root, range(3))
    bad = {
        "empty.txt": b"",
        "blank.txt": b" \n\n\t\n",
        "program.txt": b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4,
        "noise.txt": bytes(range(128, 256)) * 30,
        "nuls.txt": b"Output\x00\x00\x01\x02 rose\x00\xff\xfe\x00\x00" * 40,
        "truncated.pdf": b"%PDF-1.4\n",
        "cut.pdf": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type",
        "broken.html": b"<html><head><title></title></head><body><div><p><span></div></p>",
    }
    for name, data in bad.items():
        (root / name).write_bytes(data)
    (root / "gbk-report.txt").write_bytes(
        "临汾市出口增长百分之十二。\nLinfen exports reached 12.6 billion yuan in 2021.\n".encode("gbk")
    )
    (root / "utf16-report.txt").write_bytes(report_text(50).encode("utf-16"))
    return sorted(bad)


@pytest.mark.parametrize("jobs", [1, 2])
def test_bad_inputs_are_reported_one_line_each_and_the_rest_goes_on(store, tmp_path, jobs):
    root = tmp_path / "in"
    bad = hostile_folder(root)
    report = ingest(store, [root], published="2022-03-01", process=processor(), jobs=jobs)
    assert report.added == 5  # 3 reports + GBK + UTF-16
    assert len(report.errors) == len(bad)
    for name in bad:
        (line,) = [e for e in report.errors if e.startswith(str(root / name) + ": ")]
        assert "\n" not in line and len(line) > len(str(root / name)) + 3
    by_reason = {e.split(": ", 1)[0].rsplit("/", 1)[-1]: e.split(": ", 1)[1] for e in report.errors}
    assert by_reason["empty.txt"] == "empty file"
    assert by_reason["blank.txt"].startswith("empty file")
    assert "binary" in by_reason["program.txt"] and "binary" in by_reason["nuls.txt"]
    assert "not" in by_reason["noise.txt"] and "text" in by_reason["noise.txt"]
    assert not report.ok
    assert "errors 8" in report.summary() and "documents 5" in report.summary()
    docs = {d["name"]: d for d in store.documents()}
    assert set(docs) == {
        "report-0000.txt",
        "report-0001.txt",
        "report-0002.txt",
        "gbk-report.txt",
        "utf16-report.txt",
    }
    assert docs["gbk-report.txt"]["encoding"] == "gb18030"
    assert docs["utf16-report.txt"]["encoding"] == "utf-16"
    assert all(d["published"] == "2022-03-01" and not d["published_inferred"] for d in docs.values())


def test_offsets_point_into_the_file_as_decoded(store, tmp_path):
    root = tmp_path / "in"
    hostile_folder(root)
    ingest(store, [root], process=processor())
    rows, _ = store.facts()
    assert rows
    for r in rows:
        doc = store.document(r["doc"])
        raw = (root / r["doc"]).read_bytes()
        text = decode_raw(raw, doc["encoding"])
        assert text == doc["text"]
        assert text[r["start"] : r["end"]] == r["text"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_that_vanishes_after_listing(store, tmp_path, jobs):
    paths = write_reports(tmp_path / "in", range(4))

    def remove_one(n: int) -> None:  # called after the inputs are listed, before reading
        assert n == 4
        paths[1].unlink()

    report = ingest(store, [tmp_path / "in"], on_sources=remove_one, process=processor(), jobs=jobs)
    assert report.errors == [f"{paths[1]}: file vanished before it could be read"]
    assert report.added == 3


def test_missing_path_and_huge_file(store, tmp_path):
    write_reports(tmp_path / "in", range(2))
    huge = tmp_path / "in" / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    report = ingest(store, [tmp_path / "in", tmp_path / "nope"], max_bytes=1_000_000, process=processor())
    assert report.added == 2
    assert report.errors[0].startswith(f"{huge}: 209,715,200 bytes exceeds the size limit of 1,000,000 bytes")
    assert report.errors[1] == f"{tmp_path / 'nope'}: no such file or directory"


def test_reingest_unchanged_adds_nothing_and_changed_replaces(store, tmp_path):
    paths = write_reports(tmp_path / "in", range(3))
    first = ingest(store, [tmp_path / "in"], process=fixed_process)
    assert (first.added, first.unchanged) == (3, 0)
    rows_before, _ = store.facts(order="id")
    again = ingest(store, [tmp_path / "in"], process=fixed_process)
    assert (again.added, again.replaced, again.unchanged, again.facts) == (0, 0, 3, 0)
    assert again.skipped == 3
    assert store.facts(order="id")[0] == rows_before

    paths[0].write_text("Changzhi output rose 4.4 percent to 77 billion yuan in 2022.\n", encoding="utf-8")
    third = ingest(store, [tmp_path / "in"], process=fixed_process)
    assert (third.added, third.replaced, third.unchanged) == (0, 1, 2)
    rows, _ = store.facts(FactFilter(doc=paths[0].name))
    assert sorted(r["text"] for r in rows) == ["4.4 percent", "77 billion yuan"]
    others = [r for r in store.facts(order="id")[0] if r["doc"] != paths[0].name]
    assert others == [r for r in rows_before if r["doc"] != paths[0].name]
    assert store.counts()["documents"] == 3


def test_a_pipeline_crash_on_one_document_does_not_stop_the_run(store, tmp_path):
    write_reports(tmp_path / "in", range(3))

    def flaky(doc):
        if doc.name == "report-0001.txt":
            raise ValueError("cannot parse figure\nat line 3")
        return fixed_process(doc)

    report = ingest(store, [tmp_path / "in"], process=flaky)
    assert report.added == 2
    assert report.errors == [
        f"{tmp_path / 'in' / 'report-0001.txt'}: internal error: ValueError: cannot parse figure at line 3"
    ]


def test_stdin_is_ingested_under_its_name(store, monkeypatch):
    data = report_text(9).encode("utf-16-le")
    monkeypatch.setattr(ingest_mod, "_stdin", lambda: io.BytesIO(data))
    report = ingest(
        store, ["-"], stdin_name="piped-report.txt", published=dt.date(2021, 9, 1), process=processor()
    )
    assert report.added == 1 and report.ok
    (doc,) = store.documents()
    assert (doc["name"], doc["source"], doc["encoding"], doc["published"]) == (
        "piped-report.txt",
        "-",
        "utf-16-le",
        "2021-09-01",
    )


def test_meta_dates_per_document_and_published_default(store, tmp_path):
    write_reports(tmp_path / "in", range(2))
    meta = {"report-0000.txt": {"published": "2020-02-02", "source": "a page"}}
    ingest(store, [tmp_path / "in"], meta=meta, published="2021-01-01", process=fixed_process)
    pub = {d["name"]: d["published"] for d in store.documents()}
    assert pub == {"report-0000.txt": "2020-02-02", "report-0001.txt": "2021-01-01"}


def test_without_a_date_it_is_inferred_or_left_empty(store, tmp_path):
    p = tmp_path / "dated.txt"
    p.write_text("Linfen, June 25, 2021\n\nExports rose 5 percent.\n", encoding="utf-8")
    ingest(store, [p], process=processor())
    (doc,) = store.documents()
    assert doc["published"] == "2021-06-25" and doc["published_inferred"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "expected an object"),
        ('{"a.txt": "2021-01-01"}', "expected an object"),
        ('{"a.txt": {"published": "June 2021"}}', "not an ISO date"),
        (b"\xff\xfe\x00garbage", "not JSON"),
    ],
)
def test_malformed_meta(tmp_path, content, reason):
    p = tmp_path / "meta.json"
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    with pytest.raises(MetaError) as info:
        load_meta(p)
    assert str(info.value).startswith(str(p)) and reason in str(info.value)
    assert "\n" not in str(info.value)


def test_meta_missing_file(tmp_path):
    with pytest.raises(MetaError, match="cannot read"):
        load_meta(tmp_path / "absent.json")


def test_meta_in_the_shared_format(tmp_path):
    p = tmp_path / "docs.json"
    p.write_text(
        '{"x.txt": {"published": "2021-06-25", "source": "regional page"}, "y.txt": {}}', encoding="utf-8"
    )
    assert load_meta(p)["x.txt"]["published"] == "2021-06-25"


def test_parse_date():
    assert parse_date("2021-06-25") == dt.date(2021, 6, 25)
    with pytest.raises(MetaError, match="--published"):
        parse_date("25/06/2021", where="--published")


def test_bom_file_keeps_offsets_of_the_file(store, tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(codecs.BOM_UTF8 + report_text(3).encode("utf-8"))
    ingest(store, [p], process=processor())
    doc = store.document("bom.txt")
    assert doc["encoding"] == "utf-8-sig"
    assert doc["text"] == p.read_text(encoding="utf-8")  # U+FEFF kept: offsets as the file reads
    for r in store.facts()[0]:
        assert doc["text"][r["start"] : r["end"]] == r["text"]
