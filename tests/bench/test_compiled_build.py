"""A compiled build (``TALLY_COMPILE=1 pip install .``, mypyc) gives the same facts as the sources.

``TALLY_TEST_COMPILED`` names the Python of an environment holding such a build (``.ci/run``
makes one in ``.venv-compiled``). bench/fingerprint.py writes every fact of every page the
project can see, once from this checkout's sources and once from the compiled build; the two
files must be the same, byte for byte. Skipped, saying why, without that environment.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FINGERPRINT = REPO / "bench" / "fingerprint.py"


def _compiled_python() -> str:
    py = os.environ.get("TALLY_TEST_COMPILED")
    if not py:
        pytest.skip("TALLY_TEST_COMPILED names no compiled build (.ci/run makes one)")
    return py


def _run(python: str, *args: str) -> subprocess.CompletedProcess[str]:
    # (run outside the checkout, so that the compiled build's package, not ./src, is imported)
    return subprocess.run([python, str(FINGERPRINT), *args], capture_output=True, text=True,
                          cwd=Path(python).parent, timeout=900)


@pytest.mark.slow
def test_the_compiled_build_is_compiled_and_gives_the_same_facts(tmp_path: Path) -> None:
    py = _compiled_python()
    probe = subprocess.run(
        [py, "-c", "import tally.extract.facts, tally.resolve, tally.segment\n"
                   "from tally.pipeline import compiled_modules\nprint(len(compiled_modules()))"],
        capture_output=True, text=True, cwd=tmp_path, check=True,
    )
    assert int(probe.stdout) >= 20, probe  # the pipeline's stages are compiled modules
    pure, compiled = tmp_path / "pure.txt", tmp_path / "compiled.txt"
    done = _run(sys.executable, str(pure))
    assert done.returncode == 0, done.stderr
    done = _run(py, str(compiled), "--installed", "--compare", str(pure))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert compiled.read_bytes() == pure.read_bytes()
    assert pure.stat().st_size > 10_000  # the corpus was there: facts, not only a header
