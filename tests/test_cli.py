"""The ``tally`` command: help everywhere, ingest (summary, errors, exit codes, meta, stdin,
size limit), facts in every format with offsets into the original files, and the filters."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
import typer
from ingest_helpers import report_text, write_reports
from typer.testing import CliRunner

from tally.model import Extraction
from tally.read.text import decode_raw
from tally.serve.cli import app
from tally.store import Store

SUMMARY = re.compile(
    r"^documents (\d+) \(added (\d+), replaced (\d+), unchanged (\d+)\), articles (\d+), facts (\d+), "
    r"skipped (\d+), errors (\d+)$",
    re.M,
)
# Fields of shared/spec/facts.md present on every record.
REQUIRED = {
    "doc",
    "start",
    "end",
    "text",
    "value",
    "unit",
    "kind",
    "status",
    "approx",
    "entity",
    "entity_type",
    "indicator",
    "period",
}


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.delenv("TALLY_MAX_BYTES", raising=False)
    monkeypatch.setenv("TALLY_DB", str(tmp_path / "default.db"))
    runner = CliRunner()

    def invoke(*args: str, input: bytes | str | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


def summary(result) -> dict[str, int]:
    m = SUMMARY.search(result.stderr)
    assert m, result.stderr
    keys = ["documents", "added", "replaced", "unchanged", "articles", "facts", "skipped", "errors"]
    return dict(zip(keys, map(int, m.groups()), strict=True))


def error_lines(result) -> list[str]:
    return [ln[len("error: ") :] for ln in result.stderr.splitlines() if ln.startswith("error: ")]


# ---------------------------------------------------------------------- help
def _commands() -> list[str]:
    return sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_every_subcommand_has_help(run):
    names = _commands()
    assert {"ingest", "facts", "entities", "documents", "check"} <= set(names)
    top = run("--help")
    assert top.exit_code == 0
    for name in names:
        res = run(name, "--help")
        assert res.exit_code == 0, name
        assert "Usage" in res.stdout and name in res.stdout
        assert res.stdout.count("--help") >= 1


# ---------------------------------------------------------------------- ingest
def test_ingest_summary_and_reingest(run, tmp_path):
    write_reports(tmp_path / "in", range(4))
    db = tmp_path / "t.db"
    res = run("ingest", tmp_path / "in", "--db", db, "--published", "2022-05-01")
    assert res.exit_code == 0, res.stderr
    s = summary(res)
    assert (s["documents"], s["added"], s["errors"], s["skipped"]) == (4, 4, 0, 0)
    assert s["articles"] >= 4 and s["facts"] > 0
    again = run("ingest", tmp_path / "in", "--db", db)
    assert again.exit_code == 0
    s2 = summary(again)
    assert (s2["unchanged"], s2["skipped"], s2["added"], s2["facts"]) == (4, 4, 0, 0)
    docs = Store(db).documents()
    assert {d["published"] for d in docs} == {"2022-05-01"}


def test_ingest_default_database_is_tally_db_env(run, tmp_path):
    write_reports(tmp_path / "in", range(1))
    assert run("ingest", tmp_path / "in").exit_code == 0
    assert (tmp_path / "default.db").exists()


def test_bad_inputs_one_line_each_others_ingested_exit_1(run, tmp_path):
    root = tmp_path / "in"
    write_reports(root, range(2))
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / "latin-garbage.txt").write_bytes(bytes(range(0x80, 0x100)) * 8)
    (root / "truncated.pdf").write_bytes(b"%PDF-1.4\n")
    (root / "nested.html").write_bytes(
        b"<html><body>" + b"<div>" * 5000 + b"Output rose 5 percent." + b"</div>" * 5000 + b"</body></html>"
    )
    huge = root / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    res = run("ingest", root, tmp_path / "missing.txt", "--db", tmp_path / "t.db", "--max-bytes", "1M")
    assert res.exit_code == 1
    lines = error_lines(res)
    bad = ["binary.txt", "empty.txt", "huge.txt", "latin-garbage.txt", "truncated.pdf"]
    for name in bad:
        (line,) = [ln for ln in lines if ln.startswith(f"{root / name}: ")]
        assert len(line) > len(str(root / name)) + 5
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in lines
    s = summary(res)
    nested_failed = any(ln.startswith(str(root / "nested.html")) for ln in lines)
    assert s["errors"] == len(lines) == len(bad) + 1 + nested_failed
    assert s["added"] == 2 + (not nested_failed)
    names = {d["name"] for d in Store(tmp_path / "t.db").documents()}
    assert {"report-0000.txt", "report-0001.txt"} <= names


def test_ingest_all_good_exit_0_and_no_error_lines(run, tmp_path):
    write_reports(tmp_path / "in", range(2))
    res = run("ingest", tmp_path / "in", "--db", tmp_path / "t.db", "-q")
    assert res.exit_code == 0 and error_lines(res) == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{oops", "not JSON"),
        ('["a.txt"]', "expected an object"),
        ('{"report-0000.txt": {"published": "2021/06/25"}}', "not an ISO date"),
    ],
)
def test_malformed_meta_exit_2(run, tmp_path, content, reason):
    write_reports(tmp_path / "in", range(1))
    meta = tmp_path / "meta.json"
    meta.write_text(content, encoding="utf-8")
    res = run("ingest", tmp_path / "in", "--db", tmp_path / "t.db", "--meta", meta)
    assert res.exit_code == 2
    (line,) = res.stderr.strip().splitlines()
    assert line.startswith(f"tally: {meta}") and reason in line
    assert not (tmp_path / "t.db").exists() or Store(tmp_path / "t.db").documents() == []


def test_meta_in_the_shared_format(run, tmp_path):
    write_reports(tmp_path / "in", range(3))
    meta = tmp_path / "docs.json"
    meta.write_text(
        json.dumps(
            {
                "report-0000.txt": {"published": "2021-06-25", "source": "regional page"},
                "report-0001.txt": {"published": "2023-07-26", "source": "regional page"},
            }
        ),
        encoding="utf-8",
    )
    res = run(
        "ingest", tmp_path / "in", "--db", tmp_path / "t.db", "--meta", meta, "--published", "2020-01-01"
    )
    assert res.exit_code == 0
    pub = {d["name"]: (d["published"], d["published_inferred"]) for d in Store(tmp_path / "t.db").documents()}
    assert pub == {
        "report-0000.txt": ("2021-06-25", False),
        "report-0001.txt": ("2023-07-26", False),
        "report-0002.txt": ("2020-01-01", False),
    }


@pytest.mark.parametrize(
    ("args", "env", "needle"),
    [
        (["--published", "June 2021"], {}, "--published"),
        (["--max-bytes", "lots"], {}, "--max-bytes"),
        ([], {"TALLY_MAX_BYTES": "huge"}, "TALLY_MAX_BYTES"),
        (["--name", "a/b.txt", "-"], {}, "--name"),
    ],
)
def test_usage_errors_exit_2(run, tmp_path, monkeypatch, args, env, needle):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    write_reports(tmp_path / "in", range(1))
    res = run("ingest", tmp_path / "in", "--db", tmp_path / "t.db", *args)
    assert res.exit_code == 2
    (line,) = res.stderr.strip().splitlines()
    assert line.startswith("tally: ") and needle in line


def test_unopenable_database_exit_2(run, tmp_path):
    write_reports(tmp_path / "in", range(1))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    res = run("ingest", tmp_path / "in", "--db", blocker / "sub" / "t.db")
    assert res.exit_code == 2
    assert res.stderr.startswith("tally: ") and len(res.stderr.strip().splitlines()) == 1


def test_size_limit_from_environment(run, tmp_path, monkeypatch):
    write_reports(tmp_path / "in", range(2))
    monkeypatch.setenv("TALLY_MAX_BYTES", "100")
    res = run("ingest", tmp_path / "in", "--db", tmp_path / "t.db")
    assert res.exit_code == 1 and summary(res)["errors"] == 2
    assert all("size limit of 100 bytes" in ln for ln in error_lines(res))


def test_stdin_with_name_and_published(run, tmp_path):
    db = tmp_path / "t.db"
    data = report_text(11).encode("gbk")
    res = run(
        "ingest", "-", "--name", "wire-2021-06.txt", "--published", "2021-06-30", "--db", db, input=data
    )
    assert res.exit_code == 0, res.stderr
    (doc,) = Store(db).documents()
    assert (doc["name"], doc["source"], doc["published"]) == ("wire-2021-06.txt", "-", "2021-06-30")
    empty = run("ingest", "-", "--db", db, input=b"")
    assert empty.exit_code == 1 and error_lines(empty) == ["-: empty file"]


# ---------------------------------------------------------------------- facts
@pytest.fixture
def ingested(run, tmp_path):
    root = tmp_path / "in"
    write_reports(root, range(3))
    (root / "report-gbk.txt").write_bytes((report_text(21) + "临汾市出口额增长百分之十二。\n").encode("gbk"))
    (root / "report-utf16.txt").write_bytes(report_text(22).encode("utf-16-le"))
    (root / "report-bom.txt").write_bytes(b"\xef\xbb\xbf" + report_text(23).encode("utf-8"))
    db = tmp_path / "t.db"
    res = run("ingest", root, "--db", db, "--published", "2022-01-10")
    assert res.exit_code == 0, res.stderr
    return root, db


def test_facts_jsonl_is_the_exchange_format_with_offsets_into_the_files(run, ingested):
    root, db = ingested
    res = run("facts", "--db", db, "--format", "jsonl")
    assert res.exit_code == 0
    recs = [json.loads(ln) for ln in res.stdout.splitlines()]
    assert recs
    encodings = {d["name"]: d["encoding"] for d in Store(db).documents()}
    for r in recs:
        assert REQUIRED <= set(r), r
        assert r["doc"] in encodings and "/" not in r["doc"]  # doc = the file name
        text = decode_raw((root / r["doc"]).read_bytes(), encodings[r["doc"]])
        assert text[r["start"] : r["end"]] == r["text"]
        if r["kind"] == "change":
            assert "direction" in r and "basis" in r
    assert {r["doc"] for r in recs} >= {"report-0000.txt", "report-utf16.txt", "report-bom.txt"}


def test_facts_json_csv_table_agree(run, ingested):
    _, db = ingested
    jl = [json.loads(ln) for ln in run("facts", "--db", db, "-f", "jsonl").stdout.splitlines()]
    js = json.loads(run("facts", "--db", db, "-f", "json").stdout)
    assert js == jl
    rows = list(csv.DictReader(io.StringIO(run("facts", "--db", db, "-f", "csv").stdout)))
    assert [(r["doc"], int(r["start"]), int(r["end"]), r["text"]) for r in rows] == [
        (r["doc"], r["start"], r["end"], r["text"]) for r in jl
    ]
    table = run("facts", "--db", db)
    assert table.exit_code == 0 and f"{len(jl)} rows" in table.stderr
    assert "doc" in table.stdout and "unit" in table.stdout


# Filters over a ledger filled with hand-made extractions: exact expectations.
@pytest.fixture
def handmade(tmp_path):
    from ingest_helpers import fixed_process  # known facts, whatever the extractor does

    from tally.read import read_bytes

    db = tmp_path / "h.db"
    st = Store(db)
    texts = {
        "linfen.txt": "Linfen exports rose 12.5 percent to 3.2 billion yuan in 2021.\n"
        "Linfen output reached 40 billion yuan in 2020.\n",
        "datong.txt": "Datong exports reached 9.1 billion yuan in 2021.\n"
        "Datong GDP grew 6.1 percent in 2019.\n",
    }
    for name, text in texts.items():
        ex: Extraction = fixed_process(read_bytes(text.encode(), name=name, source=name))
        st.save(ex)
    st.close()
    return db


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], {"12.5 percent", "3.2 billion yuan", "40 billion yuan", "9.1 billion yuan", "6.1 percent"}),
        (["--entity", "Linfen"], {"12.5 percent", "3.2 billion yuan", "40 billion yuan"}),
        (["--entity", "LINFEN"], {"12.5 percent", "3.2 billion yuan", "40 billion yuan"}),
        (["--indicator", "exports"], {"12.5 percent", "3.2 billion yuan", "9.1 billion yuan"}),
        (["--entity", "Datong", "--indicator", "exports"], {"9.1 billion yuan"}),
        (["--period", "2021"], {"12.5 percent", "3.2 billion yuan", "9.1 billion yuan"}),
        (["--period", "2019/2020"], {"40 billion yuan", "6.1 percent"}),
        (["--kind", "change"], {"12.5 percent", "6.1 percent"}),
        (["--doc", "datong.txt"], {"9.1 billion yuan", "6.1 percent"}),
        (["--doc", "datong.txt", "--kind", "level", "--period", "2021-03"], {"9.1 billion yuan"}),
        (["--entity", "Nowhere"], set()),
    ],
)
def test_facts_filters(run, handmade, args, expected):
    res = run("facts", "--db", handmade, "--format", "jsonl", *args)
    assert res.exit_code == 0
    assert {json.loads(ln)["text"] for ln in res.stdout.splitlines()} == expected


def test_facts_bad_period_exit_2(run, handmade):
    res = run("facts", "--db", handmade, "--period", "recently")
    assert res.exit_code == 2 and res.stderr.startswith("tally: period:")


def test_documents_and_entities_commands(run, ingested):
    _, db = ingested
    res = run("documents", "--db", db, "-f", "jsonl")
    docs = {d["name"]: d for d in map(json.loads, res.stdout.splitlines())}
    assert docs["report-gbk.txt"]["encoding"] == "gb18030"
    assert docs["report-utf16.txt"]["encoding"] == "utf-16-le"
    assert docs["report-bom.txt"]["encoding"] == "utf-8-sig"
    assert "text" not in docs["report-gbk.txt"]
    assert run("entities", "--db", db, "-f", "json").exit_code == 0


def test_facts_on_an_empty_ledger(run, tmp_path):
    for fmt in ("jsonl", "json", "csv", "table"):
        res = run("facts", "--db", tmp_path / "empty.db", "-f", fmt)
        assert res.exit_code == 0
    assert run("facts", "--db", tmp_path / "empty.db", "-f", "json").stdout.strip() == "[]"


def test_files_are_read_from_paths_with_spaces_and_unicode(run, tmp_path):
    root = tmp_path / "dossier été 2021"
    write_reports(root, range(1), prefix="rapport région")
    res = run("ingest", root, "--db", tmp_path / "t.db")
    assert res.exit_code == 0
    assert [d["name"] for d in Store(tmp_path / "t.db").documents()] == ["rapport région-0000.txt"]


def test_help_text_mentions_stdin(run):
    assert "stdin" in run("ingest", "--help").stdout


def test_pdf_inputs_encrypted_truncated_and_good(run, tmp_path):
    pdfencrypt = pytest.importorskip("reportlab.lib.pdfencrypt")
    from reportlab.pdfgen import canvas

    def pdf(text: str, encrypt=None) -> bytes:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, encrypt=encrypt)
        c.drawString(72, 720, text)
        c.save()
        return buf.getvalue()

    root = tmp_path / "pdfs"
    root.mkdir()
    (root / "locked.pdf").write_bytes(
        pdf(
            "Linfen exports rose 12.5 percent in 2021.",
            pdfencrypt.StandardEncryption("pw", ownerPassword="o"),
        )
    )
    (root / "truncated.pdf").write_bytes(b"%PDF-1.4\n")
    whole = pdf("Datong output rose 4 percent to 61 billion yuan in 2020.")
    (root / "half.pdf").write_bytes(whole[: len(whole) // 2])
    (root / "good.pdf").write_bytes(whole)
    res = run("ingest", root, "--db", tmp_path / "t.db")
    assert res.exit_code == 1
    lines = {ln.split(": ", 1)[0]: ln.split(": ", 1)[1] for ln in error_lines(res)}
    assert set(lines) == {str(root / "locked.pdf"), str(root / "truncated.pdf"), str(root / "half.pdf")}
    assert "encrypt" in lines[str(root / "locked.pdf")].lower()
    s = summary(res)
    assert (s["added"], s["errors"]) == (1, 3)
    (doc,) = Store(tmp_path / "t.db").documents()
    assert (doc["name"], doc["media_type"]) == ("good.pdf", "application/pdf")
