"""bench/regex_census.py: the recorder answers as the pattern it wraps, and counts its calls."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "regex_census.py"
_spec = importlib.util.spec_from_file_location("regex_census", _PATH)
assert _spec and _spec.loader
census = importlib.util.module_from_spec(_spec)
sys.modules["regex_census"] = census
_spec.loader.exec_module(census)

TEXT = "Exports rose 5.2 percent to 3.1 billion yuan in 2022, and imports 4 percent."
CASES = [
    (r"\d+(?:\.\d+)?", "search", (TEXT,)),
    (r"\d+(?:\.\d+)?", "findall", (TEXT,)),
    (r"(?P<n>\d+) percent", "match", (TEXT, 13)),
    (r"rose|imports", "sub", ("X", TEXT)),
    (r",\s*", "split", (TEXT,)),
    (r"[A-Z]\w+", "fullmatch", ("Exports",)),
]


@pytest.fixture()
def recording():
    census.install()
    try:
        yield
    finally:
        census.uninstall()
    assert re.Pattern is type(re.compile("x"))


@pytest.mark.parametrize(("pattern", "method", "args"), CASES)
def test_answers_as_the_pattern(recording, pattern: str, method: str, args: tuple) -> None:
    rx = re.compile(pattern)
    assert isinstance(rx, census.Recorded) and isinstance(rx, re.Pattern)
    raw = census._real_compile(pattern, 0)
    got, want = getattr(rx, method)(*args), getattr(raw, method)(*args)
    if isinstance(want, re.Match):
        assert (got.span(), got.groupdict()) == (want.span(), want.groupdict())
    else:
        assert got == want
    assert census.STATS[(raw.pattern, raw.flags)].calls[method] >= 1


def test_finditer_counts_each_step(recording) -> None:
    rx = re.compile(r"\d+")
    stat = census.STATS[(rx.pattern, rx.flags)]
    stat.calls.clear()
    found = [m.group() for m in rx.finditer(TEXT)]
    assert found == re.findall(r"\d+", TEXT)
    assert stat.calls["finditer"] == len(found) + 1  # the last step finds nothing
    assert rx.pattern == r"\d+" and rx.groups == 0  # other attributes pass through
