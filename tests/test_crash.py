"""Killing ``tally ingest`` with SIGKILL mid-run and running it again gives exactly the database
of an uninterrupted run: whole documents only, none lost, none doubled."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from ingest_helpers import count_documents, runner_script, snapshot, write_reports

N_REPORTS = 200

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def tally(script, *args, env=None, **kw):
    return subprocess.run(
        [sys.executable, str(script), *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        **kw,
    )


def test_sigkill_mid_run_then_rerun_equals_an_uninterrupted_run(tmp_path):
    script = runner_script(tmp_path)
    reports = tmp_path / "reports"
    write_reports(reports, range(N_REPORTS))
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALLY_")}

    reference = tmp_path / "reference.db"
    done = tally(script, "ingest", reports, "--db", reference, "--published", "2022-04-01", "-q", env=env)
    assert done.returncode == 0, done.stderr

    crashed = tmp_path / "crashed.db"
    slow = {**env, "TALLY_TEST_TXN_DELAY": "0.02"}  # kills land inside a write transaction
    proc = subprocess.Popen(
        [
            sys.executable,
            str(script),
            "ingest",
            str(reports),
            "--db",
            str(crashed),
            "--published",
            "2022-04-01",
            "-q",
        ],
        env=slow,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    try:
        while count_documents(crashed) < 25:
            assert proc.poll() is None, "ingest ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.01)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL
    stored = count_documents(crashed)
    assert 25 <= stored < N_REPORTS

    con = sqlite3.connect(crashed)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # only whole documents: each stored document has its facts (every report has figures)
    orphans = con.execute(
        "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.document_id = d.id)"
    ).fetchone()[0]
    con.close()
    assert orphans == 0

    again = tally(script, "ingest", reports, "--db", crashed, "--published", "2022-04-01", "-q", env=env)
    assert again.returncode == 0, again.stderr
    assert f"unchanged {stored})" in again.stderr
    assert f"added {N_REPORTS - stored}," in again.stderr

    want, got = snapshot(reference), snapshot(crashed)
    assert len(got["documents"]) == N_REPORTS
    for table in want:
        assert got[table] == want[table], table
