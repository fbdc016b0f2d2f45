"""End to end over the bundled example reports: CLI ingest → jsonl export → expected facts.

The example reports were written for Tally (not taken from any newspaper) and cover three
kinds of page: a Chinese province's trade and a city's plan, a county's farming, and a
European state's exports in euros. ``expected_examples.jsonl`` lists the figures a careful
reader would record; the test requires nearly all of them to be found and most to be right
in every field.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tally.serve.cli import app

HERE = Path(__file__).parent
EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "tally" / "examples"
FIELDS = ("value", "unit", "kind", "entity", "indicator", "period")
_TYPE_WORDS = re.compile(r"\b(province|city|county|district|the|co|ltd|group|company)\b")

# Floors with a little room below what the extractor reaches.
MIN_FOUND = 0.9
MIN_CORRECT = 0.7


def _norm_entity(name: object) -> str:
    return re.sub(r"[^a-z0-9']+", " ", _TYPE_WORDS.sub(" ", str(name or "").lower())).strip()


def _same(field: str, want: object, got: object) -> bool:
    if field == "value":
        return want is None and got is None or (
            want is not None
            and got is not None
            and abs(float(str(want)) - float(str(got))) <= 1e-6 * max(1, abs(float(str(want))))
        )
    if field == "entity":
        return _norm_entity(want) == _norm_entity(got)
    return want == got


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    db = tmp_path_factory.mktemp("e2e") / "tally.db"
    runner = CliRunner()
    res = runner.invoke(
        app,
        ["ingest", str(EXAMPLES / "reports"), "--meta", str(EXAMPLES / "meta.json"), "--db", str(db), "-q"],
    )
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["facts", "--db", str(db), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def test_spans_point_into_the_original_files(exported: list[dict]) -> None:
    assert exported
    for rec in exported:
        text = (EXAMPLES / "reports" / rec["doc"]).read_bytes().decode("utf-8")
        assert text[rec["start"] : rec["end"]] == rec["text"]


def test_expected_figures_are_found_and_right(exported: list[dict]) -> None:
    lines = (HERE / "expected_examples.jsonl").read_text().splitlines()
    expected = [json.loads(line) for line in lines if line]
    found = correct = 0
    wrong: list[str] = []
    for want in expected:
        text = (EXAMPLES / "reports" / want["doc"]).read_text(encoding="utf-8")
        m = re.search(r"(?<![\w.,$])" + re.escape(want["text"]) + r"(?![\w])", text)
        assert m, want["text"]
        start, end = m.span()
        got = [r for r in exported if r["doc"] == want["doc"] and r["start"] < end and start < r["end"]]
        if not got:
            wrong.append(f"missed {want['text']!r}")
            continue
        found += 1
        bad = [f for f in FIELDS if not _same(f, want[f], got[0].get(f))]
        if bad:
            diffs = ", ".join(f"{f} want {want[f]!r} got {got[0].get(f)!r}" for f in bad)
            wrong.append(f"{want['text']!r}: " + diffs)
        else:
            correct += 1
    n = len(expected)
    assert found / n >= MIN_FOUND, "\n".join(wrong)
    assert correct / n >= MIN_CORRECT, "\n".join(wrong)
