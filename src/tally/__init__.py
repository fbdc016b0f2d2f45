"""Tally: read regional economic reports, turn every figure into a fact, check that they tally.

    >>> import tally
    >>> db = tally.open("tally.db")
    >>> db.ingest(["report.txt"], published="2021-06-25")
    >>> df = db.facts(entity="Shanxi", indicator="trade")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["open", "Ledger", "__version__"]

if TYPE_CHECKING:
    from tally.ledger import Ledger


def open(db: Any = None) -> Ledger:  # noqa: A001 - the API's name
    """Open (creating if needed) a ledger: a path (SQLite) or a database URL."""
    from tally.ledger import Ledger

    return Ledger(db)


def __getattr__(name: str) -> Any:
    if name == "Ledger":
        from tally.ledger import Ledger

        return Ledger
    raise AttributeError(name)
