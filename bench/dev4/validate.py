#!/usr/bin/env python3
"""Check the dev4 gold with bench/dev/validate.py's checks (offsets, fields, enums).

    python3 bench/dev4/validate.py
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("_dev_validate", HERE.parent / "dev" / "validate.py")
_v = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_v)


def check(root: Path = HERE) -> list[str]:
    return _v.check(root)


def main() -> int:
    problems = check()
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
