"""The Python API: tally.open(db).ingest(...), then DataFrames of facts, documents, entities, checks."""

from __future__ import annotations

import pandas as pd
import pytest
from ingest_helpers import fixed_process, write_reports

import tally
from tally.ledger import FACT_COLUMNS

PAGE = (
    "Shuozhou trade climbs in spring\n\nBy A. REPORTER\n\n"
    "Shuozhou exports rose 14.2 percent to 6.8 billion yuan in 2021, the city's customs office said.\n\n"
    "Shuozhou output reached 120 billion yuan in 2020.\n"
)


@pytest.fixture
def ledger(db_url):
    db = tally.open(db_url)
    yield db
    db.close()


def test_open_ingest_and_query_with_the_pipeline(ledger, tmp_path):
    p = tmp_path / "shuozhou.txt"
    p.write_text(PAGE, encoding="utf-8")
    report = ledger.ingest([p], published="2022-02-15")
    assert report.ok and report.added == 1
    df = ledger.facts()
    assert isinstance(df, pd.DataFrame)
    for col in ("id", *FACT_COLUMNS):
        assert col in df.columns
    assert len(df) >= 3  # three figures at least
    for rec in df.to_dict("records"):
        assert PAGE[rec["start"] : rec["end"]] == rec["text"]
        assert rec["doc"] == "shuozhou.txt"
    docs = ledger.documents()
    assert docs.loc[0, "name"] == "shuozhou.txt" and docs.loc[0, "published"] == "2022-02-15"
    assert docs.loc[0, "encoding"] == "utf-8"
    exports = ledger.facts(entity="Shuozhou", indicator="exports")
    assert not exports.empty and set(exports["entity"]) == {"Shuozhou"}


def test_single_path_string_meta_file_and_filters(ledger, tmp_path):
    paths = write_reports(tmp_path / "in", range(6))
    meta = tmp_path / "meta.json"
    meta.write_text('{"report-0000.txt": {"published": "2019-05-05"}}', encoding="utf-8")
    report = ledger.ingest(str(tmp_path / "in"), meta=meta, published="2021-01-01", process=fixed_process)
    assert report.added == 6
    pub = dict(zip(ledger.documents()["name"], ledger.documents()["published"], strict=True))
    assert pub[paths[0].name] == "2019-05-05" and pub[paths[1].name] == "2021-01-01"

    linfen = ledger.facts(entity="Linfen")
    assert len(linfen) >= 3 and set(linfen["entity"]) == {"Linfen"}
    indicator = sorted(set(linfen["indicator"]) - {"other"})[0]
    df = ledger.facts(entity="Linfen", indicator=indicator)
    assert 0 < len(df) <= len(linfen)
    assert set(df["entity"]) == {"Linfen"} and set(df["indicator"]) == {indicator}
    assert list(df.columns[:3]) == ["id", "doc", "start"]
    assert df.equals(df.sort_values(["doc", "start"]))
    assert ledger.facts(entity="linfen").shape[0] >= df.shape[0]  # names are case-insensitive
    assert ledger.facts(entity="LINFEN").shape[0] == ledger.facts(entity="Linfen").shape[0]  # alias
    assert ledger.facts(entity="Atlantis").empty
    assert list(ledger.facts(entity="Atlantis").columns) == [
        "id",
        *FACT_COLUMNS,
        "sentence",
        "period_start",
        "period_end",
    ]
    rec = ledger.facts(doc=paths[0].name, records=True)
    assert set(rec["doc"]) == {paths[0].name}

    again = ledger.ingest([tmp_path / "in"], process=fixed_process)
    assert again.unchanged == 6 and again.added == 0


def test_entities_and_checks_frames(ledger, tmp_path):
    write_reports(tmp_path / "in", range(3))
    ledger.ingest([tmp_path / "in"], process=fixed_process)
    ents = ledger.entities()
    assert {"name", "type", "facts"} <= set(ents.columns)
    checks = ledger.checks()
    assert isinstance(checks, pd.DataFrame)
    assert {"rule", "status"} <= set(checks.columns) or checks.empty


def test_context_manager_and_repr(tmp_path):
    with tally.open(tmp_path / "x.db") as db:
        assert "x.db" in repr(db)
        assert db.facts().empty and db.documents().empty
