"""Two ``tally ingest`` processes on one SQLite database at once, over overlapping folders:
both finish, every document is stored once, and the ledger equals a sequential run's."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

from ingest_helpers import runner_script, snapshot, write_reports
from test_crash import tally

from tally.store import Store


def test_two_ingests_at_once_on_overlapping_folders(tmp_path):
    script = runner_script(tmp_path)
    root = tmp_path / "reports"
    write_reports(root / "part1", range(0, 40))
    write_reports(root / "part2", range(40, 80))
    write_reports(root / "part3", range(80, 110))
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALLY_")}

    reference = tmp_path / "reference.db"
    seq = tally(script, "ingest", root, "--db", reference, "--published", "2021-11-30", "-q", env=env)
    assert seq.returncode == 0, seq.stderr

    shared = tmp_path / "shared.db"
    slow = {**env, "TALLY_TEST_TXN_DELAY": "0.005"}  # long enough write transactions to contend
    cmds = [
        [root / "part1", root / "part2"],  # A: 0-79
        [root / "part3", root / "part2", root / "part1" / "report-0007.txt"],  # B: 80-109, 40-79, 7
    ]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(script),
                "ingest",
                *map(str, paths),
                "--db",
                str(shared),
                "--published",
                "2021-11-30",
                "-q",
            ],
            env=slow,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for paths in cmds
    ]
    started = time.monotonic()
    outs = [p.communicate(timeout=300) for p in procs]
    assert time.monotonic() - started < 300
    for p, (_, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "errors 0" in err

    def counts(err: str) -> tuple[int, int]:
        added = int(err.split("added ", 1)[1].split(",", 1)[0])
        unchanged = int(err.split("unchanged ", 1)[1].split(")", 1)[0])
        return added, unchanged

    (a_added, a_same), (b_added, b_same) = (counts(err) for _, err in outs)
    assert a_added + a_same == 80 and b_added + b_same == 71
    assert a_added + b_added == 110  # each document stored by exactly one of them
    assert a_same + b_same == 41  # the overlap, found already stored

    want, got = snapshot(reference), snapshot(shared)
    for table in want:
        assert got[table] == want[table], table
    con = sqlite3.connect(shared)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*), count(DISTINCT name) FROM documents").fetchone() == (110, 110)
    con.close()
    # the checks stored last were computed over all the facts
    st, ref = Store(shared), Store(reference)
    key = lambda c: (c["rule"], c["key"], c["status"], tuple(sorted(c["facts"])))  # noqa: E731
    assert sorted(map(key, st.checks())) == sorted(map(key, ref.checks()))


def _ledger_view(url) -> tuple[list, list, list, list]:
    import sqlalchemy as sa

    from tally.store import fact_record
    from tally.store import schema as s

    st = Store(url)
    try:
        docs = sorted(
            (d["name"], d["sha256"], d["encoding"], d["published"], d["facts"]) for d in st.documents()
        )
        facts = sorted((r["id"], json_key(fact_record(r))) for r in st.facts()[0])
        ents = sorted((e["id"], tuple(sorted(e["aliases"]))) for e in st.entities())
        with st.engine.connect() as c:  # every name once: none lost or doubled by the race
            names = sorted(c.execute(sa.select(s.entity_names.c.entity_id, s.entity_names.c.name)).all())
    finally:
        st.close()
    return docs, facts, ents, [tuple(n) for n in names]


def json_key(rec: dict) -> str:
    import json

    return json.dumps(rec, sort_keys=True)


def test_concurrent_ingests_on_every_backend(tmp_path, db_url):
    """The same race through the storage layer's URL: SQLite file or a PostgreSQL schema."""
    script = runner_script(tmp_path)
    root = tmp_path / "reports"
    write_reports(root / "a", range(0, 30))
    write_reports(root / "b", range(30, 60))
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALLY_")}
    reference = tmp_path / "reference.db"
    assert (
        tally(
            script, "ingest", root, "--db", reference, "-q", "--published", "2020-02-02", env=env
        ).returncode
        == 0
    )
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(script),
                "ingest",
                *map(str, paths),
                "--db",
                db_url,
                "-q",
                "--published",
                "2020-02-02",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for paths in ([root], [root / "b", root / "a"])
    ]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert _ledger_view(db_url) == _ledger_view(reference)
