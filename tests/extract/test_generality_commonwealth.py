"""Generality rules of UK, Indian, Australian and African reporting, with sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tally.extract.quantities import find_quantities
from tally.pipeline import process
from tally.read import read_bytes


def _facts(text: str, published: dt.date = dt.date(2023, 9, 20)):
    doc = read_bytes(text.encode(), name="t.txt", source="t", published=published)
    return process(doc).facts


def _fact(text: str, span: str, published: dt.date = dt.date(2023, 9, 20)):
    got = [f for f in _facts(text, published) if f.text == span]
    assert got, f"no fact {span!r} in {[f.text for f in _facts(text, published)]}"
    return got[0]


# African currencies: Kenyan "Sh"/"KSh", Nigerian "N"/"₦", South African "R", Ghanaian "GH₵"
@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("Diaspora remittances rose to KSh 450 billion last year.", "KSh 450 billion", 450e9, "KES"),
        ("The county set aside Sh2.5 billion for new clinics.", "Sh2.5 billion", 2.5e9, "KES"),
        ("Lagos collected N650 billion in taxes in 2022.", "N650 billion", 650e9, "NGN"),
        ("The state budget is ₦1.2trn this year.", "₦1.2trn", 1.2e12, "NGN"),
        ("The province will spend R1.2 billion on roads.", "R1.2 billion", 1.2e9, "ZAR"),
        ("A room costs R850 a night in Durban.", "R850", 850, "ZAR"),
        ("Cocoa earned GH₵3.1 billion for farmers.", "GH₵3.1 billion", 3.1e9, "GHS"),
        ("Farmers were paid 400 million naira.", "400 million naira", 400e6, "NGN"),
        ("Uganda's coffee fetched USh 900 billion.", "USh 900 billion", 900e9, "UGX"),
    ],
)
def test_african_currencies(sentence: str, span: str, value: float, unit: str) -> None:
    qs = [q for q in find_quantities(sentence) if q.text == span]
    assert qs, [q.text for q in find_quantities(sentence)]
    assert (qs[0].value, qs[0].unit) == (value, unit)


@pytest.mark.parametrize(
    "sentence",
    ["Traffic on the N2 highway was slow.", "The R21 road was closed for repairs.", "He bought a PS5."],
)
def test_letter_prefixes_before_short_numbers_are_names(sentence: str) -> None:
    assert all(q.unit == "count" for q in find_quantities(sentence)), find_quantities(sentence)
