"""Reference exchange rates for checking currency pairs ("90.46 billion yuan ($13.99 billion)").

Source: US Federal Reserve, H.10 release "Foreign Exchange Rates", monthly and yearly averages
as published on FRED and compiled by the ``datasets/exchange-rates`` data package (public
domain, PDDL 1.0); copies in ``tally/data/rates/`` (see the README there). Rates are units of
a currency per US dollar. (The shared README says the euro and pound rows are US dollars per
unit; the values say otherwise — euro 0.83 in June 2021 — so no row is inverted.)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from tally import data
from tally.model import period_bounds

SOURCE = "US Federal Reserve H.10 via FRED"
# currency code → country name of the table, and whether the table quotes USD per unit
CURRENCIES: dict[str, tuple[str, bool]] = {
    "CNY": ("China", False),
    "HKD": ("Hong Kong", False),
    "JPY": ("Japan", False),
    "EUR": ("Euro", False),
    "GBP": ("United Kingdom", False),
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(slots=True)
class RateTable:
    """Monthly and yearly average rates, units of currency per US dollar."""

    monthly: dict[tuple[str, int, int], float] = field(default_factory=dict)
    yearly: dict[tuple[str, int], float] = field(default_factory=dict)

    @classmethod
    def load(cls) -> RateTable:
        """The table shipped in ``tally/data/rates``."""
        table = cls()
        names = {name: (code, inverted) for code, (name, inverted) in CURRENCIES.items()}
        for fname, target in (("monthly.csv", table.monthly), ("yearly.csv", table.yearly)):
            text = data.path(f"rates/{fname}").read_text(encoding="utf-8")
            for row in csv.reader(io.StringIO(text)):
                if not row or row[0] == "Date" or row[1] not in names or not row[2].strip():
                    continue
                code, inverted = names[row[1]]
                y, m, _ = (int(x) for x in row[0].split("-"))
                rate = float(row[2])
                if inverted:
                    rate = 1.0 / rate
                if target is table.monthly:
                    table.monthly[(code, y, m)] = rate
                else:
                    table.yearly[(code, y)] = rate
        return table

    def month(self, currency: str, year: int, month: int) -> float | None:
        return self.monthly.get((currency, year, month))

    def of_date(self, currency: str, day: dt.date) -> tuple[float, str] | None:
        """The rate of the month of ``day`` with a label ("June 2021 average")."""
        r = self.month(currency, day.year, day.month)
        if r is None:
            return None
        return r, f"{_MONTHS[day.month - 1]} {day.year} average"

    def of_period(self, currency: str, period: str | None) -> tuple[float, str] | None:
        """The average rate over an ISO period of facts.md (a year, a month or a span)."""
        lo, hi = period_bounds(period)
        if lo is None or hi is None:
            return None
        y0, m0 = int(lo[:4]), int(lo[5:7])
        y1, m1 = int(hi[:4]), int(hi[5:7])
        if (y0, m0) == (y1, m1):
            return self.of_date(currency, dt.date(y0, m0, 1))
        if m0 == 1 and m1 == 12 and y0 == y1 and (currency, y0) in self.yearly:
            return self.yearly[(currency, y0)], f"{y0} average"
        vals = []
        y, m = y0, m0
        while (y, m) <= (y1, m1):
            r = self.month(currency, y, m)
            if r is None:
                return None
            vals.append(r)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return sum(vals) / len(vals), f"average of {period}"

    def months_after(self, currency: str, period: str | None, n: int) -> list[tuple[float, str]]:
        """Rates of the last month of ``period`` and the ``n`` months after it (those known)."""
        _, hi = period_bounds(period)
        if hi is None:
            return []
        y, m = int(hi[:4]), int(hi[5:7])
        out = []
        for _ in range(n + 1):
            r = self.of_date(currency, dt.date(y, m, 1))
            if r:
                out.append(r)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


_DEFAULT: RateTable | None = None


def default_rates() -> RateTable:
    """The shipped table, loaded once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = RateTable.load()
    return _DEFAULT
