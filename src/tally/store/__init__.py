"""Store: the ledger database (SQLite by default, PostgreSQL by URL), SQLAlchemy 2 Core."""

from tally.store.db import FactFilter, SaveResult, Store, database_url, fact_record, row_to_fact

__all__ = ["FactFilter", "SaveResult", "Store", "database_url", "fact_record", "row_to_fact"]
